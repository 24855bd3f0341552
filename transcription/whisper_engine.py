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
from transcription.vad import Span

WINDOW_S = 30.0  # Whisper's input length, seconds
JOIN_GAP_S = 1.0  # speech separated by shorter pauses stays one piece of real audio, seconds
PAD_S = 0.4  # real audio kept before and after each piece of speech (as faster-whisper's VAD pads), seconds
SEPARATOR_S = 0.2  # silence put between packed pieces, seconds
HOP_LENGTH = 160  # samples per mel frame (Whisper)
MAX_WORD_SPEECH_S = 1.5  # a word aligned over more speech than this is bridging audio the text left out, seconds
MIN_LEFT_OUT_S = 0.25  # speech shorter than this is never taken as left out by the text, seconds
MIN_EXPLAINED = 0.5  # speech with less than this share inside plausible words was left out by the text
MAX_RETRIES = 2  # rounds of decoding again the speech a window's text left out
RETRY_SEPARATOR_S = 1.0  # silence between the pieces of left-out speech decoded again together, seconds
STREAM_SEPARATOR_S = 1.0  # silence between the pieces of two streams in one window, seconds
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
    stream: int = 0  # the stream the audio comes from (a BatchDecoder numbers the streams of all its calls)


@dataclass(frozen=True)
class Window:
    pieces: tuple[Piece, ...]  # in window order; they may come from several streams (and calls)
    retry: int = 0  # 0: a first decode; n: speech left out by the text of windows decoded n times before

    @property
    def length(self) -> float:
        last = self.pieces[-1]
        return last.offset + (last.end - last.start)

    @property
    def streams(self) -> tuple[int, ...]:
        """The streams the window's pieces come from, in order of appearance."""
        return tuple(dict.fromkeys(p.stream for p in self.pieces))

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


class StreamTable(Protocol):
    """Streams by number: a list of one call's streams, or a :class:`BatchDecoder`'s streams of all its calls."""

    def __getitem__(self, index: int) -> Stream: ...


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


def plan_runs(stream: Stream, *, pad: float = PAD_S) -> list[list[Span]]:
    """The stream's speech as runs of real audio, each a list of segments (call time, in order).

    Each stretch of speech is padded by ``pad`` seconds of real audio (clipped
    to the recording); stretches whose padding overlaps split the pause
    between them at its middle, so the segments of a run touch or lie less
    than ``JOIN_GAP_S`` apart, and the run is decoded as one piece of real
    audio (with those short pauses) unless it must be cut to fill a window:
    then it is cut between two segments, at a pause of the speech.
    """
    duration = len(stream.samples) / SAMPLE_RATE
    runs: list[list[Span]] = []
    previous_end = None  # the last span's end, unpadded
    for s, e in stream.spans:
        a, b = max(0.0, s - pad), min(duration, e + pad)
        if runs and previous_end is not None and a < runs[-1][-1][1]:
            # the paddings overlap: the pause is shared at its middle
            middle = (previous_end + s) / 2
            runs[-1][-1] = (runs[-1][-1][0], middle)
            runs[-1].append((middle, b))
        elif runs and a - runs[-1][-1][1] < JOIN_GAP_S:
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
        previous_end = e
    return runs


def pack_runs(runs: Sequence[tuple[int, Sequence[Span]]], *, window_s: float = WINDOW_S,
              separator: float = SEPARATOR_S, retry: int = 0) -> list[Window]:
    """Runs of real audio (``(stream, segments)``, in order) packed ``separator`` seconds apart into windows of at most
    ``window_s``; a run that does not fit the space left is cut between its segments to fill it, and the rest
    goes on in the next window. Windows are filled in order, so one may hold the end of one stream's runs and the
    start of the next's, ``STREAM_SEPARATOR_S`` apart (its pieces name their streams; the word times are mapped
    back through them)."""
    windows: list[Window] = []
    current: list[Piece] = []
    offset = 0.0

    def close() -> None:
        nonlocal current, offset
        if current:
            windows.append(Window(tuple(current), retry))
        current, offset = [], 0.0

    for stream, segments in runs:
        rest = list(segments)
        while rest:
            if current and current[-1].stream != stream:
                offset += max(0.0, STREAM_SEPARATOR_S - separator)  # two speakers: a longer silence between
            start, space = rest[0][0], window_s - offset
            fits = 0  # segments of the rest that fit the space left
            while fits < len(rest) and rest[fits][1] - start <= space + 1e-9:
                fits += 1
            if fits:
                current.append(Piece(start, rest[fits - 1][1], offset, stream))
                offset += rest[fits - 1][1] - start + separator
                rest = rest[fits:]
                if rest:
                    close()
            elif current:
                close()
            else:
                # one segment longer than a window (speech the VAD did not split): cut at window length
                current.append(Piece(start, start + window_s, 0.0, stream))
                rest[0] = (start + window_s, rest[0][1])
                close()
    close()
    return windows


