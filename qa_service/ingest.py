"""Ingest: input files become stored calls in a batch, ready to be queued.

:func:`submit_files` registers files (a file already stored, by content
hash, is not stored again; a corrupt transcript becomes a failed call with
the parser's message) and returns the :class:`Work` to send with
:func:`qa_service.pipeline.enqueue` once the session is committed, so that
workers find the rows. Re-scoring stored calls is
:func:`qa_service.publishing.queue_rescore`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from sqlalchemy import select

from qa_service import batches, calls, evaluations, visibility
from qa_service.db.models import Agent, Batch, BatchItem, CallRecord, ScorecardVersion, TeamMember, User
from qa_service.errors import Forbidden, Invalid
from qa_service.scoring import find_inputs
from transcription.audio import is_audio_path
from transcription.call import Call
from transcription.errors import CallFormatError, QAError

if TYPE_CHECKING:
    from qa_service.config import Settings

__all__ = ["Work", "check_fits", "check_submitter", "retry_failed", "submittable_agents", "submit_files"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Work:
    """One unit of queued work: score (after transcribing, when needed) a call for a batch item."""

    item_id: int
    call_id: int  # calls.id
    version_id: int  # scorecard_versions.id
    transcribe: bool  # the call is audio without a transcript yet


def submit_files(
    session: Session,
    paths: Sequence[str | Path],
    version: ScorecardVersion,
    *,
    agent_external_id: str | None = None,
    created_by: User | None = None,
    kind: str = "batch",
    rejected: Sequence[tuple[str, str]] = (),
    settings: "Settings | None" = None,
) -> tuple[Batch, list[Work]]:
    """Register every input file as a call in a new batch; returns the batch and the work to enqueue.

    Directories are searched for transcripts and audio. Per file: new
    transcripts are parsed and stored; new audio is stored to be
    transcribed; a file stored before is not stored again, and is
    ``skipped`` when it is already scored with ``version``. ``rejected``
    (name, reason) pairs are files refused before they were stored (an
    upload's wrong type or size): they are listed as failed items. Transcripts are redacted as
    ``settings`` say (``QA_REDACT``; default: the settings this process loaded).

    With ``created_by`` (a person submitting through the web), each call must
    be one that person may see (:func:`check_submitter`): a file of another
    team's agent, or one stored already as a call they may not see, is a
    failed item saying so.
    """
    limit = Agent.__table__.c.external_id.type.length
    if agent_external_id and len(agent_external_id) > limit:
        raise Invalid(f"agent id {agent_external_id[:40]!r}... has {len(agent_external_id):,} characters; at most "
                      f"{limit} are stored: use the agent's id as your telephony platform names it")
    files, missing = find_inputs([str(p) for p in paths])
    files, recordings = _pair_recordings(files)
    batch = batches.create_batch(session, version, kind=kind, created_by=created_by)
    for raw in missing:
        batches.add_item(session, batch, source=raw, status="failed", error=f"{raw}: no such file or directory")
    for name, reason in rejected:
        batches.add_item(session, batch, source=name, status="failed", error=reason)
    pending: list[tuple[BatchItem, CallRecord]] = []
    for path in files:
        # each file in a savepoint of its own: one that cannot be stored (a bug, a value the database refuses)
        # becomes a failed item with the reason and the others are stored
        try:
            with session.begin_nested():
                item, record = _register_file(session, batch, path, version, agent_external_id=agent_external_id,
                                              recording=recordings.get(path), settings=settings, uploader=created_by)
        except Exception as e:  # noqa: BLE001 - reported on the item (and, being a bug, logged)
            log.exception("ingest: %s could not be stored", path)
            item, record = batches.add_item(session, batch, source=str(path), status="failed",
                                            error=_storing_error(path, e)), None
        if item.status == "queued" and record is not None:
            pending.append((item, record))
    session.flush()
    batches.refresh_batch(session, batch, write=True)
    work = [Work(item.id, record.id, version.id, transcribe=record.transcript is None) for item, record in pending]
    return batch, work


def _storing_error(path: Path, error: BaseException) -> str:
    if isinstance(error, QAError):
        return str(error)
    if isinstance(error, DBAPIError):
        detail = str(error.orig).splitlines()[0] if error.orig is not None else type(error).__name__
        return f"{path}: the database refused this call ({detail}); check the file's fields, then send it again"
    return (f"{path}: internal error while storing the call ({type(error).__name__}: {error}); please report "
            "this with the file")


def submittable_agents(session: Session, user: User) -> list[Agent]:
    """The agents whose calls ``user`` may submit (:func:`qa_service.visibility.can_see_agent`): every agent
    for those who see every call, the agents of their teams for a trainer; by name."""
    query = select(Agent).order_by(Agent.name, Agent.external_id)
    if user.role in visibility.SEE_ALL_ROLES:
        return list(session.scalars(query))
    if user.role != "trainer":
        return []
    query = query.join(TeamMember, TeamMember.team_id == Agent.team_id).where(TeamMember.user_id == user.id)
    return list(session.scalars(query).unique())


def check_submitter(session: Session, user: User, agent_external_id: str | None, what: str) -> None:
    """:class:`Forbidden` unless ``user`` may submit calls of this agent (None: a call without one)."""
    if visibility.can_see_agent(session, user, agent_external_id):
        return
    who = f"agent {agent_external_id!r}" if agent_external_id else "no agent"
    raise Forbidden(f"{what}: the call is of {who}, not one of the agents of your teams; choose one of your "
                    "agents in the Agent field (the upload page lists them), or ask an admin to upload it")


def check_fits(call: Call, path: Path | str, *, agent_external_id: str | None = None) -> None:
    """Refuse (with :class:`CallFormatError` naming the file and the field) a call whose ids or names are
    longer than the database stores: PostgreSQL would refuse the row, SQLite would keep it whole."""
    limits = (
        ("call_id", call.call_id, CallRecord.__table__.c.call_id.type.length),
        ("agent.id", agent_external_id or call.agent.id, Agent.__table__.c.external_id.type.length),
        ("agent.name", call.agent.name, Agent.__table__.c.name.type.length),
    )
    for field, value, limit in limits:
        if value and limit and len(value) > limit:
            raise CallFormatError(str(path), field, f"has {len(value):,} characters; at most {limit} are stored: "
                                  "shorten it in the file")


def retry_failed(
    session: Session, batch: Batch, *, item_ids: Sequence[int] | None = None, settings: "Settings | None" = None,
) -> list[Work]:
    """Try the failed items of ``batch`` (or only ``item_ids`` of them) again; returns the work to enqueue
    after the commit.

    A recording whose transcription failed is transcribed afresh; a transcript
    that failed to parse is parsed again from its stored file (the parser may
    have been fixed; if it still fails the item keeps the new reason); a call
    that failed to score (a time limit, a bug) is scored again. Files refused
    before they were stored (wrong type, too large, empty) have no call and
    cannot be tried again: upload them anew.
    """
    query = select(BatchItem).where(BatchItem.batch_id == batch.id, BatchItem.status == "failed",
                                    BatchItem.call_id.is_not(None))
    if item_ids is not None:
        query = query.where(BatchItem.id.in_(list(item_ids)))
    work: list[Work] = []
    for item in session.scalars(query.order_by(BatchItem.id)).all():
        record = item.call
        if record.transcript is None and record.audio_path:
            calls.retry(record)
        elif record.transcript is None:
            if not record.source_path or not Path(record.source_path).is_file():
                batches.set_items(session, [item.id], "failed",
                                  f"{item.source}: the stored file is gone; upload it again")
                continue
            _parse_into(session, record, Path(record.source_path), settings=settings)
            if record.transcript is None:
                batches.set_items(session, [item.id], "failed", record.error)
                continue
        else:
            calls.set_status(session, [record.id], "transcribed")
        batches.set_items(session, [item.id], "queued")
        work.append(Work(item.id, record.id, batch.scorecard_version_id, transcribe=record.transcript is None))
    session.flush()
    batches.refresh_batch(session, batch, write=True)
    return work


def _pair_recordings(files: list[Path]) -> tuple[list[Path], dict[Path, Path]]:
    """A transcript with a recording of the same name beside it (``call.json`` and
    ``call.ogg``) is one call: the recording is its audio, not a call of its own.
    Returns the inputs left and transcript -> recording."""
    audio = {(f.parent, f.stem): f for f in files if is_audio_path(f)}
    recordings = {f: audio[(f.parent, f.stem)] for f in files
                  if not is_audio_path(f) and (f.parent, f.stem) in audio}
    paired = set(recordings.values())
    return [f for f in files if f not in paired], recordings


def _register_file(
    session: Session, batch: Batch, path: Path, version: ScorecardVersion, *, agent_external_id: str | None,
    recording: Path | None = None, settings: "Settings | None" = None, uploader: User | None = None,
) -> tuple[BatchItem, CallRecord | None]:
    source = str(path)
    try:
        digest = calls.file_hash(path)
        empty = path.stat().st_size == 0
    except OSError as e:
        return batches.add_item(session, batch, source=source, status="failed",
                                error=f"{path}: cannot be read ({e})"), None
    if empty:
        # every empty file has the same content hash: stored, the first would stand for all the others
        return batches.add_item(session, batch, source=source, status="failed",
                                error=f"{path}: the file is empty; nothing to score"), None
    record = calls.by_hash(session, digest)
    if record is not None and uploader is not None and not visibility.can_see_call(session, uploader, record):
        return batches.add_item(session, batch, source=source, status="failed",
                                error=f"{path}: stored already, as a call you may not see; ask an admin"), None
    if record is None:
        record = _new_call(session, path, digest, agent_external_id, recording=recording, settings=settings,
                           uploader=uploader)
    elif record.status == "failed" and record.transcript is None and is_audio_path(path):
        # a recording whose transcription failed: sent again, it is transcribed again
        calls.retry(record)
    elif record.status == "failed" and record.transcript is None:
        # a transcript that failed to parse before: the parser may have been fixed since
        _parse_into(session, record, path, settings=settings)
    if record.status == "failed" and record.transcript is None:
        return batches.add_item(session, batch, call=record, source=source, status="failed",
                                error=record.error), record
    if evaluations.scored_call_ids(session, version.id, [record.id]):
        return batches.add_item(
            session, batch, call=record, source=source, status="skipped",
            error=f"already scored with {version.scorecard.key} v{version.version} (call {record.call_id})",
        ), record
    return batches.add_item(session, batch, call=record, source=source, status="queued"), record


def _new_call(session: Session, path: Path, digest: str, agent_external_id: str | None, *,
              recording: Path | None = None, settings: "Settings | None" = None,
              uploader: User | None = None) -> CallRecord:
    where = str(path.resolve())
    if is_audio_path(path):
        if uploader is not None:
            check_submitter(session, uploader, agent_external_id, str(path))
        record, _ = calls.register_call(session, content_hash=digest, call_id=path.stem, source_path=where,
                                        audio_path=where, agent_external_id=agent_external_id)
        return record
    from transcription.importers import load_transcript

    try:
        call = load_transcript(path)
        check_fits(call, path, agent_external_id=agent_external_id)
    except QAError as e:
        record, _ = calls.register_call(session, content_hash=digest, call_id=path.stem, source_path=where,
                                        agent_external_id=agent_external_id)
        calls.fail(record, e)
        return record
    if uploader is not None:
        check_submitter(session, uploader, agent_external_id or call.agent.id, str(path))
    record, _ = calls.register_call(session, content_hash=digest, call=call, source_path=where,
                                    audio_path=str(recording.resolve()) if recording else None,
                                    agent_external_id=agent_external_id, settings=settings)
    return record


def _parse_into(session: Session, record: CallRecord, path: Path, *, settings: "Settings | None" = None) -> None:
    from transcription.importers import load_transcript

    try:
        call = load_transcript(path)
        check_fits(call, path)
    except QAError as e:
        calls.fail(record, e)
        return
    calls.set_transcript(session, record, call, settings=settings)
