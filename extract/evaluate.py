"""Score extracted records against labels, fact by fact.

A *fact* is one labelled value (a candidate's presence, party, votes, share,
``elected: true``; a contest's majority, qualifier, turnout; a seat count).
Each fact is a hit or a *miss*; each predicted value with no matching fact is
a *false figure*; a wrong value is one of each. Precision, recall and F1 per
field come from those three counts. The label format is in
``shared/devset/README.md``.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from .pairing import fold, pair_candidates, pair_contests, party_key, same_party
from .records import ArticleResult, Candidate, Contest

__all__ = [
    "FIELDS", "ARTICLE_SUFFIXES", "FLOORS_FILE", "LabelError", "FloorsError", "Tally", "Finding",
    "ArticleScore", "Report", "score_article", "evaluate_dir", "read_label", "read_floors",
    "below_floors", "format_report",
]

log = logging.getLogger(__name__)

FIELDS = ("candidate", "party", "votes", "share", "elected",
          "majority", "majority_qualifier", "turnout", "seats")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")

# Percentages are stated to one decimal place; 0.05 accepts a prediction that
# rounds to the label's figure (44.46 for 44.5) and nothing further off.
PERCENT_TOLERANCE = 0.05

# The accuracy floor a labelled folder must meet: {"min_f1": F, "min_precision": P}.
FLOORS_FILE = "floors.json"
NOT_LABELS = {FLOORS_FILE}


class FloorsError(ValueError):
    """A floors.json that is not {"min_f1": F, "min_precision": P}."""


class LabelError(ValueError):
    """A label file that cannot be read as the devset label format."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


@dataclass
class Tally:
    hits: int = 0
    misses: int = 0
    false: int = 0

    def add(self, other: "Tally") -> None:
        self.hits += other.hits
        self.misses += other.misses
        self.false += other.false

    @property
    def precision(self) -> float:
        predicted = self.hits + self.false
        return self.hits / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        wanted = self.hits + self.misses
        return self.hits / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"hits": self.hits, "misses": self.misses, "false": self.false,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Finding:
    """One miss, false figure or wrong value (a wrong value counts as one of each)."""

    article: str
    kind: str  # MISS, FALSE or WRONG
    where: str  # "Great Yarmouth / Keir Cozens", "seats exit_poll Labour"
    field: str
    want: Any = None
    got: Any = None
    evidence: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"{self.article}  {self.kind}  {self.where} {self.field}: want {self.want!r}, got {self.got!r}"


@dataclass
class ArticleScore:
    name: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    findings: list[Finding] = field(default_factory=list)
    error: Optional[str] = None

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.tallies.values():
            total.add(tally)
        return total

    def hit(self, field_name: str) -> None:
        self.tallies[field_name].hits += 1

    def miss(self, where: str, field_name: str, want: Any, got: Any = None) -> None:
        self.tallies[field_name].misses += 1
        self.findings.append(Finding(self.name, "MISS", where, field_name, want, got))

    def false(self, where: str, field_name: str, got: Any, evidence=(), want: Any = None) -> None:
        self.tallies[field_name].false += 1
        self.findings.append(Finding(self.name, "FALSE", where, field_name, want, got, list(evidence)))

    def wrong(self, where: str, field_name: str, want: Any, got: Any, evidence=()) -> None:
        self.tallies[field_name].misses += 1
        self.tallies[field_name].false += 1
        self.findings.append(Finding(self.name, "WRONG", where, field_name, want, got, list(evidence)))


@dataclass
class Report:
    articles: list[ArticleScore] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)  # articles with no NAME.json
    orphan_labels: list[str] = field(default_factory=list)  # NAME.json with no article

    @property
    def fields(self) -> dict[str, Tally]:
        totals = {f: Tally() for f in FIELDS}
        for article in self.articles:
            for name, tally in article.tallies.items():
                totals[name].add(tally)
        return totals

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.fields.values():
            total.add(tally)
        return total

    @property
    def findings(self) -> list[Finding]:
        return [f for article in self.articles for f in article.findings]

    def as_dict(self) -> dict:
        return {
            "overall": self.overall.as_dict(),
            "fields": {name: t.as_dict() for name, t in self.fields.items()},
            "articles": {a.name: {"overall": a.overall.as_dict(), "error": a.error,
                                  "findings": [vars(f) for f in a.findings]} for a in self.articles},
            "unlabelled": self.unlabelled,
            "orphan_labels": self.orphan_labels,
        }


