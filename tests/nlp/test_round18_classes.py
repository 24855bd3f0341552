"""Failure classes seen on holdout32/33 (the eighteenth round of tuning, after their first score),
each written here in my own words, not taken from a labelled call. Each runs with the blank
pipeline, a trained spaCy pipeline and sentence embeddings (configurations skip when their
package is absent)."""

from __future__ import annotations

import pytest

A, C = "agent", "customer"
HELLO = (A, "Hello, Quillfield Leisure, this is Sam, how can I help?")


# --- greeting -------------------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["good evening rockface climbing it's nadia speaking how can i help",
                                     "hello happy hippo play barn it's dev speaking what can i do for you"])
def test_round18_a_company_then_its_the_agent_speaking(model_set, score_turns, opening):
    r = score_turns("greeting.v1", [(A, opening), (C, "hi i want to cancel my membership"),
                                    (A, "okay can i take your name")], model_set)
    assert r.outcome == "pass", r.explanation


def test_round18_two_titled_words_ending_the_first_turn_are_the_company(model_set, score_turns):
    turns = [(A, "Hello, Millbrook Narrowboats."), (C, "Oh hello, is that the boat hire?"),
             (A, "It is, yes, you're speaking to Tess, what can I do for you?"), (C, "I need to cancel a booking.")]
    r = score_turns("greeting.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("opening", ["good morning returns desk um it's kit how can i help",
                                     "hello bookings team it's lou speaking how can i help"])
def test_round18_a_desk_in_common_words_is_not_the_company(model_set, score_turns, opening):
    r = score_turns("greeting.v1", [(A, opening), (C, "hi i want to send a parcel back"),
                                    (A, "okay can i take your name")], model_set)
    assert r.outcome == "fail", r.explanation
    assert "company" in r.explanation


def test_round18_a_team_of_a_company_named_after_it_counts(model_set, score_turns):
    r = score_turns("greeting.v1", [(A, "morning repairs team at greendale council im cal how can i help"),
                                    (C, "hi my boiler's broken"), (A, "okay can i take your name")], model_set)
    assert r.outcome == "pass", r.explanation


# --- follow_up ------------------------------------------------------------------------------

@pytest.mark.parametrize("said", [
    "I'll post you the returns bag, and you'll get your refund within five days of it arriving.",
    "I'll send a voucher in the post, and you'll get an email confirmation in the next hour.",
])
def test_round18_a_time_after_another_commitment_with_its_own_subject_is_that_ones(model_set, score_turns, said):
    turns = [HELLO, (C, "the jacket I bought has a hole in it"), (A, said), (C, "okay thanks")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round18_one_promise_with_two_steps_keeps_its_time(model_set, score_turns):
    turns = [HELLO, (C, "the jacket I bought has a hole in it"),
             (A, "I'll post you a returns bag and refund you within five days."), (C, "okay thanks")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_round18_an_unpunctuated_winding_up_question_lends_no_time(model_set, score_turns):
    turns = [HELLO, (C, "do i need to be in for the gutter clean"),
             (A, "no you don't need to be in and we'll send the invoice over by email"), (C, "brilliant"),
             (A, "anything else i can help with today"), (C, "no thanks")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round18_a_day_describing_what_is_offered_is_no_time(model_set, score_turns):
    turns = [HELLO, (C, "can i book a cake tasting"),
             (A, "the designer keeps the diary so i'll ring you back with some saturday slots"), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round18_a_possessive_day_after_on_is_the_time(model_set, score_turns):
    turns = [HELLO, (C, "half my tiles are the wrong colour"),
             (A, "The right ones will go out on Wednesday's van."), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_round18_at_the_same_time_points_back_to_the_time_said(model_set, score_turns):
    turns = [HELLO, (C, "half my tiles are the wrong colour"),
             (A, "The right ones will go out on Wednesday and the driver will collect the wrong ones at the same "
                 "time."), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_round18_bringing_the_customer_something_is_a_commitment(model_set, score_turns):
    turns = [HELLO, (C, "my hired scooter's battery has died"),
             (A, "A technician will bring you a new battery."), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round18_speaking_to_someone_named_is_a_commitment(model_set, score_turns):
    turns = [HELLO, (C, "my horse got kicked in the shared field"),
             (A, "I'll speak to Gareth about moving him to the small paddock."), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


# --- personalization ------------------------------------------------------------------------

def test_round18_its_and_a_name_after_a_full_stop_introduces(model_set, score_turns):
    turns = [(A, "Good morning, Quillfield Drains, Ros speaking, how can I help?"),
             (C, "My kitchen sink is backing up."), (A, "What's the postcode there?"),
             (C, "LS6 2QT. It's Kwabena, Kwabena Osei."), (A, "Thanks, someone will be with you by noon.")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation  # given, never used (not "the name never came up")


def test_round18_its_and_a_day_after_a_full_stop_is_no_name(model_set, score_turns):
    turns = [(A, "Good morning, Quillfield Drains, Ros speaking, how can I help?"),
             (C, "My kitchen sink is backing up. It's Monday, so I thought I'd ring."), (A, "Okay, what's the postcode?")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


def test_round18_the_name_first_among_details_asked_for(model_set, score_turns):
    turns = [(A, "Good afternoon, Quillfield Paving, Gareth speaking, how can I help you?"),
             (C, "The drive you laid has sunk by the garage."), (A, "What's the name and address?"),
             (C, "Moira Kettle, 6 Foxglove Close."), (A, "Right, that's out of guarantee, I'm afraid.")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round18_the_caller_greeting_the_agent_by_name_then_introducing(model_set, score_turns):
    turns = [(A, "Hiya, Quillfield Livery, Jess speaking."),
             (C, "Jess, it's Oonagh, Bramble's owner. He's got a cut on his leg."), (A, "Oh no, poor Bramble."),
             (C, "Can someone look at him?"), (A, "I'll get the vet out this afternoon.")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round18_a_name_said_in_passing_by_the_way(model_set, score_turns):
    turns = [(A, "hello quillfield restorations this is pat how can i help"),
             (C, "i've got two chairs with the cane seats gone"), (A, "would you like a quote"),
             (C, "yes please it's missus okafor by the way"), (A, "okay it's forty pounds a seat")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation  # given, never used


# --- transfer -------------------------------------------------------------------------------

def test_round18_stick_you_through_is_a_transfer(model_set, score_turns):
    turns = [HELLO, (C, "i want to cancel my membership i'm moving away"), (A, "that's not my department"),
             (C, "who do i speak to then"), (A, "i'll stick you through to sandra")]
    r = score_turns("transfer.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation  # says to whom, not why


def test_round18_the_transfer_spoken_of_before_it_is_made_is_not_it(model_set, score_turns):
    turns = [HELLO, (C, "I'd like a bespoke bouquet for our anniversary."),
             (A, "Of course. Before I put you through, is there anything else I can help with?"), (C, "No, thanks."),
             (A, "I'm going to transfer you to Nadia in our studio, because she designs the bespoke bouquets.")]
    r = score_turns("transfer.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_round18_a_transfer_only_spoken_of_is_still_judged(model_set, score_turns):
    turns = [HELLO, (C, "I'd like a bespoke bouquet for our anniversary."),
             (A, "Of course. Before I put you through, is there anything else I can help with?"), (C, "No, thanks.")]
    r = score_turns("transfer.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation
