"""Per-detector cost on one realistic 10-minute call (~150 utterances), each as a
ratio to spaCy tokenising the same text, measured in the same run.

    python bench/detector_speed.py [--repeat 40]

Each repetition builds a fresh CallContext (as a worker does per call), builds
its doc, then runs the call metrics and every criterion of the default
scorecard in scorecard order, timing each; shared work (VADER scores, the
speech timeline) is charged to the first user, as in a real evaluation.
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
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--scorecard", default="default")
    args = ap.parse_args()

    from nlp.context import CallContext
    from nlp.metrics import call_metrics
    from nlp.pipeline import get_nlp
    from nlp.registry import get_registry
    from scorecards import load_scorecard
    from transcription.call import call_from_dict

    call = call_from_dict(long_call(), "bench")
    card = load_scorecard(args.scorecard)
    registry = get_registry()
    nlp = get_nlp()
    texts = [u.text for u in call.utterances]
    times: dict[str, list[float]] = {}

    def timed(key: str, fn) -> None:
        t = time.perf_counter()
        fn()
        times.setdefault(key, []).append(time.perf_counter() - t)

    for _ in range(3):  # warm-up: load models, compile matchers
        ctx = CallContext(call)
        call_metrics(ctx)
        for c in card.criteria:
            registry.resolve(c.detector).func(ctx, c.resolved_params)
    for _ in range(args.repeat):
        timed("tokenise (baseline)", lambda: list(nlp.tokenizer.pipe(texts)))
        ctx = CallContext(call)
        timed("call doc", lambda: ctx.docs)
        timed("call metrics", lambda: call_metrics(ctx))
        for c in card.criteria:
            timed(c.id, lambda c=c: registry.resolve(c.detector).func(ctx, c.resolved_params))
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    base = med["tokenise (baseline)"]
    print(f"call: {len(call.utterances)} utterances; scorecard {card.id} v{card.version}; median of {args.repeat}")
    for k, v in med.items():
        print(f"{k:22} {v:7.2f} ms  {v / base:5.2f}x")
    detectors = sum(v for k, v in med.items() if k not in ("tokenise (baseline)", "call doc"))
    print(f"{'metrics + detectors':22} {detectors:7.2f} ms  {detectors / base:5.2f}x")
    print(f"{'everything':22} {detectors + med['call doc']:7.2f} ms  {(detectors + med['call doc']) / base:5.2f}x")


if __name__ == "__main__":
    main()
