"""Failure classes seen on holdout23/24 (the thirteenth round of tuning), each written here in my
own words, not taken from a labelled call. Each runs with the blank pipeline, a trained spaCy
pipeline and sentence embeddings (configurations skip when their package is absent)."""

from __future__ import annotations

import pytest

A, C = "agent", "customer"
OPENING = (A, "Good afternoon, Fernhill Energy, this is Tomasz, how can I help?")


# --- follow_up ------------------------------------------------------------------------------

def test_round13_nobody_is_going_to_is_an_assurance_not_a_commitment(model_set, score_turns):
    turns = [OPENING, (C, "I'm scared they'll cut my gas off, I'm a month behind"),
             (A, "I understand. No one is going to cut you off over one missed month."), (C, "oh thank goodness")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


@pytest.mark.parametrize("said", ["I'm going to pass you to our billing team now, they look after refunds.",
                                  "I'll pass you to the metering team because they handle faulty meters."])
def test_round13_passing_the_customer_to_a_team_is_a_transfer_not_a_promise(model_set, score_turns, said):
    turns = [OPENING, (C, "my meter is showing the wrong reading"), (A, said), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


def test_round13_a_message_passed_on_is_a_promise_and_needs_a_time(model_set, score_turns):
    turns = [OPENING, (C, "I want to complain to the manager about the engineer"), (A, "I'll pass that on to her."),
             (C, "fine")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round13_details_handed_over_in_a_transfer_promise_nothing(model_set, score_turns):
    turns = [OPENING, (C, "my boiler's leaking"),
             (A, "I'm transferring you to our emergency team, and I'll pass them your details so you don't repeat "
                 "yourself."), (C, "thanks")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


@pytest.mark.parametrize("said, outcome", [
    ("Your new tariff will go live on the first of March.", "pass"),
    ("the smart meter will be live from monday", "pass"),
    ("Your new tariff will go live after that.", "fail"),
])
def test_round13_something_going_live_is_a_thing_that_will_happen(model_set, score_turns, said, outcome):
    turns = [OPENING, (C, "I'd like to switch to the fixed tariff"), (A, said), (C, "lovely")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == outcome, r.explanation


def test_round13_you_will_have_their_answer(model_set, score_turns):
    turns = [OPENING, (C, "can someone look at why my bill doubled?"),
             (A, "I've asked the billing team to look, and you'll have their answer by Thursday."), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_round13_a_slot_booked_in_other_words(model_set, score_turns):
    turns = [OPENING, (C, "can the engineer come and fit the new meter?"),
             (A, "Right, that's you in for ten o'clock on Friday."), (C, "great")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


# --- personalization ------------------------------------------------------------------------

ASR_OPENING = (A, "good afternoon fernhill energy this is tomasz how can i help")


def test_round13_a_surname_shaped_like_an_adverb(model_set, score_turns):
    turns = [ASR_OPENING, (C, "hi it's ana daly my boiler pressure keeps dropping"),
             (A, "sorry to hear that ana let's have a look"), (C, "thanks")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
    assert r.details["name"] == "ana daly"


def test_round13_an_adverb_after_its_is_no_surname(model_set, score_turns):
    turns = [ASR_OPENING, (C, "hi it's really cold in the flat the heating's gone off"),
             (A, "oh no let's get that sorted"), (C, "thanks")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


@pytest.mark.parametrize("uses, outcome", [(True, "pass"), (False, "fail")])
def test_round13_a_name_at_the_end_of_an_answer_in_unpunctuated_text(model_set, score_turns, uses, outcome):
    turns = [ASR_OPENING, (C, "hi i need to give you my new address"), (A, "sure what's the new address"),
             (C, "forty two mill road it's rose halloran"),
             (A, "thanks rose that's updated" if uses else "thanks that's updated"), (C, "great")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == outcome, r.explanation


def test_round13_the_company_asked_after_is_not_the_callers_name(model_set, score_turns):
    turns = [(A, "Hello?"), (C, "Is this Ashworth? My heating's been off for two days."),
             (A, "It is. Can I take your name?"), (C, "Morag Fennimore."), (A, "Thanks, Morag, let me check."),
             (C, "okay")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
    assert "morag" in r.details["name"].lower()


# --- greeting -------------------------------------------------------------------------------

@pytest.mark.parametrize("opening", [
    "good evening thanks for calling a to z plumbing you're through to kit how can i help",
    "Good morning, thank you for calling Door to Door Removals, you're through to Kit, how can I help?",
])
def test_round13_a_company_name_with_to_inside_it(model_set, score_turns, opening):
    turns = [(A, opening), (C, "hi I need a quote")]
    r = score_turns("greeting.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


# --- empathy --------------------------------------------------------------------------------

@pytest.mark.parametrize("said, outcome", [
    ("I want to switch the account to my new flat without a day where we've got no electricity", "na"),
    ("we've been without electricity since yesterday and there's no electricity at all now", "fail"),
])
def test_round13_a_problem_supposed_is_not_a_problem_stated(model_set, score_turns, said, outcome):
    turns = [OPENING, (C, said), (A, "Can I take the account number?"), (C, "it's 4471"),
             (A, "Thanks, that's set up for you."), (C, "thanks")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == outcome, r.explanation
