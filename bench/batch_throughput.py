"""Batch throughput through Redis + PostgreSQL with 1 and 2 worker processes.

Generates N transcripts from the bundled sample calls (new call ids), then:

1. baseline: parses and scores all of them in this process (no queue, no database);
2. registers them (the ingest step the CLI runs) and lets one worker process
   (``celery worker --pool=prefork --concurrency=1``) score them through Redis,
   storing everything in PostgreSQL;
3. the same with two worker processes.

Prints calls per second for each, the speed-up from the second worker, and
the per-task overhead of the queued path relative to the in-process baseline.
Targets: overhead under 25 %, a second worker adding at least 70 % on a
2-core machine.

    python bench/batch_throughput.py               # 2,000 calls
    python bench/batch_throughput.py --calls 300   # quicker

Needs Redis at 127.0.0.1:6379 and PostgreSQL at 127.0.0.1:5432 (database
``test``); each run uses a fresh schema and a Redis database of its own, and
drops both afterwards.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REDIS_URL = "redis://127.0.0.1:6379/14"


def generate_calls(folder: Path, count: int) -> list[Path]:
    """``count`` canonical call files made from the bundled samples, each with a new id."""
    from qa_service.samples import write_sample_copies

    return write_sample_copies(folder, count, prefix="bench")


def in_process(paths: list[Path], scorecard_id: str) -> float:
    """Seconds to parse and score every call in this process (models loaded beforehand)."""
    from scorecards.engine import score_call
    from scorecards.schema import load_scorecard
    from transcription.importers import load_transcript

    scorecard = load_scorecard(scorecard_id)
    score_call(load_transcript(paths[0]), scorecard)  # load spaCy/VADER outside the timing
    start = time.perf_counter()
    for path in paths:
        score_call(load_transcript(path), scorecard).to_dict()
    return time.perf_counter() - start


def queued(paths: list[Path], workers: int, base_settings) -> tuple[float, float]:  # noqa: ANN001
    """(seconds for the workers to score every call, seconds to register them) on a fresh schema."""
    import sqlalchemy as sa

    from qa_service import ingest, pipeline, scorecard_versions
    from qa_service.celery_app import make_celery, start_worker_process, stop_worker_process

    pipeline.POLL_INTERVAL_S = 0.1  # finer timing than the CLI's progress bar needs
    from qa_service.db.migrate import upgrade
    from qa_service.db.session import forget_engines, session_scope

    schema = f"qa_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    settings = base_settings.with_overrides(database_url=f"{PG_URL}?options=-csearch_path%3D{schema}")
    processes = []
    try:
        upgrade(settings)
        app = make_celery(settings)
        processes = [start_worker_process(settings, pool="prefork", concurrency=1, queues=("score",),
                                          hostname=f"bench{i}@%h", loglevel="ERROR") for i in range(workers)]
        # warm-up: every worker loads spaCy and the scorecard before the clock starts
        with tempfile.TemporaryDirectory() as warm:
            warm_paths = generate_calls(Path(warm), 4 * workers)
            for p in warm_paths:
                p.write_text(p.read_text().replace('"bench-', '"warm-'), encoding="utf-8")
            with session_scope(settings) as session:
                version = scorecard_versions.from_settings(session, settings)
                batch, work = ingest.submit_files(session, warm_paths, version)
                warm_id = batch.id
            pipeline.enqueue(app, work)
            pipeline.wait_for_batch(settings, warm_id, timeout=300)
        start = time.perf_counter()
        with session_scope(settings) as session:
            version = scorecard_versions.from_settings(session, settings)
            batch, work = ingest.submit_files(session, paths, version)
            batch_id = batch.id
        registered = time.perf_counter() - start
        start = time.perf_counter()
        pipeline.enqueue(app, work)
        done = pipeline.wait_for_batch(settings, batch_id, timeout=3600,
                                       alive=lambda: all(p.poll() is None for p in processes))
        elapsed = time.perf_counter() - start
        if done.scored != len(paths):
            raise SystemExit(f"only {done.scored} of {len(paths)} calls were scored ({done.failed} failed)")
        return elapsed, registered
    finally:
        for p in processes:
            stop_worker_process(p)
        forget_engines()
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000, help="number of calls (default 2000)")
    parser.add_argument("--scorecard", default="default", help="scorecard id (default: default)")
    args = parser.parse_args(argv)

    import redis

    from qa_service.config import load_settings

    try:
        client = redis.Redis.from_url(REDIS_URL)
        client.flushdb()
    except redis.exceptions.ConnectionError as e:
        print(f"Redis is not reachable at {REDIS_URL}: {e}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        base = load_settings(environ={}, data_dir=tmp, broker_url=REDIS_URL, log_level="ERROR",
                             scorecard=args.scorecard)
        paths = generate_calls(Path(tmp), args.calls)
        print(f"{len(paths)} calls, scorecard {args.scorecard}")
        # the baseline is measured before and after the queued runs and averaged, so that a
        # busy moment of the machine does not favour either side
        t_before = in_process(paths, args.scorecard)
        print(f"in-process scoring:         {t_before:7.1f} s  {len(paths) / t_before:7.1f} calls/s  (baseline)")
        # no FLUSHDB between runs: kombu remembers the queues it declared per process, and would
        # not declare them again
        t_one, reg_one = queued(paths, 1, base)
        print(f"1 worker (Redis+PostgreSQL): {t_one:6.1f} s  {len(paths) / t_one:7.1f} calls/s  "
              f"(registering the files took {reg_one:.1f} s)")
        t_two, reg_two = queued(paths, 2, base)
        print(f"2 workers:                  {t_two:7.1f} s  {len(paths) / t_two:7.1f} calls/s")
        t_after = in_process(paths, args.scorecard)
        print(f"in-process scoring again:   {t_after:7.1f} s  {len(paths) / t_after:7.1f} calls/s")
        t_base = (t_before + t_after) / 2
    overhead = t_one / t_base - 1
    speedup = t_one / t_two
    print(f"per-task overhead vs in-process: {overhead:+.1%}  ({(t_one - t_base) / len(paths) * 1000:.1f} ms per call; "
          "target < +25%)")
    print(f"speed-up from the second worker: x{speedup:.2f}  (+{speedup - 1:.0%}; target >= +70%)")
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
