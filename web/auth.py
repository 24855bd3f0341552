"""Signing in and out, and the decorators every other blueprint uses.

``@login_required`` sends anonymous users to the sign-in page;
``@roles_required("admin", "trainer")`` answers 403 to other roles;
:func:`visible_call` loads a call the signed-in user may see (anyone else
gets 404, as if it did not exist). Passwords are checked against werkzeug
hashes (:func:`qa_service.accounts.check_password`); sign-in attempts are
rate limited per address.

A signed cookie cannot be taken back, so each sign-in is also a row on the
server (:class:`~qa_service.db.models.SignInSession`): the cookie (and a
remember-me cookie) carries the user's id and that session's random key, and
every request checks the row is still there. Signing out deletes this
browser's row only; "sign out everywhere" on the account page, a password
reset and disabling the user delete all of the user's
(:func:`qa_service.accounts.end_sessions`).
"""

from __future__ import annotations

import logging
from functools import wraps
from typing import Any, Callable, TypeVar

from datetime import timedelta

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

    def __init__(self, row: User, session_key: str) -> None:
        self.row = row
        self.session_key = session_key  # this browser's sign-in session (accounts.record_login)
        self.id = row.id
        self.username = row.username
        self.role = row.role
        self.display_name = row.display_name or row.username

    @property
    def is_active(self) -> bool:  # type: ignore[override]
        return bool(self.row.is_active)

    def get_id(self) -> str:
        # what the session (and a remember cookie) stores: the user's id and the sign-in session's key
        return f"{self.row.id}:{self.session_key}"


@login_manager.user_loader
def _load_user(user_id: str) -> SignedInUser | None:
    """The user of a session, on every request; None (signed out) when the user is gone or disabled, or
    the sign-in session has ended (signed out here or everywhere, the password was reset)."""
    pk, _, key = user_id.partition(":")
    try:
        pk_value = params.record_id("user", pk)
    except Invalid:
        return None
    if pk_value is None or not key:
        return None
    row = accounts.session_user(get_db(), pk_value, key)
    return None if row is None else SignedInUser(row, key)


def _cookie_max_age() -> timedelta:
    """The longest a sign-in cookie of this site lives (the session's or the remember-me cookie's)."""
    config = current_app.config
    remember = config.get("REMEMBER_COOKIE_DURATION") or timedelta(days=365)
    if not isinstance(remember, timedelta):
        remember = timedelta(seconds=float(remember))
    return max(current_app.permanent_session_lifetime, remember)


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
            key = accounts.record_login(db, row, address=request.remote_addr, max_age=_cookie_max_age())
            db.commit()
            login_user(SignedInUser(row, key))
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
    # ends this browser's session server-side (an old copy of its cookie no longer works); the user's
    # other browsers stay signed in
    accounts.end_session(db, user_row(), current_user.session_key)
    db.commit()
    logout_user()
    flash("You are signed out.", "info")
    return redirect(url_for("auth.login"))


@bp.post("/logout/everywhere")
@login_required
def logout_everywhere():  # noqa: ANN201
    """End every sign-in session of the signed-in user, this one included (a lost laptop, a shared
    computer): every browser, remember-me cookies included, must sign in again."""
    log.info("user %s signed out everywhere", current_user.username)
    db = get_db()
    ended = accounts.end_sessions(db, user_row(), reason="logout_everywhere", by=user_row())
    db.commit()
    logout_user()
    flash(f"You are signed out in every browser ({ended} session{'s' if ended != 1 else ''} ended).", "info")
    return redirect(url_for("auth.login"))


@bp.get("/account")
@login_required
def account():  # noqa: ANN201
    """The signed-in user's account: who they are and where they are signed in, with "sign out everywhere"."""
    sessions = accounts.sign_in_sessions(get_db(), user_row())
    current = next((s.id for s in sessions if accounts.is_session(s, current_user.session_key)), None)
    return render_template("auth/account.html", user=user_row(), sessions=sessions, current=current)
