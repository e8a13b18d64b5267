"""Step 1, load: a file's bytes to text, refusing what is not an article.

``read_bytes`` does the I/O and size check; ``decode`` picks the encoding, tells HTML
from plain text and normalises newlines. Every refusal is one of the named errors in
``errors.py`` whose message a person can act on.

Encoding order, chosen so that text valid in its encoding never turns into mojibake:
byte-order mark; then UTF-8 if the bytes are valid UTF-8 (the chance that windows-1252
text with accents or curly quotes is also valid UTF-8 is negligible, while pages that
declare latin-1 but are UTF-8 are common); then, for HTML, the declared ``<meta charset>``;
then windows-1252 for Latin-script text; then charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from .errors import BinaryFileError, DecodeError, EmptyFileError, TooLargeError, UnreadableError
from .settings import BINARY_CONTROL_SHARE, MAX_BYTES

__all__ = ["read_bytes", "decode", "human_size", "is_html_name"]

log = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

# Bytes examined for a <meta charset>: the HTML spec asks browsers to look in the first 1024,
# but saved pages often carry long <head>s of inline CSS/JS before it.
META_SCAN_BYTES = 32 * 1024

# Share of non-ASCII characters among letters above which a strict windows-1252 decode is
# doubted: English text with accents and curly quotes stays far below it, while Cyrillic or
# Greek in a legacy single-byte code page is mostly high bytes.
NON_ASCII_DOUBT_SHARE = 0.3

# Byte-order marks, longest first (UTF-32-LE's mark starts with UTF-16-LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Bytes examined for the control bytes that mark a binary file (settings.BINARY_CONTROL_SHARE).
BINARY_SAMPLE_BYTES = 8192
# A binary verdict also needs at least this many: a short note with a stray bell or two is text.
BINARY_MIN_CONTROL_BYTES = 16

# Every byte except the C0 controls text never has: all but tab, LF, VT, FF, CR and ESC.
_TEXT_BYTES = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\x0b\x0c\r\x1b")

# Leading bytes of formats people save by mistake next to articles.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip-compressed; decompress it first"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)

_META_CHARSET_RE = re.compile(
    rb"""
    <meta\b[^>]*?                 # a <meta ...> tag, attributes in any order
    charset\s*=\s*                # charset= (also inside http-equiv content="...; charset=...")
    ["']?\s*                      # optional quote
    (?P<enc>[A-Za-z0-9._:-]+)     # the encoding label
    """,
    re.IGNORECASE | re.VERBOSE,
)

_XML_DECL_RE = re.compile(
    rb"""
    ^\s*<\?xml\b[^>]*?            # an XML declaration at the very start
    encoding\s*=\s*["']           # encoding="
    (?P<enc>[A-Za-z0-9._:-]+)     # the label
    """,
    re.IGNORECASE | re.VERBOSE,
)

_HTML_SNIFF_RE = re.compile(
    r"""
    \A\s*                         # leading whitespace
    (?:<\?xml[^>]*>\s*)?          # an optional XML declaration (XHTML)
    (?:<!--.*?-->\s*)*            # optional comments, e.g. "saved from url="
    <(?:!doctype\s+html|html\b)   # <!DOCTYPE html ...> or <html ...>
    """,
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)

_NEWLINES_RE = re.compile(
    r"""
    \r\n?                         # Windows CRLF and old Mac CR
    | [\x0b\x0c\x1c-\x1e\x85\u2028\u2029]   # other breaks str.splitlines() honours
    """,
    re.VERBOSE,
)

_CONTROL_RE = re.compile(
    r"""
    [\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]   # C0/C1 controls except tab, newline and the breaks above
    | \ufeff                                  # stray byte-order marks inside the text
    """,
    re.VERBOSE,
)

# Labels browsers treat as windows-1252 (WHATWG encoding spec): its printable 0x80-0x9F
# range holds the curly quotes and dashes that latin-1 would turn into controls.
# ISO-8859-15 is not one of them: its 0xA4 is the euro sign, where windows-1252 has "¤".
_DECLARED_AS_CP1252 = {"latin_1", "iso8859_1", "ascii", "cp1252"}
# Detection guesses read as windows-1252: for the English text we read, a guess of
# ISO-8859-15 is nearly always windows-1252 with curly quotes in 0x80-0x9F.
_AS_CP1252 = _DECLARED_AS_CP1252 | {"iso8859_15"}


def human_size(n: int) -> str:
    """A byte count the way people say it.

    >>> human_size(43_200_000)
    '41.2 MB'
    >>> human_size(10 * 1024 * 1024)
    '10 MB'
    >>> human_size(512)
    '512 bytes'
    """
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def _too_large(size: int, max_bytes: int) -> TooLargeError:
    return TooLargeError(f"file is {human_size(size)}, over the {human_size(max_bytes)} limit (--max-bytes)")


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, or a named error saying why it cannot be read."""
    path = Path(path)
    try:
        if path.is_dir():
            raise UnreadableError("cannot read file: it is a directory")
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(size, max_bytes)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)   # +1: a file that grew (or a pipe) is caught too
    except FileNotFoundError:
        raise UnreadableError("cannot read file: no such file") from None
    except PermissionError:
        raise UnreadableError("cannot read file: permission denied") from None
    except IsADirectoryError:
        raise UnreadableError("cannot read file: it is a directory") from None
    except OSError as exc:
        raise UnreadableError(f"cannot read file: {(exc.strerror or str(exc)).lower()}") from None
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    return data


def is_html_name(name: str) -> bool:
    """HTML by file name, before any sniffing.

    >>> is_html_name("a/b/Page.HTM"), is_html_name("story.txt")
    (True, False)
    """
    return name.lower().endswith(HTML_SUFFIXES)


def decode(data: bytes, name: str = "", max_bytes: int = MAX_BYTES) -> tuple[str, bool]:
    """(text, is_html) for a file's bytes; raises the named errors for non-articles.

    >>> decode("Thérèse – 1,070\\r\\n".encode("cp1252"), "a.txt")
    ('Thérèse – 1,070\\n', False)
    >>> decode(b"<!DOCTYPE html><p>x</p>")[1]
    True
    """
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    if not data.strip():
        raise EmptyFileError("empty file" if not data else "empty file (only whitespace)")
    text = _to_str(data, sniff_html=is_html_name(name) or _looks_like_html_bytes(data))
    text = _CONTROL_RE.sub("", _NEWLINES_RE.sub("\n", unmojibake(text)))
    if not text.strip():
        raise EmptyFileError("empty file (no text after removing control characters)")
    is_html = is_html_name(name) or bool(_HTML_SNIFF_RE.match(text[:4096]))
    return text, is_html


# What UTF-8 read as windows-1252 or latin-1 leaves behind: "ZÃ¶e", "â€“", "22,937Â votes". Only text holding one pays
# for ftfy's closer look.
_MOJIBAKE_HINT = re.compile("[ÃÂ][\x80-\xbf\u0152-\u2122 ]|â€|Å[\x80-\xbf]")


def unmojibake(text: str) -> str:
    """A page saved through a wrong encoding somewhere upstream (often only its body, under a clean header): its
    mojibake read back as the characters it was, by ftfy (which leaves text that only looks odd alone).

    >>> unmojibake("ZÃ¶e Franklin (Liberal Democrat) â€“ 22,937")
    'Zöe Franklin (Liberal Democrat) – 22,937'
    """
    if not _MOJIBAKE_HINT.search(text):
        return text
    import ftfy     # lazy: most articles never need it
    return ftfy.fix_encoding(text)


def _looks_like_html_bytes(data: bytes) -> bool:
    head = data[:4096].lstrip()
    for bom, _ in _BOMS:
        head = head.removeprefix(bom)
    return bool(_HTML_SNIFF_RE.match(head.decode("latin-1")))


def _to_str(data: bytes, sniff_html: bool) -> str:
    """Pick the encoding (see module docstring for the order) and decode."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                log.info("byte-order mark says %s but the bytes disagree; decoding leniently", enc)
                return data[len(bom):].decode(enc, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    _refuse_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if sniff_html:
        declared = _declared_encoding(data)
        if declared:
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                log.info("page declares %s but is not valid %s; detecting instead", declared, declared)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _mostly_non_ascii(text):
        return text
    guessed = _detect(data)
    if guessed is not None:
        return guessed
    if text is not None:
        return text
    return _cp1252_lenient(data)   # cannot fail: see _latin1_fallback


def _cp1252_lenient(data: bytes) -> str:
    """windows-1252 where defined, latin-1 for its five undefined bytes (as browsers do)."""
    return data.decode("cp1252", errors="latin1_fallback")


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start:err.end].decode("latin-1"), err.end


codecs.register_error("latin1_fallback", _latin1_fallback)


def _mostly_non_ascii(text: str) -> bool:
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return False
    high = sum(1 for ch in text if ord(ch) > 127 and ch.isalpha())
    return high / letters > NON_ASCII_DOUBT_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: NULs in every other byte of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, low, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # ASCII-range text: the high byte of each code unit is NUL, the low byte is not.
        if high.count(0) > 0.6 * len(high) and low.count(0) < 0.05 * len(low):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryFileError(f"binary file ({what}), not text")
    if b"\x00" in data:
        raise BinaryFileError("binary file (contains NUL bytes), not text")
    sample = data[:BINARY_SAMPLE_BYTES]
    if len(sample.translate(None, _TEXT_BYTES)) > max(BINARY_CONTROL_SHARE * len(sample), BINARY_MIN_CONTROL_BYTES):
        raise BinaryFileError("binary file (control bytes no text has), not text")


def _declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares (XML declaration or <meta>), as a Python codec name."""
    head = data[:META_SCAN_BYTES]
    match = _XML_DECL_RE.match(head) or _META_CHARSET_RE.search(head)
    if not match:
        return None
    label = match.group("enc").decode("ascii", "ignore")
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        log.info("unknown charset %r declared; detecting instead", label)
        return None
    if name.startswith(("utf_16", "utf_32")):
        return None   # without a BOM this declaration is wrong by definition (bytes would be NUL-laden)
    return "cp1252" if name in _DECLARED_AS_CP1252 else name


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best guess, or None when it has none."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:   # optional at run time; windows-1252 is then the fallback
        return None
    best = from_bytes(data).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    if name in _AS_CP1252:
        return _cp1252_lenient(data)
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"cannot decode text: looks like {best.encoding} but is not valid ({exc})") from None
