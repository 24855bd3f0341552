"""Publishing, golden calls, preview, analytics and exports on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from qa_service import accounts, analytics, call_list, exports, golden, preview, publishing, reviews, scorecard_versions
from scorecards import drafts


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A session on a fresh, migrated database: a SQLite file or a PostgreSQL schema."""
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade
    from qa_service.db.session import forget_engines, session_scope

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'qa.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"), database_url=url, log_level="WARNING")
    upgrade(settings)
    with session_scope(settings) as session:
        yield session
    forget_engines()


@pytest.fixture
def calls(db, factories):
    """Agents A (team North) and B (team South); eight weeks of scored calls; a trainer override."""

    north = accounts.get_or_create_team(db, "North")
    south = accounts.get_or_create_team(db, "South")
    agents = [accounts.get_or_create_agent(db, "AG-A", name="Alice", team=north),
              accounts.get_or_create_agent(db, "AG-B", name="Bob", team=south)]
    scored = []
    for week in range(4):
        for i, agent in enumerate(agents):
            name = factories.GOOD_SAMPLE if i == 0 else factories.POOR_SAMPLE
            # Mondays 2026-09-07, 14, 21, 28 (+ a day per agent)
            _, ev = factories.make_scored_call(db, name, call_id=f"w{week}-{agent.external_id}", agent=agent,
                                               started_at=f"2026-09-{7 + 7 * week + i:02d}T10:00:00Z")
            scored.append(ev)
    trainer = accounts.create_user(db, "trainer", factories.PASSWORD, "trainer", teams=[south])
    # the trainer says Bob's first call did greet properly
    reviews.override(db, scored[1], "greeting", "pass", reason="greeting was there", user=trainer)
    db.flush()
    return {"agents": agents, "evaluations": scored, "trainer": trainer}


def test_score_and_criterion_trends_per_week_team_and_agent(db, calls):

    query = call_list.evaluations_query()
    overall = analytics.score_trend(db, query)
    assert [p.week.isoformat() for p in overall] == ["2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28"]
    assert all(p.evaluations == 2 and p.pass_rate == 0.5 for p in overall)
    by_team = analytics.score_trend(db, query, by="team")
    assert {p.group for p in by_team} == {"North", "South"}
    north = [p for p in by_team if p.group == "North"]
    alice = calls["evaluations"][0]  # the good sample, the same every week
    assert len(north) == 4 and all(p.mean_score == alice.score and p.pass_rate == float(alice.passed) for p in north)
    groups = analytics.breakdown(db, query, by="agent")
    assert [g.group for g in groups] == ["Alice", "Bob"] and groups[1].evaluations == 4
    weeks = analytics.criterion_trend(db, query)
    greeting = [w for w in weeks if w.criterion == "greeting"]
    # week 1: Bob's greeting was overridden to pass, so both passed
    assert [w.pass_rate for w in greeting] == [1.0, 0.5, 0.5, 0.5] and greeting[0].label == "Proper greeting"
    failed = analytics.most_failed(db, query)
    # recounted from the effective outcomes of the eight evaluations
    outcomes: dict[str, list[str]] = {}
    for ev in calls["evaluations"]:
        for c in ev.criteria:
            outcomes.setdefault(c.criterion_id, []).append(c.outcome)
    expected = {cid: o.count("fail") / (len(o) - o.count("na")) for cid, o in outcomes.items() if "fail" in o}
    assert {f.criterion: f.fail_rate for f in failed} == expected
    assert [f.fail_rate for f in failed] == sorted(expected.values(), reverse=True)


def test_timing_trends_come_from_the_call_metrics(db, calls):

    timing = analytics.timing_trend(db, call_list.evaluations_query(agent="AG-B"))
    metrics = calls["evaluations"][1].result["metrics"]
    assert len(timing) == 4 and all(t.calls == 1 for t in timing)
    assert timing[0].agent_interruptions == metrics["interruptions"]["agent"] > 0
    assert timing[0].silence_seconds == round(metrics["silence"]["total"], 2)
    assert timing[0].overlap_seconds == round(metrics["overlap"], 2)


def test_ai_vs_trainer_agreement_per_criterion(db, calls):

    stats = {a.criterion: a for a in analytics.agreement(db, call_list.evaluations_query())}
    # one evaluation was reviewed (it has an override): ten criteria, one changed
    assert stats["greeting"].reviewed == 1 and stats["greeting"].agreed == 0 and stats["greeting"].false_fail == 1
    assert stats["greeting"].overrides == 1 and stats["greeting"].agreement == 0.0
    assert stats["empathy"].agreement == 1.0 and stats["empathy"].reviewed == 1
    assert analytics.agreement(db, call_list.evaluations_query())[0].criterion == "greeting"  # worst first
    board = analytics.dashboard(db, call_list.evaluations_query(), by="agent").to_dict()
    json.dumps(board)  # plain JSON
    assert board["evaluations"] == 8 and board["agreement"][0]["agreement"] == 0.0


