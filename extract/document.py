"""The article as the matchers see it: text, lines, sentences and gazetteer mentions."""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import json
import re
from importlib import resources
from dataclasses import dataclass, field
from typing import Optional

from .gazetteer import NATIONS, places as places_gazetteer
from .names import after_capitalised_word, surname_party_word
from .nlp import Mention, mentions
from .numbers import CALENDAR_WORDS, GROUPED_COUNT
from .scan import Cue, Folded, lowered

__all__ = ["Doc", "split_sentences", "place_key"]

# Sentence ends: ". ", "! ", "? " (optionally after a closing quote) before a capital,
# digit or quote; abbreviations are checked after the match.
# (The match starts at the mark itself, not after it: a pattern that starts with a character
# set lets the engine skip ahead fast.)
_SENT_END = re.compile(r"""[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9À-Þ]|[+±]/)""")
_ABBREV = re.compile(
    r"""(?:\b(?:Mr|Mrs|Ms|Dr|St|Ste|Mt|Ft|Sen|Rep|Gov|Gen|Col|Capt|Lt|Prof|Rev|Hon|Jr|Sr    # titles, "Sault Ste. Marie"
          |No|Nos|no|nos|vol|pp|vs|v|Inc|Ltd|Co|Corp|approx|est|maj|Maj|MAJ
          |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec                         # months
          |a\.m|p\.m|U\.S|e\.g|i\.e)
      |(?<!\bfrom\s)(?<!\bgain\s)(?<!\bhold\s)\b[A-Z])                           # an initial (not "Lab gain from C.": a party)
    \.$""",
    re.X,
)
_YEAR_IN_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
    r"|\d{1,2}/\d{1,2}/)(?P<year>(?:19|20)\d\d)\b"
    r"|\b\d{1,2}/\d{1,2}/(?P<yy>[0-3]\d)\b(?!/)")      # a wire slug's "05/07/24"
_YEAR = re.compile(r"(?<![\d,.£$€])\b(?:19|20)\d\d\b(?!,?\d)")
_DATELINE_BEFORE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+(?:\d{1,2}\s+)?$"
                              r"|\b(?:Published|Updated|Posted|Last\s+updated|Filed)\b|\bBy\s+[A-Z][^|\n]{2,40}[|·•]|^\s*$", re.I)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end] (a line); abbreviations do not end sentences.

    >>> t = "Mr. Lowe won. He took 7,312 votes. Sen. Whitfield spoke."
    >>> [t[s:e] for s, e in split_sentences(t, 0, len(t))]
    ['Mr. Lowe won.', 'He took 7,312 votes.', 'Sen. Whitfield spoke.']
    """
    out, s = [], start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.start() + 1
        before = text[max(s, cut - 8):cut].rstrip("\"”’)")
        if _ABBREV.search(before):
            continue
        out.append((s, cut))
        s = m.end()
    if s < end:
        out.append((s, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


# "State" before a chamber's district is optional: "Colorado State Senate District 31" is "Colorado Senate District 31".
STATE_CHAMBER = re.compile(r"\bstate (?=(?:senate|house|assembly) district\b)")
# "the 38th House District" is "House District 38" (as a results box titles it: "State House, District 38").
# ("Michigan's 38th state House District" is "Michigan House District 38"; a folded key's "michigan s" too.)
_ORDINAL_FIRST = re.compile(r"^(?:the )?(?:(?P<state>[a-z][a-z ]*?)(?:'s| s) )?(?P<n>\d{1,3})(?:st|nd|rd|th) (?P<chamber>senate|house|assembly) district$"
                            r"|^(?:the )?(?:state )?(?P<chamber2>senate|house|assembly)(?:'s| s) (?P<n2>\d{1,3})(?:st|nd|rd|th) district$")   # "the Senate's 13th District"


_NUMBER_WORD = re.compile(r"\b(ward|district|division|constituency|seat) no (?=\d)")


def chamber_district(key: str) -> str:
    """One folded key for a legislative district (or a numbered ward: "ward no 58") however it is written
    (key already folded, one space apart).

    >>> chamber_district("state house district 38"), chamber_district("the 38th house district")
    ('house district 38', 'house district 38')
    >>> chamber_district("senate s 13th district")
    'senate district 13'
    """
    key = STATE_CHAMBER.sub("", key)
    if " no " in key:
        key = _NUMBER_WORD.sub(r"\1 ", key)       # "ward no 58" is ward 58
    return _ORDINAL_FIRST.sub(lambda m: f"{m.group('state') + ' ' if m.group('state') else ''}{m.group('chamber') or m.group('chamber2')}"
                                        f" district {m.group('n') or m.group('n2')}", key)


def place_key(name: str) -> str:
    """Folded contest key: case, accents, '&' and punctuation do not matter.

    >>> place_key("YNYS MÔN"), place_key("Brighton & Hove"), place_key("Ynys Môn")
    ('ynys mon', 'brighton and hove', 'ynys mon')
    >>> place_key("Michigan's 38th state House District") == place_key("Michigan State House District 38")
    True
    """
    import unicodedata
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("&", " and ").replace("’", "'")
    s = re.sub(r"[^\w' -]+", " ", s)
    s = re.sub(r"(?<=\d(?:st|nd|rd|th)) congressional district\b", " district", " ".join(s.split()))   # "PA's 7th (Congressional) District"
    s = chamber_district(s)      # "Colorado State Senate District 31", "the 38th House District"
    return " ".join(s.split())       # ("Michigan's 38th state House District" is "Michigan House District 38")


# A paragraph led by a name in capitals and a colon: a round-up's entry ("HARTWELL: ..."), or a
# dateline ("PUNE: ...") when the story has only one.
_CAPS = "A-ZÀ-ÞĀĒĪŌŪŁŚŹŻĆČŠŽŘĚŃ"     # (Latin capitals with accents and macrons: "WHANGĀREI")
_CAPS_NAME = rf"[{_CAPS}][{_CAPS}'’.—–-]+(?:[ \t]+(?:[{_CAPS}][{_CAPS}'’.—–-]+|&)){{0,4}}"     # ("DESNETHÉ—MISSINIPPI—CHURCHILL RIVER")
_SEAT_MARK = r"(?:[ \t]*\((?:SC|ST|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)\))?"      # a reserved seat's "(SC)", a province's "(N.S.)"
CAPS_LEAD = re.compile(rf"(?P<place>{_CAPS_NAME}){_SEAT_MARK}(?::|[ \t]+[-–—])[ \t]+(?=[A-ZÀ-Þ\"“‘'])")     # ("ORFORD - Stéphane Paradis (CAQ), ...", "FARIDKOT (SC): ...")
_TITLE_NAME = r"[A-ZÀ-Þ][a-zß-ÿ'’.-]+(?:[ \t]+(?:[A-ZÀ-Þ][a-zß-ÿ'’.-]+|and|of|the|upon|on|&)){0,3}"
# A count's progress on its own line: "100% of ballot boxes reported", "38 of 38 precincts reporting".
_PROGRESS_LINE = (r"[ \t]*\d[\d,.]*%?[ \t]+(?:of[ \t]+)?(?:\d[\d,]*[ \t]+)?(?:ballot[ \t]+boxes|polls|precincts|polling[ \t]+(?:stations|places|divisions)|vote[ \t]+centres)"
                  r"[ \t]+(?:reported|reporting|counted|in)\b[^\n]{0,40}")
# A name alone on its line heading a result: "LURAMBI" / "Declared winner: ...", or (after a blank line) "Parner" / "" /
# "NCP's Sudhakar Aute edged past ... by 2,526 votes".
# A contest's voting system, as a heading gives it in brackets: "HAMILTON (first past the post)".
VOTING_SYSTEM = (r"first[\s-]past[\s-]the[\s-]post|single\s+transferable\s+vote|STV|FPP|FPTP|ranked[\s-]choice(?:\s+voting)?"
                 r"|supplementary\s+vote|instant[\s-]runoff")
_CAPS_SECTION = re.compile(rf"^[ \t]*(?:(?P<place>{_CAPS_NAME})(?:[ \t]+\((?i:{VOTING_SYSTEM}"
                           rf"|\w+[ \t]+(?:seats?|to[ \t]+elect|vacanc(?:y|ies)|councillors[ \t]+to[ \t]+be[ \t]+elected))\))?[ \t]*\n(?:[ \t]*\n(?=[A-ZÀ-Þ][^\n()]{{2,60}}\([^()\n]{{1,40}}\)[ \t]*[:–—-]?[ \t]*\d{{1,3}}(?:,\d{{3}})*\b|(?-i:The|[A-Z][a-z]+['’]s)\s[^\n]{{0,200}}\d,\d{{3}}))?(?=(?:{_PROGRESS_LINE}\n(?:[^\n.!?:]{{1,40}}\n){{0,3}})?[^\n]*(?:\b(?i:declared|winner|won|wins|elected|votes|garnered|polled|majority)\b|\d,\d{{3}}))"
                           rf"|(?<=\n\n)(?P<title>{_TITLE_NAME})[ \t]*\n[ \t]*\n(?=(?-i:[A-Z])[^\n|]*\b(?i:won|defeated|defeating|beat|beating|edged|retained|elected)\b[^\n|]*\b\d{{1,3}}(?:,\d{{2,3}})+\s+votes))", re.M)
# (a name in capitals may have a blank line under it when a bracket row follows: "CLEVELAND" / "" / "Rachel Ainsley (Lab) 45,871",
# or a paragraph whose first sentence gives a count: "OTTAWA CENTRE" / "" / "The NDP's Nadia Okafor-Riel ... 27,614 votes";
# a name in title case heads a section only when a blank line follows it and the paragraph says who won by how many votes;
# one in capitals over its count's progress may have short cells before its first figure: "KELOWNA CENTRE" / "100% of ballot
# boxes reported" / "Margo Lindqvist" / "Conservative" / "10,214", a results widget flattened one cell per line)
_ROUND_UP_LEAD = re.compile(rf"^[ \t]*(?P<place>{_CAPS_NAME}){_SEAT_MARK}(?::|[ \t]+[-–—])[ \t]+[A-ZÀ-Þ\"“‘'][^\n]{{30}}", re.M)
# A page's slug or ticker label in capitals, no seat leading a paragraph: "RACES CALLED: House 389 of 435", "UPDATE: ...".
_SLUG_LEAD = re.compile(r"(?:RACES?\s+CALLED|BREAKING(?:\s+NEWS)?|UPDATED?|LIVE|WATCH|READ\s+MORE|RELATED|CORRECTION|EDITOR['’]S\s+NOTE"
                        r"|ADVERTISEMENT|SPONSORED|LATEST|ALSO\s+READ|NOTE|SOURCE|PHOTO|VIDEO|KEY\s+POINTS|AT\s+A\s+GLANCE)")
# The same in title case, when its first sentence tells a win: "Hamilton Mountain: NDP veteran Monique Taylor held on ...".
TITLE_LEAD = re.compile(r"[ \t]*(?P<place>[A-ZÀ-Þ][a-zß-ÿ'’.]+(?:(?:[ \t]+(?:and[ \t]+|of[ \t]+|the[ \t]+|upon[ \t]+)?|[—–-])[A-ZÀ-Þ][a-zß-ÿ'’.]+){0,4})"
                        r":[ \t]+(?=[A-ZÀ-Þ\"“‘'](?=[^\n]{30})(?:[^\n.]|\.(?=\S))*?\b(?:won|wins|held|holds|elected|re-elected|retained|retains|gained|gains|took|"
                        r"takes|kept|keeps|captured|finished|polled|topped|cruised|romped|unseated|defeated|beat|beats)\b)")
_TITLE_LEADS = re.compile(r"^" + TITLE_LEAD.pattern, re.M)


# "won a three-way Democratic primary", "State Senate - District 31 - Dem Primary" (not Australia's "Labor primary vote").
PRIMARY_PARTIES = {"dem": "Democratic", "democratic": "Democratic", "rep": "Republican", "gop": "Republican", "republican": "Republican",
                   "libertarian": "Libertarian"}     # a primary's party as written -> as a contest is named for it
# A primary's party section, a line of its own over its offices: "REPUBLICAN PARTY", "Democratic Party Primary".
PARTY_SECTION = re.compile(r"(?m)^[ \t]*(?P<party>(?i:republican|democratic|libertarian))[ \t]+(?i:party(?:[ \t]+primary)?|primary)[ \t]*$")
_PRIMARY = re.compile(r"\b(?P<party>Democratic|Republican|GOP|Dem|Rep)\.?\s+(?:party\s+)?(?:primary|primaries|nomination\s+contest)\b(?!\s+votes?\b)", re.I)


def _party_primary(doc: "Doc") -> Optional[tuple[str, str, int, int]]:
    """The one party whose primary the story reports, with the sentence that says so."""
    from .gazetteer import parties
    found = {}
    for m in _PRIMARY.finditer(doc.text):
        word = {"dem": "Democratic", "rep": "Republican", "gop": "Republican"}.get(m.group("party").lower(), m.group("party"))
        canonical = parties().canonical(word, country="US")
        if canonical:
            found.setdefault(canonical, m)
    if len(found) != 1:
        return None
    (canonical, m), = found.items()
    spans = [(a, b) for a, b in split_sentences(doc.text, 0, len(doc.text)) if a <= m.start() < b]
    a, b = spans[0] if spans else (m.start(), m.end())
    return canonical, m.group("party"), a, b


VERTICAL_MAX_COLUMNS = 10
_SHORT_CELL = re.compile(r"[^|\t]{1,45}")


def merge_vertical_tables(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A table flattened to one cell per line ("S.N." / "Candidate" / "Party" / ... then "1" / "BIRSA TUDU" / ...)
    becomes one span per row, its cells split at the line breaks: the row readers then see a table.
    Only a header of known column words followed by two or more rows whose figures fit their columns is merged."""
    from .rows import header_map      # (rows reads cells; the document is built before them)
    out: list[tuple[int, int]] = []
    i, n = 0, len(spans)
    while i < n:
        found = _vertical_table(text, spans, i, header_map) if _SHORT_CELL.fullmatch(text[spans[i][0]:spans[i][1]].strip() or "|") else None
        if found is None and i + 1 < n and spans[i + 1][0] == spans[i + 1][1] and _SHORT_CELL.fullmatch(text[spans[i][0]:spans[i][1]].strip() or "|"):
            found = _double_spaced_table(text, spans, i, header_map)     # a widget's cells each on a line of its own, blank lines between
        if found is None:
            out.append(spans[i])
            i += 1
            continue
        later = _vertical_table(text, spans, i + 1, header_map) if i + 1 < n else None
        if later is not None and len(later[0]) >= len(found[0]):
            out.append(spans[i])        # (a title line above the header is no column)
            i += 1
            continue
        rows, i = found
        out.extend(rows)
    return out


