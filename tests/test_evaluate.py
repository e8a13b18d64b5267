"""The scorer, as a table: a label, a prediction, and the counts per field they must give."""

from __future__ import annotations

import copy
import json

import pytest

from extract import pairing
from extract.evaluate import (FIELDS, Tally, below_floors, evaluate_dir, format_report,
                              read_floors, score_article, FloorsError, LabelError)
from extract.records import ArticleResult


@pytest.fixture(autouse=True)
def fold_only_parties(monkeypatch):
    """Score parties by folded spelling, so these tables do not depend on data/parties.json."""
    monkeypatch.setattr(pairing, "_party_canonicaliser", lambda: lambda party: None)


def _label(**contest_changes) -> dict:
    """A Great Yarmouth label (uk-prose style) with the contest fields changed."""
    contest = {
        "constituency": "Great Yarmouth",
        "candidates": [
            {"name": "Rupert Lowe", "party": "Reform UK", "votes": 14385, "share": 35.3, "elected": True},
            {"name": "Keir Cozens", "party": "Labour", "votes": 12959},
        ],
        "majority": 1426,
        "turnout": 55.6,
    }
    contest.update(contest_changes)
    return {"contests": [contest], "seat_counts": []}


def _prediction(label: dict, edit=None) -> ArticleResult:
    """The perfect prediction for ``label``, then ``edit(dict)`` applied to it."""
    data = {"source": "uk-prose-01.txt", "contests": copy.deepcopy(label["contests"]),
            "seat_counts": copy.deepcopy(label["seat_counts"])}
    if edit:
        edit(data)
    return ArticleResult.model_validate(data)


def _cand(data, i=0, j=1) -> dict:
    return data["contests"][i]["candidates"][j]


PERFECT = {"candidate": (2, 0, 0), "party": (2, 0, 0), "votes": (2, 0, 0), "share": (1, 0, 0),
           "elected": (1, 0, 0), "majority": (1, 0, 0), "turnout": (1, 0, 0)}


def _with(**changes) -> dict:
    out = dict(PERFECT)
    out.update(changes)
    return out


LOWE_ONLY = _label(candidates=[{"name": "Lowe", "party": "Reform UK", "votes": 14385}])
EXIT_POLL = {"contests": [], "seat_counts": [{"kind": "exit_poll", "party": "Labour", "seats": 410}]}
WHANGAREI = _label(constituency="Whangārei", majority=None,
                   candidates=[{"name": "Ben Kereama", "party": "National", "votes": 21406, "share": None}])
QUALIFIED = _label(majority=11000, majority_qualifier="more than")

