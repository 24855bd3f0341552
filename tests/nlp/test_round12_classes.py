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
