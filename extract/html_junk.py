"""Step 2c for web pages: what to remove, from the rules in ``data/html_junk.json``.

1. protect   containers the page names as its story (itemprop=articleBody, JSON-LD hasPart,
             ``protect_selectors``) and their ancestors are never removed
2. page      before the story is located: tags (scripts, media, menus, asides, captions),
             CSS selectors (cookie banners, ads, paywall overlays, footers) and class/id words
             (share, related, comments...) unless the class also names the story
3. story     after it is located: class/id words again, inside it only; boxes headed
             like "More on this story" that are mostly links; lists and boxes of links alone

A box holding a <table> is never removed by class word: results tables sit in wrappers with
unlucky names ("results-widget-share"), and a lost results row costs more than a stray line.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from pathlib import Path
from typing import Optional

from lxml import etree

from .html_content import link_density

__all__ = ["DATA_PATH", "Junk", "Selectors", "load_junk"]

DATA_PATH = Path(__file__).with_name("data") / "html_junk.json"

log = logging.getLogger(__name__)

# A junk box is only dropped when it holds at most this share of the page's text, so a
# story whose wrapper has an unlucky class name ("comments-enabled") survives.
MAX_JUNK_SHARE = 0.5
MAX_COUNT_LINE_CHARS = 200      # a result line under a junk-like class is kept up to this length

# A teaser heading is a short label ("More on this story"); a longer heading is a story's own.
MAX_TEASER_HEADING_CHARS = 60

# A bare heading (no wrapper of its own) takes the list after it along only when at least
# half of that list's text is links: a results list under "Results" has no links.
MIN_TEASER_LIST_LINK_SHARE = 0.5

# A list or box inside the story whose text is at least this share links is a carousel, a
# teaser list or a "more videos" strip. Results lists whose names and parties link to profiles
# stay under ~0.65 (their figures are plain text); 0.5-0.9 all score within 0.001 F1 on aeb,
# so the high end is taken.
MIN_LINK_BOX_SHARE = 0.8
# The boxes checked for link share (<p> and <span> would gain ~0.001 F1 but can be a single
# linked sentence of the story).
LINK_BOX_TAGS = ("ul", "ol", "div", "section")

# Never removed, whatever their class says: the document itself.
_DOCUMENT_TAGS = ("html", "body")
# Not removed by class word: the page's own story landmarks ("main-with-sidebar").
_LANDMARK_TAGS = ("main", "article")

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


_TABLE_PARTS = frozenset({"tbody", "tr", "td", "th"})


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
        self.parsed = [self.parse(s) for s in selectors]
        attrs = sorted({a for _, conds in self.parsed for a, _, _ in conds} - {"class", "id"})
        self.special = tuple(attrs)
        self.tags = tuple(sorted({t for t, conds in self.parsed if t and not conds}))
        values = {v for _, conds in self.parsed for a, _, v in conds if a in ("class", "id") and v}
        self.prefilter = re.compile("|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)) or "(?!)")
        preds = ["@class", "@id"] + [f"@{a}" for a in attrs]
        self.xpath = etree.XPath("//*[" + " or ".join(preds) + "]")
        # Each selector with what an element must have for it to match at all: a class/id value
        # (a substring of "class id") or an attribute; checking that first skips most _matches calls.
        self._keyed = []
        for tag, conds in self.parsed:
            if conds:
                value = next((v for a, _, v in conds if a in ("class", "id") and v), None)
                self._keyed.append((value, None if value else conds[0][0], tag, conds))

    def __len__(self) -> int:
        return len(self.parsed)

    @staticmethod
    def parse(selector: str) -> tuple[Optional[str], tuple]:
        """(tag, ((attr, op, value), ...)) for one compound selector; ValueError if unsupported.

        >>> Selectors.parse("div.share#top")
        ('div', (('class', '~=', 'share'), ('id', '=', 'top')))
        """
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

    def hit(self, el, names: str) -> bool:
        """Whether an attribute selector matches ``el``, whose "class id" string is ``names``."""
        if not (self.prefilter.search(names) or any(el.get(a) is not None for a in self.special)):
            return False
        for value, attr, tag, conds in self._keyed:
            if (value is None or value in names) and (attr is None or el.get(attr) is not None) \
                    and self._matches(el, tag, conds):
                return True
        return False

    def find(self, root) -> list:
        found = [el for el in root.iter(*self.tags)] if self.tags else []
        found += [el for el in self.xpath(root) if self.hit(el, f"{el.get('class', '')} {el.get('id', '')}")]
        return found


# A bare figure ("41.2%", "17,665", "(38.9%)"): a results cell whose class happens to be "share"
# or "votes", not a share button; class words never drop one.
_FIGURE_TEXT = re.compile(r"\s*(?:(?:vote\s+)?share|votes?|change|majority|turnout)?\s*:?\s*\(?\s*[+\-−]?[\d.,]+\s*%?\s*\)?\s*", re.I)   # ("Vote share 45.7%")


def _results_cell(el) -> bool:
    return el.tag in ("td", "th", "tr") or bool(_FIGURE_TEXT.fullmatch(el.text_content() or ""))


def _words_re(words: list[str], boundary: bool) -> re.Pattern:
    """One regex for a word list; with ``boundary`` a word must be a whole dash/underscore part."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s_-])(?:{body})(?=$|[\s_-])" if boundary else body)


