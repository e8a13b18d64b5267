"""Worker processes for ``run``: extraction in parallel, results back in path order.

Each worker process warms the pipeline once (spaCy and the gazetteers load on a tiny
article), then extracts the paths it is handed and sends back one JSON line per article
as soon as that article is done. The parent, in ``ordered_results``:

1. hands out chunks of ``CHUNK_ARTICLES`` paths, never more than ``REORDER_WINDOW``
   articles ahead of the oldest unfinished one;
2. yields results strictly in path order (a reorder buffer), whatever the number of workers;
3. when a worker dies (killed, out of memory, a crash in C code), turns the article it was
   on into a ``WorkerCrashError`` line, puts the rest of its chunk back and starts a new worker;
4. when an article runs past its time limit, kills that worker and does the same with an
   ``ArticleTimeoutError`` line;
5. replaces each worker after ``WORKER_MAX_ARTICLES`` (a Pool's ``maxtasksperchild``).

Why not ``multiprocessing.Pool`` or ``ProcessPoolExecutor``: a Pool waits forever for a task
whose worker died, an executor marks every pending task broken, and neither can stop one
slow task. Why not spaCy's ``nlp.pipe(n_process=...)``: our pipeline is not one spaCy call,
and it would rebuild the pipeline in each process for every call.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

from . import settings
from .errors import ArticleTimeoutError, WorkerCrashError, WorkerStartError
from .load import human_size

__all__ = ["Limits", "Outcome", "ordered_results", "article_outcome", "source_name", "error_outcome"]

log = logging.getLogger(__name__)

# "fork" where the platform has it: a worker starts in milliseconds and inherits the parent's
# state (the parent itself never loads spaCy). Elsewhere "spawn" re-imports the package.
START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"

# How often (seconds) the parent checks time limits while waiting, and an idle worker checks
# that its parent is still alive (so workers of a killed run do not linger).
POLL_S = 0.5

# A page that runs every step (HTML, prose with figures), so a worker has built the spaCy
# matchers and gazetteers before its first article. dateparser (~0.35 s) is left to load on
# the first free-text date: a run of plain-text articles never needs it.
WARM_UP_PAGE = (b"<html><head><title>Bath result</title></head><body>"
                b"<p>Labour's Jane Smith won Bath with 12,345 votes (45.6%), a majority of 1,234. "
                b"Turnout was 67.8%.</p></body></html>")


@dataclass(frozen=True)
class Limits:
    """The tuned numbers of a run; tests pass small ones."""
    timeout_s: float = settings.ARTICLE_TIMEOUT_S
    timeout_s_per_mb: float = settings.ARTICLE_TIMEOUT_S_PER_MB
    max_articles: int = settings.WORKER_MAX_ARTICLES
    chunk: int = settings.CHUNK_ARTICLES
    window: int = settings.REORDER_WINDOW


@dataclass(frozen=True)
class Outcome:
    """One article's result as the parent needs it: the JSON line and what the summary counts."""
    position: int
    line: str           # the ArticleResult as JSON, without the newline
    error: bool
    contests: int = 0
    candidates: int = 0


def source_name(path: str | Path, root: Optional[str | Path]) -> str:
    """The record's ``source``: the path relative to the folder given to ``run``.

    >>> source_name("/data/a/b.txt", "/data"), source_name("b.txt", None)
    ('a/b.txt', 'b.txt')
    """
    return str(Path(path).relative_to(root)) if root else str(path)


def error_outcome(position: int, source: str, message: str) -> Outcome:
    from .records import ArticleResult
    line = ArticleResult(source=source, status="error", error=message).model_dump_json()
    return Outcome(position, line, True)


def article_outcome(position: int, path: str, root: Optional[str], max_bytes: int) -> Outcome:
    """Extract one article; never raises (an unexpected exception becomes its error line)."""
    from . import pipeline  # looked up at call time, so tests can monkeypatch the extractor
    try:
        result = pipeline.extract_file(Path(path), Path(root) if root else None, max_bytes)
        line = result.model_dump_json()
    except Exception as exc:  # extract_file never raises by contract; if it does, only this article pays
        log.exception("extraction failed for %s", path)
        return error_outcome(position, source_name(path, root), f"{type(exc).__name__}: {exc}")
    return Outcome(position, line, result.status == "error", len(result.contests),
                   sum(len(c.candidates) for c in result.contests))


def warm_up() -> None:
    from . import pipeline
    page = pipeline.article_from_bytes(WARM_UP_PAGE, "warm-up.html")
    pipeline.extract_results(page.text, title=page.title, published=page.published)


