"""Negative language (RUBRIC.md): agent utterances that shut the customer down.

Flagged, each with the positive alternative to suggest:

- **not knowing**: "I don't know", "I have no idea" (not the polite question
  "I don't know if you've tried..."); "I'm not sure" when no offer to find out
  follows in the same or the agent's next turn;
- **refusals** with no alternative offered in the same turn:
  "I can't / we can't / cannot / unable to / won't be able to", "not possible",
  "we don't do that", "there's nothing I can do", "that's just how it is",
  "it's (our) policy" used to refuse, sending the customer elsewhere ("you'd need
  to call someone else"), and a bare "no" answering a request;
- **dismissive** phrases, always: "calm down", "that's not my department/job";
- **demands**: "you have to...", "you'll have to...", "you must...", "you need to..."
  (not "you'll need to" or "you just need to", neutral instructions).

Not flagged: "no problem", "no worries", a "no" that answers a question or a
statement ("no, you don't owe anything"), a limit stated with an alternative
("we can't do X, but what I can do is Y"), "I can't hear you", a negation in a
question or a condition ("if we can't reach you...", "you can't log in?"), and
the customer's own situation read back ("so you can't see the payment", "so the
crew haven't arrived and you've got to be out by two" after the customer's "we've
got to..."). An offer made only after the customer reacted to a limit ("Right.")
is not with it, unless the reply carries the limit on ("but...", "what I can do...").

The rules read normalised words (:mod:`nlp.refusals`). With a trained spaCy
pipeline the dependency parse also tells a determiner "no" ("no record of it")
from an interjection ("no, we can't").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from nlp import semantic
from nlp.context import CallContext
from nlp.refusals import SpeakerWords, Words, customer_turn_before, phrase_pattern, speaker_words, window, words_of
from nlp.result import DetectorResult, Evidence

LABEL = "Positive language"

SUGGEST = {
    "dont_know": "Let me find out for you.",
    "uncertain": "Let me check that for you.",
    "refusal": "What I can do is...",
    "policy": "Explain the reason and what you can do: 'To protect your account we..., what I can do is...'",
    "deflection": "Let me connect you with the team that handles this.",
    "dismissive": "I understand how frustrating this is; let's sort it out together.",
    "demand": "The quickest way is to... / Could you please...",
    "bare_no": "What I can do is...",
}

DEFAULT_DONT_KNOW = [
    "i have no idea", "no idea", "no clue", "not a clue", "i would not know", "who knows", "beats me",
    "your guess is as good as mine", "i have not got a clue",
]
DEFAULT_UNCERTAIN = [
    "i could not say", "i can not say", "i could not tell", "hard to tell", "i would not be able to say",
    "i could not tell you", "hard to say", "i can not say for sure", "i can not tell you for sure",
    "i can not be sure", "i can not be certain",
]
DEFAULT_REFUSALS = [
    "are what they are", "is not going to change anything", "not eligible", "ineligible", "not in a position to",
    "can not help you", "can not do that", "out of the question", "absolutely not", "definitely not", "not possible",
    "not an option", "there is no way", "no way to", "no way of", "no way for", "no way around", "not allowed",
    "not permitted", "not authorized", "not authorised", "out of my hands", "my hands are tied",
    "it can not be helped", "nothing to be done", "that is just how it is", "that is just the way it is",
    "that is the way it is", "that is how it is", "it is what it is", "that is just how it works",
    "that is just the way it works", "that is just how things are", "it is just how it is",
    "that is just the way things are", "we do not make exceptions", "i do not make the rules", "we do not do that",
    "not something we do", "not something we offer", "not something we can do", "not something i can do",
    "not something we are able to do", "not something i am able to do", "we do not offer that",
    "we do not allow that", "we are not able", "i am not able", "we are unable", "i am unable", "unable to",
    "not be possible", "not going to be possible", "not going to happen", "not going to work",
    "that is not how it works", "no can do", "afraid not", "no way around it", "there is no way around", "no refunds",
    "no exceptions", "no returns",
]
DEFAULT_DISMISSIVE = [
    "calm down", "settle down", "stop shouting", "stop yelling", "stop screaming", "no need to shout",
    "no need to yell", "lower your voice", "not my department", "not my job", "not my problem",
    "it is not me that does", "it is not me who does", "it is not me that deals", "it is not me who deals",
    "it is not me that handles", "it is not me who handles",
    "not my responsibility", "not my fault", "not my concern", "not my area", "not our problem", "not our fault",
    "not our department", "not our concern", "not our job", "take it up with", "that is your problem",
    "they will tell you the same thing", "they will say the same thing", "above my pay grade", "i just work here",
    "you should have read", "you should have called", "you should have checked", "you should have told",
    "you should have contacted", "you should have reported", "you should have let us know", "that is your fault",
    "it is your fault", "your own fault", "you were supposed to", "what is your problem", "you are wrong",
    "that is not my fault", "it will not make a difference", "it would not make a difference", "no need to get upset",
    "no need to be rude", "no need to get angry", "no need to raise your voice",
]
DEFAULT_DEFLECTIONS = [
    "not the right person", "the wrong department", "wrong number for that", "you would have to ring",
    "you would need to ring", "you will have to ring", "you would have to phone", "you would have to email",
    "you would have to go to", "you would need to go to", "you will have to call", "you will have to contact",
    "you might have to call", "call someone else", "call somebody else", "speak to someone else",
    "talk to someone else", "ask someone else", "try someone else", "that is a different department",
    "that is another department", "it is a different department", "that is a separate department",
    "we do not handle that", "we do not deal with that", "we do not handle those", "that is not handled here",
    "that is not us", "not something we handle", "not something we deal with", "you would need to call",
    "you would have to call", "you would need to contact", "you would have to contact", "you would need to speak to",
    "you would have to speak to", "you will need to call someone", "you will need to contact someone",
]
DEFAULT_ALTERNATIVES = [
    "what i can do", "what we can do", "what you can do", "but i can", "but we can", "but you can", "instead",
    "alternatively", "another option", "other option", "one option", "an option", "the option", "other options",
    "the best way", "the best thing", "the good news", "happy to", "glad to", "i would be happy", "i would be glad",
    "i would suggest", "i suggest", "i would recommend", "i recommend", "would you like me to", "would you like to",
    "do you want me to", "shall i", "how about", "what about", "i can offer", "we offer", "we do offer",
    "there is a way", "find out", "look into", "check on", "check with", "check for you", "look it up",
    "double check", "one moment", "bear with me", "give me a second", "give me a moment", "give me a minute",
    "transfer you", "connect you", "put you through", "escalate", "get back to you", "call you back",
    "submit a request", "file a", "open a case", "open a claim", "open a dispute", "raise a", "a supervisor",
    "my supervisor", "a manager", "my manager", "is available", "are available", "you are able to",
    "you will be able to", "go ahead and", "you will need to", "you just need to", "all you need to",
    "all you have to",
    # where else to go and what would suit ("your home insurance might, it's worth a ring", "the firm we
    # use is ...", "the Sunday class would suit her"; "I'd love to get you back in" is in _CAN_DO)
    "worth a ring", "worth a call", "worth a try", "worth trying",
    "worth asking", "worth checking", "the firm we use", "the company we use", "the people we use", "we work with",
    "would suit",
    # another slot or thing on offer ("we can't do Saturdays, but we've got a Friday at eight")
    "but we have got", "but i have got", "but we have a", "but i have a", "but we do have", "but i do have",
    "but there is a", "but there's a",
]
DEFAULT_EXCEPTIONS = [
    "i can not hear", "i can not see", "i can not thank", "i can not believe", "i can not wait", "i can not imagine",
    "i can not stress", "i can not complain", "can not go wrong", "can not miss it", "can not beat", "can not hurt",
    "i can not find", "we can not find", "i can not locate", "we can not locate", "i can not understand",
    "i can not make out", "i can not remember", "i can not recall", "i can not read", "i can not emphasize",
    "i can not express", "i can not say enough", "i can not help but", "i can not apologize enough",
    "can not be right", "can not be true", "can not be correct", "can not be the case", "can not be easy",
    "can not be fun", "can not be good", "unable to hear", "unable to see", "not able to see", "not able to hear",
    "not able to find", "unable to find", "unable to locate", "not able to locate", "unable to pull up",
    "not able to pull up", "i could not agree more",
]
DEFAULT_REQUESTS = [
    "can you", "could you", "would you", "will you", "can i get", "can i have", "can i speak", "can i talk",
    "could i get", "could i have", "could i speak", "may i speak", "may i have", "can we", "could we",
    "is it possible", "would it be possible", "is there any way", "is there a way", "any chance", "i want",
    "i would like", "i need", "please", "i was hoping", "are you able", "can not you", "could not you", "why can not",
    "i am asking", "waive", "refund", "cancel", "reverse", "i would appreciate", "is it okay if", "can it be",
    "do me a favor", "make an exception", "remove the", "take off", "put me through", "transfer me", "send me",
    "give me", "let me speak", "let me talk", "get me", "can not i", "could not i", "can i just", "could i just",
    "can i do", "can i pay", "can i cancel", "can i change", "can i return", "can i switch", "can i move",
    "can i upgrade", "can i bring", "can i book", "can i extend", "can i transfer", "can i keep", "can i exchange",
    "can i swap", "can i reschedule", "can i postpone", "can i skip", "can i make", "could i switch",
    "could i change", "could i move", "could i pay", "could i return", "i can not get", "i can not have",
    "any way around", "discount", "compensation", "price match", "goodwill",
    # a plea ("not even if she's ill?", "is there really nothing you can do?")
    "not even", "is there nothing", "is there really nothing", "surely you can", "surely you could",
    # what the customer asks the agent's people to do ("can they take the old mattress as well")
    "can they take", "could they take", "can they do", "could they do", "can they come", "could they come",
    "can they fix", "could they fix", "can they bring", "could they bring", "can they collect",
    "could they collect", "can someone", "could someone",
]

_PHRASE_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}

PARAMS: dict[str, Any] = {
    "dont_know_phrases": _PHRASE_LIST | {
        "default": DEFAULT_DONT_KNOW,
        "description": "Phrases of not knowing, always flagged (besides \"I don't know\" itself, with any "
        "adverb: \"I honestly don't know\"; the polite question \"I don't know if you've...\" is not flagged).",
    },
    "uncertain_phrases": _PHRASE_LIST | {
        "default": DEFAULT_UNCERTAIN,
        "description": "Phrases of uncertainty (besides \"I'm not sure\"), flagged unless the agent offers to "
        "find out in the same or the next turn.",
    },
    "refusal_phrases": _PHRASE_LIST | {
        "default": DEFAULT_REFUSALS,
        "description": "Limits and refusals (besides \"I/we can't\", \"won't be able to\" and \"it's our "
        "policy\"), flagged unless an alternative is offered in the same or the agent's next turn.",
    },
    "deflection_phrases": _PHRASE_LIST | {
        "default": DEFAULT_DEFLECTIONS,
        "description": "Sending the customer elsewhere, flagged unless an alternative (a transfer, a number, "
        "what the agent can do) is offered in the same or the agent's next turn.",
    },
    "dismissive_phrases": _PHRASE_LIST | {
        "default": DEFAULT_DISMISSIVE,
        "description": "Phrases that are always negative (\"calm down\", \"that's not my department\").",
    },
    "flag_demands": {
        "type": "boolean", "default": True,
        "description": "Flag \"you have to / you'll have to / you must / you need to...\" used as a demand "
        "(not in a question or condition; \"you'll need to\" and \"you just need to\" are neutral instructions).",
    },
    "alternative_phrases": _PHRASE_LIST | {
        "default": DEFAULT_ALTERNATIVES,
        "description": "Phrases that offer an alternative or a way forward (besides \"I/we/you can...\", "
        "\"I'll...\", \"let me...\"); one in the same or the agent's next turn excuses a refusal, an "
        "\"I'm not sure\" or a bare \"no\". \"Is there anything else I can help with\" is not one.",
    },
    "alternative_in_next_turn": {
        "type": "boolean", "default": False,
        "description": "Also accept an alternative in the agent's next turn when the customer only reacted in "
        "between (never when they had to ask \"so what can I do?\" or moved on to something else). Off by "
        "default: RUBRIC.md excuses a limit stated together with an alternative, in the same turn (a "
        "customer's \"mm-hmm\" while the agent speaks does not end the turn; a new offer after the customer "
        "reacted to the limit is not with it, unless it carries the limit on: \"but...\", \"what I can do...\").",
    },
    "exceptions": _PHRASE_LIST | {
        "default": DEFAULT_EXCEPTIONS,
        "description": "Longer phrases that contain a negative phrase but are fine (\"I can't hear you\", "
        "\"I can't find your account\", \"that can't be right\").",
    },
    "flag_bare_no": {
        "type": "boolean", "default": True,
        "description": "Flag a bare \"no\" that refuses a request without offering an alternative.",
    },
    "request_phrases": _PHRASE_LIST | {
        "default": DEFAULT_REQUESTS,
        "description": "What makes the customer's turn a request, so that the agent's \"no\" refuses it (a "
        "\"no\" answering any other question or statement is an answer).",
    },
    "phrases": {
        "type": "array",
        "items": {
            "type": "object", "required": ["phrase", "suggestion"], "additionalProperties": False,
            "properties": {"phrase": {"type": "string", "minLength": 1}, "suggestion": {"type": "string"}},
        },
        "default": [],
        "description": "Extra phrases always flagged, each with the positive alternative to suggest "
        "(contractions and spellings match alike: 'don't' = 'do not' = 'dont').",
    },
    "no_suggestion": {
        "type": "string", "default": SUGGEST["bare_no"],
        "description": "The alternative suggested for a bare \"no\".",
    },
    "max_hits": {
        "type": "integer", "minimum": 0, "default": 0,
        "description": "How many flagged utterances are tolerated before the criterion fails.",
    },
}

# --- grammar over normalised words (see nlp.refusals) -----------------------------------
_ADV = r"(?: (?:really|honestly|just|actually|even|truly|genuinely|simply|still|definitely|unfortunately|sadly|" \
       r"certainly|absolutely|currently|personally|also|quite|exactly|totally|entirely|completely|necessarily))*"
_DONT_KNOW = re.compile(r"(?<![\w'])(?:(?P<subj>i|we)" + _ADV + r" )?do not" + _ADV + r" know(?![\w'])")
# who else may not know ("you don't know your pin?"): then it is not the agent not knowing
_OTHERS = frozenset({"you", "they", "he", "she", "who", "people", "customers", "which", "that", "it", "if", "whether",
                     "many", "some", "most", "merchants", "u"})
_NOT_SURE = re.compile(r"(?<![\w'])(?:(?:i|we) (?:am|are)" + _ADV + r" not" + _ADV
                       + r"(?: (?:a hundred|one hundred|100) percent)? (?:sure|certain)|(?:i|we) (?:am|are) unsure|"
                       r"not (?:sure|certain))(?![\w'])")
# "i can not", "we will not be able to", "it can not be done"; the verb decides
_NEG_MODAL = re.compile(r"(?<![\w'])(?P<subj>i|we|you|it|that|this|(?:the|our|my) (?:bank|system|computer|team|"
                        r"department|office|branch|company|app|website|site|manager|supervisor|policy))"
                        + _ADV + r" (?:(?P<modal>can|could|will|would) not|(?:am|are|is) not going to)(?![\w'])"
                        + r"(?=" + _ADV + r"(?: (?P<verb>[\w'-]+|[.?]))?(?: (?P<verb2>[\w'-]+))?)")
# "the engineer can't come out until monday": RUBRIC.md's "cannot", whoever the subject
_CANNOT_ANY = re.compile(r"(?<![\w'])can not(?![\w'])"
                         + r"(?=" + _ADV + r"(?: (?P<verb>[\w'-]+|[.?]))?(?: (?P<verb2>[\w'-]+))?)")
# subjects _NEG_MODAL reads, and words that are no subject ("why can't...", "so you can't...")
_NOT_A_SUBJECT = frozenset({"i", "we", "you", "it", "that", "this", "why", "how", "what", "who", "where", "when",
                            "if", "so", "and", "but", "or", "which", "whether", "there", "then", "just", "really",
                            "also", "still", "ma'am", "sir", "sorry", "unfortunately", "not", "u"})
# after "can not": the agent is not refusing ("i can't hear you", "i can't believe it")
_NOT_REFUSING = frozenset({"hear", "see", "find", "locate", "believe", "wait", "thank", "imagine", "stress", "complain",
                           "remember", "recall", "read", "understand", "emphasize", "emphasise", "express", "apologize",
                           "apologise", "miss", "beat", "hurt", "blame", "spot", "pull", "load", "connect"})
# whose limit it is: someone else's ("the merchant can't...") is not the agent refusing
_THIRD_PARTY = frozenset({"they", "he", "she", "merchant", "merchants", "store", "seller", "vendor", "shop"})
# the customer's own people: "your mum can't get upstairs" tells of their situation, not the agent's limit
_RELATIVES = frozenset({"mum", "mom", "mother", "dad", "father", "son", "daughter", "wife", "husband", "partner",
                        "grandad", "granddad", "grandpa", "grandfather", "grandma", "grandmother", "gran", "nan",
                        "nana", "brother", "sister", "child", "children", "kids", "baby", "aunt", "uncle", "friend",
                        "neighbour", "neighbor", "boyfriend", "girlfriend", "fiance", "fiancee"})
_POLICY = re.compile(r"(?<![\w'])(?:(?:it|that|this|those|these|they|(?:the|those|these) (?:fees?|charges?|rules?|"
                     r"terms)) (?:is|are)" + _ADV + r"(?: (?:our|the|a|company|bank|standard|internal|"
                     r"security|strict|store|just))* polic(?:y|ies)|against (?:our |the |company |bank |'s )*"
                     r"polic(?:y|ies)|polic(?:y|ies) (?:does|do|will|would) not|polic(?:y|ies) (?:says|states|is|are)"
                     r"(?: that)? (?:we|you|i) (?:(?:can|could|do|will|are|am) not|must|have to)|policy not to|"
                     r"policy is not to|rules are rules|(?:those|these) are the rules|(?:it|that) is(?: just)? "
                     r"(?:the|our|their|the [\w-]+ 's) (?:rules?|procedure|protocol|process))(?![\w'])")
_UNAVAILABLE = re.compile(r"(?<![\w'])(?:(?:is|are) not available|there is no(?: \w+){1,2} available|"
                          r"(?:nobody|no one) (?:is )?available)(?![\w'])")
_SYSTEM = re.compile(r"(?<![\w'])(?:(?:system|policy|computer|bank|they|it|that|rules)(?: just| simply)? "
                     r"(?:will|does|do|would) not (?:let|allow|permit)|"
                     r"(?:i|we) (?:am|are) not (?:allowed|permitted|authorized|authorised) to)(?![\w'])")
_WE_DONT = re.compile(r"(?<![\w'])(?:i|we)" + _ADV + r" (?:do|does) not (?:do|offer|allow|accept|refund|give|"
                      r"provide|support|issue|waive|make|take|cover|permit|process|reverse|honor|honour|override|send|"
                      r"have (?:that|the ability|a way|any way|an option|the option|the authority|access))(?![\w'])")
_NOT_SOMETHING = re.compile(r"(?<![\w'])not (?:something|anything) (?:that )?(?:i|we) (?:can|could|am able to|are able "
                            r"to|do|offer|handle|deal with|provide|help with|support|allow)(?![\w'])")
_NOT_MINE = re.compile(r"(?<![\w'])not" + _ADV + r" (?:(?:my|our) (?:department|job|problem|responsibility|fault|"
                       r"concern|area|issue|division|team)|(?:a|an)(?: [\w'-]+)? matter for (?:us|me|the)|"
                       r"(?:a|an) (?!laughing )[\w'-]+ matter(?! of))(?![\w'])")
_NOTHING = re.compile(r"(?<![\w'])(?:there is )?(?:nothing|not much|not a lot|not anything)"
                      r"(?: (?:more|else|further))?(?: that)? "
                      r"(?:i|we) (?:can|could|am able to|are able to|will be able to) (?:do|offer|change)(?![\w'])")
_DEMAND_HAVE = re.compile(r"(?<![\w'])you(?: (?:will|really|still|also|absolutely|definitely|first|then|now|just|"
                          r"simply|are going to))* (?:have to|have got to|"
                          r"got to(?! (?:the|a|an|my|your|this|that|it|know|be)(?![\w']))|"
                          r"must(?! (?:be|have|feel|know|think|"
                          r"admit|say)(?![\w'])))(?![\w'])")
_DEMAND_NEED = re.compile(r"(?<![\w'])you(?: (?:really|absolutely|definitely|first|then|now|still|also))* need to"
                          r"(?![\w'])")
# verbs after "could not" / "will not" / "would not" that make a refusal (not a report: "I couldn't find it")
_REFUSAL_VERBS = frozenset({"do", "give", "help", "offer", "approve", "refund", "waive", "cancel", "change", "reverse",
                            "remove", "accept", "allow", "extend", "process", "issue", "make", "send", "transfer",
                            "release", "unlock", "unblock", "override", "authorize", "authorise", "honor", "honour",
                            "let", "provide", "discuss", "share", "disclose", "give", "lower", "raise", "increase",
                            "reduce", "drop", "credit", "reimburse", "replace", "guarantee", "promise"})
# the clause before a phrase that makes it a condition, a question or a report
_CONDITION = frozenset({"if", "unless", "whether", "when", "once", "until", "in case", "what if", "as long as",
                        "so that", "in order", "wonder", "even if", "see why", "know why", "reason why", "wonder why",
                        "understand why", "not that"})
_REPORTED = frozenset({"so", "said", "say", "saying", "mentioned", "told", "understand", "hear", "sounds", "seems",
                       "means", "mean", "because", "since", "that", "know", "realize", "noticed", "think", "see",
                       "sorry", "where", "which", "who", "how", "what", "all", "only", "do", "does", "did", "now"})
_DEMAND_BEFORE = frozenset({"all", "if", "what", "when", "whether", "do", "does", "did", "unless", "once", "before",
                            "after", "that", "which", "where", "how", "why", "so", "because", "since", "think",
                            "mean", "said", "saying", "only", "until", "sorry",
                            # "in case you need to come in", "there's nothing you need to decide today"
                            "case", "nothing", "anything", "everything",
                            "else"})  # "there's nothing else you need to do"
# the polite question "i don't know if you've tried...", and checking one heard right
_POLITE_AFTER = re.compile(r"^(?:if|whether) (?:you|your|i (?:heard|caught|got|understood|am hearing))(?![\w'])")
_CLARIFY_AFTER = re.compile(r"^(?:(?:if |that )?i (?:follow|understand|understood|caught|heard|got)|what you mean|"
                            r"(?:if|whether) (?:you|your)|how to (?:say|pronounce|spell))(?![\w'])")
# positive "i / we / you can (could, will...)" and "let me": a way forward
_CAN_DO = re.compile(r"(?<![\w'])(?:(?:(?:i|we)(?: (?:definitely|certainly|absolutely|also|still|just|"
                     r"always))* (?:can|could|will|am going to|are going to)|you(?: (?:also|still|just|always))* "
                     r"(?:can|could|might))(?! not)(?! be sure)(?! (?:only )?(?:hear|imagine|understand|appreciate|see(?! you(?! (?:are|were|have|had)(?![\w']))))(?![\w']))"
                     r"(?: (?:definitely|certainly|also|still|just|always|absolutely))*(?: [\w'-]+)|"
                     r"(?:i|we) would (?:be happy|be glad|suggest|recommend|advise|try|love to (?!but(?![\w']))[\w'-]+)|"
                     r"(?<!not )(?:let me|let us)(?! (?:explain|repeat|be clear|be honest|tell you|say|reiterate|"
                     r"just say|stop you|finish))(?: [\w'-]+)?)(?![\w'])")
# "is there anything else i can help you with" closes the topic; it offers nothing
_CLOSING_OFFER = re.compile(r"(?<![\w'])(?:anything else|something else|what else|any other|anything further|"
                            r"any more questions|any further)(?: [\w'-]+){0,6}")
# conditional limits ("i can't discuss it without verification"): asking for what is needed is the way forward
_CONDITIONAL_LIMIT = re.compile(r"(?<![\w'])(?:without|until|unless|before|first)(?![\w'])")
_ASKS = re.compile(r"(?<![\w'])(?:can you|could you|can i (?:get|have)|may i (?:have|get)|if you (?:can|could)|"
                   r"would you be able|do you have|what is your|please (?:confirm|verify|provide))(?![\w'])")
# words after "no" that keep it an interjection ("no, we can't", "no sorry") rather than a determiner ("no fees")
_INTJ_FOLLOWERS = frozenset({".", "?", "i", "we", "you", "it", "that", "there", "this", "they", "he", "she",
                             "sorry", "unfortunately", "not", "no", "nope", "ma'am", "maam", "sir", "but", "so",
                             "is", "are", "actually", "honestly", "well", "thanks", "thank", "can",
                             "afraid", "and", "because", "the", "your", "my", "our", "at", "never", "nothing",
                             "definitely", "absolutely", "really", "just", "then", "nah"})
# "no" followed by these is a set phrase, not a refusal ("no problem", "no, not at all", "no, that's fine")
_NO_PHRASES = re.compile(r"^(?:no|nope|nah)(?: (?:no|nope))* (?:problem|problems|worries|worry|trouble|need|rush|"
                         r"hurry|sweat|pressure|harm|thanks|thank|doubt|question|matter|not at all|that is (?:fine|"
                         r"okay|all right|alright|no problem|perfect|great|good)|it is (?:fine|okay|all right|"
                         r"alright|no problem)|you are (?:fine|good|okay|all set|not|welcome)|go ahead|of course|"
                         r"absolutely|not a problem|that is not a problem|you do not have to|"
                         r"you will not (?:be charged|have to|need)|you did not|you have not|nothing to worry|"
                         r"wait|hold on|hang on|actually|let me)"
                         r"(?![\w'])")
# the customer asked permission in the negative: "no" grants it
_PERMISSION = re.compile(r"(?<![\w'])(?:mind|problem|trouble|bother|an issue|a big deal|too late|is that bad|"
                         r"am i in trouble)(?![\w'])")
# asking to be told something, or whether something still works: the "no" is the answer
_PERCEPTION_REQUEST = re.compile(r"(?<![\w'])(?:(?:can|could|would) you (?:hear|see|find(?! out)|spot|locate|read|"
                                 r"still hear|tell me|let me know|check|confirm|look|verify)|"
                                 r"(?:can|could|may) i (?:still|use|also))(?![\w'])")


@dataclass(frozen=True)
class Hit:
    utterance: int
    first: int  # first word (index into Words.words)
    end: int  # one past the last word
    kind: str  # a key of SUGGEST, or "custom"
    suggestion: str


class _Rules:
    """The compiled phrase lists of one parameter set."""

    def __init__(self, ctx: CallContext, params: Mapping[str, Any]) -> None:
        nlp = ctx.nlp
        self.dont_know = phrase_pattern(nlp, params["dont_know_phrases"])
        self.uncertain = phrase_pattern(nlp, params["uncertain_phrases"])
        self.refusals = phrase_pattern(nlp, params["refusal_phrases"])
        self.deflections = phrase_pattern(nlp, params["deflection_phrases"])
        self.dismissive = phrase_pattern(nlp, params["dismissive_phrases"])
        self.alternatives = phrase_pattern(nlp, params["alternative_phrases"])
        self.exceptions = phrase_pattern(nlp, params["exceptions"])
        self.requests = phrase_pattern(nlp, params["request_phrases"])
        self.custom = [(phrase_pattern(nlp, [p["phrase"]]), p["suggestion"]) for p in params["phrases"]]
        self.demands = bool(params["flag_demands"])


_SKIP_BACK = frozenset({"really", "honestly", "just", "actually", "even", "truly", "genuinely", "simply", "still",
                        "definitely", "unfortunately", "sadly", "certainly", "absolutely", "currently", "personally",
                        "also", "am", "are", "is", "was", "were", "be", "will", "would", "been", "have", "has", "not"})


def _subject_before(w: Words, a: int) -> str:
    """The word acting as subject just before word ``a`` ("you" in "you are not allowed")."""
    j = a - 1
    while j >= 0 and w.words[j] in _SKIP_BACK:
        j -= 1
    return w.words[j] if j >= 0 else ""


def _framed(w: Words, k: int, *, subject: str = "") -> bool:
    """The phrase starting at word ``k`` sits in a question, a condition, or (subject
    "you") a read-back of the customer's situation: it refuses nothing."""
    if w.is_question(k):
        return True
    before = w.clause_before(k)
    joined = f" {' '.join(before)} "
    if any(f" {c} " in joined for c in _CONDITION):
        return True
    if subject == "you" and (set(before) & _REPORTED):
        return True
    if subject in ("you", "she", "he", "they") and _reads_back(w, k):
        return True
    return False


