"""Write the holdout26 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout26.py

Writes tests/data/holdout26/<call_id>.json, tests/data/holdout26-labels.json and
tests/data/holdout26/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout26"
LABELS_PATH = HERE / "holdout26-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
MIN_UTTS = 12
MAX_UTTS = 15
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 13.5, "tag": "hold"}
W = {"gap": 12.0, "tag": "wait"}


# ---------------------------------------------------------------------------
# 1-12: clean text with word timings and real overlaps
# ---------------------------------------------------------------------------

call("h26-01-smart-meter-stopped-sending", industry="gas and electricity smart meters", style=CLEAN, words=True,
     exercises="full greeting with a word-like agent name; estimated bills as a plain fact; agent cuts in with a question; brief empathy; restatement; announced hold with thanks; two timed commitments; surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "The agent cuts in on the long explanation to ask about the display (interruption); 'Faith' is the agent's name; the reset is 'tonight' and the text 'tomorrow morning'."),
     turns=[
        ("A", "Good afternoon, you're through to Lumen Energy, my name's Faith, what can I do for you today?"),
        ("C", "Hello. My smart meter hasn't sent a reading since March. The last three bills have all been estimated, and the one that came on Monday is eighty pounds higher than anything I've had before, even though we've been away most of the summer and the house has been empty."),
        ("A", "Sorry to jump in, is the little display in your kitchen still showing usage?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "Yes, the display's fine, it's just not getting to you."),
        ("A", "Okay, that's a pain, I'm sorry. Can I take your name and the first line of the address?"),
        ("C", "Robin Cotton, 14 Larch Avenue."),
        ("A", "Thank you, Mr Cotton. So the meter itself is working, but nothing has reached us since March, and you want your bills based on what you've really used instead of our guesses."),
        ("C", "That's it exactly."),
        ("A", "I'll need to run a signal test on the meter, it takes a minute or so. Can I pop you on hold while it runs?"),
        ("C", "Go ahead."),
        ("A", "Thanks for waiting, Mr Cotton. The communications hub has dropped off the network.", H),
        ("C", "Can you fix that from there?"),
        ("A", "Yes. I'll send a remote reset tonight, and you'll get a text tomorrow morning once the first reading comes through."),
        ("C", "Brilliant. That's all I needed."),
        ("A", "Is there anything else I can help with today? No? Thanks for calling, Mr Cotton, bye now."),
     ])

call("h26-02-dental-checkup-early-slot", industry="dental practice bookings", style=CLEAN, words=True,
     exercises="greeting without agent name; routine booking; backchannel inside a long turn; customer cuts in on the agent; 'no' answering a question followed by help; detail read-back only; timed reminder; name used; offer and goodbye",
     labels=L("fail", "pass", "na", "fail", "pass", "pass", "na", "na",
              "'No, we're closed at weekends, but...' answers a question and offers an early slot (not negative); 'Tuesday the ninth?' is a read-back, not a restatement; the booking plus a reminder 'the day before' are timed."),
     turns=[
        ("A", "Hello, Cedar Lane Dental, how can I help?"),
        ("C", "Hi there, I need to book a check-up, it's been about a year since my last one, and I work shifts at the hospital so I'm really after something either very early in the morning or at the weekend if you do those."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Of course. Do you want to see Doctor Amis again, or whoever's free first?"),
        ("C", "Whoever's first is fine. Do you open on Saturdays?", {"at_end": 0.9}),
        ("A", "No, we're closed at weekends, but we start at twenty to nine on Tuesdays and Thursdays."),
        ("C", "Twenty to nine would work."),
        ("A", "Lovely. Can I have your name and date of birth?"),
        ("C", "It's Hope Fairweather, second of May, eighty-nine."),
        ("A", "Thanks, Hope. I've got Tuesday the ninth at eight-forty."),
        ("C", "Tuesday the ninth?"),
        ("A", "That's right, you're booked in. We'll send you a reminder text the day before."),
        ("C", "Perfect."),
        ("A", "Anything else I can do for you?"),
        ("C", "No, that's it, thanks. Bye."),
     ])

call("h26-03-parcel-marked-delivered", industry="courier parcel redelivery", style=CLEAN, words=True,
     exercises="full greeting; repeated failed delivery and frustration; two cut-ins (one a clear interruption, one borderline); 'I don't know'; 'you'll have to wait' as a demand; no empathy; untimed depot promise; name never used; offer only, no goodbye",
     labels=L("pass", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na",
              "'Sorry, what's the tracking number?' cuts in while the customer is still going (interruption); 'Sorry, go on' is a short cut-in that yields the floor at once (optional); 'the depot will look into it' has no time."),
     turns=[
        ("A", "Hi, thanks for calling Swiftline Parcels, this is Rory, how can I help?"),
        ("C", "Hi. This is the third time now. The tracking says my parcel was delivered at ten past two yesterday, but I was in all afternoon, nobody knocked, there's nothing on the doorstep, nothing with the neighbours, and I've now taken two days off work waiting for this thing."),
        ("A", "Sorry, what's the tracking number?", {"at_end": 2.2, "tag": "intr"}),
        ("C", "It's SW 4471 9902. And the photo they've put on the app isn't even my front door, it's a grey door and mine is green, so they've clearly left it at the wrong house somewhere on the estate."),
        ("A", "Sorry, go on.", {"at_end": 0.8, "tag": "intr_opt"}),
        ("C", "I just want to know where it is."),
        ("A", "I don't know where the driver left it, the scan just says delivered.", {"tag": "neg"}),
        ("C", "So what happens now? My name's Mark Sterling, by the way, it's in my name."),
        ("A", "You'll have to wait for the depot to investigate it.", {"tag": "neg"}),
        ("C", "How long does that take?"),
        ("A", "The depot will look into it and get back to you."),
        ("C", "Right. Fine."),
        ("A", "Anything else?"),
        ("C", "No."),
     ])

call("h26-04-letting-boiler-no-hot-water", industry="landlord/letting agency repairs", style=CLEAN, words=True,
     exercises="greeting names a desk, not the company; no heating as a plain fact; backchannel; customer cuts in on the agent; belated empathy; restatement; one timed and one untimed commitment; surname used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "'Repairs desk' is a team, not the company; the empathy comes only after the address ('that's rotten with little ones'); the contractor call is 'this afternoon' but 'we'll authorise the part' has no time."),
     turns=[
        ("A", "Good morning, repairs desk, Sunita speaking, how can I help?"),
        ("C", "Morning. The boiler at my flat is showing an F28 code and there's been no heating or hot water since Sunday night. I've pressed reset about ten times and topped up the pressure like the booklet says, but it just clicks and goes off again."),
        ("A", "Right.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Can I take the property address and your name, please?"),
        ("C", "Flat 3, 22 Wren Street. Penny Marsh."),
        ("A", "And is there anyone vulnerable in the property, anyone elderly or very young, or anyone with a health condition that we'd need to know about?"),
        ("C", "Two kids, four and one.", {"at_end": 1.0}),
        ("A", "Oh, Ms Marsh, that's rotten with little ones in this weather, I'm really sorry."),
        ("C", "It's been a long couple of days."),
        ("A", "So since Sunday the boiler keeps locking out on an F28, the reset isn't holding, and you've had no heating or hot water at all."),
        ("C", "Yes."),
        ("A", "I'm raising it as an emergency. Haller Heating will call you this afternoon to arrange the visit, and if they need a part, we'll authorise it."),
        ("C", "Okay, thank you."),
        ("A", "Is there anything else I can help with, Ms Marsh?"),
        ("C", "No, that's it. Thank you, goodbye."),
     ])

call("h26-05-pet-claim-preexisting", industry="pet insurance claims", style=CLEAN, words=True,
     exercises="greeting split over two turns; declined claim and worry; agent cuts in; empathy; restatement; 'there's nothing I can do' with policy; timed appeal email; only the dog's name used, not the caller's; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "fail", "na", "na",
              "The greeting is split across the agent's first two turns, all within a few seconds; the agent calls the dog 'Biscuit' but never uses the caller's name; the policy refusal is separate from the later appeal."),
     turns=[
        ("A", "Hello, Pawprint Insurance claims line."),
        ("C", "Hi."),
        ("A", "You're speaking with Leo, what can I do for you?"),
        ("C", "Hi Leo, my name's Gail Summers. I've had a letter saying you won't pay for my dog's knee operation. It was eighteen hundred pounds, I paid it on my credit card because the vet said he needed it straight away, and I honestly don't know how I'm going to clear that."),
        ("A", "Can I grab the claim reference from the letter?", {"at_end": 1.6, "tag": "intr"}),
        ("C", "P C 88213."),
        ("A", "Thank you. I can hear how worrying this is, especially with that on a credit card."),
        ("C", "It is. He's called Biscuit, he's a spaniel, he's eight."),
        ("A", "So Biscuit's cruciate surgery was declined and you want to know why, and whether that decision can change."),
        ("C", "Yes, please."),
        ("A", "The vet notes show a limp on that leg before the policy started, so it's classed as pre-existing. It's our policy not to cover that, there's nothing I can do on the claim itself.", {"tag": "neg"}),
        ("C", "Can I appeal it at all?"),
        ("A", "You can. I'll email you the appeal form within the hour, and your vet can add a note to it if the old limp was a different problem."),
        ("C", "Right, okay. That's everything."),
        ("A", "Anything else I can help with? No? Thanks for calling, give Biscuit a fuss from me, bye."),
     ])

call("h26-06-gym-freeze-broken-ankle", industry="gym membership freezes", style=CLEAN, words=True,
     exercises="greeting without agent name; injury as a reason; two backchannels; quick empathy; restatement; 'you'll need to' instruction; 'next payment' as the time; no name; offer and goodbye",
     labels=L("fail", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na",
              "'You'll need to send us a note from your doctor' is a neutral instruction (optional); the only commitment starts 'from your next payment on the first', counted as a time."),
     turns=[
        ("A", "Thanks for calling Ironworks Gyms, how can I help?"),
        ("C", "Hi, yeah, I fell off a ladder last weekend and broke my ankle, so I'm in a boot for at least eight weeks and then physio after that, and I really don't want to keep paying forty-five pounds a month for a gym I can't set foot in."),
        ("A", "Yeah.", {"at_start": 2.6, "tag": "bc"}),
        ("A", "Okay.", {"at_start": 8.0, "tag": "bc"}),
        ("A", "Ouch, sorry to hear that. So you'd like to pause the membership for a few months while the ankle heals, rather than cancel it?"),
        ("C", "Yes, pause it, I'll be back."),
        ("A", "We can freeze it for up to three months on a medical freeze, free of charge."),
        ("C", "Three months is perfect."),
        ("A", "You'll need to send us a note from your doctor or the fracture clinic.", {"tag": "neg_opt"}),
        ("C", "I've got the discharge letter, that should do it."),
        ("A", "That's fine. The freeze will start from your next payment on the first."),
        ("C", "Great."),
        ("A", "Anything else I can help you with?"),
        ("C", "No, that's it."),
        ("A", "Take care of that ankle, bye."),
     ])

call("h26-07-satellite-sports-price-rise", industry="satellite TV subscriptions", style=CLEAN, words=True,
     exercises="full greeting; price rise and frustration; backchannel then a sales cut-in; no empathy; bare 'I can't' refusal; warm transfer with where and why; word-like first name used; ends in transfer",
     labels=L("pass", "na_or_fail", "fail", "fail", "na", "pass", "na", "pass",
              "The agent cuts in with an offer before the customer finishes (interruption); 'I can't cancel it today, you're in a minimum term' refuses with no alternative in that turn; 'Will' is the caller's name; the call ends on the transfer."),
     turns=[
        ("A", "Good evening, thank you for calling Orbit TV, I'm Natalie, how can I help you tonight?"),
        ("C", "Hi, I've just had an email saying my sports package is going up to thirty-four pounds a month. That's the second rise this year, it's ridiculous, I barely watch it now the football's finished, and I want it taken off my account."),
        ("A", "Right.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Before you decide, have you seen the new streaming pass?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "No, I don't want a new anything, I just want the sports gone."),
        ("A", "Can I take your name and the account number?"),
        ("C", "Will Ashdown, account 6620 1834."),
        ("A", "Thanks, Will. I can't cancel it today, you're in a minimum term on sports until June.", {"tag": "neg"}),
        ("C", "So I'm paying thirty-four quid a month until June?"),
        ("A", "Let me put you through to our retentions team, Will, they're the ones who can end a contract early or look at the price."),
        ("C", "Fine."),
        ("A", "Putting you through now."),
     ])

call("h26-08-train-cancelled-hospital", industry="train ticket refunds", style=CLEAN, words=True,
     exercises="greeting without agent name; cancellation made the customer miss an appointment; immediate empathy with a small overlap that is not an interruption; hold with no reason and no thanks; restatement; limit with an alternative; timed refund and voucher; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "fail", "na",
              "The agent's first reply starts 0.3 s before the customer finishes (not an interruption); 'Bear with me' gives no reason and nobody thanks the customer after the silence; 'we can't refund taxis, but I can add a voucher' offers an alternative."),
     turns=[
        ("A", "Good morning, Pennine Rail customer relations, how can I help?"),
        ("C", "Hi, my train on Thursday, the eight-fifteen from Halifax, was cancelled with no warning and the next one was an hour later, so I missed a hospital appointment I'd been waiting four months for, and now I've got to start all over again."),
        ("A", "Oh, I'm so sorry, that's awful, especially after waiting that long.", {"at_end": 0.3}),
        ("C", "I just want my money back at least."),
        ("A", "Of course. Can I have your name and the ticket reference?"),
        ("C", "Dawn Fletcher. The reference is TR 50 77 41."),
        ("A", "Bear with me."),
        ("A", "Right, Dawn, I can see the eight-fifteen was cancelled.", H),
        ("C", "So can I get a refund?"),
        ("A", "So you'd like the full fare back for Thursday's journey, because the cancellation made you miss the appointment. You're entitled to that."),
        ("C", "Yes, please. Can I claim the taxi I took home as well?"),
        ("A", "We can't refund taxis, but I can add a ten-pound goodwill voucher. The refund will go back on your card in three to five working days, and the voucher is emailed tonight."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with, Dawn? No? Thanks for calling, goodbye."),
     ])

call("h26-09-nursery-place-waiting-list", industry="child care nursery places", style=CLEAN, words=True,
     exercises="full greeting; routine enquiry that turns into disappointment; backchannel; restatement; 'I don't know' said over the customer; polite 'I don't know if'; untimed callback on a condition; parent's name used; offer and thanks",
     labels=L("pass", "pass", "fail", "pass", "fail", "pass", "na", "na",
              "'I don't know when a space will come up' is said over the customer (interruption and negative); 'I'm afraid' comes before the disappointment and nothing acknowledges it after; 'when a place comes up' is a condition, not a time; 'I don't know if you've seen' is the polite form."),
     turns=[
        ("A", "Hello, Little Acorns Nursery, this is Mel, how can I help?"),
        ("C", "Hi, I'm looking for a place for my daughter from September. She'll be two in August, and I'm going back to work three days a week, Monday to Wednesday, so ideally those days, and I'd need it to cover eight till six."),
        ("A", "Mm-hmm.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Lovely. What's your daughter's name, and yours?"),
        ("C", "She's Poppy, and I'm Grace Whitlock."),
        ("A", "Thanks, Grace. So you're after three full days, Monday to Wednesday, for Poppy from September, just after she turns two."),
        ("C", "That's it. Do you have space?"),
        ("A", "We're full in the toddler room for September, I'm afraid."),
        ("C", "Oh, that's a blow. Is there any idea when something might come up? Because I've already told work I'm starting back on the first."),
        ("A", "I don't know when a space will come up, it depends on leavers.", {"at_end": 1.3, "tag": ("intr", "neg")}),
        ("C", "Right."),
        ("A", "I'll put Poppy on the waiting list, and Sharon, our manager, will ring you when a place comes up. I don't know if you've seen our open mornings, there's one on the twelfth."),
        ("C", "I might come to that."),
        ("A", "Is there anything else I can help with today? If not, thanks for calling, Grace."),
        ("C", "No, that's all, bye."),
     ])

call("h26-10-vet-cat-vomiting-nurse", industry="veterinary clinic", style=CLEAN, words=True,
     exercises="greeting without an offer to help; worried owner; agent cuts in with an urgent question; empathy; surname spelled out; restatement; warm transfer to a nurse with the reason; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
              "The greeting has salutation, practice and name but no offer to help; the cut-in is a triage question (still an interruption); the surname is spelled letter by letter; the call ends on the transfer."),
     turns=[
        ("A", "Riverside Vets, good morning, Tom speaking."),
        ("C", "Hi, um, it's my cat, Ivy. She's been sick four or five times since last night, she won't eat anything, and now she's just lying under the bed and won't come out, which isn't like her at all, she's normally all over you."),
        ("A", "Is she breathing normally, no panting?", {"at_end": 1.8, "tag": "intr"}),
        ("C", "I think so, yes, just very flat."),
        ("A", "Oh, poor thing, that must be really worrying for you."),
        ("C", "It is."),
        ("A", "Can I take your surname and postcode so I can find her record?"),
        ("C", "It's Brook, B R double O K, and it's LS6 2QT."),
        ("A", "Thanks, Mrs Brook, I've got Ivy here. So she's been sick several times overnight, isn't eating and is hiding away, and that's a big change for her."),
        ("C", "Yes, exactly."),
        ("A", "I'm going to put you through to one of our nurses, so she can go over the symptoms with you and decide how soon Ivy needs to be seen."),
        ("C", "Okay, thank you."),
        ("A", "Putting you through now, hold the line."),
     ])

call("h26-11-bike-gears-still-slipping", industry="bicycle shop repairs", style=CLEAN, words=True,
     exercises="full greeting with 'Hiya'; repair not fixed; agent cuts in; brief apology plus blame; announced hold with thanks; customer cuts in on the agent; 'no' that answers; restatement; timed fix; no name; offer and goodbye",
     labels=L("pass", "pass", "pass", "pass", "pass", "na_or_fail", "pass", "na",
              "'Sorry about that' is brief but acknowledges the problem; blaming the rain is borderline negative (optional); 'No, not at all' answers a question; the fix is 'Saturday morning'."),
     turns=[
        ("A", "Hiya, Spokes and Gears, Jamie here, what can I do for you?"),
        ("C", "Hi, I picked my bike up from you on Saturday after the full service, and the gears are still slipping, worse if anything, it jumps about every time I go up a hill, and that service was sixty-five pounds."),
        ("A", "Is that at the back or the front?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "The back, mostly on the bigger cogs."),
        ("A", "Ah, sorry about that. That'll be because you've been riding it in all this rain since, the cable gets grit in it.", {"tag": "neg_opt"}),
        ("C", "It's been two days, and it was slipping on the ride home."),
        ("A", "Let me check the workshop notes for your bike, one second."),
        ("A", "Thanks for waiting. The notes say the mechanic fitted a new chain but didn't replace the gear cable.", H),
        ("C", "So it's not my fault then.", {"at_end": 0.6}),
        ("A", "No, not at all. So the service didn't sort the slipping, and you want it put right without paying again."),
        ("C", "Yes, that's all I'm after."),
        ("A", "Bring it in on Saturday morning and we'll fit a new cable while you wait, no charge."),
        ("C", "Saturday works."),
        ("A", "Anything else I can help with? No? Cheers then, see you Saturday."),
     ])

call("h26-12-grocery-gluten-free-swapped", industry="online grocery substitutions", style=CLEAN, words=True,
     exercises="full greeting with a word-like company name; wrong substitutions for a coeliac; backchannel; read-back only; no empathy; timed refund plus untimed feedback promise; limit with an alternative; customer cuts in; name used; thanks and goodbye without an offer",
     labels=L("pass", "fail_or_pass", "fail", "fail", "fail", "pass", "na", "na",
              "'Basket' is the company; 'The gluten-free loaf?' only reads back a detail; the refund is timed but 'I'll pass your feedback on' is not; 'we can't guarantee substitutions, but you can untick' offers an alternative; the close thanks but never offers more help."),
     turns=[
        ("A", "Hello, you're through to Basket, my name is Kerry, how can I help?"),
        ("C", "Hi, my delivery came this morning and they've swapped my gluten-free bread for an ordinary white loaf, and the gluten-free pasta for normal pasta. I'm coeliac, I can't eat either of them, and I only noticed after I'd made my lunch."),
        ("A", "Okay.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "The gluten-free loaf?"),
        ("C", "Yes, and the pasta."),
        ("A", "Can I take your name and the order number?"),
        ("C", "Jo Baker, order 7731 0045."),
        ("A", "Thanks, Jo. I've refunded both items, you'll see it back on your card in three to five days."),
        ("C", "And what stops this happening again?", {"at_end": 0.8}),
        ("A", "We can't guarantee substitutions, but you can untick 'allow substitutes' on any item in your basket."),
        ("C", "I'll do that."),
        ("A", "I'll pass your feedback on to the store as well."),
        ("C", "Okay."),
        ("A", "Thanks for shopping with us, bye."),
     ])


# ---------------------------------------------------------------------------
# 13-24: ASR-style text, no word timings
# ---------------------------------------------------------------------------

call("h26-13-student-loan-still-deducted", industry="student loans", style=ASR, words=False,
     exercises="full greeting with a filler before the name; deductions after payoff; empathy; restatement; customer-caused wait; 'you'll need to' instruction; conditional untimed refund; word-like first name, surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "The long silence is the customer fetching a payslip (na); 'once your employer confirms the figures we'll refund' is conditional with no time; 'summer' is the caller's first name and 'miss o'neill' uses her surname; 'pay as you urn' is the recogniser's PAYE."),
     turns=[
        ("A", "good morning fundwise student loans you're speaking with um priya how can i help"),
        ("C", "hi yeah i paid my loan off in april but they're still taking it out of my wages every month it's come out again this month"),
        ("A", "oh that's frustrating i'm sorry can i take your name and date of birth"),
        ("C", "uh it's summer o'neill third of june nineteen ninety four"),
        ("A", "thank you miss o'neill so you cleared the balance in april but deductions are still coming out through your pay and you want that money back"),
        ("C", "yeah exactly"),
        ("A", "do you have a payslip from this month to hand with the deduction on"),
        ("C", "hang on let me find it it's in my emails somewhere"),
        ("C", "okay got it it says student loan one hundred and twelve pounds", W),
        ("A", "right our records show the final payment landed in april so that's an overpayment through pay as you urn"),
        ("A", "you'll need to ask your payroll to stop the deductions", {"tag": "neg_opt"}),
        ("C", "okay and the money they've already taken"),
        ("A", "once your employer confirms the figures we'll refund the overpayment to your bank"),
        ("C", "okay thanks"),
        ("A", "is there anything else i can help with today no okay thanks for calling bye"),
     ])

call("h26-14-removals-survey-booking", industry="home removals company", style=ASR, words=False,
     exercises="greeting names a desk and the agent but no company or offer; routine booking; restatement; bare 'no' refusing a date; announced hold with thanks; two timed commitments; word-like name used; offer then 'lovely'",
     labels=L("fail", "fail_or_pass", "na", "pass", "pass", "pass", "pass", "na",
              "'no we don't do sundays' refuses with nothing offered in that turn; the survey is 'thursday at ten' and the quote 'tonight'; 'bill carpenter' is a name made of ordinary words; the close offers more help but ends on 'lovely'."),
     turns=[
        ("A", "morning removals desk um this is gary"),
        ("C", "hi there i'm moving house at the end of the month and i need a quote for the move"),
        ("A", "no problem where from and where to"),
        ("C", "three bed semi in leeds to a two bed in york and i'd want you to do the packing as well ideally on the twenty ninth that's a sunday"),
        ("A", "no we don't do sundays", {"tag": "neg"}),
        ("C", "oh right the saturday then the twenty eighth"),
        ("A", "can i take your name"),
        ("C", "it's bill carpenter"),
        ("A", "cheers bill so it's a three bed in leeds to a two bed in york on saturday the twenty eighth with full packing let me just check the diary for a surveyor bear with me"),
        ("A", "thanks for holding bill the surveyor can come out thursday at ten to look round", H),
        ("C", "thursday's fine"),
        ("A", "he'll come thursday at ten and i'll email you the quote over tonight"),
        ("C", "great"),
        ("A", "anything else i can help with"),
        ("C", "no that's everything"),
     ])

call("h26-15-concert-cancelled-hotel", industry="concert ticketing", style=ASR, words=False,
     exercises="greeting without agent name; cancelled concert and upset customer; no empathy; 'unable to' refusal; 'not our department'; untimed automatic refund; no name; full close",
     labels=L("fail", "pass", "fail", "fail", "fail", "na_or_fail", "na", "na",
              "'we're unable to refund the booking fee' refuses with no alternative; 'the hotel's not our department' is a brush-off; 'it goes back automatically' has no time."),
     turns=[
        ("A", "thank you for calling stagepass how can i help"),
        ("C", "hi the arena show on saturday's been cancelled i found out on instagram not even from you and i've paid for a hotel and trains for me and my daughter it was her birthday present i'm gutted"),
        ("A", "have you got the order number"),
        ("C", "s p nine nine four one two"),
        ("A", "yeah that event's cancelled the tickets will be refunded"),
        ("C", "and the fees i paid the booking fee was eleven pounds a ticket"),
        ("A", "we're unable to refund the booking fee", {"tag": "neg"}),
        ("C", "what about the hotel i can't get that back either"),
        ("A", "the hotel's not our department that's between you and them", {"tag": "neg"}),
        ("C", "unbelievable so when do i get the ticket money"),
        ("A", "it goes back to your card automatically"),
        ("C", "fine"),
        ("A", "anything else i can help you with"),
        ("C", "no"),
        ("A", "okay thanks for calling bye"),
     ])

call("h26-16-optician-move-eye-test", industry="optician appointments", style=ASR, words=False,
     exercises="full greeting; routine rebooking; restatement; unannounced working silence; booking plus an untimed reminder; surname used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "fail", "na",
              "The agent goes quiet for over ten seconds with no announcement and no thanks (hold fail); the booking is timed but 'you'll get a text reminder' is not."),
     turns=[
        ("A", "good afternoon clearview opticians you're speaking with dawn how may i help"),
        ("C", "hiya i've got an eye test on friday at eleven but i can't make it now because of work can i move it"),
        ("A", "of course what's your name"),
        ("C", "ray fisher"),
        ("A", "thanks mister fisher and when would suit you better"),
        ("C", "any day next week as long as it's after four"),
        ("A", "so you want to move your eye test from friday morning to a late afternoon slot sometime next week"),
        ("C", "yeah please"),
        ("A", "right i've got wednesday at half four", H),
        ("C", "that's great"),
        ("A", "that's you moved to wednesday at half four you'll get a text reminder"),
        ("C", "lovely"),
        ("A", "is there anything else i can do for you"),
        ("C", "no thanks"),
        ("A", "thanks mister fisher bye bye"),
     ])

call("h26-17-solar-inverter-error", industry="solar panel installers", style=ASR, words=False,
     exercises="full greeting in an unusual order; no generation as a plain fact; read-back only; belated empathy; commitment anchored on a visit rather than a time; word-like name used; full close",
     labels=L("pass", "pass", "pass", "fail", "fail", "pass", "na", "na",
              "The empathy only comes after the checks ('sorry you've been without it two weeks'); the visit is 'tuesday' but the credit comes 'after the engineer's been', an event not a time, labelled fail; 'the inverter' is a read-back; 'in the vertor' is the recogniser's 'inverter'."),
     turns=[
        ("A", "hello sunworks solar good morning it's ben here how can i help"),
        ("C", "yeah hi the panels you put on in may haven't generated anything for two weeks the app says zero every day and there's a red light on the in the vertor box in the loft"),
        ("A", "the inverter"),
        ("C", "yeah that one"),
        ("A", "can i get your name and postcode"),
        ("C", "uh it's frank uh frank doyle h g four three s t"),
        ("A", "thanks frank is the red light flashing or solid"),
        ("C", "solid"),
        ("A", "okay that's an isolation fault i'm sorry you've been without it for two weeks"),
        ("C", "it's annoying in the sunniest month"),
        ("A", "an engineer will come out on tuesday and after the engineer's been we'll credit you for the lost generation"),
        ("C", "okay that's fair"),
        ("A", "anything else i can help you with frank"),
        ("C", "no cheers"),
        ("A", "thanks for calling bye now"),
     ])

call("h26-18-parking-fine-blue-badge", industry="parking fines appeals", style=ASR, words=False,
     exercises="greeting names a team only; fine despite a badge and anger; 'calm down'; 'i don't know'; 'you have to' demand; no empathy; restatement; timed decision; name never used; full close",
     labels=L("fail", "pass", "fail", "pass", "pass", "fail", "na", "na",
              "'calm down', 'i don't know why the warden issued it' and 'you have to appeal online' (a demand) are negative; the decision comes 'within twenty eight days'; the name is given and never used."),
     turns=[
        ("A", "parking services appeals team good morning"),
        ("C", "hi i've got a fine through the post for parking on the high street but my blue badge was on the dashboard the whole time this is the second time it's happened and i'm absolutely fuming"),
        ("A", "okay calm down can i have the penalty number", {"tag": "neg"}),
        ("C", "p n eight eight two zero one four my name's victor long"),
        ("A", "i don't know why the warden issued it the notes just say no badge displayed", {"tag": "neg"}),
        ("C", "well it was displayed i've got a photo"),
        ("A", "so your badge was on show on the dashboard and you still got a ticket and you want it cancelled"),
        ("C", "yes"),
        ("A", "you have to appeal online with the photo we don't take appeals on the phone", {"tag": "neg"}),
        ("C", "right"),
        ("A", "once it's in you'll get a decision within twenty eight days"),
        ("C", "okay"),
        ("A", "anything else"),
        ("C", "no"),
        ("A", "thanks goodbye"),
     ])

call("h26-19-smart-meter-install-booking", industry="gas and electricity smart meters", style=ASR, words=False,
     exercises="full greeting with filler; routine installation booking; restatement; customer-caused wait; two timed commitments; word-like name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
              "The silence is the customer going to read the meter (na); the engineer comes 'on the fourteenth between eight and twelve' and the letter 'in the next few days'; 'joy' is the caller's name."),
     turns=[
        ("A", "hi there you're through to lumen energy smart meter bookings it's um kofi how can i help"),
        ("C", "hiya i'd like to get smart meters put in please both gas and electric"),
        ("A", "lovely can i take your name"),
        ("C", "joy adeyemi"),
        ("A", "thanks joy so you'd like both your gas and your electric swapped over to smart meters"),
        ("C", "yes please"),
        ("A", "could you read me the serial number off the electric meter it's on the front"),
        ("C", "give me a sec it's in the cupboard under the stairs"),
        ("C", "okay it's uh e one two k four four eight", W),
        ("A", "perfect the engineer will be with you on the fourteenth between eight and twelve"),
        ("C", "that's fine"),
        ("A", "and we'll send a confirmation letter in the next few days"),
        ("C", "great thank you"),
        ("A", "is there anything else i can help with today joy"),
        ("C", "no that's it"),
     ])

call("h26-20-dental-broken-filling-cold-transfer", industry="dental practice bookings", style=ASR, words=False,
     exercises="greeting without an offer to help; toothache; empathy; restatement; limit with an alternative; cold transfer; name never used; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "na", "fail", "na", "fail",
              "'we can't see you today but there's an emergency slot at our other practice' offers an alternative; 'i'll transfer you' says neither where nor why; 'miss hill' is given and never used."),
     turns=[
        ("A", "cedar lane dental good morning um you're speaking to carla"),
        ("C", "hi it's miss hill i'm a patient with you a filling's come out of my back tooth last night and it's really painful i didn't sleep"),
        ("A", "oh you poor thing that sounds horrible"),
        ("C", "it is especially when i eat anything"),
        ("A", "so the filling's come out of a back tooth and it's painful to eat on"),
        ("C", "yeah can you see me today"),
        ("A", "we can't see you here today but there's an emergency slot at our other practice at two"),
        ("C", "oh yes please i'll take that"),
        ("A", "can i take your date of birth"),
        ("C", "twelfth of march eighty one"),
        ("A", "okay one sec i'll transfer you"),
        ("C", "thanks"),
     ])

call("h26-21-parcel-redeliver-to-work", industry="courier parcel redelivery", style=ASR, words=False,
     exercises="greeting without agent name; routine redelivery; restatement; hold with a reason but no thanks; two timed commitments; name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "fail", "na",
              "The agent gives a reason for the hold but never thanks the customer afterwards (hold fail); 'tomorrow between nine and one' and 'on the morning' are both times; 'daisy' is the caller."),
     turns=[
        ("A", "hello swiftline parcels redelivery line how can i help you"),
        ("C", "hi i got a card saying you missed me yesterday can i have it brought to my work instead"),
        ("A", "course what's the card number and your name"),
        ("C", "it's daisy marsh and the card says four four zero one nine"),
        ("A", "thanks daisy so you'd like it redelivered to your work address rather than home"),
        ("C", "yes that's right it's the library on park row"),
        ("A", "let me check which van covers park row tomorrow"),
        ("A", "okay park row's on the morning route", H),
        ("C", "great"),
        ("A", "the driver will bring it tomorrow between nine and one and you'll get a text with a one hour window on the morning"),
        ("C", "brilliant"),
        ("A", "anything else daisy"),
        ("C", "no thank you"),
        ("A", "you're welcome bye"),
     ])


call("h26-22-letting-mould-blame", industry="landlord/letting agency repairs", style=ASR, words=False,
     exercises="full greeting; mould and a child's asthma; blame; 'you have to' demand; no empathy; two untimed promises; name used once at the end; no offer, no thanks",
     labels=L("pass", "fail", "fail", "fail", "fail", "pass", "na", "na",
              "Blaming the washing is borderline (optional); 'you have to open the windows every morning' is a demand; neither promise to ask the landlord has a time; the agent's last words 'okay carol' use the name but are no closing."),
     turns=[
        ("A", "good afternoon harbour lettings this is sam how can i help"),
        ("C", "hi it's carol king from flat two thirty nine dock road there's black mould all over my son's bedroom wall and round the window he's got asthma and he's been coughing at night i'm really worried about him"),
        ("A", "right is that the back bedroom"),
        ("C", "yeah the one on the north side"),
        ("A", "that'll be condensation to be honest you're probably drying washing inside", {"tag": "neg_opt"}),
        ("C", "i don't dry anything inside the radiator in there doesn't even work"),
        ("A", "you have to open the windows every morning and wipe it down", {"tag": "neg"}),
        ("C", "i already do that it keeps coming back"),
        ("A", "i'll ask the landlord if he'll pay for a dehumidifier"),
        ("C", "and the radiator"),
        ("A", "i'll put the radiator on the list for him too"),
        ("C", "okay"),
        ("A", "okay carol"),
        ("C", "bye"),
     ])

call("h26-23-pet-add-kitten", industry="pet insurance claims", style=ASR, words=False,
     exercises="full greeting with filler; routine policy change; restatement with congratulations; 'no' answering a question followed by help; announced hold with thanks; two timed commitments; word-like name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "'no that's fine she doesn't need one' answers the customer's question (not negative); cover 'from midnight tonight' and documents 'within twenty four hours' are both timed; 'rose' is the caller, 'pickle' the kitten."),
     turns=[
        ("A", "hi thanks for calling pawprint insurance um my name's nadia how can i help"),
        ("C", "hello i've got a policy for my dog with you and i've just got a kitten and i'd like to add her on"),
        ("A", "aw congratulations so you'd like your new kitten added onto your dog's policy can i take your name and policy number"),
        ("C", "rose penn policy p p two two seven zero one"),
        ("A", "thanks rose how old is she and what's her name"),
        ("C", "she's ten weeks and she's called pickle does she need a vet check first"),
        ("A", "no that's fine she doesn't need one at ten weeks let me just get a quote up for pickle one moment"),
        ("A", "thanks for bearing with me rose it's six pounds forty a month", H),
        ("C", "that's fine"),
        ("A", "lovely she's covered from midnight tonight and your documents will be emailed within twenty four hours"),
        ("C", "great"),
        ("A", "anything else i can help with"),
        ("C", "no that's it"),
        ("A", "thanks rose bye bye"),
     ])

call("h26-24-gym-freeze-travel-refused", industry="gym membership freezes", style=ASR, words=False,
     exercises="greeting with company and salutation only; freeze refused with policy; disappointment with no empathy; alternative offered in a later turn; restatement; 'next payment' as the time; name never used; full close",
     labels=L("fail", "pass", "fail", "pass", "pass", "fail", "na", "na",
              "'no freezes are only for medical reasons it's our policy' refuses in that turn (the off-peak alternative comes a turn later); 'that's annoying' is never acknowledged; 'from your next payment' counted as a time; 'nick' is given and never used."),
     turns=[
        ("A", "ironworks gyms good evening"),
        ("C", "hi um i'm going travelling for two months from march and i wanted to freeze my membership while i'm away"),
        ("A", "what's the reason for the freeze"),
        ("C", "travelling south america"),
        ("A", "no freezes are only for medical reasons it's our policy", {"tag": "neg"}),
        ("C", "oh that's annoying i'll be paying for two months for nothing then"),
        ("A", "what i can do is drop you to the off peak membership while you're away it's eighteen pounds instead of thirty nine"),
        ("C", "okay that's better than nothing it's nick by the way nick hale"),
        ("A", "so you'd rather keep the membership going but pay as little as you can while you're out of the country"),
        ("C", "yeah"),
        ("A", "done the off peak rate kicks in from your next payment"),
        ("C", "cool"),
        ("A", "anything else"),
        ("C", "no"),
        ("A", "cheers bye"),
     ])


# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h26-25-satellite-no-signal-storm", industry="satellite TV subscriptions", style=CLEAN, words=False,
     exercises="full greeting; no signal as a plain fact; empathy; announced hold with thanks; restatement; one commitment timed, one not; word-like surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "The engineer is 'Wednesday' and the call 'half an hour before', but 'we'll credit your account for the days without service' has no time; 'Sparrow' is the caller's surname."),
     turns=[
        ("A", "Good morning, Orbit TV technical support, you're speaking with Callum. How can I help?"),
        ("C", "Hi. Since the storm on Friday night the box just says no signal on every channel."),
        ("A", "I'm sorry, that's no fun over a weekend. Can I take your name and postcode?"),
        ("C", "It's Mrs Sparrow, Lynn Sparrow, CF14 3JD."),
        ("A", "Thank you, Mrs Sparrow. I'm going to run a line test to the box from here, it takes about a minute, so I'll pop you on hold if that's okay."),
        ("C", "That's fine."),
        ("A", "Thanks for holding, Mrs Sparrow. The box is fine, so it looks like the dish has been knocked out of line by the wind.", H),
        ("C", "That would make sense, it was wild."),
        ("A", "So the box itself is working, but the dish has moved in the storm and you've had no TV since Friday."),
        ("C", "That's it."),
        ("A", "An engineer will come out on Wednesday and he'll call you half an hour before he arrives. We'll also credit your account for the days without service."),
        ("C", "Thank you, that's good of you."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, Mrs Sparrow, have a good day."),
     ])

call("h26-26-train-season-ticket-refund", industry="train ticket refunds", style=CLEAN, words=False,
     exercises="full greeting in reverse order; routine refund; restatement; 'you'll need to' instruction; limit with an alternative; conditional but timed refund; timed envelope; surname given, never used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "fail", "na", "na",
              "'I can't give you the exact figure, but it'll be about...' offers an estimate (not negative); 'once we receive the ticket, the refund is paid within ten working days' carries a time; 'Mr Field' is never used."),
     turns=[
        ("A", "Hi, you're speaking with Olu at Pennine Rail. How can I help?"),
        ("C", "Hello, I've got an annual season ticket from Hebden Bridge to Leeds, and I'm starting a new job that's from home, so I'd like to hand it back."),
        ("A", "Congratulations on the new job. Can I take your name and the ticket number?"),
        ("C", "It's Mr Field, Alan Field. The number is 6041 2287."),
        ("A", "Thank you. So you want to return your annual ticket and get money back for the months you won't use."),
        ("C", "Yes. How much will I get?"),
        ("A", "I can't give you the exact figure until it's processed, but it'll be roughly six hundred pounds."),
        ("C", "That's better than I thought."),
        ("A", "You'll need to post the ticket back to us.", {"tag": "neg_opt"}),
        ("C", "Okay. Where do I send it?"),
        ("A", "I'll send a prepaid envelope out today. Once we receive the ticket, the refund will be paid within ten working days."),
        ("C", "Great, thanks."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, take care."),
     ])

call("h26-27-nursery-bite-warm-transfer", industry="child care nursery places", style=CLEAN, words=False,
     exercises="greeting with company and name only; a child hurt and nobody told the parent; 'I don't know'; belated empathy; restatement; surname used; warm transfer to the manager with the reason; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
              "'I don't know who bit him' is negative; the apology comes two turns later; the agent uses 'Mr Carter' as well as the child's name; the warm transfer says who and why, so the call ends before any closing."),
     turns=[
        ("A", "Little Acorns, Mel speaking."),
        ("C", "Hi, it's Lee Carter, Finn's dad. Finn came home yesterday with a bite mark on his arm, a proper one, you can see the teeth, and nobody said a word to me at pick-up."),
        ("A", "Which room is Finn in?"),
        ("C", "Hedgehogs."),
        ("A", "I don't know who bit him, I wasn't in Hedgehogs yesterday.", {"tag": "neg"}),
        ("C", "Well, someone should know. I only saw it in the bath."),
        ("A", "You're right, Mr Carter, I'm sorry. You should have been told at pick-up and shown the incident form."),
        ("C", "Thank you. I just want to know what happened."),
        ("A", "So Finn was bitten on the arm during the day, and nobody from the room told you or gave you the form when you collected him."),
        ("C", "Exactly."),
        ("A", "I'm going to put you through to Sharon, our manager. She handles incident reports and can find out who was in the room."),
        ("C", "Okay, thanks."),
        ("A", "Putting you through to her now, Mr Carter."),
     ])

call("h26-28-vet-repeat-prescription-policy", industry="veterinary clinic", style=CLEAN, words=False,
     exercises="greeting without agent name; repeat prescription with a worried owner; read-back only; policy refusal; alternative in a later turn; no empathy; timed collection and appointment; name used; offer and goodbye",
     labels=L("fail", "pass", "fail", "fail", "pass", "pass", "na", "na",
              "'We can't repeat it, it's practice policy' refuses in that turn, the week's supply comes after the customer pushes back; 'I don't want him stiff and in pain' is never acknowledged; 'Metacam?' is a read-back."),
     turns=[
        ("A", "Good afternoon, Riverside Vets, how can I help?"),
        ("C", "Hi, I'd like to order a repeat of my dog's arthritis medicine, please. He's called Bramble."),
        ("A", "And your name?"),
        ("C", "Ann Shore."),
        ("A", "Thanks, Ann. Metacam?"),
        ("C", "That's the one, the liquid."),
        ("A", "He's overdue his six-month check. We can't repeat it, it's practice policy.", {"tag": "neg"}),
        ("C", "But he's only got two days left. I don't want him stiff and in pain."),
        ("A", "What I can do is give you a week's supply to tide him over, and the vet can see him on Thursday at ten."),
        ("C", "Okay, that works."),
        ("A", "The week's supply will be ready to collect after four today."),
        ("C", "Thank you."),
        ("A", "Anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Bye now, Ann."),
     ])

call("h26-29-bike-ebike-service-booking", industry="bicycle shop repairs", style=CLEAN, words=False,
     exercises="greeting without agent name; routine service booking; polite 'I don't know if'; restatement; hold with thanks but no reason; untimed callback; word-like name used; full close",
     labels=L("fail", "pass", "na", "pass", "fail", "pass", "fail", "na",
              "'Hang on a sec' gives no reason for the silence, though the agent thanks the customer after (hold fail); 'we'll ring you when it's ready' has no time; 'I don't know if you've still got the charger' is the polite question form; 'Ash' is the caller."),
     turns=[
        ("A", "Spokes and Gears, hello, how can I help?"),
        ("C", "Hi, I'd like to book my e-bike in for a service. The brakes are squealing a bit, and it's about due anyway."),
        ("A", "Sure. What's your name?"),
        ("C", "Ash. Ash Reid."),
        ("A", "So, Ash, a full service on the e-bike, and you'd like us to look at the squealing brakes while it's in."),
        ("C", "That's right. When could you fit it in?"),
        ("A", "Hang on a sec."),
        ("A", "Thanks for waiting. I can take it on Monday morning.", H),
        ("C", "Monday's good."),
        ("A", "I don't know if you've still got the charger, but bring that too so we can test the battery."),
        ("C", "Will do. When will it be done?"),
        ("A", "We'll ring you when it's ready. Anything else I can help with?"),
        ("C", "No, that's all. Cheers."),
        ("A", "Cheers, Ash, see you Monday."),
     ])


call("h26-30-grocery-slot-change", industry="online grocery substitutions", style=CLEAN, words=False,
     exercises="full greeting; routine slot change; early restatement; bare 'I can't' refusal; alternative in the next turn; customer-caused wait; timed rebooking and refund; name never used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "fail", "na", "na",
              "'I can't change the slot once the order's been picked' refuses in that turn, the cancel-and-rebook comes after the customer asks; the silence is the customer checking a rota (na); 'Chris Hall' is never used."),
     turns=[
        ("A", "Good morning, Basket customer care, this is Omar, what can I do for you?"),
        ("C", "Hi, I've got a delivery booked for six tonight, but I've been asked to stay late at work, so I won't be in."),
        ("A", "So you won't be home for tonight's slot and you'd like the shopping brought tomorrow instead?"),
        ("C", "Yes, if that's possible. It's Chris Hall, order 5528 1190."),
        ("A", "I can't change the slot once the order's been picked, I'm afraid.", {"tag": "neg"}),
        ("C", "So what do I do?"),
        ("A", "You can cancel tonight's order and I'll rebook the same shopping for tomorrow."),
        ("C", "Tomorrow evening, then. Let me just check my rota."),
        ("C", "Right, I'm off from five tomorrow.", W),
        ("A", "I've cancelled tonight's order and rebooked it for tomorrow between six and seven. The refund for tonight's order will be back on your card in three to five days."),
        ("C", "Great."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, thanks."),
        ("A", "Thanks for calling, bye."),
     ])

call("h26-31-student-loan-redundancy-cold-transfer", industry="student loans", style=CLEAN, words=False,
     exercises="greeting with company and salutation only; redundancy and worry; empathy with the name; restatement; 'not my department'; cold transfer; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "na", "pass", "na", "fail",
              "'That's not my department' is negative; 'Hold on, I'll put you through' names no team and no reason; the call ends on the transfer."),
     turns=[
        ("A", "Fundwise, good morning. Who am I speaking to?"),
        ("C", "It's Tariq Hussain. I was made redundant last week and I'm really worried about keeping up my loan repayments."),
        ("A", "I'm sorry to hear about your job, Tariq, that's a stressful time."),
        ("C", "It is. I don't know what I'm supposed to do."),
        ("A", "So with your income stopping, you want to know whether you still have to pay anything each month."),
        ("C", "Yes, exactly."),
        ("A", "Can I take your customer reference?"),
        ("C", "It's 4471 0092 88."),
        ("A", "That's not my department, I only deal with new applications.", {"tag": "neg"}),
        ("C", "Oh. Who do I need, then?"),
        ("A", "Hold on, I'll put you through."),
        ("C", "Okay."),
     ])

call("h26-32-removals-cracked-mirror", industry="home removals company", style=CLEAN, words=False,
     exercises="full greeting; damaged heirloom; quick empathy; read-back only; 'you'll have to' as an instruction; one 'now' and one untimed commitment; word-like name used; offer then 'Okay'",
     labels=L("pass", "fail_or_pass", "pass", "fail", "fail", "pass", "na", "na",
              "'You'll have to fill in a claim form within seven days' reads as an instruction (optional); the form is emailed 'now' but 'our claims team will be in touch once it's back' has no time; 'The hall mirror?' is a read-back; 'Dee Winter' is the caller."),
     turns=[
        ("A", "Hello, you're through to Carters Removals, my name's Ruth, how can I help?"),
        ("C", "Hi, your team moved us on Saturday and the big mirror from the hall is cracked right across the middle."),
        ("A", "Oh no, I'm sorry."),
        ("C", "It was my grandmother's, so I'm not happy."),
        ("A", "The hall mirror?"),
        ("C", "Yes, the one with the gold frame."),
        ("A", "Can I take your name and the booking reference?"),
        ("C", "Dee Winter, booking CR 3390."),
        ("A", "Thanks, Dee. You'll have to fill in a claim form within seven days of the move.", {"tag": "neg_opt"}),
        ("C", "Okay, can you send it?"),
        ("A", "I'll email you the claim form now, and our claims team will be in touch once it's back."),
        ("C", "Fine."),
        ("A", "Is there anything else?"),
        ("C", "No."),
        ("A", "Okay."),
     ])

call("h26-33-concert-wheelchair-space", industry="concert ticketing", style=CLEAN, words=False,
     exercises="full greeting; routine accessible booking; 'no worries'; restatement; announced hold with thanks; name that is also a month; one timed and one untimed commitment; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "pass", "na",
              "'June' is both the month of the show and the caller's name, used after she gives it; tickets 'within the hour' but 'the venue will contact you about parking' has no time."),
     turns=[
        ("A", "Good evening, Stagepass, Amir speaking, how can I help?"),
        ("C", "Hi, I want to buy tickets for the Ferris Wheel concert in June. I'm a wheelchair user, so I need a wheelchair space and a seat next to it for my carer."),
        ("A", "No worries. So you're after one wheelchair space with a companion seat beside it for the June show."),
        ("C", "That's it."),
        ("A", "Let me check the accessible allocation with the venue, it's kept on a separate list. Can you hold for a moment?"),
        ("C", "Sure."),
        ("A", "Thanks so much for waiting. There are two spaces left in the lower tier.", H),
        ("C", "Brilliant, I'll take one. It's June Adler, by the way."),
        ("A", "Thanks, June. That's sixty-two pounds for both."),
        ("C", "Lovely, put it on the card I used last time."),
        ("A", "Done. Your tickets will be emailed to you within the hour, and the venue will contact you about blue badge parking."),
        ("C", "Perfect."),
        ("A", "Anything else I can do for you, June?"),
        ("C", "No, that's great."),
        ("A", "Enjoy the show, bye."),
     ])

call("h26-34-optician-glasses-headaches", industry="optician appointments", style=CLEAN, words=False,
     exercises="greeting without agent name; headaches from new glasses; no empathy; 'I can't do anything' refusal; 'you'd need to' instruction; booking plus a conditional untimed remake; no name; offer and thanks",
     labels=L("fail", "pass", "fail", "fail", "fail", "na_or_fail", "na", "na",
              "'I can't do anything about it without the optometrist' refuses with no alternative in that turn; 'you'd need to come in for a recheck' is an instruction (optional); the recheck is 'Monday at nine-thirty' but the remake 'if it turns out to be our error' has no time."),
     turns=[
        ("A", "Clearview Opticians, good morning, how can I help?"),
        ("C", "Hi, I picked up new glasses from you last week and they're giving me headaches every day. I can't wear them for more than an hour."),
        ("A", "Did you get them from this branch?"),
        ("C", "Yes, on the Tuesday."),
        ("A", "I can't do anything about it without the optometrist.", {"tag": "neg"}),
        ("C", "Well, can I see the optometrist, then?"),
        ("A", "You'd need to come in for a recheck.", {"tag": "neg_opt"}),
        ("C", "Fine. When?"),
        ("A", "I'll book you in for Monday at nine-thirty, and we'll remake the lenses free if it turns out to be our error."),
        ("C", "Okay."),
        ("A", "Anything else?"),
        ("C", "No."),
        ("A", "Thanks, bye."),
     ])

call("h26-35-solar-quote-no-close", industry="solar panel installers", style=CLEAN, words=False,
     exercises="full greeting; routine quote; restatement; announced hold with thanks; untimed surveyor call; word-like surname never used; no closing",
     labels=L("pass", "fail", "na", "pass", "fail", "fail", "pass", "na",
              "'A surveyor will call you to arrange a visit' has no time; 'Mr Holly' is given and never used; the agent's last words are 'Lovely, I've got that', no offer and no goodbye."),
     turns=[
        ("A", "Good afternoon, Sunworks Solar, this is Hannah, how can I help?"),
        ("C", "Hi, I'm thinking about getting solar panels and maybe a battery, and I'd like a rough idea of cost. I'm Mr Holly, Dev Holly."),
        ("A", "Of course. What sort of house is it?"),
        ("C", "Three-bed semi, the back roof faces south."),
        ("A", "So you'd like a ballpark price for panels on the south-facing roof, possibly with a battery as well."),
        ("C", "Yes."),
        ("A", "Let me pull up our current price sheet for you, bear with me one moment."),
        ("A", "Thanks for waiting. For a house like that, it's usually between six and eight thousand with a battery.", H),
        ("C", "That's less than I expected."),
        ("A", "A surveyor will call you to arrange a visit."),
        ("C", "Okay, my number's 07700 900 512."),
        ("A", "Lovely, I've got that."),
        ("C", "Thanks, bye."),
     ])

call("h26-36-parking-pay-reduced-rate", industry="parking fines appeals", style=CLEAN, words=False,
     exercises="full greeting with the name first; routine payment; bare 'No.'; 'it's not up to me'; restatement; untimed receipt; word-like name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "A bare 'No.' refuses the waiver; 'it's not up to me' is borderline (optional); paying a fine on time is treated as a routine request (empathy na); 'I'll send a receipt by email' has no time; 'Angel' is the caller's name."),
     turns=[
        ("A", "Good morning, this is Priti at City Parking Services, how can I help?"),
        ("C", "Hi, I got a ticket on Tuesday outside the library and I want to pay it. Is it still the reduced rate?"),
        ("A", "Can I take the penalty number and your name?"),
        ("C", "It's PN 770 4419, and I'm Angel Price."),
        ("A", "Thanks, Angel. Yes, it's thirty-five pounds if it's paid by the twenty-first."),
        ("C", "Is there any chance of it being waived? I was only two minutes over."),
        ("A", "No.", {"tag": "neg"}),
        ("C", "Okay."),
        ("A", "It's not up to me, the warden's decision stands.", {"tag": "neg_opt"}),
        ("C", "I'll just pay it now, then."),
        ("A", "So you want to pay the fine now at the reduced rate, on a card?"),
        ("C", "Yes, debit card."),
        ("A", "That's gone through. I'll send a receipt by email."),
        ("C", "Thanks."),
        ("A", "Anything else I can help with, Angel? No? Thanks for calling, bye."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout26: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout26", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries (two calls each): "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h26",
                                  seed_base=2600, min_utterances=MIN_UTTS, max_utterances=MAX_UTTS)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
