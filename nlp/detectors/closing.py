"""Closing: near the end of the call the agent offers further help ("is there
anything else I can help you with?") and thanks the customer or says goodbye.
Fillers inside the phrases are skipped ("is there uh anything else") and the
usual speech-recognition garbles are listed ("any thing else", a final "okay
by"; "any thing el se": "anything" and "else" split in pieces are joined); an offer whose "else" was misheard ("is there anything els today", "is there
anything elsie I can help with", "anything at all we can do") is still one: asked
with "is there" or opening the sentence, "anything" / "something" and a word one
letter from "else", or one word (or "at all") and then "I/we can/could
help/do/assist" (or "can I help/do..."). When the call ends in a transfer before any closing could happen, the
receiving agent closes the call: the outcome is N/A by default (parameter
``transfer_ending``), unless the agent began a closing before it (thanks or a goodbye
without the offer: fail)."""

from __future__ import annotations

from typing import Any, Mapping

from nlp.context import CallContext
from nlp.detectors.transfer import find_transfers
from nlp.opening import Word, find, hit_evidence, words
from nlp.result import DetectorResult, Evidence

LABEL = "Closing"

ELEMENT_NAMES = {"further_help": "an offer of further help", "farewell": "thanks or a goodbye"}

PARAMS: dict[str, Any] = {
    "window_seconds": {
        "type": "number", "minimum": 1, "default": 60,
        "description": "How many seconds before the end of the call count as the closing.",
    },
    "last_turns": {
        "type": "integer", "minimum": 1, "default": 4,
        "description": "The agent's last turns always count as the closing, however long they take.",
    },
    "opening_seconds": {
        "type": "number", "minimum": 0, "default": 20,
        "description": "Agent turns starting this soon after the agent's first words are the opening "
        "('thank you for calling'), not the closing, unless they are the agent's last two turns.",
    },
    "required": {
        "type": "array", "items": {"enum": list(ELEMENT_NAMES)}, "uniqueItems": True,
        "default": list(ELEMENT_NAMES),
        "description": "Elements the closing must contain: further_help, farewell.",
    },
    "transfer_ending": {
        "enum": ["na", "fail"], "default": "na",
        "description": "The outcome when the call ends in a transfer without a closing: na (the receiving "
        "agent closes the call) or fail. A closing begun before the transfer (thanks or a goodbye, no offer "
        "of further help) fails either way.",
    },
    "further_help_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["anything else", "any thing else", "anything elsa", "something else", "any other questions",
                    "any other question", "anything further", "any further questions", "any further question",
                    "any other way", "anything more", "any more questions", "other thing i can",
                    "other things i can", "help you with anything", "help with anything", "what else can i",
                    "else i can help", "else can i help", "else i can do", "else we can", "else i could",
                    "is that everything", "will that be all", "will that be everything", "would that be all",
                    "is that all for today", "was there anything", "is there anything i can",
                    "anything i can help", "anything i can do", "any other concerns", "any other issues",
                    "other concerns", "anything additional", "any additional questions", "any other thing",
                    "any questions for me", "any other help", "is that all", "that be all", "anything other",
                    "any other thing", "anything i can assist", "anything else i can"],
        "description": "Phrases that offer further help (fillers between their words are skipped).",
    },
    "farewell_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["thank you", "thanks", "thank", "goodbye", "good bye", "bye", "have a great", "have a good",
                    "have a nice", "have a wonderful", "have a lovely", "have a blessed", "have a fantastic",
                    "have a pleasant", "have a safe", "have a grade", "take care", "appreciate your call",
                    "appreciate you calling", "appreciate your business", "enjoy your", "good night", "cheers",
                    "talk to you later", "talk soon", "so long", "all the best", "thanks again", "be well",
                    "stay safe", "you too", "you as well", "same to you"],
        "description": "Phrases that thank the customer or say goodbye.",
    },
}

