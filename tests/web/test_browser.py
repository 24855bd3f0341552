"""The review workflow in a real Chromium: a trainer signs in, opens a call,
plays from an evidence link, overrides a criterion, pins a note and shares the
review; the agent signs in and sees it. Screenshots of the main pages go to
test-artifacts/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# the laptop screen the UI must fit
VIEWPORT = {"width": 1366, "height": 768}

pytestmark = [pytest.mark.browser, pytest.mark.slow]


# JavaScript listing what a screen reader could not name: unlabelled form controls, unnamed
# buttons and links, charts without a text alternative
UNNAMED = """() => {
  const out = [];
  for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
    if (!(el.labels && el.labels.length) && !el.getAttribute('aria-label')) out.push(el.outerHTML.slice(0, 80));
  }
  for (const el of document.querySelectorAll('button, a[href]')) {
    if (!(el.textContent || '').trim() && !el.getAttribute('aria-label')) out.push(el.outerHTML.slice(0, 80));
  }
  for (const el of document.querySelectorAll('svg[role=img]')) {
    if (!el.getAttribute('aria-label')) out.push('svg without aria-label');
  }
  if (!document.documentElement.lang) out.push('html without lang');
  return out;
}"""


def _accessible(page) -> None:  # noqa: ANN001
    problems = page.evaluate(UNNAMED)
    assert not problems, f"{page.url}: {problems}"


def test_trainer_reviews_and_agent_sees_it(live_server, browser, sign_in_page, world, settings, factories):
    from sqlalchemy import select

    from qa_service.db.models import CoachingNote, CriterionResultRecord, EvaluationRecord, Override
    from qa_service.db.session import session_scope

    SHOTS.mkdir(parents=True, exist_ok=True)
    base = live_server
    errors: list[str] = []
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(f"{base}/login")
    page.screenshot(path=str(SHOTS / "01-login.png"))
    _accessible(page)
    sign_in_page(page, base, "trainer_n", factories.PASSWORD)
    assert page.url.endswith("/calls")
    page.screenshot(path=str(SHOTS / "02-call-list.png"))
    _accessible(page)

    page.get_by_role("link", name="call-a").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#player").count() == 1
    # the audio is served (Range requests) and playable
    page.wait_for_function("document.getElementById('player').readyState >= 1")
    duration = page.evaluate("document.getElementById('player').duration")
    assert duration > 60

    # play from the first negative-language evidence: the player jumps there and the line lights up
    link = page.locator("#criterion-negative_language .evidence-link").first
    start = float(link.get_attribute("data-seek"))
    utterance = link.get_attribute("data-utterance")
    link.click()
    page.wait_for_function(f"document.getElementById('player').currentTime >= {start - 0.01}")
    page.wait_for_function("!document.getElementById('player').paused")
    assert page.locator(f"#u-{utterance}").get_attribute("class").split().count("current") == 1
    assert page.locator("#criterion-negative_language").get_attribute("class").find("selected") >= 0
    assert page.locator("mark.active").count() >= 1
    page.evaluate("document.getElementById('player').pause()")
    page.screenshot(path=str(SHOTS / "03-review-trainer.png"))
    _accessible(page)

    # by keyboard: a line's time button plays from that line
    button = page.locator("#u-5 .utt-time")
    button.focus()
    page.keyboard.press("Enter")
    line5 = float(page.locator("#u-5").get_attribute("data-start"))
    page.wait_for_function(f"Math.abs(document.getElementById('player').currentTime - {line5}) < 1.0")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.evaluate("document.getElementById('player').pause()")

    # clicking a transcript line seeks there too
    line = page.locator("#u-3")
    line.locator(".utt-text").click()
    line_start = float(line.get_attribute("data-start"))
    page.wait_for_function(f"Math.abs(document.getElementById('player').currentTime - {line_start}) < 1.0")
    page.evaluate("document.getElementById('player').pause()")
    paused_at = page.evaluate("document.getElementById('player').currentTime")

    # pin a note at the current playback time (saved with fetch + CSRF header; no reload)
    page.get_by_label("Note pinned at").fill("Ask for the card number before checking the account.")
    page.locator("#note-form button[type=submit]").click()
    page.wait_for_selector("#note-list .note-text:has-text('Ask for the card number')")

    # override the greeting criterion with a reason
    crit = page.locator("#criterion-greeting")
    crit.locator("summary", has_text="Override").click()
    crit.get_by_label("Pass").check()
    crit.get_by_label("Reason (kept in the audit log)").fill("Greeting was on the IVR recording before the call.")
    crit.get_by_role("button", name="Save override").click()
    page.wait_for_load_state("networkidle")
    assert "Changed by a reviewer" in page.locator("#criterion-greeting").inner_text()

    page.get_by_role("button", name="Complete & share with agent").click()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(SHOTS / "04-review-after-override.png"), full_page=False)
    page.locator("#metrics").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "07-review-metrics.png"), full_page=False)

    with session_scope(settings) as s:
        ev = s.get(EvaluationRecord, world["eval_a"])
        assert ev.review_state == "shared"
        row = s.scalar(select(CriterionResultRecord).where(CriterionResultRecord.evaluation_id == ev.id,
                                                     CriterionResultRecord.criterion_id == "greeting"))
        assert (row.outcome, row.auto_outcome, row.overridden) == ("pass", "fail", True)
        assert s.scalar(select(Override).where(Override.evaluation_id == ev.id)).reason.startswith("Greeting")
        note = s.scalar(select(CoachingNote).where(CoachingNote.call_id == world["call_a"]))
        assert abs(note.time_seconds - paused_at) < 0.2

    # the agent signs in and sees the shared review with the note and the override
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state("networkidle")
    sign_in_page(page, base, "agent_a", factories.PASSWORD)
    assert page.url.endswith("/me")
    assert page.get_by_text("New reviews from your trainer").is_visible()
    page.screenshot(path=str(SHOTS / "05-agent-home.png"))
    _accessible(page)
    page.locator(".attention a", has_text="call-a").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#note-list .note-text", has_text="Ask for the card number").is_visible()
    assert "Changed by a reviewer" in page.locator("#criterion-greeting").inner_text()
    assert page.locator(".suggestions li").count() >= 1
    page.screenshot(path=str(SHOTS / "06-review-agent.png"))
    _accessible(page)
    page.get_by_role("button", name="Acknowledge review").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Review acknowledged").is_visible()

    # the agent disputes a criterion; the trainer sees it in the disputes list
    crit = page.locator("#criterion-closing")
    crit.locator("summary", has_text="Dispute").click()
    crit.get_by_label("What did the score miss?").fill("I thanked the customer at the end.")
    crit.get_by_role("button", name="Send dispute").click()
    page.wait_for_load_state("networkidle")
    assert "You disputed this" in page.locator("#criterion-closing").inner_text()
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state("networkidle")
    sign_in_page(page, base, "trainer_n", factories.PASSWORD)
    page.get_by_role("link", name="Disputes").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("I thanked the customer at the end.").is_visible()
    page.screenshot(path=str(SHOTS / "08-disputes.png"))
    _accessible(page)

    assert not errors, errors
    # reviews by other people are not reachable
    response = page.goto(f"{base}/calls/{world['call_b']}")
    assert response.status == 404
    context.close()
