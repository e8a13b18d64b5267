"""National seat totals and exit polls: 'Labour 411, Conservative 121', 'Labour is projected to win 410 seats'.

A line or sentence yields seat counts only inside a seat context (an exit-poll or
declared-totals heading or sentence nearby), and each number must sit right after
a party name with only linking words between ("is projected to win", "on", ":").
"""

from __future__ import annotations

import re
from typing import Optional

from .clauses import clause_of, is_past
from .document import Doc
from .gazetteer import parties
from .facts import SeatFact
from .scan import Folded, Words, lowered
from .numbers import WORD_NUMBERS, is_year, parse_int

__all__ = ["seat_kind", "read_seats", "NO_RESULT_KINDS", "canonical_party"]

# Kinds of seat figures read so that nothing else takes them, then left out of the records.
NO_RESULT_KINDS = frozenset({"poll", "running"})

_EXIT = Folded(r"\bexit[- ]poll")
# "finished with", "ended the 2024 national election with": a party's final number follows.
_FINISHED_WITH = r"(?:finish|finished|ended)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:night|election|count)\s+)?with"
_DECLARED = Folded(
    r"""\b(?:seats\s+won|state\s+of\s+(?:the\s+)?parties|seats\s+declared|seat\s+tally
      |\d+\s+of\s+\d+\s+(?:seats\s+|constituencies\s+)?(?:now\s+|have\s+(?:now\s+)?(?:been\s+)?)?declared
      |final\s+(?:(?:scottish|welsh|national|uk|british|party|northern\s+ireland|english|irish|provincial|state)\s+)?(?:results|tally|seat\s+(?:tally|count|totals?|numbers|figures|allocation)|(?:declared\s+)?totals?)|declared\s+totals?|seat\s+totals     # "the final declared totals", "the final Scottish tally"
      |seat\s+allocation|\bresults?\s*\(\s*\d{2,3}\s+seats\s*\)                           # "FINAL HOUSE RESULT (150 seats)"
      |how\s+the\s+(?:\d{2,3}\s+)?seats\s+(?:in|of)\s+(?:the\s+)?(?:new\s+)?[\w'’ ]{2,30}?\s+(?:will\s+be|are|were|have\s+been)\s+(?:distributed|allocated|divided|shared)
      |distribution\s+of\s+(?:the\s+)?(?:\d{2,3}\s+)?seats                                        # "Here is how the 630 seats in the new Bundestag will be distributed"
      |all\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w'’]+\s+)?(?:seats|constituencies)\s+(?:have\s+)?(?:now\s+)?(?:been\s+)?(?:declared|decided)
      |(?:every\s+(?:one\s+of\s+them|seat|constituency)|all\s+of\s+them|all\s+(?:the\s+)?(?:seats|constituencies))\s+(?:has|have)\s+(?:now\s+)?(?:been\s+)?declared
      |\bresults?\s*(?:after|with|:)\s*(\d+)\s+of\s+\1\s+(?:seats|constituencies)      # "UK results after 650 of 650 seats", "UK results: 650 of 650 seats | LAB 411"
      |final\s+standings|party\s+position\b|\bwon\s+leading\b|(?:official|final)\s+results?\s*[-–—:|]\s*seats\b
        # "all 650 seats have now declared", "All six Cornwall seats have declared"
      |\b(?:tally|standings)\s*\(\d+\s+seats\b|seats\s*\(all\s+\d+\s+declared\)|\b\d+\s+seats,?\s+all\s+(?:now\s+)?declared\b      # "SCORECARD (42 seats, all declared)"
      |(?:won|secured|claimed)\s+\d+\s+(?:of\s+the\s+\d+\s+)?seats
      |(?:scotland|wales|england|uk|britain|country|nation|province|state)-wide\b|\bnationally\b   # "Scotland-wide ...: Labour 37 seats, SNP 9"
      |""" + _FINISHED_WITH + r"""\s+\d+\s+(?:seats|mps)    # "finished the night with 72 seats", "finished the general election with 72 MPs"
      |""" + _FINISHED_WITH + r"""\s+\d+\s+of\s+(?:the\s+)?(?:[\w'’]+\s+)?\d+\s+seats   # "finished with 37 of the 57 seats"
      |\bseats\s+by\s+party\s+after\s+all\s+\d+|\bafter\s+all\s+\d+\s+(?:seats\s+)?(?:declarations|declared|results)   # "Seats by party after all 650 declarations:"
      |(?:returns|returned|sends|sent)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+MPs\s+to\s+(?:westminster|the\s+commons|parliament)
      |(?:had|has|have|won|holds?|held|took|takes|taking|taken|secured)\s+\d+\s+of\s+(?:the\s+)?(?:[\w'’]+\s+)?\d+\s+seats   # "Labour had 27 of Wales' 32 seats"
      |seats\s+in\s+the\s+new\s+parliament
      |make-up\s+of\s+(?:the\s+)?(?:parliament|house|commons|assembly|legislature|chamber)
      |\d+-seat\s+(?:house|parliament|chamber|assembly|legislature|dáil|bundestag|knesset|riksdag|storting|folketing|sejm|eduskunta|diet|lok\s+sabha)
      |seats\s+in\s+the\s+(?:house\s+of\s+commons|commons|dáil|assembly|senedd|legislature|chamber)
      |^\s*seats\s*:\s*(?=[a-z])                                # "Seats: Reform UK 2, Labour 2, ..."
      |^\s*party\s+(?:vote\s*)?(?:/|and|&)\s*seats\s*:?\s*$               # a table's title: "PARTY VOTE / SEATS"
      |^\s*seats\s+after\b[^.]{0,80}\bdeclared                     # "Seats after all 14 constituencies and the list declared"
      |^\s*after\s+(\d+)\s+of\s+\2\s+(?:seats|constituencies)\s*$     # a box's count line: "After 650 of 650 seats"
      |^\s*[a-z][\w.' -]{1,40}?['’]s?\s+\d{1,3}\s+(?:seats|constituencies)\s*:?\s*$)     # a box's title: "Northern Ireland's 18 seats" """,
    re.X,
)
_MODEL = Folded(
    r"""\b(?:seat\s+(?:projection|forecast)|projection\s+model|model\s+projects|projected\s+seats|we\s+project|projects\s+that|decision\s+desk\s+(?:projects|projected)
      |(?:our|the|final|latest|new)\s+(?:\w+\s+)?(?:seat\s+)?(?:forecast|projection|model)
      |central\s+(?:projection|estimate)
      |(?:elected|won)\s+or\s+leading|leading\s+or\s+(?:elected|won)     # seats not all declared: "elected or leading in 169"
      |projection\s+(?:\([^()]{1,30}\)\s+)?(?:by\s+[\w\s]{1,40}?\s+)?(?:says|suggests|shows|showed|points|gave|gives|puts|put)\b     # "ARD's projection (Hochrechnung) by infratest dimap gave"
      |[\w'’]+['’]s\s+(?:latest\s+|final\s+|new\s+)?projection\b
      |election\s+computer\b[^.\n]{0,40}?\b(?:projected|projects|predicted|predicts|is\s+predicting)     # "The ABC's election computer at 12:30am projected ..."
      |projected\s+the\s+following
      |(?:ap|nbc|cnn|abc|cbs|fox|bbc|sky|itv|rnz|rté|the\s+associated\s+press|decision\s+desk(?:\s+hq)?|edison)\s+(?:now\s+)?(?:projects|projected)   # "The AP projects Democrats will hold 226 seats"
      )\b""",
    re.X,
)
# Another poll or model than the one the passage is about: "One widely reported MRP survey published in June".
_OTHER_POLL = re.compile(
    r"""\b(?:MRP|survey|opinion\s+polls?|polls?\s+(?:published|suggest)|pollsters?|YouGov
      |published|other\s+models?|model\s+(?:suggests|shows|puts|gives|has)|ended\s+up|gave\s+the)\b""",
    re.I | re.X,
)
_THE_BEFORE = re.compile(r"\b(?:the|this)\s+$", re.I)
_PAST = re.compile(
    r"""\b(?:in|at\s+the|since)\s+(?:19|20)\d\d\b             # "in 2019"
      |\b(?:19|20)\d\d\s+(?:election|result)                  # "2019 result"
      |\blast\s+(?:election|time|week)|\bprevious\b|\bdown\s+from\b|\bup\s+from\b""",
    re.I | re.X,
)
_SUM_AFTER = re.compile(r"\s*(?:seats?|MPs)\s+(?:between\s+them|combined|together|in\s+total\s+between)\b", re.I)
# Words allowed between a party and its seat number.
_LINK = re.compile(
    r"""^\s*(?:and\s+(?:its|their)\s+allies\s+)?              # "the National Rally and its allies 143"
    (?:
        [:|–—-]                                            # "Labour: 410", "Labour | 410"
      | (?:(?:is|are|was|were|will|would|could|may|might|has|have|had)\s+(?:be\s+|been\s+)?)?
        (?:(?:projected|predicted|forecast|expected|set|on\s+course)\s+to\s+)?
        (?:win|winning|won|take|took|takes|taken|get|got|return|returns|returned|have|gain|secure|secured|""" + _FINISHED_WITH + r"""|end\s+up\s+with
           |holds?|held)?\s*
      | on | ,?\s*with | at | (?:(?:is|are|was|were)\s+)?(?:on\s+course\s+|heading\s+|headed\s+|set\s+)?for   # "Plaid Cymru are on course for four seats and the Greens for two"
      | (?:(?:is|are|was|were|been|(?:will|would|could)\s+be)\s+)?(?:reduced|cut)\s+to(?:\s+just)? | down\s+to | up\s+to | to
      | (?:slump|fall|fell|drop|crash|sink|sank|slid|slide|plunge|tumble)(?:s|ed|ing|ping|ped)?\s+to     # "the Tories slumping to just 131"
      | landslide\s+of                                    # "a Labour landslide of 410 seats"
    )?\s*(?:just\s+|only\s+)?$""",
    re.I | re.X,
)
_AFTER_OK = re.compile(r"^\s*(?:(?-i:[A-Z][A-Za-z]{0,14})(?:\s+(?-i:[A-Z][A-Za-z]{0,14})){0,2}\s+\d{1,3}\b|seats?\b|MPs\b|of\s+(?:the\s+)?(?:[\w'’]+\s+)?\d+\s+seats|in\s+(?:a|the)\s+\d+-(?:seat|member)\b|\(|,|;|\.|$|\||[–—·•]|and\b|while\b|with\b|[+\-−]\d+\s*$)", re.I)   # "Labour 411 +211"
_AFTER_BAD = re.compile(r"^\s*(?:seats?\s+(?:are\s+)?needed|needed|%|per\s+cent|points|votes|years|of\s+\d|-seat)", re.I)
# Seat numbers: digits, or a number word directly before "seats" ("forecast to win four seats").
_PARTY_DASH_SEATS = re.compile(r"\s*(?:[-*•]\s+)?(?P<name>[A-ZÀ-Þ][\w'’&.]*(?:\s+[\w'’&.()-]+){0,6}?)\s+[-–—]\s+(?P<n>\d{1,3})\s*")
_GROUP_ROW = re.compile(r"\s*(?:others?|all\s+others|other\s+parties)\b", re.I)
_WHEN_CLAUSE = re.compile(r"\s*(?:when|in\s+which|at\s+which)\b", re.I)
_SEAT_NUMBER = re.compile(
    r"""(?<![\w.,])
    (?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?
      |(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))
    (?![\d,.]\d|\w)""",         # (not the 12 of "12.2pc")
    re.X,
)
_NAMED_AFTER = re.compile(r"\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+[A-ZÀ-Þ]")
_IN_A_CELL = re.compile(r"[|\t]\s*$")
# A number before its party: "169 for Mark Carney's Liberals", "410 seats for Labour".
_FOR_PARTY = re.compile(r"\s+(?:seats\s+)?for\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}")
# A number, its party, then the verb: "one Independent was elected", "three Greens were returned".
_WERE_ELECTED = re.compile(r"\s+(?:candidates?\s+|MPs\s+|members\s+)?(?:was|were)\s+(?:also\s+)?(?:elected|returned)\b")
_GROUPED_WITH = re.compile(r"\bother(?:s|\s+parties)?\s+(?:and|&|including|incl\.?)\s+(?:the\s+)?$", re.I)
_EACH_FOR = re.compile(r"\b(?P<n>one|two|three|four|five|\d)\s+(?:seats?\s+)?each\s+for\b", re.I)
_EACH_AFTER = re.compile(r"(?<=\w)\s+(?:(?:have|has|had)\s+|also\s+)?(?:won|took|take|have|has|had|got|hold|held|secured|returned)\s+"
                         r"(?P<n>[1-9]|one|two|three|four|five)\s+(?:seats?\s+|MPs?\s+)?each\b", re.I)
