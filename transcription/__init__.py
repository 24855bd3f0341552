"""Audio and transcripts: decoding, voice activity, Whisper, diarization and the call types."""

from transcription.audio import AUDIO_EXTENSIONS, is_audio_path, load_audio
from transcription.options import TranscribeOptions
from transcription.pipeline import transcribe_audio

__all__ = ["AUDIO_EXTENSIONS", "TranscribeOptions", "is_audio_path", "load_audio", "transcribe_audio"]
