"""Paraphrase: the agent restates the customer's issue or request in their own
words to confirm understanding ("so you'd like to replace your lost debit
card", "just to confirm, your parcel hasn't arrived", "300 dollars from
savings to checking, correct?").

A restatement is an agent clause that (1) is put as one: a cue ("just to
confirm", "so you want", "if I understand correctly"), a statement about the
customer ("you were charged twice", "your package hasn't arrived") or a
read-back asking for confirmation ("..., correct?"); (2) is not a question
asking for something new, a report of what the agent did ("I've cancelled
that for you", "your card has been ordered"), an instruction or a closing
summary; and (3) says what the customer's request or problem said: at least
two of its content words in common with the customer's recent words (synonyms
count: "parcel"/"package"), one of them from the customer's statement of the
request or problem, or - with an embedding model - a sentence at least
``min_similarity`` close to that statement. Repeating one detail back ("the
debit card?", an address, a phone number) is not a restatement. The evidence
pairs the customer's statement with the agent's restatement (and the
similarity, when embeddings are used)."""

from __future__ import annotations

import re
from typing import Any, Mapping

from nlp import semantic
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
            "so you are looking to", "so you'd like", "you'd like to", "so you'd", "let me make sure i have",
            "let me make sure i understand", "to confirm", "to make sure i have this right", "so basically",
            "in other words", "so the issue is", "so the problem is", "it sounds like", "sounds like you",
            "let me repeat that", "let me read that back", "so you're", "you mentioned", "you said",
            "so you have", "so you've", "so your", "so you were", "so you", "you want to", "you would like to",
            "you are looking to", "you're looking to", "you're calling", "you are calling",
            "what you're after", "what you are after", "so what you need", "so what you want", "let me just confirm",
            "can i just confirm", "can i confirm", "i understand you", "i understand that you", "i hear that you",
            "i have got this right", "i have got that right", "i have this right", "i have that right",
            "just so i am clear", "just so we are clear", "just so i understand", "make sure i have got",
            "if i have got this right", "if i have understood", "so what happened is", "so what has happened is",
        ],
        "description": "Phrases that introduce a restatement (it must also say what the customer said).",
    },
    "report_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "has been", "have been", "i have", "we have", "i've", "we've", "i just", "i went ahead", "is now",
            "are now", "i found", "i can see", "i see that", "it will", "i will", "we will", "you will",
            "you should", "is done", "is all set", "is set up", "i ordered", "i sent", "i scheduled", "i updated",
            "i cancelled", "i canceled", "i booked", "i processed", "i moved", "i transferred", "i changed",
            "you will need", "you need", "you have to", "you must", "you can", "i see", "it looks like", "looks like",
            "i am going to", "we are going to", "let me", "let us", "let's", "i'll", "we'll", "you'll",
        ],
        "description": "Phrases that report an action or its result, or instruct the customer; what follows "
        "one in a clause is not a restatement.",
    },
    "request_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "i would like", "i'd like", "i want", "i wanna", "i need", "i am calling", "calling to",
            "calling about", "calling because", "calling regarding", "can you", "could you", "can i", "could i",
            "i was wondering", "i am trying to", "trying to", "i am looking to", "looking to", "help me",
            "i have a question", "is it possible", "i was hoping", "how do i", "how can i", "i have to",
            "i am phoning", "phoning about", "phoning to", "i would love to", "is there a way", "i wanted to",
            "i wish to", "please",
        ],
        "description": "Customer phrases that state a request; with the problems the customer states (the "
        "empathy detector's rules), these make the statements a restatement must echo.",
    },
    "min_shared_words": {
        "type": "integer", "minimum": 1, "default": 2,
        "description": "A restatement must share at least this many content words (synonyms count) with "
        "the customer's recent words, so one repeated detail is not enough.",
    },
    "min_similarity": {
        "type": "number", "minimum": 0, "maximum": 1, "default": 0.45,
        "description": "With an embedding model: a restatement in other words counts when its cosine "
        "similarity to the customer's statement of the request or problem is at least this.",
    },
    "lookback_utterances": {
        "type": "integer", "minimum": 1, "default": 8,
        "description": "How many of the customer's statements (turns with at least two content words; "
                       "backchannels and one-word answers do not count) before the agent's turn are recent.",
    },
    "min_customer_words": {
        "type": "integer", "minimum": 1, "default": 2,
        "description": "N/A when the customer said fewer content words than this in the whole call.",
    },
}