_NEGATIONS = frozenset({"not", "no", "never", "nothing", "without"})
# "anything else" asked about the problem, not offering help ("anything else missing?")
_NOT_OFFER = frozenset({"recognize", "recognise", "unusual", "suspicious", "statement", "charge", "charges",
                        "transaction", "transactions", "purchases", "happen", "happened", "notice", "noticed",
                        "missing", "stolen", "lost", "wrong", "broken", "damaged", "see"})
# a last word "by" in a short goodbye is "bye" misheard ("okay by", "alright thanks by")
_BEFORE_BY = frozenset({"okay", "ok", "alright", "bye", "thanks", "now", "right", "you", "care", "day", "well",
                        "good", "great"})


# "is there anything els i can help with": a question, "anything", a word, then "I can help"
_ANY = frozenset({"anything", "something"})
_HELPERS = frozenset({"i", "we"})
_MODALS = frozenset({"can", "could", "may"})
_HELP_VERBS = frozenset({"help", "do", "assist"})
# what may come before "anything" in such a question ("is there...", "okay, anything...")
_ASKING = frozenset({"there", "okay", "ok", "so", "and", "now", "right", "alright", "great", "lovely", "perfect"})


def _misheard_else(norm: str) -> bool:
    """"els", "elts", "elce", "esle": one letter from "else" (Damerau-Levenshtein), as speech
    recognition writes it; "else" itself is in the phrase lists."""
    if norm == "else" or not 3 <= len(norm) <= 5 or not norm.isalpha():
        return False
    import jellyfish

    return jellyfish.damerau_levenshtein_distance(norm, "else") == 1


def _anything_at(ws: list[Word], k: int) -> int:
    """How many words "anything" / "something" takes at ``ws[k]``: 1, 2 when speech
    recognition split it ("any thing", "some thing"), 0 when it is not there."""
    w = ws[k]
    if w.norm in _ANY:
        return 1
    if w.norm in _ANY_SPLIT and k + 1 < len(ws) and ws[k + 1].norm == "thing" \
            and ws[k + 1].utterance == w.utterance and not ws[k + 1].after_break:
        return 2
    return 0


def _else_at(ws: list[Word], k: int) -> int:
    """How many words a misheard "else" takes at ``ws[k]``: 1 for a word one letter from it
    ("els", "elts"), 2 for two short pieces that join to it or to one letter from it ("el se",
    "el's"), 0 when none is there."""
    if k >= len(ws):
        return 0
    if _misheard_else(ws[k].norm):
        return 1
    if k + 1 < len(ws) and ws[k + 1].utterance == ws[k].utterance and not ws[k + 1].after_break \
            and max(len(ws[k].norm), len(ws[k + 1].norm)) <= _MAX_ELSE_PIECE:
        joined = (ws[k].norm + ws[k + 1].norm).replace("'", "")
        if joined == "else" or _misheard_else(joined):
            return 2
    return 0


_ANY_SPLIT = frozenset({"any", "some"})  # "any thing", "some thing": "anything" split in two
_MAX_ELSE_PIECE = 3  # letters in each piece of a split "else" ("el se", "el's")


def _offer_around_a_gap(ws: list[Word]) -> list[tuple[int, int]]:
    """Offers of further help whose "else" was misheard: "anything" and a word one letter
    from "else" ("is there anything els today?"), or one word (or "at all") between
    "anything" and "I can help" ("anything elsie can i help you with", "anything at all we
    can do"); the phrase lists cannot hold every spelling. Only as a question - "is there",
    or "anything" opening the sentence - not "if you notice anything odd I can help".
    Spans of ``ws``."""
    out = []
    n = len(ws)
    for k, w in enumerate(ws):
        size = _anything_at(ws, k)
        if not size or not (w.pos == 0 or w.after_break or ws[k - 1].norm in _ASKING):
            continue
        a = k + size  # the word after "anything"
        got = _else_at(ws, a) if a < n and ws[a].utterance == w.utterance and not ws[a].after_break else 0
        if not got and size == 2 and a < n and ws[a].norm == "else" and not ws[a].after_break:
            got = 1  # "some thing else"
        if got:
            out.append((k, a + got))  # "is there anything els today?", "any thing el se i can help with"
            continue
        gap = 2 if a + 1 < n and (ws[a].norm, ws[a + 1].norm) == ("at", "all") else 1
        j = a + gap  # where "I can help" would start
        if j + 3 > n or any(x.utterance != w.utterance or x.after_break for x in ws[k + 1:j + 3]):
            continue
        a, b, c = ws[j].norm, ws[j + 1].norm, ws[j + 2].norm
        if c in _HELP_VERBS and ((a in _HELPERS and b in _MODALS) or (a in _MODALS and b in _HELPERS)):
            out.append((k, j + 3))
    return out


