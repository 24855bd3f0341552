"""Write the holdout17 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout17.py

Writes tests/data/holdout17/<call_id>.json, tests/data/holdout17-labels.json and
tests/data/holdout17/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout17"
LABELS_PATH = HERE / "holdout17-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 12.5, "tag": "hold"}

# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

call("h17-01-bank-unpaid-fee", industry="retail bank current accounts", style=CLEAN, words=True,
     exercises="full greeting; wrong fee; backchannel; paraphrase; timed refund; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "Plain good call; the backchannel inside the complaint is not an interruption."),
     turns=[
        ("A", "Good morning, you're through to Harbourside Bank, my name's Claire, how can I help you today?"),
        ("C", "Hi Claire, I've been charged a twelve pound unpaid item fee, but the direct debit was paid, I checked, there was plenty of money in there on the day it went out."),
        ("A", "Mm-hmm.", {"at_start": 2.6, "tag": "bc"}),
        ("A", "Right, let's have a look at that for you. Can I take your full name and date of birth?"),
        ("C", "It's Gareth Lewis, fourteenth of June 1981."),
        ("A", "Thanks Gareth. And the last four digits of your card?"),
        ("C", "4419."),
        ("A", "Lovely. So you've been charged an unpaid item fee on a direct debit that actually went through, and you want the fee taken off."),
        ("C", "Exactly, yeah. It's annoying because I've never been overdrawn."),
        ("A", "I'm sorry about that, I can see why it's annoying. The payment went through on the second attempt, so the fee shouldn't have been applied."),
        ("C", "So can you refund it?"),
        ("A", "Yes, I've put the refund through and it'll be back in your account within two working days."),
        ("C", "Brilliant, thank you."),
        ("A", "Is there anything else I can help with today, Gareth?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, Gareth, have a good day."),
     ])

call("h17-02-card-arrears", industry="credit card collections", style=CLEAN, words=True,
     exercises="full greeting; job loss and worry ignored; cut-in; bare refusal; demand; untimed letter; name never used; goodbye only",
     labels=L("pass", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na", "Refusal and 'you have to' demand with no alternative; the letter has no time; only 'bye' at the end."),
     turns=[
        ("A", "Hello, Crestline Card Services, Martin speaking, how can I help?"),
        ("C", "Hi, yeah, I've had a letter saying my account's in arrears, I lost my job in March and I've been really struggling, I'm worried sick about it to be honest."),
        ("A", "What's the account number?", {"at_end": 1.3, "tag": "intr"}),
        ("C", "Sorry, it's, um, 5422 9187 3301 6642."),
        ("A", "And your name?"),
        ("C", "Joanne Whitaker."),
        ("A", "You're two payments behind, so that's a hundred and eighty pounds overdue."),
        ("C", "I know. I can't pay all of that right now. Could I pay something smaller each month?"),
        ("A", "No, we can't reduce the payments on this account.", {"tag": "neg"}),
        ("C", "Right."),
        ("A", "You have to pay the minimum by Friday or it goes to our recoveries team.", {"tag": "neg"}),
        ("C", "I don't think I can manage that."),
        ("A", "A letter confirming the balance will be sent out to you."),
        ("C", "Okay."),
        ("A", "Bye then."),
        ("C", "Bye."),
     ])

call("h17-03-broadband-dropouts", industry="broadband faults", style=CLEAN, words=True,
     exercises="full greeting; frustration; backchannel; empathy; paraphrase; hold with reason and thanks; timed engineer; customer cut-in; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "Customer talks over the end of an agent turn, which is not an agent interruption."),
     turns=[
        ("A", "Hi, thanks for calling Linkway Broadband, this is Imran, what can I do for you?"),
        ("C", "Hiya, my internet keeps dropping out every evening, like every twenty minutes, and I work from home some days so it's really getting to me now."),
        ("A", "Yeah.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Oh, that's frustrating, especially when you're working. Can I get the account holder's name?"),
        ("C", "It's Lisa Brennan."),
        ("A", "Thanks, Lisa. So your connection's dropping every twenty minutes or so in the evenings, and you need it stable for working from home."),
        ("C", "That's it, yeah."),
        ("A", "Would you mind if I put you on hold for a couple of minutes while I run a line test?"),
        ("C", "Go ahead."),
        ("A", "Thanks for holding, Lisa. The test shows a fault between the street cabinet and your house.", H),
        ("C", "So what happens now?"),
        ("A", "I've booked an engineer for Thursday morning between eight and twelve, and you'll get a text the night before."),
        ("C", "Thursday's fine.", {"at_end": 0.4}),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's all, thanks."),
        ("A", "Thanks Lisa, bye for now."),
     ])

call("h17-04-phone-upgrade", industry="mobile phone upgrades", style=CLEAN, words=True,
     exercises="greeting without agent name; routine upgrade; backchannel; agent cut-in; paraphrase; timed delivery; name used; no thanks or goodbye",
     labels=L("fail", "fail_or_pass", "na", "pass", "pass", "pass", "na", "na", "Routine upgrade so empathy na; 'enjoy the new phone' is neither thanks nor goodbye."),
     turns=[
        ("A", "Hello, Voltline Mobile, how can I help?"),
        ("C", "Hi, I think I'm due an upgrade, my contract ends this month and I'd like to get the new Galaxy if the price is right."),
        ("A", "Sure.", {"at_start": 2.2, "tag": "bc"}),
        ("A", "Lovely, let's see what we can do. What's your name, please?"),
        ("C", "Ben Okafor."),
        ("A", "And the mobile number?"),
        ("C", "07700 912 345."),
        ("A", "Thanks, Ben. So you're looking to upgrade to the new Galaxy now your contract's ending, and you want to know what it would cost a month."),
        ("C", "Yes, and I want to keep the same number."),
        ("A", "The number stays the same. It's thirty-eight pounds a month with unlimited data, or thirty-two with a hundred gig."),
        ("C", "The thirty-two one please, a hundred gig's loads for me, I barely use half of what I've got now, to be honest with you."),
        ("A", "Great choice, let me set that up for you.", {"at_end": 1.1, "tag": "intr"}),
        ("A", "I've placed the order, and the phone will be delivered tomorrow before one o'clock."),
        ("C", "Perfect."),
        ("A", "Is there anything else at all?"),
        ("C", "No, that's everything."),
        ("A", "Okay, enjoy the new phone."),
     ])

call("h17-05-car-claim-rear-end", industry="car insurance claims", style=CLEAN, words=True,
     exercises="full greeting; shaken customer; long empathy; paraphrase; hold without reason or thanks; one timed and one untimed commitment; name used; close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "fail", "na", "'Bear with me' gives no reason and there is no thanks; the assessor promise has no time."),
     turns=[
        ("A", "Good afternoon, Fairway Insurance claims, you're speaking to Natalie, how can I help you?"),
        ("C", "Hi, I need to make a claim, someone went into the back of me at a roundabout this morning, I'm okay but I'm still a bit shaken up to be honest."),
        ("A", "Oh, I'm really sorry, that's horrible. I'm glad you're okay. Take your time, we'll get it sorted. Can I take your name and policy number?"),
        ("C", "Yes, it's Andrew Price, policy FR477219."),
        ("A", "Thanks, Andrew. So another driver hit the back of your car at a roundabout this morning and you want to claim for the damage."),
        ("C", "That's right, the bumper's hanging off and the boot won't close."),
        ("A", "Have you got the other driver's details?"),
        ("C", "Yes, I've got their name, the reg and their insurer."),
        ("A", "Great. Bear with me."),
        ("A", "Right, I've logged the claim.", {"gap": 13.0, "tag": "hold"}),
        ("A", "Your claim number will come through by email today, and an assessor will be in touch about the repair."),
        ("C", "Will I get a courtesy car?"),
        ("A", "Yes, you're covered for one while yours is in the garage."),
        ("C", "Okay, good."),
        ("A", "Is there anything else I can help with, Andrew?"),
        ("C", "No, that's it."),
        ("A", "Thank you for calling, and take care."),
     ])

call("h17-06-home-renewal-price", industry="home insurance renewals", style=CLEAN, words=True,
     exercises="full greeting; price rise; detail echoed not restated; empathy; limit with alternative as a cut-in; untimed email; name used; close",
     labels=L("pass", "pass", "pass", "fail", "fail", "pass", "na", "na", "'The renewal?' only echoes one detail; 'we can't match quotes, but what I can do' is a limit with an alternative, not negative."),
     turns=[
        ("A", "Morning, Oakmere Home Insurance, my name is Paul, how can I help?"),
        ("C", "Hi Paul, my renewal letter came this morning and it's gone up from three hundred and ten to four hundred and sixty pounds, I haven't claimed, nothing's changed, I just don't understand it."),
        ("A", "The renewal?"),
        ("C", "Yes, the home insurance renewal."),
        ("A", "Okay. Can I have your name and postcode?"),
        ("C", "Margaret Doyle, LS6 4BN."),
        ("A", "Thanks Margaret. I understand, that's a big jump when nothing's changed."),
        ("C", "It is. I've had a quote from a comparison site for two hundred and ninety and I was going to ask if you could match it, because I'd rather stay with you if I can."),
        ("A", "We can't match quotes, I'm afraid, but what I can do is remove the home emergency add-on and apply a loyalty discount, which brings it to three hundred and forty.", {"at_end": 1.4, "tag": "intr"}),
        ("C", "Oh. Well, that's better. Go on then."),
        ("A", "Done. I'll email you the updated documents."),
        ("C", "Thanks."),
        ("A", "Anything else I can help you with?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, Margaret, bye."),
     ])

call("h17-07-energy-estimated-bill", industry="energy billing", style=CLEAN, words=True,
     exercises="greeting without company; high bill; brief empathy; 'just to confirm' paraphrase; customer-caused silence; timed bill; no name; close",
     labels=L("fail", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na", "The long silence is the customer reading the meter, so hold is na; 'the billing team' is not a company."),
     turns=[
        ("A", "Hello, you're through to the billing team, I'm Sophie, how can I help?"),
        ("C", "Hi, I've just had a bill for four hundred pounds for two months, which is double what I normally pay, and I think it's been estimated."),
        ("A", "Okay.", {"at_start": 2.0, "tag": "bc"}),
        ("A", "Oh, sorry about that, that's a nasty surprise. Can I take the account number?"),
        ("C", "It's 1004 556 28."),
        ("A", "Thanks. Just to confirm, you think your last bill was based on an estimate and it's far higher than usual, so you want it checked."),
        ("C", "Yeah, that's right."),
        ("A", "It was estimated. If you can give me a reading now, I can redo it."),
        ("C", "Hang on, let me go and look at the meter, it's in the cupboard under the stairs."),
        ("C", "Okay, it says 45281.", {"gap": 14.0, "tag": "wait"}),
        ("A", "Perfect, thank you. That brings the bill down to a hundred and ninety-two pounds.", {"at_end": 0.3}),
        ("C", "That's more like it."),
        ("A", "You'll get the corrected bill by email within twenty-four hours."),
        ("C", "Great."),
        ("A", "Is there anything else I can help you with today?"),
        ("C", "No thanks."),
        ("A", "Thank you for calling, bye."),
     ])

call("h17-08-water-leak-driveway", industry="water leaks", style=CLEAN, words=True,
     exercises="full greeting; leak and low pressure; agent cut-in; no empathy; paraphrase; transfer with where and why; no name",
     labels=L("pass", "na_or_fail", "fail", "pass", "na", "na_or_fail", "na", "pass", "Ends in a transfer; the networks team 'can check' is a reason for the transfer, not a promise of a later action."),
     turns=[
        ("A", "Good evening, Severnside Water, you're speaking with Kieran, how can I help?"),
        ("C", "Hi, there's water bubbling up through my driveway and it's been going since lunchtime, and now the pressure in the house is really low, I can barely fill the kettle."),
        ("A", "Whereabouts is the property?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Twelve Mill Lane, it's, uh, BS3."),
        ("A", "So you've got water coming up through the drive since lunchtime and low pressure inside, and you want someone to look at it."),
        ("C", "Yes, it's getting worse."),
        ("A", "I've logged it as a leak, reference LK991."),
        ("C", "Will someone come out?"),
        ("A", "Leaks on private land go to our networks team, so I'm putting you through to them now, they can check whether it's our pipe or yours."),
        ("C", "Okay, thanks."),
        ("A", "Transferring you now, please stay on the line."),
        ("C", "Okay."),
     ])

call("h17-09-parcel-safe-place", industry="parcel delivery complaints", style=CLEAN, words=True,
     exercises="full greeting; angry customer; 'calm down' as a cut-in; 'I don't know'; later empathy; no paraphrase; timed follow-ups; name never used; close",
     labels=L("pass", "pass", "pass", "fail", "pass", "fail", "na", "na", "Empathy comes late but does come; both commitments carry a time."),
     turns=[
        ("A", "Hi, Swiftdrop Parcels customer service, you're speaking to Dean, how can I help?"),
        ("C", "Yeah, my parcel says delivered at ten past two today but it's not here, I've been in all day, I've checked with the neighbours, nobody's got it, and this is the third time this has happened with you lot."),
        ("A", "Okay, calm down, what's the tracking number?", {"at_end": 1.5, "tag": ("intr", "neg")}),
        ("C", "Don't tell me to calm down. It's SD44812990."),
        ("A", "And the name on the parcel?"),
        ("C", "Helen Marsh."),
        ("A", "It shows it was left in a safe place."),
        ("C", "What safe place? Where?"),
        ("A", "I don't know, it doesn't say.", {"tag": "neg"}),
        ("C", "Well that's no good to me, is it? It was a birthday present for my son, and his birthday's on Saturday."),
        ("A", "I'm sorry, that's really not what you need before his birthday."),
        ("A", "I'll open an investigation now, and the depot will call you back within forty-eight hours."),
        ("C", "And if they can't find it?"),
        ("A", "Then the refund to the sender is issued the same day."),
        ("C", "Fine."),
        ("A", "Anything else I can help with?"),
        ("C", "No."),
        ("A", "Okay, bye."),
     ])

call("h17-10-fashion-return-label", industry="online fashion returns", style=CLEAN, words=True,
     exercises="full greeting with 'welcome'; routine return; short reassurance over the customer; paraphrase; timed label and refund; name used; close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "A too-big jacket is a routine return, so empathy na; 'That's fine' over her turn is short and does not take the floor, so optional."),
     turns=[
        ("A", "Hello and welcome to Threadline, I'm Amira, what can I do for you today?"),
        ("C", "Hi, I bought a jacket last week and it's a bit big on the shoulders, so I'd like to send it back, but I've lost the returns slip that came in the bag."),
        ("A", "That's fine.", {"at_start": 4.8, "tag": "intr_opt"}),
        ("A", "Can I take your name and the order number?"),
        ("C", "It's Chloe Bennett, order TL77305."),
        ("A", "Thanks, Chloe. So you'd like to return the jacket because it's too big, and you need a new returns label since the slip's gone."),
        ("C", "Yes please."),
        ("A", "No problem. I'll email you a QR code in the next few minutes, and you can drop it at any post office."),
        ("C", "And the refund?"),
        ("A", "It'll go back to your card within five days of the jacket reaching us."),
        ("C", "Great."),
        ("A", "Is there anything else I can help you with, Chloe?"),
        ("C", "No, that's all, thank you."),
        ("A", "You're welcome, have a lovely day, bye."),
     ])

call("h17-11-grocery-missing-items", industry="supermarket home delivery", style=CLEAN, words=True,
     exercises="greeting without agent name; missing items; brief empathy; no paraphrase; hold with reason but no thanks; refund done now; name used; close",
     labels=L("fail", "pass", "pass", "fail", "na", "pass", "fail", "na", "'Let me just pull up the order' gives a reason but there is no thanks after the silence; the refund is done on the call, no later action."),
     turns=[
        ("A", "Hi, Greenbasket Groceries, how can I help?"),
        ("C", "Hi, my delivery came this morning and the eggs and the milk were missing, and they've swapped my oat milk for normal milk, which I can't drink."),
        ("A", "Mm-hmm.", {"at_start": 2.4, "tag": "bc"}),
        ("A", "Oh, sorry about that. What's your name, please?"),
        ("C", "Rebecca Shaw."),
        ("A", "Thanks Rebecca, let me just pull up the order."),
        ("A", "Right, yes, I can see the eggs were marked out of stock.", {"gap": 11.5, "tag": "hold"}),
        ("C", "They never said. And the oat milk?"),
        ("A", "That substitution shouldn't have happened. I've refunded the eggs and the milk now, that's four pounds twenty back on your card."),
        ("C", "Okay. Can I turn substitutions off?", {"at_end": 0.3}),
        ("A", "Yep, I've switched them off on your account."),
        ("C", "Great."),
        ("A", "Anything else I can help with today?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, Rebecca, bye."),
     ])

call("h17-12-airline-lost-case", industry="airline baggage", style=CLEAN, words=True,
     exercises="full greeting; lost suitcase; long empathy; paraphrase; hold with reason and thanks; one untimed courier promise; name used; close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na", "The courier delivery has no time even though the expenses email is 'today'."),
     turns=[
        ("A", "Good afternoon, Skyvale Airlines baggage services, my name's Hannah, how may I help you?"),
        ("C", "Hi, I flew in from Rome last night and my suitcase never came off the belt, I filled in a form at the airport but nobody's called, and all my work clothes are in it, I've got meetings all week."),
        ("A", "Mm-hmm.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Oh no, I'm so sorry, that's the last thing you need with a week of meetings. Let's find out where it is. Could I take your file reference and your name?"),
        ("C", "It's ROMSV12488, and it's Michael Turner."),
        ("A", "Thank you, Michael. So your case didn't arrive on last night's Rome flight, and you want to know where it is and when you'll get it back."),
        ("C", "Yes."),
        ("A", "Can I put you on hold for two minutes while I check the tracing system?"),
        ("C", "Sure."),
        ("A", "Thank you for waiting, Michael. Good news, it was left in Rome and it's on this afternoon's flight.", H),
        ("C", "Oh, thank goodness."),
        ("A", "Our courier will then deliver it to your home address."),
        ("C", "And can I claim for the clothes I've had to buy?"),
        ("A", "Yes, keep the receipts and I'll email you the expenses form today."),
        ("C", "Okay, thanks."),
        ("A", "Is there anything else I can do for you, Michael?"),
        ("C", "No, that's great."),
        ("A", "Thanks for your patience, goodbye."),
     ])

call("h17-13-asr-hotel-date-change", industry="hotel reservations", style=ASR, words=False,
     exercises="full greeting with a mis-heard hotel name; routine date change; paraphrase; timed email; name used; close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "Routine change, so empathy na; the hotel name is mis-recognised but still a company."),
     turns=[
        ("A", "good morning thank you for calling the harbour few hotel my name is daniel how can i help"),
        ("C", "hi yeah um i've got a booking for the twelfth and i need to move it to the nineteenth if you've got space"),
        ("A", "let me have a look can i take the name on the booking"),
        ("C", "yeah it's priya sharma"),
        ("A", "thanks priya so you want to move your stay from the twelfth to the nineteenth same room type"),
        ("C", "yeah same room two nights"),
        ("A", "okay the nineteenth and twentieth are available at the same rate"),
        ("C", "oh brilliant"),
        ("A", "i've moved that for you and you'll get a new confirmation email in the next ten minutes"),
        ("C", "lovely thank you"),
        ("A", "is there anything else i can do for you today"),
        ("C", "no that's everything"),
        ("A", "thanks for calling priya enjoy your stay bye"),
     ])

call("h17-14-asr-train-refund-policy", industry="train ticket refunds", style=ASR, words=False,
     exercises="greeting without agent name; cancelled train; policy refusal; borderline refusal; no empathy; no paraphrase; no name; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "na_or_fail", "na", "na", "'it's our policy' refuses; 'we don't pay for taxis either' is a refusal outside the listed forms, so optional; the complaint route comes later."),
     turns=[
        ("A", "hello northern rail links customer relations how can i help"),
        ("C", "hi um my train on saturday was cancelled and i had to get a taxi to leeds which cost me forty pound and i want a refund for the ticket and the taxi"),
        ("A", "what's the booking reference"),
        ("C", "it's uh seven k two nine f p"),
        ("A", "right that was an off peak return and you used the return half"),
        ("C", "yeah because i came back on sunday"),
        ("A", "it's our policy that we don't refund tickets once any part's been used", {"tag": "neg"}),
        ("C", "but i only used half of it because you cancelled the first train"),
        ("A", "we don't pay for taxis either", {"tag": "neg_opt"}),
        ("C", "this is ridiculous honestly"),
        ("A", "you can put a complaint in on the website if you want"),
        ("C", "fine"),
        ("A", "alright then"),
     ])

call("h17-15-asr-council-tax-discount", industry="council tax", style=ASR, words=False,
     exercises="full greeting; routine discount; paraphrase; hold with reason and thanks; untimed bill; name used; close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "pass", "na", "A partner moving out is stated as a circumstance with no complaint or emotion, so empathy na; the revised bill has no time."),
     turns=[
        ("A", "good afternoon westbridge council council tax team you're speaking with aisha how can i help"),
        ("C", "hiya um my partner's moved out so it's just me now and i want to apply for the single person discount"),
        ("A", "okay no problem can i take your council tax account number"),
        ("C", "it's six one four four zero two nine three"),
        ("A", "and your name"),
        ("C", "craig dawson"),
        ("A", "thanks craig so you're now living on your own and you'd like the twenty five percent single person discount added"),
        ("C", "yeah from the first of the month"),
        ("A", "can i pop you on hold for a minute while i update the account"),
        ("C", "yeah go on"),
        ("A", "thanks for holding craig that's the discount on from the first", H),
        ("C", "cheers"),
        ("A", "we'll send you a revised bill"),
        ("C", "ok"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's it"),
        ("A", "thanks for calling bye"),
     ])

call("h17-16-asr-heating-repair-transfer", industry="housing repairs", style=ASR, words=False,
     exercises="full greeting; no heating with children; empathy; paraphrase; transfer with neither where nor why; name used",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "fail", "'i'll just put you through' names no team and no reason; 'hold on' here is not followed by a silence."),
     turns=[
        ("A", "hello you're through to castlegate homes repairs my name's lee what can i do for you"),
        ("C", "hi um the heating's gone off completely in my flat and i've got two little ones and it's freezing in here"),
        ("A", "oh no i'm sorry to hear that with the kids as well can i take your name and address"),
        ("C", "yeah it's sharon miller flat four twenty two brook house"),
        ("A", "thanks sharon so there's no heating at all in the flat and you need someone out as soon as possible"),
        ("C", "yes please"),
        ("A", "is the boiler showing an error code"),
        ("C", "um it says f twenty eight i think"),
        ("A", "ok"),
        ("C", "so can someone come"),
        ("A", "yeah hold on i'll just put you through"),
        ("C", "ok"),
        ("A", "putting you through now"),
     ])

call("h17-17-asr-gp-no-appointments", industry="GP appointments", style=ASR, words=False,
     exercises="greeting without agent name; sick child; no empathy; 'nothing I can do'; borderline instruction; timed callback; names never used; offer without goodbye",
     labels=L("fail", "fail_or_pass", "fail", "fail", "pass", "fail", "na", "na", "'there's nothing i can do' is negative even though a callback comes two turns later; 'you'll need to ring back' is a neutral instruction, optional."),
     turns=[
        ("A", "good morning elmfield surgery how can i help"),
        ("C", "hi i need an appointment for my son today he's had a temperature since last night and he's not eating and i'm a bit worried"),
        ("A", "name and date of birth of the patient"),
        ("C", "it's oliver grant second of may twenty nineteen"),
        ("A", "and you're mum"),
        ("C", "yes i'm kate grant"),
        ("A", "there's nothing i can do today all the appointments have gone", {"tag": "neg"}),
        ("C", "but he's really not well"),
        ("A", "you'll need to ring back at eight tomorrow", {"tag": "neg_opt"}),
        ("C", "i can't leave it till tomorrow"),
        ("A", "ok i can put him on the duty doctor's list and the doctor will ring you back this afternoon"),
        ("C", "ok thank you"),
        ("A", "anything else"),
        ("C", "no"),
     ])

call("h17-18-asr-repeat-prescription", industry="pharmacy prescriptions", style=ASR, words=False,
     exercises="full greeting; routine check; no paraphrase; unannounced silence thanked afterwards; timed collection; name used; close",
     labels=L("pass", "pass", "na", "fail", "pass", "pass", "fail", "na", "The silence was never announced, so the later thanks does not save the hold."),
     turns=[
        ("A", "hello thanks for calling parkside pharmacy you're speaking to tom how can i help"),
        ("C", "hi i'm just checking if my repeat prescription's come through from the doctor's yet"),
        ("A", "what's the name"),
        ("C", "it's linda cole"),
        ("A", "and date of birth"),
        ("C", "third of march nineteen fifty six"),
        ("A", "thanks for waiting linda yes it came through this morning", H),
        ("C", "oh good can i pick it up today"),
        ("A", "one of the items is on order so it'll all be ready after two tomorrow"),
        ("C", "that's fine"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's all"),
        ("A", "ok thanks linda bye"),
     ])

call("h17-19-asr-vet-limping-dog", industry="vet appointments", style=ASR, words=False,
     exercises="full greeting; worried owner; empathy; paraphrase; untimed results call; only the pet's name; close",
     labels=L("pass", "pass", "pass", "pass", "fail", "na_or_fail", "na", "na", "The agent uses the dog's name, never the owner's, which never appears; the results call has no time."),
     turns=[
        ("A", "good afternoon riverside vets this is megan how can i help"),
        ("C", "hi um my dog's been limping since yesterday he won't put any weight on his back leg and he keeps crying i'm really worried about him"),
        ("A", "aw poor thing that must be really worrying what's his name"),
        ("C", "bailey he's a labrador he's nine"),
        ("A", "ok so bailey's not putting weight on his back leg since yesterday and you'd like him seen as soon as possible"),
        ("C", "yes please today if you can"),
        ("A", "we've got four ten this afternoon with mr hart"),
        ("C", "yes that's perfect"),
        ("A", "if he needs an x-ray the vet will call you with the results"),
        ("C", "ok"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's it thank you"),
        ("A", "see you and bailey at four ten bye"),
     ])

call("h17-20-asr-meter-reading", industry="utility meter readings", style=ASR, words=False,
     exercises="greeting without offer to help; routine reading; customer-caused silence; no paraphrase; name never used; agent never closes",
     labels=L("fail", "fail", "na", "fail", "na", "fail", "na", "na", "The silence is the customer finding the bill, so hold na; the customer says bye and the agent never closes."),
     turns=[
        ("A", "morning bright well energy you're through to jamal"),
        ("C", "hi i want to give a meter reading please"),
        ("A", "yep what's the account number"),
        ("C", "um it's hang on it's on the bill somewhere"),
        ("C", "right it's two two nine oh one four four", {"gap": 12.0, "tag": "wait"}),
        ("A", "and the name on the account"),
        ("C", "susan ward"),
        ("A", "and the reading"),
        ("C", "zero three eight seven two"),
        ("A", "ok that's gone on"),
        ("C", "great so the next bill will use that"),
        ("A", "yep"),
        ("C", "ok thanks bye"),
     ])

call("h17-21-asr-tv-sports-cancel", industry="TV subscriptions", style=ASR, words=False,
     exercises="full greeting; price frustration; empathy; paraphrase; limit with alternative; closing before a transfer with where and why; name used",
     labels=L("pass", "pass", "pass", "pass", "na", "pass", "na", "pass", "The agent offers more help and thanks before transferring, so the closing passes; the limit comes with the transfer as alternative."),
     turns=[
        ("A", "hi you're through to starview tv my name's ryan how can i help today"),
        ("C", "hi yeah um i want to cancel the sports package it's gone up to thirty five a month and i hardly watch it it's a joke to be honest"),
        ("A", "i understand that's frustrating when you're not using it much can i take your name and postcode"),
        ("C", "it's mark evans c f ten one a b"),
        ("A", "thanks mark so you want to drop the sports package because the price has gone up and you don't watch enough of it"),
        ("C", "yeah exactly"),
        ("A", "i can't remove packages from this team but our cancellations team can and i can put you straight through to them"),
        ("C", "ok fine"),
        ("A", "before i do is there anything else i can help with"),
        ("C", "no that's it"),
        ("A", "thanks for your patience mark i'm transferring you to cancellations now"),
        ("C", "cheers"),
     ])

call("h17-22-asr-gym-double-charge", industry="gym memberships", style=ASR, words=False,
     exercises="greeting split over two turns; double charge; paraphrase; no empathy; 'i don't know'; untimed refund; no name; close",
     labels=L("pass", "pass", "fail", "pass", "fail", "na_or_fail", "na", "na", "The greeting is split across the agent's first two turns within a few seconds; 'i don't know' refuses an explanation."),
     turns=[
        ("A", "hiya pulse fitness"),
        ("C", "oh hi"),
        ("A", "hi you're speaking to jade how can i help"),
        ("C", "hi um i've been charged twice for my membership this month thirty two pound twice and i'm not happy"),
        ("A", "so you've been taken twice for this month's membership and you want one of them back"),
        ("C", "yeah"),
        ("A", "what's your membership number"),
        ("C", "it's p f eight eight three one"),
        ("A", "yeah i can see two payments on the first"),
        ("C", "why has that happened"),
        ("A", "i don't know to be honest", {"tag": "neg"}),
        ("C", "right"),
        ("A", "i've flagged it and the extra payment will be refunded to your card"),
        ("C", "ok"),
        ("A", "anything else i can help with"),
        ("C", "no"),
        ("A", "thanks bye"),
     ])

call("h17-23-asr-holiday-name-change", industry="travel agency changes", style=ASR, words=False,
     exercises="full greeting; friend injured; empathy; paraphrase; hold with reason and thanks; timed documents; name used; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "Clean good call; the sister's name is not the customer's."),
     turns=[
        ("A", "good morning sunway holidays you're speaking with emma how may i help you"),
        ("C", "morning um i'm booked to tenerife in three weeks with my friend but she's broken her ankle so she can't come and i want to know if i can change the name to my sister"),
        ("A", "oh no sorry to hear about your friend that's rotten luck can i take your booking reference and your name"),
        ("C", "yeah it's s w four one nine nine two and i'm gemma ross"),
        ("A", "thanks gemma so you'd like to take your friend off the booking and put your sister on in her place"),
        ("C", "yes if that's possible"),
        ("A", "can i put you on hold for a couple of minutes while i check with the airline"),
        ("C", "yeah that's fine"),
        ("A", "thanks so much for holding gemma the airline allows the change for a thirty five pound fee", H),
        ("C", "oh that's not bad at all"),
        ("A", "i'll just need your sister's full name as it is on her passport"),
        ("C", "it's laura ross"),
        ("A", "lovely i've changed that and you'll have the new documents by email by friday"),
        ("C", "perfect"),
        ("A", "is there anything else i can help with today"),
        ("C", "no that's it thanks"),
        ("A", "thank you for booking with us gemma bye bye"),
     ])

call("h17-24-asr-hire-car-scratch", industry="car rental damage", style=ASR, words=False,
     exercises="greeting without salutation; disputed charge; paraphrase; refusal; borderline instruction; untimed note; no empathy; name used; no close",
     labels=L("fail", "fail", "fail", "pass", "fail", "pass", "na", "na", "'i can't refund it' offers nothing; 'you'll need to email them' is an instruction, optional; 'i'll pass a note on' has no time."),
     turns=[
        ("A", "city drive car hire damage team sam speaking how can i help"),
        ("C", "yeah hi i've been charged two hundred and fifty pounds for a scratch on the bumper that was already there when i picked the car up and i've got photos"),
        ("A", "ok can i have the rental agreement number"),
        ("C", "c d seven seven one two four"),
        ("A", "and the name"),
        ("C", "anthony webb"),
        ("A", "right anthony so you're saying the scratch was there before you collected the car and you want the charge taken off"),
        ("C", "yes and i want it refunded now"),
        ("A", "i can't refund it", {"tag": "neg"}),
        ("C", "well can someone look at my photos"),
        ("A", "you'll need to email them to claims", {"tag": "neg_opt"}),
        ("C", "and then what"),
        ("A", "i'll pass a note on to them"),
        ("C", "this is useless"),
        ("A", "ok"),
     ])

call("h17-25-sofa-missed-delivery", industry="furniture delivery", style=CLEAN, words=False,
     exercises="full greeting; missed delivery; empathy; paraphrase; timed redelivery; name used; thanks and goodbye without an offer of more help",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "na", "na", "The close thanks and says goodbye but never offers further help."),
     turns=[
        ("A", "Good morning, Hartwell Furniture, you're speaking with Olivia. How can I help?"),
        ("C", "Hi, I took the day off work yesterday for my sofa delivery and nobody turned up. No call, no text, nothing."),
        ("A", "I'm so sorry, that's really not good enough, especially when you've taken time off. Can I take your order number?"),
        ("C", "It's HF204481."),
        ("A", "And your name, please?"),
        ("C", "Samantha Reid."),
        ("A", "Thanks, Samantha. So your sofa was due yesterday, the driver never arrived and nobody let you know, and you want a new date you can rely on."),
        ("C", "Yes, and ideally a Saturday."),
        ("A", "The lorry broke down, which is why it didn't come. I've booked you in for this Saturday between seven and eleven, and the driver will text you the evening before with a one-hour slot."),
        ("C", "Okay, that works."),
        ("A", "I've also added a twenty-five pound credit to your account for the wasted day."),
        ("C", "That's kind, thanks."),
        ("A", "Thank you for bearing with us, Samantha. Goodbye."),
     ])

call("h17-26-washer-warranty", industry="appliance warranty", style=CLEAN, words=False,
     exercises="greeting without agent name; broken machine; no empathy; no paraphrase; unannounced silence; demand; untimed engineer; name never used; close",
     labels=L("fail", "pass", "fail", "fail", "fail", "fail", "fail", "na", "The silence is neither announced nor thanked; 'You have to send us proof of purchase first' is a demand."),
     turns=[
        ("A", "Hello, Assura Appliance Care, how can I help?"),
        ("C", "Hi, my washing machine's stopped mid-cycle and there's water stuck in the drum. It's only eighteen months old."),
        ("A", "What's the make and model?"),
        ("C", "It's a Bosch Serie 6."),
        ("A", "And your name and postcode?"),
        ("C", "Richard Moore, NG5 2LT."),
        ("A", "Right, it's covered until next March.", {"gap": 13.5, "tag": "hold"}),
        ("C", "Good. So can someone come out?"),
        ("A", "You have to send us proof of purchase first.", {"tag": "neg"}),
        ("C", "I've got the receipt on email, I can forward it."),
        ("A", "Okay. Once we've got it, an engineer will be in touch to book a visit."),
        ("C", "Right."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for calling, bye."),
     ])

call("h17-27-mortgage-reduced-hours", industry="mortgage payment holidays", style=CLEAN, words=False,
     exercises="full greeting; money worry; long empathy; paraphrase; limit with alternative; timed letter and payment; surname used; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'Mr Shah' counts as using the customer's name; 'we don't offer ... but what I can do' is not negative."),
     turns=[
        ("A", "Good afternoon, thank you for calling Ashcroft Building Society, my name's Helen, how can I help you?"),
        ("C", "Hello. My hours at work have been cut and I'm really worried about keeping up with the mortgage. I was wondering about a payment holiday."),
        ("A", "I'm sorry you're going through that, it's a really stressful position to be in, and you've done the right thing calling us early. Can I take your name and mortgage account number?"),
        ("C", "Vikram Shah, account 7714 0092."),
        ("A", "Thank you, Mr Shah. So your income's dropped because of the reduced hours, and you're looking for a break from the payments while you get back on your feet."),
        ("C", "That's it, yes."),
        ("A", "We don't offer full payment holidays any more, but what I can do is move you to interest-only for six months, which would take your payment from eight hundred and ten pounds to three hundred and forty."),
        ("C", "That would help a lot, actually."),
        ("A", "I've set that up. You'll get a letter confirming it within five working days, and the first reduced payment goes out on the first of March."),
        ("C", "Thank you, that's a weight off."),
        ("A", "Is there anything else I can help with today, Mr Shah?"),
        ("C", "No, you've been very helpful."),
        ("A", "Thank you for calling, and take care."),
     ])

call("h17-28-pension-transfer-in", industry="pension transfers", style=CLEAN, words=False,
     exercises="full greeting; routine transfer; paraphrase; 'no' answering a question; untimed pack; transfer with where and why; name used",
     labels=L("pass", "na_or_fail", "na", "pass", "fail", "pass", "na", "pass", "'No, there's no charge' answers a question and is not negative; the posted pack has no time; ends in a transfer."),
     turns=[
        ("A", "Hello, Lowther Pensions, Simon speaking, how can I help?"),
        ("C", "Hi there. I've got an old workplace pension from a previous job and I'd like to move it into my plan with you."),
        ("A", "Certainly. Can I take your name and plan number?"),
        ("C", "Janet Fowler, plan number LP553019."),
        ("A", "Thanks, Janet. So you'd like to transfer your old workplace pension into your existing plan with us."),
        ("C", "That's right. It's with a company called Meadowgate."),
        ("A", "Okay. I'll post you a transfer pack with the forms."),
        ("C", "Right. Is there a fee?"),
        ("A", "No, there's no charge for transferring in."),
        ("C", "And can someone tell me if I'd lose any guarantees on the old one?"),
        ("A", "That's one for our transfer specialists, they check the old scheme's benefits, so I'll put you through to them now."),
        ("C", "Okay, thank you."),
        ("A", "Putting you through to the transfers team now, Janet."),
     ])

call("h17-29-student-loan-late", industry="student finance", style=CLEAN, words=False,
     exercises="full greeting; panic about rent; no empathy; detail echoed; hold with reason and thanks; timed payment; name used; no close",
     labels=L("pass", "fail", "fail", "fail", "pass", "pass", "pass", "na", "'The maintenance loan?' only echoes a detail; 'No problem' at the end is neither an offer of help nor a goodbye."),
     turns=[
        ("A", "Hello, you're through to Student Finance Direct, my name's Josh, how can I help?"),
        ("C", "Hi, my maintenance loan was supposed to come in on Monday and it still hasn't, and my rent's due on Friday, I'm starting to panic a bit."),
        ("A", "The maintenance loan?"),
        ("C", "Yes, for this term."),
        ("A", "Okay. What's your customer reference number and full name?"),
        ("C", "It's 1122 3388 4455, and I'm Ellie Jackson."),
        ("A", "Thanks, Ellie. Can I put you on a short hold while I check the payment history?"),
        ("C", "Yeah."),
        ("A", "Thanks for holding. Your university only confirmed your attendance yesterday, which is what held it up.", H),
        ("C", "So when will I get it?"),
        ("A", "It's been released now, so it'll reach your bank account within three working days."),
        ("C", "Okay, that should be just in time."),
        ("A", "No problem."),
     ])

call("h17-30-charity-cancel-gift", industry="charity direct debits", style=CLEAN, words=False,
     exercises="full greeting; money tight; empathy; paraphrase; timed letter; name never used; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "fail", "na", "na", "The customer's money worry makes empathy apply; her name is taken but never used."),
     turns=[
        ("A", "Good morning, thank you for calling Hope Harbour Children's Trust, this is Grace, how can I help you?"),
        ("C", "Hi, I've been giving ten pounds a month for a few years, but money's really tight at the moment and I need to stop it, I'm sorry."),
        ("A", "Please don't apologise, I completely understand, it's a hard time for a lot of people. Can I take your name and postcode?"),
        ("C", "Pauline Carter, BN2 4QP."),
        ("A", "Thank you. So you'd like to cancel your monthly ten pound direct debit from now on."),
        ("C", "Yes please."),
        ("A", "That's done, so nothing more will be collected from today. You'll get a letter confirming it within the next week."),
        ("C", "Thank you for being so nice about it."),
        ("A", "Of course. Thank you for all your support over the years. Is there anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "Take care, goodbye."),
        ("C", "Bye."),
     ])

call("h17-31-resale-tickets-rejected", industry="ticket resale", style=CLEAN, words=False,
     exercises="greeting without offer to help; rejected tickets; empathy; paraphrase; hold announced with reason and thanked; untimed refund; name used; no offer of more help",
     labels=L("fail", "fail_or_pass", "pass", "pass", "fail", "pass", "pass", "na", "'Let me check the seller's account' announces the silence with a reason; the full refund has no time though the email is 'today'."),
     turns=[
        ("A", "Hi, TicketSwap Exchange support, this is Aaron."),
        ("C", "Hi, I bought two tickets through you for the concert on Saturday and at the gate they said the barcodes had already been used, so we missed the whole thing."),
        ("A", "Oh no, that's awful, I'm really sorry you missed the show. Can I take your name and order number?"),
        ("C", "Nadia Hussain, order 88-417-2."),
        ("A", "Thanks, Nadia. So the tickets you bought were rejected at the venue because the barcodes had already been scanned, and you want your money back."),
        ("C", "Yes, all hundred and sixty pounds."),
        ("A", "Let me check the seller's account, it'll take a minute or two."),
        ("A", "Thank you for waiting, Nadia. The seller's been flagged for selling the same tickets twice.", H),
        ("C", "Unbelievable."),
        ("A", "We'll refund you in full, including the booking fee, and I'll email you a confirmation today."),
        ("C", "Okay, thanks."),
        ("A", "Thanks for your patience, Nadia, bye."),
     ])

call("h17-32-software-trial-charge", industry="software subscription billing", style=CLEAN, words=False,
     exercises="full greeting; unwanted charge; no empathy; paraphrase; limit with alternative; polite 'I don't know if you've tried'; timed refund; no name; close",
     labels=L("pass", "pass", "fail", "pass", "pass", "na_or_fail", "na", "na", "'I don't know if you've tried' is the polite question form, not negative; the customer gives only an email address."),
     turns=[
        ("A", "Hi, thanks for calling Cloudnote support, my name is Priyanka, what can I do for you?"),
        ("C", "Hi, I signed up for the free trial and thought I'd cancelled it, but I've just been charged ninety-nine pounds for a full year."),
        ("A", "Okay, let me take a look. What's the email address on the account?"),
        ("C", "It's woodlandwalker at mailbox dot com."),
        ("A", "Thanks. So you meant to cancel before the trial ended, and you've been charged for an annual plan you don't want."),
        ("C", "Exactly."),
        ("A", "The cancellation didn't go through because the trial was on the mobile app. I'm unable to refund the whole year, but what I can do is cancel it and refund everything except one month, which is eight pounds twenty-five."),
        ("C", "I'd rather have it all back, but okay, that's fair enough."),
        ("A", "Done. The ninety pounds seventy-five will be back on your card within five to ten business days."),
        ("C", "Great."),
        ("A", "And for next time, I don't know if you've tried cancelling from the app store settings, that's where mobile trials are managed."),
        ("C", "I hadn't, no, I'll remember that."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, thanks."),
        ("A", "Thanks for calling Cloudnote, goodbye."),
     ])

call("h17-33-thermostat-offline", industry="smart home device support", style=CLEAN, words=False,
     exercises="full greeting; device offline; brief empathy; no paraphrase; customer-caused silence; fixed on the call; name used; close",
     labels=L("pass", "pass", "pass", "fail", "na", "pass", "na", "na", "The long silence is the customer going to look at the hub, so hold na; nothing is promised for later."),
     turns=[
        ("A", "Hello, Brightnest Home support, I'm Callum, how can I help?"),
        ("C", "Hi, my thermostat's been showing offline in the app since this morning and I can't turn the heating up from my phone."),
        ("A", "Ah, sorry about that. Can I take your name?"),
        ("C", "It's Fiona Blake."),
        ("A", "Thanks, Fiona. Is the little light on the hub blinking orange or solid?"),
        ("C", "Hold on, it's in the hallway, I'll go and look."),
        ("C", "It's blinking orange.", {"gap": 12.0, "tag": "wait"}),
        ("A", "Okay, that means it's lost the Wi-Fi. Could you hold the button on the back for ten seconds until it flashes white?"),
        ("C", "Okay, doing it now. Right, it's flashing white."),
        ("A", "Perfect. Now in the app, tap Add Hub and follow the steps."),
        ("C", "Oh, it's back. It says online."),
        ("A", "Brilliant. Is there anything else I can help with, Fiona?"),
        ("C", "No, that's sorted, thank you."),
        ("A", "Thanks for calling, have a good day."),
     ])

call("h17-34-bike-late-fee", industry="bike rental", style=CLEAN, words=False,
     exercises="greeting without offer to help; wrong fee; empathy; 'just so I've got this right' paraphrase; 'no' answering a question; timed refund; borderline instruction; no name; close",
     labels=L("fail", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na", "'No, it's not' answers a question and is followed by help; 'You'll need to wait for the green light' is a neutral instruction, optional."),
     turns=[
        ("A", "Good afternoon, Pedalshare, Kofi speaking."),
        ("C", "Hi, I've been charged a thirty pound late fee because it says I never returned my bike yesterday, but I definitely docked it at Victoria Park, I'm a bit fed up."),
        ("A", "Oh, I'm sorry, that's annoying. Just so I've got this right, you docked the bike at Victoria Park yesterday but the app thinks it was never returned, so you got the late fee."),
        ("C", "Yes, exactly."),
        ("A", "What's the phone number on your account?"),
        ("C", "07700 900412."),
        ("A", "Thanks. I can see the bike at Victoria Park, but the dock didn't register the lock."),
        ("C", "So it's not my fault?"),
        ("A", "No, it's not, so I've cancelled the fee, and the thirty pounds will be back with you within three days."),
        ("C", "Okay, great."),
        ("A", "You'll need to wait for the green light on the dock next time, just to be safe.", {"tag": "neg_opt"}),
        ("C", "Will do."),
        ("A", "Anything else I can help with today?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, bye."),
     ])

call("h17-35-takeaway-cold-food", industry="takeaway app refunds", style=CLEAN, words=False,
     exercises="full greeting; cold late order; empathy; no paraphrase; 'nothing I can do'; timed partial refund; name used; offer of help without goodbye",
     labels=L("pass", "fail_or_pass", "pass", "fail", "pass", "pass", "na", "na", "'There's nothing I can do about the food being cold' is negative even though a partial refund follows in the next turn."),
     turns=[
        ("A", "Hi, you're through to Munchr customer care, my name's Ella, how can I help?"),
        ("C", "Hi, my order's just turned up an hour late, it's stone cold and the chips are missing. Honestly, I'm starving and really annoyed."),
        ("A", "Oh no, I'm sorry, that's not what you want when you're hungry. Can I take your name and the order number?"),
        ("C", "Liam Doherty, order 5521."),
        ("A", "Thanks, Liam. I can see the driver was held up at the restaurant."),
        ("C", "Can I get a refund for the whole thing?"),
        ("A", "There's nothing I can do about the food being cold, that's down to the restaurant.", {"tag": "neg"}),
        ("C", "You're joking."),
        ("A", "What I can do is refund the chips, and that'll be back on your card within three to five days."),
        ("C", "Fine, whatever."),
        ("A", "Is there anything else?"),
        ("C", "No."),
        ("A", "Okay."),
     ])

call("h17-36-festival-cancelled", industry="event cancellations", style=CLEAN, words=False,
     exercises="full greeting; cancelled event and money worry; empathy; paraphrase; hold announced without a reason; limit with alternative; timed refund and email; name used; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na", "'Just a sec' gives no reason for the silence, so the hold fails despite the thanks."),
     turns=[
        ("A", "Good evening, Fieldfare Events, you're speaking to Rosie, how can I help tonight?"),
        ("C", "Hi, I've just seen the email that the Summer Lights festival's been cancelled. I'd booked a family ticket and the hotel nearby, so I'm gutted, and I'm a bit worried about getting the money back."),
        ("A", "Oh, I'm so sorry, I know a lot of families were looking forward to it. Let's get your refund sorted. Can I take your name and booking reference?"),
        ("C", "It's Stephen Brooks, FE-20931."),
        ("A", "Thank you, Stephen. So you'd like a refund for your family ticket now the festival's cancelled."),
        ("C", "Yes, and is there anything for the hotel?"),
        ("A", "Just a sec."),
        ("A", "Thanks for waiting, Stephen. The ticket refund is automatic and will be back on your card within fourteen days.", H),
        ("C", "And the hotel?"),
        ("A", "We can't refund hotels booked separately, but I'll email you a letter today confirming the cancellation, which most hotels and travel insurers accept."),
        ("C", "That's helpful, thank you."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, Stephen, take care."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout17: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of `make_holdout12.py`).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout17", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h17", seed_base=1700)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
