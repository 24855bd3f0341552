"""Failure classes seen on holdout28/29 (the sixteenth round of tuning), each written here in my
own words, not taken from a labelled call. Each runs with the blank pipeline, a trained spaCy
pipeline and sentence embeddings (configurations skip when their package is absent)."""

from __future__ import annotations

import pytest

A, C = "agent", "customer"
CUSTOMER = (C, "Hi, I'd like to check when my parcel is coming.")


def _greeting(model_set, score_turns, opening):
    return score_turns("greeting.v1", [(A, opening), CUSTOMER, (A, "Of course, what's the order number?")], model_set)


# --- greeting -------------------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["Hi, parcel services, this is Marek, how can I help?",
                                     "Hello, returns team, you're speaking with Ines. What can I do for you?",
                                     "Lost parcels office, good afternoon, Tobias speaking, how can I help?"])
def test_round16_a_team_named_in_common_words_is_not_the_company(model_set, score_turns, opening):
    r = _greeting(model_set, score_turns, opening)
    assert r.outcome == "fail", r.explanation
    assert "company" in r.explanation


@pytest.mark.parametrize("opening", ["Hi there, Quillfield Farm deliveries, I'm Priya, how can I help?",
                                     "Good afternoon, Marlow Couriers, parcel desk, Ade speaking, how can I help?",
                                     "Hello, Brightwater Energy, this is Sam, how can I help?",
                                     "Hello, Quillfield customer services, this is Sam, how can I help?"])
def test_round16_a_company_named_with_what_it_does_or_its_desk(model_set, score_turns, opening):
    r = _greeting(model_set, score_turns, opening)
    assert r.outcome == "pass", r.explanation
