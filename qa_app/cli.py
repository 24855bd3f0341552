"""The ``qa-service`` console script: the service's commands
(:data:`qa_service.cli.COMMANDS`) plus the ones that start the web UI.

Commands are imported only when invoked, so ``qa-service --help`` imports
neither Flask nor Celery.
"""

from __future__ import annotations

import sys

from qa_service.cli import COMMANDS as SERVICE_COMMANDS
from qa_service.cli import make_cli, run_cli

# command name -> (module, attribute, one-line help): the service's, and those that need the web UI
COMMANDS: dict[str, tuple[str, str, str]] = {
    **SERVICE_COMMANDS,
    "run": ("qa_app.run", "run", "Start the whole service (database, worker, sample calls, web UI)."),
    "web": ("qa_app.serve", "web", "Serve the web UI with gunicorn (deployments; workers run elsewhere)."),
}

cli = make_cli(COMMANDS)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    return run_cli(cli, argv)


if __name__ == "__main__":
    sys.exit(main())
