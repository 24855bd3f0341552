"""Concurrent writes on PostgreSQL: two web processes and two Celery workers at once.

Trainers override different criteria of one evaluation at the same instant
(one request to each web process), resolve disputes while another criterion
is overridden, upload the same files to both processes, and override
evaluations that a re-score is replacing right now. Afterwards every stored
evaluation's score and pass must equal a recomputation from its own criterion
rows, and every override the service accepted must show on the call's
current evaluation.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.slow]

PASSWORD = "correct horse battery"
# calls whose evaluation gets two overrides at once (wave 1) / during the re-score (wave 2)
WAVE1, WAVE2, DISPUTED = 16, 10, 6
# seconds a process may take to start (imports), and the whole run to settle
START_S, SETTLE_S = 60, 90
# seconds between the pairs of overrides sent while the re-score runs
STAGGER_S = 0.3
_CSRF = re.compile(r'name="csrf-token" content="([^"]+)"')
SERVE = (
    "import sys\n"
    "from werkzeug.serving import make_server\n"
    "from web import create_app\n"
    "server = make_server('127.0.0.1', 0, create_app(), threaded=True)\n"
    "print(server.server_port, flush=True)\n"
    "server.serve_forever()\n"
)


def _settings(tmp_path, pg_url, redis_url):
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade

    settings = load_settings(
        environ={}, data_dir=str(tmp_path / "instance"), database_url=pg_url, broker_url=redis_url,
        log_level="WARNING", secret_key="concurrency-test-secret-0123456789abcdef",
        login_rate_limit="10000 per minute",
    )
    upgrade(settings)
    return settings


def _world(settings, factories) -> dict:
    """An admin, an agent with shared reviews, and WAVE1 + WAVE2 + DISPUTED scored calls."""
    from qa_service import accounts, calls, lifecycle, reviews, scorecard_versions
    from qa_service.db.models import EvaluationRecord
    from qa_service.db.session import session_scope
    from scorecards.engine import score_call
    from transcription.call import call_from_dict

    with session_scope(settings) as s:
        agent = accounts.get_or_create_agent(s, "AG-C", name="Cora Agent")
        admin = accounts.create_user(s, "admin", PASSWORD, "admin")
        agent_user = accounts.create_user(s, "agent", PASSWORD, "agent", agent=agent)
        version = factories.default_version(s)
        card = scorecard_versions.scorecard_for_version(version)
        scored = {}
        evaluation_ids = []
        for i in range(WAVE1 + WAVE2 + DISPUTED):
            name = factories.GOOD_SAMPLE if i % 2 else factories.POOR_SAMPLE
            data = factories.sample_data(name)
            data["call_id"] = f"conc-{i:03d}"
            data["agent"] = {"id": "AG-C", "name": "Cora Agent"}
            call = call_from_dict(data)
            record, _ = calls.register_call(s, content_hash=f"conc-{i:03d}", call=call)
            if name not in scored:
                scored[name] = score_call(call, card)
            evaluation, _ = lifecycle.store_result(s, record, version,
                                                   dataclasses.replace(scored[name], call_id=call.call_id))
            evaluation_ids.append(evaluation.id)
        disputes = []
        for evaluation_id in evaluation_ids[WAVE1 + WAVE2:]:
            evaluation = s.get(EvaluationRecord, evaluation_id)
            reviews.share_review(s, evaluation, user=admin)
            disputes.append(reviews.open_dispute(s, evaluation, "empathy", user=agent_user,
                                                 comment="I did say I was sorry").id)
        s.flush()
        outcomes = {}
        for evaluation_id in evaluation_ids:
            ev = s.get(EvaluationRecord, evaluation_id)
            outcomes[evaluation_id] = {c.criterion_id: c.outcome for c in ev.criteria}
            outcomes[evaluation_id]["call_pk"] = ev.call_id
        return {"evaluations": evaluation_ids, "disputes": disputes, "outcomes": outcomes}


class Web:
    """A web process started with ``settings`` (its own interpreter, its own connection pool)."""

    def __init__(self, settings, log: Path) -> None:
        from qa_service.config import child_environ

        self.log = open(log, "wb")
        self.process = subprocess.Popen([sys.executable, "-c", SERVE], env=child_environ(settings),
                                        stdout=subprocess.PIPE, stderr=self.log)
        self.port = None

    def wait(self) -> str:
        line = self.process.stdout.readline().decode().strip()
        assert line.isdigit(), f"web process did not start: {line!r} (see {self.log.name})"
        self.port = int(line)
        return self.base

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def _signed_in(base: str, username: str):
    import requests

    client = requests.Session()
    # every thread of the test may talk to this process at once
    client.mount("http://", requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=64))
    page = client.get(f"{base}/login", timeout=30).text
    token = _CSRF.search(page).group(1)
    done = client.post(f"{base}/login", data={"username": username, "password": PASSWORD, "csrf_token": token},
                       timeout=30, allow_redirects=False)
    assert done.status_code == 302, done.text[:500]
    client.headers["X-CSRFToken"] = _CSRF.search(client.get(f"{base}/", timeout=30).text).group(1)
    return client


def _flip(outcome: str) -> str:
    return "fail" if outcome == "pass" else "pass"


def _at_once(jobs) -> list:
    """Run callables in threads released together by one barrier; returns their results in order."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def run(i, job):
        barrier.wait()
        try:
            results[i] = job()
        except Exception as e:  # noqa: BLE001 - reported by the caller's assertions
            results[i] = e

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results


