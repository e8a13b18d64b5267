"""Whose figure it is: the person (or party) a vote count, share, majority or win in a
sentence belongs to.

Each function gets the sentence being read (prose.Sentence: its people, asides and
pronoun state) and the words left and right of the figure.
"""

from __future__ import annotations

import re
from typing import Optional

from .clauses import core, cues, inside, is_past
from .facts import CandFact
from .numbers import parse_float, parse_int

__all__ = ["WIN_VERBS", "read_share", "majority_owner", "pair_owner", "vote_owner", "winner_near", "TURNOUT", "LIST_GAP"]

_BOTH = re.compile(r"\b(?:both\s+(?:men|women|candidates|of\s+them)|each)\b\s*(?:on|took|with|had|polled|received)?\s*$", re.I)
_PARTY_OF = re.compile(r"(?:\s+|\s*,\s*)(?:of|for|standing\s+for|representing)\s+(?:the\s+)?")
_PERSONS_PARTY = re.compile(r"['’]s\s+(?:own\s+)?party\b")
TURNOUT = re.compile(r"\bturnout\b", re.I)
_BEATEN_BEFORE = re.compile(r"\b(?:defeated|defeating|beat|beating|unseated|unseating|ousted|ousting|over)\s+$")
_VOTE_TALK = re.compile(r"\b(?:votes?|polled|ballots?|preferences?|took|won|received|got|secured|finished|came|had|led|trailed|beat|beating|defeated)\b", re.I)
_A_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d{3,}")
_POSS_BEFORE = re.compile(r"(?:\bto\s+)?(?P<p>[Hh]is|[Hh]er)\s+$")
# Verbs that give a share to whoever comes before them: "Reform UK polled 13.3%".
_SHARE_VERBS = r"polled|took|received|won|secured|got|managed|attracted"
# The share beside a count, in brackets or as an aside: "17,805 (39.3%) for", "17,805, or 39.3%, for".
_SHARE_BESIDE = r"(?:\([^)]*\)\s*|,\s*or\s+\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent)\s*,?\s*)?"
FOR_PERSON = re.compile(r"^\s*(?:votes?\s*)?" + _SHARE_BESIDE + r"for\s+(?:the\s+)?", re.I)
# A vote count and whose it is: "10,582 for Jody McIntyre", "to the 12,690 of Conservative Mark Eastwood"
_VOTES_OF = re.compile(r"^\s*(?:votes?\s*)?" + _SHARE_BESIDE + r"(?:for|of)\s+(?!(?:the\s+)?(?:vote|votes|poll|total|ballots?|electorate)\b)(?:the\s+)?", re.I)


_PCT_TO = re.compile(r"\s*%?\s*to\s+")
_BEAT_VERB = re.compile(r"\b(?:defeat(?:s|ed|ing)?|beat(?:s|ing)?|unseat(?:s|ed|ing)?|oust(?:s|ed|ing)?|edged|edging|toppl(?:ed|ing))\b")
_OR_BEFORE_PAIR = re.compile(r"\d[\d,]*\s*(?:votes?\s+)?to\s+\d[\d,]*\s*(?:votes?)?\s*,?\s*(?:or|and|\(|[–—-])\s*$")


