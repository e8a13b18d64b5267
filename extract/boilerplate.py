"""Step 2 for plain text: drop boilerplate lines, keep the story.

Saved articles carry page furniture as whole lines: READ MORE teasers, share buttons,
paywall and newsletter prompts, captions, comment sections. Their figures belong to other
stories (a READ MORE line's majority is another seat's), so they must go before matching.
Only whole lines are dropped, never text inside a kept line, because evidence snippets
must be verbatim substrings of the output. When in doubt a line is kept: a dropped result
line costs more than kept junk.

The rules are data (``data/boilerplate.json``, each with an id, kind and reason), loaded and
validated once. ``explain`` tells which rule dropped which line.
"""

from __future__ import annotations

import bisect
import functools
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from .scan import fold_pattern, lowered

__all__ = ["clean_text", "explain", "load_rules", "Rules", "DATA_PATH"]

log = logging.getLogger(__name__)

DATA_PATH = Path(__file__).with_name("data") / "boilerplate.json"
KINDS = ("line", "block-start", "list-heading")

# Lines longer than this are story paragraphs: the longest junk line in the dev set (a
# comment-policy paragraph) is ~420 characters. Skipping long lines keeps cleaning fast.
MAX_JUNK_LINE_CHARS = 600

# Menu and share-button lines are short; longer lines are not split into segments.
MAX_SEGMENT_LINE_CHARS = 200

_SEGMENT_SPLIT_RE = re.compile(
    r"""
    \s+[|›»>/·•]\s+     # ' | ', ' › ', ' > ', ' / ', ' · ' between menu items
    | \s*\|\s*          # a bare pipe, spaced or not
    | \s*›\s*           # breadcrumb chevrons, spaced or not
    | \s{2,}            # runs of 2+ spaces (menus flattened by copy-paste)
    """,
    re.VERBOSE,
)

_SEPARATOR_RE = re.compile(
    r"""
    [|›»>/·•]   # a menu or breadcrumb separator
    | \s{2}     # or a double space between flattened menu items
    """,
    re.VERBOSE,
)

_SHARE_PREFIX_RE = re.compile(
    r"""
    ^(?:share|share\ this\ (?:article|story|page))   # "Share" / "Share this article"
    \s*:\s*                                          # followed by a colon
    """,
    re.VERBOSE | re.IGNORECASE,
)

_YEAR_ONLY_DIGITS_RE = re.compile(
    r"""
    \d+             # any digit run ...
    (?<!\b\d{4})    # ... that is not a bare 4-digit number (a year in "Election 2024")
    """,
    re.VERBOSE,
)

_LIST_ITEM_RE = re.compile(
    r"""
    ^(?:[-–•*·]\s+      # "- item", "• item"
    | \d{1,2}[.)]\s+)   # "1. item", "2) item"
    """,
    re.VERBOSE,
)

_FIGURE_RE = re.compile(
    r"""
    \d{1,3}(?:,\d{3})+    # a thousands-grouped number: votes, majorities
    | \d\s?%              # a percentage
    | \d\s+votes\b        # "528 votes"
    """,
    re.VERBOSE,
)

# A candidate row ("Jane Doe (Lab) 17,232"): results, never a link title, so it ends a teaser list.
_ROW_RE = re.compile(
    r"""(?i)
    \([^()]{1,60}\)\s*[:–—-]?\s*\d[\d,]*\s*(?:votes)?\s*(?:\(|\*|$)
    | ^(?:turnout|majority|electorate|swing|rejected)\b   # a contest's own figures line
    """,
    re.VERBOSE,
)

_SENTENCE_RE = re.compile(
    r"""
    ^(?:\S+\s+){7,}    # eight or more words ...
    .*\.$              # ... ending with a full stop: prose, not a link title
    """,
    re.VERBOSE,
)

_TABLE_ROW_RE = re.compile(
    r"""(?i)
    \t          # tab-separated cells
    | \S\s*\|   # or pipe-separated cells
    """,
    re.VERBOSE,
)

_HR_RE = re.compile(
    r"""
    ^\s*(?:-{3,}|={3,}|_{3,}|\*{3,}|~{3,})\s*$   # a horizontal rule drawn with characters
    """,
    re.VERBOSE,
)

