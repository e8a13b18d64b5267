"""``run``: every article under a folder to one JSONL file, whatever the folder holds.

1. find     every .txt/.html/.htm under the folder, in sorted path order
2. resume   with ``--resume``, keep what the output already has        output.plan_resume
3. extract  in worker processes, results back in path order              workers.ordered_results
4. write    one line per article, each on disk as it lands               output.LineWriter
5. merge    when resuming wrote new lines after kept ones that sort later output.merge_runs

Every article gets exactly one line: a file that cannot be read, an exception inside the
extractor, a worker that crashes or an article that runs too long each become that
article's ``"status": "error"`` line, and the run goes on.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, TextIO, Union

from .errors import OutputFileError
from .evaluate import ARTICLE_SUFFIXES
from .output import LineWriter, OutputLock, merge_runs, plan_resume
from .settings import MAX_BYTES
from .workers import Limits, ordered_results, source_name

__all__ = ["ARTICLE_SUFFIXES", "RunSummary", "default_jobs", "find_articles", "find_articles_or_fail", "run"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class RunSummary:
    articles: int = 0        # lines written by this run
    contests: int = 0
    candidates: int = 0
    errors: int = 0
    seconds: float = 0.0
    skipped: int = 0         # --resume: articles already in the output, unchanged

    def count(self, error: bool, contests: int, candidates: int) -> None:
        self.articles += 1
        self.contests += contests
        self.candidates += candidates
        self.errors += error

    def line(self) -> str:
        text = (f"{self.articles} articles, {self.contests} contests, {self.candidates} candidates, "
                f"{self.errors} errors in {self.seconds:.2f} s")
        return text + (f"; {self.skipped} already done (--resume)" if self.skipped else "")


def default_jobs() -> int:
    """The CPUs this process may use (fewer than the machine's in a container or under taskset)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def find_articles(root: Path) -> list[Path]:
    """Every .txt/.html/.htm under ``root`` in sorted path order, hidden files and folders skipped."""
    root = Path(root)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise NotADirectoryError(f"no such folder: {root}")

    def unreadable(exc: OSError) -> None:
        log.warning("skipped folder %s: %s", exc.filename, (exc.strerror or str(exc)).lower())

    found = []
    for folder, dirs, files in os.walk(root, onerror=unreadable):   # does not follow symlinked folders
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(folder, f) for f in files
                  if not f.startswith(".") and f.lower().endswith(ARTICLE_SUFFIXES)
                  and os.path.isfile(os.path.join(folder, f))]
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def find_articles_or_fail(root: Path) -> list[Path]:
    paths = find_articles(root)
    if not paths:
        raise FileNotFoundError(f"no articles ({', '.join(ARTICLE_SUFFIXES)}) under {root}")
    return paths


def run(root: Path, output: Union[Path, str, TextIO], jobs: Optional[int] = None, max_bytes: int = MAX_BYTES,
        resume: bool = False, progress: Optional[Progress] = None, paths: Optional[list[Path]] = None,
        limits: Limits = Limits()) -> RunSummary:
    """Extract every article under ``root`` to ``output`` (a path, or a text stream such as stdout)."""
    root = Path(root)
    # 1. find
    paths = find_articles_or_fail(root) if paths is None else paths
    base = root.parent if root.is_file() else root
    sources = [source_name(p, base) for p in paths]
    to_file = isinstance(output, (str, Path)) and str(output) != "-"
    if resume and not to_file:
        raise OutputFileError("--resume needs an output file (-o FILE), not stdout")
    summary, started = RunSummary(), time.perf_counter()
    with OutputLock(Path(output)) if to_file else contextlib.nullcontext():
        # 2. resume
        plan = plan_resume(Path(output), sources, paths) if resume else None
        if plan:
            summary.skipped = len(plan.keep)
        writer = plan.open() if plan else LineWriter(Path(output)) if to_file else LineWriter(stream=output)
        todo = [i for i in range(len(paths)) if not plan or i not in plan.keep]
        # 3. extract and 4. write, in path order
        with writer:
            results = ordered_results([str(paths[i]) for i in todo], str(base), max_bytes,
                                      jobs or default_jobs(), limits)
            for done, outcome in enumerate(results, start=1):
                writer.write(outcome.line)
                summary.count(outcome.error, outcome.contests, outcome.candidates)
                if progress:
                    progress(done, len(todo), sources[todo[outcome.position]])
        # 5. merge
        if plan and plan.merge:
            merge_runs(Path(output), plan.kept_bytes, sources)
    summary.seconds = time.perf_counter() - started
    return summary