WRAP_MIN, WRAP_MAX, WRAP_BAND = 60, 100, 16
_NOT_A_WRAP = re.compile(r"\S {2,}\S|\t|\||\.{3,}|…|▸|\s·\s")       # a table's line: column gaps, leader dots, separators
_LABEL_LEAD = re.compile(r"\s*[A-ZÀ-Þ][^:.;!?\n]{0,40}:\s")
_ROW_END = re.compile(r"\d%?\)?\s*$")                                  # a line that ends on its figure: a row
_LIST_START = re.compile(r"\s*(?:[-*•>]|\d{1,2}[.)]\s|[A-Z][A-Z'’ &-]{3,}:)")     # a bullet, a numbered item, "SEAT:" lead


def unwrap_hard_wraps(text: str) -> str:
    """A paragraph hard-wrapped at a fixed width (wire copy, plain-text email): its line breaks become
    spaces, so "... Claire" / "Dunnage (SDP) 555" reads as one row. Same length, so every offset holds.
    Only when every line but the last is 60-100 characters, all within a narrow band (the last no longer), and none looks
    like a table's line; a line that starts a bullet or a "SEAT:" lead starts a new line."""
    if "\n" not in text:
        return text
    out = list(text)
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].strip():
            j += 1
        if _wrapped(lines[i:j + 1]):
            _join_lines(lines, starts, out, i, j)
        else:
            # a wire story's slug lines over its wrapped paragraphs ("ELECTION Maldon" / "Sir John took 19,374 votes, a
            # majority of 6,906 over Reform UK's Pamela" / "Walford, who won 12,468. ..."): each paragraph of three or more
            # lines that ends on a short line is tested alone
            a = i
            for k in range(i, j + 1):
                if len(lines[k].rstrip()) < WRAP_MIN or k == j:
                    if k - a >= 2 and _wrapped(lines[a:k + 1]) and not any(_FIELDS.search(b) for b in lines[a:k + 1]) \
                            and lines[k].rstrip()[-1:] in ".!?\"”’)":      # (a paragraph's end; not a headline, standfirst and byline)
                        _join_lines(lines, starts, out, a, k, at_sentence_ends=False)
                    a = k + 1
        i = j + 1
    _join_item_continuations(lines, starts, out)
    _join_split_rows(lines, starts, out)
    return "".join(out)


# An ASCII wire's dashes: "ST. JOHN'S EAST (N.L.) _ Liberal hold.", "FREDERICTON_OROMOCTO" for Fredericton—Oromocto.
_WIRE_SPACED_DASH = re.compile(r"(?<=\S) _ (?=\S)")
_WIRE_NAME_DASH = re.compile(r"(?<=[A-Za-zÀ-ÿ])_(?=[A-ZÀ-Þ])")


