"""What a request's URL, query string and form carry: ids, page numbers, dates,
seconds into a call, and where to go after signing in.

One parser for each, used by every view, so bad input gets the same clear
message everywhere (:class:`~qa_service.errors.Invalid`, a 400 or the form
again with the reason) instead of an overflow deep in SQLite, PostgreSQL or
``datetime`` (a 500). Ids in URL paths are bounded by :class:`IdConverter`,
which ``create_app`` installs as the app's ``int`` converter: ``/calls/<int:pk>``
with a number no database row can have is a 404 like any other missing call.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

from werkzeug.routing import IntegerConverter, UnicodeConverter

from qa_service.db.models import MAX_ID
from qa_service.errors import Invalid

__all__ = ["MAX_ID", "MAX_PAGE", "IdConverter", "TextConverter", "day", "record_id", "record_ids", "refuse_nul",
           "safe_next", "seconds", "week", "whole_number"]

# the deepest page a list goes to (50 rows a page: 50 million rows)
MAX_PAGE = 1_000_000
_WHOLE = re.compile(r"-?[0-9]+")
# the last day whose week (it and the 7 days after it, Monday to Monday) the calendar still holds
_LAST_WEEK_START = datetime.max.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=timezone.utc) - timedelta(days=8)
# the longest address followed after signing in, in characters
MAX_NEXT_CHARS = 2000


class IdConverter(IntegerConverter):
    """``<int:...>`` in URL paths: 0 to :data:`MAX_ID`; anything larger does not match (404)."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:  # noqa: A002
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


class TextConverter(UnicodeConverter):
    """The default ``<name>`` in URL paths: any text but ``/`` and control characters (a NUL, which
    PostgreSQL refuses in every string, would otherwise reach a query)."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:  # noqa: A002
        super().__init__(map, *args, **kwargs)
        # the parent's regex is "[^/]" and a length ("{1,}"): keep the length
        self.regex = "[^/\\x00-\\x1f\\x7f]" + self.regex.removeprefix("[^/]")


def refuse_nul() -> None:
    """Before every request: a NUL character in the query string or a form field is a 400 naming the
    field (PostgreSQL refuses NUL in any text, and no name, note or filter has one). Multipart bodies
    (uploads) are left to their views, which set their own size limits before the body is read."""
    from flask import request

    _refuse_nul_in("query parameter", request.args)
    if request.mimetype == "application/x-www-form-urlencoded":
        refuse_nul_in_form()


def refuse_nul_in_form() -> None:
    """:func:`refuse_nul` for the request's form fields; views taking multipart bodies call it once
    their size limits are set."""
    from flask import request

    _refuse_nul_in("form field", request.form)


def _refuse_nul_in(where: str, values: Any) -> None:
    for key, value in values.items(multi=True):
        if "\x00" in key or "\x00" in value:
            raise Invalid(f"{where} {_shown(key)} holds a NUL character (\\x00), which no field accepts; remove it")


def whole_number(name: str, raw: str | None, *, low: int, high: int, default: int | None = None) -> int | None:
    """``raw`` (a query or form value) as an int in ``low``..``high``; empty gives ``default``.
    Raises :class:`Invalid` naming ``name``, the value and the range."""
    text = (raw or "").strip()
    if not text:
        return default
    # ASCII digits only: isdigit() also passes '²', which int() refuses, and other scripts' digits
    if not _WHOLE.fullmatch(text):
        raise Invalid(f"{name} {_shown(text)} is not a whole number; use {low} to {high}")
    # no need to convert thousands of digits (int() refuses more than 4,300) to know they are out of range
    value = int(text) if len(text) <= 40 else (low - 1 if text.startswith("-") else high + 1)
    if not low <= value <= high:
        raise Invalid(f"{name} {_shown(text)} is outside {low} to {high}")
    return value


def record_id(name: str, raw: str | None) -> int | None:
    """An id of a stored row (1 to :data:`MAX_ID`) from a query or form value; empty gives None."""
    return whole_number(name, raw, low=1, high=MAX_ID)


def record_ids(name: str, raws: list[str]) -> list[int]:
    """Ids of stored rows from a repeated form field (``?calls=3&calls=7``); empty values are left out."""
    return [pk for pk in (record_id(name, raw) for raw in raws) if pk is not None]


def day(name: str, raw: str | None, *, end: bool = False) -> datetime | None:
    """A ``YYYY-MM-DD`` date as midnight UTC (``end``: the midnight after it, so that a "to" date
    includes its day); empty gives None. The last day there is (9999-12-31) ends at the last
    instant :class:`datetime` has. Raises :class:`Invalid` naming ``name`` and the format."""
    text = (raw or "").strip()
    if not text:
        return None
    try:
        if not text.isascii() or len(text) != 10:
            raise ValueError(text)
        start = datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    except ValueError:
        raise Invalid(f"{name} {_shown(text)} is not a date; use YYYY-MM-DD, e.g. 2026-03-31") from None
    if not end:
        return start
    try:
        return start + timedelta(days=1)
    except OverflowError:
        return datetime.max.replace(tzinfo=timezone.utc)


def week(name: str, raw: str | None) -> datetime | None:
    """Any day of a week (``YYYY-MM-DD``) as :func:`day` does; a day in the calendar's last days,
    whose week would end after the last date there is, is refused."""
    start = day(name, raw)
    if start is not None and start > _LAST_WEEK_START:
        raise Invalid(f"{name} {_shown(raw or '')} is in the last days of the calendar; use a date up to "
                      f"{_LAST_WEEK_START.date().isoformat()}")
    return start


def seconds(name: str, raw: str | None, *, default: float = 0.0) -> float:
    """A finite number of seconds (``12.5``) from a form value; empty gives ``default``.
    NaN and infinities are refused: they compare false with every bound and then break sorting."""
    text = (raw or "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise Invalid(f"{name} {_shown(text)} is not a number of seconds, e.g. 75 or 75.5") from None
    if not math.isfinite(value):
        raise Invalid(f"{name} {_shown(text)} is not a finite number of seconds; use e.g. 75 or 75.5")
    return value


def safe_next(target: str | None) -> str | None:
    """``target`` when it is a path on this site to go to after signing in, else None: it starts
    with one ``/`` (not ``//`` or ``/\\``), has no scheme or host, no backslash and no control
    characters (a CR or LF would split the Location header)."""
    if not target or len(target) > MAX_NEXT_CHARS:
        return None
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in target) or "\\" in target:
        return None
    if not target.startswith("/") or target.startswith("//"):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "...")
