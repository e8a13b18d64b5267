"""Candidate rows: one line (or one ';'-separated item) that states one candidate's result.

Formats seen in saved coverage, each a named pattern:
  bracket    "Simon Anthony (The Green Party): 4,988", "Jane Doe (Lab) 17,232 (35.09%)",
             "Gerald Jones (Labour Party) – 15,791 votes (44.8%)", "HOLLIS, Margaret (Labour Party) 1,472 *"
  dashed     "Maureen Burke, Scottish Labour – 15,639", "Siân Berry - Green Party - 28,809 (55.0%)"
  cells      pipe / tab / wide-space tables, with or without a header row
  glued      "Liberal DemocratMartin Wrigley31.7%15,201+9.4" (table cells pasted together)
Lines longer than ROW_MAX_CHARS are prose, never rows.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from .gazetteer import parties
from .names import LATIN_LETTER, SURNAME_PREFIXES, flip_surname_first, title_case
from .numbers import DATE_ONLY, GROUPED_COUNT, ORDINAL, parse_float, parse_int
from .settings import ROW_MAX_CHARS

__all__ = ["Row", "parse_row", "split_cells", "HeaderMap", "header_map", "parse_cells", "ELECTED_MARK", "spaced_header",
           "split_spaced_row", "spaced_text_columns", "SPACED_FIGURE", "FIRST_COLUMN_WORDS", "NO_PARTY_CELL"]

_NUM = GROUPED_COUNT
_DIGIT = re.compile(r"\d")
_PCT = r"\d{1,3}(?:\.\d+)?"
_PC = r"(?:\s*%|\s*per\s?cent\b|\s*pct?\b)"      # after a share: "45.0%", "45.0 per cent", "45.7 pct", "53.9pc"

# Winner marks after a row: "*", "(elected)", "— ELECTED", "✓ elected", "(Elected)".
# "(elected)", "(elected by lot)", "(elected after drawing of lots)", "(elected on the 5th count)": a winner's bracket.
_ELECTED_BRACKET = r"\(\s*(?:etholwyd\s*/\s*)?elected(?:\s+(?:by\s+(?:the\s+)?(?:drawing\s+of\s+)?lots?|after\s+(?:the\s+)?drawing\s+of\s+lots|unopposed|on\s+(?:the\s+)?\w+\s+(?:count|stage)))?\s*\)"
ELECTED_MARK = re.compile(r"(?:\*|★|✓|✔|✅|☑|\(check\)|(?-i:\(E\))|" + _ELECTED_BRACKET + r"|\betholwyd\b(?:\s*/\s*elected\b)?|\bélue?\b(?:\s*/\s*elected\b)?|(?<![Nn]ot\s)(?<![Uu]n)\belected\b|\bwinner\b|\bproclaimed\b)", re.IGNORECASE)   # ("Manuela Perteghella Winner": a badge)

_DEPOSIT_NOTE = re.compile(r"\s*[–—,;-]?\s*[(\[]?(?:lost\s+(?:(?:his|her|their|the)\s+)?deposit|deposit\s+lost|forfeited\s+(?:the\s+)?deposit)[)\]]?\s*$", re.I)
# AP results tables mark the declared winner "x-Jane Kowalczyk", and a winning incumbent "x-i-Lauren Whitcomb".
WINNER_PREFIX = re.compile(r"^x(?:\s*-\s*|\s+)(?:i\s*-\s*)?(?=[A-Z])")      # (or "x Tyler Brandvold (PC)" over "(x - elected)")
_INCUMBENT_PREFIX = re.compile(r"^i\s*-\s*(?=[A-Z])")      # "i-Dana Pruitt": the incumbent, who did not win
# An American's party and home town after the name: "Mark Ellison, R-Fairhaven", "Jeff Amundsen, Lib-Bristow".
_PARTY_HOMETOWN = re.compile(r"^(?P<name>[^,()\d]{3,60}?),\s*(?P<party>D|R|I|L|G|Dem|Rep|Lib|Ind|Grn|DFL|NP)-(?P<town>[A-Z][\w'’.]+(?:\s[A-Z][\w'’.]+){0,2})$")
# A winner's mark after the figures: "*", "✓", "(elected)", "✔ ELECTED".
_CHANGE_IN = r"\s*(?:[,;]\s*(?:[+\-−±]\s?\d+(?:\.\d+)?\s*(?:%|pts?|points)?|new|n/a)\s*)?"    # "(37.6%, +8.3)", "[42.5%; +18.2]": a change beside the share
_MARK = (r"(?P<mark>[✓✔]\s*won\b|\*|[✓✔✅]{1,3}|(?-i:\(E\))|" + _ELECTED_BRACKET + r"|(?:[✓✔✅]\s*)?(?:elected|winner)"
         r"(?:\s*\(\s*(?:(?:at|on)\s+)?(?:the\s+)?(?:(?:count|stage|round)\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+(?:count|stage|round))\s*\)"
         r"|\s+(?:(?:at|on)\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?:count|stage|round))?)")   # "ELECTED (stage 1)", "✅ ELECTED 1st count"
_BULLET = r"^\s*(?:[-•*·–]\s+|\d{1,2}[.)]\s+)?"
ROLE_LABEL = re.compile(r"\s*(?:(?P<won>(?:declared\s+)?winner|elected|1st|first)|runner[- ]up|second|third|fourth|2nd|3rd|4th|5th)\s*[:–—]\s*", re.I)
_EARLY_MARK = re.compile(r"\)(?:,\s*|\s+)(?:elected|winner)(?:,\s*|\s*[–—-]\s*)(?=\d)", re.I)     # "(Independent) Elected – 987"
LEAD_MARK = re.compile(r"^\s*(?:[✓✔☑✅]|\(check\))\s*(?=\w)")       # ("(check) x-Renata Oyelaran": AP's word for the tick)

BRACKET_ROW = re.compile(
    _BULLET +
    r"""
    (?P<name>[^()\d\n:;|]{2,80}?)            # name (validated later)
    \s*\((?P<party>[^()\d\n]{1,90}(?:\([^()\d\n]{1,12}\))?)\)        # (party), "(Scottish National Party (SNP))"
    (?:\s*\((?-i:M|MP|i)\))?                 # the sitting member's mark: "(ALP) (M) 12,604"
    (?:,\s*\d{2},\s*[^\d\n()|:;][^\n()|:;]{1,59}?\s*(?=[–—-]))?     # an age and a job: "(Labour), 39, charity worker – 6,246"
    \s*(?:[:,–—-]\s*)?                       # optional separator: "(Green), 2,467"
    (?:(?-i:FP)\s+|(?:1st|first)[- ]pref(?:erence)?s?:?\s+)?    # a wire's first preferences: "(SF) FP 12,330"
    (?P<votes>""" + _NUM + r""")(?!\d|\.\d)     # votes (not the "3" of "38.4%")
    (?:\s*(?:first[- ]preference\s+)?votes?)?
    \s*(?:[–—·•/-]\s*|,\s*)?                 # "25,033 · 52.0%"
    # the share in brackets ("(52.0%)", or "(32.3)": with decimals its % may go unsaid), or bare beside its change
    (?:(?:[(\[]\s*(?P<share>""" + _PCT + r""")(?:""" + _PC + r"""|(?<=\.\d)|(?<=\.\d\d))""" + _CHANGE_IN + r"""[)\]]|(?P<share2>""" + _PCT + r""")(?:""" + _PC + r"""|"""
    r"""(?:(?<=\.\d)|(?<=\.\d\d))(?=\s*\(\s*[+\-−±]\s?\d|\s*$)))      # a bare "41.5" beside its change: "10,012 41.5 (+19.0)"
       (?:\s*\(\s*(?:[+\-−±]\s?\d+(?:\.\d+)?\s*(?:%|pts?|points)?|new|n/a)\s*\)|\s+[+\-−±]\s?\d+(?:\.\d+)?\s*(?:%|pts?|points)?)?  # its change: "43.6% (+10.3)"
    )?
    \s*(?:[–—,-]\s*)?(?:""" + _MARK + r"""|not\s+elected)?     # "..., 47.0%, elected", "- 177 - Not elected"
    (?:\s*,?\s*(?:on\s+)?(?:the\s+)?(?:(?:count|stage)\s+\d{1,2}|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:count|stage)))?   # "- elected, count 4"
    (?:\s*,?\s*without\s+reaching\s+(?:the\s+)?quota)?      # "11th count, without reaching quota"
    \s*[.;,]?\s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)

