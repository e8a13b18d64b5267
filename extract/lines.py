"""Result lines that are not prose: candidate rows, contest-figure lines, table rows.

"Jane Smith (Lab) 17,930", "Majority: 1,175", "Turnout 62.0%", "Majority | 6,618 | 15.5",
compact paragraphs of ';'-separated rows, and the broadcaster layout where a candidate
block ("Labour, Andy MacNae") is followed by figure lines ("- 18,247 votes").
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from .document import place_key, split_sentences
from .facts import CandFact, ContestFact
from .gazetteer import parties, places
from .headings import short_plain
from .links import read_outcome
from .names import clean_name, flip_surname_first, title_case
from .numbers import is_year, parse_int
from .rows import Row, STATUS_NAMES, WON_CELL, YES_CELL, _DIGIT as _DIGIT_IN, _looks_like_name, name_in_two_columns, parse_row, person_name as _name, ungroup_spaces

__all__ = ["party_tools", "candidate_block", "table_contest_row", "row_fact", "line_items",
           "MAJ_LINE", "RANK", "BROADCAST_FIGURE", "FIGURE_LABEL", "STATUS", "SIGNED_FIGURE"]

_INLINE_MAJ = re.compile(r"(?:,|\s[-–—])\s*(?:maj\.?|majority)\s*:?\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
                         r"(?:\s*[-–—,]\s*(?:t/o|turnout)\s*:?\s*\d{1,2}(?:\.\d+)?\s*%)?\s*\.?\s*$", re.I)   # ("- Maj 8,405 - T/O 58.7%")
MAJ_LINE = re.compile(
    r"""^\s*(?:[\w .'’-]{0,30}?\s)?                        # "Lab", "Labour", "Conservative"
    (?:majority|maj\.?)(?:\s+(?:after|following)\s+(?:the\s+)?recount)?\s*:?\s*     # "Labour majority after recount: 39"
    (?:\d{1,2}(?:\.\d+)?%\s*)?                             # a majority as a share first: "Maj 8.7% 3,323"
    (?P<num>\d{1,3}(?:,\d{3})+|\d+)\b(?!\.\d|%)""",
    re.I | re.X,
)


def majority_line(line: str) -> Optional[re.Match]:
    """A line that gives this result's majority: not "Notional majority 2019 12,006" or "C maj (notional 2019)"."""
    m = MAJ_LINE.match(line)
    if m and (_OLD_LABEL.search(line[:m.start("num")].lower()) or is_year(m.group("num"))
              or _THRESHOLD_LABEL.search(line[:m.start("num")])):
        return None
    return m


_MARGIN_LINE = re.compile(r"\s*(?:winning\s+)?margin\s*:?\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\s+votes?)?\s*", re.I)
# A bar to reach, not a result's majority: "Needed for majority: 26", "Seats for a majority: 326".
_THRESHOLD_LABEL = re.compile(r"\b(?:needed|needs|required|for\s+(?:a|an|overall)?\s*majority|to\s+win|target)\b", re.I)


_TURNOUT_WORD = r"(?:turnout|t/out|t/o|(?:poll|polling|voter|voting)\s+percentage)"      # "T/out: 69.2%", "t/o 50.8%", Indian pages' "Poll percentage: 52.43%"
_TURNOUT_LINE = re.compile(r"^\s*" + _TURNOUT_WORD + r"\s*:?\s*(?P<pct>\d{1,3}(?:\.\d+)?)%", re.I)
# A figure line under a candidate block: "- 18,247 votes", "Votes: 18,247", "40.9% share", "Share 40.9%".
BROADCAST_FIGURE = re.compile(
    r"""^\s*[-–•]?\s*(?:(?P<label>(?:(?:1st|first)[- ]preference\s+)?(?:votes?(?:\s+(?:obtained|polled|received|secured))?|vote\s+share|share|percentage))\s*[:|]?\s*)?       # "Votes | 24,539": a <dt>/<dd> pair
    (?P<num>[+\-−]?[\d,]+(?:\.\d+)?)\s*%?\s*
    (?P<unit>(?:pleidlais\s*/\s*)?votes?|%?\s*share|per\s+cent(?:\s+share)?|change|pts|points)?\s*      # (a Welsh page's "15,520 pleidlais / votes")
    (?:\(\s*(?P<pct>\d{1,3}(?:\.\d+)?)\s*%\s*\)\s*                # "Votes 15,023 (38.9%)"
      |(?:(?<=\d)|(?<=vote)|(?<=votes))(?:[ \t]*[·•|,;/][ \t]*|[ \t]+)(?P<pct2>\d{1,3}(?:\.\d+)?)\s*%\s*)?     # "13,904  38.6%  ELECTED", "18,663 votes · 40.9%": a card's votes and share on one line
    (?:(?:[-–—|·•]\s*|(?<=%)[ \t]+|(?<=%\s\s)|(?<=%\s))(?P<won>elected|winner|[✓✔])
       (?:\s*\((?:(?:at|on)\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+(?:count|stage)|(?:count|stage)\s+\d{1,2})\)|\s+(?:on|at)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+count)?\s*)?$""",
    # "15,929 votes (34.0%) - Elected", a Maltese count's "4,105 votes · ELECTED (1st count)"
    re.I | re.X,
)
# A figure's label alone on its line: "Labour majority", "Majority", "Turnout".
FIGURE_LABEL = re.compile(r"\s*(?:(?P<maj>(?:[A-Z][\w ]{0,30}\s)?majority)|(?:[A-Z][\w ]{0,30}\s)?turnout)\s*:?\s*", re.I)     # ("Clacton turnout")
# A status line inside a candidate block: "ELECTED", "Winner", "Incumbent".
STATUS = re.compile(r"^\s*(?:(?P<won>elected|winner|won|✓|✔|gain|hold)|incumbent|sitting\s+MP|defeated|not\s+elected)\s*$", re.I)
SIGNED_FIGURE = re.compile(r"^\s*(?:[-–•]\s+)?(?:change\s*[:|]?\s*)?[+\-−]\d|change\s*$", re.I)


@functools.lru_cache(maxsize=64)
def party_tools(country: Optional[str] = None):
    """(is_party, split_glued) for cells; `country`, the article's, adds its parties ("National" in New Zealand)."""
    gaz = parties()

    def known(text: str) -> bool:
        return gaz.canonical(text) is not None or country is not None and gaz.canonical(text, country=country) is not None

    def is_party(text: str) -> bool:
        text = text.strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]
        # a ballot-paper description: "The Conservative Party Candidate"
        return known(text) or (text.endswith(" Candidate") and known(text[:-10]))

    def split_glued(text: str) -> Optional[tuple[str, str]]:
        # "Liberal DemocratMartin Wrigley": the longest known party prefix, else a lower->Upper seam.
        for i in range(len(text) - 2, 1, -1):
            if text[i].isupper() and gaz.canonical(text[:i].strip()):
                return text[:i].strip(), text[i:].strip()
        m = re.search(r"[a-z](?=[A-Z][a-z])", text)
        if m:
            return text[:m.end()].strip(), text[m.end():].strip()
        return None

    return is_party, split_glued

RANK = re.compile(r"^\s*\d{1,3}[.)]\s+")      # a list's rank before its row: "1. Labour, Sadiq Khan"
_FIGURE_IN = re.compile(r"\d{2}")
_PARTY_COMMA_NAME = re.compile(r"^\s*(?P<a>[^,\d]{2,60}),\s*(?P<b>[^,\d]{2,60})\s*$")
_NAME_DASH_PARTY = re.compile(r"\s*(?P<name>[A-ZÀ-Þ][^,\d:|()]{2,60}?)\s+[-–—]\s+(?P<party>[^,\d:|]{2,60}?)\s*")


def candidate_block(line: str, prev_plain: Optional[str], is_party, prev2: Optional[str] = None) -> Optional[dict]:
    """The head of a broadcaster candidate block: "Labour, Andy MacNae", or a party line and a
    name line in either order ("Labour" / "Andy MacNae"); or a declaration turned to text one
    cell per line, the SURNAME, the forenames, then the party ("BROWNING" / "Jon" / "Labour Party")."""
    line = RANK.sub("", line)
    pf = _PARTY_COMMA_NAME.match(line) if "," in line else None
    if pf and is_party(pf.group("a")) and not is_party(pf.group("b")) and len(pf.group("b").split()) >= 2:
        return {"party": pf.group("a").strip(), "name": pf.group("b").strip()}
    nd = _NAME_DASH_PARTY.fullmatch(line)
    if nd and is_party(nd.group("party")) and not is_party(nd.group("name")) and len(nd.group("name").split()) >= 2:
        return {"party": nd.group("party").strip(), "name": _name(nd.group("name"))}     # a declaration form's "1. DZIFA KOMLA AGBENYEGA - NDC"
    here = line.strip()
    if prev_plain and (short_plain(here) or len(here) < 60 and is_party(here) and not _FIGURE_IN.search(here)):
        # ("Conservative and Unionist Party"; not "Labour Party - 1,655 ELECTED", the party line of a two-line card)
        if is_party(prev_plain) and _looks_like_name(here, is_party):
            return {"party": prev_plain, "name": _name(here)}
        if is_party(here) and _looks_like_name(prev_plain, is_party):
            return {"party": here, "name": _name(prev_plain)}        # ("HARGREAVES, Daniel" / "Liberal")
        if prev2 and is_party(here) and _CAPS_SURNAME.fullmatch(prev2) and _FORENAMES.fullmatch(prev_plain) \
                and not is_party(prev2) and not is_party(prev_plain):
            return {"party": here, "name": flip_surname_first(f"{prev2}, {prev_plain}")}
    return None


# A results card's second line under the name: "Labour · 13,689 (33.5%)", "Reform UK | 9,989 votes | 24.5%".
_PARTY_FIGURES = re.compile(r"\s*(?P<party>[^\d|·:()]{2,60}?)\s*[·|:–—,-]\s*(?P<votes>\d{1,3}(?:,\d{3})+|\d+)(?:\s*votes?)?"
                            r"(?:\s*(?:\(\s*|[·|,]\s*)(?P<share>\d{1,3}(?:\.\d+)?)\s*%\s*\)?)?"
                            r"(?:\s*[-–—|]?\s*(?P<won>ELECTED|Elected|elected|WINNER|Winner|[✓✔*]))?\s*")     # ("Labour Party - 1,655 ELECTED")


def name_then_party_figures(line: str, prev_plain: Optional[str], is_party) -> Optional[dict]:
    """The party and figures of the person named on the line before ("Tristan Osborne" / "Labour · 13,689 (33.5%)")."""
    if not prev_plain:
        return None
    m = _PARTY_FIGURES.fullmatch(line)
    if not (m and is_party(m.group("party").strip()) and _looks_like_name(prev_plain, is_party)
            and not is_party(prev_plain) and " " in prev_plain.strip()):
        return None
    share = float(m.group("share")) if m.group("share") else None
    return {"party": m.group("party").strip(), "votes": parse_int(m.group("votes")),
            "share": share if share is None or share <= 100 else None, **({"elected": True} if m.group("won") else {})}


_CAPS_SURNAME = re.compile(r"\s*[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,2}\s*")
_FORENAMES = re.compile(r"\s*[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’.-]*){0,3}\s*")

_TABLE_INT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)$")
_LAKH_COUNT = re.compile(r"^\d{1,2}(?:,\d\d)+,\d{3}$")       # a winner's or runner-up's "1,12,642" in an Indian grid
_BALLOTS_NOTE = re.compile(r"(?<=%)\s*\((?:\s*[\d,]+\s+(?:ballots|votes|voters|ballot\s+papers)(?:\s+cast)?|\s*(?:19|20)\d\d\s*:\s*[\d.]+\s*%)\s*\)$")   # ("(2021: 38.9%)")
_TABLE_PCT = re.compile(r"^(\d{1,3}\.\d+|\d{1,3})\s*(?:%|(?i:per\s?cent|percent|pc))?$")      # ("Turnout | 55.1 per cent")


