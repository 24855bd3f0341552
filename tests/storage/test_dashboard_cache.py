"""A process keeps the dashboards it computed (qa_service.analytics.dashboard_for) under the weekly
summary's version, and never returns one that is out of date: an override, a re-score, a review step, an
agent moving team, a trainer joining a team, a write by another process and a rebuild of the summary
each give fresh figures; a transaction that rolled back leaves nothing behind. SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select, text

from qa_service import accounts, analytics, call_list, lifecycle, reviews, weekly_summary
from qa_service.calls import load_call
from qa_service.db.models import Agent, CallRecord, EvaluationRecord, ScorecardVersion, User
from qa_service.db.session import session_scope
from qa_service.scorecard_versions import register_scorecard, scorecard_for_version
from scorecards.engine import score_call

REPO = Path(__file__).resolve().parents[2]
# from a Tuesday a month back: whole weeks from the summary and a part week from the rows
SINCE = (datetime.now(timezone.utc) - timedelta(weeks=4)).replace(hour=0, minute=0, second=0, microsecond=0)
SINCE -= timedelta(days=(SINCE.weekday() - 1) % 7)
FILTERS = call_list.CallFilters(since=SINCE)


def _world(settings, factories):  # noqa: ANN001, ANN202
    """Teams North (AG-1) and South (AG-2), an admin and a North trainer, three scored calls per agent over
    the last four weeks, and a newer version of the default scorecard to re-score with."""
    now = datetime.now(timezone.utc)
    with session_scope(settings) as s:
        north, south = accounts.get_or_create_team(s, "North"), accounts.get_or_create_team(s, "South")
        accounts.get_or_create_agent(s, "AG-1", team=north)
        accounts.get_or_create_agent(s, "AG-2", team=south)
        factories.make_user(s, "boss", "admin")
        factories.make_user(s, "coach", "trainer", teams=[north])
        version = factories.default_version(s)
        register_scorecard(s, factories.changed_scorecard(factories.bundled_version() + 1))
        for i in range(6):
            record = factories.make_call(s, name=[factories.GOOD_SAMPLE, factories.POOR_SAMPLE][i % 2],
                                         agent=f"AG-{1 + i % 2}",
                                         started_at=(now - timedelta(days=2 + 4 * i, hours=i)).isoformat())
            factories.make_evaluation(s, record, version)


def _user(s, username: str) -> User:  # noqa: ANN001
    return s.scalar(select(User).where(User.username == username))


def _board(settings, username: str, *, by: str = "agent", cached: bool = True) -> analytics.Dashboard:  # noqa: ANN001
    with session_scope(settings) as s:
        return analytics.dashboard_for(s, _user(s, username), FILTERS, by=by, cached=cached)


def _kept_is_fresh(settings, username: str, *, by: str = "agent") -> analytics.Dashboard:  # noqa: ANN001
    """The dashboard ``dashboard_for`` returns, checked equal to one computed now from the database."""
    kept = _board(settings, username, by=by)
    assert kept.to_dict() == _board(settings, username, by=by, cached=False).to_dict()
    return kept


def _current(s, agent: str) -> EvaluationRecord:  # noqa: ANN001
    return s.scalars(select(EvaluationRecord).join(CallRecord).join(CallRecord.agent)
                     .where(EvaluationRecord.is_current.is_(True), Agent.external_id == agent)
                     .order_by(EvaluationRecord.id)).first()


def test_a_kept_dashboard_is_returned_until_an_evaluation_changes(settings, factories):
    _world(settings, factories)
    first = _kept_is_fresh(settings, "boss")
    assert first.evaluations == 6
    # nothing changed: the same figures, not computed again
    assert _board(settings, "boss") is first

    # a trainer overrides a passed criterion: the score and the agreement figures move
    with session_scope(settings) as s:
        ev = _current(s, "AG-1")
        row = next(c for c in ev.criteria if c.outcome == "pass" and c.points > 0)
        reviews.override(s, ev, row.criterion_id, "fail", reason="not said", user=_user(s, "coach"))
    overridden = _kept_is_fresh(settings, "boss")
    assert overridden is not first
    assert overridden.mean_score < first.mean_score
    assert sum(a.overrides for a in overridden.agreement) == sum(a.overrides for a in first.agreement) + 1

    # a review step: the evaluation counts as reviewed in the agreement basis
    with session_scope(settings) as s:
        reviews.set_review_state(s, _current(s, "AG-2"), "completed", user=_user(s, "coach"))
    reviewed = _kept_is_fresh(settings, "boss")
    assert reviewed.agreement_basis.evaluations == overridden.agreement_basis.evaluations + 1

    # a re-score with a newer scorecard version (a heavier first criterion)
    with session_scope(settings) as s:
        record = _current(s, "AG-2").call
        newer = s.scalars(select(ScorecardVersion).order_by(ScorecardVersion.version.desc())).first()
        lifecycle.store_result(s, record, newer, score_call(load_call(record), scorecard_for_version(newer)))
    # computed again (the figures may be the same: the review was carried to the new evaluation)
    assert _kept_is_fresh(settings, "boss") is not reviewed
    # the other grouping and the other user were kept apart, and are fresh too
    assert _kept_is_fresh(settings, "boss", by="team").evaluations == 6
    assert _kept_is_fresh(settings, "coach").evaluations == 3


def test_moving_an_agent_or_a_trainer_changes_kept_dashboards(settings, factories):
    """Neither changes the summary's rows; both change what a dashboard shows."""
    _world(settings, factories)
    by_team = _kept_is_fresh(settings, "boss", by="team")
    assert {g.group: g.evaluations for g in by_team.groups} == {"North": 3, "South": 3}
    assert _kept_is_fresh(settings, "coach").evaluations == 3

    with session_scope(settings) as s:
        accounts.put_agent_in_team(s, accounts.get_or_create_agent(s, "AG-2"),
                                   accounts.get_or_create_team(s, "North"))
    assert {g.group: g.evaluations for g in _kept_is_fresh(settings, "boss", by="team").groups} == {"North": 6}
    # the North trainer now sees AG-2's calls
    assert _kept_is_fresh(settings, "coach").evaluations == 6

    with session_scope(settings) as s:
        east = accounts.get_or_create_team(s, "East")
        accounts.put_agent_in_team(s, accounts.get_or_create_agent(s, "AG-2"), east)
    assert _kept_is_fresh(settings, "coach").evaluations == 3
    with session_scope(settings) as s:
        accounts.add_team_member(s, accounts.get_or_create_team(s, "East"), _user(s, "coach"))
    assert _kept_is_fresh(settings, "coach").evaluations == 6