DASHED_ROW = re.compile(
    _BULLET +
    r"""
    (?P<name>(?-i:(?:""" + SURNAME_PREFIXES + r"""|O['’]|D['’])?[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,2}),\s*[^()\d\n:;|,–—]{2,50}?   # "BRASH, Jonathan", "SAVILLE ROBERTS, Liz", "McMAHON, Jim" (a declaration's order)
      |[^()\d\n:;|,–—]{2,60}?)                 # name
    \s*(?:,\s*|\s[-–—]\s+)                    # "," or " - "
    (?P<party>[^()\d\n:;|]{2,90}?(?:\s*\([A-Z]{2,6}\))?)    # party, "The Opportunity Party (TOP)"
    \s*(?:[:–—-]\s*|\s)                       # separator
    (?:(?P<votes>""" + _NUM + r""")
    (?:\s*votes?)?
    \s*(?:\(\s*(?P<share>""" + _PCT + r""")""" + _PC + _CHANGE_IN + r"""\)|[–—-]\s*(?P<share2>""" + _PCT + r""")""" + _PC + r""")?
      |(?P<share3>""" + _PCT + r""")""" + _PC + r"""\s*\(\s*(?P<votes3>""" + _NUM + r""")\s*votes?\s*\))     # "ANC – Nomvuyo Mqhayi: 61.2% (1,842 votes)"
    \s*(?:[–—-]\s*)?""" + _MARK + r"""?
    \s*[.;,]?\s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# "Labour: Jane Smith 12,345 (45.2%)": party first, then a colon.
PARTY_COLON_ROW = re.compile(
    _BULLET +
    r"""
    (?P<party>[^:\d\n()|]{2,50}?)\s*:\s*       # party, colon
    (?P<name>[^\d\n():|,–—-]{2,60}?)\s*[,–—-]?\s*  # name
    (?P<votes>""" + _NUM + r""")(?:\s*votes?)?
    \s*(?:\(\s*(?P<share>""" + _PCT + r""")""" + _PC + r"""\s*\))?
    \s*(?:[–—,-]\s*)?""" + _MARK + r"""?\s*[.;]?\s*$     # ("... 16,035 (35.9%) – elected")
    """,
    re.VERBOSE | re.IGNORECASE,
)

# "Sarah Okonkwo, Labour, 1,482 votes, Elected": commas between every field.
COMMA_ROW = re.compile(
    _BULLET +
    r"""
    (?P<name>[^()\d\n:;|,]{3,60}?)\s*,\s*
    (?P<party>[^()\d\n:;|,]{2,60}?)\s*,\s*
    (?P<votes>""" + _NUM + r""")(?:\s*votes?)?
    (?:\s*,\s*(?P<share>""" + _PCT + r""")""" + _PC + r""")?
    (?:\s*,\s*(?P<mark>elected|✓|winner)|\s*,\s*(?:not\s+elected|defeated))?\s*\.?\s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A candidate of a race without parties: "Teresa Villanueva – 18,904 (30.2%) ✔" (school boards, parish councils).
NAME_ONLY_ROW = re.compile(
    _BULLET +
    r"""
    (?P<name>[^()\d\n:;|,–—]{3,60}?|[A-ZÀ-Þ'’ -]{2,40},\s*[^()\d\n:;|,–—]{2,40}?)(?:\s*[–—-]|:)\s*     # ("ASHWORTH, Julian - 412 - Elected", "Liz Caldera: 4,311 (55.0%)")
    (?P<votes>""" + _NUM + r""")(?:\s*votes?)?
    \s*(?:\(\s*(?P<share>""" + _PCT + r""")""" + _PC + r"""\s*\)|[,–—-]\s*(?P<share2>""" + _PCT + r""")""" + _PC + r""")?
    \s*(?:[–—-]\s*)?(?:""" + _MARK + r"""|not\s+elected)?\s*[.;]?\s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# "LAB Fred Thomas 17,665 41.2% ✓": a party code, the name, votes, share, mark, spaces only.
_COPYRIGHT = re.compile(r"\((?:c|C)\)\s*(?:19|20)\d\d\b|©")
_LEADER_DOTS = re.compile(r"\s*(?:\.\s*){2,}$")
CODE_ROW = re.compile(
    _BULLET +
    r"""
    (?P<party>[A-Z][A-Za-z]{0,5})\s+                 # LAB, CON, LD, Lab, Grn
    (?P<name>[^\d\n()|:;,]{3,60}?)\s+               # name
    (?P<votes>""" + _NUM + r""")
    (?:\s+(?P<share>""" + _PCT + r""")""" + _PC + r""")?
    \s*""" + _MARK + r"""?\s*$
    """,
    re.VERBOSE,
)

# A party's full name, then the candidate, then the figures: "Liberal Democrats Jenny Marsh – 1,034 (46.3%) ✔ ELECTED",
# "Reform UK Paul Ingram 647 (28.9%)" (where the party ends is found word by word: _party_first_row)
PARTY_FIRST_ROW = re.compile(
    _BULLET +
    r"""
    (?P<text>[A-Z][^\d\n()|:;,]{4,80}?)\s*(?:[–—-]\s*)?
    (?P<votes>""" + _NUM + r""")(?:\s+votes?)?
    (?:\s*\(\s*(?P<share>""" + _PCT + r""")\s*%\s*\)|\s+(?P<share2>""" + _PCT + r""")\s*%)?
    \s*""" + _MARK + r"""?\s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# "Liberal DemocratMartin Wrigley31.7%15,201+9.4": party, name, share, votes, change.
GLUED_ROW = re.compile(
    r"""
    ^(?P<text>[^\W\d_][^\d|\t]{3,120}?)       # party and name pasted together
    (?P<share>\d{1,2}\.\d)%                   # share
    (?P<votes>""" + _NUM + r""")              # votes
    (?:[+\-−]\d+(?:\.\d+)?|[nN]/[aA]|new)?\s*$   # change column, or nothing
    """,
    re.VERBOSE,
)

# "Lorraine Beavers ✓ Elected Labour 16,744 40.0% +4.4": a results card flattened with single
# spaces; the party is the longest known party name just before the votes.
SPACED_ROW = re.compile(
    r"""
    ^(?P<text>[^\W\d_][^\d|\t()]{4,120}?)\s+             # name, a winner's mark, party
    (?P<votes>""" + _NUM + r""")
    (?:\s+(?P<share>""" + _PCT + r""")""" + _PC + r"""      # (no share: "JOHN GRADY LABOUR 15543 ELECTED")
    (?:\s+(?:[+\-−±]\s?\d+(?:\.\d+)?|[–—-]|new|n/a))?)?    # change column, or a dash for none
    (?:\s+(?P<mark>[✓✔*]|(?:[✓✔]\s*)?elected))?\s*$     # or a winner's mark: "18,468 38.3% ELECTED"
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A candidate with a share and no votes, where a council publishes no totals yet:
# "Karen Lowther, Reform UK — 38.4% (new) Elected", "Laura Pennington (Liberal Democrat) 44.6%".
SHARE_ROW = re.compile(
    _BULLET +
    r"""
    (?P<name>[^()\d\n:;|,–—]{3,60}?)\s*
    (?:\(\s*(?P<party>[^()\d\n]{2,60}?)\s*\)|,\s*(?P<party2>[^()\d\n:;|,–—]{2,60}?))\s*(?:[:,–—-]\s*)?
    (?P<share>\d{1,2}(?:\.\d{1,2})?)""" + _PC + r"""
    (?:\s*\(\s*(?:[+\-−±]\s?\d+(?:\.\d+)?\s*(?:%|pts?|points)?|new|n/a)\s*\))?   # its change: "(-35.5)", "(new)"
    \s*(?:[–—,-]\s*)?""" + _MARK + r"""?\s*[.;]?\s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Contest-level rows of a results table: "Majority | 6,618 | 15.5", "Turnout | 42,715 | 60.2".
_CONTEST_ROW = re.compile(r"^\s*(?:majority|turnout|swing|registered\s+(?:electors|voters)|electorate|rejected|spoilt|total|valid\s+votes"
                          r"|ballots?\s+(?:counted|cast|issued)|voter\s+turnout|write-?ins?)\b", re.I)
_NUM_ONLY = re.compile(r"[\d,.%\s]+")
_FOOTNOTE = re.compile(r"\[\w{1,4}\]")          # "Member[3]", "70,976 (2024)[1]"
_HEADER_MARK = re.compile(r"(?<=\w)\s?[*†‡]+$")     # "Number of Votes*": the note under the table explains it
_SPACES = re.compile(r"\s{2,}")
_STRONG_SPLIT = re.compile(r"\s*\|\s*|\t+")
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}|\s*(?:\.{3,}|…+)\s*|\s\.\.\s|\s+[—–]\s+")    # (" .. ": a short leader between figures)
_SIGNED = re.compile(r"^[+\-−±]\s?\d+(?:\.\d+)?%?$|^n/?a$|^–$|^-$", re.IGNORECASE)
_PCT_CELL = re.compile(r"^(?:(\d{1,3}(?:\.\d+)?)\s*(?:%|\s(?:per\s?cent|percent|pct\.?))?(?:\s*\(\s*(?:[+\-−±]\s?\d+(?:\.\d+)?|new|n/a|=)\s*\))?|\((\d{1,3}(?:\.\d+)?)\s*%\))$", re.I)   # ("38.5% (+7.6)", "(31.2%)")
_COUNT_CELL = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,3}\.\d%?|\d{1,3}%")     # a count or a share (not a year)
_INT_CELL = re.compile(r"^(?:" + _NUM + r")(?:\s+votes?)?$")      # ("18,622 votes")


@dataclass
class Row:
    name: str
    party: Optional[str]          # as written
    votes: Optional[int]
    share: Optional[float]
    elected: bool
    start: int = 0                # offsets of the row in its line
    end: int = 0
    fmt: str = ""


@dataclass
class HeaderMap:
    columns: list[str] = field(default_factory=list)   # per cell: name, party, votes, share, change, other
    names: list[str] = field(default_factory=list)     # the header cells, lower-cased
    align_right: bool = False     # the header names only the last columns (no cell over the names)


_HEADER_WORDS = {
    "name": ("candidate", "name", "name of candidate", "candidate name", "candidate's name", "candidates", "member", "mp",
             "councillor", "nominee", "contender", "contestant", "choice", "choices", "candidate/choice",
             "ballot name", "choice name", "name on ballot",     # (a state's results feed: "BallotName", "ChoiceName")
             "candidat", "candidats", "candidat·e", "candidat.e", "candidate·s", "nom"),      # French: a Quebec weekly's table
    "party": ("party", "party code", "party name", "party abbreviation", "leading party", "trailing party", "parti", "group", "ticket", "description", "description (if any)", "affiliation", "party affiliation", "political affiliation", "party position",
              "elector org.", "elector org", "elector organization", "elector organisation",     # (a British Columbia city's civic parties)
              "committee", "electoral committee", "election committee"),      # (Poland's lists run by committees, "KW Prawo i Sprawiedliwość")
    "votes": ("votes", "number of votes", "number of", "vote", "first preferences", "1st pref", "1st prefs", "first preference",
              "1st preferences", "1st preference", "first-preference votes", "first preference votes", "1st pref votes",
              "first prefs", "tally", "vote tally", "votes received", "first-choice votes", "first choice votes",
              "first choice", "first-choice", "1st choice", "round 1 votes", "iteration 1", "1st iteration", "first iteration",
              "1st round", "first round", "round 1", "first count", "1st count", "count 1", "stage 1", "first stage",
              "count 1 votes", "1st count votes", "first count votes",       # (a distribution of preferences: "Count 1 Votes", "Count 1 %")
              "1st stage", "primary vote", "total",
              "votes obtained", "votes obtained (figures)", "votes polled", "votes secured", "total votes", "ballot count",
              "electorate votes", "electorate vote", "candidate votes", "candidate vote",     # (New Zealand: the electorate's, not the party vote)
              "pleidleisiau", "nifer y pleidleisiau",      # Welsh: "(number of the) votes"
              "voix", "nombre de voix", "votes obtenus", "voix obtenues"),      # French
    "share": ("%", "share", "share %", "vote share", "% share", "per cent", "pct", "pct.", "percent", "% of vote",
              "pct valides", "% valides", "% des votes valides", "pct valid", "% valid", "percent valid",
              "count 1 %", "1st count %", "first count %",     # ("pct_valid": underscores read as spaces)
              "vote %", "votes %", "% votes", "vote (%)"),
    "change": ("+/-", "change", "±", "±%", "+/−", "change %", "change on 2019", "change on 2024", "change since 2019", "change since 2024", "swing",
               "2nd prefs", "2nd pref", "second preferences", "2nd round", "second round", "final", "transfers"),
    "seats": ("seats", "projected seats", "seats won", "won"),
    # a grid of several contests, one row each: "Constituency | Winner | Party | Majority | Turnout"
    "place": ("constituency", "seat", "ward", "division", "riding", "electorate name", "district", "new seat", "new constituency", "seat name",
              "circonscription",
              "ward name", "constituency name", "division name", "district name", "riding name",
              "contest", "office", "race", "contest name", "office name", "race name"),      # (a county canvass: "Contest,Choice,Party,...,Total Votes")
    "winner": ("winner", "elected", "elected?", "élu", "élue", "elu", "élu(e)", "new mp", "mp elected", "winning candidate", "new councillor", "councillor elected",
               "new member", "member elected", "new mla", "new msp", "new td", "new mpp",
               "leading candidate"),     # (an Election Commission grid's, the winner once its status says "Result Declared")
    "runner": ("runner-up", "runner up", "runners-up", "second", "second place", "2nd", "2nd place", "nearest rival", "rival",
               "trailing candidate"),
    "majority": ("majority", "maj", "maj.", "margin", "winning margin"),
    "turnout": ("turnout", "turnout %", "% turnout", "turnout pct", "turnout percent", "turnout percentage", "turnout (%)"),
    "year": ("election", "year", "date"),
}


# A header cell in other words: "Votes cast", "Votes polled", "Share of vote (%)", "Change since 2019", "Candidate name".
_HEADER_KEYWORDS = (
    ("change", re.compile(r"\b(?:change|swing)\b|[+±]")),
    ("share", re.compile(r"%|\bshare\b|\bper\s*cent\b|\bpercentage\b")),
    ("votes", re.compile(r"^(?:total\s+|valid\s+|(?:total\s+)?number\s+of\s+)?votes?(?:\s+(?:cast|polled|received|won|secured|counted|total))?$")),   # ("Number of votes polled")
    ("name", re.compile(r"^(?:name\s+of\s+)?candidates?(?:['’]s)?(?:\s+(?:name|standing))?$")),
    ("party", re.compile(r"^(?:political\s+)?party(?:\s+(?:name|affiliation|description))?$")),
    ("seats", re.compile(r"\b(?:seats|exit\s+poll|projection|projected|forecast)\b")),    # "Actual seats", "Exit poll (10pm, 4 July)"
)
_WHEN_NOTE = re.compile(r"\s*\((?![^()]*(?:19|20)\d\d)[^()]*\)\s*$")      # "(10pm, 4 July)" after a column's name (not "(2019)")


def _role_by_words(low: str) -> Optional[str]:
    low = _WHEN_NOTE.sub("", low) or low
    if not low or len(low) > 30:
        return None
    if _HEADER_KEYWORDS[0][1].search(low):
        return "change"             # "Change since 2019"
    if any(ch.isdigit() for ch in low):
        return None                 # "2019 votes": another election's column
    return next((role for role, pat in _HEADER_KEYWORDS[1:] if pat.search(low)), None)


_SPACED_DASH = re.compile(r"\s[—–]\s")
_HYPHEN_SPLIT = re.compile(r"\s+[-—–]\s+")
_EMPHASIS = re.compile(r"^(?:\*\*|__|\*(?=[^\s*]))(.+?)(?:\*\*|__|(?<=[^\s*])\*)$")      # Markdown bold in a cell: "**Majority**", "*Neil Craig (Scottish Liberal Democrats)*"


_QUOTED_CSV = re.compile(r'(?=.*,")(?:"[^"\n]*"|[^",\s][^",\n]*|)(?:,(?:"[^"\n]*"|[^",\s][^",\n]*|)){2,}|"[^"\n]*"(?:,(?:"[^"\n]*"|[^",\n]*)){2,}')
_DECIMAL_COMMA_CELL = re.compile(r"^([+\-−]?\d{1,3}),(\d{1,2})$")
_CSV_SEAM = re.compile(r"[^\W\d_],|,[^\W\d_]|,,|,$")     # a comma beside a letter or an empty field (not "1,234,567")


_WIDE_CELL = re.compile(r"\S+(?: \S+)*")
_SERIAL_WORD = re.compile(r"(?:Sl|Sr|S|No)\.?|#")
_SERIAL_HEAD = re.compile(r"(?P<serial>(?:Sl|Sr|S)\.?(?:\s?No\.?)?|No\.|#)\s+(?P<rest>(?!No\b)[A-Za-z].*)")


def stacked_header(upper: str, lower: str) -> Optional[list[str]]:
    """A fixed-width header printed on two lines ("Sl.  Name of Candidate  Party  EVM  Postal  Total  % of" over
    "No.  Votes  Votes  Votes  Votes"): the lower words finish the rightmost columns (figures' headings wrap; the
    page's long space runs are capped, so positions do not line up), a "No." the serial column."""
    tops = [m.group() for m in _WIDE_CELL.finditer(upper)]
    lows = [m.group() for m in _WIDE_CELL.finditer(lower)]
    if len(tops) < 3 or not lows:
        return None
    if _SERIAL_WORD.fullmatch(lows[0]) and _SERIAL_WORD.match(tops[0]):
        tops[0], lows = f"{tops[0]} {lows[0]}", lows[1:]
    elif len(lows) >= 2 and lower[:len(lower) - len(lower.lstrip())] == upper[:len(upper) - len(upper.lstrip())]:
        tops[0], lows = f"{tops[0]} {lows[0]}", lows[1:]    # the first column's heading wraps too, under it at the margin:
        # "Name of  Description (if any)  Number" over "Candidate  of Votes"
    if len(lows) >= len(tops):
        return None
    return tops[:len(tops) - len(lows)] + [f"{t} {w}" for t, w in zip(tops[len(tops) - len(lows):], lows)]


_FIELDS_LABEL = re.compile(r"#?\s*(?i:fields|columns)\s*:\s*(?=[^|\t,;]+[|\t,;][^|\t,;]+[|\t,;])")


def split_cells(line: str) -> list[str]:
    """Cells of a pipe, tab or wide-space table line ('' when it is not one)."""
    stripped = line.strip().strip("|").strip()
    if stripped[:1] == "#" or stripped[:1].lower() in "fc":
        stripped = _FIELDS_LABEL.sub("", stripped, count=1)     # a data file's comment naming its columns: "# Fields: ContestID|ContestName|..."
    if stripped.startswith("(") and stripped.endswith(")") and stripped.count(" / ") >= 2 and "(" not in stripped[1:-1]:
        stripped = stripped[1:-1].strip()       # a table's columns told in brackets: "(Party / % of national ballot / seats 2024)"
    if "\n" in stripped:
        if "\n\n" in stripped and stripped.count("\n\n") * 3 <= stripped.count("\n"):
            return [c.strip() or "–" for c in stripped.split("\n")]    # one cell per line, a blank line an empty cell ("Deanna Faircloth" / "" / "3,380")
        return [c.strip() for c in stripped.split("\n") if c.strip()]      # a row of a table flattened one cell per line (document.merge_vertical_tables;
        # double-spaced too)
    if stripped.count(" ▸ ") >= 2:
        return [c.strip() for c in stripped.split(" ▸ ")]     # "Guildford ▸ Zöe Franklin ▸ Liberal Democrat ▸ maj 8,429"
    if '"' in stripped and "|" not in line and "\t" not in line and _QUOTED_CSV.fullmatch(stripped):
        return [c.strip() or "–" for c in next(csv.reader([stripped]))]     # '"241 MUHORONI","Fredrick Otieno Ouma","ODM","24,877"': quoted CSV
        # (and '2026-05-07,E05011402,Kirkstall Bridge,...,"Labour and Co-operative Party",1302,N': a field quoted where it must be)
    if ";" in stripped and "|" not in line and "\t" not in line and stripped.count(";") >= 3 and "; " not in stripped:
        return [_DECIMAL_COMMA_CELL.sub(r"\1.\2", c.strip()) or "–" for c in stripped.split(";")]
        # a semicolon CSV, a European export whose decimals take the comma: "Sherbrooke;1;Bélanger, Maude-Éliane;QS;14 872;36,60"
    if "|" not in line and "\t" not in line and stripped.count(",") >= 2 and ", " not in stripped \
            and _CSV_SEAM.search(stripped) and '"' not in stripped:
        return [c.strip() or "–" for c in stripped.split(",")]     # "Chris Kane,Scottish Labour,16856,33.9": pasted CSV
    if "|" not in line and "\t" not in line and "  " not in stripped and "..." not in stripped and "…" not in stripped \
            and " .. " not in stripped \
            and not (("—" in stripped or "–" in stripped) and len(_SPACED_DASH.findall(stripped)) >= 2):
        if stripped.count(" - ") >= 3 and "(" not in stripped and (_DIGIT.search(stripped) or _dashed_header(stripped)):
            return [c.strip() for c in _HYPHEN_SPLIT.split(stripped)]    # "DUP - Jim Shannon - 15,559 - 40.0", "Candidate - Party - Votes - %"
        if stripped.count(" / ") >= 3 or stripped.count(" / ") == 2 and len(stripped) <= 60:
            return [c.strip() for c in stripped.split(" / ")]    # "Shirley Adeyemi / Labour / 17,115 (30.9%) / 6,214 / 23,329 ELECTED"
        return []
    # A line with pipes or tabs is split on them only: a dash inside a cell is part of it
    # ("Plaid Cymru – The Party of Wales").
    splitter = _STRONG_SPLIT if ("|" in stripped or "\t" in stripped) else _CELL_SPLIT
    cells = [_EMPHASIS.sub(r"\1", c.strip()) for c in splitter.split(stripped)]
    return [c for c in cells if c not in ("", "·", "•")]       # ("Majority 4,535  ·  Turnout 61.6%")


def _dashed_header(line: str) -> bool:
    """A header whose cells a spaced hyphen parts ("Candidate - Party - Votes - %"): its first cell names the
    candidate or party column, and every cell is a word or two (not a menu's "Home - News - Sport - Weather")."""
    cells = [c.strip() for c in _HYPHEN_SPLIT.split(line)]
    return cells[0].lower() in FIRST_COLUMN_WORDS and all(len(c.split()) <= 2 for c in cells)


SPACED_FIGURE = re.compile(r"[+\-−]?\d[\d,]*(?:\.\d+)?%?|[–—-]")     # "160", "+3", "32.6%", "–" in a row flattened to single spaces
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")


FIRST_COLUMN_WORDS = frozenset(phrase.split()[0] for role in ("name", "party") for phrase in _HEADER_WORDS[role]) | {"political"}


def spaced_header(line: str) -> Optional[list[str]]:
    """The cells of a header flattened to single spaces ("Party Seats 2019 Change Popular vote"):
    column words, years, and at most one phrase of other words."""
    words = line.split()
    if not 3 <= len(words) <= 12 or words[0].lower() not in FIRST_COLUMN_WORDS:
        return None     # (its first column names the candidate or the party: most lines stop here)
    cells: list[str] = []
    other, i = None, 0
    while i < len(words):
        if other is not None and other == len(cells) - 1 and words[i][:1].islower():
            cells[-1] += " " + words[i]      # "Popular vote": an unknown column's name goes on in lower case
            i += 1
            continue
        for n in (3, 2, 1):
            phrase = " ".join(words[i:i + n])
            known = _cell_role(phrase) if n == 1 else any(phrase.lower() in w for w in _HEADER_WORDS.values()) \
                and not (words[min(i + n, len(words)) - 1] == "%" and _cell_role(words[i]))      # "Votes %": two columns when both are
            if i + n <= len(words) and (known or _YEAR_CELL.fullmatch(phrase)):
                cells.append(phrase)
                i += n
                break
        else:
            if other is not None:
                return None
            other = len(cells)
            cells.append(words[i])
            i += 1
    hm = header_map(cells) if len(cells) >= 3 else None
    return cells if hm and hm.columns[0] in ("party", "name") and other != 0 else None


def spaced_text_columns(cells: list[str]) -> int:
    """How many of a spaced header's first columns hold words: the name, or the name and the party
    ("Candidate Party Votes % Swing": two); every column after them holds one figure."""
    roles = [_cell_role(c) for c in cells[:2]]
    return 2 if len(cells) > 3 and {roles[0], roles[1]} == {"name", "party"} else 1


def split_spaced_row(line: str, cells: list[str]) -> Optional[list[str]]:
    """A row under a spaced header: the name, then one figure per remaining column ("NDP 25 24 +1 17.8%");
    under a name and a party column, the words split where a known party's name begins (or ends,
    when the party comes first): "Gisele Kapterian Liberal 44,012 41.6 -3.4"."""
    words = line.split()
    lead_cols = spaced_text_columns(cells)
    k = len(cells) - lead_cols
    if k < 1 or len(words) <= k or not all(SPACED_FIGURE.fullmatch(w) for w in words[-k:]):
        return None
    lead = words[:-k]
    if _DIGIT.search(" ".join(lead)):
        return None
    if lead_cols == 1:
        return [" ".join(lead)] + words[-k:]
    party_first = _cell_role(cells[0]) == "party"
    splits = range(len(lead) - 1, 0, -1) if party_first else range(1, len(lead))
    for j in splits:        # (the longest known party: "Liberal Democrats", not "Democrats")
        name, party = (lead[j:], lead[:j]) if party_first else (lead[:j], lead[j:])
        if parties().canonical(" ".join(party)):
            text_cells = [" ".join(party), " ".join(name)] if party_first else [" ".join(name), " ".join(party)]
            return text_cells + words[-k:]
    return None


_CAMEL_SEAM = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _uncamel(cell: str) -> str:
    """One camelCase word split at its seams ("RaceName" -> "Race Name"); anything else as it was."""
    return _CAMEL_SEAM.sub(" ", cell.strip()) if " " not in cell.strip() and _CAMEL_SEAM.search(cell) else cell


@functools.lru_cache(maxsize=4096)
def _cell_role(cell: str) -> Optional[str]:
    """The column a header cell names ("Votes cast" -> votes, "Ymgeisydd / Candidate" -> name), if any."""
    cell = _uncamel(cell)       # an export's "RaceName", "PercentOfTotalVotes"
    low = _HEADER_MARK.sub("", _FOOTNOTE.sub("", cell)).lower().strip(" :/")       # ("Pleidleisiau /" over "Number of Votes")
    glued = low.split("_") if "_" in low and " " not in low else []
    if glued:
        low = low.replace("_", " ")     # a data file's column: "ward_name", "ballot_papers_issued"
    if ":" in low and _DIGIT.search(low):
        return None         # a labelled value, "Pleidleisiau / Votes: 687", is a row's cell, no header's
    if low not in ("%", "+/-", "±", "±%") and low.endswith(")"):
        low = re.sub(r"\s*\((?:%|pts?|points|no\.?)\)\s*$", "", low)      # "Share (%)", "Change (pts)"
        low = re.sub(r"^(candidates?|name)\s*\([^()]*\)$", r"\1", low)      # "Candidate (Surname, Other names)"
    bare = re.sub(r"\s*\([^()]{1,30}\)$", "", low) if low.endswith(")") else low     # "Party position (ECI, 4 pm)"
    if " / " in low and any(p.strip() in _HEADER_WORDS["name"] for p in low.split(" / ")):
        return "name"       # "Office / Candidate": the office heads its rows' group, the candidate each row
    for part in [low, low.rstrip("."), bare] + ([p.strip() for p in low.split(" / ")] if " / " in low else []) \
            + (glued[-1:] if len(glued) == 2 else []):   # "Ymgeisydd / Candidate", "1st pref."; a bilingual file's "ymgeisydd_candidate"
        role = next((r for r, words in _HEADER_WORDS.items() if part in words), None)
        if role:
            return role
    return _role_by_words(low)


def header_map(cells: list[str]) -> Optional[HeaderMap]:
    """Column roles when ``cells`` is a header row ("Candidate | Party | Votes | % | +/-")."""
    if any(_COUNT_CELL.fullmatch(c.strip()) for c in cells):
        return None         # a row of figures is no header: "Plaid Cymru | Ann Davies | 15,520 | 34.0% | +3.4 | ELECTED"
    serial = _SERIAL_HEAD.fullmatch(cells[0].strip()) if cells and len(cells) >= 3 else None
    if serial:
        cells = [serial.group("serial"), serial.group("rest"), *cells[1:]]     # "Sl. Name of Candidate": the serial's column, then the name's
    roles = [_cell_role(cell) or "other" for cell in cells]
    names = [_uncamel(c).lower().strip(" :") for c in cells]        # (an export's "CandidateSurname" is the "candidate surname" column)
    _latest_years_columns(names, roles)
    _party_vote_table_beside(roles)
    known = [r for r in roles if r != "other"]
    versions = [bool(_FINAL_COLUMN.search(n)) for n in names]
    if len(known) < 2 and len(cells) >= 2 and any(versions) and any(_FIRST_COLUMN.search(n) for n in names):
        # "Declared 8 Nov 2024 | Determined by court 13 Mar 2025": the same count twice; the final one is the result
        return HeaderMap(["votes" if v else "other" for v in versions], names, align_right=True)
    if len(known) < 2 and any(n in _NOT_RESULT_COLUMNS or _SEATS_TO_FILL.search(n) for n in names) and not any(_DIGIT.search(c) for c in cells):
        return HeaderMap(["other"] * len(cells), names)     # "Polling station | Address | Electors": no result rows below
        # (nor under a notice's "Electoral division | Number of county councillors to be elected")
    if set(known) <= {"place"} and len(cells) >= 3 and any(n.startswith("notional") for n in names):
        return HeaderMap(["other"] * len(cells), names)     # "New seat | Electorate | Notional 2019 winner | Notional majority": estimates
    if len(known) >= 2 and not set(known) <= {"share", "change"}:     # ("% | Change": no column says whose)
        return HeaderMap(roles, names, align_right=set(roles) <= {"votes", "share", "change"} and roles.count("votes") == 1)
        # (figures' headings only, "TOTAL VOTES  %": a county report's, over its rows' names; "First preferences  Votes  %"
        # heads the names too)
    return None


def wider_header(header: HeaderMap, ncells: int) -> Optional[HeaderMap]:
    """The header again with a cell of two known headings set one space apart ("MAJ TURNOUT") made two, when that
    gives the rows' number of cells."""
    names = [part for name in header.names for part in _two_headings(name)]
    return header_map(names) if len(names) == ncells != len(header.names) else None


def _two_headings(cell: str) -> list[str]:
    words = cell.split()
    if len(words) == 2 and _cell_role(cell) is None and all(_cell_role(w) for w in words):
        return words
    return [cell]


def _party_vote_table_beside(roles: list[str]) -> None:
    """"Candidate | Party | Votes | Party | Votes | %": an electorate's party-vote table printed beside its
    candidate table (New Zealand); the columns from its second "Party" on are the other table's."""
    if "name" not in roles or "party" not in roles:
        return
    first = roles.index("party")
    again = next((i for i in range(first + 1, len(roles)) if roles[i] == "party" and "votes" in roles[first:i]), None)
    if again is not None:
        roles[again:] = ["other"] * (len(roles) - again)


_YEARED_CELL = re.compile(r"(?P<a>.*?)\s*\b(?P<year>(?:19|20)\d\d)\b\s*(?P<b>.*)")


def _latest_years_columns(names: list[str], roles: list[str]) -> None:
    """Columns named with years ("Votes 2024 | Elected? | Votes 2021"): the latest year's are this
    election's, the rest another's. Only for a role no column without a year already has."""
    dated = [(i, m) for i, n in enumerate(names) if roles[i] == "other" and (m := _YEARED_CELL.fullmatch(n))]
    if not dated:
        return
    latest = max(int(m.group("year")) for _, m in dated)
    for i, m in dated:
        role = _cell_role((m.group("a") + " " + m.group("b")).strip()) if int(m.group("year")) == latest else None
        if role in ("votes", "share", "seats") and role not in roles:     # ("seats 2024 | seats 2019")
            roles[i] = role


# Two versions of one count side by side: the one first declared, and the one that stands.
_FIRST_COLUMN = re.compile(r"\b(?:declared|original|initial|provisional|on\s+the\s+night|as\s+first\s+read)\b")
_FINAL_COLUMN = re.compile(r"\b(?:after\s+(?:the\s+)?recount|recount\s+result|corrected|revised|amended|determined|certified"
                           r"|by\s+(?:the\s+)?court)\b")
# Columns of tables about an election that are no result: polling stations, hours, electorates.
_SEATS_TO_FILL = re.compile(r"\bto\s+be\s+elected\b|\bnumber\s+of\s+(?:seats|vacancies|councillors|members)\b|\bvacancies\b")
_NOT_RESULT_COLUMNS = frozenset({"address", "electors", "registered electors", "polling station", "polling district",
                                 "venue", "location", "opening hours", "hours", "occupation", "age", "station",
                                 "station number", "situation of polling station", "home address"})


def _looks_like_name(text: str, is_party: Callable[[str], bool]) -> bool:
    text = text.strip()
    text = _latin_only(text) if not text.isascii() else text       # (a bilingual portal's name in two scripts)
    if not text or len(text) > 60 or any(ch.isdigit() for ch in text) or is_party(text):
        return False
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 6 or len(words) >= 3 and all(len(w) == 1 for w in words):
        return False        # (a page's letter-spaced banner: "W A R D  3  -  C O L D S I D E")
    lows = [w.lower().strip(".") for w in words]
    if any(w in _NEVER_IN_NAMES for w in lows) or all(w in _stopwords() for w in lows):
        return False        # "Projected seats", "Vote share", "Full result"
    if _BALLOT_CHOICE.fullmatch(text):
        return False        # a ballot measure's "Yes", "For Bonds", "Against the levy"
    if any(w.endswith(("'s", "’s")) for w in words):
        return False        # a possessive is a sentence's: "Labour's Jade Botterill unseats Mark Eastwood"
    caps = [w for w in words if w[:1].isupper() or w in _PARTICLES]      # ("Udo van den Brock")
    return len(caps) >= max(1, len(words) - 1) and len(words) >= 2 or (len(words) == 1 and "," in text)


_PARTICLES = frozenset("van den der de del della di da du le la von bin al ap ní nic ó ua".split())


# Words of table and page furniture that never belong to a person's name.
_STAGE_TAIL = re.compile(r"\s*,?\s*(?:on\s+)?(?:the\s+)?(?:(?:count|ct\.?|stage)\s+\d{1,2}|" + ORDINAL + r"\s+(?:count|stage))\s*$", re.I)
# A sitting member's post-nominal in brackets after the name: "Warren Keogh (MP)" (no party).
MEMBER_POSTNOMINAL = r"\((?:MP|MSP|MS|MLA|MHA|MPP|TD|MEP)\)"
_MEMBER_SUFFIX = re.compile(r"\s*" + MEMBER_POSTNOMINAL + r"(?=\s*$)")
_BALLOT_CHOICE = re.compile(r"(?i:(?:yes|no|for|against)(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:bonds?|levy|tax|proposition|amendment|measure|question|issue|recall|retention))?"
                            r"|(?:bonds?|levy|tax|proposition|amendment|measure)\s+(?:approved|rejected|adopted|defeated))")   # ("FOR THE TAX LEVY", "Levy Approved")
_NEVER_IN_NAMES = frozenset({"seats", "votes", "vote", "results", "result", "share", "majority", "turnout",
                             "projected", "declared", "change", "swing", "total", "electorate", "others", "party",
                             "nota", "rejected", "spoilt", "spoiled", "invalid", "informal", "write-in", "write-ins",
                             "write in", "write ins", "scattering", "blank", "blanks", "exhausted", "none of the above",
                             "gain", "hold", "maj", "hut", "scout", "portakabin", "pavilion", "centre", "center",
                             "library", "institute", "chapel", "doubt", "undecided", "vacant", "uncalled", "called",
                             "signatures", "signature", "signing", "signed", "eligible", "needed", "valid", "electors",
                             "registered", "ballots", "ballot", "papers", "postal", "polling", "stations", "sheets",
                             "formal", "ordinary", "early", "absent", "provisional",     # (an AEC page's vote-type rows)
                             "candidate",       # (an explainer's "Candidate B (party Y): 35,000")
                             "research", "survey", "surveys", "insights", "analytics", "pollster", "pollsters",     # (a table of exit polls' agencies)
                             "plaid",       # (Welsh "party": a list's "Gwlad - Plaid Annibyniaeth Cymru ..... 1,420")
                             "voting", "districts", "precincts", "wards",      # (a portal's "Voting districts | 6": its count's progress)
                             "undervotes", "overvotes", "under votes", "over votes",     # (a county summary's ballot counts)
                             "null and void", "total valid", "total valid votes", "void"})      # (a tally sheet's)


def _single_name(name: str, party: str, is_party: Callable[[str], bool]) -> bool:
    """'Mahadevaiah (BSP) 18,220', 'ARKWRIGHT (Ref) 1033': one capitalised word is a name when a known party follows it."""
    name = name.strip()
    return (" " not in name and len(name) > 2 and name[:1].isupper() and (not name.isupper() or len(name) > 3) and name.isalpha()
            and is_party(party) and not is_party(name) and name.lower() not in _stopwords()
            and name.lower() not in _NEVER_IN_NAMES)


def _stopwords() -> set:
    from .names import _lists
    return _lists()["stopwords"]


_CAPS_FIRST = re.compile(r"^(?P<last>[A-ZÀ-ÞĀ-ž][A-ZÀ-ÞĀ-ž'’-]+(?:\s+[A-ZÀ-ÞĀ-ž][A-ZÀ-ÞĀ-ž'’-]+)*)\s+(?P<first>[A-ZÀ-ÞĀ-ž][a-zß-ÿĀ-ž].*)$")
# (Latin Extended-A mixes capitals and small letters: the match is checked for case, "KMIEĆ Tomasz", "POBŁOCKI Mirosław")


def _latin_only(text: str) -> str:
    """A bilingual page's name without its other script: 'Sunil Kumar Adhikari सुनिल कुमार अधिकारी' -> 'Sunil Kumar Adhikari'."""
    words = text.split()
    kept = [w for w in words if LATIN_LETTER.search(w) or not any(ch.isalpha() for ch in w)]
    return " ".join(kept) if len(kept) < len(words) and any(LATIN_LETTER.search(w) for w in kept) else text


def _name(text: str) -> str:
    """Reading order for declarations: 'CROSBIE, Virginia' and 'ARMITAGE Alex' -> 'Virginia Crosbie', 'Alex Armitage'."""
    text = _INCUMBENT_PREFIX.sub("", WINNER_PREFIX.sub("", _LEADER_DOTS.sub("", text).strip().strip("-–—*•").strip()))    # ("Jane Smith ......", "i-Carl Whitby")
    text = _latin_only(text) if not text.isascii() else text
    text = _INCUMBENT_MARK.sub("", text) if "(" in text else text        # "Bruce A. Blakeman (i)": a mark, no part of the name
    first_word = text.split(",")[0].strip()
    if "," in text and (first_word.replace("-", "").replace(" ", "").replace("'", "").isupper()
                        or re.fullmatch(r"(?:[A-ZÀ-Þ][\w'’-]+|[ÓÚ]\s+[A-ZÀ-Þ][\w'’-]+)(?:\s+[A-ZÀ-Þ][\w'’-]+)?,\s*[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]+)?", text)):
        return flip_surname_first(text)          # "CROSBIE, Virginia", "Smith, Jane", "Williams Westwood, Anna"
    m = _CAPS_FIRST.match(text)
    if m and len(m.group("last")) > 1 and m.group("last").isupper() and m.group("first")[0].isupper() and m.group("first")[1].islower():
        return flip_surname_first(f"{m.group('last')}, {m.group('first')}")
    words = text.split()
    if len(words) > 1 and text.isupper():
        return " ".join(_title(w, short=True) for w in words)     # "AMY KETTYLES": a capitalised line, not an abbreviation
    return " ".join(_title(w) for w in words)


_LETTER_RUN = re.compile(r"[^\W\d_]+")
_STAR_EMPHASIS = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]{0,60}?\S)?)\*(?![\w*])")


