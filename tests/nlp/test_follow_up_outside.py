"""follow_up.v1 on the failure classes seen on calls nobody tuned it on: which clause a
time expression belongs to, steps whose effect comes later ("we'll look into it"),
contractions written without apostrophes, dates by the day of the month and times
relative to an event, a time given later for the same promise, and vague times. Each
example is written for this file; every case runs with the blank pipeline and, when
installed, with the trained one."""

from __future__ import annotations

import pytest

from nlp.context import CallContext
from nlp.registry import get_registry

OPENING = [("agent", 0, 3, "hi this is northfield gas sam speaking how can i help"),
           ("customer", 4, 8, "my boiler's stopped working and there's no hot water")]


def _run(call, **params):
    reg = get_registry()
    return reg.resolve("follow_up.v1").func(CallContext(call), reg.validate_params("follow_up.v1", params))


def _agent_says(make_call, *texts):
    turns = list(OPENING)
    t = 10
    for text in texts:
        turns.append(("agent", t, t + 4, text))
        turns.append(("customer", t + 5, t + 6, "okay"))
        t += 20  # far enough apart that one turn's time frame does not reach the next
    return make_call(turns)


@pytest.mark.parametrize("text, outcome", [
    # the time word ends another clause: the promise after it has no time frame
    ("nobody in the team is free this afternoon someone will ring you back", "fail"),
    ("the engineers are all out today an engineer will call you", "fail"),
    # the time word opens the promise's clause
    ("this afternoon someone will ring you back", "pass"),
    ("okay so by friday an engineer will call you", "pass"),
])
def test_a_time_before_a_promise_belongs_to_its_own_clause(make_call, configured_pipeline, text, outcome):
    assert _run(_agent_says(make_call, text)).outcome == outcome


@pytest.mark.parametrize("text, outcome", [
    ("we'll look into why it keeps cutting out", "fail"),
    ("I'll add a note to your file so the engineer knows about the dog", "fail"),
    ("we'll look into it and get back to you by thursday", "pass"),
    ("let me look into that for you", "na"),  # done now, during the call
    ("i'll make sure the paperwork goes out to you", "fail"),  # dispatched later
    ("the letter will go out today", "pass"),
    ("you'll go out of the app and back in", "na"),  # an instruction, not a dispatch
    ("expect a call from the surveyor on monday", "pass"),
])
def test_steps_whose_effect_comes_later(make_call, configured_pipeline, text, outcome):
    r = _run(_agent_says(make_call, text))
    assert r.outcome == outcome, r.explanation


@pytest.mark.parametrize("texts, outcome", [
    (["well post you the forms on monday"], "pass"),
    (["ill email you the booking confirmation"], "fail"),
    (["well let me have a look at the account"], "na"),  # "well" as a word, not "we'll"
    (["its booked well send the engineer round"], "fail"),
    (["ive got an engineer free hell be with you thursday between eight and twelve"], "pass"),  # "he'll"
    (["shell be round later"], "fail"),  # "she'll", with no time said
    (["go to hell be quick"], "na"),  # not coming to the customer
    (["im going to unlock the account it takes a few seconds"], "pass"),  # how long it takes says when
    (["look bring it in and someone'll have a look at it"], "fail"),  # "someone'll", and no time
    (["bring it in any time today and well check it for free while you wait"], "pass"),
    (["ive refunded those two items", "the refund should be back on your card in three to five working days"],
     "pass"),  # the refund's time given after, naming it again
])
def test_contractions_written_without_apostrophes(make_call, configured_pipeline, texts, outcome):
    r = _run(_agent_says(make_call, *texts))
    assert r.outcome == outcome, r.explanation


def test_well_in_a_transcript_with_apostrophes_is_the_word(make_call, configured_pipeline):
    call = _agent_says(make_call, "Well, send us a photo of the boiler if you can.", "I'm not sure what's wrong.")
    assert _run(call).outcome == "na"


@pytest.mark.parametrize("text", [
    "the new tariff will start from the third of next month",
    "an engineer will visit on the 21st between eight and one",
    "we can do saturday the ninth and we'll send a reminder the day before",
    "the refund will appear on your next statement",
])
def test_day_of_month_and_event_relative_times(make_call, configured_pipeline, text):
    r = _run(_agent_says(make_call, text))
    assert r.outcome == "pass", r.explanation


