"""greeting, negative_language and closing on positive and tricky negative examples."""

from __future__ import annotations

import pytest

from .conftest import make_call, run_detector

FULL_GREETING = "good morning thank you for calling northwind energy my name is anna how can i help you today"


def test_greeting_all_four_elements():
    r = run_detector("greeting", make_call([("agent", FULL_GREETING), ("customer", "hi")]))
    assert r.outcome == "pass"
    notes = {e.note: e.text for e in r.evidence}
    assert notes["salutation"] == "good morning"
    assert notes["company name"] == "northwind energy"
    assert notes["agent's name"] == "my name is anna"
    assert notes["offer to help"] == "how can i help"


def test_greeting_reports_what_is_missing():
    r = run_detector("greeting", make_call([("agent", "hi how can i help"), ("customer", "hello")]))
    assert r.outcome == "fail"
    assert r.details["missing"] == ["company", "agent_name"]
    assert "the company name" in r.explanation and "the agent's own name" in r.explanation
    assert any(e.note.startswith("missing:") for e in r.evidence)


def test_greeting_configured_company_and_required_subset():
    call = make_call([("agent", "Hello, Contoso Support, Priya speaking. What can I do for you?")])
    assert run_detector("greeting", call, company_names=["Contoso"], required=["salutation", "company", "offer_help"]).outcome == "pass"
    assert run_detector("greeting", call, company_names=["Fabrikam"], required=["company"]).outcome == "fail"


def test_greeting_this_is_company_vs_name():
    r = run_detector("greeting", make_call([("agent", "hello this is harper valley national bank how can i help")]))
    assert "company" in r.details["found"] and "agent_name" not in r.details["found"]
    r = run_detector("greeting", make_call([("agent", "hello this is miss jane from harper valley national bank")]))
    assert {"company", "agent_name"} <= set(r.details["found"])


def test_greeting_outside_the_window_does_not_count():
    call = make_call([("agent", "hi"), ("customer", " ".join(["words"] * 120)), ("agent", FULL_GREETING)])
    r = run_detector("greeting", call, window_seconds=10)
    assert r.outcome == "fail" and "company" in r.details["missing"]


@pytest.mark.parametrize(
    "agent_says, flagged",
    [
        ("i don't know", "i don't know"),
        ("I do not know, sorry.", "I do not know"),
        ("i dont know what happened", "i dont know"),
        ("dunno", "dunno"),
        ("well there's nothing i can do about that", "there's nothing i can do"),
        ("please calm down sir", "calm down"),
        ("that's not my department", "not my department"),
        ("you have to fill in the form", "you have to"),
        ("it's our policy", "it's our policy"),
        ("I can't do that.", "I can't"),
    ],
)
def test_negative_phrases_flagged_with_alternative(agent_says, flagged):
    r = run_detector("negative_language", make_call([("customer", "my card is blocked"), ("agent", agent_says)]))
    assert r.outcome == "fail"
    assert r.evidence[0].text == flagged
    assert r.evidence[0].note.startswith("try:")


@pytest.mark.parametrize(
    "turns",
    [
        [("customer", "thanks so much"), ("agent", "no problem at all")],
        [("customer", "sorry for the trouble"), ("agent", "no worries")],
        [("agent", "i don't know if you've tried restarting the router?")],
        [("customer", "can you waive the fee"), ("agent", "no, but what i can do is refund half of it")],
        [("customer", "can you waive the fee"), ("agent", "no"), ("agent", "let me see what else we can do")],
        [("customer", "is there a fee for that"), ("agent", "no, it's free")],
        [("customer", "my card was stolen"), ("agent", "oh no, let me block it right away")],
        [("agent", "i can't hear you very well, could you repeat that")],
        [("agent", "there are no fees on this account")],
        [("agent", "you don't have to do anything else")],
    ],
)
def test_negative_language_tricky_negatives(turns):
    r = run_detector("negative_language", make_call(turns))
    assert r.outcome == "pass", r.evidence


def test_bare_no_refusal_is_flagged():
    r = run_detector("negative_language", make_call([("customer", "can you waive the late fee please"), ("agent", "no")]))
    assert r.outcome == "fail"
    assert "bare 'No'" in r.evidence[0].note and "What I can do is" in r.evidence[0].note


def test_negative_language_tolerance_parameter():
    call = make_call([("agent", "i don't know")])
    assert run_detector("negative_language", call, max_hits=1).outcome == "pass"
    custom = run_detector("negative_language", make_call([("agent", "whatever")]),
                          phrases=[{"phrase": "whatever", "suggestion": "Let me look into it."}])
    assert custom.outcome == "fail" and "Let me look into it." in custom.evidence[0].note


def test_closing_pass_and_fail():
    good = make_call([("agent", FULL_GREETING), ("customer", "that's all"),
                      ("agent", "is there anything else i can help you with"), ("customer", "no"),
                      ("agent", "thank you for calling, have a great day")])
    r = run_detector("closing", good)
    assert r.outcome == "pass" and {e.note for e in r.evidence} == {"offer of further help", "thanks / goodbye"}
    abrupt = make_call([("agent", FULL_GREETING), ("customer", "ok"), ("agent", "done, your card is blocked")])
    r = run_detector("closing", abrupt)
    assert r.outcome == "fail" and r.details["missing"] == ["further_help", "farewell"]


def test_closing_early_anything_else_does_not_count():
    turns = [("agent", "anything else"), *[("customer", "more detail " * 20)] * 5, ("agent", "ok bye")]
    r = run_detector("closing", make_call(turns), window_seconds=20, last_turns=1)
    assert r.outcome == "fail" and r.details["missing"] == ["further_help"]


@pytest.mark.parametrize(
    "opening, found",
    [
        ("Hello, Zenith Telecom, Maria speaking, how can I help you?", {"salutation", "company", "agent_name", "offer_help"}),
        ("Good evening, First Valley Bank, my name is Omar.", {"salutation", "company", "agent_name"}),
        ("hello zenith telecom maria speaking how can i help", {"salutation", "company", "agent_name", "offer_help"}),
        ("Hello, Maria speaking, how can I help?", {"salutation", "agent_name", "offer_help"}),
        ("hi how are you doing today", {"salutation"}),
    ],
)
def test_greeting_without_lead_in(opening, found):
    r = run_detector("greeting", make_call([("agent", opening), ("customer", "hi")]))
    assert set(r.details["found"]) == found


def test_bare_no_then_closing_question_is_still_a_refusal():
    call = make_call([("customer", "can you waive the late fee"), ("agent", "no"), ("customer", "okay"),
                      ("agent", "is there anything else i can help you with today")])
    r = run_detector("negative_language", call)
    assert r.outcome == "fail" and r.evidence[0].text == "no"