def _title(word: str, short: bool = False) -> str:
    """'SMITH' -> 'Smith' (capitals are a layout choice, not part of the name); 'AI', 'McDonald' stay."""
    if (len(word) > 3 or short and len(word) > 1) and word.isupper():
        return _LETTER_RUN.sub(lambda m: m.group()[:1] + m.group()[1:].lower(), word)    # "O'NEILL-SMITH" -> "O'Neill-Smith"
    return word


# Outcome badges inside a name cell: "LAB GAIN", "CON HOLD", "· Conservative hold".
_BADGE = re.compile(r"\s*(?:·\s*)?\b(?:[A-Z]{2,5}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:GAIN|HOLD|gain|hold)\b\s*")
_BRACKETED_MARK = re.compile(r"\((?:(?:[^()]*\s)?(?<![Nn]ot\s)elected\b[^()]*|\s*(?:won|winner|wins)\s*)\)", re.I)   # "(Won)"
_NAME_PARTY = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<party>[^()\d]+(?:\([^()\d]{1,12}\))?)\)\s*$")     # ("(Scottish National Party (SNP))")
_PARTY_VOTES = re.compile(r"^(?P<party>[^\d|]{2,60}?)\s*[–—-]\s*(?P<votes>" + _NUM + r")$")
YES_CELL = re.compile(r"(?i:yes|y|elected|won|winner|oui|élu|élue|elu|elue)|[✓✔☑✅xX*]")
_BADGE_AFTER_FIGURES = re.compile(r"(?<=[\d%)])\s*[·|]?\s*\(?\s*(?:[Ii]ncumbent|INCUMBENT|[Ii]nc\.)\s*\)?(?=\s*(?:[✓✔*]|\(?[Ee]lected\b|ELECTED|$))")
_WON_AFTER_MARK = re.compile(r"\s+(?:won|WON|Won)\s*$")
_DECIMAL_CELL = re.compile(r"\s*\d{1,3}\.\d{1,2}\s*%?\s*$")
_INCUMBENT_BADGE = re.compile(r"(?<=[a-z])\s+(?:INC|Inc\.?|INCUMBENT|Incumbent)$")
STATUS_NAMES = {"status", "result", "outcome"}
WON_CELL = re.compile(r"won|winner|wins|elected", re.I)
_INCUMBENT_CELL = re.compile(r"INCUMBENT|Incumbent|\((?:i|inc\.?|incumbent)\)", re.I)
_AP_INCUMBENT = re.compile(r"\(i\)|(?<=[a-zà-ÿ])\s+i$")       # AP's "Emerson Vail (i)" (lower case: "(I)" is an independent); a card's "Lyle Brandt i"
_VOTES_SHARE = re.compile(r"^(?P<votes>" + _NUM + r")(?:(?:\s+votes?)?\s*\(\s*(?P<share>" + _PCT + r")\s*%?\s*\)"
                          r"|(?:\s+votes?)?(?:\s*[,–—-]\s*|\s+)(?P<share2>" + _PCT + r")\s*(?:%|per\s?cent))$")        # "19,842 votes · 41.6%", "14,832 - 72 percent", "1,502 votes (43.3%)"