# a question ending like this asks the customer to confirm a read-back
_CONFIRM_TAIL = re.compile(r"\b(correct|right|is that right|is that correct|yes|yeah|is that it|did i get that right|"
                           r"have i got that right|am i right|is that what you want|yeah)\W*$")
# a clause opening with these (after fillers) asks for something new: "which card would you like to replace"
_WH = {"what", "which", "when", "where", "who", "whom", "whose", "why", "how"}
_AUX = {"can", "could", "would", "will", "may", "do", "does", "did", "is", "are", "was", "were", "have", "has",
        "should", "shall", "am", "might"}
# "you" after these is a question or politeness, not a statement about the customer
_NOT_ABOUT_YOU = {"thank", "thanks", "see", "bless", "help", "to", "assist"} | _AUX
# "you" after these (or opening the clause) is the subject: "so you want", "and you never got it"
_SUBJECT_BEFORE = {"so", "and", "but", "that", "if", "because", "when", "now", "okay", "ok", "right", "alright", "yes",
                   "yeah", "um", "uh", "uhm", "oh", "well", "since", "where", "then", "basically", "confirm", "saying",
                   "understand", "hearing", "sounds", "like", "mentioned", "said", "what", "gotcha", "see", "mhm"}
# with "your ...", these make a problem restated ("your parcel never arrived", "your card was stolen")
_PROBLEM_WORDS = {"not", "never", "charged", "lost", "stolen", "broken", "broke", "stopped", "cancelled",
                  "canceled", "declined", "damaged", "missing", "wrong", "twice", "double", "late", "delayed", "locked",
                  "blocked", "failed", "overcharged", "disappeared", "crashed", "leaking", "faulty"}
# report phrases that, joined to a cue, are the restatement's own verb ("so you've been charged")
_STATE_REPORTS = {"has been", "have been"}
# a clause opening with these answers a question ("Yes, your policy covers windshields")
_ANSWERS = {"yes", "no", "yep", "nope", "nah"}
# a closing offer or farewell in the same turn makes a recap a summary of what was done
_CLOSING = re.compile(r"\b(anything else|thank you for calling|thanks for calling|have a (great|good|nice|lovely) "
                      r"(day|evening|afternoon|weekend)|goodbye|bye)\b")
# a clause runs to the next sentence mark or comma ("Got it, grace at example dot com, I'll send it")
_CLAUSE = re.compile(r"[^.,;!?]+[.,;!?]*")
_SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+|$)")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_LEADING_FILLERS = {"okay", "ok", "alright", "and", "so", "um", "uh", "uhm", "well", "oh", "now", "sure", "great",
                    "right", "then", "also", "perfect", "mhm", "yeah", "got", "it", "i", "see", "gotcha", "cool",
                    "lovely", "fine", "no", "problem", "absolutely", "certainly", "of", "course"}


def _issue_statements(ctx: CallContext, params: Mapping[str, Any], words: dict[int, list[str]]) -> dict[int, str]:
    """The customer's statements of their request or problem: utterance -> why."""
    from nlp.detectors import empathy

    e = empathy.PARAMS
    problems = semantic.problem_statements(
        ctx, cues=e["problem_cues"]["default"], outcome_verbs=e["outcome_verbs"]["default"],
        sentiment_threshold=e["sentiment_threshold"]["default"], examples=e["problem_examples"]["default"],
        routine=e["routine_examples"]["default"], similarity=e["problem_similarity"]["default"],
        margin=e["problem_margin"]["default"])
    out = {i: f"problem ({p.why})" for i, p in problems.items()}
    for m in ctx.find(params["request_phrases"], speaker="customer"):
        if len(words.get(m.utterance, ())) >= 1:
            out.setdefault(m.utterance, f"request \"{m.text}\"")
    if not out:  # an issue put some other way: the customer's longer statements, else any with content
        longest = max((len(w) for w in words.values()), default=0)
        out = {i: "the customer's description" for i, w in words.items() if w and len(w) >= min(3, longest)}
    return out


