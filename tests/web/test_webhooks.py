"""Webhooks: a real HTTP receiver on 127.0.0.1 (a server thread) gets signed events from the pipeline
and the review flow; the first answer is a 500, so the Celery task tries again; the admin page shows
every attempt with the receiver's answers."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select


class Receiver:
    """An HTTP server on a free port of 127.0.0.1 that records every POST and answers from ``codes``
    (then 200)."""

    def __init__(self, codes: list[int] | None = None) -> None:
        self.codes = list(codes or [])
        self.requests: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append({"path": self.path, "headers": dict(self.headers), "body": body,
                                          "at": time.time()})
                code = receiver.codes.pop(0) if receiver.codes else 200
                answer = json.dumps({"ok": code == 200, "n": len(receiver.requests)}).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/qa"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def eager(settings):
    """Settings with Celery eager (tasks run at once, in this process) and no wait between attempts."""
    return settings.with_overrides(task_always_eager=True, webhook_retry_base_s=0.0, public_url="https://qa.example.com")


@pytest.fixture
def eager_app(eager):
    from web import create_app

    return create_app(eager, {"TESTING": True})


def _register(settings, url, events):
    from qa_service import webhooks
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        hook = webhooks.create_webhook(s, url, events, description="test receiver")
        return hook.id, hook.secret


def _deliveries(settings, webhook_id):
    from qa_service.db.models import WebhookDelivery
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        return [
            {"event": d.event, "status": d.status, "attempts": d.attempts, "log": d.attempt_log,
             "key": d.delivery_key, "code": d.last_status_code}
            for d in s.scalars(select(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook_id)
                               .order_by(WebhookDelivery.id))
        ]


def test_sign_and_verify():
    from qa_service import webhooks

    body = b'{"event":"call.scored"}'
    header = webhooks.sign("whsec_x", 1_700_000_000, body)
    assert header.startswith("t=1700000000,v1=") and len(header.split("v1=")[1]) == 64
    assert webhooks.verify("whsec_x", header, body, now=1_700_000_100)
    assert not webhooks.verify("whsec_y", header, body, now=1_700_000_100)  # another secret
    assert not webhooks.verify("whsec_x", header, body + b" ", now=1_700_000_100)  # another body
    assert not webhooks.verify("whsec_x", header, body, now=1_700_000_000 + webhooks.TIMESTAMP_TOLERANCE_S + 1)
    assert not webhooks.verify("whsec_x", "v1=abc", body)


def test_call_scored_is_signed_delivered_and_retried_after_a_500(eager_app, eager, world, factories, receiver):
    """A call submitted through the API is scored (eager); the webhook answers 500 first, the task
    tries again and the 200 delivers it; both attempts are logged with the receiver's answers."""
    from qa_service import accounts, webhooks
    from qa_service.db.session import session_scope

    receiver.codes = [500]
    hook_id, secret = _register(eager, receiver.url, ["call.scored", "call.failed"])
    with session_scope(eager) as s:
        _, token = accounts.create_api_token(s, accounts.user_by_name(s, "admin"), "push", scope="write")
    data = factories.sample_data(factories.GOOD_SAMPLE)
    data = {**data, "call_id": "hook-1", "agent": {"id": "AG-A", "name": "Alice Agent"}}
    r = eager_app.test_client().post("/api/v1/calls", json=data, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 202, r.get_json()

    assert len(receiver.requests) == 2
    first, second = receiver.requests
    for req in receiver.requests:
        assert req["path"] == "/hooks/qa"
        assert req["headers"]["Content-Type"] == "application/json"
        assert req["headers"]["X-QA-Event"] == "call.scored"
        assert webhooks.verify(secret, req["headers"]["X-QA-Signature"], req["body"])
        timestamp = int(req["headers"]["X-QA-Signature"].split(",")[0][2:])
        assert abs(timestamp - req["at"]) < 60
    assert first["body"] == second["body"]
    assert first["headers"]["X-QA-Delivery"] == second["headers"]["X-QA-Delivery"]
    payload = json.loads(second["body"])
    assert payload["event"] == "call.scored" and payload["id"] == second["headers"]["X-QA-Delivery"]
    call, evaluation = payload["data"]["call"], payload["data"]["evaluation"]
    assert call["call_id"] == "hook-1" and call["agent_id"] == "AG-A" and call["id"] == r.get_json()["id"]
    assert call["status_url"] == f"https://qa.example.com/api/v1/calls/{call['id']}"
    assert evaluation["scorecard"] == "default" and isinstance(evaluation["score"], float)
    assert evaluation["url"].startswith("https://qa.example.com/api/v1/evaluations/")
    # a tampered body does not verify
    assert not webhooks.verify(secret, second["headers"]["X-QA-Signature"], second["body"].replace(b"hook-1", b"hook-2"))

    (delivery,) = _deliveries(eager, hook_id)
    assert delivery["status"] == "delivered" and delivery["attempts"] == 2 and delivery["code"] == 200
    assert [a["status_code"] for a in delivery["log"]] == [500, 200]
    assert "answered 500" in delivery["log"][0]["error"] and '"ok": true' in delivery["log"][1]["response"]


def test_gives_up_after_max_attempts(eager, world, receiver):
    from qa_service import pipeline
    from qa_service.db.session import session_scope
    from qa_service.db.models import CallRecord

    settings = eager.with_overrides(webhook_max_attempts=3)
    receiver.codes = [503, 503, 503, 503]
    hook_id, _ = _register(settings, receiver.url, ["call.failed"])
    from qa_service.celery_app import make_celery

    make_celery(settings)  # the service's Celery app, eager, is now the current one
    with session_scope(settings) as s:
        record = s.get(CallRecord, world["call_b"])
        call_pk = record.id
    pipeline.record_failure(settings, [(call_pk, None)], "the recording is silent; check its channels")
    assert len(receiver.requests) == 3
    (delivery,) = _deliveries(settings, hook_id)
    assert delivery["status"] == "failed" and delivery["attempts"] == 3
    payload = json.loads(receiver.requests[0]["body"])
    assert payload["event"] == "call.failed" and payload["data"]["reason"] == "the recording is silent; check its channels"


def test_no_event_when_the_change_rolls_back(eager, world, receiver):
    from qa_service import webhooks
    from qa_service.db.models import CallRecord
    from qa_service.db.session import session_factory

    hook_id, _ = _register(eager, receiver.url, ["call.failed"])
    session = session_factory(eager)()
    try:
        webhooks.calls_failed(session, {world["call_a"]: "never committed"}, settings=eager)
        session.rollback()
        session.get(CallRecord, world["call_a"])
        session.commit()
    finally:
        session.close()
    assert receiver.requests == [] and _deliveries(eager, hook_id) == []


def test_review_and_dispute_events(eager_app, eager, world, factories, receiver):
    """review.completed, dispute.opened and dispute.resolved from the review pages, each after its commit."""
    from qa_service import reviews, webhooks
    from qa_service.db.models import EvaluationRecord, User
    from qa_service.db.session import session_scope

    hook_id, secret = _register(eager, receiver.url, ["review.completed", "dispute.opened", "dispute.resolved"])
    with session_scope(eager) as s:
        evaluation = s.get(EvaluationRecord, world["eval_b"])
        trainer = s.get(User, world["users"]["trainer_s"])
        reviews.share_review(s, evaluation, user=trainer)
    assert [json.loads(r["body"])["event"] for r in receiver.requests] == ["review.completed"]
    completed = json.loads(receiver.requests[0]["body"])["data"]
    assert completed["reviewer"] == "trainer_s" and completed["evaluation"]["id"] == world["eval_b"]
    with session_scope(eager) as s:
        evaluation = s.get(EvaluationRecord, world["eval_b"])
        agent = s.get(User, world["users"]["agent_b"])
        criterion = evaluation.criteria[0].criterion_id
        dispute = reviews.open_dispute(s, evaluation, criterion, user=agent, comment="I did greet the customer")
        dispute_id = dispute.id
    with session_scope(eager) as s:
        dispute = reviews.get_dispute(s, s.get(EvaluationRecord, world["eval_b"]).call, dispute_id)
        reviews.resolve_dispute(s, dispute, decision="reject", user=s.get(User, world["users"]["trainer_s"]),
                                comment="the greeting came after the customer spoke")
    events = [json.loads(r["body"]) for r in receiver.requests]
    assert [e["event"] for e in events] == ["review.completed", "dispute.opened", "dispute.resolved"]
    assert events[1]["data"]["dispute"]["comment"] == "I did greet the customer"
    assert events[2]["data"]["dispute"]["status"] == "rejected"
    assert events[2]["data"]["dispute"]["resolved_by"] == "trainer_s"
    assert all(r["headers"]["X-QA-Event"] == e["event"] for r, e in zip(receiver.requests, events))
    assert all(webhooks.verify(secret, r["headers"]["X-QA-Signature"], r["body"]) for r in receiver.requests)


def test_only_subscribed_and_active_webhooks_are_sent_to(eager, world, receiver):
    from qa_service import webhooks
    from qa_service.db.session import session_scope

    scored_only, _ = _register(eager, receiver.url, ["call.scored"])
    paused, _ = _register(eager, receiver.url, ["call.failed"])
    with session_scope(eager) as s:
        hook = webhooks.get_webhook(s, paused)
        webhooks.update_webhook(s, hook, url=hook.url, events=hook.events, description=None, is_active=False)
    with session_scope(eager) as s:
        webhooks.calls_failed(s, {world["call_a"]: "x"}, settings=eager)
    assert receiver.requests == []
    assert _deliveries(eager, scored_only) == [] and _deliveries(eager, paused) == []


def test_admin_page_registers_and_logs_deliveries(eager_app, eager, world, factories, receiver):
    from qa_service.db.models import Webhook
    from qa_service.db.session import session_scope

    receiver.codes = [500]
    client = eager_app.test_client()
    factories.login(client, "trainer_n")
    assert client.get("/admin/webhooks/").status_code == 403
    client = eager_app.test_client()
    factories.login(client, "admin")
    page = client.get("/admin/webhooks/")
    assert page.status_code == 200 and "Register a webhook" in page.get_data(as_text=True)
    csrf = factories.csrf_token(client, "/admin/webhooks/")
    r = client.post("/admin/webhooks/", data={"url": "ftp://nowhere", "events": ["call.scored"], "csrf_token": csrf})
    assert r.status_code == 302
    assert "not an http:// or https:// address" in client.get(r.headers["Location"]).get_data(as_text=True)
    r = client.post("/admin/webhooks/", data={"url": receiver.url, "events": ["call.scored", "dispute.opened"],
                                              "description": "CRM", "csrf_token": csrf})
    assert r.status_code == 302
    detail = client.get(r.headers["Location"]).get_data(as_text=True)
    with session_scope(eager) as s:
        hook = s.scalars(select(Webhook)).one()
        hook_id, secret = hook.id, hook.secret
        assert hook.events == ["call.scored", "dispute.opened"]
    assert secret in detail  # shown once, right after registering
    again = client.get(f"/admin/webhooks/{hook_id}").get_data(as_text=True)
    assert secret not in again
    r = client.post(f"/admin/webhooks/{hook_id}/test", data={"csrf_token": csrf})
    assert r.status_code == 302 and len(receiver.requests) == 2  # 500, then 200
    page = client.get(f"/admin/webhooks/{hook_id}").get_data(as_text=True)
    assert "delivered" in page and "HTTP 500" in page and "HTTP 200" in page and "&#34;ok&#34;: true" in page


@pytest.fixture
def app(eager):
    """The app the live server serves here: Celery eager, so a test event reaches the receiver at once."""
    from web import create_app

    return create_app(eager, {"TESTING": True})


@pytest.mark.browser
@pytest.mark.slow
def test_admin_registers_a_webhook_in_a_browser(live_server, browser, sign_in_page, world, factories, receiver):
    """In Chromium: the admin opens Webhooks from the navigation, registers the receiver, copies the
    secret shown once, sends a test event (500, then 200) and reads both answers in the log; a write
    token is made on the API tokens page."""
    from pathlib import Path

    from qa_service import webhooks

    shots = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    receiver.codes = [500]
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in_page(page, live_server, "admin", factories.PASSWORD)
    page.get_by_role("link", name="Webhooks").click()
    page.get_by_label("Receiver URL").fill(receiver.url)
    page.get_by_label("dispute.resolved").uncheck()
    page.get_by_label("Description").fill("CRM sync")
    page.get_by_role("button", name="Register").click()
    page.wait_for_load_state("networkidle")
    secret = page.locator("#webhook-secret").inner_text().strip()
    assert secret.startswith("whsec_")
    page.get_by_role("button", name="Send a test event").click()
    page.wait_for_load_state("networkidle")
    page.get_by_text("Attempts and answers").first.click()
    page.screenshot(path=str(shots / "webhook-detail.png"), full_page=True)
    assert len(receiver.requests) == 2
    assert webhooks.verify(secret, receiver.requests[-1]["headers"]["X-QA-Signature"], receiver.requests[-1]["body"])
    log = page.locator("table").last.inner_text()
    assert "ping" in log and "delivered" in log and "HTTP 500" in log and "HTTP 200" in log
    assert page.locator("#webhook-secret").count() == 0  # shown once
    page.goto(f"{live_server}/admin/webhooks/")
    page.screenshot(path=str(shots / "webhooks.png"), full_page=True)
    assert "CRM sync" in page.content() and "dispute.resolved" not in page.locator("table").inner_text()

    page.get_by_role("link", name="API tokens").click()
    page.get_by_label("Name").fill("Amazon Connect")
    page.get_by_label("Scope").select_option("write")
    page.get_by_role("button", name="Create token").click()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(shots / "api-tokens.png"), full_page=True)
    assert page.locator("#new-token").inner_text().startswith("qa_")
    assert "write" in page.locator("table").inner_text()
    assert not errors


