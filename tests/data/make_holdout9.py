"""Write the holdout9 set: 36 contact-centre calls and their labels.

Written and labelled blind (before any detector ran on it) by hand against
/work/shared/RUBRIC.md. Run from anywhere:

    python tests/data/make_holdout9.py

It writes ``tests/data/holdout9/<call_id>.json`` (canonical call format),
``tests/data/holdout9-labels.json`` (call_id -> labels) and
``tests/data/holdout9/README.md`` (who labelled, the make-up, the label counts
and the judgement calls). Deterministic: the same files come out on every run.

How a call is written (turns, their timing options and the tags that become
the list labels) is described in tests/data/holdout_kit.py, which also holds
the turn builder, the word timings and the self-checks that compare the timings
with the labels, so a timing slip cannot silently change a label; the calls, wording,
companies, people and labels are new.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # holdout_kit.py sits next to this script
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout9"
LABELS_PATH = HERE / "holdout9-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12

CALLS, call = call_collector()


# ---------------------------------------------------------------------------
# The 36 calls. Each call's labels were decided from its text and timing
# (RUBRIC.md only) while writing it, before moving on to the next one.
# ---------------------------------------------------------------------------

call(
    "h9-01-wedding-venue-date-clash",
    industry="wedding venue",
    style="clean, punctuated",
    words=True,
    exercises="full greeting ('Good afternoon, Ashcombe Barn, you're speaking to Priya'); upset bride, backchannels inside the long first turn; 'Oh no, I'm so sorry'; paraphrase; agent cuts in 0.8 s; timed callback 'by four o'clock today'; first name used",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "Two backchannels sit inside the customer's long first turn; the later 0.8 s cut-in takes the floor."),
    turns=[
        ("A", "Good afternoon, Ashcombe Barn, you're speaking to Priya, how can I help?"),
        ("C", "Hi, um, I'm getting married with you on the fourteenth of June, or I thought I was, and this morning I got an email from your system saying the date's been confirmed for a different couple, and I've already sent out the invitations, so I'm honestly shaking."),
        ("A", "Mm-hmm.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Okay.", {"at_start": 10.0, "tag": "bc"}),
        ("A", "Oh no, I'm so sorry, that's an awful email to get. Can I take your name?", {"gap": 0.4}),
        ("C", "It's Charlotte Penhaligon. P E N H A L I G O N."),
        ("A", "Thank you, Charlotte. And the booking was made in person, with a deposit?"),
        ("C", "Yes, we paid the deposit in March, I've got the receipt, and we signed the contract with your events manager, and we've had nothing since apart from this email."),
        ("A", "So you've got a signed contract for the fourteenth of June, and now an email says someone else has the date, and you want to know if the barn is still yours.", {"at_end": 0.8, "tag": "intr"}),
        ("C", "Yes. That's it exactly."),
        ("A", "I can see your contract here, and your booking is still on the diary. I think the email is a system fault, but I want the manager to confirm it."),
        ("C", "Okay. Please."),
        ("A", "I'll ring you back by four o'clock today with her answer in writing as well."),
        ("C", "Thank you. That would really help."),
        ("A", "Is there anything else I can help with, Charlotte?"),
        ("C", "No, that's everything."),
        ("A", "Thank you for calling, speak to you at four. Bye."),
        ("C", "Bye."),
    ],
)

call(
    "h9-02-ink-subscription-cancel",
    industry="printer ink subscription",
    style="clean, punctuated",
    words=False,
    exercises="'Hello, this is InkDrop, how can I help?' names the company after 'this is', no agent name; routine cancellation (empathy na); 'No, we can't refund those.' bare refusal; completion report, not a paraphrase; name read off the account, never used; untimed confirmation email; only 'Anything else?'",
    labels=L("fail", "fail_or_pass", "na", "fail", "fail", "fail", "na", "na",
             "'InkDrop' after 'this is' is the company, not the agent; the account name is read out to check identity, never used to address him."),
    turns=[
        ("A", "Hello, this is InkDrop, how can I help?"),
        ("C", "Hi, I want to cancel my ink plan. I've bought a laser printer so I don't need cartridges any more."),
        ("A", "Can I have the email address on the account?"),
        ("C", "It's g lyle at fastmail dot com."),
        ("A", "And am I speaking to Mr Gareth Lyle?"),
        ("C", "Yes, that's me."),
        ("C", "Can I send back the two cartridges that came last week and get the money back?"),
        ("A", "No, we can't refund those.", {"tag": "neg"}),
        ("C", "Oh. Okay, I'll just keep them then."),
        ("A", "I've cancelled the plan, so there won't be any more deliveries or payments."),
        ("A", "You'll get a confirmation email."),
        ("C", "Right."),
        ("A", "Anything else?"),
        ("C", "No, that's it."),
    ],
)

call(
    "h9-03-home-alarm-night-false-alarms",
    industry="home security alarms",
    style="ASR: lower-case, no punctuation, spelled-out name",
    words=False,
    exercises="'morning thanks for calling brightguard alarms youre through to uh dev what can i do for you' with a filler before the name; alarm sounding at night, neighbours complaining; 'ah thats rubbish sorry'; spelled name then used; paraphrase; hold asked with a reason and thanked; timed engineer visit",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
             "The name is spelled letter by letter ('r o w a n') and then used by the agent, which counts."),
    turns=[
        ("A", "morning thanks for calling brightguard alarms youre through to uh dev what can i do for you"),
        ("C", "hi yeah my alarm keeps going off by itself at like three in the morning its done it three nights running and the neighbours are not happy with me"),
        ("A", "ah thats rubbish sorry can i take your name and the postcode"),
        ("C", "its rowan r o w a n hughes and its l s six four j d"),
        ("A", "thanks rowan so the alarms been going off on its own in the middle of the night and you want someone out to sort it"),
        ("C", "yeah please before i get a noise complaint"),
        ("A", "can i put you on hold for a minute while i look at the engineers diary for your area"),
        ("C", "yeah go on"),
        ("A", "thanks for holding rowan ive got an engineer free on thursday", {"gap": 24.0, "tag": "hold"}),
        ("C", "thursday is fine"),
        ("A", "hell be with you thursday between eight and twelve and in the meantime you can set it to part arm at night"),
        ("C", "okay brilliant"),
        ("A", "is there anything else i can help you with today"),
        ("C", "no thats it thanks"),
        ("A", "cheers rowan bye now"),
    ],
)

call(
    "h9-04-satellite-tv-no-signal",
    industry="satellite TV",
    style="clean with fillers",
    words=True,
    exercises="'Hi, you've reached Orbitview, um, my name's Callum, what can I do for you?' full greeting with a filler; no signal since a storm as a plain fact, no empathy; agent cuts in 0.6 s; customer cuts in on the agent; 'Since Saturday?' repeats one detail; 'I don't know why it's doing that'; untimed engineer contact; never named",
    labels=L("pass", "pass", "fail", "fail", "fail", "na_or_fail", "na", "na",
             "'Since Saturday?' repeats one detail, not the request; 'someone will be in touch' has no time."),
    turns=[
        ("A", "Hi, you've reached Orbitview, um, my name's Callum, what can I do for you?"),
        ("C", "Hi. The box says no signal on every channel. It's been like that since the storm on Saturday and I've unplugged it twice already and it makes no difference at all."),
        ("A", "Since Saturday?"),
        ("C", "Yeah, Saturday night, the wind was really bad, and I think the dish might have moved a bit on the wall, because it looks like it's pointing lower than it was."),
        ("A", "Have you checked the cable at the back of the box is pushed in properly?", {"at_end": 0.6, "tag": "intr"}),
        ("C", "Yes, I've done that."),
        ("A", "I don't know why it's doing that, then. It could be the dish or the cable outside, and if the dish has moved we'd need an engineer to realign it.", {"tag": "neg"}),
        ("C", "So can you send one?", {"at_end": 0.9}),
        ("A", "Yes. Someone will be in touch to book the engineer."),
        ("C", "Okay, fine."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for calling Orbitview, bye."),
    ],
)

call(
    "h9-05-recycling-bin-missed",
    industry="recycling collection",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="'hiya recycling collections how can i help' has no agent name; three missed collections and annoyance, never acknowledged; paraphrase; 'mister o dowd' split by the ASR, used; 'youll need to put it out by seven' borderline; timed 'by friday'",
    labels=L("fail", "pass", "fail", "pass", "pass", "pass", "na", "na",
             "The customer is clearly annoyed ('third time now') and the agent goes straight to booking, so empathy fails."),
    turns=[
        ("A", "hiya recycling collections how can i help"),
        ("C", "yeah hi my blue bin hasnt been emptied again thats the third time now and its overflowing onto the pavement"),
        ("A", "can i take your name and address"),
        ("C", "its mister o dowd fourteen kestrel close"),
        ("A", "thanks mister o dowd so your blue recycling bin has been missed the last three collections and you want it picked up"),
        ("C", "yes and i want to know why"),
        ("A", "the crew have marked it as blocked by a parked car each time"),
        ("C", "theres never a car there"),
        ("A", "ive booked a return collection and itll be emptied by friday"),
        ("A", "youll need to put it out by seven that morning", {"tag": "neg_opt"}),
        ("C", "fine"),
        ("A", "is there anything else i can help with"),
        ("C", "no"),
        ("A", "thanks for calling bye"),
    ],
)

call(
    "h9-06-ferry-move-sailing",
    industry="ferry operator",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; routine change of sailing (empathy na); paraphrase; hold asked with a reason but never thanked (fail); timed e-ticket 'within the hour'; title + surname used",
    labels=L("pass", "pass", "na", "pass", "pass", "pass", "fail", "na",
             "The hold is asked for with a reason, but the agent comes back with 'Right' and no thanks, so hold etiquette fails."),
    turns=[
        ("A", "Good morning, Northsound Ferries, Aileen speaking, how can I help?"),
        ("C", "Morning. I've got a car booked on Friday's four o'clock sailing to the island and I'd like to move it to Saturday morning if there's room."),
        ("A", "Can I have the booking reference?"),
        ("C", "It's N S seven seven two one. The name's Fraser."),
        ("A", "Thank you, Mr Fraser. So you'd like to move your car crossing from Friday afternoon to one of the Saturday morning sailings."),
        ("C", "That's right, the earlier the better."),
        ("A", "Can I put you on hold while I check the car deck for Saturday?"),
        ("C", "Sure."),
        ("A", "Right, the seven forty has space. There's no fee for the change.", {"gap": 27.0, "tag": "hold"}),
        ("C", "Great, book that."),
        ("A", "Done. You'll get the new e-ticket by email within the hour."),
        ("C", "Lovely."),
        ("A", "Is there anything else I can do for you, Mr Fraser?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, have a good crossing."),
    ],
)

call(
    "h9-07-bus-pass-lost",
    industry="bus pass (transport authority)",
    style="ASR: lower-case, no punctuation, misheard name, garbled closing",
    words=True,
    exercises="'good afternoon metro link passes youre speaking to kwame how can i help' (company split by the ASR); lost pass and worry about getting to work, 'oh no thats a pain'; backchannel inside the long turn; name misheard as 'shiv on' then used as 'siobhan'; paraphrase starting exactly 0.5 s before the customer stops (optional); 'youll need to pay a ten pound fee' borderline; timed post; garbled 'any thing else i can el you with'",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "The ASR writes the customer's name as 'shiv on kelly'; the agent later says 'siobhan', which is the customer's own name, so personalization passes."),
    turns=[
        ("A", "good afternoon metro link passes youre speaking to kwame how can i help"),
        ("C", "hi ive lost my annual bus pass i think it fell out of my coat on the way home yesterday and i start work at seven tomorrow and i really cant afford to be paying for tickets every day on top of the pass"),
        ("A", "mm hmm", {"at_start": 4.0, "tag": "bc"}),
        ("A", "oh no thats a pain can i take your name and date of birth", {"gap": 0.5}),
        ("C", "its shiv on kelly third of may ninety one"),
        ("A", "thanks siobhan ive found your pass here and ive stopped the old one so nobody else can use it"),
        ("C", "okay good so what happens now because i still need to get to work tomorrow somehow"),
        ("A", "so youve lost your annual pass and you need a replacement quickly so you can get to work", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "yeah exactly"),
        ("A", "youll need to pay a ten pound fee for the replacement", {"tag": "neg_opt"}),
        ("C", "thats fine"),
        ("A", "the new pass will be posted out today and youll have it in two working days and ill email you a temporary ticket in the next ten minutes for tomorrow"),
        ("C", "oh brilliant thank you"),
        ("A", "any thing else i can el you with"),
        ("C", "no thats everything"),
        ("A", "thanks for calling siobhan bye"),
    ],
)

call(
    "h9-08-mortgage-broker-rate-ending",
    industry="mortgage broker",
    style="clean, punctuated",
    words=False,
    exercises="'Good morning, this is Harbourline Mortgages, how can I help?' names the company after 'this is', no agent name; worry about a fixed rate ending, 'I understand, that's a real worry'; paraphrase; first name used; 'An adviser will call you back' with no time",
    labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na",
             "The callback is promised with no time at all, so follow-up fails even though everything else is handled well."),
    turns=[
        ("A", "Good morning, this is Harbourline Mortgages, how can I help?"),
        ("C", "Hi. My fixed rate ends in six weeks and the bank's letter says I'll go on to their standard rate, which is nearly double. I'm really worried about the payments."),
        ("A", "I understand, that's a real worry with prices as they are. Can I take your name?"),
        ("C", "Deborah Ansell."),
        ("A", "Thanks, Deborah. So your current deal finishes in six weeks and you want to find a new rate before the bank moves you on to its standard one."),
        ("C", "Yes. I didn't realise it was so soon."),
        ("A", "Six weeks is plenty of time to arrange a new deal, so please don't panic. Do you know roughly what's left on the mortgage?"),
        ("C", "About a hundred and forty thousand."),
        ("A", "And the house is worth around?"),
        ("C", "Maybe three hundred."),
        ("A", "That gives you a good range of lenders. An adviser will call you back to go through the options."),
        ("C", "Okay, thank you."),
        ("A", "Is there anything else I can help with, Deborah?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, bye."),
    ],
)

call(
    "h9-09-timeshare-exit-refused",
    industry="timeshare",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="'youve reached sunvista resorts owner services this is marco how can i assist' full greeting; angry owner, fees doubled, never acknowledged; 'its our policy' refusal and 'theres nothing i can do about the fees'; no paraphrase; surname given, never used; customer gives up, agent only 'okay bye'",
    labels=L("pass", "fail_or_pass", "fail", "fail", "na", "fail", "na", "na",
             "Two negative turns: a policy refusal and 'theres nothing i can do'; the call ends with only 'okay bye' from the agent."),
    turns=[
        ("A", "youve reached sunvista resorts owner services this is marco how can i assist"),
        ("C", "yeah my names jennings account four four one nine and i want out of this timeshare the maintenance fees have doubled in two years and im fed up of paying for a week i never use"),
        ("A", "let me bring up the account"),
        ("C", "fine"),
        ("A", "okay i can see youve got eighteen years left on the agreement"),
        ("C", "i know i want to end it"),
        ("A", "its our policy that we dont release owners before the term ends", {"tag": "neg"}),
        ("C", "so i just keep paying whatever you decide to charge"),
        ("A", "theres nothing i can do about the fees theyre set by the owners committee", {"tag": "neg"}),
        ("C", "this is ridiculous"),
        ("A", "the fees are due on the first of the month as usual"),
        ("C", "fine forget it"),
        ("A", "okay bye"),
    ],
)

call(
    "h9-10-photo-studio-gallery-expired",
    industry="photography studio",
    style="clean, punctuated",
    words=True,
    exercises="'Hello, Lumen and Grain Studio, Sophie speaking, how can I help?' full greeting; upset parent, gallery of newborn photos expired, backchannel inside the long turn; 'Oh, I'm sorry, I can imagine how worrying that is'; paraphrase; agent cuts in 1.0 s; hold with a reason, thanked; timed new link today; name read off the booking and used",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
             "The customer's name comes from the booking the agent reads ('under Mrs Adebayo?') and the agent then uses it."),
    turns=[
        ("A", "Hello, Lumen and Grain Studio, Sophie speaking, how can I help?"),
        ("C", "Hi, we had our baby's newborn shoot with you in the spring, and I went to download the photos last night for her grandparents and the link just says the gallery has expired, and we never got round to saving them, so I'm a bit beside myself."),
        ("A", "Mm-hmm.", {"at_start": 5.0, "tag": "bc"}),
        ("A", "Oh, I'm sorry, I can imagine how worrying that is. Was the booking under Mrs Adebayo? I've got a newborn session in April with this phone number.", {"gap": 0.5}),
        ("C", "Yes, that's me, Funmi Adebayo."),
        ("A", "So the gallery link from your April shoot has expired before you saved the photos, and you need the photos back.", {"gap": 0.4}),
        ("C", "Yes, please tell me you still have them, because we paid for the full set and I was going to order prints for Christmas as well."),
        ("A", "We keep everything on our archive for two years, so they should be there.", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Oh, thank goodness."),
        ("A", "Let me check the archive drive to be sure, bear with me a moment while I look."),
        ("C", "Of course."),
        ("A", "Thanks for waiting, Mrs Adebayo. They're all there, all forty-two.", {"gap": 14.0, "tag": "hold"}),
        ("C", "Amazing."),
        ("A", "I'll send you a new link today, and this one won't expire for ninety days."),
        ("C", "Thank you so much."),
        ("A", "Anything else I can do for you?"),
        ("C", "No, that's perfect."),
        ("A", "Thanks, Mrs Adebayo, bye now."),
    ],
)

call(
    "h9-11-piano-tuning-book",
    industry="piano tuning",
    style="ASR: lower-case, no punctuation, filler in the greeting",
    words=False,
    exercises="'hello harmon piano services uh this is bea how can i help' full greeting with a filler; routine booking (empathy na); paraphrase; timed text 'tomorrow'; the customer's name never comes up; closes with 'lovely thanks bye' and no offer",
    labels=L("pass", "fail_or_pass", "na", "pass", "pass", "na_or_fail", "na", "na",
             "'the girls name is on the exam form' mentions a daughter, but no name is ever given, so personalization is na_or_fail."),
    turns=[
        ("A", "hello harmon piano services uh this is bea how can i help"),
        ("C", "hi i need our upright piano tuned before my daughters grade five exam on the twentieth"),
        ("A", "okay whereabouts are you"),
        ("C", "in radford near the library"),
        ("A", "and when was it last tuned"),
        ("C", "honestly probably three years ago"),
        ("A", "so you want the upright tuned and ready before the exam on the twentieth"),
        ("C", "yes if you can"),
        ("A", "thats fine weve got time next week ill text you the exact time tomorrow"),
        ("C", "great"),
        ("A", "whats the best number for the text"),
        ("C", "oh seven seven oh oh nine one two three four five"),
        ("A", "lovely thanks bye"),
    ],
)

call(
    "h9-12-conveyancing-completion-delay",
    industry="solicitor's conveyancing",
    style="clean, punctuated",
    words=False,
    exercises="'Good afternoon, Pryce Whitfield Solicitors, how can I help?' has no agent name; delayed completion and stress, 'I'm sorry, I know how stressful a move is'; 'I don't know where the file is up to'; no paraphrase; name given, never used; transfer naming the conveyancer and why, ending the call",
    labels=L("fail", "na_or_fail", "pass", "fail", "na", "fail", "na", "pass",
             "The call ends in a proper transfer (to Helen, who handles the file, for an update), so closing is na_or_fail."),
    turns=[
        ("A", "Good afternoon, Pryce Whitfield Solicitors, how can I help?"),
        ("C", "Hi, it's Martin Cartwright. We were supposed to complete on our house purchase last Friday and it still hasn't happened and nobody's told us why. We've got a removal van booked and the kids are off school."),
        ("A", "I'm sorry, I know how stressful a move is when the date slips."),
        ("C", "It's a nightmare. What's going on?"),
        ("A", "I don't know where the file is up to.", {"tag": "neg"}),
        ("C", "Well, who does?"),
        ("A", "Which property is it?"),
        ("C", "Twelve Larch Avenue."),
        ("A", "That's with Helen in our residential team."),
        ("C", "Can I speak to her?"),
        ("A", "Yes. I'll put you through to Helen now, she's the conveyancer handling your purchase, so she can tell you exactly what's holding up completion."),
        ("C", "Thanks."),
    ],
)

call(
    "h9-13-garden-centre-dead-hedging",
    industry="garden centre",
    style="clean with fillers",
    words=True,
    exercises="'Morning, Fernleigh Garden Centre, you're speaking with, er, Josh, how can I help?' full greeting with a filler; dead hedging stated as a fact, no empathy; paraphrase; 'No, we can't refund those.' bare, the replacement only offered in the next turn; agent cuts in 0.55 s; customer cuts in on the agent; timed collection 'on Saturday'; first name given, never used",
    labels=L("pass", "pass", "fail", "pass", "pass", "fail", "na", "na",
             "The refusal turn offers nothing; the replacement comes in a separate later turn, so the refusal still counts as negative."),
    turns=[
        ("A", "Morning, Fernleigh Garden Centre, you're speaking with, er, Josh, how can I help?"),
        ("C", "Hi, my name's Alan Brierley. I bought twelve laurel plants from you about five weeks ago for a hedge and every single one of them has gone brown and dropped its leaves, and I've watered them every evening."),
        ("A", "So the twelve laurels you bought about five weeks ago have all died, and you'd like your money back?"),
        ("C", "Yes, that's what I'm after, because they were forty pounds each and I followed the care label exactly, and I've still got the receipt somewhere in the car."),
        ("A", "No, we can't refund those.", {"at_end": 0.55, "tag": ["intr", "neg"]}),
        ("C", "Why not?"),
        ("A", "Refunds on plants are only within thirty days. What I can do is replace all twelve free of charge with plants from our new delivery.", {"gap": 0.6}),
        ("C", "I suppose that's fair, if they're healthy ones.", {"at_end": 0.7}),
        ("A", "They came in yesterday. They'll be ready for you to collect on Saturday."),
        ("C", "Okay, I'll come Saturday."),
        ("A", "Anything else I can help with?"),
        ("C", "Nope."),
        ("A", "Cheers, bye."),
    ],
)

call(
    "h9-14-carpet-fitter-no-show",
    industry="carpet fitting",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="'afternoon plushline carpets this is uh tariq speaking what can i do for you' full greeting; fitter never arrived, day off work lost, 'im really sorry about that'; paraphrase; unannounced 16 s silence, no thanks (hold fail); timed rebook 'monday at eight'; first name used",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na",
             "The agent goes silent for 16 s while looking for a slot without announcing it or thanking the customer afterwards."),
    turns=[
        ("A", "afternoon plushline carpets this is uh tariq speaking what can i do for you"),
        ("C", "hi my names lorraine bell your fitter was meant to come at eight this morning to fit the lounge carpet and nobodys turned up and ive taken the whole day off work for it"),
        ("A", "im really sorry about that especially when youve taken the day off"),
        ("C", "ive rung twice and nobody answered"),
        ("A", "so the fitter never turned up this morning and you want the lounge rebooked as soon as possible"),
        ("C", "yes and i want to know it will actually happen this time"),
        ("A", "okay ive found a slot", {"gap": 16.0, "tag": "hold"}),
        ("C", "when"),
        ("A", "the fitter will be with you monday at eight and ill ring you myself on friday to confirm it"),
        ("C", "okay monday"),
        ("A", "is there anything else i can help with lorraine"),
        ("C", "no"),
        ("A", "sorry again for today bye"),
    ],
)

call(
    "h9-15-window-cleaner-payment-date",
    industry="window cleaning",
    style="clean, punctuated",
    words=False,
    exercises="'Hi, Clearpane Window Cleaning, how can I help?' has no agent name; routine payment-date change (empathy na); completion report, not a paraphrase; completed change (follow-up na); first name given, never used; the agent neither offers more help nor says goodbye",
    labels=L("fail", "fail", "na", "fail", "na", "fail", "na", "na",
             "'That's changed to the first' reports a completed action, so it is neither a paraphrase nor a follow-up commitment."),
    turns=[
        ("A", "Hi, Clearpane Window Cleaning, how can I help?"),
        ("C", "Hello, it's Fiona at number nine Orchard Way. I'd like the monthly payment to come out on the first instead of the fifteenth."),
        ("A", "Orchard Way, yes, I've got you. Monthly, front and back."),
        ("C", "That's us."),
        ("A", "And that's by card?"),
        ("C", "Yes, the same card."),
        ("A", "That's changed to the first."),
        ("C", "Does that mean I pay twice this month?"),
        ("A", "No, this month's payment has already gone, so the next one is the first of next month."),
        ("C", "Oh good."),
        ("A", "That's all sorted then."),
        ("C", "Great, thanks, bye."),
    ],
)

call(
    "h9-16-plumber-burst-pipe",
    industry="emergency plumbing",
    style="clean, punctuated",
    words=True,
    exercises="full greeting ('Hello, Rapidflow Plumbing, this is Dean, how can I help?'); burst pipe and water through the ceiling, backchannel 'Right'; agent cuts in 0.9 s with a safety instruction; 'That sounds horrible'; paraphrase; 'You'll need to turn the water off at the stopcock' borderline; timed 'within the hour'; first name used",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "The 0.9 s cut-in takes the floor with an instruction, so it is an interruption even though it is helpful."),
    turns=[
        ("A", "Hello, Rapidflow Plumbing, this is Dean, how can I help?"),
        ("C", "Oh, hi, there's water pouring through my bathroom ceiling, it's coming out round the light fitting, I think a pipe's gone in the loft, and I don't know where anything is, my husband normally does all this."),
        ("A", "Right.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Okay, first of all, don't touch that light switch.", {"at_end": 0.9, "tag": "intr"}),
        ("C", "No, no, I won't."),
        ("A", "That sounds horrible, you're doing really well. What's your name?"),
        ("C", "Harriet."),
        ("A", "Harriet, you'll need to turn the water off at the stopcock, it's usually under the kitchen sink.", {"tag": "neg_opt"}),
        ("C", "Hang on. Yes, found it, it's turning. Okay, it's off."),
        ("A", "Well done. So it's a pipe in the loft, and the water's coming through the bathroom ceiling near the light."),
        ("C", "Yes, that's it."),
        ("A", "I've got a plumber ten minutes from you. He'll be with you within the hour."),
        ("C", "Oh, thank you."),
        ("A", "Anything else before I send him, Harriet?"),
        ("C", "No, just hurry."),
        ("A", "He's on his way. Bye for now."),
    ],
)

call(
    "h9-17-hearing-aid-whistling",
    industry="hearing aids",
    style="clean, punctuated",
    words=False,
    exercises="'Good morning, Clearsound Hearing, Margaret speaking, how may I assist you?' full greeting; an older customer who can't hear his grandchildren, 'Oh dear, that must be frustrating'; paraphrase; 'Hold on.' with no reason, 12 s, no thanks (hold fail); repair envelope with no time; title + surname used",
    labels=L("pass", "pass", "pass", "pass", "fail", "pass", "fail", "na",
             "'Hold on.' gives no reason and the agent doesn't thank him afterwards; the envelope promise has no time frame."),
    turns=[
        ("A", "Good morning, Clearsound Hearing, Margaret speaking, how may I assist you?"),
        ("C", "Good morning. It's Mr Pemberton. My left hearing aid has started whistling all the time and I can't hear a word my grandchildren say on the telephone."),
        ("A", "Oh dear, that must be frustrating for you, Mr Pemberton."),
        ("C", "It is rather."),
        ("A", "So your left aid keeps whistling and you'd like it looked at or repaired."),
        ("C", "Yes, if you would."),
        ("A", "Hold on."),
        ("A", "Right, it's still under warranty.", {"gap": 12.0, "tag": "hold"}),
        ("C", "Oh, good."),
        ("A", "We'll post you a repair envelope, and you send the aid back to us in that."),
        ("C", "And the right one?"),
        ("A", "Keep wearing the right one, it's fine."),
        ("A", "Is there anything else I can help you with, Mr Pemberton?"),
        ("C", "No, thank you, dear."),
        ("A", "Thank you for calling, goodbye."),
    ],
)

call(
    "h9-18-care-home-mum-not-eating",
    industry="care home",
    style="ASR: lower-case, no punctuation",
    words=True,
    exercises="'hello rosewood care home um youre speaking to ifeoma how can i help' full greeting with a filler; worried daughter, backchannel inside the long turn, 'oh im sorry youre worried'; paraphrase starting exactly 0.5 s before the customer stops (optional); first name given, never used; transfer naming the nurse and why, ending the call",
    labels=L("pass", "na_or_fail", "pass", "pass", "na", "fail", "na", "pass",
             "The resident's name ('mrs reyes') is used but the caller's own name ('carmen') never is, so personalization fails."),
    turns=[
        ("A", "hello rosewood care home um youre speaking to ifeoma how can i help"),
        ("C", "hi its carmen my mum mrs reyes is in room fourteen and when i visited on sunday the carer said shes hardly eating anything at meals and i cant stop thinking about it and nobodys rung me since"),
        ("A", "mm hmm", {"at_start": 6.0, "tag": "bc"}),
        ("A", "oh im sorry youre worried", {"gap": 0.4}),
        ("C", "i just want to know whats happening with her and whether the doctor has seen her or not"),
        ("A", "so youre worried your mums not eating and youd like an update on her from the nurses", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "yes please"),
        ("A", "mrs reyes is on the garden unit and the nurse in charge today is sister moyo"),
        ("C", "can i talk to her"),
        ("A", "yes ill put you through to sister moyo on the garden unit now because shes the one who can tell you how your mums been eating"),
        ("C", "thank you"),
        ("A", "putting you through"),
    ],
)

call(
    "h9-19-student-loan-wrong-deduction",
    industry="student loans",
    style="clean, punctuated",
    words=False,
    exercises="'Hello, you've reached Student Finance Direct, this is Omar, how can I help?' full greeting; a wrong salary deduction as a plain fact, no empathy; the agent reads the plan and threshold back (account read-back, not a paraphrase); 'We can't refund it over the phone.' with nothing offered; name read off the account and used; untimed letter",
    labels=L("pass", "pass", "fail", "fail", "fail", "pass", "na", "na",
             "Reading back the plan type and threshold is an account read-back, not a restatement of the customer's request."),
    turns=[
        ("A", "Hello, you've reached Student Finance Direct, this is Omar, how can I help?"),
        ("C", "Hi. My employer took forty pounds for my student loan this month, but I'm on reduced hours and I earn less than the threshold now."),
        ("A", "Can I take your customer reference number?"),
        ("C", "It's one two zero three eight eight four five."),
        ("A", "Thank you. That's Ms Katarzyna Novak, date of birth the second of August ninety-eight?"),
        ("C", "Yes."),
        ("A", "Your loan is Plan 2, the threshold is two thousand three hundred and sixty a month, and your employer reported two thousand four hundred for last month."),
        ("C", "That month had overtime in it. This month it's much less."),
        ("A", "We can't refund it over the phone.", {"tag": "neg"}),
        ("C", "So what happens?"),
        ("A", "If your pay stays under the threshold, nothing more will be taken, Ms Novak. You'll get a letter about any overpayment."),
        ("C", "Okay."),
        ("A", "Anything else I can help with today?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, goodbye."),
    ],
)

call(
    "h9-20-passport-urgent-travel",
    industry="passport office",
    style="ASR: lower-case, no punctuation, misheard name",
    words=False,
    exercises="'passport advice line thanks for calling this is ruth' has no offer to help; passport not arrived with a flight in eight days, 'that must be worrying'; paraphrase; hold asked with a reason and thanked; timed courier 'by friday'; name misheard ('dimmy trios'), never used",
    labels=L("fail", "pass", "pass", "pass", "pass", "fail", "pass", "na",
             "The greeting has salutation, organisation and name but no offer to help; the caller's name is given (misheard by the ASR) and never used."),
    turns=[
        ("A", "passport advice line thanks for calling this is ruth"),
        ("C", "hi yeah i applied for my passport renewal seven weeks ago and its still not here and i fly to athens on the ninth for my sisters wedding"),
        ("A", "oh that must be worrying with the trip so close can i take your name and the application number"),
        ("C", "dimmy trios papadakis and its p x four four seven one nine"),
        ("A", "so you applied seven weeks ago and you fly on the ninth and you want to know if the passport will arrive in time"),
        ("C", "yes or if i need to do something else"),
        ("A", "can i put you on hold while i check where the application is"),
        ("C", "okay"),
        ("A", "thanks for holding its been approved and its being printed now", {"gap": 31.0, "tag": "hold"}),
        ("C", "oh thank god"),
        ("A", "it will be couriered to you by friday so youll have it before the ninth"),
        ("C", "thats a relief"),
        ("A", "is there anything else i can help with"),
        ("C", "no thats everything"),
        ("A", "okay thanks for calling bye"),
    ],
)

call(
    "h9-21-theme-park-rides-closed",
    industry="theme park",
    style="clean with fillers",
    words=True,
    exercises="'Hi there, Thunder Cove, uh, Adventure Park, Ellie speaking, how can I help?' (filler inside the company name); a disappointing day stated as a complaint, 'Oh, I'm sorry, that's really disappointing'; agent cuts in 1.2 s with a bare refusal ('I can't refund tickets once they've been used.'), the free return offered only in a later turn; no paraphrase; timed email 'this afternoon'; never named; only 'Thanks for calling, bye'",
    labels=L("pass", "fail_or_pass", "pass", "fail", "pass", "na_or_fail", "na", "na",
             "The refusal cuts in 1.2 s early and offers nothing in that turn, so it is both an interruption and negative language."),
    turns=[
        ("A", "Hi there, Thunder Cove, uh, Adventure Park, Ellie speaking, how can I help?"),
        ("C", "Hi. We came on Saturday with the kids, it cost us nearly two hundred pounds for the four of us, and five of the big rides were shut all day, including the one my son had been talking about for months, and nobody told us at the gate."),
        ("A", "Oh, I'm sorry, that's really disappointing."),
        ("C", "It was. I want some of the money back, to be honest, because we didn't get what we paid for and the website said everything was open that morning."),
        ("A", "I can't refund tickets once they've been used.", {"at_end": 1.2, "tag": ["intr", "neg"]}),
        ("C", "Even when half the park's closed?"),
        ("A", "What I can offer is four free return tickets for any day this season."),
        ("C", "Well, I suppose the kids would like that."),
        ("A", "I'll email the tickets over to you this afternoon."),
        ("C", "Okay."),
        ("A", "Thanks for calling, bye."),
        ("C", "Bye."),
    ],
)

call(
    "h9-22-magazine-auto-renewal",
    industry="magazine subscription",
    style="clean, punctuated",
    words=False,
    exercises="'Good morning, Folio Subscriptions, this is Ben, how can I help?' full greeting; an unexpected sixty-pound renewal stated as a fact, never acknowledged; paraphrase; title + surname used; timed refund 'in three to five working days'; 'That's all done for you' is neither an offer of more help nor a goodbye",
    labels=L("pass", "fail", "fail", "pass", "pass", "pass", "na", "na",
             "An unexpected charge is a problem that affects the customer even when stated calmly; no acknowledgement, so empathy fails. The agent neither offers more help nor says goodbye."),
    turns=[
        ("A", "Good morning, Folio Subscriptions, this is Ben, how can I help?"),
        ("C", "Hello, I've been charged sixty pounds for another year of Coast and Country. I didn't know it renewed automatically."),
        ("A", "Can I take your surname and postcode?"),
        ("C", "Patel, B D eight, two Q R."),
        ("A", "Thanks, Mr Patel. I can see the renewal on the third."),
        ("C", "I don't read it any more, really."),
        ("A", "So you weren't expecting the subscription to roll over, and you'd like it cancelled and the sixty pounds back."),
        ("C", "Yes, please."),
        ("A", "I've cancelled it, and the refund will be back on your card in three to five working days."),
        ("C", "Great."),
        ("A", "That's all done for you."),
        ("C", "Brilliant, bye."),
    ],
)

call(
    "h9-23-meal-shakes-wrong-flavour",
    industry="meal replacement shakes",
    style="ASR: lower-case, no punctuation, clipped first word",
    words=False,
    exercises="'i fuelwell nutrition uh how can i help' (ASR clipped 'hi') has no agent name; wrong flavour delivered, 'ah sorry about that'; 'chocolate yeah' repeats one detail; name given, never used; untimed replacement; only 'anything else' at the end",
    labels=L("fail", "fail_or_pass", "pass", "fail", "fail", "fail", "na", "na",
             "'i fuelwell nutrition' is the ASR clipping 'hi' (salutation present), but there is no agent name, so the greeting fails anyway."),
    turns=[
        ("A", "i fuelwell nutrition uh how can i help"),
        ("C", "hiya its kieran walsh i ordered the chocolate shakes and youve sent me a whole box of banana which i cant stand"),
        ("A", "ah sorry about that"),
        ("C", "its order five five nine three"),
        ("A", "chocolate yeah"),
        ("C", "yeah the big box the twenty eight pack"),
        ("A", "ive found it the warehouse picked the wrong one"),
        ("C", "what do i do with the banana ones"),
        ("A", "keep them or give them away we dont need them back"),
        ("A", "ill send the right ones out"),
        ("C", "okay cheers"),
        ("A", "anything else"),
        ("C", "no thats it"),
    ],
)

call(
    "h9-24-car-wash-broken-mirror",
    industry="car wash",
    style="clean, punctuated",
    words=False,
    exercises="'Hello, Sparkle Bay Car Wash, how can I help?' has no agent name; an angry customer with a broken wing mirror, no empathy; 'Calm down, please.'; 'That's not my department, you have to fill in the claim form.'; no paraphrase; unexplained transfer ending the call; never named",
    labels=L("fail", "na_or_fail", "fail", "fail", "na", "na_or_fail", "na", "fail",
             "The transfer ('I'll transfer you') says neither where nor why, and the call ends in it, so closing is na_or_fail."),
    turns=[
        ("A", "Hello, Sparkle Bay Car Wash, how can I help?"),
        ("C", "Your automatic wash has just ripped the wing mirror off my car! I'm sitting in your car park with it in my hand!"),
        ("A", "Which site are you at?"),
        ("C", "The one on the ring road. And nobody here will help me!"),
        ("A", "Calm down, please.", {"tag": "neg"}),
        ("C", "Don't tell me to calm down, it's a brand new car!"),
        ("A", "That's not my department, you have to fill in the claim form.", {"tag": "neg"}),
        ("C", "What claim form? Nobody's given me a form."),
        ("A", "I'll transfer you."),
        ("C", "Fine."),
        ("A", "Hold the line."),
        ("C", "Whatever."),
    ],
)

call(
    "h9-25-it-helpdesk-locked-out",
    industry="IT helpdesk (internal)",
    style="clean, punctuated",
    words=True,
    exercises="'Hi, IT Service Desk, this is Raj, what can I do for you?' full greeting (the service desk is the organisation); lock-out with a payroll deadline, 'Oh, that's stressful with a deadline'; name read off the staff record and used; paraphrase; agent cuts in 0.65 s; hold announced with a reason and thanked; timed text 'in the next two minutes'",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
             "The lock-out matters to her because of a noon payroll deadline ('I'm a bit stuck'), and the agent acknowledges it."),
    turns=[
        ("A", "Hi, IT Service Desk, this is Raj, what can I do for you?"),
        ("C", "Hi, I changed my password this morning when it asked me to, and now it won't let me log in at all, it just says the account is locked, and I've got the payroll run due by twelve, so I'm a bit stuck. My staff number is four four eight one two."),
        ("A", "Oh, that's stressful with a deadline. Is that Lena Fischer in Finance?"),
        ("C", "Yes."),
        ("A", "So you changed your password when prompted and now the account's locked and you need it unlocked and reset.", {"gap": 0.5}),
        ("C", "Yes, that's right, and I think I typed the old one a few times on my phone before I remembered, so that might be why it locked."),
        ("A", "That'll be it, the phone keeps trying the old one.", {"at_end": 0.65, "tag": "intr"}),
        ("C", "Ah."),
        ("A", "I'm going to unlock the account and set a temporary password, it takes a few seconds, one moment."),
        ("C", "Sure."),
        ("A", "Thanks for bearing with me, Lena. That's unlocked.", {"gap": 11.5, "tag": "hold"}),
        ("A", "You'll get a text with a temporary password in the next two minutes. Update the password on your phone too."),
        ("C", "Will do."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's great."),
        ("A", "Cheers, Lena, bye."),
    ],
)

call(
    "h9-26-ev-charger-cut-out",
    industry="electric vehicle charging",
    style="ASR: lower-case, no punctuation, clipped salutation, garbled closing",
    words=False,
    exercises="'ank you for calling voltway charging my names jude how can i help' (ASR clipped 'thank'); charger stopped halfway and billed in full, 'oh thats annoying sorry'; paraphrase; 'i dont know why it does that'; timed credit 'within twenty four hours'; never named; garbled 'any thing elts'",
    labels=L("pass", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na",
             "'ank you for calling' is the ASR clipping 'thank you for calling' and counts as the salutation; 'any thing elts' is read as 'anything else'."),
    turns=[
        ("A", "ank you for calling voltway charging my names jude how can i help"),
        ("C", "hi im at the charger at the birchley services and it stopped at forty percent and the app says ive been charged for the full session"),
        ("A", "oh thats annoying sorry whats the charger number on the front"),
        ("C", "b l two oh six"),
        ("A", "so the charger cut out at forty percent but you still got billed for a full charge"),
        ("C", "yeah and now im stuck here"),
        ("A", "i dont know why it does that", {"tag": "neg"}),
        ("C", "well can you restart it"),
        ("A", "yep ive restarted it you can plug back in now"),
        ("C", "okay its going"),
        ("A", "and the overcharge will show as a credit on the app within twenty four hours"),
        ("C", "okay"),
        ("A", "is there any thing elts i can do"),
        ("C", "no thats it"),
        ("A", "okay thanks for calling bye"),
    ],
)

call(
    "h9-27-pest-control-mice",
    industry="pest control",
    style="clean, punctuated",
    words=True,
    exercises="'Morning, this is Vermex Pest Control, how can I help?' names the company after 'this is', no agent name; mice in the kitchen with a baby at home, 'Oh, that's horrible, especially with a little one'; agent cuts in 0.75 s; no paraphrase; timed visit 'on Wednesday'; title + surname used; agent offers more help but never thanks or says goodbye",
    labels=L("fail", "fail_or_pass", "pass", "fail", "pass", "pass", "na", "na",
             "'Vermex Pest Control' after 'this is' is the company; the agent never gives a name. The customer says goodbye, the agent does not."),
    turns=[
        ("A", "Morning, this is Vermex Pest Control, how can I help?"),
        ("C", "Hi, I've got mice in the kitchen. I've seen droppings behind the cooker and in the cupboard with the baby's bottles, and I heard scratching under the floor last night, and I've got a six month old so I need it sorted quickly."),
        ("A", "Oh, that's horrible, especially with a little one.", {"at_end": 0.75, "tag": "intr"}),
        ("C", "It really is. I've thrown out half the food in the house."),
        ("A", "Can I take your name and address?"),
        ("C", "Mrs Whitlock, forty-one Marsh Lane."),
        ("A", "Thanks, Mrs Whitlock. Do you have any other pets?"),
        ("C", "No, just us."),
        ("A", "Our technician will come on Wednesday morning to set bait boxes and block the gaps."),
        ("C", "Wednesday's fine."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, bye."),
    ],
)

call(
    "h9-28-dog-groomer-booking",
    industry="dog grooming",
    style="clean, punctuated",
    words=False,
    exercises="'Hiya, Waggy Tails Grooming, it's Sam, how can I help?' full greeting ('it's Sam' as the name); routine booking (empathy na); paraphrase; first name used; timed reminder 'the day before'",
    labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
             "The agent uses both the dog's name and the customer's; only the customer's counts, and it is used."),
    turns=[
        ("A", "Hiya, Waggy Tails Grooming, it's Sam, how can I help?"),
        ("C", "Hi, it's Jess. I'd like to book Bella in for a full groom, a bath and a trim, sometime on Saturday morning if you've got anything."),
        ("A", "Hi Jess. Is Bella the spaniel?"),
        ("C", "That's her."),
        ("A", "So you'd like Bella in for the full bath and trim, on a Saturday morning."),
        ("C", "Yes, please."),
        ("A", "I've got nine thirty or eleven."),
        ("C", "Nine thirty, please."),
        ("A", "Lovely, she's booked. I'll text you a reminder the day before."),
        ("C", "Perfect."),
        ("A", "Anything else I can do for you, Jess?"),
        ("C", "No, that's it."),
        ("A", "See you Saturday, bye."),
    ],
)

call(
    "h9-29-dry-cleaner-shrunk-coat",
    industry="dry cleaner",
    style="clean, punctuated",
    words=False,
    exercises="'Good afternoon, Pressed Perfect, Nadia speaking.' has no offer to help; a shrunk coat and upset customer, no empathy; 'I can't do anything about that.'; 'You'll need to bring the receipt in' borderline; no paraphrase; title + surname given, never used; untimed manager callback; bare 'Bye.'",
    labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na",
             "Only a bare 'Bye.' closes the call, with no offer of further help: fail_or_pass."),
    turns=[
        ("A", "Good afternoon, Pressed Perfect, Nadia speaking."),
        ("C", "Hello, this is Mr Quayle. I picked up my wool coat this morning and it's shrunk at least two sizes. It was my late father's and I'm really upset about it."),
        ("A", "What was the ticket number?"),
        ("C", "Three one seven."),
        ("A", "It says here the care label said dry clean only and we dry cleaned it."),
        ("C", "Well, it didn't go in that size."),
        ("A", "I can't do anything about that.", {"tag": "neg"}),
        ("C", "Then who can?"),
        ("A", "You'll need to bring the receipt in with the coat.", {"tag": "neg_opt"}),
        ("C", "And then what?"),
        ("A", "The manager will call you back."),
        ("C", "Right."),
        ("A", "Bye."),
    ],
)

call(
    "h9-30-language-school-class-change",
    industry="language school",
    style="clean with fillers",
    words=True,
    exercises="'Hello, Lingua Bridge, um, Tomás speaking, how can I help today?' full greeting; routine class change (empathy na); paraphrase; agent starts 0.4 s early (not an interruption); customer cuts in on the agent; first name used; transfer naming the registrar and why, ending the call",
    labels=L("pass", "na_or_fail", "na", "pass", "na", "pass", "na", "pass",
             "The agent's 0.4 s early start overlaps by less than 0.5 s, so it is not an interruption."),
    turns=[
        ("A", "Hello, Lingua Bridge, um, Tomás speaking, how can I help today?"),
        ("C", "Hi, I'm Yuki Tanaka, I'm on the Tuesday evening intermediate Spanish class, and my work shifts have changed so I'd like to move to a daytime class."),
        ("A", "Okay, Yuki, so you want to switch from Tuesday evenings to a daytime intermediate class.", {"at_end": 0.4}),
        ("C", "Yes. Is there one?"),
        ("A", "There's a Thursday morning group at the same level, ten till twelve."),
        ("C", "That would work, yes.", {"at_end": 0.8}),
        ("A", "Class changes are done by our registrar, though."),
        ("C", "Oh, okay."),
        ("A", "I'll put you through to Greta, our registrar, because she makes the class changes and can check there's a seat on Thursdays."),
        ("C", "Thank you."),
        ("A", "Just a second, Yuki."),
        ("C", "Okay."),
    ],
)

call(
    "h9-31-marina-berth-fees",
    industry="marina berthing",
    style="clean, punctuated",
    words=False,
    exercises="'Morning, this is Hamble Reach Marina, how can I help?' names the company after 'this is', no agent name; routine fees question (empathy na); the berth record read back (not a paraphrase); name read off the account and used; timed invoice 'today'; the agent ends with 'that's on its way to you then', no offer and no goodbye",
    labels=L("fail", "fail", "na", "fail", "pass", "pass", "na", "na",
             "The agent reads back the berth record (berth, fee, payment method), which is an account read-back, not a restatement of the request."),
    turns=[
        ("A", "Morning, this is Hamble Reach Marina, how can I help?"),
        ("C", "Hi, I've got a yacht on one of your pontoons and I need a copy of this year's berthing invoice for my accountant."),
        ("A", "Which berth is it?"),
        ("C", "C twelve."),
        ("A", "That's Mr Declan Gallagher, berth C twelve, annual fee four thousand two hundred, paid by direct debit in ten instalments."),
        ("C", "That's me."),
        ("A", "And it's the full year's invoice you need, or just the instalments paid so far?"),
        ("C", "The full year, please."),
        ("A", "No problem, Mr Gallagher. I'll email you the invoice today."),
        ("C", "To the address you've got on file is fine."),
        ("A", "Right, that's on its way to you then."),
        ("C", "Cheers, bye."),
    ],
)

call(
    "h9-32-kitchen-worktops-delayed",
    industry="kitchen fitter",
    style="clean, punctuated",
    words=False,
    exercises="'Hello, Oakline Kitchens, you're through to Stuart, how can I help?' full greeting; three weeks without a kitchen, never acknowledged; paraphrase; hold asked with a reason, no thanks; one timed and one untimed commitment; title + surname used; only 'Anything else?'",
    labels=L("pass", "fail_or_pass", "fail", "pass", "fail", "pass", "fail", "na",
             "The worktop delivery is timed ('next Tuesday') but 'we'll be in touch about the fitting' is not, so follow-up fails."),
    turns=[
        ("A", "Hello, Oakline Kitchens, you're through to Stuart, how can I help?"),
        ("C", "Hi, it's Mrs Doyle. Your fitters took our old kitchen out three weeks ago and we still haven't got worktops, so there's no sink and we're washing up in the bath."),
        ("A", "So the worktops still haven't come and you want to know when the fitting can be finished."),
        ("C", "Yes. Nobody tells us anything."),
        ("A", "Let me check with the warehouse. Can you hold for a minute?"),
        ("C", "Okay."),
        ("A", "Right, the worktops are due into the warehouse next Tuesday.", {"gap": 22.0, "tag": "hold"}),
        ("C", "And then?"),
        ("A", "We'll be in touch about the fitting, Mrs Doyle."),
        ("C", "That's not much of an answer."),
        ("A", "It depends on the fitters' diary."),
        ("C", "Fine."),
        ("A", "Anything else?"),
        ("C", "No."),
    ],
)

call(
    "h9-33-hot-tub-not-heating",
    industry="hot tub servicing",
    style="ASR: lower-case, no punctuation, garbled closing",
    words=True,
    exercises="'hi uh aquaheat hot tubs uh youre speaking to lewis what can i do for you' full greeting with two fillers; hot tub stone cold before a party, 'ah no not before the weekend'; backchannel 'yeah' inside the long turn; agent cuts in 0.85 s and later exactly 0.5 s (optional); no paraphrase; timed engineer 'tomorrow morning'; never named; garbled 'anythin else i could hel'",
    labels=L("pass", "pass", "pass", "fail", "pass", "na_or_fail", "na", "na",
             "Two overlapping agent turns: 0.85 s (an interruption) and exactly 0.5 s (optional)."),
    turns=[
        ("A", "hi uh aquaheat hot tubs uh youre speaking to lewis what can i do for you"),
        ("C", "hiya our hot tub has gone stone cold the display just says f l o and the pump is running but no heat at all and weve got fifteen people coming round on saturday for my husbands fortieth"),
        ("A", "yeah", {"at_start": 5.0, "tag": "bc"}),
        ("A", "ah no not before the weekend", {"gap": 0.5}),
        ("C", "i know i could cry honestly weve been looking forward to it for ages and the kids have invited their friends as well"),
        ("A", "f l o is a flow error its usually the filter", {"at_end": 0.85, "tag": "intr"}),
        ("C", "oh right ive not cleaned the filter in a while actually maybe a couple of months"),
        ("A", "give the filter a rinse first and see if that clears it", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "okay"),
        ("A", "if the rinse doesnt fix it an engineer will be with you tomorrow morning between nine and one"),
        ("C", "brilliant thank you"),
        ("A", "anythin else i could hel you with"),
        ("C", "no thats it"),
        ("A", "cheers bye"),
    ],
)

call(
    "h9-34-bowling-party-booking",
    industry="bowling alley",
    style="clean, punctuated",
    words=False,
    exercises="'Hi, Strike Zone Bowling, how can I help?' has no agent name; routine party booking (empathy na); 'No, Sunday's full.' bare refusal, Saturday offered only after the customer asks; paraphrase; first name used; untimed confirmation email",
    labels=L("fail", "pass", "na", "pass", "fail", "pass", "na", "na",
             "'No, Sunday's full.' refuses with nothing offered in that turn; Saturday only comes when the customer asks what else there is."),
    turns=[
        ("A", "Hi, Strike Zone Bowling, how can I help?"),
        ("C", "Hi, I'd like to book a kids' party for my son's tenth birthday, about twelve children, on Sunday the eighth."),
        ("A", "No, Sunday's full.", {"tag": "neg"}),
        ("C", "Oh. What else have you got that weekend?"),
        ("A", "Saturday the seventh has a two o'clock slot."),
        ("C", "That could work. The name's Chloe Barnes."),
        ("A", "Thanks, Chloe. So that's a party for twelve ten-year-olds, bowling and food, on Saturday the seventh at two."),
        ("C", "Yes, with the pizza package."),
        ("A", "Done. I'll email you the booking confirmation."),
        ("C", "Thanks."),
        ("A", "Anything else I can help with, Chloe?"),
        ("C", "No, that's all."),
        ("A", "Thanks for booking, bye."),
    ],
)

call(
    "h9-35-water-cooler-leaking-blind-transfer",
    industry="water cooler rental",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="'hello youve reached purespring water coolers my name is uh hollie how can i help' full greeting; leaking cooler stated as a fact, no empathy; paraphrase; first name given, never used; blind transfer ('hold on ill pass you over') ending the call",
    labels=L("pass", "na_or_fail", "fail", "pass", "na", "fail", "na", "fail",
             "'hold on ill pass you over' is a transfer with neither where nor why, not a hold: hold na, transfer fail."),
    turns=[
        ("A", "hello youve reached purespring water coolers my name is uh hollie how can i help"),
        ("C", "hi its dan from marsh and co accountants the cooler in our office is leaking all over the carpet theres a puddle round it every morning"),
        ("A", "whats the account number"),
        ("C", "m c four one one"),
        ("A", "so the cooler in your office is leaking onto the floor and you want it swapped or fixed"),
        ("C", "yeah swapped ideally"),
        ("A", "is it the tap or underneath"),
        ("C", "underneath i think"),
        ("A", "okay"),
        ("C", "so can you swap it"),
        ("A", "hold on ill pass you over"),
        ("C", "okay"),
    ],
)

call(
    "h9-36-blinds-appointment-rearrange",
    industry="made-to-measure blinds",
    style="clean, punctuated",
    words=False,
    exercises="'Good afternoon, Penrose and Vale, Sophie speaking, how can I help?' full greeting; routine rearrangement (empathy na); a customer-caused 13 s wait finding her diary (hold na); completion report, not a paraphrase; 'the fitter will ring before he comes' with no time; title + surname used",
    labels=L("pass", "pass", "na", "fail", "fail", "pass", "na", "na",
             "The 13 s silence is the customer finding her diary, so it is not an agent hold (na)."),
    turns=[
        ("A", "Good afternoon, Penrose and Vale, Sophie speaking, how can I help?"),
        ("C", "Hello, it's Mrs Achebe. I've got someone coming to measure for blinds on Thursday and I need to change it."),
        ("A", "Of course, Mrs Achebe. When suits you better?"),
        ("C", "Let me find my diary, one second."),
        ("C", "Right, sorry. Any day next week except Wednesday.", {"gap": 13.0, "tag": "wait"}),
        ("A", "I've got Monday at ten or Friday at two."),
        ("C", "Monday at ten."),
        ("A", "I've moved you to Monday at ten."),
        ("A", "The fitter will ring you before he comes."),
        ("C", "Lovely."),
        ("A", "Is there anything else I can help with, Mrs Achebe?"),
        ("C", "No, that's all, thank you."),
        ("A", "Thank you, goodbye."),
    ],
)


# ---------------------------------------------------------------------------
# README: who, when, make-up, label counts (computed), judgement calls.
# ---------------------------------------------------------------------------

JUDGEMENT_CALLS = [
    "Greeting, company after 'this is': 'Hello, this is InkDrop' (h9-02), 'Good morning, this is Harbourline "
    "Mortgages' (h9-08), 'Morning, this is Vermex Pest Control' (h9-27) and 'Morning, this is Hamble Reach "
    "Marina' (h9-31) name the company, not the agent, so they fail. 'Penrose and Vale, Sophie speaking' "
    "(h9-36), 'Waggy Tails Grooming, it's Sam' (h9-28), 'IT Service Desk, this is Raj' (h9-25, an internal "
    "service desk is the organisation) and 'you've reached Orbitview, um, my name's Callum' (h9-04) pass.",
    "Greeting, missing parts: no agent name (h9-05 'recycling collections', h9-12, h9-15, h9-24, h9-34); no "
    "offer to help (h9-20 'passport advice line thanks for calling this is ruth', h9-29 'Nadia speaking.'). "
    "Fillers inside greetings ('youre through to uh dev', 'Thunder Cove, uh, Adventure Park', 'hi uh "
    "aquaheat hot tubs uh youre speaking to lewis') do not break them. ASR damage: 'ank you for calling' "
    "(h9-26) is a clipped 'thank you for calling' and counts as the salutation; 'i fuelwell nutrition' "
    "(h9-23) is a clipped 'hi', but that greeting has no agent name and fails anyway; 'metro link passes' "
    "(h9-07) is the company split by the ASR.",
    "Closing: 'Anything else?' / 'anything else' / 'Is there anything else I can help with?' with no thanks "
    "or goodbye from the agent (h9-02, h9-23, h9-27 where only the customer says bye, h9-32) and a goodbye "
    "with no offer ('okay bye' h9-09, 'lovely thanks bye' h9-11, 'Thanks for calling, bye' h9-21, 'Bye.' "
    "h9-29) are fail_or_pass. h9-15 ('That's all sorted then'), h9-22 ('That's all done for you') and h9-31 ('Right, that's on its way to you then') end with neither, only the customer's goodbye: fail. "
    "Calls ending in a transfer (h9-12, h9-18, h9-24, h9-30, h9-35) are na_or_fail. Garbled offers ('any "
    "thing else i can el you with', 'is there any thing elts i can do', 'anythin else i could hel you with') "
    "are read as what was said.",
    "Personalization: only the customer's own name counts. h9-18 uses the resident's name ('mrs reyes') but "
    "never the caller's ('carmen'): fail. h9-28 uses both the dog's and the customer's name: pass. A name "
    "read off the account counts as given: used afterwards (h9-10 'Mrs Adebayo', h9-19 'Ms Novak', h9-25 "
    "'Lena', h9-31 'Mr Gallagher') passes; read out once to check identity and never used (h9-02 'Mr Gareth "
    "Lyle') fails. Spelled names ('r o w a n', h9-03; 'P E N H A L I G O N', h9-01) and an ASR-misheard "
    "name used correctly ('shiv on kelly' then 'siobhan', h9-07) pass; the misheard 'dimmy trios' (h9-20) "
    "is never used (fail). h9-11 mentions a daughter but no name ever appears (na_or_fail).",
    "Paraphrase: read-backs of account or policy details are not restatements: the student-loan plan and "
    "threshold (h9-19), the berth record (h9-31). Completion reports ('I've cancelled the plan' h9-02, "
    "'That's changed to the first' h9-15, 'I've moved you to Monday at ten' h9-36) are not either. 'Since "
    "Saturday?' (h9-04) and 'chocolate yeah' (h9-23) repeat one detail. Empathy remarks that name the "
    "problem ('ah no not before the weekend' h9-33, 'that's really disappointing' h9-21) are not "
    "restatements. Restatements in other words pass with or without a cue ('so youve lost your annual "
    "pass and you need a replacement quickly', 'you weren't expecting the subscription to roll over'); a "
    "paraphrase that cuts in is still a paraphrase (h9-01, h9-07, h9-18, h9-30).",
    "Empathy: brief acknowledgements count ('ah thats rubbish sorry' h9-03, 'oh no thats a pain' h9-07, "
    "'ah sorry about that' h9-23, 'oh thats annoying sorry' h9-26, 'Oh no, I'm so sorry' h9-01, 'Oh, that's stressful with a deadline' h9-25). Problems "
    "stated as plain facts still need acknowledging: no signal (h9-04), an unexpected renewal charge "
    "(h9-22), a wrong deduction (h9-19), dead plants (h9-13), a leaking cooler (h9-35): all fail. Open "
    "annoyance or upset met with business only (h9-05, h9-09, h9-24, h9-29, h9-32) fails. Routine requests "
    "(cancellation, sailing change, tuning booking, payment date, grooming, invoice, class change, "
    "party booking, rearranging) are na.",
    "Follow-up: a vague commitment after a timed one fails the call ('We'll be in touch about the fitting' "
    "h9-32, 'You'll get a letter' h9-19). 'You'll get a confirmation email' (h9-02), 'Someone will be in "
    "touch' (h9-04), 'An adviser will call you back' (h9-08), 'ill send the right ones out' (h9-23), 'The "
    "manager will call you back' (h9-29), 'I'll email you the booking confirmation' (h9-34) and 'The fitter "
    "will ring you before he comes' (h9-36, relative to an event, not a time) fail. 'by four o'clock "
    "today', 'thursday between eight and twelve', 'within the hour', 'this afternoon', 'within twenty four "
    "hours', 'the day before' (the booked Saturday), 'tomorrow morning between nine and one' are times. "
    "Completed actions ('That's changed to the first', 'ive restarted it') and 'I'll put you through' are "
    "not commitments (h9-09, h9-12, h9-15, h9-18, h9-24, h9-30, h9-35: na).",
    "Hold: asked or announced with a reason and thanked afterwards passes (h9-03, h9-10, h9-20, h9-25 "
    "'one moment' with the reason given, 11.5 s). 'Can I put you on hold while I check the car deck' with "
    "no thanks after 27 s (h9-06) and 'Can you hold for a minute?' with no thanks (h9-32) fail; 'Hold on.' "
    "with no reason and no thanks (h9-17) and an unannounced 16 s silence (h9-14) fail. The 13 s while the "
    "customer finds her diary (h9-36) is na. 'hold on ill pass you over' (h9-35) and 'Hold the line.' "
    "(h9-24) are transfers with no silence, not holds.",
    "Transfer: pass when the agent names where and why (h9-12 Helen the conveyancer for an update, h9-18 "
    "sister moyo for how the mother is eating, h9-30 Greta the registrar who makes class changes). 'I'll "
    "transfer you.' (h9-24) and 'hold on ill pass you over' (h9-35) give neither: fail.",
    "Negative language: 'I don't know where the file is up to' (h9-12), 'I don't know why it's doing that' "
    "(h9-04), 'i dont know why it does that' (h9-26); 'its our policy...' and 'theres nothing i can do' "
    "(h9-09); 'Calm down, please.' and 'That's not my department, you have to fill in the claim form.' "
    "(h9-24); 'I can't do anything about that.' (h9-29). Refusals with nothing offered in the same turn are "
    "negative even when an alternative follows in a later turn ('No, we can't refund those.' h9-02 and "
    "h9-13, 'I can't refund tickets once they've been used.' h9-21, 'We can't refund it over the phone.' "
    "h9-19, 'No, Sunday's full.' h9-34). 'No, this month's payment has already gone, so...' (h9-15) answers "
    "a question and helps; 'No problem' (h9-31) is not negative.",
    "Optional negative language: 'youll need to put it out by seven' (h9-05), 'youll need to pay a ten "
    "pound fee' (h9-07), 'you'll need to turn the water off at the stopcock' (h9-16) and 'You'll need to "
    "bring the receipt in' (h9-29) are neutral instructions in the rubric's borderline class. 'Update the "
    "password on your phone too' (h9-25) is advice, not listed.",
    "Interruptions: an agent start 0.55 s or more before the customer stops, not a backchannel, is an "
    "interruption (0.55 s h9-13, 0.6 s h9-04, 0.65 s h9-25, 0.75 s h9-27, 0.8 s h9-01, 0.85 s h9-33, 0.9 s "
    "h9-16, 1.0 s h9-10, 1.2 s h9-21), including helpful or empathetic cut-ins (h9-16 safety instruction, "
    "h9-27 'Oh, that's horrible'); exactly 0.5 s (h9-07, h9-18, h9-33) is optional; the 0.4 s early start "
    "in h9-30 is not an interruption. 'Mm-hmm', 'Okay', 'Right', 'mm hmm', 'yeah' inside a long customer "
    "turn are backchannels. Customers cutting in on the agent (h9-04, h9-13, h9-30) are not agent "
    "interruptions.",
]


def write_readme(built: list[tuple[dict, dict]], all_labels: dict) -> None:
    m = make_up(built)
    lines = [
        f"# holdout9: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session (an AI assistant started by the",
        "  project's main session), working only from `/work/shared/RUBRIC.md` (plus `docs/call-format.md`",
        "  for the file format, `tests/data/make_holdout8.py` for its turn builder, word timings and",
        "  self-checks, `tests/data/holdout8/README.md` for this layout and the industries to avoid, and one",
        "  entry of `tests/data/holdout8-labels.json` for the key structure; no holdout8 call, wording,",
        "  company or person was reused, and no industry of holdout7 or holdout8). It did not read",
        "  or run `nlp/`, `scorecards/`, `bench/`, `docs/detectors.md`, `tests/nlp/`, the other `tests/data`",
        "  sets' calls, `/work/shared/data/` or `/work/shared/eval/`, and no detector, scorer or `qa-service`",
        "  was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout9", when="2026-12-01")
    lines += [
        "## Make-up",
        "",
        f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries, none",
        "of them holdout7's or holdout8's: " + ", ".join(m.industries) + ".",
        f"{m.n_word_timed} calls carry word timings with genuine overlaps (agent cut-ins of 0.55-1.2 s, three on",
        "exactly 0.5 s, a 0.4 s early start, backchannels inside long customer turns, customers cutting in",
        f"on agents); {m.n_calls - m.n_word_timed} have utterance times only. {m.n_asr} calls are ASR-style (lower case,",
        "no punctuation, split, clipped or misheard words: \"metro link\", \"shiv on kelly\", \"dimmy trios\",",
        "\"mister o dowd\", \"ank you for calling\", \"i fuelwell\", \"any thing elts\", \"anythin else i could hel\",",
        "\"el you with\"). No company, agent or customer is configured anywhere: self-identification,",
        "names and the rest appear only in what is said.",
        "",
    ]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h9",
                                  seed_base=900)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}, labels to {LABELS_PATH} and {README_PATH}")


if __name__ == "__main__":
    main()
