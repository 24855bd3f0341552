"""Call audio, streamed with HTTP Range support (seeking in the player) and
only to users who may see the call."""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

from flask import Blueprint, abort, send_file

from web.auth import call_or_404, login_required

log = logging.getLogger(__name__)
bp = Blueprint("media", __name__, url_prefix="/media")

# audio types browsers play, by file extension
AUDIO_TYPES = {
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".oga": "audio/ogg",
    ".flac": "audio/flac",
    ".m4a": "audio/mp4",
    ".aac": "audio/aac",
    ".webm": "audio/webm",
}


@bp.get("/calls/<int:call_pk>/audio")
@login_required
def audio(call_pk: int):  # noqa: ANN201
    record = call_or_404(call_pk)
    if not record.audio_path:
        abort(404)
    path = Path(record.audio_path)
    if not path.is_file():
        log.warning("audio of call #%s (%s) is missing at %s", record.id, record.call_id, path)
        abort(404)
    mimetype = AUDIO_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    response = send_file(path, mimetype=mimetype, conditional=True, max_age=0, etag=True)
    response.headers["Cache-Control"] = "private, no-store"
    return response
