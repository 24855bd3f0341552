"""Every command-line option or argument that takes an id (or a scorecard version number) refuses a
number outside 1 to 2**31-1 with a clear error naming the range, before it reaches the database: ids are
32-bit on PostgreSQL, where a larger one used to end in a traceback ("integer out of range")."""

from __future__ import annotations

import pytest

from qa_service.cli.params import MAX_ID

TOO_BIG = MAX_ID + 1
# every command that takes an id or a version number, with {n} where it goes
COMMANDS = [
    ["calls", "delete", "{n}", "--yes"],
    ["calibration", "results", "{n}"],
    ["queues", "fill", "--queue", "{n}"],
    ["batch", "--resume", "{n}"],
    ["rescore", "--scorecard", "default", "--version", "{n}"],
    ["export", "--version", "{n}"],
]


@pytest.fixture
def run(tmp_path, db_url, monkeypatch):
    """``run(argv)``: (exit status, output) of `qa-service` on a fresh, upgraded database."""
    from click.testing import CliRunner

    from qa_service.cli import cli
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade

    env = {"QA_DATA_DIR": str(tmp_path / "instance"), "QA_DATABASE_URL": db_url, "QA_LOG_LEVEL": "WARNING"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    upgrade(load_settings())
    runner = CliRunner()

    def invoke(argv: list[str]) -> tuple[int, str]:
        result = runner.invoke(cli, argv, catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"qa-service {' '.join(argv)} raised {result.exception!r}") from result.exception
        return result.exit_code, result.output

    return invoke


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_an_id_past_the_32_bit_range_is_a_clear_error(run, argv):
    what = "version" if "--version" in argv else "id"
    for value, message in ((str(TOO_BIG), f"{what} must be between 1 and {MAX_ID} (got {TOO_BIG})"),
                           (str(2**63), f"{what} must be between 1 and {MAX_ID}"),
                           ("0", f"{what} must be between 1 and {MAX_ID} (got 0)"),
                           ("1e3", f"{what} must be a whole number between 1 and {MAX_ID} (got '1e3')")):
        code, output = run([a.replace("{n}", value) for a in argv])
        assert code == 2 and message in output, (argv, value, output)
        assert "Traceback" not in output and "out of range" not in output


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_the_largest_id_reaches_the_command(run, argv):
    """MAX_ID itself is a valid id: the command runs and answers that there is no such row (not a usage error)."""
    code, output = run([a.replace("{n}", str(MAX_ID)) for a in argv])
    assert code != 2 and "must be between" not in output, output
    assert "Traceback" not in output and "out of range" not in output, output