# "so the show's been postponed, you can't make the new date, and you'd like a refund": a read-back of
# the customer's situation (opened by "so", saying what they want), not the agent refusing
_WANTS = re.compile(r"(?<![\w'])(?:you would like|you want|you need|you are hoping|you are after|you would rather|"
                    r"you would prefer)(?![\w'])")


_QUOTING = frozenset({"told", "said", "says", "saying", "tell", "telling"})


def _reads_back(w: Words, k: int) -> bool:
    a, b = w.sentence(k)
    head = [x for x in w.words[a:k] if x not in _READBACK_OPENERS]
    return head[:1] == ["so"] and bool(_WANTS.search(" ".join(w.words[a:b])))


def _patterns(rules: _Rules) -> list["re.Pattern[str] | None"]:
    """Every pattern :func:`_scan` searches (an utterance matching none of them holds no hit)."""
    return [_DONT_KNOW, rules.dont_know, _NOT_SURE, rules.uncertain, _NEG_MODAL, _CANNOT_ANY, _WE_DONT, _NOTHING,
            _SYSTEM,
            _NOT_SOMETHING,
            _UNAVAILABLE, rules.refusals, _POLICY, rules.deflections, _NOT_MINE, rules.dismissive, _DEMAND_HAVE,
            _DEMAND_NEED] + [pat for pat, _ in rules.custom]


