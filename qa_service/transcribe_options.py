"""Transcription options from the service's settings.

``transcription`` may not import ``qa_service``, so the mapping from
``Settings`` (``QA_WHISPER_*``, ``QA_CHANNELS``...) to
:class:`transcription.TranscribeOptions` lives here, on the service's side.
"""

from __future__ import annotations

from typing import Any

from qa_service.config import Settings
from transcription.errors import ConfigError
from transcription.options import TranscribeOptions


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
