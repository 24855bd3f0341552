"""The paths the scale bench (bench/scale.py) measures, for correctness: keyset pagination of the call
list (no row skipped or repeated, ties on the sort key included), streamed exports equal to the rows
serialised one by one, dashboard weeks computed in SQL equal to :func:`analytics.week_of`, and the API
token's last use written at most once a minute. Each runs on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from qa_service import accounts, analytics, call_list, calls, exports, lifecycle, scorecard_versions
from qa_service.db.models import ApiToken, CallRecord, EvaluationRecord
from qa_service.db.session import session_scope
from qa_service.errors import Invalid

# three start times shared by several calls each, and two results shared by several calls each: ties on
# the date and on the score
STARTS = ["2026-09-07T10:00:00+00:00", "2026-09-08T09:30:00+00:00", "2026-09-08T09:30:00+00:00",
          "2026-09-14T08:00:00+00:00"]
CALLS = 13


@pytest.fixture
def listed(settings, factories):
    """CALLS scored calls with ties on date and score (one also scored earlier with another version)
    and an admin; returns the admin's username."""
    from scorecards.engine import score_call

    with session_scope(settings) as s:
        version = factories.default_version(s)
        older = scorecard_versions.register_scorecard(s, factories.changed_scorecard(version.version - 1))
        results = {}
        for i in range(CALLS):
            name = factories.GOOD_SAMPLE if i % 3 else factories.POOR_SAMPLE
            record = factories.make_call(s, name=name, call_id=f"tie-{i:02d}", agent=f"agent-{i % 2}",
                                         started_at=STARTS[i % len(STARTS)])
            if name not in results:
                results[name] = score_call(calls.load_call(record), scorecard_versions.scorecard_for_version(version))
            if i == 4:
                lifecycle.store_result(s, record, older, dataclasses.replace(results[name], call_id=record.call_id))
            lifecycle.store_result(s, record, version, dataclasses.replace(results[name], call_id=record.call_id))
        factories.make_user(s, "scale-admin", role="admin")
    return "scale-admin"


def _admin(s, name):  # noqa: ANN001, ANN202
    return accounts.user_by_name(s, name)


@pytest.mark.parametrize("sort", call_list.SORTS)
def test_keyset_pages_cover_every_row_once_in_order_both_ways(settings, listed, sort):

    with session_scope(settings) as s:
        user = _admin(s, listed)
        everything = [r.evaluation_id for r in call_list.list_evaluations(s, user, sort=sort, per_page=200).rows]
        assert len(everything) == CALLS  # one (current) evaluation per call
        forward, pages, after = [], [], None
        while True:
            page = call_list.list_evaluations(s, user, sort=sort, per_page=3, after=after)
            pages.append(page)
            forward += [r.evaluation_id for r in page.rows]
            if not page.has_next:
                break
            after = page.next_cursor
        assert forward == everything  # nothing skipped, nothing repeated, the same order
        assert [len(p.rows) for p in pages] == [3, 3, 3, 3, 1]
        assert pages[-1].next_cursor is None and pages[0].has_prev is False and pages[1].has_prev
        # the offset pages (old links: the offset walks the sort key alone, then the page's rows are read)
        # agree with the cursor pages, the last one and one past the end included
        for n, cursor_page in enumerate(pages + [None], start=1):
            page = call_list.list_evaluations(s, user, sort=sort, page=n, per_page=3)
            assert [r.evaluation_id for r in page.rows] == forward[3 * (n - 1):3 * n]
            assert page.has_next == (cursor_page.has_next if cursor_page else False)
            assert page.total == CALLS
        # and filtered (agent-1's calls: every other one)
        agent = [r.evaluation_id for r in call_list.list_evaluations(
            s, user, call_list.CallFilters(agent="agent-1"), sort=sort, per_page=200).rows]
        assert len(agent) == CALLS // 2
        assert [r.evaluation_id for r in call_list.list_evaluations(
            s, user, call_list.CallFilters(agent="agent-1"), sort=sort, page=2, per_page=4).rows] == agent[4:8]
        # and back from the last page with the Previous cursors
        backward, before = [], pages[-1].prev_cursor
        backward = [r.evaluation_id for r in pages[-1].rows]
        while before:
            page = call_list.list_evaluations(s, user, sort=sort, per_page=3, before=before)
            backward = [r.evaluation_id for r in page.rows] + backward
            before = page.prev_cursor if page.has_prev else None
            assert page.has_next and page.next_cursor
        assert backward == everything


