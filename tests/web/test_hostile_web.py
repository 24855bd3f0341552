"""Hostile input at the web UI and the API: every bad id, page number, date, note time or
sign-in address gets a clear 400/404 (never a 500); signing out, a password reset and disabling
a user end their sessions server-side; a password reset revokes their API tokens; a lone
surrogate in an uploaded transcript is refused with a format error naming the field."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

# past the largest id SQLite stores (2**63 - 1), and far beyond it; ids are 32-bit on PostgreSQL
PAST_MAX = str(2**63)
FAR = str(2**64 + 5)
PAST_INT32 = str(2**31)
# a pair of "digits" str.isdigit() accepts and int() refuses
SUPERSCRIPT = "\u00b2"


@pytest.fixture
def app(settings):
    """500s come back as responses (as in production), not as exceptions raised in the test."""
    from web import create_app

    return create_app(settings, {"TESTING": True, "PROPAGATE_EXCEPTIONS": False})


@pytest.fixture
def admin(client, world, factories):
    assert factories.login(client, "admin").status_code == 302
    return client


def _text(response) -> str:
    return response.get_data(as_text=True)


# --- ids and page numbers -------------------------------------------------------------------------------------

PATH_IDS = [
    "/calls/{big}", "/calls/{big}/transcript.json", "/calls/{big}/evaluation.json", "/media/calls/{big}/audio",
    "/uploads/batches/{big}", "/uploads/batches/{big}/progress.json", "/api/v1/evaluations/{big}",
    "/api/v1/batches/{big}", "/api/v1/scorecards/{key}/versions/{big}", "/scorecards/{key}/v{big}",
]


@pytest.mark.parametrize("big", [PAST_INT32, PAST_MAX, FAR])
@pytest.mark.parametrize("template", PATH_IDS)
def test_ids_in_paths_beyond_any_row_are_404(admin, template, big):
    key = admin.get("/api/v1/scorecards").get_json()["items"][0]["id"]
    response = admin.get(template.format(big=big, key=key))
    assert response.status_code == 404, (template, _text(response)[:300])


@pytest.mark.parametrize("big", [PAST_MAX, FAR])
def test_ids_in_posted_paths_beyond_any_row_are_404(admin, world, factories, big):
    token = factories.csrf_token(admin, "/api/tokens")
    key = admin.get("/api/v1/scorecards").get_json()["items"][0]["id"]
    for path in [f"/calls/{world['call_a']}/evaluations/{big}/override", f"/calls/{big}/notes",
                 f"/calls/{world['call_a']}/disputes/{big}/resolve", f"/api/tokens/{big}/revoke",
                 f"/scorecards/{key}/golden/{big}/delete", f"/calls/{world['call_a']}/evaluations/{big}/complete"]:
        response = admin.post(path, data={"csrf_token": token, "criterion": "x", "outcome": "pass"})
        assert response.status_code == 404, (path, _text(response)[:300])


def test_agent_posts_with_ids_beyond_any_row_are_404(client, world, factories):
    factories.login(client, "agent_a")
    token = factories.csrf_token(client, "/me")
    for path in [f"/me/evaluations/{PAST_MAX}/acknowledge", f"/me/evaluations/{PAST_MAX}/disputes"]:
        response = client.post(path, data={"csrf_token": token, "criterion": "x"})
        assert response.status_code == 404, (path, _text(response)[:300])


@pytest.mark.parametrize("value", [PAST_MAX, FAR, "-1", "x", SUPERSCRIPT, "9" * 5000])
def test_evaluation_id_in_query_string_is_a_clear_400(admin, world, value):
    response = admin.get(f"/calls/{world['call_a']}?evaluation={value}")
    assert response.status_code == 400, _text(response)[:300]
    assert "evaluation" in _text(response) and "whole number" in _text(response) or "outside" in _text(response)


@pytest.mark.parametrize("value", [PAST_MAX, FAR, SUPERSCRIPT, "0", "-3", "9" * 5000])
def test_list_page_number_out_of_range_is_shown_on_the_list(admin, value):
    response = admin.get(f"/calls?page={value}")
    assert response.status_code == 200, _text(response)[:300]
    assert "page" in _text(response) and ("outside 1 to" in _text(response) or "not a whole number" in _text(response))


@pytest.mark.parametrize("name", ["page", "per_page"])
@pytest.mark.parametrize("value", [PAST_MAX, SUPERSCRIPT, "9" * 5000])
def test_api_page_numbers_out_of_range_are_400(admin, name, value):
    response = admin.get(f"/api/v1/evaluations?{name}={value}")
    assert response.status_code == 400 and name in response.get_json()["error"]


def test_scorecard_diff_and_golden_and_preview_with_huge_ids(admin, world, factories):
    key = admin.get("/api/v1/scorecards").get_json()["items"][0]["id"]
    response = admin.get(f"/scorecards/{key}/diff?a={PAST_MAX}")
    assert response.status_code == 400 and "version a" in _text(response), _text(response)[:300]
    response = admin.get(f"/scorecards/{key}/diff?a={SUPERSCRIPT}")
    assert response.status_code == 400 and "version a" in _text(response)
    response = admin.get(f"/scorecards/{key}/golden?call={FAR}")
    assert response.status_code == 400 and "call" in _text(response)
    token = factories.csrf_token(admin, "/scorecards/")
    response = admin.post(f"/scorecards/{key}/golden", data={"csrf_token": token, "call": PAST_MAX})
    assert response.status_code in (302, 400, 404) and response.status_code != 500
    response = admin.post("/scorecards/preview", data={"csrf_token": token, "call": FAR, "yaml_text": "x: 1"})
    assert response.status_code in (302, 400, 422), _text(response)[:300]


def test_upload_with_a_huge_scorecard_version_id_is_a_form_error(admin, factories):
    token = factories.csrf_token(admin, "/uploads/")
    data = {"csrf_token": token, "scorecard_version": FAR,
            "files": [(__import__("io").BytesIO(b'{"call_id": "x", "utterances": []}'), "x.json")]}
    response = admin.post("/uploads/", data=data, content_type="multipart/form-data")
    assert response.status_code == 422 and "scorecard version" in _text(response), _text(response)[:300]


# --- dates ----------------------------------------------------------------------------------------------------

DATED = ["/calls", "/dashboards/", "/dashboards/?format=json", "/api/v1/evaluations", "/api/v1/dashboard",
         "/api/v1/evaluations/export?format=csv", "/api/v1/evaluations/export?format=jsonl"]


def _with(path: str, query: str) -> str:
    return path + ("&" if "?" in path else "?") + query


@pytest.mark.parametrize("query", ["to=9999-12-31", "from=9999-12-31", "from=0001-01-01&to=9999-12-31",
                                   "to=0001-01-01"])
@pytest.mark.parametrize("path", DATED)
def test_dates_at_the_ends_of_the_calendar_are_accepted(admin, path, query):
    response = admin.get(_with(path, query))
    assert response.status_code == 200, (path, query, _text(response)[:300])
    _ = response.get_data()  # an export streams: the overflow would come while reading


def test_to_the_last_day_there_is_still_lists_every_call(admin, world):
    everything = admin.get("/api/v1/evaluations").get_json()
    until_end = admin.get("/api/v1/evaluations?from=0001-01-01&to=9999-12-31").get_json()
    assert until_end["total"] == everything["total"] == 2


@pytest.mark.parametrize("value", ["31-12-2026", "2026-02-30", "10000-01-01", "2026-1-5x", "\u0662026-01-01"])
def test_bad_dates_are_named(admin, value):
    response = admin.get(f"/api/v1/evaluations?to={value}")
    assert response.status_code == 400 and "is not a date; use YYYY-MM-DD" in response.get_json()["error"]
    response = admin.get(f"/calls?from={value}")
    assert response.status_code == 200 and "is not a date; use YYYY-MM-DD" in _text(response)


# --- note times -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "-5", "1e308", "1e400", "99999", "abc"])
def test_note_time_must_be_a_finite_time_inside_the_call(admin, world, factories, session, value):
    from qa_service.db.models import CoachingNote

    token = factories.csrf_token(admin, "/api/tokens")
    response = admin.post(f"/calls/{world['call_a']}/notes", data={"text": "hi", "time": value, "csrf_token": token},
                          headers={"Accept": "application/json"})
    assert response.status_code == 400, _text(response)[:300]
    assert "note time" in response.get_json()["error"]
    response = admin.post(f"/calls/{world['call_a']}/notes", data={"text": "hi", "time": value, "csrf_token": token})
    assert response.status_code == 302 and response.headers["Location"].endswith("#notes")
    assert "note time" in _text(admin.get("/api/tokens"))  # the flash message, on the next page shown
    assert session.scalars(select(CoachingNote)).all() == []


def test_note_time_nan_is_refused_by_the_service_too(world, session):
    from qa_service import reviews
    from qa_service.db.models import CallRecord
    from qa_service.errors import Invalid

    record = session.get(CallRecord, world["call_a"])
    with pytest.raises(Invalid, match="note time"):
        reviews.add_note(session, record, "hi", time_seconds=float("nan"))


def test_note_with_a_good_time_is_stored(admin, world, factories):
    token = factories.csrf_token(admin, "/api/tokens")
    response = admin.post(f"/calls/{world['call_a']}/notes", data={"text": "hi", "time": "12.5", "csrf_token": token},
                          headers={"Accept": "application/json"})
    assert response.status_code == 201 and response.get_json()["time"] == 12.5


# --- where to go after signing in -----------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["/%0D//evil.com", "/%0d%0aSet-Cookie:%20x=1", "/ok?x=%0d", "/%0A/evil.com",
                                    "//evil.com", "/%5Cevil.com", "/\\evil.com", "https://evil.com/",
                                    "/%09/evil.com", "/%E2%80%A8x", "evil.com", "/%01", "/%7F"])
def test_sign_in_never_follows_a_next_address_off_site_or_with_control_characters(app, world, factories, target):
    client = app.test_client()
    token = factories.csrf_token(client)
    response = client.post(f"/login?next={target}",
                           data={"username": "admin", "password": factories.PASSWORD, "csrf_token": token})
    assert response.status_code == 302, _text(response)[:300]
    assert response.headers["Location"] == "/calls"


def test_sign_in_follows_a_same_site_next_path(app, world, factories):
    client = app.test_client()
    token = factories.csrf_token(client)
    response = client.post("/login?next=/dashboards/%3Fby%3Dagent",
                           data={"username": "admin", "password": factories.PASSWORD, "csrf_token": token})
    assert response.headers["Location"] == "/dashboards/?by=agent"


def test_safe_next_unit():
    from web.params import safe_next

    assert safe_next("/calls?page=2") == "/calls?page=2"
    for bad in ["/\r//evil.com", "/x\n", "//evil.com", "/\\evil.com", "http://evil.com", "javascript:alert(1)",
                "/\u2028", "/\x7f", "", None, "/" + "a" * 3000]:
        assert safe_next(bad) is None, bad


# --- sessions end server-side ---------------------------------------------------------------------------------


def _session_cookie(client) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def _replay(app, cookie: str):
    other = app.test_client()
    other.set_cookie("session", cookie)
    return other.get("/calls")


def test_an_old_session_cookie_does_not_work_after_signing_out(app, client, world, factories):
    factories.login(client, "trainer_n")
    old = _session_cookie(client)
    assert _replay(app, old).status_code == 200
    client.post("/logout", data={"csrf_token": factories.csrf_token(client, "/api/tokens")})
    response = _replay(app, old)
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    # signing in again works, with a new cookie
    assert factories.login(client, "trainer_n").status_code == 302
    assert client.get("/calls").status_code == 200


def test_signing_out_ends_this_browsers_session_only(app, world, factories):
    """Sign-out is per session: the user's other browsers stay signed in (sign out everywhere ends them:
    tests/web/test_sessions.py)."""
    first, second = app.test_client(), app.test_client()
    factories.login(first, "trainer_n")
    factories.login(second, "trainer_n")
    first.post("/logout", data={"csrf_token": factories.csrf_token(first, "/api/tokens")})
    assert first.get("/calls").status_code == 302
    assert second.get("/calls").status_code == 200
    # someone else's session is not touched
    third = app.test_client()
    factories.login(third, "trainer_s")
    factories.login(first, "trainer_n")
    first.post("/logout", data={"csrf_token": factories.csrf_token(first, "/api/tokens")})
    assert third.get("/calls").status_code == 200


def test_a_password_reset_and_disabling_end_sessions(app, client, world, factories, settings):
    from qa_service import accounts
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    factories.login(client, "trainer_n")
    old = _session_cookie(client)
    with session_scope(settings) as s:
        accounts.set_password(s, s.get(User, world["users"]["trainer_n"]), "another long password")
    assert _replay(app, old).status_code == 302
    factories.login(client, "trainer_n", "another long password")
    old = _session_cookie(client)
    with session_scope(settings) as s:
        accounts.set_active(s, s.get(User, world["users"]["trainer_n"]), False)
    with session_scope(settings) as s:
        accounts.set_active(s, s.get(User, world["users"]["trainer_n"]), True)
    # enabled again: the cookie from before the disable stays dead
    assert _replay(app, old).status_code == 302
    assert factories.login(client, "trainer_n", "another long password").status_code == 302


def test_a_session_cookie_with_a_forged_looking_id_signs_nobody_in(app, world):
    from flask.sessions import SecureCookieSessionInterface

    serializer = SecureCookieSessionInterface().get_signing_serializer(app)
    for user_id in [f"{world['users']['admin']}", f"{world['users']['admin']}:x", f"{PAST_MAX}:0",
                    f"{world['users']['admin']}:{FAR}", "x:0", f"{SUPERSCRIPT}:0"]:
        response = _replay(app, serializer.dumps({"_user_id": user_id, "_fresh": True}))
        assert response.status_code == 302, user_id


# --- API tokens do not survive a password reset ---------------------------------------------------------------


def test_api_tokens_do_not_survive_a_password_reset(app, world, settings):
    from qa_service import accounts
    from qa_service.db.models import ApiToken, User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        _, text = accounts.create_api_token(s, s.get(User, world["users"]["trainer_n"]), "BI export")
    client = app.test_client()
    bearer = {"Authorization": f"Bearer {text}"}
    assert client.get("/api/v1/evaluations", headers=bearer).status_code == 200
    with session_scope(settings) as s:
        revoked = accounts.set_password(s, s.get(User, world["users"]["trainer_n"]), "another long password")
    assert revoked == 1
    response = client.get("/api/v1/evaluations", headers=bearer)
    assert response.status_code == 401 and "revoked" in response.get_json()["error"]
    with session_scope(settings) as s:
        assert all(t.revoked_at is not None for t in s.scalars(select(ApiToken)))


# --- a lone surrogate in an upload ----------------------------------------------------------------------------


def test_an_uploaded_transcript_with_a_lone_surrogate_fails_alone_with_a_format_error(admin, world, factories,
                                                                                     settings, monkeypatch):
    from qa_service.db.models import Batch, ScorecardVersion
    from qa_service.db.session import session_scope

    sent = []
    monkeypatch.setattr("web.uploads.enqueue", lambda work: sent.append(work))
    data = factories.sample_data(factories.GOOD_SAMPLE)
    bad = json.loads(json.dumps(data))
    bad["call_id"] = "surrogate-call"
    bad["utterances"][1]["text"] = "I can \ud83d help"
    good = json.loads(json.dumps(data))
    good["call_id"] = "good-call"
    with session_scope(settings) as s:
        version_id = s.scalars(select(ScorecardVersion.id)).first()
    token = factories.csrf_token(admin, "/uploads/")
    import io

    response = admin.post("/uploads/", content_type="multipart/form-data", data={
        "csrf_token": token, "scorecard_version": str(version_id),
        "files": [(io.BytesIO(json.dumps(bad).encode()), "bad.json"),
                  (io.BytesIO(json.dumps(good).encode()), "good.json")],
    })
    assert response.status_code == 302, _text(response)[:500]
    with session_scope(settings) as s:
        batch_id = s.scalars(select(Batch.id).order_by(Batch.id.desc())).first()
    progress = admin.get(f"/uploads/batches/{batch_id}/progress.json").get_json()
    reasons = " ".join(f["reason"] for f in progress["failures"])
    assert "lone surrogate" in reasons and "utterances[1].text" in reasons, progress
    assert "please report" not in reasons


# --- review queues, calibration, token expiry: the same parsers ---------------------------------------------


def test_review_queue_forms_and_week_with_huge_ids_and_the_last_week(admin, world, factories, settings):
    from qa_service.db.models import Team
    from qa_service.db.session import session_scope

    token = factories.csrf_token(admin, "/api/tokens")
    for form in [{"team": FAR}, {"team": SUPERSCRIPT}, {"team": "1", "trainers": PAST_MAX}]:
        response = admin.post("/queues", data={"csrf_token": token, "name": "q", "rule": "auto_fail", **form})
        assert response.status_code == 302 and response.headers["Location"].endswith("/queues"), _text(response)[:300]
        assert ("team" in (flash := _text(admin.get("/api/tokens"))) or "trainer" in flash) and "outside" in flash or \
            "whole number" in flash
    with session_scope(settings) as s:
        north = s.scalar(select(Team.id).where(Team.name == "North"))
    response = admin.post("/queues", data={"csrf_token": token, "name": "q", "rule": "auto_fail", "team": str(north),
                                           "trainers": str(world["users"]["trainer_n"])})
    queue_url = response.headers["Location"]
    assert response.status_code == 302 and queue_url != "/queues", _text(admin.get("/api/tokens"))[-3000:]
    assert admin.get(queue_url + "?week=2026-03-04").status_code == 200
    for week in ["9999-12-31", "9999-12-28"]:
        response = admin.get(f"{queue_url}?week={week}")
        assert response.status_code == 400 and "last days of the calendar" in _text(response), _text(response)[:300]
    response = admin.get(f"{queue_url}?week=0001-01-01")
    assert response.status_code == 200, _text(response)[:300]


def test_calibration_forms_with_huge_ids(admin, world, factories):
    response = admin.get(f"/calibration/new?version={PAST_MAX}")
    assert response.status_code == 400 and "version" in _text(response), _text(response)[:300]
    token = factories.csrf_token(admin, "/api/tokens")
    response = admin.post("/calibration", data={"csrf_token": token, "title": "t", "calls": [FAR, "1"],
                                                "evaluators": "1"})
    assert response.status_code in (302, 400) and response.status_code != 500, _text(response)[:300]
    assert "call" in _text(admin.get("/api/tokens")) or response.status_code == 400


@pytest.mark.parametrize("days", [SUPERSCRIPT, PAST_MAX, "0", "x"])
def test_token_expiry_that_is_not_a_number_of_days_is_a_form_error(admin, factories, days):
    token = factories.csrf_token(admin, "/api/tokens")
    response = admin.post("/api/tokens", data={"csrf_token": token, "name": "BI", "days": days})
    assert response.status_code == 422 and "expiry in days" in _text(response), _text(response)[:300]


# --- lone surrogates at every way a call comes in -------------------------------------------------------------

SURROGATE_FIELDS = {
    "utterances[1].text": lambda d: d["utterances"][1].__setitem__("text", "I can \ud83d help"),
    "call_id": lambda d: d.__setitem__("call_id", "call-\ud800"),
    "agent.name": lambda d: d["agent"].__setitem__("name", "Al\udc00ice"),
    "metadata.queue": lambda d: d.setdefault("metadata", {}).__setitem__("queue", "billing \ud800"),
}


@pytest.mark.parametrize("field", list(SURROGATE_FIELDS))
def test_cli_score_reports_a_lone_surrogate_as_a_format_error_and_scores_the_rest(factories, tmp_path, field):
    from click.testing import CliRunner

    from qa_service.cli import cli

    data = factories.sample_data(factories.GOOD_SAMPLE)
    bad = json.loads(json.dumps(data))
    SURROGATE_FIELDS[field](bad)
    (tmp_path / "a-bad.json").write_text(json.dumps(bad), encoding="utf-8")  # json.dumps writes \\ud83d escapes
    (tmp_path / "b-good.json").write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(cli, ["score", "--json", str(tmp_path)], env={"QA_DATA_DIR": str(tmp_path / "d")})
    assert result.exit_code == 1, result.output
    assert f"a-bad.json: {field}: holds a lone surrogate" in result.output
    assert "please report" not in result.output and "Traceback" not in result.output
    scored = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [e["call_id"] for e in scored] == [data["call_id"]]  # the good file is still scored


def test_transcribe_json_with_a_lone_surrogate_is_a_format_error(tmp_path):
    from transcription.errors import CallFormatError
    from transcription.importers import load_transcript

    doc = {"Participants": [{"ParticipantId": "a", "ParticipantRole": "AGENT", "Name": "Al\ud800"}],
           "Transcript": [{"ParticipantId": "a", "Content": "hello", "BeginOffsetMillis": 0, "EndOffsetMillis": 900}]}
    path = tmp_path / "contact-lens.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CallFormatError, match=r"Participants\[0\]\.Name: holds a lone surrogate"):
        load_transcript(path)


@pytest.mark.parametrize("field", ["utterances[1].text", "call_id", "agent.name"])
def test_api_call_with_a_lone_surrogate_is_a_clear_400_or_a_failed_call(app, settings, world, factories, field):
    from qa_service import accounts
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        _, token = accounts.create_api_token(s, accounts.user_by_name(s, "admin"), "push", scope="write")
    data = factories.sample_data(factories.GOOD_SAMPLE)
    data["agent"] = {"id": "AG-A", "name": "Alice Agent"}
    SURROGATE_FIELDS[field](data)
    client = app.test_client()
    response = client.post("/api/v1/calls", data=json.dumps(data), content_type="application/json",
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code != 500, _text(response)[:500]
    body = response.get_json()
    if response.status_code == 400:
        assert "lone surrogate" in body["error"] or "not valid Unicode" in body["error"], body
    else:
        status = client.get(body["status_url"], headers={"Authorization": f"Bearer {token}"}).get_json()
        assert status["status"] == "failed" and "lone surrogate" in (status["reason"] or ""), status


# --- PostgreSQL: ids are 32-bit there --------------------------------------------------------------------------


@pytest.mark.postgres
def test_ids_past_postgres_integer_range_are_404_not_500(pg_url, factories, tmp_path):
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade
    from web import create_app

    settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"), log_level="WARNING",
                             database_url=pg_url, secret_key="pg-test-secret-key-0123456789abcdef",
                             login_rate_limit="1000 per minute")
    upgrade(settings)
    world = factories.make_world(settings, tmp_path / "audio")
    app = create_app(settings, {"TESTING": True, "PROPAGATE_EXCEPTIONS": False})
    client = app.test_client()
    factories.login(client, "admin")
    key = client.get("/api/v1/scorecards").get_json()["items"][0]["id"]
    for big in [str(2**31), str(2**40), str(2**63 - 1)]:
        for template in PATH_IDS:
            response = client.get(template.format(big=big, key=key))
            assert response.status_code == 404, (template, big, _text(response)[:300])
        response = client.get(f"/calls/{world['call_a']}?evaluation={big}")
        assert response.status_code == 400 and "outside 1 to 2147483647" in _text(response), _text(response)[:300]
    # a NUL byte, which PostgreSQL refuses in any string, in filters and in the sign-in form
    for query in ["agent=%00", "team=a%00b", "scorecard=%00", "failed=%00"]:
        for path in ["/calls", "/api/v1/evaluations", "/dashboards/"]:
            response = client.get(f"{path}?{query}")
            assert response.status_code in (200, 400) and "NUL" in _text(response), (path, query, _text(response)[:300])
    anonymous = app.test_client()
    token = factories.csrf_token(anonymous)
    response = anonymous.post("/login", data={"username": "ad\x00min", "password": "x", "csrf_token": token})
    assert response.status_code == 400 and "username" in _text(response) and "holds a NUL" in _text(response)
    for path in ["/scorecards/a%00b/diff", "/api/v1/scorecards/%00/versions/1"]:
        response = client.get(path)
        assert response.status_code == 404, (path, _text(response)[:300])
    token = factories.csrf_token(client, "/api/tokens")
    response = client.post(f"/calls/{world['call_a']}/notes", data={"text": "a\x00b", "time": "1", "csrf_token": token},
                           headers={"Accept": "application/json"})
    assert response.status_code == 400 and "NUL" in response.get_json()["error"]
    # ... and in a multipart upload's fields, checked once the view has set its size limits
    import io

    token = factories.csrf_token(client, "/uploads/")
    response = client.post("/uploads/", data={"csrf_token": token, "agent": "AG\x00A",
                                              "files": [(io.BytesIO(b"WEBVTT\n"), "a.vtt")]},
                           content_type="multipart/form-data")
    assert response.status_code == 400 and "form field &#39;agent&#39; holds a NUL" in _text(response), _text(response)[-600:]
    # a session naming a user id past the range signs nobody in
    from flask.sessions import SecureCookieSessionInterface

    cookie = SecureCookieSessionInterface().get_signing_serializer(app).dumps({"_user_id": f"{2**40}:0"})
    other = app.test_client()
    other.set_cookie("session", cookie)
    assert other.get("/calls").status_code == 302


# --- in a browser ----------------------------------------------------------------------------------------------


def _sign_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "correct horse battery")
    page.click("button[type=submit]")


def test_browser_signing_out_in_one_window_keeps_the_other_and_bad_filters_are_shown(live_server, browser, world,
                                                                                    tmp_path):
    first, second, third = browser.new_context(), browser.new_context(), browser.new_context()
    one, two, three = first.new_page(), second.new_page(), third.new_page()
    _sign_in(one, live_server, "trainer_n")
    _sign_in(two, live_server, "trainer_n")
    _sign_in(three, live_server, "trainer_n")
    two.goto(f"{live_server}/calls?page=%C2%B2&to=9999-12-31")
    assert "page '²' is not a whole number" in two.content()
    assert "call-a" in two.content()  # to=9999-12-31: every call up to the end of the calendar
    two.screenshot(path=str(tmp_path / "list-bad-page.png"), full_page=True)
    one.click("form[action='/logout'] button")
    one.wait_for_url(f"{live_server}/login")
    assert "You are signed out." in one.content()
    one.screenshot(path=str(tmp_path / "signed-out.png"), full_page=True)
    two.goto(f"{live_server}/calls")
    assert two.url == f"{live_server}/calls"  # signing out is per browser
    # the account page (the name in the header) signs out everywhere
    two.click("a[title='Your account']")
    two.wait_for_url(f"{live_server}/account")
    assert two.locator("text=this browser").count() == 1
    two.screenshot(path=str(tmp_path / "account.png"), full_page=True)
    two.click("form[action='/logout/everywhere'] button")
    two.wait_for_url(f"{live_server}/login")
    assert "You are signed out in every browser (2 sessions ended)." in two.content()
    three.goto(f"{live_server}/calls")
    assert three.url.startswith(f"{live_server}/login")


def test_a_nul_character_in_the_query_string_or_a_form_is_a_400_naming_the_field(admin, world, factories):
    response = admin.get("/api/v1/evaluations?agent=AG%00A")
    assert response.status_code == 400 and response.get_json()["error"].startswith("query parameter 'agent' holds a NUL")
    token = factories.csrf_token(admin, "/api/tokens")
    response = admin.post(f"/calls/{world['call_a']}/notes", data={"text": "a\x00b", "time": "1", "csrf_token": token},
                          headers={"Accept": "application/json"})
    assert response.status_code == 400 and "form field 'text' holds a NUL" in response.get_json()["error"]
    assert admin.get("/scorecards/a%00b/diff").status_code == 404


def test_a_nul_character_in_a_transcript_is_a_format_error_naming_the_field(factories, tmp_path):
    from transcription.errors import CallFormatError
    from transcription.importers import load_transcript

    data = factories.sample_data(factories.GOOD_SAMPLE)
    data["utterances"][2]["text"] = "thanks\u0000"
    data["metadata"] = {"queue": "ok"}
    path = tmp_path / "nul.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CallFormatError, match=r"utterances\[2\]\.text: holds a NUL character"):
        load_transcript(path)
    data["utterances"][2]["text"] = "thanks"
    data["metadata"] = {"queue": "\u0000"}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CallFormatError, match=r"metadata\.queue: holds a NUL character"):
        load_transcript(path)