def read_share(doc, sent, n, left, right, scope, subject, nums, i, facts, contest, context_trap, votes_by_person):
    """Append the share fact for percentage n when it is a candidate's (or a party's in one seat)."""
    c = cues()
    if context_trap or TURNOUT.search(left[-40:]) or c["qualifier"].search(left[-25:]):
        return
    if re.search(r"\b(?:swing|lead|points?|majority|maj|turnout|change|up|down|rose|fell\s+by)\s*(?:of|by|was|to)?\s*$", left, re.I):
        if not re.search(r"share\s+fell\s+to\s*$", left, re.I):
            return
    value = parse_float(n.text)
    if value is None or value > 100:
        return
    if _BOTH.search(left):                      # "both men on 41 per cent"
        for name in list(votes_by_person)[-2:] or sent.state.recent[-2:]:
            facts.append(CandFact(name, sent.s, sent.e, contest, share=value))
        return
    prev = nums[i - 1] if i > 0 else None
    text = sent.doc.text
    moved = _FROM_TO.search(text, max(sent.s, n.start - 120), n.start)
    if moved:
        # "Franklin went from 39.2 per cent (...) to 47.5 per cent": the figure it went to is hers
        pb = sent.person_before(moved.start())
        owner = pb[0] if pb else subject
        if owner:
            facts.append(CandFact(owner, sent.s, sent.e, contest, share=value))
        return
    nxt = nums[i + 1] if i + 1 < len(nums) else None
    paired = (0 if nxt is not None and nxt.pct and _PCT_TO.fullmatch(text, n.end, nxt.start)
              else 1 if prev is not None and prev.pct and _PCT_TO.fullmatch(text, prev.end, n.start) else None)
    if paired is not None and len(votes_by_person) == 2 and _OR_BEFORE_PAIR.search(text, sent.s, (n if paired == 0 else prev).start):
        # "defeating Mike Kaczmarek 13,402 votes to 11,877, or 53% to 47%": the shares of the two counts just paired
        facts.append(CandFact(list(votes_by_person)[paired], sent.s, sent.e, contest, share=value))
        return
    owner = _named_share_owner(sent, n, left, right, prev, facts)
    if owner is None and paired is not None and _BEAT_VERB.search(text, sent.s, (n if paired == 0 else prev).start):
        # "beating Democrat Owen Keyes 53.8% to 46.2%": the winner's share, then the one beaten's
        names = _two_named_before(sent, n if paired == 0 else prev, nxt if paired == 0 else n)
        owner = names[paired] if names else None
    if owner is None and _HIS_PARTYS.search(left):
        # "Plaid leader Rhun ap Iorwerth insisted his party's 29.9 per cent showed ...": the party's share in this seat
        ps = [m for m in sent.doc.parties_in(sent.s, n.start) if (not m.bracket_only or len(m.text) > 3 and m.text[0].isupper())
              and not any(p.start <= m.start < p.end for p in sent.people)]
        if ps and len({m.canonical for m in ps}) == 1 and not _NATIONAL.search(text, sent.s, sent.e):
            facts.append(CandFact("@party:" + ps[0].canonical, sent.s, sent.e, contest, share=value))
        return
    if owner is None and prev is not None and prev.pct:
        pb = sent.person_before(n.start)
        if pb and text[pb[1].end:n.start].isspace() and _LIST_AND.fullmatch(text, prev.end, pb[1].start):
            owner = pb[0]       # "won 21.3 per cent and the Conservatives' Paul Ellison 12.0 per cent": a list's next item
    that = _THAT_WAS.match(text, sent.s) if owner is None else None
    if that and that.end() == n.start and sent.state.last_subject \
            and not sent.state.last_subject.startswith("@") and not any(p.start < n.start for p in sent.people):
        owner = sent.state.last_subject     # "Amy Lowther ... took 523 votes." / "That was 33.2 per cent of the vote"
    if owner is None:
        owner = _share_owner_by_wording(sent, n, left, right, subject, c)
    if owner and any(p.possessive and sent.resolve(p) == owner
                     and (_PERSONS_PARTY.match(text, p.end) or any(m.start - p.end <= 4 for m in sent.doc.parties_in(p.end, min(sent.e, p.end + 80))))
                     for p in sent.people if p.end <= n.start):
        return          # "Keir Starmer's party wins ... on 33.7 per cent", "Jacob Zuma's uMkhonto weSizwe (MK) Party ... won 14.58%": the party's
    if owner:
        facts.append(CandFact(owner, sent.s, sent.e, contest, share=value))


_THAT_WAS = re.compile(r"\s*(?:That|This)\s+(?:was|is|represents|represented|amounted\s+to|equated\s+to)\s+(?:just\s+|only\s+|almost\s+|nearly\s+)?(?=\d)")
_POLL_WORDS = re.compile(r"\b(?:polls?|polling|pollsters?|survey|MRP|model|projection|forecast)\b", re.I)
_LIST_AND = re.compile(r"[^.;\d]{0,12}?(?:,|\band\b)[^.;\d]{0,60}")
_HIS_PARTYS = re.compile(r"\b(?:his|her|their)\s+party['’]s\s+$", re.I)
_FROM_TO = re.compile(
    r"""\b(?:went|rose|risen|fell|fallen|dropped|climbed|slipped|jumped|slumped|increased|grew|moved)\s+
    from\s+\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent)(?:\s*\([^()]{0,80}\))?\s+to\s+$""",
    re.X,
)


