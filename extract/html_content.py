"""Step 2d for web pages: which element holds the story, by text density.

Readability's scoring (Mozilla Readability.js / readability-lxml), on a page whose junk is
already gone:

1. score    every prose block (<p>, <pre>, <td>, block-free <div>, loose text beside blocks)
            gives points for length and commas to its parent, half to its grandparent
2. weigh    containers start from a base by tag, plus or minus for story- or junk-like class
            names, plus a bonus where the page itself names the story (itemprop, JSON-LD)
3. choose   the best score after link density; climb to a common ancestor when the story
            is split over several near-best blocks, or to a wrapper with no other text in it
4. extend   siblings of the winner join the story when they score well, when they repeat its
            tag and class and hold as much prose (a story split around ads), or when they read
            like a paragraph (<p>, a wrapper of one <p>, a block-free <div> with a sentence)

Why not just take <article>: live blogs hold one <article> per entry, teaser cards are
<article>s too, and the story's <article> often holds share bars and related links.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from .gazetteer import parties
from .rows import ELECTED_MARK, header_map, parse_cells
from .seats import seat_kind

if TYPE_CHECKING:   # only for annotations: html_junk imports this module
    from .html_junk import Junk

__all__ = ["BLOCK_TAGS", "story_elements", "seat_boards", "with_boards", "link_density", "text_len"]

# --- scoring numbers: readability's, which the aeb benchmark (benchmarks/html_extraction.py)
# shows work on news pages; where we moved off readability's value, the comment says why.
MIN_PARAGRAPH_CHARS = 25        # shorter blocks are labels and buttons, not prose
CHARS_PER_POINT = 100           # a block earns a point per 100 characters ...
MAX_LENGTH_POINTS = 3           # ... up to 3, so one long block cannot outweigh many
GRANDPARENT_SHARE = 0.5         # a block's grandparent gets half its score (readability)
CLASS_WEIGHT = 25               # bonus/penalty for story-like / junk-like class names
HINT_BONUS = 50                 # itemprop=articleBody or JSON-LD hasPart: the page says where the story is
TOP_CANDIDATES = 12             # link density is computed for this many best raw scores only
                                # (readability keeps 5; 12 costs <1 ms and finds split stories)
ALTERNATIVE_SHARE = 0.6         # near-best candidates (Readability.js uses 0.75; 0.6 scores best on aeb) ...
MIN_ALTERNATIVES = 3            # ... of which this many under one ancestor promote it
SIBLING_SHARE = 0.2             # a sibling joins the story if it scores this share of the best ...
MIN_SIBLING_SCORE = 10.0        # ... or at least this much (readability's floor)
LONG_SIBLING_CHARS = 80         # a sibling <p> this long joins if its links are under ...
MAX_SIBLING_LINK_DENSITY = 0.25 # ... this share of its text (readability's rule); a shorter
                                # one joins only with no links and a full stop

# Base score by tag: containers that usually hold prose start higher, lists, headings and
# forms lower (readability's initializeNode, with <article> raised: it usually is the story).
_TAG_BASE = {"div": 5, "article": 8, "section": 3, "main": 3, "pre": 3, "td": 3, "blockquote": 3,
             "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
             "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5}

BLOCK_TAGS = frozenset("""address article aside blockquote body caption center dd details dialog
    dir div dl dt fieldset figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main
    nav ol p pre section summary table tbody td tfoot th thead tr ul legend""".split())

# Containers whose own text (beside their block children) is scored as a paragraph of its own.
_LOOSE_TEXT_PARENTS = ("div", "section", "article", "main", "blockquote", "font", "center")

_SENTENCE_END_RE = re.compile(
    r"""
    \.(?:[ ]|$)   # a full stop before a space or at the end: the block is a sentence, not a label
    """,
    re.VERBOSE,
)


def text_len(el) -> int:
    """Characters of visible text, whitespace runs counted once."""
    return len(" ".join(el.text_content().split()))


def link_density(el) -> float:
    """Share of an element's text that sits inside links.

    >>> from lxml import html as h
    >>> link_density(h.fromstring('<p>Read <a href="/x">more</a>.</p>'))   # 4 of 10 characters
    0.4
    """
    total = text_len(el)
    if not total:
        return 0.0
    links = sum(len(" ".join(t.split())) for t in el.xpath(".//a//text()"))
    return min(1.0, links / total)


def _paragraphs(root):
    """(text, node, own) for prose: <p>, <pre>, <td>, block-free <div>s, whose score goes to
    node's parent and grandparent; and loose text beside blocks, which scores its own node."""
    for el in root.iter("p", "pre", "td", *_LOOSE_TEXT_PARENTS):
        if el.tag in ("p", "pre", "td"):
            yield el.text_content(), el, False
            continue
        blocks = [c for c in el if isinstance(c.tag, str) and c.tag in BLOCK_TAGS]
        if not blocks:
            yield el.text_content(), el, False
            continue
        loose = [el.text or ""]
        for child in el:
            if not isinstance(child.tag, str) or child.tag not in BLOCK_TAGS:
                loose.append(child.text_content() if isinstance(child.tag, str) else "")
            loose.append(child.tail or "")
        text = "".join(loose)
        if len(text) >= MIN_PARAGRAPH_CHARS and text.strip():
            yield text, el, True


