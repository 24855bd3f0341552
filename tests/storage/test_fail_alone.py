"""One failing call fails alone: in `qa-service score`, in a batch (storing files), in a score chunk (a
worker scoring several calls) and in a web upload; on PostgreSQL as on SQLite (values too long for a column)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_service import ingest, pipeline
from qa_service.db.models import BatchItem, CallRecord
from qa_service.db.session import session_scope

TWO_TURNS = [{"speaker": "agent", "start": 0.0, "end": 2.0, "text": "Hello, thanks for calling, this is Sam."},
             {"speaker": "customer", "start": 2.5, "end": 4.0, "text": "Hi, my card was declined."}]


def write_bad_files(folder: Path) -> dict[str, str]:
    """Hostile files and what their failure must say; each fails alone."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "brackets.json": ("[" * 100_000, "nested too deeply"),
        "bignum.json": ('{"call_id": "n", "utterances": [{"speaker": "agent", "start": 0, "end": '
                        + "9" * 5000 + ', "text": "hi"}]}', "thousands of digits"),
        "transcribe.json": (json.dumps({"jobName": "j", "results": {"transcripts": [{"transcript": "hi"}],
                                                                   "items": 5}}), "Transcribe"),
        "infinite.json": ('{"call_id": "inf", "duration": Infinity, "utterances": ' + json.dumps(TWO_TURNS) + "}",
                          "finite"),
        "long-id.json": (json.dumps({"call_id": "c" * 300, "utterances": TWO_TURNS}),
                         "call_id: has 300 characters; at most 255"),
        "long-agent.json": (json.dumps({"call_id": "long-agent", "agent": {"id": "a" * 250, "name": "Ann"},
                                        "utterances": TWO_TURNS}), "agent.id: has 250 characters; at most 200"),
        "long-name.json": (json.dumps({"call_id": "long-name", "agent": {"id": "AG-9", "name": "n" * 201},
                                       "utterances": TWO_TURNS}), "agent.name: has 201 characters; at most 200"),
    }
    for name, (text, _) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return {name: why for name, (_, why) in files.items()}


def test_bad_files_of_a_batch_fail_alone_and_the_good_ones_are_stored(settings, factories, tmp_path):
    expected = write_bad_files(tmp_path / "in")
    factories.write_calls(tmp_path / "in", 2)
    with session_scope(settings) as session:
        version = factories.default_version(session)
        batch, work = ingest.submit_files(session, [tmp_path / "in"], version)
        batch_id = batch.id
    assert len(work) == 2
    with session_scope(settings) as session:
        items = session.scalars(select(BatchItem).where(BatchItem.batch_id == batch_id)).all()
        failed = {Path(i.source).name: i.error for i in items if i.status == "failed"}
        assert set(failed) == set(expected)
        for name, why in expected.items():
            assert why in failed[name] and name in failed[name], (name, failed[name])
        assert {"call-00000", "call-00001"} <= set(session.scalars(select(CallRecord.call_id)))


def test_a_file_that_breaks_the_loader_fails_alone(settings, factories, tmp_path, monkeypatch):
    """A bug (not a format error) while reading one file: that file fails with the reason, the rest go on."""
    import transcription.importers

    factories.write_calls(tmp_path / "in", 2)
    (tmp_path / "in" / "trigger.json").write_text(json.dumps({"call_id": "trigger", "utterances": TWO_TURNS}))
    real = transcription.importers.load_transcript

    def buggy(path, *args, **kwargs):
        if Path(path).name == "trigger.json":
            raise RecursionError("maximum recursion depth exceeded")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(transcription.importers, "load_transcript", buggy)
    with session_scope(settings) as session:
        batch, work = ingest.submit_files(session, [tmp_path / "in"], factories.default_version(session))
        batch_id = batch.id
    assert len(work) == 2
    with session_scope(settings) as session:
        item = session.scalar(select(BatchItem).where(BatchItem.batch_id == batch_id, BatchItem.status == "failed"))
        assert "trigger.json" in item.source and "RecursionError" in item.error and "report" in item.error


