"""Write the holdout34 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout34.py

Writes tests/data/holdout34/<call_id>.json, tests/data/holdout34-labels.json and
tests/data/holdout34/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout34"
LABELS_PATH = HERE / "holdout34-labels.json"
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

call("h34-01-archery-double-renewal", industry="archery club", style=CLEAN, words=True,
     exercises="full greeting; fee taken twice before Christmas; backchannel then cut-in; empathy; restatement; timed refund plus untimed receipt; name used; offer-only close",
     labels=L("pass", "fail_or_pass", "pass", "pass", "fail", "pass", "na", "na",
              "The refund has 'within three to five working days' but 'Our treasurer will email you a corrected receipt' has no time, so follow-up fails; the last agent turn only offers more help and the call ends on the customer."),
     turns=[
        ("A", "Good evening, Longbow Fields Archery Club, Marcus speaking, what can I do for you?"),
        ("C", "Hi Marcus, I renewed my membership online on Sunday and I've just checked my banking app and the eighty-five pound fee has come out twice, so I'm a hundred and seventy down this month, which I really wasn't expecting with Christmas coming up."),
        ("A", "Mm-hmm.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Was that on a debit card or a credit card?", {"at_end": 1.8, "tag": "intr"}),
        ("C", "Debit card. It's Nadia Brennan, by the way, membership number 4471."),
        ("A", "Thanks, Nadia. Ah, that's rotten timing, I'm sorry it's hit you right before Christmas."),
        ("C", "It's fine, it's just annoying."),
        ("A", "So your renewal payment was taken twice and you'd like the extra eighty-five pounds refunded."),
        ("C", "Yes please."),
        ("A", "I can see both payments here. I've cancelled the second one, and the money will be back in your account within three to five working days."),
        ("C", "Brilliant."),
        ("A", "Our treasurer will email you a corrected receipt as well."),
        ("C", "Okay, thanks."),
        ("A", "Is there anything else I can help with tonight, Nadia?"),
        ("C", "No, that's it."),
     ])

call("h34-02-courier-late-contract", industry="bike courier dispatch", style=CLEAN, words=True,
     exercises="greeting with desk but no company; late urgent document, worried; backchannel; agent starts 0.3 s before the customer ends; limit with alternative; hold with reason, not thanked; timed promises; name never used; goodbye-only close",
     labels=L("fail", "fail_or_pass", "fail", "fail", "pass", "fail", "fail", "na",
              "'Dispatch desk' names a team, not the company; 'I can't promise four, but what I can do is send a second rider' is a limit with an alternative; the agent comes back from the hold without thanking; the worry is never acknowledged."),
     turns=[
        ("A", "Hi, dispatch desk, you're through to Kofi, how can I help?"),
        ("C", "Hello, one of your riders collected a signed contract from our office at two and it was meant to be at the buyer's solicitors across town by four, and the tracking hasn't moved for twenty minutes."),
        ("A", "Right.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Can I take the job reference?", {"at_end": 0.3}),
        ("C", "It's CR 88 213, collection from Harland and Webb."),
        ("A", "And who am I speaking to?"),
        ("C", "Priya Chaudhry."),
        ("A", "Thank you. The rider's stuck behind a road closure on the ring road."),
        ("C", "So will it get there by four? Because if it doesn't, the whole deal falls through and it's my head on the block."),
        ("A", "I can't promise four, but what I can do is send a second rider from our Broad Street hub to meet him and take it the rest of the way."),
        ("C", "Please, yes, do that."),
        ("A", "Give me a moment to get hold of the hub."),
        ("A", "Right, that's sorted. Luis is leaving Broad Street now, he'll have it at the buyer's office by quarter to four, and you'll get the proof-of-delivery email this afternoon.", H),
        ("C", "Okay. Thank you."),
        ("A", "No problem. Bye now."),
     ])

call("h34-03-shoes-school-fitting", industry="children's shoe shop fittings", style=CLEAN, words=True,
     exercises="full greeting; routine fitting booking; backchannel; customer cuts in on the agent; restatement; surname spelled back but never used to address; factual 'no' with help; timed reminder; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "fail", "na", "na",
              "Spelling the surname back for the booking ('Harrison, H-A-R-R-I-S-O-N') is a read-back, not addressing the customer by name, so personalization fails; 'No, you don't need to bring anything' answers a question and helps."),
     turns=[
        ("A", "Hello, Little Strides shoe shop, I'm Bethan. How can I help?"),
        ("C", "Hi, I'd like to book a fitting for my two, they're five and seven, and they both need school shoes before term starts on the fourth."),
        ("A", "Mm-hmm.", {"at_start": 2.0, "tag": "bc"}),
        ("A", "Lovely. So you're after a fitting for both children for school shoes, sometime before the fourth."),
        ("C", "Yes, a Saturday if you have one."),
        ("A", "I've got Saturday the second at ten, or half past eleven if that's better."),
        ("C", "Ten, please.", {"at_end": 0.6}),
        ("A", "And what name shall I put it under?"),
        ("C", "Harrison. Lucy Harrison."),
        ("A", "Harrison, H-A-R-R-I-S-O-N. Great, you're booked in for ten on Saturday the second, and you'll get a text reminder the evening before."),
        ("C", "Perfect. Do I need to bring their old shoes?"),
        ("A", "No, you don't need to bring anything, we measure both feet on the day."),
        ("C", "Great, thanks."),
        ("A", "Is there anything else I can help with? Thanks for calling, bye."),
     ])

call("h34-04-dialaride-missed-clinic", industry="community transport (dial-a-ride)", style=CLEAN, words=True,
     exercises="greeting without offer; missed hospital pick-up, upset; agent cuts in with a question; 'oh dear' empathy; flat 'I don't know'; restatement; booking done plus untimed call-back; surname used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "'I don't know what happened to the driver' is flat negative language even with the reason after it; 'our scheduler will ring you to confirm the driver' has no time; the cut-in uses the name the customer has just given."),
     turns=[
        ("A", "Morning, Dial-a-Ride, Sheila here."),
        ("C", "Hello, this is Albert Pryce, I was booked for a pick-up at half nine this morning to take me to the eye clinic, and I sat in the hall with my coat on until gone eleven and nobody came, and now I've missed the appointment I waited four months for."),
        ("A", "What's your membership number, Mr Pryce?", {"at_end": 2.2, "tag": "intr"}),
        ("C", "It's on my card somewhere. Two zero one nine five five."),
        ("A", "Oh dear, I am sorry, and after waiting four months as well."),
        ("C", "I'm very upset about it, I don't mind telling you."),
        ("A", "I don't know what happened to the driver, he's not answering his radio.", {"tag": "neg"}),
        ("C", "Well, somebody should know."),
        ("A", "So the bus never turned up this morning, you missed your eye clinic, and you'll need a lift to the new appointment once the hospital rebooks it."),
        ("C", "That's right. They've said next Wednesday at two."),
        ("A", "I've booked you in for Wednesday with a pick-up at quarter past one, and our scheduler will ring you to confirm the driver."),
        ("C", "Thank you."),
        ("A", "Anything else I can do for you, Mr Pryce?"),
        ("C", "No, that's all, love."),
        ("A", "Take care now, bye bye."),
     ])

call("h34-05-blind-too-narrow", industry="curtain and blind makers", style=CLEAN, words=True,
     exercises="full greeting; made-to-measure blind too narrow; backchannel; detail read-back only; refusal with no alternative; customer cuts in on the agent; empathy; warm transfer with person and reason; no name; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "fail", "na", "na_or_fail", "na", "pass",
              "'We're unable to remake it free of charge' refuses with no alternative in that turn (the transfer only comes after the customer asks what she can do); 'The kitchen blind?' is a one-detail read-back; the transfer names Graham, his role and why."),
     turns=[
        ("A", "Good afternoon, thank you for calling Pleat and Fold Interiors, my name's Rosa, how may I help?"),
        ("C", "Hi, I ordered a made-to-measure roller blind for my kitchen window, it arrived yesterday and it's about two centimetres too narrow, so there's a gap down each side and the light comes straight through in the morning."),
        ("A", "I see.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "The kitchen blind?"),
        ("C", "Yes, the grey one. Order 3382, postcode BN2 4TE."),
        ("A", "Thanks. Looking at the order form, the width entered was one hundred and twelve centimetres, and that's what we made it to."),
        ("C", "Well, maybe I measured inside the recess, but I'm not paying for a second blind."),
        ("A", "We're unable to remake it free of charge when the measurement came from the customer.", {"tag": "neg"}),
        ("C", "That's really frustrating, it cost me a hundred and forty pounds.", {"at_end": 0.8}),
        ("A", "I'm sorry, I know that's not what you wanted to hear."),
        ("C", "So what can I do?"),
        ("A", "I'm going to put you through to Graham, our workshop manager, because he's the one who can agree a discounted remake. One moment."),
        ("C", "Okay."),
     ])

call("h34-06-dogwalker-lost-key", industry="dog walking service", style=CLEAN, words=True,
     exercises="full greeting with 'Hiya'; lost house key, worried; short 'Oh no' inside the customer's turn; long empathy; restatement; hold asked with reason and thanked; limit with alternative; all promises timed; name used; offer-only close",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'Oh no.' spoken inside the customer's turn is short and does not take the floor but is not a listed backchannel, so it is an optional interruption; 'He can't do today, but he'll change the barrel first thing tomorrow' is a limit with an alternative; the customer, not the agent, says bye."),
     turns=[
        ("A", "Hiya, Pawprints Dog Walking, it's Leanne, how can I help?"),
        ("C", "Hi Leanne, it's Sanjay Mistry. Your walker Jade has just rung me to say she's lost the spare key to my house somewhere on the common, and it's on a keyring with my address tag on it, so anyone could pick it up and let themselves in, I'm really quite worried."),
        ("A", "Oh no.", {"at_start": 6.0, "tag": "intr_opt"}),
        ("A", "Sanjay, I'm so sorry, that's a horrible thing to hear, and with your address on it I completely understand why you're worried."),
        ("C", "Thanks. I just want the lock changed, today if you can."),
        ("A", "Of course. So the spare key with your address on it has gone missing, and you want the lock changed before anyone can use it."),
        ("C", "Exactly."),
        ("A", "Can I pop you on hold for a minute while I ring our locksmith and see when he's free?"),
        ("C", "Sure."),
        ("A", "Thanks so much for holding, Sanjay. He can't do today, but he'll change the barrel first thing tomorrow morning, at our cost.", H),
        ("C", "That's fine. Can Jade still walk Biscuit today?"),
        ("A", "Yes, she'll be there at twelve as usual, and she'll drop the new keys round by six tomorrow evening."),
        ("C", "Lovely."),
        ("A", "Is there anything else I can do for you, Sanjay?"),
        ("C", "No, that's everything, thanks, bye."),
     ])

call("h34-07-drystone-quote-chase", industry="dry stone walling contractor", style=CLEAN, words=True,
     exercises="full greeting with filler; chasing an overdue quote, fed up; backchannel then 'sorry to jump in' cut-in; no empathy; factual 'no' with help; restatement; timed quote; title and surname used; full close",
     labels=L("pass", "pass", "fail", "pass", "pass", "pass", "na", "na",
              "'Sorry to jump in' is politeness, not empathy, and the customer's 'I'm a bit fed up' only gets an explanation; the apology-worded cut-in is still an interruption; 'No, it's not lost' answers the question and goes on to help."),
     turns=[
        ("A", "Hello, Fellside Walling, this is, uh, Gareth. How can I help?"),
        ("C", "Hi, it's Helen Ashby at Low Moor Farm. Your chap Andy came out a fortnight ago to look at the wall along our top field, where about twenty metres of it has come down, and he said I'd have a written quote within a few days, and I've heard nothing since."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Sorry to jump in, is that the wall by the lane or the one behind the barn?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "By the lane. And I've chased twice now, I'm a bit fed up, to be honest."),
        ("A", "Right. The weather's put us behind on everything this autumn."),
        ("C", "Has the quote been lost?"),
        ("A", "No, it's not lost, it's on Andy's desk half finished."),
        ("A", "So you're still waiting on the written quote for rebuilding that twenty-metre stretch by the lane, and you want to know when it's coming."),
        ("C", "Yes, and when you could start."),
        ("A", "Andy will have the quote in your inbox by Friday lunchtime, with a start date on it."),
        ("C", "Good."),
        ("A", "Anything else while I've got you, Mrs Ashby?"),
        ("C", "No, that's it."),
        ("A", "Thanks, Mrs Ashby, bye."),
     ])

call("h34-08-festival-campervan-swap", industry="festival camping tickets", style=CLEAN, words=True,
     exercises="greeting without agent name; routine ticket change; backchannel; agent starts 0.45 s before the customer ends; 'I can't hear you' look-alike; restatement; hold without a reason, thanked; timed email; 'you'll need to' instruction; name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "fail", "na",
              "'Can you hold a sec?' gives no reason, so the hold fails although the agent thanks the customer after it; 'I can't hear you very well' is not a refusal; 'you'll need to print it' is a neutral instruction (optional)."),
     turns=[
        ("A", "Hi there, thanks for calling Meadowlark Festival tickets, how can I help?"),
        ("C", "Hi, I've got two general camping tickets for August, but my brother's now lending us his campervan, so I'd like to change them to a campervan pass if there's still space."),
        ("A", "Yeah.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "There is, yes. Can I take the order number and your name?", {"at_end": 0.45}),
        ("C", "It's MF 40 771, and it's Cerys Llewellyn."),
        ("A", "Sorry, I can't hear you very well, could you say the surname again?"),
        ("C", "Llewellyn, double L, E, W, E, double L, Y, N."),
        ("A", "Thanks, Cerys. So you'd like to swap both camping tickets for one campervan pass, for the same weekend."),
        ("C", "Yes, please. Is there a price difference?"),
        ("A", "It's forty pounds more. Can you hold a sec?"),
        ("A", "Thanks for waiting. That's done, and the forty pounds has gone on the card ending 18.", H),
        ("C", "Great."),
        ("A", "You'll get the campervan pass by email in the next ten minutes, and you'll need to print it and show it at the vehicle gate.", {"tag": "neg_opt"}),
        ("C", "Will do, thanks very much."),
        ("A", "Is there anything else? Have a brilliant festival, bye!"),
     ])

call("h34-09-garage-door-car-trapped", industry="garage door repairs", style=CLEAN, words=True,
     exercises="full greeting; jammed door trapping the car, rushed; safety cut-in; second cut-in; brief empathy; bare 'I can't'; timed engineer; no restatement; no name; no closing",
     labels=L("pass", "fail", "pass", "fail", "pass", "na_or_fail", "na", "na",
              "'Don't pull on it again, please' is safety advice, not negative, but it cuts in on the customer; 'I can't get anyone to you this morning' refuses with nothing offered until the next turn; the call ends on a booking recap and the customer's bye."),
     turns=[
        ("A", "Morning, Liftright Garage Doors, Dominic speaking, how can I help?"),
        ("C", "Hi, my garage door's jammed halfway down, it won't go up or down, the motor just clicks, and my car's stuck inside and I'm supposed to be at work in forty minutes, I've tried the remote and the button on the wall and I've been yanking the red cord and nothing's working."),
        ("A", "Don't pull on it again, please, the spring might have gone.", {"at_end": 2.0, "tag": "intr"}),
        ("C", "Oh. Right, okay."),
        ("A", "Oh, that's a nightmare with work as well. Is it an up-and-over door, or a roller?"),
        ("C", "It's a roller door, the white one with the little windows, and I think you fitted it about five years ago, we had it serviced by your lot last spring."),
        ("A", "Was that at Oakfield Close?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "Yes, number twelve, WR5 3HB."),
        ("A", "Got it, it's on our system. I can't get anyone to you this morning, the diary's full.", {"tag": "neg"}),
        ("C", "So I'm just stuck? That's brilliant."),
        ("A", "An engineer will be with you between two and four this afternoon."),
        ("C", "Fine, I'll have to work from home."),
        ("A", "Right, he'll see you this afternoon."),
        ("C", "Bye."),
     ])

call("h34-10-guitar-lessons-cancelled", industry="guitar lessons", style=CLEAN, words=True,
     exercises="agent name only after 20 s; repeated cancelled lessons, frustrated; backchannel; empathy; restatement; customer cuts in; 'not my department' with a transfer; untimed note; child's name used, caller's never; warm transfer; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "fail", "fail", "na", "pass",
              "The agent's name comes more than 20 s after the opening, so the greeting fails; 'Refunds aren't my department, but I can put you through to Imran' pairs the phrase with an alternative (optional); the agent uses the son's name Finn but never the caller's, Joanna."),
     turns=[
        ("A", "Good afternoon, Fretwork Music School, how can I help you?"),
        ("C", "Hi, my son Finn has guitar lessons with Mr Kemp on Tuesdays after school, and for the third week running we've had a text at the last minute saying the lesson's cancelled, and it's paid for by the term, so I'd like to know what on earth is going on."),
        ("A", "Uh-huh.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Oh, I'm Ollie, by the way. Can I take your name?"),
        ("C", "Joanna Finch. And Finn's really disappointed, he practises all week for it, and I'm paying for lessons he isn't getting."),
        ("A", "I understand how frustrating that is, especially for Finn when he's put the practice in."),
        ("C", "Thank you."),
        ("A", "So Mr Kemp has cancelled three of Finn's Tuesday lessons in a row, and you'd like the money back for the ones he's missed."),
        ("C", "Yes, or the lessons made up, one or the other.", {"at_end": 0.9}),
        ("A", "Refunds aren't my department, but I can put you through to Imran in accounts, he sorts out credits and refunds for missed lessons.", {"tag": "neg_opt"}),
        ("C", "Okay, please."),
        ("A", "I'll also make a note for our head of teaching to look at Mr Kemp's cancellations. Putting you through to Imran now."),
        ("C", "Thanks."),
     ])

call("h34-11-chef-anniversary-dinner", industry="home chef hire", style=CLEAN, words=True,
     exercises="full greeting with 'welcome'; routine booking; backchannel; agent starts 0.52 s before the customer ends (optional interruption); restatement; one timed and one vague promise; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "The agent's question starts 0.52 s before the customer stops, just over the 0.5 s line, so it is an optional interruption; 'as soon as I can' gives no time, so follow-up fails despite 'on Thursday evening' for the chef's call."),
     turns=[
        ("A", "Hello and welcome to Table for You private chefs, I'm Anouk, what can I do for you today?"),
        ("C", "Hi, I'd like to book a chef for our tenth wedding anniversary, it's on Saturday the nineteenth, just the two of us at home, and my husband's a coeliac, so everything would need to be gluten free."),
        ("A", "Sure.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Lovely, congratulations, and can I take your name and postcode?", {"at_end": 0.52, "tag": "intr_opt"}),
        ("C", "Marisol Ortega, CF10 2GH. We'd want to eat about seven."),
        ("A", "Thank you, Marisol. So you'd like a chef at home for a gluten-free anniversary dinner for two on Saturday the nineteenth, starting around seven."),
        ("C", "That's it exactly."),
        ("A", "Marco's free that night, and he's very experienced with coeliac menus. He'll call you on Thursday evening to go through the menu with you."),
        ("C", "Perfect."),
        ("A", "I'll get the deposit invoice over to you as soon as I can."),
        ("C", "Great, thanks."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for booking with us, Marisol, have a lovely evening, bye."),
     ])

call("h34-12-laptop-dissertation-drive", industry="laptop repair shop", style=CLEAN, words=True,
     exercises="greeting without offer; dead laptop before a deadline, panicking; backchannel then cut-in; 'oh no' empathy; restatement; hold with reason, 'sorry about the wait' not thanks; timed call-back; name given never used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "fail", "fail", "na",
              "'Sorry about the wait' apologises but does not thank the customer for waiting, so the hold fails; the customer offers his name and the agent never uses it; the close has the offer and 'bye' in one turn."),
     turns=[
        ("A", "Hello, you've reached ByteFix laptop repairs, Chloe speaking."),
        ("C", "Hi, um, my laptop won't start, it just shows a black screen with a blinking folder and a question mark, and my whole dissertation is on it, it's due at nine tomorrow morning and I haven't backed it up anywhere, I'm honestly freaking out."),
        ("A", "Okay.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Have you got a copy on a memory stick or in the cloud at all?", {"at_end": 2.5, "tag": "intr"}),
        ("C", "No, nothing, that's the problem."),
        ("A", "Oh no, the night before a deadline, that's awful."),
        ("C", "Can you get it back?"),
        ("A", "So the laptop won't boot, your dissertation is only on that drive, and you need it back before nine tomorrow."),
        ("C", "Yes. Name's Tomás Ferreira, if you need it."),
        ("A", "Let me check with the technician whether he can take it this afternoon, one moment."),
        ("A", "Sorry about the wait. He can see it at two today if you bring it in.", H),
        ("C", "I'll be there."),
        ("A", "He'll ring you by five today to say whether the drive can be read."),
        ("C", "Thank you so much."),
        ("A", "Anything else I can help with? Okay, good luck with it, bye."),
     ])


# ---------------------------------------------------------------------------
# 13-24: ASR style (lower case, no punctuation, fillers, numbers as words)
# ---------------------------------------------------------------------------

call("h34-13-hairdresser-bridal-trial", industry="mobile hairdresser", style=ASR, words=False,
     exercises="full greeting with filler; routine trial booking; restatement with congratulations; customer-caused wait; polite 'i don't know if you've seen'; timed text; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
              "'i don't know if you've seen our instagram' is the polite question form, not negative; the long silence is the customer checking her calendar (na); a wedding booking is routine (empathy na)."),
     turns=[
        ("A", "hi you're through to um snip on the move this is kerry how can i help"),
        ("C", "hiya i'm getting married in june and i wanted to book a hair trial at home for me and maybe my two bridesmaids"),
        ("A", "aw congratulations so you're after a trial at your house for you and maybe two bridesmaids before the wedding have you got a date in mind"),
        ("C", "hang on let me check my calendar"),
        ("C", "okay i'm free saturday the twelfth of april", W),
        ("A", "i can do the twelfth at ten and what's your name and postcode"),
        ("C", "amira haddad and it's m twenty one nine q p"),
        ("A", "thanks amira i don't know if you've seen our instagram but there's loads of bridal styles on there to look at before the trial"),
        ("C", "oh great i'll have a look"),
        ("A", "i'll text you the trial price list and the booking confirmation tonight"),
        ("C", "brilliant thank you"),
        ("A", "no worries is there anything else i can help with"),
        ("C", "no that's everything"),
        ("A", "okay thanks for calling amira bye"),
     ])

call("h34-14-paint-mismatch-manager", industry="paint and decorating supplies", style=ASR, words=False,
     exercises="greeting without agent name; wrongly mixed paint, angry; restatement; no empathy; policy refusal; 'you have to' demand; transfer naming a person but no reason; no name; ends in transfer",
     labels=L("fail", "na_or_fail", "fail", "pass", "na", "na_or_fail", "na", "fail",
              "'it's our policy we don't refund tinted paint' refuses outright and 'you have to bring the tins back in' is a demand; 'i'll put you through to dave' says to whom but not why or what Dave does, so the transfer fails."),
     turns=[
        ("A", "morning decorators depot uh what can i do for you"),
        ("C", "yeah hi i came in saturday and got ten litres of paint mixed to match a colour card sage mist it was and i've just done the whole living room wall and it's come out like a bright mint green it's nothing like it"),
        ("A", "which branch did you go to"),
        ("C", "kingsway the big one"),
        ("A", "so the paint we mixed doesn't match the sage mist card you brought in and you've already got it on the wall"),
        ("C", "yeah a whole wall and i'm not happy i took a day off work to do this"),
        ("A", "it's our policy we don't refund tinted paint once it's been opened", {"tag": "neg"}),
        ("C", "you're joking it was your mistake not mine"),
        ("A", "you have to bring the tins back in before we look at anything", {"tag": "neg"}),
        ("C", "i want to speak to a manager"),
        ("A", "right i'll put you through to dave"),
        ("C", "fine"),
     ])

call("h34-15-puppy-course-full", industry="puppy training classes", style=ASR, words=False,
     exercises="full greeting; course full, worried about nipping; detail read-back only; hold announced with reason, not thanked; limit with alternatives; empathy; timed email plus untimed call; name used; full close",
     labels=L("pass", "pass", "pass", "fail", "fail", "pass", "fail", "na",
              "'we can't fit any more in on that one but i can put you on the april course' is a limit with an alternative; the agent comes back from the silence with 'right' and no thanks; 'someone will give you a ring' if a space comes up has no time."),
     turns=[
        ("A", "good afternoon happy paws puppy school you're speaking with den how may i help"),
        ("C", "hi um i wanted to book my puppy alfie onto the beginners course that starts next tuesday he's ten weeks old"),
        ("A", "ten weeks lovely let me have a look at the course list"),
        ("A", "right tuesday's course is full we can't fit any more in on that one but i can put you on the april course or the waiting list for tuesday", H),
        ("C", "oh that's a shame he's been nipping the kids a lot and i was hoping to get on top of it quickly"),
        ("A", "oh bless that's hard work with little ones around it's really common at that age though"),
        ("C", "i'll go on the waiting list and book april as well then"),
        ("A", "no problem can i take your name"),
        ("C", "lauren price"),
        ("A", "thanks lauren i'll email you the april course details today and if a space comes up on tuesday someone will give you a ring"),
        ("C", "great thanks"),
        ("A", "anything else i can help you with today lauren"),
        ("C", "no that's it thanks"),
        ("A", "thanks for calling lauren bye"),
     ])

call("h34-16-season-ticket-lost", industry="rail season tickets", style=ASR, words=False,
     exercises="full greeting; lost annual ticket, worried; 'oh no' empathy; 'just to confirm' on a postcode only; hold asked with reason and thanked; flat 'i dunno'; timed replacement; title and surname used; offer and goodbye in one turn",
     labels=L("pass", "pass", "pass", "fail", "pass", "pass", "pass", "na",
              "'just to confirm that's l s eight two r j' has the cue but only reads back a detail, so paraphrase fails; 'i dunno to be honest' is flat 'I don't know'; 'have a good day' after the offer is the goodbye."),
     turns=[
        ("A", "thank you for calling northern link rail season tickets my name is precious how can i help you today"),
        ("C", "hi yeah i've lost my annual season ticket i think it fell out of my jacket on the train last night and it cost me over four thousand pounds so i'm really worried"),
        ("A", "oh no that's stressful when it's an annual one can i take your name and postcode"),
        ("C", "declan moss l s eight two r j"),
        ("A", "just to confirm that's l s eight two r j"),
        ("C", "yeah"),
        ("A", "thank you mister moss can i put you on hold for a moment while i cancel the old ticket on the system"),
        ("C", "sure"),
        ("A", "thank you for holding mister moss the old one's cancelled now", H),
        ("C", "so if it turns up can i still use it or get money back"),
        ("A", "i dunno to be honest", {"tag": "neg"}),
        ("C", "okay"),
        ("A", "the replacement will be posted out tomorrow and it should be with you in three to five working days there's a ten pound admin fee"),
        ("C", "fine"),
        ("A", "is there anything else i can help with have a good day"),
     ])

call("h34-17-sofa-fabric-backorder", industry="sofa reupholstery", style=ASR, words=False,
     exercises="greeting without salutation; job three weeks late, frustrated; restatement without a cue; long empathy; blame-shifting 'not my fault'; timed call-back and estimate; name given never used; thanks-only close",
     labels=L("fail", "fail_or_pass", "pass", "pass", "pass", "fail", "na", "na",
              "'it's not my fault the mill's late' is not one of the listed phrases but is blame-shifting, so it is optional; 'about two weeks' once the fabric is in is a time frame; the agent only thanks and says bye at the end."),
     turns=[
        ("A", "chesterfield and co kate speaking how can i help"),
        ("C", "hi it's jean dobson i brought my sofa in to be reupholstered and i was told four weeks and it's now been seven and nobody's rung me i'm sat on dining chairs in the lounge"),
        ("A", "let me pull it up the green velvet two seater"),
        ("C", "that's the one"),
        ("A", "so you were quoted four weeks it's now seven and you've not had a single update from us"),
        ("C", "exactly and it's getting ridiculous"),
        ("A", "i can imagine that's really frustrating sitting on dining chairs all this time the hold up is the velvet it's on back order from the mill"),
        ("C", "well why didn't anyone tell me"),
        ("A", "it's not my fault the mill's late but someone should've rung you", {"tag": "neg_opt"}),
        ("C", "so when will it be done"),
        ("A", "i'll chase the mill this afternoon and ring you back before we close at half five"),
        ("C", "okay"),
        ("A", "once the fabric's in the sofa will be ready in about two weeks"),
        ("C", "right thanks"),
        ("A", "thanks for bearing with us bye"),
     ])

call("h34-18-tree-branch-conservatory", industry="tree surgeons", style=ASR, words=False,
     exercises="greeting with the company cut off by the recogniser; storm damage, shaken; 'oh my goodness' empathy; restatement; general statement, no commitment; warm transfer with person and reason; no name; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "na_or_fail", "na", "pass",
              "'canopy tree ca-' is the company name clipped by the recogniser and still identifies it; 'our emergency crew can usually come same day' is a general statement, not a commitment, and the transfer itself is immediate, so follow-up is na."),
     turns=[
        ("A", "hello canopy tree ca- this is sam how can i help"),
        ("C", "hi a huge branch has come off the oak in our back garden in the wind last night and it's gone right through the roof of the conservatory and there's glass everywhere"),
        ("A", "oh my goodness is everyone okay"),
        ("C", "yeah we're fine just a bit shaken the kids were asleep upstairs thank god"),
        ("A", "that must've been terrifying what's the address"),
        ("C", "fourteen beech grove t n two four four h b"),
        ("A", "so a big branch off your oak has come down through the conservatory roof and you need it made safe and cleared as soon as possible"),
        ("C", "yes please today if you can"),
        ("A", "our emergency crew can usually come same day"),
        ("C", "that would be amazing"),
        ("A", "i'm going to put you through to mick our emergency supervisor because he's the one who can send a crew out today"),
        ("C", "thank you"),
     ])

call("h34-19-archery-beginners-course", industry="archery club", style=ASR, words=False,
     exercises="greeting without agent name; routine course booking; restatement; bare 'no sorry' refusal; payment on the call; untimed joining pack; name used; offer, thanks and bye in one turn",
     labels=L("fail", "pass", "na", "pass", "fail", "pass", "na", "na",
              "'no sorry the adult course is twelve and over' refuses the son's place with a reason but no alternative; 'you'll get a joining pack in the post' has no time, though the first session has a date."),
     turns=[
        ("A", "hello thanks for calling uh oakridge bowmen archery club how can i help"),
        ("C", "hiya i'd like to book me and my partner onto the beginners course in march"),
        ("A", "lovely so that's two places on the six week beginners course starting in march"),
        ("C", "yeah that's right and can my son come too he's eleven"),
        ("A", "no sorry the adult course is twelve and over", {"tag": "neg"}),
        ("C", "ah okay never mind"),
        ("A", "can i take your name and a phone number"),
        ("C", "gethin rowlands oh seven seven double oh nine double oh three two one"),
        ("A", "thanks gethin that's forty five pounds each can you pay by card now"),
        ("C", "yeah go on"),
        ("A", "that's gone through so you're booked for the first session on saturday the eighth at nine"),
        ("C", "great"),
        ("A", "you'll get a joining pack in the post with the kit list"),
        ("C", "cool thanks"),
        ("A", "is there anything else i can help with thanks gethin bye"),
     ])

call("h34-20-courier-smashed-vase", industry="bike courier dispatch", style=ASR, words=False,
     exercises="full greeting with company first; smashed parcel, gutted; customer-caused wait; no empathy; no restatement; 'you'll need to' instruction; link sent during the call; name used; offer-only close",
     labels=L("pass", "fail_or_pass", "fail", "fail", "na", "pass", "na", "na",
              "'you'll need to fill in the damage claim form' is a neutral instruction (optional); 'i've just texted you the link' is done during the call, so there is no commitment (na); 'i'm gutted' is never acknowledged."),
     turns=[
        ("A", "zip zap couriers hi it's marek what can i do for you"),
        ("C", "hi um a parcel you delivered for me this morning has arrived completely smashed it was a ceramic vase a wedding present for my sister and it's in bits"),
        ("A", "have you got the tracking number"),
        ("C", "er give me a sec it's in my emails"),
        ("C", "right it's z z four four nine one seven", W),
        ("A", "and your name"),
        ("C", "ella brandt"),
        ("A", "okay ella yeah i can see it was dropped off at ten twenty"),
        ("C", "it was wrapped really well as well i'm gutted"),
        ("A", "you'll need to fill in the damage claim form on our website with photos", {"tag": "neg_opt"}),
        ("C", "okay"),
        ("A", "i've just texted you the link to the form"),
        ("C", "got it"),
        ("A", "anything else"),
        ("C", "no"),
     ])

call("h34-21-shoes-sole-split", industry="children's shoe shop fittings", style=ASR, words=False,
     exercises="full greeting with filler; shoes split after three weeks, annoyed; empathy; factual 'no' with help; restatement; hold asked with reason and thanked; 'we haven't got them but' with alternative; timed collection; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'oh that's not good at all' contains 'not' but is empathy, not negative; 'no you don't need the receipt' answers a question and helps; 'ready to collect from saturday morning' is timed."),
     turns=[
        ("A", "good morning um tiny toes shoes jas speaking how can i help"),
        ("C", "hi i bought school shoes for my daughter three weeks ago and the sole's split right across the bottom and her socks were soaking yesterday i'm not impressed for sixty quid"),
        ("A", "oh that's not good at all i'm sorry especially after only three weeks"),
        ("C", "thank you do i need the receipt i think i've lost it"),
        ("A", "no you don't need the receipt we can find it on the system what name was it under"),
        ("C", "rachel kowalczyk"),
        ("A", "thanks rachel so your daughter's school shoes have split across the sole after three weeks and you'd like them replaced"),
        ("C", "yes please same size"),
        ("A", "can i put you on hold for a minute while i check we've got that size in stock"),
        ("C", "yep"),
        ("A", "thanks for waiting rachel we haven't got them in the shop but i've ordered a pair in for you", H),
        ("C", "okay when will they come"),
        ("A", "they'll be ready to collect from saturday morning"),
        ("C", "great"),
        ("A", "anything else i can do for you rachel thanks for calling bye"),
     ])

call("h34-22-dialaride-register-mum", industry="community transport (dial-a-ride)", style=ASR, words=False,
     exercises="greeting without offer; routine registration for a parent; restatement; 'you have to' as information; registration done on the call; factual 'no' with help; mother's name only; full close",
     labels=L("fail", "pass", "na", "pass", "na", "na_or_fail", "na", "na",
              "Only the mother's name (doris webb) is given, never the caller's, so personalization is na_or_fail; 'you have to be registered' states a rule rather than making a demand (optional); the registration is done on the call, so there is no commitment."),
     turns=[
        ("A", "hello community wheels dial a ride bev speaking"),
        ("C", "oh hello i'm ringing about my mum doris webb she uses a wheelchair now and she's not driving any more so she'd like to start using your bus to get to the shops"),
        ("A", "right so you'd like to get your mum registered so she can book the bus for her shopping and it'll need to take her wheelchair"),
        ("C", "that's it yeah"),
        ("A", "you have to be registered with us before we can book any journeys", {"tag": "neg_opt"}),
        ("C", "that's fine can we do that now"),
        ("A", "yes i can do it over the phone now what's her address and date of birth"),
        ("C", "nine fern lane p l three five q t and it's the second of may nineteen forty"),
        ("A", "lovely that's her registered and she can book from today"),
        ("C", "and does it cost anything"),
        ("A", "no there's no charge to register the journeys are two pounds each way"),
        ("C", "oh that's good thanks"),
        ("A", "is there anything else i can help with"),
        ("C", "no thanks love bye"),
        ("A", "bye now"),
     ])

call("h34-23-curtains-fitter-noshow", industry="curtain and blind makers", style=ASR, words=False,
     exercises="full greeting; fitter no-show, angry; 'calm down'; empathy after it; restatement with 'just so i've got this right'; timed visit plus untimed manager note; title and surname used; no closing",
     labels=L("pass", "fail", "pass", "pass", "fail", "pass", "na", "na",
              "'okay calm down there's no need to shout' is negative; 'i'll make sure our manager knows what happened' is a future commitment with no time, so follow-up fails despite 'tomorrow between eight and ten'; the call ends on a recap."),
     turns=[
        ("A", "good afternoon drape and drop made to measure my name is hollie how can i help"),
        ("C", "yeah i've taken the whole day off work because your fitter was supposed to be here at nine to put my curtains up and it's now two o'clock and nobody's turned up and nobody's answering the phone this is absolutely ridiculous"),
        ("A", "okay calm down there's no need to shout", {"tag": "neg"}),
        ("C", "i'm not shouting i'm angry"),
        ("A", "i'm sorry you've taken a day off for nothing that's really not fair on you can i take your name"),
        ("C", "femi adebayo"),
        ("A", "just so i've got this right mister adebayo the fitter was booked for nine this morning to hang your curtains and he hasn't turned up or called"),
        ("C", "correct"),
        ("A", "his van broke down this morning and the office should've rung you"),
        ("C", "well they didn't so what now"),
        ("A", "the fitter will be with you tomorrow between eight and ten and i'll make sure our manager knows what happened"),
        ("C", "fine i'll work from home"),
        ("A", "right so that's tomorrow eight till ten"),
        ("C", "fine"),
     ])

call("h34-24-dogwalk-holiday-pause", industry="dog walking service", style=ASR, words=False,
     exercises="full greeting with filler; routine pause; date read-back only; hold asked with reason and thanked; 'there's nothing you need to do' look-alike; timed invoice; name given never used; full close",
     labels=L("pass", "pass", "na", "fail", "pass", "fail", "pass", "na",
              "'ooh nice and that's from the tenth' only reads back the date; 'there's nothing you need to do' is reassurance, not 'there's nothing I can do'; the customer gives his name at the start and the agent never uses it."),
     turns=[
        ("A", "hiya walkies and wags it's um tash how can i help"),
        ("C", "hi it's oliver grant i've got the daily walks for my spaniel and we're away for two weeks from the tenth so i need to pause them"),
        ("A", "oh lovely somewhere nice"),
        ("C", "portugal"),
        ("A", "ooh nice and that's from the tenth"),
        ("C", "yeah for two weeks we're back on the twenty fourth"),
        ("A", "can you bear with me a minute while i take him off the rota for those dates"),
        ("C", "sure"),
        ("A", "thanks for holding that's all done", H),
        ("C", "do i need to cancel the direct debit"),
        ("A", "no there's nothing you need to do you'll just get a smaller invoice on the first of next month"),
        ("C", "perfect"),
        ("A", "anything else i can help you with"),
        ("C", "no that's it"),
        ("A", "no problem have a brilliant holiday bye"),
     ])


# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h34-25-drystone-sheep-escape", industry="dry stone walling contractor", style=CLEAN, words=False,
     exercises="greeting of company only; sheep out through a gap, angry; polite 'I don't know if you've tried'; bare 'I can't'; flat 'I don't know'; no empathy; no restatement; untimed call; surname used; goodbye-only close",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "pass", "na", "na",
              "'I don't know if you've tried ringing Dale's mobile' is the polite question form, but 'I don't know when Dale's next free' is flat; 'I can't send anyone out today' refuses with nothing offered; 'Dale will ring you' has no time."),
     turns=[
        ("A", "Yeah, hello, Cragside Walling."),
        ("C", "Hello, this is Ian Hebden at Thornbeck. Your lads were working on my boundary wall yesterday and they left a gap at the end of the day with just a pallet across it, and this morning half my ewes were out on the main road. I've spent two hours rounding them up."),
        ("A", "Right. Which job is that?"),
        ("C", "The long wall by the cattle grid, Dale's crew."),
        ("A", "I don't know if you've tried ringing Dale's mobile directly?"),
        ("C", "I have, three times, it goes to voicemail."),
        ("A", "I can't send anyone out today, they're all on the Keswick job.", {"tag": "neg"}),
        ("C", "So what am I supposed to do, stand in the gap myself?"),
        ("A", "I don't know when Dale's next free, he does his own diary.", {"tag": "neg"}),
        ("C", "This is hopeless."),
        ("A", "Dale will ring you about closing the gap, Mr Hebden."),
        ("C", "He'd better."),
        ("A", "Cheers then, bye."),
     ])

call("h34-26-festival-tickets-missing", industry="festival camping tickets", style=CLEAN, words=False,
     exercises="full greeting; posted tickets missing, worried; empathy; restatement; hold asked with reason and thanked; limit with alternative; timed e-tickets; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'We can't post them again this close to the date, but what I can do is...' is a limit with an alternative, not negative; everything else is done by the book."),
     turns=[
        ("A", "Good morning, Hilltop Sounds Festival box office, my name is Reuben, how can I help?"),
        ("C", "Hi Reuben, the festival's on Friday and our camping tickets still haven't come in the post. We ordered them in May and I'm starting to get really worried we won't get in."),
        ("A", "Oh, I'm sorry, that's a worry with only three days to go. Can I take your name and order number?"),
        ("C", "Anya Petrova, order HS 55 209."),
        ("A", "Thanks, Anya. So your posted camping tickets for this weekend haven't arrived, and you need to be sure you'll get through the gate on Friday."),
        ("C", "Exactly."),
        ("A", "Would you mind holding for a minute while I check the dispatch record for that order?"),
        ("C", "Of course."),
        ("A", "Thank you for waiting, Anya. They were posted on the second, so they've gone astray somewhere.", H),
        ("C", "Great. So what now?"),
        ("A", "We can't post them again this close to the date, but what I can do is cancel the paper tickets and send you e-tickets instead."),
        ("C", "Yes, please do that."),
        ("A", "You'll have the e-tickets by email within the next hour, and you just show them on your phone at the gate."),
        ("C", "Oh, that's a relief, thank you."),
        ("A", "Is there anything else I can help you with? Thanks for calling, and have a fantastic weekend, Anya."),
     ])

call("h34-27-garage-door-service", industry="garage door repairs", style=CLEAN, words=False,
     exercises="greeting without company; routine service booking; factual 'no' with alternative; transfer offered and declined; address read-back only; timed confirmation and text; no name; thanks-only close",
     labels=L("fail", "fail_or_pass", "na", "fail", "pass", "na_or_fail", "na", "na",
              "The offered transfer to sales is declined, so no transfer happens (na); 'the morning of the visit' counts as a time; 'No, we don't work Sundays, but we do have Saturday mornings' offers an alternative."),
     turns=[
        ("A", "Good afternoon, you're through to Nathan, how can I help?"),
        ("C", "Hi, I'd like to know how much you charge to service an electric roller door, and whether you could do a Sunday."),
        ("A", "A standard service is eighty-five pounds, and that includes a safety check of the motor and sensors."),
        ("C", "And Sunday?"),
        ("A", "No, we don't work Sundays, but we do have Saturday mornings if that helps."),
        ("C", "Saturday's fine. Can I ask about a new door for the side garage too?"),
        ("A", "New doors are quoted by our sales team. I can put you through to them now if you like?"),
        ("C", "No, don't worry, I'll ring them another day. Just the service for now."),
        ("A", "No problem. I've got Saturday the fourteenth, between eight and twelve. What's the address?"),
        ("C", "Forty-one Millbrook Road, Dorchester, DT1 2HQ."),
        ("A", "Forty-one Millbrook Road?"),
        ("C", "That's right."),
        ("A", "You'll get a booking confirmation by email in the next few minutes, and the engineer will text you on the morning of the visit with a thirty-minute window."),
        ("C", "Lovely."),
        ("A", "Thanks for calling, bye."),
     ])

call("h34-28-guitar-block-refund", industry="guitar lessons", style=CLEAN, words=False,
     exercises="full greeting; refund request on moving away; restatement; policy refusal; disappointment then empathy and a later alternative; timed email; name given never used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "fail", "na", "na",
              "'It's our policy that lesson blocks are non-refundable' refuses with no alternative in that turn (the online lessons come only after the customer is disappointed), so it is negative; the disappointment is acknowledged."),
     turns=[
        ("A", "Hi, thanks for calling Strumworks Guitar Studio, this is Femke, what can I do for you today?"),
        ("C", "Hi, I've got a block of ten lessons with Ruairi and I've only used four, but I'm moving to Glasgow next month, so I'd like to cancel the rest and get a refund."),
        ("A", "Can I take your name?"),
        ("C", "Sophie Lindgren."),
        ("A", "So you're moving away next month and you'd like to cancel the six lessons you haven't had yet and get that money back."),
        ("C", "Yes."),
        ("A", "It's our policy that lesson blocks are non-refundable once they've started.", {"tag": "neg"}),
        ("C", "Oh. That's disappointing, it's a hundred and fifty pounds."),
        ("A", "I understand, that's not what you want to hear with a move on your hands. What I can do is switch your remaining six lessons to online ones with Ruairi, so you can carry on from Glasgow."),
        ("C", "Actually, that would work."),
        ("A", "Great. I'll email you the video link before your next lesson on the ninth."),
        ("C", "Thanks."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's all, thanks."),
        ("A", "Thank you for calling, good luck with the move."),
     ])

call("h34-29-chef-noshow-birthday", industry="home chef hire", style=CLEAN, words=False,
     exercises="greeting without agent name; chef cancelled on the night, livid; long empathy; restatement; 'there's nothing I can do'; cold transfer; no commitments; title and surname used; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "na", "pass", "na", "fail",
              "'There's nothing I can do about that' is negative even after strong empathy; 'Hold on, I'll transfer you' and 'Putting you through now' never say where or why, so the transfer fails; the transfer itself is immediate, not a follow-up."),
     turns=[
        ("A", "Good evening, Supper Club Chefs, how can I help?"),
        ("C", "Hi, it's Deborah Fairbrother. I've got twenty people arriving at seven for my husband's fortieth, and your chef has just texted to say he's not coming. I've paid six hundred pounds and I've got nothing. I'm absolutely livid."),
        ("A", "Oh, Mrs Fairbrother, I'm so sorry. That's an awful position to be put in, with guests on the way and no warning at all. I'd be livid too."),
        ("C", "So what are you going to do about it?"),
        ("A", "So your chef for tonight's birthday dinner has cancelled by text at the last minute, and you need someone there before seven or your money back."),
        ("C", "Yes, ideally someone there."),
        ("A", "Chef Paolo's been taken ill this afternoon. There's nothing I can do about that.", {"tag": "neg"}),
        ("C", "I'm not asking you to cure him, I'm asking for another chef."),
        ("A", "Right. Hold on, I'll transfer you."),
        ("C", "To who?"),
        ("A", "Putting you through now."),
        ("C", "Unbelievable."),
     ])

call("h34-30-laptop-ready-check", industry="laptop repair shop", style=CLEAN, words=False,
     exercises="full greeting with company first; routine status check; detail read-back only; silent check without reason or thanks; 'you'll need to' instruction; 'no problem' look-alike; no commitments; name used; no closing",
     labels=L("pass", "fail", "na", "fail", "na", "pass", "fail", "na",
              "'Let me see' followed by a long silence gives no reason and the agent never thanks the customer, so the hold fails; 'You'll need to bring the repair ticket' is a neutral instruction (optional); nothing is promised for later."),
     turns=[
        ("A", "Keystone Laptop Repairs, good morning, Wojtek speaking, how can I help you?"),
        ("C", "Hi, I dropped off a laptop on Monday for a new screen, I'm just checking whether it's ready yet."),
        ("A", "What's the name?"),
        ("C", "Harriet Quayle."),
        ("A", "The ThinkPad?"),
        ("C", "That's the one."),
        ("A", "Let me see."),
        ("A", "Yes, it's done, the screen's been replaced and tested.", H),
        ("C", "Oh, great. Can I pick it up this afternoon?"),
        ("A", "Yes, we're open till six. You'll need to bring the repair ticket with you.", {"tag": "neg_opt"}),
        ("C", "I think I've lost it, to be honest."),
        ("A", "No problem, Harriet, photo ID will do instead."),
        ("C", "Brilliant, thanks."),
        ("A", "Right, it's on the shelf for you."),
     ])

call("h34-31-hairdresser-orange-colour", industry="mobile hairdresser", style=CLEAN, words=False,
     exercises="full greeting with 'how may I assist'; colour gone wrong before an interview, upset; 'Sorry?' as a repeat request; no empathy; no restatement; 'unable to refund'; untimed call-back; name used; full close",
     labels=L("pass", "pass", "fail", "fail", "fail", "pass", "na", "na",
              "'Sorry? Could you say that again' is generic politeness, not empathy, and the upset is never acknowledged; 'We're unable to refund colour services' refuses with no alternative; 'I'll get Jodie to ring you' has no time."),
     turns=[
        ("A", "Hello, Mane Event Mobile Hair, Priti speaking, how may I assist?"),
        ("C", "Hi, your stylist did my colour at home yesterday, it was meant to be a soft ash blonde and it's come out bright orange. I've got a job interview on Thursday and I'm really upset, I can't go like this."),
        ("A", "Sorry? Could you say that again, you broke up a bit."),
        ("C", "It's come out orange. Bright orange."),
        ("A", "Okay. Which stylist was it?"),
        ("C", "Jodie. I'm Gemma Hollis, she came round to Ashgrove Road."),
        ("A", "Right, Gemma. Colour can take differently on hair that's been dyed before."),
        ("C", "She never asked if it had been dyed before."),
        ("A", "We're unable to refund colour services once they've been done.", {"tag": "neg"}),
        ("C", "I don't want a refund, I want it fixed before Thursday."),
        ("A", "I'll get Jodie to ring you about a correction appointment."),
        ("C", "Fine."),
        ("A", "Anything else, Gemma?"),
        ("C", "No."),
        ("A", "Thanks for calling."),
     ])

call("h34-32-paint-trade-account", industry="paint and decorating supplies", style=CLEAN, words=False,
     exercises="full greeting with 'welcome'; routine trade account; business-name read-back only; customer-caused wait; warm transfer with person, team and reason; timed set-up; name used; closing done before the transfer",
     labels=L("pass", "pass", "na", "fail", "pass", "pass", "na", "pass",
              "The agent offers further help and thanks the customer before transferring, so a closing did happen and it passes rather than na; 'And that's Aziz Decorating as the trading name?' only checks a detail; the silence is the customer fetching the VAT number (na)."),
     turns=[
        ("A", "Welcome to Brushmark Trade Supplies, you're speaking with Callum, how can I help?"),
        ("C", "Hi Callum, I'm a self-employed decorator and I'd like to open a trade account so I can get the trade discount and pay monthly."),
        ("A", "Great. Can I take your name and business name?"),
        ("C", "Tariq Aziz, Aziz Decorating."),
        ("A", "Thanks, Tariq. And that's Aziz Decorating as the trading name?"),
        ("C", "That's it."),
        ("A", "Have you got your VAT number handy?"),
        ("C", "Hang on, it's in the van."),
        ("C", "Right, GB 294 7731 05.", W),
        ("A", "Lovely. Monthly credit is set up by our credit team, so I'll put you through to Yvonne there, and she'll have the account live by tomorrow lunchtime."),
        ("C", "Brilliant."),
        ("A", "Is there anything else I can help with before I transfer you?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, Tariq. Putting you through to Yvonne now."),
     ])

call("h34-33-puppy-class-bite", industry="puppy training classes", style=CLEAN, words=False,
     exercises="greeting without agent name; puppy bitten at class, upset; empathy; restatement; 'I can't say whose fault'; hold announced without a reason, thanked; timed call and refund; name given never used; offer-only close",
     labels=L("fail", "fail_or_pass", "pass", "pass", "pass", "fail", "fail", "na",
              "'I'm going to put you on hold for a moment' gives no reason, so the hold fails although it is thanked; 'I can't say whose fault it was' declines to judge rather than refusing a request (optional); the agent uses the dog's name Pip but never Kirsty's."),
     turns=[
        ("A", "Hi, Good Dog Academy, how can I help?"),
        ("C", "Hello, my name's Kirsty Moran. At last night's puppy class another dog went for my spaniel, Pip, and he's got a nasty cut on his ear. We had to take him to the emergency vet and it cost a hundred and ninety pounds, and he's really shaken, he won't leave his bed."),
        ("A", "Oh, I'm so sorry to hear that, poor Pip. Is he on the mend?"),
        ("C", "The vet says he'll be fine, but I'm upset nobody from the class even rang to check on him."),
        ("A", "So Pip was bitten by another puppy during last night's class, you've had a vet's bill, and nobody's been in touch since."),
        ("C", "Exactly."),
        ("A", "I wasn't there, so I can't say whose fault it was.", {"tag": "neg_opt"}),
        ("C", "I'm not asking you to."),
        ("A", "I'm going to put you on hold for a moment."),
        ("A", "Thanks for holding. I've spoken to Sue, our head trainer, and she'll call you tomorrow morning.", H),
        ("C", "Okay. And the vet's bill?"),
        ("A", "If you email us the invoice, we'll refund it within fourteen days of getting it."),
        ("C", "Fine."),
        ("A", "Anything else?"),
        ("C", "No."),
     ])

call("h34-34-season-ticket-renewal", industry="rail season tickets", style=CLEAN, words=False,
     exercises="full greeting with name before company; routine renewal; restatement; factual 'no' with help; untimed 'get back to you'; timed auto-load; name given never used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "fail", "na", "na",
              "'I'll find out whether your employer is registered with us and get back to you' has no time, so follow-up fails although the ticket loads 'on the first'; 'No, the fares don't change until March' answers a question; the agent never uses the name."),
     turns=[
        ("A", "Good morning, this is Chen from Southgate Railways season tickets, how can I help?"),
        ("C", "Morning. My annual season ticket from Reading to Paddington runs out on the thirty-first, and I'd like to renew it."),
        ("A", "Of course. Can I take the smartcard number and your name?"),
        ("C", "It's 6339 0148 2275, and it's Gbenga Oduya."),
        ("A", "Thank you. So you'd like to renew your annual Reading to Paddington season, starting on the first when the current one ends."),
        ("C", "Yes. Is the price going up?"),
        ("A", "No, the fares don't change until March, so it's the same as last year."),
        ("C", "Good. Also, my employer has a season ticket loan scheme, can I use that?"),
        ("A", "I'll find out whether your employer is registered with us and get back to you."),
        ("C", "Okay, thanks."),
        ("A", "In the meantime I've renewed it on your card, and it'll load onto your smartcard automatically on the first."),
        ("C", "Great."),
        ("A", "Is there anything else I can help you with today?"),
        ("C", "No, that's all."),
        ("A", "Thank you for calling Southgate Railways, goodbye."),
     ])

call("h34-35-sofa-armchair-samples", industry="sofa reupholstery", style=CLEAN, words=False,
     exercises="greeting split over two agent turns; routine sample request; restatement; limit with alternative; timed post and visit; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
              "The agent's name and offer come in her second turn a few seconds after the opening, well within 20 s; 'We can't do real leather, I'm afraid, but we've got some lovely faux leathers' is a limit with an alternative."),
     turns=[
        ("A", "Hello there, Button and Tuft Upholstery."),
        ("C", "Oh, hi, is that the upholsterers on Mill Street?"),
        ("A", "It is, yes, I'm Maeve, how can I help?"),
        ("C", "I've got an old wingback armchair that was my gran's, and I'd love to have it recovered. Could you send me some fabric samples and give me an idea of the price?"),
        ("A", "Of course. So you'd like your gran's wingback chair recovered, and you want some samples and a rough price first."),
        ("C", "Yes. I was thinking of leather, actually."),
        ("A", "We can't do real leather, I'm afraid, but we've got some lovely faux leathers that wear really well."),
        ("C", "Oh, that's fine, send me some of those."),
        ("A", "Can I take your name and address?"),
        ("C", "Ines Carvalho, 3 Larch Mews, Hebden Bridge, HX7 8AB."),
        ("A", "Thanks, Ines. I'll put six samples in the post this afternoon, and our upholsterer Conor will come round to measure the chair next Wednesday morning."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's great, thank you."),
        ("A", "Thanks, Ines, bye now."),
     ])

call("h34-36-tree-preservation-order", industry="tree surgeons", style=CLEAN, words=False,
     exercises="greeting without offer; roots cracking the drive; no empathy; hold announced with reason and thanked; limit with alternative; restatement; one timed and one vague promise; title and surname used; offer-only close",
     labels=L("fail", "fail_or_pass", "fail", "pass", "fail", "pass", "pass", "na",
              "The cracked driveway is a problem affecting the customer and is never acknowledged; 'we'll let you know as soon as we hear back' gives no time, so follow-up fails despite 'this week'; 'We can't fell a protected tree without consent, but what I can do is...' is not negative."),
     turns=[
        ("A", "Good afternoon, Greenbough Arborists, Ffion speaking."),
        ("C", "Hello, I've got a big sycamore at the front of my house, and the roots are lifting the driveway, there's a crack right across it now. I'd like a quote to have it taken down."),
        ("A", "Can I take your name and the address?"),
        ("C", "Desmond Clarke, 27 Vicarage Lane, Stamford."),
        ("A", "Let me check the council's protected tree map for Vicarage Lane, bear with me a moment."),
        ("A", "Thanks for bearing with me, Mr Clarke. That sycamore has a Tree Preservation Order on it.", H),
        ("C", "What does that mean?"),
        ("A", "We can't fell a protected tree without consent, but what I can do is apply to the council for permission on your behalf."),
        ("C", "Please do."),
        ("A", "So you want the sycamore removed because its roots are cracking your drive, and you'd like us to handle the council application first."),
        ("C", "Yes."),
        ("A", "I'll submit the application this week, and we'll let you know as soon as we hear back from the council."),
        ("C", "Okay."),
        ("A", "Is there anything else I can help with, Mr Clarke?"),
        ("C", "No, thanks. Bye."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout34: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout34", when="2026-12-06")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries (two calls each): "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h34",
                                  seed_base=3400, min_utterances=MIN_UTTS, max_utterances=MAX_UTTS)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