# (id, label, edit applied to the perfect prediction, {field: (hits, misses, false)})
SCORING_CASES = [
    ("perfect match", _label(), None, PERFECT),
    ("wrong votes", _label(), lambda d: _cand(d).update(votes=12958), _with(votes=(1, 1, 1))),
    ("missing votes", _label(), lambda d: _cand(d).update(votes=None), _with(votes=(1, 1, 0))),
    ("extra candidate", _label(),
     lambda d: d["contests"][0]["candidates"].append({"name": "Paul Brown", "party": "Independent", "votes": 230}),
     _with(candidate=(2, 0, 1), party=(2, 0, 1), votes=(2, 0, 1))),
    ("missing candidate", _label(), lambda d: d["contests"][0]["candidates"].pop(),
     _with(candidate=(1, 1, 0), party=(1, 1, 0), votes=(1, 1, 0))),
    ("unmatched contest", _label(),
     lambda d: d["contests"][0].update(constituency="Waveney Valley"),
     {"candidate": (0, 2, 2), "party": (0, 2, 2), "votes": (0, 2, 2), "share": (0, 1, 1),
      "elected": (0, 1, 1), "majority": (0, 1, 1), "turnout": (0, 1, 1)}),
    ("unnamed contest pairs by candidates", _label(),
     lambda d: d["contests"][0].update(constituency=None), PERFECT),
    ("constituency suffix and article", _label(constituency="The Wrekin"),
     lambda d: d["contests"][0].update(constituency="Wrekin constituency"), PERFECT),
    ("ampersand and accents", _label(constituency="Ynys Môn & Anglesey"),
     lambda d: d["contests"][0].update(constituency="ynys mon and anglesey"), PERFECT),
    ("surname-only label", LOWE_ONLY, lambda d: _cand(d, 0, 0).update(name="Rupert Lowe"),
     {"candidate": (1, 0, 0), "party": (1, 0, 0), "votes": (1, 0, 0), "majority": (1, 0, 0),
      "turnout": (1, 0, 0)}),
    ("surname ambiguous: no pair", LOWE_ONLY,
     lambda d: d["contests"][0].update(candidates=[{"name": "Rupert Lowe"}, {"name": "Ann Lowe"}]),
     {"candidate": (0, 1, 2), "party": (0, 1, 0), "votes": (0, 1, 0), "majority": (1, 0, 0),
      "turnout": (1, 0, 0)}),
    ("honorific name", _label(), lambda d: _cand(d, 0, 0).update(name="Sir Rupert Lowe MP"), PERFECT),
    ("party case and accents", _label(), lambda d: _cand(d).update(party="LABOUR"), PERFECT),
    ("wrong party", _label(), lambda d: _cand(d).update(party="Green"), _with(party=(1, 1, 1))),
    ("null-label trap: share predicted", WHANGAREI, lambda d: _cand(d, 0, 0).update(share=41.2),
     {"candidate": (1, 0, 0), "party": (1, 0, 0), "votes": (1, 0, 0), "share": (0, 0, 1),
      "turnout": (1, 0, 0)}),
    ("null-label trap: majority predicted", WHANGAREI, lambda d: d["contests"][0].update(majority=7960),
     {"candidate": (1, 0, 0), "party": (1, 0, 0), "votes": (1, 0, 0), "majority": (0, 0, 1),
      "turnout": (1, 0, 0)}),
    ("share within tolerance", _label(), lambda d: _cand(d, 0, 0).update(share=35.34), PERFECT),
    ("share outside tolerance", _label(), lambda d: _cand(d, 0, 0).update(share=35.4), _with(share=(0, 1, 1))),
    ("turnout within tolerance", _label(), lambda d: d["contests"][0].update(turnout=55.65), PERFECT),
    ("elected false positive", _label(), lambda d: _cand(d).update(elected=True), _with(elected=(1, 0, 1))),
    ("elected missed", _label(), lambda d: _cand(d, 0, 0).update(elected=None), _with(elected=(0, 1, 0))),
    ("majority qualifier", QUALIFIED, None, _with(majority_qualifier=(1, 0, 0))),
    ("majority qualifier missed", QUALIFIED, lambda d: d["contests"][0].update(majority_qualifier=None),
     _with(majority_qualifier=(0, 1, 0))),
    ("seat count right", EXIT_POLL, None, {"seats": (1, 0, 0)}),
    ("seat count wrong", EXIT_POLL, lambda d: d["seat_counts"][0].update(seats=411), {"seats": (0, 1, 1)}),
    ("seat count wrong kind", EXIT_POLL, lambda d: d["seat_counts"][0].update(kind="projection"),
     {"seats": (0, 1, 1)}),
    ("seat count extra", EXIT_POLL,
     lambda d: d["seat_counts"].append({"kind": "exit_poll", "party": "Reform UK", "seats": 13}),
     {"seats": (1, 0, 1)}),
    ("error record misses everything", _label(),
     lambda d: d.update(contests=[], seat_counts=[], status="error", error="file is empty"),
     {"candidate": (0, 2, 0), "party": (0, 2, 0), "votes": (0, 2, 0), "share": (0, 1, 0),
      "elected": (0, 1, 0), "majority": (0, 1, 0), "turnout": (0, 1, 0)}),
    ("no-results article, nothing predicted", {"contests": [], "seat_counts": []}, None, {}),
    ("no-results article, contest predicted", {"contests": [], "seat_counts": []},
     lambda d: d.update(contests=_label(turnout=None)["contests"]),
     {"candidate": (0, 0, 2), "party": (0, 0, 2), "votes": (0, 0, 2), "share": (0, 0, 1),
      "elected": (0, 0, 1), "majority": (0, 0, 1)}),
]


