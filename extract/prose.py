"""Results inside sentences: who got how many votes, what share, who won, by what majority.

Each figure is read in its *scope*: the stretch of its sentence between the
neighbouring figures, without relative clauses ("who ...,") that do not hold it.
A scope that talks about the past (an earlier year than the article's, "five years
ago", "notional") or about something else (swing, polls, preferences) yields nothing.
Cue phrases are data (``data/cues.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .clauses import COMPARISON, aside_spans, clause_of, cues, in_past_clause, inside, is_past
from .document import Doc
from .facts import CandFact, ContestFact
from .links import STANDING, party_links, read_outcome, read_wins
from .names import PersonSpan, find_people, honorific_gender, surname
from .numbers import NUMBER, PERCENT, is_year, parse_float, parse_int
from .scan import Folded
from .settings import MAX_SENTENCE_CHARS, MAX_SENTENCE_FIGURES

__all__ = ["ProseState", "read_sentence", "party_links", "read_outcome", "genders_by_surname"]

_PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_MID_DESCRIPTION = re.compile(r",\s+the\s+(?:[\w'’-]+\s+){0,4}?(?P<head>leader|MP|chancellor|minister|secretary|chairman|businessman|businesswoman|incumbent|veteran|farmer|councillor|candidate)\s+(?=(?:has|had|was|polled|took|won|received|secured|collected|finished|came)\b)")
# A definite description standing for the last person named: "The 39-year-old", "The former Tory leader".
_DESCRIPTION = re.compile(r"^\s*The\s+(?:[\w'’-]+\s+){0,4}?(?P<head>\d+-year-old|leader|MP|chancellor|minister|secretary|chairman|chair|businessman|businesswoman|winner|newcomer|incumbent|veteran|nominee|councillor|lawyer|teacher|headteacher|doctor|nurse|farmer|entrepreneur|academic|activist|candidate|Chancellor|Speaker|Taoiseach)\b(?!\s*,\s*[A-Z])")
_BOTH = re.compile(r"\b(?:both\s+(?:men|women|candidates|of\s+them)|each)\b\s*(?:on|took|with|had|polled|received)?\s*$", re.I)
_BY_VOTES = re.compile(r"\bby\s+(?:a\s+margin\s+of\s+)?(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
_PARTY_WON_BY = re.compile(r"^\s*(?:[A-Z][\w']*\s+){1,4}(?:has|have)\s+(?:won|held|gained|taken|retained)\b[^.;]{0,80}\bby\s+(?:just\s+|only\s+)?$")
_LOST_BY = re.compile(r"\b(?:loses|lost|losing)\s+(?:[\w'’]+\s+){0,3}?by\s+(?:just\s+|only\s+|a\s+mere\s+)?$")
_PARTY_OF = re.compile(r"(?:\s+|\s*,\s*)(?:of|for|standing\s+for|representing)\s+(?:the\s+)?")
_PERSONS_PARTY = re.compile(r"['’]s\s+(?:own\s+)?party\b")
_MARGIN_UNIT = re.compile(r"\s*(?:first[- ](?:preference\s+)?)?votes?\b")     # "by 98 votes", "by 1,546 first votes"
_VOTES_AHEAD = re.compile(r"^\s*votes?\s+(?:ahead|clear)\b", re.I)
_VOTE_MARGIN = re.compile(r"-vote\s+(?:majority|margin|lead|win|victory)\b")    # "a 98-vote majority"
_TURNOUT = re.compile(r"\bturnout\b", re.I)
# Words without which no win is stated (a cheap gate before the win rules).
_WIN_WORDS = Folded(r"won|win|held|hold|gain|elect|beat|defeat|lost|oust|took|take|retain|kept|keep|seiz|captur|regain|oust|unseat|topp|tops|represent|surviv|edge|pip|clung|cling|hung|hang|squeez|return|claim|new\s+MP|toppl")
# A finishing place stated for a candidate without figures: "Reform UK's Edward Oakenfull finished third".
_POSITION = re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:finished|came|was|ended|placed)\s+(?:a\s+)?(?:distant\s+|close\s+|strong\s+|clear\s+)?(?:second|third|fourth|fifth|sixth|last|within\s+(?:about\s+|around\s+)?[\d,]+\s+votes\s+of\s+winning)\b", re.I)
_ELECTORATE = re.compile(r"\b(?:electorate|registered\s+(?:electors|voters)|electors|enrolment|enrolled\s+voters)\b", re.I)
_POSS_BEFORE = re.compile(r"(?:\bto\s+)?(?P<p>[Hh]is|[Hh]er)\s+$")
_FOR_PERSON = re.compile(r"^\s*(?:votes?\s+)?(?:\([^)]*\)\s*)?for\s+(?:the\s+)?", re.I)


_TITLED = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+(?:[A-Z][\w'’-]+\s+)?(?P<s>[A-Z][\w'’-]+)")


def genders_by_surname(text: str) -> dict[str, str]:
    """'Ms Duffy' anywhere in the article tells who 'he' and 'she' can be, even before it is read."""
    out: dict[str, str] = {}
    for m in _TITLED.finditer(text):
        g = honorific_gender(m.group("h"))
        if g:
            out.setdefault(m.group("s"), g)
    return out


@dataclass
class ProseState:
    """What carries from sentence to sentence: who 'he' and 'she' are, which surnames are known."""
    last_subject: Optional[str] = None
    genders: dict[str, str] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)      # names in order of mention
    known_surnames: set[str] = field(default_factory=set)
    surname_genders: dict[str, str] = field(default_factory=dict)   # from "Ms Duffy", "Mr Eastwood" anywhere
    full_names: dict[str, str] = field(default_factory=dict)   # surname -> full name


@dataclass
class _Num:
    start: int
    end: int
    text: str
    pct: bool


def _numbers(text: str, s: int, e: int) -> list[_Num]:
    nums = []
    pct_spans = {}
    for m in PERCENT.finditer(text, s, e):
        pct_spans[m.start("num")] = m
    for m in NUMBER.finditer(text, s, e):
        nxt = text[m.end():m.end() + 2]
        if nxt[:1] == "-" and nxt[1:2].isalpha() and not text.startswith("-vote", m.end()):
            continue
        if nxt[:1].isalpha() and not nxt.startswith(("st", "nd", "rd", "th")) or nxt.startswith(("am", "pm")):
            continue
        p = pct_spans.get(m.start("num"))
        nums.append(_Num(m.start(), p.end() if p else m.end(), m.group("num"), p is not None))
    return nums


def _scope(text: str, nums: list[_Num], i: int, s: int, e: int, rel: list[tuple[int, int]]) -> str:
    """The words that belong to number i: between its neighbours, minus clauses it is not in."""
    lo = s
    for j in range(i - 1, -1, -1):
        if not is_year(nums[j].text):
            lo = nums[j].end
            break
    hi = e
    for j in range(i + 1, len(nums)):
        if not is_year(nums[j].text):
            hi = nums[j].start
            break
    cut = COMPARISON.search(text, nums[i].end, hi)
    if cut:
        hi = cut.start()
    own = inside(nums[i].start, rel)
    pieces, pos = [], lo
    for a, b in rel:
        if b <= lo or a >= hi or (own and (a, b) == own):
            continue
        pieces.append(text[pos:max(pos, a)])
        pos = max(pos, b)
    pieces.append(text[pos:hi])
    return " ".join(pieces)




class Sentence:
    def __init__(self, doc: Doc, s: int, e: int, state: ProseState):
        self.doc, self.s, self.e, self.state = doc, s, e, state
        text = doc.text
        self.rel = aside_spans(text, s, e)
        pspans = [(m.start, m.end) for m in doc.parties_in(s, e)]
        lspans = [(m.start, m.end) for m in doc.places_in(s, e)]
        self.people: list[PersonSpan] = find_people(text, s, e, state.known_surnames, pspans, lspans)
        self.pronouns = [(m.start(), m.group("p").lower()) for m in _PRONOUN.finditer(text, s, e)]

    def subject(self) -> Optional[str]:
        for p in self.people:
            if not inside(p.start, self.rel):
                return self.resolve(p)
        return None

    def resolve(self, p: PersonSpan) -> str:
        """Full name for a mention ('Ms Caliskan' -> 'Nesil Caliskan' when known)."""
        if " " not in p.name and p.name in self.state.full_names:
            return self.state.full_names[p.name]
        if " " not in p.name and (p.honorific or "").lower() in ("sir", "dame"):
            # Knights go by first name: "Sir Liam's 18,499" is Liam Fox's.
            known = {n for n in self.state.full_names.values() if n.split()[0] == p.name}
            if len(known) == 1:
                return known.pop()
        return p.name

    def pronoun_ref(self, pron: str) -> Optional[str]:
        """The previous subject when its gender fits, else the latest person of that gender."""
        want = {"she": "F", "her": "F", "he": "M", "his": "M", "him": "M"}.get(pron)
        last = self.state.last_subject
        if last and (want is None or self.gender(last) in (None, want)):
            return last
        for name in reversed(self.state.recent[-4:]):
            if self.gender(name) == want:
                return name
        return last

    def gender(self, name: str) -> Optional[str]:
        return self.state.genders.get(name) or self.state.surname_genders.get(surname(name))

    def person_before(self, pos: int, allow_rel: bool = False) -> Optional[tuple[str, PersonSpan]]:
        best = None
        for p in self.people:
            if p.end <= pos and (allow_rel or not inside(p.start, self.rel) or inside(pos, self.rel) == inside(p.start, self.rel)):
                best = p
        return (self.resolve(best), best) if best else None


def read_sentence(doc: Doc, s: int, e: int, state: ProseState, contest: Optional[str]) -> list:
    """Facts stated by the sentence text[s:e]."""
    c = cues()
    text = doc.text
    if e - s > MAX_SENTENCE_CHARS:
        return []
    nums = _numbers(text, s, e)
    if len(nums) > MAX_SENTENCE_FIGURES:
        return []
    sent = Sentence(doc, s, e, state)
    facts: list = []
    whole = text[s:e]
    context_trap = bool(c["context_trap"].search(doc.low, s, e))
    subject = sent.subject()
    # Pronoun-led sentences: "He took 7,312 votes" continues the previous subject.
    lead = whole.lstrip()[:4].lower()
    if subject is None or (sent.people and sent.people[0].start > s + 40):
        for pos, pron in sent.pronouns[:1]:
            if pos - s < 25 and (subject is None or pos < sent.people[0].start):
                subject = sent.pronoun_ref(pron) or subject
    if lead.startswith(("he ", "she ")):
        subject = sent.pronoun_ref(lead.split()[0])
    desc = _DESCRIPTION.match(whole) or _MID_DESCRIPTION.search(whole)
    party_desc = None
    if desc and (not sent.people or sent.people[0].start > s + desc.end()) and \
            (not nums or nums[0].start > s + desc.start()):
        ps = [m for m in doc.parties_in(s + desc.start(), s + desc.end())]
        if ps and desc.group("head") in ("candidate", "nominee", "MP", "councillor"):
            party_desc = "@party:" + ps[-1].canonical
            subject = party_desc
        elif not ps or desc.group("head") not in ("candidate", "nominee"):
            subject = state.last_subject
            standing = [m for m in doc.parties_in(s, e) if STANDING.search(text[max(s, m.start - 30):m.start])]
            if subject and (standing or ps):
                facts.append(CandFact(subject, s, e, contest, party=(standing or ps)[-1].text))

    votes_by_person: dict[str, int] = {}
    asides = sent.rel
    for i, n in enumerate(nums):
        if is_year(n.text) and not n.pct:
            continue
        scope = _scope(text, nums, i, s, e, asides)
        clause = clause_of(text, n.start, n.end, s, e)
        if in_past_clause(text, n, s, e, scope, clause, doc.election_year):
            continue
        left = text[max(s, n.start - 60):n.start]
        right = text[n.end:min(e, n.end + 60)]
        near = _before_without_asides(text, s, n.start, asides)[-45:] if n.pct else ""
        if n.pct and _TURNOUT.search(near) \
                and re.fullmatch(r"[^\d]*|\s*:?\s*[\d,]+\s*\(\s*", near.split("urnout")[-1]) \
                and not c["qualifier"].search(near[-25:]) \
                and not c["turnout_traps"].search(near) and not context_trap:
            facts.append(ContestFact("turnout", parse_float(n.text), s, e, contest))
            continue
        if n.pct:
            _read_share(doc, sent, n, left, right, scope, subject, nums, i, facts, contest, context_trap, votes_by_person)
            continue
        value = parse_int(n.text)
        if value is None:
            continue
        low_left = left.lower()
        mq = c["majority_before"].search(left) if any(w in low_left for w in c["majority_words"]) else None
        if mq and not c["national_majority"].search(text[max(s, n.start - 70):min(e, n.end + 30)]):
            q = mq.group("q")
            facts.append(ContestFact("majority", value, s, e, contest, q.lower() if q else None))
            owner = _majority_owner(sent, left, n.start, subject)
            if owner:
                facts.append(CandFact(owner, s, e, contest, elected=True))
            continue
        if text.startswith("-vote", n.end) and _VOTE_MARGIN.match(text, n.end, n.end + 20):
            facts.append(ContestFact("majority", value, s, e, contest, None, strength=0))
            continue
        by_clause = _BY_VOTES.search(left) and (_MARGIN_UNIT.match(right) or (
            re.match(r"^\s*(?:[.,;]|$)", right) and re.search(r"\b(?:beat|beats|beating|defeat\w*|won|wins|win|winning|held|holds|edged)\b[^.;]{0,60}\bby\s+$", left)))
        if by_clause and not context_trap:
            winner = _winner_near(sent, n.start, subject)
            party_won = _PARTY_WON_BY.search(text, s, n.start)      # "Reform UK has won X by just 98 votes"
            lost_by = _LOST_BY.search(left)       # "Alexander Stafford ... loses by 998 votes": the winner's margin
            if (winner or party_won or lost_by) and not c["vote_trap_before"].search(left[-12:]):
                facts.append(ContestFact("majority", value, s, e, contest, None, strength=0))
                if winner:
                    facts.append(CandFact(winner, s, e, contest, elected=True))
            continue
        if _TURNOUT.search(left[-30:]) or _ELECTORATE.search(left[-30:]):
            if _ELECTORATE.search(left[-30:]):
                facts.append(ContestFact("electorate", value, s, e, contest))
            continue
        if context_trap or c["vote_trap_before"].search(left) or c["vote_trap_after"].search(right) or _VOTES_AHEAD.match(right):
            continue
        who = _vote_owner(text, sent, n, left, right, subject, c)
        pair = _pair_owner(sent, nums, i)
        if pair:
            who = pair
        if who is None or value < 10:
            continue
        facts.append(CandFact(who, s, e, contest, votes=value))
        votes_by_person[who] = value

    if _WIN_WORDS.search(doc.low, s, e):
        read_wins(doc, sent, subject, facts, contest, whole)
    facts.extend(party_links(doc, sent.people, s, e, sent.resolve, contest))
    for p in sent.people:
        if not inside(p.start, sent.rel) and _POSITION.match(text[p.end:e]):
            facts.append(CandFact(sent.resolve(p), s, e, contest, position=True))
    _remember(sent, state, subject)
    return facts


def _before_without_asides(text: str, s: int, pos: int, asides: list[tuple[int, int]]) -> str:
    """text[s:pos] without the asides that close before pos: "Turnout across the constituency,
    which now includes parts of ..., was 67.5 per cent" reads "Turnout across the constituency was"."""
    pieces, at = [], s
    for a, b in asides:
        if a >= at and b <= pos:
            pieces.append(text[at:a])
            at = b
    pieces.append(text[at:pos])
    return " ".join(p.strip(" ,") for p in pieces if p.strip(" ,")) + (" " if text[pos - 1:pos].isspace() else "")


