"""Hold etiquette: before a hold - any silence of 10 s or more while the
customer waits for the agent - the agent asks permission or announces it
("may I place you on a brief hold", "one moment") and says why ("while I
check your transactions", "let me look into that"); afterwards the agent
thanks the customer for waiting. N/A when there was no hold, or when the
customer caused the silence ("hold on, let me find my card"), or when the
agent had asked a question and was waiting for the answer. An explicit hold
("let me put you on hold", "can you hold for a moment?") is a hold however
short the silence in the transcript, and so is one the agent thanks the
customer for ("thanks for holding") after the opening. Phrases are matched
with fillers skipped; a reason is a reason phrase or the agent saying what they
will do ("let me pull up your account", "while I verify that")."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping, Sequence

from nlp.context import CallContext
from nlp.detectors.transfer import find_transfers
from nlp.opening import Hit, Word, find, hit_evidence, words
from nlp.result import DetectorResult, Evidence
from nlp.timing import gaps, timeline
from nlp.words import lemma

LABEL = "Hold etiquette"

ELEMENT_NAMES = {"announce": "asking permission or announcing the hold", "reason": "saying why",
                 "thanks": "thanking the customer for waiting"}

PARAMS: dict[str, Any] = {
    "min_silence_seconds": {
        "type": "number", "minimum": 1, "default": 10,
        "description": "A silence this long while the customer waits for the agent counts as a hold.",
    },
    "required": {
        "type": "array", "items": {"enum": list(ELEMENT_NAMES)}, "uniqueItems": True,
        "default": list(ELEMENT_NAMES),
        "description": "What each hold needs: announce (permission or announcement), reason, thanks.",
    },
    "before_seconds": {
        "type": "number", "minimum": 0, "default": 30,
        "description": "The announcement and reason count when said this many seconds before the silence.",
    },
    "after_seconds": {
        "type": "number", "minimum": 0, "default": 20,
        "description": "The thanks counts when said this many seconds after the silence.",
    },
    "announce_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["hold", "one moment", "one second", "one minute", "a moment", "a second", "a minute",
                    "bear with me", "just a sec", "give me", "please wait", "be right back", "be right with you",
                    "let me check", "let me look", "let me pull", "let me find", "let me see", "let me verify",
                    "let me review", "let me get", "let me just", "may i place you", "can i place you",
                    "may i put you", "can i put you", "would you mind", "do you mind", "is it okay if",
                    "is it alright if", "would it be okay", "okay if i", "one sec", "hang on", "hang tight",
                    "just a moment", "just one moment", "just one second", "allow me", "while i",
                    "i'm going to check", "i'm going to look", "i'm going to pull", "i'll check", "i'll look",
                    "i will check", "i will look", "i'm checking", "i'm looking", "i'm pulling", "let me take a look",
                    "let me quickly", "let me go ahead"],
        "description": "Phrases that ask permission for or announce a hold (fillers between their words "
        "are skipped).",
    },
    "reason_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["while i", "so i can", "so that i can", "because", "to check", "to look", "to pull",
                    "to find", "to verify", "to review", "to get", "to confirm", "to speak", "to see",
                    "let me check", "let me look", "let me pull", "let me find", "let me verify", "let me review",
                    "let me see", "let me get", "look into", "check on", "check with", "checking", "looking into",
                    "looking up", "pull up", "speak with", "talk to my", "ask my", "take a look", "have a look",
                    "look at", "look up", "a look at"],
        "description": "Phrases that say why the customer will wait.",
    },
    "reason_verbs": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["check", "look", "pull", "find", "verify", "review", "see", "get", "confirm", "process",
                    "calculate", "contact", "speak", "talk", "ask", "consult", "update", "search", "locate",
                    "research", "investigate", "access", "open", "bring", "grab", "run", "submit", "file",
                    "cancel", "order", "reset", "fix", "schedule", "book", "arrange", "load", "note", "enter",
                    "figure", "sort", "double", "go", "set", "make", "fill", "reach", "call", "transfer",
                    "activate", "block", "freeze", "issue", "refund", "reverse", "apply", "change", "send"],
        "description": "Verbs that say what the agent does during a hold when the agent says them of "
        "themself ('let me pull up...', 'while I verify...', 'I'm going to check...').",
    },
    "explicit_hold_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["on hold", "on a hold", "on a brief hold", "on a quick hold", "on a short hold",
                    "on a brief", "on a quick", "please hold", "hold please", "hold the line", "mind holding",
                    "can you hold", "could you hold", "can you please hold", "could you please hold",
                    "if you could hold", "if you can hold", "hold for a moment", "hold for a second",
                    "hold for a minute", "hold for one moment", "hold for just a moment", "hold for just a second",
                    "hold on the line", "stay on the line while", "hold one moment", "hold one second"],
        "description": "Agent phrases that put the customer on hold: a hold however short the silence.",
    },
    "thanks_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["for holding", "for waiting", "for your patience", "for being patient", "for the wait",
                    "for bearing with me", "for hanging on", "for hanging in there", "for holding on",
                    "sorry for the wait", "sorry to keep you waiting", "sorry for keeping you waiting",
                    "sorry about the wait", "sorry for the delay", "sorry about the delay",
                    "apologies for the wait", "apologize for the wait", "appreciate your patience",
                    "appreciate you waiting", "appreciate you holding", "appreciate you being patient",
                    "thank you for bearing", "thanks for bearing"],
        "description": "Phrases that thank the customer for waiting ('thank you so much for holding': "
        "fillers and words before 'for holding' are free).",
    },
    "customer_hold_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["hold on", "hang on", "one moment", "one second", "one sec", "just a second", "just a moment",
                    "just a sec", "give me a", "let me find", "let me get", "let me check", "let me look",
                    "let me grab", "wait a", "bear with me"],
        "description": "Customer phrases that mean the customer caused the silence.",
    },
}

_QUESTION_OPENERS = {"what", "which", "when", "where", "who", "whose", "why", "how", "can", "could", "would",
                     "will", "may", "do", "does", "did", "is", "are", "was", "were", "have", "has"}
_OPENERS = {"okay", "ok", "alright", "and", "so", "well", "oh", "now", "sure", "great", "right", "perfect",
            "thank", "thanks", "you", "yes", "yeah", "all"}
_NEGATIONS = frozenset({"not", "no", "never", "without"})
# the agent saying what they will do: "let me check", "while I look", "I'm going to pull..."
_SELF = frozenset({"i", "me", "we", "us", "let", "while", "will", "'ll", "am", "going", "gonna", "just", "need",
                   "have", "can", "quickly", "quick", "and"})


def _asks(ctx: CallContext, i: int) -> bool:
    """True when utterance ``i`` asks the other side something."""
    if ctx.utterances[i].text.rstrip().endswith("?"):
        return True
    for w in words(ctx, i):
        if w.norm in _OPENERS:
            continue
        return w.norm in _QUESTION_OPENERS
    return False


def _first_hits(ctx: CallContext, utterances: list[int], phrases: list[str], *,
                negatable: bool = False) -> dict[int, tuple[list[Word], Hit]]:
    """The first hit of ``phrases`` in each of ``utterances`` (none after a negation
    when ``negatable``: "I won't put you on hold")."""
    out: dict[int, tuple[list[Word], Hit]] = {}
    for i in utterances:
        ws = words(ctx, i)
        for h in find(ctx, ws, phrases):
            if negatable and _NEGATIONS & {w.norm for w in ws[max(0, h.start - 3):h.start]}:
                continue
            out[i] = (ws, h)
            break
    return out


# who is put "on hold" in a call hold ("can I put you on hold", "I'll place the call on a brief hold")
_HELD = frozenset({"you", "yourself", "call", "line", "go", "going"})  # "okay to go on hold for a minute?"


def _status_hold(ws: Sequence[Word], h: Hit) -> bool:
    """True for "on hold" said of a thing ("the payment is showing as on hold", "your account's on
    hold"): its state, not the caller waiting. A call hold puts the customer or the call on hold."""
    if ws[h.start].norm != "on":
        return False
    before = [w for w in ws[max(0, h.start - 4) : h.start] if w.utterance == ws[h.start].utterance]
    return bool(before) and not any(w.norm in _HELD for w in before)


def _split_at(ctx: CallContext, i: int, start: float, end: float) -> tuple[list[Word], list[Word]]:
    """The words of utterance ``i`` said before ``start`` and after ``end`` (by word timings)."""
    head, tail = [], []
    for w in words(ctx, i):
        t0, t1 = ctx.span_times(i, ctx.doc[w.token: w.token + 1])
        if t1 <= start + 0.05:
            head.append(w)
        elif t0 >= end - 0.05:
            tail.append(w)
    return head, tail


def _reason_in(ctx: CallContext, ws: Sequence[Word], params: Mapping[str, Any]) -> Evidence | None:
    """Why the customer waits, said in the agent's words ``ws``: a reason phrase, or a work
    verb the agent says of themself ("let me pull up your account", "while I verify that")."""
    hits = find(ctx, ws, params["reason_phrases"])
    if hits:
        return hit_evidence(ctx, ws, hits[0], ELEMENT_NAMES["reason"])
    verbs = _reason_verbs(params)
    for k, w in enumerate(ws):
        if lemma(w.norm) in verbs or w.norm in verbs:
            before = [x.norm for x in ws[max(0, k - 3):k]]
            if before and before[-1] in _SELF and "you" not in before:
                return hit_evidence(ctx, ws, (max(0, k - 2), min(len(ws), k + 3)), ELEMENT_NAMES["reason"])
    return None


def _announcements(params: Mapping[str, Any]) -> list[str]:
    """The announcement phrases plus "let me <work verb>" / "I'm going to <work verb>" for
    every reason verb ("let me run a line test" announces the wait and says why)."""
    return list(_announcement_list(tuple(params["announce_phrases"]), _reason_verbs(params)))


@lru_cache(maxsize=64)
def _announcement_list(phrases: tuple[str, ...], verbs: frozenset[str]) -> tuple[str, ...]:
    leads = ("let me", "let me just", "i'm going to", "i'm just going to")
    return phrases + tuple(f"{lead} {v}" for v in sorted(verbs) for lead in leads)


def _reason_verbs(params: Mapping[str, Any]) -> frozenset[str]:
    return _lower_set(tuple(params.get("reason_verbs") or PARAMS["reason_verbs"]["default"]))


@lru_cache(maxsize=64)
def _lower_set(words: tuple[str, ...]) -> frozenset[str]:
    """The words lower-cased, once per list (every call asks)."""
    return frozenset(w.lower() for w in words)


def find_holds(ctx: CallContext, params: Mapping[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The holds in the call and the long silences that were not holds (with why).

    A hold is a long silence while the customer waits for the agent, an explicit hold
    ("let me put you on hold") or a wait the agent thanks the customer for."""
    utts = ctx.utterances
    agent = ctx.indices("agent")
    holds, excused = [], []
    announce = _first_hits(ctx, agent, _announcements(params))
    explicit = {i: (ws, h) for i, (ws, h) in _first_hits(ctx, agent, params["explicit_hold_phrases"],
                                                          negatable=True).items() if not _status_hold(ws, h)}
    customer_hold = _first_hits(ctx, ctx.indices("customer"), params["customer_hold_phrases"])
    for g0, g1 in gaps(timeline(ctx).union()):
        if g1 - g0 < params["min_silence_seconds"]:
            continue
        inside = next((i for i, u in enumerate(utts) if u.start < g0 - 0.05 and u.end > g1 + 0.05), None)
        if inside is not None:
            # a pause inside one utterance (word timings): the speaker's own silence
            silence = {"start": round(g0, 3), "end": round(g1, 3), "seconds": round(g1 - g0, 3),
                       "before": inside, "after": inside, "inside": inside, "kind": "silence"}
            if utts[inside].speaker == "customer":
                excused.append(silence | {"why": "the customer asked to wait" if inside in customer_hold
                                          else "the customer paused"})
            else:
                holds.append(silence)
            continue
        before = [i for i, u in enumerate(utts) if u.end <= g0 + 0.05]
        after = [i for i, u in enumerate(utts) if u.start >= g1 - 0.05]
        if not before or not after:
            continue
        last = max(before, key=lambda i: (utts[i].end, i))
        nxt = min(after, key=lambda i: (utts[i].start, i))
        last_customer = next((i for i in sorted(before, reverse=True) if utts[i].speaker == "customer"), None)
        silence = {"start": round(g0, 3), "end": round(g1, 3), "seconds": round(g1 - g0, 3),
                   "before": last, "after": nxt, "kind": "silence"}
        announced = last in announce or last in explicit
        # the customer asked to wait just before ("hold on, let me find it" - "sure, take your time")
        if last_customer is not None and last_customer in customer_hold and last_customer >= last - 1:
            excused.append(silence | {"why": "the customer asked to wait"})
        elif utts[last].speaker == "agent" and not announced and _asks(ctx, last):
            excused.append(silence | {"why": "the agent was waiting for the customer's answer"})
        elif utts[nxt].speaker == "customer" and utts[last].speaker == "customer":
            excused.append(silence | {"why": "the customer paused"})
        elif utts[nxt].speaker == "customer" and not announced:
            excused.append(silence | {"why": "the customer was expected to speak"})
        else:
            holds.append(silence)

    def covered(i: int, *, before: bool) -> bool:
        """Is agent utterance ``i`` already the announcement (before) or the return (after) of a hold?"""
        for h in holds:
            if h.get("inside") == i:
                return True
            if before and h["start"] - params["before_seconds"] <= utts[i].end <= h["start"] + 0.05:
                return True
            if not before and h["end"] - 0.05 <= utts[i].start <= h["end"] + params["after_seconds"]:
                return True
        return False

    customer = ctx.indices("customer")
    first_customer = customer[0] if customer else len(utts)
    transfers = {t.utterance for t in find_transfers(ctx, {})} if explicit else set()
    for i in sorted(explicit):
        back = next((a for a in agent if a > i), None)
        if covered(i, before=True) or back is None or i in transfers or (
                back in transfers and utts[back].start - utts[i].end < params["min_silence_seconds"]):
            # "please hold" as the call is handed on or ends, or straight before the transfer ("happy to hold
            # for a moment?" ... "I'm transferring you now"): the transfer, not a hold
            continue
        end = utts[back].start if back is not None else utts[i].end
        holds.append({"start": round(utts[i].end, 3), "end": round(max(end, utts[i].end), 3),
                      "seconds": round(max(0.0, end - utts[i].end), 3), "before": i,
                      "after": back if back is not None else i, "kind": "announced"})
    # thanks for waiting (not for "patience", said of the whole call) tell of a hold
    waited = [p for p in params["thanks_phrases"] if "hold" in p or "wait" in p]
    thanks = _first_hits(ctx, agent, waited)
    for i in sorted(thanks):
        if i < first_customer or covered(i, before=False):
            continue  # "thank you for holding, this is Jess": the queue, not the agent's hold
        prev = next((a for a in reversed(agent) if a < i), None)
        start = utts[prev].end if prev is not None else utts[i].start
        holds.append({"start": round(start, 3), "end": round(utts[i].start, 3),
                      "seconds": round(max(0.0, utts[i].start - start), 3),
                      "before": prev if prev is not None else i, "after": i, "kind": "thanked"})
    holds.sort(key=lambda h: h["start"])
    return holds, excused


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    holds, excused = find_holds(ctx, params)
    if not holds:
        why = f" ({len(excused)} long silence(s) were not the agent's: " + "; ".join(
            sorted({e["why"] for e in excused})) + ")" if excused else ""
        return DetectorResult("na", f"There was no hold{why}.", details={"holds": [], "not_holds": excused})
    utts = ctx.utterances
    agent = ctx.indices("agent")
    announce_phrases = _announcements(params) + list(params["explicit_hold_phrases"])
    required = list(params["required"])
    evidence, failed = [], []
    for h in holds:
        pre = [a for a in agent if utts[a].end <= h["start"] + 0.05
               and utts[a].end >= h["start"] - params["before_seconds"]][-2:]
        if h["kind"] != "silence" and h["before"] not in pre and utts[h["before"]].speaker == "agent":
            pre = (pre + [h["before"]])[-2:]
        post = [a for a in agent if utts[a].start >= h["end"] - 0.05
                and utts[a].start <= h["end"] + params["after_seconds"]][:2]
        pre_ws = [words(ctx, a) for a in pre]
        post_ws = [words(ctx, a) for a in post]
        if "inside" in h:
            # a pause inside the agent's utterance: its words before and after the pause
            head, tail = _split_at(ctx, h["inside"], h["start"], h["end"])
            pre_ws = (pre_ws + [head])[-2:]
            post_ws = ([tail] + post_ws)[:2]
        got: dict[str, Evidence] = {}
        for key, where, phrases in (("announce", reversed(pre_ws), announce_phrases),
                                    ("thanks", post_ws, params["thanks_phrases"])):
            for ws in where:
                hit = next(iter(find(ctx, ws, phrases)), None)
                if hit is not None:
                    got[key] = hit_evidence(ctx, ws, hit, ELEMENT_NAMES[key])
                    break
        reason = next((r for r in (_reason_in(ctx, ws, params) for ws in reversed(pre_ws)) if r is not None), None)
        if reason is not None:
            got["reason"] = reason
        missing = [k for k in required if k not in got]
        h.update({"found": sorted(got), "missing": missing})
        evidence.extend(got[k] for k in ("announce", "reason", "thanks") if k in got)
        if missing:
            failed.append(h)
            anchor = pre[-1] if pre else h["before"]
            evidence.append(ctx.evidence(anchor, note=f"{h['seconds']:.0f} s hold from {h['start']:.1f} s; missing: "
                                         + ", ".join(ELEMENT_NAMES[k] for k in missing)))
    details = {"holds": holds, "not_holds": excused}
    if failed:
        h = failed[0]
        return DetectorResult(
            "fail",
            f"{len(failed)} of {len(holds)} hold(s) lacked etiquette; the {h['seconds']:.0f} s hold at "
            f"{h['start']:.1f} s was missing " + " and ".join(ELEMENT_NAMES[k] for k in h["missing"]) + ".",
            tuple(evidence), details=details,
        )
    return DetectorResult(
        "pass",
        f"Every hold ({len(holds)}) had " + ", ".join(ELEMENT_NAMES[k] for k in required) + ".",
        tuple(evidence), details=details,
    )
