"""Idempotency keys: a write request sent again gets the first answer, not a second call.

The only writer of :class:`IdempotencyKey` rows. A client that sends
``Idempotency-Key: <its own id for the request>`` and, having had no answer,
sends the same request again with the same key, gets the answer of the
first one (and nothing is stored twice). The key belongs to the token's user;
the request is recognised by a hash of what it asked for, so the same key
with another body is refused (:class:`KeyReused`) instead of silently
answering for a different call. Keys are kept :data:`KEEP_FOR` and then
forgotten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qa_service.db.models import ApiToken, IdempotencyKey, User, utcnow
from qa_service.errors import Invalid

__all__ = ["IN_FLIGHT_FOR", "KEEP_FOR", "MAX_KEY_CHARS", "Claim", "KeyInFlight", "KeyReused", "check_key", "claim", "finish",
           "release"]

# how long a key is remembered
KEEP_FOR = timedelta(hours=24)
# a first request unanswered for this long died on the way (its process was stopped): a retry takes over
IN_FLIGHT_FOR = timedelta(minutes=10)
MAX_KEY_CHARS = 255
_KEY = re.compile(r"[\x21-\x7e]+")


class KeyReused(Invalid):
    """The key was used before for a different request."""


class KeyInFlight(Invalid):
    """The first request with this key is still being handled."""


@dataclass(frozen=True)
class Claim:
    """The key's row, and the stored answer when the request was answered before."""

    row_id: int
    replay: tuple[int, dict[str, Any]] | None


def check_key(raw: str) -> str:
    """The header's value, when it is a usable key; :class:`Invalid` otherwise."""
    key = raw.strip()
    if not key or len(key) > MAX_KEY_CHARS or not _KEY.fullmatch(key):
        raise Invalid(f"the Idempotency-Key header must be 1 to {MAX_KEY_CHARS} printable ASCII characters without "
                      "spaces, e.g. a UUID; send a new one for each new request")
    return key


def claim(session: Session, user: User, key: str, request_hash: str, *, token: ApiToken | None = None) -> Claim:
    """Take ``key`` for this request, or find the answer of the request that took it first.

    Raises :class:`KeyReused` when the key came with another request and
    :class:`KeyInFlight` while the first one is not answered yet. The caller
    commits right after a new claim, so a concurrent retry sees it.
    """
    session.execute(delete(IdempotencyKey).where(IdempotencyKey.created_at < utcnow() - KEEP_FOR))
    query = select(IdempotencyKey).where(IdempotencyKey.user_id == user.id, IdempotencyKey.key == key)
    row = session.scalar(query)
    if row is None:
        savepoint = session.begin_nested()
        try:
            row = IdempotencyKey(user_id=user.id, token_id=token.id if token is not None else None, key=key,
                                 request_hash=request_hash, created_at=utcnow())
            session.add(row)
            savepoint.commit()
            return Claim(row.id, None)
        except IntegrityError:
            # the same key, sent twice at once: the other request has it
            savepoint.rollback()
            row = session.scalars(query).one()
    if row.request_hash != request_hash:
        when = _aware(row.created_at)
        raise KeyReused(
            f"Idempotency-Key {key!r} was used at {when:%Y-%m-%d %H:%M} UTC for a different request (another file, "
            "body or metadata); a retry must send exactly the same request, and a new call needs a new key"
        )
    if row.status_code is None and _aware(row.created_at) < utcnow() - IN_FLIGHT_FOR:
        row.created_at = utcnow()  # the first request never finished: this retry does its work
        session.flush()
        return Claim(row.id, None)
    if row.status_code is None:
        raise KeyInFlight(f"the first request with Idempotency-Key {key!r} is still being handled; retry in a few "
                          "seconds to get its answer")
    return Claim(row.id, (row.status_code, dict(row.response or {})))


def _aware(value: datetime) -> datetime:
    # SQLite hands timestamps back without their time zone; they are stored as UTC
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def finish(session: Session, claimed: Claim, status_code: int, response: dict[str, Any]) -> None:
    """Keep the answer of the request that claimed the key (in the transaction that did its work)."""
    row = session.get(IdempotencyKey, claimed.row_id)
    if row is not None:
        row.status_code = status_code
        row.response = response
        session.flush()


def release(session: Session, claimed: Claim) -> None:
    """Forget a claim whose request failed, so that the client may send it again with the same key."""
    session.execute(delete(IdempotencyKey).where(IdempotencyKey.id == claimed.row_id,
                                                 IdempotencyKey.status_code.is_(None)))