def _scan(ctx: CallContext, sw: SpeakerWords, i: int, rules: _Rules) -> list[Hit]:
    w = sw.words[i]
    if not w.words:
        return []

    def found(pat: "re.Pattern[str] | None") -> list[tuple[int, int, "re.Match[str]"]]:
        return sw.matches(pat).get(i, []) if pat is not None else []

    excepted = [(a, b) for a, b, _ in found(rules.exceptions)]
    hits: list[Hit] = []

    def add(a: int, b: int, kind: str, suggestion: str | None = None) -> None:
        if any(a < e and s < b for s, e in excepted) or any(h.first <= a < h.end or a <= h.first < b for h in hits):
            return
        hits.append(Hit(i, a, b, kind, suggestion or SUGGEST[kind]))

    # not knowing: "i (honestly) don't know", not the polite "i don't know if you've tried..."
    for a, b, m in found(_DONT_KNOW):
        if m.group("subj") is None and _subject_before(w, a) in _OTHERS:
            continue
        if _POLITE_AFTER.match(" ".join(w.after(b, 4))) or (_framed(w, a) and not w.is_question(a)):
            continue
        add(a, b, "dont_know")
    if rules.dont_know is not None:
        for a, b, m in found(rules.dont_know):
            if not _framed(w, a) or w.is_question(a):
                add(a, b, "dont_know")
    for pat in (_NOT_SURE, rules.uncertain):
        if pat is None:
            continue
        for a, b, m in found(pat):
            if _CLARIFY_AFTER.match(" ".join(w.after(b, 4))) or _framed(w, a):
                continue
            add(a, b, "uncertain")
    # "i can't", "we won't be able to", "it can't be done": the verb and the subject decide
    for a, b, m in found(_NEG_MODAL):
        subj, modal, verb, verb2 = m.group("subj"), m.group("modal") or "will", m.group("verb"), m.group("verb2")
        if verb in (".", "?"):
            verb = verb2 = None
        able = verb == "be" and verb2 == "able"
        if verb in _NOT_REFUSING or (verb == "help" and verb2 == "but"):
            continue
        if verb == "be" and verb2 in ("sure", "certain"):
            if not _framed(w, a):
                add(a, b, "uncertain")
            continue
        if modal == "can":
            if subj in ("it", "that", "this") and verb not in ("be", "do", "happen", None):
                continue
        elif modal == "will":
            if not able and verb not in _REFUSAL_VERBS:
                continue
        elif not able and (modal == "would" or verb not in _REFUSAL_VERBS):
            continue  # "i wouldn't recommend it", "i couldn't find it"
        if subj == "you" and verb in ("see", "hear", "find", "log", "access", "login", "sign", "get", "lock", "open",
                                      "start", "connect", "drive", "sleep", "eat", "close", "switch", "turn"):
            continue  # the customer's problem, not the agent's refusal
        if _framed(w, a, subject=subj):
            continue
        add(a, b, "refusal")
    for a, b, m in found(_CANNOT_ANY):
        verb, verb2 = m.group("verb"), m.group("verb2")
        j = a - 1
        while j >= 0 and w.words[j] in _SKIP_BACK:
            j -= 1
        if j < 0:
            continue
        subj, a = w.words[j], j
        if subj in _NOT_A_SUBJECT or subj in _SKIP_BACK or subj in _RELATIVES or verb in _NOT_REFUSING:
            continue
        if verb == "be" and verb2 in ("right", "true", "correct", "the", "easy", "good", "fun", "sure", "certain"):
            continue
        if _framed(w, a, subject=subj):
            continue
        add(a, b, "refusal")
    for pat, kind in ((_WE_DONT, "refusal"), (_NOTHING, "refusal"), (_SYSTEM, "refusal"), (_UNAVAILABLE, "refusal"),
                      (_NOT_SOMETHING, "refusal"),
                      (rules.refusals, "refusal"),
                      (_POLICY, "policy"), (rules.deflections, "deflection")):
        if pat is None:
            continue
        for a, b, m in found(pat):
            subject = w.words[a] if w.words[a] in ("you", "i", "we") else _subject_before(w, a)
            if subject in _THIRD_PARTY or _framed(w, a, subject=subject):
                continue
            if kind == "policy" and _informative_policy(w, b):
                continue
            add(a, b, kind)
    for pat in (_NOT_MINE, rules.dismissive):
        if pat is not None:
            for a, b, m in found(pat):
                if set(w.clause_before(a, 6)) & _QUOTING:
                    continue  # "I'm sorry the driver told you 'that's not my job'": someone else's words, quoted
                add(a, b, "dismissive")
    if rules.demands:
        for pat in (_DEMAND_HAVE, _DEMAND_NEED):
            for a, b, m in found(pat):
                before = w.clause_before(a, 4)
                # "as i said, you have to..." is the agent's own demand; "you said you have to..." a read-back
                own = len(before) >= 2 and before[-1] in ("said", "told", "mentioned") and before[-2] in ("i", "we")
                # "..., so you have to pay it by friday": "so" after a clause of its own states the consequence
                consequence = len(before) >= 3 and before[-1] == "so"
                if w.is_question(a) or (before and before[-1] in _DEMAND_BEFORE and not own and not consequence) \
                        or set(before) & {"if", "unless", "whether"} or _restates_obligation(ctx, w, a):
                    continue
                add(a, b, "demand")
    for pat, suggestion in rules.custom:
        if pat is None:
            continue
        for a, b, m in found(pat):
            add(a, b, "custom", suggestion)
    return hits


