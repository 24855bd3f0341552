"""Write the holdout21 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout21.py

Writes tests/data/holdout21/<call_id>.json, tests/data/holdout21-labels.json and
tests/data/holdout21/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout21"
LABELS_PATH = HERE / "holdout21-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 12.5, "tag": "hold"}
W = {"gap": 11.2, "tag": "wait"}

# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

# ---------------------------------------------------------------------------
# 1-12: clean text with word timings and overlaps
# ---------------------------------------------------------------------------

call("h21-01-pet-insurance-surgery", industry="pet insurance", style=CLEAN, words=True,
     exercises="'Morning' salutation; vet bill worry; backchannel then agent cut-in; empathy; restatement; hold with reason and thanks; timed form and payment; customer and pet names used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "The agent asks for the policyholder's name 1.2 s before the customer finishes, an interruption; the 'Mm-hmm' earlier is a backchannel; both the emailed form and the payment carry times."),
     turns=[
        ("A", "Morning, you've reached Pawprint Pet Insurance, I'm Callum. What can I do for you?"),
        ("C", "Hi Callum. Our spaniel swallowed a sock on Saturday and had to have emergency surgery, the bill came to nearly two thousand pounds and I'm honestly panicking a bit about whether we're covered for it."),
        ("A", "Mm-hmm.", {"at_start": 2.4, "tag": "bc"}),
        ("A", "Right, and whose name is the policy in?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Oh, sorry, it's in mine, Fiona Achterberg."),
        ("A", "Thanks, Fiona. What a weekend, you must have been frightened for him."),
        ("C", "We really were. He's home now, he's called Biscuit."),
        ("A", "I'm glad Biscuit's on the mend. Let me make sure I've got this right: you want to claim for Biscuit's emergency operation on Saturday, and you'd like to know whether the whole bill is covered."),
        ("C", "Yes, that's exactly it."),
        ("A", "Would you mind holding for a couple of minutes? I'd like to read through your vet fee limits properly before I answer."),
        ("C", "No, go ahead."),
        ("A", "Thank you for bearing with me, Fiona.", H),
        ("A", "Your limit is four thousand a year, so the operation is covered apart from the ninety-nine pound excess."),
        ("C", "Oh, that's such a relief."),
        ("A", "I'll email you the claim form in the next ten minutes, and once the vet returns it, the payment goes out within five working days."),
        ("C", "Brilliant, thank you."),
        ("A", "Anything further I can sort out while you're on the line?"),
        ("C", "No, that's everything."),
        ("A", "Lovely. Give Biscuit a cuddle from us. Bye for now, Fiona."),
     ])

call("h21-02-parcel-locker-jammed", industry="parcel lockers", style=CLEAN, words=True,
     exercises="greeting without an offer of help; two agent cut-ins; 'not my department'; 'you have to' demand; frustration ignored; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "na_or_fail", "na", "na", "'You have to email the site team yourself' is a demand with nothing offered; the agent never commits to doing anything, so follow-up is na; the call just stops on 'Okay.'"),
     turns=[
        ("A", "Hello, LockBox Parcel Lockers, Dev speaking."),
        ("C", "Hi, I've got a code for locker fourteen at the supermarket on Mill Road, I've typed it in four times now and the door just won't open, and I've come out on my lunch break specially for this."),
        ("A", "What's the code?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "It's five five two nine zero one."),
        ("A", "That code's expired."),
        ("C", "It can't have, the email says I've got until six o'clock tonight and it's only just gone one, so I really don't see how it could possibly have run out already."),
        ("A", "The system says expired.", {"at_end": 1.0, "tag": "intr"}),
        ("C", "So what am I meant to do, leave my parcel sitting in there?"),
        ("A", "The lockers themselves are looked after by the site team, that's not my department.", {"tag": "neg"}),
        ("C", "Well, who am I supposed to call then?"),
        ("A", "You have to email the site team yourself.", {"tag": "neg"}),
        ("C", "Unbelievable. Fine."),
        ("A", "Okay."),
     ])

call("h21-03-solar-inverter-fault", industry="solar panels", style=CLEAN, words=True,
     exercises="full greeting; lost generation; only generic 'sorry, could you repeat'; agent starts 0.3 s early (not an interruption); customer cuts in on agent; restatement; untimed engineer; offer-only close",
     labels=L("pass", "fail_or_pass", "fail", "pass", "fail", "pass", "na", "na", "'Sorry, could you repeat the postcode' is generic politeness, so the lost-money complaint is never acknowledged; the engineer visit has no time even though the text reference does; the close offers help but neither thanks nor says goodbye."),
     turns=[
        ("A", "Good afternoon, Helios Home Solar, Rhiannon speaking, how can I help today?"),
        ("C", "Hello, the inverter in my loft has had a red light on for two weeks and the app says we've generated nothing at all, in the sunniest fortnight of the year, so we've been paying for electricity we should've been making."),
        ("A", "Can I take the postcode for the installation?", {"at_end": 0.3}),
        ("C", "CF14 3RW."),
        ("A", "Sorry, could you repeat the postcode? The line broke up."),
        ("C", "CF14 3RW. And it's Owen Pritchard."),
        ("A", "Thanks, Mr Pritchard. So the inverter's showing a fault light, the panels haven't produced anything for a fortnight, and you need someone to get it working again."),
        ("C", "That's it. And who pays for the power we've lost?", {"at_end": 0.5}),
        ("A", "The fault code points to the inverter board."),
        ("C", "Right."),
        ("A", "I'll book one of our engineers to come out and replace the board, and they'll ring you beforehand."),
        ("C", "When, though?"),
        ("A", "The scheduling team sets the dates. I'll text you the fault reference straight after this call."),
        ("C", "Okay."),
        ("A", "Is there anything else today?"),
        ("C", "No."),
     ])

call("h21-04-payroll-failed-warm-transfer", industry="payroll software support", style=CLEAN, words=True,
     exercises="full greeting; unpaid staff worry; backchannel; empathy; restatement; hold with reason and thanks; warm transfer naming person, team and reason; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "pass", "pass", "Warm transfer: the agent names Priya on the payments team and says why (the file has to be rebuilt there); 'she's expecting you' and the transfer itself are not later commitments, so follow-up is na."),
     turns=[
        ("A", "Hi, thanks for calling Ledgerline Payroll support, you're talking to Amara. How can I help?"),
        ("C", "Hi, our payroll run this morning has been rejected and none of our twenty staff have been paid, I've already got people messaging me asking where their wages are and I'm really worried about it."),
        ("A", "I see.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Oh, that's a horrible position to be in, I'm sorry. Can I take your name and the company ID?"),
        ("C", "Gideon Marsh, company ID four four eight one seven."),
        ("A", "Thanks, Gideon. So this morning's payroll submission bounced, nobody's been paid, and you need the money to reach your staff today."),
        ("C", "Yes, that's it."),
        ("A", "I can see a bank file error. Can I put you on hold for a moment while I check with our payments team whether they can resubmit it?"),
        ("C", "Sure."),
        ("A", "Thanks for holding, Gideon. This needs our payments specialists, because the file has to be rebuilt on their side.", H),
        ("C", "Okay."),
        ("A", "I'm going to transfer you to Priya on the payments team. She's expecting you and has the error details, so you won't need to explain it all again."),
        ("C", "Great, thank you."),
        ("A", "Putting you through now."),
     ])

call("h21-05-university-course-change", industry="university admissions", style=CLEAN, words=True,
     exercises="full greeting; routine course change; two backchannels; restatement; 'you'll need to' instruction (optional); timed promises; name given but never used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "fail", "na", "na", "A routine request, so empathy is na; 'you'll need to fill in a course change form' is a neutral instruction, listed as optional; the student's name is given but the agent never uses it."),
     turns=[
        ("A", "Good morning, Admissions Office at Northgate University, my name is Tomasz, how may I help?"),
        ("C", "Hi, I've accepted an offer to study History starting in September, but I've been reading about the joint course with Politics and I think that's really what I want to do, so I'm wondering if it's possible to switch before I enrol."),
        ("A", "Uh-huh.", {"at_start": 2.0, "tag": "bc"}),
        ("A", "Right.", {"at_start": 6.5, "tag": "bc"}),
        ("A", "Can I take your name and applicant number?"),
        ("C", "It's Elif Kaya, applicant number two two zero four nine one."),
        ("A", "Thank you. So you've accepted a place on single honours History, and you'd like to move to joint History and Politics before you enrol in September."),
        ("C", "Yes, exactly."),
        ("A", "That's usually possible if there's space. You'll need to fill in a course change form on the applicant portal.", {"tag": "neg_opt"}),
        ("C", "Okay, I can do that tonight."),
        ("A", "Once it's in, I'll pass it to the Politics department today, and you'll get their decision by email within ten working days."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's everything, thanks."),
        ("A", "Thanks for calling, goodbye."),
     ])

call("h21-06-ev-charger-overcharge", industry="EV charging network", style=CLEAN, words=True,
     exercises="full greeting; wrong charge; empathy; polite 'I don't know if you've tried'; borderline overlap (optional); restatement; timed refund; past action not a commitment; name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'I don't know if you've tried the receipts tab' is the polite question form, not negative; 'Yeah, I can see that session' overlaps the customer by over a second but is short and does not take the floor, so it is optional; 'I've reported the charger' is done, not promised."),
     turns=[
        ("A", "Hello, thank you for calling VoltPoint Charging, I'm Bea, how can I help you?"),
        ("C", "Hi, I plugged in at the Hexham services last night, the charger stopped after about five minutes, and I've been charged thirty-eight pounds for it."),
        ("A", "Oh no, that's really annoying, especially when you're relying on it to get home. Could I take your name?"),
        ("C", "Hamid Zahedi."),
        ("A", "Thanks, Hamid. I don't know if you've tried the receipts tab in the app? It shows the energy for each session."),
        ("C", "I have, and it says sixty-two kilowatt hours, which is impossible because my battery only holds fifty, and it was already half full when I arrived at the services."),
        ("A", "Yeah, I can see that session.", {"at_end": 1.3, "tag": "intr_opt"}),
        ("A", "So you were billed for a full charge on a session that cut out after five minutes, and you'd like the difference back."),
        ("C", "That's right."),
        ("A", "I've refunded thirty-three pounds, and it'll be back on your card in three to five working days. I've also reported that charger to our engineers."),
        ("C", "Thanks, that's great."),
        ("A", "Anything else I can help with today, Hamid?"),
        ("C", "No, that's it."),
        ("A", "Take care then, bye."),
     ])

call("h21-07-opticians-snapped-frames", industry="opticians", style=CLEAN, words=True,
     exercises="greeting without the agent's name; broken glasses; empathy; customer cuts in on agent; customer-caused silence; 'can't ... but what we can do'; restatement; timed collection; title and surname used",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na", "The opening has salutation, company and offer but no agent name; the long silence is the customer looking for a letter (na); 'we can't repair that frame, but what we can do is' carries an alternative, so it is not negative."),
     turns=[
        ("A", "Good afternoon, Clearview Opticians, how can I help?"),
        ("C", "Hi, my son sat on my glasses this morning and the frame's snapped right in the middle, and I can't see well enough to drive without them."),
        ("A", "Oh dear, that's a nightmare when you rely on them every day. Can I take your name?"),
        ("C", "It's Mrs Okafor, Grace Okafor."),
        ("A", "Thanks, Mrs Okafor. Do you have your prescription to hand, or did you have your eyes tested with us?", ),
        ("C", "I've got it somewhere.", {"at_end": 0.6}),
        ("C", "Hang on, let me find the letter."),
        ("C", "Got it, it's from March this year.", W),
        ("A", "Perfect. So the frames have snapped at the bridge, and you'd like a new pair made up on your current prescription as quickly as possible."),
        ("C", "Yes please, today if you can."),
        ("A", "We can't repair that frame, I'm afraid, but what we can do is put new lenses into one of our same-day frames."),
        ("C", "That would be great."),
        ("A", "Your new pair will be ready to collect tomorrow after two o'clock."),
        ("C", "Lovely, thank you."),
        ("A", "Is there anything else I can do for you?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, Mrs Okafor, see you tomorrow."),
     ])

call("h21-08-airport-parking-extend", industry="airport parking", style=CLEAN, words=True,
     exercises="full greeting; routine date change; backchannel; only a detail read back; 'you have to' demand; hold announced without thanks; untimed email; name used",
     labels=L("pass", "pass", "na", "fail", "fail", "pass", "fail", "na", "'The sixteenth?' repeats one detail, not the request; 'You have to pay the price difference' is a demand; the hold is announced with a reason but the agent never thanks the customer for waiting; the emailed confirmation has no time."),
     turns=[
        ("A", "Hi, SkyPark Airport Parking, my name's Leon, what can I do for you?"),
        ("C", "Hello, I've decided to stay out in Lisbon a couple of extra days, so I'd like to change the pick-up date on my parking from the fourteenth to the sixteenth if there's room."),
        ("A", "Okay.", {"at_start": 2.8, "tag": "bc"}),
        ("A", "What's the booking reference?"),
        ("C", "SP four zero seven seven one two, surname Lindqvist."),
        ("A", "The sixteenth?"),
        ("C", "Yes, the sixteenth."),
        ("A", "You have to pay the price difference before I can change anything.", {"tag": "neg"}),
        ("C", "Fine, how much is it?"),
        ("A", "Let me look at availability for those dates."),
        ("A", "Right, the sixteenth is free, it's twelve pounds extra, Mr Lindqvist.", H),
        ("C", "Okay, put it on the same card."),
        ("A", "That's done. You'll get an updated confirmation by email."),
        ("C", "Thanks."),
        ("A", "Anything else?"),
        ("C", "No, that's it."),
        ("A", "Bye then."),
     ])

call("h21-09-breakdown-hard-shoulder", industry="breakdown recovery", style=CLEAN, words=True,
     exercises="'RoadRescue, hello' greeting; stranded with children; agent cut-in for safety; empathy; restatement; hold with reason and thanks; timed patrol and text; name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "The safety question cuts in while the customer is still talking, which the rubric counts as an interruption whatever the motive; 'within forty-five minutes' and 'in the next few minutes' are both time frames."),
     turns=[
        ("A", "RoadRescue, hello, this is Shanice, how can I help?"),
        ("C", "Hi, my car's just lost all power on the motorway, I've managed to get onto the hard shoulder but I've got my two kids in the back and lorries are flying past and I'm really scared."),
        ("A", "Are you all out of the car and behind the barrier?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "Yes, we're standing on the grass now."),
        ("A", "Good, you're doing exactly the right thing. I know this is frightening. Can I take your name and where you are?"),
        ("C", "Craig Dunmore. M6 northbound, just past junction fifteen."),
        ("A", "Thank you, Craig. So your car has lost power on the M6 northbound past junction fifteen, with you and two children, and you need recovery."),
        ("C", "Yes, please."),
        ("A", "Could you bear with me for a moment while I find the nearest patrol?"),
        ("C", "Okay."),
        ("A", "Thanks for waiting, Craig.", H),
        ("A", "A patrol is on the way and will be with you within forty-five minutes, and I'll text you the driver's details in the next few minutes."),
        ("C", "Thank you so much."),
        ("A", "Is there anything else you need from me right now?"),
        ("C", "No, just for them to get here."),
        ("A", "They're coming. Stay safe, Craig, goodbye."),
     ])

call("h21-10-theatre-show-cancelled", industry="theatre box office", style=CLEAN, words=True,
     exercises="greeting without an offer; angry customer; 'calm down'; agent cut-in; late empathy; restatement; policy refusal; timed refund; offer-only close",
     labels=L("fail", "fail_or_pass", "pass", "pass", "pass", "pass", "na", "na", "Empathy comes late but does come after the complaint; 'we don't cover travel costs, that's policy' refuses with no alternative; the close is only 'Anything else?' before the customer hangs up."),
     turns=[
        ("A", "Good evening, thank you for calling the Lyric Box Office, my name is Hugo."),
        ("C", "Yes, hello, I've driven two hours with my family to see tonight's show and there's a sign on the door saying it's cancelled, nobody told us anything, this is absolutely ridiculous."),
        ("A", "Calm down, please, I can only help if you let me look.", {"tag": "neg"}),
        ("C", "Don't tell me to calm down, we've paid for four tickets and parking and a meal and now the kids are in tears in the car park and nobody from your theatre has even bothered to come outside."),
        ("A", "I need the booking number.", {"at_end": 1.6, "tag": "intr"}),
        ("C", "It's L eight eight two three one, the name's Barnaby Cole."),
        ("A", "The cancellation went up on our website at noon."),
        ("C", "I don't check your website every hour!"),
        ("A", "I'm sorry, Mr Cole, a wasted journey with the children is rotten luck."),
        ("A", "So you'd like a full refund for the four tickets, and something towards your travel."),
        ("C", "Yes."),
        ("A", "We don't cover travel costs, that's policy.", {"tag": "neg"}),
        ("C", "Typical."),
        ("A", "The ticket refund will go back to your card within seven days."),
        ("C", "Fine."),
        ("A", "Anything else?"),
        ("C", "No."),
     ])

call("h21-11-letting-agency-boiler", industry="letting agency", style=CLEAN, words=True,
     exercises="full greeting; no hot water with a baby; backchannel; empathy; detail-only read-backs; name spelled but never used; unannounced silence; untimed promises; full close",
     labels=L("pass", "pass", "pass", "fail", "fail", "fail", "fail", "na", "'Is that Ferreira with two Rs?' checks the spelling and does not address the customer; 'The combi boiler?' and 'Flat four?' are single details; the 12 s silence was never announced and 'sorry about that' is not a thank-you."),
     turns=[
        ("A", "Hello, you're through to Keyhaven Lettings, my name's Maisie, how can I help?"),
        ("C", "Hi, I rent flat four at Dockside House and the boiler's been broken since Saturday, so that's three days with no hot water and no heating, and I've got a six-month-old baby, I'm at the end of my tether."),
        ("A", "Mm-hmm.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Oh, three days with a baby and no hot water, that must be so hard."),
        ("C", "It is. I emailed on Saturday and heard nothing."),
        ("A", "Flat four?"),
        ("C", "Yes. I'm Jonas Ferreira."),
        ("A", "Is that Ferreira with two Rs?"),
        ("C", "Yes, that's right."),
        ("A", "The combi boiler?"),
        ("C", "Yes, the one in the kitchen cupboard."),
        ("A", "Sorry about that, right, I've found the landlord's details.", H),
        ("A", "I'll get a plumber out to you, and I'll chase the landlord about the email."),
        ("C", "Okay, thanks."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling."),
     ])

call("h21-12-web-hosting-cold-transfer", industry="web hosting", style=CLEAN, words=True,
     exercises="greeting without the agent's name; site down and losing orders; agent starts 0.3 s early (not an interruption); 'I don't know'; cold transfer; no name given",
     labels=L("fail", "na_or_fail", "fail", "fail", "na", "na_or_fail", "na", "fail", "The transfer says neither where nor why ('I'll put you through'); it happens now, so there is no later commitment; 'I don't know much about DNS' is the refusal form, not the polite question."),
     turns=[
        ("A", "Thanks for calling Nimbus Hosting, how can I help?"),
        ("C", "Hi, my shop's website has been down since about seven this morning, and it's the week before Christmas so I'm losing orders every hour it's off."),
        ("A", "What's the domain?", {"at_end": 0.3}),
        ("C", "It's bramblecandles.co.uk."),
        ("A", "The server's running fine on our side. It looks like a DNS thing."),
        ("C", "What does that mean? Can you fix it?"),
        ("A", "I don't know much about DNS, I'm on billing.", {"tag": "neg"}),
        ("C", "So who does?"),
        ("A", "Someone else."),
        ("C", "Can you get me to them, then?"),
        ("A", "Yep. Hold on, I'll put you through."),
        ("C", "Okay."),
     ])

# ---------------------------------------------------------------------------
# 13-24: ASR-style text, no word timings
# ---------------------------------------------------------------------------

call("h21-13-asr-meal-kit-missing-item", industry="meal kit subscription", style=ASR, words=False,
     exercises="full greeting; missing ingredient; 'oh no sorry about that'; restatement; timed credit; 'doesn't expire' is not negative; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "The credit is tied to 'your next box on thursday', a time; 'it doesn't expire' answers a question and is not a refusal."),
     turns=[
        ("A", "hi there you're through to greenfork meal kits my name is jess how can i help"),
        ("C", "hi um yeah my box came yesterday and the chicken was missing so i couldn't make two of the meals which was pretty annoying"),
        ("A", "oh no sorry about that that's really annoying when you've planned your week around it"),
        ("A", "can i take your name and postcode"),
        ("C", "it's uh tanvir ahmed t n four one r d"),
        ("A", "thanks tanvir so your box turned up without the chicken and you'd like to be refunded for those two meals"),
        ("C", "yeah or a credit is fine"),
        ("A", "i've added a credit of eleven pounds and it'll come off your next box on thursday"),
        ("C", "um how long does a credit last"),
        ("A", "it doesn't expire it just sits on the account until it's used"),
        ("C", "okay cool"),
        ("A", "is there anything else i can help you with tanvir"),
        ("C", "no that's it thanks"),
        ("A", "cheers tanvir have a good evening bye"),
     ])

call("h21-14-asr-housing-mould", industry="housing association repairs", style=ASR, words=False,
     exercises="greeting without the agent's name; mould and a child's asthma; worry ignored; restatement; untimed surveyor and call; name never used; 'anything else' plus 'bye'",
     labels=L("fail", "pass", "fail", "pass", "fail", "fail", "na", "na", "The mother's worry about her son's asthma is never acknowledged; 'we'll send a surveyor out' and 'they'll ring you to arrange it' have no time; 'anything else' and 'okay bye' together make a closing."),
     turns=[
        ("A", "good morning riverside homes repairs line how can i help"),
        ("C", "hi um there's black mould all up my son's bedroom wall and he's got asthma and he's been coughing at night i'm really worried about him"),
        ("A", "okay what's the address"),
        ("C", "flat nine harlow court"),
        ("A", "and your name"),
        ("C", "it's dionne clarke"),
        ("A", "right so there's mould in the bedroom and you want someone to come out and look at it"),
        ("C", "yeah and i rang about it back in march as well"),
        ("A", "there's nothing on here from march"),
        ("C", "well i did ring"),
        ("A", "we'll send a surveyor out"),
        ("C", "when"),
        ("A", "they'll ring you to arrange it"),
        ("C", "fine"),
        ("A", "anything else"),
        ("C", "no"),
        ("A", "okay bye"),
     ])

call("h21-15-asr-driving-test-move", industry="driving test bookings", style=ASR, words=False,
     exercises="full greeting with 'welcome'; routine rebooking; 'no problem'; restatement; timed email; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "Moving a test for a holiday is a routine request with no complaint, so empathy is na; 'no problem' is not negative."),
     turns=[
        ("A", "hello welcome to the roadskills test centre this is arjun how can i help you today"),
        ("C", "hi yeah i'd like to move my driving test um it's on the twelfth and i'm gonna be away that week"),
        ("A", "no problem can i have your name and licence number"),
        ("C", "sure it's morgan evans and the licence is e v a n s nine nine zero three"),
        ("A", "thanks morgan so you'd like to move your test from the twelfth to a date after you're back"),
        ("C", "yeah the week after if you can"),
        ("A", "i've got the twentieth at ten forty or the twenty second at two"),
        ("C", "the twentieth please"),
        ("A", "done you'll get a confirmation email within the hour"),
        ("C", "great"),
        ("A", "anything else i can do for you today"),
        ("C", "nope that's it"),
        ("A", "thanks for calling morgan good luck on the day bye"),
     ])

call("h21-16-asr-ferry-sailing-cancelled", industry="ferry operator", style=ASR, words=False,
     exercises="full greeting; weather cancellation before a wedding; empathy; factual 'no' followed by help; restatement; transfer with team and reason; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "'no there's no charge' answers a question and is not a refusal; the transfer names the disruption team and why; what that team can do is a description, not a commitment."),
     turns=[
        ("A", "good afternoon northsea ferries my name is kirsty how can i help"),
        ("C", "hiya um our sailing tonight's been cancelled because of the weather and we've got a wedding in amsterdam on saturday so we're a bit panicked"),
        ("A", "oh that's stressful i'm sorry to hear that with a wedding to get to"),
        ("A", "can i take your booking reference and the lead name"),
        ("C", "it's n s four four two one and it's callum reid"),
        ("A", "thank you callum so you need to get across before saturday now that tonight's sailing is off"),
        ("C", "yeah exactly"),
        ("C", "will we get charged for changing it"),
        ("A", "no there's no charge when we've cancelled the sailing ourselves"),
        ("C", "oh that's good"),
        ("A", "moving you onto another route is done by our travel disruption team so i'm going to transfer you to them now and they can look at tomorrow morning's sailing from hull"),
        ("C", "okay thanks"),
        ("A", "stay on the line for me please"),
     ])

call("h21-17-asr-pension-transfer-stalled", industry="pension provider", style=ASR, words=False,
     exercises="full greeting; frustration ignored; 'i don't know'; bare refusal; 'you'd need to' (optional); no paraphrase; name never used; offer-only close",
     labels=L("pass", "fail_or_pass", "fail", "fail", "na", "fail", "na", "na", "'i don't know they haven't replied' and 'no we can't chase them' refuse with nothing offered; 'you'd need to contact them yourself' reads as an instruction and is optional; the call ends on 'anything else' and 'no'."),
     turns=[
        ("A", "hello brightwater pensions this is gemma speaking how can i help"),
        ("C", "hi um i'm trying to move my old workplace pension over to you it's been three months and nothing's happened and honestly i'm getting fed up"),
        ("A", "what's your name and date of birth"),
        ("C", "raymond oduya fourth of june nineteen sixty eight"),
        ("A", "okay the transfer's been requested from your old provider"),
        ("C", "so why's it taking so long"),
        ("A", "i don't know they haven't replied", {"tag": "neg"}),
        ("C", "can you chase them then"),
        ("A", "no we can't chase them", {"tag": "neg"}),
        ("C", "so what am i supposed to do"),
        ("A", "you'd need to contact them yourself and ask them to send the paperwork", {"tag": "neg_opt"}),
        ("C", "right"),
        ("A", "anything else"),
        ("C", "no"),
     ])

call("h21-18-asr-washing-machine-leak", industry="appliance repair warranty", style=ASR, words=False,
     exercises="full greeting; leaking machine; 'oh no'; restatement; hold with reason and thanks; timed visit and call; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "'the engineer will call you thirty minutes before they arrive' is tied to the booked morning, so it has a time."),
     turns=[
        ("A", "morning thanks for calling homecare appliance repairs you're through to faisal what can i do for you"),
        ("C", "hi um my washing machine's leaking all over the kitchen floor every time it goes on and it's still under your warranty"),
        ("A", "oh no what a mess"),
        ("A", "can i grab your name and the postcode"),
        ("C", "yeah it's sophie marchetti b s five eight q w"),
        ("A", "thanks sophie so the machine's leaking on every wash and you'd like an engineer out under the warranty"),
        ("C", "yes please"),
        ("A", "can i pop you on hold for a minute while i check the engineer diary"),
        ("C", "sure"),
        ("A", "thanks for holding sophie the earliest i've got is thursday the ninth in the morning", H),
        ("C", "that's fine"),
        ("A", "lovely the engineer will call you thirty minutes before they arrive on the day"),
        ("A", "anything else i can help with"),
        ("C", "no that's it"),
        ("A", "thanks sophie bye"),
     ])

call("h21-19-asr-food-delivery-wrong-dish", industry="food delivery app", style=ASR, words=False,
     exercises="greeting without an offer of help; wrong order for a vegan; empathy; restatement; one timed and one untimed promise; no name given; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "na_or_fail", "na", "na", "The refund has a time but 'i'll flag it with the restaurant' has none, so follow-up fails; the customer never gives a name."),
     turns=[
        ("A", "hey this is dashbite support you're speaking to nico"),
        ("C", "hi um i ordered a vegan curry and got a chicken one and i'm vegan so i couldn't eat any of it and now i'm starving and honestly pretty annoyed"),
        ("A", "oh no i'm really sorry that's not okay at all"),
        ("A", "what's the order number"),
        ("C", "it's uh d b seven seven one two"),
        ("A", "so you got the wrong dish and it wasn't something you could eat and you'd like your money back"),
        ("C", "yeah"),
        ("A", "i've refunded the whole order and it'll show on your card within three to five days"),
        ("A", "and i'll flag it with the restaurant"),
        ("C", "okay thanks"),
        ("A", "is there anything else"),
        ("C", "no"),
        ("A", "enjoy the rest of your evening bye"),
     ])

call("h21-20-asr-storage-unit-payment", industry="self storage", style=ASR, words=False,
     exercises="greeting without the agent's name; routine payment; no restatement; customer-caused silence; timed receipt; name used; full close",
     labels=L("fail", "pass", "na", "fail", "pass", "pass", "na", "na", "The silence is the customer fetching a card (na); stating the amount is not a restatement of the request; 'in a few minutes' is a time frame."),
     turns=[
        ("A", "hello boxwise self storage how can i help you"),
        ("C", "hi i just want to pay next month's rent on unit forty two"),
        ("A", "sure can i take your name"),
        ("C", "it's helen brook"),
        ("A", "thanks helen um that's eighty five pounds for next month"),
        ("C", "okay can i pay by card now"),
        ("A", "yep go ahead with the long number whenever you're ready"),
        ("C", "hold on it's in my other bag"),
        ("C", "okay sorry it's four nine two nine and the rest of it is on the back", W),
        ("A", "no rush go ahead"),
        ("C", "uh that's all of it and the expiry is oh nine twenty eight"),
        ("A", "that's gone through you'll get a receipt by email in a few minutes"),
        ("A", "anything else helen"),
        ("C", "no that's all"),
        ("A", "thanks bye"),
     ])

call("h21-21-asr-nursery-closure-fees", industry="childcare nursery", style=ASR, words=False,
     exercises="full greeting; disputed fees; policy refusal; 'i understand you're upset'; alternative later; restatement; untimed form; thanks-only close; name used",
     labels=L("pass", "fail_or_pass", "pass", "pass", "fail", "pass", "na", "na", "'it's our policy we don't refund closure weeks' refuses; the payment plan comes two turns later, after the customer objects, so the refusal stays negative; 'i understand you're upset' acknowledges the feeling, counted as empathy; the close only thanks."),
     turns=[
        ("A", "good morning little acorns nursery you're speaking to bev how can i help"),
        ("C", "hi um i've been charged for two weeks in august when the nursery was closed and that's like three hundred pounds i'm quite upset about it"),
        ("A", "right can i have your child's name"),
        ("C", "it's ava and i'm her mum chloe hartley"),
        ("A", "okay yes the fees are spread over fifty one weeks"),
        ("C", "but you were shut"),
        ("A", "it's our policy we don't refund closure weeks", {"tag": "neg"}),
        ("C", "that's not fair though"),
        ("A", "i understand you're upset chloe"),
        ("A", "so just to check you're unhappy about paying for the august closure and you'd rather not pay for weeks when we're shut"),
        ("C", "yeah"),
        ("A", "what i can do is move you onto the monthly payment plan so it's spread out more evenly"),
        ("C", "i suppose that helps"),
        ("A", "i'll send you the payment plan form"),
        ("C", "okay"),
        ("A", "thanks for calling chloe bye"),
     ])

call("h21-22-asr-bike-hire-charge", industry="bike hire scheme", style=ASR, words=False,
     exercises="full greeting; wrong charge; 'ah sorry to hear that'; restatement; 'one sec' silence without reason or thanks; timed refund; name never used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "fail", "fail", "na", "'one sec' announces the silence but gives no reason, and nobody thanks the customer afterwards, so hold fails; the customer's name is given and never used."),
     turns=[
        ("A", "hi thanks for calling citycycle hire my name's ollie how can i help"),
        ("C", "hi um i've been charged a hundred and fifty pounds for not returning a bike but i did return it i docked it at the station by the canal"),
        ("A", "ah sorry to hear that"),
        ("A", "what's the name on the account"),
        ("C", "priya nandakumar"),
        ("A", "so you docked the bike at canal street but you've been charged as though you never brought it back"),
        ("C", "yes exactly"),
        ("A", "one sec"),
        ("A", "right yeah i can see the dock didn't register it", H),
        ("A", "i've reversed the charge and it'll be back on your card in five working days"),
        ("C", "oh good"),
        ("A", "anything else i can do"),
        ("C", "no that's it"),
        ("A", "cheers bye"),
     ])

call("h21-23-asr-removals-quote", industry="removals company", style=ASR, words=False,
     exercises="full greeting; routine quote; 'no worries'; no restatement; timed written quote; name given but not used; thanks-only close",
     labels=L("pass", "fail_or_pass", "na", "fail", "pass", "fail", "na", "na", "A quote request is routine (empathy na); the agent asks questions but never restates the request; 'by the end of today' is a time; the close thanks without offering more help."),
     turns=[
        ("A", "hello movewell removals darren speaking what can i do for you"),
        ("C", "hi yeah i'm moving from a two bed flat in leeds to york next month and wanted a quote"),
        ("A", "no worries what date are you thinking"),
        ("C", "the fourteenth"),
        ("A", "and do you need packing as well or just the move"),
        ("C", "just the move"),
        ("A", "okay for a two bed leeds to york you're looking at about six hundred and fifty pounds"),
        ("C", "that sounds alright"),
        ("A", "i'll email you a written quote by the end of today what name's it under"),
        ("C", "josh bell b e l l"),
        ("A", "and the email"),
        ("C", "josh bell at mailbox dot com"),
        ("A", "lovely thanks for calling"),
     ])

call("h21-24-asr-hearing-aid-batteries", industry="hearing care clinic", style=ASR, words=False,
     exercises="full greeting; routine re-order; early restatement; 'posted out second class' with no time; no name; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "na_or_fail", "na", "na", "'they'll be posted out second class' names a postage speed, not a time expression, so follow-up fails; only an address is taken, never a name."),
     turns=[
        ("A", "good afternoon soundcare hearing this is pat how may i help"),
        ("C", "hi um i need some more batteries for my hearing aids the size thirteen ones"),
        ("A", "of course so you'd like a fresh supply of size thirteen batteries sent out to you"),
        ("C", "yes please the usual four packs"),
        ("A", "can i take the postcode"),
        ("C", "l e two five t g"),
        ("A", "and the first line of the address"),
        ("C", "seven orchard way"),
        ("A", "lovely they'll be posted out second class"),
        ("C", "thank you dear"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's all"),
        ("A", "thank you for calling take care"),
     ])

# ---------------------------------------------------------------------------
# 25-36: clean text, no word timings
# ---------------------------------------------------------------------------

call("h21-25-coach-left-suitcase", industry="coach travel", style=CLEAN, words=False,
     exercises="full greeting; suitcase with medication left on a coach; empathy; restatement; hold with reason and thanks; one timed and one untimed promise; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na", "'They'll keep it for you until Friday' has a time but 'I'll send you the collection reference by text' does not, so follow-up fails."),
     turns=[
        ("A", "Good morning, Arrowline Coaches customer service, Benedict speaking, how can I help you?"),
        ("C", "Hi, I left my suitcase on the Bristol to London coach yesterday afternoon, and my tablets are in it, so I'm quite worried."),
        ("A", "I'm sorry, that's really worrying, especially with your medication inside. Can I take your name?"),
        ("C", "Lucia Moreno."),
        ("A", "Thank you, Lucia. So your suitcase stayed on yesterday's ten past two coach from Bristol to Victoria, and you need it back quickly because of the medication."),
        ("C", "Yes, exactly."),
        ("A", "Would you be okay to hold for a minute while I ring the Victoria depot?"),
        ("C", "Of course."),
        ("A", "Thank you for holding, Lucia. Good news, the depot has it.", H),
        ("C", "Oh, thank goodness."),
        ("A", "It's at the Victoria lost property desk, and they'll keep it for you until Friday."),
        ("A", "I'll send you the collection reference by text."),
        ("C", "Great, thank you."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's perfect."),
        ("A", "Safe travels, Lucia, goodbye."),
     ])

call("h21-26-event-tickets-not-arrived", industry="event ticketing", style=CLEAN, words=False,
     exercises="full greeting; worry about missing tickets met with reassurance only; factual 'no' with help; no restatement; untimed email; name used; full close",
     labels=L("pass", "pass", "fail", "fail", "fail", "pass", "na", "na", "The customer says they were worried; 'No, nothing's lost' reassures but does not acknowledge the worry, so empathy fails; 'you'll get an email when they're released' ties it to an event, not a time."),
     turns=[
        ("A", "Hello, TicketNest, you're speaking with Odile, how can I help?"),
        ("C", "Hi, I bought tickets for the concert at the arena on Saturday and they still haven't come through."),
        ("A", "Let me have a look. What's the order number?"),
        ("C", "TN 5567, and the name is Rashid Karimi."),
        ("A", "Thanks, Rashid. These are mobile tickets, so they're held back until shortly before the show."),
        ("C", "Oh, I didn't know that. I was really worried they'd gone missing."),
        ("A", "No, nothing's lost, they're all there on your account."),
        ("C", "Okay. How will I know when they're ready?"),
        ("A", "You'll get an email when they're released."),
        ("C", "Alright."),
        ("A", "Anything else I can help with, Rashid?"),
        ("C", "No, that's fine."),
        ("A", "Enjoy the show, bye."),
     ])

call("h21-27-thermostat-cold-transfer", industry="smart heating support", style=CLEAN, words=False,
     exercises="greeting without an offer; heating off for an elderly mother; 'there's nothing I can do'; 'that's not my job'; cold transfer; name never used; ends in transfer",
     labels=L("fail", "na_or_fail", "fail", "fail", "na", "fail", "na", "fail", "Two negatives with no alternative; 'I'm transferring you' says neither where nor why, so transfer fails; 'hold the line' is part of the transfer, not a hold, and no silence follows."),
     turns=[
        ("A", "Hi, Thermiq smart heating support, this is Liam."),
        ("C", "Hello, my mother's thermostat went offline after last night's update and her heating's off, she's eighty-four and the house is freezing."),
        ("A", "Have you restarted the hub?"),
        ("C", "Yes, three times."),
        ("A", "If it's the update, there's nothing I can do from here.", {"tag": "neg"}),
        ("C", "So who can help? It's Ann Gallagher, by the way, it's my account."),
        ("A", "That's not my job.", {"tag": "neg"}),
        ("C", "Then whose job is it?"),
        ("A", "Hold the line, I'm transferring you."),
        ("C", "To who?"),
        ("A", "You're going through now."),
        ("C", "Fine."),
     ])

call("h21-28-language-school-enrolment", industry="language school", style=CLEAN, words=False,
     exercises="full greeting; routine enrolment; restatement; factual 'no' answering a question; timed email; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "'No, you don't need a placement test' answers a question and is followed by help, so it is not negative."),
     turns=[
        ("A", "Good evening, welcome to Casa Lingua language school, I'm Marta, how can I help?"),
        ("C", "Hi, I'd like to sign up for the intermediate Spanish class on Tuesday evenings."),
        ("A", "Lovely. Can I take your name?"),
        ("C", "Peter Okonjo."),
        ("A", "Thank you, Peter. So you're looking to join our intermediate Spanish evening class on Tuesdays, starting this term."),
        ("C", "That's right. Do I need to do a test first?"),
        ("A", "Have you studied with us before?"),
        ("C", "Yes, I did the beginners' course last year."),
        ("A", "No, you don't need a placement test then, I can enrol you straight away."),
        ("C", "Great."),
        ("A", "I'll send your enrolment confirmation and the book list by email this afternoon."),
        ("A", "Is there anything else I can help with, Peter?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, see you in class."),
     ])

call("h21-29-tyre-slow-puncture", industry="tyre fitting", style=CLEAN, words=False,
     exercises="greeting with only company and offer; slow puncture; empathy; 'No, sorry ... but I can' with alternative; detail-only read-back; timed fitting; first name used; full close",
     labels=L("fail", "pass", "pass", "fail", "pass", "pass", "na", "na", "The opening has no salutation and no agent name; 'No, sorry, we're fully booked today, but I can fit you in first thing Wednesday' offers an alternative; 'Front left?' is one detail."),
     turns=[
        ("A", "Tyreforce Kettering, how can I help?"),
        ("C", "Hi, I've got a slow puncture, I've been pumping the tyre up every morning for a week and it's a real pain."),
        ("A", "Right, that's a pain, sorry to hear that. What's your name?"),
        ("C", "Dale."),
        ("A", "Cheers, Dale. Front left?"),
        ("C", "Front right, actually."),
        ("A", "And what size is it?"),
        ("C", "Two-oh-five fifty-five sixteen."),
        ("C", "Can you do it today?"),
        ("A", "No, sorry, we're fully booked today, but I can fit you in first thing Wednesday."),
        ("C", "Okay, go on then."),
        ("A", "We'll have the tyre in by Wednesday morning, so come in at eight."),
        ("A", "Anything else?"),
        ("C", "No, that's it."),
        ("A", "Right, see you Wednesday then, bye."),
     ])

call("h21-30-charity-donation-increase", industry="charity supporter care", style=CLEAN, words=False,
     exercises="full greeting; routine change to a monthly gift; restatement; one timed and one untimed commitment; title and surname used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na", "'The new amount will be collected from the first of next month' has a time, but 'a letter confirming it will follow' does not."),
     turns=[
        ("A", "Hello, thank you for calling the Harbour Trust supporter care team, my name is Imogen, how can I help today?"),
        ("C", "Hello, I give ten pounds a month by direct debit and I'd like to put it up to fifteen."),
        ("A", "That's very kind of you. Could I take your name and postcode?"),
        ("C", "Graham Whitlow, NR2 4HD."),
        ("A", "Thank you, Mr Whitlow. So you'd like to raise your monthly gift from ten pounds to fifteen, starting with the next collection."),
        ("C", "Yes, that's it."),
        ("A", "And is it still the same bank account?"),
        ("C", "Same account, yes."),
        ("A", "Lovely. The new amount will be collected from the first of next month, and a letter confirming it will follow."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "Thank you so much for your support, Mr Whitlow, goodbye."),
     ])

call("h21-31-cloud-storage-double-charge", industry="cloud storage subscription", style=CLEAN, words=False,
     exercises="full greeting; charged twice; empathy; restatement; hold with reason and thanks; two timed promises; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "Both the refund and the emailed reference carry a time; the hold is asked for with a reason and the customer is thanked afterwards."),
     turns=[
        ("A", "Hi there, welcome to Stratus Cloud support, I'm Joel, how can I help you today?"),
        ("C", "Hi, I've been charged twice for my annual plan this month, that's a hundred and twenty pounds gone, and money's tight at the moment."),
        ("A", "Sorry about that, I can see how stressful that is when money's tight. Let's get it fixed. What's your name?"),
        ("C", "Agnieszka Wren."),
        ("A", "Thanks, Agnieszka. So you've been billed twice for the annual plan this month, and you want the duplicate payment returned."),
        ("C", "Yes, please."),
        ("A", "Can I put you on a short hold while I raise the refund with our billing team?"),
        ("C", "That's fine."),
        ("A", "Thanks for waiting, Agnieszka. The second payment is cancelled.", H),
        ("A", "The duplicate charge will be refunded within five to seven working days, and I'll email you the refund reference within the hour."),
        ("C", "That's a relief, thanks."),
        ("A", "Is there anything else I can do for you today?"),
        ("C", "No, that's it."),
        ("A", "Thanks for being with Stratus, Agnieszka, bye."),
     ])

call("h21-32-library-overdue-hospital", industry="public library service", style=CLEAN, words=False,
     exercises="full greeting; overdue books after a hospital stay; empathy; restatement; 'unable to ... but what I can do'; 'you'll need to' (optional); untimed waiver review; no name; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "na_or_fail", "na", "na", "'We're unable to wipe fines over the phone, but what I can do is pause them' has an alternative; 'you'll need to fill in the waiver form' is a neutral instruction (optional); 'someone will review it and let you know' has no time; only a library card number is taken."),
     turns=[
        ("A", "Good morning, Eastfield Libraries, Sam speaking, how can I help?"),
        ("C", "Hi, I've had three books out since before I went into hospital last month and I've only just got home, and I'm worried about how much I owe in fines."),
        ("A", "Oh, I'm sorry you've been unwell, I hope you're feeling better now. Could I have your library card number?"),
        ("C", "It's 2200 4815 7731."),
        ("A", "Thank you. So you've had three books out since you went into hospital, and you'd like to renew them and sort out the fines."),
        ("C", "Yes, that's it."),
        ("A", "I've renewed all three, they're now due back on the twentieth."),
        ("C", "And the fines?"),
        ("A", "We're unable to wipe fines over the phone, but what I can do is pause them while you apply for a waiver."),
        ("A", "You'll need to fill in the short waiver form on our website.", {"tag": "neg_opt"}),
        ("C", "Okay, I can do that."),
        ("A", "Someone will review it and let you know."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, thank you."),
        ("A", "Take care, bye."),
     ])

call("h21-33-car-service-overdue", industry="car dealership servicing", style=CLEAN, words=False,
     exercises="full greeting; car not ready as promised; apology and empathy; restatement; hold announced without thanks; untimed call-back and courtesy car; title and surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "fail", "na", "The hold is asked for with a reason but the agent comes back with 'Right' and no thanks; 'as soon as it's ready' is not a time frame and the courtesy car has none."),
     turns=[
        ("A", "Good afternoon, Pennine Motors service desk, Aaron speaking, what can I do for you?"),
        ("C", "Hi, my car went in for a service on Monday, I was told it'd be ready yesterday and nobody's called, and I need it for work tomorrow."),
        ("A", "I do apologise, you should have had a call yesterday, and I know that leaves you stuck. Could I take your name?"),
        ("C", "Yusuf Demir."),
        ("A", "Thank you, Mr Demir. So your Golf came in on Monday, it was due back yesterday, and you need it for work tomorrow."),
        ("C", "That's right."),
        ("A", "Could you hold for a moment while I check with the workshop?"),
        ("C", "Okay."),
        ("A", "Right, the part they were waiting for came in this morning.", H),
        ("C", "So when will it be done?"),
        ("A", "We'll call you as soon as it's ready, and I'll arrange a courtesy car for you."),
        ("C", "Okay."),
        ("A", "Anything else I can help with, Mr Demir?"),
        ("C", "No."),
        ("A", "Thanks, bye."),
     ])

call("h21-34-freight-pallet-warm-transfer", industry="freight courier", style=CLEAN, words=False,
     exercises="full greeting; late pallet for a business customer; empathy; restatement; timed email; warm transfer naming person, place and reason; ends in transfer; name used",
     labels=L("pass", "na_or_fail", "pass", "pass", "pass", "pass", "na", "pass", "The transfer names Dean, the Swindon hub supervisor, and why (booking a priority slot); the emailed tracking history carries a time; the call ends in the transfer."),
     turns=[
        ("A", "Hello, Meridian Freight, this is Kasia, how can I help you?"),
        ("C", "Hi, we sent a pallet to a customer in Swindon that was due on Tuesday and it still hasn't turned up, and they're threatening to cancel the whole order."),
        ("A", "That's a really difficult spot to be in, I'm sorry. Can I take your name and the consignment number?"),
        ("C", "Neil Haversham, consignment MF 60 4471."),
        ("A", "Thanks, Neil. So the pallet for your customer in Swindon was due on Tuesday, it still hasn't arrived, and you need to know where it is and when it'll get there."),
        ("C", "Exactly."),
        ("A", "It's sitting at our Swindon hub, it missed the van on Tuesday."),
        ("C", "Can it go out today?"),
        ("A", "Our hub team can book a priority slot. I'll email you the full tracking history within ten minutes."),
        ("A", "I'm going to transfer you to Dean, the Swindon hub supervisor, so he can book that slot with you. I've told him what's happened."),
        ("C", "Okay, thanks."),
        ("A", "Putting you through to Dean now."),
     ])

call("h21-35-accountant-tax-deadline", industry="accountancy firm", style=CLEAN, words=False,
     exercises="full greeting; tax deadline panic; empathy; cued restatement; 'you have to ... we can't' demand; timed filing and email; name given but not used; offer-only close",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "fail", "na", "na", "'You have to get it to us, we can't chase your employer' is a demand with a refusal and no alternative; both commitments are timed; the customer's name is never used; the call ends on the offer of more help."),
     turns=[
        ("A", "Good morning, Fenwick and Roe Accountants, Ruth speaking, how can I help?"),
        ("C", "Hi, it's Tariq Mahmood. My tax return is due tomorrow, I still haven't got my P60 from my old job, and I'm panicking about the penalty."),
        ("A", "Oh, that sounds stressful, let's see what we can do."),
        ("A", "Just to confirm, your return is due tomorrow, we're still waiting on your P60, and you want to know whether we can file it in time."),
        ("C", "Yes."),
        ("A", "We can, if the P60 arrives. Has your old employer said when they'll send it?"),
        ("C", "No, they keep ignoring my emails."),
        ("A", "You have to get it to us, we can't chase your employer.", {"tag": "neg"}),
        ("C", "Okay, I'll ring them this afternoon."),
        ("A", "As long as we have it by nine, I'll file your return tomorrow morning and confirm by email by five."),
        ("C", "Thank you."),
        ("A", "Anything else I can help with?"),
        ("C", "No, thanks."),
     ])

call("h21-36-recycling-centre-booking", industry="recycling centre bookings", style=CLEAN, words=False,
     exercises="greeting without the agent's name; routine slot booking; bare 'No.' refusal; restatement; timed text; name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "na", "na", "'Welcome to ... how can I help?' has salutation, organisation and offer but no agent name; the bare 'No.' to the trailer question refuses with no alternative."),
     turns=[
        ("A", "Welcome to the Kingsmead Recycling Centre booking line, how can I help?"),
        ("C", "Hi, I'd like to book a slot on Saturday morning to drop off some garden waste."),
        ("A", "Can I take your name and car registration?"),
        ("C", "Hannah Liu, registration KX19 TPB."),
        ("A", "Thanks, Hannah. So you'd like a Saturday morning slot to bring garden waste in your car."),
        ("C", "That's right. Can I bring a trailer as well?"),
        ("A", "No.", {"tag": "neg"}),
        ("C", "Oh. Okay."),
        ("A", "I have nine thirty or ten fifteen on Saturday."),
        ("C", "Nine thirty, please."),
        ("A", "That's booked. You'll get a booking code by text in the next five minutes."),
        ("A", "Anything else I can do for you?"),
        ("C", "No, thanks."),
        ("A", "Thanks, goodbye."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout21: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `tests/data/holdout_kit.py` and the structure of `make_holdout19.py`).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout21", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h21", seed_base=2100)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