# A party left with no seats: "The Conservatives, who won 14 Welsh seats at the 2019 election, have none."
_NONE_LEFT = re.compile(
    r"""(?P<aside>\s*,[^,;.]{1,90},)?\s+(?:now\s+|still\s+)?
    (?P<verb>have|has|had|won|hold|holds|held|took|(?:were|was|are|is)\s+left\s+with|ended\s+(?:up\s+)?with|finished\s+with)
    \s+(?:none|no\s+seats|zero\s+seats)(?!\s*(?:of|in|for|at|to|left)\b)""",
    re.I | re.X,
)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")
_SEATS_AFTER = re.compile(r"^\s*(?:seats|MPs)\b", re.I)
_SHARE_BETWEEN = re.compile(r"(?<=\s)[-–—]\s*\d{1,2}(?:\.\d{1,2})?\s*%\s*(?=[-–—]\s*$)")
_QUAL = re.compile(
    r"""(?:more\s+than|over|around|about|nearly|almost|at\s+least|up\s+to|fewer\s+than|less\s+than
      |majority\s+of|\bneeds?|\bneeded|\brequires?|\brequired|short\s+of    # seats needed, not won
      |\bneed(?:s|ed)?\s+to\s+(?:flip|win|gain|take|hold|pick\s+up)
      |\bin\s+(?:all\s+)?|(?<!landslide\s)\bof\s+(?:the\s+)?|\ball|\bacross|\bfrom)\s*$""",
    re.I | re.X,
)

