"""Calls and their transcripts: stored once (by content hash), dated, and
moved along the pipeline.

The only writer of :class:`CallRecord` and :class:`Transcript` rows. A call is
dated by its ``started_at`` when the call file carries one, else by when it
was received (``dated_at``), so that every call shows up in lists, trends and
dashboards, imported transcripts and uploads included.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session

from qa_service.accounts import get_or_create_agent
from qa_service.db.models import CALL_STATUSES, CallRecord, Transcript, utcnow
from qa_service.errors import Invalid, NotFound
from transcription.call import Call, call_from_dict

if TYPE_CHECKING:
    from qa_service.config import Settings
    from qa_service.redaction import Protected

__all__ = [
    "by_hash",
    "fail",
    "file_hash",
    "forget_recordings",
    "get_call",
    "load_call",
    "parse_time",
    "register_call",
    "set_details",
    "set_status",
    "set_transcript",
    "stored_call",
]

# bytes read at a time when hashing a file
_HASH_CHUNK = 1 << 20


def file_hash(path: str | Path) -> str:
    """SHA-256 of a file's bytes: the identity of a submitted call."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(_HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def parse_time(value: str | None) -> datetime | None:
    """ISO-8601 text -> aware datetime in UTC (naive times are taken as UTC); None if absent or unparsable.

    In UTC because SQLite stores a datetime's wall time without its offset: "01:00+02:00" kept as
    01:00 would sort, filter and fall into dashboard weeks two hours late.
    """
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed.astimezone(timezone.utc) if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    except (ValueError, OverflowError):
        return None


def get_call(session: Session, call_pk: int) -> CallRecord:
    """The stored call with primary key ``call_pk``; :class:`NotFound` when there is none."""
    record = session.get(CallRecord, call_pk)
    if record is None:
        raise NotFound(f"there is no call #{call_pk}")
    return record


def by_hash(session: Session, content_hash: str) -> CallRecord | None:
    """The call stored from a file with this SHA-256, if any."""
    return session.scalar(select(CallRecord).where(CallRecord.content_hash == content_hash))


def register_call(
    session: Session,
    *,
    content_hash: str,
    call: Call | None = None,
    call_id: str | None = None,
    source_path: str | None = None,
    audio_path: str | None = None,
    agent_external_id: str | None = None,
    transcript_source: str = "import",
    settings: "Settings | None" = None,
) -> tuple[CallRecord, bool]:
    """Store a call once; returns ``(row, created)``.

    A call whose ``content_hash`` is already stored is returned as is
    (``created`` False). With ``call`` (a parsed transcript) the transcript is
    stored too and the status is ``transcribed``; without it (audio) the
    call waits as ``registered``. ``agent_external_id`` overrides the agent
    named in the call. The call is dated now until its transcript says when it started.
    """
    existing = by_hash(session, content_hash)
    if existing is not None:
        return existing, False
    if call is None and not call_id:
        raise Invalid("register_call needs a parsed call or a call_id (the audio file's name)")
    agent_id = agent_external_id or (call.agent.id if call is not None else None)
    agent = None
    if agent_id:
        agent = get_or_create_agent(
            session, agent_id, name=call.agent.name if call is not None and call.agent.id == agent_id else None
        )
    now = utcnow()
    row = CallRecord(
        call_id=call.call_id if call is not None else call_id, content_hash=content_hash, source_path=source_path,
        audio_path=audio_path, agent=agent, status="registered", created_at=now, dated_at=now,
    )
    savepoint = session.begin_nested()
    try:
        session.add(row)
        if call is not None:
            set_transcript(session, row, call, source=transcript_source, settings=settings)
        savepoint.commit()
    except IntegrityError:
        # the same file registered concurrently by another process
        savepoint.rollback()
        return session.scalars(select(CallRecord).where(CallRecord.content_hash == content_hash)).one(), False
    return row, True


