"""Reviews: what trainers and agents do with an evaluation.

The only writer of the review columns of an evaluation (``review_state``,
``reviewer_id``, ``shared_at``, ``review_note``) and of
:class:`CoachingNote`, :class:`Acknowledgement` and :class:`Dispute` rows. A
review goes pending -> in_review -> completed -> shared; overriding a
criterion (through :func:`override`, which asks :mod:`qa_service.evaluations`
to change the outcome) starts it; sharing shows it to the agent, who
acknowledges it or disputes criteria.
"""

from __future__ import annotations

import math
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_service import audit, evaluations, webhooks
from qa_service.db.models import (
    REVIEW_STATES,
    Acknowledgement,
    CallRecord,
    CoachingNote,
    Dispute,
    EvaluationRecord,
    Override,
    User,
    utcnow,
)
from qa_service.errors import Forbidden, Invalid, NotFound

__all__ = [
    "DISPUTE_DECISIONS",
    "acknowledge",
    "add_note",
    "carry_review",
    "get_dispute",
    "has_activity",
    "open_dispute",
    "override",
    "reopen_review",
    "resolve_dispute",
    "set_review_state",
    "set_summary",
    "share_review",
]

# what a trainer can decide about a dispute
DISPUTE_DECISIONS: tuple[str, ...] = ("accept", "reject")
# the longest review summary, in characters
SUMMARY_MAX_CHARS = 4000


def _require_current(session: Session, evaluation: EvaluationRecord) -> None:
    """Lock ``evaluation`` (see :func:`qa_service.evaluations.lock`) and refuse to change it when it is history.

    After the lock, ``is_current`` is what is committed: a re-score that
    replaced the evaluation while the trainer had the old one open is seen
    here, and the change is refused instead of landing, unnoticed, on an
    evaluation nobody looks at any more.
    """
    evaluations.lock(session, evaluation)
    if evaluation.is_current:
        return
    current = evaluations.current_evaluation(session, evaluation.call)
    now = (f"; it was re-scored with {current.scorecard_version.scorecard.key} v{current.scorecard_version.version} "
           f"(evaluation #{current.id})" if current is not None else "")
    raise Forbidden(
        f"evaluation #{evaluation.id} (v{evaluation.scorecard_version.version}) of call {evaluation.call.call_id!r} "
        f"is kept as history{now}; nothing was changed: open the call's current evaluation and do it there"
    )


def set_review_state(session: Session, evaluation: EvaluationRecord, state: str, *, user: User | None = None,
                     note: str | None = None) -> None:
    """Move a review along (pending -> in_review -> completed -> shared); sharing shows it to the agent."""
    if state not in REVIEW_STATES:
        raise Invalid(f"review state {state!r} is not one of {', '.join(REVIEW_STATES)}")
    old = evaluation.review_state
    evaluation.review_state = state
    if state in ("in_review", "completed") and user is not None and evaluation.reviewer_id is None:
        evaluation.reviewer_id = user.id
    if state == "shared" and evaluation.shared_at is None:
        evaluation.shared_at = utcnow()
    if note is not None:
        evaluation.review_note = note
    session.flush()
    audit.record(session, "evaluation.review_state", user=user, target=evaluation, details={"from": old, "to": state})
    if state == "completed" and old != "completed":
        webhooks.review_completed(session, evaluation, by=user)


def share_review(session: Session, evaluation: EvaluationRecord, *, user: User) -> None:
    """Mark the review complete and share it with the agent (both steps audited)."""
    _require_current(session, evaluation)
    if evaluation.review_state == "shared":
        return
    if evaluation.review_state != "completed":
        set_review_state(session, evaluation, "completed", user=user)
    set_review_state(session, evaluation, "shared", user=user)


def reopen_review(session: Session, evaluation: EvaluationRecord, *, user: User) -> None:
    """Take a completed or shared review back into progress so the trainer can change it and share it
    again; the agent's acknowledgements of the shared version are withdrawn (they read what is about to
    change) and listed in the audit log."""
    _require_current(session, evaluation)
    if evaluation.review_state not in ("completed", "shared"):
        raise Invalid(
            f"the review of evaluation #{evaluation.id} is {evaluation.review_state.replace('_', ' ')}, not completed "
            "or shared; only a completed or shared review can be reopened"
        )
    withdrawn = [a.user.username if a.user is not None else str(a.user_id) for a in evaluation.acknowledgements]
    evaluation.acknowledgements.clear()  # delete-orphan: the rows go
    evaluation.shared_at = None
    set_review_state(session, evaluation, "in_review", user=user)
    audit.record(session, "evaluation.reopen", user=user, target=evaluation,
                 details={"acknowledgements_withdrawn": withdrawn})


