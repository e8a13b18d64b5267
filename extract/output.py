"""The JSONL file ``run`` writes: whole lines only, and what ``--resume`` keeps of it.

Each line goes out with one ``os.write`` to a file opened for appending, so a run killed at
any moment leaves complete lines behind. Only a record longer than the kernel writes in one
go (megabytes), hit by SIGKILL mid-write, can be cut short; ``--resume`` drops that partial
last line.

``--resume`` (``plan_resume`` then ``ResumePlan.open``):

1. scan the old file: each complete line that parses as a record, with its byte offsets;
2. keep the ``ok`` lines whose file is still in the folder with the same sha256 (error
   lines are retried: the file may have been fixed, or ``--max-bytes`` raised);
3. when the file is exactly the kept lines in path order and all the rest sorts after them,
   cut a partial last line and append (the usual case after a kill);
4. otherwise write the kept lines in path order to a temp file and rename it over the
   output; the new lines are appended, and ``merge_runs`` then merges the two sorted runs
   the same way. A kill during either step leaves the previous file whole.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Sequence, TextIO

from .errors import OutputFileError

__all__ = ["LineWriter", "OutputLock", "OldLine", "ResumePlan", "scan", "plan_resume", "merge_runs", "file_sha256"]

log = logging.getLogger(__name__)


class OutputLock:
    """Held for a whole run: a second run into the same file stops instead of interleaving lines.

    A lock file ``FILE.lock`` beside the output carries the lock (the output itself is
    replaced during --resume). The OS drops the lock when the run dies, so a lock file
    left by a killed run is no obstacle.
    """

    def __init__(self, path: Path):
        self.output = Path(path)
        self.path = self.output.with_name(self.output.name + ".lock")
        self.fd: Optional[int] = None

    def __enter__(self) -> "OutputLock":
        try:
            import fcntl
        except ImportError:       # not POSIX: no lock, as before
            return self
        try:
            self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o666)
        except OSError as exc:
            raise OutputFileError(f"cannot write {self.output}: {(exc.strerror or str(exc)).lower()}") from None
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            self.fd = None
            raise OutputFileError(f"another election-extract run is writing {self.output}; "
                                  "wait for it to finish or stop it first") from None
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            try:
                os.unlink(self.path)
            except OSError:
                pass
            os.close(self.fd)
            self.fd = None


class LineWriter:
    """Writes whole lines, each reaching the file (or stdout) before the next is made."""

    def __init__(self, path: Optional[Path] = None, append: bool = False, stream: Optional[TextIO] = None):
        self.stream = stream
        self.fd: Optional[int] = None
        if stream is None:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self.fd = os.open(path, flags, 0o666)

    def write(self, line: str) -> None:
        if self.stream is not None:
            self.stream.write(line + "\n")
            self.stream.flush()      # a reader of the pipe sees each article as it lands
            return
        data = memoryview((line + "\n").encode("utf-8"))
        while data:                  # one write per line; a short write only for huge lines
            data = data[os.write(self.fd, data):]

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> "LineWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass(frozen=True)
class OldLine:
    source: str
    sha256: Optional[str]
    ok: bool
    start: int          # byte offsets of the line, newline included, in the old file
    end: int


@dataclass
class Scan:
    lines: list[OldLine] = field(default_factory=list)
    bad: int = 0                 # complete lines that are not records
    partial: bool = False        # the file ends in the middle of a line


def scan(path: Path) -> Scan:
    """Every complete record line of an output file, with its offsets."""
    found, offset = Scan(), 0
    with open(path, "rb") as fh:
        for raw in fh:
            start, offset = offset, offset + len(raw)
            if not raw.endswith(b"\n"):
                found.partial = True
                break
            try:
                record = json.loads(raw)
                found.lines.append(OldLine(record["source"], record.get("sha256"),
                                           record.get("status") == "ok", start, offset))
            except (ValueError, KeyError, TypeError):
                found.bad += 1
    return found


def file_sha256(path: Path) -> Optional[str]:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None        # gone or unreadable: it will be extracted (to its error line) again


@dataclass
class ResumePlan:
    """What an interrupted run already did, and how to go on writing its output."""
    path: Path
    keep: dict[int, OldLine] = field(default_factory=dict)   # position -> line already done
    rewrite: bool = False        # the kept lines must be rewritten (order, drops) before appending
    merge: bool = False          # some new line sorts before a kept one: merge when done
    cut_at: Optional[int] = None # append mode: size to cut the file to (drops a partial line)
    kept_bytes: int = 0          # size of the kept run once rewritten

    def open(self) -> LineWriter:
        """The writer for the new lines, after cutting or rewriting the old file."""
        if not self.keep and (self.rewrite or self.cut_at is not None):
            return LineWriter(self.path)                  # nothing worth keeping: start afresh
        if self.rewrite:
            tmp = _tmp(self.path)
            with open(self.path, "rb") as old, open(tmp, "wb") as new:
                for position in sorted(self.keep):
                    line = self.keep[position]
                    old.seek(line.start)
                    new.write(old.read(line.end - line.start))
                new.flush()
                os.fsync(new.fileno())
            os.replace(tmp, self.path)
            self.kept_bytes = self.path.stat().st_size
        elif self.cut_at is not None:
            os.truncate(self.path, self.cut_at)
        return LineWriter(self.path, append=True)


def plan_resume(path: Path, sources: Sequence[str], paths: Sequence[Path]) -> ResumePlan:
    """Which articles an earlier run of the same folder already wrote to ``path``."""
    path = Path(path)
    plan = ResumePlan(path)
    if not path.exists():
        return plan
    old = scan(path)
    if old.bad and not old.lines:
        raise OutputFileError(f"{path} is not election-extract output (no line is a record); "
                              "refusing to --resume into it: move it away or run without --resume")
    position_of = {source: i for i, source in enumerate(sources)}
    candidates: dict[int, OldLine] = {}
    for line in old.lines:
        position = position_of.get(line.source)
        if position is not None and line.ok and line.sha256:
            candidates[position] = line          # a later duplicate wins
    for position, line in candidates.items():
        if file_sha256(paths[position]) == line.sha256:
            plan.keep[position] = line
    kept_in_order = [plan.keep[p] for p in sorted(plan.keep)]
    todo_first = next((i for i in range(len(sources)) if i not in plan.keep), None)
    tail_only = todo_first is None or not plan.keep or todo_first > max(plan.keep)
    if old.lines == kept_in_order and not old.bad and tail_only:
        if old.partial:
            plan.cut_at = old.lines[-1].end if old.lines else 0
            log.warning("%s: dropped a partial last line (the previous run was stopped while writing it)", path)
    else:
        plan.rewrite = True
        plan.merge = not tail_only
    dropped = len(old.lines) - len(plan.keep)
    if dropped or old.bad:
        log.info("%s: %d lines kept, %d to redo (changed, failed, duplicated or no longer in the folder), "
                 "%d unreadable lines dropped", path, len(plan.keep), dropped, old.bad)
    return plan


def merge_runs(path: Path, split: int, sources: Sequence[str]) -> None:
    """Merge the two sorted runs of ``path`` (bytes before ``split``, and after) into path order."""
    position_of = {source: i for i, source in enumerate(sources)}

    def key(raw: bytes) -> int:
        return position_of.get(json.loads(raw)["source"], len(position_of))

    tmp = _tmp(path)
    with open(path, "rb") as first, open(path, "rb") as second, open(tmp, "wb") as out:
        second.seek(split)
        out.writelines(heapq.merge(_until(first, split), second, key=key))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def _until(fh, stop: int) -> Iterator[bytes]:
    while fh.tell() < stop:
        yield fh.readline()


def _tmp(path: Path) -> Path:
    return path.with_name(path.name + ".tmp")
