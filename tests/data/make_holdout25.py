"""Write the holdout25 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout25.py

Writes tests/data/holdout25/<call_id>.json, tests/data/holdout25-labels.json and
tests/data/holdout25/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout25"
LABELS_PATH = HERE / "holdout25-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
MIN_UTTS = 12
MAX_UTTS = 15
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 13.0, "tag": "hold"}
W = {"gap": 11.5, "tag": "wait"}


# ---------------------------------------------------------------------------
# 1-12: clean text with word timings and real overlaps
# ---------------------------------------------------------------------------

call("h25-01-water-estimated-bill", industry="water utility billing", style=CLEAN, words=True,
     exercises="full greeting; estimated bill shock; agent cuts in with a question; empathy after it; restatement; timed email; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The agent cuts in on the long complaint with a question (interruption), then acknowledges the shock; the corrected bill is emailed 'today'."),
     turns=[
        ("A", "Good morning, Brookvale Water, you're speaking with Martin, how can I help today?"),
        ("C", "Hi, I've just opened my quarterly bill and it says I owe four hundred and twelve pounds, which is nearly three times what I normally pay, and there's only two of us in the house, so I really don't understand how it can be that much."),
        ("A", "Can I stop you there, is the reading on it marked as an estimate?", {"at_end": 1.3, "tag": "intr"}),
        ("C", "Um, let me look. Yes, it says E next to it."),
        ("A", "Okay. And can I take your name and the account number?"),
        ("C", "It's Gwen Tallis, account 5590 3187."),
        ("A", "Thanks, Gwen. I'm sorry, that must have been a nasty surprise when you opened it."),
        ("C", "It was, honestly."),
        ("A", "So the bill was worked out from an estimated reading rather than your meter, and you'd like it recalculated on what you've actually used."),
        ("C", "Yes, exactly. My meter says 0481 today."),
        ("A", "I've put that reading on and the bill comes down to a hundred and thirty-eight pounds. I'll email the corrected bill to you today."),
        ("C", "Oh, that's a relief."),
        ("A", "Is there anything else I can help with, Gwen?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, take care, bye."),
     ])

call("h25-02-roaming-spain-policy", industry="mobile roaming charges", style=CLEAN, words=True,
     exercises="greeting without agent name; roaming charge complaint; two backchannels; detail read-back only; policy refusal; 'you'll need to' instruction; untimed text; name never used; offer only at close",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na",
              "'It's our policy that roaming charges aren't refunded' refuses with no alternative; 'you'll need to add a Travel Pass next time' is a neutral instruction (optional); the close only asks 'Anything else?' and ends on 'Okay'."),
     turns=[
        ("A", "Hi, thanks for calling Telvia Mobile, how can I help?"),
        ("C", "Hello, I got back from a week in Spain and my bill has eighty-six pounds of roaming charges on it, but when I signed up the shop told me Europe was included in my plan, so I don't see why I've been charged at all, and nobody warned me by text either."),
        ("A", "Mm-hmm.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Right.", {"at_start": 7.5, "tag": "bc"}),
        ("A", "Spain, you said?"),
        ("C", "Yes, Malaga."),
        ("A", "Can I get your name and the mobile number?"),
        ("C", "Farida Osei, 07700 900 418."),
        ("A", "Your plan doesn't include roaming, it was a UK-only tariff. It's our policy that roaming charges aren't refunded once they've been used.", {"tag": "neg"}),
        ("C", "So I'm just stuck with it?"),
        ("A", "You'll need to add a Travel Pass before you go abroad next time.", {"tag": "neg_opt"}),
        ("C", "Fine."),
        ("A", "I'll text you the Travel Pass details. Anything else?"),
        ("C", "No."),
        ("A", "Okay."),
     ])

call("h25-03-bank-overdraft-fee", industry="current account banking", style=CLEAN, words=True,
     exercises="full greeting with nickname; overdraft fee; brief 'oh no'; customer cuts in on the agent; hold asked with reason and thanked; limit with alternative; timed refund; surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'We can't refund the whole fee, but what I can do is refund half' is a limit with an alternative, not negative; the customer's 'Yes, that's it' overlaps the agent and is not an agent interruption."),
     turns=[
        ("A", "Good afternoon, Harbourside Bank, my name's Oluwaseun but everyone calls me Seun, what can I do for you?"),
        ("C", "Hi Seun, I've been charged a twenty-five pound overdraft fee, but my salary went in the same morning, so I was only overdrawn for a few hours."),
        ("A", "Oh no, sorry about that. Could I take your full name and date of birth?"),
        ("C", "Erik Lindqvist, ninth of March, eighty-two."),
        ("A", "Thank you, Mr Lindqvist. So you were charged the fee for going overdrawn briefly before your salary landed, and you'd like it taken off."),
        ("C", "Yes, that's it.", {"at_end": 0.8}),
        ("A", "May I put you on hold for a minute while I look at the transactions on that day?"),
        ("C", "Sure."),
        ("A", "Thank you for holding, Mr Lindqvist. We can't refund the whole fee, as the account was overdrawn at the cut-off time, but what I can do is refund half of it as a goodwill gesture.", H),
        ("C", "I'll take that, thanks."),
        ("A", "That's done now, and the twelve fifty will show on your account within two hours."),
        ("C", "Great."),
        ("A", "Anything else I can help you with today?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling Harbourside, have a lovely afternoon."),
     ])

call("h25-04-credit-union-loan-status", industry="credit union loans", style=CLEAN, words=True,
     exercises="greeting without company; routine loan status check; backchannel then cut-in; spelled name used; restatement; timed decision plus untimed conditional posting; thanks-only close",
     labels=L("fail", "fail_or_pass", "na", "pass", "fail", "pass", "na", "na",
              "A status check on an application is routine (empathy na); 'Once it's approved I'll post the loan agreement' is a commitment with only a condition, no time, so follow-up fails although the decision has 'by Thursday'."),
     turns=[
        ("A", "Hello, this is Aoife, how can I help you?"),
        ("C", "Hi, I put in an application for a car loan last Tuesday, for about six thousand pounds, and I'm just ringing to see where it's up to, because the dealer is holding the car for me until the end of the month and I'd like to let him know."),
        ("A", "Uh-huh.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Okay, so what's your member number?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "It's 220 415."),
        ("A", "And your name?"),
        ("C", "Siobhan Reilly, that's S-I-O-B-H-A-N."),
        ("A", "Thanks, Siobhan. So you want an update on the six thousand pound car loan you applied for last week, because the dealer's holding the car."),
        ("C", "That's right."),
        ("A", "It's with the underwriter now, and you'll have a decision by Thursday."),
        ("C", "Okay, and then what?"),
        ("A", "Once it's approved I'll post the loan agreement out to you for signing."),
        ("C", "Lovely."),
        ("A", "Thanks for calling, bye now."),
     ])

call("h25-05-car-rental-damage-dispute", industry="car rental", style=CLEAN, words=True,
     exercises="full greeting; disputed damage charge; 'calm down' cut-in; late empathy; restatement; warm transfer with team and reason; surname used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
              "'I need you to calm down' cuts in on the angry customer (negative and an interruption); empathy comes later and still counts; the transfer names the damage claims team and why, and the call ends there."),
     turns=[
        ("A", "Good evening, thank you for calling Swiftway Car Rental, I'm Hannah, how may I help?"),
        ("C", "Yes, hello, I returned a car at the airport on Sunday and now I see three hundred pounds taken off my card for a scratch on the rear bumper, and that scratch was there when I picked it up, I told your man at the desk, this is absolutely ridiculous."),
        ("A", "Sir, I need you to calm down so I can look into it.", {"at_end": 1.2, "tag": ("intr", "neg")}),
        ("C", "I am calm, I'm just angry."),
        ("A", "Can I take your name and the rental agreement number?"),
        ("C", "Dariusz Nowak, agreement RA 66 0192."),
        ("A", "Thank you, Mr Nowak. I understand how frustrating it is to be charged for damage you didn't cause."),
        ("C", "Thank you."),
        ("A", "So you've been charged three hundred pounds for a bumper scratch you say was already on the car at pick-up, and you want the charge reversed."),
        ("C", "Yes."),
        ("A", "Our damage claims team handle disputes, and they can check the pick-up photos against the return ones. I'm going to transfer you to them now, Mr Nowak."),
        ("C", "Okay, thanks."),
     ])

call("h25-06-lost-suitcase-wedding", industry="airline lost baggage", style=CLEAN, words=True,
     exercises="greeting split over two turns; delayed bag before a wedding; two backchannels; 'oh no' empathy; customer-caused wait; reference read-back only; one timed and one untimed promise; name used; full close",
     labels=L("pass", "pass", "pass", "fail", "fail", "pass", "na", "na",
              "The greeting's four parts come in two agent turns a few seconds apart; reading back the file reference is a single detail, not a restatement; 'as soon as the bag is located we'll courier it' has no time even though the text update has 'by six tonight'; the long silence is the customer finding the paper."),
     turns=[
        ("A", "Hello, Skylark Airways baggage services."),
        ("C", "Hi."),
        ("A", "My name's Tomasz, how can I help?"),
        ("C", "Hi Tomasz, I flew into Edinburgh from Lisbon last night and my suitcase never came off the belt, and it's got my suit and my wife's dress for a wedding on Saturday, so we're in a real state about it."),
        ("A", "Mm-hmm.", {"at_start": 2.0, "tag": "bc"}),
        ("A", "I see.", {"at_start": 6.5, "tag": "bc"}),
        ("A", "Oh no, that's awful timing with a wedding coming up. Do you have the file reference from the desk?"),
        ("C", "Hold on, let me find the paper."),
        ("C", "Right, it's EDI SK 4471.", W),
        ("A", "EDI SK 4471?"),
        ("C", "That's it. The name's Callum Fraser."),
        ("A", "Thanks, Callum. As soon as the bag is located we'll courier it to wherever you're staying, and you'll get a text update by six tonight."),
        ("A", "Is there anything else I can help with, Callum?"),
        ("C", "No."),
        ("A", "Thank you for calling, goodbye."),
     ])

call("h25-07-hotel-move-dates", industry="hotel reservations", style=CLEAN, words=True,
     exercises="full greeting; routine date change; backchannel; agent starts as customer finishes; restatement; silent wait without asking, thanked; timed confirmation; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "fail", "na",
              "After 'Okay.' the agent goes silent for over ten seconds without asking or announcing a hold, then thanks the customer, so hold etiquette fails; the agent's start 0.3 s before the customer finishes is not an interruption."),
     turns=[
        ("A", "Good morning, Mariner Hotels reservations, this is Gabriel, how may I help you?"),
        ("C", "Morning. I've got a booking at your Bristol hotel for the twelfth and thirteenth of March, two nights, and I need to move it a week later to the nineteenth and twentieth because my conference has been rescheduled, same room type if possible."),
        ("A", "Sure.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Of course. What's the booking reference?", {"at_end": 0.3}),
        ("C", "MH 20 44 871, under Okonkwo."),
        ("A", "And your first name?"),
        ("C", "Adaeze."),
        ("A", "Thank you, Adaeze. So you'd like to move your two-night Bristol stay back by a week, to the nineteenth and twentieth, in the same king room."),
        ("C", "Yes please."),
        ("A", "Okay."),
        ("A", "Thank you for waiting, Adaeze, that's all changed and the rate is the same.", H),
        ("C", "Wonderful."),
        ("A", "You'll receive the updated confirmation by email within the hour. Is there anything else I can help with?"),
        ("C", "No, that's it, thanks."),
        ("A", "Thank you for calling Mariner Hotels, goodbye."),
     ])

call("h25-08-uni-account-locked", industry="university IT helpdesk", style=CLEAN, words=True,
     exercises="bare greeting (no salutation, no offer); locked account before a deadline; cut-in; bare 'oh no'; report of what was done only; timed text; 'you have to' demand; name never given; full close",
     labels=L("fail", "pass", "pass", "fail", "pass", "na_or_fail", "na", "na",
              "'IT helpdesk, Ravi speaking' has no salutation or offer; 'Oh no.' after the cut-in is brief but is empathy; 'You have to use the self-service reset page next time' is a demand; 'I've unlocked the account' reports what was done and is not a restatement."),
     turns=[
        ("A", "IT helpdesk, Ravi speaking."),
        ("C", "Hi, I'm locked out of my university account, it says too many attempts, and I've got an essay due on the portal at midnight and all my notes are in my drive, I'm honestly panicking a bit here."),
        ("A", "What's your student ID?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "It's 2104 5567."),
        ("A", "Oh no. Right, let me look."),
        ("C", "Thanks."),
        ("A", "I've unlocked the account and reset the password."),
        ("C", "Okay."),
        ("A", "You'll get a text with a temporary password in the next couple of minutes."),
        ("C", "Brilliant."),
        ("A", "You have to use the self-service reset page next time, we don't normally do this over the phone.", {"tag": "neg"}),
        ("C", "Okay, sorry."),
        ("A", "Anything else?"),
        ("C", "No, that's it."),
        ("A", "Good luck with the essay, bye."),
     ])

call("h25-09-alarm-night-triggers", industry="home security alarms", style=CLEAN, words=True,
     exercises="full greeting; repeated false alarms; backchannel; agent starts as customer finishes; empathy; restatement; hold asked with reason and thanked; booked engineer and reminder both timed; name never used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "fail", "pass", "na",
              "'Thanks for bearing with me' thanks the customer after an asked hold; the reminder text 'the day before' counts as a time; the customer gives his name but the agent never uses it."),
     turns=[
        ("A", "Hello, you're through to Sentinel Home Security, my name is Joanne, how can I help you?"),
        ("C", "Hi Joanne, our alarm has gone off three nights running at about two in the morning, there's nobody there, the police came once, and the neighbours are getting really fed up with us, we've barely slept."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "That sounds exhausting, I'm sorry. Can I take the name on the account?", {"at_end": 0.25}),
        ("C", "Peter and Lorna Haig, it's under Peter, that's me."),
        ("A", "So your alarm keeps triggering in the middle of the night with no one there, and you want it fixed so it stops."),
        ("C", "Yes, please."),
        ("A", "Would you mind holding for a moment while I check the sensor log for your system?"),
        ("C", "Go ahead."),
        ("A", "Thanks for bearing with me. The hallway sensor has been reporting faults, it's probably failing.", H),
        ("C", "That would make sense."),
        ("A", "I've booked an engineer for Wednesday between eight and twelve, and you'll get a reminder text the day before."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, bye."),
     ])

call("h25-10-bins-missed-twice", industry="council bin collections", style=CLEAN, words=True,
     exercises="greeting without an offer; missed recycling, frustrated; backchannel then cut-in; bare 'no, we can't'; no empathy; no restatement; timed next collection; name never given; full close",
     labels=L("fail", "pass", "fail", "fail", "pass", "na_or_fail", "na", "na",
              "'No, we can't come back out this week' refuses with no alternative (the next scheduled collection is only given after the customer asks again); the frustration is never acknowledged."),
     turns=[
        ("A", "Good morning, Westmere Council waste services, Kemi speaking."),
        ("C", "Hi, yes, our recycling bin has been missed again, that's the second fortnight in a row, the lorry came down the street and just drove past it, and now it's overflowing and the foxes are getting into the bags we've had to leave next to it."),
        ("A", "Yeah.", {"at_start": 2.8, "tag": "bc"}),
        ("A", "What's the postcode?", {"at_end": 1.6, "tag": "intr"}),
        ("C", "WM4 7QS, number eighteen."),
        ("A", "Okay, I've logged it as a missed collection."),
        ("C", "Can someone come back out today or tomorrow?"),
        ("A", "No, we can't come back out this week.", {"tag": "neg"}),
        ("C", "So it just sits there?"),
        ("A", "It'll be collected on your next scheduled day, which is Tuesday."),
        ("C", "Fine."),
        ("A", "Anything else I can help with?"),
        ("C", "No."),
        ("A", "Okay, bye."),
     ])

call("h25-11-sofa-too-big-return", industry="furniture retailer returns", style=CLEAN, words=True,
     exercises="full greeting; routine change-of-mind return; 'Yes, of course' inside the customer's turn (optional interruption); spelled surname used; restatement; untimed email and courier; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "'Yes, of course' spoken inside the customer's long turn is short and does not take the floor but is not one of the listed backchannels, so it is an optional interruption; a change-of-mind return is routine (empathy na)."),
     turns=[
        ("A", "Hi there, welcome to Hearth and Home Furniture, I'm Luca, how can I help you today?"),
        ("C", "Hello, we took delivery of a corner sofa on Friday, and it's lovely, but now it's in the room it's just too big for the space, so we'd like to return it if we can, it's still in the plastic and we haven't sat on it."),
        ("A", "Yes, of course.", {"at_start": 4.0, "tag": "intr_opt"}),
        ("A", "Can I take your surname and order number?"),
        ("C", "Achterberg, A-C-H-T-E-R-B-E-R-G, order 77 310."),
        ("A", "Thank you, Mrs Achterberg. So the corner sofa is too big for the room and you'd like to send it back unused for a refund."),
        ("C", "That's it."),
        ("A", "Because it's a standard range sofa and it's unused, we can take it back within thirty days, there's a forty-pound collection charge."),
        ("C", "That's fair."),
        ("A", "I'll email you the returns form, and the courier will get in touch to arrange collection."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help with, Mrs Achterberg?"),
        ("C", "No, thank you."),
        ("A", "Thanks for shopping with us, goodbye."),
     ])

call("h25-12-pharmacy-missed-delivery", industry="pharmacy home delivery", style=CLEAN, words=True,
     exercises="full greeting, name as 'it's X on the line'; missed delivery of a parent's heart tablets; agent starts as customer finishes; customer cuts in on the restatement; hold announced with reason, no thanks; timed delivery; caller's name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na",
              "The hold is announced with a reason but the agent comes back without thanking, so hold etiquette fails; the restatement is cut short by the customer but already restates the problem; the caller (Denise) is addressed by name."),
     turns=[
        ("A", "Good afternoon, CarePoint Pharmacy deliveries, it's Marguerite on the line, how can I help?"),
        ("C", "Hello, I'm calling about my mum's prescription, it was supposed to be delivered yesterday and it never came, and she's only got two of her heart tablets left."),
        ("A", "I understand, that's worrying. Could I have the patient's name and date of birth?", {"at_end": 0.2}),
        ("C", "Yvonne Baptiste, fourth of April, nineteen thirty-nine. I'm her daughter, Denise."),
        ("A", "Thanks, Denise. So your mum's repeat prescription didn't arrive yesterday and she needs it before her tablets run out."),
        ("C", "Yes, by tomorrow really.", {"at_end": 0.9}),
        ("A", "Let me put you on hold for a moment while I check with the dispatch team."),
        ("C", "Okay."),
        ("A", "Right, the parcel was left at the pharmacy by mistake.", H),
        ("C", "Oh, for goodness' sake."),
        ("A", "The driver will bring it round this afternoon, before four o'clock."),
        ("C", "Okay, that's a relief."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, thank you."),
        ("A", "Thank you, Denise, bye."),
     ])


# ---------------------------------------------------------------------------
# 13-24: ASR-style text, no word timings
# ---------------------------------------------------------------------------

call("h25-13-club-cancel-membership", industry="sports club membership", style=ASR, words=False,
     exercises="full greeting with filler before the name; routine cancellation; restatement; bare 'no' with club policy; 'you'll need to' notice; untimed email; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "'no we can't do that it's club policy' refuses the immediate stop with no alternative; the notice rule after it is a neutral instruction (optional); 'direct to bit' is the recogniser's 'direct debit'."),
     turns=[
        ("A", "hi thanks for calling riverside sports club you're speaking to um dean how can i help"),
        ("C", "hi yeah i want to cancel my membership please i'm moving to leeds at the end of the month"),
        ("A", "okay no problem can i take your name and member number"),
        ("C", "it's jo harker member number four four one nine two"),
        ("A", "thanks jo so you're looking to cancel your membership because you're moving up to leeds"),
        ("C", "yeah that's right can you stop the direct to bit straight away"),
        ("A", "no we can't do that it's club policy", {"tag": "neg"}),
        ("C", "oh right"),
        ("A", "um you'll need to give thirty days notice so your last payment goes out on the first", {"tag": "neg_opt"}),
        ("C", "okay fine"),
        ("A", "i'll send you the cancellation confirmation by email"),
        ("C", "great thanks"),
        ("A", "is there anything else i can help with today"),
        ("C", "no that's it"),
        ("A", "thanks for calling jo bye"),
     ])

call("h25-14-licence-renewal-delay", industry="vehicle licensing office", style=ASR, words=False,
     exercises="greeting without agent name; late licence renewal before a trip, panicking; customer-caused wait; detail read-back; flat 'i don't know'; no empathy; no commitments; surname used; goodbye-only close",
     labels=L("fail", "fail_or_pass", "fail", "fail", "na", "pass", "na", "na",
              "'i don't know how long it'll be' is flat negative language; the silence is the customer fetching the letter (na); 'the renewal' is a one-detail read-back; the agent commits to nothing, so follow-up is na."),
     turns=[
        ("A", "good morning vehicle licensing um how can i help"),
        ("C", "hi i sent off my licence renewal about six weeks ago and it still hasn't come and i'm supposed to be picking up a hire car in spain on the tenth i'm really starting to panic"),
        ("A", "have you got the reference from the confirmation letter"),
        ("C", "uh hang on let me get the letter"),
        ("C", "okay it's d l r seven seven two nine one", W),
        ("A", "and your name"),
        ("C", "chidi okafor"),
        ("A", "thank you mister okafor the renewal"),
        ("C", "yeah the renewal"),
        ("A", "it's still with the processing team"),
        ("C", "so when will it come"),
        ("A", "i don't know how long it'll be", {"tag": "neg"}),
        ("C", "right that's really not helpful"),
        ("A", "thanks for calling goodbye"),
     ])

call("h25-15-business-broadband-down", industry="business broadband", style=ASR, words=False,
     exercises="full greeting; shop offline, losing money; empathy; restatement; hold asked with reason and thanked; mis-recognised 'line test'/'router'; warm transfer; name used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "pass", "pass",
              "'lion test' and 'rooter' are the recogniser's 'line test' and 'router'; the transfer says engineering team and why (only they book exchange repairs); the call ends in the transfer, and putting the caller through now is not a future commitment."),
     turns=[
        ("A", "hello you're through to netlink business support my name's priya how can i help you today"),
        ("C", "hi priya it's marco from bella's deli on high street our internet's been down since eight this morning and the card machines run off it so we can't take payments we're losing money every hour"),
        ("A", "oh no i'm really sorry that's awful for a shop on a saturday"),
        ("C", "it is yeah"),
        ("A", "so your broadband's been down since eight and you can't take card payments so you need it back up as soon as possible"),
        ("C", "exactly"),
        ("A", "can i put you on hold for a couple of minutes marco while i run a lion test on the line"),
        ("C", "yeah go on"),
        ("A", "thanks for holding marco the test shows the fault is at the exchange not your rooter", H),
        ("C", "so what now"),
        ("A", "i'm putting you through to our engineering team now because only they can book an exchange repair"),
        ("C", "okay thanks"),
     ])

call("h25-16-flyers-wrong-colour", industry="print shop orders", style=ASR, words=False,
     exercises="greeting without company; misprinted flyers stated as plain fact; late empathy; report of what was done only; timed collection; no name; close garbled by the recogniser",
     labels=L("fail", "pass", "pass", "fail", "pass", "na_or_fail", "na", "na",
              "The problem is stated calmly and empathy comes three turns later, still a pass; 'is there in a thing else i can help with' is the recogniser's 'is there anything else' and with 'cheers bye' the close passes."),
     turns=[
        ("A", "hi you're speaking with uh tom how can i help"),
        ("C", "hiya i picked up five hundred flyers from you yesterday and they've come out purple instead of the navy blue on the proof"),
        ("A", "okay what's the order number"),
        ("C", "it's p s two zero four eight"),
        ("A", "yep i can see it the file was set to the wrong colour profile at our end"),
        ("C", "well i need them for an open day on friday"),
        ("A", "sorry about that i know how annoying that is with your open day coming up"),
        ("C", "it's fine just as long as they're sorted"),
        ("A", "i've put a reprint through on the proper navy at no charge"),
        ("C", "okay"),
        ("A", "they'll be ready to collect tomorrow after two"),
        ("C", "great"),
        ("A", "is there in a thing else i can help with"),
        ("C", "no that's all"),
        ("A", "cheers bye"),
     ])

call("h25-17-tutor-no-show", industry="private tutoring agency", style=ASR, words=False,
     exercises="full greeting; tutor no-show before an exam, upset; restatement; 'not my department'; no empathy; cold transfer; caller's name never used (only the son's); ends in transfer",
     labels=L("pass", "na_or_fail", "fail", "pass", "na", "fail", "na", "fail",
              "The agent uses the son's and tutor's names but never addresses the caller (mrs adeyemi), so personalization fails; 'hold on i'll transfer you' says neither where nor why."),
     turns=[
        ("A", "good afternoon bright minds tutoring this is uh shona speaking what can i do for you"),
        ("C", "hello it's mrs adeyemi our tutor was meant to come for my son's maths lesson on tuesday at five and he just never turned up and he's got his exam in two weeks"),
        ("A", "okay what's your son's name"),
        ("C", "tobi adeyemi t o b i"),
        ("A", "and the tutor"),
        ("C", "mister glass um graham glass"),
        ("A", "so graham didn't show up for tobi's lesson on tuesday and you'd like that session refunded"),
        ("C", "refunded or rebooked this week yeah"),
        ("A", "well the refunds that's not my department", {"tag": "neg"}),
        ("C", "so who do i speak to"),
        ("A", "um hold on i'll transfer you"),
        ("C", "fine"),
     ])

call("h25-18-mice-in-kitchen", industry="pest control", style=ASR, words=False,
     exercises="full greeting; mice, customer upset; empathy; spelled name rendered phonetically; restatement; booked visit and follow-up visit both timed; 'you'll need to' instruction; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The customer spells 'niamh' and the recogniser writes the agent's spoken 'Niamh' as 'neve', which is still the customer's name used; 'road and technician' is a mis-recognised 'rodent technician'; 'you'll need to keep any pets out' is a neutral instruction (optional)."),
     turns=[
        ("A", "good morning swift pest solutions my name is callum how can i help you"),
        ("C", "hi um we've got mice in the kitchen i saw one run behind the cooker last night and there's droppings in the cupboards and i've got two small kids it's really freaking me out"),
        ("A", "ugh that's horrible i'm sorry can i take your name and postcode"),
        ("C", "it's niamh walsh n i a m h and it's b s six four r t"),
        ("A", "thanks neve so you've got mice in the kitchen and you want someone out to treat it as soon as we can"),
        ("C", "yes please"),
        ("A", "i've booked a road and technician for thursday morning between eight and twelve"),
        ("C", "okay"),
        ("A", "he'll come back for a follow-up visit two weeks after that"),
        ("C", "great"),
        ("A", "you'll need to keep any pets out of the kitchen while the bait's down", {"tag": "neg_opt"}),
        ("C", "we don't have any so that's fine"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's everything"),
        ("A", "thanks for calling neve bye bye"),
     ])

call("h25-19-water-direct-debit-date", industry="water utility billing", style=ASR, words=False,
     exercises="greeting without an offer; routine direct debit date change; restatement; hold asked with reason and thanked; timed letter; name used; offer-only close",
     labels=L("fail", "fail_or_pass", "na", "pass", "pass", "pass", "pass", "na",
              "The opening has salutation, company and name but the customer starts before any offer to help; the call ends on 'is there anything else at all' and the customer's 'no', with no thanks or goodbye from the agent."),
     turns=[
        ("A", "thank you for calling aqua north my name is pete"),
        ("C", "oh hi pete um i'd like to change the date my direct debit comes out please"),
        ("A", "sure can i take your account number and name"),
        ("C", "it's six six zero one three four and it's marion blake"),
        ("A", "thanks marion what date would you like"),
        ("C", "the fifteenth because i get paid on the fourteenth now"),
        ("A", "so you'd like your monthly direct deb it moved from the first to the fifteenth to line up with your pay day"),
        ("C", "yes that's right"),
        ("A", "can i pop you on hold for a moment marion while i update the payment schedule"),
        ("C", "yeah no problem"),
        ("A", "thanks for waiting marion that's all changed", H),
        ("A", "you'll get a letter confirming the new date within ten days"),
        ("A", "is there anything else at all"),
        ("C", "no"),
     ])

call("h25-20-roaming-usa-bundle", industry="mobile roaming charges", style=ASR, words=False,
     exercises="full greeting; routine travel add-on; 'roaming' mis-heard as 'roman'; detail read-back only; limit with alternative; polite 'i don't know if you've tried'; timed text; no name; full close",
     labels=L("pass", "pass", "na", "fail", "pass", "na_or_fail", "na", "na",
              "'i can't add the world pass ... but what i can do is' is a limit with an alternative and 'i don't know if you've tried' is the polite form, neither negative; 'the usa' is a one-detail read-back; adding a bundle before a trip is routine."),
     turns=[
        ("A", "hello welcome to orbit mobile you're speaking with ama how can i help today"),
        ("C", "hi i'm going to new york next week and i want to add something so i don't get massive roman charges"),
        ("A", "the usa"),
        ("C", "yeah new york"),
        ("A", "are you on pay monthly or pay as you go"),
        ("C", "pay as you go"),
        ("A", "okay so um i can't add the world pass to pay as you go but what i can do is add the travel bundle it's ten pounds for five days of data and calls"),
        ("C", "yeah that's fine do that"),
        ("A", "done i've added it to your number ending four two one"),
        ("C", "brilliant"),
        ("A", "you'll get a text confirming it in the next few minutes and i don't know if you've tried it before but you just turn data roaming on in your settings when you land"),
        ("C", "great thanks"),
        ("A", "is there anything else i can help you with"),
        ("C", "no that's it"),
        ("A", "thanks for calling orbit bye"),
     ])

call("h25-21-stolen-debit-card", industry="current account banking", style=ASR, words=False,
     exercises="full greeting; stolen card, worried; empathy; restatement; silent work without asking or thanks; timed card; bare 'no we can't'; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na",
              "After 'okay' the agent works in silence for over ten seconds, neither announcing it nor thanking afterwards (fail); 'no we can't give out emergency cash over the phone' refuses with no alternative."),
     turns=[
        ("A", "good evening thank you for calling northgate bank my name is leon how can i help"),
        ("C", "hi my purse was stolen on the bus about an hour ago and my debit card was in it i'm really worried someone's going to use it"),
        ("A", "oh no i'm sorry to hear that let's get it stopped straight away can i take your full name"),
        ("C", "it's beatrice moreau"),
        ("A", "thank you beatrice so your debit card was stolen with your purse this evening and you want it blocked and replaced"),
        ("C", "yes please"),
        ("A", "okay"),
        ("A", "right that card is now cancelled and there's been no payments on it since this morning", H),
        ("A", "a new card will arrive in three to five working days"),
        ("C", "can i get some cash out in the meantime"),
        ("A", "no we can't give out emergency cash over the phone", {"tag": "neg"}),
        ("C", "okay"),
        ("A", "is there anything else i can help with beatrice"),
        ("C", "no that's all"),
        ("A", "thanks for calling take care bye"),
     ])

call("h25-22-loan-payment-holiday", industry="credit union loans", style=ASR, words=False,
     exercises="greeting without agent name; redundancy and repayment worry; empathy; restatement; limit with referral; untimed call back; factual 'no it won't' with help; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "'someone from the hardship team will call you' has no time, so follow-up fails; 'no it won't i've put a hold on the next payment' answers a factual question and helps, not negative; 'i can't approve ... but what i can do is refer you' offers an alternative."),
     turns=[
        ("A", "hello hillside credit union loans team how can i help"),
        ("C", "hi um i've got a loan with you and i was made redundant last week so i'm really worried about making the next payment i was wondering if i could pause it"),
        ("A", "i'm sorry to hear about your job that must be a really worrying time can i take your name and member number"),
        ("C", "it's gareth pryce member three three eight zero one"),
        ("A", "thanks gareth so you'd like to pause your loan repayments for a while because you've lost your job"),
        ("C", "yeah just for a couple of months till i find something"),
        ("A", "i can't approve a payment holiday myself but what i can do is refer you to our hardship team"),
        ("C", "okay"),
        ("A", "someone from the hardship team will call you to go through it"),
        ("C", "right and will the payment still come out on the first"),
        ("A", "no it won't i've put a hold on the next payment while they look at it"),
        ("C", "oh that's a relief"),
        ("A", "is there anything else i can help with today"),
        ("C", "no thank you"),
        ("A", "okay thanks for calling gareth take care"),
     ])

call("h25-23-car-hire-extension", industry="car rental", style=ASR, words=False,
     exercises="full greeting; routine rental extension; restatement; hold announced with reason and thanked; untimed email; name given never used; goodbye-only close",
     labels=L("pass", "fail_or_pass", "na", "pass", "fail", "fail", "pass", "na",
              "'let me just put you on hold while i check' announces the hold with a reason and 'thanks for holding' follows; 'i'll email you the updated agreement' has no time; the agent only says 'bye', with no offer of further help."),
     turns=[
        ("A", "hi there swiftline car hire bea speaking what can i do for you"),
        ("C", "hi i've got a car from your glasgow branch till thursday and i need to keep it till saturday now"),
        ("A", "no problem what's the booking reference"),
        ("C", "it's s l four zero zero seven three and the name's ewan grant"),
        ("A", "so you want to keep the car two extra days and drop it back at glasgow on saturday instead of thursday"),
        ("C", "yeah same drop off time"),
        ("A", "let me just put you on hold while i check the car's not booked out for friday"),
        ("C", "sure"),
        ("A", "thanks for holding that's fine it's free so i've extended it to saturday at ten", H),
        ("C", "great how much is that"),
        ("A", "it's an extra eighty four pounds on the same card"),
        ("C", "that's fine"),
        ("A", "i'll email you the updated agreement"),
        ("C", "brilliant thanks bye"),
        ("A", "bye"),
     ])

call("h25-24-suitcase-damaged-claim", industry="airline lost baggage", style=ASR, words=False,
     exercises="full greeting; damaged suitcase stated as fact; no empathy; report of what was done only; 'you have to' demand; one untimed and one timed promise; no name; full close",
     labels=L("pass", "pass", "fail", "fail", "fail", "na_or_fail", "na", "na",
              "A broken suitcase is a problem affecting the customer even though stated calmly, and it is never acknowledged; 'you have to send us the original receipt ... or we won't pay out' is a demand; 'clean form' is the recogniser's 'claim form', and that email has no time."),
     turns=[
        ("A", "hello aerlink baggage claims my name is sam how can i help"),
        ("C", "hi my suitcase came off the flight from rome yesterday with one of the wheels snapped off and a big crack down the side"),
        ("A", "okay have you got the property irregularity report number"),
        ("C", "uh yeah it's f c o a l four four eight one"),
        ("A", "and the flight number"),
        ("C", "a l two zero six"),
        ("A", "right i've opened a damage claim on that file"),
        ("C", "okay what happens now"),
        ("A", "you'll get an email with the clean form"),
        ("C", "okay"),
        ("A", "you have to send us the original receipt for the case or we won't pay out", {"tag": "neg"}),
        ("C", "i think i've still got it"),
        ("A", "we aim to settle claims within twenty eight days is there anything else"),
        ("C", "no that's it"),
        ("A", "okay bye then"),
     ])


# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h25-25-hotel-minibar-charge", industry="hotel reservations", style=CLEAN, words=False,
     exercises="full greeting; wrong minibar charge; empathy; restatement; refund done on the call; timed refund; surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "An ordinary wrong-charge call: empathy straight after the problem, a restatement, the refund done on the call and its arrival timed."),
     turns=[
        ("A", "Good afternoon, Cranford Grand Hotel reservations, Elena speaking, how can I help?"),
        ("C", "Hi, I stayed with you last weekend and there's a thirty-two pound minibar charge on my card. We didn't touch the minibar."),
        ("A", "I'm sorry about that, it's annoying to find a charge you didn't make. Could I take the name the booking was under?"),
        ("C", "Simon Whitcombe."),
        ("A", "Thank you, Mr Whitcombe. And the dates of the stay?"),
        ("C", "Friday the sixth to Sunday the eighth."),
        ("A", "So there's a minibar charge of thirty-two pounds from that stay that you didn't run up, and you'd like it taken off."),
        ("C", "That's right."),
        ("A", "I can see housekeeping logged the minibar as untouched at checkout, so it was added in error. I've refunded it now."),
        ("C", "Great, thank you."),
        ("A", "The refund will show on your card within three to five working days."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help you with, Mr Whitcombe?"),
        ("C", "No, that's all, thanks."),
        ("A", "Thanks for calling, have a lovely day."),
     ])

call("h25-26-uni-wifi-lecture", industry="university IT helpdesk", style=CLEAN, words=False,
     exercises="full greeting; wifi failure before a lecture, stressed; no empathy; restatement; 'I don't know why'; warm transfer to network team; title and surname used; ends in transfer",
     labels=L("pass", "na_or_fail", "fail", "pass", "na", "pass", "na", "pass",
              "'I don't know why it's doing that' is flat negative language even though a transfer follows; the stress is never acknowledged; the transfer names the network team and why."),
     turns=[
        ("A", "Hello, you're through to the IT Service Desk at Kelvingrove University, my name's Bartholomew, how can I help?"),
        ("C", "Hi, it's Dr Helen Moss from the chemistry department. My laptop won't connect to eduroam in the lecture theatre and I'm teaching in twenty minutes, I'm getting a bit stressed."),
        ("A", "Which building is the lecture theatre in?"),
        ("C", "The Graham Building, room G12."),
        ("A", "And what does the laptop say when you try?"),
        ("C", "It just says it can't connect to this network."),
        ("A", "So your laptop isn't joining eduroam in the Graham Building and you need it working before your lecture starts."),
        ("C", "Yes."),
        ("A", "I don't know why it's doing that, your account looks fine on my side.", {"tag": "neg"}),
        ("C", "Well, I need something."),
        ("A", "I'm going to transfer you to the network team, Dr Moss, because they can see the wireless access points in that building and fix it while you're on the line."),
        ("C", "Okay, thank you."),
     ])

call("h25-27-alarm-doorbell-camera", industry="home security alarms", style=CLEAN, words=False,
     exercises="greeting without salutation; routine add-on enquiry; bare 'No.'; no restatement; timed installer booking plus untimed contract; no name; full close",
     labels=L("fail", "pass", "na", "fail", "fail", "na_or_fail", "na", "na",
              "A bare 'No.' to the discount question refuses with nothing offered; the installer booking is timed but 'I'll send you the updated contract' is not; the customer's name never comes up."),
     turns=[
        ("A", "Lockwell Alarms, Katarzyna speaking, how can I help?"),
        ("C", "Hello, I've got one of your alarm systems already and I'm thinking of adding a doorbell camera. How much would that be?"),
        ("A", "The doorbell camera is one hundred and twenty pounds fitted, and it adds four pounds a month to your monitoring."),
        ("C", "Is there any discount if I pay for the year upfront?"),
        ("A", "No.", {"tag": "neg"}),
        ("C", "Okay. Well, I'd still like to go ahead."),
        ("A", "Can I take the postcode and first line of the address?"),
        ("C", "LS6 2PD, fourteen Cardigan Lane."),
        ("A", "Thanks. I've booked the installer for Monday the fourteenth at nine in the morning."),
        ("C", "That works."),
        ("A", "I'll send you the updated contract to sign."),
        ("C", "Fine."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Thank you for calling, goodbye."),
     ])

call("h25-28-garden-waste-signup", industry="council bin collections", style=CLEAN, words=False,
     exercises="full greeting; routine garden waste sign-up; restatement; limit with alternative; customer-caused wait; link sent on the call; timed delivery; name used; offer-only close",
     labels=L("pass", "fail_or_pass", "na", "pass", "pass", "pass", "na", "na",
              "'We can't take card payments on this line, but I can text you a payment link' gives an alternative and the link is sent during the call; the silence is the customer fetching a card (na); the agent's last words are 'Anything else?' and only the customer says bye."),
     turns=[
        ("A", "Hello, Marlow Borough Council, you're speaking to Imogen, how can I help today?"),
        ("C", "Hi, we've just moved in and I'd like to sign up for the garden waste collection."),
        ("A", "Lovely. Can I take your name and address?"),
        ("C", "Rhys Penhaligon, twenty-two Orchard Rise."),
        ("A", "Thanks, Rhys. So you'd like to start the garden waste service at Orchard Rise, and you'll need a brown bin for it."),
        ("C", "Yes, we haven't got one."),
        ("A", "It's forty-five pounds for the year. We can't take card payments on this line, but I can text you a payment link."),
        ("C", "Hang on, let me grab my card."),
        ("C", "Okay, I've got it here.", W),
        ("A", "I've sent the link now."),
        ("C", "Right, paid."),
        ("A", "Thanks, Rhys. The brown bin will be delivered within ten working days, and collections start the week after."),
        ("C", "Brilliant."),
        ("A", "Anything else?"),
        ("C", "No, thanks, bye."),
     ])

call("h25-29-wardrobe-split-door", industry="furniture retailer returns", style=CLEAN, words=False,
     exercises="full greeting with the agent's name as title and surname; damaged delivery, disappointed; detail read-back only; late empathy; replacement timed; name given never used; no closing",
     labels=L("pass", "fail", "pass", "fail", "pass", "fail", "na", "na",
              "'My name is Mr Delacroix' counts as the agent's own name; 'The door panel?' is a one-detail read-back; the apology comes late but follows the complaint, so empathy passes; the call ends on 'that's all booked' with neither offer nor thanks."),
     turns=[
        ("A", "Hello, Pemberton Furniture customer care, my name is Mr Delacroix, how can I help?"),
        ("C", "Hi, my new wardrobe was delivered this morning and one of the door panels is split right down the middle. I'm really disappointed, I waited six weeks for it."),
        ("A", "The door panel?"),
        ("C", "Yes, the left-hand door."),
        ("A", "What's the order number?"),
        ("C", "PF 80 552, in the name of Anjali Mehta."),
        ("A", "I can see it. Was the box damaged when it arrived?"),
        ("C", "No, the box looked fine."),
        ("A", "It'll be a manufacturing fault then. I've ordered a replacement door, and it will be delivered next Thursday."),
        ("C", "Will someone fit it?"),
        ("A", "Yes, the driver will fit it when he delivers it on Thursday. I'm sorry you've had this after such a long wait."),
        ("C", "Thanks. Okay."),
        ("A", "Right, that's all booked."),
        ("C", "Okay, bye."),
     ])

call("h25-30-pharmacy-leave-with-neighbour", industry="pharmacy home delivery", style=CLEAN, words=False,
     exercises="full greeting; routine delivery change; restatement; policy stated with an alternative; timed rebooked delivery; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
              "'It's our policy that those can't be left with a neighbour' is a policy refusal but comes with an alternative in the same turn, so it is borderline (optional), not negative; being away is not a problem needing empathy."),
     turns=[
        ("A", "Good morning, thank you for calling Wellbeing Direct Pharmacy, my name's Tariq, how can I help you?"),
        ("C", "Hello, I get my prescriptions delivered every month, and the next one's due on Friday, but I'll be away. Can the driver leave it with my neighbour?"),
        ("A", "Of course, let me look. Can I take your name and date of birth?"),
        ("C", "Margaret Ellison, twelfth of November, nineteen fifty-one."),
        ("A", "Thank you, Margaret. So your delivery is due Friday while you're away, and you'd like it left next door instead."),
        ("C", "That's it, with Mrs Kaur at number nine."),
        ("A", "One of your items is a controlled medicine, and it's our policy that those can't be left with a neighbour. What I can do is move the delivery to Monday when you're back.", {"tag": "neg_opt"}),
        ("C", "Oh, I see. Monday's fine then."),
        ("A", "Lovely. The driver will come on Monday the ninth, between ten and two."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with today, Margaret?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, bye now."),
     ])

call("h25-31-squash-booking-vanished", industry="sports club membership", style=CLEAN, words=False,
     exercises="greeting with 'this is reception' instead of a name; vanished paid booking, annoyed; empathy; restatement; hold announced with reason and thanked; fixed on the call; untimed report; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "'This is reception' names a desk, not the agent, so the greeting fails; 'I'll also report the glitch to our app developers' is a future commitment with no time."),
     turns=[
        ("A", "Hi, Fairway Racquets Club, this is reception, how can I help?"),
        ("C", "Hi, I booked a squash court for seven tonight through the app and paid for it, but now the booking's vanished and it says the court's free. It's really annoying, I've got someone coming specially."),
        ("A", "I'm sorry, that's frustrating. What's your name?"),
        ("C", "Kwame Asante."),
        ("A", "Thanks, Kwame. So you paid for court two at seven tonight and the booking has disappeared from the app."),
        ("C", "Yes."),
        ("A", "Bear with me for a moment, I'll put you on hold while I check the payments system."),
        ("C", "Okay."),
        ("A", "Thanks for waiting, Kwame. Your payment went through, so I've put the booking back in for seven.", H),
        ("C", "Great, thank you."),
        ("A", "I'll also report the glitch to our app developers so it doesn't happen again."),
        ("C", "Good idea."),
        ("A", "Anything else I can help you with?"),
        ("C", "No, that's all."),
        ("A", "Enjoy your game, Kwame, bye."),
     ])

call("h25-32-vehicle-tax-refund", industry="vehicle licensing office", style=CLEAN, words=False,
     exercises="full greeting; missing tax refund stated as fact; no empathy; restatement; fixed on the call; timed cheque; 'you'll need to' instruction; name given never used; offer and thanks in one turn",
     labels=L("pass", "pass", "fail", "pass", "pass", "fail", "na", "na",
              "A refund still owed is a problem affecting the customer even though stated calmly, and it is never acknowledged; 'You'll need to let us know straight away if you move again' is a neutral instruction (optional); the offer and the thanks share the last turn."),
     turns=[
        ("A", "Good morning, Vehicle Licensing Agency, Oskar speaking, how can I help you?"),
        ("C", "Hi. I sold my car in August and told you online, but I still haven't had the refund for the road tax."),
        ("A", "Can I take the registration number and your name?"),
        ("C", "It's YR17 KLM, and the name's Bridget O'Sullivan."),
        ("A", "And the date you told us it was sold?"),
        ("C", "The fourteenth of August."),
        ("A", "So you notified us of the sale in mid-August and you're still waiting for the unused tax to be refunded."),
        ("C", "That's right."),
        ("A", "The refund was held because the address on the log book didn't match your current one. I've updated it now."),
        ("C", "Oh, right."),
        ("A", "The refund cheque will be posted within five working days."),
        ("C", "Okay."),
        ("A", "You'll need to let us know straight away if you move again, or it'll get held up like this.", {"tag": "neg_opt"}),
        ("C", "Will do."),
        ("A", "Is there anything else I can help with? Thanks for calling."),
     ])

call("h25-33-new-office-line", industry="business broadband", style=CLEAN, words=False,
     exercises="full greeting; routine new installation; restatement; timed engineer and router; transfer offered and declined; 'no problem'/'no worries'; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
              "The agent offers to put the customer through to sales but the customer declines, so no transfer happens (na); 'the Friday before' the install date counts as a time."),
     turns=[
        ("A", "Good afternoon, welcome to Corelink Business, my name's Fiona, how can I help you today?"),
        ("C", "Hi Fiona, it's Dev Malhotra from Malhotra Accountants. We're moving into a new office on the first of next month and we need a broadband line put in."),
        ("A", "No problem, Dev. What's the new address?"),
        ("C", "Unit four, Canal Wharf, Leeds, LS11 5QA."),
        ("A", "So you need a new business broadband line installed at Canal Wharf, ready for when you move in on the first."),
        ("C", "Exactly."),
        ("A", "I've booked the engineer for the twenty-eighth, between one and five, so it's live before you arrive. The router will arrive by the Friday before."),
        ("C", "Great. Can you do phone lines too?"),
        ("A", "Our sales team set up phone systems. I can put you through to them now if you like?"),
        ("C", "No worries, I'll call them next week."),
        ("A", "No problem. Is there anything else I can help with, Dev?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling Corelink, Dev, bye."),
     ])

call("h25-34-banner-rush-refused", industry="print shop orders", style=CLEAN, words=False,
     exercises="greeting of company and name only; urgent banner; restatement; bare 'we can't'; empathy then 'nothing I can do'; conditional but timed promise; no name; no closing",
     labels=L("fail", "fail", "pass", "pass", "pass", "na_or_fail", "na", "na",
              "'We can't do banners next day' and 'There's nothing I can do' are both negative, the soonest date only coming when the customer asks; 'If you email the file today, it'll be ready by ten on Thursday' is conditional but has a time."),
     turns=[
        ("A", "Inkwell Print, Sadie."),
        ("C", "Hi, I need a two-metre vinyl banner for a charity stall, and I need it by tomorrow afternoon. Can you do it?"),
        ("A", "What's the artwork like, have you got a print-ready file?"),
        ("C", "Yes, it's a PDF, I can email it now."),
        ("A", "So you want a single two-metre vinyl banner from your PDF, ready for collection tomorrow afternoon."),
        ("C", "Yes, ideally before two."),
        ("A", "We can't do banners next day.", {"tag": "neg"}),
        ("C", "Seriously? I was told on the phone last week it would be fine. I'm in a real bind here."),
        ("A", "I'm sorry, I can hear how stressful this is. There's nothing I can do about the machine queue.", {"tag": "neg"}),
        ("C", "So what's the soonest?"),
        ("A", "If you email the file today, it'll be ready by ten on Thursday morning."),
        ("C", "Fine, I'll have to make that work."),
        ("A", "Okay, send it over to the orders address."),
        ("C", "Right."),
     ])

call("h25-35-chemistry-tutor-enquiry", industry="private tutoring agency", style=CLEAN, words=False,
     exercises="full greeting with a hyphenated name and initials; daughter upset after mocks; empathy; restatement; timed email plus untimed tutor call; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "The caller's worry about her daughter in tears counts as a problem and is acknowledged; 'the tutor will call you to arrange a first session' has only a condition, no time, so follow-up fails despite 'this afternoon' for the email."),
     turns=[
        ("A", "Hello, Ladder Tutors, you've got Jean-Baptiste, JB for short, how can I help?"),
        ("C", "Hi, I'm looking for a chemistry tutor for my daughter. She's in Year 11 and she's really struggling, she came home in tears after her mock results."),
        ("A", "Oh, I'm sorry to hear that, mocks can really knock their confidence. Can I take your name?"),
        ("C", "It's Rachel Dunmore."),
        ("A", "Thanks, Rachel. And your daughter's exam board?"),
        ("C", "AQA, I think. Yes, AQA."),
        ("A", "So you're after a GCSE chemistry tutor for your daughter on AQA, to build her back up before the summer exams."),
        ("C", "Exactly that."),
        ("A", "We've got three AQA chemistry tutors near you. I'll email you their profiles and our prices this afternoon."),
        ("C", "Lovely."),
        ("A", "Once you've picked one, the tutor will call you to arrange a first session."),
        ("C", "Great, thank you."),
        ("A", "Is there anything else I can help you with, Rachel?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, Rachel, bye."),
     ])

call("h25-36-wasps-cafe-cold-transfer", industry="pest control", style=CLEAN, words=False,
     exercises="greeting without agent name; wasp stings at a café; empathy; no restatement; 'not my department'; cold transfer; name given never used; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "fail", "na", "fail", "na", "fail",
              "'That's not my department' is negative; 'Hang on, I'll put you through' names no team, so the transfer fails even though the agent said she only books residential jobs."),
     turns=[
        ("A", "Good morning, thank you for calling Greenshield Pest Control, how can I help?"),
        ("C", "Hi, there's a massive wasps' nest under the eaves above my café's outdoor tables, I got stung twice this morning setting up and I've had to close the terrace."),
        ("A", "Ouch, I'm sorry you got stung. Where are you based?"),
        ("C", "Hythe, on the seafront."),
        ("A", "And can I take your name?"),
        ("C", "Hamid Rahimi."),
        ("A", "Is the café your business?"),
        ("C", "Yes, I own it."),
        ("A", "That's not my department, I only book residential jobs.", {"tag": "neg"}),
        ("C", "Okay, so who does it?"),
        ("A", "Hang on, I'll put you through."),
        ("C", "Thanks."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout25: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout25", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries (two calls each): "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h25",
                                  seed_base=2500, min_utterances=MIN_UTTS, max_utterances=MAX_UTTS)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
