"""Who won, and for which party: win verbs, party-level outcomes and party ties in prose.

'X has held the seat', 'beaten by X', 'Lab gain from Con', 'Labour has taken X from the SNP',
"Labour's X", 'the Green candidate, X', 'X, standing for the English Democrats'.
"""

from __future__ import annotations

import re
from typing import Optional

from .clauses import (ASIDE, CLAUSE_EDGE, LEAD_ADVERBIAL, clause_of, core, inside, is_past, cues, relative_spans)
from .document import Doc, place_key, split_sentences
from .facts import CandFact, ContestFact
from .gazetteer import parties
from .names import PersonSpan
from .numbers import ORDINAL
from .owners import LIST_GAP

__all__ = ["read_outcome", "party_links", "read_wins"]

_OUTCOME_AFTER = re.compile(
    r"""^\s*(?:win\s*[–—-]\s*|wins?\s+)?                  # "Lab win – gain from C"
    (?P<kind>gain|hold|retain)\b
    (?!s?\s+(?:(?:overall|outright|majority|minority|their|its)\s+)?(?:control|power)\b)    # a council's control, not a seat
    (?!s?\s+(?:ground|momentum|traction|support|votes|share)\b)                   # "as Conservatives gain ground"
    (?:\s+from\s+(?:the\s+)?)?""",
    re.I | re.X,
)
_PARTY_TAKES = re.compile(
    r"""^\s*(?:has|have|had)?\s*(?:also\s+|again\s+|now\s+)?(?:comfortably\s+|narrowly\s+|easily\s+)?
    (?P<verb>taken|won|gained|held|retained|kept|seized|captured|regained|won\s+back|snatched
       |continued\s+their\s+control\s+of
       |take|takes|win|wins|gains|holds|hold|keeps|seize|seizes|snatch|snatches
       |took(?=\s+(?:its|their|the|a)\s+(?:first\s+|only\s+|new\s+)?seat\b))\b(?!['’]t)     # (not "Liberals won't appeal")
    (?!\s+(?:(?:overall|outright|majority|minority|their|its)\s+)?(?:control|power)\b)     # "Reform UK took its first seat"
    (?!\s+(?:ground|momentum|traction|support|votes|share)\b)""",     # (not "the NDP gained ground this election")
    re.I | re.X,
)
_RETURNED_TO = re.compile(r"\b(?:returned|went|fell|falls|goes|switched|turned)\s+to\s+(?:the\s+)?$"
                          r"|\b(?:lost|loses|losing)\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w'’-]+\s+){0,4}?(?:seat\s+)?to\s+(?:the\s+)?$", re.I)
# ("has lost his North East Hampshire seat to the Liberal Democrats": theirs now)
_APPOSITION = re.compile(r"^,\s*(?:\d{1,3},\s*)?(?:the|a|an|another)\s+(?:[\w-]+\s+){0,2}?$", re.I)
# "standing for the Greens", "standing against it as an independent", "standing for George Galloway's Workers Party"
STANDING = re.compile(r"""(?<!from\s)(?<!barred\sfrom\s)\b(?:standing|stood|running|ran|stands|standing\s+again)\s+(?:against\s+\w+\s+)?(?:for|as)\s+
    (?:the\s+|an?\s+)?(?:(?-i:[A-Z][\w-]+)\s+){0,2}?(?:(?-i:[A-Z][\w-]+)['’]s\s+)?$""", re.I | re.X)
_LATER_AS = re.compile(r"[^,.;]{0,30}?\bbut\s+(?:later|then|now|has\s+since)\s+(?:sat|sits|stood|stands|ran|runs)\s+as\s+(?:an?\s+)?")
_OF_PARTY = re.compile(r"^\s+(?:of|from)\s+(?:the\s+)?$|^\s*,\s+(?:of|for)\s+(?:the\s+)?$", re.I)     # ("Celia Hibbert, of the Independent Network, 1,395")
# A list of candidates: "Standing were Kerry Ashdown for the Lib Dems, Paul Tennant for the Conservatives and ..."
_FOR_IN_LIST = re.compile(r"\s+for\s+(?:the\s+)?")
_LIST_NEXT = re.compile(r"\s*(?:,|;|\.|\band\b|$)|\s+(?:took|polled|got|received|came|finished|secured|won|had|was)\b")   # "Darren Selkus for Reform UK took 6,584"
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$")


