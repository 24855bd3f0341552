"""The web UI: sign-in, call review, coaching and the agents' own view.

``create_app(settings)`` builds the Flask app (the Flask tutorial's factory)
and attaches Celery to it (``celery_init_app``, Flask's Celery example), so
views send work with :func:`web.tasks.enqueue`. Features are blueprints
named ``bp`` in their own modules, listed once in :data:`BLUEPRINTS`; the
navigation bar is :data:`NAV`. To add a feature, write ``web/<feature>.py``
with a ``bp`` and add one line to each list.

Views are thin: they call the service layer and let its errors through;
:class:`~qa_service.errors.NotFound`, :class:`~qa_service.errors.Forbidden`
and :class:`~qa_service.errors.Invalid` become 404, 403 and 400 here, once
(a form that was refused goes back to its page with the message).
"""

from __future__ import annotations

import importlib
import ipaddress
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from urllib.parse import urlsplit

from flask import Flask, flash, g, jsonify, redirect, render_template, request
from flask_wtf.csrf import CSRFError

from qa_service.config import Settings, load_settings
from qa_service.errors import Forbidden, Invalid, NotFound
from transcription.errors import ConfigError

log = logging.getLogger(__name__)

# feature modules, each with a blueprint named ``bp``; registered in this order
BLUEPRINTS: list[str] = [
    "web.auth",
    "web.calls",
    "web.agent",
    "web.media",
    "web.privacy",
    "web.authoring",
    "web.uploads",
    "web.dashboards",
    "web.calibration",
    "web.queues",
    "web.api",
    "web.webhooks",
    "web.health",
]


@dataclass(frozen=True)
class NavItem:
    # endpoint the link points at
    endpoint: str
    # link text
    label: str
    # roles that see the link
    roles: tuple[str, ...]


# the navigation bar, left to right; each user sees the items for their role
NAV: list[NavItem] = [
    NavItem("calls.index", "Calls", ("admin", "author", "trainer")),
    NavItem("calls.disputes", "Disputes", ("admin", "trainer")),
    NavItem("agent.home", "My calls", ("agent",)),
    NavItem("dashboards.index", "Dashboards", ("admin", "author", "trainer", "agent")),
    NavItem("queues.index", "Queues", ("admin", "trainer")),
    NavItem("calibration.index", "Calibration", ("admin", "author", "trainer")),
    NavItem("uploads.index", "Upload", ("admin", "author", "trainer")),
    NavItem("authoring.index", "Scorecards", ("admin", "author")),
    NavItem("api.tokens", "API tokens", ("admin", "author", "trainer", "agent")),
    NavItem("webhooks.index", "Webhooks", ("admin",)),
]

# name of the file in data_dir holding the generated secret key
SECRET_KEY_FILE = "secret_key"


def _secret_key(settings: Settings) -> str:
    """settings.secret_key, else one generated once and kept (mode 0600) in data_dir."""
    if settings.secret_key:
        return settings.secret_key
    path = settings.data_path / SECRET_KEY_FILE
    try:
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(key)
        return key
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip()
    except OSError as e:
        raise ConfigError(
            f"the web secret key file {path} cannot be read or written ({e}); set QA_SECRET_KEY or make "
            f"{settings.data_path} writable"
        ) from e


def _loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _cookie_secure(settings: Settings, app: Flask) -> bool:
    choice = settings.cookie_secure.strip().lower()
    if choice in ("1", "true", "yes", "on"):
        return True
    if choice in ("0", "false", "no", "off"):
        return False
    if choice != "auto":
        raise ConfigError(
            f"setting cookie_secure (QA_COOKIE_SECURE) is {settings.cookie_secure!r}; use auto, true or false"
        )
    # plain http is only normal when debugging, testing or serving this machine's own browser
    return not (app.debug or app.testing or _loopback(settings.host))


def create_app(settings: Settings | None = None, test_config: dict[str, Any] | None = None) -> Flask:
    """The web UI for ``settings`` (default: :func:`load_settings`); ``test_config`` overrides Flask config."""
    settings = settings or load_settings()
    app = Flask(__name__, instance_path=str(settings.data_path.resolve()))
    app.config.from_mapping(
        QA_SETTINGS=settings,
        SECRET_KEY=_secret_key(settings),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        LOGIN_RATE_LIMIT=settings.login_rate_limit,
        RATELIMIT_STORAGE_URI=settings.rate_limit_storage,
        RATELIMIT_HEADERS_ENABLED=True,
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        MAX_CONTENT_LENGTH=64 * 1024 * 1024,
    )
    if test_config:
        app.config.from_mapping(test_config)
    secure = _cookie_secure(settings, app)
    for key in ("SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE"):
        if key not in (test_config or {}):
            app.config[key] = secure

    from qa_service.celery_app import celery_init_app
    from web import db
    from web.extensions import csrf, limiter, login_manager

    celery_init_app(app, settings)
    from qa_service import webhooks

    webhooks.configure(settings)  # links in events that requests emit point at settings.public_url
    db.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    # <int:...> in every route is bounded to ids a database can hold (larger ones are a 404, not a 500)
    from web.params import IdConverter, TextConverter, refuse_nul

    app.url_map.converters["int"] = IdConverter
    app.url_map.converters["default"] = app.url_map.converters["string"] = TextConverter
    app.before_request(refuse_nul)
    for name in BLUEPRINTS:
        app.register_blueprint(importlib.import_module(name).bp)

    _template_helpers(app)
    _error_pages(app)
    if settings.proxy_fix > 0:
        # behind a reverse proxy: client address, scheme, host and prefix from its X-Forwarded-* headers
        from werkzeug.middleware.proxy_fix import ProxyFix

        n = settings.proxy_fix
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_port=n, x_prefix=n)  # type: ignore[method-assign]

    @app.after_request
    def _security_headers(response):  # noqa: ANN001, ANN202
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; form-action 'self'",
        )
        return response

    from web.auth import public

    @app.get("/")
    @public
    def index():  # noqa: ANN202
        from flask import redirect, url_for
        from flask_login import current_user

        if not current_user.is_authenticated:
            return redirect(url_for("auth.login"))
        return redirect(url_for(home_endpoint(current_user.role)))

    return app


