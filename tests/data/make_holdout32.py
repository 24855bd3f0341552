"""Write the holdout32 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout32.py

Writes tests/data/holdout32/<call_id>.json, tests/data/holdout32-labels.json and
tests/data/holdout32/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout32"
LABELS_PATH = HERE / "holdout32-labels.json"
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

call("h32-01-cake-wrong-name-iced", industry="bakery celebration cakes", style=CLEAN, words=True,
     exercises="full greeting; wrong name iced on a birthday cake; backchannel; 'oh no' empathy; restatement; 'no worries' and a factual 'no' with help; announced hold with thanks; two timed commitments; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'No worries' and 'No, there's nothing extra to pay' are not negative; 'ready by two o'clock at the latest' and 'this afternoon' time both commitments."),
     turns=[
        ("A", "Good morning, Crumb and Crust Bakery, this is Priya, how can I help?"),
        ("C", "Hi, yes, I picked up a birthday cake from your Westgate shop about twenty minutes ago, and I've just opened the box and it says Happy Birthday Isla, and my daughter's name is Ella, and the party starts at three."),
        ("A", "Mm-hmm.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Oh no, on her birthday as well, I'm so sorry. Can I take your name so I can find the order?"),
        ("C", "It's Tamsin Hollis."),
        ("A", "Thanks, Tamsin. So the cake's been iced with Isla instead of Ella, and you need it put right before the party at three."),
        ("C", "Exactly, and I really don't want to turn up with nothing."),
        ("A", "No worries, let's get that put right. Can I put you on hold for a moment while I check with the decorating team?"),
        ("C", "Yes, fine."),
        ("A", "Thank you for waiting, Tamsin. If you bring it back to Westgate, our decorator will re-ice the top while you wait, and it'll be ready by two o'clock at the latest.", H),
        ("C", "Oh, that's brilliant. Will I have to pay for it again?"),
        ("A", "No, there's nothing extra to pay, and I'll email you a ten percent voucher this afternoon for the trouble. Is there anything else I can help with, Tamsin?"),
        ("C", "No, that's everything, thank you."),
        ("A", "Lovely, enjoy the party, bye for now."),
     ])

call("h32-02-outboard-service-overdue", industry="boat engine servicing", style=CLEAN, words=True,
     exercises="greeting with no agent name; overdue service before a holiday; two cut-ins, one with 'I don't know'; no empathy; read-back only; 'not my department'; untimed callback; name never used; offer of help only",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na",
              "The second cut-in is both an interruption and negative ('I don't know when the part's coming'); 'Someone from the workshop will give you a ring' has no time; 'Anything else?' with no thanks or goodbye is only half a close."),
     turns=[
        ("A", "Hi, Harbourside Marine, how can I help?"),
        ("C", "Yeah, hi, I dropped my outboard off for its annual service three weeks ago, the forty horsepower Yamaha, and I was told a week, tops, and nobody's rung me, and we're meant to be taking the boat out to the Scillies on Saturday."),
        ("A", "What's the job number?", {"at_end": 1.8, "tag": "intr"}),
        ("C", "I haven't got a job number, it's under Colin Draper."),
        ("A", "The Yamaha forty?"),
        ("C", "Yes, the Yamaha. Is it done or not?"),
        ("A", "It's still on the bench, we're waiting on a water pump kit."),
        ("C", "And when's that coming in? Because if it's not ready by Friday I've basically wasted my whole holiday, and I've already paid the mooring for the week, and..."),
        ("A", "I don't know when the part's coming, the supplier hasn't said.", {"at_end": 2.0, "tag": ("intr", "neg")}),
        ("C", "Can't you find out? Ring them or something?"),
        ("A", "That's not my department, the workshop deal with suppliers.", {"tag": "neg"}),
        ("C", "So who do I speak to?"),
        ("A", "Someone from the workshop will give you a ring."),
        ("C", "Fine."),
        ("A", "Anything else?"),
     ])

call("h32-03-bowling-kids-party", industry="bowling alley parties", style=CLEAN, words=True,
     exercises="greeting split over two agent turns within 20 s; routine party booking; backchannel; customer-caused wait; restatement; 'you'll need to' deposit (optional); agent starts 0.3 s before the customer ends; two timed commitments; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
              "The offer to help comes in the agent's second turn, a few seconds in, so the greeting passes; the customer goes off to ask their wife (wait, not a hold); 'two days before the party' is a time expression."),
     turns=[
        ("A", "Hello, Strike Zone Bowling, Dev speaking."),
        ("C", "Oh, hi, is this the right number for kids' parties?"),
        ("A", "It is, yeah, what can I do for you?"),
        ("C", "I'd like to book a party for my son's eighth birthday, probably about twelve kids, on a Saturday afternoon, with the hot food package if you still do that."),
        ("A", "Sure.", {"at_start": 2.2, "tag": "bc"}),
        ("A", "Lovely. Can I take your name, and which Saturday you were thinking of?"),
        ("C", "It's Marcus Webb, and, hang on, let me just check with my wife which date we said."),
        ("C", "Sorry about that, she says the twenty-first.", W),
        ("A", "So that's a party for twelve eight-year-olds on Saturday the twenty-first, with the hot food package. You'll need to pay the twenty pound deposit within forty-eight hours to hold the lanes.", {"tag": "neg_opt"}),
        ("C", "That's fine, I'll do it online tonight."),
        ("A", "Perfect, Marcus. I'll email the confirmation over this afternoon, and you'll get a reminder text two days before the party.", {"at_end": 0.3}),
        ("C", "Great, thanks."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's it."),
        ("A", "Brilliant, thanks for booking with us, bye."),
     ])

call("h32-04-caravan-window-smashed", industry="caravan storage", style=CLEAN, words=True,
     exercises="greeting with no offer to help; break-in at the storage site; cut-in with a question; empathy; restatement; silent unannounced hold; customer cuts in on the agent; one timed and one event-conditional commitment; 'I can't promise a time' (optional); name used; thanks and bye without an offer",
     labels=L("fail", "fail_or_pass", "pass", "pass", "fail", "pass", "fail", "na",
              "'We do.' then 13 s of silence is an unannounced hold; 'our site manager will call you once he's spoken to the police' names an event, not a time; 'I'll ask him to, but I can't promise a time' is a limit with a partial alternative (optional)."),
     turns=[
        ("A", "Good afternoon, thanks for calling Meadowgate Caravan Storage, you're through to Owen."),
        ("C", "Hi Owen, I've just come up to the compound to get our caravan ready for Easter, and the side window's been smashed, there's glass all over the seats and the rain's got in, and I'm worried our insurance won't pay out unless we can show it happened on your site."),
        ("A", "Which pitch are you on?", {"at_end": 2.0, "tag": "intr"}),
        ("C", "Pitch forty-one, it's a Bailey Pegasus, and the name's Ruth Ambrose."),
        ("A", "That's horrible to walk into, Ruth, I'm really sorry. So someone's broken the side window while the van was in storage with us, and you need proof it happened on site for your insurer."),
        ("C", "Yes, that's it exactly. Do you have cameras on that row?"),
        ("A", "We do."),
        ("A", "Right, the camera on row D shows someone by the fence at about two in the morning last Tuesday.", H),
        ("C", "Last Tuesday? So it's been sitting open to the rain for a week."),
        ("A", "I'll send you the incident report with the camera stills by end of day tomorrow, and our site manager will call you once he's spoken to the police."),
        ("C", "Will he call me today, though?", {"at_end": 1.0}),
        ("A", "I'll ask him to, but I can't promise a time.", {"tag": "neg_opt"}),
        ("C", "Okay. Thanks."),
        ("A", "Thanks for calling, Ruth, take care, bye."),
     ])

call("h32-05-carpet-stain-returned", industry="carpet cleaning", style=CLEAN, words=True,
     exercises="greeting with 'welcome'; stain back after a paid clean; short 'oh dear' overlap (optional); empathy; restatement; policy used to refuse; cold transfer to 'someone'; name used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "fail",
              "'Oh dear.' overlaps the customer by over a second but is short and not taking the floor (optional); 'We can't do same-day re-cleans, it's company policy' refuses with no alternative; 'I'll pop you through to someone' says neither where nor why."),
     turns=[
        ("A", "Hiya, welcome to FreshPile Carpet Care, Megan here, how can I help you today?"),
        ("C", "Hi, you came out on Tuesday to do our lounge, there was a red wine stain by the sofa, and it looked fine when your man left, but now it's come back and there's a brown ring all round it, on a cream carpet, so it actually looks worse than before you came."),
        ("A", "Oh dear.", {"at_end": 1.2, "tag": "intr_opt"}),
        ("C", "And it cost me ninety pounds."),
        ("A", "I'm sorry, that's really not what you paid for. Can I take the name on the booking?"),
        ("C", "Nadia Kowalczyk, that's K-O-W-A-L-C-Z-Y-K."),
        ("A", "Thanks, Nadia. So the wine stain we treated on Tuesday has come back, and there's now a brown ring around it."),
        ("C", "That's it. Can you send someone back today to fix it?"),
        ("A", "We can't do same-day re-cleans, it's company policy.", {"tag": "neg"}),
        ("C", "Well, I can't have people round on Saturday with it looking like that."),
        ("A", "I'll pop you through to someone."),
        ("C", "Fine, whatever."),
        ("A", "Putting you through."),
     ])

call("h32-06-climbing-wrist-pause", industry="climbing wall memberships", style=CLEAN, words=True,
     exercises="greeting with 'Morning!'; broken wrist, paying for an unusable membership; backchannel and a cut-in in the same customer turn; no empathy; read-back only; limit with an alternative; timed switch and email; customer's name never given; full close",
     labels=L("pass", "pass", "fail", "fail", "pass", "na_or_fail", "na", "na",
              "'Morning!' is taken as the salutation; 'We can't freeze an annual membership, but what I can do is...' offers an alternative, so it is not negative; the agent never acknowledges the injury ('I see' is a backchannel)."),
     turns=[
        ("A", "Morning! Summit Walls, it's Jo, what can I do for you?"),
        ("C", "Hi, I broke my wrist bouldering on Sunday, it's in a cast for at least six weeks, and I'm still paying forty-five pounds a month for a membership I literally can't use, so I wanted to see if I can stop it somehow."),
        ("A", "I see.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Have you got your membership number handy?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "Um, yes, it's SW20488."),
        ("A", "The annual membership?"),
        ("C", "Yes, the annual one. Can I freeze it?"),
        ("A", "We can't freeze an annual membership, but what I can do is move you onto our pause plan, which is five pounds a month until you're climbing again."),
        ("C", "Oh, okay, that's better than nothing. Yes, let's do that."),
        ("A", "Done. It switches over from your next payment date, the third of May, and you'll get an email confirming it in the next few minutes."),
        ("C", "Great."),
        ("A", "Anything else I can do for you today?"),
        ("C", "No, that's all, cheers."),
        ("A", "Thanks for calling, bye."),
     ])

call("h32-07-conservatory-roof-leak", industry="conservatory builders", style=CLEAN, words=True,
     exercises="full greeting; leaking new roof; cut-in with a question; 'oh no' empathy; restatement; announced hold with thanks; two timed commitments; 'you'll need to' (optional); customer cuts in on the agent; name used; offer then only 'Okay'",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "pass", "na",
              "The agent's 'Is it dripping right now?' cuts in while the customer is still talking; the customer's own cut-in is not an agent interruption; the close is an offer followed only by 'Okay.'"),
     turns=[
        ("A", "Good morning, Glasshouse Conservatories, you're speaking with Imran, how can I help today?"),
        ("C", "Hello, we had our conservatory put up by you in March, and since all this rain it's leaking where the roof meets the house wall, it's dripping right onto our new sofa, and honestly I'm worried it's going to ruin the floor as well."),
        ("A", "Is it dripping right now?", {"at_end": 1.6, "tag": "intr"}),
        ("C", "Yes, right now, there's a bucket under it."),
        ("A", "Oh no, that's rotten, especially on something so new. Can I take your name and postcode?"),
        ("C", "Brenda Okonjo, and it's BS7 9LR."),
        ("A", "Thank you, Brenda. So water's coming in along the join between the new roof and the house wall whenever it rains, and you need someone out to fix it under the guarantee."),
        ("C", "Yes please, as soon as possible."),
        ("A", "Can I pop you on hold for a minute while I look at the fitters' schedule?"),
        ("C", "Of course."),
        ("A", "Thanks for holding, Brenda. One of our fitters will come out this Thursday morning, between eight and twelve, and I'll text you his name the evening before. You'll need to move the sofa away from the wall so he can get to the flashing.", {**H, "tag": ("hold", "neg_opt")}),
        ("C", "That's fine, we've moved it already.", {"at_end": 0.8}),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's all, thank you."),
        ("A", "Okay."),
     ])

call("h32-08-costume-late-fee", industry="costume hire", style=CLEAN, words=True,
     exercises="greeting with no agent name; late fee after a courier no-show; cut-in; brief empathy; policy plus 'nothing I can do'; no restatement; untimed invoice; name used; full close",
     labels=L("fail", "pass", "pass", "fail", "fail", "pass", "na", "na",
              "'It's our policy to charge ten pounds a day until it's back, there's nothing I can do' is one negative utterance; 'I understand, Kofi, that's a real worry' acknowledges the worry; 'I'll email you an invoice' has no time."),
     turns=[
        ("A", "Thank you for calling Dress the Part, how can I help?"),
        ("C", "Hi, I hired a gorilla suit for my stag do last weekend and it was meant to go back on Monday, but the courier never picked it up, and now I've had an email saying I owe thirty pounds in late fees, and I'm really worried it's going to keep going up every day."),
        ("A", "Sorry, what's the order number?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "It's DP7731, and the name's Kofi Mensah."),
        ("A", "I understand, Kofi, that's a real worry."),
        ("C", "So can you take the fee off?"),
        ("A", "It's our policy to charge ten pounds a day until it's back, there's nothing I can do.", {"tag": "neg"}),
        ("C", "Even though your courier didn't come?"),
        ("A", "What I'd suggest is dropping it at a post office with the prepaid label. I'll email you an invoice for the late fee."),
        ("C", "Right. Fine."),
        ("A", "Is there anything else I can do for you?"),
        ("C", "No."),
        ("A", "Okay, thanks for calling, bye."),
     ])

call("h32-09-driveway-quote-visit", industry="driveway paving", style=CLEAN, words=True,
     exercises="full greeting; routine quote visit; backchannel; 'no problem'; read-back only; hold with a reason but 'sorry about that' instead of thanks; factual 'no' with help; polite 'I don't know if...'; timed visit and quote; name used; full close",
     labels=L("pass", "pass", "na", "fail", "pass", "pass", "fail", "na",
              "'Sorry about that' after the hold is an apology, not thanks, so the hold fails; 'I don't know if there's a gate he'll need a code for?' is the polite question form; 'Twelve Linden Avenue?' is a read-back, not a restatement."),
     turns=[
        ("A", "Good afternoon, Stoneleigh Driveways, this is Carys, how can I help you?"),
        ("C", "Hello there, we're thinking of having the front drive redone, it's old tarmac at the moment, and we'd like someone to come and give us a price for block paving, maybe with a little border."),
        ("A", "Mm-hmm.", {"at_start": 2.0, "tag": "bc"}),
        ("A", "No problem at all. Can I take your name and address?"),
        ("C", "It's Mr Okafor, Emeka Okafor, twelve Linden Avenue."),
        ("A", "Twelve Linden Avenue?"),
        ("C", "That's right."),
        ("A", "Let me just check the estimator's diary, bear with me."),
        ("A", "Sorry about that. Dean can come round on Wednesday the fourteenth at ten in the morning.", H),
        ("C", "Wednesday's fine, I'm working from home that day."),
        ("A", "Lovely, Mr Okafor. He'll measure up on the day, and you'll have the written quote by email within five working days of the visit."),
        ("C", "Perfect. Do I need to be in for it?"),
        ("A", "No, he just needs to get onto the drive, but I don't know if there's a gate he'll need a code for?"),
        ("C", "No, it's open."),
        ("A", "Great. Is there anything else I can help with? Thanks for calling, Mr Okafor, bye."),
     ])

call("h32-10-escape-room-double-booked", industry="escape room bookings", style=CLEAN, words=True,
     exercises="greeting with no agent name; room double-booked on a birthday; 'okay, okay, I hear you' overlap (optional); 'you have to understand' demand; cut-in starting with 'Right'; bare 'I don't know'; empathy; restatement; one timed and one untimed commitment; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "'Okay, okay, I hear you' overlaps a full second and is more than a backchannel but hardly takes the floor (optional); 'Right, what's the reference on it?' opens with a backchannel word but takes the floor (interruption); 'my manager will email you a voucher' has no time."),
     turns=[
        ("A", "Hello, Lockbox Escape Rooms, how may I assist?"),
        ("C", "Yes, hi, we're stood outside your Camden site, there are six of us, we booked the Pharaoh's Tomb for seven o'clock two months ago and the guy on the desk says there's another group in there and we can't go in, and it's my sister's thirtieth."),
        ("A", "Okay, okay, I hear you.", {"at_end": 1.0, "tag": "intr_opt"}),
        ("C", "We've come in from Reading for this."),
        ("A", "You have to understand Saturdays are really busy for us.", {"tag": "neg"}),
        ("C", "That's not my problem, is it? I'm Farah Siddiqui, the booking's in my name, and I've got the confirmation email right here in front of me."),
        ("A", "Right, what's the reference on it?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "LBX 4092."),
        ("A", "I don't know how that's happened, it's showing twice on the system.", {"tag": "neg"}),
        ("C", "So what are you going to do about it?"),
        ("A", "I'm sorry, Farah, that's really disappointing on a birthday. So you've turned up for a seven o'clock booking that's been given to another group, and you want it put right tonight. I'll refund the full booking today, and my manager will email you a voucher for a free game."),
        ("C", "Okay, well, that's something."),
        ("A", "Is there anything else I can help you with? Thanks for calling, and again, I'm really sorry, bye."),
     ])

call("h32-11-fertility-results-chase", industry="fertility clinic appointments", style=CLEAN, words=True,
     exercises="full greeting; anxious wait for results; backchannel; long empathy; restatement; agent starts 0.3 s before the customer ends; announced hold with thanks; 'not able to... but I can' with an alternative; warm transfer to a named nurse with why; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "pass", "pass",
              "'I'm not able to go through them myself, but I can put you straight through to the nurse' is a limit with an alternative; the transfer says to whom and why; no later commitments, only the transfer."),
     turns=[
        ("A", "Good afternoon, Westbrook Fertility Clinic, you're speaking with Aoife, how can I help?"),
        ("C", "Hi, I had my blood test on Monday, for my progesterone levels, and I was told someone would ring me with the results by Wednesday, and it's Friday now and I haven't heard anything, and I'm just, I'm going out of my mind a bit, to be honest."),
        ("A", "Mm-hmm.", {"at_start": 2.4, "tag": "bc"}),
        ("A", "I'm so sorry, waiting for results is so hard, especially at this stage. Can I take your name and date of birth?"),
        ("C", "Sarah Lindqvist, the second of November 1989."),
        ("A", "Thank you, Sarah. So you had your progesterone bloods taken on Monday, you were promised a call by Wednesday, and nobody's been in touch with the results.", {"at_end": 0.3}),
        ("C", "Yes, exactly."),
        ("A", "Can I put you on a short hold while I check whether they've come back from the lab?"),
        ("C", "Yes, please."),
        ("A", "Thank you for holding, Sarah. The results are back, and I'm not able to go through them myself, but I can put you straight through to the nurse who can.", H),
        ("C", "Oh, okay, yes please."),
        ("A", "I'm transferring you now to Sister Bello on the nurse line, because she's the one who can talk you through the results and what happens next."),
        ("C", "Thank you so much."),
        ("A", "You're welcome, putting you through now."),
     ])

call("h32-12-sympathy-flowers-wrong-house", industry="flower delivery", style=CLEAN, words=True,
     exercises="greeting with no offer to help; sympathy flowers left at the wrong house; cut-in; read-back only; empathy; limit with an alternative; 'you'll need to' (optional); one timed and one untimed commitment; only the recipient's name used; full close",
     labels=L("fail", "pass", "pass", "fail", "fail", "fail", "na", "na",
              "The agent uses the recipient's name (Margaret) but never the caller's (Gemma), so personalisation fails; 'I can't get the same arrangement out again today... but I can send...' is not negative; 'I'll refund the delivery charge' has no time."),
     turns=[
        ("A", "Good afternoon, Petal Post, Lena speaking."),
        ("C", "Hi Lena, I'm Gemma Hart, I ordered sympathy flowers yesterday for my aunt, Margaret Doyle, she lost her husband last week, and she's just rung me to say nothing's arrived, and now the tracking says they were left at forty-two Elm Road, which isn't even her house."),
        ("A", "What's the order number, please?", {"at_end": 1.8, "tag": "intr"}),
        ("C", "It's PP 55031. She's at twenty-four Elm Road, not forty-two."),
        ("A", "Forty-two Elm Road?"),
        ("C", "No, twenty-four. Forty-two is where they went."),
        ("A", "Oh, I'm so sorry, that's the last thing you need at a time like this. I can't get the same arrangement out again today, we're out of white lilies, but I can send a fresh arrangement of white roses."),
        ("C", "Roses are fine, as long as she gets them today."),
        ("A", "They'll be delivered to Margaret by four o'clock this afternoon, and I'll refund the delivery charge."),
        ("C", "Okay. And can you get the first lot back from forty-two?"),
        ("A", "You'll need to ask the neighbours for those, I'm afraid.", {"tag": "neg_opt"}),
        ("C", "Right. Okay."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's it."),
        ("A", "Thank you for calling Petal Post, goodbye."),
     ])


# ---------------------------------------------------------------------------
# 13-24: ASR-style text, no word timings
# ---------------------------------------------------------------------------

call("h32-13-gutter-clean-booking", industry="gutter cleaning", style=ASR, words=False,
     exercises="full greeting with 'thanks for calling'; routine booking; customer-caused wait; 'no worries'; restatement; factual 'no' with help; one timed and one untimed commitment; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "The visit is timed ('friday between eight and ten', 'the night before') but 'we'll send the invoice over by email' has no time, so follow-up fails; the customer goes to find a letter (wait)."),
     turns=[
        ("A", "thanks for calling clearflow gutters my name's sam how can i help"),
        ("C", "oh hi yeah um i'd like to get my gutters cleaned out please it's a three bed semi and the back ones are full of moss"),
        ("A", "no worries can i grab your name and postcode"),
        ("C", "it's alan pryce p r y c e and the postcode is um hang on i always forget it let me find a letter"),
        ("C", "right it's c f fourteen three d w", W),
        ("A", "lovely thanks alan so you're after a full clear out of the gutters on a three bed semi with the back ones being the worst for moss"),
        ("C", "yeah that's it do you do the downpipes as well"),
        ("A", "yeah we flush the downpipes as standard there's no extra charge for that and the lads can be with you on friday between eight and ten you'll get a text the night before with a photo of who's coming"),
        ("C", "friday's perfect do i need to be in"),
        ("A", "no you don't need to be in as long as they can get round the back and we'll send the invoice over by email"),
        ("C", "brilliant cheers"),
        ("A", "anything else i can help with today alan"),
        ("C", "no that's all thanks"),
        ("A", "thanks alan have a good one bye"),
     ])

call("h32-14-charger-fitter-no-show", industry="home EV charger installation", style=ASR, words=False,
     exercises="greeting with no agent name; electrician no-show after a day off work; no empathy; unannounced silent hold; bare 'i don't know'; 'we can't' with no alternative; no restatement; untimed 'someone will be in touch'; no name; no close",
     labels=L("fail", "fail", "fail", "fail", "fail", "na_or_fail", "fail", "na",
              "The agent goes silent 13 s without a word and never thanks; 'we can't rebook until the network approval comes back' refuses with no alternative; 'okay then' is no close."),
     turns=[
        ("A", "hello you're through to voltnest home charging um how can i help"),
        ("C", "yeah hi i was supposed to have my charger fitted today the electrician was booked for eight this morning i took the day off work and nobody's turned up and nobody's answering at the depot it's half eleven now"),
        ("A", "okay what's the postcode"),
        ("C", "it's m twenty one nine p b"),
        ("A", "and the first line of the address"),
        ("C", "forty seven mauldeth road"),
        ("A", "yeah so the job's been moved it says pending", H),
        ("C", "moved moved to when nobody told me anything"),
        ("A", "i don't know why he didn't turn up", {"tag": "neg"}),
        ("C", "well can you rebook me for this week then"),
        ("A", "we can't rebook until the network approval comes back", {"tag": "neg"}),
        ("C", "and how long does that take"),
        ("A", "someone will be in touch"),
        ("C", "that's it is it unbelievable"),
        ("A", "okay then"),
     ])

call("h32-15-kennels-nervous-dog", industry="kennels and catteries", style=ASR, words=False,
     exercises="full greeting; owner worried about leaving a nervous dog; empathy; restatement; announced hold with thanks; 'you'll need to bring' (optional); two timed commitments; only the dog's name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "fail", "pass", "na",
              "The agent uses the dog's name (biscuit) several times but never the owner's (carol dunmore), so personalisation fails; 'the week before' is a relative time expression."),
     turns=[
        ("A", "good morning oakfield kennels and cattery this is bethan speaking how can i help you"),
        ("C", "hello i'd like to book my dog in for a week in august we've never left her before and to be honest i'm dreading it she gets really anxious when we go out"),
        ("A", "aw that's completely understandable lots of owners feel exactly the same the first time and we see a lot of nervous dogs who settle really well here can i take your name and your dog's name"),
        ("C", "it's mrs dunmore carol dunmore and she's called biscuit she's a cockapoo"),
        ("A", "lovely so you'd like to book biscuit in for a week in august somewhere that'll keep her nerves in mind"),
        ("C", "yes from the ninth to the sixteenth if you've got space"),
        ("A", "can i put you on hold for a moment while i check the august diary"),
        ("C", "yes of course"),
        ("A", "thank you for waiting we've got a quiet kennel free for those dates right at the end away from the busy block which is ideal for biscuit", H),
        ("C", "oh that sounds perfect"),
        ("A", "you'll need to bring her vaccination card on the day and any food she's used to", {"tag": "neg_opt"}),
        ("C", "no problem"),
        ("A", "i'll email the booking form over today and biscuit's keyworker will ring you the week before to go through her routine is there anything else i can help with"),
        ("C", "no that's everything thank you"),
        ("A", "thanks for calling we'll see biscuit on the ninth bye"),
     ])

call("h32-16-loco-wrong-gauge", industry="model railway shop orders", style=ASR, words=False,
     exercises="greeting with salutation and shop only; wrong gauge delivered before a birthday; 'sorry could you repeat that' (not empathy); read-back only; 'no worries'; one timed and one event-conditional commitment; 'i couldn't say' (optional); name used; thanks and bye without an offer",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "pass", "na", "na",
              "'sorry could you repeat that the line's a bit faint' is generic politeness, not empathy; 'the double o one will go out as soon as we get the n gauge back' has no time; 'i couldn't say it depends on the post' is close to 'I don't know' (optional)."),
     turns=[
        ("A", "good morning junction models"),
        ("C", "hi um yeah i ordered a class thirty seven locomotive from your website last week and it's turned up in n gauge and i wanted double o so it's no good to me and it's a bit annoying because it's for my dad's birthday on sunday"),
        ("A", "can i take the order number"),
        ("C", "j m four four one nine"),
        ("A", "sorry could you repeat that the line's a bit faint"),
        ("C", "j m four four one nine and it's under the name grant ellison"),
        ("A", "the n gauge one"),
        ("C", "yes the n gauge i need the double o"),
        ("A", "no worries grant i'll send you a returns label today and the double o one will go out as soon as we get the n gauge back"),
        ("C", "will it get here before sunday"),
        ("A", "i couldn't say it depends on the post", {"tag": "neg_opt"}),
        ("C", "okay well i'll post it back today then"),
        ("A", "lovely thanks for calling grant bye"),
     ])

call("h32-17-physio-after-knee-op", industry="physiotherapy clinic", style=ASR, words=False,
     exercises="full greeting; pain after a knee replacement; empathy; no restatement; 'you'll need' with an alternative (optional); hold with a reason but no thanks; polite 'i don't know if you've tried'; timed email; name used; full close",
     labels=L("pass", "pass", "pass", "fail", "pass", "pass", "fail", "na",
              "The agent announces the hold with a reason but comes back with 'right' and no thanks; 'i don't know if you've tried an ice pack' is the polite question form; the booking is never restated."),
     turns=[
        ("A", "hi there you're through to riverside physio this is tom how can i help"),
        ("C", "hiya i had a knee replacement three weeks ago and the hospital said i should get some physio sorted but i'm in a lot of pain going up and down stairs and i'm struggling to sleep"),
        ("A", "oh that sounds really tough i'm sorry you're going through that can i take your name"),
        ("C", "it's linda garvey"),
        ("A", "thanks linda you'll need a referral from your consultant or gp for us to see you on the n h s but if you haven't got one you can come in as a private patient straight away for fifty five pounds", {"tag": "neg_opt"}),
        ("C", "i haven't got one so private is fine"),
        ("A", "let me just check the diary for this week"),
        ("A", "right there's a slot on thursday at two with our knee specialist", H),
        ("C", "thursday at two is fine"),
        ("A", "lovely that's booked i'll email you the exercise sheet within the hour and i don't know if you've tried an ice pack wrapped in a towel before bed but it can really help with the night pain"),
        ("C", "no i haven't i'll give it a go"),
        ("A", "is there anything else i can help you with linda"),
        ("C", "no that's everything"),
        ("A", "okay take care linda see you thursday bye"),
     ])

call("h32-18-consignment-update", industry="vintage clothing resale", style=ASR, words=False,
     exercises="greeting with no offer to help; routine consignment update; restatement; 'i can't tell you' with no alternative; policy used to refuse; event-conditional commitment; name used; cold transfer; ends in transfer",
     labels=L("fail", "na_or_fail", "na", "pass", "fail", "pass", "na", "fail",
              "'we'll let you know when anything sells' names an event, not a time; 'hang on i'll put you through' says neither where nor why; the customer is only asking for an update (empathy na)."),
     turns=[
        ("A", "hi there you're through to mia at second stitch vintage"),
        ("C", "oh hi um i brought a load of stuff in to sell on consignment about a month ago a leather jacket and some seventies dresses and i just wanted to know how it's going and what you think the jacket will go for"),
        ("A", "can i take your name"),
        ("C", "it's anjali raman"),
        ("A", "thanks anjali so you want an update on the pieces you left with us last month and a rough idea of what the leather jacket might sell for"),
        ("C", "yeah basically"),
        ("A", "the dresses are out on the rail but the jacket hasn't gone out yet and i can't tell you what it'll sell for", {"tag": "neg"}),
        ("C", "not even a rough figure"),
        ("A", "it's our policy not to give estimates", {"tag": "neg"}),
        ("C", "okay um when will i get paid for the dresses if they sell"),
        ("A", "we'll let you know when anything sells"),
        ("C", "right and can i change the price on the jacket if it doesn't go"),
        ("A", "hang on i'll put you through"),
        ("C", "oh okay"),
     ])

call("h32-19-wedding-cake-tasting", industry="bakery celebration cakes", style=ASR, words=False,
     exercises="full greeting; routine tasting booking; restatement; factual 'no' with an alternative; untimed callback; name given never used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "fail", "na", "na",
              "'no we don't do tastings on saturdays but i can do a friday evening' answers with an alternative, not negative; 'i'll ring you back with some friday dates' has no time; the caller's name (jess coulter) is never used."),
     turns=[
        ("A", "good afternoon sugarloaf cakes you're speaking to hannah what can i do for you"),
        ("C", "hi yes we're getting married next june and we'd love to come in for a cake tasting if you do them"),
        ("A", "oh congratulations yes we do can i take your name"),
        ("C", "it's jess and my fiance's called tom the surname's coulter"),
        ("A", "lovely so you're after a tasting for your wedding cake ahead of next june"),
        ("C", "that's it could we do a saturday we both work weekdays"),
        ("A", "no we don't do tastings on saturdays but i can do a friday evening after six if that helps"),
        ("C", "friday evening would work yeah"),
        ("A", "the cake designer does the tasting diary so i'll ring you back with some friday dates"),
        ("C", "great and roughly how much are wedding cakes"),
        ("A", "our three tiers start at four hundred and fifty but it depends on the design"),
        ("C", "okay that's fine"),
        ("A", "is there anything else i can help with today"),
        ("C", "no that's everything thanks"),
        ("A", "you're welcome thanks for calling bye"),
     ])

call("h32-20-narrowboat-engine-clicks", industry="boat engine servicing", style=ASR, words=False,
     exercises="greeting with no agent name; engine dead with an elderly parent aboard; empathy with 'don't worry'; restatement; announced hold ('bear with me while...') with thanks; timed engineer visit; 'you'll need to' (optional); name never used; offer then only 'okay'",
     labels=L("fail", "fail_or_pass", "pass", "pass", "pass", "fail", "pass", "na",
              "'bear with me while i see which engineer's nearest' announces the hold with a reason and it is thanked; 'don't worry' is not negative; the caller's name (dave) is never used; 'right anything else' then 'okay' is only half a close."),
     turns=[
        ("A", "morning marine engine services um how can i help"),
        ("C", "hi yeah we're on a narrowboat moored at stoke bruerne and the engine won't turn over at all it just clicks and we've got my elderly mum on board and we're supposed to be moving on tomorrow i'm a bit panicky about it honestly"),
        ("A", "oh that's not what you want with your mum on board don't worry that's what we're here for can i take your name"),
        ("C", "it's dave hillier"),
        ("A", "right so the engine's just clicking and not turning over and you need it running so you can move off tomorrow"),
        ("C", "yeah exactly"),
        ("A", "bear with me while i see which engineer's nearest to stoke bruerne"),
        ("C", "okay"),
        ("A", "thanks for waiting our engineer rob will be with you at nine tomorrow morning", H),
        ("C", "nine's fine"),
        ("A", "you'll need to leave the engine hatch unlocked if you're not there", {"tag": "neg_opt"}),
        ("C", "we'll be there"),
        ("A", "right anything else"),
        ("C", "no that's it"),
        ("A", "okay"),
     ])

call("h32-21-bowling-lost-phone", industry="bowling alley parties", style=ASR, words=False,
     exercises="full greeting with 'welcome'; phone lost after a work party; 'sorry what colour' (not empathy); no restatement; 'i don't know if anyone's handed it in' (optional); conditional untimed callback; name used; warm transfer to a named manager with why; ends in transfer",
     labels=L("pass", "na_or_fail", "fail", "fail", "fail", "pass", "na", "pass",
              "'i don't know if anyone's handed it in' is a statement, not the polite question form, but not a flat refusal either (optional); 'if it turns up we'll give you a ring' has no time; the transfer names alison and why."),
     turns=[
        ("A", "hi welcome to strike zone bowling you're through to kayleigh how can i help"),
        ("C", "hi i was in last night for my work do on lane six and i think i left my phone there it's got all my photos on it and my banking and i'm really worried someone's taken it"),
        ("A", "what kind of phone is it"),
        ("C", "it's a black iphone in a green case"),
        ("A", "sorry what colour was the case"),
        ("C", "green dark green and my name's on the lock screen joe ashworth"),
        ("A", "i don't know if anyone's handed it in", {"tag": "neg_opt"}),
        ("C", "could you check"),
        ("A", "if it turns up we'll give you a ring joe"),
        ("C", "can't you look in the lost property now"),
        ("A", "lost property's kept in the duty manager's office so i'm going to put you through to alison the duty manager because she can check the box for you"),
        ("C", "okay thanks"),
        ("A", "putting you through now joe"),
     ])

call("h32-22-caravan-easter-access", industry="caravan storage", style=ASR, words=False,
     exercises="greeting with no agent name; routine access question; restatement; factual 'no' with an alternative; customer-caused wait; no commitments; 'no problem'; no name; full close",
     labels=L("fail", "pass", "na", "pass", "na", "na_or_fail", "na", "na",
              "'no the gates lock at eight but if you ring the warden... he can let you in' answers a factual question and offers a way round, and 'he can let you in' is what is possible, not a commitment, so follow-up is na; the customer fetches a pen (wait)."),
     turns=[
        ("A", "hello and welcome to meadowgate caravan storage how can i help"),
        ("C", "hi there i've got a pitch with you and i wanted to check a couple of things about getting in and out over the easter weekend"),
        ("A", "yeah of course what would you like to know"),
        ("C", "what time do the gates open and close over easter and can i get in late on the friday because we won't get there till about nine"),
        ("A", "so you want to know the easter opening hours and whether you can collect the caravan late on good friday well the gates are open eight till eight every day including easter"),
        ("C", "so i can't get in at nine then"),
        ("A", "no the gates lock at eight but if you ring the warden in the afternoon he can let you in any time up to ten"),
        ("C", "oh brilliant what's his number hang on let me grab a pen"),
        ("C", "okay go on", W),
        ("A", "it's oh seven seven double one four eight two nine three six"),
        ("C", "lovely that's all i needed"),
        ("A", "no problem is there anything else i can help with"),
        ("C", "no that's it"),
        ("A", "thanks for calling enjoy easter bye"),
     ])

call("h32-23-end-of-tenancy-clean", industry="carpet cleaning", style=ASR, words=False,
     exercises="greeting with no agent name; deposit worry on moving out; empathy with 'don't worry'; restatement; 'you have to' demand with a threat; two timed commitments; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "'you have to have all the furniture out... or the lads won't do it' is a demand, not a neutral instruction; 'the same day' times the receipt."),
     turns=[
        ("A", "thank you for calling freshpile carpet care how can i help"),
        ("C", "hi um i'm moving out of my flat on the thirtieth and the landlord's saying i'll lose my deposit if the carpets aren't professionally cleaned and i'm really stressing about it because it's eight hundred quid"),
        ("A", "oh i can imagine that's stressful with a move going on as well don't worry we do end of tenancy cleans all the time can i take your name"),
        ("C", "it's ben adeyemi"),
        ("A", "thanks ben so you need the carpets in the flat professionally cleaned before you move out on the thirtieth so you get your deposit back"),
        ("C", "yeah that's it it's a two bed with carpet in the bedrooms and the hall"),
        ("A", "you have to have all the furniture out of the rooms before we get there or the lads won't do it", {"tag": "neg"}),
        ("C", "okay the removal van's coming on the twenty ninth so it'll be empty"),
        ("A", "perfect then the team will be with you at eight on the morning of the thirtieth and i'll email you a receipt you can show the landlord the same day"),
        ("C", "amazing that's a weight off"),
        ("A", "is there anything else i can help with ben"),
        ("C", "no that's everything"),
        ("A", "thanks for calling good luck with the move bye"),
     ])

call("h32-24-climbing-cancel-moving", industry="climbing wall memberships", style=ASR, words=False,
     exercises="full greeting; routine cancellation for a move; 'that's not my department'; no restatement; transfer to a named person with no reason; name given never used; ends in transfer",
     labels=L("pass", "na_or_fail", "na", "fail", "na", "fail", "na", "fail",
              "'i'll stick you through to sandra' says to whom but not why, so the transfer fails; moving away for work is not a problem or a negative emotion (empathy na); the transfer is an in-call action, not a later commitment."),
     turns=[
        ("A", "good evening summit walls it's callum speaking how can i help"),
        ("C", "hi i'm moving to aberdeen for work next month so i need to cancel my membership"),
        ("A", "okay can i take your name"),
        ("C", "niamh o'connor"),
        ("A", "and your membership number"),
        ("C", "s w one nine nought four two"),
        ("A", "yep i've got you up here it's a twelve month contract with four months left on it"),
        ("C", "right so can you cancel it today or can i freeze it instead if that works out cheaper"),
        ("A", "that's not my department", {"tag": "neg"}),
        ("C", "okay so what happens now"),
        ("A", "i'll stick you through to sandra"),
        ("C", "okay thanks"),
     ])


# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h32-25-conservatory-roof-requote", industry="conservatory builders", style=CLEAN, words=False,
     exercises="team named instead of company; routine re-quote; restatement; announced hold with thanks; one timed and one untimed commitment; name used; full close",
     labels=L("fail", "pass", "na", "pass", "fail", "pass", "pass", "na",
              "'the design team' is a team, not the organisation, so the greeting fails; the revised quote is timed ('by next Friday') but 'We'll also post you some roof tile samples' is not; 'That's a relief' is not a problem raised."),
     turns=[
        ("A", "Good morning, you're through to the design team, Ruth speaking, how can I help?"),
        ("C", "Hello, Ruth. You sent us a quote last week for a lean-to conservatory, and we've been talking it over, and we'd like to change from the polycarbonate roof to a solid tiled one, if that's possible."),
        ("A", "Of course. Can I take your surname and the quote number?"),
        ("C", "It's Patel, Devika Patel, and the quote is Q-2290."),
        ("A", "Thank you, Mrs Patel. So you'd like the lean-to re-quoted with a solid tiled roof in place of the polycarbonate one, keeping everything else the same."),
        ("C", "Yes. And would it still need planning permission?"),
        ("A", "Let me put you on hold for a minute while I check the size against the permitted development rules."),
        ("C", "Okay."),
        ("A", "Thanks for waiting, Mrs Patel. At three metres deep it's still within permitted development, so there's no planning application needed.", H),
        ("C", "That's a relief."),
        ("A", "I'll get our designer to redraw it with the tiled roof, and the revised quote will be with you by next Friday. We'll also post you some roof tile samples."),
        ("C", "Lovely, thank you."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's everything."),
        ("A", "Thank you for calling, Mrs Patel, goodbye."),
     ])

call("h32-26-costume-split-seam", industry="costume hire", style=CLEAN, words=False,
     exercises="full greeting; costume arrived torn on the day of a party; empathy; restatement; limit with an alternative; factual 'no' with help; two timed commitments; customer's name never given; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na",
              "'I can't get another one to you by courier today, but you can collect a replacement' is a limit with an alternative; 'No, you don't need to send it back' answers a question; the customer only gives an order number."),
     turns=[
        ("A", "Hi, thanks for calling Dress the Part, my name's Leon, what can I do for you?"),
        ("C", "Hi. My Cruella de Vil costume has just arrived for a party tonight, and the coat's split right down the back seam. I'm really upset, I've been planning this outfit for weeks."),
        ("A", "Oh, that's so disappointing, especially on the day of the party. I'm really sorry. Can I take the order number?"),
        ("C", "It's DP 80417."),
        ("A", "Thanks. So the Cruella coat's arrived with a split seam, and you need a costume you can actually wear in time for tonight."),
        ("C", "Exactly. Can you send another one?"),
        ("A", "I can't get another one to you by courier today, but you can collect a replacement from our Leeds shop before six."),
        ("C", "Leeds is fine, I'm only twenty minutes away."),
        ("A", "Great. I'll have it put aside at the counter within the next half hour, and the refund for the damaged one will be back on your card in three to five working days."),
        ("C", "Do I have to send the torn one back?"),
        ("A", "No, you don't need to send it back, you can just keep it."),
        ("C", "Brilliant, thank you so much."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's it."),
        ("A", "Have a great party, bye!"),
     ])

call("h32-27-paving-sunk-by-garage", industry="driveway paving", style=CLEAN, words=False,
     exercises="full greeting; sunken paving, customer fed up; no empathy; silent unannounced hold; 'nothing I can do'; bare 'No.'; 'you'd need to' (optional); no restatement; no commitments; name never used; no close",
     labels=L("pass", "fail", "fail", "fail", "na", "fail", "fail", "na",
              "A bare 'No.' to 'can you send someone to look' refuses with no alternative; 'You'd need to get an independent surveyor...' is an instruction that also shuts the door (optional); the agent makes no commitments at all, so follow-up is na."),
     turns=[
        ("A", "Good afternoon, Stoneleigh Driveways, Gareth speaking, how can I help you?"),
        ("C", "Hi, you laid our block paving drive eighteen months ago and there's a dip near the garage now, about the size of a car tyre, and water sits in it every time it rains. I'm pretty fed up, to be honest, it cost us nine thousand pounds."),
        ("A", "What's the name and address?"),
        ("C", "Julie Barnes, 6 Foxglove Close."),
        ("A", "Okay."),
        ("A", "Yes, the job was finished in March last year.", H),
        ("C", "So it's still under the guarantee, isn't it? It's five years."),
        ("A", "The guarantee covers the blocks, not the ground underneath. There's nothing I can do about that.", {"tag": "neg"}),
        ("C", "But it's your sub-base that's sunk. Can you at least send someone to look at it?"),
        ("A", "No.", {"tag": "neg"}),
        ("C", "Right. So what am I supposed to do?"),
        ("A", "You'd need to get an independent surveyor to show it's our workmanship.", {"tag": "neg_opt"}),
        ("C", "Brilliant. Thanks for nothing."),
        ("A", "Right."),
     ])

call("h32-28-escape-room-gift-voucher", industry="escape room bookings", style=CLEAN, words=False,
     exercises="full greeting ('you've reached'); routine voucher purchase; restatement; factual 'no' with help; customer-caused wait; commitment conditional on payment with no time; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "'Once it's gone through, the voucher will be emailed to you' depends on an event and gives no time, so follow-up fails; 'No, it doesn't expire for twelve months' answers a question; the customer goes to fetch the card (wait)."),
     turns=[
        ("A", "Hello, you've reached Lockbox Escape Rooms, I'm Rowan, how can I help today?"),
        ("C", "Hi, I'd like to buy a gift voucher for my brother's birthday, for a group of four, for any of the rooms."),
        ("A", "Lovely idea. Can I take your name?"),
        ("C", "Yes, it's Hugo Brennan."),
        ("A", "Thanks, Hugo. So you're after a voucher that covers four players for any room, as a birthday present for your brother."),
        ("C", "That's right. Does it run out?"),
        ("A", "No, it doesn't expire for twelve months from today, and he can use it at either site."),
        ("C", "Great. Can I pay now?"),
        ("A", "Of course. Could you read me the long number on the card when you're ready?"),
        ("C", "Hang on, my card's in the other room."),
        ("C", "Right, got it. Shall I read it out?", W),
        ("A", "Yes, please, whenever you're ready. Once it's gone through, the voucher will be emailed to you as a PDF, and you can print it or forward it to him. Is there anything else I can help you with, Hugo?"),
        ("C", "No, that's it, thanks."),
        ("A", "Thanks, Hugo, enjoy the birthday, bye."),
     ])

call("h32-29-follicle-scan-move", industry="fertility clinic appointments", style=CLEAN, words=False,
     exercises="greeting with no offer to help; worry about cycle timing; empathy with 'don't worry'; restatement; announced hold with thanks; two timed commitments; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "The opening has salutation, clinic and name but no offer to help, so the greeting fails; 'on Tuesday afternoon' and 'today' time both commitments; 'I've booked that' is done in the call."),
     turns=[
        ("A", "Good morning, Hollybrook Fertility Centre, Nadia speaking."),
        ("C", "Hi, I've got a follicle scan booked for Thursday at nine, but my work have just put me on a training course that day, and I'm panicking a bit because I know the timing really matters with my cycle."),
        ("A", "That's completely understandable, and please don't worry, we move scans around all the time. Can I take your name and date of birth?"),
        ("C", "It's Chloe Marsh, the fifth of August 1991."),
        ("A", "Thank you, Chloe. So you need to move Thursday's follicle scan to another day, but still within the right window for this cycle."),
        ("C", "Yes, that's it."),
        ("A", "I'll just put you on hold for a moment while I check the scan list with the nurse."),
        ("C", "Thanks."),
        ("A", "Thank you for holding, Chloe. The nurse is happy for it to be Wednesday at eight or Friday at half past seven.", H),
        ("C", "Wednesday at eight is perfect."),
        ("A", "I've booked that for you. I'll send the new appointment letter by email today, and the nurse will ring you on Tuesday afternoon to check your medication timings."),
        ("C", "Thank you so much, that's such a relief."),
        ("A", "You're welcome. Is there anything else I can help with?"),
        ("C", "No, that's everything."),
        ("A", "Take care, Chloe, goodbye."),
     ])

call("h32-30-anniversary-bespoke-flowers", industry="flower delivery", style=CLEAN, words=False,
     exercises="full greeting; routine bespoke order; restatement; closing done before a warm transfer; transfer to a named florist with why; no later commitments; name used",
     labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "pass",
              "The agent offers further help and thanks the customer before transferring, so the closing passes even though the call ends in a transfer; 'She's in the studio this afternoon' is a fact, not a commitment."),
     turns=[
        ("A", "Good afternoon, Petal Post, you're speaking with Simone, how can I help?"),
        ("C", "Hi, it's our twenty-fifth wedding anniversary next Saturday, and I'd like to order something a bit special for my wife. I was thinking silver and white, if that's something you do."),
        ("A", "How lovely, congratulations! Can I take your name?"),
        ("C", "It's Graham Whitlock."),
        ("A", "Thanks, Graham. So you'd like a silver and white anniversary arrangement delivered to your wife in time for next Saturday."),
        ("C", "Yes. Could you do something with twenty-five roses in it?"),
        ("A", "That's a bespoke design, so our florist, Marta, would put it together with you. She's in the studio this afternoon."),
        ("C", "Could I speak to her now?"),
        ("A", "Of course. Before I put you through, is there anything else I can help you with?"),
        ("C", "No, that's all, thank you."),
        ("A", "Thanks for calling, Graham. I'm going to transfer you to Marta in our design studio, because she handles all the bespoke arrangements and can talk you through the options."),
        ("C", "Great."),
     ])

call("h32-31-gutter-still-overflowing", industry="gutter cleaning", style=CLEAN, words=False,
     exercises="full greeting; damp after a missed clean; 'oh no' empathy; hold with no reason but thanked; bare 'I don't know'; no restatement; untimed return visit; name used; thanks and bye without an offer",
     labels=L("pass", "fail_or_pass", "pass", "fail", "fail", "pass", "fail", "na",
              "'One sec.' gives no reason, so the hold fails though it is thanked; 'I don't know, the lads don't always note...' is negative; 'We'll send someone back out to clear it again' has no time."),
     turns=[
        ("A", "Hello, ClearFlow Gutters, Sam speaking, what can I do for you?"),
        ("C", "Hi. You cleaned our gutters two weeks ago, but the one over the back bedroom is still overflowing, and now there's a damp patch coming through on the bedroom ceiling. I'm really not happy about it."),
        ("A", "Oh no, I'm sorry, a damp patch is the last thing you want. What's the name on the account?"),
        ("C", "Peter Lomax."),
        ("A", "One sec."),
        ("A", "Thanks for waiting, Peter. Yes, I can see the job from the second.", H),
        ("C", "So did they actually do the back one? Because it doesn't look like it."),
        ("A", "I don't know, the lads don't always note which side they've done.", {"tag": "neg"}),
        ("C", "Well, someone needs to come back and look."),
        ("A", "We'll send someone back out to clear it again, free of charge."),
        ("C", "And the ceiling?"),
        ("A", "If it turns out to be the gutter, we'll talk about the ceiling then."),
        ("C", "Okay."),
        ("A", "Thanks for calling, Peter, bye."),
     ])

call("h32-32-charger-grant-tenant", industry="home EV charger installation", style=CLEAN, words=False,
     exercises="greeting with no agent name; routine grant question; no restatement; 'you'll need to send' (optional); two timed commitments; name given never used; full close",
     labels=L("fail", "pass", "na", "fail", "pass", "fail", "na", "na",
              "'tomorrow' and 'usually within three weeks of the survey' time both commitments; the agent asks questions but never restates the request; the caller's name (Rhys) is never used."),
     turns=[
        ("A", "Good morning, thank you for calling VoltNest Home Charging, how can I help?"),
        ("C", "Hi, I've just ordered an electric car and I want a charger put in on the side of the house. I'm renting, though, so I wanted to check if I can still get the government grant."),
        ("A", "Yes, tenants can still claim the grant, as long as you've got off-street parking. Can I take your name?"),
        ("C", "Sure, it's Rhys Morgan."),
        ("A", "And the postcode?"),
        ("C", "CF10 4BT."),
        ("A", "Do you know if your landlord's happy for you to have one fitted?"),
        ("C", "Yes, I've asked him, he's fine with it."),
        ("A", "You'll need to send us written permission from your landlord before the install, and a couple of photos of your fuse box.", {"tag": "neg_opt"}),
        ("C", "That's easy enough."),
        ("A", "Our surveyor will call you tomorrow to arrange a visit, and the install itself is usually within three weeks of the survey."),
        ("C", "Great."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's all, thanks."),
        ("A", "Thanks for calling, bye."),
     ])

call("h32-33-cat-ill-after-boarding", industry="kennels and catteries", style=CLEAN, words=False,
     exercises="full greeting; cat ill after boarding; empathy with 'I can't imagine'; restatement; announced hold with thanks; two timed commitments; owner's name used; full close with a pet's name",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'I can't imagine how worrying that must be' is empathy, not a refusal; 'I hope Mango feels better soon' is a wish, not a commitment; both commitments are timed ('by five today', 'first thing tomorrow')."),
     turns=[
        ("A", "Good afternoon, Oakfield Kennels and Cattery, you're through to Bethan, how can I help?"),
        ("C", "Hi, I picked my cat Mango up from you yesterday, and he's been sick four times since and won't eat. The vet thinks he might have picked something up, and I'm honestly so worried about him."),
        ("A", "Oh, I'm so sorry. I can't imagine how worrying that must be. Can I take your name?"),
        ("C", "It's Anita Sharma."),
        ("A", "Thank you, Anita. So Mango's been sick and off his food since he came home yesterday, and you'd like to know if anything happened while he was with us."),
        ("C", "Yes, and whether any other cats have been ill."),
        ("A", "Can I put you on hold for a couple of minutes while I check his daily notes with the cattery manager?"),
        ("C", "Yes, go on."),
        ("A", "Thanks so much for holding, Anita. His notes say he ate well all week, and no other cats in his block have been unwell.", H),
        ("C", "Okay, well, that's something."),
        ("A", "We'll email you a copy of his notes by five today so your vet can see them, and our manager, Claire, will call you first thing tomorrow to see how he's doing."),
        ("C", "Thank you, I really appreciate that."),
        ("A", "Is there anything else I can do for you, Anita?"),
        ("C", "No, that's all."),
        ("A", "I hope Mango feels better soon. Thanks for calling, bye."),
     ])

call("h32-34-discontinued-loco-preorder", industry="model railway shop orders", style=CLEAN, words=False,
     exercises="greeting with no salutation; cancelled pre-order, customer gutted; no empathy; restatement; factual 'no' with an alternative; warm transfer to a named specialist with why; past refund, no commitments; no customer name; ends in transfer",
     labels=L("fail", "na_or_fail", "fail", "pass", "na", "na_or_fail", "na", "pass",
              "The greeting has shop, name and offer but no salutation; 'No, they've stopped production, but our second-hand specialist might...' answers with an alternative; 'the deposit's already been refunded' is past, so follow-up is na."),
     turns=[
        ("A", "Junction Models, Frank speaking, how can I help?"),
        ("C", "Hello. I had a pre-order in for the Hornby A4 in garter blue, and I've just had an email saying it's been cancelled because they've discontinued it. I'm gutted, I've been waiting nearly a year for that."),
        ("A", "What's the order reference?"),
        ("C", "JM 3381."),
        ("A", "Yes, that's come through from Hornby this morning. So you were waiting on the garter blue A4, the pre-order's been cancelled, and you're after another way of getting hold of one."),
        ("C", "Yes. Is there any way you can get one from the factory?"),
        ("A", "No, they've stopped production, but our second-hand specialist might be able to find a pre-owned one."),
        ("C", "Oh, that would be great."),
        ("A", "I'll put you through to Dennis, our pre-owned stock specialist, because he keeps a wanted list and can search the collectors' networks for you."),
        ("C", "Thank you. Will I get my deposit back as well?"),
        ("A", "Yes, the deposit's already been refunded to your card."),
        ("C", "Great, thanks."),
        ("A", "Transferring you now."),
     ])

call("h32-35-physio-wrong-cancel-charge", industry="physiotherapy clinic", style=CLEAN, words=False,
     exercises="full greeting; wrong cancellation charge, customer annoyed; no empathy; policy used to refuse; hold with a reason but no thanks; no restatement; timed refund; name used; no close",
     labels=L("pass", "fail", "fail", "fail", "pass", "pass", "fail", "na",
              "'It's our policy to charge for any cancellation under twenty-four hours' refuses before checking; the hold has a reason but no thanks; 'I'll refund the forty pounds now... within five working days' is timed; the agent ends on 'Okay.'"),
     turns=[
        ("A", "Good morning, Riverside Physio, Tom speaking, how can I help?"),
        ("C", "Hi, I've been charged forty pounds for missing an appointment last Monday, but I cancelled it by email on the Friday before, so I shouldn't have been charged at all. I'm quite annoyed, actually."),
        ("A", "Can I take your name?"),
        ("C", "Grace Mbeki."),
        ("A", "Thanks, Grace. It's our policy to charge for any cancellation under twenty-four hours.", {"tag": "neg"}),
        ("C", "It wasn't under twenty-four hours. I emailed on Friday morning."),
        ("A", "Let me look at the cancellations inbox, one moment."),
        ("A", "Okay, I can see your email from Friday at 9:12.", H),
        ("C", "So can you refund it?"),
        ("A", "Yes, I'll refund the forty pounds now, and it'll be back in your account within five working days."),
        ("C", "Fine."),
        ("A", "I've also taken the missed-appointment flag off your record."),
        ("C", "Okay, bye."),
        ("A", "Okay."),
     ])

call("h32-36-suede-jacket-moth-holes", industry="vintage clothing resale", style=CLEAN, words=False,
     exercises="full greeting; moth-damaged purchase; 'oh no' empathy; restatement; announced hold ('bear with me') with thanks; one untimed and one timed commitment; 'you'll need to send it back' (optional); name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "'I'll email you a prepaid returns label' has no time, so follow-up fails although the refund is timed; 'You'll need to send it back in the original packaging' is a neutral instruction (optional)."),
     turns=[
        ("A", "Hi, you're through to Second Stitch Vintage, this is Mia, how can I help?"),
        ("C", "Hi, Mia. I bought a suede jacket from your website last week, and when I unpacked it there were moth holes all down one sleeve. It wasn't cheap, so I'm a bit disappointed."),
        ("A", "Oh no, I'm really sorry, that should have been picked up before it went out. Can I take your name and the order number?"),
        ("C", "Olivia Grant, and it's SS-10442."),
        ("A", "Thanks, Olivia. So the suede jacket from that order has arrived with moth damage on one sleeve, and you'd like to send it back for a refund."),
        ("C", "Yes, unless you've got another one the same."),
        ("A", "Let me check whether we've got a similar one in stock, can you bear with me for a moment?"),
        ("C", "Sure."),
        ("A", "Thanks for bearing with me, Olivia. I'm afraid it was a one-off, so a refund is the best option.", H),
        ("C", "Okay, that's fine."),
        ("A", "I'll email you a prepaid returns label, and you'll get the full refund within fourteen days of it reaching us. You'll need to send it back in the original packaging, if you still have it.", {"tag": "neg_opt"}),
        ("C", "I do, yes."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's everything, thank you."),
        ("A", "Thanks for calling, Olivia, bye."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout32: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout32", when="2026-12-06")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries (two calls each): "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h32",
                                  seed_base=3200, min_utterances=MIN_UTTS, max_utterances=MAX_UTTS)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
