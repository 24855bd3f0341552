"""Follow-up commitments: every agent commitment to a future action is found,
with whether it says when. A commitment is a promise ("I'll send you...",
"you'll get an email...", "I'll ring you back", "we'll book an engineer",
"we will send your payment...") or a completed step whose result is still to
come ("I've ordered your replacement card", "a new checkbook has been sent to
your address", "I've escalated this", "your appointment is booked"); steps
that take effect at once are not ("your reset link has been sent to your
phone", "I've cancelled that for you"). A time frame is a time expression in
the same clause ("by Friday", "within 24 hours", "tomorrow morning", "in three
to five business days"; with a trained spaCy pipeline also its DATE and TIME
entities); "is there anything else I can help you with today" is not one, and
"shortly" is one only for a message sent during the call ("you'll get a text
shortly", not "we'll be in touch about a refund shortly"). A commitment that
restates the one before it with a pronoun ("that'll be with you shortly") has
that one's time; "that day" after a date said before it is a time frame, a past
period ("last Tuesday", "for the days you've been without service") is not.
Fails when a commitment has no time frame; N/A when none was made."""

from __future__ import annotations

import re
from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult
from nlp.words import lemma

LABEL = "Follow-up commitments"

PARAMS: dict[str, Any] = {
    "future_markers": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["will", "shall", "should", "going to", "gonna", "i can have"],
        "description": "Words that put an action in the future (\"I'll\" = \"I will\", \"the card will\", "
        "\"it should\"); a commitment verb must follow. Questions (\"when will...\") are not commitments.",
    },
    "verbs": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["send", "email", "mail", "post", "text", "fax", "call", "ring", "phone", "contact", "follow",
                    "reach", "get", "receive", "see", "hear", "arrive", "notify", "escalate", "investigate",
                    "review", "update", "ship", "deliver", "credit", "refund", "reverse", "deposit", "reissue",
                    "replace", "process", "let", "reply", "respond", "issue", "forward", "appear", "show", "waive",
                    "cancel", "close", "open", "resolve", "fix", "return", "back", "available", "ready", "come",
                    "work", "active", "activate", "install", "visit", "take", "complete", "sort", "book",
                    "arrange", "schedule", "dispatch", "organise", "organize", "raise", "log", "submit", "lodge",
                    "refer", "courier", "apply", "approve", "unlock", "unblock", "order", "expect",
                    "clear", "reach", "land", "drop", "pop", "chase", "callback", "collect", "pick", "reimburse",
                    "disappear", "reflect", "restore", "reconnect", "renew", "post", "begin", "start", "kick",
                    "contact", "inform", "notify", "confirm", "text", "message", "check", "inspect", "repair",
                    "test", "assess", "write", "live", "report", "flag", "authorise", "authorize", "fit",
                    "remake", "redo", "rebuild", "reassess", "reconsider"],
        "description": "Verbs (as lemmas) that make a future action after a commitment subject "
        "(\"I'll send\", \"you'll get\", \"it should arrive\", \"it'll be back\").",
    },
    "phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["call you back", "get back to you", "follow up with you", "reach out to you",
                    "be in touch", "let you know", "give you a call", "send you", "email you", "you can expect",
                    "ring you back", "give you a ring", "drop you an email", "drop you a line", "hear back",
                    "hear from us", "is on its way", "are on their way", "is on the way", "are on the way",
                    "in the post", "in the mail", "have you down for", "put you down for", "booked you in",
                    "you are booked in", "you're booked in", "i am sending you", "we are sending you",
                    "i am sending out", "we are sending out", "we are posting", "i am posting",
                    "you will have it", "you should have it", "you will have them", "you should have them",
                    "will be with you", "should be with you", "expect a call", "expect a letter", "expect an email",
                    "expect a text", "expect to hear", "expect to receive", "expect to see", "expect it",
                    # a look promised, something made or delivered for the customer ("someone'll have a look at
                    # it", "I'll make a new one and have it delivered")
                    "will be paid", "will be paid back", "you will have the", "you will have your", "you should have the",
                    "you should have your", "will be in your account", "will be in your savings", "will be in your bank", "will be reimbursed", "will have a look", "will take a look", "will look at it", "will look into",
                    "have it delivered", "have them delivered", "have it sent", "have them sent",
                    "get it delivered", "get them delivered", "will make a new", "will make you a new",
                    "will make another", "you will have their", "you should have their", "you will have our",
                    "you should have our",
                    # a slot booked: "that's you in for Tuesday", "right, that's in for nine o'clock"
                    "that's you in for", "that is you in for", "that's in for", "that is in for", "you're in for",
                    "you are in for", "you're all booked", "you are all booked", "that's all booked",
                    # a message passed on to someone not on the call ("I'll pass it on to the owner"); not "I'll
                    # pass him your reference", handing over during a transfer
                    "pass it on", "pass that on", "pass this on", "pass the message on", "pass your message on",
                    "pass on your message", "pass on the message", "pass it along", "pass that along"],
        "description": "Phrases that are commitments whoever says them.",
    },
    "time_words": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["now", "today", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday", "weekend", "noon", "midnight", "eod", "immediately",
                    "january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december"],
        "description": "Single words that say when.",
    },
    "time_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["right away", "right now", "straight away", "end of the day", "end of day", "end of the week",
                    "end of the month", "this afternoon", "this morning", "this evening", "this week",
                    "next week", "next month", "later today", "first thing", "within the hour",
                    "in an hour", "in a few", "in a couple", "within a", "within an", "within the next", "by the end",
                    "momentarily", "in a moment", "in a minute", "in just a moment", "overnight",
                    "next business day", "next working day", "o'clock", "a m", "p m", "a.m.", "p.m.", "pm",
                    "this weekend", "next weekend", "by close of business", "close of business", "end of business",
                    "the day after tomorrow", "in the next", "over the next", "before the weekend", "end of next",
                    "the day before", "the day after", "the night before", "the evening before", "the morning before",
                    "the afternoon before", "the same day", "same day", "the morning of", "the week before",
                    "a day before", "a week before", "beforehand", "next bill", "next statement", "next invoice",
                    "next billing", "next cycle", "next payment", "next delivery", "next visit", "next reading",
                    "next renewal", "next collection", "of the month", "of next month", "of this month",
                    "after lunch", "before lunch", "this lunchtime", "close of play", "end of play",
                    "the coming days", "the coming week", "the coming weeks", "in the coming",
                    # how long it takes ("it takes a few seconds", "it'll take about ten minutes")
                    "takes a few", "take a few", "takes a couple", "take a couple", "takes a second",
                    "takes a minute", "takes a moment", "take a second", "take a minute", "take a moment",
                    "takes about", "take about", "takes around", "take around", "while you wait"],
        "description": "Phrases that say when.",
    },
    "vague_times": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["soon", "at some point", "in due course", "as soon as possible", "asap", "as soon as we can",
                    "as soon as they can", "when we can", "in the near future", "later on", "sometime", "some time",
                    "at a later date", "eventually", "when it's ready", "when they're ready", "when it's done",
                    "once it's", "once they've", "once we've", "when we hear", "once we hear", "in a while"],
        "description": "Times that do not say when (\"at some point\", \"as soon as possible\", \"once it's "
        "processed\"): not a time frame; the evidence names them so the agent can be coached.",
    },
    "message_times": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["shortly"],
        "description": "Times that say when only for a message sent during the call (one of "
        "`immediate_words` other than phone, inbox, app, screen and chat: \"you'll get a text with the code "
        "shortly\"); for anything else (\"we'll be in touch "
        "about a refund shortly\") they do not say when and count as vague times.",
    },
    "immediate_verbs": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["need", "have", "be", "like", "want", "check", "look", "ask", "hold", "transfer", "put", "verify",
                    "confirm", "try", "help", "do", "say", "tell", "explain", "wait", "mind", "cost", "mean",
                    "depend", "seem", "make", "take", "find", "search", "pull", "bring", "read", "walk", "go", "see",
                    "stay", "keep", "remain", "love", "appreciate", "suggest", "recommend", "advise", "owe", "charge",
                    "pay", "lose", "happen", "cover", "require", "include", "apply", "work", "know", "understand",
                    "block", "freeze", "lock", "deactivate", "suspend", "verify", "secure", "protect", "note"],
        "description": "With a trained spaCy pipeline, any verb after a future marker with a subject other than "
        "I/we (\"it'll disappear\", \"the engineer will replace\") is a commitment, except these (lemmas), "
        "which state a fact or an action during the call (\"you'll need\", \"it will cost\").",
    },
    "pending_verbs": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["order", "reorder", "request", "schedule", "book", "arrange", "escalate", "raise", "submit",
                    "refer", "dispatch", "post", "mail", "ship", "send", "issue", "file", "lodge", "process",
                    "courier", "forward", "reissue", "reship", "resend", "redeliver", "reorder", "rebook"],
        "description": "Verbs (lemmas) of completed steps whose result is still to come: \"I've ordered\", "
        "\"has been sent\", \"I've escalated\" commit to what follows them.",
    },
    "immediate_words": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["link", "code", "text", "sms", "email", "e-mail", "phone", "inbox", "app", "message", "otp",
                    "notification", "passcode", "pin", "screen", "chat"],
        "description": "A completed step about one of these (\"the reset link has been sent to your phone\") "
        "takes effect at once and is not a commitment.",
    },
    "later_seconds": {
        "type": "number", "minimum": 0, "default": 90,
        "description": "A commitment without a time frame takes the time of a later one that points back at it "
        "(\"we'll courier it to you\" ... \"I've booked that for tomorrow\") said within this many seconds.",
    },
    "max_seconds_after": {
        "type": "number", "minimum": 0, "default": 10,
        "description": "A time frame in the agent's next turn (not a question) within this many seconds "
        "also counts.",
    },
}

