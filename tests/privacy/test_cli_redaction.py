"""`qa-service score` redacts before it scores and prints: evidence quotes and the summary show
[CARD], never the number; QA_REDACT=none prints it as said."""

from __future__ import annotations

import json

from qa_service.cli import main

CALL = {"call_id": "pay-1", "utterances": [
    {"speaker": "agent", "start": 0.5, "end": 4.0,
     "text": "Hello, thank you for calling Acme Bank, my name is Sam, how can I help you?"},
    {"speaker": "customer", "start": 4.5, "end": 9.0,
     "text": "I'm so sorry, I want to pay by card, the card number is 4111 1111 1111 1111."},
    {"speaker": "agent", "start": 9.5, "end": 12.0, "text": "Thank you. And the security code on the back?"},
    {"speaker": "customer", "start": 12.5, "end": 13.5, "text": "It's 123."},
    {"speaker": "agent", "start": 14.0, "end": 16.0, "text": "Thank you for calling, goodbye."},
]}


def _score(tmp_path, capsys, monkeypatch, mode: str | None, *args: str) -> str:
    if mode is not None:
        monkeypatch.setenv("QA_REDACT", mode)
    path = tmp_path / "pay.json"
    path.write_text(json.dumps(CALL))
    assert main(["score", *args, str(path)]) == 0
    return capsys.readouterr().out


def test_score_prints_redacted_evidence(tmp_path, capsys, monkeypatch):
    out = _score(tmp_path, capsys, monkeypatch, None, "--json")
    assert "4111" not in out and "123" not in out.replace('"pay-1"', "")
    data = json.loads(out)
    quotes = [e["text"] for c in data["criteria"] for e in c["evidence"]]
    assert quotes and not any("4111" in q for q in quotes)
    assert any("[CARD]" in q for q in quotes)  # the customer's line is quoted, redacted
    text = _score(tmp_path, capsys, monkeypatch, None)
    assert "4111" not in text


def test_none_mode_keeps_the_transcript_as_said(tmp_path, capsys, monkeypatch):
    out = _score(tmp_path, capsys, monkeypatch, "none", "--json")
    assert "4111 1111 1111 1111" in out
