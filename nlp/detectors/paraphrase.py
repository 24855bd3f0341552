"""Paraphrase: the agent restates the customer's issue or the details they gave
to confirm understanding, either with a cue ("so what I'm hearing is", "just
to confirm", "if I understand correctly", "so you're saying") or by reading
the customer's own content back (most of the agent's content words - nouns,
verbs, numbers, found by lemma and stop-word filtering - come from what the
customer just said). Questions that ask for new information, answers and
reports of what the agent did ("your card has been ordered") are not
restatements. The evidence pairs the customer's words with the agent's
restatement. N/A when the customer never described anything."""

from __future__ import annotations

from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult

LABEL = "Paraphrasing"

PARAMS: dict[str, Any] = {
    "cue_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "so what i am hearing is", "what i am hearing is", "just to confirm", "just to make sure i understand",
            "if i understand correctly", "if i understood correctly", "if i am understanding", "so you are saying",
            "so what you are saying", "you are saying", "so you want", "so you would like", "so you need",
            "so you are looking to", "let me make sure i have", "let me make sure i understand", "to confirm",
            "to make sure i have this right", "so basically", "in other words", "so the issue is",
            "so the problem is", "it sounds like", "sounds like you", "let me repeat that", "let me read that back",
            "so that is", "so that was", "you mentioned", "you said",
        ],
        "description": "Phrases that introduce a restatement (it must also share content with what "
        "the customer said).",
    },
    "report_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "has been", "have been", "i have", "we have", "i just", "i went ahead", "is now", "are now",
            "i found", "i can see", "i see that", "will be", "i will", "we will", "you will", "you should",
            "is done", "is all set", "is set up", "i ordered", "i sent", "i scheduled", "i updated",
        ],
        "description": "Phrases that report an action or its result; such a turn is not a restatement "
        "unless it also has a cue phrase.",
    },
    "min_shared_words": {
        "type": "integer", "minimum": 1, "default": 1,
        "description": "A read-back must share at least this many content words with the customer's words.",
    },
    "min_shared_ratio": {
        "type": "number", "minimum": 0, "maximum": 1, "default": 0.6,
        "description": "A read-back without a cue: at least this share of the agent's content words "
        "must come from the customer's recent words.",
    },
    "lookback_utterances": {
        "type": "integer", "minimum": 1, "default": 8,
        "description": "How many utterances before the agent's turn count as the customer's recent words.",
    },
    "min_customer_words": {
        "type": "integer", "minimum": 1, "default": 3,
        "description": "N/A when the customer said fewer content words than this in the whole call.",
    },
}

# everyday words that carry no content in a call (on top of spaCy's stop words)
_GENERIC = {
    "okay", "ok", "alright", "yeah", "yes", "yep", "no", "nope", "uh", "um", "uhm", "mhm", "hmm", "hi", "hello",
    "hey", "thank", "thanks", "please", "like", "want", "need", "gonna", "wanna", "bye", "goodbye", "sure",
    "great", "good", "today", "help", "got", "let", "know", "think", "go", "right", "oh", "ah", "ma'am", "sir",
    "day", "calling", "sorry", "actually", "also", "maybe", "lot", "thing", "way", "kind", "sort", "mean",
    "wonder", "wondering", "able", "bit", "little", "hear", "tell", "ask", "look", "try", "awesome", "perfect",
    "correct", "exactly", "fine", "wow", "hold", "moment", "second",
}
# spaCy stop words that are content in a call ("the amount", "first street", "I moved")
_NOT_STOP = {"amount", "first", "move", "name", "due", "show", "last", "back", "third", "full", "empty", "top", "side"}
_QUESTION_OPENERS = {"what", "which", "when", "where", "who", "whom", "whose", "why", "how", "can", "could",
                     "would", "will", "may", "do", "does", "did", "is", "are", "was", "were", "have", "has",
                     "should", "shall", "am"}