def _farewell_by(ws: list[Word]) -> tuple[int, int] | None:
    if ws and ws[-1].norm == "by" and (len(ws) <= 2 or ws[-2].norm in _BEFORE_BY):
        return len(ws) - 1, len(ws)
    return None


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    agent = ctx.indices("agent")
    if not agent:
        return DetectorResult("fail", "The agent never spoke, so there was no closing.")
    utts = ctx.utterances
    end = ctx.call.end_time
    idx = set(agent[-params["last_turns"]:]) | {
        i for i in agent if utts[i].start >= end - params["window_seconds"]
    }
    opening_end = utts[agent[0]].start + params["opening_seconds"]
    last_two = set(agent[-2:])
    if len(agent) > 1:
        # the opening's "thank you for calling" is not a farewell
        idx = {i for i in idx if i != agent[0] and (i in last_two or utts[i].start > opening_end)}
    order = sorted(idx)
    found: dict[str, Evidence] = {}
    for i in order:
        ws = words(ctx, i)
        offers = [(h.start, h.end) for h in find(ctx, ws, params["further_help_phrases"])]
        for start, stop in offers + _offer_around_a_gap(ws):
            if _NEGATIONS & {w.norm for w in ws[max(0, start - 4):start]}:
                continue  # "you don't need to do anything else"
            if _NOT_OFFER & {w.norm for w in ws[stop:stop + 5]}:
                continue  # "do you see anything else you don't recognise?"
            found.setdefault("further_help", hit_evidence(ctx, ws, (start, stop), "offer of further help"))
            break
        farewells = find(ctx, ws, params["farewell_phrases"])
        by = _farewell_by(ws) if i in last_two else None
        if farewells:
            found["farewell"] = hit_evidence(ctx, ws, farewells[-1], "thanks / goodbye")
        elif by is not None:
            found["farewell"] = hit_evidence(ctx, ws, by, "goodbye (transcribed 'by')")
    required = list(params["required"])
    missing = [e for e in required if e not in found]
    evidence = [found[k] for k in ELEMENT_NAMES if k in found]
    details: dict[str, Any] = {"found": sorted(found), "missing": missing}
    if not missing:
        explanation = "The agent closed with " + " and ".join(ELEMENT_NAMES[k] for k in required) + "."
        return DetectorResult("pass", explanation, tuple(evidence), details=details)
    transfer = next((t for t in reversed(find_transfers(ctx, {})) if t.utterance in idx), None)
    evidence.append(ctx.evidence(agent[-1], note="missing: " + ", ".join(ELEMENT_NAMES[m] for m in missing)))
    if transfer is not None:
        details["transferred_at"] = transfer.utterance
        evidence.insert(0, ctx.evidence(transfer.utterance, note="the call ends in a transfer"))
        # "Thanks for calling Meridian ... putting you through now": a closing was begun before the transfer,
        # so it is judged (only one of the two elements: fail); N/A is for a transfer before any closing
        if params["transfer_ending"] == "na" and "farewell" not in found:
            return DetectorResult(
                "na", "The call ended in a transfer before a closing; the receiving agent closes the call.",
                tuple(evidence), details=details)
    explanation = "The agent's closing lacked " + " and ".join(ELEMENT_NAMES[m] for m in missing) + (
        " (the call ended in a transfer)." if transfer is not None else ".")
    return DetectorResult("fail", explanation, tuple(evidence), details=details)
