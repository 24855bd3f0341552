"""Privacy in the web UI and on the way in: a card number said in an uploaded call is in no stored
transcript, evaluation, export or recording; admins see what was redacted and delete calls (UI and
CLI) with a content-free audit entry; playback and download follow the roles allowed."""

from __future__ import annotations

import copy
import io
import json

import numpy as np
import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

CARD = "4111 1111 1111 1111"
CARD_DIGITS = CARD.replace(" ", "")
CARD_UTTERANCE = 4  # the customer's line that gets the card number


def _card_call(factories) -> dict:
    data = copy.deepcopy(factories.sample_data(factories.GOOD_SAMPLE))
    data["call_id"] = "card-call"
    data["agent"] = {"id": "AG-A", "name": "Alice Agent"}
    u = data["utterances"][CARD_UTTERANCE]
    assert u["speaker"] == "customer"
    u["text"] = f"Sure, the card number is {CARD}, and that's the one."
    return data


def _no_card(text: str) -> None:
    flat = text.replace(" ", "").replace("-", "")
    assert CARD_DIGITS not in flat and "41111111" not in flat


@pytest.fixture
def eager_app(settings):
    from web import create_app

    return create_app(settings.with_overrides(task_always_eager=True), {"TESTING": True})


def _upload(client, factories, settings, files) -> None:
    from qa_service.db.models import ScorecardVersion
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        version_id = s.scalars(select(ScorecardVersion.id)).first()
    token = factories.csrf_token(client, "/uploads/")
    r = client.post("/uploads/", content_type="multipart/form-data",
                    data={"csrf_token": token, "scorecard_version": str(version_id), "files": files})
    assert r.status_code == 302, r.get_data(as_text=True)[:500]


def _stored(settings, call_id="card-call"):
    from qa_service.db.models import CallRecord
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        record = s.scalars(select(CallRecord).where(CallRecord.call_id == call_id)).one()
        return {"id": record.id, "audio": record.audio_path, "meta": dict(record.metadata_),
                "transcript": json.dumps(record.transcript.data), "status": record.status,
                "evaluations": [json.dumps(e.result) for e in record.evaluations]}