def test_a_bug_on_one_call_of_a_chunk_fails_that_call_alone(settings, factories, tmp_path, monkeypatch):
    factories.write_calls(tmp_path / "in", 3)
    with session_scope(settings) as session:
        version = factories.default_version(session)
        _, work = ingest.submit_files(session, [tmp_path / "in"], version)
    real = pipeline.score_one

    def buggy(call, scorecard, s):
        if call.call_id == "call-00001":
            raise ValueError("cannot convert float NaN to integer")
        return real(call, scorecard, s)

    monkeypatch.setattr(pipeline, "score_one", buggy)
    outcomes = pipeline.score_stage(settings, work[0].version_id, [(w.call_id, w.item_id) for w in work])
    assert outcomes == ["scored", "failed", "scored"]
    with session_scope(settings) as session:
        bad = session.scalar(select(CallRecord).where(CallRecord.call_id == "call-00001"))
        assert bad.status == "failed" and "internal error while scoring call 'call-00001'" in bad.error
        assert "NaN" in bad.error and "report" in bad.error


def test_cli_score_goes_on_after_a_bug_in_one_file(tmp_path, capsys, monkeypatch):
    import qa_service.scoring
    from qa_service.cli import main

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.json").write_text(json.dumps({"call_id": name, "utterances": TWO_TURNS}))
    real = qa_service.scoring.score_call

    def buggy(call, scorecard):
        if call.call_id == "b":
            raise ZeroDivisionError("float division by zero")
        return real(call, scorecard)

    monkeypatch.setattr(qa_service.scoring, "score_call", buggy)
    code = main(["score", "--json", str(tmp_path)])
    out = capsys.readouterr()
    assert code == 1
    assert sorted(json.loads(line)["call_id"] for line in out.out.splitlines()) == ["a", "c"]
    assert "b.json" in out.err and "internal error" in out.err and "Traceback" not in out.err


@pytest.fixture
def pg_web(tmp_path, pg_url, factories):
    """The web app on PostgreSQL (where a too-long value is refused by the database), signed in as admin."""
    from qa_service import accounts
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade
    from web import create_app

    settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"), database_url=pg_url,
                             log_level="WARNING", secret_key="fail-alone-secret-0123456789abcdef0123",
                             login_rate_limit="1000 per minute")
    upgrade(settings)
    with session_scope(settings) as s:
        accounts.create_user(s, "admin", "correct horse battery", "admin")
        factories.default_version(s)
    app = create_app(settings, {"TESTING": True})
    return app, settings


def test_upload_on_postgres_stores_the_good_files_and_lists_each_bad_one(pg_web, tmp_path, monkeypatch, factories):
    import io
    import re

    app, settings = pg_web
    sent = []
    monkeypatch.setattr("web.uploads.enqueue", lambda work: sent.append(list(work)))
    client = app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    client.post("/login", data={"username": "admin", "password": "correct horse battery", "csrf_token": token})
    expected = write_bad_files(tmp_path / "bad")
    good = factories.write_calls(tmp_path / "good", 2, prefix="good")
    files = [(io.BytesIO(p.read_bytes()), p.name) for p in sorted((tmp_path / "bad").iterdir())]
    files += [(io.BytesIO(p.read_bytes()), p.name) for p in good]
    with session_scope(settings) as s:
        from qa_service.db.models import ScorecardVersion

        version_id = s.scalar(select(ScorecardVersion.id))
    response = client.post("/uploads/", data={"csrf_token": token, "scorecard_version": str(version_id),
                                              "files": files}, content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    for name, why in expected.items():
        assert name in page and why.split(";")[0] in page, name
    assert len(sent) == 1 and len(sent[0]) == 2
    with session_scope(settings) as s:
        assert {"good-00000", "good-00001"} <= set(s.scalars(select(CallRecord.call_id)))


def test_an_agent_id_too_long_for_the_database_is_refused_before_anything_is_stored(settings, factories, tmp_path):
    from qa_service.errors import Invalid

    factories.write_calls(tmp_path / "in", 1)
    with session_scope(settings) as session:
        version = factories.default_version(session)
        with pytest.raises(Invalid, match="has 250 characters; at most 200"):
            ingest.submit_files(session, [tmp_path / "in"], version, agent_external_id="a" * 250)
