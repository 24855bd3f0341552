"""The evaluation lifecycle: one current evaluation per call, a history of
earlier ones, and reviews that survive re-scoring.

A call's current evaluation is the one with the newest scorecard version it
was scored with (the higher version of the same scorecard; of two
scorecards, the version registered last). Lists, agent views, dashboards,
exports and the API show only current evaluations; the review page lets
users switch to earlier ones. Nothing of an earlier evaluation is deleted
or changed.

When a re-score replaces an evaluation a person had worked on, the review
is carried forward: overrides, notes and disputes on criteria whose
definition did not change (same detector, same parameters:
:func:`scorecards.diff.unchanged_criteria`) are repeated on the new
evaluation, marked as carried from the old version; criteria that changed
or are new are flagged "re-scored after review"; the review state is kept
when every criterion still has the outcome the trainer signed off,
otherwise the review is back in progress, and ``review_note`` says which
and why.
"""

from __future__ import annotations

from typing import Mapping

from sqlalchemy import select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from qa_service import audit, evaluations, reviews
from qa_service.db.models import CallRecord, EvaluationRecord, ScorecardVersion
from qa_service.scorecard_versions import scorecard_for_version
from scorecards.diff import unchanged_criteria
from scorecards.engine import Evaluation

__all__ = ["is_newer", "store_result", "store_results"]


def is_newer(a: ScorecardVersion, b: ScorecardVersion) -> bool:
    """Whether evaluations with version ``a`` replace those with ``b`` as a call's current one."""
    if a.scorecard_id == b.scorecard_id:
        return a.version > b.version
    return a.id > b.id


def store_result(
    session: Session, record: CallRecord, version: ScorecardVersion, result: Evaluation
) -> tuple[EvaluationRecord, bool]:
    """Store the engine's evaluation of ``record`` with ``version``; returns ``(row, created)``.

    Idempotent: when the pair is already evaluated (an earlier run, or another
    worker a moment ago) the stored evaluation is returned and nothing is written.
    """
    query = select(EvaluationRecord).where(
        EvaluationRecord.call_id == record.id, EvaluationRecord.scorecard_version_id == version.id
    )
    existing = session.scalar(query)
    if existing is not None:
        return existing, False
    savepoint = session.begin_nested()
    try:
        ids = store_results(session, version, {record.id: result})
        savepoint.commit()
    except IntegrityError:
        savepoint.rollback()
        return session.scalars(query).one(), False
    return session.get(EvaluationRecord, ids[record.id]), True


def store_results(session: Session, version: ScorecardVersion, results: Mapping[int, Evaluation]) -> dict[int, int]:
    """Store many evaluations with one version (``{calls.id: Evaluation}``), make each the current one of
    its call when its version is the newest, and carry reviews forward; returns ``{calls.id: evaluations.id}``.

    Raises ``IntegrityError`` when a pair exists already (callers that might
    race use :func:`store_result`, or retry one by one).
    """
    if not results:
        return {}
    # on a server database, two workers storing other versions of the same call take turns here
    # (SQLite writers are one at a time already); in id order, so that they never deadlock
    session.execute(
        select(CallRecord.id).where(CallRecord.id.in_(list(results))).order_by(CallRecord.id).with_for_update()
    ).all()
    ids = evaluations.insert_results(session, version, results)
    held = {
        ev.call_id: ev
        for ev in session.scalars(
            select(EvaluationRecord)
            .where(EvaluationRecord.call_id.in_(list(ids)), EvaluationRecord.is_current == true())
            .options(selectinload(EvaluationRecord.scorecard_version))
            # as committed now, after the calls' locks: a trainer's override of the old evaluation that
            # committed a moment ago is carried forward, not lost with a stale copy from this session
            .execution_options(populate_existing=True)
        )
    }
    for old in held.values():
        session.expire(old, ["criteria", "overrides", "disputes", "acknowledgements"])
    for call_id, evaluation_id in ids.items():
        old = held.get(call_id)
        if old is not None and not is_newer(version, old.scorecard_version):
            continue
        evaluations.set_current(session, call_id, evaluation_id)
        if old is not None and reviews.has_activity(session, old):
            _carry_forward(session, old, session.get(EvaluationRecord, evaluation_id))
    return ids


def _carry_forward(session: Session, old: EvaluationRecord, new: EvaluationRecord) -> None:
    old_card = scorecard_for_version(old.scorecard_version)
    new_card = scorecard_for_version(new.scorecard_version)
    same = unchanged_criteria(old_card, new_card)
    old_rows = {c.criterion_id: c for c in old.criteria}
    labels = {c.id: c.label for c in new_card.criteria}
    carried = [cid for cid in sorted(same) if evaluations.carry_override(session, old, new, cid)]
    rescored = [c.criterion_id for c in new.criteria if c.criterion_id not in same]
    evaluations.flag_needs_review(session, new, rescored)
    dropped = [cid for cid, row in old_rows.items()
               if row.overridden and cid not in {c.criterion_id for c in new.criteria}]
    differs = [c.criterion_id for c in new.criteria
               if c.criterion_id in old_rows and c.outcome != old_rows[c.criterion_id].outcome]
    added = [c.criterion_id for c in new.criteria if c.criterion_id not in old_rows]
    keep = not differs and not added and not dropped
    v_old, v_new = old.scorecard_version.version, new.scorecard_version.version
    if keep:
        note = (f"Review carried from v{v_old} ({old.review_state.replace('_', ' ')}): every criterion has the "
                "outcome the trainer saw")
    else:
        reasons = []
        if differs:
            reasons.append("outcome changed: " + ", ".join(labels.get(c, c) for c in differs))
        if added:
            reasons.append("new criteria: " + ", ".join(labels.get(c, c) for c in added))
        if dropped:
            reasons.append("overridden criteria no longer in the scorecard: " + ", ".join(dropped))
        note = (f"Review reopened after re-scoring with v{v_new} (was {old.review_state.replace('_', ' ')} on "
                f"v{v_old}): " + "; ".join(reasons))
    reviews.carry_review(session, old, new, unchanged=same, keep_state=keep, note=note)
    audit.record(session, "evaluation.carry_forward", target=new, details={
        "from": old.id, "from_version": v_old, "to_version": v_new, "carried": carried, "rescored": rescored,
        "kept_state": keep,
    })
