"""Step 2 for web pages: a saved HTML page to its story text, title and date.

1. parse     lxml, comments and processing instructions dropped; depth capped by libxml2
2. metadata  title and date from JSON-LD, <meta> and <time>, before scripts go
3. strip     code, media, menus and captions by tag; junk by selector, class word and
             teaser heading (``data/html_junk.json``), never the story container
4. locate    the story container by text density (readability-style scoring) with
             structural hints (itemprop=articleBody, JSON-LD hasPart, <article>)
5. render    blocks as lines; table rows as "cell | cell"; <li> and <dt>/<dd> pairs one per line
6. clean     the rendered text through ``boilerplate.clean_text`` for line-level junk

Why not just take <article>: live blogs hold one <article> per entry, teaser cards are
<article>s too, and the story's <article> often holds share bars and related links.
"""

from __future__ import annotations

import html as htmllib
import json
import logging
import re
import functools
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Optional

from lxml import etree
from lxml import html as lxml_html

from . import boilerplate

__all__ = ["Page", "html_to_article", "page_title", "page_published", "load_junk", "Selectors"]

DATA_PATH = Path(__file__).with_name("data") / "html_junk.json"

log = logging.getLogger(__name__)

# A junk box is only dropped when it holds less than this share of the page's text, so a
# story whose wrapper has an unlucky class name ("comments-enabled") survives.
MAX_JUNK_SHARE = 0.5

# --- scoring numbers (readability's, which the aeb benchmark shows work on news pages) ---
MIN_PARAGRAPH_CHARS = 25        # shorter blocks are labels and buttons, not prose
CLASS_WEIGHT = 25               # bonus/penalty for story-like / junk-like class names
HINT_BONUS = 50                 # itemprop=articleBody or JSON-LD hasPart: the page says where the story is
SIBLING_SHARE = 0.2             # a sibling joins the story if it scores this share of the best
ALTERNATIVE_SHARE = 0.6        # near-best candidates (Readability.js uses 0.75; 0.6 scores best on aeb) ...
MIN_ALTERNATIVES = 3            # ... of which this many under one ancestor promote it
TOP_CANDIDATES = 12             # link density is computed for this many best raw scores only

_TAG_BASE = {"div": 5, "article": 8, "section": 3, "main": 3, "pre": 3, "td": 3, "blockquote": 3,
             "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
             "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5}

BLOCK_TAGS = frozenset("""address article aside blockquote body caption center dd details dialog
    dir div dl dt fieldset figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main
    nav ol p pre section summary table tbody td tfoot th thead tr ul legend""".split())
# Blocks followed by a blank line (paragraph-level); the rest end with a single newline.
PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 table ul ol dl blockquote pre figure section article header".split())

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

_TITLE_SUFFIX_RE = re.compile(
    r"""
    \s+[|–—-]\s+[^|–—-]{2,40}$   # " | Site Name" or " - Site Name" after a <title>
    """,
    re.VERBOSE,
)

_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                  "liveblogposting", "blogposting", "opinionnewsarticle", "reviewnewsarticle",
                  "backgroundnewsarticle", "report", "webpage")
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
              "dc.date", "dcterms.created", "date", "article.published")


@dataclass
class Page:
    """What a web page gives the extractor: the story text plus its headline and date."""
    text: str
    title: Optional[str] = None
    published: Optional[str] = None


def html_to_article(html: str) -> Page:
    """The story of a saved web page as lines of text, with its title and date."""
    root = _parse(html)
    if root is None:
        return Page("")
    # 2. metadata, while the JSON-LD scripts are still there
    ld = _json_ld(root)
    title = page_title(root, ld)
    published = page_published(root, ld)
    hints = _hint_selectors(ld)
    # 3. strip junk
    junk = load_junk()
    protected = junk.protected(root, hints)
    for el in junk.junk_elements(root, protected):
        el.drop_tree()
    # 4. locate the story, then drop the junk boxes inside it, 5. render it
    story = _story_elements(root, protected, junk)
    for el in junk.inner_junk(story, protected):
        el.drop_tree()
    body = _render_all(story)
    text = body if not title or _starts_with_title(body, title) else f"{title}\n\n{body}"
    # 6. line-level junk inside the story
    return Page(boilerplate.clean_text(text), title, published)


