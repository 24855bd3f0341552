"""Decode audio files with PyAV (FFmpeg inside the wheel) to 16 kHz float samples.

Channels are kept apart: a stereo call recording usually has the agent on one
channel and the customer on the other, and that separation is the most
reliable speaker information there is. Every problem with a file (missing,
empty, corrupt, not audio, silent, too long) becomes an :class:`AudioError`
that names the file and says what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from transcription.errors import AudioError

SAMPLE_RATE = 16000  # Hz; what silero-vad and Whisper expect
# containers users hand us; anything FFmpeg decodes works, these are the ones
# the CLI and the web upload accept by extension
AUDIO_EXTENSIONS: tuple[str, ...] = (".wav", ".mp3", ".flac", ".ogg", ".oga", ".opus", ".m4a", ".mp4", ".aac", ".webm")
SILENCE_PEAK = 1e-4  # peak amplitude (full scale = 1.0) below which a recording is silent (-80 dBFS)


@dataclass(frozen=True)
class Audio:
    path: str  # where the samples came from, for error messages and metadata
    samples: np.ndarray  # float32, shape (channels, n_samples), -1..1 at SAMPLE_RATE
    sample_rate: int = SAMPLE_RATE  # Hz

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.samples.shape[1] / self.sample_rate

    def mono(self) -> np.ndarray:
        """All channels mixed down to one, shape (n_samples,)."""
        return self.samples.mean(axis=0).astype(np.float32)


def is_audio_path(path: str | Path) -> bool:
    """Whether ``path`` has one of :data:`AUDIO_EXTENSIONS` (case-insensitive)."""
    return Path(path).suffix.lower() in AUDIO_EXTENSIONS


def load_audio(path: str | Path, *, max_seconds: float | None = None) -> Audio:
    """Decode ``path`` to 16 kHz float32 samples, one row per channel.

    Raises :class:`AudioError` when the file is missing, empty, not audio,
    corrupt, longer than ``max_seconds`` or silent.
    """
    import av  # PyAV: FFmpeg ships inside the wheel, no system ffmpeg needed

    source = str(path)
    p = Path(path)
    if not p.is_file():
        raise AudioError(source, "does not exist or is not a file; check the path")
    if p.stat().st_size == 0:
        raise AudioError(source, "is empty (0 bytes); re-export or re-upload the recording")

    try:
        container = av.open(source)
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as e:
        raise AudioError(
            source,
            f"is not a readable audio file ({_ffmpeg_reason(e)}); supported: {', '.join(AUDIO_EXTENSIONS)}",
        ) from e
    with container:
        if not container.streams.audio:
            raise AudioError(source, "contains no audio stream; give a recording (wav, mp3, flac, ogg, m4a)")
        stream = container.streams.audio[0]
        declared = _declared_seconds(container, stream)
        if max_seconds is not None and declared is not None and declared > max_seconds:
            raise AudioError(source, _too_long(declared, max_seconds))
        resampler = av.AudioResampler(format="fltp", layout=stream.layout, rate=SAMPLE_RATE)
        chunks: list[np.ndarray] = []
        n_decoded = 0
        limit = None if max_seconds is None else int(max_seconds * SAMPLE_RATE) + 1
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray())
                    n_decoded += out.samples
                if limit is not None and n_decoded > limit:
                    raise AudioError(source, _too_long(n_decoded / SAMPLE_RATE, max_seconds))
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray())
        except av.error.FFmpegError as e:
            raise AudioError(source, f"is corrupt and cannot be decoded ({_ffmpeg_reason(e)})") from e

    if not chunks:
        raise AudioError(source, "contains no audio samples; re-export the recording")
    samples = np.concatenate(chunks, axis=1).astype(np.float32, copy=False)
    if samples.shape[1] == 0:
        raise AudioError(source, "contains no audio samples; re-export the recording")
    if max_seconds is not None and samples.shape[1] / SAMPLE_RATE > max_seconds:
        raise AudioError(source, _too_long(samples.shape[1] / SAMPLE_RATE, max_seconds))
    if not np.isfinite(samples).all():
        raise AudioError(source, "is corrupt: it decodes to non-finite sample values")
    peak = float(np.abs(samples).max())
    if peak < SILENCE_PEAK:
        level = "-inf" if peak == 0 else f"{20 * np.log10(peak):.0f}"
        raise AudioError(
            source, f"is silent (peak level {level} dBFS on every channel); check the recording and its channels"
        )
    return Audio(source, samples)


def _declared_seconds(container, stream) -> float | None:
    """The length the container header claims, if any (cheap check before decoding)."""
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000  # av.time_base is microseconds
    return None


def _too_long(seconds: float, max_seconds: float) -> str:
    return (
        f"is too long ({seconds:.0f} s; the limit is {max_seconds:.0f} s); split the recording or raise "
        "max_audio_seconds (QA_MAX_AUDIO_SECONDS)"
    )


def _ffmpeg_reason(e: Exception) -> str:
    return getattr(e, "strerror", None) or str(e) or type(e).__name__
