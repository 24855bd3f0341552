"""Real audio and a real (tiny, random) Whisper checkpoint for tests and benchmarks.

``synthesize_call`` speaks a script with espeak-ng, trims each line's silence
with sox and places the lines on their speakers' channels at known times, so
the exact speech intervals, overlaps and silences of the result are known.
``dialogue`` lays lines out as a call with pauses, overlaps and long
silences; ``word_error_rate`` and ``utterance_coverage`` score a transcript
against what was said. ``make_tiny_checkpoint`` saves a randomly initialised
Whisper model in the format ``whisper.load_model(path)`` reads: its text is
noise, but its shapes, timings and plumbing are those of a real model (for
plumbing tests; accuracy is measured on real weights, see
``transcription.whisper_models.shared_model``). Needs the ``espeak-ng`` and
``sox`` programs (``apt-get install espeak-ng sox``).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from dataclasses import asdict, dataclass
from pathlib import Path

import random
from collections.abc import Iterable, Sequence

import numpy as np

from transcription.audio import SAMPLE_RATE

# espeak-ng voices that sound clearly different (a low male and a high female voice)
VOICES = {"agent": ("en-us", 35), "customer": ("en+f3", 85)}  # role -> (voice, pitch 0..99)
SELF_GAP_S = 0.3  # shortest pause between two lines of one speaker, seconds


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
    """``text`` spoken by espeak-ng, leading/trailing silence trimmed by sox, 16 kHz float32.

    sox runs without dither (``-D``), so the same text always gives the same samples.
    """
    with tempfile.TemporaryDirectory() as tmp:
        raw, trimmed = Path(tmp, "raw.wav"), Path(tmp, "trimmed.wav")
        subprocess.run(
            ["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed), "-w", str(raw), text],
            check=True, capture_output=True,
        )
        subprocess.run(
            ["sox", "-D", str(raw), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", str(trimmed),
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


@dataclass(frozen=True)
class Spoken:
    """One line of a script as it was placed in the synthesized recording."""

    speaker: str  # "agent" or "customer"
    text: str  # what was said
    start: float  # seconds from the call start
    end: float  # seconds from the call start


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
    spoken = synthesize_script(path, script, channels=channels, tail=tail, noise=noise, seed=seed)
    truth: dict[str, list[tuple[float, float]]] = {"agent": [], "customer": []}
    for line in spoken:
        truth[line.speaker].append((line.start, line.end))
    return truth


def synthesize_script(
    path: str | Path,
    script: list[Line],
    *,
    channels: tuple[str, ...] = ("agent", "customer"),
    tail: float = 1.0,
    noise: float = 0.0,
    seed: int = 0,
) -> list[Spoken]:
    """Like :func:`synthesize_call`, returning each line with its exact place in the recording."""
    placed = []
    cursor = 0.0
    own_end: dict[str, float] = {}
    for line in script:
        voice, pitch = VOICES[line.speaker]
        audio = speak(line.text, voice=voice, pitch=pitch)
        start = line.start if line.start is not None else cursor + line.after
        # one voice cannot overlap itself: a speaker's line waits for their previous one
        start = max(0.0, start, own_end.get(line.speaker, -1.0) + SELF_GAP_S)
        placed.append((line, start, audio))
        cursor = own_end[line.speaker] = start + len(audio) / SAMPLE_RATE
    end = max(s + len(a) / SAMPLE_RATE for _, s, a in placed) + tail
    n = int(end * SAMPLE_RATE)
    rows = {c: np.zeros(n, dtype=np.float32) for c in channels}
    spoken = []
    for line, start, audio in placed:
        i = int(round(start * SAMPLE_RATE))
        target = rows["mono"] if "mono" in rows else rows[line.speaker]
        target[i : i + len(audio)] += audio
        spoken.append(Spoken(line.speaker, line.text, i / SAMPLE_RATE, (i + len(audio)) / SAMPLE_RATE))
    samples = np.stack([rows[c] for c in channels])
    if noise:
        samples += np.random.default_rng(seed).normal(0, noise, samples.shape).astype(np.float32)
    write_wav(path, samples)
    return spoken


# pauses between turns, seconds: mostly short, some overlaps (negative), now and then a long silence
TURN_GAPS: tuple[float, ...] = (0.3, 0.5, 0.8, 1.2, 1.8, 2.5, -0.6, -1.0, 6.0)


def dialogue(turns: Iterable[tuple[str, str]], *, seed: int = 0, start: float = 0.5,
             gaps: Sequence[float] = TURN_GAPS) -> list[Line]:
    """``(speaker, text)`` turns laid out as a call: each follows the previous after a pause drawn
    from ``gaps`` (a negative pause is an overlap: the next speaker cuts in). The same seed gives
    the same layout. A speaker never overlaps themself (see :func:`synthesize_script`)."""
    rng = random.Random(seed)
    script: list[Line] = []
    previous = None
    for speaker, text in turns:
        if previous is None:
            script.append(Line(speaker, text, start=start))
        else:
            gap = rng.choice(gaps)
            script.append(Line(speaker, text, after=gap if speaker != previous else max(gap, SELF_GAP_S)))
        previous = speaker
    return script


def normalize_words(text: str) -> list[str]:
    """``text`` as the words Whisper's English normaliser makes of it (case, punctuation, numbers, spellings)."""
    from whisper.normalizers import EnglishTextNormalizer

    return EnglishTextNormalizer()(text).split()


def word_errors(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    """Substitutions + deletions + insertions turning ``reference`` into ``hypothesis`` (Levenshtein on words)."""
    previous = list(range(len(hypothesis) + 1))
    for i, r in enumerate(reference, 1):
        current = [i]
        for j, h in enumerate(hypothesis, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1]


def word_error_rate(spoken: Sequence[Spoken], utterances: Iterable) -> float:
    """Word error rate of a transcript (``Utterance``-like: ``speaker``, ``start``, ``text``) against
    what was said, per speaker in time order, both normalised by :func:`normalize_words`:
    errors of both speakers over the words said."""
    utterances = sorted(utterances, key=lambda u: u.start)
    errors = words = 0
    for speaker in sorted({s.speaker for s in spoken}):
        ref = [w for s in sorted(spoken, key=lambda s: s.start) if s.speaker == speaker for w in normalize_words(s.text)]
        hyp = [w for u in utterances if u.speaker == speaker for w in normalize_words(u.text)]
        errors += word_errors(ref, hyp)
        words += len(ref)
    return errors / max(1, words)


def utterance_coverage(spoken: Sequence[Spoken], utterances: Iterable) -> list[float]:
    """For each spoken line, the share of its time covered by the transcript's utterances of its speaker."""
    utterances = list(utterances)
    out = []
    for line in spoken:
        own = sorted((u.start, u.end) for u in utterances if u.speaker == line.speaker)
        covered, reach = 0.0, line.start
        for s, e in own:
            s, e = max(s, reach), min(e, line.end)
            if e > s:
                covered += e - s
                reach = e
        out.append(covered / max(1e-9, line.end - line.start))
    return out


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
