"""The review page and the agent's pages as trainers and agents use them, in a real Chromium:
no blank scroll and every card reachable by scrolling the page, overrides with their reason, who
and when on the criterion, disputes on their criterion and accepted with a chosen outcome (N/A
included), reopening a shared review, the review summary, notes that appear on the timeline at
once, a playhead that follows the audio, messages that never cover the page, labels instead of
criterion ids, and the agent's dashboard without the trainers' tables.

Full-page screenshots go to /tmp/review-browser/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SHOTS = Path("/tmp/review-browser")
# the laptop screen the UI must fit
VIEWPORT = {"width": 1366, "height": 768}
# what may lie below the last card: the page's bottom padding and the card's margin
BOTTOM_SLACK_PX = 48

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# the bottom of what the page shows (cards, headings, the player: every element a person can see,
# in document coordinates) and how far the document scrolls
EXTENT = """() => {
  let bottom = 0;
  for (const el of document.querySelectorAll('main *')) {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (el.closest('.visually-hidden')) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) continue;
    // what a scrolling or clipping box around it hides is not seen
    let top = r.top, end = r.bottom;
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      if (getComputedStyle(box).overflowY === 'visible') continue;
      const b = box.getBoundingClientRect();
      top = Math.max(top, b.top);
      end = Math.min(end, b.bottom);
    }
    if (end - top < 2) continue;
    bottom = Math.max(bottom, end + window.scrollY);
  }
  return {bottom, scroll: document.documentElement.scrollHeight, viewport: window.innerHeight};
}"""


def _page(browser, base: str, sign_in_page, username: str, password: str, errors: list[str]):  # noqa: ANN001, ANN202
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    sign_in_page(page, base, username, password)
    return page


def _until(page, expression: str, *, timeout: float = 15.0) -> None:  # noqa: ANN001
    """Wait until ``expression`` is true in the page (polled from here: the page's Content-Security-Policy
    forbids the eval that Playwright's own polling uses)."""
    import time

    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"still false after {timeout} s: {expression}"
        page.wait_for_timeout(100)


def _shot(page, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _share_and_dispute(settings, world, criterion: str, comment: str) -> int:  # noqa: ANN001
    """Share call-a's review and let its agent dispute ``criterion``; the dispute's id."""
    from qa_service import reviews
    from qa_service.db.models import EvaluationRecord, User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        ev = s.get(EvaluationRecord, world["eval_a"])
        reviews.share_review(s, ev, user=s.get(User, world["users"]["trainer_n"]))
        dispute = reviews.open_dispute(s, ev, criterion, user=s.get(User, world["users"]["agent_a"]), comment=comment)
        s.flush()
        return dispute.id


def test_review_page_has_no_blank_scroll_and_every_card_is_reachable(live_server, browser, sign_in_page, world,
                                                                      factories):
    errors: list[str] = []
    page = _page(browser, live_server, sign_in_page, "trainer_n", factories.PASSWORD, errors)
    page.goto(f"{live_server}/calls/{world['call_a']}")
    page.wait_for_load_state("networkidle")
    extent = page.evaluate(EXTENT)
    _shot(page, "01-review-full-page")
    # the document scrolls exactly as far as there is something to see
    assert extent["scroll"] <= extent["bottom"] + BOTTOM_SLACK_PX, extent
    # the notes and metrics are reached by scrolling the page, not only inside a pane
    side = page.evaluate("(() => { const s = document.querySelector('.review-side');"
                         " return [s.scrollHeight, s.clientHeight, getComputedStyle(s).overflowY]; })()")
    assert side[2] not in ("auto", "scroll") or side[0] <= side[1] + 1, side
    for card in ("#notes", "#metrics"):
        page.locator(card).scroll_into_view_if_needed()
        box = page.locator(card).bounding_box()
        assert box is not None and box["y"] < VIEWPORT["height"] and box["y"] + box["height"] > 0, (card, box)
        # the player stays on screen beside the card the trainer scrolled to
        player = page.locator(".review-media .player").bounding_box()
        assert 0 <= player["y"] < VIEWPORT["height"] / 2, player
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.screenshot(path=str(SHOTS / "02-review-scrolled-to-bottom.png"))
    assert page.evaluate("window.scrollY + innerHeight >= document.getElementById('metrics')"
                         ".getBoundingClientRect().bottom + scrollY - 2")
    assert not errors, errors


def test_override_shows_reason_who_and_when_on_the_criterion(live_server, browser, sign_in_page, world, factories):
    errors: list[str] = []
    page = _page(browser, live_server, sign_in_page, "trainer_n", factories.PASSWORD, errors)
    page.goto(f"{live_server}/calls/{world['call_a']}")
    crit = page.locator("#criterion-greeting")
    crit.locator("summary", has_text="Override").click()
    crit.get_by_label("Pass").check()
    crit.get_by_label("Reason (kept in the audit log)").fill("The greeting was on the IVR recording.")
    crit.get_by_role("button", name="Save override").click()
    page.wait_for_load_state("networkidle")
    log = page.locator("#criterion-greeting .override-log")
    text = log.inner_text()
    assert "The greeting was on the IVR recording." in text
    assert "Nora Trainer" in text
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text), text
    assert "Fail → Pass" in text
    assert log.is_visible()
    # the message names the criterion by its label, and sits above the page instead of over it
    flash = page.locator(".flashes .flash")
    assert "Proper greeting set to Pass" in flash.inner_text()
    _shot(page, "03-override-on-criterion")
    page.locator("#criterion-greeting").screenshot(path=str(SHOTS / "03b-criterion-greeting.png"))
    assert page.evaluate("getComputedStyle(document.querySelector('.flashes')).position") not in ("fixed", "absolute")
    overlap = page.evaluate("""() => {
      const f = document.querySelector('.flashes').getBoundingClientRect();
      return Array.from(document.querySelectorAll('.card, .review-head')).filter((c) => {
        const r = c.getBoundingClientRect();
        return r.left < f.right && f.left < r.right && r.top < f.bottom && f.top < r.bottom;
      }).map((c) => c.id || c.className);
    }""")
    assert overlap == [], overlap
    # it can be dismissed
    page.get_by_role("button", name="Dismiss this message").click()
    assert page.locator(".flashes").count() == 0
    assert not errors, errors


def test_dispute_shows_on_its_criterion_and_is_accepted_as_na(live_server, browser, sign_in_page, world, settings,
                                                              factories):
    from qa_service.db.models import CriterionResultRecord, Dispute
    from qa_service.db.session import session_scope

    dispute_id = _share_and_dispute(settings, world, "closing", "The customer hung up before I could close.")
    errors: list[str] = []
    # the agent sees their dispute on the criterion it is about
    agent = _page(browser, live_server, sign_in_page, "agent_a", factories.PASSWORD, errors)
    agent.goto(f"{live_server}/calls/{world['call_a']}")
    on_criterion = agent.locator("#criterion-closing .dispute")
    assert "The customer hung up before I could close." in on_criterion.inner_text()
    assert "open" in on_criterion.inner_text().lower()
    _shot(agent, "04-agent-dispute-on-criterion")
    # the coaching the agent reads quotes this call, not an example from another line of business
    coached = agent.locator("#criterion-paraphrase .coaching").inner_text()
    assert "you're calling about a thirty five dollar overdraft fee on your checking account" in coached
    assert "savings" not in coached
    assert "This is ridiculous" in agent.locator("#criterion-empathy .coaching").inner_text()
    assert "stolen" not in agent.locator("#criterion-empathy .coaching").inner_text()

    # the trainer's list of disputes names the criterion by its label and links to it
    page = _page(browser, live_server, sign_in_page, "trainer_n", factories.PASSWORD, errors)
    page.goto(f"{live_server}/calls/disputes")
    row = page.locator("tbody tr").first
    assert "Proper closing" in row.inner_text() and "closing" not in row.inner_text().replace("Proper closing", "")
    row.get_by_role("link", name="call-a").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("#criterion-closing")
    crit = page.locator("#criterion-closing")
    assert "The customer hung up before I could close." in crit.locator(".dispute").inner_text()
    assert "Proper closing" in page.locator("#disputes").inner_text()
    # accept with the outcome the trainer chose: N/A
    answer = crit.locator(".dispute form")
    # the outcome it already has is no choice; the opposite is proposed
    assert answer.get_by_label("Fail").is_disabled() and answer.get_by_label("Pass").is_checked()
    answer.get_by_label("N/A").check()
    answer.get_by_label("Answer to the agent").fill("Agreed: the call dropped, closing does not apply.")
    answer.get_by_role("button", name="Accept").click()
    page.wait_for_load_state("networkidle")
    _shot(page, "05-dispute-accepted-na")
    page.locator("#criterion-closing").screenshot(path=str(SHOTS / "05b-criterion-closing.png"))
    crit = page.locator("#criterion-closing")
    assert crit.locator("header .badge").first.inner_text().strip() == "N/A"
    assert "accepted" in crit.locator(".dispute").inner_text().lower()
    assert "Fail → N/A" in crit.locator(".override-log").inner_text()
    assert "Proper closing is now N/A" in page.locator(".flashes").inner_text()
    with session_scope(settings) as s:
        d = s.get(Dispute, dispute_id)
        assert d.status == "accepted"
        row = s.query(CriterionResultRecord).filter_by(evaluation_id=world["eval_a"], criterion_id="closing").one()
        assert (row.outcome, row.max_points) == ("na", 0.0)
    assert not errors, errors


def test_reopen_a_shared_review_and_write_a_summary(live_server, browser, sign_in_page, world, settings, factories):
    from qa_service import reviews
    from qa_service.db.models import EvaluationRecord, User
    from qa_service.db.session import session_scope

    errors: list[str] = []
    page = _page(browser, live_server, sign_in_page, "trainer_n", factories.PASSWORD, errors)
    page.goto(f"{live_server}/calls/{world['call_a']}")
    page.get_by_label("Overall summary (what went well, what to work on)").fill(
        "Clear explanations; work on the greeting and on letting the customer finish.")
    page.get_by_role("button", name="Save summary").click()
    page.wait_for_load_state("networkidle")
    assert "letting the customer finish" in page.locator("#summary-text").inner_text()
    summary = page.locator("#summary").inner_text()
    assert re.search(r"\d+ passed · \d+ failed · \d+ N/A", summary), summary
    page.get_by_role("button", name="Complete & share with agent").click()
    page.wait_for_load_state("networkidle")
    with session_scope(settings) as s:
        ev = s.get(EvaluationRecord, world["eval_a"])
        assert ev.review_state == "shared"
        reviews.acknowledge(s, ev, s.get(User, world["users"]["agent_a"]))

    # the agent reads the summary with the shared review
    agent = _page(browser, live_server, sign_in_page, "agent_a", factories.PASSWORD, errors)
    agent.goto(f"{live_server}/calls/{world['call_a']}")
    assert "letting the customer finish" in agent.locator("#summary-text").inner_text()

    page.reload()
    assert page.get_by_role("button", name="Complete & share with agent").count() == 0
    page.get_by_role("button", name="Reopen review").click()
    page.wait_for_load_state("networkidle")
    _shot(page, "06-review-reopened")
    page.screenshot(path=str(SHOTS / "06b-review-reopened-top.png"))
    assert "in review" in page.locator(".score-box").inner_text().lower()
    assert page.get_by_role("button", name="Complete & share with agent").is_visible()
    with session_scope(settings) as s:
        ev = s.get(EvaluationRecord, world["eval_a"])
        assert ev.review_state == "in_review" and ev.shared_at is None and not ev.acknowledgements
    # no longer shared: the agent sees neither the summary nor the notes until it is shared again
    agent.reload()
    assert agent.locator("#summary-text").count() == 0
    assert not errors, errors


def test_note_appears_on_the_timeline_at_once_and_the_form_resets(live_server, browser, sign_in_page, world,
                                                                   factories):
    errors: list[str] = []
    page = _page(browser, live_server, sign_in_page, "trainer_n", factories.PASSWORD, errors)
    page.goto(f"{live_server}/calls/{world['call_a']}")
    _until(page, "document.getElementById('player').readyState >= 1")
    dots = page.locator("svg.timeline .note-mark").count()
    # one time format: the note's time reads m:ss
    time_field = page.get_by_label("Time in the call (m:ss)")
    assert re.fullmatch(r"\d+:\d\d", time_field.input_value())
    page.locator("#u-3 .utt-text").click()
    page.evaluate("document.getElementById('player').pause()")
    assert re.fullmatch(r"\d+:\d\d", time_field.input_value()), time_field.input_value()
    time_field.fill("1:05")
    page.get_by_label("Note pinned at").fill("Offer the fee refund before the customer asks twice.")
    page.locator("#note-criterion").select_option(label="Empathy")
    page.locator("#note-form button[type=submit]").click()
    added = page.locator("#note-list li", has_text="Offer the fee refund")
    added.wait_for()
    assert added.locator(".utt-time").inner_text() == "1:05"
    assert "Empathy" in added.inner_text() and "empathy" not in added.inner_text().replace("Empathy", "")
    # its dot is on the timeline without a reload, where 1:05 is
    assert page.locator("svg.timeline .note-mark").count() == dots + 1
    assert page.locator("svg.timeline .note-mark").last.get_attribute("data-seek") == "65.00"
    # the next note is about no criterion until one is picked
    assert page.locator("#note-criterion").input_value() == ""
    assert page.get_by_label("Note pinned at").input_value() == ""
    assert "Notes (1)" in page.locator(".jump").inner_text()
    _shot(page, "07-note-added")
    page.locator(".review-media .player").screenshot(path=str(SHOTS / "07b-timeline-with-note.png"))
    page.locator("#notes").screenshot(path=str(SHOTS / "07c-notes.png"))
    # the same time format in the list after a reload
    page.reload()
    assert page.locator("#note-list li", has_text="Offer the fee refund").locator(".utt-time").inner_text() == "1:05"
    assert not errors, errors


def test_playhead_follows_the_audio(live_server, browser, sign_in_page, world, factories):
    errors: list[str] = []
    page = _page(browser, live_server, sign_in_page, "trainer_n", factories.PASSWORD, errors)
    page.goto(f"{live_server}/calls/{world['call_a']}")
    _until(page, "document.getElementById('player').readyState >= 1")
    x_of = "parseFloat(document.querySelector('svg.timeline .playhead').getAttribute('x1'))"
    start_x = page.evaluate(x_of)
    # seeking (a click on a line) moves it to that moment
    line = page.locator("#u-8")
    line_start = float(line.get_attribute("data-start"))
    line.locator(".utt-text").click()
    page.evaluate("document.getElementById('player').pause()")
    expected = page.evaluate(f"""(() => {{
      const svg = document.querySelector('svg.timeline');
      const x0 = +svg.dataset.x0, x1 = +svg.dataset.x1, d = +svg.dataset.duration;
      return x0 + (x1 - x0) * {line_start} / d;
    }})()""")
    _until(page, f"Math.abs({x_of} - {expected}) < 3")
    assert page.evaluate(x_of) > start_x + 10
    # while the audio plays it keeps moving
    before = page.evaluate(x_of)
    page.evaluate("document.getElementById('player').play()")
    _until(page, f"{x_of} > {before} + 1")
    page.evaluate("document.getElementById('player').pause()")
    _shot(page, "08-playhead")
    assert not errors, errors


def test_labels_not_ids_in_the_call_list(live_server, browser, sign_in_page, world, factories):
    errors: list[str] = []
    page = _page(browser, live_server, sign_in_page, "trainer_n", factories.PASSWORD, errors)
    page.goto(f"{live_server}/calls")
    options = page.locator("#f-failed option").all_inner_texts()
    assert "Proper greeting" in options and "Positive language" in options
    assert "greeting" not in options and "negative_language" not in options
    page.locator("#f-failed").select_option(label="Proper greeting")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_load_state("networkidle")
    assert "failed=greeting" in page.url
    chips = page.locator(".failed-list .chip").all_inner_texts()
    assert chips and "Proper greeting" in chips and not any("_" in c for c in chips)
    _shot(page, "09-call-list-labels")
    assert not errors, errors


def test_agent_dashboard_leaves_out_trainer_tables_and_legends_keep_together(live_server, browser, sign_in_page,
                                                                             world, settings, factories):
    from qa_service import reviews
    from qa_service.db.models import EvaluationRecord, User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        ev = s.get(EvaluationRecord, world["eval_a"])
        trainer = s.get(User, world["users"]["trainer_n"])
        reviews.override(s, ev, "greeting", "pass", reason="IVR greeting", user=trainer)
        reviews.share_review(s, ev, user=trainer)
    errors: list[str] = []
    trainer_page = _page(browser, live_server, sign_in_page, "trainer_n", factories.PASSWORD, errors)
    trainer_page.goto(f"{live_server}/dashboards/?from=2020-01-01")
    assert trainer_page.get_by_role("heading", name="AI vs trainer agreement").count() == 1

    agent = _page(browser, live_server, sign_in_page, "agent_a", factories.PASSWORD, errors)
    agent.goto(f"{live_server}/dashboards/?from=2020-01-01")
    _shot(agent, "10-agent-dashboard")
    assert agent.get_by_role("heading", name="AI vs trainer agreement").count() == 0
    assert agent.get_by_text("how often trainers kept each detector's outcome").count() == 0
    assert agent.get_by_role("heading", name="Criteria failed most often").count() == 1

    # a legend's colour key and its label stay on one line, also where the legend wraps (narrow screen)
    for who, url in ((agent, "/me"), (agent, "/dashboards/?from=2020-01-01"), (trainer_page, f"/calls/{world['call_a']}")):
        who.set_viewport_size({"width": 700, "height": 900})
        who.goto(f"{live_server}{url}")
        apart = who.evaluate("""() => Array.from(document.querySelectorAll('.legend .key')).filter((key) => {
          const item = key.parentElement;
          if (!item.classList.contains('legend-item')) return true;
          const k = key.getBoundingClientRect();
          const box = item.getBoundingClientRect();
          // one line of text: the item is no taller than two font sizes and the key sits inside it
          const oneLine = box.height <= 2.2 * parseFloat(getComputedStyle(item).fontSize);
          return !oneLine || k.height === 0 || k.top < box.top - 1 || k.bottom > box.bottom + 1;
        }).map((key) => key.parentElement.textContent.trim())""")
        assert who.locator(".legend .key").count() > 0, url
        assert apart == [], (url, apart)
    _shot(agent, "11-agent-dashboard-narrow")
    _shot(trainer_page, "12-review-narrow")
    # one column on a narrow screen: the page still ends where its content does
    extent = trainer_page.evaluate(EXTENT)
    assert extent["scroll"] <= extent["bottom"] + BOTTOM_SLACK_PX, extent
    assert not errors, errors
