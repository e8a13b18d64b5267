"""Facts -> records: merge what the text says about each person, pick the strongest figure, keep the evidence."""

from __future__ import annotations

import bisect
import collections
import unicodedata
import functools
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from .document import CAPS_LEAD, Doc, initials, place_key, stands_for
from .facts import CandFact, ContestFact
from .gazetteer import DEFAULT_COUNTRY, parties, party_family, places
from .names import given_name_gender, surname
from .records import Candidate, Contest

__all__ = ["build_contests"]


@dataclass
class _Person:
    name: str
    facts: list[CandFact] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return surname(self.name)

    def has_figure(self) -> bool:
        return any(f.votes is not None or f.share is not None or f.elected for f in self.facts)

    def stated(self) -> bool:
        return any(f.position or f.stood for f in self.facts)


@functools.lru_cache(maxsize=4096)
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def _match(people: list[_Person], name: str) -> Optional[_Person]:
    """Same person: same full name, or one name ends with the other's last words and the surname is unique."""
    fn = _fold(name)
    for p in people:
        if _fold(p.name) == fn:
            return p
    words = fn.split()
    led = [p for p in people if len(words) >= 2 and min(len(words), len(_fold(p.name).split())) >= 2
           and _fold(p.name).split()[:len(words)] == words[:len(_fold(p.name).split())]]
    if len(led) == 1:
        return led[0]       # "Nurun Nabi" for "Nurun Nabi Chowdhury": a later mention by the first two names
    last = _fold(surname(name))
    same = [p for p in people if _fold(p.surname) == last]
    if len(same) == 1:
        p = same[0]
        a, b = _fold(p.name).split(), fn.split()
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        if (long_[-len(short):] == short or len(short) >= 2 and short[0][:1] == long_[0][:1]) \
                and not (len(short) == len(long_) >= 2 and _INITIALS_ONLY.fullmatch(short[0]) and _INITIALS_ONLY.fullmatch(long_[0])
                         and short[0] != long_[0]):
            return p        # (but "K. Sasidharan" is not "K.R. Sasidharan": a namesake on the ballot)
    return None


_INITIALS_ONLY = re.compile(r"(?:\w\.){1,4}")


# "The Nationals also retained Riverina and New England": seats won besides the one the article is about
_ALSO_WON = re.compile(r"\balso\s+(?:\w+\s+)?(?:won|wins|held|holds|retained|retains|kept|keeps|took|takes|gained|gains"
                       r"|captured|captures|seized|seizes|regained|regains|flipped|flips)\b[^.;:\n]*")


def _main_place(facts: list, place_hits: list[tuple[int, str]], own: set, text: str = "") -> Optional[tuple[str, str]]:
    """The place an article's unnamed results belong to: the one its headline and lede
    name most, before the results start; seats with their own listed results are not it,
    nor seats the text says were also won."""
    elsewhere = [m.span() for m in _ALSO_WON.finditer(text)]
    unnamed = [f.start for f in facts if f.contest is None and isinstance(f, CandFact)]
    first = min(unnamed) if unnamed else None
    last = max(unnamed) if unnamed else None

    def weight(pos: int) -> float:
        # named before the figures counts most; named only after all of them, least
        return 2 if first is None or pos <= first else 1 if pos <= last else 0.5

    score: collections.Counter = collections.Counter()
    names: dict[str, list[str]] = collections.defaultdict(list)
    for f in facts:
        if isinstance(f, ContestFact) and f.field in ("name", "mention") and f.contest not in own and f.end > f.start \
                and not any(f.start <= s < f.end and f.value in text[s:e] for s, e in elsewhere):
            score[f.contest] += (3 if f.field == "name" else 1) * weight(f.start)
            names[f.contest].append(f.value)
    for pos, name in place_hits:
        k = place_key(name)
        if k in own or any(s <= pos < e for s, e in elsewhere):
            continue
        score[k] += weight(pos)
        names[k].append(name)
    if not score:
        return None
    best = max(score, key=lambda k: (score[k], -min([p for p, n in place_hits if place_key(n) == k] or [10**9])))
    return best, max(names[best], key=len)      # the fullest spelling of it (the first of equal length)


