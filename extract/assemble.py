"""Mentions -> contests, candidates and seat counts.

1. walk the lines: headings switch the current contest; rows, contest lines,
   seat lists and prose sentences become facts (facts.py), each tied to a contest
2. resolve: facts about the same person merge (full name or unique surname),
   party-level outcomes mark the winner, unnamed contests take the article's main place
3. build records: only people with a figure or a stated win become candidates;
   only contests with candidates are kept; every figure keeps its evidence span
"""

from __future__ import annotations

import re
from typing import Optional

from . import seats as seats_mod
from .document import BULLET_ITEM, CALENDAR_WORDS, PARTY_SECTION, PRIMARY_PARTIES, TIMESTAMP as _TIMESTAMP, TOLD_PLACE, Doc, place_key, split_sentences
from .facts import CandFact, ContestFact, SeatFact
from .gazetteer import parties, places
from .headings import SAINTS as _SAINTS, VOTES_LINE as _VOTES_LINE, BADGE_WORD_TAIL, PARTY_RACE_TAIL, PERSON_THEN_SEAT, line_after, SLUG_WORDS, NOT_A_SEAT, PLACE_PATTERN_WORDS, area_only, PLACE_PATTERNS, WON_PLACE, WON_PLACE_WORDS, ending_place, full_place, generic_words, heading, no_seat_word, region_name, short_plain
from .build import build_contests
from .clauses import LEAD_ADVERBIAL, is_past, relative_spans
from .prose import ProseState, genders_by_surname, learn_people, read_outcome, read_sentence
from .records import Contest, SeatCount
from .numbers import parse_int
from .names import _lists, after_first_name, given_name_gender, surname_acts, title_case
from .lines import (BROADCAST_FIGURE, FIGURE_LABEL, MAJ_LINE, RANK as _RANK, SIGNED_FIGURE, STATUS, candidate_block, grid_row, line_items,
                    name_then_party_figures, winner_row,
                    party_tools, row_fact, table_contest_row)
from .rows import LEAD_MARK, ROLE_LABEL, HeaderMap, header_map, stacked_header, looks_like_name as _looks_like_a_name, parse_cells, parse_row, person_name, split_cells, split_spaced_row, spaced_header, wider_header, NO_PARTY_CELL, MEMBER_POSTNOMINAL, STAGE_TAIL
from .scan import Folded
from .settings import POLL_CONTEXT_LINES, SEAT_CONTEXT_LINES, STALE_HEADER_LINES

__all__ = ["assemble"]


# A table's footer of labelled figures: "Majority: 1,441. Turnout: 41.3%"
_FIGURES_FOOTER = re.compile(r"\s*(?:(?:majority|turnout|electorate|swing|rejected(?:\s+ballots)?|spoilt\s+ballots)\s*[:=]?\s*"
                             r"\d[\d,.]*\s*(?:%|per\s*cent)?[.;|]?\s*){1,5}"
                             r"|\s*(?:That|This|It)\s+gave\s+(?:her|him|them|the\s+\w+)\s+a\s+majority\s+of\b.*", re.I)      # ("That gave her a majority of 1,910 ...")
_PAST_SECTION = re.compile(r"(?:19|20)\d\d|\b(?:previous|notional|last\s+time)\b", re.I)
# A wire's line for last time's result over its rows: "2024: Lab maj 4,622 (9.67%) - Turnout 47,822 (62.40%)"
_PAST_RESULT_LINE = re.compile(r"\s*(?P<year>(?:19|20)\d\d)\s*(?:\(?notional\)?\s*)?:\s*(?:[A-Za-z][\w ]{0,30}\s)?(?:maj|majority)\b", re.I)
_VOTED_IN_YEAR = re.compile(r"\W*(?:(?:how\s+)?[\w'’ ]{2,30}\s+voted\s+in\s+|in\s+)?(?P<year>(?:19|20)\d\d)\W*$", re.I)     # (or a bare "2019" over last time's story)
_YEAR_RESULT_TITLE = re.compile(r"\W*(?P<year>(?:19|20)\d\d)\s+(?:(?:general|local|council|assembly|mayoral|state|federal|by-?)\s*)?election"
                                r"(?:\s+results?)?\W*$", re.I)     # "2024 general election result" over last time's table
# A sentence over rows that are last time's: "When Cllr Waddington was last re-elected in May 2024, the result was:"
# (not "Result with change in share since the notional 2019 result:")
_PAST_RESULT_INTRO = re.compile(r"^(?!.*\b(?:since|change|compared)\b).*\b(?:last|previous|in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b.*\b(?:result|results|figures|count|voted)\b", re.I)
_SKIP_SECTION = re.compile(
    r"""^\W*(?:two[- ](?:candidate|party)[- ]preferred|after\s+preferences
      |second\s+(?:round|count|preferences?)|final\s+round
      |(?:19|20)\d\d\s+(?:result|election)|(?:previous|last)\s+(?:result|election)
      |notional\s+(?:19|20)\d\d|(?:what\s+happened\s+(?:at\s+the\s+)?|how\s+[\w ]{2,20}\s+(?:voted|looked|went)\s+)?last\s+time
      |(?:[A-Z][\w-]*\s+){0,2}voting\s+intention|opinion\s+polls?|latest\s+polls?)\b  # "Westminster voting intention:"
    [^\d]*(?:\(\s*(?:19|20)\d\d\b[^\d]*)?$              # a heading: no figures of its own (but its year: "LAST TIME (2021, ...)")""",
    re.I | re.X,
)
# Last time's heading with its date: "Previous election: Thursday, 6th May, 2021" (a portal's tab over its table).
_PREVIOUS_ON_DATE = re.compile(r"\W*(?:previous|last)\s+(?:results?|elections?)\s*[:–—-]\s*(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                               r"[A-Za-z]{3,9},?\s+(?:19|20)\d\d\s*$", re.I)
# A paragraph that ends by introducing an earlier round's table: "... fell short of the majority needed to
# win outright. The November results were:" (in a story of the December runoff).
_EARLIER_ROUND_INTRO = re.compile(r"\b[Tt]he\s+(?:first[- ]round|initial|primary|previous|earlier|January|February|March|April|May|June"
                                  r"|July|August|September|October|November|December)\s+(?:results?|figures|count)\s+(?:were|was)\s*:\s*$")
# A heading that starts the results proper again after a skipped section.
_RESULTS_SECTION = re.compile(
    r"""^\W*(?:first[- ]preferences?|primary\s+votes?|first\s+count
      |(?:full\s+|official\s+)?results?(?:\s+in\s+full)?)\s*:?\s*$""",
    re.I | re.X,
)
# A table whose figures its heading says are percentages: "FIRST PREFERENCES (% of formal vote, NSWEC)".
_SHARE_TABLE_HEAD = re.compile(r"(?:%|\bper\s+cent|\bpercentage)\s+(?:of\s+(?:the\s+)?(?:formal\s+|valid\s+|total\s+)?(?:vote|votes|ballots)|share)\b"
                               r"|\((?:%|per\s+cent)\)", re.I)
_SHARE_ROW = re.compile(r"\s*(?:[-•*]\s+)?(?P<name>[^()\d\n]{2,60}?)\s*\((?P<party>[^()\d\n]{1,60})\)\s*[:–—-]?\s*(?P<pct>\d{1,2}(?:\.\d{1,2})?)\s*(?:%|per\s*cent)?\s*")
# A line announcing the rest of the field: "The remaining candidates finished as follows:" (then "- Name (Party) 8.5 per cent").
_FIELD_INTRO = re.compile(r"\b(?:remaining|other)\s+candidates\b|\brest\s+of\s+the\s+field\b", re.I)
_DIGIT = re.compile(r"\d")
_CAPS_SURNAME_CELL = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,2}")
_COUNT_CELL = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
# A returning officer's notice that the people it lists were elected without a poll.
_DECLARED_ELECTED = re.compile(r"\b(?:the\s+)?following\s+(?:candidates?|persons?|members?|councillors?)\s+(?:are|were|is|was|have\s+been|has\s+been)"
                               r"\s+(?:declared\s+)?(?:duly\s+)?elected(?:\s+(?:as|to\s+serve\s+as)\s+[A-Za-z][\w ]{2,40})?\s*:\s*$", re.I)
# ("The following persons were declared duly elected as Members of the Senedd:")
_UNOPPOSED_NOTICE = re.compile(r"\b(?:(?:duly\s+)?(?:elected|returned)\s+unopposed|uncontested\s+election|elected\s+without\s+a\s+contest)\b", re.I)
UNOPPOSED_NOTICE_LINES = 60
_UNOPPOSED_CELL = re.compile(r"(?i:unopposed|uncontested|elected\s+unopposed)")
_WINNER_LABEL = re.compile(r"\s*(?i:(?:declared\s+)?winner|elected|MP-elect)\s*[:–—]\s*(?P<name>[A-ZÀ-Þ][^()\d:;|,–—]{2,60}?)"
                           r"\s*(?:\((?P<party>[^()\d]{1,40})\)|\s[–—-]\s*(?P<party2>[A-ZÀ-Þ][^()\d:;|,–—]{1,40}?))?\s*\.?\s*")    # ("Winner: Sunita Rani Chauhan — Congress")
_WINNERS_LABEL_LEAD = re.compile(r"\s*(?i:elected|TDs\s+elected|MLAs\s+elected|councillors\s+elected|(?:the\s+)?winners|who\s+(?:was|were)\s+elected)\s*:\s*")
_PARTY_LIST_LEAD = re.compile(r"\s*(?i:elected|returned)\s+from\s+(?:the\s+)?(?P<party>[A-ZÀ-Þ][\w'’ -]{1,40}?)\s+(?i:list)\s*:\s*")
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?=[A-ZÀ-Þ])")
_CARD_STATUS = re.compile(r"\s*(won|lost)\s*", re.I)
_CARD_FIGURES = re.compile(r"\s*\d{1,9}\s*\(\s*(?P<sign>[+-])\s*(?P<margin>\d{1,9})\s*\)\s*")
# "Labour will run Harrowden Borough Council ..." / "The final tally ... was Labour 26, Conservative 11": the council's seats
_NAMED_COUNCIL = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:Borough|District|County|City|Metropolitan|Town|Parish|Unitary))?\s+Council\b")
_NATIONAL_BODY = re.compile(r"\b(?:Commons|Westminster|Parliament|parliament|Senedd|Holyrood|Assembly|Dáil|MPs|MSPs|MLAs|TDs|nationally"
                            r"|general\s+election|exit\s+poll|Prime\s+Minister|national)\b")
_TICKER_OUTCOME = re.compile(r"[A-Z]{2,5}\s+(?:HOLD|GAIN(?:\s+FROM\s+[A-Z]{2,5})?)")
_SEAT_CELL = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:,?\s+[A-ZÀ-Þ&][A-ZÀ-Þ'’.-]*){0,7}")
_BY_ELECTION_AFTER = r"\s+(?:(?:county|district|borough|city|town|parish|unitary)\s+)?(?:council\s+)?bye?-?election\b"
_MAJORITY_TAIL = re.compile(r"(?:\s*[,;]|\s+[-–—])\s*(?:maj\.?|majority)\s*:?\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\.?\s*$", re.I)
_ENTRY_TITLE_PLACE = re.compile(r"\s*(?!(?:[A-Z]{2,5}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:GAIN|HOLD|gain|hold)\b)(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:(?:\s+|\s*[—–]\s*)(?:and\s+|&\s+|of\s+|the\s+)?[A-ZÀ-Þ][\w'’.-]*){0,3})"
                                r"(?:\s*:\s+(?=\S)|\s+(?:first|second|third|final|\d{1,2}(?:st|nd|rd|th))\s+count\b|\s+(?:result|declaration|declared)\b"
                                r"|\s+[—–-]\s+(?i:(?:first|second|third|final|\d{1,2}(?:st|nd|rd|th))(?:\s+count)?\b))")    # ("CONNEMARA NORTH — FINAL (5th count)")
_ENTRY_TITLE_OUTCOME = re.compile(r"\s*(?:[A-Z][\w ]{1,20}:\s*)?(?P<party>[A-Z][\w ]{1,25}?)\s+(?:gains?|holds?|wins?|takes?|keeps?|retains?|lose|loses|lost|concedes?|conceded|(?:cling|clings|hold|holds|hangs|hang|hung)\s+on|GAINS?|HOLDS?)"
                                   r"(?:\s+(?:in|to))?\s+(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and\s+|&\s+|of\s+|the\s+)?[A-ZÀ-Þ][\w'’.-]*){0,3}?)"
                                   r"(?:\s+(?:mayoralty|seat|ward|division))?(?:\s+from\s+(?:the\s+)?[A-Z][\w ]{1,25})?\s*")     # ("REFORM GAIN Stanhope from Labour")
# An entry's first words up to its first full stop or spaced dash, when short: its title run into its text.
_ENTRY_LEAD = re.compile(r"[^.\n]{5,70}?(?=\.\s+[A-Z]|\s+[-–—]\s+[a-z])")
# "CON HOLD - Penwortham West", "LABOUR HOLD in Skelmersdale Central"; "Leyland Central - REFORM GAIN FROM LABOUR"
_BADGE_THEN_PLACE = re.compile(r"\s*(?P<party>[A-Z][A-Za-z ]{1,20}?)\s+(?:HOLD|GAIN)(?:\s+FROM\s+[A-Z][A-Za-z ]{1,20})?\s*(?:[-–—:]|\bin\b)\s*"
                               r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and\s+|&\s+|of\s+|the\s+)?[A-ZÀ-Þ][\w'’.-]*){0,3})\s*")
_PLACE_GOES_TO = re.compile(r"\s*(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and\s+|&\s+|of\s+|the\s+|de\s+|la\s+|du\s+)?[A-ZÀ-Þ][\w'’.-]*){0,3})\s+(?:(?:(?:goes|went|falls|fell|swings|swung)\s+to"
                            r"|(?:holds|held|stays|stayed|(?:is\s+)?(?:confirmed|called|declared))\s+for)\s+(?:the\s+)?(?P<party>[A-Z][\w ]{1,25}?)|(?:stays|stayed|remains|remained)\s+(?P<colour>[a-z]+)"
                            r"|(?P<close>(?:is\s+|remains\s+|still\s+)*(?:too\s+close\s+to\s+call|in\s+doubt|on\s+a\s+knife[- ]edge|undecided)))\s*")
# ("Bonner goes to Labor", "Juan de Fuca-Malahat holds for NDP", "Kelowna Centre confirmed for Conservatives", "Calgary Confederation stays blue", "Leichhardt still too close to call")
_PARTY_COLOURS = {"blue", "red", "orange", "green", "yellow", "teal", "purple", "gold"}


def _badge_and_colon(line: str):
    """'CONSERVATIVE GAIN in Brampton East: Simran Bhullar defeats ...': an entry's badge and seat before its text."""
    m = _BADGE_THEN_PLACE.match(line)
    return m if m and line.startswith(":", m.end()) and parties().canonical(m.group("party").strip()) else None


_PLACE_THEN_BADGE = re.compile(r"(?:^|:\s+|\s{2,}|\bin\s+)(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[ ](?:and[ ]|of[ ]|the[ ])?[A-ZÀ-Þ][\w'’.-]*){0,3})\s+[-–—]\s+"
                               r"(?P<party>[A-Z]+(?:\s[A-Z]+)?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:GAIN|HOLD|[Gg]ain|[Hh]old)\b")     # ("Tight finish in Calderbrook - Conservative hold")
_COUNCIL_WORD = re.compile(r"\b(?:[Cc]ouncil|COUNCIL|[Cc]ouncillors)\b")
_COLUMNS_BEFORE_VOTES = re.compile(r"\bname(?: party)?(?: other)+ votes\b")
_NAME_AND_PARTY_LINE = re.compile(r"\s*(?:[-•*]\s+)?(?P<name>[^()\d:;|,]{3,60}?|[A-ZÀ-Þ'’ -]{2,40},\s*[^()\d:;|,]{2,40}?)\s*"
                                  r"(?:" + MEMBER_POSTNOMINAL + r"\s*)?(?:\((?P<party>[^()\d]{2,60})\))?\s*")
# ("BRIGGS, Alan Peter"; "Warren Keogh (MP)": a sitting member's post-nominal, not a party)
# A sentence that announces a list below it: "Here is the full list of who won", "... are listed below:".
_LIST_FOLLOWS = Folded(r"\b(?:full\s+list|here\s+(?:is|are)\b|these\s+are\b|listed\s+below|seat\s+by\s+seat)|:\s*$")
_WINNERS = Folded(r"\b(?:winners|the\s+winner\s+in\s+(?:every|each)|new\s+MPs|(?:MPs|MSPs|TDs|members|councillors)\s+returned|who\s+won(?!\s+(?:a|an|the|his|her|their|its|by|with)\b)|members\s+elected|councillors\s+elected|who\s+(?:has|have|was|were)\s+been\s+elected"
                  r"|who\s+(?:was|were)\s+elected|successful\s+candidates)\b")


def _names_in(listed: str) -> list[str]:
    """The names of "Tom Ellery and Nadia Farouk", "Ifan Prys Davies, Catrin Haf Morgan"."""
    return [n.strip() for n in re.split(r"\s+and\s+|,\s*", listed.strip())]


_NAV_BAR = re.compile(r"\s*[^|\d\n]{1,30}(?:\s\|\s[^|\d\n]{1,30}){2,}\s*")


_COVERS_BEFORE = re.compile(r"\b(?:covers?|covering|includes?|including|spans?|spanning|takes\s+in|taking\s+in|made\s+up\s+of)\b[^.;:!?]{0,80}$")


_DASH_KEY = re.compile(r"\((?P<cols>[A-Za-z][A-Za-z' ]{2,30}(?:\s+-\s+[A-Za-z][A-Za-z' ]{2,30}){2,6})\)\s*:?\s*$")
DASH_LIST_LINES = 3      # lines (a blank, a note) between the key and its list, or between two of its rows


def _place_menu(line: str) -> bool:
    """Three or more short items between bars, one or more of them a known seat, none a party and none of more than three words."""
    if not _NAV_BAR.fullmatch(line):
        return False
    items = [x.strip() for x in line.split(" | ")]
    return any(places().get(x) for x in items) and not any(parties().canonical(x) or len(x.split()) > 3 for x in items) \
        and header_map(items) is None       # (a table's header of towns: "Candidate | Morristown | Elmore | Total")


_PRIMARY_FOR, _PRIMARY_WORDS = PLACE_PATTERNS[-1], PLACE_PATTERN_WORDS[-1]     # "the Republican primary for Bexley County Sheriff"
_THEN_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-ZÀ-Þ]")    # "the NSW state by-election in Barrallier": the seat is the place after
# (_BY_ELECTION_IN's; not "the Hexham seat in Northumberland")
_BY_ELECTION_IN = next(p for p in PLACE_PATTERNS if p.pattern.startswith(r"\bbye?-?elections?\s+in"))      # "the by-election in Hartlepool"
_PARTY_THEN_NAMES = re.compile(r"\s*(?:[-•*]\s+)?(?P<party>[A-ZÀ-Þ][^:\d]{1,50}):\s*(?P<names>[^:\d()]{3,200})")
WINNERS_LIST_GAP = 3        # lines (a ward's heading, a blank) a winners list may skip between its items
# "Reform's Stan Goodin took 8,194 votes there": the seat the text last spoke of.
_CAP_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]+")
_FORENAMES = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’.-]*){0,3}")
_CAPS_NAME_LINE = re.compile(r"\s*(?:Ma?c|O['’])?" + _CAPS_SURNAME_CELL.pattern + r"\s+" + _FORENAMES.pattern + r"\s*")   # "ASPINALL Gillian Mary"
_GOVERNORSHIP = re.compile(r"^[Gg]overnor(?:ship)?\s+of\s+")
_SOMEONES_SEAT = re.compile(r"(?<=['’]s)\s+(?:[a-z-]+\s+){0,2}(?:seat|riding|constituency|electorate)\b")     # ("Canada's largest riding", "Johnson's old seat")
_WIN_WORD_MARK = re.compile(r"✓|✔|☑|✅|\(check\)|\belected\b|\bwinner\b", re.I)
_X_PREFIX = re.compile(r"(?<![^\s|])x\s*-\s*[A-Z]", re.I)     # (a lookbehind: "^" never matches at a search position)
_THERE = re.compile(r"\bvotes?\s+there\b|(?<![\d,])\d[\d,]{0,11}\s+there\b|\bthere\s*[,.]")
# Words without which a sentence states no party-level outcome (a cheap gate before the rules).
_OUTCOME_WORDS = Folded(r"gain|hold|taken|\bwon\b|\bwins?\b|held|retain|kept|keeps|returned|went\s+to|fell\s+to|seiz|captur|regain|\btakes?\b|\blos[te]")



