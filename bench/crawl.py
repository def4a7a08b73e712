"""Crawl throughput: N generated news pages (~60 KB each, with boilerplate) served on 127.0.0.1.

The pages are crawled with the real spiders and pipelines through `pactwatch.crawl.runner.crawl()`
(a child Scrapy process: sitemap spiders, download, extraction, dedup, raw batch files), then the
same pages go through `pactwatch.crawl.article.extract_article` alone, in this process. Prints
articles/s for both, their ratio, and the peak RSS of the crawl process.

Goal (issue 3): the full crawl reaches at least 70% of extraction-alone throughput, and the crawl
process stays under 600 MB. A benchmark, not a test: it asserts nothing.

    .venv/bin/python bench/crawl.py [--pages 5000] [--sources 4]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import resource
import sys
import tempfile
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pactwatch.crawl.article import extract_article  # noqa: E402
from pactwatch.crawl.runner import crawl  # noqa: E402
from pactwatch.settings import RunContext  # noqa: E402

WORDS = (
    "government minister agreement company partnership model data centre investment research university public "
    "service health education plan national strategy security safety standard compute capacity cloud access "
    "talent skills programme funding billion million pounds euros dollars week month year official statement "
    "announce sign memorandum understanding cooperation project pilot trial department agency regulator council "
    "parliament committee report review evidence support industry startup economy growth jobs region city "
    "network infrastructure energy power grid chips semiconductor supply chain export partner ally summit "
    "framework principle commitment voluntary binding law rule guidance consultation response feedback citizens "
    "hospital school court police transport weather climate science laboratory institute open source language "
    "people work time life world family money market business system program question problem story fact "
    "example country state community history idea information experience result change development level "
    "office office power policy process reason risk role share society technology value view team matter"
).split()
GLUE = "the of and to in for with on by from that this which will has have was were is are as at an a it".split()
NAV = "".join(f'<li><a href="/section/{i}">Section {i} with a long navigation label</a></li>' for i in range(170))
FOOTER = "".join(f'<li><a href="/about/{i}">Footer link number {i} about the company and its policies</a></li>'
                 for i in range(130))
SCRIPT = "<script>" + "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}" * 60 + "</script>"
STYLE = "<style>" + ".c{margin:0 auto;padding:1rem 2rem;font:16px/1.5 Georgia,serif;color:#121212}" * 240 + "</style>"


def paragraphs(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        sentences = []
        for _ in range(rng.randint(4, 6)):
            words = [rng.choice(WORDS) if rng.random() < 0.62 else rng.choice(GLUE) for _ in range(rng.randint(14, 24))]
            sentences.append(" ".join(words).capitalize() + ".")
        out.append(" ".join(sentences))
    return out


def page(i: int, base: str) -> str:
    """One article page of about 60 KB: 7-8 KB of text inside head scripts, navigation, banners and footer."""
    title = f"Story {i}: " + " ".join(paragraphs(i * 7919, 1)[0].split()[:9])
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(i, 11))
    related = "".join(f'<li><a href="/story/{(i + k) % 99991}.html">Related story {k} about other things</a></li>'
                      for k in range(1, 25))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": f"2025-07-{1 + i % 28:02d}T10:00:00+00:00",
                     "author": {"@type": "Person", "name": f"Reporter {i % 50}"}})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Bench News'
            f'</title><link rel="canonical" href="{base}/story/{i}.html"><meta property="og:type" content="article">'
            f'<script type="application/ld+json">{ld}</script>{STYLE}{SCRIPT}</head><body>'
            f'<div id="cookie-banner" class="cookie-consent"><p>We use cookies to measure our audience. Accept all '
            f'cookies?</p><button>Accept</button></div><header><nav><ul>{NAV}</ul></nav></header>'
            f'<main><article><h1>{html.escape(title)}</h1><p class="byline">By Reporter {i % 50}</p>{body}</article>'
            f'<aside class="related-links"><h2>Related</h2><ul>{related}</ul></aside></main>'
            f"<footer><ul>{FOOTER}</ul><p>Copyright Bench News</p></footer>{SCRIPT}</body></html>")


def sitemap(ids: range, base: str) -> str:
    urls = "".join(f"<url><loc>{base}/story/{i}.html</loc></url>" for i in ids)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def serve(pages: int, sources: int):
    chunks = [range(k, pages, sources) for k in range(sources)]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            path = self.path
            if path == "/robots.txt":
                body, ctype = "User-agent: *\nAllow: /\n", "text/plain"
            elif path.startswith("/sitemap-"):
                body, ctype = sitemap(chunks[int(path[9:-4])], base), "application/xml"
            elif path.startswith("/story/"):
                body, ctype = page(int(path[7:-5]), base), "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class TreeMemory(threading.Thread):
    """Samples this process's descendants (the Scrapy process and its extraction workers): peak summed RSS and PSS."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak_rss, self.peak_pss, self.stopped = 0, 0, threading.Event()
        self.per_process: dict[str, int] = {}

    @staticmethod
    def _descendants() -> list[str]:
        parents = {}
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                parents[pid] = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1]
            except (OSError, IndexError):
                continue
        found, frontier = [], {str(os.getpid())}
        while frontier:
            frontier = {pid for pid, parent in parents.items() if parent in frontier}
            found += frontier
        return found

    def _sample(self) -> None:
        rss = pss = 0
        for pid in self._descendants():
            try:
                one = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                           if line.startswith("VmRSS:"))
                rss += one
                self.per_process[pid] = max(self.per_process.get(pid, 0), one)
                pss += next(int(line.split()[1]) for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
                            if line.startswith("Pss:"))
            except (OSError, StopIteration, ValueError):
                continue
        self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)

    def run(self) -> None:
        while not self.stopped.wait(0.25):
            self._sample()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--sources", type=int, default=4, help="sitemap sources sharing the pages")
    args = parser.parse_args()

    server = serve(args.pages, args.sources)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    sample = page(1, base)
    with tempfile.TemporaryDirectory(prefix="pactwatch-bench-") as tmp:
        tmp = Path(tmp)
        (tmp / "sources.yml").write_text("sources:\n" + "".join(
            f"  - {{id: bench-{k}, kind: sitemap, url: '{base}/sitemap-{k}.xml', max_pages: {args.pages}}}\n"
            for k in range(args.sources)))
        ctx = RunContext.build("2025-07-22", tmp / "sources.yml", tmp / "warehouse.duckdb", tmp / "data")
        memory = TreeMemory()
        memory.start()
        started = time.perf_counter()
        summary = crawl(ctx)
        crawl_s = time.perf_counter() - started
        memory.stopped.set()
        child = resource.getrusage(resource.RUSAGE_CHILDREN)
        stored = summary.total("stored")
        fetched = sorted(json.loads(line)["fetched_at"] for path in ctx.raw_dir.glob("source=*/articles-*.jsonl")
                         for line in path.read_text(encoding="utf-8").splitlines())
        other = {o: summary.total(o) for o in ("duplicate", "dropped", "error")}
    server.shutdown()

    extract_s = extract_cpu = 0.0
    extracted = 0
    for i in range(args.pages):
        text = page(i, base)
        t0, c0 = time.perf_counter(), time.process_time()
        extract_article(text, f"{base}/story/{i}.html")
        extract_s += time.perf_counter() - t0
        extract_cpu += time.process_time() - c0
        extracted += 1

    crawl_cpu = child.ru_utime + child.ru_stime
    crawl_rate, extract_rate = stored / crawl_s, extracted / extract_s
    span = (datetime.fromisoformat(fetched[-1]) - datetime.fromisoformat(fetched[0])).total_seconds() if fetched else 0
    steady = (len(fetched) - 1) / span if span > 0 else float("nan")
    print(f"pages: {args.pages} ({len(sample.encode()) / 1024:.0f} KB each), {args.sources} sitemap sources")
    print(f"full crawl: {stored} articles stored in {crawl_s:.1f} s = {crawl_rate:.1f} articles/s "
          f"(other outcomes: {other}; crawl process CPU {crawl_cpu:.1f} s = {1000 * crawl_cpu / max(1, stored):.1f} ms/article)")
    print(f"  after start-up (first to last article fetched, 1 s resolution): {steady:.1f} articles/s")
    print(f"extraction alone: {extracted} pages in {extract_s:.1f} s = {extract_rate:.1f} articles/s "
          f"(CPU {1000 * extract_cpu / extracted:.1f} ms/article)")
    print(f"crawl / extraction: {100 * crawl_rate / extract_rate:.0f}% by wall-clock throughput, "
          f"{100 * steady / extract_rate:.0f}% after start-up, "
          f"{100 * (extract_cpu / extracted) / (crawl_cpu / max(1, stored)):.0f}% by CPU per article (goal >= 70%)")
    if os.getloadavg()[0] > 1.5:
        print(f"note: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: other processes shared the CPU")
    workers = os.environ.get("PACTWATCH_EXTRACT_WORKERS", "default")
    peaks = ", ".join(f"{kb / 1024:.0f}" for kb in sorted(memory.per_process.values(), reverse=True))
    print(f"peak RSS of the crawl process: {child.ru_maxrss / 1024:.0f} MB; crawl process and extraction workers "
          f"({workers}): {memory.peak_rss / 1024:.0f} MB RSS summed (peaks per process: {peaks} MB), "
          f"{memory.peak_pss / 1024:.0f} MB PSS (goal < 600 MB)")


if __name__ == "__main__":
    main()
