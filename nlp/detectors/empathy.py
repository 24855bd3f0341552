"""Empathy: when the customer states a problem that affects them or a negative
feeling, the agent acknowledges it with empathy at some point after it ("I'm
sorry to hear that", "I understand how frustrating...", "oh no", "that must
be...", "sorry again about the trouble", "that's not good at all").

A problem counts however it is phrased: a problem cue ("lost", "stolen",
"charged twice", "frustrated"), a failed outcome stated as a plain fact ("my
parcel never turned up", "I can't even see my booking", "the heating
stopped"), a clearly negative VADER score, or - with an embedding model - a
statement close to a problem example and not to a routine request. Routine
requests (checking a balance, ordering checks, updating an address) need no
empathy: N/A. Generic politeness ("sorry, what is the booking number?",
"sorry for the wait") is not empathy."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Mapping, Sequence

from nlp import semantic
from nlp.context import CallContext
from nlp.result import DetectorResult, Evidence
from nlp.semantic import problem_statements

LABEL = "Empathy"

PARAMS: dict[str, Any] = {
    "problem_cues": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "lost", "lose my", "stolen", "was stole", "charged twice", "double charged", "overcharged",
            "charged me", "not working", "does not work", "did not work", "is broken", "broke", "stopped working",
            "frustrated", "frustrating", "upset", "angry", "annoyed", "disappointed", "worried", "concerned",
            "ridiculous", "unacceptable", "terrible", "awful", "fraud", "scam", "identity theft", "unauthorized",
            "do not recognize", "do not recognise", "never received", "did not receive", "have not received",
            "has not arrived", "never arrived", "never got", "not shown up", "never showed up", "still has not",
            "still have not", "still not", "locked out", "locking me out", "lock me out", "can not log in",
            "can not access", "declined", "a mistake", "an error", "is wrong", "was wrong", "the wrong",
            "dispute", "complaint", "a problem with", "an issue with", "having trouble", "having problems",
            "never stayed", "did not make", "did not authorize", "someone used", "someone opened",
            "waiting for weeks", "been waiting", "third time", "again and again", "keeps happening", "keeps",
            "keep getting", "even though", "was charged", "been charged", "got charged", "charged a", "no signal",
            "dropping", "keeps dropping", "outage", "got cancelled", "was cancelled", "nobody told me",
            "no one told me", "does not make sense", "makes no sense", "still waiting", "double what",
            "twice what", "too high", "so high", "higher than", "fed up", "unbelievable", "embarrassing",
            "nobody has", "no one has", "accident", "shaken", "injured", "emergency", "passed away", "broken",
            # in hospital, not working at one ("I work shifts at the hospital")
            "in hospital", "in the hospital", "to hospital", "to the hospital", "from hospital", "from the hospital",
            "hospital bed", "hospitalised", "hospitalized",
            # nobody did what they should have ("nobody sent me a reminder", "nobody said a word to me")
            "nobody sent", "no one sent", "nobody said", "no one said", "nobody rang", "no one rang",
            "nobody called", "no one called", "nobody contacted", "no one contacted", "nobody warned",
            "no one warned", "nobody mentioned", "no one mentioned", "nobody let me", "no one let me",
            "turned me away", "turned us away", "sent me away", "swapped my", "substituted my",
            # ... and said as what has not happened, or a call back that never came ("nobody's called me",
            # "she said she'd call me straight back and she never did")
            "nobody's called", "no one's called", "nobody's rung", "no one's rung", "nobody's contacted",
            "no one's contacted", "nobody's been in touch", "no one's been in touch", "nobody's got back",
            "no one's got back", "never called back", "never called me back", "never rang back",
            "never rang me back", "never phoned back", "never phoned me back", "did not call back",
            "did not call me back", "did not ring back", "did not ring me back", "she never did", "he never did",
            "they never did",
            # part of an order missing ("I dropped off five shirts and there's only four in the bag")
            "there's only", "there is only", "only came", "only arrived", "only received", "only delivered",
            # bitten (a phrase, not the problem word "bite": "bit" is its past and "a bit" is everywhere)
            "bitten", "bite mark", "bite marks", "got bit", "was bit", "bit him", "bit her", "bit me",
            # failures stated as plain facts
            "stopped", "crashed", "crashing", "keeps crashing", "froze", "frozen", "failed", "rejected", "bounced",
            "leaking", "leak", "flooded", "disappeared", "vanished", "missing", "damaged", "faulty", "defective",
            "cracked", "smashed", "delayed", "hacked", "suspended", "blocked", "locked", "cut off", "cutting out",
            "cuts out", "dropped", "went out twice", "came out twice", "taken twice", "twice", "charged double",
            "double payment", "two payments", "wrong", "error message", "not happy", "not right", "not fair",
            "not acceptable", "not good enough", "not impressed", "no power", "no hot water", "no heating",
            "no internet", "no connection", "no service", "no electricity", "no access", "no one came",
            "nobody came", "nobody turned up", "no one turned up", "was late", "is late", "running late",
            "minutes late", "hours late", "days late", "arrived late", "paid twice", "been out since", "has been out",
            "power is out", "power went out", "went off", "spoiling", "spoiled", "spoilt", "ruined",
            "still charging", "still being charged", "keep charging", "wo not let me", "will not let me",
            "into my car", "hit my car", "crashed into", "reversed into", "backed into", "smashed into",
            "hanging off", "fell off", "came off", "broken into", "broke into", "burgled", "burglary",
            # more failures stated as facts: nothing came, prices jumped, water getting in
            "there is nothing here", "nothing here", "nothing came", "nothing arrived", "nothing has arrived",
            "nothing turned up", "no sign of", "still nothing", "is not there", "was not there", "not in the box",
            "gone up", "has gone up", "have gone up", "shot up", "doubled", "tripled", "water coming through",
            "water coming in", "coming through the ceiling", "dripping", "soaked", "says delivered",
            "been down", "is down", "was down", "keeps going down", "went down for", "was billed", "been billed",
            "billed me", "billed twice", "still billing", "took the money", "taken the money", "already cancelled",
            "already paid", "never been to", "never been there", "never heard of", "was not me", "not me",
            # paid less than owed ("two of my lads have been paid short", "I was underpaid")
            "paid short", "short paid", "underpaid", "under paid", "short changed", "shortchanged",
            "not been paid", "never been paid", "paid less than", "been paid less", "out of pocket",
            # frustration put as disbelief
            "are you serious", "you are joking", "you must be joking", "you are kidding", "you have got to be kidding",
            "this is a joke", "i can not believe", "i do not believe this", "waste of time", "on hold for",
            # nobody helping, and what stopped ("nobody here will help me", "it's gone stone cold")
            "nobody will help", "no one will help", "nobody here will help", "will not help me", "nobody is helping",
            "no one is helping", "nobody helped", "no one helped", "no heat", "not heating", "gone cold",
            "stone cold", "sick of", "had enough",
            # frustration said as what it does to the customer ("it's driving me mad")
            "driving me mad", "driving me crazy", "driving me insane", "driving me nuts", "driving me up the wall",
            "doing my head in", "does my head in", "at my wits end", "at my wit's end", "tearing my hair out",
            "pulling my hair out", "tired of", "so stressed", "really stressed", "stressing me out", "at the end of my tether",
            # slow as a failure ("my broadband's been crawling for days")
            "crawling", "painfully slow", "so slow", "really slow", "too slow",
        ],
        "description": "Customer phrases that describe a problem or a negative emotion "
        "(matched on normalised words, so \"doesn't\" = \"does not\").",
    },
    "problem_words": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            # damage and failure, in any form ("ripped", "tore", "smashed", "snapped off")
            "rip", "tear", "torn", "smash", "shatter", "crack", "snap", "scratch", "dent", "burst", "flood",
            "leak", "spill", "stain", "ruin", "damage", "steal", "crash", "collapse", "overflow",
            "explode", "swallow", "jam", "stuck", "mould", "mold", "infest", "soak", "drench", "scald", "burn",
            "overcharge", "refuse", "reject", "fail", "malfunction", "faulty", "defective",
            # what a device shows when it is broken ("it says key invalid", "a red fault light")
            "invalid", "error", "fault",
            # hurt and loss
            "injure", "hurt", "bleed", "die", "dead", "bereavement", "funeral", "headache",
            "migraine", "rash", "bruise", "sting", "vomit",
            # how the customer feels ("I could cry", "I'm livid")
            "cry", "tears", "furious", "livid", "fuming", "gutted", "devastated", "distraught", "panic",
            "panicking", "terrified", "scared", "frightened", "stressed", "anxious", "nervous", "desperate",
            "disgusted", "disgusting", "disgrace", "shocking", "appalling", "appalled", "useless", "hopeless",
            "rude", "dread", "dreading",
        ],
        "description": "Words (matched in any form, by lemma: \"ripped\" is \"rip\") that make a customer's "
        "statement a problem or a negative feeling, unless negated or asked about (\"it isn't damaged\", "
        "\"will it break?\"). Extend it with your products' failure words.",
    },
    "outcome_verbs": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "work", "arrive", "come", "turn", "show", "receive", "get", "see", "find", "load", "open", "connect",
            "go", "switch", "start", "log", "access", "sign", "use", "print", "deliver", "respond", "answer",
            "fix", "refund", "appear", "recognise", "recognize", "authorise", "authorize", "order", "make",
            "buy", "let", "update", "reach", "hear", "charge", "boot", "power", "send", "process", "clear",
        ],
        "description": "Verbs (lemmas) of expected outcomes: a customer negating one states a problem as a "
        "fact (\"it never arrived\", \"I can't see my booking\", \"it won't switch on\").",
    },
    "sentiment_threshold": {
        "type": "number", "minimum": -1, "maximum": 0, "default": -0.5,
        "description": "A customer turn with a VADER compound score at or below this also needs empathy.",
    },
    "problem_examples": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "I was charged twice", "I've been charged for something I didn't buy",
            "there's a payment on my account I don't recognise", "my order never arrived",
            "the delivery hasn't come", "it stopped working", "it's broken", "it doesn't work anymore",
            "I can't log in to my account", "my card was declined", "I lost my card", "my wallet was stolen",
            "someone used my card", "the bill is much higher than it should be", "you sent me the wrong item",
            "my flight was cancelled", "nobody turned up for the appointment", "I've been waiting for weeks",
            "the service keeps cutting out", "there's no power in my house", "the water is leaking",
            "my booking has disappeared", "the refund never came through", "I'm really frustrated",
            "I'm worried about this", "this is unacceptable", "the app keeps crashing", "the package was damaged",
            "I was overcharged", "my account has been locked", "the item I received is scratched and damaged",
            "what you delivered is the wrong size", "my bill is far more than usual", "there's something wrong with my order",
            "it has been out of order for days", "I've been cut off", "someone crashed into my car",
            "water is coming through the ceiling", "it arrived in pieces", "the screen is cracked",
            "money has been taken from my account", "the price has gone up a lot",
            "it says delivered but it isn't here",
            "my internet has been down for days", "I was billed for something I cancelled",
            "I've been paid less than I'm owed",
        ],
        "description": "With an embedding model: example problem statements; a customer sentence at least "
        "problem_similarity close to one (and problem_margin closer than to any routine example) needs empathy.",
    },
    "routine_examples": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "I'd like to check my balance", "I want to pay a bill", "I need a new checkbook",
            "I'd like to transfer money between my accounts", "I want to update my address",
            "I'd like to reset my password", "what are your opening hours", "I'd like to book an appointment",
            "I want to order a new card", "can I change my phone number", "I'd like to open a savings account",
            "my name is John Smith", "my address is twelve main street", "the amount is fifty dollars",
            "no that's all thank you", "yes that's correct", "I'd like to make a payment", "I want to upgrade my plan",
            "can you tell me my account number", "I'm calling to ask a question about my statement",
            "I'd like to add a person to my account", "I want to cancel my subscription",
            "I'd like to set up a direct debit", "can you tell me what this transaction is for",
            "I want to know when my delivery is due",
            "I missed a delivery and want to rearrange it", "I'd like to reschedule my appointment",
            "I need a repeat prescription", "I'm moving house and need to update my details",
        ],
        "description": "With an embedding model: routine requests that need no empathy, the contrast for "
        "problem_examples.",
    },
    "problem_similarity": {
        "type": "number", "minimum": 0, "maximum": 1, "default": 0.5,
        "description": "With an embedding model: cosine similarity to a problem example that makes a problem.",
    },
    "problem_margin": {
        "type": "number", "minimum": 0, "maximum": 1, "default": 0.15,
        "description": "With an embedding model: how much closer to a problem example than to a routine one.",
    },
    "empathy_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "sorry to hear", "so sorry", "very sorry", "really sorry", "terribly sorry", "truly sorry",
            "i am sorry about that", "sorry about that", "sorry for the trouble", "sorry for the inconvenience",
            "apologize for the inconvenience", "apologise for the inconvenience", "i apologize for",
            "i apologise for", "sorry that happened", "sorry that you", "i am sorry you", "i am sorry that",
            "understand how frustrating", "understand how you feel", "understand your frustration",
            "understand your concern", "i completely understand", "i totally understand", "i can understand",
            "i understand that must", "i understand how", "i can imagine", "can only imagine", "i can see why",
            "that must be", "that must have been", "must be frustrating", "must be stressful", "must be worrying",
            "sounds frustrating", "sounds stressful", "sounds awful", "how frustrating", "how stressful",
            "what a hassle", "oh no", "ah no", "aw no", "aww no", "ahh no", "that is terrible", "that is awful", "that is not good",
            "that's terrible", "that's awful", "that's not good", "that's horrible", "that's a shame",
            "that's a pain", "that's so annoying", "that's really annoying", "that's not on", "that's not right",
            "that's not ideal", "that's rubbish", "that is a shame", "oh dear", "what a shame", "what a pain",
            "what a nightmare", "how annoying", "how awful", "how horrible", "apologies for the trouble",
            "i know how frustrating", "i know that is frustrating", "i hear you", "i would be upset too",
            "i would feel the same", "thank you for your patience with this", "let us get this sorted",
            "we will get this sorted", "i will make sure we fix", "do not worry", "no need to worry",
            "frustrating", "stressful", "worrying", "upsetting", "annoying", "inconvenient", "scary",
            "disappointing", "a disappointment",
            "glad you are safe", "glad you are okay", "are you okay", "are you alright",
            # brief acknowledgements ("that's completely understandable", "I know waiting is horrible")
            # ("is that understandable?" asks whether the customer followed; "not a worry" is "no problem")
            "completely understandable", "totally understandable", "perfectly understandable",
            "really understandable", "very understandable", "that is understandable", "that's understandable",
            "it is understandable", "it's understandable", "understandable that", "i completely get",
            "i totally get", "i get why", "anyone would", "horrible", "awful", "rotten", "dreadful", "nightmare",
            "unsettling", "distressing", "that is a worry", "that's a worry", "what a worry", "such a worry",
            "a horrible worry", "a big worry", "a real worry", "poor you", "what a hassle",
            # the worry made normal ("that's a really common worry", "lots of people worry about that")
            "common worry", "common concern", "understandable worry", "understandable concern", "a fair worry",
            "a fair concern", "a real concern", "lots of people worry", "a lot of people worry",
            "many people worry", "you are not the only one", "you are not alone",
            # what the thing means to the customer ("I understand, love, that ring obviously means a lot")
            "means a lot", "mean a lot", "means so much", "mean so much", "means the world",
            "that is a lot to deal with", "that is not what you need",
            # hearing the customer's feelings ("I can hear how worried you are", "that's been weighing on you")
            "i can hear that", "i can hear how", "i can hear this", "i can tell how", "i can tell this has",
            "i can tell this is", "i can tell that has", "i can tell that is", "i can tell that's",
            "been on your mind", "weighing on you", "weighing on your mind", "playing on your mind",
            "preying on your mind", "that's a nuisance", "what a nuisance", "that is a nuisance",
            # a positive word negated ("that can't have been easy", "that's no fun") and exclamations
            "can not have been easy", "can not be easy", "must not be easy", "not been easy", "not easy for you",
            "that is no fun", "that's no fun", "the last thing you need", "a lot on your plate", "oh gosh",
            "oh goodness", "oh my goodness", "good grief",
            # pity for the customer or the one they called about ("oh, poor thing", "poor little mite")
            "poor thing", "poor things", "poor love", "poor soul", "poor little", "poor old", "you poor",
            "poor lad", "poor girl", "poor boy", "poor baby", "poor dog", "poor cat", "poor mite",
            "sorry", "i am sorry", "i apologize", "i apologise", "my apologies", "apologies",
            "i do apologise", "i do apologize", "we do apologise", "we do apologize",
        ],
        "description": "Agent phrases that acknowledge the customer's problem or feelings. A \"sorry\" "
        "that asks to repeat or excuses a wait (\"sorry, could you repeat that?\", \"sorry for the wait\") "
        "does not count.",
    },
    "empathy_examples": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "I'm so sorry to hear that", "that must be really frustrating", "oh no, that's awful",
            "I understand how worrying that is", "I apologise for the trouble this has caused",
            "I'm sorry you've had to deal with this", "that's not good at all", "I can imagine how stressful that is",
            "sorry about all the hassle", "that sounds really annoying", "I'd be upset too",
            "that's completely understandable", "I know how horrible waiting is", "what a rotten thing to happen",
            "I completely get why you're worried",
        ],
        "description": "With an embedding model: example acknowledgements; an agent sentence at least "
        "empathy_similarity close to one (and empathy_margin closer than to any polite example) is empathy.",
    },
    "polite_examples": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "sorry, could you repeat that", "sorry, what is your account number", "sorry for the wait",
            "thank you for holding", "sorry, I didn't catch that", "sorry, can I take your name",
            "okay, let me look into that", "no problem", "thank you for calling",
            "please don't apologise", "no worries at all", "take your time", "I wouldn't worry about that",
            "is that understandable", "does that make sense", "that's not a worry at all",
        ],
        "description": "With an embedding model: generic politeness that is not empathy, the contrast for "
        "empathy_examples.",
    },
    "empathy_similarity": {
        "type": "number", "minimum": 0, "maximum": 1, "default": 0.6,
        "description": "With an embedding model: cosine similarity to an empathy example that counts.",
    },
    "empathy_margin": {
        "type": "number", "minimum": 0, "maximum": 1, "default": 0.1,
        "description": "With an embedding model: how much closer to an empathy example than to a polite one.",
    },
    "within_agent_turns": {
        "type": "integer", "minimum": 0, "default": 0,
        "description": "The acknowledgement must come in this many agent turns after the customer's words "
        "(0: at any point after them, as the rubric says).",
    },
    "min_problem_words": {
        "type": "integer", "minimum": 1, "default": 3,
        "description": "Content words a customer statement needs to count as the problem an agent's empathy "
                       "answered, when no cue or rule found a problem before that empathy.",
    },
    "max_missed": {
        "type": "integer", "minimum": 0, "default": 0,
        "description": "How many moments needing empathy may go unacknowledged before the criterion fails.",
    },
}


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    utts = ctx.utterances
    problems = problem_statements(
        ctx, cues=params["problem_cues"], outcome_verbs=params["outcome_verbs"],
        sentiment_threshold=params["sentiment_threshold"], examples=params["problem_examples"],
        routine=params["routine_examples"], similarity=params["problem_similarity"], margin=params["problem_margin"],
        problem_words=params["problem_words"])
    method = "with sentence embeddings" if ctx.encoder is not None else \
        "by phrase and rule matching only (no embedding model configured)"
    acknowledgements: dict[int, Evidence] = {}
    strong: set[int] = set()  # acknowledgements that are more than a bare "sorry"
    spoken = spoken_spellings(params["empathy_phrases"])
    for m in ctx.find(list(spoken), speaker="agent"):
        phrase = spoken[m.phrase]  # "thats no fun" is "that's no fun" as speech recognition writes it
        if _polite_sorry(ctx, m, phrase):
            continue
        if m.utterance not in acknowledgements:
            acknowledgements[m.utterance] = ctx.match_evidence(m, "empathy")
        if phrase not in _BARE_SORRY:
            strong.add(m.utterance)
    for i, ev in evaluative_remarks(ctx).items():
        acknowledgements.setdefault(i, ev)
        strong.add(i)
    if ctx.encoder is not None:
        examples = params["empathy_examples"]
        for sm in semantic.similar_segments(ctx, examples, threshold=params["empathy_similarity"], speaker="agent",
                                            contrast=params["polite_examples"], margin=params["empathy_margin"]):
            if sm.segment.utterance not in acknowledgements:
                acknowledgements[sm.segment.utterance] = ctx.segment_evidence(
                    sm.segment, f"empathy, {semantic.match_note(sm, examples)}")
            strong.add(sm.segment.utterance)
    first_ack = min(strong, default=None)
    if first_ack is not None and (not problems or min(problems) > first_ack):
        # the agent's empathy answers something no cue or rule saw as a problem ("someone's been using
        # my card" -> "oh I'm so sorry"): the customer's statement just before it needed the empathy
        prior = [j for j in ctx.indices("customer")
                 if j < first_ack and len(semantic.content_of(utts[j].text)) >= params["min_problem_words"]]
        if prior:
            j = prior[-1]
            problems = {j: semantic.ProblemStatement(
                j, "answered with empathy by the agent",
                ctx.evidence(j, note="the customer's problem (the agent answered it with empathy)"))} | problems
    if not problems:
        return DetectorResult("na", "The customer described no problem and showed no negative emotion, "
                              f"so no empathy was needed (checked {method}).",
                              details={"method": semantic.method_of(ctx)})

    agent = ctx.indices("agent")
    n_turns = params["within_agent_turns"]

    # moments that need empathy: a customer problem and the ones that follow it
    # before its window of agent turns has passed are one moment
    moments: list[dict[str, Any]] = []
    for p in problems.values():
        if moments and p.utterance <= moments[-1]["window_end"]:
            moments[-1]["triggers"].append(p)
            continue
        later = [a for a in agent if a > p.utterance]
        if n_turns:
            later = later[:n_turns]
        moments.append({"first": p.utterance, "why": p.why, "triggers": [p], "window": later,
                        "window_end": later[-1] if later and n_turns else len(utts)})
    missed, met, evidence = [], [], []
    for mo in moments:
        # an acknowledgement anywhere from the first trigger to the end of the window counts
        hit = next((acknowledgements[a] for a in sorted(acknowledgements)
                    if mo["first"] < a <= mo["window_end"]), None)
        evidence.append(mo["triggers"][0].evidence)
        if hit is not None:
            met.append(mo)
            evidence.append(hit)
        else:
            missed.append(mo)
            if mo["window"]:
                evidence.append(ctx.evidence(mo["window"][0], note="no acknowledgement of the customer's problem"))
    details = {"moments": len(moments), "acknowledged": len(met), "missed": len(missed),
               "method": semantic.method_of(ctx),
               "triggers": [{"utterance": p.utterance, "why": p.why} for p in problems.values()]}
    window = f"in the next {n_turns} agent turn(s)" if n_turns else "afterwards"
    if len(missed) > params["max_missed"]:
        first = missed[0]
        quoted = utts[first["first"]].text
        return DetectorResult(
            "fail",
            f"The customer needed empathy {len(moments)} time(s) and the agent acknowledged {len(met)}; "
            f"e.g. \"{_short(quoted)}\" ({first['why']}) got no acknowledgement {window}.",
            tuple(evidence), details=details,
        )
    return DetectorResult(
        "pass",
        f"The agent acknowledged the customer's problem or feelings each time it was needed ({len(met)} of "
        f"{len(moments)}).",
        tuple(evidence), details=details,
    )


# contractions as speech recognition and lower-case transcripts write them: the tokenizer splits "thats" and
# "im" into "that" "s" and "i" "m", whose norms are not those of "that's" / "I'm"
_SPOKEN = (("that's", "thats"), ("that is", "thats"), ("it's", "its"), ("it is", "its"), ("what's", "whats"),
           ("what is", "whats"), ("there's", "theres"), ("i'm", "im"), ("i am", "im"))
_SPOKEN_PATTERNS = tuple((re.compile(rf"(?<![\w']){re.escape(a)}(?![\w'])"), b) for a, b in _SPOKEN)


@lru_cache(maxsize=64)
def _spoken_spellings(phrases: tuple[str, ...]) -> dict[str, str]:
    out = {p: p for p in phrases}
    for p in phrases:
        variant = p.lower()
        for pattern, spoken in _SPOKEN_PATTERNS:
            variant = pattern.sub(spoken, variant)
        out.setdefault(variant, p)
    return out


def spoken_spellings(phrases: Sequence[str]) -> dict[str, str]:
    """``phrases`` and each one as a transcript without apostrophes writes it ("that's no
    fun" -> "thats no fun", "i am so sorry" -> "im so sorry"): phrase -> the phrase it spells."""
    return _spoken_spellings(tuple(phrases))


# a "sorry" followed by these is politeness, not empathy ("sorry, could you repeat that?")
_POLITE_NEXT = {"could", "can", "would", "will", "what", "say", "pardon", "when", "where", "who", "which", "is",
                "go", "excuse", "one", "hold", "wait", "to", "come", "repeat", "did", "again"}
_POLITE_NEXT2 = {("i", "did"), ("i", "missed"), ("i", "can"), ("i", "could"), ("i", "was"), ("i", "meant"),
                 ("i", "do"), ("i", "mean"), ("you", "cut"), ("you", "broke")}
_BARE_SORRY = {"sorry", "i am sorry", "i apologize", "i apologise", "my apologies", "apologies"}
# apologies that name what they are for: politeness when that is the agent's own wait
_APOLOGY_FOR = {"i apologize for", "i apologise for"}
_WAIT_WORDS = {"wait", "waiting", "hold", "holding", "keeping", "interrupting", "silence"}


def _polite_sorry(ctx: CallContext, m, phrase: str) -> bool:
    """True when a bare "sorry" (``phrase``, the list's spelling of match ``m``) asks to
    repeat, corrects the agent or excuses a wait."""
    if phrase in _APOLOGY_FOR:
        # "I apologise for the wait" excuses the agent; "I apologise for the mix-up" is empathy
        rest = [t.norm_ for t in m.span.doc[m.span.end : m.span.end + 4] if ctx.utterance_of_token(t.i) == m.utterance]
        return any(w in _WAIT_WORDS for w in rest)
    if phrase not in _BARE_SORRY:
        return False
    before = [t.norm_ for t in m.span.doc[max(0, m.span.start - 2) : m.span.start]
              if ctx.utterance_of_token(t.i) == m.utterance and not t.is_punct]
    if before[-1:] == ["or"] or before[-2:] == ["or", "i"]:
        return True  # "nine thirty or, sorry, nine fifteen": the agent correcting themself
    nxt = [t.norm_ for t in m.span.doc[m.span.end : m.span.end + 5]
           if ctx.utterance_of_token(t.i) == m.utterance and not t.is_punct][:3]
    if nxt[:1] == ["again"] and nxt[1:2] in (["for"], ["about"]):
        nxt = nxt[1:]  # "sorry again about the trouble" is "sorry about the trouble" said twice
    if nxt and nxt[0] in ("for", "about"):
        # "sorry for the wait" excuses the agent; "sorry about the delay with your refund" is empathy
        rest = nxt[1:] + [t.norm_ for t in m.span.doc[m.span.end + 3 : m.span.end + 6]
                          if ctx.utterance_of_token(t.i) == m.utterance]
        return any(w in _WAIT_WORDS for w in rest)
    return bool(nxt) and (nxt[0] in _POLITE_NEXT or tuple(nxt[:2]) in _POLITE_NEXT2)


# an evaluative remark on the customer's situation: a subject, a verb that evaluates, intensifiers, then
# a word VADER's lexicon scores negative ("that sounds exhausting", "that must be so hard", "that's a real
# nightmare", "what a horrible thing")
_REMARK_SUBJECTS = {"that", "this", "it"}
_SENSE, _MODAL, _COPULA = "sense", "modal", "copula"
_REMARK_VERBS = {"sounds": _SENSE, "sound": _SENSE, "seems": _SENSE, "must": _MODAL, "'s": _COPULA, "s": _COPULA,
                 "is": _COPULA, "was": _COPULA}
_REMARK_SKIP = {"be", "been", "have", "'ve", "really", "so", "very", "quite", "such", "a", "an", "absolutely",
                "incredibly", "pretty", "just", "real", "truly", "awfully", "terribly", "extremely", "utterly",
                "genuinely", "particularly", "properly", "proper", "rather", "totally", "completely", "bit",
                "little", "most", "all", "horribly", "massively", "seriously", "super", "even", "more", "also"}
# what makes "that's a <noun>" a feeling remark ("that's a real pain", "what an awful morning")
_INTENSIFIERS = _REMARK_SKIP - {"a", "an", "be", "been", "have", "'ve", "all", "more", "also", "most", "even"}
# negative words that state a fact rather than feel for the customer ("that's a fault on the line", "it
# must be fraud", "that's the wrong one"): a diagnosis, not empathy
_FACT_WORDS = {"problem", "problems", "fault", "faults", "error", "errors", "fraud", "fraudulent", "scam", "theft",
               "wrong", "broken", "damage", "damaged", "fail", "failed", "failure", "lost", "stolen", "missing",
               "delay", "delayed", "cancel", "cancelled", "canceled", "mistake", "mistakes", "risk", "loss",
               "lose", "odd", "weird", "strange", "dead", "blame", "illegal", "unauthorized", "unauthorised",
               "debt", "overdue", "penalty", "fine", "leak", "leaking", "unfortunately", "low", "limited", "stuck", "empty",
               "pending", "no", "not", "never", "limit", "limited", "declined", "block",
               "blocked", "suspended", "expired", "disconnected", "outage", "down", "late", "charged", "fee"}
# how negative a word must be: after "sounds"/"must be" any negative word ("that must be hard"); after a
# bare copula a clearly negative one ("that's awful", "that's tough"; not "that's serious")
_REMARK_VALENCE = {_SENSE: 0.0, _MODAL: 0.0, _COPULA: -0.45}


def evaluative_remarks(ctx: CallContext) -> dict[int, Evidence]:
    """Agent utterances that remark on the customer's situation with a negative
    evaluation, by utterance: "that sounds exhausting", "that must have been scary",
    "that's a real pain", "what a horrible thing to happen". The evaluating word is any
    word VADER's lexicon scores negative, so the remark need not be on a list; negative
    words that diagnose ("that's a fault on the line", "it must be fraud") and negated
    remarks ("that's not bad") are not empathy, nor is "it's ..." (a fact about the thing)."""
    from nlp.sentiment import get_analyzer

    lexicon = get_analyzer().lexicon
    cols = ctx.tokens
    out: dict[int, Evidence] = {}
    for i in ctx.indices("agent"):
        span = ctx.docs[i]
        norms = cols.norm[span.start : span.end]
        punct = cols.is_punct[span.start : span.end]
        for k, w in enumerate(norms):
            article_ok = False
            if w == "what" and norms[k + 1 : k + 2] in (["a"], ["an"]):
                kind, j, article_ok = _COPULA, k + 2, True  # "what a grim week you've had"
            elif w in _REMARK_SUBJECTS and k + 1 < len(norms) and norms[k + 1] in _REMARK_VERBS:
                kind, j = _REMARK_VERBS[norms[k + 1]], k + 2
                if kind == _COPULA and w == "it":
                    continue  # "it's broken", "it was late": a fact about the thing
                if kind == _MODAL and norms[j : j + 1] not in (["be"], ["'ve"], ["have"]):
                    continue  # "that must be ..." / "that must have been ...", not "that must go back"
            else:
                continue
            if kind == _SENSE and norms[j : j + 1] == ["like"]:
                j += 1  # "that sounds like a really tough week"
            skipped = j
            while j < len(norms) and not punct[j] and norms[j] in _REMARK_SKIP:
                j += 1
            if kind == _COPULA and not article_ok and {"a", "an"} & set(norms[skipped:j]) \
                    and not _INTENSIFIERS & set(norms[skipped:j]):
                continue  # "that's a leak": a noun that classifies the problem, unless "a real pain"
            if j >= len(norms) or punct[j] or norms[j] in _FACT_WORDS or norms[j + 1 : j + 2] == ["to"]:
                continue  # "that's hard to say" judges a question, not the customer's situation
            valence = lexicon.get(norms[j])
            if valence is not None and valence < _REMARK_VALENCE[kind]:
                remark = ctx.doc[span.start + k : span.start + j + 1]
                out[i] = ctx.evidence(i, span=remark, note=f"empathy: a remark on the customer's situation "
                                                           f"(\"{remark.text}\")")
                break
    return out


def _short(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"
