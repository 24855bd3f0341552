"""Build rows for the storage tests (the redash habit: one place that knows how)."""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

from qa_service import accounts, calls, lifecycle, scorecard_versions
from qa_service.db.models import CallRecord, EvaluationRecord, ScorecardVersion, User
from qa_service.samples import sample_paths, write_sample_copies
from scorecards.schema import load_scorecard, scorecard_from_dict

GOOD_SAMPLE = "bank-card-declined.json"
POOR_SAMPLE = "bank-fee-complaint.json"


def sample_data(name: str = GOOD_SAMPLE) -> dict[str, Any]:
    """A bundled sample call as canonical JSON data."""
    for path in sample_paths():
        if path.name == name:
            return json.loads(path.read_text(encoding="utf-8"))
    raise KeyError(name)


def write_calls(folder: Path, count: int, *, prefix: str = "call") -> list[Path]:
    """``count`` call files with new ids, cycling through the bundled samples."""
    return write_sample_copies(folder, count, prefix=prefix)


def make_call(session, *, name: str = GOOD_SAMPLE, call_id: str | None = None, agent: str | None = None,
              started_at: str | None = None) -> CallRecord:
    """A stored call with its transcript (from a bundled sample)."""
    from transcription.call import call_from_dict

    data = sample_data(name)
    data["call_id"] = call_id or f"c-{uuid.uuid4().hex[:8]}"
    if agent is not None:
        data["agent"] = {"id": agent, "name": agent.title()}
    if started_at is not None:
        data["started_at"] = started_at
    call = call_from_dict(data)
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
    record, created = calls.register_call(session, content_hash=digest, call=call)
    assert created
    return record


def default_version(session) -> ScorecardVersion:
    """The bundled default scorecard, registered."""
    return scorecard_versions.register_scorecard(session, load_scorecard("default"))


def bundled_version() -> int:
    """The version number of the bundled default scorecard."""
    return load_scorecard("default").version


def changed_scorecard(version: int):
    """The default scorecard with one weight changed, under ``version``."""
    data = copy.deepcopy(load_scorecard("default").to_dict())
    data["version"] = version
    data["sections"][0]["criteria"][0]["weight"] = data["sections"][0]["criteria"][0]["weight"] + 5
    return scorecard_from_dict(data, f"<changed default v{version}>")


def make_evaluation(session, record: CallRecord | None = None, version: ScorecardVersion | None = None) -> EvaluationRecord:
    """A real evaluation: the engine scores the stored call with the default scorecard."""
    from scorecards.engine import score_call

    record = record or make_call(session)
    version = version or default_version(session)
    result = score_call(calls.load_call(record), scorecard_versions.scorecard_for_version(version))
    evaluation, _ = lifecycle.store_result(session, record, version, result)
    return evaluation


def make_user(session, username: str | None = None, role: str = "trainer", **kw) -> User:
    """A user with password 'correct horse battery'."""
    if role == "agent" and "agent" not in kw:
        kw["agent"] = accounts.get_or_create_agent(session, f"AG-{uuid.uuid4().hex[:6]}")
    return accounts.create_user(session, username or f"u{uuid.uuid4().hex[:8]}", "correct horse battery", role, **kw)