def _parse(html: str):
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  huge_tree=True, default_doctype=False)
    try:
        html = _XML_DECL_RE.sub("", html, count=1).replace(SOFT, "").replace(PARA, "")
        return lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:   # empty or whitespace-only document
        log.info("no HTML document to parse: %s", exc)
        return None


# --- 2. metadata ---------------------------------------------------------------------------

def _json_ld(root) -> list[dict]:
    """Article-like JSON-LD objects, @graph and lists flattened, in page order."""
    found = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
                types = item.get("@type", "")
                types = [t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)]
                if any(t in _ARTICLE_TYPES for t in types):
                    found.append(item)
    found.sort(key=lambda d: "webpage" in str(d.get("@type", "")).lower())   # articles before pages
    return found


def _meta(root, *names: str) -> Optional[str]:
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in names and (el.get("content") or "").strip():
            return el.get("content").strip()
    return None


def page_title(root, ld: list[dict]) -> Optional[str]:
    """Headline: JSON-LD headline, og:title, the first <h1>, then <title> without the site name."""
    for item in ld:
        if isinstance(item.get("headline"), str) and item["headline"].strip():
            return _clean_inline(htmllib.unescape(item["headline"]))
    title = _meta(root, "og:title", "twitter:title")
    if title:
        return _clean_inline(title)
    for h1 in root.iter("h1"):
        text = _clean_inline(h1.text_content())
        if text:
            return text
    for el in root.iter("title"):
        text = _clean_inline(el.text_content())
        if text:
            return _TITLE_SUFFIX_RE.sub("", text) or text
    return None


def page_published(root, ld: list[dict]) -> Optional[str]:
    """Publication date as ISO 8601 from JSON-LD, <meta> or <time>, else None."""
    for item in ld:
        if isinstance(item.get("datePublished"), str) and item["datePublished"].strip():
            return _iso_date(item["datePublished"])
    value = _meta(root, *_DATE_META)
    if value:
        return _iso_date(value)
    for el in root.iter("time"):
        value = el.get("datetime") or el.text_content()
        if value and value.strip():
            return _iso_date(value)
    return None


def _iso_date(value: str) -> Optional[str]:
    """ISO form of a date string; free text is read day-first, in English.

    >>> _iso_date("2024-07-05T04:26:00+01:00"), _iso_date("2024-07-05")
    ('2024-07-05T04:26:00+01:00', '2024-07-05')
    >>> _iso_date("Friday 5 July 2024, 6.15am")
    '2024-07-05'
    """
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed.date().isoformat() if len(value) <= 10 else parsed.isoformat()
    except ValueError:
        pass
    import dateparser   # slow to import; only free-text dates need it
    parsed = dateparser.parse(value, languages=["en"], settings={"DATE_ORDER": "DMY"})
    if parsed is None:
        return None
    return parsed.date().isoformat()   # a clock time in free text is too often the update time


def _hint_selectors(ld: list[dict]) -> list[str]:
    """CSS selectors JSON-LD names for the (paywalled) story body: they must never be dropped."""
    selectors = []
    for item in ld:
        parts = item.get("hasPart") or []
        for part in parts if isinstance(parts, list) else [parts]:
            if isinstance(part, dict) and isinstance(part.get("cssSelector"), str):
                selectors.extend(s.strip() for s in part["cssSelector"].split(","))
    return [s for s in selectors if s]


# --- 4. locate -----------------------------------------------------------------------------

def _text_len(el) -> int:
    return len(" ".join(el.text_content().split()))


def _link_density(el) -> float:
    total = _text_len(el)
    if not total:
        return 0.0
    links = sum(len(" ".join(t.split())) for t in el.xpath(".//a//text()"))
    return min(1.0, links / total)


_LOOSE_TEXT_PARENTS = ("div", "section", "article", "main", "blockquote", "font", "center")