def wire_dashes(text: str) -> str:
    """A wire's underscores that stand for dashes, read as dashes (same length: every offset holds).

    >>> wire_dashes("FREDERICTON_OROMOCTO (N.B.) _ Liberal gain")
    'FREDERICTON—OROMOCTO (N.B.) – Liberal gain'
    """
    if "_" not in text:
        return text
    return _WIRE_NAME_DASH.sub("—", _WIRE_SPACED_DASH.sub(" – ", text))


_SPACED_LEADER = re.compile(r"\.(?: \.){3,}")
_KEYCAP = re.compile(r"(?m)^([ \t]*\d)(\ufe0f?)\u20e3")     # "1️⃣ Jo Harrow – 1,402": a post's numbered list


def leaders_and_keycaps(text: str) -> str:
    """A county report's leader dots spaced out, read as a run of dots, and a post's keycap digits ("1️⃣") as a
    numbered list's "1. " (same length: every offset holds).

    >>> leaders_and_keycaps("KAREN OYELARAN (DEM). . . . . .  6,912  54.74")
    'KAREN OYELARAN (DEM)...........  6,912  54.74'
    """
    if ". . . ." in text:
        text = _SPACED_LEADER.sub(lambda m: "." * len(m.group()), text)
    if "\u20e3" in text:
        text = _KEYCAP.sub(lambda m: m.group(1) + ("." + " " if m.group(2) else "."), text)     # ... and a keycap digit as "1. "
    return text


# A share written with a decimal comma: "43,6 %" (three digits would group thousands: "1,234").
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s*(?:%|p\.\s?100|pour\s+cent))")


def decimal_commas(text: str) -> str:
    """A French or European page's shares, "43,6 %", read as 43.6 (same length: every offset holds).

    >>> decimal_commas("Sylvain Marcoux | BQ | 23 418 | 43,6 % | 1,234 votes")
    'Sylvain Marcoux | BQ | 23 418 | 43.6 % | 1,234 votes'
    """
    return _DECIMAL_COMMA.sub(r"\1.\2", text) if "," in text and ("%" in text or "cent" in text or "100" in text) else text


# Counts grouped by spaces in a story that writes its shares with a decimal comma ("61,2% (1 842 votes)"): South Africa,
# France, the Nordic countries. Only there, and only with no comma-grouped count anywhere, is "1 842" one number.
_SPACE_GROUPED_COUNT = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d|\s?%)")
_COMMA_GROUPED = re.compile(r"(?<![\d,.])\d{1,3},\d{3}(?![\d])")


def space_grouped_counts(text: str) -> str:
    """A decimal-comma story's space-grouped counts read with commas (same length: every offset holds).

    >>> space_grouped_counts("ANC – Nomvuyo Mqhayi: 61,2% (1 842 votes), a majority of 1 230")
    'ANC – Nomvuyo Mqhayi: 61,2% (1,842 votes), a majority of 1,230'
    >>> space_grouped_counts("Labour 41.2% (1 842 votes)")
    'Labour 41.2% (1 842 votes)'
    """
    if not _DECIMAL_COMMA.search(text) or _COMMA_GROUPED.search(text):
        return text
    return _SPACE_GROUPED_COUNT.sub(lambda m: re.sub(r"[ \u00a0\u202f]", ",", m.group()), text)


_FIELDS = re.compile(r"(?:\s[-–—]\s.*){2}|(?:,\S.*){3}")      # a row's fields: "ROWLANDS, Gethin - Plaid Cymru - ... - 1,087", a CSV line


def _wrapped(block: list[str]) -> bool:
    if len(block) < 2:
        return False
    widths = [len(b.rstrip()) for b in block[:-1]]
    return min(widths) >= WRAP_MIN and max(widths) <= WRAP_MAX and max(widths) - min(widths) <= WRAP_BAND \
        and len(block[-1].rstrip()) <= WRAP_MAX \
        and not any(_NOT_A_WRAP.search(b.strip()) for b in block) \
        and sum(1 for b in block[:-1] if _ROW_END.search(b)) * 2 < len(block) - 1


def _join_lines(lines: list[str], starts: list[int], out: list[str], i: int, j: int, at_sentence_ends: bool = True) -> None:
    for k in range(i, j):
        if _LIST_START.match(lines[k + 1]) or not lines[k + 1].strip() \
                or lines[k].rstrip()[-1:] in ".!?:;" and (_LABEL_LEAD.match(lines[k + 1]) or not at_sentence_ends):
            continue        # (a line that opens on its own label: "Didcot and Wantage: Olly Glover ...")
        out[starts[k] + len(lines[k])] = " "


BULLET_ITEM = re.compile(r"[ \t]*[-*•][ \t]+\S")       # a bulleted line: "* Midlothian - ...", "- Mereana Hohaia (Green Party)"
_SENTENCE_CUT = re.compile(r"(?:[.!?;,]|\b[a-z]+)\s*$")      # (not a seat's heading: "• Bath — LD hold (04:19)" over its rows)
_INDENTED_GOES_ON = re.compile(r" {2,}(?![-*•>]\s|\d{1,2}[.)]\s)\S")


def _join_item_continuations(lines: list[str], starts: list[int], out: list[str]) -> None:
    """A bullet item wrapped onto an indented line goes on there: "* North Ayrshire and Arran - Irene
    Campbell (Lab) unseats Patricia Gibson (SNP)." / "  Majority 3,551." is one item. Only an item long
    enough to have wrapped (WRAP_MIN) that stops mid-sentence or on a sentence's end, continued by lines with
    no column gaps."""
    k = 0
    while k < len(lines) - 1:
        if len(lines[k].rstrip()) < WRAP_MIN or not BULLET_ITEM.match(lines[k]):
            k += 1
            continue
        j = k
        while j + 1 < len(lines) and _INDENTED_GOES_ON.match(lines[j + 1]) and not _NOT_A_WRAP.search(lines[j + 1].strip()) \
                and (_SENTENCE_CUT.search(lines[j]) or lines[j + 1].lstrip()[:1].islower()):
            out[starts[j] + len(lines[j])] = " "
            j += 1
        k = j + 1


# A list of rows wrapped between a candidate's name and the bracketed party and figure: "...; Gerri Hickton" / "(C) 4,820.".
_BRACKET_ROW = re.compile(r"\([^()\n]{1,40}\)\s*\d")
_ENDS_ON_A_NAME = re.compile(r"[;,]\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}\s*$")


def _join_split_rows(lines: list[str], starts: list[int], out: list[str]) -> None:
    """Only a line that already holds a bracketed row and ends on a capitalised name after a row's separator, continued
    by a line that opens on its bracket and figure."""
    for k in range(len(lines) - 1):
        if _BRACKET_ROW.match(lines[k + 1].lstrip()) and _ENDS_ON_A_NAME.search(lines[k]) and _BRACKET_ROW.search(lines[k]) \
                and not _NOT_A_WRAP.search(lines[k].strip()):     # (the next line's anchored opening first: most lines fail it at once)
            out[starts[k] + len(lines[k])] = " "


# A seat's name alone in capitals on its line, maybe with its outcome: "SELWYN - Nat hold", "WAVERTREE".
_CAPS_SEAT_LINE = re.compile(r"^[ \t]*(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]{3,}(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})"
                             r"(?:[ \t]*[-–—:][ \t]*[A-Za-z]{2,6}[ \t]+(?:hold|gain|HOLD|GAIN)\b[^\n]*)?[ \t]*$", re.M)


_WORD_RUN = re.compile(r"\S+")
# What a candidate's surname, alone, does at a sentence's start: "Poole polled 11,902 votes".
_COUNTING_VERB_AFTER = re.compile(r"\s+(?:polled|took|received|got|gained|secured|had|finished|trailed|picked\s+up|managed|won)\s")


def _surname_as_subject(text: str, m) -> bool:
    """'Janelle Poole toppled Les Walker. Poole polled 11,902 votes': the seat's name is her surname, there and
    wherever a forename comes before it."""
    if " " in m.text or not _COUNTING_VERB_AFTER.match(text, m.end):
        return False
    return any(after_capitalised_word(text, w.start()) for w in re.finditer(r"(?<![\w'’-])" + re.escape(m.text) + r"\b(?![\w'’-])", text))


