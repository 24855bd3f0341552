"""Transfer: when the agent transfers the call ("let me transfer you", "I'll
connect you with..."), they say where or to whom ("to our fraud department",
"to Sarah in claims") and why ("because they handle identity theft", "they can
reverse the charge", "I don't have access to that"). Moving money between
accounts is not a call transfer ("I'll transfer fifty dollars to your
savings"), nor is a transfer the agent refuses ("I can't transfer you") or
offers and the customer declines ("Would you like me to transfer you?" - "No,
that's fine"). N/A when the call was not transferred. A destination that names
nothing ("someone", "the right department") does not say where."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from nlp.context import CallContext
from nlp.opening import NOT_NAME_WORDS, Word, find, hit_evidence, span_of, words
from nlp.result import DetectorResult, Evidence
from nlp.words import lemma

LABEL = "Transfer"

ELEMENT_NAMES = {"where": "where or to whom", "why": "why"}

PARAMS: dict[str, Any] = {
    "transfer_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["transfer you", "transferring you", "transfer your call", "transferring your call",
                    "transfer the call", "transfer this call", "transferring the call", "transferring this call",
                    "transfer you over", "transfer ya", "put you through", "putting you through", "connect you",
                    "connecting you", "patch you through", "patching you through", "send you over",
                    "sending you over", "send you through", "forward your call", "forwarding your call",
                    "forward you", "route your call", "routing your call", "route you", "hand you over",
                    "pass you over", "pass you on", "bring in my", "conference in", "get you over to",
                    "redirect your call", "redirect you", "direct your call", "put you over to", "i'll transfer",
                    "i will transfer", "let me transfer", "going to transfer", "i'm transferring",
                    "i can transfer", "i'll get you transferred", "get you transferred", "have you transferred",
                    "get you through to", "get you across to", "pop you through", "pop you over", "popping you through",
                    "popping you over", "put you across", "transfer you across", "pass you through", "pass you to",
                    "passing you over", "passing you to", "passing you through", "hand you to", "handing you over",
                    "stick you through", "sticking you through", "stick you over"],
        "description": "Phrases with which the agent transfers the call (fillers inside are skipped).",
    },
    "required": {
        "type": "array", "items": {"enum": list(ELEMENT_NAMES)}, "uniqueItems": True,
        "default": list(ELEMENT_NAMES),
        "description": "What each transfer must say: where (the team or person), why (the reason).",
    },
    "destination_words": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["department", "team", "specialist", "colleague", "supervisor", "manager", "desk", "unit",
                    "agent", "representative", "advisor", "adviser", "expert", "group", "line", "services",
                    "service", "center", "centre", "office", "branch", "division", "lead", "banker", "officer",
                    "billing", "claims", "fraud", "loans", "lending", "mortgage", "mortgages", "underwriting",
                    "collections", "sales", "support", "retention", "technical", "tech", "escalations",
                    "disputes", "security", "people", "folks", "guys", "person", "coordinator",
                    "consultant", "underwriter", "adjuster", "technician", "engineer", "nurse", "pharmacist",
                    "doctor", "counselor", "counsellor", "partner", "associate", "rep", "helpdesk",
                    "helpline", "hotline", "queue", "section", "area",
                    # functions a team is named after ("account management", "our complaints people")
                    "management", "admin", "administration", "accounts", "operations", "complaints", "bookings",
                    "reservations", "returns", "repairs", "maintenance", "admissions", "enrolment", "enrollment",
                    "finance", "payroll", "legal", "relations", "renewals", "arrears", "recoveries", "dispatch",
                    "logistics", "scheduling", "triage", "reception"],
        "description": "Words that name where the call goes (\"our fraud department\", \"a specialist\").",
    },
    "vague_destinations": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["someone", "somebody", "another", "other", "right", "appropriate", "correct", "relevant",
                    "proper", "different", "them", "him", "her", "it", "that", "there", "someplace", "somewhere"],
        "description": "Words that say a transfer goes somewhere without saying where (\"to someone\", \"to "
        "the right department\"); a named team after them still counts (\"someone in our fraud team\").",
    },
    "reason_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["because", "since they", "since that", "since this", "as they", "they can", "they'll",
                    "they will", "they handle", "they deal", "they take care", "they specialize", "they're able",
                    "they are able", "they'd be", "they would", "they have", "they're the", "they are the",
                    "who can", "who will", "who handles", "who handle", "who deals", "who deal", "who specialize",
                    "who specializes", "that handles", "that handle", "that deals", "which handles", "he can",
                    "he will", "she can", "she will", "he'll", "she'll", "so he can", "so she can",
                    "so they can", "so that", "in order to", "can help you with", "will be able", "are able to",
                    "best placed", "better able", "better equipped", "handles", "handled by", "deals with",
                    "the right people", "the right person", "the right team", "i can't", "i cannot",
                    "i'm not able", "i am not able", "i'm unable", "i am unable", "i don't have access",
                    "i do not have access", "i don't have the", "not authorized", "outside of what",
                    "we don't handle", "i don't handle", "as you requested", "as you asked", "since you asked",
                    "per your request", "you asked for", "specialize in", "specializes in", "take care of that",
                    "help you with that", "help you with this", "assist you with", "look into that",
                    "sort that out", "sort this out", "look after", "looks after", "they manage", "they cover",
                    # what the place can do, said before the transfer ("their lost property desk can check what's
                    # come in, so ... put you through to them")
                    "desk can", "team can", "department can", "office can", "line can", "depot can",
                    "the quickest thing", "the quickest way", "the fastest way", "the best people",
                    "they're responsible", "they are responsible", "responsible for", "in charge of", "they know",
                    "they sort", "they do", "they look", "they process", "they book", "they arrange", "they run",
                    # what the team does, said of the task ("the charges need to be disputed, and that's done by
                    # our disputes team")
                    "done by", "dealt with by", "looked after by", "sorted by", "processed by", "managed by"],
        "description": "Phrases that say why the call is being transferred.",
    },
    "context_turns": {
        "type": "integer", "minimum": 0, "default": 2,
        "description": "Where and why may also be said in this many agent turns before or after the transfer.",
    },
}

# "would you like me to transfer you?": an offer the customer may decline
_OFFER_BEFORE = ["would you like", "do you want", "want me to", "shall i", "should i", "would it be okay if",
                 "would you prefer", "if you'd like", "if you would like", "if you want", "if you prefer", "i could",
                 "would that be", "is it okay if", "is that okay", "do you mind if"]
_OFFER_AFTER = ["if you'd like", "if you would like", "if you want", "if you prefer", "if you like", "would you like",
                "is that okay", "is that alright", "would that be okay", "would that help"]
_DECLINES = ["no", "nope", "nah", "that's okay", "that's ok", "that's fine", "that's alright", "i'm good",
             "i'm fine", "not right now", "not now", "don't bother", "never mind", "nevermind", "i'll call back",
             "i will call back", "no thanks", "no thank you", "it's okay", "it's fine", "not necessary"]
_NEGATIONS = frozenset({"not", "unable", "never", "cannot", "no"})
# what "transfer" moves when it is money, not the call ("transfer the funds", "to your savings")
_MONEY_WORDS = frozenset({"money", "funds", "fund", "amount", "balance", "dollars", "dollar", "cash", "payment",
                          "savings", "checking", "account", "accounts", "card", "credit", "it", "that", "them",
                          "hundred", "thousand", "bucks", "cents", "pounds", "euros", "from"})
# money said in the same turn makes a bare "transfer" a money transfer
_SUMS = frozenset({"money", "funds", "fund", "amount", "balance", "dollars", "dollar", "cash", "payment", "savings",
                   "checking", "hundred", "thousand", "bucks", "cents", "pounds", "euros", "much"})
_LINKS = frozenset({"to", "with", "over", "through", "into"})
_VAGUE_ADJECTIVES = frozenset({"another", "other", "right", "appropriate", "correct", "relevant", "proper",
                               "different"})
_DETERMINERS = frozenset({"the", "our", "a", "an", "my", "one", "of", "your", "their", "someone", "somebody",
                          "in", "at", "from", "on", "over", "to", "this", "that", "is", "who", "us"})
# infinitives after "to" that are not a destination ("connect you to get this fixed")
_NOT_DESTINATIONS = frozenset({"help", "get", "do", "make", "see", "check", "speak", "talk", "answer", "fix",
                               "sort", "resolve", "handle", "assist", "discuss", "finish", "complete", "process",
                               "verify", "confirm", "take", "go", "find", "look", "review", "hold", "now",
                               "right", "away", "today", "real", "quick", "quickly", "line", "ask", "tell", "say",
                               "explain", "pay", "book", "set", "start", "open", "close", "cancel", "change",
                               "update", "arrange", "report", "file", "claim", "order", "report", "me", "us"})


@dataclass(frozen=True)
class Transfer:
    """One transfer the agent made: where in the agent's words it was said."""

    utterance: int
    ws: tuple[Word, ...]  # the agent's words of that utterance
    start: int  # the transfer phrase: ws[start:end]
    end: int