def _named_share_owner(sent, n, left: str, right: str, prev, facts: list) -> Optional[str]:
    """A share whose owner the words right around it name: "41.2% for Jo White", a bracketed
    share after a vote count, "to Ford's 30.5%", a party's share in one seat."""
    text = sent.doc.text
    fp = FOR_PERSON.match(right)
    if fp:
        after = [p for p in sent.people if p.start >= n.end and p.start - n.end < 45]
        if after:
            return sent.resolve(after[0])
        party = _party_at(sent, n.end + fp.end())
        if party and not _NATIONAL.search(text, sent.s, sent.e):
            return "@party:" + party      # "against 37.0 per cent for the Conservatives": its candidate's in one seat
    # A share right after a vote count belongs to that count's owner: "11,902 (36.5%)",
    # "11,902 votes, or 36.5%", "11,902 votes — a whopping 36.5 per cent".
    if prev is not None and not prev.pct and re.fullmatch(
            r"\s*(?:votes?|(?:first[- ]preference|primary|1st\s+preference)\s+votes|first\s+preferences)?\s*[,(—–-]?\s*(?:or\s+|a\s+(?:[a-z]+\s+)?|representing\s+|being\s+)?",
            text[prev.end:n.start], re.I):
        owner = _owner_of_votes(facts, prev)
        if owner:
            return owner
    if re.match(r"\s*(?:of\s+the\s+vote|share)?\s*(?:[,.;)]|\s+(?:while|and|with|is|was|marks|marked|represents|represented)\b|$)", right):
        owner = next((sent.resolve(p) for p in sent.people if p.possessive and 0 <= n.start - p.end <= 4), None)
        if owner:
            return owner        # "Goldman took 39.9% of the vote to Ford's 30.5%, while ...", "Becca Horn's 12.5% is a big jump"
    on = next((m for m in sent.doc.parties_in(max(sent.s, n.start - 40), n.start)
               if not m.bracket_only and re.fullmatch(r"\s+on\s+", text[m.end:n.start])
               and re.search(r"\b(?:with|and|while|whereas)\s+(?:the\s+)?$", text[max(sent.s, m.start - 12):m.start])), None)
    if on and not _COUNTRYWIDE.search(text, sent.s, sent.e) and not _NATIONAL.search(text, sent.s, sent.e) \
            and not cues()["context_trap"].search(sent.doc.low, sent.s, sent.e) \
            and not _POLL_WORDS.search(text, sent.s, sent.e):     # (not a poll's "and the Greens on 6%")
        return "@party:" + on.canonical      # "His share fell to 34.5 per cent, with Labour on 34.3 per cent": in one seat
    given = next((m for m in sent.doc.parties_in(max(sent.s, n.start - 60), n.start)
                  if not m.bracket_only and text[m.end:n.start].isspace()), None)
    if given and _GIVES.search(text, max(sent.s, given.start - 30), given.start) and not _COUNTRYWIDE.search(text, sent.s, sent.e):
        return "@party:" + given.canonical      # "It gives the Greens 56.6 per cent of the votes cast": in one seat
    if not sent.people:
        owner = _party_subject(sent, n, left)
        if owner:
            return owner
    if prev is not None and prev.pct and facts and isinstance(facts[-1], CandFact) and facts[-1].name.startswith("@party:"):
        # "while Reform UK polled 13.3% and Labour 12.0%": the list of party shares goes on
        ps = sent.doc.parties_in(prev.end, n.start)
        if ps and _AND_NEXT_PARTY.fullmatch(text, prev.end, ps[0].start) and re.fullmatch(r"\s+", text[ps[-1].end:n.start]):
            return "@party:" + ps[-1].canonical
    return None


