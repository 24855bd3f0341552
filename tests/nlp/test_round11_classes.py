"""Failure classes seen on holdout19/20 (the eleventh round of tuning), each written here in my
own words, not taken from a labelled call. Each runs with the blank pipeline, a trained spaCy
pipeline and sentence embeddings (configurations skip when their package is absent)."""

from __future__ import annotations

import pytest

A, C = "agent", "customer"
OPENING = (A, "Good afternoon, Harrow Lane Vets, Priya speaking, how can I help?")


@pytest.mark.parametrize("said, restated, reply", [
    # the want in the agent's own words, nothing shared but the shape and the customer's "yes"
    ("Our cat came home limping last night and she won't put any weight on her back leg.",
     "Thanks, Carys. So you'd like an appointment to get her checked over today.", "Yes please."),
    ("Somebody reversed into my van in the car park and drove off.",
     "So you've had a hit and run and you want to get the repair claimed.", "That's right."),
    ("there are two charges on my statement from a shop in lisbon and i've never been there",
     "okay so there are payments you don't know and you want them reversed", "yeah exactly"),
])
def test_round11_a_want_restated_in_other_words_the_customer_confirms(model_set, score_turns, said, restated, reply):
    turns = [OPENING, (C, said), (A, "I'm sorry to hear that. Can I take your name?"), (C, "Carys Webb."),
             (A, restated), (C, reply)]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("reply", ["No, I just want to know why it happened.", "Um, what do you mean?"])
def test_round11_the_same_want_unconfirmed_is_no_restatement(model_set, score_turns, reply):
    turns = [OPENING, (C, "Our cat came home limping last night and she won't put any weight on her back leg."),
             (A, "Can I take your name?"), (C, "Carys Webb."),
             (A, "Thanks, Carys. So you'd like an appointment to get her checked over today."), (C, reply)]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round11_what_there_is_at_the_customers_place_is_about_them(model_set, score_turns):
    turns = [OPENING, (C, "Hi, there's a tree down across my drive after the storm and I can't get the car out."),
             (A, "Oh no. Can I take the postcode?"), (C, "HA2 7QP."),
             (A, "So there's a tree lying across your drive after the storm."), (C, "That's it.")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("opening", [
    "Morning, you're speaking to Gethin, what can I do for you?",
    "hiya you're speaking with marguerite how can i help",
])
def test_round11_the_agents_name_is_not_also_the_company(model_set, score_turns, opening):
    r = score_turns("greeting.v1", [(A, opening), (C, "hi, my order never came")], model_set)
    assert r.outcome == "fail" and "company" in r.details["missing"], r.explanation


@pytest.mark.parametrize("opening, company", [
    ("you're speaking to ashgrove building society how can i help", "company"),
    ("Good evening, Tollgate Storage, you're speaking to Ines, how can I help?", "agent_name"),
])
def test_round11_either_reading_still_counts_where_it_should(model_set, score_turns, opening, company):
    r = score_turns("greeting.v1", [(A, opening), (C, "hi, my order never came")], model_set)
    assert company in r.details["found"], r.explanation


@pytest.mark.parametrize("opening", [
    "good morning eastline buses you're through to ahmed how can i help",
    "Good afternoon, Penhallow Dental, you're through to Rashed, how can I help?",
])
def test_round11_a_lone_name_after_through_to_once_the_company_is_named(model_set, score_turns, opening):
    r = score_turns("greeting.v1", [(A, opening), (C, "hi, my order never came")], model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("reply", ["no thats wonderful", "no that's great"])
def test_round11_no_to_anything_else_is_no_negative_emotion(model_set, score_turns, reply):
    turns = [OPENING, (C, "hi I'd like to move Bramble's jab to next week"), (A, "of course, I've moved it to Tuesday at ten"),
             (C, "perfect"), (A, "is there anything else I can help with?"), (C, reply), (A, "thanks for calling, bye")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


def test_round11_no_followed_by_a_complaint_still_needs_empathy(model_set, score_turns):
    turns = [OPENING, (C, "hi I'd like to move Bramble's jab to next week"), (A, "is that everything?"),
             (C, "No, honestly this is the third time your system has lost our booking and I'm fed up."),
             (A, "okay, what's the postcode?"), (C, "HA2 7QP")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


@pytest.mark.parametrize("said", ["Lovely, I'll pop you through.", "okay ill put you across to the claims desk",
                                  "Right, I'll patch you through now."])
def test_round11_moving_the_customer_on_now_is_no_promise(model_set, score_turns, said):
    turns = [OPENING, (C, "I need to speak to someone about my bill"), (A, said), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


@pytest.mark.parametrize("said", ["Sorry, we can't reopen a claim once it's been closed.",
                                  "you can only change the date if it's been booked online"])
def test_round11_a_step_inside_a_condition_is_not_a_step_taken(model_set, score_turns, said):
    turns = [OPENING, (C, "can you reopen my claim from March?"), (A, said), (C, "oh right")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


def test_round11_a_step_taken_is_still_a_promise(model_set, score_turns):
    turns = [OPENING, (C, "can you reopen my claim from March?"), (A, "I've escalated it to the claims team."),
             (C, "oh right")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


@pytest.mark.parametrize("asked, answer", [("name and order number", "um tomasz nowak and it's four four one"),
                                           ("Surname and postcode, please.", "Fairweather, HA2 7QP.")])
def test_round11_the_name_asked_first_in_a_list_of_details(model_set, score_turns, asked, answer):
    turns = [OPENING, (C, "hi my order hasn't come"), (A, asked), (C, answer), (A, "it's with the courier")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "fail" and r.details.get("name"), r.explanation


@pytest.mark.parametrize("said", ["Okay, the payment is showing as on hold.", "your account's been put on hold by the fraud team"])
def test_round11_a_thing_on_hold_is_no_call_hold(model_set, score_turns, said):
    turns = [OPENING, (C, "where's my loan payment?"), (A, said), (C, "why?"), (A, "There's a query on it.")]
    r = score_turns("hold_etiquette.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


@pytest.mark.parametrize("said", ["Would it be okay to go on hold for a minute?", "Can I pop you on a quick hold?"])
def test_round11_the_caller_on_hold_is_still_a_hold(model_set, score_turns, said):
    turns = [OPENING, (C, "where's my loan payment?"), (A, said), (C, "sure"), (A, "Right, it went out today.")]
    r = score_turns("hold_etiquette.v1", turns, model_set)
    assert r.outcome != "na", r.explanation


@pytest.mark.parametrize("said", ["my wifi's been crawling all week and it's doing my head in",
                                  "Honestly, the app is driving me up the wall, it logs me out every five minutes."])
def test_round11_frustration_said_as_what_it_does_to_the_customer(model_set, score_turns, said):
    turns = [OPENING, (C, said), (A, "okay what's the account number"), (C, "four four one two")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation
