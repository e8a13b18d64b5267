"""The work behind the CLI: finding articles, batch extraction, schema files, article text.

Kept apart from ``cli.py`` so the CLI stays argument parsing and exit codes, and so
this can be tested without argparse. Nothing here imports spaCy at import time: the
pipeline is imported inside the functions that extract.
"""

from __future__ import annotations

import functools
import json
import logging
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional, TextIO

from .errors import ExtractError
from .evaluate import ARTICLE_SUFFIXES
from .records import SCHEMA_MODELS, ArticleResult
from .settings import MAX_BYTES

__all__ = ["RunSummary", "find_articles", "find_articles_or_fail", "extract_one", "iter_results", "run_batch",
           "schema_files", "write_schemas", "stale_schemas", "read_article_text",
           "article_text_or_error"]

log = logging.getLogger(__name__)

# Articles per task handed to a worker process: large enough that pickling and
# queueing cost little next to extraction, small enough to keep every worker busy.
CHUNKS_PER_WORKER = 4


@dataclass
class RunSummary:
    articles: int = 0
    contests: int = 0
    candidates: int = 0
    errors: int = 0
    seconds: float = 0.0

    def count(self, result: ArticleResult) -> None:
        self.articles += 1
        self.contests += len(result.contests)
        self.candidates += sum(len(c.candidates) for c in result.contests)
        self.errors += result.status == "error"

    def line(self) -> str:
        return (f"{self.articles} articles, {self.contests} contests, {self.candidates} candidates, "
                f"{self.errors} errors in {self.seconds:.2f} s")


def find_articles(root: Path) -> list[Path]:
    """Every .txt/.html/.htm under ``root`` in sorted path order, hidden folders skipped."""
    root = Path(root)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise NotADirectoryError(f"no such folder: {root}")
    found = [p for p in root.rglob("*")
             if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
             and not any(part.startswith(".") for part in p.relative_to(root).parts)]
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def extract_one(path: Path, root: Optional[Path] = None, max_bytes: int = MAX_BYTES) -> ArticleResult:
    """Worker for one file; module level so a process pool can pickle it."""
    from . import pipeline  # lazy: loads spaCy once per process
    return pipeline.extract_file(path, root, max_bytes=max_bytes)


def iter_results(paths: list[Path], root: Optional[Path], jobs: int = 1,
                 max_bytes: int = MAX_BYTES) -> Iterator[ArticleResult]:
    """Results in the order of ``paths``, from one process or a pool of ``jobs``."""
    work = functools.partial(extract_one, root=root, max_bytes=max_bytes)
    if jobs <= 1 or len(paths) <= 1:
        yield from map(work, paths)
        return
    chunksize = max(1, len(paths) // (jobs * CHUNKS_PER_WORKER))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(work, paths, chunksize=chunksize)


def find_articles_or_fail(root: Path) -> list[Path]:
    paths = find_articles(root)
    if not paths:
        raise FileNotFoundError(f"no articles ({', '.join(ARTICLE_SUFFIXES)}) under {root}")
    return paths


def run_batch(root: Path, out: TextIO, jobs: int = 1, max_bytes: int = MAX_BYTES,
              progress: Optional[Callable[[int, int, str], None]] = None,
              paths: Optional[list[Path]] = None) -> RunSummary:
    """Extract every article under ``root`` to ``out``, one JSON line each, flushed per line."""
    root = Path(root)
    paths = find_articles_or_fail(root) if paths is None else paths
    base = root.parent if root.is_file() else root
    summary, started = RunSummary(), time.perf_counter()
    for done, result in enumerate(iter_results(paths, base, jobs, max_bytes), start=1):
        out.write(result.model_dump_json() + "\n")
        out.flush()  # a reader tailing the file sees each article as it lands
        summary.count(result)
        if progress:
            progress(done, len(paths), result.source)
    summary.seconds = time.perf_counter() - started
    return summary


def schema_files() -> dict[str, str]:
    """File name -> JSON Schema text for each model in ``records.SCHEMA_MODELS``."""
    return {f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
            for name, model in SCHEMA_MODELS.items()}


def write_schemas(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_files().items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(out_dir: Path) -> list[str]:
    """Schema files in ``out_dir`` that are missing, differ from the models, or belong to no model."""
    out_dir = Path(out_dir)
    wanted = schema_files()
    stale = [name for name, text in wanted.items()
             if not (out_dir / name).is_file() or (out_dir / name).read_text(encoding="utf-8") != text]
    extra = [p.name for p in sorted(out_dir.glob("*.schema.json")) if p.name not in wanted]
    return stale + extra


def read_article_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The cleaned text extraction sees; raises ExtractError (or OSError) for a bad file."""
    from . import pipeline
    return pipeline.article_text(Path(path), max_bytes=max_bytes).text


def article_text_or_error(path: Path, max_bytes: int = MAX_BYTES) -> tuple[Optional[str], Optional[str]]:
    """(text, None) or (None, message): one bad file must not stop the others."""
    try:
        return read_article_text(path, max_bytes), None
    except (ExtractError, OSError) as exc:
        return None, str(exc)
    except Exception as exc:  # a cleaning bug: report it with its type, carry on with the next file
        log.debug("text failed for %s", path, exc_info=True)
        return None, f"{type(exc).__name__}: {exc}"
