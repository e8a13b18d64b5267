"""Named errors. Each becomes one article's ``status: error`` line; the batch goes on."""

from __future__ import annotations

__all__ = [
    "ExtractError", "EmptyFileError", "BinaryFileError", "TooLargeError",
    "UnreadableError", "DecodeError",
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