def home_endpoint(role: str) -> str:
    """Where a user lands after signing in."""
    return "agent.home" if role == "agent" else "calls.index"


def _template_helpers(app: Flask) -> None:
    from flask_login import current_user

    @app.context_processor
    def _nav() -> dict[str, Any]:
        items = []
        if current_user.is_authenticated:
            items = [item for item in NAV if current_user.role in item.roles and item.endpoint in app.view_functions]
        return {"nav_items": items}

    @app.template_filter("clock")
    def clock(seconds: float | None) -> str:
        """Seconds as m:ss (or h:mm:ss)."""
        if seconds is None:
            return "-"
        s = int(round(float(seconds)))
        h, rest = divmod(s, 3600)
        m, s = divmod(rest, 60)
        return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"

    @app.template_filter("when")
    def when(value: datetime | None) -> str:
        if value is None:
            return "-"
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")

    @app.template_filter("pct")
    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value * 100:.0f}%"


def back_on_invalid(url: str) -> None:
    """Where this request's form goes back to when the service refuses it (:class:`Invalid`): the page
    shows the reason in a flash message instead of an error page."""
    g.back_on_invalid = url


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json" or request.path.startswith("/api/")


def _same_site_referrer() -> str | None:
    """The page a form was sent from, when it is one of ours (the path and query only)."""
    referrer = request.referrer
    if not referrer:
        return None
    parts = urlsplit(referrer)
    if parts.netloc and parts.netloc != request.host:
        return None
    if not parts.path.startswith("/") or parts.path.startswith("//"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _error_pages(app: Flask) -> None:
    def page(code: int, title: str, message: str, *, generic: bool = False, description: str | None = None):  # noqa: ANN202
        if request.path.startswith("/api/"):
            # JSON under /api, with a message for API clients (web.api.api_error) unless the service said more
            from web.api import api_error

            return api_error(code, None if generic else message, description=description)
        if _wants_json():
            return jsonify(error=message), code
        return render_template("error.html", code=code, title=title, message=message), code

    @app.errorhandler(400)
    def bad_request(e):  # noqa: ANN001, ANN202
        description = getattr(e, "description", "The request was not understood.")
        return page(400, "Bad request", description, generic=True, description=description)

    @app.errorhandler(CSRFError)
    def csrf_error(e):  # noqa: ANN001, ANN202
        log.warning("CSRF check failed on %s %s: %s", request.method, request.path, e.description)
        return page(400, "Form expired", "The form's security token was missing or wrong. Reload the page and "
                    "try again.")

    @app.errorhandler(403)
    def forbidden(e):  # noqa: ANN001, ANN202
        return page(403, "Not allowed", "Your role does not allow this action.", generic=True)

    @app.errorhandler(404)
    def not_found(e):  # noqa: ANN001, ANN202
        return page(404, "Not found", "There is nothing here, or you are not allowed to see it.", generic=True)

    @app.errorhandler(405)
    def not_allowed(e):  # noqa: ANN001, ANN202
        response = app.make_response(page(405, "Not allowed here", f"This page does not take {request.method} "
                                          "requests.", generic=True))
        response.headers["Allow"] = ", ".join(sorted(getattr(e, "valid_methods", None) or []))
        return response

    @app.errorhandler(413)
    def too_large(e):  # noqa: ANN001, ANN202
        return page(413, "Too large", "The request is larger than this page accepts.", generic=True)

    @app.errorhandler(500)
    def server_error(e):  # noqa: ANN001, ANN202
        return page(500, "Something went wrong", "The server failed while answering; the error is in its log. "
                    "Try again later.", generic=True)

    @app.errorhandler(NotFound)
    def service_not_found(e):  # noqa: ANN001, ANN202
        return page(404, "Not found", str(e))

    @app.errorhandler(Forbidden)
    def service_forbidden(e):  # noqa: ANN001, ANN202
        return page(403, "Not allowed", str(e))

    @app.errorhandler(Invalid)
    def service_invalid(e):  # noqa: ANN001, ANN202
        # a refused form goes back to its page (the view's choice, else where it was sent from), with the reason
        back = g.get("back_on_invalid") or _same_site_referrer()
        if request.method == "POST" and back and not _wants_json():
            flash(str(e), "error")
            return redirect(back)
        return page(400, "Not accepted", str(e))

    @app.errorhandler(429)
    def too_many(e):  # noqa: ANN001, ANN202
        return page(429, "Too many attempts", f"Too many sign-in attempts ({e.description}). Wait a minute and "
                    "try again.", generic=True, description=e.description)


__all__ = ["BLUEPRINTS", "NAV", "NavItem", "back_on_invalid", "create_app", "home_endpoint"]
