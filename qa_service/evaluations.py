"""Evaluations and the overrides on them.

The only writer of the scores and criteria of :class:`EvaluationRecord` rows,
of :class:`CriterionResultRecord` and of :class:`Override` rows. An
evaluation is stored once per call x scorecard version from the engine's
typed :class:`scorecards.engine.Evaluation` (serialised here, once, into the
``result`` column, which never changes afterwards); ``score``/``passed`` and
the criterion rows carry the effective values after overrides, recomputed
with the engine's own arithmetic. Review state, notes and disputes belong to
:mod:`qa_service.reviews`; which evaluation of a call is current, and what
re-scoring carries over, to :mod:`qa_service.lifecycle`.

Concurrency: every change of an evaluation (an override, an accepted
dispute, a review step, a re-score) first takes :func:`lock`, the row locks
of its call and of the evaluation (``SELECT ... FOR UPDATE`` on
PostgreSQL), and reloads the evaluation and its criterion rows as committed
now, so that two web processes or workers changing one evaluation take
turns and each recomputes the score from the other's rows, never from
stale ones. The call's lock is the one a re-score takes
(:func:`qa_service.lifecycle.store_results`), so a change and a re-score of
the same call never interleave either.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any, Iterable, Mapping

from sqlalchemy import insert, select, true, update
from sqlalchemy.orm import Session

from qa_service import audit, weekly_summary
from qa_service.db.models import (
    CRITERION_OUTCOMES,
    CallRecord,
    CriterionResultRecord,
    Dispute,
    EvaluationRecord,
    Override,
    ScorecardVersion,
    User,
    utcnow,
)
from qa_service.errors import Invalid, NotFound
from qa_service.scorecard_versions import scorecard_for_version
from scorecards.engine import Evaluation, rescore_outcomes

__all__ = [
    "apply_override",
    "carry_override",
    "criterion_row",
    "current_evaluation",
    "evaluation_of_call",
    "flag_needs_review",
    "get_evaluation",
    "insert_results",
    "timing_columns",
    "lock",
    "scored_call_ids",
    "set_call_date",
    "set_current",
]


def get_evaluation(session: Session, evaluation_id: int) -> EvaluationRecord:
    """The evaluation with id ``evaluation_id``; :class:`NotFound` when there is none."""
    evaluation = session.get(EvaluationRecord, evaluation_id)
    if evaluation is None:
        raise NotFound(f"there is no evaluation #{evaluation_id}")
    return evaluation


def evaluation_of_call(session: Session, record: CallRecord, evaluation_id: int) -> EvaluationRecord:
    """Evaluation ``evaluation_id`` of call ``record``; :class:`NotFound` when it belongs to another call."""
    evaluation = session.get(EvaluationRecord, evaluation_id)
    if evaluation is None or evaluation.call_id != record.id:
        raise NotFound(f"call {record.call_id!r} has no evaluation #{evaluation_id}")
    return evaluation


def current_evaluation(session: Session, record: CallRecord) -> EvaluationRecord | None:
    """The current evaluation of ``record`` (None while it is not scored)."""
    return session.scalar(
        select(EvaluationRecord).where(EvaluationRecord.call_id == record.id, EvaluationRecord.is_current == true())
    )


def scored_call_ids(session: Session, version_id: int, call_ids: Iterable[int]) -> set[int]:
    """Which of ``call_ids`` already have an evaluation with scorecard version ``version_id``."""
    ids = list(call_ids)
    if not ids:
        return set()
    return set(session.scalars(
        select(EvaluationRecord.call_id).where(
            EvaluationRecord.call_id.in_(ids), EvaluationRecord.scorecard_version_id == version_id
        )
    ))


# evaluation columns copied from result["metrics"] for the dashboard's timing trends: (column, path in metrics)
TIMING_COLUMNS: tuple[tuple[str, tuple[str | int, ...]], ...] = (
    ("agent_interruptions", ("interruptions", "agent")),
    ("customer_interruptions", ("interruptions", "customer")),
    ("silence_seconds", ("silence", "total")),
    ("long_silences", ("silence", "count")),
    ("longest_silence", ("silence", "longest", 2)),
    ("overlap_seconds", ("overlap",)),
)


def timing_columns(metrics: Mapping[str, Any] | None) -> dict[str, float | None]:
    """The evaluation row's timing columns from an evaluation's ``metrics`` (None where a figure is missing)."""
    out: dict[str, float | None] = {}
    for column, path in TIMING_COLUMNS:
        value: Any = metrics
        for step in path:
            try:
                value = value[step]
            except (KeyError, IndexError, TypeError):
                value = None
                break
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        out[column] = float(value) if ok else None
    return out


def insert_results(session: Session, version: ScorecardVersion, results: Mapping[int, Evaluation]) -> dict[int, int]:
    """Insert the engine's evaluations (``{calls.id: Evaluation}``) and their criterion rows in two statements.

    Returns ``{calls.id: evaluations.id}``. The new rows are not current yet
    (:func:`qa_service.lifecycle.store_results` decides that). Raises
    ``IntegrityError`` when a pair exists already.
    """
    if not results:
        return {}
    now = utcnow()
    # each call's date, copied onto its evaluation (the call list's offset pages by date walk it)
    dated = dict(session.execute(
        select(CallRecord.id, CallRecord.dated_at).where(CallRecord.id.in_(list(results)))
    ).tuples().all())
    rows = [
        {
            "call_id": call_id,
            "call_dated_at": dated[call_id],
            "scorecard_version_id": version.id,
            "score": float(result.score),
            "passed": bool(result.passed),
            "auto_failed": bool(result.auto_failed),
            "auto_score": float(result.score),
            "auto_passed": bool(result.passed),
            "result": result.to_dict(),
            **timing_columns(result.metrics),
            "review_state": "pending",
            "is_current": False,
            "created_at": now,
            "updated_at": now,
        }
        for call_id, result in results.items()
    ]
    returned = session.execute(
        insert(EvaluationRecord).returning(EvaluationRecord.id, EvaluationRecord.call_id, sort_by_parameter_order=True),
        rows,
    ).all()
    ids = {call_id: evaluation_id for evaluation_id, call_id in returned}
    criteria = [
        {
            "evaluation_id": ids[call_id],
            "criterion_id": c.id,
            "section": c.section,
            "position": i,
            "outcome": c.outcome,
            "points": float(c.points),
            "max_points": float(c.max_points),
            "auto_outcome": c.outcome,
            "auto_points": float(c.points),
            "overridden": False,
            "needs_review": False,
        }
        for call_id, result in results.items()
        for i, c in enumerate(result.criteria)
    ]
    if criteria:
        session.execute(insert(CriterionResultRecord), criteria)
    return ids


def set_call_date(session: Session, call_id: int, dated_at: datetime) -> None:
    """Call ``call_id`` is dated ``dated_at`` now: its evaluations' copy of the date follows
    (``call_dated_at``, which the call list's offset pages by date walk)."""
    session.execute(update(EvaluationRecord).where(EvaluationRecord.call_id == call_id)
                    .values(call_dated_at=dated_at))


def set_current(session: Session, call_id: int, evaluation_id: int) -> None:
    """Make ``evaluation_id`` the current evaluation of call ``call_id`` (the old one becomes history)."""
    weekly_summary.touch(session, call_ids=[call_id])
    # two statements, in this order: at no moment may a call have two current evaluations
    session.execute(
        update(EvaluationRecord)
        .where(EvaluationRecord.call_id == call_id, EvaluationRecord.is_current == true(),
               EvaluationRecord.id != evaluation_id)
        .values(is_current=False)
        .execution_options(synchronize_session="fetch")
    )
    session.execute(
        update(EvaluationRecord).where(EvaluationRecord.id == evaluation_id).values(is_current=True)
        .execution_options(synchronize_session="fetch")
    )


def lock(session: Session, evaluation: EvaluationRecord) -> EvaluationRecord:
    """Lock ``evaluation`` for a change and reload it (its columns, criterion rows, overrides, disputes and
    acknowledgements) as committed now; returns it.

    The call's row is locked first, then the evaluation's: the order a
    re-score takes, so the two never deadlock. Until the transaction ends,
    other processes changing this evaluation or re-scoring its call wait
    (SQLite lets one writer at a time anyway; there the locks are no-ops).
    Call it before reading anything the change depends on.
    """
    # the rows must be fetched (.all()): an ORM result refreshes the objects only as it is read
    session.execute(select(CallRecord.id).where(CallRecord.id == evaluation.call_id).with_for_update()).all()
    session.scalars(
        select(EvaluationRecord).where(EvaluationRecord.id == evaluation.id).with_for_update()
        .execution_options(populate_existing=True)
    ).all()
    for table in (CriterionResultRecord, Dispute):
        session.scalars(select(table).where(table.evaluation_id == evaluation.id)
                        .execution_options(populate_existing=True)).all()
    session.expire(evaluation, ["criteria", "overrides", "disputes", "acknowledgements"])
    return evaluation


def criterion_row(evaluation: EvaluationRecord, criterion_id: str) -> CriterionResultRecord:
    """The row of one criterion of ``evaluation``; :class:`Invalid` lists the criteria it has."""
    for row in evaluation.criteria:
        if row.criterion_id == criterion_id:
            return row
    raise Invalid(
        f"evaluation #{evaluation.id} has no criterion {criterion_id!r}; criteria: "
        + ", ".join(c.criterion_id for c in evaluation.criteria)
    )


def apply_override(
    session: Session,
    evaluation: EvaluationRecord,
    criterion_id: str,
    outcome: str,
    *,
    reason: str,
    user: User | None = None,
    carried_from: Override | None = None,
) -> Override:
    """A human sets a criterion's outcome; the effective score is recomputed.

    The automatic outcome stays on the criterion row (``auto_outcome``) and in
    ``evaluation.auto_score``; the override row records old and new values
    (``carried_from``: the earlier evaluation's override this one repeats).
    """
    if outcome not in CRITERION_OUTCOMES:
        raise Invalid(f"outcome {outcome!r} for criterion {criterion_id!r} is not one of {', '.join(CRITERION_OUTCOMES)}")
    if not reason or not reason.strip():
        raise Invalid(f"overriding criterion {criterion_id!r} needs a reason; say why the outcome is wrong")
    row = criterion_row(evaluation, criterion_id)
    old_outcome, old_points = row.outcome, row.points
    row.outcome = outcome
    row.overridden = outcome != row.auto_outcome
    _recompute(evaluation)
    override = Override(
        evaluation=evaluation,
        criterion_id=criterion_id,
        user_id=user.id if user is not None else (carried_from.user_id if carried_from is not None else None),
        old_outcome=old_outcome,
        old_points=old_points,
        new_outcome=outcome,
        new_points=row.points,
        reason=reason.strip(),
        carried_from_id=carried_from.id if carried_from is not None else None,
    )
    session.add(override)
    session.flush()
    audit.record(
        session, "evaluation.override", user=user, target=evaluation,
        details={"criterion": criterion_id, "old_outcome": old_outcome, "new_outcome": outcome,
                 "score": evaluation.score, "reason": override.reason,
                 **({"carried_from": carried_from.id} if carried_from is not None else {})},
    )
    return override


def carry_override(session: Session, old: EvaluationRecord, new: EvaluationRecord, criterion_id: str) -> bool:
    """Repeat the human outcome of ``criterion_id`` from ``old`` on ``new`` (the criterion measures the same
    thing in both versions); True when there was one to carry."""
    before = criterion_row(old, criterion_id)
    last = next((o for o in reversed(old.overrides) if o.criterion_id == criterion_id), None)
    if last is None:
        return False
    version = old.scorecard_version.version
    apply_override(session, new, criterion_id, before.outcome, reason=f"carried from v{version}: {last.reason}",
                   carried_from=last)
    criterion_row(new, criterion_id).carried_from_id = old.id
    session.flush()
    return True


def flag_needs_review(session: Session, evaluation: EvaluationRecord, criterion_ids: Iterable[str]) -> None:
    """Mark criteria "re-scored after review": their definition changed since a trainer reviewed the call."""
    wanted = set(criterion_ids)
    for row in evaluation.criteria:
        if row.criterion_id in wanted:
            row.needs_review = True
    session.flush()


def _recompute(evaluation: EvaluationRecord) -> None:
    """Effective totals from the criterion rows, with the engine's own arithmetic."""
    scorecard = scorecard_for_version(evaluation.scorecard_version)
    totals = rescore_outcomes(scorecard, [{"id": c.criterion_id, "outcome": c.outcome} for c in evaluation.criteria])
    by_id = {c["id"]: c for c in totals["criteria"]}
    for row in evaluation.criteria:
        updated = by_id[row.criterion_id]
        row.points = float(updated["points"])
        row.max_points = float(updated["max_points"])
    evaluation.score = float(totals["score"])
    evaluation.passed = bool(totals["passed"])
    evaluation.auto_failed = bool(totals["auto_failed"])