# the customer telling of an obligation of their own ("we've got to hand the keys back at two")
_OWN_OBLIGATION = re.compile(r"(?<![\w'])(?:i|we)(?: (?:really|still|also|just|then))* (?:have to|have got to|got to|"
                             r"need to|must)(?![\w'])")
_READBACK_OPENERS = frozenset({"right", "okay", "ok", "alright", "well", "oh", "yeah", "yes", "and", "um", "uh"})


def _restates_obligation(ctx: CallContext, w: Words, a: int) -> bool:
    """ "so the crew haven't arrived and you've got to be out by two": a "you have to" in
    a sentence opened by "so" that reads back the customer's situation, after the customer
    told of an obligation of their own, restates it; it demands nothing."""
    start, _ = w.sentence(a)
    opening = [x for x in w.words[start:a] if x not in _READBACK_OPENERS]
    # "thank you callum so you need to get across before saturday": thanks and the name before the "so"
    thanks = 2 if opening[:2] == ["thank", "you"] else 1 if opening[:1] in (["thanks"], ["cheers"]) else 0
    if thanks and "so" in opening[thanks : thanks + 2]:
        opening = opening[opening.index("so", thanks):]
    if opening[:1] == ["so"] and list(w.words[a:a + 3]) == ["you", "need", "to"] and \
            semantic.confirmed_by_customer(ctx, w.utterance):
        return True  # "So the pallet ... hasn't arrived, and you need to know where it is." "Exactly.": their need
    before = customer_turn_before(ctx, w.utterance)
    if opening[:1] != ["so"]:
        # "... and you need to get in now" after "I really need to get in": the customer's own need said back
        verb = next((x for x in w.words[a + 3 : a + 5] if x not in ("to", "be", "get", "go")), None) \
            if list(w.words[a:a + 3]) == ["you", "need", "to"] else None
        said = [words_of(ctx, j).text for j in ctx.indices("customer") if j < w.utterance][-4:]
        return verb is not None and any(re.search(r"(?<![\w'])(?:i|we)(?: \w+)? need to (?:\w+ )?" + re.escape(verb),
                                                  t) for t in said) or (
            list(w.words[a:a + 4]) == ["you", "need", "to", "get"] and any(
                re.search(r"(?<![\w'])(?:i|we)(?: \w+)? need to get", t) for t in said))
    return any(_OWN_OBLIGATION.search(words_of(ctx, j).text) for j in before)


