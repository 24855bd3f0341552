"""What redaction finds in the transcripts kept with the project: items per kind in each mode over
tests/data (Harper Valley excerpts included) and the bundled samples; with --show, each
item's utterance, to read back whether it is personal data.

    .venv/bin/python scripts/redaction_counts.py [--show]
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nlp.pii import MODES, redact_call  # noqa: E402
from transcription.errors import QAError  # noqa: E402
from transcription.importers import load_transcript  # noqa: E402


def main() -> None:
    show = "--show" in sys.argv[1:]
    files = sorted((REPO / "tests" / "data").glob("*/*.json")) + sorted((REPO / "qa_service" / "samples").glob("*.json"))
    counts = {mode: collections.Counter() for mode in MODES if mode != "none"}
    calls = 0
    for path in files:
        try:
            call = load_transcript(path)
        except QAError:
            continue  # label files and the like
        calls += 1
        for mode in counts:
            _, report = redact_call(call, mode)
            counts[mode].update(report.counts)
            if show and mode == "all":
                for item in report.items:
                    text = " / ".join(call.utterances[i].text for i in item.utterances)
                    print(f"{path.name}\t{item.kind}\t{text[:150]}")
    print(f"{calls} calls")
    for mode, found in counts.items():
        print(f"{mode}: {sum(found.values())} items {dict(sorted(found.items()))}")


if __name__ == "__main__":
    main()
