"""The per-recording transcription time limit (QA_TRANSCRIBE_TIME_LIMIT) holds in every worker pool, the
embedded solo pool included (it ignores Celery's soft_time_limit): a recording past the limit is stopped
and failed with a message naming the limit and the setting, the other calls of the batch are scored, and
the next recording gets a fresh transcription process.

Real audio (espeak-ng) and a real, tiny, random Whisper checkpoint; a ten-minute recording takes far longer
than the limit of a second to transcribe on any machine (a seven-second one already takes most of it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.slow

CLI = str(Path(sys.executable).with_name("qa-service"))
LIMIT_S = 1.0
LONG_RECORDING_S = 600


@pytest.fixture(scope="module")
def recordings(tmp_path_factory):
    """A short two-speaker recording and a long one (the short one said over and over)."""
    from transcription.testing import Line, read_wav, require_tools, synthesize_call, write_wav

    missing = require_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install espeak-ng sox)")
    folder = tmp_path_factory.mktemp("audio")
    short = folder / "short-call.wav"
    synthesize_call(short, [
        Line("agent", "Thank you for calling Acme support my name is Anna how can I help", start=0.5),
        Line("customer", "Hi Anna my card was declined this morning", after=0.6),
    ])
    samples = read_wav(short)  # (channels, samples)
    repeats = int(np.ceil(LONG_RECORDING_S * 16000 / samples.shape[1]))
    long = write_wav(folder / "long-call.wav", np.concatenate([samples] * repeats, axis=1))
    return short, long


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    from transcription.testing import make_tiny_checkpoint

    return make_tiny_checkpoint(tmp_path_factory.mktemp("whisper") / "tiny-random.pt")


def test_the_embedded_solo_worker_stops_a_recording_past_the_limit(tmp_path, recordings, checkpoint, factories):
    """`qa-service batch --wait` runs the embedded worker with the solo pool: the long recording fails
    alone, named, and the batch finishes instead of holding the only worker."""
    _, long = recordings
    folder = tmp_path / "in"
    factories.write_calls(folder, 1)
    shutil.copy(long, folder / long.name)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(QA_DATA_DIR=str(tmp_path / "instance"), QA_LOG_LEVEL="WARNING", QA_TRANSCRIBE_TIME_LIMIT=str(LIMIT_S),
               QA_WHISPER_MODEL=str(checkpoint), QA_WHISPER_DEVICE="cpu", QA_WHISPER_LANGUAGE="en",
               QA_WHISPER_SAMPLE_LEN="8")
    done = subprocess.run([CLI, "batch", str(folder), "--wait"], env=env, capture_output=True, text=True,
                          timeout=600)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "2 call(s): 1 scored, 1 failed, 0 skipped" in done.stdout, output
    assert "long-call" in done.stdout, output
    assert f"limit of {LIMIT_S:g} s per recording (QA_TRANSCRIBE_TIME_LIMIT)" in done.stdout, output


def test_after_a_timeout_the_next_recording_gets_a_fresh_process(recordings, checkpoint):
    from qa_service.time_limit import LimitedProcess, TimeLimitExceeded
    from transcription.options import TranscribeOptions

    short, long = recordings
    options = TranscribeOptions(model=str(checkpoint), device="cpu", language="en", sample_len=8)
    process = LimitedProcess("transcribe", LIMIT_S)
    try:
        with pytest.raises(TimeLimitExceeded, match=r"call 'long-call': transcription took longer than the limit "
                           r"of 1 s per recording \(QA_TRANSCRIBE_TIME_LIMIT\) and was stopped"):
            process.run((str(long), options), label="call 'long-call'")
        process.limit_s = 900.0  # the same process object, a fresh child: the short one is transcribed
        call = process.run((str(short), options), label="call 'short-call'")
        assert call.call_id == "short-call" and {u.speaker for u in call.utterances} == {"agent", "customer"}
    finally:
        process.close()


def test_an_unreadable_recording_keeps_its_error(tmp_path, checkpoint):
    """The child's error comes back as the shared error class with its message (here: the audio's)."""
    from qa_service.time_limit import LimitedProcess
    from transcription.errors import AudioError
    from transcription.options import TranscribeOptions

    corrupt = tmp_path / "corrupt.wav"
    corrupt.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really audio")
    process = LimitedProcess("transcribe", 300.0)
    try:
        with pytest.raises(AudioError, match="corrupt.wav"):
            process.run((str(corrupt), TranscribeOptions(model=str(checkpoint), device="cpu")), label="call 'corrupt'")
    finally:
        process.close()