_NAME_BRACKET = re.compile(r"(?P<name>[^()\d]{2,60}?)\s*\((?P<party>[^()\d]{1,40})\)")


_AREA_WIDE = re.compile(r"(?i)(?:town|city|county|district|state|province|borough|village|township|municipal(?:ity)?|region|country|nation)[- ]?wide|at[- ]large|all\s+wards")
_DECLARED_CELL = re.compile(r"(?i)\b(?:result\s+)?declared\b|\bwon\b")
_NO_WINNER_YET = re.compile(r"(?i)(?:awaiting|pending|too\s+close|tb[cd]\b|to\s+be\s+(?:declared|confirmed|decided)|not\s+(?:yet\s+)?(?:declared|called)"
                            r"|(?:still\s+)?counting\b|recount\b|no\s+result|undeclared|uncalled)")


_FINE_PLACE_COLUMN = re.compile(r"constituenc|ward|seat|riding|division|electorate", re.I)


def grid_row(doc, cells: list[str], header, s: int, e: int, facts: list, last: Optional[str] = None) -> Optional[str]:
    """One contest per row of a grid: "Carlisle | Julie Minns | Lab | 5,200 | 59.1% | ... | LAB GAIN
    FROM CON" under "Constituency | Winner | Party | Majority | Turnout | Swing | Result".
    Returns the row's contest key, or None when the row is not one. ``last``: the key of the row
    above, for a spreadsheet's rows that leave the seat's cell empty under its first."""
    if len(cells) == len(header.columns):
        cells, header = name_in_two_columns(cells, header)      # "Bristol Central,4,DENYER,Carla,Green Party,24539,Y"
    cols = header.columns
    if "place" in cols and not {"winner", "name", "votes"} & set(cols) and {"turnout", "majority"} & set(cols) and len(cells) == len(cols):
        return _seat_figures_row(cells, header, s, e, facts)
    if "place" not in cols or not ("winner" in cols or "name" in cols) or len(cells) != len(cols):
        return None
    cells = [ungroup_spaces(c) for c in cells]     # "18 308"
    cell: dict[str, str] = {}
    for role, value in zip(cols, cells):
        cell.setdefault(role, value)     # (the winner's party is the first "Party"; a runner-up's comes after them)
    finer = [i for i, role in enumerate(cols) if role == "place" and _FINE_PLACE_COLUMN.search(header.names[i])] if cols.count("place") > 1 else []
    if finer:
        cell["place"] = cells[finer[-1]]     # "region,district,constituency,...": the seat is the finest place column's
    place = cell["place"].strip()
    if _AREA_WIDE.fullmatch(place):
        return None     # "BRENNAN, Claire | Town-wide | 4,812": the whole town votes; the office's heading names the race
    if "winner" not in cols and "name" in cols and "votes" in cols and set(cols[:cols.index("place") + 1]) <= {"other", "place"}:
        return _candidate_grid_row(cells, header, place, s, e, facts, last)     # (the seat's column first, or after an ID's: "RaceID,RaceName,...")
    flagged = "winner" in cols and "name" in cols      # "Ward | Candidate | Party | Votes | Elected?": one row per candidate
    who = ((cell.get("name") if flagged else cell.get("winner") or cell.get("name")) or "").strip()
    if not place and flagged and last:
        key = last          # "| Iddrisu Sufyan | Reform UK | 6 685 | ..." under "Coventry East | Mary Creagh | ..."
    elif not re.match(r"[A-ZÀ-Þ]", place) or any(ch.isdigit() for ch in place):
        place = _numbered_place(place, header.names[cols.index("place")])
        if place is None:
            return None
        key = place_key(place)      # "12" under "Ward": Ward 12
    else:
        key = place_key(place)
    if not re.match(r"[A-ZÀ-Þ]", who) or any(ch.isdigit() for ch in who) or _NO_WINNER_YET.match(who):
        return None     # ("Malava | Kakamega | Awaiting declaration | -": no winner yet)
    if "leading candidate" in header.names and not _DECLARED_CELL.search(" ".join(cells)):
        return None     # an Election Commission grid's leader whose status is not "Result Declared": no winner yet
    if _COUNT_LABEL.fullmatch(who):
        _count_row(who, cell, s, e, key, facts)     # "Holme Lane | | Turnout % | | 42.0": the ward's count, not a candidate
        return key
    if place:
        facts.append(ContestFact("name", place, s, e, key, strength=2))
    first_votes = cells[cols.index("votes")].strip() if "votes" in cols else ""     # (a runner-up's votes come later)
    votes = parse_int(first_votes) if _TABLE_INT.match(first_votes) or _LAKH_COUNT.match(first_votes) else None
    share = _table_pct(cell.get("share"))
    party = (cell.get("party") or "").strip() or None
    who = _BADGE_AFTER.sub("", who)      # "Ryan Kowalczyk (CPC) HOLD"
    bracket = _NAME_BRACKET.fullmatch(who)
    if bracket and party is None:
        who, party = bracket.group("name"), bracket.group("party")      # "Chris Murray (Lab)"
    elected = bool(YES_CELL.fullmatch((cell.get("winner") or "").strip())) or None if flagged else True if "winner" in cols else None
    status = next((c.strip() for n, c in zip(header.names, cells) if n in STATUS_NAMES), None) if "winner" not in cols else None
    if status is not None:
        elected = True if WON_CELL.fullmatch(status) else None      # "...,90.43,ELECTED,131/131" under "...,percent,status,..."
    facts.append(CandFact(clean_name(_name(who)), s, e, key, party=party, votes=votes, share=share, elected=elected, strength=3))     # ("SHAMEER K. P.")
    if "runner" in cols:
        # "... | Runner-up | Votes | ...": the second person, with the votes column after theirs
        i = cols.index("runner")
        second = _NAME_BRACKET.fullmatch(cells[i].strip())
        own = cols[i + 1:i + 3]      # "Runner-up | Votes" or "Runner-up | Party | Votes"
        after = cells[i + 1 + own.index("votes")].strip() if "votes" in own else ""
        second_party = (second.group("party") if second else None) or (cells[i + 1].strip() if own[:1] == ["party"] else None)
        second_name = second.group("name") if second else cells[i].strip() if own[:1] == ["party"] else ""
        if re.match(r"[A-ZÀ-Þ]", second_name) and not any(ch.isdigit() for ch in second_name):
            facts.append(CandFact(clean_name(_name(second_name)), s, e, key, party=second_party or None,
                                  votes=parse_int(after) if _TABLE_INT.match(after) or _LAKH_COUNT.match(after) else None, position=True, strength=3))   # (second, with or without votes)
    margin = cells[header.names.index("margin")].strip() if "majority" not in cols and "margin" in header.names else None
    majority = cell.get("majority") or margin      # (a grid's "MARGIN" beside "2021 MARGIN": the winner's over the runner-up)
    if majority and _TABLE_INT.match(majority) and "." not in majority:
        facts.append(ContestFact("majority", parse_int(majority), s, e, key, strength=3))
    turnout = _table_pct(cell.get("turnout"))
    if turnout is not None:
        facts.append(ContestFact("turnout", turnout, s, e, key, strength=3))
    facts.extend(f for f in read_outcome(doc, s, e, key) if f.field != "majority")
    return key


