"""Voice activity detection with silero-vad on ONNX Runtime (no PyTorch).

Each channel gets its own speech intervals; they become the call's ``speech``
field (the exact timing interruption and silence metrics use) and tell the
Whisper engine which audio to decode.

The model is silero-vad's sequence export (``silero_vad_16k_sequence.onnx``
in the silero-vad wheel, the same weights as its PyTorch model; read as a
file, since importing the silero_vad package imports PyTorch), or, with an
older silero-vad, the one faster-whisper ships (``silero_vad_v6.onnx``, an
earlier model, whose onsets come about 0.1 s later). Both take a block of
32 ms frames, each with the last 64 samples of the frame before it, and the
recurrent state, and return a probability per frame and the state after the
block. A channel goes through ``BLOCK_FRAMES`` at a time with the state
carried from block to block, so the probabilities are those of one pass over
the whole channel while memory stays bounded (a 4-hour recording is read a
block at a time). Channels run side by side in threads (ONNX Runtime
releases the GIL). The probabilities become intervals by silero-vad's own
rule (``get_speech_timestamps_from_probs``).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from transcription.audio import SAMPLE_RATE
from transcription.errors import ModelError

WINDOW_SAMPLES = 512  # samples per silero-vad frame at 16 kHz (32 ms)
CONTEXT_SAMPLES = 64  # samples of the previous frame each frame is given (silero-vad v5+)
BLOCK_FRAMES = 4096  # frames per model call (131 s of audio, 9 MB of input)
STATE_SIZE = 128  # width of the model's recurrent state

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


@dataclass(frozen=True)
class VadModel:
    name: str  # which export: "silero-vad" or "faster-whisper"
    session: object  # onnxruntime.InferenceSession: (input, h, c) -> (probabilities, h, c)


def vad_model_path() -> tuple[str, str]:
    """(name, path) of the ONNX model: silero-vad's sequence export when installed, else faster-whisper's."""
    spec = importlib.util.find_spec("silero_vad")
    for root in (spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(root, "data", "silero_vad_16k_sequence.onnx")
        if os.path.isfile(path):
            return "silero-vad", path
    if importlib.util.find_spec("faster_whisper") is not None:
        from faster_whisper.utils import get_assets_path

        path = os.path.join(get_assets_path(), "silero_vad_v6.onnx")
        if os.path.isfile(path):
            return "faster-whisper", path
    raise ModelError("no silero-vad model found: pip install 'silero-vad>=6.2' (or faster-whisper, which ships one)")


def load_vad_model() -> VadModel:
    """The silero-vad model on ONNX Runtime (one thread per call, as silero-vad runs it), loaded once per process."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            import onnxruntime

            name, path = vad_model_path()
            options = onnxruntime.SessionOptions()
            options.inter_op_num_threads = 1
            options.intra_op_num_threads = 1
            options.log_severity_level = 4
            _MODEL = VadModel(name, onnxruntime.InferenceSession(path, sess_options=options,
                                                                 providers=["CPUExecutionProvider"]))
        return _MODEL


def speech_probabilities(samples) -> np.ndarray:
    """Per-frame speech probability for each row of ``samples`` (channels, n) -> (channels, frames).

    ``samples``: float32 at 16 kHz, (channels, n) or (n,), an array or disk-backed
    (``transcription.audio.DiskSamples``). The last frame is zero-padded.
    """
    rows = _channels(samples)
    if len(rows) == 1:
        return _channel_probabilities(rows[0])[None]
    with ThreadPoolExecutor(max_workers=min(len(rows), os.cpu_count() or 1)) as pool:
        return np.stack(list(pool.map(_channel_probabilities, rows)))


