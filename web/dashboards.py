"""Dashboards: scores and pass rates over time per team and agent, the criteria
failed most, interruption and silence trends, and how often trainers agree
with the detectors.

The page takes the call list's filters (``web.calls.filters_from_args``) and
sees exactly the calls the user may see, one evaluation per call
(:func:`qa_service.call_list.list_query`); the figures
come from :func:`qa_service.analytics.dashboard_for` (the weekly summary where it can answer) and are drawn as server-side SVG with
:mod:`web.charts`, like the rest of the UI. ``?format=json`` returns the
same figures as JSON.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

from flask import Blueprint, jsonify, render_template, request
from markupsafe import Markup

from qa_service import analytics, call_list
from web import charts
from web.auth import login_required, user_row
from web.calls import filters_from_args
from web.db import get_db

bp = Blueprint("dashboards", __name__, url_prefix="/dashboards")

# weeks shown when no "from" date is given
DEFAULT_WEEKS = 12
# lines drawn in the per-team/per-agent chart (the rest are in the table)
MAX_GROUP_LINES = charts.SERIES_COLOURS


def _dt(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def _pct_ticks() -> list[tuple[float, str]]:
    return [(0, "0"), (25, "25"), (50, "50"), (75, "75"), (100, "100")]


def score_chart(trend: list[analytics.TrendPoint], pass_mark: float | None = None) -> Markup:
    """Mean score and pass rate per week."""
    return charts.line_chart(
        [
            charts.Series("Mean score", [(_dt(p.week), p.mean_score) for p in trend]),
            charts.Series("Pass rate (%)", [(_dt(p.week), p.pass_rate * 100) for p in trend]),
        ],
        label=f"Mean score and pass rate per week over {len(trend)} week(s), 0 to 100",
        y_range=(0.0, 100.0), y_ticks=_pct_ticks(), x_format="date", zero_line=pass_mark, height=200,
    )


def group_chart(lines: dict[str, list[analytics.TrendPoint]], groups: list[str]) -> Markup:
    """Mean score per week of each of ``groups`` (``lines``: each group's points, :meth:`analytics.Dashboard.group_lines`)."""
    series = [charts.Series(g, [(_dt(p.week), p.mean_score) for p in lines[g]]) for g in groups]
    return charts.line_chart(
        series, label=f"Mean score per week of {', '.join(groups)}", y_range=(0.0, 100.0), y_ticks=_pct_ticks(),
        x_format="date", height=200,
    )


def timing_chart(timing: list[analytics.TimingWeek]) -> Markup:
    """Interruptions and long silences per call, per week."""
    top = max([1.0] + [max(t.agent_interruptions, t.customer_interruptions, t.long_silences) for t in timing])
    top = float(int(top) + 1)
    ticks = [(top * i / 4, f"{top * i / 4:g}") for i in range(5)]
    return charts.line_chart(
        [
            charts.Series("Agent interruptions per call", [(_dt(t.week), t.agent_interruptions) for t in timing]),
            charts.Series("Customer interruptions per call", [(_dt(t.week), t.customer_interruptions) for t in timing]),
            charts.Series("Long silences per call", [(_dt(t.week), t.long_silences) for t in timing]),
        ],
        label="Interruptions and long silences per call, per week", y_range=(0.0, top), y_ticks=ticks,
        x_format="date", height=200,
    )


def silence_chart(timing: list[analytics.TimingWeek]) -> Markup:
    """Seconds of silence and overlap per call, per week."""
    peak = max([8.0] + [max(t.silence_seconds, t.longest_silence, t.overlap_seconds) for t in timing])
    # four round steps that reach the highest value
    top = 4 * float(charts.nice_step(peak / 4, target_ticks=1))
    ticks = [(top * i / 4, f"{top * i / 4:g} s") for i in range(5)]
    return charts.line_chart(
        [
            charts.Series("Silence per call (s)", [(_dt(t.week), t.silence_seconds) for t in timing]),
            charts.Series("Longest silence (s)", [(_dt(t.week), t.longest_silence) for t in timing]),
            charts.Series("Overlapping speech (s)", [(_dt(t.week), t.overlap_seconds) for t in timing]),
        ],
        label="Seconds of silence, longest silence and overlapping speech per call, per week",
        y_range=(0.0, top), y_ticks=ticks, x_format="date", height=200,
    )


def criterion_grid(rows: list[analytics.CriterionWeek]) -> tuple[list[date], list[dict[str, Any]]]:
    """Weeks, and per criterion its pass rate per week (None where it never applied)."""
    weeks = sorted({r.week for r in rows})
    by_criterion: dict[str, dict[str, Any]] = {}
    cells: dict[str, dict[date, analytics.CriterionWeek]] = defaultdict(dict)
    for r in rows:
        by_criterion.setdefault(r.criterion, {"criterion": r.criterion, "label": r.label})
        cells[r.criterion][r.week] = r
    out = []
    for cid, info in by_criterion.items():
        info["cells"] = [cells[cid].get(w) for w in weeks]
        out.append(info)
    return weeks, sorted(out, key=lambda i: i["label"].lower())


def rate_class(rate: float | None) -> str:
    """A CSS class for a pass rate cell: rate-na, rate-0 ... rate-10 (tenths)."""
    return "rate-na" if rate is None else f"rate-{int(round(rate * 10))}"


@bp.get("/")
@login_required
def index():  # noqa: ANN201
    """The dashboard for the filtered calls the user may see (``?by=team|agent``, ``?format=json``)."""
    user = user_row()
    filters, errors = filters_from_args(request.args)
    by = request.args.get("by", "team")
    if by not in analytics.GROUPS:
        errors.append(f"by {by!r} is not one of {', '.join(analytics.GROUPS)}")
        by = "team"
    if filters.since is None and not request.args.get("from"):
        start = datetime.now(timezone.utc) - timedelta(weeks=DEFAULT_WEEKS)
        filters = replace(filters, since=start.replace(hour=0, minute=0, second=0, microsecond=0))
    db = get_db()
    data = analytics.dashboard_for(db, user, filters, by=by, with_agreement=user.role != "agent")
    if request.args.get("format") == "json":
        return jsonify(data.to_dict() | {"errors": errors})
    shown = [g.group for g in data.groups[:MAX_GROUP_LINES]]
    lines = data.group_lines(shown)
    weeks, grid = criterion_grid(data.criteria)
    args = {k: v for k, v in request.args.items() if v and k not in ("by", "format")}
    return render_template(
        "dashboards/index.html",
        data=data, by=by, errors=errors, args=args, since=filters.since,
        choices=call_list.filter_choices(db, user),
        score_svg=score_chart(data.trend) if data.trend else None,
        group_svg=group_chart(lines, shown) if any(lines.values()) else None,
        timing_svg=timing_chart(data.timing) if data.timing else None,
        silence_svg=silence_chart(data.timing) if data.timing else None,
        weeks=weeks, grid=grid, rate_class=rate_class,
        export_args={k: v for k, v in args.items() if k != "sort"} | (
            {"from": filters.since.date().isoformat()} if filters.since and "from" not in args else {}),
    )
