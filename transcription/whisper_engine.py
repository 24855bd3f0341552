"""Speech to words with Whisper: the batched VAD-gated engine, shared by both backends, and the reference.

Batched engine (the default, the WhisperX approach taken one step further):
only the speech voice activity detection found is decoded. Speech close
together (pauses under ``JOIN_GAP_S``) is kept as one piece of audio, and
each piece keeps ``PAD_S`` of the real audio around it (Whisper hears a word's
onset and decay as they were, not cut off at the VAD edge); pieces are
packed, ``SEPARATOR_S`` of silence apart, into windows of at most 30 s;
windows from every channel of a call, and from every call given to one
:class:`BatchDecoder`, are decoded together in batches; word timestamps come
from one batched cross-attention alignment on the encoder output decoding
already computed; each word is mapped back from window time to call time
through the piece it falls in, and kept inside the speech VAD found there.

The model runs in a backend: :mod:`transcription.whisper_ct2` (faster-whisper's
CTranslate2, int8 on CPU) or :mod:`transcription.whisper_torch`
(openai-whisper on PyTorch). Both decode with the same prompt (no previous
text), suppressed tokens, beam size and guards, so their output differs only
by their arithmetic.

Guards against Whisper's known failures on silence and noise, per window:
text whose gzip compression ratio is above ``compression_ratio_threshold``
(a repetition loop) or whose average log-probability is below
``logprob_threshold`` is decoded again at the next temperature; a window
failing at every temperature keeps its most likely attempt that is not a
repetition loop (faster-whisper's rule), and is dropped when that is still a
loop, or when its no-speech probability is above ``no_speech_threshold``
with a low log-probability (hallucinated text in non-speech). Speech a
window's text left out (the decoder sometimes skips pieces of a window, or
stops after a closing phrase; the word alignment shows it as a word
stretched over that speech) is decoded once more in a window of its own
(:func:`left_out`). The counts are returned so the call's metadata shows
what the guards did.

Reference engine: plain ``whisper.transcribe`` on each full stream (same
thresholds and temperatures), kept as a baseline and for comparison.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from transcription.alignment import AsrWord
from transcription.audio import SAMPLE_RATE
from transcription.options import TranscribeOptions
from transcription.vad import Span, merge_spans

WINDOW_S = 30.0  # Whisper's input length, seconds
JOIN_GAP_S = 1.0  # speech separated by shorter pauses stays one piece of real audio, seconds
PAD_S = 0.4  # real audio kept before and after each piece of speech (as faster-whisper's VAD pads), seconds
SEPARATOR_S = 0.2  # silence put between packed pieces, seconds
HOP_LENGTH = 160  # samples per mel frame (Whisper)
MAX_WORD_SPEECH_S = 1.5  # a word aligned over more speech than this is bridging audio the text left out, seconds
MIN_LEFT_OUT_S = 0.25  # speech shorter than this is never taken as left out by the text, seconds
MIN_EXPLAINED = 0.5  # speech with less than this share inside plausible words was left out by the text
SNAP_S = 0.5  # a span's first word starting less than this after its speech starts is moved to the start, s


@dataclass(frozen=True)
class Stream:
    """One speaker's audio: a channel (stereo) or the mono mix with that speaker's turns."""

    samples: np.ndarray  # float32 (n,), 16 kHz, the whole recording (may be a disk-backed memmap)
    spans: tuple[Span, ...]  # where this speaker speaks, seconds


@dataclass(frozen=True)
class Piece:
    start: float  # call time, seconds
    end: float  # call time, seconds
    offset: float  # where the piece begins inside its window, seconds


@dataclass(frozen=True)
class Window:
    stream: int  # index of the stream the audio comes from
    pieces: tuple[Piece, ...]
    retry: bool = False  # pieces an earlier window's text left out, decoded again (once)

    @property
    def length(self) -> float:
        last = self.pieces[-1]
        return last.offset + (last.end - last.start)

    def piece_at(self, t: float) -> Piece:
        """The piece window time ``t`` falls in, or the nearest one."""
        return self.pieces[self.piece_index(t)]

    def piece_index(self, t: float) -> int:
        """Index of the piece window time ``t`` falls in, or of the nearest one."""

        def distance(k: int) -> float:
            p = self.pieces[k]
            end = p.offset + (p.end - p.start)
            return 0.0 if p.offset <= t <= end else min(abs(t - p.offset), abs(t - end))

        return min(range(len(self.pieces)), key=distance)

    def to_call_time(self, t: float, piece: Piece | None = None) -> float:
        """Window time -> call time, through ``piece`` (default: the one ``t`` falls in), clamped to it."""
        p = piece or self.piece_at(t)
        return min(max(p.start + (t - p.offset), p.start), p.end)


@dataclass
class GuardStats:
    windows: int = 0  # windows decoded (with those of retried pieces)
    redecoded: int = 0  # decodes repeated at a higher temperature
    dropped_repetition: int = 0  # windows dropped as repetition loops
    dropped_no_speech: int = 0  # windows dropped as hallucinations on non-speech
    retried_speech: int = 0  # spans of speech a window's text left out, decoded again in a window of their own

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class EngineResult:
    words: list[list[AsrWord]]  # per stream, in call time, sorted
    language: str
    guards: GuardStats = field(default_factory=GuardStats)


@dataclass(frozen=True)
class Decoded:
    """What a backend decoded for one window."""

    tokens: tuple[int, ...]  # text tokens (no special or timestamp tokens)
    text: str
    avg_logprob: float  # mean log-probability per token
    no_speech_prob: float  # probability of the no-speech token at the first step
    compression_ratio: float  # gzip ratio of the text; high = a repetition loop


class Backend(Protocol):
    """A Whisper model that decodes batches of windows (see whisper_ct2, whisper_torch)."""

    name: str  # "faster-whisper" or "openai-whisper"
    is_multilingual: bool

    def encode(self, audios: list[np.ndarray]):
        """Mel spectrograms and encoder output for a batch of window audio (each at most 30 s)."""

    def detect_language(self, encoded) -> str:
        """The language most likely spoken in the encoded batch."""

    def decode(self, encoded, rows: list[int], *, language: str, temperature: float) -> list[Decoded]:
        """Decode rows ``rows`` of the encoded batch at ``temperature`` with the options' beam and limits."""

    def align(self, encoded, token_lists: list[list[int]], num_frames: list[int], *, language: str) -> list[list[AsrWord]]:
        """Word timings (seconds from each window's start) for every row of the encoded batch."""


