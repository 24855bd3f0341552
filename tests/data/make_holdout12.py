"""Write the holdout12 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout12.py

Writes tests/data/holdout12/<call_id>.json, tests/data/holdout12-labels.json and
tests/data/holdout12/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout12"
LABELS_PATH = HERE / "holdout12-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 12.5, "tag": "hold"}

# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

call("h12-01-vet-insurance-claim", industry="pet insurance", style=CLEAN, words=True,
     exercises="full greeting; worried owner; agent cut-in; empathy; restatement; timed follow-up; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "The cut-in is a question that takes the floor mid-sentence."),
     turns=[
        ("A", "Good afternoon, Tallowby Pet Cover, you're speaking with Grigore, how can I help?"),
        ("C", "Hi, my spaniel swallowed a sock on Sunday and had surgery, the bill's nearly two thousand pounds and I'm really worried about whether you'll cover it because money's tight this month."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Can I take the policy number first?", {"at_end": 0.9, "tag": "intr"}),
        ("C", "Sorry, yes, it's TP 88120."),
        ("A", "Thanks. And your name please?"),
        ("C", "Wenonah Brackley-Osei."),
        ("A", "Oh no, poor thing, I'm sorry you've both been through that, Wenonah."),
        ("A", "So you'd like to claim for the emergency surgery on Sunday and know how much of the bill we'll pay."),
        ("C", "Exactly that."),
        ("A", "Your policy covers it less the ninety pound excess. I'll email the claim form today and once the vet sends the invoice we pay within ten working days."),
        ("C", "That's brilliant."),
        ("A", "Is there anything else I can help with today, Wenonah?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, goodbye."),
     ])

call("h12-02-parking-permit-refusal", industry="council parking services", style=CLEAN, words=True,
     exercises="greeting without name; refusal by policy; demand; cut-in; no empathy; no paraphrase; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "na_or_fail", "na", "na", "Policy refusal and 'you have to' demand with no alternative; customer frustration never acknowledged."),
     turns=[
        ("A", "Hello, Drummock Council parking, what can I do for you?"),
        ("C", "I got a ticket outside my own house, I've had a permit for six years, it renewed automatically I thought and now there's a sixty pound fine, this is ridiculous."),
        ("A", "Permits don't renew automatically.", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Nobody told me that."),
        ("A", "It's our policy not to cancel fines for expired permits.", {"tag": "neg"}),
        ("C", "Not even once? I've never had one before."),
        ("A", "No.", {"tag": "neg"}),
        ("C", "So what am I supposed to do?"),
        ("A", "You have to pay it within fourteen days or it goes up.", {"tag": "neg"}),
        ("C", "Can I at least renew the permit now?"),
        ("A", "That's online, the link is on the back of the letter."),
        ("C", "Fine."),
        ("A", "Okay."),
     ])

call("h12-03-gym-freeze", industry="gym membership", style=CLEAN, words=True,
     exercises="full greeting; routine freeze; backchannels; near-miss 'no problem'; paraphrase; timed follow-up; name used; close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "Routine request, so empathy is na; backchannels inside her turn are not interruptions."),
     turns=[
        ("A", "Hi there, thanks for calling Flintrow Fitness, I'm Anouk, how can I help?"),
        ("C", "Hiya, I'm going travelling for two months from the start of March and I'd like to freeze my membership rather than cancel it, if that's possible."),
        ("A", "Uh-huh.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Right.", {"at_start": 5.5, "tag": "bc"}),
        ("A", "No problem at all. Can I have your name?"),
        ("C", "Marivelle Quenneville."),
        ("A", "Thanks, Marivelle. So you want to pause the membership for March and April and pick it up again in May."),
        ("C", "Yes please."),
        ("A", "Done. You'll get a confirmation email within the hour, and billing restarts on the first of May."),
        ("C", "Lovely."),
        ("A", "Anything else I can do for you, Marivelle?"),
        ("C", "No, thank you."),
        ("A", "Enjoy your trip, bye now."),
     ])

call("h12-04-boiler-breakdown-transfer", industry="home emergency cover", style=CLEAN, words=True,
     exercises="full greeting; cold house; empathy; transfer with where and why; closing na_or_fail; customer cuts in on agent",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "Call ends in a transfer before any closing could happen."),
     turns=[
        ("A", "Good morning, Hearthguard Home Emergency, my name is Teodoro, how may I assist you?"),
        ("C", "Morning, my boiler's packed up, no heating, no hot water, and I've got my elderly mum staying, she's freezing."),
        ("A", "I'm so sorry, that must be really stressful with your mum there. Can I take your name?"),
        ("C", "Ingeborg Faulkes."),
        ("A", "Thank you, Ingeborg. So the boiler has stopped completely and you need an engineer out urgently."),
        ("C", "Yes, as soon as possible."),
        ("A", "Engineer bookings for vulnerable households are handled by our priority team, so I'm going to transfer you", {}),
        ("C", "Will they know what's happened?", {"at_end": 0.4}),
        ("A", "Yes, I'll pass them all the details so you won't need to repeat anything."),
        ("C", "Okay, thank you."),
        ("A", "I'm transferring you now to the priority engineer team, who can book the earliest slot."),
        ("C", "Thanks."),
     ])

call("h12-05-phone-bill-roaming", industry="mobile network", style=CLEAN, words=True,
     exercises="greeting missing offer; wrong charge; cut-in plus optional borderline; empathy; limit with alternative; untimed follow-up",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na", "'I'll look into the add-on' carries no time frame; the limit comes with an alternative so is not negative."),
     turns=[
        ("A", "Hello, Corvane Mobile, you're talking to Priyasha."),
        ("C", "Hi, I've been charged a hundred and forty pounds roaming for a weekend in Spain, I thought it was included in my plan, I'm really upset about it."),
        ("A", "Okay, and the number on the account?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Oh seven seven nine, double one, four five, eight two three."),
        ("A", "Thanks. And who am I speaking with?"),
        ("C", "Dashiell Ormerod."),
        ("A", "I'm sorry about the shock, Dashiell. So you were charged roaming for Spain when you expected it to be part of your plan."),
        ("C", "That's right."),
        ("A", "We can't remove the charges outright, but what I can do is apply the EU add-on backdated, which brings it down to fifteen pounds."),
        ("C", "That's much better."),
        ("A", "I'll also look into why the add-on wasn't on there.", {}),
        ("C", "Okay."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No."),
        ("A", "Thanks, Dashiell, goodbye."),
     ])

call("h12-06-flight-rebooking-hold", industry="airline", style=CLEAN, words=True,
     exercises="full greeting; cancelled flight; hold announced with reason and thanked; paraphrase; timed follow-up; name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "Proper hold with reason and thanks."),
     turns=[
        ("A", "Good evening, thank you for calling Aurelle Airways, this is Kwabena, how can I help?"),
        ("C", "My flight to Lisbon tomorrow's been cancelled and I've got a wedding on Saturday, I'm panicking a bit."),
        ("A", "Oh no, that's awful timing, let's get you sorted. Can I take your booking reference and name?"),
        ("C", "It's QX4M7P, Saoirlinn Lindgarth-Abara."),
        ("A", "Thank you, Saoirlinn. So you need to get to Lisbon before Saturday for the wedding."),
        ("C", "Yes, Friday ideally."),
        ("A", "May I place you on a brief hold while I check Friday's availability?"),
        ("C", "Sure."),
        ("A", "Thanks for holding, Saoirlinn. There's a seat on the nine forty on Friday morning.", H),
        ("C", "Perfect, book it."),
        ("A", "Done, your new e-ticket will be emailed within the next fifteen minutes."),
        ("C", "Thank you so much."),
        ("A", "Is there anything else I can do for you?"),
        ("C", "That's all."),
        ("A", "Have a wonderful wedding, goodbye."),
     ])

call("h12-07-bank-fraud-silence", industry="retail bank", style=CLEAN, words=True,
     exercises="greeting no company; fraud; silent unannounced work; empathy; 'I don't know'; timed card; name never used",
     labels=L("fail", "pass", "pass", "fail", "pass", "fail", "fail", "na", "The agent goes silent for over ten seconds without announcing it or thanking; name given but never used."),
     turns=[
        ("A", "Hello, you're through to Benoric, how can I help?"),
        ("C", "There are three payments on my card I didn't make, one from a gaming site, I'm scared someone's got my details."),
        ("A", "I'm sorry, that must be frightening. Can I have your full name?"),
        ("C", "Lucasta Perrigo."),
        ("A", "And the last four digits of the card?"),
        ("C", "Six two zero one."),
        ("A", "Okay, I've blocked the card and marked those three as fraud.", H),
        ("C", "How did they get my details?"),
        ("A", "I don't know.", {"tag": "neg"}),
        ("C", "Right."),
        ("A", "A replacement card will arrive in three to five working days."),
        ("C", "Okay."),
        ("A", "Anything else I can help with?"),
        ("C", "No."),
        ("A", "Thank you, bye."),
     ])

call("h12-08-furniture-delivery-late", industry="furniture retailer", style=CLEAN, words=True,
     exercises="full greeting; late sofa; near-miss overlap under 0.5 s; optional 'you'll need to'; empathy; paraphrase; timed",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'You'll need to' is a neutral instruction, borderline, put in optional."),
     turns=[
        ("A", "Hi, thanks for calling Oakhallow Furniture, my name is Ysmara, what can I do for you?"),
        ("C", "My sofa was due last Thursday, I took a day off work for it and no one came, and no one called."),
        ("A", "I'm really sorry, that's so frustrating when you've taken the day off.", {"at_end": 0.3}),
        ("C", "It is. The order's OF 55301, name Tamsin Achterwold."),
        ("A", "Thank you, Tamsin. So the sofa didn't arrive on the booked day and you want a new date you can rely on."),
        ("C", "Yes."),
        ("A", "The driver flagged a van fault. I can book you for this Wednesday between eight and twelve."),
        ("C", "Wednesday works."),
        ("A", "You'll need to make sure someone's in to sign for it.", {"tag": "neg_opt"}),
        ("C", "I will be."),
        ("A", "You'll get a text the evening before with a one hour window."),
        ("C", "Great."),
        ("A", "Is there anything else, Tamsin?"),
        ("C", "No, that's it."),
        ("A", "Thanks for your patience, goodbye."),
     ])

call("h12-09-pharmacy-repeat", industry="online pharmacy", style=CLEAN, words=True,
     exercises="full greeting; routine repeat prescription; customer-caused wait; no paraphrase; timed; thanks only",
     labels=L("pass", "fail_or_pass", "na", "fail", "pass", "pass", "na", "na", "The long silence is the customer fetching her prescription, so hold is na; closing only says goodbye."),
     turns=[
        ("A", "Good morning, Pellmoor Pharmacy, you're speaking to Casimir, how can I help?"),
        ("C", "Hi, I want to order my repeat blood pressure tablets."),
        ("A", "Of course. Can I take your name and date of birth?"),
        ("C", "Oriel Tambwe, fourth of June nineteen fifty eight."),
        ("A", "Thanks, Oriel. Do you have the prescription number?"),
        ("C", "Hold on, let me find the box."),
        ("C", "Here it is, RX 40918.", {"gap": 14.0, "tag": "wait"}),
        ("A", "Lovely, that's amlodipine five milligrams, twenty eight tablets."),
        ("C", "That's the one."),
        ("A", "It'll be dispatched today and should be with you by Thursday."),
        ("C", "Thank you."),
        ("A", "Take care, Oriel, bye now."),
     ])

call("h12-10-energy-meter-interrupt", industry="energy supplier", style=CLEAN, words=True,
     exercises="greeting no name; estimated bill; two cut-ins; calm down; no empathy; paraphrase; untimed callback",
     labels=L("fail", "pass", "fail", "pass", "fail", "pass", "na", "na", "Two real cut-ins and 'calm down'; 'someone will call you' has no time."),
     turns=[
        ("A", "Good afternoon, Brightvale Energy, how can I help you?"),
        ("C", "My bill's been estimated for eight months and now it says I owe four hundred pounds, I've sent readings every month, I'm sick of this."),
        ("A", "Okay, calm down, can I get your account number?", {"at_end": 1.1, "tag": ["intr", "neg"]}),
        ("C", "Don't tell me to calm down. It's BV 71 22 9, Fennomar Oyetundale."),
        ("A", "Thanks, Mr Oyetundale."),
        ("C", "Every month I send them and every month you ignore them and then"),
        ("A", "I see the readings here.", {"at_end": 0.8, "tag": "intr"}),
        ("C", "So why estimate?"),
        ("A", "So you've submitted readings every month but the bills have still been estimated and you want the bill recalculated."),
        ("C", "Yes."),
        ("A", "I've raised it with the metering team and someone will call you back about it."),
        ("C", "Fine."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thank you, goodbye."),
     ])

call("h12-11-hotel-booking-change", industry="hotel chain", style=CLEAN, words=True,
     exercises="full greeting; routine date change; backchannel; no customer name; paraphrase; timed email; close",
     labels=L("pass", "pass", "na", "pass", "pass", "na_or_fail", "na", "na", "The customer's name never appears, so personalization is na_or_fail."),
     turns=[
        ("A", "Hello and welcome to Marcovelli Rowe Hotels, my name's Elspeth, how can I help you today?"),
        ("C", "Hi, I've got a booking at your Harrogate hotel for the twelfth and I'd like to move it to the nineteenth instead, same room type if you can."),
        ("A", "Sure.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Can I have the booking reference?"),
        ("C", "It's MR 2290 K."),
        ("A", "Thank you. So you'd like to move your stay from the twelfth to the nineteenth in the same double room."),
        ("C", "Exactly."),
        ("A", "That's available at the same rate. I've changed it and the new confirmation will come by email in the next few minutes."),
        ("C", "Great, thanks."),
        ("A", "Anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, have a lovely day."),
     ])

call("h12-12-car-hire-damage", industry="car hire", style=CLEAN, words=True,
     exercises="full greeting; disputed damage charge; 'not my department'; optional borderline cut-in exactly 0.5 s; no empathy; transfer without reason",
     labels=L("pass", "na_or_fail", "fail", "fail", "na", "pass", "na", "fail", "The transfer says where but not why; overlap of about 0.5 s is borderline."),
     turns=[
        ("A", "Morning, thank you for calling Velocar Hire, I'm Radomir, how can I help?"),
        ("C", "I've been charged three hundred pounds for a scratch on a car I returned, and it was already there when I picked it up, I'm furious."),
        ("A", "What's your name please?", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "Cordelia Ashworth-Nkemelu."),
        ("A", "Thanks, Cordelia. Damage disputes aren't my department.", {"tag": "neg"}),
        ("C", "Then whose are they?"),
        ("A", "I'll put you through to the claims team."),
        ("C", "Do I have to explain it all again?"),
        ("A", "Probably."),
        ("C", "Great."),
        ("A", "Transferring you to claims now."),
        ("C", "Fine."),
     ])

# ---- ASR style ----

call("h12-13-asr-broadband-slow", industry="broadband provider", style=ASR, words=False,
     exercises="mumbled full greeting; slow speed frustration; empathy; paraphrase; timed engineer; name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "Company name mis-heard slightly but still identifiable."),
     turns=[
        ("A", "hi good morning youre through to fibre leaf broadband my names jovelka how can i help"),
        ("C", "yeah hi um my internet is crawling like its been really slow for a week and i work from home so its a nightmare honestly"),
        ("A", "oh no thats really frustrating when youre working can i take your name"),
        ("C", "its uh thadrion nwachukwu-bell"),
        ("A", "thanks thadrion so your speeds been really slow for about a week and you need it fixed for working from home"),
        ("C", "yeah thats it"),
        ("A", "ok im seeing a fault on the line from the cabinet ive booked an engineer for tomorrow between one and five"),
        ("C", "great"),
        ("A", "youll get a text an hour before they arrive"),
        ("C", "cool"),
        ("A", "anything else i can help you with thadrion"),
        ("C", "no thats all"),
        ("A", "ok thanks for calling bye"),
     ])

call("h12-14-asr-council-tax", industry="council tax", style=ASR, words=False,
     exercises="greeting lacks offer; routine direct debit change; no paraphrase; timed letter; name not used",
     labels=L("fail", "pass", "na", "fail", "pass", "fail", "na", "na", "Routine change; name given but never used."),
     turns=[
        ("A", "good afternoon hallerby council this is fintrell speaking"),
        ("C", "hiya i want to change my direct debit date from the first to the fifteenth"),
        ("A", "ok whats your account reference"),
        ("C", "its nine four four two one seven"),
        ("A", "and the name on the account"),
        ("C", "rosavel mbatha-quarnley"),
        ("A", "ok thats changed"),
        ("C", "brill"),
        ("A", "youll get a letter confirming it within ten days"),
        ("C", "ok"),
        ("A", "anything else"),
        ("C", "nope"),
        ("A", "thanks bye"),
     ])

call("h12-15-asr-lost-passport-card", industry="credit union", style=ASR, words=False,
     exercises="full greeting; stolen bag; no empathy; 'theres nothing i can do'; paraphrase; untimed card",
     labels=L("pass", "fail", "fail", "pass", "fail", "pass", "na", "na", "'nothing i can do' about the cash with no alternative; card commitment has no time; call ends without closing."),
     turns=[
        ("A", "hello welcome to kestravon vale credit union my name is ottavelle what can i do for you"),
        ("C", "um my bag got stolen on the bus this morning with my card and like forty pounds cash in it"),
        ("A", "ok whats your name"),
        ("C", "barnolde okoro-lindahl"),
        ("A", "right barnolde so your card was stolen and you want it stopped"),
        ("C", "yeah and is there any way to get the cash back"),
        ("A", "theres nothing i can do about the cash", {"tag": "neg"}),
        ("C", "ok"),
        ("A", "ive cancelled the card a new one will be sent out"),
        ("C", "right"),
        ("A", "ok"),
        ("C", "bye then"),
     ])

call("h12-16-asr-insurance-hold-bad", industry="car insurance", style=ASR, words=False,
     exercises="full greeting; accident worry; empathy; hold announced without reason and not thanked; timed",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na", "Hold announced but with no reason and no thanks after."),
     turns=[
        ("A", "morning thanks for calling ridgemount motor insurance youre speaking with agnieszka how can i help"),
        ("C", "hi uh someone reversed into my car in a car park and drove off and im really shaken up to be honest"),
        ("A", "oh im sorry to hear that are you ok"),
        ("C", "yeah just shaken my names florimund achebe-wright"),
        ("A", "ok florimund so someone hit your car and left and you want to make a claim"),
        ("C", "yes"),
        ("A", "hold on a sec"),
        ("A", "right ive opened the claim its c l nine nine three", H),
        ("C", "ok"),
        ("A", "a claims handler will phone you by tomorrow afternoon"),
        ("C", "thanks"),
        ("A", "anything else i can help with florimund"),
        ("C", "no thanks"),
        ("A", "ok take care bye"),
     ])

call("h12-17-asr-water-meter", industry="water utility", style=ASR, words=False,
     exercises="greeting without agent name; routine meter reading; no name; fillers; timed",
     labels=L("fail", "pass", "na", "pass", "pass", "na_or_fail", "na", "na", "Routine reading; the customer's name never comes up."),
     turns=[
        ("A", "hello you're through to sedgebrook water how can i help"),
        ("C", "um yeah i just wanna give a meter reading cos the bills based on an estimate"),
        ("A", "no worries whats the account number"),
        ("C", "its uh three three zero eight one"),
        ("A", "and the reading"),
        ("C", "zero four five six two"),
        ("A", "so youre giving me a reading of zero four five six two so the next bill uses that instead of an estimate"),
        ("C", "yeah"),
        ("A", "thats on now youll get a revised bill within five working days"),
        ("C", "nice one"),
        ("A", "anything else i can do for you"),
        ("C", "no"),
        ("A", "thanks for calling goodbye"),
     ])

call("h12-18-asr-parcel-missing-transfer", industry="parcel courier", style=ASR, words=False,
     exercises="full greeting; missing parcel upset; empathy; transfer with where and why",
     labels=L("pass", "na_or_fail", "pass", "pass", "fail", "pass", "na", "pass", "Ends in a transfer that says where and why; the promised trace has no time frame."),
     turns=[
        ("A", "hi thanks for calling swiftmarra parcels my names desmond how can i help"),
        ("C", "my parcel says delivered but it never came and its my daughters birthday present im gutted"),
        ("A", "ah thats horrible im really sorry whats your name"),
        ("C", "philomene varga-omondi"),
        ("A", "thanks philomene so its showing delivered but you never got it"),
        ("C", "yeah"),
        ("A", "whats the tracking number"),
        ("C", "s m four four eight two nine"),
        ("A", "lost parcel claims are done by our investigations team so ill put you through to them theyll start a trace"),
        ("C", "ok"),
        ("A", "transferring you now philomene"),
        ("C", "thanks"),
     ])

call("h12-19-asr-streaming-cancel", industry="video streaming", style=ASR, words=False,
     exercises="greeting lacks company; routine cancellation; 'we cant' refusal; optional 'youll need to'; no follow-up",
     labels=L("fail", "fail_or_pass", "na", "pass", "na", "pass", "na", "na", "'we cant' about a refund is a bare refusal; closing has only a thank you."),
     turns=[
        ("A", "hi my names leovard how can i help"),
        ("C", "hi i want to cancel my subscription and get this months money back"),
        ("A", "whats your name and email"),
        ("C", "henrietta sowande at mailbox dot com"),
        ("A", "ok henrietta so you want to cancel and get a refund for this month"),
        ("C", "yeah"),
        ("A", "we cant refund part months", {"tag": "neg"}),
        ("C", "oh ok"),
        ("A", "youll need to cancel in the app settings", {"tag": "neg_opt"}),
        ("C", "fine"),
        ("A", "thanks henrietta"),
        ("C", "bye"),
     ])

call("h12-20-asr-dentist-booking", industry="dental practice", style=ASR, words=False,
     exercises="full greeting; toothache; empathy; paraphrase; hold with reason and thanks; timed",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "Hold done properly in ASR text."),
     turns=[
        ("A", "good morning thank you for calling parkgate dental this is imogen how can i help"),
        ("C", "hi ive got really bad toothache its kept me up all night"),
        ("A", "oh you poor thing that sounds painful can i take your name"),
        ("C", "its cyprian adebayo-holm"),
        ("A", "thanks cyprian so you need an emergency appointment for the toothache"),
        ("C", "yes please"),
        ("A", "can i pop you on hold while i check todays emergency slots"),
        ("C", "yeah"),
        ("A", "thanks for waiting cyprian weve got eleven forty this morning", H),
        ("C", "ill take it"),
        ("A", "youll get a text confirmation in the next few minutes"),
        ("C", "thanks"),
        ("A", "anything else"),
        ("C", "no"),
        ("A", "see you soon bye"),
     ])

call("h12-21-asr-loan-no", industry="consumer loans", style=ASR, words=False,
     exercises="full greeting; worried about payment; no empathy; bare 'no'; factual no with help near-miss; untimed",
     labels=L("pass", "pass", "fail", "fail", "fail", "pass", "na", "na", "The first 'no' answers a factual question and then helps; the second refuses with nothing offered."),
     turns=[
        ("A", "hello thanks for calling copperleigh loans my names ravindra how may i help you"),
        ("C", "hi im worried i cant make this months payment ive lost some hours at work"),
        ("A", "whats your name"),
        ("C", "margoline oduya-finch"),
        ("A", "ok margoline"),
        ("C", "is there a late fee if i pay a week late"),
        ("A", "no theres no fee if you pay within ten days ill note the account for you"),
        ("C", "ok and can i skip a month"),
        ("A", "no", {"tag": "neg"}),
        ("C", "right"),
        ("A", "ill send you a form about payment plans"),
        ("C", "ok"),
        ("A", "anything else margoline"),
        ("C", "no"),
        ("A", "thanks bye"),
     ])

call("h12-22-asr-school-uniform", industry="school uniform supplier", style=ASR, words=False,
     exercises="full greeting; wrong size sent; empathy; no paraphrase; timed; no customer name",
     labels=L("pass", "pass", "pass", "fail", "pass", "na_or_fail", "na", "na", "Only the order number is echoed back; no name given."),
     turns=[
        ("A", "hiya thanks for calling threadwell uniforms my names bronagh what can i do for you"),
        ("C", "hi you sent the wrong size blazer and term starts monday im a bit stressed"),
        ("A", "oh no sorry about that thats stressful before term whats the order number"),
        ("C", "t w six one one eight"),
        ("A", "six one one eight"),
        ("C", "yeah"),
        ("A", "whats the size you need"),
        ("C", "age twelve"),
        ("A", "ok ill send the right one today by express itll be with you by friday"),
        ("C", "thanks"),
        ("A", "anything else"),
        ("C", "no thats it"),
        ("A", "thanks for calling bye"),
     ])

call("h12-23-asr-ticket-refund-tc", industry="concert ticketing", style=ASR, words=False,
     exercises="full greeting; cancelled gig; 'i dont know if youve tried' near-miss; empathy; paraphrase; timed refund",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'i dont know if youve checked' is the polite question form, not negative."),
     turns=[
        ("A", "hello youre through to stagegate tickets this is wojciech how can i help"),
        ("C", "the gig i had tickets for got cancelled and i havent heard anything about a refund im annoyed"),
        ("A", "i understand how annoying that is can i get your name"),
        ("C", "esperelle colquhoun"),
        ("A", "thanks esperelle i dont know if youve checked your spam folder we sent an email on tuesday"),
        ("C", "oh no i havent"),
        ("A", "no worries so you want the refund for the cancelled show"),
        ("C", "yeah"),
        ("A", "its been processed itll be back on your card within five to seven working days"),
        ("C", "great"),
        ("A", "anything else i can help with esperelle"),
        ("C", "no"),
        ("A", "thanks bye"),
     ])

call("h12-24-asr-mortgage-unable", industry="mortgage lender", style=ASR, words=False,
     exercises="greeting no name; rate worry; 'unable to' with alternative near-miss; optional borderline; paraphrase; timed callback",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na", "'unable to' comes with an alternative, so not negative."),
     turns=[
        ("A", "good afternoon hollowmere ash mortgages how can i help"),
        ("C", "my fixed rate ends next month and im worried the payments are going to jump"),
        ("A", "thats a really common worry i understand may i take your name"),
        ("C", "cornevan abiodrane"),
        ("A", "thank you cornevan so you want to look at a new deal before your fixed rate ends"),
        ("C", "yes"),
        ("A", "im unable to give advice on this line but what i can do is book you with an adviser"),
        ("C", "ok"),
        ("A", "theyll call you tomorrow at ten"),
        ("C", "good"),
        ("A", "anything else cornevan"),
        ("C", "no"),
        ("A", "thanks for calling goodbye"),
     ])

# ---- clean, no word timings ----

call("h12-25-library-renewal", industry="public library", style=CLEAN, words=False,
     exercises="full greeting; routine renewal; paraphrase; no follow-up; name used; close",
     labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "na", "Nothing promised for later, so follow-up is na."),
     turns=[
        ("A", "Good morning, Ashquell Libraries, you're speaking to Hamrick, how can I help?"),
        ("C", "Hi, I'd like to renew three books that are due back tomorrow."),
        ("A", "Of course. What's your library card number?"),
        ("C", "It's 2200 4417 89."),
        ("A", "And your name?"),
        ("C", "Delphara Oakenshaw."),
        ("A", "Thanks, Delphara. So you want to renew all three books that are due tomorrow."),
        ("C", "Yes please."),
        ("A", "All done, they're now due on the twenty-third."),
        ("C", "Brilliant."),
        ("A", "Is there anything else I can help with, Delphara?"),
        ("C", "No, thanks."),
        ("A", "Happy reading, goodbye."),
     ])

call("h12-26-laptop-repair", industry="electronics repair", style=CLEAN, words=False,
     exercises="full greeting; broken laptop; no empathy; paraphrase; mixed timed and untimed commitments",
     labels=L("pass", "pass", "fail", "pass", "fail", "pass", "na", "na", "One commitment has a time, the other ('we'll let you know') does not."),
     turns=[
        ("A", "Hello, Circuitry Lane Repairs, Thabo speaking, how can I help?"),
        ("C", "My laptop screen cracked after it fell off the desk and I need it for my exams next week."),
        ("A", "What's the name on the repair?"),
        ("C", "Gwendolyn Saatchi-Moore."),
        ("A", "Okay, Gwendolyn. So the screen's cracked and you need it repaired before your exams."),
        ("C", "That's right."),
        ("A", "I'll send a courier bag out today."),
        ("C", "And how long is the repair?"),
        ("A", "We'll let you know once the technician has looked at it."),
        ("C", "Okay."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for calling, bye."),
     ])

call("h12-27-train-refund-policy", industry="rail operator", style=CLEAN, words=False,
     exercises="greeting lacks name; delay frustration; empathy; policy refusal; then alternative; timed",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na", "The policy line refuses the cash refund on its own; the alternative comes in a later turn, so it still counts as negative."),
     turns=[
        ("A", "Good afternoon, Fernmoor Rail, how can I help you?"),
        ("C", "My train was two hours late on Friday and I missed a job interview, I'm so angry."),
        ("A", "I'm really sorry, that's an awful thing to miss. Can I take your name?"),
        ("C", "Augustrel Kilbride."),
        ("A", "Thank you, Augustrel. So your Friday train was two hours late and you'd like compensation."),
        ("C", "I want my money back in cash."),
        ("A", "It's our policy to pay delay repay as vouchers, not cash.", {"tag": "neg"}),
        ("C", "That's useless to me."),
        ("A", "I understand. I can put it back on your bank card instead, it'll arrive within seven days."),
        ("C", "Fine, do that."),
        ("A", "Is there anything else, Augustrel?"),
        ("C", "No."),
        ("A", "Thanks for calling, goodbye."),
     ])

call("h12-28-pension-address", industry="pension provider", style=CLEAN, words=False,
     exercises="full greeting; routine address change; no paraphrase; timed; close with goodbye but no offer",
     labels=L("pass", "fail_or_pass", "na", "fail", "pass", "pass", "na", "na", "Closing says goodbye but offers no further help."),
     turns=[
        ("A", "Good morning, thank you for calling Lindgarth Harrow Pensions, my name is Olamide, how may I help?"),
        ("C", "I've moved house and want to update my address."),
        ("A", "Certainly. Your full name and policy number, please."),
        ("C", "Bartelmo Iyer, policy LH 33091."),
        ("A", "Thank you, Mr Iyer. And the new address?"),
        ("C", "Fourteen Saltmarsh Close, Wendby, WB3 9PL."),
        ("A", "That's updated."),
        ("C", "Will I get anything in writing?"),
        ("A", "Yes, a confirmation letter will be posted within five working days."),
        ("C", "Good."),
        ("A", "Thanks, Mr Iyer, goodbye."),
        ("C", "Bye."),
     ])

call("h12-29-vet-surgery-no-name", industry="veterinary practice", style=CLEAN, words=False,
     exercises="full greeting; sick cat; 'I can't' with no alternative; no empathy; no paraphrase",
     labels=L("pass", "fail", "fail", "fail", "na", "na_or_fail", "na", "na", "'I can't' refuses with no alternative; the call just ends."),
     turns=[
        ("A", "Hello, Birchmere Vets, this is Solveig, how can I help?"),
        ("C", "My cat hasn't eaten for two days and she's hiding, I'm really worried about her."),
        ("A", "Is she registered with us?"),
        ("C", "Yes, she's called Pickle."),
        ("A", "Right."),
        ("C", "Can someone see her this afternoon?"),
        ("A", "I can't book anyone in this afternoon.", {"tag": "neg"}),
        ("C", "What about tomorrow?"),
        ("A", "Tomorrow's full as well."),
        ("C", "Okay, I'll try somewhere else."),
        ("A", "Okay."),
        ("C", "Bye."),
     ])

call("h12-30-software-licence-transfer", industry="software vendor", style=CLEAN, words=False,
     exercises="full greeting; licence question; paraphrase; transfer with where and why; name used",
     labels=L("pass", "na_or_fail", "na", "pass", "na", "pass", "na", "pass", "Routine request; transfer names the team and the reason."),
     turns=[
        ("A", "Hi, thanks for calling Quarrelwick Software, my name is Tobiah, what can I do for you?"),
        ("C", "We want to move five licences from one office to our new branch."),
        ("A", "Sure. Who am I speaking with?"),
        ("C", "Lavinia Rautenbach, office manager."),
        ("A", "Thanks, Lavinia. So you'd like to reassign five seats from your current office to the new branch."),
        ("C", "Exactly."),
        ("A", "Seat moves between sites are handled by account management because they change the contract."),
        ("C", "Okay."),
        ("A", "I'm transferring you to account management now, Lavinia, so they can update the contract."),
        ("C", "Thank you."),
        ("A", "You're welcome."),
        ("C", "Bye."),
     ])

call("h12-31-grocery-missing-items", industry="online grocery", style=CLEAN, words=False,
     exercises="full greeting; missing items; empathy; paraphrase; timed refund; name used; hold with reason but no thanks",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na", "Hold announced with a reason but the agent never thanks her for waiting."),
     turns=[
        ("A", "Good evening, Larchbasket Groceries, you're through to Emeric, how can I help?"),
        ("C", "Half my order was missing tonight, including the milk for the kids' breakfast, and I've been charged for it."),
        ("A", "Oh no, I'm sorry, that's really annoying. Can I take your name?"),
        ("C", "Rosamire Achtervane."),
        ("A", "Thanks, Rosamire. So several items didn't arrive but you were charged for them."),
        ("C", "Yes."),
        ("A", "I'll put you on hold for a moment while I check the picking record."),
        ("A", "Right, six items were missing, I've refunded twenty-two pounds forty.", H),
        ("C", "Okay."),
        ("A", "It'll show on your card within three working days."),
        ("C", "Thanks."),
        ("A", "Anything else I can help with, Rosamire?"),
        ("C", "No."),
        ("A", "Thanks for calling, goodbye."),
     ])

call("h12-32-gas-leak-worry", industry="gas network", style=CLEAN, words=False,
     exercises="greeting lacks offer; gas smell; empathy; paraphrase; timed engineer",
     labels=L("fail", "fail_or_pass", "pass", "pass", "pass", "pass", "na", "na", "The agent asks 'what's happened' rather than offering help; close is only a goodbye."),
     turns=[
        ("A", "Hello, Coldharbour Gas emergency line, my name is Ifemora. What's happened?"),
        ("C", "I can smell gas in my kitchen and I'm scared to touch anything."),
        ("A", "That must be frightening. You've done the right thing calling. What's your name?"),
        ("C", "Percival Adeyemi-Strand."),
        ("A", "Percival, so you can smell gas in the kitchen and need someone out."),
        ("C", "Yes."),
        ("A", "Turn off the gas at the meter if you can, open the windows and don't use any switches."),
        ("C", "Okay, done."),
        ("A", "An engineer will be with you within the hour."),
        ("C", "Thank you."),
        ("A", "Stay outside if you can, Percival. Goodbye."),
        ("C", "Bye."),
     ])

call("h12-33-charity-direct-debit", industry="charity donor care", style=CLEAN, words=False,
     exercises="full greeting; routine donation change; no paraphrase; no follow-up; name used",
     labels=L("pass", "pass", "na", "fail", "na", "pass", "na", "na", "Routine change done immediately; nothing promised later."),
     turns=[
        ("A", "Hello, thank you for calling the Wrenfield Trust, I'm Zoltrey, how can I help today?"),
        ("C", "I'd like to increase my monthly gift from ten to fifteen pounds."),
        ("A", "That's very kind. Can I take your name?"),
        ("C", "Winelda Mbeki-Lowry."),
        ("A", "Thank you, Winelda. And your postcode?"),
        ("C", "KT9 2RB."),
        ("A", "That's changed from next month's collection."),
        ("C", "Lovely."),
        ("A", "Is there anything else I can do for you, Winelda?"),
        ("C", "No, that's all."),
        ("A", "Thank you so much for your support, goodbye."),
        ("C", "Bye."),
     ])

call("h12-34-landlord-repair", industry="housing association", style=CLEAN, words=False,
     exercises="full greeting; damp and mould; empathy is borderline; paraphrase; untimed surveyor",
     labels=L("pass", "pass", "fail", "pass", "fail", "pass", "na", "na", "'Right, okay' after the mould complaint is not empathy."),
     turns=[
        ("A", "Good morning, Pennick Housing, my name's Alasdair, how can I help?"),
        ("C", "There's black mould all over my son's bedroom and he's been coughing for weeks."),
        ("A", "Right, okay. Can I have your name and address?"),
        ("C", "Tallulah Brennan-Okafor, flat six, Gorse Court."),
        ("A", "Thanks, Tallulah. So there's mould in your son's bedroom and you want it dealt with."),
        ("C", "Yes, properly this time."),
        ("A", "I've raised a damp job."),
        ("C", "When will someone come?"),
        ("A", "A surveyor will contact you to arrange a visit."),
        ("C", "Okay."),
        ("A", "Anything else, Tallulah?"),
        ("C", "No."),
        ("A", "Thanks, bye."),
     ])

call("h12-35-travel-visa-deflect", industry="travel agency", style=CLEAN, words=False,
     exercises="full greeting; visa worry; 'not my job'; no empathy; no paraphrase; untimed",
     labels=L("pass", "pass", "fail", "fail", "fail", "pass", "na", "na", "'That's not my job' refuses; the later email promise has no time."),
     turns=[
        ("A", "Hi, Brightwater Journeys, Mireille speaking, how can I help?"),
        ("C", "I fly to Delhi on Thursday and I've only just realised I might need a visa, I'm panicking."),
        ("A", "Can I take your name?"),
        ("C", "Osric Pennington-Dube."),
        ("A", "Okay, Osric."),
        ("C", "Can you check if I need one?"),
        ("A", "That's not my job, visas are your responsibility.", {"tag": "neg"}),
        ("C", "Oh. Right."),
        ("A", "I'll email you the embassy link."),
        ("C", "Okay."),
        ("A", "Anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for calling, bye."),
     ])

call("h12-36-fridge-warranty", industry="appliance warranty", style=CLEAN, words=False,
     exercises="full greeting; broken fridge; empathy; paraphrase; timed engineer; hold with reason and thanks; name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "Standard good call with a correct hold."),
     turns=[
        ("A", "Good afternoon, thank you for calling Kelderhaus Appliance Care, my name is Niamh, how can I help?"),
        ("C", "My fridge freezer stopped working overnight and all the food's defrosted."),
        ("A", "Oh no, that's a horrible thing to wake up to. Can I take your name?"),
        ("C", "Evandrel Mukherjee-Olsen."),
        ("A", "Thanks, Evandrel. So the fridge freezer has failed and you need a repair under the warranty."),
        ("C", "Yes."),
        ("A", "May I put you on hold for a minute while I check engineer availability?"),
        ("C", "Sure."),
        ("A", "Thanks for waiting, Evandrel. An engineer can come tomorrow between eight and one.", H),
        ("C", "Great."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No thanks."),
        ("A", "Thanks for calling, goodbye."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout12: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of `make_holdout11.py`).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout12", when="2026-12-01")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h12", seed_base=1200)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
