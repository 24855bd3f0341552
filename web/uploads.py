"""Batch upload in the browser: many transcripts or recordings at once.

Files are streamed to ``data_dir/uploads/<batch folder>/`` under safe names
(never the name the browser sent as a path), each checked against the
accepted extensions and the size limit (``QA_MAX_UPLOAD_MB``). The files
that pass become a batch through :func:`qa_service.ingest.submit_files`
(the same path as ``qa-service batch``); the ones that don't are listed as
failed items with the reason. The progress page polls :func:`progress`,
which recounts the batch from its items as the workers finish them
(:func:`qa_service.batches.progress`).
"""

from __future__ import annotations

import re
import shutil
import unicodedata
import uuid
from pathlib import Path
from typing import Any

from flask import Blueprint, current_app, flash, jsonify, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.datastructures import FileStorage

from qa_service import audit, batches, ingest, scorecard_versions
from qa_service import batches as batch_rows
from qa_service.db.models import ScorecardRecord, ScorecardVersion
from qa_service.errors import Forbidden
from qa_service.scoring import INPUT_EXTENSIONS
from transcription.errors import QAError
from qa_service.errors import Invalid
from web import params
from web.auth import roles_required, user_row
from web.db import get_db
from web.tasks import enqueue

bp = Blueprint("uploads", __name__, url_prefix="/uploads")

# roles that submit calls
UPLOAD_ROLES: tuple[str, ...] = ("admin", "author", "trainer")
# the folder under data_dir where uploads are kept
UPLOADS_DIR = "uploads"
# bytes copied at a time while checking an upload's size
_CHUNK = 1 << 20
# batches listed on the upload page
RECENT_BATCHES = 20


def _settings() -> Any:
    return current_app.config["QA_SETTINGS"]


def _versions() -> list[ScorecardVersion]:
    """The latest version of each stored scorecard (the default scorecard registered from disk when new)."""
    db = get_db()
    settings = _settings()
    if scorecard_versions.latest_version(db, settings.scorecard) is None:
        try:
            scorecard_versions.from_settings(db, settings)
            db.commit()
        except QAError:
            # a broken default scorecard file only leaves it out of the choices
            db.rollback()
    out = []
    for key in db.scalars(select(ScorecardRecord.key).order_by(ScorecardRecord.key)):
        latest = scorecard_versions.latest_version(db, key)
        if latest is not None:
            out.append(latest)
    return out


# most bytes of a stored file's name (file systems allow 255)
NAME_MAX_BYTES = 200


def safe_name(original: str) -> str:
    """A file name to store an upload under: the last part of what the browser sent, with every character
    that is not a letter or digit (of any script), ``-``, ``_`` or ``.`` turned into ``_``; no leading dot,
    no path, at most NAME_MAX_BYTES bytes. "Anruf Müller.vtt" stays "Anruf_Müller.vtt", "通話.vtt" stays
    "通話.vtt"; "../../etc/passwd" becomes "passwd". Empty when nothing usable is left."""
    name = unicodedata.normalize("NFC", Path(original.replace("\\", "/")).name)
    name = "".join(ch if unicodedata.category(ch)[0] in "LN" or ch in "-_." else "_" for ch in name)
    name = re.sub(r"_{2,}", "_", name).strip("._ ")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    suffix = f".{suffix}" if suffix else ""
    while len((stem + suffix).encode("utf-8")) > NAME_MAX_BYTES and stem:
        stem = stem[:-1]
    stem = stem.strip("._")
    return f"{stem}{suffix}" if stem else ""


def save_upload(upload: FileStorage, folder: Path, *, max_bytes: int, taken: set[str]) -> tuple[Path | None, str | None]:
    """Store one uploaded file in ``folder`` under a safe, unique name; returns (path, None) or (None, reason)."""
    original = upload.filename or ""
    name = safe_name(original)
    suffix = Path(name).suffix.lower()
    if not name or suffix not in INPUT_EXTENSIONS:
        return None, (f"{original or '(no name)'}: not a transcript or recording; accepted: "
                      f"{', '.join(INPUT_EXTENSIONS)}")
    stem, n = Path(name).stem, 1
    while name.lower() in taken:
        n += 1
        name = f"{stem}-{n}{suffix}"
    taken.add(name.lower())
    target = folder / name
    written = 0
    with open(target, "wb") as out:
        while True:
            chunk = upload.stream.read(_CHUNK)
            if not chunk:
                break
            written += len(chunk)
            if written > max_bytes:
                out.close()
                target.unlink(missing_ok=True)
                return None, (f"{original}: larger than the {max_bytes / 1e6:.0f} MB limit (QA_MAX_UPLOAD_MB); "
                              "split the recording or ask an admin to raise the limit")
            out.write(chunk)
    if written == 0:
        target.unlink(missing_ok=True)
        return None, f"{original}: the file is empty"
    return target, None


def _upload_limits() -> None:
    """Let the upload form take bodies far larger than the app's other forms (MAX_CONTENT_LENGTH)."""
    if request.method == "POST" and request.endpoint == "uploads.index":
        settings = _settings()
        request.max_content_length = int(settings.max_upload_total_mb * 1_000_000)
        request.max_form_parts = settings.max_upload_files + 20


@bp.record_once
def _install_limits(state: Any) -> None:
    # first of the app's before-request hooks: the CSRF check reads the form, so the limit must be set before it
    state.app.before_request_funcs.setdefault(None, []).insert(0, _upload_limits)