def plan_pieces(stream: Stream, *, window_s: float = WINDOW_S, pad: float = PAD_S) -> list[Span]:
    """The stream's speech padded by ``pad`` seconds of real audio, close stretches joined, none over ``window_s``."""
    duration = len(stream.samples) / SAMPLE_RATE
    padded = [(max(0.0, s - pad), min(duration, e + pad)) for s, e in stream.spans]
    pieces: list[Span] = []
    for s, e in merge_spans(padded, gap=JOIN_GAP_S):
        # a merged piece longer than a window is cut at window length
        while e - s > window_s:
            pieces.append((s, s + window_s))
            s += window_s
        if e > s:
            pieces.append((s, e))
    return pieces


def pack_pieces(stream: int, pieces: Sequence[Span], *, window_s: float = WINDOW_S, retry: bool = False) -> list[Window]:
    """Pieces (call time, in order) packed ``SEPARATOR_S`` apart into windows of at most ``window_s``."""
    windows: list[Window] = []
    current: list[Piece] = []
    offset = 0.0
    for s, e in pieces:
        if current and offset + (e - s) > window_s:
            windows.append(Window(stream, tuple(current), retry))
            current, offset = [], 0.0
        current.append(Piece(s, e, offset))
        offset += (e - s) + SEPARATOR_S
    if current:
        windows.append(Window(stream, tuple(current), retry))
    return windows


def plan_windows(streams: Sequence[Stream], *, window_s: float = WINDOW_S, pad: float = PAD_S) -> list[Window]:
    """Pack each stream's speech, padded by ``pad`` seconds of real audio, into windows of at most ``window_s``."""
    return [w for index, stream in enumerate(streams)
            for w in pack_pieces(index, plan_pieces(stream, window_s=window_s, pad=pad), window_s=window_s)]


def speech_in_window(window: Window, spans: Sequence[Span]) -> list[tuple[Span, float, float]]:
    """The speech VAD found in ``window``: (the span, its start and end in window time) for each span in a piece."""
    starts = [s for s, _ in spans]
    out = []
    for p in window.pieces:
        for span in spans[max(0, bisect.bisect_right(starts, p.start) - 1) : bisect.bisect_left(starts, p.end)]:
            a, b = max(span[0], p.start), min(span[1], p.end)
            if b > a:
                out.append((span, p.offset + a - p.start, p.offset + b - p.start))
    return out


