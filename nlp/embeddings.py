"""Sentence embeddings for what word lists miss: restatements in other words,
brief empathy, problems stated as facts, and authors' own example sentences
(``semantic_phrase.v1``).

The model is a sentence-transformers model chosen with ``QA_EMBEDDING_MODEL``:
a name users download once (``all-MiniLM-L6-v2``) or a folder. Nothing is
used when it is empty, and every detector that can use embeddings falls back
to its rules and says so. A call is cut into *segments* (sentences; long
unpunctuated speech in overlapping word windows) and every segment is
embedded once per call; with a cache folder the vectors are kept on disk by
the transcript's content, so re-scoring a stored call never embeds it again.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from transcription.errors import ModelError

if TYPE_CHECKING:
    import numpy as np

NONE = "none"  # how "no embedding model" is recorded with an evaluation

# a segment longer than this many words is cut into windows of WINDOW_WORDS, WINDOW_STEP apart
MAX_SEGMENT_WORDS = 24
WINDOW_WORDS = 14
WINDOW_STEP = 7
# phrase vectors kept per process (authors' examples, the detectors' reference sentences)
PHRASE_CACHE_SIZE = 20_000
# calls whose vectors are kept in memory (besides the disk cache)
CALL_CACHE_SIZE = 64

_LOCK = threading.Lock()
_ENCODERS: dict[str, "Encoder"] = {}
_configured = ""
_cache_dir: Path | None = None

_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def configure(model: str, *, cache_dir: str | Path | None = None) -> None:
    """Choose the embedding model (name or path; empty = none) and where call vectors
    are kept between runs (None = memory only). Nothing is loaded until needed."""
    global _configured, _cache_dir
    _configured = (model or "").strip()
    _cache_dir = Path(cache_dir) if cache_dir else None


def configured_model() -> str:
    return _configured


@dataclass(frozen=True)
class Segment:
    """A sentence (or a window of a long one) of one utterance."""

    utterance: int  # index into call.utterances
    start_char: int  # in the utterance's text
    end_char: int
    text: str


def segments_of(texts: Sequence[str]) -> list[Segment]:
    """Cut each utterance text into sentences, and long sentences into overlapping
    word windows, so that one embedding stands for one thought."""
    out: list[Segment] = []
    for i, text in enumerate(texts):
        pos = 0
        for sentence in _SENTENCE_END.split(text):
            begin = text.find(sentence, pos)
            pos = begin + len(sentence)
            words = [(m.start(), m.end()) for m in re.finditer(r"\S+", sentence)]
            if not words:
                continue
            if len(words) <= MAX_SEGMENT_WORDS:
                out.append(Segment(i, begin, pos, sentence.strip()))
                continue
            for w in range(0, len(words) - WINDOW_STEP, WINDOW_STEP):
                chunk = words[w : w + WINDOW_WORDS]
                a, b = begin + chunk[0][0], begin + chunk[-1][1]
                out.append(Segment(i, a, b, text[a:b]))
    return out


class Encoder:
    """A loaded sentence-transformers model with a cache of phrase vectors."""

    def __init__(self, name: str, model) -> None:  # noqa: ANN001 - SentenceTransformer, imported lazily
        self.name = name
        self._model = model
        self._phrases: OrderedDict[str, "np.ndarray"] = OrderedDict()
        self._calls: OrderedDict[str, "np.ndarray"] = OrderedDict()
        self._lock = threading.Lock()

    def _encode(self, texts: Sequence[str]) -> "np.ndarray":
        import numpy as np

        if not texts:
            dim = self._model.get_sentence_embedding_dimension() or 384
            return np.zeros((0, dim), dtype=np.float32)
        vecs = self._model.encode(list(texts), batch_size=64, normalize_embeddings=True,
                                  convert_to_numpy=True, show_progress_bar=False)
        return vecs.astype(np.float32, copy=False)

    def phrases(self, phrases: Sequence[str]) -> "np.ndarray":
        """Unit vectors of ``phrases`` (rows in order), each encoded once per process."""
        import numpy as np

        with self._lock:
            missing = [p for p in dict.fromkeys(phrases) if p not in self._phrases]
            if missing:
                for p, v in zip(missing, self._encode(missing)):
                    self._phrases[p] = v
                while len(self._phrases) > PHRASE_CACHE_SIZE:
                    self._phrases.popitem(last=False)
            rows = [self._phrases[p] for p in phrases]
        return np.stack(rows) if rows else self._encode([])

    def call_vectors(self, texts: Sequence[str]) -> "np.ndarray":
        """Unit vectors of a call's segment texts, from the disk cache when this model
        has embedded the same texts before."""
        import numpy as np

        key = hashlib.sha256(("\x00".join([self.name, *texts])).encode("utf-8", "surrogatepass")).hexdigest()
        with self._lock:
            if key in self._calls:
                self._calls.move_to_end(key)
                return self._calls[key]
        path = _cache_dir / f"{key}.npy" if _cache_dir else None
        vecs = None
        if path is not None and path.is_file():
            try:
                vecs = np.load(path, allow_pickle=False)
                if vecs.shape[0] != len(texts):
                    vecs = None
            except (OSError, ValueError):
                vecs = None  # a damaged cache file is recomputed
        if vecs is None:
            vecs = self._encode(texts)
            if path is not None:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    tmp = path.with_suffix(".tmp.npy")
                    np.save(tmp, vecs, allow_pickle=False)
                    tmp.replace(path)
                except OSError:
                    pass  # a read-only data folder only costs the re-computation
        with self._lock:
            self._calls[key] = vecs
            while len(self._calls) > CALL_CACHE_SIZE:
                self._calls.popitem(last=False)
        return vecs


def get_encoder(model: str | None = None) -> Encoder | None:
    """The encoder for ``model`` (None = the configured one); None when no model is set.

    Raises :class:`ModelError` saying what to do when the model cannot be loaded.
    """
    name = _configured if model is None else (model or "").strip()
    if not name or name == NONE:
        return None
    with _LOCK:
        if name in _ENCODERS:
            return _ENCODERS[name]
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise ModelError(
                "QA_EMBEDDING_MODEL is set but sentence-transformers is not installed; "
                "install it with `pip install sentence-transformers` or leave QA_EMBEDDING_MODEL empty"
            ) from e
        try:
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # "Loading weights" bars would land in worker logs
        except ImportError:
            pass
        try:
            st = SentenceTransformer(name, device="cpu")
        except Exception as e:  # noqa: BLE001 - hub errors, missing files and bad folders all mean 'unusable'
            where = "folder" if Path(name).exists() else "model name"
            raise ModelError(
                f"embedding model {name!r} cannot be loaded ({(str(e).splitlines() or [type(e).__name__])[0][:160]}); "
                f"check the {where}: download it once with internet (SentenceTransformer({name!r}).save(DIR)) "
                "and set QA_EMBEDDING_MODEL to that folder, or leave it empty to score without embeddings"
            ) from e
        enc = Encoder(name, st)
        _ENCODERS[name] = enc
        return enc


def describe(encoder: Encoder | None) -> str:
    """The model as recorded with an evaluation: its name or folder, or ``none``."""
    return encoder.name if encoder is not None else NONE