def test_exports_are_one_implementation_with_visibility(db, calls):

    out = io.StringIO()
    count = exports.write_export(db, call_list.evaluations_query(), out, "csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert count == 8 == len(rows) and tuple(rows[0]) == exports.CSV_COLUMNS
    overridden = [r for r in rows if r["overridden_criteria"]]
    assert len(overridden) == 1 and overridden[0]["overridden_criteria"] == "greeting"
    out = io.StringIO()
    visible = exports.visible_to(call_list.evaluations_query(), calls["trainer"])
    assert exports.write_export(db, visible, out, "jsonl") == 4
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {r["agent_id"] for r in records} == {"AG-B"}
    first = next(r for r in records if r["overrides"])
    assert first["overrides"][0]["reason"] == "greeting was there" and first["evaluation"]["criteria"]
    assert exports.write_export(db, call_list.evaluations_query(team="Nowhere"), io.StringIO(), "csv") == 0
    from transcription.errors import QAError

    with pytest.raises(QAError, match="csv, jsonl"):
        exports.iter_export(db, call_list.evaluations_query(), "xml")


def test_golden_gate_and_diff_in_the_service(db, calls, factories):
    import copy

    from qa_service.db.models import AuditEntry
    from sqlalchemy import select

    bob_call = calls["evaluations"][1].call
    golden.mark_golden(db, bob_call, "default", {"interruptions": "fail", "empathy": "fail"})
    with pytest.raises(Exception, match="no criteria nope"):
        golden.mark_golden(db, bob_call, "default", {"nope": "pass"})
    latest = scorecard_versions.latest_version(db, "default")
    data = copy.deepcopy(scorecard_versions.scorecard_for_version(latest).to_dict())
    data["version"] = latest.version + 1
    data["sections"][1]["criteria"][1]["params"]["max_agent_interruptions"] = 9
    draft = drafts.parse_draft(data=data)
    report = golden.golden_check(db, draft)
    by_id = {c.criterion: c for c in report.criteria}
    assert by_id["interruptions"].agreement == 0.0 and by_id["empathy"].agreement == 1.0
    assert report.agreement == 0.5 and not report.passes(0.9)
    with pytest.raises(publishing.PublishBlocked, match=r"overall agreement 50%; criteria below it: No interruptions \(interruptions\) 0%"):
        publishing.publish(db, draft, user=calls["trainer"], threshold=0.9)
    # every criterion must reach the threshold too, not only the overall share
    with pytest.raises(publishing.PublishBlocked, match="1 of 2 expected outcomes match.*: criteria below it"):
        publishing.publish(db, draft, user=calls["trainer"], threshold=0.5)
    assert scorecard_versions.latest_version(db, "default").version == latest.version, "nothing was published"
    version, _ = publishing.publish(db, draft, user=calls["trainer"], threshold=0.0)
    assert version.version == latest.version + 1 and version.created_by_id == calls["trainer"].id
    assert db.scalar(select(AuditEntry).where(AuditEntry.action == "scorecard.publish_override")) is None
    diff = scorecard_versions.diff_versions(latest, version)
    assert diff.criteria == [{"criterion": "interruptions", "label": "No interruptions", "change": "changed",
                              "fields": {"params": [{"max_agent_interruptions": 0}, {"max_agent_interruptions": 9}]}}]
    assert re.search(r"\n-\s+max_agent_interruptions: 0\n\+\s+max_agent_interruptions: 9\n", diff.unified)
    # a criterion removed and one added
    data2 = copy.deepcopy(data)
    data2["version"] = latest.version + 2
    removed = data2["sections"][0]["criteria"].pop(0)
    data2["sections"][0]["criteria"].append({**removed, "id": "greeting_short", "params": {"required": ["salutation"]}})
    changes = {c["criterion"]: c["change"] for c in scorecard_versions.diff_versions(version, drafts.parse_draft(data=data2)).criteria}
    assert changes == {"greeting_short": "added", "greeting": "removed"}
    # a preview of a removed criterion says so
    shown = preview.preview(db, drafts.parse_draft(data=data2), last=2)
    statuses = {c.criterion: c.status for c in shown.calls[0].criteria}
    assert statuses["greeting"] == "removed" and statuses["greeting_short"] == "added"