# a number followed by one of these units is a time frame ("24 hours", "three to five business days")
_UNITS = {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "fortnight",
          "fortnights"}
_UNIT_PHRASES = sorted(_UNITS)
_QUALIFIERS = {"business", "working", "calendar", "more", "full"}
_QUESTION_OPENERS = {"what", "which", "when", "where", "who", "why", "how", "can", "could", "would", "will",
                     "may", "do", "does", "did", "is", "are", "was", "were", "have", "has"}
# verbs whose result reaches the customer later, even after "I'll just" / "I'll go ahead and"
_CONTACT_VERBS = {"call", "ring", "phone", "contact", "email", "text", "deliver", "arrive", "reach", "follow", "get",
                  "hear", "receive", "send"}
_SKIP = {"be", "also", "definitely", "certainly", "personally", "then", "just", "able", "to", "have", "get",
         "go", "ahead", "and", "make", "sure", "that", "it", "you", "the", "a", "probably", "likely", "please",
         "all", "only", "really", "not", "actually", "gladly"}


_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                            "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"})
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
_DATE_PREPOSITIONS = frozenset({"on", "by", "from", "until", "till", "before", "after", "for", "around"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


# a cheap look at an utterance's text before its tokens are: a day of the month or a clock time may be in it
_MAY_HAVE_DATE = re.compile(
    r"\bthe\s+(?:(?:twenty|thirty)[\s-]*)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|\w+(?:th|tieth))\b"
    r"|\b(?:at|by|around|before|after|until|till)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|half|quarter|noon|midday|lunch)", re.I)


def _is_ordinal(word: str) -> bool:
    return word in _ORDINAL_WORDS or bool(_ORDINAL.match(word))


_CLOCK_PREPOSITIONS = frozenset({"at", "by", "around", "before", "after", "until", "till"})
_CLOCK_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "half", "quarter", "noon", "midday", "lunch", "lunchtime"})
_CLOCK_TAILS = frozenset({"o'clock", "oclock", "am", "pm", "a.m.", "p.m.", "thirty", "fifteen", "forty", "past",
                          "to", "ish", "-", ":"})
_CLOCK = re.compile(r"^(?:[1-9]|1[0-2])(?:[.:][0-5]\d)?(?:am|pm)?$")
_NOT_CLOCK = frozenset({"pounds", "pound", "dollars", "dollar", "euros", "percent", "%", "quid", "bucks", "cents",
                        "pence", "p", "items", "people", "times", "of", "miles", "points", "point"})


def _clock(word: str) -> bool:
    """A clock time after "at" / "by": "3", "10.30", "4pm", "four", "half", "lunchtime"."""
    return word in _CLOCK_WORDS or bool(_CLOCK.match(word))


def _times(ctx: CallContext, params: Mapping[str, Any]) -> dict[int, list]:
    """Time expressions per utterance, as spans (found once per call and time lists: the
    timed offers and the detector both read them)."""
    key = ("_follow_up_times", tuple(params["time_words"]), tuple(params["time_phrases"]))
    got = ctx.__dict__.get(key)
    if got is None:
        got = ctx.__dict__[key] = _find_times(ctx, params)
    return got


def _in_turn(ctx: CallContext, u: int, start: int, stop: int) -> list:
    """The tokens ``start:stop`` of the call's doc that belong to utterance ``u`` (its tokens are
    contiguous, so this is the range clipped to the utterance)."""
    turn = ctx.docs[u]
    b = min(stop, turn.end)
    return list(ctx.doc[min(max(start, turn.start), b) : b])


def _turn_words(ctx: CallContext, u: int, start: int, stop: int) -> list[str]:
    """The lower-case words of :func:`_in_turn`."""
    return [t.lower_ for t in _in_turn(ctx, u, start, stop)]


_PERIODS = frozenset({"days", "weeks", "months", "years", "hours", "nights", "evenings", "mornings", "weekends"})


def _bare_period(ent: Any) -> bool:
    """A DATE entity that is only a determiner and a plural period ("we'll credit you for the
    days you were without service", "those weeks"): which days, not when."""
    words = [t.lower_ for t in ent]
    return bool(words) and words[-1] in _PERIODS and all(w in ("the", "those", "these", "all") for w in words[:-1])


def _find_times(ctx: CallContext, params: Mapping[str, Any]) -> dict[int, list]:
    out: dict[int, list] = {}
    for m in ctx.find(params["time_words"]) + ctx.find(params["time_phrases"]):
        out.setdefault(m.utterance, []).append(m.span)
    if ctx.trained:  # "on the 5th of June", "by 3 pm", "next Tuesday"
        for i in ctx.indices("agent"):
            for ent in ctx.entities(i, labels=("DATE", "TIME")):
                if not _farewell(ctx, ent) and not _bare_period(ent):
                    out.setdefault(i, []).append(ent)
    # dates by the day of the month: "from the first of the month", "saturday the sixteenth", "on the 5th"
    doc = ctx.doc
    agent = [i for i in ctx.indices("agent") if _MAY_HAVE_DATE.search(ctx.utterances[i].text)]
    for i in agent:
        span = ctx.docs[i]
        for tok in span:
            if not _is_ordinal(tok.lower_):
                continue
            the = tok.i - 1  # "the twenty-eighth", "the thirty first": the tens before the ordinal
            if the > span.start and doc[the].lower_ == "-":
                the -= 1
            if the > span.start and doc[the].lower_ in ("twenty", "thirty"):
                the -= 1
            else:
                the = tok.i - 1
            if the > span.start and doc[the].lower_ == "the":
                prev = doc[the - 1].lower_ if the - 1 >= span.start else ""
                nxt = doc[tok.i + 1].lower_ if tok.i + 1 < span.end else ""
                ends = tok.i + 1 >= span.end or doc[tok.i + 1].is_punct
                if nxt == "of" or prev in _DATE_PREPOSITIONS or prev in _WEEKDAYS or (
                        ends and prev in _DATE_SETTERS):  # "I've moved it to the fifteenth."
                    out.setdefault(i, []).append(doc[the : tok.i + 1])
    # clock times: "at 3", "by four thirty", "around 10.30" (not "by 5 pounds")
    for i in agent:
        span = ctx.docs[i]
        for tok in span:
            if tok.lower_ in _CLOCK_PREPOSITIONS and tok.i + 1 < span.end and _clock(doc[tok.i + 1].lower_):
                e = tok.i + 2
                while e < span.end and (doc[e].like_num or doc[e].lower_ in _CLOCK_TAILS) and e - tok.i < 4:
                    e += 1
                if e < span.end and doc[e].lower_ in _NOT_CLOCK:
                    continue
                out.setdefault(i, []).append(doc[tok.i : e])
    # "<number> ... <unit>": "24 hours", "three to five business days"
    for m in ctx.find(_UNIT_PHRASES, attr="LOWER", speaker="agent"):
        tok = m.span[0]
        k = tok.i - 1
        while k >= 0 and doc[k].lower_ in _QUALIFIERS:
            k -= 1  # "five business days"
        if k < 0 or ctx.utterance_of_token(k) != m.utterance:
            continue
        if doc[k].lower_ == "of" and k > 0 and doc[k - 1].lower_ in ("couple", "few", "number"):
            k -= 1  # "a couple of days"
        if doc[k].like_num or doc[k].lower_ in ("a", "an", "few", "couple", "several"):
            while k > 0 and ctx.utterance_of_token(k - 1) == m.utterance and (doc[k - 1].like_num or (
                    doc[k - 1].lower_ in ("to", "-", "or", "and") and k > 1 and doc[k - 2].like_num)):
                k -= 1  # "twenty eight days", "five to seven days"
            out.setdefault(m.utterance, []).append(doc[k : tok.i + 1])
    # "I've set the end date to the fifteenth, and the payment will come out that day": a time that
    # points back at one said before it, in the turn or the agent's turn before
    agent_turns = ctx.indices("agent")
    for m in ctx.find(_TIMES_POINTING_BACK, speaker="agent"):
        k = agent_turns.index(m.utterance)
        before = [t for t in out.get(m.utterance, []) if t.end <= m.span.start]
        if not before and k > 0:
            before = out.get(agent_turns[k - 1], [])
        if before and not any(t.start <= m.span.start < t.end for t in out.get(m.utterance, [])):
            out.setdefault(m.utterance, []).append(m.span)
    joined = {u: [t for t in _joined(doc, spans) if not _past_period(ctx, t) and not _names_a_thing(ctx, t)]
              for u, spans in out.items()}
    return {u: spans for u, spans in joined.items() if spans}


