"""Results inside sentences: who got how many votes, what share, who won, by what majority.

Each figure is read in its *scope*: the stretch of its sentence between the
neighbouring figures, without relative clauses ("who ...,") that do not hold it.
A scope that talks about the past (an earlier year than the article's, "five years
ago", "notional") or about something else (swing, polls, preferences) yields nothing.
Cue phrases are data (``data/cues.json``).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Optional

from .document import Doc, split_sentences
from .facts import CandFact, ContestFact
from .names import PersonSpan, find_people, honorific_gender, surname
from .numbers import NUMBER, PERCENT, is_year, parse_float, parse_int

__all__ = ["ProseState", "read_sentence", "cues"]


@functools.lru_cache(maxsize=1)
def cues() -> dict:
    raw = json.loads(resources.files("extract").joinpath("data/cues.json").read_text("utf-8"))
    c = {}
    c["win_after"] = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:" + "|".join(raw["win_after_name"]) + r")", re.I)
    c["win_before"] = re.compile(r"(?:" + "|".join(raw["win_before_name"]) + r")$", re.I)
    c["vote_verb"] = re.compile(r"\b" + raw["vote_verbs"] + r"\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
    c["vote_unit"] = re.compile(r"^\s*" + raw["vote_units"] + r"\b", re.I)
    c["share_after"] = re.compile(r"^\s*" + raw["share_after"], re.I)
    c["qualifier"] = re.compile(r"\b(?P<q>" + raw["qualifiers"] + r")\s*$", re.I)
    c["past"] = re.compile(r"\b" + raw["past_markers"] + r"\b", re.I)
    c["context_trap"] = re.compile(raw["context_traps"], re.I)
    c["vote_trap_after"] = re.compile(r"^\s*(?:" + raw["vote_traps_after"] + r")", re.I)
    c["vote_trap_before"] = re.compile(r"(?:^|\W)" + raw["vote_traps_before"], re.I)
    c["majority_before"] = re.compile(r"(?:" + raw["majority_before"] + r")(?:\s*(?P<q>" + raw["qualifiers"] + r"))?\s*(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
    c["national_majority"] = re.compile(raw["national_majority"], re.I)
    c["turnout_traps"] = re.compile(raw["turnout_traps"], re.I)
    c["roles"] = {w.lower() for w in raw["role_words"]}
    c["vote_next"] = set(raw["vote_next_words"])
    return c


_PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_MID_DESCRIPTION = re.compile(r",\s+the\s+(?:[\w'’-]+\s+){0,4}?(?P<head>leader|MP|chancellor|minister|secretary|chairman|businessman|businesswoman|incumbent|veteran|farmer|councillor|candidate)\s+(?=(?:has|had|was|polled|took|won|received|secured|collected|finished|came)\b)")
# A definite description standing for the last person named: "The 39-year-old", "The former Tory leader".
_DESCRIPTION = re.compile(r"^\s*The\s+(?:[\w'’-]+\s+){0,4}?(?P<head>\d+-year-old|leader|MP|chancellor|minister|secretary|chairman|chair|businessman|businesswoman|winner|newcomer|incumbent|veteran|nominee|councillor|lawyer|teacher|headteacher|doctor|nurse|farmer|entrepreneur|academic|activist|candidate|Chancellor|Speaker|Taoiseach)\b(?!\s*,\s*[A-Z])")
_BOTH = re.compile(r"\b(?:both\s+(?:men|women|candidates|of\s+them)|each)\b\s*(?:on|took|with|had|polled|received)?\s*$", re.I)
# A clause between commas that describes someone ("who ...", "first elected ..."); a comma
# inside a number ("7,902") does not end it.
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|first\s+elected|having)\b(?:[^,;:()]|(?<=\d),(?=\d))*(?:,|$)")
# An aside about someone's past: ", a former co-leader of the party who came third in 2016,".
_PAST_ASIDE = re.compile(r",\s+(?:a|an|the)\s+(?:former|one-time|ex-)\b(?:[^,;:()]|(?<=\d),(?=\d))*,")
_ASIDE = re.compile(r"^,(?:[^,;]|(?<=\d),(?=\d)){0,120},\s*")
# Words that end the stretch of text a figure belongs to: what follows is a comparison.
_COMPARISON = re.compile(r"\b(?:than|compared|compares|down\s+on|up\s+on|down\s+from|up\s+from)\b", re.I)
_BY_VOTES = re.compile(r"\bby\s+(?:a\s+margin\s+of\s+)?(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
_VOTES_AHEAD = re.compile(r"^\s*votes?\s+(?:ahead|clear)\b", re.I)
_TURNOUT = re.compile(r"\bturnout\b", re.I)
# A finishing place stated for a candidate without figures: "Reform UK's Edward Oakenfull finished third".
_POSITION = re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:finished|came|was|ended|placed)\s+(?:a\s+)?(?:distant\s+|close\s+|strong\s+|clear\s+)?(?:second|third|fourth|fifth|sixth|last|within\s+(?:about\s+|around\s+)?[\d,]+\s+votes\s+of\s+winning)\b", re.I)
_ELECTORATE = re.compile(r"\b(?:electorate|registered\s+(?:electors|voters)|electors)\b", re.I)
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


def _relative_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(text, s, e)]


def _aside_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Relative clauses and past asides: left out when judging whether a figure is about the past."""
    spans = _relative_spans(text, s, e) + [(m.start(), m.end()) for m in _PAST_ASIDE.finditer(text, s, e)]
    return sorted(spans)