_SUBJECTS = frozenset({"i", "we", "they", "he", "she"})


def _own_clause(before: list[str]) -> list[str]:
    """The words before a transfer phrase from its own subject on: a negation before that
    belongs to another clause ("it's not showing, I'll put you through")."""
    starts = [j for j, w in enumerate(before) if w in _SUBJECTS]
    return before[starts[-1]:] if starts else before


def _before(ws: Sequence[Word], k: int, n: int) -> list[str]:
    """The norms of up to ``n`` words before ``ws[k]`` in its sentence."""
    out: list[str] = []
    for j in range(k - 1, max(-1, k - n - 1), -1):
        if ws[j + 1].after_stop or ws[j + 1].after_break and j + 1 < k:
            break
        out.append(ws[j].norm)
    return out[::-1]


def _is_money(ws: Sequence[Word], end: int, dest: frozenset[str]) -> bool:
    """'i'll transfer the money', 'let me transfer that to your savings': money, not the call."""
    after = [w.norm for w in ws[end:end + 5]]
    if not after:
        return False
    if any(lemma(a) in dest for a in after):
        return False
    first = after[1] if after[0] in ("the", "your", "that", "this", "over") and len(after) > 1 else after[0]
    return first in _MONEY_WORDS or first.isdigit() or any(a in _MONEY_WORDS for a in after[:4])