def build_contests(doc: Doc, facts: list, place_hits: list[tuple[int, str]]) -> list[Contest]:
    by_contest: dict[Optional[str], list] = collections.defaultdict(list)
    order: list[Optional[str]] = []
    for f in facts:
        if f.contest not in by_contest:
            order.append(f.contest)
        by_contest[f.contest].append(f)
    # contests in the order their results are told: a headline's passing mention does not put one first
    first = {k: min((f.start for f in fs if not (isinstance(f, ContestFact) and f.field == "mention")), default=10**9)
             for k, fs in by_contest.items()}
    order.sort(key=lambda k: first[k])
    _merge_short_names(by_contest, order)
    _merge_other_names(by_contest, order)
    _merge_numbered_wards(doc.text, by_contest, order)
    if None in by_contest and len(order) >= 3 and any(k is not None and any(isinstance(f, CandFact) for f in by_contest[k]) for k in order):
        _route_unnamed_to_last_named(doc.text, by_contest, order)      # (a round-up of seats, each with its people)
    if None in by_contest:
        main = _main_place(facts, place_hits, set(), doc.text)
        with_people = [k for k in order if k is not None and any(isinstance(f, CandFact) for f in by_contest[k])]
        first_unnamed = min((f.start for f in by_contest[None] if isinstance(f, CandFact)
                             and (f.votes is not None or f.share is not None)), default=0)
        named_result = main is not None and places().get(main[1]) is not None and any(
            isinstance(f, ContestFact) and f.field == "name" and f.strength == 0 and f.start <= first_unnamed
            for f in by_contest.get(main[0], []))
        def named_before(key: str) -> bool:
            return any(place_key(name) == key and pos < first_unnamed for pos, name in place_hits) \
                or any(isinstance(f, ContestFact) and f.field in ("name", "mention") and f.end > f.start
                       and f.start < first_unnamed for f in by_contest.get(key, []))

        if main is not None and main[0] in with_people and _all_after(by_contest[main[0]], by_contest[None]):
            # a seat whose own results all come after the unnamed figures is not where they belong when the
            # headline named another before them ("... wins Kessington mayoralty" over "Ward 3" / "Mackie 1,301")
            later_seats = {k for k in with_people if _all_after(by_contest[k], by_contest[None])}
            other = _main_place(facts, place_hits, later_seats, doc.text)
            if other is not None and named_before(other[0]):
                main = other
            elif not named_before(main[0]) and _own_count(by_contest[None], by_contest[main[0]]):
                main = None     # (nor one named only after a count of other people: a sidebar's "Kanakapura: ... won by
                # 1,22,392 votes" under an unnamed card's rows)
        if main is not None and main[0] not in with_people and not named_before(main[0]) and main[0] in by_contest \
                and _all_after(by_contest[main[0]], by_contest[None]) and _badge_list_item(doc.text, by_contest[main[0]]):
            main = None     # a "Related seats" list under a count no heading names: "Warringah — IND retain" is another seat
        entries = doc.entry_starts()

        def told_later(key: str) -> bool:       # first named in a later live-blog entry than the unnamed figures
            return _entry_of(entries, _first_told(by_contest.get(key, []), place_hits, key)) > _entry_of(entries, first_unnamed)
        fenced: set = set()
        if main is not None and entries and told_later(main[0]):
            # a live blog's entries fence their figures: rows in the 11:52 entry are not the race a later entry names
            # ("Whitby wins second term as Cobb sheriff" / "Darnell Whitby (D) - 241,880" over "11:10 p.m." / "Mosley
            # unseats Wheeler in school board Post 2")
            fenced = {k for k in order if k is not None and told_later(k)}
            main = _main_place(facts, place_hits, fenced, doc.text)
            if main is not None and told_later(main[0]):
                main = None
        later = main is not None and len(with_people) == 1 and _all_after(by_contest[with_people[0]], by_contest[None]) \
            and named_before(main[0])
        # (not when that contest comes only after all the unnamed figures, and the main place was
        # named before them: "Turnout in Leicester East ... Raja had won the seat with 14,526 votes ...
        # On the same night Labour's Jonathan Ashworth lost Leicester South")
        if main and main[0] not in with_people and len(with_people) == 1 and not named_result and not later \
                and with_people[0] not in fenced:
            # (unless the main place has a result of its own: "Jayawardena has lost his North East Hampshire seat
            # to the Liberal Democrats" ... "where Kit Malthouse held on with a majority of 3,288")
            # The one contest with candidates is what the unnamed figures belong to.
            told = [f.value for f in by_contest[with_people[0]] if isinstance(f, ContestFact) and f.field in ("name", "mention")]
            main = (with_people[0], next((f.value for f in by_contest[with_people[0]]
                                          if isinstance(f, ContestFact) and f.field == "name"), told[0] if told else with_people[0]))
        if main:
            key, name = main
            if len(with_people) >= 2:
                _drop_shares_told_after_another(by_contest, order, key)
            if key not in by_contest:
                order[order.index(None)] = key
            else:
                order.remove(None)
            by_contest[key] = by_contest.pop(None) + by_contest.get(key, [])
            by_contest[key].append(ContestFact("name", name, 0, 0, key, strength=-1))
    # A person listed with figures in one contest keeps what prose says of them elsewhere there.
    strong: dict[str, list] = collections.defaultdict(list)
    for key in order:
        for f in by_contest[key]:
            if isinstance(f, CandFact) and f.strength >= 3:
                strong[key].append(_Person(f.name))
    for key in order:
        keep, moved_to = [], set()
        for f in by_contest[key]:
            if isinstance(f, CandFact) and f.strength < 3 and not _match(strong[key], f.name):
                homes = [k for k in order if k != key and _match(strong[k], f.name)]
                if len(homes) == 1:
                    f.contest = homes[0]
                    by_contest[homes[0]].append(f)
                    moved_to.add(homes[0])
                    continue
            keep.append(f)
        home = (moved_to.pop() or "") if len(moved_to) == 1 else ""      # (not the unnamed results)
        if key and (home.endswith(" " + key) or home.startswith(key + " ")) and not any(isinstance(f, CandFact) for f in keep):
            # the seat, named short, goes with its people: "Labour's Al Carns held Selly Oak with a majority
            # of 11,537" under "Birmingham Selly Oak", whose list has him
            for f in keep:
                if isinstance(f, ContestFact) and f.field not in ("name", "mention"):
                    f.contest = home
                    by_contest[home].append(f)
            keep = [f for f in keep if f.contest == key]
        by_contest[key] = keep
    _route_majorities(by_contest, order)
    built = [(key, _build_one(doc, key, by_contest[key])) for key in order]
    built = [(key, c) for key, c in built if c is not None]
    if any(_has_figures(c) for _, c in built):
        # beside results with figures, a seat named in passing with its winner ("Ed Miliband has held
        # Doncaster North") is a mention, not a result (unless it was won unopposed, or the seat heads
        # its own paragraph: "STOKE AMBLE: Tobias Reid of the Green Party was elected ...")
        built = [(key, c) for key, c in built if _has_figures(c)
                 or _UNOPPOSED.search(" ".join(ev for x in c.candidates for ev in x.evidence))
                 or any(x.elected for x in c.candidates) and _caps_headed(by_contest[key], doc.text)
                 or any(isinstance(f, CandFact) and f.elected and f.strength >= 3 for f in by_contest[key])]    # a list of its winners
    # (a contest with neither a figure of its count nor a winner is no result: a recall petition's electorate; nor is one
    # with no name whose people have neither: "X has been defeated in his district" beside a national "Turnout was 53.85%")
    return [c for _, c in built if (_has_figures(c) or any(x.elected for x in c.candidates))
            and (c.constituency is not None or not c.candidates
                 or any(x.votes is not None or x.share is not None or x.elected for x in c.candidates))]


