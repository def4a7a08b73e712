"""Article extraction in worker processes, so the crawler's event loop keeps downloading meanwhile.

Extraction (lxml + trafilatura + language detection) is CPU-bound and takes most of a crawl's time;
run in the Scrapy process it stalls every download while a page is being read. With
`PACTWATCH_EXTRACT_WORKERS` > 0 pages are extracted by a small pool of forked worker processes.
The pool also isolates faults: a page that hangs extraction longer than
`PACTWATCH_EXTRACT_TIMEOUT` seconds, or crashes a worker, becomes an error for that page and that
worker is replaced; the crawl goes on. With 0 workers (or outside an asyncio event loop)
extraction runs in-process.

The pool talks to its workers over one Unix socket each, read and written by the crawler's own
event loop: no helper threads in the crawler process (a ProcessPoolExecutor needs two, and their
fight for the GIL with the event loop cost about a millisecond per page and left the workers idle
a third of the time). A page's bytes go to a worker once; only the small result (the article and
its MinHash signature) comes back. Each worker has up to `PACTWATCH_EXTRACT_PREFETCH` pages
(and at most `MAX_QUEUED_BYTES` of them, but always one) queued, so it starts the next page as
soon as it finishes one, even while the crawler process waits for the CPU.
"""

from __future__ import annotations

import asyncio
import collections
import ctypes
import logging
import os
import pickle
import signal
import socket
import struct
import time

from pactwatch.crawl import dedup
from pactwatch.crawl.article import Article, decode_html, extract_article

logger = logging.getLogger(__name__)

_HEADER = struct.Struct("!Q")
_SOCKET_BUFFER = 1 << 20
MAX_QUEUED_BYTES = 8 << 20     # pages queued for one worker (a 10 MB page still goes, alone)


class ExtractionFailed(Exception):
    """The worker extracting a page hung or died; the message says which."""


def _die_with_parent() -> None:
    """Linux: a worker is killed when the crawler process dies, even by SIGKILL; it ignores the signals
    meant for the crawler."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    # Ctrl-C or a SIGTERM to the whole process group is the crawler's to handle: it stops
    # gracefully and then closes the pool (a worker exits when its socket closes).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.set_wakeup_fd(-1)                       # the crawler's event loop is not this process's


def extract_page(body: bytes, content_type: str | None, url: str, sign: bool = True) -> tuple[Article, str | None]:
    """Decode and extract a downloaded page, and (if `sign`) sign its body for near-duplicate detection.

    All of it is CPU work, done in the worker (bytes cross the process boundary more cheaply than
    text). Without `sign` the signature is None and the dedup pipeline computes it: with a single
    worker the extraction is the bottleneck and the crawler process has time to spare.
    """
    article = extract_article(decode_html(body, content_type), url)
    if not sign:
        return article, None
    signature = dedup.signature(article.body)
    return article, dedup.encode(signature) if signature is not None else None


def _recv_exact(sock: socket.socket, size: int) -> bytes | None:
    buffer = bytearray(size)
    view, got = memoryview(buffer), 0
    while got < size:
        n = sock.recv_into(view[got:])
        if not n:
            return None
        got += n
    return bytes(buffer)


def _encode_result(ok: bool, value) -> bytes:
    try:
        payload = pickle.dumps((ok, value), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:   # an exception (or a result) that cannot be pickled
        text = f"{type(value).__name__}: {value}" if not ok else f"unpicklable result: {exc}"
        payload = pickle.dumps((False, ExtractionFailed(text)), protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(payload)) + payload


def _serve(sock: socket.socket, function) -> None:
    """A worker's loop: read a job (pickled arguments), run `function`, write back the result."""
    while True:
        header = _recv_exact(sock, _HEADER.size)
        if header is None:
            return   # the crawler closed the pool
        data = _recv_exact(sock, _HEADER.unpack(header)[0])
        if data is None:
            return
        try:
            message = _encode_result(True, function(*pickle.loads(data)))
        except Exception as exc:
            message = _encode_result(False, exc)
        sock.sendall(message)


