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

import re
from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult
from nlp.words import content_words, lemma

LABEL = "Paraphrasing"

PARAMS: dict[str, Any] = {
    "cue_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "so what i am hearing is", "what i am hearing is", "just to confirm", "just to make sure i understand",
            "if i understand correctly", "if i understood correctly", "if i am understanding", "so you are saying",
            "so what you are saying", "you are saying", "so you want", "so you would like", "so you need",
            "so you are looking to", "so you'd like", "you'd like to", "so you'd", "let me make sure i have", "let me make sure i understand", "to confirm",
            "to make sure i have this right", "so basically", "in other words", "so the issue is",
            "so the problem is", "it sounds like", "sounds like you", "let me repeat that", "let me read that back",
            "so that is", "so that was", "so that's", "so it's", "so you're", "you mentioned", "you said",
        ],
        "description": "Phrases that introduce a restatement (it must also share content with what "
        "the customer said).",
    },
    "report_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "has been", "have been", "i have", "we have", "i just", "i went ahead", "is now", "are now",
            "i found", "i can see", "i see that", "it will", "i will", "we will", "you will", "you should",
            "is done", "is all set", "is set up", "i ordered", "i sent", "i scheduled", "i updated",
            "you need", "you will need", "you have to", "you must", "you can",
            "i see", "it looks like", "looks like", "i am going to", "we are going to", "let me", "let us",
            "let's",
        ],
        "description": "Phrases that report an action or its result, or instruct the customer; a clause "
        "with one is not a restatement (a turn with a cue phrase still is).",
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
        "type": "integer", "minimum": 1, "default": 2,
        "description": "N/A when the customer said fewer content words than this in the whole call.",
    },
}

_QUESTION_OPENERS = {"what", "which", "when", "where", "who", "whom", "whose", "why", "how", "can", "could",
                     "would", "will", "may", "do", "does", "did", "is", "are", "was", "were", "have", "has",
                     "should", "shall", "am"}
# a question ending like this asks the customer to confirm a read-back
_CONFIRM_TAGS = {"correct", "right"}
_CONFIRM_TAIL = {"is that right", "is that correct", "did i get", "have that right"}
_BE = {"is", "are", "was", "were"}
# a clause opening with these answers a question ("Yes, your policy covers windshields")
_ANSWERS = {"yes", "no", "yep", "nope", "yeah", "nah"}
# a clause runs to the next sentence mark or comma ("Got it, grace at example dot com, I'll send it")
_CLAUSE = re.compile(r"[^.,;!?]+[.,;!?]*")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_LEADING_FILLERS = {"okay", "ok", "alright", "and", "so", "um", "uh", "uhm", "well", "oh", "now", "sure", "great",
                    "right", "then", "also", "perfect", "mhm", "yes", "yeah"}


def content_lemmas(ctx: CallContext, i: int, *, skip: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Content words of utterance ``i`` as lemmas (numbers kept), in order, each once."""
    cache = ctx.__dict__.setdefault("_content_words", {})
    key = (i, frozenset(skip))
    if key not in cache:
        cache[key] = content_words(ctx.utterances[i].text, skip=skip)
    return cache[key]


def _is_question(text: str) -> bool:
    """True for a question that asks for something new; a read-back that asks for
    confirmation ("300 dollars from savings to checking, correct?") is not one."""
    words = _WORD.findall(text.lower())
    if words and (words[-1] in _CONFIRM_TAGS or " ".join(words[-3:]) in _CONFIRM_TAIL):
        return False
    if text.rstrip().endswith("?"):
        return True
    first = next((w for w in words if w not in _LEADING_FILLERS), "")
    return first.split("'")[0] in _QUESTION_OPENERS


def _states_result(text: str) -> bool:
    """True for "your account is closed", "the card was blocked": a state the agent brought about."""
    words = _WORD.findall(text.lower())
    return any(a in _BE and b.endswith("ed") and lemma(b) != b for a, b in zip(words, words[1:]))


def _read_back(text: str, theirs: set[str], report_at: list[int], names: frozenset[str],
               params: Mapping[str, Any]) -> list[str] | None:
    """The shared words of the first clause of ``text`` that reads the customer's words
    back: mostly their content words, not a question, not a report or an instruction,
    not an answer ("Yes, your policy covers windshields")."""
    if next(iter(_WORD.findall(text.lower())), "") in _ANSWERS:
        return None
    for m in _CLAUSE.finditer(text):
        if any(m.start() <= at < m.end() for at in report_at):
            continue
        clause = m.group()
        mine = content_words(clause, skip=names)
        shared = [w for w in mine if w in theirs]
        if (len(shared) >= params["min_shared_words"] and len(shared) / len(mine) >= params["min_shared_ratio"]
                and not _is_question(clause) and not _states_result(clause)):
            return shared
    return None


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    from nlp.detectors.personalization import customer_name

    utts = ctx.utterances
    name = customer_name(ctx)
    names = frozenset(name.lower().split()) if name else frozenset()
    customer = ctx.indices("customer")
    lemmas = {i: content_lemmas(ctx, i, skip=names) for i in customer}
    if sum(len(v) for v in lemmas.values()) < params["min_customer_words"]:
        return DetectorResult("na", "The customer never described an issue, so there was nothing to restate.")
    cues = {}
    for m in ctx.find(params["cue_phrases"], speaker="agent"):
        cues.setdefault(m.utterance, m)
    reports: dict[int, list[int]] = {}  # utterance -> character offsets of report phrases
    for m in ctx.find(params["report_phrases"], speaker="agent"):
        reports.setdefault(m.utterance, []).append(m.span.start_char - ctx.docs[m.utterance].start_char)
    found = []
    back = params["lookback_utterances"]
    for i in ctx.indices("agent"):
        recent = [j for j in range(max(0, i - back), i) if j in lemmas]
        if not recent:
            continue
        theirs = {lem for j in recent for lem in lemmas[j]}
        mine = content_lemmas(ctx, i, skip=names)
        shared = [lem for lem in mine if lem in theirs]
        if len(shared) < params["min_shared_words"]:
            continue
        if i in cues:
            kind = f"cue \"{cues[i].text}\""
        else:
            clause = _read_back(utts[i].text, theirs, reports.get(i, []), names, params)
            if clause is None:
                continue
            kind, shared = "read-back", clause
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
    found.sort(key=lambda f: (not f[2].startswith("cue"), f[0]))  # cue restatements are the clearest
    evidence = []
    for i, source, kind, shared in found[:3]:
        evidence.append(ctx.evidence(source, note="the customer said"))
        evidence.append(ctx.evidence(i, note=f"restated ({kind}; shared: {', '.join(shared)})"))
    first = found[0]
    return DetectorResult(
        "pass",
        f"The agent restated the customer's words {len(found)} time(s), e.g. \"{utts[first[0]].text}\" "
        f"({first[2]}).",
        tuple(evidence),
        details={"restatements": [{"agent": i, "customer": s, "kind": k, "shared": sh} for i, s, k, sh in found]},
    )
