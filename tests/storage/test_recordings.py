"""Recordings beside transcripts, and recordings sent again after a failed transcription."""

from __future__ import annotations

import json

from sqlalchemy import select

from qa_service import ingest, scorecard_versions
from qa_service.db.models import CallRecord
from qa_service.db.session import session_scope
from qa_service.samples import SAMPLES_DIR, install_samples, sample_paths


def test_transcript_with_a_recording_beside_it_is_one_call(settings, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    src = sample_paths()[0]
    (folder / src.name).write_text(src.read_text())
    (folder / src.with_suffix(".ogg").name).write_bytes(b"OggS fake audio: never decoded, the transcript exists")
    with session_scope(settings) as session:
        version = scorecard_versions.from_settings(session, settings)
        batch, work = ingest.submit_files(session, [folder], version)
        assert [w.transcribe for w in work] == [False]  # the transcript is scored, the audio only played
        record = session.scalars(select(CallRecord)).one()
        assert record.audio_path == str((folder / src.with_suffix(".ogg").name).resolve())
        assert record.call_id == json.loads(src.read_text())["call_id"]


def test_failed_recording_sent_again_is_transcribed_again(settings, tmp_path):
    rec = tmp_path / "call-7.wav"
    rec.write_bytes(b"RIFF....WAVE")
    with session_scope(settings) as session:
        version = scorecard_versions.from_settings(session, settings)
        _, work = ingest.submit_files(session, [rec], version)
        record = session.scalars(select(CallRecord)).one()
        record.status, record.error = "failed", "call-7.wav: the Whisper model could not be loaded"
    with session_scope(settings) as session:
        version = scorecard_versions.from_settings(session, settings)
        batch, work = ingest.submit_files(session, [rec], version)
        assert [w.transcribe for w in work] == [True]
        record = session.scalars(select(CallRecord)).one()
        assert (record.status, record.error) == ("registered", None)


def test_bundled_samples_come_with_their_recordings(tmp_path):
    recordings = sorted(SAMPLES_DIR.glob("*.ogg"))
    assert [p.stem for p in recordings] == [p.stem for p in sample_paths()]
    folder = install_samples(tmp_path)
    assert sorted(p.name for p in folder.glob("*.ogg")) == [p.name for p in recordings]
