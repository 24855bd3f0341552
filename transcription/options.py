"""The options of one transcription run, as one frozen bundle.

``qa_service`` builds these from its settings (``QA_WHISPER_*``, ``QA_CHANNELS``
...); library users build them directly. Validation happens here so that a
wrong value is reported before any audio is decoded or model loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transcription.errors import ConfigError
from transcription.vad import VadOptions

# "auto": faster-whisper when installed (and the model is not an openai-whisper checkpoint file), else
# openai-whisper; "reference": plain whisper.transcribe per channel, a baseline for comparison
ENGINES: tuple[str, ...] = ("auto", "faster-whisper", "openai-whisper", "reference")
# names of earlier versions, still accepted: the VAD-gated batched engine ran on openai-whisper only
ENGINE_ALIASES: dict[str, str] = {"batched": "openai-whisper"}
COMPUTE_TYPES: tuple[str, ...] = ("auto", "int8", "int8_float16", "int8_float32", "int8_bfloat16", "float16",
                                  "bfloat16", "float32")
DIARIZERS: tuple[str, ...] = ("auto", "pyannote", "fallback")
CHANNEL_ROLES: tuple[str, ...] = ("agent", "customer", "ignore")
_DEVICE = re.compile(r"^(auto|cpu|mps|cuda(:\d+)?)$")


@dataclass(frozen=True)
class TranscribeOptions:
    # Whisper model name (tiny, base, small, medium, large-v3, turbo...) or path to a checkpoint file
    model: str = "small"
    # torch device: "auto" (cuda when available), "cpu", "cuda", "cuda:1"
    device: str = "auto"
    # half precision on GPU when compute_type is "auto" (ignored on CPU)
    fp16: bool = True
    # weights and arithmetic: "auto" = float16 on GPU, on CPU int8 (faster-whisper) or float32 (openai-whisper);
    # or int8, float16, float32... (faster-whisper takes every CTranslate2 type; openai-whisper int8 (CPU,
    # dynamic quantisation of its Linear layers), float16 (GPU) or float32)
    compute_type: str = "auto"
    # CPU threads for the model; 0 = the library's default (openai-whisper: one per core; faster-whisper: 4)
    cpu_threads: int = 0
    # language code such as "en"; None detects it from the first speech of the call
    language: str | None = None
    # role of each channel of a multi-channel recording, in channel order ("agent", "customer", "ignore")
    channels: tuple[str, ...] = ("agent", "customer")
    # "auto", "faster-whisper" or "openai-whisper" (VAD-gated windows decoded in batches), or "reference"
    engine: str = "auto"
    # 30-second windows decoded together by one model.decode call
    batch_size: int = 8
    # most tokens decoded per window (Whisper's sample_len); None = the model's limit (224)
    sample_len: int | None = None
    # beam search width at temperature 0 (5, as whisper's and faster-whisper's own defaults); None or 1 = greedy
    beam_size: int | None = 5
    # decoding temperatures tried in turn while a window fails the checks below
    temperatures: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    # gzip compression ratio above which text is a repetition loop; None disables the check
    compression_ratio_threshold: float | None = 2.4
    # average token log-probability below which decoding failed; None disables the check
    logprob_threshold: float | None = -1.0
    # no-speech probability above which (with a low log-probability) a window is silence; None disables
    no_speech_threshold: float | None = 0.6
    # words further apart than this start a new utterance, seconds
    utterance_gap: float = 0.8
    # mono recordings: "auto" (pyannote.audio when installed, else the fallback), "pyannote", "fallback"
    diarizer: str = "auto"
    # pyannote.audio pipeline name (Hugging Face id) or local path
    diarization_model: str = "pyannote/speaker-diarization-3.1"
    # longest recording accepted, seconds; None = no limit
    max_audio_seconds: float | None = 4 * 3600.0
    # voice activity detection settings
    vad: VadOptions = field(default_factory=VadOptions)

    def __post_init__(self) -> None:
        object.__setattr__(self, "engine", ENGINE_ALIASES.get(self.engine, self.engine))
        if self.engine not in ENGINES:
            raise ConfigError(f"engine {self.engine!r} is not one of {', '.join(ENGINES)} "
                              f"({', '.join(f'{k!r} means {v!r}' for k, v in ENGINE_ALIASES.items())})")
        if self.compute_type not in COMPUTE_TYPES:
            raise ConfigError(f"compute_type {self.compute_type!r} is not one of {', '.join(COMPUTE_TYPES)}")
        if self.cpu_threads < 0:
            raise ConfigError(f"cpu_threads must be 0 (the default) or more, got {self.cpu_threads}")
        if self.diarizer not in DIARIZERS:
            raise ConfigError(f"diarizer {self.diarizer!r} is not one of {', '.join(DIARIZERS)}")
        if not _DEVICE.match(self.device):
            raise ConfigError(f"device {self.device!r} is not valid; use auto, cpu, cuda or cuda:N")
        if self.beam_size is not None and self.beam_size < 1:
            raise ConfigError(f"beam_size must be at least 1 (1 = greedy), got {self.beam_size}")
        if self.batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {self.batch_size}")
        if self.sample_len is not None and not 1 <= self.sample_len <= 224:
            raise ConfigError(f"sample_len (max new tokens per window) must be 1..224, got {self.sample_len}")
        if not self.temperatures:
            raise ConfigError("temperatures must name at least one decoding temperature, e.g. (0.0,)")
        if not self.model:
            raise ConfigError("model is empty; give a Whisper model name (small, large-v3...) or a checkpoint path")
        object.__setattr__(self, "channels", parse_channel_map(self.channels))


def parse_channel_map(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``"agent,customer"`` or a sequence -> validated tuple of roles, one per channel.

    Each role is ``agent``, ``customer`` or ``ignore``; agent and customer may
    each appear at most once and at least one of them must appear.
    """
    roles = tuple(r.strip().lower() for r in (value.split(",") if isinstance(value, str) else value))
    choices = ", ".join(CHANNEL_ROLES)
    for r in roles:
        if r not in CHANNEL_ROLES:
            raise ConfigError(
                f"channel map {','.join(roles)!r}: {r!r} is not a role; use one of {choices} per channel, "
                "e.g. 'agent,customer' or 'customer,agent'"
            )
    for r in ("agent", "customer"):
        if roles.count(r) > 1:
            raise ConfigError(f"channel map {','.join(roles)!r} names {r!r} twice; each role may own one channel")
    if not {"agent", "customer"} & set(roles):
        raise ConfigError(f"channel map {','.join(roles)!r} names neither agent nor customer")
    return roles
