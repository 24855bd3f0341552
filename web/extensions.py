"""Flask extensions, made here once and attached to the app in :func:`web.create_app`
with ``init_app`` (the Flask tutorial habit), so blueprints import them without
importing the app."""

from __future__ import annotations

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

# sign-in sessions (Flask-Login); the user loader lives in web/auth.py
login_manager = LoginManager()
# CSRF tokens on every POST/PUT/PATCH/DELETE: forms send ``csrf_token``, fetch() sends the X-CSRFToken header
csrf = CSRFProtect()
# rate limits (the sign-in form); storage from settings.rate_limit_storage, in-memory by default
limiter = Limiter(key_func=get_remote_address, default_limits=[])
