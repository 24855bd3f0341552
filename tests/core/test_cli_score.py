"""`qa-service score` end to end, as a user runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qa_service.cli import main

GOOD = {"call_id": "good-1", "utterances": [
    {"speaker": "agent", "start": 0.5, "end": 4.0,
     "text": "Hello, thank you for calling Acme Bank, my name is Sam, how can I help you?"},
    {"speaker": "customer", "start": 4.5, "end": 6.0, "text": "What's my balance?"},
    {"speaker": "agent", "start": 6.5, "end": 9.0, "text": "It's 200 dollars. Is there anything else I can help you with?"},
    {"speaker": "customer", "start": 9.5, "end": 10.0, "text": "No, thanks."},
    {"speaker": "agent", "start": 10.2, "end": 11.5, "text": "Thank you for calling, goodbye."},
]}


def run(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_lines_and_exit_codes(tmp_path, capsys, files):
    (tmp_path / "good.json").write_text(json.dumps(GOOD))
    (tmp_path / "broken.json").write_text('{"call_id": "b", "utterances": [{"speaker": "agent"}]}')
    shutil.copy(files / "good.srt", tmp_path / "acme.srt")
    code, out, err = run(["score", "--json", str(tmp_path)], capsys)
    assert code == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert {d["call_id"] for d in lines} == {"good-1", "acme"}
    good = next(d for d in lines if d["call_id"] == "good-1")
    assert good["score"] == 100.0 and good["passed"] and not good["auto_failed"]
    assert good["scorecard"]["id"] == "default" and len(good["scorecard"]["hash"]) == 64
    assert {"id", "outcome", "points", "max_points", "evidence", "explanation", "coaching"} <= set(good["criteria"][0])
    assert "metrics" in good and "sections" in good
    assert "broken.json: utterances[0].start: is required but missing" in err


def test_readable_summary(tmp_path, capsys):
    (tmp_path / "good.json").write_text(json.dumps(GOOD))
    code, out, err = run(["score", str(tmp_path / "good.json")], capsys)
    assert code == 0
    assert "good-1: 100.0/100 PASSED" in out and "PASS Proper greeting" in out
    assert '"my name is Sam"' in out
    assert "1 of 1 call(s) scored." in err


def test_usage_errors_exit_2(tmp_path, capsys):
    (tmp_path / "good.json").write_text(json.dumps(GOOD))
    code, _, err = run(["score", "--scorecard", "nope", str(tmp_path)], capsys)
    assert code == 2 and "no such scorecard" in err
    code, _, err = run(["score"], capsys)
    assert code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(["score", str(empty)], capsys)
    assert code == 2 and "no call files" in err


def test_changed_scorecard_under_same_version_is_refused(tmp_path, capsys):
    (tmp_path / "good.json").write_text(json.dumps(GOOD))
    src = Path("scorecards/default.yaml").read_text()
    card = tmp_path / "mine.yaml"
    card.write_text(src.replace("id: default", "id: mine"))
    assert run(["score", "--scorecard", str(card), str(tmp_path / "good.json")], capsys)[0] == 0
    card.write_text(src.replace("id: default", "id: mine").replace("pass_mark: 80", "pass_mark: 81"))
    code, _, err = run(["score", "--scorecard", str(card), str(tmp_path / "good.json")], capsys)
    assert code == 2 and "versions are immutable" in err


def test_every_subcommand_has_help(capsys):
    from qa_service.cli import COMMANDS

    for name in COMMANDS:
        assert main([name, "--help"]) == 0, name
        assert "Usage: qa-service " + name in capsys.readouterr().out


def test_help_is_fast_and_imports_no_heavy_library():
    code = ("import sys; from qa_service.cli import main; main(['--help']); "
            "heavy = [m for m in ('torch', 'spacy', 'whisper', 'flask', 'celery', 'sqlalchemy') if m in sys.modules]; "
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out


def test_scores_harper_valley_calls(harper_valley_dir, capsys):
    files = sorted(harper_valley_dir.glob("*.json"))[:10]
    code, out, err = run(["score", "--json", *map(str, files)], capsys)
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 10
    assert all(0 <= d["score"] <= 100 for d in lines)
