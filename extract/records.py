"""The record contract: one ``ArticleResult`` per article, written as one JSONL line.

Every figure carries ``evidence``: verbatim snippets of the article text the
extractor saw (``election-extract text``), with ``evidence_spans`` giving each
snippet's ``[start, end)`` character offsets in that text. A figure without a
snippet is never output; an unknown field is ``null``.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Candidate", "Contest", "SeatCount", "ArticleResult", "SCHEMA_MODELS"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Candidate(_Record):
    name: str = Field(description="Full name as the text gives it at its fullest, without honorifics (Sir, Dame, Ms, Dr, Cllr...).")
    party: Optional[str] = Field(None, description="Canonical party name (for UK parties the Commons Library 'Party name'); a party outside the gazetteer is kept as written.")
    party_as_written: Optional[str] = Field(None, description="The party label exactly as the article writes it for this candidate.")
    votes: Optional[int] = Field(None, ge=0, description="Votes (first preferences where the count has several stages), as stated.")
    share: Optional[float] = Field(None, ge=0, le=100, description="Vote share in percent (44.5, not 0.445), as stated.")
    elected: Optional[bool] = Field(None, description="True only when the text says this candidate won, held, gained or was elected; otherwise null.")
    evidence: list[str] = Field(default_factory=list, description="Verbatim snippets of the article text that state this candidate's figures.")
    evidence_spans: list[tuple[int, int]] = Field(default_factory=list, description="[start, end) offsets of each evidence snippet in the extracted article text.")


class Contest(_Record):
    constituency: Optional[str] = Field(None, description="Seat, ward, riding, division or area as named in the text; null when never named.")
    election: Optional[str] = Field(None, description="The election as the text names it, e.g. '2024 general election', when stated.")
    candidates: list[Candidate] = Field(default_factory=list, description="Highest vote first when every candidate has votes (else every one a share); otherwise in the order the text gives them.")
    majority: Optional[int] = Field(None, ge=0, description="Winning majority in votes, as stated (never computed).")
    majority_qualifier: Optional[str] = Field(None, description="Hedge attached to the majority in the text: 'more than', 'almost', 'around', 'over', 'nearly'...")
    turnout: Optional[float] = Field(None, ge=0, le=100, description="Turnout in percent, as stated.")
    electorate: Optional[int] = Field(None, ge=0, description="Registered electors, as stated.")
    outcome: Optional[Literal["hold", "gain"]] = Field(None, description="'hold' or 'gain' when the text says so.")
    gained_from: Optional[str] = Field(None, description="Canonical party the seat was gained from, when stated.")
    evidence: list[str] = Field(default_factory=list, description="Verbatim snippets stating the contest-level figures (name, majority, turnout, electorate, outcome).")
    evidence_spans: list[tuple[int, int]] = Field(default_factory=list, description="[start, end) offsets of each evidence snippet in the extracted article text.")


class SeatCount(_Record):
    kind: Literal["exit_poll", "projection", "declared"] = Field(description="exit_poll, projection (other forecasts) or declared (seats actually won).")
    party: str = Field(description="Canonical party name.")
    party_as_written: Optional[str] = Field(None, description="The party label exactly as written.")
    seats: int = Field(ge=0, description="Number of seats, as stated.")
    evidence: list[str] = Field(default_factory=list, description="Verbatim snippets stating the figure.")
    evidence_spans: list[tuple[int, int]] = Field(default_factory=list, description="[start, end) offsets of each evidence snippet in the extracted article text.")


class ArticleResult(_Record):
    source: str = Field(description="Path of the article relative to the folder given to `run` (or as given).")
    sha256: Optional[str] = Field(None, description="SHA-256 of the file's bytes; used by --resume.")
    status: Literal["ok", "error"] = Field("ok", description="'error' when the file could not be read or processed; see `error`.")
    error: Optional[str] = Field(None, description="A message a person understands, for status 'error'.")
    title: Optional[str] = Field(None, description="Headline, when the page states one.")
    published: Optional[str] = Field(None, description="Publication date (ISO 8601) when the page states one.")
    contests: list[Contest] = Field(default_factory=list, description="One entry per contest with results in the text.")
    seat_counts: list[SeatCount] = Field(default_factory=list, description="National or regional seat totals, exit polls and projections.")
    warnings: list[str] = Field(default_factory=list, description="Sanity-check findings that do not change the data (shares far from 100, majority not first minus second...).")


SCHEMA_MODELS = {"article": ArticleResult}