def _points(text: str, length: int) -> int:
    """Readability's score of one prose block: 1, plus its commas, plus 1 per 100 characters."""
    return 1 + text.count(",") + min(length // CHARS_PER_POINT, MAX_LENGTH_POINTS)


def _prose_score(el) -> float:
    """The points of all prose blocks inside an element, wherever they sit below it."""
    total = 0
    for text, _, _ in _paragraphs(el):
        length = len(" ".join(text.split()))
        if length >= MIN_PARAGRAPH_CHARS:
            total += _points(text, length)
    return total


def _scores(body, hinted: set, junk: "Junk") -> dict:
    """Raw readability scores of every container that holds prose."""
    scores: dict = {}
    for text, para, own in _paragraphs(body):
        length = len(" ".join(text.split()))
        if length < MIN_PARAGRAPH_CHARS:
            continue
        score = _points(text, length)
        parent = para if own else para.getparent()
        grand = parent.getparent() if parent is not None else None
        for node, share in ((parent, 1.0), (grand, GRANDPARENT_SHARE)):
            if node is None or not isinstance(node.tag, str):
                continue
            if node not in scores:
                scores[node] = _TAG_BASE.get(node.tag, 0) + junk.class_weight(node) * CLASS_WEIGHT \
                    + (HINT_BONUS if node in hinted else 0)
            scores[node] += score * share
    return scores


def story_elements(root, hinted: set, junk: "Junk") -> list:
    """The story container and the siblings that continue it, in page order."""
    body = root.find("body")
    if body is None:
        body = root
    scores = _scores(body, hinted, junk)
    if not scores:
        return [body]
    top = sorted(scores, key=scores.get, reverse=True)[:TOP_CANDIDATES]
    final = {node: scores[node] * (1 - link_density(node)) for node in top}
    top_node = max(final, key=final.get)
    best = _promote(top_node, final, body)
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = max(MIN_SIBLING_SCORE, final[top_node] * SIBLING_SHARE)
    chosen = []
    for sib in parent:
        if sib is best:
            chosen.append(sib)
        elif isinstance(sib.tag, str) and (_joins_story(sib, best, scores, final, threshold)
                                             or sib.tag in ("p", "div") and junk.states_a_count(sib)):
            chosen.append(sib)      # (or a short line beside the story giving the count: "Turnout: 65.8% · LAB GAIN")
    return chosen


def _promote(best, final: dict, body):
    """Mozilla Readability's climb: a story split over several blocks scores in several
    places; when enough of the near-best candidates sit under one ancestor, take it."""
    near = [n for n in final if n is not best and final[n] >= ALTERNATIVE_SHARE * final[best]]
    if len(near) >= MIN_ALTERNATIVES:
        lists = [set(n.iterancestors()) for n in near]
        for anc in best.iterancestors():
            if anc is body or anc.tag in ("html", "body"):
                break
            if sum(anc in a for a in lists) >= MIN_ALTERNATIVES:
                best = anc
                break
    while best.getparent() is not None and best.getparent() is not body \
            and len([c for c in best.getparent() if isinstance(c.tag, str) and _has_text(c)]) == 1:
        best = best.getparent()   # the only child with text: its wrapper holds the same story
    return best


def _has_text(el) -> bool:
    """Whether an element shows any text (emptied ad slots and rails do not)."""
    return bool(el.text_content().strip())


def _joins_story(sib, best, scores: dict, final: dict, threshold: float) -> bool:
    """Readability's rule for a sibling of the best container, with two of Readability.js's
    additions: a sibling with the best's own tag and class is another chunk of the same story
    (articles split around ads), and a block-free <div> or a wrapper of one <p> reads as a <p>."""
    score = final.get(sib, scores.get(sib, 0.0))
    if score >= threshold:
        return True
    if sib.get("class") and sib.tag == best.tag and sib.get("class") == best.get("class"):
        return _prose_score(sib) * (1 - link_density(sib)) >= threshold
    para = _as_paragraph(sib)
    if para is None:
        return False
    text = para.text_content()
    if para.tag != "p" and not _SENTENCE_END_RE.search(text):
        return False   # a bare <div> line (a URL, a dateline) is a label, not prose
    length, density = text_len(para), link_density(para)
    if length > LONG_SIBLING_CHARS and density < MAX_SIBLING_LINK_DENSITY:
        return True
    return 0 < length <= LONG_SIBLING_CHARS and density == 0 and _SENTENCE_END_RE.search(text) is not None


def _as_paragraph(el):
    """The <p> an element stands for: itself, its only child <p>, or a <div> without blocks.

    >>> from lxml import html as h
    >>> [getattr(_as_paragraph(h.fromstring(x)), "tag", None) for x in
    ...  ("<div><p>a</p></div>", "<div>a <b>b</b></div>", "<div><p>a</p><p>b</p></div>")]
    ['p', 'div', None]
    """
    if el.tag == "p":
        return el
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) == 1 and children[0].tag == "p" and not (el.text or "").strip():
        return children[0]
    if el.tag == "div" and not any(c.tag in BLOCK_TAGS for c in children):
        return el
    return None