def _paragraphs(root):
    """(text, node) pairs for prose: <p>, <pre>, <td>, block-free <div>s, whose score goes to
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


def _story_elements(root, hinted: set, junk: "Junk") -> list:
    """The story container and the siblings that continue it, in page order."""
    body = root.find("body")
    if body is None:
        body = root
    scores: dict = {}
    for text, para, own in _paragraphs(body):
        length = len(" ".join(text.split()))
        if length < MIN_PARAGRAPH_CHARS:
            continue
        score = 1 + text.count(",") + min(length // 100, 3)
        parent = para if own else para.getparent()
        grand = parent.getparent() if parent is not None else None
        for node, share in ((parent, 1.0), (grand, 0.5)):
            if node is None or not isinstance(node.tag, str):
                continue
            if node not in scores:
                scores[node] = _TAG_BASE.get(node.tag, 0) + junk.class_weight(node) * CLASS_WEIGHT \
                    + (HINT_BONUS if node in hinted else 0)
            scores[node] += score * share
    if not scores:
        return [body]
    top = sorted(scores, key=scores.get, reverse=True)[:TOP_CANDIDATES]
    final = {node: scores[node] * (1 - _link_density(node)) for node in top}
    top_node = max(final, key=final.get)
    best = _promote(top_node, final, body)
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = max(10.0, final[top_node] * SIBLING_SHARE)
    chosen = []
    for sib in parent:
        if sib is best:
            chosen.append(sib)
        elif isinstance(sib.tag, str) and _joins_story(sib, scores, final, threshold):
            chosen.append(sib)
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
            and len([c for c in best.getparent() if isinstance(c.tag, str)]) == 1:
        best = best.getparent()   # an only child: its wrapper holds the same story
    return best


def _joins_story(sib, scores: dict, final: dict, threshold: float) -> bool:
    """Readability's rule for a sibling of the best container."""
    score = final.get(sib, scores.get(sib, 0.0))
    if score >= threshold:
        return True
    if sib.tag == "p":
        length = _text_len(sib)
        density = _link_density(sib)
        if length > 80 and density < 0.25:
            return True
        return 0 < length <= 80 and density == 0 and re.search(r"\.( |$)", sib.text_content()) is not None
    return False


# --- 5. render -----------------------------------------------------------------------------

# Break markers while rendering: control characters that load.decode never lets through.
SOFT, PARA = "\x00", "\x01"


def _render_all(elements: list) -> str:
    chunks: list[str] = []
    for el in elements:
        _render(el, chunks)
        chunks.append(PARA)
    return _join(chunks)


def _join(chunks: list[str]) -> str:
    """Chunks and break markers to lines: whitespace runs become one space, breaks newlines."""
    text = _SPACE_RE.sub(" ", "".join(chunks))
    text = _BREAK_RUN_RE.sub(lambda m: "\n\n" if PARA in m.group() else "\n", text)
    return text.strip()


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
            if el is not root and el.tail:
                out.append(el.tail.replace("\n", SOFT) if pre else el.tail)
            continue
        if tag in ("br", "table", "dl"):
            out.append(SOFT)
            if tag != "br":
                out.extend(_table_lines(el) if tag == "table" else _dl_lines(el))
            if el is not root and el.tail:
                out.append(el.tail.replace("\n", SOFT) if pre else el.tail)
            continue
        inner_pre = pre or tag == "pre"
        if tag in BLOCK_TAGS:
            out.append(SOFT)
        if el.text and tag:
            out.append(el.text.replace("\n", SOFT) if inner_pre else el.text)
        stack.append((el, True, pre))
        stack.extend((child, False, inner_pre) for child in reversed(el))


def _clean_inline(text: str) -> str:
    return " ".join(text.split())


def _cell_text(el) -> str:
    parts: list[str] = []
    _render(el, parts)
    return _clean_inline("".join(parts).replace(SOFT, " ").replace(PARA, " "))


