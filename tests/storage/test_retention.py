"""The retention policy (days per kind of data) on SQLite and PostgreSQL: what goes, what stays,
a dry run that changes nothing, the audit entry, the Celery task and the CLI."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from click.testing import CliRunner
from sqlalchemy import func, select

from qa_service import reviews
from qa_service.db.models import AuditEntry, CallRecord, CoachingNote, EvaluationRecord, Override, Transcript
from qa_service.db.session import session_scope
from qa_service.retention import run_retention

NOW = datetime.now(timezone.utc)  # the CLI runs on the real clock


def _count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def _calls(settings, factories, tmp_path) -> dict[str, int]:
    """An old call (200 days) and a recent one (10 days), both scored, reviewed, with a recording in data_dir."""
    ids = {}
    with session_scope(settings) as s:
        for name, age in (("old", 200), ("new", 10)):
            evaluation = factories.make_evaluation(s, factories.make_call(s, call_id=name))
            record = evaluation.call
            record.dated_at = NOW - timedelta(days=age)
            audio = settings.data_path / "recordings" / f"{name}.ogg"
            audio.parent.mkdir(parents=True, exist_ok=True)
            audio.write_bytes(b"OggS recording")
            record.audio_path = str(audio)
            criterion = evaluation.criteria[0].criterion_id
            reviews.override(s, evaluation, criterion, "na", reason="not applicable here", user=None)
            reviews.add_note(s, record, "well done", time_seconds=1.0, author=None, evaluation=evaluation)
            s.flush()
            ids[name] = record.id
    return ids


def test_each_kind_goes_after_its_days(settings, factories, tmp_path):
    ids = _calls(settings, factories, tmp_path)
    policy = settings.with_overrides(retention_recordings_days=30, retention_transcripts_days=90,
                                     retention_evaluations_days=365)
    with session_scope(policy) as s:
        result = run_retention(s, policy, now=NOW)
    assert (result.recordings, result.transcripts, result.evaluations, result.calls) == ([ids["old"]], [ids["old"]], [], [])
    assert result.recording_files == 1
    assert not (settings.data_path / "recordings" / "old.ogg").exists()
    assert (settings.data_path / "recordings" / "new.ogg").exists()
    with session_scope(settings) as s:
        old, new = s.get(CallRecord, ids["old"]), s.get(CallRecord, ids["new"])
        assert old.audio_path is None and old.transcript is None and len(old.evaluations) == 1
        assert new.audio_path and new.transcript is not None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "retention.run")).one()
        assert entry.details["recordings"] == 1 and entry.details["transcripts"] == 1
    # a year later the evaluations go too, and the old call, with nothing left, is deleted
    later = settings.with_overrides(retention_evaluations_days=100)
    with session_scope(later) as s:
        result = run_retention(s, later, now=NOW)
    assert result.evaluations == [ids["old"]] and result.calls == [ids["old"]]
    with session_scope(settings) as s:
        assert s.get(CallRecord, ids["old"]) is None
        assert _count(s, EvaluationRecord, EvaluationRecord.call_id == ids["old"]) == 0
        assert _count(s, CoachingNote, CoachingNote.call_id == ids["old"]) == 0
        assert _count(s, Override) == 1  # the recent call's
        assert s.get(CallRecord, ids["new"]) is not None and _count(s, Transcript) == 1


def test_dry_run_changes_nothing(settings, factories, tmp_path):
    ids = _calls(settings, factories, tmp_path)
    policy = settings.with_overrides(retention_recordings_days=1, retention_transcripts_days=1,
                                     retention_evaluations_days=1)
    with session_scope(policy) as s:
        result = run_retention(s, policy, dry_run=True, now=NOW)
        s.rollback()
    assert sorted(result.calls) == sorted(ids.values())
    assert "would" in result.summary()
    with session_scope(settings) as s:
        assert _count(s, CallRecord) == 2 and _count(s, Transcript) == 2 and _count(s, AuditEntry,
                                                                                  AuditEntry.action == "retention.run") == 0
    assert (settings.data_path / "recordings" / "old.ogg").exists()


def test_zero_days_keeps_everything(settings, factories, tmp_path):
    _calls(settings, factories, tmp_path)
    with session_scope(settings) as s:
        result = run_retention(s, settings, now=NOW)
    assert result.counts() == {"recordings": 0, "transcripts": 0, "evaluations": 0, "calls": 0, "recording_files": 0}
    assert "no retention days set" in result.summary()


def test_the_task_and_the_beat_schedule(settings, factories, tmp_path):
    from qa_service.celery_app import celery_config, make_celery

    ids = _calls(settings, factories, tmp_path)
    assert "retention" not in celery_config(settings)["beat_schedule"]
    policy = settings.with_overrides(retention_transcripts_days=30, task_always_eager=True, retention_interval_s=600)
    assert celery_config(policy)["beat_schedule"]["retention"] == {"task": "qa.retention", "schedule": 600}
    app = make_celery(policy)
    counts = app.tasks["qa.retention"].apply().get()
    assert counts["transcripts"] == 1
    with session_scope(settings) as s:
        assert s.get(CallRecord, ids["old"]).transcript is None


def test_cli_dry_run_then_run(settings, factories, tmp_path):
    from qa_service.cli import cli

    ids = _calls(settings, factories, tmp_path)
    env = {"QA_DATA_DIR": settings.data_dir, "QA_DATABASE_URL": settings.effective_database_url,
           "QA_RETENTION_RECORDINGS_DAYS": "30"}
    dry = CliRunner().invoke(cli, ["retention", "run", "--dry-run"], env=env)
    assert dry.exit_code == 0, dry.output
    assert "would remove" in dry.output and f"#{ids['old']}" in dry.output
    assert (settings.data_path / "recordings" / "old.ogg").exists()
    done = CliRunner().invoke(cli, ["retention", "run"], env=env)
    assert done.exit_code == 0 and "removed: 1 call(s)' recordings" in done.output, done.output
    assert not (settings.data_path / "recordings" / "old.ogg").exists()


def test_a_call_deleted_while_it_was_transcribed_leaves_no_silenced_copy(settings, factories, tmp_path, monkeypatch):
    """The transcribe stage redacts (and writes the silenced copy) before storing; when the call was
    deleted meanwhile, the copy goes too."""
    import wave

    import numpy as np

    from qa_service import calls, pipeline, retention
    from transcription.call import Call, Utterance, Word

    wav = tmp_path / "pay.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((np.sin(np.arange(16000 * 6) / 5.0)[:, None].repeat(2, 1) * 8000).astype("<i2").tobytes())
    said = "card 4111 1111 1111 1111"
    words = tuple(Word((" " if i else "") + t, 1.0 + i * 0.5, 1.5 + i * 0.5) for i, t in enumerate(said.split()))
    heard = Call("pay", (Utterance("customer", 1.0, 3.5, said, words),), metadata={"channel_map": ["agent", "customer"]})
    with session_scope(settings) as s:
        record, _ = calls.register_call(s, content_hash="d" * 64, call_id="pay", audio_path=str(wav))
        pk = record.id

    def transcribe_then_lose_the_call(path, options):  # noqa: ANN001, ARG001
        with session_scope(settings) as s:
            retention.delete_call(s, s.get(CallRecord, pk), settings=settings)
        return heard

    # Whisper itself is not what is tested here: the stage gets the transcript it would have made
    monkeypatch.setattr("transcription.transcribe_audio", transcribe_then_lose_the_call)
    assert pipeline.transcribe_stage(settings, pk) is False
    assert not list((settings.data_path / "recordings").glob("*.ogg"))
    assert wav.exists()  # the file outside data_dir is never touched
