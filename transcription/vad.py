"""Voice activity detection with silero-vad (its model ships inside the wheel).

Each channel gets its own speech intervals; they become the call's ``speech``
field (the exact timing interruption and silence metrics use) and tell the
Whisper engine which audio to decode.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from transcription.audio import SAMPLE_RATE

WINDOW_SAMPLES = 512  # samples per silero-vad frame at 16 kHz (32 ms)
CHUNK_FRAMES = 256  # frames per piece run side by side in one batch (8.2 s)
CONTEXT_FRAMES = 32  # frames of lead-in before each piece to warm the recurrent state (1 s)
BATCH_CHUNKS = 32  # pieces per forward pass (throughput peaks here on CPU; ~20 MB of audio)

Span = tuple[float, float]  # (start, end) in seconds


@dataclass(frozen=True)
class VadOptions:
    # speech probability above which a frame starts speech
    threshold: float = 0.5
    # speech shorter than this is dropped (clicks, breaths), milliseconds
    min_speech_ms: int = 250
    # a pause must last this long to end a speech interval, milliseconds
    min_silence_ms: int = 200
    # padding added to both ends of each interval, milliseconds
    speech_pad_ms: int = 30
    # longer speech is split (at the longest pause) so each piece fits one Whisper window, seconds
    max_speech_s: float = 28.0


_LOCK = threading.Lock()
_MODEL = None


def _silero():
    """The silero_vad package, imported without its side effect: it sets torch to one thread for the
    whole process at import, which would leave openai-whisper one core; the thread count is put back."""
    import sys

    if "silero_vad" not in sys.modules:
        import torch

        threads = torch.get_num_threads()
        import silero_vad.utils_vad  # noqa: F401 - imports the package (and its model module)

        torch.set_num_threads(threads)
    return sys.modules["silero_vad"]


def load_vad_model():
    """The silero-vad model, loaded once per process."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            _MODEL = _silero().load_silero_vad()
        return _MODEL


def speech_probabilities(samples: np.ndarray) -> np.ndarray:
    """Per-frame speech probability for each row of ``samples`` (channels, n) -> (channels, frames).

    The model is recurrent, and one frame at a time is slow, so each channel
    is cut into ``CHUNK_FRAMES`` pieces that go through the model side by side
    as one batch; each piece is preceded by ``CONTEXT_FRAMES`` of the audio
    before it (outputs discarded) so its recurrent state has warmed up.
    """
    import torch

    model = load_vad_model()
    rows = _channels(samples)
    n = len(rows[0])
    n_frames = -(-n // WINDOW_SAMPLES)
    width = (CONTEXT_FRAMES + CHUNK_FRAMES) * WINDOW_SAMPLES

    def piece(c: int, k: int) -> np.ndarray:
        # frames [k - CONTEXT, k + CHUNK) of channel c, zero-padded outside the recording
        a = (k - CONTEXT_FRAMES) * WINDOW_SAMPLES
        out = np.zeros(width, np.float32)
        src = rows[c][max(a, 0) : min(a + width, n)]
        out[max(-a, 0) : max(-a, 0) + len(src)] = src
        return out

    starts = [(c, k) for c in range(len(rows)) for k in range(0, n_frames, CHUNK_FRAMES)]
    probs = np.zeros((len(rows), n_frames + CHUNK_FRAMES), np.float32)
    # the TorchScript optimiser re-profiles every new batch shape (seconds each) for no gain here
    with _LOCK, torch.inference_mode(), torch.jit.optimized_execution(False):
        # the model object keeps recurrent state between calls: one caller at a time
        for b in range(0, len(starts), BATCH_CHUNKS):
            group = starts[b : b + BATCH_CHUNKS]
            x = torch.from_numpy(np.stack([piece(c, k) for c, k in group]))
            out = model.audio_forward(x, SAMPLE_RATE)[:, CONTEXT_FRAMES:].numpy()
            for (c, k), p in zip(group, out):
                probs[c, k : k + CHUNK_FRAMES] = p
    return probs[:, :n_frames]


def detect_speech(samples: np.ndarray, *, options: VadOptions = VadOptions()) -> list[tuple[Span, ...]]:
    """Speech intervals in seconds for each row (channel) of ``samples``.

    ``samples`` is float32 audio at 16 kHz, shape (channels, n) or (n,), in memory or
    on disk (``transcription.audio.DiskSamples``): it is read a piece at a time.
    Returns one tuple of sorted, non-overlapping (start, end) spans per channel.
    """
    get_speech_timestamps_from_probs = _silero().utils_vad.get_speech_timestamps_from_probs
    probs = speech_probabilities(samples)
    n = len(_channels(samples)[0])
    out = []
    for row in probs:
        stamps = get_speech_timestamps_from_probs(
            row.tolist(),
            sampling_rate=SAMPLE_RATE,
            threshold=options.threshold,
            min_speech_duration_ms=options.min_speech_ms,
            max_speech_duration_s=options.max_speech_s,
            min_silence_duration_ms=options.min_silence_ms,
            speech_pad_ms=options.speech_pad_ms,
            audio_length_samples=n,
        )
        out.append(tuple((s["start"] / SAMPLE_RATE, min(s["end"], n) / SAMPLE_RATE) for s in stamps))
    return out


def _channels(samples) -> list:
    """The rows of (channels, n) or (n,) samples, each sliceable: arrays or disk-backed channels."""
    if samples.ndim == 1:
        return [samples]
    return [samples[c] for c in range(samples.shape[0])]


def merge_spans(spans: list[Span] | tuple[Span, ...], *, gap: float) -> list[Span]:
    """Join spans separated by less than ``gap`` seconds (input sorted by start)."""
    merged: list[list[float]] = []
    for s, e in sorted(spans):
        if merged and s - merged[-1][1] < gap:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]
