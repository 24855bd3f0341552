"""Redaction on real speech: an espeak-ng stereo call in which the customer reads out a card
number, its expiry date and security code, stored through the pipeline (upload folder ->
transcribe stage with OpenAI's tiny.en -> database). The stored transcript holds [CARD], [EXPIRY]
and [CVV] and none of the digits; the stored recording is a new file in which the customer's
channel is silent where they were said (and the agent's untouched), and the uploaded original is
gone. Skips with the reason when espeak-ng/sox or the tiny.en weights are absent."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from sqlalchemy import select

from transcription.testing import Line, synthesize_script

CARD = "4379645965861682"  # Luhn-valid, no digit said twice in a row (Whisper merges "nine, nine")
SCRIPT = [
    Line("agent", "Thank you for calling Maple Ridge Bank, my name is Anna, how can I help you today?", start=0.5),
    Line("customer", "Hi, I would like to pay my bill with a card please.", after=0.6),
    Line("agent", "Of course. Can I have the long number on the front of the card?", after=0.5),
    Line("customer", "Yes, it is four three seven nine, six four five nine, six five eight six, one six eight two.",
         after=0.7),
    Line("agent", "Thank you. And the expiry date?", after=0.5),
    Line("customer", "Twelve twenty seven.", after=0.6),
    Line("agent", "And the three digits on the back of the card?", after=0.5),
    Line("customer", "Seven three one.", after=0.6),
    Line("agent", "Thank you, the payment has gone through. Have a wonderful day, goodbye.", after=0.6),
]
CARD_LINE, EXPIRY_LINE, CODE_LINE = 3, 5, 7
SILENT_RMS = 1e-3  # full scale 1.0; espeak speech is around 0.1
MIN_SILENCED = 0.8  # share of the speech of each line with a secret that must be silent on the customer's channel


@pytest.fixture(scope="module")
def model(request):
    """tiny.en in CTranslate2 format (faster-whisper) when installed, else the openai-whisper checkpoint."""
    try:
        return "faster-whisper", str(request.getfixturevalue("ct2_tiny_en"))
    except pytest.skip.Exception:
        return "openai-whisper", str(request.getfixturevalue("openai_tiny_en"))


@pytest.fixture(scope="module")
def stored(audio_tools, audio_dir, model, tmp_path_factory):
    """The call uploaded, transcribed and stored once: (settings, spoken lines, call row facts)."""
    from qa_service import ingest, pipeline, scorecard_versions
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade
    from qa_service.db.models import CallRecord
    from qa_service.db.session import forget_engines, session_scope

    spoken = synthesize_script(audio_dir / "card-call.wav", SCRIPT)
    data_dir = tmp_path_factory.mktemp("instance")
    engine, path = model
    settings = load_settings(environ={}, data_dir=str(data_dir), log_level="WARNING", whisper_model=path,
                             whisper_engine=engine, whisper_device="cpu", whisper_language="en", redact="pci")
    upgrade(settings)
    upload = data_dir / "uploads" / "batch1" / "card-call.wav"
    upload.parent.mkdir(parents=True)
    shutil.copyfile(audio_dir / "card-call.wav", upload)
    with session_scope(settings) as session:
        version = scorecard_versions.from_settings(session, settings)
        _, work = ingest.submit_files(session, [upload], version, kind="upload", settings=settings)
    assert pipeline.transcribe_stage(settings, work[0].call_id)
    with session_scope(settings) as session:
        record = session.scalars(select(CallRecord)).one()
        facts = {"audio": record.audio_path, "transcript": record.transcript.data,
                 "redactions": record.metadata_["redactions"], "upload": upload,
                 "original": str(audio_dir / "card-call.wav")}
    yield settings, spoken, facts
    forget_engines()


def test_transcript_is_redacted(stored):
    _, _, facts = stored
    text = json.dumps(facts["transcript"])
    digits = "".join(ch for ch in text if ch.isdigit())
    assert CARD not in digits and CARD[:8] not in digits and CARD[-8:] not in digits
    customer = [u["text"] for u in facts["transcript"]["utterances"] if u["speaker"] == "customer"]
    said = " ".join(customer)
    assert "[CARD]" in said and "[EXPIRY]" in said and "[CVV]" in said, customer
    words = [w["text"] for u in facts["transcript"]["utterances"] for w in u.get("words", [])]
    assert any("[CARD]" in w for w in words)
    assert not any(ch.isdigit() for u in customer for ch in u), customer
    report = facts["redactions"]
    assert report["counts"] == {"card": 1, "expiry": 1, "cvv": 1} and report["recording"] == "silenced"


def test_stored_recording_is_a_silenced_copy(stored):
    from transcription.audio import load_audio

    settings, spoken, facts = stored
    assert facts["audio"].startswith(str(settings.data_path / "recordings"))
    assert not facts["upload"].exists()  # the unredacted upload is not kept
    audio = load_audio(facts["audio"])
    original = load_audio(facts["original"])
    rate = audio.sample_rate
    agent, customer = np.asarray(audio.samples[0]), np.asarray(audio.samples[1])
    # each redacted span: silent on the customer's channel
    for item in facts["redactions"]["items"]:
        part = customer[int(item["start"] * rate):int(item["end"] * rate)]
        assert np.sqrt(np.mean(part ** 2)) < SILENT_RMS, item
    # the secrets as they were spoken (known from the script): nearly all of each line's speech is silenced
    before = np.asarray(original.samples[1])
    for line in (CARD_LINE, EXPIRY_LINE, CODE_LINE):
        s = spoken[line]
        span = slice(int(s.start * rate), int(s.end * rate))
        silenced = _silenced_share(before[span], customer[span], rate)
        assert silenced >= MIN_SILENCED, (s.text, silenced)
    # the rest of the customer's speech and all of the agent's is still there
    hi = spoken[1]
    assert np.sqrt(np.mean(customer[int(hi.start * rate):int(hi.end * rate)] ** 2)) > 10 * SILENT_RMS
    first = spoken[0]
    a = agent[int(first.start * rate):int(first.end * rate)]
    b = np.asarray(original.samples[0])[int(first.start * rate):int(first.end * rate)]
    assert abs(np.sqrt(np.mean(a ** 2)) - np.sqrt(np.mean(b ** 2))) < 0.1 * np.sqrt(np.mean(b ** 2))


def _silenced_share(before: np.ndarray, after: np.ndarray, rate: int, frame_s: float = 0.02) -> float:
    """Of the 20 ms frames with speech in ``before``, the share that are silent in ``after``."""
    n = int(frame_s * rate)
    k = min(len(before), len(after)) // n * n

    def rms(x: np.ndarray) -> np.ndarray:
        return np.sqrt(np.mean(x[:k].reshape(-1, n) ** 2, axis=1))

    voiced = rms(before) > 10 * SILENT_RMS
    return float(np.mean(rms(after)[voiced] < SILENT_RMS))


def test_transcribe_command_writes_the_redacted_call(stored, model, tmp_path, monkeypatch):
    """`qa-service transcribe` redacts before it writes the JSON, and says what it took out."""
    from qa_service.cli import main

    _, _, facts = stored
    engine, path = model
    monkeypatch.setenv("QA_WHISPER_DEVICE", "cpu")
    monkeypatch.setenv("QA_WHISPER_LANGUAGE", "en")
    assert main(["transcribe", facts["original"], "--model", path, "--engine", engine, "-o", str(tmp_path)]) == 0
    written = json.loads((tmp_path / "card-call.json").read_text())
    digits = "".join(ch for ch in json.dumps(written["utterances"]) if ch.isdigit())
    assert CARD[:8] not in digits and CARD[-8:] not in digits
    assert written["metadata"]["redactions"]["counts"] == {"card": 1, "expiry": 1, "cvv": 1}
