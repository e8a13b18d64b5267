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

from .clauses import COMPARISON, aside_spans, clause_of, core, cues, in_past_clause, inside, is_past
from .document import Doc, place_key
from .facts import CandFact, ContestFact
from .gazetteer import parties
from .headings import nation_name, no_seat_word, region_name
from .links import STANDING, party_links, read_outcome, read_wins
from .names import PersonSpan, after_first_name, find_people, given_name_gender, honorific_gender, surname
from .numbers import COUNT_IN_WORDS, NUMBER, PERCENT, is_year, parse_count_words, parse_float, parse_int
from .owners import TURNOUT, WIN_VERBS, majority_owner, pair_owner, read_share, vote_owner, winner_near
from .scan import Folded
from .settings import MAX_SENTENCE_CHARS, MAX_SENTENCE_FIGURES

__all__ = ["ProseState", "read_sentence", "party_links", "read_outcome", "genders_by_surname"]

_PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
# A party's name standing for its candidate: "The Liberal Democrat, who scraped home in 2019, was re-elected".
_PARTY_NOUN = re.compile(
    r"""^\s*The\s+(?P<head>Liberal\s+Democrat|Lib\s+Dem|Conservative|Tory|Republican|Democrat|Nationalist|Unionist
       |Green|independent|Independent|Labour\s+(?:man|woman|MP))
    (?=,\s+(?:who|whose|a|an)\b|\s+(?:was|has|had|took|won|polled|finished|came|received|managed|held|kept)\b)""",
    re.X,
)
_THE_NEW = re.compile(r"\s*The\s+(?:newly[- ]elected|new)\s+(?:\w+\s+)?(?:councillor|MP|member|mayor|TD|MSP|MLA|MS|representative)\b")
_MID_DESCRIPTION = re.compile(
    r"""
    ,\s+the\s+(?:[\w'’-]+\s+){0,4}?                      # ", the former Tory"
    (?P<head>leader|MP|chancellor|minister|secretary|chairman|businessman|businesswoman
       |incumbent|veteran|farmer|councillor|candidate)\s+
    (?=(?:has|had|was|polled|took|won|received|secured|collected|finished|came)\b)   # ... then its verb
    """,
    re.X,
)
# Where the sentence is, before its subject: "In Holborn and St Pancras, the new prime minister was re-elected".
_PLACE_LEAD = re.compile(r"\s*(?:In|At|Over\s+in|Meanwhile\s+in|And\s+in)\s+[A-ZÀ-Þ][^,;.\d]{1,60}")
# A definite description standing for the last person named: "The 39-year-old", "The former Tory leader".
_FORENAME_THEN_SURNAME = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’-]+\b(?![ \t]+(?:[A-ZÀ-Þ]|and\b))")     # a place that is a forename, then one surname
_NAMED_AFTER_DESCRIPTION = re.compile(r",\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w'’-]*\s+){0,4}")     # ", the former diplomat "
_DESCRIPTION = re.compile(
    r"""
    ^\s*The\s+(?:[\w'’-]+\s+){0,4}?                      # "The former Tory"
    (?P<head>\d+-year-old|leader|MP|chancellor|minister|secretary|chairman|chair|businessman
       |businesswoman|winner|newcomer|incumbent|veteran|nominee|councillor|lawyer|teacher
       |headteacher|doctor|nurse|farmer|entrepreneur|academic|activist|candidate|Chancellor
       |Speaker|Taoiseach|man|woman|grandee|stalwart|heavyweight|firebrand
       |(?-i:[a-z][a-z-]{2,}(?:er|or|ist|ian|ant|ent|ee))(?=\s+(?:won|took|polled|has|had|got|received|secured|finished|beat|defeated)\b))\b
                                                          # ("The former Queen's University administrator won by ...")
    (?!\s*,\s*[A-Z])                                      # not "The candidate, Jane Smith"
    """,
    re.X,
)
_TRAILING_BY = re.compile(r"\b(?:trailing|trails|trailed|lagging|lags|lagged)\s+(?:[\w'’.-]+\s+){0,5}?by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|only\s+|some\s+)?$", re.I)
_BY_VOTES = re.compile(r"\bby\s+(?:a\s+margin\s+of\s+)?(?:just\s+|only\s+|a\s+mere\s+)?"
                       r"(?P<q>(?:just\s+)?over|more\s+than|almost|nearly|around|about)?\s*$", re.I)     # not "fewer than": a bound
# A majority cue inside a condition: "a recount can be requested if the margin is fewer than 100 votes".
_FORECAST_BEFORE = re.compile(r"\b(?:predicted|predicting|predicts?|expected|expecting|forecast|forecasting|hoped\s+for|hoping\s+for"
                              r"|targeted|targeting|estimated)\b[^.;]{0,30}$", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|when(?:ever)?|where)\s+(?:the|a|its|their)\s+$", re.I)
# "Reform UK has won X by just 98 votes", "Reform UK takes X by 98 votes" (used with match(): the sentence's start)
_PARTY_WON_BY = re.compile(r"\s*[A-Z][\w'’&-]*\s+(?:(?:[A-Z][\w'’&-]*|of|and|for)\s+){0,5}(?:(?:has|have)\s+(?:won|held|gained|taken|retained)|wins?|holds?|gains?|takes?|retains?|keeps?)\b"
                           r"[^.;]{0,80}\bby\s+(?:just\s+|only\s+)?$")