def split_run_on_tables(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A table whose rows a page ran together on one line ("Party Seats 2019 Change Popular vote Liberal
    160 157 +3 32.6% Conservative 119 ...") becomes one span for its header and one per row: each row
    is a name (and a party) and one figure for each column after them. Only when two or more rows fit."""
    from .rows import SPACED_FIGURE, spaced_header, spaced_text_columns      # (rows reads cells; the document is built before them)
    from .rows import FIRST_COLUMN_WORDS
    out: list[tuple[int, int]] = []
    for s, e in spans:
        first = _WORD_RUN.search(text, s, e) if e - s >= 40 else None
        if first is None or not first.group()[:1].isupper() or first.group().lower() not in FIRST_COLUMN_WORDS:
            out.append((s, e))      # (a header's first cell names the party or the candidate: most lines stop here)
            continue
        words = [(m.start(), m.end(), m.group()) for m in _WORD_RUN.finditer(text, s, e)]
        rows = None
        for h in range(min(12, len(words) - 4), 2, -1):
            cells = spaced_header(" ".join(w for _, _, w in words[:h]))
            if cells:
                rows = _run_on_rows(words[h:], len(cells) - spaced_text_columns(cells), SPACED_FIGURE)
                if rows:
                    out.append((words[0][0], words[h - 1][1]))
                    out.extend(rows)
                    break
        if not rows:
            out.append((s, e))
    return out


def _run_on_rows(words, k, figure) -> Optional[list[tuple[int, int]]]:
    rows, i, n = [], 0, len(words)
    while i < n:
        j = i
        while j < n and not figure.fullmatch(words[j][2]):
            j += 1
        if j == i or j + k > n or not all(figure.fullmatch(w[2]) for w in words[j:j + k]) \
                or (j + k < n and figure.fullmatch(words[j + k][2])):
            break
        rows.append((words[i][0], words[j + k - 1][1]))
        i = j + k
    if len(rows) < 2:
        return None
    if i < n:
        rows.append((words[i][0], words[-1][1]))      # what follows the rows: "Total 338 338"
    return rows


def _double_spaced_table(text, spans, i, header_map):
    """_vertical_table over every other line, when each cell's line has one blank line after it."""
    if not _HEADERISH.search(text[spans[i][0]:spans[i][1]]):
        return None         # (as _vertical_table's first test, before the look-ahead: most short lines fail here)
    dense, k = [], i
    while k < len(spans) and len(dense) < 3 * VERTICAL_MAX_COLUMNS * 8:
        if spans[k][0] == spans[k][1] or not text[spans[k][0]:spans[k][1]].strip():
            break
        dense.append(k)
        if k + 1 < len(spans) and not text[spans[k + 1][0]:spans[k + 1][1]].strip():
            k += 2      # (one blank line: the next cell)
        else:
            break
    found = _vertical_table(text, [spans[d] for d in dense], 0, header_map) if len(dense) >= 9 else None
    if found is None:
        return None
    rows, j = found
    return rows, (dense[j] if j < len(dense) else dense[-1] + 1)


def _vertical_table(text, spans, i, header_map):
    n = len(spans)
    if not _HEADERISH.search(text[spans[i][0]:spans[i][1]]):
        return None         # (every header cell has a column word: most lines fail here, before any slicing)
    for k in range(VERTICAL_MAX_COLUMNS, 1, -1):
        if i + 3 * k > n:
            continue
        cells = [text[a:b].strip() for a, b in spans[i:i + k]]
        if not all(c and _SHORT_CELL.fullmatch(c) and _HEADERISH.search(c) and not _SHARE.fullmatch(c) and not _VOTE_FOR_CELL.fullmatch(c)
                   for c in cells):
            continue        # ("Vote For 1" over "Choice" / "Total" / "Percent": the ballot's instruction, no column)
        hm = header_map(cells)
        if not (hm and ("name" in hm.columns or "winner" in hm.columns and "place" in hm.columns) and ("votes" in hm.columns or "share" in hm.columns)):
            continue        # (a grid of seats, "Constituency" / "Winner" / "Party" / "Votes" / ... / "Runner-up" / ..., one seat a row)
        if k == 2 and hm.columns != ["name", "votes"]:
            continue        # (two columns only as "Candidate" / "Votes": a canvass's names and counts, a line each)
        rows, j = [(spans[i][0], spans[i + k - 1][1])], i + k
        if j + 1 < n and spans[j][0] == spans[j][1] and spans[j + 1][0] < spans[j + 1][1] and "other" in hm.columns:
            j += 1      # (a blank line under a canvass's header of ways to vote: "Provisional" / "Total" / "" / "Tanya Mobley")
        # A last column of outcomes ("Result": "Elected") may be left empty, its line missing, on a loser's row.
        optional = hm.names[-1] in _OUTCOME_COLUMNS or hm.columns[-1] == "winner"
        while True:
            end = _badged_row(text, spans, j, k, hm.columns)
            if optional and (end is None or not _OUTCOME_CELL.fullmatch(text[spans[end - 1][0]:spans[end - 1][1]].strip())):
                end = _badged_row(text, spans, j, k - 1, hm.columns[:-1])
            if end is None and len(rows) >= 3 and j + 1 < n and _CARD_TITLE.fullmatch(text[spans[j][0]:spans[j][1]].strip()) \
                    and _badged_row(text, spans, j + 1, k, hm.columns):
                rows.append(spans[j])       # the next seat's card under the same columns: "OKAIKWEI CENTRAL" / "Baba Jamal ..." / "NDC" / ...
                j += 1
                continue
            if end is None:
                break
            if "share" not in hm.columns and end < n and _PCT_CELL.fullmatch(text[spans[end][0]:spans[end][1]].strip()):
                end += 1        # a canvass's share in a column with no header: "Tanya Mobley" / "DEM" / ... / "18,738" / "51.73%"
            rows.append((spans[j][0], spans[end - 1][1]))
            j = end
            if optional and j + 1 < n and spans[j][0] == spans[j][1] and not _OUTCOME_CELL.fullmatch(text[spans[end - 1][0]:spans[end - 1][1]].strip()):
                j += 1      # a loser's empty outcome cell left as a blank line ("Keanin Loomis" / "56,781" / "44.17%" / "" / "Hugh Tansley")
        if len(rows) >= 3:
            return rows, j
    return None


# Words a column header of a results table has ("S.N.", "EVM Votes", "% of Votes", "Candidate", "Party"), never a name's.
_HEADERISH = re.compile(r"(?i)(?:\b(?:votes?|no|s\.?\s?no|s\.?\s?n|sl|serial|rank|share|change|swing|party|parties|candidates?|name|result|status|"
                        r"evm|postal|total|margin|description|affiliation|committee|elected|pref|prefs|preferences?|%|pct|percent|per\s+cent|"
                        r"count|surplus|transfers?|stage|choices?|constituency|ward|seat|winner|runner[- ]up|"
                        r"election\s+day|one\s+stop|early(?:\s+voting)?|absentee|by\s+mail|mail-in|provisional|in[- ]person)\b|%)")     # (a canvass's ways of voting)      # (an STV count sheet's "1st Count" / "Hurley surplus" / "2nd Count")
_VOTE_FOR_CELL = re.compile(r"(?i)vote\s+for\s+(?:\d{1,2}|one|two|three|four|five|not\s+more\s+than\s+\w+)")
_BADGE_CELL = re.compile(r"INCUMBENT|ELECTED|RE-ELECTED|WINNER|Incumbent|Elected|Re-elected|Winner|[✓✔]")
_OUTCOME_COLUMNS = {"result", "results", "status", "outcome", "elected"}
_OUTCOME_CELL = re.compile(r"(?i)(?:(?:re-?|deemed\s+)?elected|not\s+elected|won|winner|defeated|lost|excluded|eliminated|withdrawn|runner-up|hold|gain"
                           r"|round\s+(?:ii|2|two)|runoff|run-off|second\s+round)(?:\W[^\n]{0,40})?|[✓✔*x]")     # ("ROUND II": on to the run-off)
_COUNT = re.compile(GROUPED_COUNT + r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+")      # ("1,12,642": an Indian count; "18 904" grouped by spaces, a cell
# of its own on its line)
_SHARE = re.compile(r"\d{1,3}(?:\.\d+)?\s*%?")
_PCT_CELL = re.compile(r"\d{1,3}(?:\.\d+)?\s*%")


_CARD_TITLE = re.compile(_CAPS_NAME)      # a seat's name in capitals between cards


def _badged_row(text: str, spans, j: int, k: int, columns) -> Optional[int]:
    """Where a row of `k` cells from spans[j] ends, when they fit the columns; badges a results box prints in cells of their
    own after the name ("Rana Khoury" / "INCUMBENT" / "Liberal" / "ELECTED" / "31,402") come along uncounted."""
    taken, m, n = [], j, len(spans)
    while len(taken) < k and m < n:
        if taken and len(taken) < k - 1 and _BADGE_CELL.fullmatch(text[spans[m][0]:spans[m][1]].strip()):
            m += 1
            continue
        taken.append(spans[m])
        m += 1
    return m if len(taken) == k and _fits(text, taken, columns) else None


def _fits(text: str, spans, columns) -> bool:
    """A row's cells fit the header's columns: figures where votes and shares go, words where names go."""
    for (a, b), col in zip(spans, columns):
        cell = text[a:b].strip()
        if not cell and col == "party" and a == b:
            continue        # a nonpartisan race's blank party cell, its line left empty
        if not cell or len(cell) > 80:      # (a party named with its gloss: "KWW Mirosława Pobłockiego (Mirosław Pobłocki voters' committee)")
            return False
        if col == "votes" and not _COUNT.fullmatch(cell) or col == "share" and not _SHARE.fullmatch(cell) \
                or col in ("name", "party", "winner", "runner", "place") and not any(ch.isalpha() for ch in cell):
            return False
    return True


_STREET_AFTER = re.compile(r"\s+(?:Road|Street|Lane|Avenue|Close|Crescent|Terrace|Drive|Gardens|Square)\b", re.I)
_SUPPORTER_AFTER = re.compile(r"\s+(?:voter|supporter|sympathi[sz]er|donor|fan)\b")     # (singular: "Labour voters" may be counted)


def _in_hyphenated_word(text: str, a: int, b: int) -> bool:
    """A place name that is part of a longer hyphenated word: "Windsor-Peplow", "Hastings-born" is no place named."""
    return (text[b:b + 1] == "-" and text[b + 1:b + 2].isalpha()) or (a > 1 and text[a - 1] == "-" and text[a - 2].isalpha())


# A live-blog entry's time stamp on its own line: "05:46 BST", "5.09am", "16m ago",
# "Fri 5 Jul 2024 05.05 BST", "Updated at 05.14 BST" is not one (it ends an entry, not starts one).
TIMESTAMP = re.compile(
    r"""^\s*(?:(?:Posted|Updated|Published)\s+(?:at\s+)?)?         # "Posted at 04:58"
    (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?
    (?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{4}\s+)?)?
    (?:(?:[01]?\d|2[0-3])(?::[0-5]\d(?::\d{2})?\s*(?:(?:am|pm|a\.m\.|p\.m\.)\s*)?(?:BST|GMT|CET|CEST|EST|EDT|ET|PT|AEST|AEDT|AWST|ACST|NZST|NZDT|IST|am|pm|a\.m\.|p\.m\.)?
                              |\.[0-5]\d(?:\s*(?:(?:am|pm|a\.m\.|p\.m\.)\s*)?(?:BST|GMT|CET|CEST|EST|EDT|ET|PT|AEST|AEDT|AWST|ACST|NZST|NZDT|IST|am|pm|a\.m\.|p\.m\.)|(?=[ \t]+\S)))
      # ("10.52pm AEST"; a time with a dot has its am/pm or zone or the entry's title after it, "05.58 — RESULT: ...":
      # "43.71" or "1.34" alone is a share in a table printed one cell a line)
      |\d{1,3}\s*(?:m|min|mins|h|hr|hrs)\s+ago
      |(?:[01]\d|2[0-3])[0-5]\d[ \t](?=[A-Z]{2,}\b))                # a newsroom running order: "0314 GLASGOW EAST DECLARATION"
    (?:\s*$|[ \t]*[|–—-][ \t]*(?=\S)|[ \t]{2,}(?=[A-Z])|(?<=\d[ \t])(?=[A-Z]{2}))      # alone, or before the entry's title: "06:14  Simon Clarke loses"
    """,
    re.X,
)


@dataclass
class Doc:
    text: str
    low: str = ""                                        # lowered text, same offsets, for scan.Folded cues
    line_spans: list[tuple[int, int]] = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    election_year: Optional[int] = None
    masthead_end: int = 0                               # where a paper's name on the first line ends ("Northern Dales Courier")
    election: Optional[tuple[str, int, int]] = None     # name, evidence span
    country: Optional[str] = None                       # "AU", "NZ"...; None: parties resolve the UK way
    incumbent_marks: frozenset = frozenset()           # a legend says "* - Incumbent", "x - denotes incumbent": no winner marks; "(I) = incumbent": no independent
    party_codes: dict = field(default_factory=dict)     # a page's own key: "PW Party of Women" -> {"PW": "Party of Women"}
    leader_parties: list = field(default_factory=list)  # "Sir Ed Davey's party": for seat totals only (no candidate's party)
    round_up_leads: int = 0                             # paragraphs led by a name in capitals and a colon ("HARTWELL: ...")
    title_leads: int = 0                                # ... or in title case, telling a win ("Hamilton Mountain: ... held on")
    caps_sections: frozenset = frozenset()              # where names in capitals head results below them ("LURAMBI" / "Declared winner: ..."), when two or more do
    primary: Optional[tuple[str, str, int, int]] = None     # the one party whose primary the story reports: party, as written, sentence span
    _section_names: Optional[frozenset] = None
    _entry_starts: Optional[tuple] = None
    _seat_tails: Optional[dict] = None
    _seat_tail_refs: Optional[re.Pattern] = None
    _mayoralty: Optional[tuple] = None
    _primary_parties: Optional[frozenset] = None
    no_party_codes: frozenset = frozenset()     # a key's codes for no party: "NP = Nonpartisan"
    historical: bool = False        # a feature that looks back at an election years before its own date
    _party_starts: list[int] = field(default_factory=list)
    _place_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, year: Optional[int] = None) -> "Doc":
        text = decimal_commas(space_grouped_counts(wire_dashes(leaders_and_keycaps(unwrap_hard_wraps(text)))))
        spans, pos = [], 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        spans = merge_vertical_tables(text, spans)
        spans = split_run_on_tables(text, spans)
        parties, places = mentions(text)
        parties = [m for m in parties if not surname_party_word(text, m.start, m.end)     # "Sarah Green held it"
                   and not _SUPPORTER_AFTER.match(text, m.end)]     # "a Greens voter who ran as an independent"
        low = lowered(text)
        year = year or _election_year(text)
        election = election_name(text, year, low)
        local = bool(election and _LOCAL_ELECTION.search(election[0]))
        masthead = _MASTHEAD.match(text)
        start = masthead.end() if masthead else 0       # "BROMSGROVE & REDDITCH STANDARD": the paper's name, whose towns are not the story's seat
        places = [m for m in places if m.start >= start
                  and not _in_hyphenated_word(text, m.start, m.end)   # "Max Windsor-Peplow"
                  and not _STREET_AFTER.match(text, m.end)            # "Harlow Road" ward is no Harlow
                  and not (_abroad(m) and (local or " " not in m.text and _CAPITAL_AFTER.match(text, m.end)))]
        # (a county seat abroad before a capitalised word is a forename or a council: "Kerry McCarthy", "Clare County
        # Council"; and a seat abroad is a parliament's: on a local-elections page, "LOCAL ELECTIONS 2024 | OFFALY",
        # its name is the county's, whose council is elected ward by ward)
        surnames = {m.text for m in places if _surname_as_subject(text, m)}
        if surnames:
            places = [m for m in places if m.text not in surnames or not (_COUNTING_VERB_AFTER.match(text, m.end) or after_capitalised_word(text, m.start))]
        if ", wh" in text or "\nIn " in text:
            places = _with_places_told_where(text, places, parties)
        doc = cls(text, low, spans, parties, places)
        doc.masthead_end = start     # (nor a person: "Northern Dales Courier")
        doc._party_starts = [m.start for m in parties]
        doc._place_starts = [m.start for m in places]
        doc.election_year = year
        doc.historical = _looks_back(text, year)
        doc.election = election
        doc.country = _country(text)
        if doc.country and doc.country != "UK":
            doc._trust_national_codes()
            doc._own_shared_names()
        doc.incumbent_marks = frozenset(m.group("mark").lower() for m in _INCUMBENT_LEGEND.finditer(text))
        doc.party_codes = party_key(text)
        doc.no_party_codes = frozenset(m.group("code") for m in _NO_PARTY_KEY.finditer(text)) if "onpartisan" in text else frozenset()
        defined = defined_codes(text)
        if defined:
            doc._add_defined_parties(defined)
        doc.leader_parties = _leaders_parties(text) if "party" in text else []
        doc.round_up_leads = len({m.group(1) for m in _ROUND_UP_LEAD.finditer(text) if not _SLUG_LEAD.fullmatch(m.group(1))})
        doc.title_leads = len({m.group("place") for m in _TITLE_LEADS.finditer(text)}) if ": " in text else 0
        sections = [m.start("place") if m.group("place") else m.start("title") for m in _CAPS_SECTION.finditer(text)]
        doc.caps_sections = frozenset(sections) if len(sections) >= 2 else frozenset()
        doc.primary = _party_primary(doc) if "primary" in doc.low else None
        return doc

    def seat_tails(self) -> dict:
        """Two or more seats of one town the story names ("Wolverhampton North East", "Wolverhampton West"):
        the words that tell them apart ("north east", "west"), each to its seat. Found on first use."""
        if self._seat_tails is None:
            by_first: dict[str, set] = {}
            for m in self.places:
                words = m.canonical.split()
                if len(words) >= 2:
                    by_first.setdefault(words[0], set()).add(m.canonical)
            tails = {}
            for first, names in by_first.items():
                if len(names) >= 2:
                    for name in names:
                        tail = name[len(first):].strip().lower()
                        if len(tail) >= 4 and sum(1 for n in names if n.lower().endswith(" " + tail)) == 1:
                            tails[tail] = name
            self._seat_tails = tails
        return self._seat_tails

    def seat_tail_refs(self) -> re.Pattern:
        """Where a sentence calls one of those seats by the words that set it apart: "In the west,", "Further down in
        North East,", "The West contest", "West fared better" (not "the West Midlands"). Compiled on first use."""
        if self._seat_tail_refs is None:
            tails = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(self.seat_tails(), key=len, reverse=True))
            self._seat_tail_refs = re.compile(r"(?:\bin\s+(?:the\s+)?|\b(?-i:[Tt]he)\s+|(?<![^.!?\n]\s)(?<![^\s.!?\n]))(?P<tail>" + tails
                                              + r")\b(?!\s+(?-i:[A-Z]))(?!['’-])", re.I)
        return self._seat_tail_refs

    def primary_parties(self) -> frozenset:
        """The parties whose primaries the story reports ("the Democratic primary", "GOP primary"), found on first use."""
        if self._primary_parties is None:
            told = {PRIMARY_PARTIES[m.group("party").lower()] for m in _PRIMARY.finditer(self.text)}
            sections = {PRIMARY_PARTIES[m.group("party").lower()] for m in PARTY_SECTION.finditer(self.text)} if "primary" in self.low else set()
            self._primary_parties = frozenset(told | (sections if len(sections) >= 2 else set()))     # (a canvass's "REPUBLICAN PARTY" sections)
        return self._primary_parties

    def mayoralty(self) -> Optional[tuple[str, int, int]]:
        """The one town whose mayor the story means, as it writes it ("Bethany Falls' next mayor", "the race for
        Marlowe mayor", "mayor of Cedar Bluff"), with the span that says so; None when it names none or several
        equally often. Found on first use."""
        if self._mayoralty is None:
            from .gazetteer import parties
            found: dict[str, list] = {}
            for m in _TOWN_MAYOR.finditer(self.text):
                town = re.sub(r"(?:['’]s|(?<=s)['’])$", "", m.group("town") or m.group("bare") or m.group("race") or m.group("of"))
                if not parties().canonical(town) and not _NOT_A_TOWN.fullmatch(town):
                    found.setdefault(town, []).append((m.start(), m.end()))
            ranked = sorted(found.items(), key=lambda kv: -len(kv[1]))
            best = ranked[0] if ranked and (len(ranked) == 1 or len(ranked[0][1]) > len(ranked[1][1])) else None
            self._mayoralty = (best[0], *best[1][0]) if best else ()
        return self._mayoralty or None

    def entry_starts(self) -> tuple[int, ...]:
        """Where a live blog's entries start (their time stamps' lines), found on first use; none on a page with fewer
        than two stamps (one is an article's dateline: "Saturday 6 July 2024 5:00 am")."""
        if self._entry_starts is None:
            starts = tuple(s for s, e in self.line_spans if TIMESTAMP.match(self.text[s:e]))
            self._entry_starts = starts if len(starts) >= 2 else ()
        return self._entry_starts

    def section_names(self) -> frozenset:
        """Keys of seats that head sections in capitals ("SELWYN - Nat hold"), found on first use."""
        if self._section_names is None:
            self._section_names = frozenset(place_key(m.group("name")) for m in _CAPS_SEAT_LINE.finditer(self.text))
        return self._section_names

    def _trust_national_codes(self) -> None:
        """In a story from a country whose parties go by their codes ("DA holds Tshwane Ward 59"),
        its own parties' codes are parties outside brackets too."""
        from .gazetteer import parties
        gaz, own = parties(), set(parties().names(self.country))
        self.parties = [dataclasses.replace(m, bracket_only=False)
                        if m.bracket_only and m.text.isupper() and len(m.text) >= 2 and gaz.canonical(m.text, country=self.country) in own
                        else m for m in self.parties]

    def _own_shared_names(self) -> None:
        """A name several countries' parties share ("Liberals": Canada's, Sweden's) is the story's country's."""
        from .gazetteer import parties
        gaz, own = parties(), set(parties().names(self.country))
        for k, m in enumerate(self.parties):
            if m.canonical not in own and gaz.canonical(m.text) is None:
                mine = gaz.canonical(m.text, country=self.country)
                if mine:
                    self.parties[k] = dataclasses.replace(m, canonical=mine)

    def _add_parties(self, extra: list[Mention]) -> None:
        taken = [(m.start, m.end) for m in self.parties]
        extra = [m for m in extra if not any(a < m.end and m.start < b for a, b in taken)]
        if extra:
            self.parties = sorted(self.parties + extra, key=lambda m: m.start)
            self._party_starts = [m.start for m in self.parties]

    def _add_defined_parties(self, defined: dict[str, str]) -> None:
        """A party the article spells out with its code ("the Naam Tamilar Katchi (NTK)") is a party
        mention wherever its name or code stands, even when the gazetteer does not know it."""
        for code, name in defined.items():
            self.party_codes.setdefault(code, name)
        self._add_parties([Mention("PARTY", m.start(), m.end(), written, defined.get(written, written),
                                   bracket_only=written in defined)
                           for written in set(defined) | set(defined.values())
                           for m in re.finditer(r"(?<![\w'’-])" + re.escape(written) + r"(?![\w'’-])", self.text)])

    def parties_in(self, start: int, end: int) -> list[Mention]:
        return _within(self.parties, self._party_starts, start, end)

    def places_in(self, start: int, end: int) -> list[Mention]:
        return _within(self.places, self._place_starts, start, end)


def _within(found: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """Mentions wholly inside [start, end), found by bisection (they are sorted by start)."""
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(found) and found[i].start < end:
        if found[i].end <= end:
            out.append(found[i])
        i += 1
    return out


# A place the gazetteer does not know, told as one by the sentence: "The closest of them was Redditch South, where
# Reform's Nigel Whitmore polled 1,176", "the same in Woodvale, where ...", "In Arrow Valley West, which elects two councillors"
TOLD_PLACE = "TOLD"       # a Mention's label: a place the gazetteer does not know, where the sentence telling its result names it
_TOLD_NAME = r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:and\s+|&\s+|upon\s+)?[A-ZÀ-Þ][\w'’-]+){0,4})"
_ITS_RESULT = (r"(?:[\w'’-]+\s+){1,6}?(?:polled|won|took|held|gained|beat|defeated|topped|secured|finished|was\s+elected)\b"
               r"[^.;]{0,80}?\b(?:\d{1,3}(?:,\d{2,3})+|\d{2,4}\s+votes)")     # (its result told: "where X polled 1,176 votes")
_PLACE_WHERE = re.compile(r"\b(?:[Ii]n|was)\s+" + _TOLD_NAME + r","
                          r"\s+(?:where|which\s+(?:elects|elected|returns|returned)\s+(?:two|three|four|\d)\b[^.;]{0,20},)\s+" + _ITS_RESULT
                          # a paragraph that opens on the place: "In Sandur (Ballari district), Congress's X defeated BJP's Y by 9,649 votes"
                          + r"|(?:^|(?<=\n))In\s+" + _TOLD_NAME.replace("place", "opening") + r"(?:\s+\([^()\n]{1,40}\))?,\s+"
                          + r"(?:[^.;\n]{0,100}?,\s+)?" + _ITS_RESULT
                          # or closes on it: "unseated Bloc incumbent Mathieu Ducharme in Shefford by 1,333 votes"
                          + r"|\b(?:defeated|beat|unseated|ousted|won|held|took|gained|retained)\b[^.;\n]{0,60}?\bin\s+"
                          + _TOLD_NAME.replace("place", "closing") + r"\s+by\s+(?:just\s+|only\s+)?\d{1,3}(?:,\d{2,3})*\s+votes\b"
                          # or a headline ends on it: "Liberal Bruce Fanjoy topples Pierre Poilievre in Carleton"
                          + r"|\b(?:topples|defeats|beats|unseats|ousts|wins|holds|flips)\s+(?:[\w'’-]+\s+){1,4}?in\s+"
                          + _TOLD_NAME.replace("place", "headline") + r"(?=[ \t]*(?:\n|$))")
# The days and months, written out: no place's name ("In May, ..."), no part of one ("Wrexham on Friday")
_NOT_A_PLACE_WORD = re.compile(r"(?:The|This|That|" + CALENDAR_WORDS + r"|Ward|Division|District)\b")


def _with_places_told_where(text: str, places: list[Mention], parties: list[Mention]) -> list[Mention]:
    """The gazetteer's places, and each one a sentence tells as a place where something happened (at
    every place its name stands)."""
    from .names import given_name_gender      # (names reads the gazetteer; document is built on both)
    names, telling = set(), set()
    for m in _PLACE_WHERE.finditer(text):
        group = next(g for g in ("place", "opening", "closing", "headline") if m.group(g))
        name, a, b = m.group(group), m.start(group), m.end(group)
        if _NOT_A_PLACE_WORD.match(name) or given_name_gender(name.split()[0]) is not None \
                or any(x.start < b and a < x.end for x in parties) \
                or any(x.start < b and a < x.end and not (a <= x.start and x.end <= b and x.end - x.start < b - a) for x in places):
            continue        # (a known place inside it is the shorter name: "Redditch" in "Redditch South")
        names.add(name)
        if group != "headline":
            telling.add(a)      # (a headline's seat is what the story is about: a plain place)
    if not names:
        return places
    told = [Mention(TOLD_PLACE if m.start() in telling else "PLACE", m.start(), m.end(), m.group(), m.group())
            for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b(?![\w'’-])", text)]
    told = [m for m in told if not any(x.start < m.end and m.start < x.end for x in parties)]
    kept = [x for x in places if not any(m.start <= x.start and x.end <= m.end for m in told)]
    told = [m for m in told if not any(x.start < m.end and m.start < x.end for x in kept)]
    return sorted(kept + told, key=lambda m: m.start)


# "General Election 2024", "the 2024 general election", "Farnham and Bordon by-election".
def _abroad(m: Mention) -> bool:
    return places_gazetteer().region(m.canonical) not in NATIONS


_MASTHEAD = re.compile(r"\s*(?:The\s+)?(?:[A-Z][\w'’.-]*[ \t]+(?:(?:&|and)[ \t]+)?){1,4}(?:Standard|Gazette|Echo|Herald|Chronicle|Times|Post"
                       r"|Mail|Advertiser|Argus|Courier|Observer|Express|Journal|Mercury|Telegraph|Tribune|Sentinel|Examiner"
                       r"|Citizen|Bugle|Clarion|Reporter|Recorder)[ \t]*(?=\n|[|·•-])", re.I)
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’]")
_LOCAL_ELECTION = re.compile(r"\b(?:local|council)\s+election")
_ELECTION = Folded(
    r"""\b(?:(?P<y1>(?:19|20)\d\d)\s+)?
    (?P<kind>general\s+election|bye?-?election|local\s+elections?|council\s+elections?|mayoral\s+election|
       federal\s+election|Lok\s+Sabha\s+elections?|Dáil\s+election|congressional\s+elections?|midterm\s+elections?)
    (?:\s+(?P<y2>(?:19|20)\d\d))?\b""",
    re.X,
)


def election_name(text: str, year: Optional[int], low: Optional[str] = None) -> Optional[tuple[str, int, int]]:
    """('2024 general election', start, end) for the first mention of this year's election.

    >>> election_name("General Election 2024 | Results", 2024)[0]
    '2024 general election'
    >>> election_name("the Farnham and Bordon by-election", 2025)[0]
    'by-election'
    """
    for m in _ELECTION.finditer(low if low is not None else lowered(text)):
        y = m.group("y1") or m.group("y2")
        if y and year and int(y) != year:
            continue
        words = text[m.start("kind"):m.end("kind")].split()
        kind = " ".join(w.capitalize() if w.lower() in ("lok", "sabha", "dáil") else w.lower() for w in words)    # ("LOK SABHA ELECTION")
        return (f"{y} {kind}" if y else kind), m.start(), m.end()
    return None


# The country shows in the first screens of an article; scanning further costs time for nothing.
COUNTRY_SCAN_CHARS = 6000


@functools.lru_cache(maxsize=1)
def _country_cues() -> tuple[int, list[tuple[str, Cue]]]:
    data = json.loads(resources.files("extract").joinpath("data/countries.json").read_text("utf-8"))
    # One Cue per phrase: a combined alternation cannot use the engine's literal scan.
    return data["min_hits"], [(c, Cue(p)) for c, ps in data["countries"].items() for p in ps]


def _country(text: str) -> Optional[str]:
    """The country whose election the article reports, when its words make that clear."""
    min_hits, found = _country_cues()
    hits: collections.Counter = collections.Counter()
    first: dict[str, int] = {}
    for country, cue in found:
        for m in cue.finditer(text, 0, COUNTRY_SCAN_CHARS):
            hits[country] += 1
            first[country] = min(first.get(country, m.start()), m.start())
    if not hits:
        return None
    best = max(hits, key=lambda c: (hits[c], -first[c]))     # a tie goes to the country named first
    return best if best != "UK" and hits[best] >= min_hits else None


# A town's mayor as a story writes it: "Bethany Falls' next mayor", "Marlowe mayor", "mayor of Cedar Bluff".
_TOWN = r"[A-Z][\w.’'-]*(?:[ \t]+(?:[A-Z][\w.’'-]*|upon|on|de|la)){0,3}?"
_TOWN_MAYOR = re.compile(rf"(?P<town>{_TOWN})(?:['’]s|(?<=s)['’])[ \t]+(?:[a-z]+[ \t]+|[A-Z][a-z]+[ \t]+(?=mayor\b)){{0,2}}?mayor(?:al)?\b"   # "Mesquite Hollow's first Latina mayor"
                         rf"|\b(?:as|for|the)[ \t]+(?P<bare>{_TOWN})[ \t]+mayor\b(?!['’]s[ \t]+(?:office|chair|seat))"     # "a second term as Cedar Bluff mayor"
                         rf"|(?P<race>{_TOWN})[ \t]+mayor(?:al|['’]s)?[ \t]+(?:race|election|contest)\b"      # "Pinecrest mayor's race"
                         r"|\bmayor[ \t]+of[ \t]+(?:the[ \t]+)?(?:[Cc]ity[ \t]+of[ \t]+)?(?P<of>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})")
_NOT_A_TOWN = re.compile(r"(?:The|A|An|Deputy|Former|Acting|Interim|Vice|Lord|Our|Their|His|Her|Its|City|Town|County|Village|Borough|Incumbent|Current|"
                         r"Democratic|Republican|Independent|Nonpartisan|Non-partisan|[A-Z]+)")


# "* - Incumbent", "* denotes incumbent", "(*) sitting councillor", AP's "x - denotes incumbent"
_INCUMBENT_LEGEND = re.compile(r"(?:^|\s)\(?(?P<mark>\*|★|x\b|(?<=\()i(?=\)))\)?\s*(?:[-–—=:]\s*)?(?:(?<=[-–—=:\s])(?:denotes|indicates|marks)\s+)?(?<=[-–—=:\s])(?:an?\s+|the\s+)?"
                          r"(?:incumbent|sitting|defending|re-?standing)", re.I)


# A results page's key to its party codes: "Party key: LAB Labour · PW Party of Women · HER Heritage Party".
_PARTY_KEY = re.compile(r"(?:^|(?<=[.!?] ))[ \t]*[\"“]?(?:party\s+)?(?:key|legend|abbreviations|codes)[ \t]*:[ \t]*(?P<body>[^\n]+)", re.I | re.M)
# ("Party codes: DA Democratic Alliance, ANC African National Congress, ..." after a sentence of its paragraph; a CSV's quoted line)
_PARTY_NAME_WORDS = re.compile(r"\b(?:Party|Parti|Partei|Coalition|Alliance|Front|Movement|League|Congress|Union|Bloc)\b", re.I)
_SPELLED_OUT = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+[\w'’-]+){1,4}")
_KEY_PAIR = re.compile(r"(?:^|[·,;|•])\s*(?P<code>[A-Z][A-Za-z]{0,9})\s*(?:[=:–—-]\s*)?(?P<name>[A-Z][^·,;|•=\n]{2,60}?)\s*(?=[·,;|•]|\.\s|$)")     # (the key's last pair before a sentence: "PGP Pacific Green Party. Percentages ...")


_EQUALS_PAIR = re.compile(r"(?<![\w])(?P<code>[A-Z][A-Za-z]{0,5})\s*=\s*(?P<name>[A-Z][^,;=\n]{1,80}?)(?=\s*[,;]|\.(?:\s|$)|\s*$)")
_EQUALS_KEY = re.compile(r"^[^\n]*(?:[A-Z][A-Za-z]{0,5}\s*=\s*[A-Z][^,;=\n]{1,80}?[,;][^\n]*){2,}$", re.M)
_LEGEND_LINE = re.compile(r"^[ \t]*(?:\S{1,4}[ \t]+[-=–][ \t]+[A-Za-z][\w'’ ]{1,30}?(?:[ \t]{2,}|[ \t]*$)){3,}$", re.M)
_LEGEND_PAIR = re.compile(r"(?P<code>[A-Z][A-Za-z]{0,3})[ \t]+[-=–][ \t]+(?P<name>[A-Z][\w'’]*(?: [A-Za-z][\w'’]*){0,3})(?=[ \t]{2,}|[ \t]*$)")


_NO_PARTY_KEY = re.compile(r"\b(?P<code>[A-Z]{1,4})\s*(?:=|:|[-–—]\s)\s*[Nn]on-?[Pp]artisan\b")


def party_key(text: str) -> dict[str, str]:
    """Codes a page defines for itself, when the name they stand for is a known party."""
    from .gazetteer import parties
    codes: dict[str, str] = {}
    for key in _PARTY_KEY.finditer(text):
        for m in _KEY_PAIR.finditer(key.group("body")):
            name = m.group("name").rstrip(" .\"”")      # (a CSV's quoted key line: '"Party key: UPND=...; IND=Independent"')
            if parties().canonical(name) or _PARTY_NAME_WORDS.search(name) or _SPELLED_OUT.fullmatch(name):
                codes[m.group("code")] = name      # (a key line names its parties, known or not: "QS - Québec solidaire")
    if " = " in text:
        for line in _EQUALS_KEY.finditer(text):     # "PC = Progressive Conservative, NDP = New Democratic Party, NB = New Blue."
            # (and a bilingual page's "PCC = Parti conservateur du Canada / Conservative Party of Canada; ...")
            for m in _EQUALS_PAIR.finditer(line.group()):
                name = m.group("name").strip()
                if parties().canonical(name) or _PARTY_NAME_WORDS.search(name) or _SPELLED_OUT.fullmatch(name):
                    codes.setdefault(m.group("code"), name)
    if " - " in text or " = " in text:
        for line in _LEGEND_LINE.finditer(text):     # AP's "x - winner   (i) - incumbent   D - Democrat   G - Green"
            for m in _LEGEND_PAIR.finditer(line.group()):
                if parties().canonical(m.group("name")):
                    codes.setdefault(m.group("code"), m.group("name"))
    return codes


# A name the article spells out before its code: "the Naam Tamilar Katchi (NTK)", "Family First (FFP)".
_DEFINED_CODE = re.compile(r"(?P<name>(?:[A-ZÀ-Þ][\w'’-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)?){1,6})\((?P<code>[A-Z]{2,6})\)")
_CONNECTORS = {"of", "for", "and", "the"}


def initials(words: list[str]) -> str:
    """'Naam Tamilar Katchi' -> 'NTK', 'Social Democratic and Labour Party' -> 'SDLP'."""
    return "".join(w[0] for w in words if w.lower() not in _CONNECTORS)


def stands_for(code: str, letters: str) -> bool:
    """A code is a name's initials, or those and a P for "Party" ('FFP' for 'Family First')."""
    return letters == code or letters + "P" == code
# Codes that stand for offices, bodies and ballot words, never a party.
_NOT_A_PARTY_CODE = {"NOTA", "EVM", "EVMS", "RO", "ARO", "ECI", "AEC", "ECQ", "CEO", "MP", "MLA", "MPP", "MSP", "TD",
                     "PM", "UK", "US", "USA", "EU", "UN", "BBC", "CNN", "AP", "PA"}


def defined_codes(text: str) -> dict[str, str]:
    """Codes the article defines in passing whose letters are the initials of the words before them
    (a trailing P may stand for "Party"), and which the gazetteer does not already know."""
    if "(" not in text:
        return {}
    from .gazetteer import parties
    gaz = parties()
    out: dict[str, str] = {}
    for m in _DEFINED_CODE.finditer(text):
        code = m.group("code")
        if code in out or code in _NOT_A_PARTY_CODE or gaz.canonical(code):
            continue
        words = m.group("name").split()
        for i in range(len(words) - 1, -1, -1):
            name = words[i:]
            if name[0].lower() in _CONNECTORS:
                continue
            letters = initials(name)
            if stands_for(code, letters) and _used_as_a_party(text, code, m.end()):
                out[code] = re.sub(r"['’]s$", "", " ".join(name))     # ("the People's National Party's (PNP) candidate")
                break
            if len(letters) >= len(code):
                break
    return out


@functools.lru_cache(maxsize=1)
def _leader_pattern() -> re.Pattern:
    from .gazetteer import parties
    names = sorted(parties().leaders, key=len, reverse=True)
    return re.compile(r"\b(?:(?:Sir|Dame)\s+)?(?P<who>" + "|".join(re.escape(n) for n in names) + r")['’]s\s+party\b")


def _leaders_parties(text: str) -> list[Mention]:
    """A party named by its leader: "Sir Ed Davey's party finished the night with 72 seats"."""
    from .gazetteer import parties
    leaders = parties().leaders
    return [Mention("PARTY", m.start(), m.end(), m.group(), leaders[m.group("who")])
            for m in _leader_pattern().finditer(text)]


def _used_as_a_party(text: str, code: str, defined_at: int) -> bool:
    """The code stands again where a party does: after a name in brackets, or in a table cell."""
    return re.search(r"(?:\(|^|\||\t)[ \t]*" + code + r"[ \t]*(?:\)|$|\||\t)", text[:defined_at - len(code) - 2] + "\n" +
                     text[defined_at:], re.M) is not None


# A feature's opening that looks back: "Twenty-five years ago this weekend", "on the 30th anniversary of".
# ("after 22 years on the council" is a councillor's service, not a look back)
_LOOKS_BACK = re.compile(r"\b(?:(?:(?:ten|fifteen|twenty|thirty|forty|fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|[1-9]\d)"
                         r"\s+years\s+(?:ago|on(?!\s+(?:the|a|an|his|her|their|its)\s)|since)|(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+anniversary|looks?\s+back\s+(?:at|on))\b", re.I)
_YEAR_ON = re.compile(r"\b(?:(?:one|a)\s+year\s+on|twelve\s+months\s+(?:ago|on)|a\s+year\s+to\s+the\s+day|what\s+happened\s+next"
                      r"|(?:we|i)\s+went\s+back|what\s+has\s+(?:happened|changed)\s+since)\b", re.I)
_OBITUARY = re.compile(r"\b(?:obituary|who\s+has\s+died(?:\s+\w+)?\s+(?:aged|at\s+the\s+age\s+of))\b", re.I)


def _in_quote(text: str, at: int) -> bool:
    """Inside a quotation its paragraph opened before `at` and has not closed."""
    para = text[text.rfind("\n", 0, at) + 1:at]
    return para.count('"') % 2 == 1 or para.count("“") > para.count("”")


LOOKS_BACK_OPENING = 600     # characters of a feature's headline, standfirst and first paragraph, where it says it looks back


def _looks_back(text: str, year: Optional[int]) -> bool:
    """A history feature: its opening looks back, and every other year it names there is two or more before its date;
    or an obituary."""
    head = text[:1200]
    if _OBITUARY.search(text, 0, 600):
        return True         # an obituary: every win it tells is history
    if len({m.group().lower() for m in _YEAR_ON.finditer(head)}) >= 2:
        return True         # "ONE YEAR ON ... what happened next in Holme Marsh?": a follow-up; the result it recalls is last year's
    if year is None or not any(not _in_quote(head, m.start()) for m in _LOOKS_BACK.finditer(head, 0, LOOKS_BACK_OPENING)):
        return False        # (a winner's "Twenty years on, the people of this city have again backed ..." is no history feature;
        # nor is a news story whose fourth paragraph recalls "the first time since 1997 - 27 years ago")
    years = [int(y.group()) for y in _YEAR.finditer(head) if int(y.group()) != year]
    return bool(years) and max(years) <= year - 2


def _election_year(text: str) -> Optional[int]:
    """The year of the article's own dateline: the first full date near the top that reads as one (after a weekday
    or on a byline's line), else the first full date, else the latest year the article mentions."""
    head = text[:1500]
    dates = list(_YEAR_IN_DATE.finditer(head))
    m = next((d for d in dates if _DATELINE_BEFORE.search(head, max(0, head.rfind("\n", 0, d.start()) + 1), d.start())),
             dates[0] if dates else None)      # ("... looks back at the night of 1-2 May 1997." / "By X | Saturday 30 April 2022")
    if m:
        return int(m.group("year")) if m.group("year") else 2000 + int(m.group("yy"))
    # No dateline: the latest year the article mentions; earlier ones are its history.
    import datetime
    this_year = datetime.date.today().year
    years = [int(y.group()) for y in _YEAR.finditer(text) if int(y.group()) <= this_year + 1]
    return max(years) if years else None