_ORDINAL_CELL = re.compile(r"\d{1,3}(?:st|nd|rd|th)?")
_NUMBERED_KINDS = {"district": "District", "dist.": "District", "dist": "District", "ward": "Ward"}


def _numbered_place(cell: str, column: str) -> Optional[str]:
    """A seat's cell that is its number, under a column that says what it numbers: "22nd District", "Ward 3"."""
    if not _ORDINAL_CELL.fullmatch(cell) or column not in _NUMBERED_KINDS:
        return None
    kind = _NUMBERED_KINDS[column]
    return f"{kind} {cell}" if cell.isdigit() else f"{cell} {kind}"


_VOTE_FOR_NOTE = re.compile(r"\s*\((?i:vote\s+for|elect)\s+(?:(?i:not\s+more\s+than|up\s+to)\s+)?(?:\d{1,2}|[A-Za-z]+)\)\s*$")
# A seat's name whose only figure is its number, last: "Fiscal Court Commissioner District 2", "Ward No. 12".
_NUMBER_LAST = re.compile(r"[A-ZÀ-Þ][^\d]*[^\W\d_][^\d]*\s(?:No\.\s?)?\d{1,3}[A-Z]?")
_CODE_BEFORE_SEAT = re.compile(r"\d{1,4}\s*[-–.]?\s+(?=[A-ZÀ-Þ][\w'’-]{2,})")


