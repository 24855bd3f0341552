"""Write the holdout20 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout20.py

Writes tests/data/holdout20/<call_id>.json, tests/data/holdout20-labels.json and
tests/data/holdout20/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout20"
LABELS_PATH = HERE / "holdout20-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 12.8, "tag": "hold"}
W = {"gap": 13.1, "tag": "wait"}

# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

# ---------------------------------------------------------------------------
# Word-timed calls (clean text with word timings and overlaps)
# ---------------------------------------------------------------------------

call("h20-01-card-declined-abroad", industry="credit card issuer", style=CLEAN, words=True,
     exercises="full greeting; declined card abroad; backchannel; empathy; restatement; timed text; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "The 'mm-hmm' inside her long turn is a backchannel; the text promise says 'in the next few minutes'."),
     turns=[
        ("A", "Hi, thanks for calling Larchmont Card Services, this is Devontae, how can I help you today?"),
        ("C", "Hi, yeah, I'm in Lisbon right now and my card got declined twice at a restaurant last night, it was really embarrassing and I've got no other card with me."),
        ("A", "Mm-hmm.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Oh, I'm sorry, that's a stressful spot to be in. Can I get your name please?"),
        ("C", "It's Priyanka Villalobos."),
        ("A", "Thank you, Priyanka. So your card's being declined overseas and you want it working again for the rest of the trip."),
        ("C", "Yes, exactly."),
        ("A", "I can see a fraud block from the first charge in Portugal. I've lifted it and added a travel note through the twentieth."),
        ("C", "Oh, great."),
        ("A", "You'll get a text confirming the travel note in the next few minutes."),
        ("C", "Perfect, thank you."),
        ("A", "Is there anything else I can help you with, Priyanka?"),
        ("C", "No, that's it."),
        ("A", "Enjoy the rest of your trip, and thanks for calling."),
     ])

call("h20-02-broadband-outage-cutin", industry="broadband provider", style=CLEAN, words=True,
     exercises="greeting without name; angry customer; agent cuts in; policy refusal; no empathy; untimed engineer",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "na_or_fail", "na", "na", "Agent takes the floor mid-complaint; 'an engineer will be in touch' has no time; closing only says bye."),
     turns=[
        ("A", "Hello, Fenwick Fibre, what can I do for you?"),
        ("C", "My internet's been down for three days, I work from home, I've rung twice already and every time I'm told it'll be fixed and it never is."),
        ("A", "What's the postcode there?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "LS6 4PQ. And I want compensation for this."),
        ("A", "It's our policy that compensation only starts after five days, so that's not something I can give you.", {"tag": "neg"}),
        ("C", "That's ridiculous."),
        ("A", "There's a fault on the street cabinet. An engineer will be in touch to sort it."),
        ("C", "When?"),
        ("A", "They go in order of the jobs."),
        ("C", "Right. Fine."),
        ("A", "Okay, bye then."),
        ("C", "Bye."),
     ])

call("h20-03-airline-seat-change", industry="airline", style=CLEAN, words=True,
     exercises="full greeting; routine seat change; customer cuts in on agent; paraphrase; email already sent; no future promise",
     labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "na", "The confirmation email is said to be already sent, so no future commitment; the customer's overlap on the agent is not an agent interruption."),
     turns=[
        ("A", "Good morning, Skyvale Airways, my name is Colette, how may I help you?"),
        ("C", "Morning, I'd like to move my seat on tomorrow's flight to Edinburgh, I'm stuck in the middle."),
        ("A", "Of course. May I have the booking reference and your surname?"),
        ("C", "KX4T9B, and it's Okonkwo, Chinedu Okonkwo."),
        ("A", "Thanks, Mr Okonkwo. So you'd like an aisle or window seat instead of the middle one on the flight to Edinburgh tomorrow", {}),
        ("C", "An aisle, please.", {"at_end": 0.6}),
        ("A", "There's 14C on the aisle, near the front."),
        ("C", "That'll do nicely."),
        ("A", "Done, you're in 14C, and I've just sent the updated boarding details to your email."),
        ("C", "Got it, thanks."),
        ("A", "Anything else I can help with this morning?"),
        ("C", "No, that's everything."),
        ("A", "Thank you for flying with Skyvale, have a good trip."),
     ])

call("h20-04-mobile-roaming-dispute", industry="mobile network", style=CLEAN, words=True,
     exercises="full greeting; wrong roaming charge; empathy; paraphrase; credit with time, dispute without; optional borderline instruction",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "The credit has a time frame but the 'we'll look into the rest' commitment does not; 'you'll need to switch off data roaming' is a neutral instruction, optional."),
     turns=[
        ("A", "Hiya, you're through to Pelham Mobile, I'm Rhys, how can I help?"),
        ("C", "Hi Rhys, I've been charged eighty quid for roaming in France but I had a travel add-on, so that shouldn't have happened."),
        ("A", "Ah, I'm sorry about that, that's a nasty surprise on a bill. Who am I speaking to?"),
        ("C", "Harriet Sowande."),
        ("A", "Thanks Harriet. So you had the add-on but you've still been billed eighty pounds for using your phone in France."),
        ("C", "That's right."),
        ("A", "The add-on covered the first week only, so forty of that is a mistake on our side. I'll put a forty pound credit on the account today."),
        ("C", "And the other forty?"),
        ("A", "I'll raise it with the billing team and we'll look into whether that can come off too."),
        ("C", "Okay."),
        ("A", "For the next trip, you'll need to switch off data roaming once the add-on ends.", {"tag": "neg_opt"}),
        ("C", "Noted."),
        ("A", "Is there anything else today, Harriet?"),
        ("C", "No, ta."),
        ("A", "Cheers for calling, bye."),
     ])

call("h20-05-shop-missing-parcel-transfer", industry="online shop", style=CLEAN, words=True,
     exercises="full greeting; missing parcel; empathy; transfer with destination and reason; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "The call ends in a transfer to the courier claims team with the reason given, so closing is na_or_fail."),
     turns=[
        ("A", "Hello, welcome to Brambleton Home, my name's Aisha, what can I do for you?"),
        ("C", "Hi, my order says delivered but there's nothing here, it was a birthday present for my daughter and her party's on Saturday."),
        ("A", "Oh no, that's awful timing. Could I have your name and order number?"),
        ("C", "Gemma Tolland, order 55172."),
        ("A", "Thanks Gemma. So the tracking shows delivered, but the parcel never reached you and you need it before Saturday."),
        ("C", "Yes, please."),
        ("A", "Missing deliveries go through our courier claims team, they can trace it and arrange a replacement."),
        ("C", "Okay, can you put me through?"),
        ("A", "Sure, I'm transferring you now to courier claims so they can trace the parcel and sort out the replacement."),
        ("C", "Thank you."),
        ("A", "You're welcome, one moment."),
        ("C", "Great."),
     ])

call("h20-06-bank-hold-good", industry="retail bank", style=CLEAN, words=True,
     exercises="full greeting; address change routine; hold with reason and thanks; letter with time; paraphrase; name used",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na", "Hold asked with reason and thanked afterwards; the letter is 'within seven working days'."),
     turns=[
        ("A", "Good afternoon, thank you for calling Harcastle Bank, you're speaking with Imogen, how can I help?"),
        ("C", "Hi, I've moved house and need to update my address."),
        ("A", "Certainly. Can I take your full name?"),
        ("C", "Malcolm Aberdeen-Reyes."),
        ("A", "Thank you, Malcolm. So you'd like your address changed on all your accounts with us."),
        ("C", "Yes, the current and the savings."),
        ("A", "Could I pop you on hold for a moment while I pull up both accounts?"),
        ("C", "Go ahead."),
        ("A", "Thanks for holding, Malcolm. Both are updated to 12 Quarry Lane.", H),
        ("C", "Lovely."),
        ("A", "A confirmation letter will come to the new address within seven working days."),
        ("C", "Great, thanks."),
        ("A", "Is there anything else I can help you with today?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling Harcastle, goodbye."),
     ])

call("h20-07-utility-bill-interrupt-optional", industry="energy supplier", style=CLEAN, words=True,
     exercises="greeting without company; high bill; empathy; one interruption and one optional; callback with time",
     labels=L("fail", "pass", "pass", "fail", "pass", "fail", "na", "na", "The first overlap is short and half backchannel ('right, so'), so optional; the second takes the floor. Name given but never used; 'call you back tomorrow morning' is timed."),
     turns=[
        ("A", "Morning, Jonah speaking, how can I help?"),
        ("C", "Hi, this is Beatriz Calloway, my gas bill has gone up to three hundred pounds this quarter and I've honestly not been using more, I'm really worried I can't afford it."),
        ("A", "Right, so", {"at_end": 0.52, "tag": "intr_opt"}),
        ("C", "And the meter reading they used looks wrong to me, it's way higher than what I can see on the meter in the cupboard right now."),
        ("A", "Can you read me the number on the meter?", {"at_end": 1.3, "tag": "intr"}),
        ("C", "Sorry, yes, 04417."),
        ("A", "I'm sorry, that's a big worry. That's well below the estimate we used."),
        ("C", "So it was an estimate?"),
        ("A", "Yes. I'll put your reading in and someone from billing will call you back tomorrow morning with the corrected bill."),
        ("C", "Okay, good."),
        ("A", "Anything else I can help with?"),
        ("C", "No, thank you."),
        ("A", "Thanks for calling, take care."),
     ])

call("h20-08-car-insurance-claim-silence", industry="car insurance", style=CLEAN, words=True,
     exercises="full greeting; accident; empathy; long silence after a reason; no thanks after; untimed claim handler",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "fail", "na", "The agent says what they are doing before the long silence but never thanks the customer after it, so fail; 'a claims handler will contact you' has no time."),
     turns=[
        ("A", "Hello, Oakridge Motor Insurance, my name is Fergus, how can I help you today?"),
        ("C", "Hi, someone drove into the back of me at a roundabout this morning. I'm okay but I'm quite shaken up."),
        ("A", "I'm really sorry to hear that, I'm glad you're not hurt. What's your name?"),
        ("C", "Lorraine Mbeki."),
        ("A", "Thanks, Lorraine. So you want to make a claim for the damage after the other driver hit you from behind."),
        ("C", "Yes, I've got their details."),
        ("A", "Okay, let me look up your policy."),
        ("A", "Right, the policy's active and you've got courtesy car cover.", H),
        ("C", "Oh, good."),
        ("A", "A claims handler will contact you to arrange the repair and the courtesy car."),
        ("C", "Alright."),
        ("A", "Is there anything else I can do for you?"),
        ("C", "No, that's it."),
        ("A", "Take care, Lorraine, bye."),
     ])

call("h20-09-streaming-cancel-dontknow", industry="video streaming", style=CLEAN, words=True,
     exercises="greeting no offer of help; cancellation; 'I don't know' refusal; no paraphrase; no close; timed refund",
     labels=L("fail", "fail", "fail", "fail", "pass", "na_or_fail", "na", "na", "'I don't know' about the double charge is negative; the refund 'within five days' is timed; call just stops with 'okay'. The customer is annoyed about being charged twice."),
     turns=[
        ("A", "Hi, StreamNest support, Kai here."),
        ("C", "Hi, I want to cancel, and also I've been charged twice this month, which is really annoying."),
        ("A", "Okay, let me see the account. Email address?"),
        ("C", "It's on the account, the one ending in outlook dot com."),
        ("A", "Got it."),
        ("C", "So why was I charged twice?"),
        ("A", "I don't know, it just shows two payments.", {"tag": "neg"}),
        ("C", "Well can I have one back?"),
        ("A", "Yeah, the second one will be refunded within five days, and the subscription is cancelled now."),
        ("C", "Fine."),
        ("A", "Okay."),
        ("C", "Okay, bye."),
     ])

call("h20-10-technician-booking-backchannels", industry="home security", style=CLEAN, words=True,
     exercises="full greeting; broken alarm panel; backchannels; empathy; paraphrase; technician timed; email untimed",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "Two backchannels inside his turn are not interruptions; the technician visit is timed but 'I'll email you the visit details' is not."),
     turns=[
        ("A", "Good evening, Castlegate Security, my name is Yusuf, how can I help?"),
        ("C", "Hi there, my alarm panel keeps beeping every few minutes, it's been going all day, I've tried resetting it and it just starts up again and it's driving us mad."),
        ("A", "Uh-huh.", {"at_start": 2.4, "tag": "bc"}),
        ("A", "I see.", {"at_start": 6.2, "tag": "bc"}),
        ("A", "Oh dear, that sounds maddening. Could I take your name?"),
        ("C", "Tobias Grennell."),
        ("A", "Thanks, Tobias. So the panel's beeping constantly and a reset hasn't stopped it."),
        ("C", "That's right."),
        ("A", "That's usually the backup battery. I've booked a technician for Thursday between nine and twelve."),
        ("C", "Brilliant."),
        ("A", "I'll email you the visit details as well."),
        ("C", "Thanks."),
        ("A", "Is there anything else I can help with, Tobias?"),
        ("C", "No, that's great."),
        ("A", "Thanks for calling Castlegate, good night."),
     ])

call("h20-11-pharmacy-calm-down", industry="online pharmacy", style=CLEAN, words=True,
     exercises="greeting no name; upset customer; 'calm down'; agent cut-in; later empathy; timed dispatch",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na", "'Calm down' is negative; the cut-in is an interruption; the empathy comes later but still after the problem."),
     turns=[
        ("A", "Good morning, MedLark Pharmacy, how can I help?"),
        ("C", "My prescription was meant to arrive on Monday, it's Thursday, I've run out of my blood pressure tablets and nobody is answering my emails, this is absolutely unacceptable."),
        ("A", "Okay, calm down, let me look.", {"at_end": 1.1, "tag": ["intr", "neg"]}),
        ("C", "Don't tell me to calm down."),
        ("A", "Sorry, you're right, that must be really worrying. What's your name?"),
        ("C", "Dolores Fairweather."),
        ("A", "Thank you, Dolores. So your blood pressure prescription hasn't arrived and you've run out."),
        ("C", "Yes."),
        ("A", "It was held for a pharmacist check. I've released it and it'll go out by special delivery today, arriving before one tomorrow."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks, Dolores, goodbye."),
     ])

call("h20-12-gym-transfer-no-reason", industry="gym membership", style=CLEAN, words=True,
     exercises="full greeting; routine upgrade; blind transfer without where or why; ends in transfer",
     labels=L("pass", "na_or_fail", "na", "fail", "na", "na_or_fail", "na", "fail", "Transfer with no destination or reason; the call ends in it."),
     turns=[
        ("A", "Hi, thanks for calling Ironleaf Gyms, I'm Bree, how can I help?"),
        ("C", "Hi, I'd like to upgrade my membership to the one that includes the pool."),
        ("A", "Okay."),
        ("C", "Is that something you can do?"),
        ("A", "Hang on, one sec."),
        ("C", "Sure."),
        ("A", "I'm just going to put you through."),
        ("C", "Oh, okay, to who?"),
        ("A", "Bear with me.", {}),
        ("C", "Alright."),
        ("A", "Putting you through now."),
        ("C", "Thanks."),
     ])

# ---------------------------------------------------------------------------
# ASR-style calls (lower case, no punctuation, fillers, numbers as words)
# ---------------------------------------------------------------------------

call("h20-13-asr-lost-debit-card", industry="retail bank", style=ASR, words=False,
     exercises="full greeting; lost card; empathy; paraphrase; card mailed with time; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "Numbers as words; 'three to five working days' is the time frame for the card."),
     turns=[
        ("A", "good morning thank you for calling bramwell building society my name is sinead how can i help"),
        ("C", "hi um i think i've lost my debit card i had it at the shops yesterday and now it's just gone"),
        ("A", "oh no i'm sorry to hear that can i take your name please"),
        ("C", "yeah it's uh callum ferraby"),
        ("A", "thanks callum so you've lost your debit card and you want it stopped and a new one sent out"),
        ("C", "yes please"),
        ("A", "okay i've cancelled the old card now so nobody can use it"),
        ("C", "okay good"),
        ("A", "and your new card will arrive in three to five working days with the pin coming separately a day or two after"),
        ("C", "brilliant thanks"),
        ("A", "is there anything else i can help with today callum"),
        ("C", "no that's everything"),
        ("A", "thanks for calling bye bye"),
     ])

call("h20-14-asr-phone-upgrade-casual", industry="mobile network", style=ASR, words=False,
     exercises="casual greeting missing name; routine upgrade; no paraphrase; untimed text; closing thanks only",
     labels=L("fail", "fail_or_pass", "na", "fail", "fail", "na_or_fail", "na", "na", "Greeting has no agent name; 'we'll text you' has no time; the close thanks but offers nothing further."),
     turns=[
        ("A", "hiya vantage mobile how can i help"),
        ("C", "hi yeah i'm due an upgrade i think and i wanted to see what phones i can get"),
        ("A", "yeah no worries what's the number on the account"),
        ("C", "oh seven seven double oh nine one two three four five six"),
        ("A", "lovely yeah you're out of contract so you can upgrade whenever"),
        ("C", "oh nice what've you got"),
        ("A", "so the new pixel's on offer at twenty eight a month or the iphone at thirty five"),
        ("C", "um i'll go for the pixel"),
        ("A", "sorted we'll text you the tracking once it's dispatched"),
        ("C", "cool"),
        ("A", "cheers for calling"),
        ("C", "bye"),
     ])

call("h20-15-asr-fraud-dispute", industry="credit card issuer", style=ASR, words=False,
     exercises="full greeting; fraud; empathy; paraphrase; dispute opened with time; new card untimed; name used",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "The dispute outcome has a time frame but 'we'll get a replacement card out to you' does not; mis-recognised 'fraud' as 'frawd' in one turn."),
     turns=[
        ("A", "hi you're through to northgate card services this is marcus how can i help you"),
        ("C", "hi there's three payments on my card i didn't make um some online gaming site i've never heard of and i'm really worried"),
        ("A", "i'm so sorry that must be really unsettling can i get your full name"),
        ("C", "it's anjali desai-morton"),
        ("A", "thank you anjali so there's three charges from a gaming site you don't recognise and you want them disputed"),
        ("C", "yes exactly"),
        ("A", "okay i've blocked the card and opened a frawd dispute for all three"),
        ("C", "okay"),
        ("A", "you'll get a decision on the dispute within ten business days"),
        ("C", "and a new card"),
        ("A", "yes we'll get a replacement card out to you"),
        ("C", "thanks"),
        ("A", "anything else i can help you with anjali"),
        ("C", "no that's it"),
        ("A", "okay thanks for calling take care"),
     ])

call("h20-16-asr-delivery-nothing-i-can-do", industry="online shop", style=ASR, words=False,
     exercises="greeting without name; late order; 'nothing I can do'; bare no; no empathy; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "fail", "na", "na", "'there's nothing i can do' and a bare 'no' both refuse with no alternative; name given but not used."),
     turns=[
        ("A", "hello quillfield online how can i help"),
        ("C", "hi my order was supposed to come on friday it's tuesday and i'm getting fed up to be honest"),
        ("A", "name and order number"),
        ("C", "uh nadia prescott and it's four four nine one two"),
        ("A", "it's with the courier"),
        ("C", "can you chase them or send another one"),
        ("A", "there's nothing i can do it's with the courier", {"tag": "neg"}),
        ("C", "can i get a refund then"),
        ("A", "no", {"tag": "neg"}),
        ("C", "right well that's great"),
        ("A", "mm"),
        ("C", "whatever"),
     ])

call("h20-17-asr-airline-refund-hold", industry="airline", style=ASR, words=False,
     exercises="full greeting; cancelled flight; hold asked with reason and thanks; refund timed; empathy; paraphrase",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "Hold asked with reason and thanked; 'seven to ten working days' timing on the refund; 'um' fillers throughout."),
     turns=[
        ("A", "good afternoon welcome to aurora air my name's tomasz how may i help"),
        ("C", "hi um my flight to malaga on saturday got cancelled and i want my money back"),
        ("A", "oh that's really disappointing i'm sorry could i take your name and booking reference"),
        ("C", "it's eleanor whitby and the reference is k nine four p r two"),
        ("A", "thank you eleanor so your saturday flight to malaga was cancelled and you'd like a full refund rather than rebooking"),
        ("C", "yes please"),
        ("A", "can i put you on a brief hold while i check the fare rules for the refund"),
        ("C", "yeah go on"),
        ("A", "thanks for waiting eleanor the full amount can go back to your card", H),
        ("C", "great"),
        ("A", "i've put that through and it'll be back on your card in seven to ten working days"),
        ("C", "perfect"),
        ("A", "is there anything else i can help you with"),
        ("C", "no thank you"),
        ("A", "thank you for calling aurora air goodbye"),
     ])

call("h20-18-asr-council-bin-customer-wait", industry="local council", style=ASR, words=False,
     exercises="full greeting; missed bin collection; customer-caused silence; empathy fail; collection untimed",
     labels=L("pass", "pass", "fail", "pass", "fail", "pass", "na", "na", "The long silence is the customer fetching a letter, so hold is na; customer annoyed by the missed bin but no empathy; 'the crew will come back for it' has no time."),
     turns=[
        ("A", "morning hollinsford council you're speaking to gareth how can i help"),
        ("C", "hi my bins have been missed again for the second week running it's really annoying there's rubbish piling up"),
        ("A", "okay can i take your name and the address"),
        ("C", "it's veronica hale one hundred and two ashdown road"),
        ("A", "and do you have the collection reference from the letter"),
        ("C", "hang on let me find it"),
        ("C", "right here it is r one seven seven two", W),
        ("A", "thanks veronica so your general waste bin was missed two weeks in a row and you want it collected"),
        ("C", "yeah"),
        ("A", "i've logged it and the crew will come back for it"),
        ("C", "okay"),
        ("A", "anything else i can help with"),
        ("C", "no"),
        ("A", "thanks bye"),
     ])

call("h20-19-asr-broadband-escalation", industry="broadband provider", style=ASR, words=False,
     exercises="full greeting; repeated fault; empathy; escalation with time; limit stated with alternative; name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'i can't send an engineer today but what i can do is' is a limit with an alternative, not negative; escalation promised 'within forty eight hours'."),
     turns=[
        ("A", "hi there thanks for calling kestrel broadband my name is oluwaseun what can i do for you"),
        ("C", "hi um my connection keeps dropping out like ten times a day and i've called about it before it's so frustrating"),
        ("A", "i completely understand how frustrating that is especially when you've already called can i get your name"),
        ("C", "yeah it's dominic starling"),
        ("A", "thanks dominic so the line keeps dropping several times a day and the earlier fixes haven't worked"),
        ("C", "exactly"),
        ("A", "i can't send an engineer today but what i can do is escalate it right now to our network team as a repeat fault"),
        ("C", "okay"),
        ("A", "they'll call you within forty eight hours to book the visit"),
        ("C", "alright thanks"),
        ("A", "is there anything else i can help you with dominic"),
        ("C", "nope"),
        ("A", "thanks for your patience take care bye"),
     ])

call("h20-20-asr-insurance-transfer-good", industry="home insurance", style=ASR, words=False,
     exercises="greeting missing offer; burst pipe; empathy; transfer with where and why; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "fail", "na", "pass", "na", "pass", "Transfer says it is to the claims team because it's an emergency; call ends there. Greeting has no offer to help."),
     turns=[
        ("A", "hello ashworth home insurance you're through to priya"),
        ("C", "hi a pipe's burst in my kitchen there's water everywhere and i don't know what to do"),
        ("A", "oh gosh that sounds awful are you safe is the water turned off"),
        ("C", "yeah i turned it off at the stopcock"),
        ("A", "good can i take your name"),
        ("C", "uh it's bernard osei"),
        ("A", "thanks bernard i'm going to transfer you to our emergency claims team because they handle emergency call-outs"),
        ("C", "okay thank you"),
        ("A", "putting you through to emergency claims now bernard"),
        ("C", "cheers"),
        ("A", "you're welcome"),
        ("C", "hello"),
     ])

call("h20-21-asr-mobile-contract-policy", industry="mobile network", style=ASR, words=False,
     exercises="full greeting; early cancellation; policy refusal then alternative; 'you have to' demand; letter untimed",
     labels=L("pass", "pass", "fail", "fail", "fail", "pass", "na", "na", "'it's our policy' refusal with no alternative is negative; 'you have to pay' is a demand; the later letter is untimed. The customer's job loss is a personal problem with no empathy shown."),
     turns=[
        ("A", "good evening lumen mobile my name's craig how can i help"),
        ("C", "hi i've lost my job and i need to cancel my contract i just can't afford it anymore"),
        ("A", "okay can i have your name"),
        ("C", "shona mcallister"),
        ("A", "right shona you've got eleven months left"),
        ("C", "can you waive the fee"),
        ("A", "it's our policy we don't waive early termination fees", {"tag": "neg"}),
        ("C", "not even in my situation"),
        ("A", "you have to pay the remaining months if you cancel", {"tag": "neg"}),
        ("C", "fine just cancel it"),
        ("A", "okay we'll send you a letter with the final balance"),
        ("C", "okay"),
        ("A", "anything else"),
        ("C", "no"),
        ("A", "thanks for calling bye"),
     ])

call("h20-22-asr-dentist-reschedule", industry="dental practice", style=ASR, words=False,
     exercises="full greeting; routine reschedule; paraphrase; reminder text timed; name used; backchannel-free",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "Routine request so empathy na; 'the day before' is the time frame for the reminder text."),
     turns=[
        ("A", "hello thank you for calling maple street dental this is fiona how can i help"),
        ("C", "hi i've got a check-up on wednesday but i need to move it sorry"),
        ("A", "no problem at all what's your name"),
        ("C", "it's rashid anwar"),
        ("A", "thanks rashid so you'd like to move wednesday's check-up to another day"),
        ("C", "yeah ideally next week"),
        ("A", "i've got tuesday at ten fifteen or thursday at four"),
        ("C", "thursday at four please"),
        ("A", "lovely that's booked and we'll send you a reminder text the day before"),
        ("C", "great"),
        ("A", "is there anything else i can do for you rashid"),
        ("C", "no that's all"),
        ("A", "thanks rashid see you thursday bye"),
     ])

call("h20-23-asr-parcel-courier-not-my-dept", industry="parcel courier", style=ASR, words=False,
     exercises="greeting without company; damaged parcel; 'not my department'; optional 'you'll need to'; no empathy; untimed callback",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "na_or_fail", "na", "na", "'that's not my department' refuses; 'you'll need to' photograph the box is an instruction, optional; 'someone will ring you' has no time; close offers help but no thanks or goodbye."),
     turns=[
        ("A", "hi you're speaking to dean how can i help"),
        ("C", "hi my parcel turned up smashed the box was crushed and the lamp inside is broken"),
        ("A", "okay what's the tracking number"),
        ("C", "it's a b seven seven one two nine"),
        ("A", "yeah i can see it was delivered this morning"),
        ("C", "so can i get compensation"),
        ("A", "that's not my department that's claims", {"tag": "neg"}),
        ("C", "well can you put me through"),
        ("A", "you'll need to photograph the box first", {"tag": "neg_opt"}),
        ("C", "i've done that"),
        ("A", "okay i'll log it and someone from claims will ring you"),
        ("C", "okay"),
        ("A", "anything else"),
        ("C", "no"),
     ])

call("h20-24-asr-card-limit-no-factual", industry="credit card issuer", style=ASR, words=False,
     exercises="full greeting; routine balance and limit query; factual 'no' answer; paraphrase; no promises",
     labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "na", "'no you don't owe any interest' answers a factual question and then helps, so not negative; the info about statements is what usually happens, not a promise."),
     turns=[
        ("A", "good morning summit card services you're speaking with leanne how may i help you"),
        ("C", "morning um i just wanted to check my balance and whether i'm paying interest this month"),
        ("A", "of course can i take your name and the last four digits of the card"),
        ("C", "it's gordon pryce and it's four four one nine"),
        ("A", "thanks gordon so you want your current balance and to know if interest applies this month"),
        ("C", "that's it"),
        ("A", "your balance is six hundred and twelve pounds forty"),
        ("C", "and interest"),
        ("A", "no you don't owe any interest because you paid the last statement in full"),
        ("C", "oh good"),
        ("A", "statements usually come out around the third of the month"),
        ("C", "okay"),
        ("A", "is there anything else i can help you with gordon"),
        ("C", "no thanks"),
        ("A", "thank you for calling have a lovely day"),
     ])

# ---------------------------------------------------------------------------
# Clean punctuated calls without word timings
# ---------------------------------------------------------------------------

call("h20-25-us-bank-checks-order", industry="US retail bank", style=CLEAN, words=False,
     exercises="full greeting; routine check order; paraphrase; mailed checks timed; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "Routine order, empathy na; 'seven to ten business days' on the checks."),
     turns=[
        ("A", "Thank you for calling Riverbend Federal Credit Union, my name is Shawna, how may I help you today?"),
        ("C", "Hi, I need to order a new box of checks for my checking account."),
        ("A", "I'd be happy to help with that. May I have your name, please?"),
        ("C", "Sure, it's Darnell Whitaker."),
        ("A", "Thank you, Mr. Whitaker. So you'd like to reorder personal checks for your checking account, same design as last time?"),
        ("C", "Same design, yes."),
        ("A", "Great. The order is placed, and your checks will be mailed out and should arrive in seven to ten business days."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can assist you with today?"),
        ("C", "No, that's all, thanks."),
        ("A", "You're welcome, Mr. Whitaker. Thank you for banking with Riverbend, have a great day."),
        ("C", "You too."),
     ])

call("h20-26-airline-baggage-lost-mixed", industry="airline", style=CLEAN, words=False,
     exercises="greeting without name; lost bag; empathy; paraphrase; delivery timed but email untimed; name not used",
     labels=L("fail", "pass", "pass", "pass", "fail", "fail", "na", "na", "Courier delivery is timed ('by tomorrow evening') but 'we'll email you a reference' is not; the name is given but never used."),
     turns=[
        ("A", "Good evening, Transatlantic Air baggage services, how can I help you?"),
        ("C", "Hi, I flew in from Boston this afternoon and my suitcase never came out on the belt. All my work clothes are in it and I've got a meeting on Thursday."),
        ("A", "I'm sorry, that's really stressful, especially with a meeting coming up. Can I take your name and the bag tag number?"),
        ("C", "Adaeze Holloway, and the tag is TA 408812."),
        ("A", "Thank you. So your checked bag didn't arrive on the Boston flight and you need it back before Thursday."),
        ("C", "Yes."),
        ("A", "It was left in Boston and it's on the next flight over."),
        ("C", "Oh, thank goodness."),
        ("A", "A courier will deliver it to your hotel by tomorrow evening, and we'll email you a reference for the delivery."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's it."),
        ("A", "Thanks for your patience, goodbye."),
     ])

call("h20-27-cable-tv-hold-no-reason", industry="cable TV provider", style=CLEAN, words=False,
     exercises="full greeting; channel missing; hold without reason; thanks after; no empathy; technician timed",
     labels=L("pass", "pass", "fail", "pass", "pass", "pass", "fail", "na", "'Please hold' gives no reason, so the hold fails even though the agent thanks him; the customer's annoyance about paying for missing channels gets no empathy."),
     turns=[
        ("A", "Hi, thanks for calling Crestline Cable, this is Jordan, how can I help you?"),
        ("C", "Hey, half my sports channels disappeared last night and I'm paying for the premium package. It's pretty annoying."),
        ("A", "Okay. Can I get the name on the account?"),
        ("C", "Ray Dombrowski."),
        ("A", "Thanks, Ray. So you've lost the sports channels from the premium package since last night."),
        ("C", "Right."),
        ("A", "Please hold."),
        ("C", "Okay."),
        ("A", "Thanks for holding, Ray. Your box needs a replacement.", H),
        ("C", "Great, so what now?"),
        ("A", "I've scheduled a technician for Saturday between eight and noon to swap it."),
        ("C", "Alright."),
        ("A", "Anything else I can do for you today?"),
        ("C", "Nope."),
        ("A", "Thanks for calling Crestline, have a good one."),
     ])

call("h20-28-energy-moving-transfer-bad", industry="energy supplier", style=CLEAN, words=False,
     exercises="full greeting; moving home; transfer without reason; ends in transfer; name used",
     labels=L("pass", "na_or_fail", "na", "pass", "na", "pass", "na", "fail", "The agent says only 'I'll pop you through', with no where or why."),
     turns=[
        ("A", "Good morning, Brightmoor Energy, my name is Callum, how can I help?"),
        ("C", "Hi, I'm moving house at the end of the month and need to close my account."),
        ("A", "Okay, and who am I speaking with?"),
        ("C", "Felicity Marsh."),
        ("A", "Thanks, Felicity. So you're moving out at the end of the month and want a final bill on this address."),
        ("C", "Yes, that's right."),
        ("A", "Do you know the exact moving date?"),
        ("C", "The twenty-ninth."),
        ("A", "Lovely, thank you, Felicity. I'll pop you through."),
        ("C", "Oh, okay."),
        ("A", "One moment."),
        ("C", "Thanks."),
     ])

call("h20-29-phone-shop-screen-refund", industry="phone retailer", style=CLEAN, words=False,
     exercises="full greeting; faulty screen; empathy; paraphrase; returns label and refund with times; name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "Two commitments, both timed ('today', 'within five working days of it arriving'); 'you'll just need to pack it' is an instruction, not a promise."),
     turns=[
        ("A", "Hello, thank you for calling Gadgetry Direct, you're speaking with Mo, how can I help?"),
        ("C", "Hi, the phone I bought last week has a line down the screen already, I'm pretty gutted to be honest."),
        ("A", "Ah, I'm sorry, that's really disappointing on a new phone. Could I get your name?"),
        ("C", "Yes, it's Keisha Barnard."),
        ("A", "Thanks, Keisha. So your week-old phone has a screen fault and you'd like it sorted."),
        ("C", "I'd rather just have my money back."),
        ("A", "That's fine, it's within thirty days. I'll email you a prepaid returns label today."),
        ("C", "Okay."),
        ("A", "You'll just need to pack it in the original box, and the refund will reach your card within five working days of it arriving."),
        ("C", "Great, thank you."),
        ("A", "Is there anything else I can do for you, Keisha?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, bye."),
     ])

call("h20-30-hotel-booking-unable", industry="hotel chain", style=CLEAN, words=False,
     exercises="greeting without company; refund refused with 'unable to'; no empathy; no paraphrase; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "na_or_fail", "na", "na", "'We're unable to refund' with no alternative is negative; the customer's upset about a family emergency is never acknowledged."),
     turns=[
        ("A", "Hi, reservations, this is Tamsin, how can I help?"),
        ("C", "Hi, I booked a room for this weekend but there's been a family emergency and I can't travel. I'm in a bit of a state, honestly."),
        ("A", "What's the booking number?"),
        ("C", "It's 7730415."),
        ("A", "That's a non-refundable rate."),
        ("C", "Is there any way at all to get the money back?"),
        ("A", "We're unable to refund non-refundable bookings.", {"tag": "neg"}),
        ("C", "Could I move it to another date?"),
        ("A", "Non-refundable rates can't be changed either.", {"tag": "neg"}),
        ("C", "Right. Okay then."),
        ("A", "Okay."),
        ("C", "Bye."),
     ])

call("h20-31-us-card-balance-transfer", industry="US credit card issuer", style=CLEAN, words=False,
     exercises="full greeting; routine balance transfer; paraphrase; letter untimed and email timed; name used",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na", "The email is 'within the hour' but 'we'll mail you a letter with the terms' has no time frame."),
     turns=[
        ("A", "Good afternoon and welcome to Meridian Card, my name is Luis, what can I do for you?"),
        ("C", "Hi, I'd like to transfer the balance from another card over to my Meridian card."),
        ("A", "Sure thing. Can I get your full name?"),
        ("C", "It's Carolyn Pettibone."),
        ("A", "Thank you, Carolyn. So you want to move a balance from another issuer onto this card, and I'm guessing you're after the promotional rate."),
        ("C", "Yes, the zero percent one."),
        ("A", "You qualify for zero percent for fifteen months. I've submitted the transfer for two thousand four hundred dollars."),
        ("C", "Great."),
        ("A", "You'll get an email confirming it within the hour, and we'll mail you a letter with the full terms."),
        ("C", "Okay, thanks."),
        ("A", "Is there anything else I can help with today, Carolyn?"),
        ("C", "No, that's all."),
        ("A", "Thank you for being a Meridian cardmember, goodbye."),
     ])

call("h20-32-vet-clinic-appointment", industry="veterinary clinic", style=CLEAN, words=False,
     exercises="casual greeting with all parts; poorly cat; empathy; paraphrase; callback untimed; close without thanks or bye",
     labels=L("pass", "fail_or_pass", "pass", "pass", "fail", "pass", "na", "na", "'I'll ask the vet to give you a ring' has no time; the close offers more help but neither thanks nor says goodbye."),
     turns=[
        ("A", "Hi, Willowbank Vets, Ellie speaking, what can I do for you?"),
        ("C", "Hi, my cat's stopped eating since yesterday and she's just hiding under the bed, I'm really worried about her."),
        ("A", "Oh, bless her, that's worrying. What's your name and the cat's name?"),
        ("C", "I'm Jasmine Okafor, and she's called Pickle."),
        ("A", "Thanks, Jasmine. So Pickle hasn't eaten since yesterday and she's hiding, and you'd like her seen."),
        ("C", "Yes please, as soon as you can."),
        ("A", "I've got a slot at four this afternoon with Dr Harlow."),
        ("C", "Great, I'll take it."),
        ("A", "Booked. I'll also ask the vet to give you a ring about her history."),
        ("C", "Okay."),
        ("A", "Anything else I can help with, Jasmine?"),
        ("C", "No, that's it."),
        ("A", "Okay, Pickle's all booked in for four."),
     ])

call("h20-33-water-leak-hold-announced", industry="water utility", style=CLEAN, words=False,
     exercises="full greeting; leak in street; hold with reason and thanks; empathy; crew timed; callback timed",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "Hold asked with a reason and thanked; both commitments timed ('within four hours', 'by six tonight')."),
     turns=[
        ("A", "Good afternoon, Severnside Water, my name is Gwen, how can I help you today?"),
        ("C", "Hello, there's water gushing out of the pavement outside my house and now my taps have gone really weak."),
        ("A", "Oh no, that sounds awful. Can I take your name and address?"),
        ("C", "Roderick Blaine, 48 Chapel Street."),
        ("A", "Thank you, Roderick. So there's a burst main outside your house and your water pressure has dropped."),
        ("C", "That's it."),
        ("A", "Would you mind holding for a moment while I check if it's been reported already?"),
        ("C", "No, go ahead."),
        ("A", "Thank you for waiting, Roderick. It's been reported twice today.", H),
        ("C", "Right."),
        ("A", "A repair crew will be there within four hours, and I'll call you back by six tonight with an update."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, thank you."),
        ("A", "Thanks for letting us know, goodbye."),
     ])

call("h20-34-insurance-renewal-routine", industry="car insurance", style=CLEAN, words=False,
     exercises="greeting missing offer of help; routine renewal; no paraphrase; documents already sent; name never given",
     labels=L("fail", "pass", "na", "fail", "na", "na_or_fail", "na", "na", "The documents were sent during the call, so no future commitment; 'normally it renews automatically' describes what usually happens."),
     turns=[
        ("A", "Hello, you're through to Marlowe Insurance, my name's Ade."),
        ("C", "Hi, my car insurance is up for renewal and I wanted to check the price."),
        ("A", "Can I take the policy number?"),
        ("C", "MI 2250918."),
        ("A", "Thank you. The renewal price is four hundred and twelve pounds, which is the same as last year."),
        ("C", "Oh, that's fine then."),
        ("A", "Normally it renews automatically on the date if you don't do anything."),
        ("C", "Okay, that suits me."),
        ("A", "I've just emailed the renewal documents to the address on the policy."),
        ("C", "Yes, I can see them."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, goodbye."),
     ])

call("h20-35-mobile-lost-phone-escalate", industry="mobile network", style=CLEAN, words=False,
     exercises="full greeting; stolen phone; empathy; paraphrase; SIM timed; case escalated untimed; optional borderline; name used",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "The replacement SIM is timed but 'I'll escalate the insurance claim and they'll be in touch' is not; 'you'll need to report it to the police' is an instruction, optional."),
     turns=[
        ("A", "Hi there, welcome to Corvid Mobile, I'm Natalia, how can I help you?"),
        ("C", "Hi, my phone was stolen on the bus this morning, I'm so annoyed, and I'm scared someone's going to use it."),
        ("A", "Oh, I'm really sorry, that's horrible. Can I take your name so I can get the line blocked?"),
        ("C", "It's Hamza Sheikh."),
        ("A", "Thanks, Hamza. So your phone was stolen this morning and you want the line blocked and a way to get back up and running."),
        ("C", "Exactly."),
        ("A", "I've blocked the SIM and the handset. A replacement SIM will be posted today for next-day delivery."),
        ("C", "Okay, thank you."),
        ("A", "You'll need to report it to the police and get a crime reference.", {"tag": "neg_opt"}),
        ("C", "Already done, it's CR 5510."),
        ("A", "Great. I'll escalate the insurance claim with that, and they'll be in touch about the new handset."),
        ("C", "Okay."),
        ("A", "Is there anything else I can do for you, Hamza?"),
        ("C", "No, that's it."),
        ("A", "Take care, and thanks for calling."),
     ])

call("h20-36-bank-mortgage-transfer-good", industry="retail bank", style=CLEAN, words=False,
     exercises="full greeting; worried about payment; empathy; paraphrase; transfer with where and why; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "The agent transfers to the mortgage support team and explains why; the call ends in the transfer."),
     turns=[
        ("A", "Good morning, thank you for calling Elmstead Bank, my name is Rohan, how can I help you?"),
        ("C", "Morning. I've had my hours cut at work and I'm worried I won't be able to make this month's mortgage payment."),
        ("A", "I'm sorry to hear that, that must be a real worry. Can I take your name?"),
        ("C", "It's Bridget Kowalczyk."),
        ("A", "Thank you, Bridget. So your income has dropped and you'd like to talk about options for this month's mortgage payment."),
        ("C", "Yes, please."),
        ("A", "Our mortgage support team specialise in exactly this, and they can look at a payment holiday or reduced payments with you."),
        ("C", "That would help."),
        ("A", "I'm going to transfer you to the mortgage support team now, so they can go through those options."),
        ("C", "Thank you."),
        ("A", "Just a moment while I connect you, Bridget."),
        ("C", "Thanks."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout20: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of `make_holdout12.py`).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout20", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h20", seed_base=2000)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
