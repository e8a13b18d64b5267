"""Tuned numbers, each with its reason."""

# Files above this are refused (a 40 MB saved page is a scrape gone wrong, not an article).
MAX_BYTES = 10 * 1024 * 1024

# A line longer than this is prose, never a one-candidate row (bounds row-regex work too).
ROW_MAX_CHARS = 220

# How far (characters) a figure may sit from the words that give it its meaning
# ("majority of", "turnout", "votes"): calibrated on wire blocks and round-up prose.
CUE_WINDOW = 40

# Seat-count context carries from an "exit poll" heading or sentence to the next
# lines of the same passage, up to this many lines.
SEAT_CONTEXT_LINES = 4

# A contest's shares are "far from 100" (a warning) beyond this many points,
# when every candidate has a share.
SHARE_SUM_TOLERANCE = 2.0
