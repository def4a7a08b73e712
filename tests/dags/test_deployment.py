"""docker-compose.yml, Dockerfile, .env.example and scripts/airflow_local.sh, checked statically
(no Docker engine here)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from tests.dags.conftest import REPO

COMPOSE = REPO / "docker-compose.yml"
AIRFLOW_SERVICES = {"airflow-init", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
                    "airflow-triggerer"}
SECRET_NAME = re.compile(r"PASSWORD(?!S_FILE)|SECRET|FERNET|TOKEN|BASIC_AUTH|SQL_ALCHEMY_CONN|BROKER_URL|"
                         r"RESULT_BACKEND|REDISCLI_AUTH", re.I)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_services_and_profiles(compose):
    services = compose["services"]
    assert AIRFLOW_SERVICES | {"postgres"} <= {n for n, s in services.items() if "profiles" not in s}
    assert services["redis"]["profiles"] == ["celery"]
    assert services["airflow-worker"]["profiles"] == ["celery"]
    assert "flower" in services["flower"]["profiles"]
    commands = {name: services[name].get("command") for name in services}
    assert commands["airflow-apiserver"] == "api-server"
    assert commands["airflow-scheduler"] == "scheduler"
    assert commands["airflow-dag-processor"] == "dag-processor"
    assert commands["airflow-triggerer"] == "triggerer"
    assert commands["airflow-worker"] == "celery worker"


def test_airflow_services_use_the_project_image_and_local_executor_by_default(compose):
    for name in AIRFLOW_SERVICES | {"airflow-worker", "flower"}:
        service = compose["services"][name]
        assert service["build"] == {"context": ".", "dockerfile": "Dockerfile"}, name
        env = service["environment"]
        assert env["AIRFLOW__CORE__EXECUTOR"] == "${AIRFLOW_EXECUTOR:-LocalExecutor}", name
        assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
        assert env["PACTWATCH_DATA_DIR"] == "/opt/pactwatch-data"
        assert env["DO_NOT_TRACK"] == "1" and env["AIRFLOW__COSMOS__ENABLE_TELEMETRY"] == "False"
        assert "pactwatch-data:/opt/pactwatch-data" in service["volumes"], name
    for name in AIRFLOW_SERVICES - {"airflow-init"}:
        assert compose["services"][name]["depends_on"]["airflow-init"]["condition"] == \
            "service_completed_successfully"


def test_init_migrates_creates_the_pool_and_the_manifest(compose):
    script = "\n".join(compose["services"]["airflow-init"]["command"])
    assert "airflow db migrate" in script
    assert "airflow pools set duckdb_writer 1" in script
    assert "python -m pactwatch.orchestration.dbt_manifest" in script


def test_volumes_and_healthchecks(compose):
    assert {"postgres-db", "pactwatch-data", "airflow-logs"} <= set(compose["volumes"])
    for name, service in compose["services"].items():
        if name == "airflow-init":
            continue
        assert "healthcheck" in service, name
        assert service["healthcheck"]["test"][0] in ("CMD", "CMD-SHELL"), name


def test_no_secret_is_hard_coded(compose):
    """Every secret-looking value comes from .env through ${VAR} interpolation."""
    seen = []
    for name, service in compose["services"].items():
        for key, value in (service.get("environment") or {}).items():
            if SECRET_NAME.search(key):
                seen.append(key)
                assert "${" in str(value), f"{name}: {key} is hard-coded"
                for var in re.findall(r"\$\{(\w+)", str(value)):
                    if SECRET_NAME.search(var):
                        assert not re.search(r"\$\{" + var + r":-[^}]", str(value)), f"{var} has a default"
    assert {"POSTGRES_PASSWORD", "AIRFLOW__CORE__FERNET_KEY", "AIRFLOW__API_AUTH__JWT_SECRET",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"} <= set(seen)
    example = (REPO / ".env.example").read_text()
    for var in ("POSTGRES_PASSWORD", "AIRFLOW_FERNET_KEY", "AIRFLOW_API_SECRET_KEY", "AIRFLOW_JWT_SECRET",
                "AIRFLOW_ADMIN_PASSWORD", "REDIS_PASSWORD", "FLOWER_BASIC_AUTH"):
        assert re.search(rf"^{var}=$", example, re.M), f".env.example must list {var} with an empty value"
    assert ".env" in (REPO / ".gitignore").read_text().split()


def test_docker_compose_v1_validates_the_file_when_available(tmp_path):
    if not shutil.which("docker-compose"):
        pytest.skip("docker-compose (v1) not installed: `apt-get install -y docker-compose` for this check")
    env = tmp_path / ".env"
    env.write_text("POSTGRES_PASSWORD=x\nAIRFLOW_FERNET_KEY=x\nAIRFLOW_API_SECRET_KEY=x\nAIRFLOW_JWT_SECRET=x\n"
                   "AIRFLOW_ADMIN_PASSWORD=x\n")
    result = subprocess.run(["docker-compose", "-f", str(COMPOSE), "--env-file", str(env),
                             "--profile", "celery", "--profile", "flower", "config", "-q"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    empty = tmp_path / "empty.env"
    empty.write_text("")
    missing = subprocess.run(["docker-compose", "-f", str(COMPOSE), "--env-file", str(empty), "config", "-q"],
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode != 0 and "in .env" in missing.stderr   # a missing secret stops compose


def test_dockerfile_builds_from_the_airflow_image_and_the_uv_lock():
    text = (REPO / "Dockerfile").read_text()
    assert "apache/airflow:3.3.2-python3.11" in text
    assert "uv export --frozen" in text and "--require-hashes" in text
    assert "python -m pactwatch.orchestration.dbt_manifest" in text
    ignored = (REPO / ".dockerignore").read_text().split()
    assert {".venv", "data", ".env", ".git"} <= set(ignored)


def test_local_script_sets_up_airflow_as_documented():
    script = (REPO / "scripts" / "airflow_local.sh").read_text()
    for needle in ('AIRFLOW_HOME="$PACTWATCH_DATA_DIR/airflow"', "AIRFLOW__CORE__LOAD_EXAMPLES=False",
                   "AIRFLOW__CORE__PARALLELISM=4", "AIRFLOW__API__HOST=127.0.0.1", "SimpleAuthManager",
                   "airflow pools set duckdb_writer 1", "pactwatch.orchestration.dbt_manifest",
                   "airflow standalone", "DO_NOT_TRACK=1", 'AIRFLOW__CORE__DAGS_FOLDER="$REPO/dags"'):
        assert needle in script, needle
    assert subprocess.run(["bash", "-n", str(REPO / "scripts" / "airflow_local.sh")]).returncode == 0
