"""Python work per call on the `qa-service score` path, counted rather than timed:
the bytecode instructions executed per call (blank pipeline, default scorecard),
in total and per function. Other processes on the machine cannot change the
count, so it compares two versions of the code where wall or CPU times on a
shared machine are too noisy; work done in C (spaCy's tokenizer, regular
expressions, numpy) is not counted.

    python bench/python_work.py [--every 3] [--top 20]

``--every N`` scores every N-th call of bench/score_speed.py's calls (tracing
is slow).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=3)
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()

    from score_speed import call_files

    from nlp import embeddings, pipeline
    from scorecards import load_scorecard
    from scorecards.engine import score_call
    from transcription.importers import load_transcript

    pipeline.configure("")
    embeddings.configure("")
    card = load_scorecard("default")
    files = call_files()[:: max(1, args.every)]
    for p in files[:5]:  # models loaded, phrase lists compiled: count the steady state
        score_call(load_transcript(p), card)

    counts: collections.Counter[str] = collections.Counter()

    def tracer(frame, event, arg):  # noqa: ANN001 - sys.settrace's signature
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        code = frame.f_code
        where = f"{code.co_filename.replace(str(ROOT) + '/', '')}:{code.co_name}"

        def count(frame, event, arg):  # noqa: ANN001
            if event == "opcode":
                counts[where] += 1
            return count

        return count

    sys.settrace(tracer)
    try:
        for p in files:
            json.dumps(score_call(load_transcript(p), card).to_dict())
    finally:
        sys.settrace(None)
    n = len(files)
    print(f"{n} calls: {sum(counts.values()) // n:,} Python bytecode instructions per call")
    for where, c in counts.most_common(args.top):
        print(f"  {c // n:9,d}  {where}")


if __name__ == "__main__":
    main()
