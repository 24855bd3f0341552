"""A call prepared for detectors: every utterance tokenised once, phrase
matches and sentiment computed on demand and shared by all detectors.

The whole call is one spaCy ``Doc`` (the utterances joined and tokenised
once), and one shared phrase matcher scans it once for every phrase list the
detectors ask for.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Iterable, Sequence

from nlp.pipeline import get_nlp
from nlp.result import Evidence
from transcription.call import Call, Utterance

if TYPE_CHECKING:
    import numpy as np
    from spacy.language import Language

    from nlp.embeddings import Encoder, Segment
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class TokenColumns:
    """The tokens of the call-wide doc as plain Python lists, one per attribute
    (``norm[i]`` is token i's NORM): :attr:`CallContext.tokens`."""

    norm: list[str]  # spaCy's NORM ("'ve" -> "have")
    is_punct: list[bool]
    is_space: list[bool]
    is_punct_or_quote: list[bool]
    idx: list[int]  # character offset in the call-wide doc's text
    length: list[int]  # characters


class Match:
    """One occurrence of a phrase: its utterance, its tokens in the call-wide doc and
    the phrase (from the list searched) that matched. The span is made on first use."""

    __slots__ = ("utterance", "start", "end", "phrase", "_doc", "_span")

    def __init__(self, utterance: int, doc: "Doc", start: int, end: int, phrase: str) -> None:
        self.utterance = utterance  # index into call.utterances
        self.start = start  # token index in the call-wide doc
        self.end = end
        self.phrase = phrase
        self._doc = doc
        self._span = None

    @property
    def span(self) -> "Span":
        if self._span is None:
            self._span = self._doc[self.start : self.end]
        return self._span

    @property
    def text(self) -> str:
        return self.span.text

    def __repr__(self) -> str:
        return f"Match(utterance={self.utterance}, phrase={self.phrase!r}, tokens={self.start}:{self.end})"


# joins utterances in the call-wide doc; a newline is its own token, so phrases never match across it
_SEPARATOR = " \n "
# longest run of non-space characters tokenised as it is: spaCy's tokenizer is quadratic in the
# length of a run of punctuation ("<<<<..."), and no spoken word is this long
MAX_RUN_CHARS = 200
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN_CHARS + 1))


def _tame_long_runs(text: str) -> str:
    """``text`` with every run of non-space characters cut to MAX_RUN_CHARS, the rest
    blanked: the same length, so character offsets still map to utterances."""
    return _LONG_RUN.sub(lambda m: m.group()[:MAX_RUN_CHARS] + " " * (len(m.group()) - MAX_RUN_CHARS), text)


# the shared matcher starts afresh past this many phrases or phrase lists (memory stays bounded)
MAX_SHARED_PHRASES = 20_000
MAX_SHARED_LISTS = 5_000


class _SharedMatcher:
    """One PhraseMatcher per (pipeline, attribute) holding every phrase any detector has
    asked for, so a call is scanned once however many phrase lists the scorecard uses.
    ``version`` grows when phrases are added, telling contexts to scan again."""

    def __init__(self, nlp: "Language", attr: str) -> None:
        from spacy.matcher import PhraseMatcher

        self.nlp = nlp
        self.attr = attr
        self.matcher = PhraseMatcher(nlp.vocab, attr=attr)
        self.phrases: set[str] = set()
        self.version = 0
        self.lock = threading.Lock()
        # phrase lists already added, so a detector's repeated find() costs one set lookup
        self._known_lists: set[tuple[str, ...]] = set()

    def ensure(self, phrases: tuple[str, ...]) -> None:
        if phrases in self._known_lists:
            return
        new = [p for p in dict.fromkeys(phrases) if p not in self.phrases]
        if not new:
            self._known_lists.add(phrases)
            return
        with self.lock:
            if len(self.phrases) + len(new) > MAX_SHARED_PHRASES or len(self._known_lists) > MAX_SHARED_LISTS:
                # authors' previews add phrase lists for ever: start afresh rather than grow without bound
                from spacy.matcher import PhraseMatcher

                self.matcher = PhraseMatcher(self.nlp.vocab, attr=self.attr)
                self.phrases = set()
                self._known_lists = set()
                self.version += 1
                new = list(dict.fromkeys(phrases))
            new = [p for p in new if p not in self.phrases]
            # lemma matching needs the lemmatizer on the patterns too; NORM/LOWER only the tokenizer
            docs = self.nlp.pipe(new) if self.attr == "LEMMA" else (self.nlp.make_doc(p) for p in new)
            for phrase, doc in zip(new, docs):
                self.matcher.add(phrase, [doc])
                self.phrases.add(phrase)
            self.version += 1
            self._known_lists.add(phrases)

    def scan(self, doc: "Doc") -> tuple[int, list[tuple[int, int, int]]]:
        with self.lock:
            return self.version, self.matcher(doc)


