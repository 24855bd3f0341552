"""Real audio and a real (tiny, random) Whisper checkpoint for tests and benchmarks.

``synthesize_call`` speaks a script with espeak-ng, trims each line's silence
with sox and places the lines on their speakers' channels at known times, so
the exact speech intervals, overlaps and silences of the result are known.
``make_tiny_checkpoint`` saves a randomly initialised Whisper model in the
format ``whisper.load_model(path)`` reads: its text is noise, but its shapes,
timings and plumbing are those of a real model. Needs the ``espeak-ng`` and
``sox`` programs (``apt-get install espeak-ng sox``).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from transcription.audio import SAMPLE_RATE

# espeak-ng voices that sound clearly different (a low male and a high female voice)
VOICES = {"agent": ("en-us", 35), "customer": ("en+f3", 85)}  # role -> (voice, pitch 0..99)


@dataclass(frozen=True)
class Line:
    speaker: str  # "agent" or "customer"
    text: str  # what is said (no punctuation: espeak pauses at commas)
    start: float | None = None  # seconds from the call start, or None to follow the previous line
    after: float = 0.0  # with start=None: seconds after the previous line ends (negative = overlap)


def require_tools() -> list[str]:
    """The programs this module needs that are missing from PATH."""
    return [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]


def speak(text: str, *, voice: str, pitch: int, speed: int = 175) -> np.ndarray:
    """``text`` spoken by espeak-ng, leading/trailing silence trimmed by sox, 16 kHz float32."""
    with tempfile.TemporaryDirectory() as tmp:
        raw, trimmed = Path(tmp, "raw.wav"), Path(tmp, "trimmed.wav")
        subprocess.run(
            ["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed), "-w", str(raw), text],
            check=True, capture_output=True,
        )
        subprocess.run(
            ["sox", str(raw), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", str(trimmed),
             "silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse"],
            check=True, capture_output=True,
        )
        return read_wav(trimmed)[0]


def read_wav(path: str | Path) -> np.ndarray:
    """A 16-bit PCM wav file as float32 (channels, n)."""
    with wave.open(str(path), "rb") as f:
        data = np.frombuffer(f.readframes(f.getnframes()), dtype="<i2").astype(np.float32) / 32768.0
        return data.reshape(-1, f.getnchannels()).T.copy()


def write_wav(path: str | Path, samples: np.ndarray, *, sample_rate: int = SAMPLE_RATE) -> Path:
    """Write float32 (channels, n) or (n,) samples as 16-bit PCM wav."""
    samples = samples if samples.ndim == 2 else samples[None, :]
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2").T.copy()
    with wave.open(str(path), "wb") as f:
        f.setnchannels(samples.shape[0])
        f.setsampwidth(2)
        f.setframerate(sample_rate)
        f.writeframes(pcm.tobytes())
    return Path(path)


def synthesize_call(
    path: str | Path,
    script: list[Line],
    *,
    channels: tuple[str, ...] = ("agent", "customer"),
    tail: float = 1.0,
    noise: float = 0.0,
    seed: int = 0,
) -> dict[str, list[tuple[float, float]]]:
    """Speak ``script`` into a wav file with one channel per role in ``channels``.

    ``channels=("mono",)`` mixes both speakers into one channel. ``noise`` adds
    white noise of that amplitude. Returns the exact speech intervals per speaker.
    """
    placed = []
    cursor = 0.0
    for line in script:
        voice, pitch = VOICES[line.speaker]
        audio = speak(line.text, voice=voice, pitch=pitch)
        start = line.start if line.start is not None else cursor + line.after
        placed.append((line.speaker, start, audio))
        cursor = start + len(audio) / SAMPLE_RATE
    end = max(s + len(a) / SAMPLE_RATE for _, s, a in placed) + tail
    n = int(end * SAMPLE_RATE)
    rows = {c: np.zeros(n, dtype=np.float32) for c in channels}
    truth: dict[str, list[tuple[float, float]]] = {"agent": [], "customer": []}
    for speaker, start, audio in placed:
        i = int(round(start * SAMPLE_RATE))
        target = rows["mono"] if "mono" in rows else rows[speaker]
        target[i : i + len(audio)] += audio
        truth[speaker].append((i / SAMPLE_RATE, (i + len(audio)) / SAMPLE_RATE))
    samples = np.stack([rows[c] for c in channels])
    if noise:
        samples += np.random.default_rng(seed).normal(0, noise, samples.shape).astype(np.float32)
    write_wav(path, samples)
    return truth


def convert(src: str | Path, dst: str | Path) -> Path:
    """Re-encode a wav file by ``dst``'s extension: flac/ogg with sox, mp3/m4a with PyAV."""
    dst = Path(dst)
    if dst.suffix in (".flac", ".ogg"):
        subprocess.run(["sox", str(src), str(dst)], check=True, capture_output=True)
        return dst
    import av

    codec = {".mp3": "mp3", ".m4a": "aac"}[dst.suffix]
    samples = read_wav(src)
    layout = "stereo" if samples.shape[0] == 2 else "mono"
    with av.open(str(dst), "w") as out:
        stream = out.add_stream(codec, rate=SAMPLE_RATE, layout=layout)
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples), format="fltp", layout=layout)
        frame.sample_rate = SAMPLE_RATE
        frame.pts = None
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return dst


# model shapes: "test" is the smallest that runs the real code paths; "tiny" has the
# shapes of OpenAI's smallest released model (39 M parameters), for realistic timings
DIMS = {
    "test": dict(n_audio_state=64, n_audio_head=2, n_audio_layer=1, n_text_state=64, n_text_head=2, n_text_layer=1),
    "tiny": dict(n_audio_state=384, n_audio_head=6, n_audio_layer=4, n_text_state=384, n_text_head=6, n_text_layer=4),
}


def make_tiny_checkpoint(path: str | Path, *, size: str = "test", seed: int = 0) -> Path:
    """Save a randomly initialised multilingual Whisper model for ``whisper.load_model(path)``.

    ``size``: ``"test"`` (1 layer, 64 wide: fast, for tests) or ``"tiny"``
    (the shapes of the released tiny model: realistic compute for benchmarks).
    """
    import torch
    from whisper.model import ModelDimensions, Whisper

    torch.manual_seed(seed)
    dims = ModelDimensions(n_mels=80, n_audio_ctx=1500, n_vocab=51865, n_text_ctx=448, **DIMS[size])
    model = Whisper(dims)
    with torch.no_grad():
        # Whisper leaves the decoder's positional embedding uninitialised (torch.empty):
        # give it values, or the logits can be NaN
        torch.nn.init.normal_(model.decoder.positional_embedding, std=0.02)
        # small token embeddings keep the (tied) output logits flat, so the model babbles
        # varied tokens instead of repeating its single most likely one
        torch.nn.init.normal_(model.decoder.token_embedding.weight, std=0.02)
    torch.save({"dims": asdict(dims), "model_state_dict": model.state_dict()}, str(path))
    return Path(path)
