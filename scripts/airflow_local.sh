#!/usr/bin/env bash
# Local Airflow 3 in one command (`make airflow`): `airflow standalone` on 127.0.0.1:8080 running the
# project's dags/, with AIRFLOW_HOME inside the ignored data dir. Stop it with Ctrl-C.
#
# Environment (all optional):
#   DATA_DIR / PACTWATCH_DATA_DIR   data dir (default <repo>/data); AIRFLOW_HOME is <data dir>/airflow
#   PACTWATCH_WAREHOUSE             warehouse file (default <data dir>/warehouse.duckdb)
#   PACTWATCH_SOURCES               sources file (default scrapers/sources.yml)
#   AIRFLOW_PORT                    port of the UI/API (default 8080)
#   PACTWATCH_SAMPLE_SITE=1         also serve the bundled sample site and point PACTWATCH_SOURCES at it
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$REPO/.venv/bin"
[ -x "$BIN/airflow" ] || { echo "no $BIN/airflow: run 'make install' first" >&2; exit 1; }

DATA_DIR="${PACTWATCH_DATA_DIR:-${DATA_DIR:-$REPO/data}}"
mkdir -p "$DATA_DIR"
export PACTWATCH_DATA_DIR="$(cd "$DATA_DIR" && pwd)"
export PACTWATCH_WAREHOUSE="${PACTWATCH_WAREHOUSE:-$PACTWATCH_DATA_DIR/warehouse.duckdb}"
export PACTWATCH_SOURCES="${PACTWATCH_SOURCES:-$REPO/scrapers/sources.yml}"
PORT="${AIRFLOW_PORT:-8080}"

export AIRFLOW_HOME="$PACTWATCH_DATA_DIR/airflow"
export AIRFLOW__CORE__DAGS_FOLDER="$REPO/dags"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__PARALLELISM=4            # the default 32 forks 32 workers (~1.9 GB)
export AIRFLOW__CORE__AUTH_MANAGER=airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager
export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS="${AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS:-admin:admin}"   # user:role
export AIRFLOW__API__HOST=127.0.0.1
export AIRFLOW__API__PORT="$PORT"
export AIRFLOW__API__BASE_URL="http://127.0.0.1:$PORT"
export AIRFLOW__OPENLINEAGE__NAMESPACE=pactwatch   # silences a Cosmos config lookup warning
# Telemetry off (importing pactwatch does the same; set here for the Airflow processes too).
export DO_NOT_TRACK=1 SCARF_ANALYTICS=false DBT_SEND_ANONYMOUS_USAGE_STATS=False GX_ANALYTICS_ENABLED=False
export AIRFLOW__COSMOS__ENABLE_TELEMETRY=False AIRFLOW__USAGE_DATA_COLLECTION__ENABLED=False
export PATH="$BIN:$PATH"
mkdir -p "$AIRFLOW_HOME"

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "port $PORT on 127.0.0.1 is in use (another Airflow?); set AIRFLOW_PORT to use another" >&2
  exit 1
fi

echo "==> metadata DB, pool and dbt manifest (AIRFLOW_HOME=$AIRFLOW_HOME)"
airflow db migrate >"$AIRFLOW_HOME/setup.log" 2>&1 || { tail -20 "$AIRFLOW_HOME/setup.log" >&2; exit 1; }
airflow pools set duckdb_writer 1 "pactwatch: one writer at a time for the DuckDB warehouse" \
  >>"$AIRFLOW_HOME/setup.log" 2>&1 || { tail -20 "$AIRFLOW_HOME/setup.log" >&2; exit 1; }
python -m pactwatch.orchestration.dbt_manifest >>"$AIRFLOW_HOME/setup.log" 2>&1 \
  || { tail -20 "$AIRFLOW_HOME/setup.log" >&2; exit 1; }

# Background jobs get their own process group (set -m), so Ctrl-C reaches this script only and
# stop() shuts Airflow down in order: SIGINT to its group, SIGTERM if it lingers (standalone can
# hang after its children exited), SIGKILL for leftovers.
set -m
SITE_PID="" AF_PID=""
stop_group() {
  local pgid=$1 sig
  for sig in INT TERM KILL; do
    kill -"$sig" -- "-$pgid" 2>/dev/null || return 0
    for _ in $(seq 40); do kill -0 -- "-$pgid" 2>/dev/null || return 0; sleep 0.5; done
  done
}
cleanup() {
  trap - INT TERM EXIT
  if [ -n "$AF_PID" ]; then echo "==> stopping Airflow"; stop_group "$AF_PID"; fi
  if [ -n "$SITE_PID" ]; then stop_group "$SITE_PID"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${PACTWATCH_SAMPLE_SITE:-0}" = "1" ]; then
  export PACTWATCH_SOURCES="$PACTWATCH_DATA_DIR/sample_sources.yml"
  rm -f "$PACTWATCH_SOURCES"
  python - "$PACTWATCH_SOURCES" <<'PY' &
import signal, sys, threading
from pathlib import Path
from pactwatch.sample_site.server import sample_sources_yaml, serve_sample_site
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
signal.signal(signal.SIGINT, lambda *_: sys.exit(0))
with serve_sample_site() as base:
    Path(sys.argv[1]).write_text(sample_sources_yaml(base), encoding="utf-8")
    print(f"==> sample site at {base} (sources file {sys.argv[1]})", flush=True)
    threading.Event().wait()
PY
  SITE_PID=$!
  for _ in $(seq 50); do [ -s "$PACTWATCH_SOURCES" ] && break; sleep 0.2; done
fi

PASSWORDS="$AIRFLOW_HOME/simple_auth_manager_passwords.json.generated"
cat <<EOF
==> starting Airflow standalone
    UI:        http://127.0.0.1:$PORT   (ready in ~25 s)
    login:     user 'admin'; password in $PASSWORDS (printed below once it exists)
    DAGs:      policy_news_daily (unpause, then Trigger; params: sources_file, warehouse, reprocess)
               policy_news_digest (runs after each publish)
    sources:   $PACTWATCH_SOURCES
    warehouse: $PACTWATCH_WAREHOUSE
    logs:      $AIRFLOW_HOME/logs   reports: $PACTWATCH_DATA_DIR/reports   digests: $PACTWATCH_DATA_DIR/digests
    Data Docs: $PACTWATCH_DATA_DIR/gx/uncommitted/data_docs/local_site/index.html
    stop:      Ctrl-C
EOF
(
  for _ in $(seq 120); do
    if [ -s "$PASSWORDS" ]; then echo "==> login: $(cat "$PASSWORDS")  ($PASSWORDS)"; break; fi
    sleep 1
  done
) &
airflow standalone &
AF_PID=$!
wait "$AF_PID" || true