def test_a_promise_that_follows_a_timed_one(make_call, configured_pipeline):
    """"..., so you'll have it before your trip": the consequence shares the time frame."""
    call = _agent_says(make_call, "we'll post the certificate within five working days, so you'll have it before the inspection")
    assert _run(call).outcome == "pass"


def test_a_time_given_later_for_the_same_promise(make_call, configured_pipeline):
    """The promise first, the arrangements, then its time pointing back at it."""
    turns = OPENING + [
        ("agent", 10, 14, "Right, we'll send an engineer out to you. What's the best address?"),
        ("customer", 15, 19, "Fourteen Mill Lane, and I'm only in after four."),
        ("agent", 20, 24, "No problem, let me see what slots there are."),
        ("customer", 25, 26, "Thanks."),
        ("agent", 40, 45, "Okay, I've booked that for Wednesday between four and six."),
    ]
    r = _run(make_call(turns))
    assert r.outcome == "pass", r.explanation
    assert r.details["commitments"][0]["when_given_at"] == 40
    # a later timed promise about something else does not time the first one
    other = turns[:-1] + [("agent", 40, 45, "And you'll get your renewal letter on Wednesday.")]
    assert _run(make_call(other)).outcome == "fail"


@pytest.mark.parametrize("text, vague", [
    ("someone from claims will call you back at some point", "at some point"),
    ("we'll send the replacement part as soon as possible", "as soon as possible"),
])
def test_vague_times_are_not_time_frames(make_call, configured_pipeline, text, vague):
    r = _run(_agent_says(make_call, text))
    assert r.outcome == "fail"
    assert r.details["commitments"][0]["vague"] == vague
    assert vague in r.explanation


@pytest.mark.parametrize("text, outcome", [
    ("the plumber will be round between two and four tomorrow", "pass"),
    ("someone will be out to look at the meter", "fail"),  # a visit promised, with no time
    ("you'll be out of pocket if we wait", "na"),  # not a visit
    ("the hold on the charge will be there until it clears", "na"),
    ("i'll ring you back at 3", "pass"),
    ("i'll ring you back at half past two", "pass"),
    ("we'll knock it down by 5 pounds and send you the new bill", "fail"),  # an amount, not a clock time
    ("we'll send you a new part, it usually takes a couple of days", "pass"),
    ("the refund will reach you within a fortnight", "pass"),
    ("i'll call you after lunch", "pass"),
])
def test_visits_clock_times_and_spoken_durations(make_call, configured_pipeline, text, outcome):
    r = _run(_agent_says(make_call, text))
    assert r.outcome == outcome, r.explanation


# --- "shortly": a time frame for a message sent now, not for anything else (all three model sets) --------
BOILER = [("agent", "hi this is northfield gas sam speaking how can i help"),
          ("customer", "my boiler's stopped working and there's no hot water")]


@pytest.mark.parametrize("said, outcome", [
    ("we'll get back to you about the compensation shortly", "fail"),
    ("I'll post the form by Friday, and someone will phone you about the repair shortly.", "fail"),
    ("i'll text you the booking code shortly", "pass"),  # a message sent during the call
    ("you'll get an email with the engineer's details shortly", "pass"),
])
def test_shortly_says_when_only_for_a_message(score_turns, model_set, said, outcome):
    r = score_turns("follow_up.v1", BOILER + [("agent", said), ("customer", "okay")], model_set)
    assert r.outcome == outcome, r.explanation
    if outcome == "fail":
        assert r.details["commitments"][-1]["vague"] == "shortly", r.details


