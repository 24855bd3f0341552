"""The scorecard editor as an author uses it, in a real Chromium: a phrase list keeps its defaults
when the author adds cues (a "lost card" call still needs empathy), readable parameter labels, no
raw JSON, and a golden-call verdict that says what fell short. Full-page screenshots go to /tmp."""

from __future__ import annotations

import copy
import hashlib
import json
import re

import pytest
import yaml

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

VIEWPORT = {"width": 1366, "height": 900}
SHOTS = "/tmp/authoring-{}.png"

# a customer who lost their card; the agent greets and helps but never acknowledges the worry
LOST_CARD = {
    "call_id": "lost-card-1",
    "started_at": "2026-11-20T10:00:00Z",
    "utterances": [
        {"speaker": "agent", "start": 0.0, "end": 3.0,
         "text": "Thank you for calling Harbor Bank, my name is Sam, how can I help you today?"},
        {"speaker": "customer", "start": 3.5, "end": 8.0,
         "text": "Hi, I lost my debit card yesterday and I think somebody might use it."},
        {"speaker": "agent", "start": 8.5, "end": 11.0, "text": "Okay. What is your account number?"},
        {"speaker": "customer", "start": 11.5, "end": 14.0, "text": "It is one two three four five six."},
        {"speaker": "agent", "start": 14.5, "end": 19.0,
         "text": "I have blocked the card and a new one will arrive within five business days."},
        {"speaker": "customer", "start": 19.5, "end": 21.0, "text": "Okay, thanks."},
        {"speaker": "agent", "start": 21.5, "end": 24.0, "text": "Is there anything else I can help you with? Goodbye."},
    ],
}
CUES = ["billing error", "swallowed my card"]


def _watch(page) -> list[str]:  # noqa: ANN001
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return errors


@pytest.fixture
def lost_card(settings, world):
    """The lost-card call, stored and scored with the default scorecard, and a golden call of it that
    expects empathy to fail (right: the agent never acknowledged it) and the greeting to fail (wrong:
    the greeting is complete), so the draft falls short on the greeting only."""
    from sqlalchemy import select

    from qa_service import calls, golden, lifecycle, scorecard_versions
    from qa_service.db.models import Agent, User
    from qa_service.db.session import session_scope
    from scorecards.engine import score_call
    from scorecards.schema import load_scorecard
    from transcription.call import call_from_dict

    with session_scope(settings) as s:
        agent = s.scalars(select(Agent).order_by(Agent.external_id)).first()
        data = copy.deepcopy(LOST_CARD)
        data["agent"] = {"id": agent.external_id, "name": agent.name}
        call = call_from_dict(data)
        digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
        record, _ = calls.register_call(s, content_hash=digest, call=call)
        version = scorecard_versions.register_scorecard(s, load_scorecard("default"))
        result = score_call(call, scorecard_versions.scorecard_for_version(version))
        lifecycle.store_result(s, record, version, result)
        assert {c.id: c.outcome for c in result.criteria}["empathy"] == "fail"
        author = s.scalar(select(User).where(User.username == "author"))
        golden.mark_golden(s, record, "default", {"empathy": "fail", "greeting": "fail"}, author=author)
        s.flush()
        return record.id


def _empathy_params(page) -> dict:  # noqa: ANN001
    draft = yaml.safe_load(page.locator("#yaml-text").input_value())
    for section in draft["sections"]:
        for criterion in section["criteria"]:
            if criterion["id"] == "empathy":
                return criterion.get("params") or {}
    raise AssertionError("no empathy criterion in the draft")


