"""The per-call scoring time limit (QA_SCORE_TIME_LIMIT) holds in every worker pool, the embedded solo
pool included: one huge transcript is stopped and failed with a message naming the limit and the setting,
and the other calls of the batch (of the same chunk, too) are scored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from qa_service import ingest, pipeline
from qa_service.db.models import BatchItem, CallRecord
from qa_service.db.session import session_scope

CLI = str(Path(sys.executable).with_name("qa-service"))
# a limit far above what a normal call takes (a few hundredths of a second) and far below what the huge one does
LIMIT_S = 1.0
# utterances in the huge call (about 5 s to score on one core)
HUGE_UTTERANCES = 6000


def write_huge_call(folder: Path, factories) -> Path:
    """A long but valid call: a bundled sample said over and over, HUGE_UTTERANCES utterances in all."""
    data = factories.sample_data()
    end = max(u["end"] for u in data["utterances"]) + 1.0
    utterances, offset = [], 0.0
    while len(utterances) < HUGE_UTTERANCES:
        for u in data["utterances"]:
            utterances.append({k: v for k, v in u.items() if k != "words"}
                              | {"start": u["start"] + offset, "end": u["end"] + offset})
        offset += end
    data.update(call_id="huge-call", utterances=utterances[:HUGE_UTTERANCES])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "huge-call.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_one_chunk_scores_every_call_but_the_one_past_the_limit(tmp_path, factories, db_url):
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade

    settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"), database_url=db_url,
                             log_level="WARNING", score_time_limit=LIMIT_S)
    upgrade(settings)
    factories.write_calls(tmp_path / "in", 3)
    write_huge_call(tmp_path / "in", factories)
    with session_scope(settings) as session:
        version = factories.default_version(session)
        _, work = ingest.submit_files(session, [tmp_path / "in"], version)
    pairs = [(w.call_id, w.item_id) for w in work]
    assert len(pairs) == 4
    outcomes = pipeline.score_stage(settings, work[0].version_id, pairs)  # one chunk, one worker
    with session_scope(settings) as session:
        by_call = dict(session.execute(select(CallRecord.call_id, CallRecord.status)).all())
        huge = session.scalar(select(CallRecord).where(CallRecord.call_id == "huge-call"))
        item = session.scalar(select(BatchItem).where(BatchItem.call_id == huge.id))
        assert huge.status == "failed" and item.status == "failed"
        assert f"limit of {LIMIT_S:g} s per call (QA_SCORE_TIME_LIMIT)" in huge.error
        assert {c: s for c, s in by_call.items() if c != "huge-call"} == dict.fromkeys(
            ["call-00000", "call-00001", "call-00002"], "scored")
    assert sorted(outcomes) == ["failed", "scored", "scored", "scored"]
    # the scoring process started afresh after the timeout: a call after it is scored
    with session_scope(settings) as session:
        more_id = factories.make_call(session, call_id="after-timeout").id
    assert pipeline.score_stage(settings, work[0].version_id, [(more_id, None)]) == ["scored"]


def test_the_embedded_solo_worker_stops_a_call_past_the_limit(tmp_path, factories):
    """`qa-service batch --wait` runs the embedded worker with the solo pool, which ignores Celery's
    soft_time_limit: the limit must hold there too."""
    factories.write_calls(tmp_path / "in", 2)
    write_huge_call(tmp_path / "in", factories)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(QA_DATA_DIR=str(tmp_path / "instance"), QA_LOG_LEVEL="WARNING", QA_SCORE_TIME_LIMIT=str(LIMIT_S))
    done = subprocess.run([CLI, "batch", str(tmp_path / "in"), "--wait"], env=env, capture_output=True, text=True,
                          timeout=240)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "3 call(s): 2 scored, 1 failed, 0 skipped" in done.stdout, done.stdout + done.stderr
    assert "huge-call" in done.stdout and "QA_SCORE_TIME_LIMIT" in done.stdout


def test_without_a_limit_calls_are_scored_in_the_worker_itself(tmp_path, factories):
    from qa_service.config import load_settings
    from qa_service.time_limit import _LOCAL
    from scorecards.schema import load_scorecard
    from transcription.call import call_from_dict

    settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"), score_time_limit=0)
    before = dict(getattr(_LOCAL, "processes", {}))
    evaluation = pipeline.score_one(call_from_dict(factories.sample_data()), load_scorecard("default"), settings)
    assert evaluation.criteria and dict(getattr(_LOCAL, "processes", {})) == before  # no scoring process started
