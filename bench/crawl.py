"""Crawl throughput: N generated news pages (~60 KB each, with boilerplate) served on 127.0.0.1.

The pages are crawled with the real spiders and pipelines through `pactwatch.crawl.runner.crawl()`
(a child Scrapy process: sitemap spiders, robots.txt, download, extraction in the worker processes,
dedup, raw batch files, crawl log), and the same pages go through
`pactwatch.crawl.article.extract_article` alone, one after the other, in this process (each page is
generated before its call is timed): half of them before the crawl and half after, so that a change
in the load of the machine during the run weighs on both figures alike. Prints articles/s for both and their ratio, the CPU time
of the crawl process and of its extraction workers, their peak RSS (and the summed RSS and PSS of
all of them), and the load average, since other work on the machine changes every figure.

Settings: the same as any crawl whose sources are all on this machine (`LOOPBACK_SETTINGS` in
pactwatch.crawl.runner: no download delay or AutoThrottle, 8 connections per host); nothing else is
overridden here, so the number of extraction workers is the default for this machine unless
PACTWATCH_EXTRACT_WORKERS is set.

The site runs in its own process, forked before anything else, and serves pre-rendered responses
(HTTP/1.1 keep-alive, a 1024-connection backlog): its CPU time and memory are not what is measured,
so it does as little as it can while the crawl runs, yet every page is a distinct article.

Goal (issue 3): the full crawl reaches at least 70% of extraction-alone throughput, with peak
memory under 600 MB. A benchmark, not a test: it asserts nothing.

    .venv/bin/python bench/crawl.py [--pages 5000] [--sources 4]
"""
from __future__ import annotations

import argparse
import asyncio
import ctypes
import html
import json
import os
import random
import signal
import socket
import sys
import tempfile
import threading
import time
from datetime import datetime
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


def render(pages: int, sources: int, base: str) -> dict[bytes, bytes]:
    """Every response the site serves (status line, headers and body), rendered once before the crawl."""
    def response(body: str, ctype: str) -> bytes:
        data = body.encode("utf-8")
        return (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(data)}\r\n"
                f"Server: bench\r\n\r\n").encode("ascii") + data

    site = {b"/robots.txt": response("User-agent: *\nAllow: /\n", "text/plain")}
    for k in range(sources):
        site[f"/sitemap-{k}.xml".encode()] = response(sitemap(range(k, pages, sources), base), "application/xml")
    for i in range(pages):
        site[f"/story/{i}.html".encode()] = response(page(i, base), "text/html; charset=utf-8")
    return site


NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


class Site(asyncio.Protocol):
    """A minimal HTTP/1.1 server with keep-alive: GET a path, get its pre-rendered bytes.

    The server shares the machine's cores with the crawl, and its CPU time is not part of what the
    benchmark measures, so it does as little as it can per request (no parsing beyond the request
    line, no page generation while the crawl runs).
    """

    def __init__(self, site: dict[bytes, bytes]):
        self.site, self.buffer = site, b""

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end], self.buffer[end + 4:]
            path = head.split(b" ", 2)[1] if head.count(b" ") >= 2 else b""
            self.transport.write(self.site.get(path, NOT_FOUND))
            if b"\nconnection: close" in head.lower():
                self.transport.close()
                return


class Server:
    """The bench site on 127.0.0.1, in a process of its own (forked before anything else starts).

    The pages are rendered in that process, so the ~300 MB of them (5,000 pages) are neither in this
    process nor in the memory figures. The listen backlog is large: Python's default of 5 drops the
    connections of a crawler opening many at once, which then wait for SYN retries (1 s, 3 s, ...).
    """

    def __init__(self, pages: int, sources: int):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        sock.listen(1024)
        self.base = f"http://127.0.0.1:{sock.getsockname()[1]}"
        ready_r, ready_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            code = 0
            try:
                os.close(ready_r)
                ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG: die with the bench
                site = render(pages, sources, self.base)
                loop = asyncio.new_event_loop()
                loop.run_until_complete(loop.create_server(lambda: Site(site), sock=sock, backlog=1024))
                os.write(ready_w, b"1")
                os.close(ready_w)
                loop.run_forever()
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        sock.close()
        os.close(ready_w)
        if os.read(ready_r, 1) != b"1":
            raise RuntimeError("the bench server did not start")
        os.close(ready_r)

    def cpu_seconds(self) -> float:
        stat = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")

    def shutdown(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)