_FIGURE_FIELDS = frozenset({"majority", "turnout", "electorate"})


def _route_unnamed_to_last_named(text: str, by_contest: dict, order: list) -> None:
    """A sentence told without its seat, in a round-up of several, is the seat's named last before it when it names that
    seat in passing ("The most striking result came in Rhondda, where ... Leanne Wood lost the seat ... to Labour's Buffy
    Williams."), names only people that seat's sentences name ("Ms Williams took 15,939 votes to Ms Wood's 10,455"), or goes
    on from the sentence moved last: the paragraph's next sentence without people ("Turnout was 46.3%."), a later figure
    of its count, or people no other seat names ("NDP candidate Gary Tupper finished third with 4,617 votes"). A table's
    rows stay where they stand, and a part of another seat's name is no home ("Bedford" beside Sackville—Bedford—Preston)."""
    marks = _seat_marks(by_contest, order)
    starts = [pos for pos, _, _ in marks]
    sentences: dict[tuple[int, int], list] = collections.defaultdict(list)
    for f in by_contest[None]:
        sentences[(f.start, f.end)].append(f)
    last = None         # (home, end) of the sentence last moved
    for (start, end), facts in sorted(sentences.items()):
        at = bisect.bisect_right(starts, start)
        if at == 0:
            continue
        pos, home, mention = marks[at - 1]
        people = [f for f in facts if isinstance(f, CandFact)]
        if any(f.strength >= 3 for f in people) or any(k and k != home and f" {home} " in f" {k} " for k in order):
            last = None
            continue
        told_here = mention and pos == start and people
        told_just_before = mention and pos < start and people and "\n\n" not in text[pos:start] \
            and not any(isinstance(f, CandFact) for f in by_contest[home])     # "Te Atatū has also changed hands on specials. National's ..."
        theirs = people and all(_match(_people(by_contest[home]), f.name) for f in people)
        goes_on = last is not None and last[0] == home and (
            not people and ("\n\n" not in text[last[1]:start]
                            or all(isinstance(f, ContestFact) and f.field in _FIGURE_FIELDS for f in facts))
            or people and not any(_match(_people(by_contest[k]), f.name) for f in people for k in order if k is not None and k != home))
        if not (told_here or told_just_before or theirs or goes_on):
            last = None
            continue
        for f in facts:
            by_contest[None].remove(f)
            f.contest = home
            by_contest[home].append(f)
        if not any(isinstance(f, ContestFact) and f.field == "name" for f in by_contest[home]):
            told = next((f for f in by_contest[home] if isinstance(f, ContestFact) and f.field == "mention"), None)
            if told is not None:        # (the seat named in passing is its name)
                by_contest[home].append(ContestFact("name", told.value, told.start, told.end, home))
        last = (home, end)
    if not by_contest[None]:
        del by_contest[None]
        order.remove(None)


def _drop_shares_told_after_another(by_contest: dict, order: list, main: str) -> None:
    """A party's share told without its seat, after a round-up has gone on to another seat with its people, is the
    party's share of the whole vote, not the main seat's: "Elsewhere, Jenny Rathbone held Cardiff Central for Labour.
    ... The Conservatives took 26.1% and Plaid Cymru 20.3%." """
    marks = _seat_marks(by_contest, order)
    starts = [pos for pos, _, _ in marks]

    def after_another(f) -> bool:
        at = bisect.bisect_right(starts, f.start)
        return at > 0 and marks[at - 1][1] != main and any(isinstance(g, CandFact) for g in by_contest[marks[at - 1][1]])
    by_contest[None] = [f for f in by_contest[None] if not (isinstance(f, CandFact) and f.name.startswith("@party:")
                                                            and f.strength < 3 and after_another(f))]


def _seat_marks(by_contest: dict, order: list) -> list[tuple[int, str, bool]]:
    """Where the text tells each named seat's facts, in text order: (position, seat, whether a passing mention)."""
    return sorted((f.start, k, isinstance(f, ContestFact) and f.field == "mention")
                  for k in order if k is not None and k in by_contest for f in by_contest[k] if f.end > f.start)