def _read_share(doc, sent, n, left, right, scope, subject, nums, i, facts, contest, context_trap, votes_by_person):
    c = cues()
    if context_trap or _TURNOUT.search(left[-40:]) or c["qualifier"].search(left[-25:]):
        return
    if re.search(r"\b(?:swing|lead|points?|majority|maj|turnout|change|up|down|rose|fell\s+by)\s*(?:of|by|was|to)?\s*$", left, re.I):
        if not re.search(r"share\s+fell\s+to\s*$", left, re.I):
            return
    value = parse_float(n.text)
    if value is None or value > 100:
        return
    text = sent.doc.text
    # Bracketed share right after a vote count belongs to that count's owner.
    prev = nums[i - 1] if i > 0 else None
    after_votes = prev is not None and not prev.pct and re.fullmatch(r"\s*(?:votes?|first[- ]preference\s+votes|first\s+preferences)?\s*[,(]?\s*(?:or\s+|a\s+)?", text[prev.end:n.start], re.I)
    owner = None
    m_both = _BOTH.search(left)
    if m_both:
        names = list(votes_by_person)[-2:] or sent.state.recent[-2:]
        for name in names:
            facts.append(CandFact(name, sent.s, sent.e, contest, share=value))
        return
    fp = _FOR_PERSON.match(right)
    if fp:
        after = [p for p in sent.people if p.start >= n.end and p.start - n.end < 45]
        if after:
            owner = sent.resolve(after[0])
    if owner is None and after_votes:
        owner = _owner_of_votes(facts, prev)
    if owner is None and not sent.people:
        owner = _party_subject(sent, n, left)
    if owner is None:
        if not (c["share_after"].match(right) or re.search(r"share\s+(?:\w+\s+){0,2}(?:of|to|was|at)\s*$", left, re.I)
                or (re.search(r"\b(?:finished|ended|came|was)\s+(?:\w+\s+)?on\s+$|\b(?:polled|took|received|won|secured)\s+$", left)
                    and not re.match(r"^\s*of\b", right))
                or (sent.person_before(n.start) and re.fullmatch(r"['’]?s?\s+on\s+", text[sent.person_before(n.start)[1].end:n.start]))):
            return
        pb = sent.person_before(n.start)
        poss = re.search(r"(?:\bto\s+)?(?P<p>[Hh]is|[Hh]er)\s+(?:\w+\s+){0,2}$", left)
        if poss and (not pb or pb[1].end < n.start - 40):
            owner = subject
        elif pb and inside(n.start, sent.rel) and not inside(pb[1].start, sent.rel):
            owner = pb[0]
        else:
            owner = pb[0] if pb else subject
    if owner and any(p.possessive and sent.resolve(p) == owner and _PERSONS_PARTY.match(text, p.end)
                     for p in sent.people if p.end <= n.start):
        return          # "Keir Starmer's party wins ... on 33.7 per cent": the party's share, not his
    if owner:
        facts.append(CandFact(owner, sent.s, sent.e, contest, share=value))