def left_out(window: Window, spans: Sequence[Span], words: Sequence[AsrWord]) -> list[Span]:
    """The spans of speech in ``window`` that its decoded text left out (``words`` in window time).

    Whisper decoding a window sometimes leaves out part of it (its first
    pieces, or what follows a closing phrase) and goes on or stops; the
    alignment then stretches a word over the audio left out, since its path
    must cross every frame. So a word spanning more than ``MAX_WORD_SPEECH_S``
    of speech explains none of it, and a span with at least
    ``MIN_LEFT_OUT_S`` of speech less than ``MIN_EXPLAINED`` inside the other
    words was left out.
    """
    speech = speech_in_window(window, spans)

    def overlap(a: float, b: float) -> float:
        return sum(max(0.0, min(b, e) - max(a, s)) for _, s, e in speech)

    plausible = [(w.start, w.end) for w in words if overlap(w.start, w.end) <= MAX_WORD_SPEECH_S]
    out = []
    for span, s, e in speech:
        explained = sum(max(0.0, min(e, b) - max(s, a)) for a, b in plausible)
        if e - s >= MIN_LEFT_OUT_S and explained < MIN_EXPLAINED * (e - s):
            out.append(span)
    return out


def retry_pieces(window: Window, spans: Sequence[Span], missing: Sequence[Span]) -> list[Span]:
    """Pieces (call time) to decode ``missing`` spans of ``window`` again: each padded by ``PAD_S`` into the
    silence around it (never into the stream's other speech), inside its piece of the window."""
    starts = [s for s, _ in spans]
    out = []
    for span in missing:
        piece = next(p for p in window.pieces if p.start < span[1] and span[0] < p.end)
        k = bisect.bisect_left(starts, span[0])
        before = spans[k - 1][1] if k > 0 else 0.0
        after = spans[k + 1][0] if k + 1 < len(spans) else piece.end
        out.append((max(piece.start, span[0] - PAD_S, before), min(piece.end, span[1] + PAD_S, after)))
    return sorted(out)


def window_audio(window: Window, samples: np.ndarray) -> np.ndarray:
    """The window's audio: its pieces cut from ``samples`` with short silences between."""
    parts = []
    gap = np.zeros(int(SEPARATOR_S * SAMPLE_RATE), dtype=np.float32)
    for k, p in enumerate(window.pieces):
        if k:
            parts.append(gap)
        parts.append(np.asarray(samples[int(p.start * SAMPLE_RATE) : int(p.end * SAMPLE_RATE)], dtype=np.float32))
    return np.concatenate(parts)


def nearest_span(spans: Sequence[Span], t: float) -> Span:
    """The span of the sorted ``spans`` that holds ``t``, or the closest one."""
    k = bisect.bisect_right([sp[0] for sp in spans], t)
    candidates = spans[max(0, k - 1) : k + 1]
    return min(candidates, key=lambda sp: 0.0 if sp[0] <= t <= sp[1] else min(abs(t - sp[0]), abs(t - sp[1])))


def _repetitive(result, options: TranscribeOptions) -> bool:
    """Whether the text is a repetition loop (gzip compresses it too well)."""
    threshold = options.compression_ratio_threshold
    return threshold is not None and result.compression_ratio > threshold


def _failed(result, options: TranscribeOptions) -> bool:
    if _repetitive(result, options):
        return True
    if options.logprob_threshold is not None and result.avg_logprob < options.logprob_threshold:
        # ... unless it is plain silence, which no temperature will fix
        return not _silence(result, options)
    return False


def _silence(result, options: TranscribeOptions) -> bool:
    return (
        options.no_speech_threshold is not None
        and result.no_speech_prob > options.no_speech_threshold
        and options.logprob_threshold is not None
        and result.avg_logprob < options.logprob_threshold
    )


def compression_ratio(text: str) -> float:
    """gzip compression ratio of ``text`` (Whisper's repetition-loop measure)."""
    import zlib

    data = text.encode("utf-8")
    return len(data) / max(1, len(zlib.compress(data)))