# A sentence that lists the winners: "Elected as Members of the Senedd for the constituency are X and
# Y (Reform UK), Z (Labour) ...", "The new councillors are ...", "Those elected were: ...".
_ELECTED_LIST = re.compile(
    r"""^\s*(?:(?:those\s+|also\s+)?(?:elected|returned)\b[^.;:]{0,80}?\b(?:are|were)
      |the\s+(?:new|successful|elected)\s+(?:\w+\s+){0,3}?(?:members|councillors|candidates|MSs|MSPs|MLAs|TDs)\s+(?:are|were)
      |(?:elected|successful\s+candidates)\s*(?=:)     # a count's "ELECTED: Hurley (FF), Dineen (FG), ..."
    )\s*:?\s*(?=[A-Z])""",
    re.I | re.X,
)


# A sentence about the last person named: "She was elected ...", "On Thursday she won 22,937 ... and is now the MP".
_PRONOUN_LEAD = re.compile(r"\s*(?:(?:On|In|At|By|After)\s+[^,.;]{1,30}?,?\s+)?(?:[Hh]e|[Ss]he)\b")
_AND = re.compile(r"\band\s")


# An area inside a race that a candidate carried: "won Portage County by 562 votes", "carried Grant County, ..."
# (not "was elected Tamarack County District Attorney": an office goes on after it).
_AREA_WON = re.compile(r"\s*(?:[A-Z][\w'’.-]+\s+){1,3}(?:County|Counties|Parish)(?:['’]s\s+share)?(?=\s+by\s+\d|\s*[,.;]|\s+and\b)")