# what a day's name may describe rather than time ("some friday dates", "the saturday slots")
_SLOT_NOUNS = frozenset({"dates", "slots", "times", "options", "sessions", "classes", "appointments", "openings",
                         "availability", "deliveries", "collections", "shifts"})


def _names_a_thing(ctx: CallContext, when: Any) -> bool:
    """A time word that is not when: "this week's box" (a possessive naming the thing), a day
    describing what is offered ("some friday dates"), or a month that is the customer's name
    ("thanks june")."""
    doc = ctx.doc
    u = ctx.utterance_of_token(when.start)
    if when.end < len(doc) and ctx.utterance_of_token(when.end) == u and doc[when.end].lower_ == "'s" and \
            when.end + 1 < len(doc) and doc[when.end + 1].is_alpha:
        # ... unless it says when: "it'll go out on thursday's van", "in tomorrow's post"
        return not (when.start > 0 and doc[when.start - 1].lower_ in ("on", "in", "with", "by"))
    if len(when) == 1 and when.end < len(doc) and ctx.utterance_of_token(when.end) == u and \
            doc[when.end].lower_ in _SLOT_NOUNS:
        return True  # "I'll ring you back with some friday dates": the dates offered, not when the call is
    if len(when) == 1:
        from nlp.detectors.personalization import learned_name

        name = learned_name(ctx)
        if name is not None and when[0].lower_ in {p.lower() for p in name.text.split()}:
            return True
    return False


# times that name a day or a date said just before ("that day", "the same day")
_TIMES_POINTING_BACK = ["that day", "that date", "the same day", "the same date", "that morning", "that afternoon",
                        "that evening", "that week", "that weekend", "on the day", "the same time"]
# "to the fifteenth.", "it's the third.": a day of the month when nothing follows it
_DATE_SETTERS = frozenset({"to", "is", "be", "'s"})
# a DATE entity that names a past period is not when a commitment happens
_PAST_WORDS = frozenset({"yesterday", "ago", "earlier"})
_PAST_AUXILIARIES = frozenset({"have", "'ve", "has", "'s", "had", "'d", "was", "were", "did"})


def _past_period(ctx: CallContext, when) -> bool:
    """Does a time expression name a time gone by - "yesterday", "last Tuesday", "since Monday",
    "two days ago", "for the days you've been without service" - rather than when something
    will happen?"""
    doc = ctx.doc
    utt = ctx.utterance_of_token(when.start)
    prev = doc[when.start - 1].lower_ if when.start > 0 and ctx.utterance_of_token(when.start - 1) == utt else ""
    before = doc[when.start - 2].lower_ if prev and when.start > 1 and ctx.utterance_of_token(when.start - 2) == utt \
        else ""
    words = [before, prev] + [t.lower_ for t in when]
    pairs = list(zip(words, words[1:]))
    if prev == "since" or set(words) & _PAST_WORDS or any(
            # "last Tuesday", "the past week"; not "the last week of June", "half past two"
            (b == "last" and a != "the") or (a, b) == ("the", "past") for a, b in pairs):
        return True
    # a relative clause in the past after it: "the days you've been without", "the week it was down"
    nxt = _in_turn(ctx, utt, when.end, when.end + 2)
    if nxt and nxt[0].lower_ == "ago":
        return True
    return len(nxt) == 2 and nxt[0].lower_ in _PRONOUNS and (nxt[1].lower_ in _PAST_AUXILIARIES
                                                             or nxt[1].norm_ in _PAST_AUXILIARIES)


_PRONOUNS = frozenset({"you", "i", "we", "it", "they", "he", "she", "that"})


def _joined(doc, spans: list) -> list:
    """Time expressions of one utterance as whole expressions: a word inside a longer one is
    that one ("now" of "right now"), touching ones are one ("in the next" + "10 minutes"),
    and a clock time keeps its number ("10" + "am")."""
    spans = sorted(spans, key=lambda t: (t.start, -t.end))
    out: list = []
    for t in spans:
        start = t.start
        if start > 0 and doc[start - 1].like_num and doc[start].lower_ in ("am", "pm", "a.m.", "p.m.", "a", "p"):
            start -= 1
        if out and start <= out[-1].end:
            out[-1] = doc[out[-1].start : max(out[-1].end, t.end)]
        else:
            out.append(doc[start : t.end])
    return out


def _outcome_verb(ctx: CallContext, tok, subject, params: Mapping[str, Any]) -> bool:
    """With a trained pipeline: ``tok`` is a verb of something that will happen to the
    customer or a thing ("it'll disappear", "the engineer will replace"), not one of the
    agent's own actions during the call ("I'll just check") or a stated fact ("you'll need")."""
    if not ctx.trained or tok.pos_ != "VERB" or subject.norm_ in ("i", "we", "let", "us"):
        return False
    return tok.lemma_.lower() not in set(params["immediate_verbs"])


_FAREWELL = re.compile(r"^(?:the rest of )?(?:a|an|the|your)?\s*(?:(?:great|good|nice|lovely|wonderful|fantastic|"
                       r"fabulous|safe|blessed)\s+)*(?:day|evening|weekend|night|afternoon|morning|one)$")


def _farewell(ctx: CallContext, ent) -> bool:
    """True for a DATE entity that wishes well ("have a great day"), not a time frame."""
    doc = ctx.doc
    prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return prev in ("have", "enjoy", "great", "nice") or bool(_FAREWELL.match(ent.text.lower()))


# "we'll look into it", "I'll add a note to your file": steps whose effect comes after the call
# "an engineer will be out / round / there": a visit
_VISIT_WORDS = frozenset({"out", "round", "around", "over", "along"})
# not a visit: "it'll be over", "you'll be out of pocket"
_NOT_VISITORS = frozenset({"it", "that", "this", "there", "which", "what", "they're", "i", "you"})
# "next week", "next business day": a time, not a thing to come ("your next bill")
_CALENDAR_UNITS = frozenset({"week", "month", "year", "weekend", "day", "business", "working", "time"})
# "it'll be out" (a fix, an update, a letter: released or sent), not "you'll be out" or "I'll be out"
_RELEASED = frozenset({"it", "that", "this", "which"})
_NOTE_VERBS = frozenset({"add", "put", "leave", "make", "pop", "place", "stick"})
_STEP_OBJECTS = frozenset({"into", "out", "note", "notes", "notation"})


def _step_for_later(ctx: CallContext, tok, subject: str = "") -> bool:
    """True for "look into" (an investigation) and "add / put / leave a note" after a
    future marker: nothing the customer sees now, something that happens later."""
    doc = ctx.doc
    utt = ctx.utterance_of_token(tok.i)
    nxt = _turn_words(ctx, utt, tok.i + 1, tok.i + 4)
    word = lemma(tok.lower_)
    if word == "look":
        return bool(nxt) and nxt[0] == "into"
    if word == "go":  # "I'll make sure it goes out today", "the letter will go out": dispatched, not a person
        prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if prev in ("it", "that", "this", "everything", "they", "those", "these"):
            subject = prev  # "make sure it goes out"
        return bool(nxt) and nxt[0] == "out" and nxt[1:2] != ["of"] and subject not in ("you", "i", "we")
    return word in _NOTE_VERBS and any(w in _STEP_OBJECTS - {"into", "out"} for w in nxt[:3])


# "the driver will bring it round", "I'll bring them over to you": a delivery, not "I'll bring up your account"
_BRING_TO = frozenset({"round", "around", "over", "back", "along", "out"})


def _brought(ctx: CallContext, tok) -> bool:
    """True for "bring" with its object carried to the customer: "bring it round", "bring the
    parts over", "bring them back to you", "bring you a new battery"."""
    if lemma(tok.lower_) != "bring":
        return False
    nxt = _turn_words(ctx, ctx.utterance_of_token(tok.i), tok.i + 1, tok.i + 5)
    if nxt[:1] == ["you"] and "up" not in nxt[:4]:
        return True  # "an engineer will bring you a fresh battery" (not "bring you up to date")
    return bool(_BRING_TO & set(nxt[:4])) or any(a == "to" and b in ("you", "your") for a, b in zip(nxt, nxt[1:]))


