"""Serve the sample site on 127.0.0.1 (a free port by default) from a background thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pactwatch.sample_site.render import render_site


class _Handler(BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}

    def do_GET(self):  # noqa: N802 (http.server naming)
        page = self.pages.get(self.path.split("?", 1)[0])
        if page is None:
            self.send_error(404, "Not Found")
            return
        content_type, body = page
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep the demo's output readable
        pass


@contextlib.contextmanager
def serve_sample_site(port: int = 0) -> Iterator[str]:
    """Serve the site for the duration of the block and yield its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", port), type("Handler", (_Handler,), {"pages": {}}))
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    server.RequestHandlerClass.pages = render_site(base_url)
    thread = threading.Thread(target=server.serve_forever, name="sample-site", daemon=True)
    thread.start()
    try:
        yield base_url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def sample_sources_yaml(base_url: str) -> str:
    """The sources file the demo crawls: the site's RSS feed and its Atom feed of latest stories."""
    return (
        "sources:\n"
        "  - id: policywire\n    kind: feed\n    url: " + base_url + "/feed.xml\n"
        "  - id: policywire-latest\n    kind: feed\n    url: " + base_url + "/atom.xml\n"
    )