def read_wins(doc, sent, subject, facts, contest, whole, lead_end: Optional[int] = None):
    """'X has held the seat', 'X was elected', 'beaten by X', 'X and Y were both elected'."""
    c = cues()
    text = doc.text
    lead_past = LEAD_ADVERBIAL.match(whole) and is_past(whole.split(",")[0], doc.election_year)
    pron = _PRONOUN_LEAD.match(whole)
    lead = pron.end() if pron else lead_end
    if lead is not None and subject and not subject.startswith("@") and not lead_past:
        # "She was elected on Friday", "The Liberal Democrat, who ..., was re-elected in ...": the verb
        # right after the words that name the subject (and an aside), or after an "and" in its clause.
        # (win_after is matched on slices: its "^" holds only at a string's start)
        app = ASIDE.match(whole[lead:])
        first = lead + (app.end() - 1 if app else 0)
        starts = [first] + [a.end() - 1 for a in _AND.finditer(whole, first, first + 60)]
        hit = next((at for at in starts if c["win_after"].match(whole[at:])), None)
        if hit is not None and not is_past(whole[hit:], doc.election_year) and not _LIST_SEAT.search(whole, hit) \
                and not _HAD_HELD.match(whole, hit):
            facts.append(CandFact(subject, sent.s, sent.e, contest, elected=True))
    listed = _ELECTED_LIST.match(whole)
    if listed and not is_past(whole, doc.election_year):
        for p in sent.people:
            if p.start >= sent.s + listed.end() and not inside(p.start, sent.rel):
                facts.append(CandFact(sent.resolve(p), sent.s, sent.e, contest, elected=True))
        return
    for idx, p in enumerate(sent.people):
        if inside(p.start, sent.rel):
            continue
        head = _strip_roles(text[max(sent.s, p.start - 90):p.start])
        won_over = c["win_before"].search(head)          # "beaten in North Somerset by X", "lost to X"
        if not won_over and re.search(r"\b(?:ahead\s+of|over|against|from|than|behind|past|beat|defeated|defeating|unseating|ousting|replacing|to)\s+(?:[\w'’-]+\s+){0,3}$", head):
            continue
        tail = text[p.end:sent.e]
        # Skip an apposition: "Rupert Lowe, the businessman and former ... chairman, was declared".
        app = ASIDE.match(tail)
        # "The NDC candidate, Mr X, has been declared winner": the apposition closes after the name
        closed = tail.lstrip()[1:] if tail.lstrip().startswith(",") and re.search(r",\s*(?:[A-Z][a-z]{1,5}\.?\s+)?$", text[max(sent.s, p.start - 12):p.start]) else None
        of_party = _OF_THE.match(tail)
        if of_party:        # "Caleb Amisi of UDA was declared winner": past the party he stands for
            ps = [m for m in doc.parties_in(p.end + of_party.end(), min(sent.e, p.end + of_party.end() + 50)) if m.start == p.end + of_party.end()]
            of_party = tail[ps[0].end - p.end:] if ps else None
        joined = _AND_WAS.match(tail)
        if joined and any(p.end < q.start < p.end + joined.end() for q in sent.people):
            joined = None       # (not "X beat Y and was ...": Y's clause)
        paired = _listed_tail(text, sent, idx)
        for t in (tail, tail[app.end():] if app else None, closed, of_party, tail[joined.end():] if joined else None, paired):
            # (paired: "Greaney and O'Dwyer elected" elects both)
            if t is None:
                continue
            m = c["win_after"].match(t)
            if m:
                # The win's own clause must not be about the past ("held the seat from 2010").
                at = sent.e - len(t) + m.end()
                edge = CLAUSE_EDGE.search(text, at, sent.e)
                region = text[p.start:p.end] + " " + t[:m.end()] + text[at:edge.start() if edge else sent.e]
                plo, _ = clause_of(text, p.start, p.end, sent.s, sent.e)
                if re.match(r"\s*(?:when|where|after|before)\b", text[plo:p.start], re.I):
                    region = text[clause_of(text, max(sent.s, plo - 2), max(sent.s, plo - 1), sent.s, sent.e)[0]:plo] + region
                elif _WHEN_BEFORE.search(text, plo, p.start):
                    region = text[plo:p.start] + region      # "reversing the map of 2019 when Joanna Cherry held ..."
                elif _YEAR_LEAD.match(text, plo, p.start):
                    region = text[plo:p.start] + region     # "and in 2019 Mr Dorans beat the Conservative Bill Grant"
                region = _SEAT_HISTORY.sub(r"\g<seat>", region)     # "increased her grip on the seat she took ... five years ago"
                perfect = re.match(r"\s*(?:has|have)\s", t)     # "has won back the seat he first held in 1997"
                if lead_past or (is_past(region, doc.election_year) and not perfect) or _LIST_SEAT.search(region) \
                        or _HAD_HELD.match(t) or _AREA_WON.match(text, at, min(sent.e, at + 60)):
                    m = None        # ("Vang won Portage County by 562 votes": an area inside the race, not the race)
            if m and not re.match(r"^\s*(?:won|received|got|took|polled)\s+\d", t):
                if re.search(r"\b(?:were|have)\s+(?:both\s+|all\s+)?(?:been\s+)?(?:deemed\s+|declared\s+)?(?:re-?)?elected", m.group(0), re.I):     # ("have both been elected", "have been deemed elected")
                    for q in sent.people[:idx + 1]:
                        if not inside(q.start, sent.rel):
                            facts.append(CandFact(sent.resolve(q), sent.s, sent.e, contest, elected=True))
                else:
                    facts.append(CandFact(sent.resolve(p), sent.s, sent.e, contest, elected=True))
                break
        aside = ASIDE.match(tail.lstrip(".")) if tail.lstrip(".")[:2] == ", " else None
        if not won_over and _DECLARED_BEFORE.search(head) and (_THE_WINNER.match(tail) or aside and _THE_WINNER.match(" " + tail.lstrip(".")[aside.end():])) \
                and not lead_past \
                and not is_past(whole, doc.election_year):
            won_over = _DECLARED_BEFORE.search(head)         # "the returning officer declared Ms Chandran the winner" ("... John Ewing Jr., a Democrat, the winner")
        if won_over and not lead_past and not is_past(head[won_over.start():] + text[p.start:clause_of(text, p.start, p.end, sent.s, sent.e)[1]], doc.election_year):
            facts.append(CandFact(sent.resolve(p), sent.s, sent.e, contest, elected=True))
    counted = _ELECTED_ON_COUNT.search(text, sent.s, sent.e)
    if counted and not lead_past and not is_past(whole, doc.election_year):
        for p in sent.people:
            # "X was elected on the eighth count and Fine Gael's Y (9,115) on the ninth": the count's verb, left out
            if p.start > counted.end() and not inside(p.start, sent.rel) and _ON_THE_NTH.match(text, p.end, sent.e) \
                    and _AND_BEFORE.search(text, max(sent.s, p.start - 40), p.start):
                facts.append(CandFact(sent.resolve(p), sent.s, sent.e, contest, elected=True))
    opener = next((p for p in sent.people if not inside(p.start, sent.rel)), None)
    after_win = _AFTER_WINNING.search(text, opener.end, sent.e) if opener is not None else None
    if after_win and not lead_past and not any(opener.end <= q.start < after_win.start() and not _POSSESSIVE.match(text, q.end) for q in sent.people) \
            and not is_past(text[opener.start:sent.e], doc.election_year):
        # "Labour's Emma Reynolds celebrates at the count after winning with 16,035 votes": the subject won
        facts.append(CandFact(sent.resolve(opener), sent.s, sent.e, contest, elected=True))