_KEEP = frozenset({"keep", "hold", "reserve", "save"})


def _kept_for(ctx: CallContext, tok) -> bool:
    """True for something kept for the customer ("we'll hold the ring for you until Saturday",
    "we'll keep it here for you"): a promise that lasts, with the time it lasts to; "I'll keep
    that in mind" and "please hold" are not."""
    if tok.lower_ not in _KEEP and lemma(tok.lower_) not in _KEEP:
        return False
    nxt = _turn_words(ctx, ctx.utterance_of_token(tok.i), tok.i + 1, tok.i + 7)
    return any(a == "for" and b in ("you", "yourself") for a, b in zip(nxt, nxt[1:]))


# "I'll ask the landlord if he'll pay", "we'll ask our supplier": a question put to someone not on the call
_SOMEONE = frozenset({"the", "my", "our", "a", "an", "his", "her", "their", "someone", "somebody", "them", "him"})


def _asks_someone(ctx: CallContext, tok) -> bool:
    """True for "ask" with someone else as its object ("I'll ask the landlord", "we'll ask our
    warehouse"), not the customer ("I'll ask you a few questions"), and for speaking to someone
    off the call ("I'll speak to the club secretary about refunding it", "I'll have a word with
    the driver")."""
    word = tok.lower_
    if word not in ("ask", "speak", "talk", "have"):
        return False
    nxt = _in_turn(ctx, ctx.utterance_of_token(tok.i), tok.i + 1, tok.i + 5)
    if word == "ask":
        return bool(nxt) and nxt[0].lower_ in _SOMEONE
    if word == "have":
        nxt = nxt[2:] if [t.lower_ for t in nxt[:2]] == ["a", "word"] else []
    if len(nxt) < 2 or nxt[0].lower_ not in ("to", "with"):
        return False
    # "the duty manager", "our warehouse", or someone named in a cased transcript ("I'll speak to Martin")
    who = nxt[1]
    return who.lower_ in _SOMEONE or (who.is_title and who.lower_ not in ("you", "i"))


# in transcripts written without apostrophes "well" / "ill" / "hell" / "shell" are "we'll" / "I'll" /
# "he'll" / "she'll" before a verb and its object
_BARE = ("well", "ill", "hell", "shell")
# "hell be with you thursday": he or she coming to the customer
_COMING = frozenset({"with", "there", "round", "over", "out", "along", "at"})
_NOT_AFTER_BARE = frozenset({"let", "see", "be", "get", "come", "take", "work", "open", "close", "back", "start",
                             "begin", "kick", "drop", "pop", "sort", "return", "show", "available", "ready", "active",
                             "appear", "reach", "land", "clear", "expect", "apply", "confirm"})
_OBJECTS = frozenset({"you", "your", "it", "that", "this", "them", "a", "an", "the", "out", "over", "back",
                      "through", "across", "round", "someone", "somebody"})
_APOSTROPHE = re.compile(r"[a-z][’'][a-z]", re.I)


def _bare_contractions(ctx: CallContext, verbs: set[str]) -> list[tuple[int, Any]]:
    """Commitments written "well text you a reminder" / "ill send it over" in a transcript
    with no apostrophes in the agent's words (where "well" and "ill" are the contractions)."""
    agent = ctx.indices("agent")
    if any(_APOSTROPHE.search(ctx.utterances[i].text) for i in agent):
        return []
    doc = ctx.doc
    out = []
    for i in agent:
        span = ctx.docs[i]
        for tok in span:
            if tok.lower_ not in _BARE or tok.i + 2 >= span.end:
                continue
            verb, obj = doc[tok.i + 1], doc[tok.i + 2]
            word = lemma(verb.lower_)
            if (verb.lower_ in verbs or word in verbs) and word not in _NOT_AFTER_BARE and obj.lower_ in _OBJECTS:
                out.append((i, doc[tok.i : tok.i + 2]))
            elif tok.lower_ in ("hell", "shell") and verb.lower_ == "be" and obj.lower_ in _COMING:
                out.append((i, doc[tok.i : tok.i + 3]))
    return out


def commitments(ctx: CallContext, params: Mapping[str, Any]) -> list[tuple[int, Any]]:
    """The agent's commitments as (utterance, span), one per place in the call."""
    verbs = set(params["verbs"])
    later = set(params["pending_verbs"]) | _CONTACT_VERBS
    if ctx.trained:
        ctx.ensure_lemmas()  # tags and entities for outcome verbs and DATE/TIME time frames
    found: list[tuple[int, Any]] = []
    doc = ctx.doc
    # "your next bill will use that reading": a subject that is itself a time to come ends right at the marker
    next_things = {t.span.end: t.span for t in ctx.find(params["time_phrases"], speaker="agent")
                   if t.span[0].lower_ == "next" and len(t.span) == 2 and t.span[1].lower_ not in _CALENDAR_UNITS}
    for m in ctx.find(params["future_markers"], speaker="agent"):
        if _asked(ctx, m):
            continue
        subject_time = next_things.get(m.span.start)
        after = doc[m.span.end : min(len(doc), m.span.end + 1)]
        if m.phrase == "should" and len(after) and after[0].lower_ == "have":
            continue  # "you should have received it": an expectation about the past
        two = [t.lower_ for t in doc[m.span.end : min(len(doc), m.span.end + 2)]]
        if two[:1] in (["n't"], ["not"]) or _nobody_before(ctx, m) or _instruction(ctx, m, two):
            # "so you won't have to start again", "you won't be starting from scratch", "she shouldn't take any
            # more": an assurance or advice, nothing promised
            continue
        start = m.span.start - 1 if m.span.start > 0 and ctx.utterance_of_token(m.span.start - 1) == m.utterance \
            else m.span.start  # quote the subject too: "I'll send", "it should arrive"
        skipped: set[str] = set()
        nouns = 0  # words of a subject after "make sure" ("I'll make sure the paperwork goes out")
        for tok in doc[m.span.end : min(len(doc), m.span.end + 6)]:
            if ctx.utterance_of_token(tok.i) != m.utterance:
                break
            subject = doc[tok.i - 1].lower_ if nouns else doc[start].lower_
            if tok.lower_ in verbs or lemma(tok.lower_) in verbs or _outcome_verb(ctx, tok, doc[start], params) \
                    or _step_for_later(ctx, tok, subject) or _brought(ctx, tok) or _asks_someone(ctx, tok) \
                    or _kept_for(ctx, tok):
                # "I'll just cancel that", "I'll go ahead and update it": done during the call, unless
                # its result comes later ("I'll go ahead and order a new card")
                if not (skipped & {"just", "ahead"}) or lemma(tok.lower_) in later:
                    end = tok.i + 1
                    if _step_for_later(ctx, tok, subject):  # quote "I'll add a note", "we'll look into"
                        end = next(t.i + 1 for t in doc[tok.i + 1 : tok.i + 4] if t.lower_ in _STEP_OBJECTS)
                    found.append((m.utterance, doc[start : end]))
                break
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) and ctx.utterance_of_token(tok.i + 1) == m.utterance \
                else ""
            if "be" in skipped and tok.lower_ in _VISIT_WORDS and nxt not in ("of", "the", "budget", "limit") and (
                    doc[start].lower_ not in _NOT_VISITORS
                    or tok.lower_ == "out" and doc[start].lower_ in _RELEASED):
                # "an engineer will be out", "we'll be round"; "a fix ... it should be out": released
                found.append((m.utterance, doc[start : tok.i + 1]))
                break
            if subject_time is not None and tok.is_alpha and tok.lower_ not in _SKIP and tok.norm_ not in _SKIP:
                found.append((m.utterance, doc[subject_time.start : tok.i + 1]))  # "next bill will use"
                break
            skipped.add(tok.lower_)
            if tok.lower_ not in _SKIP and tok.norm_ not in _SKIP:
                if "sure" in skipped and not nouns and not tok.is_punct:
                    nouns += 1
                    continue
                break
    found.extend(_bare_contractions(ctx, verbs))
    found.extend(_timed_offers(ctx, params, verbs))
    for m in ctx.find(params["phrases"], speaker="agent"):
        before = [t.lower_ for t in doc[max(ctx.docs[m.utterance].start, m.span.start - 6) : m.span.start]]
        if before[-1:] in (["or"], ["nor"]):  # "no one came or let you know": the clause "or" goes on from
            before = before[max((k + 1 for k, w in enumerate(before) if w in (",", ".", ";")), default=0):]
        else:
            before = before[-2:]
        if set(before) & (_NOBODY | {"never", "not", "n't", "didn't"}) or "no one" in " ".join(before):
            continue  # "the driver never came and nobody let you know": the problem said back, no promise
        if before[-1:] in (["can"], ["could"]):
            continue  # "I can send you the forms": an offer (with a time, `_timed_offers` counts it)
        found.append((m.utterance, m.span))
    found.extend(_passed_on(ctx))
    found.extend(_scheduled(ctx, params))
    found.extend(_deferred(ctx, params))
    found.extend((u, span) for u, span in pending_steps(ctx, params) if not _restating(ctx, span))
    # "...and you want to be sure they'll be with you before the festival": the customer's want restated
    found = [(u, span) for u, span in found if not _WANTED.search(
        " ".join(t.lower_ for t in doc[max(ctx.docs[u].start, span.start - 8) : span.start]))]
    # "if you open the app, you'll see a banner": what the customer finds on doing it, no promise
    found = [(u, span) for u, span in found if not _found_on_doing(ctx, span)]
    # "I'll pop you through", "I'll put you across to billing": a transfer made now, not a promise; "I'll pop
    # you on hold": a hold
    found = [(u, span) for u, span in found if not _transfers_now(ctx, u, span) and not _holds_now(ctx, u, span)
             and not _looks_now(ctx, u, span)]
    # one commitment per place: drop spans inside or overlapping an earlier one
    found.sort(key=lambda c: (c[1].start, -c[1].end))
    out: list[tuple[int, Any]] = []
    for utt, span in found:
        if out and out[-1][0] == utt and span.start < out[-1][1].end + 3:
            continue
        if out and out[-1][0] == utt and span.start > 0 and doc[span.start - 1].lower_ == "to" and \
                not any(t.is_punct and t.lower_ in (".", "?", "!") for t in doc[out[-1][1].end : span.start]):
            continue  # "we'll call you by Friday to let you know": the purpose of the promise before it
        out.append((utt, span))
    return out


