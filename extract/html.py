"""Step 2 for web pages: a saved HTML page to its story text, title and date.

1. parse     lxml, comments and processing instructions dropped; depth capped by libxml2
2. metadata  title and date from JSON-LD, <meta> and <time>, before scripts go   html_meta.py
3. strip     code, media, menus and captions by tag; junk by selector, class word and
             teaser heading (``data/html_junk.json``), never the story container  html_junk.py
4. locate    the story container by text density (readability-style scoring) with
             structural hints (itemprop=articleBody, JSON-LD hasPart, <article>)  html_content.py
5. render    blocks as lines; table rows as "cell | cell"; <li> and <dt>/<dd> pairs one per line
6. clean     the rendered text through ``boilerplate.clean_text`` for line-level junk

Rendering lives here, beside the recipe, because what the extractor sees is decided by it:
a results table must reach the extractor one row per line, never as a run of cells.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Optional
from html import escape

from lxml import etree
from lxml import html as lxml_html

from . import boilerplate
from .gazetteer import parties
from .html_content import (BLOCK_TAGS, figure_list, forum_replies, named_result_cards, named_result_tables, result_boxes, seat_boards, story_elements, summary_boxes,
                           with_boards)
from .html_junk import Selectors, load_junk
from .html_meta import hint_selectors, json_ld, page_published, page_title

__all__ = ["Page", "html_to_article", "page_title", "page_published", "load_junk", "Selectors"]

log = logging.getLogger(__name__)

# Blocks followed by a blank line (paragraph-level); the rest end with a single newline.
PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 table ul ol dl blockquote pre figure section article header".split())

# The title is prepended unless the story repeats it this close to its start (a kicker,
# byline or dateline above the <h1> is rarely longer).
TITLE_SEARCH_CHARS = 200

# Break markers while rendering: control characters that load.decode never lets through.
SOFT, PARA = "\x00", "\x01"
WIDE = "\x02"          # a column gap inside <pre>, kept through whitespace folding
_PRE_GAP = re.compile(r" {2,}|\t")

_XML_DECL_RE = re.compile(
    r"""
    ^\s*<\?xml[^>]*\?>   # lxml refuses str input that carries an encoding declaration
    """,
    re.VERBOSE,
)

_SPACE_RE = re.compile(
    r"""
    \s+   # any whitespace run in page text, newlines included: one space, as browsers show it
    """,
    re.VERBOSE,
)

_BREAK_RUN_RE = re.compile(
    r"""
    [ \x00\x01]*[\x00\x01][ \x00\x01]*   # break markers with the spaces around them
    """,
    re.VERBOSE,
)


@dataclass
class Page:
    """What a web page gives the extractor: the story text plus its headline and date."""
    text: str
    title: Optional[str] = None
    published: Optional[str] = None


def html_to_article(html: str) -> Page:
    """The story of a saved web page as lines of text, with its title and date.

    >>> page = html_to_article("<html><body><nav>Home</nav><article><h1>Result</h1>"
    ...     "<table><tr><td>Jane Doe</td><td>Green</td><td>1,234</td></tr></table></article></body></html>")
    >>> page.title, page.text
    ('Result', 'Result\\n\\nJane Doe | Green | 1,234')
    """
    # 1. parse (a saved RSS or Atom feed: its items' escaped HTML, as a page of articles)
    if _FEED_START.search(html[:600]):
        html = feed_to_html(html) or html
    root = _parse(html)
    if root is None:
        return Page("")
    # 2. metadata, while the JSON-LD scripts are still there
    ld = json_ld(root)
    title = page_title(root, ld)
    published = page_published(root, ld)
    # 3. strip junk, never what the page names as its story
    junk = load_junk()
    protected = junk.protected(root, hint_selectors(ld))
    boards = seat_boards(root)                 # national seat scoreboards: results, wherever they sit
    boxes = result_boxes(root)
    summaries = summary_boxes(boxes)           # the seat's majority and turnout in a sidebar <dl>
    spared = protected | set(boards) | set(boxes)   # and the story's own result box
    dropped = junk.junk_elements(root, spared) + forum_replies(root)
    widget_tables = [t for el in dropped for t in el.iter("table")]     # (a sidebar's results widget, kept below if the story names its winner)
    for el in dropped:
        if el.getparent() is not None:
            el.drop_tree()
    # 4. locate the story, then drop the junk boxes inside it
    story = story_elements(root, protected, junk)
    inner = junk.inner_junk(story, spared)
    widget_tables += [t for el in inner for t in el.iter("table")]     # (a results box inside the story that looked like a widget)
    for el in inner:
        el.drop_tree()
    story = with_boards(root, story, boards + summaries + junk.result_captions(root) + named_result_tables(root, story, widget_tables)
                        + named_result_cards(boxes, story))
    # (a caption that gives the count; a results widget whose candidates the story names)
    # 5. render
    body = _render_all(story)
    text = body if not title or _starts_with_title(body, title) else f"{title}\n\n{body}"
    # 6. line-level junk inside the story
    return Page(boilerplate.clean_text(text), title, published)


_FEED_START = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.I)


def feed_to_html(xml: str) -> Optional[str]:
    """A feed saved as a page: one <article> per item, its title, date and the HTML its description
    or content carries escaped ("&lt;p&gt;The Liberal Democrats have taken Yeovil ...")."""
    try:
        root = etree.fromstring(_XML_DECL_RE.sub("", xml, count=1).encode("utf-8"),
                                etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True))
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    items = [{etree.QName(child).localname.lower(): (child.text or "") for child in item if isinstance(child.tag, str)}
             for item in root.iter("{*}item", "{*}entry")]
    if not items:
        return None
    parts = []
    for fields in items:
        body = fields.get("encoded") or fields.get("content") or fields.get("description") or fields.get("summary") or ""
        date = fields.get("pubdate") or fields.get("published") or fields.get("updated") or ""
        parts.append(f"<article><h2>{escape(fields.get('title', ''))}</h2><p>{escape(date)}</p>{body}</article>")
    return f"<html><head><title>{escape(items[0].get('title', ''))}</title></head><body>{''.join(parts)}</body></html>"


# A start tag long enough to carry hundreds of attributes: libxml2 is super-linear in their number
# (8,000 -> 32,000 on one element costs ~18x), so beyond MAX_ATTRIBUTES they are dropped before parsing.
_LONG_TAG = re.compile(r"<(?P<tag>[A-Za-z][\w:-]{0,30})(?P<attrs>\s[^<>]{2000,})>")
_ATTRIBUTE = re.compile(r"""\s*[^\s=<>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>"']*))?""")
MAX_ATTRIBUTES = 200


