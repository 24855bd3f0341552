"""Trainers' pages: the call list and the call review page, and the review
actions (override a criterion, pin a coaching note, complete and share the
review, resolve disputes). Everyone who may see a call (its agent included)
opens the same review page; the actions shown depend on the role. The page
shows the call's current evaluation, or an earlier one picked in the
version switcher."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for

from qa_service import call_list, evaluations, exports, review_page, reviews, visibility
from qa_service.db.models import CRITERION_OUTCOMES, REVIEW_STATES, CallRecord, EvaluationRecord
from qa_service.errors import Invalid
from web import back_on_invalid, charts, media, params
from web.auth import login_required, roles_required, user_row, visible_call
from web.db import get_db

bp = Blueprint("calls", __name__, url_prefix="/calls")
# detectors' texts give moments in seconds; the pages show them as m:ss like every other time
bp.add_app_template_filter(review_page.clock_times, "clock_times")

# roles that open the call list
LIST_ROLES = ("admin", "author", "trainer")
# criterion outcomes as the pages name them
OUTCOME_LABELS = {"pass": "Pass", "fail": "Fail", "na": "N/A"}


def wants_json() -> bool:
    """Whether the client asked for JSON (fetch() from the review page) rather than a page."""
    return request.accept_mimetypes.best == "application/json"


def _clock(seconds: float | None) -> str:
    return review_page.clock(float(seconds or 0))


def _parse_date(name: str, value: str, errors: list[str], *, end: bool = False) -> datetime | None:
    try:
        return params.day(name, value, end=end)
    except Invalid as e:
        errors.append(str(e))
        return None


def _parse_score(name: str, value: str, errors: list[str]) -> float | None:
    if not value:
        return None
    try:
        score = float(value)
    except ValueError:
        errors.append(f"{name} {value!r} is not a number; use 0 to 100")
        return None
    if not 0 <= score <= 100:
        errors.append(f"{name} {value!r} is outside 0 to 100")
        return None
    return score


def filters_from_args(args: Any) -> tuple[call_list.CallFilters, list[str]]:
    """The list filters from the query string, and what was wrong with it."""
    errors: list[str] = []
    result = args.get("result", "")
    if result not in ("", "pass", "fail"):
        errors.append(f"result {result!r} is not one of pass, fail")
        result = ""
    state = args.get("state", "")
    if state and state not in REVIEW_STATES:
        errors.append(f"review state {state!r} is not one of {', '.join(REVIEW_STATES)}")
        state = ""
    filters = call_list.CallFilters(
        agent=args.get("agent") or None,
        team=args.get("team") or None,
        since=_parse_date("from", args.get("from", ""), errors),
        until=_parse_date("to", args.get("to", ""), errors, end=True),
        min_score=_parse_score("minimum score", args.get("min_score", ""), errors),
        max_score=_parse_score("maximum score", args.get("max_score", ""), errors),
        passed={"pass": True, "fail": False}.get(result),
        failed_criterion=args.get("failed") or None,
        review_state=state or None,
        scorecard=args.get("scorecard") or None,
    )
    return filters, errors


@bp.get("")
@roles_required(*LIST_ROLES)
def index():  # noqa: ANN201
    filters, errors = filters_from_args(request.args)
    sort = request.args.get("sort", "newest")
    if sort not in call_list.SORTS:
        errors.append(f"sort {sort!r} is not one of {', '.join(call_list.SORTS)}")
        sort = "newest"
    try:
        page_no = params.whole_number("page", request.args.get("page"), low=1, high=params.MAX_PAGE, default=1)
    except Invalid as e:
        errors.append(str(e))
        page_no = 1
    db = get_db()
    # the pager's links carry a cursor (after=/before=): deep pages cost what the first one does
    cursors = {k: request.args.get(k) or None for k in ("after", "before")}
    try:
        page = call_list.list_evaluations(db, user_row(), filters, sort=sort, page=page_no, **cursors)
    except Invalid as e:
        errors.append(str(e))
        page = call_list.list_evaluations(db, user_row(), filters, sort=sort)
    args = {k: v for k, v in request.args.items() if v and k not in ("page", "format", "after", "before")}
    return render_template(
        "calls/list.html",
        page=page,
        choices=call_list.filter_choices(db, user_row()),
        args=args,
        sort=sort,
        errors=errors,
    )


def _shown_evaluation(record: CallRecord) -> EvaluationRecord | None:
    """The evaluation asked for (``?evaluation=ID``, one of this call's), else the call's current one."""
    wanted = params.record_id("evaluation", request.args.get("evaluation"))
    if wanted is None:
        return evaluations.current_evaluation(get_db(), record)
    return evaluations.evaluation_of_call(get_db(), record, wanted)


@bp.get("/<int:call_pk>")
@login_required
def show(call_pk: int):  # noqa: ANN201
    record = visible_call(call_pk)
    evaluation = _shown_evaluation(record)
    data = review_page.review_data(get_db(), record, evaluation)
    user = user_row()
    is_agent = user.role == "agent"
    shared = evaluation is not None and evaluation.review_state == "shared"
    # an agent sees the trainer's notes once the review is shared with them
    notes = data.notes if (not is_agent or shared) else []
    silences = (data.metrics.get("silence") or {}).get("silences") or []
    timeline = charts.call_timeline(
        data.utterances, data.duration, interruptions=data.interruptions, silences=silences,
        notes=[(n.time_seconds, n.text) for n in notes],
    )
    sentiment = (data.metrics.get("sentiment") or {})
    curve = charts.sentiment_curve(sentiment.get("curve") or [], data.duration) if sentiment.get("curve") else None
    ratio = data.metrics.get("talk_ratio") or {}
    ratio_bar = None
    if ratio.get("agent") is not None:
        silence_total = (data.metrics.get("silence") or {}).get("total") or 0.0
        talk = data.metrics.get("talk_time") or {}
        ratio_bar = charts.share_bar(
            [(f"Agent {_clock(talk.get('agent'))}", float(talk.get("agent") or 0), "c-agent"),
             (f"Customer {_clock(talk.get('customer'))}", float(talk.get("customer") or 0), "c-customer"),
             (f"Silence {_clock(silence_total)}", float(silence_total), "c-silence")],
            label=f"Share of the call: agent {ratio.get('agent', 0):.0%} of speech, customer "
                  f"{ratio.get('customer', 0):.0%} of speech, {silence_total:.0f} s of silence",
        )
    my_ack = evaluation is not None and any(a.user_id == user.id for a in evaluation.acknowledgements)
    return render_template(
        "calls/review.html",
        record=record,
        evaluation=evaluation,
        evaluations=data.history,
        data=data,
        notes=notes,
        timeline=timeline,
        sentiment_chart=curve,
        ratio_bar=ratio_bar,
        can_review=visibility.can_review(user) and evaluation is not None and evaluation.is_current,
        is_agent=is_agent,
        shared=shared,
        my_ack=my_ack,
        outcomes=CRITERION_OUTCOMES,
        has_audio=media.playable(record, user),
        audio_note=media.audio_note(record, user),
    )


@bp.get("/<int:call_pk>/transcript.json")
@login_required
def transcript(call_pk: int):  # noqa: ANN201
    record = visible_call(call_pk)
    if record.transcript is None:
        abort(404)
    response = jsonify(record.transcript.data)
    response.headers["Content-Disposition"] = f'attachment; filename="{record.id}-transcript.json"'
    return response


@bp.get("/<int:call_pk>/evaluation.json")
@login_required
def evaluation_export(call_pk: int):  # noqa: ANN201
    """The shown evaluation in full (the API's and the JSON Lines export's shape)."""
    record = visible_call(call_pk)
    evaluation = _shown_evaluation(record)
    if evaluation is None:
        abort(404)
    response = jsonify(exports.record(evaluation))
    response.headers["Content-Disposition"] = f'attachment; filename="{record.id}-evaluation.json"'
    return response


def _back_url(record_pk: int, evaluation: EvaluationRecord | None = None, anchor: str = "") -> str:
    args = {"evaluation": evaluation.id} if evaluation is not None else {}
    return url_for("calls.show", call_pk=record_pk, **args) + (f"#{anchor}" if anchor else "")


def _back(record_pk: int, evaluation: EvaluationRecord | None = None, anchor: str = "") -> Any:
    return redirect(_back_url(record_pk, evaluation, anchor))


@bp.post("/<int:call_pk>/evaluations/<int:evaluation_id>/override")
@roles_required(*visibility.REVIEWER_ROLES)
def override(call_pk: int, evaluation_id: int):  # noqa: ANN201
    record = visible_call(call_pk)
    evaluation = evaluations.evaluation_of_call(get_db(), record, evaluation_id)
    criterion = request.form.get("criterion", "")
    outcome = request.form.get("outcome", "")
    back_on_invalid(_back_url(record.id, evaluation, f"criterion-{criterion}"))
    reviews.override(get_db(), evaluation, criterion, outcome, reason=request.form.get("reason", ""), user=user_row())
    get_db().commit()
    if wants_json():
        return jsonify(score=evaluation.score, passed=evaluation.passed)
    label = review_page.criterion_label(evaluation, criterion)
    flash(f"{label} set to {OUTCOME_LABELS.get(outcome, outcome)}; score now {evaluation.score:.1f}.", "success")
    return _back(record.id, evaluation, f"criterion-{criterion}")


@bp.post("/<int:call_pk>/notes")
@roles_required(*visibility.REVIEWER_ROLES)
def add_note(call_pk: int):  # noqa: ANN201
    record = visible_call(call_pk)
    db = get_db()
    evaluation_id = params.record_id("evaluation", request.form.get("evaluation"))
    evaluation = evaluations.evaluation_of_call(db, record, evaluation_id) if evaluation_id else None
    back_on_invalid(_back_url(record.id, evaluation, "notes"))
    seconds = params.seconds("note time", request.form.get("time"))
    note = reviews.add_note(db, record, request.form.get("text", ""), time_seconds=seconds, author=user_row(),
                            evaluation=evaluation, criterion_id=request.form.get("criterion") or None)
    db.commit()
    if wants_json():
        author = user_row()
        return jsonify(id=note.id, time=note.time_seconds, text=note.text,
                       author=author.display_name or author.username, criterion=note.criterion_id,
                       criterion_label=review_page.criterion_label(evaluation, note.criterion_id)
                       if evaluation is not None and note.criterion_id else None), 201
    flash("Note added.", "success")
    return _back(record.id, evaluation, "notes")


@bp.post("/<int:call_pk>/evaluations/<int:evaluation_id>/complete")
@roles_required(*visibility.REVIEWER_ROLES)
def complete(call_pk: int, evaluation_id: int):  # noqa: ANN201
    record = visible_call(call_pk)
    evaluation = evaluations.evaluation_of_call(get_db(), record, evaluation_id)
    reviews.share_review(get_db(), evaluation, user=user_row())
    get_db().commit()
    flash("Review completed and shared with the agent.", "success")
    return _back(record.id, evaluation)


@bp.post("/<int:call_pk>/evaluations/<int:evaluation_id>/reopen")
@roles_required(*visibility.REVIEWER_ROLES)
def reopen(call_pk: int, evaluation_id: int):  # noqa: ANN201
    record = visible_call(call_pk)
    evaluation = evaluations.evaluation_of_call(get_db(), record, evaluation_id)
    back_on_invalid(_back_url(record.id, evaluation))
    reviews.reopen_review(get_db(), evaluation, user=user_row())
    get_db().commit()
    flash("Review reopened: the agent no longer sees it until you share it again.", "success")
    return _back(record.id, evaluation)


@bp.post("/<int:call_pk>/evaluations/<int:evaluation_id>/summary")
@roles_required(*visibility.REVIEWER_ROLES)
def summary(call_pk: int, evaluation_id: int):  # noqa: ANN201
    record = visible_call(call_pk)
    evaluation = evaluations.evaluation_of_call(get_db(), record, evaluation_id)
    back_on_invalid(_back_url(record.id, evaluation, "summary"))
    reviews.set_summary(get_db(), evaluation, request.form.get("summary", ""), user=user_row())
    get_db().commit()
    flash("Review summary saved." if evaluation.review_summary else "Review summary removed.", "success")
    return _back(record.id, evaluation, "summary")


@bp.post("/<int:call_pk>/disputes/<int:dispute_id>/resolve")
@roles_required(*visibility.REVIEWER_ROLES)
def resolve(call_pk: int, dispute_id: int):  # noqa: ANN201
    record = visible_call(call_pk)
    dispute = reviews.get_dispute(get_db(), record, dispute_id)
    anchor = f"criterion-{dispute.criterion_id}"
    back_on_invalid(_back_url(record.id, dispute.evaluation, anchor))
    decision = request.form.get("decision", "")
    # the outcome the trainer chose when accepting (pass, fail or na); a rejection keeps the outcome
    outcome = (request.form.get("outcome") or None) if decision == "accept" else None
    reviews.resolve_dispute(get_db(), dispute, decision=decision, user=user_row(),
                            comment=request.form.get("comment", ""), outcome=outcome)
    get_db().commit()
    label = review_page.criterion_label(dispute.evaluation, dispute.criterion_id)
    if decision == "accept":
        now = evaluations.criterion_row(dispute.evaluation, dispute.criterion_id).outcome
        flash(f"Dispute accepted: {label} is now {OUTCOME_LABELS.get(now, now)}; score "
              f"{dispute.evaluation.score:.1f}.", "success")
    else:
        flash(f"Dispute rejected: {label} keeps its outcome.", "success")
    return _back(record.id, dispute.evaluation, anchor)


@bp.get("/disputes")
@roles_required(*visibility.REVIEWER_ROLES)
def disputes():  # noqa: ANN201
    return render_template("calls/disputes.html", disputes=call_list.open_disputes(get_db(), user_row()),
                           label_of=call_list.dispute_criterion_label)