# a completed step inside a clause these open is a condition or a time, not a step taken
_CONDITIONS = frozenset({"once", "if", "when", "until", "unless", "before", "after", "whether"})
_TRANSFER_VERBS = frozenset({"pop", "put", "pass", "send", "get", "patch", "connect", "bounce", "transfer"})
_ONWARD = frozenset({"through", "across", "over"})
# verbs whose "you to <someone>" moves the customer on ("pass you to", "put you to"; not "get you to sign")
_TRANSFER_TO = frozenset({"pass", "put", "transfer", "connect", "patch"})


def _transfers_now(ctx: CallContext, u: int, span: Any) -> bool:
    """True for "I'll pop you through" / "I'll put you across to the claims team": the commitment's
    verb moves the customer on to someone else now (a transfer, which the transfer criterion judges)."""
    doc = ctx.doc
    verb = doc[span.end - 1]
    after = _turn_words(ctx, u, span.end, span.end + 3)
    if lemma(verb.lower_) not in _TRANSFER_VERBS or after[:1] != ["you"] or not after[1:2]:
        return False
    if after[1] == "to" and lemma(verb.lower_) in _TRANSFER_TO:
        return True  # "I'm going to pass you to our accounts team"
    return after[1] in _ONWARD and (len(after) < 3 or after[2] in ("to", ".", ",", "!", "now", "?"))


def _looks_now(ctx: CallContext, u: int, span: Any) -> bool:
    """True for "I'll have a look", "I'll take a quick look": the agent's look, taken on the call
    (what it finds is said on the call too), not a promise ("the engineer will take a look on
    Monday" is one)."""
    subject = _turn_words(ctx, u, span.start - 1, span.start)
    words = _turn_words(ctx, u, span.start, span.end + 4)
    if subject not in (["i"], ["we"]) and words[:1] not in (["i"], ["we"]):
        return False
    k = next((k for k, w in enumerate(words) if w in ("have", "take")), None)
    if k is None:
        return False
    rest = [w for w in words[k + 1 : k + 4] if w not in ("a", "quick", "little", "closer", "proper")]
    return rest[:1] == ["look"]


def _holds_now(ctx: CallContext, u: int, span: Any) -> bool:
    """True for "I'll pop you on hold" / "I'll put you on a quick hold": a hold, now."""
    after = _turn_words(ctx, u, span.end, span.end + 5)
    return after[:2] == ["you", "on"] and "hold" in after[2:]


# "I'll pass your feedback on to the store", "I'll pass the complaint along": a message passed to someone not on
# the call (not "I'll pass you on to billing", a transfer)
_PASSED_THINGS = frozenset({"your", "the", "this", "that", "these", "those", "all", "my", "our", "his", "her", "their"})


def _passed_on(ctx: CallContext) -> list[tuple[int, Any]]:
    """"I'll pass your feedback on", "we'll pass the details along to the manager": what the
    agent will pass on, named by a noun phrase between "pass" and "on" / "along" (the fixed
    phrases in `phrases` name it with a pronoun)."""
    doc = ctx.doc
    out = []
    for m in ctx.find(["pass"], speaker="agent"):
        u = m.utterance
        nxt = _in_turn(ctx, u, m.span.end, m.span.end + 5)
        if not nxt or nxt[0].lower_ not in _PASSED_THINGS:
            continue
        end = next((k for k, t in enumerate(nxt[1:4], 1) if t.lower_ in ("on", "along")), None)
        if end is None or not all(t.is_alpha for t in nxt[1:end]):
            continue
        start = m.span.start
        while start > ctx.docs[u].start and doc[start - 1].lower_ not in (".", "?", "!", ",") and \
                m.span.start - start < 3:
            start -= 1  # quote "I'll pass"
        prev = [t.lower_ for t in doc[start : m.span.start]]
        if not {"will", "'ll", "shall", "going", "gonna"} & set(prev) or {"n't", "not", "never"} & set(prev):
            continue  # "did you pass the message on?", "I won't pass that on"
        out.append((u, doc[start : nxt[end].i + 1]))
    return out


# verbs of a change that reaches the customer, said in the present with a time to come: "the new rate kicks in
# from your next payment", "your card arrives on Friday"
_EVENT_VERBS = frozenset({"arrive", "come", "kick", "start", "begin", "appear", "show", "land", "clear", "drop",
                          "activate", "ship", "renew", "reach", "restart", "resume", "switch", "change"})
_NOT_THIRD_PERSON = frozenset({"i", "you", "we", "they", "there", "which", "who", "what", "that", "this"})


def _scheduled(ctx: CallContext, params: Mapping[str, Any]) -> list[tuple[int, Any]]:
    """"Done, the off-peak rate kicks in from your next payment": a change the agent has set up,
    said in the present tense with a time to come right after the verb, is a commitment with
    that time (a past time, "it arrived on Monday", or a question is not)."""
    times = _times(ctx, params)
    doc = ctx.doc
    out = []
    for u, spans in times.items():
        if ctx.utterances[u].speaker != "agent":
            continue
        for when in spans:
            k = when.start - 1  # back from the time, past its preposition and a particle: "kicks in from"
            lo = max(ctx.docs[u].start, when.start - 4)
            while k >= lo and not doc[k].is_punct and not (
                    doc[k].lower_.endswith("s") and lemma(doc[k].lower_) in _EVENT_VERBS
                    and lemma(doc[k].lower_) != doc[k].lower_) and not _passive_present(ctx, k, params):
                k -= 1
            if k < lo or doc[k].is_punct or k == ctx.docs[u].start:
                continue
            verb = k
            if _passive_present(ctx, k, params):
                k -= 1  # "the statement is posted out within ten working days": the subject is before "is"
                if k == ctx.docs[u].start:
                    continue
            subject = doc[k - 1]
            if not subject.is_alpha or subject.lower_ in _NOT_THIRD_PERSON or any(
                    t.is_punct for t in doc[k : when.start]):
                continue
            if ctx.utterances[u].text.rstrip().endswith("?") or _past_period(ctx, when):
                continue
            if any(t.lower_ in ("now", "already") for t in doc[verb : when.end]):
                continue  # "two of them are renewed now until the ninth": done on the call
            out.append((u, doc[k - 1 : verb + 1]))
    return out


def _passive_present(ctx: CallContext, k: int, params: Mapping[str, Any]) -> bool:
    """True when token ``k`` is a commitment verb's participle after "is" / "are" ("is posted",
    "are sent"): the present passive of something that happens after the call."""
    doc = ctx.doc
    word = doc[k].lower_
    return k > 0 and doc[k - 1].lower_ in ("is", "are") and word.endswith(("ed", "en", "nt")) and \
        lemma(word) != word and lemma(word) in params["verbs"]


# "I'll reset the activation once we get it", "we'll release the funds as soon as probate comes through": an
# action put off until something happens after the call, whatever its verb
_DEFERRING = re.compile(r"\s(?:once|as soon as|when|after)\s+(?:we|we've|we'd|it|it's|they|they've|the|your|probate|"
                        r"that|that's|those|these)\b")