_LEADING_FILLERS = {"okay", "ok", "alright", "and", "so", "um", "uh", "uhm", "well", "oh", "now", "sure", "great",
                    "right", "then", "also", "perfect", "mhm", "yes", "yeah"}


def _stop_words() -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return (set(STOP_WORDS) - _NOT_STOP) | _GENERIC | {"call"}


def content_lemmas(ctx: CallContext, i: int, *, skip: set[str] = frozenset()) -> list[str]:
    """Content words of utterance ``i`` as lemmas (numbers kept), in order, without repeats."""
    stops = ctx.__dict__.get("_paraphrase_stops")
    if stops is None:
        stops = ctx.__dict__["_paraphrase_stops"] = _stop_words()
        ctx.ensure_lemmas()
    out: list[str] = []
    for tok in ctx.docs[i]:
        if tok.like_num:
            lemma = tok.lower_
        elif tok.is_alpha and len(tok.text) > 1:
            lemma = (tok.lemma_ or tok.lower_).lower()
            if lemma in stops or tok.lower_ in stops or tok.norm_ in stops:
                continue
        else:
            continue
        if lemma not in skip and lemma not in out:
            out.append(lemma)
    return out


def _is_question(ctx: CallContext, i: int) -> bool:
    if ctx.utterances[i].text.rstrip().endswith("?"):
        return True
    for tok in ctx.docs[i]:
        if tok.is_punct or tok.lower_ in _LEADING_FILLERS:
            continue
        return tok.norm_ in _QUESTION_OPENERS
    return False


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    from nlp.detectors.personalization import customer_name

    utts = ctx.utterances
    name = customer_name(ctx)
    names = set(name.lower().split()) if name else set()
    customer = ctx.indices("customer")
    lemmas = {i: content_lemmas(ctx, i, skip=names) for i in customer}
    if sum(len(v) for v in lemmas.values()) < params["min_customer_words"]:
        return DetectorResult("na", "The customer never described an issue, so there was nothing to restate.")
    cues = {}
    for m in ctx.find(params["cue_phrases"], speaker="agent"):
        cues.setdefault(m.utterance, m)
    reports = {m.utterance for m in ctx.find(params["report_phrases"], speaker="agent")}
    found = []
    for i in ctx.indices("agent"):
        recent = [j for j in customer if i - params["lookback_utterances"] <= j < i]
        if not recent:
            continue
        theirs = {lem for j in recent for lem in lemmas[j]}
        mine = content_lemmas(ctx, i, skip=names)
        shared = [lem for lem in mine if lem in theirs]
        if len(shared) < params["min_shared_words"]:
            continue
        if i in cues:
            kind = f"cue \"{cues[i].text}\""
        elif i in reports or _is_question(ctx, i) or len(shared) / len(mine) < params["min_shared_ratio"]:
            continue
        else:
            kind = "read-back"
        source = max(recent, key=lambda j: (len(set(lemmas[j]) & set(shared)), j))
        found.append((i, source, kind, shared))
    if not found:
        last = max(customer, key=lambda j: len(lemmas[j]))
        return DetectorResult(
            "fail",
            "The agent never restated the customer's issue or details to confirm understanding.",
            (ctx.evidence(last, note="the customer's description, never restated"),),
            details={"restatements": []},
        )
    evidence = []
    for i, source, kind, shared in found[:3]:
        evidence.append(ctx.evidence(source, note="the customer said"))
        evidence.append(ctx.evidence(i, note=f"restated ({kind}; shared: {', '.join(shared)})"))
    first = found[0]
    return DetectorResult(
        "pass",
        f"The agent restated the customer's words {len(found)} time(s), first \"{utts[first[0]].text}\" "
        f"({first[2]}).",
        tuple(evidence),
        details={"restatements": [{"agent": i, "customer": s, "kind": k, "shared": sh} for i, s, k, sh in found]},
    )
