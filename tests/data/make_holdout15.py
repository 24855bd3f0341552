"""Write the holdout15 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout15.py

Writes tests/data/holdout15/<call_id>.json, tests/data/holdout15-labels.json and
tests/data/holdout15/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout15"
LABELS_PATH = HERE / "holdout15-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words, mis-recognitions"

CALLS, call = call_collector()


def hold(gap=12.5):
    """An agent-caused silence of ``gap`` seconds before the utterance."""
    return {"gap": gap, "tag": "hold"}


def wait(gap=11.5):
    """A customer-caused silence of ``gap`` seconds before the utterance."""
    return {"gap": gap, "tag": "wait"}


# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

# ---- word-timed, clean text, overlaps allowed ----

call("h15-01-breakdown-hard-shoulder", industry="car breakdown recovery", style=CLEAN, words=True,
     exercises="full greeting; stranded and anxious; backchannels; empathy; restatement with location; timed patrol; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "Backchannels sit inside a long anxious turn; the ETA and the text both carry times."),
     turns=[
        ("A", "Good evening, Roadwise Rescue, you're through to Callum, how can I help you tonight?"),
        ("C", "Oh thank God, hi, right, I'm on the M6, southbound, I think just past junction sixteen, the car's just died on me, all the lights came on the dash and it cut out, and I've got my two kids in the back and it's getting dark."),
        ("A", "Mm-hmm.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Okay.", {"at_start": 8.5, "tag": "bc"}),
        ("A", "Right, that sounds really scary with the little ones in the car, you've done the right thing calling. Are you all out of the car and behind the barrier?"),
        ("C", "Yeah, we're up the bank behind the barrier now."),
        ("A", "Good. Can I take your name and your membership number?"),
        ("C", "It's Dervla Quinlan-Hart, and the number's RW four four seven two nine one."),
        ("A", "Thank you, Dervla. So you've broken down on the southbound M6 just after junction sixteen, the engine cut out with warning lights, and you need a patrol out to you with two children."),
        ("C", "That's it, yeah."),
        ("A", "I've flagged it as a priority because of the kids. A patrol will be with you within forty minutes, and you'll get a text in the next five minutes with the driver's name and a tracking link."),
        ("C", "Forty minutes, okay. That's not too bad."),
        ("A", "Keep your phone on you, and don't go back to the car for anything. Is there anything else I can help with while you're waiting, Dervla?"),
        ("C", "No, no, that's everything, thank you so much."),
        ("A", "You're welcome. Stay safe, and goodbye for now."),
     ])

call("h15-02-grooming-cutins", industry="dog grooming", style=CLEAN, words=True,
     exercises="greeting lacks the agent's name; booking with a nervous owner; two cut-ins; one-detail echo; untimed reminder; only the dog is named; goodbye only",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "na_or_fail", "na", "na",
              "Her unease after the last groomer nicked his ear is a worry the agent talks over; only the dog is named; 'Saturday?' echoes one detail."),
     turns=[
        ("A", "Hiya, Pawfection Grooming, how can I help?"),
        ("C", "Hi, yeah, I wanted to book my cockapoo in for a full groom, he's a bit of a nightmare with his feet, so whoever does him needs to be quite patient, and I was hoping for a Saturday if you've got one."),
        ("A", "What's the dog's name?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "Biscuit."),
        ("A", "And how old is Biscuit?"),
        ("C", "He's four, he's been groomed before but the last place, honestly, they sort of rushed him and he came out with a nick on his ear so I'm a bit..."),
        ("A", "We've got the twentieth at ten.", {"at_end": 1.0, "tag": "intr"}),
        ("C", "The twentieth? Yeah, that works."),
        ("A", "Saturday?"),
        ("C", "Yes, Saturday the twentieth."),
        ("A", "Lovely. We'll send you a reminder."),
        ("C", "Great, and it's about fifty, is it?"),
        ("A", "Fifty-five for his size."),
        ("C", "Fine, okay."),
        ("A", "Okay, see you then, bye."),
     ])

call("h15-03-council-ceiling-leak", industry="council housing repairs", style=CLEAN, words=True,
     exercises="full greeting; repeat leak; 'calm down'; 'you have to' demand; cut-in; no empathy; no restatement; untimed promise; name not used; no close",
     labels=L("pass", "fail", "fail", "fail", "fail", "fail", "na", "na",
              "Customer is angry about a third report; agent tells her to calm down and demands she report online; 'someone will be in touch' has no time."),
     turns=[
        ("A", "Good morning, Castlebrook Council repairs line, my name's Warren, how can I help?"),
        ("C", "Morning. This is the third time I've rung about the leak in my bathroom ceiling, it's coming through into the kitchen now, there's a bucket on the floor and nobody has been out, not once."),
        ("A", "Can I take your name and address please?"),
        ("C", "Mrs Nkechi Adebayo, twelve Harlow Walk, and I have got the reference from last time if you want it but honestly I'm sick of reading it out to people who then do absolutely nothing about it."),
        ("A", "Okay, calm down, I just need the reference.", {"at_end": 1.3, "tag": ("intr", "neg")}),
        ("C", "Don't tell me to calm down. It's HR five five oh one two."),
        ("A", "Right, it says here the job was closed as no access."),
        ("C", "No access? I was in all day!"),
        ("A", "Well it's closed. You have to report it again through the online portal.", {"tag": "neg"}),
        ("C", "I'm on the phone to you now, why can't you do it?"),
        ("A", "Fine, I'll reopen it. Someone will be in touch."),
        ("C", "When?"),
        ("A", "It's with the team."),
        ("C", "Unbelievable."),
     ])

call("h15-04-care-home-mum", industry="care home enquiries", style=CLEAN, words=True,
     exercises="full greeting; worried daughter; long empathy; backchannels; restatement; hold with reason and thanks; timed call-back and visit; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "Long empathetic response; hold is asked with a reason and thanked; both promises are timed."),
     turns=[
        ("A", "Hello, thank you for calling Elmcroft House, this is Sunita speaking, how can I help you today?"),
        ("C", "Hi, um, I'm ringing about my mum really, she's eighty-seven, she had a fall a few weeks ago and since she came out of hospital she's just not coping at home, and I live two hours away, and I feel awful, I just don't know what the options are."),
        ("A", "Mm-hmm.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "I see.", {"at_start": 10.0, "tag": "bc"}),
        ("A", "Oh, I'm so sorry, that's a really hard place to be, and please don't feel awful, lots of families ring us at exactly this point and it's because they care. Can I ask your name?"),
        ("C", "It's Fionnuala. Fionnuala Barrett."),
        ("A", "Thank you, Fionnuala. So your mum's struggling at home since her fall and you'd like to know whether we could take her, either for a short stay or longer term."),
        ("C", "Yes, exactly, maybe respite first and see how she gets on."),
        ("A", "Would you mind if I pop you on hold for a minute while I check our respite rooms for the next few weeks?"),
        ("C", "No, that's fine."),
        ("A", "Thank you so much for waiting, Fionnuala. We've got a respite room free from the fourteenth.", hold(13.0)),
        ("C", "Oh, that's really soon, that's good."),
        ("A", "Our manager, Grace, will ring you tomorrow morning to talk through her care needs, and you're very welcome to visit on Saturday afternoon to see the room."),
        ("C", "That would be lovely, thank you."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, you've been really kind."),
        ("A", "Thank you for calling, Fionnuala, take care of yourself. Bye now."),
     ])

call("h15-05-vet-chocolate-transfer", industry="veterinary out-of-hours", style=CLEAN, words=True,
     exercises="full greeting; panicked owner; 'oh no'; borderline short cut-in; restatement; timed text; transfer to the vet with reason; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "pass", "pass", "na", "pass",
              "The short 'sorry, how much?' over her turn is a clarifying cut-in (optional); the call ends in the transfer."),
     turns=[
        ("A", "Hello, Nightingale Vets out-of-hours, you're speaking to Ross, what can I do for you?"),
        ("C", "Hi, my labrador's just eaten a whole bar of dark chocolate off the coffee table, the big one, like two hundred grams, and I've read it's poisonous and I'm panicking."),
        ("A", "Sorry, how much?", {"at_end": 0.8, "tag": "intr_opt"}),
        ("C", "Two hundred grams, the seventy percent one."),
        ("A", "Oh no, okay, you've done exactly the right thing ringing straight away. What's your name, and how heavy is he roughly?"),
        ("C", "I'm Tomasz, Tomasz Wierzbicki, and he's about thirty kilos."),
        ("A", "Thanks, Tomasz. So he's eaten around two hundred grams of seventy percent dark chocolate in the last few minutes and he's about thirty kilos."),
        ("C", "Yes, maybe ten minutes ago."),
        ("A", "That's enough that the vet will want to see him. I'm going to put you through to Dr Mensah, our on-call vet, now, so she can tell you whether to bring him straight in."),
        ("C", "Okay, okay, thank you."),
        ("A", "And I'll text you the clinic's address and door code within the next couple of minutes, in case you need to come in."),
        ("C", "Brilliant."),
        ("A", "Putting you through to Dr Mensah now, Tomasz, hold the line."),
     ])

call("h15-06-pawn-ring-extension", industry="pawn shop", style=CLEAN, words=True,
     exercises="greeting lacks an offer to help; worried about a family ring; customer-caused wait; limit with alternative (not negative); 'no' answering a fact; restatement; timed hold of the item; name used",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The long silence is the customer finding her ticket, so hold is na; 'we can't extend it, but what I can do' offers an alternative."),
     turns=[
        ("A", "Goldgate Pawnbrokers, Terry speaking."),
        ("C", "Oh hi, yes, I've got my nan's engagement ring in with you, and the loan ends this week I think, and I just haven't got all the money together yet, and I'm really worried it'll get sold."),
        ("A", "I understand, love, that ring obviously means a lot. Have you got your ticket number there?"),
        ("C", "Hang on, it's in my purse somewhere, let me look."),
        ("C", "Got it, it's G seven nine three four.", wait(12.0)),
        ("A", "Thank you. And your name?"),
        ("C", "Shannon Pryce."),
        ("A", "Right, Shannon, so you want to keep the ring but you need more time to pay the loan off."),
        ("C", "Yeah, is it going to be sold on Friday?"),
        ("A", "No, nothing gets sold the day it's due. We can't extend the full term over the phone, but what I can do is hold it for you until next Friday if you pay the interest, which is thirty-two pounds."),
        ("C", "I can do that today."),
        ("A", "Perfect. I'll put a hold on it now until next Friday, and you can pay the interest online today."),
        ("C", "Thank you, that's such a relief."),
        ("A", "Anything else I can do for you, Shannon?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, take care."),
     ])

call("h15-07-scaffold-tower-quote", industry="scaffolding hire", style=CLEAN, words=True,
     exercises="full greeting; rambling trade customer; one cut-in; borderline 'you'll need'; long restatement; untimed quote; nickname then name used; thanks and goodbye only",
     labels=L("pass", "fail_or_pass", "na", "pass", "fail", "pass", "na", "na",
              "Customer gives a nickname then his full name; the agent uses 'Gary'; the quote promise has no time; closing has no offer of more help."),
     turns=[
        ("A", "Morning, Hillside Scaffold Hire, Jodie speaking, how can I help?"),
        ("C", "Alright, yeah, it's Gaz, Gary Whitlow, from Whitlow Roofing, you did us that job on Park Lane last year, anyway, I've got a semi on Ferndale Road, front elevation, need to get up to the gutters and do the chimney stack, probably three weeks, maybe four if the weather's bad like last time."),
        ("A", "Is that a two-lift or are you going higher?", {"at_end": 1.6, "tag": "intr"}),
        ("C", "Two-lift should do it, with a loading bay."),
        ("A", "Okay. And when are you wanting it up?"),
        ("C", "The fourteenth ideally, it's a Monday."),
        ("A", "Right, Gary, so that's a two-lift scaffold with a loading bay on the front of a semi on Ferndale Road, from Monday the fourteenth for about three to four weeks."),
        ("C", "Spot on."),
        ("A", "If it goes over the pavement you'll need a licence from the council.", {"tag": "neg_opt"}),
        ("C", "Yeah, it does, I'll sort that."),
        ("A", "Grand. I'll get a quote over to you."),
        ("C", "Same email as last time."),
        ("A", "Lovely. Cheers, Gary, speak soon."),
        ("C", "Cheers, bye."),
     ])

call("h15-08-driving-test-failed", industry="driving school", style=CLEAN, words=True,
     exercises="full greeting; failed test, upset; brief empathy inside a cut-in; one-detail echo; unannounced silence while checking; timed call-back; name given but never used; full close",
     labels=L("pass", "pass", "pass", "fail", "pass", "fail", "fail", "na",
              "The twelve-second silence while the agent checks the diary was never announced; 'a refresher?' echoes one detail; the name is never used."),
     turns=[
        ("A", "Hi there, thanks for ringing Greenlight Driving School, you're through to Asha, how can I help?"),
        ("C", "Hi, um, I failed my test this morning, again, it's the second time, I got a serious for the roundabout and I'm just gutted, to be honest, and I want to get some more lessons booked before I lose my nerve completely."),
        ("A", "Uh-huh.", {"at_start": 4.5, "tag": "bc"}),
        ("A", "Ah, sorry to hear that. What's your name?", {"at_end": 1.3, "tag": "intr"}),
        ("C", "Kieran Mulholland."),
        ("A", "And who's your instructor?"),
        ("C", "Bev."),
        ("A", "A refresher?"),
        ("C", "Yeah, a couple of lessons on roundabouts, and then I'll rebook the test."),
        ("A", "Right, Bev's got Tuesday at four.", hold(12.0)),
        ("C", "That's fine."),
        ("A", "Bev will ring you tonight to go over what happened on the test."),
        ("C", "Cheers."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, bye bye."),
     ])

call("h15-09-airport-parking-wrong-date", industry="airport parking", style=CLEAN, words=True,
     exercises="full greeting; booked wrong date and charged; customer corrects the agent; empathy; corrected restatement; close before transfer; transfer with where and why; untimed refund",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "pass",
              "The first restatement gets the date wrong and the customer corrects it; the second is right; 'they'll sort the refund' has no time; closing comes before the transfer."),
     turns=[
        ("A", "Good afternoon, SkyPark Meet and Greet, my name's Deniz, how may I help?"),
        ("C", "Hi, I've booked parking for my holiday but I've put the wrong date in, and I've been charged for it, and now the site says it's non-refundable, which is a bit much."),
        ("A", "Oh, that's annoying, I'm sorry. Can I have your surname and booking reference?"),
        ("C", "Hollis, H O L L I S, Marianne, and it's S P eight one four four."),
        ("A", "Thanks, Marianne. So you've booked for the ninth and you want to move it to..."),
        ("C", "No, no, I booked the ninth by mistake, I actually fly on the nineteenth.", {"at_end": 0.3}),
        ("A", "Sorry, so you need the booking moved from the ninth to the nineteenth, and the charge for the wrong date back."),
        ("C", "Yes, that's it."),
        ("A", "I can move the date, but refunds are handled by our accounts team, so I'll transfer you to them so they can refund the first charge."),
        ("C", "Okay."),
        ("A", "They'll sort the refund out for you. Before I put you through, is there anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "Thanks for your patience, Marianne, transferring you to accounts now."),
     ])

call("h15-10-card-dispute-hold-no-reason", industry="bank card dispute", style=CLEAN, words=True,
     exercises="full greeting; unrecognised payment; empathy; 'no' answering a fact then help; hold without a reason; customer cuts in on the agent; restatement; timed card and outcome; name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na",
              "Hold is announced only as 'one moment please' with no reason, though thanked; the customer's cut-in on the agent is not an agent interruption."),
     turns=[
        ("A", "Good morning, you're through to Harbourside Bank, I'm Oluwaseun, how can I help you today?"),
        ("C", "Hi, there's a payment on my debit card for three hundred and forty pounds to some website I've never heard of, and I'm really worried someone's got my details."),
        ("A", "Oh no, that's horrible to find. Let's get it sorted. Could I take your full name?"),
        ("C", "Patrick Ellery."),
        ("A", "Thank you, Patrick. So there's a three hundred and forty pound payment you didn't make and you want to dispute it and stop anyone using the card."),
        ("C", "Exactly. Am I going to lose that money?"),
        ("A", "No, you won't be liable for a payment you didn't authorise. One moment please."),
        ("A", "Thanks for waiting, Patrick. I've cancelled the card and raised the dispute.", hold(14.5)),
        ("C", "Okay, and the new..."),
        ("A", "Your new card will arrive in three to five working days.", {"at_end": 0.2}),
        ("C", "Sorry, and the money?", {"at_end": 0.6}),
        ("A", "We'll refund it temporarily today, and you'll get the outcome of the dispute within ten working days."),
        ("C", "Great, thanks."),
        ("A", "Is there anything else I can do for you, Patrick?"),
        ("C", "No, that's it."),
        ("A", "Thank you for calling Harbourside, goodbye."),
     ])

call("h15-11-cable-channels-missing", industry="cable TV", style=CLEAN, words=True,
     exercises="greeting lacks a salutation; missing channels; 'I don't know'; 'nothing I can do'; cut-in; limit with alternative; no empathy; no restatement; timed engineer; no name",
     labels=L("fail", "pass", "fail", "fail", "pass", "na_or_fail", "na", "na",
              "Two refusals with no alternative, then a later limit that does offer one; the customer's name never comes up."),
     turns=[
        ("A", "Vantage Cable, it's Priya, how can I help?"),
        ("C", "Yeah, half my sports channels have just gone, they're showing a black screen saying not subscribed, and I've paid for the sports pack since March, and the match is on tonight, so I'm not best pleased."),
        ("A", "Have you restarted the box?", {"at_end": 2.0, "tag": "intr"}),
        ("C", "Twice, yeah."),
        ("A", "I don't know why that is then.", {"tag": "neg"}),
        ("C", "Well can you refresh it from your end?"),
        ("A", "There's nothing I can do from here on the sports pack.", {"tag": "neg"}),
        ("C", "So what, I just miss the match?"),
        ("A", "We can't fix it remotely, but what I can do is book an engineer to swap the card in the box."),
        ("C", "Fine, when?"),
        ("A", "The engineer will come on Thursday between eight and twelve."),
        ("C", "Thursday. Brilliant."),
        ("A", "Anything else?"),
        ("C", "No."),
        ("A", "Thanks, bye."),
     ])

call("h15-12-rail-season-renewal", industry="rail season tickets", style=CLEAN, words=True,
     exercises="company first then salutation then name and offer; routine renewal; backchannel; spelled surname used with title; restatement; timed smartcard load; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
              "Greeting parts come in an unusual order; the agent uses 'Ms Okonkwo' after she spells it."),
     turns=[
        ("A", "Westline Rail season tickets, good afternoon, you're speaking to Haruto, how can I help?"),
        ("C", "Hello, yes, my annual season ticket runs out at the end of the month and I'd like to renew it, same route, Didcot Parkway to London Paddington, but I think I'd like to pay monthly this time rather than all at once."),
        ("A", "Mm-hmm.", {"at_start": 5.0, "tag": "bc"}),
        ("A", "Of course. Can I take your surname?", {"at_end": 0.3}),
        ("C", "Okonkwo, O K O N K W O. Adaeze."),
        ("A", "Thank you, Ms Okonkwo. So you'd like to renew your annual from Didcot Parkway to Paddington, starting on the first, and spread the cost monthly."),
        ("C", "Yes please."),
        ("A", "That's set up. The new ticket will load onto your smartcard within two hours, and the first payment comes out on the first."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's everything."),
        ("A", "Thank you for travelling with Westline, Ms Okonkwo, goodbye."),
     ])

# ---- ASR style: lower case, no punctuation, no word timings ----

call("h15-13-asr-newborn-shoot", industry="photography studio", style=ASR, words=False,
     exercises="full greeting with filler; routine booking; restatement; untimed contract email; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "Routine booking so empathy is na; 'ill email you the contract' has no time."),
     turns=[
        ("A", "hi good morning lumen and lace studio um this is bethan how can i help"),
        ("C", "oh hi yeah um i had a baby last week well ten days ago and i wanted to book one of your newborn shoots the ones with the little props"),
        ("A", "oh congratulations"),
        ("C", "thank you"),
        ("A", "whats your name lovely"),
        ("C", "its jasmine jasmine tagoe"),
        ("A", "aw lovely jasmine so youre looking to book a newborn session with the props while the baby is still under two weeks"),
        ("C", "yes ideally before shes three weeks cos i read they get less sleepy after"),
        ("A", "yeah thats right ive got thursday at ten or friday at half one"),
        ("C", "thursday at ten please"),
        ("A", "perfect thats in and ill email you the contract and the what to bring list"),
        ("C", "great"),
        ("A", "anything else i can help with jasmine"),
        ("C", "no thats it thank you"),
        ("A", "thanks for calling see you thursday bye"),
     ])

call("h15-14-asr-tip-turned-away", industry="recycling centre", style=ASR, words=False,
     exercises="greeting lacks the agent's name; turned away angry; policy refusal; bare no; no empathy; no restatement; nothing promised; no name; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "na_or_fail", "na", "na",
              "Policy used to refuse and a bare 'no' to the request; nothing promised; the caller never gives a name."),
     turns=[
        ("A", "hello brackenmoor household recycling centre how can i help"),
        ("C", "yeah i just got turned away from your site with a van full of garden waste and a couple of doors because apparently i need a permit for a van its my own rubbish from my own house i pay my council tax"),
        ("A", "vans need a permit yeah"),
        ("C", "but its not even a works van its a little hire van for the weekend"),
        ("A", "its the policy all vans need a permit", {"tag": "neg"}),
        ("C", "can you not just ring the lads on the gate and tell them to let me in this once"),
        ("A", "no", {"tag": "neg"}),
        ("C", "so how do i get a permit"),
        ("A", "online on the council website it takes three working days"),
        ("C", "i have to have the van back tomorrow"),
        ("A", "mm"),
        ("C", "this is a joke honestly"),
        ("A", "okay"),
     ])

call("h15-15-asr-rats-in-loft", industry="pest control", style=ASR, words=False,
     exercises="full greeting; rats and worried about children; long empathy; restatement; hold with reason and thanks; timed technician; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "Company name comes through split in two words; hold asked with a reason and thanked."),
     turns=[
        ("A", "good afternoon thank you for calling key pest solutions you're speaking with imran how can i help you"),
        ("C", "hiya um weve got rats in the loft i think we can hear them scratching every night right above the kids bedroom and my husband found droppings when he went up and honestly im freaking out a bit with the little ones"),
        ("A", "oh gosh thats really unsettling especially hearing them over the kids room i completely understand why youre worried we deal with this every day can i take your name"),
        ("C", "its leanne okafor"),
        ("A", "thank you leanne so youve got rats in the loft above the childrens bedroom with droppings and you want someone out to treat it as soon as possible"),
        ("C", "yes please as soon as you can"),
        ("A", "can i pop you on hold for a minute while i check which technician covers your area"),
        ("C", "yeah go on"),
        ("A", "thanks for holding leanne ive got dave in your area tomorrow", hold(13.5)),
        ("C", "oh brilliant"),
        ("A", "hell be with you tomorrow between eight and ten and youll get a text from him tomorrow morning when hes on his way"),
        ("C", "thank you so much"),
        ("A", "is there anything else i can help you with today"),
        ("C", "no thats great"),
        ("A", "thanks for calling leanne bye bye"),
     ])

call("h15-16-asr-wedding-menu-transfer", industry="catering company", style=ASR, words=False,
     exercises="full greeting; wrong menu on the proposal; restatement; deflection; no empathy; bare transfer; name not used; ends in transfer",
     labels=L("pass", "na_or_fail", "fail", "pass", "na", "fail", "na", "fail",
              "'its not me that does the menus' deflects like 'not my job'; 'ill just pop you through' is the transfer itself (not a later action) and says neither where nor why."),
     turns=[
        ("A", "hello thank you for calling saffron and sage catering my name is owen what can i do for you"),
        ("C", "hi yes its about my wedding on the twenty third its marisol fernandez the final menu youve sent over has got beef for everyone but we agreed the vegetarian option for forty of the guests and i need the numbers in by friday and im really stressed about it"),
        ("A", "okay so the menu thats come through has got the beef for all of them instead of the veggie option for the forty guests"),
        ("C", "yes exactly and its supposed to be final"),
        ("A", "right"),
        ("C", "so can you change it"),
        ("A", "its not me that does the menus", {"tag": "neg"}),
        ("C", "okay who does"),
        ("A", "ill just pop you through"),
        ("C", "um okay"),
        ("A", "hold on"),
        ("C", "fine"),
     ])

call("h15-17-asr-meds-not-delivered", industry="prescription delivery", style=ASR, words=False,
     exercises="full greeting; elderly mum out of medication; 'oh dear' empathy; no restatement; borderline 'youll need to'; timed redelivery; name used; offer of help but no thanks or goodbye",
     labels=L("pass", "fail_or_pass", "pass", "fail", "pass", "pass", "na", "na",
              "'youll need to ring the surgery' is a neutral instruction (optional); the agent offers more help but the call ends without thanks or goodbye."),
     turns=[
        ("A", "good morning medidrop pharmacy deliveries its carla speaking how can i help"),
        ("C", "morning um im calling for my mum shes eighty one her blood pressure tablets were meant to come yesterday and they never turned up and shes got none left this morning"),
        ("A", "oh dear thats not good at all is it can i take her name and postcode"),
        ("C", "its doreen walsh w a l s h ls six two p q and im her son neil"),
        ("A", "thanks neil ive found it the driver marked it as no answer"),
        ("C", "she was in all day shes always in"),
        ("A", "ive booked it back on the first run it will be with her tomorrow morning before twelve"),
        ("C", "what about today though shes got nothing"),
        ("A", "for today youll need to ring her surgery for an emergency supply", {"tag": "neg_opt"}),
        ("C", "right okay ill do that"),
        ("A", "is there anything else i can help with neil"),
        ("C", "no thats it"),
     ])

call("h15-18-asr-tent-deposit", industry="camping gear rental", style=ASR, words=False,
     exercises="full greeting; deposit kept for damage; refusal with no alternative; no empathy; restatement; untimed warehouse call-back; name used; no close",
     labels=L("pass", "fail", "fail", "pass", "fail", "pass", "na", "na",
              "'i cant refund the deposit' refuses flatly; 'someone from the warehouse will get back to you' has no time."),
     turns=[
        ("A", "hiya thanks for calling basecamp hire youre through to ellie how can i help"),
        ("C", "hi yeah we hired the six man tent for glaston berry and youve kept our whole deposit saying the pole was bent but it was bent when we got it i swear the bag was already ripped as well"),
        ("A", "okay can i take your name"),
        ("C", "yeah its rhys pemberton"),
        ("A", "thanks rhys so youve had your full deposit kept for a bent pole but youre saying it was already damaged when it went out"),
        ("C", "yeah exactly its a hundred and fifty quid"),
        ("A", "i cant refund the deposit the return check says damaged", {"tag": "neg"}),
        ("C", "but i didnt do it"),
        ("A", "ive added your comments someone from the warehouse will get back to you"),
        ("C", "and when will that be"),
        ("A", "they go through them in order"),
        ("C", "right great so i just wait"),
        ("A", "yeah"),
        ("C", "brilliant"),
     ])

call("h15-19-asr-sweep-booking", industry="chimney sweep", style=ASR, words=False,
     exercises="greeting lacks an offer to help; rambling customer; routine booking; no restatement; timed reminder; no name; full close",
     labels=L("fail", "pass", "na", "fail", "pass", "na_or_fail", "na", "na",
              "Truncated ASR in the greeting still lacks any offer to help; 'the day before' is a time frame."),
     turns=[
        ("A", "hiya sootmasters chim- chimney services its dean"),
        ("C", "oh hello yes um we moved into this house in the summer and theres a wood burner which weve never used and the neighbour said you really ought to have it swept before you light it and i dont know if it was ever done by the last people so"),
        ("A", "yeah definitely whats the postcode"),
        ("C", "its b s three one four d x"),
        ("A", "b s thirty one four d x lovely is it just the one stove"),
        ("C", "just the one yes and um do you do a certificate because the insurance asked"),
        ("A", "yeah you get a certificate on the day"),
        ("C", "oh good"),
        ("A", "i can do wednesday the eighth morning"),
        ("C", "wednesday is fine"),
        ("A", "sorted well text you the day before with a time slot"),
        ("C", "lovely"),
        ("A", "anything else i can do for you"),
        ("C", "no thats all"),
        ("A", "cheers then bye"),
     ])

call("h15-20-asr-coach-tour-illness", industry="coach tours", style=ASR, words=False,
     exercises="full greeting; cancelling through illness; empathy; customer-caused wait; policy with an alternative (borderline); restatement; timed email; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The silence is the customer fetching her booking letter, so hold is na; the policy line comes with an alternative, so it is only optional."),
     turns=[
        ("A", "good morning heather line coach holidays my name is graham how can i help today"),
        ("C", "hello graham um its mrs pauline ashworth im booked on the lakes tour on the second with my husband but hes just had a hip operation and theres no way hes going to manage it and im worried well lose the money"),
        ("A", "oh im sorry to hear hes not well i hope the operation went okay mrs ashworth do you have your booking reference"),
        ("C", "its on the letter just bear with me"),
        ("C", "right its h l four oh two one", wait(12.5)),
        ("A", "thank you so youd like to cancel the lakes tour for you both because of your husbands operation and youre hoping not to lose what youve paid"),
        ("C", "yes thats it"),
        ("A", "its our policy that we dont refund inside fourteen days but what i can do is move you both to the october tour at no charge", {"tag": "neg_opt"}),
        ("C", "oh that would be wonderful october is fine"),
        ("A", "lovely ive done that youll get a confirmation email within the hour"),
        ("C", "thank you so much"),
        ("A", "is there anything else i can help with mrs ashworth"),
        ("C", "no thats lovely"),
        ("A", "thanks for calling and give him our best goodbye"),
     ])

call("h15-21-asr-payday-arrears", industry="payday loan arrears", style=ASR, words=False,
     exercises="full greeting with recorded-line notice; anxious about debt; empathy; restatement; hold with reason and thanks; timed freeze and letter; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "Agent offers help without judgement; both commitments carry times."),
     turns=[
        ("A", "hello youre through to quickfund collections my name is tariq calls are recorded how can i help"),
        ("C", "hi um i got a letter saying im in arrears and theyll add more charges and i just i lost my job last month and i cant pay it right now and its keeping me up at night"),
        ("A", "im really sorry youre going through that losing your job is hard enough without this on top thanks for ringing us though thats the hardest bit can i take your name"),
        ("C", "its chantelle morris"),
        ("A", "thank you chantelle so youve fallen behind since losing your job and you want to stop the charges while you get back on your feet"),
        ("C", "yeah thats exactly it"),
        ("A", "can i put you on a short hold while i check what breathing space options we have for your account"),
        ("C", "yeah okay"),
        ("A", "thank you for holding chantelle", hold(15.0)),
        ("A", "weve frozen interest and charges for thirty days from today and ill write to you by the end of the week with a payment plan to look at"),
        ("C", "oh thank god okay"),
        ("A", "is there anything else i can help with today chantelle"),
        ("C", "no thats it thank you"),
        ("A", "take care chantelle bye"),
     ])

call("h15-22-asr-rent-double-charge", industry="housing association rent", style=ASR, words=False,
     exercises="greeting lacks an offer to help; rent taken twice; 'i dont know'; no empathy; no restatement; untimed call-back; name never used; transfer to 'someone'; ends in transfer",
     labels=L("fail", "na_or_fail", "fail", "fail", "fail", "fail", "na", "fail",
              "Wrong charge is a personal problem, never acknowledged; 'i dont know' is a flat statement; 'put you through to someone' says neither where nor why."),
     turns=[
        ("A", "hello ashgrove homes rent team youre speaking to lisa"),
        ("C", "yeah hi its marcus bellamy flat nine ivy court my rents come out twice this month four hundred and twelve twice and now im overdrawn"),
        ("A", "whats your tenancy reference"),
        ("C", "a g seven seven one oh"),
        ("A", "yeah i can see two payments"),
        ("C", "so why has that happened"),
        ("A", "i dont know", {"tag": "neg"}),
        ("C", "well can you put it back"),
        ("A", "the income team will have to do that someone from income will call you"),
        ("C", "today"),
        ("A", "theyll call you"),
        ("C", "right okay whatever can i not just talk to them now"),
        ("A", "ill put you through to someone"),
        ("C", "fine"),
     ])

call("h15-23-asr-funeral-flowers-wilted", industry="flower delivery", style=ASR, words=False,
     exercises="full greeting; wilted funeral flowers; empathy; restatement; hold with a reason but no thanks after; timed replacement; order number only, no name; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "na_or_fail", "fail", "na",
              "Hold is announced with a reason but the agent never thanks her for waiting; the customer gives only an order number."),
     turns=[
        ("A", "good afternoon petal post youre speaking with jade how can i help"),
        ("C", "hi um the flowers i ordered for my uncles funeral arrived this morning and theyre all brown and drooping honestly they look like theyve been in a van for a week and the funerals tomorrow"),
        ("A", "oh no im so sorry thats the last thing you need right now can i take the order number"),
        ("C", "its p p nine two six six four"),
        ("A", "so the funeral spray that arrived today was wilted and you need a fresh one in time for the funeral tomorrow"),
        ("C", "yes please by the morning"),
        ("A", "let me just put you on hold while i check with the florist that they can do it first thing"),
        ("C", "okay"),
        ("A", "right the florist will make it fresh tonight and itll be delivered by ten tomorrow morning", hold(12.5)),
        ("C", "oh thank you"),
        ("A", "and ive refunded the first one as well"),
        ("C", "thats really good of you"),
        ("A", "is there anything else i can do for you"),
        ("C", "no thats all"),
        ("A", "thank you for calling and im sorry again bye"),
     ])

call("h15-24-asr-piano-price", industry="piano tuning", style=ASR, words=False,
     exercises="greeting lacks an offer to help; routine price question; no restatement; nothing promised; no name; thanks and goodbye only",
     labels=L("fail", "fail_or_pass", "na", "fail", "na", "na_or_fail", "na", "na",
              "A price enquiry only, so empathy and follow-up are na; 'a tuning right' echoes one word; 'um no' answers a factual question."),
     turns=[
        ("A", "morning harmony piano care this is stefan"),
        ("C", "hi um i was just wondering how much you charge for tuning an upright its not been done in about five years"),
        ("A", "a tuning right its sixty five for a standard tune"),
        ("C", "and if its gone really flat is that more"),
        ("A", "if it needs a pitch raise its another twenty"),
        ("C", "do you charge for travel"),
        ("A", "um no not within fifteen miles of the shop"),
        ("C", "were in kidlington"),
        ("A", "yeah thats fine"),
        ("C", "okay ill have a think and ring back"),
        ("A", "no worries"),
        ("C", "thanks"),
        ("A", "lovely thanks bye"),
     ])

# ---- clean text, no word timings ----

call("h15-25-student-flat-heating", industry="student accommodation", style=CLEAN, words=False,
     exercises="full greeting; no heating, plain statement of fact; empathy; restatement; hold with reason and thanks; untimed maintenance visit; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "The problem is given flatly but is still personal; 'maintenance will come out to you' has no time."),
     turns=[
        ("A", "Hi, you're through to Quadrant Student Living, this is Marek, how can I help?"),
        ("C", "The heating in flat 4C isn't working. Radiators are cold. Since Sunday."),
        ("A", "Since Sunday, that's rubbish, I'm sorry, it's freezing at the minute. Can I take your name?"),
        ("C", "Ifeoma Chukwu."),
        ("A", "Thanks, Ifeoma. So the radiators in 4C have been stone cold since Sunday and you need someone to fix the heating."),
        ("C", "Yeah. The whole flat, not just my room."),
        ("A", "Can I put you on hold for a moment while I check whether anyone else in your block has reported it?"),
        ("C", "Sure."),
        ("A", "Thanks for waiting, Ifeoma. It's just your flat, so it's probably the valve.", hold(12.0)),
        ("C", "Okay."),
        ("A", "I've logged it as urgent and maintenance will come out to you."),
        ("C", "Alright."),
        ("A", "There are a couple of electric heaters at reception you can borrow in the meantime."),
        ("C", "Oh, good to know."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, Ifeoma, bye."),
     ])

call("h15-26-bathroom-overrun-transfer", industry="bathroom installer", style=CLEAN, words=False,
     exercises="full greeting; job two weeks late, angry; 'not my department'; 'you have to' demand; no empathy; no restatement; name given not used; transfer with whom and why; ends in transfer",
     labels=L("pass", "na_or_fail", "fail", "fail", "na", "fail", "na", "pass",
              "Two deflections before a transfer that names the person and the reason; putting her through is the transfer itself, not a later promise."),
     turns=[
        ("A", "Good morning, Aquaform Bathrooms, my name is Kyle, how can I help?"),
        ("C", "Hi, Deborah Lindqvist. Your fitters were meant to be finished two weeks ago, I've got no working shower, the tiles are sitting in boxes in my hallway, and nobody's turned up since Tuesday."),
        ("A", "Do you have your job number?"),
        ("C", "AQ two two eight one. Look, I want to know when they're coming back."),
        ("A", "I'm in sales, that's not my department.", {"tag": "neg"}),
        ("C", "Then whose department is it?"),
        ("A", "You have to speak to the fitter directly.", {"tag": "neg"}),
        ("C", "I've been ringing him for a week, he doesn't answer!"),
        ("A", "Okay."),
        ("C", "Is there not a manager?"),
        ("A", "Right, I'm going to put you through to Carla, our installations manager, because she does the fitters' schedules and can tell you when they'll be back."),
        ("C", "Finally."),
        ("A", "Putting you through now."),
     ])

call("h15-27-cottage-dog-friendly", industry="holiday cottage", style=CLEAN, words=False,
     exercises="full greeting; routine enquiry; 'no' with an alternative; multi-part restatement; timed booking form; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
              "'No, I'm afraid Rookery doesn't take dogs, but Willow Barn does' answers and offers an alternative, so not negative."),
     turns=[
        ("A", "Good afternoon, and thanks for calling Tamar Valley Cottages. I'm Hollie, what can I help you with today?"),
        ("C", "Hello, my name's Geraint Price, we're looking at Rookery Cottage for the half-term week, two adults, two kids and our spaniel. Is it dog-friendly?"),
        ("A", "No, I'm afraid Rookery doesn't take dogs, but Willow Barn, just up the lane, does, and it sleeps six as well."),
        ("C", "Oh, is that one free over half-term?"),
        ("A", "It is, from Saturday the twenty-fifth for seven nights."),
        ("C", "Lovely. Is there a garden? The dog's a bit of an escape artist."),
        ("A", "Fully enclosed, yes."),
        ("C", "Perfect."),
        ("A", "So, Geraint, that's Willow Barn from the twenty-fifth, seven nights, for two adults, two children and one dog, and you'd like me to hold it for you."),
        ("C", "Yes please."),
        ("A", "I'll email you the booking form today, and we'll hold it for forty-eight hours for the deposit."),
        ("C", "That's great."),
        ("A", "Is there anything else I can help with, Geraint?"),
        ("C", "No, that's perfect, thank you."),
        ("A", "Thank you for calling, have a lovely afternoon. Bye."),
     ])

call("h15-28-courier-third-miss", industry="courier redelivery", style=CLEAN, words=False,
     exercises="greeting lacks the company; missed three times, frustrated; 'unable to' refusal; no empathy; one-detail echo; untimed redelivery; no name; transfer says where but not why; ends in transfer",
     labels=L("fail", "na_or_fail", "fail", "fail", "fail", "na_or_fail", "na", "fail",
              "'The Tuesday one?' checks one detail only; the transfer names the depot but the agent ignores the question of why."),
     turns=[
        ("A", "Hello, you're speaking to Mo, how can I help?"),
        ("C", "Yeah, I've had three cards through the door now saying you tried to deliver, and I've been in every single time, the doorbell works, and I need this parcel, it's my work laptop."),
        ("A", "Have you got the tracking number?"),
        ("C", "It's ZX four four one nine eight two, the one from Tuesday."),
        ("A", "The Tuesday one?"),
        ("C", "Yes, they all say the same number."),
        ("A", "Okay. It's showing as attempted three times."),
        ("C", "I know. Can I have it on Saturday when I'm definitely in?"),
        ("A", "We're unable to book a Saturday delivery.", {"tag": "neg"}),
        ("C", "So what happens now?"),
        ("A", "The driver will try again."),
        ("C", "And if he just puts another card through?"),
        ("A", "It'll go back to the depot."),
        ("C", "Right. Great. Is there anyone else I can talk to?"),
        ("A", "I'll transfer you to the depot."),
        ("C", "And what will they do?"),
        ("A", "Transferring you now."),
     ])

call("h15-29-motorbike-stolen", industry="motorbike insurance", style=CLEAN, words=False,
     exercises="full greeting; bike stolen overnight; empathy; 'I don't know if' question form; restatement; close before transfer; transfer to claims with reason; nothing promised later; name used",
     labels=L("pass", "pass", "pass", "pass", "na", "pass", "na", "pass",
              "'I don't know if you've reported it to the police yet' is the polite question form; the transfer is now, not a later promise."),
     turns=[
        ("A", "Morning, Throttle Insure, you're talking to Saoirse, how can I help?"),
        ("C", "Hi, my bike's been nicked, it was chained up outside my flat last night and this morning it's just gone, the chain's cut and lying on the pavement."),
        ("A", "Oh no, I'm really sorry, that's a horrible thing to find first thing. Can I take your name and policy number?"),
        ("C", "Lewis Adomako, and it's TI nine oh three three seven."),
        ("A", "Thanks, Lewis. You're wanting to make a theft claim for the bike that was taken from outside your flat overnight, is that right?"),
        ("C", "Yeah, that's it."),
        ("A", "I don't know if you've reported it to the police yet?"),
        ("C", "Yeah, I've got a crime reference, CR 20931."),
        ("A", "Brilliant, that's the main thing. Theft claims are handled by our claims team, so I'm going to transfer you to them to open the claim with that reference."),
        ("C", "Okay, no problem."),
        ("A", "Before I do, is there anything else I can help with, Lewis?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, Lewis, I'll put you through to claims now."),
     ])

call("h15-30-mealkit-cancel", industry="meal kit subscription", style=CLEAN, words=False,
     exercises="greeting lacks a salutation; routine cancellation; retention push; borderline 'you have to' rule; restatement; timed confirmation; name given not used; thanks only",
     labels=L("fail", "fail_or_pass", "na", "pass", "pass", "fail", "na", "na",
              "Cancelling because they no longer need it is a routine request, so empathy is na; 'you have to give five days' notice' states a rule (optional); closing thanks but offers no more help."),
     turns=[
        ("A", "Forkful Boxes, you're speaking with Dimitri, how can I help today?"),
        ("C", "Hi, I'd like to cancel my subscription please. It's Annika Sorensen."),
        ("A", "Can I ask why you're cancelling?"),
        ("C", "We're just eating out more these days, so we don't really need it."),
        ("A", "I could offer you forty percent off your next three boxes?"),
        ("C", "That's kind, but no, I'd still like to cancel."),
        ("A", "Okay. So you want to cancel the subscription altogether rather than pause it."),
        ("C", "Yes, cancel."),
        ("A", "You have to give five days' notice, so Thursday's box will still come.", {"tag": "neg_opt"}),
        ("C", "That's fine."),
        ("A", "You'll get a confirmation email in the next few minutes."),
        ("C", "Okay."),
        ("A", "Thanks for being with us."),
        ("C", "Bye."),
     ])

call("h15-31-hearing-aid-whistle", industry="hearing clinic", style=CLEAN, words=False,
     exercises="full greeting; whistling hearing aid; elderly caller asks for repeats; generic 'sorry' then real empathy; restatement; timed appointment; title and surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The first 'sorry' asks him to repeat; the empathy comes later with 'that must be really wearing'."),
     turns=[
        ("A", "Good morning, Clearwave Hearing, this is Noor, how can I help you?"),
        ("C", "Hello, yes, it's Mr Haverstock here, Leonard Haverstock, my left hearing aid keeps whistling, it's driving me up the wall."),
        ("A", "Sorry, could you say your surname again for me?"),
        ("C", "Haverstock. H A V E R."),
        ("A", "Thank you, Mr Haverstock. That must be really wearing, having it whistle all day."),
        ("C", "It is, I've stopped wearing it in the evenings."),
        ("A", "So your left aid has started whistling and you'd like it looked at so you can wear it properly again."),
        ("C", "That's right."),
        ("A", "It's often just the dome needs changing. I've got Thursday at two fifteen with our audiologist."),
        ("C", "Thursday, two fifteen. Say it again, sorry?"),
        ("A", "Thursday at two fifteen. We'll also post you a reminder card tomorrow."),
        ("C", "Very good."),
        ("A", "Is there anything else I can help you with, Mr Haverstock?"),
        ("C", "No, that's all, thank you dear."),
        ("A", "Thank you for calling, goodbye."),
     ])

call("h15-32-storage-code-locked-out", industry="storage units", style=CLEAN, words=False,
     exercises="greeting lacks the agent's name; locked out at the gate; unannounced silence while resetting; no empathy; restatement; timed code reset; name used; no close",
     labels=L("fail", "fail", "fail", "pass", "pass", "pass", "fail", "na",
              "The agent goes silent for eleven seconds while working with no announcement; being locked out is never acknowledged."),
     turns=[
        ("A", "Good afternoon, Keepsafe Self Storage, how can I help?"),
        ("C", "Hi, I'm standing at your gate and my code isn't working, I've got a van with a man I'm paying by the hour, so I really need to get in."),
        ("A", "What's the unit number?"),
        ("C", "B fourteen. My name's Yusuf Karimi."),
        ("A", "Thanks, Yusuf. Your gate code for B fourteen is being rejected and you need to get in now, with the van waiting."),
        ("C", "Yes."),
        ("A", "Okay. Your account was flagged after the card expired.", hold(11.0)),
        ("C", "Oh, I did get a new card."),
        ("A", "I've updated it from the card on the app. The code will reset in the next ten minutes."),
        ("C", "Ten minutes, okay."),
        ("A", "Yeah, try it again after that."),
        ("C", "Right."),
     ])

call("h15-33-funeral-arrangements", industry="funeral director", style=CLEAN, words=False,
     exercises="full greeting; recent bereavement; long empathy; customer-caused wait; restatement; timed call-back; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The long silence is the caller composing herself, so hold is na."),
     turns=[
        ("A", "Good morning, Hartley and Sons Funeral Directors, this is Margaret speaking. How can I help you?"),
        ("C", "Hello. My dad died in the hospice last night and they said I should ring you, and I'm sorry, I don't really know what I'm supposed to do."),
        ("A", "I'm so very sorry about your dad. Please don't apologise, there's no right way to do this, and you don't need to know anything, that's what we're here for. Take your time."),
        ("C", "Sorry, just give me a moment."),
        ("C", "Okay. I'm alright.", wait(13.0)),
        ("A", "That's alright, there's no rush at all. Could I take your name, and your dad's name?"),
        ("C", "I'm Rhiannon Cole, and he was David Cole."),
        ("A", "Thank you, Rhiannon. So your dad passed away at the hospice last night and you'd like us to look after him and help you arrange the funeral."),
        ("C", "Yes, please."),
        ("A", "We'll bring him into our care this morning. Mr Hartley will ring you this afternoon to arrange a time to sit down together, there's nothing you need to decide today."),
        ("C", "Thank you. That helps."),
        ("A", "Is there anything else I can help with right now, Rhiannon?"),
        ("C", "No, I don't think so."),
        ("A", "Thank you for calling us. Look after yourself. Goodbye."),
     ])

call("h15-34-it-server-down", industry="IT managed services", style=CLEAN, words=False,
     exercises="full greeting; office server down, frustrated; empathy; restatement; timed pickup; transfer to second line with reason; name given never used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "pass", "fail", "na", "pass",
              "The caller gives his name but the agent never uses it; the call ends in a transfer that says where and why."),
     turns=[
        ("A", "Hello, Northgrid IT support, Amara speaking, how can I help?"),
        ("C", "Hi, it's Callum Fraser at Birch Accountants, our file server's gone down, nobody in the office can open anything, we've got twenty people sat twiddling their thumbs and a deadline at five."),
        ("A", "Oh, that's a nightmare, I'm sorry, on deadline day as well. When did it go?"),
        ("C", "About nine, just after everyone logged on."),
        ("A", "Right, the file server's been unreachable for everyone since about nine and that's stopping the whole office working."),
        ("C", "Exactly."),
        ("A", "Has anyone changed anything on it recently, updates, new kit, anything like that?"),
        ("C", "Not that I know of, no."),
        ("A", "I've raised it as a priority one. A second-line engineer will pick it up within fifteen minutes."),
        ("C", "Okay."),
        ("A", "Actually, I can see Jamal on second line is free, I'll transfer you to him now, because he can remote in to the server while you're on the phone."),
        ("C", "Great, do it."),
        ("A", "Transferring you now."),
     ])

call("h15-35-lottery-ticket-check", industry="lottery customer line", style=CLEAN, words=False,
     exercises="greeting split over two turns; routine ticket check; 'no' answering a fact with help; refusal with no alternative; no restatement; nothing promised; no name; full close",
     labels=L("pass", "pass", "na", "fail", "na", "na_or_fail", "na", "na",
              "The greeting's parts come across two agent turns within a few seconds; 'No, that one didn't win' answers and then helps; 'I can't tell you who won' refuses with no alternative."),
     turns=[
        ("A", "Hi, thanks for calling the Lucky Seven Lottery helpline."),
        ("C", "Hello? Is this the right number for checking tickets?"),
        ("A", "Hello, yes, you're through to the right place, I'm Bartek, what can I do for you?"),
        ("C", "Oh good. Hiya, I just wanted to check a ticket from Wednesday, the shop machine was broken so I couldn't scan it."),
        ("A", "Sure, can you read me the serial number from the bottom?"),
        ("C", "It's 4471 0932 8816."),
        ("A", "No, that one didn't win on Wednesday, but it's a two-draw ticket, so it's still in Saturday's draw."),
        ("C", "Oh right, I didn't know that."),
        ("A", "Yes, it's printed under the numbers."),
        ("C", "And somebody round here won the big one last month, didn't they? Do you know who?"),
        ("A", "I can't tell you who won.", {"tag": "neg"}),
        ("C", "Fair enough, worth a try."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's it, cheers."),
        ("A", "Thanks for calling, good luck on Saturday, bye."),
     ])

call("h15-36-school-fees-late", industry="private school fees", style=CLEAN, words=False,
     exercises="full greeting; can't pay the term on time, worried; empathy; 'unable to' with no alternative; one-detail echo; hold with a reason but no thanks; untimed bursar letter; name used; full close",
     labels=L("pass", "pass", "pass", "fail", "fail", "pass", "fail", "na",
              "'The spring term?' echoes one detail; the hold has a reason but no thanks; 'the bursar will write to you' has no time."),
     turns=[
        ("A", "Good morning, St Aldric's School, bursary office, you're speaking to Philippa. How may I help?"),
        ("C", "Hello. My name's Vikram Sethi, my son's in year nine. My business had a really bad quarter and I'm not going to be able to pay the spring fees by the first, and I'm honestly worried sick he'll have to leave."),
        ("A", "I'm sorry, Mr Sethi, that's a very worrying position to be in."),
        ("C", "It is."),
        ("A", "The spring term?"),
        ("C", "Yes, the full spring term."),
        ("A", "Let me put you on hold while I look at your account history."),
        ("C", "Okay."),
        ("A", "Right, you've always paid on time before.", hold(13.0)),
        ("C", "Yes, always."),
        ("A", "We're unable to defer the fees from this office.", {"tag": "neg"}),
        ("C", "So what happens?"),
        ("A", "I'll pass your details to the bursar and she'll write to you about it."),
        ("C", "Alright. Thank you."),
        ("A", "Is there anything else I can help with, Mr Sethi?"),
        ("C", "No, thank you."),
        ("A", "Thank you for calling, goodbye."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout15: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of `make_holdout12.py`).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout15", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h15", seed_base=1500)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
