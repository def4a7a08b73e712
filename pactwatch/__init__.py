"""pactwatch: partnerships between governments and AI companies, per country, as SQL tables.

Importing the package switches off the usage telemetry of every tool it drives (Airflow, Cosmos,
dbt, Great Expectations): governments run this on closed networks, and an offline call home only
costs time. Users can still opt in by setting the variables themselves before import.
"""

from pactwatch.telemetry import disable_telemetry

disable_telemetry()

__version__ = "0.1.0"