def _share_owner_by_wording(sent, n, left: str, right: str, subject: Optional[str], c: dict) -> Optional[str]:
    """A share stated as one ("of the vote", "share of", "polled 41%"), owned by the party or
    person just before it, or by the sentence's subject."""
    text = sent.doc.text
    pb = sent.person_before(n.start)
    if not (c["share_after"].match(right) or re.search(r"share\s+(?:\w+\s+){0,4}(?:of|to|was|at)\s*$", left, re.I)
            or (re.search(rf"\b(?:finished|ended|came|was)\s+(?:\w+\s+)?on\s+$|\b(?:{_SHARE_VERBS}|had)\s+$"
                          r"|\b(?:re-?election|victory|win)\s+with\s+$"       # "cruised to re-election with 49.7 per cent"
                          r"|\b(?:finished|came|ended)\s+(?:a\s+(?:distant|close|strong)\s+)?(?:first|second|third|fourth|fifth|sixth|top|last)\s+(?:on\s+(?:primary|first[- ]preference)\s+votes\s+)?with\s+$", left)
                and not re.match(r"^\s*of\b", right))
            or (pb and re.fullmatch(r"['’]?s?\s+on\s+", text[pb[1].end:n.start]))
            or (pb and re.fullmatch(r"\s+with\s+", text[pb[1].end:n.start])
                and not _OBJECT_OF_A_WIN.search(text, max(sent.s, pb[1].start - 40), pb[1].start))   # "came the Conservative Karen Cooksley with 13.2 per cent"
            or _FRACTION_OF_THE_VOTE.search(left)):
        return None
    poss = re.search(r"(?:\bto\s+)?(?P<p>[Hh]is|[Hh]er)\s+(?:\w+\s+){0,2}$", left)
    ps = [m for m in sent.doc.parties_in(pb[1].end if pb else sent.s, n.start)
          if not _FROM_BEFORE.search(text, max(sent.s, m.start - 12), m.start)]     # ("has taken Barron River from Labor with 44.1 per cent")
    if ps and _PARTY_POLLED.fullmatch(text, ps[-1].end, n.start):
        if _NATIONAL.search(text, sent.s, sent.e):
            return None         # "... said the result mirrored the national elections, when MK won 45% of the vote": not his
        return "@party:" + ps[-1].canonical        # "..., while Reform UK polled 13.3%": the party's share
    if poss and (not pb or pb[1].end < n.start - 40):
        return subject
    return pb[0] if pb else subject


# A share restating a fraction: "took almost half of all valid votes cast, 48.5 per cent".
_FRACTION_OF_THE_VOTE = re.compile(r"\b(?:half|a\s+third|a\s+quarter|a\s+fifth|two[- ]thirds|three[- ]quarters)\s+of\s+(?:all\s+)?(?:the\s+)?"
                                   r"(?:valid\s+)?(?:vote|votes|ballots)(?:\s+cast)?\s*[,(—–-]\s*(?:or\s+)?$")
