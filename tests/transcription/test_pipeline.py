"""Audio file in, Call out: speakers, speech intervals, words, metadata and interruptions."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from transcription.call import load_call, write_call
from transcription.diarize import FALLBACK, assign_roles
from transcription.errors import AudioError
from transcription.testing import read_wav, write_wav
from transcription.vad import merge_spans
from transcription.whisper_engine import JOIN_GAP_S, PAD_S


def test_stereo_call_shape_and_metadata(stereo_call, stereo_transcript, checkpoint):
    call = stereo_transcript
    assert call.call_id == "stereo-call"
    assert call.duration == pytest.approx(read_wav(stereo_call.path).shape[1] / 16000, abs=0.01)
    assert call.metadata == {
        "audio": str(stereo_call.path),
        "channels": "stereo",
        "channel_map": ["agent", "customer"],
        "diarization": "channel",
        "roles_estimated": False,
        "asr": {
            # a checkpoint file runs on openai-whisper, in float32 on CPU
            "engine": "openai-whisper", "model": str(checkpoint), "language": "en", "device": "cpu",
            "compute_type": "float32", "beam_size": 1, "guards": call.metadata["asr"]["guards"],
        },
    }
    assert {u.speaker for u in call.utterances} == {"agent", "customer"}
    assert [u.start for u in call.utterances] == sorted(u.start for u in call.utterances)


def test_speech_intervals_per_role(stereo_call, stereo_transcript, coverage):
    for role in ("agent", "customer"):
        truth, found = stereo_call.truth[role], stereo_transcript.speech[role]
        assert coverage(truth, found) > 0.95, role  # nearly all real speech is found...
        assert coverage(found, truth) > 0.85, role  # ...and little else


def test_words_lie_in_their_speakers_speech(stereo_transcript):
    call = stereo_transcript
    for u in call.utterances:
        assert u.words, u
        assert all(w.text in u.text for w in u.words)
        assert u.start == u.words[0].start and u.end == max(w.end for w in u.words)
        starts = [w.start for w in u.words]
        assert starts == sorted(starts)
        # the pieces Whisper heard: speech padded with the real audio around it, close speech joined
        pieces = merge_spans(call.speech[u.speaker], gap=JOIN_GAP_S + 2 * PAD_S)
        for w in u.words:
            assert any(s - PAD_S - 1e-6 <= w.start and w.end <= e + PAD_S + 1e-6 for s, e in pieces), (w, pieces)
            assert w.confidence is None or 0.0 <= w.confidence <= 1.0


def test_call_json_round_trip(stereo_transcript, tmp_path):
    path = write_call(stereo_transcript, tmp_path / "call.json")
    again = load_call(path)
    assert again.call_id == stereo_transcript.call_id
    assert len(again.utterances) == len(stereo_transcript.utterances)
    assert again.metadata == stereo_transcript.metadata
    assert again.speech["agent"][0] == pytest.approx(stereo_transcript.speech["agent"][0], abs=1e-3)


def test_ignored_channel(stereo_call, options):
    from transcription import transcribe_audio

    call = transcribe_audio(stereo_call.path, options=dataclasses.replace(options, channels=("agent", "ignore")))
    assert {u.speaker for u in call.utterances} == {"agent"}
    assert call.speech["customer"] == ()


def test_channel_map_must_fit_the_file(stereo_call, options):
    from transcription import transcribe_audio

    with pytest.raises(AudioError, match=r"stereo-call.wav: has 2 channels but the channel map 'agent' names 1"):
        transcribe_audio(stereo_call.path, options=dataclasses.replace(options, channels=("agent",)))


def test_mono_call_is_diarized_with_the_fallback_and_marked_estimated(mono_call, options, coverage):
    from transcription import transcribe_audio

    call = transcribe_audio(mono_call.path, options=options)
    meta = call.metadata
    assert meta["channels"] == "mono"
    assert meta["diarization"] == FALLBACK
    assert "pyannote" in meta["diarization_note"]  # says why pyannote was not used
    assert meta["roles_estimated"] is True
    assert meta["role_rule"] in ("greeting", "first-speaker")
    # the two voices are told apart and the first speaker is the agent
    for role in ("agent", "customer"):
        assert coverage(mono_call.truth[role], call.speech[role]) > 0.8, role
    assert {u.speaker for u in call.utterances} == {"agent", "customer"}


def test_pyannote_demanded_but_missing_is_an_error(mono_call, options):
    try:
        import pyannote.audio  # noqa: F401

        pytest.skip("pyannote.audio is installed here")
    except ImportError:
        pass
    from transcription import transcribe_audio
    from transcription.errors import ModelError

    with pytest.raises(ModelError, match="pyannote.audio is not installed"):
        transcribe_audio(mono_call.path, options=dataclasses.replace(options, diarizer="pyannote"))


def test_identical_stereo_channels_are_treated_as_mono(mono_call, options, tmp_path):
    from transcription import transcribe_audio

    mono = read_wav(mono_call.path)[0]
    path = write_wav(tmp_path / "dual-mono.wav", np.stack([mono, mono]))
    call = transcribe_audio(path, options=dataclasses.replace(options, diarizer="fallback"))
    assert call.metadata["channels"] == "mono"
    assert "same signal" in call.metadata["channels_note"]
    assert call.metadata["diarization_note"] == "the fallback was asked for (diarizer=fallback)"


def test_noise_without_speech(audio_tools, options, tmp_path):
    from transcription import transcribe_audio

    noise = np.random.default_rng(3).normal(0, 0.02, (2, 16000 * 4)).astype(np.float32)
    path = write_wav(tmp_path / "hiss.wav", noise)
    with pytest.raises(AudioError, match=r"hiss.wav: contains no speech"):
        transcribe_audio(path, options=options)


def test_roles_from_greeting_or_first_speaker():
    assert assign_roles({0: 1.0, 1: 3.0}, {0: "hello", 1: "thank you for calling Acme"}) == (
        {0: "customer", 1: "agent"}, "greeting")
    assert assign_roles({0: 1.0, 1: 3.0}, {0: "hi there", 1: "hello"}) == ({0: "agent", 1: "customer"}, "first-speaker")
    assert assign_roles({0: 2.0}, {0: ""}) == ({0: "agent"}, "first-speaker")


def test_one_voice_in_mono_is_one_speaker(audio_tools, options, tmp_path):
    from transcription import transcribe_audio
    from transcription.testing import Line, synthesize_call

    path = tmp_path / "voicemail.wav"
    synthesize_call(path, [
        Line("customer", "Hi this is Bob calling about my bill", start=0.5),
        Line("customer", "I was charged twice for my subscription this month", after=1.2),
        Line("customer", "Please call me back on my mobile number", after=1.0),
    ], channels=("mono",))
    call = transcribe_audio(path, options=options)
    assert "only one speaker was found" in call.metadata["diarization_note"]
    assert {u.speaker for u in call.utterances} == {"agent"}  # the one speaker speaks first
    assert call.speech["customer"] == ()


def test_pyannote_path_when_installed(mono_call, options, monkeypatch, coverage):
    """pyannote.audio needs torchaudio, which this project may not install: a stand-in
    pipeline returning the true turns checks everything around it."""
    import sys
    import types

    from transcription import diarize as diarize_module
    from transcription import transcribe_audio

    class Segment:
        def __init__(self, start, end):
            self.start, self.end = start, end

    class Annotation:
        def itertracks(self, yield_label=False):
            for label, role in (("SPEAKER_01", "customer"), ("SPEAKER_00", "agent")):
                for s, e in mono_call.truth[role]:
                    yield Segment(s, e), None, label

    seen = {}

    class Pipeline:
        @classmethod
        def from_pretrained(cls, name):
            seen["model"] = name
            return cls()

        def __call__(self, audio, **kw):
            seen["audio"], seen["kw"] = audio, kw
            return Annotation()

    fake = types.ModuleType("pyannote.audio")
    fake.Pipeline = Pipeline
    monkeypatch.setitem(sys.modules, "pyannote", types.ModuleType("pyannote"))
    monkeypatch.setitem(sys.modules, "pyannote.audio", fake)
    monkeypatch.setattr(diarize_module, "_PIPELINES", {})

    call = transcribe_audio(mono_call.path, options=dataclasses.replace(options, diarization_model="my/pipeline"))
    assert seen["model"] == "my/pipeline"
    assert seen["audio"]["sample_rate"] == 16000 and seen["audio"]["waveform"].shape[0] == 1
    assert call.metadata["diarization"] == "pyannote"
    assert call.metadata["roles_estimated"] is True
    # SPEAKER_01 is listed first but the agent speaks first: roles follow the speech, not the labels
    for role in ("agent", "customer"):
        assert coverage(mono_call.truth[role], call.speech[role]) > 0.9, role