def _override(client, base, call_pk, evaluation_id, criterion, outcome, *, delay=0.0):
    def go():
        time.sleep(delay)
        r = client.post(f"{base}/calls/{call_pk}/evaluations/{evaluation_id}/override",
                        data={"criterion": criterion, "outcome": outcome, "reason": "heard it on the recording"},
                        headers={"Accept": "application/json"}, timeout=60, allow_redirects=False)
        return ("override", evaluation_id, call_pk, criterion, outcome, r.status_code, r.text[:300])
    return go


def _resolve(client, base, call_pk, evaluation_id, dispute_id):
    def go():
        r = client.post(f"{base}/calls/{call_pk}/disputes/{dispute_id}/resolve",
                        data={"decision": "accept", "comment": "you did, well done"}, timeout=60,
                        allow_redirects=False)
        return ("resolve", evaluation_id, call_pk, "empathy", None, r.status_code, r.text[:300])
    return go


def _upload(client, base, folder: Path, version_id: int):
    def go():
        files = [("files", (p.name, p.read_bytes(), "application/json")) for p in sorted(folder.iterdir())]
        r = client.post(f"{base}/uploads/", data={"scorecard_version": str(version_id)}, files=files, timeout=60,
                        allow_redirects=False)
        return ("upload", None, None, None, None, r.status_code, r.headers.get("Location", r.text[:300]))
    return go


def _wait_ready(settings, workers, timeout=START_S):
    from qa_service.celery_app import make_celery

    app = make_celery(settings)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for w in workers:
            assert w.poll() is None, "a worker died while starting"
        if len(app.control.ping(timeout=1.0)) >= len(workers):
            return app
    raise AssertionError("the workers did not answer a ping")


