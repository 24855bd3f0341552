"""Scorecard authoring for the ``author`` role (and admins).

The editor shows a scorecard two ways, a form and its YAML, kept in step by
``web/static/authoring.js`` through :func:`validate` (the server converts and
validates, so the browser shows the CLI's own messages). The YAML text is
what the page submits: preview runs the draft on stored calls next to the
published version (:mod:`qa_service.preview`), publish stores it as a new
immutable version after the golden-call check (:mod:`qa_service.publishing`,
:mod:`qa_service.golden`); drafts are parsed by :mod:`scorecards.drafts`.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, flash, jsonify, redirect, render_template, request, url_for
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from nlp.catalogue import detector_catalogue
from qa_service import calls, golden as goldens, preview as previews, publishing, scorecard_versions
from qa_service.db.models import (
    CRITERION_OUTCOMES,
    CallRecord,
    EvaluationRecord,
    GoldenCall,
    ScorecardRecord,
    ScorecardVersion,
    Transcript,
)
from qa_service.errors import Invalid, NotFound
from scorecards import drafts
from scorecards.schema import Scorecard
from transcription.errors import QAError, ScorecardError
from web import params
from web.auth import roles_required, user_row
from web.db import get_db
from web.tasks import enqueue

bp = Blueprint("authoring", __name__, url_prefix="/scorecards")

# roles that write scorecards
AUTHOR_ROLES: tuple[str, ...] = ("admin", "author")
# recent calls offered in the preview and golden-call pickers
RECENT_CALLS = 50


def _settings() -> Any:
    return current_app.config["QA_SETTINGS"]


def param_label(name: str, schema: dict[str, Any]) -> str:
    """How a detector parameter reads in the editor: its schema ``title``, else its name in words
    ("problem_cues" -> "Problem cues")."""
    title = str(schema.get("title") or "").strip()
    if title:
        return title
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def editor_detectors() -> list[dict[str, Any]]:
    """The detector catalogue as the editor needs it: each parameter also with its readable
    ``label``, whether it is a ``phrase_list`` (a default list a scorecard may extend with
    ``{add: [...], remove: [...]}``) and, for lists of records, their ``item_fields``."""
    from nlp.registry import get_registry, is_phrase_list

    specs = {spec.name: spec for spec in get_registry().specs()}
    detectors = detector_catalogue()
    for detector in detectors:
        spec = specs[detector["name"]]
        for param in detector["params"]:
            schema = spec.params[param["name"]]
            param["label"] = param_label(param["name"], schema)
            param["phrase_list"] = is_phrase_list(schema)
            items = schema.get("items") or {}
            if items.get("type") == "object" and items.get("properties"):
                param["item_fields"] = [{"name": key, "label": param_label(key, value)}
                                        for key, value in items["properties"].items()]
    return detectors


def _recent_calls() -> list[CallRecord]:
    return list(get_db().scalars(
        select(CallRecord).join(Transcript).options(selectinload(CallRecord.agent))
        .order_by(CallRecord.created_at.desc(), CallRecord.id.desc()).limit(RECENT_CALLS)
    ))


@bp.get("/")
@roles_required(*AUTHOR_ROLES)
def index():  # noqa: ANN201
    """Every stored scorecard with its versions and golden calls."""
    db = get_db()
    rows = db.scalars(
        select(ScorecardRecord).options(selectinload(ScorecardRecord.versions)).order_by(ScorecardRecord.key)
    ).all()
    counts = dict(db.execute(select(GoldenCall.scorecard_id, func.count()).group_by(GoldenCall.scorecard_id)).all())
    evaluations = dict(db.execute(
        select(EvaluationRecord.scorecard_version_id, func.count()).group_by(EvaluationRecord.scorecard_version_id)
    ).all())
    return render_template("authoring/index.html", rows=rows, goldens=counts, evaluations=evaluations)


def _editor(yaml_text: str, *, key: str | None, status: int = 200, **extra: Any):  # noqa: ANN202
    db = get_db()
    published = scorecard_versions.latest_version(db, key) if key else None
    context = {
        "key": key,
        "yaml_text": yaml_text,
        "published": published,
        "detectors": editor_detectors(),
        "golden_percent": goldens.percent,
        "outcome_words": goldens.OUTCOME_WORDS,
        "recent_calls": _recent_calls(),
        "threshold": _settings().golden_min_agreement,
        "goldens": len(goldens.golden_calls(db, key)) if key else 0,
        "versions_count": len(published.scorecard.versions) if published is not None else 0,
        "max_preview": previews.MAX_PREVIEW_CALLS,
        "error": None,
        "preview": None,
        "golden": None,
        "blocked": False,
        "form": {},
    }
    context.update(extra)
    return render_template("authoring/editor.html", **context), status


@bp.get("/new")
@roles_required(*AUTHOR_ROLES)
def new():  # noqa: ANN201
    """The editor on a new scorecard."""
    return _editor(scorecard_versions.new_draft_yaml(get_db()), key=None)


@bp.get("/<key>/edit")
@roles_required(*AUTHOR_ROLES)
def edit(key: str):  # noqa: ANN201
    """The editor on the latest version of ``key``, with the version number raised."""
    scorecard_versions.scorecard_record(get_db(), key)
    return _editor(scorecard_versions.new_draft_yaml(get_db(), key), key=key)


@bp.post("/validate")
@roles_required(*AUTHOR_ROLES)
def validate():  # noqa: ANN201
    """Convert and validate a draft for the editor.

    Body: ``{"yaml": text}`` or ``{"draft": data}``. Answer: ``ok``, the
    ``error`` text (the CLI's message) and ``criterion`` it names, the draft
    as ``yaml`` and as ``draft`` data, and its ``hash`` when valid.
    """
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or ("yaml" not in body and "draft" not in body):
        return jsonify(ok=False, error='send {"yaml": "..."} or {"draft": {...}} as JSON'), 400
    out: dict[str, Any] = {"ok": False, "error": None, "criterion": None}
    try:
        if "yaml" in body:
            text = str(body["yaml"])
            out["yaml"] = text
            out["draft"] = drafts.load_draft_yaml(text)
            scorecard = drafts.parse_draft(yaml_text=text)
        else:
            out["draft"] = body["draft"]
            out["yaml"] = drafts.draft_to_yaml(body["draft"])
            scorecard = drafts.parse_draft(data=body["draft"])
    except ScorecardError as e:
        out.update(error=str(e), criterion=e.criterion)
        return jsonify(out)
    out.update(ok=True, hash=scorecard.hash, criteria=len(scorecard.criteria), id=scorecard.id, version=scorecard.version)
    return jsonify(out)


def _draft_from_request() -> Scorecard:
    return drafts.parse_draft(yaml_text=request.form.get("yaml_text", ""))


def _preview_calls() -> tuple[list[int], int | None]:
    picked = [params.record_id("call", v) for v in request.form.getlist("call") if v.strip()]
    if picked:
        return picked, None
    raw = request.form.get("last", "").strip() or "10"
    try:
        last = int(raw)
    except ValueError:
        raise Invalid(f"last: {raw!r} is not a whole number; give how many recent calls to preview (1-"
                      f"{previews.MAX_PREVIEW_CALLS})") from None
    return [], last


@bp.post("/preview")
@roles_required(*AUTHOR_ROLES)
def preview():  # noqa: ANN201
    """Run the submitted draft on the chosen calls and on the golden calls; show what changes."""
    key = request.form.get("key") or None
    text = request.form.get("yaml_text", "")
    form = {"last": request.form.get("last", ""), "calls": request.form.getlist("call")}
    try:
        draft = _draft_from_request()
        call_ids, last = _preview_calls()
        db = get_db()
        result = previews.preview(db, draft, call_ids=call_ids, last=last)
        report = goldens.golden_check(db, draft)
    except QAError as e:
        # the editor shows the draft again with the reason, keeping what the author wrote
        return _editor(text, key=key, status=422, error=e, form=form)
    return _editor(text, key=key or draft.id, preview=result, golden=report, form=form)


@bp.post("/publish")
@roles_required(*AUTHOR_ROLES)
def publish():  # noqa: ANN201
    """Store the submitted draft as a new version (golden-call gate; override with a reason)."""
    key = request.form.get("key") or None
    text = request.form.get("yaml_text", "")
    reason = request.form.get("override_reason", "").strip()
    rescore = request.form.get("rescore") == "1"
    form = {"override_reason": reason, "rescore": rescore}
    db = get_db()
    user = user_row()
    try:
        draft = _draft_from_request()
        version, report = publishing.publish(
            db, draft, user=user, threshold=_settings().golden_min_agreement, override_reason=reason or None,
        )
        db.commit()
    except publishing.PublishBlocked as e:
        db.rollback()
        return _editor(text, key=key, status=409, error=e, golden=e.report, blocked=True, form=form)
    except QAError as e:
        db.rollback()
        return _editor(text, key=key, status=422, error=e, form=form)
    flash(f"Published {version.scorecard.key} version {version.version}"
          + (f" (golden calls: {report.agreement:.0%} agreement)" if report.expected else ""), "success")
    if rescore:
        return _start_rescore(version)
    return redirect(url_for("authoring.version", key=version.scorecard.key, number=version.version))


def _start_rescore(version: ScorecardVersion):  # noqa: ANN202
    db = get_db()
    key, number = version.scorecard.key, version.version
    batch, work = publishing.queue_rescore(db, version, user=user_row())
    batch_id = batch.id
    db.commit()
    enqueue(work)
    flash(f"Re-scoring {len(work)} stored call(s) with {key} v{number}", "info")
    return redirect(url_for("uploads.batch", batch_id=batch_id))


@bp.get("/<key>/v<int:number>")
@roles_required(*AUTHOR_ROLES)
def version(key: str, number: int):  # noqa: ANN201
    """One stored version: its YAML, who published it, and links to diffs."""
    v = scorecard_versions.stored_version(get_db(), key, number)
    versions = [x.version for x in v.scorecard.versions]
    count = get_db().scalar(
        select(func.count()).select_from(EvaluationRecord).where(EvaluationRecord.scorecard_version_id == v.id)
    )
    return render_template("authoring/version.html", v=v, versions=versions, evaluations=count)


@bp.post("/<key>/v<int:number>/rescore")
@roles_required(*AUTHOR_ROLES)
def rescore(key: str, number: int):  # noqa: ANN201
    """Score every stored call not yet scored with this version."""
    return _start_rescore(scorecard_versions.stored_version(get_db(), key, number))


@bp.get("/<key>/diff")
@roles_required(*AUTHOR_ROLES)
def diff(key: str):  # noqa: ANN201
    """What changed between two versions (``?a=1&b=2``; default: the last two)."""
    db = get_db()
    row = scorecard_versions.scorecard_record(db, key)
    numbers = [v.version for v in row.versions]
    a = params.whole_number("version a", request.args.get("a"), low=1, high=params.MAX_ID,
                            default=numbers[-2] if len(numbers) > 1 else numbers[-1])
    b = params.whole_number("version b", request.args.get("b"), low=1, high=params.MAX_ID, default=numbers[-1])
    result = scorecard_versions.diff_versions(scorecard_versions.stored_version(db, key, a),
                                              scorecard_versions.stored_version(db, key, b))
    return render_template("authoring/diff.html", row=row, numbers=numbers, a=a, b=b, diff=result)


@bp.route("/<key>/golden", methods=["GET", "POST"])
@roles_required(*AUTHOR_ROLES)
def golden(key: str):  # noqa: ANN201
    """The golden calls of ``key``; POST marks a call with the expected outcome per criterion."""
    db = get_db()
    row = scorecard_versions.scorecard_record(db, key)
    latest = scorecard_versions.latest_version(db, key)
    if latest is None:
        raise NotFound(f"scorecard {key!r} has no published version yet; publish one before adding golden calls")
    scorecard = scorecard_versions.scorecard_for_version(latest)
    error = None
    status = 200
    chosen = request.values.get("call", "").strip()
    chosen_pk = params.record_id("call", chosen)
    if request.method == "POST":
        expected = {c.id: request.form.get(f"expect-{c.id}", "") for c in scorecard.criteria}
        try:
            if chosen_pk is None:
                raise Invalid("choose a stored call to mark as golden")
            record = calls.get_call(db, chosen_pk)
            goldens.mark_golden(db, record, key, expected, author=user_row(),
                                note=request.form.get("note", "").strip() or None)
            db.commit()
        except QAError as e:
            # the form is shown again with the reason, keeping the outcomes chosen
            db.rollback()
            error, status = e, 422
        else:
            flash(f"Call {record.call_id} is a golden call of {key}", "success")
            return redirect(url_for("authoring.golden", key=key))
    # prefill the outcomes from the call's reviewed evaluation with the latest version
    prefill: dict[str, str] = {}
    if chosen_pk is not None:
        ev = db.scalar(select(EvaluationRecord).where(EvaluationRecord.call_id == chosen_pk,
                                                       EvaluationRecord.scorecard_version_id == latest.id))
        if ev is not None:
            prefill = {c.criterion_id: c.outcome for c in ev.criteria}
    return render_template(
        "authoring/golden.html", row=row, latest=latest, scorecard=scorecard, goldens=goldens.golden_calls(db, key),
        recent_calls=_recent_calls(), outcomes=CRITERION_OUTCOMES, error=error, chosen=chosen, prefill=prefill,
        labels={c.id: c.label for c in scorecard.criteria}, outcome_words=goldens.OUTCOME_WORDS,
    ), status


@bp.post("/<key>/golden/<int:golden_id>/delete")
@roles_required(*AUTHOR_ROLES)
def golden_delete(key: str, golden_id: int):  # noqa: ANN201
    """Stop checking drafts against one golden call."""
    db = get_db()
    goldens.delete_golden(db, goldens.get_golden(db, key, golden_id), user=user_row())
    db.commit()
    flash("Golden call removed", "info")
    return redirect(url_for("authoring.golden", key=key))