def _deferred(ctx: CallContext, params: Mapping[str, Any]) -> list[tuple[int, Any]]:
    """"I'll reset the activation once we get it": an "I'll" / "we'll" action, any verb, that
    waits for something that happens after the call (the receipt, the paperwork, a repair) is a
    commitment for later, though its verb alone (reset, change, unlock) would be done on the call."""
    doc = ctx.doc
    out = []
    for m in ctx.find(["will", "shall"], speaker="agent"):
        u = m.utterance
        k = m.span.start - 1
        if k < 0 or ctx.utterance_of_token(k) != u or doc[k].norm_ not in ("i", "we") or _asked(ctx, m):
            continue
        rest = []
        for t in doc[m.span.end : min(len(doc), m.span.end + 12)]:
            if ctx.utterance_of_token(t.i) != u or t.lower_ in (".", "?", "!", ";"):
                break
            rest.append(t)
        if not rest or rest[0].lower_ in ("not", "n't", "be", "have", "need"):
            continue
        text = " ".join(t.lower_ for t in rest)
        # a clause after the first word that opens with "once" / "as soon as" ...
        if _DEFERRING.search(text) and rest[0].is_alpha and not text.startswith(("just ", "check", "look", "see")):
            out.append((u, doc[k : rest[0].i + 1]))
    return out


# a restatement of the customer's situation ("So you filed on time, but you've been sent a penalty"): a step
# inside it was done to the customer, not one the agent took
_RESTATING = re.compile(r"^\s*(?:so|okay so|ok so|right so|and so)\s+(?:you|your)\b")


def _restating(ctx: CallContext, span: Any) -> bool:
    return bool(_RESTATING.match(_sentence_before(ctx, span)))


# what "can" arranges for the customer ("I can get a technician to you", "an engineer can come"), not what it
# can see or check ("I can see the order from Monday")
_ARRANGED = frozenset({"get", "send", "book", "come", "visit", "arrange", "deliver", "ship", "schedule", "call",
                       "ring", "phone", "courier", "collect", "pick", "post", "email", "text", "pop", "drop",
                       "install", "repair", "replace", "refund", "credit", "dispatch", "fit", "reconnect", "restore"})


# before "can", these ask, instruct or describe what another team is able to do ("because they can get a plumber
# out tonight" explains a transfer)
_NOT_OFFERING = frozenset({"you", "how", "what", "if", "they", "who", "which", "that", "he", "she", "them"})


def _timed_offers(ctx: CallContext, params: Mapping[str, Any], verbs: set[str]) -> list[tuple[int, Any]]:
    """"I can get a technician to you tomorrow between eight and twelve", "an engineer can
    come tomorrow": what the agent or a colleague *can* do, said with a time in the same
    clause, is an arrangement made on the call, a commitment with its time. Without a time
    ("I can send you a form") it is an offer, not counted; a question ("can I", "how can we
    help") or a "you can" (an instruction) never is."""
    doc = ctx.doc
    out: list[tuple[int, Any]] = []
    hits = [m for m in ctx.find(["can"], speaker="agent") if not _asked(ctx, m)]
    if not hits:
        return out
    times = _times(ctx, params)
    for m in hits:
        k = m.span.start - 1
        if k < 0 or ctx.utterance_of_token(k) != m.utterance or doc[k].lower_ in _NOT_OFFERING or doc[k].is_punct:
            continue
        nxt = _in_turn(ctx, m.utterance, m.span.end, m.span.end + 3)
        if not nxt or nxt[0].lower_ in ("not", "n't", "i", "you", "we", "be", "also") or nxt[0].lower_ == "only":
            continue
        verb = next((t for t in nxt if (t.lower_ in verbs or lemma(t.lower_) in verbs)
                     and lemma(t.lower_) in _ARRANGED), None)
        if verb is None or verb.i - m.span.end > 1 or doc[k].lower_ in ("and", "but", "or", "so"):
            continue
        span = doc[k : verb.i + 1]
        if any(_same_clause(ctx, span, t) and t.start >= verb.i for t in times.get(m.utterance, [])
               if t.text.lower() not in ("now", "right now")):
            out.append((m.utterance, span))
    return out


# commitments that book a slot
_BOOKING = frozenset({"book", "booked", "rebook", "schedule", "scheduled"})
# words before a "will" that make it what the customer wants to be sure of, not a promise
_WANTED = re.compile(r"\b(?:want|wanted|wanting|need|needed|like) to (?:be sure|make sure|know|check|find out)\b|"
                     r"\b(?:worried|wondering|asking|unsure|not sure)\b(?: (?:whether|if|that))?")


# before a completed step: who did it or that it is done ("I've ordered", "has been sent", "we just booked")
_DONE_MARKERS = {"i", "we", "have", "has", "been", "being", "'ve"}
_DONE_SKIP = {"just", "already", "now", "also", "gone", "went", "ahead", "and", "go", "successfully", "actually",
              "officially", "all", "today"}
# a step after these is not done by the agent: "would you like me to order", "you ordered"
_NOT_DONE = {"to", "will", "would", "can", "could", "should", "you", "they", "if", "did", "do"}


_WORDS = re.compile(r"[a-z]+")


def _is_done_form(word: str, verbs: set[str]) -> bool:
    """True for a past form of a pending verb ("ordered", "sent", "escalated")."""
    return (word.endswith("ed") or word == "sent") and lemma(word) in verbs


def pending_steps(ctx: CallContext, params: Mapping[str, Any]) -> list[tuple[int, Any]]:
    """Completed steps whose result is still to come, as (utterance, span): "I've ordered
    your replacement card", "a new checkbook has been sent to your address", "I've
    escalated it". Steps about something that takes effect at once ("your reset link has
    been sent to your phone") are left out."""
    verbs = set(params["pending_verbs"])
    immediate = set(params["immediate_words"])
    doc = ctx.doc
    out = []
    for i in ctx.indices("agent"):
        # a cheap look at the words first: most turns have no completed step
        if not any(_is_done_form(w, verbs) for w in _WORDS.findall(ctx.utterances[i].text.lower())):
            continue
        span = ctx.docs[i]
        toks = list(span)
        for k, tok in enumerate(toks):
            if not _is_done_form(tok.lower_, verbs):
                continue
            before = []  # the words before the step, nearest first, back to the clause start
            for prev in reversed(toks[max(0, k - 7) : k]):
                if prev.is_punct:
                    break
                if prev.lower_ in _DONE_SKIP or prev.norm_ in _DONE_SKIP:
                    continue
                before.append(prev)
            if not before or before[0].lower_ in _NOT_DONE or before[0].norm_ in _NOT_DONE:
                continue
            # "I've ordered", "has been sent"; or a second step: "I have blocked the card and ordered..."
            coordinated = any(t.lower_ == "and" for t in toks[max(0, k - 2) : k])
            before = before if coordinated else before[:2]
            if not any(b.lower_ in _DONE_MARKERS or b.norm_ in _DONE_MARKERS for b in before):
                continue
            if any(t.lower_ in ("still", "keep", "keeps") for t in toks[max(0, k - 4) : k]):
                continue  # "your statements are still being mailed to the old address": the problem, restated
            if any(t.lower_ in _CONDITIONS for t in toks[max(0, k - 4) : k]):
                continue  # "we can't change a bill once it's been issued": a condition, no step taken
            around = {t.lower_ for t in toks[max(0, k - 6) : k + 8]}
            if around & immediate:
                continue  # "your reset link has been sent to your phone" arrives at once
            if _asks(ctx, i) and ctx.utterances[i].text.rstrip().endswith("?"):
                continue
            first = min(b.i for b in before)
            out.append((i, doc[first : tok.i + 1]))
    return out


_WH = {"what", "when", "where", "who", "why", "how", "which", "whether", "if"}
# after a sentence-opening modal these make a question: "will you be home", "and will it arrive"
_SUBJECTS = {"you", "i", "we", "it", "they", "he", "she", "that", "this", "there", "the", "my", "your", "our", "someone"}


def _asked(ctx: CallContext, m) -> bool:
    """True when the future marker is in a question: "when will it arrive", "will you be home"."""
    doc = ctx.doc
    k = m.span.start - 1
    prev = doc[k] if k >= 0 and ctx.utterance_of_token(k) == m.utterance else None
    if prev is not None and prev.lower_ == "," and k > 0 and ctx.utterance_of_token(k - 1) == m.utterance \
            and not doc[k - 1].is_punct:
        # "Our manager, Grace, will ring you tomorrow": a comma after the subject, no question
        nxt = doc[m.span.end] if m.span.end < len(doc) and ctx.utterance_of_token(m.span.end) == m.utterance else None
        return nxt is not None and nxt.lower_ in _SUBJECTS
    if prev is None or prev.is_punct or prev.lower_ in ("and", "so", "okay", "ok", "um", "uh"):
        # the modal opens the sentence: "Will you be home?" asks; "... and will arrive today" does not
        nxt = doc[m.span.end] if m.span.end < len(doc) and ctx.utterance_of_token(m.span.end) == m.utterance else None
        return prev is None or prev.lower_ != "and" or nxt is None or nxt.lower_ in _SUBJECTS
    return any(t.lower_ in _WH for t in doc[max(ctx.docs[m.utterance].start, k - 3) : k + 1])


