"""Calibration sessions: Fleiss' kappa against a published example, the consensus, blind answers,
each evaluator and the machine against the consensus, who may take part and see what."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import select

from qa_service import accounts, calibration
from qa_service.db.models import CalibrationAnswer, CriterionResultRecord
from qa_service.errors import Forbidden, Invalid, NotFound

# Fleiss (1971) as worked on Wikipedia ("Fleiss' kappa", worked example): 10 subjects, 14 raters,
# 5 categories; P-bar = 0.378, P-bar-e = 0.213, kappa = 0.210
WIKIPEDIA_TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_matches_the_published_worked_example():
    assert calibration.kappa_of_table(WIKIPEDIA_TABLE) == pytest.approx(0.210, abs=0.0005)
    assert calibration.agreement_of_table(WIKIPEDIA_TABLE) == pytest.approx(0.378, abs=0.0005)


def test_kappa_from_outcomes_perfect_chance_and_undefined():
    perfect = [["pass", "pass", "pass"], ["fail", "fail", "fail"], ["na", "na", "na"]]
    assert calibration.fleiss_kappa(perfect) == pytest.approx(1.0)
    assert calibration.percent_agreement(perfect) == pytest.approx(1.0)
    # everyone always says pass: agreement is total but kappa is 0/0
    assert calibration.fleiss_kappa([["pass", "pass"], ["pass", "pass"]]) is None
    assert calibration.percent_agreement([["pass", "pass"], ["pass", "pass"]]) == 1.0
    # two raters who always disagree are worse than chance
    assert calibration.fleiss_kappa([["pass", "fail"], ["fail", "pass"]]) < 0
    with pytest.raises(Invalid, match="same number of evaluators"):
        calibration.fleiss_kappa([["pass", "fail"], ["pass"]])


def test_consensus_is_a_strict_majority():
    assert calibration.consensus_of(["pass", "pass", "fail"]) == "pass"
    assert calibration.consensus_of(["pass", "fail"]) is None
    assert calibration.consensus_of(["pass", "fail", "na"]) is None
    assert calibration.consensus_of(["na", "na", "pass", "fail"]) is None
    assert calibration.consensus_of([]) is None


@pytest.fixture
def team(session, factories):
    """Team North with agent AG-N and three calls of theirs scored with the default scorecard; trainers
    t1..t3 in North, trainer ts in South, an admin and an agent."""
    north = accounts.get_or_create_team(session, "North")
    south = accounts.get_or_create_team(session, "South")
    accounts.put_agent_in_team(session, accounts.get_or_create_agent(session, "AG-N"), north)
    version = factories.default_version(session)
    calls = []
    for i, name in enumerate([factories.GOOD_SAMPLE, factories.POOR_SAMPLE, factories.GOOD_SAMPLE]):
        record = factories.make_call(session, name=name, call_id=f"cal-{i}", agent="AG-N")
        factories.make_evaluation(session, record, version)
        calls.append(record)
    users = {name: factories.make_user(session, name, "trainer", teams=[north]) for name in ("t1", "t2", "t3")}
    users["ts"] = factories.make_user(session, "ts", "trainer", teams=[south])
    users["admin"] = factories.make_user(session, "boss", "admin")
    users["agent"] = factories.make_user(session, "agent1", "agent")
    session.flush()
    return {"version": version, "calls": calls, **users}


def _start(session, team, evaluators=("t1", "t2", "t3"), lead="admin"):  # noqa: ANN001, ANN202
    return calibration.create_session(
        session, lead=team[lead], title="Week 48", version=team["version"],
        call_ids=[c.id for c in team["calls"][:2]], evaluator_ids=[team[e].id for e in evaluators])


def _all(cal, outcome="pass", **changes):  # noqa: ANN001, ANN202
    answers = {c.id: (outcome, "") for c in calibration.criteria_of(cal)}
    answers.update(changes)
    return answers


def test_results_per_criterion_evaluator_and_machine(session, team):
    cal = _start(session, team)
    first, second = [cc.id for cc in cal.calls]
    ai = {(r.evaluation_id, r.criterion_id): r.auto_outcome for r in session.scalars(select(CriterionResultRecord))}
    greeting_ai = ai[(cal.calls[0].evaluation_id, "greeting")]
    other = "fail" if greeting_ai == "pass" else "pass"
    # call 1: t1 and t2 side with the machine on greeting, t3 does not; call 2: all say pass everywhere
    calibration.submit_answers(session, cal, first, team["t1"], _all(cal, greeting=(greeting_ai, "")))
    calibration.submit_answers(session, cal, first, team["t2"], _all(cal, greeting=(greeting_ai, "")))
    calibration.submit_answers(session, cal, first, team["t3"], _all(cal, greeting=(other, "missed the name")))
    for who in ("t1", "t2", "t3"):
        calibration.submit_answers(session, cal, second, team[who], _all(cal))
    res = calibration.results(session, cal)

    greeting = next(c for c in res.criteria if c.criterion == "greeting")
    ratings = [[greeting_ai, greeting_ai, other], ["pass", "pass", "pass"]]
    assert greeting.calls == 2 and greeting.unanimous == 1
    assert greeting.kappa == pytest.approx(calibration.fleiss_kappa(ratings))
    assert greeting.percent == pytest.approx((1 / 3 + 1) / 2)
    # the machine agrees with the consensus on call 1 (it is the consensus), and on call 2 only if it said pass
    assert greeting.ai_compared == 2
    assert greeting.ai_agreed == 1 + (ai[(cal.calls[1].evaluation_id, "greeting")] == "pass")

    by_name = {e.name: e for e in res.evaluator_agreement}
    n_criteria = len(calibration.criteria_of(cal))
    assert by_name["t1"].agreement == 1.0 and by_name["t1"].compared == 2 * n_criteria
    assert by_name["t3"].agreed == 2 * n_criteria - 1
    assert by_name["t3"].per_criterion["greeting"] == (1, 2)

    split = next(s for s in res.splits if s.call_id == "cal-0" and s.criterion == greeting.label)
    assert split.answers["t3"] == (other, "missed the name")
    assert split.consensus == greeting_ai and split.ai == greeting_ai
    # machine outcomes that differ from a unanimous panel are splits too
    for s in res.splits:
        assert len({o for o, _ in s.answers.values()}) > 1 or s.ai != s.consensus

    rows = list(csv.DictReader(io.StringIO(calibration.export_csv(res))))
    assert len(rows) == 2 * 3 * n_criteria
    assert {r["evaluator"] for r in rows} == {"t1", "t2", "t3"}
    assert any(r["comment"] == "missed the name" and r["ai_outcome"] == greeting_ai for r in rows)
    data = json.loads(json.dumps(res.to_dict()))
    assert data["criteria"][0]["fleiss_kappa"] is None or isinstance(data["criteria"][0]["fleiss_kappa"], float)
    assert len(data["answers"]) == len(rows)


def test_answering_again_replaces_and_closing_freezes(session, team):
    cal = _start(session, team)
    cc = cal.calls[0].id
    calibration.submit_answers(session, cal, cc, team["t1"], _all(cal, "fail"))
    calibration.submit_answers(session, cal, cc, team["t1"], _all(cal, "pass"))
    rows = session.scalars(select(CalibrationAnswer).where(CalibrationAnswer.evaluator_id == team["t1"].id)).all()
    assert len(rows) == len(calibration.criteria_of(cal)) and {r.outcome for r in rows} == {"pass"}
    assert [p.done for p in calibration.progress(session, cal)] == [1, 0, 0]
    with pytest.raises(Forbidden, match="only the lead"):
        calibration.close_session(session, cal, team["t1"])
    calibration.close_session(session, cal, team["admin"])
    with pytest.raises(Forbidden, match="closed"):
        calibration.submit_answers(session, cal, cc, team["t1"], _all(cal))


def test_bad_sessions_and_answers_are_refused(session, team, factories):
    with pytest.raises(Invalid, match="at least two evaluators"):
        _start(session, team, evaluators=("t1",))
    with pytest.raises(Invalid, match="'ts' may not see call"):
        _start(session, team, evaluators=("t1", "ts"))
    with pytest.raises(Invalid, match="cannot evaluate"):
        _start(session, team, evaluators=("t1", "agent"))
    with pytest.raises(Forbidden, match="cannot lead"):
        _start(session, team, lead="agent")
    unscored = factories.make_call(session, call_id="unscored", agent="AG-N")
    with pytest.raises(Invalid, match="'unscored' was not scored with default"):
        calibration.create_session(session, lead=team["admin"], title="x", version=team["version"],
                                   call_ids=[unscored.id], evaluator_ids=[team["t1"].id, team["t2"].id])
    # a trainer leads only with calls they may see
    with pytest.raises(NotFound):
        _start(session, team, evaluators=("t1", "t2"), lead="ts")
    cal = _start(session, team)
    answers = _all(cal)
    answers.pop("greeting")
    with pytest.raises(Invalid, match="missing: Proper greeting"):
        calibration.submit_answers(session, cal, cal.calls[0].id, team["t1"], answers)
    with pytest.raises(Invalid, match="not one of pass, fail, na"):
        calibration.submit_answers(session, cal, cal.calls[0].id, team["t1"], _all(cal, "maybe"))
    with pytest.raises(Forbidden, match="not an evaluator"):
        calibration.submit_answers(session, cal, cal.calls[0].id, team["admin"], _all(cal))


def test_who_sees_which_session_and_its_results(session, team):
    cal = _start(session, team, evaluators=("t1", "t2"), lead="t3")
    other = _start(session, team, evaluators=("t2", "t3"))
    assert [c.id for c in calibration.sessions_for(session, team["t1"])] == [cal.id]
    assert {c.id for c in calibration.sessions_for(session, team["t3"])} == {cal.id, other.id}
    assert {c.id for c in calibration.sessions_for(session, team["admin"])} == {cal.id, other.id}
    with pytest.raises(NotFound):
        calibration.get_session(session, team["t1"], other.id)
    with pytest.raises(NotFound):
        calibration.get_session(session, team["ts"], cal.id)
    with pytest.raises(Forbidden):
        calibration.sessions_for(session, team["agent"])
    with pytest.raises(Forbidden):
        calibration.get_session(session, team["agent"], cal.id)
    # blind: an evaluator sees no results until the session closes; the lead does
    assert calibration.may_see_results(session, cal, team["t1"])[0] is False
    assert calibration.may_see_results(session, cal, team["t3"])[0] is True
    # a lead who also evaluates waits until they scored every call
    seen, why = calibration.may_see_results(session, other, team["admin"])
    assert seen is True
    mine = calibration.create_session(session, lead=team["t3"], title="self", version=team["version"],
                                      call_ids=[team["calls"][0].id], evaluator_ids=[team["t1"].id, team["t3"].id])
    seen, why = calibration.may_see_results(session, mine, team["t3"])
    assert not seen and "scored all 1 calls" in why
    calibration.submit_answers(session, mine, mine.calls[0].id, team["t3"], _all(mine))
    assert calibration.may_see_results(session, mine, team["t3"])[0] is True
    calibration.close_session(session, cal, team["t3"])
    assert calibration.may_see_results(session, cal, team["t1"])[0] is True


def test_blind_call_shows_only_the_evaluators_own_answers(session, team):
    cal = _start(session, team)
    cc = cal.calls[0].id
    calibration.submit_answers(session, cal, cc, team["t2"], _all(cal, "fail", greeting=("na", "t2's secret")))
    blind = calibration.blind_call(session, cal, cc, team["t1"])
    assert blind.answers == {} and blind.utterances and blind.position == 1 and blind.total == 2
    assert [c.id for c in blind.criteria][0] == "greeting"
    assert calibration.blind_call(session, cal, cc, team["t2"]).answers["greeting"] == ("na", "t2's secret")
    with pytest.raises(Forbidden):
        calibration.blind_call(session, cal, cc, team["admin"])


def test_alignment_over_sessions(session, team):
    sessions = []
    for week, t3_says in (("w1", "fail"), ("w2", "pass")):
        cal = calibration.create_session(session, lead=team["admin"], title=week, version=team["version"],
                                         call_ids=[team["calls"][0].id],
                                         evaluator_ids=[team[e].id for e in ("t1", "t2", "t3")])
        cc = cal.calls[0].id
        calibration.submit_answers(session, cal, cc, team["t1"], _all(cal))
        calibration.submit_answers(session, cal, cc, team["t2"], _all(cal))
        calibration.submit_answers(session, cal, cc, team["t3"], _all(cal, t3_says))
        sessions.append(cal)
    calibration.close_session(session, sessions[0], team["admin"])
    shown, lines = calibration.alignment_history(session, team["admin"])
    assert [c.title for c in shown] == ["w1", "w2"]
    t3 = next(line for line in lines if line.name == "t3")
    assert [p.agreement for p in t3.points] == [0.0, 1.0]
    assert t3.mean == pytest.approx(0.5)
    # an evaluator sees only the closed session
    shown, lines = calibration.alignment_history(session, team["t1"])
    assert [c.title for c in shown] == ["w1"]


def test_cli_prints_and_exports_results(settings, factories, monkeypatch):
    from click.testing import CliRunner

    from qa_service.cli import cli
    from qa_service.db.session import session_scope

    monkeypatch.setenv("QA_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("QA_DATA_DIR", str(settings.data_path))
    with session_scope(settings) as s:
        version = factories.default_version(s)
        record = factories.make_call(s, call_id="cli-call")
        factories.make_evaluation(s, record, version)
        a, b = factories.make_user(s, "ann", "admin"), factories.make_user(s, "bob", "author")
        cal = calibration.create_session(s, lead=a, title="CLI week", version=version, call_ids=[record.id],
                                         evaluator_ids=[a.id, b.id])
        for who, outcome in ((a, "pass"), (b, "fail")):
            calibration.submit_answers(s, cal, cal.calls[0].id, who, _all(cal, outcome))
        cal_id = cal.id
    runner = CliRunner()
    result = runner.invoke(cli, ["calibration", "list"])
    assert f"#{cal_id}  open    CLI week" in result.output and "ann 1/1" in result.output
    result = runner.invoke(cli, ["calibration", "results", str(cal_id)])
    assert result.exit_code == 0, result.output
    assert "Proper greeting" in result.output and "ann: -" in result.output  # no majority of two who split
    rows = list(csv.DictReader(io.StringIO(runner.invoke(cli, ["calibration", "results", str(cal_id),
                                                               "--format", "csv"]).output)))
    assert {r["evaluator"] for r in rows} == {"ann", "bob"} and {r["call"] for r in rows} == {"cli-call"}
    data = json.loads(runner.invoke(cli, ["calibration", "results", str(cal_id), "--format", "json"]).output)
    assert data["session"]["title"] == "CLI week"
    result = runner.invoke(cli, ["calibration", "results", "999"])
    assert result.exit_code != 0 and "no calibration session #999" in result.output
    assert "ann: mean -" in runner.invoke(cli, ["calibration", "alignment"]).output
