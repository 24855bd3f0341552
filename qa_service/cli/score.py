"""`qa-service score` and `qa-service scorecards`."""

from __future__ import annotations

import json
import sys

import click

from qa_service.config import load_settings
from transcription.errors import QAError

_MARK = {"pass": "PASS", "fail": "FAIL", "na": "N/A "}


def _fmt_time(seconds: float) -> str:
    m, s = divmod(seconds, 60)
    return f"{int(m):d}:{s:04.1f}"


def render_evaluation(ev: dict) -> str:
    """A readable summary of one evaluation (as a dict)."""
    sc = ev["scorecard"]
    verdict = "AUTO-FAIL" if ev["auto_failed"] else ("PASSED" if ev["passed"] else "FAILED")
    lines = [f"{ev['call_id']}: {ev['score']:.1f}/100 {verdict}  "
             f"(scorecard {sc['id']} v{sc['version']}, {sc['hash'][:12]})"]
    for s in ev["sections"]:
        sub = "n/a" if s["score"] is None else f"{s['points']:g}/{s['max_points']:g}"
        lines.append(f"  [{s['label']}] {sub}")
        for c in (c for c in ev["criteria"] if c["section"] == s["id"]):
            pts = "  n/a" if c["outcome"] == "na" else f"{c['points']:g}/{c['max_points']:g}"
            flag = " (auto-fail)" if c["auto_fail"] and c["outcome"] == "fail" else ""
            lines.append(f"    {_MARK[c['outcome']]} {c['label']} {pts}{flag}: {c['explanation']}")
            for e in c["evidence"][:6]:
                note = f"  <- {e['note']}" if e.get("note") else ""
                lines.append(f"           {_fmt_time(e['start'])} {e['speaker']}: \"{e['text']}\"{note}")
            if c["coaching"]:
                lines.append(f"         coaching: {' '.join(c['coaching'].split())}")
    m = ev.get("metrics") or {}
    shown = {k: v for k, v in m.items() if isinstance(v, (int, float, str))}
    if shown:
        lines.append("  metrics: " + ", ".join(f"{k}={v:g}" if isinstance(v, float) else f"{k}={v}" for k, v in shown.items()))
    return "\n".join(lines)


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--scorecard", "scorecard_id", metavar="ID_OR_PATH",
              help="Scorecard id (bundled or in QA_SCORECARDS_DIR) or YAML path. Default: QA_SCORECARD or 'default'.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one evaluation per call, on stdout.")
@click.option("--speaker-map", metavar="NAME=ROLE,...",
              help="Map speaker names in VTT/SRT files to roles, e.g. 'Anna=agent,Bob=customer'.")
def score(paths: tuple[str, ...], scorecard_id: str | None, as_json: bool, speaker_map: str | None) -> None:
    """Score calls against a scorecard.

    PATH is a file or a directory of canonical call JSON, WebVTT, SRT, Amazon
    Transcribe Call Analytics JSON, or audio (wav, mp3, flac, ogg, m4a: transcribed
    first). A file that fails is reported on stderr and the others are still
    scored. Exit status: 1 if any input failed, 2 for usage errors, 0 otherwise.
    """
    from qa_service.scoring import find_inputs, score_files, scorecard_for
    from transcription.importers import parse_speaker_map

    settings = load_settings()
    files, missing = find_inputs(list(paths))
    try:
        smap = parse_speaker_map(speaker_map)
        scorecard = scorecard_for(settings, scorecard_id)
    except QAError as e:
        raise click.UsageError(str(e)) from e
    failed = len(missing)
    for m in missing:
        click.echo(f"error: {m}: no such file or directory", err=True)
    if not files and not missing:
        raise click.UsageError("no call files (.json, .vtt, .srt or audio) found in " + ", ".join(paths))
    for result in score_files(files, scorecard, settings, speaker_map=smap):
        if result.error is not None:
            failed += 1
            click.echo(f"error: {result.error}", err=True)
            continue
        data = result.evaluation.to_dict()
        if as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            click.echo(render_evaluation(data) + "\n")
    if not as_json:
        total = len(files) + len(missing)
        click.echo(f"{total - failed} of {total} call(s) scored" + (f", {failed} failed (see errors above)" if failed else "."), err=True)
    if failed:
        raise click.exceptions.Exit(1)


@click.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
def scorecards(paths: tuple[str, ...]) -> None:
    """List the available scorecards, or validate the given YAML files."""
    from qa_service.scoring import scorecard_for
    from scorecards.schema import list_scorecards

    settings = load_settings()
    targets = list(paths) or [str(p) for p in list_scorecards(
        search_dirs=(settings.scorecards_dir,) if settings.scorecards_dir else ())]
    bad = 0
    for t in targets:
        try:
            sc = scorecard_for(settings, t)
        except QAError as e:
            bad += 1
            click.echo(f"error: {e}", err=True)
            continue
        click.echo(f"{sc.id} v{sc.version} ({sc.hash[:12]}) {sc.name}: {len(sc.criteria)} criteria, "
                   f"pass mark {sc.pass_mark:g}  [{sc.source}]")
    if bad:
        raise click.exceptions.Exit(1)


@click.command()
@click.argument("name", required=False)
def detectors(name: str | None) -> None:
    """List the detectors a scorecard can use, with their parameters and defaults."""
    from nlp.registry import get_registry

    registry = get_registry()
    try:
        specs = [registry.resolve(name)] if name else registry.specs()
    except QAError as e:
        raise click.UsageError(str(e)) from e
    for spec in specs:
        click.echo(f"{spec.name}  ({spec.label})")
        click.echo(f"    {spec.description}")
        for pname, schema in spec.params.items():
            default = json.dumps(schema.get("default"))
            if len(default) > 70 and not name:
                default = default[:67] + "..."
            click.echo(f"    - {pname} = {default}: {schema.get('description', '')}")
        click.echo("")