@pytest.mark.parametrize("label, edit, expected", [c[1:] for c in SCORING_CASES],
                         ids=[c[0] for c in SCORING_CASES])
def test_scoring(label, edit, expected):
    score = score_article("uk-prose-01", _prediction(label, edit), label)
    got = {name: (t.hits, t.misses, t.false) for name, t in score.tallies.items()}
    want = {name: expected.get(name, (0, 0, 0)) for name in FIELDS}
    assert got == want, "\n".join(f.line() for f in score.findings)
    assert len(score.findings) == sum(m + f for _, m, f in want.values()) - sum(
        1 for f in score.findings if f.kind == "WRONG")


def test_finding_lines_read_as_one_liners():
    label = _label()
    score = score_article("uk-prose-01", _prediction(label, lambda d: _cand(d).update(votes=None)), label)
    assert [f.line() for f in score.findings] == [
        "uk-prose-01  MISS  Great Yarmouth / Keir Cozens votes: want 12959, got None"]


def test_wrong_value_is_one_line_counted_twice():
    label = _label()
    score = score_article("a", _prediction(label, lambda d: _cand(d).update(votes=12958)), label)
    assert [f.kind for f in score.findings] == ["WRONG"]
    assert score.overall.misses == score.overall.false == 1


def test_party_alias_uses_gazetteer(monkeypatch):
    aliases = {"lab": "Labour", "labour": "Labour"}
    monkeypatch.setattr(pairing, "_party_canonicaliser", lambda: lambda p: aliases.get(p.casefold()))
    label = _label()
    score = score_article("a", _prediction(label, lambda d: _cand(d).update(party="Lab")), label)
    assert score.tallies["party"].as_dict()["f1"] == 1.0


NAME_CASES = [
    ("Sir Keir Starmer", "keir starmer"),
    ("Dame Priti Patel MP", "priti patel"),
    ("Cllr Anne-Marie Fuller", "anne marie fuller"),
    ("Mr. John O’Neill", "john o neill"),
    ("Dr Caroline Johnson", "caroline johnson"),
    ("Llinos Medi", "llinos medi"),
]


@pytest.mark.parametrize("raw, key", NAME_CASES, ids=[c[0] for c in NAME_CASES])
def test_normalise_name(raw, key):
    assert pairing.normalise_name(raw) == key


PLACE_CASES = [
    ("Sheriff - Republican", "sheriff republican"), ("Sheriff Republican primary", "sheriff republican"),   # one party's race
    ("Abbey ward", "abbey"),
    ("The Wrekin", "wrekin"),
    ("Robertson division", "robertson"),
    ("Peterborough riding", "peterborough"), ("Kessington mayoralty", "kessington"),
    ("Aba North/Aba South Federal Constituency", "aba north aba south"),
    ("Holborn & St Pancras", "holborn and st pancras"),
    ("Whangārei", "whangarei"),
    ("Colorado’s 7th Congressional District", "colorado s 7th congressional district"),
    ("Ward No. 88", "ward 88"),         # the number's "No." says nothing
]


@pytest.mark.parametrize("raw, key", PLACE_CASES, ids=[c[0] for c in PLACE_CASES])
def test_normalise_place(raw, key):
    assert pairing.normalise_place(raw) == key