def assemble(text: str, year: Optional[int] = None) -> tuple[list[Contest], list[SeatCount]]:
    """``year``: the article's own year when the page states it (HTML metadata); else read from the text."""
    doc = Doc.build(text, year)
    if doc.historical:
        return [], []       # "Twenty-five years ago this weekend ...": the results it retells are history
    facts, seat_facts, place_hits = _read(doc)
    contests = build_contests(doc, facts, place_hits)
    if contests and _PARTY_BALLOT.search(doc.low) and not _PUBLIC_RESULT.search(doc.low):
        contests = []       # a party's own ballot (a selection, a members' vote): not an election result
    if contests and _PRIVATE_MEETING.search(doc.low) and not _PUBLIC_POLL.search(doc.low):
        contests = []       # a club's or society's AGM electing its chair: "elected chair by 143 votes to 96"
    if contests and _NOT_A_PUBLIC_OFFICE.search(doc.low) and not _PUBLIC_ELECTION.search(doc.low):
        contests = []       # a union's general secretary, a committee's chair, a club's player of the season: no public poll
    if contests and _MEMBERS_ONLY.search(doc.low) and not _PUBLIC_SEAT.search(doc.low):
        contests = []       # a club's or a union's own ballot of its members: "the union's postal ballot", "the club's members, known as socis"
    division = _DIVISION.search(doc.low) and not _ELECTION_COUNT.search(doc.low)
    if division:
        contests, seat_facts = [], []   # a vote of the chamber's members on a bill: "MPs voting 320 to 250 to give it a second reading"
    seat_counts = _seat_records(doc, seat_facts)
    if doc.text != text:    # (hard wraps read as spaces: evidence quotes the article as written, at the same offsets)
        for record in [*contests, *(x for c in contests for x in c.candidates), *seat_counts]:
            record.evidence = [text[a:b] for a, b in record.evidence_spans]
    return contests, seat_counts


# A club's or a union's vote of its members, and the words only a public seat's count has.
_MEMBERS_ONLY = Folded(r"\b(?:independent\s+scrutineer|socis|(?:club|union)['’]s\s+(?:members|postal\s+ballot|ballot|election)"
                       r"|club\s+(?:vote|presidency)|union['’]s\s+(?:national\s+|new\s+)?(?:president|general\s+secretary))\b")
_PUBLIC_SEAT = Folded(r"\b(?:returning\s+officer|constituency|ward|riding|electorate|by-?election|mayor|congressional|legislative|assembly\s+seat)\b")
# A party choosing its candidate or leader by a vote of its members ...
_PARTY_BALLOT = Folded(
    r"""\b(?:(?:ballot|vote)\s+of\s+(?:the\s+)?(?:\w+\s+)?members|members\s+voting|members['’]?\s+ballot
      |selection\s+(?:ballot|contest|race|hustings|meeting)|leadership\s+(?:ballot|contest|election|race)
      |selected\s+as\s+(?:the\s+)?(?:party['’]s\s+)?candidate)\b""",
    re.X,
)
# A division of a legislature, not an election.
_DIVISION = Folded(r"\b(?:(?:mps|members|senators|tds|msps)\s+vot(?:ed|ing)\s+\d+\s+to\s+\d+|second\s+reading|third\s+reading|division\s+list"
                   r"|show\s+of\s+hands|(?:councillors|members|the\s+council)\s+(?:voted|backed|approved|chose|supported)\b[^.]{0,80}?\bby\s+\d+\s+votes?\s+to\s+\d+"
                   r"|ayes\s*:?\s*\d+|noes\s*:?\s*\d+|(?:amendment|motion|bill)\s+(?:\w+\s+){0,6}?(?:was\s+)?(?:defeated|passed|carried)\s+by\s+\d+\s+votes?\s+to\s+\d+)\b")


_ELECTION_COUNT = Folded(r"\b(?:returning\s+officer|turnout|(?:was|were|been)\s+(?:duly\s+)?(?:re-)?elected|polling\s+(?:stations?|day)"
                         r"|ballot\s+papers|the\s+count|bye?-?election|declared\s+(?:the\s+)?winner)\b")