# An opinion poll's model of an election not held: no result of any kind.
_POLL_MODEL = Folded(r"\bmrp\b|survey\s+of\s+[\d,]+\s+(?:adults|voters|people|respondents)|voting[- ]intention"
                     r"|if\s+an?\s+(?:general\s+)?election\s+(?:were|was)\s+held")

_SO_FAR = Folded(r"\b(?:seats?\s+(?:decided|declared|won|called|counted)\s+so\s+far|with\s+\d+\s+(?:seats|constituencies)\s+(?:decided|declared)"
                 r"|running\s+(?:tally|total))\b")
_KIND_WORDS = Words(("exit", "project", "forecast", "model", "estimate", "seat", "tally", "final", "state of", "make-up", "declared",
                    "mps", "-wide", "nationally", "mrp", "survey of", "intention", "were held", "was held", "party position", "leading",
                    "so far", "running"))
_ANY_KIND = re.compile("\n|".join(p.pattern.pattern for p in (_EXIT, _MODEL, _DECLARED, _POLL_MODEL, _SO_FAR)), re.X)     # (a newline ends each one's comments)

# An exit poll or projection named only as the yardstick of a comparison.
_COMPARED_KIND = re.compile(r"\b(?:than|compared\s+(?:with|to)|below|above|short\s+of|ahead\s+of)\s+(?:the\s+|an?\s+|our\s+)?(?:\w+\s+){0,2}?(?:exit[- ]poll|projection|forecast)s?")