def plan_windows(streams: Sequence[Stream], *, window_s: float = WINDOW_S, pad: float = PAD_S,
                 first_id: int = 0) -> list[Window]:
    """Each stream's speech, padded by ``pad`` seconds of real audio, packed into windows of at most ``window_s``
    (a window holds one stream's speech). Pieces name their stream as ``first_id`` + its index in ``streams``."""
    return [w for index, stream in enumerate(streams)
            for w in pack_runs([(first_id + index, run) for run in plan_runs(stream, pad=pad)], window_s=window_s)]


def speech_in_window(window: Window, streams: StreamTable) -> list[tuple[int, Span, float, float]]:
    """The speech VAD found in ``window``: (its stream, the span, its start and end in window time) for each span
    in a piece; ``streams[k]`` is stream ``k``."""
    out = []
    for p in window.pieces:
        spans = streams[p.stream].spans
        starts = [s for s, _ in spans]
        for span in spans[max(0, bisect.bisect_right(starts, p.start) - 1) : bisect.bisect_left(starts, p.end)]:
            a, b = max(span[0], p.start), min(span[1], p.end)
            if b > a:
                out.append((p.stream, span, p.offset + a - p.start, p.offset + b - p.start))
    return out


def left_out(window: Window, streams: StreamTable, words: Sequence[AsrWord]) -> list[tuple[int, Span]]:
    """The spans of speech in ``window`` that its decoded text left out (``words`` in window time), as
    ``(stream, span)``.

    Whisper decoding a window sometimes leaves out part of it (its first
    pieces, or what follows a closing phrase) and goes on or stops; the
    alignment then stretches a word over the audio left out, since its path
    must cross every frame. So a word spanning more than ``MAX_WORD_SPEECH_S``
    of speech explains none of it, and a span with at least
    ``MIN_LEFT_OUT_S`` of speech less than ``MIN_EXPLAINED`` inside the other
    words was left out.
    """
    speech = speech_in_window(window, streams)

    def overlap(a: float, b: float) -> float:
        return sum(max(0.0, min(b, e) - max(a, s)) for _, _, s, e in speech)

    plausible = [(w.start, w.end) for w in words if overlap(w.start, w.end) <= MAX_WORD_SPEECH_S]
    out = []
    for stream, span, s, e in speech:
        explained = sum(max(0.0, min(e, b) - max(s, a)) for a, b in plausible)
        if e - s >= MIN_LEFT_OUT_S and explained < MIN_EXPLAINED * (e - s):
            out.append((stream, span))
    return out