_BLANK_RUN_RE = re.compile(
    r"""
    \n[ \t]*(?:\n[ \t]*)+\n   # two or more blank (or whitespace-only) lines in a row
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Rules:
    """The compiled rule set: one combined regex for all kinds; named groups map back to rules."""

    line_re: re.Pattern
    group_rules: dict[str, tuple[str, str]]                         # group -> (rule id, kind)
    contains: tuple[tuple[tuple[str, ...], re.Pattern, str], ...]   # (needles, pattern, rule id)
    known_segment_re: re.Pattern
    box_max_lines: int
    box_triggers: frozenset[str]
    list_max_items: int
    list_max_chars: int
    block_start_min_position: float

    def rule_of(self, match: re.Match) -> tuple[str, str]:
        return self.group_rules[match.lastgroup]


def _validate(rule: dict, seen: set[str]) -> None:
    rid = rule.get("id")
    if not rid or rid in seen:
        raise ValueError(f"boilerplate rule without id or with duplicate id: {rid!r}")
    if rule.get("kind") not in KINDS:
        raise ValueError(f"boilerplate rule {rid}: kind must be one of {KINDS}")
    if not rule.get("reason"):
        raise ValueError(f"boilerplate rule {rid}: give a reason")
    if not rule.get("patterns") and not rule.get("contains"):
        raise ValueError(f"boilerplate rule {rid}: no patterns")
    for entry in rule.get("contains", []):
        if rule["kind"] != "line" or not entry.get("needles") or any(n != n.lower() for n in entry["needles"]):
            raise ValueError(f"boilerplate rule {rid}: 'contains' is for line rules, with lower-case needles")
    for pattern in rule.get("patterns", []) + [e["pattern"] for e in rule.get("contains", [])]:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"boilerplate rule {rid}: bad pattern {pattern!r}: {exc}") from None
    seen.add(rid)


@functools.lru_cache(maxsize=4)
def load_rules(path: Path = DATA_PATH) -> Rules:
    """Read, validate and compile the rules once; a bad rule raises ValueError naming its id."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    seen: set[str] = set()
    parts, group_rules, contains = [], {}, []
    priority = {"block-start": 0, "list-heading": 1, "line": 2}   # first matching alternative wins
    for n, rule in sorted(enumerate(data.get("rules", [])), key=lambda nr: priority.get(nr[1].get("kind"), 3)):
        _validate(rule, seen)
        if rule.get("patterns"):
            group_rules[f"r{n}"] = (rule["id"], rule["kind"])
            alts = '|'.join(f'(?:{p})' for p in rule['patterns'])
            if rule["kind"] == "list-heading":
                alts = f"(?:{alts})\\s*[:.…]?"      # "Related:" / "Most read." head a list as well
            parts.append(f"(?P<r{n}>{alts})")
        contains += [(tuple(e["needles"]), re.compile(e["pattern"], re.IGNORECASE), rule["id"])
                     for e in rule.get("contains", [])]
    if not parts:
        raise ValueError(f"no boilerplate rules in {path}")
    triggers = frozenset(data["box"]["trigger_rules"])
    if not triggers <= seen:
        raise ValueError(f"box trigger rules not defined: {sorted(triggers - seen)}")
    return Rules(
        line_re=re.compile(fold_pattern("|".join(parts))),          # on lowered lines: faster than re.I
        group_rules=group_rules,
        contains=tuple(contains),
        known_segment_re=re.compile(fold_pattern("|".join(f"(?:{k})" for k in data["segments"]["known"]))),
        box_max_lines=int(data["box"]["max_lines"]),
        box_triggers=triggers,
        list_max_items=int(data["list"]["max_items"]),
        list_max_chars=int(data["list"]["max_chars"]),
        block_start_min_position=float(data["block_start_min_position"]),
    )


def _segment_rule(line: str, rules: Rules) -> str | None:
    """'nav-or-share' when the line is a menu or a row of share buttons.

    >>> _segment_rule("News | Sport | What's On", load_rules())
    'nav-or-share'
    >>> _segment_rule("Seat | Con | Lab | LD | Green", load_rules()) is None
    True
    """
    if len(line) > MAX_SEGMENT_LINE_CHARS:
        return None
    body = _SHARE_PREFIX_RE.sub("", line)
    segments = [s for s in _SEGMENT_SPLIT_RE.split(body) if s.strip()]
    if not segments:
        return "nav-or-share" if body != line else None
    known = sum(1 for s in segments if rules.known_segment_re.fullmatch(lowered(s.strip())))
    if known == len(segments):
        return "nav-or-share"
    if (len(segments) >= 3 and 2 * known >= len(segments)
            and not _YEAR_ONLY_DIGITS_RE.search(body) and max(map(len, segments)) <= 40):
        return "nav-or-share"
    return None


# Pictographs that lead a heading in place of a bullet (emoji, dingbats, arrows): not part of its words.
_PICTOGRAPHS = re.compile(r"^[\U0001F000-\U0001FAFF\u2190-\u21FF\u2300-\u27BF\u2B00-\u2BFF\uFE0F\s]+")
_PICTOGRAPH_LEADS = frozenset(chr(c) for r in ((0x1F000, 0x1FAFF), (0x2190, 0x21FF), (0x2300, 0x27BF), (0x2B00, 0x2BFF))
                              for c in range(r[0], r[1] + 1))


def _line_rule(line: str, rules: Rules, maybe: tuple[int, ...] = ()) -> tuple[str, str] | None:
    """(rule id, kind) of the rule that matches this stripped line, else None.

    ``maybe`` lists the 'contains' entries whose needle the line holds.
    """
    if len(line) > MAX_JUNK_LINE_CHARS:
        return None
    match = rules.line_re.fullmatch(lowered(line))
    if match is None and line[:1] in _PICTOGRAPH_LEADS:
        match = rules.line_re.fullmatch(lowered(_PICTOGRAPHS.sub("", line)))     # "📰 MORE FROM ELECTION NIGHT"
    if match:
        return rules.rule_of(match)
    for k in maybe:
        _, pattern, rid = rules.contains[k]
        if pattern.fullmatch(line):
            return rid, "line"
    if len(line) <= MAX_SEGMENT_LINE_CHARS and (len(line) <= 30 or _SEPARATOR_RE.search(line)):
        rid = _segment_rule(line, rules)
        return (rid, "line") if rid else None
    return None


def _needle_hits(lines: list[str], rules: Rules) -> dict[int, tuple[int, ...]]:
    """Line index -> 'contains' entries with a needle on that line, found in one pass per needle."""
    lower = "\n".join(lines).lower()
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    hits: dict[int, set[int]] = {}
    for k, (needles, _, _) in enumerate(rules.contains):
        for needle in needles:
            pos = lower.find(needle)
            while pos != -1:
                i = bisect.bisect_right(starts, pos) - 1
                hits.setdefault(i, set()).add(k)
                pos = lower.find(needle, starts[i] + len(lines[i]) + 1)
    return {i: tuple(sorted(ks)) for i, ks in hits.items()}


def explain(text: str, rules: Rules | None = None) -> list[tuple[int, str, str]]:
    """(line number, line, rule id) for every line ``clean_text`` drops."""
    rules = rules or load_rules()
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    hits = _needle_hits(lines, rules)
    dropped: dict[int, str] = {}
    late = rules.block_start_min_position * len(text)
    pos, i = 0, 0
    while i < len(lines):
        line = stripped[i]
        found = _line_rule(line, rules, hits.get(i, ())) if line and i not in dropped else None
        if found is None:
            pos += len(lines[i]) + 1
            i += 1
            continue
        rid, kind = found
        if kind == "block-start" and pos >= late:      # the comment section runs to the end
            dropped.update((j, rid) for j in range(i, len(lines)))
            break
        if kind == "list-heading":
            dropped[i] = rid
            end = _drop_list(stripped, i + 1, dropped, rules, rid, hits)
        else:
            dropped[i] = rid
            end = i + 1
        pos += sum(len(lines[j]) + 1 for j in range(i, end))
        i = end
    _keep_boxed_headings(stripped, dropped)
    _drop_boxes(stripped, dropped, rules)
    _drop_stamped_teasers(stripped, dropped)
    return [(i, lines[i], dropped[i]) for i in sorted(dropped)]


# The time and sender before an exported chat's message: "05/07/2024, 01:51 - Sam Rhodes: ", "[05/07/2024, 02:21:37] Mick Farrell: ".
_CHAT_PREFIX = re.compile(r"\s*(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[ap]m)?\s+-\s+|\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]\s+)[^:]{1,40}:\s*", re.I)
_AGO_LINE = re.compile(r"^(?:\d{1,3}\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?)\s+ago|(?:Video|Audio|Gallery)\s*[|·]\s*\d{1,2}:\d\d)$", re.I)
MIN_STAMPED_TEASERS = 2


def _drop_stamped_teasers(stripped: list[str], dropped: dict[int, str]) -> None:
    """A run of headlines each with only its age under it ("Carlisle: Julie Minns wins for Labour" / "12 minutes
    ago"), no story text between: a latest-news list. (A live-blog entry has its text after the stamp.)"""
    i, n = 0, len(stripped)
    while i < n:
        run, j = [], i
        while j + 1 < n and stripped[j] and not _AGO_LINE.match(stripped[j]) and _AGO_LINE.match(stripped[j + 1]):
            run.append(j)
            j += 2
            while j < n and not stripped[j]:
                j += 1
        if len(run) >= MIN_STAMPED_TEASERS:
            for k in run:
                dropped.setdefault(k, "stamped-teaser")
                dropped.setdefault(k + 1, "stamped-teaser")
            i = j
        else:
            i += 1


_SECTION_MARK = re.compile(r"^(?:»|>>|►|▶)\s*[^\d:/]{2,60}(?::[^\d/]{0,60})?$")
_DIGIT = re.compile(r"\d")


def _keep_boxed_headings(stripped: list[str], dropped: dict[int, str]) -> None:
    """A '>> BRISTOL CENTRAL: GREEN GAIN' line boxed between two rules, or in capitals starting a block
    right over a line with figures ("► BRISTOL CENTRAL – GREEN GAIN FROM LABOUR" / "Carla Denyer (Green) 24,539"),
    is a newsletter's section heading, not a link to another story: the story is the text under it."""
    for i, rid in list(dropped.items()):
        if rid != "teaser-line" or i + 1 >= len(stripped) or not _SECTION_MARK.match(stripped[i]):
            continue
        above = stripped[i - 1] if i else ""
        if _HR_RE.match(above) and _HR_RE.match(stripped[i + 1]) \
                or stripped[i].upper() == stripped[i] and (not above or _HR_RE.match(above)) \
                and i + 1 not in dropped and _DIGIT.search(stripped[i + 1]):     # (not one of a run of links)
            del dropped[i]


def _drop_list(stripped: list[str], i: int, dropped: dict[int, str], rules: Rules, rid: str,
               hits: dict[int, tuple[int, ...]]) -> int:
    """Drop the teaser lines under a list heading; returns the index to resume at."""
    items = 0
    while i < len(stripped) and items < rules.list_max_items:
        line = stripped[i]
        if not line:
            if items:
                break
            i += 1
            continue
        found = _line_rule(line, rules, hits.get(i, ()))
        if found and found[1] == "list-heading":
            dropped[i] = found[0]        # a second heading inside the same block of links
            i += 1
            continue
        if found is None:
            if _TABLE_ROW_RE.search(line):
                break
            if not _LIST_ITEM_RE.match(line) and (
                    len(line) > rules.list_max_chars or _SENTENCE_RE.match(line) or _ROW_RE.search(line)):
                break
        dropped[i] = found[0] if found else rid
        items += 1
        i += 1
    return i


def _drop_boxes(stripped: list[str], dropped: dict[int, str], rules: Rules) -> None:
    rule_lines = [i for i, line in enumerate(stripped) if _HR_RE.match(line)]
    for start, end in zip(rule_lines, rule_lines[1:]):
        inside = range(start + 1, end)
        if 0 < len(inside) <= rules.box_max_lines and any(dropped.get(j) in rules.box_triggers for j in inside):
            for j in (start, *inside, end):
                dropped.setdefault(j, "boxed-notice")


def clean_text(text: str) -> str:
    """The article without boilerplate lines; kept lines are unchanged, blank runs collapsed.

    >>> clean_text("Advertisement\\nJane Doe (Labour) 12,345\\nREAD MORE: Other seat won by 4,321")
    'Jane Doe (Labour) 12,345'
    """
    rules = load_rules()
    found = explain(text, rules)
    if not found:
        kept = text
    else:
        lines = text.split("\n")
        for i, line, rid in found:
            sent = _CHAT_PREFIX.match(line) if rid == "chat-message" else None
            lines[i] = line[sent.end():] if sent else None     # an exported chat's message, without its time and sender
        kept = "\n".join(line for line in lines if line is not None)
    return _BLANK_RUN_RE.sub("\n\n", kept).strip("\n")