_LABELLED_CELL = re.compile(r"(?P<label>[^:|\d]{1,40}?)\s*(?::\s*|\s+(?=\d))(?P<value>\S.*)")     # ("Votes 20,336")
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+")


def ungroup_spaces(cell: str) -> str:
    """A count whose thousands are grouped by spaces, as a spreadsheet pastes it ("13 527"), as digits."""
    return re.sub(r"\D", "", cell) if _SPACE_GROUPED.fullmatch(cell.strip()) else cell


NO_PARTY_CELL = re.compile(r"\(?\s*(?:none|no\s+description|no\s+party|non-party|n/a|nonpartisan|non-partisan)\s*\)?", re.I)


_SURNAME_COLUMN = frozenset({"surname", "last name", "family name", "surname of candidate", "candidate surname", "candidate last name"})
_FORENAMES_COLUMN = frozenset({"other names", "other name", "forenames", "forename", "first name", "first names",
                               "given names", "given name", "christian names", "candidate forenames", "candidate forename",
                               "candidate first name", "candidate first names", "candidate other names", "candidate given names"})   # (a data file's "candidate_forenames")


def name_in_two_columns(cells: list[str], header: HeaderMap) -> tuple[list[str], HeaderMap]:
    """"Surname | Other names | Description | Votes": a declaration's name in two columns, joined forenames first."""
    names = header.names
    i = next((k for k, n in enumerate(names) if n.replace("_", " ") in _SURNAME_COLUMN), None)     # (a data file's "first_name")
    j = next((k for k, n in enumerate(names) if n.replace("_", " ") in _FORENAMES_COLUMN), None)
    if i is None or j is None or max(i, j) >= len(cells):
        return cells, header
    surname = cells[i].strip()
    joined = f"{cells[j]} {title_case(surname) if surname.isupper() else surname}".strip()
    keep = [k for k in range(len(cells)) if k != j]
    columns = ["name" if k == i else (header.columns[k] if k < len(header.columns) else "other") for k in keep if k < len(header.columns)]
    return ([joined if k == i else cells[k] for k in keep],
            HeaderMap(columns, [names[k] for k in keep if k < len(names)], header.align_right))


