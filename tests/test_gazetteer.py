"""Gazetteer tests: tables of real party and place strings, the Commons Library CSVs, data-file shapes.

Party strings are as printed in ballot papers, returning officers' declarations, wire copy and
results tables (Welsh and Scottish descriptions, agency codes). The CSV tests need shared/data/
beside the repository and are skipped without it.
"""
from __future__ import annotations

import copy
import csv
import importlib.util
import json
from pathlib import Path

import pytest

from extract import gazetteer
from extract.gazetteer import GazetteerError, fold, honorifics, parties, places

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
CANDIDATES_CSV = SHARED_DATA / "HoC-GE2024-results-by-candidate.csv"
CONSTITUENCIES_CSV = SHARED_DATA / "HoC-GE2024-results-by-constituency.csv"
needs_csv = pytest.mark.skipif(not CANDIDATES_CSV.exists(), reason=f"no {SHARED_DATA}")


def idfn(value):
    return str(value) if value not in (None, "") else repr(value)


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# --- parties: tables -------------------------------------------------------------

# (as written, canonical): UK, no region or country given.
PARTY_EXAMPLES_UK = [
    ("Welsh Conservatives / Ceidwadwyr Cymreig", "Conservative"),   # Welsh ballot paper
    ("Llafur a'r Blaid Gydweithredol / Welsh Labour and Co-operative Party", "Labour"),   # a nation's wing on the English side
    ("Welsh Labour / Llafur Cymru", "Labour"),
    ("Welsh Liberal Democrats / Democratiaid Rhyddfrydol Cymru", "Liberal Democrat"),
    ("Wales Green Party / Plaid Werdd Cymru", "Green"),
    ("Welsh Labour/Llafur Cymru", "Labour"),                        # slash without spaces
    ("Plaid Cymru – The Party of Wales", "Plaid Cymru"),            # en dash
    ("Plaid Cymru - The Party of Wales", "Plaid Cymru"),            # hyphen
    ("Plaid Cymru—The Party of Wales", "Plaid Cymru"),              # em dash, no spaces
    ("Plaid", "Plaid Cymru"),
    ("PC", "Plaid Cymru"),
    ("The Green Party", "Green"),
    ("Green Party", "Green"),
    ("Greens", "Green"),
    ("Grn", "Green"),
    ("GRN", "Green"),                                                # broadcaster tables in capitals
    ("Scottish Greens", "Scottish Green Party"),
    ("Scottish Greens'", "Scottish Green Party"),                    # "The Scottish Greens' Iain Hamilton"
    ("Lib Dems", "Liberal Democrat"),
    ("Lib Dem", "Liberal Democrat"),
    ("LibDems", "Liberal Democrat"),
    ("Liberal Democrats", "Liberal Democrat"),
    ("Scottish Liberal Democrats", "Liberal Democrat"),
    ("LD", "Liberal Democrat"),
    ("C", "Conservative"),                                           # PA wire: "Lab win – gain from C"
    ("Con", "Conservative"),
    ("CON", "Conservative"),
    ("(Con)", "Conservative"),
    ("Conservative and Unionist Party", "Conservative"),
    ("Scottish Conservative and Unionist", "Conservative"),
    ("The Conservatives", "Conservative"),
    ("Tories", "Conservative"),
    ("Tory", "Conservative"),
    ("Lab", "Labour"),
    ("LAB", "Labour"),
    ("Labour Party", "Labour"),
    ("The Labour Party", "Labour"),
    ("Labour's", "Labour"),
    ("Labour Co-op", "Labour"),
    ("Labour and Co-operative Party", "Labour"),
    ("Labour and Co-operative", "Labour"),                           # the CSV's Co-op label
    ("Lab/Co-op", "Labour"),
    ("Scottish Labour", "Labour"),
    ("Reform UK", "Reform UK"),
    ("Reform", "Reform UK"),
    ("Reform UK Party", "Reform UK"),
    ("Reform UK - Changing Politics for Good", "Reform UK"),
    ("RUK", "Reform UK"),
    ("SNP", "Scottish National Party"),
    ("the SNP", "Scottish National Party"),
    ("Independent", "Independent"),
    ("Ind", "Independent"),
    ("Ind.", "Independent"),
    ("Workers Party", "Workers Party of Britain"),
    ("Workers’ Party", "Workers Party of Britain"),                   # curly apostrophe
    ("WPB", "Workers Party of Britain"),
    ("Official Monster Raving Loony Party", "Monster Raving Loony Party"),
    ("MRLP", "Monster Raving Loony Party"),
    ("Sinn Féin", "Sinn Fein"),
    ("SF", "Sinn Fein"),
    ("SDLP (Social Democratic & Labour Party)", "Social Democratic and Labour Party"),  # NI ballot
    ("Democratic Unionist Party – D.U.P.", "Democratic Unionist Party"),             # NI ballot
    ("Alliance Party", "Alliance"),
    ("Plaid Geidwadol Cymru", "Conservative"), ("Llafur", "Labour"),      # Welsh ballot papers
    ("APNI", "Alliance"),
    ("TUSC", "Trade Unionist and Socialist Coalition"),
    ("Trade Unionist & Socialist Coalition", "Trade Unionist and Socialist Coalition"),
    ("Volt UK", "Volt United Kingdom"),
    ("Heritage Party", "Heritage Party"),
    ("Alba", "Alba Party"), ("Alba Party for independence", "Alba Party"),
    ("English Democrats", "English Democrats"),
    ("Christian People's Alliance", "Christian Peoples Alliance Party"),
    ("Communist Party of Britain", "Communist Party of Britain"),
    ("Communist Party", "Communist Party of Britain"),
    ("Social Democratic Party", "Social Democratic Party"),
    ("SDP", "Social Democratic Party"),
    ("UKIP", "UK Independence Party"), ("Ukip", "UK Independence Party"),   # the Guardian and BBC style
    ("PPP/C", None),        # one party (Guyana's PPP/Civic), not a code and the Conservatives
    ("Speaker", "Speaker"),
    ("Speaker seeking re-election", "Speaker"),
    ("Yorkshire Party", "The Yorkshire Party"),                      # leading 'The' is optional
    ("True and Fair Party", "True & Fair Party"),
    ("Lincolnshire Independents", "Linconshire Independents"),       # the CSV's misspelling is canonical
    ("Women’s Equality Party", "Women's Equality Party"),
    ("Libertarian Party", "Libertarian Party"),
    ("Green Party - Stop the Incinerator", "Green"),                 # party first, then a slogan
    ("Aontú", "Aontú"),
    ("BJP", "Bharatiya Janata Party"),                               # no UK party: the only one
]

