"""A local HTTP server for crawl tests: routes you give it, every request recorded, and a set of faults.

Never the internet: it listens on 127.0.0.1 on a free port. `FaultServer.routes` maps a path to a
handler `fn(handler) -> None` that writes the whole response; helpers build the usual ones. The
`fault_routes()` set is what issue 3 lists: 4xx/5xx with retry and back-off, a timeout, redirect
loops, malformed HTML, wrong or missing charsets, an empty 200, a 50 MB page, a gzip bomb, an XML
bomb in a feed, a feed with invalid dates, a page robots.txt forbids.
"""

from __future__ import annotations

import gzip
import html
import random
import threading
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

EN_WORDS = (
    "government minister agreement company partnership model data centre investment research university public "
    "service health education plan national strategy security safety standard compute capacity cloud access "
    "talent skills programme funding billion million pounds euros dollars week month year official statement "
    "announce sign memorandum understanding cooperation project pilot trial department agency regulator council "
    "parliament committee report review evidence support industry startup economy growth jobs region city "
    "network infrastructure energy power grid chips semiconductor supply chain export partner ally summit "
    "framework principle commitment voluntary binding law rule guidance consultation response feedback citizens "
    "hospital school court police transport weather climate science laboratory institute open source language"
).split()
EN_GLUE = "the of and to in for with on by from that this which will has have was were is are as at an a".split()
FR_WORDS = (
    "gouvernement ministre accord entreprise partenariat modèle données centre investissement recherche université "
    "service public santé éducation plan stratégie nationale sécurité norme calcul capacité nuage accès talents "
    "compétences programme financement milliard million euros semaine mois année déclaration officielle annonce "
    "signature protocole coopération projet pilote essai ministère agence régulateur conseil parlement commission "
    "rapport examen preuves soutien industrie économie croissance emplois région ville réseau infrastructure énergie"
).split()
FR_GLUE = "le la les de des du et à en pour avec sur par dans que qui une un est sont a ont été sera".split()


def article_text(seed: str, paragraphs: int = 4, language: str = "en") -> list[str]:
    """Distinct paragraphs for a seed (no two seeds share enough shingles to look like copies)."""
    rng = random.Random(seed)
    words, glue = (FR_WORDS, FR_GLUE) if language == "fr" else (EN_WORDS, EN_GLUE)
    out = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(3, 5)):
            tokens = [rng.choice(words) if rng.random() < 0.6 else rng.choice(glue) for _ in range(rng.randint(12, 20))]
            sentences.append(" ".join(tokens).capitalize() + ".")
        out.append(" ".join(sentences))
    return out


def article_page(title: str, paragraphs: list[str], *, language: str = "en", published: str | None = None,
                 canonical: str | None = None, author: str | None = "Jane Doe", charset: str | None = "utf-8",
                 og_type: str | None = "article") -> str:
    """A news page with the usual boilerplate: navigation, cookie banner, related links, footer."""
    e = html.escape
    head = [f'<meta charset="{charset}">' if charset else "", f"<title>{e(title)} | Test News</title>"]
    if og_type:
        head.append(f'<meta property="og:type" content="{og_type}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{e(canonical)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if author:
        head.append(f'<meta name="author" content="{e(author)}">')
    body = "".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{language}"><head>{"".join(head)}</head><body>'
            '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Tech</a></nav>'
            '<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on '
            'our site. Accept all cookies or manage your preferences.</p><button>Accept</button></div>'
            f"<main><article><h1>{e(title)}</h1>{body}</article></main>"
            '<aside class="related-links"><h2>Related stories</h2><ul><li><a href="/x">Another story about '
            'something else entirely</a></li></ul></aside><footer>Copyright Test News</footer></body></html>')


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    at: float


