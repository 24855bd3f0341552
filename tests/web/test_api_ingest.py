"""``POST /api/v1/calls`` and ``GET /api/v1/calls/{id}``: recordings and transcripts pushed in with a
write token, idempotency keys, content-hash dedupe, the upload limits, token scopes and rate limits,
and JSON errors everywhere under /api."""

from __future__ import annotations

import copy
import io
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select


def _token(settings, username, scope="read", name="integration"):
    from qa_service import accounts
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        _, text = accounts.create_api_token(s, accounts.user_by_name(s, username), name, scope=scope)
    return text


def _auth(token, **extra):
    return {"Authorization": f"Bearer {token}", **extra}


def _call_json(factories, call_id="api-1", agent="AG-A"):
    data = copy.deepcopy(factories.sample_data(factories.GOOD_SAMPLE))
    data["call_id"] = call_id
    data["agent"] = {"id": agent, "name": "Alice Agent"}
    return data


def _count(settings, model, *where):
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture
def eager_app(settings):
    """The app with Celery eager: a submitted call is scored before the answer."""
    from web import create_app

    return create_app(settings.with_overrides(task_always_eager=True), {"TESTING": True})


def test_transcript_as_json_is_scored_and_its_status_follows(eager_app, settings, world, factories):
    from qa_service.db.models import AuditEntry, CallRecord

    token = _token(settings, "admin", "write")
    client = eager_app.test_client()
    r = client.post("/api/v1/calls", json=_call_json(factories), headers=_auth(token))
    assert r.status_code == 202, r.get_json()
    body = r.get_json()
    assert body["call_id"] == "api-1" and body["agent"] == "AG-A" and body["duplicate"] is False
    assert r.headers["Location"] == body["status_url"] and body["status_url"].endswith(f"/api/v1/calls/{body['id']}")
    status = client.get(body["status_url"], headers=_auth(token)).get_json()
    assert status["status"] == "scored" and status["reason"] is None
    assert status["evaluation"]["scorecard"] == "default" and 0 <= status["evaluation"]["score"] <= 100
    full = client.get(status["evaluation"]["url"], headers=_auth(token))
    assert full.status_code == 200 and full.get_json()["call_id"] == "api-1"
    assert _count(settings, CallRecord, CallRecord.call_id == "api-1") == 1
    assert _count(settings, AuditEntry, AuditEntry.action == "call.submit") == 1


def test_recording_with_metadata_is_stored_and_waits_to_be_transcribed(app, settings, world, factories, tmp_path):
    from qa_service.db.models import BatchItem, CallRecord
    from qa_service.db.session import session_scope

    wav = factories.write_wav(tmp_path / "rec.wav", factories.sample_data(factories.GOOD_SAMPLE))
    metadata = {"call_id": "CA-42:xyz", "agent": "AG-A", "customer": {"id": "C-9", "name": "Carol"},
                "started_at": "2026-11-30T14:05:00Z", "channels": "customer,agent"}
    token = _token(settings, "trainer_n", "write")
    r = app.test_client().post("/api/v1/calls", headers=_auth(token), data={
        "file": (io.BytesIO(wav.read_bytes()), "rec.wav"), "metadata": json.dumps(metadata)})
    assert r.status_code == 202, r.get_json()
    body = r.get_json()
    assert body["status"] == "received" and body["call_id"] == "CA-42:xyz" and body["agent"] == "AG-A"
    with session_scope(settings) as s:
        record = s.get(CallRecord, body["id"])
        assert record.audio_path and record.audio_path.endswith(".wav") and record.transcript is None
        assert record.started_at.isoformat().startswith("2026-11-30T14:05:00")
        assert record.metadata_["customer"] == {"id": "C-9", "name": "Carol"}
        assert record.metadata_["channels"] == "customer,agent"
        assert s.scalar(select(BatchItem.status).where(BatchItem.call_id == record.id)) == "queued"
        assert record.audio_path.startswith(str(settings.data_path / "uploads"))


