"""Bundled sample calls (canonical call JSON) that ``qa-service run`` scores on
first start, so a new install has something to look at. They are written for
this project: bank, telecom and retail support, each with a good and a
weaker agent."""

from __future__ import annotations

import json
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent


def sample_paths() -> list[Path]:
    """The sample call files, sorted by name."""
    return sorted(SAMPLES_DIR.glob("*.json"))


def write_sample_copies(folder: Path, count: int, *, prefix: str = "call") -> list[Path]:
    """``count`` call files in ``folder``, cycling through the samples, each with a new
    call id ``{prefix}-{n:05d}`` (for load tests and benchmarks)."""
    folder.mkdir(parents=True, exist_ok=True)
    samples = [json.loads(p.read_text(encoding="utf-8")) for p in sample_paths()]
    out = []
    for i in range(count):
        call_id = f"{prefix}-{i:05d}"
        data = dict(samples[i % len(samples)], call_id=call_id)
        path = folder / f"{call_id}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        out.append(path)
    return out
