"""Cue patterns that the regex engine can scan for quickly.

Python's ``re`` skips ahead fast only when a pattern starts with case-sensitive literal
text; ``re.IGNORECASE`` folds every character it compares, and a leading ``\\b`` or
look-behind turns the prefix scan off. Measured on 3 KB articles, a 40-word cue list runs
about 8x faster on lowered text with a lowered pattern than with ``re.I``, and a ``\\bWord``
cue about 40x faster when the ``\\b`` is checked after a literal scan. Same matches either way.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

__all__ = ["lowered", "fold_pattern", "Folded", "Cue", "Words"]


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so offsets carry over ('İ' lowers to two chars)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


_TOKEN = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|.", re.S)


def fold_pattern(src: str) -> str:
    r"""A case-insensitive pattern rewritten to match lowered text case-sensitively.

    Escapes (``\S``, ``\W``, ``\B``) and group names keep their case.

    >>> fold_pattern(r"(?P<Q>New\s+MP|\bWon\b)\S")
    '(?P<Q>new\\s+mp|\\bwon\\b)\\S'
    """
    return "".join(t if t.startswith(("\\", "(?P")) else t.lower() for t in _TOKEN.findall(src))


class Folded:
    """A case-insensitive pattern run on lowered text (``Doc.low`` or ``lowered(s)``)."""

    def __init__(self, src: str, flags: int = 0):
        self.pattern = re.compile(fold_pattern(src), flags & ~re.I)

    def search(self, low: str, pos: int = 0, endpos: Optional[int] = None) -> Optional[re.Match]:
        return self.pattern.search(low, pos, len(low) if endpos is None else endpos)

    def finditer(self, low: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator[re.Match]:
        return self.pattern.finditer(low, pos, len(low) if endpos is None else endpos)


# Zero-width tests at the front of a pattern: "\b", "(?<!Liberal )", "(?<=\d)".
_LEADING_TESTS = re.compile(r"^(?:\\b|\(\?<[=!](?:[^()\\]|\\.)*\))+")


class Cue:
    """A case-sensitive pattern whose leading ``\\b`` / look-behinds are checked after a fast
    scan for the literal text that follows them."""

    def __init__(self, src: str):
        self.full = re.compile(src)
        core = _LEADING_TESTS.sub("", src)
        self.scan = re.compile(core) if core != src and core else None

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator[re.Match]:
        endpos = len(text) if endpos is None else endpos
        if self.scan is None:
            yield from self.full.finditer(text, pos, endpos)
            return
        while True:
            m = self.scan.search(text, pos, endpos)
            if m is None:
                return
            hit = self.full.match(text, m.start(), endpos)
            if hit:
                yield hit
                pos = max(hit.end(), hit.start() + 1)
            else:
                pos = m.start() + 1


class Words:
    """Keywords one of which every match of some pattern contains: a cheap test that lets a
    sentence without any of them skip the pattern. One literal alternation on lowered text
    (the engine scans for the first letters) beats a loop of substring tests."""

    def __init__(self, words):
        self.words = tuple(words)
        self._any = re.compile("|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True)))

    def any_in(self, low: str, pos: int = 0, endpos: Optional[int] = None) -> bool:
        return self._any.search(low, pos, len(low) if endpos is None else endpos) is not None
