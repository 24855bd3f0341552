"""Who speaks when in a mono recording: pyannote.audio when installed, else a fallback.

Stereo calls need none of this (each party has a channel). For mono:

* ``pyannote``: the ``pyannote.audio`` pipeline ``diarization_model`` (by
  default ``pyannote/speaker-diarization-3.1``), when the package is installed
  and its model is in the local Hugging Face cache or given as a path.
* ``fallback-vad-mfcc-kmeans``: speech from voice activity detection is cut
  into ~1 s chunks, each described by the mean and spread of its MFCCs
  (timbre and pitch shape), and the chunks are split into two speakers with
  k-means; neighbouring chunks of one speaker become turns. When the two
  clusters are not really apart (mean silhouette under ``MIN_SILHOUETTE``)
  or the smaller holds under ``MIN_SHARE`` of the speech, the recording is
  taken to hold one speaker. It assumes at most two parties
  and no overlapping speech, and is clearly worse than pyannote; calls it
  produced say so in their metadata.

Either way the two speakers' roles are then estimated (see
:func:`assign_roles`): the speaker who greets ("thank you for calling", "my
name is") is the agent, else whoever speaks first. Nothing here falls back
silently: the method and the reason are returned and end up in the call's
metadata.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass

import numpy as np

from transcription.audio import SAMPLE_RATE
from transcription.errors import ModelError
from transcription.vad import Span, merge_spans

log = logging.getLogger(__name__)

FALLBACK = "fallback-vad-mfcc-kmeans"
CHUNK_S = 1.0  # length of the pieces the fallback clusters, seconds
N_MFCC = 20  # cepstral coefficients per frame (the first, loudness, is left out)
# below this mean silhouette the two clusters are taken to be one speaker; two distinct
# voices score ~0.4, one voice split in two ~0.05
MIN_SILHOUETTE = 0.12
MIN_SHARE = 0.1  # a second speaker must hold at least this share of the speech chunks (and 2 chunks)
# phrases an agent opens a call with; the speaker who says one first is the agent
GREETINGS = re.compile(
    r"\b(thank(s| you) for (calling|contacting|holding)|my name is|how (can|may) i (help|assist)|"
    r"you('ve| have) reached|speaking|welcome to)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Diarization:
    turns: tuple[tuple[float, float, int], ...]  # (start, end, speaker index), seconds, sorted
    method: str  # "pyannote" or FALLBACK
    note: str  # why this method was used, shown in the metadata

    def speaker_spans(self, speaker: int) -> tuple[Span, ...]:
        return tuple((s, e) for s, e, k in self.turns if k == speaker)


def diarize(
    samples: np.ndarray, speech: tuple[Span, ...], *, diarizer: str = "auto", model: str = "pyannote/speaker-diarization-3.1"
) -> Diarization:
    """Split the mono ``samples`` (16 kHz) into at most two speakers' turns.

    ``diarizer``: ``"auto"`` (pyannote when it loads, else the fallback, with
    the reason in ``note``), ``"pyannote"`` (raise :class:`ModelError` when it
    cannot be used) or ``"fallback"``.
    """
    if diarizer in ("auto", "pyannote"):
        try:
            turns = _pyannote_turns(samples, model)
        except ModelError as e:
            if diarizer == "pyannote":
                raise
            log.warning("mono call: %s; using the %s diarization fallback", e, FALLBACK)
            return Diarization(_fallback_turns(samples, speech), FALLBACK, str(e))
        return Diarization(_clip_to_speech(turns, speech), "pyannote", f"pyannote.audio pipeline {model}")
    return Diarization(_fallback_turns(samples, speech), FALLBACK, "the fallback was asked for (diarizer=fallback)")


def assign_roles(first_start: dict[int, float], texts: dict[int, str]) -> tuple[dict[int, str], str]:
    """Speaker index -> "agent"/"customer", and the rule that decided.

    Of the speakers whose opening words hold a greeting phrase, the one who
    speaks first is the agent (rule ``"greeting"``); when nobody greets,
    whoever speaks first is (``"first-speaker"``).
    ``texts`` holds each speaker's opening words in call order.
    """
    order = sorted(first_start, key=first_start.get)
    greeters = [k for k in order if GREETINGS.search(texts.get(k, ""))]
    if greeters:
        agent, rule = greeters[0], "greeting"
    else:
        agent, rule = order[0], "first-speaker"
    return {k: ("agent" if k == agent else "customer") for k in order}, rule


# --- pyannote.audio ---------------------------------------------------------

_PIPELINES: dict[str, object] = {}
_LOCK = threading.Lock()


def _pyannote_turns(samples: np.ndarray, model: str) -> list[tuple[float, float, int]]:
    try:
        from pyannote.audio import Pipeline
    except ImportError as e:
        raise ModelError("pyannote.audio is not installed (pip install pyannote.audio)") from e
    except Exception as e:  # noqa: BLE001 - a broken install must not break transcription
        raise ModelError(f"pyannote.audio cannot be imported ({e}); reinstall it") from e
    import torch

    with _LOCK:
        pipeline = _PIPELINES.get(model)
        if pipeline is None:
            try:
                pipeline = Pipeline.from_pretrained(model)
            except Exception as e:  # noqa: BLE001 - any failure to fetch/load the model means "not usable"
                raise ModelError(
                    f"pyannote.audio pipeline {model!r} cannot be loaded ({e}); accept its licence on "
                    "Hugging Face and download it once, or give a local path"
                ) from e
            if pipeline is None:
                raise ModelError(f"pyannote.audio pipeline {model!r} is not available (gated model, no token?)")
            _PIPELINES[model] = pipeline
        try:
            out = pipeline({"waveform": torch.from_numpy(np.asarray(samples, dtype=np.float32))[None],
                             "sample_rate": SAMPLE_RATE}, max_speakers=2)
        except Exception as e:  # noqa: BLE001 - reported, and the caller decides whether to fall back
            raise ModelError(f"pyannote.audio pipeline {model!r} failed on this recording ({e})") from e
    annotation = getattr(out, "speaker_diarization", out)  # pyannote 4 wraps the annotation
    labels: dict[str, int] = {}
    turns = []
    for segment, _, label in annotation.itertracks(yield_label=True):
        labels.setdefault(label, len(labels))
        turns.append((float(segment.start), float(segment.end), labels[label]))
    return sorted(turns)


def _clip_to_speech(turns: list[tuple[float, float, int]], speech: tuple[Span, ...]) -> tuple:
    """Turns cut down to where voice activity detection heard speech."""
    out = []
    for s, e, k in turns:
        for vs, ve in speech:
            a, b = max(s, vs), min(e, ve)
            if b > a:
                out.append((a, b, k))
    return tuple(sorted(out))


# --- fallback: MFCC statistics + k-means -------------------------------------


def _chunks(speech: tuple[Span, ...]) -> list[Span]:
    out = []
    for s, e in speech:
        n = max(1, int(round((e - s) / CHUNK_S)))
        step = (e - s) / n
        out.extend((s + i * step, s + (i + 1) * step) for i in range(n))
    return out


def _dct_matrix(n_in: int, n_out: int) -> np.ndarray:
    k = np.arange(n_out)[:, None]
    n = np.arange(n_in)[None, :]
    return np.cos(np.pi / n_in * (n + 0.5) * k)


def chunk_features(samples: np.ndarray, chunks: list[Span]) -> np.ndarray:
    """Mean and standard deviation of MFCCs 1..N_MFCC-1 for each chunk, z-normalised."""
    from faster_whisper.feature_extractor import FeatureExtractor

    log_mel = FeatureExtractor(feature_size=80)  # Whisper's log-mel spectrogram, in numpy
    dct = _dct_matrix(80, N_MFCC)[1:]
    rows = []
    for s, e in chunks:
        piece = samples[int(s * SAMPLE_RATE) : int(e * SAMPLE_RATE)]
        logmel = log_mel(np.asarray(piece, dtype=np.float32), padding=0)  # (80, frames)
        mfcc = dct @ logmel
        rows.append(np.concatenate([mfcc.mean(axis=1), mfcc.std(axis=1)]))
    feats = np.asarray(rows, dtype=np.float64)
    return (feats - feats.mean(axis=0)) / (feats.std(axis=0) + 1e-9)


def kmeans2(feats: np.ndarray, *, iterations: int = 50) -> np.ndarray:
    """Two-cluster k-means, deterministic (farthest-point start); labels per row."""
    center0 = feats[np.argmax(((feats - feats.mean(axis=0)) ** 2).sum(axis=1))]
    center1 = feats[np.argmax(((feats - center0) ** 2).sum(axis=1))]
    centers = np.stack([center0, center1])
    labels = np.zeros(len(feats), dtype=int)
    for it in range(iterations):
        dist = ((feats[:, None, :] - centers[None]) ** 2).sum(axis=2)
        new = dist.argmin(axis=1)
        if it and (new == labels).all():
            break
        labels = new
        for k in (0, 1):
            if (labels == k).any():
                centers[k] = feats[labels == k].mean(axis=0)
    return labels


def silhouette(feats: np.ndarray, labels: np.ndarray, *, max_points: int = 2000) -> float:
    """Mean silhouette of a two-cluster labelling (-1..1; near 0 = no real structure)."""
    if len(set(labels.tolist())) < 2:
        return 0.0
    pick = np.linspace(0, len(feats) - 1, min(len(feats), max_points)).astype(int)  # bounds memory
    x, lab = feats[pick], labels[pick]
    dist = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=2))
    scores = []
    for i in range(len(x)):
        same, other = lab == lab[i], lab != lab[i]
        if same.sum() < 2 or not other.any():
            continue
        a = dist[i, same].sum() / (same.sum() - 1)
        b = dist[i, other].mean()
        scores.append((b - a) / max(a, b, 1e-12))
    return float(np.mean(scores)) if scores else 0.0


def _fallback_turns(samples: np.ndarray, speech: tuple[Span, ...]) -> tuple[tuple[float, float, int], ...]:
    chunks = _chunks(speech)
    if len(chunks) < 2:
        return tuple((s, e, 0) for s, e in chunks)
    feats = chunk_features(samples, chunks)
    labels = kmeans2(feats)
    smaller = min(int((labels == 0).sum()), int((labels == 1).sum()))
    if smaller < max(2, MIN_SHARE * len(labels)) or silhouette(feats, labels) < MIN_SILHOUETTE:
        # the two "clusters" are one voice split in two, or one voice and a few odd
        # chunks (voicemail, a one-sided recording)
        return tuple((s, e, 0) for s, e in merge_spans(chunks, gap=1e-6))
    # a lone chunk between two of the other speaker inside one stretch of speech is noise
    for i in range(1, len(chunks) - 1):
        touching = chunks[i - 1][1] >= chunks[i][0] - 1e-6 and chunks[i][1] >= chunks[i + 1][0] - 1e-6
        if touching and labels[i - 1] == labels[i + 1] != labels[i]:
            labels[i] = labels[i - 1]
    # speaker 0 is whoever speaks first
    if labels[0] != 0:
        labels = 1 - labels
    turns: list[list] = []
    for (s, e), k in zip(chunks, labels):
        if turns and turns[-1][2] == k and s - turns[-1][1] < 1e-6:
            turns[-1][1] = e
        else:
            turns.append([s, e, int(k)])
    return tuple((s, e, k) for s, e, k in turns)
