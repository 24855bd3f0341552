"""The pipeline through real Celery workers: the embedded broker (SQLite, no
server), Redis + PostgreSQL, and a worker killed with SIGKILL mid-batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_service import ingest, pipeline, scorecard_versions
from qa_service.celery_app import make_celery, start_worker_process, stop_worker_process
from qa_service.db.migrate import upgrade
from qa_service.db.models import BatchItem, CallRecord, EvaluationRecord
from qa_service.db.session import session_scope

pytestmark = pytest.mark.slow

CLI = str(Path(sys.executable).with_name("qa-service"))
# generous: a worker process imports Celery and spaCy before its first task
WAIT_S = 180


def _env(tmp_path: Path, **qa: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update({"QA_DATA_DIR": str(tmp_path / "instance"), "QA_LOG_LEVEL": "WARNING"}, **qa)
    return env


def _submit(settings, folder):
    with session_scope(settings) as session:
        version = scorecard_versions.from_settings(session, settings)
        batch, work = ingest.submit_files(session, [folder], version)
        return batch.id, work


def _evaluations_per_call(settings) -> dict[str, int]:
    with session_scope(settings) as session:
        rows = session.execute(
            select(CallRecord.call_id, func.count(EvaluationRecord.id))
            .outerjoin(EvaluationRecord, EvaluationRecord.call_id == CallRecord.id)
            .group_by(CallRecord.call_id)
        ).all()
        return dict(rows)


def test_batch_command_with_embedded_worker(tmp_path, factories):
    factories.write_calls(tmp_path / "in", 5)
    (tmp_path / "in" / "corrupt.json").write_text("{not json", encoding="utf-8")
    env = _env(tmp_path)
    done = subprocess.run([CLI, "batch", str(tmp_path / "in"), "--wait"], env=env, capture_output=True,
                          text=True, timeout=WAIT_S)
    assert done.returncode == 1, done.stderr  # one call failed
    assert "6 call(s): 5 scored, 1 failed, 0 skipped" in done.stdout
    assert "FAILED" in done.stdout and "corrupt.json" in done.stdout and "not valid JSON" in done.stdout
    again = subprocess.run([CLI, "batch", str(tmp_path / "in"), "--wait"], env=env, capture_output=True,
                           text=True, timeout=WAIT_S)
    assert "0 scored, 1 failed, 5 skipped" in again.stdout, again.stdout + again.stderr
    out = tmp_path / "ev.jsonl"
    exported = subprocess.run([CLI, "export", "--format", "jsonl", "-o", str(out)], env=env, capture_output=True,
                              text=True, timeout=60)
    assert exported.returncode == 0, exported.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["call_id"] for r in lines) == [f"call-{i:05d}" for i in range(5)]
    assert all(r["evaluation"]["criteria"] and r["scorecard"] == "default" for r in lines)
    csv_out = subprocess.run([CLI, "export"], env=env, capture_output=True, text=True, timeout=60).stdout
    assert csv_out.splitlines()[0].startswith("call_id,started_at,duration,agent_id") and len(csv_out.splitlines()) == 6


def test_rescore_command(tmp_path, factories):
    factories.write_calls(tmp_path / "in", 3)
    cards = tmp_path / "cards"
    cards.mkdir()
    env = _env(tmp_path)
    first = subprocess.run([CLI, "batch", str(tmp_path / "in"), "--wait"], env=env, capture_output=True, text=True,
                           timeout=WAIT_S)
    assert first.returncode == 0, first.stdout + first.stderr
    n = factories.bundled_version() + 1
    (cards / "default.yaml").write_text(factories.changed_scorecard(n).to_yaml(), encoding="utf-8")
    env["QA_SCORECARDS_DIR"] = str(cards)
    wrong = subprocess.run([CLI, "rescore", "--scorecard", "default", "--version", str(n + 1)], env=env,
                           capture_output=True, text=True, timeout=60)
    assert wrong.returncode != 0 and f"give --version {n}" in wrong.stderr
    done = subprocess.run([CLI, "rescore", "--scorecard", "default", "--version", str(n), "--wait"], env=env,
                          capture_output=True, text=True, timeout=WAIT_S)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 scored, 0 failed" in done.stdout


def _running(settings, batch_id) -> int:
    with session_scope(settings) as session:
        return session.scalar(
            select(func.count()).select_from(BatchItem).where(BatchItem.batch_id == batch_id, BatchItem.status == "running")
        )


def _redis_pg_settings(tmp_path, redis_url, pg_url, **kw):
    from qa_service.config import load_settings

    settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"), broker_url=redis_url,
                             database_url=pg_url, log_level="WARNING", **kw)
    upgrade(settings)
    return settings


def _wait(settings, batch_id, process):
    return pipeline.wait_for_batch(settings, batch_id, timeout=WAIT_S, alive=lambda: process.poll() is None)


@pytest.mark.redis
@pytest.mark.postgres
def test_pipeline_through_redis_and_postgres(tmp_path, factories, redis_url, pg_url):
    settings = _redis_pg_settings(tmp_path, redis_url, pg_url)
    factories.write_calls(tmp_path / "in", 6)
    (tmp_path / "in" / "bad.json").write_text(json.dumps({"call_id": "bad", "utterances": []}), encoding="utf-8")
    batch_id, work = _submit(settings, tmp_path / "in")
    pipeline.enqueue(make_celery(settings), work)
    process = start_worker_process(settings, pool="prefork", concurrency=2, queues=("score",))
    try:
        batch = _wait(settings, batch_id, process)
    finally:
        stop_worker_process(process)
    assert (batch.scored, batch.failed, batch.skipped) == (6, 1, 0)
    counts = _evaluations_per_call(settings)
    assert counts.pop("bad") == 0
    assert set(counts.values()) == {1}


@pytest.mark.parametrize(
    "broker", ["embedded", pytest.param("redis", marks=[pytest.mark.redis, pytest.mark.postgres])]
)
def test_killed_worker_batch_finishes_with_every_call_scored_once(tmp_path, factories, broker, request):
    from qa_service.config import load_settings

    if broker == "redis":
        redis_url = request.getfixturevalue("redis_url")
        pg_url = request.getfixturevalue("pg_url")
        # a short visibility timeout so the dead worker's task comes back quickly
        settings = _redis_pg_settings(tmp_path, redis_url, pg_url, score_delay_seconds=1.0,
                                      broker_visibility_timeout=3.0)
        pool = "prefork"
    else:
        settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"), log_level="WARNING",
                                 score_delay_seconds=1.0)
        upgrade(settings)
        pool = "solo"
    count = 8
    factories.write_calls(tmp_path / "in", count)
    batch_id, work = _submit(settings, tmp_path / "in")
    pipeline.enqueue(make_celery(settings), work)

    first = start_worker_process(settings, pool=pool, concurrency=1)
    try:
        deadline = time.monotonic() + WAIT_S
        # kill mid-task: some calls stored, one taken (its item "running") but not yet stored;
        # each task sleeps 1 s between scoring and storing
        while not (pipeline.batch_progress(settings, batch_id).scored >= 3 and _running(settings, batch_id)):
            assert first.poll() is None and time.monotonic() < deadline, "the first worker never got going"
            time.sleep(0.05)
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    interrupted = pipeline.batch_progress(settings, batch_id)
    assert interrupted.status == "running" and interrupted.scored < count and _running(settings, batch_id) == 1
    if broker == "redis":
        time.sleep(settings.broker_visibility_timeout + 0.5)

    second = start_worker_process(settings, pool=pool, concurrency=1)
    try:
        batch = _wait(settings, batch_id, second)
    finally:
        stop_worker_process(second)
    assert (batch.scored, batch.failed, batch.status) == (count, 0, "done")
    counts = _evaluations_per_call(settings)
    assert len(counts) == count and set(counts.values()) == {1}
    with session_scope(settings) as session:
        assert set(session.scalars(select(CallRecord.status))) == {"scored"}
