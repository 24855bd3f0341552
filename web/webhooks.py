"""Webhooks for admins: register receivers, see every delivery and the receiver's answers.

Thin views over :mod:`qa_service.webhooks`: a new webhook's signing secret
is shown once, on its page, right after it is created or rotated; each
webhook's page lists its recent deliveries with every attempt (time, status
code, the first characters of the answer, the error), a button to send a
delivery again and one to send a ``ping`` event to check the receiver.
"""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for

from qa_service import webhooks
from web import back_on_invalid
from web.auth import roles_required, user_row
from web.db import get_db

bp = Blueprint("webhooks", __name__, url_prefix="/admin/webhooks")

# who manages webhooks
WEBHOOK_ROLES: tuple[str, ...] = ("admin",)
# deliveries listed on a webhook's page
RECENT_DELIVERIES = 50
# the session key holding a secret to show once
_SHOW_SECRET = "webhook_secret_once"


def _form_values() -> dict:
    return {
        "url": request.form.get("url", ""),
        "events": request.form.getlist("events"),
        "description": request.form.get("description", ""),
        "is_active": request.form.get("is_active") == "on",
    }


@bp.route("/", methods=["GET", "POST"])
@roles_required(*WEBHOOK_ROLES)
def index():  # noqa: ANN201
    """The registered webhooks; POST registers one and shows its secret once."""
    db = get_db()
    if request.method == "POST":
        back_on_invalid(url_for("webhooks.index"))
        values = _form_values()
        row = webhooks.create_webhook(db, values["url"], values["events"], description=values["description"],
                                      created_by=user_row())
        db.commit()
        session[_SHOW_SECRET] = [row.id, row.secret]
        flash(f"Webhook #{row.id} registered: copy its signing secret now, it is shown once", "success")
        return redirect(url_for("webhooks.detail", webhook_id=row.id))
    rows = webhooks.list_webhooks(db)
    return render_template("webhooks/index.html", rows=rows, events=webhooks.EVENTS)


def _secret_once(webhook_id: int) -> str | None:
    shown = session.pop(_SHOW_SECRET, None)
    if shown and shown[0] == webhook_id:
        return shown[1]
    return None


@bp.get("/<int:webhook_id>")
@roles_required(*WEBHOOK_ROLES)
def detail(webhook_id: int):  # noqa: ANN201
    """One webhook: its settings, its recent deliveries with every attempt."""
    db = get_db()
    row = webhooks.get_webhook(db, webhook_id)
    return render_template(
        "webhooks/detail.html", hook=row, events=webhooks.EVENTS, secret=_secret_once(row.id),
        deliveries=webhooks.recent_deliveries(db, row, limit=RECENT_DELIVERIES),
        signature_header=webhooks.SIGNATURE_HEADER, tolerance=webhooks.TIMESTAMP_TOLERANCE_S,
    )


@bp.post("/<int:webhook_id>")
@roles_required(*WEBHOOK_ROLES)
def update(webhook_id: int):  # noqa: ANN201
    """Change a webhook's URL, events, description or whether it is active."""
    db = get_db()
    back_on_invalid(url_for("webhooks.detail", webhook_id=webhook_id))
    row = webhooks.get_webhook(db, webhook_id)
    values = _form_values()
    webhooks.update_webhook(db, row, url=values["url"], events=values["events"], description=values["description"],
                            is_active=values["is_active"], by=user_row())
    db.commit()
    flash("Webhook saved", "success")
    return redirect(url_for("webhooks.detail", webhook_id=row.id))


@bp.post("/<int:webhook_id>/secret")
@roles_required(*WEBHOOK_ROLES)
def rotate(webhook_id: int):  # noqa: ANN201
    """A new signing secret (the old one stops working at once)."""
    db = get_db()
    row = webhooks.get_webhook(db, webhook_id)
    secret = webhooks.rotate_secret(db, row, by=user_row())
    db.commit()
    session[_SHOW_SECRET] = [row.id, secret]
    flash("New signing secret: copy it now and give it to the receiver, it is shown once", "success")
    return redirect(url_for("webhooks.detail", webhook_id=row.id))


@bp.post("/<int:webhook_id>/test")
@roles_required(*WEBHOOK_ROLES)
def test(webhook_id: int):  # noqa: ANN201
    """Send a ``ping`` event to the receiver."""
    db = get_db()
    row = webhooks.get_webhook(db, webhook_id)
    webhooks.send_test(db, row, settings=current_app.config["QA_SETTINGS"], by=user_row())
    db.commit()
    flash("A ping event is on its way; reload to see the receiver's answer", "info")
    return redirect(url_for("webhooks.detail", webhook_id=row.id))


@bp.post("/<int:webhook_id>/deliveries/<int:delivery_id>/redeliver")
@roles_required(*WEBHOOK_ROLES)
def redeliver(webhook_id: int, delivery_id: int):  # noqa: ANN201
    """Send one delivery again (its attempts start over)."""
    db = get_db()
    row = webhooks.get_webhook(db, webhook_id)
    webhooks.redeliver(db, webhooks.get_delivery(db, row, delivery_id), by=user_row())
    db.commit()
    flash(f"Delivery #{delivery_id} is sent again", "info")
    return redirect(url_for("webhooks.detail", webhook_id=row.id))


@bp.post("/<int:webhook_id>/delete")
@roles_required(*WEBHOOK_ROLES)
def delete(webhook_id: int):  # noqa: ANN201
    """Remove a webhook and its delivery log."""
    db = get_db()
    row = webhooks.get_webhook(db, webhook_id)
    webhooks.delete_webhook(db, row, by=user_row())
    db.commit()
    flash(f"Webhook #{webhook_id} removed", "info")
    return redirect(url_for("webhooks.index"))
