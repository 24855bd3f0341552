"""Failure classes seen on holdout25 (the fourteenth round of tuning), each written here in my
own words, not taken from a labelled call. Each runs with the blank pipeline, a trained spaCy
pipeline and sentence embeddings (configurations skip when their package is absent)."""

from __future__ import annotations

import pytest

A, C = "agent", "customer"
OPENING = (A, "Good morning, Brackley Homewares, this is Oluwaseun, how can I help?")
ASR_OPENING = (A, "good morning brackley homewares this is oluwaseun how can i help")


# --- follow_up ------------------------------------------------------------------------------

def test_round14_a_time_after_another_commitment_is_that_ones(model_set, score_turns):
    turns = [OPENING, (C, "my sofa cushions never came with the sofa"),
             (A, "As soon as the warehouse finds them we'll post them to you, and you'll get an email update by "
                 "five today."), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation
    assert [c["when"] for c in r.details["commitments"]] == [None, "by five today"]


def test_round14_one_commitment_with_its_own_time_keeps_it(model_set, score_turns):
    turns = [OPENING, (C, "my sofa cushions never came with the sofa"),
             (A, "We'll post them to you tomorrow, and you'll get an email once they're on the way."), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.details["commitments"][0]["when"] == "tomorrow", r.explanation


def test_round14_a_step_taken_has_the_time_of_its_result(model_set, score_turns):
    turns = [OPENING, (C, "the replacement handle hasn't come"),
             (A, "I've sent a new request to the warehouse, and the handle will be with you within three working "
                 "days."), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("said", ["Bring them in and we'll send them to the workshop the same day.",
                                  "The driver will text you the evening before with a time."])
def test_round14_more_ways_to_say_when(model_set, score_turns, said):
    turns = [OPENING, (C, "my blinds need repairing"), (A, said), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_round14_nobody_let_you_know_is_the_problem_said_back(model_set, score_turns):
    turns = [OPENING, (C, "my sofa never came yesterday and nobody told me"),
             (A, "So the delivery didn't come and nobody let you know, and you want a new date."), (C, "yes"),
             (A, "What's your postcode?")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


def test_round14_what_the_customer_will_see_on_doing_something_is_no_promise(model_set, score_turns):
    turns = [OPENING, (C, "how do I find my order in the app?"),
             (A, "If you open the app, you'll see your orders at the top."), (C, "got it")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


@pytest.mark.parametrize("said, outcome", [
    ("The courier will bring it round tomorrow morning.", "pass"),
    ("our fitter will bring the new hinges over", "fail"),
    ("I'll bring up your order now.", "na"),
])
def test_round14_something_brought_to_the_customer_is_a_commitment(model_set, score_turns, said, outcome):
    turns = [OPENING, (C, "the hinge on my wardrobe snapped"), (A, said), (C, "right")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == outcome, r.explanation


def test_round14_a_time_in_the_answer_to_a_new_question_is_not_the_promises(model_set, score_turns):
    turns = [ASR_OPENING, (C, "i can't afford this month's instalment"),
             (A, "someone from our payments team will ring you to talk it through"),
             (C, "and will the instalment still go out on the fifth"),
             (A, "no i've paused the next payment while they look at it"), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round14_a_time_after_an_acknowledgement_still_counts(model_set, score_turns):
    turns = [ASR_OPENING, (C, "i can't afford this month's instalment"),
             (A, "someone from our payments team will ring you"), (C, "okay thanks"),
             (A, "that'll be tomorrow morning"), (C, "okay")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("said", ["I'll report the fault to our supplier as well.", "I'll flag it with the warehouse."])
def test_round14_reporting_something_on_is_a_commitment(model_set, score_turns, said):
    turns = [OPENING, (C, "the lamp you sent flickers"), (A, said), (C, "good")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


@pytest.mark.parametrize("said", ["I've booked the delivery for the twenty-third.",
                                  "ive booked the delivery for the thirty first"])
def test_round14_a_day_of_the_month_in_two_words(model_set, score_turns, said):
    turns = [OPENING, (C, "can you deliver the table?"), (A, said), (C, "great")]
    r = score_turns("follow_up.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


# --- greeting -------------------------------------------------------------------------------

@pytest.mark.parametrize("said", ["Hello, Brackley Homewares, this is reception, how can I help?",
                                  "good morning brackley homewares this is accounts how can i help"])
def test_round14_a_desk_answering_is_not_the_agents_name(model_set, score_turns, said):
    r = score_turns("greeting.v1", [(A, said), (C, "hi")], model_set)
    assert r.outcome == "fail", r.explanation
    assert "agent's own name" in r.explanation


def test_round14_you_have_got_a_name(model_set, score_turns):
    r = score_turns("greeting.v1", [(A, "Hello, Brackley Homewares, you've got Priyanka, how can I help?"),
                                    (C, "hi")], model_set)
    assert r.outcome == "pass", r.explanation


def test_round14_you_have_got_the_wrong_desk_is_no_name(model_set, score_turns):
    r = score_turns("greeting.v1", [(A, "Hello, Brackley Homewares, you've got the returns desk, how can I help?"),
                                    (C, "hi")], model_set)
    assert r.outcome == "fail", r.explanation


# --- personalization ------------------------------------------------------------------------

def test_round14_a_lower_case_word_in_a_cased_call_is_no_name(model_set, score_turns):
    turns = [OPENING, (C, "You've charged me twice for one kettle!"), (A, "I need you to stay calm, please."),
             (C, "I am calm, I'm just cross."), (A, "Can I take your name?"), (C, "Bartosz Lewandowski."),
             (A, "Thank you, Mr Lewandowski, let me look.")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
    assert r.details["name"] == "Bartosz Lewandowski"


def test_round14_a_title_marks_the_name_in_an_unpunctuated_introduction(model_set, score_turns):
    turns = [ASR_OPENING, (C, "hello it's mrs okonkwo our rug arrived with a stain on it"),
             (A, "oh no i'm sorry about that what's the order number"), (C, "b h four four one"),
             (A, "thanks i've found it")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation
    assert "okonkwo" in r.details["name"].lower()


def test_round14_a_thing_after_my_is_not_the_customers_name(model_set, score_turns):
    turns = [OPENING, (C, "Hi, the awning over my bakery's window has torn in the wind."),
             (A, "I'm sorry. Can I take your name?"), (C, "Fenella Haigh."), (A, "Is the bakery open today?"),
             (C, "Yes.")]
    r = score_turns("personalization.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation
    assert r.details["name"] == "Fenella Haigh"


# --- negative_language ----------------------------------------------------------------------

def test_round14_empathy_is_not_an_alternative_to_a_refusal(model_set, score_turns):
    turns = [OPENING, (C, "I need the curtains altered by Friday, it's for my daughter's party"),
             (A, "I can hear how stressful this is. There's nothing I can do about the workshop's queue."),
             (C, "so what's the soonest then?"), (A, "If you bring them in today they'll be ready on Monday.")]
    r = score_turns("negative_language.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation
    assert [e.utterance for e in r.evidence] == [2]


def test_round14_a_bare_no_to_a_discount_asked_for_refuses_it(model_set, score_turns):
    turns = [OPENING, (C, "I'd like the oak table. Is there any discount if I collect it myself?"), (A, "No."),
             (C, "okay, I'll still take it")]
    r = score_turns("negative_language.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round14_a_no_to_a_question_of_fact_stays_an_answer(model_set, score_turns):
    turns = [OPENING, (C, "Is there a delivery charge for the oak table?"), (A, "No, delivery is free."),
             (C, "great")]
    r = score_turns("negative_language.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


# --- empathy --------------------------------------------------------------------------------

def test_round14_a_purpose_clause_states_no_problem(model_set, score_turns):
    turns = [ASR_OPENING, (C, "hi i'm moving house next month and i want to book a van so i don't get stuck"),
             (A, "sure which date"), (C, "the twelfth"), (A, "that's booked")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


# --- paraphrase -----------------------------------------------------------------------------

PARAPHRASE_CUSTOMER = (C, "Hi, my new bookcase came this morning and one of the shelves is cracked. I waited five "
                          "weeks for it.")


def test_round14_what_is_apologised_for_is_no_restatement(model_set, score_turns):
    turns = [OPENING, PARAPHRASE_CUSTOMER, (A, "What's the order number?"), (C, "BH 4471."),
             (A, "I've ordered a new shelf. I'm sorry you've had this after such a long wait."), (C, "Thanks.")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_round14_a_restatement_after_an_apology_still_counts(model_set, score_turns):
    turns = [OPENING, PARAPHRASE_CUSTOMER,
             (A, "I'm sorry. So your bookcase arrived this morning with a cracked shelf, after five weeks."),
             (C, "Yes, exactly.")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
