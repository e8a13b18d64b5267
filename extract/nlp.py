"""Party and place mentions, found with spaCy PhraseMatchers built once per process.

Three matchers are built from the gazetteers in ``data/``: case-sensitive party codes
("C", "LD", "SNP"), case-insensitive party names, and case-insensitive place names.

Docs are made with a one-regex tokenizer instead of spaCy's rule tokenizer: matching
phrases only needs consistent tokens on both sides, and this is ~8x faster. Words that
no pattern contains become a placeholder, so the vocabulary (spaCy's StringStore)
stops growing on long streams of articles (spaCy issue 5083).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["Mention", "mentions", "pipeline", "tokens"]

# Words and single punctuation marks; "Labour's" -> "Labour", "'", "s" on both sides.
# A newline is a token too, so no phrase matches across lines.
_TOKEN = re.compile(r"\w+|[^\w\s]|\n")
_PLACEHOLDER = "\u2400"


@dataclass(frozen=True)
class Mention:
    label: str        # "PARTY" or "PLACE"
    start: int        # character offsets in the text
    end: int
    text: str
    canonical: str
    bracket_only: bool = False   # a code or ambiguous word safe only in brackets / cells


def tokens(text: str) -> list[tuple[int, int]]:
    """Token offsets.

    >>> [("Labour's (C)"[a:b]) for a, b in tokens("Labour's (C)")]
    ['Labour', "'", 's', '(', 'C', ')']
    """
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


@functools.lru_cache(maxsize=1)
def pipeline():
    """The vocabulary and matchers; built once per process (never per article)."""
    import spacy
    from spacy.matcher import PhraseMatcher

    from .gazetteer import NATIONS, parties, places

    nlp = spacy.blank("en")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    place_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    info: dict[str, tuple[str, bool]] = {}
    known_exact: set[str] = set()
    known_lower: set[str] = set()

    def pattern(text: str, case: bool):
        words = [text[a:b] for a, b in tokens(text)]
        (known_exact.update if case else known_lower.update)(w if case else w.lower() for w in words)
        return _doc(nlp.vocab, words)

    for alias, canonical, context, case_sensitive in parties().aliases():
        key = f"P{len(info)}"
        info[key] = (canonical, context not in (None, "", "any"))
        (exact if case_sensitive else folded).add(key, [pattern(alias, case_sensitive)])
    for i, (spelling, name) in enumerate(places().spellings()):
        if spelling != name and places().region(name) in NATIONS:
            continue        # (a UK seat's variants serve look-ups; in running text they are a local party's name too:
        key = f"L{i}"       # "Thirsk & Malton Liberal Democrats")
        info[key] = (name, False)    # (abroad, every spelling: "Cork North Central", "Gaillimh Thiar" for Galway West)
        place_matcher.add(key, [pattern(spelling, False)])
    return nlp, (exact, folded, place_matcher), info, (frozenset(known_exact), frozenset(known_lower))


def _doc(vocab, words: list[str]):
    from spacy.tokens import Doc
    return Doc(vocab, words=words, spaces=[False] * len(words))


def _longest(spans: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping matches ("Liberal Democrats" over "Liberal")."""
    spans.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in spans:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def mentions(text: str) -> tuple[list[Mention], list[Mention]]:
    """(party mentions, place mentions) in ``text``, non-overlapping, in order."""
    from .gazetteer import parties

    nlp, (exact, folded, place_matcher), info, (known_exact, known_lower) = pipeline()
    offsets = tokens(text)
    words = []
    for a, b in offsets:
        w = text[a:b]
        words.append(w if w in known_exact or w.lower() in known_lower else _PLACEHOLDER)
    doc = _doc(nlp.vocab, words)
    gaz = parties()
    parties_found, places_found = [], []
    strings = nlp.vocab.strings
    for matcher, label, bucket in ((exact, "PARTY", parties_found), (folded, "PARTY", parties_found),
                                   (place_matcher, "PLACE", places_found)):
        # (identical spans of several aliases - "National" in Australia and New Zealand - keep file order,
        # so that which one wins never depends on how many aliases the file has)
        for key, s, e in sorted(matcher(doc), key=lambda m: (m[1], -m[2], int(strings[m[0]][1:]))):
            start, end = offsets[s][0], offsets[e - 1][1]
            canonical, bracket_only = info[strings[key]]
            span_text = text[start:end]
            if label == "PLACE" and not span_text[:1].isupper():
                continue                # "rugby administrator", "reading the result": not Rugby or Reading
            if label == "PARTY":
                # An alias shared by several countries ("Greens") resolves the default way.
                canonical = gaz.canonical(span_text) or canonical
            bucket.append(Mention(label, start, end, span_text, canonical, bracket_only))
    return _longest(parties_found), _longest(places_found)
