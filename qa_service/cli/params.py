"""Command-line parameter types shared by the commands.

Ids (and scorecard version numbers) are 32-bit integer columns on
PostgreSQL: a larger number would reach the database and fail there with a
traceback ("integer out of range"), so it is refused where it is typed, with
the range.
"""

from __future__ import annotations

from typing import Any

import click

from qa_service.db.models import MAX_ID

__all__ = ["MAX_ID", "RECORD_ID", "VERSION_NUMBER", "WholeNumberInRange"]



class WholeNumberInRange(click.ParamType):
    """A whole number from 1 to :data:`MAX_ID`; the error names what it is (``what``) and the range."""

    def __init__(self, what: str, metavar: str) -> None:
        self.what = what
        self.name = metavar.lower()
        self._metavar = metavar

    def get_metavar(self, param: click.Parameter, *args: Any, **kwargs: Any) -> str:  # click 8.1 and 8.2
        return self._metavar

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            text = str(value).strip()
            # int() also takes "1_000", "+5" and other scripts' digits: only plain ASCII digits are an id
            if not (text.isascii() and text.isdigit()) or len(text) > 20:
                self.fail(f"{self.what} must be a whole number between 1 and {MAX_ID} (got {str(value)[:40]!r})",
                          param, ctx)
            number = int(text)
        if not 1 <= number <= MAX_ID:
            self.fail(f"{self.what} must be between 1 and {MAX_ID} (got {number if number < 10**20 else 'more'})",
                      param, ctx)
        return number


# a stored row's id (a call, a batch, a calibration session, a review queue)
RECORD_ID = WholeNumberInRange("id", "ID")
# a scorecard version number
VERSION_NUMBER = WholeNumberInRange("version", "N")
