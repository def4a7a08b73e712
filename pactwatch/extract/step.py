"""The extract step: run the extractor over articles the current extractor version has not read.

When the gazetteers or rules change, the version stamp changes, older results are dropped and
every stored article is read again, so history stays consistent with today's rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import pandas as pd

from pactwatch.extract.gazetteer import load_gazetteer
from pactwatch.extract.relations import extract_relations
from pactwatch.settings import RunContext
from pactwatch.warehouse import connect_write

CHUNK = 2000


@dataclass
class ExtractSummary:
    version: str
    articles_read: int = 0
    relations_found: int = 0
    reprocessed: bool = False


def extract(ctx: RunContext, reprocess: bool = False, progress=None) -> ExtractSummary:
    gaz = load_gazetteer()
    summary = ExtractSummary(version=gaz.version)
    with connect_write(ctx.warehouse) as con:
        stale = con.execute("select count(*) from extraction.processed where extractor_version <> ?",
                            [gaz.version]).fetchone()[0]
        if stale or reprocess:
            summary.reprocessed = True
            con.execute("delete from extraction.relations")
            con.execute("delete from extraction.processed")
        todo = con.execute("""
            select a.batch_id || ':' || a.line_no as article_key, a.title, a.body, a.language
            from raw.articles a
            join raw.batches b using (batch_id)
            where b.validation_status = 'passed'
              and not exists (select 1 from extraction.processed p
                              where p.article_key = a.batch_id || ':' || a.line_no)
            order by a.batch_id, a.line_no
        """).fetchall()
        if progress:
            progress(0, len(todo))
        for start in range(0, len(todo), CHUNK):
            relation_rows, processed_rows = [], []
            now = datetime.now(timezone.utc)
            for key, title, body, language in todo[start:start + CHUNK]:
                found = extract_relations(body or "", language or "en", title or "", gaz)
                processed_rows.append((key, gaz.version, len(found), now))
                relation_rows += [(key, gaz.version, r.country_iso3, r.organization_id, r.relation_type, r.sectors,
                                   r.amount, r.currency, r.evidence, r.confidence, r.sentence_index) for r in found]
            con.execute("begin")
            if relation_rows:
                frame = pd.DataFrame(relation_rows, columns=[
                    "article_key", "extractor_version", "country_iso3", "organization_id", "relation_type",
                    "sectors", "amount", "currency", "evidence", "confidence", "sentence_index"])
                con.register("relations_frame", frame)
                con.execute("insert into extraction.relations select * from relations_frame")
                con.unregister("relations_frame")
            con.executemany("insert into extraction.processed values (?, ?, ?, ?)", processed_rows)
            con.execute("commit")
            summary.articles_read += len(processed_rows)
            summary.relations_found += len(relation_rows)
            if progress:
                progress(summary.articles_read, len(todo))
    return summary
