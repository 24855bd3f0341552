"""Load Whisper models by name or checkpoint path, once per process.

``whisper.load_model`` downloads official models to the usual cache
(``~/.cache/whisper``) for users with internet; a path loads any checkpoint
saved as ``{"dims": ..., "model_state_dict": ...}``.
"""

from __future__ import annotations

import os
import threading

from transcription.errors import ModelError

_LOCK = threading.Lock()
_MODELS: dict[tuple[str, str], object] = {}


def resolve_device(device: str) -> str:
    """``"auto"`` -> ``"cuda"`` when a GPU is visible, else ``"cpu"``; other values unchanged."""
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def load_whisper_model(name: str, *, device: str = "auto"):
    """The Whisper model ``name`` (official name or checkpoint path) on ``device``, cached.

    Raises :class:`ModelError` saying what to do when the name is unknown,
    the download fails or the checkpoint is unreadable.
    """
    device = resolve_device(device)
    key = (name, device)
    with _LOCK:
        if key in _MODELS:
            return _MODELS[key]
        import whisper

        known = whisper.available_models()
        if name not in known and not os.path.isfile(name):
            raise ModelError(
                f"Whisper model {name!r} is neither a model name ({', '.join(known)}) nor an existing "
                "checkpoint file; set QA_WHISPER_MODEL or --model to one of those"
            )
        try:
            model = whisper.load_model(name, device=device)
        except Exception as e:  # noqa: BLE001 - torch.load/unpickling/download fail in many ways; all mean 'unusable'
            reason = (str(e).strip().splitlines() or [type(e).__name__])[0][:200]
            if name in known:
                hint = (
                    f"could not load or download Whisper model {name!r} ({reason}); with no internet, copy "
                    f"{name}.pt into ~/.cache/whisper or pass the checkpoint's path"
                )
            else:
                hint = (
                    f"Whisper checkpoint {name} cannot be loaded ({reason}); it must be a torch file with "
                    "'dims' and 'model_state_dict' as saved by openai-whisper"
                )
            raise ModelError(hint) from e
        model.eval()
        _MODELS[key] = model
        return model
