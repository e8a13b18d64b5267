"""scan.Folded and scan.Cue find exactly what the plain patterns find, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from extract.document import _country_cues
from extract.scan import Cue, Folded, fold_pattern, lowered

# Words the cue patterns look for, mixed with near misses, so random texts hit and miss.
WORDS = ["Labor", "labor", "Labour", "AEC", "aAEC", "Democrat", "Democratic", "Liberal Democrat",
         "Social Democrat", "NZ First", "riding", "ridings", "TDs", "MPs", "won", "WON", "Won", "new MP",
         "held", "unheld", "İstanbul", "ß", "2CP", "x2CP", "Dáil", "DÁIL", ",", ".", "\n", " "]
texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


@pytest.mark.parametrize("src, expected", [
    (r"\bWon\b", r"\bwon\b"),
    (r"New\s+MP", r"new\s+mp"),
    (r"(?P<Q>Just)\S+\W\B", r"(?P<Q>just)\S+\W\B"),
    (r"(?P=Q)[A-Z]", r"(?P=Q)[a-z]"),
])
def test_fold_pattern_keeps_escapes_and_group_names(src, expected):
    assert fold_pattern(src) == expected


@pytest.mark.parametrize("text", ["Won", "İstanbul won", "STRASSE", "ǅemal", ""])
def test_lowered_keeps_offsets(text):
    assert len(lowered(text)) == len(text)


CASELESS = [r"won|win|held|hold|new\s+MP", r"\b(?:Labor|Democrat(?:ic)?)\b", r"(?P<q>riding)s?\b"]


@pytest.mark.parametrize("src", CASELESS)
@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_folded_matches_what_ignorecase_matches(src, text):
    plain = [m.span() for m in re.compile(src, re.I).finditer(text)]
    assert [m.span() for m in Folded(src).finditer(lowered(text))] == plain


@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_country_cues_match_what_their_patterns_match(text):
    for _, cue in _country_cues()[1]:
        assert [m.span() for m in cue.finditer(text)] == [m.span() for m in cue.full.finditer(text)]


def test_cue_scans_for_the_literal_after_leading_tests():
    cue = Cue(r"(?<!Liberal )(?<!Social )\bDemocrat(?:ic)?\b")
    assert cue.scan is not None and cue.scan.pattern == r"Democrat(?:ic)?\b"
    text = "Liberal Democrat, Democratic, aDemocrat, Social Democrat, Democrat"
    assert [m.group() for m in cue.finditer(text)] == ["Democratic", "Democrat"]


def _fixture_lines():
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "fixtures"
    from extract.load import decode      # fixtures come in any encoding (b8-guildford is windows-1252)
    return [line for p in sorted(root.glob("*.txt")) for line in decode(p.read_bytes(), p.name)[0].splitlines()]


def test_gate_words_are_in_every_match_of_their_pattern():
    """A keyword gate may only skip text its pattern could not match: every match holds a gate word."""
    from extract.clauses import cues
    from extract.headings import PLACE_PATTERN_WORDS, PLACE_PATTERNS, WON_PLACE, WON_PLACE_WORDS
    from extract.seats import _ANY_KIND, _KIND_WORDS
    gated = list(zip(PLACE_PATTERNS, PLACE_PATTERN_WORDS)) + [(WON_PLACE, WON_PLACE_WORDS),
                                                               (cues()["majority_before"], cues()["majority_words"])]
    caseless = [(cues()["context_trap"].pattern, cues()["context_trap_words"])]
    lines = _fixture_lines()
    hits = 0
    for pattern, words in gated:
        for line in lines:
            for m in pattern.finditer(line):
                hits += 1
                assert words.any_in(m.group().lower()), (pattern.pattern[:40], m.group())
    for pattern, words in caseless:       # folded patterns run on lowered text
        for line in lines:
            for m in pattern.finditer(line.lower()):
                hits += 1
                assert words.any_in(m.group()), (pattern.pattern[:40], m.group())
    for line in lines:
        m = _ANY_KIND.search(line.lower())
        if m:
            hits += 1
            assert _KIND_WORDS.any_in(m.group()), m.group()
    assert hits > 100