def _channel_probabilities(channel) -> np.ndarray:
    """One channel through the model a block at a time, the recurrent state carried across blocks."""
    session = load_vad_model().session
    n = len(channel)
    n_frames = -(-n // WINDOW_SAMPLES)
    out = np.zeros(n_frames, np.float32)
    h = np.zeros((1, 1, STATE_SIZE), np.float32)
    c = np.zeros((1, 1, STATE_SIZE), np.float32)
    context = np.zeros(CONTEXT_SAMPLES, np.float32)
    for k in range(0, n_frames, BLOCK_FRAMES):
        frames = min(BLOCK_FRAMES, n_frames - k)
        block = np.zeros(frames * WINDOW_SAMPLES, np.float32)
        data = np.asarray(channel[k * WINDOW_SAMPLES : min(n, (k + frames) * WINDOW_SAMPLES)], dtype=np.float32)
        block[: len(data)] = data
        block = block.reshape(frames, WINDOW_SAMPLES)
        # each frame is preceded by the last samples of the frame before it (silero-vad's context)
        previous = np.concatenate([context[None], block[:-1, -CONTEXT_SAMPLES:]])
        x = np.ascontiguousarray(np.concatenate([previous, block], axis=1))
        probs, h, c = session.run(None, {"input": x, "h": h, "c": c})
        out[k : k + frames] = np.asarray(probs).reshape(-1)[:frames]
        context = block[-1, -CONTEXT_SAMPLES:].copy()
    return out


def detect_speech(samples, *, options: VadOptions = VadOptions()) -> list[tuple[Span, ...]]:
    """Speech intervals in seconds for each row (channel) of ``samples``.

    ``samples`` is float32 audio at 16 kHz, shape (channels, n) or (n,), in memory or
    on disk (``transcription.audio.DiskSamples``): it is read a piece at a time.
    Returns one tuple of sorted, non-overlapping (start, end) spans per channel.
    """
    probs = speech_probabilities(samples)
    n = len(_channels(samples)[0])
    out = []
    for row in probs:
        stamps = speech_from_probabilities(row, n, options)
        out.append(tuple((s / SAMPLE_RATE, min(e, n) / SAMPLE_RATE) for s, e in stamps))
    return out


def speech_from_probabilities(probs: np.ndarray, n: int, options: VadOptions) -> list[tuple[int, int]]:
    """(start, end) sample intervals of speech from per-frame probabilities, for audio of ``n`` samples.

    silero-vad's ``get_speech_timestamps_from_probs`` (MIT, snakers4/silero-vad
    6.2), at 16 kHz with its defaults otherwise: speech starts at a frame at
    or above ``threshold`` and ends after ``min_silence_ms`` below
    ``threshold - 0.15``; speech longer than ``max_speech_s`` is cut at its
    longest pause (over 98 ms) so far, or where it reaches the limit; pieces
    shorter than ``min_speech_ms`` are dropped; each side is padded by
    ``speech_pad_ms``, or by half the pause when the pause is shorter than
    twice that. Written out here because silero-vad's module imports PyTorch.
    """
    rate = SAMPLE_RATE
    threshold = options.threshold
    neg_threshold = max(threshold - 0.15, 0.01)
    min_speech = rate * options.min_speech_ms / 1000
    pad = rate * options.speech_pad_ms / 1000
    max_speech = rate * options.max_speech_s - WINDOW_SAMPLES - 2 * pad
    min_silence = rate * options.min_silence_ms / 1000
    min_silence_at_max_speech = rate * 98 / 1000

    speeches: list[list[int]] = []
    start: int | None = None
    temp_end = 0  # where the current pause began (0: none)
    possible_ends: list[tuple[int, int]] = []  # (pause start, pause length) inside the current speech
    above = (np.asarray(probs) >= threshold).tolist()
    below = (np.asarray(probs) < neg_threshold).tolist()
    for i, (speech, silence) in enumerate(zip(above, below)):
        sample = WINDOW_SAMPLES * i
        if speech and temp_end:
            if sample - temp_end > min_silence_at_max_speech:
                possible_ends.append((temp_end, sample - temp_end))
            temp_end = 0
        if speech and start is None:
            start = sample
            continue
        if start is not None and sample - start > max_speech:
            if possible_ends:
                end, length = max(possible_ends, key=lambda p: p[1])
                speeches.append([start, end])
                # speech resumed after that pause, so the rest is a new piece from where it resumed
                start = end + length
            else:
                speeches.append([start, sample])
                start = None
            temp_end = 0
            possible_ends = []
            if start is None:
                continue
        if silence and start is not None:
            if not temp_end:
                temp_end = sample
            if sample - temp_end < min_silence:
                continue
            if temp_end - start > min_speech:
                speeches.append([start, temp_end])
            start, temp_end, possible_ends = None, 0, []
    if start is not None and n - start > min_speech:
        speeches.append([start, n])

    for i, speech in enumerate(speeches):
        if i == 0:
            speech[0] = int(max(0, speech[0] - pad))
        if i != len(speeches) - 1:
            pause = speeches[i + 1][0] - speech[1]
            if pause < 2 * pad:
                speech[1] += int(pause // 2)
                speeches[i + 1][0] = int(max(0, speeches[i + 1][0] - pause // 2))
            else:
                speech[1] = int(min(n, speech[1] + pad))
                speeches[i + 1][0] = int(max(0, speeches[i + 1][0] - pad))
        else:
            speech[1] = int(min(n, speech[1] + pad))
    return [(s, e) for s, e in speeches]


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