class Processes(threading.Thread):
    """Samples the crawl process and its extraction workers (this process's descendants, the server
    excepted) every 0.25 s: peak RSS (VmHWM) and CPU time of each, peak summed RSS and PSS."""

    def __init__(self, exclude: int):
        super().__init__(daemon=True)
        self.exclude, self.stopped = str(exclude), threading.Event()
        self.peak_rss = self.peak_pss = 0
        self.hwm: dict[str, int] = {}        # pid -> peak RSS (kB)
        self.cpu: dict[str, float] = {}      # pid -> CPU seconds (user + system)
        self.parent: dict[str, str] = {}

    def _descendants(self) -> list[str]:
        parents = {}
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                parents[pid] = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1]
            except (OSError, IndexError):
                continue
        found, frontier = [], {str(os.getpid())}
        while frontier:
            frontier = {pid for pid, parent in parents.items() if parent in frontier and pid != self.exclude}
            found += frontier
        self.parent.update({pid: parents[pid] for pid in found})
        return found

    def _sample(self) -> None:
        rss = pss = 0
        for pid in self._descendants():
            try:
                status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
                stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                rollup = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
            except (OSError, ValueError):
                continue
            if "VmRSS" not in status:     # a zombie
                continue
            rss += int(status["VmRSS"].split()[0])
            self.hwm[pid] = max(self.hwm.get(pid, 0), int(status["VmHWM"].split()[0]))
            self.cpu[pid] = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
            pss += next((int(line.split()[1]) for line in rollup if line.startswith("Pss:")), 0)
        self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)

    def run(self) -> None:
        while not self.stopped.wait(0.25):
            self._sample()

    def crawler(self) -> str | None:
        """The crawl process: the child of this process that has children of its own (the workers)."""
        me = str(os.getpid())
        children = [pid for pid, parent in self.parent.items() if parent == me]
        return max(children, key=lambda pid: sum(p == pid for p in self.parent.values()), default=None)

    def workers(self) -> list[str]:
        """The extraction workers: the crawl process's children that lived long enough to be sampled."""
        crawler = self.crawler()
        return [pid for pid, parent in self.parent.items() if parent == crawler and pid in self.cpu]