def _cap_attributes(m: re.Match) -> str:
    attrs = m.group("attrs")
    kept, pos = [], 0
    for a in _ATTRIBUTE.finditer(attrs):
        if len(kept) >= MAX_ATTRIBUTES:
            break
        kept.append(a.group())
        pos = a.end()
    if len(kept) < MAX_ATTRIBUTES:
        return m.group()
    return f"<{m.group('tag')}{''.join(kept)}>"


def _parse(html: str):
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  huge_tree=True, default_doctype=False)
    try:
        html = _XML_DECL_RE.sub("", html, count=1).replace(SOFT, "").replace(PARA, "")
        html = _LONG_TAG.sub(_cap_attributes, html)
        return lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:   # empty or whitespace-only document
        log.info("no HTML document to parse: %s", exc)
        return None


# --- 5. render -----------------------------------------------------------------------------

def _render_all(elements: list) -> str:
    chunks: list[str] = []
    for el in elements:
        _render(el, chunks)
        chunks.append(PARA)
    return _join(chunks)


def _join(chunks: list[str]) -> str:
    """Chunks and break markers to lines: whitespace runs become one space, breaks newlines.

    >>> _join(["a  b", SOFT, "c", PARA, SOFT, " d"])
    'a b\\nc\\n\\nd'
    """
    text = _SPACE_RE.sub(" ", "".join(chunks))
    text = _BREAK_RUN_RE.sub(lambda m: "\n\n" if PARA in m.group() else "\n", text)
    return text.strip().replace(WIDE, "  ")