_COMMON_WORDS = frozenset({"all", "the", "and", "one", "new"})     # codes that are also everyday words: "(All)" is Alliance only in brackets






def seat_kind(text: str) -> Optional[str]:
    """The kind of seat figures a passage gives, from its own words."""
    low = lowered(text)
    if not _KIND_WORDS.any_in(low) or not _ANY_KIND.search(low):
        return None            # most lines: one scan instead of three
    if _POLL_MODEL.search(low):
        return "poll"          # (read, then dropped: its figures are no result)
    if _SO_FAR.search(low):
        return "running"       # "Seats decided so far (of 465)": a running count, not the result (read, then dropped too)
    if "than" in low or "compared" in low or "below" in low or "above" in low or " of " in low:
        low = _COMPARED_KIND.sub(" ", low)    # "Labour has 411 MPs, one more than the exit poll's 410": declared
    if _EXIT.search(low):
        return "exit_poll"
    if _MODEL.search(low):
        return "projection"
    if _DECLARED.search(low):
        return "projection" if _FORECAST_VERB.search(low) else "declared"    # ("The poll ... suggests the following distribution of seats")
    return None


_FORECAST_VERB = re.compile(r"\b(?:suggests?|predicts?|forecasts?|would\s+(?:give|leave|hand))\b")


