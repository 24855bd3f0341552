"""Audio file in, speaker-separated timed transcript (a :class:`Call`) out.

Steps: decode (``audio``) -> speech per channel (``vad``) -> speakers: the
channel map for multi-channel recordings, diarization and role estimation
for mono ones (``diarize``) -> words (``whisper_engine`` on a faster-whisper
or openai-whisper backend) -> utterances. The call's metadata records which
path each step took. ``transcribe_files`` runs several recordings through
one engine so that their windows share batches.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from transcription.alignment import AsrWord
from transcription.audio import Audio, load_audio
from transcription.call import Call, Utterance, Word
from transcription.diarize import assign_roles, diarize
from transcription.errors import AudioError, QAError
from transcription.options import TranscribeOptions
from transcription.vad import Span, detect_speech, merge_spans
from transcription.whisper_engine import BatchDecoder, EngineResult, Stream, transcribe_reference
from transcription.whisper_models import compute_type, load_backend, load_whisper_model, resolve_device, resolve_engine

log = logging.getLogger(__name__)

SENTENCE_END = (".", "?", "!", "。", "？", "！")
IDENTICAL_CHANNELS = 1e-3  # channels differing by less than this (relative to peak) are one signal
ROLE_EVIDENCE_S = 30.0  # opening seconds of each speaker read when estimating roles


def transcribe_audio(path: str | Path, *, options: TranscribeOptions | None = None) -> Call:
    """Transcribe one recording into a :class:`Call` with speakers, words and speech intervals.

    Multi-channel audio is split by ``options.channels`` (default channel 0 =
    agent, 1 = customer); mono audio is diarized and its roles estimated
    (``metadata["roles_estimated"]`` is then true). The call id is the file
    stem. Raises :class:`AudioError` naming the file for unusable audio (or a
    channel map that does not fit it) and :class:`ModelError` when the
    Whisper model or a demanded diarizer cannot be loaded.
    """
    ((_, outcome),) = transcribe_files([path], options=options)
    if isinstance(outcome, QAError):
        raise outcome
    return outcome


def transcribe_files(
    paths: Iterable[str | Path], *, options: TranscribeOptions | None = None
) -> Iterator[tuple[Path, Call | QAError]]:
    """Transcribe several recordings in one go, their windows sharing the model's batches.

    Yields ``(path, call)`` or ``(path, error)`` in the order of ``paths`` as
    soon as each is done; a recording's last windows are decoded together
    with the next one's first, so a worker's batches stay full. An unusable
    file yields its :class:`AudioError` and the others go on; an unusable
    model raises :class:`ModelError` (every file would fail alike).
    """
    options = options or TranscribeOptions()
    engine = resolve_engine(options)
    device = resolve_device(options.device, engine=engine)
    decoder: BatchDecoder | None = None
    model = None
    pending: deque[tuple[Path, _Prepared | QAError, object]] = deque()
    results: dict[int, EngineResult] = {}

    def drain(flush: bool):
        if decoder is not None:
            results.update((id(handle), result) for handle, result in decoder.run(flush=flush))
        while pending:
            path, prep, handle = pending[0]
            if isinstance(prep, QAError):
                yield pending.popleft()[0], prep
                continue
            result = handle if isinstance(handle, EngineResult) else results.pop(id(handle), None)
            if result is None:
                return
            pending.popleft()
            try:
                yield path, _finish(prep, result, options, engine=engine, device=device)
            except AudioError as e:
                yield path, e

    for raw in paths:
        path = Path(raw)
        try:
            prep = _prepare(path, options)
        except AudioError as e:
            pending.append((path, e, None))
        else:
            if engine == "reference":
                if model is None:
                    model = load_whisper_model(options.model, device=device)
                fp16 = options.fp16 and device.startswith("cuda")
                pending.append((path, prep, transcribe_reference(model, prep.streams, options=options, fp16=fp16)))
            else:
                decoder = decoder or BatchDecoder(load_backend(options, device=device), options)
                pending.append((path, prep, decoder.add(prep.streams)))
        yield from drain(flush=False)
    yield from drain(flush=True)


@dataclass
class _Prepared:
    """A recording decoded and split into speakers, waiting for its words."""

    audio: Audio
    roles: list[str] | None  # one per stream; None until estimated (mono)
    streams: list[Stream]
    meta: dict


def _prepare(path: Path, options: TranscribeOptions) -> _Prepared:
    audio = load_audio(path, max_seconds=options.max_audio_seconds)
    if audio.channels > 1 and not _same_signal(audio):
        roles, streams, meta = _speakers_from_channels(audio, options)
    else:
        roles, (streams, meta) = None, _speakers_from_diarization(audio, options)
    if not any(s.spans for s in streams):
        raise AudioError(audio.path, _no_speech())
    return _Prepared(audio, roles, streams, meta)


def _finish(prep: _Prepared, result: EngineResult, options: TranscribeOptions, *, engine: str, device: str) -> Call:
    audio, roles, streams, meta = prep.audio, prep.roles, prep.streams, prep.meta
    if roles is None:
        # diarized speakers get their roles from what they said and when
        first = {k: s.spans[0][0] for k, s in enumerate(streams) if s.spans}
        opening = {
            k: "".join(w.text for w in ws if w.start < first.get(k, 0.0) + ROLE_EVIDENCE_S)
            for k, ws in enumerate(result.words)
        }
        by_speaker, meta["role_rule"] = assign_roles(first, opening)
        roles = [by_speaker.get(k, "customer") for k in range(len(streams))]
        if len(streams) < 2:
            meta["diarization_note"] += "; only one speaker was found"

    utterances = []
    speech: dict[str, list[Span]] = {"agent": [], "customer": []}
    for role, stream, words in zip(roles, streams, result.words):
        speech[role].extend(stream.spans)
        utterances.extend(build_utterances(role, words, stream.spans, gap=options.utterance_gap))
    if not utterances:
        raise AudioError(
            audio.path,
            "has speech but Whisper produced no words for it (every window failed the hallucination "
            f"checks: {result.guards.to_dict()}); check the language and the model",
        )
    utterances.sort(key=lambda u: (u.start, u.end))
    kind = compute_type(engine, device, options) if engine != "reference" else (
        "float16" if options.fp16 and device.startswith("cuda") else "float32")
    asr = {"engine": engine, "model": options.model, "language": result.language, "device": device,
           "compute_type": kind, "beam_size": options.beam_size or 1, "guards": result.guards.to_dict()}
    return Call(
        call_id=Path(audio.path).stem,
        utterances=tuple(utterances),
        duration=audio.duration,
        speech={role: tuple(sorted(spans)) for role, spans in speech.items()},
        metadata={"audio": audio.path, **meta, "asr": asr},
    )


def _speakers_from_channels(audio: Audio, options: TranscribeOptions) -> tuple[list[str], list[Stream], dict]:
    """One stream per channel the channel map does not ignore; roles are certain."""
    if audio.channels != len(options.channels):
        raise AudioError(
            audio.path,
            f"has {audio.channels} channels but the channel map {','.join(options.channels)!r} names "
            f"{len(options.channels)}; give one role per channel (agent, customer or ignore) with "
            "--channels or QA_CHANNELS",
        )
    speech = detect_speech(audio.samples, options=options.vad)
    kept = [i for i, r in enumerate(options.channels) if r != "ignore"]
    meta = {
        "channels": "stereo" if audio.channels == 2 else f"{audio.channels}-channel",
        "channel_map": list(options.channels),
        "diarization": "channel",
        "roles_estimated": False,
    }
    return [options.channels[i] for i in kept], [Stream(audio.samples[i], speech[i]) for i in kept], meta


def _speakers_from_diarization(audio: Audio, options: TranscribeOptions) -> tuple[list[Stream], dict]:
    """One stream per diarized speaker of the mono mix; roles are decided later."""
    mono = audio.mono() if audio.channels > 1 else audio.samples[0]
    speech = detect_speech(mono, options=options.vad)[0]
    if not speech:
        raise AudioError(audio.path, _no_speech())
    diar = diarize(mono, speech, diarizer=options.diarizer, model=options.diarization_model)
    speakers = sorted({k for _, _, k in diar.turns})
    meta = {"channels": "mono", "diarization": diar.method, "diarization_note": diar.note, "roles_estimated": True}
    if audio.channels > 1:
        meta["channels_note"] = f"all {audio.channels} channels carry the same signal; treated as mono"
    return [Stream(mono, diar.speaker_spans(k)) for k in speakers], meta


def build_utterances(speaker: str, words: list[AsrWord], spans: tuple[Span, ...], *, gap: float) -> list[Utterance]:
    """Group one speaker's words into utterances.

    A new utterance starts after a sentence-final word, after a pause longer
    than ``gap`` seconds, or where the words move to another stretch of
    speech (speech intervals closer than ``gap`` count as one stretch).
    """
    stretches = merge_spans(spans, gap=gap)
    groups: list[list[AsrWord]] = []
    last_stretch = None
    for w in words:
        if not w.text.strip():
            continue
        stretch = _nearest(stretches, (w.start + w.end) / 2)
        prev = groups[-1][-1] if groups else None
        if (
            prev is None
            or stretch != last_stretch
            or w.start - prev.end > gap
            or prev.text.strip().endswith(SENTENCE_END)
        ):
            groups.append([])
        groups[-1].append(w)
        last_stretch = stretch
    out = []
    for g in groups:
        text = "".join(w.text for w in g).strip()
        start, end = g[0].start, max(w.end for w in g)
        out.append(
            Utterance(
                speaker,
                start,
                end,
                text,
                tuple(Word(w.text.strip(), w.start, w.end, _prob(w.probability)) for w in g),
            )
        )
    return out


def _nearest(stretches: list[Span], t: float) -> int | None:
    if not stretches:
        return None
    return min(range(len(stretches)), key=lambda i: 0.0 if stretches[i][0] <= t <= stretches[i][1]
               else min(abs(t - stretches[i][0]), abs(t - stretches[i][1])))


def _prob(p: float) -> float | None:
    return float(min(1.0, max(0.0, p))) if np.isfinite(p) else None


def _same_signal(audio: Audio) -> bool:
    """Whether every channel carries the same signal (mono saved as stereo)."""
    peak = difference = 0.0
    for block in audio.blocks():
        peak = max(peak, float(np.abs(block).max()))
        difference = max(difference, float(np.abs(block - block[0:1]).max()))
    return bool(difference <= IDENTICAL_CHANNELS * peak)


def _no_speech() -> str:
    return "contains no speech (voice activity detection found none); check that this is a call recording"