_MATCHERS: dict[tuple[int, str], _SharedMatcher] = {}
_MATCHERS_LOCK = threading.Lock()


def _shared_matcher(nlp: "Language", attr: str) -> _SharedMatcher:
    key = (id(nlp), attr)
    with _MATCHERS_LOCK:
        if key not in _MATCHERS:
            _MATCHERS[key] = _SharedMatcher(nlp, attr)
        return _MATCHERS[key]


_PHRASE_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _phrase_set(phrases: tuple[str, ...]) -> frozenset[str]:
    got = _PHRASE_SETS.get(phrases)
    if got is None:
        if len(_PHRASE_SETS) > MAX_SHARED_LISTS:
            _PHRASE_SETS.clear()
        got = _PHRASE_SETS[phrases] = frozenset(phrases)
    return got


class CallContext:
    """The call plus lazily computed, shared analyses."""

    def __init__(self, call: Call, *, nlp: "Language | None" = None, encoder: "Encoder | None | str" = "configured") -> None:
        self.call = call
        self._nlp = nlp
        # the sentence-embedding model: "configured" = QA_EMBEDDING_MODEL, None = none
        self._encoder = encoder
        self._match_cache: dict[tuple[tuple[str, ...], str], list[Match]] = {}
        self._scans: dict[str, tuple[int, dict[str, list[tuple[int, int, int]]]]] = {}

    @property
    def nlp(self) -> "Language":
        if self._nlp is None:
            self._nlp = get_nlp()
        return self._nlp

    @property
    def utterances(self) -> tuple[Utterance, ...]:
        return self.call.utterances

    @cached_property
    def _indices(self) -> dict[str | None, list[int]]:
        out: dict[str | None, list[int]] = {None: list(range(len(self.call.utterances)))}
        for i, u in enumerate(self.call.utterances):
            out.setdefault(u.speaker, []).append(i)
        return out

    def indices(self, speaker: str | None = None) -> list[int]:
        """Indices of the utterances of ``speaker`` (all when None), in call order."""
        return list(self._indices.get(speaker, ()))

    @cached_property
    def doc(self) -> "Doc":
        """The whole call as one doc: utterances joined by a separator and tokenised once
        (as fast as tokenising them one by one, and no merging of docs afterwards).
        Only the tokenizer runs here; lemmas are added on first use (see
        :meth:`ensure_lemmas`), since most detectors match on NORM alone."""
        return self.nlp.tokenizer(self.text)

    @cached_property
    def text(self) -> str:
        """The text of :attr:`doc` (kept: ``Doc.text`` joins every token again on each use)."""
        return _tame_long_runs(_SEPARATOR.join(u.text for u in self.call.utterances))

    @cached_property
    def starts(self) -> list[int]:
        """Each utterance's first character in :attr:`text` (a span's ``start_char`` is its first
        token's, which is later when the utterance begins with whitespace)."""
        out, char = [], 0
        for u in self.call.utterances:
            out.append(char)
            char += len(u.text) + len(_SEPARATOR)
        return out

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
    def tokens(self) -> TokenColumns:
        """Every token of :attr:`doc` as plain lists (norm, is_punct, is_space,
        is_punct_or_quote, char offset, length), read once from spaCy's arrays: the word
        views of :mod:`nlp.opening` and :mod:`nlp.refusals` walk these instead of making
        a ``Token`` object per token."""
        import numpy as np
        from spacy.attrs import IDX, IS_PUNCT, IS_QUOTE, IS_SPACE, LENGTH, NORM

        doc = self.doc
        if not len(doc):
            return TokenColumns([], [], [], [], [], [])
        arr = doc.to_array([NORM, IS_PUNCT, IS_SPACE, IS_QUOTE, IDX, LENGTH])
        # each distinct norm looked up in the string store once
        ids, inverse = np.unique(arr[:, 0], return_inverse=True)
        strings = doc.vocab.strings
        names = [strings[h] for h in ids.tolist()]
        punct = arr[:, 1].astype(bool)
        return TokenColumns(list(map(names.__getitem__, inverse.tolist())), punct.tolist(),
                            arr[:, 2].astype(bool).tolist(), (punct | arr[:, 3].astype(bool)).tolist(),
                            arr[:, 4].tolist(), arr[:, 5].tolist())

    @cached_property
    def _token_utterance(self) -> list[int]:
        owner = [-1] * len(self.doc)
        for i, span in enumerate(self.docs):
            owner[span.start : span.end] = [i] * (span.end - span.start)
        return owner

    def utterance_of_token(self, token_index: int) -> int:
        """The utterance a token of :attr:`doc` belongs to (-1 for separators)."""
        return self._token_utterance[token_index]

    def ensure_lemmas(self) -> "Doc":
        """Run the pipeline's components (lemmatizer; with a trained pipeline also the
        tagger, parser and entity recogniser) on :attr:`doc`, once. Each utterance
        starts a sentence, so no parse or entity crosses from one to the next."""
        if not self.__dict__.get("_lemmatized"):
            doc = self.doc
            if self.trained:
                for span in self.docs:
                    if len(span):
                        doc[span.start].is_sent_start = True
            for _, proc in self.nlp.pipeline:
                doc = proc(doc)
            self.__dict__["_lemmatized"] = True
        return self.doc

    # --- what a trained pipeline adds -------------------------------------
    @cached_property
    def trained(self) -> bool:
        """True when the pipeline has a dependency parser and entity recogniser."""
        from nlp.pipeline import is_trained

        return is_trained(self.nlp)

    def entities(self, utterance: int, labels: Sequence[str] = ()) -> list["Span"]:
        """Named entities of one utterance (PERSON, ORG, DATE, TIME...), empty without a
        trained pipeline."""
        if not self.trained:
            return []
        doc = self.ensure_lemmas()
        span = self.docs[utterance]
        return [e for e in doc.ents if span.start <= e.start and e.end <= span.end
                and (not labels or e.label_ in labels)]

    # --- sentence embeddings ----------------------------------------------
    @property
    def encoder(self) -> "Encoder | None":
        """The sentence-embedding model, or None when none is configured."""
        if self._encoder == "configured":
            from nlp.embeddings import get_encoder

            self._encoder = get_encoder()
        return self._encoder  # type: ignore[return-value]

    @cached_property
    def segments(self) -> list["Segment"]:
        """The call cut into sentences (long ones into word windows), in call order."""
        from nlp.embeddings import segments_of

        return segments_of([u.text for u in self.call.utterances])

    @cached_property
    def segment_vectors(self) -> "np.ndarray":
        """One unit vector per :attr:`segments` row (requires an encoder)."""
        enc = self.encoder
        if enc is None:
            raise RuntimeError("segment_vectors needs an embedding model; check ctx.encoder first")
        return enc.call_vectors([s.text for s in self.segments])

    def segment_rows(self, speaker: str | None = None, utterances: Iterable[int] | None = None) -> list[int]:
        """Indices into :attr:`segments` of ``speaker``'s segments (all when None), or of
        those in ``utterances``."""
        allowed = set(utterances) if utterances is not None else None
        utts = self.call.utterances
        return [k for k, seg in enumerate(self.segments)
                if (speaker is None or utts[seg.utterance].speaker == speaker)
                and (allowed is None or seg.utterance in allowed)]

    def similar(self, phrases: Sequence[str], *, speaker: str | None = None,
                utterances: Iterable[int] | None = None) -> list[tuple["Segment", int, float]]:
        """For each segment of ``speaker`` (or of ``utterances``): the most similar of
        ``phrases`` as ``(segment, phrase index, cosine similarity)``; empty without an
        encoder or phrases."""
        enc = self.encoder
        if enc is None or not phrases:
            return []
        rows = self.segment_rows(speaker, utterances)
        if not rows:
            return []
        sims = self.segment_vectors[rows] @ enc.phrases(list(phrases)).T
        best = sims.argmax(axis=1)
        return [(self.segments[r], int(b), float(sims[k, b])) for k, (r, b) in enumerate(zip(rows, best))]

    def models(self) -> dict[str, str]:
        """Which spaCy pipeline and embedding model this call was analysed with."""
        from nlp.embeddings import describe as describe_encoder
        from nlp.pipeline import describe as describe_nlp

        return {"spacy": describe_nlp(self.nlp), "embeddings": describe_encoder(self.encoder)}

    def segment_evidence(self, segment: "Segment", note: str = "") -> Evidence:
        """Evidence quoting one segment with its call times."""
        base = self.starts[segment.utterance]
        span = self.doc.char_span(base + segment.start_char, base + segment.end_char, alignment_mode="expand")
        return self.evidence(segment.utterance, span=span, note=note)

    def _scan(self, attr: str) -> dict[str, list[tuple[int, int, int]]]:
        """Every match of every known phrase in the call, grouped by phrase, rescanned
        only when new phrases were registered since the last scan."""
        shared = _shared_matcher(self.nlp, attr)
        cached = self._scans.get(attr)
        if cached is None or cached[0] != shared.version:
            doc = self.ensure_lemmas() if attr == "LEMMA" else self.doc
            version, raw = shared.scan(doc)
            strings = self.nlp.vocab.strings
            owner = self._token_utterance
            grouped: dict[str, list[tuple[int, int, int]]] = {}
            for match_id, start, end in raw:
                utt = owner[start]
                if utt >= 0 and owner[end - 1] == utt:  # never across utterances
                    grouped.setdefault(strings[match_id], []).append((utt, start, end))
            cached = (version, grouped)
            self._scans[attr] = cached
            self._match_cache = {k: v for k, v in self._match_cache.items() if k[1] != attr}
        return cached[1]

    def find(self, phrases: Sequence[str], *, attr: str = "NORM", speaker: str | None = None) -> list[Match]:
        """Every occurrence of any of ``phrases`` (matched on ``attr``), in call order."""
        key = (tuple(phrases), attr)
        _shared_matcher(self.nlp, attr).ensure(key[0])
        grouped = self._scan(attr)
        if key not in self._match_cache:
            doc = self.doc
            # the phrases found in this call are few: walk them, not the whole list
            wanted = _phrase_set(key[0])
            found = [Match(u, doc, s, e, p) for p, occurrences in grouped.items() if p in wanted
                     for (u, s, e) in occurrences]
            found.sort(key=lambda m: (m.start, -m.end))
            self._match_cache[key] = found
        matches = self._match_cache[key]
        if speaker is None:
            return list(matches)
        utts = self.call.utterances
        return [m for m in matches if utts[m.utterance].speaker == speaker]

    def find_in(self, utterance: int, phrases: Sequence[str], *, attr: str = "NORM") -> list[Match]:
        return [m for m in self.find(phrases, attr=attr) if m.utterance == utterance]

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
        base = self.starts[utterance]
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
            text = self.call.utterances[utterance].text
            cache[utterance] = (
                self._vader.polarity_scores(text)["compound"] if _may_carry_sentiment(text, self._vader.lexicon) else 0.0
            )
        return cache[utterance]

_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def _may_carry_sentiment(text: str, lexicon: dict) -> bool:
    """False only when VADER would score ``text`` exactly 0: plain ASCII (no emoji) and
    no word, with or without its surrounding punctuation, in VADER's lexicon. VADER
    only gives valence to lexicon words, so skipping it then changes nothing."""
    if not text.isascii():
        return True
    for word in text.lower().split():
        if word in lexicon or word.strip(_PUNCTUATION) in lexicon:
            return True
    return False

