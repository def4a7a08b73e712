"""The daily digest: partnerships that are new since the previous digest, per country.

Written as Markdown and HTML under `<data dir>/digests/` after each publish (the Airflow DAG
`policy_news_digest` runs it when the marts Asset is updated). "New" means new to pactwatch: a
(country, organisation) pair in `marts.fct_partnerships` that no earlier digest listed, whatever
the publication date of the article (a crawl can find an old story late). The pairs each digest saw
are kept in `digests/state/<date>.json`, so writing the digest of a day again gives the same result.

The marts are read through `connect_read` (read-only, waits while a writer holds the file).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pactwatch.warehouse import connect_read

COLUMNS = ["country_iso3", "country_name", "organization_id", "organization_name", "organization_hq_iso3",
           "is_domestic", "first_reported_at", "article_count", "source_count", "latest_evidence", "latest_url"]


@dataclass
class Digest:
    day: date
    new: list[dict] = field(default_factory=list)          # rows of COLUMNS
    total_partnerships: int = 0
    total_countries: int = 0
    since: date | None = None                                # the previous digest's day

    def by_country(self) -> dict[tuple[str, str], list[dict]]:
        groups: dict[tuple[str, str], list[dict]] = {}
        for row in self.new:
            groups.setdefault((row["country_iso3"], row["country_name"] or row["country_iso3"]), []).append(row)
        return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0][0])))


def digests_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "digests"


def _read_partnerships(warehouse: Path) -> list[dict]:
    with connect_read(Path(warehouse)) as con:
        tables = {r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
        if "fct_partnerships" not in tables:
            raise RuntimeError(f"{warehouse}: no published marts.fct_partnerships yet; run the daily DAG first")
        country_name = ("coalesce(c.country_name, p.country_iso3)" if "dim_country" in tables
                        else "p.country_iso3")
        join = "left join marts.dim_country c using (country_iso3)" if "dim_country" in tables else ""
        rows = con.execute(f"""
            select p.country_iso3, {country_name} as country_name, p.organization_id, p.organization_name,
                   p.organization_hq_iso3, p.is_domestic, p.first_reported_at, p.article_count,
                   p.source_count, p.latest_evidence, p.latest_url
            from marts.fct_partnerships p {join}
            order by p.country_iso3, p.organization_id
        """).fetchall()
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def _previous_state(state_dir: Path, day: date) -> tuple[date | None, set[tuple[str, str]]]:
    earlier = sorted(p for p in state_dir.glob("*.json") if p.stem < day.isoformat())
    if not earlier:
        return None, set()
    last = earlier[-1]
    pairs = {tuple(p) for p in json.loads(last.read_text(encoding="utf-8"))["pairs"]}
    return date.fromisoformat(last.stem), pairs


def build_digest(warehouse: Path, data_dir: Path, day: date) -> Digest:
    rows = _read_partnerships(warehouse)
    since, seen = _previous_state(digests_dir(data_dir) / "state", day)
    new = [r for r in rows if (r["country_iso3"], r["organization_id"]) not in seen]
    return Digest(day=day, new=new, total_partnerships=len(rows),
                  total_countries=len({r["country_iso3"] for r in rows}), since=since)


def _when(value) -> str:
    return value.date().isoformat() if hasattr(value, "date") else (str(value)[:10] if value else "n/a")


def _partner(row: dict) -> str:
    name = row["organization_name"] or row["organization_id"]
    hq = row["organization_hq_iso3"]
    return f"{name} ({'domestic' if row['is_domestic'] else 'HQ ' + hq if hq else 'HQ unknown'})"


def _intro(digest: Digest) -> str:
    since = f"since the digest of {digest.since.isoformat()}" if digest.since else "(first digest: everything is new)"
    return (f"{len(digest.new)} new partnerships between governments and AI companies {since}, "
            f"in {len(digest.by_country())} countries. pactwatch now tracks {digest.total_partnerships} "
            f"partnerships in {digest.total_countries} countries.")


def render_markdown(digest: Digest) -> str:
    lines = [f"# pactwatch digest, {digest.day.isoformat()}", "", _intro(digest), ""]
    if not digest.new:
        lines.append("No new partnerships today.")
    for (iso3, name), rows in digest.by_country().items():
        lines += [f"## {name} ({iso3}): {len(rows)} new", ""]
        for row in rows:
            evidence = " ".join((row["latest_evidence"] or "").split())
            lines.append(f"- **{_partner(row)}**, first reported {_when(row['first_reported_at'])}, "
                         f"{row['article_count']} articles from {row['source_count']} sources")
            if evidence:
                lines.append(f"  > {evidence}")
            if row["latest_url"]:
                lines.append(f"  <{row['latest_url']}>")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_html(digest: Digest) -> str:
    e = html.escape
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>pactwatch digest {e(digest.day.isoformat())}</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
        "line-height:1.45}blockquote{color:#444;border-left:3px solid #ccc;margin:.3rem 0;padding-left:.8rem}"
        "li{margin-bottom:.8rem}</style></head><body>",
        f"<h1>pactwatch digest, {e(digest.day.isoformat())}</h1>", f"<p>{e(_intro(digest))}</p>",
    ]
    if not digest.new:
        parts.append("<p>No new partnerships today.</p>")
    for (iso3, name), rows in digest.by_country().items():
        parts.append(f"<h2>{e(name)} ({e(iso3)}): {len(rows)} new</h2><ul>")
        for row in rows:
            item = (f"<li><strong>{e(_partner(row))}</strong>, first reported {e(_when(row['first_reported_at']))}, "
                    f"{row['article_count']} articles from {row['source_count']} sources")
            if row["latest_evidence"]:
                item += f"<blockquote>{e(' '.join(row['latest_evidence'].split()))}</blockquote>"
            if row["latest_url"]:
                item += f'<a href="{e(row["latest_url"], quote=True)}">{e(row["latest_url"])}</a>'
            parts.append(item + "</li>")
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_digest(warehouse: Path | str, data_dir: Path | str, day: date | str) -> dict[str, str | int]:
    """Write `digests/<day>.md` and `.html` (and `latest.*`); returns the paths and counts."""
    day = date.fromisoformat(day) if isinstance(day, str) else day
    out = digests_dir(Path(data_dir))
    state_dir = out / "state"
    state_dir.mkdir(parents=True, exist_ok=True)
    digest = build_digest(Path(warehouse), Path(data_dir), day)
    md_path, html_path = out / f"{day.isoformat()}.md", out / f"{day.isoformat()}.html"
    # `latest.*` follow the most recent day; a backfilled older day does not replace them.
    is_latest = all(p.stem <= day.isoformat() for p in state_dir.glob("*.json"))
    for path, text in ((md_path, render_markdown(digest)), (html_path, render_html(digest))):
        _write_atomic(path, text)
        if is_latest:
            _write_atomic(out / ("latest" + path.suffix), text)
    seen = sorted({(r["country_iso3"], r["organization_id"]) for r in digest.new} | _previous_state(state_dir, day)[1])
    _write_atomic(state_dir / f"{day.isoformat()}.json", json.dumps({"pairs": seen}, indent=0))
    return {"markdown": str(md_path), "html": str(html_path), "new_partnerships": len(digest.new),
            "countries": len(digest.by_country())}


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
