"""Bundled sample calls (canonical call JSON) that ``qa-service run`` scores on
first start, so a new install has something to look at. They are written for
this project: bank, telecom and retail support, each with a good and a
weaker agent."""

from __future__ import annotations

from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent


def sample_paths() -> list[Path]:
    """The sample call files, sorted by name."""
    return sorted(SAMPLES_DIR.glob("*.json"))
