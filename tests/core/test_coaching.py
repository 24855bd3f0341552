"""Coaching tips in the call's own words (scorecards/coaching.py): the template syntax, the words taken
from a criterion's evidence, and the bundled scorecard's tips on the sample calls."""

from __future__ import annotations

import copy
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from nlp.result import Evidence
from qa_service.samples import sample_paths
from scorecards import coaching
from scorecards.engine import score_call
from scorecards.schema import load_scorecard, scorecard_from_dict
from transcription.call import Call, Party, Utterance, call_from_dict
from transcription.errors import ScorecardError

# words of the examples the bundled tips used to carry (a stolen card, savings to checking, a refund,
# transactions, a fraud team, "Mary"): a tip may say them only when the call itself does
FOREIGN = ("card", "stolen", "savings", "checking", "refund", "transactions", "fraud", "mary")


@lru_cache(maxsize=None)
def _scored(name: str):
    path = next(p for p in sample_paths() if p.name == name)
    call = call_from_dict(json.loads(path.read_text(encoding="utf-8")))
    return call, score_call(call, load_scorecard("default"))


def _tip(name: str, criterion: str) -> str:
    _, ev = _scored(name)
    c = next(c for c in ev.criteria if c.id == criterion)
    assert c.outcome == "fail", (name, criterion, c.outcome)
    return c.coaching


# --- the template -----------------------------------------------------------------------------------


def test_fill_puts_the_words_in_and_falls_back_neutrally():
    text = 'Say "{agent_phrase}" less; {customer_name|the customer} waited.'
    assert coaching.fill(text, {"agent_phrase": "No", "customer_name": "Ana"}) == 'Say "No" less; Ana waited.'
    # the author's fallback, then the built-in one
    assert coaching.fill(text, {}) == 'Say "what you said" less; the customer waited.'
    assert coaching.fill("Hi {customer_name}.", {}) == "Hi <name>."


def test_optional_parts_are_kept_only_with_the_calls_words():
    text = 'Let them finish.[ At {time} you said "{agent_phrase}".] Wait for a pause.'
    assert coaching.fill(text, {"time": "0:38", "agent_phrase": "No"}) == \
        'Let them finish. At 0:38 you said "No". Wait for a pause.'
    # one word missing drops the whole part, and no double space or space before a stop is left
    assert coaching.fill(text, {"time": "0:38"}) == "Let them finish. Wait for a pause."
    assert coaching.fill("Say it back[: {issue_restated}].", {}) == "Say it back."
    # an own fallback keeps the part
    assert coaching.fill("A[ {time|then}] B", {}) == "A then B"


def test_escapes_and_plain_brackets_stay_as_written():
    assert coaching.fill("Use {{braces}} and [[brackets]].", {}) == "Use {braces} and [brackets]."
    assert coaching.fill("Read the [recording] disclosure.", {}) == "Read the [recording] disclosure."
    assert coaching.fill("", {"time": "1:00"}) == ""


def test_check_names_the_unknown_placeholder_and_the_valid_ones():
    coaching.check('Fine: "{customer_issue}" and {agent_phrase|x}.')
    with pytest.raises(ValueError, match=r"\{customer_problem\} is unknown; use one of .*\{customer_issue\}"):
        coaching.check("Ask about {customer_problem}.")
    with pytest.raises(ValueError, match=r"'\{' or '\}' that is no placeholder; write \{\{ or \}\}"):
        coaching.check("An open { brace.")


def test_a_scorecard_with_an_unknown_placeholder_is_refused_naming_the_criterion():
    data = copy.deepcopy(load_scorecard("default").to_dict())
    data["sections"][0]["criteria"][0]["coaching"] = "Greet {the_customer}."
    with pytest.raises(ScorecardError, match=r"greeting.*\{the_customer\} is unknown"):
        scorecard_from_dict(data, "<test>")


def test_every_placeholder_is_documented():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "scorecards.md").read_text(encoding="utf-8")
    for name in coaching.PLACEHOLDERS:
        assert "{" + name + "}" in docs, name


# --- the words of one result ---------------------------------------------------------------------------


def _call(*turns: tuple[str, float, float, str], customer: str | None = None, agent: str | None = None) -> Call:
    return Call(call_id="c", utterances=tuple(Utterance(s, a, b, t) for s, a, b, t in turns),
                agent=Party(name=agent), customer=Party(name=customer))


