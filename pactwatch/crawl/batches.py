"""Raw batch files of one source: written as `.tmp`, published by an atomic rename, recovered after a kill.

The load step reads only `*.jsonl`, so a half-written batch is never loaded. A crawl that is
killed (SIGKILL, OOM, a lost machine) leaves `.tmp` files behind; the next crawl of that source,
holding the source's lock, keeps their complete lines and publishes them, so nothing stored before
the kill is fetched again or lost. Batches roll over every `max_items` articles, so a long crawl
publishes as it goes.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

DEFAULT_BATCH_ITEMS = 1000
FLUSH_INTERVAL_S = 0.5   # a killed crawl loses at most this much of its latest work (fetched again on resume)


class SourceBusy(RuntimeError):
    """Another process is crawling this source into the same data directory."""


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@contextlib.contextmanager
def source_lock(state_dir: Path, source_id: str) -> Iterator[None]:
    """Hold the lock of one source for the length of its crawl; SourceBusy if someone else holds it."""
    lock_dir = Path(state_dir) / "locks"
    lock_dir.mkdir(parents=True, exist_ok=True)
    with open(lock_dir / f"{source_id}.lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise SourceBusy(f"source {source_id!r} is being crawled by another process") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def complete_lines(path: Path) -> list[dict]:
    """The records of a JSON-lines file up to its last complete, valid line (a torn tail is dropped)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    records = []
    for line in data[:data.rfind(b"\n") + 1].splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records


def _write_lines(path: Path, records: list[dict]) -> None:
    tmp = path.with_name(path.name + ".recovering")
    with open(tmp, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def recover_orphans(source_dir: Path) -> list[Path]:
    """Publish the complete lines of `.tmp` batches a killed crawl left behind; return the new files.

    Call only while holding the source's lock (no live writer then owns a `.tmp` here). Each stored
    article keeps its 'stored' crawl-log row (added if the kill came between the two writes), and a
    'stored' row without its article is dropped.
    """
    published = []
    for leftover in sorted(Path(source_dir).glob("*.recovering")):
        leftover.unlink()
    for art_tmp in sorted(Path(source_dir).glob("articles-*.jsonl.tmp")):
        suffix = art_tmp.name[len("articles-"):-len(".jsonl.tmp")]
        log_tmp = art_tmp.with_name(f"crawl_log-{suffix}.jsonl.tmp")
        articles = complete_lines(art_tmp)
        stored = {a.get("url") for a in articles}
        # a 'stored' row whose article line was lost with the kill is dropped: that page is fetched again
        logs = [r for r in complete_lines(log_tmp) if r.get("outcome") != "stored" or r.get("url") in stored]
        logged = {(r.get("url"), r.get("outcome")) for r in logs}
        for article in articles:
            if (article.get("url"), "stored") not in logged:
                logs.append({"run_id": article.get("run_id"), "source_id": article.get("source_id"),
                             "url": article.get("url"), "outcome": "stored",
                             "http_status": article.get("http_status"), "error": None, "duplicate_of": None,
                             "logged_at": article.get("fetched_at") or now_iso()})
        for tmp, records in ((art_tmp, articles), (log_tmp, logs)):
            final = tmp.with_name(tmp.name[:-len(".tmp")])
            _write_lines(final, records)
            tmp.unlink(missing_ok=True)
            published.append(final)
    for log_tmp in sorted(Path(source_dir).glob("crawl_log-*.jsonl.tmp")):   # a log without articles
        final = log_tmp.with_name(log_tmp.name[:-len(".tmp")])
        _write_lines(final, complete_lines(log_tmp))
        log_tmp.unlink(missing_ok=True)
        published.append(final)
    return published


class BatchWriter:
    """Append articles and crawl-log rows of one source; every line is flushed as it is written."""

    def __init__(self, source_dir: Path, max_items: int = DEFAULT_BATCH_ITEMS):
        self.dir = Path(source_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.max_items = max(1, int(max_items))
        self.sequence = 0
        self._flushed_at = time.monotonic()
        self.published: list[Path] = []
        self._open()

    def _open(self) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        name = f"{stamp}-{os.getpid()}-{self.sequence:04d}"
        self.paths = {"articles": self.dir / f"articles-{name}.jsonl",
                      "crawl_log": self.dir / f"crawl_log-{name}.jsonl"}
        # Flushed every FLUSH_INTERVAL_S: a killed crawl leaves whole lines on disk (recovery drops a
        # torn last line), without a system call per line.
        self.files = {k: open(str(p) + ".tmp", "w", encoding="utf-8", buffering=1 << 20) for k, p in self.paths.items()}
        self.articles_in_batch = 0

    def write_article(self, record: dict, log_record: dict) -> None:
        self.files["articles"].write(json.dumps(record, ensure_ascii=False) + "\n")
        self.write_log(log_record)
        self.articles_in_batch += 1
        if self.articles_in_batch >= self.max_items:
            self._publish()
            self.sequence += 1
            self._open()

    def write_log(self, record: dict) -> None:
        self.files["crawl_log"].write(json.dumps(record, ensure_ascii=False) + "\n")
        if time.monotonic() - self._flushed_at >= FLUSH_INTERVAL_S:
            self.flush()

    def flush(self) -> None:
        for handle in self.files.values():   # articles first: a stored row never precedes its article
            handle.flush()
        self._flushed_at = time.monotonic()

    def _publish(self) -> None:
        for kind, handle in self.files.items():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(str(self.paths[kind]) + ".tmp", self.paths[kind])
            self.published.append(self.paths[kind])

    def close(self) -> None:
        self._publish()


class Validators:
    """ETag / Last-Modified of a source's index pages, for conditional requests on the next run.

    New values are saved only when the crawl of the source finished cleanly, so a 304 never hides
    articles that an interrupted or failing run did not store.
    """

    def __init__(self, state_dir: Path | None, source_id: str):
        self.path = Path(state_dir) / "validators" / f"{source_id}.json" if state_dir else None
        self.known: dict[str, dict] = {}
        if self.path and self.path.exists():
            try:
                self.known = json.loads(self.path.read_text(encoding="utf-8"))
            except ValueError:
                self.known = {}
        self.pending: dict[str, dict] = {}

    def headers_for(self, url: str) -> dict[str, str]:
        found = self.known.get(url) or {}
        headers = {}
        if found.get("etag"):
            headers["If-None-Match"] = found["etag"]
        if found.get("last_modified"):
            headers["If-Modified-Since"] = found["last_modified"]
        return headers

    def remember(self, url: str, etag: str | None, last_modified: str | None) -> None:
        if etag or last_modified:
            self.pending[url] = {"etag": etag, "last_modified": last_modified}

    def save(self) -> None:
        if not self.path or not self.pending:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps({**self.known, **self.pending}, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
