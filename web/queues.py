"""Review queues: sampling rules per team, the calls they picked each week, who reviews them and how far
they got. The views call :mod:`qa_service.review_queues`."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, flash, redirect, render_template, request, url_for

from qa_service import review_queues, visibility
from qa_service.db.models import Team
from qa_service.errors import Invalid
from web import back_on_invalid, params as request_params
from web.auth import roles_required, user_row
from web.db import get_db

bp = Blueprint("queues", __name__, url_prefix="/queues")

ROLES = visibility.REVIEWER_ROLES


def _period() -> datetime | None:
    return request_params.week("week", request.args.get("week"))


@bp.get("")
@roles_required(*ROLES)
def index():  # noqa: ANN201
    db = get_db()
    user = user_row()
    queues = review_queues.queues_for(db, user)
    teams = review_queues.team_choices(db, user)
    return render_template(
        "queues/index.html",
        rows=[(q, review_queues.progress(db, q)) for q in queues],
        teams=teams,
        trainers=review_queues.trainer_choices(db, [t.id for t in teams]),
        rules=review_queues.RULES,
    )


@bp.post("")
@roles_required(*ROLES)
def create():  # noqa: ANN201
    db = get_db()
    back_on_invalid(url_for("queues.index"))
    team_id = request_params.record_id("team", request.form.get("team"))
    team = db.get(Team, team_id) if team_id is not None else None
    if team is None:
        raise Invalid("pick the team whose calls the queue samples")
    rule = request.form.get("rule", "")
    spec = review_queues.RULES.get(rule)
    params = {name: request.form.get(name) for name in (spec.params if spec else {}) if request.form.get(name)}
    trainer_ids = request_params.record_ids("trainer", request.form.getlist("trainers"))
    queue = review_queues.create_queue(db, user=user_row(), team=team, name=request.form.get("name", ""),
                                       rule=rule, params=params, trainer_ids=trainer_ids)
    report = review_queues.fill(db, queue, user=user_row())
    db.commit()
    flash(f"Queue “{queue.name}” created for {team.name}; {report.total} calls picked this week and last.", "success")
    return redirect(url_for("queues.show", queue_id=queue.id))


@bp.get("/<int:queue_id>")
@roles_required(*ROLES)
def show(queue_id: int):  # noqa: ANN201
    db = get_db()
    user = user_row()
    queue = review_queues.get_queue(db, user, queue_id)
    period = _period()
    everyone = request.args.get("all") == "1"
    return render_template(
        "queues/show.html",
        queue=queue,
        rule=review_queues.RULES[queue.rule],
        progress=review_queues.progress(db, queue, period=period),
        items=review_queues.items_for(db, queue, user, period=period, everyone=everyone),
        everyone=everyone,
        week=request.args.get("week", ""),
    )


@bp.post("/<int:queue_id>/fill")
@roles_required(*ROLES)
def fill(queue_id: int):  # noqa: ANN201
    db = get_db()
    queue = review_queues.get_queue(db, user_row(), queue_id)
    if not queue.is_active:
        raise Invalid(f"queue “{queue.name}” is paused; resume it to fill it")
    report = review_queues.fill(db, queue, user=user_row())
    db.commit()
    added = ", ".join(f"{n} in the week of {week}" for week, n in sorted(report.added.items()))
    flash(f"Filled: {report.total} new calls ({added}).", "success")
    return redirect(url_for("queues.show", queue_id=queue.id))


@bp.post("/<int:queue_id>/items/<int:item_id>/reviewed")
@roles_required(*ROLES)
def reviewed(queue_id: int, item_id: int):  # noqa: ANN201
    db = get_db()
    queue = review_queues.get_queue(db, user_row(), queue_id)
    back_on_invalid(url_for("queues.show", queue_id=queue.id))
    item = review_queues.mark_reviewed(db, queue, item_id, user_row())
    db.commit()
    flash(f"Call {item.call.call_id} marked reviewed.", "success")
    return redirect(url_for("queues.show", queue_id=queue.id))


@bp.post("/<int:queue_id>/active")
@roles_required(*ROLES)
def active(queue_id: int):  # noqa: ANN201
    db = get_db()
    queue = review_queues.get_queue(db, user_row(), queue_id)
    value = request.form.get("active")
    if value not in ("0", "1"):
        raise Invalid("use active=1 to resume or active=0 to pause")
    review_queues.set_active(db, queue, value == "1", user=user_row())
    db.commit()
    flash(f"Queue “{queue.name}” {'resumed' if value == '1' else 'paused'}.", "success")
    return redirect(url_for("queues.show", queue_id=queue.id))
