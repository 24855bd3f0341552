"""Every evaluation of every call file, as JSON lines, to check that a speed-up
changed no output: run it before and after, and compare the files byte for byte.

    python bench/identity_dump.py --models blank --out /tmp/before-blank.jsonl
    python bench/identity_dump.py --models full --out /tmp/before-full.jsonl
    cmp /tmp/before-blank.jsonl /tmp/after-blank.jsonl

One line per call: the file, then the evaluation as ``Evaluation.to_dict()``
gives it (outcome, points, explanation, evidence, details of every criterion,
the metrics and the models), keys sorted, with the default scorecard. A file
that does not load or score gives its error instead. The calls: the bundled
samples, tests/data (the holdouts holdout7-26 left out) and,
when ../shared is beside the checkout, the Harper Valley and written calls.
``full`` uses the trained pipeline and the embedding model as
bench/score_speed.py does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import _calls  # noqa: E402
SHARED = ROOT.parent / "shared" / "data"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/data")
SOURCES = [ROOT / "qa_service" / "samples", ROOT / "tests" / "data", SHARED / "harper-valley", SHARED / "written"]


def call_files() -> list[Path]:
    return _calls.call_files(SOURCES, skip_folders=tuple(f"holdout{n}" for n in range(7, 30)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="blank", choices=["blank", "full"])
    ap.add_argument("--out", required=True, help="the JSON-lines file to write")
    args = ap.parse_args()

    from nlp import embeddings, pipeline
    from scorecards import load_scorecard
    from scorecards.engine import score_call
    from transcription.errors import QAError
    from transcription.importers import load_transcript

    if args.models == "blank":
        pipeline.configure("")
        embeddings.configure("")
    else:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from score_speed import _full_models

        spacy_model, emb = _full_models()
        pipeline.configure(spacy_model)
        embeddings.configure(emb)
    card = load_scorecard("default")
    files = call_files()
    with open(args.out, "w", encoding="utf-8") as out:
        for p in files:
            name = str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p.relative_to(SHARED.parent))
            try:
                row = {"file": name, "evaluation": score_call(load_transcript(p), card).to_dict()}
            except QAError as e:
                row = {"file": name, "error": str(e)}
            out.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(files)} calls written to {args.out}")


if __name__ == "__main__":
    main()