# (as written, region, canonical): regional rules, for a UK nation, ONS region or constituency.
PARTY_EXAMPLES_REGIONAL = [
    ("Green Party", "Northern Ireland", "Green Party Northern Ireland"),
    ("Green", "Northern Ireland", "Green Party Northern Ireland"),
    ("Green", "Scotland", "Scottish Green Party"),
    ("Green", "Glasgow North East", "Scottish Green Party"),        # a constituency names its nation
    ("Green", "Belfast South and Mid Down", "Green Party Northern Ireland"),
    ("Scottish Green Party", "Scotland", "Scottish Green Party"),
    ("Green", "Wales", "Green"),
    ("Green", "North West", "Green"),                                # ONS region in England
    ("Green", "Queensland", "Green"),                                # no rules for other regions
    ("Labour", "Scotland", "Labour"),
]

# (as written, country, canonical): other countries' parties.
PARTY_EXAMPLES_FOREIGN = [
    ("Linke", "DE", "The Left"), ("Gruene", "DE", "Greens"), ("FW", "DE", "Free Voters"),     # a wire's German short forms
    ("PS", "FI", "Finns Party"), ("PS", "FR", "Socialist Party"),
    ("LDP", "AU", "Libertarian"), ("Liberal Democrats", "AU", "Libertarian"), ("LDP", "JP", "Liberal Democratic Party"),   # renamed in 2023
    ("100% Redress Party", "IE", "100% Redress Party"),
    ("ADPD", "MT", "ADPD – The Green Party"), ("AD+PD", "MT", "ADPD – The Green Party"),     # Malta's third party
    ("B.C. Conservatives", "CA", "Conservative"), ("B.C. NDP", "CA", "New Democratic"),     # the province's initials with their stops
    ("D/P", "US", "Democratic"), ("R/C", "US", "Republican"),      # a fusion ticket: the first line's party
    ("NPA", "CA", "Non-Partisan Association"), ("NPA", "US", "No Party Affiliation"), ("COPE", "CA", "Coalition of Progressive Electors"),
    ("OneCity", "CA", "OneCity Vancouver"), ("ISF", "IN", "Indian Secular Front"),     # Vancouver's civic parties; Florida's "no party"
    ("Sask. Party", "CA", "Saskatchewan Party"), ("Sask. United", "CA", "Saskatchewan United Party"),
    ("PLP", "BS", "Progressive Liberal Party"), ("FNM", "BS", "Free National Movement"), ("BLP", "BB", "Barbados Labour Party"),
    ("SPP", "SG", "Singapore People's Party"), ("RDU", "SG", "Red Dot United"), ("PNM", "TT", "People's National Movement"),
    ("UNC", "TT", "United National Congress"), ("PEP", "TT", "Progressive Empowerment Party"), ("People's United Party", "BZ", "People's United Party"), ("UDP", "BZ", "United Democratic Party"), ("GSLP/Lib", "GI", "GSLP/Liberal Alliance"), ("GSD", "GI", "Gibraltar Social Democrats"), ("HRPP", "WS", "Human Rights Protection Party"), ("Warisan", "MY", "Warisan"),
    ("Parti Warisan Sabah", "MY", "Warisan"), ("PRM", "MY", "Parti Rakyat Malaysia"), ("GRS", "MY", "Gabungan Rakyat Sabah"), ("PN", "MT", "Nationalist Party"),
    ("Shiv Sena (Uddhav Balasaheb Thackrey)", "IN", "Shiv Sena (Uddhav Balasaheb Thackeray)"),     # (the ECI's own spelling)
    ("People Before Profit-Solidarity", "IE", "People Before Profit"),     # (a hyphen for the party's dash)
    ("ALP Labor", "AU", "Labor"), ("ONP One Nation", "AU", "One Nation"),     # a results card's code, then the name
    ("Pakistan Muslim League-Nawaz", "PK", "Pakistan Muslim League (N)"), ("PTI", "PK", "Pakistan Tehreek-e-Insaf"),
    ("Tehreek-i-Labbaik Pakistan", "PK", "Tehreek-e-Labbaik Pakistan"), ("Awami League", "BD", "Awami League"),
    ("NPP", "LK", "National People's Power"), ("NPP", "GH", "New Patriotic Party"), ("JLP", "JM", "Jamaica Labour Party"),
    ("PAP", "SG", "People's Action Party"),
    ("PVV", "NL", "Party for Freedom"), ("Freedom Party", "NL", "Party for Freedom"), ("VVD", "NL", "People's Party for Freedom and Democracy"),
    ("GroenLinks-PvdA", "NL", "GroenLinks-PvdA"), ("GroenLinks–PvdA", "NL", "GroenLinks-PvdA"), ("GL-PvdA", "Netherlands", "GroenLinks-PvdA"),     # (an en dash: GroenLinks first)
    ("D66", "NL", "Democrats 66"), ("BBB", "NL", "Farmer-Citizen Movement"), ("NSC", "NL", "New Social Contract"), ("CDA", "NL", "Christian Democratic Appeal"),
    ("SP", "NL", "Socialist Party"), ("SGP", "NL", "Reformed Political Party"), ("Christian Union", "NL", "ChristenUnie"), ("Volt", "NL", "Volt"),
    ("LDP", "JP", "Liberal Democratic Party"), ("Ishin", "JP", "Nippon Ishin no Kai"), ("JCP", "JP", "Japanese Communist Party"),
    ("Constitutional Democratic Party", "Japan", "Constitutional Democratic Party of Japan"), ("CDP", "JP", "Constitutional Democratic Party of Japan"),
    ("DPP", "JP", "Democratic Party for the People"), ("SDP", "JP", "Social Democratic Party"), ("Komeito", "JP", "Komeito"),     # (codes other countries share)
    ("PiS", "PL", "Law and Justice"), ("Koalicja Obywatelska", "Poland", "Civic Coalition"), ("KO", "PL", "Civic Coalition"),
    ("Trzecia Droga", "PL", "Third Way"), ("PSL", "PL", "Polish People's Party"), ("Lewica", "PL", "The Left"),
    ("Konfederacja", "PL", "Confederation Liberty and Independence"), ("KW Prawo i Sprawiedliwość", "PL", "Law and Justice"),     # (a PKW committee's name)
    ("Arbeiderpartiet", "NO", "Labour Party"), ("Høyre", "Norway", "Conservative Party"), ("FrP", "NO", "Progress Party"),
    ("Sp", "NO", "Centre Party"), ("Venstre", "NO", "Liberal Party"), ("MDG", "NO", "Green Party"), ("Rødt", "NO", "Red Party"),
    ("Socialdemokratiet", "DK", "Social Democrats"), ("Venstre", "DK", "Venstre"), ("SF", "DK", "Green Left"),     # (Venstre: Norway's Liberals, Denmark's own)
    ("Enhedslisten", "Denmark", "Red-Green Alliance"), ("Radikale Venstre", "DK", "Social Liberal Party"), ("Moderaterne", "DK", "Moderates"),
    ("Kokoomus", "FI", "National Coalition Party"), ("Perussuomalaiset", "Finland", "Finns Party"), ("SDP", "FI", "Social Democratic Party"),
    ("Vihreät", "FI", "Green League"), ("RKP", "FI", "Swedish People's Party"), ("Keskusta", "FI", "Centre Party"),
    ("Socialdemokraterna", "SE", "Social Democrats"), ("Sverigedemokraterna", "Sweden", "Sweden Democrats"), ("SD", "SE", "Sweden Democrats"),
    ("Moderaterna", "SE", "Moderates"), ("Left Party", "SE", "Left Party"), ("Miljöpartiet", "SE", "Green Party"), ("C", "SE", "Centre Party"),
    ("N-VA", "BE", "N-VA"), ("PTB", "Belgium", "PVDA-PTB"), ("MR", "BE", "MR"), ("PS", "BE", "Socialist Party"), ("cdH", "BE", "Les Engagés"),
    ("CD&V", "BE", "CD&V"),
    ("PS", "PT", "Socialist Party"), ("PSD", "Portugal", "Social Democratic Party"), ("AD", "PT", "Democratic Alliance"),
    ("Bloco de Esquerda", "PT", "Left Bloc"), ("CDU", "PT", "Portuguese Communist Party"), ("Livre", "PT", "LIVRE"),     # (the CDU: Communists and Greens)
    ("Iniciativa Liberal", "PT", "Liberal Initiative"),
    ("NDP", "CA", "New Democratic"), ("New Democrat", "CA", "New Democratic"),
    ("PN", "MT", "Nationalist Party"), ("Partit Laburista", "Malta", "Labour Party"),
    ("New Democratic Party", "Canada", "New Democratic"),
    ("Liberal", "CA", "Liberal"),
    ("Conservative", "CA", "Conservative"),
    ("PPC", "CA", "People's Party"),
    ("OLP", "CA", "Liberal"), ("GPO", "CA", "Green"), ("Quebec solidaire", "CA", "Québec solidaire"),
    ("ODM", "KE", "Orange Democratic Movement"), ("UDA", "KE", "United Democratic Alliance"), ("DAP-K", "KE", "Democratic Action Party-Kenya"),
    ("ANC", "ZA", "African National Congress"),
    ("PLC", "CA", "Liberal"), ("Nouveau Parti démocratique", "CA", "New Democratic"), ("PVC", "CA", "Green"),     # a Quebec page's French names
    ("SHS(UBT)", "IN", "Shiv Sena (Uddhav Balasaheb Thackeray)"), ("SHS-UBT", "IN", "Shiv Sena (Uddhav Balasaheb Thackeray)"),
    ("Ind Ire", "IE", "Independent Ireland"), ("HAM(S)", "IN", "Hindustani Awam Morcha (Secular)"), ("Vikassheel Insaan Party", "IN", "Vikassheel Insaan Party"),
    ("SHS", "IN", "Shiv Sena"), ("Cong", "IN", "Indian National Congress"), ("SAD-A", "IN", "Shiromani Akali Dal (Amritsar)"), ("SAD", "IN", "Shiromani Akali Dal"),
    ("Shiv Sena", "IN", "Shiv Sena"), ("JMM", "IN", "Jharkhand Mukti Morcha"), ("Nacionalista Party", "PH", "Nacionalista Party"),
    ("GUM", "GH", "Ghana Union Movement"),
    ("Congress", "NP", "Nepali Congress"), ("UML", "NP", "CPN-UML"), ("RSP", "NP", "Rastriya Swatantra Party"),
    ("RSP", "IN", "Revolutionary Socialist Party"), ("NC", "IN", "Jammu & Kashmir National Conference"),    # (codes another country shares)
    ("Loktantrik Samajwadi Party", "NP", "Loktantrik Samajwadi Party"),     # (not India's Samajwadi Party)
    ("People's Party of Canada", "CA", "People's Party"),
    ("Bloc Quebecois", "CA", "Bloc Québécois"),
    ("Greens", "AU", "Greens"),
    ("The Greens", "Australia", "Greens"),
    ("Labor", "AU", "Labor"),
    ("ALP", "AU", "Labor"),
    ("Liberal", "AU", "Liberal"),
    ("LNP", "AU", "Liberal National"),
    ("National Party", "AU", "Nationals"),
    ("Pauline Hanson's One Nation", "AU", "One Nation"),
    ("United Australia Party", "AU", "United Australia Party"),
    ("Animal Justice Party", "AU", "Animal Justice Party"),
    ("Independent", "AU", "Independent"),
    ("D", "US", "Democratic"),
    ("(R)", "US", "Republican"),
    ("L", "US", "Libertarian"),
    ("GOP", "US", "Republican"),
    ("Democrats", "US", "Democratic"),
    ("I", "US", "Independent"),
    ("SF", "IE", "Sinn Féin"),
    ("Sinn Fein", "IE", "Sinn Féin"),
    ("FF", "IE", "Fianna Fáil"),
    ("Fianna Fail", "IE", "Fianna Fáil"),
    ("FG", "IE", "Fine Gael"),
    ("GP", "IE", "Green Party"),
    ("Green Party", "IE", "Green Party"),
    ("Lab", "IE", "Labour"),
    ("Soc Dems", "IE", "Social Democrats"),
    ("Aontú", "IE", "Aontú"),
    ("National", "NZ", "National"),
    ("ACT", "NZ", "ACT"),
    ("NZ First", "NZ", "New Zealand First"),
    ("Te Pati Maori", "NZ", "Te Pāti Māori"),
    ("Labour", "NZ", "Labour"),
    ("BJP", "IN", "Bharatiya Janata Party"),
    ("Congress", "IN", "Indian National Congress"),
    ("INC", "India", "Indian National Congress"),
    ("BSP", "IN", "Bahujan Samaj Party"),
    ("CPI(M)", "IN", "Communist Party of India (Marxist)"),
    ("Labour", "UK", "Labour"),
    ("Greens", None, "Green"),                                       # no country: UK first
    ("SF", None, "Sinn Fein"),
    ("Libertarian", None, "Libertarian Party"),
    ("Libertarian", "US", "Libertarian"),
    ("APC", "NG", "All Progressives Congress"),
    ("Labour", "NG", "Labour Party"),                                # Nigeria's Labour Party is not UK Labour
    ("Reform Jersey", "JE", "Reform Jersey"),
    ("Progress Party", "JE", "Progress Party"),
    ("DA", "ZA", "Democratic Alliance"),
    ("VF+", "ZA", "Freedom Front Plus"),
    ("ANC", "ZA", "African National Congress"),
    ("NPP", "GH", "New Patriotic Party"),
]

