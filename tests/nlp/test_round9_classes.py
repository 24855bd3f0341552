"""Failure classes seen on holdout15/16 (the ninth round of tuning), each written here in my
own words, not taken from a labelled call. Each runs with the blank pipeline, a trained spaCy
pipeline and sentence embeddings (configurations skip when their package is absent)."""

from __future__ import annotations

import pytest

A, C = "agent", "customer"
OPENING = (A, "good morning, kestrel homes, this is ali, how can I help?")


@pytest.mark.parametrize("said, name", [
    ("hi this is radek in flat two c the boiler is dripping again", "radek"),
    ("yeah hi its dominika sowa flat nine the rent went out twice", "dominika"),
    ("Hi, I'd like to cancel my membership please. It's Annika Sorrell.", "annika"),
    ("Hi, Philippa Oduya. The fitters never came back to finish the wall.", "philippa"),
    ("Morning. The loan's in my husband's name too, Tariq, but I'm on it. I'm Samira. Samira Haddad.", "samira"),
])
def test_round9_names_given_in_passing(model_set, score_turns, said, name):
    turns = [OPENING, (C, said), (A, "okay let me look at that for you")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "fail" and name in (r.details.get("name") or "").lower(), r.explanation


@pytest.mark.parametrize("answer, used", [
    ("It's Baz, Barry Quinlan, from Quinlan Joinery.", "Right, Barry, what do you need?"),
    ("Mallory, M A L L O R Y, Judith.", "Thanks, Judith."),
])
def test_round9_the_name_said_again_counts(model_set, score_turns, answer, used):
    turns = [OPENING, (C, "hi I need to move a booking"), (A, "can I take your name?"), (C, answer), (A, used)]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_letters_before_digits_are_an_id_not_a_name(model_set, score_turns):
    turns = [OPENING, (C, "my claim was turned down"), (A, "can I grab your member ID?"),
             (C, "Sure, it's K T W, four four one, nine nine."), (A, "And the name on the plan?"),
             (C, "Lionel Ashby."), (A, "Thanks, Mr. Ashby.")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "pass" and "ashby" in r.details["name"].lower(), r.explanation


@pytest.mark.parametrize("said, restated", [
    # details the customer gave after the opening statement are theirs too
    ("My spaniel's just eaten a whole box of raisins off the side and I'm scared.",
     "Thanks, Mira. So she's eaten a whole box of raisins in the last half hour and she's about twelve kilos."),
    # "so it ... and you want ...": "it" is the customer's thing
    ("My washing machine won't spin. It fills, it washes, but the clothes come out soaking.",
     "So it washes but it won't spin, and you want an engineer out to look at it."),
])
def test_round9_restatements(model_set, score_turns, said, restated):
    turns = [OPENING, (C, said), (A, "can I take your name?"), (C, "Mira, and she's twelve kilos, half an hour ago"),
             (A, restated), (C, "yes")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("asked", ["And Leo's date of birth?", "Your credit card ending seven seven one two?"])
def test_round9_a_detail_asked_for_is_no_restatement(model_set, score_turns, asked):
    turns = [OPENING, (C, "I need to sign my son Leo up for the holiday club, and my card was charged twice."),
             (A, asked), (C, "yes"), (A, "okay, I can book that now.")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


@pytest.mark.parametrize("text, outcome", [
    ("Our manager, Hilary, will ring you tomorrow morning about it.", "pass"),
    ("we'll call you by the end of next week to let you know about a place.", "pass"),
])
def test_round9_commitments(model_set, score_turns, text, outcome):
    r = score_turns("follow_up.v1", [OPENING, (C, "I need a place for my dad"), (A, text)], model_set)
    assert r.outcome == outcome, r.explanation


@pytest.mark.parametrize("said, reply, flagged", [
    ("so can you change the menu", "its not me that does the menus", True),
    ("okay", "I'll text you the address in case you need to come in.", False),
    ("my fob isn't working and I really need to get in, the van's waiting",
     "Thanks. Your fob is being rejected and you need to get in now, with the van waiting.", False),
    ("what happens next", "We'll take it from here, there's nothing you need to decide today.", False),
])
def test_round9_negative_language(model_set, score_turns, said, reply, flagged):
    r = score_turns("negative_language.v1", [OPENING, (C, said), (A, reply)], model_set)
    assert (r.outcome == "fail") == flagged, r.explanation


def test_what_a_thing_means_to_the_customer_is_empathy(model_set, score_turns):
    turns = [OPENING, (C, "my grandad's watch is in for repair and I'm really worried you've lost it"),
             (A, "I understand, that watch obviously means a lot. Have you got the ticket?")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("text, outcome", [
    # round 10 (holdout17/18): a negated "will" / "should" promises nothing
    ("One tablet won't hurt her, but she shouldn't take any more from that box.", "na"),
    ("I've added notes, so you won't be starting from scratch with them.", "na"),
    # what the customer will have, and money arriving in an account, are promised results
    ("lovely i've changed that and you'll have the new documents by email by friday", "pass"),
    ("done that'll be in your savings account by tomorrow morning", "pass"),
    # a report logged and a refund made on the call are done, not promised
    ("I've logged it as a leak, the reference is LK 991.", "na"),
    ("I've refunded the eggs and the milk now, that's four pounds back on your card.", "na"),
])
def test_round10_commitments(model_set, score_turns, text, outcome):
    r = score_turns("follow_up.v1", [OPENING, (C, "my delivery was wrong"), (A, text)], model_set)
    assert r.outcome == outcome, r.explanation