_WENT_TO_BY = re.compile(r"\b(?:came\s+back|went|fell|returned|switched|swung)\s+to\s+(?:the\s+party|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+by\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
_DECIDED_BY = re.compile(r"\b(?:contest|race|seat|ward|election|by-election|vacancy|poll)\s+(?:that\s+was\s+|was\s+)?(?:decided|settled|won)\s+by\s+(?:just\s+|only\s+|a\s+mere\s+)?$")
_LOST_BY = re.compile(r"\b(?:loses|lost|losing)\s+(?:to\s+)?(?:[\w'’-]+\s+){0,8}?by\s+(?:just\s+|only\s+|a\s+mere\s+)?$")
# "beating Jo Smith by 1,911.", "ousting Sheryll Murray (Conservative, 13,759, 27.9%) by 1,911."
_BEAT_BY = re.compile(r"\b(?:" + WIN_VERBS + r"|beating|oust\w*|unseat\w*|win|winning|edged|(?:romp|cruise|stroll|sail|coast)(?:s|ed|d|ing)?\s+home)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,70}\bby\s+"
                     r"(?:(?:just\s+)?over\s+|more\s+than\s+|almost\s+|nearly\s+|around\s+|about\s+)?$")    # ("by almost 5,500.")
_BECAME = re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?(?:become|turned\s+into|grown\s+to|risen\s+to|fallen\s+to|been\s+cut\s+to)\b|\bbecame\b|\bis\s+now\b")
# A count-night lead: "she led DeVries by 1,744 votes", "a lead of 1,333".
_LEAD_OF = re.compile(r"\b(?:led|leads|leading)\s+(?:[\w'’]+\s+){0,3}?by\s+(?:just\s+|only\s+)?$|(?:\b(?:a|her|his|their)|['’]s)\s+lead\s+of\s+(?:just\s+|only\s+)?$")    # ("Ortega's lead of 7,668 votes")
_FIRST_ROUND = re.compile(r"first[- ](?:preferences?|round|count)|primar(?:y|ies)\b", re.I)
_VOTES_TO = re.compile(r"\s*(?:votes?\s*)?(?:\([^()]{0,25}\)\s*)?to\s+\d")      # "beat her by 26,317 votes to 22,980", "by 13,736 votes (29.5 per cent) to 12,264": a score, not a margin
_MORE_THAN = re.compile(r"\s*(?:votes?\s+)?(?:more\s+than|ahead\s+of|clear\s+of)\s+(?:the\s+)?")
_WON_VOTES = re.compile(r"\b(?:won|winning|took|taking|polled|polling|with|securing|secured|received|receiving)\s+[\d,]+\s+votes?\s*,\s*$")
_RIVAL_LEAD = re.compile(r"(?:[A-Z][\w.&-]*\s){0,3}?[A-Z][\w.&-]*['’]s\s")      # "ahead of the SNP's Drew Hendry"
_POLLING_PERCENTAGE = re.compile(r"\b(?:polling|poll|voter|voting)\s+percentage\s+(?:was|is|stood\s+at|of|:)?\s*$", re.I)
_FROM_RIVAL = re.compile(r"\s+(?:from|over)\s+(?:the\s+)?(?-i:[A-Z])")
_FOR_A_PLACE = re.compile(r"\b(?:for|into|to)\s+(?:second|third|fourth|fifth|sixth|last|runner-up|\d{1,2}(?:st|nd|rd|th))\s+(?:place|spot)\b", re.I)
_TO_BE_EXACT = re.compile(r"\s*(?:[-–—(,]|\bor\b)\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*(?:votes?\s*)?,?\s*(?:to\s+be\s+(?:exact|precise)|precisely|exactly)\b")
# Where the margin was won: "romps home by 4,318 in Bannockburn by-election", "won by 212 in the ward".
_IN_CONTEST = re.compile(r"\s+in\s+(?:[A-Z]|the\s+(?:[A-Z]|(?:[\w'’-]+\s+){0,2}(?:bye?-?election|seat|race|contest|ward|division|constituency|riding)\b))")
_MARGIN_UNIT = re.compile(r"\s*(?:first[- ](?:preference\s+)?)?votes?\b")     # "by 98 votes", "by 1,546 first votes"
_FINISHED_AHEAD = re.compile(r"\b(?:finished|finishing|ended\s+(?:up\s+)?|ending\s+(?:up\s+)?|came\s+home|won)\s+$")
_TURNED_OUT = re.compile(r"\s*(?:of\s+(?:them|(?:registered\s+|eligible\s+)?voters|(?:the\s+)?electors|the\s+electorate)\s+)?(?:turned\s+out|voted|cast\s+(?:a|their)\s+(?:vote|ballot)s?)\b"
                         r"|\s*(?:polling|voting)\b(?!\s+(?:stations?|booths?|places?|day|cards?|districts?|agents?|staff|officers?|averages?|leads?|figures?|numbers?|data|suggests?|shows?))")   # Indian copy: "recorded 63.86 per cent polling"
_LAKH = re.compile(r"\s*lakhs?\b", re.I)


def _in_lakhs(figure: str) -> Optional[int]:
    """'1.2' (lakh) -> 120000: a lakh is 100,000."""
    value = parse_float(figure.replace(",", ""))
    return round(value * 100_000) if value is not None and 0 < value < 100 else None


_VOTES_AHEAD = re.compile(r"^\s*(?:votes?\s+(?:ahead|clear)\b|(?:ahead|clear)\s+of\b)", re.I)     # ("finished 11,881 ahead of Tom Randall")
_VOTE_MARGIN = re.compile(r"-vote\s+(?:majority|margin|lead|win|victory)\b")    # "a 98-vote majority"
# Words without which no win is stated (a cheap gate before the win rules).
_WIN_WORDS = Folded(
    r"""won|win|held|hold|gain|elect|beat|defeat|lost|oust|took|take|retain|kept|keep
      |seiz|captur|regain|unseat|topp|tops|toppl|flip|will\s+be|represent|surviv|edge|pip|clung|cling
      |hung|hang|squeez|squeak|scrape|limp|return|claim|new\s+MP|next\s+MP|romp|cruise|storm|sail|coast|race|grip|called|to\s+be\s+declared
      |declared\s+the\s+(?:new\s+)?(?:member|MP|MLA|MPP|MHA|TD|MSP)|the\s+new\s|turn\w*\s+back|fend|fought\s+off|fights\s+off|stave""",
    re.X,
)
# A finishing place stated for a candidate without figures: "Reform UK's Edward Oakenfull finished third".
# A candidate stated to have lost this contest, without figures: "Alex Chalk (Conservative) ousted".
_OUSTED = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:(?:was|is|has\s+been)\s+)?"
                     r"(?:(?:ousted|unseated|defeated|beaten)\b(?!\s+(?:the|a|an|his|her|their|sitting|incumbent|former|veteran|[A-Z])\b)"
                     r"|lost\s+to\b)(?!\s+(?:by|in)\s+(?:19|20)\d\d)")     # (not "X defeated the chief whip": X won)
_POSITION = re.compile(
    r"""
    ^\s*(?:,(?:[^,]|(?<=\d),(?=\d{3})){0,90},\s*|,\s*(?=was\b))?   # an aside: ", a former councillor,"; an apposition's end
    (?:finished|came|was|ended|placed)\s+(?:a\s+)?
    (?:distant\s+|close\s+|strong\s+|clear\s+)?
    (?:second|third|fourth|fifth|sixth|last
      |within\s+(?:about\s+|around\s+)?[\d,]+\s+votes\s+of\s+winning
      |[\d,]+\s+(?:votes\s+)?behind)\b                  # "Labour's candidate, Praful Nargund, was 7,247 behind"
    """,
    re.I | re.X,
)
# The one beaten: "beat Labour's Kate Hollern by 132", "ousted Khalid Mahmood" (a candidate, with no figure of their own).
_BEATEN = re.compile(r"(?<!['’]s\s)(?<!\bthe\s)(?<!\bThe\s)(?<!\ba\s)"        # (not "Barrow's defeated ... MP X")
                     r"\b(?:beat|beats|beating|defeated|defeats|defeating|ousted|ousts|ousting|unseated|unseats|unseating|removing|removed|toppling|toppled|topples|saw\s+off|sees\s+off)\s+(?:[\w'’-]+\.?\s+){0,3}?(?:[\w'’-]+,\s+)?$")     # ("defeated the government chief whip, Simon Hart", "defeated first-term Republican U.S. Rep. Ryan Mackenzie")
