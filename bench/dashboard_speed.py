"""Dashboard and export speed: every dashboard figure and a CSV export over N
stored evaluations, against loading the same evaluations as ORM rows, in one run.

    python bench/dashboard_speed.py [--evaluations 5000] [--database-url URL]

Builds a throw-away SQLite database (or a schema on --database-url) with N
evaluations copied from real scored sample calls spread over 26 weeks and
20 agents in 4 teams, then prints the median time of
``analytics.dashboard`` (all figures), of ``exports.write_export`` (CSV) and
of the baseline (``SELECT`` every evaluation with its criteria as ORM
objects), and the ratios. Target: the whole dashboard costs at most 3x the
baseline load; the CSV export at most 2x.
"""

from __future__ import annotations

import argparse
import copy
import io
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build(settings, count: int) -> None:  # noqa: ANN001
    """``count`` evaluations: the sample calls scored once, their results copied onto new calls."""
    import json

    from qa_service import store
    from qa_service.db.models import CallRecord, CriterionResult, Evaluation
    from qa_service.db.session import session_scope
    from qa_service.samples import sample_paths
    from scorecards.engine import score_call
    from scorecards.schema import load_scorecard
    from transcription.call import call_from_dict

    scorecard = load_scorecard("default")
    results = [score_call(call_from_dict(json.loads(p.read_text())), scorecard).to_dict() for p in sample_paths()]
    start = datetime(2026, 1, 5, 9, tzinfo=timezone.utc)
    with session_scope(settings) as s:
        version = store.register_scorecard(s, scorecard)
        teams = [store.get_or_create_team(s, f"Team {i}") for i in range(4)]
        agents = [store.get_or_create_agent(s, f"A{i:02d}", name=f"Agent {i}", team=teams[i % 4]) for i in range(20)]
        s.flush()
        for i in range(count):
            result = copy.deepcopy(results[i % len(results)])
            call = CallRecord(call_id=f"bench-{i}", content_hash=f"{i:064d}", status="scored",
                              agent_id=agents[i % 20].id, started_at=start + timedelta(hours=i * 26 * 7 * 24 / count))
            ev = Evaluation(call=call, scorecard_version_id=version.id, score=result["score"], passed=result["passed"],
                            auto_failed=result["auto_failed"], auto_score=result["score"], auto_passed=result["passed"],
                            result=result, review_state="completed" if i % 10 == 0 else "pending")
            ev.criteria = [CriterionResult(criterion_id=c["id"], section=c["section"], position=j, outcome=c["outcome"],
                                           points=c["points"], max_points=c["max_points"], auto_outcome=c["outcome"],
                                           auto_points=c["points"]) for j, c in enumerate(result["criteria"])]
            s.add(ev)
            if i % 500 == 499:
                s.flush()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--evaluations", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--database-url", default="")
    args = ap.parse_args()

    from sqlalchemy.orm import selectinload

    from qa_service import analytics, exports, store
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade
    from qa_service.db.models import Evaluation
    from qa_service.db.session import session_scope

    folder = tempfile.mkdtemp(prefix="qa-bench-")
    settings = load_settings(environ={}, data_dir=folder, database_url=args.database_url, log_level="WARNING")
    upgrade(settings)
    t0 = time.perf_counter()
    build(settings, args.evaluations)
    print(f"built {args.evaluations} evaluations in {time.perf_counter() - t0:.1f} s ({settings.effective_database_url.split(':')[0]})")

    def baseline() -> None:
        with session_scope(settings) as s:
            s.scalars(store.evaluations_query().options(selectinload(Evaluation.criteria))).all()

    def dashboard() -> None:
        with session_scope(settings) as s:
            analytics.dashboard(s, store.evaluations_query(), by="agent")

    def export() -> None:
        with session_scope(settings) as s:
            exports.write_export(s, store.evaluations_query(), io.StringIO(), "csv")

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
