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

Writing takes a token with scope ``write`` (never a browser session, so
the API needs no CSRF token): ``POST /api/v1/calls`` stores one recording or
transcript through the upload path (:mod:`qa_service.submissions`) and
answers 202 with the call's ``status_url``; an ``Idempotency-Key`` header
makes a retried request get the first answer (:mod:`qa_service.idempotency`).
Every token has its own rate limits (``QA_API_RATE_LIMIT``,
``QA_API_WRITE_RATE_LIMIT``), and every error under ``/api`` is JSON
(:func:`api_error`, installed by :func:`web.create_app`'s error pages).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from dataclasses import asdict
from datetime import date, datetime, timedelta, timezone
from functools import wraps
from pathlib import Path
from typing import Any, Callable, TypeVar

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
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
from qa_service import (
    accounts,
    analytics,
    audit,
    batches,
    call_list,
    exports,
    idempotency,
    scorecard_versions,
    submissions,
    visibility,
)
from qa_service.db.models import ROLES, TOKEN_SCOPES, ApiToken, ScorecardRecord, User, utcnow
from qa_service.errors import Invalid
from qa_service.scoring import INPUT_EXTENSIONS
from web import params
from web.auth import ACCESS_ATTR, login_required, public, user_row
from web.calls import filters_from_args
from qa_service.db.session import session_factory
from web.db import get_db
from web.extensions import csrf, limiter

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


def _rate_key() -> str:
    """Rate limits count per token (its hash; no database look-up), else per signed-in user or address."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return "token:" + hashlib.sha256(token.strip().encode("utf-8")).hexdigest()[:32]
    if current_user.is_authenticated:
        return f"user:{current_user.id}"
    return f"address:{request.remote_addr}"


def _api_limit() -> str:
    return current_app.config["QA_SETTINGS"].api_rate_limit


def _write_limit() -> str:
    return current_app.config["QA_SETTINGS"].api_write_rate_limit


def _guarded(view: F, *, write: bool) -> F:
    # both limits on one stack of decorators: Flask-Limiter counts a view's limits once per request, at the
    # innermost of its decorators
    limited = limiter.shared_limit(_api_limit, scope="api", key_func=_rate_key)(view)
    if write:
        limited = limiter.limit(_write_limit, key_func=_rate_key, scope="api-write")(limited)

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        header = request.headers.get("Authorization", "")
        g.api_token = None
        if header:
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                return _problem(401, "the Authorization header must be 'Bearer <token>'")
            # the token is looked up in a short session of its own: noting its use writes, and the request's
            # session of a POST holds SQLite's write lock from its first statement
            with session_factory(current_app.config["QA_SETTINGS"])() as lookup:
                row = accounts.token_for(lookup, token.strip())
                lookup.commit()  # last_used_at
            if row is None:
                return _problem(401, "the API token is unknown, revoked or expired; create a new one with "
                                     "`qa-service users token USERNAME` or on the API tokens page")
            g.api_user = get_db().get(User, row.user_id)
            g.api_token = row
        elif current_user.is_authenticated and not write:
            g.api_user = user_row()
        else:
            return _problem(401, "send an API token: Authorization: Bearer <token>"
                            + ("; writing needs one with scope write (`qa-service users token USERNAME --scope "
                               "write` or the API tokens page)" if write else ""))
        token = g.api_token
        if write and token.scope != "write":
            return _problem(403, f"token {token.name!r} has scope {token.scope!r}, which only reads; create a token "
                                 "with scope write (`qa-service users token USERNAME --scope write`)")
        return limited(*args, **kwargs)

    # any role may call the API; what each sees is narrowed per endpoint
    setattr(wrapped, ACCESS_ATTR, ROLES)
    return wrapped  # type: ignore[return-value]


def api_auth(view: F) -> F:
    """The request's user from its bearer token (or, for a signed-in browser, its session); 401 otherwise.
    Counted against the token's rate limit (``QA_API_RATE_LIMIT``, shared by every endpoint)."""
    return _guarded(view, write=False)


def api_write(view: F) -> F:
    """Like :func:`api_auth`, for endpoints that change things: only a bearer token with scope ``write``
    (a browser session never: the API has no CSRF token), counted against ``QA_API_WRITE_RATE_LIMIT`` too."""
    return csrf.exempt(_guarded(view, write=True))  # type: ignore[return-value]


def api_error(code: int, message: str | None = None, *, description: str | None = None) -> Response:
    """The JSON answer for an error under ``/api``: ``message`` when the service said what is wrong, else
    one for the status code that says what to do."""
    if message is None:
        settings = current_app.config["QA_SETTINGS"]
        message = {
            400: f"the request was not understood ({description}); see /api/openapi.yaml for what each endpoint takes",
            403: "this token's user may not do this; see /api/openapi.yaml for who may use which endpoint",
            404: f"there is no {request.method} {request.path}; the endpoints are listed in /api/openapi.yaml",
            405: f"{request.path} does not take {request.method}; the methods it takes are in the Allow header "
                 "and /api/openapi.yaml",
            413: f"the request is larger than the {settings.max_upload_mb:g} MB a file may have (QA_MAX_UPLOAD_MB); "
                 "split the recording, compress it (Opus, MP3), or ask an admin to raise the limit",
            429: f"too many requests with this token ({description}); wait for the number of seconds in the "
                 "Retry-After header, or ask an admin to raise QA_API_RATE_LIMIT / QA_API_WRITE_RATE_LIMIT",
            500: "the server failed while answering; the error is in its log. Try again later, and tell an admin "
                 "if it keeps failing",
        }.get(code, description or "the request failed")
    return _problem(code, message)


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
    try:
        return params.whole_number(name, request.args.get(name), low=low, high=high, default=default)
    except Invalid as e:
        abort(_problem(400, str(e)))


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
    page = _int_arg("page", 1, low=1, high=params.MAX_PAGE)
    per_page = _int_arg("per_page", call_list.PAGE_SIZE, low=1, high=call_list.MAX_PAGE_SIZE)
    try:
        result = call_list.list_evaluations(get_db(), _user(), filters, sort=sort, page=page, per_page=per_page,
                                            after=request.args.get("after") or None)
    except Invalid as e:
        return _problem(400, str(e))
    items = []
    for row in result.rows:
        item = _plain(asdict(row))
        item["url"] = url_for("api.evaluation", evaluation_id=row.evaluation_id, _external=True)
        items.append(item)
    return jsonify(items=items, page=result.page, per_page=result.per_page, total=result.total,
                   total_capped=result.total_capped, has_next=result.has_next, next_cursor=result.next_cursor)


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
    # its own session: the response is streamed after the request's session has closed
    chunks = exports.stream_export(current_app.config["QA_SETTINGS"], query, fmt)
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
    user = _user()
    data = analytics.dashboard_for(get_db(), user, filters, by=by, with_agreement=user.role != "agent")
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
    page = {name: params.record_id(name, request.args.get(name)) for name in ("after", "before")}
    return jsonify(batches.progress(get_db(), batches.visible_batch(get_db(), _user(), batch_id), **page))


# --- submitting calls -----------------------------------------------------------------------------

# the folder under data_dir where submitted files are kept (the upload page's)
SUBMISSIONS_DIR = "uploads"


def _api_upload_limits() -> None:
    """A submission may be as large as one uploaded file (QA_MAX_UPLOAD_MB) plus its form fields."""
    if request.method == "POST" and request.endpoint == "api.submit_call":
        settings = current_app.config["QA_SETTINGS"]
        request.max_content_length = int(settings.max_upload_mb * 1_000_000) + 1_000_000
        request.max_form_parts = 20


@bp.record_once
def _install_limits(state: Any) -> None:
    # before the app's other hooks, so the limit is set before anything reads the body
    state.app.before_request_funcs.setdefault(None, []).insert(0, _api_upload_limits)


def _call_url(call_pk: int) -> str:
    return url_for("api.call_status", call_pk=call_pk, _external=True)


def _call_body(record: Any, status: dict[str, Any]) -> dict[str, Any]:
    evaluation = status["evaluation"]
    # what was redacted (kinds, counts, times; never the values) is for admins (docs/privacy.md)
    privacy = {"redactions": (record.metadata_ or {}).get("redactions")} if _user().role == "admin" else {}
    return {
        **privacy,
        "id": record.id,
        "call_id": record.call_id,
        "agent": record.agent.external_id if record.agent is not None else None,
        "status": status["status"],
        "reason": status["reason"],
        "status_url": _call_url(record.id),
        "received_at": _plain(record.created_at),
        "evaluation": None if evaluation is None else {
            "id": evaluation.id,
            "url": url_for("api.evaluation", evaluation_id=evaluation.id, _external=True),
            "scorecard": evaluation.scorecard_version.scorecard.key,
            "version": evaluation.scorecard_version.version,
            "score": evaluation.score,
            "passed": evaluation.passed,
        },
    }


def _check_unicode(data: Any, source: str) -> None:
    """A ``\\ud800`` escape in JSON gives a lone surrogate, which cannot be saved or stored: a clear 400."""
    from transcription.call import check_unicode
    from transcription.errors import CallFormatError

    try:
        check_unicode(data, source)
    except CallFormatError as e:
        raise Invalid(str(e)) from None


def _saved_submission(folder: Path) -> tuple[Path, str, submissions.CallMetadata, str]:
    """The request's file saved in ``folder`` under a safe name, the name it was sent with, its metadata and
    the hash that identifies the request (for Idempotency-Key); :class:`Invalid` (or an error answer) else."""
    from web.uploads import save_upload

    settings = current_app.config["QA_SETTINGS"]
    max_bytes = int(settings.max_upload_mb * 1_000_000)
    if request.mimetype == "multipart/form-data":
        upload = request.files.get("file")
        if upload is None or not upload.filename:
            raise Invalid("send the recording or transcript in the multipart field 'file' (curl -F file=@call.wav); "
                          f"accepted: {', '.join(INPUT_EXTENSIONS)}")
        params.refuse_nul_in_form()
        metadata_text = request.form.get("metadata", "")
        metadata = submissions.parse_metadata(metadata_text)
        _check_unicode(json.loads(metadata_text or "null"), "the metadata field")
        path, reason = save_upload(upload, folder, max_bytes=max_bytes, taken=set())
        if path is None:
            code = 413 if "limit" in (reason or "") else 415 if "accepted:" in (reason or "") else 400
            abort(_problem(code, reason or "the file was refused"))
        shown = upload.filename
        identity = {"file": _file_hash(path), "name": shown, "metadata": json.loads(metadata_text or "null")}
    elif request.is_json:
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            raise Invalid("the body is not a JSON object; send a call in the canonical format "
                          "(docs/call-format.md), or a file as multipart field 'file'")
        _check_unicode(data, "the JSON body")
        metadata = submissions.parse_metadata({"scorecard": request.args.get("scorecard")} if
                                              request.args.get("scorecard") else None)
        call_id = str(data.get("call_id") or "call")
        from werkzeug.utils import secure_filename

        path = folder / f"{secure_filename(call_id)[:100] or 'call'}.json"
        text = json.dumps(data, ensure_ascii=False, indent=1)
        if len(text.encode("utf-8")) > max_bytes:
            abort(api_error(413))
        path.write_text(text, encoding="utf-8")
        shown = f"the JSON body (call {call_id!r})"
        identity = {"json": data, "scorecard": request.args.get("scorecard")}
    else:
        abort(_problem(415, f"send multipart/form-data with the file in field 'file', or a call as application/json; "
                            f"not {request.mimetype or 'an empty body'}"))
    digest = hashlib.sha256(json.dumps({"method": request.method, "path": request.path, **identity},
                                       sort_keys=True, default=str).encode("utf-8")).hexdigest()
    return path, shown, metadata, digest


def _file_hash(path: Path) -> str:
    from qa_service.calls import file_hash

    return file_hash(path)


@bp.post("/v1/calls")
@api_write
def submit_call():  # noqa: ANN201
    """Store one recording or transcript (multipart ``file`` + ``metadata``, or a canonical call as JSON) and
    queue it to be scored; 202 with the call's ``status_url``."""
    from web.tasks import enqueue

    settings = current_app.config["QA_SETTINGS"]
    db = get_db()
    user = _user()
    raw_key = request.headers.get("Idempotency-Key")
    key = None
    if raw_key is not None:
        try:
            key = idempotency.check_key(raw_key)
        except Invalid as e:
            return _problem(400, str(e))
    folder = settings.data_path / SUBMISSIONS_DIR / f"api-{uuid.uuid4().hex}"
    folder.mkdir(parents=True, exist_ok=True)
    claimed = None
    try:
        path, shown, metadata, digest = _saved_submission(folder)
        if key is not None:
            claimed = idempotency.claim(db, user, key, digest, token=g.api_token)
            db.commit()  # the key is taken: a retry arriving meanwhile is told to wait
            if claimed.replay is not None:
                shutil.rmtree(folder, ignore_errors=True)
                status, body = claimed.replay
                response = jsonify(body)
                response.status_code = status
                response.headers["Idempotent-Replayed"] = "true"
                if status == 202:
                    response.headers["Location"] = body.get("status_url", "")
                return response
        result = submissions.submit_call(db, settings, user, path, metadata=metadata, shown_name=shown)
        audit.record(db, "call.submit", user=user, target=result.call,
                     details={"file": shown, "batch": result.batch_id, "duplicate": result.duplicate,
                              "token": g.api_token.name})
        body = _call_body(result.call, submissions.call_status(db, result.call))
        body["duplicate"] = result.duplicate
        body["batch_id"] = result.batch_id
        if claimed is not None:
            idempotency.finish(db, claimed, 202, body)
        db.commit()
    except idempotency.KeyReused as e:
        db.rollback()
        shutil.rmtree(folder, ignore_errors=True)
        return _problem(422, str(e))
    except idempotency.KeyInFlight as e:
        db.rollback()
        shutil.rmtree(folder, ignore_errors=True)
        response = _problem(409, str(e))
        response.headers["Retry-After"] = "2"
        return response
    except BaseException as e:
        db.rollback()
        if claimed is not None:
            idempotency.release(db, claimed)
            db.commit()
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(e, Invalid):
            return _problem(422 if isinstance(e, submissions.UnreadableCall) else 400, str(e))
        raise
    if result.duplicate:
        # the file was stored before: nothing new to keep
        shutil.rmtree(folder, ignore_errors=True)
    if result.work:
        enqueue(result.work)
    response = jsonify(body)
    response.status_code = 202
    response.headers["Location"] = body["status_url"]
    return response


@bp.get("/v1/calls/<int:call_pk>")
@api_auth
def call_status(call_pk: int):  # noqa: ANN201
    """A call's way through the pipeline: received, transcribing, scoring, scored or failed (with the reason)."""
    db = get_db()
    record = visibility.visible_call(db, _user(), call_pk)
    return jsonify(_call_body(record, submissions.call_status(db, record)))


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
        scope = request.form.get("scope", "read")
        try:
            days = params.whole_number("expiry in days", days_raw, low=1, high=MAX_TOKEN_DAYS)
            _, created = accounts.create_api_token(db, user, name, expires_in=timedelta(days=days) if days else None,
                                                   scope=scope)
            db.commit()
        except Invalid as e:
            # the page shows the form again with the reason, keeping what was typed
            db.rollback()
            error, status = str(e), 422
    rows = db.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.created_at.desc())).all()
    return render_template("api/tokens.html", rows=rows, created=created, error=error, now=utcnow(),
                           scopes=TOKEN_SCOPES), status


@bp.post("/tokens/<int:token_id>/revoke")
@login_required
def revoke(token_id: int):  # noqa: ANN201
    """Revoke one of the signed-in user's tokens."""
    db = get_db()
    row = accounts.revoke_api_token(db, user_row(), token_id)
    db.commit()
    flash(f"Token {row.name!r} revoked", "info")
    return redirect(url_for("api.tokens"))
