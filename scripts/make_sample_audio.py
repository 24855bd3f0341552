"""Make the recordings of the bundled sample calls: qa_service/samples/<stem>.ogg beside each <stem>.json.

Each utterance is spoken by espeak-ng (the agent and the customer in two
clearly different voices, ``transcription.testing.VOICES``) and placed at its
start time on its party's channel: agent left, customer right, as contact-
centre recorders store calls. An utterance whose speech at the normal rate
would run past its end time is spoken faster, so the audio stays in step with
the transcript. The stereo result is compressed as Ogg/Opus (speech at
``--kbps``, a few hundred kB per call), a format browsers play and PyAV decodes.

Run once after changing a sample call (needs espeak-ng and sox):

    .venv/bin/python scripts/make_sample_audio.py            # every sample
    .venv/bin/python scripts/make_sample_audio.py bank-card-declined
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transcription.audio import SAMPLE_RATE  # noqa: E402
from transcription.testing import VOICES, require_tools, speak  # noqa: E402

SAMPLES = REPO / "qa_service" / "samples"
CHANNELS = ("agent", "customer")  # left, right
RATE_WPM = 175  # espeak-ng's normal speaking rate, words per minute
MAX_RATE_WPM = 320  # fastest rate an utterance is sped up to
TAIL_S = 1.0  # silence after the last utterance, seconds


def fitted_speech(text: str, speaker: str, seconds: float) -> np.ndarray:
    """``text`` in ``speaker``'s voice, sped up (up to MAX_RATE_WPM) to last at most ``seconds``."""
    voice, pitch = VOICES[speaker]
    audio = speak(text, voice=voice, pitch=pitch, speed=RATE_WPM)
    length = len(audio) / SAMPLE_RATE
    if seconds > 0 and length > seconds:
        faster = min(MAX_RATE_WPM, int(RATE_WPM * length / seconds) + 1)
        audio = speak(text, voice=voice, pitch=pitch, speed=faster)
    return audio


def render(call: dict) -> np.ndarray:
    """The call's stereo samples (2, n): every utterance at its start time on its party's channel."""
    utterances = call["utterances"]
    end = max(max(u["end"] for u in utterances), float(call.get("duration") or 0.0))
    placed = []
    for u in utterances:
        audio = fitted_speech(u["text"], u["speaker"], u["end"] - u["start"])
        placed.append((CHANNELS.index(u["speaker"]), int(round(u["start"] * SAMPLE_RATE)), audio))
        end = max(end, u["start"] + len(audio) / SAMPLE_RATE)
    out = np.zeros((2, int((end + TAIL_S) * SAMPLE_RATE)), dtype=np.float32)
    for channel, i, audio in placed:
        out[channel, i : i + len(audio)] += audio
    return np.clip(out, -1.0, 1.0)


def write_opus(path: Path, samples: np.ndarray, *, kbps: int) -> Path:
    """Stereo float samples at 16 kHz as an Ogg/Opus file."""
    import av

    frame_samples = SAMPLE_RATE // 50  # Opus frames of 20 ms
    with av.open(str(path), "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=SAMPLE_RATE, layout="stereo")
        stream.bit_rate = kbps * 1000
        for start in range(0, samples.shape[1], frame_samples):
            chunk = np.ascontiguousarray(samples[:, start : start + frame_samples])
            frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
            frame.sample_rate = SAMPLE_RATE
            frame.pts = start
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stems", nargs="*", help="sample names (default: all)")
    parser.add_argument("--kbps", type=int, default=24,
                        help="Opus bit rate, kilobits per second (below 24 libopus blends the two channels)")
    args = parser.parse_args(argv)
    missing = require_tools()
    if missing:
        print(f"needs {', '.join(missing)}: apt-get install {' '.join(missing)}", file=sys.stderr)
        return 2
    paths = sorted(SAMPLES.glob("*.json"))
    if args.stems:
        unknown = set(args.stems) - {p.stem for p in paths}
        if unknown:
            print(f"no sample call named {', '.join(sorted(unknown))}; samples: "
                  f"{', '.join(p.stem for p in paths)}", file=sys.stderr)
            return 2
        paths = [p for p in paths if p.stem in args.stems]
    for path in paths:
        call = json.loads(path.read_text(encoding="utf-8"))
        target = write_opus(path.with_suffix(".ogg"), render(call), kbps=args.kbps)
        print(f"{target.relative_to(REPO)}: {target.stat().st_size / 1000:.0f} kB, {len(call['utterances'])} utterances")
    return 0


if __name__ == "__main__":
    sys.exit(main())