# A party named as written: capitalised words, not a table's own rows ("Total", "Others", "Majority").
_LOCAL_PARTY = re.compile(r"(?!(?:Total|Others?|Majority|Vacant|Needed|Turnout|Change|In\s+doubt|Undecided|Uncalled|Not\s+yet\s+called|Too\s+close(?:\s+to\s+call)?|Undeclared|Remaining|To\s+declare)\b)(?P<name>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,7})"
                          r"(?:\s*\([A-Za-z][\w+&.-]{0,9}\))?")      # ("United Democratic Movement (UDM)": its code after it)


# "438 (409-466)": a projection and its range; "48 (+10)", "4 (new)": a total and its change
_TALLY = re.compile(r"\s*(?:[A-Z][A-Za-z]{0,9}\s+\d{1,3}\s*[,;·|]?\s*){2,}"
                    r"|\s*[A-Z][A-Za-z]{0,9}\s+\d{1,3}\s+[+\-−±]\d{1,3}\s*")     # a box's line of one party and its change: "LD 72 +64"
_CENTRAL = re.compile(r"(\d{1,3})(?:\s*\(\s*(?:\d{1,3}\s*[-–]\s*\d{1,3}|[+\-−±]?\s?\d{1,3}|new|n/a)\s*\))?", re.I)   # ("169 (160)": the last election's in brackets)
_PERCENT = re.compile(r"\d\s*(?:%|per\s*cent\b)", re.I)
_SEAT_WORD = re.compile(r"\b(?:seats?|MPs|TDs|MSPs|members)\b", re.I)
_ACTUAL_COLUMN = re.compile(r"\b(?:actual|won|result|declared|final)\b")


