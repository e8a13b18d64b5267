"""Tuned numbers, each with its reason."""

# Files above this are refused (a 40 MB saved page is a scrape gone wrong, not an article).
MAX_BYTES = 10 * 1024 * 1024

# Prose rules read a sentence figure by figure; a "sentence" longer than this, or with more
# figures than this, is a data dump or junk, not prose, and is skipped. Keeps the cost
# per article linear in its size (real sentences in the dev set stay under 600 chars, 12 figures).
MAX_SENTENCE_CHARS = 2000
MAX_SENTENCE_FIGURES = 40

# Longer runs of spaces are cut to this many before extraction (wide-space tables need 2+;
# declarations seen use up to ~30). Bounds the backtracking any pattern can do on a run.
SPACE_RUN_CAP = 8

# A line longer than this is prose, never a one-candidate row (bounds row-regex work too).
ROW_MAX_CHARS = 220

# How far (characters) a figure may sit from the words that give it its meaning
# ("majority of", "turnout", "votes"): calibrated on wire blocks and round-up prose.
CUE_WINDOW = 40

# Seat-count context carries from an "exit poll" heading or sentence to the next
# lines of the same passage, up to this many lines.
SEAT_CONTEXT_LINES = 4

# A table header a blank line ended still heads rows this many lines on when they have its
# number of cells ("MAYOR" / header / rows, then "COUNCIL MEMBER, PLACE 2" / rows: one header).
STALE_HEADER_LINES = 12

# A contest's shares are "far from 100" (a warning) beyond this many points,
# when every candidate has a share.
SHARE_SUM_TOLERANCE = 2.0

# --- batch runs (`run`): workers, time limits, output ---

# An article whose extraction takes longer than this is stopped (its worker is killed and
# replaced) and becomes an error line, so one pathological page cannot hang a batch.
# Measured: 3-5 s per MB of text (a 3 KB article takes ~10 ms), so the limit is 60 s plus
# 60 s per MB, over 10x the measured cost; only a super-linear pattern gets there.
ARTICLE_TIMEOUT_S = 60.0
ARTICLE_TIMEOUT_S_PER_MB = 60.0

# Each worker is replaced by a fresh process after this many articles (like a Pool's
# maxtasksperchild). Measured RSS is flat (+3 MB over 10k articles, bounded caches; the
# spaCy StringStore stops growing after ~1k), so this only caps a leak not yet seen; a new
# worker costs ~0.7 s to warm up, under 0.1% of the time it then works.
WORKER_MAX_ARTICLES = 50_000

# Articles handed to a worker at once: the worker reports each result as it finishes, so a
# chunk only saves round trips; small enough that the tail of a run stays balanced.
CHUNK_ARTICLES = 8

# Results are written in path order: a worker may run at most this many articles ahead of
# the oldest unfinished one, which bounds the reorder buffer (a few KB per article) when one
# article is slow.
REORDER_WINDOW = 2_000

# A file is binary, not text, when more than this share of its first 8 KB are C0 control
# bytes other than tab/newline/CR/form feed/escape: random or compressed bytes have ~10%,
# text saved by any editor has none (load.py strips the odd stray one).
BINARY_CONTROL_SHARE = 0.03

# How many lines after an opinion poll's seat model (MRP) a "projected seats" table is still that poll's
# (a pre-election model, no result), not a broadcaster's projection on the night.
POLL_CONTEXT_LINES = 8
