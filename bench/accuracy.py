"""Detector accuracy on the labelled development set (tests/data/labels.json).

Every labelled call is scored by each labelled criterion's detector, with the
parameters the default scorecard gives it (the detector's defaults for
criteria the scorecard does not use). Printed per detector:

- precision, recall and F1 with **positive = "fail"** (the detector found the
  problem the label says is there). "na" is a negative on both sides, like
  "pass": a detector that says "na" where the label says "fail" missed a
  problem; one that says "fail" where the label says "na" raised a false alarm.
- 3-outcome accuracy and the same accuracy for a baseline measured in the same
  run (always answer the criterion's most common label), and their ratio.
- a confusion summary (label -> predicted counts) and, with --errors, every
  call where the detector and the label disagree.

Run: python bench/accuracy.py [--only holdout/] [--errors] [--criterion ID ...] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data"
OUTCOMES = ("pass", "fail", "na")


def _criterion_params() -> dict[str, tuple[str, dict[str, Any]]]:
    """criterion id -> (detector name, params) from the default scorecard, when it loads."""
    try:
        from scorecards import load_scorecard

        card = load_scorecard("default")
    except Exception as e:  # noqa: BLE001 - the bench still runs on detector defaults
        print(f"(default scorecard not loaded: {e}; using detector defaults)", file=sys.stderr)
        return {}
    return {c.id: (c.detector, dict(c.params or {})) for c in card.criteria}


def evaluate(labels_path: Path = DATA / "labels.json", *, criteria: list[str] | None = None,
             only: str | None = None) -> dict[str, Any]:
    """Score every labelled call; return {criterion: {"pairs": [(call, label, predicted, explanation)]}}."""
    from nlp.context import CallContext
    from nlp.registry import get_registry
    from transcription.call import load_call

    labels: dict[str, dict[str, str]] = json.loads(labels_path.read_text())
    registry = get_registry()
    from_card = _criterion_params()
    results: dict[str, list[tuple[str, str, str, str]]] = {}
    for call_file, per_criterion in sorted(labels.items()):
        if only and not call_file.startswith(only):
            continue
        ctx = CallContext(load_call(labels_path.parent / call_file))
        for cid, label in per_criterion.items():
            if criteria and cid not in criteria:
                continue
            detector, params = from_card.get(cid, (f"{cid}.v1", {}))
            resolved = registry.validate_params(detector, params)
            res = registry.resolve(detector).func(ctx, resolved)
            results.setdefault(cid, []).append((call_file, label, res.outcome, res.explanation))
    return results


def summarise(pairs: list[tuple[str, str, str, str]]) -> dict[str, Any]:
    tp = sum(1 for _, lab, pred, _ in pairs if lab == "fail" and pred == "fail")
    fp = sum(1 for _, lab, pred, _ in pairs if lab != "fail" and pred == "fail")
    fn = sum(1 for _, lab, pred, _ in pairs if lab == "fail" and pred != "fail")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    correct = sum(1 for _, lab, pred, _ in pairs if lab == pred)
    majority = Counter(lab for _, lab, _, _ in pairs).most_common(1)[0][0]
    base = sum(1 for _, lab, _, _ in pairs if lab == majority)
    confusion = Counter(f"{lab}->{pred}" for _, lab, pred, _ in pairs)
    per_outcome = {}
    for o in OUTCOMES:
        t = sum(1 for _, lab, pred, _ in pairs if lab == o and pred == o)
        p_all = sum(1 for _, _, pred, _ in pairs if pred == o)
        l_all = sum(1 for _, lab, _, _ in pairs if lab == o)
        if l_all:
            pr, rc = (t / p_all if p_all else 0.0), t / l_all
            per_outcome[o] = round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0
    return {
        "calls": len(pairs), "fails_labelled": tp + fn, "tp": tp, "fp": fp, "fn": fn,
        "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
        "accuracy": round(correct / len(pairs), 3), "baseline_accuracy": round(base / len(pairs), 3),
        "baseline": majority, "confusion": dict(sorted(confusion.items())),
        "macro_f1": round(sum(per_outcome.values()) / len(per_outcome), 3), "f1_per_outcome": per_outcome,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=DATA / "labels.json", help="labels file (default: %(default)s)")
    ap.add_argument("--criterion", action="append", help="only this criterion (repeatable)")
    ap.add_argument("--only", metavar="PREFIX",
                    help="only calls whose path starts with PREFIX (harper-valley/, hard/, holdout/)")
    ap.add_argument("--errors", action="store_true", help="list every disagreement")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)
    results = evaluate(args.labels, criteria=args.criterion, only=args.only)
    summary = {cid: summarise(pairs) for cid, pairs in results.items()}
    if args.json:
        print(json.dumps(summary, indent=1))
        return 0
    head = (f"{'criterion':18} {'calls':>5} {'fails':>5} {'P':>6} {'R':>6} {'F1':>6} {'macro':>6} {'acc':>6} "
            f"{'base':>6} {'x base':>6}  confusion (label->predicted)")
    print(head)
    print("-" * len(head))
    for cid, s in summary.items():
        ratio = s["accuracy"] / s["baseline_accuracy"] if s["baseline_accuracy"] else float("inf")
        conf = " ".join(f"{k}:{v}" for k, v in s["confusion"].items())
        print(f"{cid:18} {s['calls']:5d} {s['fails_labelled']:5d} {s['precision']:6.3f} {s['recall']:6.3f} "
              f"{s['f1']:6.3f} {s['macro_f1']:6.3f} {s['accuracy']:6.3f} {s['baseline_accuracy']:6.3f} {ratio:6.2f}  {conf}")
    print("\nP/R/F1: positive = 'fail' (problem found); 'na' counts as not-fail on both sides. "
          "macro: F1 averaged over the outcomes the labels use (pass/fail/na). "
          "acc: 3-outcome accuracy; base: always the most common label; x base: acc / base.")
    if args.errors:
        print()
        for cid, pairs in results.items():
            for call_file, lab, pred, why in pairs:
                if lab != pred:
                    print(f"{cid:18} {call_file:45} label={lab:4} got={pred:4} {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