def _core(text: str, s: int, e: int) -> str:
    """The sentence without its asides."""
    out, pos = [], s
    for a, b in _aside_spans(text, s, e):
        if a >= pos:
            out.append(text[pos:a])
            pos = b
    out.append(text[pos:e])
    return " ".join(out)


def _inside(pos: int, spans: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    for a, b in spans:
        if a <= pos < b:
            return (a, b)
    return None


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
    cut = _COMPARISON.search(text, nums[i].end, hi)
    if cut:
        hi = cut.start()
    own = _inside(nums[i].start, rel)
    pieces, pos = [], lo
    for a, b in rel:
        if b <= lo or a >= hi or (own and (a, b) == own):
            continue
        pieces.append(text[pos:max(pos, a)])
        pos = max(pos, b)
    pieces.append(text[pos:hi])
    return " ".join(pieces)


_CLAUSE_EDGE = re.compile(r"(?<!\d),|,(?!\d)|;|:|\s[–—]\s|\(|\)")
_LEAD_ADVERBIAL = re.compile(r"^\s*(?:in|at|back\s+in|by|during|until|before)\s+[^,]{0,40}?\b(?:19|20)\d\d\b[^,]{0,30},|^\s*(?:five|four|three|two|ten)\s+years\s+ago\b|^\s*last\s+(?:time|year)\b", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:compares?\s+with|compared\s+(?:with|to)|(?<!more\s)(?<!fewer\s)(?<!less\s)than|down\s+on|up\s+on|down\s+from|up\s+from)\b", re.I)


def _clause(text: str, a: int, b: int, s: int, e: int) -> tuple[int, int]:
    """The comma/semicolon-delimited clause around text[a:b] (commas inside numbers do not count)."""
    lo = s
    for m in _CLAUSE_EDGE.finditer(text, s, a):
        lo = m.end()
    m = _CLAUSE_EDGE.search(text, b, e)
    return lo, (m.start() if m else e)


def _in_past_clause(text: str, n, s: int, e: int, scope: str, clause: tuple[int, int], year) -> bool:
    """A figure is about the past when its own clause, as far as its scope reaches, says so,
    when the sentence opens with a past time ('In 2019, ...'), or when it is the object of a comparison."""
    lo, hi = clause
    own = text[lo:hi]
    words = own if len(own) < len(scope) else scope
    if _is_past(words, year):
        return True
    if _LEAD_ADVERBIAL.match(text[s:e]) and _is_past(text[s:e].split(",")[0], year):
        return True
    return bool(_COMPARED_BEFORE.search(text, s, n.start)) and _is_past(text[s:e], year)


def _is_past(scope: str, year: Optional[int]) -> bool:
    c = cues()
    if c["past"].search(scope):
        return True
    for m in re.finditer(r"(?<![\d,.£$€])\b((?:19|20)\d\d)\b(?!,?\d)", scope):
        if year is None or int(m.group(1)) < year:
            return True
    return False


class _Sentence:
    def __init__(self, doc: Doc, s: int, e: int, state: ProseState):
        self.doc, self.s, self.e, self.state = doc, s, e, state
        text = doc.text
        self.rel = _relative_spans(text, s, e)
        pspans = [(m.start, m.end) for m in doc.parties_in(s, e)]
        lspans = [(m.start, m.end) for m in doc.places_in(s, e)]
        self.people: list[PersonSpan] = find_people(text, s, e, state.known_surnames, pspans, lspans)
        self.pronouns = [(m.start(), m.group("p").lower()) for m in _PRONOUN.finditer(text, s, e)]

    def subject(self) -> Optional[str]:
        for p in self.people:
            if not _inside(p.start, self.rel):
                return self.resolve(p)
        return None

    def resolve(self, p: PersonSpan) -> str:
        """Full name for a mention ('Ms Caliskan' -> 'Nesil Caliskan' when known)."""
        if " " not in p.name and p.name in self.state.full_names:
            return self.state.full_names[p.name]
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
            if p.end <= pos and (allow_rel or not _inside(p.start, self.rel) or _inside(pos, self.rel) == _inside(p.start, self.rel)):
                best = p
        return (self.resolve(best), best) if best else None


def read_sentence(doc: Doc, s: int, e: int, state: ProseState, contest: Optional[str]) -> list:
    """Facts stated by the sentence text[s:e]."""
    c = cues()
    text = doc.text
    sent = _Sentence(doc, s, e, state)
    facts: list = []
    nums = _numbers(text, s, e)
    whole = text[s:e]
    context_trap = bool(c["context_trap"].search(whole))
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
            standing = [m for m in doc.parties_in(s, e) if _STANDING.search(text[max(s, m.start - 30):m.start])]
            if subject and (standing or ps):
                facts.append(CandFact(subject, s, e, contest, party=(standing or ps)[-1].text))

    votes_by_person: dict[str, int] = {}
    asides = _aside_spans(text, s, e)
    for i, n in enumerate(nums):
        if is_year(n.text) and not n.pct:
            continue
        scope = _scope(text, nums, i, s, e, asides)
        clause = _clause(text, n.start, n.end, s, e)
        if _in_past_clause(text, n, s, e, scope, clause, doc.election_year):
            continue
        left = text[max(s, n.start - 60):n.start]
        right = text[n.end:min(e, n.end + 60)]
        if n.pct and _TURNOUT.search(text[max(s, n.start - 45):n.start]) \
                and re.fullmatch(r"[^\d]*|\s*:?\s*[\d,]+\s*\(\s*", text[max(s, n.start - 45):n.start].split("urnout")[-1]) \
                and not c["qualifier"].search(text[max(s, n.start - 25):n.start]) \
                and not c["turnout_traps"].search(text[max(s, n.start - 45):n.start]) and not context_trap:
            facts.append(ContestFact("turnout", parse_float(n.text), s, e, contest))
            continue
        if n.pct:
            _read_share(doc, sent, n, left, right, scope, subject, nums, i, facts, contest, context_trap, votes_by_person)
            continue
        value = parse_int(n.text)
        if value is None:
            continue
        mq = c["majority_before"].search(left)
        if mq and not c["national_majority"].search(text[max(s, n.start - 70):min(e, n.end + 30)]):
            q = mq.group("q")
            facts.append(ContestFact("majority", value, s, e, contest, q.lower() if q else None))
            continue
        if re.match(r"^-vote\s+(?:majority|margin|lead|win|victory)\b", text[n.end:n.end + 20]):
            facts.append(ContestFact("majority", value, s, e, contest, None, strength=0))
            continue
        by_clause = _BY_VOTES.search(left) and (re.match(r"^\s*votes?\b", right) or (
            re.match(r"^\s*(?:[.,;]|$)", right) and re.search(r"\b(?:beat|beating|defeat\w*|won|wins|win|winning|held|holds|edged)\b[^.;]{0,60}\bby\s+$", left)))
        if by_clause and not context_trap:
            winner = _winner_near(sent, n.start, subject)
            if winner and not c["vote_trap_before"].search(left[-12:]):
                facts.append(ContestFact("majority", value, s, e, contest, None, strength=0))
                facts.append(CandFact(winner, s, e, contest, elected=True))
            continue
        if _TURNOUT.search(left[-30:]) or _ELECTORATE.search(left[-30:]):
            if _ELECTORATE.search(left[-30:]):
                facts.append(ContestFact("electorate", value, s, e, contest))
            continue
        if context_trap or c["vote_trap_before"].search(left) or c["vote_trap_after"].search(right) or _VOTES_AHEAD.match(right):
            continue
        who = _vote_owner(text, sent, n, left, right, subject, c)
        if who is None or value < 10:
            continue
        facts.append(CandFact(who, s, e, contest, votes=value))
        votes_by_person[who] = value

    _read_wins(doc, sent, subject, facts, contest, whole)
    for p in sent.people:
        if not _inside(p.start, sent.rel) and _POSITION.match(text[p.end:e]):
            facts.append(CandFact(sent.resolve(p), s, e, contest, position=True))
    _remember(sent, state, subject)
    return facts


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
        elif pb and _inside(n.start, sent.rel) and not _inside(pb[1].start, sent.rel):
            owner = pb[0]
        else:
            owner = pb[0] if pb else subject
    if owner:
        facts.append(CandFact(owner, sent.s, sent.e, contest, share=value))


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
            ps = sent.doc.parties_in(pb[1].end, n.start)
            list_item = bool(ps) and re.fullmatch(r"\s+(?:of|for)\s+(?:the\s+)?", text[pb[1].end:ps[0].start]) is not None \
                and re.fullmatch(r"\s+", text[ps[-1].end:n.start]) is not None
    if pb is not None and re.fullmatch(r",\s*", text[pb[1].end:n.start]) and re.match(r"^\s*,", right) and parse_int(n.text) < 120:
        return None  # "Mr Lowe, 66, thanked": an age
    if not (has_unit or verb or (list_item and sent.people)):
        return None
    nxt = re.match(r"^\s+([^\W\d_][\w-]*)", right)
    if nxt and not has_unit and nxt.group(1).lower() not in c["vote_next"]:
        return None      # "scored 87 goals", "drew 4,312 fans": a count of something else
    if pb and _inside(n.start, sent.rel) and not _inside(pb[1].start, sent.rel):
        return pb[0]
    if pb:
        return pb[0]
    first = next((p for p in sent.people if not _inside(p.start, sent.rel)), None)
    if first is not None and first.start > n.start and subject == sent.resolve(first):
        return sent.state.last_subject if re.search(r"^\s*(?:[Hh]e|[Ss]he)\b|,\s+the\s+", text[sent.s:n.start]) else None
    return subject


def _winner_near(sent, pos, subject) -> Optional[str]:
    """The subject of a 'won ... by N votes' clause, when the clause says they won."""
    c = cues()
    text = sent.doc.text
    for p in sent.people:
        if p.end <= pos and not _inside(p.start, sent.rel):
            tail = text[p.end:pos]
            if c["win_after"].search(tail) or re.search(r"\b(?:won|wins|win|winning|held|holds|gained|gains|took|takes|taken|survived|edged|beat|defeat\w*|unseat\w*|oust\w*)\b", tail):
                return sent.resolve(p)
    head = text[sent.s:pos]
    if subject and re.search(r"\b(?:won|wins|held|holds|gained|gains|taken|took|survived|beat|beating|defeat\w*)\b", head):
        return subject
    return None


def _read_wins(doc, sent, subject, facts, contest, whole):
    """'X has held the seat', 'X was elected', 'beaten by X', 'X and Y were both elected'."""
    c = cues()
    text = doc.text
    lead_past = _LEAD_ADVERBIAL.match(whole) and _is_past(whole.split(",")[0], doc.election_year)
    for idx, p in enumerate(sent.people):
        if _inside(p.start, sent.rel):
            continue
        if re.search(r"\b(?:ahead\s+of|over|against|from|than|behind|beat|defeated|defeating|unseating|ousting|replacing|to)\s+(?:[\w'’-]+\s+){0,3}$", _strip_roles(text[max(sent.s, p.start - 60):p.start])) \
                and not re.search(r"\b(?:beaten|defeated|ousted|unseated)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", text[max(sent.s, p.start - 60):p.start]):
            continue
        tail = text[p.end:sent.e]
        # Skip an apposition: "Rupert Lowe, the businessman and former ... chairman, was declared".
        app = _ASIDE.match(tail)
        for t in (tail, tail[app.end():] if app else None):
            if t is None:
                continue
            m = c["win_after"].match(t)
            if m:
                # The win's own clause must not be about the past ("held the seat from 2010").
                at = sent.e - len(t) + m.end()
                edge = _CLAUSE_EDGE.search(text, at, sent.e)
                region = text[p.start:p.end] + " " + t[:m.end()] + text[at:edge.start() if edge else sent.e]
                plo, _ = _clause(text, p.start, p.end, sent.s, sent.e)
                if re.match(r"\s*(?:when|where|after|before)\b", text[plo:p.start], re.I):
                    region = text[_clause(text, max(sent.s, plo - 2), max(sent.s, plo - 1), sent.s, sent.e)[0]:plo] + region
                perfect = re.match(r"\s*(?:has|have)\s", t)     # "has won back the seat he first held in 1997"
                if lead_past or (_is_past(region, doc.election_year) and not perfect):
                    m = None
            if m and not re.match(r"^\s*(?:won|received|got|took|polled)\s+\d", t):
                if re.search(r"\bwere\s+(?:both\s+)?elected", m.group(0), re.I):
                    for q in sent.people[:idx + 1]:
                        if not _inside(q.start, sent.rel):
                            facts.append(CandFact(sent.resolve(q), sent.s, sent.e, contest, elected=True))
                else:
                    facts.append(CandFact(sent.resolve(p), sent.s, sent.e, contest, elected=True))
                break
        head = text[max(sent.s, p.start - 40):p.start]
        hm = c["win_before"].search(_strip_roles(head))
        if hm and not lead_past and not _is_past(text[sent.s:_clause(text, p.start, p.end, sent.s, sent.e)[1]], doc.election_year):
            facts.append(CandFact(sent.resolve(p), sent.s, sent.e, contest, elected=True))


def _strip_roles(head: str) -> str:
    """Drop party and role words before a name so 'beaten by the Liberal Democrat ' ends with 'by the '."""
    c = cues()
    words = head.split(" ")
    while words and (words[-1] == "" or words[-1].lower().strip(",") in c["roles"] or words[-1][:1].isupper()):
        words.pop()
    return " ".join(words) + " "


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


_OUTCOME_AFTER = re.compile(r"^\s*(?:win\s*[–—-]\s*|wins?\s+)?(?P<kind>gain|hold|GAIN|HOLD|Gain|Hold)\b(?:\s+from\s+(?:the\s+)?)?", re.I)
_PARTY_TAKES = re.compile(r"^\s*(?:has|have|had)?\s*(?:comfortably\s+|narrowly\s+)?(?P<verb>taken|won|gained|held|retained|kept|seized|captured|regained|won\s+back|continued\s+their\s+control\s+of|take|takes|win|wins|gains|holds|hold|keeps|seize|seizes)\b", re.I)
_RETURNED_TO = re.compile(r"\b(?:returned|went|fell|falls|goes|switched|turned)\s+to\s+(?:the\s+)?$", re.I)
_FROM = re.compile(r"^\s*from\s+(?:the\s+)?$", re.I)
_APPOSITION = re.compile(r"^,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?$", re.I)
_STANDING = re.compile(r"\b(?:standing|stood|running|ran|stands|standing\s+again)\s+(?:for|as)\s+(?:the\s+|an?\s+)?$", re.I)
_OF_PARTY = re.compile(r"^\s+(?:of|from)\s+(?:the\s+)?$", re.I)


def read_outcome(doc: Doc, s: int, e: int, contest: Optional[str], people_win: bool = False) -> list:
    """Party-level outcome: 'Lab gain from Con', 'Conservative hold', 'Labour has taken X from the SNP'."""
    text = doc.text
    out: list = []
    sentences = split_sentences(text, s, e)
    if len(sentences) > 1:
        for ss, se in sentences:
            out.extend(read_outcome(doc, ss, se, contest))
        return out
    if _is_past(text[s:e], doc.election_year):
        return out
    ps = [m for m in doc.parties_in(s, e) if not (m.bracket_only and len(m.text) <= 2 and text[m.end:m.end + 1] != " ")]
    for k, m in enumerate(ps):
        after = text[m.end:e]
        o = _OUTCOME_AFTER.match(after)
        if o:
            out.append(ContestFact("winner_party", m.canonical, s, e, contest, strength=2))
            by = re.match(r"\s+by\s+(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*%|\.\d)", after[o.end():])
            if by:                                   # "Labour hold by 1,504"
                out.append(ContestFact("majority", int(by.group(1).replace(",", "")), s, e, contest))
            out.append(ContestFact("outcome", o.group("kind").lower(), s, e, contest))
            nxt = ps[k + 1] if k + 1 < len(ps) else None
            if o.group("kind").lower() == "gain" and nxt and nxt.start - m.end <= o.end() + 2:
                out.append(ContestFact("gained_from", nxt.canonical, s, e, contest))
            continue
        if m.bracket_only and len(m.text) <= 3:
            continue
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
        if _RETURNED_TO.search(text[max(s, m.start - 30):m.start]) and not _is_past(text[s:e], doc.election_year):
            out.append(ContestFact("winner_party", m.canonical, s, e, contest, strength=1))
    return out


def party_links(doc: Doc, sent_people: list[PersonSpan], s: int, e: int, resolve, contest: Optional[str]) -> list:
    """Which party the text ties each named person to."""
    c = cues()
    text = doc.text
    hon = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "cllr", "councillor", "colonel", "lord", "lady"}
    ps = doc.parties_in(s, e)
    out = []
    for p in sent_people:
        found = None
        # Before the name: "Labour's Keir Cozens", "the Green candidate, Trevor Rawson", "Reform candidate Mr Peacock".
        for m in reversed(ps):
            if m.end > p.start:
                continue
            gap = text[m.end:p.start]
            if len(gap) > 50:
                break
            if m.bracket_only and len(m.text) <= 3:
                break
            words = gap.replace(",", " , ").split()
            if words and words[0] in ("'", "’"):
                words = words[1:]
            if words and words[0] in ("'s", "’s"):
                words = words[1:]
            elif gap.startswith(("'s", "’s")):
                pass
            ok = all(w.lower().strip(".") in c["roles"] or w.lower().strip(".") in hon or w == "," or w.lower() in ("'s", "’s") for w in words)
            if ok and "former" not in (w.lower() for w in words):
                found = m
            break
        tail = text[p.end:e]
        if found is None:
            for m in ps:
                if m.start < p.end or m.start - p.end > 130:
                    continue
                between = text[p.end:m.start]
                if re.fullmatch(r"\s*\(\s*", between) or _APPOSITION.match(between) or _OF_PARTY.match(between) \
                        or _STANDING.search(between):
                    if _APPOSITION.match(between) and re.search(r"\bof\b", between):
                        continue
                    found = m
                    break
        if found is None:
            for m in ps:
                if p.end < m.start <= p.end + 90 and re.search(r"\b(?:held|holds|hold|gained|gains|took|takes|won|wins|on)\b[^.;]{0,60}\bfor\s+(?:the\s+)?$", text[p.end:m.start]) \
                        and not any(q.start > p.end and q.start < m.start for q in sent_people):
                    found = m
                    break
        if found is not None:
            out.append(CandFact(resolve(p), s, e, contest, party=found.text))
    return out
