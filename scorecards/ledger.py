"""Immutable scorecard versions outside the database: a JSON ledger of
(id, version) -> content hash. Publishing changed content under a version
number already used is refused. The database (qa_service) enforces the same
rule with a unique constraint."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from scorecards.schema import Scorecard
from transcription.errors import ScorecardError


class VersionLedger:
    """A JSON file remembering every scorecard version's hash."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def _read(self) -> dict[str, dict[str, str]]:
        if not self.path.exists():
            return {}
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise ScorecardError(str(self.path), f"the scorecard version ledger is unreadable ({e}); "
                                 "restore it from backup or delete it to start a new one") from e

    def check(self, scorecard: Scorecard, *, record: bool = True) -> None:
        """Raise if ``scorecard``'s version was seen with other content; else remember it."""
        data = self._read()
        known = data.get(scorecard.id, {}).get(str(scorecard.version))
        if known is not None and known != scorecard.hash:
            used = sorted(int(v) for v in data.get(scorecard.id, {}))
            raise ScorecardError(
                scorecard.source,
                f"version {scorecard.version} of scorecard {scorecard.id!r} was already published with different "
                f"content (hash {known[:12]}, now {scorecard.hash[:12]}); versions are immutable: give the changed "
                f"scorecard a new version number (next free: {max(used) + 1})",
            )
        if known is None and record:
            data.setdefault(scorecard.id, {})[str(scorecard.version)] = scorecard.hash
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".ledger")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=2, sort_keys=True)
            os.replace(tmp, self.path)
