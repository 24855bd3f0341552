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


def test_rescored_call_keeps_its_review_and_its_history(live_server, browser, sign_in_page, world, settings, factories):
    """After a re-score with a new version the list shows the call once, with the new version; the
    review page shows what was carried and what must be looked at again; the version switcher opens
    the earlier evaluation, read-only."""
    import copy

    from qa_service import lifecycle, reviews, scorecard_versions
    from qa_service.calls import load_call
    from qa_service.db.models import EvaluationRecord, User
    from qa_service.db.session import session_scope
    from scorecards.engine import score_call
    from scorecards.schema import load_scorecard, scorecard_from_dict

    with session_scope(settings) as s:
        trainer = s.get(User, world["users"]["trainer_n"])
        first = s.get(EvaluationRecord, world["eval_a"])
        fixed = next(c.criterion_id for c in first.criteria if c.outcome == "fail" and c.criterion_id != "interruptions")
        reviews.override(s, first, fixed, "pass", reason="it was there", user=trainer)
        reviews.override(s, first, "interruptions", "na", reason="bad line", user=trainer)
        reviews.share_review(s, first, user=trainer)
        data = copy.deepcopy(load_scorecard("default").to_dict())
        old_version = data["version"]
        data["version"] = old_version + 1
        interruptions = next(c for sec in data["sections"] for c in sec["criteria"] if c["id"] == "interruptions")
        interruptions.setdefault("params", {})["max_agent_interruptions"] = 5
        new = scorecard_versions.register_scorecard(s, scorecard_from_dict(data, "<new version>"))
        record = first.call
        second, _ = lifecycle.store_result(
            s, record, new, score_call(load_call(record), scorecard_versions.scorecard_for_version(new)))
        labels = {c.id: c.label for c in scorecard_versions.scorecard_for_version(new).criteria}

    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in_page(page, live_server, "trainer_n", factories.PASSWORD)
    rows = page.locator("tr.call-row")
    assert rows.count() == 1 and f"default v{old_version + 1}" in rows.first.inner_text()
    page.get_by_role("link", name="call-a").click()
    assert page.locator("#review-note").inner_text().startswith(f"Review reopened after re-scoring with v{old_version + 1}")
    assert page.locator(f"#criterion-{fixed} .chip.carried").inner_text() == f"carried from v{old_version}"
    assert page.locator("#criterion-interruptions .chip.rescored").is_visible()
    assert page.locator(f"#criterion-{fixed} .badge").first.inner_text().lower().startswith("pass")
    assert page.locator("#history-notice").count() == 0 and page.get_by_text("Save override").count() > 0
    page.screenshot(path=str(SHOTS / "07-rescored-review.png"), full_page=True)
    # the earlier evaluation, from the version switcher: the trainer's review as it was, read-only
    page.select_option("#pick-eval", str(world["eval_a"]))
    page.wait_for_url(f"**evaluation={world['eval_a']}")
    assert page.locator("#history-notice").is_visible()
    assert page.locator("#criterion-interruptions .chip.rescored").count() == 0
    assert page.locator("summary", has_text="Override").count() == 0
    assert labels[fixed] in page.locator(f"#criterion-{fixed}").inner_text()
    assert errors == []
    context.close()