# --- scoring ---------------------------------------------------------------

def _same(field_name: str, want: Any, got: Any) -> bool:
    if field_name in ("share", "turnout"):
        return abs(float(want) - float(got)) <= PERCENT_TOLERANCE + 1e-9
    if field_name == "party":
        return same_party(want, got)
    if field_name == "majority_qualifier":
        return fold(str(want)) == fold(str(got))
    return want == got


def _score_value(score: ArticleScore, where: str, field_name: str, label: dict,
                 got: Any, evidence: list[str]) -> None:
    """One labelled field against its predicted value; unlabelled fields are not scored."""
    if field_name not in label:
        return
    want = label[field_name]
    if want is None:
        if got is not None:
            score.false(where, field_name, got, evidence)
    elif got is None:
        score.miss(where, field_name, want)
    elif _same(field_name, want, got):
        score.hit(field_name)
    else:
        score.wrong(where, field_name, want, got, evidence)


def _score_candidate(score: ArticleScore, place: str, label: dict, pred: Optional[Candidate]) -> None:
    where = f"{place} / {label.get('name')}"
    if pred is None:
        score.miss(where, "candidate", label.get("name"))
        for name in ("party", "votes", "share"):
            if label.get(name) is not None:
                score.miss(where, name, label[name])
        if label.get("elected") is True:
            score.miss(where, "elected", True)
        return
    score.hit("candidate")
    for name in ("party", "votes", "share"):
        _score_value(score, where, name, label, getattr(pred, name), pred.evidence)
    if label.get("elected") is True:
        if pred.elected is True:
            score.hit("elected")
        else:
            score.miss(where, "elected", True, pred.elected)
    elif pred.elected is True:
        score.false(where, "elected", True, pred.evidence, want=label.get("elected"))


def _false_candidate(score: ArticleScore, place: str, pred: Candidate) -> None:
    where = f"{place} / {pred.name}"
    score.false(where, "candidate", pred.name, pred.evidence)
    for name in ("party", "votes", "share"):
        if getattr(pred, name) is not None:
            score.false(where, name, getattr(pred, name), pred.evidence)
    if pred.elected is True:
        score.false(where, "elected", True, pred.evidence)


def _contest_values(contest: Contest) -> dict:
    return {"majority": contest.majority, "turnout": contest.turnout}


def _score_contest(score: ArticleScore, label: Optional[dict], pred: Optional[Contest]) -> None:
    if label is None:  # predicted contest the label does not have
        place = pred.constituency or "(unnamed contest)"
        for cand in pred.candidates:
            _false_candidate(score, place, cand)
        for name, value in _contest_values(pred).items():
            if value is not None:
                score.false(place, name, value, pred.evidence)
        return
    place = label.get("constituency") or "(unnamed contest)"
    cands = label.get("candidates") or []
    predicted = pred.candidates if pred else []
    pairs = dict(pair_candidates(cands, predicted))
    for i, cand in enumerate(cands):
        _score_candidate(score, place, cand, predicted[pairs[i]] if i in pairs else None)
    for j in sorted(set(range(len(predicted))) - set(pairs.values())):
        _false_candidate(score, place, predicted[j])
    for name in ("majority", "majority_qualifier", "turnout"):
        got = getattr(pred, name) if pred else None
        _score_value(score, place, name, label, got, pred.evidence if pred else [])


def _score_seats(score: ArticleScore, labelled: list[dict], predicted: list) -> None:
    unmatched = list(predicted)
    for seat in labelled:
        key = (seat.get("kind"), party_key(seat.get("party")))
        where = f"seats {seat.get('kind')} {seat.get('party')}"
        found = next((p for p in unmatched if (p.kind, party_key(p.party)) == key), None) or \
            next((p for p in unmatched if p.kind == seat.get("kind") and same_party(p.party, seat.get("party"))), None)
        # (a country's reading: "People Before Profit–Solidarity" is Ireland's People Before Profit)
        if found is None:
            score.miss(where, "seats", seat.get("seats"))
            continue
        unmatched.remove(found)
        _score_value(score, where, "seats", seat, found.seats, found.evidence)
    for pred in unmatched:
        score.false(f"seats {pred.kind} {pred.party}", "seats", pred.seats, pred.evidence)