_OBJECT_OF_A_WIN = re.compile(r"\b(?:from|beat|beating|beats|defeat\w*|unseat\w*|oust\w*|against|over|ahead\s+of)\s+(?:[\w'’.-]+\s+){0,4}$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_AND_NEXT_PARTY = re.compile(r"\s*,?\s*(?:and\s+)?(?:the\s+)?")
_PARTY_POLLED = re.compile(rf"\s+(?:{_SHARE_VERBS}|had|finished\s+on|was\s+on)\s+")
_PARTY_FINISHED = re.compile(rf"\b(?:finished|came|ended|was)\s+(?:\w+\s+)?(?:with|on)\s+$|\b(?:{_SHARE_VERBS})\s+$")
_COUNTRYWIDE = re.compile(r"\b(?:national(?:ly)?|nationwide|across\s+the\s+(?:country|UK|nation|region|county))\b", re.I)
_NATIONAL = re.compile(r"\b(?:national(?:ly)?|nationwide|across\s+the\s+(?:country|UK|nation|region|county)|seats?|projected|poll)\b", re.I)


_GIVES = re.compile(r"\b(?:gives|gave|giving|hands|handed|handing|puts|put|putting)\s+(?:the\s+)?$")
# A party that owns a later share of its own: "... against 37.0 per cent for the Conservatives".
_OWNS_A_SHARE = re.compile(r"\d\s*(?:%|per\s*cent)\s+(?:of\s+the\s+vote\s+)?for\s+(?:the\s+)?$")


def _party_at(sent, pos: int) -> Optional[str]:
    """The canonical party whose mention starts at pos (not a word of a person's name)."""
    for m in sent.doc.parties_in(max(sent.s, pos - 4), min(sent.e, pos + 60)):
        if m.end <= pos:
            continue
        if m.start in (pos, pos - 4) and not m.bracket_only and not any(p.start <= m.start < p.end for p in sent.people):
            return m.canonical
        break
    return None


def _party_subject(sent, n, left: str) -> Optional[str]:
    """'Labour, which had hoped to squeeze the Lib Dem vote, finished fourth with 6.1 per cent':
    a party's share in one seat is its candidate's (resolved when the contest has one of that party)."""
    text = sent.doc.text
    if not _PARTY_FINISHED.search(left) or _NATIONAL.search(text, sent.s, sent.e):
        return None
    ps = sent.doc.parties_in(sent.s, n.start)
    if not ps or text[sent.s:ps[0].start].strip() not in ("", "The", "the"):
        return None
    owned = {m.start for m in sent.doc.parties_in(n.end, sent.e) if _OWNS_A_SHARE.search(text, sent.s, m.start)}
    if any(m.canonical != ps[0].canonical and not inside(m.start, sent.rel) for m in ps[1:]) or any(
            m.canonical != ps[0].canonical and not inside(m.start, sent.rel) and m.start not in owned
            for m in sent.doc.parties_in(n.end, sent.e)):
        return None         # another party in the main clause: whose figure is unclear
    return "@party:" + ps[0].canonical


# Whoever a majority belongs to won: "giving her a majority of", "leaving Mr Lowe with a majority",
# "Ms Medi's majority of 637".
_GIVEN_MAJORITY = re.compile(r"\b(?:giving|gave|gives|handing|handed)\s+(?:him|her)\s+(?:a\s+)?majority\s+(?:of\s+)?$")
_PRONOUN_MAJORITY = re.compile(r"\b(?P<p>[Hh]is|[Hh]er)\s+(?:own\s+)?majority\b(?:\s+over\s+(?:\S+\s+){1,3}?)?\s*(?:of|was|is|stood\s+at|to|:)?\s*$")
_POSSESSED_MAJORITY = re.compile(r"['’]s\s+(?:own\s+)?majority\s*(?:of\s+|was\s+|is\s+|stands\s+at\s+|:\s*)?$")


# "Barros-Curtis, who succeeds Kevin Brennan, has a majority of 7,019": the subject's, now
_HAS_MAJORITY = re.compile(r"\b(?:has|now\s+has)\s+(?:a|an)\s+(?:\w+\s+)?majority\s+of\s+(?:just\s+|only\s+)?$")
_CONTRAST_BEFORE = re.compile(r"(?:,\s*|\s)(?:but|while|whereas|yet)\s+(?:[\w'’]+\s+){0,3}$")
_WON_WITH_MAJORITY = re.compile(r"\b(?:winning|won|wins|held|holding|taking|took|gaining|gained|retaining|retained|is\s+back|was\s+back)\b[^.;,]{0,40}\bwith\s+(?:a|an)\s+(?:\w+\s+){0,2}majority\s+of\s+(?:just\s+|only\s+)?$")
# "leaving Sir Oliver with a majority of 7,992", "giving Ms Ford a majority of 1,309"
_LEFT_WITH = re.compile(r"\b(?:leaving|left|leaves|giving|gave|gives|handing|handed)\s+\S[^,;]{0,40}?\s+(?:with\s+)?(?:a\s+)?(?:majority|margin)\s+of\s+$")


def majority_owner(sent, left: str, pos: int, subject: Optional[str]) -> Optional[str]:
    won = _WON_WITH_MAJORITY.search(left)
    if won and subject and not subject.startswith("@"):
        pb = sent.person_before(pos - len(left) + won.start())
        if pb and pb[0] != subject and re.fullmatch(r"\s*(?:\([^()]{1,40}\)\s*)?", sent.doc.text[pb[1].end:pos - len(left) + won.start()]) \
                and _CONTRAST_BEFORE.search(sent.doc.text, max(sent.s, pb[1].start - 40), pb[1].start) \
                and not is_past(sent.doc.text[sent.s:sent.e], sent.doc.election_year):
            return pb[0]    # "Ohlsson had hoped ..., but National's Fiona Delaney held on with a majority of just 449": hers
    if _GIVEN_MAJORITY.search(left) or ((won or _HAS_MAJORITY.search(left)) and subject and not subject.startswith("@")
                                         and not is_past(core(sent.doc.text, sent.s, sent.e, sent.rel), sent.doc.election_year)):
        return subject      # (also "Nic Dakin is back ... after winning Scunthorpe with a majority of 3,542")
    left_with = _LEFT_WITH.search(left)
    if left_with:
        lo, text = pos - len(left) + left_with.start(), sent.doc.text
        for p in sent.people:
            if lo < p.start and re.fullmatch(r"\s+(?:with\s+)?(?:a\s+)?(?:majority|margin)\s+of\s+", text[p.end:pos]):
                return sent.resolve(p)
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


_APPOSITION_GAP = re.compile(r",\s*(?:the|a|an)\s+[^,;()\d]{2,40},\s*")
_VERB_GAPPED = re.compile(r"\b(?:polled|took|got|received|won|secured|collected)\s+[\d,]{2,}\s+(?:votes\s+)?(?:,\s*)?(?:and|while)\s+")
_PAIR = re.compile(r"^\s*(?:votes?\s+)?(?:\(\s*\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent)\s*\)\s*|,\s*or\s+\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent),?\s*)?to\s+$")
# ("11,305 votes (63.7%) to 6,443", "14,206 votes, or 58.8%, to 9,954")
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")       # between the items of a list: ", ", " and ", ", and "
_LOST_TO = re.compile(r"\b(?:lost|loses|losing)\b[^.;]{0,40}?\bto\b|\b(?:beaten|defeated|ousted|unseated|toppled)\s+by\b", re.I)
_LIST_POLLED = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})?"     # ("... and Shaun Long of the Social Democratic Party, polled")
                          r"\s*,?\s*(?:(?:each\s+|respectively\s+)?(?:polled|took|got|received|won|had|secured|collected|attracted)\s+)")