def _informative_policy(w: Words, b: int) -> bool:
    """ "it's our policy to verify your identity": a policy that says what is done, with
    no negation in the rest of the sentence, refuses nothing."""
    rest = w.after(b, 12)
    return bool(rest) and rest[0] in ("to", "that") and "not" not in rest and "no" not in rest


def _offers_alternative(ctx: CallContext, i: int, rules: _Rules, hits: list[Hit], *, asks_count: bool,
                        next_turn: bool) -> bool:
    """An alternative (or a way forward) in the agent's turn holding ``i`` or in their next
    turn; the flagged words themselves ("nothing I can do") and negated offers ("I can't
    transfer you") offer nothing."""
    for j in window(ctx, i, next_turn=next_turn):
        w = words_of(ctx, j)
        if j == i:
            words = list(w.words)
            for h in hits:
                # the refusal and the verb it negates ("won't [let me]") offer nothing
                end = h.end
                if w.words[h.end - 1] == "not":
                    while end < min(len(words), h.end + 2) and not w.comma[end] and words[end] not in (".", "?"):
                        end += 1
                words[h.first:end] = ["#"] * (end - h.first)
            text = " ".join(words)
        else:
            text = w.text
        text = _CLOSING_OFFER.sub(" # ", text)
        for pat in (_CAN_DO, _BUT_SOMEONE_CAN, rules.alternatives, _ASKS if asks_count else None):
            if pat is not None and any(not _NEGATED_BEFORE.search(text[max(0, m.start() - 24):m.start()])
                                       for m in pat.finditer(text)):
                return True
    return False