def _pre_text(text: str) -> str:
    """Preformatted text keeps its lines and its column gaps ("CLARK      Reform UK      6,091")."""
    return _PRE_GAP.sub(WIDE, text).replace("\n", SOFT)


def _render(root, out: list[str]) -> None:
    """Iterative walk (no recursion limit on deep pages): blocks on their own lines.

    Newlines inside text are plain whitespace in HTML; only blocks, <br> and <pre> break lines.
    """
    stack = [(root, False, False)]
    while stack:
        el, closing, pre = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if closing:
            if tag in BLOCK_TAGS:
                out.append(PARA if tag in PARAGRAPH_TAGS else SOFT)
            elif el is not root and el.tail and el.tail[:1].isdigit() and out and out[-1][-1:].isalpha():
                out.append(" ")     # "<span class='vh'>Votes</span>20,336": a label, then its figure
            if el is not root and el.tail:
                out.append(_pre_text(el.tail) if pre else el.tail)
            continue
        if tag in ("br", "table", "dl"):
            out.append(SOFT)
            if tag != "br":
                out.extend(_table_lines(el) if tag == "table" else _dl_lines(el))
            if el is not root and el.tail:
                out.append(_pre_text(el.tail) if pre else el.tail)
            continue
        inner_pre = pre or tag == "pre"
        cells = _card_cells(el) if tag in ("div", "li", "p", "a") and not inner_pre else None
        if cells:
            # "<div class='card'><span>Labour</span><span>Graeme Downie</span><span>20,336</span>...": one
            # result card, its fields as a row's cells
            out.extend([SOFT, " | ".join(cells), SOFT])
            if el is not root and el.tail:
                out.append(el.tail)
            continue
        if tag in BLOCK_TAGS:
            out.append(PARA if tag in PARAGRAPH_TAGS else SOFT)     # (a paragraph after a results box starts its own)
        if tag == "sup" and _FOOTNOTE_MARK.fullmatch(el.text_content().strip()):
            if el is not root and el.tail:          # "Corbyn<sup>a</sup>", "1,710<sup>b</sup>": a footnote mark
                out.append(_pre_text(el.tail) if pre else el.tail)
            continue
        if el.text and tag:
            if tag == "abbr" and _party_code_after_name(el):
                out.append(" | ")   # "<dt>Neil Hudson <abbr title='Conservative'>CON</abbr></dt>": the name's party, a cell of its own
            elif out and out[-1][-1:].islower() and el.text[:1].isupper():
                out.append(" ")     # "<span>Julie Minns</span><span>Elected</span>": two words, not "MinnsElected"
            elif out and tag not in ("sup", "sub") and el.text[:1].isalnum() and (out[-1][-1:].isalnum() or out[-1][-1:] == "%"):
                prev = el.getprevious()
                if prev is not None and not prev.tail and isinstance(prev.tag, str) and prev.tag not in ("sup", "sub"):
                    out.append(" ")     # "<span>Labour</span><span>18,468</span><span>38.3%</span>": cells of a card
            out.append(_pre_text(el.text) if inner_pre else el.text)
        stack.append((el, True, pre))
        stack.extend((child, False, inner_pre) for child in reversed(el))


def _party_code_after_name(abbr) -> bool:
    parent = abbr.getparent()
    if parent is None or parent.tag not in ("dt", "td", "li") or not (parent.text or "").strip():
        return False
    title = abbr.get("title") or ""
    return abbr.getprevious() is None and 1 < len(abbr.text.strip()) <= 6 and bool(title) and parties().canonical(title) is not None


_CARD_FIELD_TAGS = frozenset("span strong b em i small data abbr time mark".split())
MIN_CARD_FIELDS = 3
_BADGE_TAGS = frozenset("strong b em mark small".split())


_ARIA_CELLS = frozenset(("cell", "gridcell", "columnheader", "rowheader"))