def pair_owner(sent, nums, i, led_by: Optional[str] = None) -> Optional[str]:
    """'Blake edged Turvey for third, 6,397 to 6,342': the first figure is the first person's,
    the second the second's, when the sentence names exactly two people before them (or opens on a
    pronoun for one of them: "She leads the LNP's Cameron Astbury 14,310 votes to 13,980")."""
    text = sent.doc.text
    nxt = next((j for j in range(i + 1, len(nums)) if not nums[j].pct), None)     # (past the share beside a count)
    prv = next((j for j in range(i - 1, -1, -1) if not nums[j].pct), None)
    first, second = (i, nxt) if nxt is not None and _PAIR.match(text[nums[i].end:nums[nxt].start]) else \
        (prv, i) if prv is not None and _PAIR.match(text[nums[prv].end:nums[i].start]) else (None, None)
    if first is None:
        return _list_owner(sent, nums, i)
    if nums[first].pct or nums[second].pct:
        return None
    names = _two_named_before(sent, nums[first], nums[second], led_by)
    return None if names is None else names[0] if i == first else names[1]


def _two_named_before(sent, first, second, led_by: Optional[str] = None) -> Optional[list]:
    """The two people a pair of figures ("6,397 to 6,342", "53.8% to 46.2%") belongs to, in the pair's order: the two
    the sentence names before it, the winner first."""
    text = sent.doc.text
    own = inside(first.start, sent.rel)      # ("..., who beat Labour's Kate Hollern by 132 votes – 10,518 to 10,386": one clause)
    before = [p for p in sent.people if p.end <= first.start and (not inside(p.start, sent.rel) or own and inside(p.start, sent.rel) == own)]
    names = list(dict.fromkeys(sent.resolve(p) for p in before))
    if len(names) == 1 and led_by and led_by != names[0] and not led_by.startswith("@"):
        names.insert(0, led_by)
    if len(names) != 2 or any(p.possessive and 0 <= second.start - p.end <= 4 for p in sent.people):
        return None
    firsts = [p for p in before if sent.resolve(p) == names[0]]
    seconds = [p for p in before if sent.resolve(p) == names[1]]
    if firsts and seconds and _LOST_TO.search(text, firsts[0].end, seconds[0].start):
        names.reverse()     # "Graham Pettifer lost his seat to Ruth Okafor by 61 votes, 1,088 to 1,027": the winner's first
    return names


def _list_owner(sent, nums, i) -> Optional[str]:
    """'Malihah Adam, Nagarjun Agath and Khandu Patel, received 974, 703 and 115 votes respectively':
    a list of names, a verb (or "respectively" after them), then as many counts, in the names' order."""
    text = sent.doc.text
    lo = hi = i
    while lo > 0 and LIST_GAP.fullmatch(text, nums[lo - 1].end, nums[lo].start):
        lo -= 1
    while hi + 1 < len(nums) and LIST_GAP.fullmatch(text, nums[hi].end, nums[hi + 1].start):
        hi += 1
    run = nums[lo:hi + 1]
    if len(run) < 2 or any(n.pct for n in run):
        return None
    before = [p for p in sent.people if p.end <= run[0].start and not inside(p.start, sent.rel)][-len(run):]
    gapped = _RESPECTIVELY.match(text, run[-1].end) and re.fullmatch(r"\s*,?\s*", text[before[-1].end:run[0].start] if before else "x")
    if len(before) != len(run) or not (_LIST_POLLED.fullmatch(text, before[-1].end, run[0].start) or gapped) \
            or not all(LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(before, before[1:])):
        return None
    return sent.resolve(before[i - lo])


