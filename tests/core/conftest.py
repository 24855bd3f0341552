from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nlp.context import CallContext
from nlp.registry import get_registry
from transcription.call import call_from_dict

FILES = Path(__file__).parent / "files"


def make_call(turns: list[tuple[str, str]], *, gap: float = 0.5, **extra: Any):
    """A call from (speaker, text) turns, each lasting 0.3 s per word."""
    t = 0.5
    utts = []
    for speaker, text in turns:
        dur = max(0.5, 0.3 * len(text.split()))
        utts.append({"speaker": speaker, "start": round(t, 2), "end": round(t + dur, 2), "text": text})
        t += dur + gap
    return call_from_dict({"call_id": extra.pop("call_id", "test-call"), "utterances": utts, **extra})


def run_detector(name: str, call, **params):
    reg = get_registry()
    return reg.resolve(name).func(CallContext(call), reg.validate_params(name, params))


@pytest.fixture
def files() -> Path:
    return FILES


@pytest.fixture
def write_json(tmp_path):
    def write(data: Any, name: str = "call.json") -> Path:
        p = tmp_path / name
        p.write_text(json.dumps(data) if not isinstance(data, str) else data)
        return p

    return write