# --- seat scoreboards outside the story ------------------------------------------------------

_SCOREBOARD_MIN_ROWS = 3        # party | seats rows that make a scoreboard, not a stray number
_SEAT_CELL_RE = re.compile(r"\d{1,3}")
_BOARD_HEAD_TAGS = frozenset("h1 h2 h3 h4 h5 h6 caption header p strong b span".split())


_COUNCIL_BOARD = re.compile(r"(?i)\bcouncil\b|\bmake-?up\b")


def seat_boards(root) -> list:
    """National seat scoreboards anywhere on the page: broadcaster pages put "UK results: 650 of
    650 seats declared" with a Labour 411 / Conservative 121 list in a banner or an <aside>
    outside the story. They are results: found before the junk goes (so an <aside> is spared)
    and added to the story by with_boards. A board is a block whose first line names a
    seat-figure kind (exit poll, projection, declared) with 3+ rows of party | number."""
    boards: list = []
    for el in root.iter("section", "aside", "div", "table"):
        # The block's own heading: its leading text or its first child if that is a heading-like
        # element (constant work per element: a 10,000-deep page must stay linear).
        first = el.text if el.text and el.text.strip() else None
        if first is None and len(el) and isinstance(el[0].tag, str) and (el[0].tag in _BOARD_HEAD_TAGS
                                                                         or el[0].tag == "div" and len(el[0]) == 0):
            first = el[0].text_content()        # (a heading styled on a bare <div class="sop-head">)
        if first and len(el) > 1 and el[0].tag in _BOARD_HEAD_TAGS and isinstance(el[1].tag, str) and el[1].tag in _BOARD_HEAD_TAGS \
                and not seat_kind(" ".join(first.split())):
            second = el[1].text_content()       # (its kind under the title: "<h2>Scotland</h2><p>After 57 of 57 seats</p>")
            first = second if not _COUNCIL_BOARD.search(first + " " + second) else first     # (not a council's make-up)
        if not first or not seat_kind(" ".join(first.split())):
            continue
        if boards and any(a in boards for a in el.iterancestors()):
            continue
        rows = 0
        for item in el.iter("li", "tr"):
            cells = [" ".join(c.text_content().split()) for c in item if isinstance(c.tag, str)]
            if len(cells) >= 2 and parties().canonical(cells[0]) and any(_SEAT_CELL_RE.fullmatch(c) for c in cells[1:]):
                rows += 1
        if rows < _SCOREBOARD_MIN_ROWS:
            # one element per party: "<span class='sb lab'>Labour 411</span> <span>Conservative 121</span>"
            rows = max(rows, sum(1 for item in el if isinstance(item.tag, str) and item.tag in ("span", "div", "p", "li")
                                 and (m := _PARTY_AND_SEATS.fullmatch(" ".join(" ".join(item.itertext()).split())))
                                 and parties().canonical(m.group(1))))
        if rows < _SCOREBOARD_MIN_ROWS and len(el) == 0:
            # A one-line ticker: "Commons state of parties (650 of 650 declared): Lab 411 | Con 121 | LD 72"
            rows = sum(1 for m in _TICKER_ITEM.finditer(first) if parties().canonical(m.group(1)))
        if rows >= _SCOREBOARD_MIN_ROWS:
            boards.append(el)
    return boards


