"""Empathy failure classes of issue 10, each written as my own examples (not taken from
any labelled call): brief acknowledgements missed ("that's completely understandable", "I
know waiting is horrible"), problems stated as plain facts or as disbelief not recognised
("there's no sign of it", "the price has gone up", "are you serious?"), and the contrasts:
generic politeness is not empathy, and routine rearranging needs none. Run with the blank
pipeline, a trained spaCy pipeline and sentence embeddings (each skips when its package is
absent)."""

from __future__ import annotations

import pytest

A, C = "agent", "customer"

OPENING = (A, "good morning, you're through to dale, how can i help")

BRIEF = [
    "Ah, that's completely understandable.",
    "i know the waiting is horrible",
    "What a rotten thing to happen.",
    "i totally get why that's worrying",
    "Sorry again about all of this.",
    "Oh dear.",
]


@pytest.mark.parametrize("reply", BRIEF)
def test_brief_acknowledgements_count(model_set, score_turns, reply):
    turns = [OPENING, (C, "my passport renewal was sent back twice and now my holiday is in nine days"),
             (A, "can i take the reference please"), (C, "it's p r 7 7 1"), (A, reply), (C, "thanks")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
    assert any(e.speaker == "agent" and e.utterance == 4 for e in r.evidence)


FACTS = [
    "the tracking says delivered at two o'clock but there's nothing on the doorstep",
    "I paid for the tickets last week and there's still no sign of them in my account.",
    "my home insurance price has gone up by ninety pounds and nothing has changed",
    "there's water coming through the ceiling from the flat above",
    "cancel and book again? are you serious?",
    "my broadband has been down since saturday",
    "I was billed for a month after I'd already cancelled.",
    "there's a payment on my card from a garage i've never been to",
]


@pytest.mark.parametrize("statement", FACTS)
def test_problems_stated_as_facts_or_disbelief_need_empathy(model_set, score_turns, statement):
    turns = [OPENING, (C, statement), (A, "sorry, what's the account number?"), (C, "it's 4 4 1 9"),
             (A, "okay one moment")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation
    assert r.evidence[0].speaker == "customer" and r.evidence[0].utterance == 1


@pytest.mark.parametrize("reply", ["Sorry, could you spell the surname?", "sorry for the wait there",
                                   "Please don't apologise, take your time.", "No worries at all.",
                                   "You'll need the form from the website, is that understandable?"])
def test_politeness_is_not_empathy(model_set, score_turns, reply):
    turns = [OPENING, (C, "my bank card was stolen at the station this morning"), (A, reply), (C, "okay")]
    assert score_turns("empathy.v1", turns, model_set).outcome == "fail"


@pytest.mark.parametrize("request_text", [
    "hi i got a card through the door saying i missed a delivery and i'd like it brought back on friday",
    "I'd like to move my eye test to next week if that's possible.",
])
def test_rearranging_is_routine(model_set, score_turns, request_text):
    turns = [OPENING, (C, request_text), (A, "of course, can i take your postcode"), (C, "it's l s 6 2 q t")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


# holdout7's classes, each in my own words: acknowledgements missed after a problem was found (a remark
# that evaluates the customer's situation with a word of any negative feeling, the agent saying they
# hear the worry), and with embeddings a plain question taken for a problem
REMARKS = [
    "That sounds miserable.",
    "Oh, that's horrendous.",
    "that sounds lonely on your own up there",
    "that sounds tough with a new baby in the house",
    "What a grim week you've had.",
    "That's so unfair on you.",
    "I can hear how much this has been getting to you.",
    "i can tell this has been hanging over you",
    "That's clearly been on your mind for a while.",
    "oh that's tough",
    "That can't have been easy for you.",
    "that's the last thing you need with a move coming up",
]


@pytest.mark.parametrize("reply", REMARKS)
def test_remarks_on_the_situation_and_hearing_the_worry_count(model_set, score_turns, reply):
    turns = [OPENING, (C, "the lift in my building has been broken for a week and i'm on the ninth floor"),
             (A, "which building is it"), (C, "harbour view, block c"), (A, reply), (C, "yeah")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
    assert any(e.speaker == "agent" and e.utterance == 4 for e in r.evidence)


@pytest.mark.parametrize("reply", [
    "That's a fault on the exchange, an engineer will fix it.", "That's hard to say until we see the statement.",
    "It's broken beyond repair, so we'll replace it.", "that sounds like a problem with the reader",
    "That's a leak from the flat above by the look of it.", "That's unfortunately not something the policy covers.",
])
def test_a_negative_word_that_diagnoses_is_not_empathy(model_set, score_turns, reply):
    turns = [OPENING, (C, "my bank card was stolen at the station this morning"), (A, reply), (C, "okay")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


@pytest.mark.parametrize("question", ["Will my water bill go up after that?", "Is the price going up?",
                                      "Will I be charged more?"])
def test_a_plain_question_is_not_a_problem(model_set, score_turns, question):
    turns = [OPENING, (C, "hi i want to give you a reading for my water meter"), (A, "go ahead"),
             (C, "it's 3 3 0 1 8"), (A, "thanks, that's on the account"), (C, question),
             (A, "it depends on the reading"), (C, "okay bye")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


# --- holdout8's classes: acknowledgements written without apostrophes, pity, pay short of what is owed ---

UNPUNCTUATED = [
    "ah thats no fun at all",
    "oh thats a shame",
    "thats not good at all is it",
    "thats not ideal with the weekend coming",
]


@pytest.mark.parametrize("reply", UNPUNCTUATED)
def test_acknowledgements_transcribed_without_apostrophes_count(model_set, score_turns, reply):
    """Speech recognition and lower-case transcripts write "that's" as "thats" (tokenised
    "that" "s", whose norm is not that of "'s"): the phrase still acknowledges."""
    turns = [OPENING, (C, "my new washing machine wont drain and theres water all over the kitchen floor"),
             (A, reply), (C, "no"), (A, "whats the postcode"), (C, "l 4 2 b x")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
    assert any(e.speaker == "agent" and e.utterance == 2 for e in r.evidence)


def test_spoken_spellings_map_back_to_the_phrase():
    from nlp.detectors.empathy import spoken_spellings

    got = spoken_spellings(["that's a shame", "i am so sorry", "oh no"])
    assert got["thats a shame"] == "that's a shame" and got["im so sorry"] == "i am so sorry"
    assert got["oh no"] == "oh no" and len(got) == 5


@pytest.mark.parametrize("reply", ["Oh, poor thing. Can I take her name?", "aw the poor little thing",
                                   "Oh, the poor lad, what's his name?"])
def test_pity_for_the_customer_or_the_one_they_ring_about_counts(model_set, score_turns, reply):
    turns = [OPENING, (C, "my little boy has just fallen off the climbing frame and hit his head on the path"),
             (A, reply), (C, "it's sam")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("statement", [
    "hi, my wages went in this morning and i've been paid short again",
    "I was underpaid by about two hundred pounds on my last payslip.",
    "half the warehouse team have not been paid for their overtime",
])
def test_pay_short_of_what_is_owed_needs_empathy(model_set, score_turns, statement):
    """Being paid less than is owed is a problem that affects the customer: with no
    acknowledgement empathy fails (not N/A)."""
    turns = [OPENING, (C, statement), (A, "which pay period is that for?"), (C, "the one that ended friday"),
             (A, "okay, i'll raise a correction"), (C, "thanks")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


@pytest.mark.parametrize("statement", [
    "Your machine has just ripped the sleeve off my coat!",  # damage in any form of the word
    "the delivery men tore the carpet on the stairs",
    "i could cry honestly we've been waiting for this all year",  # a feeling
    "The parcel came and the glass is shattered.",
    "nobody here will help me, I've asked three people",
    "our sauna has gone stone cold and the display just flashes",
])
def test_problems_in_words_no_list_held(model_set, score_turns, statement):
    turns = [OPENING, (C, statement), (A, "okay, what's the order number?"), (C, "four four one"),
             (A, "thanks, i'll look into it")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation  # a problem, and no acknowledgement


@pytest.mark.parametrize("statement", [
    "Does that mean I pay twice this month?",  # asks what will happen
    "If the parcel gets damaged in the post, am I covered?",
    "Will the screen crack if I drop it?",
])
def test_a_question_about_what_may_happen_is_no_problem(model_set, score_turns, statement):
    turns = [OPENING, (C, statement), (A, "good question, let me check"), (C, "thanks"),
             (A, "no, it's covered")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


def test_ah_no_acknowledges(model_set, score_turns):
    turns = [OPENING, (C, "our hot tub has stopped heating and we've got people coming saturday"),
             (A, "ah no, not before the weekend"), (C, "i know"), (A, "let's get it sorted")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_a_problem_word_negated_is_no_problem(model_set, score_turns):
    """"It isn't damaged": the phrase and word rules see the negation. (With sentence embeddings
    the sentence is still close to "the package was damaged": embeddings do not read negation,
    a limit docs/detectors.md states.)"""
    if model_set["encoder"] is not None:
        pytest.skip("sentence embeddings do not read negation (docs/detectors.md, empathy)")
    turns = [OPENING, (C, "It isn't damaged, I just want to swap the colour."), (A, "good question, let me check"),
             (C, "thanks"), (A, "that's swapped")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "na", r.explanation


@pytest.mark.parametrize("reply", ["thats a really common worry can i take your name",
                                   "A lot of people worry about that when a deal ends. Can I take your name?"])
def test_making_a_worry_normal_acknowledges_it(model_set, score_turns, reply):
    turns = [OPENING, (C, "my tenancy ends in march and im worried the rent is going to go up a lot"),
             (A, reply), (C, "its dana")]
    r = score_turns("empathy.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
