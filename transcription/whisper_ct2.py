"""The faster-whisper backend of the batched engine: CTranslate2, int8 on CPU, float16 on GPU.

faster-whisper loads the model (a CTranslate2 directory, or a name it
downloads from the Hugging Face Hub) and supplies its tokenizer; the engine
then drives CTranslate2 directly: one ``encode`` per batch of windows,
``generate`` on it for the decoding (with the same prompt, suppressed tokens
and limits as the openai-whisper backend) and ``align`` on the same encoder
output for word timestamps. The log-mel input is faster-whisper's numpy
``FeatureExtractor`` on the window padded to 30 s, as openai-whisper computes
it, so both backends see the same features. Nothing on this path imports
PyTorch (the VAD is ONNX too): a worker starts in a fraction of the time.
"""

from __future__ import annotations

import numpy as np

from transcription.alignment import AsrWord, words_from_path
from transcription.audio import SAMPLE_RATE
from transcription.options import TranscribeOptions
from transcription.whisper_engine import Decoded, compression_ratio

MAX_NEW_TOKENS = 224  # Whisper's sample_len default: half the text context
N_SAMPLES = 30 * SAMPLE_RATE  # samples in one Whisper window (30 s)


class CT2Backend:
    """Batches of windows through a faster-whisper ``WhisperModel`` (its CTranslate2 model)."""

    name = "faster-whisper"

    def __init__(self, model, options: TranscribeOptions) -> None:
        self.model = model  # faster_whisper.WhisperModel
        self.ct2 = model.model  # ctranslate2.models.Whisper
        self.options = options
        self.is_multilingual = bool(self.ct2.is_multilingual)
        self.n_mels = int(self.ct2.n_mels)
        self._tokenizers: dict[str, object] = {}
        self._features = None

    def tokenizer(self, language: str):
        if language not in self._tokenizers:
            from faster_whisper.tokenizer import Tokenizer

            self._tokenizers[language] = Tokenizer(
                self.model.hf_tokenizer, self.is_multilingual, task="transcribe", language=language
            )
        return self._tokenizers[language]

    def _storage(self, features: np.ndarray):
        import ctranslate2

        return ctranslate2.StorageView.from_array(np.ascontiguousarray(features, dtype=np.float32))

    def encode(self, audios: list[np.ndarray]):
        from faster_whisper.audio import pad_or_trim

        if self._features is None:
            from faster_whisper.feature_extractor import FeatureExtractor

            self._features = FeatureExtractor(feature_size=self.n_mels)
        # each window padded to 30 s with silence before the spectrogram, as openai-whisper does (3000 frames)
        features = np.stack([self._features(pad_or_trim(a, N_SAMPLES), padding=0) for a in audios])
        return features, self.ct2.encode(self._storage(features))

    def _rows(self, encoded, rows: list[int]):
        """The encoder output of some rows of the batch (a re-decode of the windows that failed).

        On the CPU the rows are copied out of the batch's output (host memory;
        the same numbers as encoding them again, without the encoder's work);
        on a GPU they are encoded again, cheaper than a round trip through the
        host."""
        features, output = encoded
        if output.device == "cpu":
            return self._storage(np.asarray(output)[rows])
        return self.ct2.encode(self._storage(features[rows]))

    def detect_language(self, encoded) -> str:
        totals: dict[str, float] = {}
        for pairs in self.ct2.detect_language(encoded[1]):
            for token, p in pairs:
                lang = token.strip("<|>")
                totals[lang] = totals.get(lang, 0.0) + p
        return max(totals, key=totals.get)

    def decode(self, encoded, rows: list[int], *, language: str, temperature: float) -> list[Decoded]:
        features, output = encoded
        if len(rows) != len(features):
            output = self._rows(encoded, rows)
        tokenizer = self.tokenizer(language)
        prompt = [*tokenizer.sot_sequence, tokenizer.no_timestamps]
        o = self.options
        if temperature > 0:
            search = dict(beam_size=1, sampling_topk=0, sampling_temperature=temperature)
        else:
            search = dict(beam_size=o.beam_size or 1)
        results = self.ct2.generate(
            output,
            [prompt] * len(rows),
            max_length=len(prompt) + (o.sample_len or MAX_NEW_TOKENS),
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=self._suppressed(tokenizer),
            **search,
        )
        out = []
        for r in results:
            tokens = tuple(t for t in r.sequences_ids[0] if t < tokenizer.eot)
            # CTranslate2 scores are length-normalised sums of log-probabilities; Whisper's
            # avg_logprob divides the sum by the tokens decoded plus end-of-text
            n = len(r.sequences_ids[0])
            avg_logprob = float(r.scores[0]) * n / (n + 1)
            text = tokenizer.decode(list(tokens))
            out.append(Decoded(tokens, text, avg_logprob, float(r.no_speech_prob),
                               compression_ratio(text) if text else 0.0))
        return out

    def _suppressed(self, tokenizer) -> list[int]:
        # openai-whisper's suppress_tokens="-1": symbols that are not speech, and the special tokens
        specials = [tokenizer.transcribe, tokenizer.translate, tokenizer.sot, tokenizer.sot_prev, tokenizer.sot_lm,
                    tokenizer.no_speech]
        return sorted(set(tokenizer.non_speech_tokens) | set(specials))

    def align(self, encoded, token_lists: list[list[int]], num_frames: list[int], *, language: str) -> list[list[AsrWord]]:
        tokenizer = self.tokenizer(language)
        # every row must be aligned with the batch's encoder output; empty rows get one token, then are ignored
        filler = tokenizer.encode(" the")[:1]
        results = self.ct2.align(encoded[1], tokenizer.sot_sequence, [t or filler for t in token_lists],
                                 num_frames, median_filter_width=7)
        out: list[list[AsrWord]] = []
        for tokens, r in zip(token_lists, results):
            if not tokens:
                out.append([])
                continue
            path = np.asarray(r.alignments, dtype=np.int64).reshape(-1, 2)
            out.append(words_from_path(tokenizer, tokens, path[:, 0], path[:, 1], np.asarray(r.text_token_probs)))
        return out