def test_author_adds_cues_keeping_the_defaults_and_reads_the_golden_verdict(
        live_server, browser, sign_in_page, factories, lost_card, settings):
    from nlp.registry import get_registry

    defaults = get_registry().resolve("empathy.v1").params["problem_cues"]["default"]
    page = browser.new_context(viewport=VIEWPORT).new_page()
    errors = _watch(page)
    sign_in_page(page, live_server, "author", factories.PASSWORD)
    page.goto(f"{live_server}/scorecards/default/edit")
    page.locator("#validation.ok").wait_for()
    empathy = page.locator('.criterion-box[data-criterion-id="empathy"]')
    empathy.locator(":scope > summary").click()

    # readable labels, with the YAML key beside them; no JSON box anywhere in the form
    cues = empathy.get_by_role("group", name="Problem cues")
    expect(cues).to_be_visible()
    assert "problem_cues" in empathy.locator(".field:has(> [data-param='problem_cues'])").inner_text()
    assert page.locator("#form-view textarea.mono").count() == 0, "raw JSON fields in the form"
    # the defaults are shown, and kept
    assert f"The {len(defaults)} default phrases, with my additions and removals" in cues.inner_text()
    cues.locator("summary").click()
    expect(cues.get_by_role("button", name=f"Do not use the default phrase “{defaults[0]}”")).to_be_visible()

    entry = cues.get_by_label("Add a phrase to Problem cues")
    entry.fill(CUES[0])
    entry.press("Enter")
    entry.fill(CUES[1])
    cues.get_by_role("button", name="Add", exact=True).click()
    # a phrase that is a default already changes nothing, and says so
    entry.fill(defaults[2])
    entry.press("Enter")
    expect(cues.get_by_role("status")).to_have_text(f"“{defaults[2]}” is already a default phrase.")
    # the YAML is rewritten once the server has checked the form's draft
    expect(page.locator("#yaml-text")).to_have_value(re.compile(r"problem_cues:\s*\n\s*add:\s*\n\s*- billing error\s*\n\s*- swallowed my card"))
    page.locator("#validation.ok").wait_for()
    assert _empathy_params(page)["problem_cues"] == {"add": CUES}
    assert f"{len(defaults) + 2} phrase(s) in use" in cues.inner_text()

    # removing a default is recorded as a removal, and clicking it again restores it
    cues.get_by_role("button", name=f"Do not use the default phrase “{defaults[1]}”").click()
    expect(page.locator("#yaml-text")).to_have_value(re.compile(r"remove:\s*\n\s*- "))
    assert _empathy_params(page)["problem_cues"] == {"add": CUES, "remove": [defaults[1]]}
    cues.get_by_role("button", name=f"Use the default phrase “{defaults[1]}”").click()
    expect(page.locator("#yaml-text")).not_to_have_value(re.compile(r"remove:"))
    page.locator("#validation.ok").wait_for()
    # "only my own list" starts from the phrases in use and saves a plain list; back again, the edit is kept
    cues.get_by_label("Only my own list").check()
    expect(page.locator("#yaml-text")).not_to_have_value(re.compile(r"problem_cues:\s*\n\s*add:"))
    assert _empathy_params(page)["problem_cues"] == defaults + CUES
    assert f"{len(defaults) + 2} phrase(s) of my own" in cues.inner_text()
    cues.get_by_label(f"The {len(defaults)} default phrases").check()
    expect(page.locator("#yaml-text")).to_have_value(re.compile(r"problem_cues:\s*\n\s*add:"))
    assert _empathy_params(page)["problem_cues"] == {"add": CUES}
    page.locator("#validation.ok").wait_for()
    page.screenshot(path=SHOTS.format("1-phrase-list"), full_page=True)
    cues.screenshot(path=SHOTS.format("1b-problem-cues"))

    # preview on the lost-card call: the draft still needs empathy there (no change from published)
    page.locator("#preview-calls").select_option(str(lost_card))
    page.get_by_role("button", name="Preview").click()
    page.wait_for_load_state("networkidle")
    row = page.locator("table.preview-calls tbody tr", has_text="lost-card-1")
    expect(row).to_be_visible()
    assert "Empathy" not in row.inner_text(), row.inner_text()
    assert "no change" in row.inner_text()

    # the golden-call verdict names what fell short: which criterion, which golden call, the threshold
    verdict = page.locator("#golden-verdict")
    assert verdict.inner_text() == "Proper greeting below 90%"
    shortfalls = page.locator("#golden-shortfalls").inner_text()
    assert ("Proper greeting: 0 of 1 golden call(s) agree (0%, below 90%): golden call lost-card-1 expects Fail, "
            "the draft gives Pass.") in shortfalls, shortfalls
    assert "Empathy" not in shortfalls, shortfalls
    golden_table = page.locator("#golden-report table").inner_text()
    assert "Proper greeting" in golden_table and "greeting" not in golden_table.replace("Proper greeting", "")
    page.screenshot(path=SHOTS.format("2-preview-golden"), full_page=True)
    page.locator("#golden-report").screenshot(path=SHOTS.format("2b-golden-report"))

    # the draft the page keeps (what Publish sends) still makes the lost-card call need empathy
    from qa_service.calls import load_call
    from qa_service.db.models import CallRecord
    from qa_service.db.session import session_scope
    from scorecards import drafts
    from scorecards.engine import score_call

    text = page.locator("#yaml-text").input_value()
    draft = drafts.parse_draft(yaml_text=text)
    with session_scope(settings) as s:
        result = score_call(load_call(s.get(CallRecord, lost_card)), draft)
    assert {c.id: c.outcome for c in result.criteria}["empathy"] == "fail"
    criterion = next(c for c in draft.criteria if c.id == "empathy")
    resolved = get_registry().validate_params(criterion.detector, criterion.params)["problem_cues"]
    assert resolved == defaults + CUES
    assert not errors, errors


def test_golden_calls_page_shows_criterion_labels(live_server, browser, sign_in_page, factories, lost_card):
    page = browser.new_context(viewport=VIEWPORT).new_page()
    errors = _watch(page)
    sign_in_page(page, live_server, "author", factories.PASSWORD)
    page.goto(f"{live_server}/scorecards/default/golden")
    table = page.locator("table", has_text="golden call").last
    row = table.locator("tbody tr", has_text="lost-card-1")
    text = row.inner_text()
    assert "Empathy" in text and "Proper greeting" in text
    assert "empathy" not in text and "greeting" not in text.replace("Proper greeting", ""), text
    # the small red "Remove" reads as red text on the card, not as a red box with red text
    remove = row.get_by_role("button", name="Remove")
    colours = remove.evaluate("b => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]")
    assert colours[1] in ("rgba(0, 0, 0, 0)", "transparent") and colours[0] != colours[1], colours
    page.screenshot(path=SHOTS.format("3-golden-page"), full_page=True)
    assert not errors, errors