# a subject that promises nothing: "nobody's going to take your home", "no one will chase you for it"
_NOBODY = frozenset({"nobody", "noone", "nothing", "none", "neither"})


def _instruction(ctx: CallContext, m, after: list[str]) -> bool:
    """True for "you'll have to apply online" / "you will need to send it": what the customer
    must do, an instruction, not something the agent's side commits to."""
    subject = _turn_words(ctx, m.utterance, m.span.start - 1, m.span.start)
    return subject == ["you"] and after in (["have", "to"], ["need", "to"])


def _nobody_before(ctx: CallContext, m) -> bool:
    """True when the future marker's subject is "nobody" / "no one" / "nothing": an assurance
    that something will not happen, not a commitment."""
    doc = ctx.doc
    words = [t.lower_ for t in doc[max(ctx.docs[m.utterance].start, m.span.start - 3) : m.span.start]]
    while words and words[-1] in ("'s", "is", "'ll", "really", "ever", "else"):
        words.pop()
    return bool(words) and (words[-1] in _NOBODY or words[-2:] == ["no", "one"])


def _same_clause(ctx: CallContext, commitment, when) -> bool:
    """True when the time expression belongs to the commitment: at most 20 words after it,
    with no sentence end or new question ("is there anything else") between, or at most
    6 words before it in the same clause ("tomorrow I'll call you")."""
    doc = ctx.doc
    if when.start < commitment.end and when.end > commitment.start:
        return True  # the time is in the commitment's subject: "your next bill will use that reading"
    if when.start >= commitment.end:
        between = doc[commitment.end : when.start]
        limit, breaks = 20, (".", "?", "!")
    else:
        between = doc[when.end : commitment.start]
        limit, breaks = 6, (".", "?", "!", ";", "and")  # "I'll fix it today and we will send..."
        if not _opens_clause(ctx, when):
            return False  # "there's no one free right now someone will call you": "now" is the other clause's
    if len(between) > limit:
        return False
    words = [t.lower_ for t in between]
    if any(w in breaks for w in words) or "anything" in words:
        return False
    if when.start >= commitment.end and _APOLOGY & set(words):
        return False  # "the team will call you back, and I'm sorry for all the stress today": the apology's
    return not any(a == "is" and b == "there" for a, b in zip(words, words[1:]))


_APOLOGY = frozenset({"sorry", "apologise", "apologize", "apologies", "thank", "thanks"})


# words that may come before a time expression that opens a clause ("and by Friday we'll...")
_CLAUSE_OPENERS = frozenset({"and", "but", "so", "then", "okay", "ok", "right", "alright", "um", "uh", "well", "yes",
                             "yeah", "great", "perfect", "lovely", "sure", "now", "because", "cause", "once", "if",
                             "also", "actually", "hopefully", "probably"})
_TIME_LEAD = frozenset({"by", "on", "at", "in", "within", "from", "until", "till", "before", "after", "for", "this",
                        "next", "the", "early", "first", "thing", "later", "around", "about", "over", "sometime"})


def _opens_clause(ctx: CallContext, when) -> bool:
    """True when a time expression before a commitment opens the commitment's clause
    ("tomorrow I'll call you", "okay, by Friday you'll have it"): what comes before it, past
    its own prepositions, is the turn's start, punctuation or a conjunction - not the end of
    another clause ("there's no manager free right now")."""
    doc = ctx.doc
    utt = ctx.utterance_of_token(when.start)
    k = when.start - 1
    while k >= 0 and ctx.utterance_of_token(k) == utt and doc[k].lower_ in _TIME_LEAD:
        k -= 1
    return k < 0 or ctx.utterance_of_token(k) != utt or doc[k].is_punct or doc[k].lower_ in _CLAUSE_OPENERS


def _consequence(ctx: CallContext, earlier_when, commitment) -> bool:
    """True when ``commitment`` follows the previous commitment's time expression as its
    consequence ("we'll post it within ten days, so you'll have it before the hearing"):
    "so" between them, within one sentence and a few words."""
    if earlier_when.end > commitment.start:
        return False
    between = [t.lower_ for t in ctx.doc[earlier_when.end : commitment.start]]
    return len(between) <= 4 and "so" in between and not any(w in (".", "?", "!") for w in between)


_BACK_POINTERS = frozenset({"it", "that", "this", "them", "those", "that's", "it's"})


def _timed_later(ctx: CallContext, found: list, spans_when: list, n: int, params: Mapping[str, Any]) -> int | None:
    """The index of a later commitment with a time frame that points back at commitment
    ``n`` ("I've booked that for tomorrow", "that's booked for Tuesday") or names its action
    again ("I've refunded those" ... "the refund should be back in three to five days"), said by the agent
    within ``later_seconds`` of it; None when there is none."""
    doc = ctx.doc
    utt = found[n][0]
    said_at = ctx.utterances[utt].end
    # what was promised, by its action word ("I've refunded those" ... "the refund should be back in three days")
    actions = {lemma(t.lower_) for t in found[n][1] if t.is_alpha} & (set(params["verbs"]) | set(params["pending_verbs"]))
    for k in range(n + 1, len(found)):
        u, span = found[k]
        if spans_when[k] is None or (u == utt and span.start <= found[n][1].end):
            continue  # ("I've raised a refund. It'll be paid within 28 days": later in the same turn counts)
        if ctx.utterances[u].start - said_at > params["later_seconds"]:
            break
        near = [t.lower_ for t in doc[max(ctx.docs[u].start, span.start - 2) : min(ctx.docs[u].end, span.end + 1)]]
        if _BACK_POINTERS & set(near) or actions & {lemma(w) for w in near}:
            return k
    return None


# words of `immediate_words` that name where a message lands, not a message: "someone will phone you shortly"
# is a callback
_WHERE_MESSAGES_LAND = frozenset({"phone", "inbox", "app", "screen", "chat"})


def _about_a_message(ctx: CallContext, commitment, when, params: Mapping[str, Any]) -> bool:
    """Is the commitment, up to its time ``when``, about a message sent during the call
    ("you'll get a text with the code shortly", "I'll email it over shortly")? Only then
    does "shortly" say when: a text or an email comes in minutes, a refund or a callback
    "shortly" could come any day."""
    immediate = set(params["immediate_words"]) - _WHERE_MESSAGES_LAND
    doc = ctx.doc
    lo, hi = min(commitment.start, when.start), max(commitment.end, when.end)
    return any(t.lower_ in immediate or lemma(t.lower_) in immediate for t in doc[lo:hi])


_POINTER_SUBJECTS = frozenset({"it", "that", "this", "they", "those", "these"})


def _points_back(ctx: CallContext, commitment) -> bool:
    """Does the commitment restate the one before it, with a pronoun for what was promised
    ("that'll be with you shortly", "it should be there") rather than a new subject ("we'll be in
    touch about a refund")?"""
    doc = ctx.doc
    utt = ctx.utterance_of_token(commitment.start)
    first = doc[commitment.start]
    if first.lower_ in _POINTER_SUBJECTS:
        return True
    k = commitment.start - 1
    return k >= 0 and ctx.utterance_of_token(k) == utt and doc[k].lower_ in _POINTER_SUBJECTS


# a customer turn of at most this many words between a commitment and the agent's next turn is an
# acknowledgement ("okay", "right, thanks"); a longer one (a question, a new point) is answered by that turn
_ACK_WORDS = 4


def _only_acknowledged(ctx: CallContext, utt: int, later: int) -> bool:
    """Did the customer only acknowledge between agent turns ``utt`` and ``later`` ("okay")? A
    question or a new point in between ("and will the payment still come out on the first")
    makes the agent's next turn its answer, not the rest of the commitment."""
    return all(len(ctx.utterances[j].text.split()) <= _ACK_WORDS for j in range(utt + 1, later)
               if ctx.utterances[j].speaker != "agent")


_FINDING = frozenset({"see", "find", "notice"})


def _found_on_doing(ctx: CallContext, span: Any) -> bool:
    """True for "you'll see / find ..." after "if / when / once you ..." in its sentence: what the
    customer will find when they do something ("if you open it up, you'll see a banner")."""
    words = [t.lower_ for t in span]
    if words[:1] != ["you"] or not _FINDING & {lemma(w) for w in words}:
        return False
    return bool(re.search(r"(?:^|\s)(?:if|when|once) you\s", _sentence_before(ctx, span)))