_PARTY_FINISHED = re.compile(r"\b(?:finished|came|ended|was)\s+(?:\w+\s+)?(?:with|on)\s+$|\b(?:polled|took|received|won|secured|got)\s+$")
_NATIONAL = re.compile(r"\b(?:national(?:ly)?|nationwide|across\s+the\s+(?:country|UK|nation|region|county)|seats?|projected|poll)\b", re.I)


def _party_subject(sent, n, left: str) -> Optional[str]:
    """'Labour, which had hoped to squeeze the Lib Dem vote, finished fourth with 6.1 per cent':
    a party's share in one seat is its candidate's (resolved when the contest has one of that party)."""
    text = sent.doc.text
    if not _PARTY_FINISHED.search(left) or _NATIONAL.search(text, sent.s, sent.e):
        return None
    ps = sent.doc.parties_in(sent.s, n.start)
    if not ps or text[sent.s:ps[0].start].strip() not in ("", "The", "the"):
        return None
    if any(m.canonical != ps[0].canonical and not inside(m.start, sent.rel) for m in ps[1:]):
        return None         # another party in the main clause: whose figure is unclear
    return "@party:" + ps[0].canonical


# Whoever a majority belongs to won: "giving her a majority of", "leaving Mr Lowe with a majority",
# "Ms Medi's majority of 637".
_GIVEN_MAJORITY = re.compile(r"\b(?:giving|gave|gives|handing|handed)\s+(?:him|her)\s+(?:a\s+)?majority\s+(?:of\s+)?$")
_PRONOUN_MAJORITY = re.compile(r"\b(?P<p>[Hh]is|[Hh]er)\s+(?:own\s+)?majority\b(?:\s+over\s+(?:\S+\s+){1,3}?)?\s*(?:of|was|is|stood\s+at|to)?\s*$")
_POSSESSED_MAJORITY = re.compile(r"['’]s\s+(?:own\s+)?majority\s+(?:of\s+|was\s+|is\s+)?$")


