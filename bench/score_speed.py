"""Scoring speed: one realistic 10-minute call (~150 utterances) scored with the
default scorecard, against spaCy tokenising the same text alone, in one run.

    python bench/score_speed.py [--repeat 30]

Prints the median time per call for both and their ratio. Target: scoring a
call costs at most 3x tokenising it. Each scoring run builds a fresh
CallContext (nothing cached between calls except the loaded pipeline and
compiled phrase matchers, as in a worker).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _calls import long_call  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--scorecard", default="default")
    args = ap.parse_args()

    from nlp.context import CallContext
    from nlp.pipeline import get_nlp
    from scorecards import load_scorecard
    from scorecards.engine import score_call
    from transcription.call import call_from_dict

    call = call_from_dict(long_call())
    scorecard = load_scorecard(args.scorecard)
    nlp = get_nlp()
    texts = [u.text for u in call.utterances]

    def tokenise() -> None:
        list(nlp.tokenizer.pipe(texts))

    def score() -> None:
        score_call(call, scorecard, ctx=CallContext(call, nlp=nlp))

    for f in (tokenise, score):  # warm-up: lazy loads, matcher compilation
        f()
        f()
    tok_times, score_times = [], []
    for _ in range(args.repeat):
        for f, times in ((tokenise, tok_times), (score, score_times)):
            t0 = time.perf_counter()
            f()
            times.append(time.perf_counter() - t0)
    tok, sc = statistics.median(tok_times), statistics.median(score_times)
    words = sum(len(t.split()) for t in texts)
    print(f"call: {len(call.utterances)} utterances, {words} words, {call.end_time / 60:.1f} min; "
          f"scorecard {scorecard.id} v{scorecard.version} ({len(scorecard.criteria)} criteria)")
    print(f"spaCy tokenising alone: {tok * 1000:.2f} ms per call (median of {args.repeat})")
    print(f"scoring the call:       {sc * 1000:.2f} ms per call (median of {args.repeat})")
    print(f"ratio scoring / tokenising: {sc / tok:.2f}x  (target <= 3x)")


if __name__ == "__main__":
    main()