def _table_lines(table) -> list[str]:
    """Caption, then one "cell | cell" line per row of this table (header rows too)."""
    lines = []
    for caption in table.findall("caption"):
        lines.append(_cell_text(caption) + SOFT)
    for row in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
        cells = [_cell_text(c) for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if any(cells):
            lines.append(" | ".join(cells) + SOFT)
    return lines


def _dl_lines(dl) -> list[str]:
    """One line per term: "term | definition" (several definitions joined the same way)."""
    lines: list[list[str]] = []
    for child in dl.xpath("./dt|./dd|./div/dt|./div/dd"):
        text = _cell_text(child)
        if child.tag == "dt" or not lines:
            lines.append([text])
        else:
            lines[-1].append(text)
    return [" | ".join(t for t in parts if t) + SOFT for parts in lines if any(parts)]


def _starts_with_title(body: str, title: str) -> bool:
    head = body[: len(title) + 200]
    return title in head


# --- 3. junk rules (data/html_junk.json) ---------------------------------------------------

_SELECTOR_PART_RE = re.compile(
    r"""
    (?P<tag>^[a-zA-Z][\w-]*)                 # a tag name, only first
    | \.(?P<cls>[\w-]+)                       # .class (a whole class token)
    | \#(?P<id>[\w-]+)                        # #id
    | \[(?P<attr>[\w:-]+)                     # [attr ...
      (?:(?P<op>[*^~]?=)                      #   with =, *=, ^= or ~=
      ["']?(?P<val>[^\]"']*)["']?)?\]         #   and an optionally quoted value]
    """,
    re.VERBOSE,
)


class Selectors:
    """A list of compound CSS selectors matched in Python: libxml2's XPath string functions
    cost ~15 ms a page for this many selectors; a regex over class/id values costs ~0.5 ms.

    >>> sel = Selectors(["div.paywall-overlay", "[class*=cookie]", "[role=dialog]"])
    >>> from lxml import html as h
    >>> [e.get("class") for e in sel.find(h.fromstring('<div><div class="paywalled-content">'
    ...  '<p class="x-cookie-bar">c</p></div><div class="paywall-overlay">o</div></div>'))]
    ['x-cookie-bar', 'paywall-overlay']
    """

    def __init__(self, selectors: list[str]):
        self.parsed = [self._parse(s) for s in selectors]
        attrs = sorted({a for _, conds in self.parsed for a, _, _ in conds} - {"class", "id"})
        self.special = tuple(attrs)
        self.tags = tuple(sorted({t for t, conds in self.parsed if t and not conds}))
        values = {v for _, conds in self.parsed for a, _, v in conds if a in ("class", "id") and v}
        self.prefilter = re.compile("|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)) or "(?!)")
        preds = ["@class", "@id"] + [f"@{a}" for a in attrs]
        self.xpath = etree.XPath("//*[" + " or ".join(preds) + "]")

    @staticmethod
    def _parse(selector: str) -> tuple[Optional[str], tuple]:
        tag, conds, pos = None, [], 0
        for m in _SELECTOR_PART_RE.finditer(selector):
            if m.start() != pos:
                break
            pos = m.end()
            if m["tag"]:
                tag = m["tag"].lower()
            elif m["cls"]:
                conds.append(("class", "~=", m["cls"]))
            elif m["id"]:
                conds.append(("id", "=", m["id"]))
            else:
                conds.append((m["attr"], m["op"], m["val"]))
        if pos != len(selector) or not selector:
            raise ValueError(f"unsupported CSS selector: {selector!r}")
        return tag, tuple(conds)

    @staticmethod
    def _matches(el, tag: Optional[str], conds: tuple) -> bool:
        if tag and el.tag != tag:
            return False
        for attr, op, val in conds:
            value = el.get(attr)
            if value is None or (op == "=" and value != val) or (op == "*=" and val not in value) \
                    or (op == "^=" and not value.startswith(val)) or (op == "~=" and val not in value.split()):
                return False
        return True

    def find(self, root) -> list:
        found = [el for el in root.iter(*self.tags)] if self.tags else []
        for el in self.xpath(root):
            names = f"{el.get('class', '')} {el.get('id', '')}"
            if (self.prefilter.search(names) or any(el.get(a) is not None for a in self.special)) and any(
                    self._matches(el, tag, conds) for tag, conds in self.parsed if conds):
                found.append(el)
        return found


def _words_re(words: list[str], boundary: bool) -> re.Pattern:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s_-])(?:{body})(?=$|[\s_-])" if boundary else body)