def _own_count(unnamed: list, named: list) -> bool:
    """The unnamed figures are a count of their own: two or more people with votes, none of them the named seat's."""
    theirs = _people(named)
    counted = {f.name for f in unnamed if isinstance(f, CandFact) and f.votes is not None and not f.name.startswith("@")}
    return len(counted) >= 2 and not any(_match(theirs, name) for name in counted)


def _people(facts: list) -> list:
    return [_Person(f.name) for f in facts if isinstance(f, CandFact)]


def _caps_headed(facts: list, text: str) -> bool:
    """A contest whose paragraph its name leads in capitals, as round-ups do ("STOKE AMBLE: ..."),
    or as written before a colon ("2nd Congressional District: AP called the race for ...")."""
    return any(isinstance(f, ContestFact) and f.field == "name" and f.strength >= 1
               and (f.strength >= 2 or CAPS_LEAD.match(text, f.start) or text.startswith(f.value + ":", f.start)) for f in facts)
    # (strength 2: a live entry's title, "Labor holds Dunkley")


_SEAT_CODE_KEY = re.compile(r"[a-z]{2,4}-\d{1,3}")
_ORDINAL_DISTRICT_KEY = re.compile(r"\d{1,3}(?:st|nd|rd|th) district")
_DISTRICT_KEY = re.compile(r"\b(?:district|ward) \w{1,3}$")


_NUMBER_AND_NAME = re.compile(r"\b(?:Ward|WARD|Division|DIVISION)\s+(?P<n>\d{1,3})\s*[-–—:]\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:and\s+|&\s+)?[A-ZÀ-Þ][\w'’-]+){0,4})")


def _merge_numbered_wards(text: str, by_contest: dict, order: list) -> None:
    """"Ward 6 – Carron Valley": a ward known by its number and its name is one contest, under its name."""
    for m in _NUMBER_AND_NAME.finditer(text):
        number = f"{m.group().split()[0].lower()} {m.group('n')}"
        name = next((k for k in order if k and k != number and place_key(m.group("name")).startswith(k)), None)
        if number in by_contest and name is not None:
            for f in by_contest.pop(number):
                if isinstance(f, ContestFact) and f.field == "name":
                    continue
                f.contest = name
                by_contest[name].append(f)
            order.remove(number)


def _merge_short_names(by_contest: dict, order: list) -> None:
    """A headline's short name for a seat the story names in full ("Labour snatch Glenrothes West seat" and
    "a by-election in Glenrothes West and Kinglassie", "Bannockburn by-election" and "the Carse of Stirling and
    Bannockburn seat") is that seat, unless the gazetteer knows it as one."""
    keys = [k for k in order if k]
    for short in keys:
        longer = [k for k in keys if k.startswith(short + " and ")
                  and not parties().canonical(k[len(short) + 5:].split()[0])     # (not "Oakhurst and Labour survives")
                  or k.endswith(" and " + short) and not parties().canonical(k[:-len(short) - 5].split()[-1])   # "Bannockburn"
                  or k.startswith(short + " with ")     # "Standish" of the ward "Standish with Langtree"
                  or _DISTRICT_KEY.search(short) and k.endswith(" " + short)     # "Senate District 31" of Colorado's
                  or _ORDINAL_DISTRICT_KEY.fullmatch(short) and k.endswith(" district " + short.split()[0][:-2])     # "134th District" of "134TH HOUSE DISTRICT"
                  or _DISTRICT_KEY.fullmatch(short) and k.startswith(short + " ")     # "Ward 3" of "Ward 3 Etobicoke-Lakeshore"
                  or _SEAT_CODE_KEY.fullmatch(short) and k.startswith(short + " ")]    # "NA-90" of "NA-90 Mianwali-II"
        if len(longer) != 1 or places().get(short) is not None:
            continue
        if longer[0].startswith(short + " and ") and longer[0][len(short) + 5:] in by_contest \
                or longer[0].endswith(" and " + short) and (longer[0][:-len(short) - 5] in by_contest
                                                            or _first_at(by_contest[short]) > _first_at(by_contest[longer[0]])):
            continue        # two seats named together: "Labour gain Northmarsh and Fosse and Tame" over their entries
        named = any(isinstance(g, ContestFact) and g.field == "name" for g in by_contest[longer[0]])
        full = next((g.value for g in by_contest[longer[0]] if isinstance(g, ContestFact) and g.field == "mention"), None)
        for f in by_contest.pop(short):
            if isinstance(f, ContestFact) and f.field == "name":
                if named or not full:
                    continue        # (the seat keeps its full name)
                f = ContestFact("name", full, f.start, f.end, longer[0], strength=f.strength)   # (only mentioned in full: "wins NA-90 Mianwali-II")
            f.contest = longer[0]
            by_contest[longer[0]].append(f)
        order.remove(short)


def _merge_other_names(by_contest: dict, order: list) -> None:
    """Two names of one seat the gazetteer knows ("Na h-Eileanan an Iar" over "Western Isles" on a
    results page) are one contest, under the first key."""
    first: dict[str, str] = {}
    for key in [k for k in order if k]:
        names = [f.value for f in by_contest[key] if isinstance(f, ContestFact) and f.field == "name"]
        seat = places().canonical(names[0]) if names else None
        if seat is None:
            continue
        if seat not in first:
            first[seat] = key
            continue
        home = by_contest[first[seat]]
        for f in by_contest.pop(key):
            f.contest = first[seat]
            home.append(f)
        order.remove(key)
        if any(isinstance(f, ContestFact) and f.field == "name" and f.value == seat for f in home):
            # (named by the gazetteer's own spelling where the page uses it: "Ynys Môn", not "Anglesey's new MP")
            home[:] = [f for f in home if not (isinstance(f, ContestFact) and f.field == "name" and f.value != seat)]