def retry_pieces(window: Window, streams: StreamTable, missing: Sequence[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """Pieces (``(stream, call-time span)``) to decode ``missing`` spans of ``window`` again: each padded by
    ``PAD_S`` into the silence around it (never into the stream's other speech), inside its piece of the window."""
    out = []
    for stream, span in missing:
        spans = streams[stream].spans
        starts = [s for s, _ in spans]
        piece = next(p for p in window.pieces if p.stream == stream and p.start < span[1] and span[0] < p.end)
        k = bisect.bisect_left(starts, span[0])
        before = spans[k - 1][1] if k > 0 else 0.0
        after = spans[k + 1][0] if k + 1 < len(spans) else piece.end
        out.append((stream, (max(piece.start, span[0] - PAD_S, before), min(piece.end, span[1] + PAD_S, after))))
    return sorted(out)


def window_audio(window: Window, streams: StreamTable) -> np.ndarray:
    """The window's audio: its pieces cut from their streams' samples, each at its offset, silence between."""
    out = np.zeros(int(round(window.length * SAMPLE_RATE)), dtype=np.float32)
    for p in window.pieces:
        piece = streams[p.stream].samples[int(p.start * SAMPLE_RATE) : int(p.end * SAMPLE_RATE)]
        at = int(round(p.offset * SAMPLE_RATE))
        n = min(len(piece), len(out) - at)
        out[at : at + n] = piece[:n]
    return out


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


@dataclass(eq=False)
class _Job:
    """One call's streams while their windows are decoded."""

    streams: Sequence[Stream]
    language: str
    words: list[list[AsrWord]]
    guards: GuardStats
    remaining: int = 0  # windows of its speech not decoded yet
    left_out: dict[int, list[Span]] = field(default_factory=dict)  # speech to decode again, by stream
    retry: int = 0  # the round of decoding its left-out speech is in

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
    A window holds the speech of one call only, so a call's transcript does
    not depend on the calls decoded with it. Speech a window's text left out
    is decoded again once the call's windows are all decoded, each stream's
    in windows of its own (usually one for the whole call).
    """

    def __init__(self, backend: Backend, options: TranscribeOptions) -> None:
        self.backend = backend
        self.options = options
        self._queue: dict[str, list[Window]] = {}  # by language: a batch shares one prompt
        self._jobs: list[_Job] = []
        self._streams: dict[int, Stream] = {}  # every queued call's streams, numbered across calls
        self._owners: dict[int, tuple[_Job, int]] = {}  # stream number -> its call and index there
        self._next_stream = 0

    def add(self, streams: Sequence[Stream]) -> object:
        """Queue a call's streams; returns a handle that :meth:`run` gives back with its result."""
        first = self._next_stream
        self._next_stream += len(streams)
        table = {first + k: s for k, s in enumerate(streams)}
        windows = plan_windows(streams, first_id=first)
        language = self.options.language or ("en" if not self.backend.is_multilingual else None)
        if language is None:
            # the first window of each stream tells the language; the whole call is decoded in it
            firsts = list(dict.fromkeys({k: w for w in reversed(windows) for k in w.streams}.values()))
            language = (
                self.backend.detect_language(self.backend.encode([window_audio(w, table) for w in firsts]))
                if firsts else "en"
            )
        job = _Job(streams, language, [[] for _ in streams], GuardStats())
        self._streams.update(table)
        self._owners.update((first + k, (job, k)) for k in range(len(streams)))
        self._jobs.append(job)
        self._enqueue(job, windows)
        return job

    def _enqueue(self, job: _Job, windows: list[Window]) -> None:
        job.guards.windows += len(windows)
        job.remaining += len(windows)
        self._queue.setdefault(job.language, []).extend(windows)

    def _job_of(self, window: Window) -> _Job:
        return self._owners[window.pieces[0].stream][0]  # a window holds one call's speech

    def run(self, *, flush: bool = False) -> list[tuple[object, EngineResult]]:
        size = self.options.batch_size
        for language, queue in self._queue.items():
            while len(queue) >= size or (flush and queue):
                batch, queue[:] = queue[:size], queue[size:]
                self._decode(batch, language)
        done = []
        while self._jobs and self._jobs[0].remaining == 0:
            job = self._jobs.pop(0)
            for k in [k for k, (owner, _) in self._owners.items() if owner is job]:
                del self._owners[k], self._streams[k]
            done.append((job, job.result()))
        return done

    def _decode(self, batch: list[Window], language: str) -> None:
        options = self.options
        audios = [window_audio(w, self._streams) for w in batch]
        encoded = self.backend.encode(audios)
        results: list[Decoded | None] = [None] * len(batch)
        attempts: list[list[Decoded]] = [[] for _ in batch]
        pending = list(range(len(batch)))
        for k, temperature in enumerate(options.temperatures):
            if k:
                for i in pending:
                    self._job_of(batch[i]).guards.redecoded += 1
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
            if _silence(r, options):
                self._job_of(batch[i]).guards.dropped_no_speech += 1
            elif _repetitive(r, options):
                self._job_of(batch[i]).guards.dropped_repetition += 1
            elif r.tokens:
                keep.append(i)
        token_lists = [list(results[i].tokens) if i in keep else [] for i in range(len(batch))]
        frames = [int(round(w.length * SAMPLE_RATE / HOP_LENGTH)) for w in batch]
        aligned = self.backend.align(encoded, token_lists, frames, language=language) if keep else []
        for i in keep:
            w = batch[i]
            missing = [] if w.retry >= MAX_RETRIES else left_out(w, self._streams, aligned[i])
            if len(missing) == len(speech_in_window(w, self._streams)):
                missing = []  # the same audio again would give the same text
            for stream, piece in retry_pieces(w, self._streams, missing):
                job = self._owners[stream][0]
                job.guards.retried_speech += 1
                job.left_out.setdefault(stream, []).append(piece)
            for aw in aligned[i]:
                # a word belongs to one piece (the one holding its middle), never spans a cut
                piece = w.piece_at((aw.start + aw.end) / 2)
                start = w.to_call_time(aw.start, piece)
                end = max(start, w.to_call_time(aw.end, piece))
                # ... and lies in speech: the alignment stretches edge words into the padding around it
                span = nearest_span(self._streams[piece.stream].spans, (start + end) / 2)
                if (piece.stream, span) in missing:
                    continue  # the alignment bridging speech the text left out, which is decoded again
                start = min(max(start, span[0]), span[1])
                end = min(max(end, start), span[1])
                job, index = self._owners[piece.stream]
                job.words[index].append(AsrWord(aw.text, start, end, aw.probability))
        for w in batch:
            job = self._job_of(w)
            job.remaining -= 1
            job.retry = max(job.retry, w.retry + 1)
            if job.remaining == 0 and job.left_out:
                # the call's windows all decoded: the speech their text left out, packed together
                self._enqueue(job, pack_runs([(stream, [p]) for stream, pieces in sorted(job.left_out.items())
                                              for p in sorted(pieces)], separator=RETRY_SEPARATOR_S, retry=job.retry))
                job.left_out = {}


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
