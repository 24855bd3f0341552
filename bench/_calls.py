"""Realistic long calls for the benchmarks, stitched from real transcripts."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO / "qa_service" / "samples", REPO / "tests" / "data", REPO.parent / "shared" / "data" / "harper-valley"]


def call_files(sources: list[Path] = SOURCES, *, skip_folders: tuple[str, ...] = ()) -> list[Path]:
    """Every JSON call file (a dict with utterances) under ``sources``, in order; folders whose
    name starts with one of ``skip_folders`` are left out."""
    files = []
    for d in sources:
        for p in sorted(d.glob("**/*.json")) if d.is_dir() else []:
            if skip_folders and any(part.startswith(skip_folders) for part in p.relative_to(d).parts):
                continue
            try:
                data = json.loads(p.read_text())
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and isinstance(data.get("utterances"), list) and data["utterances"]:
                files.append(p)
    return files


def source_calls() -> list[dict]:
    calls = [json.loads(p.read_text()) for p in call_files()]
    if not calls:
        raise SystemExit("no transcripts found to build a benchmark call from")
    return calls


def long_call(n_utterances: int = 150, minutes: float = 10.0, call_id: str = "bench-10min") -> dict:
    """A call of ``n_utterances`` utterances over ``minutes``: the opening of one real call,
    middles of others, and a real closing, retimed to fill the length."""
    calls = source_calls()
    first, last = calls[0]["utterances"], calls[-1]["utterances"]
    middle = [u for c in calls for u in c["utterances"][2:-3]]
    picked = first[: min(6, len(first))] + middle
    picked = picked[: n_utterances - 4] + last[-4:]
    step = minutes * 60 / len(picked)
    utts = []
    for i, u in enumerate(picked):
        start = 1.0 + i * step
        words = max(1, len(u["text"].split()))
        utts.append({"speaker": u["speaker"], "start": round(start, 2),
                     "end": round(start + min(step * 0.85, 0.35 * words), 2), "text": u["text"]})
    return {"call_id": call_id, "utterances": utts, "duration": minutes * 60}