def score_article(name: str, prediction: ArticleResult, label: dict) -> ArticleScore:
    """Score one prediction against one label dict (the devset label format)."""
    score = ArticleScore(name)
    if prediction.status == "error":
        score.error = prediction.error
    contests = label.get("contests") or []
    pairs = dict(pair_contests(contests, prediction.contests))
    for i, contest in enumerate(contests):
        _score_contest(score, contest, prediction.contests[pairs[i]] if i in pairs else None)
    for j in sorted(set(range(len(prediction.contests))) - set(pairs.values())):
        _score_contest(score, None, prediction.contests[j])
    _score_seats(score, label.get("seat_counts") or [], prediction.seat_counts)
    return score


# --- folders ---------------------------------------------------------------

def read_label(path: Path) -> Optional[dict]:
    """The label dict, or None for a JSON file that is not an election label."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LabelError(path, str(exc)) from exc
    if not isinstance(data, dict):
        raise LabelError(path, "expected a JSON object")
    if "contests" not in data and "seat_counts" not in data:
        return None  # e.g. a boilerplate fixture's must-keep / must-drop lists
    for key in ("contests", "seat_counts"):
        if not isinstance(data.get(key, []), list):
            raise LabelError(path, f"'{key}' must be a list")
    return data


def _default_extract(path: Path, root: Path) -> ArticleResult:
    from . import pipeline  # lazy: spaCy loads only when something is extracted
    return pipeline.extract_file(path, root)


def evaluate_dir(path, extract: Optional[Callable[[Path, Path], ArticleResult]] = None) -> Report:
    """Extract every labelled article directly in ``path`` and score it."""
    root = Path(path)
    if not root.is_dir():
        raise NotADirectoryError(f"not a directory: {root}")
    extract = extract or _default_extract
    articles = {p.stem: p for p in sorted(root.iterdir())
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES}
    labels = {p.stem: p for p in sorted(root.glob("*.json")) if p.name not in NOT_LABELS}
    report = Report()
    for stem, label_path in labels.items():
        label = read_label(label_path)
        if label is None:
            log.debug("%s is not an election label; skipped", label_path)
            continue
        if stem not in articles:
            report.orphan_labels.append(label_path.name)
            continue
        prediction = extract(articles[stem], root)
        report.articles.append(score_article(stem, prediction, label))
    report.unlabelled = [p.name for stem, p in articles.items() if stem not in labels]
    return report


def read_floors(path) -> dict:
    """The folder's floors.json as a dict, {} when there is none."""
    floors_path = Path(path) / FLOORS_FILE
    if not floors_path.is_file():
        return {}
    try:
        floors = json.loads(floors_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FloorsError(f"{floors_path}: {exc}") from exc
    if not isinstance(floors, dict) or set(floors) - {"min_f1", "min_precision"}:
        raise FloorsError(f"{floors_path}: expected {{\"min_f1\": F, \"min_precision\": P}}")
    return floors


def below_floors(overall: Tally, floors: dict) -> list[str]:
    """One message per floor the overall tally falls below."""
    problems = []
    for key, value, name in (("min_f1", overall.f1, "F1"), ("min_precision", overall.precision, "precision")):
        floor = floors.get(key)
        if floor is not None and value < floor:
            problems.append(f"overall {name} {value:.3f} is below the floor {floor:.3f}")
    return problems


def format_report(report: Report, verbose: bool = False) -> str:
    """Per-field table, then every miss and false figure, one line each."""
    lines = [f"{'field':<20}{'hits':>6}{'miss':>6}{'false':>6}{'prec':>8}{'recall':>8}{'F1':>8}"]

    def row(name: str, t: Tally) -> str:
        return (f"{name:<20}{t.hits:>6}{t.misses:>6}{t.false:>6}"
                f"{t.precision:>8.3f}{t.recall:>8.3f}{t.f1:>8.3f}")

    lines += [row(name, t) for name, t in report.fields.items()]
    lines.append(row("overall", report.overall))
    lines.append(f"{len(report.articles)} articles scored")
    if verbose:
        lines += ["", "per article:"] + [row(a.name, a.overall) for a in report.articles]
    for article in report.articles:
        if article.error:
            lines.append(f"{article.name}  ERROR  {article.error}")
    findings = report.findings
    if findings:
        lines += ["", "misses and false figures (WRONG = one of each):"]
        for finding in findings:
            lines.append(finding.line())
            if verbose and finding.evidence:
                lines += [f"    evidence: {snippet!r}" for snippet in finding.evidence]
    for name in report.orphan_labels:
        lines.append(f"label with no article: {name}")
    for name in report.unlabelled:
        lines.append(f"article with no label (not scored): {name}")
    return "\n".join(lines)
