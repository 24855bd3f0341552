"""Privacy in a real Chromium: an admin opens a call whose card number was redacted, reads what was
taken out, downloads nothing they may not, and deletes the call through the confirm page.
Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
VIEWPORT = {"width": 1366, "height": 768}

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_admin_sees_redactions_and_deletes_the_call(live_server, browser, sign_in_page, world, settings, factories,
                                                    tmp_path):
    from qa_service import calls, lifecycle, scorecard_versions
    from qa_service.db.models import CallRecord
    from qa_service.db.session import session_scope
    from scorecards.engine import score_call
    from scorecards.schema import load_scorecard
    from transcription.call import call_from_dict

    data = copy.deepcopy(factories.sample_data(factories.GOOD_SAMPLE))
    data["call_id"] = "card-call"
    data["agent"] = {"id": "AG-A", "name": "Alice Agent"}
    data["utterances"][4]["text"] = "Sure, the card number is 4111 1111 1111 1111, and that's the one."
    wav = factories.write_wav(settings.data_path / "uploads" / "b" / "card-call.wav", data)
    with session_scope(settings) as s:
        record, _ = calls.register_call(s, content_hash=hashlib.sha256(json.dumps(data).encode()).hexdigest(),
                                        call=call_from_dict(data), audio_path=str(wav), settings=settings)
        version = scorecard_versions.register_scorecard(s, load_scorecard("default"))
        lifecycle.store_result(s, record, version,
                               score_call(calls.load_call(record), scorecard_versions.scorecard_for_version(version)))
        pk = record.id
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    page = browser.new_context(viewport=VIEWPORT).new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in_page(page, live_server, "admin", factories.PASSWORD)
    page.goto(f"{live_server}/calls/{pk}")
    assert "4111" not in page.content() and "[CARD]" in page.content()
    page.locator("#privacy summary").click()
    assert page.locator("#redactions").is_visible()
    assert page.locator("table.redactions tbody tr").count() == 1
    assert "card" in page.locator("table.redactions").inner_text()
    page.locator("#privacy").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "privacy-review.png"), full_page=True)
    page.get_by_role("link", name="Delete this call…").click()
    page.wait_for_load_state("networkidle")
    assert "1 evaluation(s)" in page.locator("#delete-confirm").inner_text()
    page.screenshot(path=str(SHOTS / "privacy-delete-confirm.png"), full_page=True)
    page.get_by_role("button", name=f"Delete call #{pk}").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/calls") and f"Call #{pk} deleted" in page.content()
    page.screenshot(path=str(SHOTS / "privacy-deleted.png"))
    with session_scope(settings) as s:
        assert s.get(CallRecord, pk) is None
    assert not list((settings.data_path / "recordings").glob("*.ogg"))
    assert errors == []
