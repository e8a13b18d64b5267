"""Party and place mentions, found with spaCy PhraseMatchers built once per process.

A blank English tokenizer (no statistical model) plus three matchers built from
the gazetteers in ``data/``: case-sensitive party codes ("C", "LD", "SNP"),
case-insensitive party names, and case-insensitive place names.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

__all__ = ["Mention", "mentions", "pipeline"]


@dataclass(frozen=True)
class Mention:
    label: str        # "PARTY" or "PLACE"
    start: int        # character offsets in the text
    end: int
    text: str
    canonical: str
    bracket_only: bool = False   # a code or ambiguous word safe only in brackets / cells


@functools.lru_cache(maxsize=1)
def pipeline():
    """The tokenizer and matchers; built once per process (never per article)."""
    import spacy
    from spacy.matcher import PhraseMatcher

    from .gazetteer import parties, places

    nlp = spacy.blank("en")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    place_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    info: dict[str, tuple[str, bool]] = {}
    for alias, canonical, context, case_sensitive in parties().aliases():
        key = f"P{len(info)}"
        info[key] = (canonical, context not in (None, "", "any"))
        (exact if case_sensitive else folded).add(key, [nlp.make_doc(alias)])
    for i, name in enumerate(places().names()):
        key = f"L{i}"
        info[key] = (places().canonical(name) or name, False)
        place_matcher.add(key, [nlp.make_doc(name)])
    return nlp, (exact, folded, place_matcher), info


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
    nlp, (exact, folded, place_matcher), info = pipeline()
    doc = nlp.make_doc(text)
    parties_found, places_found = [], []
    vocab = nlp.vocab.strings
    from .gazetteer import parties
    gaz = parties()
    for matcher, label, bucket in ((exact, "PARTY", parties_found), (folded, "PARTY", parties_found),
                                   (place_matcher, "PLACE", places_found)):
        for key, s, e in matcher(doc):
            span = doc[s:e]
            canonical, bracket_only = info[vocab[key]]
            if label == "PARTY":
                # An alias shared by several countries ("Greens") resolves the default way.
                canonical = gaz.canonical(span.text) or canonical
            bucket.append(Mention(label, span.start_char, span.end_char, span.text, canonical, bracket_only))
    return _longest(parties_found), _longest(places_found)
