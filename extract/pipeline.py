"""The recipe: one article in, one record out.

1. load     bytes -> str (encoding detection, size and binary checks)   load.py
2. clean    HTML -> story text, or text -> text without boilerplate     html.py / boilerplate.py
3. match    party, place, person and figure mentions                    nlp.py / numbers.py
4. assemble mentions -> contests, candidates, seat counts               assemble.py
5. validate pydantic records + sanity warnings                          records.py / checks.py
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from . import assemble, boilerplate, checks, load
from .errors import ExtractError
from .records import ArticleResult
from .settings import MAX_BYTES, SPACE_RUN_CAP

__all__ = ["Article", "article_text", "extract_results", "extract_file"]

log = logging.getLogger(__name__)
_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{%d,}" % (SPACE_RUN_CAP + 1))


@dataclass
class Article:
    text: str
    title: Optional[str] = None
    published: Optional[str] = None


def article_from_bytes(data: bytes, name: str = "", max_bytes: int = MAX_BYTES) -> Article:
    """Steps 1-2: the text the extraction sees (what ``election-extract text`` prints)."""
    raw, is_html = load.decode(data, name=name, max_bytes=max_bytes)
    if is_html:
        from . import html  # lazy: only HTML input pays for the HTML step
        page = html.html_to_article(raw)
        return Article(cap_spaces(page.text), page.title, page.published)
    return Article(cap_spaces(boilerplate.clean_text(raw)))


def cap_spaces(text: str) -> str:
    """Runs of spaces and tabs are cut to SPACE_RUN_CAP characters: wide-space tables still split
    into cells, and no pattern can be made to backtrack over an unbounded run.

    >>> cap_spaces("CROSBIE, Virginia" + " " * 40 + "9,953")
    'CROSBIE, Virginia        9,953'
    """
    return _SPACE_RUN.sub(lambda m: m.group()[:SPACE_RUN_CAP], text)


def article_text(path: Path, max_bytes: int = MAX_BYTES) -> Article:
    return article_from_bytes(load.read_bytes(Path(path), max_bytes), name=str(path), max_bytes=max_bytes)


def extract_results(text: str, source: str = "<text>", title: Optional[str] = None,
                    published: Optional[str] = None, sha256: Optional[str] = None,
                    spaces_capped: bool = False) -> ArticleResult:
    """Steps 3-5 on already-cleaned article text (``spaces_capped``: article_from_bytes did cap_spaces)."""
    if not spaces_capped:
        text = cap_spaces(text)
    year = int(published[:4]) if published and published[:4].isdigit() else None
    contests, seat_counts = assemble.assemble(text, year)
    result = ArticleResult(source=source, sha256=sha256, title=title, published=published,
                           contests=contests, seat_counts=seat_counts)
    result.warnings = checks.warnings(result)
    return result


def extract_file(path: Path, root: Optional[Path] = None, max_bytes: int = MAX_BYTES) -> ArticleResult:
    """One file to one record; any failure becomes that file's error record."""
    path = Path(path)
    source = str(path.relative_to(root)) if root else str(path)
    sha = None
    try:
        data = load.read_bytes(path, max_bytes)
        sha = hashlib.sha256(data).hexdigest()
        art = article_from_bytes(data, name=str(path), max_bytes=max_bytes)
        return extract_results(art.text, source=source, title=art.title, published=art.published,
                               sha256=sha, spaces_capped=True)
    except ExtractError as exc:
        return ArticleResult(source=source, sha256=sha, status="error", error=str(exc))
    except Exception as exc:  # one bad article must not stop a batch: record it, with its type
        log.exception("extraction failed for %s", source)
        return ArticleResult(source=source, sha256=sha, status="error",
                             error=f"{type(exc).__name__}: {exc}")
