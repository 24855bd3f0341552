"""An agent's own view: their calls and scores, trends per criterion, and the
reviews shared with them, which they acknowledge or dispute criterion by
criterion."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from sqlalchemy.orm import contains_eager, selectinload

from qa_service import review, store
from qa_service.db.models import CallRecord, Evaluation
from transcription.errors import QAError
from web import charts
from web.auth import roles_required, user_row
from web.db import get_db

bp = Blueprint("agent", __name__, url_prefix="/me")

# calls listed on the agent's page
RECENT_CALLS = 100
# calls averaged for each point of a criterion's trend line
TREND_WINDOW = 5


def rolling_rate(points: list[tuple[datetime, float]], window: int = TREND_WINDOW) -> list[tuple[datetime, float]]:
    """Pass rate over the last ``window`` calls at each call (smooths single pass/fail results into a trend)."""
    out = []
    for i, (when, _) in enumerate(points):
        chunk = points[max(0, i - window + 1): i + 1]
        out.append((when, sum(v for _, v in chunk) / len(chunk)))
    return out


@bp.get("")
@roles_required("agent")
def home():  # noqa: ANN201
    user = user_row()
    db = get_db()
    if user.agent_id is None:
        abort(404)
    evaluations = db.scalars(
        select(Evaluation).join(Evaluation.call)
        .where(CallRecord.agent_id == user.agent_id)
        .options(contains_eager(Evaluation.call), selectinload(Evaluation.criteria),
                 selectinload(Evaluation.acknowledgements), selectinload(Evaluation.disputes))
        .order_by(CallRecord.started_at.desc(), CallRecord.id.desc(), Evaluation.id.desc())
        .limit(RECENT_CALLS)
    ).all()
    scores, trends = review.agent_trends(db, user.agent_id)
    score_chart = charts.score_spark(scores) if len(scores) >= 1 else None
    trend_chart = None
    if trends:
        trend_chart = charts.line_chart(
            [charts.Series(t.label, rolling_rate(t.points)) for t in trends],
            label=f"Pass rate per criterion over your last {len(scores)} calls (rolling {TREND_WINDOW} calls)",
            y_range=(0.0, 1.0),
            y_ticks=[(0.0, "0%"), (0.5, "50%"), (1.0, "100%")],
            x_format="date",
            height=220,
        )
    to_acknowledge = [ev for ev in evaluations if ev.review_state == "shared"
                      and not any(a.user_id == user.id for a in ev.acknowledgements)]
    return render_template(
        "agent/home.html", evaluations=evaluations, trends=trends, score_chart=score_chart,
        trend_chart=trend_chart, to_acknowledge=to_acknowledge, me=user,
    )


def _own_evaluation(evaluation_id: int) -> Evaluation:
    evaluation = get_db().get(Evaluation, evaluation_id)
    user = user_row()
    if evaluation is None or user.agent_id is None or evaluation.call.agent_id != user.agent_id:
        abort(404)
    return evaluation


@bp.post("/evaluations/<int:evaluation_id>/acknowledge")
@roles_required("agent")
def acknowledge(evaluation_id: int):  # noqa: ANN201
    evaluation = _own_evaluation(evaluation_id)
    db = get_db()
    try:
        store.acknowledge(db, evaluation, user_row(), comment=request.form.get("comment") or None)
        db.commit()
        flash("Review acknowledged. Thank you.", "success")
    except QAError as e:
        db.rollback()
        flash(str(e), "error")
    return redirect(url_for("calls.show", call_pk=evaluation.call_id, evaluation=evaluation.id))


@bp.post("/evaluations/<int:evaluation_id>/disputes")
@roles_required("agent")
def dispute(evaluation_id: int):  # noqa: ANN201
    evaluation = _own_evaluation(evaluation_id)
    db = get_db()
    criterion = request.form.get("criterion", "")
    try:
        if any(d.criterion_id == criterion and d.status == "open" for d in evaluation.disputes):
            raise QAError(f"criterion {criterion!r} already has an open dispute; wait for your trainer's answer")
        store.open_dispute(db, evaluation, criterion, user=user_row(), comment=request.form.get("comment", ""))
        db.commit()
        flash("Dispute sent to your trainer.", "success")
    except QAError as e:
        db.rollback()
        flash(str(e), "error")
    return redirect(url_for("calls.show", call_pk=evaluation.call_id, evaluation=evaluation.id,
                            _anchor=f"criterion-{criterion}"))


__all__ = ["bp"]