# Behind the one placed: "was third with 9,806, ahead of Liberal Democrat Natalie Sommers", "won 96,218 votes, ahead of X".
_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$")
_POINTS_AFTER = re.compile(r"\s*(?:percentage\s+)?(?:points?|pts?)\b|\s*(?:%|per\s*cent)", re.I)
_VOTERS = re.compile(r"\s*voters\b")
_BACKED_BY = re.compile(r"\b(?:backed|supported|chosen|elected|picked|endorsed)\s+by\s+(?:some\s+|almost\s+|nearly\s+|over\s+)?$")
_LAST_SEAT_COUNT = re.compile(r"\b(?:quota|(?:[Ff]inal|[Ll]ast)\s+seat|on\s+the\s+\w+\s+count)\b")     # a margin for a multi-seat count's last seat
_PLACING = re.compile(r"\b(?:finished|came|was|placed|ended|won|took|polled)\b[^.;]*?\d")
_AND_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,3}?")
# The one a seat was taken from: "has taken Darlington from the Conservatives' Peter Gibson".
_TAKEN_FROM = re.compile(r"\b(?:tak(?:en|es|ing)|took|gain(?:ed|s|ing)?|w[oi]n(?:s|ning)?|seiz(?:ed|es|ing)|snatch(?:ed|es|ing)"
                         r"|captur(?:ed|es|ing)|grabb?(?:ed|s|ing)?)\s+[^.;:]{1,60}?\bfrom\s+(?:[\w'’-]+\s+){0,3}?$")
# The runner-up a margin is over: "held it with a reduced majority of 5,451 over the Conservative Gareth Williams".
_MARGIN_OVER = re.compile(r"\b(?:majority|margin|lead)\s+(?:(?:of\s+)?(?:just\s+|only\s+|more\s+than\s+|fewer\s+than\s+|less\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|around\s+)?"
                          r"[\d,]+\s+(?:votes\s+)?)?over\s+(?:[\w'’-]+\s+){0,3}?$")      # ("her majority over Reform UK's Alexander Jones was only 698")
# "Jonathan Ashworth, the former shadow paymaster general, lost Leicester South to ...": a defeated candidate
_LOST_SEAT = re.compile(r"\s*(?:,(?:[^,;]|(?<=\d),(?=\d)){1,90},\s*)?(?:has\s+|had\s+)?(?:lost|loses)\s+(?:(?:his|her|their|the)\s+)?(?:[A-Z][\w'’-]*|seat\b)")
_LOST = re.compile(r"\s+(?:himself\s+|herself\s+)?(?:lost|loses|has\s+lost|had\s+lost)\b(?!\s+out\b)")
_ELECTORATE = re.compile(r"\b(?:electorate|registered\s+(?:electors|voters)|electors|enrolment|enrolled\s+voters)\b", re.I)


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
    winners: list[str] = field(default_factory=list)     # people the prose has said won


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
        p = pct_spans.get(m.start("num"))
        if nxt[:1] == "-" and nxt[1:2].isalpha() and not text.startswith("-vote", m.end()):
            continue
        if (nxt[:1].isalpha() and not nxt.startswith(("st", "nd", "rd", "th")) or nxt.startswith(("am", "pm", "°"))) and p is None:
            continue        # ("52.3pc" is a share: its unit is glued to it)
        if p is None and _NUMBERED_THING.search(text, max(s, m.start() - 12), m.start()):
            continue        # "PO Box 4412", "Issue 212": a number that names something
        if p is None and (_DIGITS_AFTER.match(text, m.end()) or _DIGITS_BEFORE.search(text, max(s, m.start() - 6), m.start())):
            continue        # "Text the studio on 81 404", "0800 123 456": a phone number's groups

        nums.append(_Num(m.start(), p.end() if p else m.end(), m.group("num"), p is not None))
    if text.find("vote", s, e) >= 0 or text.find("majority of", s, e) >= 0:
        for m in COUNT_IN_WORDS.finditer(text, s, e):
            value = parse_count_words(m.group("words"))
            if value and value >= 10 and (_VOTES_AFTER.match(text, m.end(), e)
                                          or _MAJORITY_OF_BEFORE.search(text, max(s, m.start() - 14), m.start())):
                nums.append(_Num(m.start(), m.end(), str(value), False))   # "took two hundred and sixty-two votes"
        nums.sort(key=lambda n: n.start)
    return nums


_VOTES_AFTER = re.compile(r"\s+votes?\b")
_MAJORITY_OF_BEFORE = re.compile(r"\bmajority\s+of\s+$")      # "a majority of two hundred and twenty-six"
_DIGITS_AFTER = re.compile(r"[ \t](?!(?:19|20)\d\d\b)\d{2,}\b(?![.,]\d)")
_DIGITS_BEFORE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d{2,}[ \t]$")
_NUMBERED_THING = re.compile(r"\b(?:Box|Issue|Suite|Unit|Flat|Room|Route|Junction|Platform|Page|Vol\.?|No\.)\s*$")


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




_NOT_NAME_WORDS = re.compile(r"\b(?:Winner|Wins|Declares|Declared|Elected|Holds|Takes|Says|Results?|Vote|Votes|Seat|Council)\b")
_HIS_PARTY = re.compile(r"['’]s\s+(?:party|government|cabinet|administration|campaign|team)\b")
_WON_BEFORE = re.compile(r"\b(?:won|wins|held|holds|gained|gains|took|takes|captured|captures|retained|retains|kept|keeps|seized|flipped|snatch|snatches|snatched)\s+$")
_SEAT_AFTER = re.compile(r"\s+(?:(?:easily|comfortably|narrowly|again|once\s+more)\s+)?"     # ("held Medicine Hat easily with 14,010 votes")
                         r"(?:with|by|for\s+(?:the\s+)?(?:Labour|Conservatives?|Liberal|Lib|Greens?|Reform|SNP|Plaid|Independent)|from)\b")


_INITIAL_OF = re.compile(r"\.?\s(?-i:[A-Z][a-z]{2,})")


_BODY_OF_BEFORE = re.compile(r"\b(?:Board|Court|Department|Commissioners?|Clerk|Register|Registrar|Secretary|Superintendent)\s+of\s+$")


def _in_a_dashed_name(text: str, a: int, b: int) -> bool:
    """A run joined by a dash without spaces to a word is part of a riding's name: "Milton East—Halton Hills South"."""
    return a >= 2 and text[a - 1] in "—–" and text[a - 2].isalpha() or text[b:b + 1] in ("—", "–") and text[b + 1:b + 2].isalpha()