@pytest.mark.slow
def test_a_real_worker_retries_after_its_countdown(settings, world, factories, receiver, tmp_path):
    """No eager mode: a ``celery worker`` (the embedded broker) scores a call, sends ``call.scored``,
    gets a 500, schedules the retry with its countdown and delivers on the second attempt."""
    from qa_service import ingest, pipeline, scorecard_versions
    from qa_service.celery_app import make_celery, start_worker_process, stop_worker_process
    from qa_service.db.session import session_scope

    settings = settings.with_overrides(webhook_retry_base_s=1.0)
    receiver.codes = [500]
    hook_id, secret = _register(settings, receiver.url, ["call.scored"])
    data = {**factories.sample_data(factories.GOOD_SAMPLE), "call_id": "worker-1"}
    path = tmp_path / "worker-1.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    app = make_celery(settings)
    with session_scope(settings) as s:
        version = scorecard_versions.latest_version(s, "default") or scorecard_versions.from_settings(s, settings)
        _, work = ingest.submit_files(s, [path], version)
    pipeline.enqueue(app, work)
    worker = start_worker_process(settings, queues=("score",))
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(receiver.requests) < 2:
            time.sleep(0.5)
    finally:
        stop_worker_process(worker)
    assert len(receiver.requests) == 2, _deliveries(settings, hook_id)
    first, second = receiver.requests
    assert second["at"] - first["at"] >= 0.9  # the retry waited for its countdown
    assert json.loads(second["body"])["data"]["call"]["call_id"] == "worker-1"
    from qa_service import webhooks

    assert webhooks.verify(secret, second["headers"]["X-QA-Signature"], second["body"])
    (delivery,) = _deliveries(settings, hook_id)
    assert delivery["status"] == "delivered" and [a["status_code"] for a in delivery["log"]] == [500, 200]


def test_backoff_doubles_up_to_its_cap(settings):
    from qa_service import webhooks

    s = settings.with_overrides(webhook_retry_base_s=30.0, webhook_retry_max_s=300.0)
    assert [webhooks.backoff_seconds(n, s) for n in range(1, 7)] == [30, 60, 120, 240, 300, 300]