def test_a_dashboard_read_in_a_transaction_that_rolls_back_is_never_returned(settings, factories):
    _world(settings, factories)
    before = _kept_is_fresh(settings, "boss")
    with session_scope(settings) as s:
        ev = _current(s, "AG-1")
        row = next(c for c in ev.criteria if c.outcome == "pass" and c.points > 0)
        reviews.override(s, ev, row.criterion_id, "fail", reason="not said", user=_user(s, "coach"))
        # the writer sees its own change (under a version of its own)...
        inside = analytics.dashboard_for(s, _user(s, "boss"), FILTERS, by="agent")
        assert inside.mean_score < before.mean_score
        s.rollback()
    # ... which never became anyone's
    after = _kept_is_fresh(settings, "boss")
    assert after.to_dict() == before.to_dict()


def test_a_write_by_another_process_is_seen(settings, factories):
    _world(settings, factories)
    before = _kept_is_fresh(settings, "boss")
    with session_scope(settings) as s:
        ev_id = _current(s, "AG-1").id
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from qa_service.config import load_settings\n"
        "from qa_service.db.session import session_scope\n"
        "from qa_service.db.models import EvaluationRecord, User\n"
        "from qa_service import reviews\n"
        "from sqlalchemy import select\n"
        "settings = load_settings(environ={}, data_dir=sys.argv[2], database_url=sys.argv[3], log_level='WARNING')\n"
        "with session_scope(settings) as s:\n"
        "    ev = s.get(EvaluationRecord, int(sys.argv[4]))\n"
        "    row = next(c for c in ev.criteria if c.outcome == 'pass' and c.points > 0)\n"
        "    coach = s.scalar(select(User).where(User.username == 'coach'))\n"
        "    reviews.override(s, ev, row.criterion_id, 'fail', reason='in another process', user=coach)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(REPO), str(settings.data_dir), settings.effective_database_url,
                    str(ev_id)], check=True, timeout=120)
    after = _kept_is_fresh(settings, "boss")
    assert after.mean_score < before.mean_score


def test_rebuilding_the_summary_gives_it_a_new_version(settings, factories):
    _world(settings, factories)
    before = _kept_is_fresh(settings, "boss")
    with session_scope(settings) as s:
        version = weekly_summary.version(s)
        # changed behind the service's back, then repaired
        s.execute(text("UPDATE weekly_scores SET score_sum = score_sum + 100"))
    with session_scope(settings) as s:
        weekly_summary.rebuild(s)
    with session_scope(settings) as s:
        assert weekly_summary.version(s) not in (None, version)
    after = _kept_is_fresh(settings, "boss")
    assert after is not before and after.to_dict() == before.to_dict()


def test_reading_gives_no_new_version(settings, factories):
    _world(settings, factories)
    with session_scope(settings) as s:
        version = weekly_summary.version(s)
    _board(settings, "boss")
    _board(settings, "coach", by="team")
    with session_scope(settings) as s:
        assert weekly_summary.version(s) == version
        # an ORM change to an evaluation replaces it
        reviews.set_review_state(s, _current(s, "AG-1"), "in_review", user=_user(s, "coach"))
    with session_scope(settings) as s:
        assert weekly_summary.version(s) != version


def test_kept_filter_menus_follow_new_calls_agents_and_teams(settings, factories):
    _world(settings, factories)

    def choices(username: str) -> dict:  # noqa: ANN202
        with session_scope(settings) as s:
            return call_list.filter_choices(s, _user(s, username))

    first = choices("boss")
    assert choices("boss") is first  # kept
    assert [a for a, _name in first["agents"]] == ["AG-1", "AG-2"]
    # a call of an agent who had none: the agent's first appearance in the menu
    with session_scope(settings) as s:
        accounts.get_or_create_agent(s, "AG-3", name="Cleo")
    with session_scope(settings) as s:
        assert [a for a, _name in call_list.filter_choices(s, _user(s, "boss"))["agents"]] == ["AG-1", "AG-2"]
        factories.make_call(s, agent="AG-3")
    assert [a for a, _name in choices("boss")["agents"]] == ["AG-1", "AG-2", "AG-3"]
    # a new team; the trainer's own menu follows their memberships
    assert choices("coach")["teams"] == ["North"]
    with session_scope(settings) as s:
        accounts.add_team_member(s, accounts.get_or_create_team(s, "West"), _user(s, "coach"))
    assert choices("coach")["teams"] == ["North", "West"]
    assert choices("boss")["teams"] == ["North", "South", "West"]