def read_seat_cells(doc: Doc, cells: list[str], roles: Optional[list[str]], s: int, e: int, kind: str,
                    header_cells: Optional[list[str]] = None) -> list[SeatFact]:
    """A seat table row: 'Labour | 410 | +209' or 'Labour  411  +211  9,708,716  33.7'."""
    if not cells or _GROUP_ROW.match(cells[0]):
        return []       # ("Others / Independents | 9 | 3 | 12": a group, no party)
    if len(cells) > 2 and parties().is_alias(f"{cells[0]} - {cells[1]}"):
        cells = [f"{cells[0]} – {cells[1]}", *cells[2:]]   # "Nationalist Congress Party – Sharadchandra Pawar | 8": one party
    canonical = canonical_party(doc, cells[0])
    local = _LOCAL_PARTY.fullmatch(cells[0]) if canonical is None and roles and roles[0] == "party" and "seats" in roles else None
    if local:
        canonical = local.group("name")     # a local party under a "Party | Seats" header: "Merton Park Ward Independent Residents"
    if canonical is None:
        return []
    cols = [i for i, r in enumerate(roles or []) if r == "seats"]
    if cols and header_cells and len(header_cells) == len(roles):
        # "Party | Exit poll | Declared (648 of 650)": the count beside the poll's column
        cols = sorted(cols + [i for i, (r, h) in enumerate(zip(roles, header_cells)) if r == "other" and _DECLARED_COLUMN.match(h)])
    if len(cols) >= 2 and header_cells and len(header_cells) == len(roles):
        # "Party | Exit poll (10pm) | Actual seats | Miss": each seats column its own kind
        out = []
        for i in cols:
            if i < len(cells) and re.fullmatch(r"\d{1,3}", cells[i]):
                own = seat_kind(header_cells[i]) or ("declared" if _ACTUAL_COLUMN.search(header_cells[i]) else kind)
                out.append(SeatFact(own, canonical, cells[0], int(cells[i]), s, e))
        return out
    col = roles.index("seats") if roles and "seats" in roles else None
    if col is not None and col >= len(cells) and _WORDED_SEATS.search(" ".join(cells[1:])):
        col = None      # a title read as four columns ("PARTY VOTE / SEATS") over three cells: the cells say which is seats
    if col is None and header_cells and "total" in header_cells:
        col = header_cells.index("total")      # "Party | Constituency | List | Total"
    for i, cell in enumerate(cells[1:], start=1):
        central = _CENTRAL.fullmatch(cell) or (_WORDED_SEATS.match(cell) if col is None else None)
        if (col is None or i == col) and central:
            return [SeatFact(kind, canonical, cells[0], int(central.group(1)), s, e)]
        if col is None and _SHARE_CELL.fullmatch(cell):
            continue        # "National ........ 38.95% .... 50 seats (45 electorate, 5 list)": the party vote, then its seats
        if col is None and not central:
            break
    return []


_DECLARED_COLUMN = re.compile(r"\s*(?:declared|actual|result|final)\b", re.I)
_WORDED_SEATS = re.compile(r"(\d{1,3})\s+seats?\b", re.I)
_SHARE_CELL = re.compile(r"\d{1,2}(?:\.\d+)?\s*%")


def _seat_value(raw: str) -> Optional[int]:
    """'27' or 'four'."""
    return parse_int(raw) if raw[0].isdigit() else WORD_NUMBERS.get(raw.lower())


def canonical_party(doc: Doc, name: str) -> Optional[str]:
    """The party as written, resolved by the gazetteer, else by the page's country ("FF" is Fianna Fáil in Ireland)."""
    gaz = parties()
    return gaz.canonical(name) or (gaz.canonical(name, country=doc.country) if doc.country else None)


_WHEN = re.compile(r",\s*when\b", re.I)
# A list's next item without a verb of its own: " the Greens eight and the Lib Dems four."
_LIST_ITEM = re.compile(r"(?:\s*(?:and\s+)?(?:the\s+)?[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*){0,3}\s+(?:\d{1,3}|[a-z]{3,6})\s*(?:[,;.]|(?=\s+and\b)|$)){1,4}\s*")


def _last_when(text: str, s: int, at: int) -> Optional[int]:
    """Where the last ", when" clause before ``at`` in the sentence starts."""
    found = None
    for m in _WHEN.finditer(text, s, at):
        found = m.start()
    return found


_DIVISION_ROW = re.compile(r"\s*(?:for|against|abstain(?:ed|ing|ions?)?|ayes|noes|absent|in\s+favou?r)\b[\s.:|–—-]*\d", re.I)


