"""Privacy on the review page: what was redacted from a call (admins), downloading its recording
(roles in ``QA_DOWNLOAD_ROLES``) and deleting the call (admins, after a confirm step). The work is
:mod:`qa_service.retention` and :mod:`qa_service.redaction`; see docs/privacy.md."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, flash, redirect, render_template, url_for

from qa_service import retention
from web import media
from web.auth import roles_required, user_row, visible_call
from web.db import get_db

bp = Blueprint("privacy", __name__, url_prefix="/calls")


def call_privacy(record: Any) -> dict[str, Any]:
    """What the review page's privacy block shows the signed-in user about ``record``."""
    user = user_row()
    redactions = (record.metadata_ or {}).get("redactions") if user.role == "admin" else None
    return {
        "redactions": redactions,
        "can_delete": user.role == "admin",
        "download": bool(record.audio_path) and media.can_download(user) and not media.awaiting_redaction(record),
    }


@bp.app_context_processor
def _helpers() -> dict[str, Any]:
    return {"call_privacy": call_privacy}


@bp.get("/<int:call_pk>/delete")
@roles_required("admin")
def confirm_delete(call_pk: int):  # noqa: ANN201
    record = visible_call(call_pk)
    return render_template("privacy/delete.html", record=record,
                           counts=retention.deletion_counts(get_db(), record))


@bp.post("/<int:call_pk>/delete")
@roles_required("admin")
def delete(call_pk: int):  # noqa: ANN201
    record = visible_call(call_pk)
    db = get_db()
    counts = retention.delete_call(db, record, settings=current_app.config["QA_SETTINGS"], user=user_row())
    db.commit()
    flash(f"Call #{call_pk} deleted: its recording, transcript, {counts['evaluations']} evaluation(s), "
          f"{counts['notes']} note(s) and {counts['disputes']} dispute(s).", "success")
    return redirect(url_for("calls.index"))
