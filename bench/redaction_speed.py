"""What redaction adds to a call's way in: redacting one realistic 10-minute call (~150 utterances)
in each mode, as a ratio to scoring the same call with the default scorecard, measured in the
same run; and silencing a 10-minute stereo speech recording as a ratio to decoding it.

    python bench/redaction_speed.py [--repeat 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _calls import long_call  # noqa: E402


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()

    import numpy as np

    from nlp.pii import redact_call
    from qa_service.redaction import silence_spans
    from scorecards.engine import score_call
    from scorecards.schema import load_scorecard
    from transcription.audio import load_audio
    from transcription.testing import write_wav

    from transcription.call import call_from_dict

    call = call_from_dict(long_call())
    scorecard = load_scorecard("default")
    score_call(call, scorecard)  # load the pipeline and lexicons once
    scoring = _best(lambda: score_call(call, scorecard), args.repeat)
    print(f"call: {len(call.utterances)} utterances, {call.end_time / 60:.1f} min; scoring {scoring * 1000:.0f} ms")
    for mode in ("pci", "all"):
        took = _best(lambda: redact_call(call, mode), args.repeat)
        print(f"redact {mode}: {took * 1000:.1f} ms = {took / scoring:.2f}x scoring")

    with tempfile.TemporaryDirectory() as tmp:
        # a bundled stereo sample call (espeak-ng speech, agent left, customer right) repeated to 10 minutes
        sample = np.asarray(load_audio(Path(__file__).resolve().parent.parent / "qa_service" / "samples"
                                       / "bank-card-declined.ogg").samples)
        wav = Path(tmp) / "call.wav"
        write_wav(wav, np.tile(sample, (1, 16000 * 600 // sample.shape[1] + 1))[:, :16000 * 600])
        spans = [(1, s, s + 5.0) for s in range(30, 600, 60)]
        decode = _best(lambda: load_audio(wav), max(1, args.repeat // 5))
        silence = _best(lambda: silence_spans(wav, Path(tmp) / "out.ogg", spans), max(1, args.repeat // 5))
        print(f"silence 10 min stereo -> Ogg/Opus: {silence:.2f} s = {silence / decode:.1f}x decoding it ({decode:.2f} s)")


if __name__ == "__main__":
    main()
