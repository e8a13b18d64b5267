"""What the matching steps hand to assembly: small facts, each with its evidence span."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

__all__ = ["CandFact", "ContestFact", "SeatFact", "Fact"]


@dataclass
class CandFact:
    """One thing the text says about one candidate."""
    name: str
    start: int                       # evidence span in the article text
    end: int
    contest: Optional[str] = None    # place key the text ties it to (None: the current contest)
    party: Optional[str] = None      # as written
    votes: Optional[int] = None
    share: Optional[float] = None
    elected: bool = False
    strength: int = 1                # rows 3, wire/table lines 3, prose 1
    position: bool = False           # the text gives a finishing place ("came second")
    stood: bool = False              # the text says they stood ("the Green candidate, X", "X, standing for Y")
    full: bool = True                # name is a full name (False: surname only)


@dataclass
class ContestFact:
    """A contest-level figure: majority, turnout, electorate, outcome, winning party."""
    field: str                       # majority | turnout | electorate | winner_party | outcome | gained_from
    value: object
    start: int
    end: int
    contest: Optional[str] = None
    qualifier: Optional[str] = None
    strength: int = 1


@dataclass
class SeatFact:
    kind: str
    party: str                       # canonical
    party_as_written: str
    seats: int
    start: int
    end: int


Fact = Union[CandFact, ContestFact, SeatFact]
