"""Publishing: every mart to Parquet, the dbt docs site, the publish log; all or nothing."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from pactwatch import publish as publish_module
from pactwatch.settings import RunContext
from tests.conftest import marts_snapshot

pytestmark = pytest.mark.slow


def context(data_dir) -> RunContext:
    return RunContext.build("2025-11-20", None, data_dir / "warehouse.duckdb", data_dir)


def state(data_dir):
    """What readers see: the published tables, the Parquet folder and its files, the docs."""
    marts = data_dir / "marts"
    return (marts_snapshot(data_dir / "warehouse.duckdb"), marts.resolve(),
            {p.name: p.read_bytes() for p in marts.glob("*.parquet")}, (data_dir / "dbt" / "docs").resolve())


@pytest.fixture
def copy(demo_run, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_run[0], data_dir, symlinks=True)
    return data_dir


def test_every_mart_is_exported_with_docs_and_a_publish_log(demo_run):
    data_dir = demo_run[0]
    con = duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True)
    try:
        marts = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                           "where table_schema = 'marts' order by 1").fetchall()]
        [(watermark, full, counts)] = con.execute(
            "select watermark, is_full_build, row_counts from meta.publish_log").fetchall()
        exported = {p.stem: con.execute(f"select count(*) from '{p}'").fetchone()[0]
                    for p in (data_dir / "marts").glob("*.parquet")}
    finally:
        con.close()
    assert {"fct_country_daily", "agg_country_organization_matrix", "agg_source_health",
            "fct_partnerships_snapshot"} <= set(marts)
    assert exported == json.loads(counts) and set(exported) == set(marts)
    assert watermark is not None and full
    assert (data_dir / "marts").is_symlink()
    docs = data_dir / "dbt" / "docs"
    html = (docs / "index.html").read_text(encoding="utf-8")
    assert "fct_partnerships" in html and "int_article_changes" in html   # manifest embedded: lineage works offline
    assert json.loads((docs / "catalog.json").read_text())["nodes"]


def test_a_failed_export_publishes_nothing(copy, monkeypatch):
    before = state(copy)

    def broken_export(con, tables, export_dir, schema="marts_candidate"):
        export_dir.mkdir(parents=True)
        (export_dir / f"{tables[0]}.parquet").write_bytes(b"partial")
        raise OSError("disk full")

    monkeypatch.setattr(publish_module, "export_parquet", broken_export)
    with pytest.raises(OSError, match="disk full"):
        publish_module.publish(context(copy), docs=False)
    assert state(copy) == before
    assert len(list((copy / "marts_versions").iterdir())) == 1   # the partial export was removed


def test_a_failed_promotion_rolls_back_every_table(copy, monkeypatch):
    before = state(copy)
    real = publish_module.candidate_tables
    # the last table cannot be copied: the ones before it were, inside the transaction
    monkeypatch.setattr(publish_module, "candidate_tables", lambda con: [*real(con), "zz_missing"])
    monkeypatch.setattr(publish_module, "export_parquet", lambda *args, **kwargs: None)
    with pytest.raises(duckdb.Error):
        publish_module.publish(context(copy), docs=False)
    assert state(copy) == before
    con = duckdb.connect(str(copy / "warehouse.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from meta.publish_log").fetchone()[0] == 1
    finally:
        con.close()


def test_a_docs_failure_still_publishes_the_marts(copy, monkeypatch, caplog):
    import pactwatch.transform

    def broken_docs(ctx, target):
        raise RuntimeError("dbt docs generate failed: boom")

    monkeypatch.setattr(pactwatch.transform, "generate_docs", broken_docs)
    docs_before = (copy / "dbt" / "docs").resolve()
    marts_before = (copy / "marts").resolve()
    counts = publish_module.publish(context(copy))
    assert counts["fct_articles"] == 65
    assert (copy / "marts").resolve() != marts_before          # a new export is live
    assert (copy / "dbt" / "docs").resolve() == docs_before    # the previous docs stay
    assert "dbt docs were not generated" in caplog.text
