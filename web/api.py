"""The JSON API (``/api/v1``), its OpenAPI description and the API-token page.

Requests authenticate with ``Authorization: Bearer <token>`` (tokens come
from ``qa-service users token USERNAME`` or the token page here; only their
SHA-256 is stored). A browser that is signed in may also call the read-only
endpoints with its session, which is how the UI's export links work. Every
endpoint shows exactly what the UI shows the same user: the list filters
are the call list's (:func:`web.calls.filters_from_args`), lists show one
evaluation per call (its current one) and visibility is
:func:`qa_service.visibility.visible_calls_clause` (an agent's token sees
only that agent's calls). The description is ``web/openapi.yaml``, served at
``/api/openapi.yaml``.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime, timedelta, timezone
from functools import wraps
from pathlib import Path
from typing import Any, Callable, TypeVar

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from nlp.catalogue import detector_catalogue
from qa_service import accounts, analytics, batches, call_list, exports, scorecard_versions, visibility
from qa_service.db.models import ROLES, ApiToken, ScorecardRecord, User, utcnow
from qa_service.errors import Invalid
from web.auth import ACCESS_ATTR, login_required, public, user_row
from web.calls import filters_from_args
from web.db import get_db

bp = Blueprint("api", __name__, url_prefix="/api")

F = TypeVar("F", bound=Callable[..., Any])

OPENAPI_PATH = Path(__file__).resolve().parent / "openapi.yaml"
# roles that may follow batches
BATCH_ROLES: tuple[str, ...] = ("admin", "author", "trainer")
# the longest a token may be made to last, in days
MAX_TOKEN_DAYS = 3650


def _problem(status: int, message: str, **extra: Any) -> Response:
    response = jsonify(error=message, **extra)
    response.status_code = status
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="qa-service"'
    return response


def api_auth(view: F) -> F:
    """The request's user from its bearer token (or, for a signed-in browser, its session); 401 otherwise."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        header = request.headers.get("Authorization", "")
        if header:
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                return _problem(401, "the Authorization header must be 'Bearer <token>'")
            db = get_db()
            user = accounts.user_for_token(db, token.strip())
            if user is None:
                return _problem(401, "the API token is unknown, revoked or expired; create a new one with "
                                     "`qa-service users token USERNAME` or on the API tokens page")
            db.commit()  # last_used_at
            g.api_user = user
        elif current_user.is_authenticated:
            g.api_user = user_row()
        else:
            return _problem(401, "send an API token: Authorization: Bearer <token>")
        return view(*args, **kwargs)

    # any role may call the API; what each sees is narrowed per endpoint
    setattr(wrapped, ACCESS_ATTR, ROLES)
    return wrapped  # type: ignore[return-value]


def _user() -> User:
    return g.api_user


def _filters() -> Any:
    filters, errors = filters_from_args(request.args)
    if errors:
        abort(_problem(400, "; ".join(errors), errors=errors))
    sort = request.args.get("sort", "newest")
    if sort not in call_list.SORTS:
        abort(_problem(400, f"sort {sort!r} is not one of {', '.join(call_list.SORTS)}"))
    return filters, sort


def _int_arg(name: str, default: int, *, low: int, high: int) -> int:
    raw = request.args.get(name, "")
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        abort(_problem(400, f"{name} {raw!r} is not a whole number"))
    if not low <= value <= high:
        abort(_problem(400, f"{name} {value} is outside {low} to {high}"))
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


# --- description ----------------------------------------------------------------------------


@bp.get("/openapi.yaml")
@public
def openapi():  # noqa: ANN201
    """The OpenAPI 3 description of this API."""
    return Response(OPENAPI_PATH.read_text(encoding="utf-8"), mimetype="application/yaml")


# --- data -------------------------------------------------------------------------------------


@bp.get("/v1/me")
@api_auth
def me():  # noqa: ANN201
    """Who the token belongs to."""
    user = _user()
    return jsonify(username=user.username, role=user.role, display_name=user.display_name,
                   agent=user.agent.external_id if user.agent else None)


@bp.get("/v1/evaluations")
@api_auth
def evaluations():  # noqa: ANN201
    """A page of the calls the user may see, each with its current evaluation, filtered like the call list."""
    filters, sort = _filters()
    page = _int_arg("page", 1, low=1, high=1_000_000)
    per_page = _int_arg("per_page", call_list.PAGE_SIZE, low=1, high=call_list.MAX_PAGE_SIZE)
    result = call_list.list_evaluations(get_db(), _user(), filters, sort=sort, page=page, per_page=per_page)
    items = []
    for row in result.rows:
        item = _plain(asdict(row))
        item["url"] = url_for("api.evaluation", evaluation_id=row.evaluation_id, _external=True)
        items.append(item)
    return jsonify(items=items, page=result.page, per_page=result.per_page, total=result.total,
                   total_capped=result.total_capped, has_next=result.has_next)