def _majority_owner(sent, left: str, pos: int, subject: Optional[str]) -> Optional[str]:
    if _GIVEN_MAJORITY.search(left):
        return subject
    own = _PRONOUN_MAJORITY.search(left)
    if own and not is_past(sent.doc.text[sent.s:sent.e], sent.doc.election_year):   # "in 2019, when her majority was"
        # "Matt Western increased his majority to 12,412": the person before the pronoun;
        # "Her majority over Mrs Bruce was 3,387": whoever "her" is.
        before = sent.person_before(pos - len(left) + own.start())
        return before[0] if before else sent.pronoun_ref(own.group("p").lower())
    if _POSSESSED_MAJORITY.search(left):
        text = sent.doc.text
        for p in sent.people:
            if p.possessive and text[p.end + 2:p.end + 40].lstrip().startswith(("majority", "own majority")):
                return sent.resolve(p)
    return None


_PAIR = re.compile(r"^\s*(?:votes?\s+)?to\s+$")


def _pair_owner(sent, nums, i) -> Optional[str]:
    """'Blake edged Turvey for third, 6,397 to 6,342': the first figure is the first person's,
    the second the second's, when the sentence names exactly two people before them."""
    text = sent.doc.text
    first, second = (i, i + 1) if i + 1 < len(nums) and _PAIR.match(text[nums[i].end:nums[i + 1].start]) else \
        (i - 1, i) if i > 0 and _PAIR.match(text[nums[i - 1].end:nums[i].start]) else (None, None)
    if first is None or nums[first].pct or nums[second].pct:
        return None
    before = [p for p in sent.people if p.end <= nums[first].start and not inside(p.start, sent.rel)]
    names = list(dict.fromkeys(sent.resolve(p) for p in before))
    if len(names) != 2 or any(p.possessive and 0 <= nums[second].start - p.end <= 4 for p in sent.people):
        return None
    return names[0] if i == first else names[1]


