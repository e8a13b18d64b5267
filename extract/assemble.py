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
from .document import Doc, place_key, split_sentences
from .facts import CandFact, ContestFact, SeatFact
from .gazetteer import parties
from .headings import NOT_A_SEAT, PLACE_PATTERN_WORDS, PLACE_PATTERNS, WON_PLACE, WON_PLACE_WORDS, full_place, generic_words, heading, short_plain
from .build import build_contests
from .clauses import relative_spans
from .prose import ProseState, genders_by_surname, read_outcome, read_sentence
from .records import Contest, SeatCount
from .lines import (BROADCAST_FIGURE, FIGURE_LABEL, MAJ_LINE, SIGNED_FIGURE, STATUS, candidate_block, line_items,
                    party_tools, row_fact, table_contest_row)
from .rows import header_map, parse_cells, parse_row, split_cells
from .scan import Folded
from .settings import SEAT_CONTEXT_LINES

__all__ = ["assemble"]


_SKIP_SECTION = re.compile(
    r"""^\W*(?:two[- ](?:candidate|party)[- ]preferred|after\s+preferences
      |second\s+(?:round|count|preferences?)
      |(?:19|20)\d\d\s+(?:result|election)|previous\s+(?:result|election)
      |notional\s+(?:19|20)\d\d|last\s+time)\b
    [^\d]*$                                                  # a heading: no figures of its own""",
    re.I | re.X,
)
# A heading that starts the results proper again after a skipped section.
_RESULTS_SECTION = re.compile(
    r"""^\W*(?:first[- ]preferences?|primary\s+votes?|first\s+count
      |(?:full\s+|official\s+)?results?(?:\s+in\s+full)?)\s*:?\s*$""",
    re.I | re.X,
)
_WINNERS = Folded(r"\b(?:winners|new\s+MPs|who\s+won|members\s+elected|councillors\s+elected)\b")
# "Reform's Stan Goodin took 8,194 votes there": the seat the text last spoke of.
_OTHER_WIN_MARK = re.compile(r"✓|✔|\belected\b|\bwinner\b|(?:^|\s)x\s*-\s*[A-Z]", re.I)
_THERE = re.compile(r"\bvotes?\s+there\b|(?<![\d,])\d[\d,]{0,11}\s+there\b|\bthere\s*[,.]")
# Words without which a sentence states no party-level outcome (a cheap gate before the rules).
_OUTCOME_WORDS = Folded(r"gain|hold|taken|\bwon\b|\bwins?\b|held|retain|kept|keeps|returned|went\s+to|fell\s+to|seiz|captur|regain|\btakes?\b")
# A live-blog entry's time stamp on its own line: "05:46 BST", "5.09am", "16m ago",
# "Fri 5 Jul 2024 05.05 BST", "Updated at 05.14 BST" is not one (it ends an entry, not starts one).
_TIMESTAMP = re.compile(
    r"""^\s*(?:(?:Posted|Updated|Published)\s+(?:at\s+)?)?         # "Posted at 04:58"
    (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?
    (?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{4}\s+)?)?
    (?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:BST|GMT|CET|CEST|EST|EDT|ET|PT|AEST|NZST|IST|am|pm|a\.m\.|p\.m\.)?
      |\d{1,3}\s*(?:m|min|mins|h|hr|hrs)\s+ago)\s*$""",
    re.X,
)



def assemble(text: str, year: Optional[int] = None) -> tuple[list[Contest], list[SeatCount]]:
    """``year``: the article's own year when the page states it (HTML metadata); else read from the text."""
    doc = Doc.build(text, year)
    facts, seat_facts, place_hits = _read(doc)
    contests = _resolve(doc, facts, place_hits)
    return contests, _seat_records(doc, seat_facts)