def test_uploaded_call_with_a_card_number_is_stored_redacted_audio_included(eager_app, settings, world,
                                                                            factories, tmp_path):
    from transcription.audio import load_audio

    data = _card_call(factories)
    wav = factories.write_wav(tmp_path / "card-call.wav", data)
    admin = eager_app.test_client()
    factories.login(admin, "admin")
    _upload(admin, factories, settings, [(io.BytesIO(json.dumps(data).encode()), "card-call.json"),
                                         (io.BytesIO(wav.read_bytes()), "card-call.wav")])
    stored = _stored(settings)
    assert stored["status"] == "scored"
    # transcript and evaluations: the number is gone, its kind is there
    _no_card(stored["transcript"])
    assert "[CARD]" in stored["transcript"]
    for result in stored["evaluations"]:
        _no_card(result)
    report = stored["meta"]["redactions"]
    assert report["mode"] == "pci" and report["counts"] == {"card": 1} and report["recording"] == "silenced"
    _no_card(json.dumps(report))
    # the recording: a silenced copy in data_dir/recordings, the uploaded original deleted
    assert stored["audio"].startswith(str(settings.data_path / "recordings"))
    assert not list((settings.data_path / "uploads").rglob("*.wav"))
    u = data["utterances"][CARD_UTTERANCE]
    audio = load_audio(stored["audio"])
    samples = np.asarray(audio.samples[0])
    rate = audio.sample_rate
    inside = samples[int(u["start"] * rate):int(u["end"] * rate)]
    before = data["utterances"][CARD_UTTERANCE - 1]
    other = samples[int(before["start"] * rate) + rate // 4:int(before["end"] * rate) - rate // 4]
    assert np.sqrt(np.mean(inside ** 2)) < 1e-3 < np.sqrt(np.mean(other ** 2)) / 10
    # exports: the review page's JSON, the API's JSON Lines and CSV
    call_pk = stored["id"]
    page = admin.get(f"/calls/{call_pk}").get_data(as_text=True)
    _no_card(page)
    assert 'id="redactions"' in page and "card" in page
    _no_card(admin.get(f"/calls/{call_pk}/transcript.json").get_data(as_text=True))
    _no_card(admin.get(f"/calls/{call_pk}/evaluation.json").get_data(as_text=True))
    from qa_service import accounts
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        _, token = accounts.create_api_token(s, accounts.user_by_name(s, "admin"), "t")
    for fmt in ("jsonl", "csv"):
        body = admin.get(f"/api/v1/evaluations/export?format={fmt}",
                         headers={"Authorization": f"Bearer {token}"}).get_data(as_text=True)
        assert "card-call" in body
        _no_card(body)


def test_trainers_do_not_see_the_redaction_details(eager_app, settings, world, factories):
    admin = eager_app.test_client()
    factories.login(admin, "admin")
    _upload(admin, factories, settings, [(io.BytesIO(json.dumps(_card_call(factories)).encode()), "c.json")])
    trainer = eager_app.test_client()
    factories.login(trainer, "trainer_n")
    page = trainer.get(f"/calls/{_stored(settings)['id']}").get_data(as_text=True)
    assert 'id="redactions"' not in page and 'id="delete-call"' not in page


def test_admin_deletes_a_call_after_confirming(client, settings, world, factories):
    from qa_service import reviews
    from qa_service.db.models import AuditEntry, CallRecord, CoachingNote, CriterionResultRecord, EvaluationRecord
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        record = s.get(CallRecord, world["call_a"])
        reviews.add_note(s, record, "say the customer's name", time_seconds=3.0, author=None)
    factories.login(client, "admin")
    page = client.get(f"/calls/{world['call_a']}").get_data(as_text=True)
    assert 'id="delete-call"' in page
    confirm = client.get(f"/calls/{world['call_a']}/delete")
    assert confirm.status_code == 200 and "1 evaluation(s)" in confirm.get_data(as_text=True)
    token = factories.csrf_token(client, f"/calls/{world['call_a']}/delete")
    r = client.post(f"/calls/{world['call_a']}/delete", data={"csrf_token": token})
    assert r.status_code == 302
    with session_scope(settings) as s:
        assert s.get(CallRecord, world["call_a"]) is None
        assert s.scalar(select(func.count()).select_from(EvaluationRecord)
                        .where(EvaluationRecord.id == world["eval_a"])) == 0
        assert s.scalar(select(func.count()).select_from(CriterionResultRecord)
                        .where(CriterionResultRecord.evaluation_id == world["eval_a"])) == 0
        assert s.scalar(select(func.count()).select_from(CoachingNote)) == 0
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "call.delete")).one()
        assert entry.user.username == "admin"
        assert entry.details["call"] == world["call_a"] and entry.details["evaluations"] == 1
        assert entry.details["notes"] == 1
        # ids and counts only: nothing said in the call, not its name
        assert "call-a" not in json.dumps(entry.details) and "customer" not in json.dumps(entry.details)
        assert s.get(CallRecord, world["call_b"]) is not None
    # the recording lay outside data_dir (a folder a batch was read from): forgotten, not deleted
    assert world["wav"].exists()
    assert client.get(f"/calls/{world['call_a']}").status_code == 404


def test_only_admins_delete(client, settings, world, factories):
    from qa_service.db.models import CallRecord
    from qa_service.db.session import session_scope

    factories.login(client, "trainer_n")
    assert client.get(f"/calls/{world['call_a']}/delete").status_code == 403
    token = factories.csrf_token(client, f"/calls/{world['call_a']}")
    assert client.post(f"/calls/{world['call_a']}/delete", data={"csrf_token": token}).status_code == 403
    with session_scope(settings) as s:
        assert s.get(CallRecord, world["call_a"]) is not None


