"""The work behind the CLI: schema files and article text; batch runs live in ``batch.py``.

Kept apart from ``cli.py`` so the CLI stays argument parsing and exit codes, and so
this can be tested without argparse. Nothing here imports spaCy at import time: the
pipeline is imported inside the functions that extract.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Optional

from .batch import RunSummary, find_articles, find_articles_or_fail, run as run_batch
from .errors import ExtractError
from .records import SCHEMA_MODELS
from .settings import MAX_BYTES

__all__ = ["RunSummary", "find_articles", "find_articles_or_fail", "run_batch",
           "schema_files", "write_schemas", "stale_schemas", "read_article_text",
           "article_text_or_error"]

log = logging.getLogger(__name__)


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