def _candidate_in_party_cell(cells: list[str], header: HeaderMap, is_party) -> tuple[list[str], HeaderMap]:
    """"Reform UK (Sian Prowse)" under "Party (2025 candidate)": the party's cell names its candidate, a column of its own."""
    i = next((k for k, c in enumerate(header.columns) if c == "party"), None)
    if i is None or "name" in header.columns or i >= len(cells):
        return cells, header
    m = _NAME_PARTY.match(cells[i])
    if not (m and is_party(m.group("name").strip()) and _looks_like_name(m.group("party"), is_party)):
        return cells, header
    return (cells[:i] + [m.group("party").strip(), m.group("name").strip()] + cells[i + 1:],
            HeaderMap(header.columns[:i] + ["name"] + header.columns[i:], header.names[:i] + ["candidate"] + header.names[i:], header.align_right))


def _ticker_surname(name: str, party: str, cell: str, is_party: Callable[[str], bool]) -> bool:
    """'ROSALES (D)', 'Dunham (IAP)' in capitals: a surname alone before its party's letter or code."""
    return (re.fullmatch(r"[A-Z]{1,5}", party) is not None and _LONE_SURNAME.fullmatch(name.title()) is not None
            and (len(party) == 1 or name.isupper()) and " (" in cell and not is_party(name) and name.lower() not in _stopwords())


