"""Bundled sample calls (canonical call JSON) that ``qa-service run`` scores on
first start, so a new install has something to look at. They are written for
this project: bank, telecom and retail support, each with a good and a
weaker agent.

The files carry fixed dates; :func:`install_samples` copies them into the
data folder dated relative to the install, so that a new install's
dashboards (the last 12 weeks by default) show them.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent
# the folder under the data folder holding the dated copies
INSTALLED_DIR = "samples"


def sample_paths() -> list[Path]:
    """The sample call files, sorted by name."""
    return sorted(SAMPLES_DIR.glob("*.json"))


def install_samples(data_dir: Path, *, now: datetime | None = None) -> Path:
    """The folder of dated sample copies under ``data_dir``, written on the first call.

    The samples keep their order and time of day and are moved to the days
    before ``now`` (the newest yesterday), so they fall inside every default
    dashboard window. Later calls return the folder as it is, so a restart
    stores nothing new.
    """
    folder = Path(data_dir) / INSTALLED_DIR
    if folder.is_dir() and any(folder.glob("*.json")):
        return folder
    now = now or datetime.now(timezone.utc)
    calls = [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sample_paths()]
    calls.sort(key=lambda pair: pair[1].get("started_at") or "")
    folder.mkdir(parents=True, exist_ok=True)
    for days_before, (path, data) in zip(range(len(calls), 0, -1), calls):
        start = datetime.fromisoformat(data["started_at"]) if data.get("started_at") else now
        day = (now - timedelta(days=days_before)).date()
        data["started_at"] = start.replace(year=day.year, month=day.month, day=day.day).isoformat()
        (folder / path.name).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        recording = path.with_suffix(".ogg")
        if recording.is_file():  # the call's recording (espeak-ng, two voices), played on the review page
            shutil.copyfile(recording, folder / recording.name)
    return folder


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