def _seat_figures_row(cells: list[str], header, s: int, e: int, facts: list) -> Optional[str]:
    """A seat's turnout or majority in a table of its own, under the candidates' ("ward_name,electorate,...,turnout_pct" /
    "Brookfield,7402,...,26.7"): only for a seat the story has already named, so that a table of figures makes no contest."""
    place = cells[header.columns.index("place")].strip()
    key = place_key(place) if re.match(r"[A-ZÀ-Þ]", place) else None
    if key is None or not any(isinstance(f, ContestFact) and f.field == "name" and f.contest == key for f in facts):
        return None
    for role in ("turnout", "majority"):
        figure = cells[header.columns.index(role)].strip() if role in header.columns else ""
        if role == "turnout" and _table_pct(figure) is not None:
            facts.append(ContestFact("turnout", _table_pct(figure), s, e, key, strength=3))
        elif role == "majority" and _TABLE_INT.match(figure):
            facts.append(ContestFact("majority", parse_int(figure), s, e, key, strength=3))
    return key


def _count_row(label: str, cell: dict, s: int, e: int, key: str, facts: list) -> None:
    """A seat's count in a grid's name column ("Turnout %", "Majorité"): its figure, in the votes or the share column
    (a CSV's empty field reads "–")."""
    figure = next((c for c in ((cell.get("votes") or "").strip(), (cell.get("share") or "").strip()) if c not in ("", "–")), "")
    label = label.lower()
    if label.startswith(("turnout", "taux")) and _table_pct(figure) is not None:
        facts.append(ContestFact("turnout", _table_pct(figure), s, e, key, strength=3))
    elif label.startswith(("electorate", "électeurs", "registered")) and _TABLE_INT.match(figure):
        facts.append(ContestFact("electorate", parse_int(figure), s, e, key, strength=3))
    elif label.startswith("majorit") and _TABLE_INT.match(figure):
        facts.append(ContestFact("majority", parse_int(figure), s, e, key, strength=3))