class Junk:
    """The compiled html_junk.json: XPaths and regexes built once."""

    def __init__(self, data: dict):
        self.drop_tags = tuple(t for entry in data["drop_tags"] for t in entry["tags"])
        sels = [(e["id"], s) for e in data["junk_selectors"] for s in e["selectors"]]
        try:
            self.selectors = Selectors([s for _, s in sels])
            self.protect = list(data["protect_selectors"])
            Selectors(self.protect)
        except ValueError as exc:
            raise ValueError(f"{DATA_PATH.name}: {exc}") from None
        self.word_re = _words_re([w for e in data["junk_words"] for w in e["words"]], boundary=True)
        self.story_word_re = _words_re(data["story_words"], boundary=True)
        teaser = data["teaser_headings"]
        self.teaser_re = re.compile(teaser["pattern"], re.IGNORECASE)
        self.teaser_min_links = float(teaser["min_link_share"])
        self.positive_re = _words_re(data["positive_words"], boundary=False)
        self.negative_re = _words_re(data["negative_words"], boundary=False)

    def protected(self, root, hints: list[str]) -> set:
        """Story containers the page names (itemprop, JSON-LD hasPart...): never dropped."""
        selectors = list(self.protect)
        for sel in hints:
            try:
                Selectors._parse(sel)
                selectors.append(sel)
            except ValueError:
                log.info("JSON-LD names a selector we cannot follow: %r", sel)
        return {el for el in Selectors(selectors).find(root) if el.tag not in ("html", "body")}

    def class_weight(self, el) -> int:
        names = f"{el.get('class', '')} {el.get('id', '')}".lower()
        if names == " ":
            return 0
        return bool(self.positive_re.search(names)) - bool(self.negative_re.search(names))

    def junk_elements(self, root, protected: set) -> list:
        """Outermost elements to drop before scoring: by tag, selector and class word, never the story."""
        keep = _with_ancestors(protected)
        total = max(1, len(root.text_content()))
        tagged = [el for el in root.iter(*self.drop_tags) if el not in keep]
        guarded = [el for el in self.selectors.find(root) if el not in keep and el.tag not in ("html", "body")]
        for el in root.xpath("//*[@class or @id]"):
            names = f"{el.get('class', '')} {el.get('id', '')}".lower()
            if (el not in keep and el.tag not in ("html", "body", "main", "article")
                    and self.word_re.search(names) and not self.story_word_re.search(names)
                    and el.find(".//table") is None):
                guarded.append(el)
        guarded = [el for el in guarded if len(el.text_content()) <= MAX_JUNK_SHARE * total]
        return _outermost(set(tagged) | set(guarded))

    def inner_junk(self, story: list, protected: set) -> list:
        """Boxes inside the chosen story to drop: by class word and by teaser heading.

        Only inside it: wrappers above the story often carry words like "sidebar" in
        "content-with-sidebar", and a story inside must not go with them.
        """
        keep = _with_ancestors(protected)
        found = set()
        for top in story:
            total = max(1, len(top.text_content()))
            for el in top.xpath(".//*[@class or @id]"):
                if (el not in keep and el.tag not in ("main", "article")
                        and self.word_re.search(f"{el.get('class', '')} {el.get('id', '')}".lower())
                        and el.find(".//table") is None
                        and len(el.text_content()) <= MAX_JUNK_SHARE * total):
                    found.add(el)
            found.update(self.teaser_boxes(top))
        return _outermost(found)

    def teaser_boxes(self, root) -> list:
        """Boxes headed "More on this story", "Elsewhere in ..." and the like, mostly links."""
        total = max(1, len(root.text_content()))
        boxes = []
        for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
            text = _clean_inline(heading.text_content())
            if not text or len(text) > 60 or not self.teaser_re.fullmatch(text):
                continue
            box = heading
            while (box.getparent() is not None and box.getparent().tag in ("div", "section", "ul", "ol")
                   and _first_text_child(box.getparent()) is box
                   and len(box.getparent().text_content()) <= MAX_JUNK_SHARE * total):
                box = box.getparent()
            if box is heading:
                nxt = heading.getnext()
                if nxt is not None and nxt.tag in ("ul", "ol", "div") and _link_density(nxt) >= 0.5:
                    boxes += [heading, nxt]
            elif _link_density(box) >= self.teaser_min_links:
                boxes.append(box)
        return boxes


def _with_ancestors(elements) -> set:
    keep = set()
    for el in elements:
        keep.add(el)
        keep.update(el.iterancestors())
    return keep


def _outermost(chosen: set) -> list:
    return [el for el in chosen if not any(a in chosen for a in el.iterancestors())]


def _first_text_child(parent):
    """The first child element, if nothing with text comes before it."""
    if parent.text and parent.text.strip():
        return None
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        if child.text_content().strip():
            return child
    return None


@functools.lru_cache(maxsize=1)
def load_junk() -> Junk:
    """The junk rules, read and compiled once."""
    return Junk(json.loads(DATA_PATH.read_text(encoding="utf-8")))
