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

BLANK = "blank:en"  # how the default pipeline is named in an evaluation's "models"

_LOCK = threading.Lock()
_CACHE: dict[str, "Language"] = {}
_configured_model = ""


def configure(model: str) -> None:
    """Choose the pipeline (name or path; empty = blank English) that :func:`get_nlp`
    loads by default. Nothing is loaded until a call is scored."""
    global _configured_model
    _configured_model = (model or "").strip()


def configured_model() -> str:
    return _configured_model


def is_trained(nlp: "Language") -> bool:
    """True when ``nlp`` has a dependency parser and an entity recogniser."""
    return "parser" in nlp.pipe_names and "ner" in nlp.pipe_names


def describe(nlp: "Language") -> str:
    """The pipeline as recorded with an evaluation: ``blank:en`` or ``name version``."""
    if not nlp.pipe_names or nlp.pipe_names == ["lemmatizer"]:
        return BLANK
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'pipeline')} {meta.get('version', '')}".strip()


def _add_speech_exceptions(nlp: "Language") -> None:
    """Spoken contractions the English tokenizer does not split."""
    from spacy.symbols import NORM, ORTH

    for text in ("dunno", "Dunno", "DUNNO"):
        nlp.tokenizer.add_special_case(
            text, [{ORTH: text[:3], NORM: "do"}, {ORTH: text[3], NORM: "not"}, {ORTH: text[4:], NORM: "know"}]
        )
    for who in ("someone", "somebody", "everyone", "everybody", "nobody"):
        # "someone'll have a look at it": the tokenizer splits "I'll", "you'll" but not these (no hyphenated
        # word: a special case holding "-" changed how the tokenizer split "1-1-1", a security code read out)
        for w in (who, who.capitalize()):
            for apostrophe in ("'", "’"):
                nlp.tokenizer.add_special_case(
                    f"{w}{apostrophe}ll", [{ORTH: w}, {ORTH: f"{apostrophe}ll", NORM: "will"}])
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


def blank_lemma_table():
    """The lemma lookup table of the blank English pipeline's lemmatizer, when that
    pipeline is loaded (else None): :mod:`nlp.words` reads the same table from
    ``spacy-lookups-data``, and loading it twice costs a fraction of a second per process."""
    with _LOCK:
        nlp = _CACHE.get("") or _CACHE.get(BLANK)
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_lookup"):
        return None
    return lookups.get_table("lemma_lookup")


def get_nlp(model: str | None = None) -> "Language":
    """The shared pipeline for ``model`` (name or path; None = configured default)."""
    name = _configured_model if model is None else model
    with _LOCK:
        if name in _CACHE:
            return _CACHE[name]
        import spacy

        if name and name != BLANK:
            try:
                # the parse, tags and entities are what a trained pipeline adds; text classifiers are not used
                nlp = spacy.load(name, exclude=["textcat", "textcat_multilabel"])
            except (OSError, ImportError, ValueError) as e:
                raise ModelError(
                    f"spaCy pipeline {name!r} cannot be loaded ({(str(e).splitlines() or [''])[0][:160]}); "
                    f"install it (python -m spacy download {name}), set QA_SPACY_MODEL to an installed "
                    "pipeline's name or folder, or leave it empty for the built-in blank English pipeline"
                ) from e
        else:
            nlp = _blank_english()
        _add_speech_exceptions(nlp)
        _CACHE[name] = nlp
        return nlp
