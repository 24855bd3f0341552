"""Speech to words with Whisper: the batched VAD-gated engine and the reference engine.

Batched engine (the default, the WhisperX approach taken one step further):
only the speech voice activity detection found is decoded. Speech close
together (pauses under ``JOIN_GAP_S``) is kept as one piece of audio; pieces
are packed, separated by ``SEPARATOR_S`` of silence, into windows of at most
30 s; windows from every channel are decoded in batches through
``model.decode(mel_batch, DecodingOptions)``; word timestamps come from one
batched cross-attention alignment on the encoder output decoding already
computed; each word is mapped back from window time to call time through the
piece it falls in.

Guards against Whisper's known failures on silence and noise, per window:
text whose gzip compression ratio is above ``compression_ratio_threshold``
(a repetition loop) or whose average log-probability is below
``logprob_threshold`` is decoded again at the next temperature; a window
still failing is dropped when it is a repetition loop, or when its
no-speech probability is above ``no_speech_threshold`` with a low
log-probability (hallucinated text in non-speech). The counts are returned
so the call's metadata shows what the guards did.

Reference engine: plain ``whisper.transcribe`` on each full stream (same
thresholds and temperatures), kept as a baseline and for comparison.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from transcription.alignment import AsrWord, align_batch
from transcription.audio import SAMPLE_RATE
from transcription.options import TranscribeOptions
from transcription.vad import Span, merge_spans

WINDOW_S = 30.0  # Whisper's input length, seconds
JOIN_GAP_S = 1.0  # speech separated by shorter pauses stays one piece of real audio, seconds
SEPARATOR_S = 0.2  # silence put between packed pieces, seconds
HOP_LENGTH = 160  # samples per mel frame (Whisper)


@dataclass(frozen=True)
class Stream:
    """One speaker's audio: a channel (stereo) or the mono mix with that speaker's turns."""

    samples: np.ndarray  # float32 (n,), 16 kHz, the whole recording
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

    @property
    def length(self) -> float:
        last = self.pieces[-1]
        return last.offset + (last.end - last.start)

    def piece_at(self, t: float) -> Piece:
        """The piece window time ``t`` falls in, or the nearest one."""

        def distance(p: Piece) -> float:
            end = p.offset + (p.end - p.start)
            return 0.0 if p.offset <= t <= end else min(abs(t - p.offset), abs(t - end))

        return min(self.pieces, key=distance)

    def to_call_time(self, t: float, piece: Piece | None = None) -> float:
        """Window time -> call time, through ``piece`` (default: the one ``t`` falls in), clamped to it."""
        p = piece or self.piece_at(t)
        return min(max(p.start + (t - p.offset), p.start), p.end)


@dataclass
class GuardStats:
    windows: int = 0  # windows decoded
    redecoded: int = 0  # decodes repeated at a higher temperature
    dropped_repetition: int = 0  # windows dropped as repetition loops
    dropped_no_speech: int = 0  # windows dropped as hallucinations on non-speech

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class EngineResult:
    words: list[list[AsrWord]]  # per stream, in call time, sorted
    language: str
    guards: GuardStats = field(default_factory=GuardStats)


def plan_windows(streams: list[Stream], *, window_s: float = WINDOW_S) -> list[Window]:
    """Pack each stream's speech into windows of at most ``window_s`` seconds."""
    windows: list[Window] = []
    for index, stream in enumerate(streams):
        pieces: list[tuple[float, float]] = []
        for s, e in merge_spans(stream.spans, gap=JOIN_GAP_S):
            # a merged piece longer than a window is cut at window length
            while e - s > window_s:
                pieces.append((s, s + window_s))
                s += window_s
            if e > s:
                pieces.append((s, e))
        current: list[Piece] = []
        offset = 0.0
        for s, e in pieces:
            if current and offset + (e - s) > window_s:
                windows.append(Window(index, tuple(current)))
                current, offset = [], 0.0
            current.append(Piece(s, e, offset))
            offset += (e - s) + SEPARATOR_S
        if current:
            windows.append(Window(index, tuple(current)))
    return windows


def window_audio(window: Window, samples: np.ndarray) -> np.ndarray:
    """The window's audio: its pieces cut from ``samples`` with short silences between."""
    parts = []
    gap = np.zeros(int(SEPARATOR_S * SAMPLE_RATE), dtype=np.float32)
    for k, p in enumerate(window.pieces):
        if k:
            parts.append(gap)
        parts.append(samples[int(p.start * SAMPLE_RATE) : int(p.end * SAMPLE_RATE)])
    return np.concatenate(parts).astype(np.float32, copy=False)


