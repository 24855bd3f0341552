"""Semantic helpers shared by the detectors that compare meanings: example
sentences matched against the call (``semantic_phrase.v1``, empathy's brief
acknowledgements), problems the customer states as plain facts (empathy,
paraphrase), and how closely an agent's words restate the customer's.

With a sentence-embedding model (``ctx.encoder``) a match is a cosine
similarity between a call segment and an example sentence: the call's
segments are embedded once per call (``ctx.segment_vectors``, cached on disk
per transcript by :mod:`nlp.embeddings`) and the examples once per process
(``ctx.encoder.phrases``). Without one, the same questions are answered by
lemma overlap (the share of an example's content words found in a segment),
and every result says which method was used (:data:`EMBEDDINGS` or
:data:`LEMMA_OVERLAP`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from nlp.result import Evidence
from nlp.words import content_words, lemma

if TYPE_CHECKING:
    from nlp.context import CallContext
    from nlp.embeddings import Segment

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_CLITIC_S = re.compile(r"'s\b")

EMBEDDINGS = "embeddings"  # how a semantic match was found, as reported in details
LEMMA_OVERLAP = "lemma overlap"


@dataclass(frozen=True)
class SegmentMatch:
    """A call segment that matches one of a list of example sentences."""

    segment: "Segment"
    example: int  # index into the examples searched
    score: float  # cosine similarity (embeddings) or share of the example's content words found (lemma overlap)
    method: str  # EMBEDDINGS or LEMMA_OVERLAP


def method_of(ctx: "CallContext") -> str:
    """How :func:`match_examples` compares meanings on this call."""
    return EMBEDDINGS if ctx.encoder is not None else LEMMA_OVERLAP


def similar_segments(ctx: "CallContext", examples: Sequence[str], *, threshold: float, speaker: str | None = None,
                     utterances: Iterable[int] | None = None, contrast: Sequence[str] = (),
                     margin: float = 0.0) -> list[SegmentMatch]:
    """Segments whose cosine similarity to their nearest example is at least ``threshold``
    and, when ``contrast`` examples are given (what the behaviour is *not*), beats the
    nearest contrast example by at least ``margin``. Needs ``ctx.encoder``; in call order."""
    enc = ctx.encoder
    if enc is None or not examples:
        return []
    rows = ctx.segment_rows(speaker, utterances)
    if not rows:
        return []
    vecs = ctx.segment_vectors[rows]
    sims = vecs @ enc.phrases(list(examples)).T
    best = sims.argmax(axis=1)
    top = sims[range(len(rows)), best]
    against = (vecs @ enc.phrases(list(contrast)).T).max(axis=1) if contrast else None
    out = []
    for k, r in enumerate(rows):
        score = float(top[k])
        if score < threshold or (against is not None and score - float(against[k]) < margin):
            continue
        out.append(SegmentMatch(ctx.segments[r], int(best[k]), score, EMBEDDINGS))
    return out


_FILLERS = frozenset({"uh", "um", "uhm", "er", "erm", "ah", "oh", "okay", "ok", "yeah", "yes", "mhm", "hmm", "like",
                      "so", "well", "right", "alright"})


# spaCy stop words that carry an example's meaning ("offers a call back", "gives their name")
# (negations too: "that's not my problem" is not "no problem")
_MEANINGFUL = frozenset({"amount", "back", "bottom", "call", "due", "empty", "first", "front", "full", "give", "keep",
                         "last", "move", "name", "put", "say", "serious", "show", "side", "take", "top", "whole",
                         "not", "never", "nothing", "nobody", "none", "cannot"})
_NOT = re.compile(r"n't\b")


@lru_cache(maxsize=1)
def _overlap_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset((set(STOP_WORDS) - _MEANINGFUL) | _FILLERS)


def overlap_lemmas(text: str) -> set[str]:
    """The lemmas of ``text`` that lemma overlap compares: every word but stop words and
    fillers ("call", "back", "name" stay: they carry an example's meaning)."""
    stops = _overlap_stop_words()
    text = _NOT.sub(" not", _CLITIC_S.sub(" ", text.lower()))
    return {lemma(w) for w in _WORD.findall(text) if w not in stops and "'" not in w}


def overlapping_segments(ctx: "CallContext", examples: Sequence[str], *, threshold: float,
                         speaker: str | None = None, utterances: Iterable[int] | None = None) -> list[SegmentMatch]:
    """Segments holding at least ``threshold`` of some example's lemmas (the fallback
    without an embedding model); the example with the largest share wins."""
    wanted = [overlap_lemmas(e) for e in examples]
    out = []
    for r in ctx.segment_rows(speaker, utterances):
        seg = ctx.segments[r]
        mine = overlap_lemmas(seg.text)
        if not mine:
            continue
        scores = [len(w & mine) / len(w) if w else 0.0 for w in wanted]
        if not scores:
            continue
        best = max(range(len(scores)), key=scores.__getitem__)
        if scores[best] >= threshold and scores[best] > 0:
            out.append(SegmentMatch(seg, best, round(scores[best], 3), LEMMA_OVERLAP))
    return out


def match_examples(ctx: "CallContext", examples: Sequence[str], *, threshold: float, lemma_threshold: float,
                   speaker: str | None = None, utterances: Iterable[int] | None = None) -> list[SegmentMatch]:
    """Segments that say what one of ``examples`` says: by embeddings when a model is
    configured (cosine >= ``threshold``), else by lemma overlap (>= ``lemma_threshold``)."""
    if ctx.encoder is not None:
        return similar_segments(ctx, examples, threshold=threshold, speaker=speaker, utterances=utterances)
    return overlapping_segments(ctx, examples, threshold=lemma_threshold, speaker=speaker, utterances=utterances)


def match_note(m: SegmentMatch, examples: Sequence[str]) -> str:
    """How a match is quoted in evidence: the example it matched and the score."""
    kind = "similarity" if m.method == EMBEDDINGS else "lemma overlap"
    return f"like \"{examples[m.example]}\" ({kind} {m.score:.2f})"


# --- problems stated by the customer ------------------------------------------------------

# words between a negation and the verb it negates ("I can't even see", "it doesn't seem to load")
_NEGATION_SKIP = frozenset({"even", "really", "seem", "seems", "seemed", "to", "be", "been", "ever", "yet", "actually",
                            "still", "quite", "properly", "just", "able", "always", "anymore", "correctly", "fully",
                            "yet", "uh", "um", "uhm", "like", "currently", "let", "me", "us", "it"})
_NEGATIONS = frozenset({"not", "never"})


@dataclass(frozen=True)
class ProblemStatement:
    """A customer utterance that states a problem or a negative feeling."""

    utterance: int
    why: str  # 'problem cue "stolen"', 'failed outcome "cannot even see"', 'like "..." (similarity 0.61)'
    evidence: Evidence


def _negated_outcomes(words: Sequence[tuple[str, str]], verbs: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """(negation, verb) positions in ``words`` ((norm, lower-case text) pairs; "" marks
    punctuation) where a negation is followed by an outcome verb, only skip words between."""
    out = []
    for k, (norm, _) in enumerate(words):
        if norm not in _NEGATIONS:
            continue
        for n in range(k + 1, min(k + 5, len(words))):
            nnorm, word = words[n]
            if not word:
                break
            if word in _NEGATION_SKIP or nnorm in _NEGATION_SKIP:
                continue
            if lemma(word) in verbs or word in verbs:
                out.append((k, n))
            break
    return out


def failed_outcomes(ctx: "CallContext", i: int, verbs: frozenset[str] | set[str]) -> list[str]:
    """Phrases of utterance ``i`` that say an expected outcome did not happen: a negation
    followed by an outcome verb ("it never arrived", "I can't even see my booking",
    "it won't switch on", "the payment didn't go through"). Only the first verb after the
    negation counts, so "I don't want to..." or "I can't remember..." are not failures."""
    span = ctx.docs[i]
    toks = list(span)
    pairs = _negated_outcomes([(t.norm_, "" if t.is_punct else t.lower_) for t in toks], verbs)
    if pairs:  # "... so I don't get charged": a purpose supposes the outcome, it reports none
        text = ctx.utterances[i].text
        pairs = [(k, n) for k, n in pairs if not _supposed_before(text, toks[n].idx - ctx.starts[i])
                 and not _cannot_attend(toks, n) and not _checks_back(text, toks[n].idx - ctx.starts[i])
                 and not _has_none(toks, n)]
    return [span.doc[toks[k].i - (1 if k else 0) : toks[n].i + 1].text for k, n in pairs]


def _cannot_attend(toks: Sequence[Any], n: int) -> bool:
    """True for "I can't make it on Friday": a date the customer cannot keep, a routine
    constraint (they are calling to move it), not an outcome that failed."""
    return toks[n].lower_ == "make" and n + 1 < len(toks) and toks[n + 1].lower_ == "it"


def _has_none(toks: Sequence[Any], n: int) -> bool:
    """True for "I haven't got a drive": what the customer does not own, a fact about them, not
    an outcome that failed ("I still haven't got a reply" is one)."""
    if toks[n].lower_ != "got" or n + 1 >= len(toks) or toks[n + 1].lower_ not in ("a", "an"):
        return False
    before = [t.norm_ for t in toks[max(0, n - 5):n]]
    return before[-2:] in (["have", "not"], ["has", "not"]) and not {"still", "yet", "never"} & set(before)


def _checks_back(text: str, at: int) -> bool:
    """Is the word at ``at`` in a question that checks back what the agent just said ("Oh,
    right. So I can't come next week?"), not a problem the customer reports?"""
    sentence = _sentence_at(text, at)
    return sentence.rstrip().endswith("?") and _WORD.findall(sentence.lower())[:1] == ["so"]


# a customer's remark on the news: "that's" / "what a" and a word at least this negative in VADER's lexicon
# ("oh, that's annoying", "that's a shame"), or one of the words it lacks ("that's a blow")
_REMARK_VALENCE = -1.0
_REMARK_WORDS = frozenset({"blow", "nuisance", "rubbish", "gutting", "sickener", "letdown", "let-down"})
_REMARK_OPENERS = (("that", "'s"), ("that", "s"), ("that", "is"), ("that", "was"), ("this", "is"), ("thats",), ("what", "a"),
                   ("what", "an"))
_REMARK_FIRST = frozenset(o[0] for o in _REMARK_OPENERS)
_REMARK_FILL = frozenset({"a", "an", "really", "so", "very", "such", "bit", "of", "real", "proper", "just",
                          "pretty", "quite", "massive", "big", "total", "complete"})


def customer_remark(ctx: "CallContext", i: int) -> str | None:
    """The customer's own negative remark on their situation in utterance ``i`` ("oh, that's
    annoying", "that's a blow", "what a pain"), as its words; None when there is none. Negated
    ("that's not bad") or asked ("is that bad?") remarks are not ones."""
    from nlp.sentiment import get_analyzer

    lexicon = get_analyzer().lexicon
    cols = ctx.tokens
    span = ctx.docs[i]
    norms = cols.norm[span.start : span.end]
    punct = cols.is_punct[span.start : span.end]
    for k in range(len(norms)):
        if norms[k] not in _REMARK_FIRST:
            continue  # most words open no remark: look no further
        opener = next((o for o in _REMARK_OPENERS if tuple(norms[k : k + len(o)]) == o), None)
        if opener is None or (k > 0 and not punct[k - 1] and norms[k - 1] not in _FILLERS | {"well", "but", "so"}):
            continue
        j = k + len(opener)
        while j < len(norms) and not punct[j] and norms[j] in _REMARK_FILL:
            j += 1
        if j >= len(norms) or punct[j]:
            continue
        word = norms[j]
        if word in _REMARK_WORDS or (lexicon.get(word) or 0.0) <= _REMARK_VALENCE:
            return ctx.doc[span.start + k : span.start + j + 1].text
    return None


# negations as plain words: "didn't", "never", and contractions transcribed without the apostrophe
_UNSPLIT_NEGATIONS = frozenset({"dont", "doesnt", "didnt", "cant", "wont", "isnt", "wasnt", "hasnt", "havent",
                                "hadnt", "couldnt", "wouldnt", "arent", "werent", "aint"})


def states_failed_outcome(words: Sequence[str], verbs: frozenset[str] | set[str]) -> bool:
    """True when lower-case ``words`` (a clause, no punctuation) say an expected outcome did
    not happen, as :func:`failed_outcomes` reads a customer's turn: "it never actually got
    to you", "the refund hasn't come through", "it didnt arrive"."""
    pairs = [("not", w) if w.endswith("n't") or w in _UNSPLIT_NEGATIONS else (w, w) for w in words]
    return bool(_negated_outcomes(pairs, verbs))


# a question opening with these asks for information ("will my bill change?", "how much is it?");
# "why ..." questions are often complaints ("why is my bill so much more?") and are not among them
_INFO_QUESTION = frozenset({"what", "which", "when", "where", "who", "how", "will", "would", "can", "could", "do",
                            "does", "did", "is", "are", "was", "were", "shall", "should", "may", "have", "has"})
_QUESTION_FILLERS = frozenset({"and", "so", "but", "then", "also", "just", "sorry"}) | _FILLERS


_SENTENCE_END = re.compile(r"[.!?]+")


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` holding character ``at`` (with its end mark)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > at:
            return text[start:m.end()]
        start = m.end()
    return text[start:]


# a yes/no question opening with these asks what will happen ("does that mean I pay twice?", "will I be
# charged again?"); past ones ("was I charged twice?") put a complaint as a question
_WHAT_WILL_HAPPEN = frozenset({"does", "do", "will", "would", "should", "could", "shall", "am"})


def asks_what_will_happen(sentence: str) -> bool:
    """True for a question about what will or might happen, not a problem stated: "Does that
    mean I pay twice this month?", "will I lose my deposit?", "if it gets damaged in the post,
    am I covered?" (asked with a question mark; a negated one complains: "won't it ever come?")."""
    if not sentence.rstrip().endswith("?"):
        return False
    words = _past_openers(_WORD.findall(sentence.lower()))
    if words[:1] == ["if"] or words[:2] == ["what", "if"]:
        return True  # "if the parcel gets damaged in the post, am I covered?"
    return bool(words) and words[0] in _WHAT_WILL_HAPPEN and asks_for_information(" ".join(words))


def _negated_before(text: str, at: int) -> bool:
    """Is the word at character ``at`` negated by one of the two words before it ("it isn't
    damaged", "it's not broken")? "Never" is left out: "it never stopped leaking" complains."""
    before = _WORD.findall(_NOT.sub(" not", text[:at].lower()))[-2:]
    return any(w == "not" or w in _UNSPLIT_NEGATIONS for w in before)


# a clause these open supposes what it describes: "without a gap where we've got no internet", "in case
# it breaks", "so that we're not left with no heating"
_SUPPOSING = re.compile(r"\b(?:without|in case|so that|so we don't|so i don't|so we're not|so i'm not|"
                        r"to avoid)\b")
# "we've been without internet for days": the state the customer is in, not a supposition
_IN_STATE = frozenset({"been", "be", "left", "still", "are", "am", "is", "was", "were", "we're", "i'm", "it's", "gone",
                       "went", "stuck", "days", "weeks", "hours", "now"})


def _supposed_before(text: str, at: int) -> bool:
    """Is the word at character ``at`` inside a clause, opened earlier in its sentence, that
    supposes rather than states ("... without having a gap where we've got no internet")?"""
    sentence = re.split(r"[.!?;]", text[:at])[-1].lower()
    hits = list(_SUPPOSING.finditer(sentence))
    if not hits:
        return False
    h = hits[-1]
    before = _WORD.findall(sentence[: h.start()])[-1:]
    return not (h.group(0) == "without" and before and before[0] in _IN_STATE)


_GREETING_WORDS = frozenset({"hi", "hello", "hey", "hiya", "morning", "afternoon", "evening", "good"})


def _past_openers(words: list[str]) -> list[str]:
    """A sentence's words without greetings and fillers ("hi, so, if it breaks..." -> "if it breaks")."""
    return [w for w in words if w not in _QUESTION_FILLERS and w not in _GREETING_WORDS]


# after "dropped": something left with the business ("dropped it off", "dropped my watch in for a battery")
_DROPPED_OFF = re.compile(r"(?:\s+[\w']+){0,3}?\s+(?:off|round|in (?:for|on|at|to|yesterday|last|earlier|this|the other|"
                          r"a few|two|three|about))(?![\w'])", re.IGNORECASE)
# work the customer is having done ("I'm having my kitchen ripped out next week"): planned, not damage
_CAUSATIVE = frozenset({"having", "getting"})
_PARTICLES = frozenset({"out", "up"})
# before a problem word, these make it no problem stated ("it isn't damaged", "if it breaks")
_NOT_A_PROBLEM_BEFORE = frozenset({"not", "no", "never", "if", "unless", "whether", "without"})


def _problem_word(text: str, lemmas: frozenset[str]) -> str | None:
    """The first word of ``text`` whose lemma is one of ``lemmas`` in a sentence that states
    something (not a question about what may happen, not "if ..."), not negated just before
    it ("it isn't broken")."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if sentence.rstrip().endswith("?") and (asks_for_information(sentence) or asks_what_will_happen(sentence)):
            continue
        words = _WORD.findall(_NOT.sub(" not", sentence.lower()))
        if _past_openers(words)[:1] == ["if"]:
            continue  # "if it gets damaged, ..." supposes
        for k, w in enumerate(words):
            if w in lemmas or lemma(w) in lemmas:
                before = words[max(0, k - 3):k]
                if any(b in _NOT_A_PROBLEM_BEFORE or b in _UNSPLIT_NEGATIONS for b in before):
                    continue
                if words[k + 1:k + 2] and words[k + 1] in _PARTICLES and _CAUSATIVE & set(words[max(0, k - 4):k]):
                    continue  # "having my kitchen ripped out"
                return w
    return None


def asks_for_information(text: str) -> bool:
    """True for a plain question asking for information: a yes/no or what/when/how
    question ("Will my bill change?", "so when does it start") with no negation. Not
    "why ..." questions or negated ones ("why hasn't it come?", "isn't it meant to be
    free?"), which often put a complaint as a question, not requests ("can you...") and
    not statements."""
    words = _WORD.findall(_NOT.sub(" not", text.lower()))
    k = 0
    while k < len(words) and words[k] in _QUESTION_FILLERS:
        k += 1
    if k >= len(words) or words[k] not in _INFO_QUESTION:
        return False
    if any(w in _NEGATIONS or w in ("no", "nothing", "nobody") for w in words):
        return False
    if words[k] in ("what", "which", "when", "where", "who", "how"):
        return True
    # an inverted auxiliary asks when a subject follows ("will my bill change", not "will do"); "can you
    # ..." asks the agent to do something, which may come with a problem ("could you help, it's broken")
    return len(words) > k + 2 and words[k + 1] != "you"


def problem_statements(ctx: "CallContext", *, cues: Sequence[str], outcome_verbs: Sequence[str],
                       sentiment_threshold: float, examples: Sequence[str] = (), routine: Sequence[str] = (),
                       similarity: float = 1.0, margin: float = 0.0,
                       problem_words: Sequence[str] = ()) -> dict[int, ProblemStatement]:
    """The customer's utterances that state a problem affecting them or a negative feeling,
    by utterance index in call order. Found by, in this order: a problem cue (phrase list),
    a word of ``problem_words`` in any of its forms ("ripped", "tore", "smashed": matched by
    lemma) in a statement, a failed outcome (:func:`failed_outcomes`), a VADER compound at or below
    ``sentiment_threshold``, and, with an embedding model, a segment at least ``similarity``
    close to a problem example and ``margin`` closer to it than to any ``routine`` request
    example ("I need a new checkbook" is not a problem)."""
    key = (tuple(cues), tuple(outcome_verbs), sentiment_threshold, tuple(examples), tuple(routine), similarity,
           margin, tuple(problem_words))
    cache = ctx.__dict__.setdefault("_problem_statements", {})  # empathy and paraphrase ask the same question
    if key not in cache:
        cache[key] = _problem_statements(ctx, cues, outcome_verbs, sentiment_threshold, examples, routine,
                                         similarity, margin, problem_words)
    return dict(cache[key])


def _problem_statements(ctx: "CallContext", cues: Sequence[str], outcome_verbs: Sequence[str],
                        sentiment_threshold: float, examples: Sequence[str], routine: Sequence[str],
                        similarity: float, margin: float, problem_words: Sequence[str] = ()) -> dict[int, ProblemStatement]:
    found: dict[int, ProblemStatement] = {}
    for m in ctx.find(list(cues), speaker="customer"):
        if m.utterance not in found:
            text = ctx.utterances[m.utterance].text
            at = m.span.start_char - ctx.starts[m.utterance]
            if asks_what_will_happen(_sentence_at(text, at)):
                continue  # "Does that mean I pay twice this month?" asks; it states no problem
            if m.text.split()[0].lower() not in _NEGATIONS and _negated_before(text, at):
                continue  # "it isn't damaged, I just want another colour"
            if _supposed_before(text, at):
                continue  # "I want to move the broadband without a gap where we've got no internet"
            if m.text.lower().startswith("drop") and _DROPPED_OFF.match(text, at + len(m.span.text)):
                continue  # "I dropped my watch in for a new battery": left with the shop, nothing fell
            found[m.utterance] = ProblemStatement(
                m.utterance, f"problem cue \"{m.text}\"", ctx.match_evidence(m, f"problem: \"{m.text}\""))
    verbs = frozenset(outcome_verbs)
    lemmas = frozenset(w.lower() for w in problem_words)
    for i in ctx.indices("customer"):
        if i in found:
            continue
        word = _problem_word(ctx.utterances[i].text, lemmas) if lemmas else None
        if word is not None:
            found[i] = ProblemStatement(i, f"problem word \"{word}\"",
                                        ctx.evidence(i, note=f"problem: \"{word}\""))
            continue
        failed = failed_outcomes(ctx, i, verbs)
        if failed:
            found[i] = ProblemStatement(i, f"failed outcome \"{failed[0]}\"",
                                        ctx.evidence(i, note=f"problem stated as a fact: \"{failed[0]}\""))
        elif (score := _sentiment_past_an_answer(ctx, i)) <= sentiment_threshold:
            found[i] = ProblemStatement(i, f"negative sentiment {score:+.2f}",
                                        ctx.evidence(i, note=f"negative sentiment ({score:+.2f})"))
        elif (remark := customer_remark(ctx, i)) is not None:
            found[i] = ProblemStatement(i, f"the customer's remark \"{remark}\"",
                                        ctx.evidence(i, note=f"a negative feeling: \"{remark}\""))
    if examples and ctx.encoder is not None:
        rest = [i for i in ctx.indices("customer") if i not in found]
        for m in similar_segments(ctx, examples, threshold=similarity, utterances=rest, contrast=routine,
                                  margin=margin):
            asked = _past_confirmations(m.segment.text)
            if asks_for_information(m.segment.text) or asks_what_will_happen(m.segment.text) or (
                    asked is not None and asks_for_information(asked)):
                continue  # "Will my bill change?" is near "my bill is far more than usual" but states nothing;
                # nor does "yeah that's right, does the price change" once it has confirmed
            if m.segment.utterance not in found:
                note = f"problem stated as a fact, {match_note(m, examples)}"
                found[m.segment.utterance] = ProblemStatement(
                    m.segment.utterance, f"similar to \"{examples[m.example]}\" ({m.score:.2f})",
                    ctx.segment_evidence(m.segment, note))
    return dict(sorted(found.items()))


_LEADING_NO = re.compile(r"^\W*(?:no|nope|nah)\b[\s,.!-]*(?=\w)", re.IGNORECASE)


# the customer excusing themselves for asking ("sorry to be a pain, could he come at two?"): politeness,
# not a problem, though VADER reads "sorry" and "pain" as -0.56
_POLITE_APOLOGY = re.compile(r"(?<![\w'])(?:(?:i'm|i am|im) )?(?:so |really )?(?:sorry (?:to (?:be (?:a |such a )?"
                             r"(?:pain|nuisance|bother|trouble|difficult|awkward|annoying)|bother you|trouble you|"
                             r"ask)|for (?:the bother|bothering you|being a pain|being a nuisance|the trouble))|"
                             r"i hate to (?:be a (?:pain|nuisance|bother)|bother you|ask))(?![\w'])", re.IGNORECASE)


def _sentiment_past_an_answer(ctx: "CallContext", i: int) -> float:
    """The customer's sentiment in utterance ``i``, a leading answer "no" and their polite
    apologies for asking left out: VADER reads "no that's great" (to "anything else?") as "not
    great", -0.67, and "sorry to be a pain" as -0.56; the other words say how the customer feels."""
    text = ctx.utterances[i].text
    m = _LEADING_NO.match(text)
    rest = text if m is None else text[m.end():]
    low = rest.lower()
    if "sorry" in low or "hate to" in low:
        rest = _POLITE_APOLOGY.sub(" ", rest)
    if rest == text:
        return ctx.sentiment(i)
    return ctx._vader.polarity_scores(rest)["compound"]


_CONFIRMATIONS = re.compile(r"(?:(?:um|uh|er|erm|oh|well|ah)\W+)*(?:yes|yeah|yep|yup|exactly|correct|that's right|"
                            r"thats right|that is right|that's correct|that's it|thats it|spot on|right)\b")


def _past_confirmations(text: str) -> str | None:
    """What follows the confirmations ``text`` opens with ("yeah, that's right, does the price
    change" -> "does the price change"); None when it opens with none."""
    rest, k = text.lower().strip(), 0
    while (m := _CONFIRMATIONS.match(rest)) is not None and m.end() > 0:
        rest, k = rest[m.end():].lstrip(" ,.!-"), k + 1
    return rest if k else None


def confirmed_by_customer(ctx: "CallContext", i: int) -> bool:
    """True when the customer's next turn after agent utterance ``i``, before the agent speaks
    again, opens by confirming it ("Yes.", "That's right.", "Exactly, and ...")."""
    for j in range(i + 1, len(ctx.utterances)):
        u = ctx.utterances[j]
        if u.speaker == "customer":
            return bool(_CONFIRMATIONS.match(u.text.lower().strip()))
        if re.search(r"[a-z0-9]", u.text.lower()):
            return False
    return False


# --- restatements -------------------------------------------------------------------------

# words that mean the same in a restatement ("my parcel never turned up" -> "your package hasn't arrived");
# each group's members are compared as its first word
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("package", "parcel", "delivery", "shipment", "order"),
    ("arrive", "come", "turn", "show", "deliver", "receive", "get"),
    ("charge", "bill", "debit", "take", "payment", "pay"),
    ("twice", "double", "two"),
    ("cancel", "stop", "end", "terminate", "close"),
    ("replace", "replacement", "new", "reissue"),
    ("lose", "lost", "misplace", "missing", "stolen", "steal"),
    ("break", "broken", "faulty", "damage", "damaged", "work"),
    ("move", "transfer", "send"),
    ("book", "booking", "reservation", "appointment", "schedule"),
    ("refund", "reimburse", "money"),
    ("address", "house", "home"),
    ("phone", "mobile", "cell"),
    ("check", "checkbook", "cheque", "chequebook"),
    ("login", "log", "sign", "access", "password"),
    ("fix", "repair", "sort", "resolve"),
    ("fee", "charge", "cost", "price", "expensive", "pricey", "cheap", "cheaper"),
    ("internet", "connection", "broadband", "wifi", "signal", "line", "network"),
    ("drop", "cut", "disconnect", "outage"),
    ("car", "vehicle"),
    ("flight", "plane"),
    ("heating", "boiler", "radiator", "heat", "warmth"),
    ("month", "monthly"),
    ("plan", "contract", "tariff", "subscription", "membership"),
    ("staff", "employee", "worker", "lad", "colleague"),
    ("pound", "quid"),
)
_CANONICAL: dict[str, str] = {}
for _group in SYNONYMS:
    for _w in _group:
        _CANONICAL.setdefault(_w, _group[0])  # a word in two groups belongs to the first


# contractions transcribed without the apostrophe ("ive", "youre"): not content words
_UNSPLIT_CONTRACTIONS = re.compile(r"\b(?:ive|im|youre|youve|youd|youll|theyre|theyve|weve|thats|whats|dont|doesnt|"
                                   r"didnt|cant|wont|isnt|wasnt|hasnt|havent|couldnt|wouldnt|shouldnt|arent|werent)\b",
                                   re.IGNORECASE)


def content_of(text: str, *, skip: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """:func:`nlp.words.content_words` of ``text`` with "'s" split off, so "the heating's
    off" keeps "heating", and contractions written without their apostrophe ("ive got it
    right", "youre asking") left out as the stop words they are."""
    return content_words(_UNSPLIT_CONTRACTIONS.sub(" ", _CLITIC_S.sub(" ", text)), skip=skip)


def canonical(word: str) -> str:
    """A lemma's synonym group (its first member), or the lemma itself."""
    return _CANONICAL.get(word, word)


def shared_content(mine: Iterable[str], theirs: Iterable[str]) -> list[str]:
    """The content lemmas of ``mine`` that ``theirs`` has too, synonyms counted as one."""
    pool = {canonical(w) for w in theirs}
    return [w for w in mine if canonical(w) in pool]


def restatement_similarity(ctx: "CallContext", agent_utterance: int, customer_utterances: Sequence[int],
                           *, span: tuple[int, int] | None = None) -> tuple[float, "Segment | None", "Segment | None"]:
    """The highest cosine similarity between a segment of ``agent_utterance`` (only those
    overlapping ``span``, character offsets in its text, when given) and a segment of any of
    ``customer_utterances``: ``(similarity, agent segment, customer segment)``; ``(0.0,
    None, None)`` without an embedding model or segments."""
    if ctx.encoder is None or not customer_utterances:
        return 0.0, None, None
    segs = ctx.segments
    mine = [k for k, s in enumerate(segs) if s.utterance == agent_utterance
            and (span is None or (s.start_char < span[1] and s.end_char > span[0]))]
    wanted = set(customer_utterances)
    theirs = [k for k, s in enumerate(segs) if s.utterance in wanted]
    if not mine or not theirs:
        return 0.0, None, None
    vecs = ctx.segment_vectors
    sims = vecs[mine] @ vecs[theirs].T
    a, c = divmod(int(sims.argmax()), sims.shape[1])
    return float(sims[a, c]), segs[mine[a]], segs[theirs[c]]