_RESPECTIVELY = re.compile(r"\s*(?:votes\s+)?respectively\b")     # the verb gapped: "... took 7,205 and the two independents, James Ward and Thomas Culshaw, 448 and 441 respectively"


def _owner_of_votes(facts, num) -> Optional[str]:
    for f in reversed(facts):
        if isinstance(f, CandFact) and f.votes == parse_int(num.text):
            return f.name
    return None


def vote_owner(text, sent, n, left, right, subject, c) -> Optional[str]:
    """Who a vote count belongs to, or None when it is not a candidate's vote count."""
    has_unit = bool(c["vote_unit"].match(right))
    verb = bool(c["vote_verb"].search(left))
    poss_person = None
    for p in sent.people:
        if p.possessive and 0 <= n.start - p.end <= 4:
            poss_person = sent.resolve(p)
    pron = _POSS_BEFORE.search(left)
    if poss_person and (getattr(n, "pct", False) or has_unit or verb or _VOTE_TALK.search(text, sent.s, sent.e)):
        return poss_person      # (not "Starmer's 174 is built almost entirely on the latter": a seat majority, no votes in sight)
    if poss_person:
        return None
    fp = _VOTES_OF.match(right)
    if fp and (has_unit or verb or re.search(r"\(\s*$", left) is None):
        after = [p for p in sent.people if p.start >= n.end and p.start - n.end < 45]
        if after and (has_unit or re.match(r"^\s*(?:votes?\s+)?\(", right) or re.search(r"\b(?:against|to|versus|vs\.?)\s+(?:the\s+)?$", left)):
            return sent.resolve(after[0])       # (also "11,275 votes against 10,582 for Jody McIntyre")
    if pron and (has_unit or verb or "to " in left[-8:]):
        if pron.group().lower().startswith("to "):
            # "Ms Botterill polled 17,232 votes to his 12,690": the rival's, whom the pronoun's gender names (never the subject)
            want = "M" if pron.group("p").lower() == "his" else "F"
            counts = list(_A_COUNT.finditer(text, sent.s, n.start))
            first = [p for p in sent.people if counts and p.end <= counts[-1].start() and not p.possessive
                     and not _BEATEN_BEFORE.search(text, max(sent.s, p.start - 14), p.start)]
            winner = sent.resolve(first[-1]) if first else subject        # who the count before "to his" belongs to
            # (not "John Stevenson's tenure ended when ...", nor "Voaden defeated Mangnall, taking 22,540 votes to his 15,413")
            here = [sent.resolve(p) for p in sent.people if p.end <= n.start]
            ref = next((name for name in reversed(here) if name != winner and sent.gender(name) == want), None) \
                or sent.pronoun_ref(pron.group("p").lower())       # ("John Stevenson's tenure ended when Julie Minns won ... to his 12,929")
            return ref if ref and ref != winner and sent.gender(ref) == want else None
        return subject if pron.group("p").lower() in ("his", "her") else None
    pb = sent.person_before(n.start)
    list_item = False
    if pb is not None:
        gap = text[pb[1].end:n.start]
        if re.fullmatch(r"\s+|,?\s*\(\s*", gap) or _APPOSITION_GAP.fullmatch(gap) and _VERB_GAPPED.search(text, sent.s, pb[1].start):
            list_item = True        # ("... polled 2,032 and the SDP's Rod Liddle, the newspaper columnist, 1,835")
        else:
            # "Jane Smith of the Green Party 412", "Kay Wesley, standing for the Women's Equality Party, 544",
            # "Joanna Kenny (Lib Dem) 4,805", "Sheryll Murray (Conservative, 13,759, 27.9%)"
            ps = sent.doc.parties_in(pb[1].end, n.start)
            of_party = bool(ps) and _PARTY_OF.fullmatch(text, pb[1].end, ps[0].start) is not None \
                and re.fullmatch(r"\s+|\s*\(\s*|\s*,\s*", text[ps[-1].end:n.start]) is not None
            bracketed = bool(ps) and re.fullmatch(r"\s*\(\s*", text[pb[1].end:ps[0].start]) is not None \
                and re.fullmatch(r"\s*\)\s*|\s*,\s*", text[ps[-1].end:n.start]) is not None
            list_item = (of_party or bracketed) \
                and not (parse_int(n.text) < 120 and re.match(r"^\s*(?:,|said|says|told)", right) and "," in text[ps[-1].end:n.start])
            # (an age: "Kay Wesley (Green), 66, said"; not a count in a list: "Ruth Ellery (Grn) 96, Martin Oduya (LD) 61")
        if subject and subject != pb[0] and _PARTICIPLE.fullmatch(gap):
            return subject     # "Noah Law gained the seat from Steve Double, winning 15,958 votes": the subject's
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
    if pb and not list_item and subject and subject != pb[0] and _OBJECT_BEFORE.search(text, max(sent.s, pb[1].start - 40), pb[1].start):
        return subject      # "Clive Jones ... took the seat vacated by Sir John Redwood, ..., with 25,743 votes"
    if pb:
        return pb[0]
    first = next((p for p in sent.people if not inside(p.start, sent.rel)), None)
    if first is not None and first.start > n.start and subject == sent.resolve(first):
        return sent.state.last_subject if re.search(r"^\s*(?:[Hh]e|[Ss]he)\b|,\s+the\s+", text[sent.s:n.start]) else None
    return subject


