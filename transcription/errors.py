"""The project's one error hierarchy.

It lives in the lowest layer so that every layer (transcription, nlp,
scorecards, qa_service, web) raises and catches the same classes. A message
names the file, the field and the valid choices, and says what to do.
"""

from __future__ import annotations


class QAError(Exception):
    """Base class of every error this project raises on purpose."""


class CallFormatError(QAError):
    """A call file (canonical JSON, WebVTT, SRT, Transcribe JSON) is malformed."""

    def __init__(self, source: str, field: str | None, problem: str) -> None:
        self.source = source
        self.field = field
        self.problem = problem
        where = f"{source}: {field}" if field else source
        super().__init__(f"{where}: {problem}")


class ScorecardError(QAError):
    """A scorecard YAML file is malformed or breaks a rule (immutable versions, ...)."""

    def __init__(self, source: str, problem: str, *, criterion: str | None = None) -> None:
        self.source = source
        self.criterion = criterion
        self.problem = problem
        where = f"{source}: criterion '{criterion}'" if criterion else source
        super().__init__(f"{where}: {problem}")


class DetectorError(QAError):
    """A detector name or its parameters are wrong."""


class AudioError(QAError):
    """An audio file cannot be decoded or is unusable (empty, silent, too long...)."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ModelError(QAError):
    """A model (Whisper checkpoint, spaCy pipeline, diarizer) cannot be loaded."""


class ConfigError(QAError):
    """A setting (QA_* variable or config file) has an invalid value."""
