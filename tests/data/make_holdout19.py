"""Write the holdout19 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout19.py

Writes tests/data/holdout19/<call_id>.json, tests/data/holdout19-labels.json and
tests/data/holdout19/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout19"
LABELS_PATH = HERE / "holdout19-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 13.0, "tag": "hold"}
W = {"gap": 11.5, "tag": "wait"}

# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

call("h19-01-broadband-outage", industry="broadband", style=CLEAN, words=True,
     exercises="full greeting; outage frustration; agent cut-in; empathy; restatement; timed engineer and text; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "The cut-in asks for the postcode while the customer is still explaining; both promises carry a time."),
     turns=[
        ("A", "Good morning, thanks for calling Skylark Broadband, my name's Tobias, how can I help you today?"),
        ("C", "Hi, my internet has been dropping out every evening for a week now and I work from home, so it's really starting to cost me, I've restarted the router about twenty times."),
        ("A", "Mm-hmm.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Can I grab your postcode quickly?", {"at_end": 1.1, "tag": "intr"}),
        ("C", "Sorry, yes, it's LS6 4QT."),
        ("A", "And the name on the account?"),
        ("C", "Priyanka Halloran."),
        ("A", "Thanks, Priyanka. I'm really sorry, a week of that when you're working from home is exhausting."),
        ("A", "So the connection keeps dropping in the evenings and you want it fixed for good, not just another restart."),
        ("C", "Exactly, yes."),
        ("A", "I can see a fault on the line. An engineer will visit on Thursday between eight and twelve, and I'll text you a confirmation within the hour."),
        ("C", "Okay, that's good."),
        ("A", "Is there anything else I can help with, Priyanka?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, have a good day."),
     ])

call("h19-02-energy-meter-refusal", industry="energy supplier", style=CLEAN, words=True,
     exercises="greeting without name; refusal with no alternative; interruption; frustration not acknowledged; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "na_or_fail", "na", "na", "Two flat refusals with no alternative; the agent cuts in on the complaint; 'the next bill will use whatever reading is on file' describes the process, not a commitment."),
     turns=[
        ("A", "Hello, Brightvolt Energy, how can I help?"),
        ("C", "You've estimated my bill again, it's three hundred pounds this quarter and I sent you a meter reading last month, I'm honestly fed up with this happening every single time."),
        ("A", "We didn't receive a reading.", {"at_end": 1.3, "tag": "intr"}),
        ("C", "I sent it through the app."),
        ("A", "There's nothing on the system."),
        ("C", "Can you just redo the bill with the reading I'm giving you now? It's 40218."),
        ("A", "No, we can't change a bill once it's been issued.", {"tag": "neg"}),
        ("C", "That's ridiculous."),
        ("A", "It's our policy, I'm afraid.", {"tag": "neg"}),
        ("C", "So I'm just stuck paying it?"),
        ("A", "The next bill will use whatever reading is on file."),
        ("C", "Fine. Whatever."),
     ])

call("h19-03-bank-card-stolen", industry="retail banking", style=CLEAN, words=True,
     exercises="full greeting; stolen card; empathy; paraphrase; timed card and untimed letter; hold with reason and thanks; name used",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na", "The new card has a time; 'we'll also write to you to confirm' has none, so follow-up fails."),
     turns=[
        ("A", "Good afternoon, you're through to Hartwell Bank, I'm Delphine, what can I do for you?"),
        ("C", "My bag was stolen on the bus about an hour ago and my debit card was in it."),
        ("A", "Oh no, I'm so sorry, that's awful. Can I take your full name?"),
        ("C", "Marcus Oyelaran."),
        ("A", "Thank you, Marcus. So your debit card was stolen today and you need it stopped and replaced."),
        ("C", "Yes please, as fast as possible."),
        ("A", "Could I put you on hold for a moment while I block the card and check the recent transactions?"),
        ("C", "Go ahead."),
        ("A", "Thanks for holding, Marcus. The card is blocked and there's nothing new on it since this morning.", H),
        ("C", "Oh, thank goodness."),
        ("A", "A replacement card will arrive in three to five working days, and we'll also write to you to confirm the block."),
        ("C", "Great, thanks."),
        ("A", "Is there anything else I can help you with today?"),
        ("C", "No, that's everything."),
        ("A", "Take care, Marcus, goodbye."),
     ])

call("h19-04-parcel-missing", industry="parcel delivery", style=CLEAN, words=True,
     exercises="full greeting; missing parcel; customer cuts in on agent; empathy; paraphrase; untimed investigation; name never used",
     labels=L("pass", "fail_or_pass", "pass", "pass", "fail", "fail", "na", "na", "Customer overlaps the agent (not an agent interruption); 'we'll open an investigation and get back to you' has no time; close has thanks only."),
     turns=[
        ("A", "Hi there, Quickfox Parcels, my name is Sunita, how can I help?"),
        ("C", "Hi, my tracking says my parcel was delivered yesterday but there's nothing here."),
        ("A", "I'm sorry about that, that's really annoying. Can I take your tracking number and the name please?"),
        ("C", "It's QF 7730 2291, and it's Gareth Mbeki."),
        ("A", "Thanks. So the parcel shows as delivered but you never actually received it, and you'd like us to find it."),
        ("C", "Yeah, and it was a birthday present for my daughter.", {"at_end": 0.4}),
        ("A", "The driver's photo shows a green door, is that yours?"),
        ("C", "No, mine's white."),
        ("A", "Okay, so it's likely gone to the wrong house. We'll open an investigation with the depot and get back to you."),
        ("C", "Will I get a refund if it doesn't turn up?"),
        ("A", "Yes, the sender can claim it back from us if it isn't found."),
        ("C", "Alright."),
        ("A", "Thanks for calling Quickfox."),
     ])

call("h19-05-insurance-transfer", industry="car insurance", style=CLEAN, words=True,
     exercises="full greeting; accident claim; empathy; paraphrase; transfer with destination and reason; no closing (transfer)",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "Ends in a transfer to claims with where and why; what the claims team does is a process description and the transfer itself happens now, so no follow-up commitment."),
     turns=[
        ("A", "Good morning, Cobalt Motor Insurance, this is Raymond speaking, how may I help?"),
        ("C", "Hi, someone drove into the back of me at the lights this morning, I'm fine but I'm quite shaken and the car's a mess."),
        ("A", "I'm really sorry, that must have been a horrible shock. I'm glad you're okay. Can I take your name and policy number?"),
        ("C", "Yes, it's Ingrid Solberg, policy CM 552190."),
        ("A", "Thank you, Ingrid."),
        ("A", "So you've been in a collision that wasn't your fault and you want to start a claim."),
        ("C", "That's right."),
        ("C", "I've got the other driver's details here."),
        ("A", "Perfect. New claims are handled by our claims team, they take the full details and arrange the repair."),
        ("C", "Okay."),
        ("A", "I'm going to transfer you to the claims team now so they can register the claim, please stay on the line."),
        ("C", "Thanks."),
     ])

call("h19-06-phone-contract-upgrade", industry="mobile network", style=CLEAN, words=True,
     exercises="full greeting; routine upgrade; no empathy needed; paraphrase; timed delivery; backchannel; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "Routine request; the backchannel inside the customer's turn is not an interruption."),
     turns=[
        ("A", "Hello, thank you for calling Orbitel Mobile, my name's Femi, how can I help today?"),
        ("C", "Hi, I'm due an upgrade I think, and I'd like to move to the new model, ideally keeping my number and the same sort of monthly price if that's possible."),
        ("A", "Sure.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Let's have a look. Can I take your name and date of birth?"),
        ("C", "Chloe Whitfield, fourteenth of March ninety-one."),
        ("A", "Thanks, Chloe. So you want to upgrade to the new handset, keep your number, and stay around the same monthly cost."),
        ("C", "That's it."),
        ("A", "There's a plan at thirty-two pounds a month with that phone. Shall I go ahead?"),
        ("C", "Yes please."),
        ("A", "Done. The phone will be delivered tomorrow before one o'clock, and your number stays the same."),
        ("C", "Brilliant."),
        ("A", "Anything else I can do for you, Chloe?"),
        ("C", "No thanks."),
        ("A", "Thanks for calling, bye now."),
     ])

call("h19-07-council-tax-impatient", industry="local council", style=CLEAN, words=True,
     exercises="greeting missing offer of help; worry about arrears; 'calm down'; two interruptions; no empathy; no paraphrase; untimed letter",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na", "'Calm down' is negative; two real cut-ins; 'a letter will go out' has no time; the name is given and never used."),
     turns=[
        ("A", "Good morning, Ashby District Council, revenues, Colin speaking."),
        ("C", "Hi, I've had a reminder saying I owe two months of council tax but I pay by direct debit, and now it says I could be taken to court, I'm really worried about it."),
        ("A", "Okay, name and address?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Sorry, it's Bernadette Kowalczyk, twelve Mill Lane."),
        ("A", "Right, the direct debit was cancelled by your bank in August."),
        ("C", "What? I didn't cancel anything, I don't understand how that could have happened without anybody telling me about it."),
        ("A", "Calm down, it happens.", {"at_end": 1.0, "tag": ["intr", "neg"]}),
        ("C", "So what do I do?"),
        ("A", "I've set the direct debit up again and a letter will go out with the new schedule."),
        ("C", "And the court thing?"),
        ("A", "That stops now the debit's in place."),
        ("C", "Okay."),
        ("A", "Bye."),
     ])

call("h19-08-gym-membership-cancel", industry="gym membership", style=CLEAN, words=True,
     exercises="full greeting; routine cancellation; 'you have to' demand; paraphrase; timed email; hold without thanks; name used",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "fail", "na", "The hold is announced with a reason but there is no thanks afterwards; 'you have to give thirty days' notice' states a contract term, so only optional negative."),
     turns=[
        ("A", "Hi, thanks for calling Peak Fitness, you're speaking with Marta, how can I help?"),
        ("C", "Hi, I'd like to cancel my membership, I've moved to a different town."),
        ("A", "Sure, can I take your name?"),
        ("C", "Dominic Ashworth."),
        ("A", "Thanks, Dominic. So you want to end your membership because you've moved away."),
        ("C", "Yes."),
        ("A", "Let me just put you on hold while I pull up your contract."),
        ("C", "Okay."),
        ("A", "Right, you have to give thirty days' notice, so there's one more payment.", {"gap": 14.0, "tag": ["hold", "neg_opt"]}),
        ("C", "Oh. Okay, fine."),
        ("A", "I'll email you the cancellation confirmation this afternoon."),
        ("C", "Thanks."),
        ("A", "Is there anything else I can help with today, Dominic?"),
        ("C", "No, that's all."),
        ("A", "Thanks, take care, bye."),
     ])

call("h19-09-airline-baggage", industry="airline", style=CLEAN, words=True,
     exercises="greeting without company; lost bag; empathy; paraphrase; timed courier and untimed callback; customer overlap; name used",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na", "No company named in the greeting; 'someone from baggage will ring you' has no time even though the courier has one."),
     turns=[
        ("A", "Hello, you're speaking to Anneliese, how can I help you?"),
        ("C", "Hi, I landed from Lisbon last night and my suitcase never came off the belt, all my work clothes are in it."),
        ("A", "Oh, I'm sorry, that's a stressful way to start a trip. Do you have the file reference from the airport?"),
        ("C", "Yes, it's LIS 40923, and my name's Rohan Desai."),
        ("A", "Thanks, Rohan. So your suitcase didn't arrive on last night's Lisbon flight and you need it found and brought to you."),
        ("C", "Yes, I've got a meeting on Friday.", {"at_end": 0.3}),
        ("A", "It's been traced, it's coming on this afternoon's flight."),
        ("C", "Oh, great."),
        ("A", "A courier will drop it at your hotel by ten tonight, and someone from baggage will ring you about the delay compensation."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can do for you, Rohan?"),
        ("C", "No, thank you."),
        ("A", "Thank you for calling, goodbye."),
     ])

call("h19-10-water-leak-report", industry="water utility", style=CLEAN, words=True,
     exercises="full greeting; leak in street; routine report with mild concern; no paraphrase; untimed crew; interruption; no name",
     labels=L("pass", "fail_or_pass", "fail", "fail", "fail", "na_or_fail", "na", "na", "Customer's worry about water into the house is not acknowledged; the agent takes the floor mid-description; only goodbye at the end."),
     turns=[
        ("A", "Good evening, Vale Water, Keisha speaking, how can I help?"),
        ("C", "Hi, there's water bubbling up out of the pavement outside my house, it's been going since lunchtime and I'm worried it's going to start coming into my front garden and under the door."),
        ("A", "Which road is it?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "Sorry, Orchard Way, outside number eighteen."),
        ("A", "Okay, is it clean water or does it smell?"),
        ("C", "It looks clean."),
        ("A", "That'll be a burst main then."),
        ("C", "Right."),
        ("A", "I've logged it as a priority and a repair crew will come out to look at it."),
        ("C", "Okay."),
        ("A", "The crew decides on site whether they need to dig up the pavement."),
        ("C", "Fine."),
        ("A", "Goodbye."),
     ])

call("h19-11-pharmacy-prescription", industry="pharmacy", style=CLEAN, words=True,
     exercises="full greeting; delayed prescription worry; empathy; paraphrase; timed callback and ready time; name used; two backchannels",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "Two backchannels inside long customer turns; both promises carry times."),
     turns=[
        ("A", "Good morning, Greenleaf Pharmacy, this is Oluwaseun, how can I help?"),
        ("C", "Hi, I ordered my repeat prescription for my inhaler a week ago and it still isn't ready and I've only got a couple of puffs left, I'm getting quite anxious about it."),
        ("A", "Mm-hmm.", {"at_start": 2.0, "tag": "bc"}),
        ("A", "I'm sorry, that's worrying when you're running low. Can I have your name and date of birth?"),
        ("C", "Yes, it's Harriet Lindqvist, second of June nineteen seventy-eight, and I did ring the surgery yesterday who said they'd sent it over already."),
        ("A", "I see.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Thanks, Harriet. So your inhaler prescription is late and you need it before you run out."),
        ("C", "Yes."),
        ("A", "It's arrived now, we're short of that brand but our supplier delivers at two, so it'll be ready to collect by four today."),
        ("C", "Oh, good."),
        ("A", "And I'll call you tomorrow morning to make sure the next one isn't delayed."),
        ("C", "That's kind."),
        ("A", "Anything else I can help with, Harriet?"),
        ("C", "No, that's all."),
        ("A", "Thanks, bye."),
     ])

call("h19-12-hotel-booking-change", industry="hotel booking", style=CLEAN, words=True,
     exercises="full greeting; routine date change; paraphrase; 'I can't but I can' alternative; borderline 'you'll need to'; untimed confirmation; name not used",
     labels=L("pass", "pass", "na", "pass", "fail", "fail", "na", "na", "A limit stated with an alternative is not negative; 'you'll need to' is a neutral instruction (optional); 'I'll send a new confirmation' has no time."),
     turns=[
        ("A", "Hello, thank you for calling Harbourline Hotels, my name is Eamon, how can I help?"),
        ("C", "Hi, I've got a booking at your Bristol hotel for the tenth and I'd like to move it to the seventeenth, please."),
        ("A", "Of course. Can I take the booking reference and your name?"),
        ("C", "HB 209113, Soraya Ahmadi."),
        ("A", "So you'd like to move your Bristol stay from the tenth to the seventeenth."),
        ("C", "That's right, same room if possible."),
        ("A", "I can't keep the same rate for the seventeenth, but what I can do is give you the member rate, which is only five pounds more."),
        ("C", "That's fine."),
        ("A", "You'll need to pay the difference at check-in.", {"tag": "neg_opt"}),
        ("C", "Okay."),
        ("A", "I'll send a new confirmation to your email."),
        ("C", "Great."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No thanks."),
        ("A", "Thank you for calling, goodbye."),
     ])
call("h19-13-asr-bank-direct-debit", industry="retail banking", style=ASR, words=False,
     exercises="full greeting; wrong charge; empathy; paraphrase; timed refund; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "ASR text; the refund has a time ('within three working days')."),
     turns=[
        ("A", "good morning thank you for calling northgate bank my name is keira how can i help"),
        ("C", "hi um yeah i've been charged twice for my gym direct debit this month"),
        ("A", "oh i'm sorry about that can i take your name please"),
        ("C", "it's uh callum fitzgerald"),
        ("A", "thanks callum so you've had the same direct debit taken twice and you want the extra one back"),
        ("C", "yeah that's it"),
        ("A", "okay i can see two payments of forty two pounds on the first"),
        ("C", "yeah"),
        ("A", "i've raised a claim under the direct debit guarantee and the forty two pounds will be back in your account within three working days"),
        ("C", "oh brilliant thanks"),
        ("A", "is there anything else i can help you with today callum"),
        ("C", "no that's all"),
        ("A", "thanks for calling have a lovely day"),
     ])

call("h19-14-asr-telecom-bill-rude", industry="telecoms", style=ASR, words=False,
     exercises="no greeting; bill complaint; 'i don't know'; 'not my department'; no empathy; no paraphrase; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "na_or_fail", "na", "na", "Two negative turns; the agent never commits to anything; call ends abruptly."),
     turns=[
        ("A", "yeah hello"),
        ("C", "hi is this linkwave i've got a bill here for ninety pounds and it's normally thirty it's doubled and i'm really not happy"),
        ("A", "what's the account number"),
        ("C", "um l w four four one nine two"),
        ("A", "okay there's roaming charges on it"),
        ("C", "i haven't been abroad though"),
        ("A", "i don't know then", {"tag": "neg"}),
        ("C", "can you take them off"),
        ("A", "that's not my department that's billing", {"tag": "neg"}),
        ("C", "well can you put me through to them"),
        ("A", "their number's on the back of the bill"),
        ("C", "unbelievable"),
     ])

call("h19-15-asr-energy-move-home", industry="energy supplier", style=ASR, words=False,
     exercises="full greeting; routine home move; paraphrase; timed final bill and untimed welcome pack; name used; hold with reason and thanks",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "pass", "na", "Routine move; the final bill is timed but 'we'll send you a welcome pack' is not."),
     turns=[
        ("A", "hi you're through to evergreen power this is dev speaking what can i do for you"),
        ("C", "hiya um i'm moving house next friday and i want to take my account with me"),
        ("A", "lovely can i take your name and the new address"),
        ("C", "yeah it's maria santos and it's twenty one hawthorn close"),
        ("A", "thanks maria so you want to close the account at the old place and set up supply at twenty one hawthorn close from next friday"),
        ("C", "yeah exactly"),
        ("A", "can i pop you on hold for a minute while i check the meter details for the new property"),
        ("C", "yeah no problem"),
        ("A", "thanks for waiting maria i've found it", H),
        ("C", "great"),
        ("A", "you'll get your final bill for the old address within two weeks of the move and we'll send you a welcome pack for the new one"),
        ("C", "perfect"),
        ("A", "anything else i can help with"),
        ("C", "no that's it ta"),
        ("A", "thanks maria bye bye"),
     ])

call("h19-16-asr-insurance-renewal", industry="home insurance", style=ASR, words=False,
     exercises="full greeting; price rise frustration; empathy; no paraphrase; 'we can't but' alternative; timed email; name not used",
     labels=L("pass", "fail_or_pass", "pass", "fail", "pass", "fail", "na", "na", "'we can't match that but what i can do' comes with an alternative; the agent never uses the name; the close is an offer of help with no thanks or goodbye."),
     turns=[
        ("A", "good afternoon harbour home insurance you're speaking with bethany how can i help"),
        ("C", "yeah hi my renewal's come through and it's gone up by like a hundred and twenty pounds it's a joke honestly"),
        ("A", "i understand that's a big jump and it's frustrating to see can i take your name and postcode"),
        ("C", "it's uh tomasz nowak b s seven one r t"),
        ("A", "okay thank you"),
        ("C", "i've got a quote from somewhere else for two hundred"),
        ("A", "we can't match that exactly but what i can do is take off the legal cover you don't use which brings it to two hundred and fifteen"),
        ("C", "hmm okay yeah go on then"),
        ("A", "done i'll email the updated documents over by the end of today"),
        ("C", "okay"),
        ("A", "is there anything else i can help with"),
        ("C", "no"),
     ])

call("h19-17-asr-gp-appointment", industry="GP surgery", style=ASR, words=False,
     exercises="greeting without offer; routine appointment; paraphrase; customer-caused wait; timed text; name used",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "na", "na", "The long silence is the patient looking for their NHS number, so hold is na; greeting has no offer of help."),
     turns=[
        ("A", "morning riverside medical centre it's janet speaking"),
        ("C", "hi um i need to book a blood test the doctor asked for"),
        ("A", "okay what's your name and date of birth"),
        ("C", "leon baptiste fourth of may eighty six"),
        ("A", "and your nhs number please"),
        ("C", "oh hang on let me find it it's on a letter somewhere"),
        ("C", "right here it is four eight five seven seven three six two one nine", W),
        ("A", "thanks leon so you need a blood test booking as the doctor requested"),
        ("C", "yes please"),
        ("A", "i've got tuesday at eight forty with the nurse"),
        ("C", "that's fine"),
        ("A", "you'll get a text reminder the day before"),
        ("C", "great"),
        ("A", "anything else leon"),
        ("C", "no that's it thanks"),
        ("A", "thanks bye"),
     ])

call("h19-18-asr-online-order-refund", industry="online retail", style=ASR, words=False,
     exercises="full greeting; damaged item; empathy; paraphrase; untimed refund; misrecognition; name used; no offer of help",
     labels=L("pass", "fail_or_pass", "pass", "pass", "fail", "pass", "na", "na", "The refund promise has no time; a misrecognised word ('lamb' for 'lamp') does not change anything; only thanks at the end."),
     turns=[
        ("A", "hello thanks for calling homely goods this is priya how can i help you"),
        ("C", "hi yeah i ordered a lamb uh a lamp and it's arrived with the glass shade smashed"),
        ("A", "oh no that's really disappointing sorry about that can i take the order number"),
        ("C", "it's h g five five two zero one"),
        ("A", "and your name"),
        ("C", "olivia marchetti"),
        ("A", "thanks olivia so your lamp arrived broken and you'd like your money back rather than a new one"),
        ("C", "yeah i'd rather just have the refund"),
        ("A", "no problem a courier will collect it and i'll process your refund"),
        ("C", "okay do i need to wrap it"),
        ("A", "no you don't just put it in the box it came in"),
        ("C", "okay"),
        ("A", "thanks for calling olivia"),
     ])

call("h19-19-asr-train-refund-transfer", industry="rail operator", style=ASR, words=False,
     exercises="full greeting; delay compensation; empathy; paraphrase; transfer without reason; no close",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "na_or_fail", "na", "fail", "Agent transfers saying only 'i'll put you through' with no where or why; the customer's name never appears."),
     turns=[
        ("A", "good morning westline rail you're through to ahmed how can i help"),
        ("C", "hi my train on monday was cancelled and i was two hours late for a job interview"),
        ("A", "oh that's awful i'm so sorry that happened"),
        ("C", "yeah it was not great i want to claim compensation"),
        ("A", "so you'd like to claim delay repay for monday's cancelled service"),
        ("C", "yeah"),
        ("A", "do you have your ticket"),
        ("C", "yeah i've got the e-ticket"),
        ("A", "okay"),
        ("A", "hold the line i'll put you through"),
        ("C", "um okay"),
        ("C", "hello"),
     ])

call("h19-20-asr-broadband-slow-hold", industry="broadband", style=ASR, words=False,
     exercises="full greeting; slow speed frustration; no empathy; paraphrase; silent hold with no announcement; timed engineer; name used",
     labels=L("pass", "pass", "fail", "pass", "pass", "pass", "fail", "na", "The agent goes silent for over ten seconds without asking or announcing, then no thanks; 'okay' after the frustration is not empathy."),
     turns=[
        ("A", "hello you're through to fibrenet this is jordan how can i help"),
        ("C", "hi my broadband's been crawling for days i'm paying for five hundred meg and getting like ten it's driving me mad"),
        ("A", "okay whats the name on the account"),
        ("C", "sandra o'neill"),
        ("A", "so sandra your speeds are way below what you pay for and you want it sorted"),
        ("C", "yes"),
        ("A", "right so there's a fault at the cabinet", H),
        ("C", "right"),
        ("A", "an engineer's booked to fix the cabinet on wednesday"),
        ("C", "okay"),
        ("A", "is there anything else i can help you with sandra"),
        ("C", "no"),
        ("A", "thanks for calling bye"),
     ])

call("h19-21-asr-council-bin-collection", industry="local council", style=ASR, words=False,
     exercises="full greeting; missed bin; mild annoyance; empathy; paraphrase; timed collection; 'you have to' borderline; name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'you'll need to leave it out by seven' is a neutral instruction (optional negative)."),
     turns=[
        ("A", "good afternoon oakfield council this is rachel how can i help"),
        ("C", "hi my recycling bin's been missed again that's the second week running it's overflowing"),
        ("A", "oh i'm sorry that's really annoying especially two weeks in a row"),
        ("A", "can i take your name and address"),
        ("C", "yeah it's david okonjo nine birch road"),
        ("A", "thanks david so your recycling was missed the last two collections and you need it picked up"),
        ("C", "yes please"),
        ("A", "i've booked a return collection for tomorrow"),
        ("C", "great"),
        ("A", "you'll need to leave it out by seven in the morning", {"tag": "neg_opt"}),
        ("C", "okay will do"),
        ("A", "anything else i can help with today david"),
        ("C", "no that's it"),
        ("A", "thanks for calling bye"),
     ])

call("h19-22-asr-subscription-cancel", industry="streaming subscription", style=ASR, words=False,
     exercises="greeting without name; routine cancel; no paraphrase; policy refusal of refund; timed end of access; no name",
     labels=L("fail", "pass", "na", "fail", "pass", "na_or_fail", "na", "na", "'it's our policy we don't do partial refunds' refuses with no alternative; 'your access ends on the thirtieth' is timed."),
     turns=[
        ("A", "hi thanks for calling streamly how can i help"),
        ("C", "hi i want to cancel my subscription please"),
        ("A", "sure can i have the email on the account"),
        ("C", "it's uh filmfan eighty eight at mailbox dot com"),
        ("A", "okay got it"),
        ("C", "and can i get a refund for the rest of the month"),
        ("A", "no it's our policy we don't do partial refunds", {"tag": "neg"}),
        ("C", "oh right"),
        ("A", "i've cancelled it and your access will stop on the thirtieth"),
        ("C", "okay"),
        ("A", "is there anything else i can do for you"),
        ("C", "no"),
        ("A", "thanks bye"),
     ])

call("h19-23-asr-car-rental-damage", industry="car rental", style=ASR, words=False,
     exercises="full greeting; disputed damage charge; empathy; paraphrase; untimed escalation; misrecognitions; name used",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "'i'll escalate this to the damage team and they'll be in touch' has no time; 'they normally look at the photos' describes another team."),
     turns=[
        ("A", "good morning swift hire car rentals my name's connor how may i help"),
        ("C", "hi um i returned a car last week and now you've charged me two hundred and fifty pounds for a scratch i'm sure was already there"),
        ("A", "i'm sorry to hear that i can understand that's upsetting can i take your booking reference"),
        ("C", "it's s h nine nine oh four two and it's in the name of uh grace abernethy"),
        ("A", "thanks grace so you've been charged for damage you believe was there when you picked the car up and you want the charge looked at again"),
        ("C", "yeah exactly i took photos when i collected it"),
        ("A", "that's really helpful"),
        ("A", "the damage team normally looks at the pick-up photos alongside the return check"),
        ("C", "okay"),
        ("A", "i'll escalate this to the damage team and they'll be in touch"),
        ("C", "alright"),
        ("A", "is there anything else i can help with grace"),
        ("C", "no thanks"),
        ("A", "thanks for calling goodbye"),
     ])

call("h19-24-asr-dentist-reschedule", industry="dental practice", style=ASR, words=False,
     exercises="full greeting; routine reschedule; paraphrase; no commitments; name used; full close",
     labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "na", "The new appointment is booked in the call; nothing is promised for later."),
     turns=[
        ("A", "good morning smile dental you're speaking with fatima how can i help"),
        ("C", "hi um i need to move my check-up on thursday i've got work"),
        ("A", "no worries what's your name"),
        ("C", "it's ben hartley"),
        ("A", "thanks ben so you want to move thursday's check-up to another day"),
        ("C", "yeah ideally next week"),
        ("A", "i've got monday at ten or wednesday at three"),
        ("C", "wednesday at three please"),
        ("A", "that's booked wednesday at three with doctor lee"),
        ("C", "lovely"),
        ("A", "is there anything else i can help with ben"),
        ("C", "no that's great"),
        ("A", "thanks for calling bye"),
     ])
call("h19-25-mortgage-payment-holiday", industry="mortgage lender", style=CLEAN, words=False,
     exercises="full greeting; job loss worry; empathy; paraphrase; timed letter and untimed adviser call; hold with reason and thanks; name used",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na", "The letter is timed but 'an adviser will call you to go through the options' has none."),
     turns=[
        ("A", "Good morning, thank you for calling Redbrook Mortgages, my name is Alistair, how can I help?"),
        ("C", "Hi, I've just been made redundant and I'm really worried about making next month's mortgage payment."),
        ("A", "I'm very sorry to hear that, that must be a real worry. Can I take your name and mortgage account number?"),
        ("C", "It's Joanna Pietersen, account 7710 4432."),
        ("A", "Thank you, Joanna. So you've lost your job and you want to know what help there is with your payments for the next few months."),
        ("C", "Yes, exactly."),
        ("A", "May I put you on a short hold while I check which options your mortgage qualifies for?"),
        ("C", "Yes, that's fine."),
        ("A", "Thank you for waiting, Joanna. You qualify for a three-month payment deferral.", H),
        ("C", "Oh, that's a relief."),
        ("A", "I'll send you a letter setting out the terms by Friday, and an adviser will call you to go through the longer-term options."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's all, thanks."),
        ("A", "Take care, Joanna. Goodbye."),
     ])

call("h19-26-tv-licence-transfer", industry="public services", style=CLEAN, words=False,
     exercises="greeting missing agent name; routine licence query; transfer with where and why; no paraphrase; na close",
     labels=L("fail", "na_or_fail", "na", "fail", "na", "pass", "na", "pass", "Ends in a transfer that names the team and the reason; the agent uses the name once."),
     turns=[
        ("A", "Hello, Licensing Services, how can I help?"),
        ("C", "Hi, I'm a student and I want to know if I can get a refund on my licence for the summer months."),
        ("A", "Can I take your name?"),
        ("C", "Aoife Brennan."),
        ("A", "Thanks, Aoife."),
        ("C", "I paid for the whole year in September."),
        ("A", "Refunds are dealt with by our refunds team, they look at the dates and the address history."),
        ("C", "Okay."),
        ("A", "I'm going to transfer you to the refunds team now, because they're the ones who can assess the summer refund."),
        ("C", "Alright, thanks."),
        ("A", "Please hold while I connect you."),
        ("C", "Okay."),
     ])

call("h19-27-hospital-appointment-letter", industry="hospital outpatients", style=CLEAN, words=False,
     exercises="full greeting; anxious patient; empathy; paraphrase; timed letter; name used; no offer of further help",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "na", "na", "'You'll need to bring your medication list' is the patient's own task, not a commitment, and a neutral instruction (optional negative); the close only says goodbye."),
     turns=[
        ("A", "Good afternoon, Westmere Hospital outpatients, my name's Bronwen, how can I help?"),
        ("C", "Hi, I was told I'd get a letter about my heart scan and it's been six weeks, I'm getting anxious about it."),
        ("A", "I'm sorry, waiting like that is really unsettling. Can I have your name and date of birth?"),
        ("C", "Terence Mallory, third of November nineteen fifty-two."),
        ("A", "Thank you, Terence. So you're waiting for your heart scan appointment and haven't heard anything."),
        ("C", "That's right."),
        ("A", "I can see the referral. The scan is booked for the twelfth at ten fifteen."),
        ("C", "Oh, nobody told me."),
        ("A", "The confirmation letter will be posted to you today."),
        ("C", "Good."),
        ("A", "You'll need to bring a list of your medication.", {"tag": "neg_opt"}),
        ("C", "Okay, I can do that."),
        ("A", "Goodbye, Terence."),
     ])

call("h19-28-credit-card-fraud", industry="credit card", style=CLEAN, words=False,
     exercises="full greeting; fraud on card; empathy; paraphrase; mix of timed and untimed; escalation; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "The new card is timed; 'our fraud team will review the transactions and let you know the outcome' is untimed."),
     turns=[
        ("A", "Hello, thank you for calling Meridian Card Services, you're speaking with Hamid, how can I help?"),
        ("C", "There are three payments on my card to a website in another country that I didn't make."),
        ("A", "Oh no, I'm sorry, that's really unsettling. Can I take your name?"),
        ("C", "Eleanor Vasquez."),
        ("A", "Thanks, Eleanor. So there are three payments you don't recognise and you want them stopped and refunded."),
        ("C", "Yes, and the card cancelled."),
        ("A", "I've cancelled the card now so nothing else can go through."),
        ("C", "Thank you."),
        ("A", "A new card will reach you within five working days, and our fraud team will review the transactions and let you know the outcome."),
        ("C", "Okay."),
        ("A", "Is there anything else I can help with, Eleanor?"),
        ("C", "No, thanks."),
        ("A", "Thank you for calling, goodbye."),
     ])

call("h19-29-furniture-delivery-late", industry="furniture retail", style=CLEAN, words=False,
     exercises="greeting without offer of help; late sofa; no empathy; 'I can't' refusal; no paraphrase; untimed callback; name not used",
     labels=L("fail", "fail", "fail", "fail", "fail", "fail", "na", "na", "'I can't give you a date' refuses with no alternative; 'someone from the warehouse will call you' lacks a time."),
     turns=[
        ("A", "Good morning, Oakhaven Furniture, Stuart speaking."),
        ("C", "Hi, my sofa was meant to come on Saturday, I took the day off work and nobody turned up. I'm really annoyed."),
        ("A", "What's the order number?"),
        ("C", "OF 118204, under Natasha Greaves."),
        ("A", "Right, it's been held at the warehouse."),
        ("C", "So when will it come?"),
        ("A", "I can't give you a date.", {"tag": "neg"}),
        ("C", "That's not good enough."),
        ("A", "Someone from the warehouse will call you to rebook."),
        ("C", "Fine."),
        ("A", "Okay."),
        ("C", "Bye then."),
     ])

call("h19-30-passport-office-status", industry="passport office", style=CLEAN, words=False,
     exercises="full greeting; routine status check; paraphrase; no commitments; name used; full close; factual 'no' answer",
     labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "na", "'No, you don't need to send anything else' answers a question and is followed by help; the passport was already posted (past); 'your old passport comes back separately' describes the process, not an agent commitment."),
     turns=[
        ("A", "Good afternoon, Passport Advice Line, my name is Claudette, how can I help?"),
        ("C", "Hello, I'd just like to check where my passport renewal is up to."),
        ("A", "Of course, can I take your name and application number?"),
        ("C", "Yusuf Adebayo, application 4460 9912."),
        ("A", "Thank you, Yusuf. So you'd like an update on your renewal application."),
        ("C", "Yes."),
        ("A", "It was approved on Monday and was posted to you by special delivery yesterday."),
        ("C", "Oh, great. Do I need to send anything else?"),
        ("A", "No, you don't need to send anything else, your old passport comes back separately."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help with, Yusuf?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, goodbye."),
     ])

call("h19-31-boiler-cover-engineer", industry="home emergency cover", style=CLEAN, words=False,
     exercises="full greeting; no heating with a baby; empathy; paraphrase; silence hold announced but no thanks; timed engineer; name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na", "The hold is announced with a reason but the agent comes back without thanking the customer; 'about thirty minutes before he arrives' counts as a time expression."),
     turns=[
        ("A", "Hi, thanks for calling Hearthguard, my name's Lucy, how can I help you today?"),
        ("C", "My boiler's stopped and we've got no heating or hot water, and I've got a newborn, it's freezing."),
        ("A", "Oh dear, that's the last thing you need with a little one. Can I take your name and postcode?"),
        ("C", "Imran Chaudhry, M14 6PL."),
        ("A", "Thanks, Imran. So your boiler has broken down completely and you need an emergency engineer."),
        ("C", "Please, yes."),
        ("A", "Bear with me while I look for the nearest engineer."),
        ("C", "Okay."),
        ("A", "Right, I've got someone who can be with you by six this evening.", H),
        ("C", "That's great."),
        ("A", "He'll ring you about thirty minutes before he arrives."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help with, Imran?"),
        ("C", "No, thank you."),
        ("A", "Thanks for calling, bye."),
     ])

call("h19-32-student-loan-transfer-fail", industry="student finance", style=CLEAN, words=False,
     exercises="full greeting; payment confusion; no empathy; no paraphrase; transfer without destination; na close",
     labels=L("pass", "na_or_fail", "fail", "fail", "na", "fail", "na", "fail", "The customer is worried about rent; the agent transfers with only 'let me pass you over' and no where or why; name given but never used."),
     turns=[
        ("A", "Good morning, Student Finance Support, this is Gavin, how can I help?"),
        ("C", "Hi, my maintenance loan hasn't arrived and my rent is due on Friday, I'm really stressed about it."),
        ("A", "Can I take your name and customer reference?"),
        ("C", "Kiran Bhatt, reference 2211 8830 4471."),
        ("A", "Okay, the payment is showing as on hold."),
        ("C", "Why is it on hold?"),
        ("A", "There's a query on your course details."),
        ("C", "What does that mean?"),
        ("A", "Hang on, let me pass you over."),
        ("C", "Okay."),
        ("A", "Putting you through now."),
        ("C", "Right."),
     ])

call("h19-33-vet-clinic-booking", industry="veterinary clinic", style=CLEAN, words=False,
     exercises="full greeting; routine vaccination; paraphrase; timed reminder; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "Routine booking; the reminder text has a time."),
     turns=[
        ("A", "Good morning, Willowbank Vets, you're speaking to Hannah, how can I help?"),
        ("C", "Hi, I'd like to book my cat in for her booster jabs."),
        ("A", "Lovely, can I take your name and the cat's name?"),
        ("C", "I'm Rebecca Tran and she's called Pudding."),
        ("A", "Thanks, Rebecca. So you want to book Pudding's annual booster."),
        ("C", "Yes please."),
        ("A", "I have Thursday at four or Saturday at half nine."),
        ("C", "Saturday please."),
        ("A", "That's booked. We'll send you a reminder text on Friday."),
        ("C", "Great."),
        ("A", "Anything else I can do for you, Rebecca?"),
        ("C", "No thanks."),
        ("A", "Thanks for calling, see you Saturday, bye."),
     ])

call("h19-34-travel-refund-untimed", industry="travel agency", style=CLEAN, words=False,
     exercises="full greeting; cancelled holiday; empathy; paraphrase; several untimed promises; 'sorted'; name used",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "'I'll get that sorted' and 'you'll receive the refund' both lack a time; 'the airline issues the vouchers' describes another party."),
     turns=[
        ("A", "Hello, Sunward Holidays, my name's Pedro, what can I do for you?"),
        ("C", "Our holiday to Crete next week has been cancelled because the hotel closed, and the kids are gutted."),
        ("A", "Oh, I'm so sorry, that's a huge disappointment for all of you. Can I take your booking reference and name?"),
        ("C", "SW 33019, Lorraine Fairbanks."),
        ("A", "Thank you, Lorraine. So your Crete holiday has been cancelled by the hotel and you want your money back."),
        ("C", "Yes, all of it."),
        ("A", "The airline part is refunded by the airline, they normally issue vouchers first."),
        ("C", "I don't want vouchers."),
        ("A", "I'll get that sorted so it comes back as cash, and you'll receive the full refund to your card."),
        ("C", "Okay, thank you."),
        ("A", "Is there anything else I can help with, Lorraine?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, bye."),
     ])

call("h19-35-bank-balance-routine", industry="building society", style=CLEAN, words=False,
     exercises="greeting without salutation; routine balance check; no paraphrase; no commitments; name used",
     labels=L("fail", "pass", "na", "fail", "na", "pass", "na", "na", "Greeting has company, name and offer but no salutation; giving the balance is not a restatement of the request."),
     turns=[
        ("A", "Lakeside Building Society, Nadia speaking, how can I help?"),
        ("C", "Hi, could you tell me the balance on my savings account?"),
        ("A", "Of course. Can I take your name and date of birth?"),
        ("C", "Philip Carrow, twenty-second of August sixty-four."),
        ("A", "And the first line of your address?"),
        ("C", "Four Kestrel Drive."),
        ("A", "Thank you, Philip. The balance is four thousand two hundred and eighteen pounds."),
        ("C", "Lovely, and has the interest gone on?"),
        ("A", "Yes, it was added on the first."),
        ("C", "Great."),
        ("A", "Anything else I can help you with?"),
        ("C", "No, that's all."),
        ("A", "Thanks, Philip, goodbye."),
     ])

call("h19-36-phone-repair-checked", industry="electronics retail", style=CLEAN, words=False,
     exercises="full greeting; cracked screen repair; empathy; paraphrase; 'I'll check and get back to you' untimed; timed replacement; 'unable to' with alternative; name used",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "'We're unable to repair it in store, but we can send it to our repair centre' has an alternative; 'I'll check with the repair centre and get back to you' has no time."),
     turns=[
        ("A", "Good afternoon, thank you for calling Voltmart, my name is Ruby, how can I help?"),
        ("C", "Hi, I dropped my phone and the screen's cracked right across, I can barely use it."),
        ("A", "Oh no, that's so frustrating. Can I take your name?"),
        ("C", "Isaac Morrow."),
        ("A", "Thanks, Isaac. So your screen is cracked and you want it repaired under the cover you bought with the phone."),
        ("C", "Yes."),
        ("A", "We're unable to repair it in store, but we can send it to our repair centre for you."),
        ("C", "How long does that take?"),
        ("A", "I'll check with the repair centre and get back to you on that, and a loan phone will be posted to you tomorrow."),
        ("C", "Okay, thanks."),
        ("A", "Is there anything else I can help with, Isaac?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, goodbye."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout19: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of `make_holdout12.py`).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout19", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h19", seed_base=1900)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
