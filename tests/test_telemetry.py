"""Nothing goes home: every tool's usage telemetry is off once pactwatch is imported."""

import os
import subprocess
import sys

import yaml

from pactwatch.settings import DBT_PROJECT_DIR
from pactwatch.telemetry import TELEMETRY_OFF


def test_importing_pactwatch_switches_telemetry_off():
    code = "import os, pactwatch, json; print(json.dumps({k: os.environ.get(k) for k in %r}))" % list(TELEMETRY_OFF)
    env = {k: v for k, v in os.environ.items() if k not in TELEMETRY_OFF}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert __import__("json").loads(out) == TELEMETRY_OFF


def test_an_explicit_user_choice_is_kept():
    code = "import os, pactwatch; print(os.environ['DO_NOT_TRACK'])"
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "DO_NOT_TRACK": "0"},
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_dbt_project_disables_usage_stats():
    project = yaml.safe_load((DBT_PROJECT_DIR / "dbt_project.yml").read_text())
    assert project["flags"]["send_anonymous_usage_stats"] is False