# A private body's meeting, and what a public poll has that it does not.
_PRIVATE_MEETING = Folded(r"\b(?:annual|extraordinary)\s+general\s+meeting\b|\b(?:agm|egm)\b")
_PUBLIC_WORDS = r"returning\s+officer|polling\s+(?:stations?|day)|bye?-?elections?|(?:council|local|general)\s+elections?|constituency"
_PUBLIC_POLL = Folded(rf"\b(?:{_PUBLIC_WORDS}|ward|division|electorate)\b")
# Offices filled by a body's own members or fans, and the words only a public election's story has
# (a committee chair's story names the councillor's ward, so bare 'ward' does not count here).
_NOT_A_PUBLIC_OFFICE = Folded(r"\b(?:elected|wins?|won|chosen|named|voted)\s+(?:as\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                              r"(?:general\s+secretary|(?:vice-)?chair(?:man|woman)?\s+of\s+the\s+(?:[\w-]+\s+){0,3}committee"
                              r"|player\s+of\s+the\s+(?:season|year|month))\b")
_PUBLIC_ELECTION = Folded(rf"\b(?:{_PUBLIC_WORDS}|(?:mayoral|county)\s+elections?|electoral\s+(?:ward|division|commission))\b")
# ... unless the article also reports a public count.
_PUBLIC_RESULT = Folded(r"\b(?:returning\s+officer|majority\s+of|(?:was|were)\s+(?:duly\s+)?(?:re-)?elected|declared|polling\s+stations?\s+closed)\b")     # (a club's or a party's ballot has a turnout too)


def _read(doc: Doc):
    """Step 1: every line to facts."""
    return _Reader(doc).read()


_GLUED_FIGURES = re.compile(r"(?P<lead>.*?[^\W\d_)]\)?)(?P<figs>(?:\s[\d,]+(?:\.\d+)?%?)+)")


def _unglue_figures(cells: list[str], ncols: int) -> list[str]:
    """"Scottish Conservative and Unionist 1,048 16.1": a cell that ran into the figures beside it, when
    splitting it off gives the header's number of columns."""
    for i, cell in enumerate(cells):
        m = _GLUED_FIGURES.fullmatch(cell)
        if m and len(m.group("figs").split()) >= 2:
            out = cells[:i] + [m.group("lead")] + m.group("figs").split() + cells[i + 1:]
            return out if len(out) in (ncols, ncols + 1) else cells
    return cells


class _Reader:
    """Walks the lines; one method per line layout, tried in order, each True when it used the
    line. What carries from line to line (the current contest, a table header, a seat-figure
    context, a half-read candidate block) lives on the reader."""

    def __init__(self, doc: Doc):
        self.doc, self.text = doc, doc.text
        self.is_party, self.split_glued = party_tools(doc.country)
        # a story its headline says is a poll's ("Poll: PA holds lead ...", "... closes gap on Calixto, poll shows"): its
        # shares are voting intentions unless a sentence speaks of votes
        self.poll_story = bool(_POLL_HEADLINE.search(self.text, 0, 600))
        if doc.party_codes:         # the page's own key: "PW Party of Women"
            known = self.is_party
            self.is_party = lambda written: known(written) or written.strip() in doc.party_codes
        if "i" in doc.incumbent_marks:      # "(I) = incumbent": "Kevin O'Rourke (I)" stood again, as no independent
            marked = self.is_party
            self.is_party = lambda written: written.strip(" ()").lower() != "i" and marked(written)
        self.facts: list = []
        self.seat_facts: list[SeatFact] = []
        self.place_hits: list[tuple[int, str]] = []
        self.state = ProseState(surname_genders=genders_by_surname(doc.text))
        self.current: Optional[str] = None
        self.header = None
        self.header_line = (-1, -1)             # (line, start) of the line the header was read from
        self.breakdown_heads: list[str] = []     # the header cells of a breakdown by area ("Area | Fairweather (Lab) | ...")
        self.cells: list[str] = []
        self.seat_kind, self.seat_until = None, -1
        self.winner_label: Optional[tuple[int, str]] = None     # the line and name of the last "Winner: ..." label
        self.seat_from = -1                     # the line that opened the seat-figure context
        self.seat_sentences: tuple[int, list, list] = (-1, [], [])     # a line's spans read as seat totals, and clauses after them
        self.pending: Optional[dict] = None     # broadcaster layout: "Labour, Andy MacNae" then "- 18,247 votes"
        self.prev_plain: Optional[str] = None   # the previous short line, for two-line candidate blocks
        self.prev2_plain: Optional[str] = None  # and the one before it, for three-line ones
        self.prev_plain_start = 0               # where the previous short line starts
        self.won_mark_after = None              # "Rosalind Trent" / "Elected" / "Conservative": the name the mark follows
        self.winners_until = -1                 # rows under a "THE WINNERS" heading are winners
        self.seat_party = None                  # a party line in a seat graphic, waiting for its number line
        self.label_line = None                  # a "Majority" / "Turnout" line waiting for its figure line
        self.last_routed = None                 # the last seat a prose sentence was about, for "there"
        self.result_told = (None, -9)           # the seat a paragraph gave a result for, and its line: a table below is its count
        self.topic = None                       # the seat the last paragraph that named one was about
        self.in_entry = False                   # inside a live-blog entry: its first result sentence names its contest
        self.entry_title = -1                   # the line of the entry's title
        self.past_entry = False                 # the entry is about an earlier election (its title says so)
        self.skip_rows = False                  # rows under "Two-candidate preferred" are not first-count results
        self.skip_body = False                  # the skipped section's body has begun (a blank line then ends it)
        self.skip_past = False                  # the skipped section is an earlier election's
        self.prose_read: list = []              # (start, end, contest, names found) of each prose sentence
        self.surname_seen_at: dict[str, int] = {}   # surname -> index of the sentence that made it known
        self.forenames_line = -1                # a line of forenames already read with its SURNAME row
        self.unopposed_notice = None            # (line, start, end) of the last "... elected unopposed" notice
        self.unopposed_list = None              # (start, end) of "North Ward (4 seats) - elected unopposed:" over its names
        self.stale_header = None                # (header, line) a blank line ended: a declaration's blocks go on under it
        self.spaced = None                      # (cells, line) of a header flattened to single spaces, and its last row
        self.ticker = -1                        # the last line of a results strip's entry ("01:58  LAB HOLD  DONCASTER NORTH ...")
        self.poll_line = -99                    # the last line that named an opinion poll's seat model (MRP)
        self.share_rows = False                 # under "FIRST PREFERENCES (% of formal vote)": "Name (Party) 38.9" is a share
        self.grid_key = None                    # the seat of a grid's row above (a spreadsheet leaves it empty under its first)
        self.dash_key = None                    # (header, line) of a wire's key to its list of seats: "(constituency - winner - margin)"
        self.list_party = None                  # (as written, start, end) of a party's name alone over its members' rows
        self.race_party = None                  # (as written, start, end, contest) of one party's race its heading names ("District 21, Republican")
        self.primary_section = None             # (party, start, end) of a canvass's party section over its offices ("REPUBLICAN PARTY")
        self.seats_named = len({m.canonical for m in doc.places})     # a story of several seats, when 2 or more

    def read(self):
        n_before, prev_li = 0, -1
        for li, (s, e) in enumerate(self.doc.line_spans):
            if _mark_winners(self.facts, n_before, prev_li, self.winners_until):
                self.winners_until = li
            n_before, prev_li = len(self.facts), li
            self._line(li, s, e)
            _winner_by_outcome(self.facts, n_before, self.doc)
        _mark_winners(self.facts, n_before, prev_li, self.winners_until)
        self._reread_for_later_surnames()
        self._unmark_incumbent_marks()
        self._drop_surname_places()
        return self.facts, self.seat_facts, self.place_hits

    def _drop_surname_places(self) -> None:
        """A place that is a listed candidate's surname names no contest: "beating Labour's Karen
        Ashfield" above "ASHFIELD, Karen Jayne - Labour Party - 52,877" is not about the seat of Ashfield."""
        surnames = {place_key(f.name.split()[-1]) for f in self.facts
                    if isinstance(f, CandFact) and f.strength >= 3 and " " in f.name and not f.name.startswith("@")}
        headed = {f.contest for f in self.facts if isinstance(f, ContestFact) and f.field == "name" and f.strength >= 1}
        bogus = {f.contest for f in self.facts if isinstance(f, ContestFact) and f.field in ("name", "mention")
                 and f.contest in surnames and f.contest not in headed}
        self.place_hits = [(pos, name) for pos, name in self.place_hits if not (place_key(name) in surnames and place_key(name) not in headed)]
        if not bogus:
            return
        for f in self.facts:
            if f.contest in bogus:
                f.contest = None
        self.facts = [f for f in self.facts if not (isinstance(f, ContestFact) and f.field in ("name", "mention") and f.contest is None)]

    def _line(self, li: int, s: int, e: int) -> None:
        doc, text = self.doc, self.text
        if e <= doc.masthead_end:
            return      # the paper's own name: no seat, no person
        line = text[s:e]
        if not line.strip():
            if self.header is not None:
                self.stale_header = (self.header, li)
            self.header = None
            self.share_rows = False
            if not (self.unopposed_list and li > 0 and doc.line_spans[li - 1][1] == self.unopposed_list[1]):
                self.unopposed_list = None      # (a blank line right under the notice: its list comes next)
            if self.skip_body and not (self.skip_past and _FIGURES_FOOTER.fullmatch(line_after(doc, e))):
                # a skipped section ends at the first blank line after its body (its table's own footer,
                # "Majority: 1,441. Turnout: 41.3%", a paragraph apart, is still last time's)
                self.skip_rows = self.skip_body = False
            return
        if li == self.forenames_line:
            return          # read with the row above it
        if " | " in line and _place_menu(line):
            return          # a site's menu of places: "Falkirk | Stirling | Clackmannanshire"
        if "%" in line and len(line) > 80 and ". " not in line:
            parts = _run_on_rows(line)
            if parts:       # "Luke Campbell Reform UK 69,420 37.5% ELECTED Mike Ross Liberal Democrat 44,115 23.8% ... Majority: 25,305"
                for a, b in parts:
                    self._line(li, s + a, s + b)
                return
        if "   " in line and (":" in line or _FOOTER_FIGURE.search(line)):
            parts = _labelled_parts(line)
            if parts and heading(doc, s, e) is None:    # (a form's "REGION: ...   CONSTITUENCY: ..." is read whole)
                # "Electors: 3,91,670    Poll percentage: 52.43%": a dashboard's fields side by side, each a line
                for a, b in parts:
                    self._line(li, s + a, s + b)
                return
        if self.skip_rows and not self.skip_body:
            self.skip_body = True
            if heading(doc, s, e):
                return      # "Previous result" / "General election 2024: Bolton West": the old table's own title
        stamp = _TIMESTAMP.match(line)
        if stamp and self._live_blog():
            self.current, self.header, self.pending, self.topic = None, None, None, None   # a live-blog entry starts
            self.in_entry, self.entry_title, self.past_entry = True, li + 1 if stamp.end() >= len(line) else li, False
            if stamp.end() >= len(line):
                return
            s += stamp.end()        # the entry's title, read as a line of its own
            line = text[s:e]
        if self.in_entry and self.current is None:
            named = {m.canonical for m in doc.places_in(s, e) if not _longer_name(doc, m)}     # (not "Reform gain Harlow Drove")
            badged = _PLACE_THEN_BADGE.search(line[:120])
            if badged and not parties().canonical(badged.group("place")) and not generic_words(badged.group("place")):
                named = set()       # "FIRST RESULT FROM SOUTH RIBBLE: Leyland Central - REFORM GAIN FROM LABOUR": the seat the badge is on
            lead = _ENTRY_LEAD.match(line) if len(line) > 80 and not named else None
            colon = (_ENTRY_TITLE_PLACE.match(line) or _badge_and_colon(line)) if len(line) > 80 and not named and not lead and not badged else None
            # ("Saint John—Kennebecasis: Liberal Mathieu Arsenault is declared elected with all polls in. ...")
            if len(named) == 1:
                seat = named.pop()
                self.current = place_key(seat)      # a live-blog entry is about the one seat it names
                self.facts.append(ContestFact("name", seat, s, e, self.current, strength=2))     # (2: a live entry's title)
            elif not named and (len(line) <= 80 or badged or lead or colon):
                head = line[:lead.end()] if lead else line if len(line) <= 80 else ""
                # (an entry that runs on: "Reform GAIN Ormskirk from Labour. Philip Hesketh is elected with ...")
                titled = colon or (_ENTRY_TITLE_PLACE.match(head) if not badged else None)
                outcome = (_ENTRY_TITLE_OUTCOME.fullmatch(head) or _BADGE_THEN_PLACE.fullmatch(head)
                           or _PLACE_GOES_TO.fullmatch(head)) if titled is None else None
                if badged:
                    outcome = badged
                said = ((outcome.group("party") or outcome.groupdict().get("colour") or "") if outcome else "").strip()
                if outcome and (parties().canonical(said) or said in _PARTY_COLOURS or outcome.groupdict().get("close")):
                    titled = outcome        # "Lib Dem hold in Upwell Fen", "FIRST RESULT: Reform gain Harlow Drove"
                place = BADGE_WORD_TAIL.sub("", titled.group("place")) if titled else None     # ("DHANBAD DECLARED: BJP's ...")
                if place and not generic_words(place) and not parties().canonical(place) and not SLUG_WORDS.search(place.upper()) \
                        and given_name_gender(place) is None and not _after_a_forename(text, place):
                    # ("Baumgartner: ..." after "Garrett Baumgartner": a person)
                    place = ending_place(doc, title_case(place) if place.isupper() else place)     # ("YARDLEY:" of Birmingham Yardley)
                    self.current = place_key(place)     # "Sligo–Leitrim: final two seats filled", "Sligo–Leitrim first count"
                    self.facts.append(ContestFact("name", place, s, e, self.current, strength=2))
        header_row = ("|" in line or "\t" in line) and header_map(split_cells(line)) is not None
        for m in doc.places_in(s, e) if not header_row else ():     # (a header's towns, "Candidate | Morristown | Worcester | Total")
            if not _another_body(text, s, m) and not after_first_name(text, m.start) and not _longer_name(doc, m) \
                    and m.label != TOLD_PLACE \
                    and not _COVERS_BEFORE.search(text, max(s, m.start - 90), m.start):      # (a seat told only with its own result is not what the story is about)
                # (nor an area it covers: "the Caerdydd Penarth Senedd constituency, which covers parts of ... the Vale of Glamorgan")
                # ("Colin Foyle": a surname; "Harlow Springs": another place)
                self.place_hits.append((m.start, m.canonical))
        if len(line) < 60 and _WINNERS.search(doc.low, s, e) and not any(ch.isdigit() for ch in line):
            self.winners_until = li + 2
            return
        if _WINNERS.search(doc.low, max(s, e - 160), e) and _LIST_FOLLOWS.search(doc.low, max(s, e - 160), e):   # (the paragraph's last sentence)
            self.winners_until = li + 2     # "Here is the full list of who won, seat by seat:" (a sentence over the list)
        if (_UNOPPOSED_NOTICE.search(line) or _DECLARED_ELECTED.search(line)) and line.rstrip().endswith(":"):
            self.unopposed_list = (s, e)        # (or a declaration's "... the following candidates are elected:" over its list)
        if li - self.winners_until <= WINNERS_LIST_GAP and _WHO_WON_WHERE_ROW.fullmatch(line) and self._winners_list_item(li, s, e, line):
            return      # "Grange (two seats) – Tom Ellery and Nadia Farouk – Labour (hold)": its seat and winners at once
        if len(line) < 40 and ("part" in (low := line.lower()) or "primary" in low) and self._party_section_line(line, s, e):
            return
        h = heading(doc, s, e)
        if h:
            name, rest = h
            section = self.primary_section if self.primary_section and not name.endswith(" primary") else None
            if section:
                name = f"{name} {section[0]} primary"       # "SHERIFF" under "REPUBLICAN PARTY": the Republican primary for sheriff
            self.current = place_key(name)
            self.facts.append(ContestFact("name", name, s, e, self.current))
            race = PARTY_RACE_TAIL.search(line) if "," in line or "—" in line or "–" in line or " - " in line else None
            self.race_party = (race.group("party"), s + race.start("party"), s + race.end("party"), self.current) if race \
                else (section[0], section[1], section[2], self.current) if section else None
            lost = PERSON_THEN_SEAT.fullmatch(line) if "(" in line else None
            if lost:        # "LIZ TRUSS (Conservative), South West Norfolk": who the entry is about, and their party
                self.facts.append(CandFact(person_name(title_case(lost.group("person"))), s, e, self.current,
                                           party=lost.group("party").strip(), strength=3))
                self._learn_listed_names(len(self.facts) - 1)      # ("... Jermy polled 11,847 to Truss's 11,217")
            self.skip_rows = _an_earlier_box(doc, line)
            if self.skip_rows:      # "General election 2019: Stroud" under the 2024 box: last time's table
                self.skip_body = False
                return
            self.facts.extend(read_outcome(doc, s, e, self.current))
            self.pending = None
            t = _HEAD_TURNOUT.search(line)
            if t and rest >= e:
                self.facts.append(ContestFact("turnout", float(t.group(1)), s, e, self.current))   # "Carlisle – result in full (turnout 59.1%)"
            if rest >= e:
                return
            s = rest
            line = text[s:e]
        if _UNOPPOSED_NOTICE.search(line):
            self.unopposed_notice = (li, s, e)
        if self.past_entry:
            return          # a live entry about last time: "01:30 BST" / "How the seats voted in 2024" / "In Bassetlaw, Labour's Jo White won ..."
        titled_past = _VOTED_IN_YEAR.match(line) if li == self.entry_title else None
        if titled_past and self.doc.election_year and int(titled_past.group("year")) < self.doc.election_year:
            self.past_entry = True
            return
        voted_in = _VOTED_IN_YEAR.match(line) or _YEAR_RESULT_TITLE.match(line) \
            or (_PAST_RESULT_LINE.match(line) if text[e + 1:e + 2].strip() else None)
        # (last time's line over its rows; alone at a block's foot it is only a note: "2019 (notional): C maj 46.90%")
        if (_SKIP_SECTION.search(line) or _PREVIOUS_ON_DATE.match(line)
                or voted_in and self.doc.election_year and int(voted_in.group("year")) < self.doc.election_year) and len(line) < 70:
            self.skip_rows, self.skip_body, self.pending = True, False, None     # ("How Lydmouth voted in 2021" over its table)
            self.skip_past = bool(voted_in or _PAST_SECTION.search(line))       # (not a second round's: its turnout is this election's)
            return
        if _EARLIER_ROUND_INTRO.search(line):
            self.skip_rows, self.skip_body, self.pending = True, False, None     # the rows below are an earlier round's
        elif line.rstrip().endswith(":") and _PAST_RESULT_INTRO.search(line.rsplit(". ", 1)[-1]) \
                and is_past(line.rsplit(". ", 1)[-1], self.doc.election_year):
            self.skip_rows, self.skip_body, self.pending = True, False, None     # "When Cllr Waddington was last re-elected in May 2024, the result was:"
            self.skip_past = True
        if self.skip_rows and _RESULTS_SECTION.match(line):
            self.skip_rows = False
            return
        self.cells = split_cells(line)
        if self.header is None and self.stale_header and li - self.stale_header[1] == 1 and "\t" in line \
                and len(line.split("\t")) == len(self.stale_header[0].columns) > 2:
            self.header = self.stale_header[0]      # a header pasted with a blank line under it: its first row comes next
        if not self.cells:
            spaced = spaced_header(line)
            if spaced:
                self.cells, self.spaced = spaced, (spaced, li)
            elif self.spaced and li - self.spaced[1] <= 2:
                row = split_spaced_row(line, self.spaced[0])
                if row:     # "NDP 25 24 +1 17.8%" under "Party Seats 2019 Change Popular vote"
                    self.cells, self.spaced = row, (self.spaced[0], li)
        if self.cells and li and (self.header is None or self.header_line == (li - 1, self.doc.line_spans[li - 1][0])) \
                and not _DIGIT.search(line) and "|" not in line and "\t" not in line:
            # (the upper line a header by itself, or only with the lower's words: "Name of" over "Candidate")
            stacked = stacked_header(self.text[self.doc.line_spans[li - 1][0]:self.doc.line_spans[li - 1][1]], line)
            stacked_map = header_map(stacked) if stacked else None
            if stacked_map:     # a header's second line: "Sl.  Name of Candidate  Party  EVM" / "No.  Votes"
                self.header, self.header_line = stacked_map, (li, s)
                return
        hm = header_map(self.cells) if self.cells else None
        if hm:
            self.header = hm
            self.header_line = (li, s)
            seat = places().canonical(self.cells[0]) if hm.columns[0] == "other" and "votes" in hm.columns else None
            if seat:        # "DEWSBURY AND BATLEY        Votes      %     +/-": the seat's name heads its table's first column
                self.current = place_key(seat)
                self.facts.append(ContestFact("name", seat, s, e, self.current))
            if "seats" in self.header.columns and self.seat_kind and li <= self.seat_until:
                self.seat_until = li + SEAT_CONTEXT_LINES      # the table of totals its heading announced
            elif "seats" in self.header.columns and "party" in self.header.columns and not self.skip_rows \
                    and not seats_mod.seat_kind(line) \
                    and not _COUNCIL_WORD.search(self.text, self.doc.line_spans[max(0, li - 3)][0], s):
                # "Party | Votes | % | Seats" (not "Council composition after the 2023 election": a council's seats are no totals)
                self.seat_kind, self.seat_until, self.seat_from = "declared", li + SEAT_CONTEXT_LINES, li
        elif len(self.cells) >= 3 and _BREAKDOWN_HEAD.fullmatch(self.cells[0]):
            # "County | Pichler (R) | Ferreira (D)": a breakdown by area, whose rows are no candidates
            self.header = HeaderMap(["place"] + ["other"] * (len(self.cells) - 1), [c.lower() for c in self.cells])
            self.breakdown_heads = list(self.cells)
        n_before = len(self.facts)
        for handler in (self._dash_list_row, self._winner_label, self._winners_list_item, self._elected_item, self._status_card, self._unopposed_list_row, self._seat_figures, self._ticker_line, self._party_under_row, self._name_over_figures, self._table_row, self._label_and_figure,
                        self._broadcast_block, self._rows_and_prose):
            if handler(li, s, e, line):
                break
        self._party_section(s, e, line, n_before)
        self._learn_listed_names(n_before)

    def _party_section_line(self, line: str, s: int, e: int) -> bool:
        """A canvass's section of one party's primary ("REPUBLICAN PARTY" over its offices), or its nonpartisan
        section, which ends the last; only in a story of two or more parties' primaries."""
        if _NONPARTISAN_SECTION.fullmatch(line):
            self.primary_section = None
            return False
        m = PARTY_SECTION.fullmatch(line)
        if m is None or len(self.doc.primary_parties()) < 2 or not _BLANK_LINE_BEFORE.search(self.text, max(0, s - 40), s):
            return False        # (a party's line right under its office, "SHERIFF" / "Republican Primary", names that race alone)
        self.primary_section = (PRIMARY_PARTIES[m.group("party").lower()], s + m.start("party"), s + m.end("party"))
        return True

    def _party_section(self, s: int, e: int, line: str, n_before: int) -> None:
        """A party's name alone on its line over rows that name no party ("National People's Power" / "Suranga
        Dissanayake – 214,803" / "Pradeep Herath – 98,412"): the rows are its candidates, until other text."""
        rows = [f for f in self.facts[n_before:] if isinstance(f, CandFact) and f.strength >= 3]
        if rows:
            if self.list_party:
                written, ps, pe = self.list_party
                self.facts.extend(CandFact(f.name, ps, pe, f.contest, party=written) for f in rows if f.party is None)
            elif self.race_party:
                written, ps, pe, contest = self.race_party
                self.facts.extend(CandFact(f.name, ps, pe, f.contest, party=written) for f in rows if f.party is None and f.contest == contest)
            return
        bare = line.strip()
        named = short_plain(line) and not _DIGIT.search(bare) and (parties().canonical(bare, country=self.doc.country) if self.doc.country
                                                                   else parties().canonical(bare))
        self.list_party = (bare, s, e) if named else None

    def _breakdown_totals(self, cells: list[str], s: int, e: int) -> None:
        """The totals row of a table whose columns are the candidates: each column's total is its candidate's count."""
        for head, cell in zip(self.breakdown_heads[1:], cells[1:]):
            who, count = _CANDIDATE_COLUMN.fullmatch(head), _TOTAL_FIGURES.fullmatch(cell)
            if not (who and count and self.is_party(who.group("party").strip())):
                continue
            share = count.group("share")
            self.facts.append(CandFact(person_name(who.group("name")), s, e, self.current, party=who.group("party").strip(),
                                       votes=parse_int(count.group("votes")), share=float(share) if share else None,
                                       strength=3, full=" " in who.group("name").strip()))

    def _place_led_list(self, s: int, e: int, lead) -> bool:
        """A wire paragraph led by its seat: "Shefford — Isabelle Fortier-Gagnon, Liberal, 25,310; Mathieu Ducharme, ...".
        The lead names the contest when what follows reads as two or more candidates with votes."""
        place = lead.group("place")
        if parties().canonical(place) or generic_words(place) or SLUG_WORDS.search(place.upper()) \
                or given_name_gender(place.split()[0]) is not None or _OUTCOME_WORD.search(place):
            return False        # (not "CON HOLD - Rebecca Harris (Con) 15,485; ...": the badge of the seat above)
        if self.doc.places_in(s, s + lead.end()):
            return False        # (a known seat's line is read by the rules for known seats)
        key = place_key(place)
        trial: list = []
        line_items(self.doc, s + lead.end(), e, key, trial, self.is_party, self.split_glued)
        if sum(1 for f in trial if isinstance(f, CandFact) and f.votes is not None) < 2:
            return False
        self.current = key
        self.facts.append(ContestFact("name", place, s, s + lead.end("place"), key))
        self.facts.extend(trial)
        self.facts.extend(read_outcome(self.doc, s + lead.end(), e, key))     # ("...; Masoe Ioane Tupuola (SUP) 412. FAST gain from HRPP.")
        return True

    def _learn_listed_names(self, start: int) -> None:
        """People read from rows are known to the prose after them by surname ("Field went from ...")."""
        known, full = self.state.known_surnames, self.state.full_names
        for f in self.facts[start:]:
            if isinstance(f, CandFact) and f.strength >= 3 and " " in f.name and not f.name.startswith("@"):
                last = f.name.split()[-1]
                known.add(last)
                full.setdefault(last, f.name)

    def _section_heading(self, li: int, line: str) -> bool:
        spans, text = self.doc.line_spans, self.text
        return li > 0 and not text[spans[li - 1][0]:spans[li - 1][1]].strip() and _SECTION_HEADING.fullmatch(line) is not None

    def _seat_figures(self, li: int, s: int, e: int, line: str) -> bool:
        """National seat counts, inside a seat context (an exit-poll or declared-totals heading nearby)."""
        kind = seats_mod.seat_kind(line)
        if kind == "projection" and self.seat_kind == "exit_poll" and li <= self.seat_until and not self._section_heading(li, line):
            kind = None          # an exit poll is itself a projection: "The projection, carried out by Ipsos" (not under a forecast's
                                 # own heading after the exit poll's paragraph)
        if kind == "poll":
            self.poll_line = li
        elif kind == "projection" and li - self.poll_line <= POLL_CONTEXT_LINES:
            kind = "poll"        # "The ... (MRP) model ... puts Labour on 178 seats" / "Party | Projected seats | Range": the poll's
        before = self.seat_kind if li <= self.seat_until else None     # (the kind this line opened in)
        if kind:
            self.seat_kind, self.seat_until, self.seat_from = kind, li + SEAT_CONTEXT_LINES, li
        if not (li <= self.seat_until and self.seat_kind) or self.skip_rows:
            return False        # (nor under "Previous result (2019)")
        doc, text, header, cells = self.doc, self.text, self.header, self.cells
        found = []
        bare = re.fullmatch(r"\s*(\d{1,3})\s*", line)
        seat_party = self.seat_party
        if bare and seat_party and seat_party[2] == li - 1 and int(bare.group(1)) <= 650:
            # A graphic flattened one figure per line: "LAB" / "410".
            found = [SeatFact(self.seat_kind, seat_party[0], seat_party[1], int(bare.group(1)), seat_party[3], e)]
        self.seat_party = None
        party = seats_mod.canonical_party(doc, line.strip()) if not found and short_plain(line) else None
        if party:       # (by the story's country too: "Liberals" are Canada's in a Canadian story, Sweden's in a Swedish one)
            self.seat_party = (party, line.strip(), li, s)
            self.seat_until = li + SEAT_CONTEXT_LINES
            return True
        if cells and not found:
            found = seats_mod.read_seat_cells(doc, cells, header.columns if header else None, s, e, self.seat_kind,
                                              header.names if header else None)
        sentences = [] if found else split_sentences(text, s, e)
        with_seats, extra = [], []
        past_para = False
        said = None
        for ss, se in sentences:
            if (ss, se) == sentences[0] and (LEAD_ADVERBIAL.match(text[ss:se]) or _PAST_LEAD.match(text, ss, se)) \
                    and is_past(text[ss:se].split(",")[0], doc.election_year):
                past_para = True    # "At the last general election, ... won 365 seats. ... The SNP won 48 of Scotland's 59 seats"
            if past_para and not _now(text, ss, se):
                continue
            if _COUNCIL_WORD.search(text, ss, se) or (_NAMED_COUNCIL.search(text, max(0, ss - 300), ss)
                                                      and not _NATIONAL_BODY.search(text, max(0, ss - 300), se)):
                continue        # "Reform UK won 42 of the 64 seats to take control of Derbyshire County Council": a council's seats
            own = seats_mod.seat_kind(text[ss:se])
            if own == "projection" and self.seat_kind == "exit_poll":
                own = None      # "Reform UK, projected to win 13 seats, won five": the exit poll's projection
            # a sentence without its own cue goes on in the kind of the sentence before it that had one ("Labour
            # finished with 37 of the 57 seats. The SNP was reduced to 9 ... The exit poll had suggested the SNP would hold 10")
            own = own or said
            said = own or said
            if own is None and kind in ("exit_poll", "projection") and len(sentences) > 1 \
                    and not any(seats_mod.seat_kind(text[a:b]) for a, b in sentences[:sentences.index((ss, se))]):
                own = before    # "The BJP's 240 seats leave it 32 short ... Exit polls on June 1 had projected 350 to 400
                if own is None:     # seats": the cue of a later sentence is not this one's
                    continue
            got = seats_mod.read_seats(doc, ss, se, own or self.seat_kind, s)
            if got:
                with_seats.append((ss, se))
                tail = next((m.end() for m in _TURN.finditer(text, ss, se)
                             if not seats_mod.read_seats(doc, m.end(), se, own or self.seat_kind, s)
                             and _PERSON_RUN.search(text, m.end(), se)), None)
                if tail is not None:
                    with_seats[-1] = (ss, tail)      # "... won 144 seats, but Poilievre himself lost his riding
                    extra.append((tail, se))         # of Carleton to Liberal Bruce Fanjoy": the rest is about a seat
            found += got
        if found:
            self.seat_facts.extend(found)
            self.seat_until = li + SEAT_CONTEXT_LINES
            if extra:
                self.seat_sentences = (li, with_seats, extra)    # a sentence goes on about a seat: read that as prose
                return False
            for ss, se in sentences:
                learn_people(doc, ss, se, self.state)      # ("... leaving Prime Minister Narendra Modi dependent on allies" before "Modi polled 6,12,970")
            return True
        return False

    def _table_row(self, li: int, s: int, e: int, line: str) -> bool:
        """A header, a contest-figure row ("Majority | 6,618") or a candidate row of a table."""
        cells = self.cells
        if not (cells and len(cells) >= 2):
            return False
        hm = header_map(cells)
        if hm:
            self.header = hm
            return True
        tabbed = self.text[s:e].split("\t")
        if self.header is None and self.stale_header and li - self.stale_header[1] <= 2 and len(tabbed) > 2 \
                and len(tabbed) == len(self.stale_header[0].columns) and "place" in self.stale_header[0].columns:
            self.header = self.stale_header[0]      # a spreadsheet's next block after a blank row: "Coventry North West\tTaiwo Owatemi\t..."
        if self.header and len(tabbed) == len(self.header.columns) != len(cells):
            cells = [c.strip() for c in tabbed]     # a spreadsheet's row with empty cells: its columns hold
        if self.header and len(cells) == len(self.header.columns) + 1 and not tabbed[1:]:
            self.header = wider_header(self.header, len(cells)) or self.header     # "... MAJ TURNOUT ..." over "... 9,870    61.3 ..."
        if self.header and self.header.columns[0] == "place" and len(cells) == len(self.header.columns) - 1 \
                and self.text[s:e].lstrip().startswith("|"):
            cells = [""] + cells        # "| Greg Lambert (i) | R | 15,311 | 46.0%" under "22nd | Nadia Farouk* | ...": the seat's cell left empty
        if self.header:
            row_key = grid_row(self.doc, cells, self.header, s, e, self.facts, self.grid_key)
            if row_key:
                self.grid_key = row_key
                return True
        if self.header is None and winner_row(self.doc, cells, s, e, self.facts, self.is_party):
            return True
        if self.header and self.header.columns[0] == "place" and set(self.header.columns[1:]) == {"other"} \
                and len(cells) >= 3 and not _DIGIT.match(cells[0]):
            if _TOTAL_CELL.fullmatch(cells[0]) and len(cells) == len(self.breakdown_heads):
                self._breakdown_totals(cells, s, e)     # "Total | 102,884 (40.7%) | 84,634 (33.5%)" under "Area | Fairweather (Lab) | ..."
            return True     # a row of a breakdown by area ("Deer Creek  1,272  949  479  339" under "Precinct  Registered  Ballots ..."): no candidate
        if table_contest_row(cells, s, e, self.current, self.facts):
            self.facts.extend(read_outcome(self.doc, s, e, self.current))
            return True
        if self.header is None and self.stale_header and li - self.stale_header[1] <= 2 \
                and _CAPS_SURNAME_CELL.fullmatch(cells[0]) and any(_COUNT_CELL.fullmatch(c) for c in cells[1:]):
            self.header = self.stale_header[0]      # "ASHCROFT | 71,388" after a blank line: the next block of the declaration
        elif self.header is None and self.stale_header and li - self.stale_header[1] <= STALE_HEADER_LINES \
                and len(cells) == len(self.stale_header[0].columns) >= 4 and _COLUMNS_BEFORE_VOTES.search(" ".join(self.stale_header[0].columns)):
            # "Eddie Nguyen   1,911   1,139   3,050   51.17%" under the next race's title: the columns of the table above
            # (early voting, election day, total), which the first figure alone would misread
            self.header = self.stale_header[0]
        if self.header and len(cells) == len(self.header.columns) - 1 and self.header.columns[0] == "other" \
                and self.text[s:e].lstrip().startswith("|"):
            cells = [""] + cells        # "| Daniel Vukovic | Conservative ... | 24,118" under "Status | Candidate | ...": the status cell is empty
        cells, e = self._with_forenames_below(li, cells, e)
        if self.header and len(cells) < len(self.header.columns):
            cells = _unglue_figures(cells, len(self.header.columns))
        row = parse_cells(cells, self.header, self.is_party)
        if row is None and len(cells) == 2 and ROLE_LABEL.fullmatch(cells[0] + ":"):
            row = parse_row(f"{cells[0]}: {cells[1]}", self.is_party, self.split_glued)     # "Second | Sam Bromiley (Conservative) – 8,675"
        elif row is None and len(cells) == 2 and cells[0].strip().lower() in ("candidate", "name", "nominee"):
            row = parse_row(cells[1], self.is_party, self.split_glued)     # "Candidate | Brian Tully (Independent) Elected – 987"
        if row and self.skip_rows:
            return True
        if row:
            seat, told = self.result_told
            contest = self.current if self.current is not None or li - told > TOLD_TABLE_LINES else seat
            if contest is not None and contest == seat:
                self.result_told = (seat, li)     # (the table's next rows too)
            # ("Penistone and Stocksbridge went to Marie Tidball, who beat Miriam Cates by 8,739 votes." / a table)
            self.facts.append(row_fact(row, s, e, contest))
            return True
        return self._unopposed_row(li, s, e, cells)

    def _status_card(self, li: int, s: int, e: int, line: str) -> bool:
        """An election commission's card: "BIRSA TUDU" / "won" / "96314 ( + 15011)": the winner and the margin
        (a loser's card carries the deficit, "( -15011)", no figure of the count)."""
        status = _CARD_STATUS.fullmatch(line)
        spans = self.doc.line_spans
        if not status or li == 0 or li + 1 >= len(spans):
            return False
        ps, pe = spans[li - 1]
        ns, ne = spans[li + 1]
        figures = _CARD_FIGURES.fullmatch(self.text, ns, ne)
        name = self.text[ps:pe].strip()
        if not figures or not _looks_like_a_name(name, self.is_party):
            return False
        won = status.group(1).lower() == "won"
        self.facts.append(CandFact(person_name(name), ps, ne, self.current, elected=won or None))
        if won and figures.group("sign") == "+":
            self.facts.append(ContestFact("majority", int(figures.group("margin")), ps, ne, self.current, strength=3))
        return True

    def _ticker_line(self, li: int, s: int, e: int, line: str) -> bool:
        """A results strip: "01:58  LAB HOLD  DONCASTER NORTH  Ed Miliband (LAB) 16,231  Glenn Bluff (CON) 7,105":
        an outcome, the seat in capitals, then its candidates and figures, cell by cell."""
        cells = self.cells
        at = next((i for i, c in enumerate(cells[:3]) if _TICKER_OUTCOME.fullmatch(c)), None)
        if at is None or at + 1 >= len(cells) or not cells[at + 1].isupper() or not _SEAT_CELL.fullmatch(cells[at + 1]) \
                or parties().canonical(cells[at + 1]):
            if self.ticker == li - 1 and line[:1].isspace() and line.strip():
                self.ticker = li        # "       John Thomas (REF) 10,459  MAJ 6,630": the entry goes on
                self._ticker_cells(s, e, cells or [line.strip()])
                return True
            return False
        place = title_case(cells[at + 1])
        place = places().canonical(place) or place
        self.current = place_key(place)
        self.header = None
        self.ticker = li
        self.facts.append(ContestFact("name", place, s, e, self.current))
        self.facts.extend(read_outcome(self.doc, s, e, self.current))
        self._ticker_cells(s, e, cells[at + 2:], parties().canonical(cells[at].split()[0]))
        return True

    def _ticker_cells(self, s: int, e: int, cells: list[str], winner_party: Optional[str] = None) -> None:
        text, pos = self.text, s
        for cell in cells:
            cs = text.find(cell, pos, e)
            ce = cs + len(cell)
            pos = ce
            row = parse_row(cell, self.is_party, self.split_glued)
            named = _NAME_AND_PARTY_LINE.fullmatch(cell) if row is None and "(" in cell else None
            if row:
                self.facts.append(row_fact(row, cs, ce, self.current))
            elif named and named.group("party") and _looks_like_a_name(named.group("name"), self.is_party):
                # "LAB HOLD  LEEDS EAST  Richard Burgon (LAB)  MAJ 11,265": the winner with only the majority
                party = named.group("party").strip()
                won = winner_party is not None and parties().canonical(party) == winner_party
                self.facts.append(CandFact(person_name(named.group("name")), cs, ce, self.current, party=party, elected=won or None))
                winner_party = None
            else:
                table_contest_row(cell.split(None, 1) if len(cell.split(None, 1)) == 2 else [cell], cs, ce, self.current, self.facts)

    def _winner_label(self, li: int, s: int, e: int, line: str) -> bool:
        """"Declared winner: Jacob Wafula Shikuku (ANC)": a label line that names the winner, no figures."""
        labelled = _PARTY_LABEL_LINE.fullmatch(line) if self.winner_label and self.winner_label[0] == li - 1 else None
        if labelled and self.is_party(labelled.group("party")):
            # "Winner: Hamish Falconer" / "Party: Labour (gain from Conservative)": the winner's party, on the card's next line
            self.facts.append(CandFact(self.winner_label[1], s, e, self.current, party=labelled.group("party"), strength=3))
            self.facts.extend(read_outcome(self.doc, s, e, self.current))
            return True
        maj = _MAJORITY_TAIL.search(line) if ":" in line else None
        head = line[:maj.start()] if maj else line
        m = _WINNER_LABEL.fullmatch(head) if ":" in head and not _DIGIT.search(head) else None
        if m is None and not maj and ":" in head and not _DIGIT.search(head):
            return self._winners_label_list(s, e, head)
        if not (m and _looks_like_a_name(m.group("name"), self.is_party)) or m.group("party2") and not self.is_party(m.group("party2")):
            return False
        party = (m.group("party") or m.group("party2") or "").strip() or None
        self.facts.append(CandFact(person_name(m.group("name")), s, e, self.current, party=party, elected=True))
        self.winner_label = (li, person_name(m.group("name")))
        if maj:     # "Winner: Sarah Bool (Conservative) — majority 3,687"
            self.facts.append(ContestFact("majority", int(maj.group("n").replace(",", "")), s, e, self.current, strength=3))
        return True

    def _winners_label_list(self, s: int, e: int, line: str) -> bool:
        """"Elected: Siobhán Dunphy (FF), Peadar Brennan (SF), Des Walsh (Lab).": the winners of a seat of several."""
        lead = _WINNERS_LABEL_LEAD.match(line)
        listed = _PARTY_LIST_LEAD.match(line) if lead is None else None
        if listed and not self.is_party(listed.group("party").strip()):
            listed = None
        if not (lead or listed):
            return False
        people = []
        for item in _LIST_SEPARATOR.split(line[(lead or listed).end():].strip().rstrip(".")):
            m = _NAME_AND_PARTY_LINE.fullmatch(item)
            party = (m.group("party") or "").strip() if m else ""
            if listed and m and not party:
                party = listed.group("party").strip()     # "Elected from the Plaid Cymru list: Elin Prys-Jones, Gethin ap Dafydd and Sioned Harries."
            if not (m and party and _looks_like_a_name(m.group("name").strip(), self.is_party)):
                return False        # every item a name with its party, or it is no such list
            people.append((person_name(m.group("name").strip()), party))
        if len(people) < (1 if listed else 2):
            return False
        for name, party in people:
            self.facts.append(CandFact(name, s, e, self.current, party=party, elected=True, strength=3))
        return True

    def _winners_list_item(self, li: int, s: int, e: int, line: str) -> bool:
        """Under "WHO HAS BEEN ELECTED", a bullet naming a winner without figures: "- Mereana Hohaia (Green Party)"."""
        if li - self.winners_until > WINNERS_LIST_GAP:
            return False
        row = _WHO_WON_WHERE_ROW.fullmatch(self.text, self.doc.line_spans[li][0], e)     # (its seat may have been read as a heading)
        if _DIGIT.search(line) and not row:
            return False
        if row and self.is_party(row.group("party").strip()):
            names = _names_in(row.group("names"))
            if all(_looks_like_a_name(n, self.is_party) for n in names):      # "Grange (two seats) – Tom Ellery and Nadia Farouk – Labour (hold)"
                place = row.group("seat").strip()
                self.current = place_key(place)
                self.facts.append(ContestFact("name", place, s, e, self.current))
                for n in names:
                    self.facts.append(CandFact(person_name(n), s, e, self.current, party=row.group("party").strip(), elected=True, strength=3))
                self.winners_until = li
                return True
        by_party = _PARTY_THEN_NAMES.fullmatch(line)
        if by_party and self.is_party(by_party.group("party").strip()):
            names = _names_in(by_party.group("names"))
            if all(_looks_like_a_name(n, self.is_party) for n in names):   # a list seat's winners: "Plaid Cymru: Ifan Prys Davies, Catrin Haf Morgan"
                for n in names:
                    self.facts.append(CandFact(person_name(n), s, e, self.current, party=by_party.group("party").strip(), elected=True, strength=3))
                self.winners_until = li
                return True
        seat = next(iter(self.doc.places_in(s, e)), None)
        lead = _SEAT_LEAD.match(self.text, seat.end, e) if seat is not None and seat.start == s else None
        if lead:        # "Aberafan Maesteg: Stephen Kinnock (Labour) - gain"
            line = self.text[lead.end():e]
        elif not BULLET_ITEM.match(line):
            return False
        m = _NAME_AND_PARTY_LINE.fullmatch(_ITEM_TAIL.sub("", line))
        if not (m and _looks_like_a_name(m.group("name"), self.is_party)):
            return False
        if lead:
            self.current = place_key(seat.canonical)
            self.facts.append(ContestFact("name", seat.canonical, s, e, self.current))
        self.facts.append(CandFact(person_name(m.group("name")), s, e, self.current,
                                   party=(m.group("party") or "").strip() or None, elected=True, strength=3))
        self.winners_until = li
        return True

    def _elected_item(self, li: int, s: int, e: int, line: str) -> bool:
        """"Lisa Ní Bhriain (Soc Dems) – elected count 4": a list of a multi-seat area's winners, with no figures."""
        if "lected" not in line and "LECTED" not in line:
            return False
        if li + 1 < len(self.doc.line_spans) and _VOTES_LINE.fullmatch(self.text, *self.doc.line_spans[li + 1]):
            return False        # a card's name line over its votes: "Pat Cullen (Sinn Féin) – ELECTED" / "24,844 votes"
        item = _ELECTED_ITEM.fullmatch(line) or _RESULT_DECLARED.match(line)
        m = _NAME_AND_PARTY_LINE.fullmatch(item.group("item")) if item else None
        party = m.group("party").strip() if m and m.group("party") else ""
        if not (party and (self.is_party(party) or seats_mod.canonical_party(self.doc, party))
                and _looks_like_a_name(m.group("name"), self.is_party)):
            return False        # ("FF": Fianna Fáil in Ireland, Family First in Australia)
        name = m.group("name").strip()
        self.facts.append(CandFact(person_name(title_case(name) if name.isupper() else name), s, e, self.current, party=party,
                                   elected=True, strength=3))
        return True

    def _unopposed_list_row(self, li: int, s: int, e: int, line: str) -> bool:
        """Under "North Ward (4 seats) - elected unopposed:", each "Peter Langridge (Independent)" line is a winner;
        so is a results row whose count is the word: "x-Adelita Camacho (D) (i) ...... Unopposed"."""
        alone = _UNOPPOSED_ROW.fullmatch(line) if "nopposed" in line or "ncontested" in line or "cclaim" in line or "cclamation" in line else None
        if alone and alone.group("code") and not self.is_party(alone.group("code")):
            alone = None        # ("Smith, Jr. ... unopposed" is read as written elsewhere)
        if alone and _looks_like_a_name(alone.group("name"), self.is_party):
            self.facts.append(CandFact(person_name(alone.group("name")), s, e, self.current,     # ("x-Sheila Boyd, Dem (i)   Unopposed")
                                       party=(alone.group("party") or alone.group("code") or "").strip() or None, elected=True, strength=3))
            return True
        if not self.cells and _CAPS_NAME_LINE.fullmatch(line) and self._under_unopposed_notice(li):
            return self._unopposed_row(li, s, e, [line.strip()])     # "ASPINALL Gillian Mary" with no description
        if self.unopposed_list is None or self.unopposed_list[1] == e:
            return False        # (nor is the notice itself a row: "... the persons named below were duly elected unopposed:")
        m = _NAME_AND_PARTY_LINE.fullmatch(line)
        cells = split_cells(line)
        if len(cells) == 3 and STAGE_TAIL.fullmatch(cells[2]):
            cells = cells[:2]       # "KERR, Alison    Scottish National Party (SNP)    Stage 1": the stage it was elected at
        if len(cells) == 2 and _looks_like_a_name(cells[0], self.is_party) and (self.is_party(cells[1]) or NO_PARTY_CELL.fullmatch(cells[1])):
            who, party = person_name(cells[0]), None if NO_PARTY_CELL.fullmatch(cells[1]) else cells[1]   # "CROSSLEY Janet Mary    Independent"
        elif m and _looks_like_a_name(m.group("name"), self.is_party):
            who, party = person_name(m.group("name")), (m.group("party") or "").strip() or None
        else:
            self.unopposed_list = None
            return False
        self.facts.append(CandFact(who, self.unopposed_list[0], self.unopposed_list[1], self.current, elected=True))
        self.facts.append(CandFact(who, s, e, self.current, party=party, elected=True, strength=3))
        return True

    def _under_unopposed_notice(self, li: int) -> bool:
        """Under a notice of uncontested election's table of names and descriptions (with or without addresses)."""
        header, notice = self.header, self.unopposed_notice
        return bool(header and notice and li - notice[0] <= UNOPPOSED_NOTICE_LINES and "name" in header.columns
                    and "votes" not in header.columns and (any("address" in n for n in header.names) or header.columns == ["name", "party"]))

    def _unopposed_row(self, li: int, s: int, e: int, cells: list[str]) -> bool:
        """A notice of uncontested election: under "Name of Candidate | Address | Description (if any)",
        "BELL Nicholas | 27 The Rookery, ... | Independent": everyone it names is elected unopposed."""
        header = self.header
        at = header.columns.index("votes") if header and "name" in header.columns and "votes" in header.columns else None
        said = at is not None and len(cells) == len(header.columns) and _UNOPPOSED_CELL.fullmatch(cells[at].strip())
        if not said and not self._under_unopposed_notice(li):
            return False        # (a portal's row may say so itself: "Frances Atherley | Independent | Unopposed | Elected")
        name = cells[header.columns.index("name")] if header.columns.index("name") < len(cells) else ""
        if not _looks_like_a_name(name, self.is_party):
            return False
        party = None
        if "party" in header.columns and len(cells) == len(header.columns):
            party = cells[header.columns.index("party")].strip() or None
        who = person_name(name)
        if not said:
            notice = self.unopposed_notice
            self.facts.append(CandFact(who, notice[1], notice[2], self.current, elected=True))   # the notice says so
        self.facts.append(CandFact(who, s, e, self.current, party=party, elected=True, strength=3))
        return True

    def _dash_list_row(self, li: int, s: int, e: int, line: str) -> bool:
        """A wire's list of seats under its key in brackets, "Following is the list of winners (constituency - winner - nearest
        rival - margin):", one seat a line: "1. Mannadipet - K. Velmurugan (BJP) - S. Anand (DMK) - 2,118"."""
        if " - " not in line:
            return False
        key = _DASH_KEY.search(line)
        if key:
            hm = header_map([c.strip() for c in key.group("cols").split(" - ")])
            self.dash_key = (hm, li) if hm and "place" in hm.columns else None
            if self.dash_key and "winner" in hm.columns:
                self.winners_until = -1     # (the key says which name won: its rival is no winner)
            return False
        if self.dash_key is None or li - self.dash_key[1] > DASH_LIST_LINES:
            return False
        cells = [c.strip() for c in _RANK.sub("", line).split(" - ")]
        hm = self.dash_key[0]
        if len(cells) != len(hm.columns) or not grid_row(self.doc, cells, hm, s, e, self.facts, None):
            return False
        self.dash_key = (hm, li)        # (the list goes on)
        return True

    def _party_under_row(self, li: int, s: int, e: int, line: str) -> bool:
        """A declaration form prints each candidate's party on the line under their row: "3. MWINYI, SALIM ABDALLA   3,412"
        over "ORANGE DEMOCRATIC MOVEMENT" (not the next row's party)."""
        if li == 0 or self.cells or len(line) > 80 or _DIGIT.search(line) or not self.is_party(line.strip()):
            return False
        ps, pe = self.doc.line_spans[li - 1]
        above = self.text[ps:pe]
        if len(line) - len(line.lstrip()) <= len(above) - len(above.lstrip()):
            return False        # (indented under the row, as a form prints it; flush left it heads the rows below: "GREENS" / "  Ben Otway ... 1,210")
        last = next((f for f in reversed(self.facts) if isinstance(f, CandFact)), None)
        if last is None or last.strength < 3 or last.party is not None or last.votes is None or not (ps <= last.start and last.end <= pe):
            return False
        self.facts.append(CandFact(last.name, s, e, last.contest, party=line.strip(), strength=3))
        return True

    def _name_over_figures(self, li: int, s: int, e: int, line: str) -> bool:
        """A card two lines to a candidate: "Pete Wishart      Scottish National Party" over "18,928 votes      37.8%"."""
        cells = self.cells
        if not cells and li + 1 < len(self.doc.line_spans) and len(line) < 80 and not _DIGIT.search(line):
            return self._name_over_votes(li, s, line)
        if not (cells and len(cells) == 2 and not _DIGIT.search(line) and li + 1 < len(self.doc.line_spans)
                and self.is_party(cells[1]) and _looks_like_a_name(cells[0], self.is_party)):
            return False
        ns, ne = self.doc.line_spans[li + 1]
        figures = _FIGURES_LINE.fullmatch(self.text, ns, ne)
        if not figures:
            return False
        share = figures.group("share")
        self.facts.append(CandFact(person_name(cells[0]), s, ne, self.current, party=cells[1], votes=parse_int(figures.group("votes")),
                                   share=float(share) if share else None, strength=3))
        self.forenames_line = li + 1        # (the figures line is read with its name)
        return True

    def _name_over_votes(self, li: int, s: int, line: str) -> bool:
        """A card of a name over its votes: "Megan Thornbury (incumbent) - ELECTED" over "6,104 votes | 24.1%", "Pat Cullen
        (Sinn Féin) – ELECTED" over "24,844 votes"."""
        ns, ne = self.doc.line_spans[li + 1]
        figline = self.text[ns:ne]
        won = _WON_TAIL.search(figline)     # ("   741 votes - ELECTED" under "✔ Sandra Meakin (Labour)")
        figures = _VOTES_LINE.fullmatch(figline[:won.start()] if won else figline)
        line = _SYMBOL_TAIL.sub("", line)
        tick = LEAD_MARK.match(line)
        line = line[tick.end():] if tick else line
        comma = _NAME_COMMA_PARTY.fullmatch(line)
        if comma and self.is_party(comma.group("party")) and _looks_like_a_name(comma.group("name"), self.is_party):
            return self._name_comma_party_over_votes(li, s, comma)      # "Sam Carling, Labour" over "14,785 votes (33.3%) - ELECTED"
        bracketed = _NAME_THEN_BRACKET.match(line)
        if not figures or self.is_party(line.strip()) or self.doc.parties_in(s, s + len(line)) and not bracketed \
                or self.prev_plain and self.is_party(self.prev_plain) or _FIGURE_LINE_START.match(line_after(self.doc, ne)):
            return False        # (a broadcaster's "ALP" / "Daniel Rosen" / "55,839 votes" / "62.3%": read as a block)
        row = parse_cells([line.strip(), figures.group("votes") or figures.group("votes2"), *([figures.group("share") + "%"] if figures.group("share") else [])],
                          None, self.is_party)
        if row is None or row.party is not None and not bracketed or not _looks_like_a_name(row.name, self.is_party):
            return False
        self.facts.append(CandFact(row.name, s, ne, self.current, party=row.party, votes=row.votes, share=row.share,
                                   elected=row.elected or bool(tick or won) or None, strength=3))
        self.forenames_line = li + 1        # (the figures line is read with its name)
        return True

    def _name_comma_party_over_votes(self, li: int, s: int, comma) -> bool:
        ns, ne = self.doc.line_spans[li + 1]
        figures = BROADCAST_FIGURE.match(self.text[ns:ne])
        if not figures or not (figures.group("unit") or "").lower().startswith("vote") or figures.group("label"):
            return False
        share = figures.group("pct") or figures.group("pct2")
        self.facts.append(CandFact(person_name(comma.group("name")), s, ne, self.current, party=comma.group("party").strip(),
                                   votes=parse_int(figures.group("num")), share=float(share) if share else None,
                                   elected=True if figures.group("won") else None, strength=3))
        self.forenames_line = li + 1        # (the figures line is read with its name)
        return True

    def _with_forenames_below(self, li: int, cells: list[str], e: int) -> tuple[list[str], int]:
        """A statement of poll turned to text puts the SURNAME on the row and the forenames on the
        line below, with the rest of a wrapped description: "ASHWORTH | Liberal Democrats | 1,102"
        then "Glenys Mary"."""
        header = self.header
        if not header or "name" not in header.columns or li + 1 >= len(self.doc.line_spans) or "\n" in self.text[self.doc.line_spans[li][0]:e]:
            return cells, e         # (a flattened table's row, merged from its lines, is whole)
        col = header.columns.index("name")
        if col >= len(cells) or not cells[col].replace("-", "").replace("'", "").isupper():
            return cells, e
        ns, ne = self.doc.line_spans[li + 1]
        below = split_cells(self.text[ns:ne]) or [self.text[ns:ne].strip()]
        cells = list(cells)
        if len(below) == 3 and cells[-1].count("(") > cells[-1].count(")") and below[-1].endswith(")"):
            cells[-1] += " " + below[-1]        # "13,736  (Etholwyd /" then "David  Rhyddfrydol Cymru  Elected)": the mark goes on below
            below = below[:2]
        if not _FORENAMES.fullmatch(below[0]) or any(ch.isdigit() for ch in self.text[ns:ne]) \
                or self.is_party(below[0]) or len(below) > 2:
            return cells, e
        cells[col] = f"{cells[col]}, {below[0]}"
        at = header.columns.index("party") if "party" in header.columns else len(cells)
        if len(below) == 2 and at < len(cells) and cells[at].endswith("-") and below[1][:1].islower():
            cells[at] = cells[at][:-1] + below[1]       # "Liberal Demo-" / "crats": a description hyphenated at the line's end
        elif len(below) == 2 and "party" in header.columns and not any(self.is_party(c) for c in cells):
            # "ASHCROFT | 71,388" then "Helen Margaret | The Conservative Party Candidate": the party is below
            cells.insert(header.columns.index("party"), below[1])
        elif len(below) == 2 and "party" in header.columns and header.columns.index("party") < len(cells):
            cells[header.columns.index("party")] += " " + below[1]     # "The Conservative Party" / "Candidate"
        self.forenames_line = li + 1
        return cells, ne

    def _label_and_figure(self, li: int, s: int, e: int, line: str) -> bool:
        """A label line and its figure on the next line: "Labour majority" / "7,939", "Turnout" / "53.2%"."""
        label_line = self.label_line
        if label_line is not None and label_line[0] == li - 1:
            fig = re.fullmatch(r"\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(%?)\s*", line)
            if fig:
                value, pct = fig.group(1).replace(",", ""), fig.group(2)
                if label_line[1] == "majority" and not pct and "." not in value:
                    self.facts.append(ContestFact("majority", int(value), label_line[2], e, self.current, strength=3))
                    self.facts.extend(read_outcome(self.doc, label_line[2], label_line[3], self.current))
                elif label_line[1] == "turnout" and (pct or "." in value) and float(value) <= 100:
                    self.facts.append(ContestFact("turnout", float(value), label_line[2], e, self.current, strength=3))
                self.label_line = None
                return True
        self.label_line = None
        lab = FIGURE_LABEL.fullmatch(line)
        if lab:
            self.label_line = (li, "majority" if lab.group("maj") else "turnout", s, e)
            return True
        return False

    def _broadcast_block(self, li: int, s: int, e: int, line: str) -> bool:
        """Broadcaster layout: a candidate block ("Party, Name", or a party line and a name line in
        either order) then figure lines ("- 18,247 votes", "Share: 40.9%", "ELECTED")."""
        b = BROADCAST_FIGURE.match(line)
        if self.skip_rows:
            b, self.pending = None, None
        pending = self.pending
        if b and pending and not SIGNED_FIGURE.match(line):
            val = b.group("num").replace(",", "")
            label = (b.group("label") or b.group("unit") or "").lower()
            second = "pct" if b.group("pct") else "pct2" if b.group("pct2") else None
            head = line[:b.start(second)] if second else line      # (not the "(38.9%)" after the votes)
            is_share = "share" in label or "%" in head or "per cent" in label or (
                not label and "." in val and "votes" in pending and "share" not in pending and float(val) <= 100)
            # (a bare "26.7" after the votes: a table flattened to one cell per line)
            bare_votes = not label and "." not in val and "share" not in pending
            if is_share or "vote" in label or bare_votes:
                if is_share and "share" in pending or not is_share and "votes" in pending:
                    self.pending = None           # a second figure of the same kind: the block is over
                    return True
                pct = None if is_share or not second else float(b.group(second))
                pending["share" if is_share else "votes"] = True
                if pct is not None:
                    pending["share"] = True
                self.facts.append(CandFact(pending["name"], s, e, self.current, party=pending["party"],
                                           share=float(val) if is_share else pct,
                                           votes=None if is_share else int(float(val)), strength=3,
                                           elected=True if b.group("won") else False))
            return True
        if pending and STATUS.match(line):
            if STATUS.match(line).group("won"):       # "ELECTED" under the name
                self.facts.append(CandFact(pending["name"], s, e, self.current, party=pending["party"],
                                           elected=True, strength=3))
            return True
        if b and pending and SIGNED_FIGURE.match(line):
            return True          # "- +4.3 change"
        status = STATUS.match(line) if not pending and self.prev_plain else None
        if status and status.group("won") and _looks_like_a_name(self.prev_plain, self.is_party) and not self.is_party(self.prev_plain):
            self.won_mark_after = self.prev_plain      # a flattened table's "Elected" cell between the name and the party
            return True
        marked, self.won_mark_after = self.won_mark_after, None
        block = candidate_block(line, self.prev_plain, self.is_party, self.prev2_plain)
        if block:
            self.pending = block
            if marked is not None and marked == self.prev_plain:
                self.facts.append(CandFact(block["name"], s, e, self.current, party=block["party"], elected=True, strength=3))
            self.prev_plain = self.prev2_plain = None
            return True
        under = name_then_party_figures(line, self.prev_plain, self.is_party)
        if under:       # "Tristan Osborne" / "Labour · 13,689 (33.5%)": a results card's two lines
            self.facts.append(CandFact(person_name(self.prev_plain), self.prev_plain_start, e, self.current, strength=3, **under))
            self.prev_plain = self.prev2_plain = None
            return True
        self.prev2_plain = self.prev_plain
        self.prev_plain = line.strip() if short_plain(line) else None
        self.prev_plain_start = s
        return False

    def _rows_and_prose(self, li: int, s: int, e: int, line: str) -> bool:
        """One-line rows and contest lines, then every sentence they did not read, as prose."""
        if self.skip_rows and (self.cells or _DIGIT.search(line)):
            if not self.cells:
                learn_people(self.doc, s, e, self.state)    # (last time's story names in full who is "Mr Higginbotham" now)
            return True     # (a sentence without figures under a skipped table may still say who won)
        if _THEN_LABEL.match(line):
            learn_people(self.doc, s, e, self.state)
            return True     # "Then: Labour's Ben Bradshaw won with 29,882 votes ..." over "Now: ...": the last election's
        if (_SHARE_TABLE_HEAD.search(line) or _FIELD_INTRO.search(line) and line.rstrip().endswith(":")) and not _DIGIT.search(line):
            self.share_rows = True
            return True
        share_row = _SHARE_ROW.fullmatch(line) if self.share_rows else None
        if share_row and float(share_row.group("pct")) <= 100 and _looks_like_a_name(share_row.group("name"), self.is_party):
            self.facts.append(CandFact(person_name(share_row.group("name")), s, e, self.current, party=share_row.group("party").strip(),
                                       share=float(share_row.group("pct")), strength=3))
            return True
        self.share_rows = False
        doc, text = self.doc, self.text
        if self.seat_from < li <= self.seat_until and MAJ_LINE.match(line) and not parse_row(line, self.is_party, self.split_glued):
            return True     # "Labour majority: 174" under the national totals
        # (only without a current contest does it matter whether the line names a place; a row's
        # place-like surname does not count: "Glyn Preston (Lib Dem)")
        lead = _PLACE_THEN_LIST.match(line) if ";" in line else None
        if lead and self._place_led_list(s, e, lead):
            return True
        placeless = self.current is None and (not doc.places_in(s, e) or parse_row(line, self.is_party, self.split_glued) is not None)
        carried = self.topic if placeless else None
        read = line_items(doc, s, e, self.current or carried, self.facts, self.is_party, self.split_glued)
        # Sentences the row rules did not read are prose: "Labour's Anna Gelderd won with 15,670
        # votes ... Paul Wadley, Reform UK, 9,311 (18.9%); Colin Martin, ..."
        sentences = [(ss, se) for ss, se in split_sentences(text, s, e)
                     if not any(a <= ss < b or a < se <= b for a, b in read)]
        if self.seat_sentences[0] == li:      # (what was read as seat totals is not prose; a clause after them is)
            _, with_seats, extra = self.seat_sentences
            sentences = sorted([x for x in sentences if not any(a <= x[0] < b for a, b in with_seats)] + extra)
        # A paragraph that names a seat with a result is about that seat to its end. One that opens on a
        # seat and gives no result of it hands the seat to the paragraphs after it that name no place
        # ("In Montgomeryshire and Glyndŵr, Craig Williams ... came a distant third." / "Labour's Steve
        # Witherden won the new seat ...").
        para = self.current or carried
        routed = None
        past_para = False
        poll_para = provisional_para = False
        for ss, se in sentences:
            if past_para and not _now(text, ss, se) and not (doc.election_year and str(doc.election_year) in text[ss:se]):
                continue        # "In the 2021 general election, Marchetti held the riding ... Liberal Dana Whitcombe was second with 17,394"
            poll_here = bool(_POLL_SENTENCE.search(text, ss, se) or self.poll_story and _SHARE_SAID.search(text, ss, se))
            if (poll_para or poll_here) and not _VOTES_WORD.search(text, ss, se):
                poll_para = True
                continue        # "Among decided voters, X had 38 per cent ... Conservative candidate Y had 11 per cent": the poll's
            if provisional_para and not _FINAL_WORD.search(text, ss, se):
                continue        # "According to provisional figures ... Fairfax was on 1,402 ... Labour's Gwen Hale on 311": not yet a result
            poll_para = poll_para or poll_here
            provisional_para = provisional_para or bool(_PROVISIONAL.search(text, ss, se) and not _FINAL_WORD.search(text, ss, se))
            if (ss, se) == sentences[0] and LEAD_ADVERBIAL.match(text[ss:se]) and is_past(text[ss:se].split(",")[0], doc.election_year):
                past_para = True
            elif (ss, se) == sentences[0] and len(sentences) > 1 and not _DIGIT_WORD.search(text, ss, se) \
                    and _an_old_election(doc, ss, se):
                past_para = True        # "We checked the official declaration from the May 2023 election. ... received 1,104 votes"
            there = self.last_routed if self.current is None and "there" in text[ss:se] and _THERE.search(text, ss, se) else None
            found = _prose(doc, ss, se, self.state, there or para)
            self.facts.extend(found)
            self._log_prose(ss, se, there or para, found)
            named = [f for f in found if isinstance(f, ContestFact) and f.field == "name" and f.strength == 0]
            if named and self.current is not None and named[0].contest != self.current and (ss, se) == sentences[0] \
                    and not self.in_entry:
                para = named[0].contest     # a paragraph that opens on another seat's result goes on about that seat
            elif named and self.current is None:
                para = self.last_routed = named[0].contest
                self.result_told = (named[0].contest, li)
                routed = None       # (a seat given its result here: what follows is not more of it)
                if self.in_entry:
                    self.current = named[0].contest     # "Liz Truss loses South West Norfolk to Labour"
            elif self.current is None and (ss, se) == sentences[0]:
                topic = self._topic_place(ss, se) or self._topic_office(found) or self._topic_by_election(ss, se, found) \
                    or self._topic_seat_of(ss, se, found) or self._topic_primary(ss, se)
                if topic:
                    para = routed = topic[0]     # "Dewsbury and Batley may be the most striking of all. The independent ..."
                    self.facts.append(ContestFact("name", topic[1], ss, se, topic[0], strength=0))
        if self.current is None and (not placeless or routed):
            self.topic = routed         # (a paragraph about places it gives no result for ends the carrying)
        return True

    def _live_blog(self) -> bool:
        return bool(self.doc.entry_starts())

    def _topic_primary(self, ss: int, se: int) -> Optional[tuple[str, str]]:
        """The office a paragraph's first sentence says a party's primary was for: "Sharon Whitby will be the Republican
        nominee for Bexley County Judge." over "Final unofficial totals in the GOP primary: Whitby 11,020 (50.6%), ..."."""
        if not _PRIMARY_WORDS.any_in(self.doc.low, ss, se):
            return None
        m = _PRIMARY_FOR.search(self.text, ss, se)
        if m is None or any(a <= m.start() < b for a, b in relative_spans(self.text, ss, se)):
            return None
        return place_key(m.group("place")), m.group("place")

    def _topic_place(self, ss: int, se: int) -> Optional[tuple[str, str]]:
        """The seat a paragraph's first sentence opens with: "Dewsbury and Batley may be ...",
        "In Blackburn the margin was thinner still: ..."."""
        rel = relative_spans(self.text, ss, se)
        places = [m for m in self.doc.places_in(ss, se) if not any(a <= m.start < b for a, b in rel)]   # ("Mr Buckley, an MLA for Upper Bann, polled")
        if self.doc.seat_tails():
            m = self.doc.seat_tail_refs().search(self.text, ss, min(se, ss + 60))
            if m and _TAIL_OPENER.fullmatch(self.text, ss, m.start("tail")) and not any(p.start < m.start() for p in places):
                name = self.doc.seat_tails()[m.group("tail").lower()]
                return place_key(name), name        # "In the west, the seat's predecessor ..." / "Reform's Don Brookes finished third"
        if not places or _longer_name(self.doc, places[0]) or _another_body(self.text, ss, places[0]):
            return None
        if _OPENS_WITH.fullmatch(self.text, ss, places[0].start):
            return place_key(places[0].canonical), places[0].canonical
        named = {m.canonical for m in places if not _OLD_SEAT_BEFORE.search(self.text, max(ss, m.start - 30), m.start)}
        if len(named) == 1 and _PERSON_LEADS.match(self.text, ss) and self.seats_named >= 2:
            # "Lizzi Collinge, standing for Labour, ended ... run in Morecambe and Lunesdale." in a story of several
            # seats: the one seat its paragraph opens on
            name = named.pop()
            return place_key(name), name
        if len({m.canonical for m in places}) == 1 and _TOPIC_IS.fullmatch(self.text, ss, places[0].start) \
                and not self.text.startswith(("'s", "’s"), places[0].end):
            return place_key(places[0].canonical), places[0].canonical    # "The starkest example was Birmingham Yardley."
        return None

    @staticmethod
    def _topic_office(found: list) -> Optional[tuple[str, str]]:
        """A board or district a paragraph opens on, with no result in that sentence: "In the race for two seats on
        the Marion County School Board, voters could pick two of four candidates." (then its rows)"""
        mentions = [f for f in found if isinstance(f, ContestFact) and f.field == "mention"]
        if len(mentions) != 1 or not _OFFICE_WORDS.search(mentions[0].value) or places().get(mentions[0].value) is not None \
                or any(isinstance(f, CandFact) for f in found):
            return None
        return mentions[0].contest, mentions[0].value

    def _topic_seat_of(self, ss: int, se: int, found: list) -> Optional[tuple[str, str]]:
        """A seat a paragraph opens on by name, with no result in that sentence: "Peter Dutton lost his Brisbane seat of
        Dickson, which he had held since 2001." (then "Labor's Ali France won the seat at her third attempt")"""
        mentions = [f for f in found if isinstance(f, ContestFact) and f.field == "mention"]
        if len(mentions) != 1 or any(isinstance(f, CandFact) and (f.votes is not None or f.share is not None) for f in found):
            return None
        told = re.search(r"\b(?:seat|riding|electorate|division|constituency)\s+of\s+" + re.escape(mentions[0].value), self.text[ss:se])
        return (mentions[0].contest, mentions[0].value) if told else None

    def _topic_by_election(self, ss: int, se: int, found: list) -> Optional[tuple[str, str]]:
        """A by-election a paragraph opens on, with no result in that sentence: "in our report on the Allen Valleys
        county council by-election we described the winning candidate ... as an independent." (then its figures)"""
        mentions = [f for f in found if isinstance(f, ContestFact) and f.field == "mention"]
        if len(mentions) != 1 or any(isinstance(f, CandFact) and (f.votes is not None or f.share is not None) for f in found):
            return None
        told = re.search(re.escape(mentions[0].value) + _BY_ELECTION_AFTER, self.text[ss:se])
        return (mentions[0].contest, mentions[0].value) if told else None

    def _log_prose(self, ss: int, se: int, contest: Optional[str], found: list) -> None:
        known = self.state.known_surnames
        if len(known) > len(self.surname_seen_at):
            for name in known:
                self.surname_seen_at.setdefault(name, len(self.prose_read))
        self.prose_read.append((ss, se, contest, {f.name for f in found if isinstance(f, CandFact)}))

    def _reread_for_later_surnames(self) -> None:
        """A headline names a winner by surname before the story gives the full name ("Corbyn
        holds Islington North"): sentences read before a surname was known are read again, and
        only what they say about those people is kept."""
        for name in self.state.known_surnames:        # known from rows after the last prose sentence
            self.surname_seen_at.setdefault(name, len(self.prose_read))
        for k, (ss, se, contest, names) in enumerate(self.prose_read):
            later = {name for name, at in self.surname_seen_at.items() if at > k}
            if not later or not any(w in later for w in _CAP_WORD.findall(self.text, ss, se)):
                continue
            named = {f.contest for f in self.facts if isinstance(f, CandFact) and f.contest is not None} if contest is None else set()
            if contest is None and not self.doc.places_in(ss, se) and ("|" in self.text[ss:se] or len(named) > 1):
                continue        # (a sentence tied to no contest and naming none would start one of its own, beside the named ones;
                # in a story of one contest it is that one's: "Ewing finished with 60,214 votes"; not a tally's "Ishin 19 | DPP 11")
            again = _prose(self.doc, ss, se, self.state, contest)
            if contest is None and named:
                listed = {f.name for f in self.facts if isinstance(f, CandFact) and f.contest is not None}
                again = [f for f in again if not isinstance(f, CandFact) or f.name in listed]     # (what it says of that contest's people)
            won = any(isinstance(f, CandFact) and f.elected and f.name not in names and f.name.split()[-1] in later
                      for f in again)
            for f in again:
                if isinstance(f, CandFact) and f.name not in names and f.name.split()[-1] in later:
                    self.facts.append(f)
                elif won and isinstance(f, ContestFact) and f.field == "majority":
                    self.facts.append(f)      # "... as Brash wins by 7,698": the margin of that win

    def _unmark_incumbent_marks(self) -> None:
        """Under a legend that makes '*' or 'x-' the incumbent's mark, it marks no winner."""
        marks, text = self.doc.incumbent_marks, self.text
        if not marks:
            return
        for f in self.facts:
            if not (isinstance(f, CandFact) and f.elected and f.strength >= 3):
                continue
            x_mark = _X_PREFIX.search(text, f.start, f.end) is not None
            incumbent = ("*" in marks and "*" in text[f.start:f.end]) or ("x" in marks and x_mark)
            winner = _WIN_WORD_MARK.search(text, f.start, f.end) or ("x" not in marks and x_mark)
            if incumbent and not winner:
                f.elected = None          # "Mark DeVries (R)*" under "* - Incumbent"


_PARTY_LABEL_LINE = re.compile(r"\s*Party\s*:\s*(?P<party>[^()\d:]{2,60}?)\s*(?:\([^()]{1,60}\))?\s*")
_NEXT_HOLDER = re.compile(r"['’]s\s+(?:next|new)\s+(?:county\s+(?=executive))?")
_FIGURES_LINE = re.compile(r"[ \t]*(?P<votes>\d{1,3}(?:,\d{3})+|\d{1,6})(?:[ \t]+votes?)?(?:[ \t]{2,}(?P<share>\d{1,2}(?:\.\d{1,2})?)[ \t]*%)?[ \t]*")
# An election symbol after a candidate's name: "Md Mahmudur Rahman Chowdhury (Awami League) - symbol: Boat".
_SYMBOL_TAIL = re.compile(r"\s*[-–—,|]\s*(?:election\s+)?symbol\s*:\s*[\w' -]{1,30}$", re.I)
_WON_TAIL = re.compile(r"\s*[-–—|·]\s*(?:ELECTED|Elected|elected|WINNER|Winner)\s*[✓✔]?\s*$")
_NAME_COMMA_PARTY = re.compile(r"\s*(?P<name>[A-ZÀ-Þ][^,()\d|]{2,50}),\s+(?P<party>[A-ZÀ-Þ][^,()\d|]{1,60}?)\s*")
_NAME_THEN_BRACKET = re.compile(r"\s*[A-ZÀ-Þ][^()\d|]{2,50}\((?P<party>[^()\d]{2,60})\)")
_FIGURE_LINE_START = re.compile(r"\s*[+\-−–]?\d")
_SEAT_LEAD = re.compile(r"\s*[:–—-]\s+")
# A "who won where" line: "Bridge End – Marcus Quilley – Labour (gain from Conservative)".
_WHO_WON_WHERE_ROW = re.compile(r"\s*(?:[-•*]\s+)?(?P<seat>[A-ZÀ-Þ][\w'’.]*(?:\s+(?:and|of|the|upon|on|&|[A-ZÀ-Þ][\w'’.-]*)){0,5})"
                                r"(?:\s*\([^()]{1,30}\))?\s+[–—-]\s+(?P<names>[A-ZÀ-Þ][^–—()\d]{2,80}?)\s+[–—-]\s+"
                                r"(?P<party>[A-ZÀ-Þ][^–—()\d]{1,40}?)\s*(?:\([^()]{0,80}\))?\s*\.?\s*")
# What may follow a listed winner: ", elected unopposed", " - gain", " (Lab gain from Con)".
_ELECTED_ITEM = re.compile(r"\s*(?:[✓✔☑✅]\s*)?(?P<item>[^\d]{5,80}?)\s*[-–—:,]\s*(?:re-?)?(?:elected|ELECTED|Elected)"
                           r"(?:\s+(?:on\s+)?(?:the\s+)?(?:count\s+\d{1,2}|(?:\w+)\s+count))?\s*\.?\s*")
# A result sheet's verdict line: "Result : RITU CHAUHAN (AAP) declared elected.   Margin : 3765".
_RESULT_DECLARED = re.compile(r"\s*(?:RESULT|Result)\s*:\s*(?P<item>[^():\d]{3,60}\([^()\d]{2,60}\))\s*(?:is\s+|has\s+been\s+)?(?:declared\s+|duly\s+)+(?:re-?)?(?:elected|ELECTED)\b")
_ITEM_TAIL = re.compile(r"(?:,\s*elected\s+unopposed|\s+[-–—]\s+(?:[\w ]{1,20}\s)?(?:gain|hold|GAIN|HOLD|Gain|Hold)\b[\w ]{0,30})\s*$")


def _winner_by_outcome(facts: list, start: int, doc: Doc) -> None:
    """"Hartlepool - Jonathan Brash (Lab) - Lab GAIN from Con, maj 7,698": the one person a line names beside
    its seat's outcome, of the party that won it, is the winner."""
    won = {f.value for f in facts[start:] if isinstance(f, ContestFact) and f.field == "winner_party"}
    people = [f for f in facts[start:] if isinstance(f, CandFact)]
    if len(won) != 1 or not people or any(f.elected or f.votes is not None or f.share is not None for f in people):
        return
    party = won.pop()
    winners = [f for f in people if f.party and (parties().canonical(f.party, country=doc.country) or f.party) == party
               and f"({f.party})" in doc.text[f.start:f.end]]       # (a list's "Name (Party)", not prose's "Labour's third candidate")
    if len(winners) == 1 and any(isinstance(f, ContestFact) and f.field == "outcome" and f.contest == winners[0].contest
                                 for f in facts[start:]):
        winners[0].elected = True       # ("... maj 2,298. Peter Gibson (Con) defeated": the other is no winner)


def _mark_winners(facts: list, start: int, li: int, winners_until: int) -> bool:
    """Rows read from line li under a winners heading are winners; True when there were some."""
    rows = [f for f in facts[start:] if isinstance(f, CandFact) and f.strength >= 3]
    if li < 0 or li > winners_until or not rows:
        return False
    for f in rows:
        f.elected = True
    return True



# A place name that is not the contest: its MP or council, or a building ("declared at
# Macclesfield Leisure Centre").
_NOT_THE_SEAT_AFTER = re.compile(
    r"""\s+(?:MP|MSP|MS|TD|MLA|councillor|council|Council|constituency\s+party
        |(?:Borough|District|City|County|Metropolitan\s+Borough|Town|Parish)\s+Council     # ("a ward on Darlington Borough Council")
        |(?:Leisure|Sports|Civic|Community|Conference|Exhibition)\s+Centre|Town\s+Hall|City\s+Hall|Guildhall
        |Arena|Stadium|Racecourse|Showground|College|University|Academy|School|Corn\s+Exchange
        |Hospital|Infirmary|Prison|Airport|Library|Museum|Cathedral|Police|Fire\s+and\s+Rescue|Hospice
        |Observer|Echo|Gazette|Herald|Chronicle|Advertiser|Argus|Courier|Mercury|Evening\s+[A-Z]\w+|Post|Journal
        |Examiner|Sentinel|Recorder|Telegraph|Standard|Times|Star|Express|Live)\b""",    # (newspapers: "Bath Chronicle")
    re.X,
)


# Where the votes were counted, not the seat: "as declared at the count in Gainsborough" (a division's count
# held in the district's town).
_COUNT_VENUE_BEFORE = re.compile(r"\b(?:declared|announced|read\s+out)\s+at\s+the\s+count(?:\s+centre)?\s+(?:in|at)\s+$")


# A council named in Welsh: "Cyngor Sir Ynys Môn" is the county council, not the Ynys Môn constituency.
_WELSH_COUNCIL_BEFORE = re.compile(r"\bCyngor\s+(?:(?:Sir|Dinas|Tref|Cymuned|Bwrdeistref(?:\s+Sirol)?)\s+)?(?:y\s+)?$")


# A sentence that opens on when it is about: "At the last general election, ...", "In 2019, ...".
# A line labelled as the earlier result in a then-and-now comparison.
_THEN_LABEL = re.compile(r"\s*(?:[-•*]\s+)?(?:Then|THEN|Before|BEFORE|Last\s+time|LAST\s+TIME|Previously|PREVIOUSLY|(?:In\s+)?(?:19|20)\d\d)\s*:\s+\S")
_PAST_LEAD = re.compile(r"\s*(?:at|in|back\s+in|during|by|when|until|before)\b", re.I)


# A sentence that reports an opinion poll; the shares after it in its paragraph are the poll's.
# Figures before a recount or the final count: "According to provisional figures seen by the Messenger".
_PROVISIONAL = re.compile(r"\bprovisional\s+(?:figures|results?|counts?|totals?|tallies)\b", re.I)
_FINAL_WORD = re.compile(r"\b(?:final|finally|declared|confirmed|recount\s+(?:showed|confirmed|gave|put))\b", re.I)
_POLL_SENTENCE = re.compile(r"\b(?:(?:a|an|the|our|latest|new|recent|last|one)\s+(?:(?!valid|total|exit)[\w'’-]+\s+){0,2}?(?:poll|survey)"    # "A poll for the Gazette last month put X on 34 per cent"
                            r"(?:\s+(?:for|by|of|from|conducted|commissioned|published|carried\s+out|last|this)\b[^.;%()]{0,50}?)?\s+(?:put|puts|gave|gives|showed|shows|found|finds)\b"
                            r"|surveyed\s+[\d,]+|among\s+(?:decided|likely|committed)\s+voters|(?:opinion\s+poll|survey)\s+of\s+[\d,]+|poll\s+of\s+[\d,]+\s+(?:voters|adults|people|residents|respondents)|margin\s+of\s+error)\b", re.I)
_POLL_HEADLINE = re.compile(r"(?im)^(?![^\n]*\b(?:results?|declaration|declared|notice|statement|by-?elections?|exit)\b)[^\n]{0,150}"
                            r"\b(?:(?:opinion\s+)?poll|survey)(?:\s*:|\s+(?:shows|finds|suggests|puts|gives|reveals|says))")   # (not "Declaration of result of poll:")
_SHARE_SAID = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.I)
_SEAT_ON_BODY = re.compile(r"\b(?P<seat>(?:District|Post|Seat|Place|Position|Ward|Zone)\s+\w{1,3})\s+seat\s+on\s+(?:the\s+)?$")
_VOTES_WORD = re.compile(r"\bvotes\b|\belected\b", re.I)