def _first_at(facts: list) -> int:
    return min((f.start for f in facts if f.end > f.start), default=10**9)


def _route_majorities(by_contest: dict, order: list) -> None:
    """A majority told in prose belongs to the seat whose full count it fits: "Tom Gordon ...
    unseated Andrew Jones with a majority of 8,238" read in a paragraph about two seats goes to
    the one whose listed top two are 8,238 apart, when the seat it was read for is not."""
    gaps = {}
    for key in order:
        votes = {}
        for f in by_contest[key]:
            if isinstance(f, CandFact) and f.strength >= 3 and f.votes is not None:
                votes[f.name] = f.votes
        if len(votes) >= 2:
            top = sorted(votes.values(), reverse=True)
            gaps[key] = top[0] - top[1]
    if len(gaps) < 2:
        return
    for key in order:
        for f in list(by_contest[key]):
            if not (isinstance(f, ContestFact) and f.field == "majority" and f.strength < 3 and f.qualifier is None):
                continue
            if key not in gaps or gaps[key] == f.value:
                continue
            fits = [k for k, gap in gaps.items() if gap == f.value and k != key
                    and not any(isinstance(g, ContestFact) and g.field == "majority" for g in by_contest[k])]
            if len(fits) == 1:
                by_contest[key].remove(f)
                f.contest = fits[0]
                by_contest[fits[0]].append(f)


# A contest decided without a poll is a result with no figures.
_UNOPPOSED = re.compile(r"\b(?:unopposed|uncontested|without\s+a\s+contest|walkover|acclaimed|by\s+acclamation)\b", re.I)


def _badge_list_item(text: str, facts: list) -> bool:
    """A seat told only by a line of its own and a badge, among other such lines ("North Sydney — IND ahead" /
    "Warringah — IND retain" / "Mackellar — IND gain")."""
    spans = {(f.start, f.end) for f in facts if f.end > f.start}
    if len(spans) != 1:
        return False
    s, e = spans.pop()
    near = [text[a:b] for a, b in _neighbour_lines(text, s, e)]
    return "\n" not in text[s:e] and e - s <= 60 and sum(1 for line in near if _BADGE_ITEM.fullmatch(line)) >= 1


def _neighbour_lines(text: str, s: int, e: int) -> list:
    before_end = s - 1
    before_start = text.rfind("\n", 0, max(0, before_end)) + 1
    after_start = e + 1
    after_end = text.find("\n", after_start)
    after_end = len(text) if after_end < 0 else after_end
    return ([(before_start, before_end)] if before_end > 0 else []) + ([(after_start, after_end)] if after_start < len(text) else [])


_BADGE_ITEM = re.compile(r"\s*[A-ZÀ-Þ][\w'’. -]{1,40}?\s+[–—-]\s+[A-Za-z]{2,12}\s+(?:ahead|retain|hold|gain|win|wins|leads?|behind|in\s+doubt)\b.{0,30}", re.I)


def _entry_of(entries: tuple[int, ...], pos: int) -> int:
    return bisect.bisect_right(entries, pos)


def _first_told(facts: list, place_hits: list[tuple[int, str]], key: str) -> int:
    """Where the text first names a contest: its name or a passing mention, or the place's first hit."""
    told = [f.start for f in facts if isinstance(f, ContestFact) and f.field in ("name", "mention") and f.end > f.start]
    told += [pos for pos, name in place_hits if place_key(name) == key]
    return min(told, default=10**9)


def _all_after(facts: list, unnamed: list) -> bool:
    """Every one of `facts` comes after the unnamed candidates' figures (a stray turnout in the comments below does not count)."""
    results = [f for f in unnamed if isinstance(f, CandFact)] or unnamed
    return min(f.start for f in facts) > max(f.start for f in results)


_BALLOT_MEASURE_NAME = re.compile(r"(?:Measure|Proposition|Prop\.?|Question|Amendment|Issue|Initiative|Referendum|Levy|Charter\s+Amendment)\s+[A-Z0-9][\w-]{0,3}"
                                  r"|(?i:yes|no|for|against)(?:\s*/\s*(?i:yes|no|for|against))?")      # a measure's choice: "Yes/For", "No/Against"


def _no_persons_name(name: str, party: Optional[str]) -> bool:
    """A list of seats with their declaration times, "Houghton and Sunderland South ....... 2330", names no one
    (but "Hazel Grove" may be a woman's name); nor does a closed list's party votes, "Plaid Cymru - The Party of Wales
    ...... 38,114", "Ceidwadwyr Cymreig / Welsh Conservatives ...... 9,204"."""
    if " " in name and places().get(name) is not None and given_name_gender(name.split()[0] + " X") is None:
        return True
    if _BALLOT_MEASURE_NAME.fullmatch(name) or name.startswith(("(", "[")):
        return True     # "Measure P ... was passing with 58.6% of the vote": a ballot question; "(Official Count Complete)": a note
    bare = name.rstrip(" /-–—")
    if parties().is_alias(bare):
        return True
    first = re.split(r"\s*[/|]\s*|\s+[-–—]\s+|\s*\.{2,}", party)[0].strip() if party else ""
    return bool(first) and parties().is_alias(f"{name} {first}")      # ("Plaid Werdd" / "Cymru / Wales Green Party")


