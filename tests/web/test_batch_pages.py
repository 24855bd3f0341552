"""A batch's page lists every call, a page at a time (keyset: each page follows the previous one's last
item), with where the page is in the batch; the progress JSON and the API page the same way."""

from __future__ import annotations

import re

from qa_service.batches import FAILURES_SHOWN, ITEMS_PER_PAGE

# more files than two pages hold
FILES = 2 * ITEMS_PER_PAGE + 37


def _big_batch(settings, world) -> int:
    from qa_service import batches, scorecard_versions
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        version = scorecard_versions.from_settings(s, settings)
        batch = batches.create_batch(s, version, created_by=s.get(User, world["users"]["admin"]))
        for n in range(FILES):
            batches.add_item(s, batch, source=f"/in/file-{n:04d}.json", status="failed", error="not a call file")
        s.flush()
        batches.refresh_batch(s, batch, write=True)
        return batch.id


def test_the_batch_page_pages_through_every_call(client, world, factories, settings):
    batch_id = _big_batch(settings, world)
    factories.login(client, "admin")
    seen: list[str] = []
    url = f"/uploads/batches/{batch_id}"
    ranges = []
    while url:
        html = client.get(url).get_data(as_text=True)
        seen += re.findall(r"<td>(file-\d{4}\.json)</td>", html)
        ranges.append(re.search(r"Calls (\d+)–(\d+) of (\d+)", html).groups())
        following = re.search(r'rel="next" href="([^"]+)"', html)
        url = following.group(1).replace("&amp;", "&") if following else None
    assert seen == [f"file-{n:04d}.json" for n in range(FILES)]  # every file once, in order
    assert ranges == [("1", "200", str(FILES)), ("201", "400", str(FILES)), ("401", str(FILES), str(FILES))]
    # and back: the previous page of the last one is the second
    previous = re.search(r'rel="prev" href="([^"]+)"', html).group(1)
    html = client.get(previous).get_data(as_text=True)
    assert "Calls 201–400 of" in html and "file-0200.json" in html and "file-0399.json" in html
    assert re.search(r'data-progress-url="[^"]*before=\d+', html)  # the page polls its own rows


def test_progress_json_and_the_api_page_too(client, world, factories, settings):
    from qa_service import accounts
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    batch_id = _big_batch(settings, world)
    factories.login(client, "admin")
    first = client.get(f"/uploads/batches/{batch_id}/progress.json").get_json()
    assert len(first["items"]) == ITEMS_PER_PAGE and first["page"]["first"] == 1 and first["page"]["prev_before"] is None
    # every file failed: the count says so, the reasons listed above the pages are the first ones only
    assert first["failed"] == FILES and len(first["failures"]) == FAILURES_SHOWN
    second = client.get(f"/uploads/batches/{batch_id}/progress.json?after={first['page']['next_after']}").get_json()
    assert second["items"][0]["id"] == first["items"][-1]["id"] + 1 and second["page"]["first"] == ITEMS_PER_PAGE + 1
    with session_scope(settings) as s:
        _, token = accounts.create_api_token(s, s.get(User, world["users"]["admin"]), "pages")
    headers = {"Authorization": f"Bearer {token}"}
    api = client.get(f"/api/v1/batches/{batch_id}?after={second['page']['next_after']}", headers=headers).get_json()
    assert [i["file"] for i in api["items"]] == [f"file-{n:04d}.json" for n in range(2 * ITEMS_PER_PAGE, FILES)]
    assert api["page"] == {"first": 401, "last": FILES, "total": FILES, "size": ITEMS_PER_PAGE, "next_after": None,
                           "prev_before": api["items"][0]["id"]}
    bad = client.get(f"/api/v1/batches/{batch_id}?after=x", headers=headers)
    assert bad.status_code == 400 and "after" in bad.get_json()["error"]
    assert client.get(f"/uploads/batches/{batch_id}?before=99999999999").status_code == 400