def _owner_of_votes(facts, num) -> Optional[str]:
    for f in reversed(facts):
        if isinstance(f, CandFact) and f.votes == parse_int(num.text):
            return f.name
    return None


def _vote_owner(text, sent, n, left, right, subject, c) -> Optional[str]:
    """Who a vote count belongs to, or None when it is not a candidate's vote count."""
    has_unit = bool(c["vote_unit"].match(right))
    verb = bool(c["vote_verb"].search(left))
    poss_person = None
    for p in sent.people:
        if p.possessive and 0 <= n.start - p.end <= 4:
            poss_person = sent.resolve(p)
    pron = _POSS_BEFORE.search(left)
    if poss_person:
        return poss_person
    fp = _FOR_PERSON.match(right)
    if fp and (has_unit or verb or re.search(r"\(\s*$", left) is None):
        after = [p for p in sent.people if p.start >= n.end and p.start - n.end < 45]
        if after and (has_unit or re.match(r"^\s*(?:votes?\s+)?\(", right)):
            return sent.resolve(after[0])
    if pron and (has_unit or verb or "to " in left[-8:]):
        return subject if pron.group("p").lower() in ("his", "her") else None
    pb = sent.person_before(n.start)
    list_item = False
    if pb is not None:
        gap = text[pb[1].end:n.start]
        if re.fullmatch(r"\s+|,?\s*\(\s*", gap):
            list_item = True
        else:
            # "Jane Smith of the Green Party 412", "Kay Wesley, standing for the Women's Equality Party, 544"
            ps = sent.doc.parties_in(pb[1].end, n.start)
            list_item = bool(ps) and _PARTY_OF.fullmatch(text, pb[1].end, ps[0].start) is not None \
                and re.fullmatch(r"\s+|\s*\(\s*|\s*,\s*", text[ps[-1].end:n.start]) is not None \
                and not (parse_int(n.text) < 120 and re.match(r"^\s*(?:,|said|says|told)", right))     # an age
    if pb is not None and re.fullmatch(r",\s*", text[pb[1].end:n.start]) and re.match(r"^\s*,", right) and parse_int(n.text) < 120:
        return None  # "Mr Lowe, 66, thanked": an age
    if not (has_unit or verb or (list_item and sent.people)):
        return None
    if not has_unit and re.search(r"\bseats\b", text[sent.s:sent.e]):
        return None      # "won 30 of the state's 48 seats, while the alliance managed 17": seats, not votes
    nxt = re.match(r"^\s+([^\W\d_][\w-]*)", right)
    if nxt and not has_unit and nxt.group(1).lower() not in c["vote_next"]:
        return None      # "scored 87 goals", "drew 4,312 fans": a count of something else
    if pb and inside(n.start, sent.rel) and not inside(pb[1].start, sent.rel):
        return pb[0]
    if pb:
        return pb[0]
    first = next((p for p in sent.people if not inside(p.start, sent.rel)), None)
    if first is not None and first.start > n.start and subject == sent.resolve(first):
        return sent.state.last_subject if re.search(r"^\s*(?:[Hh]e|[Ss]he)\b|,\s+the\s+", text[sent.s:n.start]) else None
    return subject


