"""Calls pushed in by other systems (``POST /api/v1/calls``): one recording or
transcript, with what the telephony platform knows about the call.

A submission goes the way of every upload (:func:`qa_service.ingest.submit_files`:
stored once by content hash, a batch of one, queued after the commit), with
two checks first: a transcript must parse (its error is the answer, nothing
is stored), and the call's agent must be one the submitting user may see
(:func:`qa_service.visibility.can_see_agent`), so a trainer's token cannot
file calls under another team. :class:`CallMetadata` is what a recording
cannot say about itself: the platform's call id, the agent, the customer, when
it started and which channel is whom.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_service import calls, ingest, scorecard_versions, visibility
from qa_service.calls import parse_time
from qa_service.config import Settings
from qa_service.db.models import BatchItem, CallRecord, ScorecardRecord, ScorecardVersion, User
from qa_service.errors import Forbidden, Invalid
from transcription.audio import is_audio_path
from transcription.errors import QAError

__all__ = ["METADATA_FIELDS", "SUBMIT_ROLES", "CallMetadata", "Submission", "UnreadableCall", "call_status",
           "parse_metadata", "submit_call"]

# roles that submit calls (as on the upload page)
SUBMIT_ROLES: tuple[str, ...] = ("admin", "author", "trainer")
# what the metadata may say, and what each is
METADATA_FIELDS: dict[str, str] = {
    "call_id": "the platform's id of the call (default: the file's name)",
    "agent": "the agent's id, as calls name it (recordings need one unless you may see every agent)",
    "customer": "the customer: an id string, or {\"id\": ..., \"name\": ...}",
    "started_at": "when the call started, ISO 8601 (2026-11-30T14:05:00Z)",
    "channels": "which channel of a stereo recording is whom, in channel order: \"agent,customer\"",
    "scorecard": "the scorecard id to score with (default: the service's default scorecard)",
}
_ROLES = ("agent", "customer")
# the public names of the pipeline's states
_STATUS = {"registered": "received", "transcribing": "transcribing", "transcribed": "scoring", "scoring": "scoring",
           "scored": "scored", "failed": "failed"}


class UnreadableCall(Invalid):
    """The transcript sent does not parse (the parser's message says where and why); nothing was stored."""


@dataclass(frozen=True)
class CallMetadata:
    """What a submission says about its call; every field optional."""

    # the platform's call id
    call_id: str | None = None
    # the agent's id as calls name it
    agent: str | None = None
    # {"id": ..., "name": ...}
    customer: dict[str, str] = field(default_factory=dict)
    # when the call started (aware)
    started_at: datetime | None = None
    # "agent,customer" or "customer,agent": the channel map of a stereo recording
    channels: str | None = None
    # the scorecard id to score with
    scorecard: str | None = None


def _text(name: str, value: Any, limit: int = 200) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise Invalid(f"metadata {name} must be a string, not {type(value).__name__}")
    text = str(value).strip()
    if len(text) > limit:
        raise Invalid(f"metadata {name} is {len(text)} characters long; at most {limit}")
    return text or None


def parse_metadata(raw: str | Mapping[str, Any] | None) -> CallMetadata:
    """The ``metadata`` field of a submission (JSON text or an object); :class:`Invalid` names the wrong field."""
    if raw is None or raw == "":
        return CallMetadata()
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError as e:
            raise Invalid(f"metadata is not valid JSON ({e}); send an object such as "
                          '{"call_id": "CA123", "agent": "AG-7", "started_at": "2026-11-30T14:05:00Z"}') from e
    if not isinstance(raw, Mapping):
        raise Invalid("metadata must be a JSON object with some of: " + ", ".join(METADATA_FIELDS))
    unknown = sorted(set(raw) - set(METADATA_FIELDS))
    if unknown:
        raise Invalid(f"metadata has unknown field(s) {', '.join(unknown)}; fields: "
                      + "; ".join(f"{k} ({v})" for k, v in METADATA_FIELDS.items()))
    customer_raw = raw.get("customer")
    customer: dict[str, str] = {}
    if isinstance(customer_raw, Mapping):
        extra = sorted(set(customer_raw) - {"id", "name"})
        if extra:
            raise Invalid(f"metadata customer has unknown field(s) {', '.join(extra)}; use id and name")
        customer = {k: v for k in ("id", "name") if (v := _text(f"customer.{k}", customer_raw.get(k)))}
    elif customer_raw not in (None, ""):
        customer = {"id": _text("customer", customer_raw) or ""}
    started_raw = _text("started_at", raw.get("started_at"), 64)
    started_at = parse_time(started_raw) if started_raw else None
    if started_raw and started_at is None:
        raise Invalid(f"metadata started_at {started_raw!r} is not an ISO 8601 time; use e.g. 2026-11-30T14:05:00Z")
    channels = _text("channels", raw.get("channels"), 64)
    if channels is not None:
        roles = [r.strip().lower() for r in channels.split(",")]
        if sorted(roles) != sorted(_ROLES):
            raise Invalid(f"metadata channels {channels!r} must name agent and customer once each, in channel "
                          "order: \"agent,customer\" or \"customer,agent\"")
        channels = ",".join(roles)
    return CallMetadata(
        call_id=_text("call_id", raw.get("call_id"), 255), agent=_text("agent", raw.get("agent")),
        customer=customer, started_at=started_at, channels=channels,
        scorecard=_text("scorecard", raw.get("scorecard")),
    )


@dataclass(frozen=True)
class Submission:
    """A stored submission: the call, the batch it is scored in and the work to send after the commit."""

    call: CallRecord
    batch_id: int
    work: list[ingest.Work]
    # the file was stored before (by content hash): the call is that one
    duplicate: bool


def scorecard_version(session: Session, settings: Settings, key: str | None) -> ScorecardVersion:
    """The latest version of scorecard ``key`` (default: the service's scorecard, registered when new)."""
    key = key or settings.scorecard
    version = scorecard_versions.latest_version(session, key)
    if version is None and key == settings.scorecard:
        version = scorecard_versions.from_settings(session, settings)
    if version is None:
        known = session.scalars(select(ScorecardRecord.key).order_by(ScorecardRecord.key)).all()
        raise Invalid(f"there is no scorecard {key!r}; scorecards: {', '.join(known) or settings.scorecard}")
    return version


def submit_call(
    session: Session, settings: Settings, user: User, path: Path, *, metadata: CallMetadata, shown_name: str,
) -> Submission:
    """Store the file at ``path`` (a transcript or a recording the workers can read) as a call of
    ``user``'s, to be scored; ``shown_name`` is the file's name in messages. Flushes, never commits."""
    if user.role not in SUBMIT_ROLES:
        raise Forbidden(f"role {user.role!r} cannot submit calls; roles that can: {', '.join(SUBMIT_ROLES)}")
    version = scorecard_version(session, settings, metadata.scorecard)
    agent = metadata.agent
    if not is_audio_path(path):
        from transcription.importers import load_transcript

        try:
            call = load_transcript(path)
        except QAError as e:
            raise UnreadableCall(str(e).replace(str(path), shown_name)) from e
        agent = agent or call.agent.id
    if not visibility.can_see_agent(session, user, agent):
        who = f"agent {agent!r}" if agent else "a call without an agent"
        raise Forbidden(
            f"{user.username} may not submit {who}: a trainer's token submits calls of the agents in their teams "
            "(name one in metadata.agent, or in the transcript's agent.id); an admin's token any agent's"
        )
    existing = calls.by_hash(session, calls.file_hash(path))
    if existing is not None and not visibility.can_see_call(session, user, existing):
        raise Forbidden(f"{shown_name} is stored already, as a call you may not see; ask an admin")
    batch, work = ingest.submit_files(session, [path], version, agent_external_id=metadata.agent, created_by=user,
                                      kind="api")
    item = session.scalars(select(BatchItem).where(BatchItem.batch_id == batch.id)).one()
    if item.call is None:
        raise UnreadableCall((item.error or f"{shown_name} could not be stored").replace(str(path), shown_name))
    record = item.call
    if existing is None:
        calls.set_details(record, call_id=metadata.call_id, started_at=metadata.started_at,
                          customer=metadata.customer or None, channels=metadata.channels)
        session.flush()
    return Submission(call=record, batch_id=batch.id, work=work, duplicate=existing is not None)


def call_status(session: Session, record: CallRecord) -> dict[str, Any]:
    """Where a call is: ``received``, ``transcribing``, ``scoring``, ``scored`` or ``failed`` (with the reason),
    and its current evaluation once it has one."""
    from qa_service import evaluations

    status = _STATUS.get(record.status, record.status)
    waiting = session.scalar(
        select(BatchItem.id).where(BatchItem.call_id == record.id, BatchItem.status.in_(("queued", "running"))).limit(1)
    ) is not None
    if status == "scored" and waiting:
        status = "scoring"  # scored before, queued again with another scorecard version
    current = evaluations.current_evaluation(session, record)
    return {
        "status": status,
        "reason": record.error if status == "failed" else None,
        "evaluation": current,
    }