class Sentence:
    def __init__(self, doc: Doc, s: int, e: int, state: ProseState, relative: Optional[list] = None):
        self.doc, self.s, self.e, self.state = doc, s, e, state
        text = doc.text
        self.rel = aside_spans(text, s, e, relative)
        pspans = [(m.start, m.end) for m in doc.parties_in(s, e)
                  if not (m.bracket_only and m.end - m.start == 1 and _INITIAL_OF.match(text, m.end) and text[m.start - 1:m.start] != "(")]
        # ("BJP's R Prabhakaran": an initial, not the code for Republican)
        lspans = [(m.start, m.end) for m in doc.places_in(s, e) if not after_first_name(text, m.start)    # ("Nicola Stroud")
                  and not (_FORENAME_THEN_SURNAME.match(text, m.end) and given_name_gender(text[m.start:m.end] + " X"))]   # ("Lincoln Jopp holds")
        self.people: list[PersonSpan] = [p for p in find_people(text, s, e, state.known_surnames, pspans, lspans)
                                         if not (_WON_BEFORE.search(text, max(s, p.start - 12), p.start)
                                                 and _SEAT_AFTER.match(text, p.end))    # "won Marsh End with 612 votes": a seat
                                         and not _BODY_OF_BEFORE.search(text, max(s, p.start - 24), p.start)
                                         and not _in_a_dashed_name(text, p.start, p.end)]
        # ("the Cobb County Board of Education Post 2 seat": no "Education Post")
        self.pronouns = [(m.start(), m.group("p").lower()) for m in _PRONOUN.finditer(text, s, e)]

    def subject(self) -> Optional[str]:
        for p in self.people:
            if not inside(p.start, self.rel) and not (p.possessive and _HIS_PARTY.match(self.doc.text, p.end)):
                return self.resolve(p)      # (not "John Swinney's party": the party is meant)
        return None

    def resolve(self, p: PersonSpan) -> str:
        """Full name for a mention ('Ms Caliskan' -> 'Nesil Caliskan' when known)."""
        if " " not in p.name and p.name in self.state.full_names:
            return self.state.full_names[p.name]
        if " " not in p.name:
            same = {q.name for q in self.people if q.start < p.start and q.name.split()[-1] == p.name and " " in q.name}
            if len(same) == 1:
                return same.pop()       # named in full earlier in this sentence
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
        recent = self.state.recent[-6:]
        for name in reversed(recent):
            if self.gender(name) == want:
                return name
        if last and self.gender(last) not in (None, want):
            # "Her majority" after four men were named: the latest person who may be a woman, never a man
            return next((name for name in reversed(recent) if self.gender(name) is None), None)
        return last

    def gender(self, name: str) -> Optional[str]:
        return self.state.genders.get(name) or self.state.surname_genders.get(surname(name)) or given_name_gender(name)

    def person_before(self, pos: int, allow_rel: bool = False) -> Optional[tuple[str, PersonSpan]]:
        best = None
        for p in self.people:
            if p.end <= pos and (allow_rel or not inside(p.start, self.rel) or inside(pos, self.rel) == inside(p.start, self.rel)):
                best = p
        return (self.resolve(best), best) if best else None


_IN_AN_EARLIER_YEAR = re.compile(r"\s*(?:votes?\s+)?in\s+(?:19|20)\d\d\b")     # (the year said right after the pair: "17,204 to 14,911 in 2024")
_FIGURES_PAIRED = re.compile(r"\s*(?:votes?\s+)?to\s+")      # "17,204 to 14,911"
_FIGURES_RESTATED = re.compile(r"(?:\s*(?:votes?|%|per\s*cent|percent))?\s*,?\s+(?:to\s+|or\s+(?:about\s+|roughly\s+)?)|\s*%?\s*,?\s*(?:in\s+(?:19|20)\d\d\s*,\s*)?or\s+")
_NATIONAL_LEAD = re.compile(r"\s*(?:Nationally|Nationwide|Countrywide|Country-wide|Statewide|State-wide|Across\s+the\s+(?:country|nation|UK|state|province)"
                            r"|At\s+(?:the\s+)?(?:national|state|provincial)\s+level)\b", re.I)