@pytest.mark.parametrize("labelled, predicted, paired", [
    ("Ward 59", "Tshwane Ward 59", True),        # the same ward, with and without the area that holds it
    ("Devon", "North Devon", False),             # one word is no ward of its own
    ("Ward 59", "Tshwane Ward 58", False),
    ("Mayor of Mangawhero", "Mangawhero", True),   # the office and the place it is for
    ("Mayor of Mangawhero", "Mangawhero East", False),
    ("Governor of Kansas", "Kansas", True), ("Kansas Governor", "Kansas", True), ("Governor of Kansas", "Kansas City", False),
    ("Lord Mayor of Sydney", "Sydney", True), ("Dyfed-Powys Police and Crime Commissioner", "Dyfed-Powys", True), ("Police and Crime Commissioner for Gwent", "Gwent", True),
    ("Mayor", "Mesquite Hollow mayor", True),     # a page's bare office and the town the story gives it
    ("Mayor", "Mayor of Mesquite Hollow", True),
    ("Mayor", "Mesquite Hollow", False),
    ("Mayor of Hamilton", "Hamilton mayor", True), ("Mayor of Hamilton", "Hamilton governor", False),   # one office, written two ways
    ("Sheriff", "Sheriff Republican primary", True), ("Sheriff", "Sheriff Republican caucus", False),   # one party's race, with its party
    ("Pa. House - Dist. 24", "Pa. House District 24", True),      # AP's abbreviation
    ("Mayor of Greater Lincolnshire", "Greater Lincolnshire Combined County Authority", True),    # the mayoralty and its authority
    ("Ward 82", "Ward 82 (Chetla)", True), ("Chetla", "Ward 82 (Chetla)", True), ("Ward 83", "Ward 82 (Chetla)", False),   # a ward's number and name
    ("Grangemouth", "Ward 3 - Grangemouth", True), ("Ward 3", "Ward 3 - Grangemouth", True), ("Falkirk", "Ward 3 - Grangemouth", False),
    ("Ward 3 - Grangemouth", "Grangemouth", True), ("Ward 82 (Chetla)", "Ward 82", True),     # (either side may carry both)
    ("eThekwini, Ward 62", "eThekwini, Ward 62 (Inanda)", True),     # (and its municipality)
    ("Ward 9 (Mthatha Central), King Sabata Dalindyebo", "Ward 9 (Mthatha Central)", True),     # (its municipality after)
    ("Ward 9 (Mthatha Central), King Sabata Dalindyebo", "Ward 9 (Ngangelizwe)", False),
    ("137th House District", "137th District", True), ("Senate District 137", "House District 137", False),   # a district by number, with its chamber
    ("137th House District", "138th District", False),
    ("Second District", "District 2", True), ("Second District", "District 3", False),     # its number in words
    ("Ossudu (SC)", "Ossudu", True), ("Ossudu (SC)", "Ossudu North", False),      # a seat reserved for a scheduled caste
    ("NA-130 Lahore", "NA-130 Lahore-XIV", True), ("NA-131 Lahore", "NA-130 Lahore-XIV", False),   # a seat by its code
])
def test_a_contest_named_with_its_area_pairs_when_candidates_agree(labelled, predicted, paired):
    from extract.records import Candidate, Contest
    label = [{"constituency": labelled, "candidates": [{"name": "Marelize Pretorius", "votes": 2917}]}]
    pred = [Contest(constituency=predicted, candidates=[Candidate(name="Marelize Pretorius", votes=2917, evidence=["x"])])]
    assert bool(pairing.pair_contests(label, pred)) is paired


TALLY_CASES = [
    ("nothing to find, nothing found", Tally(), (1.0, 1.0, 1.0)),
    ("all hits", Tally(hits=4), (1.0, 1.0, 1.0)),
    ("half missed", Tally(hits=1, misses=1), (1.0, 0.5, 2 / 3)),
    ("only false", Tally(false=2), (0.0, 1.0, 0.0)),
]


@pytest.mark.parametrize("tally, prf", [c[1:] for c in TALLY_CASES], ids=[c[0] for c in TALLY_CASES])
def test_tally(tally, prf):
    assert (tally.precision, tally.recall, tally.f1) == pytest.approx(prf)


