"""Write the holdout23 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout23.py

Writes tests/data/holdout23/<call_id>.json, tests/data/holdout23-labels.json and
tests/data/holdout23/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout23"
LABELS_PATH = HERE / "holdout23-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 13.0, "tag": "hold"}
W = {"gap": 11.5, "tag": "wait"}

call("h23-01-insurance-renewal-price", industry="home insurance renewals", style=CLEAN, words=True,
     exercises="full greeting; renewal price shock; agent cut-in; empathy; restatement; timed quote email; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "The agent cuts in with a policy-number question while the customer is still complaining; the emailed quote carries 'before five today'."),
     turns=[
        ("A", "Morning, you've reached Larchfield Home Insurance, Callum speaking, what can I do for you?"),
        ("C", "Hi, my renewal letter came this morning and the premium has gone up by almost two hundred pounds, I haven't claimed anything and I'm honestly quite annoyed about it."),
        ("A", "Have you got the policy number to hand?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Yes, it's LH 40 7712."),
        ("A", "And who am I speaking with?"),
        ("C", "Rosalind Achebe."),
        ("A", "Thanks, Rosalind. I can understand why that jump would be upsetting when you've had no claims at all."),
        ("A", "So you'd like me to look at why the renewal price rose and see whether we can bring it back down."),
        ("C", "Yes, that's what I'm after."),
        ("A", "I've removed the accidental damage add-on you never used, which takes it back near last year's price. I'll email the revised quote before five today."),
        ("C", "That's much better, thank you."),
        ("A", "Anything else I can sort out for you while you're on, Rosalind?"),
        ("C", "No, that's all."),
        ("A", "Lovely, thanks for calling, bye now."),
     ])

call("h23-02-hearing-aid-whistling", industry="hearing-aid clinic", style=CLEAN, words=True,
     exercises="greeting missing agent name; broken aid; backchannels; no empathy; detail read-back only; booking with date; name used; thanks only",
     labels=L("fail", "fail_or_pass", "fail", "fail", "pass", "pass", "na", "na", "Reading back 'the left one?' is a single detail, not a restatement; the booked appointment has a day and time; the close thanks but offers nothing further."),
     turns=[
        ("A", "Hello, Clearsound Hearing Clinic, how can I help you?"),
        ("C", "Oh hello, my left hearing aid has started whistling all the time, even when it's sitting right in my ear, and I can't hear the television properly any more, it's driving me mad."),
        ("A", "Mm-hmm.", {"at_start": 2.2, "tag": "bc"}),
        ("A", "Right.", {"at_start": 6.0, "tag": "bc"}),
        ("A", "The left one?"),
        ("C", "Yes, the left."),
        ("A", "Can I have your name and date of birth?"),
        ("C", "Harold Pennington, second of June, nineteen forty-eight."),
        ("A", "Okay Mr Pennington, we'll need to see it in the clinic to check the tubing."),
        ("C", "When can you fit me in?"),
        ("A", "I've booked you for Tuesday at ten thirty with our audiologist, Mrs Khan."),
        ("C", "That's fine."),
        ("A", "Thank you for calling."),
     ])

call("h23-03-bike-repair-delay", industry="bicycle shop repairs", style=CLEAN, words=True,
     exercises="full greeting; delayed repair; empathy; paraphrase; untimed call back; 'I don't know' refusal; customer cuts in; name never used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "na_or_fail", "na", "na", "'I don't know when the part will come in' is flat negative language; 'we'll ring you once it's fitted' has no time; the customer's overlap on the agent is not an agent interruption."),
     turns=[
        ("A", "Hi, Spokesmith Cycles, this is Jess, how can I help?"),
        ("C", "Hi, I dropped my bike in for a new rear derailleur ten days ago and you said it'd be ready on Saturday, but nobody's called and I need it to get to work."),
        ("A", "Oh, I'm sorry, that's a pain when it's how you get to work."),
        ("C", "It really is."),
        ("A", "So your bike's been with us over a week for a derailleur and you need to know when you'll have it back."),
        ("C", "Yes exactly.", {"at_end": 0.3}),
        ("A", "The part hasn't arrived from the supplier yet."),
        ("C", "So when will it arrive?"),
        ("A", "I don't know when the part will come in.", {"tag": "neg"}),
        ("C", "Great."),
        ("A", "We'll ring you once it's fitted."),
        ("C", "Okay."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for your patience, bye."),
     ])

call("h23-04-parking-permit-renew", industry="council parking permits", style=CLEAN, words=True,
     exercises="full greeting; routine permit renewal; paraphrase with cue; hold asked with reason and thanked; timed permit; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na", "Routine renewal so empathy is na; the hold is asked with a reason and thanked afterwards; the permit goes live 'from midnight tonight'."),
     turns=[
        ("A", "Good afternoon, Ashby District Council parking services, you're speaking with Naveed, how may I help?"),
        ("C", "Hello, I'd like to renew my resident's parking permit for Elm Grove, it runs out at the end of the week."),
        ("A", "Of course. Could I take your name and the car registration?"),
        ("C", "It's Helena Varga, registration KX19 TPD."),
        ("A", "Thank you, Helena. Just to confirm, you want to renew the Elm Grove resident permit for the same car for another year."),
        ("C", "That's right."),
        ("A", "Do you mind if I pop you on hold for a minute while I check the payment went through?"),
        ("C", "No, that's fine."),
        ("A", "Thanks so much for waiting, Helena. Payment's gone through.", H),
        ("C", "Brilliant."),
        ("A", "The new permit will be active from midnight tonight, it's digital so there's nothing to display."),
        ("C", "Oh, handy."),
        ("A", "Is there anything else I can help you with today?"),
        ("C", "No, thank you."),
        ("A", "Thank you for calling, Helena, have a good afternoon."),
     ])

call("h23-05-wedding-photos-late", industry="wedding photographer", style=CLEAN, words=True,
     exercises="full greeting; late wedding album; interruption; upset never acknowledged; paraphrase; timed delivery; name used; close with goodbye only",
     labels=L("pass", "fail_or_pass", "fail", "pass", "pass", "pass", "na", "na", "The agent cuts in with a question and never acknowledges the upset, so empathy fails; the album is promised 'by the fourteenth'; the close only says goodbye."),
     turns=[
        ("A", "Hello, thanks for calling Meadowlight Photography, I'm Anya, how can I help?"),
        ("C", "Hi Anya, it's Tom Barraclough, we got married in June and we were told the album would take eight weeks, it's been four months and we still haven't seen a single proof, my wife is really upset."),
        ("A", "Right, what was the wedding date?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "The twelfth of June, and we paid in full in advance."),
        ("A", "So you're still waiting on the proofs and the finished album from your June wedding, and you want a firm date."),
        ("C", "Yes."),
        ("A", "The editing was held up by our retoucher, the proofs are done now."),
        ("C", "Okay."),
        ("A", "The proof gallery link will be in your inbox by Friday, and the printed album will reach you by the fourteenth of next month."),
        ("C", "Fine, we'll look out for it."),
        ("A", "Great, Tom."),
        ("C", "Bye."),
        ("A", "Bye bye."),
     ])

call("h23-06-kitchen-fitter-cold-transfer", industry="kitchen fitter", style=CLEAN, words=True,
     exercises="full greeting; damaged worktop; empathy; paraphrase; cold transfer without reason; no closing",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "fail", "The agent says 'I'll put you through now' without saying to whom or why, so transfer fails; the call ends in the transfer."),
     turns=[
        ("A", "Good morning, Oakline Kitchens, Priya speaking, how can I help you?"),
        ("C", "Hi, it's Declan Moore, your fitters finished my kitchen yesterday and there's a big chip in the oak worktop right by the sink."),
        ("A", "Oh dear, I'm sorry, Declan, that's not what you want in a brand new kitchen."),
        ("C", "No, it's really disappointing."),
        ("A", "So there's a chip in the new worktop next to the sink and you want it repaired or replaced."),
        ("C", "Replaced, ideally."),
        ("A", "Can you send me a photo?"),
        ("C", "I've just emailed one."),
        ("A", "Got it, I can see it."),
        ("C", "So what happens now?"),
        ("A", "Hang on, I'll put you through now."),
        ("C", "Okay."),
     ])

call("h23-07-mortgage-broker-rates", industry="mortgage broker", style=CLEAN, words=True,
     exercises="full greeting; remortgage enquiry; backchannel; paraphrase; timed call back; untimed pack; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na", "A remortgage enquiry is routine so empathy is na; the adviser call back has 'tomorrow morning' but 'I'll send you a fact-find pack' has no time."),
     turns=[
        ("A", "Hi, Brightwater Mortgages, my name's Oliver, what can I do for you today?"),
        ("C", "Hi, my fixed rate ends in March and I'd like to see what's out there before I get moved onto the standard variable rate, I've got about a hundred and eighty thousand left to pay."),
        ("A", "Sure.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Can I take your name?"),
        ("C", "Sian Lloyd."),
        ("A", "Thanks, Sian. So your fix ends in March and you'd like us to find you a new deal on about a hundred and eighty thousand before it lapses."),
        ("C", "Exactly."),
        ("A", "One of our advisers will call you tomorrow morning to go through the options."),
        ("C", "Great."),
        ("A", "And I'll send you a fact-find pack to fill in beforehand."),
        ("C", "Okay."),
        ("A", "Anything else at all, Sian?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, goodbye."),
     ])

call("h23-08-dog-grooming-injury", industry="dog grooming", style=CLEAN, words=True,
     exercises="full greeting; dog nicked while groomed; 'calm down'; interruption; no empathy; no paraphrase; name not used; no close",
     labels=L("pass", "fail", "fail", "fail", "fail", "fail", "na", "na", "'I'll pass it on' is an untimed commitment; 'Calm down' is listed negative language; 'it's our policy, we don't refund' refuses; the agent cuts in; the customer's name is given but never used."),
     turns=[
        ("A", "Hello, Waggy Tails Grooming, Bex speaking, how can I help?"),
        ("C", "Hi, it's Mrs Okafor, I picked up my spaniel from you an hour ago and she's got a cut on her ear that's bleeding, and nobody said a word about it when I collected her."),
        ("A", "Okay, calm down a second.", {"at_end": 1.3, "tag": ["intr", "neg"]}),
        ("C", "I am calm, I'm just upset."),
        ("A", "Sometimes the clippers catch them if they wriggle."),
        ("C", "Well I want the groom refunded and the vet bill covered."),
        ("A", "It's our policy that we don't refund grooms.", {"tag": "neg"}),
        ("C", "That's outrageous."),
        ("A", "The owner isn't in today."),
        ("C", "Then get her to call me."),
        ("A", "I'll pass it on."),
        ("C", "Right."),
     ])

call("h23-09-opticians-glasses-ready", industry="opticians", style=CLEAN, words=True,
     exercises="full greeting; routine collection query; hold announced without thanks; 'you have to' demand; name used; full close",
     labels=L("pass", "pass", "na", "fail", "na", "pass", "fail", "na", "The agent announces the hold with a reason but never thanks for waiting; 'you have to bring your old pair' is phrased as a demand; no paraphrase, only a question."),
     turns=[
        ("A", "Good morning, Brookes and Daughter Opticians, Lena speaking, how can I help?"),
        ("C", "Hi, I'm ringing to see if my new glasses are ready, I had my eye test about a fortnight ago."),
        ("A", "What's the name please?"),
        ("C", "Frank Delaney."),
        ("A", "I'll just pop you on hold while I check the collection drawer, Frank."),
        ("A", "Yes, they're here, ready to collect.", H),
        ("C", "Great, I'll come in this afternoon."),
        ("A", "You have to bring your old pair in with you.", {"tag": "neg"}),
        ("C", "Why's that?"),
        ("A", "The optician likes to compare the fit."),
        ("C", "Oh, fair enough."),
        ("A", "Anything else I can help with, Frank?"),
        ("C", "No thanks."),
        ("A", "Okay, bye Frank, thanks for calling."),
     ])

call("h23-10-taxi-lost-property", industry="taxi firm", style=CLEAN, words=True,
     exercises="greeting without offer of help; lost phone in cab; empathy; paraphrase; borderline cut-in; 'I can't' with alternative; timed call back; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na", "Greeting lacks an offer to help; 'I can't contact the driver while he's driving, but I'll message the office now' offers an alternative and is timed; the short 'got it' overlapping the customer by about 0.6 s is borderline."),
     turns=[
        ("A", "Hello, Citywheels Taxis, you're speaking to Marek."),
        ("C", "Hi, I think I left my phone in one of your cabs last night, I got picked up from the station around eleven and dropped off on Barton Road."),
        ("A", "Got it, thanks.", {"at_end": 0.65, "tag": "intr_opt"}),
        ("C", "It's a black phone in a red case."),
        ("A", "Oh no, that's horrible, losing your phone. What's your name?"),
        ("C", "Grace Whitlock."),
        ("A", "Okay Grace, so you left a black phone in a red case in a cab from the station to Barton Road last night and you want it back."),
        ("C", "Yes please."),
        ("A", "I can't contact the driver while he's driving, but I'll message the office now so he checks the cab at the end of his shift."),
        ("C", "Thank you."),
        ("A", "I'll call you back by two o'clock today either way."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can do, Grace?"),
        ("C", "No, that's it."),
        ("A", "Thanks Grace, bye."),
     ])

call("h23-11-broadband-move-house", industry="home broadband moving house", style=CLEAN, words=True,
     exercises="full greeting; moving house; backchannel; paraphrase; customer-caused wait; timed activation; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "The long silence is the customer finding the new postcode ('hang on'), so hold is na; moving house is routine so empathy is na."),
     turns=[
        ("A", "Hello, thank you for calling Fibrewave, my name is Chidi, how can I help you?"),
        ("C", "Hi, we're moving house at the end of the month and I want to take the broadband with us, if that's possible, without having a gap where we've got no internet."),
        ("A", "Uh-huh.", {"at_start": 2.4, "tag": "bc"}),
        ("A", "Definitely possible. What's the account holder's name?"),
        ("C", "Martin Sheehan. Hang on, let me find the new postcode."),
        ("C", "Right, it's BS7 9LP.", W),
        ("A", "Thanks, Martin. So you want to move your broadband to BS7 9LP from the end of the month with no break in service."),
        ("C", "That's it."),
        ("A", "The line at the new address will go live on the thirtieth, the same day your old one stops."),
        ("C", "Brilliant."),
        ("A", "Is there anything else you need, Martin?"),
        ("C", "No, that's great."),
        ("A", "Thanks for calling, good luck with the move."),
     ])

call("h23-12-gas-meter-estimate", industry="gas meter readings", style=CLEAN, words=True,
     exercises="full greeting; estimated bill; interruption; 'unable to' refusal; factual 'no' with help; empathy; no paraphrase; untimed bill; name not used; no close",
     labels=L("pass", "fail", "pass", "fail", "fail", "fail", "na", "na", "'No, you don't owe anything extra' answers a question and helps; 'we're unable to backdate it' is a refusal with no alternative; 'a corrected bill will be sent out' has no time."),
     turns=[
        ("A", "Hi there, Northgate Gas, Sofia speaking, how can I help?"),
        ("C", "Hello, it's Ahmed Rahimi, I've had a bill that's clearly estimated, it says I've used double what I normally do and I'm really worried about paying it this month."),
        ("A", "Can you read me the meter?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "It's 0 4 4 1 7."),
        ("A", "Thanks. I'm sorry for the worry, that estimate was far too high."),
        ("C", "So do I owe more than normal?"),
        ("A", "No, you don't owe anything extra, with that reading you're about twelve pounds in credit."),
        ("C", "Oh, that's a relief. Can you backdate my cheaper tariff too?"),
        ("A", "We're unable to backdate it.", {"tag": "neg"}),
        ("C", "Okay."),
        ("A", "A corrected bill will be sent out."),
        ("C", "Right, thanks."),
     ])

call("h23-13-asr-cottage-booking", industry="holiday cottage rental", style=ASR, words=False,
     exercises="full greeting; routine booking; paraphrase; timed confirmation email; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "A routine booking, so empathy is na; the confirmation is promised 'within the hour'."),
     turns=[
        ("A", "good morning you're through to heather hill cottages um this is kirsty how can i help"),
        ("C", "hi yeah i wanted to book the shepherd's hut for um three nights in august"),
        ("A", "lovely can i take your name"),
        ("C", "it's daniel frost"),
        ("A", "thanks daniel so you're after the shepherd's hut for three nights in august which dates were you thinking"),
        ("C", "the twelfth to the fifteenth"),
        ("A", "that's free so that's three nights from the twelfth of august for two adults is that right"),
        ("C", "yeah that's right"),
        ("A", "okay that's booked and you'll get a confirmation email within the hour"),
        ("C", "great thanks"),
        ("A", "is there anything else i can help with daniel"),
        ("C", "no that's everything"),
        ("A", "thanks for booking with us bye"),
     ])

call("h23-14-asr-library-fines", industry="library services", style=ASR, words=False,
     exercises="greeting without company; overdue fine complaint; 'that's not my department'; no empathy; no paraphrase; name never given; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "na_or_fail", "na", "na", "The greeting has no organisation; 'that's not my department' is listed negative language; the customer's annoyance is never acknowledged."),
     turns=[
        ("A", "hello you're speaking to gemma how can i help"),
        ("C", "hi um i've been charged a fine for a book i returned weeks ago and it's really annoying because i put it through the drop box"),
        ("A", "which book was it"),
        ("C", "er a cookbook the big blue one"),
        ("A", "it's still showing as out on your card"),
        ("C", "well i definitely brought it back can you take the fine off"),
        ("A", "fines are dealt with by the finance team that's not my department", {"tag": "neg"}),
        ("C", "so who do i talk to"),
        ("A", "there's a form on the website"),
        ("C", "right okay"),
        ("A", "mm"),
        ("C", "fine bye"),
     ])

call("h23-15-asr-removals-quote", industry="removals", style=ASR, words=False,
     exercises="full greeting; removal quote; paraphrase; survey booked with date; untimed quote; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na", "The survey visit has 'thursday at nine' but 'we'll send the quote over once we've had a look' is a condition, not a time, so follow-up fails."),
     turns=[
        ("A", "hiya thanks for calling swift move removals my name's lewis what can i do for you"),
        ("C", "hi i'm moving from a three bed house to a flat next month and i need a quote"),
        ("A", "no problem who am i speaking to"),
        ("C", "it's amara nwosu"),
        ("A", "thanks amara so you want a price to move everything from a three bedroom house into a flat next month"),
        ("C", "yes please and maybe some packing help"),
        ("A", "sure we'd need to do a quick survey first i can send someone on thursday at nine"),
        ("C", "thursday's fine"),
        ("A", "great that's booked and we'll send the quote over once we've had a look"),
        ("C", "okay"),
        ("A", "anything else amara"),
        ("C", "no thanks"),
        ("A", "cheers thanks for calling bye"),
     ])

call("h23-16-asr-recycling-refused", industry="recycling centre", style=ASR, words=False,
     exercises="full greeting; turned away at the tip; empathy; paraphrase; 'we can't' with alternative; bare no; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "na", "pass", "na", "na", "'we can't take plasterboard at that site but you can take it to the depot' gives an alternative; the bare 'no' to the van question refuses with nothing offered."),
     turns=[
        ("A", "good afternoon westvale recycling centres uh kwame speaking how can i help you"),
        ("C", "hi it's louise carter i got turned away at the tip this morning with a boot full of plasterboard and i'd taken the morning off for it so i'm pretty fed up"),
        ("A", "oh i'm sorry louise that's really frustrating when you've taken time off"),
        ("C", "yeah"),
        ("A", "so you were refused at the site with plasterboard and you want to know where you can get rid of it"),
        ("C", "yes exactly"),
        ("A", "we can't take plasterboard at that site but you can take it to the hadley road depot any day"),
        ("C", "can i go in my van"),
        ("A", "no", {"tag": "neg"}),
        ("C", "okay i'll use the car then"),
        ("A", "is there anything else i can help with louise"),
        ("C", "no that's it"),
        ("A", "thanks for calling bye now"),
     ])

call("h23-17-asr-museum-tickets-refund", industry="museum tickets", style=ASR, words=False,
     exercises="full greeting; cancelled visit; empathy; paraphrase; hold asked but no thanks; timed refund; name used; thanks only",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "fail", "na", "The hold is asked with a reason but the agent comes back without thanking, so hold fails; the refund has 'five working days'; the close thanks without offering more."),
     turns=[
        ("A", "hello thank you for calling the harbour museum my name is ines how can i help"),
        ("C", "hi my son's come down with chickenpox so we can't come on saturday and i'm gutted we booked the dinosaur tour"),
        ("A", "oh no poor thing i'm sorry to hear that can i take the booking name"),
        ("C", "it's peter walsh"),
        ("A", "thank you peter so you need to cancel saturday's dinosaur tour and get your money back"),
        ("C", "yes or move it"),
        ("A", "can i put you on hold for a moment while i check the refund rules"),
        ("C", "sure"),
        ("A", "right peter the refund's gone through and it'll be back on your card within five working days", H),
        ("C", "oh lovely"),
        ("A", "okay"),
        ("C", "great"),
        ("A", "thanks for calling"),
     ])

call("h23-18-asr-software-billing-double", industry="software subscription billing", style=ASR, words=False,
     exercises="full greeting; double charge; empathy; paraphrase; warm transfer with team and reason; no close",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "Ends in a transfer to the billing team with a stated reason; 'so they can reverse the second payment' is the reason for the transfer, which happens now, so it is not counted as a separate commitment."),
     turns=[
        ("A", "hi you're through to notepine software support this is raj what can i do for you"),
        ("C", "hi um i've been charged twice for my annual plan that's like two hundred pounds gone and i'm not happy"),
        ("A", "i'm really sorry that's a lot of money to lose can i take your name"),
        ("C", "yeah it's holly baptiste"),
        ("A", "thanks holly so you've been billed twice for the annual plan and you want one of the payments refunded"),
        ("C", "yes that's it"),
        ("A", "i can see both charges on the account"),
        ("C", "good so can you refund it"),
        ("A", "refunds are done by our billing team so i'm going to put you through to billing now so they can reverse the second payment"),
        ("C", "okay"),
        ("A", "stay on the line holly"),
        ("C", "thanks"),
     ])

call("h23-19-asr-insurance-renewal-cancel", industry="home insurance renewals", style=ASR, words=False,
     exercises="greeting without agent name; cancel auto-renewal; 'you'll need to' borderline; no paraphrase; timed letter; name used; goodbye only",
     labels=L("fail", "fail_or_pass", "na", "fail", "pass", "pass", "na", "na", "Cancelling auto-renewal is routine (na); 'you'll need to confirm it in writing' is a neutral instruction (optional); the letter is promised 'by monday'."),
     turns=[
        ("A", "good morning ashgrove insurance how can i help"),
        ("C", "hi i want to stop my home insurance renewing automatically please"),
        ("A", "what's your name"),
        ("C", "it's norman bell"),
        ("A", "okay norman and the policy number"),
        ("C", "uh a g four four nine one"),
        ("A", "yep found it"),
        ("C", "so is it cancelled"),
        ("A", "i've switched it off and you'll need to confirm it in writing by email", {"tag": "neg_opt"}),
        ("C", "okay"),
        ("A", "you'll get a letter by monday to say it's done"),
        ("C", "fine"),
        ("A", "bye norman"),
     ])

call("h23-20-asr-hearing-aid-battery", industry="hearing-aid clinic", style=ASR, words=False,
     exercises="full greeting; routine battery order; paraphrase; agent silence without announcing; timed post; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "fail", "na", "The agent goes silent for over ten seconds while working without asking or announcing, then carries on without thanks, so hold fails; a battery order is routine."),
     turns=[
        ("A", "hello clearsound hearing clinic this is mandy what can i do for you today"),
        ("C", "hello dear i'd like some more batteries for my hearing aids the little orange ones"),
        ("A", "of course what's your name"),
        ("C", "it's edna fairclough"),
        ("A", "thank you edna so you'd like a new supply of the size thirteen orange batteries sent out to you"),
        ("C", "yes please"),
        ("A", "okay"),
        ("A", "right they're ordered", H),
        ("C", "oh good"),
        ("A", "they'll go in the post tomorrow"),
        ("C", "thank you"),
        ("A", "anything else i can help with edna"),
        ("C", "no thank you"),
        ("A", "bye edna take care"),
     ])

call("h23-21-asr-parking-fine-appeal", industry="council parking permits", style=ASR, words=False,
     exercises="full greeting; parking fine despite permit; 'there's nothing i can do'; 'i don't know if' polite form; no empathy; no paraphrase; name not used; no close",
     labels=L("pass", "fail", "fail", "fail", "na", "fail", "na", "na", "'i don't know if you've seen the appeal form' is the polite question form, not negative; 'there's nothing i can do' is; the name is given but never used."),
     turns=[
        ("A", "hello dunmore council parking team ben speaking how can i help"),
        ("C", "hi my name's rachel tan i've got a parking ticket outside my own house even though my permit's on the windscreen i'm really angry about it"),
        ("A", "what's the ticket number"),
        ("C", "p c n two two four eight"),
        ("A", "the warden's marked it as no permit visible"),
        ("C", "but it was there can you cancel it"),
        ("A", "there's nothing i can do about that on the phone", {"tag": "neg"}),
        ("C", "so what do i do"),
        ("A", "i don't know if you've seen the appeal form on our website"),
        ("C", "no"),
        ("A", "it's on the parking page"),
        ("C", "right"),
     ])

call("h23-22-asr-taxi-airport-booking", industry="taxi firm", style=ASR, words=False,
     exercises="full greeting; routine airport booking; paraphrase; timed text; untimed driver call; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na", "The booking text has 'tonight' but 'someone from the office will ring you to confirm the car details' has no time expression, so follow-up fails."),
     turns=[
        ("A", "evening thanks for calling a to b cars you're through to dev how can i help"),
        ("C", "hi can i book a taxi to the airport for friday morning"),
        ("A", "yeah course can i have your name"),
        ("C", "it's lorna mckee"),
        ("A", "thanks lorna so you want a car from home to the airport on friday morning what time's your flight"),
        ("C", "nine so pick up about six"),
        ("A", "okay six am pick up on friday that's booked"),
        ("C", "great"),
        ("A", "you'll get a confirmation text tonight and someone from the office will ring you to confirm the car details"),
        ("C", "perfect"),
        ("A", "anything else for you lorna"),
        ("C", "no that's it"),
        ("A", "cheers lorna bye"),
     ])

call("h23-23-asr-dog-grooming-rebook", industry="dog grooming", style=ASR, words=False,
     exercises="greeting without offer; rebooking; borderline empathy ('ah that's a shame'); paraphrase; timed booking; name never given; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na", "The customer is disappointed the groomer is off sick; 'ah that's a shame' is an informal but genuine acknowledgement, counted as empathy; no name is ever given."),
     turns=[
        ("A", "hi waggy tails grooming it's fran"),
        ("C", "oh hi um i had biscuit booked in tomorrow with sam but i got a text saying it's cancelled and i'm a bit disappointed he's really matted"),
        ("A", "ah that's a shame sorry sam's off sick this week"),
        ("C", "oh okay"),
        ("A", "so you'd like to get biscuit rebooked as soon as possible for his matting"),
        ("C", "yes please"),
        ("A", "i can do wednesday at two with lily"),
        ("C", "yeah that's fine"),
        ("A", "lovely that's booked for wednesday at two"),
        ("C", "thanks"),
        ("A", "anything else i can do for you"),
        ("C", "no that's all"),
        ("A", "thanks bye"),
     ])

call("h23-24-asr-opticians-contacts", industry="opticians", style=ASR, words=False,
     exercises="full greeting; sore eyes from new lenses; empathy; paraphrase; hold asked and thanked; timed call back; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "The hold is asked with a reason and thanked; the optometrist call back is 'this afternoon before four'."),
     turns=[
        ("A", "good morning vista opticians you're speaking with jo how can i help"),
        ("C", "hi it's sam reilly my new contact lenses are making my eyes really sore and red and i'm a bit worried"),
        ("A", "oh i'm sorry sam that sounds uncomfortable"),
        ("C", "it is"),
        ("A", "so your new lenses are causing soreness and redness and you want to know if they're safe to keep wearing"),
        ("C", "yeah"),
        ("A", "would you mind holding for a minute while i check with the optometrist"),
        ("C", "no that's fine"),
        ("A", "thanks for holding sam please take them out for now", H),
        ("C", "okay"),
        ("A", "she'll call you back this afternoon before four"),
        ("C", "thanks"),
        ("A", "anything else i can help with"),
        ("C", "no"),
        ("A", "take care sam bye"),
     ])

call("h23-25-bike-shop-service-booking", industry="bicycle shop repairs", style=CLEAN, words=False,
     exercises="full greeting; routine service booking; detail read-back only; timed booking; name used; full close",
     labels=L("pass", "pass", "na", "fail", "pass", "pass", "na", "na", "'Saturday the ninth?' and 'the e-bike?' only read back details; there is no restatement of the request, so paraphrase fails; the booking has a time."),
     turns=[
        ("A", "Hiya, Spokesmith Cycles, Ellie here, how can I help?"),
        ("C", "Hi, can I book my e-bike in for its annual service? Saturday the ninth if you have it."),
        ("A", "Saturday the ninth?"),
        ("C", "Yes."),
        ("A", "The e-bike?"),
        ("C", "Yes, a Cube hybrid."),
        ("A", "And your name?"),
        ("C", "Joe Kaminski."),
        ("A", "Right, Joe, that's in for nine o'clock, drop it off any time after eight thirty."),
        ("C", "Great."),
        ("A", "Can I help with anything else?"),
        ("C", "No, cheers."),
        ("A", "Thanks Joe, see you Saturday, bye."),
     ])

call("h23-26-wedding-photographer-deposit", industry="wedding photographer", style=CLEAN, words=False,
     exercises="full greeting; routine date check and deposit; paraphrase; untimed contract; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na", "Checking availability is routine; 'I'll pop the contract over to you' has no time, so follow-up fails."),
     turns=[
        ("A", "Good afternoon, Meadowlight Photography, you're speaking to Anya, how can I help you today?"),
        ("C", "Hi, we're getting married next May and wondered if you're free on the seventeenth."),
        ("A", "Congratulations! Can I take your name?"),
        ("C", "It's Fatima Begum."),
        ("A", "Thanks, Fatima. So you're looking to book us for your wedding on the seventeenth of May next year."),
        ("C", "Yes, the full day package."),
        ("A", "That date's free, and I can hold it with the deposit."),
        ("C", "Lovely, let's do that."),
        ("A", "Perfect, I'll pop the contract over to you to sign."),
        ("C", "Great."),
        ("A", "Is there anything else I can help you with, Fatima?"),
        ("C", "No, that's all, thank you."),
        ("A", "Thank you, bye for now."),
     ])

call("h23-27-kitchen-fitter-delay-warm", industry="kitchen fitter", style=CLEAN, words=False,
     exercises="full greeting; delayed fitting; empathy; paraphrase; warm transfer to named person with reason; no close",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "The transfer names the installation manager and says why; the call ends in the transfer before any closing."),
     turns=[
        ("A", "Hello, Oakline Kitchens, Martin speaking, what can I do for you?"),
        ("C", "Hi, it's Bernadette Quinn, my fitting was meant to start Monday and nobody turned up, I took a day off work and I've got no sink."),
        ("A", "I'm so sorry, Bernadette, that's really not on, especially with no sink."),
        ("C", "It's a nightmare."),
        ("A", "So the fitters didn't arrive on Monday and you need to know when the work will actually start."),
        ("C", "Yes."),
        ("A", "I can see the job but not the fitter rota."),
        ("C", "Who can see it then?"),
        ("A", "Our installation manager, Kevin, plans the rota. I'm going to put you through to Kevin now so he can give you a new start date."),
        ("C", "Okay, thanks."),
        ("A", "Putting you through now, Bernadette."),
        ("C", "Thanks."),
     ])

call("h23-28-mortgage-broker-declined", industry="mortgage broker", style=CLEAN, words=False,
     exercises="greeting given late; declined application; empathy; paraphrase; 'unable to' with alternative; timed call; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na", "The agent's first turn lacks a name and offer; they only come after a long customer turn more than 20 s in, so greeting fails; 'we're unable to appeal it, but what I can do is try another lender' has an alternative."),
     turns=[
        ("A", "Hello, Brightwater Mortgages."),
        ("C", "Hi, yes, I got an email this morning saying my mortgage application has been declined, and we're meant to be exchanging on the house in three weeks, and I really don't understand why, our credit's fine, we've both got steady jobs, and now I'm panicking that we're going to lose the house and the sellers will pull out."),
        ("A", "I'm Aisha, I'm sorry, how can I help? That sounds really stressful."),
        ("C", "It is. It's Gavin Price."),
        ("A", "Thanks, Gavin. So the lender turned down your application and you need another offer in place before exchange in three weeks."),
        ("C", "Exactly."),
        ("A", "We're unable to appeal the decision, but what I can do is put your case to two other lenders today."),
        ("C", "Okay, that helps."),
        ("A", "I'll call you by midday tomorrow with where we are."),
        ("C", "Thank you."),
        ("A", "Anything else I can help with for now, Gavin?"),
        ("C", "No, that's all."),
        ("A", "Thanks Gavin, speak tomorrow."),
     ])

call("h23-29-gas-meter-reading-routine", industry="gas meter readings", style=CLEAN, words=False,
     exercises="full greeting; routine meter reading; paraphrase; 'no problem'; timed bill; name used; close with offer only",
     labels=L("pass", "fail_or_pass", "na", "pass", "pass", "pass", "na", "na", "'No problem' is not negative; the close offers more help but the call ends without thanks or goodbye from the agent."),
     turns=[
        ("A", "Good morning, thanks for calling Northgate Gas, my name's Ravi, how can I help?"),
        ("C", "Morning, I just want to give a meter reading, the app's not working."),
        ("A", "No problem at all. Can I have your name?"),
        ("C", "Colin Ferris."),
        ("A", "Thanks Colin. So you'd like to submit this month's gas reading over the phone since the app won't take it."),
        ("C", "That's it. It's 0 7 2 3 9."),
        ("A", "0 7 2 3 9, got it."),
        ("C", "Good."),
        ("A", "Your next bill will use that reading and arrive within ten days."),
        ("C", "Great."),
        ("A", "Is there anything else I can help you with, Colin?"),
        ("C", "No, that's it, thanks, bye."),
     ])

call("h23-30-software-cancel-refused", industry="software subscription billing", style=CLEAN, words=False,
     exercises="full greeting; refused refund; 'we can't' refusal; policy refusal; 'unfortunately' frustration acknowledged; no paraphrase; name used; full close",
     labels=L("pass", "pass", "pass", "fail", "na", "pass", "na", "na", "'We can't refund part-used years' and 'it's company policy' both refuse with no alternative; 'I understand that's frustrating' counts as empathy."),
     turns=[
        ("A", "Hello, Notepine Software, Greta speaking, how may I assist?"),
        ("C", "Hi, it's Owen Marsh, I renewed by accident last week and I don't even use the product any more, I'm annoyed I wasn't reminded."),
        ("A", "I understand that's frustrating, Owen."),
        ("C", "Can I have the money back then?"),
        ("A", "We can't refund part-used years.", {"tag": "neg"}),
        ("C", "It's only been a week."),
        ("A", "It's company policy, I'm afraid.", {"tag": "neg"}),
        ("C", "That's poor."),
        ("A", "I've turned off auto-renew for next year."),
        ("C", "Right."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for calling, Owen, goodbye."),
     ])

call("h23-31-cottage-heating-broken", industry="holiday cottage rental", style=CLEAN, words=False,
     exercises="full greeting; heating broken during stay; empathy; paraphrase; hold announced with reason and thanked; timed engineer; untimed refund; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na", "The engineer has 'within two hours' but 'we'll refund you for the lost night' says nothing about when, so follow-up fails."),
     turns=[
        ("A", "Good evening, Heather Hill Cottages, Kirsty speaking, how can I help?"),
        ("C", "Hi, we're staying at Curlew Cottage and the heating's stopped working, it's freezing and we've got a baby with us."),
        ("A", "Oh no, that's the last thing you need with a little one. Can I take the booking name?"),
        ("C", "Neil Hartley."),
        ("A", "Thanks, Neil. So the heating at Curlew Cottage has failed and you need it fixed tonight."),
        ("C", "Yes, please."),
        ("A", "I'm going to put you on hold for a moment while I ring our engineer."),
        ("A", "Thanks for waiting, Neil. He'll be with you within two hours.", H),
        ("C", "Thank you."),
        ("A", "And we'll refund you for the lost night."),
        ("C", "That's kind."),
        ("A", "Anything else I can help with?"),
        ("C", "No, thanks."),
        ("A", "Keep warm, Neil, goodnight."),
     ])

call("h23-32-library-reservation", industry="library services", style=CLEAN, words=False,
     exercises="full greeting; routine book reservation; paraphrase; timed text; name never given; thanks only",
     labels=L("pass", "fail_or_pass", "na", "pass", "pass", "na_or_fail", "na", "na", "A routine reservation; the text is tied to 'the twentieth'; no customer name appears; the close thanks without offering more help."),
     turns=[
        ("A", "Hello, Kirkby Libraries, you're speaking to Tom, what can I do for you?"),
        ("C", "Hi, I'd like to reserve a book that's out at the moment, The Salt Path."),
        ("A", "Have you got your library card number?"),
        ("C", "Yes, it's 2 0 4 4 8 1 7."),
        ("A", "Thanks. So you'd like to go on the waiting list for The Salt Path and collect it at your local branch."),
        ("C", "Yes, Kirkby branch."),
        ("A", "Done, you're second in the queue."),
        ("C", "Great."),
        ("A", "It's due back on the twentieth, and we'll text you that day."),
        ("C", "Lovely."),
        ("A", "Thanks for calling."),
        ("C", "Bye."),
     ])

call("h23-33-removals-damage", industry="removals", style=CLEAN, words=False,
     exercises="full greeting; damaged furniture; no empathy; paraphrase; 'I don't know' refusal; transfer with no reason; no close",
     labels=L("pass", "na_or_fail", "fail", "pass", "na", "fail", "na", "fail", "'I don't know what the cover includes' is negative; the transfer says nobody and no reason; the customer's name is never used."),
     turns=[
        ("A", "Morning, Swift Move Removals, Dan speaking, how can I help?"),
        ("C", "Hi, it's Priya Desai, your team moved us on Friday and my mum's dining table has a huge gouge in it, it was her mother's and I'm really upset."),
        ("A", "So the dining table was damaged during Friday's move and you want to claim for it."),
        ("C", "Yes. Are we covered?"),
        ("A", "I don't know what the cover includes.", {"tag": "neg"}),
        ("C", "Well can you find out?"),
        ("A", "What's the job number?"),
        ("C", "SM 3381."),
        ("A", "Okay."),
        ("C", "So?"),
        ("A", "I'm going to transfer you."),
        ("C", "Fine."),
     ])

call("h23-34-recycling-bulky-collection", industry="recycling centre", style=CLEAN, words=False,
     exercises="full greeting; routine bulky collection; paraphrase; timed collection; 'you'll need to' neutral; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "'You'll need to leave it at the kerb by seven' is a neutral instruction, so optional; the collection has a date."),
     turns=[
        ("A", "Good morning, Westvale Recycling, this is Hannah, how can I help you?"),
        ("C", "Hi, I'd like to book a collection for an old sofa and a fridge."),
        ("A", "Sure, what's your name and address?"),
        ("C", "Lucy Adeyemi, 14 Quarry Lane."),
        ("A", "Thanks, Lucy. So you want a bulky waste pickup for a sofa and a fridge from 14 Quarry Lane."),
        ("C", "Yes please."),
        ("A", "We'll collect them next Wednesday."),
        ("C", "Perfect."),
        ("A", "You'll need to leave them at the kerb by seven that morning.", {"tag": "neg_opt"}),
        ("C", "No problem."),
        ("A", "Anything else I can help you with, Lucy?"),
        ("C", "No thanks."),
        ("A", "Thanks for calling, goodbye."),
     ])

call("h23-35-museum-membership-lost", industry="museum tickets", style=CLEAN, words=False,
     exercises="full greeting; lost membership card; 'oh dear' empathy; paraphrase; timed card; untimed email; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "A lost card affects the customer; 'oh dear, that's annoying' acknowledges it; the card has 'seven days' but 'I'll email you a temporary pass' has no time."),
     turns=[
        ("A", "Hello, thank you for calling the Harbour Museum, my name is Ines, how can I help?"),
        ("C", "Hi, I've lost my membership card and we wanted to visit this weekend."),
        ("A", "Oh dear, that's annoying. What name is the membership under?"),
        ("C", "Alan Cho."),
        ("A", "Thanks, Alan. So you need a replacement membership card and a way in this weekend."),
        ("C", "Yes, that's it."),
        ("A", "A new card will reach you within seven days."),
        ("C", "Okay."),
        ("A", "And I'll email you a temporary pass."),
        ("C", "Great."),
        ("A", "Is there anything else I can help with, Alan?"),
        ("C", "No, thanks."),
        ("A", "Enjoy your visit, Alan, goodbye."),
     ])

call("h23-36-broadband-move-missed", industry="home broadband moving house", style=CLEAN, words=False,
     exercises="full greeting; missed activation after move; empathy; paraphrase; hold without asking but thanked; timed engineer; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na", "After a bare 'Okay' the agent goes silent over ten seconds without asking or announcing a hold, then thanks the customer, so hold fails; the engineer has 'Friday morning'."),
     turns=[
        ("A", "Hi, thanks for calling Fibrewave, you're through to Leon, how can I help you today?"),
        ("C", "Hi Leon, I moved on Monday and my broadband was meant to go live at the new place, but it's still dead and I'm working from home."),
        ("A", "Ah, I'm sorry, that's a real headache when you're working from home. What's your name?"),
        ("C", "Nadia Ferreira."),
        ("A", "Thanks, Nadia. So your service should have moved to your new address on Monday and it still isn't working."),
        ("C", "That's right."),
        ("A", "Okay."),
        ("A", "Thanks for your patience, Nadia, the new line was never activated.", H),
        ("C", "Typical."),
        ("A", "An engineer will come on Friday morning to connect it."),
        ("C", "Okay."),
        ("A", "Anything else I can do for you, Nadia?"),
        ("C", "No."),
        ("A", "Thanks, Nadia, bye."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout23: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout23", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h23", seed_base=2300)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