# (as written, keyword arguments): nothing, or more than one party with no way to choose.
PARTY_EXAMPLES_NONE = [
    ("Kingsmere First", {}),
    ("", {}),
    ("   ", {}),
    (None, {}),
    ("lab", {}),                            # case-sensitive codes: 'lab' is a word
    ("c", {}),
    ("snp", {}),
    ("PA", {}),                             # the news agency
    ("None of the Above", {}),
    ("National", {}),                       # Australia's Nationals or New Zealand's National
    ("Conservative", {"country": "AU"}),    # no such party there
    ("BJP", {"country": "UK"}),
]


@pytest.mark.parametrize("written, expected", PARTY_EXAMPLES_UK, ids=idfn)
def test_party_uk(written, expected):
    assert parties().canonical(written) == expected


@pytest.mark.parametrize("written, region, expected", PARTY_EXAMPLES_REGIONAL, ids=idfn)
def test_party_regional(written, region, expected):
    assert parties().canonical(written, region=region) == expected


@pytest.mark.parametrize("written, country, expected", PARTY_EXAMPLES_FOREIGN, ids=idfn)
def test_party_foreign(written, country, expected):
    assert parties().canonical(written, country=country) == expected


@pytest.mark.parametrize("written, kwargs", PARTY_EXAMPLES_NONE, ids=idfn)
def test_party_none(written, kwargs):
    assert parties().canonical(written, **kwargs) is None