def test_scopes_decide_who_writes(app, settings, world, factories):
    client = app.test_client()
    read = _token(settings, "admin")  # read is the default
    r = client.post("/api/v1/calls", json=_call_json(factories), headers=_auth(read))
    assert r.status_code == 403 and "scope 'read'" in r.get_json()["error"] and "--scope write" in r.get_json()["error"]
    r = client.post("/api/v1/calls", json=_call_json(factories))
    assert r.status_code == 401 and "scope write" in r.get_json()["error"]
    # a signed-in browser reads with its session but never writes through the API
    factories.login(client, "admin")
    assert client.get("/api/v1/me").status_code == 200
    r = client.post("/api/v1/calls", json=_call_json(factories))
    assert r.status_code == 401 and r.is_json
    # an agent's write token: agents do not submit calls
    agent = _token(settings, "agent_a", "write")
    r = app.test_client().post("/api/v1/calls", json=_call_json(factories), headers=_auth(agent))
    assert r.status_code == 403 and "cannot submit calls" in r.get_json()["error"]


def test_trainer_submits_only_for_agents_of_their_teams(app, settings, world, factories):
    from qa_service.db.models import CallRecord

    token = _token(settings, "trainer_n", "write")
    client = app.test_client()
    r = client.post("/api/v1/calls", json=_call_json(factories, "south-1", agent="AG-B"), headers=_auth(token))
    assert r.status_code == 403 and "'AG-B'" in r.get_json()["error"]
    r = client.post("/api/v1/calls", json=_call_json(factories, "new-agent", agent="AG-NEW"), headers=_auth(token))
    assert r.status_code == 403
    assert _count(settings, CallRecord, CallRecord.call_id.in_(["south-1", "new-agent"])) == 0
    r = client.post("/api/v1/calls", json=_call_json(factories, "north-1", agent="AG-A"), headers=_auth(token))
    assert r.status_code == 202
    # and what they submitted they can follow; trainer_s cannot see it
    assert client.get(r.get_json()["status_url"], headers=_auth(token)).status_code == 200
    other = _token(settings, "trainer_s")
    assert client.get(r.get_json()["status_url"], headers=_auth(other)).status_code == 404


def test_idempotency_key_returns_the_first_answer(app, settings, world, factories):
    from qa_service.db.models import Batch, CallRecord, IdempotencyKey

    token = _token(settings, "admin", "write")
    client = app.test_client()
    headers = _auth(token, **{"Idempotency-Key": "push-0001"})
    first = client.post("/api/v1/calls", json=_call_json(factories), headers=headers)
    assert first.status_code == 202 and "Idempotent-Replayed" not in first.headers
    batches_before = _count(settings, Batch)
    again = client.post("/api/v1/calls", json=_call_json(factories), headers=headers)
    assert again.status_code == 202 and again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json() == first.get_json()
    assert _count(settings, Batch) == batches_before  # nothing was submitted the second time
    assert _count(settings, CallRecord, CallRecord.call_id == "api-1") == 1
    # the same key with another body is refused, with what to do
    other = client.post("/api/v1/calls", json=_call_json(factories, "api-2"), headers=headers)
    assert other.status_code == 422 and "different request" in other.get_json()["error"]
    assert "new key" in other.get_json()["error"]
    assert _count(settings, CallRecord, CallRecord.call_id == "api-2") == 0
    # keys belong to their user: another user's same key is a request of its own
    trainer = _token(settings, "trainer_n", "write")
    mine = client.post("/api/v1/calls", json=_call_json(factories, "api-3"),
                       headers=_auth(trainer, **{"Idempotency-Key": "push-0001"}))
    assert mine.status_code == 202 and mine.get_json()["call_id"] == "api-3"
    assert _count(settings, IdempotencyKey) == 2
    bad = client.post("/api/v1/calls", json=_call_json(factories, "api-4"),
                      headers=_auth(token, **{"Idempotency-Key": "has spaces"}))
    assert bad.status_code == 400 and "Idempotency-Key" in bad.get_json()["error"]