def _listed_tail(text: str, sent, idx: int) -> Optional[str]:
    """What follows the list that person idx opens, when it ends with "and": "Kowalski, Yang and Brennan win the three
    seats", "Greaney and O'Dwyer elected" (the verb after the last name is everyone's)."""
    people, k = sent.people, idx
    while k + 1 < len(people):
        gap = (people[k].end, people[k + 1].start)
        k += 1
        joint = _LIST_GAP.fullmatch(text, *gap)
        if joint is None:
            return None
        if joint.group().strip(" ,"):
            return text[people[k].end:sent.e]       # (the "and" before the last name ends the list)
    return None


_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:and|&)\s+")


_POSSESSIVE = re.compile(r"['’]s?\s")     # "Mesquite Hollow's first mayor": no rival between
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_ELECTED_ON_COUNT = re.compile(r"\belected\s+on\s+the\s+" + ORDINAL + r"\s+(?:count|stage|round)\b", re.I)
_ON_THE_NTH = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?on\s+the\s+" + ORDINAL + r"\b(?:\s+(?:count|stage|round))?\s*(?:[,;.]|$)", re.I)
_AND_BEFORE = re.compile(r"\band\s+(?:[\w'’]+\s+){0,3}$")
_CANDIDATE_AFTER = re.compile(r"\s+(?:candidate|nominee|standard-bearer)\b")
_PARTYS_CANDIDATE = re.compile(r"['’]s\s+(?:\w+\s+)?(?:candidate|nominee|standard-bearer)\b")
# "Ms Ellerby stood for the Green Party and was elected with 1,046 votes": the verb after the "and"
_AND_WAS = re.compile(r"[^,;.]{0,60}?\s+and\s+(?=(?:was|were|has\s+been|had\s+been|is)\s)")
_WHEN_BEFORE = re.compile(r"\b(?:when|where)\s+$", re.I)
# A relative clause telling how the seat was first won: its past is the seat's, not this win's.
_SEAT_HISTORY = re.compile(r"\b(?P<seat>seat|constituency|ward|riding|division)\s+(?:that\s+|which\s+)?(?:he|she|they)\s+(?:had\s+)?"
                           r"(?:first\s+)?(?:won|took|gained|captured|snatched|seized|flipped)\b.*", re.S)
_HAD_HELD = re.compile(r"\s*had\s+(?:held|represented|kept)\b")    # "Mr Fysh had held the seat since then": its history
_YEAR_LEAD = re.compile(r"\s*(?:and\s+|but\s+)?(?:in|at|by)\s+(?:the\s+)?(?:19|20)\d\d\b")
# A seat won on another ballot: "He was returned as one of the seven regional list MSPs".
_LIST_SEAT = re.compile(r"\b(?:regional\s+list|list\s+(?:MSP|MS|MP|member|seat|candidate)s?|(?:from|on|via)\s+the\s+(?:regional\s+|party\s+)?list|top-up)\b")
_AFTER_WINNING = re.compile(r"\b(?:after|on|since)\s+(?:winning|taking|holding|retaining|gaining|capturing)\s+"
                            r"(?:the\s+seat\s+|it\s+)?(?:with|by)\s+(?:a\s+majority\s+of\s+|just\s+)?\d"
                            r"|\bafter\s+(?:defeating|beating|unseating|ousting|toppling)\s+(?!(?:him|her|them)\b)")
_WHO_AS = re.compile(r",\s+who\s+[^.;,]{0,50}?\bas\s+(?:the\s+)?")
_LEFT_THE_ROLE = re.compile(r"\b(?:stepped\s+down|stood\s+down|resigned|quit|retired)\s+as\b")
_ROLE_AFTER_PARTY = re.compile(r"\s+(?:party\s+)?(?:leader|MP|candidate|member|councillor|chair(?:man|woman)?)\b")
_NOT_STANDING = re.compile(r"\b(?:former|ex-|would-be|prospective|original|previous)\s*$", re.I)
_DECLARED_BEFORE = re.compile(r"\b(?:declared|declares?|declaring|named|names|pronounced)\s+$")
# (the party between: "hereby declare Dzifa Agbenyega of the National Democratic Congress as duly elected", "declared X (NPP) duly elected")
_THE_WINNER = re.compile(r"(?:\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){0,5}?[A-Z][\w'’-]*|\s*\([^()\d]{1,50}\),?)?"
                         r"\s+(?:as\s+)?(?:the\s+)?(?:winner|victor|elected|duly\s+elected)\b")