# a clause these open, before a commitment in its sentence, makes the commitment wait on something
_WAITING = re.compile(r"(?:^|[\s,])(?:as soon as|once|when|if|after)\s")


def _waits_on(ctx: CallContext, span: Any) -> bool:
    """Does the commitment wait on something said before it in its sentence ("As soon as the
    bag is located we'll courier it", "once it's approved I'll post it")?"""
    return bool(_WAITING.search(_sentence_before(ctx, span)))


def _sentence_before(ctx: CallContext, span: Any) -> str:
    """The words of ``span``'s sentence before it, lower-cased and padded with spaces."""
    doc = ctx.doc
    start = ctx.docs[ctx.utterance_of_token(span.start)].start
    k = span.start
    while k > start and doc[k - 1].lower_ not in (".", "?", "!"):
        k -= 1
    return " " + doc[k : span.start].text.lower() + " "


# the subject that opens a commitment of its own ("..., and you'll get a text")
_OWN_SUBJECTS = frozenset({"you", "we", "i", "he", "she", "they"})
_WINDING_UP = re.compile(r"\b(?:anything else|anything more|anything further|something else|all for today|"
                         r"help with today)\b")


def _moves_on(ctx: CallContext, utt: int, span: Any) -> bool:
    """Does the agent's turn go on to wind the call up after the commitment ("We'll ring you
    when it's ready. Anything else I can help with?")? A question about the matter in hand
    ("... Would you like to pay by card?") does not."""
    doc = ctx.doc
    after = doc[span.end : ctx.docs[utt].end]
    return any(t.lower_ == "?" for t in after) and bool(_WINDING_UP.search(after.text.lower()))


def _asks(ctx: CallContext, i: int) -> bool:
    """True when utterance ``i`` is a question ("is there anything else ... today?")."""
    if ctx.utterances[i].text.rstrip().endswith("?"):
        return True
    if _WINDING_UP.search(ctx.utterances[i].text.lower()) and len(ctx.docs[i]) <= 12:
        return True  # "anything else i can help with today alan", unpunctuated: winding up, no time to lend
    first = next((t for t in ctx.docs[i] if not t.is_punct and t.lower_ not in ("okay", "ok", "and", "so", "uh", "um")), None)
    return first is not None and first.norm_ in _QUESTION_OPENERS


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    found = commitments(ctx, params)
    if not found:
        return DetectorResult("na", "The agent made no commitment to a future action.")
    times = _times(ctx, params)
    vague: dict[int, list] = {}
    for m in ctx.find(params["vague_times"], speaker="agent"):
        vague.setdefault(m.utterance, []).append(m.span)
    message_times: dict[int, list] = {}
    for m in ctx.find(params["message_times"], speaker="agent"):
        message_times.setdefault(m.utterance, []).append(m.span)
    agent = ctx.indices("agent")
    items: list[dict[str, Any]] = []
    spans_when: list = []  # per item, the time expression found for it
    for utt, span in found:
        # the nearest time expression after the commitment, else one just before it
        # "as soon as the bag is found we'll courier it to you, and you'll get a text by six": a commitment that
        # waits on something has no time of its own; a time after another commitment is that one's
        # "I'll email you a label, and you'll get the refund within fourteen days": nor is a time after a
        # commitment with its own subject that follows the agent's own "I'll" / "we'll" (a step already
        # taken, "I've sent them a request, and they'll ring you within two days", or a result, "your
        # bill will show £64, and you'll get an email within 48 hours", is timed by what follows)
        own = span[0].lower_ in ("i", "we") and any(t.norm_ == "will" for t in span)
        nearer = [s.start for u, s in found if u == utt and s.start >= span.end
                  and (_waits_on(ctx, span) or own and s[0].lower_ in _OWN_SUBJECTS)]
        when = sorted((t for t in times.get(utt, []) if _same_clause(ctx, span, t)
                       and not any(span.end <= n < t.start for n in nearer)),
                      key=lambda t: (t.start < span.end, abs(t.start - span.end)))
        if not when and items and items[-1]["utterance"] == utt and spans_when[-1] is not None \
                and _consequence(ctx, spans_when[-1], span):
            when = [spans_when[-1]]  # "...within ten days, so you'll have it in writing"
        loose = [v for v in vague.get(utt, []) if _same_clause(ctx, span, v)]
        if not when and not loose and not _moves_on(ctx, utt, span):
            # "We'll ring you when it's ready. Anything else?" ... "see you Monday": a commitment with a vague time,
            # or one the agent moved on from with a new question, takes no time from the next turn
            later = [a for a in agent if a > utt][:1]
            if later and ctx.utterances[later[0]].start - ctx.utterances[utt].end <= params["max_seconds_after"] \
                    and not _asks(ctx, later[0]) and "?" not in ctx.utterances[later[0]].text \
                    and _only_acknowledged(ctx, utt, later[0]):
                # ... not a "now" there, which is what the next turn does ("theyll start a trace" ...
                # "transferring you now")
                when = [t for t in times.get(later[0], []) if t.text.lower() not in ("now", "right now")]
        soon = [t for t in message_times.get(utt, []) if _same_clause(ctx, span, t)]
        if not when and soon and _about_a_message(ctx, span, soon[0], params):
            when = soon  # "you'll get a text with the code shortly"
        restated = not when and bool(items) and spans_when[-1] is not None and _points_back(ctx, span) \
            and ctx.utterances[utt].start - ctx.utterances[items[-1]["utterance"]].end <= params["later_seconds"]
        if restated:
            when = [spans_when[-1]]  # "I'll email the form in ten minutes" ... "that'll be with you shortly"
        item: dict[str, Any] = {"utterance": utt, "commitment": span.text, "when": when[0].text if when else None}
        if restated and items[-1]["utterance"] != utt:
            item["when_given_at"] = ctx.utterances[items[-1]["utterance"]].start
        if not when:
            loose = [v for v in vague.get(utt, []) + soon if _same_clause(ctx, span, v)]
            if loose:
                item["vague"] = loose[0].text  # "at some point", a refund "shortly": said, but not when
        items.append(item)
        spans_when.append(when[0] if when else None)
    # "we'll courier it to you" ... (the address taken) ... "I've booked that for tomorrow": a later
    # timed commitment that points back at what was promised gives that promise its time
    for n, it in enumerate(items):
        if it["when"] is None:
            back = _timed_later(ctx, found, spans_when, n, params)
            if back is not None:
                it["when"] = spans_when[back].text
                it["when_given_at"] = ctx.utterances[found[back][0]].start
                it.pop("vague", None)
    # "I've got one at eleven forty" ... "Perfect, you're booked in": a booking takes the time of the slot the agent
    # offered before it
    for n, it in enumerate(items):
        if it["when"] is None and any(lemma(t.lower_) in _BOOKING for t in found[n][1]):
            utt = found[n][0]
            before = [a for a in agent if a <= utt and ctx.utterances[utt].start - ctx.utterances[a].end
                      <= params["later_seconds"] and times.get(a)]
            # the latest turn with a time before the booking: "I've got Tuesday the ninth" ... "you're booked in.
            # We'll send a reminder the day before" (the reminder's time comes after it)
            slot = next(((a, s) for a, s in ((a, [t for t in times[a] if a != utt or t.end <= found[n][1].start])
                                             for a in reversed(before)) if s), None)
            if slot and not _past_period(ctx, slot[1][-1]):
                it["when"] = slot[1][-1].text
                it["when_given_at"] = ctx.utterances[slot[0]].start
                it.pop("vague", None)
    evidence = []
    for it in items:
        note = f"commitment \"{it['commitment']}\"" + (
            f", time frame \"{it['when']}\"" + (f" (given at {it['when_given_at']:.1f} s)" if "when_given_at" in it
                                                else "") if it["when"] is not None
            else f", only a vague time \"{it['vague']}\"" if "vague" in it else ", no time frame")
        evidence.append(ctx.evidence(it["utterance"], note=note))
    missing = [it for it in items if it["when"] is None]
    details = {"commitments": items}
    if missing:
        first = missing[0]
        return DetectorResult(
            "fail",
            f"{len(missing)} of {len(items)} commitment(s) gave no time frame, e.g. \"{first['commitment']}\""
            + (f" (\"{first['vague']}\" does not say when)" if "vague" in first else "")
            + "; say when it will happen (\"by Friday\", \"within 24 hours\").",
            tuple(evidence), details=details,
        )
    return DetectorResult(
        "pass",
        f"Every commitment ({len(items)}) said when it would happen, e.g. \"{items[0]['commitment']}\" "
        f"({items[0]['when']}).",
        tuple(evidence), details=details,
    )
