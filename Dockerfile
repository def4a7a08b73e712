# pactwatch on Airflow 3: the official image plus the project, installed from the uv lock.
#   docker compose build        (docker-compose.yml builds this for every Airflow service)
ARG AIRFLOW_IMAGE=apache/airflow:3.3.2-python3.11

# Stage 1: turn uv.lock into a hashed requirements file (uv only lives in this stage).
FROM ${AIRFLOW_IMAGE} AS requirements
USER airflow
RUN pip install --no-cache-dir "uv>=0.5,<1"
WORKDIR /tmp/pactwatch
COPY --chown=airflow:root pyproject.toml uv.lock ./
RUN uv export --frozen --no-dev --no-emit-project --format requirements-txt -o /tmp/requirements.txt

# Stage 2: the runtime image.
FROM ${AIRFLOW_IMAGE}
USER root
RUN mkdir -p /opt/pactwatch /opt/pactwatch-data /opt/airflow/auth \
 && chown -R airflow:root /opt/pactwatch /opt/pactwatch-data /opt/airflow/auth
USER airflow
# Exact versions and hashes from uv.lock (it pins apache-airflow==3.3.2, the image's own version).
COPY --from=requirements /tmp/requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir --require-hashes -r /tmp/requirements.txt && rm /tmp/requirements.txt
# The project itself, editable: pactwatch finds dbt_project/, scrapers/ and scrapy.cfg next to its package.
COPY --chown=airflow:root . /opt/pactwatch
RUN pip install --no-cache-dir --no-deps -e /opt/pactwatch

ENV PACTWATCH_DATA_DIR=/opt/pactwatch-data \
    PACTWATCH_SOURCES=/opt/pactwatch/scrapers/sources.yml \
    PACTWATCH_DBT_MANIFEST=/opt/pactwatch/build/dbt/manifest.json \
    AIRFLOW__CORE__DAGS_FOLDER=/opt/pactwatch/dags \
    AIRFLOW__CORE__LOAD_EXAMPLES=False \
    AIRFLOW__OPENLINEAGE__NAMESPACE=pactwatch \
    DO_NOT_TRACK=1 \
    SCARF_ANALYTICS=false \
    DBT_SEND_ANONYMOUS_USAGE_STATS=False \
    GX_ANALYTICS_ENABLED=False \
    AIRFLOW__COSMOS__ENABLE_TELEMETRY=False \
    AIRFLOW__USAGE_DATA_COLLECTION__ENABLED=False

# The dbt manifest the DAG renders its dbt tasks from, baked in (the data dir is a volume).
RUN python -m pactwatch.orchestration.dbt_manifest --force
WORKDIR /opt/airflow
