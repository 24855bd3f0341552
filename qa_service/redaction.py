"""Redaction where calls come in: the transcript's personal data replaced (:mod:`nlp.pii`) and the
recording's redacted stretches silenced, before anything is stored or printed.

:func:`protect` is what every entry applies (``qa_service.calls.set_transcript``, which every stored
transcript goes through; ``qa-service score`` and ``qa-service transcribe`` before they print or
write). With ``QA_REDACT`` other than ``none`` and something found in a call with a recording, the
recording is decoded, the redacted words' time spans (padded by :data:`PAD_S`) are zeroed on the
speaker's channel (every channel of a mono recording) and the result is written as Ogg/Opus to
``data_dir/recordings/``; the call then points at that copy, and an original this service stored
itself (a web or API upload, anything in ``data_dir``) is deleted. What was redacted (kinds, counts,
times; never the values) is kept in the call's metadata as ``redactions``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Sequence

from qa_service.config import Settings
from transcription.call import Call
from transcription.errors import AudioError

__all__ = ["PAD_S", "Protected", "RECORDINGS_DIR", "configure", "discard", "protect", "redact_transcript",
           "silence_spans"]

log = logging.getLogger(__name__)

# seconds silenced before and after each redacted span: word timings are a little off either way
PAD_S = 0.25
# folder under data_dir for redacted recordings
RECORDINGS_DIR = "recordings"
# sample rates libopus encodes; other recordings are resampled to 48 kHz
_OPUS_RATES = (48000, 24000, 16000, 12000, 8000)

# the settings the process loaded last (qa_service.config.configure_models), for callers without any
_ACTIVE: Settings | None = None


def configure(settings: Settings) -> None:
    """Check ``QA_REDACT`` (a :class:`ConfigError` listing the modes) and remember the settings this
    process loaded, for entries that are handed none."""
    from nlp.pii import kinds_for

    global _ACTIVE
    kinds_for(settings.redact)
    _ACTIVE = settings


def active_settings() -> Settings:
    if _ACTIVE is None:
        from qa_service.config import load_settings

        return load_settings()
    return _ACTIVE


@dataclass(frozen=True)
class Protected:
    call: Call  # the redacted call (metadata["redactions"] says what was replaced)
    audio_path: str | None  # the recording to keep: a silenced copy, the original when nothing was redacted


def _pipeline_for(mode: str) -> Any:
    """The configured spaCy pipeline when it is a trained one ('all' mode uses its entities), else None."""
    if mode != "all":
        return None
    from nlp import pipeline

    if not pipeline.configured_model():
        return None
    nlp = pipeline.get_nlp()
    return nlp if pipeline.is_trained(nlp) else None


def redact_transcript(call: Call, settings: Settings | None = None) -> Call:
    """``call`` with the personal data of ``QA_REDACT`` replaced (see :func:`nlp.pii.redact_call`)."""
    from nlp.pii import redact_call

    mode = (settings or active_settings()).redact.strip().lower()
    redacted, _ = redact_call(call, mode, nlp=_pipeline_for(mode))
    return redacted


def protect(call: Call, *, audio_path: str | None, key: str, settings: Settings | None = None,
            channels: Sequence[str] | None = None) -> Protected:
    """Redact ``call`` and, when something was found and there is a recording, silence it.

    ``key`` names the silenced copy (the call's content hash). ``channels`` is the channel -> role map
    of a stereo recording when the call's metadata has none (default: ``QA_CHANNELS``).
    """
    settings = settings or active_settings()
    redacted = redact_transcript(call, settings)
    report = redacted.metadata.get("redactions") or {}
    items = report.get("items") or []
    if not audio_path or not items:
        return Protected(redacted, audio_path)
    source = Path(audio_path)
    # (a call already pointing at its silenced copy, transcribed again, is silenced again in place)
    target = settings.data_path / RECORDINGS_DIR / f"{key}.ogg"
    role_map = list(redacted.metadata.get("channel_map") or channels or settings.channels.split(","))
    mono = redacted.metadata.get("channels") == "mono"
    spans = []
    for item in items:
        role = item.get("speaker")
        channel = None if mono or role not in role_map else role_map.index(role)
        spans.append((channel, max(0.0, float(item["start"]) - PAD_S), float(item["end"]) + PAD_S))
    meta = dict(redacted.metadata)
    try:
        silence_spans(source, target, spans)
    except AudioError as e:
        # the original must not be kept unredacted: the call goes on without its recording
        log.warning("recording of call %s dropped: %s", call.call_id, e)
        meta["redactions"] = {**report, "recording": f"dropped: {e}"}
        meta.pop("audio", None)
        return Protected(replace(redacted, metadata=meta), None)
    meta["redactions"] = {**report, "recording": "silenced", "pad_s": PAD_S}
    if "audio" in meta:
        meta["audio"] = str(target)
    _drop_stored_original(settings, source)
    return Protected(replace(redacted, metadata=meta), str(target))


def discard(protected: Protected, *, original: str | None) -> None:
    """Delete the silenced copy :func:`protect` wrote, when its call is gone before it was stored."""
    if protected.audio_path and protected.audio_path != original:
        Path(protected.audio_path).unlink(missing_ok=True)


def _drop_stored_original(settings: Settings, source: Path) -> None:
    """Delete an original recording only when this service stored it (a web or API upload in data_dir)."""
    data = settings.data_path.resolve()
    try:
        where = source.resolve()
        if data in where.parents and (data / RECORDINGS_DIR) not in where.parents:
            where.unlink(missing_ok=True)
    except OSError as e:
        log.warning("could not delete the unredacted upload %s: %s", source, e)


def silence_spans(source: str | Path, target: str | Path, spans: Sequence[tuple[int | None, float, float]]) -> Path:
    """Write ``source`` as Ogg/Opus to ``target`` with each ``(channel or None for all, start s, end s)``
    span zeroed. Decodes and encodes a frame at a time, so memory stays small whatever the length.
    Raises :class:`AudioError` when the recording cannot be read or written."""
    import av
    import numpy as np

    source, target = Path(source), Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part.ogg")
    try:
        with av.open(str(source)) as inp:
            if not inp.streams.audio:
                raise AudioError(str(source), "contains no audio stream to redact")
            stream = inp.streams.audio[0]
            rate = stream.rate if stream.rate in _OPUS_RATES else 48000
            layout = "mono" if stream.channels == 1 else "stereo"
            n_channels = 1 if layout == "mono" else 2
            resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
            with av.open(str(partial), "w", format="ogg") as out:
                enc = out.add_stream("libopus", rate=rate, layout=layout)
                # half libopus's effort: about as good for speech, up to twice as fast (bench/redaction_speed.py)
                enc.options = {"compression_level": "5"}
                pos = 0  # samples written so far
                bounds = [(c, int(a * rate), int(b * rate)) for c, a, b in spans]

                def emit(frames: list) -> None:
                    nonlocal pos
                    for frame in frames:
                        data = frame.to_ndarray().astype(np.float32)  # (channels, k)
                        k = data.shape[1]
                        for c, a, b in bounds:
                            lo, hi = max(a, pos) - pos, min(b, pos + k) - pos
                            if hi > lo:
                                if c is None or c >= n_channels:
                                    data[:, lo:hi] = 0.0
                                else:
                                    data[c, lo:hi] = 0.0
                        pos += k
                        silenced = av.AudioFrame.from_ndarray(np.ascontiguousarray(data), format="fltp",
                                                              layout=layout)
                        silenced.sample_rate = rate
                        for packet in enc.encode(silenced):
                            out.mux(packet)

                for frame in inp.decode(stream):
                    frame.pts = None
                    emit(resampler.resample(frame))
                emit(resampler.resample(None))
                for packet in enc.encode(None):
                    out.mux(packet)
        partial.replace(target)
    except av.error.FFmpegError as e:
        partial.unlink(missing_ok=True)
        raise AudioError(str(source), f"cannot be redacted (decoding or encoding failed: {e}); the call was not "
                         "stored, fix the recording or set QA_REDACT=none") from e
    return target
