"""Step 1, load: encodings, HTML sniffing and the errors a person sees."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract import load
from extract.errors import BinaryFileError, EmptyFileError, TooLargeError, UnreadableError

SHARED = Path(__file__).resolve().parents[2] / "shared"

# Text with the characters that turn into mojibake when an encoding is guessed wrong.
WESTERN = "Thérèse Coffey – “won” by 1,070 votes; £500 deposit… Siân Berry’s 55.0%\nLine two\n"
LATIN1_ONLY = "Thérèse Coffey won by 1,070 votes; £500 deposit, Siân Berry 55.0%\nLine two\n"

ENCODINGS = [
    ("utf-8", WESTERN),
    ("utf-8-sig", WESTERN),
    ("utf-16", WESTERN),          # Python writes a BOM
    ("utf-16-le", WESTERN),       # no BOM: NUL in every other byte
    ("utf-16-be", WESTERN),
    ("cp1252", WESTERN),
    ("latin-1", LATIN1_ONLY),
]


@pytest.mark.parametrize("encoding,text", ENCODINGS, ids=[e for e, _ in ENCODINGS])
def test_encodings_decode_exactly(tmp_path, encoding, text):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    decoded, is_html = load.decode(load.read_bytes(path), name=str(path))
    assert decoded == text
    assert "â€" not in decoded and "Ã" not in decoded
    assert is_html is False


HTML_CASES = [
    # (bytes, expected substring) — the page's own declaration or its bytes decide
    ('<html><head><meta charset="windows-1252"></head><body><p>Thérèse – “won”</p></body></html>'.encode("cp1252"),
     "Thérèse – “won”"),
    ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
     '<body>Thérèse – £500</body></html>'.encode("cp1252"), "Thérèse – £500"),
    # declared latin-1 but really UTF-8 (common): valid UTF-8 wins, no mojibake
    ('<html><head><meta charset="iso-8859-1"></head><body>Labour’s Siân</body></html>'.encode("utf-8"),
     "Labour’s Siân"),
    # no declaration at all, windows-1252 bytes
    ("<!DOCTYPE html><p>Dr Thérèse Coffey’s 14,602</p>".encode("cp1252"), "Dr Thérèse Coffey’s 14,602"),
]


@pytest.mark.parametrize("data,expected", HTML_CASES, ids=["meta-charset", "http-equiv", "utf8-despite-meta", "undeclared"])
def test_html_encodings(data, expected):
    text, is_html = load.decode(data, name="page.html")
    assert expected in text
    assert is_html


SNIFF = [
    ("page.htm", b"just text", True),
    ("page.HTML", b"just text", True),
    ("story.txt", b"<!DOCTYPE html><html><body>x</body></html>", True),
    ("story.txt", b"\xef\xbb\xbf  <html lang='en'><body>x</body></html>", True),
    ("story.txt", b"<!-- saved from url=(0042)https://example.com -->\n<html><p>x</p></html>", True),
    ("story.txt", b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html><html></html>", True),
    ("story.txt", b"Labour hold. <b>not a page</b>", False),
    ("", b"Majority: 1,175", False),
]


@pytest.mark.parametrize("name,data,expected", SNIFF, ids=[f"{n or 'noname'}:{d[:12]!r}" for n, d, _ in SNIFF])
def test_is_html(name, data, expected):
    assert load.decode(data, name=name)[1] is expected


def test_newlines_normalised_and_controls_stripped():
    data = b"a\r\nb\rc\x0cd\x07e\tf\x1bg\n"
    assert load.decode(data)[0] == "a\nb\nc\nde\tfg\n"


def test_stray_bom_inside_text_removed():
    assert load.decode("one\ufefftwo".encode("utf-8"))[0] == "onetwo"


@pytest.mark.parametrize("body", [LATIN1_ONLY, "Zöe Franklin (Liberal Democrat) – 22,937\u00a0(47.5%)\n"])
def test_a_body_saved_through_the_wrong_encoding_under_a_clean_header_reads_as_written(body):
    """UTF-8 read as windows-1252 upstream, then saved as UTF-8 again: every byte is valid, the words are not."""
    garbled = body.encode("utf-8").decode("cp1252", errors="replace")
    data = ("Guildford result: Zöe Franklin wins\n\n" + garbled).encode("utf-8")
    assert load.decode(data, "a.txt")[0] == "Guildford result: Zöe Franklin wins\n\n" + body


@pytest.mark.parametrize("text", [WESTERN, "Coligação Democrática Unitária – 3,2%; Ãrbæk Ø. Â. Åberg\n", "PORTUGAL: CHEGA 18,1%\n"])
def test_text_that_only_looks_odd_is_left_alone(text):
    assert load.decode(text.encode("utf-8"), "a.txt")[0] == text


def test_cyrillic_legacy_code_page_is_not_read_as_western():
    text, _ = load.decode("Выборы в Государственную думу".encode("cp1251"))
    assert text == "Выборы в Государственную думу"


ERRORS = [
    (b"", EmptyFileError, "empty file"),
    (b"  \n\t\n", EmptyFileError, "empty file (only whitespace)"),
    (b"abc\x00\x01\x02def", BinaryFileError, "binary file (contains NUL bytes), not text"),
    (b"%PDF-1.7\n%\xe2\xe3", BinaryFileError, "binary file (a PDF document), not text"),
    (b"\x89PNG\r\n\x1a\n", BinaryFileError, "binary file (a PNG image), not text"),
    (b"\x1f\x8b\x08\x00", BinaryFileError, "binary file (gzip-compressed; decompress it first), not text"),
]


@pytest.mark.parametrize("data,error,message", ERRORS, ids=[m for _, _, m in ERRORS])
def test_decode_errors(data, error, message):
    with pytest.raises(error) as info:
        load.decode(data, name="x.txt")
    assert str(info.value) == message


def test_too_large_file(tmp_path):
    path = tmp_path / "big.html"
    path.write_bytes(b"x" * 43_200_000)
    with pytest.raises(TooLargeError) as info:
        load.read_bytes(path, max_bytes=10 * 1024 * 1024)
    assert str(info.value) == "file is 41.2 MB, over the 10 MB limit (--max-bytes)"


def test_too_large_bytes():
    with pytest.raises(TooLargeError, match="over the 1 KB limit"):
        load.decode(b"a" * 2048, max_bytes=1024)


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableError) as info:
        load.read_bytes(tmp_path / "nope.txt")
    assert str(info.value) == "cannot read file: no such file"


def test_directory_is_unreadable(tmp_path):
    with pytest.raises(UnreadableError) as info:
        load.read_bytes(tmp_path)
    assert str(info.value) == "cannot read file: it is a directory"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_permission_denied(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Majority: 1,175")
    path.chmod(0)
    try:
        with pytest.raises(UnreadableError) as info:
            load.read_bytes(path)
        assert str(info.value) == "cannot read file: permission denied"
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize("n,expected", [(512, "512 bytes"), (2048, "2 KB"), (10 * 1024 * 1024, "10 MB"),
                                        (43_200_000, "41.2 MB")])
def test_human_size(n, expected):
    assert load.human_size(n) == expected


@pytest.mark.skipif(not (SHARED / "devset" / "html-04.html").exists(), reason="shared devset not present")
def test_devset_windows_1252_page():
    text, is_html = load.decode((SHARED / "devset" / "html-04.html").read_bytes(), "html-04.html")
    assert is_html
    assert "Thérèse Coffey" in text and "Labour’s Jenny Riddell-Carpenter" in text
    assert "â€" not in text


# --- batch-run hardening: every encoding a scrape turns up, read without mojibake ---------

def _page(meta: str, body: str) -> str:
    return f"<html><head>{meta}<title>Result</title></head><body><p>{body}</p></body></html>"


WEST_LINE, LATIN1_LINE = WESTERN.splitlines()[0], LATIN1_ONLY.splitlines()[0]   # a <p> joins lines
MOJIBAKE = ("â€", "Ã©", "Ã¨", "Ã¢", "Â£", "\ufffd")

PAGES = [
    # (id, bytes, text that must come out intact)
    ("utf-16 with BOM, meta utf-16", _page('<meta charset="utf-16">', WEST_LINE).encode("utf-16"), WEST_LINE),
    ("utf-16-le without BOM", _page('<meta charset="utf-16">', WEST_LINE).encode("utf-16-le"), WEST_LINE),
    ("utf-16-be without BOM", _page("", WEST_LINE).encode("utf-16-be"), WEST_LINE),
    ("utf-8 BOM beats a wrong meta", b"\xef\xbb\xbf" + _page('<meta charset="windows-1252">', WEST_LINE).encode(),
     WEST_LINE),
    ("utf-8 without meta", _page("", WEST_LINE).encode(), WEST_LINE),
    ("latin-1 with meta", _page('<meta charset="iso-8859-1">', LATIN1_LINE).encode("latin-1"), LATIN1_LINE),
    ("latin-1 without meta", _page("", LATIN1_LINE).encode("latin-1"), LATIN1_LINE),
    ("windows-1252 declared latin-1", _page('<meta charset="latin1">', WEST_LINE).encode("cp1252"), WEST_LINE),
    ("iso-8859-15 meta is honoured (euro at 0xA4)", _page('<meta charset="iso-8859-15">', "Thérèse €500").encode(
        "iso-8859-15"), "Thérèse €500"),
    ("xml declaration", ('<?xml version="1.0" encoding="windows-1252"?>' + _page("", WEST_LINE)).encode("cp1252"),
     WEST_LINE),
    ("utf-32 with BOM", _page("", WEST_LINE).encode("utf-32"), WEST_LINE),
]


@pytest.mark.parametrize("data,expected", [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_pages_in_any_encoding_reach_the_article_text(data, expected):
    from extract import pipeline
    text = pipeline.article_from_bytes(data, name="page.html").text
    assert expected in text
    assert not any(bad in text for bad in MOJIBAKE)


SHORT_TEXTS = [
    # short windows-1252 texts: too little for detection, so the fallback order must be right
    ("one curly apostrophe", "Siân’s", "cp1252"),
    ("one accent", "The result in Ynys Môn was close", "cp1252"),
    ("en dash", "Majority – 1,070", "cp1252"),
    ("pound sign", "£500 deposit lost", "latin-1"),
]


@pytest.mark.parametrize("text,encoding", [s[1:] for s in SHORT_TEXTS], ids=[s[0] for s in SHORT_TEXTS])
def test_short_legacy_texts_decode_exactly(text, encoding):
    assert load.decode(text.encode(encoding), "a.txt")[0] == text


def test_random_bytes_without_nul_are_binary():
    noise = bytes((7 * i * i + 13 * i + 1) % 255 + 1 for i in range(3000))    # no NUL, ~10% control bytes
    with pytest.raises(BinaryFileError) as info:
        load.decode(noise, name="x.html")
    assert str(info.value) == "binary file (control bytes no text has), not text"


def test_a_few_stray_control_bytes_are_still_text():
    assert load.decode(b"Labour hold\x07\x07 in Bath\n" * 3, "a.txt")[0] == "Labour hold in Bath\n" * 3