def _names(el) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


def _quoted_by_story(el) -> bool:
    """An embedded post the story leads into ("The result was confirmed on social media by the returning
    officer's team:"): the story quotes it, as it would a speech."""
    prev = el.getprevious()
    return el.tag == "blockquote" and prev is not None and prev.tag == "p" and (prev.text_content() or "").rstrip().endswith(":")


class Junk:
    """The compiled html_junk.json: XPaths and regexes built once."""

    def __init__(self, data: dict):
        self.drop_tags = tuple(t for entry in data["drop_tags"] for t in entry["tags"])
        self.result_caption_re = re.compile(data["result_caption"]["pattern"], re.IGNORECASE)
        sels = [(e["id"], s) for e in data["junk_selectors"] for s in e["selectors"]]
        try:
            self.selectors = Selectors([s for _, s in sels])
            self.protect = Selectors(list(data["protect_selectors"]))
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
        followed = []
        for sel in hints:
            try:
                Selectors.parse(sel)
                followed.append(sel)
            except ValueError:
                log.info("JSON-LD names a selector we cannot follow: %r", sel)
        found = self.protect.find(root) + (Selectors(followed).find(root) if followed else [])
        return {el for el in found if el.tag not in _DOCUMENT_TAGS}

    def class_weight(self, el) -> int:
        """+1 for a story-like class/id, -1 for a junk-like one, 0 for both or neither."""
        names = _names(el)
        if names == " ":
            return 0
        return bool(self.positive_re.search(names)) - bool(self.negative_re.search(names))

    def junk_elements(self, root, protected: set) -> list:
        """Outermost elements to drop before scoring: by tag, selector and class word, never the story."""
        keep = _with_ancestors(protected)
        total = max(1, len(root.text_content()))
        tagged = [el for el in root.iter(*self.drop_tags) if el not in keep
                  and not (el.tag == "figcaption" and self.result_caption_re.search(el.text_content() or ""))]
        guarded = [el for el in root.iter(*self.selectors.tags) if not self.states_a_count(el)] if self.selectors.tags else []
        for el in self.selectors.xpath(root):    # one pass for selectors and class words
            if el in keep or el.tag in _DOCUMENT_TAGS or el.tag in _TABLE_PARTS:
                continue        # (rows folded behind "Show all candidates" are the table's own)
            names = f"{el.get('class', '')} {el.get('id', '')}"
            if self.selectors.hit(el, names):
                if not self.states_a_count(el) and not _quoted_by_story(el):    # (a result card's own footer: "Majority: 179 · Turnout: 54.5%")
                    guarded.append(el)
                continue
            names = names.lower()
            if (names != " " and el.tag not in _LANDMARK_TAGS
                    and self.word_re.search(names) and not self.story_word_re.search(names)
                    and el.find(".//table") is None and not _results_cell(el) and not self.states_a_count(el)):
                guarded.append(el)
        guarded = [el for el in guarded if el not in keep and el.tag not in _DOCUMENT_TAGS
                   and len(el.text_content()) <= MAX_JUNK_SHARE * total]
        return _outermost(set(tagged) | set(guarded))

    def states_a_count(self, el) -> bool:
        """A short line that links nowhere and gives the count ('Turnout: 65.8% · LAB GAIN'): the story's."""
        text = el.text_content() or ""
        return len(text) <= MAX_COUNT_LINE_CHARS and el.find(".//a") is None and self.result_caption_re.search(text) is not None

    def result_captions(self, root) -> list:
        """Figure captions still on the page that state a count: the story's own, even when the
        figure sits outside the story's text block."""
        return [el for el in root.iter("figcaption") if self.result_caption_re.search(el.text_content() or "")]

    def inner_junk(self, story: list, protected: set) -> list:
        """Boxes inside the chosen story to drop: by class word, teaser heading and link share.

        Only inside it: wrappers above the story often carry words like "sidebar" in
        "content-with-sidebar", and a story inside must not go with them.
        """
        keep = _with_ancestors(protected)
        found = set()
        for top in story:
            total = max(1, len(top.text_content()))
            for el in top.xpath(".//*[@class or @id]"):
                if (el not in keep and el.tag not in _LANDMARK_TAGS
                        and self.word_re.search(_names(el)) and not self.story_word_re.search(_names(el))
                        and el.find(".//table") is None and not _results_cell(el) and not self.states_a_count(el)
                        and len(el.text_content()) <= MAX_JUNK_SHARE * total):
                    found.add(el)
            found.update(self.teaser_boxes(top))
            found.update(link_boxes(top, keep))
        return _outermost(found)

    def teaser_boxes(self, root) -> list:
        """Boxes headed "More on this story", "Elsewhere in ..." and the like, mostly links."""
        total = max(1, len(root.text_content()))
        boxes = []
        for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
            text = " ".join(heading.text_content().split())
            if not text or len(text) > MAX_TEASER_HEADING_CHARS or not self.teaser_re.fullmatch(text):
                continue
            box = heading
            while (box.getparent() is not None and box.getparent().tag in ("div", "section", "ul", "ol")
                   and _first_text_child(box.getparent()) is box
                   and len(box.getparent().text_content()) <= MAX_JUNK_SHARE * total):
                box = box.getparent()
            if box is heading:
                nxt = heading.getnext()
                if nxt is not None and nxt.tag in ("ul", "ol", "div") \
                        and link_density(nxt) >= MIN_TEASER_LIST_LINK_SHARE:
                    boxes += [heading, nxt]
            elif link_density(box) >= self.teaser_min_links:
                boxes.append(box)
        return boxes


def link_boxes(top, keep: set) -> list:
    """Lists and boxes inside ``top`` that are mostly link text (never one holding a table).

    >>> from lxml import html as h
    >>> story = h.fromstring('<div><p>Jane Doe won with 12,345 votes, a majority of 2,000.</p>'
    ...     '<ul><li><a href="/a">Othertown: John Roe wins with 9,876</a></li></ul>'
    ...     '<ul><li><a href="/jd">Jane Doe</a> (Green) 12,345</li></ul></div>')
    >>> [b.text_content() for b in link_boxes(story, set())]
    ['Othertown: John Roe wins with 9,876']
    """
    total = max(1, len(top.text_content()))
    return [el for el in top.iter(*LINK_BOX_TAGS)
            if el is not top and el not in keep and el.find(".//table") is None
            and len(el.text_content()) <= MAX_JUNK_SHARE * total
            and link_density(el) >= MIN_LINK_BOX_SHARE]


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