# Before a person who is the object of the clause, not the one with the votes.
_OBJECT_BEFORE = re.compile(r"\b(?:(?:vacated|left|held|represented|previously\s+held)\s+by|replacing|succeeding|unseating|ousting|"
                            r"defeating|beating|toppling)\s+(?:(?:Sir|Dame|Mr|Mrs|Ms|Dr)\s+)?$")
_PARTICIPLE = re.compile(r",\s+(?:winning|taking|polling|securing|collecting|getting|finishing)\s+(?:with\s+|on\s+)?(?:just\s+|only\s+)?")
# Verbs that say the subject won, in one list; each use below adds the forms it also accepts.
WIN_VERBS = r"won|wins|held|holds|beat|beats|defeat\w*|saw\s+off|sees\s+off"
_HELD_OFF = r"h(?:eld|olding|olds)\s+off"
# "X, who held off ..., by 98 votes": after the person, any win verb.
_WON_BY = re.compile(r"\b(?:" + WIN_VERBS + r"|win|winning|gained|gains|took|takes|taken|survived|edged"
                     r"|unseat\w*|oust\w*|" + _HELD_OFF + r")\b")
# Anywhere before the figure, said of the sentence's subject: a narrower list (no "win", "winning", "edged").
_WON_BY_SUBJECT = re.compile(r"\b(?:" + WIN_VERBS + r"|gained|gains|taken|took|survived|beating|" + _HELD_OFF + r")\b")


# "X was unseated", and headline style without the verb: "Ranil Jayawardena ousted as Lib Dems take ..."
_PASSIVE_LOSS = re.compile(r"""\s*(?:,[^,]{0,60},\s*)?
    (?:(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:unseated|defeated|beaten|ousted|toppled)\b
      |(?:unseated|defeated|beaten|ousted|toppled)(?=\s+(?:as|after|amid|in|by|at)\b|\s*[,:;–—-]))   # (not "ousted Khalid Mahmood")""", re.X)


_DEFEATED_OBJECT = re.compile(r"\b(?:(?:defeated|defeating|beat|beating|unseated|unseating|ousted|ousting|toppled|toppling)\s+"
                              r"(?:[\w'’.-]+\s+){0,5}|(?:challenge|bid|threat)\s+(?:from|by)\s+(?:[\w'’-]+\s+){0,3})$")     # ("... a strong challenge from BJP's X")
# (and a title's stops: "defeated first-term Republican U.S. Rep. Ryan Mackenzie")


def winner_near(sent, pos, subject) -> Optional[str]:
    """The subject of a 'won ... by N votes' clause, when the clause says they won."""
    c = cues()
    text = sent.doc.text
    # The nearest person first: "X has lost A to Labour, while Y was unseated in B by 810 votes" is Y's loss.
    for p in reversed([p for p in sent.people if p.end <= pos and not inside(p.start, sent.rel)]):
        tail = text[p.end:pos]
        if _PASSIVE_LOSS.match(tail):
            return None
        if _DEFEATED_OBJECT.search(text, max(sent.s, p.start - 60), p.start):
            continue        # "X ... defeated two-term MPP Brad Fennimore on Thursday, winning by 4,535 votes": X won
        if c["win_after"].search(tail) or _WON_BY.search(tail):
            return sent.resolve(p)
    head = text[sent.s:pos]
    if subject and _WON_BY_SUBJECT.search(head):
        if any(p.start >= pos and sent.resolve(p) == subject for p in sent.people) \
                and not any(p.end <= pos and sent.resolve(p) == subject for p in sent.people):
            return None     # "The former administrator won by 15,000 votes over Conservative Gord Brant": not Brant
        return subject
    return None