def _serve(conn, root: Optional[str], max_bytes: int, parent_pid: int) -> None:
    """A worker's life: warm up, then extract chunks until told to stop or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    try:
        warm_up()
    except Exception as exc:
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready",))
    try:
        while True:
            while not conn.poll(POLL_S):
                if os.getppid() != parent_pid:
                    return          # the run was killed: nobody will read our results
            chunk = conn.recv()
            if chunk is None:
                return
            for position, path in chunk:
                conn.send(("done", article_outcome(position, path, root, max_bytes)))
    except (EOFError, OSError):     # the parent went away mid-conversation
        return


class _Worker:
    def __init__(self, ctx, root: Optional[str], max_bytes: int):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, root, max_bytes, os.getpid()),
                                name="election-extract-worker", daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.pending: deque[tuple[int, str]] = deque()   # handed out, not yet answered, in order
        self.since = time.monotonic()                    # when the article at pending[0] started
        self.done = 0

    def stop(self, grace_s: float = 1.0) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(grace_s)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()

    def death(self) -> str:
        self.proc.join(1.0)
        code = self.proc.exitcode
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            hint = " (often the system running out of memory)" if name == "SIGKILL" else ""
            return f"killed by {name}{hint}"
        return f"exit code {code}"


def ordered_results(paths: Sequence[str], root: Optional[str], max_bytes: int, jobs: int,
                    limits: Limits = Limits()) -> Iterator[Outcome]:
    """One ``Outcome`` per path, in the order of ``paths``, from ``jobs`` worker processes."""
    if not paths:
        return
    ctx = multiprocessing.get_context(START_METHOD)
    workers = [_Worker(ctx, root, max_bytes) for _ in range(max(1, min(jobs, len(paths))))]
    buffer: dict[int, Outcome] = {}
    requeued: deque[list[tuple[int, str]]] = deque()
    next_new, next_out = 0, 0
    sizes: dict[int, int] = {}

    def next_chunk() -> Optional[list[tuple[int, str]]]:
        nonlocal next_new
        if requeued:
            return requeued.popleft()
        if next_new >= len(paths) or next_new >= next_out + limits.window:
            return None
        end = min(len(paths), next_new + limits.chunk)
        chunk = [(i, str(paths[i])) for i in range(next_new, end)]
        next_new = end
        return chunk

    def fail_current(w: _Worker, error: Exception) -> None:
        """The article ``w`` was on becomes an error line; the rest of its work goes back."""
        position, path = w.pending.popleft()
        log.warning("%s: %s", path, error)
        buffer[position] = error_outcome(position, source_name(path, root), str(error))
        if w.pending:
            requeued.appendleft(list(w.pending))
        w.pending.clear()

    def replace(w: _Worker) -> None:
        w.stop(grace_s=0)
        workers[workers.index(w)] = _Worker(ctx, root, max_bytes)

    def receive(w: _Worker, message) -> None:
        if message[0] == "failed":
            raise WorkerStartError(f"a worker process could not load the extraction pipeline: {message[1]}")
        if message[0] == "ready":
            w.ready, w.since = True, time.monotonic()
            return
        outcome: Outcome = message[1]
        position, _ = w.pending.popleft()
        assert position == outcome.position, (position, outcome.position)
        buffer[position] = outcome
        w.done += 1
        w.since = time.monotonic()

    def time_limit(position: int) -> float:
        if position not in sizes:
            try:
                sizes[position] = os.stat(paths[position]).st_size
            except OSError:
                sizes[position] = 0
        return limits.timeout_s + limits.timeout_s_per_mb * sizes[position] / (1 << 20)

    try:
        while next_out < len(paths):
            # 1. keep every ready worker fed with up to two chunks (up to its share, if it is to retire)
            for w in workers:
                while w.ready and len(w.pending) <= limits.chunk and w.done + len(w.pending) < limits.max_articles:
                    chunk = next_chunk()
                    if chunk is None:
                        break
                    try:
                        w.conn.send(chunk)
                    except OSError:             # it just died: step 2 sees that; the chunk waits
                        requeued.appendleft(chunk)
                        break
                    if not w.pending:
                        w.since = time.monotonic()
                    w.pending.extend(chunk)
            # 2. wait for results, deaths or the next time-limit check
            waitables = [w.conn for w in workers] + [w.proc.sentinel for w in workers]
            ready = set(multiprocessing.connection.wait(waitables, timeout=POLL_S))
            for w in list(workers):
                died = w.proc.sentinel in ready
                try:
                    while (w.conn in ready or died) and w.conn.poll():
                        receive(w, w.conn.recv())
                except (EOFError, OSError):
                    died = True
                if died:
                    if not w.ready:
                        raise WorkerStartError(f"a worker process died while starting ({w.death()})")
                    if w.pending:
                        fail_current(w, WorkerCrashError(
                            f"extraction crashed: the worker process died ({w.death()}) while reading "
                            "this article; the rest of the batch went on"))
                    replace(w)
            # 3. stop articles past their time limit; 4. recycle workers that did their share
            now = time.monotonic()
            for w in list(workers):
                # (an unread answer in the pipe means the article finished: never blame the next one)
                if w.pending and now - w.since > limits.timeout_s and not w.conn.poll():
                    position = w.pending[0][0]
                    limit = time_limit(position)
                    if now - w.since > limit:
                        w.proc.kill()
                        fail_current(w, ArticleTimeoutError(
                            f"extraction took longer than {limit:.0f} s and was stopped (the limit is "
                            f"{limits.timeout_s:.0f} s + {limits.timeout_s_per_mb:.0f} s per MB; "
                            f"this file is {human_size(sizes[position])})"))
                        replace(w)
                elif w.ready and not w.pending and w.done >= limits.max_articles:
                    replace(w)
            # 5. write out everything that is now in order
            while next_out in buffer:
                yield buffer.pop(next_out)
                next_out += 1
    finally:
        for w in workers:
            w.stop()