@dataclass
class _Job:
    """One call's streams while their windows are decoded."""

    streams: Sequence[Stream]
    windows: list[Window]
    language: str
    words: list[list[AsrWord]]
    guards: GuardStats
    remaining: int  # windows not decoded yet

    def result(self) -> EngineResult:
        for stream, ws in zip(self.streams, self.words):
            ws.sort(key=lambda x: (x.start, x.end))
            ws[:] = snap_to_speech(ws, stream.spans)
        return EngineResult(self.words, self.language, self.guards)


def snap_to_speech(words: Sequence[AsrWord], spans: Sequence[Span]) -> list[AsrWord]:
    """``words`` (sorted, each inside a span of ``spans``) with each span's first word starting where the
    span's speech starts, when it starts less than ``SNAP_S`` after it.

    After a pause the alignment times a word's onset late (its path lingers on
    the frames before it), by up to 0.3 s, so a short reply lost half its
    length; the speech voice activity detection heard before a span's first
    word is that word's onset. (Ends are left as aligned: the detector's
    offsets lag the speech, and moving words to them measured worse.)
    """
    out = list(words)
    seen: set[Span] = set()
    for k, w in enumerate(out):
        span = nearest_span(spans, (w.start + w.end) / 2)
        if span not in seen:
            seen.add(span)
            if 0 < w.start - span[0] <= SNAP_S:
                out[k] = AsrWord(w.text, span[0], w.end, w.probability)
    return out


class BatchDecoder:
    """Decodes the windows of any number of calls in shared batches of ``options.batch_size``.

    ``add(streams)`` plans a call's windows and queues them; ``run()`` decodes
    every full batch (``run(flush=True)``: every queued window) and returns
    the calls whose windows are all decoded, in the order they were added.
    A call's last windows thus share a batch with the next call's first ones.
    """

    def __init__(self, backend: Backend, options: TranscribeOptions) -> None:
        self.backend = backend
        self.options = options
        self._queue: dict[str, list[tuple[_Job, Window]]] = {}  # by language: a batch shares one prompt
        self._jobs: list[_Job] = []

    def add(self, streams: Sequence[Stream]) -> object:
        """Queue a call's streams; returns a handle that :meth:`run` gives back with its result."""
        windows = plan_windows(streams)
        language = self.options.language or ("en" if not self.backend.is_multilingual else None)
        if language is None:
            # the first window of each stream tells the language; the whole call is decoded in it
            firsts = list({w.stream: w for w in reversed(windows)}.values())
            language = (
                self.backend.detect_language(self.backend.encode([window_audio(w, streams[w.stream].samples) for w in firsts]))
                if firsts else "en"
            )
        job = _Job(streams, windows, language, [[] for _ in streams], GuardStats(windows=len(windows)), len(windows))
        self._jobs.append(job)
        self._queue.setdefault(language, []).extend((job, w) for w in windows)
        return job

    def run(self, *, flush: bool = False) -> list[tuple[object, EngineResult]]:
        size = self.options.batch_size
        for language, queue in self._queue.items():
            while len(queue) >= size or (flush and queue):
                batch, queue[:] = queue[:size], queue[size:]
                self._decode(batch, language)
        done = []
        while self._jobs and self._jobs[0].remaining == 0:
            job = self._jobs.pop(0)
            done.append((job, job.result()))
        return done

    def _decode(self, batch: list[tuple[_Job, Window]], language: str) -> None:
        options = self.options
        audios = [window_audio(w, job.streams[w.stream].samples) for job, w in batch]
        encoded = self.backend.encode(audios)
        results: list[Decoded | None] = [None] * len(batch)
        attempts: list[list[Decoded]] = [[] for _ in batch]
        pending = list(range(len(batch)))
        for k, temperature in enumerate(options.temperatures):
            if k:
                for i in pending:
                    batch[i][0].guards.redecoded += 1
            for i, r in zip(pending, self.backend.decode(encoded, pending, language=language, temperature=temperature)):
                results[i] = r
                attempts[i].append(r)
            pending = [i for i in pending if _failed(results[i], options)]
            if not pending:
                break
        for i in pending:
            # every temperature failed: keep the most likely text that is not a repetition loop, as
            # faster-whisper does (the last, most random attempt is usually the worst)
            fair = [r for r in attempts[i] if not _repetitive(r, options)]
            results[i] = max(fair or attempts[i], key=lambda r: r.avg_logprob)
        keep = []
        for i, r in enumerate(results):
            guards = batch[i][0].guards
            if _silence(r, options):
                guards.dropped_no_speech += 1
            elif _repetitive(r, options):
                guards.dropped_repetition += 1
            elif r.tokens:
                keep.append(i)
        token_lists = [list(results[i].tokens) if i in keep else [] for i in range(len(batch))]
        frames = [int(round(w.length * SAMPLE_RATE / HOP_LENGTH)) for _, w in batch]
        aligned = self.backend.align(encoded, token_lists, frames, language=language) if keep else []
        retries: dict[tuple[int, int], tuple[_Job, list[Span]]] = {}
        for i in keep:
            job, w = batch[i]
            spans = job.streams[w.stream].spans
            missing = [] if w.retry else left_out(w, spans, aligned[i])
            if len(missing) == len(speech_in_window(w, spans)):
                missing = []  # the same audio again would give the same text
            if missing:
                job.guards.retried_speech += len(missing)
                retries.setdefault((id(job), w.stream), (job, []))[1].extend(retry_pieces(w, spans, missing))
            for aw in aligned[i]:
                # a word belongs to one piece (the one holding its middle), never spans a cut
                piece = w.piece_at((aw.start + aw.end) / 2)
                start = w.to_call_time(aw.start, piece)
                end = max(start, w.to_call_time(aw.end, piece))
                # ... and lies in speech: the alignment stretches edge words into the padding around it
                span = nearest_span(spans, (start + end) / 2)
                if span in missing:
                    continue  # the alignment bridging speech the text left out, which is decoded again
                start = min(max(start, span[0]), span[1])
                end = min(max(end, start), span[1])
                job.words[w.stream].append(AsrWord(aw.text, start, end, aw.probability))
        for (_, stream), (job, pieces) in retries.items():
            again = pack_pieces(stream, sorted(pieces), retry=True)
            job.guards.windows += len(again)
            job.remaining += len(again)
            self._queue[language].extend((job, r) for r in again)
        for job, _ in batch:
            job.remaining -= 1


