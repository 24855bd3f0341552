"""The Whisper engines, windows, guards and model loading with a real (tiny, random) checkpoint."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from transcription.errors import AudioError, ConfigError, ModelError
from transcription.options import TranscribeOptions, parse_channel_map
from transcription.whisper_engine import (
    JOIN_GAP_S,
    WINDOW_S,
    Stream,
    _failed,
    _silence,
    plan_windows,
    window_audio,
)
from transcription.whisper_models import load_whisper_model


def test_windows_hold_at_most_30_seconds_and_map_back_to_call_time():
    samples = np.zeros(16000 * 200, dtype=np.float32)
    spans = tuple((float(t), t + 4.0) for t in range(0, 180, 6))  # 30 stretches of 4 s speech
    windows = plan_windows([Stream(samples, spans)])
    assert len(windows) > 1
    for w in windows:
        assert w.length <= WINDOW_S
        assert len(window_audio(w, samples)) == pytest.approx(w.length * 16000, abs=2 * len(w.pieces))
        for p in w.pieces:
            assert w.to_call_time(p.offset + 1.0) == pytest.approx(p.start + 1.0)
    # every second of speech is in exactly one window
    covered = sorted((p.start, p.end) for w in windows for p in w.pieces)
    assert covered == [(s, e) for s, e in spans]


def test_close_speech_is_one_piece_and_long_speech_is_cut():
    samples = np.zeros(16000 * 100, dtype=np.float32)
    close = ((1.0, 2.0), (2.0 + JOIN_GAP_S / 2, 4.0))
    (w,) = plan_windows([Stream(samples, close)])
    assert [(p.start, p.end) for p in w.pieces] == [(1.0, 4.0)]
    windows = plan_windows([Stream(samples, ((0.0, 70.0),))])
    assert [round(p.end - p.start, 3) for w in windows for p in w.pieces] == [30.0, 30.0, 10.0]


def _result(**kw):
    import torch
    import whisper

    base = dict(audio_features=torch.zeros(1), language="en", text="hello", avg_logprob=-0.2,
                no_speech_prob=0.01, compression_ratio=1.2)
    return whisper.DecodingResult(**(base | kw))


def test_guards():
    o = TranscribeOptions()
    assert not _failed(_result(), o)
    assert _failed(_result(compression_ratio=3.1), o)  # repetition loop
    assert _failed(_result(avg_logprob=-1.5), o)  # unsure: try a higher temperature
    # unsure and probably no speech: silence, not a failure to retry
    assert not _failed(_result(avg_logprob=-1.5, no_speech_prob=0.9), o)
    assert _silence(_result(avg_logprob=-1.5, no_speech_prob=0.9), o)
    assert not _silence(_result(avg_logprob=-0.3, no_speech_prob=0.9), o)  # confident speech stays
    off = dataclasses.replace(o, compression_ratio_threshold=None, logprob_threshold=None)
    assert not _failed(_result(compression_ratio=9.0, avg_logprob=-5.0), off)


def test_repetition_loops_are_dropped(stereo_call, options):
    from transcription import transcribe_audio

    strict = dataclasses.replace(options, compression_ratio_threshold=0.01, temperatures=(0.0, 0.5))
    with pytest.raises(AudioError, match=r"no words.*dropped_repetition") as info:
        transcribe_audio(stereo_call.path, options=strict)
    assert str(stereo_call.path) in str(info.value)


def test_hallucinations_on_non_speech_are_dropped(stereo_call, options):
    from transcription import transcribe_audio

    # every window now looks like non-speech (no-speech prob > 0, log-prob < 0)
    paranoid = dataclasses.replace(options, no_speech_threshold=0.0, logprob_threshold=0.0)
    with pytest.raises(AudioError, match=r"no words.*'dropped_no_speech': [1-9]"):
        transcribe_audio(stereo_call.path, options=paranoid)


def test_low_confidence_windows_are_decoded_again(stereo_transcript):
    guards = stereo_transcript.metadata["asr"]["guards"]
    # a random model is never confident: each window went on to temperature 1.0
    assert guards["windows"] >= 2
    assert guards["redecoded"] == guards["windows"]


def test_reference_engine(stereo_call, options):
    from transcription import transcribe_audio

    # one temperature: the random model's timestamps make whisper.transcribe take many short steps
    reference = dataclasses.replace(options, engine="reference", temperatures=(0.0,))
    call = transcribe_audio(stereo_call.path, options=reference)
    assert call.metadata["asr"]["engine"] == "reference"
    assert call.utterances
    assert {u.speaker for u in call.utterances} <= {"agent", "customer"}
    assert call.speech["agent"] and call.speech["customer"]


def test_language_is_detected_when_not_given(stereo_call, options):
    import whisper

    from transcription import transcribe_audio

    call = transcribe_audio(stereo_call.path, options=dataclasses.replace(options, language=None))
    assert call.metadata["asr"]["language"] in whisper.tokenizer.LANGUAGES


def test_models_are_cached_per_process(checkpoint):
    assert load_whisper_model(str(checkpoint), device="cpu") is load_whisper_model(str(checkpoint), device="cpu")


def test_unknown_model_name(tmp_path):
    with pytest.raises(ModelError, match=r"'no-such-model' is neither a model name \(.*large-v3.*nor an existing checkpoint"):
        load_whisper_model("no-such-model", device="cpu")


def test_broken_checkpoint(tmp_path):
    bad = tmp_path / "broken.pt"
    bad.write_bytes(b"not a torch file")
    with pytest.raises(ModelError, match=r"broken.pt cannot be loaded.*dims"):
        load_whisper_model(str(bad), device="cpu")


def test_option_validation():
    with pytest.raises(ConfigError, match="engine 'fast' is not one of batched, reference"):
        TranscribeOptions(engine="fast")
    with pytest.raises(ConfigError, match="device 'gpu'"):
        TranscribeOptions(device="gpu")
    with pytest.raises(ConfigError, match="'boss' is not a role; use one of agent, customer, ignore"):
        parse_channel_map("agent,boss")
    with pytest.raises(ConfigError, match="names 'agent' twice"):
        parse_channel_map("agent,agent")
    assert parse_channel_map(" Customer, agent ") == ("customer", "agent")
    assert TranscribeOptions(channels="customer,agent").channels == ("customer", "agent")

