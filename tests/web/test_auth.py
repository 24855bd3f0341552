"""Sign-in, sign-out, session cookies, CSRF refusals, the sign-in rate limit
and what the logs may never contain."""

from __future__ import annotations

import logging

import pytest


def test_sign_in_and_out(client, world, factories, settings):
    from sqlalchemy import select

    from qa_service.db.models import AuditEntry, User
    from qa_service.db.session import session_scope

    assert client.get("/calls").status_code == 302
    response = factories.login(client, "trainer_n")
    assert response.status_code == 302 and response.location.endswith("/calls")
    page = client.get("/calls").get_data(as_text=True)
    assert "Nora Trainer" in page and "Sign out" in page
    with session_scope(settings) as s:
        user = s.scalar(select(User).where(User.username == "trainer_n"))
        assert user.last_login_at is not None
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "user.login", AuditEntry.user_id == user.id))
    token = factories.csrf_token(client, "/calls")
    response = client.post("/logout", data={"csrf_token": token})
    assert response.status_code == 302
    assert client.get("/calls").status_code == 302


def test_wrong_password_and_unknown_user_are_refused_alike(client, world, factories):
    wrong = factories.login(client, "trainer_n", "not the password")
    unknown = factories.login(client, "nobody", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert "Wrong username or password" in wrong.get_data(as_text=True)
    assert client.get("/calls").status_code == 302


def test_agent_lands_on_own_page(client, world, factories):
    response = factories.login(client, "agent_a")
    assert response.location.endswith("/me")
    assert client.get("/calls").status_code == 403


def test_next_parameter_only_follows_local_paths(client, world, factories):
    token = factories.csrf_token(client)
    data = {"username": "admin", "password": factories.PASSWORD, "csrf_token": token}
    response = client.post("/login?next=https://evil.example/x", data=data)
    assert response.location == "/calls"
    client.post("/logout", data={"csrf_token": factories.csrf_token(client, "/calls")})
    token = factories.csrf_token(client)
    response = client.post(f"/login?next=/calls/{world['call_b']}", data={**data, "csrf_token": token})
    assert response.location == f"/calls/{world['call_b']}"


def test_disabled_user_cannot_sign_in_and_loses_session(client, world, factories, settings):
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    factories.login(client, "trainer_n")
    with session_scope(settings) as s:
        s.get(User, world["users"]["trainer_n"]).is_active = False
    assert client.get("/calls").status_code == 302
    assert factories.login(client, "trainer_n").status_code == 401


def test_password_reset_ends_sessions(client, world, factories, settings):
    from qa_service import accounts
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    factories.login(client, "trainer_n")
    assert client.get("/calls").status_code == 200
    with session_scope(settings) as s:
        accounts.set_password(s, s.get(User, world["users"]["trainer_n"]), "a brand new password")
    assert client.get("/calls").status_code == 302
    assert factories.login(client, "trainer_n", "a brand new password").status_code == 302


def test_session_cookie_flags(settings, world, factories):
    from web import create_app

    app = create_app(settings.with_overrides(host="0.0.0.0"))
    assert app.config["SESSION_COOKIE_SECURE"] is True
    client = app.test_client()
    token = factories.csrf_token(client)
    response = client.post("/login", data={"username": "admin", "password": factories.PASSWORD,
                                           "csrf_token": token}, base_url="https://qa.example")
    cookie = response.headers.get("Set-Cookie")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" in cookie
    assert create_app(settings, {"TESTING": True}).config["SESSION_COOKIE_SECURE"] is False
    assert create_app(settings.with_overrides(cookie_secure="true"), {"TESTING": True}).config[
        "SESSION_COOKIE_SECURE"] is True


def test_bad_cookie_secure_setting_is_explained(settings):
    from transcription.errors import ConfigError
    from web import create_app

    with pytest.raises(ConfigError, match="QA_COOKIE_SECURE.*auto, true or false"):
        create_app(settings.with_overrides(cookie_secure="maybe"))


def test_csrf_refusals(client, world, factories, settings):
    from sqlalchemy import func, select

    from qa_service.db.models import CoachingNote, Override
    from qa_service.db.session import session_scope

    # sign-in itself needs the token
    response = client.post("/login", data={"username": "admin", "password": factories.PASSWORD})
    assert response.status_code == 400 and "security token" in response.get_data(as_text=True)
    factories.login(client, "trainer_n")
    call, ev = world["call_a"], world["eval_a"]
    form = {"criterion": "greeting", "outcome": "pass", "reason": "because"}
    assert client.post(f"/calls/{call}/evaluations/{ev}/override", data=form).status_code == 400
    assert client.post(f"/calls/{call}/evaluations/{ev}/override",
                       data={**form, "csrf_token": "forged"}).status_code == 400
    # fetch() without the header is refused; with it, accepted
    assert client.post(f"/calls/{call}/notes", data={"text": "hi", "time": "3"},
                       headers={"Accept": "application/json"}).status_code == 400
    token = factories.csrf_token(client, "/calls")
    response = client.post(f"/calls/{call}/notes", data={"text": "hi", "time": "3"},
                           headers={"Accept": "application/json", "X-CSRFToken": token})
    assert response.status_code == 201 and response.get_json()["time"] == 3.0
    # a token from another session is refused
    other = client.application.test_client()
    other_token = factories.csrf_token(other)
    assert client.post(f"/calls/{call}/evaluations/{ev}/override",
                       data={**form, "csrf_token": other_token}).status_code == 400
    with session_scope(settings) as s:
        assert s.scalar(select(func.count()).select_from(Override)) == 0
        assert s.scalar(select(func.count()).select_from(CoachingNote)) == 1


def test_login_rate_limit(settings, world, factories):
    from web import create_app

    app = create_app(settings.with_overrides(login_rate_limit="3 per minute"), {"TESTING": True})
    client = app.test_client()
    codes = [factories.login(client, "admin", "wrong password").status_code for _ in range(3)]
    assert codes == [401, 401, 401]
    blocked = factories.login(client, "admin", factories.PASSWORD)
    assert blocked.status_code == 429
    assert "Too many sign-in attempts" in blocked.get_data(as_text=True)
    # the page itself (GET) is not limited, and another address is not affected
    assert client.get("/login").status_code == 200
    token = factories.csrf_token(client)
    ok = client.post("/login", data={"username": "admin", "password": factories.PASSWORD, "csrf_token": token},
                     environ_base={"REMOTE_ADDR": "10.1.2.3"})
    assert ok.status_code == 302


def test_no_passwords_or_secrets_in_logs(client, world, factories, settings, caplog):
    caplog.set_level(logging.DEBUG)
    factories.login(client, "trainer_n", "wrong-guess-password-123")
    factories.login(client, "trainer_n")
    client.get("/calls")
    text = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    assert "signed in" in text and "failed sign-in" in text
    for secret in (factories.PASSWORD, "wrong-guess-password-123", settings.secret_key):
        assert secret not in text
    cookie = client.get_cookie("session")
    assert cookie is not None and cookie.value not in text


def test_generated_secret_key_is_kept(tmp_path, migrated_db):
    import shutil

    from web import create_app

    from qa_service.config import load_settings

    data = tmp_path / "inst"
    data.mkdir()
    shutil.copyfile(migrated_db, data / "qa.db")
    s = load_settings(environ={}, data_dir=str(data))
    first = create_app(s).config["SECRET_KEY"]
    assert len(first) >= 32 and create_app(s).config["SECRET_KEY"] == first
    assert oct((data / "secret_key").stat().st_mode & 0o777) == "0o600"
