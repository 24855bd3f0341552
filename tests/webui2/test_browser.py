"""The editor, preview, uploads and dashboards in a real Chromium (headless
Debian package), with screenshots in test-artifacts/screenshots/."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# the laptop screen the UI must fit
VIEWPORT = {"width": 1366, "height": 900}

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _watch(page) -> list[str]:  # noqa: ANN001
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return errors


def _more_calls(settings, factories) -> None:  # noqa: ANN001
    """Eight weeks of scored calls for both agents, and a trainer's override, so the dashboard has trends."""
    from sqlalchemy import select

    from qa_service import reviews
    from qa_service.db.models import Agent, EvaluationRecord, User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        agents = s.scalars(select(Agent).order_by(Agent.external_id)).all()
        for week in range(8):
            for i, agent in enumerate(agents):
                name = factories.GOOD_SAMPLE if (week + i) % 3 else factories.POOR_SAMPLE
                day = 3 + (week * 7 + i) % 25
                factories.make_scored_call(s, name, call_id=f"w{week}-{agent.external_id}", agent=agent,
                                           started_at=f"2026-{9 + (week * 7 + 3) // 30:02d}-{day:02d}T10:00:00Z")
        evaluation = s.scalars(select(EvaluationRecord).order_by(EvaluationRecord.id.desc())).first()
        trainer = s.scalar(select(User).where(User.username == "admin"))
        flipped = "pass" if next(c for c in evaluation.criteria if c.criterion_id == "paraphrase").outcome == "fail" else "fail"
        reviews.override(s, evaluation, "paraphrase", flipped, reason="read-back was only a filler", user=trainer)
        reviews.set_review_state(s, evaluation, "completed", user=trainer)


def test_author_edits_previews_and_publishes(live_server, browser, sign_in_page, world, factories):
    from scorecards.schema import load_scorecard

    published = load_scorecard("default").version  # what the test world scored with; the draft is the next
    SHOTS.mkdir(parents=True, exist_ok=True)
    base = live_server
    page = browser.new_context(viewport=VIEWPORT).new_page()
    errors = _watch(page)
    sign_in_page(page, base, "author", factories.PASSWORD)
    page.goto(f"{base}/scorecards/")
    page.screenshot(path=str(SHOTS / "20-scorecards.png"), full_page=True)
    page.get_by_role("link", name="Edit").click()
    page.wait_for_load_state("networkidle")
    # the form view is built from the YAML, and the draft is valid
    status = page.locator("#validation")
    page.locator("#validation.ok").wait_for()
    assert f"Valid: default v{published + 1}" in status.inner_text()
    interruptions = page.locator('.criterion-box[data-criterion-id="interruptions"]')
    assert interruptions.count() == 1
    interruptions.locator(":scope > summary").click()
    limit = interruptions.get_by_label("max_agent_interruptions")
    assert "How many agent interruptions are tolerated" in interruptions.inner_text()
    limit.fill("5")
    expect(page.locator("#yaml-text")).to_have_value(re.compile("max_agent_interruptions: 5"))
    page.locator("#validation.ok").wait_for()
    page.screenshot(path=str(SHOTS / "21-editor-form.png"), full_page=True)
    # a bad weight in the form: the CLI's message, and the criterion is marked
    weight = interruptions.get_by_label("Weight")
    weight.fill("-3")
    page.locator("#validation.bad").wait_for()
    assert "criterion 'interruptions'" in status.inner_text() and "weight" in status.inner_text()
    assert "has-error" in (interruptions.get_attribute("class") or "")
    assert "weight" in interruptions.locator(".criterion-error").inner_text()
    page.screenshot(path=str(SHOTS / "22-editor-error.png"))
    weight.fill("10")
    page.locator("#validation.ok").wait_for()
    # the YAML view shows the same draft; editing it is validated too
    page.get_by_role("tab", name="YAML").click()
    assert page.locator("#yaml-text").is_visible()
    text = page.locator("#yaml-text").input_value()
    assert "max_agent_interruptions: 5" in text
    page.locator("#yaml-text").fill(text.replace("pass_mark: 80", "pass_mark: 180"))
    page.locator("#validation.bad").wait_for()
    assert "pass_mark" in status.inner_text()
    page.screenshot(path=str(SHOTS / "23-editor-yaml.png"))
    page.locator("#yaml-text").fill(text)
    page.locator("#validation.ok").wait_for()
    # live preview on the last calls
    page.get_by_label("or the last").fill("5")
    page.get_by_role("button", name="Preview").click()
    page.wait_for_load_state("networkidle")
    preview = page.locator("#preview")
    assert f"published v{published}" in preview.inner_text() and "within the 5 allowed" in preview.inner_text()
    page.screenshot(path=str(SHOTS / "24-preview.png"))
    preview.screenshot(path=str(SHOTS / "24-preview-full.png"))
    page.get_by_role("button", name="Publish version").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/scorecards/default/v{published + 1}")
    page.get_by_role("link", name="Changes from the previous version").click()
    page.wait_for_load_state("networkidle")
    changes = page.locator("table.compact").inner_text()
    # only what the author changed; parameters left at their defaults stay out
    assert "max_agent_interruptions" in changes and "required" not in changes
    page.screenshot(path=str(SHOTS / "25-diff.png"), full_page=True)
    assert not errors, errors


def test_upload_progress_and_dashboards(live_server, browser, sign_in_page, world, factories, settings, tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    _more_calls(settings, factories)
    base = live_server
    page = browser.new_context(viewport=VIEWPORT).new_page()
    errors = _watch(page)
    sign_in_page(page, base, "admin", factories.PASSWORD)
    files = []
    for i, name in enumerate([factories.GOOD_SAMPLE, factories.POOR_SAMPLE]):
        path = tmp_path / f"upload-{i}.json"
        path.write_text(json.dumps(factories.sample_data(name) | {"call_id": f"upload-{i}"}), encoding="utf-8")
        files.append(str(path))
    bad = tmp_path / "notes.txt"
    bad.write_text("not a call", encoding="utf-8")
    files.append(str(bad))
    page.goto(f"{base}/uploads/")
    page.get_by_label("Transcripts or recordings").set_input_files(files)
    page.get_by_label("Agent").fill("AG-A")
    page.get_by_role("button", name="Upload and score").click()
    page.wait_for_load_state("networkidle")
    expect(page.locator("#progress-title")).to_have_text(re.compile("^Done"))
    assert page.locator("#count-scored").inner_text() == "2"
    assert "notes.txt: not a transcript or recording" in page.locator("#failures").inner_text()
    assert "notes.txt: notes.txt" not in page.locator("#failures").inner_text()
    page.screenshot(path=str(SHOTS / "26-upload-progress.png"), full_page=True)

    page.goto(f"{base}/dashboards/?from=2026-08-01&by=agent")
    page.wait_for_load_state("networkidle")
    main = page.locator("main").inner_text()
    assert "Alice Agent" in main and "Criteria failed most often" in main and "AI vs trainer agreement" in main
    assert page.locator("svg.chart").count() == 4
    page.screenshot(path=str(SHOTS / "27-dashboard.png"), full_page=True)
    page.goto(f"{base}/dashboards/?from=2026-08-01&by=team")
    page.screenshot(path=str(SHOTS / "28-dashboard-teams.png"), full_page=True)
    assert not errors, errors