_PARTY_AND_SEATS = re.compile(r"([A-Za-z][\w .&'’-]{0,40}?)\s+(\d{1,3})(?:\s+(?:[+\-−–]\d{1,3}|0))?")     # ("Labour 411 +211")
_TICKER_ITEM = re.compile(r"(?:^|[|:·•,;]\s*)([A-Za-z][\w .&'’-]{0,40}?)\s+\d{1,3}(?=\s*(?:[|·•,;]|$))")


_RESULT_HEAD = re.compile(r"\b(?:full\s+)?results?\b|\bdeclaration\b|\bhow\s+\w+(?:\s+\w+)?\s+voted\b", re.I)


_POST_CLASS = re.compile(r"(?:^|\s)(?:post|message|forum-post|topic-post)(?:\s|$)")
MIN_THREAD_POSTS = 3


def forum_replies(root) -> list:
    """A forum thread's replies: the first post is the story; the rest are readers' talk, like comments
    (phpBB's "post", vBulletin's and Discourse's "message"/"topic-post" siblings)."""
    out = []
    for parent in root.iter():
        posts = [c for c in parent if isinstance(c.tag, str) and _POST_CLASS.search(c.get("class") or "")]
        if len(posts) >= MIN_THREAD_POSTS and all(_by_a_user(p) for p in posts):
            out.extend(posts[1:])       # (a live blog's entries are "post"s too, but no user signs them)
    return out


_USER_CLASS = re.compile(r"username|postprofile|poster|user-?info|post-?author|member-?name|user-?card", re.I)


def _by_a_user(post) -> bool:
    return any(_USER_CLASS.search(el.get("class") or "") for el in post.iter() if isinstance(el.tag, str))


