"""Sanity checks that never change data, only add warnings a person should look at."""

from __future__ import annotations

from .records import ArticleResult
from .settings import SHARE_SUM_TOLERANCE

__all__ = ["warnings"]


def warnings(result: ArticleResult) -> list[str]:
    out: list[str] = []
    for c in result.contests:
        label = c.constituency or "unnamed contest"
        shares = [x.share for x in c.candidates if x.share is not None]
        if shares and len(shares) == len(c.candidates) and len(shares) >= 3:
            total = sum(shares)
            if abs(total - 100) > SHARE_SUM_TOLERANCE and total > 100:
                out.append(f"{label}: shares add up to {total:.1f}%")
        votes = sorted((x.votes for x in c.candidates if x.votes is not None), reverse=True)
        elected = sum(1 for x in c.candidates if x.elected)
        if c.majority is not None and c.majority_qualifier is None and len(votes) >= 2 and len(votes) == len(c.candidates) and elected <= 1:
            if votes[0] - votes[1] != c.majority:
                out.append(f"{label}: majority {c.majority} is not first minus second ({votes[0] - votes[1]})")
        with_both = [x for x in c.candidates if x.votes and x.share]
        if len(with_both) >= 2:
            implied = [x.votes / x.share for x in with_both]
            if max(implied) > 1.05 * min(implied):
                out.append(f"{label}: votes and shares disagree")
    return out
