"""The engine's arithmetic: weights, N/A, auto-fail, section subtotals."""

from __future__ import annotations

import pytest

from scorecards.engine import rescore_outcomes, score_call, totals
from scorecards.schema import scorecard_from_dict

from .conftest import make_call

CARD = scorecard_from_dict({
    "id": "arith", "name": "Arithmetic", "version": 1, "pass_mark": 75,
    "sections": [
        {"id": "a", "label": "A", "criteria": [
            {"id": "g", "label": "G", "detector": "greeting.v1", "weight": 3},
            {"id": "n", "label": "N", "detector": "negative_language.v1", "weight": 1},
        ]},
        {"id": "b", "label": "B", "criteria": [
            {"id": "c", "label": "C", "detector": "closing.v1", "weight": 2, "auto_fail": True},
        ]},
    ],
})


def test_weights_and_sections():
    t = totals(CARD, {"g": "pass", "n": "fail", "c": "pass"})
    assert t["score"] == pytest.approx(100 * 5 / 6, abs=0.01)
    assert t["passed"] and not t["auto_failed"]
    a, b = t["sections"]
    assert (a.points, a.max_points, a.score) == (3, 4, 75.0)
    assert (b.points, b.max_points, b.score) == (2, 2, 100.0)


def test_na_leaves_the_denominator():
    t = totals(CARD, {"g": "na", "n": "fail", "c": "pass"})
    assert t["score"] == pytest.approx(100 * 2 / 3, abs=0.01)
    assert not t["passed"]
    assert t["sections"][0].max_points == 1
    all_na = totals(CARD, {"g": "na", "n": "na", "c": "na"})
    assert all_na["score"] == 100.0 and all_na["sections"][0].score is None


def test_auto_fail_zeroes_the_call():
    t = totals(CARD, {"g": "pass", "n": "pass", "c": "fail"})
    assert t["score"] == 0.0 and t["auto_failed"] and not t["passed"]
    # an auto-fail criterion that is N/A does not fail the call
    assert not totals(CARD, {"g": "pass", "n": "pass", "c": "na"})["auto_failed"]


def test_pass_mark_is_inclusive():
    card = scorecard_from_dict({**CARD.data, "pass_mark": 50})
    assert totals(card, {"g": "pass", "n": "fail", "c": "fail"})["auto_failed"]
    assert totals(card, {"g": "fail", "n": "pass", "c": "pass"})["passed"]  # 3/6 = 50%


def test_score_call_explains_every_criterion():
    call = make_call([
        ("agent", "hello thank you for calling acme bank my name is sam how can i help you"),
        ("customer", "can you waive the late fee"),
        ("agent", "no"),
        ("customer", "ok bye"),
    ])
    ev = score_call(call, CARD)
    out = {c.id: c for c in ev.criteria}
    assert out["g"].outcome == "pass" and out["g"].points == 3
    assert out["n"].outcome == "fail" and out["n"].evidence[0].utterance == 2
    assert out["c"].outcome == "fail" and ev.auto_failed and ev.score == 0
    d = ev.to_dict()
    assert d["scorecard"] == {"id": "arith", "version": 1, "hash": CARD.hash}
    for c in d["criteria"]:
        assert c["explanation"].endswith(".")
        assert set(c) >= {"id", "outcome", "points", "max_points", "evidence", "explanation", "coaching"}
    assert d["criteria"][2]["evidence"][0]["speaker"] == "agent"


def test_rescore_outcomes_after_override():
    call = make_call([("agent", "hello acme bank my name is sam how can i help"), ("customer", "bye")])
    ev = score_call(call, CARD).to_dict()
    crits = [dict(c, outcome="pass") if c["id"] == "c" else c for c in ev["criteria"]]
    out = rescore_outcomes(CARD, crits)
    assert not out["auto_failed"] and out["score"] > 0
    assert next(c for c in out["criteria"] if c["id"] == "c")["points"] == 2
