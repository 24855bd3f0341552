"""``qa-service calibration`` and ``qa-service queues``: calibration sessions' results and review
queues from the command line (as the operator: every session and queue). Sessions and queues are
created in the web UI, where leads pick calls and trainers."""

from __future__ import annotations

from datetime import datetime, timezone

import click

from qa_service.cli.params import RECORD_ID
from qa_service.config import load_settings
from transcription.errors import QAError


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


@click.group()
def calibration() -> None:
    """Calibration sessions: list them, print or export their results, each evaluator's alignment."""


@calibration.command("list")
def list_sessions() -> None:
    """Every session: id, status, calls, evaluators and how far each got."""
    from qa_service import calibration as service
    from qa_service.db.session import session_scope

    with session_scope(load_settings()) as session:
        sessions = service.all_sessions(session)
        if not sessions:
            click.echo("No calibration sessions yet (leads start them in the web UI: Calibration > New session).")
        for cal in sessions:
            done = ", ".join(f"{p.user.username} {p.done}/{p.total}" for p in service.progress(session, cal))
            click.echo(f"#{cal.id}  {cal.status:6}  {cal.title}  ({cal.scorecard_version.scorecard.key} "
                       f"v{cal.scorecard_version.version}, {len(cal.calls)} calls; {done})")


@calibration.command("results")
@click.argument("session_id", type=RECORD_ID)
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text", show_default=True,
              help="text: the figures; csv: every answer; json: figures and answers.")
def results(session_id: int, fmt: str) -> None:
    """The agreement figures of session SESSION_ID."""
    import json

    from qa_service import calibration as service
    from qa_service.db.session import session_scope

    try:
        with session_scope(load_settings()) as session:
            res = service.results(session, service.session_by_id(session, session_id))
    except QAError as e:
        raise click.ClickException(str(e)) from e
    if fmt == "csv":
        click.echo(service.export_csv(res), nl=False)
        return
    if fmt == "json":
        click.echo(json.dumps(res.to_dict(), indent=2))
        return
    click.echo(f"{res.title} ({res.scorecard} v{res.version}, {res.status}): {res.calls} calls, "
               f"evaluators {', '.join(res.evaluators)}")
    click.echo(f"{'criterion':32} {'calls':>5} {'kappa':>6} {'agree':>6} {'machine':>8}")
    for c in res.criteria:
        kappa = "-" if c.kappa is None else f"{c.kappa:.2f}"
        click.echo(f"{c.label[:32]:32} {c.calls:>5} {kappa:>6} {_pct(c.percent):>6} {_pct(c.ai_agreement):>8}")
    for e in res.evaluator_agreement:
        click.echo(f"{e.name}: {_pct(e.agreement)} with the consensus ({e.agreed}/{e.compared})")
    click.echo(f"machine: {_pct(res.ai_agreement)} with the consensus ({res.ai_agreed}/{res.ai_compared}); "
               f"{len(res.splits)} split answer(s)")


@calibration.command("alignment")
def alignment() -> None:
    """Each evaluator's agreement with the consensus per session, oldest first (grading the grader)."""
    from qa_service import calibration as service
    from qa_service.db.session import session_scope

    with session_scope(load_settings()) as session:
        sessions, lines = service.alignment_history(session, None)
        for line in lines:
            points = "  ".join(f"#{p.session_id} {_pct(p.agreement)}" for p in line.points)
            click.echo(f"{line.name}: mean {_pct(line.mean)}  {points}")
        if not lines:
            click.echo("No answers in any calibration session yet.")


@click.group()
def queues() -> None:
    """Review queues: list them with their progress, fill them now."""


@queues.command("list")
def list_queues() -> None:
    """Every queue: team, rule, reviewed / picked."""
    from qa_service import review_queues
    from qa_service.db.session import session_scope

    with session_scope(load_settings()) as session:
        rows = review_queues.all_queues(session)
        if not rows:
            click.echo("No review queues yet (admins and trainers create them in the web UI: Queues).")
        for q in rows:
            p = review_queues.progress(session, q)
            state = "active" if q.is_active else "paused"
            click.echo(f"#{q.id}  {state:6}  {q.team.name}: {q.name}  ({review_queues.RULES[q.rule].label}, "
                       f"{q.params}); {p.done}/{p.total} reviewed")


@queues.command("fill")
@click.option("--queue", "queue_id", type=RECORD_ID, default=None, help="Only this queue (default: every active one).")
@click.option("--week", default=None, help="Any day of the week to fill, YYYY-MM-DD (default: this week and last).")
def fill(queue_id: int | None, week: str | None) -> None:
    """Pick calls into the queues now (what the hourly periodic task does); never picks a call twice."""
    from qa_service import review_queues
    from qa_service.db.session import session_scope

    weeks = None
    if week:
        try:
            weeks = [datetime.strptime(week, "%Y-%m-%d").replace(tzinfo=timezone.utc)]
        except ValueError:
            raise click.BadParameter(f"{week!r} is not a date; use YYYY-MM-DD", param_hint="--week") from None
    with session_scope(load_settings(), immediate=True) as session:
        chosen = review_queues.all_queues(session)
        if queue_id is not None:
            chosen = [q for q in chosen if q.id == queue_id]
            if not chosen:
                raise click.ClickException(f"there is no review queue #{queue_id}; `qa-service queues list` shows them")
        else:
            chosen = [q for q in chosen if q.is_active]
        for q in chosen:
            report = review_queues.fill(session, q, weeks=weeks)
            added = ", ".join(f"{n} in the week of {w}" for w, n in sorted(report.added.items()))
            click.echo(f"#{q.id} {q.team.name}: {q.name}: {report.total} added ({added})")