@pytest.mark.parametrize("sort", call_list.SORTS)
def test_offset_pages_past_the_middle_read_from_the_end_are_the_same_rows(settings, listed, factories, sort,
                                                                          monkeypatch):
    """Every offset page of every size, those past the middle (read backwards from the end and turned
    round), the last partial one and those past the end included, is the same slice of the whole list,
    filtered or not, for a user who sees every call and one who sees their own (counted without the calls
    and with them); and with the count capped below the offset (the exact count then says where the end is)."""
    with session_scope(settings) as s:
        own = factories.make_user(s, "scale-agent", role="agent", agent=accounts.get_or_create_agent(s, "agent-1"))
        cases = [(_admin(s, listed), f) for f in (
            call_list.CallFilters(), call_list.CallFilters(agent="agent-1"), call_list.CallFilters(passed=True),
            call_list.CallFilters(min_score=101))] + [(own, call_list.CallFilters())]
        for user, filters in cases:
            everything = [r.evaluation_id for r in call_list.list_evaluations(
                s, user, filters, sort=sort, per_page=200).rows]
            if user is own:
                assert len(everything) == CALLS // 2
            for cap in (call_list.COUNT_CAP, 4):
                monkeypatch.setattr(call_list, "COUNT_CAP", cap)
                for per_page in range(1, CALLS + 2):
                    for n in range(1, -(-CALLS // per_page) + 3):
                        page = call_list.list_evaluations(s, user, filters, sort=sort, page=n, per_page=per_page)
                        start = (n - 1) * per_page
                        assert [r.evaluation_id for r in page.rows] == everything[start:start + per_page], (
                            filters, cap, per_page, n)
                        assert page.has_next == (start + per_page < len(everything))
                        assert page.has_prev == (n > 1)
                        assert (page.total, page.total_capped) == (min(len(everything), cap), len(everything) > cap)
                        if page.rows and page.has_next:
                            # its Next cursor goes on where the offset page after it starts
                            after = call_list.list_evaluations(s, user, filters, sort=sort, per_page=per_page,
                                                               after=page.next_cursor)
                            assert [r.evaluation_id for r in after.rows] == everything[start + per_page:
                                                                                       start + 2 * per_page]
                monkeypatch.undo()


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def test_an_evaluation_keeps_its_call_s_date(settings, listed):
    """Every evaluation carries its call's date (what the offset pages by date walk), stored with it and
    moved with the call's date; the offset pages by date are still slices of the whole list after a move."""
    moved = datetime(2027, 1, 1, tzinfo=timezone.utc)
    with session_scope(settings) as s:
        pairs = s.execute(select(EvaluationRecord.call_dated_at, CallRecord.dated_at).join(EvaluationRecord.call)).all()
        assert len(pairs) == CALLS + 1 and all(_utc(a) == _utc(b) for a, b in pairs)
        record = s.scalars(select(CallRecord).where(CallRecord.call_id == "tie-04")).one()
        calls.set_details(record, started_at=moved)
        s.flush()
        dates = s.scalars(select(EvaluationRecord.call_dated_at).where(EvaluationRecord.call_id == record.id)).all()
        assert [_utc(d) for d in dates] == [moved, moved]
        user = _admin(s, listed)
        for sort in ("newest", "oldest"):
            everything = [r.call_pk for r in call_list.list_evaluations(s, user, sort=sort, per_page=200).rows]
            assert everything[0 if sort == "newest" else -1] == record.id
            for n in range(1, CALLS + 1):
                page = call_list.list_evaluations(s, user, sort=sort, page=n, per_page=1)
                assert [r.call_pk for r in page.rows] == everything[n - 1:n]


def test_a_cursor_of_another_sort_or_garbage_is_a_clear_error(settings, listed):

    with session_scope(settings) as s:
        user = _admin(s, listed)
        cursor = call_list.list_evaluations(s, user, sort="newest", per_page=2).next_cursor
        for sort, bad in (("score_asc", cursor), ("newest", "not-a-cursor"), ("newest", "W10="),
                          ("newest", "WyJuZXdlc3QiLCJ4IiwxXQ")):
            with pytest.raises(Invalid, match="page cursor .* is not valid for sort"):
                call_list.list_evaluations(s, user, sort=sort, after=bad)


def test_the_call_list_pager_follows_cursors(settings, listed, monkeypatch):
    from web import create_app

    monkeypatch.setitem(call_list.list_evaluations.__kwdefaults__, "per_page", 4)
    app = create_app(settings, test_config={"TESTING": True, "WTF_CSRF_ENABLED": False})
    client = app.test_client()
    assert client.post("/login", data={"username": listed, "password": "correct horse battery"}).status_code == 302

    url, seen, pages = "/calls?sort=score_asc", [], 0
    while url:
        html = client.get(url).get_data(as_text=True)
        pages += 1
        seen += re.findall(r'data-call="(\d+)"', html)
        nxt = re.search(r'rel="next" href="([^"]+)"', html)
        url = nxt.group(1).replace("&amp;", "&") if nxt else ""
        assert pages < 10
    assert "after=" in client.get("/calls?sort=score_asc").get_data(as_text=True)
    prev = re.search(r'rel="prev" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "before=" in prev and "page=3" in prev
    assert client.get(prev).status_code == 200
    bad = client.get("/calls?after=garbage").get_data(as_text=True)
    assert "page cursor" in bad  # shown with the other filter errors, the first page listed
    assert pages == 4 and len(seen) == len(set(seen)) == CALLS


def test_streamed_exports_equal_the_rows_serialised_one_by_one(settings, listed):

    with session_scope(settings) as s:
        query = exports.visible_to(call_list.evaluations_query(), _admin(s, listed))
        streamed_csv = "".join(exports.iter_csv(s, query))
        streamed_jsonl = "".join(exports.iter_jsonl(s, query))
        rows = s.scalars(exports.export_query(query)).all()
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=exports.CSV_COLUMNS)
        writer.writeheader()
        for ev in rows:
            writer.writerow(exports.csv_row(ev))
        assert streamed_csv == out.getvalue()
        assert len(list(csv.DictReader(io.StringIO(streamed_csv)))) == CALLS
        assert [json.loads(line) for line in streamed_jsonl.splitlines()] == \
            [json.loads(json.dumps(exports.record(ev), ensure_ascii=False)) for ev in rows]


def test_the_export_endpoint_streams_the_same_bytes(settings, listed):
    from web import create_app

    with session_scope(settings) as s:
        _row, token = accounts.create_api_token(s, _admin(s, listed), "export test")
        query = call_list.list_query(_admin(s, listed))
        expected = {fmt: "".join(exports.iter_export(s, query, fmt)) for fmt in exports.EXPORT_FORMATS}
    client = create_app(settings, test_config={"TESTING": True}).test_client()
    for fmt in exports.EXPORT_FORMATS:
        response = client.get(f"/api/v1/evaluations/export?format={fmt}", headers={"Authorization": f"Bearer {token}"},
                              buffered=False)
        assert response.status_code == 200 and response.is_streamed
        assert response.get_data(as_text=True) == expected[fmt]
        response.close()


def test_dashboard_weeks_computed_in_sql_match_week_of(settings, factories):

    # a Sunday late, a Monday at midnight, and a Monday 01:00 at +02:00 (Sunday in UTC)
    edges = ["2026-09-13T23:59:59.999000+00:00", "2026-09-14T00:00:00+00:00", "2026-09-14T01:00:00+02:00",
             "2027-01-01T12:00:00+00:00"]
    with session_scope(settings) as s:
        for i, start in enumerate(edges):
            factories.make_evaluation(s, factories.make_call(s, call_id=f"edge-{i}", started_at=start))
    with session_scope(settings) as s:
        trend = analytics.score_trend(s, call_list.evaluations_query())
        expected: dict = {}
        for start in edges:
            week = analytics.week_of(datetime.fromisoformat(start))
            expected[week] = expected.get(week, 0) + 1
        assert {p.week: p.evaluations for p in trend} == expected
        weeks = {w.week for w in analytics.criterion_trend(s, call_list.evaluations_query())}
        assert weeks == set(expected)
        assert {t.week for t in analytics.timing_trend(s, call_list.evaluations_query(), by="agent")} == set(expected)


def test_timing_columns_are_stored_from_the_metrics(settings, factories):

    with session_scope(settings) as s:
        ev = factories.make_evaluation(s)
        s.flush()
        metrics = ev.result["metrics"]
        row = s.get(EvaluationRecord, ev.id)
        assert row.silence_seconds == metrics["silence"]["total"]
        assert row.agent_interruptions == metrics["interruptions"]["agent"]
        assert row.overlap_seconds == metrics["overlap"]


def test_a_token_s_last_use_is_written_at_most_once_a_minute(settings, factories):

    with session_scope(settings) as s:
        user = factories.make_user(s, role="admin")
        row, token = accounts.create_api_token(s, user, "throttle")
        token_id = row.id
    with session_scope(settings) as s:
        assert accounts.token_for(s, token) is not None
    with session_scope(settings) as s:
        first = s.get(ApiToken, token_id).last_used_at
        assert first is not None
    with session_scope(settings) as s:
        assert accounts.token_for(s, token) is not None
    with session_scope(settings) as s:
        assert s.get(ApiToken, token_id).last_used_at == first  # used again within the minute: not written
        s.get(ApiToken, token_id).last_used_at = datetime.now(timezone.utc) - timedelta(minutes=2)
    with session_scope(settings) as s:
        assert accounts.token_for(s, token) is not None
    with session_scope(settings) as s:
        assert s.get(ApiToken, token_id).last_used_at > first


def test_many_requests_with_one_stale_token_at_once_all_succeed(settings, factories):

    with session_scope(settings) as s:
        user = factories.make_user(s, role="admin")
        row, token = accounts.create_api_token(s, user, "shared")
        token_id = row.id
    errors: list[BaseException] = []
    found: list[bool] = []
    barrier = threading.Barrier(8)

    def client() -> None:
        try:
            for _ in range(5):
                with session_scope(settings) as s:
                    # every request reads something first, like a view does
                    s.scalar(select(EvaluationRecord.id).limit(1))
                    barrier.wait(timeout=30)
                    found.append(accounts.token_for(s, token) is not None)
                    with session_scope(settings, immediate=True) as other:
                        other.get(ApiToken, token_id).last_used_at = None  # stale again for the next round
        except BaseException as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)

    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors[:3]
    assert found == [True] * 40


def test_the_api_pages_by_cursor(settings, listed):
    from web import create_app

    with session_scope(settings) as s:
        _row, token = accounts.create_api_token(s, _admin(s, listed), "pages")
    client = create_app(settings, test_config={"TESTING": True}).test_client()
    headers = {"Authorization": f"Bearer {token}"}
    seen, url = [], "/api/v1/evaluations?per_page=5&sort=score_desc"
    while url:
        body = client.get(url, headers=headers).get_json()
        seen += [item["evaluation_id"] for item in body["items"]]
        assert body["has_next"] == (body["next_cursor"] is not None)
        url = f"/api/v1/evaluations?per_page=5&sort=score_desc&after={body['next_cursor']}" if body["has_next"] else ""
    assert len(seen) == len(set(seen)) == CALLS
    bad = client.get("/api/v1/evaluations?after=nonsense", headers=headers)
    assert bad.status_code == 400 and "page cursor" in bad.get_json()["error"]