def test_concurrent_overrides_disputes_rescores_and_uploads(tmp_path, factories, pg_url, redis_url):
    from qa_service import publishing, scorecard_versions
    from qa_service.celery_app import start_worker_process, stop_worker_process
    from qa_service.db.models import Batch, CallRecord, CriterionResultRecord, EvaluationRecord, Override
    from qa_service.db.session import session_scope
    from qa_service.pipeline import enqueue
    from qa_service.scorecard_versions import scorecard_for_version
    from scorecards.engine import rescore_outcomes

    settings = _settings(tmp_path, pg_url, redis_url)
    world = _world(settings, factories)
    uploads = tmp_path / "upload"
    factories.write_calls(uploads, 3, prefix="uploaded")
    (uploads / "broken.json").write_text("{not json", encoding="utf-8")

    webs = [Web(settings, tmp_path / f"web{i}.log") for i in range(2)]
    workers = [start_worker_process(settings, pool="solo", queues=("score",), hostname=f"conc{i}@%h")
               for i in range(2)]
    try:
        bases = [w.wait() for w in webs]
        app = _wait_ready(settings, workers)
        clients = [_signed_in(b, "admin") for b in bases]
        out = world["outcomes"]
        evs = world["evaluations"]
        with session_scope(settings) as s:
            v3 = factories.default_version(s).id

        # wave 1: two criteria of one evaluation at the same instant, one on each web process; disputes accepted
        # on one process while the other overrides another criterion; the same upload on both processes
        jobs = []
        for ev in evs[:WAVE1]:
            o = out[ev]
            jobs.append(_override(clients[0], bases[0], o["call_pk"], ev, "follow_up", _flip(o["follow_up"])))
            jobs.append(_override(clients[1], bases[1], o["call_pk"], ev, "closing", _flip(o["closing"])))
        for ev, dispute in zip(evs[WAVE1 + WAVE2:], world["disputes"]):
            o = out[ev]
            jobs.append(_resolve(clients[0], bases[0], o["call_pk"], ev, dispute))
            jobs.append(_override(clients[1], bases[1], o["call_pk"], ev, "paraphrase", _flip(o["paraphrase"])))
        jobs += [_upload(clients[0], bases[0], uploads, v3), _upload(clients[1], bases[1], uploads, v3)]
        results = _at_once(jobs)

        # a new version is published and re-scores every call while trainers override the old evaluations
        with session_scope(settings) as s:
            v4 = scorecard_versions.register_scorecard(s, factories.changed_scorecard(factories.bundled_version() + 1))
            rescore, work = publishing.queue_rescore(s, v4)
            rescore_id = rescore.id
        enqueue(app, work, chunk_size=2)
        deadline = time.monotonic() + SETTLE_S
        while time.monotonic() < deadline:
            with session_scope(settings) as s:
                if s.scalar(select(func.count()).select_from(EvaluationRecord)
                            .where(EvaluationRecord.scorecard_version_id == v4.id)):
                    break
            time.sleep(0.05)
        # pair k a little after pair k-1, so that some land before their call is re-scored and some after
        jobs = []
        for k, ev in enumerate(evs[WAVE1:WAVE1 + WAVE2]):
            o = out[ev]
            jobs.append(_override(clients[0], bases[0], o["call_pk"], ev, "follow_up", _flip(o["follow_up"]),
                                  delay=k * STAGGER_S))
            jobs.append(_override(clients[1], bases[1], o["call_pk"], ev, "closing", _flip(o["closing"]),
                                  delay=k * STAGGER_S))
        results += _at_once(jobs)

        deadline = time.monotonic() + SETTLE_S
        while time.monotonic() < deadline:
            with session_scope(settings) as s:
                if not s.scalar(select(func.count()).select_from(Batch).where(Batch.status != "done")):
                    break
            time.sleep(0.2)
        else:
            raise AssertionError("batches did not finish")
    finally:
        for w in webs:
            w.stop()
        for w in workers:
            stop_worker_process(w)

    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors
    # every request got an answer it meant: accepted, or (an override of an evaluation re-scored meanwhile)
    # refused with a message that says so
    for kind, ev, call_pk, criterion, outcome, status, body in results:
        if kind == "upload":
            assert status == 302 and "/uploads/batches/" in body, body
        elif status == 403:
            assert ev in evs[WAVE1:WAVE1 + WAVE2] and "re-scored" in body, body
        else:
            assert status in (200, 302), (kind, ev, status, body)

    with session_scope(settings) as s:
        mismatched = []
        for evaluation in s.scalars(select(EvaluationRecord).order_by(EvaluationRecord.id)):
            rows = s.scalars(select(CriterionResultRecord).where(CriterionResultRecord.evaluation_id == evaluation.id)
                             .order_by(CriterionResultRecord.position)).all()
            totals = rescore_outcomes(scorecard_for_version(evaluation.scorecard_version),
                                      [{"id": c.criterion_id, "outcome": c.outcome} for c in rows])
            if abs(totals["score"] - evaluation.score) > 1e-6 or bool(totals["passed"]) != evaluation.passed:
                mismatched.append((evaluation.id, evaluation.call.call_id, evaluation.score, totals["score"]))
        assert not mismatched, f"{len(mismatched)} evaluation(s) whose score is not their criteria's: {mismatched}"

        # one current evaluation per call, one evaluation per call and version
        per_call = dict(s.execute(select(EvaluationRecord.call_id, func.count()).where(EvaluationRecord.is_current)
                                  .group_by(EvaluationRecord.call_id)).all())
        assert set(per_call.values()) == {1}
        pairs = s.execute(select(EvaluationRecord.call_id, EvaluationRecord.scorecard_version_id, func.count())
                          .group_by(EvaluationRecord.call_id, EvaluationRecord.scorecard_version_id)).all()
        assert {n for _, _, n in pairs} == {1}

        # an accepted override shows on the call's current evaluation (carried there when it was re-scored)
        lost = []
        for kind, ev, call_pk, criterion, outcome, status, _ in results:
            if kind != "override" or status != 200:
                continue
            current = s.scalar(select(EvaluationRecord).where(EvaluationRecord.call_id == call_pk,
                                                              EvaluationRecord.is_current))
            row = next(c for c in current.criteria if c.criterion_id == criterion)
            if row.outcome != outcome:
                lost.append((ev, criterion, outcome, current.id, row.outcome))
        assert not lost, f"accepted overrides missing from the current evaluation: {lost}"
        # each accepted dispute left its override
        accepted = s.scalar(select(func.count()).select_from(Override).where(Override.reason.like("dispute #%")))
        assert accepted >= DISPUTED

        # the same upload on both processes stored each file once; the broken file failed on its own
        uploaded = s.scalars(select(CallRecord.call_id).where(CallRecord.call_id.like("uploaded%"))).all()
        assert sorted(uploaded) == sorted(set(uploaded)) and len(uploaded) == 3
        # the re-score scored every stored call once (those uploaded before it included)
        assert s.scalar(select(Batch.scored).where(Batch.id == rescore_id)) == len(evs) + 3


