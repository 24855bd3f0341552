"""Signing in and out, and the decorators every other blueprint uses.

``@login_required`` sends anonymous users to the sign-in page;
``@roles_required("admin", "trainer")`` answers 403 to other roles;
:func:`visible_call` loads a call the signed-in user may see (anyone else
gets 404, as if it did not exist). Passwords are checked against werkzeug
hashes (:func:`qa_service.accounts.check_password`); sign-in attempts are
rate limited per address.

A session carries the user's session epoch (``users.session_epoch``) beside
their id; signing out, a password reset and disabling the user raise it
(:func:`qa_service.accounts.end_sessions`), so every cookie issued before
stops signing anyone in, server-side: a signed cookie cannot be taken back.
"""

from __future__ import annotations

import logging
from functools import wraps
from typing import Any, Callable, TypeVar

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import UserMixin, current_user, login_user, logout_user
from flask_login import login_required as _flask_login_required
from sqlalchemy import select

from qa_service import accounts, visibility
from qa_service.db.models import ROLES, CallRecord, User
from qa_service.errors import Invalid
from web import params
from web.db import get_db
from web.extensions import limiter, login_manager

log = logging.getLogger(__name__)
bp = Blueprint("auth", __name__)

F = TypeVar("F", bound=Callable[..., Any])

login_manager.login_view = "auth.login"
login_manager.login_message = "Sign in to see this page."
login_manager.login_message_category = "info"
login_manager.session_protection = "basic"


class SignedInUser(UserMixin):
    """The Flask-Login user: wraps the :class:`User` row of this request's session."""

    def __init__(self, row: User) -> None:
        self.row = row
        self.id = row.id
        self.username = row.username
        self.role = row.role
        self.display_name = row.display_name or row.username

    @property
    def is_active(self) -> bool:  # type: ignore[override]
        return bool(self.row.is_active)

    def get_id(self) -> str:
        # what the session (and a remember cookie) stores: the id and the session epoch it was issued in
        return f"{self.row.id}:{self.row.session_epoch}"


@login_manager.user_loader
def _load_user(user_id: str) -> SignedInUser | None:
    """The user of a session, on every request; None (signed out) when the user is gone or disabled,
    or the session is from an earlier epoch (they signed out, their password was reset)."""
    pk, _, epoch = user_id.partition(":")
    try:
        pk_value, epoch_value = params.record_id("user", pk), params.whole_number(
            "session epoch", epoch, low=0, high=params.MAX_ID)
    except Invalid:
        return None
    if pk_value is None or epoch_value is None:
        return None
    row = get_db().get(User, pk_value)
    if row is None or not row.is_active or row.session_epoch != epoch_value:
        return None
    return SignedInUser(row)


# Every view says who may use it: ``view.allowed_roles`` is set by the decorators below
# (None = public). The security tests walk app.url_map and refuse views without it.
ACCESS_ATTR = "allowed_roles"


def public(view: F) -> F:
    """Anyone, signed in or not (the sign-in page)."""
    setattr(view, ACCESS_ATTR, None)
    return view


def login_required(view: F) -> F:
    """Only signed-in users, any role (others are sent to the sign-in page)."""
    wrapped = _flask_login_required(view)
    setattr(wrapped, ACCESS_ATTR, ROLES)
    return wrapped


def roles_required(*roles: str) -> Callable[[F], F]:
    """Only signed-in users with one of ``roles``; others get 403."""

    def decorate(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return current_app.login_manager.unauthorized()
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        setattr(wrapped, ACCESS_ATTR, tuple(roles))
        return wrapped  # type: ignore[return-value]

    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise ValueError(f"roles_required: unknown role(s) {unknown}; roles are {', '.join(ROLES)}")
    return decorate


def user_row() -> User:
    """The signed-in user's :class:`User` row (in this request's session)."""
    return current_user.row


def visible_call(call_pk: int) -> CallRecord:
    """The call the signed-in user asked for; 404 (:class:`~qa_service.errors.NotFound`) when it is
    missing or not theirs to see."""
    return visibility.visible_call(get_db(), user_row(), call_pk)


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
@public
def login():  # noqa: ANN201
    from web import home_endpoint

    if current_user.is_authenticated:
        return redirect(url_for(home_endpoint(current_user.role)))
    error = None
    username = ""
    if request.method == "POST":
        username = request.form.get("username", "").strip()
        password = request.form.get("password", "")
        db = get_db()
        row = db.scalar(select(User).where(User.username == username)) if username else None
        if row is not None and accounts.check_password(row, password):
            accounts.record_login(db, row, address=request.remote_addr)
            db.commit()
            login_user(SignedInUser(row))
            log.info("user %s signed in from %s", row.username, request.remote_addr)
            # only a path on this site is followed (no open redirect, no CR/LF into the Location header)
            target = params.safe_next(request.args.get("next")) or url_for(home_endpoint(row.role))
            return redirect(target)
        log.warning("failed sign-in for username %r from %s", username[:150], request.remote_addr)
        error = "Wrong username or password."
    return render_template("auth/login.html", error=error, username=username), (401 if error else 200)


@bp.post("/logout")
@login_required
def logout():  # noqa: ANN201
    log.info("user %s signed out", current_user.username)
    db = get_db()
    # ends this session and every other one of the user's, server-side: an old cookie no longer works
    accounts.end_sessions(db, user_row(), reason="logout", by=user_row())
    db.commit()
    logout_user()
    flash("You are signed out (in every browser).", "info")
    return redirect(url_for("auth.login"))