def _candidate_grid_row(cells: list[str], header, place: str, s: int, e: int, facts: list, last: Optional[str]) -> Optional[str]:
    """A candidate's row under "District | Candidate | Party | Votes | Pct.", the seat's cell filled on its first
    row only ("22nd | Nadia Farouk* | D | 17,950 | 53.9%" / "| Greg Lambert (i) | R | 15,311 | 46.0%")."""
    from .rows import HeaderMap, parse_cells
    seat_at = header.columns.index("place")      # (after an ID's column: "RaceID,RaceName,...")
    place = _VOTE_FOR_NOTE.sub("", place)       # "Village of Plover Trustee (Vote For 3)"
    coded = _CODE_BEFORE_SEAT.match(place)
    if coded:
        place = place[coded.end():]     # "241 MUHORONI": the commission's number, then the seat
        place = title_case(place) if place.isupper() else place
    if not place:
        if last is None:
            return None
        key = last
    elif _numbered_place(place, header.names[seat_at]):
        place = _numbered_place(place, header.names[seat_at])
        key = place_key(place)
    elif re.match(r"[A-ZÀ-Þ]", place) and not any(ch.isdigit() for ch in place) or _NUMBER_LAST.fullmatch(place) \
            or _NAMED_OFFICE_WITH_NUMBERS.match(place):
        key = place_key(place)      # ("Fiscal Court Commissioner District 2", "Wenlow School District No. 246 Director District No. 3")
    else:
        return None
    who = next((c.strip() for role, c in zip(header.columns, cells) if role == "name"), "")
    if _COUNT_LABEL.fullmatch(who):
        _count_row(who, dict(zip(header.columns, cells)), s, e, key, facts)     # "Choma Central,TURNOUT (%),,79.25": the seat's count
        return key
    at = next((i for i, role in enumerate(header.columns) if i > seat_at and role != "place"), seat_at + 1)
    row = parse_cells(cells[at:], HeaderMap(header.columns[at:], header.names[at:]), party_tools()[0])     # (the columns after the seat's)
    if row is None or row.votes is None:
        return None
    if place:
        facts.append(ContestFact("name", place, s, e, key, strength=2))
    facts.append(row_fact(row, s, e, key))
    return key


_NAMED_OFFICE_WITH_NUMBERS = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.-]+){2,}")     # a race named in words, its numbers among them
_BADGE_AFTER = re.compile(r"\s+(?:HOLD|GAIN|NEW|Hold|Gain|New|hold|gain)\s*$")
_COUNT_LABEL = re.compile(r"(?i:electorate|turnout\s*%?|ballot\s+papers(?:\s+issued)?|rejected(?:\s+ballots|\s+papers)?|spoilt(?:\s+ballots)?|total(?:\s+votes)?"
                          r"|null\s+and\s+void|total\s+valid"     # (a tally sheet's)
                          r"|majority|valid\s+votes(?:\s+cast)?"
                          r"|registered\s+voters|total\s+(?:valid\s+)?votes(?:\s+cast)?|turnout\s*\(%\)|rejected\s+votes"
                          r"|majorité|taux\s+de\s+participation|électeurs\s+inscrits|bulletins\s+(?:valides|rejetés|nuls))")     # (French: Quebec's DGEQ)
_MAJ_CELL = re.compile(r"(?:maj\.?|majority)\s*:?\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)", re.I)


def winner_row(doc, cells: list[str], s: int, e: int, facts: list, is_party) -> Optional[str]:
    """A header-less row of a seats guide: "Guildford ▸ Zöe Franklin ▸ Liberal Democrat ▸ maj 8,429 ▸ ... ▸ LD GAIN":
    a seat, its winner, the winner's party and the majority. Returns the row's contest key."""
    if len(cells) < 4:
        return None
    place, who, party = (c.strip() for c in cells[:3])
    maj = next((_MAJ_CELL.fullmatch(c.strip()) for c in cells[3:] if _MAJ_CELL.fullmatch(c.strip())), None)
    if not (maj and is_party(party) and " " in who and _looks_like_name(who, is_party) and re.match(r"[A-ZÀ-Þ]", place)
            and not any(ch.isdigit() for ch in place) and not is_party(place)
            and (places().canonical(place) is not None or not _looks_like_name(place, is_party))):
        return None     # (a known seat, or a name no person has: "Surrey Heath" looks like one)
    key = place_key(place)
    facts.append(ContestFact("name", place, s, e, key, strength=2))
    facts.append(CandFact(clean_name(who), s, e, key, party=party, elected=True, strength=3))
    facts.append(ContestFact("majority", parse_int(maj.group("num")), s, e, key, strength=3))
    facts.extend(f for f in read_outcome(doc, s, e, key) if f.field != "majority")
    return key


def _table_pct(value: Optional[str]) -> Optional[float]:
    if not value or not _TABLE_PCT.match(value.strip()):
        return None
    pct = float(_TABLE_PCT.match(value.strip()).group(1))
    return pct if pct <= 100 else None


_MAJORITY_LABEL = re.compile(r"(?:[a-z][\w ]{0,30}\s)?(?:majority|maj)\b")        # "Majority", "Labour majority"
_OLD_LABEL = re.compile(r"\b(?:notional|previous|last|old|(?:19|20)\d\d)\b")       # "Notional majority 2019"
_TURNOUT_LABEL = re.compile(r"\s*(?:voter\s+|total\s+(?:votes|poll|ballots)\s*(?:/|and|&)\s*)?" + _TURNOUT_WORD + r"\b")    # "Total votes / turnout"


_LABELLED_CELL = re.compile(r"\s*([^:\d]{2,30}?)(?:\s*:\s*|\s+(?=\d))(.+)$")