def test_a_failed_request_frees_its_key(app, settings, world, factories):
    token = _token(settings, "admin", "write")
    client = app.test_client()
    headers = _auth(token, **{"Idempotency-Key": "k-1"})
    broken = _call_json(factories)
    broken["utterances"][0]["start"] = "soon"
    r = client.post("/api/v1/calls", json=broken, headers=headers)
    assert r.status_code == 422 and "start" in r.get_json()["error"]
    assert "uploads" not in r.get_json()["error"]  # the message names the request, not a server path
    r = client.post("/api/v1/calls", json=_call_json(factories), headers=headers)
    assert r.status_code == 202


def test_the_same_file_twice_is_one_call(app, settings, world, factories, tmp_path):
    token = _token(settings, "admin", "write")
    client = app.test_client()
    wav = factories.write_wav(tmp_path / "twice.wav", factories.sample_data(factories.GOOD_SAMPLE)).read_bytes()
    meta = json.dumps({"agent": "AG-A"})
    first = client.post("/api/v1/calls", headers=_auth(token), data={"file": (io.BytesIO(wav), "a.wav"),
                                                                     "metadata": meta})
    second = client.post("/api/v1/calls", headers=_auth(token), data={"file": (io.BytesIO(wav), "b.wav"),
                                                                      "metadata": meta})
    assert first.status_code == second.status_code == 202
    assert second.get_json()["id"] == first.get_json()["id"] and second.get_json()["duplicate"] is True


def test_upload_limits_answer_json(settings, world, factories, tmp_path):
    from web import create_app

    app = create_app(settings.with_overrides(max_upload_mb=0.01), {"TESTING": True})  # 10 kB
    client = app.test_client()
    token = _token(settings, "admin", "write")
    r = client.post("/api/v1/calls", headers=_auth(token), data={"file": (io.BytesIO(b"hello"), "notes.txt")})
    assert r.status_code == 415 and ".wav" in r.get_json()["error"]
    r = client.post("/api/v1/calls", headers=_auth(token), data={"file": (io.BytesIO(b"x" * 9_000), "big.wav")})
    assert r.status_code != 413  # under the limit: refused only later, as audio that does not decode
    r = client.post("/api/v1/calls", headers=_auth(token), data={"file": (io.BytesIO(b"\0" * 20_000), "big.wav")})
    assert r.status_code == 413 and "QA_MAX_UPLOAD_MB" in r.get_json()["error"]
    # a body beyond the request limit is stopped before it is read
    r = client.post("/api/v1/calls", headers=_auth(token), data={"file": (io.BytesIO(b"\0" * 1_200_000), "huge.wav")})
    assert r.status_code == 413 and r.is_json and "QA_MAX_UPLOAD_MB" in r.get_json()["error"]
    r = client.post("/api/v1/calls", headers=_auth(token), data={"metadata": "{}"}, content_type="multipart/form-data")
    assert r.status_code == 400 and "'file'" in r.get_json()["error"]
    r = client.post("/api/v1/calls", headers=_auth(token), data={"metadata": "{}"})
    assert r.status_code == 415 and "multipart/form-data" in r.get_json()["error"]
    r = client.post("/api/v1/calls", headers=_auth(token), data=b"plain", content_type="text/plain")
    assert r.status_code == 415 and "multipart/form-data" in r.get_json()["error"]


def test_bad_metadata_names_the_field(app, settings, world, factories, tmp_path):
    token = _token(settings, "admin", "write")
    client = app.test_client()
    wav = factories.write_wav(tmp_path / "m.wav", factories.sample_data(factories.GOOD_SAMPLE)).read_bytes()
    cases = {
        "{not json": "not valid JSON",
        json.dumps({"agent_id": "AG-A"}): "unknown field(s) agent_id",
        json.dumps({"started_at": "yesterday"}): "started_at",
        json.dumps({"channels": "left,right"}): "channels",
        json.dumps({"scorecard": "nope"}): "no scorecard 'nope'",
    }
    for metadata, expected in cases.items():
        r = client.post("/api/v1/calls", headers=_auth(token),
                        data={"file": (io.BytesIO(wav), "m.wav"), "metadata": metadata})
        assert r.status_code == 400 and expected in r.get_json()["error"], (metadata, r.get_json())


