"""Numbers as articles print them (doctests in extract/numbers.py cover the parsers)."""

from __future__ import annotations

import pytest

from extract.numbers import NUMBER, PERCENT

CASES = [
    ("16,227 votes", ["16,227"], []),
    ("5,74,448 votes", ["5,74,448"], []),
    ("(34.95%)", ["34.95"], ["34.95"]),
    ("a 44.5 per cent share", ["44.5"], ["44.5"]),
    ("maj 789 (1.86%)", ["789", "1.86"], ["1.86"]),
    ("2,230 votes", ["2,230"], []),
    ("Grant 1,056.10", ["1,056.10"], []),      # an STV transfer value is one token, no count of 1,056
    ("from Jean on 01778 560 312", ["560", "312"], []),     # a phone number's code is no count
    ("Run Time 12:58 AM Run Date 11/06/2024 Total 812", ["812"], []),     # a time and a date hold no count
]


@pytest.mark.parametrize("text, numbers, percents", CASES, ids=[c[0] for c in CASES])
def test_number_and_percent(text, numbers, percents):
    assert [m.group("num") for m in NUMBER.finditer(text)] == numbers
    assert [m.group("num") for m in PERCENT.finditer(text)] == percents