def _read(doc: Doc):
    """Step 1: every line to facts."""
    text = doc.text
    is_party, split_glued = party_tools()
    facts: list = []
    seat_facts: list[SeatFact] = []
    place_hits: list[tuple[int, str]] = []
    names: dict[Optional[str], str] = {}
    state = ProseState(surname_genders=genders_by_surname(text))
    current: Optional[str] = None
    header = None
    seat_kind, seat_until = None, -1
    pending: Optional[dict] = None       # broadcaster layout: "Labour, Andy MacNae" then "- 18,247 votes"
    prev_plain: Optional[str] = None     # the previous short line, for two-line candidate blocks
    winners_until = -1                   # rows under a "THE WINNERS" heading are winners
    seat_party = None                    # a party line in a seat graphic, waiting for its number line
    label_line = None                    # a "Majority" / "Turnout" line waiting for its figure line
    last_routed = None                   # the last seat a prose sentence was about, for "there"
    in_entry = False                     # inside a live-blog entry: its first result sentence names its contest
    skip_rows = False                    # rows under "Two-candidate preferred" are not first-count results
    n_before, prev_li = 0, -1
    for li, (s, e) in enumerate(doc.line_spans):
        if _mark_winners(facts, n_before, prev_li, winners_until):
            winners_until = li
        n_before, prev_li = len(facts), li
        line = text[s:e]
        if not line.strip():
            header, skip_rows = None, False
            continue
        if _TIMESTAMP.match(line):
            current, header, pending = None, None, None   # a live-blog entry starts
            in_entry = True
            continue
        if in_entry and current is None:
            named = {m.canonical for m in doc.places_in(s, e)}
            if len(named) == 1:
                current = place_key(named.pop())   # a live-blog entry is about the one seat it names
        for m in doc.places_in(s, e):
            place_hits.append((m.start, m.canonical))
        if len(line) < 60 and _WINNERS.search(doc.low, s, e) and not any(ch.isdigit() for ch in line):
            winners_until = li + 2
            continue
        h = heading(doc, s, e)
        if h:
            name, rest = h
            current = place_key(name)
            names[current] = name
            facts.append(ContestFact("name", name, s, e, current))
            skip_rows = False
            facts.extend(read_outcome(doc, s, e, current))
            pending = None
            if rest >= e:
                continue
            s = rest
            line = text[s:e]
        if _SKIP_SECTION.search(line) and len(line) < 70:
            skip_rows, pending = True, None
            continue
        if skip_rows and _RESULTS_SECTION.match(line):
            skip_rows = False
            continue
        kind = seats_mod.seat_kind(line)
        if kind == "projection" and seat_kind == "exit_poll" and li <= seat_until:
            kind = None          # an exit poll is itself a projection: "The projection, carried out by Ipsos"
        if kind:
            seat_kind, seat_until = kind, li + SEAT_CONTEXT_LINES
        cells = split_cells(line)
        if cells and header_map(cells):
            header = header_map(cells)
        if li <= seat_until and seat_kind:
            found = []
            bare = re.fullmatch(r"\s*(\d{1,3})\s*", line)
            if bare and seat_party and seat_party[2] == li - 1 and int(bare.group(1)) <= 650:
                # A graphic flattened one figure per line: "LAB" / "410".
                found = [SeatFact(seat_kind, seat_party[0], seat_party[1], int(bare.group(1)), seat_party[3], e)]
            seat_party = None
            if not found and short_plain(line) and parties().canonical(line.strip()):
                seat_party = (parties().canonical(line.strip()), line.strip(), li, s)
                seat_until = li + SEAT_CONTEXT_LINES
                continue
            if cells and not found:
                found = seats_mod.read_seat_cells(doc, cells, header.columns if header else None, s, e, seat_kind,
                                                  header.names if header else None)
            for ss, se in ([] if found else split_sentences(text, s, e)):
                found += seats_mod.read_seats(doc, ss, se, seats_mod.seat_kind(text[ss:se]) or seat_kind)
            if found:
                seat_facts.extend(found)
                seat_until = li + SEAT_CONTEXT_LINES
                continue
        if cells and len(cells) >= 2:
            hm = header_map(cells)
            if hm:
                header = hm
                continue
            if table_contest_row(cells, s, e, current, facts):
                facts.extend(read_outcome(doc, s, e, current))
                continue
            row = parse_cells(cells, header, is_party)
            if row and skip_rows:
                continue
            if row:
                facts.append(row_fact(row, s, e, current))
                continue
        # Broadcaster layout: a candidate block ("Party, Name", or a party line and a name
        # line in either order) then figure lines ("- 18,247 votes", "Share: 40.9%").
        # A label line and its figure on the next line: "Labour majority" / "7,939", "Turnout" / "53.2%".
        if label_line is not None and label_line[0] == li - 1:
            fig = re.fullmatch(r"\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(%?)\s*", line)
            if fig:
                value, pct = fig.group(1).replace(",", ""), fig.group(2)
                if label_line[1] == "majority" and not pct and "." not in value:
                    facts.append(ContestFact("majority", int(value), label_line[2], e, current, strength=3))
                    facts.extend(read_outcome(doc, label_line[2], label_line[3], current))
                elif label_line[1] == "turnout" and (pct or "." in value) and float(value) <= 100:
                    facts.append(ContestFact("turnout", float(value), label_line[2], e, current, strength=3))
                label_line = None
                continue
        label_line = None
        lab = FIGURE_LABEL.fullmatch(line)
        if lab:
            label_line = (li, "majority" if lab.group("maj") else "turnout", s, e)
            continue
        b = BROADCAST_FIGURE.match(line)
        if skip_rows:
            b, pending = None, None
        if b and pending and not SIGNED_FIGURE.match(line):
            val = b.group("num").replace(",", "")
            label = (b.group("label") or b.group("unit") or "").lower()
            is_share = "share" in label or "%" in line or "per cent" in label
            bare_votes = not label and "." not in val and "share" not in pending
            if is_share or "vote" in label or bare_votes:
                if is_share and "share" in pending or not is_share and "votes" in pending:
                    pending = None           # a second figure of the same kind: the block is over
                    continue
                pending["share" if is_share else "votes"] = True
                facts.append(CandFact(pending["name"], s, e, current, party=pending["party"],
                                      share=float(val) if is_share else None,
                                      votes=None if is_share else int(float(val)), strength=3))
            continue
        if pending and STATUS.match(line):
            if STATUS.match(line).group("won"):       # "ELECTED" under the name
                facts.append(CandFact(pending["name"], s, e, current, party=pending["party"], elected=True, strength=3))
            continue
        if b and pending and SIGNED_FIGURE.match(line):
            continue          # "- +4.3 change"
        block = candidate_block(line, prev_plain, is_party)
        if block:
            pending = block
            prev_plain = None
            continue
        prev_plain = line.strip() if short_plain(line) else None
        if skip_rows:
            continue
        if li <= seat_until and MAJ_LINE.match(line) and not parse_row(line, is_party, split_glued):
            continue     # "Labour majority: 174" under the national totals
        read = line_items(doc, s, e, current, facts, is_party, split_glued)
        # Sentences the row rules did not read are prose: "Labour's Anna Gelderd won with 15,670
        # votes ... Paul Wadley, Reform UK, 9,311 (18.9%); Colin Martin, ..."
        sentences = [(ss, se) for ss, se in split_sentences(text, s, e)
                     if not any(a <= ss < b or a < se <= b for a, b in read)]
        para = current          # a paragraph that names a seat with a result is about that seat to its end
        for ss, se in sentences:
            there = last_routed if current is None and "there" in text[ss:se] and _THERE.search(text, ss, se) else None
            found = _prose(doc, ss, se, state, there or para)
            facts.extend(found)
            named = [f for f in found if isinstance(f, ContestFact) and f.field == "name" and f.strength == 0]
            if named and current is None:
                para = last_routed = named[0].contest
                if in_entry:
                    current = named[0].contest     # "Liz Truss loses South West Norfolk to Labour"
    _mark_winners(facts, n_before, prev_li, winners_until)
    if doc.star_is_incumbent:
        for f in facts:
            if isinstance(f, CandFact) and f.elected and f.strength >= 3 and "*" in text[f.start:f.end] \
                    and not _OTHER_WIN_MARK.search(text, f.start, f.end):
                f.elected = None          # "Mark DeVries (R)*" under "* - Incumbent"
    return facts, seat_facts, place_hits


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
        |(?:Leisure|Sports|Civic|Community|Conference|Exhibition)\s+Centre|Town\s+Hall|City\s+Hall|Guildhall
        |Arena|Stadium|Racecourse|Showground|College|University|Academy|School|Corn\s+Exchange)\b""",
    re.X,
)


def _prose(doc: Doc, s: int, e: int, state: ProseState, current: Optional[str]) -> list:
    """One sentence: its facts, routed to the contest it names when it names one with a result."""
    text = doc.text
    contest = current
    named = [m for m in doc.places_in(s, e)
             if not _NOT_THE_SEAT_AFTER.match(text, m.end, m.end + 24)
             and not re.search(r"\b(?:former|ex-|old|neighbouring|nearby)\s+$", text[max(s, m.start - 12):m.start])
             and not text.startswith(("'s ", "’s "), m.end)]       # "Christchurch's Ilam electorate"
    extra = []
    rel = relative_spans(text, s, e)
    for pat, words in zip(PLACE_PATTERNS, PLACE_PATTERN_WORDS):
        if not words.any_in(doc.low, s, e):
            continue
        for m in pat.finditer(text, s, e):
            if not any(a <= m.start() < b for a, b in rel) and not generic_words(m.group("place")):
                extra.append((m.start("place"), m.group("place")))
    named = [m for m in named if not any(a <= m.start < b for a, b in rel)]
    won = [(m.start("place"), m.group("place")) for m in (WON_PLACE.finditer(text, s, e) if WON_PLACE_WORDS.any_in(doc.low, s, e) else ())
           if not generic_words(m.group("place")) and not parties().canonical(m.group("place"))
           and not NOT_A_SEAT.search(m.group("place"))
           and not any(a <= m.start() < b for a, b in rel)]
    won = [(pos, re.sub(r"^[\w-]+['’]s\s+", "", place)) for pos, place in won]   # "Christchurch's Ilam"
    if won and not named:
        # "has been elected in Nanaimo—Ladysmith, taking the Vancouver Island riding": the won place
        extra = won[:1]
    facts = read_sentence(doc, s, e, state, contest)
    if _OUTCOME_WORDS.search(doc.low, s, e):
        facts.extend(read_outcome(doc, s, e, contest))
    target = None
    won_named = [m for m in named if any(pos == m.start for pos, _ in won)]
    if won_named:
        target = won_named[0].canonical       # "from Doncaster, where Ed Miliband has held Doncaster North, and from Bassetlaw"
    elif named:
        target = named[-1].canonical
    elif extra:
        target = full_place(doc, extra[0][1])     # patterns are tried most specific first
    if target:
        key = place_key(target)
        facts.append(ContestFact("mention", target, s, e, key))
        if any(isinstance(f, CandFact) and (f.elected or f.votes is not None or f.share is not None) for f in facts) or \
                any(isinstance(f, ContestFact) and f.field == "winner_party" for f in facts):
            for f in facts:
                if f.contest == current:
                    f.contest = key
            facts.append(ContestFact("name", target, s, e, key, strength=0))
    return facts


def _resolve(doc: Doc, facts: list, place_hits) -> list[Contest]:
    """Steps 2-3."""
    return build_contests(doc, facts, place_hits)


def _seat_records(doc: Doc, seat_facts: list[SeatFact]) -> list[SeatCount]:
    out: list[SeatCount] = []
    seen: set[tuple[str, str]] = set()
    gaz = parties()
    for f in seat_facts:
        party = (gaz.canonical(f.party_as_written, country=doc.country) if doc.country else None) or f.party
        if (f.kind, party) in seen:
            continue
        seen.add((f.kind, party))
        snippet = doc.text[f.start:f.end]
        written = re.sub(r"^(?:the|The)\s+", "", f.party_as_written)
        out.append(SeatCount(kind=f.kind, party=party, party_as_written=written, seats=f.seats,
                             evidence=[snippet], evidence_spans=[(f.start, f.end)]))
    return out