def test_a_promise_restated_with_a_pronoun_keeps_its_time(score_turns, model_set):
    """"That should be with you shortly" restates the timed promise before it; a new
    promise with its own subject does not."""
    turns = BOILER + [("agent", "I'll email you the repair quote within the hour."),
                      ("customer", "Okay, the address is on the account."),
                      ("agent", "Perfect, that should be with you shortly.")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
    assert r.details["commitments"][-1]["when"] == "within the hour", r.details
    other = turns[:-1] + [("agent", "Perfect, and the surveyor will call you shortly.")]
    assert score_turns("follow_up.v1", other, model_set).outcome == "fail"


@pytest.mark.parametrize("said", ["okay so your next statement will show the refund",
                                  "right, and your next bill will reflect the new tariff"])
def test_a_time_inside_the_commitments_subject(score_turns, model_set, said):
    """"Your next statement will show...": the time frame is the subject itself."""
    r = score_turns("follow_up.v1", BOILER + [("agent", said), ("customer", "okay")], model_set)
    assert r.outcome == "pass", r.explanation
    assert "next" in r.details["commitments"][0]["when"], r.details


@pytest.mark.parametrize("said, outcome", [
    ("the patch is in testing and it should be out soon", "fail"),  # released "soon": no time frame
    ("the new timetable's been agreed, it'll be out by the end of next week", "pass"),
    ("that'll be out in the post on monday", "pass"),
    ("you'll be out of contract in march so no fee", "na"),  # a fact about the customer, not a release
])
def test_something_that_will_be_out_is_released(score_turns, model_set, said, outcome):
    r = score_turns("follow_up.v1", BOILER + [("agent", said), ("customer", "okay")], model_set)
    assert r.outcome == outcome, r.explanation


@pytest.mark.parametrize("said, outcome", [
    ("i've moved the direct debit to the twelfth, and the last payment will be taken that day", "pass"),
    ("your repair is booked for the third of june and the engineer will ring you that morning", "pass"),
    ("the refund will go back to your card that day", "fail"),  # no day said before it
])
def test_a_time_that_points_back_at_a_date_said_before(score_turns, model_set, said, outcome):
    r = score_turns("follow_up.v1", BOILER + [("agent", said), ("customer", "okay")], model_set)
    assert r.outcome == outcome, r.explanation


@pytest.mark.parametrize("said", [
    "we'll credit your account for the weeks you've had no hot water",
    "I'll refund the call-out charge from last Tuesday.",
    "we'll apply a goodwill credit for the days you were without heating",
    "okay so i'll refund the payment you made two days ago",
])
def test_a_past_period_is_not_a_time_frame(score_turns, model_set, said):
    """A period gone by - what the money is for - is not when the commitment happens."""
    r = score_turns("follow_up.v1", BOILER + [("agent", said), ("customer", "okay")], model_set)
    assert r.outcome == "fail", r.explanation


@pytest.mark.parametrize("said", ["i'll ring you back at half past two", "we'll collect it over the next few days",
                                  "the engineer will call you in the last week of june"])
def test_times_that_are_not_past_periods(score_turns, model_set, said):
    r = score_turns("follow_up.v1", BOILER + [("agent", said), ("customer", "okay")], model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("said, outcome", [
    ("okay your next invoice will include the discount", "pass"),  # any verb after a subject still to come
    ("lovely thats on now, your next statement will use the actual reading", "pass"),
    ("next week will be a busy one for the engineers", "na"),  # a time, not a thing to come
])
def test_a_subject_still_to_come_makes_a_commitment(score_turns, model_set, said, outcome):
    r = score_turns("follow_up.v1", BOILER + [("agent", said), ("customer", "okay")], model_set)
    assert r.outcome == outcome, r.explanation


@pytest.mark.parametrize("text, outcome", [
    # what the agent or a colleague can arrange, said with its time, is a commitment with a time frame
    ("I can get a plumber to you tomorrow between nine and one.", "pass"),
    ("okay an engineer can come out on thursday morning", "pass"),
    # without a time it is only an offer; what "can" sees or checks is nothing to come
    ("I can book that in for you if you want.", "na"),
    ("i can see the last service was on monday", "na"),
    # "you won't have to ..." reassures, it promises nothing
    ("Someone will ring you back by five, so you won't have to chase it.", "pass"),
])
def test_timed_arrangements_and_assurances(make_call, configured_pipeline, text, outcome):
    r = _run(_agent_says(make_call, text))
    assert r.outcome == outcome, r.explanation


def test_a_now_in_the_next_turn_is_not_the_promise_s_time(make_call, configured_pipeline):
    call = make_call(list(OPENING) + [
        ("agent", 10, 14, "lost parcels are handled by our claims team so ill put you through theyll open a claim"),
        ("customer", 14.5, 15, "okay"),
        ("agent", 15.5, 17, "transferring you now"),
    ])
    r = _run(call)
    assert r.outcome == "fail", r.explanation