def set_transcript(session: Session, record: CallRecord, call: Call, *, source: str = "import",
                   settings: "Settings | None" = None, protected: "Protected | None" = None) -> Transcript:
    """Store (or replace) the transcript of ``record`` and copy its facts onto the call row.

    The call is redacted first (``QA_REDACT``, :func:`qa_service.redaction.protect`: transcript
    and recording) unless ``protected`` is the result of that already; the unredacted text is
    never stored."""
    from qa_service import redaction

    if protected is None:
        protected = redaction.protect(call, audio_path=record.audio_path, key=record.content_hash, settings=settings)
    call = protected.call
    record.audio_path = protected.audio_path
    data = call.to_dict()
    if record.transcript is None:
        record.transcript = Transcript(data=data, source=source)
    else:
        record.transcript.data = data
        record.transcript.source = source
    record.started_at = parse_time(call.started_at) or record.started_at
    _set_date(record, record.started_at or record.created_at or record.dated_at or utcnow())
    record.duration = call.end_time
    meta = dict(record.metadata_ or {})
    meta.update(call.metadata)
    if call.customer.id or call.customer.name:
        meta["customer"] = {k: v for k, v in (("id", call.customer.id), ("name", call.customer.name)) if v}
    record.metadata_ = meta
    if record.agent is None and call.agent.id:
        record.agent = get_or_create_agent(session, call.agent.id, name=call.agent.name)
    record.status = "transcribed"
    record.error = None
    session.flush()
    return record.transcript


def load_call(record: CallRecord) -> Call:
    """The stored transcript of ``record`` as a :class:`Call`."""
    if record.transcript is None:
        raise Invalid(f"call {record.call_id!r} (#{record.id}) has no transcript yet; transcribe it first")
    return stored_call(record.transcript.data)


def stored_call(data: dict[str, Any]) -> Call:
    """A :class:`Call` from transcript data this service stored (``Call.to_dict()`` of a validated call).

    Stored transcripts were validated by :func:`call_from_dict` on the way in;
    rebuilding them skips the JSON-schema pass, which would cost workers as
    much as a quarter of the scoring time.
    """
    return call_from_dict(data, "stored transcript", validate=False)


def fail(record: CallRecord, error: BaseException | str) -> None:
    """Mark one loaded call failed with the reason, in words a user can act on."""
    record.status = "failed"
    record.error = str(error)


def retry(record: CallRecord) -> None:
    """A failed recording sent again: queue it to be transcribed afresh (the cause, a
    model or a broken file, may have been fixed since)."""
    record.status = "registered"
    record.error = None


def set_details(record: CallRecord, *, call_id: str | None = None, started_at: datetime | None = None,
                customer: dict[str, str] | None = None, channels: str | None = None) -> None:
    """What a submission says about a new call that its file does not (``POST /api/v1/calls`` metadata):
    the caller's call id, when it started, the customer, and the channel map its recording is
    transcribed with (``agent,customer``). A start given here outlives the transcript's none."""
    if call_id:
        record.call_id = call_id[:255]
    if started_at is not None:
        record.started_at = started_at
        _set_date(record, started_at)
    meta = dict(record.metadata_ or {})
    if customer:
        meta["customer"] = dict(customer)
    if channels:
        meta["channels"] = channels
    record.metadata_ = meta


def _set_date(record: CallRecord, dated_at: datetime) -> None:
    """Date ``record``, and its stored evaluations' copy of the date (``evaluations.call_dated_at``, which the
    call list's offset pages by date walk)."""
    changed = record.dated_at != dated_at
    record.dated_at = dated_at
    session = object_session(record)
    if changed and record.id is not None and session is not None:
        from qa_service import evaluations

        evaluations.set_call_date(session, record.id, dated_at)


def forget_recordings(session: Session, call_ids: Sequence[int]) -> None:
    """The calls' recordings are gone (deleted by :mod:`qa_service.retention`): clear their audio paths."""
    if call_ids:
        session.execute(update(CallRecord).where(CallRecord.id.in_(call_ids)).values(audio_path=None))


def set_status(session: Session, call_ids: Sequence[int], status: str, error: str | None = None) -> None:
    """Set the pipeline status (and error) of many calls in one statement."""
    if status not in CALL_STATUSES:
        raise Invalid(f"call status {status!r} is not one of {', '.join(CALL_STATUSES)}")
    if call_ids:
        session.execute(update(CallRecord).where(CallRecord.id.in_(call_ids)).values(status=status, error=error))