def table_contest_row(cells: list[str], s: int, e: int, current, facts: list) -> bool:
    """'Majority | 6,618 | 15.5', 'Turnout | 42,715 | 60.2', 'Registered electors | 70,976': contest figures."""
    labelled = [_LABELLED_CELL.match(c) for c in cells]
    if len(cells) >= 2 and all(labelled):
        # "Electorate: 74,697 | Valid poll: 41,185 | Turnout: 55.1%", "Turnout 56.3% | Swing 19.5% Con to Lab":
        # each cell is its own label.
        hit = False
        for m in labelled:
            hit = table_contest_row([m.group(1), m.group(2)], s, e, current, facts) or hit
        return hit
    *pieces, last = cells[0].split(" · ")
    if pieces and (_MAJORITY_LABEL.match(last.lower()) or _TURNOUT_LABEL.match(last.lower())):
        # "Electorate 76,144 · Turnout | – | 65.1": a figure of its own, then the label of the row's cells
        hit = False
        for piece in pieces:
            m = _LABELLED_CELL.match(piece)
            hit = bool(m) and table_contest_row([m.group(1), m.group(2)], s, e, current, facts) or hit
        return table_contest_row([last] + cells[1:], s, e, current, facts) or hit
    label = cells[0].lower()
    if " / " in label:      # "Mwyafrif / Majority": a bilingual label, whichever side is English
        label = next((side for side in label.split(" / ") if _MAJORITY_LABEL.match(side.strip()) or _TURNOUT_LABEL.match(side.strip())
                      or side.strip().startswith(("registered electors", "electorate"))), label).strip()
    values = [c.strip() for c in cells[1:]]
    if _MAJORITY_LABEL.match(label) and not _OLD_LABEL.search(label):
        n = next((v for v in values if _TABLE_INT.match(v) and "." not in v), None)
        if n:
            facts.append(ContestFact("majority", int(n.replace(",", "")), s, e, current, strength=3))
            whose = _MAJORITY_OWNER.match(cells[0])
            party = parties().canonical(whose.group(1)) if whose else None
            if party:       # "Lab maj 15,455": the majority is that party's, so its candidate won
                facts.append(ContestFact("winner_party", party, s, e, current, strength=1))
        return True
    if _MARGIN_LABEL.match(label):
        n = next((v for v in values if _TABLE_INT.match(v) and "." not in v), None)
        if n:       # "Result: BJP hold | Margin: 18,613 | Turnout: 57.9%": a majority only if the counts agree (build.py)
            facts.append(ContestFact("lead", int(n.replace(",", "")), s, e, current, strength=3))
            return True
    if _TURNOUT_LABEL.match(label):
        values = [_BALLOTS_NOTE.sub("", v) for v in values]       # "37.1% (24,905 ballots)"
        pcts = [p for v in values if ("." in v or "%" in v or "cent" in v.lower()) and (p := _table_pct(v)) is not None]
        if pcts:
            facts.append(ContestFact("turnout", pcts[0], s, e, current, strength=3))
        return True
    if _POLL_LABEL.match(label):
        pct = next((m for m in (_COUNT_AND_PCT.fullmatch(v) for v in values) if m and float(m.group(1)) <= 100), None)
        if pct:     # "Total poll: 67,480 (62.9%)": the poll and its share of the electorate
            facts.append(ContestFact("turnout", float(pct.group(1)), s, e, current, strength=3))
            return True
    if label.startswith(("registered electors", "electorate")):
        n = next((v for v in values if _TABLE_INT.match(v)), None)
        if n:
            facts.append(ContestFact("electorate", int(n.replace(",", "")), s, e, current, strength=3))
        return True
    outcome = re.match(r"^\s*(?P<party>[^\d|]{2,40}?)\s+(?:gain|hold)\b(?:\s+from\s+[^\d|]{2,40})?\s*$", cells[0], re.I)
    return bool(outcome and parties().canonical(outcome.group("party")))     # "Labour gain from Conservative | Swing | 16.7"


_MARGIN_LABEL = re.compile(r"(?:winning\s+|victory\s+)?margin\s*$")
_SENTENCE_BEFORE = re.compile(r"[A-Za-z]{2,}\.$")
_POLL_LABEL = re.compile(r"\s*(?:total\s+poll|ballots?\s+cast|(?:total\s+)?votes\s+cast|ballot\s+papers\s+(?:issued|counted))\s*$")
_COUNT_AND_PCT = re.compile(r"\d{1,3}(?:,\d{3})+\s*\(\s*(\d{1,2}(?:\.\d+)?)\s*%\s*\)")


def row_fact(row: Row, s: int, e: int, contest: Optional[str]) -> CandFact:
    return CandFact(clean_name(row.name), s, e, contest, party=row.party, votes=row.votes,
                    share=row.share, elected=row.elected, strength=3)


# "Majority 3,485. Turnout 55.1%", "Labour majority 1,192 on a turnout of 59%".
_INLINE_TURNOUT = re.compile(r"\b" + _TURNOUT_WORD + r"\s*(?::|of|was|at)?\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent)", re.I)
# After rows, a clause of its own: "Lib Dem gain from Conservative, majority 9,957, turnout 66.8%".
_CLAUSE_MAJ = re.compile(r"[,;]\s*(?:majority|maj\.?)\s*:?\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\b(?!\.\d|%)", re.I)
# "The other candidates were Nick Morphet (Green), 2,467; ...": words that lead into a list of rows.
_LEAD_IN = re.compile(r"^[^\d:;()]{2,60}?\b(?:were|was|are|is|included|including)\s+(?=[A-Z])")
_ROW_SENTENCE_TRIM = re.compile(r"^[\"“”']+|[\"“”'.]+$")
_LABEL = re.compile(r"^[^\d:]{2,70}:\s+")     # ("The result in Rawmarsh and Conisbrough was: ...")
# A party's share on a line of its own, as election-night accounts post them: "LAB: 30.2% (-21.3)",
# "Reform UK - 47.1% (+47.1)", "CON: 18% (=)".
# "Birmingham Yardley: Lab 31.2%, Workers Party 29.3%, Reform 14.0%": one seat's shares by party.
_SHARE_ITEM = re.compile(r"\s*(?P<party>[A-Za-z][\w.&'’-]*(?:\s[\w.&'’-]+){0,4}?)\s+(?P<pct>\d{1,2}(?:\.\d{1,2})?)\s*%\s*(?:[,;]|$)")