def transcribe_batched(backend: Backend, streams: Sequence[Stream], *, options: TranscribeOptions) -> EngineResult:
    """Words per stream from VAD-gated windows decoded in batches (see module docstring)."""
    decoder = BatchDecoder(backend, options)
    decoder.add(streams)
    ((_, result),) = decoder.run(flush=True)
    return result


def transcribe_reference(model, streams: Sequence[Stream], *, options: TranscribeOptions, fp16: bool) -> EngineResult:
    """Words per stream from plain ``whisper.transcribe`` on each whole stream (an openai-whisper model).

    Streams sharing one array (a diarized mono recording) are transcribed once
    and each word goes to the stream whose speech it overlaps most.
    """
    import whisper

    words: list[list[AsrWord]] = [[] for _ in streams]
    language = options.language
    groups: list[list[int]] = []
    for i, s in enumerate(streams):
        same = [g for g in groups if streams[g[0]].samples is s.samples]
        if same:
            same[0].append(i)
        else:
            groups.append([i])
    stats = GuardStats()
    for members in groups:
        result = whisper.transcribe(
            model,
            np.asarray(streams[members[0]].samples, dtype=np.float32),
            language=language,
            temperature=options.temperatures,
            compression_ratio_threshold=options.compression_ratio_threshold,
            logprob_threshold=options.logprob_threshold,
            no_speech_threshold=options.no_speech_threshold,
            word_timestamps=True,
            fp16=fp16,
            sample_len=options.sample_len,
            beam_size=options.beam_size,
            verbose=None,
        )
        language = language or result.get("language") or "en"
        stats.windows += len(result["segments"])
        for seg in result["segments"]:
            for w in seg.get("words") or ():
                aw = AsrWord(w["word"], float(w["start"]), float(w["end"]), float(w.get("probability", 0.0)))
                target = members[0] if len(members) == 1 else max(
                    members, key=lambda m: _overlap(aw.start, aw.end, streams[m].spans)
                )
                words[target].append(aw)
    for ws in words:
        ws.sort(key=lambda x: (x.start, x.end))
    return EngineResult(words, language or "en", stats)


def _overlap(start: float, end: float, spans: tuple[Span, ...]) -> float:
    """Seconds of [start, end] covered by ``spans``, minus the distance to them when none is."""
    covered = sum(max(0.0, min(end, e) - max(start, s)) for s, e in spans)
    if covered > 0 or not spans:
        return covered
    mid = (start + end) / 2
    return -min(min(abs(mid - s), abs(mid - e)) for s, e in spans)
