"""Every rule data file loads, compiles and has the shape the code expects (validation on load)."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from extract.clauses import cues

DATA = resources.files("extract").joinpath("data")


def test_cues_compile_and_every_list_is_used():
    compiled = cues()
    raw = json.loads(DATA.joinpath("cues.json").read_text("utf-8"))
    assert compiled["win_after"].pattern and compiled["vote_verb"].pattern
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        items = value if isinstance(value, list) else [value]
        assert items and all(isinstance(v, str) and v for v in items), key
        for v in items:
            re.compile(v)


def test_names_lists_are_lowercase_sets():
    data = json.loads(DATA.joinpath("names.json").read_text("utf-8"))
    for key in ("honorifics", "female_honorifics", "male_honorifics", "stopwords"):
        assert data[key] and all(w == w.lower() for w in data[key]), key
    assert not set(data["female_honorifics"]) & set(data["male_honorifics"])


@pytest.mark.parametrize("name", ["boilerplate.json", "html_junk.json", "parties.json", "places.json", "seats_abroad.json",
                                  "honorifics.json", "names.json", "cues.json"])
def test_data_file_is_json(name):
    assert json.loads(DATA.joinpath(name).read_text("utf-8"))


@pytest.mark.parametrize("text, want", [
    ("Elections Canada said turnout in the riding was 69%. The NDP came third.", "CA"),
    ("The AEC counted first preferences; two-candidate preferred figures follow.", "AU"),
    ("The Liberal Democrats gained the constituency; the Lib Dem MP thanked voters.", None),
    ("The Dáil has 174 TDs; the quota was 9,341.", "IE"),
    ("Unofficial results from Elections New Brunswick in Monday's provincial election. PC leader Blaine Higgs conceded.", "CA"),
    ("The Elections and Boundaries Commission said the UNC won 26 seats in Trinidad; the PNM 13.", "TT"),
    ("Kandy District: NPP 9, SJB 3. The NPP won nine of Kandy's 12 seats; the SJB took three. NPP candidates topped the list.", "LK"),
    ("The PLP won 32 of 39 seats in the Bahamas; the FNM conceded in Nassau.", "BS"),
    ("Nepali Congress general secretary Gagan Kumar Thapa was elected from Kathmandu-4, defeating CPN-UML's Rajan Bhattarai.", "NP"),
    ("Barisan Nasional held Luyang in the Sabah state election; Warisan came second.", "MY"),
    ("The PN won the 10th District, which takes in Sliema; Labour held Gozo.", "MT"),
    ("Hull City Council results: Kingston upon Hull's wards. Kingston upon Hull turnout was 24%.", None),
    ("Doug Ford's Progressive Conservatives won a third majority at Queen's Park; Ontario turnout was 45%.", "CA"),
    ("COUNTY TREASURER\nVote For 1\nREP  Marvin T. Egland  7,412\nWrite-In Totals  19\nPrecincts Reported  14 of 14", "US"),
])
def test_country_of_an_article(text, want):
    from extract.document import _country
    assert _country(text) == want
