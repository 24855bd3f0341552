"""Build the web tests' world: teams, users of every role, scored calls, a real
WAV recording; and sign in through the real form."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import re
import wave
from pathlib import Path
from typing import Any

from qa_service import accounts, calls, lifecycle, scorecard_versions
from qa_service.samples import sample_paths
from scorecards.schema import load_scorecard

# every test user's password
PASSWORD = "correct horse battery"
GOOD_SAMPLE = "bank-card-declined.json"
POOR_SAMPLE = "bank-fee-complaint.json"
# sample rate of the generated recordings
RATE = 8000
_CSRF = re.compile(r'name="csrf-token" content="([^"]+)"')
# engine results per sample name (scoring is deterministic)
_SCORED: dict[str, Any] = {}


def sample_data(name: str) -> dict[str, Any]:
    for path in sample_paths():
        if path.name == name:
            return json.loads(path.read_text(encoding="utf-8"))
    raise KeyError(name)


def write_wav(path: Path, data: dict[str, Any]) -> Path:
    """A mono 16-bit WAV as long as the call: a tone while each side speaks (agent low, customer high)."""
    import numpy as np

    end = max(u["end"] for u in data["utterances"]) + 0.5
    t = np.arange(int(end * RATE)) / RATE
    signal = np.zeros_like(t)
    for u in data["utterances"]:
        f = 220.0 if u["speaker"] == "agent" else 330.0
        on = (t >= u["start"]) & (t < u["end"])
        signal[on] += 0.25 * np.sin(2 * np.pi * f * t[on])
    pcm = (np.clip(signal, -1, 1) * 32767).astype("<i2")
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())
    return path


def make_scored_call(session, name: str, *, call_id: str, agent, started_at: str | None = None,  # noqa: ANN001
                     audio_path: str | None = None, undated: bool = False):
    """A stored call (a bundled sample under a new id and agent), scored with the default scorecard;
    ``undated`` leaves the start time out (as imported transcripts and uploads often do)."""
    from scorecards.engine import score_call
    from transcription.call import call_from_dict

    data = copy.deepcopy(sample_data(name))
    data["call_id"] = call_id
    data["agent"] = {"id": agent.external_id, "name": agent.name}
    if started_at:
        data["started_at"] = started_at
    if undated:
        data.pop("started_at", None)
    call = call_from_dict(data)
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
    record, _ = calls.register_call(session, content_hash=digest, call=call, audio_path=audio_path)
    version = scorecard_versions.register_scorecard(session, load_scorecard("default"))
    # the engine's verdict depends only on what was said: score each sample once per test run
    if name not in _SCORED:
        _SCORED[name] = score_call(call, scorecard_versions.scorecard_for_version(version))
    result = dataclasses.replace(_SCORED[name], call_id=call_id)
    evaluation, _ = lifecycle.store_result(session, record, version, result)
    session.flush()
    return record, evaluation


def make_world(settings, audio_dir: Path) -> dict[str, Any]:  # noqa: ANN001
    """Teams North (agent A) and South (agent B); users admin, author, trainer_n (North), trainer_s
    (South), agent_a, agent_b; call_a (agent A, poor call, WAV audio) and call_b (agent B, no audio)."""
    from qa_service.db.session import session_scope

    with session_scope(settings) as session:
        north = accounts.get_or_create_team(session, "North")
        south = accounts.get_or_create_team(session, "South")
        ag_a = accounts.get_or_create_agent(session, "AG-A", name="Alice Agent", team=north)
        ag_b = accounts.get_or_create_agent(session, "AG-B", name="Bob Agent", team=south)
        users = {
            "admin": accounts.create_user(session, "admin", PASSWORD, "admin"),
            "author": accounts.create_user(session, "author", PASSWORD, "author"),
            "trainer_n": accounts.create_user(session, "trainer_n", PASSWORD, "trainer", teams=[north],
                                           display_name="Nora Trainer"),
            "trainer_s": accounts.create_user(session, "trainer_s", PASSWORD, "trainer", teams=[south]),
            "agent_a": accounts.create_user(session, "agent_a", PASSWORD, "agent", agent=ag_a,
                                         display_name="Alice Agent"),
            "agent_b": accounts.create_user(session, "agent_b", PASSWORD, "agent", agent=ag_b),
        }
        data = sample_data(POOR_SAMPLE)
        wav = write_wav(audio_dir / "call-a.wav", data)
        call_a, eval_a = make_scored_call(session, POOR_SAMPLE, call_id="call-a", agent=ag_a,
                                          audio_path=str(wav))
        call_b, eval_b = make_scored_call(session, GOOD_SAMPLE, call_id="call-b", agent=ag_b)
        session.flush()
        return {
            "users": {k: u.id for k, u in users.items()},
            "call_a": call_a.id, "eval_a": eval_a.id, "call_b": call_b.id, "eval_b": eval_b.id,
            "agent_a": ag_a.id, "agent_b": ag_b.id, "wav": wav,
        }


def csrf_token(client, path: str = "/login") -> str:  # noqa: ANN001
    """The CSRF token of the client's session, read from a page's <meta>."""
    html = client.get(path, follow_redirects=True).get_data(as_text=True)
    match = _CSRF.search(html)
    assert match, f"no csrf-token meta on {path}"
    return match.group(1)


def login(client, username: str, password: str = PASSWORD):  # noqa: ANN001, ANN201
    """Sign in through the form; returns the response."""
    token = csrf_token(client)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token})