def set_summary(session: Session, evaluation: EvaluationRecord, text: str, *, user: User) -> None:
    """The trainer's overall summary of the review (empty text removes it); writing one starts the review."""
    _require_current(session, evaluation)
    summary = (text or "").strip()
    if len(summary) > SUMMARY_MAX_CHARS:
        raise Invalid(f"the review summary has {len(summary)} characters; keep it to {SUMMARY_MAX_CHARS}")
    evaluation.review_summary = summary or None
    session.flush()
    audit.record(session, "evaluation.summary", user=user, target=evaluation, details={"chars": len(summary)})
    _start(session, evaluation, user)


def _start(session: Session, evaluation: EvaluationRecord, user: User | None) -> None:
    if evaluation.review_state == "pending":
        set_review_state(session, evaluation, "in_review", user=user)


def override(
    session: Session, evaluation: EvaluationRecord, criterion_id: str, outcome: str, *, reason: str, user: User
) -> Override:
    """A trainer changes a criterion's outcome (with a reason); the review is in progress from then on.

    Safe with several web processes: the evaluation is locked and reloaded
    first, so the score is recomputed from every criterion's committed outcome.
    """
    _require_current(session, evaluation)
    row = evaluations.apply_override(session, evaluation, criterion_id, outcome, reason=reason, user=user)
    evaluations.criterion_row(evaluation, criterion_id).needs_review = False
    _start(session, evaluation, user)
    return row


def add_note(
    session: Session,
    record: CallRecord,
    text: str,
    *,
    time_seconds: float,
    author: User | None = None,
    evaluation: EvaluationRecord | None = None,
    criterion_id: str | None = None,
) -> CoachingNote:
    """Pin a coaching note to ``time_seconds`` into the call (about one criterion of ``evaluation``, optionally)."""
    if not text or not text.strip():
        raise Invalid("a coaching note needs text")
    if not math.isfinite(time_seconds) or time_seconds < 0 or (
            record.duration is not None and time_seconds > record.duration + 1.0):
        limit = f"0 to {record.duration:.1f}" if record.duration is not None else "0 or more"
        raise Invalid(f"note time {time_seconds} s is outside call {record.call_id!r}; use {limit} seconds")
    if evaluation is not None:
        _require_current(session, evaluation)
        if criterion_id is not None:
            evaluations.criterion_row(evaluation, criterion_id)
    note = CoachingNote(
        call_id=record.id,
        evaluation_id=evaluation.id if evaluation is not None else None,
        criterion_id=criterion_id,
        author_id=author.id if author is not None else None,
        time_seconds=float(time_seconds),
        text=text.strip(),
    )
    session.add(note)
    session.flush()
    audit.record(session, "note.add", user=author, target=note, details={"call": record.call_id, "time": time_seconds})
    return note


def _require_own_shared(session: Session, evaluation: EvaluationRecord, user: User, what: str) -> None:
    if user.role == "agent" and (user.agent_id is None or user.agent_id != evaluation.call.agent_id):
        raise NotFound(f"there is no evaluation #{evaluation.id} among your calls")
    _require_current(session, evaluation)
    if evaluation.review_state != "shared":
        raise Forbidden(
            f"evaluation #{evaluation.id} has not been shared with the agent yet; only shared reviews can be {what}"
        )


def acknowledge(session: Session, evaluation: EvaluationRecord, user: User, *,
                comment: str | None = None) -> Acknowledgement:
    """The agent confirms they read a shared review (once; a second call returns the first)."""
    _require_own_shared(session, evaluation, user, "acknowledged")
    existing = session.scalar(
        select(Acknowledgement).where(Acknowledgement.evaluation_id == evaluation.id,
                                      Acknowledgement.user_id == user.id)
    )
    if existing is not None:
        return existing
    ack = Acknowledgement(evaluation_id=evaluation.id, user_id=user.id, comment=comment)
    session.add(ack)
    session.flush()
    audit.record(session, "evaluation.acknowledge", user=user, target=evaluation)
    return ack


def open_dispute(
    session: Session, evaluation: EvaluationRecord, criterion_id: str, *, user: User, comment: str
) -> Dispute:
    """The agent disputes one criterion of a shared review (one open dispute per criterion)."""
    _require_own_shared(session, evaluation, user, "disputed")
    evaluations.criterion_row(evaluation, criterion_id)
    if not comment or not comment.strip():
        raise Invalid(f"disputing criterion {criterion_id!r} needs a comment saying what the score missed")
    if any(d.criterion_id == criterion_id and d.status == "open" for d in evaluation.disputes):
        raise Invalid(f"criterion {criterion_id!r} already has an open dispute; wait for your trainer's answer")
    dispute = Dispute(evaluation=evaluation, criterion_id=criterion_id, raised_by_id=user.id, comment=comment.strip())
    session.add(dispute)
    session.flush()
    audit.record(session, "dispute.open", user=user, target=dispute, details={"criterion": criterion_id})
    webhooks.dispute_opened(session, dispute)
    return dispute