def test_unknown_country_is_an_error():
    with pytest.raises(ValueError, match="unknown country 'Narnia'"):
        parties().canonical("Labour", country="Narnia")


# (token, bracket, expected)
PARTY_WORD_EXAMPLES = [
    ("Labour", False, True),
    ("Tories", False, True),
    ("Labour's", False, True),
    ("Green", False, False),     # bracket-only: also a surname
    ("Green", True, True),
    ("Reform", False, False),
    ("Smith", True, False),
    ("Lib Dems", False, False),  # two words
    ("lab", True, False),
]


@pytest.mark.parametrize("token, bracket, expected", PARTY_WORD_EXAMPLES, ids=idfn)
def test_is_party_word(token, bracket, expected):
    assert parties().is_party_word(token, bracket=bracket) is expected


def test_every_alias_resolves_to_its_party():
    """What aliases() hands a matcher, canonical() maps back (per country, no region)."""
    for country in ("UK", "IE", "US", "CA", "AU", "NZ", "IN", "NL", "JP", "PL", "NO", "DK", "FI", "SE", "BE", "PT"):
        wrong = [(a.text, a.canonical, parties().canonical(a.text, country=country))
                 for a in parties().aliases(country)
                 if parties().canonical(a.text, country=country) != a.canonical]
        assert not wrong, f"{country}: {wrong}"