_OLD_ELECTION = re.compile(r"\b(?:from|of|at|in)\s+the\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d)\s+(?:general\s+|local\s+|council\s+|county\s+|mayoral\s+)?"
                           r"(?:elections?|by-elections?|polls?|contest)\b")
_DIGIT_WORD = re.compile(r"\b\d[\d,]*\b(?!\s*(?:19|20)\d\d)(?<!(?:19|20)\d\d)")


_HEAD_YEAR = re.compile(r"\b(?:general\s+|local\s+|council\s+|by-?)?elections?\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def _an_earlier_box(doc: Doc, line: str) -> bool:
    """A heading of an election years before the article's own, when the article also heads its own year's
    ("General election 2019: Stroud" below "General election 2024: Stroud"): an archive page's older box."""
    m = _HEAD_YEAR.search(line)
    year = doc.election_year
    if not (m and year and int(m.group("year")) < year):
        return False
    return any(int(o.group("year")) == year for o in _HEAD_YEAR.finditer(doc.text))


def _an_old_election(doc: Doc, s: int, e: int) -> bool:
    """A sentence that points at an election years before the article's own: "the official declaration from the May 2023 election"."""
    m = _OLD_ELECTION.search(doc.text, s, e)
    year = doc.election_year
    return bool(m and year and int(m.group("year")) <= year - 2 and not WON_PLACE_WORDS.any_in(doc.low, s, e))


def _after_a_forename(text: str, place: str) -> bool:
    """The title's word is someone's surname elsewhere: "Garrett Baumgartner" (not "In Ludhiana", "Big swing in Ludhiana")."""
    stop = _lists()["stopwords"]
    return any(m.group(1).lower() not in stop and not m.group(1).endswith(("'s", "’s"))     # ("Far North Queensland's Leichhardt")
               for m in re.finditer(r"\b([A-ZÀ-Þ][a-zß-ÿ'’-]+)[ \t]+" + re.escape(place) + r"\b", text))


def _another_body(text: str, s: int, m) -> bool:
    """The place names something other than the seat: its MP, a building, a council, the count's venue."""
    return bool(_NOT_THE_SEAT_AFTER.match(text, m.end, m.end + 24) or _COUNT_VENUE_BEFORE.search(text, max(s, m.start - 40), m.start)
                or _WELSH_COUNCIL_BEFORE.search(text, max(s, m.start - 30), m.start))


# The body that runs an election, not the seat: "last Thursday's Norfolk County Council by-election".
_A_COUNCIL = re.compile(r"\b(?:Council|Authority|Assembly|Parliament)$")
_COMBINED_AUTHORITY = re.compile(r"\bCombined\s+(?:County\s+)?Authority$")     # "Mayor of the Ouse Valley Combined Authority": the mayoralty's area


# A paragraph's opening that introduces its seat: "The starkest example was X", "A few miles away in X, ...".
_TOPIC_IS = re.compile(r"""\s*(?:[A-Z][^,.;:]{0,50}?\s(?:was|is|came\s+in|came\s+from)\s+       # "The starkest example was X"
      |(?:[A-Z][\w ]{0,30}?\s+)?(?i:away|over|up|down|across|next\s+door|nearby|upstream|downstream)\s+in\s+)(?:the\s+)?""", re.X)   # "A few miles away in X", "Next door in X"
# After a place that ends in 's, a word that shows the 's is the name's own: "gained St Anne's from the Conservatives"
# (not "won New Hampshire's open Senate seat").
_NAME_ENDS = re.compile(r"\s*(?:[,.;:]|$|\s(?:from|by|with|for|in|on|at|after|and|as|ward|seat|constituency)\b)")
_PLACE_THEN_LIST = re.compile(r"\s*(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:(?:[ ]|[—–])(?:and\s+|of\s+|the\s+|de\s+|du\s+|la\s+)?[A-ZÀ-Þ][\w'’.-]*){0,5}"
                              r"(?:\s+(?:No\.\s*)?\d{1,3})?)(?:\s+[—–-]\s+|:\s+)")     # ("Vaimauga No. 3: ...", "Tongatapu 4: ...")
_OUTCOME_WORD = re.compile(r"\b(?:hold|gain|win|wins|holds|gains|elected|declared|result|results)\b", re.I)
_FIELD_GAP = re.compile(r"\s{3,}")
_FIELD_LABEL = re.compile(r"[A-Z][A-Za-z.'’ -]{1,30}:\s*\S")
# The labels of a table's footer fields, with a colon (_FOOTER_FIELD) or without (_FOOTER_FIGURE).
_FOOTER_WORDS = r"Majority|Turnout|Electorate|Swing|Rejected(?:\s+ballots)?"
# A table's footer figure without its colon: "Ind GAIN from Lab     Majority 6,934     Turnout 53.3%".
_FOOTER_FIGURE = re.compile(r"(?i:" + _FOOTER_WORDS + r")\s+\d[\d,]*(?:\.\d+)?%?")


def _run_on_rows(line: str) -> list[tuple[int, int]]:
    """The rows of a results table run together on one line, each ending on its count and share (and a badge), then
    its footer's "Majority: ..." / "Turnout: ..." fields; [] unless there are two rows or more."""
    ends = [m.end() for m in _ROW_FIGURES_END.finditer(line)]
    if len(ends) < 2:
        return []
    spans, pos = [], len(line) - len(line.lstrip())
    for end in ends:
        spans.append((pos, end))
        pos = end + len(line[end:]) - len(line[end:].lstrip())
    tail = line[pos:].rstrip()
    fields = [m.start() for m in _FOOTER_FIELD.finditer(line, pos)]
    if tail and (not fields or fields[0] != pos):
        return []       # (words after the last row that are no footer's fields: not a table's line)
    for a, b in zip(fields, fields[1:] + [pos + len(tail)]):
        spans.append((a, len(line[:b].rstrip())))
    return spans


_ROW_FIGURES_END = re.compile(r"(?<=[A-Za-z)]\s)\d[\d,]*\s+\d{1,2}(?:\.\d{1,2})?%(?:\s+(?:ELECTED|Elected|elected|[✓✔]))?(?=\s|$)")
_FOOTER_FIELD = re.compile(r"(?<!\S)(?:" + _FOOTER_WORDS + r")\s*:")


def _labelled_parts(line: str) -> list[tuple[int, int]]:
    """The spans of 'Label: value' fields set side by side with wide gaps ("WINNER: X (Party)     RUNNER-UP: Y"), or []."""
    spans, pos = [], len(line) - len(line.lstrip())
    for gap in _FIELD_GAP.finditer(line, pos):
        spans.append((pos, gap.start()))
        pos = gap.end()
    if pos < len(line.rstrip()):
        spans.append((pos, len(line.rstrip())))
    fields = [bool(_FIELD_LABEL.match(line, a, b) or _FOOTER_FIGURE.fullmatch(line, a, b)) for a, b in spans]
    if len(spans) < 2 or not any(fields) \
            or not all(field or not _DIGIT.search(line, a, b) and b - a <= 40 for field, (a, b) in zip(fields, spans)):
        return []       # (a short part of words between them is a badge: "Ind GAIN from Lab     Majority 6,934")
    return spans


_TOTAL_CELL = re.compile(r"(?:grand\s+)?totals?|overall|all\s+areas", re.I)
_CANDIDATE_COLUMN = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,3})\s*\((?P<party>[^()\d]{1,30})\)")
_TOTAL_FIGURES = re.compile(r"(?P<votes>" + _COUNT_CELL.pattern + r")\s*(?:\(\s*(?P<share>\d{1,2}(?:\.\d+)?|100(?:\.0+)?)\s*%\s*\))?")
_BREAKDOWN_HEAD = re.compile(r"(?:county|counties|precinct|parish|municipality|township|borough|region|area|ward|polling\s+district)", re.I)
# A sentence that says it is about the present, inside a paragraph that opened in the past.
_NOW = re.compile(r"\b(?:this\s+time|now|this\s+year|tonight|today|yesterday|overnight|last\s+night|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)
def _now(text: str, s: int, e: int) -> bool:
    """The sentence's own clauses say it is about the present ("who is standing again today" does not)."""
    rel = relative_spans(text, s, e)
    return any(not any(a <= m.start() < b for a, b in rel) for m in _NOW.finditer(text, s, e))


_OPENS_WITH = re.compile(r"\s*(?:(?:(?:Over|Up|Down|Then|And|Out|Across)(?:\s+the\s+[A-Z][\w'’-]+)?\s+)?(?:in|at)\s+)?", re.I)   # ("Over the Pennines in Dewsbury")
_NAME_GOES_ON = re.compile(r"(?:[ \t]+(?:and[ \t]+)?|[—–])[A-ZÀ-Þ][a-zß-ÿ'’-]+")     # ("Sault Ste. Marie—Algoma")
_CAPS_NAME_GOES_ON = re.compile(r"[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?=,[ \t]+[A-Z][a-z])")      # a dateline's "HARLOW SPRINGS, Texas"
_NOT_PART_OF_A_NAME = re.compile(r"(?:" + CALENDAR_WORDS + r"|MP|MPs"
                                 r"|Constituency|Council|County\s+(?:Borough\s+)?Council|Borough\s+Council|Ward|Division|Riding|Electorate)\b")    # ("Wrexham Constituency")


def _longer_name(doc: Doc, m) -> bool:
    """A known place that is only the start of a longer name: "Wimbledon" in "Wimbledon Town
    and Dundonald" (a ward). A party or a date after it does not lengthen it ("in Bolsover Labour ...")."""
    if _NAME_CAME_BEFORE.search(doc.text, max(0, m.start - 40), m.start):
        return True         # the end of a name joined by dashes: "Preston" of "Sackville—Bedford—Preston"
    go = (_CAPS_NAME_GOES_ON if doc.text[m.start:m.end].isupper() else _NAME_GOES_ON).match(doc.text, m.end)
    if not go:
        return False
    word_at = go.end() - len(go.group().split()[-1])
    party_here = any(p.start == word_at for p in doc.parties_in(word_at, go.end() + 40))
    return not party_here and not _NOT_PART_OF_A_NAME.match(doc.text, word_at)


_NAME_CAME_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’.]*[—–]$")
# The words a dash glues to the front of a seat's name: "Lifford–" of "Lifford–Stranorlar".
_DASHED_LEAD = re.compile(r"(?<![\w'’.—–-])(?:[A-ZÀ-Þ][\w'’.]*[—–])+$")
# A mayoralty may be named by area words alone: "Mayor of the West of England", "elected North East mayor".
_MAYORALTY = re.compile(r"(?:[Mm]ayor\s+of\s+.*|.*\s[Mm]ayor)")
_HEAD_TURNOUT = re.compile(r"\(\s*turnout:?\s*(\d{1,2}(?:\.\d{1,2})?)\s*%\s*\)", re.I)
_OLD_SEAT_BEFORE = re.compile(r"\b(?:old|former|neighbouring|nearby|abolished)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_PERSON_LEADS = re.compile(r"\s*(?:[A-Z][\w'’-]+['’]s\s+)?(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms)\s+)?[A-ZÀ-Þ][a-z'’-]+\s+[A-ZÀ-Þ][\w'’-]+[\s,]")
_OFFICE_WORDS = re.compile(r"\b(?:School\s+Board|Board\s+of|Commission|District\s+\w{1,3}$|Ward\s+\d|Council\s+District)")
# A seat only mentioned beside this one ("the former Eastbourne seat", "nearby Hove"), unless this
# sentence's winner took it: "Reform's Lynn Carver also took neighbouring Sittingbourne South".
_OTHER_SEAT_BEFORE = re.compile(r"\b(?:former|ex-|old|nearby|(?<!took )(?<!\bwon )(?<!gained )(?<!captured )(?<!seized )neighbouring)\s+$")
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|one-?time|previous)\s*(?:[\w'’-]+\s+){0,2}$", re.I)


_ORIGIN_BEFORE = re.compile(r"\b(?!results?\b|figures\b|reports?\b|news\b|gains?\b|seats?\b)[a-z]{3,}\s+from\s+$")


_BODY_OWNS_SEAT = re.compile(r"^(.+?(?:Court|Commission|Council|Board(?:\s+of\s+\w+)?))['’]s\s+((?:Precinct|District|Place|Ward|Seat|Position)\s+\d{1,2})$")
_CHAMBER_OWNS = re.compile(r"^(Senate|House|Assembly)['’]s\s+(\d{1,3}(?:st|nd|rd|th))\s+District$")
_WHO_WON = re.compile(r"\bwho\s+(?:has\s+)?(?:held|won|took|gained|kept|retained|captured|regained|seized)\s+(?:the\s+)?$")


TOLD_TABLE_LINES = 3        # how far below a paragraph's result its table may start (header and blank lines)
_TURN = re.compile(r"(?:,|;)\s+(?:but|while|whereas|although|though)\s+|;\s+")
_PERSON_RUN = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+[A-ZÀ-Þ][\w'’-]+")


_UNOPPOSED_ROW = re.compile(r"\s*(?:x\s*-\s*|[✓✔]\s*)?(?P<name>[A-ZÀ-Þ][^()\d\n:;|]{2,50}?)(?:,\s*(?P<code>[A-Z][A-Za-z]{0,4}\.?))?\s*(?:\((?!(?-i:i)\))(?P<party>[^()\d]{1,30})\))?"
                            r"(?:\s*\(i\))?\s*(?:\.{2,}|…+|[-–—:|])?\s*(?:(?:elected\s+)?(?:unopposed|uncontested)|acclaimed|(?:elected\s+)?by\s+acclamation)\s*", re.I)


def _in_other_clause(doc: Doc, pos: int, rel: list[tuple[int, int]], s: int) -> bool:
    """A place inside a relative clause is another seat's ("Christchurch, which Labour won in 2019"),
    unless the clause is the subject's win now: "Gavin Robinson, who held Belfast East against ..."."""
    clause = next(((a, b) for a, b in rel if a <= pos < b), None)
    if clause is None:
        return False
    if _FIRST_WON.match(doc.text, clause[0], pos):
        return False        # "Sarah Olney, who first won Richmond Park in the 2016 by-election, was returned": the seat she holds
    return not (_WHO_WON.search(doc.text, max(s, clause[0] - 2, pos - 40), pos)
                and not is_past(doc.text[clause[0]:clause[1]], doc.election_year))


_FIRST_WON = re.compile(r"\W*(?:who|which)\s+(?:(?:she|he|they)\s+)?first\s+(?:won|took|captured|gained)\s+(?:the\s+)?$")
_TAIL_OPENER = re.compile(r"\s*(?:[A-Z]\w*\s+)?(?:down\s+|over\s+|across\s+)?(?:in|at)\s+(?:the\s+)?", re.I)


def _a_win_in_full(facts: list) -> bool:
    """The sentence names a winner with a figure of the count: a count and a rival's, or the majority
    ("DMK candidate K Senthilnathan defeated BJP's R Prabhakaran by 1,22,325 votes")."""
    people = [f for f in facts if isinstance(f, CandFact)]
    cands = [f for f in people if f.votes is not None]
    won = {f.name for f in people if f.elected}
    return bool(won) and (len({f.name for f in cands}) >= 2 or any(f.name in won for f in cands)
                          or any(isinstance(f, ContestFact) and f.field == "majority" for f in facts))


def _a_seat_name(word: str) -> bool:
    """A one-word place that may be a seat: not a region, country, party or everyday word."""
    return not (generic_words(word) or area_only(word) or parties().canonical(word) or parties().is_country(word)
                or _NOT_PART_OF_A_NAME.match(word))


_IN_ONE_WORD = re.compile(r"\s*In\s+(?P<place>[A-ZÀ-Þ][a-zà-ÿ'’-]{3,}(?:-\d{1,2})?|(?:Place|Precinct|Position|Seat)\s+\d{1,2}),\s+(?=[A-Z])")      # ("In Kathmandu-5, ...", "In Place 1, ...")
_AND_IN_ONE_WORD = re.compile(r"[,;]\s+and\s+in\s+(?P<place>[A-ZÀ-Þ][a-zà-ÿ'’-]{3,}),\s+(?=[A-Z])")   # "..., and in Nelson, Labour's X beat ..."
_IN_NAME_THEN_WORDS = re.compile(r"\s*In\s+(?P<place>[A-ZÀ-Þ][\w'’-]{3,}(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}),\s+(?=[a-z])")   # "In Okaikwei Central, former deputy minister ..."
_NUMBERED_SEAT_END = re.compile(r"-\d{1,2}$|^(?:Place|Precinct|Position|Seat)\s+\d")      # a seat known by its number: "Kathmandu-5", "Place 1"


_NONPARTISAN_SECTION = re.compile(r"[ \t]*(?i:non-?partisan)(?:[ \t]+(?i:offices|contests|races|judicial|ballot))?[ \t]*")
_BLANK_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*\n[ \t]*$")
_VOTES_COUNTED = re.compile(r"\d[\d,]*\s+(?:votes|first[- ]preferences)\b")


_ABBREVIATED_WORD = re.compile(r"\b(?:St|Ste|Mt|Ft)$")
_ABBREVIATION_GOES_ON = re.compile(r"\.(?:[ \t]*[A-ZÀ-Þ][\w'’-]+){1,2}")


# A day or month a place pattern ran on into: "the riding of Kitchener Centre on Monday".
_WHEN_AFTER_PLACE = re.compile(r"\s+(?:on|in|of)\s+(?:" + CALENDAR_WORDS + r")$")


def _past_abbreviation(text: str, start: int, place: str) -> str:
    """A place name cut at an abbreviation's full stop goes on: "MPP for Sault Ste. Marie"."""
    if not _ABBREVIATED_WORD.search(place):
        return place
    more = _ABBREVIATION_GOES_ON.match(text, start + len(place))
    return place + more.group() if more else place


_OPENS_IN = re.compile(r"\s*In\s+(?P<place>[A-ZÀ-Þ])")
_PARTY_THEN_VERB = re.compile(r"[\w'’ ]{1,30}?\s+(?:also\s+)?(?:won|took|gained|captured|seized)\s+(?:back\s+)?", re.I)     # "Greens also won "


def _party_won(doc: Doc, s: int, at: int) -> bool:
    """A party, not a person, is who won the place at ``at``: "..., and the Greens also won Wellington Central"."""
    return any(_PARTY_THEN_VERB.fullmatch(doc.text, p.start, at) for p in doc.parties_in(s, at))


# "Recount hands Barnt Green and Hopwood to Conservatives": a seat given to a party is the seat won.
_HANDED_WORDS = re.compile(r"\b(?:hand|gave|give|deliver)")
_HANDED_PLACE = re.compile(r"\b(?:hands|handed|gives|gave|delivers|delivered)\s+(?P<place>[A-ZÀ-Þ][\w'’]+(?:\s+(?:and\s+|of\s+|the\s+|upon\s+)?"
                           r"[A-ZÀ-Þ][\w'’]+){0,4})(?=\s+to\s+(?:the\s+)?[A-Z])")


_SEAT_IN_BEFORE = re.compile(r"\bthe\s+(?P<seat>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3})\s+(?:seat|division|ward|riding|constituency|electorate)\s+in\s+(?:the\s+)?$")


def _seat_named_before(text: str, s: int, at: int) -> bool:
    """A place told as where the seat just named lies ("held the Albert division in Belize City"), not a seat itself;
    an area or a party before the seat word names no seat ("the Welsh seat in", "the Labour seat in")."""
    seat = _SEAT_IN_BEFORE.search(text, max(s, at - 60), at)
    return seat is not None and not area_only(seat.group("seat")) and not parties().canonical(seat.group("seat"))


_TO_PARTY = re.compile(r"\s+to\s+(?:the\s+)?")


def _handed_places(doc: Doc, s: int, e: int) -> list:
    return list(_HANDED_PLACE.finditer(doc.text, s, e)) if _HANDED_WORDS.search(doc.low, s, e) else []


def _prose(doc: Doc, s: int, e: int, state: ProseState, current: Optional[str]) -> list:
    """One sentence: its facts, routed to the contest it names when it names one with a result."""
    text = doc.text
    contest = current
    named = [m for m in doc.places_in(s, e)
             if not _another_body(text, s, m)
             and not _longer_name(doc, m)
             and not _OTHER_SEAT_BEFORE.search(text, max(s, m.start - 12), m.start)
             and not _seat_named_before(text, s, m.start)     # "held the Albert division in Belize City": where it is
             and not text.startswith(("'s ", "’s "), m.end)       # "Christchurch's Ilam electorate"
             and not after_first_name(text, m.start)      # "Jake Richards defeated Alexander Stafford": a surname
             and not surname_acts(text, m.start, m.end, state.known_surnames)]
    # ("Emily Darlington was elected ... Darlington won 20,209 votes": the person, not the seat of Darlington)
    extra = []
    rel = relative_spans(text, s, e)
    for pat, words in zip(PLACE_PATTERNS, PLACE_PATTERN_WORDS):
        if not words.any_in(doc.low, s, e):
            continue
        for m in pat.finditer(text, s, e):
            if not any(a <= m.start() < b for a, b in rel) \
                    and (not generic_words(m.group("place")) or _MAYORALTY.fullmatch(m.group())) \
                    and not parties().canonical(m.group("place")) \
                    and not (_A_COUNCIL.search(m.group("place")) and not (pat is PLACE_PATTERNS[3] and _COMBINED_AUTHORITY.search(m.group("place")))) \
                    and not (area_only(m.group("place")) and m.group().endswith("seat")) \
                    and not NOT_A_SEAT.search(m.group("place")) \
                    and not (current and pat is PLACE_PATTERNS[5] and text.startswith(" seat", m.end("place"))) \
                    and not (pat is PLACE_PATTERNS[5] and m.group().endswith("election") and _THEN_IN_PLACE.match(text, m.end())) \
                    and not _FORMER_BEFORE.search(text, max(s, m.start() - 40), m.start()):     # "a former ANC MP in South Africa"
                # (under a seat's heading, "held the Fox Valley seat" only describes it)
                place = _NEXT_HOLDER.sub(" ", _WHEN_AFTER_PLACE.sub("", _past_abbreviation(text, m.start("place"), m.group("place"))))
                at = m.start("place")
                dashed = _DASHED_LEAD.search(text, max(s, at - 60), at)
                if dashed:
                    at, place = dashed.start(), text[dashed.start():at] + place     # "the Lifford–Stranorlar LEA", not Stranorlar
                if pat is _BY_ELECTION_IN and region_name(place.strip()):
                    continue        # "won the Ayer Kuning state by-election in Perak": the state it is held in
                place = _BODY_OWNS_SEAT.sub(r"\1 \2", _CHAMBER_OWNS.sub(r"\2 \1 District", place))
                # ("the state Senate's 13th District": the 13th Senate District; "Hays County Commissioners Court Precinct 4")
                place = _GOVERNORSHIP.sub("Governor of ", place)     # "elected governor of Virginia": the Governor of Virginia race
                seat_on = _SEAT_ON_BODY.search(text, max(s, m.start("place") - 40), m.start("place"))
                if seat_on and not _DIGIT.search(place):
                    place = f"{place.rstrip()} {seat_on.group('seat')}"     # "the District 4 seat on the Henry County Board of Commissioners"
                extra.append((at, place))     # ("Tygart County's next judge-executive" is the Tygart County judge-executive race)
    opened = (_IN_ONE_WORD.match(text, s) or _AND_IN_ONE_WORD.search(text, s, e) or _IN_NAME_THEN_WORDS.match(text, s)) \
        if not named and not extra else None
    if opened and (place_key(opened.group("place")) in doc.section_names()
                   or (_VOTES_COUNTED.search(text, s, e) or _NUMBERED_SEAT_END.search(opened.group("place")))
                   and not no_seat_word(opened.group("place"))):
        extra.append((opened.start("place"), opened.group("place")))     # "In Selwyn, ..." with "SELWYN - Nat hold" below
        # (or a sentence that counts someone's votes: "In Bantama, Francis Asenso-Boakye ... was re-elected with 51,203 votes")
    named = [m for m in named if not _in_other_clause(doc, m.start, rel, s)
             and not any(pos <= m.start and m.end <= pos + len(place) and len(place) > len(m.text) for pos, place in extra)
             # ("Hamilton, Larkhall and Stonehouse"; "governor of Virginia")
             and not _ORIGIN_BEFORE.search(text, max(s, m.start - 30), m.start)]      # "a former magistrate from Worcester"
    handed = _handed_places(doc, s, e)
    won = [(m.start("place"), _past_abbreviation(text, m.start("place"), m.group("place"))) for m in sorted([*(WON_PLACE.finditer(text, s, e) if WON_PLACE_WORDS.any_in(doc.low, s, e) else ()),
                                                                 *handed], key=lambda m: m.start())
           if (not generic_words(m.group("place")) or text.startswith(" mayoralty", m.end("place")))     # ("the West of England mayoralty")
           and not parties().canonical(m.group("place"))
           and not _A_COUNCIL.search(m.group("place"))     # ("keeps Worcestershire County Council seat": a seat on it)
           and not NOT_A_SEAT.search(re.sub(r"['’]s$", "", m.group("place")))      # ("won Grant County's share of the district")
           and not _SOMEONES_SEAT.match(text, m.end("place"))          # "wins Boris Johnson's old seat"
           and not _in_other_clause(doc, m.start("place"), rel, s)]
    won = [(pos, re.sub(r"^[\w-]+['’]s\s+", "", place)) for pos, place in won]
    won = [(pos, place) for pos, place in won if not NOT_A_SEAT.search(place)]     # ("won Sunday's German election")
    won = [(pos, place if _NAME_ENDS.match(text, pos + len(place)) or _SAINTS.search(place) else re.sub(r"['’]s$", "", place))
           for pos, place in won]
    # ("Christchurch's Ilam" is Ilam; "won New Hampshire's open Senate seat" is New Hampshire)
    opens = _OPENS_IN.match(text, s)
    opening = [(pos, place) for pos, place in extra if opens and pos == opens.start("place")]
    if won and opening and _party_won(doc, s, won[0][0]):
        won, extra = [], opening        # (the same, for seats the gazetteer does not know)
    if won and not named and not any(pos == won[0][0] for pos, _ in extra):
        # "has been elected in Nanaimo—Ladysmith, taking the Vancouver Island riding": the won place
        extra = won[:1]
    facts = read_sentence(doc, s, e, state, contest, rel)
    for m in handed:
        to = _TO_PARTY.match(text, m.end("place"), e)
        party = next((p for p in doc.parties_in(s, e) if to and p.start == to.end()), None)
        if party is not None and not is_past(text[s:e], doc.election_year):
            facts.append(ContestFact("winner_party", party.canonical, s, e, contest))     # "hands X to Conservatives": their win
    if _OUTCOME_WORDS.search(doc.low, s, e):
        facts.extend(read_outcome(doc, s, e, contest))
    if opened and not extra and not won and _a_win_in_full(facts) and _a_seat_name(opened.group("place")):
        extra.append((opened.start("place"), opened.group("place")))     # "In Worli, X held on ..., winning with 63,324 votes to Deora's 54,523"
    if not named and not extra and not won and doc.seat_tails():
        told = {doc.seat_tails()[m.group("tail").lower()] for m in doc.seat_tail_refs().finditer(text, s, e)}
        if len(told) == 1:
            extra.append((s, told.pop()))      # "In the west, ... Reform's Don Brookes finished third": Wolverhampton West
    target = None
    won_named = [m for m in named if any(pos == m.start for pos, _ in won)]
    if won_named and opens and any(m.start == opens.start("place") for m in named) and _party_won(doc, s, won_named[0].start):
        won_named = []      # "In Auckland Central, Chlöe Swarbrick ... held the seat, and the Greens also won Wellington Central": the
        named = [m for m in named if m.start == opens.start("place")]      # person's seat is the one the sentence opens on
    if won_named:
        target = won_named[0].canonical       # "from Doncaster, where Ed Miliband has held Doncaster North, and from Bassetlaw"
    elif won and named and all(won[0][0] + len(won[0][1]) < m.start for m in named):
        target = full_place(doc, won[0][1])     # "Lib Dems take Ely by 495, Huntingdon stays blue": the place taken
    elif named:
        target = named[-1].canonical
    elif extra:
        target = full_place(doc, extra[0][1])     # patterns are tried most specific first
    if target:
        key = place_key(target)
        facts.append(ContestFact("mention", target, s, e, key))
        if any(isinstance(f, CandFact) and (f.elected or f.votes is not None or f.share is not None) for f in facts) or \
                any(isinstance(f, ContestFact) and f.field in ("winner_party", "turnout", "majority") for f in facts):
            for f in facts:
                if f.contest == current:
                    f.contest = key
            facts.append(ContestFact("name", target, s, e, key, strength=0))
    return facts


# A forecaster's own heading, a short line of its own with no sentence's stop or cells: "OUR SEAT FORECAST (updated 04:20)" (an exit
# poll is called a projection: "Party-wise projection" over its table stays the exit poll's)
_SECTION_HEADING = re.compile(r"(?i)[ \t]*(?=[^\n|\t]*\b(?:forecast|model|prediction)s?\b)[^\s.,;:!?|][^\n.;!?|\t]{2,58}[^\s.,;:!?|][ \t]*")

_ALLIANCE = re.compile(r"(?:NDA|I\.?N\.?D\.?I\.?A\.?(?:\s+bloc)?|UPA|National\s+Democratic\s+Alliance|United\s+Progressive\s+Alliance"
                       r"|Others\s+in\s+\S+)", re.I)


def _seat_records(doc: Doc, seat_facts: list[SeatFact]) -> list[SeatCount]:
    out: list[SeatCount] = []
    seen: set[tuple[str, str]] = set()
    gaz = parties()
    for f in seat_facts:
        if f.kind in seats_mod.NO_RESULT_KINDS:
            continue        # an opinion poll's seat model, a running count (seats.seat_kind): read so that nothing else takes them
        party = (gaz.canonical(f.party_as_written, country=doc.country) if doc.country else None) or f.party
        if (f.kind, party) in seen or _ALLIANCE.fullmatch(party):
            continue        # (an alliance's total sums its parties' rows: "NDA 293" over "BJP 240", "TDP 16")
        seen.add((f.kind, party))
        snippet = doc.text[f.start:f.end]
        written = re.sub(r"^(?:the|The)\s+", "", f.party_as_written)
        out.append(SeatCount(kind=f.kind, party=party, party_as_written=written, seats=f.seats,
                             evidence=[snippet], evidence_spans=[(f.start, f.end)]))
    return out
