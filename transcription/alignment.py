"""Word timestamps for a batch of decoded windows, reusing the encoder output.

``align_batch`` is ``whisper.timing.find_alignment`` (cross-attention of the
alignment heads + dynamic time warping) run on a whole batch at once and on
the audio features ``model.decode`` already computed, so the encoder is not
run a second time per window as ``whisper.transcribe(word_timestamps=True)``
does. CTranslate2 computes the same path itself (``Whisper.align``); both
turn it into words with :func:`words_from_path`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class AsrWord:
    text: str  # as Whisper spells it, with its leading space (" hello")
    start: float  # seconds
    end: float  # seconds
    probability: float  # mean probability of the word's tokens, 0..1


def align_batch(
    model,
    tokenizer,
    audio_features,
    token_lists: list[list[int]],
    num_frames: list[int],
    *,
    medfilt_width: int = 7,
    qk_scale: float = 1.0,
) -> list[list[AsrWord]]:
    """Word timings (seconds from each window's start) for each decoded window.

    ``audio_features``: encoder output (batch, n_audio_ctx, n_audio_state);
    ``token_lists``: the text tokens decoded for each window; ``num_frames``:
    mel frames of real audio in each window (the rest is padding).
    """
    import torch
    from whisper.model import disable_sdpa
    from whisper.timing import dtw, median_filter

    out: list[list[AsrWord]] = [[] for _ in token_lists]
    todo = [i for i, t in enumerate(token_lists) if t]
    if not todo:
        return out
    prefix = [*tokenizer.sot_sequence, tokenizer.no_timestamps]
    seqs = [prefix + list(token_lists[i]) + [tokenizer.eot] for i in todo]
    width = max(map(len, seqs))
    # right-padding is harmless: attention is causal, so padding never changes earlier positions
    tokens = torch.tensor([s + [tokenizer.eot] * (width - len(s)) for s in seqs], device=audio_features.device)
    features = audio_features[todo]

    qks: list = [None] * model.dims.n_text_layer
    hooks = [
        block.cross_attn.register_forward_hook(lambda _m, _i, outs, index=k: qks.__setitem__(index, outs[-1]))
        for k, block in enumerate(model.decoder.blocks)
    ]
    try:
        with torch.no_grad(), disable_sdpa():
            logits = model.decoder(tokens, features)
    finally:
        for h in hooks:
            h.remove()

    heads = model.alignment_heads.indices().T.tolist()
    n_sot = len(tokenizer.sot_sequence)
    for row, i in enumerate(todo):
        text_tokens = list(token_lists[i])
        n = len(seqs[row])
        probs = logits[row, n_sot : n_sot + len(text_tokens) + 1, : tokenizer.eot].float().softmax(dim=-1)
        token_probs = probs[np.arange(len(text_tokens)), text_tokens].tolist()

        weights = torch.stack([qks[layer][row, head, :n] for layer, head in heads]).float()
        weights = weights[:, :, : max(1, num_frames[i] // 2)]
        weights = (weights * qk_scale).softmax(dim=-1)
        std, mean = torch.std_mean(weights, dim=-2, keepdim=True, unbiased=False)
        weights = (weights - mean) / std.clamp_min(1e-9)
        weights = median_filter(weights, medfilt_width)
        matrix = weights.mean(dim=0)[n_sot:-1]
        text_idx, time_idx = dtw(-matrix)

        out[i] = words_from_path(tokenizer, text_tokens, text_idx, time_idx, token_probs)
    return out


PREPEND_PUNCTUATION = "\"'“¿([{-"  # joined to the word after them (Whisper's defaults)
APPEND_PUNCTUATION = "\"'.。,，!！?？:：”)]}、"  # joined to the word before them
FRAMES_PER_SECOND = 50  # encoder frames per second of audio (Whisper's TOKENS_PER_SECOND)


def words_from_path(tokenizer, text_tokens: list[int], text_idx, time_idx, token_probs) -> list[AsrWord]:
    """Words with times (seconds from the window start) from a token-to-frame alignment path.

    ``text_idx``/``time_idx``: the monotonic path (token index, encoder frame
    at 50 per second) that dynamic time warping found, over the text tokens
    and the end-of-text token; ``token_probs``: each text token's probability.
    ``tokenizer``: openai-whisper's or faster-whisper's (both split tokens into
    words alike). Punctuation joins its word as in both libraries (faster-whisper's
    ``merge_punctuations``, which imports no PyTorch).
    """
    from faster_whisper.transcribe import merge_punctuations

    text_idx, time_idx = np.asarray(text_idx), np.asarray(time_idx)
    words, word_tokens = tokenizer.split_to_word_tokens(list(text_tokens) + [tokenizer.eot])
    if len(word_tokens) <= 1 or not len(text_idx):
        return []
    bounds = np.pad(np.cumsum([len(t) for t in word_tokens[:-1]]), (1, 0))
    jumps = np.pad(np.diff(text_idx), (1, 0), constant_values=1).astype(bool)
    jump_times = time_idx[jumps] / FRAMES_PER_SECOND
    if len(jump_times) < bounds[-1] + 1:
        return []  # a degenerate path (too few frames for the tokens)
    starts, ends = jump_times[bounds[:-1]], jump_times[bounds[1:]]
    timings = [
        dict(word=w, tokens=t, start=float(s), end=float(e), probability=float(np.mean(token_probs[a:b])))
        for w, t, s, e, a, b in zip(words, word_tokens, starts, ends, bounds[:-1], bounds[1:])
    ]
    merge_punctuations(timings, PREPEND_PUNCTUATION, APPEND_PUNCTUATION)
    return [AsrWord(t["word"], t["start"], t["end"], t["probability"]) for t in timings if t["word"]]