@bp.errorhandler(413)
def _too_large(_error: Exception):  # noqa: ANN202
    settings = _settings()
    flash(f"The upload is larger than {settings.max_upload_total_mb:g} MB in all (QA_MAX_UPLOAD_TOTAL_MB) or has "
          f"more than {settings.max_upload_files} files (QA_MAX_UPLOAD_FILES); upload the files in parts", "error")
    return redirect(url_for("uploads.index"))


@bp.route("/", methods=["GET", "POST"])
@roles_required(*UPLOAD_ROLES)
def index():  # noqa: ANN201
    """The upload form and the recent batches; POST stores the files and starts a batch."""
    db = get_db()
    settings = _settings()
    versions = _versions()
    # only the agents whose calls this user may submit (and see afterwards)
    agents = ingest.submittable_agents(db, user_row())
    errors: list[str] = []
    if request.method == "POST":
        params.refuse_nul_in_form()
        files = [f for f in request.files.getlist("files") if f and f.filename]
        version_id = request.form.get("scorecard_version", "")
        agent = request.form.get("agent", "").strip() or None
        try:
            version_pk = params.record_id("scorecard version", version_id)
        except Invalid as e:
            errors.append(str(e))
            version_pk = None
        version = db.get(ScorecardVersion, version_pk) if version_pk is not None else None
        if not files:
            errors.append("choose at least one transcript (.json, .vtt, .srt) or recording to upload")
        if len(files) > settings.max_upload_files:
            errors.append(f"{len(files)} files is more than the {settings.max_upload_files} allowed at once "
                          "(QA_MAX_UPLOAD_FILES); upload them in parts")
        if version is None:
            errors.append("choose the scorecard to score the calls with")
        if agent is not None:
            try:
                ingest.check_submitter(db, user_row(), agent, f"agent {agent!r}")
            except Forbidden:
                errors.append(f"agent {agent!r} is not one of the agents you may upload calls for; choose one from "
                              "the list (the agents of your teams)")
        if not errors:
            return _start_batch(files, version, agent)
    batches = batch_rows.recent_batches(db, user_row(), RECENT_BATCHES)
    return render_template(
        "uploads/index.html", versions=versions, agents=agents, batches=batches, errors=errors,
        accept=",".join(INPUT_EXTENSIONS), max_mb=settings.max_upload_mb, max_files=settings.max_upload_files,
    ), (422 if errors else 200)


def _start_batch(files: list[FileStorage], version: ScorecardVersion, agent: str | None):  # noqa: ANN202
    settings = _settings()
    db = get_db()
    folder = settings.data_path / UPLOADS_DIR / uuid.uuid4().hex
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    rejected: list[tuple[str, str]] = []
    taken: set[str] = set()
    max_bytes = int(settings.max_upload_mb * 1_000_000)
    for upload in files:
        path, reason = save_upload(upload, folder, max_bytes=max_bytes, taken=taken)
        if path is None:
            rejected.append((upload.filename or "(no name)", reason or "rejected"))
        else:
            saved.append(path)
    try:
        batch, work = ingest.submit_files(db, saved, version, agent_external_id=agent, created_by=user_row(),
                                          kind="upload", rejected=rejected, settings=settings)
        audit.record(db, "batch.upload", user=user_row(), target=batch,
                     details={"files": len(files), "stored": len(saved), "rejected": len(rejected), "agent": agent})
        db.commit()
    except Exception:
        db.rollback()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if work:
        enqueue(work)
    flash(f"{len(saved)} file(s) uploaded" + (f", {len(rejected)} rejected" if rejected else ""),
          "success" if saved else "error")
    return redirect(url_for("uploads.batch", batch_id=batch.id))


@bp.get("/batches/<int:batch_id>")
@roles_required(*UPLOAD_ROLES)
def batch(batch_id: int):  # noqa: ANN201
    """A batch's progress and one page of its calls (``?after=`` / ``?before=`` an item id: the pages after
    and before); the page polls :func:`progress` for the same page until the batch is done."""
    b = batches.visible_batch(get_db(), user_row(), batch_id)
    page = _page_args()
    return render_template("uploads/batch.html", batch=b, data=batches.progress(get_db(), b, **page),
                           cursor={k: v for k, v in page.items() if v is not None})


def _page_args() -> dict[str, int | None]:
    """The batch page's cursor from the query string (400 naming the parameter when it is not an id)."""
    return {name: params.record_id(name, request.args.get(name)) for name in ("after", "before")}


@bp.post("/batches/<int:batch_id>/retry")
@roles_required(*UPLOAD_ROLES)
def retry(batch_id: int):  # noqa: ANN201
    """Try the batch's failed files again (all, or the one named by the form's ``item``)."""
    db = get_db()
    b = batches.visible_batch(db, user_row(), batch_id)
    raw = request.form.get("item", "").strip()
    item_ids = [params.record_id("batch item", raw)] if raw else None
    work = ingest.retry_failed(db, b, item_ids=item_ids, settings=_settings())
    audit.record(db, "batch.retry", user=user_row(), target=b, details={"items": len(work)})
    db.commit()
    if work:
        enqueue(work)
        flash(f"{len(work)} file(s) sent again to be scored.", "success")
    else:
        flash("Nothing could be tried again: files refused before they were stored must be uploaded anew, "
              "and a transcript that still does not parse keeps its reason.", "error")
    return redirect(url_for("uploads.batch", batch_id=b.id))


@bp.get("/batches/<int:batch_id>/progress.json")
@roles_required(*UPLOAD_ROLES)
def progress(batch_id: int):  # noqa: ANN201
    """``{"total", "scored", "failed", "skipped", "waiting", "done", "failures": [{"file", "reason"}]}``."""
    return jsonify(batches.progress(get_db(), batches.visible_batch(get_db(), user_row(), batch_id), **_page_args()))