def _has_figures(contest: Contest) -> bool:
    """Votes, a share, the majority or the turnout: a figure of the count (not a portal's zeros before counting starts,
    "0 votes · 0.00%" for everyone)."""
    return contest.majority is not None or contest.turnout is not None or any(
        c.votes or c.share for c in contest.candidates)


_PRIMARY_NAME = re.compile(r"\s(Democratic|Republican|Libertarian) primary$")     # (as headings.heading names one party's primary)
_BARE_MAYOR = re.compile(r"(?i:mayor(?:alty|al\s+(?:race|election|contest))?|for\s+mayor|city\s+mayor)")


def _build_one(doc: Doc, key: Optional[str], cfacts: list) -> Optional[Contest]:
    text = doc.text
    name = None
    names = [f for f in cfacts if isinstance(f, ContestFact) and f.field == "name"]
    if names:
        name = max(names, key=lambda f: (f.strength, len(f.value))).value     # the fullest of the strongest
    town = doc.mayoralty() if name and _BARE_MAYOR.fullmatch(name) else None
    if town:
        name = f"{town[0]} mayor"       # "MAYOR" over its rows in a story of "Bethany Falls' next mayor": whose
    region = places().region(name) if name else None
    gaz = parties()
    people: list[_Person] = []
    # Figures first, then party-only links, so a link never creates a candidate.
    cand_facts = [f for f in cfacts if isinstance(f, CandFact) and not _no_persons_name(f.name, f.party)]
    # "The Plaid Cymru candidate won 32.5 per cent": the one candidate of that party.
    for f in cand_facts:
        if f.name.startswith("@party:"):
            want = f.name.split(":", 1)[1]
            named = {g.name for g in cand_facts if g.party and not g.name.startswith("@") and
                     (gaz.canonical(g.party, region=region) or g.party) == want}
            counted = {g.name for g in cand_facts if g.name in named and (g.votes is not None or g.share is not None or g.elected or g.stood)}
            if len(named) > 1 and len(counted) == 1:
                named = counted     # (not "IFP provincial spokesperson Siphesihle Mabaso")
            if not named:       # "GRN: 5.5%" for "Nowak (Scottish Greens)"
                named = {g.name for g in cand_facts if g.party and not g.name.startswith("@") and
                         party_family(gaz.canonical(g.party, region=region) or g.party) == party_family(want)}
            if len(named) == 1:
                f.name, f.party = named.pop(), None      # (the party as the person's own fact writes it stays)
    for f in sorted((f for f in cand_facts if not f.name.startswith("@")), key=lambda f: (f.party is not None and f.votes is None and f.share is None and not f.elected)):
        p = _match(people, f.name)
        figure = f.votes is not None or f.share is not None or f.elected or f.position or f.stood
        if p is None:
            if not figure:
                continue
            p = _Person(f.name)
            people.append(p)
        elif len(f.name.split()) > len(p.name.split()) or (len(f.name) > len(p.name) and len(f.name.split()) == len(p.name.split())):
            p.name = f.name
        p.facts.append(f)
    with_votes = sum(1 for p in people if any(f.votes is not None for f in p.facts))
    candidates: list[Candidate] = []
    winners: list[tuple[Candidate, _Person]] = []
    for p in people:
        if key is not None and place_key(p.name) == key and not any(f.votes is not None for f in p.facts):
            continue        # the seat read as a person: "... to become Harrow Mills' next mayor"
        votes_f = _best(p.facts, "votes")
        share_f = _best(p.facts, "share")
        elected = [f for f in p.facts if f.elected]
        if votes_f is None and share_f is None and not elected and p.stated():
            party_f = _best(p.facts, "party")
            if party_f is None or not with_votes and not any(f.position for f in p.facts):
                continue        # (one who stood, in a contest with no counts: a preview, not a result)
        elif votes_f is None and share_f is None:
            # A winner named without figures beside a list of others with figures is someone else
            # (a former MP, another seat's winner): the list is the result.
            if not elected or with_votes >= 2:
                continue
        party_f = _spelled_out(_best(_known_here(gaz, p.facts, doc), "party"), p.facts,
                               lambda code: code in doc.party_codes or _canonical(gaz, code, region, doc.country) != code)
        written = party_f.party.strip() if party_f else None
        if written in doc.no_party_codes:
            written = None      # "NP" under "KEY: ... NP = Nonpartisan": no party
        if written:
            written = re.sub(r"\s+candidate$", "", written, flags=re.I)
            written = re.sub(r"^prefers\s+(?=\S)", "", written, flags=re.I)     # Washington's "(Prefers Democratic Party)"
        canonical = None
        if written:
            canonical = _canonical(gaz, doc.party_codes.get(written, written), region, doc.country)
        used = [f for f in (votes_f, share_f, party_f) if f is not None] + elected[:1]
        if not used:
            used = [f for f in p.facts if f.position or f.stood][:1]
        spans = _spans(used)
        cand = Candidate(name=_fullest_written(text, p.name), party=canonical, party_as_written=written,
                         votes=votes_f.votes if votes_f else None,
                         share=share_f.share if share_f else None,
                         elected=True if elected else None,
                         evidence=[text[a:b] for a, b in spans], evidence_spans=spans)
        candidates.append(cand)
        winners.append((cand, p))
    if not candidates:
        return None
    contest_facts = [f for f in cfacts if isinstance(f, ContestFact)]
    ev: list = []
    maj = _best_contest(contest_facts, "majority")
    if maj is not None and maj.qualifier:
        # "majority of more than 9,000" in a headline, "finished 9,280 votes clear" in the story: the exact one
        exact = [f for f in contest_facts if f.field == "majority" and not f.qualifier and f.strength >= maj.strength
                 and abs(f.value - maj.value) <= 0.2 * maj.value]
        if exact:
            maj = exact[0]
    elif maj is not None and maj.value >= 10000 and maj.value % 1000 == 0:
        # "wins by 2.68 lakh votes" in a headline, "defeated ... by 2,68,115 votes" in the story: the rounding and its figure
        exact = [f for f in contest_facts if f.field == "majority" and not f.qualifier and f.value % 1000
                 and abs(f.value - maj.value) < 0.01 * maj.value]
        if exact:
            maj = max(exact, key=lambda f: f.strength)
    lead = _best_contest(contest_facts, "lead")
    if maj is None and lead is not None and _top_two_gap(candidates) == lead.value \
            and max(candidates, key=lambda c: c.votes or 0).elected:
        maj = lead          # "led by 51,575 votes", when the leader won and the figures give exactly that gap
    turnout = _best_contest(contest_facts, "turnout")
    electorate = _best_contest(contest_facts, "electorate")
    outcome = _best_contest(contest_facts, "outcome")
    gained = _best_contest(contest_facts, "gained_from")
    own_primary = _PRIMARY_NAME.search(name) if name and names else None
    if doc.primary or own_primary:
        if own_primary:     # "Democratic primary — House District 131": the contest's own heading says whose primary
            head = max(names, key=lambda f: f.strength)
            party, written, ps, pe = own_primary.group(1), own_primary.group(1), head.start, head.end
        else:
            party, written, ps, pe = doc.primary     # a party's primary: every candidate in it stands for that party
        for c in candidates:
            if c.party is None:
                c.party, c.party_as_written = party, written
                _add_evidence(c, text, ContestFact("primary", party, ps, pe, key))
    winner_party = _best_contest(contest_facts, "winner_party")
    if winner_party:
        want = _canonical(gaz, doc.party_codes.get(winner_party.value, winner_party.value), region, doc.country)
        elected_now = [c for c in candidates if c.elected]
        same = [c for c in candidates if c.party == want]
        if not elected_now and len(same) > 1 and all(c.votes is not None for c in candidates):
            # "Independent GAIN" with two Independents: the one who topped the poll.
            top = max(candidates, key=lambda c: c.votes)
            if top in same and sum(1 for c in candidates if c.votes == top.votes) == 1:
                same = [top]
        if not elected_now and len(same) == 1:
            same[0].elected = True
            _add_evidence(same[0], text, winner_party)
        elif len(elected_now) == 1 and elected_now[0].party is None and not same:
            # "Conservative hold" states the winner's party.
            elected_now[0].party = want
            _add_evidence(elected_now[0], text, winner_party)
        elif not elected_now and not same:
            # "Natalie Fleet polled 17,197 votes, with the Conservative Mark Fletcher on 10,874 - a Labour
            # majority of 6,323": the party won, and the poll-topper is the one winner it can be.
            top = _poll_topper(candidates, maj.value if maj else None)
            if top is not None and top.party is None:
                top.party, top.elected = want, True
                _add_evidence(top, text, winner_party)
    if maj is not None and not maj.qualifier and not any(c.elected for c in candidates):
        top = _poll_topper(candidates, maj.value)
        if top is not None and maj.value > 0 and any(a <= maj.start < b or maj.start <= a < maj.end for a, b in top.evidence_spans):
            top.elected = True      # "Sollom took 19,517 votes to Browne's 14,896, a majority of 4,621": the one it is the margin of
    for f in cand_facts:
        # a party's share whose candidate only the result's party tie names ("Lib Dems take ..." and
        # "The Liberal Democrats took 38.1 per cent"): the one candidate of that party now
        if f.name.startswith("@party:") and f.share is not None:
            same = [c for c in candidates if c.party == f.name.split(":", 1)[1]]
            if len(same) == 1 and same[0].share is None:
                same[0].share = f.share
                _add_evidence(same[0], text, f)
    _party_by_share(candidates, [f for f in cand_facts if f.name.startswith("@party:") and f.share is not None], text)
    for f in (maj, turnout, electorate, outcome, gained):
        if f is not None:
            ev.append(f)
    name_f = max(names, key=lambda f: f.strength) if names else None
    if name_f is not None and name_f.end > name_f.start:
        ev.insert(0, name_f)
    if town:
        ev.insert(1 if ev and ev[0] is name_f else 0, ContestFact("name", name, town[1], town[2], key))
    if doc.election:
        ev.append(ContestFact("election", doc.election[0], doc.election[1], doc.election[2]))
    spans = _spans(ev)
    return Contest(
        constituency=name,
        election=doc.election[0] if doc.election else None,
        candidates=_in_result_order(candidates),
        majority=maj.value if maj else None,
        majority_qualifier=maj.qualifier if maj else None,
        turnout=turnout.value if turnout else None,
        electorate=electorate.value if electorate else None,
        outcome=outcome.value if outcome and outcome.value in ("hold", "gain") else None,
        gained_from=gained.value if gained else None,
        evidence=[text[a:b] for a, b in spans],
        evidence_spans=spans,
    )


