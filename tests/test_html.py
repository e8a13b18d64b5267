"""Step 2 for web pages: story found, junk gone, tables and lists rendered as lines."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from extract import html, html_meta, load
from extract.html import html_to_article

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEVSET = SHARED / "devset"
HTML_PAGES = sorted(DEVSET.glob("html-*.html")) if DEVSET.is_dir() else []

# Figures that appear only in teasers, sidebars, comments, tweets or overlays (from each
# label's notes): they belong to other contests and must not reach the extractor.
TRAPS = {
    "html-01": ["19,561", "11,881", "3,572", "184 partners", "13 months"],
    "html-02": ["19,880", "15,671", "17,232", "14,950", "5,466", "3,000", "40% tops"],
    "html-03": ["15,201", "7,127", "1,203 shares", "£49.99", "Subscribe to continue reading"],
    "html-04": ["1,452", "20,467", "7,403", "Elsewhere in Suffolk"],
    "html-05": ["Older updates", "Election night podcast"],
    "html-06": ["23,067", "4,748", "41.4%", "pic.x.com", "Around 200 party workers", "15 hours"],
    "html-07": ["18,212", "8,102", "More from Marches Daily"],
    "html-08": ["22 forms", "Meet all 7"],
}


def rendered(path: Path):
    text, is_html = load.decode(path.read_bytes(), name=path.name)
    assert is_html
    return html_to_article(text)


@pytest.mark.skipif(not HTML_PAGES, reason="shared devset not present")
@pytest.mark.parametrize("path", HTML_PAGES, ids=lambda p: p.stem)
def test_devset_page_keeps_story_and_drops_traps(path):
    page = rendered(path)
    label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    for contest in label["contests"]:
        for cand in contest["candidates"]:
            name = cand["name"]
            assert name in page.text or name.split()[-1] in page.text, name
            if cand.get("votes") is not None:
                votes = cand["votes"]
                assert f"{votes:,}" in page.text or str(votes) in page.text, votes
    for trap in TRAPS[path.stem]:
        assert trap not in page.text, trap
    assert page.title and page.published and page.published.startswith("2024-")


def devset_page(stem: str):
    path = DEVSET / f"{stem}.html"
    if not path.exists():
        pytest.skip("shared devset not present")
    return rendered(path)


def test_table_rows_render_as_cells():
    lines = devset_page("html-01").text.split("\n")
    assert "Candidate | Party | Votes | Share % | Change" in lines
    assert "James Naish | Labour | 25,291 | 43.8 | +8.8" in lines
    assert "Rushcliffe – General Election, 4 July 2024" in lines


def test_definition_lists_render_one_pair_per_line():
    lines = devset_page("html-07").text.split("\n")
    assert "Matthew Green (Liberal Democrat) | 16,004 (31.0%)" in lines
    assert "Helen Morgan ✓ elected | Liberal Democrat | 26,214 | 52.9" in lines


def test_list_items_and_br_lines():
    assert "Leigh Ingham (Labour) – 18,531" in devset_page("html-02").text.split("\n")
    assert "Kevin Foster, Conservative, 13,588" in devset_page("html-03").text.split("\n")


def test_paywalled_story_container_is_kept():
    text = devset_page("html-03").text
    assert "Mr Darling was elected with a majority of 5,349." in text
    assert "You've reached your limit" not in text


def test_live_blog_keeps_every_entry_with_its_time():
    text = devset_page("html-05").text
    for stamp in ("02:52 BST", "01:44 BST", "23:58 BST", "22:00 BST", "21:30 BST"):
        assert stamp in text
    assert "Labour: 410" in text and "Labour majority: 3,479" in text


def test_title_and_date():
    page = devset_page("html-04")
    assert page.title == "Thérèse Coffey loses Suffolk Coastal to Labour’s Jenny Riddell-Carpenter"
    assert page.published == "2024-07-05T06:15:00+01:00"
    assert page.text.startswith(page.title)


SMALL_PAGES = [
    # (html, must be in text, must not be in text)
    ("<html><body><nav>Home | News</nav><article><h1>Seat result</h1><p>Jane Doe won with 12,345 votes, "
     "a majority of 2,000, on a turnout of 61.2%.</p></article><section class='teaser'><h2>More results"
     "</h2><ul><li><a href='/x'>Othertown: John Roe wins with 9,876 votes</a></li></ul></section></body></html>",
     ["Jane Doe won with 12,345 votes"], ["9,876", "Home | News"]),
    ("<html><body><div class='article-body'><p>First paragraph of the story, with 4,321 votes counted.</p>"
     "<aside><h3>Elsewhere</h3><p>Other seat 7,654</p></aside><figure><img src='a.jpg'><figcaption>"
     "Photo at 3am, age 55</figcaption></figure><p>Second paragraph, and the count ended at dawn.</p>"
     "</div><footer>© 2024 Courier</footer></body></html>",
     ["4,321 votes", "Second paragraph"], ["7,654", "age 55", "© 2024"]),
    ("<html><body><main><p>Result:<br>Ann Bee (Green) 1,234<br>Cy Dee (Labour) 987</p></main></body></html>",
     ["Ann Bee (Green) 1,234\nCy Dee (Labour) 987"], []),
    ("<html><body><article><p>Story text about the declaration and the 5,555 votes the winner took.</p>"
     "<blockquote class='twitter-tweet'><p>RESULT: winner on 5,556 #GE2024</p></blockquote>"
     "<div class='share-bar'><a>Share on Facebook</a><span>99 shares</span></div></article></body></html>",
     ["5,555 votes"], ["5,556", "99 shares", "Share on Facebook"]),
]


@pytest.mark.parametrize("page,present,absent", SMALL_PAGES, ids=["teaser-outside-article", "aside-caption-footer",
                                                                  "br-lines", "tweet-and-share-bar"])
def test_small_pages(page, present, absent):
    text = html_to_article(page).text
    for snippet in present:
        assert snippet in text
    for snippet in absent:
        assert snippet not in text


MALFORMED = [
    ("", ""),
    ("   \n ", ""),
    ("<p>unclosed <b>bold <i>italic <p>Jane Doe (Labour) 12,345", "Jane Doe (Labour) 12,345"),
    ("<?xml version='1.0' encoding='utf-8'?><html><body><p>Turnout was 61.2% in the seat overall.</p></body></html>",
     "Turnout was 61.2%"),
    ("<html><body><div class='" + "x" * 5_000_000 + "'><p>Majority of 1,175 after a long count.</p></div></body></html>",
     "Majority of 1,175"),
    ("<table><tr><td>a<td>b<tr><td>1,234<td>5.6</table>", "1,234 | 5.6"),
    ("<html><body>" + "<div>" * 10_000 + "deep 1,234 votes" + "</div>" * 10_000 + "</body></html>", None),
    ("<html><body>" + "<span>" * 10_000 + "x" + "</span>" * 10_000 + "</body></html>", None),
    ("<<<>>></p></div><div><script>alert(1)</script>text after garbage, 4,321 votes here", "4,321 votes"),
]


@pytest.mark.parametrize("page,expected", MALFORMED, ids=["empty", "whitespace", "unclosed", "xml-declaration",
                                                          "huge-attribute", "implied-tags", "deep-divs",
                                                          "deep-spans", "garbage"])
def test_malformed_html_does_not_crash_or_hang(page, expected):
    start = time.perf_counter()
    result = html_to_article(page)
    assert time.perf_counter() - start < 5
    assert isinstance(result.text, str)
    if expected is not None:
        assert expected in result.text


@pytest.mark.parametrize("value,expected", [
    ("2024-07-05T04:26:00+01:00", "2024-07-05T04:26:00+01:00"),
    ("2024-07-05T03:26:00Z", "2024-07-05T03:26:00+00:00"),
    ("2024-07-05", "2024-07-05"),
    ("5 July 2024", "2024-07-05"),
    ("05/07/2024", "2024-07-05"),          # day first
    ("Friday 5 July 2024, 6.15am", "2024-07-05"),
    ("not a date", None),
])
def test_iso_dates(value, expected):
    assert html_meta.iso_date(value) == expected


def test_published_from_time_text_when_no_metadata():
    page = html_to_article("<html><body><article><time>4 July 2024</time><p>Polls closed at 10pm and "
                           "counting began straight away in the sports hall.</p></article></body></html>")
    assert page.published == "2024-07-04"


def test_selectors_in_data_are_supported():
    junk = html.load_junk()
    assert junk.selectors.parsed and junk.protect
    with pytest.raises(ValueError):
        html.Selectors(["div > p"])
