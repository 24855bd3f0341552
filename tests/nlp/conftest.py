"""Fixtures for the soft-skill detector tests: calls built in a line, the labelled
development set in tests/data, and a helper that runs a registered detector."""

from __future__ import annotations

import json
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