def _party_by_share(candidates: list[Candidate], party_shares: list[CandFact], text: str) -> None:
    """A party's share that is one candidate's own share, to the decimal, is that candidate's party:
    "Phillips polled 11,275 votes (31.2%)" and "Birmingham Yardley: Lab 31.2%, Workers Party 29.3%"."""
    for f in party_shares:
        want = f.name.split(":", 1)[1]
        if any(c.party == want for c in candidates) or sum(1 for g in party_shares if g.share == f.share) > 1:
            continue
        same = [c for c in candidates if c.share == f.share]
        if len(same) == 1 and same[0].party is None:
            same[0].party, same[0].party_as_written = want, (f.party or want).strip()
            _add_evidence(same[0], text, f)


def _top_two_gap(candidates: list[Candidate]) -> Optional[int]:
    votes = sorted((c.votes for c in candidates if c.votes is not None), reverse=True)
    return votes[0] - votes[1] if len(votes) >= 2 and len(votes) == len(candidates) else None


def _poll_topper(candidates: list[Candidate], majority: Optional[int]) -> Optional[Candidate]:
    """The one candidate with most votes, when every candidate has votes and a stated majority
    agrees with the gap to the runner-up."""
    if len(candidates) < 2 or any(c.votes is None for c in candidates):
        return None
    first, second = sorted(candidates, key=lambda c: -c.votes)[:2]
    if first.votes == second.votes or (majority is not None and first.votes - second.votes != majority):
        return None
    return first


