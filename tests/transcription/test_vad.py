"""silero-vad (faster-whisper's ONNX model) on real speech: intervals where the speech really is."""

from __future__ import annotations

import numpy as np
import pytest

from transcription.audio import load_audio
from transcription.vad import VadOptions, detect_speech, load_vad_model, merge_spans, speech_from_probabilities

TOLERANCE_S = 0.25  # VAD padding and word onsets make edges a little fuzzy


def test_speech_intervals_match_the_script(stereo_call):
    audio = load_audio(stereo_call.path)
    found = detect_speech(audio.samples)
    for channel, role in enumerate(("agent", "customer")):
        truth = merge_spans(stereo_call.truth[role], gap=0.3)
        spans = merge_spans(found[channel], gap=0.3)
        assert len(spans) == len(truth), (role, spans, truth)
        for (s, e), (ts, te) in zip(spans, truth):
            assert abs(s - ts) < TOLERANCE_S, (role, s, ts)
            assert abs(e - te) < TOLERANCE_S, (role, e, te)


def test_silence_has_no_speech(stereo_call):
    audio = load_audio(stereo_call.path)
    spans = detect_speech(audio.samples)
    # the 6 s pause after the first exchange holds no speech on either channel
    first_gap_start = max(stereo_call.truth["agent"][0][1], stereo_call.truth["customer"][0][1])
    for channel in spans:
        assert not [sp for sp in channel if sp[0] < first_gap_start + 5.5 and sp[1] > first_gap_start + 0.5]


def test_blocks_give_the_probabilities_of_one_pass(stereo_call, monkeypatch):
    """A channel read in blocks, the recurrent state carried across, scores every frame as silero-vad's
    own PyTorch model does in one pass over the whole channel."""
    from transcription import vad

    audio = load_audio(stereo_call.path)
    whole = vad.speech_probabilities(audio.samples)
    monkeypatch.setattr(vad, "BLOCK_FRAMES", 37)
    blocks = vad.speech_probabilities(audio.samples)
    np.testing.assert_allclose(blocks, whole, atol=1e-5)
    assert whole.shape == (2, -(-audio.samples.shape[1] // 512))
    if load_vad_model().name != "silero-vad":
        pytest.skip("silero-vad >= 6.2 is not installed: faster-whisper's older model runs instead")
    import torch
    from silero_vad import load_silero_vad

    reference = load_silero_vad()
    with torch.inference_mode():
        for channel, row in zip(audio.samples, blocks):
            one_pass = reference.audio_forward(torch.from_numpy(np.ascontiguousarray(channel))[None], 16000)[0]
            np.testing.assert_allclose(row, one_pass.numpy(), atol=1e-4)


FRAME = 512  # samples per VAD frame
PAD = 480  # samples of the default 30 ms padding


def _frames(*runs: tuple[int, float]) -> np.ndarray:
    """Per-frame probabilities from (frames, probability) runs."""
    return np.concatenate([np.full(k, p, np.float32) for k, p in runs])


def test_speech_rules_on_probabilities():
    """silero-vad's rules: short blips are dropped, short pauses stay inside speech, edges are padded."""
    options = VadOptions()  # threshold 0.5, speech >= 250 ms, pauses >= 200 ms, 30 ms padding
    # a 128 ms blip (dropped), 62 frames of speech, a 128 ms pause (kept inside), 31 frames of speech
    probs = _frames((31, 0.1), (4, 0.9), (31, 0.1), (62, 0.9), (4, 0.1), (31, 0.9), (31, 0.1))
    assert speech_from_probabilities(probs, len(probs) * FRAME, options) == [(66 * FRAME - PAD, 163 * FRAME + PAD)]
    # between the two thresholds (0.35-0.5) speech goes on once started, but does not start
    probs = _frames((31, 0.1), (31, 0.4), (31, 0.9), (31, 0.4), (31, 0.1))
    assert speech_from_probabilities(probs, len(probs) * FRAME, options) == [(62 * FRAME - PAD, 124 * FRAME + PAD)]
    # speech running to the end of the recording ends there
    probs = _frames((31, 0.1), (31, 0.9))
    assert speech_from_probabilities(probs, 62 * FRAME - 100, options) == [(31 * FRAME - PAD, 62 * FRAME - 100)]


def test_long_speech_is_cut_at_its_longest_pause():
    options = VadOptions(max_speech_s=10.0, min_silence_ms=500)
    # 15 s of speech with pauses too short to end it: 384 ms after 6 s, 288 ms after 9 s
    probs = _frames((188, 0.9), (12, 0.1), (94, 0.9), (9, 0.1), (188, 0.9), (31, 0.1))
    spans = speech_from_probabilities(probs, len(probs) * FRAME, options)
    # cut at the longer pause, not the later one nor at the limit; the rest is one piece
    assert spans == [(0, 188 * FRAME + PAD), (200 * FRAME - PAD, 491 * FRAME + PAD)]
    assert all(e - s <= 10.0 * 16000 for s, e in spans)


def test_merge_spans():
    assert merge_spans([(5.0, 6.0), (0.0, 1.0), (1.2, 2.0)], gap=0.5) == [(0.0, 2.0), (5.0, 6.0)]
    assert merge_spans([], gap=1.0) == []


def test_voice_activity_detection_imports_no_torch():
    """The VAD runs on ONNX Runtime: a worker on the faster-whisper engine never loads PyTorch."""
    import subprocess
    import sys

    code = ("import sys, numpy\nfrom transcription.vad import detect_speech\n"
            "detect_speech(numpy.zeros((2, 16000), 'float32'))\nassert 'torch' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