def _strip_roles(head: str) -> str:
    """Drop party and role words before a name so 'beaten by the Liberal Democrat ' ends with 'by the '."""
    c = cues()
    words = head.split(" ")
    gaz = parties()
    while words and (words[-1] == "" or words[-1].lower().strip(",") in c["roles"] or words[-1][:1].isupper()
                     or gaz.is_party_word(words[-1].strip(","), bracket=True)):      # "lost to the independent "
        words.pop()
    return " ".join(words) + " "


_SEATS_WHERE = re.compile(r"\b(?:seats|constituencies|wards|divisions|ridings|electorates|districts)\s+(?:where|that|which|in\s+which)\s+(?:the\s+)?$", re.I)
_GAIN_IN = re.compile(r"(?:\s+(?:firm|on|comfortably|easily|narrowly))?(?:\s+by\s+[\w-]+(?:\s+[\w-]+)?\s+votes?|\s+under\s+\w+)?\s+in\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:and\s+)?[A-ZÀ-Þ][\w'’-]+){0,3})")
_CONCESSIVE_TAIL = re.compile(r",\s+(?:though|although|even\s+though|whereas)\b[^;]*$", re.I)   # "..., though that is down on the 78% it took in 2021."
_NOTIONAL_MARK = re.compile(r"\(\s*notional\s*\)", re.I)


def read_outcome(doc: Doc, s: int, e: int, contest: Optional[str], people_win: bool = False) -> list:
    """Party-level outcome: 'Lab gain from Con', 'Conservative hold', 'Labour has taken X from the SNP'."""
    text = doc.text
    out: list = []
    sentences = split_sentences(text, s, e)
    if len(sentences) > 1:
        for ss, se in sentences:
            out.extend(read_outcome(doc, ss, se, contest))
        return out
    ps = [m for m in doc.parties_in(s, e) if not (m.bracket_only and len(m.text) <= 2 and text[m.end:m.end + 1] not in (" ", "\n", "", ".", ","))]
    rel = relative_spans(text, s, e) if ps else []
    if is_past(_CONCESSIVE_TAIL.sub("", _NOTIONAL_MARK.sub(" ", core(text, s, e, rel))), doc.election_year):
        return out          # (but "Lab gain from C (notional)" is this result, against the notional one; and
        #                     "..., which X held at the 2016 by-election, fell to ..." is about now)
    for k, m in enumerate(ps):
        if inside(m.start, rel):
            continue        # "a majority of 355 in a division the Tories had held since 2005": the seat's history
        after = text[m.end:e]
        o = _OUTCOME_AFTER.match(after)
        if o:
            where = _GAIN_IN.match(text, m.end + o.end(), e)
            if where and where.group("place") != m.text:     # "a Green gain by six votes in Westleigh": that seat's
                out.append(ContestFact("winner_party", m.canonical, s, e, place_key(where.group("place")), strength=2))
                continue
            out.append(ContestFact("winner_party", m.canonical, s, e, contest, strength=2))
            by = re.match(r"\s+by\s+(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*%|\.\d)", after[o.end():])
            if by:                                   # "Labour hold by 1,504"
                out.append(ContestFact("majority", int(by.group(1).replace(",", "")), s, e, contest))
            out.append(ContestFact("outcome", "gain" if o.group("kind").lower() == "gain" else "hold", s, e, contest))
            nxt = ps[k + 1] if k + 1 < len(ps) else None
            if o.group("kind").lower() == "gain" and nxt and nxt.start - m.end <= o.end() + 2:
                out.append(ContestFact("gained_from", nxt.canonical, s, e, contest))
            continue
        if m.bracket_only and len(m.text) <= 3 and m.text not in doc.party_codes:     # (a code the page defines is a party)
            continue
        if _SEATS_WHERE.search(text, max(s, m.start - 40), m.start):
            continue        # "in a handful of seats where the Conservatives held on": seats in general, not this one
        t = _PARTY_TAKES.match(after)
        before = text[max(s, m.start - 12):m.start]
        if t and not re.search(r"['’]s\s*$", before) and not (m.end < e and text[m.end:m.end + 2] in ("'s", "’s")):
            out.append(ContestFact("winner_party", m.canonical, s, e, contest, strength=1))
            verb = t.group("verb").lower()
            out.append(ContestFact("outcome", "hold" if verb.startswith(("held", "hold", "retain", "kept", "keep", "continued")) else "gain", s, e, contest))
            nxt = ps[k + 1] if k + 1 < len(ps) else None
            if nxt and re.search(r"\bfrom\s+(?:the\s+)?$", text[m.end:nxt.start]) and nxt.start - m.end < 90:
                out.append(ContestFact("gained_from", nxt.canonical, s, e, contest))
            continue
        if _RETURNED_TO.search(text[max(s, m.start - 80):m.start]) and not is_past(core(text, s, e, rel), doc.election_year):
            out.append(ContestFact("winner_party", m.canonical, s, e, contest, strength=1))
    return out


