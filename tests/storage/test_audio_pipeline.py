"""Audio through the whole pipeline: ingest -> transcribe (a real, tiny, random
Whisper checkpoint on speech made with espeak-ng) -> score, through the Celery
tasks run eagerly; a corrupt recording fails alone."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from qa_service import ingest, pipeline, scorecard_versions
from qa_service.celery_app import make_celery
from qa_service.db.models import BatchItem, CallRecord, EvaluationRecord
from qa_service.db.session import session_scope

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    from transcription.testing import Line, require_tools, synthesize_call

    missing = require_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install espeak-ng sox)")
    path = tmp_path_factory.mktemp("audio") / "support-call.wav"
    synthesize_call(path, [
        Line("agent", "Thank you for calling Acme support my name is Anna how can I help", start=0.5),
        Line("customer", "Hi Anna my card was declined this morning", after=0.6),
        Line("agent", "I am sorry to hear that let me check your account", after=0.8),
        Line("agent", "Is there anything else I can do for you today", after=1.0),
    ])
    return path


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    from transcription.testing import make_tiny_checkpoint

    return make_tiny_checkpoint(tmp_path_factory.mktemp("whisper") / "tiny-random.pt")


def test_audio_is_transcribed_scored_and_stored(settings, recording, checkpoint, tmp_path):
    corrupt = tmp_path / "corrupt.wav"
    corrupt.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really audio")
    audio_settings = settings.with_overrides(
        whisper_model=str(checkpoint), whisper_device="cpu", whisper_language="en", whisper_sample_len=8,
        task_always_eager=True,
    )
    with session_scope(audio_settings) as session:
        version = scorecard_versions.from_settings(session, audio_settings)
        batch, work = ingest.submit_files(session, [recording, corrupt], version, agent_external_id="AG-5")
        batch_id = batch.id
    assert [w.transcribe for w in work] == [True, True]
    pipeline.enqueue(make_celery(audio_settings), work)
    batch = pipeline.batch_progress(audio_settings, batch_id)
    assert (batch.scored, batch.failed, batch.status) == (1, 1, "done")
    with session_scope(audio_settings) as session:
        good = session.scalars(select(CallRecord).where(CallRecord.call_id == "support-call")).one()
        assert good.status == "scored" and good.agent.external_id == "AG-5"
        assert good.transcript.source == f"whisper:{checkpoint}"
        assert {u["speaker"] for u in good.transcript.data["utterances"]} == {"agent", "customer"}
        assert session.scalar(select(EvaluationRecord.id).where(EvaluationRecord.call_id == good.id)) is not None
        bad = session.scalars(select(CallRecord).where(CallRecord.call_id == "corrupt")).one()
        assert bad.status == "failed" and "corrupt.wav" in bad.error
        item = session.scalars(select(BatchItem).where(BatchItem.call_id == bad.id)).one()
        assert item.status == "failed" and item.error == bad.error
