"""Decode audio files with PyAV (FFmpeg inside the wheel) to 16 kHz float samples.

Channels are kept apart: a stereo call recording usually has the agent on one
channel and the customer on the other, and that separation is the most
reliable speaker information there is. Every problem with a file (missing,
empty, corrupt, not audio, silent, too long) becomes an :class:`AudioError`
that names the file and says what to do.

Memory stays bounded whatever the length: the file is decoded and resampled
a frame at a time; once a recording passes ``IN_MEMORY_S`` its samples go to
unnamed temporary files (one per channel, in ``TMPDIR``) that the later steps
read a piece at a time (:class:`DiskSamples`), so a 4-hour call needs no more
memory than a 20-minute one.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from transcription.errors import AudioError

SAMPLE_RATE = 16000  # Hz; what silero-vad and Whisper expect
# containers users hand us; anything FFmpeg decodes works, these are the ones
# the CLI and the web upload accept by extension
AUDIO_EXTENSIONS: tuple[str, ...] = (".wav", ".mp3", ".flac", ".ogg", ".oga", ".opus", ".m4a", ".mp4", ".aac", ".webm")
SILENCE_PEAK = 1e-4  # peak amplitude (full scale = 1.0) below which a recording is silent (-80 dBFS)
IN_MEMORY_S = 20 * 60.0  # longer recordings are kept in temporary files, seconds (77 MB per channel in memory)
BLOCK_S = 60.0  # piece read at a time when a step goes through a whole recording, seconds


class DiskChannel:
    """One channel of a long recording in an unnamed temporary file, float32 at 16 kHz.

    ``channel[a:b]`` reads just those samples (a plain slice, as the steps
    use); ``np.asarray(channel)`` reads it all. The file goes when the object does.
    """

    ndim = 1

    def __init__(self, file, n: int) -> None:
        self._file = file
        self.n = n

    @property
    def shape(self) -> tuple[int]:
        return (self.n,)

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, key: slice) -> np.ndarray:
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("a DiskChannel is read by plain slices, channel[a:b]")
        a, b, _ = key.indices(self.n)
        if b <= a:
            return np.zeros(0, dtype=np.float32)
        data = os.pread(self._file.fileno(), (b - a) * 4, a * 4)
        return np.frombuffer(data, dtype=np.float32)

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        data = self[0 : self.n]
        return data if dtype is None else data.astype(dtype)


class DiskSamples:
    """(channels, n) samples of a long recording, one :class:`DiskChannel` per channel.

    ``samples[c]`` is channel ``c``; ``samples[c, a:b]`` reads a piece of it.
    """

    ndim = 2

    def __init__(self, channels: list[DiskChannel]) -> None:
        self.rows = channels

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.rows), self.rows[0].n)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            channel, part = key
            return self.rows[channel][part]
        return self.rows[key]

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        return np.stack([np.asarray(r, dtype=dtype) for r in self.rows])


class _Spill:
    """Collects decoded (channels, k) blocks in memory, moving them to temporary files past ``limit`` samples."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.blocks: list[np.ndarray] = []
        self.files: list | None = None
        self.n = 0
        self.peak = 0.0
        self.finite = True

    def add(self, block: np.ndarray) -> None:
        block = np.ascontiguousarray(block, dtype=np.float32)
        if block.shape[1] == 0:
            return
        self.finite = self.finite and bool(np.isfinite(block).all())
        self.peak = max(self.peak, float(np.abs(block).max()))
        self.n += block.shape[1]
        if self.files is None:
            self.blocks.append(block)
            if self.n > self.limit:
                self.files = [tempfile.TemporaryFile(prefix="qa-audio-") for _ in range(block.shape[0])]
                pending, self.blocks = self.blocks, []
                for b in pending:
                    self._write(b)
        else:
            self._write(block)

    def _write(self, block: np.ndarray) -> None:
        for f, row in zip(self.files, block):
            f.write(row.tobytes())

    def samples(self) -> np.ndarray | DiskSamples:
        if self.files is None:
            return np.concatenate(self.blocks, axis=1) if self.blocks else np.zeros((1, 0), np.float32)
        for f in self.files:
            f.flush()
        return DiskSamples([DiskChannel(f, self.n) for f in self.files])


@dataclass(frozen=True)
class Audio:
    path: str  # where the samples came from, for error messages and metadata
    samples: np.ndarray | DiskSamples  # float32, shape (channels, n_samples), -1..1 at SAMPLE_RATE
    sample_rate: int = SAMPLE_RATE  # Hz

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.samples.shape[1] / self.sample_rate

    def mono(self) -> np.ndarray | DiskChannel:
        """All channels mixed down to one, shape (n_samples,) (a :class:`DiskChannel` for a long recording)."""
        if isinstance(self.samples, np.ndarray):
            return self.samples.mean(axis=0).astype(np.float32)
        spill = _Spill(0)
        for block in self.blocks():
            spill.add(block.mean(axis=0, keepdims=True))
        return spill.samples()[0]

    def blocks(self, seconds: float = BLOCK_S):
        """The samples as consecutive (channels, k) arrays of ``seconds`` each, for a pass over a long recording."""
        n = self.samples.shape[1]
        step = int(seconds * self.sample_rate)
        for a in range(0, n, step):
            yield np.stack([self.samples[c, a : min(n, a + step)] for c in range(self.channels)])


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
        spill = _Spill(int(IN_MEMORY_S * SAMPLE_RATE))
        limit = None if max_seconds is None else int(max_seconds * SAMPLE_RATE) + 1
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    spill.add(out.to_ndarray())
                if limit is not None and spill.n > limit:
                    raise AudioError(source, _too_long(spill.n / SAMPLE_RATE, max_seconds))
            for out in resampler.resample(None):
                spill.add(out.to_ndarray())
        except av.error.FFmpegError as e:
            raise AudioError(source, f"is corrupt and cannot be decoded ({_ffmpeg_reason(e)})") from e

    if spill.n == 0:
        raise AudioError(source, "contains no audio samples; re-export the recording")
    if max_seconds is not None and spill.n / SAMPLE_RATE > max_seconds:
        raise AudioError(source, _too_long(spill.n / SAMPLE_RATE, max_seconds))
    if not spill.finite:
        raise AudioError(source, "is corrupt: it decodes to non-finite sample values")
    peak = spill.peak
    if peak < SILENCE_PEAK:
        level = "-inf" if peak == 0 else f"{20 * np.log10(peak):.0f}"
        raise AudioError(
            source, f"is silent (peak level {level} dBFS on every channel); check the recording and its channels"
        )
    samples = spill.samples()
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