@bp.get("/v1/evaluations/<int:evaluation_id>")
@api_auth
def evaluation(evaluation_id: int):  # noqa: ANN201
    """One evaluation in full (current or earlier): criteria, evidence, explanations, metrics, models,
    the review and its overrides."""
    return jsonify(exports.record(visibility.visible_evaluation(get_db(), _user(), evaluation_id)))


@bp.get("/v1/evaluations/export")
@api_auth
def export():  # noqa: ANN201
    """Every evaluation matching the filters as CSV or JSON Lines (``?format=csv|jsonl``), streamed."""
    fmt = request.args.get("format", "csv")
    if fmt not in exports.EXPORT_FORMATS:
        return _problem(400, f"format {fmt!r} is not one of {', '.join(exports.EXPORT_FORMATS)}")
    filters, sort = _filters()
    query = call_list.list_query(_user(), filters, sort=sort)
    chunks = exports.iter_export(get_db(), query, fmt)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M")
    mimetype = "text/csv" if fmt == "csv" else "application/x-ndjson"
    response = Response(stream_with_context(chunks), mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="evaluations-{stamp}.{fmt}"'
    return response


@bp.get("/v1/dashboard")
@api_auth
def dashboard():  # noqa: ANN201
    """The dashboard figures (``?by=team|agent`` plus the list filters)."""
    filters, _sort = _filters()
    by = request.args.get("by", "team")
    if by not in analytics.GROUPS:
        return _problem(400, f"by {by!r} is not one of {', '.join(analytics.GROUPS)}")
    data = analytics.dashboard(get_db(), call_list.list_query(_user(), filters), by=by)
    return jsonify(data.to_dict())


@bp.get("/v1/scorecards")
@api_auth
def scorecards():  # noqa: ANN201
    """Every stored scorecard and its versions."""
    rows = get_db().scalars(
        select(ScorecardRecord).options(selectinload(ScorecardRecord.versions)).order_by(ScorecardRecord.key)
    ).all()
    return jsonify(items=[
        {"id": r.key, "name": r.name, "versions": [
            {"version": v.version, "hash": v.content_hash, "created_at": _plain(v.created_at),
             "url": url_for("api.scorecard_version", key=r.key, number=v.version, _external=True)}
            for v in r.versions
        ]}
        for r in rows
    ])


@bp.get("/v1/scorecards/<key>/versions/<int:number>")
@api_auth
def scorecard_version(key: str, number: int):  # noqa: ANN201
    """One stored scorecard version: its YAML and its normalised content."""
    version = scorecard_versions.stored_version(get_db(), key, number)
    return jsonify(id=key, version=number, hash=version.content_hash, created_at=_plain(version.created_at),
                   yaml=version.yaml_text, scorecard=scorecard_versions.scorecard_for_version(version).to_dict())


@bp.get("/v1/detectors")
@api_auth
def detectors():  # noqa: ANN201
    """The detectors a scorecard can use, with their parameters."""
    return jsonify(items=detector_catalogue())


@bp.get("/v1/batches/<int:batch_id>")
@api_auth
def batch(batch_id: int):  # noqa: ANN201
    """A batch's progress and its failures with their reasons."""
    if _user().role not in BATCH_ROLES:
        return _problem(403, f"role {_user().role!r} cannot follow batches; roles allowed: {', '.join(BATCH_ROLES)}")
    return jsonify(batches.progress(get_db(), batches.get_batch(get_db(), batch_id)))


# --- tokens (a page for signed-in users) -----------------------------------------------------------


@bp.route("/tokens", methods=["GET", "POST"])
@login_required
def tokens():  # noqa: ANN201
    """The signed-in user's API tokens; POST creates one and shows it once."""
    db = get_db()
    user = user_row()
    created = None
    error = None
    status = 200
    if request.method == "POST":
        name = request.form.get("name", "").strip()
        days_raw = request.form.get("days", "").strip()
        try:
            if days_raw and not days_raw.isdigit():
                raise Invalid(f"expiry {days_raw!r} is not a whole number of days")
            days = int(days_raw) if days_raw else None
            if days is not None and not 1 <= days <= MAX_TOKEN_DAYS:
                raise Invalid(f"expiry must be 1 to {MAX_TOKEN_DAYS} days, or empty for no expiry")
            _, created = accounts.create_api_token(db, user, name, expires_in=timedelta(days=days) if days else None)
            db.commit()
        except Invalid as e:
            # the page shows the form again with the reason, keeping what was typed
            db.rollback()
            error, status = str(e), 422
    rows = db.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.created_at.desc())).all()
    return render_template("api/tokens.html", rows=rows, created=created, error=error, now=utcnow()), status


@bp.post("/tokens/<int:token_id>/revoke")
@login_required
def revoke(token_id: int):  # noqa: ANN201
    """Revoke one of the signed-in user's tokens."""
    db = get_db()
    row = accounts.revoke_api_token(db, user_row(), token_id)
    db.commit()
    flash(f"Token {row.name!r} revoked", "info")
    return redirect(url_for("api.tokens"))
