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


# --- follow_up ------------------------------------------------------------------------------

def test_round16_a_time_in_an_apology_after_the_promise_is_not_its_time(model_set, score_turns):
    turns = [(A, "Hello, Quillfield Couriers, this is Sam."), (C, "my parcel was sent back to the depot"),
             (A, "the depot team will call you back to rebook it and i'm sorry for the hassle today"), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round16_a_time_in_a_winding_up_question_is_not_the_promises(model_set, score_turns):
    turns = [(A, "Hello, Quillfield Couriers, this is Sam."), (C, "the parcel came damaged"),
             (A, "We'll replace it once it's back with us."), (C, "Okay."),
             (A, "Anything else I can help with today? Thanks for calling, bye.")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round16_a_time_word_that_names_a_thing_is_no_time(model_set, score_turns):
    turns = [(A, "Hello, Quillfield Boxes, this is Sam."), (C, "this week's box had the wrong meat in it"),
             (A, "I'll refund this week's box in full."), (C, "thanks")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round16_a_month_that_is_the_customers_name_is_no_time(model_set, score_turns):
    turns = [(A, "hello quillfield buses this is sam"), (C, "hi i left my scarf on the number nine"),
             (A, "can i take your name"), (C, "it's april jones"),
             (A, "thanks april if it turns up we'll give you a ring thanks april"), (C, "thanks")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round16_a_real_month_is_still_a_time(model_set, score_turns):
    turns = [(A, "hello quillfield buses this is sam"), (C, "hi i left my scarf on the number nine"),
             (A, "can i take your name"), (C, "it's april jones"),
             (A, "thanks april we'll post it to you in june"), (C, "thanks")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("said", ["Bear with me, I'll have a look.", "We'll take a quick look now."])
def test_round16_the_agents_look_is_taken_on_the_call(model_set, score_turns, said):
    turns = [(A, "Hello, Quillfield Insurance, this is Sam."), (C, "my renewal price has doubled"), (A, said),
             (C, "okay"), (A, "I can take twenty percent off, so it's ninety pounds.")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


def test_round16_someone_elses_look_later_is_a_commitment(model_set, score_turns):
    turns = [(A, "Hello, Quillfield Boilers, this is Sam."), (C, "my boiler is making a banging noise"),
             (A, "Our engineer will take a look on Monday morning."), (C, "great")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("said, outcome", [("We'll hold the bike for you until Thursday.", "pass"),
                                           ("We'll keep it behind the desk for you.", "fail"),
                                           ("I'll keep that in mind, thanks.", "na")])
def test_round16_something_kept_for_the_customer_is_a_promise(model_set, score_turns, said, outcome):
    turns = [(A, "Hello, Quillfield Cycles, this is Sam."), (C, "can you put that red bike aside for me?"), (A, said),
             (C, "great")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == outcome, r.explanation


def test_round16_reassessing_once_something_arrives_is_a_promise(model_set, score_turns):
    turns = [(A, "hello quillfield insurance this is sam"), (C, "my claim was turned down"),
             (A, "once we have the receipts we'll reassess the claim"), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation
