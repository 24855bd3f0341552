"""silero-vad on real speech: intervals where the speech really is."""

from __future__ import annotations

import numpy as np

from transcription.audio import load_audio
from transcription.vad import detect_speech, load_vad_model, merge_spans, speech_probabilities

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


def test_chunked_batch_matches_frame_by_frame(stereo_call):
    """Running pieces side by side (with warm-up lead-in) agrees with the plain recurrent pass."""
    import torch

    audio = load_audio(stereo_call.path)
    fast = speech_probabilities(audio.samples)
    model = load_vad_model()
    with torch.inference_mode():
        slow = np.stack([model.audio_forward(torch.from_numpy(r)[None], 16000)[0].numpy() for r in audio.samples])
    assert fast.shape == slow.shape
    assert ((fast > 0.5) == (slow > 0.5)).mean() > 0.99


def test_merge_spans():
    assert merge_spans([(5.0, 6.0), (0.0, 1.0), (1.2, 2.0)], gap=0.5) == [(0.0, 2.0), (5.0, 6.0)]
    assert merge_spans([], gap=1.0) == []


def test_voice_activity_detection_leaves_torch_its_threads():
    """silero_vad sets torch to one thread when imported; the project puts the count back (openai-whisper
    would otherwise run on one core)."""
    import subprocess
    import sys

    code = ("import numpy, torch\nn = torch.get_num_threads()\nfrom transcription.vad import detect_speech\n"
            "detect_speech(numpy.zeros(16000, 'float32'))\nassert torch.get_num_threads() == n, (n, torch.get_num_threads())\n")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
