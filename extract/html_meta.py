"""Step 2b for web pages: the headline and publication date a page declares about itself.

Read before anything is stripped (JSON-LD lives in <script>, which the junk step drops),
in the order publishers fill them reliably:

1. JSON-LD     NewsArticle (and kin) ``headline`` / ``datePublished``, @graph and lists flattened
2. <meta>      og:title / twitter:title; article:published_time and the other date names below
3. the page    the first <h1> for the title, the first <time> for the date, <title> last

Dates in ISO form are kept as they are; free-text dates go through dateparser restricted to
English and read day-first, because our pages are British ("05/07/2024" is 5 July), and only
when the text gives day, month and year ("1h ago" is no date: the run's clock is not the page's).
"""

from __future__ import annotations

import html as htmllib
import json
import logging
import re
from datetime import datetime
from typing import Optional

__all__ = ["json_ld", "page_title", "page_published", "iso_date", "hint_selectors"]

log = logging.getLogger(__name__)

# dateparser settings: only English month names (no false hits like "Mai" or "Juli" in a
# byline), and day before month for numeric dates on UK pages.
DATEPARSER_LANGUAGES = ["en"]
# No date is read relative to the run's clock ("1h ago", "today") and none without its year ("5 July"): those
# would be dates the page does not state.
DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
                       "REQUIRE_PARTS": ["day", "month", "year"]}

# A value this long or shorter is a bare date ("2024-07-05"), kept without a clock time.
ISO_DATE_CHARS = 10

_TITLE_SUFFIX_RE = re.compile(
    r"""
    \s+[|–—-]\s+        # " | ", " – ", " — " or " - " after the headline ...
    [^|–—-]{2,40}$      # ... then a short site name to the end of the <title>
    """,
    re.VERBOSE,
)

# schema.org @types whose headline/datePublished are the story's own. WebPage comes last
# (sorted after the others): its name is often the site's, not the story's.
_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                  "liveblogposting", "blogposting", "opinionnewsarticle", "reviewnewsarticle",
                  "backgroundnewsarticle", "report", "webpage")
# <meta> property/name/itemprop values that carry the publication date, most specific first.
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
              "dc.date", "dcterms.created", "date", "article.published")


def _clean_inline(text: str) -> str:
    return " ".join(text.split())


def json_ld(root) -> list[dict]:
    """Article-like JSON-LD objects, @graph and lists flattened, articles before web pages.

    >>> from lxml import html as h
    >>> page = h.fromstring('<html><head><script type="application/ld+json">{"@graph": ['
    ...     '{"@type": "WebPage", "name": "Site"}, {"@type": "NewsArticle", "headline": "Win"}]}'
    ...     '</script></head><body></body></html>')
    >>> [d["@type"] for d in json_ld(page)]
    ['NewsArticle', 'WebPage']
    """
    found = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            log.debug("unreadable JSON-LD block skipped")
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


# Elements whose class or id says they hold the page's date line.
_DATELINE_XPATH = ("//*[contains(@class,'timestamp') or contains(@class,'dateline') or contains(@class,'date')"
                   " or contains(@class,'published') or contains(@id,'timestamp')][not(self::script)]")
# A dateline is short; a longer element with a date in it is a paragraph, not the page's date.
MAX_DATELINE_CHARS = 80
MAX_BYLINE_CHARS = 160      # a byline with its date line: "By Dan Whitfield, Local Democracy Reporter · 04:47, 5 JUL 2024 · Updated ..."
_HAS_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}"
                       r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}", re.I)    # ("5 JUL 2024")


def page_published(root, ld: list[dict]) -> Optional[str]:
    """Publication date as ISO 8601 from JSON-LD, <meta> or <time>, else None."""
    for item in ld:
        if isinstance(item.get("datePublished"), str) and item["datePublished"].strip():
            return iso_date(item["datePublished"])
    value = _meta(root, *_DATE_META)
    if value:
        return iso_date(value)
    for el in root.iter("time"):
        value = el.get("datetime") or el.text_content()
        if value and value.strip():
            return iso_date(value)
    # Last: a dateline element ("<div class="timestamp">Friday 5 July 2024 03:48, UK</div>").
    # Then a line that says so: "<small>Published 18:47, 8 Aug 2025</small>" under the byline.
    return _first_date(root.xpath(_DATELINE_XPATH), MAX_DATELINE_CHARS) or _first_date(root.xpath(_PUBLISHED_LINE_XPATH), MAX_BYLINE_CHARS)


def _first_date(elements, max_chars: int) -> Optional[str]:
    """The first date written in a short element: a dateline is short; a longer one is a paragraph."""
    for el in elements:
        text = el.text_content().strip()
        found = _HAS_DATE.search(text) if len(text) <= max_chars else None
        if found and iso_date(found.group(0)):
            return iso_date(found.group(0))
    return None


_PUBLISHED_LINE_XPATH = ("//*[not(self::script) and not(self::style)][starts-with(normalize-space(text()), 'Published')"
                         " or starts-with(normalize-space(text()), 'Posted') or contains(@class, 'byline') or contains(@class, 'author')]")
# ("<div class="author">By Dan Whitfield<br>04:47, 5 JUL 2024 · Updated 06:12, 5 JUL 2024</div>": the first date is the story's)


def iso_date(value: str) -> Optional[str]:
    """ISO form of a date string; free text is read day-first, in English.

    >>> iso_date("2024-07-05T04:26:00+01:00"), iso_date("2024-07-05")
    ('2024-07-05T04:26:00+01:00', '2024-07-05')
    >>> iso_date("Friday 5 July 2024, 6.15am")
    '2024-07-05'
    """
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed.date().isoformat() if len(value) <= ISO_DATE_CHARS else parsed.isoformat()
    except ValueError:
        pass
    import dateparser   # slow to import; only free-text dates need it
    parsed = dateparser.parse(value, languages=DATEPARSER_LANGUAGES, settings=DATEPARSER_SETTINGS)
    if parsed is None:
        return None
    return parsed.date().isoformat()   # a clock time in free text is too often the update time


def hint_selectors(ld: list[dict]) -> list[str]:
    """CSS selectors JSON-LD names for the (paywalled) story body: they must never be dropped.

    >>> hint_selectors([{"hasPart": {"cssSelector": ".paywalled, .body"}}])
    ['.paywalled', '.body']
    """
    selectors = []
    for item in ld:
        parts = item.get("hasPart") or []
        for part in parts if isinstance(parts, list) else [parts]:
            if isinstance(part, dict) and isinstance(part.get("cssSelector"), str):
                selectors.extend(s.strip() for s in part["cssSelector"].split(","))
    return [s for s in selectors if s]