_SERIAL_LEAD = re.compile(r"^\s*\d{1,3}[.)]\s+(?=[A-ZÀ-Þ][\w'’-]*,?\s)")
_STAR_BULLET = re.compile(r"^\s*[*★☆]\s+(?=[A-ZÀ-Þ])")      # (a ticker's "★ ABREGO": its legend says what the star means)


def parse_cells(cells: list[str], header: Optional[HeaderMap], is_party: Callable[[str], bool]) -> Optional[Row]:
    """One table row -> Row, by header roles or, without a header, by what each cell looks like."""
    name = party = None
    votes = share = None
    elected = share_marked = False
    cleaned, lone = [], set()
    cells = [_FOOTNOTE.sub("", c).strip() for c in cells]
    if any(c.count("(") != c.count(")") for c in cells):
        return None         # a dash inside a bracket split it: "Liz Saville Roberts (Plaid Cymru – The Party of Wales) – 21,788"
    if any(DATE_ONLY.fullmatch(c) for c in cells):
        return None         # a masthead: "HUDDERSFIELD & DEWSBURY EXAMINER     Saturday, July 6, 2024        3" (a page number)
    if header and header.columns.count("votes") >= 2 and len(cells) > len(header.columns):
        header = None       # two tables side by side under one header, the candidate's cells first ("Candidates  Votes  Party  Votes"
        # over "CARTER, Graeme  National Party  15,203  National Party  13,118"): the cells say which is which
    if header:
        cells, header = name_in_two_columns(cells, header)
        cells, header = _candidate_in_party_cell(cells, header, is_party)
    if header and len(cells) == len(header.columns) + 1 and ELECTED_MARK.fullmatch(cells[0]):
        cells, elected = cells[1:], True        # "✓ | Aaliyah Mensah-Cole | NDP | 16,842" under a header without the mark's column
    if any(" · " in c for c in cells):      # "Rebecca Paul · CON ✓ | 18,822 · 35.4%": a card's fields, two to a cell
        cells = [part.strip() for c in cells for part in c.split(" · ")]
    cells = [ungroup_spaces(c) for c in cells]     # "13 527" in a cell of its own
    if cells and _STAR_BULLET.match(cells[0]):
        cells = [_STAR_BULLET.sub("", cells[0], count=1)] + cells[1:]     # "* Sushila Devi Rawat (SP) .... 468,221": a list's bullet, no winner's star
    elif cells and len(cells) >= 2 and _SERIAL_LEAD.match(cells[0]):
        cells = [_SERIAL_LEAD.sub("", cells[0], count=1)] + cells[1:]     # "1. GUSTILO, Carlo Jose (NPC) .... 41,220": a canvass's rank
    split_names = []        # where a name's cell also held its party: "Sarah Ouellette (D)"
    for at, cell in enumerate(cells):
        if _BRACKETED_MARK.search(cell):          # "Claire Hughes (Etholwyd / Elected)"
            elected = True
            cell = _BRACKETED_MARK.sub(" ", cell)
        if ELECTED_MARK.search(cell) and not ELECTED_MARK.fullmatch(cell.strip()):
            elected = True
            cell = _WON_AFTER_MARK.sub("", _STAGE_TAIL.sub("", ELECTED_MARK.sub(" ", cell))).strip(" –—-,")      # ("Pat Cullen (Sinn Féin) — elected")
            # ("Ajinkya Suresh Sawant ✔ Won": the badge's word)
            # (and the count it came on: "2,244 - ELECTED Count 1")
        if _BADGE.search(cell) and not _BADGE.fullmatch(cell):
            elected = True
            cell = _BADGE.sub(" ", cell)
        if WINNER_PREFIX.match(cell):
            elected = True
            cell = WINNER_PREFIX.sub("", cell)
        cell = _INCUMBENT_PREFIX.sub("", _MEMBER_SUFFIX.sub("", cell))      # ("Warren Keogh (MP)": the sitting member, no party)
        if _INCUMBENT_BADGE.search(cell) and len(cells) >= 3 and any(is_party(c.strip()) for c in cells):
            cell = _INCUMBENT_BADGE.sub("", cell)       # "Laila Haddad INC" | "Democratic": a badge (beside no party cell, "INC" is India's Congress)
        cell = " ".join(_INCUMBENT_MARK.sub(" ", _AP_INCUMBENT.sub(" ", cell)).replace("·", " ").split())
        if not cell and elected:
            continue        # a cell that was only the winner's badge: "✓ Elected"
        if header and len(cells) == len(header.columns) and header.names[at] in STATUS_NAMES and WON_CELL.fullmatch(cell):
            elected = True      # an ECI table's "Status" column: "WON" / "LOST"
        elif header is None and at == len(cells) - 1 and at >= 2 and cell in ("WON", "LOST"):
            elected = elected or cell == "WON"      # a portal's row without its header: "RAGHUVEER SINGH SHAKYA | SP | 5,03,142 | 47.76% | WON"
            continue
        if (_INCUMBENT_CELL.fullmatch(cell) or ELECTED_MARK.fullmatch(cell)) and header and len(cells) > len(header.columns) \
                and 0 < at < len(cells) - 1:
            elected = elected or ELECTED_MARK.fullmatch(cell) is not None
            continue        # a results box's badge in a cell of its own beside the name, which the header has no column for:
            # "Rana Khoury" / "INCUMBENT" / "Liberal" / "ELECTED" / "31,402"
        labelled = _LABELLED_CELL.fullmatch(cell)
        if labelled and _cell_role(labelled.group("label")) in ("name", "party", "votes", "share"):
            cell = labelled.group("value")      # "Plaid / Party: Plaid Cymru", "Pleidleisiau / Votes: 687"
        dashed = _SPACED_DASH.split(cell)
        if len(dashed) == 2 and is_party(dashed[1].strip()) and _looks_like_name(dashed[0], is_party):
            cleaned += [dashed[0].strip(), dashed[1].strip()]      # "Jasmine Oduya — Ontario NDP"
            continue
        hometown = _PARTY_HOMETOWN.match(cell)
        if hometown and is_party(hometown.group("party")) and _looks_like_name(hometown.group("name"), is_party):
            cleaned += [hometown.group("name").strip(), hometown.group("party")]
            continue
        np_ = _NAME_PARTY.match(cell) if "(" in cell and not is_party(cell) else None     # (not "Pakistan Muslim League (N)": a party's name)
        vs = _VOTES_SHARE.match(cell)
        pv = _PARTY_VOTES.match(cell)
        comma = cell.rsplit(",", 1) if "," in cell else None
        if np_ and _looks_like_name(np_.group("name"), is_party) and len(np_.group("party").strip()) == 1 \
                and not is_party(np_.group("party")):
            cleaned.append(np_.group("name"))       # "Kevin O'Rourke (I)" under "(I) = incumbent": a key's mark, no party
        elif np_ and (_looks_like_name(np_.group("name"), is_party)
                      or (is_party(np_.group("party")) or re.fullmatch(r"[A-Z]{1,5}", np_.group("party").strip()))
                      and _LONE_SURNAME.fullmatch(np_.group("name").strip())):
            if not _looks_like_name(np_.group("name"), is_party) and (is_party(np_.group("party")) or len(np_.group("party").strip()) == 1):
                lone.add(np_.group("name"))     # (a surname alone: a party's code or letter makes it a candidate's)
            cleaned += [np_.group("name"), np_.group("party")]     # ("Mancuso (ALP)", AP agate's "Kowalczyk (D)": a table's surname and party code)
            split_names.append(at)
        elif np_ and _ticker_surname(np_.group("name").strip(), np_.group("party").strip(), cell, is_party):
            lone.add(np_.group("name").strip())         # a ticker's "ROSALES (D) (i) ........ 612,044": a surname and its party's letter
            cleaned += [np_.group("name").strip(), np_.group("party").strip()]
        elif comma and is_party(comma[1].strip()) and _looks_like_name(comma[0], is_party):
            cleaned += [comma[0].strip(), comma[1].strip()]     # "ARMITAGE Alex, Scottish Green Party"
        elif vs:
            cleaned += [vs.group("votes"), vs.group("share") or vs.group("share2") + "%"]
        elif pv and is_party(pv.group("party")):
            cleaned += [pv.group("party"), pv.group("votes")]       # "Liberal Democrats – 2,418"
        else:
            cleaned.append(cell)
    if header and not header.align_right and len(cleaned) == len(cells) + 1 == len(header.columns) + 1 and len(split_names) == 1 \
            and header.columns[split_names[0]] == "name" and "party" not in header.columns:
        at = split_names[0] + 1     # the party beside the name, in a column of its own ("Candidate | Morristown | ... | Total")
        header = HeaderMap(header.columns[:at] + ["party"] + header.columns[at:], header.names[:at] + ["party"] + header.names[at:])
    elif len(cleaned) != len(cells) and not (header and header.align_right):
        header = None
    cells = cleaned
    roles = header.columns if header and len(header.columns) >= len(cells) - 1 else None
    if header and header.align_right:
        roles = [None] * (len(cells) - len(header.columns)) + header.columns if len(cells) > len(header.columns) else None
    for i, cell in enumerate(cells):
        role = roles[i] if roles and i < len(roles) else None
        if ELECTED_MARK.fullmatch(cell.strip()):
            elected = True
            continue
        if role == "winner" and roles and "name" in roles:
            if YES_CELL.fullmatch(cell.strip()):
                elected = True      # "Elected" column: "Yes", "✓"
            continue
        if role in ("change", "seats", "other", "year") and roles:
            continue
        if role is None and name is None and re.fullmatch(r"(?:19|20)\d\d", cell):
            continue          # an election year before the name: "1997 | Barbara Follett | Labour"
        if _SIGNED.match(cell):
            continue
        mark = ELECTED_MARK.search(cell)
        if role == "name" or (role is None and name is None and (cell in lone or _looks_like_name(cell, is_party))):
            if mark:
                elected = True
                cell = ELECTED_MARK.sub("", cell).strip(" ()")
            name = _name(cell)
        elif role == "party" and votes is None and _INT_CELL.match(cell) and name and _looks_like_name(name, is_party) \
                and not any(w.lower().strip("().,") in _stopwords() for w in name.split()):
            votes = parse_int(re.match(r"^(" + _NUM + r")", cell).group(1))     # a row without its description cell
        elif role == "party" and NO_PARTY_CELL.fullmatch(cell):
            party = None        # "None", "(no description)": a candidate without a party
        elif role == "party" or (role is None and party is None and (not any(c.isdigit() for c in cell) or is_party(cell))):
            # (a party's name may start with a figure: "100% Redress Party")
            party = cell[1:-1].strip() if cell.startswith("(") and cell.endswith(")") else cell     # "(R)" is R
        elif role == "votes" and _DECIMAL_CELL.match(cell):
            continue        # "0.56" under "Votes" (a row shifted by its empty cells): a share, never 0 votes
        elif role == "votes" or (role is None and votes is None and _INT_CELL.match(cell)):
            digits = re.match(r"^(" + _NUM + r")", cell.strip())
            votes = parse_int(digits.group(1)) if digits else None
            if mark:
                elected = True
        elif role == "share" or (role is None and share is None and _PCT_CELL.match(cell)):
            m = _PCT_CELL.match(cell)
            share = parse_float(m.group(1) or m.group(2)) if m else None
            share_marked = share_marked or role == "share" or cell.endswith("%")
    if votes is None and share is not None and share_marked and name and party and is_party(party) and " " in name.strip() \
            and _looks_like_name(name, is_party) and sum(1 for c in cells if _DIGIT.search(c) and not _SIGNED.match(c)) == 1:
        pass        # "Michael Payne, Labour ........ 47.8%": a list of shares without the votes
    elif not name or votes is None or not _looks_like_name(name, is_party) and not re.search(r"[^\W\d_]", name):
        return None
    if any(ch.isdigit() for ch in name) or _CONTEST_ROW.match(name) or (party and _CONTEST_ROW.match(party)):
        return None
    if name.lower() in _NEVER_IN_NAMES or _BALLOT_CHOICE.fullmatch(name.strip()) or (party and _NUM_ONLY.fullmatch(party)) or ":" in name or party == "":
        return None        # "Informal | 1,190 | 3.4" under a five-column header: a count, not a candidate
    if party and not is_party(party) and _a_seat(party) and not _a_seat(name) or _a_seat(name) and " " in name and _looks_like_name(party or "", is_party):
        return None        # "Stockport | Navendu Mishra (LAB) | 21,787": a seat and its winner, not a candidate and a party
    if share is not None and share > 100:
        share = None
    return Row(name, party, votes, share, elected, fmt="cells")