class _Job:
    __slots__ = ("args", "future", "size")

    def __init__(self, args: tuple, future: asyncio.Future):
        self.args = args
        self.future = future
        self.size = 0


class _Worker:
    """One forked worker: its socket, the jobs sent to it (in order), and what is still to be written."""

    def __init__(self, pid: int, sock: socket.socket):
        self.pid = pid
        self.sock = sock
        self.jobs: collections.deque[_Job] = collections.deque()
        self.outgoing = bytearray()
        self.incoming = bytearray()
        self.timer: asyncio.TimerHandle | None = None
        self.writing = False
        self.queued_bytes = 0

    def can_take(self, prefetch: int) -> bool:
        return not self.jobs or (len(self.jobs) < prefetch and self.queued_bytes < MAX_QUEUED_BYTES)


class ExtractionPool:
    """`await pool.extract(*args)` runs `function(*args)` in one of `workers` forked processes.

    Jobs are handed out in order to the worker with the fewest queued (at most `prefetch` each).
    A job's timeout counts from the moment its worker gets to it, not from when it was queued.
    """

    def __init__(self, workers: int = 0, timeout: float = 60.0, function=extract_page, prefetch: int = 16):
        self.workers = max(0, int(workers))
        self.timeout = timeout
        self.function = function           # extract_page; a test can pass a misbehaving one
        self.prefetch = max(1, int(prefetch))
        self._workers: list[_Worker] = []
        self._pending: collections.deque[_Job] = collections.deque()
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- processes -------------------------------------------------------------------------------
    def start(self) -> "ExtractionPool":
        """Fork the workers now (before the reactor starts threads)."""
        while len(self._workers) < self.workers:
            self._workers.append(self._fork())
        return self

    def _fork(self) -> _Worker:
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        for sock in (parent, child):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _SOCKET_BUFFER)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _SOCKET_BUFFER)
        pid = os.fork()
        if pid == 0:   # the worker
            code = 0
            try:
                parent.close()
                for other in self._workers:
                    other.sock.close()
                _die_with_parent()
                _serve(child, self.function)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        child.close()
        parent.setblocking(False)
        worker = _Worker(pid, parent)
        if self._loop is not None and not self._loop.is_closed():
            self._loop.add_reader(parent.fileno(), self._on_readable, worker)
        return worker

    def _attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Watch the workers' sockets from `loop` (the crawler's, or a test's asyncio.run)."""
        if self._loop is not None and not self._loop.is_closed():
            for worker in self._workers:
                self._loop.remove_reader(worker.sock.fileno())
                self._loop.remove_writer(worker.sock.fileno())
        self._loop = loop
        for worker in self._workers:
            worker.writing = False
            loop.add_reader(worker.sock.fileno(), self._on_readable, worker)

    def _stop(self, worker: _Worker, grace: float = 0.0) -> None:
        """Stop watching `worker`, close its socket (it exits on its own) and kill it after `grace` s."""
        if worker.timer is not None:
            worker.timer.cancel()
            worker.timer = None
        if self._loop is not None and not self._loop.is_closed():
            self._loop.remove_reader(worker.sock.fileno())
            self._loop.remove_writer(worker.sock.fileno())
        worker.sock.close()
        deadline = time.monotonic() + grace
        try:
            while time.monotonic() < deadline:
                if os.waitpid(worker.pid, os.WNOHANG)[0]:
                    return
                time.sleep(0.01)
            os.kill(worker.pid, signal.SIGKILL)
            os.waitpid(worker.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass

    def _replace(self, worker: _Worker, error: str) -> None:
        """Kill `worker`, fail its current job with `error`, and give its other jobs to a new worker."""
        self._stop(worker)
        if worker.jobs:
            job = worker.jobs.popleft()
            if not job.future.done():
                job.future.set_exception(ExtractionFailed(error))
        self._pending.extendleft(reversed(worker.jobs))
        worker.jobs.clear()
        self._workers[self._workers.index(worker)] = self._fork()
        self._dispatch()

    # -- event loop side -------------------------------------------------------------------------
    async def extract(self, *args):
        """`function(*args)` in a worker (NotAnArticle and other exceptions propagate), or in-process."""
        if not self._workers:
            return self.function(*args)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return self.function(*args)
        if loop is not self._loop:
            self._attach(loop)
        job = _Job(args, loop.create_future())
        self._pending.append(job)
        self._dispatch()
        return await job.future

    def _dispatch(self) -> None:
        while self._pending:
            worker = min(self._workers, key=lambda w: len(w.jobs))
            if not worker.can_take(self.prefetch):
                return
            job = self._pending.popleft()
            if job.future.done():    # cancelled while it waited (the crawl is closing)
                continue
            payload = pickle.dumps(job.args, protocol=pickle.HIGHEST_PROTOCOL)
            job.size = len(payload)
            worker.queued_bytes += job.size
            worker.outgoing += _HEADER.pack(len(payload))
            worker.outgoing += payload
            worker.jobs.append(job)
            if len(worker.jobs) == 1:
                self._started(worker)
            self._write(worker)

    def _started(self, worker: _Worker) -> None:
        """The worker's first job is the one it works on now: its timeout starts."""
        if worker.timer is not None:
            worker.timer.cancel()
            worker.timer = None
        if worker.jobs:
            job = worker.jobs[0]
            worker.timer = self._loop.call_later(self.timeout, self._on_timeout, worker, job)

    def _write(self, worker: _Worker) -> None:
        try:
            while worker.outgoing:
                sent = worker.sock.send(worker.outgoing)
                del worker.outgoing[:sent]
        except (BlockingIOError, InterruptedError):
            pass
        except OSError:       # the worker is gone; its reader sees the end of the socket
            worker.outgoing.clear()
        if worker.outgoing and not worker.writing:
            worker.writing = True
            self._loop.add_writer(worker.sock.fileno(), self._on_writable, worker)
        elif not worker.outgoing and worker.writing:
            worker.writing = False
            self._loop.remove_writer(worker.sock.fileno())

    def _on_writable(self, worker: _Worker) -> None:
        self._write(worker)

    def _on_readable(self, worker: _Worker) -> None:
        try:
            data = worker.sock.recv(_SOCKET_BUFFER)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            url = worker.jobs[0].args[-1] if worker.jobs else None
            logger.warning("an extraction worker died on %s; starting another one", url)
            self._replace(worker, "extraction worker crashed")
            return
        worker.incoming += data
        done = False
        while len(worker.incoming) >= _HEADER.size:
            size = _HEADER.unpack_from(worker.incoming)[0]
            end = _HEADER.size + size
            if len(worker.incoming) < end:
                break
            payload = bytes(worker.incoming[_HEADER.size:end])
            del worker.incoming[:end]
            job = worker.jobs.popleft()
            worker.queued_bytes -= job.size
            done = True
            if job.future.done():
                continue
            try:
                ok, value = pickle.loads(payload)
            except Exception as exc:
                ok, value = False, ExtractionFailed(f"unreadable result from the worker: {exc}")
            if ok:
                job.future.set_result(value)
            else:
                job.future.set_exception(value)
        if done:
            self._started(worker)
            self._dispatch()

    def _on_timeout(self, worker: _Worker, job: _Job) -> None:
        worker.timer = None
        if worker not in self._workers or not worker.jobs or worker.jobs[0] is not job:
            return
        logger.warning("extraction of %s took over %.0f s; restarting its worker", job.args[-1], self.timeout)
        self._replace(worker, f"extraction took over {self.timeout:.0f} s")

    def close(self) -> None:
        workers, self._workers = self._workers, []
        for worker in workers:
            self._stop(worker, grace=2.0)
            for job in worker.jobs:
                if not job.future.done() and not job.future.get_loop().is_closed():
                    job.future.set_exception(ExtractionFailed("extraction pool closed"))
        for job in self._pending:
            if not job.future.done() and not job.future.get_loop().is_closed():
                job.future.set_exception(ExtractionFailed("extraction pool closed"))
        self._pending.clear()


# The crawler process's pool, started by scrapers.run; spiders used elsewhere (tests) extract in-process.
POOL = ExtractionPool(0)
