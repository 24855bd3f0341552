"""``GET /healthz``: whether this web process answers and reaches its database, for load
balancers, reverse proxies and process managers (no sign-in; it shows nothing else)."""

from __future__ import annotations

from flask import Blueprint, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from web.auth import public
from web.db import get_db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
@public
def healthz():  # noqa: ANN201
    """``{"status": "ok"}`` (200), or ``{"status": "unavailable", "error": ...}`` (503) when the
    database does not answer."""
    try:
        get_db().execute(text("SELECT 1"))
    except SQLAlchemyError as e:
        return jsonify(status="unavailable", error=f"the database does not answer: {type(e).__name__}"), 503
    return jsonify(status="ok")
