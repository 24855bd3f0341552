"""An agent's own view: their calls and scores, trends per criterion, and the
reviews shared with them, which they acknowledge or dispute criterion by
criterion."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from qa_service import call_list, reviews, visibility
from qa_service.db.models import EvaluationRecord
from web import back_on_invalid, charts
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
    """The agent's calls (each with its current evaluation), score and criteria trends, reviews to read."""
    user = user_row()
    db = get_db()
    if user.agent_id is None:
        abort(404)
    found = call_list.agent_evaluations(db, user.agent_id, limit=RECENT_CALLS)
    scores, trends = call_list.agent_trends(db, user.agent_id)
    score_chart = charts.score_spark(scores) if scores else None
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
    to_acknowledge = [ev for ev in found if ev.review_state == "shared"
                      and not any(a.user_id == user.id for a in ev.acknowledgements)]
    return render_template(
        "agent/home.html", evaluations=found, trends=trends, score_chart=score_chart,
        trend_chart=trend_chart, to_acknowledge=to_acknowledge, me=user,
        labels={t.criterion_id: t.label for t in trends},
    )


def _own_evaluation(evaluation_id: int) -> EvaluationRecord:
    # an agent sees only their own calls: anyone else's evaluation does not exist for them
    return visibility.visible_evaluation(get_db(), user_row(), evaluation_id)


@bp.post("/evaluations/<int:evaluation_id>/acknowledge")
@roles_required("agent")
def acknowledge(evaluation_id: int):  # noqa: ANN201
    evaluation = _own_evaluation(evaluation_id)
    back_on_invalid(url_for("calls.show", call_pk=evaluation.call_id, evaluation=evaluation.id))
    reviews.acknowledge(get_db(), evaluation, user_row(), comment=request.form.get("comment") or None)
    get_db().commit()
    flash("Review acknowledged. Thank you.", "success")
    return redirect(url_for("calls.show", call_pk=evaluation.call_id, evaluation=evaluation.id))


@bp.post("/evaluations/<int:evaluation_id>/disputes")
@roles_required("agent")
def dispute(evaluation_id: int):  # noqa: ANN201
    evaluation = _own_evaluation(evaluation_id)
    criterion = request.form.get("criterion", "")
    back_on_invalid(url_for("calls.show", call_pk=evaluation.call_id, evaluation=evaluation.id,
                            _anchor=f"criterion-{criterion}"))
    reviews.open_dispute(get_db(), evaluation, criterion, user=user_row(), comment=request.form.get("comment", ""))
    get_db().commit()
    flash("Dispute sent to your trainer.", "success")
    return redirect(url_for("calls.show", call_pk=evaluation.call_id, evaluation=evaluation.id,
                            _anchor=f"criterion-{criterion}"))


__all__ = ["bp"]