def party_links(doc: Doc, sent_people: list[PersonSpan], s: int, e: int, resolve, contest: Optional[str]) -> list:
    """Which party the text ties each named person to."""
    c = cues()
    text = doc.text
    hon = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "cllr", "councillor", "colonel", "lord", "lady"}
    ps = doc.parties_in(s, e)
    out = []
    for k, p in enumerate(sent_people):
        found = None
        stood = False
        # Before the name: "Labour's Keir Cozens", "the Green candidate, Trevor Rawson", "Reform candidate Mr Peacock".
        for m in reversed(ps):
            if m.end > p.start:
                continue
            gap = text[m.end:p.start]
            if len(gap) > 50:
                break
            if (m.bracket_only or m.text.isupper()) and len(m.text) <= 5 and text[m.start - 1:m.start] == "(" \
                    and text[m.end:m.end + 1] == ")" \
                    and any(o.end <= m.start - 1 and text[o.end:m.start - 1].strip() in ("", "'s", "’s") for o in ps):
                continue        # "The Labour Party (LP) candidate, X": the code glosses the name before it
            if m.bracket_only and len(m.text) <= 3 and text[m.end:m.end + 1] == "." and m.text.lower() in ("rep", "sen", "gov"):
                continue        # "Republican state Rep. Brent Kowalczyk": a title, not the party's code
            if m.bracket_only and len(m.text) <= 3:
                break
            if re.match(r"\s*(?:,|and\b)", gap) and _FOR_BEFORE.search(text, max(s, m.start - 16), m.start):
                break       # "Kerry Ashdown for the Lib Dems, Paul Tennant for ...": the party is the one before's
            words = gap.replace(",", " , ").split()
            if words and words[0] in ("'", "’"):
                words = words[1:]
            if words and words[0] in ("'s", "’s"):
                words = words[1:]
            elif gap.startswith(("'s", "’s")):
                pass
            if words[:2] == [",", "whose"] and len(words) > 2:
                words = words[2:]       # "The Conservatives, whose candidate Debbie Soloman finished fourth"
            if len(words) > 1 and words[0] == ")" and text[m.start - 1:m.start] == "(" and words[1].lower() in c["roles"]:
                words = words[1:]       # "The National Democratic Congress (NDC) candidate, Mr X"
            if len(words) > 1 and re.fullmatch(r"\([A-Z][\w-]{0,5}\)", words[0]) and words[1].lower() in c["roles"]:
                words = words[1:]       # "The Labour Party (LP) candidate, X"
            elif words and re.fullmatch(r"\([A-Z][\w-]{0,5}\)['’]s", words[0]):
                words = words[1:]       # "the Democratic Alliance (DA)'s Pieter van Rensburg"
            elif words and re.fullmatch(r"\([A-Z][\w-]{0,5}\)", words[0]) and gap.lstrip().startswith(("'s", "’s")):
                words = words[1:]       # "The Jamaica Labour Party's (JLP) Marlon Everton Campbell"
            ok = all(w.lower().strip(".") in c["roles"] or w.lower().strip(".") in hon or w == "," or w.lower() in ("'s", "’s") for w in words)
            # "the Conservative Culture Secretary Lucy Frazer", "SNP Westminster leader Stephen Flynn":
            # a title of up to four words that ends in a role word.
            titled = 0 < len(words) <= 4 and "," not in words and words[-1].lower().strip(".") in c["roles"] \
                and words[-1].lower() not in ("the", "a", "an", "new", "former", "second", "third")
            lows = [w.lower() for w in words]
            # "former Labour MP X": the party is before "former", so not in the gap; "the Conservative
            # former MP X" is a Conservative; "Labour's former ..." without a role is no tie.
            former_ok = "former" in lows and lows.index("former") + 1 < len(lows) and \
                (lows[lows.index("former") + 1].strip(".") in c["roles"]
                 or titled and lows[-1].strip(".") in c["roles"] and gap.lstrip().startswith(("'s", "’s")))
            # ("the SNP's former justice spokeswoman Joanna Cherry": the party's, a role she no longer holds)
            if (ok or titled) and ("former" not in lows or former_ok):
                found = m
                stood = any(w.strip(".,") in ("candidate", "nominee") for w in lows) \
                    and not _NOT_STANDING.search(text, max(s, m.start - 25), m.start)
            break
        if found is None:
            for m in ps:
                if m.start < p.end or m.start - p.end > 130:
                    continue
                between = text[p.end:m.start]
                listed = _FOR_IN_LIST.fullmatch(between) and _LIST_NEXT.match(text, m.end, e)
                theirs = re.fullmatch(r",\s*", between) and _PARTYS_CANDIDATE.match(text, m.end)   # "Heather Iqbal, Labour's candidate"
                theirs = theirs or re.fullmatch(r",\s*", between) and m.text[:4].lower() == "the " and _CANDIDATE_AFTER.match(text, m.end)    # "Daniel Pratt, the Green Party candidate"
                if re.fullmatch(r"\s*\(\s*", between) or _APPOSITION.match(between) or _OF_PARTY.match(between) \
                        or STANDING.search(between) or listed or theirs or _LEADER_OF.fullmatch(between):
                    if _APPOSITION.match(between) and re.search(r"\bof\b", between):
                        continue
                    if _APPOSITION.match(between) and re.search(r"\b(?:former|ex-)", between, re.I) \
                            and any(STANDING.search(text, m.end, q.start) for q in ps if q.start > m.end and q.start - m.end < 60):
                        continue        # "Jo Bird, a former Labour councillor standing for the Green Party": the Greens
                    found = m
                    stood = bool(STANDING.search(between) or theirs)
                    break
        if found is None:
            found = _leads_its_list(text, ps, sent_people, p)
        if found is None and p.possessive:
            # "ending Penny Mordaunt's 14-year career as the city's Conservative MP"
            for m in ps:
                if p.end < m.start <= p.end + 60 and _CAREER_AS.fullmatch(text, p.end, m.start) \
                        and _ROLE_AFTER.match(text, m.end):
                    found = m
                    break
        if found is None and k + 1 < len(sent_people):
            # "Gareth Howells and Siân Probert (Reform UK)": one bracket for both names
            q = sent_people[k + 1]
            if re.fullmatch(r"\s+and\s+", text[p.end:q.start]):
                found = next((m for m in ps if re.fullmatch(r"\s*\(\s*", text[q.end:m.start])), None)
        if found is None:
            for m in ps:
                if p.end < m.start <= p.end + 90 and (re.search(r"\b(?:held|holds|hold|gained|gains|took|takes|won|wins|on|retained|kept|romped|cruised|stormed|sailed|coasted|swept|elected|re-elected|returned|returning)\b[^.;]{0,60}\b(?:for\s+(?:the\s+)?|as\s+an?\s+)$", text[p.end:m.start])
                                                      or re.search(r"\b(?:elected|re-elected|returned)\s+as\s+the\s+$", text[p.end:m.start])
                                                      and _ROLE_AFTER.match(text, m.end)) \
                        and not re.search(r"\d\s+for\s+(?:the\s+)?$", text[p.end:m.start]) \
                        and not any(q.start > p.end and q.start <= m.end + 3 for q in sent_people):
                    # ("won 15,896 votes to 14,207 for the independent Ajmal Masroor": the rival's party)
                    found = m           # ("held Islington North as an independent")
                    later = _LATER_AS.match(text, m.end, e)
                    if later:           # "who was elected as a Labour MP in 2019 but later sat as an independent": the later one
                        found = next((q for q in ps if q.start == later.end()), m)
                    break
        if found is None:
            for m in ps:
                if p.end < m.start <= p.end + 70 and _WHO_AS.fullmatch(text, p.end, m.start) and _ROLE_AFTER_PARTY.match(text, m.end) \
                        and not _LEFT_THE_ROLE.search(text, p.end, m.start):
                    found = m           # "Rishi Sunak, who will step down as Conservative leader"
                    break               # (not "Andrea Horwath, who stepped down as Ontario NDP leader in June": a role left behind)
        if found is not None:
            out.append(CandFact(resolve(p), s, e, contest, party=found.text, stood=stood))
    for m in _OWN_PARTY.finditer(text, s, e):
        # "Keith Vaz, who ... stood this time for his own One Leicester party": a party no gazetteer knows
        before = [p for p in sent_people if p.end <= m.start()]
        known = next((q for q in ps if q.start < m.end("party") and m.start("party") < q.end), None)
        if before:
            out.append(CandFact(resolve(before[-1]), s, e, contest, party=known.text if known else m.group("party").strip(),
                                stood=True, strength=2))     # (over "Former Labour MP Keith Vaz": the party he stands for now)
    for m in ps:
        now_as = _STOOD_NOW_AS.search(text, max(s, m.start - 45), m.start)
        if now_as is None or now_as.end() != m.start:
            continue
        before = [p for p in sent_people if p.end <= now_as.start()]
        if before and (now_as.group("now") or _NOT_STANDING.search(text, max(s, before[-1].start - 40), before[-1].start)
                       or re.search(r"\bformer\b", text[max(s, before[-1].start - 40):before[-1].start], re.I)):
            # "The seat's former Labour MP Emma Dent Coad ... stood as an independent this time": the party now
            out.append(CandFact(resolve(before[-1]), s, e, contest, party=m.text, stood=True, strength=2))
    return out


