"""Story extraction from saved news pages: our html_to_article against trafilatura, one run.

Data: ../shared/aeb (181 gzipped pages, human-marked article bodies; see its README).
Metric (the benchmark's own): lower-case, word tokens, sets of 4-token shingles; precision,
recall and F1 per page, then the mean (an empty prediction scores 0 unless gold is empty).
The ground truth excludes the headline, so the title line our text starts with is removed
before scoring. Every extractor gets the same decoded page; only extraction is timed, after
one-time imports and data loading (each system's warm-up call, and dateparser's first parse).

trafilatura runs three times: with its defaults (which keep reader comments); with
include_comments=False, the like-for-like comparison, because our step drops comment sections
by design (they quote numbers that are not the story's); and with favor_precision=True as
well, its best setting on this set.

    python benchmarks/html_extraction.py [--limit N] [--worst K] [--only-ours]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extract import html, html_meta, load  # noqa: E402

AEB = REPO.parent / "shared" / "aeb"
SHINGLE = 4
_TOKEN_RE = re.compile(r"\w+")


def shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _TOKEN_RE.findall(text.lower())
    return {tuple(tokens[i:i + SHINGLE]) for i in range(max(0, len(tokens) - SHINGLE + 1))}


def score(pred: str, gold: str) -> tuple[float, float, float]:
    p, g = shingles(pred), shingles(gold)
    if not g:
        return (1.0, 1.0, 1.0) if not p else (0.0, 0.0, 0.0)
    if not p:
        return 0.0, 0.0, 0.0
    hit = len(p & g)
    precision, recall = hit / len(p), hit / len(g)
    f1 = 2 * precision * recall / (precision + recall) if hit else 0.0
    return precision, recall, f1


def ours(page: str) -> str:
    result = html.html_to_article(page)
    text = result.text
    if result.title and text.startswith(result.title):
        text = text[len(result.title):]   # the ground truth has no headline
    return text


def theirs(page: str) -> str:
    import trafilatura
    return trafilatura.extract(page) or ""


def theirs_without_comments(page: str) -> str:
    import trafilatura
    return trafilatura.extract(page, include_comments=False) or ""


def theirs_precise(page: str) -> str:
    import trafilatura
    return trafilatura.extract(page, include_comments=False, favor_precision=True) or ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--worst", type=int, default=0, help="list our K lowest-F1 pages")
    ap.add_argument("--only-ours", action="store_true", help="skip trafilatura")
    args = ap.parse_args(argv)
    if not AEB.is_dir():
        print(f"no benchmark data at {AEB}", file=sys.stderr)
        return 2
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[: args.limit or None]
    pages = {}
    for pid in ids:
        raw = gzip.decompress((AEB / "html" / f"{pid}.html.gz").read_bytes())
        pages[pid], _ = load.decode(raw, f"{pid}.html", max_bytes=len(raw) + 1)
    systems = [("election-extract html_to_article", ours)]
    if not args.only_ours:
        systems.append(("trafilatura.extract", theirs))
        systems.append(("trafilatura (include_comments=False)", theirs_without_comments))
        systems.append(("trafilatura (no comments, precision)", theirs_precise))
        theirs(pages[ids[0]])   # import and warm up outside the timing
    ours(pages[ids[0]])
    html_meta.iso_date("5 July 2024")   # dateparser loads its language data once per process
    print(f"{len(ids)} pages from {AEB}")
    print(f"{'system':37} {'F1':>6} {'prec':>6} {'recall':>6} {'ms/page':>8}")
    for name, fn in systems:
        rows, elapsed = {}, 0.0
        for pid in ids:
            start = time.perf_counter()
            pred = fn(pages[pid])
            elapsed += time.perf_counter() - start
            rows[pid] = score(pred, truth[pid]["articleBody"])
        p, r, f = (statistics.mean(row[i] for row in rows.values()) for i in range(3))
        print(f"{name:37} {f:6.3f} {p:6.3f} {r:6.3f} {1000 * elapsed / len(ids):8.1f}")
        if args.worst and fn is ours:
            for pid in sorted(rows, key=lambda k: rows[k][2])[: args.worst]:
                print(f"   {rows[pid][2]:.2f} p={rows[pid][0]:.2f} r={rows[pid][1]:.2f} {pid[:12]} {truth[pid]['url'][:70]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