def get_dispute(session: Session, record: CallRecord, dispute_id: int) -> Dispute:
    """Dispute ``dispute_id`` of call ``record``; :class:`NotFound` when it belongs to another call."""
    dispute = session.get(Dispute, dispute_id)
    if dispute is None or dispute.evaluation.call_id != record.id:
        raise NotFound(f"call {record.call_id!r} has no dispute #{dispute_id}")
    return dispute


def resolve_dispute(
    session: Session,
    dispute: Dispute,
    *,
    decision: str,
    user: User,
    comment: str,
    outcome: str | None = None,
) -> Dispute:
    """Accept (the criterion takes ``outcome``, pass, fail or na; by default the opposite of pass/fail) or
    reject a dispute. Accepting with the outcome the criterion already has is refused (it would change
    nothing): choose another outcome or reject."""
    if decision not in DISPUTE_DECISIONS:
        raise Invalid(f"decision {decision!r} is not one of {', '.join(DISPUTE_DECISIONS)}")
    # locked and reloaded first: two trainers answering one dispute take turns, and the second sees the first's
    evaluation = dispute.evaluation
    _require_current(session, evaluation)
    if dispute.status != "open":
        raise Invalid(f"dispute #{dispute.id} is already {dispute.status}")
    if not comment or not comment.strip():
        raise Invalid(f"resolving dispute #{dispute.id} needs a comment for the agent")
    if decision == "accept":
        current = evaluations.criterion_row(evaluation, dispute.criterion_id).outcome
        new = outcome or {"fail": "pass", "pass": "fail", "na": "pass"}[current]
        if new == current:
            raise Invalid(
                f"criterion {dispute.criterion_id!r} is already {current}; accepting dispute #{dispute.id} must "
                "change its outcome: choose another outcome, or reject the dispute"
            )
        override(session, evaluation, dispute.criterion_id, new,
                 reason=f"dispute #{dispute.id} accepted: {comment.strip()}", user=user)
    dispute.status = "accepted" if decision == "accept" else "rejected"
    dispute.resolver_id = user.id
    dispute.resolution_comment = comment.strip()
    dispute.resolved_at = utcnow()
    session.flush()
    audit.record(session, f"dispute.{dispute.status}", user=user, target=dispute,
                 details={"criterion": dispute.criterion_id})
    webhooks.dispute_resolved(session, dispute)
    return dispute


def has_activity(session: Session, evaluation: EvaluationRecord) -> bool:
    """Whether a person has done anything with this evaluation (so re-scoring must carry it forward)."""
    if evaluation.review_state != "pending" or evaluation.overrides or evaluation.disputes:
        return True
    return session.scalar(
        select(CoachingNote.id).where(CoachingNote.evaluation_id == evaluation.id).limit(1)
    ) is not None


def carry_review(
    session: Session,
    old: EvaluationRecord,
    new: EvaluationRecord,
    *,
    unchanged: Iterable[str],
    keep_state: bool,
    note: str,
) -> None:
    """Carry the review of ``old`` onto ``new`` (re-scored with a newer version): notes and disputes on the
    ``unchanged`` criteria (and notes about no criterion) are repeated on ``new``; the review state, its
    reviewer and the agent's acknowledgements are kept when ``keep_state``, else the review is back in
    progress. ``note`` says which and why; nothing of ``old`` changes."""
    same = set(unchanged)
    notes = session.scalars(
        select(CoachingNote).where(CoachingNote.evaluation_id == old.id).order_by(CoachingNote.id)
    ).all()
    for n in notes:
        if n.criterion_id is None or n.criterion_id in same:
            session.add(CoachingNote(
                call_id=n.call_id, evaluation_id=new.id, criterion_id=n.criterion_id, author_id=n.author_id,
                time_seconds=n.time_seconds, text=n.text, created_at=n.created_at, carried_from_id=n.id,
            ))
    for d in old.disputes:
        if d.criterion_id in same:
            session.add(Dispute(
                evaluation_id=new.id, criterion_id=d.criterion_id, raised_by_id=d.raised_by_id, comment=d.comment,
                status=d.status, resolver_id=d.resolver_id, resolution_comment=d.resolution_comment,
                created_at=d.created_at, resolved_at=d.resolved_at, carried_from_id=d.id,
            ))
    new.review_summary = old.review_summary
    if keep_state:
        new.review_state = old.review_state
        new.reviewer_id = old.reviewer_id
        new.shared_at = old.shared_at
        for a in old.acknowledgements:
            session.add(Acknowledgement(evaluation_id=new.id, user_id=a.user_id, comment=a.comment,
                                        created_at=a.created_at))
    elif old.review_state != "pending" or old.overrides:
        new.review_state = "in_review"
        new.reviewer_id = old.reviewer_id
    new.review_note = note
    new.carried_from_id = old.id
    session.flush()