def test_cli_deletes_calls(settings, world):
    from qa_service.cli import cli
    from qa_service.db.models import AuditEntry, CallRecord
    from qa_service.db.session import session_scope

    env = {"QA_DATA_DIR": settings.data_dir, "QA_DATABASE_URL": settings.database_url}
    result = CliRunner().invoke(cli, ["calls", "delete", str(world["call_b"]), "--yes", "--by", "admin"], env=env)
    assert result.exit_code == 0, result.output
    assert f"call #{world['call_b']} deleted" in result.output
    missing = CliRunner().invoke(cli, ["calls", "delete", "999999", "--yes"], env=env)
    assert missing.exit_code == 1 and "no call #999999" in missing.output
    with session_scope(settings) as s:
        assert s.get(CallRecord, world["call_b"]) is None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "call.delete")).one()
        assert entry.details["via"] == "cli" and entry.user.username == "admin"


def _app_with(settings, **overrides):
    from web import create_app

    return create_app(settings.with_overrides(**overrides), {"TESTING": True})


def test_playback_and_download_per_role(settings, world, factories):
    app = _app_with(settings, playback_roles="admin,trainer", download_roles="admin")
    audio = f"/media/calls/{world['call_a']}/audio"
    agent = app.test_client()
    factories.login(agent, "agent_a")
    assert agent.get(audio).status_code == 403
    page = agent.get(f"/calls/{world['call_a']}").get_data(as_text=True)
    assert 'id="player"' not in page and "Recordings are not played for your role" in page
    trainer = app.test_client()
    factories.login(trainer, "trainer_n")
    assert trainer.get(audio).status_code == 200
    assert trainer.get(audio + "?download=1").status_code == 403
    assert 'id="download-recording"' not in trainer.get(f"/calls/{world['call_a']}").get_data(as_text=True)
    admin = app.test_client()
    factories.login(admin, "admin")
    r = admin.get(audio + "?download=1")
    assert r.status_code == 200 and r.headers["Content-Disposition"].startswith("attachment")
    assert 'id="download-recording"' in admin.get(f"/calls/{world['call_a']}").get_data(as_text=True)


def test_a_recording_waiting_for_redaction_is_not_played(client, settings, world, factories, tmp_path):
    from qa_service import calls
    from qa_service.db.session import session_scope

    wav = factories.write_wav(tmp_path / "waiting.wav", factories.sample_data(factories.GOOD_SAMPLE))
    with session_scope(settings) as s:
        record, _ = calls.register_call(s, content_hash="e" * 64, call_id="waiting", audio_path=str(wav))
        pk = record.id
    factories.login(client, "admin")
    assert client.get(f"/media/calls/{pk}/audio").status_code == 409
    page = client.get(f"/calls/{pk}").get_data(as_text=True)
    assert 'id="player"' not in page and "once it has been transcribed and redacted" in page
    open_app = _app_with(settings, redact="none")
    c = open_app.test_client()
    factories.login(c, "admin")
    assert c.get(f"/media/calls/{pk}/audio").status_code == 200


def test_api_submission_is_redacted_and_admins_see_what_was(eager_app, settings, world, factories):
    from qa_service import accounts
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        _, admin_token = accounts.create_api_token(s, accounts.user_by_name(s, "admin"), "a", scope="write")
        _, trainer_token = accounts.create_api_token(s, accounts.user_by_name(s, "trainer_n"), "t")
    client = eager_app.test_client()
    r = client.post("/api/v1/calls", json=_card_call(factories), headers={"Authorization": f"Bearer {admin_token}"})
    assert r.status_code == 202, r.get_json()
    url = r.get_json()["status_url"]
    body = client.get(url, headers={"Authorization": f"Bearer {admin_token}"}).get_json()
    assert body["redactions"]["counts"] == {"card": 1} and body["redactions"]["mode"] == "pci"
    _no_card(json.dumps(body))
    assert "redactions" not in client.get(url, headers={"Authorization": f"Bearer {trainer_token}"}).get_json()
    _no_card(_stored(settings)["transcript"])


def test_a_misspelt_role_is_refused_at_start(settings):
    from transcription.errors import ConfigError

    with pytest.raises(ConfigError, match="QA_PLAYBACK_ROLES.*trainers; use a comma-separated list of admin"):
        _app_with(settings, playback_roles="admin,trainers")