def _leads_its_list(text: str, ps: list, sent_people: list[PersonSpan], p: PersonSpan):
    """A party that heads a list of names with their figures ties each of them: "Three independents - Rayyan Fiass
    (292), Mitchell Cryer (169) and David Roper (151)"; a plural one the names in apposition: "the two independents,
    James Ward and Thomas Culshaw, 448 and 441 respectively"."""
    m = next((m for m in reversed(ps) if m.end <= p.start), None)
    if m is None:
        return None
    lead = _LIST_LEAD.match(text, m.end, p.start)
    bare = lead is None and m.text.lower().endswith("s") and text.startswith(",", m.end)
    if bare:        # "... and the two independents, James Ward and Thomas Culshaw, 448 and 441 respectively"
        lead = _COMMA.match(text, m.end, p.start)
    if lead is None or not (_LIST_END if bare else _LISTED_FIGURE).match(text, p.end):
        return None
    pos = lead.end()
    for q in sent_people:
        if q.start < pos:
            continue
        if q.start != pos:
            return None
        if q is p:
            return m
        item = None if bare else _LISTED_FIGURE.match(text, q.end)
        after = LIST_GAP.match(text, q.end if bare else item.end()) if bare or item else None
        if after is None:
            return None
        pos = after.end()
    return None


