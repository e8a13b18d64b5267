"""Labelled fixtures, one test per file; the accuracy floor; the evidence rule.

The evidence rule is the product's promise: every snippet is verbatim at its
offsets in the text `election-extract text` prints, and every figure is written
in one of its record's snippets. It is checked on fixtures/ and, when present,
on ../shared/devset (whose labels are not ours to tune to).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from extract import pipeline
from extract.evaluate import (ARTICLE_SUFFIXES, below_floors, evaluate_dir, read_floors,
                              read_label, score_article, FLOORS_FILE)
from extract.records import ArticleResult

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
DEVSET = REPO.parent / "shared" / "devset"


def _articles(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)


def _labelled(folder: Path) -> list[tuple[Path, dict]]:
    pairs = []
    for article in _articles(folder):
        label_path = article.with_suffix(".json")
        label = read_label(label_path) if label_path.is_file() else None
        if label is not None:
            pairs.append((article, label))
    return pairs


@functools.lru_cache(maxsize=None)
def _extract(path: Path) -> ArticleResult:
    """Each article is extracted once per session, whichever tests need it."""
    return pipeline.extract_file(path, path.parent)


LABELLED = _labelled(FIXTURES)
KNOWN_FAILURES = {k: v for k, v in json.loads((REPO / "tests" / "known_failures.json").read_text("utf-8")).items()
                  if not k.startswith("_")}


def _case(article: Path, label: dict):
    reason = KNOWN_FAILURES.get(article.stem)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(article, label, id=article.stem, marks=marks)


def test_known_failures_name_real_fixtures():
    stems = {a.stem for a, _ in LABELLED}
    assert set(KNOWN_FAILURES) <= stems, set(KNOWN_FAILURES) - stems


@pytest.mark.parametrize("article, label", [_case(a, l) for a, l in LABELLED])
def test_fixture_has_no_miss_and_no_false_figure(article, label):
    score = score_article(article.stem, _extract(article), label)
    assert not score.error, score.error
    assert not score.findings, "\n" + "\n".join(f.line() for f in score.findings)


def test_fixtures_meet_floors():
    assert (FIXTURES / FLOORS_FILE).is_file(), f"fixtures/{FLOORS_FILE} is missing"
    report = evaluate_dir(FIXTURES, extract=lambda path, root: _extract(path))
    assert report.articles, "no labelled fixtures"
    assert not report.orphan_labels, f"labels with no article: {report.orphan_labels}"
    problems = below_floors(report.overall, read_floors(FIXTURES))
    assert not problems, "\n".join(problems + [f.line() for f in report.findings])


# --- the evidence rule ------------------------------------------------------

_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty").split()
_TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def _indian(n: int) -> str:
    """5,74,448 for 574448: lakh grouping, as Indian papers write votes."""
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join(([head] if head else []) + groups + [tail])


_UNIT_WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TEN_WORDS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _count_words(n: int) -> set[str]:
    """262 as 'two hundred and sixty-two' (and 'a hundred and ...' for 1xx)."""
    def under_100(k: int) -> str:
        if k < 20:
            return _UNIT_WORDS[k]
        return _TEN_WORDS[k // 10] + ("-" + _UNIT_WORDS[k % 10] if k % 10 else "")
    if n < 100:
        return {under_100(n)}
    if n >= 1000:       # "one thousand, four hundred and twelve", "four thousand and twelve"
        thousands, below = divmod(n, 1000)
        heads = _count_words(thousands) if thousands > 1 else {"one", "a"}
        tails = _count_words(below) if below >= 100 else {f"and {under_100(below)}"} if below else {""}
        return {f"{h} thousand{sep}{t}".rstrip() for h in heads for t in tails for sep in (", ", " ")}
    hundreds, rest = divmod(n, 100)
    tail = f" and {under_100(rest)}" if rest else ""
    forms = {f"{_UNIT_WORDS[hundreds]} hundred{tail}"}
    if hundreds == 1:
        forms.add(f"a hundred{tail}")
    return forms


def number_forms(value) -> set[str]:
    """Ways an article may write ``value``: 16227 as '16227', '16,227', '16 227'; 44.5 as '44.5'."""
    if isinstance(value, float) and not value.is_integer():
        text = repr(value)
        return {text, text + "0"}
    n = int(value)
    grouped = f"{n:,}"
    forms = {str(n), grouped, grouped.replace(",", " "), grouped.replace(",", "\u00a0"),
             grouped.replace(",", "\u2009"), grouped.replace(",", "\u202f"), _indian(n)}
    if isinstance(value, float):
        forms.add(f"{n}.0")
    if n < len(_WORDS):
        forms.add(_WORDS[n])
    elif n in _TENS:
        forms.add(_TENS[n])
    if n == 0:
        forms |= {"none", "no seats"}      # "The Conservatives ... have none"
    if n >= 100_000 and n % 1_000 == 0:
        forms.add(f"{n / 100_000:g} lakh")     # "a margin of over 1.2 lakh votes"
    if 20 < n < 1_000_000:
        forms |= _count_words(n)              # "two hundred and sixty-two votes"
    return forms


def written_in(value, snippets: list[str]) -> bool:
    """True when some snippet writes ``value`` as a whole number (230 is not in '2,230')."""
    for form in number_forms(value):
        if form.isalpha():
            pattern = rf"\b{form}\b"
        else:
            zeros = "0*" if "." in form else ""     # 10.0 is written "10.00" in wire copy
            # (not inside a grouped or decimal number: 230 is not in "2,230"; "Kane,16856,33.9" is a CSV field)
            grouped = "" if "." in form else r"(?<!\d,)"      # (a share after a CSV field: "16856,33.9")
            pattern = rf"(?<![\d.]){grouped}{re.escape(form)}{zeros}(?!\d|\.\d|,\d{{3}}(?!\d))"
        if any(re.search(pattern, s, flags=re.IGNORECASE) for s in snippets):
            return True
    return False


NUMBER_FORM_CASES = [
    (16227, "Labour 16,227 votes", True),
    (16227, "took 16227 votes", True),
    (574448, "polled 5,74,448 votes", True),
    (44.5, "a share of 44.5%", True),
    (44.0, "44 per cent", True),
    (9, "a majority of nine", True),
    (0, "the Conservatives have none", True),
    (0, "nonetheless", False),
    (230, "2,230 votes", False),
    (4.3, "14.3%", False),
    (1426, "1,4260", False),
    (10.0, "3,913 (10.00%, -12.71%)", True),
    (120000, "by a margin of over 1.2 lakh votes", True),
    (16856, "Chris Kane,Scottish Labour,16856,33.9", True),
    (33.9, "Chris Kane,Scottish Labour,16856,33.9", True),
    (16, "16,856 votes", False),
    (262, "James Miller took two hundred and sixty-two votes", True),
    (98, "one behind them with just ninety-eight", True),
    (120000, "by 11.2 lakh votes", False),
]


@pytest.mark.parametrize("value, snippet, expected", NUMBER_FORM_CASES,
                         ids=[f"{v}-in-{s}" for v, s, _ in NUMBER_FORM_CASES])
def test_written_in(value, snippet, expected):
    assert written_in(value, [snippet]) is expected


def _records(result: ArticleResult):
    """(label, record, its numbers) for every contest, candidate and seat count."""
    for contest in result.contests:
        place = contest.constituency or "(unnamed)"
        yield place, contest, [contest.majority, contest.turnout, contest.electorate]
        for cand in contest.candidates:
            yield f"{place} / {cand.name}", cand, [cand.votes, cand.share]
    for seat in result.seat_counts:
        yield f"seats {seat.kind} {seat.party}", seat, [seat.seats]


EVIDENCE_ARTICLES = _articles(FIXTURES) + _articles(DEVSET)


@pytest.mark.parametrize("article", EVIDENCE_ARTICLES,
                         ids=[f"{a.parent.name}/{a.stem}" for a in EVIDENCE_ARTICLES])
def test_evidence_is_verbatim_and_states_every_number(article):
    text = pipeline.article_text(article).text
    result = _extract(article)
    problems = []
    for where, record, numbers in _records(result):
        if len(record.evidence) != len(record.evidence_spans):
            problems.append(f"{where}: {len(record.evidence)} snippets, {len(record.evidence_spans)} spans")
        for snippet, (start, end) in zip(record.evidence, record.evidence_spans):
            if text[start:end] != snippet:
                problems.append(f"{where}: {snippet!r} is not at [{start}, {end}) (found {text[start:end]!r})")
        for value in numbers:
            if value is not None and not written_in(value, record.evidence):
                problems.append(f"{where}: {value} is in no evidence snippet {record.evidence!r}")
    assert not problems, "\n".join(problems)
