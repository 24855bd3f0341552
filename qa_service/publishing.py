"""Publishing a scorecard draft as a new immutable version, behind the golden-call gate, and
re-scoring stored calls with a version.

A draft below the golden-call threshold is refused with
:class:`PublishBlocked` unless an override reason says why it should go out
anyway (recorded in the audit log). Re-scoring queues every stored call not
yet scored with the version; earlier evaluations are kept and the new ones
take over as current (:mod:`qa_service.lifecycle`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_service import audit, batches
from qa_service.db.models import Batch, CallRecord, EvaluationRecord, ScorecardVersion, Transcript, User
from qa_service.golden import GoldenReport, golden_check, percent
from qa_service.ingest import Work
from qa_service.scorecard_versions import latest_version, register_scorecard
from scorecards.drafts import DRAFT_SOURCE
from scorecards.schema import Scorecard
from transcription.errors import QAError, ScorecardError

__all__ = ["PublishBlocked", "publish", "queue_rescore"]


class PublishBlocked(QAError):
    """The draft disagrees with the golden calls more than the threshold allows."""

    def __init__(self, report: "GoldenReport", threshold: float) -> None:
        self.report = report
        self.threshold = threshold
        problems = []
        if report.agreement < threshold:
            problems.append(f"overall agreement {percent(report.agreement)}")
        weak = [f"{a.label} ({a.criterion}) {percent(a.agreement or 0.0)}" for a in report.below(threshold)]
        if weak:
            problems.append("criteria below it: " + ", ".join(weak))
        if report.errors:
            problems.append(f"{len(report.errors)} golden call(s) could not be scored")
        super().__init__(
            f"the draft does not pass the golden calls (at least {percent(threshold)} agreement overall and per "
            f"criterion; {report.matched} of {report.expected} expected outcomes match): {'; '.join(problems)}. "
            "Fix the criteria, correct the golden calls, or publish anyway with a reason (it is recorded in the "
            "audit log)"
        )


def publish(
    session: Session,
    draft: Scorecard,
    *,
    user: User | None,
    threshold: float,
    override_reason: str | None = None,
) -> tuple[ScorecardVersion, GoldenReport]:
    """Store ``draft`` as a new immutable version of its scorecard; returns the version and the golden report.

    The version number must be higher than every stored one. The draft is
    checked against the golden calls first: below ``threshold`` (0-1) it is
    refused with :class:`PublishBlocked` unless ``override_reason`` says why.
    """
    latest = latest_version(session, draft.id)
    if latest is not None:
        if latest.content_hash == draft.hash and latest.version == draft.version:
            raise ScorecardError(DRAFT_SOURCE, f"is identical to the published version {latest.version}; "
                                               "change something first")
        if draft.version <= latest.version:
            raise ScorecardError(
                DRAFT_SOURCE,
                f"version: {draft.version} is already taken (published: {latest.version}); versions are immutable: "
                f"set version to {latest.version + 1}",
            )
    report = golden_check(session, draft)
    passes = report.passes(threshold)
    reason = (override_reason or "").strip()
    if not passes and not reason:
        raise PublishBlocked(report, threshold)
    version = register_scorecard(session, draft, created_by=user)
    details = {
        "scorecard": draft.id, "version": draft.version, "hash": draft.hash,
        "golden_agreement": round(report.agreement, 4), "golden_calls": report.calls, "threshold": threshold,
        "previous_version": latest.version if latest is not None else None,
    }
    if not passes:
        details["override_reason"] = reason
        audit.record(session, "scorecard.publish_override", user=user, target=version, details=details)
    audit.record(session, "scorecard.publish", user=user, target=version, details=details)
    return version, report


def queue_rescore(
    session: Session,
    version: ScorecardVersion,
    *,
    user: User | None = None,
    since: datetime | None = None,
) -> tuple[Batch, list[Work]]:
    """A ``rescore`` batch of every stored call with a transcript (dated since ``since``) not yet scored
    with ``version`` (audited).

    Commit the session, then send the work with :func:`qa_service.pipeline.enqueue`
    so the workers find the rows; follow the batch like any other.
    """
    batch = batches.create_batch(session, version, kind="rescore", created_by=user)
    scored = select(EvaluationRecord.call_id).where(EvaluationRecord.scorecard_version_id == version.id)
    query = select(CallRecord.id).join(Transcript).where(CallRecord.id.not_in(scored)).order_by(CallRecord.id)
    if since is not None:
        query = query.where(CallRecord.dated_at >= since)
    items = batches.add_queued_calls(session, batch, session.scalars(query).all())
    batches.refresh_batch(session, batch, write=True)
    audit.record(session, "scorecard.rescore", user=user, target=version,
                 details={"batch": batch.id, "calls": len(items)})
    return batch, [Work(item.id, item.call_id, version.id, transcribe=False) for item in items]