@dataclass
class FaultServer:
    routes: dict[str, Callable] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)
    host: str = "127.0.0.1"

    def __post_init__(self):
        self.lock = threading.Lock()
        self.hits: Counter = Counter()
        self.in_flight: Counter = Counter()       # by route group (first path segment)
        self.max_in_flight: Counter = Counter()

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> "FaultServer":
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                owner._dispatch(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer((self.host, 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.httpd.server_address[1]}"

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    # -- requests ------------------------------------------------------------------------------
    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        group = path.split("/")[1] if "/" in path else path
        with self.lock:
            self.requests.append(Recorded(path, {k.lower(): v for k, v in handler.headers.items()}, time.monotonic()))
            self.hits[path] += 1
            self.in_flight[group] += 1
            self.max_in_flight[group] = max(self.max_in_flight[group], self.in_flight[group])
        try:
            route = self.routes.get(path) or self.routes.get(path.split("?", 1)[0])
            if route is None:
                send(handler, 404, b"<html><body><h1>Not found</h1></body></html>")
            else:
                route(handler)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self.lock:
                self.in_flight[group] -= 1

    def seen(self, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.path == path]


# -- response helpers -------------------------------------------------------------------------

def send(handler, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
         headers: dict | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def static(body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200,
           headers: dict | None = None, delay: float = 0.0) -> Callable:
    data = body.encode("utf-8") if isinstance(body, str) else body

    def route(handler):
        if delay:
            time.sleep(delay)
        send(handler, status, data, content_type, headers)
    return route


def with_etag(body: str | bytes, etag: str, content_type: str = "application/rss+xml") -> Callable:
    """A page that answers 304 to `If-None-Match: <etag>`."""
    data = body.encode("utf-8") if isinstance(body, str) else body

    def route(handler):
        if handler.headers.get("If-None-Match") == etag:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        send(handler, 200, data, content_type, {"ETag": etag})
    return route


def flaky(fail_times: int, body: str, status: int = 503, headers: dict | None = None) -> Callable:
    """Fails `fail_times` times with `status`, then serves `body`."""
    state = {"n": 0}
    lock = threading.Lock()

    def route(handler):
        with lock:
            state["n"] += 1
            failing = state["n"] <= fail_times
        if failing:
            send(handler, status, b"<html><body>Service unavailable</body></html>", headers=headers)
        else:
            send(handler, 200, body.encode("utf-8"))
    return route


def redirect(location: str, status: int = 302) -> Callable:
    def route(handler):
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return route


def huge(size: int, with_length: bool = True) -> Callable:
    """A page of `size` bytes, streamed (never held in memory); without Content-Length it ends with the connection."""
    chunk = (b"<p>" + b"filler text " * 80 + b"</p>\n")

    def route(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if with_length:
            handler.send_header("Content-Length", str(size))
        else:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        sent = 0
        while sent < size:
            piece = chunk[:size - sent]
            handler.wfile.write(piece)
            sent += len(piece)
    return route


_BOMB: dict[int, bytes] = {}


def gzip_bomb(decompressed: int = 64 * 1024 * 1024) -> Callable:
    """A small gzip body (about 64 KB) that inflates to `decompressed` bytes."""
    if decompressed not in _BOMB:
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31)   # gzip container
        block = b"\0" * (1024 * 1024)
        parts = [compressor.compress(block) for _ in range(decompressed // len(block))]
        _BOMB[decompressed] = b"".join(parts) + compressor.flush()

    def route(handler):
        send(handler, 200, _BOMB[decompressed], headers={"Content-Encoding": "gzip"})
    return route


def rss(items: list[tuple[str, str | None]], title: str = "Test feed") -> str:
    """An RSS 2.0 feed of (link, pubDate) items."""
    entries = "".join(
        f"<item><title>Item {i}</title><link>{html.escape(link)}</link>"
        + (f"<pubDate>{date}</pubDate>" if date else "") + "</item>"
        for i, (link, date) in enumerate(items))
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>{entries}</channel></rss>'


XML_BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title><link>http://127.0.0.1/x</link></item></channel></rss>"""


def fault_routes(base: str) -> dict[str, Callable]:
    """The fault pages, a feed listing all of them, and feeds that are themselves faulty."""
    def page(seed: str, **kw) -> str:
        return article_page(f"Story {seed}", article_text(seed), **kw)

    french = article_text("latin", 3, "fr")
    french[0] = "Le ministre a annoncé un accord « historique » avec l'entreprise, déjà signé à Genève. " + french[0]
    latin1 = article_page("Accord signé à Genève", french, language="fr", charset=None).encode("latin-1")
    cp1252 = article_page("Déclaration du ministère", ["Le ministère a publié une déclaration \u2019officielle\u2019 "
                                                       "\u201cimportante\u201d \u2013 très attendue. " + french[1]] + french[2:],
                          language="fr", charset=None).encode("cp1252")
    sjis_text = [f"第{i}段落。政府は人工知能の企業と協力する覚書に署名したと発表しました。研究、教育、医療の分野で"
                 f"新しいモデルを試験的に導入し、データセンターへの投資も検討します。担当大臣は{i}日の記者会見で説明しました。"
                 for i in range(1, 6)]
    sjis = article_page("政府がAI企業と覚書", sjis_text, language="ja", charset="Shift_JIS").encode("shift_jis")
    malformed = ("<html><head><title>Broken markup story</title><meta charset=utf-8><body><div class=wrap><article>"
                 "<h1>Broken markup story</h1><p>" + "<p>".join(article_text("malformed"))   # no </p>, no </article>
                 + "<p><b>unclosed <i>tags <div></span></table></td> &nbsp &amp; &bogus; <<<>>> "
                 "<script>var x = '</div>';</script><p attr=\"unterminated>more text</htm")
    index_page = ("<html><head><title>Technology news</title></head><body>"
                  + "".join(f"<article><h2><a href='/a{i}'>Teaser {i}</a></h2><p>{article_text(f'teaser{i}', 1)[0]}</p>"
                            "</article>" for i in range(8)) + "</body></html>")
    soft_404 = ("<html><head><title>Page not found</title></head><body><main><h1>Page not found</h1><p>"
                + " ".join(article_text("soft404", 2)) + "</p></main></body></html>")
    fault_pages = {
        "/ok/one.html": static(page("one")),
        "/ok/two.html": static(page("two")),
        "/flaky/retried.html": flaky(2, page("retried")),
        "/flaky/retry-after.html": flaky(1, page("retry-after"), status=429, headers={"Retry-After": "1"}),
        "/fail/always-500.html": static("<html><body>Internal error</body></html>", status=500),
        "/fail/gone.html": static("<html><body>Not here</body></html>", status=404),
        "/fail/forbidden.html": static("<html><body>No</body></html>", status=403),
        "/slow/timeout.html": static(page("slow"), delay=4.0),
        "/loop/a.html": redirect("/loop/b.html"),
        "/loop/b.html": redirect("/loop/a.html"),
        "/bad/malformed.html": static(malformed),
        "/charset/latin1.html": static(latin1, content_type="text/html"),
        "/charset/cp1252-declared-utf8.html": static(cp1252, content_type="text/html; charset=utf-8"),
        "/charset/shift-jis.html": static(sjis, content_type="text/html"),
        "/bad/empty.html": static(b""),
        "/bad/binary.pdf": static(b"%PDF-1.4\n" + bytes(range(256)) * 40, content_type="application/pdf"),
        "/bad/index-page.html": static(index_page),
        "/bad/soft-404.html": static(soft_404),
        "/big/50mb.html": huge(50 * 1024 * 1024, with_length=True),
        "/big/50mb-streamed.html": huge(50 * 1024 * 1024, with_length=False),
        "/big/gzip-bomb.html": gzip_bomb(),
        "/private/secret.html": static(page("secret")),
    }
    routes = dict(fault_pages)
    routes["/robots.txt"] = static("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    routes["/faults.xml"] = static(rss([(base + p, None) for p in fault_pages]), content_type="application/rss+xml")
    routes["/xml-bomb.xml"] = static(XML_BOMB, content_type="application/rss+xml")
    routes["/bad-dates.xml"] = static(rss([
        (base + "/dates/invalid.html", "yesterday at noon"),
        (base + "/dates/future.html", "Fri, 01 Jan 2999 10:00:00 +0000"),
        (base + "/dates/garbage.html", "32/13/2025 99:99"),
    ]), content_type="application/rss+xml")
    for name in ("invalid", "future", "garbage"):
        routes[f"/dates/{name}.html"] = static(page(f"dates-{name}"))
    return routes


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data)