def _card_cells(el) -> Optional[list[str]]:
    """A block made only of three or more inline fields pressed together (no text between them): a
    result card flattened by its CSS ("display:flex"), read as cells. A row the page marks up for screen
    readers ('<div role="row"><span role="cell">Labour</span>...') is one whatever else it holds (a bar's <div>)."""
    if el.get("role") == "row":
        aria = [child for child in el if isinstance(child.tag, str) and child.get("role") in _ARIA_CELLS]
        if len(aria) >= 2:
            cells = [_cell_text(child) or "–" for child in aria]
            while cells and cells[-1] == "–":
                cells.pop()         # (an empty change cell at the row's end)
            return cells
    figures = [child for child in el if child.tag == "dl" and figure_list(child)]
    children = [child for child in el if child not in figures]     # (a card's fields, then its figures as a <dl>)
    if len(children) + len(figures) < MIN_CARD_FIELDS or (el.text or "").strip() or figures and not children:
        return None
    classed = sum(1 for child in children if isinstance(child.tag, str) and child.get("class"))
    styled = classed == len(children) or classed >= MIN_CARD_FIELDS and all(
        child.get("class") or child.tag in _BADGE_TAGS for child in children if isinstance(child.tag, str))
    # (each a styled field, or a badge after them: '... <span class="pc">(34.7%)</span> <strong>WINNER</strong>')
    for child in children:
        if not isinstance(child.tag, str) or child.tag not in _CARD_FIELD_TAGS or (child.tail or "").strip("\n" if not styled else None):
            return None     # (fields with spaces between them already read as words, unless each is a styled field:
            #                 '<span class="n">Amara Osei</span> <span class="p">Labour</span> <span class="v">2,014</span>')
    cells = [_cell_text(child) for child in children] + [_cell_text(dd) for dl in figures for dd in dl if dd.tag == "dd"]
    cells = [c for c in cells if c]
    if len(cells) < MIN_CARD_FIELDS:
        return None
    if not any(ch.isdigit() for c in cells for ch in c):
        return cells if _header_over_cards(el, cells) else None
    return cells


def _header_over_cards(el, cells: list[str]) -> bool:
    """A card table's header row of column words over its rows of fields ("Candidate" "Party" "Votes" "%" "Swing")."""
    from .rows import header_map        # (rows reads cells; the page is rendered before them)
    hm = header_map(cells)
    nxt = el.getnext()
    return bool(hm and "name" in hm.columns and "votes" in hm.columns) and nxt is not None and isinstance(nxt.tag, str) \
        and _card_cells(nxt) is not None


_FOOTNOTE_MARK = re.compile(r"[a-z]|\d{1,2}|[*†‡§¶]{1,3}|\[\w{1,3}\]|\(\w{1,2}\)")
# Tables inside table cells are rendered as cells; past this depth a cell is read as plain
# text, so a page of hundreds of nested tables cannot exhaust the stack.
MAX_TABLE_NESTING = 20


def _cell_text(el, line_break: str = " ") -> str:
    """``line_break``: what a <br> inside the cell becomes."""
    if sum(1 for _ in el.iterancestors("table")) > MAX_TABLE_NESTING:
        return " ".join(el.text_content().split())
    parts: list[str] = []
    _render(el, parts)
    text = "".join(parts).replace(PARA, " ")
    text = line_break.join(" ".join(piece.split()) for piece in text.split(SOFT) if piece.strip())
    return text.strip(" |") if "|" in text else text      # (a one-row table inside the cell: "<img alt=''> | Marie Tidball")