class ExtractionAlone:
    """`extract_article` alone on the bench pages, one after the other in this process. Each page is
    generated again here (page() is deterministic) before its call is timed."""

    def __init__(self, base: str):
        self.base = base
        self.seconds = self.cpu = 0.0
        self.pages = self.bytes = 0

    def run(self, ids: range) -> None:
        for i in ids:
            text = page(i, self.base)
            self.bytes += len(text.encode("utf-8"))
            t0, c0 = time.perf_counter(), time.process_time()
            extract_article(text, f"{self.base}/story/{i}.html")
            self.seconds += time.perf_counter() - t0
            self.cpu += time.process_time() - c0
            self.pages += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--sources", type=int, default=4, help="sitemap sources sharing the pages")
    args = parser.parse_args()

    server = Server(args.pages, args.sources)
    base = server.base
    server_cpu = server.cpu_seconds()     # rendering the pages
    alone = ExtractionAlone(base)
    load_before = os.getloadavg()
    alone.run(range(args.pages // 2))     # half before the crawl, half after: a change in the machine's load
    with tempfile.TemporaryDirectory(prefix="pactwatch-bench-") as tmp:   # weighs on both measurements
        tmp = Path(tmp)
        (tmp / "sources.yml").write_text("sources:\n" + "".join(
            f"  - {{id: bench-{k}, kind: sitemap, url: '{base}/sitemap-{k}.xml', max_pages: {args.pages}}}\n"
            for k in range(args.sources)))
        ctx = RunContext.build("2025-07-22", tmp / "sources.yml", tmp / "warehouse.duckdb", tmp / "data")
        processes = Processes(exclude=server.pid)
        processes.start()
        load_crawl_start = os.getloadavg()
        started = time.perf_counter()
        summary = crawl(ctx)
        crawl_s = time.perf_counter() - started
        processes.stopped.set()
        processes.join()
        stored = summary.total("stored")
        fetched = sorted(json.loads(line)["fetched_at"] for path in ctx.raw_dir.glob("source=*/articles-*.jsonl")
                         for line in path.read_text(encoding="utf-8").splitlines())
        other = {o: summary.total(o) for o in ("duplicate", "dropped", "error")}
    server_cpu = server.cpu_seconds() - server_cpu
    server.shutdown()
    load_crawl = os.getloadavg()
    alone.run(range(args.pages // 2, args.pages))
    load_extract = os.getloadavg()
    extract_s, extract_cpu, extracted, size = alone.seconds, alone.cpu, alone.pages, alone.bytes

    crawler, workers = processes.crawler(), processes.workers()
    main_cpu = processes.cpu.get(crawler, 0.0)
    workers_cpu = sum(processes.cpu[pid] for pid in workers)
    per_article = 1000 / max(1, stored)
    crawl_rate, extract_rate = stored / crawl_s, extracted / extract_s
    span = (datetime.fromisoformat(fetched[-1]) - datetime.fromisoformat(fetched[0])).total_seconds() if fetched else 0
    steady = (len(fetched) - 1) / span if span > 0 else float("nan")
    print(f"pages: {args.pages} ({size / extracted / 1024:.0f} KB each), {args.sources} sitemap sources, "
          f"{os.cpu_count()} cores; extraction workers: {len(workers)} "
          f"(PACTWATCH_EXTRACT_WORKERS={os.environ.get('PACTWATCH_EXTRACT_WORKERS', 'unset: the default')})")
    print(f"full crawl: {stored} articles stored in {crawl_s:.1f} s = {crawl_rate:.1f} articles/s "
          f"(other outcomes: {other})")
    print(f"  after start-up (first to last article fetched, 1 s resolution): {steady:.1f} articles/s")
    print(f"  CPU: crawl process {main_cpu:.1f} s = {main_cpu * per_article:.2f} ms/article, extraction workers "
          f"{workers_cpu:.1f} s = {workers_cpu * per_article:.2f} ms/article (start-up included); "
          f"the bench's own server {server_cpu:.1f} s = {server_cpu * per_article:.2f} ms/article")
    print(f"extraction alone: {extracted} pages in {extract_s:.1f} s = {extract_rate:.1f} articles/s "
          f"(CPU {1000 * extract_cpu / extracted:.2f} ms/article; half of the pages before the crawl, half after)")
    print(f"crawl / extraction: {100 * crawl_rate / extract_rate:.0f}% by wall-clock throughput (goal >= 70%), "
          f"{100 * steady / extract_rate:.0f}% after start-up")
    hwm = processes.hwm
    print(f"peak RSS: crawl process {hwm.get(crawler, 0) / 1024:.0f} MB, extraction workers "
          f"{', '.join(f'{hwm[pid] / 1024:.0f}' for pid in workers) or '-'} MB; all together "
          f"{processes.peak_rss / 1024:.0f} MB RSS summed, {processes.peak_pss / 1024:.0f} MB PSS (goal < 600 MB)")
    print("load average (1, 5, 15 min): at the start {:.2f} {:.2f} {:.2f}, crawl start {:.2f} {:.2f} {:.2f}, "
          "crawl end {:.2f} {:.2f} {:.2f}, at the end {:.2f} {:.2f} {:.2f}".format(
              *load_before, *load_crawl_start, *load_crawl, *load_extract))
    if max(load_before[0], load_crawl_start[0], load_crawl[0], load_extract[0]) > 1.5:
        print(f"note: a load average above 1.5 on {os.cpu_count()} cores means other processes shared the CPU")


if __name__ == "__main__":
    main()