def read_sentence(doc: Doc, s: int, e: int, state: ProseState, contest: Optional[str],
                  relative: Optional[list] = None) -> list:
    """Facts stated by the sentence text[s:e] (``relative``: its relative clauses, when the caller has them)."""
    c = cues()
    text = doc.text
    if e - s > MAX_SENTENCE_CHARS:
        return []
    nums = _numbers(text, s, e)
    if len(nums) > MAX_SENTENCE_FIGURES:
        return []
    sent = Sentence(doc, s, e, state, relative)
    facts: list = []
    whole = text[s:e]
    traps = [m.start() for m in c["context_trap"].finditer(doc.low, s, e)] if c["context_trap_words"].any_in(doc.low, s, e) else []
    # "An earlier version of this article said ... turnout at 64.8%": every figure in it is withdrawn
    retracted = bool(nums) and c["retraction"].search(doc.low, s, e) is not None
    # "At the adjournment Tallon was on 9,512", "The original count had her ... on 9,512": a later stage's running
    # totals, not the first preferences an STV count is reported by
    retracted = retracted or bool(nums) and _LATER_COUNT.search(whole) is not None and _FIRST_PREFERENCES.search(whole) is None
    subject = sent.subject()
    # Pronoun-led sentences: "He took 7,312 votes" continues the previous subject.
    lead = whole.lstrip()[:4].lower()
    if subject is None or (sent.people and sent.people[0].start > s + 40):
        for pos, pron in sent.pronouns[:1]:
            if pos - s < 25 and (subject is None or pos < sent.people[0].start):
                subject = sent.pronoun_ref(pron) or subject
    if lead.startswith(("he ", "she ")):
        subject = sent.pronoun_ref(lead.split()[0])
    desc = _DESCRIPTION.match(whole) or _PARTY_NOUN.match(whole) or _MID_DESCRIPTION.search(whole)
    party_desc = None
    lead_end = None             # where the words that name the subject end, when a description names it
    if desc and (not sent.people or sent.people[0].start > s + desc.end()) and \
            (not nums or nums[0].start > s + desc.start()):
        ps = [m for m in doc.parties_in(s + desc.start(), s + desc.end())]
        if ps and (desc.group("head") in ("MP", "councillor") or desc.group("head") == "candidate" and _WON_AFTER.match(whole, desc.end())) \
                and desc.re is _DESCRIPTION \
                and state.last_subject and not state.last_subject.startswith("@") and state.last_subject in state.winners:
            subject = state.last_subject        # "Keir Mather will be heading back to Westminster ... The Labour MP ... collected 22,788 votes"
            # ("James Frith is the new MP for Bury North. The Labour candidate, who ..., won it back with 19,625 votes")
            facts.append(CandFact(subject, s, e, contest, party=ps[-1].canonical))
        elif ps and desc.group("head") in ("candidate", "nominee") and sent.people and desc.start() == 0 \
                and _NAMED_AFTER_DESCRIPTION.fullmatch(text, s + desc.end(), sent.people[0].start) \
                and text.startswith(",", sent.people[0].end):
            subject = sent.resolve(sent.people[0])    # "The Workers Party of Britain candidate, the former diplomat Craig Murray, came third"
            facts.append(CandFact(subject, s, e, contest, party=ps[-1].canonical))
        elif ps and desc.group("head") in ("candidate", "nominee", "MP", "councillor"):
            party_desc = "@party:" + ps[-1].canonical
            subject = party_desc
        elif not ps or desc.group("head") not in ("candidate", "nominee"):
            subject = state.last_subject
            if _THE_NEW.match(whole) and len(set(state.winners)) == 1:
                subject = state.winners[0]      # "The new councillor will ... take her seat": the one who won
            lead_end = desc.end() if desc.start() == 0 or _PLACE_LEAD.fullmatch(whole, 0, desc.start()) else None
            standing = [m for m in doc.parties_in(s, e) if STANDING.search(text[max(s, m.start - 30):m.start])]
            if subject and (standing or ps):
                facts.append(CandFact(subject, s, e, contest, party=(standing or ps)[-1].text))

    votes_by_person: dict[str, int] = {}
    national_picture = None     # (found on the first share)
    asides = sent.rel
    aside_majorities: list = []
    def past(i: int, scope: Optional[str] = None, clause: Optional[tuple[int, int]] = None) -> bool:
        n = nums[i]
        scope = _scope(text, nums, i, s, e, asides) if scope is None else scope
        clause = clause_of(text, n.start, n.end, s, e) if clause is None else clause
        if not in_past_clause(text, n, s, e, scope, clause, doc.election_year):
            return False
        turned = _BECAME.search(text, nums[i - 1].end if i else s, n.start)
        return not turned or is_past(text[turned.start():n.end], doc.election_year)
        # (but "Richardson's 2019 majority of 3,337 has become a ... majority of 8,429")

    skipped_past = set()
    for i, n in enumerate(nums):
        if is_year(n.text) and not n.pct:
            continue
        scope = _scope(text, nums, i, s, e, asides)
        clause = clause_of(text, n.start, n.end, s, e)
        before = next((j for j in range(i - 1, -1, -1) if not (is_year(nums[j].text) and not nums[j].pct)), None)
        if past(i, scope, clause) or i + 1 < len(nums) and _FIGURES_PAIRED.fullmatch(text, n.end, nums[i + 1].start) \
                and _IN_AN_EARLIER_YEAR.match(text, nums[i + 1].end) and past(i + 1) \
                or before in skipped_past and _FIGURES_RESTATED.fullmatch(text, nums[before].end, n.start):
            skipped_past.add(i)
            continue        # ("beat Pace 17,204 to 14,911 in 2024, or 53.6% to 46.4%": the pair and its restatement are that year's)
        aside = inside(n.start, asides)
        if aside and is_past(text[aside[0]:aside[1]], doc.election_year):
            continue        # ", who beat Ms Franklin by 26,317 votes to 22,980 five years ago,"
        context_trap = retracted or any(_trap_applies(text, t, n, clause, nums, s, e) for t in traps)
        left = text[max(s, n.start - 60):n.start]
        right = text[n.end:min(e, n.end + 60)]
        near = core(text, s, n.start, asides)[-70:] if n.pct else ""
        if n.pct and _TURNED_OUT.match(right) and not context_trap and not _turnout_trap(c, text[max(s, n.start - 60):n.end + 20], doc, text[s:e]):
            value = parse_float(n.text)     # "61,170 registered voters, of whom 55.8 per cent turned out"
            if value is not None and value <= 100:
                facts.append(ContestFact("turnout", value, s, e, contest))
            continue
        if n.pct and TURNOUT.search(near) \
                and re.fullmatch(r"[^\d]*|\s*:?\s*[\d,]+\s*\(\s*|\s*(?:was|of|:)?\s*\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent)\s+in\s+[^\d]+?\s+and\s+",
                                 near.split("urnout")[-1]) \
                and not c["qualifier"].search(near[-25:]) \
                and not _turnout_trap(c, near, doc, text[s:e]) and not context_trap:
            facts.append(ContestFact("turnout", parse_float(n.text), s, e, _figure_place(doc, n, s, e) or contest))
            continue
        if n.pct:
            if national_picture is None:
                national_picture = c["national_majority"].search(whole) is not None and not doc.places_in(s, e)
            if national_picture:
                continue        # "leaves Sir Keir Starmer with a working majority of 174, though the party won it on 33.7%"
            read_share(doc, sent, n, left, right, scope, subject, nums, i, facts, contest, context_trap, votes_by_person)
            continue
        if not n.pct and "." in n.text and _POLLING_PERCENTAGE.search(left) and not context_trap:
            turnout = parse_float(n.text)       # "Polling percentage was 58.4": Indian copy's turnout, no % sign
            if turnout is not None and turnout <= 100:
                facts.append(ContestFact("turnout", turnout, s, e, contest))
            continue
        lakh = _LAKH.match(right)
        if lakh:            # "by a margin of over 1.2 lakh votes": Indian copy's hundred-thousands, read as a margin only
            value = _in_lakhs(n.text)
            right = right[lakh.end():]
        else:
            value = parse_int(n.text)
        if value is None:
            continue
        mq = c["majority_before"].search(left) if c["majority_words"].any_in(left.lower()) else None
        if mq and c["old_majority"].search(left[:mq.start()] + " "):
            continue        # "overturning a Conservative majority of 5,299": the majority this result undid
        if mq and _CONDITION.search(left[:mq.start()]):
            continue        # "a recount can be requested if the margin is fewer than 100 votes": a rule, not a result
        if mq and _FORECAST_BEFORE.search(left[:mq.start()]):
            continue        # "campaigners had privately predicted a majority of around 5,000": a forecast, not the count
        if mq and retracted:
            continue        # 'An article published on 5 July said ... a majority of 1,542': withdrawn
        if mq and (_POINTS_AFTER.match(right) or "difference" in mq.group().lower() and not _MARGIN_UNIT.match(right)):
            continue        # "a difference of 3 percentage points": no count of votes ("a difference of 26,346 votes" is)
        if mq and _NATIONAL_LEAD.match(text, s, e):
            continue        # "Nationally, Labour won 162,707 first-count votes ..., a majority of 39,474 votes": the country's
        if mq and not c["national_majority"].search(text[max(s, n.start - 70):min(e, n.end + 30)]):
            q = mq.group("q")
            exact = _TO_BE_EXACT.match(right) if q else None
            if exact:       # "a majority of just over 3,000 - 3,047 to be exact": the exact figure, unqualified
                value, q = parse_int(exact.group("n")), None
            facts.append(ContestFact("majority", value, s, e, _figure_place(doc, n, s, e) or contest, q.lower() if q else None))
            if aside:
                aside_majorities.append(facts[-1])
            party = _party_right_before(doc, s, n.start - len(left) + mq.start())
            if party and not is_past(whole, doc.election_year):
                facts.append(ContestFact("winner_party", party, s, e, contest, strength=1))   # "a Labour majority of 6,323"
            owner = majority_owner(sent, left, n.start, subject)
            if owner:
                facts.append(CandFact(owner, s, e, contest, elected=True))
            continue
        if _MAJORITY_AFTER.match(right) and _MAJORITY_ARTICLE.search(left) and not context_trap \
                and not c["old_majority"].search(left + " ") and not is_past(text[slice(*clause)], doc.election_year) \
                and not c["national_majority"].search(text[max(s, n.start - 70):min(e, n.end + 40)]):
            facts.append(ContestFact("majority", value, s, e, _figure_place(doc, n, s, e) or contest, None))
            if aside:
                aside_majorities.append(facts[-1])
            continue        # "ousts Damian Collins with 3,729 majority", "wins with a 3,729 majority"
        if text.startswith("-vote", n.end) and _VOTE_MARGIN.match(text, n.end, n.end + 20):
            facts.append(ContestFact("majority", value, s, e, contest, None, strength=0))
            continue
        more = _MORE_THAN.match(right)
        rival = next((p for p in sent.people if 0 <= p.start - (n.end + more.end()) <= 4 or
                      _RIVAL_LEAD.fullmatch(text, n.end + more.end(), p.start)
                      or any(q.start == n.end + more.end() and 0 <= p.start - q.end <= 1 for q in doc.parties_in(n.end + more.end(), p.start))),
                     None) if more else None      # ("3,114 ahead of Lib Dem Sarah Vowles")
        if rival and _WON_VOTES.search(left):
            # "won 96,218 votes, 7,748 more than Mr Ashdown", "took the seat with 18,159 votes, 2,160 ahead of
            # the SNP's Drew Hendry": the winner's margin over a named rival, who stood
            facts.append(ContestFact("majority", value, s, e, contest, None, strength=0))
            facts.append(CandFact(sent.resolve(rival), s, e, contest, position=True))
            continue
        if not context_trap and (
                _LEAD_OF.search(left) and (_MARGIN_UNIT.match(right) or re.match(r"\s*(?:[.,;]|$)", right))
                and not _FIRST_ROUND.search(left)      # (a lead on first preferences is not the winning margin)
                or ("rail" in left or "ag" in left) and _TRAILING_BY.search(left) and _MARGIN_UNIT.match(right)):
            # a majority only if the votes agree (build.py); "with Okafor trailing Gil Benning by about 2,500 votes" is a count's lead
            facts.append(ContestFact("lead", value, s, e, contest))
            continue
        by = _BY_VOTES.search(left)
        by_clause = by and not _VOTES_TO.match(right) and (_MARGIN_UNIT.match(right) or (
            (re.match(r"^\s*(?:[.,;]|\s[–—-]\s|$)", right) or _FROM_RIVAL.match(right) or _IN_CONTEST.match(right))       # "to win by 3,357 from the Liberal Democrats' Paul Hodgkinson"
            and _BEAT_BY.search(text, max(s, n.start - 90), n.start)))
        if by_clause and _FOR_A_PLACE.search(text, max(s, n.start - 90), min(e, n.end + 30)):
            continue        # "edged out the Conservatives for third place by just 13 votes": a margin between losers (or "by 445 votes for 10th place")
        if by_clause and not context_trap:
            winner = winner_near(sent, n.start, subject)
            party_won = _PARTY_WON_BY.match(text, s, n.start) or any(      # "Reform UK has won X by just 98 votes"
                _PARTY_WON_BY.match(text, m.start, n.start) for m in doc.parties_in(s, n.start))   # "X ousted as Lib Dems take ..."
            lost_by = _LOST_BY.search(left) or _DECIDED_BY.search(left) or _WENT_TO_BY.search(left)   # "Alexander Stafford ... loses by 998 votes": the winner's
            # margin; "a contest decided by just 14 votes"; "Rother Valley ... came back to the party by just 998 votes"
            q = by.group("q")                # "beats Congress by over 12,000 votes": a qualified majority
            before_q = left[:by.start("q")] if q else left
            if (winner or party_won or lost_by) and not c["vote_trap_before"].search(before_q[-12:]) \
                    and not (lost_by and _LAST_SEAT_COUNT.search(whole)):      # ("Last seat decided by 212 votes": no majority in STV)
                facts.append(ContestFact("majority", value, s, e, contest, " ".join(q.lower().split()) if q else None,
                                         strength=0))
                if winner and not (lost_by and _LOST_BY.search(left) and winner == subject):
                    facts.append(CandFact(winner, s, e, contest, elected=True))     # (not "Alexander Stafford ... loses by 998 votes")
            continue
        if lakh:
            continue        # ("19.04 lakh electors", "6 lakh votes" of a party: no count of a candidate)
        if TURNOUT.search(left[-30:]) or _ELECTORATE.search(left[-30:]):
            if _ELECTORATE.search(left[-30:]):
                facts.append(ContestFact("electorate", value, s, e, contest))
            continue
        if _VOTES_AHEAD.match(right) and _FINISHED_AHEAD.search(left) and not context_trap and sent.people \
                and not _PLACING.search(text, clause[0], n.start) and not _LAST_SEAT_COUNT.search(whole):
            # "Mr MacDonald finished 2,160 votes ahead", "She finished 11,121 votes ahead of Conservative Meg Powell-Chandler"
            facts.append(ContestFact("majority", value, s, e, _figure_place(doc, n, s, e) or contest, None))
            continue
        if context_trap or c["vote_trap_before"].search(left) or _VOTES_AHEAD.match(right) \
                or c["vote_trap_after"].search(right) and not (_VOTERS.match(right) and (_BACKED_BY.search(left) or c["vote_verb"].search(left))):
            # ("a model of 14,000 voters" is a sample; "backed by 18,662 voters", "He took 7312 voters" are counts)
            continue
        if _EACH_ON.search(left) and _MARGIN_UNIT.match(right):
            tied_two = [p for p in sent.people if p.end <= n.start and not inside(p.start, sent.rel)][-2:]
            if len(tied_two) == 2 and _AND_NEXT.fullmatch(text, tied_two[0].end, tied_two[1].start):
                for p in tied_two:      # "Keith Aldous and Naomi Shaw could not be separated, each finishing on 143 votes"
                    facts.append(CandFact(sent.resolve(p), s, e, contest, votes=value))
                continue
        who = vote_owner(text, sent, n, left, right, subject, c)
        pair = pair_owner(sent, nums, i, subject if lead.startswith(("he ", "she ")) else None)
        if pair:
            who = pair
        if who is None or value < 10:
            continue
        facts.append(CandFact(who, s, e, contest, votes=value))
        votes_by_person[who] = value

    if _WIN_WORDS.search(doc.low, s, e):
        read_wins(doc, sent, subject, facts, contest, whole, lead_end)
    facts.extend(party_links(doc, sent.people, s, e, sent.resolve, contest))
    both = _BOTH_STOOD.match(whole)
    if both and not sent.people and len(state.recent) >= 2:
        ps = doc.parties_in(s + both.end(), min(e, s + both.end() + 40))
        if ps and ps[0].start == s + both.end():
            for name in state.recent[-2:]:      # "Both stood as independents": the two just named
                facts.append(CandFact(name, s, e, contest, party=ps[0].text))
    both_won = _BOTH_WINNERS_ARE.match(whole)
    if both_won and not sent.people and len(set(state.winners)) >= 2:
        ps = doc.parties_in(s + both_won.end(), min(e, s + both_won.end() + 40))
        if ps and ps[0].start == s + both_won.end() and not is_past(whole, doc.election_year):
            for name in list(dict.fromkeys(reversed(state.winners)))[:2]:   # "Both new MPs are Labour": the last two winners
                facts.append(CandFact(name, s, e, contest, party=ps[0].text))
    tied = _BOTH_ON.match(whole)
    if tied and not sent.people and len(state.recent) >= 2 and not is_past(whole, doc.election_year):
        share = parse_float(tied.group("pct"))
        facts = [f for f in facts if not (isinstance(f, CandFact) and f.share == share)]
        for name in state.recent[-2:]:      # "Both men finished on 31.8 per cent": the two just named
            facts.append(CandFact(name, s, e, contest, share=share))
    group = _GROUP_LEAD.match(whole)
    if group and parties().canonical(group.group("party")):
        # "The two independents, Paul Haslam and Stephan Metcalfe, polled ...": a party for everyone listed
        at, listed = s + group.end(), []
        for p in sent.people:
            if p.start < at:
                continue
            if p.start != at and not _LIST_GAP.fullmatch(text, at, p.start):
                break
            listed.append(p)
            at = p.end
        if len(listed) >= 2 and text.startswith(",", at):
            for p in listed:
                facts.append(CandFact(sent.resolve(p), s, e, contest, party=group.group("party")))
    placed = None       # the last person placed behind: "ahead of Liberal Democrat Natalie Sommers and Green Andrew Canessa"
    for p in sent.people:
        behind = _AHEAD_OF.search(text, max(s, p.start - 40), p.start) and _PLACING.search(text, s, p.start) or \
            placed is not None and _AND_NEXT.fullmatch(text, placed.end, p.start)
        placed = p if behind else None
        rel = inside(p.start, sent.rel)
        if rel and _POSITION.match(text[p.end:rel[1]]) and not is_past(text[rel[0]:rel[1]], doc.election_year):
            facts.append(CandFact(sent.resolve(p), s, e, contest, position=True))   # ", whose candidate X finished fourth,"
        elif not rel and (behind or _POSITION.match(text[p.end:e]) or (_BEATEN.search(text, max(s, p.start - 40), p.start)
                                                                       and not _beaten_long_ago(text, p, s, e, doc)) or (
                _LOST_SEAT.match(text, p.end, e) and not is_past(whole, doc.election_year)) or (
                (_OUSTED.match(text, p.end, e) or _TAKEN_FROM.search(text, max(s, p.start - 90), p.start))
                and not is_past(whole, doc.election_year)) or (
                _MARGIN_OVER.search(text, max(s, p.start - 70), p.start)
                and not is_past(text[slice(*clause_of(text, p.start, p.end, s, e))], doc.election_year))):
            facts.append(CandFact(sent.resolve(p), s, e, contest, position=True))
    if aside_majorities and any(isinstance(f, ContestFact) and f.field == "majority" and not any(f is a for a in aside_majorities)
                                for f in facts):
        # "Mr Webb, who took the seat in May with a majority of 7,607, ... won by 6,848 votes": the aside's is background
        facts = [f for f in facts if not any(f is a for a in aside_majorities)]
    # "Galloway himself lost Rochdale, ... ; he won the by-election in February by 5,697": whoever the
    # sentence says lost is no winner of it
    losers = {sent.resolve(p) for p in sent.people if not inside(p.start, sent.rel) and _LOST.match(text, p.end, e)}
    if losers:
        facts = [f for f in facts if not (isinstance(f, CandFact) and f.elected and f.name in losers)]
    early = _EARLY_COUNT.search(whole) if "%" in whole or "cent" in whole else None     # (most sentences give no count's progress)
    part = _EARLY_PART.search(whole) if " of " in whole else None
    if early and int(early.group("pct")) < 90 or part and int(part.group("n")) < 0.9 * int(part.group("m")):
        for f in facts:         # "With roughly 40% of precincts reporting, Pike leads Sobczak 9,812 to 8,337": an early count's
            if isinstance(f, CandFact) and f.votes is not None:        # figures give way to the final ones told elsewhere
                f.strength = min(f.strength, 0)
    _remember(sent, state, subject)
    state.winners += [f.name for f in facts if isinstance(f, CandFact) and f.elected and not f.name.startswith("@")]
    return facts


