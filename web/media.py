"""Call audio, streamed with HTTP Range support (seeking in the player) and only to users who may
see the call and whose role may play it (``QA_PLAYBACK_ROLES``); ``?download=1`` sends it as a file,
for the roles in ``QA_DOWNLOAD_ROLES``. While redaction is on (``QA_REDACT``) a recording still
waiting to be transcribed is the unredacted original: nobody plays it until its silenced copy exists."""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, current_app, request, send_file

from qa_service.db.models import ROLES
from transcription.audio import AUDIO_EXTENSIONS
from transcription.errors import ConfigError
from web.auth import login_required, user_row, visible_call

log = logging.getLogger(__name__)
bp = Blueprint("media", __name__, url_prefix="/media")

# the media type browsers expect for each accepted audio extension (mimetypes guesses some of them wrong or not at all)
_AUDIO_TYPES = {
    ".wav": "audio/wav", ".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg",
    ".flac": "audio/flac", ".m4a": "audio/mp4", ".mp4": "audio/mp4", ".aac": "audio/aac", ".webm": "audio/webm",
}


def audio_type(path: Path) -> str:
    """The media type to serve a recording with (one of :data:`transcription.audio.AUDIO_EXTENSIONS`)."""
    suffix = path.suffix.lower()
    if suffix in AUDIO_EXTENSIONS and suffix in _AUDIO_TYPES:
        return _AUDIO_TYPES[suffix]
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _roles(value: str) -> set[str]:
    return {r.strip() for r in value.split(",") if r.strip()}


@bp.record_once
def _check_roles(state: Any) -> None:
    """A misspelt role in QA_PLAYBACK_ROLES / QA_DOWNLOAD_ROLES would silently lock everyone out: refuse it."""
    settings = state.app.config["QA_SETTINGS"]
    for name in ("playback_roles", "download_roles"):
        unknown = sorted(_roles(getattr(settings, name)) - set(ROLES))
        if unknown:
            raise ConfigError(f"setting {name} (QA_{name.upper()}) names unknown role(s) {', '.join(unknown)}; "
                              f"use a comma-separated list of {', '.join(ROLES)}")


def can_play(user: Any, settings: Any = None) -> bool:
    """Whether ``user``'s role may play recordings (``QA_PLAYBACK_ROLES``)."""
    settings = settings or current_app.config["QA_SETTINGS"]
    return user is not None and user.role in _roles(settings.playback_roles)


def can_download(user: Any, settings: Any = None) -> bool:
    """Whether ``user``'s role may download recordings (``QA_DOWNLOAD_ROLES``; playing is needed too)."""
    settings = settings or current_app.config["QA_SETTINGS"]
    return can_play(user, settings) and user.role in _roles(settings.download_roles)


def awaiting_redaction(record: Any, settings: Any = None) -> bool:
    """A recording not yet transcribed while redaction is on: the original, not to be played."""
    settings = settings or current_app.config["QA_SETTINGS"]
    return settings.redact.strip().lower() != "none" and record.transcript is None


def playable(record: Any, user: Any) -> bool:
    """Whether the review page shows ``user`` a player for ``record``."""
    return bool(record.audio_path) and can_play(user) and not awaiting_redaction(record)


def audio_note(record: Any, user: Any) -> str | None:
    """Why the review page shows ``user`` no player for a call that has a recording (None: it does, or there is none)."""
    if not record.audio_path or playable(record, user):
        return None
    if not can_play(user):
        return "Recordings are not played for your role; the transcript is below."
    return "The recording can be played once it has been transcribed and redacted."


@bp.get("/calls/<int:call_pk>/audio")
@login_required
def audio(call_pk: int):  # noqa: ANN201
    record = visible_call(call_pk)
    user = user_row()
    download = request.args.get("download") == "1"
    if not can_play(user) or (download and not can_download(user)):
        abort(403, description=f"your role ({user.role}) may not {'download' if download else 'play'} recordings; "
                               "an admin sets the roles that may (QA_PLAYBACK_ROLES, QA_DOWNLOAD_ROLES)")
    if not record.audio_path:
        abort(404)
    if awaiting_redaction(record):
        abort(409, description="the recording is redacted when it has been transcribed; try again then")
    path = Path(record.audio_path)
    if not path.is_file():
        log.warning("audio of call #%s is missing at %s", record.id, path)
        abort(404)
    response = send_file(path, mimetype=audio_type(path), conditional=True, max_age=0, etag=True,
                         as_attachment=download, download_name=f"call-{record.id}{path.suffix.lower()}")
    response.headers["Cache-Control"] = "private, no-store"
    return response
