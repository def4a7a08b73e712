"""Real UI: `airflow standalone`, the REST API and a headless browser on the grid of the daily DAG.

The standalone instance uses the metadata DB and warehouse of the `dag.test()` runs (`daily_runs`),
so the daily DAG's grid already holds two runs with every task. Through the API the test unpauses and
triggers the digest DAG (a full daily run through the scheduler takes ~10 minutes on 2 cores, most of
it dbt start-up, one process per dbt node), waits for it to succeed, and screenshots the daily grid.
The screenshot lands in test-output/airflow_grid.png.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.dags.conftest import BIN, REPO, child_env

pytestmark = [pytest.mark.ui, pytest.mark.slow]

OUTPUT = REPO / "test-output"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--virtual-time-budget=10000", "--window-size=1600,1000"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def api(base: str, method: str, path: str, token: str | None = None, body: dict | None = None) -> dict:
    request = urllib.request.Request(base + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"{}")


def wait_for(what: str, check, timeout: float, log: Path, every: float = 1.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            result = check()
            if result:
                return result
        except (urllib.error.URLError, ConnectionError, OSError, KeyError):
            pass
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}; standalone log:\n{log.read_text()[-4000:]}")


def stop_process_group(proc: subprocess.Popen) -> None:
    """SIGINT to the group (SIGTERM would orphan the scheduler), then escalate on leftovers."""
    for sig, grace in ((signal.SIGINT, 30), (signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            proc.poll()
            try:
                os.killpg(proc.pid, 0)   # anyone left in the group?
            except ProcessLookupError:
                return
            time.sleep(0.5)


@pytest.fixture
def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("chromium is not installed (`apt-get install -y chromium`; `make test` tries to)")
    return path


def test_trigger_through_the_api_and_screenshot_the_grid(daily_runs, chromium, tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = child_env(
        AIRFLOW__API__HOST="127.0.0.1", AIRFLOW__API__PORT=str(port), AIRFLOW__API__BASE_URL=base,
        AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS="True",   # this throwaway instance only: the browser needs no login
        PACTWATCH_SOURCES=str(daily_runs["sources_file"]), PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    log = tmp_path / "standalone.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([str(BIN / "airflow"), "standalone"], env=env, stdout=out, stderr=subprocess.STDOUT,
                                cwd=tmp_path, start_new_session=True)   # its own process group
    try:
        wait_for("the API", lambda: api(base, "GET", "/api/v2/version").get("version"), 180, log)
        passwords = daily_runs["airflow_home"] / "simple_auth_manager_passwords.json.generated"
        password = json.loads(passwords.read_text()).get("admin", "") if passwords.exists() else ""
        token = api(base, "POST", "/auth/token", body={"username": "admin", "password": password})["access_token"]
        wait_for("the digest DAG", lambda: api(base, "GET", "/api/v2/dags/policy_news_digest", token), 120, log)
        for dag_id in ("policy_news_daily", "policy_news_digest"):
            assert api(base, "PATCH", f"/api/v2/dags/{dag_id}", token, {"is_paused": False})["is_paused"] is False
        run = api(base, "POST", "/api/v2/dags/policy_news_digest/dagRuns", token, {"logical_date": None, "conf": {}})

        def finished():
            state = api(base, "GET", f"/api/v2/dags/policy_news_digest/dagRuns/{run['dag_run_id']}", token)["state"]
            return state if state in ("success", "failed") else None

        assert wait_for("the digest run", finished, 240, log, every=3) == "success"
        events = api(base, "GET", "/api/v2/assets/events?source_dag_id=policy_news_daily&limit=100", token)
        sources = {(e["source_task_id"], e["source_run_id"]) for e in events["asset_events"]}
        assert sources and {task for task, _ in sources} == {"publish"}, events
        assert (daily_runs["data_dir"] / "digests" / "latest.html").exists()

        OUTPUT.mkdir(exist_ok=True)
        url = f"{base}/dags/policy_news_daily"
        profile = tmp_path / "chromium-profile"
        common = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
        dom = subprocess.run([*common, "--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
        (OUTPUT / "airflow_grid.html").write_text(dom)
        for name in ("list_sources", "crawl", "load", "validate_raw", "extract", "validate_marts", "publish"):
            assert name in dom, f"{name} not on the grid page (see test-output/airflow_grid.html)"
        png = OUTPUT / "airflow_grid.png"
        png.unlink(missing_ok=True)
        subprocess.run([*common, f"--screenshot={png}", url], capture_output=True, timeout=120)
        assert png.exists() and png.stat().st_size > 20_000
    finally:
        stop_process_group(proc)