_NEGATED_BEFORE = re.compile(r"(?<![\w'])(?:not|no|never|nobody|nothing)(?: [\w'-]+)?(?: [\w'-]+)? ?$")
# "we're unable to book one for today, but the duty doctor can call you": someone else offered as the way forward
_BUT_SOMEONE_CAN = re.compile(r"(?<![\w'])but (?:the|a|an|our|your|one of our|someone|somebody)(?: [\w'-]+){0,3} "
                              r"(?:can|could|will|might|may|is able to|are able to)(?! not)(?: [\w'-]+| ?[.,!?]|$)")


def _bare_nos(ctx: CallContext, i: int, rules: _Rules, trained: bool) -> list[Hit]:
    """A "no" opening a sentence that refuses the customer's request (not "no problem",
    not a determiner, not an answer to a question or a statement)."""
    w = words_of(ctx, i)
    for k, word in enumerate(w.words):
        if word == "not" and k + 1 < len(w.words) and w.words[k + 1] in _NOT_NOW and w.sentence(k)[0] == k:
            pass  # "not really", "not today": a "no" too
        elif word not in _NO or (k > 0 and w.words[k - 1] in _NO):
            continue
        a, b = w.sentence(k)
        closing = k == b - 1 and k > a and (w.comma[k] or w.words[k - 1] in _NO_CLOSERS)
        if any(x not in _NO_LEAD for x in w.words[a:k]) and not closing:
            continue  # a "no" opening a sentence or closing it ("we're fully booked, so no"); "oh no" is sympathy
        if "oh" in w.words[max(a, k - 2):k]:
            continue
        if _NO_PHRASES.match(" ".join(w.words[k:k + 8])):
            continue
        n = k + 1 if word != "not" else k + 2
        while n < len(w.words) and w.words[n] in _NO:
            n += 1
        if n < len(w.words) and not w.comma[n] and w.words[n] not in _INTJ_FOLLOWERS:
            continue  # "no fees", "no record of it": a determiner
        if trained and _determiner_no(ctx, w, k):
            continue
        if _AGREED.search(" ".join(w.words[:k])):
            return []  # "sure, of course... no, wait": the request was granted
        if not _answers_request(ctx, i, rules, trained):
            return []  # a "no" answering a question or a statement refuses nothing
        return [Hit(i, k, n if word == "not" else k + 1, "bare_no", "")]
    return []