def _decoding_options(options: TranscribeOptions, *, language: str, temperature: float, fp16: bool, timestamps: bool):
    import whisper

    return whisper.DecodingOptions(
        task="transcribe",
        language=language,
        temperature=temperature,
        sample_len=options.sample_len,
        beam_size=options.beam_size if temperature == 0 else None,
        without_timestamps=not timestamps,
        fp16=fp16,
    )


def _failed(result, options: TranscribeOptions) -> bool:
    if options.compression_ratio_threshold is not None and result.compression_ratio > options.compression_ratio_threshold:
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


def detect_language(model, mels) -> str:
    """The language most likely spoken in the windows ``mels`` (English for English-only models)."""
    if not model.is_multilingual:
        return "en"
    _, probs = model.detect_language(mels)
    totals: dict[str, float] = {}
    for p in probs if isinstance(probs, list) else [probs]:
        for lang, v in p.items():
            totals[lang] = totals.get(lang, 0.0) + v
    return max(totals, key=totals.get)


def transcribe_batched(model, streams: list[Stream], *, options: TranscribeOptions, fp16: bool) -> EngineResult:
    """Words per stream from VAD-gated windows decoded in batches (see module docstring)."""
    import torch
    import whisper

    windows = plan_windows(streams)
    stats = GuardStats(windows=len(windows))
    words: list[list[AsrWord]] = [[] for _ in streams]
    dtype = torch.float16 if fp16 else torch.float32

    def mel_of(w: Window) -> torch.Tensor:
        audio = whisper.pad_or_trim(window_audio(w, streams[w.stream].samples))
        return whisper.log_mel_spectrogram(audio, model.dims.n_mels)

    if not windows:
        return EngineResult(words, options.language or "en", stats)
    language = options.language
    if not language:
        # the first window of each stream tells the language; the whole call is decoded in it
        firsts = {w.stream: w for w in reversed(windows)}.values()
        language = detect_language(model, torch.stack([mel_of(w) for w in firsts]).to(model.device, dtype))

    tokenizer = whisper.tokenizer.get_tokenizer(
        model.is_multilingual, num_languages=model.num_languages, language=language, task="transcribe"
    )
    for b in range(0, len(windows), options.batch_size):
        batch = windows[b : b + options.batch_size]
        mels = torch.stack([mel_of(w) for w in batch]).to(model.device, dtype)
        results: list = [None] * len(batch)
        pending = list(range(len(batch)))
        for k, temperature in enumerate(options.temperatures):
            if k:
                stats.redecoded += len(pending)
            decoded = model.decode(
                mels[pending],
                _decoding_options(options, language=language, temperature=temperature, fp16=fp16, timestamps=False),
            )
            for i, r in zip(pending, decoded):
                results[i] = r
            pending = [i for i in pending if _failed(results[i], options)]
            if not pending:
                break
        keep = []
        for i, r in enumerate(results):
            if _silence(r, options):
                stats.dropped_no_speech += 1
            elif (
                options.compression_ratio_threshold is not None
                and r.compression_ratio > options.compression_ratio_threshold
            ):
                stats.dropped_repetition += 1
            else:
                keep.append(i)
        if not keep:
            continue
        features = torch.stack([results[i].audio_features for i in keep])
        frames = [int(round(batch[i].length * SAMPLE_RATE / HOP_LENGTH)) for i in keep]
        # timestamp and other special tokens (ids >= eot) carry no words
        text_tokens = [[t for t in results[i].tokens if t < tokenizer.eot] for i in keep]
        aligned = align_batch(model, tokenizer, features, text_tokens, frames)
        for i, window_words in zip(keep, aligned):
            w = batch[i]
            for aw in window_words:
                # a word belongs to one piece (the one holding its middle), never spans a cut
                piece = w.piece_at((aw.start + aw.end) / 2)
                start = w.to_call_time(aw.start, piece)
                end = max(start, w.to_call_time(aw.end, piece))
                words[w.stream].append(AsrWord(aw.text, start, end, aw.probability))
    for ws in words:
        ws.sort(key=lambda x: (x.start, x.end))
    return EngineResult(words, language, stats)


def transcribe_reference(model, streams: list[Stream], *, options: TranscribeOptions, fp16: bool) -> EngineResult:
    """Words per stream from plain ``whisper.transcribe`` on each whole stream.

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
            streams[members[0]].samples,
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
