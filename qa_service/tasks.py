"""Celery tasks of the pipeline: thin wrappers over :mod:`qa_service.pipeline`.

Every task takes database ids (never ORM objects or transcripts), has an
explicit ``name=`` and a soft time limit (set from the settings in
:func:`qa_service.celery_app.celery_config`), is acknowledged late so a dead
worker's task is delivered again, and is idempotent, so that redelivery is
harmless. Transient trouble (the database or broker briefly unreachable,
SQLite busy) is retried with exponential backoff; a permanent problem with a
call (a :class:`QAError`) is stored on the call and the task ends normally,
so one bad call never stops a batch.
"""

from __future__ import annotations

import logging

from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy.exc import DBAPIError, OperationalError

from qa_service import pipeline, webhooks
from qa_service.celery_app import settings_of
from qa_service.ingest import submit_files  # by name: the task below is called ingest
from qa_service.time_limit import chunk_time_limit

log = logging.getLogger(__name__)

# errors worth another try a little later
TRANSIENT_ERRORS = (OperationalError, BrokerError, ConnectionError, TimeoutError)
# tries after the first; with backoff 2, 4, 8 ... seconds (capped at RETRY_BACKOFF_MAX_S)
MAX_RETRIES = 8
RETRY_BACKOFF_MAX_S = 300

_COMMON = dict(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    retry_backoff_max=RETRY_BACKOFF_MAX_S,
    retry_jitter=True,
    max_retries=MAX_RETRIES,
    ignore_result=True,
)


def _give_up(task: Task, calls: list, reason: str) -> None:
    settings = settings_of(task.app)
    try:
        pipeline.record_failure(settings, [(c, i) for c, i in calls], reason)
    except DBAPIError:
        log.exception("could not record the failure of calls %s: %s", [c for c, _ in calls], reason)


@shared_task(name="qa.score", soft_time_limit=300, **_COMMON)
def score(self: Task, version_id: int, calls: list) -> list[str]:
    """Score stored calls with scorecard version ``version_id``.

    ``calls`` is a list of ``[call id, batch item id or None]``; one chunk is
    stored in one transaction. Returns each call's outcome (see
    :func:`qa_service.pipeline.score_stage`).
    """
    settings = settings_of(self.app)
    pairs = [(int(c), None if i is None else int(i)) for c, i in calls]
    try:
        return pipeline.score_stage(settings, version_id, pairs)
    except SoftTimeLimitExceeded:
        # the backstop (each call's own limit is enforced in pipeline.score_one): the chunk as a whole ran over
        _give_up(self, pairs, f"scoring these {len(pairs)} call(s) took longer than {settings.score_time_limit:.0f} s "
                 "per call (QA_SCORE_TIME_LIMIT); the calls are unusually long or a detector is stuck")
        return ["failed"] * len(pairs)
    except TRANSIENT_ERRORS:
        if self.request.retries >= MAX_RETRIES:
            _give_up(self, pairs, "the database stayed unreachable; score the call again later")
        raise
    except Exception as e:
        # a bug, not a bad call: store it where users look, then let Celery log the traceback
        _give_up(self, pairs, f"internal error while scoring: {type(e).__name__}: {e}")
        raise


@shared_task(name="qa.transcribe", soft_time_limit=4 * 3600, **_COMMON)
def transcribe(self: Task, call_id: int, version_id: int | None = None, item_id: int | None = None) -> bool:
    """Transcribe stored audio call ``call_id``, then send it to the ``score`` queue when a version is given."""
    settings = settings_of(self.app)
    try:
        ready = pipeline.transcribe_stage(settings, call_id, item_id=item_id)
    except SoftTimeLimitExceeded:
        _give_up(self, [(call_id, item_id)], f"transcription took longer than {settings.transcribe_time_limit:.0f} s "
                 "(QA_TRANSCRIBE_TIME_LIMIT); split the recording or use a faster model or a GPU")
        return False
    except TRANSIENT_ERRORS:
        if self.request.retries >= MAX_RETRIES:
            _give_up(self, [(call_id, item_id)], "the database stayed unreachable; transcribe the call again later")
        raise
    except Exception as e:
        _give_up(self, [(call_id, item_id)], f"internal error while transcribing: {type(e).__name__}: {e}")
        raise
    if ready and version_id is not None:
        self.app.tasks["qa.score"].apply_async(
            (version_id, [[call_id, item_id]]), soft_time_limit=chunk_time_limit(settings.score_time_limit, 1)
        )
    return ready


@shared_task(name="qa.webhook", bind=True, acks_late=True, ignore_result=True, soft_time_limit=120)
def deliver_webhook(self: Task, delivery_id: int) -> str:
    """POST webhook delivery ``delivery_id`` (signed) and record the answer; a failed attempt is retried
    with doubling back-off up to ``webhook_max_attempts`` tries in all (:mod:`qa_service.webhooks`).
    Runs on the ``score`` queue (light work). Returns the delivery's status."""
    settings = settings_of(self.app)
    outcome = webhooks.attempt_delivery(settings, delivery_id)
    if outcome.status == "retrying":
        if self.request.is_eager:
            # eager (tests, one-shot runs): with task_eager_propagates a raised Retry would escape; returned,
            # Celery's apply() runs the retry at once
            return self.retry(countdown=outcome.retry_in, max_retries=settings.webhook_max_attempts - 1, throw=False)
        raise self.retry(countdown=outcome.retry_in, max_retries=settings.webhook_max_attempts - 1)
    return outcome.status


@shared_task(name="qa.ingest", soft_time_limit=300, **_COMMON)
def ingest(self: Task, path: str, version_id: int, agent_external_id: str | None = None) -> int:
    """Register one file (a path the workers can read, e.g. a web upload) as a one-item batch and send it on.

    Returns the batch id.
    """
    from qa_service.db.models import ScorecardVersion
    from qa_service.db.session import session_scope

    settings = settings_of(self.app)
    with session_scope(settings, immediate=True) as session:
        version = session.get(ScorecardVersion, version_id)
        if version is None:
            log.warning("ingest: scorecard version #%s no longer exists; %s skipped", version_id, path)
            return 0
        batch, work = submit_files(
            session, [path], version, agent_external_id=agent_external_id, kind="upload", settings=settings
        )
        batch_id = batch.id
    pipeline.enqueue(self.app, work)
    return batch_id


@shared_task(name="qa.retention", soft_time_limit=3600, **_COMMON)
def retention(self: Task) -> dict:
    """Apply the retention policy (:func:`qa_service.retention.run_retention`); returns what went, by kind.
    Scheduled by beat every ``QA_RETENTION_INTERVAL_S`` when any retention days are set."""
    from qa_service import retention as policy
    from qa_service.db.session import session_scope

    settings = settings_of(self.app)
    with session_scope(settings, immediate=True) as session:
        result = policy.run_retention(session, settings)
    if any(result.counts().values()):
        log.info("%s", result.summary())
    return result.counts()


@shared_task(name="qa.fill_review_queues", soft_time_limit=600, **_COMMON)
def fill_review_queues(self: Task) -> int:
    """Fill every active review queue with this week's and last week's picks (idempotent:
    :func:`qa_service.review_queues.fill_all`); returns how many calls were added. Scheduled by beat."""
    from qa_service import review_queues
    from qa_service.db.session import session_scope

    settings = settings_of(self.app)
    with session_scope(settings, immediate=True) as session:
        added = sum(r.total for r in review_queues.fill_all(session))
    if added:
        log.info("review queues: %d call(s) picked", added)
    return added
