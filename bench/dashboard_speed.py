"""Dashboard and export speed: every dashboard figure and a CSV export over N
stored evaluations, against loading the same evaluations as ORM rows, in one run.

    python bench/dashboard_speed.py [--evaluations 5000] [--database-url URL]

Builds a throw-away SQLite database (or a schema on --database-url) with N
evaluations copied from real scored sample calls spread over 26 weeks and
20 agents in 4 teams, then prints the median time of
``analytics.dashboard`` (all figures), of ``exports.write_export`` (CSV) and
of the baseline (``SELECT`` every current evaluation with its criteria as ORM
objects), and the ratios. Target: the whole dashboard costs at most 3x the
baseline load; the CSV export at most 2x. Then the dashboard read from the
weekly summary (which the writes of the build kept; checked against a
recomputation), and what keeping it costs one override (with and without
its listeners, interleaved).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build(settings, count: int) -> None:  # noqa: ANN001
    """``count`` evaluations: the sample calls scored once, their results stored for new calls.

    Everything goes through the service modules the pipeline uses: calls (with
    their transcript, dated by ``started_at``) through :mod:`qa_service.calls`,
    evaluations through :mod:`qa_service.lifecycle` (each the current one of
    its call), reviews through :mod:`qa_service.reviews`.
    """
    import json

    from sqlalchemy import select

    from qa_service import accounts, calls, lifecycle, reviews, scorecard_versions
    from qa_service.db.models import EvaluationRecord
    from qa_service.db.session import session_scope
    from qa_service.samples import sample_paths
    from scorecards.engine import score_call
    from scorecards.schema import load_scorecard
    from transcription.call import call_from_dict

    scorecard = load_scorecard("default")
    samples = [call_from_dict(json.loads(p.read_text())) for p in sample_paths()]
    results = [score_call(c, scorecard) for c in samples]
    sample_data = [c.to_dict() for c in samples]
    start = datetime(2026, 1, 5, 9, tzinfo=timezone.utc)
    chunk = 500
    with session_scope(settings) as s:
        version = scorecard_versions.register_scorecard(s, scorecard)
        teams = [accounts.get_or_create_team(s, f"Team {i}") for i in range(4)]
        agents = [accounts.get_or_create_agent(s, f"A{i:02d}", name=f"Agent {i}", team=teams[i % 4])
                  for i in range(20)]
        s.flush()
        reviewed: list[int] = []
        for first in range(0, count, chunk):
            pending = {}
            for i in range(first, min(first + chunk, count)):
                k = i % len(samples)
                data = dict(sample_data[k], call_id=f"bench-{i}",
                            started_at=(start + timedelta(hours=i * 26 * 7 * 24 / count)).isoformat(),
                            agent={"id": agents[i % 20].external_id, "name": agents[i % 20].name})
                record, _ = calls.register_call(s, content_hash=f"{i:064d}", call=calls.stored_call(data))
                pending[record.id] = results[k]
                if i % 10 == 0:
                    reviewed.append(record.id)
            calls.set_status(s, list(pending), "scored")
            lifecycle.store_results(s, version, pending)
        for ev in s.scalars(select(EvaluationRecord).where(EvaluationRecord.call_id.in_(reviewed))):
            reviews.set_review_state(s, ev, "completed")
        accounts.create_user(s, "bench-admin", "bench-password-123", "admin")


def overrides(settings, n: int, *, offset: int) -> float:  # noqa: ANN001
    """Seconds for ``n`` overrides, one transaction each (what a trainer's click costs)."""
    from sqlalchemy import select

    from qa_service import reviews
    from qa_service.db.models import EvaluationRecord, User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        ids = list(s.scalars(select(EvaluationRecord.id).where(EvaluationRecord.is_current)
                             .order_by(EvaluationRecord.id).offset(offset).limit(n)))
    t = time.perf_counter()
    for ev_id in ids:
        with session_scope(settings) as s:
            ev = s.get(EvaluationRecord, ev_id)
            row = ev.criteria[0]
            reviews.override(s, ev, row.criterion_id, "fail" if row.outcome != "fail" else "pass",
                             reason="bench", user=s.scalar(select(User).where(User.username == "bench-admin")))
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--evaluations", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--database-url", default="")
    args = ap.parse_args()

    from sqlalchemy.orm import selectinload

    from qa_service import analytics, call_list, exports
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade
    from qa_service.db.models import EvaluationRecord
    from qa_service.db.session import session_scope

    folder = tempfile.mkdtemp(prefix="qa-bench-")
    settings = load_settings(environ={}, data_dir=folder, database_url=args.database_url, log_level="WARNING")
    upgrade(settings)
    t0 = time.perf_counter()
    build(settings, args.evaluations)
    print(f"built {args.evaluations} evaluations in {time.perf_counter() - t0:.1f} s ({settings.effective_database_url.split(':')[0]})")
    with session_scope(settings) as s:
        shown = analytics.dashboard(s, call_list.evaluations_query(), by="agent").evaluations
    if shown != args.evaluations:
        raise SystemExit(f"the dashboard sees {shown} of the {args.evaluations} evaluations built; "
                         "are they current and dated?")

    from sqlalchemy import event, select
    from sqlalchemy.orm import Session

    from qa_service import weekly_summary
    from qa_service.db.models import User

    with session_scope(settings) as s:
        problems = weekly_summary.differences(s)
    print(f"weekly summary kept by the writes above: {'equal to a recomputation' if not problems else problems[:3]}")

    def summary() -> None:
        with session_scope(settings) as s:
            user = s.scalar(select(User).where(User.username == "bench-admin"))
            analytics.dashboard_for(s, user, call_list.CallFilters(), by="agent")

    def baseline() -> None:
        with session_scope(settings) as s:
            s.scalars(call_list.evaluations_query().options(selectinload(EvaluationRecord.criteria))).all()

    def dashboard() -> None:
        with session_scope(settings) as s:
            analytics.dashboard(s, call_list.evaluations_query(), by="agent")

    def export() -> None:
        with session_scope(settings) as s:
            exports.write_export(s, call_list.evaluations_query(), io.StringIO(), "csv")

    timings: dict[str, list[float]] = {"baseline": [], "dashboard": [], "summary": [], "export": []}
    steps = (("baseline", baseline), ("dashboard", dashboard), ("summary", summary), ("export", export))
    for name, f in steps:
        f()  # warm-up
    for _ in range(args.repeat):
        for name, f in steps:
            t = time.perf_counter()
            f()
            timings[name].append(time.perf_counter() - t)
    med = {k: statistics.median(v) for k, v in timings.items()}
    print(f"baseline (load evaluations + criteria as ORM rows): {med['baseline'] * 1000:.0f} ms")
    print(f"dashboard (every figure):                          {med['dashboard'] * 1000:.0f} ms  "
          f"ratio {med['dashboard'] / med['baseline']:.2f}x (target <= 3x)")
    print(f"dashboard from the weekly summary (admin):         {med['summary'] * 1000:.0f} ms  "
          f"{med['dashboard'] / med['summary']:.1f}x faster than from the rows")
    print(f"CSV export:                                        {med['export'] * 1000:.0f} ms  "
          f"ratio {med['export'] / med['baseline']:.2f}x (target <= 2x)")


    # what keeping the summary costs a write: overrides with its listeners and without them, interleaved
    listeners = [(name, fn) for name, fn in weekly_summary._LISTENERS]
    kept, bare = [], []
    for r in range(3):
        kept.append(overrides(settings, 20, offset=40 * r))
        for name, fn in listeners:
            event.remove(Session, name, fn)
        try:
            bare.append(overrides(settings, 20, offset=40 * r + 20))
        finally:
            weekly_summary.install()
    with session_scope(settings) as s:
        weekly_summary.rebuild(s)  # the overrides made without the listeners left it behind
    k, b = statistics.median(kept) / 20, statistics.median(bare) / 20
    print(f"an override (one transaction): {k * 1000:.1f} ms with the summary kept, {b * 1000:.1f} ms without "
          f"({(k / b - 1) * 100:+.0f} %)")


if __name__ == "__main__":
    main()