_WON_BY = re.compile(r"\b(?:won|wins|win|winning|held|holds|gained|gains|took|takes|taken|survived|edged|beat|beats|defeat\w*|unseat\w*|oust\w*|h(?:eld|olding|olds)\s+off)\b")
_WON_BY_SUBJECT = re.compile(r"\b(?:won|wins|held|holds|gained|gains|taken|took|survived|beat|beats|beating|defeat\w*|h(?:eld|olding|olds)\s+off)\b")


def _winner_near(sent, pos, subject) -> Optional[str]:
    """The subject of a 'won ... by N votes' clause, when the clause says they won."""
    c = cues()
    text = sent.doc.text
    for p in sent.people:
        if p.end <= pos and not inside(p.start, sent.rel):
            tail = text[p.end:pos]
            if c["win_after"].search(tail) or _WON_BY.search(tail):
                return sent.resolve(p)
    head = text[sent.s:pos]
    if subject and _WON_BY_SUBJECT.search(head):
        return subject
    return None


def _remember(sent, state: ProseState, subject: Optional[str]) -> None:
    for p in sent.people:
        name = sent.resolve(p)
        if " " in name:
            state.known_surnames.add(surname(name))
            state.full_names.setdefault(surname(name), name)
        g = honorific_gender(p.honorific)
        if g:
            state.genders[name] = g
        if name in state.recent:
            state.recent.remove(name)
        state.recent.append(name)
    if subject:
        state.last_subject = subject



