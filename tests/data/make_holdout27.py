"""Write the holdout27 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout27.py

Writes tests/data/holdout27/<call_id>.json, tests/data/holdout27-labels.json and
tests/data/holdout27/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout27"
LABELS_PATH = HERE / "holdout27-labels.json"
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

call("h27-01-mortgage-holiday-redundancy", industry="mortgage payment holidays", style=CLEAN, words=True,
     exercises="full greeting (agent name is an ordinary word); redundancy worry; backchannel; empathy; restatement; factual 'no' with help; announced hold with thanks; two timed commitments; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "The agent's name 'Hope' reads like an ordinary word; 'No, an agreed payment holiday isn't reported...' answers a factual question and is not negative."),
     turns=[
        ("A", "Good afternoon, Larchmont Mortgages, you're speaking with Hope, how can I help?"),
        ("C", "Hi, um, I was made redundant last Friday and I'm really worried about keeping up with the mortgage, I've got maybe two months of savings and after that I honestly don't know what we'll do."),
        ("A", "Mm-hmm.", {"at_start": 2.0, "tag": "bc"}),
        ("A", "I'm really sorry to hear about your job, that's a lot to be carrying. Can I take your name and the mortgage account number?"),
        ("C", "It's Neil Summers, and the account is 4471 0928."),
        ("A", "Thank you. So you're asking whether you can pause your mortgage payments for a few months while you look for new work."),
        ("C", "Yes, if that's possible. Will it wreck my credit rating?"),
        ("A", "No, an agreed payment holiday isn't reported as missed payments. Can I put you on hold for a minute while I check what your mortgage is eligible for?"),
        ("C", "Yes, go ahead."),
        ("A", "Thanks for holding, Neil. You can take up to three months, and interest still builds up during that time. I'll email you the application form today, and an underwriter will call you within three working days to go through it.", H),
        ("C", "Brilliant, thank you."),
        ("A", "Is there anything else I can help you with today, Neil?"),
        ("C", "No, that's it."),
        ("A", "Take care, Neil, goodbye."),
     ])

call("h27-02-cinema-double-charge", industry="cinema chain customer service", style=CLEAN, words=True,
     exercises="greeting without agent name; double charge stated as fact; agent cuts in with a question; no empathy; read-back only; policy refusal; untimed refund; name never used; brief close",
     labels=L("fail", "pass", "fail", "fail", "fail", "fail", "na", "na",
              "'We can't refund booking fees, that's our policy' refuses with no alternative; 'the refund will go back to your card' has no time; 'Anything else?' plus 'bye then' is a (thin) full close."),
     turns=[
        ("A", "Hi there, thanks for calling Starlight Cinemas customer care, what can I do for you?"),
        ("C", "Yeah, I booked four tickets for Saturday on the app and it took the money twice, so I've paid ninety-two pounds instead of forty-six, and the second booking doesn't even show up in my account."),
        ("A", "Which cinema was that for?", {"at_end": 1.6, "tag": "intr"}),
        ("C", "Oh, the Riverside one, in Leeds."),
        ("A", "And the name on the booking?"),
        ("C", "Daisy Cole."),
        ("A", "The 7:40 showing on Saturday?"),
        ("C", "That's right, Saturday night."),
        ("A", "Yes, I can see two payments. I've cancelled the duplicate and the refund will go back to your card."),
        ("C", "And the booking fee on the second one as well?"),
        ("A", "We can't refund booking fees, that's our policy.", {"tag": "neg"}),
        ("C", "Even when it's your app that charged me twice?"),
        ("A", "That's what it says here. Anything else?"),
        ("C", "No, that's all."),
        ("A", "Okay, bye then."),
     ])

call("h27-03-broadband-area-fault", industry="broadband outage (home)", style=CLEAN, words=True,
     exercises="greeting with 'Will' as the name; polite 'I don't know if you've tried'; customer cuts in on the agent; read-back only; unannounced silent hold; bare 'I don't know'; belated empathy; one timed and one event-conditional commitment; name used; offer without thanks/bye",
     labels=L("pass", "fail_or_pass", "pass", "fail", "fail", "pass", "fail", "na",
              "'I don't know if you've tried...' is the polite question form, but 'Honestly, I don't know when it'll be back' is negative; 'I'll text you as soon as the fault is cleared' names an event, not a time, so follow-up fails; the agent goes silent 13 s with no word."),
     turns=[
        ("A", "Hello, you're through to Will at Fibrewave Broadband, how can I help today?"),
        ("C", "My internet's been down since Sunday. The light on the router is red."),
        ("A", "Okay. I don't know if you've tried switching the router off at the wall for a minute?"),
        ("C", "Yes, loads of times, and I've swapped the cable too, and it's still red.", {"at_end": 0.8}),
        ("A", "Right. Can I take your name and postcode?"),
        ("C", "Mark Pickering, LS6 2QT."),
        ("A", "LS6 2QT?"),
        ("C", "Yes."),
        ("A", "Okay Mark, there's an area fault on the cabinet that serves your street.", H),
        ("C", "So when will it be back? I work from home and I've been tethering to my phone for three days."),
        ("A", "Honestly, I don't know when it'll be back.", {"tag": "neg"}),
        ("C", "That's not great."),
        ("A", "I'm sorry, three days without internet when you work from home is rough. I'll send you a 4G dongle, it'll arrive tomorrow, and I'll text you as soon as the fault is cleared."),
        ("C", "Okay, thanks."),
        ("A", "Anything else I can help with?"),
     ])

call("h27-04-ev-charger-cut-out", industry="electric vehicle charging network", style=CLEAN, words=True,
     exercises="greeting split over two agent turns within 20 s; stranded driver; short 'oh no' overlap (optional); real cut-in; 'you have to' as a step (optional); empathy; restatement; timed refund; no name; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na",
              "The offer to help comes in the agent's second turn, still within 20 s, so the greeting passes; 'Oh no, okay' overlaps the customer but is short and not taking the floor (optional); 'You have to end the session in the app first' is a procedural step (optional)."),
     turns=[
        ("A", "Good evening, VoltPath charging support, Sunny speaking."),
        ("C", "Hello? Sorry, is this the charging helpline?"),
        ("A", "It is, yes, how can I help?"),
        ("C", "Right, so I'm at Tibshelf services, the charger stopped after about ten minutes, the app still says it took thirty pounds, and my car's on eleven percent and I've got sixty miles to get home."),
        ("A", "Oh no, okay.", {"at_end": 2.2, "tag": "intr_opt"}),
        ("C", "And the other two chargers here have got a queue, so I really need this one working again tonight."),
        ("A", "Can you read me the number on the front of the charger?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Um, it's TB04."),
        ("A", "Thanks. You have to end the session in the app first, then I can restart it from here.", {"tag": "neg_opt"}),
        ("C", "Okay, done, it says ended."),
        ("A", "That's really stressful with the battery that low. So the charger cut out after ten minutes, you were charged the full thirty pounds anyway, and you need it going again to get home."),
        ("C", "Exactly."),
        ("A", "I've restarted it, it should be charging now. I'll refund the thirty pounds tonight, and it'll show on your card in three to five working days."),
        ("C", "Yes, it's going. Thank you so much."),
        ("A", "Is there anything else I can help with? Safe journey home, bye."),
     ])

call("h27-05-hearing-aid-batteries", industry="hearing aid supplier", style=CLEAN, words=True,
     exercises="desk named instead of company; routine re-order; backchannel; customer-caused wait; 'could you say that again' is not empathy; agent starts 0.3 s before the customer ends (no interruption); restatement; untimed posting; name used; full close",
     labels=L("fail", "pass", "na", "pass", "fail", "pass", "na", "na",
              "'the aftercare desk' names a team, not the organisation, so the greeting fails; the customer goes to find the packet (wait, not a hold); 'I'll pop those in the post' has no time."),
     turns=[
        ("A", "Good morning, you're through to the aftercare desk, Rich speaking, how can I help?"),
        ("C", "Hello, yes, I need some more of those little batteries for my hearing aids, and the rubber tips as well, the domes, because I'm down to my last ones."),
        ("A", "Uh-huh.", {"at_start": 1.8, "tag": "bc"}),
        ("A", "Of course. Can I take your name, please?"),
        ("C", "Joy Fairweather. Mrs."),
        ("A", "Thank you, Mrs Fairweather. What size are the batteries?"),
        ("C", "Hold on, let me find the packet."),
        ("C", "Here we are, it says 312.", W),
        ("A", "And the domes, small, medium or large?"),
        ("C", "Sorry, could you say that a bit louder, dear?"),
        ("A", "The rubber tips, are they small, medium or large?"),
        ("C", "Oh, medium, I think it says medium on the box."),
        ("A", "So you'd like a pack of 312 batteries and a set of medium domes for both aids, posted out to you. I'll pop those in the post.", {"at_end": 0.3}),
        ("C", "Lovely, thank you."),
        ("A", "Is there anything else I can help with, Mrs Fairweather? Thank you for calling, bye now."),
     ])

call("h27-06-scorched-wedding-suit", industry="laundry and dry cleaning", style=CLEAN, words=True,
     exercises="greeting with company first; ruined suit before a wedding; agent cuts in with 'calm down'; no empathy; 'not my job'; name given never used; warm transfer with where and why; ends in transfer",
     labels=L("pass", "na_or_fail", "fail", "fail", "na", "fail", "na", "pass",
              "The cut-in 'Sir, I need you to calm down for me' is both an interruption and negative; 'Damage claims aren't my job' is negative; 'I'll put you through' is an in-call action, not a later commitment."),
     turns=[
        ("A", "Pressed and Proper, good afternoon, Ava speaking, how can I help?"),
        ("C", "I picked up my suit from your Harrow shop this morning and there's a shiny burn mark right across the back of the jacket, and I'm meant to be wearing it at my brother's wedding on Saturday, so what am I supposed to do now, honestly, it's ruined."),
        ("A", "Sir, I need you to calm down for me.", {"at_end": 1.4, "tag": ("intr", "neg")}),
        ("C", "I am calm, I'm just telling you what happened."),
        ("A", "What's the ticket number?"),
        ("C", "It's 88312, and the name's Hassan Reid."),
        ("A", "That ticket was cleaned at Harrow."),
        ("C", "Yes, that's what I said. Can you replace it or not?"),
        ("A", "Damage claims aren't my job, I just do collections and bookings.", {"tag": "neg"}),
        ("C", "Then who do I talk to?"),
        ("A", "I'll put you through to the Harrow branch manager, because she deals with damage claims."),
        ("C", "Fine."),
        ("A", "Putting you through now."),
     ])

call("h27-07-savings-fixed-bond", industry="building society savings", style=CLEAN, words=True,
     exercises="full greeting; routine move into a fixed bond; backchannel; name like a word ('Robin Stone'); restatement; hold with reason but no thanks; factual 'no' with an alternative; timed certificate; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "fail", "na",
              "The hold is announced with a reason but the agent comes back with 'Right, that's done' and no thanks, so hold fails; 'No, not from a fixed bond, but you could...' is a factual answer with an alternative."),
     turns=[
        ("A", "Hello, Thornbury Building Society, Grace speaking. How may I assist you?"),
        ("C", "Hi, I've got some money sitting in my easy access account and I saw your two-year fixed bond is paying four point one percent, so I'd like to move some of it across before the rate changes."),
        ("A", "Sure.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Can I take your name and date of birth?"),
        ("C", "Robin Stone, the ninth of March 1961."),
        ("A", "Thanks, Robin. How much were you thinking of moving?"),
        ("C", "Twenty thousand."),
        ("A", "So you want to move twenty thousand from easy access into the two-year fixed bond while it's still at four point one. I'll just put you on hold while I set the bond up."),
        ("A", "Right, that's done, the bond is open at four point one percent.", H),
        ("C", "Could I take it out early if I needed to?"),
        ("A", "No, not from a fixed bond, but you could leave some in easy access for emergencies."),
        ("C", "That makes sense."),
        ("A", "Your bond certificate will be posted to you within ten days. Is there anything else I can help with?"),
        ("C", "No, that's all, thank you."),
        ("A", "Thanks for calling Thornbury, bye."),
     ])

call("h27-08-ferry-cancelled-wind", industry="ferry bookings", style=CLEAN, words=True,
     exercises="greeting with no offer to help; cancelled sailing with children; two cut-ins; empathy; restatement; limit with alternative; one untimed and one timed commitment; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "'We can't put you on the 16:00, it's full, but what I can do is the 19:15' is a limit with an alternative, not negative; 'Our claims team will contact you about the hotel' has no time, so follow-up fails despite the timed tickets."),
     turns=[
        ("A", "Hi, Northsea Link bookings, this is Kieran."),
        ("C", "Hi, we're sat in the queue at Hull and they've just announced our sailing's cancelled because of the wind, I've got three kids in the back of the car and nobody here can tell us anything about what happens now."),
        ("A", "Have you got your booking reference there?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Um, yes, it's NL 40 77 19, under Lily Bell."),
        ("A", "I'm sorry, Lily, I know it's a horrible situation with the kids in the car. So your 14:30 has been cancelled and you need the next crossing for the car and the five of you."),
        ("C", "Yes, today if at all possible."),
        ("A", "We can't put you on the 16:00, it's full, but what I can do is the 19:15 tonight."),
        ("C", "Okay, that's better than nothing. What about food and a hotel if we get in late, because the last time this happened we ended up paying for everything ourselves and never got it back."),
        ("A", "Keep your receipts.", {"at_end": 0.9, "tag": "intr"}),
        ("C", "Right."),
        ("A", "Our claims team will contact you about the hotel and food. I'll email the new tickets in the next ten minutes."),
        ("C", "Okay, thanks."),
        ("A", "Anything else I can do for you, Lily? Thanks for your patience, bye."),
        ("C", "Bye."),
     ])

call("h27-09-garden-delivery-no-show", industry="garden centre deliveries", style=CLEAN, words=True,
     exercises="full greeting ('Dawn'); missed delivery as plain fact; backchannel; hold without a reason but thanked; no empathy; restatement; 'you'll need to' instruction; timed driver call; name given late never used; short full close",
     labels=L("pass", "pass", "fail", "pass", "pass", "fail", "fail", "na",
              "'Bear with me' gives no reason, so the hold fails though it is thanked; the customer took a day off to wait in and gets no acknowledgement; 'You'll need to be in between eight and one' is a neutral instruction (optional)."),
     turns=[
        ("A", "Good morning, thank you for calling Oakfield Garden Centre, my name's Dawn, how can I help?"),
        ("C", "Hi. My delivery was booked for yesterday and it didn't come. I took the day off work to wait in for it, and nobody rang me."),
        ("A", "Okay.", {"at_start": 1.6, "tag": "bc"}),
        ("A", "Can I have the order number?"),
        ("C", "It's OG 55 210."),
        ("A", "Bear with me."),
        ("A", "Thanks for waiting. So the compost, the two bay trees and the bench didn't turn up yesterday, and you want to know when they're actually coming.", H),
        ("C", "Yes, and I'd like it to be a day I'm actually in this time."),
        ("A", "The van broke down yesterday. I can rebook it for Thursday or Saturday."),
        ("C", "Saturday, please."),
        ("A", "That's booked. You'll need to be in between eight and one.", {"tag": "neg_opt"}),
        ("C", "That's fine. And the name's Ivy Marsh, if you need it."),
        ("A", "The driver will call you on Saturday morning before he sets off. Anything else?"),
        ("C", "No."),
        ("A", "Okay, thanks for calling."),
     ])

call("h27-10-tax-penalty-in-error", industry="tax office helpline", style=CLEAN, words=True,
     exercises="helpline named but no organisation or agent name; penalty worry; agent starts 0.45 s before the customer ends (no interruption); empathy; restatement; announced hold with thanks; customer cuts in on the agent; warm transfer; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "na", "pass", "pass", "pass",
              "The agent's question starts 0.45 s before the customer finishes, under the 0.5 s rule; the customer's cut-in is not an agent interruption; the transfer names the penalties team and why."),
     turns=[
        ("A", "Good afternoon, you're through to the self-assessment helpline, how can I help?"),
        ("C", "Hello, I've had a letter saying I've got a hundred pound penalty for filing my tax return late, but I definitely sent it in January, I've got the confirmation email, and I'm really worried it's going to keep going up."),
        ("A", "Can I take your name and your reference number?", {"at_end": 0.45}),
        ("C", "Peter Mould, and the reference is 61024 88731."),
        ("A", "Thank you, Mr Mould. I can understand why that letter would worry you. So you filed on time in January, but you've been sent a late filing penalty and you want it taken off."),
        ("C", "Yes, exactly."),
        ("A", "Can I put you on hold while I look at when your return was received?"),
        ("C", "Go on."),
        ("A", "Thank you for holding, Mr Mould. The return was received on the twentieth of January, so the penalty looks like it was issued in error.", H),
        ("C", "So can you just cancel it?", {"at_end": 1.0}),
        ("A", "I'm going to transfer you to our penalties team, as they're the ones who can cancel a penalty."),
        ("C", "Okay, thanks."),
        ("A", "Transferring you now."),
     ])

call("h27-11-licence-key-new-laptop", industry="software licence support", style=CLEAN, words=True,
     exercises="full greeting; licence locked to a dead laptop with a deadline; two cut-ins, one a 'you have to' demand; limit before the alternative (optional); customer-caused wait; belated empathy; event-conditional commitment; no name; thin full close",
     labels=L("pass", "pass", "pass", "fail", "fail", "na_or_fail", "na", "na",
              "'I can't deactivate it from here' only gets an alternative after the customer pushes (optional); 'You have to send us the receipt first, those are the rules' is a demand and cuts in; 'I'll reset the activation once we get it' has no time."),
     turns=[
        ("A", "Thanks for calling Quillsoft licensing support, you're speaking with Sam, what can I do for you?"),
        ("C", "Hi, my laptop died last week so I've bought a new one, and when I put my licence key in it says the key's already activated on another device, and I've got a client report due tomorrow that I can't open without it."),
        ("A", "What's the licence key?", {"at_end": 1.8, "tag": "intr"}),
        ("C", "It's QS7 4K9 22M."),
        ("A", "That key is still active on the old machine, so I can't deactivate it from here.", {"tag": "neg_opt"}),
        ("C", "The old one won't even turn on. Can't you just reset it? I paid for the thing."),
        ("A", "You have to send us the receipt first, those are the rules.", {"at_end": 0.7, "tag": ("intr", "neg")}),
        ("C", "Hold on, let me find it."),
        ("C", "Right, I've found the receipt. Where do I send it?", W),
        ("A", "I know it's annoying with the deadline tomorrow. Reply to the email I'm sending now, attach the receipt, and I'll reset the activation once we get it."),
        ("C", "Okay."),
        ("A", "Anything else?"),
        ("C", "No."),
        ("A", "Thanks, bye."),
     ])

call("h27-12-kitchen-survey-move", industry="kitchen fitters", style=CLEAN, words=True,
     exercises="greeting with 'Morning'; routine rebooking; backchannel; 'no problem'; cut-in with a read-back; one timed and one untimed commitment; name used; transfer to a named person with no reason; ends in transfer",
     labels=L("pass", "na_or_fail", "na", "fail", "fail", "pass", "na", "fail",
              "'Tuesday the 12th, then?' is a read-back, not a restatement; 'I'll put you through to Marcus' says to whom but not why; 'I'll send a new confirmation letter as well' has no time."),
     turns=[
        ("A", "Morning, Brightwater Kitchens, Luke speaking, how can I help?"),
        ("C", "Hi, I've got a survey booked for this Friday for our new kitchen, but I've been called into work that day, so I need to move it to next week sometime if you've got anything, ideally a morning."),
        ("A", "Right.", {"at_start": 2.4, "tag": "bc"}),
        ("A", "No problem. What's the name?"),
        ("C", "Carol Bishop, it's on Fenwick Road."),
        ("A", "Thanks, Carol. I've got Tuesday or Wednesday next week, both mornings."),
        ("C", "Tuesday would be perfect, and while I've got you, I wanted to ask about changing the door colour from the grey to the sage green we saw in the showroom, because my husband's changed his mind."),
        ("A", "Tuesday the 12th, then?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "Yes, the 12th."),
        ("A", "The surveyor will text you the day before. I'll send a new confirmation letter as well."),
        ("C", "Lovely. And the door colour?"),
        ("A", "I'll put you through to Marcus."),
        ("C", "Okay."),
     ])


# ---------------------------------------------------------------------------
# 13-24: ASR-style text, no word timings
# ---------------------------------------------------------------------------

call("h27-13-donor-session-cancelled", industry="blood donation service", style=ASR, words=False,
     exercises="full greeting with a name that is an ordinary word ('faith'); cancelled session after arranging childcare; empathy; restatement; announced hold with thanks; timed text; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "Everything is done well but in ASR text; 'faith' is the agent's name and 'sally ann wood' the customer's."),
     turns=[
        ("A", "hello you're through to the lifeline blood donor service my name's faith how can i help you today"),
        ("C", "hi um i had an appointment to give blood tomorrow and i've just had a text saying it's cancelled and i'd sorted out childcare and everything so i'm a bit fed up to be honest"),
        ("A", "oh no i'm sorry about that especially when you'd sorted the childcare can i take your name and date of birth"),
        ("C", "yeah it's sally ann wood fourteenth of july nineteen eighty eight"),
        ("A", "thanks sally so your session at the civic hall's been cancelled at the last minute and you want to rebook somewhere close by for next week"),
        ("C", "yes ideally an evening"),
        ("A", "can you hold for one moment while i look at the sessions near you"),
        ("C", "yep"),
        ("A", "thanks for holding sally there's one at the leisure centre next tuesday at six fifteen", H),
        ("C", "perfect i'll take it"),
        ("A", "that's booked and you'll get a confirmation text in the next hour"),
        ("C", "great thanks"),
        ("A", "is there anything else i can help with today"),
        ("C", "no that's it"),
        ("A", "thanks for donating sally bye"),
     ])

call("h27-14-taxi-no-show-fee", industry="taxi app", style=ASR, words=False,
     exercises="greeting with no company; driver no-show fee; blame (optional); bare 'no'; 'i can't' with no alternative; no empathy; no restatement; untimed flag; no name; no close",
     labels=L("fail", "fail", "fail", "fail", "fail", "na_or_fail", "na", "na",
              "A bare 'no' and 'i can't change it the system charges it automatically' are refusals with no alternative; 'you should have waited at the pickup point' blames the customer but is not one of the rubric's listed forms (optional)."),
     turns=[
        ("A", "hi you're speaking to josh how can i help"),
        ("C", "yeah i booked a car on the app last night to get home from the station and the driver never came and then it charged me a five pound cancellation fee"),
        ("A", "what's the phone number on the account"),
        ("C", "oh seven seven double oh nine double oh one two three"),
        ("A", "um yeah i can see the booking the driver marked you as a no show"),
        ("C", "a no show i was stood right outside the station for twenty minutes"),
        ("A", "you should have waited at the pickup point on the map", {"tag": "neg_opt"}),
        ("C", "i was at the pickup point can you just refund the five pounds"),
        ("A", "no", {"tag": "neg"}),
        ("C", "seriously"),
        ("A", "i can't change it the system charges it automatically", {"tag": "neg"}),
        ("C", "right well i'll be deleting the app then"),
        ("A", "i'll flag it with the driver team"),
        ("C", "whatever"),
        ("A", "alright"),
     ])

call("h27-15-tip-van-permit", industry="recycling centre permits", style=ASR, words=False,
     exercises="desk named, no agent name; routine van permit; 'policy' explained but not refusing; factual 'no' with help; customer-caused wait; restatement; timed email; name like a word ('hunt') used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "na", "na",
              "'it's council policy that vans need a permit' explains a rule while helping, not a refusal; 'no you don't need one for a car' answers a question; the customer goes out to read the registration (wait)."),
     turns=[
        ("A", "good morning waste services permits desk how can i help"),
        ("C", "hi um i've got a small van and i want to take some garden waste to the tip but my neighbour said i need a permit"),
        ("A", "yeah it's council policy that vans need a permit so you're in the right place can i take your name"),
        ("C", "alan hunt"),
        ("A", "thanks mister hunt so you want a van permit so you can take your garden waste to the recycling centre"),
        ("C", "that's it do i need one for my car as well"),
        ("A", "no you don't need one for a car just the van what's the van registration"),
        ("C", "hang on it's on the drive let me go and look"),
        ("C", "right it's b d six two uh x k l", W),
        ("A", "lovely the permit will be emailed to you within two working days just print it off and show it at the gate"),
        ("C", "brilliant thanks"),
        ("A", "anything else i can help you with"),
        ("C", "no that's all thanks"),
        ("A", "thanks for calling mister hunt bye"),
     ])

call("h27-16-spanish-class-switch", industry="language school courses", style=ASR, words=False,
     exercises="full greeting; routine class change; read-back only; unannounced silent hold; bare 'i don't know'; untimed email; name never used; offer and bye run together",
     labels=L("pass", "pass", "na", "fail", "fail", "fail", "fail", "na",
              "'thursday' is a one-word read-back; the agent goes silent for 13 s with no word before or after; 'i don't know to be honest' is a bare 'I don't know'."),
     turns=[
        ("A", "good afternoon babel street language school this is ming speaking how can i help"),
        ("C", "hi i'm on the intermediate spanish course on tuesday evenings but my shifts have changed so i was wondering if i can move to the thursday group"),
        ("A", "can i take your name"),
        ("C", "it's rose gardner"),
        ("A", "and which course code is it"),
        ("C", "um s p two oh four i think"),
        ("A", "thursday"),
        ("C", "yes thursday evening"),
        ("A", "okay there's space on thursday at seven", H),
        ("C", "great is it the same teacher"),
        ("A", "i don't know to be honest", {"tag": "neg"}),
        ("C", "oh okay never mind"),
        ("A", "i've moved you over you'll get an email with the new class details"),
        ("C", "thanks"),
        ("A", "anything else i can help with okay bye then"),
     ])

call("h27-17-washer-flooded-kitchen", industry="home appliance warranty", style=ASR, words=False,
     exercises="full greeting; leaking washing machine; empathy; restatement; announced hold with thanks; timed engineer; 'you'll have to' as a safety instruction (optional); replacement promised only 'once the engineer's been'; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "The engineer visit has a time, but 'we'll sort out a replacement once the engineer's been' names an event, not a time, so follow-up fails; 'you'll have to keep it unplugged' is a neutral safety instruction (optional)."),
     turns=[
        ("A", "thank you for calling homecare shield claims line you're through to ben how can i help"),
        ("C", "hiya my washing machine's been leaking from underneath and this morning the whole kitchen floor was flooded it's only eighteen months old and it's covered by you lot"),
        ("A", "oh i'm sorry to hear that what a mess to come down to can i take your name and postcode"),
        ("C", "it's mrs lamb l a m b and it's m one four seven r t"),
        ("A", "thank you mrs lamb so your washing machine's leaking from underneath and it's flooded the kitchen and you need an engineer out under the warranty"),
        ("C", "yes please as soon as possible"),
        ("A", "can i pop you on hold for a minute while i check the engineer diary for your area"),
        ("C", "yeah fine"),
        ("A", "thanks for holding mrs lamb i've got an engineer on friday between eight and twelve", H),
        ("C", "friday's fine"),
        ("A", "you'll have to keep it unplugged until then", {"tag": "neg_opt"}),
        ("C", "yeah i've already done that"),
        ("A", "and if it can't be fixed on the day we'll sort out a replacement once the engineer's been anything else i can help with"),
        ("C", "no that's all bye"),
        ("A", "bye"),
     ])

call("h27-18-venue-fortieth-party", industry="event venue hire", style=ASR, words=False,
     exercises="greeting with company and thanks but no name or offer; routine party enquiry; restatement; first name used; warm transfer with where and why; ends in transfer",
     labels=L("fail", "na_or_fail", "na", "pass", "na", "pass", "na", "pass",
              "The greeting has a salutation and the venue but no agent name or offer to help; the transfer names the events team and why; 'they can check those dates' is not a commitment."),
     turns=[
        ("A", "hello the grange thank you for calling"),
        ("C", "oh hi um yeah i was wondering if you do private parties i'm looking at doing my husband's fortieth"),
        ("A", "we do yeah what sort of numbers are you thinking"),
        ("C", "about eighty maybe ninety with kids"),
        ("A", "and have you got a date in mind"),
        ("C", "a saturday in march ideally the fourteenth or the twenty first"),
        ("A", "lovely so you're looking at a fortieth birthday party for about eighty people on a saturday in march"),
        ("C", "that's it yeah"),
        ("A", "and can i take your name"),
        ("C", "it's jade"),
        ("A", "thanks jade i'll put you through to our events team they look after all the private party bookings and can check those dates"),
        ("C", "oh great thank you"),
        ("A", "putting you through now"),
     ])

call("h27-19-mortgage-payment-up-after-holiday", industry="mortgage payment holidays", style=ASR, words=False,
     exercises="team named, no company or agent name; payment rise after a holiday; no empathy; restatement; limit with an alternative; timed adviser call; adjustment on the 'next payment'; name used; thanks/bye without an offer",
     labels=L("fail", "fail_or_pass", "fail", "pass", "pass", "pass", "na", "na",
              "'we can't change the term over the phone but what i can do is...' is not negative; 'adjusted on your next payment' is taken as a time reference, so follow-up passes; the frustration ('nobody told me') is never acknowledged."),
     turns=[
        ("A", "morning you're through to mortgage customer support um how can i help"),
        ("C", "hi yeah i had a three month payment holiday and it finished in march and now my payment's gone up by about ninety quid a month and nobody told me it would"),
        ("A", "okay can i take your name and the account number"),
        ("C", "terry king account number five five zero one three eight two"),
        ("A", "thanks terry so since the payment holiday finished your monthly payment's gone up by about ninety pounds and you want to know why and if you can bring it down"),
        ("C", "yeah exactly"),
        ("A", "the interest from those three months was added to the balance so the payment's been worked out again over the same term"),
        ("C", "can't you just stretch the term so it goes back down"),
        ("A", "we can't change the term over the phone but what i can do is book you a call with one of our advisers"),
        ("C", "go on then"),
        ("A", "an adviser will ring you on thursday at ten and if the term changes the difference will be adjusted on your next payment"),
        ("C", "okay"),
        ("A", "thanks for calling terry bye"),
     ])

call("h27-20-film-broke-down-refund", industry="cinema chain customer service", style=ASR, words=False,
     exercises="full greeting; film stopped mid-showing; empathy; restatement; polite 'i don't know if you've got'; 'no problem'; announced hold with thanks; limit with an alternative; one timed and one untimed commitment; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "'i don't know if you've got the booking reference handy' is the polite question form; 'i can't refund the snacks but i can add two free tickets' is a limit with an alternative; 'i'll send the free tickets over by email' has no time."),
     turns=[
        ("A", "hi thanks for calling lumen cinemas this is mo speaking how can i help"),
        ("C", "hiya we were at the nine o'clock showing of uh the new spy film on friday and it stopped about an hour in and never came back on so we just ended up going home"),
        ("A", "oh no that's really disappointing on a friday night out can i take your name"),
        ("C", "it's chris and uh the surname's fox"),
        ("A", "thanks chris so the film broke down halfway through on friday and you'd like your money back for the tickets"),
        ("C", "yeah and the snacks really we spent a fortune on popcorn"),
        ("A", "i don't know if you've got the booking reference handy"),
        ("C", "no sorry i don't"),
        ("A", "no problem can i put you on hold while i look it up"),
        ("A", "thanks for holding chris i've refunded both tickets that's eighteen pounds back on your card in three to five days i can't refund the snacks but i can add two free tickets to your account", H),
        ("C", "oh go on then that's fair"),
        ("A", "i'll send the free tickets over by email is there anything else i can help with"),
        ("C", "no that's great thanks"),
        ("A", "thanks chris enjoy the next one bye"),
     ])

call("h27-21-broadband-storm-care-alarm", industry="broadband outage (home)", style=ASR, words=False,
     exercises="greeting with company first; outage affecting a care alarm; empathy; customer-caused wait; 'there's nothing i can do'; no restatement; timed engineer plus untimed credit; name given never used; offer only",
     labels=L("pass", "fail_or_pass", "pass", "fail", "fail", "fail", "na", "na",
              "'there's nothing i can do from here' is negative even though the next turn books an engineer; 'we'll credit your account' has no time; the customer fetches the router (wait)."),
     turns=[
        ("A", "clearline broadband good afternoon you're speaking with pat how can i help"),
        ("C", "hello my internet stopped working in the storm on saturday and it still hasn't come back and my care alarm runs through it so i'm a bit worried"),
        ("A", "that must be worrying if your alarm's on it can i take your name"),
        ("C", "it's mister gold harold gold"),
        ("A", "and can you tell me what lights are on the router"),
        ("C", "oh hang on it's in the other room"),
        ("C", "um there's a red one and an orange one flashing", W),
        ("A", "right that's the line itself there's nothing i can do from here", {"tag": "neg"}),
        ("C", "so what happens now"),
        ("A", "an engineer will come out on wednesday morning and we'll credit your account for the days without service"),
        ("C", "wednesday oh well at least it's something"),
        ("A", "uh and if you need the alarm before then your alarm company can switch it over to the phone line"),
        ("C", "oh right i'll ring them"),
        ("A", "is there anything else i can help with"),
        ("C", "no thank you dear"),
     ])

call("h27-22-charge-card-order", industry="electric vehicle charging network", style=ASR, words=False,
     exercises="greeting with 'welcome'; routine card order; restatement; policy refusal; unannounced silence thanked afterwards; timed delivery; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "fail", "na",
              "'no we can only send it to the billing address it's our policy' refuses with no alternative; the 13 s silence was never announced, so the thanks afterwards does not save the hold."),
     turns=[
        ("A", "welcome to amp hub this is kai what can i do for you"),
        ("C", "hi um i've got the app but i'd like one of the charge cards as well because my phone signal's terrible at some of the chargers"),
        ("A", "sure can i take your name and email"),
        ("C", "ellie north ellie north at mailbox dot com"),
        ("A", "thanks ellie so you'd like a physical charge card to tap on the chargers instead of using the app"),
        ("C", "yes please can you send it to my work address"),
        ("A", "no we can only send it to the billing address it's our policy", {"tag": "neg"}),
        ("C", "oh okay home's fine then"),
        ("A", "thanks for waiting ellie that's ordered", H),
        ("C", "brilliant when will it come"),
        ("A", "the card will arrive in five to seven working days"),
        ("C", "great"),
        ("A", "is there anything else i can help with today ellie"),
        ("C", "no that's all"),
        ("A", "thanks for calling bye"),
     ])

call("h27-23-hearing-aid-dead-daughter-calls", industry="hearing aid supplier", style=ASR, words=False,
     exercises="greeting without agent name; daughter calls about her mother's dead aid; empathy; read-back only; timed loan aid; caller's name given but only the account holder's used; warm transfer; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "fail", "pass", "fail", "na", "pass",
              "The caller gives her own name ('june') but the agent only refers to the account holder ('mrs day'), never addressing the caller, so personalization fails; 'the left one' is a read-back."),
     turns=[
        ("A", "good morning clearsound hearing how can i help"),
        ("C", "hi i'm calling for my mum her left hearing aid's just stopped working completely and she lives on her own so she's really struggling without it"),
        ("A", "oh i'm sorry she's without it that's really hard can i take her name and date of birth"),
        ("C", "it's mrs iris day second of may nineteen forty one and i'm her daughter june"),
        ("A", "thank you i've found mrs day's account the left one"),
        ("C", "yes the left one"),
        ("A", "has she tried a new battery"),
        ("C", "yes twice"),
        ("A", "okay i'll post a loan aid out to her today so she's not without one"),
        ("C", "oh that would be amazing"),
        ("A", "i'm going to put you through to our repairs team because they can book the broken one in for a repair"),
        ("C", "okay thank you"),
        ("A", "putting you through now"),
     ])

call("h27-24-missing-shirt", industry="laundry and dry cleaning", style=ASR, words=False,
     exercises="greeting with no offer to help; missing shirt; restatement; 'hold on' with no reason and no thanks; blame (optional); bare 'i don't know'; no empathy; untimed call-back; name used; bye with no offer",
     labels=L("fail", "fail_or_pass", "fail", "pass", "fail", "pass", "fail", "na",
              "'hold on' gives no reason and the agent comes back with no thanks; 'you probably didn't put it in the bag' blames (optional); 'i don't know where it is then' is negative; 'someone will call you back' has no time."),
     turns=[
        ("A", "hi spin and press uh lucy speaking"),
        ("C", "hi yeah i dropped off five shirts on monday and i've picked them up today and there's only four in the bag"),
        ("A", "what's the name on the ticket"),
        ("C", "ray hill"),
        ("A", "so ray you handed in five shirts on monday and only four came back and you want the missing one found"),
        ("C", "yeah it's a white one with a blue collar it was a present"),
        ("A", "hold on"),
        ("A", "the ticket says four shirts", H),
        ("C", "well it was five i counted them"),
        ("A", "you probably didn't put it in the bag", {"tag": "neg_opt"}),
        ("C", "i definitely did"),
        ("A", "i don't know where it is then", {"tag": "neg"}),
        ("C", "so what now"),
        ("A", "i'll have the shop check the racks and someone will call you back okay bye"),
     ])


# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h27-25-savings-bereavement", industry="building society savings", style=CLEAN, words=False,
     exercises="full greeting; bereavement; empathy; restatement; limit with an alternative; timed pack and a conditional commitment that still has a time frame; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "'once we have the certificate, we'll release the funds within ten working days' is conditional but still gives a time frame, so follow-up passes; 'I can't discuss the balance... but I can send you the forms' is a limit with an alternative."),
     turns=[
        ("A", "Good morning, Fairhaven Building Society, this is Amir speaking, how can I help you?"),
        ("C", "Hello. My father passed away two weeks ago, and he had a savings account with you. I'm his executor."),
        ("A", "I'm so sorry for your loss. Can I take your name, and your father's name?"),
        ("C", "I'm Helen Price, and he was Arthur Price."),
        ("A", "Thank you, Helen. So you'd like to close your father's savings account and have the money paid to his estate."),
        ("C", "Yes. Can you tell me how much is in there?"),
        ("A", "I'm afraid I can't discuss the balance until we've seen the paperwork, but I can send you the forms you'll need."),
        ("C", "That's fine. What do you need from me?"),
        ("A", "A copy of the death certificate, and the grant of probate if there is one."),
        ("C", "I've got the certificate. Probate will take a while."),
        ("A", "That's okay. We'll post the bereavement pack to you today, and once we have the certificate, we'll release the funds within ten working days."),
        ("C", "Thank you, that's really helpful."),
        ("A", "Is there anything else I can do for you today, Helen?"),
        ("C", "No, that's everything."),
        ("A", "Take care, Helen, goodbye."),
     ])

call("h27-26-ferry-add-dog", industry="ferry bookings", style=CLEAN, words=False,
     exercises="greeting without a salutation; routine add-a-pet; read-back only; 'no' plus policy with an alternative; hold with reason and thanks; untimed tickets; name used; thanks without an offer",
     labels=L("fail", "fail_or_pass", "na", "fail", "fail", "pass", "pass", "na",
              "The greeting has company, name and offer but no salutation; 'No, it's our policy that dogs stay in the vehicle or a pet cabin, but I can book you a pet cabin' offers an alternative, so it is not negative; 'Your updated tickets will be emailed to you' has no time."),
     turns=[
        ("A", "Seaways bookings, Tomas speaking, how can I help?"),
        ("C", "Hi, I've got a crossing booked to Santander in August and I want to add our dog to the booking."),
        ("A", "Can I have the booking reference?"),
        ("C", "SW 91442, name of Fisher."),
        ("A", "Thank you, Mr Fisher. That's the 3rd of August sailing from Portsmouth?"),
        ("C", "That's the one."),
        ("C", "Can she come up into the lounge with us during the crossing?"),
        ("A", "No, it's our policy that dogs stay in the vehicle or a pet cabin, but I can book you a pet cabin if there's one free. Let me just check the pet cabins for that sailing."),
        ("A", "Thanks for bearing with me. There's one pet cabin left, it's an extra ninety pounds.", H),
        ("C", "Go on, we'll take it."),
        ("A", "That's added. Your updated tickets will be emailed to you."),
        ("C", "Great."),
        ("A", "Thanks for calling, have a good trip."),
     ])

call("h27-27-dried-out-hedging", industry="garden centre deliveries", style=CLEAN, words=False,
     exercises="full greeting; dead plants stated as fact; empathy; restatement; limit before a transfer (optional); name never used; transfer says why but not where; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "fail", "na", "fail",
              "'I'll transfer you to someone who can sort that out' gives the reason but not where or to whom, so the transfer fails; 'I can't arrange replacements from the delivery desk' is a limit whose alternative only follows when asked (optional)."),
     turns=[
        ("A", "Hi, good afternoon, Greenacre Nurseries, I'm Jo, what can I do for you?"),
        ("C", "The thirty beech hedge plants you delivered this morning are completely dried out. Half of them have brown leaves already."),
        ("A", "Oh no, that's not what you want when you've planned a whole hedge. Can I take your name?"),
        ("C", "Ben Oakes."),
        ("A", "And the order number?"),
        ("C", "It's 30917."),
        ("A", "So the hedging that came today arrived dried out, and you want it replaced or your money back."),
        ("C", "Replaced, ideally. I've dug the trench already."),
        ("A", "I can't arrange replacements from the delivery desk.", {"tag": "neg_opt"}),
        ("C", "Well, who can?"),
        ("A", "I'll transfer you to someone who can sort that out for you."),
        ("C", "Okay."),
        ("A", "Just putting you through."),
     ])

call("h27-28-tax-code-company-car", industry="tax office helpline", style=CLEAN, words=False,
     exercises="full greeting; higher tax stated as confusion; customer-caused wait; restatement; 'you have to' as a demand; no empathy; two timed commitments; name used; offer without thanks/bye",
     labels=L("pass", "fail_or_pass", "fail", "pass", "pass", "pass", "na", "na",
              "Being overtaxed is a wrong charge that affects the customer, and it is never acknowledged; 'You have to tell us yourself when the car changes' is a demand; the customer looks for the number on a payslip (wait)."),
     turns=[
        ("A", "Good morning, thank you for calling the National Revenue Office, my name is Oliver, how can I help?"),
        ("C", "Hi, my tax code has changed on my payslip this month and I'm paying about sixty pounds more tax, and I don't understand why."),
        ("A", "I can look into that for you. Can I take your name and National Insurance number?"),
        ("C", "Nadia Bloom, and the number is, hold on, it's on my payslip somewhere."),
        ("C", "Here it is, QQ 12 34 56 C.", W),
        ("A", "Thanks, Nadia. So you want to know why your tax code changed this month and why you're paying more."),
        ("C", "Yes, exactly."),
        ("A", "Your employer told us you've got a company car now, so the code has been reduced to take it into account."),
        ("C", "Oh. I handed that car back in June, though."),
        ("A", "You have to tell us yourself when the car changes.", {"tag": "neg"}),
        ("C", "I didn't know that. Can it be fixed?"),
        ("A", "Yes. I've updated it, your employer will be sent the corrected code today, and you'll get a letter confirming it within two weeks."),
        ("C", "Great, thanks."),
        ("A", "Is there anything else I can help you with, Nadia?"),
        ("C", "No, that's it, thank you."),
     ])

call("h27-29-add-licence-seats", industry="software licence support", style=CLEAN, words=False,
     exercises="greeting without agent name; routine seat purchase; restatement; 'not something we deal with' (not my department); hold with reason and thanks; transfer with no where or why; ends in transfer",
     labels=L("fail", "na_or_fail", "na", "pass", "na", "pass", "pass", "fail",
              "'Adding seats isn't something we deal with on the support line' is the 'not my department' form; after a proper hold the agent only says 'I'm transferring you now', naming no team and no reason."),
     turns=[
        ("A", "Hi, Quillsoft support, how can I help?"),
        ("C", "Hi, we've got a team licence for five users and two new starters on Monday, so I need to add two more seats."),
        ("A", "Can I take your name and the account email?"),
        ("C", "Olu Adeyemi, it's olu at harbour design dot co dot uk."),
        ("A", "Thanks, Olu. So you want to add two more users to your team licence before your new starters begin on Monday."),
        ("C", "That's right."),
        ("A", "Adding seats isn't something we deal with on the support line.", {"tag": "neg"}),
        ("C", "Okay, so who do I need to speak to?"),
        ("A", "Can you hold for a moment while I find out who handles seat changes?"),
        ("C", "Sure."),
        ("A", "Thanks for holding, Olu.", H),
        ("C", "No problem."),
        ("A", "I'm transferring you now."),
        ("C", "Okay, thanks."),
     ])

call("h27-30-kitchen-left-half-done", industry="kitchen fitters", style=CLEAN, words=False,
     exercises="greeting with no offer to help; unfinished fitting; restatement; empathy with blame-shifting (optional); hold with reason and thanks; timed return visit and a call-back anchored to a day; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'I'll ring you on Wednesday afternoon, after the fitter's been' carries a time, so follow-up passes; 'It's not our fault, to be fair, the supplier sent the wrong size' shifts blame (optional)."),
     turns=[
        ("A", "Good morning, Brightwater Kitchens customer care, you're speaking with Stephen."),
        ("C", "Hi, I'm calling because your fitter left on Friday with the kitchen half done. There's no worktop by the sink, the dishwasher isn't connected, and nobody has told us when he's coming back."),
        ("A", "Can I take your name and postcode?"),
        ("C", "Louise Hart, NE3 4PL."),
        ("A", "Thank you, Mrs Hart. So the fitting was left unfinished on Friday, you've no worktop at the sink and no dishwasher, and you need to know when it'll be completed."),
        ("C", "Yes. We've been washing up in the bathroom for three days."),
        ("A", "That sounds miserable, I'm sorry. It's not our fault, to be fair, the supplier sent the wrong size worktop.", {"tag": "neg_opt"}),
        ("C", "I don't really care whose fault it is."),
        ("A", "Understood. Can I put you on hold while I check when the new worktop is due?"),
        ("C", "Fine."),
        ("A", "Thanks for holding, Mrs Hart. The worktop arrives on Tuesday, and the fitter will come back on Wednesday to finish everything.", H),
        ("C", "Okay, Wednesday."),
        ("A", "I'll ring you on Wednesday afternoon, after the fitter's been, to make sure you're happy. Is there anything else I can help with?"),
        ("C", "No, just get it done."),
        ("A", "Thank you for your patience, Mrs Hart, goodbye."),
     ])

call("h27-31-donor-tattoo-deferral", industry="blood donation service", style=CLEAN, words=False,
     exercises="full greeting ('Honor'); routine eligibility question; 'you need to wait' as a rule (optional); factual 'no' with an alternative; rebooking done in the call; no restatement; no commitments; no name; full close",
     labels=L("pass", "pass", "na", "fail", "na", "na_or_fail", "na", "na",
              "The rebooking is done during the call, so there is no later commitment; 'No, not next week, but I can move your appointment' is a factual no with an alternative; the customer's name never comes up."),
     turns=[
        ("A", "Thank you for calling Lifeline Blood Service, you're speaking with Honor, how can I help?"),
        ("C", "Hi, I'm booked to give blood next week, but I had a tattoo done on Saturday. Does that matter?"),
        ("A", "It does, I'm afraid. After a tattoo you need to wait four months before donating.", {"tag": "neg_opt"}),
        ("C", "Oh, right. So I can't come next week?"),
        ("A", "No, not next week, but I can move your appointment to after the four months."),
        ("C", "Yes, please do."),
        ("A", "Which session are you booked into?"),
        ("C", "The Thursday one at the town hall, at half five."),
        ("A", "I've cancelled that one. The first town hall session after your four months is Thursday the 16th of July."),
        ("C", "That's fine, put me in for that."),
        ("A", "Done, you're booked for half five on the 16th of July."),
        ("C", "Thanks."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, and thanks for donating."),
     ])

call("h27-32-laptop-bag-left-in-car", industry="taxi app", style=CLEAN, words=False,
     exercises="full greeting; lost bag; empathy; restatement; limit with an alternative; short hold thanked only with an apology; one untimed and one timed commitment; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "fail", "na",
              "'Sorry about the wait' is an apology, not thanks, so the hold fails; 'He'll get back to you through the app' has no time even though the call-back 'within the hour' does."),
     turns=[
        ("A", "Hello, RideLoop support, my name's Precious, how can I help you?"),
        ("C", "I left my laptop bag in the back of a car this morning. It dropped me at the airport about an hour ago."),
        ("A", "Oh no, that's a worry, with your laptop in it. Can I take your name?"),
        ("C", "Frank Doyle."),
        ("A", "Thanks, Frank. So you left your laptop bag on the back seat of this morning's ride to the airport, and you want to get it back."),
        ("C", "Yes. Can I just have the driver's number?"),
        ("A", "I can't give you the driver's number, but I can message him for you. Give me a moment."),
        ("A", "Sorry about the wait. I've messaged the driver through the app.", H),
        ("C", "And then what?"),
        ("A", "He'll get back to you through the app, and if he's got it, he'll arrange to drop it off."),
        ("C", "I fly at four, though."),
        ("A", "I'll call you back within the hour either way."),
        ("C", "Okay, thank you."),
        ("A", "Anything else I can help with? Thanks, Frank, bye."),
     ])

call("h27-33-tip-permit-expired", industry="recycling centre permits", style=CLEAN, words=False,
     exercises="full greeting; turned away at the tip; no empathy; read-back only; 'unable to' refusal; 'you'll have to' as the only way forward (optional); timed new permit; name never used; 'Is that everything?' plus bye",
     labels=L("pass", "pass", "fail", "fail", "pass", "fail", "na", "na",
              "'I'm unable to extend permits' refuses a direct request with no alternative; 'You'll have to apply for a new one online' is curt but is the way forward (optional); 'in a couple of days' counts as a time frame; the customer's sarcasm gets no acknowledgement."),
     turns=[
        ("A", "Hi, Westfield Council waste permits, Callum speaking, how can I help?"),
        ("C", "I drove twenty minutes to the recycling centre this morning with a car full of rubbish and they turned me away because my permit expired last week. Nobody sent me a reminder."),
        ("A", "What's your permit number?"),
        ("C", "It's WP 77301, in the name of Pearl Sutton."),
        ("A", "Yes, that expired on the 2nd."),
        ("C", "Can you just extend it by a few days so I can go back this afternoon?"),
        ("A", "I'm unable to extend permits.", {"tag": "neg"}),
        ("C", "So what am I supposed to do?"),
        ("A", "You'll have to apply for a new one online.", {"tag": "neg_opt"}),
        ("C", "And how long does that take?"),
        ("A", "The new permit will come through in a couple of days."),
        ("C", "Brilliant. I'll just keep the rubbish in my car, then."),
        ("A", "Is that everything?"),
        ("C", "Yes. Bye."),
        ("A", "Bye."),
     ])

call("h27-34-course-cancelled-refund", industry="language school courses", style=CLEAN, words=False,
     exercises="greeting with no offer to help; cancelled course; empathy; restatement; factual yes; warm transfer with a timed refund; closing done before the transfer; name used",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "pass",
              "The agent offers further help and thanks the customer before transferring, so the closing passes even though the call ends in a transfer; the transfer names the accounts team and why."),
     turns=[
        ("A", "Good afternoon, Linguaworld, Beatriz speaking."),
        ("C", "Hi, I got an email saying my Japanese beginners' course is cancelled because not enough people signed up. I'd booked time off work for the Saturday classes, so I'm pretty annoyed."),
        ("A", "I'm sorry, that's really frustrating after you'd rearranged your work. Can I take your name?"),
        ("C", "Kofi Mensah."),
        ("A", "Thanks, Kofi. Would you like to move to the Wednesday evening group instead?"),
        ("C", "No, I can't do evenings. I just want my money back."),
        ("A", "So the Saturday course has been cancelled, the evening one doesn't work for you, and you'd like a full refund."),
        ("C", "Including the registration fee."),
        ("A", "Yes, the registration fee is included, as the course was cancelled on our side."),
        ("C", "Good."),
        ("A", "I'm going to transfer you to our accounts team, because they process refunds, and they'll get the money back to you within five working days. Is there anything else before I put you through?"),
        ("C", "No, that's all."),
        ("A", "Thanks for your patience, Kofi, transferring you now."),
     ])

call("h27-35-cancel-fridge-warranty", industry="home appliance warranty", style=CLEAN, words=False,
     exercises="team named, no company or agent name; routine cancellation; customer-caused wait; restatement; 'I don't know... but I'll find out' (optional); hold with reason and thanks; one timed and one untimed commitment; name used; no close",
     labels=L("fail", "fail", "na", "pass", "fail", "pass", "pass", "na",
              "'I don't know off the top of my head, but I'll find out' pairs 'I don't know' with help (optional); 'you'll get a cancellation confirmation by email' has no time; the call ends on 'That's all done then' with no offer and no thanks."),
     turns=[
        ("A", "Hello, you're through to cancellations, how can I help?"),
        ("C", "Hi, I want to cancel the warranty on my fridge freezer. We're getting a new one next week."),
        ("A", "Can I take your name and the policy number?"),
        ("C", "Ian Cross. The policy number's on the letter, bear with me."),
        ("C", "Here it is, HS 40 21 886.", W),
        ("A", "Thanks, Mr Cross. So you'd like to cancel the cover on the fridge freezer because you're replacing it."),
        ("C", "That's it. Do I get anything back?"),
        ("A", "I don't know off the top of my head, but I'll find out. Can I put you on hold while I work out the refund?", {"tag": "neg_opt"}),
        ("C", "Sure."),
        ("A", "Thanks for waiting, Mr Cross. You're due eighteen pounds forty back.", H),
        ("C", "Oh, that's better than nothing."),
        ("A", "That'll be paid back to your card within fourteen days, and you'll get a cancellation confirmation by email."),
        ("C", "Great."),
        ("A", "That's all done then."),
        ("C", "Cheers."),
     ])

call("h27-36-wedding-deposit-refused", industry="event venue hire", style=CLEAN, words=False,
     exercises="full greeting ('Ash'); wedding cancelled through illness; read-back only; bare 'no' plus policy; 'I don't know what to tell you'; brief belated empathy; untimed pass-on; 'I can't say' (optional); name used; no close",
     labels=L("pass", "fail", "pass", "fail", "fail", "pass", "na", "na",
              "'No. Deposits are non-refundable, that's just our policy' and 'I don't know what to tell you' are negative; 'I understand it's disappointing' is thin and late but is an acknowledgement; 'I'll pass your email on' has no time, and 'I can't say' when asked when is optional."),
     turns=[
        ("A", "Good afternoon, Hartwell Manor, you're speaking with Ash, how can I help?"),
        ("C", "Hi, we had our wedding booked with you for June, but my fiancé's dad has been taken seriously ill, so we've had to cancel. I emailed three weeks ago asking about the deposit and heard nothing."),
        ("A", "Can I take the name on the booking?"),
        ("C", "Skye Rivers."),
        ("A", "Thank you, Ms Rivers. The deposit was fifteen hundred pounds?"),
        ("C", "Yes. Are we getting any of it back?"),
        ("A", "No. Deposits are non-refundable, that's just our policy.", {"tag": "neg"}),
        ("C", "Even with a family illness? We were told the date might be re-sold."),
        ("A", "I don't know what to tell you.", {"tag": "neg"}),
        ("C", "Could you at least check if someone else has taken the date?"),
        ("A", "I understand it's disappointing, Ms Rivers. I'll pass your email on to the events manager."),
        ("C", "And when will she get back to me?"),
        ("A", "I can't say.", {"tag": "neg_opt"}),
        ("C", "Fine, goodbye."),
        ("A", "Okay."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout27: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout27", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries (two calls each): "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h27",
                                  seed_base=2700, min_utterances=MIN_UTTS, max_utterances=MAX_UTTS)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