# A majority whose figure comes first: "with 3,729 majority", "a narrow 412 majority" (not "a 3,729-vote majority": _VOTE_MARGIN).
_MAJORITY_AFTER = re.compile(r"^\s*majority\b(?!\s+(?:of|in|over|government|party|council|administration)\b)", re.I)
_MAJORITY_ARTICLE = re.compile(r"\b(?:with|an?)\s+(?:(?:narrow|slim|slender|comfortable|healthy|reduced|increased|big|huge|solid|thumping|wafer-thin|razor-thin)\s+)?$", re.I)
# The winning verb right after a description, past one aside: "The Labour candidate, who held the seat until 2019, won it back".
_WON_AFTER = re.compile(r"(?:\s*,[^,;]{1,140},)?\s+(?:has\s+|had\s+)?(?:won|took|held|retained|regained|reclaimed|captured|gained)\b")
_BEFORE_MAJORITY = re.compile(r"(?:['’]s)?\s*$")


def _party_right_before(doc: Doc, s: int, pos: int) -> Optional[str]:
    """The party named right before a majority cue at pos ("a Labour majority", "Labour's majority")."""
    for m in reversed(doc.parties_in(max(s, pos - 40), pos)):
        if _BEFORE_MAJORITY.fullmatch(doc.text, m.end, pos) and not m.bracket_only:
            return m.canonical
        break
    return None


