"""The spaCy pipeline every detector shares, loaded once per process.

A trained pipeline (``en_core_web_sm`` or any name/path the user configures)
is used when installed; otherwise ``spacy.blank("en")`` with the lookup
lemmatizer from ``spacy-lookups-data``. Detectors match on ``NORM`` (so
"don't", "do not", "dont" and "dunno" are one rule) and ``LEMMA``.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from transcription.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_TRAINED_PIPELINE = "en_core_web_sm"

_LOCK = threading.Lock()
_CACHE: dict[str, "Language"] = {}
_configured_model = ""


def configure(model: str) -> None:
    """Choose the pipeline (name or path) that :func:`get_nlp` loads by default."""
    global _configured_model
    _configured_model = model or ""


def _add_speech_exceptions(nlp: "Language") -> None:
    """Spoken contractions the English tokenizer does not split."""
    from spacy.symbols import NORM, ORTH

    for text in ("dunno", "Dunno", "DUNNO"):
        nlp.tokenizer.add_special_case(
            text, [{ORTH: text[:3], NORM: "do"}, {ORTH: text[3], NORM: "not"}, {ORTH: text[4:], NORM: "know"}]
        )
    for text, parts in {"cant": ("ca", "nt"), "wont": ("wo", "nt")}.items():
        # "cant"/"wont" are transcribed without the apostrophe in ASR output
        nlp.tokenizer.add_special_case(
            text, [{ORTH: parts[0], NORM: "can" if text == "cant" else "will"}, {ORTH: parts[1], NORM: "not"}]
        )


def _blank_english() -> "Language":
    import spacy

    nlp = spacy.blank("en")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except Exception as e:  # noqa: BLE001 - missing lookups data is a set-up problem
        raise ModelError(
            "spaCy's lookup lemmatizer could not be initialised; install it with "
            f"`pip install spacy-lookups-data` ({e})"
        ) from e
    return nlp


def get_nlp(model: str | None = None) -> "Language":
    """The shared pipeline for ``model`` (name or path; None = configured default)."""
    name = _configured_model if model is None else model
    with _LOCK:
        if name in _CACHE:
            return _CACHE[name]
        import spacy

        if name:
            try:
                nlp = spacy.load(name, exclude=["ner", "textcat"])
            except OSError as e:
                raise ModelError(
                    f"spaCy pipeline {name!r} is not installed; install it (python -m spacy download {name}) "
                    "or set QA_SPACY_MODEL to an installed pipeline or leave it empty for the built-in rules"
                ) from e
        else:
            try:
                nlp = spacy.load(DEFAULT_TRAINED_PIPELINE, exclude=["ner", "textcat", "parser"])
            except OSError:
                nlp = _blank_english()
        _add_speech_exceptions(nlp)
        _CACHE[name] = nlp
        return nlp
