"""The speed-ups of the word views and phrase patterns change no result: the trie-shaped
phrase pattern matches exactly what a plain alternation of the phrases (longest first)
matches, and the word views read from ``CallContext.tokens`` equal those read from
spaCy's ``Token`` objects."""

from __future__ import annotations

import random
import re

from nlp.context import CallContext
from nlp.opening import FILLERS, words
from nlp.refusals import _normalise_tokens, _trie_alternation, phrase_pattern, words_of
from transcription.call import Call, Utterance

_VOCAB = ["i", "can", "not", "do", "that", "we", "will", "have", "to", "call", "you", "back", "no", "way",
          "is", "it", "policy", "can't", "ca", "a", "an", "the", "help", "'s", "o'clock", "-", "?"]


def _flat(alternatives: list[str]) -> re.Pattern[str]:
    alts = sorted({re.escape(a) for a in alternatives}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(alts) + r")(?![\w'])")


def _trie(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + _trie_alternation(alternatives) + r")(?![\w'])")


def test_trie_pattern_matches_what_the_plain_alternation_matches() -> None:
    rng = random.Random(7)
    for _ in range(300):
        # phrases that share prefixes, contain one another and end in punctuation
        phrases = [" ".join(rng.choice(_VOCAB) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 8))]
        phrases += [p + rng.choice([" ", "", "'"]) + rng.choice(_VOCAB) for p in phrases[:4]]  # longer ones
        text = " ".join(rng.choice(phrases + _VOCAB) for _ in range(30))
        flat, trie = _flat(phrases), _trie(phrases)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], (phrases, text)


def test_trie_pattern_prefers_the_longest_phrase_that_can_end_there() -> None:
    pat = _trie(["can not", "can not do", "can not do that"])
    assert [m.group() for m in pat.finditer("i can not do thatch, we can not do that")] == ["can not do",
                                                                                            "can not do that"]


def test_phrase_pattern_normalises_phrases_like_the_call() -> None:
    from nlp.pipeline import get_nlp

    pat = phrase_pattern(get_nlp(""), ["can't do that", "there's no way"])
    assert pat is not None and pat.search("i can not do that") and pat.search("well there is no way")


def _call(*texts: str) -> Call:
    return Call(call_id="t", utterances=tuple(
        Utterance("agent" if k % 2 == 0 else "customer", 2.0 * k, 2.0 * k + 1.5, t) for k, t in enumerate(texts)))


def test_word_views_from_token_columns_equal_those_from_tokens() -> None:
    call = _call("Hi, uh, this is Mrs. Smith - how can't I help?", "I dunno... it's, um, Harper Valley's fault!",
                 "We'll   see\u2014ok?  ", "Thanks… bye")
    ctx = CallContext(call)
    for i, span in enumerate(ctx.docs):
        w = words_of(ctx, i)
        expected, _, _ = _normalise_tokens(span)
        assert list(w.words) == expected
        # the filler-free view: every non-punctuation, non-filler token, in order
        got = [x.text for x in words(ctx, i)]
        assert got == [t.text for t in span if not (t.is_punct or t.is_space)
                       and (t.norm_[:-1] if t.norm_.endswith(".") and t.norm_[:-1].isalpha() else t.norm_)
                       not in FILLERS]


def test_utterances_beginning_with_whitespace_keep_their_word_texts_and_times():
    """A transcript line that starts with spaces or a tab (as ASR segments often do): the words' texts,
    and the times of a quoted span, come from the utterance's own first character, not its first token's."""
    from nlp import opening
    from nlp.context import CallContext
    from transcription.call import call_from_dict

    call = call_from_dict({"call_id": "ws", "utterances": [
        {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "  Hello there, this is Ann"},
        {"speaker": "customer", "start": 2.0, "end": 4.0, "text": "\tHi Ann, my card was declined"},
    ]})
    ctx = CallContext(call)
    assert [w[1] for w in opening.words(ctx, 0)] == ["Hello", "there", "this", "is", "Ann"]
    assert [w[1] for w in opening.words(ctx, 1)] == ["Hi", "Ann", "my", "card", "was", "declined"]
    assert ctx.text[ctx.starts[1]:ctx.starts[1] + len(call.utterances[1].text)] == call.utterances[1].text
    span = ctx.doc.char_span(ctx.starts[1] + 1, ctx.starts[1] + 3)  # "Hi"
    start, end = ctx.span_times(1, span)
    assert 2.0 <= start < end <= 2.5
