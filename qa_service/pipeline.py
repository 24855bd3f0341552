"""The pipeline: ingest -> transcribe -> score, with everything stored.

* :func:`submit_files` registers input files as calls (a file already stored,
  by content hash, is not stored again), puts them in a :class:`Batch` and
  returns the work to send;
* :func:`enqueue` sends that work to the Celery queues (``transcribe`` for
  audio, ``score`` for transcripts);
* :func:`transcribe_stage` and :func:`score_stage` are what the tasks run:
  they take database ids, are idempotent (one evaluation per call x
  scorecard version, whatever is re-delivered), and record a permanent
  failure (a :class:`QAError`) on the call with its reason so the rest of
  the batch goes on.

Nothing here needs a worker: the stages are plain functions (tests and the
benchmark call them directly), the tasks in :mod:`qa_service.tasks` are thin
wrappers.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from qa_service import store
from qa_service.config import Settings
from qa_service.db.models import (
    FINAL_ITEM_STATUSES,
    Batch,
    BatchItem,
    CallRecord,
    Evaluation,
    ScorecardVersion,
    Transcript,
    User,
)
from qa_service.db.session import session_scope
from qa_service.scoring import find_inputs, is_audio, scorecard_for
from scorecards.schema import Scorecard
from transcription.call import Call
from transcription.errors import QAError

if TYPE_CHECKING:
    from celery import Celery

log = logging.getLogger(__name__)

# seconds between looks at the database while waiting for a batch
POLL_INTERVAL_S = 0.5
# most calls in one score task (one message, two commits)
SCORE_CHUNK_MAX = 50
# a batch is cut into at least this many score tasks, so that every worker gets a share
SCORE_CHUNKS_PER_BATCH_MIN = 8


@dataclass(frozen=True)
class Work:
    """One unit of queued work: score (after transcribing, when needed) a call for a batch item."""

    item_id: int
    call_id: int  # calls.id
    version_id: int  # scorecard_versions.id
    transcribe: bool  # the call is audio without a transcript yet


# --- scorecards ---------------------------------------------------------------------


def scorecard_version(session: Session, settings: Settings, id_or_path: str | None = None) -> ScorecardVersion:
    """Load a scorecard (id or YAML path; the default from settings) and register its version in the database."""
    return store.register_scorecard(session, scorecard_for(settings, id_or_path))


def stored_version(session: Session, scorecard_id: str, version: int) -> ScorecardVersion:
    """A scorecard version already in the database, by scorecard id and version number."""
    from qa_service.db.models import Scorecard as ScorecardRow

    row = session.scalar(
        select(ScorecardVersion)
        .join(ScorecardRow)
        .where(ScorecardRow.key == scorecard_id, ScorecardVersion.version == version)
    )
    if row is None:
        known = session.execute(
            select(ScorecardRow.key, ScorecardVersion.version).join(ScorecardVersion).order_by(ScorecardRow.key)
        ).all()
        listing = ", ".join(f"{k} v{v}" for k, v in known) or "(none yet)"
        raise QAError(
            f"scorecard {scorecard_id!r} version {version} is not stored; stored versions: {listing}. "
            "Score something with the YAML file first (qa-service batch --scorecard FILE) to register it"
        )
    return row


# --- ingest ---------------------------------------------------------------------------


def submit_files(
    session: Session,
    paths: Sequence[str | Path],
    version: ScorecardVersion,
    *,
    agent_external_id: str | None = None,
    created_by: User | None = None,
    kind: str = "batch",
) -> tuple[Batch, list[Work]]:
    """Register every input file as a call in a new batch; returns the batch and the work to enqueue.

    Directories are searched for transcripts and audio. Per file: new
    transcripts are parsed and stored (a corrupt one becomes a failed call
    with the parser's message); new audio is stored to be transcribed; a
    file stored before is not stored again, and is ``skipped`` when it is
    already scored with ``version``. Enqueue the work only after the session
    is committed (:func:`enqueue`), so that workers find the rows.
    """
    files, missing = find_inputs([str(p) for p in paths])
    batch = store.create_batch(session, version, kind=kind, created_by=created_by)
    for raw in missing:
        store.add_batch_item(
            session, batch, source=raw, status="failed", error=f"{raw}: no such file or directory"
        )
    pending: list[tuple[BatchItem, CallRecord]] = []
    for path in files:
        item, record = _register_file(session, batch, path, version, agent_external_id=agent_external_id)
        if item.status == "queued" and record is not None:
            pending.append((item, record))
    session.flush()
    store.refresh_batch(session, batch, write=True)
    work = [
        Work(item.id, record.id, version.id, transcribe=record.transcript is None) for item, record in pending
    ]
    return batch, work


def _register_file(
    session: Session, batch: Batch, path: Path, version: ScorecardVersion, *, agent_external_id: str | None
) -> tuple[BatchItem, CallRecord | None]:
    source = str(path)
    try:
        digest = store.file_hash(path)
    except OSError as e:
        return store.add_batch_item(session, batch, source=source, status="failed", error=f"{path}: cannot be read ({e})"), None
    record = session.scalar(select(CallRecord).where(CallRecord.content_hash == digest))
    if record is None:
        record = _new_call(session, path, digest, agent_external_id)
    elif record.status == "failed" and record.transcript is None and not is_audio(path):
        # a transcript that failed to parse before: the parser may have been fixed since
        _parse_into(record, path)
    if record.status == "failed" and record.transcript is None:
        return store.add_batch_item(session, batch, call=record, source=source, status="failed", error=record.error), record
    already = session.scalar(
        select(Evaluation.id).where(Evaluation.call_id == record.id, Evaluation.scorecard_version_id == version.id)
    )
    if already is not None:
        return store.add_batch_item(
            session, batch, call=record, source=source, status="skipped",
            error=f"already scored with {version.scorecard.key} v{version.version} (call {record.call_id})",
        ), record
    return store.add_batch_item(session, batch, call=record, source=source, status="queued"), record


def _new_call(session: Session, path: Path, digest: str, agent_external_id: str | None) -> CallRecord:
    if is_audio(path):
        record, _ = store.register_call(
            session, content_hash=digest, call_id=path.stem, source_path=str(path.resolve()),
            audio_path=str(path.resolve()), agent_external_id=agent_external_id,
        )
        return record
    from transcription.importers import load_transcript

    try:
        call = load_transcript(path)
    except QAError as e:
        record, _ = store.register_call(
            session, content_hash=digest, call_id=path.stem, source_path=str(path.resolve()),
            agent_external_id=agent_external_id,
        )
        _fail(record, e)
        return record
    record, _ = store.register_call(
        session, content_hash=digest, call=call, source_path=str(path.resolve()),
        agent_external_id=agent_external_id,
    )
    return record


def _parse_into(record: CallRecord, path: Path) -> None:
    from sqlalchemy.orm import object_session

    from transcription.importers import load_transcript

    try:
        call = load_transcript(path)
    except QAError as e:
        _fail(record, e)
        return
    store.set_transcript(object_session(record), record, call)


def _fail(record: CallRecord, error: BaseException | str) -> None:
    record.status = "failed"
    record.error = str(error)


def submit_stored(
    session: Session,
    version: ScorecardVersion,
    *,
    since: datetime | None = None,
    created_by: User | None = None,
) -> tuple[Batch, list[Work]]:
    """A ``rescore`` batch: every stored call with a transcript (started since ``since``) not yet scored with ``version``.

    Old evaluations (other versions) are kept.
    """
    batch = store.create_batch(session, version, kind="rescore", created_by=created_by)
    scored = select(Evaluation.call_id).where(Evaluation.scorecard_version_id == version.id)
    query = select(CallRecord.id).join(Transcript).where(CallRecord.id.not_in(scored)).order_by(CallRecord.id)
    if since is not None:
        query = query.where(CallRecord.started_at >= since)
    ids = session.scalars(query).all()
    items = [BatchItem(batch_id=batch.id, call_id=cid, status="queued") for cid in ids]
    session.add_all(items)
    session.flush()
    store.refresh_batch(session, batch, write=True)
    return batch, [Work(item.id, item.call_id, version.id, transcribe=False) for item in items]


# --- queueing ---------------------------------------------------------------------------


def chunk_size_for(count: int) -> int:
    """Calls per score task for a batch of ``count``: big enough to share one commit and one
    message among many calls, small enough that every worker gets a share."""
    return max(1, min(SCORE_CHUNK_MAX, count // SCORE_CHUNKS_PER_BATCH_MIN))


def enqueue(app: "Celery", work: Iterable[Work], *, chunk_size: int | None = None) -> int:
    """Send work to the queues; returns the number of messages sent.

    Audio goes to ``transcribe`` one call per task (it then sends the call to
    ``score``); transcripts go to ``score`` in chunks of ``chunk_size`` calls
    (default :func:`chunk_size_for`), each chunk stored in one transaction.
    """
    settings = app.conf.get("qa_settings")
    per_call_limit = getattr(settings, "score_time_limit", 300.0)
    work = list(work)
    sent = 0
    for w in work:
        if w.transcribe:
            app.tasks["qa.transcribe"].apply_async((w.call_id, w.version_id, w.item_id))
            sent += 1
    by_version: dict[int, list[Work]] = {}
    for w in work:
        if not w.transcribe:
            by_version.setdefault(w.version_id, []).append(w)
    for version_id, items in by_version.items():
        size = chunk_size or chunk_size_for(len(items))
        for i in range(0, len(items), size):
            chunk = items[i : i + size]
            app.tasks["qa.score"].apply_async(
                (version_id, [[w.call_id, w.item_id] for w in chunk]),
                soft_time_limit=per_call_limit * len(chunk),
            )
            sent += 1
    return sent


def unfinished_work(settings: Settings, *, batch_id: int | None = None) -> list[Work]:
    """The work left in running batches (or in one batch, which must exist)."""
    with session_scope(settings) as session:
        if batch_id is not None and session.get(Batch, batch_id) is None:
            raise QAError(f"batch #{batch_id} does not exist; `qa-service export` or the web UI list the batches")
        query = (
            select(BatchItem)
            .join(Batch)
            .options(selectinload(BatchItem.call).selectinload(CallRecord.transcript))
            .where(BatchItem.status.not_in(FINAL_ITEM_STATUSES), BatchItem.call_id.is_not(None))
            .order_by(BatchItem.id)
        )
        query = query.where(Batch.id == batch_id) if batch_id is not None else query.where(Batch.status == "running")
        return [
            Work(item.id, item.call_id, item.batch.scorecard_version_id, transcribe=item.call.transcript is None)
            for item in session.scalars(query)
        ]


def requeue_unfinished(settings: Settings, *, app: "Celery", batch_id: int | None = None) -> int:
    """Re-send every unfinished item of running batches (or of one batch); returns the messages sent.

    Safe to repeat: the stages skip work that is already done.
    """
    return enqueue(app, unfinished_work(settings, batch_id=batch_id))


# --- stages (what the tasks run) ------------------------------------------------------------


def transcribe_stage(settings: Settings, call_id: int, *, item_id: int | None = None) -> bool:
    """Transcribe a registered audio call and store its transcript; True when it has one now.

    A missing row is logged and skipped; a :class:`QAError` (unreadable audio,
    model missing) marks the call and the batch item failed.
    """
    with session_scope(settings, immediate=True) as session:
        record = session.get(CallRecord, call_id)
        if record is None:
            log.warning("transcribe: call #%s no longer exists; skipped", call_id)
            return False
        if record.transcript is not None:
            return True
        audio_path = record.audio_path
        if audio_path:
            record.status = "transcribing"
            _set_item(session, item_id, "running", only_from="queued")
        else:
            _fail(record, f"call {record.call_id!r} has neither a transcript nor an audio file")
            _set_item(session, item_id, "failed", record.error)
    if not audio_path:
        _close_batches(settings, [item_id])
        return False
    try:
        from qa_service.transcribe_options import transcribe_options
        from transcription import transcribe_audio

        call = transcribe_audio(audio_path, options=transcribe_options(settings))
    except QAError as e:
        record_failure(settings, [(call_id, item_id)], str(e))
        return False
    with session_scope(settings, immediate=True) as session:
        record = session.get(CallRecord, call_id)
        if record is None:
            log.warning("transcribe: call #%s was deleted while transcribing; result dropped", call_id)
            return False
        if record.transcript is None:
            store.set_transcript(session, record, call, source=f"whisper:{settings.whisper_model}")
    return True


def score_stage(
    settings: Settings, version_id: int, calls: Sequence[tuple[int, int | None]]
) -> list[str]:
    """Score stored calls with a stored scorecard version and store the evaluations.

    ``calls`` are ``(call id, batch item id or None)`` pairs. Returns, per
    call, what happened: ``"scored"``, ``"exists"`` (scored before; nothing
    written), ``"failed"`` (a :class:`QAError`, recorded on the call and its
    item; the other calls go on) or ``"missing"`` (the call or version row is
    gone; logged).

    Two short transactions for the whole chunk (take the calls, store the
    results) with scoring in between, outside any transaction: on a server
    database every commit waits for the disk, so a worker shares one among
    many calls.
    """
    outcomes = _score_chunk(settings, version_id, calls)
    _close_batches(settings, [item_id for _, item_id in calls])
    return outcomes


def _score_chunk(
    settings: Settings, version_id: int, calls: Sequence[tuple[int, int | None]]
) -> list[str]:
    outcome: dict[int, str] = {}
    items = {call_id: item_id for call_id, item_id in calls}
    todo: list[tuple[int, Call]] = []
    with session_scope(settings, immediate=True) as session:
        version_hash = session.scalar(select(ScorecardVersion.content_hash).where(ScorecardVersion.id == version_id))
        rows = {
            r.id: r
            for r in session.execute(
                select(CallRecord.id, CallRecord.call_id, Transcript.data)
                .outerjoin(Transcript, Transcript.call_id == CallRecord.id)
                .where(CallRecord.id.in_(items))
            )
        }
        done = set(
            session.scalars(
                select(Evaluation.call_id).where(
                    Evaluation.call_id.in_(items), Evaluation.scorecard_version_id == version_id
                )
            )
        )
        scorecard = None
        version_error = None
        if version_hash is not None:
            try:
                scorecard = _scorecard(session, settings, version_id, version_hash)
            except QAError as e:
                version_error = str(e)
        for call_id, item_id in items.items():
            row = rows.get(call_id)
            if row is None or version_hash is None:
                log.warning("score: call #%s or scorecard version #%s no longer exists; skipped", call_id, version_id)
                _set_item(session, item_id, "failed", "the call or scorecard version was deleted")
                outcome[call_id] = "missing"
            elif call_id in done:
                outcome[call_id] = "exists"
            else:
                try:
                    if version_error is not None:
                        raise QAError(version_error)
                    if row.data is None:
                        raise QAError(f"call {row.call_id!r} (#{call_id}) has no transcript yet; transcribe it first")
                    todo.append((call_id, store.stored_call(row.data)))
                except QAError as e:
                    _set_call(session, [call_id], "failed", str(e))
                    _set_item(session, item_id, "failed", str(e))
                    outcome[call_id] = "failed"
        exists = [c for c, o in outcome.items() if o == "exists"]
        _set_call(session, exists, "scored")
        _set_items(session, [items[c] for c in exists], "scored")
        _set_call(session, [c for c, _ in todo], "scoring")
        _set_items(session, [items[c] for c, _ in todo], "running", only_from="queued")
    if not todo:
        return [outcome[c] for c, _ in calls]

    from scorecards.engine import score_call

    results: dict[int, dict] = {}
    failures: dict[int, str] = {}
    for call_id, call in todo:
        try:
            results[call_id] = score_call(call, scorecard).to_dict()
        except QAError as e:
            failures[call_id] = str(e)
    if settings.score_delay_seconds:
        time.sleep(settings.score_delay_seconds)
    try:
        with session_scope(settings, immediate=True) as session:
            _store_results(session, version_id, results, failures, items)
    except IntegrityError:
        # some were stored meanwhile (a redelivered chunk) or deleted: one by one, each on its own
        with session_scope(settings, immediate=True) as session:
            for call_id, result in results.items():
                if session.get(CallRecord, call_id) is None:
                    log.warning("score: call #%s was deleted while it was scored; result dropped", call_id)
                    _set_item(session, items[call_id], "failed", "the call was deleted while it was scored")
                    outcome[call_id] = "missing"
                    continue
                try:
                    with session.begin_nested():
                        store.insert_evaluations(session, version_id, {call_id: result})
                except IntegrityError:
                    outcome[call_id] = "exists"
                _set_call(session, [call_id], "scored")
                _set_item(session, items[call_id], "scored")
            _store_results(session, version_id, {}, failures, items)
    for call_id in results:
        outcome.setdefault(call_id, "scored")
    for call_id in failures:
        outcome[call_id] = "failed"
    return [outcome[c] for c, _ in calls]


def _store_results(
    session: Session, version_id: int, results: dict[int, dict], failures: dict[int, str], items: dict[int, int | None]
) -> None:
    store.insert_evaluations(session, version_id, results)
    _set_call(session, list(results), "scored")
    _set_items(session, [items[c] for c in results], "scored")
    for call_id, reason in failures.items():
        _set_call(session, [call_id], "failed", reason)
        _set_item(session, items[call_id], "failed", reason)


# parsed scorecards by (database, version id, content hash); versions never change
_SCORECARDS: dict[tuple[str, int, str], Scorecard] = {}


def _scorecard(session: Session, settings: Settings, version_id: int, content_hash: str) -> Scorecard:
    key = (settings.effective_database_url, version_id, content_hash)
    scorecard = _SCORECARDS.get(key)
    if scorecard is None:
        scorecard = _SCORECARDS[key] = store.scorecard_for_version(session.get(ScorecardVersion, version_id))
    return scorecard


def record_failure(settings: Settings, calls: Sequence[tuple[int, int | None]], reason: str) -> None:
    """Mark calls (and their batch items) failed with ``reason``, in a transaction of its own.

    Calls that have an evaluation for their item's batch already are left alone.
    """
    with session_scope(settings, immediate=True) as session:
        for call_id, item_id in calls:
            if item_id is not None:
                state = session.scalar(select(BatchItem.status).where(BatchItem.id == item_id))
                if state in FINAL_ITEM_STATUSES:
                    continue
            _set_call(session, [call_id], "failed", reason)
            _set_item(session, item_id, "failed", reason)
    _close_batches(settings, [item_id for _, item_id in calls])


def _close_batches(settings: Settings, item_ids: Sequence[int | None]) -> None:
    # after the items' own commit, so the last worker of a batch sees every other one's results
    ids = [i for i in item_ids if i is not None]
    if ids:
        with session_scope(settings, immediate=True) as session:
            store.close_finished_batches(session, ids)


def _set_call(session: Session, call_ids: Sequence[int], status: str, error: str | None = None) -> None:
    if call_ids:
        session.execute(update(CallRecord).where(CallRecord.id.in_(call_ids)).values(status=status, error=error))


def _set_item(
    session: Session, item_id: int | None, status: str, error: str | None = None, *, only_from: str | None = None
) -> None:
    """Set a batch item's state (batch counts are recounted by whoever reads them: :func:`store.refresh_batch`)."""
    if item_id is not None:
        _set_items(session, [item_id], status, error, only_from=only_from)


def _set_items(
    session: Session, item_ids: Sequence[int | None], status: str, error: str | None = None, *,
    only_from: str | None = None,
) -> None:
    ids = [i for i in item_ids if i is not None]
    if not ids:
        return
    query = update(BatchItem).where(BatchItem.id.in_(ids))
    if only_from is not None:
        query = query.where(BatchItem.status == only_from)
    session.execute(query.values(status=status, error=error))


# --- waiting ---------------------------------------------------------------------------------


def batch_progress(settings: Settings, batch_id: int) -> Batch:
    """The batch with fresh counts (a detached row)."""
    with session_scope(settings) as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise QAError(f"batch #{batch_id} does not exist")
        store.refresh_batch(session, batch)
        return batch


def wait_for_batch(
    settings: Settings,
    batch_id: int,
    *,
    timeout: float | None = None,
    progress: bool = False,
    alive: "callable | None" = None,  # type: ignore[valid-type]
) -> Batch:
    """Block until every item of the batch is scored, failed or skipped; returns the batch.

    ``progress`` shows a tqdm bar; ``alive`` (a function) is checked each
    round and waiting stops with an error when it returns False (the embedded
    worker died).
    """
    bar = None
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        while True:
            batch = batch_progress(settings, batch_id)
            finished = batch.scored + batch.failed + batch.skipped
            if progress:
                if bar is None:
                    from tqdm import tqdm

                    bar = tqdm(total=batch.total, unit="call", desc=f"batch #{batch_id}")
                bar.set_postfix(scored=batch.scored, failed=batch.failed, skipped=batch.skipped, refresh=False)
                bar.update(finished - bar.n)
            if batch.status == "done":
                return batch
            if alive is not None and not alive():
                raise QAError(
                    f"the worker stopped before batch #{batch_id} finished ({finished}/{batch.total} done); "
                    "see its log above, then run the same command again to finish the batch"
                )
            if deadline is not None and time.monotonic() > deadline:
                raise QAError(
                    f"batch #{batch_id} is not finished after {timeout:.0f} s ({finished}/{batch.total} done); "
                    "are workers running? start one with `qa-service worker`"
                )
            time.sleep(POLL_INTERVAL_S)
    finally:
        if bar is not None:
            bar.close()