def _place_shares(doc, s: int, e: int, current: Optional[str]) -> list:
    """(A heading read the place already when ``current`` is set and the line is only the shares.)"""
    text = doc.text
    colon = text.find(":", s, e)
    places = doc.places_in(s, colon) if colon > 0 else []
    if places and places[0].start - s <= 2 and not text[places[-1].end:colon].strip():
        key, pos = place_key(places[0].canonical), colon + 1
    elif current is not None:
        key, pos = current, s
    else:
        return []
    out: list = []
    while pos < e:
        m = _SHARE_ITEM.match(text, pos, e)
        party = parties().canonical(m.group("party")) if m else None
        if not party:
            return []
        out.append(CandFact("@party:" + party, s, e, key, party=m.group("party"), share=float(m.group("pct")), strength=3))
        pos = m.end()
    return out if len(out) >= 2 else []


_PARTY_SHARE_LINE = re.compile(
    r"""^\s*(?P<party>[A-Za-z][\w.&'’]*(?:\s[\w.&'’]+){0,4}?)\s*(?:[:–—-]\s*|\s)
    (?P<pct>\d{1,2}(?:\.\d{1,2})?|100)\s*%
    \s*(?:\(\s*(?:[+\-−±]?\s*\d{1,2}(?:\.\d{1,2})?\s*%?|=|new|n/?a|[–—-])\s*\))?\s*$""",     # ("IFP 47.3% (38.0%)": then)
    re.X | re.I,
)


_WINNER_MAJ = re.compile(r"\s*(?:[-•*]\s+)?(?P<name>[^()\d\n,;:|]{3,60}?)\s*(?:\((?P<party>[^()\d\n]{1,60})\))?\s*[,;–—-]\s*"
                         r"(?:maj\.?|majority)\s*:?\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*\.?\s*", re.I)


_NAME_AND_VOTES = re.compile(r"\s*(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})\s+(?P<votes>\d{1,3}(?:,\d{3})+|\d+)\s*\.?\s*")
_MAJORITY_OWNER = re.compile(r"\s*([A-Z][\w .'’-]{0,30}?)\s+(?:majority|maj\.?)\b", re.I)


_LABELLED_FIGURES = re.compile(r"\s*(?:majority|maj\.?|turnout|t/o|swing|electorate)\b[^\n]*?(?:\s[-–—]\s+(?:majority|maj\.?|turnout|t/o|swing|electorate)\b[^\n]*?)+", re.I)
_OUTCOME_LEAD = re.compile(r"^[A-Za-z][\w ]{0,30}?\s+(?:GAIN|HOLD|gain|hold)(?:\s+(?:FROM|from)\s+[\w ]{1,30}?)?\s*[-–—:]\s+")


