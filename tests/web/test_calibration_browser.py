"""A calibration session in a real Chromium: the lead starts it, two evaluators score the call blind
(nothing of the machine's verdict on their page), the lead sees agreement, the splits and the
machine against the consensus. Full-page screenshots go to /tmp/calibration-*.png."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOTS = Path("/tmp")
VIEWPORT = {"width": 1366, "height": 768}


def _unnamed_check() -> str:
    """The accessibility check of test_browser.py (controls, buttons, links and charts without a name)."""
    spec = importlib.util.spec_from_file_location("review_browser_checks", Path(__file__).with_name("test_browser.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.UNNAMED


UNNAMED = _unnamed_check()


def _accessible(page) -> None:  # noqa: ANN001
    problems = page.evaluate(UNNAMED)
    assert not problems, f"{page.url}: {problems}"


def _page(browser, errors):  # noqa: ANN001, ANN202
    page = browser.new_context(viewport=VIEWPORT).new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return page


def _score_blind(page, base, answers, shot):  # noqa: ANN001, ANN202
    """Open the session's only call from the Calibration page and answer every criterion."""
    page.get_by_role("link", name="Calibration").click()
    page.get_by_role("link", name="Week 48 calibration").click()
    page.get_by_role("link", name="Call 1: call-a").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#blind-notice").is_visible()
    html = page.content()
    assert "badge-pass" not in html and "badge-fail" not in html and "evidence" not in html
    page.screenshot(path=str(SHOTS / shot), full_page=True)
    _accessible(page)
    for criterion in page.locator("#blind-form article.criterion").all():
        cid = criterion.get_attribute("id").removeprefix("criterion-")
        outcome, comment = answers.get(cid, ("pass", ""))
        criterion.locator(f"input[value={outcome}]").check()
        if comment:
            criterion.locator("textarea").fill(comment)
    page.get_by_role("button", name="Save answers").click()
    page.wait_for_load_state("networkidle")
    assert "you have scored every call" in page.content()


def test_evaluators_score_blind_and_the_lead_sees_the_result(live_server, browser, sign_in_page, world, factories,
                                                            session):
    from qa_service.db.models import EvaluationRecord

    base = live_server
    errors: list[str] = []
    machine = {c["id"]: c["outcome"] for c in session.get(EvaluationRecord, world["eval_a"]).result["criteria"]}
    session.commit()

    lead = _page(browser, errors)
    sign_in_page(lead, base, "admin", factories.PASSWORD)
    lead.get_by_role("link", name="Calibration").click()
    lead.get_by_role("link", name="New session").click()
    lead.get_by_label("Title").fill("Week 48 calibration")
    lead.locator(f"input[name=evaluators][value='{world['users']['trainer_n']}']").check()
    lead.locator(f"input[name=evaluators][value='{world['users']['author']}']").check()
    lead.get_by_label("Pick call call-a").check()
    lead.screenshot(path=str(SHOTS / "calibration-1-new.png"), full_page=True)
    _accessible(lead)
    lead.get_by_role("button", name="Start session").click()
    lead.wait_for_load_state("networkidle")
    assert "Calibration session “Week 48 calibration” started" in lead.content()
    assert lead.locator("#results").count() == 1  # the lead does not evaluate: figures show from the start

    # the evaluators disagree on the greeting; the trainer explains why
    greeting_other = "fail" if machine["greeting"] == "pass" else "pass"
    trainer = _page(browser, errors)
    sign_in_page(trainer, base, "trainer_n", factories.PASSWORD)
    _score_blind(trainer, base, {"greeting": (greeting_other, "no company name")}, "calibration-2-blind.png")
    assert trainer.locator("#results-hidden").is_visible()  # still blind to the others until the session closes
    author = _page(browser, errors)
    sign_in_page(author, base, "author", factories.PASSWORD)
    _score_blind(author, base, {"greeting": (machine["greeting"], "")}, "calibration-3-blind-author.png")

    lead.reload()
    lead.wait_for_load_state("networkidle")
    greeting = lead.locator("#crit-greeting")
    assert greeting.locator(".kappa").inner_text().strip() == "-1.00"  # one call, a 1-1 split: worse than chance
    assert "0 / 1" in greeting.inner_text()
    split = lead.locator("#splits tbody tr", has_text="no company name")
    assert split.count() == 1 and "split" in split.inner_text()
    assert lead.locator("#evaluator-table").is_visible()
    lead.screenshot(path=str(SHOTS / "calibration-4-results.png"), full_page=True)
    _accessible(lead)
    lead.get_by_role("button", name="Close the session").click()
    lead.wait_for_load_state("networkidle")
    lead.get_by_role("link", name="Calibration").click()
    assert "closed" in lead.locator("table").inner_text().lower()
    lead.screenshot(path=str(SHOTS / "calibration-0-list.png"), full_page=True)
    _accessible(lead)

    trainer.reload()
    assert trainer.locator("#criteria-table").is_visible()
    trainer.get_by_role("link", name="Calibration").click()
    trainer.get_by_role("link", name="Grading the grader").click()
    assert "Nora Trainer" in trainer.locator("#alignment").inner_text()
    trainer.screenshot(path=str(SHOTS / "calibration-5-alignment.png"), full_page=True)
    _accessible(trainer)
    assert not errors, errors


def test_trainer_works_a_random_queue_and_the_dashboard_says_so(live_server, browser, sign_in_page, world,
                                                                factories, settings):
    from datetime import datetime, timezone

    from qa_service.db.models import Agent
    from qa_service.db.session import session_scope

    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with session_scope(settings) as s:
        agent = s.get(Agent, world["agent_a"])
        for i in range(3):
            factories.make_scored_call(s, factories.GOOD_SAMPLE, call_id=f"week-{i}", agent=agent, started_at=now)
    base = live_server
    errors: list[str] = []
    page = _page(browser, errors)
    sign_in_page(page, base, "trainer_n", factories.PASSWORD)
    page.get_by_role("link", name="Queues").click()
    page.get_by_label("Name").fill("Weekly random sample")
    page.get_by_label("Rule").select_option("random")
    page.locator("#q-per_agent").fill("2")
    page.locator(f"input[name=trainers][value='{world['users']['trainer_n']}']").check()
    page.screenshot(path=str(SHOTS / "queues-1-new.png"), full_page=True)
    _accessible(page)
    page.get_by_role("button", name="Create and fill").click()
    page.wait_for_load_state("networkidle")
    assert "2 calls picked" in page.content()
    assert "0 / 2 reviewed" in page.locator("#queue-progress").inner_text()
    page.get_by_role("button", name="Fill now").click()
    page.wait_for_load_state("networkidle")
    assert "Filled: 0 new calls" in page.content()
    page.locator("#queue-items button", has_text="Mark reviewed").first.click()
    page.wait_for_load_state("networkidle")
    assert "1 / 2 reviewed" in page.locator("#queue-progress").inner_text()
    page.screenshot(path=str(SHOTS / "queues-2-queue.png"), full_page=True)
    _accessible(page)
    page.get_by_role("link", name="Dashboards").click()
    page.wait_for_load_state("networkidle")
    basis = page.locator("#agreement-basis").inner_text()
    assert "On a random sample: the 1 reviewed call that review queues picked at random" in basis
    page.locator("#h-agree").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "queues-3-dashboard.png"), full_page=True)
    assert not errors, errors
