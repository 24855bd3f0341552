"""The pipeline: ingest -> transcribe -> score, with everything stored.

* :func:`qa_service.ingest.submit_files` registers input files as calls in a
  batch and returns the work to send;
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
from typing import TYPE_CHECKING, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from qa_service import batches, evaluations, lifecycle, redaction, webhooks
from qa_service.calls import fail as fail_call
from qa_service.calls import set_status as set_call_status
from qa_service.calls import set_transcript, stored_call
from qa_service.config import Settings
from qa_service.db.models import FINAL_ITEM_STATUSES, Batch, BatchItem, CallRecord, ScorecardVersion, Transcript
from qa_service.db.session import session_scope
from qa_service.ingest import Work
from qa_service.scorecard_versions import scorecard_for_version
from scorecards.engine import Evaluation
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
    from qa_service.time_limit import chunk_time_limit

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
                # a backstop: each call's own limit is enforced by score_one
                soft_time_limit=chunk_time_limit(per_call_limit, len(chunk)),
            )
            sent += 1
    return sent


def unfinished_work(settings: Settings, *, batch_id: int | None = None) -> list[Work]:
    """The work left in running batches (or in one batch, which must exist)."""
    with session_scope(settings) as session:
        if batch_id is not None:
            batches.get_batch(session, batch_id)
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
        name = record.call_id
        content_hash = record.content_hash
        # the channel map sent with the recording (POST /api/v1/calls metadata), else the configured one
        channels = (record.metadata_ or {}).get("channels") or None
        if audio_path:
            set_call_status(session, [call_id], "transcribing")
            batches.set_items(session, [item_id], "running", only_from="queued")
        else:
            fail_call(record, f"call {record.call_id!r} has neither a transcript nor an audio file")
            batches.set_items(session, [item_id], "failed", record.error)
            webhooks.calls_failed(session, {call_id: record.error}, settings=settings)
    if not audio_path:
        _close_batches(settings, [item_id])
        return False
    try:
        from qa_service.transcribe_options import transcribe_recording

        call = transcribe_recording(settings, audio_path, channels=channels, label=f"call {name!r}")
        # redacted (transcript and recording) before the write transaction: silencing a long recording takes a while
        protected = redaction.protect(call, audio_path=audio_path, key=content_hash, settings=settings)
    except QAError as e:
        record_failure(settings, [(call_id, item_id)], str(e))
        return False
    with session_scope(settings, immediate=True) as session:
        record = session.get(CallRecord, call_id)
        if record is None:
            log.warning("transcribe: call #%s was deleted while transcribing; result dropped", call_id)
            redaction.discard(protected, original=audio_path)
            return False
        if record.transcript is None:
            set_transcript(session, record, call, source=f"whisper:{settings.whisper_model}", protected=protected)
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
        done = evaluations.scored_call_ids(session, version_id, items)
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
                batches.set_items(session, [item_id], "failed", "the call or scorecard version was deleted")
                outcome[call_id] = "missing"
            elif call_id in done:
                outcome[call_id] = "exists"
            else:
                try:
                    if version_error is not None:
                        raise QAError(version_error)
                    if row.data is None:
                        raise QAError(f"call {row.call_id!r} (#{call_id}) has no transcript yet; transcribe it first")
                    todo.append((call_id, stored_call(row.data)))
                except Exception as e:  # noqa: BLE001 - this call fails alone, with its reason
                    reason = str(e) if isinstance(e, QAError) else (
                        f"internal error while reading the stored transcript of call {row.call_id!r}: "
                        f"{type(e).__name__}: {e}; please report this")
                    if not isinstance(e, QAError):
                        log.exception("score: call #%s", call_id)
                    set_call_status(session, [call_id], "failed", reason)
                    batches.set_items(session, [item_id], "failed", reason)
                    outcome[call_id] = "failed"
                    webhooks.calls_failed(session, {call_id: str(e)}, settings=settings)
        exists = [c for c, o in outcome.items() if o == "exists"]
        set_call_status(session, exists, "scored")
        batches.set_items(session, [items[c] for c in exists], "scored")
        set_call_status(session, [c for c, _ in todo], "scoring")
        batches.set_items(session, [items[c] for c, _ in todo], "running", only_from="queued")
    if not todo:
        return [outcome[c] for c, _ in calls]

    results: dict[int, Evaluation] = {}
    failures: dict[int, str] = {}
    for call_id, call in todo:
        # each call on its own: a bad one (an error, a bug, past the time limit) fails alone
        try:
            results[call_id] = score_one(call, scorecard, settings)
        except QAError as e:
            failures[call_id] = str(e)
        except Exception as e:  # noqa: BLE001 - a bug: the call names it, the log keeps the traceback
            log.exception("score: internal error on call #%s (%s)", call_id, call.call_id)
            failures[call_id] = (f"internal error while scoring call {call.call_id!r}: "
                                 f"{str(e).splitlines()[0] if str(e) else type(e).__name__}; please report this "
                                 "with the call file")
    if settings.score_delay_seconds:
        time.sleep(settings.score_delay_seconds)
    try:
        with session_scope(settings, immediate=True) as session:
            _store_results(session, version_id, results, failures, items, settings=settings)
    except IntegrityError:
        # some were stored meanwhile (a redelivered chunk) or deleted: one by one, each on its own
        with session_scope(settings, immediate=True) as session:
            for call_id, result in results.items():
                if session.get(CallRecord, call_id) is None:
                    log.warning("score: call #%s was deleted while it was scored; result dropped", call_id)
                    batches.set_items(session, [items[call_id]], "failed", "the call was deleted while it was scored")
                    outcome[call_id] = "missing"
                    continue
                try:
                    with session.begin_nested():
                        stored = lifecycle.store_results(session, session.get(ScorecardVersion, version_id),
                                                         {call_id: result})
                        webhooks.calls_scored(session, stored, settings=settings)
                except IntegrityError:
                    outcome[call_id] = "exists"
                set_call_status(session, [call_id], "scored")
                batches.set_items(session, [items[call_id]], "scored")
            _store_results(session, version_id, {}, failures, items, settings=settings)
    for call_id in results:
        outcome.setdefault(call_id, "scored")
    for call_id in failures:
        outcome[call_id] = "failed"
    return [outcome[c] for c, _ in calls]


def score_one(call: Call, scorecard: Scorecard, settings: Settings) -> Evaluation:
    """The engine's evaluation of one call, within ``settings.score_time_limit`` seconds (0: no limit).

    With a limit the call is scored in this worker's scoring process
    (:mod:`qa_service.time_limit`), which is killed when the call runs
    over: that holds in every Celery pool, the solo pool of the embedded
    worker included, and even when one library call never returns.
    """
    if settings.score_time_limit and settings.score_time_limit > 0:
        from qa_service.time_limit import score_limited

        return score_limited(call, scorecard, settings.score_time_limit)
    from scorecards.engine import score_call

    return score_call(call, scorecard)


def _store_results(
    session: Session, version_id: int, results: dict[int, Evaluation], failures: dict[int, str],
    items: dict[int, int | None], *, settings: Settings,
) -> None:
    if results:
        stored = lifecycle.store_results(session, session.get(ScorecardVersion, version_id), results)
        webhooks.calls_scored(session, stored, settings=settings)
    set_call_status(session, list(results), "scored")
    batches.set_items(session, [items[c] for c in results], "scored")
    for call_id, reason in failures.items():
        set_call_status(session, [call_id], "failed", reason)
        batches.set_items(session, [items[call_id]], "failed", reason)
    webhooks.calls_failed(session, failures, settings=settings)


# parsed scorecards by (database, version id, content hash); versions never change
_SCORECARDS: dict[tuple[str, int, str], Scorecard] = {}


def _scorecard(session: Session, settings: Settings, version_id: int, content_hash: str) -> Scorecard:
    key = (settings.effective_database_url, version_id, content_hash)
    scorecard = _SCORECARDS.get(key)
    if scorecard is None:
        scorecard = _SCORECARDS[key] = scorecard_for_version(session.get(ScorecardVersion, version_id))
    return scorecard


def record_failure(settings: Settings, calls: Sequence[tuple[int, int | None]], reason: str) -> None:
    """Mark calls (and their batch items) failed with ``reason``, in a transaction of its own.

    Calls that have an evaluation for their item's batch already are left alone.
    """
    with session_scope(settings, immediate=True) as session:
        failed: dict[int, str] = {}
        for call_id, item_id in calls:
            if item_id is not None and batches.item_status(session, item_id) in FINAL_ITEM_STATUSES:
                continue
            set_call_status(session, [call_id], "failed", reason)
            batches.set_items(session, [item_id], "failed", reason)
            failed[call_id] = reason
        webhooks.calls_failed(session, failed, settings=settings)
    _close_batches(settings, [item_id for _, item_id in calls])


def _close_batches(settings: Settings, item_ids: Sequence[int | None]) -> None:
    # after the items' own commit, so the last worker of a batch sees every other one's results
    ids = [i for i in item_ids if i is not None]
    if ids:
        with session_scope(settings, immediate=True) as session:
            batches.close_finished_batches(session, ids)


# --- waiting ---------------------------------------------------------------------------------


def batch_progress(settings: Settings, batch_id: int) -> Batch:
    """The batch with fresh counts (a detached row)."""
    with session_scope(settings) as session:
        return batches.refresh_batch(session, batches.get_batch(session, batch_id))


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
