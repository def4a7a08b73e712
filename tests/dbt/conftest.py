from __future__ import annotations

import pytest

from tests.dbt.helpers import build, new_warehouse, publish_tables


@pytest.fixture(scope="session")
def published_history(tmp_path_factory):
    """Three days of synthetic history (6,000 articles), built and published once for the session.

    Tests copy its data dir before changing anything (tests.dbt.helpers.copy_data_dir).
    """
    data_dir = tmp_path_factory.mktemp("history") / "data"
    ctx = new_warehouse(data_dir, days=3)
    build(ctx)
    publish_tables(ctx)
    return ctx
