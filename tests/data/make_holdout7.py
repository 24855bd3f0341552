"""Write the holdout7 set: 30 contact-centre calls and their labels.

Written and labelled blind (before any detector ran on it) by hand against
/work/shared/RUBRIC.md. Run from anywhere:

    python tests/data/make_holdout7.py

It writes ``tests/data/holdout7/<call_id>.json`` (canonical call format),
``tests/data/holdout7-labels.json`` (call_id -> labels) and
``tests/data/holdout7/README.md`` (who labelled, the make-up, the label counts
and the judgement calls). Deterministic: the same files come out on every run.

How a call is written (turns, their timing options and the tags that become
the list labels) is described in tests/data/holdout_kit.py, which also holds
the turn builder, the word timings and the self-checks that compare the timings
with the labels, so a timing slip cannot silently change a label; the calls and labels are new.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # holdout_kit.py sits next to this script
from holdout_kit import call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout7"
LABELS_PATH = HERE / "holdout7-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 30

CALLS, call = call_collector()


# ---------------------------------------------------------------------------
# The 30 calls. Each call's labels were decided from its text and timing
# before moving on to the next one.
# ---------------------------------------------------------------------------

call(
    "h7-01-bank-card-declined-abroad",
    industry="retail bank",
    style="clean, punctuated",
    words=True,
    exercises="full greeting with the company after 'thanks for calling'; card refused abroad, brief empathy ('that's really stressful ... let's get it sorted'); backchannels in a long customer turn; agent cuts in 0.6 s; synonym paraphrase; timed text; 'I've taken that off' is done, not a commitment",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="The 0.6 s cut-in is just past the rubric's 0.5 s edge, so it counts; 'I've taken that off now' is a completed action, only the text is a commitment."),
    turns=[
        ("A", "Good evening, thanks for calling Northgate Bank, this is Omar, how can I help you tonight?"),
        ("C", "Hi, yeah, I'm in Lisbon at the moment and my card's just been declined at a restaurant, and then again at a cash machine, and I've got about twenty euros on me and no other way to pay for anything."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Right.", {"at_start": 7.5, "tag": "bc"}),
        ("A", "Oh, that's really stressful when you're abroad, let's get it sorted. Can I take your full name?", {"gap": 0.5}),
        ("C", "It's Priya Nair."),
        ("A", "Thanks, Priya. And the first line of your address and your date of birth, please?"),
        ("C", "Forty-two Selwood Road, and the ninth of July, 1987."),
        ("A", "Thank you. So your card's being refused every time you try to pay or take cash out over in Portugal, and you need it working again today, is that right?"),
        ("C", "Yes, exactly, I've got a taxi to the airport on Thursday and I was going to pay with it, and the hotel wants a deposit too, and I just don't understand why, because I told the app I was travelling."),
        ("A", "I can see the travel notice, it's the cash machine that our fraud system flagged.", {"at_end": 0.6, "tag": "intr"}),
        ("C", "Oh. So is it blocked now?"),
        ("A", "It was on a temporary hold. I've taken that off now, so you can use it straight away."),
        ("C", "Great. Will it happen again?"),
        ("A", "It shouldn't. I'll also send you a text in the next five minutes with the fraud team's number, in case anything else gets flagged while you're away."),
        ("C", "Perfect, thank you."),
        ("A", "Is there anything else I can help with tonight, Priya?"),
        ("C", "No, that's everything, you've been brilliant."),
        ("A", "Thanks for calling Northgate, enjoy the rest of your trip. Bye now."),
        ("C", "Bye."),
    ],
)

call(
    "h7-02-energy-double-direct-debit",
    industry="energy supplier",
    style="clean, punctuated",
    words=False,
    exercises="'You've reached Albion Energy' with no salutation and no agent name; 'I was charged twice' as a bare fact, no empathy; a policy statement that shares only 'fee' with the customer (not a paraphrase); 'It's our policy ... I can't take it off' refusal; untimed 'someone will get back to you'; 'Is there anything else?' with no thanks or goodbye",
    labels=dict(greeting="fail", closing="fail_or_pass", empathy="fail", paraphrase="fail", follow_up="fail",
                personalization="na_or_fail", hold_etiquette="na", transfer="na",
                notes="The agent's fee explanation repeats one word of the customer's complaint but never restates the request; the call ends on 'Is there anything else?' with no thanks."),
    turns=[
        ("A", "You've reached Albion Energy, how can I help?"),
        ("C", "Hello. I was charged twice for my direct debit this month. Two payments of eighty-four pounds, on the first and the third."),
        ("A", "Okay. What's your account number?"),
        ("C", "It's A E 4 4 1 9 0 7."),
        ("A", "And the postcode?"),
        ("C", "B S 5, 9 Q T."),
        ("A", "Right, yes, I can see two payments went out. The second one was a retry."),
        ("C", "A retry of what? The first one went through fine, I checked with my bank. And there's a late payment fee on the bill now as well, which makes no sense."),
        ("A", "The late payment fee is added whenever a payment is more than fourteen days overdue."),
        ("C", "But it wasn't overdue. Can you take the fee off?"),
        ("A", "It's our policy that the fee stays on until billing reviews it, so I can't take it off.", {"tag": "neg"}),
        ("C", "So what happens to the second eighty-four pounds?"),
        ("A", "I'll raise it with billing, and someone will get back to you about the refund."),
        ("C", "Right. Fine."),
        ("A", "Is there anything else?"),
        ("C", "No."),
    ],
)

call(
    "h7-03-bank-mortgage-payment-break",
    industry="retail bank (mortgages)",
    style="ASR: lower-case, no punctuation, truncated company name",
    words=False,
    exercises="ASR-split company ('thanks for calling north gate'); worry about redundancy met with empathy; synonym paraphrase ('pause or reduce ... while youre out of work'); hold asked with a reason and thanked; timed form by Thursday; ASR-mangled name ('shiv on walsh' / 'siobhan'); garbled 'is there any think else'",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="pass", transfer="na",
                notes="'north gate' is the ASR's split of the bank's name, and 'shiv on' is the ASR's spelling of the Siobhan the agent then uses, so both count."),
    turns=[
        ("A", "thanks for calling north gate this is kev how can i help"),
        ("C", "hi yeah i um ive just been made redundant and im really worried about keeping up with the mortgage i wanted to ask whats available"),
        ("A", "i understand that must be a real worry at the moment and thank you for ringing us early can i take your name"),
        ("C", "yeah its shiv on walsh"),
        ("A", "thanks siobhan and your date of birth"),
        ("C", "third of the eleventh eighty two"),
        ("A", "lovely so just so ive got it right youre asking whether you can pause or reduce your mortgage payments for a few months while youre out of work"),
        ("C", "yeah thats it basically"),
        ("A", "okay can i pop you on hold for a minute while i check which options your mortgage qualifies for"),
        ("C", "yeah sure"),
        ("A", "thanks for holding siobhan so you can apply for a payment break of up to three months", {"gap": 48.0, "tag": "hold"}),
        ("C", "oh thats good how do i apply"),
        ("A", "ill post the application form out today and it should be with you by thursday with a freepost envelope"),
        ("C", "brilliant thank you"),
        ("A", "is there any think else i can help you with today"),
        ("C", "no thats all thanks"),
        ("A", "thanks for calling siobhan take care bye"),
    ],
)

call(
    "h7-04-broadband-outage-home-worker",
    industry="broadband provider",
    style="clean, punctuated",
    words=True,
    exercises="'this is Albion Broadband' names the company, no agent name (greeting fail); empathy for a home worker; agent cuts in 0.65 s with a completion report ('I've booked an engineer', not a paraphrase); customer cuts in on the agent; timed engineer visit and text; compensation already added (done)",
    labels=dict(greeting="fail", closing="pass", empathy="pass", paraphrase="fail", follow_up="pass",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="The name after 'this is' is the company; the agent never restates the fault, only reports what was done; the 0.65 s overlap is an interruption by the rubric."),
    turns=[
        ("A", "Good morning, this is Albion Broadband, what can I do for you?"),
        ("C", "Morning. My internet's been down since Saturday. I work from home, and I've been sat in a café using their wifi for three days, which is costing me a fortune in coffee, and my manager's starting to ask questions."),
        ("A", "Oh no, that's a real pain when you're working from home."),
        ("C", "It is. The light on the router's been flashing red the whole time."),
        ("A", "Okay. Can I take the account holder's name?"),
        ("C", "Tom Hale."),
        ("A", "Thanks, Tom. I'm just running a line test now."),
        ("A", "Right, the test shows a fault outside your property, so it's not the router.", {"gap": 7.0}),
        ("C", "I knew it. So do I have to wait for someone? Because last time this happened it took a week and I honestly can't do another week of this."),
        ("A", "I've booked an engineer for you.", {"at_end": 0.65, "tag": "intr"}),
        ("C", "Oh, okay, when?"),
        ("A", "An engineer will come out on Wednesday, between eight and one, and you'll get a text confirming the slot within the hour."),
        ("C", "Wednesday. And do I get anything back for the days it's been off?", {"at_end": 0.8}),
        ("A", "Yes, the compensation for the five days has already been added to your account."),
        ("C", "Great."),
        ("A", "Is there anything else I can help with, Tom?"),
        ("C", "No, that's it."),
        ("A", "Thanks for your patience, Tom. Bye."),
    ],
)

call(
    "h7-05-homeware-parcel-never-came",
    industry="online homeware shop",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="'youre through to brindle home' as self-identification; 'the parcel never came' as a bare fact with no empathy; 'ok the grey cushions' repeats one detail; 'i dont know where it is'; 'thats not my department you have to call the courier'; name given, never used; customer hangs up",
    labels=dict(greeting="pass", closing="fail", empathy="fail", paraphrase="fail", follow_up="na",
                personalization="fail", hold_etiquette="na", transfer="na",
                notes="Two negative turns in a row and the customer hangs up, so there is no closing; Mrs Patel gave her name and it is never used."),
    turns=[
        ("A", "hi youre through to brindle home this is jo how can i help"),
        ("C", "hi the parcel never came i ordered some cushions two weeks ago"),
        ("A", "whats the order number"),
        ("C", "b h 7 7 0 3 1"),
        ("A", "and the name"),
        ("C", "patel mrs anita patel"),
        ("A", "ok the grey cushions"),
        ("C", "yes the grey ones the tracking hasnt moved since last monday"),
        ("A", "i dont know where it is it's with the courier now", {"tag": "neg"}),
        ("C", "well can you find out"),
        ("A", "thats not my department you have to call the courier yourself", {"tag": "neg"}),
        ("C", "i paid you not the courier forget it im doing a chargeback"),
    ],
)

call(
    "h7-06-airline-booking-missing",
    industry="airline",
    style="clean with fillers",
    words=True,
    exercises="filler inside the greeting ('thank you for calling, uh, Skylark Airways'); 'my booking isn't showing' met with 'I'm sorry about that'; backchannels; 'Bear with me' with no reason, a 12.5 s silence and no thanks; paraphrase; agent starts exactly 0.5 s before the customer stops (optional); customer never named",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="pass",
                personalization="na_or_fail", hold_etiquette="fail", transfer="na",
                notes="The 0.5 s overlap sits on the threshold (optional); the silence was announced only as 'Bear with me' (no reason) and never thanked."),
    turns=[
        ("A", "Good afternoon, thank you for calling, uh, Skylark Airways, my name's Bea, how may I help?"),
        ("C", "Hi, um, my booking isn't showing in the app. I booked flights to Malaga for me and my partner on Tuesday night, the money's gone out of my account, I got an email with a reference, but when I log in there's just nothing under my trips, it's completely empty."),
        ("A", "Mm-hmm.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "I see.", {"at_start": 9.0, "tag": "bc"}),
        ("A", "I'm sorry about that, let's get it sorted. Can I have the booking reference?", {"gap": 0.5}),
        ("C", "Yeah, it's K 7 R 2 Q P."),
        ("A", "Thank you. Bear with me."),
        ("A", "Okay, so I can see it.", {"gap": 12.5, "tag": "hold"}),
        ("C", "Oh, thank god. So why isn't it in the app?"),
        ("A", "So the flights you booked on Tuesday are definitely confirmed, the app just hasn't linked them to your login, and you want them to show up there so you can check in, right?"),
        ("C", "Yes, that's it, because check-in opens on Friday and I, um, I really don't want to be doing it at the airport."),
        ("A", "Right, I'll link the booking to your account now, and you'll get the e-tickets again by email within ten minutes.", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "Brilliant."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's all, thanks."),
        ("A", "Thanks for flying with us, have a lovely trip, bye."),
        ("C", "Bye."),
    ],
)

call(
    "h7-07-insurance-car-park-collision",
    industry="motor insurer",
    style="clean, punctuated",
    words=False,
    exercises="'Hello, you've reached Harrow Insurance, I'm Dev'; strong empathy; synonym paraphrase; warm transfer naming who and why, with a hand-off summary, ending the call; no future commitments (staying on the line is immediate)",
    labels=dict(greeting="pass", closing="na_or_fail", empathy="pass", paraphrase="pass", follow_up="na",
                personalization="pass", hold_etiquette="na", transfer="pass",
                notes="The call ends in a warm transfer before any closing; 'I'm staying on the line' is an immediate action, not a follow-up commitment."),
    turns=[
        ("A", "Hello, you've reached Harrow Insurance, I'm Dev, how can I help today?"),
        ("C", "Hi. Someone reversed into my car in a supermarket car park this morning and just drove off. The back bumper's hanging off."),
        ("A", "Oh, that's horrible, I'm sorry. Are you okay? Were you in the car?"),
        ("C", "No, I was in the shop, thank God. I'm just really shaken and annoyed."),
        ("A", "That's completely understandable. Can I take your name and policy number?"),
        ("C", "Rachel Grant, and it's H I 2 0 4 4 7 1 8."),
        ("A", "Thank you, Ms Grant. Did anyone see it happen, or is there CCTV?"),
        ("C", "A man left a note on my windscreen with the other car's registration."),
        ("A", "That's really helpful. So another driver hit your car while it was parked and left, a witness gave you their registration, and you want to make a claim on your policy."),
        ("C", "Yes, please."),
        ("A", "Okay. I'm going to transfer you to Leah in our motor claims team, because she handles claims where the other driver has left the scene. I'm staying on the line to explain to her what's happened, so you won't need to repeat it."),
        ("C", "Thank you."),
        ("A", "Hi Leah, I have Ms Grant with me, her parked car was hit this morning and the driver left, and she has the other car's registration. Ms Grant, I'm handing you over to Leah now."),
    ],
)

call(
    "h7-08-mobile-early-exit-fee",
    industry="mobile network",
    style="ASR: lower-case, no punctuation, split company name",
    words=True,
    exercises="filler in the greeting ('thanks for calling vox tel uh this is sam'); policy statement sharing only 'fee' (not a paraphrase); bare 'no' refusing; 'you have to pay the fee' demand, cutting in 1.0 s on an angry customer; frustration ignored; untimed final bill; garbled 'any thing else'",
    labels=dict(greeting="pass", closing="pass", empathy="fail", paraphrase="fail", follow_up="fail",
                personalization="na_or_fail", hold_etiquette="na", transfer="na",
                notes="The 'you have to' turn is both a demand and a 1.0 s interruption; 'thats gone through' is done, but 'someone will send you the final bill' has no time."),
    turns=[
        ("A", "hello thanks for calling vox tel uh this is sam how can i help"),
        ("C", "hi yeah i want to cancel my contract im moving abroad next month and ive just seen theres a fee of two hundred and ten pounds to leave early which nobody told me about when i signed up"),
        ("A", "mm hmm", {"at_start": 4.0, "tag": "bc"}),
        ("A", "the early exit fee applies if you leave before the twenty four months are up", {"gap": 0.4}),
        ("C", "but im moving to canada i cant even use the network there can you waive it"),
        ("A", "no", {"tag": "neg"}),
        ("C", "seriously this is ridiculous ive been with you for six years and my dads been with you even longer and youre telling me theres nothing at all"),
        ("A", "you have to pay the fee before we can release your number", {"at_end": 1.0, "tag": ("neg", "intr")}),
        ("C", "fine how do i pay it"),
        ("A", "you can pay it online or i can take it now"),
        ("C", "just take it now then the card ending four four one two"),
        ("A", "ok thats gone through someone will send you the final bill"),
        ("C", "right"),
        ("A", "is there any thing else i can help with"),
        ("C", "no"),
        ("A", "ok thanks for calling bye"),
    ],
)

call(
    "h7-09-hospital-outpatient-reschedule",
    industry="hospital outpatients",
    style="clean, punctuated",
    words=False,
    exercises="routine reschedule (empathy na); paraphrase with 'is that right'; hold asked with a reason and thanked; 'Done, that's booked' plus an untimed letter; title + surname",
    labels=dict(greeting="pass", closing="pass", empathy="na", paraphrase="pass", follow_up="fail",
                personalization="pass", hold_etiquette="pass", transfer="na",
                notes="Jury service is a scheduling clash, not a problem with the service, so empathy is na; the letter has no time frame."),
    turns=[
        ("A", "Good morning, St Aldric's Hospital outpatients, Maria speaking, how can I help?"),
        ("C", "Hi, I've got a physio appointment on the fourteenth at ten, but I've been called for jury service that week, so I need to move it."),
        ("A", "Of course. Can I take your name and date of birth?"),
        ("C", "Neil Ellis, twenty-second of April 1969."),
        ("A", "Thank you, Mr Ellis. So you need your physio appointment on the fourteenth moved to another week because of jury service. Is that right?"),
        ("C", "That's it."),
        ("A", "Can I put you on hold for a minute while I look at the physio diary for the following weeks?"),
        ("C", "Yes, go ahead."),
        ("A", "Thank you for holding, Mr Ellis. I've got Tuesday the twenty-sixth at half past two, or Thursday the twenty-eighth at nine.", {"gap": 41.0, "tag": "hold"}),
        ("C", "The Thursday, please."),
        ("A", "Done, that's booked. A letter will be posted out to you with the new time."),
        ("C", "Lovely."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's all, thank you."),
        ("A", "You're welcome, Mr Ellis. Goodbye."),
    ],
)

call(
    "h7-10-water-no-supply",
    industry="water company",
    style="clean with fillers",
    words=False,
    exercises="'Um, you've reached Severn Vale Water, this is, uh, Ravi' has no salutation (greeting fail); 'oh no' empathy; restoration time and a text by two o'clock (timed); no restatement of the problem; customer says bye and the agent offers nothing",
    labels=dict(greeting="fail", closing="fail", empathy="pass", paraphrase="fail", follow_up="pass",
                personalization="na_or_fail", hold_etiquette="na", transfer="na",
                notes="'you've reached' is self-identification, not a salutation, so the greeting lacks one; the customer ends the call before any closing from the agent."),
    turns=[
        ("A", "Um, you've reached Severn Vale Water, this is, uh, Ravi, how can I help?"),
        ("C", "Hi, yeah, we've got no water at all. Nothing from any tap since about six this morning, and I've got two small kids and a baby's bottle to make."),
        ("A", "Oh no, that's not good at all with little ones. What's the postcode?"),
        ("C", "G L 3, 4 H F."),
        ("A", "Thanks. Okay, there's a burst main reported on Stroud Road, which covers your street."),
        ("C", "Right. How long's it going to be? I'm getting quite stressed about it."),
        ("A", "I understand. A repair crew is on site now, and the supply should be back within four hours."),
        ("C", "Four hours. Is there anywhere I can get water?"),
        ("A", "Yes, there's a bottled water station at the Tesco car park on Bristol Road, and it's open now."),
        ("C", "Okay, that's helpful."),
        ("A", "And we'll text you an update by two o'clock."),
        ("C", "Thanks. Okay, bye."),
    ],
)

call(
    "h7-11-meal-kit-paused-but-charged",
    industry="meal-kit subscription",
    style="clean, punctuated",
    words=True,
    exercises="'Hi, this is Greenfork' (company after 'this is', no agent name); wrong charge met only with 'Okay, let me check' and 'Understood' (no empathy); customer cuts in on the agent; agent starts 0.3 s before the customer stops (not an interruption); paraphrase; 'We can't X, but what I can do is Y' (not negative) cutting in 0.7 s; timed refund; closing with thanks and bye only",
    labels=dict(greeting="fail", closing="fail_or_pass", empathy="fail", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="'Understood' acknowledges but is not empathy; the refusal comes with an alternative in the same turn, so it is not negative, though it is a 0.7 s interruption."),
    turns=[
        ("A", "Hi, this is Greenfork, how can I help?"),
        ("C", "Hi. I paused my deliveries for August, but you've still charged me fifty-two pounds, and a box turned up yesterday that I didn't want. I'm away, my neighbour had to take it in."),
        ("A", "Okay, let me check. What's the email on the account?", {"gap": 0.5}),
        ("C", "It's chloe dot baptiste at fastmail dot com."),
        ("A", "Thanks, Chloe. Right, I can see the pause request from the twenty-eighth of July, but it came in after the cut-off for that week's box, which is why it still went out and was charged."),
        ("C", "That's not what the app said though. It said paused, in green, there was nothing about a cut-off anywhere.", {"at_end": 0.9}),
        ("A", "Understood.", {"at_end": 0.3}),
        ("A", "So you paused your deliveries for August, a box still came and you were charged for it, and you want that money back.", {"gap": 0.4}),
        ("C", "Yes, all of it. Although that card's actually been closed since last week, so can it go to my new one, because otherwise I've no idea where it ends up."),
        ("A", "We can't send a refund to a different card, but what I can do is refund the old card, and your bank passes it on to your new account.", {"at_end": 0.7, "tag": "intr"}),
        ("C", "Oh, okay, as long as it arrives."),
        ("A", "It will. The refund will be back with you in three to five working days, and I've checked the rest of August is paused, so nothing else goes out."),
        ("C", "Great."),
        ("A", "Thanks for calling, Chloe, bye."),
        ("C", "Bye."),
    ],
)

call(
    "h7-12-hotel-move-dates",
    industry="hotel",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="full greeting with 'welcome to'; routine date change (empathy na); paraphrase; 'youll need to pay the difference' borderline; untimed confirmation email; name given never used; 'anything else' with no thanks or goodbye",
    labels=dict(greeting="pass", closing="fail_or_pass", empathy="na", paraphrase="pass", follow_up="fail",
                personalization="fail", hold_etiquette="na", transfer="na",
                notes="'youll need to pay the difference when you arrive' is a neutral instruction (optional); the call stops after the customer's 'cheers'."),
    turns=[
        ("A", "good evening welcome to the larkspur hotel youre speaking with ana how may i assist"),
        ("C", "hi i have a booking for the fourth of march and i need to move it to the eleventh"),
        ("A", "of course whats the name on the booking"),
        ("C", "owen price"),
        ("A", "thank you and is it the same room type you want"),
        ("C", "yeah the same double room just a week later"),
        ("A", "ok so you want to move your two nights from the fourth of march to the eleventh keeping the same double room"),
        ("C", "yes please"),
        ("A", "thats done now the rate is twenty pounds higher that week so youll need to pay the difference when you arrive", {"tag": "neg_opt"}),
        ("C", "thats fine"),
        ("A", "ill email you the new confirmation"),
        ("C", "great"),
        ("A", "anything else i can help with"),
        ("C", "no thats it cheers"),
    ],
)

call(
    "h7-13-bank-card-fraud",
    industry="retail bank (fraud team)",
    style="clean, punctuated",
    words=True,
    exercises="long call; backchannels in a long customer turn; strong empathy twice; paraphrase; hold asked with a reason and thanked; agent starts 0.4 s before a worried customer stops (not an interruption); 'What I can do is...'; timed credit and card, untimed disputes team",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="fail",
                personalization="pass", hold_etiquette="pass", transfer="na",
                notes="A model call except that 'our disputes team will be in touch' has no time frame; the 0.4 s overlap is below the rubric's 0.5 s."),
    turns=[
        ("A", "Good morning, Northgate Bank fraud team, this is Helen, how can I help?"),
        ("C", "Hi, um, I've just opened my banking app and there are three payments I didn't make, all to some online electronics shop, about nine hundred pounds altogether, and I've still got my card in my purse, so I don't understand how anyone's got it."),
        ("A", "Mm-hmm.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Okay.", {"at_start": 10.0, "tag": "bc"}),
        ("A", "That must be really unsettling, finding that first thing in the morning. We'll get this stopped. Can I take your full name?", {"gap": 0.4}),
        ("C", "It's Joanna Marsh."),
        ("A", "Thank you, Joanna. And your date of birth?"),
        ("C", "Fifth of January, 1975."),
        ("A", "And the last four digits of the card?"),
        ("C", "Six two zero eight."),
        ("A", "Thanks. So there are three card payments to an electronics website that you didn't make or agree to, and you still have the card with you, is that right?"),
        ("C", "Yes, that's right. I've never even heard of the shop."),
        ("A", "Okay. I'm going to put you on a short hold while I block the card and look at those payments, is that alright?"),
        ("C", "Yes, fine."),
        ("A", "Thank you for waiting, Joanna. I've blocked the card, so nothing else can go out on it.", {"gap": 34.0, "tag": "hold"}),
        ("C", "Oh, thank you. What about the money?"),
        ("A", "The three payments are marked as fraud, and our disputes team will be in touch about getting the money back."),
        ("C", "How long does that take, roughly? Because it's my rent money, and the rent goes out on the first, and if that bounces I'm going to be in real trouble with my landlord."),
        ("A", "I understand, that's a real worry with rent due.", {"at_end": 0.4}),
        ("A", "What I can do is put a temporary credit of nine hundred pounds on your account today, while the dispute is looked at.", {"gap": 0.3}),
        ("C", "That would be amazing."),
        ("A", "Done. It'll show in your balance within the hour."),
        ("C", "And the card?"),
        ("A", "A new card will arrive in three to five working days, with a new number."),
        ("C", "Okay."),
        ("A", "Is there anything else I can help you with today, Joanna?"),
        ("C", "No, I think that's everything. Thank you so much."),
        ("A", "You're welcome. Thanks for calling us so quickly, take care."),
        ("C", "Bye."),
    ],
)

call(
    "h7-14-council-moving-house",
    industry="district council",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="greeting with no agent name; routine change of address (empathy na); 'go on then'; 'thats not my department'; blind transfer ('hold on ill put you through', no where or why) ending the call; 'hold on' is not a hold",
    labels=dict(greeting="fail", closing="na_or_fail", empathy="na", paraphrase="fail", follow_up="na",
                personalization="na_or_fail", hold_etiquette="na", transfer="fail",
                notes="The transfer names neither where nor why; 'hold on' is the transfer itself, with no silence, so hold is na."),
    turns=[
        ("A", "good morning harlow district council how can i help"),
        ("C", "hi im moving house at the end of next month and i need to tell someone for the council tax"),
        ("A", "whats the account number"),
        ("C", "i dont have it on me can i give you the address"),
        ("A", "go on then"),
        ("C", "fourteen mill lane harlow"),
        ("A", "ok yeah i can see it"),
        ("C", "so im moving out on the thirtieth and moving to chelmsford"),
        ("A", "right well the forwarding address bit thats not my department", {"tag": "neg"}),
        ("C", "oh who do i talk to then"),
        ("A", "hold on ill put you through"),
        ("C", "ok thanks"),
    ],
)

call(
    "h7-15-shop-kettle-stopped",
    industry="online homeware shop",
    style="clean with fillers",
    words=True,
    exercises="fillers inside the greeting ('thanks for calling, um, Fernleigh Home, you're speaking to, uh, Callum'); 'Uh-huh' backchannel; empathy; synonym paraphrase ('packed in'); agent cuts in 0.9 s; timed label and delivery; customer cuts in on the agent; 'No problem at all'",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="Good call with one real cut-in (0.9 s); the customer's overlap on the agent is not an agent interruption."),
    turns=[
        ("A", "Hi there, thanks for calling, um, Fernleigh Home, you're speaking to, uh, Callum, how can I help?"),
        ("C", "Hi, yeah, so I bought a kettle from you about a week ago, the glass one, and this morning I went to put it on and, um, nothing, no light, no noise, it's just completely dead, and I've tried it in different sockets."),
        ("A", "Uh-huh.", {"at_start": 4.5, "tag": "bc"}),
        ("A", "Oh, sorry to hear that, that's not what you want first thing.", {"gap": 0.5}),
        ("C", "No, not really. It was seventy quid as well."),
        ("A", "Can I take your name and the order number?"),
        ("C", "Yeah, it's Leon Fitzgerald, and the order number's F H 2 2 8 1 9."),
        ("A", "Thanks, Leon. Got it."),
        ("A", "So the kettle's packed in after a week and you'd like a replacement rather than your money back?", {"gap": 3.0}),
        ("C", "Yeah, a replacement, if you've got them in stock, because the old one I had lasted ten years and I was hoping this one would do the same."),
        ("A", "We've got plenty in stock, so I'll email you a returns label today.", {"at_end": 0.9, "tag": "intr"}),
        ("C", "Great."),
        ("A", "Just pop the old one in the box with the label, and the new kettle goes out tomorrow, so you'll have it by Friday."),
        ("C", "Oh, that's quick, brilliant.", {"at_end": 0.6}),
        ("A", "No problem at all. Is there, um, anything else I can help with, Leon?"),
        ("C", "No, that's all, thanks."),
        ("A", "Thanks for calling, Leon, enjoy your tea. Bye."),
        ("C", "Cheers, bye."),
    ],
)

call(
    "h7-16-tv-box-freezing",
    industry="broadband and TV provider",
    style="clean, punctuated",
    words=False,
    exercises="repeat caller's frustration ignored; unannounced 14 s silence, no thanks; 'I don't know why it does that'; 'calm down'; polite 'I don't know if you've tried' (not negative); two untimed callbacks; name given but only 'Sir' used",
    labels=dict(greeting="pass", closing="pass", empathy="fail", paraphrase="fail", follow_up="fail",
                personalization="fail", hold_etiquette="fail", transfer="na",
                notes="'Sir' is not the customer's name; 'They'll be in touch' answers 'When?' without a time."),
    turns=[
        ("A", "Hello, Albion Broadband, this is Ryan, how can I help?"),
        ("C", "Hi. My TV box keeps freezing and restarting itself whenever we try to watch anything we've recorded. This is the third time I've called about it and I'm honestly fed up."),
        ("A", "What's the account number?"),
        ("C", "A B 7 7 3 0 1 2. The name's Martin Cole."),
        ("A", "Okay."),
        ("A", "Right. The box looks fine from here.", {"gap": 14.0, "tag": "hold"}),
        ("C", "It's not fine, it freezes every single night. Why does it keep doing that?"),
        ("A", "I don't know why it does that.", {"tag": "neg"}),
        ("C", "Well, somebody should know! I've been paying for three months for something that doesn't work!"),
        ("A", "Sir, calm down, please.", {"tag": "neg"}),
        ("C", "I am calm. I just want it fixed."),
        ("A", "I don't know if you've tried unplugging the box for thirty seconds?"),
        ("C", "Yes, the last person told me to do that. It made no difference."),
        ("A", "Okay. Someone from the technical team will call you back."),
        ("C", "When?"),
        ("A", "They'll be in touch."),
        ("C", "Fine."),
        ("A", "Is there anything else?"),
        ("C", "No."),
        ("A", "Thanks for calling, bye."),
    ],
)

call(
    "h7-17-health-insurance-claim-chase",
    industry="health insurer",
    style="ASR: lower-case, no punctuation, garbled name and closing",
    words=True,
    exercises="filler in the greeting ('thank you for calling uh meadowbank health'); 'thats really frustrating let me sort it'; backchannel; paraphrase that cuts in 0.6 s; ASR-mangled name ('gron ya' / 'grainne'); timed callback by five today; garbled 'is there any think else'",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="The paraphrase is also an interruption (the customer talks on 0.6 s); 'gron ya' and 'grainne' are the ASR's two spellings of one name."),
    turns=[
        ("A", "thank you for calling uh meadowbank health this is lara how can i help"),
        ("C", "hi yeah i sent in a claim for my physio sessions three weeks ago and ive heard nothing ive rung twice already and both times somebody said theyd call me back and nobody ever did"),
        ("A", "mm hmm", {"at_start": 3.5, "tag": "bc"}),
        ("A", "oh thats really frustrating let me sort it for you can i take your name and membership number", {"gap": 0.4}),
        ("C", "its gron ya byrne and the number is m b 4 4 0 9 2"),
        ("A", "thanks grainne"),
        ("C", "the claim was for six sessions about four hundred and twenty pounds and i really need it back because i paid on my credit card and the bill is due"),
        ("A", "so you sent in a physio claim for six sessions three weeks ago and youve not heard a thing", {"at_end": 0.6, "tag": "intr"}),
        ("C", "yeah exactly"),
        ("A", "ok i can see it its waiting for a letter from your physio"),
        ("C", "what letter nobody told me that"),
        ("A", "im sorry nobody told you ill email the claims team now and ill call you back by five today with an update"),
        ("C", "ok thank you"),
        ("A", "is there any think else i can do for you today"),
        ("C", "no thats everything"),
        ("A", "thanks for calling grainne bye"),
    ],
)

call(
    "h7-18-car-rental-damage-fee",
    industry="car rental",
    style="clean, punctuated",
    words=False,
    exercises="greeting with 'Welcome to'; brief empathy ('I understand, that's annoying'); a policy statement sharing only 'damage fee' (not a paraphrase); 'It's our policy, so I can't take it off' refusal, alternative only in the next turn; timed dispute review; customer never named",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="fail", follow_up="pass",
                personalization="na_or_fail", hold_etiquette="na", transfer="na",
                notes="The refusal turn offers no alternative (that comes a turn later), so it is negative; the fee explanation is not a restatement of the customer's dispute."),
    turns=[
        ("A", "Welcome to Roadway Rentals, my name's Jess, how can I help?"),
        ("C", "Hi. I returned a car to your airport branch on Sunday and I've been charged a hundred and fifty pound damage fee for a scratch on the rear door. But that scratch was there when I picked it up."),
        ("A", "I understand, that's annoying. What's the rental agreement number?"),
        ("C", "R W 5 5 0 1 8 3."),
        ("A", "Thank you. Our damage fee is charged when the return inspection finds damage that isn't on the pick-up report."),
        ("C", "But I'm telling you it was already there. Can you take it off?"),
        ("A", "It's our policy, so I can't take it off myself.", {"tag": "neg"}),
        ("C", "So I'm just stuck with it?"),
        ("A", "What I can do is open a damage dispute for you, and the disputes team will review it within ten working days."),
        ("C", "Okay. Do I need to send anything?"),
        ("A", "If you've got any photos from the pick-up, you can upload them to the dispute on our website."),
        ("C", "I've got one, yes."),
        ("A", "Great. Is there anything else I can help with today?"),
        ("C", "No."),
        ("A", "Thanks for calling Roadway, goodbye."),
    ],
)

call(
    "h7-19-courier-delivered-not-received",
    industry="parcel courier",
    style="ASR: lower-case, no punctuation, misheard words",
    words=True,
    exercises="filler in the greeting; 'my parcel never turned up' as a bare fact, never acknowledged; customer-caused 13 s wait (hold na); paraphrase that cuts in 0.58 s; untimed investigation callback; 'thats all we can do at this stage' borderline; garbled 'anything els' + 'cheers for calling bye'",
    labels=dict(greeting="pass", closing="pass", empathy="fail", paraphrase="pass", follow_up="fail",
                personalization="na_or_fail", hold_etiquette="na", transfer="na",
                notes="The silence is the customer finding the email; 'thats all we can do at this stage' is close to 'nothing I can do' but follows an action, so it is optional."),
    turns=[
        ("A", "hi thanks for calling swift parcel uh this is dan how can i help"),
        ("C", "hi my parcel never turned up the tracking says it was delivered yesterday at two but there was nothing on the doorstep"),
        ("A", "whats the tracking number"),
        ("C", "hang on let me find the email"),
        ("C", "right its s p 9 0 0 4 1 7 2", {"gap": 13.0, "tag": "wait"}),
        ("A", "thanks ok so its showing delivered yesterday at two fourteen"),
        ("C", "yeah but nothing turned up i was in all day working from home and nobody knocked and there was no card or photo or anything"),
        ("A", "so the tracking says it was dropped off yesterday afternoon but it never actually got to you", {"at_end": 0.58, "tag": "intr"}),
        ("C", "exactly"),
        ("A", "ok ill open an investigation with the driver and someone will get back to you"),
        ("C", "is that it"),
        ("A", "thats all we can do at this stage", {"tag": "neg_opt"}),
        ("C", "right ok"),
        ("A", "is there anything els i can help with"),
        ("C", "no"),
        ("A", "cheers for calling bye"),
    ],
)

call(
    "h7-20-gym-freeze-injury",
    industry="gym",
    style="clean, punctuated",
    words=False,
    exercises="'Oh no, I'm sorry to hear about your ankle'; synonym paraphrase ('pause ... while your ankle heals'); 'you'll need to send us a doctor's note' borderline; the freeze is already done (follow-up na); 'no payments' is not negative",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="na",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="Every agent action is completed during the call, so there is no follow-up commitment; the doctor's-note instruction is the only borderline phrase."),
    turns=[
        ("A", "Good morning, Pulse Fitness, you're speaking with Kiara, what can I do for you?"),
        ("C", "Hi, I've broken my ankle, so I won't be able to use the gym for a couple of months. Can I freeze my membership?"),
        ("A", "Oh no, I'm sorry to hear about your ankle. Yes, we can freeze it. Can I take your name?"),
        ("C", "Sam Adeyemi."),
        ("A", "Thanks, Sam. So you'd like to pause your membership for about two months while your ankle heals."),
        ("C", "Yes, exactly."),
        ("A", "Okay. You'll need to send us a doctor's note for a medical freeze, but a photo of it by email is fine.", {"tag": "neg_opt"}),
        ("C", "That's fine, I'll send it tonight."),
        ("A", "Perfect. I've frozen your membership from today, and there are no payments until you restart it."),
        ("C", "Brilliant, thanks."),
        ("A", "Is there anything else I can help with, Sam?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, Sam, and get well soon. Bye."),
    ],
)

call(
    "h7-21-mobile-upgrade-transfer",
    industry="mobile network",
    style="ASR: lower-case, no punctuation",
    words=True,
    exercises="greeting with a filler and no agent name ('youre through to uh kestrel mobile'); routine upgrade (empathy na); paraphrase that starts exactly 0.5 s before the customer stops (optional); 'not long' is no commitment; transfer to 'someone' with no where or why ends the call",
    labels=dict(greeting="fail", closing="na_or_fail", empathy="na", paraphrase="pass", follow_up="na",
                personalization="pass", hold_etiquette="na", transfer="fail",
                notes="The overlap is exactly on the 0.5 s threshold (optional); 'ill put you through to someone now' says neither where nor why."),
    turns=[
        ("A", "hello youre through to uh kestrel mobile how can i help"),
        ("C", "hi yeah im due an upgrade and i want to get the new pixel but keep my number"),
        ("A", "sure can i get your name"),
        ("C", "marcus bell"),
        ("A", "thanks marcus and the number on the account"),
        ("C", "its oh seven seven oh oh nine eight two one four six and honestly i just want the same plan with the new phone if thats possible"),
        ("A", "so you want to upgrade to the new pixel but stay on your current plan and keep the same number", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "yes thats it how long will it take"),
        ("A", "not long"),
        ("C", "ok"),
        ("A", "ill put you through to someone now"),
        ("C", "ok"),
    ],
)

call(
    "h7-22-travel-holiday-cancelled",
    industry="travel agency",
    style="clean, punctuated",
    words=False,
    exercises="'this is Sunway Travel, Nadia speaking' (company after 'this is', but the agent's name follows); empathy for a cancelled family holiday; paraphrase; hold asked with a reason and thanked after 95 s; timed email but a refund 'shortly' (vague); name from the booking used",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="fail",
                personalization="pass", hold_etiquette="pass", transfer="na",
                notes="'shortly' does not say when, so the refund commitment lacks a time frame even though the email is timed."),
    turns=[
        ("A", "Hello, this is Sunway Travel, Nadia speaking, how can I help?"),
        ("C", "Hi. I've just had an email saying our flight to Crete on Saturday has been cancelled. It's our family holiday, the kids have been counting down for months, and I don't know what to do."),
        ("A", "Oh, I'm so sorry, what an awful email to get right before you go. Let's see what we can do. Can I take your booking reference?"),
        ("C", "S W 8 8 1 2 0. It's under Ben Okoro."),
        ("A", "Thank you, Ben. So the airline's cancelled your Saturday flight to Crete, and you want to know whether you can still get away this week or get your money back."),
        ("C", "Yes, ideally we'd still go."),
        ("A", "Can I put you on hold for two or three minutes while I check which other flights we can get you on?"),
        ("C", "Please."),
        ("A", "Thanks for holding, Ben. There's a flight on Sunday morning from Manchester with seats for all four of you, and the hotel can move your stay by a day.", {"gap": 95.0, "tag": "hold"}),
        ("C", "Sunday's fine. What about the night at the hotel we lose?"),
        ("A", "I'll email you the new booking by six o'clock this evening, and we'll be in touch about a refund for the missed night shortly."),
        ("C", "Okay. Thank you."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's everything."),
        ("A", "Again, I'm so sorry about the disruption, Ben. Thanks for calling, bye."),
    ],
)

call(
    "h7-23-savings-interest-missing",
    industry="savings bank",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="filler in the greeting ('thanks for calling albion savings uh this is ellie'); a missing interest payment as a bare fact; completion report 'ive added the missing interest' (not a paraphrase); 'no you dont need to do anything' answers (not negative); timed text; late 'sorry again about the trouble' with a filler in the closing; name given never used",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="fail", follow_up="pass",
                personalization="fail", hold_etiquette="na", transfer="na",
                notes="The only empathy is the late 'sorry again about the trouble', which still comes after the problem; Frankie's name is never used."),
    turns=[
        ("A", "thanks for calling albion savings uh this is ellie how can i help"),
        ("C", "hi my interest payment hasnt come through this month it normally goes in on the first"),
        ("A", "ok can i take your name"),
        ("C", "its frankie doyle"),
        ("A", "and your date of birth"),
        ("C", "twelfth of the sixth ninety"),
        ("A", "and the first line of your address"),
        ("C", "nine orchard close"),
        ("A", "ok ive added the missing interest to your account"),
        ("C", "do i need to do anything"),
        ("A", "no you dont need to do anything youll get a text confirming the payment in the next couple of minutes"),
        ("C", "oh its here thats it"),
        ("A", "great sorry again about the trouble is there uh anything else i can help with"),
        ("C", "no thats it thanks"),
        ("A", "thanks for calling have a good day"),
    ],
)

call(
    "h7-24-energy-meter-reading",
    industry="energy supplier",
    style="clean with fillers",
    words=False,
    exercises="'Morning, you're through to, uh, Northgate Energy' with no agent name; routine meter reading (empathy na); 'The gas meter?' repeats one detail; customer's own 'I don't know'; unannounced 15 s silence, no thanks; agent 'I don't know, it depends'; untimed revised bill; closing with thanks and bye only",
    labels=dict(greeting="fail", closing="fail_or_pass", empathy="na", paraphrase="fail", follow_up="fail",
                personalization="na_or_fail", hold_etiquette="fail", transfer="na",
                notes="The customer's 'I don't know it offhand' is not the agent's; the agent's 'I don't know, it depends on the reading' is negative; no offer of further help at the end."),
    turns=[
        ("A", "Morning, you're through to, uh, Northgate Energy, how can I help?"),
        ("C", "Hi, I want to give you a meter reading. The gas one."),
        ("A", "The gas meter?"),
        ("C", "Yes. It's 0 4 5 2 1."),
        ("A", "And the account number?"),
        ("C", "I don't know it offhand. It's 14 Brook Street."),
        ("A", "Okay."),
        ("A", "Right, found it.", {"gap": 15.0, "tag": "hold"}),
        ("C", "Will my bill change?"),
        ("A", "I don't know, it depends on the reading.", {"tag": "neg"}),
        ("C", "Okay."),
        ("A", "The reading will go on your account and we'll send you a revised bill."),
        ("C", "Fine, thanks, bye."),
        ("A", "Thanks for calling, bye."),
    ],
)

call(
    "h7-25-pension-old-workplace-transfer",
    industry="pension provider",
    style="clean, punctuated",
    words=False,
    exercises="long call; worry about an old pension met with empathy; paraphrase; hold asked with a reason, 150 s, thanked; two timed commitments; warm transfer to a named specialist with a reason and a hand-off summary ending the call",
    labels=dict(greeting="pass", closing="na_or_fail", empathy="pass", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="pass", transfer="pass",
                notes="The call ends in a warm transfer before any closing; 'I'll stay on the line' is immediate, the two posted items are timed."),
    turns=[
        ("A", "Good afternoon, thank you for calling Ashdown Pensions, my name is Grace, how can I help?"),
        ("C", "Hello. I'm trying to track down an old workplace pension. I worked for a printing company in the nineties, and I've just had a letter saying you look after their scheme now."),
        ("A", "Yes, we took over a number of schemes like that. Can I take your name?"),
        ("C", "It's Derek Fairweather."),
        ("A", "Thank you, Mr Fairweather. And your date of birth?"),
        ("C", "The second of August, 1961."),
        ("A", "And your National Insurance number, if you have it to hand?"),
        ("C", "Yes, it's J T 4 4 1 9 0 2 C."),
        ("A", "Thank you. And can I check your current address?"),
        ("C", "Twelve Linden Avenue, Market Harborough, L E 16, 7 R J."),
        ("A", "And is that where you lived when you left the printing company?"),
        ("C", "No, back then I was at forty-four Gorse Road, in Leicester."),
        ("A", "That helps, because the old records will be under that address."),
        ("C", "Right, I hadn't thought of that."),
        ("A", "Thank you. And which company was it?"),
        ("C", "Brandon and Marsh Printers, in Leicester. I was there from 1991 to 1998."),
        ("A", "Lovely. So you've had a letter saying we now run the Brandon and Marsh scheme, and you'd like to find out whether there's a pension in your name from those years and what it's worth."),
        ("C", "That's it exactly. And, honestly, I'm a bit worried. I'm sixty-three, and I'd always assumed that money was just gone. If it's there, I need to know what it's worth before I decide when to stop working."),
        ("A", "I can hear that's been on your mind, and I'm glad you've called. Can I put you on hold for a few minutes while I search the scheme records for you?"),
        ("C", "Of course."),
        ("A", "Thank you for waiting, Mr Fairweather. Good news: there's a deferred pension in your name from the Brandon and Marsh scheme.", {"gap": 150.0, "tag": "hold"}),
        ("C", "Oh, that's wonderful. How much is it?"),
        ("A", "The current value is about forty-one thousand pounds."),
        ("C", "Goodness. Can I move it into my current pension with my bank?"),
        ("A", "You can, yes. I'll post the transfer pack out to you today, and you'll receive a full statement of the pension within fourteen days."),
        ("C", "Thank you. Is there anything I lose if I move it?"),
        ("A", "That's an important question. This scheme has a guaranteed annuity rate, which you would give up if you transferred."),
        ("C", "What does that mean?"),
        ("A", "It means the scheme promises a minimum income when you retire, and that can be worth more than the cash value."),
        ("C", "I see. I'd like to talk to someone who can explain that properly before I do anything."),
        ("A", "That's very sensible. I'm going to transfer you to Graham in our transfers team, because he can go through exactly what the guarantee is worth to you. I'll stay on the line and tell him what we've found, so you won't have to start again."),
        ("C", "That would be very helpful."),
        ("A", "Graham, I've got Mr Fairweather with me. He has a deferred Brandon and Marsh pension of about forty-one thousand pounds with a guaranteed annuity rate, and he'd like to understand it before deciding on a transfer. Mr Fairweather, I'm handing you over now."),
        ("C", "Thank you, Grace."),
    ],
)

call(
    "h7-26-broadband-signup-no-coverage",
    industry="fibre broadband sales",
    style="clean, punctuated",
    words=False,
    exercises="'I'm Aisha' greeting; routine sign-up (empathy na); synonym paraphrase ('our fastest full fibre plan'); 'Unfortunately we don't cover that postcode yet' borderline; 'I can't do that, sorry' refusal with no alternative; blind transfer ('I'll transfer you') ending the call; 'No problem'",
    labels=dict(greeting="pass", closing="na_or_fail", empathy="na", paraphrase="pass", follow_up="na",
                personalization="na_or_fail", hold_etiquette="na", transfer="fail",
                notes="No coverage is stated as a fact with no alternative (optional); the customer's 'Oh.' is disappointment at an unavailable product, not a personal problem, so empathy is na."),
    turns=[
        ("A", "Hi, thanks for calling Lumen Fibre, I'm Aisha, what can I do for you?"),
        ("C", "Hi, I'd like to sign up for your full fibre package, the nine hundred meg one."),
        ("A", "No problem. What's the postcode?"),
        ("C", "T R 1 8, 2 Q D."),
        ("A", "Okay, so you're looking to get our fastest full fibre plan installed at that address."),
        ("C", "Yes."),
        ("A", "Unfortunately we don't cover that postcode yet.", {"tag": "neg_opt"}),
        ("C", "Oh. Could you put me on the waiting list, or do the slower one instead?"),
        ("A", "I can't do that, sorry.", {"tag": "neg"}),
        ("C", "So who can?"),
        ("A", "Hold on, I'll transfer you."),
        ("C", "Okay."),
    ],
)

call(
    "h7-27-food-delivery-cold-missing",
    industry="food delivery",
    style="ASR: lower-case, no punctuation, repeated words",
    words=False,
    exercises="ASR repetition in the greeting ('this is this is ola'); 'oh no im sorry about that'; customer-caused 11.5 s wait (hold na); synonym paraphrase ('turned up cold ... werent in the bag'); refund done plus timed return to card; garbled 'is there any think else'",
    labels=dict(greeting="pass", closing="pass", empathy="pass", paraphrase="pass", follow_up="pass",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="The silence is the customer finding the order number; 'youll see it back on your card in three to five days' is the timed commitment."),
    turns=[
        ("A", "hi thanks for calling dash bites this is this is ola how can i help"),
        ("C", "hi my order came cold and half of it was missing the fries and both drinks"),
        ("A", "oh no im sorry about that whats the order number"),
        ("C", "hang on its on my phone"),
        ("C", "its d b 6 6 2 1 0", {"gap": 11.5, "tag": "wait"}),
        ("A", "thanks and your name"),
        ("C", "jamal hussain"),
        ("A", "thanks jamal so your food turned up cold and the fries and drinks werent in the bag"),
        ("C", "yeah"),
        ("A", "ive refunded the whole order youll see it back on your card in three to five days"),
        ("C", "oh great thanks"),
        ("A", "is there any think else i can help with"),
        ("C", "no thats it"),
        ("A", "thanks jamal enjoy your evening bye"),
    ],
)

call(
    "h7-28-garage-warning-light",
    industry="car dealership service desk",
    style="clean, punctuated",
    words=True,
    exercises="greeting with no offer to help; a worried customer never acknowledged; agent cuts in 0.6 s and 1.2 s; paraphrase; 'we'll call you when it's ready' (a condition, not a time); customer cuts in on the agent",
    labels=dict(greeting="fail", closing="pass", empathy="fail", paraphrase="pass", follow_up="fail",
                personalization="pass", hold_etiquette="na", transfer="na",
                notes="'when it's ready' is a condition, not a time frame; the customer says she is worried and the agent moves straight to the registration."),
    turns=[
        ("A", "Good morning, Castlegate Motors, this is Wes."),
        ("C", "Hi, Wes. My car's warning light came on yesterday on the motorway, the orange engine one, and now there's a grinding noise when I brake, and I've got to drive my daughter to Birmingham on Saturday, so I'm a bit worried about it, to be honest."),
        ("A", "What's the registration?", {"at_end": 0.6, "tag": "intr"}),
        ("C", "It's L M 6 8, K T Y."),
        ("A", "And your name?"),
        ("C", "Fiona Grady."),
        ("A", "Thanks, Fiona. So the engine light's come on and the brakes are grinding, and you need it checked before a long drive on Saturday."),
        ("C", "Yes, that's it, because the last thing I want is to break down on the M6 with my daughter in the car, and I've heard grinding can mean the pads have gone completely."),
        ("A", "We can see it tomorrow at eight thirty.", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Tomorrow's fine."),
        ("A", "Great. Drop it off at eight thirty and we'll call you when it's ready."),
        ("C", "Okay. Roughly how long do you keep it?", {"at_end": 0.7}),
        ("A", "Usually most of the day."),
        ("C", "Alright."),
        ("A", "Is there anything else I can help with, Fiona?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, see you tomorrow."),
    ],
)

call(
    "h7-29-charity-direct-debit-change",
    industry="charity supporter care",
    style="clean, punctuated",
    words=False,
    exercises="routine donation change (empathy na); customer-caused 12 s wait; completion report 'I've updated your direct debit' (not a paraphrase); untimed confirmation letter; name given never used; agent ends with 'Right, that's all done' (no offer, no thanks or goodbye)",
    labels=dict(greeting="pass", closing="fail", empathy="na", paraphrase="fail", follow_up="fail",
                personalization="fail", hold_etiquette="na", transfer="na",
                notes="'From your next payment' dates the change, not the letter, so the letter is untimed; the agent never closes."),
    turns=[
        ("A", "Good afternoon, thank you for calling Hopewell Trust, this is Connor, how can I help?"),
        ("C", "Hi, I give ten pounds a month by direct debit and I'd like to put it up to fifteen."),
        ("A", "That's very kind. Can I take your name and postcode?"),
        ("C", "Margaret Lyle, L S 6, 2 A B."),
        ("A", "Thank you. And your supporter number, if you have it?"),
        ("C", "Hold on, it's on a letter somewhere."),
        ("C", "Here it is, H T 7 7 2 0 4.", {"gap": 12.0, "tag": "wait"}),
        ("A", "Perfect, thank you. I've updated your direct debit to fifteen pounds a month."),
        ("C", "Lovely. When does that start?"),
        ("A", "From your next payment. You'll get a letter confirming the change."),
        ("C", "That's great, thank you."),
        ("A", "Right, that's all done."),
        ("C", "Okay. Bye, then."),
    ],
)

call(
    "h7-30-housing-lift-out",
    industry="housing association",
    style="clean, punctuated",
    words=True,
    exercises="backchannels inside a long complaint; 'That sounds exhausting'; wait announced with a reason (21 s) but never thanked; agent cuts in 0.7 s with a transfer that names the team and why; warm hand-off ends the call; no restatement; customer never named",
    labels=dict(greeting="pass", closing="na_or_fail", empathy="pass", paraphrase="fail", follow_up="na",
                personalization="na_or_fail", hold_etiquette="fail", transfer="pass",
                notes="The wait had a reason but no thanks afterwards, so it fails; the transfer says where and why, though it starts by cutting in on the customer."),
    turns=[
        ("A", "Hello, thank you for calling Riverside Homes, you're speaking with Tariq, how can I help?"),
        ("C", "Hi, the lift in our block has been out of order for five days now. I'm on the fourth floor with a baby and a pram, and I've been carrying the pram up and down the stairs every single day, and my back's killing me, and nobody from your side has even put a notice up."),
        ("A", "Mm-hmm.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Right.", {"at_start": 11.0, "tag": "bc"}),
        ("A", "That sounds exhausting, with a baby as well. What's the address?", {"gap": 0.4}),
        ("C", "Flat twelve, Cedar Court, Holloway Road."),
        ("A", "Thank you. One moment while I look at the repair log for Cedar Court."),
        ("A", "Okay, there's a job open from Thursday, but it's waiting for a part.", {"gap": 21.0, "tag": "hold"}),
        ("C", "Waiting for a part? For how long? Because nobody's told us anything, and there's an elderly man on the sixth floor who hasn't left his flat since Friday."),
        ("A", "I'm going to transfer you to our repairs team, because they manage the lift contractor and have the dates for the part.", {"at_end": 0.7, "tag": "intr"}),
        ("C", "Okay."),
        ("A", "I'll stay on the line while I hand you over."),
        ("A", "Hi, it's Tariq from the contact centre. I've got a resident from flat twelve, Cedar Court, the lift's been out five days waiting on a part, and there's a man on the sixth floor who can't get out. Over to you.", {"gap": 3.0}),
    ],
)


# ---------------------------------------------------------------------------
# README: who, when, make-up, label counts (computed), judgement calls.
# ---------------------------------------------------------------------------

JUDGEMENT_CALLS = [
    "A name after \"this is\" that is the company (\"this is Albion Broadband\", \"this is Quillpad\") is "
    "self-identification of the company, not the agent's name: those greetings fail (h7-04, h7-11). "
    "\"this is Sunway Travel, Nadia speaking\" (h7-22) passes because the agent's name follows.",
    "\"you've reached X\" / \"you're through to X\" is self-identification, not a salutation. h7-10 "
    "(\"Um, you've reached Severn Vale Water, this is, uh, Ravi\") has no salutation and fails; "
    "\"Morning\" (h7-24) counts as a salutation.",
    "ASR splits and truncations of the company (\"north gate\", \"vox tel\") count as naming it, and "
    "fillers inside greeting or closing phrases do not break them. \"this is this is ola\" (h7-27) is an "
    "ASR repetition and passes.",
    "ASR-mangled names: when the customer's name is transcribed one way and the agent's use of it "
    "another (\"shiv on\" / \"siobhan\", h7-03; \"gron ya\" / \"grainne\", h7-17), the agent used the "
    "name: pass. \"Sir\" is not the name (h7-16 fails).",
    "A policy or fee explanation that shares a word with the customer's complaint (\"the late payment "
    "fee is added whenever...\", h7-02; \"our damage fee is charged when...\", h7-18; \"the early exit "
    "fee applies if...\", h7-08) is not a paraphrase. Completion reports (\"I've booked an engineer\", "
    "\"ive added the missing interest\", \"I've updated your direct debit\") are not paraphrases either.",
    "Brief empathy counts: \"I'm sorry about that, let's get it sorted\", \"I understand, that's "
    "annoying\", and a late \"sorry again about the trouble\" (h7-23, the only empathy in that call). "
    "\"Understood\" and \"Okay, let me check\" (h7-11) are acknowledgement, not empathy.",
    "Empathy na: routine requests (reschedule for jury service h7-09, date change h7-12, council tax "
    "move h7-14, upgrade h7-21, meter reading h7-24, donation change h7-29) and h7-26, where a product "
    "is not available at the customer's postcode and the customer only says \"Oh.\".",
    "Follow-up: \"shortly\" (h7-22) and \"when it's ready\" (h7-28) do not say when, so those calls "
    "fail; \"They'll be in touch\" in answer to \"When?\" (h7-16) fails. \"I'll stay on the line\", "
    "\"I'll put you through\" and \"I'll transfer you\" are immediate actions, not commitments. "
    "Completed actions (\"I've frozen your membership from today\", \"I've refunded the whole order\") "
    "are not commitments; h7-20 has none (na).",
    "Hold: \"Bear with me\" with no reason before a 12.5 s silence, never thanked (h7-06) fails; "
    "\"One moment while I look at the repair log\" has a reason but nothing thanks the customer "
    "after the 21 s wait (h7-30), so it fails. Waits while the customer finds a number (h7-19, h7-27, "
    "h7-29) are na. \"hold on ill put you through\" (h7-14) and \"Hold on, I'll transfer you\" (h7-26) "
    "are transfers with no silence, not holds.",
    "Transfers: \"ill put you through to someone now\" (h7-21), \"hold on ill put you through\" (h7-14) "
    "and \"Hold on, I'll transfer you\" (h7-26) say neither where nor why and fail. Transfers that name "
    "the person or team and the reason (h7-07, h7-25, h7-30) pass. A call that ends in a transfer has "
    "closing na_or_fail.",
    "Negative language: a refusal whose alternative only comes in a later turn (h7-18) is negative in "
    "the refusing turn; \"We can't X, but what I can do is Y\" in one turn (h7-11) is not. \"No, you "
    "don't need to do anything\" (h7-23) answers a question and is not negative; a bare \"no\" "
    "to \"can you waive it\" (h7-08) is. \"I don't know if you've tried...\" (h7-16) is the polite form "
    "and is not negative; \"I don't know, it depends on the reading\" (h7-24) is.",
    "Optional negative language: \"you'll need to ...\" instructions (h7-12, h7-20), \"thats all we can "
    "do at this stage\" after an investigation has been opened (h7-19), and \"Unfortunately we don't "
    "cover that postcode yet\" (h7-26), a stated limit that is not in the rubric's list and offers no "
    "alternative.",
    "Interruptions: an agent start 0.55 s or more before the customer stops, not a backchannel, is an "
    "interruption (0.58 s h7-19, 0.6 s h7-01/h7-17/h7-28, 0.65 s h7-04, 0.7 s h7-11/h7-30); exactly "
    "0.5 s (h7-06, h7-21) sits on the threshold and is optional; 0.3-0.4 s overlaps (h7-11, h7-13) are "
    "not interruptions. A paraphrase or a transfer that cuts in is still an interruption. Customers "
    "cutting in on the agent (h7-04, h7-11, h7-15, h7-28) are not agent interruptions.",
]


def write_readme(built: list[tuple[dict, dict]], all_labels: dict) -> None:
    m = make_up(built)
    lines = [
        f"# holdout7: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session (an AI assistant started by the",
        "  project's main session), working only from `/work/shared/RUBRIC.md` (plus `docs/call-format.md`",
        "  for the file format and `tests/data/make_holdout6.py` for its turn builder, word timings and",
        "  self-checks). It did not read or run `nlp/`, `scorecards/`, `bench/`, `docs/detectors.md`,",
        "  `tests/nlp/`, the other `tests/data` sets' calls, `/work/shared/data/` or `/work/shared/eval/`,",
        "  and no detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout7", when="2026-12-01", mentions_asr_check=False)
    lines += [
        "## Make-up",
        "",
        f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} "
        "industries (banks, energy, water, broadband and TV, mobile, meal kits, shops, courier, airline, hotel,",
        "travel, insurance, health insurance, hospital, gym, council, car rental, garage, pensions, charity,",
        f"housing, food delivery). {m.n_word_timed} calls carry word timings with genuine overlaps (agent cut-ins of",
        "0.58-1.2 s, two on exactly 0.5 s, 0.3-0.4 s early starts, backchannels inside long customer turns,",
        f"customers cutting in on agents); {m.n_calls - m.n_word_timed} have utterance times only. {m.n_asr} calls are",
        "ASR-style (lower case, no punctuation, split or misheard words: \"north gate\", \"vox tel\",",
        "\"shiv on walsh\", \"gron ya byrne\", \"this is this is\", \"any think else\", \"anything els\").",
        "",
    ]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=12, n_asr=10)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h7",
                                  seed_base=700, max_utterances=40)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}, labels to {LABELS_PATH} and {README_PATH}")


if __name__ == "__main__":
    main()
