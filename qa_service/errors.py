"""The service layer's errors: what a use case refuses, in three kinds a caller
maps once (the web app: 404, 403 and 400) instead of checking for itself.

All are :class:`~transcription.errors.QAError` children, so the CLI's one
``except QAError`` still prints them; each message names what is wrong and
what to do.
"""

from __future__ import annotations

from transcription.errors import QAError

__all__ = ["Forbidden", "Invalid", "NotFound"]


class NotFound(QAError):
    """The thing asked for does not exist, or the user may not know that it does."""


class Forbidden(QAError):
    """The user may see the thing but not do this to it (their role, or the review's state)."""


class Invalid(QAError):
    """The request itself is wrong: a missing reason, an unknown outcome, a bad number."""
