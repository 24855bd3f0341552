"""Write the holdout22 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout22.py

Writes tests/data/holdout22/<call_id>.json, tests/data/holdout22-labels.json and
tests/data/holdout22/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout22"
LABELS_PATH = HERE / "holdout22-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 12.6, "tag": "hold"}
W = {"gap": 11.8, "tag": "wait"}

# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

# ---------------------------------------------------------------------------
# 1-12: clean text with word timings (overlaps allowed)
# ---------------------------------------------------------------------------

call("h22-01-vet-chocolate-emergency", industry="veterinary clinic", style=CLEAN, words=True,
     exercises="full greeting; worried owner; backchannel inside a long turn; empathy; restatement; timed appointment; owner's name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "The 'Mm-hmm' sits inside the customer's turn and is a backchannel; the one commitment ('seen the moment you arrive, within the next half hour') carries a time."),
     turns=[
        ("A", "Hello, Fernhill Veterinary Centre, Alys speaking, how can I help you?"),
        ("C", "Hi, sorry, I'm in a bit of a state, my spaniel has just eaten most of a bar of dark chocolate off the kitchen table and I've read that it can be poisonous for dogs."),
        ("A", "Mm-hmm.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Oh, that must be really frightening. How much does he weigh, roughly?"),
        ("C", "About fourteen kilos. His name's Biscuit."),
        ("A", "And can I take your name as well?"),
        ("C", "It's Tomasz Wierzbicki."),
        ("A", "Thank you, Tomasz. So Biscuit has eaten around a hundred grams of dark chocolate in the last few minutes and you want to know whether he needs to come in."),
        ("C", "Yes, exactly."),
        ("A", "With that amount he does need treatment, so please bring him straight down. I've put a note on the system, and the duty vet will see him within the next half hour of you arriving."),
        ("C", "Okay, we're leaving now."),
        ("A", "Bring the wrapper with you if you still have it. Is there anything else you need from me before you set off, Tomasz?"),
        ("C", "No, no, that's it."),
        ("A", "Thanks for calling us so quickly. Drive safely, see you shortly."),
     ])

call("h22-02-fraud-line-warm-transfer", industry="credit card fraud line", style=CLEAN, words=True,
     exercises="full greeting; unknown transactions; agent cut-in; empathy; restatement; warm transfer with destination and reason; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "The agent takes the floor mid-sentence to ask for security details (a real cut-in); the transfer names the disputes team and why; the freeze and the file notes are done during the call, so there is no future commitment."),
     turns=[
        ("A", "Good evening, thank you for calling the Meridian Card fraud line, I'm Joel, how can I help tonight?"),
        ("C", "Hi, I've just had a text about three payments to some website in Latvia that I definitely didn't make, one of them is for nearly eight hundred pounds and I'm panicking a bit."),
        ("A", "Before we go any further, can I take the last four digits of the card?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Oh, right, it's 6620."),
        ("A", "And your full name and date of birth, please?"),
        ("C", "Harriet Osei, the ninth of June, nineteen eighty-seven."),
        ("A", "Thanks, Harriet. I can hear this has really shaken you, and I'm sorry, finding payments like that is horrible."),
        ("A", "So there are three charges you don't recognise and you want them stopped and your money back."),
        ("C", "Yes, please."),
        ("A", "I've frozen the card right now so nothing else can go through."),
        ("C", "Thank you."),
        ("A", "To get the money back, the charges need to be disputed, and that's done by our disputes team, so I'm going to transfer you to them now. I've written everything up on your file, so you won't have to repeat it."),
        ("C", "That's great, thanks."),
     ])

call("h22-03-sofa-delivery-missed", industry="furniture delivery", style=CLEAN, words=True,
     exercises="greeting with no agent name; missed delivery; 'I don't know'; 'you have to' demand; cut-in; no empathy; detail read-back only; untimed depot call; name not used",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na", "'Sofa, grey three-seater?' repeats one detail, not the request; 'the depot will give you a ring' has no time; the close offers more help but neither thanks nor goodbye."),
     turns=[
        ("A", "Hi, Oakline Home Deliveries, what can I do for you?"),
        ("C", "I took a whole day off work yesterday for my sofa to be delivered, I waited in from seven until six and nobody turned up, no call, no text, nothing at all."),
        ("A", "Order number?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "It's OHD 58127, under Lorna Beckett."),
        ("A", "Sofa, grey three-seater?"),
        ("C", "Yes. So when is it actually coming?"),
        ("A", "I don't know, the van schedules aren't on my screen.", {"tag": "neg"}),
        ("C", "Well, who does know?"),
        ("A", "You have to ring the depot yourself for that.", {"tag": "neg"}),
        ("C", "Can't you ring them for me?"),
        ("A", "I've sent them a message, the depot will give you a ring to rebook."),
        ("C", "Right. Great."),
        ("A", "Was there anything else?"),
        ("C", "No."),
     ])

call("h22-04-tax-office-payment-plan", industry="tax office", style=CLEAN, words=True,
     exercises="full greeting; routine payment plan; backchannel; restatement; hold with reason and thanks; timed letter; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na", "Routine request with no problem or emotion, so empathy is na; the hold is asked with a reason and thanked; the letter has a time."),
     turns=[
        ("A", "Good morning, welcome to the Revenue Services helpline, my name is Bronwen, how may I assist you?"),
        ("C", "Morning. I'm self-employed and my tax bill for last year is due at the end of January, and I'd like to spread it across a few months rather than pay it in one go if that's allowed."),
        ("A", "Right.", {"at_start": 3.8, "tag": "bc"}),
        ("A", "That's usually possible. Could I have your name and your ten-digit reference?"),
        ("C", "Anil Chaudhry, and it's 47301 88256."),
        ("A", "Thank you, Mr Chaudhry. So rather than one lump sum in January, you'd like to set up monthly instalments for last year's bill."),
        ("C", "That's right."),
        ("A", "Would you mind holding for a moment while I check whether the account qualifies for an online plan?"),
        ("C", "Sure, no problem."),
        ("A", "Thanks so much for waiting. It qualifies, and I've set up six monthly payments of three hundred and ten pounds starting on the thirty-first of January.", H),
        ("C", "That's a relief, thank you."),
        ("A", "A letter confirming the plan will reach you within ten working days."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help with this morning?"),
        ("C", "No, that's everything."),
        ("A", "Thank you for calling, Mr Chaudhry. Goodbye."),
     ])

call("h22-05-cinema-screening-stopped", industry="cinema chain", style=CLEAN, words=True,
     exercises="full greeting; film stopped mid-screening; customer talks over agent; agent starts 0.3 s early (not a cut-in); empathy; detail read-back only; timed refund; name never given",
     labels=L("pass", "pass", "pass", "fail", "pass", "na_or_fail", "na", "na", "The customer's overlap is the customer's, and the agent's early start overlaps by under 0.5 s, so no interruptions; 'the 7.40 showing of Harbour Lights on Saturday?' only reads details back; the customer never gives a name."),
     turns=[
        ("A", "Hi, thanks for calling Lumiere Cinemas, you're speaking with Dev, what can I help you with?"),
        ("C", "Hello, we were at your Riverside screen on Saturday night and the film just stopped forty minutes before the end, and they never got it going again."),
        ("A", "Oh, I do apologise, that's a really disappointing way for an evening to end.", {"at_end": 0.3}),
        ("C", "It was, we'd been looking forward to it for weeks.", {"at_end": 0.9}),
        ("A", "Do you have the booking reference from your email?"),
        ("C", "Yes, it's LUM 4482 19."),
        ("A", "That's the 7.40 showing of Harbour Lights on Saturday?"),
        ("C", "That's the one."),
        ("A", "I can see the projector fault logged for that screening. I've refunded both tickets in full, and the money will be back on your card within three to five working days."),
        ("C", "Oh, brilliant, thank you."),
        ("A", "Is there anything else I can do for you today?"),
        ("C", "No, that's lovely."),
        ("A", "Thanks for calling, enjoy the rest of your week."),
     ])

call("h22-06-ev-charger-cable-stuck", industry="electric car charging", style=CLEAN, words=True,
     exercises="full greeting; stranded driver; short reaction inside the customer's turn (optional cut-in); real cut-in; empathy; restatement; hold announced without thanks; untimed credit; goodbye only",
     labels=L("pass", "fail_or_pass", "pass", "pass", "fail", "pass", "fail", "na", "'Oh no.' starts inside the customer's turn but is short and does not take the floor, so it is optional; the silent remote unlock was announced with a reason but never thanked; 'I'll put a credit on your account' has no time."),
     turns=[
        ("A", "Hello, you're through to VoltPoint charging support, my name's Imogen, how can I help?"),
        ("C", "Hi, I'm at the Lymington services charger number four, the session finished twenty minutes ago but the cable is locked into my car and it won't let go, and I've got my kids in the back and we need to get going."),
        ("A", "Oh no.", {"at_start": 6.0, "tag": "intr_opt"}),
        ("A", "What name is the account in?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "Sorry, it's Callum Reyes."),
        ("A", "Okay, Callum, that sounds really stressful with the children waiting, let's get you moving."),
        ("A", "So the charge has ended but the connector is still locked in the car and you need it released."),
        ("C", "Yes, please."),
        ("A", "I'm going to send an unlock command to the charger from here, bear with me while it goes through."),
        ("C", "Okay."),
        ("A", "Right, try pulling the connector now.", H),
        ("C", "Yes! It's out."),
        ("A", "Great. I'll put a credit on your account for the trouble."),
        ("C", "Thanks."),
        ("A", "Safe travels, bye."),
     ])

call("h22-07-nursery-extra-day", industry="childcare nursery", style=CLEAN, words=True,
     exercises="greeting split over two agent turns within 20 s; routine change; backchannel; restatement; timed invoice; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "The opening is split: salutation and nursery first, then name and offer of help after the customer's 'hi', all inside the first 20 seconds; a routine request, so empathy is na."),
     turns=[
        ("A", "Good afternoon, Little Wrens Nursery."),
        ("C", "Oh, hi."),
        ("A", "It's Fatima here, how can I help?"),
        ("C", "Hi Fatima, it's Olivia Grant, my son Teddy is in the Robins room on Mondays and Tuesdays, and from next month I'd like to add a Thursday if you have space."),
        ("A", "Okay.", {"at_start": 3.6, "tag": "bc"}),
        ("A", "Let me look at the Robins register."),
        ("A", "So, Olivia, you'd like Teddy to go from two days to three, adding Thursdays from the start of next month."),
        ("C", "Yes, that's it."),
        ("A", "There's a Thursday space, so I've booked it in from the fourth."),
        ("C", "Fantastic."),
        ("A", "I'll email you the updated invoice by Friday, and the new rate shows from next month's bill."),
        ("C", "Great, thank you."),
        ("A", "Anything else I can help with today, Olivia?"),
        ("C", "No, that's all."),
        ("A", "Lovely, thanks for calling, bye bye."),
     ])

call("h22-08-pension-cold-transfer", industry="pension provider", style=CLEAN, words=True,
     exercises="greeting without salutation; routine transfer-out question; 'not my team' refusal; cut-in; no paraphrase; cold transfer; name given but not used",
     labels=L("fail", "na_or_fail", "na", "fail", "na", "fail", "na", "fail", "'You're through to…' is not a salutation; 'that's not my team' refuses with no alternative; 'putting you through' says neither where nor why and there is no hold silence; a routine question, so empathy is na."),
     turns=[
        ("A", "You're through to Elmstead Pensions, Gavin speaking, how can I help?"),
        ("C", "Hello, my name is Rosalind Achebe, I've got an old workplace pension with you from about twenty years ago and I'm thinking of moving it into my new employer's scheme."),
        ("A", "Policy number?", {"at_end": 1.3, "tag": "intr"}),
        ("C", "Um, EP 209 7714."),
        ("A", "Okay, that's a deferred member plan."),
        ("C", "So can you tell me what the transfer value would be?"),
        ("A", "That's not my team, I just do contributions.", {"tag": "neg"}),
        ("C", "Oh. Well, who should I speak to?"),
        ("A", "Right, okay."),
        ("C", "Okay."),
        ("A", "Putting you through."),
        ("C", "Right, thanks."),
     ])

call("h22-09-embassy-stolen-passport", industry="embassy consular services", style=CLEAN, words=True,
     exercises="full greeting; stolen passport abroad; empathy; restatement; limit with alternative (not negative); 'you'll need to' instruction (optional); timed appointment and document; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'We can't issue a full passport here, but we can issue an emergency travel document' offers an alternative; 'you'll need to bring a police report' is a neutral instruction, so optional; both commitments carry a time."),
     turns=[
        ("A", "Good morning, British Consulate in Lisbon, consular assistance, this is Ruairi, how may I help?"),
        ("C", "Hi, my handbag was taken at a café yesterday with my passport in it, and I'm supposed to fly home on Thursday, I honestly don't know what to do."),
        ("A", "I'm so sorry, that's a horrible thing to happen when you're away from home. Let me see what we can do. May I take your name?"),
        ("C", "Eleanor Whitcombe."),
        ("A", "Thank you, Eleanor. So your passport was stolen yesterday and you need a document that will let you fly home on Thursday."),
        ("C", "Yes, please."),
        ("A", "We can't issue a full passport here, but we can issue an emergency travel document, which is valid for your flight."),
        ("C", "Oh, that's a relief."),
        ("A", "You'll need to bring a police report and one passport photo.", {"tag": "neg_opt"}),
        ("C", "I reported it last night, so I have the report."),
        ("A", "Perfect. I've booked you in tomorrow at ten, and the document will be ready the same afternoon."),
        ("C", "That's such a weight off."),
        ("A", "Is there anything else I can help you with, Eleanor?"),
        ("C", "No, you've been brilliant."),
        ("A", "You're welcome. Thank you for calling, and goodbye for now."),
     ])

call("h22-10-software-renewal-refused", industry="software licence", style=CLEAN, words=True,
     exercises="full greeting; unwanted auto-renewal charge; cut-in; 'it's our policy' refusal; 'I cannot' refusal; no empathy; restatement; no commitments; name used; full close",
     labels=L("pass", "pass", "fail", "pass", "na", "pass", "na", "na", "The customer complains of an unwanted charge but the agent never acknowledges it; two refusals with no alternative; the restatement passes even though the answer is no."),
     turns=[
        ("A", "Hi there, thank you for calling Quillstack Software, my name's Priya, how can I help today?"),
        ("C", "Hi, I've been charged two hundred and forty pounds for a yearly renewal of the design suite, and I never asked for it to renew, I stopped using it back in the spring."),
        ("A", "Can I have the email on the account?", {"at_end": 1.1, "tag": "intr"}),
        ("C", "It's j.marsh at fastmail dot com. Jonah Marsh."),
        ("A", "Thanks, Jonah. So the annual licence renewed automatically last week and you want that charge reversed."),
        ("C", "Yes."),
        ("A", "It's our policy not to refund annual renewals once they've processed.", {"tag": "neg"}),
        ("C", "But I haven't even opened it since."),
        ("A", "I cannot reverse it, I'm afraid.", {"tag": "neg"}),
        ("C", "That's really poor."),
        ("A", "Auto-renew is now switched off, so it won't happen next year."),
        ("C", "Fine."),
        ("A", "Is there anything else I can help with, Jonah?"),
        ("C", "No."),
        ("A", "Okay, thanks for calling, goodbye."),
     ])

call("h22-11-satellite-dish-storm", industry="satellite TV", style=CLEAN, words=True,
     exercises="full greeting; no signal after storm; matter-of-fact reply (not empathy); restatement; unannounced silence then thanks; timed engineer and text; backchannel; name used; full close",
     labels=L("pass", "pass", "fail", "pass", "pass", "pass", "fail", "na", "'That happens a lot after storms' explains rather than acknowledges the customer's frustration, so empathy fails; the 12-second silence was never announced, so the hold fails despite the thanks."),
     turns=[
        ("A", "Hello, thanks for calling Starwave TV, I'm Kwame, how can I help?"),
        ("C", "Hi, since that storm on Sunday night the telly just says no signal on every channel, and I've missed two matches now, it's driving me up the wall."),
        ("A", "Uh-huh.", {"at_start": 2.9, "tag": "bc"}),
        ("A", "Right, that happens a lot after storms. What's the name on the account?"),
        ("C", "Gwen Pritchard."),
        ("A", "Thanks, Gwen. So you've had no signal on any channel since Sunday's storm and you need the service back."),
        ("C", "That's it."),
        ("A", "Thanks for waiting, Gwen. The box is fine, so it'll be the dish that's been knocked out of line.", H),
        ("C", "I thought it might be."),
        ("A", "An engineer will come out on Tuesday between eight and one, and you'll get a text confirming the slot this evening."),
        ("C", "Okay, good."),
        ("A", "Anything else I can do for you?"),
        ("C", "No, that's all."),
        ("A", "Thanks Gwen, bye now."),
     ])

call("h22-12-driving-lesson-reschedule", industry="driving school", style=CLEAN, words=True,
     exercises="greeting without offer of help; routine reschedule; cut-in; detail read-back only; untimed text; name never given; full close",
     labels=L("fail", "pass", "na", "fail", "fail", "na_or_fail", "na", "na", "The opening has salutation, school and name but no offer of help; 'Thursday the ninth, four o'clock?' repeats a detail; 'I'll text you the confirmation' has no time; the customer never gives a name."),
     turns=[
        ("A", "Hi, Gearshift Driving School, Lena speaking."),
        ("C", "Hi, I've got a lesson booked with Marco on Tuesday at four, but I've been asked to work late that day, so I was wondering whether there's anything later in the week, maybe Thursday or Friday."),
        ("A", "Thursday I've got four o'clock.", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Oh, that'd be perfect."),
        ("A", "Thursday the ninth, four o'clock?"),
        ("C", "Yes."),
        ("A", "Okay, that's moved for you, and there's no charge for changing it."),
        ("C", "Oh good."),
        ("A", "I'll text you the confirmation with Marco's pick-up point."),
        ("C", "Thanks."),
        ("A", "Can I help with anything else while I have you?"),
        ("C", "No, that's it, thanks."),
        ("A", "No worries, thanks for calling, bye."),
     ])

# ---------------------------------------------------------------------------
# 13-24: ASR-style text (lower case, no punctuation, fillers, numbers as words)
# ---------------------------------------------------------------------------

call("h22-13-asr-hospital-op-postponed", industry="hospital appointments", style=ASR, words=False,
     exercises="full greeting; postponed operation; worry; empathy; restatement; hold with reason and thanks; timed letter and call; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "ASR text; both commitments carry a time ('within seven days', 'by the end of this week')."),
     turns=[
        ("A", "hello you're through to st aidan's hospital appointments my name is grace how can i help you"),
        ("C", "hi um yeah my knee operation was meant to be next tuesday and i've just had a text saying it's postponed and i've been in pain for months so i'm a bit upset to be honest"),
        ("A", "oh i'm really sorry to hear that especially after waiting so long can i take your name and date of birth"),
        ("C", "it's uh dennis mccartney twelfth of may nineteen fifty eight"),
        ("A", "thank you dennis so your knee surgery next tuesday has been cancelled and you want to know when it'll be rebooked"),
        ("C", "yeah that's right"),
        ("A", "can i put you on hold for a couple of minutes while i speak to the orthopaedic bookings team"),
        ("C", "yeah go on"),
        ("A", "thanks for holding dennis the surgeon's list was cancelled because of staff sickness and you're first on the list to be rebooked", H),
        ("C", "okay that's something"),
        ("A", "you'll get a letter with the new date within seven days and the pre-op nurse will ring you by the end of this week"),
        ("C", "alright thank you love"),
        ("A", "is there anything else i can do for you today"),
        ("C", "no that's it"),
        ("A", "take care dennis bye bye"),
     ])

call("h22-14-asr-food-order-missing-items", industry="food delivery app", style=ASR, words=False,
     exercises="greeting without agent name; missing items; 'i don't know'; bare 'no' refusal; no empathy; no paraphrase; untimed refund; name given but not used; no close",
     labels=L("fail", "fail", "fail", "fail", "fail", "fail", "na", "na", "'no we don't refund delivery fees' refuses with nothing offered; 'you'll get the money back for the curry' has no time; the call just ends with 'okay'."),
     turns=[
        ("A", "hi dashbite support how can i help"),
        ("C", "yeah hi my order came and half of it's missing there's no curry and no rice just the naan bread and i'm starving here"),
        ("A", "name on the order"),
        ("C", "it's uh shauna kirwan"),
        ("A", "yeah i see it the restaurant marked it all as sent"),
        ("C", "well it wasn't so what happened to it"),
        ("A", "i don't know", {"tag": "neg"}),
        ("C", "can i get my money back then including the delivery fee"),
        ("A", "you'll get the money back for the curry and rice"),
        ("C", "and the delivery fee"),
        ("A", "no we don't refund delivery fees", {"tag": "neg"}),
        ("C", "unbelievable"),
        ("A", "okay"),
     ])

call("h22-15-asr-boiler-annual-service", industry="boiler servicing", style=ASR, words=False,
     exercises="full greeting; routine service booking; restatement; timed visit and reminder; 'you'll need to' instruction (optional); name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "Routine booking, so empathy is na; 'you'll need to clear the cupboard' is a neutral instruction, so optional only."),
     turns=[
        ("A", "good afternoon thanks for ringing warmflow heating this is nikhil what can i do for you"),
        ("C", "hi um it's about time for my boiler service i think it was last done in october"),
        ("A", "no problem can i take your name and postcode"),
        ("C", "yeah it's beatrice lund and it's b s seven four h q"),
        ("A", "thanks beatrice so you'd like to book this year's annual service on your boiler"),
        ("C", "yes please"),
        ("A", "i've got monday the fourteenth between eight and twelve would that suit"),
        ("C", "monday's fine"),
        ("A", "lovely you'll need to clear the cupboard around the boiler before the engineer arrives", {"tag": "neg_opt"}),
        ("C", "okay will do"),
        ("A", "the engineer will be with you on monday morning in that window and we'll text you a reminder on sunday evening"),
        ("C", "perfect"),
        ("A", "anything else i can help you with beatrice"),
        ("C", "no that's all thanks"),
        ("A", "thank you for calling have a lovely afternoon"),
     ])

call("h22-16-asr-student-loan-overcharged", industry="student loans", style=ASR, words=False,
     exercises="full greeting; repayment taken below threshold; worry; empathy; restatement; warm transfer with where and why; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "Ends in a transfer that says where (the repayments team) and why (refunds are theirs); no closing could happen; no future commitment from this agent."),
     turns=[
        ("A", "hi there welcome to the student loan repayment service you're speaking to mo how can i help"),
        ("C", "hi um i've had money taken from my wages for my student loan but i only work part time now and i'm way under the threshold and i'm really worried because i need that money for rent"),
        ("A", "oh that's really worrying when money's tight i'm sorry can i take your name and customer number"),
        ("C", "yeah it's ffion roberts and it's uh one one four nine two two zero"),
        ("A", "thank you ffion so repayments have been taken even though your earnings are below the threshold and you want that money back"),
        ("C", "yeah exactly"),
        ("A", "i can see two deductions in the last two months"),
        ("C", "yeah that's them"),
        ("A", "refunds are handled by our repayments team so i'm going to transfer you to them now so they can start the refund i've put a note on your account so you won't need to explain again"),
        ("C", "okay thank you"),
        ("A", "transferring you now ffion"),
        ("C", "cheers"),
     ])

call("h22-17-asr-concert-ticket-name-change", industry="concert ticketing", style=ASR, words=False,
     exercises="greeting without company; routine name change; 'no worries'; restatement; hold announced without a reason but thanked; timed email; name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "fail", "na", "The agent never names the company at any point; 'hang on a sec' announces the hold but gives no reason, so the hold fails even with the thanks."),
     turns=[
        ("A", "hello you're speaking with carys how can i help today"),
        ("C", "hi i've got two tickets for the arena gig next month and my friend can't come so i want to put my sister's name on the second one"),
        ("A", "no worries can i take your name and the order number"),
        ("C", "it's um jade holloway and the order is t x nine nine four one"),
        ("A", "thanks jade so you want to swap the name on the second ticket from your friend to your sister"),
        ("C", "yeah that's it her name's amber holloway"),
        ("A", "hang on a sec"),
        ("C", "okay"),
        ("A", "thanks for waiting jade that's all changed to amber now", H),
        ("C", "oh great"),
        ("A", "you'll get an email with the updated tickets in the next ten minutes"),
        ("C", "brilliant"),
        ("A", "can i help with anything else at all"),
        ("C", "no that's it"),
        ("A", "thanks for calling enjoy the gig bye"),
     ])

call("h22-18-asr-card-declined-abroad", industry="credit card fraud line", style=ASR, words=False,
     exercises="full greeting; card blocked abroad; frustration; 'calm down'; generic politeness only (not empathy); no paraphrase; timed unblock; name given but not used; thanks and goodbye without an offer of more help",
     labels=L("pass", "fail_or_pass", "fail", "fail", "pass", "fail", "na", "na", "'sorry could you say that again' is generic politeness, not empathy; 'calm down' is negative; the close thanks and says goodbye but offers nothing further."),
     turns=[
        ("A", "good evening thank you for calling harbour card security my name is stefan how may i help"),
        ("C", "hi yeah my card's been declined three times today i'm in spain with my family and i can't pay for anything it's humiliating"),
        ("A", "sorry could you say that again the line's a bit bad"),
        ("C", "my card keeps getting declined in spain"),
        ("A", "name and date of birth please"),
        ("C", "it's uh liam doherty third of march eighty nine and honestly this is the third time this has happened"),
        ("A", "okay just calm down for me", {"tag": "neg"}),
        ("C", "i am calm i just want it working"),
        ("A", "it was blocked because of an unusual transaction i've taken the block off now"),
        ("C", "so will it work now"),
        ("A", "it'll work again within the next hour once the system updates"),
        ("C", "fine"),
        ("A", "thanks for your call goodbye"),
     ])

call("h22-19-asr-satellite-cancel-declines-transfer", industry="satellite TV", style=ASR, words=False,
     exercises="full greeting; routine cancellation; transfer offered and declined (no transfer); restatement; untimed returns bag; 'you'll need to' instruction (optional); name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na", "The agent offers to pass the customer to the loyalty team but the customer declines, so no transfer happens (na); 'we'll send you a returns bag' has no time."),
     turns=[
        ("A", "hiya thanks for calling skyvista my name's owen how can i help you"),
        ("C", "hi i'd like to cancel my tv package please we just don't watch it anymore we mostly use streaming"),
        ("A", "okay can i take your name and the account number"),
        ("C", "it's rhiannon shaw and it's four four seven two nine one"),
        ("A", "thanks rhiannon so you want to end the tv package altogether because you're using streaming instead"),
        ("C", "yeah that's right"),
        ("A", "i can put you through to our loyalty team who might have a cheaper offer if you want"),
        ("C", "no thanks i've made my mind up"),
        ("A", "no problem i've set the cancellation for the end of your billing month"),
        ("C", "great"),
        ("A", "we'll send you a returns bag for the box and you'll need to pop it in the post", {"tag": "neg_opt"}),
        ("C", "okay"),
        ("A", "anything else i can do for you rhiannon"),
        ("C", "no that's all"),
        ("A", "thanks for being with us bye now"),
     ])

call("h22-20-asr-tax-refund-customer-wait", industry="tax office", style=ASR, words=False,
     exercises="full greeting; routine refund status; customer-caused silence (not a hold); factual 'no' followed by help; restatement; timed payment; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "The long silence is the customer looking for a letter, so hold is na; 'no you don't owe anything' answers a question and is not negative."),
     turns=[
        ("A", "good morning revenue services helpline my name is tariq how can i help"),
        ("C", "morning um i got a letter saying i'm due a tax refund and i wanted to check when it's coming"),
        ("A", "of course can i take your name and your national insurance number"),
        ("C", "yeah it's pauline egan and the number um hang on let me find the letter it's in the drawer"),
        ("C", "right here it is j k four two one one eight nine c", W),
        ("A", "thank you pauline so you've had a letter about a refund and you want to know when it'll be paid"),
        ("C", "yes and do i owe anything on top"),
        ("A", "no you don't owe anything the refund is three hundred and twelve pounds"),
        ("C", "oh lovely"),
        ("A", "it'll be paid into your bank account by the twentieth of this month"),
        ("C", "great"),
        ("A", "is there anything more i can do for you today"),
        ("C", "no that's it"),
        ("A", "thanks for calling pauline goodbye"),
     ])

call("h22-21-asr-nursery-sick-days-charge", industry="childcare nursery", style=ASR, words=False,
     exercises="greeting without agent name; charged for sick days; 'nothing i can do'; policy refusal; empathy present; no paraphrase; no commitments; name never given; no close",
     labels=L("fail", "fail", "pass", "fail", "na", "na_or_fail", "na", "na", "The agent does say 'i understand that's frustrating' so empathy passes despite two refusals; no name is ever given; the call ends with no closing."),
     turns=[
        ("A", "good morning little acorns nursery how can i help"),
        ("C", "hi um i've just had the invoice and i've been charged for the whole week my daughter was off with chickenpox and she wasn't even allowed in"),
        ("A", "which room is she in"),
        ("C", "she's in the hedgehogs"),
        ("A", "yeah those days are charged"),
        ("C", "but you told us to keep her home"),
        ("A", "i understand that's frustrating"),
        ("C", "so can you take it off"),
        ("A", "there's nothing i can do about that", {"tag": "neg"}),
        ("C", "that doesn't seem fair"),
        ("A", "it's our policy to charge for booked sessions", {"tag": "neg"}),
        ("C", "right i'll speak to the manager then"),
        ("A", "okay"),
     ])

call("h22-22-asr-driving-test-pop-over", industry="driving school", style=ASR, words=False,
     exercises="full greeting; routine theory-test question; transfer says where but not why; no paraphrase; name used; ends in transfer",
     labels=L("pass", "na_or_fail", "na", "fail", "na", "pass", "na", "fail", "'i'll pop you over to the office' names where but not why, so the transfer fails, and it is the transfer happening now rather than a later commitment; the call ends before any closing."),
     turns=[
        ("A", "hello and thanks for calling roadready driving school my name's ben what can i do for you"),
        ("C", "hi i'm one of your learners i'm with kasia on wednesdays and i wanted to ask about booking my theory test"),
        ("A", "okay what's your name"),
        ("C", "it's aaron blackwood"),
        ("A", "right aaron and have you done the mock tests on the app"),
        ("C", "yeah i've done loads of them"),
        ("A", "good good"),
        ("C", "so can you book it for me or do i do it"),
        ("A", "i'll pop you over to the office"),
        ("C", "oh okay"),
        ("A", "alright then"),
        ("C", "thanks"),
     ])

call("h22-23-asr-wardrobe-damaged", industry="furniture delivery", style=ASR, words=False,
     exercises="full greeting; damaged wardrobe; empathy; restatement; hold with reason and thanks; timed replacement and untimed callback; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na", "The replacement has a date but 'i'll give you a call back about collecting the old one' has none, so follow-up fails."),
     turns=[
        ("A", "hi thank you for calling pinewood deliveries this is roisin speaking how can i help you"),
        ("C", "hi um the wardrobe you delivered yesterday has a massive crack down one door and the drivers left before i'd even opened it"),
        ("A", "oh no that's really disappointing after waiting for it can i take your name please"),
        ("C", "yeah it's gordon fairweather"),
        ("A", "thanks gordon so the wardrobe arrived with a cracked door and you'd like it replaced"),
        ("C", "yeah a new one"),
        ("A", "would it be okay if i put you on hold while i check stock at the warehouse"),
        ("C", "yeah sure"),
        ("A", "thank you for waiting gordon we've got one in stock", H),
        ("C", "oh good"),
        ("A", "the replacement will be delivered next thursday and i'll give you a call back about collecting the damaged one"),
        ("C", "okay thanks"),
        ("A", "is there anything else i can help with today gordon"),
        ("C", "no that's it"),
        ("A", "thanks for your patience goodbye"),
     ])

call("h22-24-asr-home-charger-install", industry="electric car charging", style=ASR, words=False,
     exercises="greeting without company; routine home charger booking; restatement; timed survey and email; name never given; offer of more help with no thanks or goodbye",
     labels=L("fail", "fail_or_pass", "na", "pass", "pass", "na_or_fail", "na", "na", "The agent never names the company; the customer never gives a name; the agent ends on 'anything else' then 'alright' with no thanks or goodbye."),
     turns=[
        ("A", "hi it's sam here how can i help"),
        ("C", "hi i ordered a home charger from you last week and i'd like to book the installation"),
        ("A", "sure what's the order number"),
        ("C", "um p w six six one eight"),
        ("A", "got it so you've ordered the wall charger and you want to book the installation"),
        ("C", "yeah please"),
        ("A", "first there's a quick survey by video call i can do thursday at two"),
        ("C", "thursday's fine"),
        ("A", "done the surveyor will call you on thursday at two and you'll get an email with the link today"),
        ("C", "great"),
        ("A", "anything else you need from me"),
        ("C", "no that's it"),
        ("A", "alright"),
     ])

# ---------------------------------------------------------------------------
# 25-36: clean text, no word timings
# ---------------------------------------------------------------------------

call("h22-25-pension-annual-statement", industry="pension provider", style=CLEAN, words=False,
     exercises="full greeting with 'welcome'; routine statement request; restatement; timed post; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "A routine request with no problem raised, so empathy is na; the statement is promised 'within five working days'."),
     turns=[
        ("A", "Welcome to Harrowgate Pensions, my name is Declan, what can I help you with?"),
        ("C", "Hello, I'd like a copy of my latest annual statement, I can't find the one you sent in the spring."),
        ("A", "Certainly. Could I take your full name and your plan number?"),
        ("C", "Margaret Ellery, and the plan number is HP 3310 762."),
        ("A", "And your date of birth, Mrs Ellery?"),
        ("C", "Second of November, nineteen sixty-one."),
        ("A", "Thank you. So you'd like a fresh paper copy of this year's statement sent out to you."),
        ("C", "Yes, paper please, I don't do email."),
        ("A", "That's absolutely fine. A copy will be in the post to you within five working days."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help you with today, Mrs Ellery?"),
        ("C", "No, that's all, dear."),
        ("A", "Thank you for calling Harrowgate, goodbye."),
     ])

call("h22-26-embassy-visa-referral", industry="embassy consular services", style=CLEAN, words=False,
     exercises="full greeting; visa question outside the embassy's remit; limit with alternative (not negative); referral to another number (not a transfer); restatement; timed text; name given but not used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "fail", "na", "na", "'We don't handle visas here, but the visa centre does, and I can give you their number' is a limit with an alternative; giving another number is a referral, not a transfer; the caller's name is taken but never used."),
     turns=[
        ("A", "Good afternoon, Embassy of New Zealand, consular desk, my name is Aroha, how can I help you?"),
        ("C", "Hi, my wife is a Brazilian citizen and we want to visit my family in Auckland next spring, so I wanted to ask what visa she'd need and how to apply."),
        ("A", "Of course. May I take your name?"),
        ("C", "It's Daniel Forsythe."),
        ("A", "Thank you. So your wife would be travelling on a Brazilian passport and you want to know which visa she needs for a family visit, and how to apply."),
        ("C", "That's right."),
        ("A", "We don't handle visa applications at the embassy, but the visa centre does, and I can give you their number."),
        ("C", "Oh, okay, yes please."),
        ("A", "I'll text it to you now along with the link to their eligibility checker."),
        ("C", "That's helpful, thanks."),
        ("A", "Is there anything else I can do for you today?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, and enjoy the trip."),
     ])

call("h22-27-licence-key-rejected", industry="software licence", style=CLEAN, words=False,
     exercises="full greeting; activation failure before a deadline; empathy; restatement; hold with no reason but thanked; timed new key; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na", "'One moment' announces the hold but gives no reason, so hold etiquette fails even though the customer is thanked."),
     turns=[
        ("A", "Thank you for calling Brightlane Software support, this is Marguerite, how can I help?"),
        ("C", "Hi, I've bought a licence for the accounting package but the key keeps saying invalid, and I've got to file my VAT return tomorrow, I'm getting really stressed."),
        ("A", "That sounds really stressful with a deadline tomorrow, I'm sorry. What's the email on your order?"),
        ("C", "It's accounts at hollowayjoinery dot co dot uk. I'm Sean Holloway."),
        ("A", "Thanks, Sean. So you've bought the licence but the key is being rejected, and you need the software working before tomorrow's filing."),
        ("C", "Exactly."),
        ("A", "One moment."),
        ("C", "Okay."),
        ("A", "Thank you for holding, Sean. The key was issued for the Mac edition by mistake.", H),
        ("C", "Ah, that explains it."),
        ("A", "A new Windows key will be in your inbox within fifteen minutes."),
        ("C", "Great, thanks."),
        ("A", "Anything else I can help with while you're on?"),
        ("C", "No, that's it."),
        ("A", "Good luck with the return, Sean. Thanks for calling, bye."),
     ])

call("h22-28-cinema-lost-phone", industry="cinema chain", style=CLEAN, words=False,
     exercises="greeting without agent name; phone left in screen; worry; empathy; restatement; limit with alternative; timed callback; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na", "No agent name in the opening; 'I can't check the screens until the cleaners finish, but I'll call you back by nine tonight' gives an alternative, so it is not negative; the callback has a time."),
     turns=[
        ("A", "Hello, Starlight Cinemas Kingsmead, how can I help?"),
        ("C", "Hi, I was at the six o'clock showing in screen three and I think I've left my phone under the seat, it's got all my photos on it and I'm really worried."),
        ("A", "Oh no, I know how awful that feeling is. Can I take your name?"),
        ("C", "Nadia Petrenko."),
        ("A", "Thanks, Nadia. So you think your phone was left in screen three after the six o'clock film and you'd like us to find it."),
        ("C", "Yes, please."),
        ("A", "I can't check the screens until the cleaners finish, but I'll call you back by nine tonight once they have."),
        ("C", "That would be great."),
        ("A", "What colour is the case?"),
        ("C", "Dark green, with a card holder on the back."),
        ("A", "Got it. Is there anything else I can help with, Nadia?"),
        ("C", "No, thank you so much."),
        ("A", "You're welcome, speak to you later, bye."),
     ])

call("h22-29-food-rider-complaint", industry="food delivery app", style=CLEAN, words=False,
     exercises="full greeting; rude courier; empathy; restatement; polite 'I don't know if…' (not negative); untimed investigation; name used; thanks and goodbye without an offer of more help",
     labels=L("pass", "fail_or_pass", "pass", "pass", "fail", "pass", "na", "na", "'I don't know if you've seen the report button' is the polite question form, not negative; 'we'll look into it and be in touch' has no time; the close thanks but offers nothing further."),
     turns=[
        ("A", "Hi, thanks for contacting Munchrun, you're speaking with Ezra, how can I help?"),
        ("C", "Hi, I want to complain about the rider who brought my order tonight, he swore at me because I took a minute to get to the door, and my kids heard all of it."),
        ("A", "I'm really sorry, that's not okay and it must have been upsetting, especially in front of your children. Can I take your name?"),
        ("C", "Samira Haddad."),
        ("A", "Thank you, Samira. So the rider was abusive at your door tonight and you want it reported and dealt with."),
        ("C", "Yes, I don't want him coming here again."),
        ("A", "I've blocked that rider from your address."),
        ("C", "Good."),
        ("A", "I don't know if you've seen it, but there's also a report button in the app on each order."),
        ("C", "I hadn't, no."),
        ("A", "We'll look into what happened with the rider and be in touch."),
        ("C", "Okay."),
        ("A", "Thanks for letting us know, Samira. Bye."),
     ])

call("h22-30-boiler-breakdown-mother", industry="boiler servicing", style=CLEAN, words=False,
     exercises="full greeting; no heating for an elderly parent; empathy; restatement; hold with reason and thanks; timed engineer; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "Every element is present; the customer is the daughter and her own name is the one the agent uses."),
     turns=[
        ("A", "Good morning, thank you for calling Heatsure, I'm Lachlan, how can I help you this morning?"),
        ("C", "Hi, I'm calling for my mum, she's eighty-four and her boiler has stopped working, there's no heating or hot water and it's freezing this week."),
        ("A", "Oh dear, I'm sorry, that's a real worry with this cold snap. Could I take your name and your mum's address?"),
        ("C", "I'm Joanne Kirkby, and it's fourteen Orchard Row, Malton."),
        ("A", "Thank you, Joanne. So your mum's boiler has broken down, she has no heat or hot water, and you need an engineer out urgently."),
        ("C", "Yes, as soon as possible."),
        ("A", "May I put you on hold briefly while I find the nearest engineer?"),
        ("C", "Of course."),
        ("A", "Thank you for waiting, Joanne. Because she's over seventy-five, she's a priority.", H),
        ("C", "Oh, good."),
        ("A", "An engineer will be with her today between two and six."),
        ("C", "That's brilliant, thank you."),
        ("A", "Is there anything more I can help you with?"),
        ("C", "No, that's everything."),
        ("A", "Thank you, Joanne, I hope your mum's warm again soon. Goodbye."),
     ])

call("h22-31-student-loan-new-address", industry="student loans", style=CLEAN, words=False,
     exercises="full greeting; routine address update; no restatement; factual 'no' followed by help (not negative); no commitments; name used; full close",
     labels=L("pass", "pass", "na", "fail", "na", "pass", "na", "na", "The agent just takes the new address and confirms it is done, so there is no restatement of the request; 'No, there's nothing else you need to do' answers a question."),
     turns=[
        ("A", "Hello, Student Finance Direct, my name is Ines, how can I help you today?"),
        ("C", "Hi, I've moved flat and I need to update my address."),
        ("A", "Sure, can I take your name and customer reference?"),
        ("C", "Kofi Mensah, reference 8821 0039 5567."),
        ("A", "Thanks, Kofi. What's the new address?"),
        ("C", "Flat 2, 39 Bellhouse Road, Sheffield, S5 6HL."),
        ("A", "That's updated on your account now."),
        ("C", "Great. Do I need to send anything in to prove it?"),
        ("A", "No, there's nothing else you need to do, it's all changed already."),
        ("C", "Perfect."),
        ("A", "Anything else I can help with today, Kofi?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, take care."),
     ])

call("h22-32-hospital-results-refused", industry="hospital appointments", style=CLEAN, words=False,
     exercises="full greeting; anxious patient; 'I can't' refusal; 'you have to' demand; no empathy; no paraphrase; no commitments; name given but not used; no close",
     labels=L("pass", "fail", "fail", "fail", "na", "fail", "na", "na", "'I can't give results over the phone' refuses with nothing offered in that turn and 'you have to speak to your GP' is a demand; the patient's worry is never acknowledged."),
     turns=[
        ("A", "Good afternoon, Castlegate Hospital outpatients, this is Wendy, how can I help?"),
        ("C", "Hi, I had a biopsy two weeks ago and I still haven't heard anything, I'm not sleeping, I just need to know what the results say."),
        ("A", "What's your name and hospital number?"),
        ("C", "Philippa Drummond, number C 448 2197."),
        ("A", "Right. The results are back on the system."),
        ("C", "Oh. So can you tell me what they say?"),
        ("A", "I can't give results over the phone.", {"tag": "neg"}),
        ("C", "Please, I've been waiting so long."),
        ("A", "You have to speak to your GP about that.", {"tag": "neg"}),
        ("C", "But the GP said to ring you."),
        ("A", "The clinic sends them to the GP once the consultant signs them off."),
        ("C", "Right."),
     ])

call("h22-33-satellite-sports-charge-transfer", industry="satellite TV", style=CLEAN, words=False,
     exercises="full greeting; wrong charge; empathy; restatement; transfer with destination and reason; ends in transfer; name used",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "The transfer says where (billing disputes) and why (only they can reverse a charge); the call ends in the transfer, so closing is na_or_fail."),
     turns=[
        ("A", "Hi, thank you for calling Orbit Home TV, my name's Shannon, how can I help?"),
        ("C", "Hello, there's a sports package on my bill for twenty-five pounds that I've never ordered, and it's been on there for three months now."),
        ("A", "I'm sorry to hear that, paying for something you never ordered is really annoying. Can I take your name?"),
        ("C", "Victor Alvarez."),
        ("A", "Thank you, Victor. So a sports package has been added that you didn't ask for, and you want it removed and the three months refunded."),
        ("C", "Yes, exactly."),
        ("A", "I've taken the package off your account now."),
        ("C", "Thanks."),
        ("A", "Refunding past bills can only be done by our billing disputes team, so I'm going to transfer you to them now so they can refund the three months."),
        ("C", "Okay."),
        ("A", "Putting you through now, Victor."),
        ("C", "Thanks."),
     ])

call("h22-34-driving-lesson-gift-voucher", industry="driving school", style=CLEAN, words=False,
     exercises="greeting without company; routine voucher purchase; restatement; timed email; name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "na", "na", "The opening has salutation, name and offer of help but never names the school; routine purchase, so empathy is na."),
     turns=[
        ("A", "Good afternoon, this is Priya, how can I help?"),
        ("C", "Hi, I'd like to buy a gift voucher for my grandson's seventeenth birthday."),
        ("A", "Oh, that's a lovely present. Can I take your name?"),
        ("C", "It's Harold Finch."),
        ("A", "Thank you, Harold. So you'd like a voucher for driving lessons as a birthday present for your grandson."),
        ("C", "Yes, five lessons if I can."),
        ("A", "A block of five is one hundred and seventy-five pounds."),
        ("C", "That's fine, I'll pay by card."),
        ("A", "That's paid. The voucher will be emailed to you within the hour, ready to print."),
        ("C", "Wonderful."),
        ("A", "Is there anything else I can do for you, Harold?"),
        ("C", "No, that's all."),
        ("A", "Thanks so much for calling, bye bye."),
     ])

call("h22-35-pension-bereavement", industry="pension provider", style=CLEAN, words=False,
     exercises="full greeting; reporting a death; empathy; restatement; hold with reason and thanks; one timed and one untimed commitment; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na", "The forms have a time but 'we'll write to your mother about the widow's pension' does not, so follow-up fails."),
     turns=[
        ("A", "Good morning, Northway Pensions, you're speaking with Isobel, how can I help you today?"),
        ("C", "Hello, I'm ringing because my father passed away last week, and he had a pension with you."),
        ("A", "I'm so sorry for your loss. Thank you for letting us know. May I take your name, and your father's name?"),
        ("C", "I'm Richard Oduya, and he was Samuel Oduya."),
        ("A", "Thank you, Richard. So you're letting us know your father has died and you'd like to know what happens with his pension."),
        ("C", "Yes, and whether my mother gets anything."),
        ("A", "Would it be alright to put you on hold for a moment while I find his plan?"),
        ("C", "Yes, fine."),
        ("A", "Thank you for your patience, Richard. I have his plan, and your mother is listed as his beneficiary.", H),
        ("C", "Okay, that's good to hear."),
        ("A", "I'll send you the claim forms in the post today, and we'll write to your mother about the widow's pension."),
        ("C", "Thank you."),
        ("A", "Is there anything else you need from us?"),
        ("C", "No, that's everything for now."),
        ("A", "Thank you, Richard. Take care of yourself, goodbye."),
     ])

call("h22-36-vet-repeat-prescription", industry="veterinary clinic", style=CLEAN, words=False,
     exercises="full greeting; routine repeat prescription; unannounced silence, no thanks; detail read-back only; timed collection; only the pet's name used; full close",
     labels=L("pass", "pass", "na", "fail", "pass", "fail", "fail", "na", "The agent uses the dog's name but never the owner's, so personalization fails; 'Metacam, the liquid?' is a detail; the 12-second silence is the agent's, unannounced and unthanked, so hold fails."),
     turns=[
        ("A", "Hi, Hollybrook Vets, it's Megan, how can I help?"),
        ("C", "Hello, I need a repeat prescription for my Labrador, Bramble, for her arthritis."),
        ("A", "Whose name is Bramble registered under?"),
        ("C", "Patricia Moorcroft."),
        ("A", "Metacam, the liquid?"),
        ("C", "That's the one."),
        ("A", "Right, Bramble was seen in September, so she's within the review date."),
        ("C", "Oh good."),
        ("A", "That's done. It'll be ready to collect tomorrow after two.", H),
        ("C", "Lovely."),
        ("A", "Is there something else I can sort out for you?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, give Bramble a pat from us. Bye."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout22: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout22", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h22", seed_base=2200)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