_INITIAL_AND_SURNAME = re.compile(r"([A-ZÀ-Þ])\.?\s+([A-ZÀ-Þ][\w'’-]+)")


def _fullest_written(text: str, name: str) -> str:
    """A declaration's "Patel, A" is the story's one "Anita Patel" (the name at its fullest as written), when the
    text spells out exactly one forename with that initial before that surname."""
    m = _INITIAL_AND_SURNAME.fullmatch(name)
    if not m:
        return name
    found = {f.group() for f in re.finditer(r"\b" + m.group(1) + r"[a-zß-ÿ'’-]+\s+" + re.escape(m.group(2)) + r"\b", text)}
    return found.pop() if len(found) == 1 else name


def _in_result_order(candidates: list[Candidate]) -> list[Candidate]:
    """Highest vote first, as results are printed, when every candidate has votes (else every one
    a share); otherwise the order the article gives them in, since a partial ranking would be a guess."""
    for attr in ("votes", "share"):
        if all(getattr(c, attr) is not None for c in candidates):
            return sorted(candidates, key=lambda c: -getattr(c, attr))
    return candidates


def _spelled_out(best: Optional[CandFact], facts: list[CandFact], known: Callable[[str], bool]) -> Optional[CandFact]:
    """A code no one defines ("Sandra Kowalczyk (FFP) 1,251") gives way to the name the story gives
    the same person's party, when the code is its initials ("Sandra Kowalczyk of Family First")."""
    code = best.party.strip() if best else ""
    if not (2 <= len(code) <= 6 and code.isalpha() and code.isupper()) or known(code):
        return best
    for f in facts:
        words = (f.party or "").split()
        letters = initials(words)
        if len(words) >= 2 and letters.isupper() and stands_for(code, letters):
            return f
    return best


def _known_here(gaz, facts: list[CandFact], doc) -> list[CandFact]:
    """A person's facts, without parties only another country has when one of the article's own is there:
    a Texan "House Speaker Dade Phelan" is no member of the UK's "Speaker" party when a heading says Republican."""
    if not doc.country or doc.country == DEFAULT_COUNTRY:
        return facts
    here = [f for f in facts if f.party and gaz.canonical(doc.party_codes.get(f.party.strip(), f.party.strip()), country=doc.country)]
    if not here or len(here) == sum(1 for f in facts if f.party):
        return facts
    return [f for f in facts if not f.party or f in here]


def _canonical(gaz, written: str, region: Optional[str], country: Optional[str]) -> str:
    """The party's canonical name in the article's country, else the UK way, else as written."""
    if country:
        found = gaz.canonical(written, country=country)
        if found:
            return found
    return gaz.canonical(written, region=region) or written


def _best(facts: list[CandFact], attr: str) -> Optional[CandFact]:
    best = None
    for f in facts:
        if getattr(f, attr) is None:
            continue
        if best is None or f.strength > best.strength:
            best = f
    return best


def _best_contest(facts: list[ContestFact], fieldname: str) -> Optional[ContestFact]:
    """The strongest; between equals, one told with the contest's name ("wrested the Kaushambi (SC) seat ... by 1,03,944
    votes") over one routed here only by position ("by the end of the 11th round he was ahead by 27,310")."""
    best = None
    for f in facts:
        if f.field != fieldname:
            continue
        if best is None or f.strength > best.strength or f.strength == best.strength and f.contest and not best.contest:
            best = f
    return best


def _spans(facts) -> list[tuple[int, int]]:
    seen, out = set(), []
    for f in facts:
        span = (f.start, f.end)
        if span not in seen and f.end > f.start:
            seen.add(span)
            out.append(span)
    return out


def _add_evidence(cand: Candidate, text: str, f: ContestFact) -> None:
    span = (f.start, f.end)
    if span not in cand.evidence_spans:
        cand.evidence_spans.append(span)
        cand.evidence.append(text[f.start:f.end])
