"""The pipeline stages in one process: registration, scoring, failures, idempotency, rescoring."""

from __future__ import annotations

import json
import logging

import pytest
from sqlalchemy import func, select

from qa_service import call_list, ingest, pipeline, publishing, scorecard_versions
from qa_service.errors import NotFound
from qa_service.db.models import Batch, BatchItem, CallRecord, EvaluationRecord, ScorecardVersion
from qa_service.db.session import session_scope


def _submit(settings, paths, **kw):
    with session_scope(settings) as session:
        version = scorecard_versions.from_settings(session, settings, kw.pop("scorecard", None))
        batch, work = ingest.submit_files(session, paths, version, **kw)
        return batch.id, work


def _run(settings, work):
    out = []
    for w in work:
        out += pipeline.score_stage(settings, w.version_id, [(w.call_id, w.item_id)])
    return out


def _items(settings, batch_id):
    with session_scope(settings) as session:
        rows = session.scalars(select(BatchItem).where(BatchItem.batch_id == batch_id).order_by(BatchItem.id))
        return [(r.source, r.status, r.error) for r in rows]


def test_batch_scores_good_calls_and_fails_corrupt_ones_alone(settings, factories, tmp_path):
    calls = factories.write_calls(tmp_path / "in", 3)
    (tmp_path / "in" / "broken.json").write_text('{"call_id": "x", "utterances": [', encoding="utf-8")
    (tmp_path / "in" / "no-utterances.json").write_text(json.dumps({"call_id": "y"}), encoding="utf-8")
    batch_id, work = _submit(settings, [tmp_path / "in", tmp_path / "missing.json"])
    assert len(work) == 3
    assert _run(settings, work) == ["scored"] * 3
    batch = pipeline.batch_progress(settings, batch_id)
    assert (batch.total, batch.scored, batch.failed, batch.skipped, batch.status) == (6, 3, 3, 0, "done")
    with session_scope(settings) as session:
        # the last worker closed the stored batch row too, with its final counts
        stored = session.execute(select(Batch.status, Batch.scored, Batch.failed).where(Batch.id == batch_id)).one()
        assert tuple(stored) == ("done", 3, 3)
    reasons = {src: err for src, status, err in _items(settings, batch_id) if status == "failed"}
    assert "is not valid JSON" in reasons[str(tmp_path / "in" / "broken.json")]
    assert "utterances" in reasons[str(tmp_path / "in" / "no-utterances.json")]
    assert "no such file" in reasons[str(tmp_path / "missing.json")]
    with session_scope(settings) as session:
        statuses = dict(session.execute(select(CallRecord.call_id, CallRecord.status)).all())
        assert statuses == {"call-00000": "scored", "call-00001": "scored", "call-00002": "scored",
                            "broken": "failed", "no-utterances": "failed"}
        assert session.scalar(select(CallRecord.error).where(CallRecord.call_id == "broken")).startswith(
            str(tmp_path / "in" / "broken.json"))
    assert calls[0].exists()


def test_resubmitting_skips_stored_calls_and_stages_are_idempotent(settings, factories, tmp_path):
    factories.write_calls(tmp_path / "in", 2)
    _, work = _submit(settings, [tmp_path / "in"])
    assert _run(settings, work) == ["scored", "scored"]
    # a redelivered task writes nothing
    assert _run(settings, work) == ["exists", "exists"]
    batch_id, again = _submit(settings, [tmp_path / "in"])
    assert again == []
    assert [s for _, s, _ in _items(settings, batch_id)] == ["skipped", "skipped"]
    assert pipeline.batch_progress(settings, batch_id).status == "done"
    with session_scope(settings) as session:
        assert session.scalar(select(func.count()).select_from(CallRecord)) == 2
        assert session.scalar(select(func.count()).select_from(EvaluationRecord)) == 2


def test_missing_rows_are_logged_and_skipped(settings, caplog):
    with caplog.at_level(logging.WARNING, logger="qa_service.pipeline"):
        assert pipeline.score_stage(settings, 999, [(999, None)]) == ["missing"]
        assert pipeline.transcribe_stage(settings, 999) is False
    assert "no longer exists" in caplog.text


def test_scoring_error_is_recorded_on_the_call(settings, factories, tmp_path):
    factories.write_calls(tmp_path / "in", 2)
    _, work = _submit(settings, [tmp_path / "in"])
    with session_scope(settings) as session:
        # a stored scorecard whose content no longer matches its hash cannot be used
        version = session.get(ScorecardVersion, work[0].version_id)
        version.yaml_text = version.yaml_text.replace("pass_mark:", "pass_mark: 1 #", 1)
    scorecard_versions._parse_stored_scorecard.cache_clear()
    assert _run(settings, work) == ["failed", "failed"]
    with session_scope(settings) as session:
        errors = session.scalars(select(CallRecord.error)).all()
        assert all(f"stored scorecard default v{factories.bundled_version()}" in e for e in errors)


def test_audio_without_a_transcript_waits_for_transcription(settings, tmp_path):
    audio = tmp_path / "in" / "call.wav"
    audio.parent.mkdir()
    audio.write_bytes(b"RIFF not really audio")
    _, work = _submit(settings, [audio], agent_external_id="AG-9")
    assert len(work) == 1 and work[0].transcribe
    with session_scope(settings) as session:
        record = session.get(CallRecord, work[0].call_id)
        assert (record.status, record.call_id, record.agent.external_id) == ("registered", "call", "AG-9")
        assert record.audio_path == str(audio.resolve())


