"""Clauses and the past: which words a figure belongs to, and whether they talk about an earlier election.

Cue phrases are data (``data/cues.json``), compiled once here.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Optional

from .scan import Folded, Words, lowered

__all__ = ["cues", "is_past", "clause_of", "in_past_clause", "relative_spans", "aside_spans", "core", "inside",
           "RELATIVE", "ASIDE", "COMPARISON", "CLAUSE_EDGE", "LEAD_ADVERBIAL"]


@functools.lru_cache(maxsize=1)
def cues() -> dict:
    raw = json.loads(resources.files("extract").joinpath("data/cues.json").read_text("utf-8"))
    c = {}
    c["win_after"] = re.compile(r"^\s*(?:\([^)]*\)\s*)?"
                                r"(?:of\s+the\s+(?-i:[A-Z][\w&'’-]*)(?:\s+(?-i:[A-Z][\w&'’-]*)){0,4}\s+)?"   # "X of the APC is ..."
                                r"(?:" + "|".join(raw["win_after_name"]) + r")", re.I)
    c["win_before"] = re.compile(r"(?:" + "|".join(raw["win_before_name"]) + r")$", re.I)
    c["vote_verb"] = re.compile(r"\b" + raw["vote_verbs"] + r"\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
    c["vote_unit"] = re.compile(r"^\s*" + raw["vote_units"] + r"\b", re.I)
    c["share_after"] = re.compile(r"^\s*" + raw["share_after"], re.I)
    c["qualifier"] = re.compile(r"\b(?P<q>" + raw["qualifiers"] + r")\s*$", re.I)
    c["past"] = Folded(r"\b" + raw["past_markers"] + r"\b")         # run on lowered text
    c["context_trap"] = Folded(raw["context_traps"])          # run on Doc.low
    c["retraction"] = Folded(raw["retractions"])             # a sentence that gives figures only to withdraw them
    c["vote_trap_after"] = re.compile(r"^\s*(?:" + raw["vote_traps_after"] + r")", re.I)
    c["vote_trap_before"] = re.compile(r"(?:^|\W)" + raw["vote_traps_before"], re.I)
    c["majority_before"] = re.compile(r"(?:" + raw["majority_before"] + r")(?:\s*(?P<q>" + raw["qualifiers"] + r"))?\s*(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
    c["majority_words"] = Words(raw["majority_words"])      # one of them is in every majority_before match
    c["context_trap_words"] = Words(raw["context_trap_words"])   # ... and in every context_trap match
    c["national_majority"] = re.compile(raw["national_majority"], re.I)
    c["old_majority"] = re.compile(raw["old_majority"], re.I)     # "overturning a Conservative majority of"
    c["turnout_traps"] = re.compile(raw["turnout_traps"], re.I)
    c["roles"] = {w.lower() for w in raw["role_words"]} | {w.lower().strip(".") for w in raw["role_words"]}     # ("Rep." and "Rep")
    c["vote_next"] = set(raw["vote_next_words"])
    return c


# A clause between commas that describes someone ("who ...", "first elected ..."); a comma
# inside a number ("7,902") does not end it.
RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|first\s+elected|having|standing\s+(?:after|in\s+place\s+of|for\s+the\s+first)|replacing|succeeding)\b(?:[^,;:()]|(?<=\d),(?=\d))*(?:(?<!\d),|,(?!\d)|$)")
# An aside about someone's past: ", a former co-leader of the party who came third in 2016,".
PAST_ASIDE = re.compile(
    r"""
    ,\s+(?:a|an|the)\s+(?:former|one-time|ex-)\b          # ", a former ..."
    (?:(?!\b(?:held|hold|holds|won|wins|took|takes|polled|gained|finished|came    # up to the comma, unless
             |was|is|has|had|have)\b)[^,;:()]                                     # a verb makes it the main clause
      |(?<=\d),(?=\d))*                                    # (a comma inside a number does not close it)
    (?:(?<!\d),|,(?!\d))""",
    re.X,
)
ASIDE = re.compile(r"^(?:,(?:[^,;]|(?<=\d),(?=\d)){0,120},\s*){1,2}")
# Words that end the stretch of text a figure belongs to: what follows is a comparison.
COMPARISON = re.compile(r"\b(?:than|compared|compares|down\s+on|up\s+on|down\s+from|up\s+from)\b", re.I)
CLAUSE_EDGE = re.compile(r"(?<!\d),|,(?!\d)|;|:|\s[–—]\s|\(|\)")
LEAD_ADVERBIAL = re.compile(
    r"""^\s*(?:[A-Za-z'’]+\s+){0,2}?(?:in|at|back\s+in|by|during|until|before)\s+[^,]{0,40}?\b(?:19|20)\d\d\b   # "In 2019, ...", "Behind them in December 2019 were ..."
      |^\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+few|a\s+couple\s+of|several)(?:\s+and\s+a\s+half)?\s+years\s+ago\b   # "Four and a half years ago"
      |^\s*last\s+(?:time|year)\b
      |^\s*when\s+[^,]{0,50},                               # "When the ward last voted, ..." (is_past decides)
      |^\s*(?:notional\s+|previous\s+)?(?:19|20)\d\d(?:\s+(?:notional|result|results|election|figures))*\s*:   # "Notional 2019: C maj 43.42%; ..."
      |^\s*(?:a\s+)?(?:reminder|recap)\s+of\s+[^:,.]{0,60}(?:result|results|vote|election)\b[^:,.]{0,40}:     # "Reminder of last July's result in X: ..." (is_past decides)
    """,
    re.I | re.X,
)
COMPARED_BEFORE = re.compile(
    r"""\b(?:compares?\s+with|compared\s+(?:with|to)
      |(?<!more\s)(?<!fewer\s)(?<!less\s)than                 # "than", but not "more than 5,000"
      |down\s+on|up\s+on|down\s+from|up\s+from)\b""",
    re.I | re.X,
)


def relative_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Relative clauses; one that goes on in a list of verbs runs to the main verb: "Mr McCartney,
    who first won the seat in 2010, lost it to Labour's Karen Lee in 2017 and took it back in 2019,
    finished second with 9,677 votes"."""
    out = [(m.start("rel"), m.end()) for m in _SEAT_HELD_SINCE.finditer(text, s, e)]
    out += [(m.start(), m.end()) for m in _APPOSITIVE.finditer(text, s, e)]
    if "–" in text[s:e] or "—" in text[s:e]:
        out += [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(text, s, e)]
    for m in RELATIVE.finditer(text, s, e):
        b = m.end()
        while text[b - 1:b] == "," and _VERB_LEAD.match(text, b, e):
            nxt = CLAUSE_EDGE.search(text, b, e)
            if not nxt or nxt.group() != "," or not _VERB_LEAD.match(text, nxt.end(), e):
                break
            b = nxt.end()
        out.append((m.start(), b))
    return out


# An apposition between the subject and its verb: "Conservative Neil Mahapatra, the party's choice to replace former
# cabinet minister Greg Clark, came second on 14,974" (Clark is no owner of the figure); its years are its own ("Dr Murrison,
# a former Royal Navy medical officer who was first elected to Parliament in 2001, polled 15,617 votes").
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|his|her|their)\s+(?:[^,;:()\d]|(?<![\d,])(?:19|20)\d\d(?!\d)){3,100}?,(?=\s+(?:came|was|finished|polled|took|won|had|got|received|"
                         r"secured|collected|garnered|amassed|picked|trailed|ended|gained|lost|held|beat|defeated)\b)")


# An aside between dashes that describes someone, with no count in it: "Aphra Brandreth – daughter of broadcaster and
# former Chester MP Gyles Brandreth, who sat from 1992 to 1997 – won with 19,905 votes" (not a list "X 20,000 – Y 15,000 – Z").
_DASH_ASIDE = re.compile(r"\s[–—]\s+(?=[a-z])(?:[^–—\d.;:]|(?<![\d,])(?:19|20)\d\d(?!\d)){3,150}?\s[–—]\s")


# A seat's history told without "which": "a majority of 355 in a division the Tories had held since 2005".
_SEAT_HELD_SINCE = re.compile(r"\b(?:in|of|for)\s+a\s+(?:seat|division|ward|constituency|riding|electorate)\s+"
                              r"(?P<rel>(?:that\s+|which\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:had|has|have)\s+"
                              r"(?:held|won|represented|controlled|taken)\b[^,;.]*)")
# A clause that starts with its verb (no subject of its own).
_VERB_LEAD = re.compile(r"\s*(?:(?:then|later|also|first)\s+)?(?:[a-z]{2,}ed|lost|won|took|held|was|became|stood|ran|beat|came|made|got|gave"
                        r"|left|went|kept|fought|sat|served|finished)\b")


def aside_spans(text: str, s: int, e: int, relative: Optional[list[tuple[int, int]]] = None) -> list[tuple[int, int]]:
    """Relative clauses (``relative``: already found) and past asides: left out when judging
    whether a figure is about the past."""
    spans = (relative_spans(text, s, e) if relative is None else relative) + [(m.start(), m.end()) for m in PAST_ASIDE.finditer(text, s, e)]
    return sorted(spans)


def core(text: str, s: int, e: int, asides: Optional[list[tuple[int, int]]] = None) -> str:
    """text[s:e] without the asides that close inside it: "Turnout across the constituency,
    which now includes parts of ..., was 67.5 per cent" reads "Turnout across the constituency was".
    A trailing space stays, so patterns anchored on "... was " still match."""
    pieces, at = [], s
    for a, b in (aside_spans(text, s, e) if asides is None else asides):
        if a >= at and b <= e:
            pieces.append(text[at:a])
            at = b
    pieces.append(text[at:e])
    return " ".join(p.strip(" ,") for p in pieces if p.strip(" ,")) + (" " if text[e - 1:e].isspace() else "")


def inside(pos: int, spans: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    for a, b in spans:
        if a <= pos < b:
            return (a, b)
    return None


def clause_of(text: str, a: int, b: int, s: int, e: int) -> tuple[int, int]:
    """The comma/semicolon-delimited clause around text[a:b] (commas inside numbers do not count)."""
    lo = _last_edge_end(text, s, a)
    m = CLAUSE_EDGE.search(text, b, e)
    return lo, (m.start() if m else e)


def _last_edge_end(text: str, s: int, a: int) -> int:
    """Where the last CLAUSE_EDGE match in text[s:a] ends (s when there is none), found
    backwards from a: figures sit late in long sentences."""
    hi = a
    while True:
        at = max(text.rfind(ch, s, hi) for ch in ",;:()–—")
        if at < 0:
            return s
        start = at - 1 if text[at] in "–—" else at
        m = CLAUSE_EDGE.match(text, start, a) if start >= s else None
        if m:
            return m.end()
        hi = at


def in_past_clause(text: str, n, s: int, e: int, scope: str, clause: tuple[int, int], year) -> bool:
    """A figure is about the past when its own clause, as far as its scope reaches, says so,
    when the sentence opens with a past time ('In 2019, ...'), or when it is the object of a comparison."""
    lo, hi = clause
    # The figure's own clause up to the figure, then only as far as the figure's scope reaches
    # after it: "who won the seat in 2024 with ... 44 per cent" is past, "637 is a third of the
    # 1,968 by which ... five years ago" is not (for 637).
    at = scope.rfind(text[n.start:n.end])
    after = scope[at + (n.end - n.start):] if at >= 0 else text[n.end:hi]
    words = text[lo:n.end] + " " + after[:max(0, hi - n.end)]
    if is_past(words, year):
        return True
    if lo > s and _WHEN.match(text, lo, n.start):
        before = clause_of(text, lo - 2, lo - 1, s, e)[0]
        if is_past(text[before:lo], year):
            return True     # "a dramatic turnaround from 2019, when Mr Chalk beat the Lib Dems by just 981 votes"
    if _DEPENDENT.match(text, lo, n.start) and is_past(core(text, s, n.end), year):
        return True     # "The seat was held at the last election by X, ..., with a majority of 1,805"
    if lo > s and year and _BEATING.match(text, lo, n.start) and any(int(m.group("y") or m.group("y2")) < year for m in _YEARS_RACE.finditer(text, s, lo)):
        return True
    if LEAD_ADVERBIAL.match(text[s:e]) and is_past(text[s:e].split(",")[0], year):
        return True
    return bool(COMPARED_BEFORE.search(text, s, n.start)) and is_past(text[s:e], year)


_WHEN = re.compile(r"\s*(?:when|where|after|before|as)\b", re.I)
# A figure's clause that has no verb of its own: it belongs to the clause before it.
# (and names no one: "with Labour's Filson Ali on 2,788" is a figure of its own)
_DEPENDENT = re.compile(r"[\s,]*(?:with|on|taking|giving|securing|polling|winning|receiving|gaining|collecting|garnering)\b[^,;A-ZÀ-Þ]*$")
# "..., defeating then-Councilman Gil Soto by about 3,900 votes": the margin of the win the clause before tells,
# which is the past when it names an earlier year's race ("Ibarra ... won the 2020 mayoral race").
_BEATING = re.compile(r"[\s,]*(?:defeating|beating|unseating|ousting|edging\s+out|seeing\s+off)\b(?:[^,;]|(?<=\d),(?=\d))*$")     # (past "5,820 to")
_YEARS_RACE = re.compile(r"\b(?:won|wins|took|lost|contested)\s+(?:the\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}(?:race|election|contest|primary|by-election|poll)\b"
                         r"|(?:the|his|her|their)\s+seat\s+in\s+(?P<y2>(?:19|20)\d\d)\b)", re.I)      # ("won the seat in 2022, defeating ...")
_SCOPE_YEAR = re.compile(r"(?<![\d,.£$€])\b((?:19|20)\d\d)\b(?!,?\d)")


def is_past(scope: str, year: Optional[int]) -> bool:
    c = cues()
    if c["past"].search(lowered(scope)):
        return True
    if "19" not in scope and "20" not in scope:
        return False
    for m in _SCOPE_YEAR.finditer(scope):
        if (year is None or int(m.group(1)) < year) and not _SINCE.search(scope, max(0, m.start() - 50), m.start()):
            return True         # ("the seat he has represented since 1983": a span that reaches the present)
    return False


_SINCE = re.compile(r"\b(?:(?:has|have)\s+(?:been\s+)?[a-z]+ed\b(?:\s+[\w'’-]+){0,4}?|(?:first|only)\s+time|(?<!been\s)\b(?:its|their|the)\s+(?:MP|member|MLA|MSP|MS|TD|councillor))\s+since\s+$")    # ("for the first time since 1970", "its MP since 2001")