_LIST_LEAD = re.compile(r"\s*[-–—:]\s*")
_LIST_END = re.compile(r"\s*(?:,|\(|$)")
_COMMA = re.compile(r",\s*")
_LISTED_FIGURE = re.compile(r"\s*\(\s*\d[\d,.]*\s*(?:%|per\s+cent|votes?)?\s*\)")
_STOOD_NOW_AS = re.compile(r"\b(?:stood|stands|standing|ran|runs|running)\s+(?P<now>this\s+time\s+|now\s+|instead\s+)?"
                           r"as\s+(?:the\s+|an?\s+)?", re.I)
_LEADER_OF = re.compile(r",\s*(?:the\s+)?(?:(?:party|deputy)\s+)?(?:leader|founder|co-founder|chair|chairman|chairwoman)\s+of\s+(?:the\s+)?", re.I)
_CAREER_AS = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}(?:career|tenure|time|years|spell|stint|reign)\s+as\s+"
                        r"(?:the\s+|an?\s+)?(?:[\w-]+['’]s\s+|local\s+|area['’]s\s+)?")
_ROLE_AFTER = re.compile(r"\s+(?:MP|MSP|MS|MLA|TD|councillor|member|mayor)\b")
_OWN_PARTY = re.compile(r"\b(?:standing|stood|stands|ran|running)\s+(?:this\s+time\s+|again\s+)?(?:for|as)\s+(?:his|her|their)\s+"
                        r"(?:own\s+|new\s+)+(?P<party>(?:[A-Z][\w'’-]+\s+){1,4})(?:party|Party)\b")