# "I don't think I can transfer you": a negated opinion puts the clause after it in doubt
_OPINIONS = frozenset({"think", "believe", "sure", "reckon", "expect", "imagine"})


def _doubted(before: list[str]) -> bool:
    """True when the words before a transfer phrase (same sentence) deny it through an
    opinion: "I don't think I can", "I'm not sure we can", "I doubt I could"."""
    if "doubt" in before:
        return True
    return any(a in ("not", "n't", "never") and b in _OPINIONS for a, b in zip(before, before[1:]))


_TRANSFER_VERBS = frozenset({"transfer", "put", "connect", "patch", "send", "forward", "route", "hand", "pass", "get",
                             "redirect", "direct", "pop", "bring", "conference"})


def _parsed_negation(ctx: CallContext, phrase: Sequence[Word]) -> bool:
    """With a trained pipeline, the dependency parse denies the transfer where the words
    before it do not: "transferring you isn't possible", "there's no way I can transfer
    you", "I'm not able to transfer you". A negation in another clause ("it's not showing,
    I'll put you through") is not the transfer's: only the verb itself and the word it
    completes (xcomp "able to", a clausal subject, an opinion "don't think") are looked at."""
    if not ctx.trained:
        return False
    doc = ctx.ensure_lemmas()
    verb = next((doc[w.token] for w in phrase if doc[w.token].lemma_.lower() in _TRANSFER_VERBS
                 and doc[w.token].pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ in ("xcomp", "csubj", "csubjpass") or (verb.dep_ == "ccomp" and head.lemma_.lower() in _OPINIONS):
        return any(c.dep_ == "neg" for c in head.children)
    if verb.dep_ == "relcl":  # "there's no way I can transfer you"
        return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    return False


# what "put you through" / "send you over" takes when it is not the call
_NOT_CALL_OBJECTS = frozenset({"question", "questions", "check", "checks", "step", "steps", "process", "form", "forms",
                               "details", "link", "email", "document", "documents", "paperwork", "verification",
                               "procedure", "options", "list", "copy", "letter", "text", "message", "code", "pack",
                               "booklet", "information", "info", "quote", "summary", "breakdown", "statement"})


def _moves_a_thing(ws: Sequence[Word], end: int) -> bool:
    """True when the words after a transfer phrase are a thing, not a destination: "put you
    through the security questions", "send you over a form", before any "to"."""
    for w in ws[end:end + 5]:
        if w.norm in ("to", "with") or (w.after_break and w is not ws[end]):
            return False
        if w.norm in _NOT_CALL_OBJECTS:
            return True
    return False


def find_transfers(ctx: CallContext, params: Mapping[str, Any]) -> list[Transfer]:
    """The agent's transfers in call order: refused ("I can't transfer you"), money
    ("transfer the funds") and declined offers left out; one per utterance."""
    phrases = params.get("transfer_phrases") or PARAMS["transfer_phrases"]["default"]
    dest = frozenset(params.get("destination_words") or PARAMS["destination_words"]["default"])
    cache: dict = ctx.__dict__.setdefault("_transfers", {})
    key = (tuple(phrases), dest)
    if key not in cache:
        cache[key] = _find_transfers(ctx, phrases, dest)
    return cache[key]


def _find_transfers(ctx: CallContext, phrases: Sequence[str], dest: frozenset[str]) -> list[Transfer]:
    out: list[Transfer] = []
    for i in ctx.indices("agent"):
        ws = words(ctx, i)
        hits = find(ctx, ws, phrases)
        for h in hits:
            if _NEGATIONS & set(_own_clause(_before(ws, h.start, 4))) or _doubted(_before(ws, h.start, 8)) \
                    or _parsed_negation(ctx, ws[h.start:h.end]):
                continue  # "I can't transfer you", "I'm not able to connect you", "I don't think I can transfer you"
            says_you = any(w.norm in ("you", "ya", "call") for w in ws[h.start:h.end]) or (
                h.end < len(ws) and ws[h.end].norm in ("you", "ya"))
            to_team = any(w.norm in dest or lemma(w.norm) in dest for w in ws[h.end:h.end + 6])
            if not says_you and (h.end >= len(ws) or ws[h.end].norm not in ("over", "to", "through") or (
                    not to_team and (_is_money(ws, h.end, dest) or _SUMS & {w.norm for w in ws}))):
                continue  # "how much are we going to transfer", "i'll transfer the money"
            if _moves_a_thing(ws, h.end):
                continue  # "can I put you through the security questions", "I'll send you over a form"
            if _is_offer(ctx, ws, h.start, h.end) and _declined(ctx, i):
                continue
            out.append(Transfer(i, tuple(ws), h.start, h.end))
            break
    # "Before I put you through, is there anything else?" ... "I'm going to transfer you to Marta because...":
    # the transfer named in a clause of time before the one that makes it
    return [t for n, t in enumerate(out) if not (n + 1 < len(out) and _ahead_of_it(t))]


_AHEAD = frozenset({"before", "once", "after", "when"})


def _ahead_of_it(t: Transfer) -> bool:
    """Is the transfer phrase inside "before / once I ..." (the transfer to come, spoken of)?"""
    before = [w.norm for w in t.ws[max(0, t.start - 3):t.start]]
    return len(before) >= 2 and before[-2] in _AHEAD and before[-1] in ("i", "we")


def _is_offer(ctx: CallContext, ws: Sequence[Word], start: int, end: int) -> bool:
    before = ws[max(0, start - 7):start]
    after = ws[end:end + 16]  # "... through to our loyalty team who might have a cheaper offer if you want"
    return bool(find(ctx, before, _OFFER_BEFORE) or find(ctx, after, _OFFER_AFTER))


def _declined(ctx: CallContext, agent_utt: int) -> bool:
    """Did the customer's next turn open by declining?"""
    utts = ctx.utterances
    nxt = next((k for k in range(agent_utt + 1, len(utts)) if utts[k].speaker == "customer"), None)
    if nxt is None:
        return False
    ws = words(ctx, nxt)[:6]
    hits = [h for h in find(ctx, ws, _DECLINES) if h.start <= 1]
    if not hits:
        return False
    # "no, that would be great" / "no problem, go ahead" accept
    rest = {w.norm for w in ws}
    return not rest & {"great", "please", "problem", "ahead", "sure", "perfect"}


def _destination(ws: Sequence[Word], end: int, dest: frozenset[str], vague: frozenset[str]) -> tuple[int, int] | None:
    """Where the transfer goes, said after the transfer phrase ('to our fraud team',
    'with Sarah in claims'), as a word span; None when it is not said or is vague."""
    k = end - 1 if end > 0 and ws[end - 1].norm in _LINKS else end  # "get you through to | our billing team"
    limit = min(len(ws), end + 10)
    while k < limit and ws[k].norm not in _LINKS:
        if ws[k].after_break and k > end:
            return None
        k += 1
    if k >= limit:
        return None
    j = k + 1
    was_vague = False
    while j < limit and (ws[j].norm in _DETERMINERS or ws[j].norm in vague or ws[j].norm in _LINKS):
        was_vague = was_vague or ws[j].norm in vague
        j += 1
    if j >= limit or (ws[j].after_break and j > k + 1):
        return None
    if ws[j - 1].norm in vague and ws[j - 1].norm in _VAGUE_ADJECTIVES:
        return None  # "the right department", "another team"
    # a destination word within the next words names it ("our fraud prevention team")
    for m in range(j, min(limit, j + 4)):
        if ws[m].after_break and m > j:
            break
        if ws[m].norm in dest or lemma(ws[m].norm) in dest:
            if ws[m - 1].norm in _VAGUE_ADJECTIVES and ws[m - 1].norm in vague:
                return None
            e = m + 1
            while e < limit and not ws[e].after_break and (ws[e].norm in dest or lemma(ws[e].norm) in dest):
                e += 1  # "fraud team", "tech support desk"
            return k, e
    if was_vague:
        return None
    w = ws[j]
    if not w.norm.isalpha() or w.norm in NOT_NAME_WORDS or w.norm in _NOT_DESTINATIONS or w.norm in _MONEY_WORDS:
        return None
    return k, j + 1  # "to billing", "to Sarah"


# destination words that name a place only with a word of their own before them ("the emergency line",
# "customer services"): "hold the line", "a line test", "the people" name none
_WEAK_PLACES = frozenset({"line", "service", "services", "support", "people", "person", "folks", "guys", "area",
                          "group", "queue", "section", "partner", "lead", "office", "center", "centre", "unit",
                          "desk", "associate", "agent", "representative", "rep"})
_NEGATED_PLACE = frozenset({"not", "no", "never", "isn't", "n't"})


def _names_place(ws: Sequence[Word], n: int, vague: frozenset[str]) -> bool:
    """Does the destination word ``ws[n]``, found in a turn near the transfer, name where
    the call goes? Not after a vague word ("another team"), not denied ("that's not our
    department"), and a weak word ("line", "services") only with a modifier of its own."""
    prev = ws[n - 1].norm if n > 0 and not ws[n].after_break else ""
    if prev in vague:
        return False
    if _NEGATED_PLACE & {w.norm for w in ws[max(0, n - 4):n]}:
        return False
    if ws[n].norm in _WEAK_PLACES:
        return bool(prev) and prev not in _DETERMINERS and prev not in _LINKS and prev.isalpha() \
            and prev not in ("hold", "stay", "run", "ran", "check", "test")
    return True


def _vague_place(ws: Sequence[Word], end: int, vague: frozenset[str]) -> bool:
    """True when the words after the transfer phrase send the call to a place that names
    nothing: "to another team", "to the right department", "to someone" (not "to them",
    which points back at a place said before)."""
    after = ws[end:end + 6]
    k = next((j for j, w in enumerate(after) if w.norm in _LINKS), None)
    if k is None:
        return False
    for w in after[k + 1:]:
        if w.norm in ("them", "him", "her", "it", "there"):
            return False
        if w.norm in _VAGUE_ADJECTIVES or w.norm in ("someone", "somebody", "someplace", "somewhere"):
            return True
        if w.norm not in _DETERMINERS:
            return False
    return False


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    transfers = find_transfers(ctx, params)
    if not transfers:
        return DetectorResult("na", "The call was not transferred.")
    dest = frozenset(w.lower() for w in params["destination_words"])
    vague = frozenset(w.lower() for w in params["vague_destinations"])
    agent = ctx.indices("agent")
    required = list(params["required"])
    k = params["context_turns"]
    covered: set[int] = set()
    evidence: list[Evidence] = []
    items: list[dict[str, Any]] = []
    heard: list[set[str]] = []  # per transfer judged: the words of its turn and the turns around it
    for t in transfers:
        if t.utterance in covered:
            continue  # another mention of a transfer already being judged
        pos = agent.index(t.utterance)
        nearby = agent[max(0, pos - k): pos + k + 1]
        covered.update(agent[pos: pos + k + 1])
        ws = t.ws
        got: dict[str, Evidence] = {}
        where = _destination(ws, t.end, dest, vague)
        if where is None and items:
            continue  # "transferring you now": the transfer already announced, mentioned again
        if where is not None:
            got["where"] = hit_evidence(ctx, ws, where, "where the call goes")
        elif not _vague_place(ws, t.end, vague):
            # "...handled by our underwriting team, so I'll transfer you to them"; not when the
            # transfer itself names a vague place ("to another team": nothing said elsewhere makes it one)
            for a in [t.utterance] + [a for a in nearby if a != t.utterance]:
                aw = words(ctx, a)
                hit = next((n for n, w in enumerate(aw) if (w.norm in dest or lemma(w.norm) in dest)
                            and _names_place(aw, n, vague)), None)
                if hit is not None:
                    got["where"] = hit_evidence(ctx, aw, (max(0, hit - 2), hit + 1), "where the call goes")
                    break
        why = _reason(ctx, t, where, nearby, params)
        if why is not None:
            got["why"] = why
        said = {w.norm for a in nearby for w in words(ctx, a)}
        if where is not None and items:
            named = {w.norm for w in ws[where[0] + 1:where[1]]} - _DETERMINERS - _LINKS
            # the same place again, or the place for a transfer announced without one ("I'll get you through
            # to someone who can..." ... "I'm transferring you to our home emergency team")
            first = next((n for n, seen in enumerate(heard) if named <= seen or items[n]["where"] is None), None)
            if first is not None:
                # "I'll put you through to Dave now": the place said when the transfer was announced,
                # mentioned again; what this mention adds completes that transfer
                it = items[first]
                for m in ("where", "why"):
                    if m in got and it[m] is None:
                        it[m] = got[m].text
                it["missing"] = [m for m in required if it[m] is None]
                heard[first] |= said
                continue
        heard.append(said)
        missing = [m for m in required if m not in got]
        items.append({"utterance": t.utterance, "phrase": span_of(ctx, ws, t.start, t.end).text,
                      "where": got["where"].text if "where" in got else None,
                      "why": got["why"].text if "why" in got else None, "missing": missing})
        evidence.append(ctx.evidence(t.utterance, note="transfer" + (
            "; missing: " + ", ".join(ELEMENT_NAMES[m] for m in missing) if missing else "")))
        if "why" in got and got["why"].utterance != t.utterance:
            evidence.append(got["why"])
    details = {"transfers": items}
    bad = [it for it in items if it["missing"]]
    if bad:
        return DetectorResult(
            "fail",
            f"{len(bad)} of {len(items)} transfer(s) did not say " + " and ".join(
                ELEMENT_NAMES[m] for m in bad[0]["missing"]) + f": \"{ctx.utterances[bad[0]['utterance']].text}\".",
            tuple(evidence), details=details,
        )
    it = items[0]
    return DetectorResult(
        "pass",
        f"The agent said where ({it['where']}) and why ({it['why']}) when transferring.",
        tuple(evidence), details=details,
    )


_PRONOUNS = frozenset({"they", "he", "she", "who", "that", "which"})


def _about_destination(ws: Sequence[Word], start: int, t: Transfer, where: tuple[int, int] | None,
                       dest: frozenset[str]) -> bool:
    """A reason phrase in the transfer's own turn that opens with a pronoun ("they'll",
    "he can") speaks of the destination only after the transfer phrase, in its sentence, or
    after the destination was named earlier in the turn: "They'll be in touch. I'm
    transferring you to the damage desk now" gives no reason for the transfer."""
    if ws[start].norm not in _PRONOUNS or start >= t.start:
        return True
    if not any(w.after_stop for w in ws[start + 1:t.start + 1]):
        return True  # one sentence: "they can fix it, so I'll put you through to them"
    if where is None:  # "our loans team handles that. They can help. Let me transfer you."
        return any(w.norm in dest or lemma(w.norm) in dest for w in ws[:start])
    return _names_destination(ws[:start], t, where)


def _same_place(ws: Sequence[Word], start: int, t: Transfer, where: tuple[int, int] | None) -> bool:
    """A pronoun reason in an agent turn before the transfer ("they'll guide you through
    it") is about the transfer's destination when the transfer points back ("to them") or
    that turn names the same place; "the claims team will call once they've seen it" is not
    a reason to send the call to the damage desk."""
    if ws[start].norm not in _PRONOUNS or where is None:
        return True
    return _names_destination(ws, t, where)


def _names_destination(ws: Sequence[Word], t: Transfer, where: tuple[int, int]) -> bool:
    """Do the words ``ws`` name the place the transfer goes (every word of "our damage
    desk" but the determiners)?"""
    named = {w.norm for w in t.ws[where[0] + 1:where[1]]} - _DETERMINERS - {"them", "him", "her"}
    return not named or named <= {w.norm for w in ws}


def _reason(ctx: CallContext, t: Transfer, where: tuple[int, int] | None, nearby: list[int],
            params: Mapping[str, Any]) -> Evidence | None:
    """Why the call is transferred: a reason phrase in the transfer turn or a nearby agent
    turn, or a purpose after the destination ('to our fraud team to block the card',
    'to claims for your accident', 'to Sarah who handles refunds')."""
    order = [t.utterance] + [a for a in nearby if a != t.utterance]
    dest = frozenset(params["destination_words"])
    for a in order:
        aw = words(ctx, a)
        hits = [h for h in find(ctx, aw, params["reason_phrases"])
                if (_about_destination(aw, h.start, t, where, dest) if a == t.utterance
                    else a > t.utterance or _same_place(aw, h.start, t, where))]
        if hits:
            return hit_evidence(ctx, aw, hits[0], "reason for the transfer")
    ws = t.ws
    if where is not None:
        rest = ws[where[1]: where[1] + 8]
        for n, w in enumerate(rest):
            if n > 0 and w.after_break:
                break
            nxt = rest[n + 1] if n + 1 < len(rest) else None
            if nxt is None:
                break
            if w.norm in ("who", "which", "that") and nxt.norm not in ("is", "'s") or (
                    w.norm in ("to", "about", "regarding") and nxt.norm.isalpha() and nxt.norm not in ("you", "them")
            ) or (w.norm in ("for", "with") and (nxt.norm in ("your", "the", "this", "that", "my")
                                                 or nxt.norm not in NOT_NAME_WORDS)):
                s = where[1] + n
                return hit_evidence(ctx, ws, (s, min(len(ws), s + 4)), "reason for the transfer")
    return None
