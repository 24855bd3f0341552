"""Calibration sessions: a lead picks calls, a scorecard version and evaluators; each evaluator scores
the calls blind; the session shows agreement per criterion, each evaluator and the machine against the
consensus, and the calls where they split; "grading the grader" shows each evaluator's alignment over
sessions. The views call :mod:`qa_service.calibration`."""

from __future__ import annotations

import json

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for

from qa_service import calibration
from qa_service.db.models import CRITERION_OUTCOMES
from qa_service.errors import Forbidden, Invalid
from web import back_on_invalid, charts, params
from web.auth import roles_required, user_row
from web.db import get_db

bp = Blueprint("calibration", __name__, url_prefix="/calibration")

# who opens calibration pages at all (agents never do)
ROLES = calibration.EVALUATOR_ROLES


def _has_audio(record) -> bool:  # noqa: ANN001
    from web import media

    playable = getattr(media, "playable", None)
    return playable(record, user_row()) if playable is not None else bool(record.audio_path)


@bp.get("")
@roles_required(*ROLES)
def index():  # noqa: ANN201
    db = get_db()
    user = user_row()
    rows = []
    for cal in calibration.sessions_for(db, user):
        mine = next((p for p in calibration.progress(db, cal) if p.user.id == user.id), None)
        rows.append((cal, mine))
    return render_template("calibration/index.html", rows=rows,
                           can_lead=user.role in calibration.LEAD_ROLES)


@bp.get("/new")
@roles_required(*calibration.LEAD_ROLES)
def new():  # noqa: ANN201
    choices = calibration.form_choices(get_db(), user_row(), params.record_id("version", request.args.get("version")))
    return render_template("calibration/new.html", choices=choices)


@bp.post("")
@roles_required(*calibration.LEAD_ROLES)
def create():  # noqa: ANN201
    db = get_db()
    version_id = params.record_id("version", request.form.get("version"))
    back_on_invalid(url_for("calibration.new", version=version_id) if version_id else url_for("calibration.new"))
    choices = calibration.form_choices(db, user_row(), version_id)
    if choices.version is None:
        raise Invalid("no stored call is scored yet; score calls before calibrating")
    call_ids = params.record_ids("call", request.form.getlist("calls"))
    evaluator_ids = params.record_ids("evaluator", request.form.getlist("evaluators"))
    cal = calibration.create_session(db, lead=user_row(), title=request.form.get("title", ""),
                                     version=choices.version, call_ids=call_ids, evaluator_ids=evaluator_ids)
    db.commit()
    flash(f"Calibration session “{cal.title}” started: {len(cal.calls)} calls, {len(cal.evaluators)} evaluators.",
          "success")
    return redirect(url_for("calibration.show", session_id=cal.id))


@bp.get("/<int:session_id>")
@roles_required(*ROLES)
def show(session_id: int):  # noqa: ANN201
    db = get_db()
    user = user_row()
    cal = calibration.get_session(db, user, session_id)
    progress = calibration.progress(db, cal)
    is_evaluator = any(e.id == user.id for e in cal.evaluators)
    done_calls = calibration.scored_call_ids(db, cal, user) if is_evaluator else set()
    visible, why = calibration.may_see_results(db, cal, user)
    results = calibration.results(db, cal) if visible else None
    return render_template("calibration/session.html", cal=cal, progress=progress, is_evaluator=is_evaluator,
                           done_calls=done_calls, results=results, why_hidden=why,
                           can_manage=user.role == "admin" or cal.lead_id == user.id)


@bp.get("/<int:session_id>/calls/<int:item_id>")
@roles_required(*ROLES)
def score(session_id: int, item_id: int):  # noqa: ANN201
    db = get_db()
    cal = calibration.get_session(db, user_row(), session_id)
    blind = calibration.blind_call(db, cal, item_id, user_row())
    return render_template("calibration/score.html", cal=cal, blind=blind, record=blind.calibration_call.call,
                           outcomes=CRITERION_OUTCOMES, has_audio=_has_audio(blind.calibration_call.call))


@bp.post("/<int:session_id>/calls/<int:item_id>")
@roles_required(*ROLES)
def submit(session_id: int, item_id: int):  # noqa: ANN201
    db = get_db()
    user = user_row()
    cal = calibration.get_session(db, user, session_id)
    back_on_invalid(url_for("calibration.score", session_id=cal.id, item_id=item_id))
    answers = {}
    for c in calibration.criteria_of(cal):
        outcome = request.form.get(f"outcome-{c.id}", "")
        if outcome:
            answers[c.id] = (outcome, request.form.get(f"comment-{c.id}", ""))
    calibration.submit_answers(db, cal, item_id, user, answers)
    db.commit()
    done = calibration.scored_call_ids(db, cal, user)
    for cc in cal.calls:
        if cc.id not in done:
            flash("Answers saved. Next call.", "success")
            return redirect(url_for("calibration.score", session_id=cal.id, item_id=cc.id))
    flash("Answers saved: you have scored every call of this session.", "success")
    return redirect(url_for("calibration.show", session_id=cal.id))


@bp.post("/<int:session_id>/close")
@roles_required(*calibration.LEAD_ROLES)
def close(session_id: int):  # noqa: ANN201
    db = get_db()
    cal = calibration.get_session(db, user_row(), session_id)
    calibration.close_session(db, cal, user_row())
    db.commit()
    flash("Session closed: answers are final and every evaluator now sees the results.", "success")
    return redirect(url_for("calibration.show", session_id=cal.id))


def _visible_results(session_id: int) -> calibration.CalibrationResults:
    db = get_db()
    cal = calibration.get_session(db, user_row(), session_id)
    visible, why = calibration.may_see_results(db, cal, user_row())
    if not visible:
        raise Forbidden(why)
    return calibration.results(db, cal)


@bp.get("/<int:session_id>/results.csv")
@roles_required(*ROLES)
def export_csv(session_id: int):  # noqa: ANN201
    res = _visible_results(session_id)
    return Response(calibration.export_csv(res), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="calibration-{session_id}.csv"'})


@bp.get("/<int:session_id>/results.json")
@roles_required(*ROLES)
def export_json(session_id: int):  # noqa: ANN201
    res = _visible_results(session_id)
    return Response(json.dumps(res.to_dict(), indent=2), mimetype="application/json",
                    headers={"Content-Disposition": f'attachment; filename="calibration-{session_id}.json"'})


@bp.get("/alignment")
@roles_required(*ROLES)
def alignment():  # noqa: ANN201
    sessions, lines = calibration.alignment_history(get_db(), user_row())
    shown = lines[:charts.SERIES_COLOURS]
    chart = charts.line_chart(
        [charts.Series(line.name, [(p.when, p.agreement * 100) for p in line.points if p.agreement is not None])
         for line in shown],
        label=f"Agreement with the consensus per calibration session, 0 to 100%, for {len(shown)} evaluator(s)",
        y_range=(0.0, 100.0), y_ticks=[(0, "0"), (25, "25"), (50, "50"), (75, "75"), (100, "100")],
        x_format="date", height=200,
    ) if any(line.points for line in shown) else None
    return render_template("calibration/alignment.html", sessions=sessions, lines=lines, chart=chart, charted=shown)