def result_boxes(root) -> list:
    """Fact boxes that hold the story's own result: an <aside class="factbox"> headed "Poole: full
    result" with a Candidate | Party | Votes table. Junk rules drop asides; these are spared (where
    they stand: a box outside the story is left to the junk rules, as teasers for other seats are)."""
    boxes = []
    for el in root.iter("aside", "section", "div", "figure"):
        head = next((h for h in el.iter("h2", "h3", "h4", "caption", "figcaption", "strong")), None)
        title = " ".join(head.text_content().split()) if head is not None else ""
        if not (_RESULT_HEAD.search(title) or _CONTEST_TITLE.fullmatch(title) and _RESULT_BOX_CLASS.search(el.get("class") or "")):
            continue        # ("<aside class='results'><h3>Assembly District 88</h3>": the box of the story's own race)
        if _TEASER_HEAD.search(title) or _PAST_HEAD.search(title):
            continue        # "More results": other seats' teasers; "Previous result: 2022 provincial election"
        for table in el.iter("table"):
            first = next(table.iter("tr"), None)
            cells = [" ".join(c.text_content().split()) for c in first if isinstance(c.tag, str)] if first is not None else []
            hm = header_map(cells) if cells else None
            if hm and "votes" in hm.columns and ("name" in hm.columns or "party" in hm.columns):
                boxes.append(el)
                break
        else:
            if _candidate_items(el) >= CANDIDATE_ITEMS_NEEDED:
                boxes.append(el)    # "<li>Danielle Arsenault — Liberal — 26,118 (51.2%)</li>"
            elif _summary_list(el):
                boxes.append(el)
    return boxes


def summary_boxes(boxes: list) -> list:
    """Of the result boxes, those in a sidebar that only sum the story's seat up: "<h3>Hornchurch and
    Upminster</h3><dl><dt>Majority</dt><dd>1,943</dd><dt>Turnout</dt><dd>62.4%</dd></dl>" (kept with the story)."""
    return [el for el in boxes if el.tag == "aside" and _summary_list(el) and next(el.iter("table"), None) is None]


def _summary_list(el) -> bool:
    return sum(1 for dt in el.iter("dt") if _SUMMARY_TERM.fullmatch(" ".join(dt.text_content().split()))) >= 2


_SUMMARY_TERM = re.compile(r"(?i:majority|turnout|electorate|swing)")


