"""Bad sources during a crawl: each failure is logged with its source and URL; the others go on."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pactwatch.crawl.runner import crawl
from pactwatch.settings import RunContext

ARTICLE = ("<html><head><title>t</title></head><body><article><h1>The UK signs a deal with OpenAI</h1><p>"
           + "The British government signed a memorandum of understanding with OpenAI on Tuesday. " * 6
           + "</p></article></body></html>")


class FaultHandler(BaseHTTPRequestHandler):
    """Pages: a good feed listing a good article, an empty page and a missing one; a feed that is HTML."""

    def do_GET(self):  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        pages = {
            "/feed.xml": ("application/rss+xml", f"""<?xml version="1.0"?><rss version="2.0"><channel>
<item><link>{base}/good.html</link></item><item><link>{base}/empty.html</link></item>
<item><link>{base}/missing.html</link></item></channel></rss>"""),
            "/good.html": ("text/html", ARTICLE),
            "/empty.html": ("text/html", ""),
            "/not-a-feed.xml": ("text/html", "<html><body>Oops, this is a web page</body></html>"),
            "/robots.txt": ("text/plain", "User-agent: *\nAllow: /\n"),
        }
        if self.path not in pages:
            self.send_error(404)
            return
        content_type, body = pages[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def fault_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FaultHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_bad_sources_are_logged_and_the_rest_goes_on(fault_server, tmp_path):
    sources = tmp_path / "sources.yml"
    sources.write_text(f"""sources:
  - id: good
    kind: feed
    url: {fault_server}/feed.xml
  - id: not-xml
    kind: feed
    url: {fault_server}/not-a-feed.xml
  - id: unreachable
    kind: feed
    url: http://127.0.0.1:{closed_port()}/feed.xml
""")
    ctx = RunContext.build("2025-11-20", sources, tmp_path / "wh.duckdb", tmp_path / "data")
    summary = crawl(ctx)
    assert summary.by_source["good"]["stored"] == 1
    assert summary.by_source["good"]["dropped"] == 1      # the empty page
    assert summary.by_source["good"]["error"] == 1        # the 404
    assert summary.failed_sources() == ["not-xml", "unreachable"]

    logs = {}
    for path in ctx.raw_dir.glob("source=*/crawl_log-*.jsonl"):
        for line in path.read_text().splitlines():
            row = __import__("json").loads(line)
            logs[(row["source_id"], row["url"].rsplit("/", 1)[-1])] = row
    assert logs[("good", "missing.html")]["http_status"] == 404
    assert logs[("good", "empty.html")]["error"].startswith(("empty page", "no article body"))
    assert "bad feed" in logs[("not-xml", "not-a-feed.xml")]["error"]
    assert logs[("unreachable", "feed.xml")]["outcome"] == "error"