def _table_lines(table) -> list[str]:
    """Caption, then one "cell | cell" line per row of this table (header rows too)."""
    lines = []
    for caption in table.findall("caption"):
        lines.append(_cell_text(caption) + SOFT)
    rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    head = _header_rows(rows)
    if len(head) > 1:
        lines.append(" | ".join(_flat_header(head)) + SOFT)
        rows = rows[len(head):]
    for row in rows:
        tds = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if any(_layout_cell(c) for c in tds):
            # an old page laid out in a table: a cell holding paragraphs or a table of rows is a
            # column of the page, read block by block (its own tables keep their rows)
            for cell in tds:
                if sum(1 for _ in cell.iterancestors("table")) > MAX_TABLE_NESTING:
                    lines.append(" ".join(cell.text_content().split()) + SOFT)
                    continue
                _render(cell, lines)
                lines.append(SOFT)
            continue
        cells = [_cell_text(c) for c in tds]
        filled = [i for i, c in enumerate(cells) if c]
        if filled:
            # an empty cell between filled ones keeps its column: "PEACHEY, Pauline | – | 161 | 0.42"
            cells = [c or ("–" if filled[0] < i < filled[-1] else "") for i, c in enumerate(cells)]
            lines.append(" | ".join(cells) + SOFT)
    return lines


_LAYOUT_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "section", "article")


def _layout_cell(cell) -> bool:
    """A cell that holds paragraphs, or a table of several rows, is page layout, not a value
    (one <p> around a value, or an empty bar-chart <div>, is not)."""
    blocks = 0
    for el in cell.iterdescendants():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table" and len(el.xpath("./tr|./tbody/tr|./thead/tr")) > 1:
            return True
        if tag in _LAYOUT_BLOCKS and el.text_content().strip():
            blocks += 1
    return blocks >= 2 and len(cell.text_content()) > MIN_LAYOUT_CELL_CHARS


MIN_LAYOUT_CELL_CHARS = 80


def _header_rows(rows: list) -> list:
    """The rows of header cells at the top of a table."""
    head = []
    for row in rows:
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not cells or any(c.tag != "th" for c in cells) and row.getparent().tag != "thead":
            break
        head.append(row)
    return head


def _span(cell, attr: str) -> int:
    value = (cell.get(attr) or "1").strip()
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1


def _flat_header(head: list) -> list[str]:
    """Header rows stacked with rowspan/colspan ("Candidate | Party | 2024 result" over "Votes | %")
    as one row: each column takes the text of the lowest header cell above it."""
    grid: dict[tuple[int, int], str] = {}
    for r, row in enumerate(head):
        col = 0
        for cell in (c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")):
            while (r, col) in grid:
                col += 1
            text = _cell_text(cell)
            for dr in range(_span(cell, "rowspan")):
                for dc in range(_span(cell, "colspan")):
                    grid[(r + dr, col + dc)] = text
            col += _span(cell, "colspan")
    width = max((c for _, c in grid), default=-1) + 1
    bottom = len(head) - 1
    return [next((grid[(r, c)] for r in range(bottom, -1, -1) if grid.get((r, c))), "") for c in range(width)]


def _dl_lines(dl) -> list[str]:
    """One line per term: "term | definition" (several definitions joined the same way); a
    term broken over lines is cells too ("OKONJO, Harriet Adaeze<br>Liberal Democrats")."""
    lines: list[list[str]] = []
    for child in dl.xpath("./dt|./dd|./div/dt|./div/dd"):
        text = _cell_text(child, " | ")
        if child.tag == "dt" or not lines:
            lines.append([text])
        else:
            lines[-1].append(text)
    return [" | ".join(t for t in parts if t) + SOFT for parts in lines if any(parts)]


# Typographic quotes and dashes folded to ASCII: JSON-LD headlines are often typed with
# straight quotes while the page's <h1> has curly ones, and both are the same headline.
_TYPOGRAPHY = str.maketrans("‘’‚‛′" "“”„‟″" "–—‐‑", "'" * 5 + '"' * 5 + "-" * 4)


def _fold(text: str) -> str:
    return " ".join(text.translate(_TYPOGRAPHY).casefold().split())


def _starts_with_title(body: str, title: str) -> bool:
    """Whether the story already shows its headline near the top (then it is not prepended).

    >>> _starts_with_title("LIVE · SNP’s Law holds on · Text", "SNP's Law holds on")
    True
    """
    title = _fold(title)
    return title in _fold(body[: len(title) + TITLE_SEARCH_CHARS])