_RESULT_BOX_CLASS = re.compile(r"result|(?:^|[\s_-])(?:race|contest)(?:$|[\s_-])", re.I)     # ("race-card": one race's card)
_CONTEST_TITLE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.&-]+){0,6}|[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.&-]+){0,2}:(?:\s+[\w'’.&-]+){1,8}")     # ("Allegheny County: Judge of the Court of Common Pleas")
_PAST_HEAD = re.compile(r"\b(?:previous|last\s+(?:time|election)|notional)\b", re.I)
_TEASER_HEAD = re.compile(r"\b(?:more|other|latest|elsewhere|across|around|all)\b", re.I)


def _candidate_items(box) -> int:
    """List items of a box that are candidate rows and link nowhere (a teaser's items are links)."""
    from .lines import party_tools
    from .rows import parse_row
    is_party, split_glued = party_tools()
    n = 0
    for li in box.iter("li"):
        if next(li.iter("a"), None) is None and parse_row(" ".join(li.text_content().split()), is_party, split_glued):
            n += 1
    for dt in box.iter("dt"):       # "<dt>Hannah Brzezinski (D) ☑ Winner</dt><dd>16,214 – 50.5%</dd>"
        dd = dt.getnext()
        if dd is not None and dd.tag == "dd" and next(dt.iter("a"), None) is None \
                and parse_cells([" ".join(dt.text_content().split()), " ".join(dd.text_content().split())], None, is_party):
            n += 1
    if n < CANDIDATE_ITEMS_NEEDED:
        n += len(card_rows(box, CANDIDATE_ITEMS_NEEDED - n))     # (a box's nested <div>s: stop once enough are found)
    for pre in box.iter("pre"):     # a wire box kept as preformatted text: "x-Avery Langston (D)   276,904   56.3%"
        n += sum(1 for line in pre.text_content().splitlines() if line.strip() and parse_row(line.strip(), is_party, split_glued))
    return n


def _story_sets(story: list, text: bool = True) -> tuple[set, set, str]:
    """The story's elements, their ancestors, and its text. Sets of the elements themselves: ids of lxml
    proxies are reused once a proxy is freed."""
    inside = {el for top in story for el in top.iter()}
    above = {a for top in story for a in top.iterancestors()}
    return inside, above, " ".join(top.text_content() for top in story) if text else ""


_CELL_TAGS = frozenset({"span", "div", "strong", "b", "em"})
CANDIDATE_ITEMS_NEEDED = 2      # candidate rows that make a titled box a result box


def card_rows(box, limit: Optional[int] = None) -> list:
    """A card's rows of cells, each a block of leaf spans ("<div class='row'><span>Brandon Neuman</span>
    <span>DEM</span><span>1,812,640</span><span>55.0%</span></div>"), that read as candidates with votes
    (the first ``limit`` of them, when given)."""
    rows = []
    for row in box.iter("div", "li"):
        if limit is not None and len(rows) >= limit:
            break
        cells = _leaf_cells(row)
        if cells is None or len(cells) < 2 or len(cells) > 8:
            continue
        parsed = parse_cells([" ".join(c.text_content().split()) for c in cells], None, _is_party)
        if parsed and parsed.votes is not None and next(row.iter("a"), None) is None:
            rows.append(parsed)
    return rows


def figure_list(dl) -> bool:
    """A <dl> of a card's labelled figures: leaf terms and values ("<dt>Votes</dt><dd>6,692</dd>")."""
    items = [d for d in dl if isinstance(d.tag, str)]
    return bool(items) and all(d.tag in ("dt", "dd") and not len(d) for d in items) \
        and any(ch.isdigit() for d in items if d.tag == "dd" for ch in d.text_content())


def _leaf_cells(row) -> Optional[list]:
    """A card's cells: its leaf spans, and the values of a <dl> of labelled figures among them
    ("<span>Torcuil Crichton</span><dl><dt>Votes</dt><dd>6,692</dd><dt>Share</dt><dd>49.5%</dd></dl>")."""
    cells = []
    for c in row:
        if not isinstance(c.tag, str):
            continue
        if c.tag == "dl":
            if not figure_list(c):
                return None
            cells += [d for d in c if d.tag == "dd"]
        elif c.tag in _CELL_TAGS and not len(c):
            if c.text_content().strip():
                cells.append(c)     # (an empty one is a party's colour swatch or an icon: "<span class='swatch lab'></span>")
        else:
            return None
    return cells


def named_result_cards(boxes: list, story: list) -> list:
    """Result cards outside the story (a results section under the article's body) whose candidates the
    story names: the story's own counts, in cards of rows of cells."""
    inside, above, story_text = _story_sets(story)
    no_story = len(" ".join(story_text.split())) < RESULTS_PAGE_STORY_CHARS
    out, hub = [], []
    for box in boxes:
        if box in inside or box in above or len(box.text_content()) > MAX_RESULT_BOX_CHARS:
            continue
        bare = [ELECTED_MARK.sub(" ", r.name).split() for r in card_rows(box)]
        if sum(1 for words in bare if words and words[-1] in story_text) >= 2:
            out.append(box)
        elif no_story and len(bare) >= 2:
            hub.append(box)     # (a results page whose "story" is a short note naming no one: its cards are the page)
    return out or hub


def named_result_tables(root, story: list, dropped_tables: list = ()) -> list:
    """Result tables outside the story whose candidates the story names (a results widget above the
    headline, or in a sidebar dropped as junk: ``dropped_tables``): the story's own count, wherever
    the page put it. The table's small container comes too. On a results page whose "story" is a short note
    naming none of them, the page's own count and seat tables are its results."""
    inside, above, story_text = _story_sets(story)
    no_story = len(" ".join(story_text.split())) < RESULTS_PAGE_STORY_CHARS
    kept = list(root.iter("table"))
    out, hub = [], []
    for table in kept + list(dropped_tables):
        if table in inside:
            continue
        rows = [[" ".join(c.text_content().split()) for c in tr if isinstance(c.tag, str)] for tr in table.iter("tr")]
        if len(rows) < 3 or not rows[0]:
            continue
        hm = header_map(rows[0])
        if no_story and hm and table not in dropped_tables \
                and ("votes" in hm.columns and "name" in hm.columns or hm.columns[:2] == ["party", "seats"]):
            box = table.getparent()     # a results page with no story to speak of: its count and seat tables are the page
            hub.append(box if box is not None and len(box.text_content()) <= MAX_RESULT_BOX_CHARS and box not in above else table)
        if hm and "votes" in hm.columns and "name" in hm.columns:
            col = hm.columns.index("name")
            names = [r[col] for r in rows[1:] if col < len(r)]
            top_named = False
        elif hm and "place" in hm.columns and ("winner" in hm.columns or "majority" in hm.columns):
            # a grid of seats ("Constituency | Winner | Result | Majority | Turnout") the story names seats of
            col = hm.columns.index("place")
            seats = [r[col] for r in rows[1:] if col < len(r) and r[col]]
            if sum(1 for seat in seats if re.search(r"\b" + re.escape(seat) + r"\b", story_text)) >= 2:
                box = table.getparent()
                out.append(box if box is not None and len(box.text_content()) <= MAX_RESULT_BOX_CHARS else table)
            continue
        elif not hm:
            # no header: rows that read as candidates ("Luke Myer | Lab | 16,468"), the most votes first
            parsed = [r for r in (parse_cells(cells, None, _is_party) for cells in rows) if r and r.votes is not None]
            if len(parsed) < 3 or len(parsed) < len(rows) - 1:
                continue
            names = [r.name for r in parsed]
            top = max(parsed, key=lambda r: r.votes).name.split()[-1]
            top_named = bool(re.search(r"\b" + re.escape(top) + r"\b", story_text))
        else:
            continue
        if table not in dropped_tables and _in_results_section(table):
            box = table.getparent()     # a results centre's "Constituency results" section of cards under the story
            out.append(box if box is not None and len(box.text_content()) <= MAX_RESULT_BOX_CHARS and box not in above else table)
            continue
        bare = [ELECTED_MARK.sub(" ", n).split() for n in names]     # ("Dana Whitford ✔")
        named = sum(1 for words in bare if words and (words[-1] in story_text or words[-1].isupper() and words[-1].title() in story_text))
        # (an ECI-style table prints names in capitals: "K.R. SASIDHARAN" is the story's "Sasidharan")
        if named >= 2 or top_named:     # (the story names the winner of a widget's count: "Luke Myer, the Labour MP elected last week")
            box = table.getparent()
            out.append(box if box is not None and len(box.text_content()) <= MAX_RESULT_BOX_CHARS and box not in above else table)
            # (not the <article> that holds both the story's body and the table)
    return out or hub       # (a short story that names a table's candidates: that table, not the page's others)


def _in_results_section(table) -> bool:
    """A count table in a section the page titles as its results ("Constituency results", "Ward results")."""
    el = table.getparent()
    for _ in range(3):
        if el is None:
            return False
        for child in el:
            if isinstance(child.tag, str) and child.tag in ("h1", "h2", "h3") and child is not table \
                    and _RESULTS_SECTION_TITLE.fullmatch(" ".join(child.text_content().split())):
                return True
        el = el.getparent()
    return False


_RESULTS_SECTION_TITLE = re.compile(r"(?i)(?:(?:full|detailed|all|latest|local|final|official)\s+)?(?:constituency|seat|riding|ward|electorate|division|district|"
                                    r"declared)?\s*(?:by-election\s+)?results?(?:\s+in\s+full)?")

MAX_RESULT_BOX_CHARS = 2000
RESULTS_PAGE_STORY_CHARS = 600      # a "story" shorter than this on a page of count tables is a caption, not the page's text


def _is_party(text: str) -> bool:
    from .lines import party_tools      # (lines reads page text; imported late to keep this module's imports light)
    return party_tools()[0](text)


def with_boards(root, story: list, boards: list) -> list:
    """The story plus the boards it does not contain, in page order."""
    inside, above, _ = _story_sets(story, text=False)
    extra = [b for b in boards if b not in inside and b not in above]
    if not extra:
        return story
    order = {el: i for i, el in enumerate(root.iter())}
    # (a box dropped from the page as junk, then kept for the story's sake, follows the story)
    return sorted(story + extra, key=lambda el: order.get(el, len(order)))