def test_customer_issue_is_their_sentence_and_restated_in_the_agents_voice():
    call = _call(("agent", 0, 2, "Hello, Acme, Sam speaking."),
                 ("customer", 2, 8, "Hi Sam. My parcel was sent to the wrong address and I am upset. Please help."))
    ev = (Evidence(1, "customer", 2, 8, call.utterances[1].text, "the customer's statement, never restated"),)
    words = coaching.call_words(ev, {}, call)
    assert words["customer_issue"] == "My parcel was sent to the wrong address and I am upset"
    # "was" stays where the customer spoke of the parcel; "I am" and "my" turn round
    assert words["issue_restated"] == "your parcel was sent to the wrong address and you are upset"


def test_agent_phrase_suggestion_time_and_what_is_missing_come_from_the_flagged_evidence():
    call = _call(("customer", 0, 5, "Can you reset it for me?"), ("agent", 65, 67, "No, I can't do that."))
    ev = (Evidence(1, "agent", 65.2, 66, "Hi", "salutation"),
          Evidence(1, "agent", 65.4, 67, "I can't", "a refusal; try: \"What I can do is...\""),
          Evidence(1, "agent", 65.4, 67, "No, I can't do that.", "missing: an offer to help"))
    words = coaching.call_words(ev, {}, call)
    assert words["agent_phrase"] == "I can't"
    assert words["better_phrase"] == '"What I can do is..."'
    assert words["time"] == "1:05"
    assert "missing" not in words  # the flagged piece itself names nothing missing


def test_the_customer_being_talked_over_and_the_names():
    call = _call(("customer", 10, 16, "Well, I waited two weeks for it. Then nobody called back."),
                 ("agent", 12, 14, "Right, what's the order number."), customer="Ana Lopez", agent="Sam Reed")
    ev = (Evidence(1, "agent", 12, 14, "Right, what's the order number.", "agent started at 12.0 s while..."),)
    words = coaching.call_words(ev, {}, call)
    assert words["customer_words"] == "I waited two weeks for it"
    assert words["agent_phrase"] == "Right, what's the order number"
    assert (words["customer_name"], words["agent_name"]) == ("Ana", "Sam")


def test_a_call_without_words_gets_the_neutral_tip():
    call = _call(("agent", 0, 1, "Hello."))
    tip = coaching.coaching_for(load_scorecard("default").criterion("paraphrase").coaching, (), {}, call)
    assert tip == "Confirm you understood, in your own words, before you act: \"So just to confirm, you'd like " \
                  "me to look into this for you?\""
    assert "{" not in tip and "[" not in tip


# --- the bundled scorecard on the sample calls ----------------------------------------------------------


def test_internet_outage_is_coached_with_its_own_words():
    tip = _tip("telecom-internet-outage.json", "paraphrase")
    assert "your home internet has been down since this afternoon" in tip
    assert "savings" not in tip and "card" not in tip
    hold = _tip("telecom-internet-outage.json", "hold_etiquette")
    assert '"Let me run a line test"' in hold and "thanking the customer for waiting" in hold
    greeting = _tip("telecom-internet-outage.json", "greeting")
    assert "lacked an offer to help" in greeting and "calling Northwind technical support, my name is Kevin" in greeting
    follow_up = _tip("telecom-internet-outage.json", "follow_up")
    assert "you'll get a text when the repair is done" in follow_up


def test_a_return_is_not_coached_with_a_bank_transfer():
    tip = _tip("retail-jacket-return.json", "paraphrase")
    assert "So just to confirm, you ordered a winter jacket last week and it's too small?" in tip
    assert "savings" not in tip and "checking" not in tip


def test_fee_complaint_tips_quote_the_customer_and_the_agent():
    assert "I'm really upset about this" in _tip("bank-fee-complaint.json", "empathy")
    interrupted = _tip("bank-fee-complaint.json", "interruptions")
    assert "At 0:38 you started with \"It's our policy." in interrupted
    assert "But I only went negative by four dollars" in interrupted
    assert "Thanks, Maria," in _tip("bank-fee-complaint.json", "personalization")
    assert 'where you said "It\'s our policy"' in _tip("bank-fee-complaint.json", "negative_language")


@pytest.mark.parametrize("name", [p.name for p in sample_paths() if p.suffix == ".json"])
def test_no_tip_brings_words_from_another_line_of_business(name):
    call, ev = _scored(name)
    said = " ".join(u.text for u in call.utterances).lower()
    for c in ev.criteria:
        if c.outcome != "fail":
            assert c.coaching == ""
            continue
        assert c.coaching and "{" not in c.coaching and "[" not in c.coaching, (c.id, c.coaching)
        for word in FOREIGN:
            if re.search(rf"\b{word}\b", c.coaching.lower()):
                assert re.search(rf"\b{word}\b", said), (name, c.id, word, c.coaching)
