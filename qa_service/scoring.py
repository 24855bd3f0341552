"""Scoring files from the command line or a worker: find the inputs, load each
(transcript or audio), score it, and keep going when one file is bad."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from qa_service.config import Settings
from qa_service.redaction import redact_transcript
from scorecards.engine import Evaluation, score_call
from scorecards.ledger import VersionLedger
from scorecards.schema import Scorecard, load_scorecard
from transcription.audio import AUDIO_EXTENSIONS, is_audio_path
from transcription.call import Call
from transcription.errors import QAError
from transcription.importers import TRANSCRIPT_EXTENSIONS, load_transcript

log = logging.getLogger(__name__)

# every file the CLI, the workers and the web upload accept: transcripts and recordings
INPUT_EXTENSIONS: tuple[str, ...] = TRANSCRIPT_EXTENSIONS + AUDIO_EXTENSIONS


def find_inputs(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Expand files and directories into input files; also return the paths that don't exist."""
    files: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_EXTENSIONS))
        elif p.is_file():
            files.append(p)
        else:
            missing.append(raw)
    return files, missing


def load_any(path: Path, settings: Settings, *, speaker_map: Mapping[str, str] | None = None) -> Call:
    """A call from a transcript file, or from an audio file transcribed on the spot."""
    if is_audio_path(path):
        from qa_service.transcribe_options import transcribe_options
        from transcription import transcribe_audio

        return transcribe_audio(path, options=transcribe_options(settings))
    return load_transcript(path, speaker_map=speaker_map)


def scorecard_for(settings: Settings, id_or_path: str | None = None) -> Scorecard:
    """Load a scorecard and check its version against the ledger (versions are immutable)."""
    dirs = (settings.scorecards_dir,) if settings.scorecards_dir else ()
    scorecard = load_scorecard(id_or_path or settings.scorecard, search_dirs=dirs)
    VersionLedger(settings.data_path / "scorecard_versions.json").check(scorecard)
    return scorecard


@dataclass(frozen=True)
class Scored:
    path: Path
    evaluation: Evaluation | None = None
    error: QAError | None = None


def score_files(
    files: list[Path], scorecard: Scorecard, settings: Settings, *, speaker_map: Mapping[str, str] | None = None
) -> Iterator[Scored]:
    """Score each file; a file that fails yields its error and the rest go on."""
    seen: dict[str, Path] = {}
    for path in files:
        try:
            # redacted (QA_REDACT) before anything is scored or printed: evidence quotes the redacted text
            call = redact_transcript(load_any(path, settings, speaker_map=speaker_map), settings)
            if call.call_id in seen:
                raise QAError(f"{path}: call_id {call.call_id!r} is also used by {seen[call.call_id]}; "
                              "call ids must be unique")
            seen[call.call_id] = path
            yield Scored(path, evaluation=score_call(call, scorecard))
        except QAError as e:
            yield Scored(path, error=e)
        except Exception as e:  # noqa: BLE001 - a bug with one file must not stop the others
            log.debug("%s: internal error", path, exc_info=True)
            yield Scored(path, error=QAError(f"{path}: internal error while scoring ({type(e).__name__}: {e}); "
                                             "please report this with the file (QA_LOG_LEVEL=DEBUG shows where)"))
