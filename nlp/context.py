"""A call prepared for detectors: every utterance tokenised once, phrase
matches and sentiment computed on demand and shared by all detectors.

The whole call is one spaCy ``Doc`` built from the utterances' docs, so a
phrase list is matched once per call, not once per utterance.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Iterable, Sequence

from nlp.pipeline import get_nlp
from nlp.result import Evidence
from transcription.call import Call, Utterance

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Match:
    utterance: int  # index into call.utterances
    span: "Span"  # the matched tokens (in the call-wide doc)
    phrase: str  # the phrase from the list that matched

    @property
    def text(self) -> str:
        return self.span.text


# joins utterances in the call-wide doc; a newline is its own token, so phrases never match across it
_SEPARATOR = " \n "

# PhraseMatchers are compiled once per (pipeline, phrase list, attribute)
_MATCHERS: dict[tuple[int, tuple[str, ...], str], object] = {}


def _phrase_matcher(nlp: "Language", phrases: tuple[str, ...], attr: str):
    key = (id(nlp), phrases, attr)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        from spacy.matcher import PhraseMatcher

        matcher = PhraseMatcher(nlp.vocab, attr=attr)
        # lemma matching needs the lemmatizer on the patterns too; NORM/LOWER need only the tokenizer
        make = nlp.pipe if attr == "LEMMA" else (lambda texts: (nlp.make_doc(t) for t in texts))
        for phrase, doc in zip(phrases, make(list(phrases))):
            matcher.add(phrase, [doc])
        _MATCHERS[key] = matcher
    return matcher


class CallContext:
    """The call plus lazily computed, shared analyses."""

    def __init__(self, call: Call, *, nlp: "Language | None" = None) -> None:
        self.call = call
        self._nlp = nlp
        self._match_cache: dict[tuple[tuple[str, ...], str], list[Match]] = {}

    @property
    def nlp(self) -> "Language":
        if self._nlp is None:
            self._nlp = get_nlp()
        return self._nlp

    @property
    def utterances(self) -> tuple[Utterance, ...]:
        return self.call.utterances

    def indices(self, speaker: str | None = None) -> list[int]:
        return [i for i, u in enumerate(self.call.utterances) if speaker is None or u.speaker == speaker]

    @cached_property
    def doc(self) -> "Doc":
        """The whole call as one doc, built from the utterances tokenised one by one
        (the tokenizer's cache makes that several times faster than tokenising the
        joined text). Only the tokenizer runs here; lemmas are added on first use
        (see :meth:`ensure_lemmas`), since most detectors match on NORM alone."""
        from spacy.tokens import Doc

        parts = list(self.nlp.tokenizer.pipe([u.text + _SEPARATOR for u in self.call.utterances]))
        return Doc.from_docs(parts, ensure_whitespace=False) if parts else self.nlp.make_doc("")

    @cached_property
    def docs(self) -> list["Span"]:
        """One span per utterance, over :attr:`doc`. Token ``.i`` is the index in the
        call-wide doc; index a span with positions relative to it (``span[0]``)."""
        doc = self.doc
        spans, char = [], 0
        for u in self.call.utterances:
            span = doc.char_span(char, char + len(u.text), alignment_mode="expand")
            spans.append(span if span is not None else doc[0:0])
            char += len(u.text) + len(_SEPARATOR)
        return spans

    @cached_property
    def _token_utterance(self) -> list[int]:
        owner = [-1] * len(self.doc)
        for i, span in enumerate(self.docs):
            for k in range(span.start, span.end):
                owner[k] = i
        return owner

    def utterance_of_token(self, token_index: int) -> int:
        """The utterance a token of :attr:`doc` belongs to (-1 for separators)."""
        return self._token_utterance[token_index]

    def ensure_lemmas(self) -> "Doc":
        """Run the pipeline's components (lemmatizer, tagger...) on :attr:`doc`, once."""
        if not self.__dict__.get("_lemmatized"):
            doc = self.doc
            for _, proc in self.nlp.pipeline:
                doc = proc(doc)
            self.__dict__["_lemmatized"] = True
        return self.doc

    def lemmas(self, utterance: int) -> list[str]:
        """Lower-case lemmas of one utterance's tokens."""
        self.ensure_lemmas()
        return [t.lemma_.lower() for t in self.docs[utterance]]

    def local_span(self, match: Match) -> "Span":
        """The match's tokens (spans are already in call-doc coordinates)."""
        return match.span

    def find(self, phrases: Sequence[str], *, attr: str = "NORM", speaker: str | None = None) -> list[Match]:
        """Every occurrence of any of ``phrases`` (matched on ``attr``), in call order."""
        key = (tuple(phrases), attr)
        if key not in self._match_cache:
            matcher = _phrase_matcher(self.nlp, key[0], attr)
            doc = self.ensure_lemmas() if attr == "LEMMA" else self.doc
            vocab = self.nlp.vocab.strings
            found: list[Match] = []
            for match_id, start, end in matcher(doc):
                utt = self.utterance_of_token(start)
                if utt < 0 or self.utterance_of_token(end - 1) != utt:
                    continue
                found.append(Match(utt, doc[start:end], vocab[match_id]))
            found.sort(key=lambda m: (m.span.start, -m.span.end))
            self._match_cache[key] = found
        return [m for m in self._match_cache[key] if speaker is None or self.utterances[m.utterance].speaker == speaker]

    def find_in(self, utterance: int, phrases: Sequence[str], *, attr: str = "NORM") -> list[Match]:
        return [m for m in self.find(phrases, attr=attr) if m.utterance == utterance]

    def norms(self, utterance: int) -> list[str]:
        return [t.norm_ for t in self.docs[utterance]]

    def token_span(self, token_index: int, length: int = 1) -> "Span":
        """A span of :attr:`doc` from a token's absolute index."""
        return self.doc[token_index : token_index + length]

    # --- timing -----------------------------------------------------------
    def span_times(self, utterance: int, span: "Span | None" = None) -> tuple[float, float]:
        """Call times of ``span`` in ``utterance``: from word timings when present, else
        interpolated over the utterance by character position."""
        u = self.call.utterances[utterance]
        if span is None:
            return u.start, u.end
        base = self.docs[utterance].start_char
        lo, hi = span.start_char - base, span.end_char - base
        if u.words:
            # map by word order: the n-th whitespace word of the text is the n-th timed word
            before = len(u.text[:lo].split())
            inside = max(1, len(u.text[lo:hi].split()))
            if before < len(u.words):
                last = min(len(u.words) - 1, before + inside - 1)
                return u.words[before].start, u.words[last].end
        n = max(1, len(u.text))
        dur = u.end - u.start
        return u.start + dur * lo / n, u.start + dur * hi / n

    # --- evidence ---------------------------------------------------------
    def evidence(self, utterance: int, *, span: "Span | None" = None, note: str = "") -> Evidence:
        """Evidence quoting ``span`` (or the whole utterance) with its call times."""
        u = self.call.utterances[utterance]
        start, end = self.span_times(utterance, span)
        return Evidence(utterance, u.speaker, start, end, span.text if span is not None else u.text, note)

    def match_evidence(self, match: Match, note: str = "") -> Evidence:
        return self.evidence(match.utterance, span=match.span, note=note)

    # --- sentiment --------------------------------------------------------
    @cached_property
    def _vader(self):
        from nlp.sentiment import get_analyzer

        return get_analyzer()

    def sentiment(self, utterance: int) -> float:
        """VADER compound score (-1..1) of one utterance, computed once."""
        cache = self.__dict__.setdefault("_sentiment_cache", {})
        if utterance not in cache:
            cache[utterance] = self._vader.polarity_scores(self.call.utterances[utterance].text)["compound"]
        return cache[utterance]

    def first_agent_seconds(self) -> float:
        """When the agent first speaks (call time)."""
        return min((u.start for u in self.call.utterances if u.speaker == "agent"), default=0.0)


def window(ctx: CallContext, indices: Iterable[int], *, start: float, end: float) -> list[int]:
    """The utterance indices among ``indices`` that start within [start, end]."""
    return [i for i in indices if start <= ctx.utterances[i].start <= end]
