"""Failure classes seen on holdout21/22 (the twelfth round of tuning), each written here in my
own words, not taken from a labelled call. Each runs with the blank pipeline, a trained spaCy
pipeline and sentence embeddings (configurations skip when their package is absent)."""

from __future__ import annotations

import pytest

A, C = "agent", "customer"
OPENING = (A, "Good morning, Larchfield Broadband, this is Nia, how can I help?")


def test_round12_a_transfer_offered_at_length_and_declined_is_no_transfer(model_set, score_turns):
    turns = [OPENING, (C, "hi I want to cancel my landline, I never use it"),
             (A, "I can put you through to our retention team, who sometimes have a much cheaper landline deal, if you want"),
             (C, "no thanks, I've decided"), (A, "no problem, I've cancelled it from today")]
    r = score_turns("transfer.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


def test_round12_the_reason_said_as_who_does_the_task(model_set, score_turns):
    turns = [OPENING, (C, "my router was damaged in the post and I want a new one sent"),
             (A, "Replacements have to be approved, and that's dealt with by our hardware team, so I'm transferring "
                 "you to them now."), (C, "okay")]
    r = score_turns("transfer.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("restated, reply", [
    ("thanks rowan so you need to get the bike back before the race on sunday", "yeah exactly"),
    ("Thanks, Ola. So the engineer never came, and you need to know when someone can come out.", "That's right."),
])
def test_round12_the_customers_need_restated_and_confirmed_demands_nothing(model_set, score_turns, restated, reply):
    turns = [OPENING, (C, "the repair was meant to happen yesterday and nobody came"), (A, "can I take your name?"),
             (C, "Rowan Ola"), (A, restated), (C, reply)]
    r = score_turns("negative_language.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_round12_a_demand_the_customer_does_not_confirm_is_still_one(model_set, score_turns):
    turns = [OPENING, (C, "the repair was meant to happen yesterday and nobody came"),
             (A, "So the engineer never came, and you need to fill in the missed-visit form online."),
             (C, "Seriously?")]
    r = score_turns("negative_language.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round12_nothing_else_you_need_to_do_reassures(model_set, score_turns):
    turns = [OPENING, (C, "do I need to send anything else?"),
             (A, "No, there's nothing else you need to do, it's all changed already."), (C, "great")]
    r = score_turns("negative_language.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
