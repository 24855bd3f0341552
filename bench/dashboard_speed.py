"""Dashboard and export speed: every dashboard figure and a CSV export over N
stored evaluations, against loading the same evaluations as ORM rows, in one run.

    python bench/dashboard_speed.py [--evaluations 5000] [--database-url URL]

Builds a throw-away SQLite database (or a schema on --database-url) with N
evaluations copied from real scored sample calls spread over 26 weeks and
20 agents in 4 teams, then prints the median time of
``analytics.dashboard`` (all figures), of ``exports.write_export`` (CSV) and
of the baseline (``SELECT`` every current evaluation with its criteria as ORM
objects), and the ratios. Target: the whole dashboard costs at most 3x the
baseline load; the CSV export at most 2x.
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

    def baseline() -> None:
        with session_scope(settings) as s:
            s.scalars(call_list.evaluations_query().options(selectinload(EvaluationRecord.criteria))).all()

    def dashboard() -> None:
        with session_scope(settings) as s:
            analytics.dashboard(s, call_list.evaluations_query(), by="agent")

    def export() -> None:
        with session_scope(settings) as s:
            exports.write_export(s, call_list.evaluations_query(), io.StringIO(), "csv")

    timings: dict[str, list[float]] = {"baseline": [], "dashboard": [], "export": []}
    for name, f in (("baseline", baseline), ("dashboard", dashboard), ("export", export)):
        f()  # warm-up
    for _ in range(args.repeat):
        for name, f in (("baseline", baseline), ("dashboard", dashboard), ("export", export)):
            t = time.perf_counter()
            f()
            timings[name].append(time.perf_counter() - t)
    med = {k: statistics.median(v) for k, v in timings.items()}
    print(f"baseline (load evaluations + criteria as ORM rows): {med['baseline'] * 1000:.0f} ms")
    print(f"dashboard (every figure):                          {med['dashboard'] * 1000:.0f} ms  "
          f"ratio {med['dashboard'] / med['baseline']:.2f}x (target <= 3x)")
    print(f"CSV export:                                        {med['export'] * 1000:.0f} ms  "
          f"ratio {med['export'] / med['baseline']:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