def _answers_request(ctx: CallContext, i: int, rules: _Rules, trained: bool) -> bool:
    """Agent utterance ``i`` answers a request of the customer: their last question, or
    their whole turn when they asked none, asks for something (a request phrase; with a
    trained parse also an imperative) and is not a question of fact, a permission the
    agent grants by saying no ("do you mind if...?") or a question of hearing or seeing."""
    cache = ctx.__dict__.setdefault("_refusal_requests", {})
    if i in cache:
        return cache[i]
    turn = customer_turn_before(ctx, i)[-3:]
    answer = False
    if rules.requests is not None and turn:
        sentences = [(j, s) for j in turn for s in _sentences(words_of(ctx, j))]
        questions = [(j, s) for j, s in sentences if s.endswith("?") or _starts_question(s)]
        asked = [questions[-1]] if questions else sentences
        requested = [(j, s) for j, s in asked
                     if (rules.requests.search(s) and not _factual_question(s))
                     or (trained and not questions and _imperative(ctx, j))]
        answer = bool(requested) and not any(_PERMISSION.search(s) or _PERCEPTION_REQUEST.search(s)
                                             for _, s in requested)
    cache[i] = answer
    return answer


# in reply to a request, any "we don't / I can't / we won't..." declines it ("we don't usually do that")
_DECLINES = re.compile(r"(?<![\w'])(?:i do not think (?:so|that is possible|that will work|(?:i|we) can)|"
                       r"(?:i|we)" + _ADV + r" (?:do|does|will|would|can|could|am|are) not" + _ADV
                       + r" (?P<verb>[\w'-]+))(?![\w'])")
# ... except what refuses nothing ("we don't charge for that", "i don't see why not")
_NOT_DECLINING = frozenset({"see", "hear", "find", "know", "think", "believe", "mind", "understand", "charge",
                            "need", "want", "worry", "have", "mean", "recommend", "remember", "recall", "expect",
                            "blame", "imagine", "be", "like", "go", "lie", "forget", "miss"})


def _declines(ctx: CallContext, i: int, rules: _Rules, trained: bool) -> list[Hit]:
    """A negated "we / I" in reply to the customer's request declines it, whatever the verb
    ("we don't send people out for that", "I won't be doing that")."""
    w = words_of(ctx, i)
    out = []
    for a, b, m in w.finditer(_DECLINES):
        verb = m.group("verb")
        if verb in _NOT_DECLINING or _framed(w, a):
            continue
        if not _answers_request(ctx, i, rules, trained):
            return []
        out.append(Hit(i, a, b, "refusal", SUGGEST["refusal"]))
    return out


def _sentences(w: Words) -> list[str]:
    """The sentences of one utterance as normalised text, each with its end mark."""
    out, cur = [], []
    for word in w.words:
        cur.append(word)
        if word in (".", "?"):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


_QUESTION_START = re.compile(r"^(?:(?:so|and|okay|well|but|oh|um|also) )*(?:is|are|was|were|do|does|did|will|would|"
                             r"can|could|should|have|has|am|what|when|where|why|how|which|who)(?![\w'])")


def _starts_question(sentence: str) -> bool:
    return bool(_QUESTION_START.match(sentence))


# "do i need to...?", "is it ready?": a question of fact, answered by "no" - unless it asks for something
_FACTUAL_START = re.compile(r"^(?:(?:so|and|okay|well|but|oh|also) )*(?:do|does|did|is|are|was|were|should|have|has|"
                            r"am)(?![\w'])")
