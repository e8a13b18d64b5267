"""Named errors.

``ExtractError`` and its subclasses are about one article: each becomes that article's
``status: error`` line and the batch goes on. ``RunError`` and its subclasses stop a whole
command; the CLI prints them as one ``Error: ...`` line and exits 1.
"""

from __future__ import annotations

__all__ = [
    "ExtractError", "EmptyFileError", "BinaryFileError", "TooLargeError",
    "UnreadableError", "DecodeError", "WorkerCrashError", "ArticleTimeoutError",
    "RunError", "OutputFileError", "WorkerStartError",
]


class ExtractError(Exception):
    """Base class: a file that cannot be turned into a record. ``str()`` is the user message."""


class EmptyFileError(ExtractError):
    pass


class BinaryFileError(ExtractError):
    pass


class TooLargeError(ExtractError):
    pass


class UnreadableError(ExtractError):
    pass


class DecodeError(ExtractError):
    pass


class WorkerCrashError(ExtractError):
    """The worker process died while extracting this article (out of memory, a crash in C code)."""


class ArticleTimeoutError(ExtractError):
    """Extraction of this article ran past its time limit and was stopped."""


class RunError(Exception):
    """Base class: a whole run cannot go on. ``str()`` is the user message."""


class OutputFileError(RunError):
    """The output file cannot be used, e.g. ``--resume`` into a file that is not our JSONL."""


class WorkerStartError(RunError):
    """A worker process could not start (the extraction pipeline failed to load)."""
