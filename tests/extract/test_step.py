"""The extract step: new articles only, and everything again when the gazetteer or rules change."""

import shutil

import duckdb
import pytest

from pactwatch.extract import gazetteer
from pactwatch.extract.step import extract
from pactwatch.settings import RunContext

pytestmark = pytest.mark.slow


@pytest.fixture
def warehouse_copy(demo_run, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_run[0], data_dir, symlinks=True)
    return RunContext.build("2025-11-20", None, data_dir / "warehouse.duckdb", data_dir)


def test_nothing_new_means_nothing_read(warehouse_copy):
    summary = extract(warehouse_copy)
    assert (summary.articles_read, summary.reprocessed) == (0, False)


def test_a_new_extractor_version_rereads_every_article(warehouse_copy, monkeypatch):
    con = duckdb.connect(str(warehouse_copy.warehouse), read_only=True)
    stored = con.execute("select count(*) from raw.articles a join raw.batches b using (batch_id) "
                         "where b.validation_status = 'passed'").fetchone()[0]
    before = con.execute("select count(*) from extraction.relations").fetchone()[0]
    con.close()
    monkeypatch.setattr(gazetteer, "RULES_VERSION", "test-bump")
    gazetteer.load_gazetteer.cache_clear()
    try:
        summary = extract(warehouse_copy)
    finally:
        gazetteer.load_gazetteer.cache_clear()
    assert summary.reprocessed and summary.articles_read == stored
    con = duckdb.connect(str(warehouse_copy.warehouse), read_only=True)
    versions = con.execute("select distinct extractor_version from extraction.relations").fetchall()
    after = con.execute("select count(*) from extraction.relations").fetchone()[0]
    con.close()
    assert versions == [(summary.version,)] and summary.version.startswith("rtest-bump-")
    assert after == before   # same rules, same findings: history stays consistent
