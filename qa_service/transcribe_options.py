"""Transcription options from the service's settings.

``transcription`` may not import ``qa_service``, so the mapping from
``Settings`` (``QA_WHISPER_*``, ``QA_CHANNELS``...) to
:class:`transcription.TranscribeOptions` lives here, on the service's side.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa_service.config import Settings
from transcription.errors import ConfigError
from transcription.options import TranscribeOptions

if TYPE_CHECKING:
    from transcription.call import Call


def transcribe_options(settings: Settings, **overrides: Any) -> TranscribeOptions:
    """The options ``settings`` describe; ``overrides`` (not None) win, e.g. from CLI flags.

    Raises :class:`ConfigError` naming the setting when a value is invalid.
    """
    values: dict[str, Any] = {
        "model": settings.whisper_model,
        "device": settings.whisper_device,
        "fp16": settings.whisper_fp16,
        "language": settings.whisper_language or None,
        "channels": settings.channels,
        "engine": settings.whisper_engine,
        "compute_type": settings.whisper_compute_type,
        "cpu_threads": settings.whisper_cpu_threads,
        "beam_size": settings.whisper_beam_size,
        "batch_size": settings.whisper_batch_size,
        "sample_len": settings.whisper_sample_len or None,
        "diarizer": settings.diarizer,
        "diarization_model": settings.diarization_model,
        "max_audio_seconds": settings.max_audio_seconds or None,
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return TranscribeOptions(**values)
    except ConfigError as e:
        raise ConfigError(
            f"{e} (settings QA_WHISPER_MODEL, QA_WHISPER_DEVICE, QA_WHISPER_ENGINE, QA_WHISPER_COMPUTE_TYPE, "
            "QA_WHISPER_CPU_THREADS, QA_WHISPER_BATCH_SIZE, QA_WHISPER_SAMPLE_LEN, QA_CHANNELS, QA_DIARIZER or the "
            "matching command-line option)"
        ) from e


def transcribe_recording(settings: Settings, path: str | Path, *, label: str, **overrides: Any) -> "Call":
    """Transcribe the recording at ``path`` with the options ``settings`` describe (``overrides`` as for
    :func:`transcribe_options`), within ``settings.transcribe_time_limit`` seconds (0: no limit).

    With a limit the recording is transcribed in this worker's transcription process
    (:mod:`qa_service.time_limit`), which is killed when it runs over: that holds in every Celery pool, the
    solo pool of the embedded worker included. ``label`` names the call in messages.
    """
    options = transcribe_options(settings, **overrides)
    if settings.transcribe_time_limit and settings.transcribe_time_limit > 0:
        from qa_service.time_limit import transcribe_limited

        return transcribe_limited(path, options, settings.transcribe_time_limit, label=label)
    from transcription import transcribe_audio

    return transcribe_audio(path, options=options)