def read_seats(doc: Doc, s: int, e: int, kind: str, para_start: Optional[int] = None) -> list[SeatFact]:
    """Party-seat pairs in text[s:e] (one line or sentence already known to be in a seat context;
    ``para_start``: where its paragraph starts, which may name the exit poll it goes on about)."""
    text = doc.text
    chunk = text[s:e]
    if _DIVISION_ROW.match(text, text.rfind("\n", 0, s) + 1, e):
        return []       # "For ....... 29  (Liberal Democrat 27, Green 2)": how a chamber's members voted, by party
    other = _OTHER_POLL.search(chunk)
    if other:
        # a named poll or model must be the exit poll itself; a weaker cue ("published as polls closed")
        # is the exit poll when the paragraph names it
        weak = all(" ".join(m.group().lower().split()) in ("published", "ended up") for m in _OTHER_POLL.finditer(chunk))
        exit_named = _EXIT.search(doc.low, s if para_start is None or not weak else para_start, e)
        the_survey = kind == "exit_poll" and all(m.group().lower() == "survey" and _THE_BEFORE.search(chunk, 0, m.start())
                                                 for m in _OTHER_POLL.finditer(chunk))   # "The survey by Ipsos": the exit poll just named
        if not ((exit_named or the_survey) and not re.search(r"\bin\s+(?:19|20)\d\d", chunk, re.I)):
            return []
    if _PERCENT.search(chunk) and not _SEAT_WORD.search(chunk):
        return []       # "Labour 39 per cent, Conservatives 21, Reform UK 16": vote shares, in a seat passage
    listed = _PARTY_DASH_SEATS.fullmatch(chunk)
    if listed and _LOCAL_PARTY.fullmatch(listed.group("name")):
        # "Nippon Ishin no Kai - 38" in a list of totals: the party as the page names it, known or not (not
        # the "Democratic" inside "Liberal Democratic Party")
        name = listed.group("name")
        canonical = canonical_party(doc, name) or name
        return [SeatFact(kind, canonical, name, int(listed.group("n")), s, e)] if int(listed.group("n")) <= 650 else []
    found = doc.parties_in(s, e)
    led = [m for m in doc.leader_parties if s <= m.start and m.end <= e]
    if led:
        found = sorted(found + [m for m in led if not any(f.start < m.end and m.start < f.end for f in found)],
                       key=lambda m: m.start)
    tally = _TALLY.fullmatch(chunk) is not None      # "Lab 4 LD 2 Con 0": codes and counts only
    parties = [m for m in found if not m.bracket_only or text[m.start - 1:m.start] == "(" or tally
               or _IN_A_CELL.search(text, max(s, m.start - 3), m.start)      # "| LD 72 |"
               or (len(m.text) > 2 and m.text[:1].isupper() and m.text.lower() not in _COMMON_WORDS)   # (not "would together hold", "All 650 seats")
               or m.text in doc.party_codes                                     # the page's key: "C = Conservative"
               or m.canonical == "Independent" and _NAMED_AFTER.match(text, m.end)]    # "and independent Alex Easton"
    out: list[SeatFact] = []
    for n in _SEAT_NUMBER.finditer(text, s, e):
        raw = n.group("num")
        if "." in raw or "," in raw or is_year(raw):     # (a grouped figure is votes, never seats)
            continue
        value = _seat_value(raw)
        nxt = next((m for m in found if m.start >= n.end()), None)
        # "one Independent was elected", "6 independents were elected" (a lower-case word is a party here)
        elected = nxt is not None and text[n.end():nxt.start].isspace() and _WERE_ELECTED.match(text, nxt.end, e)
        if not elected:
            nxt = next((m for m in parties if m.start >= n.end()), None)
        if not raw[0].isdigit() and not re.match(r"\s+(?:seats|MPs)\b", text[n.end():n.end() + 8]) and not out \
                and not elected:
            continue         # "four seats"; a bare "seven" only inside a list of figures ("the NDP seven")
        lo, hi = clause_of(text, n.start(), n.end(), s, e)
        dash = text.find(" - ", n.end(), hi)
        hi = dash if dash >= 0 else hi     # "will win 410 of the 650 seats - double the 202 the party won ... five years ago"
        first = text[s:n.start()].split(",")[0]
        lead = text[s:n.start()].count(",") == 0 or re.match(r"\s*(?:at|in|back|five|four|last|during|by|before|going|heading)\b", first, re.I)
        if is_past(text[lo:hi], doc.election_year) or (lead and is_past(first, doc.election_year)) \
                or (_LIST_ITEM.fullmatch(text, lo, hi) and lo - 2 > s and is_past(text[slice(*clause_of(text, lo - 2, lo - 1, s, e))], doc.election_year)):
            continue     # "At the last general election, in December 2019, the Conservatives won 365 seats"
            # (and the list that goes on without a verb: "The SNP won 64 seats at that election, the Conservatives 31")
        when = _WHEN_CLAUSE.match(text, lo, hi) and lo or _last_when(text, s, lo)
        if when and is_past(text[s:when], doc.election_year):
            continue     # "a reversal of last year's election, when Labour won 411 seats": that election's
            # (and the list the clause goes on with: "in 2021, when the Conservatives took 119, the Bloc 32 and the NDP 25")
        if value is None or value > 650:
            continue
        before = text[max(s, n.start() - 2):n.start()]
        if before.endswith(("+", "-", "−", "±")):
            continue
        if elected or nxt is not None and _FOR_PARTY.fullmatch(text, n.end(), nxt.start):
            out.append(SeatFact(kind, nxt.canonical, nxt.text, value, s, e))   # "against 169 for Mark Carney's Liberals"
            continue
        prev = [m for m in parties if m.end <= n.start()]
        if not prev:
            continue
        m = prev[-1]
        if _GROUPED_WITH.search(text, max(s, m.start - 30), m.start):
            continue        # "Other parties and the Speaker 6": the figure is the group's
        gap = text[m.end:n.start()]
        clause_end = re.search(r"[,;.]\s|\s[–—-]\s", text[n.end():e])
        clause = text[m.start:n.end() + (clause_end.start() if clause_end else e - n.end())]
        if _PAST.search(clause):
            continue
        if re.search(r"\b(?:together|combined|between\s+them|jointly)\b", gap, re.I) \
                or _SUM_AFTER.match(text, n.end(), e):
            continue        # "National and ACT would together hold 61 seats", "... with 59 seats between them": a coalition's sum
        bare_gap = _SHARE_BETWEEN.sub(" ", gap)      # "Greens - 11.6% - 85 seats": the party's vote share between it and its seats
        loose = raw[0].isdigit() and _SEATS_AFTER.match(text[n.end():e]) and len(bare_gap) <= 70 and not re.search(r"[\d.;]", bare_gap)
        if not (_LINK.match(gap) or loose) or _QUAL.search(gap):
            continue
        if _AFTER_BAD.match(text[n.end():e]) or not _AFTER_OK.match(text[n.end():e]):
            continue
        out.append(SeatFact(kind, m.canonical, m.text, value, s, e))
    for each in _EACH_AFTER.finditer(text, s, e):
        # "Alliance, the UUP and the TUV won 1 each": every party of the list before the verb
        value = _seat_value(each.group("n"))
        listed = [m for m in parties if m.end <= each.start()]
        group, at = [], each.start()
        for m in reversed(listed):
            if not (m.end == at if not group else _LIST_GAP.fullmatch(text, m.end, at)):
                break
            group.append(m)
            at = m.start
        seen = {f.party for f in out}
        for m in reversed(group):
            if value is not None and m.canonical not in seen and not is_past(text[s:e], doc.election_year):
                out.append(SeatFact(kind, m.canonical, m.text, value, s, e))
                seen.add(m.canonical)
    for m in parties:
        none = _NONE_LEFT.match(text, m.end, e)
        if none and m.canonical not in {f.party for f in out} \
                and not is_past(text[s:m.start] + text[none.start("verb"):e], doc.election_year):
            out.append(SeatFact(kind, m.canonical, m.text, 0, s, e))
    each = _EACH_FOR.search(text, s, e)
    if each and out:
        # "... SDLP 2, and one each for Alliance, the UUP, the TUV and independent Alex Easton"
        value = _seat_value(each.group("n"))
        seen = {f.party for f in out}
        for m in parties:
            if m.start >= each.end() and m.canonical not in seen and value is not None:
                out.append(SeatFact(kind, m.canonical, m.text, value, s, e))
                seen.add(m.canonical)
    return out
