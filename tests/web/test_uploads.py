"""Uploads: file names in any script, empty files, whose agents a trainer may upload, and who may follow
a batch's progress."""

from __future__ import annotations

import io
import json
import re

import pytest
from sqlalchemy import select

from qa_service.db.models import Batch, BatchItem, CallRecord
from qa_service.db.session import session_scope


@pytest.fixture
def sent(monkeypatch):
    """What the upload page sent to the workers (nothing runs)."""
    out = []
    monkeypatch.setattr("web.uploads.enqueue", lambda work: out.append(list(work)))
    return out


def _signed_in(app, factories, username):
    client = app.test_client()
    assert factories.login(client, username).status_code == 302
    return client, factories.csrf_token(client, "/uploads/")


def _version_id(client) -> str:
    return re.search(r'name="scorecard_version">\s*<option value="(\d+)"', client.get("/uploads/").get_data(
        as_text=True)).group(1)


def _call(factories, call_id, agent=None) -> bytes:
    data = factories.sample_data(factories.GOOD_SAMPLE) | {"call_id": call_id}
    if agent:
        data["agent"] = {"id": agent, "name": agent}
    return json.dumps(data).encode()


def _upload(client, token, files, **form):
    return client.post("/uploads/", data={"csrf_token": token, "scorecard_version": _version_id(client), **form,
                                          "files": files}, content_type="multipart/form-data")


def test_file_names_in_any_script_are_kept(app, world, factories, settings, sent):
    client, token = _signed_in(app, factories, "admin")
    response = _upload(client, token, [(io.BytesIO(_call(factories, "m1")), "Anruf Müller.json"),
                                       (io.BytesIO(_call(factories, "m2")), "通話 2.json")])
    assert response.status_code == 302, response.get_data(as_text=True)[:1000]
    stored = sorted(p.name for p in (settings.data_path / "uploads").rglob("*") if p.is_file())
    assert stored == ["Anruf_Müller.json", "通話_2.json"]
    assert len(sent[0]) == 2
    with session_scope(settings) as s:
        assert {"m1", "m2"} <= set(s.scalars(select(CallRecord.call_id)))


def test_empty_files_are_refused_each_with_its_name(settings, factories, tmp_path):
    from qa_service import ingest, scorecard_versions
    from scorecards.schema import load_scorecard

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.json", "b.vtt", "c.srt"):
        (folder / name).write_bytes(b"")
    with session_scope(settings) as s:
        version = scorecard_versions.register_scorecard(s, load_scorecard("default"))
        batch, work = ingest.submit_files(s, [folder], version)
        items = s.scalars(select(BatchItem).where(BatchItem.batch_id == batch.id)).all()
        assert not work and len(items) == 3
        for item in items:
            assert item.status == "failed" and item.error.endswith(": the file is empty; nothing to score")
            assert item.source.endswith(("a.json", "b.vtt", "c.srt")) and item.call_id is None


def test_a_trainer_uploads_only_calls_of_their_teams_agents(app, world, factories, settings, sent):
    client, token = _signed_in(app, factories, "trainer_n")  # North: agent AG-A; AG-B is South's
    form = client.get("/uploads/").get_data(as_text=True)
    assert 'value="AG-A"' in form and "AG-B" not in form
    refused = _upload(client, token, [(io.BytesIO(_call(factories, "x1")), "x1.json")], agent="AG-B")
    assert refused.status_code == 422 and "AG-B" in refused.get_data(as_text=True)
    response = _upload(client, token, [
        (io.BytesIO(_call(factories, "theirs", agent="AG-B")), "theirs.json"),
        (io.BytesIO(_call(factories, "nobody", agent="AG-NEW")), "nobody.json"),
        (io.BytesIO(_call(factories, "mine", agent="AG-A")), "mine.json"),
    ])
    assert response.status_code == 302
    data = client.get(response.headers["Location"] + "/progress.json").get_json()
    reasons = {f["file"]: f["reason"] for f in data["failures"]}
    assert set(reasons) == {"theirs.json", "nobody.json"}
    assert "agent 'AG-B', not one of the agents of your teams" in reasons["theirs.json"]
    assert [len(w) for w in sent] == [1]
    with session_scope(settings) as s:
        ids = set(s.scalars(select(CallRecord.call_id)))
        assert "mine" in ids and not {"theirs", "nobody", "x1"} & ids
    # the same file as a call stored already, of another team: not attached to this trainer's batch
    other = _upload(client, token, [(io.BytesIO(_call(factories, "theirs2", agent="AG-B")), "t2.json")],
                    agent="AG-A")
    assert other.status_code == 302  # given an agent of theirs, the call is theirs
    again_client, again_token = _signed_in(app, factories, "trainer_s")
    again = _upload(again_client, again_token, [(io.BytesIO(_call(factories, "theirs2", agent="AG-B")), "t2.json")],
                    agent="AG-B")
    reasons = {f["file"]: f["reason"] for f in again_client.get(again.headers["Location"] + "/progress.json")
               .get_json()["failures"]}
    assert "stored already, as a call you may not see" in reasons["t2.json"]


def test_a_batch_is_seen_by_its_submitter_admins_and_those_who_see_its_calls(app, world, factories, settings, sent):
    north, token = _signed_in(app, factories, "trainer_n")
    response = _upload(north, token, [(io.BytesIO(_call(factories, "secret-file", agent="AG-A")), "Secret Name.json")])
    url = response.headers["Location"]
    batch_id = int(url.rstrip("/").rsplit("/", 1)[1])
    south, _ = _signed_in(app, factories, "trainer_s")
    admin, _ = _signed_in(app, factories, "admin")
    for path in (url, url + "/progress.json"):
        assert north.get(path).status_code == 200
        assert admin.get(path).status_code == 200
        assert south.get(path).status_code == 404
    assert "Secret" not in south.get("/uploads/").get_data(as_text=True)
    assert f"#{batch_id}" in admin.get("/uploads/").get_data(as_text=True)
    # another North trainer sees every call of it, so may follow it
    from qa_service import accounts
    from qa_service.db.models import Team

    with session_scope(settings) as s:
        accounts.create_user(s, "trainer_n2", factories.PASSWORD, "trainer",
                             teams=[s.scalar(select(Team).where(Team.name == "North"))])
    north2, _ = _signed_in(app, factories, "trainer_n2")
    assert north2.get(url + "/progress.json").status_code == 200
    with session_scope(settings) as s:
        assert s.get(Batch, batch_id).created_by.username == "trainer_n"


def test_the_api_shows_a_batch_only_to_those_who_may_follow_it(app, world, factories, settings, sent):
    from qa_service import accounts
    from qa_service.db.models import User

    north, token = _signed_in(app, factories, "trainer_n")
    url = _upload(north, token, [(io.BytesIO(_call(factories, "api-file", agent="AG-A")), "api.json")]).headers[
        "Location"]
    batch_id = int(url.rstrip("/").rsplit("/", 1)[1])
    with session_scope(settings) as s:
        tokens = {name: accounts.create_api_token(s, s.scalar(select(User).where(User.username == name)), "t")[1]
                  for name in ("trainer_n", "trainer_s")}
    client = app.test_client()
    mine = client.get(f"/api/v1/batches/{batch_id}", headers={"Authorization": f"Bearer {tokens['trainer_n']}"})
    theirs = client.get(f"/api/v1/batches/{batch_id}", headers={"Authorization": f"Bearer {tokens['trainer_s']}"})
    assert mine.status_code == 200 and mine.get_json()["items"][0]["file"] == "api.json"
    assert theirs.status_code == 404 and "api.json" not in theirs.get_data(as_text=True)
