"""The batch page: its calls with their scores and links to each call's review, and failed files tried
again from the page; in a real Chromium too (screenshot in test-artifacts/screenshots/)."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_service.db.models import BatchItem, CallRecord
from qa_service.db.session import session_scope

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
VIEWPORT = {"width": 1366, "height": 768}


@pytest.fixture
def app(settings):
    """The web app whose queue is a worker in the request: what it sends is scored at once (in this process,
    no time-limit child), so the page shows finished batches."""
    from qa_service import pipeline
    from web import create_app

    quick = dataclasses.replace(settings, score_time_limit=0)
    app = create_app(quick, {"TESTING": True})

    def run_now(work):  # noqa: ANN001, ANN202
        for w in work:
            pipeline.score_stage(quick, w.version_id, [(w.call_id, w.item_id)])

    import web.uploads

    original = web.uploads.enqueue
    web.uploads.enqueue = run_now
    yield app
    web.uploads.enqueue = original


def _files(factories, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, sample in (("first call.json", factories.GOOD_SAMPLE), ("second.json", factories.POOR_SAMPLE)):
        data = factories.sample_data(sample) | {"call_id": Path(name).stem.replace(" ", "-"),
                                                "agent": {"id": "AG-A", "name": "Alice Agent"}}
        (folder / name).write_text(json.dumps(data), encoding="utf-8")
        out.append(folder / name)
    (folder / "broken.json").write_text('{"call_id": "broken", "utterances": [', encoding="utf-8")
    out.append(folder / "broken.json")
    return out


def _fix_stored_file(settings, factories) -> None:
    """What a parser fix would do for the broken file: it reads now (the stored copy is repaired)."""
    stored = next((settings.data_path / "uploads").rglob("broken.json"))
    data = factories.sample_data(factories.GOOD_SAMPLE) | {"call_id": "broken",
                                                           "agent": {"id": "AG-A", "name": "Alice Agent"}}
    stored.write_text(json.dumps(data), encoding="utf-8")


def test_batch_page_lists_calls_with_scores_and_retries_failed_files(app, world, factories, settings, tmp_path):
    import io

    client = app.test_client()
    factories.login(client, "trainer_n")
    token = factories.csrf_token(client, "/uploads/")
    version = re.search(r'name="scorecard_version">\s*<option value="(\d+)"',
                        client.get("/uploads/").get_data(as_text=True)).group(1)
    files = [(io.BytesIO(p.read_bytes()), p.name) for p in _files(factories, tmp_path / "in")]
    response = client.post("/uploads/", data={"csrf_token": token, "scorecard_version": version, "files": files},
                           content_type="multipart/form-data")
    url = response.headers["Location"]
    data = client.get(url + "/progress.json").get_json()
    rows = {i["file"]: i for i in data["items"]}
    assert rows["first_call.json"]["status"] == "scored" and rows["first_call.json"]["score"] is not None
    assert rows["broken.json"]["status"] == "failed" and rows["broken.json"]["retry"]
    page = client.get(url).get_data(as_text=True)
    first = rows["first_call.json"]
    assert f'href="/calls/{first["call"]}?evaluation={first["evaluation"]}"' in page
    assert f"{first['score']:.1f}" in page and "Try broken.json again" in page

    _fix_stored_file(settings, factories)
    again = client.post(url + "/retry", data={"csrf_token": token, "item": str(rows["broken.json"]["id"])})
    assert again.status_code == 302
    data = client.get(url + "/progress.json").get_json()
    fixed = {i["file"]: i for i in data["items"]}["broken.json"]
    assert fixed["status"] == "scored" and fixed["score"] is not None and data["done"] and data["failed"] == 0
    with session_scope(settings) as s:
        assert s.scalar(select(CallRecord.status).where(CallRecord.call_id == "broken")) == "scored"
        assert {i.status for i in s.scalars(select(BatchItem))} == {"scored"}
    # another team's trainer can neither see nor retry it
    other = app.test_client()
    factories.login(other, "trainer_s")
    other_token = factories.csrf_token(other, "/uploads/")
    assert other.post(url + "/retry", data={"csrf_token": other_token}).status_code == 404


def test_retry_of_a_file_refused_before_it_was_stored_says_to_upload_it_anew(app, world, factories, tmp_path):
    import io

    client = app.test_client()
    factories.login(client, "admin")
    token = factories.csrf_token(client, "/uploads/")
    version = re.search(r'name="scorecard_version">\s*<option value="(\d+)"',
                        client.get("/uploads/").get_data(as_text=True)).group(1)
    response = client.post("/uploads/", data={"csrf_token": token, "scorecard_version": version,
                                              "files": [(io.BytesIO(b"MZ"), "tool.exe")]},
                           content_type="multipart/form-data")
    url = response.headers["Location"]
    assert not client.get(url + "/progress.json").get_json()["items"][0]["retry"]
    page = client.post(url + "/retry", data={"csrf_token": token}, follow_redirects=True).get_data(as_text=True)
    assert "must be uploaded anew" in page


@pytest.mark.browser
@pytest.mark.slow
def test_batch_page_in_a_browser(live_server, browser, sign_in_page, world, factories, settings, tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    page = browser.new_context(viewport=VIEWPORT).new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    sign_in_page(page, live_server, "trainer_n", factories.PASSWORD)
    page.goto(f"{live_server}/uploads/")
    page.get_by_label("Transcripts or recordings").set_input_files([str(p) for p in _files(factories, tmp_path / "in")])
    page.get_by_role("button", name="Upload and score").click()
    page.wait_for_url("**/uploads/batches/*")
    page.wait_for_selector("#progress-title:has-text('Done')")
    table = page.locator("#batch-items")
    assert table.locator("tbody tr").count() == 3
    first = table.locator("tr", has_text="first_call.json")
    assert first.locator(".badge").first.text_content() == "scored"
    score = first.locator("td.num").inner_text()
    assert re.fullmatch(r"\d+\.\d", score), score
    broken = table.locator("tr", has_text="broken.json")
    assert "not valid JSON" in broken.inner_text() or "JSON" in broken.inner_text()
    page.screenshot(path=str(SHOTS / "batch-page.png"), full_page=True)

    _fix_stored_file(settings, factories)
    broken.get_by_role("button", name="Try broken.json again").click()
    page.wait_for_url("**/uploads/batches/*")
    page.wait_for_selector("#progress-title:has-text('Done')")
    assert table.locator("tr", has_text="broken.json").locator(".badge").first.text_content() == "scored"
    assert page.locator("#retry-all").is_hidden()
    page.screenshot(path=str(SHOTS / "batch-page-retried.png"), full_page=True)

    # the call link opens that call's review
    table.locator("tr", has_text="first_call.json").get_by_role("link").click()
    page.wait_for_load_state("networkidle")
    assert "/calls/" in page.url and "evaluation=" in page.url
    assert "first-call" in page.content()
    assert not errors, errors

