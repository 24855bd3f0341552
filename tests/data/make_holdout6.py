"""Write the holdout6 set: 24 contact-centre calls and their labels.

Written and labelled blind (before any detector ran on it) by hand against
/work/shared/RUBRIC.md. Run from anywhere:

    python tests/data/make_holdout6.py

It writes ``tests/data/holdout6/<call_id>.json`` (canonical call format) and
``tests/data/holdout6-labels.json`` (call_id -> labels). Deterministic: the
same files come out on every run.

How a call is written: a list of turns ``(speaker, text[, options])`` with
speaker "A" (agent) or "C" (customer). Each utterance's length comes from its
words (about 0.35 s a word). Options:

- ``gap``: seconds of silence after everything said so far (default 0.3-0.9 s);
- ``at_end``: start this many seconds *before* the other speaker's latest
  utterance ends (an overlap: cut-ins, a customer finishing as the agent starts);
- ``at_start``: start this many seconds after the other speaker's latest
  utterance starts (backchannels inside a long turn);
- ``tag``: the labeller's marks on the utterance, which become the list labels:
  "neg" (negative language), "neg_opt" (borderline negative), "intr" (agent
  interruption), "intr_opt" (borderline interruption), "bc" (a backchannel),
  "hold" (an agent-caused silence of 10 s or more before it), "wait" (a
  customer-caused silence of 10 s or more before it).

The list labels are the start times, as written in the call file, of the
tagged agent utterances. The script checks its own timing against the tags
(an "intr" really overlaps the way the rubric says, no untagged agent
utterance does, silences of 10 s or more are exactly the tagged ones), so a
timing slip cannot silently change a label. The turn builder, word timings
and self-checks live in tests/data/holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # holdout_kit.py sits next to this script
from holdout_kit import call_collector, check_make_up, write_set  # noqa: E402

OUT_DIR = HERE / "holdout6"
LABELS_PATH = HERE / "holdout6-labels.json"

CALLS, call = call_collector()


# ---------------------------------------------------------------------------
# The 24 calls. Each call's labels were decided from its text and timing
# before moving on to the next one.
# ---------------------------------------------------------------------------

call(
    "h6-01-gp-repeat-prescription",
    industry="GP clinic",
    style="clean, punctuated",
    words=True,
    exercises="clear good routine call; backchannels in a long customer turn; agent starts 0.25 s before the customer ends (not an interruption); 'No problem'; empathy na",
    labels=dict(greeting="pass", closing="pass", empathy="na", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="Routine repeat prescription, so empathy is na; the two agent overlaps are backchannels and the 0.25 s overlap is too short to interrupt."),
    turns=[
        ("A", "Good morning, Ashcroft Medical Centre, you're speaking with Leanne, how can I help?"),
        ("C", "Hi, yes, I need to order my repeat prescription, it's the blood pressure tablets, amlodipine, and I've only got about four days left, so I wanted to get it in before the weekend."),
        ("A", "Mm-hmm.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Okay.", {"at_start": 8.6, "tag": "bc"}),
        ("A", "Of course. Can I take your name and date of birth, please?", {"gap": 0.5}),
        ("C", "It's Graham Pettit, that's P-E-T-T-I-T, fourteenth of March 1958."),
        ("A", "Thank you, Mr Pettit. Just bear with me while I bring up your record."),
        ("C", "Sure."),
        ("A", "Right, I can see the amlodipine, five milligrams. So you'd like next month's supply of your blood pressure tablets sent over before you run out, is that right?", {"gap": 5.5}),
        ("C", "That's it, yeah. To the Boots on the high street, if possible."),
        ("A", "No problem. I've sent the request to Dr Rahman, and the prescription will be ready at Boots on the high street within two working days.", {"at_end": 0.25}),
        ("C", "Lovely, thank you."),
        ("A", "Is there anything else I can help with today, Mr Pettit?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, take care now, bye."),
        ("C", "Bye."),
    ],
)

call(
    "h6-02-hotel-booking-not-showing",
    industry="hotel",
    style="ASR: lower-case, no punctuation, misheard words",
    words=False,
    exercises="'this is <hotel>' names the company, not the agent (greeting fail); plain-fact problem with no empathy; bare 'no' + 'we cant' + 'you have to' in one turn; 'thats the policy' refusal; name given never used; customer hangs up (no closing)",
    labels=dict(greeting="fail", closing="fail", empathy="fail", paraphrase="fail", follow_up="na",
                personalization="fail", hold_etiquette="na", transfer="na",
                notes="The name after 'this is' is the hotel, so the agent's name is missing; the spelled-out surname is not addressing the customer."),
    turns=[
        ("A", "hello this is the harbourview hotel how can i help you"),
        ("C", "hi um i booked a room for the twelfth through your website and i got the confirmation email but the booking is in showing on the app at all"),
        ("A", "whats the booking reference"),
        ("C", "its h v seven seven two four one"),
        ("A", "and the name on the booking"),
        ("C", "sophie marchetti"),
        ("A", "okay one second"),
        ("A", "right i found it its under a different spelling m a r k e t t i so the rooms booked its just the app thats wrong", {"gap": 6.5}),
        ("C", "oh okay so the room is definitely booked for the twelfth"),
        ("A", "yeah the twelfth for two nights double room"),
        ("C", "can you fix the spelling so it shows on the app"),
        ("A", "no we cant change it on the app you have to cancel it and book again", {"tag": "neg"}),
        ("C", "cancel it and rebook are you serious what if the price has gone up since"),
        ("A", "thats the policy im afraid", {"tag": "neg"}),
        ("C", "fine ill just bring the email with me then bye"),
    ],
)

call(
    "h6-03-saas-login-lockout",
    industry="SaaS help desk",
    style="clean with fillers",
    words=True,
    exercises="agent cuts in twice (0.7 s and 1.4 s) on a panicking customer; no empathy despite stress; 'I'm sending you a code now' vs untimed 'someone will email you'; closing offers help but no thanks/goodbye",
    labels=dict(greeting="pass", closing="fail_or_pass", empathy="fail", paraphrase="fail", follow_up="fail",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="Efficient but never acknowledges the customer's panic; the closing has 'anything else' and only 'glad I could help'."),
    turns=[
        ("A", "Hi, thanks for calling Tallyworks support, this is Marcus, what can I do for you?"),
        ("C", "Hey, um, so I've been locked out of my account since this morning, I've reset the password twice and it keeps saying the link's expired, and I've got payroll to run by three o'clock today, so I'm kind of panicking here, to be honest."),
        ("A", "Okay, what's the email on the account?", {"at_end": 0.7, "tag": "intr"}),
        ("C", "It's dana dot k at brightloop dot io, Dana Kowalski."),
        ("A", "Thanks, Dana. Let me have a look."),
        ("A", "Right, so there were five failed attempts and the account auto-locked. I've unlocked it now.", {"gap": 4.5}),
        ("C", "Oh, thank god. But the reset link thing, why does it keep expiring? Because I clicked it literally like a minute after it came, and it still said expired, like, every single time."),
        ("A", "That's usually your email scanner opening the link before you do.", {"at_end": 1.4, "tag": "intr"}),
        ("C", "Oh. Okay, that makes sense actually, our IT put a new filter in last month."),
        ("A", "Yeah, so I'm sending you a one-time login code now instead, and you can set a new password from inside the app."),
        ("C", "Got it. Yep, it's here. Okay, I'm in."),
        ("A", "Brilliant. I'll also log the expired-link problem with our engineering team, and someone will email you about the filter settings."),
        ("C", "Great, thanks."),
        ("A", "Anything else I can help with, Dana?"),
        ("C", "No, that's it, you've saved my afternoon."),
        ("A", "Glad I could help."),
        ("C", "Bye."),
    ],
)

call(
    "h6-04-pharmacy-wrong-strength",
    industry="pharmacy",
    style="clean, punctuated",
    words=False,
    exercises="greeting missing only the offer to help; strong empathy; caller's mother's name vs the caller's own name; hold announced with a reason and thanked; two timed commitments",
    labels=dict(greeting="fail", closing="pass", empathy="pass", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="pass", transfer="na",
                notes="The opening has salutation, company and name but no offer to help; 'Margaret Doyle' is the patient, the caller is Aoife and is addressed by name."),
    turns=[
        ("A", "Good afternoon, Wellfield Pharmacy, Priya speaking."),
        ("C", "Hi, I picked up my mum's prescription from you yesterday and the box says 10 milligrams, but she's always had 5, and she's already taken one this morning."),
        ("A", "Oh no, I'm really sorry, that must be worrying. Is she feeling alright?"),
        ("C", "She seems okay. Maybe a bit dizzy."),
        ("A", "Okay. Can I take her name and date of birth so I can look at the record?"),
        ("C", "Margaret Doyle, second of June 1941."),
        ("A", "And who am I speaking with?"),
        ("C", "I'm her daughter, Aoife."),
        ("A", "Thanks, Aoife. So your mum's been given a stronger dose than her usual one, and she's had one of them already today. Let me put you on hold for a moment while I check the dispensing record with the pharmacist."),
        ("A", "Thanks for holding, Aoife. The pharmacist has checked, and it was dispensed as 10 milligrams by mistake. One dose is very unlikely to harm her, but she shouldn't take any more from that box.", {"gap": 38.0, "tag": "hold"}),
        ("C", "Okay. Can you sort out the right ones?"),
        ("A", "Yes, we'll have the correct 5 milligram tablets ready for collection by four o'clock today, and the pharmacist will ring you this evening to check how she is."),
        ("C", "Thank you, that's a relief."),
        ("A", "Again, I'm so sorry about this. Is there anything else I can do for you?"),
        ("C", "No, that's all."),
        ("A", "Thanks for letting us know, Aoife. Bye for now."),
    ],
)

call(
    "h6-05-council-missed-bins",
    industry="city council",
    style="ASR: lower-case, no punctuation, misheard words",
    words=False,
    exercises="'i dont know' + 'not my department' in one turn; bare 'no' refusing; frustration ignored; repeating one detail ('ok alder road'); transfer with no where or why ends the call",
    labels=dict(greeting="pass", closing="na_or_fail", empathy="fail", paraphrase="fail", follow_up="na",
                personalization="na_or_fail", hold_etiquette="na", transfer="fail",
                notes="'its a different team' and 'putting you through' give neither where nor why; the call ends in the transfer."),
    turns=[
        ("A", "good morning riverside city council youre through to dean how can i help"),
        ("C", "yeah hi its about my bins they havent been collected for three weeks now and the whole street sinks its getting ridiculous"),
        ("A", "whats the address"),
        ("C", "forty two alder road"),
        ("A", "ok alder road yeah theres been issues on that round"),
        ("C", "issues what issues nobodys told us anything"),
        ("A", "i dont know the details thats not really my department", {"tag": "neg"}),
        ("C", "well whose department is it then"),
        ("A", "its a different team"),
        ("C", "can you not just log it for me"),
        ("A", "no", {"tag": "neg"}),
        ("C", "brilliant"),
        ("A", "hang on putting you through"),
        ("C", "fine whatever"),
    ],
)

call(
    "h6-06-shop-parcel-never-arrived",
    industry="online shop",
    style="clean, punctuated",
    words=True,
    exercises="synonym paraphrase ('never turned up ... a refund'); backchannels; agent cuts in 0.7 s on a number; customer cuts in on the agent; 'No, you don't need to do a thing' answers (not negative); timed refund",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="Good call with one real interruption (the read-back question over the customer's number); the customer's own cut-in is not counted."),
    turns=[
        ("A", "Hello, thank you for calling Loomhouse, my name's Bethany, how can I help today?"),
        ("C", "Hi Bethany. I ordered a rug from you, it was meant to come last Tuesday, and the tracking says delivered, but there's nothing here. I've asked the neighbours, I've checked round the back, honestly, and I just want my money back at this point."),
        ("A", "Mm-hmm.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Right.", {"at_start": 10.5, "tag": "bc"}),
        ("A", "Oh, I'm sorry, that's really annoying. So the rug never actually turned up, even though it's marked as delivered, and you'd like a refund rather than a replacement?", {"gap": 0.4}),
        ("C", "Exactly, yes."),
        ("A", "Can I take the order number?"),
        ("C", "It's L H 4 4 8, um, 1 9 0, sorry, it's on the email somewhere, hang on, yes, 1 9 0."),
        ("A", "Sorry, was that 4 4 8 1 9 0?", {"at_end": 0.7, "tag": "intr"}),
        ("C", "That's it."),
        ("A", "And the name on the order?"),
        ("C", "Kwame Asante."),
        ("A", "Thanks, Kwame. Right, I can see it, and the courier's photo shows a different front door, so it's definitely gone to the wrong house. I can process the refund for you right away, and—"),
        ("C", "Will it be the full amount? Because I paid for next-day delivery as well.", {"at_end": 1.0}),
        ("A", "Yes, the full amount including delivery. You'll get it back on your card within 3 to 5 working days."),
        ("C", "Okay, that's fine. Do I need to do anything with the courier?"),
        ("A", "No, you don't need to do a thing, we'll raise it with the courier today."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help you with, Kwame?"),
        ("C", "No, that's all, thanks."),
        ("A", "Thanks for calling Loomhouse, and have a good evening."),
    ],
)

call(
    "h6-07-energy-boiler-breakdown",
    industry="energy supplier",
    style="clean with fillers",
    words=False,
    exercises="fillers inside the greeting ('thanks for calling, uh, Northgate Energy, um, this is Kelly'); plain-fact problem, empathy only at the very end; hold announced with a reason but not thanked; timed engineer visit plus untimed email; 'you'll need to' borderline",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="fail",
                personalization="pass", hold_etiquette="fail", transfer="na",
                notes="The engineer visit is timed but 'we'll email you the confirmation' is not; after the 52 s hold the agent carries on without thanking."),
    turns=[
        ("A", "Thanks for calling, uh, Northgate Energy, um, this is Kelly, how can I help?"),
        ("C", "Hiya, yeah, I've got your HomeCare cover, and the heating stopped working on Sunday. The boiler's showing, like, an F28 code."),
        ("A", "Okay, can I get your postcode and the name on the account?"),
        ("C", "Postcode's L S 6, 2 Q T. It's Martin Hughes."),
        ("A", "Thanks, Martin. So, um, just so I've got it right, your boiler's been off since Sunday with an F28 fault, and you need an engineer out under your cover?"),
        ("C", "Yeah, that's it."),
        ("A", "Right, let me pop you on hold while I check the engineer diary for your area."),
        ("A", "Okay, so I can book an engineer for tomorrow morning, between 8 and 12. You'll need to have someone over 18 at home.", {"gap": 52.0, "tag": ("hold", "neg_opt")}),
        ("C", "Tomorrow's fine, yeah, I'm working from home."),
        ("A", "Lovely. That's booked for tomorrow morning then, and we'll email you the confirmation."),
        ("C", "Great."),
        ("A", "Anything else I can do for you today, Martin?"),
        ("C", "No, that's it."),
        ("A", "Okay, well, sorry about the trouble with the heating, and, uh, thanks for calling, bye."),
    ],
)

call(
    "h6-08-courier-missed-delivery",
    industry="parcel courier",
    style="ASR: lower-case, no punctuation, truncated company name",
    words=True,
    exercises="ASR-truncated company ('parcel fas'); customer-caused 13.5 s wait (hold na); full number read-back is not a paraphrase but the later restatement is; 'we dont do X but what i can do is Y'; customer cuts in; garbled 'any thing else'",
    labels=dict(greeting="pass", closing="pass", empathy="na", paraphrase="pass", follow_up="pass",
                personalization="na_or_fail", hold_etiquette="na", transfer="na",
                notes="Rearranging a missed delivery is a routine request (empathy na); the long silence is the customer fetching the card."),
    turns=[
        ("A", "hi youve reached parcel fas this is dev how can i help"),
        ("C", "hi yeah i had one of your cards through the door yesterday saying i missed a delivery and i want to rearrange it for saturday cause im at work all week"),
        ("A", "mm hmm", {"at_start": 3.0, "tag": "bc"}),
        ("A", "okay no bother can i have the tracking number off the card", {"at_end": 0.25}),
        ("C", "hang on let me find it its in the kitchen"),
        ("C", "right its p f nine nine three oh two one eight", {"gap": 13.5, "tag": "wait"}),
        ("A", "p f nine nine three oh two one eight"),
        ("C", "yeah"),
        ("A", "okay so you missed us yesterday and youd like us to bring it back round on saturday instead"),
        ("C", "yes please if you can"),
        ("A", "we dont do saturday deliveries in your area but what i can do is send it to the pick up point at the co-op on mill lane and itll be there from friday"),
        ("C", "oh the co-op yeah that works actually", {"at_end": 0.8}),
        ("A", "great so its going to the co-op and youll get a text with a collection code on friday morning"),
        ("C", "perfect"),
        ("A", "is there any thing else i can help with"),
        ("C", "no thats it cheers"),
        ("A", "thanks for calling parcel fast have a good one bye"),
    ],
)

call(
    "h6-09-mobile-double-roaming-charge",
    industry="mobile network",
    style="clean, punctuated",
    words=True,
    exercises="'this is Harbour Mobile' (company, no agent name); 'I was charged twice' as plain fact; 'No, we can't ..., it's our policy' refusal; customer cuts in, agent cuts in 0.8 s; 'so it can't happen again' is not a refusal; transfer naming where but not why",
    labels=dict(greeting="fail", closing="na_or_fail", empathy="pass", paraphrase="fail", follow_up="pass",
                personalization="fail", hold_etiquette="na", transfer="fail",
                notes="The alternative (switching roaming off) comes in a later turn, so the policy refusal stays negative; 'transfer you to billing' says where but not why."),
    turns=[
        ("A", "Hello, this is Harbour Mobile, how can I help you today?"),
        ("C", "Hi. I was charged twice for the same roaming bundle last month. It's on my bill as two lots of fifteen pounds, both on the 3rd."),
        ("A", "Oh, I'm sorry about that. Can I take your name and the mobile number?"),
        ("C", "Yes, it's Farah Siddiqui, and the number's 07700 900418."),
        ("A", "Thank you. Let me just pull up last month's bill."),
        ("A", "Okay, yes, that second one's a duplicate. I've taken it off, and you'll see the fifteen pounds back on your account within 48 hours.", {"gap": 7.5}),
        ("C", "Okay. And can you refund the roaming from the month before as well? I didn't even know the day pass had switched itself on."),
        ("A", "No, we can't refund those, it's our policy once the pass has been used.", {"tag": "neg"}),
        ("C", "Even though I never agreed to it? That's a bit much, I've been with you for eleven years, and nobody ever told me it would just turn itself on.", {"at_end": 0.9}),
        ("A", "I understand it's frustrating. What I can do is switch roaming off on your line, so it can't happen again.", {"at_end": 0.8, "tag": "intr"}),
        ("C", "Yeah, do that, please."),
        ("A", "Done, that's off now."),
        ("C", "Thanks. Oh, and can I get paper bills posted to me instead of using the app?"),
        ("A", "Let me transfer you to billing."),
        ("C", "Okay."),
    ],
)

call(
    "h6-10-gym-cancel-membership",
    industry="gym",
    style="ASR: lower-case, no punctuation, misheard words",
    words=False,
    exercises="clear bad call: 'theres nothing i can do', 'calm down', 'you have to' demand, 'i cant' refusal, 'youll need to' borderline; frustration ignored; name used; no closing",
    labels=dict(greeting="pass", closing="fail", empathy="fail", paraphrase="fail", follow_up="na",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="Four clear negative turns; 'youll need to give thirty days notice' is a neutral instruction, so optional."),
    turns=[
        ("A", "hi welcome to ironworks gym this is jade how can i help"),
        ("C", "hi yeah i want to cancel my membership ive moved to leads for work and theres no branch up there"),
        ("A", "ok can i take your name and date of birth"),
        ("C", "its chloe barnes twenty third of the ninth ninety six"),
        ("A", "ok chloe so youll need to give thirty days notice on the contract", {"tag": "neg_opt"}),
        ("C", "what but i cant even use it theres no gym in leeds thats not fair"),
        ("A", "theres nothing i can do its in the contract", {"tag": "neg"}),
        ("C", "this is ridiculous ive been paying you for three years"),
        ("A", "okay calm down", {"tag": "neg"}),
        ("C", "dont tell me to calm down"),
        ("A", "you have to come into the branch and fill in the form anyway", {"tag": "neg"}),
        ("C", "i live in leeds now thats the whole point"),
        ("A", "well i cant cancel it over the phone", {"tag": "neg"}),
        ("C", "unbelievable ill email head office"),
        ("A", "ok"),
    ],
)

call(
    "h6-11-university-near-miss-offer",
    industry="university admissions",
    style="clean with fillers",
    words=True,
    exercises="filler in the greeting; customer's own 'I don't know' (not agent's); backchannels; empathy + paraphrase in one turn; agent cuts in 1.2 s; transfer with where and why ends the call",
    labels=dict(greeting="pass", closing="na_or_fail", empathy="pass", paraphrase="pass", follow_up="na",
                personalization="pass", hold_etiquette="na", transfer="pass",
                notes="The transfer says where (nursing admissions) and why (they decide near-miss offers); it ends the call before any closing."),
    turns=[
        ("A", "Good morning, um, University of Eastmoor admissions, Rory speaking, how can I help?"),
        ("C", "Hi, um, I got my results this morning, and I needed A A B for nursing and I got A B B, so I've missed it by one grade, and I'm really worried I've lost my place, like, I don't know what happens now."),
        ("A", "Mm-hmm.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Yeah.", {"at_start": 9.0, "tag": "bc"}),
        ("A", "Oh, I'm sorry, I know results day is really stressful. So you've missed your nursing offer by one grade, and you want to know whether there's still a way onto the course?", {"at_end": 0.2}),
        ("C", "Yes, exactly."),
        ("A", "Okay. Can I take your name and your UCAS ID?"),
        ("C", "It's Ellie Marsh, and my UCAS ID is 123 456 7890."),
        ("A", "Thanks, Ellie. Let me just check your application."),
        ("A", "Right, so your place isn't confirmed yet, which means it's still being looked at by the nursing team.", {"gap": 5.0}),
        ("C", "Is there any way to, like, speed that up? Because my mum's saying I should just go into Clearing, and I really don't want to lose the place if—"),
        ("A", "Don't go into Clearing yet.", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Okay."),
        ("A", "Let me transfer you to the nursing admissions team, because they're the ones who make decisions on near-miss offers. Is that alright, Ellie?"),
        ("C", "Yes, please."),
        ("A", "Okay, putting you through now."),
    ],
)

call(
    "h6-12-vet-booster-booking",
    industry="vet",
    style="ASR: lower-case, no punctuation, fillers in the greeting",
    words=False,
    exercises="'thanks for calling uh brightside vets youre speaking with um tom'; routine booking (empathy na); 'the booster' repeats one detail (not a paraphrase); the pet's name used, the owner's never; timed reminder",
    labels=dict(greeting="pass", closing="pass", empathy="na", paraphrase="fail", follow_up="pass",
                personalization="fail", hold_etiquette="na", transfer="na",
                notes="The agent says 'biscuit' (the dog) three times but never the customer's name, grace okafor."),
    turns=[
        ("A", "thanks for calling uh brightside vets youre speaking with um tom how can i help"),
        ("C", "hi i need to book biscuit in for her booster"),
        ("A", "the booster"),
        ("C", "yeah her yearly injections shes a cocker spaniel"),
        ("A", "lovely whats the sir name on the account"),
        ("C", "okafor o k a f o r its grace okafor"),
        ("A", "and its biscuit yeah ive got her here her boosters due on the fourteenth"),
        ("C", "could i do a saturday"),
        ("A", "weve got saturday the sixteenth at ten twenty with doctor hail"),
        ("C", "perfect"),
        ("A", "great thats booked for biscuit and well text you a reminder the day before"),
        ("C", "lovely thanks"),
        ("A", "anything else i can help with today"),
        ("C", "no thats all"),
        ("A", "thanks for calling see you and biscuit on saturday bye"),
    ],
)

call(
    "h6-13-letting-agent-leak",
    industry="letting agency",
    style="clean, punctuated",
    words=True,
    exercises="greeting missing only the company; 'Oh no.' inside the customer's turn (backchannel-like, optional); polite 'I don't know if you've tried' vs 'I don't know when' (cutting in 0.9 s); customer-caused wait then an unannounced 18 s agent silence; untimed callback; 'Is there anything else?' with no thanks or goodbye",
    labels=dict(greeting="fail", closing="fail_or_pass", empathy="pass", paraphrase="fail", follow_up="fail",
                personalization="na_or_fail", hold_etiquette="fail", transfer="na",
                notes="Two long silences: the 14 s one is the customer's (na) but the 18 s one is the agent working unannounced, so hold fails."),
    turns=[
        ("A", "Hi, you're through to Sam, how can I help?"),
        ("C", "Hi, I rent a flat through you, 9B Carlton Street, and the shower's leaking through the ceiling into the flat downstairs. The lady downstairs just came up, there's water coming through her light fitting."),
        ("A", "Oh no.", {"at_start": 7.5, "tag": "intr_opt"}),
        ("A", "That's awful. I don't know if you've tried turning the water off at the stopcock?", {"gap": 0.4}),
        ("C", "Where's the stopcock?"),
        ("A", "Usually under the kitchen sink."),
        ("C", "Hang on."),
        ("C", "Okay, got it, it's off.", {"gap": 14.0, "tag": "wait"}),
        ("A", "Right, good."),
        ("A", "Okay, I've logged it as an emergency repair.", {"gap": 18.0, "tag": "hold"}),
        ("C", "So when's someone coming? Because there's water all over her kitchen, and she's, she's elderly, and—"),
        ("A", "I don't know when the plumber can get there.", {"at_end": 0.9, "tag": ("intr", "neg")}),
        ("C", "Well, can you find out?"),
        ("A", "Someone from maintenance will ring you back."),
        ("C", "Okay."),
        ("A", "Is there anything else?"),
        ("C", "No. Bye."),
    ],
)

call(
    "h6-14-dentist-reschedule",
    industry="dental practice",
    style="clean, punctuated",
    words=False,
    exercises="clear good routine call: full greeting, paraphrase, hold with reason and thanks, timed confirmation text, name used, full closing; empathy na",
    labels=dict(greeting="pass", closing="pass", empathy="na", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="pass", transfer="na",
                notes="Moving a check-up for a work clash is routine, so empathy is na."),
    turns=[
        ("A", "Good afternoon, Parkside Dental, this is Helen speaking, how can I help you?"),
        ("C", "Hi Helen, I've got a check-up on Thursday at 9, but something's come up at work, so I need to move it, ideally to next week."),
        ("A", "No problem at all. Can I take your name, please?"),
        ("C", "It's Tom Reilly."),
        ("A", "Thanks, Tom. So you'd like to move Thursday's 9 o'clock check-up to sometime next week?"),
        ("C", "Yes please, any afternoon."),
        ("A", "Let me put you on hold for a moment while I check Dr Kaur's diary for next week."),
        ("A", "Thank you for holding, Tom. I've got Tuesday at 2:30 or Wednesday at 4.", {"gap": 24.0, "tag": "hold"}),
        ("C", "Tuesday at 2:30 is great."),
        ("A", "Lovely, that's moved to Tuesday at 2:30, and you'll get a confirmation text within the hour."),
        ("C", "Brilliant."),
        ("A", "Is there anything else I can help you with today?"),
        ("C", "No, that's everything, thanks."),
        ("A", "You're welcome, Tom. Thanks for calling, bye."),
    ],
)

call(
    "h6-15-rail-delay-repay",
    industry="train operator",
    style="ASR: lower-case, no punctuation, garbled closing",
    words=True,
    exercises="greeting with no salutation; agent starts exactly 0.5 s before the customer ends (threshold, optional) and later cuts in 0.8 s; 'for the refund theres a form' shares one word (not a paraphrase); 'youll need to' borderline; garbled but complete closing",
    labels=dict(greeting="fail", closing="pass", empathy="fail", paraphrase="fail", follow_up="pass",
                personalization="na_or_fail", hold_etiquette="na", transfer="na",
                notes="Cancelled train and late for work with no empathy; the first overlap sits exactly on the 0.5 s threshold, so it is optional."),
    turns=[
        ("A", "northline rail customer relations this is omar how can i help"),
        ("C", "yeah hi so my train this morning the seven fifteen from hexham was cancelled and then the next one was late as well so i got into work two hours late and ive got a season ticket so i want to claim for it"),
        ("A", "mm hmm", {"at_start": 4.0, "tag": "bc"}),
        ("A", "right", {"at_start": 9.0, "tag": "bc"}),
        ("A", "okay which date was it", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "today the fourteenth"),
        ("A", "for the refund theres a form on the website"),
        ("C", "cant you just do it over the phone ive literally got the ticket in my hand and i dont have time to be filling in forms"),
        ("A", "youll need to fill in the delay re pay form online", {"at_end": 0.8, "tag": ("intr", "neg_opt")}),
        ("C", "fine whats the website"),
        ("A", "northline dot co dot uk slash delay re pay and once you submit it youll get the money back within twenty eight days"),
        ("C", "twenty eight days wow okay"),
        ("A", "is there any thing else i can help with to day"),
        ("C", "no"),
        ("A", "thanks for calling north line bye bye"),
    ],
)

call(
    "h6-16-broadband-evening-dropouts",
    industry="broadband provider",
    style="clean, punctuated",
    words=False,
    exercises="generic 'Sorry, could you repeat that?' is the only 'sorry' (empathy fail); 'I can't see any faults' is not a refusal; 'Bear with me' with no reason, then thanked after 16 s; vague transfer ('another team') ends the call",
    labels=dict(greeting="pass", closing="na_or_fail", empathy="fail", paraphrase="pass", follow_up="na",
                personalization="pass", hold_etiquette="fail", transfer="fail",
                notes="The wait was asked for and thanked but no reason was given, so hold fails by the letter; 'another team' is neither a clear where nor a why."),
    turns=[
        ("A", "Hello, thanks for calling Fibrelink, my name's Josh, how can I help you today?"),
        ("C", "Hi, my internet keeps cutting out. Every evening, from about seven, since Friday."),
        ("A", "Sorry, could you repeat that? The line's a bit crackly."),
        ("C", "The internet. It keeps dropping out every evening, since Friday. I've restarted the router loads of times."),
        ("A", "Okay, no problem. Can I take your name and the postcode on the account?"),
        ("C", "Anika Patel, B13 9RX."),
        ("A", "Thank you, Anika. So your broadband's been dropping every evening since Friday, and restarting the router hasn't sorted it?"),
        ("C", "That's right."),
        ("A", "Bear with me one moment."),
        ("A", "Thanks for bearing with me. I've run a line test, and I can't see any faults on the line itself.", {"gap": 16.0, "tag": "hold"}),
        ("C", "So what now? I work from home, I can't keep losing the connection like this."),
        ("A", "Let me transfer you to another team."),
        ("C", "Okay..."),
        ("A", "Putting you through."),
    ],
)

call(
    "h6-17-shop-wrong-size-exchange",
    industry="online clothing shop",
    style="clean with fillers",
    words=True,
    exercises="greeting split over two agent turns ('Hello?' then the full greeting); backchannels; 'The blue one?' and 'I've set up the exchange' are not paraphrases; 'No, you don't pay anything' answers; untimed returns label; customer cuts in; closing with only thanks/bye",
    labels=dict(greeting="pass", closing="fail_or_pass", empathy="pass", paraphrase="fail", follow_up="fail",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="All four greeting parts arrive within 4 s across two turns; the close thanks and says bye but never offers further help."),
    turns=[
        ("A", "Hello?"),
        ("C", "Oh, hi, is that Threadbare?"),
        ("A", "Yes, hi, sorry, you've reached Threadbare customer care, I'm Nadia, what can I do for you?"),
        ("C", "Hi Nadia. So, um, I ordered a jacket last week, the quilted one, in a medium, and it came today and it's an extra large, and the label inside says extra large too, so it's not just, like, a sizing thing."),
        ("A", "Mm-hmm.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Okay.", {"at_start": 8.0, "tag": "bc"}),
        ("A", "Ah, sorry about that. The blue one?", {"gap": 0.5}),
        ("C", "Yeah, the navy one."),
        ("A", "And what's the name on the order?"),
        ("C", "Lucy Ferreira."),
        ("A", "Thanks, Lucy. Do you want a refund, or the medium?"),
        ("C", "The medium, please, if you've got it."),
        ("A", "We do, yes. I've set up the exchange for you."),
        ("C", "Great. Do I have to pay to send the other one back?"),
        ("A", "No, you don't pay anything. We'll email you a free returns label, and the medium will go out once the extra large is scanned at the post office."),
        ("C", "Oh, perfect.", {"at_end": 0.7}),
        ("A", "No worries at all. Thanks for calling, Lucy, bye!"),
        ("C", "Bye!"),
    ],
)

call(
    "h6-18-council-parking-permit",
    industry="city council",
    style="clean, punctuated",
    words=True,
    exercises="greeting missing only the agent's name; routine request (empathy na); unannounced 15 s silence followed by 'Thanks for waiting' (still a fail); 'you'll need to' borderline; 'No, you don't need a new photo' answers; name never used; customer ends the call",
    labels=dict(greeting="fail", closing="fail", empathy="na", paraphrase="pass", follow_up="pass",
                personalization="fail", hold_etiquette="fail", transfer="na",
                notes="The agent thanks the caller for waiting but never announced the 15 s silence or gave a reason; the customer says bye and the agent never closes."),
    turns=[
        ("A", "Good morning, Hallam City Council parking services, how can I help?"),
        ("C", "Hi, my residents' parking permit runs out at the end of the month and I want to renew it, but I've moved from number 12 to number 30 on the same street."),
        ("A", "Mm-hmm.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Okay, so you'd like to renew your resident's permit and have it moved to your new address on the same road?", {"at_end": 0.3}),
        ("C", "Yes, that's it."),
        ("A", "Can I have your permit number and your name, please?"),
        ("C", "It's R P 2 0 4 4 7, and it's Jonathan Mbeki."),
        ("A", "Okay."),
        ("A", "Thanks for waiting. Right, you'll need to upload a proof of address for number 30, like a council tax bill.", {"gap": 15.0, "tag": ("hold", "neg_opt")}),
        ("C", "Do I need a new photo as well?"),
        ("A", "No, you don't need a new photo, the old one carries over."),
        ("C", "Okay, good. I'll upload the bill tonight."),
        ("A", "Great. Once it's uploaded, the new permit will be active from the first of the month."),
        ("C", "Lovely, cheers, bye."),
    ],
)

call(
    "h6-19-mobile-stolen-phone",
    industry="mobile network",
    style="ASR: lower-case, no punctuation, misheard words",
    words=False,
    exercises="ASR-truncated company ('vox mob'); 'oh no thats awful'; hold with reason and thanks; 'we cant X but what i can do is Y'; 'um i dont know'; one timed and one untimed commitment",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="fail",
                personalization="pass", hold_etiquette="pass", transfer="na",
                notes="The SIM has a time frame but 'someone from the insurance team will ring you back' does not, so follow-up fails."),
    turns=[
        ("A", "good morning thank you for calling vox mob this is chris how can i help"),
        ("C", "hi um yeah my phone got stolen last night on the bus and i need to like stop the sim before someone uses it"),
        ("A", "oh no thats awful are you okay"),
        ("C", "yeah im fine just annoyed"),
        ("A", "can i take your name and the mobile number"),
        ("C", "its jess oneill and the number is oh seven seven double oh nine double oh one two three"),
        ("A", "thanks jess so your phone was taken last night and you want the sim blocked so nobody can run up charges on it"),
        ("C", "yeah exactly"),
        ("A", "okay let me put you on a short hold while i bar the sim and check your insurance"),
        ("A", "thanks for holding jess thats the sim bard now we cant block the handset itself but what i can do is send you a replacement sim and itll arrive in two to three working days", {"gap": 31.0, "tag": "hold"}),
        ("C", "okay and will the insurance cover the phone"),
        ("A", "um i dont know", {"tag": "neg"}),
        ("C", "right"),
        ("A", "someone from the insurance team will ring you back about it"),
        ("C", "okay thanks"),
        ("A", "is there anything else i can help with"),
        ("C", "no"),
        ("A", "okay take care jess bye"),
    ],
)

call(
    "h6-20-saas-duplicate-annual-charge",
    industry="SaaS billing",
    style="clean, punctuated",
    words=True,
    exercises="greeting missing the agent's name; 'I was charged twice' as plain fact and frustration, no empathy; backchannel; agent cuts in twice (0.7 s, 1.1 s); paraphrase; transfer with where and why ends the call; customer never named",
    labels=dict(greeting="fail", closing="na_or_fail", empathy="fail", paraphrase="pass", follow_up="pass",
                personalization="na_or_fail", hold_etiquette="na", transfer="pass",
                notes="The agent talks over the customer's complaint about last year instead of acknowledging it; the workspace name is not a person's name."),
    turns=[
        ("A", "Hi, Cloudhatch billing, how can I help?"),
        ("C", "Hi, yeah, I was charged twice for our annual plan this month, both on the 2nd, 480 pounds each, and we've only got the one workspace, so I'm guessing something's gone wrong on your side."),
        ("A", "Okay.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "What's the workspace ID?", {"at_end": 0.7, "tag": "intr"}),
        ("C", "It's, um, harbour-design-studio."),
        ("A", "Right."),
        ("A", "Yep, I can see both. So you've been billed for the annual plan twice for a single workspace, and you want the duplicate refunded?", {"gap": 3.0}),
        ("C", "Yes. And honestly this is the second time this has happened, last year it took ages to get the money back, and I had to chase it three times."),
        ("A", "The refund will go back to your card in 5 to 10 working days.", {"at_end": 1.1, "tag": "intr"}),
        ("C", "Okay. And I need a VAT invoice for the one that's left."),
        ("A", "Let me transfer you to my colleague in accounts, because VAT invoices are done by them."),
        ("C", "Sure."),
    ],
)

call(
    "h6-21-hotel-noise-complaint",
    industry="hotel",
    style="clean, punctuated",
    words=True,
    exercises="clear good complaint call with one interruption (0.7 s); 'I see'/'Mm-hmm' backchannels; customer-caused 12 s wait; synonym paraphrase; 'We can't X, but what I can do is Y'; customer cuts in; two timed commitments; title + surname",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="Everything passes except the clarifying question that cuts in on the customer; the 12 s silence is the customer finding her email."),
    turns=[
        ("A", "Good evening, welcome to the Lindqvist Hotel, my name is Erik, how may I assist you?"),
        ("C", "Hi, yes, I stayed with you last weekend and I want to make a complaint, really. On the Saturday night there was a wedding party in the room next to mine until about four in the morning, I rang reception twice and nobody came up, and I had to drive home the next day on about two hours' sleep."),
        ("A", "I see.", {"at_start": 5.0, "tag": "bc"}),
        ("A", "Mm-hmm.", {"at_start": 12.0, "tag": "bc"}),
        ("A", "Oh, I'm so sorry, that sounds like an awful night.", {"gap": 0.4}),
        ("C", "It was. I'd like some money back, honestly."),
        ("A", "Of course. Could I take your name and the booking reference?"),
        ("C", "It's Funmi Adeyemi. The reference, hang on, let me find the email."),
        ("C", "Here it is, L H 7 7 0 3 2.", {"gap": 12.0, "tag": "wait"}),
        ("A", "Thank you, Ms Adeyemi. So, just to check I've understood: the guests next door kept you awake most of Saturday night, reception didn't come when you rang, and you're asking for part of your payment back?"),
        ("C", "Yes, the Saturday at least. It was the second night of a, of a two-night stay, and I paid 340 for the two."),
        ("A", "Sorry, so it was only the Saturday that was affected?", {"at_end": 0.7, "tag": "intr"}),
        ("C", "Just the Saturday, yes."),
        ("A", "We can't refund the whole stay, but what I can do is refund the Saturday night in full, that's 170 pounds."),
        ("C", "That's fair, thank you.", {"at_end": 0.6}),
        ("A", "You're welcome. I'll email you confirmation of the refund by the end of today, and it should be back on your card within 5 working days."),
        ("C", "Great."),
        ("A", "Is there anything else I can help you with, Ms Adeyemi?"),
        ("C", "No, thank you."),
        ("A", "Thank you for calling, and again, I'm sorry about your stay. Goodbye."),
    ],
)

call(
    "h6-22-courier-damaged-parcel",
    industry="parcel courier",
    style="clean, punctuated",
    words=False,
    exercises="greeting with no salutation; 'We can't take claims' refusal; 'you have to contact the shop' demand; late empathy; 'there's a fee' shares one word with the request (not a paraphrase); untimed note; agent ends with 'Okay.'",
    labels=dict(greeting="fail", closing="fail", empathy="pass", paraphrase="fail", follow_up="fail",
                personalization="na_or_fail", hold_etiquette="na", transfer="na",
                notes="'you have to contact the shop' pushes the customer away after a refusal, so it is counted as a demand; the apology comes late but counts."),
    turns=[
        ("A", "Swiftbox, Aaron speaking, how can I help?"),
        ("C", "Hi. My parcel came this morning and the box was crushed, and the lamp inside is broken, the glass shade's in pieces."),
        ("A", "Can I have the tracking number?"),
        ("C", "S B 5 5 1 0 3 9 2."),
        ("A", "Thanks. Yes, I can see it was delivered at 9:40."),
        ("C", "So how do I claim for it?"),
        ("A", "We can't take claims from the person receiving the parcel.", {"tag": "neg"}),
        ("C", "What? It was your driver who crushed it."),
        ("A", "The sender has to make the claim, so you have to contact the shop you bought it from.", {"tag": "neg"}),
        ("C", "That's ridiculous, the shop will just blame you."),
        ("A", "I understand, and I'm sorry it arrived in that state."),
        ("C", "Can you at least come and collect it, so they can see it?"),
        ("A", "For a collection there's a fee of 8 pounds."),
        ("C", "Forget it. I'll take photos and email the shop myself."),
        ("A", "Okay. I'll add a note to the tracking record so the shop can see the damage was reported."),
        ("C", "Fine. Bye."),
        ("A", "Okay."),
    ],
)

call(
    "h6-23-gp-test-results-worry",
    industry="GP clinic",
    style="ASR: lower-case, no punctuation, garbled words",
    words=False,
    exercises="ASR-split company ('the elms sur gery'); unannounced 25 s silence, no thanks; 'i dont know' to a worried patient; empathy + 'we cant X but what i can do is Y'; completion report 'ive booked you in' is not a paraphrase; garbled 'any think else'",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="fail", follow_up="pass",
                personalization="pass", hold_etiquette="fail", transfer="na",
                notes="'ive booked you in' reports an action rather than restating the worry; the 25 s silence after 'ok' was never announced or thanked."),
    turns=[
        ("A", "good morning thank you for calling the elms sur gery this is fatima how can i help"),
        ("C", "hi um i had a blood test last week and ive had a text saying the doctor wants to discuss the results and im really worried now"),
        ("A", "can i take your name and date of birth"),
        ("C", "yeah its david cho c h o first of may eighty two"),
        ("A", "ok"),
        ("A", "right david the doctors left a note to book you a phone call", {"gap": 25.0, "tag": "hold"}),
        ("C", "is it bad is it something serious"),
        ("A", "i dont know i can only see the note", {"tag": "neg"}),
        ("C", "ok"),
        ("A", "i know waiting is horrible we cant give results out on reception but what i can do is book you a phone call with doctor ahmed for tomorrow morning"),
        ("C", "yes please"),
        ("A", "ive booked you in doctor ahmed will call you tomorrow between ten and twelve"),
        ("C", "ok thank you"),
        ("A", "is there any think else i can help with"),
        ("C", "no thats it"),
        ("A", "thank you for calling bye"),
    ],
)

call(
    "h6-24-water-bill-jump",
    industry="water company",
    style="clean with fillers",
    words=False,
    exercises="fillers all through the greeting; brief empathy; synonym paraphrase; hold with reason and thanks; 'There's nothing I can do' refusal; name given never used; transfer with where and why ends the call",
    labels=dict(greeting="pass", closing="na_or_fail", empathy="pass", paraphrase="pass", follow_up="na",
                personalization="fail", hold_etiquette="pass", transfer="pass",
                notes="'Karen' is the colleague, not the customer; the refusal comes before the transfer, in its own turn, so it stays negative."),
    turns=[
        ("A", "Um, hello, Severnside Water, you're speaking to, uh, Gemma, how can I, um, help?"),
        ("C", "Hi, yes, my direct debit's gone up from 40 pounds to 160 a month, and there's only two of us in the house. I think there must be something wrong with the meter."),
        ("A", "Oh no, that's a big jump, I'm sorry. Can I take your name and account number?"),
        ("C", "It's Peter Lindgren, account 6 6 0 4 1 2 7 3."),
        ("A", "Okay. So your monthly payment's jumped to four times what it was, and you think the meter reading might be off?"),
        ("C", "Exactly."),
        ("A", "Let me put you on hold for a minute while I look at your meter readings."),
        ("A", "Thanks for waiting. The last reading was an estimate, not an actual reading.", {"gap": 40.0, "tag": "hold"}),
        ("C", "Right, so can you just put it back to 40?"),
        ("A", "There's nothing I can do about the payment amount from here.", {"tag": "neg"}),
        ("C", "Well, who can?"),
        ("A", "Let me put you through to Karen in our metering team, she can book an actual meter reading and recalculate your payments."),
        ("C", "Okay, thanks."),
    ],
)


def main() -> None:
    check_make_up(CALLS, n_calls=24)
    write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h6", seed_base=600,
              min_utterances=8, max_utterances=30)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR} and labels to {LABELS_PATH}")


if __name__ == "__main__":
    main()