# --- the same races, two sessions in one process, step by step -------------------------------------------


@pytest.fixture
def pg_settings(tmp_path, pg_url):
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade

    settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"), database_url=pg_url,
                             log_level="WARNING")
    upgrade(settings)
    return settings


def _two_sessions(settings, factories):
    from qa_service.db.models import EvaluationRecord
    from qa_service.db.session import session_factory, session_scope

    with session_scope(settings) as s:
        evaluation = factories.make_evaluation(s)
        user = factories.make_user(s, "trainer", role="admin")
        ids = evaluation.id, user.id
    make = session_factory(settings)
    sessions = [make(), make()]
    loaded = [(x, x.get(EvaluationRecord, ids[0])) for x in sessions]
    for _, ev in loaded:
        assert len(ev.criteria) > 2  # both requests have read the criterion rows
    return loaded, ids[1]


def test_two_overrides_recompute_from_each_others_rows(pg_settings, factories):
    from qa_service import reviews
    from qa_service.db.models import EvaluationRecord, User
    from qa_service.db.session import session_scope
    from qa_service.scorecard_versions import scorecard_for_version
    from scorecards.engine import rescore_outcomes

    (a, ev_a), (b, ev_b) = _two_sessions(pg_settings, factories)[0]
    try:
        for x, ev, criterion in ((a, ev_a, "follow_up"), (b, ev_b, "closing")):
            row = next(c for c in ev.criteria if c.criterion_id == criterion)
            reviews.override(x, ev, criterion, _flip(row.outcome), reason="heard it", user=x.scalars(
                select(User).where(User.username == "trainer")).one())
            x.commit()
    finally:
        a.close()
        b.close()
    with session_scope(pg_settings) as s:
        ev = s.get(EvaluationRecord, ev_a.id)
        totals = rescore_outcomes(scorecard_for_version(ev.scorecard_version),
                                  [{"id": c.criterion_id, "outcome": c.outcome} for c in ev.criteria])
        assert sum(c.overridden for c in ev.criteria) == 2
        assert (ev.score, ev.passed) == (pytest.approx(totals["score"]), totals["passed"])


def test_override_of_an_evaluation_rescored_meanwhile_is_refused(pg_settings, factories):
    from qa_service import calls, lifecycle, reviews, scorecard_versions
    from qa_service.db.models import User
    from qa_service.errors import Forbidden
    from scorecards.engine import score_call

    (web, ev), (worker, old) = _two_sessions(pg_settings, factories)[0]
    try:
        version = scorecard_versions.register_scorecard(
            worker, factories.changed_scorecard(factories.bundled_version() + 1))
        result = score_call(calls.load_call(old.call), scorecard_versions.scorecard_for_version(version))
        new, created = lifecycle.store_result(worker, old.call, version, result)
        assert created
        worker.commit()
        trainer = web.scalars(select(User).where(User.username == "trainer")).one()
        with pytest.raises(Forbidden, match=rf"re-scored with default v{version.version} \(evaluation #{new.id}\)"):
            reviews.override(web, ev, "closing", "fail", reason="heard it", user=trainer)
    finally:
        web.close()
        worker.close()


def test_rescore_carries_an_override_committed_after_it_read_the_old_evaluation(pg_settings, factories):
    from qa_service import calls, lifecycle, reviews, scorecard_versions
    from qa_service.db.models import User
    from scorecards.engine import score_call

    (web, ev), (worker, old) = _two_sessions(pg_settings, factories)[0]
    try:
        assert not old.overrides  # the worker's copy: no override yet
        version = scorecard_versions.register_scorecard(
            worker, factories.changed_scorecard(factories.bundled_version() + 1))
        worker.commit()
        trainer = web.scalars(select(User).where(User.username == "trainer")).one()
        closing = next(c for c in ev.criteria if c.criterion_id == "closing")
        wanted = _flip(closing.outcome)
        reviews.override(web, ev, "closing", wanted, reason="heard it", user=trainer)
        web.commit()
        result = score_call(calls.load_call(old.call), scorecard_versions.scorecard_for_version(version))
        new, _ = lifecycle.store_result(worker, old.call, version, result)
        worker.commit()
        assert next(c for c in new.criteria if c.criterion_id == "closing").outcome == wanted
        assert "carried from v" in next(o for o in new.overrides if o.criterion_id == "closing").reason
    finally:
        web.close()
        worker.close()
