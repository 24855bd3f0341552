"""The layering rules, read from the source: data flows one way, and each aggregate has one
module that writes its rows."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# table model -> the one service module that creates its rows
WRITERS = {
    "User": "qa_service/accounts.py", "Team": "qa_service/accounts.py", "TeamMember": "qa_service/accounts.py",
    "Agent": "qa_service/accounts.py", "ApiToken": "qa_service/accounts.py",
    "CallRecord": "qa_service/calls.py", "Transcript": "qa_service/calls.py",
    "ScorecardRecord": "qa_service/scorecard_versions.py", "ScorecardVersion": "qa_service/scorecard_versions.py",
    "EvaluationRecord": "qa_service/evaluations.py", "CriterionResultRecord": "qa_service/evaluations.py",
    "Override": "qa_service/evaluations.py",
    "CoachingNote": "qa_service/reviews.py", "Acknowledgement": "qa_service/reviews.py",
    "Dispute": "qa_service/reviews.py",
    "Batch": "qa_service/batches.py", "BatchItem": "qa_service/batches.py",
    "GoldenCall": "qa_service/golden.py", "AuditEntry": "qa_service/audit.py",
}


def _sources(*folders: str) -> list[Path]:
    return [p for folder in folders for p in sorted((REPO / folder).rglob("*.py")) if "migrations" not in p.parts]


def _imports(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _type_checking_only(tree: ast.AST) -> set[int]:
    """Line numbers of imports inside ``if TYPE_CHECKING:`` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            lines |= {n.lineno for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom))}
    return lines


def test_the_service_never_imports_the_web_ui():
    offenders = []
    for path in _sources("qa_service"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        hidden = _type_checking_only(tree)
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and node.lineno not in hidden:
                for name in _imports(node):
                    if name.split(".")[0] in ("web", "flask", "flask_login", "flask_wtf", "qa_app"):
                        offenders.append(f"{path.relative_to(REPO)}:{node.lineno} imports {name}")
    assert offenders == []


def test_each_table_has_one_writer():
    offenders = []
    for path in _sources("qa_service", "web", "qa_app"):
        rel = str(path.relative_to(REPO))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else None
                # Model(...) creates a row; insert(Model) and update(Model) write them in bulk
                if isinstance(func, ast.Name) and func.id in ("insert", "update") and node.args:
                    name = getattr(node.args[0], "id", None)
                if name in WRITERS and WRITERS[name] != rel:
                    offenders.append(f"{rel}:{node.lineno} writes {name} rows (the writer is {WRITERS[name]})")
    assert offenders == []


def test_the_console_script_lists_every_command_without_heavy_imports():
    import subprocess
    import sys

    code = ("import sys; from qa_app.cli import COMMANDS, main; main(['--help']); "
            "print('HEAVY', [m for m in ('torch', 'spacy', 'flask', 'celery', 'sqlalchemy', 'web') if m in sys.modules]); "
            "print('COMMANDS', sorted(COMMANDS))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out
    assert "'run'" in out and "'batch'" in out and "run " in out.split("Commands:")[1]
