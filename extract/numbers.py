"""Numbers as articles write them: vote counts, percentages, majorities.

Every pattern is linear-time: no nested quantifiers over the same characters.
"""

from __future__ import annotations

import re
from typing import Optional

__all__ = ["NUMBER", "GROUPED_COUNT", "PERCENT", "ORDINAL", "parse_int", "parse_float", "is_year", "WORD_NUMBERS"]

# A whole count alone, as a cell or a row prints it: Indian grouping, Western grouping or bare digits.
GROUPED_COUNT = r"\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+"

# A count as printed: Western grouping (16,227), Indian grouping (5,74,448),
# thin-space grouping (16 227 is not accepted: too easily two numbers), or bare digits.
NUMBER = re.compile(
    r"""
    (?<![\w.,])                  # not inside a longer token or decimal
    (?<!\d[:/])                  # nor the end of a time or a date ("12:58", "11/06/2024")
    (?!0\d)                      # (nor a phone number or code: "01778 560 312")
    (?P<num>
        \d{1,2}(?:,\d\d)+,\d{3}  # Indian grouping: 5,74,448 / 1,52,513
      | \d{1,3}(?:,\d{3})+(?:\.\d{1,6})?   # Western grouping: 16,227 (1,056.10: an STV transfer value, no count)
      | \d{1,12}(?:\.\d{1,6})?    # bare digits, optional decimal: 7312, 44.5 (a longer run is no count)
    )
    (?![\d,]\d|\d|[:/]\d)        # not followed by more digits of the same number, nor a time's or date's rest
    """,
    re.VERBOSE,
)

# A percentage: "44.5%", "44.5 %", "44.5 per cent", "44.5 percent", "44.5pc".
PERCENT = re.compile(
    r"""
    (?<![\w.])
    (?P<num>\d{1,3}(?:\.\d+)?)   # 0-100 with optional decimals
    \s?
    (?:%|per\s?cent\b|percent\b|pc\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# An ordinal as counts and stages are numbered: "the ninth count", "stage 2" is not one, "5th round" is.
CALENDAR_WORDS = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                  r"|August|September|October|November|December")
# A date alone (a page's dateline, a masthead's cell): "Friday 5 July 2024", "Saturday, July 6, 2024".
DATE_ONLY = re.compile(r"\s*(?:(?:" + CALENDAR_WORDS + r"),?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + CALENDAR_WORDS + r")"
                       r"|(?:" + CALENDAR_WORDS + r")\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\s*")
ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))"

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


def parse_int(text: str) -> Optional[int]:
    """Integer value of a printed count, or None when it is not a whole number.

    >>> parse_int("16,227"), parse_int("5,74,448"), parse_int("7312"), parse_int("44.5")
    (16227, 574448, 7312, None)
    """
    text = text.strip()
    if "." in text:
        return None
    digits = text.replace(",", "")
    return int(digits) if digits.isdigit() and len(digits) <= 15 else None


def parse_float(text: str) -> Optional[float]:
    """
    >>> parse_float("44.5"), parse_float("61.55"), parse_float("70"), parse_float("x")
    (44.5, 61.55, 70.0, None)
    """
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def is_year(text: str) -> bool:
    """A bare four-digit number that reads as a year, not a vote count.

    >>> is_year("2019"), is_year("2,019"), is_year("1997"), is_year("7312")
    (True, False, True, False)
    """
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                      "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
_UNDER_100 = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|(?:{_UNIT}))"
_HUNDREDS = rf"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and\s+{_UNDER_100})?|{_UNDER_100})"
# A count in words, up to 999,999: "two hundred and sixty-two", "a hundred and seventy-two", "ninety-eight",
# "one thousand, four hundred and twelve", "four thousand and twelve" (the whole of it, never its tail).
COUNT_IN_WORDS = re.compile(rf"\b(?P<words>(?:(?:a|{_HUNDREDS})\s+thousand(?:,?\s+(?:and\s+)?{_HUNDREDS})?)|{_HUNDREDS})\b", re.I)


def _parse_hundreds(words: str) -> Optional[int]:
    total = 0
    parts = re.split(r"\s+hundred(?:\s+and\s+|$)", words.strip())
    if len(parts) == 2:
        head = parts[0].strip()
        total = 100 * (1 if head == "a" else _UNITS.get(head, 0))
        rest = parts[1]
    else:
        rest = parts[0]
    for piece in re.split(r"[- ]", rest.strip()) if rest.strip() else []:
        if piece in _TENS:
            total += _TENS[piece]
        elif piece in _UNITS:
            total += _UNITS[piece]
        else:
            return None
    return total


def parse_count_words(words: str) -> Optional[int]:
    """
    >>> parse_count_words("two hundred and sixty-two"), parse_count_words("a hundred"), parse_count_words("ninety-eight")
    (262, 100, 98)
    >>> parse_count_words("one thousand, four hundred and twelve"), parse_count_words("four thousand and twelve")
    (1412, 4012)
    >>> parse_count_words("four thousand") is None
    True
    """
    low = " ".join(words.lower().replace(",", " ").split())
    if " thousand" in f" {low}":
        head, _, rest = low.partition("thousand")
        thousands = 1 if head.strip() == "a" else _parse_hundreds(head)
        rest = re.sub(r"^\s*and\s+", "", rest)
        below = _parse_hundreds(rest) if rest.strip() else 0
        if not thousands or not below:
            return None     # ("a gap of four thousand votes": a round figure in words is an approximation)
        return thousands * 1000 + below
    return _parse_hundreds(low) or None