def test_rescore_with_new_version_keeps_old_evaluations(settings, factories, tmp_path):
    factories.write_calls(tmp_path / "in", 3)
    _, work = _submit(settings, [tmp_path / "in"])
    _run(settings, work)
    cards = tmp_path / "cards"
    cards.mkdir()
    n = factories.bundled_version()
    (cards / "default.yaml").write_text(factories.changed_scorecard(n + 1).to_yaml(), encoding="utf-8")
    s2 = settings.with_overrides(scorecards_dir=str(cards))
    with session_scope(s2) as session:
        v2 = scorecard_versions.from_settings(session, s2, "default")
        batch, work2 = publishing.queue_rescore(session, v2)
        assert v2.version == n + 1 and len(work2) == 3
    assert _run(s2, work2) == ["scored"] * 3
    with session_scope(s2) as session:
        per_call = session.execute(select(EvaluationRecord.call_id, func.count()).group_by(EvaluationRecord.call_id)).all()
        assert sorted(n for _, n in per_call) == [2, 2, 2]
        # the workers' evaluations with v2 took over as current; the v1 ones are history
        current = session.scalars(call_list.evaluations_query()).all()
        assert len(current) == 3 and {e.scorecard_version_id for e in current} == {v2.id}
        # nothing left to rescore with v2
        _, none_left = publishing.queue_rescore(session, session.merge(v2))
        assert none_left == []
        with pytest.raises(NotFound, match=f"stored versions: default v{n}, default v{n + 1}"):
            scorecard_versions.stored_version(session, "default", 7)


def test_tasks_run_eagerly_without_a_worker(settings, factories, tmp_path):
    from qa_service.celery_app import make_celery

    factories.write_calls(tmp_path / "in", 2)
    batch_id, work = _submit(settings, [tmp_path / "in"])
    app = make_celery(settings.with_overrides(task_always_eager=True))
    assert pipeline.enqueue(app, work) == 2
    batch = pipeline.wait_for_batch(settings, batch_id, timeout=5)
    assert (batch.scored, batch.status) == (2, "done")
    # requeueing a finished batch sends nothing
    assert pipeline.requeue_unfinished(settings, app=app) == 0


def test_the_ingest_task_stores_a_file_as_a_batch_and_scores_it(settings, factories, tmp_path):
    from qa_service.celery_app import make_celery

    (path,) = factories.write_calls(tmp_path / "in", 1)
    with session_scope(settings) as session:
        version_id = scorecard_versions.from_settings(session, settings, None).id
    app = make_celery(settings.with_overrides(task_always_eager=True))
    batch_id = app.tasks["qa.ingest"].apply(args=[str(path), version_id]).get()
    batch = pipeline.wait_for_batch(settings, batch_id, timeout=5)
    assert (batch.scored, batch.status) == (1, "done")
    assert app.tasks["qa.ingest"].apply(args=[str(path), 10**6]).get() == 0  # a version gone: skipped


def test_a_chunk_stores_together_and_each_call_ends_on_its_own(settings, factories, tmp_path):
    factories.write_calls(tmp_path / "in", 4)
    _, work = _submit(settings, [tmp_path / "in"])
    version_id = work[0].version_id
    # one call already scored (a redelivered chunk), one deleted, one without a transcript
    assert pipeline.score_stage(settings, version_id, [(work[0].call_id, work[0].item_id)]) == ["scored"]
    with session_scope(settings) as session:
        session.delete(session.get(CallRecord, work[1].call_id))
        session.get(CallRecord, work[2].call_id).transcript = None
    chunk = [(w.call_id, w.item_id) for w in work]
    assert pipeline.score_stage(settings, version_id, chunk) == ["exists", "missing", "failed", "scored"]
    with session_scope(settings) as session:
        assert session.get(CallRecord, work[2].call_id).error.endswith("has no transcript yet; transcribe it first")
        assert session.scalar(select(func.count()).select_from(EvaluationRecord)) == 2


def test_enqueue_cuts_batches_into_chunks(settings, factories, tmp_path):
    from qa_service.celery_app import make_celery

    factories.write_calls(tmp_path / "in", 5)
    batch_id, work = _submit(settings, [tmp_path / "in"])
    app = make_celery(settings.with_overrides(task_always_eager=True))
    assert pipeline.enqueue(app, work, chunk_size=3) == 2
    assert pipeline.batch_progress(settings, batch_id).scored == 5
    assert pipeline.chunk_size_for(2000) == pipeline.SCORE_CHUNK_MAX
    assert pipeline.chunk_size_for(6) == 1


def test_unfinished_work_is_what_a_resume_sends(settings, factories, tmp_path):
    factories.write_calls(tmp_path / "in", 3)
    batch_id, work = _submit(settings, [tmp_path / "in"])
    assert pipeline.unfinished_work(settings, batch_id=batch_id) == work
    _run(settings, work[:2])
    assert pipeline.unfinished_work(settings) == work[2:]
    _run(settings, work[2:])
    assert pipeline.unfinished_work(settings, batch_id=batch_id) == []
    with pytest.raises(Exception, match="batch #999 does not exist"):
        pipeline.unfinished_work(settings, batch_id=999)


def test_batch_command_needs_paths_or_resume(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from qa_service.cli import cli

    monkeypatch.setenv("QA_DATA_DIR", str(tmp_path))
    result = CliRunner().invoke(cli, ["batch"])
    assert result.exit_code != 0 and "--resume BATCH_ID" in result.output
