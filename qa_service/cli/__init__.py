"""The service's commands (score, batch, worker, db, users, ...).

Subcommands live in their own modules and are imported only when invoked, so
``qa-service --help`` is instant (no torch, spaCy or Flask import).
To add a command: write ``qa_service/cli/<name>.py`` with a click command and
add one line to ``COMMANDS``. The ``qa-service`` console script itself is
:func:`qa_app.cli.main`, which adds the commands that need the web UI
(``run``) to these; nothing here imports :mod:`web`.
"""

from __future__ import annotations

import importlib
import sys

import click

from transcription.errors import ConfigError

# command name -> (module, attribute, one-line help shown by `qa-service --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "score": ("qa_service.cli.score", "score", "Score calls (JSON, VTT, SRT, Transcribe JSON or audio) against a scorecard."),
    "scorecards": ("qa_service.cli.score", "scorecards", "List and validate scorecards."),
    "detectors": ("qa_service.cli.score", "detectors", "List the detectors and their parameters."),
    "db": ("qa_service.cli.db", "db", "Create or upgrade the database schema."),
    "worker": ("qa_service.cli.worker", "worker", "Run a pipeline worker (queues transcribe, score)."),
    "batch": ("qa_service.cli.batch", "batch", "Store and score many calls through the workers."),
    "rescore": ("qa_service.cli.batch", "rescore", "Score stored calls again with another scorecard version."),
    "export": ("qa_service.cli.batch", "export", "Write stored evaluations as CSV or JSON lines."),
    "users": ("qa_service.cli.users", "users", "Add users, change roles, reset passwords."),
    "calibration": ("qa_service.cli.calibration", "calibration", "Calibration sessions: results, exports, grader alignment."),
    "queues": ("qa_service.cli.calibration", "queues", "Review queues: list them, fill them now."),
    "calls": ("qa_service.cli.privacy", "calls", "Delete stored calls and everything about them."),
    "retention": ("qa_service.cli.privacy", "retention", "Apply the retention policy now (or --dry-run)."),
    "transcribe": ("qa_service.cli.transcribe", "transcribe", "Transcribe recordings into call JSON (speakers, words, speech)."),
}


class LazyGroup(click.Group):
    """A group whose subcommands (a table like :data:`COMMANDS`) are imported on first use."""

    def __init__(self, *args: object, commands_table: dict[str, tuple[str, str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.table = commands_table

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.table)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.table:
            return None
        module, attr, _ = self.table[name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # short help from the table, so listing commands imports nothing
        rows = [(name, self.table[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def make_cli(commands: dict[str, tuple[str, str, str]]) -> click.Group:
    """The ``qa-service`` group with the commands of ``commands`` (name -> module, attribute, help)."""

    @click.group(cls=LazyGroup, commands_table=commands, context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(package_name="qa-service")
    def cli() -> None:
        """Call quality assurance and coaching: score 100% of calls, explain every score."""

    return cli


cli = make_cli(COMMANDS)


def run_cli(group: click.Group, argv: list[str] | None = None) -> int:
    """Run ``group`` as the console script does; returns the exit status."""
    try:
        return group.main(args=argv, prog_name="qa-service", standalone_mode=False) or 0
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:
        e.show()
        return 2 if isinstance(e, click.UsageError) else 1
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 1
    except ConfigError as e:
        # a bad setting (QA_* variable or config file) found while loading the settings
        click.echo(f"error: {e}", err=True)
        return 2


def main(argv: list[str] | None = None) -> int:
    """The service's commands alone (``python -m qa_service.cli``); returns the exit status."""
    return run_cli(cli, argv)


if __name__ == "__main__":
    sys.exit(main())
