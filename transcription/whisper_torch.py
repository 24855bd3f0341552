"""The openai-whisper backend of the batched engine: PyTorch, float32 or int8 on CPU, float16 on GPU.

On CPU it runs in float32, or with its Linear layers (attention projections
and MLPs, most of its weights) quantised to int8 by
``torch.ao.quantization.quantize_dynamic`` when ``compute_type`` is ``int8``;
on a GPU in float16 (``fp16``) or float32.
"""

from __future__ import annotations

import functools

import numpy as np

from transcription.alignment import AsrWord, align_batch
from transcription.options import TranscribeOptions
from transcription.whisper_engine import Decoded, compression_ratio


class TorchBackend:
    """Batches of windows through an openai-whisper ``Whisper`` model."""

    name = "openai-whisper"

    def __init__(self, model, options: TranscribeOptions, *, fp16: bool) -> None:
        self.model = model
        self.options = options
        self.fp16 = fp16
        self.is_multilingual = bool(model.is_multilingual)
        self._tokenizers: dict[str, object] = {}

    def tokenizer(self, language: str):
        if language not in self._tokenizers:
            import whisper

            self._tokenizers[language] = whisper.tokenizer.get_tokenizer(
                self.model.is_multilingual, num_languages=self.model.num_languages, language=language, task="transcribe"
            )
        return self._tokenizers[language]

    def encode(self, audios: list[np.ndarray]):
        import torch
        import whisper

        mels = torch.stack([whisper.log_mel_spectrogram(whisper.pad_or_trim(a), self.model.dims.n_mels) for a in audios])
        dtype = torch.float16 if self.fp16 else torch.float32
        with torch.no_grad():
            return self.model.embed_audio(mels.to(self.model.device, dtype))

    def detect_language(self, encoded) -> str:
        _, probs = self.model.detect_language(encoded)
        totals: dict[str, float] = {}
        for p in probs if isinstance(probs, list) else [probs]:
            for lang, v in p.items():
                totals[lang] = totals.get(lang, 0.0) + v
        return max(totals, key=totals.get)

    def decode(self, encoded, rows: list[int], *, language: str, temperature: float) -> list[Decoded]:
        import whisper

        o = self.options
        decoding = whisper.DecodingOptions(
            task="transcribe",
            language=language,
            temperature=temperature,
            sample_len=o.sample_len,
            beam_size=o.beam_size if temperature == 0 and (o.beam_size or 1) > 1 else None,
            without_timestamps=True,
            fp16=self.fp16,
        )
        tokenizer = self.tokenizer(language)
        out = []
        for r in _beam_safe_task()(self.model, decoding).run(encoded[rows]):
            tokens = tuple(t for t in r.tokens if t < tokenizer.eot)
            out.append(Decoded(tokens, r.text, float(r.avg_logprob), float(r.no_speech_prob),
                               compression_ratio(r.text) if r.text else 0.0))
        return out

    def align(self, encoded, token_lists: list[list[int]], num_frames: list[int], *, language: str) -> list[list[AsrWord]]:
        return align_batch(self.model, self.tokenizer(language), encoded, token_lists, num_frames)


@functools.cache
def _beam_safe_task():
    """whisper's ``DecodingTask`` with each window's encoder output repeated once per beam.

    openai-whisper 20250625 repeats the tokens, but not the audio features,
    for each beam, so beam search fails on a batch of more than one window;
    repeating them here makes both line up (its later ``[::n_group]`` takes
    one row per window back). Made on first use: whisper is imported lazily.
    """
    from whisper.decoding import DecodingTask

    class BeamSafeTask(DecodingTask):
        def _get_audio_features(self, mel):
            features = super()._get_audio_features(mel)
            return features.repeat_interleave(self.n_group, dim=0) if self.n_group > 1 else features

        def _detect_language(self, audio_features, tokens):
            return super()._detect_language(audio_features[:: self.n_group], tokens)

    return BeamSafeTask


def quantize_linear_int8(model):
    """``model`` with every Linear layer replaced by a dynamically quantised int8 one (CPU only).

    openai-whisper's layers are a subclass of ``nn.Linear`` (it casts weights
    to the input's dtype), which ``quantize_dynamic`` does not recognise; they
    are first turned into plain ``nn.Linear`` with the same weights.
    """
    import torch

    def plain(module: torch.nn.Module) -> None:
        for name, child in module.named_children():
            if isinstance(child, torch.nn.Linear) and type(child) is not torch.nn.Linear:
                linear = torch.nn.Linear(child.in_features, child.out_features, bias=child.bias is not None)
                linear.load_state_dict(child.state_dict())
                setattr(module, name, linear)
            else:
                plain(child)

    plain(model)
    return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
