"""Real UI: `airflow standalone`, the REST API and a headless browser on the grid of the daily DAG.

The standalone instance uses the metadata DB and warehouse of the `dag.test()` runs (`daily_runs`).
Through the API the test unpauses both DAGs and triggers the daily DAG for another day on the sample
site; the scheduler runs every task (mapped crawl, load, gates, each dbt node, publish). `publish`
updates the marts Asset, which must start the digest DAG on its own. Then headless Chromium opens the
daily DAG's grid and the task names must be on the page. Screenshot and DOM land in test-output/.
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

from pactwatch.sources import load_sources
from tests.dags.conftest import BIN, REPO, child_env

pytestmark = [pytest.mark.ui, pytest.mark.slow]

DAILY, DIGEST = "policy_news_daily", "policy_news_digest"
UI_DATE = "2026-11-27T06:00:00+00:00"   # a day the dag.test() runs did not use

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


@pytest.mark.timeout(2400)   # includes the dag.test() runs of `daily_runs` when this test runs alone
def test_trigger_through_the_api_and_screenshot_the_grid(daily_runs, chromium, tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = child_env(
        AIRFLOW__API__HOST="127.0.0.1", AIRFLOW__API__PORT=str(port), AIRFLOW__API__BASE_URL=base,
        AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS="True",   # this throwaway instance only: the browser needs no login
        PACTWATCH_SCHEDULE="none",   # only the run the test triggers, no scheduled one beside it
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
        for dag_id in (DAILY, DIGEST):   # parsed by the standalone DAG processor
            wait_for(dag_id, lambda d=dag_id: api(base, "GET", f"/api/v2/dags/{d}", token), 120, log)
        for dag_id in (DAILY, DIGEST):
            assert api(base, "PATCH", f"/api/v2/dags/{dag_id}", token, {"is_paused": False})["is_paused"] is False
        run = api(base, "POST", f"/api/v2/dags/{DAILY}/dagRuns", token,
                  {"logical_date": UI_DATE, "conf": {"sources_file": str(daily_runs["sources_file"])}})

        def finished(dag_id: str, run_id: str):
            state = api(base, "GET", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}", token)["state"]
            return state if state in ("success", "failed") else None

        started = time.monotonic()
        state = wait_for("the daily run", lambda: finished(DAILY, run["dag_run_id"]), 1500, log, every=5)
        seconds = round(time.monotonic() - started, 1)
        tis = api(base, "GET", f"/api/v2/dags/{DAILY}/dagRuns/{run['dag_run_id']}/taskInstances?limit=500", token)
        states = {(t["task_id"], t["map_index"]): t["state"] for t in tis["task_instances"]}
        OUTPUT.mkdir(exist_ok=True)
        (OUTPUT / "airflow_ui_run.json").write_text(json.dumps(
            {"seconds": seconds, "tasks": len(states), "states": sorted(set(states.values()), key=str)}, indent=1))
        assert state == "success", {k: v for k, v in states.items() if v != "success"}
        assert len([k for k in states if k[0].startswith("dbt.")]) > 10   # each dbt node ran as its own task
        assert len([k for k in states if k[0] == "crawl"]) == len(load_sources(daily_runs["sources_file"]))

        # the publish task's Asset event starts the digest DAG (no trigger from here)
        def digest_run():
            runs = api(base, "GET", f"/api/v2/dags/{DIGEST}/dagRuns?run_type=asset_triggered&limit=50", token)
            done = [r for r in runs["dag_runs"] if r["state"] in ("success", "failed")
                    and r["start_date"] and r["start_date"] >= run["queued_at"]]
            return done[0] if done else None

        assert wait_for("the Asset-triggered digest run", digest_run, 300, log, every=3)["state"] == "success"
        events = api(base, "GET", f"/api/v2/assets/events?source_dag_id={DAILY}&limit=100", token)
        sources = {(e["source_task_id"], e["source_run_id"]) for e in events["asset_events"]}
        assert ("publish", run["dag_run_id"]) in sources and {task for task, _ in sources} == {"publish"}, events
        assert (daily_runs["data_dir"] / "digests" / "latest.html").exists()

        url = f"{base}/dags/{DAILY}"
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