def _a_seat(text: str) -> bool:
    from .gazetteer import places      # (the gazetteer loads its data once; rows is imported before it)
    return places().canonical(text.strip()) is not None


# A winner's badge left at the end of a name: "Julie Minns Elected", "Julie MinnsElected" (a results
# card's badge element glued to the name), "Tim Farron – Winner".
_NAME_BADGE = re.compile(r"(?:\s*[-–—·]?\s*\b(?i:elected|winner)|(?<=[a-z])(?:Elected|Winner|ELECTED|WINNER))\s*[✓✔]?\s*$")


# A mark after the name or party that is no party: "Brent Colley R (i) 18,944", "(incumbent)", "(sitting MP)",
# "Kristin Haugland (write-in) ... 5,118" (not "(I)", an independent beside "(D)" and "(R)").
# (and a runoff's mark: "Brent Calloway (runoff)", no party)
_INCUMBENT_MARK = re.compile(r"(?<=\S)\s*\(\s*(?:(?-i:i)|(?i:inc\.?|incumbent|sitting\s+(?:MP|MPP|MLA|member|councillor)|outgoing|(?:registered\s+|declared\s+)?write-in"
                             r"|run-?off|advances(?:\s+to\s+run-?off)?|unopposed|uncontested))\s*\)(?=\s|$|[.,;])")    # ("Megan Tate (unopposed)")


# Last time's share after this one's, at the row's end: "ANC - Sipho Mkhize - 1,842 - 56.1% (2021: 72.4%)".
_OTHER_FIGURE_AFTER = re.compile(r"(?<=%)\s*\((?:19|20)\d\d\s*[:=]\s*\d{1,3}(?:\.\d+)?\s*%\)\s*$"
                              r"|(?<=[%)])\s*\[(?:(?:19|20)\d\d\s*[:=]\s*)?\d{1,3}(?:\.\d+)?\s*%\]\s*$"   # "1,236 (32.1%) [58.4%]": last time's share
                              r"|(?<=\d)\s*\[(?:19|20)\d\d\s*[:=]\s*\d{1,3}(?:\.\d+)?\s*%\]\s*$"     # (but "388 [33.8%]" is this one's)
                              r"|(?<=[\d%)])\s*\[(?:(?:19|20)\d\d\s*[:=]\s*)?(?:did\s+not\s+stand|new|n/?a|[-–—])\]\s*$"
                              r"|(?<=\d)\s*\((?:validated|official|unofficial|provisional|certified|preliminary|election\s+night)\s*[:=]?\s*[\d,]+\)\s*$"
                              r"|(?<=\d)\s*\((?:19|20)\d\d\s*:\s*[\d,]+\)(?=\s*(?:[–—-]|$))"     # "2,108 (2019: 1,744) – ELECTED": last time's first preferences
                              r"|(?<=\))\*(?=\s)", re.I)     # "Ger Deere (FG)* 2,108": an outgoing member's star
                              # ("20,614 (validated: 20,619)": the other count of the same votes)


_GLUED_CHANGE = re.compile(r"(?<=\d%)[+\-−±]\d{1,3}(?:\.\d+)?(?=\s*$)")


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def parse_row(line: str, is_party: Callable[[str], bool], split_glued: Callable[[str], Optional[tuple[str, str]]]) -> Optional[Row]:
    """A single-line candidate row, or None. ``is_party`` and ``split_glued`` come from the gazetteer."""
    if "(" in line:
        line = _OTHER_FIGURE_AFTER.sub(_blank, _INCUMBENT_MARK.sub(_blank, line))     # (blanked, same length: offsets hold)
    if "%" in line:
        line = _GLUED_CHANGE.sub(_blank, line)      # "45.0%+5.8": a graphic's change glued to its share
    row = _parse_row(line, is_party, split_glued)
    if row:
        badge = _NAME_BADGE.search(row.name)
        if badge and badge.start() > 0:
            row.name, row.elected = row.name[:badge.start()].rstrip(" -–—·"), True
    return row