def test_errors_under_api_are_json_and_say_what_to_do(settings, world, monkeypatch):
    from web import create_app

    app = create_app(settings, {"TESTING": True, "PROPAGATE_EXCEPTIONS": False})
    client = app.test_client()
    token = _token(settings, "admin")
    r = client.get("/api/v1/nothing-here", headers=_auth(token))
    assert r.status_code == 404 and "/api/openapi.yaml" in r.get_json()["error"]
    r = client.post("/api/v1/evaluations", headers=_auth(token))
    assert r.status_code == 405 and "GET" in r.headers["Allow"] and "Allow header" in r.get_json()["error"]
    r = client.get("/api/v1/calls/999999", headers=_auth(token))
    assert r.status_code == 404 and "no call #999999" in r.get_json()["error"]

    def broken():  # noqa: ANN202
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr("web.api.detector_catalogue", broken)
    r = client.get("/api/v1/detectors", headers=_auth(token))
    assert r.status_code == 500 and r.is_json and "log" in r.get_json()["error"]
    assert "broken on purpose" not in r.get_json()["error"]
    # pages outside /api keep their HTML
    r = client.get("/no-such-page")
    assert r.status_code == 404 and r.mimetype == "text/html"


def test_rate_limit_is_per_token_and_answers_json(settings, world):
    from web import create_app

    app = create_app(settings.with_overrides(api_rate_limit="3 per minute"), {"TESTING": True})
    client = app.test_client()
    one, two = _token(settings, "admin", name="one"), _token(settings, "admin", name="two")
    for _ in range(3):
        assert client.get("/api/v1/me", headers=_auth(one)).status_code == 200
    r = client.get("/api/v1/detectors", headers=_auth(one))  # one limit for every endpoint
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    assert "Retry-After" in r.get_json()["error"] and "QA_API_RATE_LIMIT" in r.get_json()["error"]
    assert client.get("/api/v1/me", headers=_auth(two)).status_code == 200


def test_write_rate_limit_counts_submissions(settings, world, factories):
    from web import create_app

    app = create_app(settings.with_overrides(api_write_rate_limit="1 per minute"), {"TESTING": True})
    client = app.test_client()
    token = _token(settings, "admin", "write")
    assert client.post("/api/v1/calls", json=_call_json(factories, "w-1"), headers=_auth(token)).status_code == 202
    r = client.post("/api/v1/calls", json=_call_json(factories, "w-2"), headers=_auth(token))
    assert r.status_code == 429 and r.is_json
    assert client.get("/api/v1/me", headers=_auth(token)).status_code == 200  # reading goes on


def test_cli_token_scope(settings, world):
    from qa_service.cli import cli
    from qa_service.db.models import ApiToken

    env = {"QA_DATA_DIR": settings.data_dir, "QA_DATABASE_URL": settings.database_url}
    result = CliRunner().invoke(cli, ["users", "token", "admin", "--name", "connect", "--scope", "write"], env=env)
    assert result.exit_code == 0, result.output
    assert _count(settings, ApiToken, ApiToken.name == "connect", ApiToken.scope == "write") == 1
    result = CliRunner().invoke(cli, ["users", "token", "admin", "--name", "bi"], env=env)
    assert result.exit_code == 0 and _count(settings, ApiToken, ApiToken.name == "bi", ApiToken.scope == "read") == 1
    result = CliRunner().invoke(cli, ["users", "token", "admin", "--scope", "admin"], env=env)
    assert result.exit_code == 2 and "read" in result.output and "write" in result.output


