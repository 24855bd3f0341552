"""One database session per request, closed when the request ends.

Views call :func:`get_db` and ``commit()`` themselves after a change; a
request that raises is rolled back. Requests that write (POST) open SQLite
transactions with ``BEGIN IMMEDIATE`` so they wait for a busy worker instead of
failing half-way.
"""

from __future__ import annotations

from flask import Flask, current_app, g, request
from sqlalchemy.orm import Session

from qa_service.db.session import session_factory


def get_db() -> Session:
    """The request's session (opened on first use)."""
    if "db" not in g:
        writes = request.method not in ("GET", "HEAD", "OPTIONS")
        g.db = session_factory(current_app.config["QA_SETTINGS"], immediate=writes)()
    return g.db


def close_db(exc: BaseException | None = None) -> None:
    session: Session | None = g.pop("db", None)
    if session is None:
        return
    if exc is not None:
        session.rollback()
    session.close()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)
