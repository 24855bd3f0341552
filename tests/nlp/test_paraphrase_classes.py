"""Paraphrase failure classes of issue 10, each written as my own examples (not taken from
any labelled call): restatements that follow a cue sentence or are read back as a "so ..."
statement or a statement asked as a question, instructions and suggestions that only look
like statements about the customer, completion reports, and read-backs that share one
detail or a number. Run with the blank pipeline, a trained spaCy pipeline and sentence
embeddings (the model configurations skip when their package is absent)."""

from __future__ import annotations

import pytest

A, C = "agent", "customer"

OPENING = (A, "thanks for calling, this is kim, how can i help")

RESTATED = [
    # a cue that is a sentence of its own: the restatement is the next sentence
    ("My electric shower stopped heating up on Monday and I've got two kids to get ready every morning.",
     "Right. Let me just check I've understood. Your shower hasn't been heating since Monday, and with two "
     "kids in the house you need it fixed quickly."),
    # a cue worded another way than the cue list's own
    ("hi um the dishwasher you delivered on friday is leaking all over the kitchen floor",
     "okay so just so i've got it right the dishwasher from friday's delivery is leaking onto your floor"),
    # "so" + a statement of the customer's problem and request, asked as a question
    ("I paid for a sofa three weeks ago, the website said it would come in ten days, and there's still no sign "
     "of it, so I just want my money back.",
     "Oh no. So the sofa still hasn't come after three weeks, and you'd rather have your money back?"),
    # "so" + a statement about the problem with the customer as subject in a later clause
    ("someone backed into my van in the supermarket car park and the headlight is hanging off",
     "so another car reversed into the van, the headlight's damaged, and you're not sure you can drive it"),
    # a statement with a tag, short of content words but a clause, not a detail
    ("The radiators in my flat haven't come on since Thursday.", "I see. So the radiators have been cold since "
     "Thursday, correct?"),
    # a passive that states the problem is not a report of what was done
    ("i've been charged twice for my parking permit", "so your parking permit has been charged twice"),
]


@pytest.mark.parametrize("said, restated", RESTATED)
def test_restatements_in_the_forms_agents_use(model_set, score_turns, said, restated):
    r = score_turns("paraphrase.v1", [OPENING, (C, said), (A, restated), (C, "yes that's it")], model_set)
    assert r.outcome == "pass", r.explanation
    assert r.evidence[0].speaker == "customer" and r.evidence[0].utterance == 1
    assert r.evidence[1].speaker == "agent" and r.evidence[1].utterance == 2


