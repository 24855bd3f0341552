"""The golden-call verdict says what fell short: which criteria, which golden calls, the threshold;
and a share just below the threshold never reads as the threshold ("90 % agreement [below 90 %]")."""

from __future__ import annotations

from qa_service.golden import CriterionAgreement, GoldenReport, percent


def test_percent_rounds_down_so_just_below_never_reads_as_the_threshold():
    assert percent(0.8996) == "89.9%"
    assert percent(0.9) == "90%"
    assert percent(2 / 3) == "66.6%"
    assert percent(1.0) == "100%" and percent(0.0) == "0%"


def test_verdict_names_the_criterion_below_the_threshold_although_the_overall_share_reaches_it():
    # 9 of 10 overall is 90 %, yet one criterion agrees on 1 of 2 golden calls: below 90 %
    report = GoldenReport("default", 2, (
        CriterionAgreement("greeting", "Proper greeting", 8, 8),
        CriterionAgreement("empathy", "Empathy", 2, 1, (("call-7", "pass", "na"),)),
    ))
    assert report.agreement == 0.9 and not report.passes(0.9)
    assert report.verdict(0.9) == "Empathy below 90%"
    assert report.shortfalls(0.9) == [
        "Empathy: 1 of 2 golden call(s) agree (50%, below 90%): golden call call-7 expects Pass, the draft gives N/A."
    ]


def test_verdict_of_a_passing_report_and_of_unscored_golden_calls():
    ok = GoldenReport("default", 1, (CriterionAgreement("greeting", "Proper greeting", 1, 1),))
    assert ok.passes(0.9) and ok.verdict(0.9) == "passes the 90% threshold" and ok.shortfalls(0.9) == []
    broken = GoldenReport("default", 2, ok.criteria, errors=("golden call x (#3): no transcript",))
    assert broken.verdict(0.9) == "1 golden call(s) not scored"
    assert broken.shortfalls(0.9) == ["Not scored: golden call x (#3): no transcript"]