def line_items(doc, s, e, current, facts, is_party, split_glued) -> list[tuple[int, int]]:
    """Rows, ';'-separated rows and contest lines ('Majority: 1,175', 'Turnout: 62.0%').

    Returns the spans of text[s:e] read here (the whole line, or some of its sentences).
    """
    text = doc.text
    line = text[s:e]
    row = parse_row(line, is_party, split_glued)
    if row:
        facts.append(row_fact(row, s, e, current))
        return [(s, e)]
    sep = " · " if " · " in line else next((d for d in (" - ", " – ", " — ") if d in line and _LABELLED_FIGURES.fullmatch(line)), None)
    if sep:         # "Majority 2,585 · Turnout 65.9%", "Majority: 8,189 - Turnout: 70.8% - Swing: 7.0% Lib Dem to Labour"
        hit = False
        pos = s
        for part in line.split(sep):
            ps, pe = pos, pos + len(part)
            pos = pe + len(sep)
            m = majority_line(part)
            if m and len(part) < 60:
                facts.append(ContestFact("majority", parse_int(m.group("num")), ps, pe, current, strength=3))
                hit = True
            t = _TURNOUT_LINE.match(part)
            if t:
                facts.append(ContestFact("turnout", float(t.group("pct")), ps, pe, current, strength=3))
                hit = True
            margin = _MARGIN_LINE.fullmatch(part)
            if margin:      # "Margin: 1,415 votes": a majority only if the counts agree (build.py)
                facts.append(ContestFact("lead", parse_int(margin.group("num")), ps, pe, current, strength=3))
                hit = True
            facts.extend(read_outcome(doc, ps, pe, current))
        if hit:
            return [(s, e)]
    w = _WINNER_MAJ.fullmatch(line)
    if w and (w.group("party") is None or is_party(w.group("party"))) and _looks_like_name(w.group("name"), is_party) \
            and (w.group("party") or current):
        # "Jerome Mayhew (Conservative), majority 719" under its seat: the winner, named with the majority only
        facts.append(CandFact(clean_name(w.group("name")), s, e, current, party=(w.group("party") or "").strip() or None,
                              elected=True, strength=3))
        facts.append(ContestFact("majority", parse_int(w.group("num")), s, e, current, strength=3))
        return [(s, e)]
    m = majority_line(line)
    if m and len(line) < 60:
        facts.append(ContestFact("majority", parse_int(m.group("num")), s, e, current, strength=3))
        facts.extend(read_outcome(doc, s, e, current))
        owner = _MAJORITY_OWNER.match(line)
        party = parties().canonical(owner.group(1)) if owner else None
        if party:       # "Labour majority after recount: 39": the winner's party
            facts.append(ContestFact("winner_party", party, s, e, current, strength=1))
        t = _INLINE_TURNOUT.search(line)
        if t:
            facts.append(ContestFact("turnout", float(t.group(1)), s, e, current, strength=3))
        lead = line.rfind(". ", 0, m.start("num"))
        if lead > 0 and _SENTENCE_BEFORE.search(line, 0, lead + 1):
            return [(s + lead + 2, e)]      # "Angela Eagle elected. Majority 17,996.": the first sentence is prose
        return [(s, e)]
    t = _TURNOUT_LINE.match(line)
    if t and len(line) < 60:
        facts.append(ContestFact("turnout", float(t.group("pct")), s, e, current, strength=3))
        return [(s, e)]
    shares = _place_shares(doc, s, e, current)
    if shares:
        facts.extend(shares)
        return [(s, e)]
    ps = _PARTY_SHARE_LINE.match(line)
    party = parties().canonical(ps.group("party")) if ps else None
    if party:
        # "LAB: 30.2% (-21.3)": the party's share, for its one candidate in this contest (build.py)
        facts.append(CandFact("@party:" + party, s, e, current, party=ps.group("party"), share=float(ps.group("pct")), strength=3))
        return [(s, e)]
    # Compact paragraphs: "Will Stone (Lab) 17,930; Justin Tomlinson (Con) 13,827; ... Majority 4,103."
    found = False
    read: list[tuple[int, int]] = []
    unparsed: list = []
    sentences = split_sentences(text, s, e)
    # Sentences that are each one candidate's row, two or more in a run: a returning officer's words quoted
    # ("Oliver Harvey, the Conservative Party candidate, 4,496. John Healey, Labour Party, 16,612. ...")
    alone = [parse_row(_ROW_SENTENCE_TRIM.sub("", _LABEL.sub("", text[ss:se].strip())), is_party, split_glued)
             if len(sentences) > 1 and ";" not in text[ss:se] and _DIGIT_IN.search(text, ss, se) else None for ss, se in sentences]
    in_run = [a is not None and ((i > 0 and alone[i - 1] is not None) or (i + 1 < len(alone) and alone[i + 1] is not None))
              for i, a in enumerate(alone)]
    for si, (ss, se) in enumerate(sentences):
        if in_run[si]:
            facts.append(row_fact(alone[si], ss, se, current))
            found = True
            read.append((ss, se))
            continue
        n_before = len(facts)
        pieces = [(ss, se)]
        if ";" in text[ss:se]:
            pieces, pos = [], ss
            for m in re.finditer(";", text[ss:se]):
                pieces.append((pos, ss + m.start()))
                pos = ss + m.end()
            pieces.append((pos, se))
        for ps, pe in pieces:
            piece = text[ps:pe].strip()
            if ps == pieces[0][0] and len(pieces) > 1:
                piece = _OUTCOME_LEAD.sub("", piece)       # "REF GAIN FROM CON - Nigel Farage (Reform UK) 21,225"
            mj = _INLINE_MAJ.search(piece)
            if mj:
                piece_row = parse_row(piece[:mj.start()].rstrip(" -–—,"), is_party, split_glued)     # ("7,448 - Maj 8,405")
                if piece_row:
                    facts.append(row_fact(piece_row, ps, pe, current))
                    facts.append(ContestFact("majority", parse_int(mj.group("num")), ps, pe, current, strength=3))
                    found = True
                continue
            piece_row = parse_row(piece, is_party, split_glued) if len(pieces) > 1 or found else None
            label = (_LABEL.match(piece) or _LEAD_IN.match(piece)) if piece_row is None and (len(pieces) > 1 or found) else None
            if label:
                piece_row = parse_row(piece[label.end():], is_party, split_glued)    # "The result: Jane Smith (Lab) 23,456"
            if piece_row:
                facts.append(row_fact(piece_row, ps, pe, current))
                found = True
            elif len(pieces) > 2:
                bare = _NAME_AND_VOTES.fullmatch(piece)
                if bare and _looks_like_name(bare.group("name"), is_party):
                    unparsed.append((bare, ps, pe))
        if found and unparsed:
            for bare, ps, pe in unparsed:       # "Anna Sabine 16,580; Lucy Trimnell (Con) 11,165; ...": the winner's party is the story's
                facts.append(CandFact(clean_name(bare.group("name")), ps, pe, current, votes=parse_int(bare.group("votes")), strength=3))
        unparsed.clear()
        with_figures = sum(1 for ps, pe in pieces if _DIGIT_IN.search(text, ps, pe))
        if len(pieces) > 2 and (len(facts) - n_before) * 2 < with_figures:
            del facts[n_before:]        # a list in prose the rows read one item of ("Green Andrea Cantrill polled 2,550; Celia
            found = found and bool(read)  # Hibbert, of the Independent Network, 1,395; Lib Dem Phillip Howells 1,376; ..."): prose reads it
        if len(facts) > n_before:
            read.append((ss, se))
    if found:
        for ss, se in split_sentences(text, s, e):
            chunk = text[ss:se]
            m = majority_line(chunk) or _CLAUSE_MAJ.search(chunk)
            if m:
                facts.append(ContestFact("majority", parse_int(m.group("num")), ss, se, current, strength=3))
            t = _INLINE_TURNOUT.search(chunk)
            if t:
                facts.append(ContestFact("turnout", float(t.group(1)), ss, se, current, strength=3))
            if (m or t) and (ss, se) not in read:
                read.append((ss, se))
    return read
