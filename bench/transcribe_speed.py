"""Transcription speed: the VAD-gated batched engine against plain ``whisper.transcribe``.

Method
------
* Audio: ``--calls`` synthetic stereo calls (agent on channel 0, customer on
  channel 1) of about ``--minutes`` minutes each, spoken by espeak-ng and
  placed with sox (``transcription.testing.synthesize_call``): turns with
  pauses of 0.3-2.5 s, some overlaps and some long silences, so each channel
  holds speech about 40 % of the time, as in real calls.
* Model: the same checkpoint on both sides: ``--model`` (a name or path) or,
  by default, a randomly initialised Whisper built by the script with the
  shapes of OpenAI's ``tiny`` model (``--random-size tiny``, so the compute
  is that of the smallest real model; ``--random-size test`` uses the 1-layer
  test model, where fixed costs such as decoding and VAD dominate). A
  random model never emits end-of-text, so every window is capped at
  ``--sample-len`` tokens on both sides, and temperature fallback is disabled
  on both sides (temperature 0 only) so both decode each window exactly once;
  the compression-ratio check is off on both sides too (a random model's
  babble looks like a repetition loop, and the batched engine would drop
  those windows and skip their word alignment: less work, an unfair gain).
* Baseline ("plain"): each call's file decoded with PyAV, then
  ``whisper.transcribe(word_timestamps=True)`` on each full channel, with
  ``without_timestamps=True`` and ``condition_on_previous_text=False``: with
  those it moves exactly 30 s per window, the fastest pace it can have (a real
  model usually advances less than 30 s per window and conditions on the
  previous text, which makes the real baseline slower than measured here).
* Candidate ("batched"): ``transcription.transcribe_audio(engine="batched")``
  on the file: decoding, silero-vad per channel, speech packed into 30 s
  windows, ``model.decode`` on batches of ``--batch-size`` windows, batched
  word alignment, utterances. Everything the user waits for is timed.
* Both sides run once untimed first (model and VAD loading, allocator
  warm-up), then ``--repeat`` timed rounds, alternating; each side's best
  round counts.
* Printed: audio seconds per compute second for each side and their ratio.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from transcription.testing import Line, make_tiny_checkpoint, require_tools, synthesize_call  # noqa: E402

AGENT_LINES = [
    "Thank you for calling Acme support my name is Anna how can I help you today",
    "I am sorry to hear that let me look at your account",
    "Could you confirm the postcode on the account please",
    "I can see the charge from last Tuesday",
    "I have refunded it and you will see the money in three to five days",
    "Is there anything else I can help you with today",
    "Thank you for your patience",
    "Let me put you on a short hold while I check with my team",
]
CUSTOMER_LINES = [
    "Hi I was charged twice for my subscription this month",
    "Sure it is four five six seven",
    "Yes that is the one I did not make that payment",
    "Great thank you very much",
    "No that is all thanks",
    "I have been waiting for a long time already",
    "Can you also update my email address",
]


def make_script(seconds: float, rng: random.Random) -> list[Line]:
    """A two-party dialogue of about ``seconds`` seconds with pauses, overlaps and long silences."""
    script = [Line("agent", AGENT_LINES[0], start=0.5)]
    speaker, t = "customer", 6.0
    while t < seconds:
        gap = rng.choice([0.3, 0.6, 1.0, 1.5, 2.5, -0.5, 8.0])
        text = rng.choice(AGENT_LINES if speaker == "agent" else CUSTOMER_LINES)
        script.append(Line(speaker, text, after=gap))
        speaker = "customer" if speaker == "agent" else "agent"
        t += 3.0 + max(gap, 0)
    return script


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", help="Whisper model name or checkpoint path (default: a random one, see --random-size)")
    parser.add_argument("--random-size", choices=("tiny", "test"), default="tiny",
                        help="shapes of the random checkpoint: 'tiny' (as OpenAI's tiny, 39 M) or 'test' (1 layer)")
    parser.add_argument("--calls", type=int, default=2)
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--sample-len", type=int, default=16, help="tokens decoded per window, both sides")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args(argv)
    missing = require_tools()
    if missing:
        print(f"needs {', '.join(missing)}: apt-get install espeak-ng sox", file=sys.stderr)
        return 2

    import whisper

    from transcription import TranscribeOptions, load_audio, transcribe_audio
    from transcription.whisper_models import load_whisper_model

    with tempfile.TemporaryDirectory() as tmp:
        model_name = args.model or str(make_tiny_checkpoint(Path(tmp, "random.pt"), size=args.random_size))
        rng = random.Random(7)
        calls = []
        for i in range(args.calls):
            path = Path(tmp, f"call{i}.wav")
            synthesize_call(path, make_script(args.minutes * 60, rng))
            calls.append(path)
        options = TranscribeOptions(
            model=model_name, device=args.device, fp16=False, language="en", engine="batched",
            batch_size=args.batch_size, sample_len=args.sample_len, temperatures=(0.0,),
            compression_ratio_threshold=None,
        )
        model = load_whisper_model(model_name, device=args.device)

        def plain() -> None:
            for path in calls:
                audio = load_audio(path)
                for channel in audio.samples:
                    whisper.transcribe(
                        model, channel, language="en", temperature=0.0, word_timestamps=True, fp16=False,
                        sample_len=args.sample_len, without_timestamps=True, condition_on_previous_text=False,
                        compression_ratio_threshold=None,
                        verbose=None,
                    )

        def batched() -> None:
            for path in calls:
                transcribe_audio(path, options=options)

        seconds = sum(load_audio(p).duration for p in calls)
        speech = sum(sum(e - s for spans in transcribe_audio(p, options=options).speech.values() for s, e in spans)
                     for p in calls)
        plain()
        best = {"plain": float("inf"), "batched": float("inf")}
        for _ in range(args.repeat):
            # rounds alternate, so a busy machine slows both sides alike
            for name, fn in (("plain", plain), ("batched", batched)):
                t0 = time.perf_counter()
                fn()
                best[name] = min(best[name], time.perf_counter() - t0)
        print(f"audio: {args.calls} stereo calls, {seconds:.0f} s in all; speech {speech / (2 * seconds):.0%} of channel time")
        print(f"model: {args.model or f'random checkpoint, {args.random_size} shapes'}; sample_len {args.sample_len}; batch {args.batch_size}")
        for name in ("plain", "batched"):
            print(f"{name:8s} {best[name]:7.2f} s  -> {seconds / best[name]:7.1f} audio s per compute s")
        print(f"speed-up batched / plain: {best['plain'] / best['batched']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
