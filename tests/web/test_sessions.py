"""Sign-in sessions end server-side one by one: signing out ends that browser's session only (an old
copy of its cookie stops working, the user's other browsers stay signed in); "sign out everywhere" on
the account page, a password reset and disabling the user end all of them, remember-me cookies included."""

from __future__ import annotations

from sqlalchemy import func, select


def _cookie(client, name: str = "session") -> str:
    cookie = client.get_cookie(name)
    assert cookie is not None, name
    return cookie.value


def _replay(app, cookie: str, name: str = "session"):
    other = app.test_client()
    other.set_cookie(name, cookie)
    return other.get("/calls")


def _remember_cookie(app, client) -> str:
    """A Flask-Login remember-me cookie for the client's signed-in session (what "remember me" would set)."""
    from flask_login.utils import encode_cookie

    with app.test_request_context():
        from flask.sessions import SecureCookieSessionInterface

        data = SecureCookieSessionInterface().get_signing_serializer(app).loads(_cookie(client))
        return encode_cookie(data["_user_id"])


def _sessions(settings, username: str) -> int:
    from qa_service.db.models import SignInSession, User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        return s.scalar(select(func.count()).select_from(SignInSession).join(User).where(User.username == username))


def test_signing_out_ends_only_that_session(app, world, factories, settings):
    first, second = app.test_client(), app.test_client()
    factories.login(first, "trainer_n")
    factories.login(second, "trainer_n")
    old_first = _cookie(first)
    assert _sessions(settings, "trainer_n") == 2
    response = first.post("/logout", data={"csrf_token": factories.csrf_token(first, "/calls")})
    assert response.status_code == 302
    assert first.get("/calls").status_code == 302
    assert _replay(app, old_first).status_code == 302  # the signed-out cookie is dead server-side
    assert second.get("/calls").status_code == 200  # the other browser goes on
    assert _sessions(settings, "trainer_n") == 1


def test_sign_out_everywhere_ends_every_session_and_remember_cookie(app, world, factories, settings):
    from qa_service.db.models import AuditEntry
    from qa_service.db.session import session_scope

    first, second, other_user = app.test_client(), app.test_client(), app.test_client()
    factories.login(first, "trainer_n")
    factories.login(second, "trainer_n")
    factories.login(other_user, "trainer_s")
    remember = _remember_cookie(app, second)
    assert _replay(app, remember, "remember_token").status_code == 200  # the remember cookie signs in
    page = first.get("/account")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Sign out everywhere" in html and "this browser" in html and html.count("<tr><td>") == 2
    response = first.post("/logout/everywhere", data={"csrf_token": factories.csrf_token(first, "/account")})
    assert response.status_code == 302 and response.location.endswith("/login")
    assert first.get("/calls").status_code == 302
    assert second.get("/calls").status_code == 302
    assert _replay(app, remember, "remember_token").status_code == 302
    assert other_user.get("/calls").status_code == 200  # someone else's session is not touched
    assert _sessions(settings, "trainer_n") == 0
    with session_scope(settings) as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "user.sessions_end"))
        assert entry.details["reason"] == "logout_everywhere" and entry.details["sessions"] == 2


def test_a_password_reset_and_disabling_end_remember_cookies_too(app, client, world, factories, settings):
    from qa_service import accounts
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    factories.login(client, "trainer_n")
    remember = _remember_cookie(app, client)
    with session_scope(settings) as s:
        accounts.set_password(s, s.get(User, world["users"]["trainer_n"]), "another long password")
    assert _replay(app, remember, "remember_token").status_code == 302
    factories.login(client, "trainer_n", "another long password")
    remember = _remember_cookie(app, client)
    assert _replay(app, remember, "remember_token").status_code == 200
    with session_scope(settings) as s:
        accounts.set_active(s, s.get(User, world["users"]["trainer_n"]), False)
    with session_scope(settings) as s:
        accounts.set_active(s, s.get(User, world["users"]["trainer_n"]), True)
    assert _replay(app, remember, "remember_token").status_code == 302
    assert client.get("/calls").status_code == 302


def test_a_made_up_session_key_signs_nobody_in(app, world):
    from flask.sessions import SecureCookieSessionInterface

    serializer = SecureCookieSessionInterface().get_signing_serializer(app)
    admin = world["users"]["admin"]
    for user_id in [f"{admin}", f"{admin}:", f"{admin}:0", f"{admin}:" + "k" * 43, f"{admin}:" + "k" * 5000]:
        assert _replay(app, serializer.dumps({"_user_id": user_id, "_fresh": True})).status_code == 302, user_id


def test_sessions_older_than_any_cookie_are_cleared_at_sign_in(app, client, world, factories, settings):
    from datetime import timedelta

    from sqlalchemy import update

    from qa_service.db.models import SignInSession, utcnow
    from qa_service.db.session import session_scope

    factories.login(client, "trainer_n")
    with session_scope(settings) as s:
        s.execute(update(SignInSession).values(created_at=utcnow() - timedelta(days=400)))
    factories.login(app.test_client(), "trainer_n")
    assert _sessions(settings, "trainer_n") == 1
