"""Text no call should contain still scores in bounded time (spaCy's tokenizer is
quadratic on long punctuation runs: 16 kB of '<' once took minutes)."""

from __future__ import annotations

import pytest

from scorecards import load_scorecard
from scorecards.engine import score_call
from transcription.call import call_from_dict


@pytest.mark.timeout(60)
@pytest.mark.parametrize("junk", ["<" * 16_000, "!?" * 8_000, "a" * 16_000])
def test_long_runs_score_in_bounded_time(junk):
    call = call_from_dict({"call_id": "junk", "utterances": [
        {"speaker": "agent", "start": 0, "end": 2, "text": "hello thanks for calling acme this is ann how can i help"},
        {"speaker": "customer", "start": 3, "end": 5, "text": f"my card {junk} was stolen"},
        {"speaker": "agent", "start": 6, "end": 8, "text": "oh no i'm so sorry to hear that"},
    ]})
    ev = score_call(call, load_scorecard("default"))
    assert len(ev.criteria) == len(load_scorecard("default").criteria)
    # offsets still map words to their utterance: the agent's words are quoted from the agent's turn
    greeting = next(c for c in ev.criteria if c.id == "greeting")
    assert all(e.utterance == 0 for e in greeting.evidence)