_GROUP_LEAD = re.compile(r"\s*(?:The\s+)?(?:(?i:two|three|four|five|six|seven|other|remaining|\d)\s+)+(?P<party>[A-Za-z][\w'’ -]{1,30}?)"
                         r"(?:\s+(?:candidates|contenders|hopefuls))?\s*,\s+")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_BOTH_ON = re.compile(r"\s*Both(?:\s+(?:men|women|candidates|of\s+them))?\s+(?:finished|ended(?:\s+up)?|were|polled|took|got|received)\s+"
                      r"(?:on|with)\s+(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s+cent)")
_BOTH_WINNERS_ARE = re.compile(r"\s*Both\s+(?:of\s+the\s+)?(?:new|newly[- ]elected|winning)\s+(?:MPs|members|councillors|TDs|MSPs|MLAs|MSs|winners|candidates)"
                               r"\s+(?:are|were)\s+(?:from\s+)?(?:the\s+)?")
_EACH_ON = re.compile(r"\beach\s+(?:(?:finishing|finished|ending|ended|polling|polled|taking|took|receiving|received|getting|got)\s+)?(?:on|with)?\s*$")
_BOTH_STOOD = re.compile(r"\s*Both(?:\s+(?:men|women|candidates|of\s+them))?\s+(?:stood|ran|were\s+standing|are\s+standing)\s+(?:as|for)\s+(?:the\s+)?")


def _turnout_trap(c: dict, near: str, doc: Doc, sentence: str) -> bool:
    """A turnout for more than this contest ("across the county", "nationally") - unless the contest is the
    county's own: a police and crime commissioner's "Turnout across the county was 25.6%" - or the phase is
    only when the seat itself voted: "The seat voted in the fifth phase, when 75.4% of electors turned out"."""
    if "urnout" in sentence and (any(region_name(m.group("place")) for m in _REGION_TURNOUT.finditer(sentence))
                                 or any(region_name(m.group("place")) and (m.group("across") or nation_name(m.group("place")))
                                        for m in _TURNOUT_IN_REGION.finditer(sentence))):
        return True         # "Delhi had recorded a voter turnout of 60.54 per cent", "Turnout across Wales was 46.6%": the state's
        # (but "Turnout in Nunavut was 38.2 per cent" may be the seat's: a territory of one seat)
    traps = [m.group() for m in c["turnout_traps"].finditer(near)]
    if not traps:
        return False
    if all(_IN_PHASE.fullmatch(t) for t in traps):
        voted = _VOTED_IN_PHASE.search(sentence)
        return not (voted and not (voted.group("place") and no_seat_word(voted.group("place"))))    # ("Haryana voted in the sixth phase")
    return not (all(_ACROSS_THE_COUNTY.fullmatch(t) for t in traps) and _COUNTY_WIDE.search(doc.low))


