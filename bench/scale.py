"""Scale: the web UI and the API over 20,000 or 100,000 stored calls, against the targets.

    python bench/scale.py [--calls 20000] [--db sqlite|postgres|both] [--repeat 20] [--clients 8]
                          [--workers 8] [--skip-server] [--skip-app] [--skip-walk] [--no-jsonl]
                          [--dashboards-only | --lists-only] [--keep DIR]

For each database it builds a throw-away one (SQLite: a file in a temporary
QA_DATA_DIR, the embedded default; PostgreSQL: a fresh schema in the database
``test`` at 127.0.0.1:5432, dropped at the end; with ``--keep DIR`` both are kept
and a later run with the same DIR measures them again, to compare code on the
same rows) with ``--calls`` scored calls:
bulk inserts through the project's models of calls spread over 30 weeks,
96 agents in 8 teams (and a few without a team), three versions of the default
scorecard (older calls scored with older versions, some re-scored so they keep
their history), criterion rows with a realistic spread of outcomes, 5 % of the
evaluations reviewed and 3 % overridden, an open dispute here and there. The
evaluation results (evidence, metrics) are those of the bundled sample calls
scored by the real engine.

Then it measures with the real Flask app:

* single-request latency with the test client (p50/p95 of ``--repeat`` runs):
  the dashboard for 26 weeks by agent (admin and a trainer), computed for each
  request (the dashboards the process keeps forgotten first, as after any
  change to the evaluations) and kept (the same page again, nothing changed);
  its figures read from the weekly summary against the same figures computed
  from the rows, in one run (the bulk load is summarised afterwards as the
  migration does); the call list
  (first page, each sort, filters, deep pages by ``?after=`` cursor as the UI's
  "Next" links make them and by ``?page=N``), the disputes list and the API's list;
* the CSV export of every evaluation (time to the last byte, and that it is a
  streamed response) and the JSON Lines export (time, and the growth of
  Python's traced memory while it streams, which must stay far below its size);
* ``--clients`` concurrent clients on a mixed load against a real
  multi-process server (``qa-service web`` when it exists, gunicorn on the app
  factory otherwise) with ``--workers`` processes: each client, signed in as
  the admin, requests ``--rounds`` times the same ten pages in turn (starting
  at a different one): the call list (newest first, by score ascending, one
  agent's, failed calls), a call's review page, the dashboard for 26 weeks by
  agent and by team, the disputes list, the API's evaluations (50 per page)
  and ``/api/v1/me``; p50/p95 over every request and each path's share of the
  time. Then the same mix while one of the clients also overrides a criterion
  of a call after each of its rounds (a trainer at work: every dashboard the
  server processes keep is out of date after it), and as many API clients
  sharing one token (no HTTP 500 allowed).

Each figure is printed against its target with "met" or "NOT MET". Timings
depend on the machine: note how many cores were free.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PG_BASE_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "bench-password-123"
TEAMS = 8
AGENTS_PER_TEAM = 12
AGENTS_WITHOUT_TEAM = 4
WEEKS = 30
CHUNK = 5000

# the targets of issue 14 (milliseconds, seconds)
DASHBOARD_P95_MS = 300
LIST_P95_MS = 150
CSV_20K_S = 2.0
MIXED_P95_MS = 500


# --- building ------------------------------------------------------------------------------------


def _sample_results() -> list[Any]:
    """The bundled sample calls scored by the real engine with the default scorecard."""
    from qa_service.samples import sample_paths
    from scorecards.engine import score_call
    from scorecards.schema import load_scorecard
    from transcription.call import call_from_dict

    scorecard = load_scorecard("default")
    calls = [call_from_dict(json.loads(p.read_text())) for p in sample_paths()]
    return [score_call(c, scorecard) for c in calls]


def build(settings: Any, count: int, *, seed: int = 14) -> dict[str, Any]:
    """Fill the (migrated, empty) database of ``settings`` with ``count`` scored calls; returns what the
    measurements need (user names, an API token, a call id)."""
    from sqlalchemy import insert, select, update

    from qa_service import accounts, scorecard_versions
    from qa_service.evaluations import timing_columns
    from qa_service.db.models import (
        CallRecord,
        CriterionResultRecord,
        Dispute,
        EvaluationRecord,
        Override,
    )
    from qa_service.db.session import session_scope
    from scorecards.engine import totals
    from scorecards.schema import load_scorecard, scorecard_from_dict

    rng = random.Random(seed)
    results = _sample_results()
    result_dicts = [r.to_dict() for r in results]
    timings = [timing_columns(r.metrics) for r in results]
    current_card = load_scorecard("default")
    cards = [scorecard_from_dict(dict(current_card.data, version=v, pass_mark=pm), f"bench v{v}")
             for v, pm in ((current_card.version - 2, 75), (current_card.version - 1, 78))] + [current_card]
    criteria = [(c.id, s.id) for s in current_card.sections for c in s.criteria]
    now = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    first_day = now - timedelta(weeks=WEEKS)

    with session_scope(settings) as s:
        versions = [scorecard_versions.register_scorecard(s, card) for card in cards]
        teams = [accounts.get_or_create_team(s, f"Team {t + 1}") for t in range(TEAMS)]
        agents = []
        for t in range(TEAMS):
            for a in range(AGENTS_PER_TEAM):
                agents.append(accounts.get_or_create_agent(s, f"AG{t:02d}{a:02d}", name=f"Agent {t + 1}.{a + 1}",
                                                           team=teams[t]))
        for a in range(AGENTS_WITHOUT_TEAM):
            agents.append(accounts.get_or_create_agent(s, f"AGX{a:02d}", name=f"Floater {a + 1}"))
        s.flush()
        admin = accounts.create_user(s, "bench-admin", PASSWORD, "admin")
        trainer = accounts.create_user(s, "bench-trainer", PASSWORD, "trainer", teams=[teams[0]])
        agent_user = accounts.create_user(s, "bench-agent", PASSWORD, "agent", agent=agents[0])
        _row, token = accounts.create_api_token(s, admin, "bench")
        s.flush()
        agent_ids = [a.id for a in agents]
        # an agent's skill: how likely each criterion passes
        skill = {a: rng.uniform(0.55, 0.97) for a in agent_ids}
        version_ids = [v.id for v in versions]
        admin_id, trainer_id, agent_user_id = admin.id, trainer.id, agent_user.id

    span = (now - first_day).total_seconds()
    made = 0
    history = 0
    while made < count:
        n = min(CHUNK, count - made)
        with session_scope(settings) as s:
            call_rows = []
            for i in range(made, made + n):
                # a little more every week, and the weeks' calls spread over working hours
                dated = first_day + timedelta(seconds=span * (i / count) ** 0.9)
                dated = dated.replace(hour=8 + rng.randrange(10), minute=rng.randrange(60), second=rng.randrange(60))
                started = dated if rng.random() > 0.05 else None
                created = dated + timedelta(minutes=rng.randrange(5, 600))
                call_rows.append({
                    "call_id": f"bench-{i:07d}",
                    "content_hash": f"{i:064d}",
                    "source_path": f"/srv/calls/2026/bench-{i:07d}.json",
                    "audio_path": None,
                    "metadata_": {"channel": "phone", "queue": rng.choice(["billing", "support", "sales"])},
                    "started_at": started,
                    "dated_at": started or created,
                    "duration": float(rng.randrange(60, 1500)),
                    "status": "scored",
                    "agent_id": rng.choice(agent_ids),
                    "created_at": created,
                    "updated_at": created,
                })
            returned = s.execute(
                insert(CallRecord).returning(CallRecord.id, CallRecord.agent_id, CallRecord.dated_at,
                                             sort_by_parameter_order=True),
                call_rows,
            ).all()
            ev_rows, plans = [], []
            for call_pk, agent_id, dated in returned:
                dated = dated if dated.tzinfo else dated.replace(tzinfo=timezone.utc)
                age = (now - dated).days
                # older calls were scored with older versions; a third of those were re-scored with the newest
                home = 0 if age > 140 else 1 if age > 70 else 2
                scored_with = [home] + ([2] if home < 2 and rng.random() < 0.33 else [])
                k = rng.randrange(len(results))
                for v in scored_with:
                    outcomes = {}
                    for cid, _section in criteria:
                        auto = result_dicts[k]["criteria"]
                        base = next((c["outcome"] for c in auto if c["id"] == cid), "na")
                        if base == "na" and rng.random() < 0.7:
                            outcomes[cid] = "na"
                        else:
                            outcomes[cid] = "pass" if rng.random() < skill[agent_id] else "fail"
                    t = totals(cards[v], outcomes)
                    current = v == scored_with[-1]
                    state = "pending"
                    if current:
                        r = rng.random()
                        state = "shared" if r < 0.02 else "completed" if r < 0.05 else "in_review" if r < 0.07 else "pending"
                    stamp = dated + timedelta(hours=1 + 24 * 7 * (v - home))
                    ev_rows.append({
                        "call_id": call_pk, "call_dated_at": dated, "scorecard_version_id": version_ids[v],
                        "score": t["score"],
                        "passed": t["passed"], "auto_failed": t["auto_failed"], "auto_score": t["score"],
                        "auto_passed": t["passed"], "result": result_dicts[k], "review_state": state,
                        **timings[k],
                        "is_current": current, "created_at": stamp, "updated_at": stamp,
                        "shared_at": stamp if state == "shared" else None,
                        "reviewer_id": trainer_id if state != "pending" else None,
                    })
                    plans.append((outcomes, cards[v], current))
                history += len(scored_with) - 1
            ids = s.execute(
                insert(EvaluationRecord).returning(EvaluationRecord.id, sort_by_parameter_order=True), ev_rows
            ).scalars().all()
            crit_rows, override_rows, dispute_rows, rescored = [], [], [], []
            for ev_id, row, (outcomes, card, current) in zip(ids, ev_rows, plans):
                overridden = None
                if current and rng.random() < 0.03:
                    applied = [cid for cid, o in outcomes.items() if o != "na"]
                    if applied:
                        overridden = rng.choice(applied)
                for pos, c in enumerate(card.criteria):
                    auto = outcomes[c.id]
                    outcome = auto
                    if c.id == overridden:
                        outcome = "pass" if auto == "fail" else "fail"
                        override_rows.append({
                            "evaluation_id": ev_id, "criterion_id": c.id, "user_id": trainer_id,
                            "created_at": row["created_at"] + timedelta(days=1), "old_outcome": auto,
                            "old_points": c.weight if auto == "pass" else 0.0, "new_outcome": outcome,
                            "new_points": c.weight if outcome == "pass" else 0.0,
                            "reason": "the agent did say it, in the second sentence",
                        })
                    crit_rows.append({
                        "evaluation_id": ev_id, "criterion_id": c.id, "section": _section_of(card, c.id),
                        "position": pos, "outcome": outcome,
                        "points": c.weight if outcome == "pass" else 0.0,
                        "max_points": 0.0 if outcome == "na" else c.weight,
                        "auto_outcome": auto, "auto_points": c.weight if auto == "pass" else 0.0,
                        "overridden": c.id == overridden, "needs_review": False,
                    })
                if overridden:
                    t = totals(card, dict(outcomes, **{overridden: "pass" if outcomes[overridden] == "fail" else "fail"}))
                    rescored.append({"id": ev_id, "score": t["score"], "passed": t["passed"],
                                     "auto_failed": t["auto_failed"], "review_state": "completed",
                                     "reviewer_id": trainer_id})
                if current and rng.random() < 0.004:
                    dispute_rows.append({"evaluation_id": ev_id, "criterion_id": criteria[0][0],
                                         "raised_by_id": agent_user_id, "comment": "I did greet the customer",
                                         "status": "open", "created_at": row["created_at"] + timedelta(days=2)})
            s.execute(insert(CriterionResultRecord), crit_rows)
            if override_rows:
                s.execute(insert(Override), override_rows)
            if dispute_rows:
                s.execute(insert(Dispute), dispute_rows)
            if rescored:
                s.execute(update(EvaluationRecord), rescored)
        made += n
        print(f"  {made:,} calls", end="\r", flush=True)
    print()
    # the bulk inserts above went past the service modules: the dashboards' weekly summary is built from
    # the rows as the migration that adds it does (qa-service db rebuild-summary)
    from qa_service import weekly_summary

    with session_scope(settings) as s:
        weekly_summary.rebuild(s)
    with session_scope(settings) as s:
        from sqlalchemy import func

        overrides = s.scalar(select(func.count()).select_from(Override))
        sample_call = s.scalar(select(CallRecord.id).order_by(CallRecord.id.desc()).limit(1))
    return {"token": token, "history": history, "overrides": overrides, "sample_call": sample_call,
            "admin_id": admin_id}


def _section_of(card: Any, criterion_id: str) -> str:
    for s in card.sections:
        for c in s.criteria:
            if c.id == criterion_id:
                return s.id
    return ""


# --- measuring ----------------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    samples: list[float] = field(default_factory=list)  # seconds
    target: float | None = None  # seconds, for p95 (or the single figure)
    figure: str = ""  # a free-form figure instead of percentiles
    met: bool | None = None

    def p(self, q: float) -> float:
        xs = sorted(self.samples)
        if not xs:
            return float("nan")
        return xs[min(len(xs) - 1, max(0, int(round(q * (len(xs) - 1)))))]

    def line(self) -> str:
        if self.figure:
            verdict = "" if self.met is None else ("met" if self.met else "NOT MET")
            return f"{self.name:<58} {self.figure:<44} {verdict}"
        p50, p95 = self.p(0.5) * 1000, self.p(0.95) * 1000
        verdict = ""
        if self.target is not None:
            self.met = self.p(0.95) <= self.target
            verdict = f"target p95 <= {self.target * 1000:.0f} ms: " + ("met" if self.met else "NOT MET")
        return f"{self.name:<58} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  ({len(self.samples)}x)  {verdict}"


class _Printed(list):
    """A list of results that prints each one as it is added."""

    def append(self, result: Result) -> None:  # type: ignore[override]
        print("  " + result.line(), flush=True)
        super().append(result)


def _timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm-up: caches, the first connection
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def _get(client: Any, url: str, *, expect: int = 200) -> Any:
    response = client.get(url)
    if response.status_code != expect:
        raise SystemExit(f"GET {url} answered {response.status_code}, expected {expect}: "
                         f"{response.get_data(as_text=True)[:500]}")
    return response


NEXT_LINK = re.compile(r'<a class="button" rel="next" href="([^"]+)"')


def measure_app(settings: Any, info: dict[str, Any], count: int, repeat: int, *, jsonl: bool = True,
                skip_walk: bool = False, dashboards_only: bool = False, lists_only: bool = False) -> list[Result]:
    """Single-request latency, exports and memory with Flask's test client (``dashboards_only``: the
    dashboards' figures alone; ``lists_only``: the list pages' alone)."""
    from web import create_app

    app = create_app(settings, test_config={"WTF_CSRF_ENABLED": False, "TESTING": True})
    results = _Printed()

    def client_for(username: str) -> Any:
        c = app.test_client()
        r = c.post("/login", data={"username": username, "password": PASSWORD})
        if r.status_code not in (302, 303):
            raise SystemExit(f"could not sign in as {username}: {r.status_code}")
        return c

    admin, trainer = client_for("bench-admin"), client_for("bench-trainer")
    since = (datetime.now(timezone.utc) - timedelta(weeks=26)).date().isoformat()
    if not lists_only:
        measure_dashboards(results, admin, trainer, settings, since, repeat)
    if dashboards_only:
        return results
    measure_lists(results, admin, trainer, info, count, repeat, since, skip_walk=skip_walk)
    if lists_only:
        return results
    measure_exports(results, admin, count, jsonl=jsonl)
    return results


def measure_dashboards(results: list[Result], admin: Any, trainer: Any, settings: Any, since: str,
                       repeat: int) -> None:
    """The dashboards for 26 weeks by agent, computed and kept, and the summary against the rows."""
    from qa_service import analytics, call_list

    def computed(c: Any, url: str) -> Any:
        # what the first request after any change to the evaluations does: nothing kept
        analytics.clear_dashboard_cache()
        return _get(c, url)

    for who, c in (("admin", admin), ("trainer", trainer)):
        url = f"/dashboards/?by=agent&from={since}"
        results.append(Result(f"dashboard 26 weeks by agent ({who}), computed", _timed(lambda: computed(c, url), repeat),
                              DASHBOARD_P95_MS / 1000))
        results.append(Result(f"dashboard 26 weeks by agent ({who}), kept", _timed(lambda: _get(c, url), repeat),
                              DASHBOARD_P95_MS / 1000))
    # the same figures computed from the evaluation rows (what the dashboards did before the weekly summary),
    # measured in this run for the ratio
    from qa_service.db.models import User as UserRecord
    from qa_service.db.session import session_factory
    from sqlalchemy import select as sa_select

    start = datetime.now(timezone.utc) - timedelta(weeks=26)
    filters = call_list.CallFilters(since=start.replace(hour=0, minute=0, second=0, microsecond=0))
    for who in ("admin", "trainer"):
        with session_factory(settings)() as s:
            user = s.scalar(sa_select(UserRecord).where(UserRecord.username == f"bench-{who}"))
            summary = _timed(lambda: analytics.dashboard_for(s, user, filters, by="agent", cached=False), repeat)
            rows = _timed(lambda: analytics.dashboard(s, call_list.list_query(user, filters), by="agent"), repeat)
        ratio = statistics.median(rows) / statistics.median(summary)
        results.append(Result(f"  dashboard figures ({who}): summary vs rows",
                              figure=f"p50 {statistics.median(summary) * 1000:.0f} ms vs "
                                     f"{statistics.median(rows) * 1000:.0f} ms ({ratio:.1f}x faster)"))
    results.append(Result("API dashboard JSON 26 weeks by agent (admin), computed",
                          _timed(lambda: computed(admin, f"/api/v1/dashboard?by=agent&from={since}"), repeat),
                          DASHBOARD_P95_MS / 1000))


def measure_lists(results: list[Result], admin: Any, trainer: Any, info: dict[str, Any], count: int, repeat: int,
                  since: str, *, skip_walk: bool = False) -> None:
    """The call list (each sort, filters, deep pages), the disputes list and the API's list."""
    from qa_service import call_list

    lists = {
        "call list, page 1 (newest)": "/calls",
        "call list, page 1 (score ascending)": "/calls?sort=score_asc",
        "call list, one agent": "/calls?agent=AG0003",
        "call list, failed criterion + 26 weeks": f"/calls?failed=greeting&from={since}",
        "call list, trainer (one team)": None,
        "disputes list": "/calls/disputes",
        "API evaluations, page 1, 50 per page": "/api/v1/evaluations",
    }
    for name, url in lists.items():
        c = trainer if url is None else admin
        u = url or "/calls"
        results.append(Result(name, _timed(lambda: _get(c, u), repeat), LIST_P95_MS / 1000))

    # deep pages as the UI reaches them: following "Next" from page 1, sampled along the way
    for sort in () if skip_walk else ("newest", "score_asc"):
        url, walked, samples = f"/calls?sort={sort}", 0, []
        step = max(1, (count // call_list.PAGE_SIZE) // 40)
        while url:
            t = time.perf_counter()
            html = _get(admin, url).get_data(as_text=True)
            if walked % step == 0:
                samples.append(time.perf_counter() - t)
            walked += 1
            m = NEXT_LINK.search(html)
            url = m.group(1).replace("&amp;", "&") if m else ""
        rows = walked
        results.append(Result(f"call list, every page by Next ({sort}, {rows} pages)", samples, LIST_P95_MS / 1000))
        if rows < count // call_list.PAGE_SIZE:
            results.append(Result(f"  Next links reached {rows} of {count // call_list.PAGE_SIZE} pages",
                                  figure="rows skipped", met=False))
    deep = max(1, (count // call_list.PAGE_SIZE) - 2)
    results.append(Result(f"call list, ?page={deep} (offset)", _timed(lambda: _get(admin, f"/calls?page={deep}"), repeat),
                          LIST_P95_MS / 1000))
    # a page past the middle is read from the end: the middle is the deepest an offset walks
    middle = max(1, (count // call_list.PAGE_SIZE) // 2)
    results.append(Result(f"call list, ?page={middle} (offset, the middle)",
                          _timed(lambda: _get(admin, f"/calls?page={middle}"), repeat), LIST_P95_MS / 1000))
    results.append(Result(f"call list, ?page={deep}&sort=score_asc (offset)",
                          _timed(lambda: _get(admin, f"/calls?page={deep}&sort=score_asc"), repeat), LIST_P95_MS / 1000))
    results.append(Result(f"API evaluations, ?page={deep}",
                          _timed(lambda: _get(admin, f"/api/v1/evaluations?page={deep}"), repeat), LIST_P95_MS / 1000))
    results.append(Result("call review page", _timed(lambda: _get(admin, f"/calls/{info['sample_call']}"), repeat)))


def measure_exports(results: list[Result], admin: Any, count: int, *, jsonl: bool = True) -> None:
    """The CSV export (time to the last byte, streamed) and the JSON Lines export (and its traced memory)."""

    # exports: time to the last byte; streamed; memory while streaming
    def export(fmt: str, trace: bool = False) -> tuple[float, int, int, bool]:
        t = time.perf_counter()
        if trace:
            tracemalloc.start()
        response = admin.get(f"/api/v1/evaluations/export?format={fmt}", buffered=False)
        size = lines = 0
        for chunk in response.response:
            size += len(chunk)
            lines += chunk.count(b"\n") if isinstance(chunk, bytes) else chunk.count("\n")
        peak = 0
        if trace:
            _cur, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        response.close()
        return time.perf_counter() - t, size, peak if trace else lines, response.is_streamed

    evaluations = count
    csv_times = []
    for _ in range(3):
        elapsed, size, lines, streamed = export("csv")
        csv_times.append(elapsed)
    csv_s = statistics.median(csv_times)
    budget = CSV_20K_S * evaluations / 20000
    results.append(Result(
        f"CSV export of {evaluations:,} evaluations (median of 3)",
        figure=f"{csv_s:.2f} s, {size / 1e6:.1f} MB, {lines - 1:,} rows, {'streamed' if streamed else 'BUFFERED'}",
        met=csv_s <= budget and streamed and lines - 1 == evaluations))
    results.append(Result("  target: streamed, every row", figure=f"<= {CSV_20K_S:.0f} s per 20,000 (here {budget:.1f} s)"))
    if not jsonl:
        return
    # one pass, traced: the time includes tracemalloc's overhead
    elapsed, size, peak, streamed = export("jsonl", trace=True)
    results.append(Result(f"JSON Lines export of {evaluations:,} evaluations (traced)",
                          figure=f"{elapsed:.1f} s, {size / 1e6:.0f} MB, {'streamed' if streamed else 'BUFFERED'}",
                          met=streamed))
    # bounded: what a few batches of rows take, whatever the size of the export
    results.append(Result("JSON Lines export: traced memory peak while streaming",
                          figure=f"{peak / 1e6:.1f} MB for {size / 1e6:.0f} MB written (limit 100 MB)",
                          met=peak < 100e6))


# --- a real server -------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(settings: Any, workers: int) -> tuple[subprocess.Popen, str, str]:
    """``qa-service web`` when the CLI has it, gunicorn on the app factory otherwise; waits until it answers."""
    from qa_service.config import child_environ

    port = _free_port()
    env = child_environ(settings)
    exe = Path(sys.executable).parent
    help_text = subprocess.run([str(exe / "qa-service"), "--help"], capture_output=True, text=True, env=env).stdout
    if re.search(r"^\s+web\b", help_text, re.M):
        web_help = subprocess.run([str(exe / "qa-service"), "web", "--help"], capture_output=True, text=True,
                                  env=env).stdout
        cmd = [str(exe / "qa-service"), "web"]
        cmd += ["--bind", f"127.0.0.1:{port}"] if "--bind" in web_help else ["--host", "127.0.0.1", "--port", str(port)]
        if "--workers" in web_help:
            cmd += ["--workers", str(workers)]
        if "--no-access-log" in web_help:
            cmd += ["--no-access-log"]
        how = "qa-service web"
    else:
        cmd = [str(exe / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
               "--worker-class", "gthread", "--threads", "4", "--log-level", "warning", "web:create_app()"]
        how = "gunicorn 'web:create_app()'"
    log = open(Path(settings.data_dir) / "bench-server.log", "ab")
    proc = subprocess.Popen(cmd, env=env, cwd=str(REPO), start_new_session=True, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    import requests

    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server ({' '.join(cmd)}) exited with {proc.returncode}")
        try:
            if requests.get(base + "/login", timeout=2).status_code == 200:
                return proc, base, f"{how} ({' '.join(cmd[1:])})"
        except requests.RequestException:
            time.sleep(0.5)
    stop_server(proc)
    raise SystemExit("the server did not answer within 120 s")


def stop_server(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(proc.pid, signal.SIGKILL)


def measure_server(settings: Any, info: dict[str, Any], clients: int, workers: int, rounds: int) -> list[Result]:
    """Concurrent clients against a real multi-process server."""
    import requests

    proc, base, how = start_server(settings, workers)
    print(f"  server: {how}")
    since = (datetime.now(timezone.utc) - timedelta(weeks=26)).date().isoformat()
    results = _Printed()
    try:
        def signed_in() -> requests.Session:
            s = requests.Session()
            html = s.get(base + "/login").text
            token = re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)
            r = s.post(base + "/login", data={"username": "bench-admin", "password": PASSWORD, "csrf_token": token},
                       allow_redirects=False)
            if r.status_code not in (302, 303):
                raise SystemExit(f"could not sign in to the server: {r.status_code}")
            return s

        mix = [
            "/calls", "/calls?sort=score_asc", "/calls?agent=AG0105", f"/calls/{info['sample_call']}",
            f"/dashboards/?by=agent&from={since}", "/api/v1/evaluations?per_page=50", "/calls/disputes",
            f"/dashboards/?by=team&from={since}", "/calls?result=fail", "/api/v1/me",
        ]
        sessions = [signed_in() for _ in range(clients)]
        for s in sessions:  # warm every worker process
            for path in mix[:3]:
                s.get(base + path)
        codes: dict[int, int] = {}
        lock = threading.Lock()

        per_path: dict[str, list[float]] = {}
        # the sample call's current evaluation and a criterion of it the writer flips back and forth
        from sqlalchemy import select as sa_select

        from qa_service.db.models import CriterionResultRecord, EvaluationRecord
        from qa_service.db.session import session_scope

        with session_scope(settings) as db:
            ev_id, criterion, outcome = db.execute(
                sa_select(EvaluationRecord.id, CriterionResultRecord.criterion_id, CriterionResultRecord.outcome)
                .join(CriterionResultRecord, CriterionResultRecord.evaluation_id == EvaluationRecord.id)
                .where(EvaluationRecord.call_id == info["sample_call"], EvaluationRecord.is_current.is_(True),
                       CriterionResultRecord.outcome != "na")
                .order_by(CriterionResultRecord.position).limit(1)
            ).one()
        flips = [outcome]

        def override(session: requests.Session) -> float:
            token = re.search(r'name="csrf-token" content="([^"]+)"', session.get(base + "/calls/disputes").text)
            flips.append("pass" if flips[-1] == "fail" else "fail")
            t = time.perf_counter()
            r = session.post(f"{base}/calls/{info['sample_call']}/evaluations/{ev_id}/override",
                             data={"criterion": criterion, "outcome": flips[-1], "reason": "bench: heard it again"},
                             headers={"Accept": "application/json", "X-CSRFToken": token.group(1)})
            spent = time.perf_counter() - t
            with lock:
                codes[r.status_code] = codes.get(r.status_code, 0) + 1
                per_path.setdefault("POST override", []).append(spent)
            return spent

        def run(i: int, session: requests.Session, paths: list[str], headers: dict[str, str],
                writes: bool = False) -> list[float]:
            out = []
            order = paths[i % len(paths):] + paths[:i % len(paths)]
            for _ in range(rounds):
                for path in order:
                    t = time.perf_counter()
                    r = session.get(base + path, headers=headers)
                    out.append(time.perf_counter() - t)
                    with lock:
                        codes[r.status_code] = codes.get(r.status_code, 0) + 1
                        per_path.setdefault(path, []).append(out[-1])
                if writes:
                    out.append(override(session))
            return out

        for label, writer in (("mixed UI/API load", None), ("mixed load + overrides", 0)):
            t0 = time.perf_counter()
            with ThreadPoolExecutor(clients) as pool:
                times = [x for xs in pool.map(lambda i: run(i, sessions[i], mix, {}, writes=i == writer),
                                              range(clients)) for x in xs]
            wall = time.perf_counter() - t0
            results.append(Result(f"{clients} concurrent clients, {label} ({workers} workers)", times,
                                  MIXED_P95_MS / 1000))
            results.append(Result(f"  {len(times)} requests in {wall:.1f} s",
                                  figure=f"status codes {dict(sorted(codes.items()))}", met=set(codes) == {200}))
            # where the mixed load's time goes: each path's share of the summed request time, slowest first
            spent = sum(times)
            for path, xs in sorted(per_path.items(), key=lambda kv: -sum(kv[1])):
                share = Result(f"    {re.sub(r'from=[0-9-]+', 'from=...', path)[:52]}", xs)
                results.append(Result(share.name, figure=f"p50 {share.p(0.5) * 1000:6.0f} ms  p95 {share.p(0.95) * 1000:6.0f} ms"
                                                         f"  {100 * sum(xs) / spent:4.1f} % of the time"))
            per_path.clear()
            codes.clear()
        if len(flips) % 2 == 0:
            override(sessions[0])  # the criterion back as it was (a kept database stays the same between runs)
        per_path.clear()
        codes.clear()

        api = ["/api/v1/me", "/api/v1/evaluations?per_page=10", "/api/v1/evaluations?sort=score_desc&per_page=5"]
        headers = {"Authorization": f"Bearer {info['token']}"}
        bare = [requests.Session() for _ in range(clients)]
        with ThreadPoolExecutor(clients) as pool:
            times = [x for xs in pool.map(lambda i: run(i, bare[i], api, headers), range(clients)) for x in xs]
        results.append(Result(f"{clients} concurrent API clients sharing one token", times, MIXED_P95_MS / 1000))
        results.append(Result(f"  {len(times)} API requests", figure=f"status codes {dict(sorted(codes.items()))}",
                              met=set(codes) == {200}))
    finally:
        stop_server(proc)
    return results


# --- one database ---------------------------------------------------------------------------------


def run_one(kind: str, args: argparse.Namespace) -> list[Result]:
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade
    from qa_service.db.session import forget_engines

    folder = args.keep or tempfile.mkdtemp(prefix="qa-scale-")
    saved = Path(folder) / ("bench-info.json" if kind == "sqlite" else "bench-info-postgres.json")
    schema = None
    admin_engine = None
    reuse = False
    if kind == "postgres":
        import sqlalchemy as sa

        admin_engine = sa.create_engine(PG_BASE_URL)
        if args.keep and saved.exists():
            # a schema an earlier run with the same --keep DIR built and left (when it is still there)
            schema = json.loads(saved.read_text())["schema"]
            with admin_engine.connect() as conn:
                reuse = conn.exec_driver_sql("SELECT 1 FROM information_schema.schemata WHERE schema_name = %(s)s",
                                             {"s": schema}).first() is not None
        if not reuse:
            schema = f"qa_scale_{uuid.uuid4().hex[:10]}"
            with admin_engine.begin() as conn:
                conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        url = f"{PG_BASE_URL}?options=-csearch_path%3D{schema}"
    else:
        url = ""
    settings = load_settings(environ={}, data_dir=folder, database_url=url, log_level="WARNING",
                             secret_key="bench-secret-key-0123456789abcdef0123456789",
                             login_rate_limit="10000 per minute")
    try:
        upgrade(settings)
        t = time.perf_counter()
        reuse = reuse or (kind == "sqlite" and saved.exists())
        if reuse:
            info = json.loads(saved.read_text())
        else:
            info = build(settings, args.calls)
            if args.keep:
                saved.write_text(json.dumps(info | ({"schema": schema} if schema else {})))
        if kind == "postgres":
            # what autovacuum does soon after a bulk load: statistics, and the visibility map index-only scans use
            with admin_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                tables = ", ".join(f'"{schema}".{t}' for t in ("calls", "evaluations", "criterion_results", "agents", "overrides", "disputes",
                                                                       "weekly_scores", "weekly_criteria"))
                conn.exec_driver_sql(f"VACUUM ANALYZE {tables}")
        print(f"{kind}: {'reused' if reuse else 'built'} {args.calls:,} calls ({info['history']:,} with an earlier evaluation, "
              f"{info['overrides']:,} overrides) in {time.perf_counter() - t:.0f} s")
        results = [] if args.skip_app else measure_app(settings, info, args.calls, args.repeat,
                                                       jsonl=not args.no_jsonl, skip_walk=args.skip_walk,
                                                       dashboards_only=args.dashboards_only,
                                                       lists_only=args.lists_only)
        if not args.skip_server:
            results += measure_server(settings, info, args.clients, args.workers, args.rounds)
        return results
    finally:
        forget_engines()
        if schema and not args.keep:
            with admin_engine.begin() as conn:
                conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
            admin_engine.dispose()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=20000, help="stored calls to build (default 20000)")
    ap.add_argument("--db", choices=("sqlite", "postgres", "both"), default="sqlite")
    ap.add_argument("--repeat", type=int, default=20, help="requests per single-request figure")
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients")
    ap.add_argument("--workers", type=int, default=8, help="server processes")
    ap.add_argument("--rounds", type=int, default=5, help="times each concurrent client runs its mix")
    ap.add_argument("--skip-server", action="store_true", help="only the test-client figures")
    ap.add_argument("--skip-app", action="store_true", help="only the server figures")
    ap.add_argument("--no-jsonl", action="store_true", help="leave out the JSON Lines export (slow at 100,000)")
    ap.add_argument("--skip-walk", action="store_true",
                    help="leave out following Next through every page of the list (slow at 100,000)")
    only = ap.add_mutually_exclusive_group()
    only.add_argument("--dashboards-only", action="store_true",
                      help="of the test-client figures only the dashboards' (with --skip-server: a quick check)")
    only.add_argument("--lists-only", action="store_true",
                      help="of the test-client figures only the list pages' (the call list, the disputes list, "
                           "the API's list; with --skip-server and --keep: a quick check on a kept database)")
    ap.add_argument("--keep", default="", metavar="DIR",
                    help="build into DIR (PostgreSQL: a schema named in DIR) and keep it; a later run with "
                         "the same DIR reuses it (whatever its --calls; drop the schema by hand when done)")
    args = ap.parse_args()
    print(f"scale bench: {args.calls:,} calls, {os.cpu_count()} CPUs visible "
          f"(load average {', '.join(f'{x:.1f}' for x in os.getloadavg())})")
    failed = []
    for kind in (("sqlite", "postgres") if args.db == "both" else (args.db,)):
        for r in run_one(kind, args):
            if r.met is False:
                failed.append(f"{kind}: {r.name.strip()}")
    print("\nall targets met" if not failed else "\nNOT MET:\n  " + "\n  ".join(failed))


if __name__ == "__main__":
    main()
