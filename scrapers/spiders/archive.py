"""`kind: archive`: import a local folder of saved HTML pages or WARC files (a backfill, a Common Crawl extract).

`path` is a folder (relative paths are relative to the sources file), read recursively:
`*.html`/`*.htm` files, and `*.warc`/`*.warc.gz` files whose `response` records are HTML pages with
status 200. A saved page's URL is `url_prefix` + its path in the folder when `url_prefix` is set,
else its canonical URL (`<link rel=canonical>` / `og:url`), else its file URI. WARC records keep
their `WARC-Target-URI`. Pages go through the same extraction, dedup and budget as crawled ones.
"""

from __future__ import annotations

import re
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from pactwatch.crawl.article import decode_html
from scrapers.spiders.base import SourceSpider, now_iso, parse_iso

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_CANONICAL = re.compile(
    rb"""<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"'>]+)|<link[^>]+href=["']([^"'>]+)["'][^>]*rel=["']?canonical"""
    rb"""|<meta[^>]+property=["']og:url["'][^>]*content=["']([^"'>]+)""", re.I)


class ArchiveSpider(SourceSpider):
    kind = name = "archive"

    async def discover(self):
        root = Path(self.source["path"])
        if not root.is_dir():
            yield self.log(str(root), "error", None, f"archive folder {root} does not exist")
            return
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            name = path.name.lower()
            if name.endswith(HTML_SUFFIXES):
                for item in self._html_file(root, path):
                    yield item
            elif name.endswith(WARC_SUFFIXES):
                for item in self._warc_file(path):
                    yield item

    def _url_for(self, root: Path, path: Path, body: bytes) -> str:
        prefix = self.source.get("url_prefix")
        if prefix:
            return prefix.rstrip("/") + "/" + path.relative_to(root).as_posix()
        match = _CANONICAL.search(body[:200_000])
        if match:
            found = next(g for g in match.groups() if g).decode("utf-8", "replace").strip()
            if found.startswith(("http://", "https://")):
                return found
        return path.resolve().as_uri()

    def _html_file(self, root: Path, path: Path):
        body = path.read_bytes()
        url = self._url_for(root, path, body)
        if not self.claim(url):
            return
        if len(body) > self.settings.getint("DOWNLOAD_MAXSIZE"):
            yield self.log(url, "error", None, f"saved page over the size limit ({len(body)} bytes)")
            return
        yield from self._page(body, url, 200, None)

    def _page(self, body: bytes, url: str, status: int, content_type: str | None, fetched_at: str | None = None):
        yield from self.article_from_page(decode_html(body, content_type), url, status, fetched_at or now_iso())

    def _warc_file(self, path: Path):
        limit = self.settings.getint("DOWNLOAD_MAXSIZE")
        try:
            with open(path, "rb") as handle:
                for record in ArchiveIterator(handle, arc2warc=True):
                    if record.rec_type != "response" or record.http_headers is None:
                        continue
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    status = int(record.http_headers.get_statuscode() or 0)
                    content_type = record.http_headers.get_header("Content-Type") or ""
                    if not url or status != 200 or "html" not in content_type.lower():
                        continue
                    if not self.claim(url):
                        continue
                    body = record.content_stream().read(limit + 1)
                    if len(body) > limit:
                        yield self.log(url, "error", status, "archived page over the size limit")
                        continue
                    captured = parse_iso(record.rec_headers.get_header("WARC-Date"))
                    yield from self._page(body, url, status, content_type,
                                          captured.isoformat(timespec="seconds") if captured else None)
        except Exception as exc:  # a truncated or corrupt WARC: keep what was read, record the rest
            yield self.log(path.resolve().as_uri(), "error", None, f"unreadable WARC file: {type(exc).__name__}: {exc}")
