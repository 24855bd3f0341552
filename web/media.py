"""Call audio, streamed with HTTP Range support (seeking in the player) and
only to users who may see the call."""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

from flask import Blueprint, abort, send_file

from transcription.audio import AUDIO_EXTENSIONS
from web.auth import login_required, visible_call

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


@bp.get("/calls/<int:call_pk>/audio")
@login_required
def audio(call_pk: int):  # noqa: ANN201
    record = visible_call(call_pk)
    if not record.audio_path:
        abort(404)
    path = Path(record.audio_path)
    if not path.is_file():
        log.warning("audio of call #%s (%s) is missing at %s", record.id, record.call_id, path)
        abort(404)
    response = send_file(path, mimetype=audio_type(path), conditional=True, max_age=0, etag=True)
    response.headers["Cache-Control"] = "private, no-store"
    return response