def test_tokens_page_creates_a_write_token(app, settings, world, factories):
    from qa_service.db.models import ApiToken

    client = app.test_client()
    factories.login(client, "trainer_n")
    page = client.get("/api/tokens")
    assert page.status_code == 200 and 'name="scope"' in page.get_data(as_text=True)
    csrf = factories.csrf_token(client, "/api/tokens")
    r = client.post("/api/tokens", data={"name": "dialer", "scope": "write", "csrf_token": csrf})
    assert r.status_code == 200 and "qa_" in r.get_data(as_text=True)
    assert _count(settings, ApiToken, ApiToken.name == "dialer", ApiToken.scope == "write") == 1
    r = client.post("/api/tokens", data={"name": "x", "scope": "everything", "csrf_token": csrf})
    assert r.status_code == 422 and "read, write" in r.get_data(as_text=True)


def test_a_key_in_flight_is_waited_for_then_taken_over_when_abandoned(app, settings, world, factories):
    """A retry while the first request is still being handled gets 409 with Retry-After; a first request
    that never finished (its process died) no longer blocks the key after IN_FLIGHT_FOR."""
    from qa_service import idempotency
    from qa_service.db.models import IdempotencyKey, utcnow
    from qa_service.db.session import session_scope

    token = _token(settings, "admin", "write")
    client = app.test_client()
    body = _call_json(factories, "inflight-1")
    headers = _auth(token, **{"Idempotency-Key": "k-inflight"})
    # the first request took the key and is "still running": a claim without an answer
    first = client.post("/api/v1/calls", json=body, headers=headers)
    assert first.status_code == 202
    with session_scope(settings) as s:
        row = s.scalar(select(IdempotencyKey).where(IdempotencyKey.key == "k-inflight"))
        row.status_code, row.response = None, None
    r = client.post("/api/v1/calls", json=body, headers=headers)
    assert r.status_code == 409 and r.headers["Retry-After"] and "still being handled" in r.get_json()["error"]
    with session_scope(settings) as s:
        row = s.scalar(select(IdempotencyKey).where(IdempotencyKey.key == "k-inflight"))
        row.created_at = utcnow() - idempotency.IN_FLIGHT_FOR - idempotency.IN_FLIGHT_FOR / 10
    r = client.post("/api/v1/calls", json=body, headers=headers)
    assert r.status_code == 202 and r.get_json()["id"] == first.get_json()["id"]  # the same call (content hash)
    assert r.get_json()["duplicate"] is True
    again = client.post("/api/v1/calls", json=body, headers=headers)
    assert again.headers["Idempotent-Replayed"] == "true" and again.get_json() == r.get_json()


def test_a_webvtt_transcript_file_is_a_call(eager_app, settings, world):
    token = _token(settings, "admin", "write")
    vtt = ("WEBVTT\n\n00:00:00.500 --> 00:00:03.000\n<v Agent>Thank you for calling, this is Alice. How can I help?\n\n"
           "00:00:03.400 --> 00:00:06.000\n<v Customer>My card was declined this morning.\n\n"
           "00:00:06.300 --> 00:00:09.000\n<v Agent>I'm sorry to hear that, let me check it for you.\n")
    client = eager_app.test_client()
    r = client.post("/api/v1/calls", headers=_auth(token), data={
        "file": (io.BytesIO(vtt.encode()), "CA-77.vtt"),
        "metadata": json.dumps({"agent": "AG-B", "call_id": "CA-77", "customer": "C-1"})})
    assert r.status_code == 202, r.get_json()
    body = r.get_json()
    # the answer says where the call was when it was accepted: parsed, waiting to be scored
    assert body["call_id"] == "CA-77" and body["agent"] == "AG-B" and body["status"] == "scoring"
    status = client.get(body["status_url"], headers=_auth(token)).get_json()
    assert status["status"] == "scored" and status["evaluation"]["scorecard"] == "default"