_REGION_TURNOUT = re.compile(r"(?P<place>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:had\s+|has\s+)?(?:recorded|registered|saw|posted|logged|clocked)"
                             r"\s+(?:an?\s+)?(?:\w+\s+)?(?:voter\s+|polling\s+)?turnout\b")
_TURNOUT_IN_REGION = re.compile(r"\b[Tt]urnout\s+(?:(?P<across>across|throughout)|in)\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?"
                                r"(?P<place>[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,2})")
_IN_PHASE = re.compile(r"in\s+the\s+(?:\w+\s+){1,2}phase", re.I)
_VOTED_IN_PHASE = re.compile(r"(?:\b[Tt]h(?:e|is)\s+(?:seat|constituency)|(?P<place>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))"
                             r"(?:,[^,.]{1,100},)?\s+(?:had\s+)?(?:voted|went\s+to\s+the\s+polls)\s+in\s+the\s+(?:\w+\s+){1,2}phase\b")


_ACROSS_THE_COUNTY = re.compile(r"across\s+the\s+county", re.I)
_COUNTY_WIDE = re.compile(r"\bpolice\s+and\s+crime\s+commissioner|\bpolice\s+area\b|\bpcc\b")


def _figure_place(doc: Doc, n, s: int, e: int) -> Optional[str]:
    """The seat a figure is told of in the same breath: "47.3 per cent in Barnsley North and 46.4 per cent in
    Barnsley South", "Stephanie Peacock's majority in Barnsley South was 4,748"."""
    text = doc.text
    after = _IN_AFTER.match(text, n.end, e)
    if after:
        m = next(iter(doc.places_in(after.end(), min(e, after.end() + 60))), None)
        if m is not None and m.start == after.end():
            return place_key(m.canonical)
    for m in doc.places_in(max(s, n.start - 80), n.start):
        if _IN_BEFORE.search(text, max(s, m.start - 25), m.start) and _THEN_FIGURE.fullmatch(text, m.end, n.start):
            return place_key(m.canonical)
    return None


_IN_AFTER = re.compile(r"\s+in\s+(?:the\s+)?")
_IN_BEFORE = re.compile(r"\b(?:majority|turnout)\s+in\s+(?:the\s+)?$", re.I)
_THEN_FIGURE = re.compile(r"\s+(?:was|is|stood\s+at|of|reached|came\s+to)\s+(?:just\s+|only\s+)?")


def _beaten_long_ago(text: str, p, s: int, e: int, doc: Doc) -> bool:
    """'in 2019 Mr Dorans beat the Conservative Bill Grant', 'since 2019, when he ousted X': a past contest's rival."""
    lo, hi = clause_of(text, p.start, p.end, s, e)
    region = text[lo:hi]
    if re.match(r"\s*(?:when|where|after|before)\b", region, re.I):
        region = text[clause_of(text, max(s, lo - 2), max(s, lo - 1), s, e)[0]:hi]     # "since 2019, when he ousted X"
    return is_past(region, doc.election_year)


def _trap_applies(text: str, t: int, n, clause: tuple[int, int], nums: list, s: int, e: int) -> bool:
    """A context trap (polls, 'across the country') holds for figure n unless it sits in another
    clause that has a figure of its own: "came third with 10,328 votes, ... well above the 14.3
    per cent her party was recording across the country" traps only the 14.3; "With 94% of
    precincts reporting, Kimball had 51.2%" traps only the 94%."""
    if clause[0] <= t < clause[1]:
        return True
    lo, hi = clause_of(text, t, t + 1, s, e)
    return not any(o is not n and lo <= o.start < hi and not is_year(o.text) for o in nums)


_EARLY_COUNT = re.compile(r"\bwith\s+(?:[a-z]+\s+){0,2}?(?P<pct>\d{1,2})(?:\.\d)?\s*(?:%|per\s*cent)\s+of\s+(?:the\s+)?(?:expected\s+)?"
                          r"(?:precincts|polls|votes?|ballots|boxes|wards)\b", re.I)      # ("With about 40% of wards reporting")
_EARLY_PART = re.compile(r"\bwith\s+(?P<n>\d{1,5})\s+of\s+(?:the\s+)?(?P<m>\d{1,5})\s+(?:precincts|polls|polling\s+(?:places|stations|divisions)|boxes"
                         r"|wards|vote\s+cent(?:er|re)s)\b", re.I)      # "With 211 of 286 precincts reporting, Ewing has 49,870 votes"
_LATER_COUNT = re.compile(r"\b(?:(?:original|initial|earlier|previous)\s+(?:count|tally)\b|at\s+the\s+adjournment\b|first\s+tally\b"
                         r"|(?:were|was)\s+first\s+counted\b|short\s+of\s+the\s+quota\b)", re.I)      # (and a recount's first tally: "when the papers were first counted")
# (not "X (9,115) was elected on the ninth count": the bracket holds the first preferences)
_FIRST_PREFERENCES = re.compile(r"\b(?:first|1st)[- ](?:preferences?|prefs?|count)\b|\bnumber\s+ones\b", re.I)
_BYLINE = re.compile(r"\s*(?:By\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}\s*[,|·–—-]\s*(?:[\w'’-]+\s+){0,3}"
                     r"(?:correspondent|reporter|editor|writer|journalist|columnist|staff)\b", re.I)


def learn_people(doc: Doc, s: int, e: int, state: ProseState) -> None:
    """Who a sentence names, without its figures: "Then: ... Johnny Mercer's 26,831 votes" before "Now: ... to Mercer's 12,061"."""
    _remember(Sentence(doc, s, e, state), state, None)


def _remember(sent, state: ProseState, subject: Optional[str]) -> None:
    for p in sent.people:
        name = sent.resolve(p)
        if " " in name:
            state.known_surnames.add(surname(name))
            state.full_names.setdefault(surname(name), name)
            words = name.split()
            if len(words) >= 3 and not _NOT_NAME_WORDS.search(name):
                for middle in words[1:-1]:      # "Md Shahjahan Kabir" ... "Shahjahan got 68,412 votes"
                    if middle[:1].isupper() and len(middle) > 3 and "-" not in middle and middle not in state.full_names:
                        state.known_surnames.add(middle)
                        state.full_names[middle] = name
        g = honorific_gender(p.honorific)
        if g:
            state.genders[name] = g
        if name in state.recent:
            state.recent.remove(name)
        state.recent.append(name)
    if subject and not _BYLINE.match(sent.doc.text, sent.s, sent.e):
        state.last_subject = subject        # (a byline's writer is no one's antecedent: "Tom Ferrante, Chief political correspondent")