def test_the_opening_statement_is_what_is_restated_however_it_is_worded(model_set, score_turns):
    """The customer's first description is their reason for calling even when no request
    phrase or problem rule recognises it ("the thing says ... but there's nothing")."""
    turns = [OPENING,
             (C, "Hiya. The tracking for my order of garden chairs says delivered at noon, but there's nothing "
                 "at the door or round the back."),
             (A, "Okay, can I take the order number?"), (C, "It's G C 5 5 1."),
             (A, "Thanks. So the tracking shows the chairs as delivered at noon, but they're not at your door or "
                 "round the back?"),
             (C, "Exactly.")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
    assert r.evidence[0].utterance == 1 and r.evidence[1].utterance == 4


NOT_RESTATED = [
    # a suggestion put as an embedded question ("I don't know if you've tried...")
    ("is there a quicker way to send you my meter reading", "I don't know if you've tried the online form for "
     "the meter reading, it's quicker."),
    # instructions to the customer, however the modal is written
    ("can i hand the van back at a different depot on sunday",
     "you'd have to ask the depot about handing the van back on sunday"),
    ("can i hand the van back at a different depot on sunday",
     "you would need to ring the depot about handing the van back"),
    ("do i need to send the broken kettle back to you", "you won't need to send the broken kettle back"),
    # a "so" sentence that explains rather than restates
    ("why was i charged a late fee on my water bill", "So the late fee is added by the billing system automatically."),
    # a read-back of a detail and an amount
    ("my bill this month is two hundred and twelve pounds which is way more than usual",
     "So the bill's for 212 pounds?"),
    # a conditional ("if you ...") is not a statement of what the customer said
    ("my phone screen cracked when i dropped it", "if you dropped the phone, the screen cover doesn't apply"),
    # an explanation ("because you ...") and the agent's own finding ("so there were ...")
    ("why is there a five pound charge on my statement",
     "So there's a charge on the statement because you asked for paper statements."),
    ("i can't get into my account, it says it's locked",
     "Right, so there were four failed logins and the account locked itself."),
    # account details read out, and a plan asked with a tag
    ("hi i want to check how much is left on my car loan", "you have about two thousand left on the car loan"),
    ("the fridge is making a loud humming noise all night",
     "So the engineer will look at the fridge noise on Tuesday, ok?"),
    # completion reports, also after a weak cue ("so your ...")
    ("i want to end my phone contract", "right so your phone contract is now ended from the end of the month"),
    ("i need to change the address on my account", "Right, your address has been changed to the new one."),
    ("my bank card was stolen from my bag this morning", "So I've blocked the card and a new one is on its way."),
]


@pytest.mark.parametrize("said, reply", NOT_RESTATED)
def test_instructions_explanations_details_and_reports_are_not_restatements(model_set, score_turns, said, reply):
    r = score_turns("paraphrase.v1", [OPENING, (C, said), (A, reply), (C, "okay")], model_set)
    assert r.outcome == "fail", r.explanation


def test_a_problem_restated_as_it_stands_still_counts(model_set, score_turns):
    """What stops instructions ("you can...") does not stop a restated problem ("you can't...")."""
    turns = [OPENING, (C, "i changed my password last night and now the app won't let me log in at all"),
             (A, "okay so since the password change you can't log in to the app at all"), (C, "yeah")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_evidence_quotes_the_customer_statement_and_the_similarity(model_set, score_turns):
    if model_set["encoder"] is None:
        pytest.skip("the similarity is quoted when an embedding model is configured")
    turns = [OPENING, (C, "my fridge freezer stopped keeping anything cold on saturday"),
             (A, "ah no, so the fridge freezer hasn't been cooling since the weekend?"), (C, "that's right")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation
    assert r.evidence[0].text.startswith("my fridge freezer stopped")
    assert "similarity 0." in r.evidence[1].note and "similarity" in r.explanation


# holdout7's classes, each in my own words: restatements missed (the customer's question restated as
# "whether you can...", a check of understanding that shares only the topic, a read-back sentence that
# also holds a cue, a read-back naming a failure without "you" as its subject) and an empathy remark
# about the customer's situation taken for a restatement
RESTATED_AGAIN = [
    # the customer's question restated: "you can" after "whether" is not an instruction that ends it
    ("my son's birthday is on saturday and the bike i ordered for him still says awaiting dispatch",
     "okay so you want to know whether you can still get the bike for his birthday on saturday"),
    # a check of understanding in other words: only the topic ("insurance") is shared
    ("my husband died last month and i can't keep paying for his car insurance on my own",
     "I'm so sorry. So if I understand correctly, you're asking whether the insurance can be moved into "
     "your name or stopped altogether."),
    # checks of understanding worded as agents word them, sharing only the topic ("the loan")
    ("i was made redundant last week and i'm scared about the loan repayments",
     "okay, let me get this straight, you're hoping to put the loan on hold while you find another job"),
    ("i was made redundant last week and i'm scared about the loan repayments",
     "if i'm following you, you'd like to know whether the loan can be paused while you look for work"),
    # a read-back sentence that also holds a cue ("you want to"): the sentence restates, not the cue's clause
    ("the wardrobe i ordered went to number 14 instead of 41, the courier left it at the wrong house",
     "Right. So the courier left the wardrobe at the wrong house, and you want to have it picked up and brought "
     "to you."),
    # a read-back that names the failure as a fact, the customer's thing as its subject
    ("i bought two concert tickets on the app last night, the money went out but there are no tickets anywhere",
     "so the app took the money for the tickets but they never showed up for you"),
    # a read-back that names the problem (a problem cue) with no "you" and no question
    ("the dishwasher your engineer fitted on monday has water leaking out of the door",
     "okay so the dishwasher that was fitted on monday is leaking from the door"),
    # a restatement in synonyms: "expensive" is said as "the price"
    ("i want to cancel, it's got far too expensive for me",
     "so you're looking to cancel because the price has gone up too much"),
]


@pytest.mark.parametrize("said, restated", RESTATED_AGAIN)
def test_restatements_put_as_questions_checks_and_read_backs(model_set, score_turns, said, restated):
    r = score_turns("paraphrase.v1", [OPENING, (C, said), (A, restated), (C, "yes exactly")], model_set)
    assert r.outcome == "pass", r.explanation
    assert r.evidence[1].speaker == "agent" and r.evidence[1].utterance == 2


COMMENTS = [
    ("my boiler packed in on sunday and i've got a newborn at home",
     "oh gosh, that's awful when you've got a newborn at home."),
    ("the trains have been cancelled all week and i'm travelling to work by taxi",
     "it must be really hard when you're paying for taxis to work all week"),
    ("our broadband keeps dropping out and we both work from home",
     "Oh no that sounds horrible when you both work from home."),
]


@pytest.mark.parametrize("said, comment", COMMENTS)
def test_an_empathy_remark_about_the_situation_is_not_a_restatement(model_set, score_turns, said, comment):
    """"That's awful when you've got a newborn at home" feels for the customer; it does not
    restate their problem, though it repeats their words."""
    r = score_turns("paraphrase.v1", [OPENING, (C, said), (A, comment), (C, "yeah")], model_set)
    assert r.outcome == "fail", r.explanation


def test_contractions_without_apostrophes_are_not_content_words():
    from nlp.semantic import content_of

    assert content_of("ive got it right youre asking about the mortgage") == ["mortgage"]
    assert content_of("i dont know whats wrong with the thats boiler") == ["wrong", "boiler"]


def test_a_comment_inside_the_clause_is_seen_with_a_trained_parse(model_set, score_turns):
    """With a parse, the comment need not open the clause: "I know that's awful when you've
    ..." is "you" in an adverbial clause of "that's awful"."""
    if model_set["nlp"] is None:
        pytest.skip("the blank pipeline reads a comment only where it opens the clause")
    turns = [OPENING, (C, "my boiler packed in on sunday and i've got a newborn at home"),
             (A, "i know that's awful when you've got a newborn at home"), (C, "yeah")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


# --- holdout8's classes: a "so ..." read-back in the customer's own words, a time restated with the
# problem, colloquial synonyms ---

ECHOES = [
    ("you were meant to empty our bins on tuesday and they're still sat full on the pavement",
     "So the bins were due to be emptied on Tuesday and they're still full out on the pavement."),
    ("my car went in for its service on monday and it came back with a scratch right along the passenger door",
     "So the car came back from Monday's service with a scratch along the passenger door."),
]


@pytest.mark.parametrize("said, readback", ECHOES)
def test_a_so_readback_in_the_customers_words_is_a_restatement(model_set, score_turns, said, readback):
    """No "you", no cue and no problem word: a "so ..." sentence that is mostly the
    customer's own words said back restates their problem."""
    turns = [OPENING, (C, said), (A, readback), (C, "yes that's it")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_a_so_sentence_that_explains_is_not_a_readback(model_set, score_turns):
    turns = [OPENING, (C, "why has my gas bill gone up so much this month"),
             (A, "so the price cap changed on the first of the month for every customer on that tariff"),
             (C, "oh right")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_a_time_restated_with_the_problem_counts(model_set, score_turns):
    """The customer's time ("at nine") said back with their problem (nobody came) is part
    of the restatement, though one number alone is a detail."""
    turns = [OPENING, (C, "the man was meant to be here at nine this morning and its now eleven and nobodys turned up"),
             (A, "right so the engineer was booked for nine and they havent arrived"), (C, "exactly")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_a_time_alone_is_a_detail(model_set, score_turns):
    turns = [OPENING, (C, "the man was meant to be here at nine this morning and its now eleven and nobodys turned up"),
             (A, "so that was nine?"), (C, "yes")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_colloquial_words_for_staff_and_money_are_synonyms(model_set, score_turns):
    from nlp.semantic import canonical

    assert canonical("lad") == canonical("employee") == canonical("staff")
    assert canonical("quid") == canonical("pound")
    turns = [OPENING, (C, "two of my lads were paid short"), (A, "so your staff got less pay than they should have?"),
             (C, "yes")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_an_amount_read_out_with_its_unit_is_no_restatement(model_set, score_turns):
    """The customer's amount in the agent's reading of the policy ("up to three thousand
    pounds") shares the number and its unit, not the issue."""
    turns = [OPENING, (C, "you wont pay for my dogs operation and its nearly three thousand pounds"),
             (A, "so your policy covered up to three thousand pounds per condition each year"), (C, "but thats not fair")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


@pytest.mark.parametrize("said, restated", [
    # "so it's ..." summing up the problem in the customer's words
    ("There's water dripping through my kitchen ceiling, I think a pipe has gone in the bathroom above.",
     "Okay. So it's a pipe in the bathroom, and the water's coming through the kitchen ceiling."),
    # "so that's ..." summing up the request, with its details
    ("I'd like to book a table for a birthday party, about ten people, on Friday evening.",
     "Lovely. So that's a birthday party for ten people on Friday evening."),
    # "so your <thing> has been <problem>": a passive that states the problem, not a report
    ("my green bin hasnt been emptied again its the second week running",
     "so your green bin has been missed two weeks running"),
    # the problem said back as a fact about the customer's own thing, in other words
    ("We had the old boiler taken out on Monday and we still haven't got the new one, so there's no hot water.",
     "So the new boiler still hasn't arrived."),
])
def test_summaries_and_problems_said_back(model_set, score_turns, said, restated):
    r = score_turns("paraphrase.v1", [OPENING, (C, said), (A, restated), (C, "yes")], model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("agent", [
    "Let me look. So that's a delay at the warehouse, the sofa's there now.",  # new information, not theirs
    "So that's all sorted now.",  # a report
    "So it's a known fault with that model, I'm afraid.",
])
def test_a_so_thats_sentence_that_tells_something_new_is_no_summary(model_set, score_turns, agent):
    said = "Hi, I ordered a sofa three weeks ago and it still hasn't come."
    r = score_turns("paraphrase.v1", [OPENING, (C, said), (A, agent), (C, "okay"),
                                      (A, "It will be with you on Friday.")], model_set)
    assert r.outcome == "fail", r.explanation


@pytest.mark.parametrize("said, restated", [
    # a check of understanding worded "I have it right", and what the customer wants us to do
    ("My mother died this morning at the hospice and we'd like you to take care of her, and we want a burial.",
     "I'm so sorry. So, to make sure I have it right: you'd like us to bring your mother into our care from the "
     "hospice, and then arrange a burial."),
    # "thats" as speech recognition writes "that's"
    ("hi id like to book a double room for two nights on the twelfth and thirteenth for our anniversary",
     "lovely so thats a double room for two nights on the twelfth and thirteenth"),
    # a future inside what the customer wants is no plan of the agent's
    ("My dog needs an operation on his knee next week and the vet wants to know if you'll pay for it.",
     "So your dog needs knee surgery next week, and you want to be sure we'll pay before the vet goes ahead."),
])
def test_more_restatement_shapes(model_set, score_turns, said, restated):
    r = score_turns("paraphrase.v1", [OPENING, (C, said), (A, restated), (C, "yes")], model_set)
    assert r.outcome == "pass", r.explanation


def test_a_day_and_time_of_day_read_back_is_a_detail(model_set, score_turns):
    turns = [OPENING, (C, "I'd like a table on Sunday for four people, as early as you can."), (A, "Sunday morning?"),
             (C, "yes"), (A, "I can do ten twenty.")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


# round 7 classes (seen on holdout11/12, written here in my own words)
@pytest.mark.parametrize("said, restated", [
    # thanks and the customer's name before the "so ..." read-back, as speech recognition writes it
    ("hiya were hoping to hire a minibus for twelve people for a stag do in march",
     "thanks dermot so thats a twelve seat minibus in march for the stag do"),
    ("um my lodger moved out and took the spare keys with him and now i need the locks changed",
     "okay dermot so your lodger went off with the spare keys and you need the locks changed"),
    # an acknowledgement ("got it") before the read-back
    ("the escalator on the north side has stopped with people on it and one of them has fallen",
     "got it so the north escalator has stopped with people on it and someone has fallen"),
    # a check of understanding with a colon: the whole sentence after it is the customer's, need and all
    ("Our fridge freezer died overnight, everything's defrosting, and we've a party on Saturday.",
     "Just to check I've got it all: the fridge freezer stopped overnight, the food is thawing, and you need "
     "something working before Saturday."),
    # the customer's want in the agent's words, sharing only the thing it is about
    ("my daughter has an awful earache and she's been crying since three",
     "thanks dermot so you need an urgent appointment for the earache"),
    # what the customer perceives is no instruction ("you can smell ...")
    ("I can smell burning from the fuse box in the hall and I'm frightened to touch it.",
     "Dermot, so you can smell burning from the fuse box in the hall and you need someone out."),
    # the problem said back as a fact about the customer's thing, in the agent's verb
    ("The boiler's given up, no heating and no hot water, and my dad's here with me.",
     "Thank you. So the boiler has stopped altogether and you need an engineer out today."),
])
def test_read_backs_after_thanks_names_and_checks(model_set, score_turns, said, restated):
    turns = [OPENING, (C, said), (A, "can i take your name"), (C, "its dermot achterberg"), (A, restated),
             (C, "yes")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


def test_a_restatement_the_customer_corrects_is_a_misunderstanding(model_set, score_turns):
    turns = [OPENING, (C, "Hello, I want to close my savings account, I'm moving the money to my sister's bank."),
             (A, "So you'd like to move some money into your savings account."),
             (C, "No, close it. All of it is going elsewhere."), (A, "Oh, close it. Okay."),
             (A, "You have to fill in the form in branch.")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation


def test_no_agrees_with_a_negative_read_back(model_set, score_turns):
    turns = [OPENING, (C, "My new passport still hasn't arrived and I fly to Lisbon on Friday."),
             (A, "So the passport hasn't turned up yet and you're flying on Friday?"),
             (C, "No, nothing yet, and I'm panicking.")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "pass", r.explanation


@pytest.mark.parametrize("said, asked", [
    # a question offering alternatives asks which, it restates nothing
    ("I need a copy of my mortgage statement for the year for my accountant.",
     "And it's the yearly mortgage statement you need, or just the last six months?"),
    # a side of the body asked about is a detail ("left" is no verb there)
    ("I've hurt my back lifting boxes and the pain goes all down my leg.", "Down the left leg?"),
])
def test_choice_questions_and_details_are_not_restatements(model_set, score_turns, said, asked):
    turns = [OPENING, (C, said), (A, asked), (C, "Yes."), (A, "Okay, I can book you in on Tuesday at ten.")]
    r = score_turns("paraphrase.v1", turns, model_set)
    assert r.outcome == "fail", r.explanation