def _parse_row(line: str, is_party: Callable[[str], bool], split_glued: Callable[[str], Optional[tuple[str, str]]]) -> Optional[Row]:
    if len(line) > ROW_MAX_CHARS or not _DIGIT.search(line) or _COPYRIGHT.search(line):
        return None            # every row format has a vote count (and "Western Mirror Online (c) 2022" is none)
    lead = LEAD_MARK.match(line)
    if lead:                   # "✓ Dana Whitcomb (R) 512,884 51.2%": the winner's tick before the name
        row = _parse_row(line[lead.end():], is_party, split_glued)
        if row:
            row.elected, row.start, row.end = True, row.start + lead.end(), row.end + lead.end()
        return row
    role = ROLE_LABEL.match(line)
    if role:                   # "Winner: Steffan Aquarone, Liberal Democrat - 19,488 (41.4%)", "Runner-up: ..."
        row = _parse_row(line[role.end():], is_party, split_glued)
        if row:
            row.start, row.end = row.start + role.end(), row.end + role.end()
            row.elected = row.elected or bool(role.group("won"))
        return row
    if "*" in line:     # a chat's bold: "*NDC* - Rashid Abubakar Tanko - *41,286* (49.68%)"
        line = _STAR_EMPHASIS.sub(lambda m: f" {m.group(1)} ", line)
    line = _SPACES.sub(" ", line)       # one space between words: no pattern backtracks over a run
    early = _EARLY_MARK.search(line) if "lected" in line or "inner" in line or "LECTED" in line else None
    if early:                  # "Élise Gagnon-Roy (QS), elected, 14,204 votes, 38.3%": the mark before the figures
        row = _parse_row(line[:early.start() + 1] + " " + line[early.end():], is_party, split_glued)
        if row:
            row.elected = True
        return row
    counts = _LATER_COUNTS.search(line) if "lected" in line or "xcluded" in line or "liminated" in line else None
    if counts:                 # "HOGAN, Mary Fianna Fáil 2,406 -467 – – – Elected C1": the first count, its transfers, the outcome
        row = _parse_row(line[:counts.start()].ljust(len(line)), is_party, split_glued)
        if row:
            row.elected = counts.group("mark").lower() == "elected"
        return row
    if line.rstrip().endswith("]"):     # "MK – Aphiwe Tshangana: 11.4% (344 votes) [did not contest]": the last election's note
        line = _LAST_TIME_NOTE.sub(lambda m: " " * len(m.group()), line)
    if "eposit" in line:        # "Daniel Okonjo (Labour): 1,493 – 4.7% – lost deposit": a note after the figures
        line = _DEPOSIT_NOTE.sub(lambda m: " " * len(m.group()), line)
    if "(x)" in line:       # "Lib — Geneviève Lapointe-Roy (x) 25,318": a key's mark (elected or incumbent: the key says which)
        line = line.replace("(x)", "   ")
    if "ncumbent" in line or "nc." in line:     # "26,118 (51.2%) Incumbent ✔ Elected": a badge, blanked in place
        line = _BADGE_AFTER_FIGURES.sub(lambda m: " " * len(m.group()), line)
    pc = PARTY_COLON_ROW.match(line)
    if pc and is_party(pc.group("party").strip()) and _looks_like_name(pc.group("name"), is_party):
        share = pc.group("share")
        return Row(_name(pc.group("name")), pc.group("party").strip(), parse_int(pc.group("votes")),
                   parse_float(share) if share else None, bool(pc.group("mark")), pc.start("party"), pc.end(), "party-colon")
    m = BRACKET_ROW.match(line)
    if m and (_looks_like_name(m.group("name"), is_party) or _single_name(m.group("name"), m.group("party"), is_party)):
        row = _row(m, "bracket")
        name, _, tail = m.group("name").rpartition(",")
        faction = f"{tail.strip()} ({m.group('party').strip()})"
        if name and tail.strip() and is_party(faction) and _looks_like_name(name, is_party):
            row.name, row.party = _name(name), faction      # "Sachin Rambhau Kharade, NCP (SP): 1,10,809"
        return row
    if m and is_party(m.group("name").strip()) and _looks_like_name(m.group("party"), is_party):
        row = _row(m, "bracket")        # "Labour (Marcus Obi) 876 (35.9%, +6.1)"
        row.name, row.party = _name(m.group("party")), m.group("name").strip()
        return row
    m = DASHED_ROW.match(line)
    if m and parties().is_alias(line[m.start("name"):m.end("party")].strip().rstrip(" .…·")):
        m = None        # "Nationalist Congress Party – Sharadchandra Pawar   8": one party's name, dash and all
    if m and _looks_like_name(m.group("name"), is_party) and is_party(m.group("party").strip()):
        return _row(m, "dashed")
    if m and is_party(m.group("name").strip()) and _looks_like_name(m.group("party"), is_party):
        row = _row(m, "dashed")         # "Reform UK - James McMurdock - 12,178"
        row.name, row.party = _name(m.group("party")), m.group("name").strip()
        return row
    m = COMMA_ROW.match(line)
    if m and is_party(m.group("party")) and _looks_like_name(m.group("name"), is_party):
        share = m.group("share")
        return Row(_name(m.group("name")), m.group("party").strip(), parse_int(m.group("votes")),
                   parse_float(share) if share else None, bool(m.group("mark")), m.start("name"), m.end(), "comma")
    m = CODE_ROW.match(line)
    if m and is_party(m.group("party")) and _looks_like_name(m.group("name"), is_party) \
            and not is_party(m.group("party") + " " + _LEADER_DOTS.sub("", m.group("name"))):    # ("Reform UK ......... 5": a party's seats)
        party, name = m.group("party"), m.group("name")
        first, _, rest = name.strip().partition(" ")
        if rest and is_party(f"{party} {first}"):
            party, name = f"{party} {first}", rest      # "Lib Dem Phillip Howells 1,376": the party's second word
        if all(w[:1].isupper() or w in _PARTICLES for w in _LEADER_DOTS.sub("", name).split()):    # (not "Green Andrea Cantrill polled 2,550")
            share = m.group("share")
            return Row(_name(name), party, parse_int(m.group("votes")),
                       parse_float(share) if share else None, bool(m.group("mark")), m.start("party"), m.end(), "code")
    row = _party_first_row(line, is_party)
    if row:
        return row
    m = NAME_ONLY_ROW.match(line)
    if m and line[m.end("name"):m.start("votes")].strip() == ":" and not (m.group("share") or m.group("share2")):
        m = None        # "Liz Caldera: 4,311 (55.0%)" has its share; "Same-day registrations: 3,912" is a count's label
    if m and _looks_like_name(m.group("name"), is_party) and " " in m.group("name").strip() and " - " not in m.group("name") \
            and not any(w.lower() in _stopwords() for w in m.group("name").split()):     # ("McGURK, Kathleen - Sinn Féin - 11,327": a party's)
        row = _row_without_party(m)
        if row.share is None or row.share <= 100:
            return row
    m = GLUED_ROW.match(line.strip())
    if m:
        parts = split_glued(m.group("text"))
        if parts:
            party, name = parts
            return Row(name, party, parse_int(m.group("votes")), parse_float(m.group("share")), False,
                       0, len(line), "glued")
    m = SPACED_ROW.match(line.strip())
    if m:
        row = _spaced_row(m, is_party, len(line))
        if row:
            return row
    m = SHARE_ROW.match(line) if "%" in line or "cent" in line else None
    party = m and (m.group("party") or m.group("party2")).strip()
    if m and is_party(party) and _looks_like_name(m.group("name"), is_party):
        return Row(_name(m.group("name")), party, None, parse_float(m.group("share")), bool(m.group("mark")),
                   m.start("name"), m.end(), "share")
    return _glued_declaration_row(line)


def _party_first_row(line: str, is_party: Callable[[str], bool]) -> Optional[Row]:
    """A row that names the party first, in words the gazetteer knows, and the candidate after it."""
    m = PARTY_FIRST_ROW.match(line) if "%" in line or "–" in line or "—" in line or " - " in line else None
    if m is None:
        return None
    words = m.group("text").split()
    for k in range(len(words) - 2, 0, -1):      # (the longest party first: "Liberal Democrats", not "Liberal")
        party, name = " ".join(words[:k]), " ".join(words[k:])
        if is_party(party) and _looks_like_name(name, is_party) and all(w[:1].isupper() or w in _PARTICLES for w in words[k:]):
            share = m.group("share") or m.group("share2")
            return Row(_name(name), party, parse_int(m.group("votes")), parse_float(share) if share else None,
                       bool(m.group("mark")), m.start("text"), m.end(), "party-first")
    return None


# A declaration's table pasted from a PDF with its cells run together: SURNAME, forenames, description, votes,
# mark ("BRADSHAWKevin AnthonyLabour Party612", "NUTTALLLisa MarieReform UK1,496Elected").
_GLUED_DECLARATION = re.compile(r"\s*(?P<sur>(?:Ma?c|O['’])?[A-Z][A-Z'’-]+(?:[ -](?:Ma?c|O['’])?[A-Z][A-Z'’-]+)*) ?(?P<rest>[A-Z][a-z].*?)"
                                r"(?P<votes>\d{1,3}(?:,\d{3})*|\d+)(?P<mark>Elected|Not elected)?\s*")      # ("ACHESON Paul DavidLabour Party1,412Elected")


_LAST_TIME_NOTE = re.compile(r"\s*\[\s*(?:(?:19|20)\d\d\s*:[^\[\]]{1,30}|did\s+not\s+(?:contest|stand)|new|not\s+contested)\s*\]\s*$", re.I)
_LONE_SURNAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?")
_LATER_COUNTS = re.compile(r"(?<=\d)(?:\s+(?:[+\-−]\d[\d,]*|[–—-]))+\s+(?P<mark>(?:[Nn]ot\s+)?[Ee]lected|Excluded|Eliminated)(?:\s+(?:C|at\s+count\s+)\d{1,2})?\s*$")


def _glued_declaration_row(line: str) -> Optional[Row]:
    m = _GLUED_DECLARATION.fullmatch(line)
    if m is None:
        return None
    rest = m.group("rest")
    for seam in re.finditer(r"(?<=[a-z'’])(?=[A-Z])", rest):     # the forenames end where the description starts
        fore, desc = rest[:seam.start()].strip(), rest[seam.start():].strip()
        if parties().is_alias(desc) or parties().is_alias(re.sub(r"\s+Candidate$", "", desc)):
            return Row(f"{fore} {title_case(m.group('sur'))}", desc, parse_int(m.group("votes")), None, m.group("mark") == "Elected",
                       0, len(line), "glued")
    return None


def _spaced_row(m: re.Match, is_party: Callable[[str], bool], end: int) -> Optional[Row]:
    text = m.group("text")
    elected = bool(ELECTED_MARK.search(text)) or bool(m.group("mark"))
    words = ELECTED_MARK.sub(" ", text).split()
    for k in range(len(words) - 1, 0, -1):          # the longest party name that ends the text
        party, name = " ".join(words[-k:]).strip(","), " ".join(words[:-k]).rstrip(",")    # ("Dawson, Peter Alan, Labour Party, 611")
        if not m.group("share") and any(w[:1].islower() and w not in _PARTICLES for w in name.split()):
            continue        # without a share, only a name: ("Celia Hibbert, of the Independent Network, 1,395" is prose)
        if is_party(party) and _looks_like_name(name, is_party):
            return Row(_name(name), party, parse_int(m.group("votes")), parse_float(m.group("share")) if m.group("share") else None, elected,
                       0, end, "spaced")
    return None


def _row_without_party(m: re.Match) -> Row:
    share = m.group("share") or m.group("share2")
    return Row(_name(m.group("name")), None, parse_int(m.group("votes")), parse_float(share) if share else None,
               bool(m.group("mark")), m.start("name"), m.end(), "name-only")


_PARTY_AND_INCUMBENT = re.compile(r"\s*,\s*(?:incumbent|inc\.?|i)\s*$", re.I)


def _row(m: re.Match, fmt: str) -> Row:
    groups = m.groupdict()
    share = groups["share"] or groups["share2"] or groups.get("share3")
    share_value = parse_float(share) if share else None
    if share_value is not None and share_value > 100:
        share_value = None
    return Row(
        name=_name(m.group("name")),
        party=_PARTY_AND_INCUMBENT.sub("", _LEADER_DOTS.sub("", m.group("party"))).strip(),     # ("Conservative ........ 20,614", "(R, incumbent)")
        votes=parse_int(groups["votes"] or groups.get("votes3") or ""),
        share=share_value,
        elected=bool(m.group("mark")) or bool(WINNER_PREFIX.match(m.group("name").strip())),
        start=m.start("name"),
        end=m.end(),
        fmt=fmt,
    )


# For readers of other layouts (a notice of uncontested election, a table of shares).
looks_like_name = _looks_like_name
STAGE_TAIL = _STAGE_TAIL
person_name = _name
