"""election-extract: election results from saved news articles, every figure with its evidence."""

__all__ = ["extract_results", "extract_file", "ArticleResult", "Contest", "Candidate", "SeatCount"]
__version__ = "0.1.0"


def __getattr__(name):
    # Lazy: `election-extract --help` must not pay for importing spaCy.
    if name in ("extract_results", "extract_file"):
        from . import pipeline
        return getattr(pipeline, name)
    if name in ("ArticleResult", "Contest", "Candidate", "SeatCount"):
        from . import records
        return getattr(records, name)
    raise AttributeError(name)