FLOOR_CASES = [
    ("no floors", Tally(hits=1, false=9), {}, 0),
    ("meets both", Tally(hits=99, misses=1), {"min_f1": 0.95, "min_precision": 0.98}, 0),
    ("below f1", Tally(hits=9, misses=1), {"min_f1": 0.95}, 1),
    ("below both", Tally(hits=1, misses=1, false=1), {"min_f1": 0.95, "min_precision": 0.98}, 2),
]


@pytest.mark.parametrize("overall, floors, n_problems", [c[1:] for c in FLOOR_CASES],
                         ids=[c[0] for c in FLOOR_CASES])
def test_below_floors(overall, floors, n_problems):
    assert len(below_floors(overall, floors)) == n_problems


def _write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


def test_evaluate_dir_pairs_files_and_reports_strays(tmp_path):
    label = _label()
    _write(tmp_path, "a.txt", "article a")
    _write(tmp_path, "a.json", json.dumps(label))
    _write(tmp_path, "b.html", "<p>article b</p>")  # no label
    _write(tmp_path, "c.json", json.dumps(label))  # no article
    _write(tmp_path, "d.txt", "boilerplate fixture")
    _write(tmp_path, "d.json", json.dumps({"with": ["x"], "without": ["y"]}))  # not an election label
    _write(tmp_path, "floors.json", json.dumps({"min_f1": 0.9}))
    seen = []

    def fake_extract(path, root):
        seen.append(path.name)
        return _prediction(label, lambda d: d.update(source=path.name))

    report = evaluate_dir(tmp_path, extract=fake_extract)
    assert seen == ["a.txt"]
    assert [a.name for a in report.articles] == ["a"]
    assert report.orphan_labels == ["c.json"]
    assert report.unlabelled == ["b.html"]
    assert report.overall.f1 == 1.0
    text = format_report(report)
    assert "label with no article: c.json" in text and "b.html" in text
    assert read_floors(tmp_path) == {"min_f1": 0.9}


def test_format_report_lists_findings(tmp_path):
    label = _label()
    _write(tmp_path, "uk-prose-01.txt", "x")
    _write(tmp_path, "uk-prose-01.json", json.dumps(label))
    report = evaluate_dir(tmp_path, extract=lambda p, r: _prediction(label, lambda d: _cand(d).update(votes=None)))
    text = format_report(report, verbose=True)
    assert "uk-prose-01  MISS  Great Yarmouth / Keir Cozens votes: want 12959, got None" in text
    assert text.splitlines()[0].split() == ["field", "hits", "miss", "false", "prec", "recall", "F1"]
    assert json.loads(json.dumps(report.as_dict()))["fields"]["votes"]["misses"] == 1


BAD_FILES = [
    ("broken label", "a.json", "{not json", LabelError, lambda d: evaluate_dir(d, extract=None)),
    ("label not an object", "a.json", "[]", LabelError, lambda d: evaluate_dir(d, extract=None)),
    ("contests not a list", "a.json", '{"contests": {}}', LabelError, lambda d: evaluate_dir(d, extract=None)),
    ("floors with unknown key", "floors.json", '{"f1": 0.9}', FloorsError, read_floors),
]


@pytest.mark.parametrize("name, text, error, call", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_files_raise_named_errors(tmp_path, name, text, error, call):
    _write(tmp_path, "a.txt", "x")
    _write(tmp_path, name, text)
    with pytest.raises(error):
        call(tmp_path)


def test_a_seat_count_pairs_by_the_countrys_reading_of_its_party():
    from extract.records import ArticleResult, SeatCount
    label = {"contests": [], "seat_counts": [{"kind": "declared", "party": "People Before Profit–Solidarity", "seats": 3}]}
    pred = ArticleResult(source="a", seat_counts=[SeatCount(kind="declared", party="People Before Profit", seats=3,
                                                            evidence=["fell to 3"], evidence_spans=[(0, 9)])])
    score = score_article("a", pred, label)
    assert score.tallies["seats"].as_dict()["f1"] == 1.0