_STILL_ASKING = re.compile(r"(?<![\w'])(?:can you|could you|would you|will you|you could|you can|are you able|"
                           r"is it possible|is there (?:any|a) way|would it be possible|any chance|is it okay if|"
                           r"is that okay|do you mind|would you mind|"
                           # a concession asked for ("is there any discount if I pay upfront?")
                           r"(?:any|a) (?:discount|compensation|refund|goodwill)|waive|price match)(?![\w'])")


def _factual_question(sentence: str) -> bool:
    return bool(_FACTUAL_START.match(sentence)) and not _STILL_ASKING.search(sentence)


_NO = frozenset({"no", "nope", "nah"})
_AGREED = re.compile(r"(?<![\w'])(?:yes|sure|of course|absolutely|certainly|definitely|no problem)(?![\w'])")
_NOT_NOW = frozenset({"really", "today", "now", "anymore", "currently", "much"})
_NO_WORDS = _NO | {"not"}
_NOT_WORD = frozenset({"not"})
_NO_CLOSERS = frozenset({"so", "then", "sorry", "unfortunately", "afraid", "honestly", "probably", "not"})
_NO_LEAD = frozenset({"okay", "well", "so", "and", "yeah", "yes", "sorry", "but", "uh", "ah"})


# imperatives that ask for information or time, not for something the agent could refuse
_NOT_ASKING = frozenset({"tell", "let", "hold", "hang", "wait", "look", "see", "say", "listen", "give", "excuse",
                         "thank", "sorry", "check", "guess", "imagine"})


def _imperative(ctx: CallContext, utterance: int) -> bool:
    """With a trained parse: the customer's utterance tells the agent to do something
    ("just refund it", "put me through to a manager"): a sentence whose root is a
    base-form verb with no subject."""
    doc = ctx.ensure_lemmas()
    span = ctx.docs[utterance]
    for sent in doc[span.start:span.end].sents:
        root = sent.root
        if root.tag_ == "VB" and root.lemma_.lower() not in _NOT_ASKING and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in root.children):
            return True
    return False


def _determiner_no(ctx: CallContext, w: Words, k: int) -> bool:
    """With a trained parse: this "no" is a determiner of a noun ("no late fee")."""
    t = w.tokens[k]
    if t < 0:
        return False
    tok = ctx.ensure_lemmas()[t]
    return tok.dep_ == "det" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    rules = _Rules(ctx, params)
    trained = ctx.trained
    hits: list[Hit] = []
    excused: list[dict[str, Any]] = []
    sw = speaker_words(ctx, "agent")
    # one search per pattern over all the agent's words; utterances matching none are skipped
    candidates = {i for pat in _patterns(rules) for i in sw.matches(pat)}
    for i in sw.utterances:
        if i not in candidates and not _NO_WORDS & set(sw.words[i].words):
            continue
        found = _scan(ctx, sw, i, rules) if i in candidates else []
        if params["flag_bare_no"] and not any(h.kind == "refusal" for h in found):
            found += [h for h in _bare_nos(ctx, i, rules, trained) if not any(h.first == f.first for f in found)]
        if not found and _NOT_WORD & set(sw.words[i].words):
            found = _declines(ctx, i, rules, trained)
        needs_way = [h for h in found if h.kind in ("refusal", "policy", "deflection", "uncertain", "bare_no")]
        if needs_way:
            w = words_of(ctx, i)
            conditional = any(_CONDITIONAL_LIMIT.search(" ".join(w.words[h.first:h.end + 8])) for h in needs_way)
            if _offers_alternative(ctx, i, rules, found, asks_count=conditional,
                                   next_turn=params["alternative_in_next_turn"]):
                for h in needs_way:
                    excused.append({"utterance": i, "kind": h.kind, "text": _quote(ctx, w, h)})
                found = [h for h in found if h not in needs_way]
        hits.extend(found)
    evidence = [_evidence(ctx, h, params) for h in hits]
    evidence.sort(key=lambda e: (e.start, e.utterance))
    flagged = sorted({h.utterance for h in hits})
    limit = params["max_hits"]
    quoted = ", ".join(f"\"{e.text}\"" for e in evidence[:3]) + (" ..." if len(evidence) > 3 else "")
    details = {"hits": len(evidence), "utterances": len(flagged), "kinds": sorted({h.kind for h in hits}),
               "flagged": [{"utterance": h.utterance, "kind": h.kind, "why": _NOTES[h.kind],
                            "text": _quote(ctx, words_of(ctx, h.utterance), h)} for h in hits],
               "excused": excused, "parse": trained}
    if len(flagged) > limit:
        outcome = "fail"
        explanation = (f"The agent used negative language in {len(flagged)} utterance(s) ({quoted}); "
                       f"at most {limit} allowed.")
    elif flagged:
        outcome = "pass"
        explanation = (f"The agent used negative language in {len(flagged)} utterance(s) ({quoted}), "
                       f"within the {limit} allowed.")
    else:
        outcome = "pass"
        explanation = "The agent used no negative language and no bare 'no'."
        if excused:
            explanation += f" {len(excused)} limit(s) came with an alternative."
    return DetectorResult(outcome, explanation, tuple(evidence), details=details)


_NOTES = {
    "dont_know": "not knowing",
    "uncertain": "uncertain, with no offer to find out",
    "refusal": "a refusal with no alternative offered",
    "policy": "policy used to refuse, with no alternative offered",
    "deflection": "sending the customer elsewhere with no alternative",
    "dismissive": "dismissive",
    "demand": "a demand",
    "bare_no": "bare 'No' without an alternative",
    "custom": "negative phrase",
}


def _span(ctx: CallContext, w: Words, h: Hit):
    toks = [t for t in w.tokens[h.first:h.end] if t >= 0]
    if not toks:
        return None
    return ctx.doc[min(toks): max(toks) + 1]


def _quote(ctx: CallContext, w: Words, h: Hit) -> str:
    span = _span(ctx, w, h)
    return span.text if span is not None else " ".join(w.words[h.first:h.end])


def _evidence(ctx: CallContext, h: Hit, params: Mapping[str, Any]) -> Evidence:
    w = words_of(ctx, h.utterance)
    if h.kind == "bare_no":
        note = f"bare 'No' without an alternative; try: \"{params['no_suggestion']}\""
    else:
        # exactly 'try: "..."': the review page shows the suggestion from it
        note = f"try: \"{h.suggestion}\""
    return ctx.evidence(h.utterance, span=_span(ctx, w, h), note=note)