def test_alias_flags():
    """All-caps codes are case-sensitive; one- and two-letter aliases are bracket-only."""
    for alias in parties().aliases():
        letters = "".join(ch for ch in alias.text if ch.isalpha())
        if letters.isupper() and " " not in alias.text:
            assert alias.case, alias
        if len(alias.text) <= 2:
            assert alias.context == "bracket", alias


def test_loaded_once():
    assert parties() is parties() and places() is places()


# --- parties: the Commons Library CSV ----------------------------------------------

# CSV Party names that are aliases of another canonical name.
CSV_NAMES_MAPPED_ELSEWHERE = {"Labour and Co-operative": "Labour"}
# CSV abbreviations that stand for several parties; the row's nation decides.
CSV_ABBREVIATIONS_BY_REGION = {"Green"}


@needs_csv
def test_every_csv_party_name_is_canonical():
    rows = _rows(CANDIDATES_CSV)
    pairs = {(r["Party name"], r["Country name"]) for r in rows}
    wrong = [(name, nation, parties().canonical(name, region=nation)) for name, nation in sorted(pairs)
             if parties().canonical(name, region=nation) != CSV_NAMES_MAPPED_ELSEWHERE.get(name, name)]
    assert not wrong
    names = {name for name, _ in pairs} - set(CSV_NAMES_MAPPED_ELSEWHERE)
    assert names == set(parties().names("UK"))