def _is_new_question(words: list[str]) -> bool:
    """True for a clause that asks for something new ("what is your address", "would you like...")."""
    first = next((w for w in words if w not in _LEADING_FILLERS), "")
    return first.split("'")[0] in _WH or first in _AUX and "you" in words[words.index(first) + 1 : words.index(first) + 3]


def _about_customer(words: list[str]) -> bool:
    """True when the clause states the customer's want or problem: "you" as the subject
    ("so you want...", "and you never got it", "you were charged twice"), or "your ..."
    with a problem ("your parcel hasn't arrived", "your card was stolen"). "Your balance
    is..." answers; "I can send you..." is about the agent."""
    for k, w in enumerate(words):
        base = w.split("'")[0]
        if base == "you" and (k == 0 or words[k - 1] in _SUBJECT_BEFORE) and k + 1 < len(words):
            return True
        if base == "your" and any(x in _PROBLEM_WORDS or x.endswith("n't") for x in words[k + 1 :]):
            return True
    return False


def _regions(ctx: CallContext, i: int, cues: list, reports: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Candidate restatements in agent utterance ``i``: (start, end, kind) character ranges.
    Each clause counts from its cue (if any) to the first report phrase after it."""
    text = ctx.utterances[i].text
    out = []
    for m in _CLAUSE.finditer(text):
        a, b = m.start(), m.end()
        cue = next((c for c in cues if a <= c[0] < b), None)
        start = cue[0] if cue else a
        if cue and not text[cue[1] : b].strip(" ,;:"):
            # "just to confirm, another driver hit your car": the restatement follows the cue's comma
            b = start + _SENTENCE.search(text[start:]).end()
        # a report phrase inside the cue is part of it ("you'd like to"); one reaching past it is not
        # ("so you've been charged twice": a perfect or passive joined to the cue is the restatement's own verb)
        cut = [r for r, r_end, phrase in reports if start <= r < b and not (
            cue and cue[0] <= r < cue[1] and (r_end <= cue[1] or phrase in _STATE_REPORTS))]
        if cut and min(cut) <= start + 1 and not cue:
            continue  # the clause opens with a report: "I've cancelled that for you"
        end = min(cut) if cut else b
        out.append((start, end, f"cue \"{cue[2]}\"" if cue else ""))
    return out


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    from nlp.detectors.personalization import customer_name

    utts = ctx.utterances
    name = customer_name(ctx)
    names = frozenset(name.lower().split()) if name else frozenset()
    customer = ctx.indices("customer")
    words = {i: semantic.content_of(utts[i].text, skip=names) for i in customer}
    if sum(len(v) for v in words.values()) < params["min_customer_words"]:
        return DetectorResult("na", "The customer never described an issue, so there was nothing to restate.")
    issues = _issue_statements(ctx, params, words)
    base = {i: ctx.docs[i].start_char for i in ctx.indices("agent")}
    cues: dict[int, list] = {}
    for m in ctx.find(params["cue_phrases"], speaker="agent"):
        cues.setdefault(m.utterance, []).append((m.span.start_char - base[m.utterance],
                                                 m.span.end_char - base[m.utterance], m.text))
    reports: dict[int, list[tuple[int, int, str]]] = {}
    for m in ctx.find(params["report_phrases"], speaker="agent"):
        reports.setdefault(m.utterance, []).append((m.span.start_char - base[m.utterance],
                                                    m.span.end_char - base[m.utterance], m.phrase))
    use_embeddings = ctx.encoder is not None
    back = params["lookback_utterances"]
    found = []
    statements = [j for j in customer if len(words[j]) >= 2]  # "mm-hmm" and "yes" state nothing
    cued = set(cues)
    for i in ctx.indices("agent"):
        recent = [j for j in statements if j < i][-back:]
        stated = [j for j in recent if j in issues]
        if not stated and i in cued:
            # a cue ("so just to make sure I've got this right") declares the restatement: what it
            # restates may be any of the customer's recent statements, issue-worded or not
            stated = recent
        if not stated:
            continue
        text = utts[i].text
        closing = bool(_CLOSING.search(text.lower()))
        # an utterance opening with "yes"/"no" answers a question in its first sentence
        answer_end = _SENTENCE.search(text).end() if _WORD.findall(text.lower())[:1] and \
            _WORD.findall(text.lower())[0] in _ANSWERS else -1
        theirs = {w for j in recent for w in words[j]}
        for start, end, kind in _regions(ctx, i, sorted(cues.get(i, []), key=lambda c: (c[0], -c[1])),
                                         reports.get(i, [])):
            region = text[start:end]
            lowered = _WORD.findall(region.lower())
            if not lowered or (start < answer_end and not kind):
                continue
            if _is_new_question(lowered) and not kind:
                continue
            mine = semantic.content_of(region, skip=names)
            if len(mine) < 2:
                continue  # one detail ("the debit card?") is not a restatement
            # "300 dollars from savings to checking, correct?": the tag ends the sentence
            sentence = text[start : start + _SENTENCE.search(text[start:]).end()]
            confirms = bool(_CONFIRM_TAIL.search(sentence.lower())) and len(mine) >= 3
            if not (kind or _about_customer(lowered) or confirms):
                continue
            if closing and not kind:
                continue  # a recap while closing reports what was done
            shared = semantic.shared_content(mine, theirs)
            source = max(stated, key=lambda j: (len(semantic.shared_content(mine, words[j])), j))
            by_words = len(shared) >= params["min_shared_words"] and semantic.shared_content(mine, words[source])
            sim, seg_a, seg_c = (semantic.restatement_similarity(ctx, i, stated, span=(start, end))
                                 if use_embeddings else (0.0, None, None))
            by_meaning = sim >= params["min_similarity"]
            if not (by_words or by_meaning):
                continue
            if by_meaning and not by_words and seg_c is not None:
                source = seg_c.utterance
            how = kind or ("a statement about the customer" if _about_customer(lowered) else "a read-back to confirm")
            found.append({"agent": i, "customer": source, "kind": how, "shared": shared, "start": start, "end": end,
                          "similarity": round(sim, 3) if use_embeddings else None,
                          "agent_segment": seg_a, "customer_segment": seg_c})
            break
    method = semantic.method_of(ctx)
    if not found:
        last = max(issues, key=lambda j: (len(words.get(j, ())), -j))
        how = ("by shared words and sentence similarity" if use_embeddings
               else "by shared words only (no embedding model configured, so restatements in other words are not seen)")
        return DetectorResult(
            "fail",
            "The agent never restated the customer's issue or request to confirm understanding "
            f"(checked {how}).",
            (ctx.evidence(last, note="the customer's statement, never restated"),),
            details={"restatements": [], "method": method,
                     "statements": [{"utterance": j, "why": w} for j, w in sorted(issues.items())]},
        )
    found.sort(key=lambda f: (not f["kind"].startswith("cue"), f["agent"]))  # cue restatements are the clearest
    evidence = []
    for f in found[:3]:
        i = f["agent"]
        span = ctx.doc.char_span(base[i] + f["start"], base[i] + f["end"], alignment_mode="expand")
        sim = f"; similarity {f['similarity']:.2f}" if f["similarity"] is not None else ""
        shared = f"; shared: {', '.join(f['shared'])}" if f["shared"] else ""
        if f["customer_segment"] is not None and f["customer_segment"].utterance == f["customer"]:
            evidence.append(ctx.segment_evidence(f["customer_segment"], "the customer said"))
        else:
            evidence.append(ctx.evidence(f["customer"], note="the customer said"))
        evidence.append(ctx.evidence(i, span=span, note=f"restated ({f['kind']}{shared}{sim})"))
    first = found[0]
    first_text = evidence[1].text
    sim = f", similarity {first['similarity']:.2f}" if first["similarity"] is not None else ""
    return DetectorResult(
        "pass",
        f"The agent restated the customer's issue {len(found)} time(s), e.g. \"{first_text}\" ({first['kind']}{sim}).",
        tuple(evidence),
        details={"method": method, "restatements": [
            {"agent": f["agent"], "customer": f["customer"], "kind": f["kind"], "shared": f["shared"],
             "similarity": f["similarity"]} for f in found]},
    )