@needs_csv
def test_every_csv_abbreviation_maps_to_its_party():
    rows = _rows(CANDIDATES_CSV)
    triples = {(r["Party abbreviation"], r["Party name"], r["Country name"]) for r in rows}
    wrong, by_region = [], set()
    for abbreviation, name, nation in sorted(triples):
        expected = CSV_NAMES_MAPPED_ELSEWHERE.get(name, name)
        if parties().canonical(abbreviation, region=nation) != expected:
            wrong.append((abbreviation, nation, expected))
        if parties().canonical(abbreviation) != expected:
            by_region.add(abbreviation)
    assert not wrong
    assert by_region == CSV_ABBREVIATIONS_BY_REGION


@needs_csv
def test_every_constituency_csv_party_code_resolves():
    rows = _rows(CONSTITUENCIES_CSV)
    codes = {r[column] for r in rows for column in ("First party", "Second party")}
    codes |= {"Con", "Lab", "LD", "RUK", "Green", "SNP", "PC", "DUP", "SF", "SDLP", "UUP", "APNI"}  # column names
    assert [code for code in sorted(codes) if parties().canonical(code) is None] == []


# --- places ----------------------------------------------------------------------

# (as written, official name)
PLACE_EXAMPLES = [
    ("Ynys Mon", "Ynys Môn"),
    ("Anglesey", "Ynys Môn"),
    ("Bury St Edmunds and Stowmarket", "Bury St Edmunds and Stowmarket"),
    ("Bury St. Edmunds & Stowmarket", "Bury St Edmunds and Stowmarket"),
    ("Argyll Bute and South Lochaber", "Argyll, Bute and South Lochaber"),
    ("Washington & Gateshead South", "Washington and Gateshead South"),
    ("Montgomeryshire and Glyndwr", "Montgomeryshire and Glyndŵr"),
    ("Queens Park and Maida Vale", "Queen's Park and Maida Vale"),
    ("Queen’s Park & Maida Vale", "Queen's Park and Maida Vale"),
    ("Wrekin", "The Wrekin"),
    ("the wrekin", "The Wrekin"),
    ("Weston super Mare", "Weston-super-Mare"),
    ("Saint Albans", "St Albans"),
    ("Rushcliffe constituency", "Rushcliffe"),
    ("Western Isles", "Na h-Eileanan an Iar"),
    ("Hull East", "Kingston upon Hull East"),
    ("RUSHCLIFFE", "Rushcliffe"),
    ("Kingsmere", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize("written, expected", PLACE_EXAMPLES, ids=idfn)
def test_place_canonical(written, expected):
    assert places().canonical(written) == expected


# (name, nation)
PLACE_REGION_EXAMPLES = [
    ("Ynys Môn", "Wales"),
    ("Glasgow North East", "Scotland"),
    ("North Down", "Northern Ireland"),
    ("Rushcliffe", "England"),
    ("Peterborough", "England"),   # also a Canadian riding: pass country to parties() for that
    ("Yorkshire and The Humber", "England"),
    ("Kingsmere", None),
]


@pytest.mark.parametrize("name, expected", PLACE_REGION_EXAMPLES, ids=idfn)
def test_place_region(name, expected):
    assert places().region(name) == expected


def _uk_seats() -> list:
    return [n for n in places().names() if places().region(n) in gazetteer.NATIONS]


def test_places_round_trip():
    names = places().names()
    assert len(_uk_seats()) == 650
    for name in names:
        place = places().get(name)
        assert place.name == name and places().canonical(name) == name
        assert places().region(name) == place.country
        for variant in place.variants:
            assert places().canonical(variant) == name, variant
    assert all(places().canonical(spelling) == name for spelling, name in places().spellings())


@needs_csv
def test_places_match_the_csv():
    rows = _rows(CONSTITUENCIES_CSV)
    assert {r["Constituency name"]: r["Country name"] for r in rows} == \
        {name: places().region(name) for name in _uk_seats()}
    assert {r["ONS ID"] for r in rows} == {places().get(n).ons_id for n in _uk_seats()}


def _script_module(name: str):
    """A build script under scripts/, loaded as a module (scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _build_places_module():
    return _script_module("build_places")


@needs_csv
def test_places_json_is_reproducible():
    build = _build_places_module()
    text = build.render(build.build(CONSTITUENCIES_CSV, build.DEFAULT_VARIANTS))
    assert text == (ROOT / "extract" / "data" / "places.json").read_text(encoding="utf-8"), \
        "places.json is out of date: run python scripts/build_places.py"


def _build_given_names_module():
    return _script_module("build_given_names")


@needs_csv
def test_given_names_json_is_reproducible():
    build = _build_given_names_module()
    text = build.render(build.build(CANDIDATES_CSV))
    assert text == (ROOT / "extract" / "data" / "given_names.json").read_text(encoding="utf-8"), \
        "given_names.json is out of date: run python scripts/build_given_names.py"


@needs_csv
def test_given_names_leave_out_stage_names_places_and_names_given_to_both():
    doc = _build_given_names_module().build(CANDIDATES_CSV)
    female, male = set(doc["female"]), set(doc["male"])
    assert {"Merv", "Zbigniew"} <= male and {"Rushanara", "Suella"} <= female
    assert not female & male
    assert not {"Howling", "Iconic", "Chelsea", "Sam", "Alex", "King"} & (female | male)


# (official name, variant the build script must produce)
SPELLING_VARIANT_EXAMPLES = [
    ("Ynys Môn", "Ynys Mon"),
    ("Washington and Gateshead South", "Washington & Gateshead South"),
    ("Argyll, Bute and South Lochaber", "Argyll Bute and South Lochaber"),
    ("Bury St Edmunds and Stowmarket", "Bury St. Edmunds and Stowmarket"),
    ("Queen's Park and Maida Vale", "Queens Park and Maida Vale"),
    ("The Wrekin", "Wrekin"),
]


@pytest.mark.parametrize("name, variant", SPELLING_VARIANT_EXAMPLES, ids=idfn)
def test_spelling_variants(name, variant):
    assert variant in _build_places_module().spelling_variants(name)


# --- honorifics and fold --------------------------------------------------------------

# (word, position, expected membership)
HONORIFIC_EXAMPLES = [
    ("Sir", "prefix", True),
    ("Cllr", "prefix", True),
    ("Rt Hon", "prefix", True),
    ("State Sen.", "prefix", True),
    ("MP", "suffix", True),
    ("MS", "suffix", True),        # Member of the Senedd (case-sensitive; 'Ms' is a prefix)
    ("Ms", "prefix", True),
    ("TD", "suffix", True),
    ("MP", "prefix", False),
    ("Captain", None, False),      # 'Captain Beany' stood in Aberafan Maesteg: a name, not a title
    ("Count", None, False),        # Count Binface
]


@pytest.mark.parametrize("word, position, expected", HONORIFIC_EXAMPLES, ids=idfn)
def test_honorifics(word, position, expected):
    assert (word in honorifics(position)) is expected


# (a, b): fold() makes these equal
FOLD_EQUAL_EXAMPLES = [
    ("Sinn Féin", "SINN FEIN"),
    ("Plaid Cymru – The Party of Wales", "Plaid Cymru - The Party of Wales"),
    ("Plaid Cymru—The Party of Wales", "Plaid Cymru - The Party of Wales"),
    ("Workers’ Party", "Workers Party"),
    ("True & Fair Party", "true and fair party"),
    ("Te Pāti Māori", "Te Pati Maori"),
    ("Lib  Dems\u00a0", "lib dems"),
]


@pytest.mark.parametrize("a, b", FOLD_EQUAL_EXAMPLES, ids=idfn)
def test_fold(a, b):
    assert fold(a) == fold(b)


# --- data files ------------------------------------------------------------------------

def test_data_files_load_and_validate():
    """Every data file loads through its pydantic shape and the gazetteer's own rules."""
    uk = parties().names("UK")
    assert len(uk) == len(set(uk)) and all(name.strip() for name in uk)
    for country in ("UK", "IE", "US", "CA", "AU", "NZ", "IN", "NL", "JP", "PL", "NO", "DK", "FI", "SE", "BE", "PT"):
        seen: dict[str, str] = {}
        for alias in parties().aliases(country):
            assert alias.text.strip() == alias.text and alias.text, alias
            assert alias.context in ("any", "bracket") and isinstance(alias.case, bool), alias
            other = seen.setdefault(fold(alias.text), alias.canonical)
            assert other == alias.canonical, f"{alias.text!r} names {other} and {alias.canonical} in {country}"
    assert len(_uk_seats()) == 650 and len(places().names()) == 650 + 43      # (and the Dáil's 43 constituencies)
    assert set(honorifics()) == set(honorifics("prefix")) | set(honorifics("suffix"))


def _parties_json() -> dict:
    return json.loads((gazetteer.DATA_DIR / "parties.json").read_text(encoding="utf-8"))


def _add_alias(doc, name, alias):
    next(p for p in doc["parties"] if p["name"] == name and p["country"] == "UK")["aliases"].append(alias)


# (id, how to break parties.json, words the error must contain)
BROKEN_PARTIES = [
    ("empty alias", lambda d: _add_alias(d, "Labour", ""), "aliases"),
    ("untrimmed alias", lambda d: _add_alias(d, "Labour", " Lab "), "aliases"),
    ("bad context", lambda d: _add_alias(d, "Labour", {"text": "Lb", "context": "prose"}), "context"),
    ("unknown key", lambda d: d["parties"][0].update(colour="red"), "colour"),
    ("one alias, two parties", lambda d: _add_alias(d, "Labour", "Tories"), "names ['Conservative', 'Labour'] in UK"),
    ("duplicate alias", lambda d: _add_alias(d, "Labour", "Labour Party"), "listed twice"),
    ("unknown country", lambda d: d["parties"][0].update(country="XX"), "country"),
    ("regional rule to nowhere", lambda d: d["regional"]["Wales"].update({"Green": "Wales Greens"})
     if "Wales" in d["regional"] else d["regional"].update(Wales={"Green": "Wales Greens"}), "regional"),
    ("regional rule outside the UK", lambda d: d["regional"].update(Ontario={}), "regional"),
]


@pytest.mark.parametrize("broken, breaks, message", BROKEN_PARTIES, ids=[row[0] for row in BROKEN_PARTIES])
def test_broken_parties_file_is_refused(tmp_path, monkeypatch, broken, breaks, message):
    doc = copy.deepcopy(_parties_json())
    breaks(doc)
    (tmp_path / "parties.json").write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(gazetteer, "DATA_DIR", tmp_path)
    with pytest.raises(GazetteerError, match="parties.json") as caught:
        gazetteer.Parties(*gazetteer._read("parties.json", gazetteer._PartiesFile))
    assert message in str(caught.value)


def test_seats_abroad_are_places_of_their_country():
    p = places()
    assert p.canonical("Cork North Central") == p.canonical("Cork North–Central") == "Cork North-Central"
    assert p.canonical("Gaillimh Thiar") == "Galway West" and p.region("Galway West") == "Ireland"
    assert parties().canonical("Labour", region="Cork East") == "Labour"     # no UK nation's rules abroad
    assert p.canonical("Cork") is None



def test_a_translated_alias_matches_only_as_its_name_is_written():
    from extract.nlp import mentions
    found, _ = mentions("The remaining four candidates together won 1,264 votes. Ensemble (Together) came first.")
    assert [m.text for m in found] == ["Ensemble", "Together"]
