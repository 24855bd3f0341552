"""Write the holdout24 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout24.py

Writes tests/data/holdout24/<call_id>.json, tests/data/holdout24-labels.json and
tests/data/holdout24/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout24"
LABELS_PATH = HERE / "holdout24-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 13.0, "tag": "hold"}
W = {"gap": 11.5, "tag": "wait"}

# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

call("h24-01-mortgage-payment-holiday", industry="mortgage lender", style=CLEAN, words=True,
     exercises="full greeting; job loss worry; backchannel; agent cut-in; empathy; restatement; timed letter; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "The 'uh-huh' is a backchannel; the later question cuts in while the customer is still talking; the letter comes 'within five working days'."),
     turns=[
        ("A", "Morning, you've reached Fernleigh Home Loans, Oskar speaking, what can I do for you?"),
        ("C", "Hello, I was made redundant last week and I'm really worried about keeping up with the mortgage, I wondered if there's any kind of break I could take on the payments."),
        ("A", "Uh-huh.", {"at_start": 2.4, "tag": "bc"}),
        ("C", "I've got some savings but not a lot, and I don't want to fall behind and have it on my record."),
        ("A", "Could I take your mortgage account number?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Yes, it's 7730 2218, and my name is Bronwen Achterberg."),
        ("A", "Thank you, Bronwen. Losing your job is a big shock, and it's completely understandable to be anxious about the house."),
        ("A", "If I've got this right, you'd like to pause your mortgage payments for a while until you're back in work."),
        ("C", "That's it exactly."),
        ("A", "I can set up a three month payment holiday starting from your next payment date, and a letter explaining how it affects your balance will reach you within five working days."),
        ("C", "That's a relief, thank you."),
        ("A", "Anything further I can help you with today, Bronwen?"),
        ("C", "No, that's everything."),
        ("A", "Take care of yourself, goodbye now."),
     ])

call("h24-02-grocery-substitutions", industry="online grocery", style=CLEAN, words=True,
     exercises="greeting without agent name; substitution complaint; demand phrasing; detail read-back only; untimed refund; name not used; thanks without offer",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na", "'You have to untick substitutions in the app' is a demand; 'the oat milk?' repeats one detail; 'we'll refund those items' has no time; the close thanks but never offers more help."),
     turns=[
        ("A", "Hi there, Basketful Groceries, how can I help?"),
        ("C", "Hiya, my delivery came this morning and half of it was swapped, I ordered oat milk and got full fat, and gluten-free bread and got normal bread, my son's coeliac so that's no use at all."),
        ("A", "The oat milk?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "And the bread, yes. It's under Delia Moorcroft."),
        ("A", "Right, I've found the order."),
        ("C", "This keeps happening and I'm sick of it."),
        ("A", "You have to untick substitutions in the app if you don't want them.", {"tag": "neg"}),
        ("C", "I didn't know that was even a setting."),
        ("A", "It's under your account preferences."),
        ("C", "And what about the stuff I can't use?"),
        ("A", "We'll refund those items back to your card."),
        ("C", "Fine."),
        ("A", "Thanks for calling Basketful."),
     ])

call("h24-03-breakdown-motorway", industry="car breakdown recovery", style=CLEAN, words=True,
     exercises="full greeting; stranded and scared; empathy; paraphrase; hold asked with reason and thanked; timed recovery truck; customer cuts in on agent; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "The customer overlapping the agent is not an agent interruption; the hold is asked for with a reason and followed by thanks; the truck has a time."),
     turns=[
        ("A", "Hello, Roadwise Rescue, this is Kemi, how can I help you?"),
        ("C", "Hi, my car's just died on the hard shoulder of the M5 near junction 14, the lights are all flashing and I'm honestly a bit scared with the lorries going past."),
        ("A", "Oh, that sounds frightening. Are you out of the car and behind the barrier?"),
        ("C", "Yes, I'm up on the bank.", {"at_end": 0.6}),
        ("A", "Good, that's the safest place. Can I have your name and membership number?"),
        ("C", "Aled Pritchard, membership RW 440918."),
        ("A", "Thanks, Aled. So your car has broken down on the M5 southbound and you need recovering off the motorway."),
        ("C", "Yes please."),
        ("A", "Would you mind holding for a moment while I find the closest truck to you?"),
        ("C", "Sure."),
        ("A", "Thanks for waiting, Aled. A recovery truck will be with you within forty minutes.", H),
        ("C", "Brilliant."),
        ("A", "Is there anything else you need from me while you wait?"),
        ("C", "No, that's all."),
        ("A", "Stay behind the barrier, and thanks for calling, bye."),
     ])

call("h24-04-travel-claim-luggage", industry="travel insurance", style=CLEAN, words=True,
     exercises="full greeting; lost luggage claim; acknowledgement that is not empathy; refusal with no alternative; borderline 'you'll need to'; untimed review; name used; full close",
     labels=L("pass", "pass", "fail", "pass", "fail", "pass", "na", "na", "'Okay, right' is not empathy; 'I can't start the claim without the airline report' offers no alternative; 'you'll need to send' is a neutral instruction (optional); 'someone will review it' has no time."),
     turns=[
        ("A", "Good afternoon, thank you for calling Meridian Travel Cover, I'm Farah, how may I assist?"),
        ("C", "Hi, I got back from Lisbon yesterday and the airline lost my suitcase, it had all my clothes and a camera in it, I'm pretty upset about it."),
        ("A", "Okay, right. What's your policy number?"),
        ("C", "It's MTC 55 0982, Gideon Lusk."),
        ("A", "Thanks, Gideon. So you want to claim for the contents of a suitcase the airline lost on your flight home."),
        ("C", "That's right."),
        ("A", "Do you have the property irregularity report from the airline?"),
        ("C", "Not yet, they said they'd email it."),
        ("A", "I can't start the claim without the airline report.", {"tag": "neg"}),
        ("C", "Oh. Okay."),
        ("A", "You'll need to send it to us with receipts for the camera.", {"tag": "neg_opt"}),
        ("C", "I'll dig them out."),
        ("A", "Once we've got those, someone will review it."),
        ("C", "Okay."),
        ("A", "Is there anything else I can do for you, Gideon?"),
        ("C", "No."),
        ("A", "Thanks for calling, bye."),
     ])

call("h24-05-screen-repair-warm-transfer", industry="phone screen repair", style=CLEAN, words=True,
     exercises="full greeting; cracked screen; empathy; paraphrase; agent cut-in; warm transfer with destination and reason; name used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "The agent cuts in to ask for the model; the transfer names the warranty team and says why; the note is already added, so there is no future commitment."),
     turns=[
        ("A", "Hi, welcome to FixFast Phones, my name's Rhys, what can I do for you?"),
        ("C", "Hello, I dropped my phone on the kitchen tiles this morning and the whole screen is spiderwebbed, I can hardly read anything and I need it for work."),
        ("A", "Which model is it?", {"at_end": 1.3, "tag": "intr"}),
        ("C", "Sorry, it's the Nova 12, I bought it from you in March. I'm Harriet Olawale."),
        ("A", "Oh, that's rotten luck, Harriet, especially when you rely on it for work."),
        ("A", "So the screen on your Nova 12 is smashed and you'd like it repaired, ideally under the cover you bought with it."),
        ("C", "Yes, if the cover includes drops."),
        ("A", "It does, but the warranty team have to approve accidental damage claims."),
        ("C", "Okay."),
        ("A", "I'm going to put you through to our warranty team now, Harriet, because they can approve the claim and book the repair, and I've added a note of what's happened so you won't have to repeat it."),
        ("C", "Thanks."),
        ("A", "Connecting you now."),
     ])

call("h24-06-theatre-box-office", industry="theatre box office", style=CLEAN, words=True,
     exercises="full greeting; routine ticket booking; backchannels; paraphrase; timed e-tickets; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "A routine booking with no problem, so empathy is na; both overlaps are 'mm-hmm'/'sure' backchannels; tickets are emailed 'within the hour'."),
     turns=[
        ("A", "Good evening, Alhambra Theatre box office, Jude speaking, how can I help?"),
        ("C", "Hello, I'd like to book four seats for the Saturday matinee of the Christmas show, ideally together in the stalls, and one of them is for a wheelchair user."),
        ("A", "Mm-hmm.", {"at_start": 2.2, "tag": "bc"}),
        ("C", "We'd need the wheelchair space and then three seats right next to it if that's at all possible."),
        ("A", "Sure.", {"at_start": 1.8, "tag": "bc"}),
        ("A", "Let me just confirm: four together on Saturday afternoon, one wheelchair space and three companion seats beside it."),
        ("C", "Yes, that's it."),
        ("A", "I have row M with the space on the aisle. Can I take a name for the booking?"),
        ("C", "Winifred Castellano."),
        ("A", "Lovely, Winifred, that's four tickets at twenty-eight pounds each. Your e-tickets will be emailed within the hour."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help with this evening?"),
        ("C", "No, that's all, thank you."),
        ("A", "Enjoy the show, goodbye."),
     ])

call("h24-07-gp-prescription-rude", industry="GP surgery prescriptions", style=CLEAN, words=True,
     exercises="greeting without offer; late repeat prescription worry; two cut-ins; 'not my job'; 'I don't know'; no empathy; no paraphrase; untimed callback; name not used; no close",
     labels=L("fail", "fail", "fail", "fail", "fail", "fail", "na", "na", "Two agent cut-ins while the customer is mid-sentence; 'that's not my job' and a bare 'I don't know' are negative; 'the doctor will ring you' has no time."),
     turns=[
        ("A", "Ashgrove Surgery, Colin speaking."),
        ("C", "Hi, I put in for my repeat blood pressure tablets eight days ago and the pharmacy still hasn't got them, and I've only got one left, I'm getting quite worried."),
        ("A", "Name and date of birth.", {"at_end": 1.5, "tag": "intr"}),
        ("C", "Pauline Vickery, third of May fifty-one."),
        ("A", "It's waiting for the doctor to sign."),
        ("C", "But why has it taken eight days? The last time they said two days at most and I've been ringing the pharmacy every single day."),
        ("A", "Chasing the doctors isn't my job.", {"at_end": 1.6, "tag": ("intr", "neg")}),
        ("C", "Well who should I ask then?"),
        ("A", "I don't know.", {"tag": "neg"}),
        ("C", "I can't go without them."),
        ("A", "The doctor will ring you."),
        ("C", "Right. Okay then."),
     ])

call("h24-08-housing-repair-damp", industry="council housing repairs", style=CLEAN, words=True,
     exercises="full greeting; damp and mould worry; empathy; paraphrase; hold announced with reason but no thanks; timed surveyor; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na", "The agent announces the hold with a reason but resumes without thanking; 'that must be miserable' is empathy; the surveyor visit has a day and time."),
     turns=[
        ("A", "Hello, Northmoor Council housing repairs, you're speaking with Tanvir, how can I help?"),
        ("C", "Hi, there's black mould spreading all over my daughter's bedroom wall and she's asthmatic, I've reported it twice and nobody's come."),
        ("A", "That must be miserable, and worrying with her asthma. Can I take your name and address?"),
        ("C", "Shona Baptiste, flat 9, Rowan Court."),
        ("A", "Thanks, Shona. So the damp in your daughter's room has come back, it's already been reported twice, and you need someone out urgently."),
        ("C", "Yes, urgently."),
        ("A", "I'm going to check the surveyors' diary for the earliest slot, just a moment."),
        ("C", "Okay."),
        ("A", "Right, a surveyor will visit this Wednesday between one and five.", H),
        ("C", "Finally."),
        ("A", "Is there anything else I can help with, Shona?"),
        ("C", "No, that's it."),
        ("A", "Thank you for calling, goodbye."),
     ])

call("h24-09-smart-meter-cold-transfer", industry="energy smart meter", style=CLEAN, words=True,
     exercises="full greeting; meter display blank; empathy; paraphrase; cold transfer naming destination but no reason; ends in transfer; name used",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "fail", "The transfer says where ('metering') but gives no reason for sending the customer there, so it fails."),
     turns=[
        ("A", "Hi, thanks for ringing Solstice Energy, it's Magda here, how can I help?"),
        ("C", "Hello, my smart meter screen has gone completely blank and I've no idea what I'm using, it's a bit annoying with prices how they are."),
        ("A", "Oh, I'm sorry, that is annoying. Can I take your name and account number?"),
        ("C", "Dominic Arkwright, 6610 2274."),
        ("A", "Thanks, Dominic. So the in-home display on your smart meter has stopped showing anything and you'd like it working again."),
        ("C", "Yes."),
        ("A", "Have you tried unplugging it?"),
        ("C", "Yes, twice.", {"at_end": 0.5}),
        ("A", "Okay."),
        ("C", "So what now?"),
        ("A", "I'll put you through to metering, Dominic."),
        ("C", "Oh, okay."),
     ])

call("h24-10-landline-fault-calm-down", industry="landline telephone", style=CLEAN, words=True,
     exercises="no greeting; dead line frustration; 'calm down'; agent cut-in; bare no; no empathy; paraphrase; untimed engineer; name used; full close",
     labels=L("fail", "pass", "fail", "pass", "fail", "pass", "na", "na", "'Calm down' and a bare refusing 'no' are negative; the cut-in starts while the customer is still complaining; 'an engineer will come out' has no time."),
     turns=[
        ("A", "Yes?"),
        ("C", "Is this Clearline? My landline's been dead for four days, my mum's eighty-eight and it's her only phone, and nobody has done anything, I've called three times!"),
        ("A", "Calm down, please.", {"at_end": 1.4, "tag": ("intr", "neg")}),
        ("C", "Don't tell me to calm down."),
        ("A", "Name on the account?"),
        ("C", "Eileen Garraway."),
        ("A", "Okay, Eileen. So the line at your mum's has had no dial tone since the weekend and you want it repaired."),
        ("C", "Yes. Can you give her a mobile in the meantime?"),
        ("A", "No.", {"tag": "neg"}),
        ("C", "Unbelievable."),
        ("A", "An engineer will come out to look at it."),
        ("C", "Right."),
        ("A", "Anything else, Eileen?"),
        ("C", "No."),
        ("A", "Thanks, bye."),
     ])

call("h24-11-catalogue-return", industry="catalogue shopping returns", style=CLEAN, words=True,
     exercises="full greeting; wrong size returned; factual no then help; limit with alternative; backchannel; paraphrase; timed collection and refund; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "A wrong-size return the customer chose is routine (no complaint), so empathy is na; 'no, there's no charge' answers a question; 'we can't collect on Sunday, but I can book Monday' has an alternative."),
     turns=[
        ("A", "Good morning, Harrowby Home Shopping, I'm Lorcan, how can I help today?"),
        ("C", "Hi, I ordered a coat from the winter catalogue and it's a size too big, so I'd like to send it back and I was wondering whether you could pick it up on Sunday as I'm home then."),
        ("A", "Right.", {"at_start": 2.0, "tag": "bc"}),
        ("C", "Oh, and is there a charge for sending it back?"),
        ("A", "No, there's no charge, returns are free. Can I take your name and account number?"),
        ("C", "Gwen Thackeray, HB 30457."),
        ("A", "Thank you, Gwen. So you'd like to return the coat because it's too big and have it collected from home."),
        ("C", "Yes."),
        ("A", "We can't collect on a Sunday, but I can book the courier for Monday between eight and six."),
        ("C", "Monday's fine."),
        ("A", "Lovely. The refund will go back on your account within three days of it arriving with us."),
        ("C", "Great."),
        ("A", "Anything else I can do for you, Gwen?"),
        ("C", "No, that's it."),
        ("A", "Thanks for shopping with us, bye."),
     ])

call("h24-12-dental-plan-no-name", industry="dental plan", style=CLEAN, words=True,
     exercises="full greeting; polite 'I don't know if'; bare 'I don't know'; crown claim refused worry; empathy; no paraphrase; no name; timed decision; full close",
     labels=L("pass", "pass", "pass", "fail", "pass", "na_or_fail", "na", "na", "'I don't know if you've seen the schedule' is the polite question form; the later bare 'I don't know' is negative; the customer's name never comes up; the review 'by Friday' has a time."),
     turns=[
        ("A", "Hello, thank you for calling Brightsmile Dental Plans, this is Ines, how can I help?"),
        ("C", "Hi, my claim for a crown was turned down and it cost four hundred pounds, I'm really stressed because I thought I was covered."),
        ("A", "I'm sorry, that's a lot to be out of pocket. Can I have your membership number?"),
        ("C", "It's BD 77120."),
        ("A", "Thanks. I don't know if you've seen the benefit schedule, but crowns are covered up to a limit."),
        ("C", "So why was it refused?"),
        ("A", "I don't know.", {"tag": "neg"}),
        ("C", "Well can somebody find out?"),
        ("A", "Yes, I've asked the claims team to review it, and you'll have their decision by Friday."),
        ("C", "Okay."),
        ("A", "Is there anything else I can do for you today?"),
        ("C", "No, thanks."),
        ("A", "Thanks for calling, bye."),
     ])

call("h24-13-asr-student-halls-heating", industry="university accommodation", style=ASR, words=False,
     exercises="full greeting; broken heater in halls; empathy; paraphrase; hold asked with reason and thanked; timed maintenance visit; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "The hold is asked for with a reason and the agent thanks the student afterwards; the visit is 'tomorrow morning'."),
     turns=[
        ("A", "hi you're through to riverside university residences this is petra how can i help"),
        ("C", "um hi yeah the heater in my room's been broken since friday and it's like freezing i've been sleeping in my coat"),
        ("A", "oh no that's horrible sorry you've had a cold weekend can i take your name and room number"),
        ("C", "it's uh tomasz wierzbicki block c room two one four"),
        ("A", "thanks tomasz so the heater in your room has stopped working and you need maintenance to come and fix it"),
        ("C", "yeah exactly"),
        ("A", "is it okay if i pop you on hold for a minute while i check the maintenance rota"),
        ("C", "yeah sure"),
        ("A", "thank you for holding tomasz someone from maintenance will come to your room tomorrow morning between nine and twelve", H),
        ("C", "okay cool"),
        ("A", "and i'll drop a portable heater at reception for you within the next hour"),
        ("C", "oh amazing thanks"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's it"),
        ("A", "stay warm bye"),
     ])

call("h24-14-asr-pet-food-delivery-date", industry="pet food subscription", style=ASR, words=False,
     exercises="full greeting; routine delivery date change; paraphrase; timed confirmation email; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "A routine change with no problem raised, so empathy is na; the confirmation email comes 'in the next few minutes'."),
     turns=[
        ("A", "good morning happy paws deliveries you're speaking with callum what can i do for you"),
        ("C", "hi um i'd like to move my dog food delivery to a different day if that's possible"),
        ("A", "of course can i take your name and postcode"),
        ("C", "yeah it's noreen fitzsimons b s seven four h q"),
        ("A", "thanks noreen so you'd like your regular delivery moved from tuesdays to another day of the week"),
        ("C", "yeah thursdays would be better i'm out on tuesdays now"),
        ("A", "no problem i've changed it to thursdays from next week"),
        ("C", "great"),
        ("A", "you'll get a confirmation email in the next few minutes"),
        ("C", "lovely"),
        ("A", "anything else i can help you with noreen"),
        ("C", "no that's all thanks"),
        ("A", "thanks for calling bye bye"),
     ])

call("h24-15-asr-gym-direct-debit-policy", industry="gym direct debit", style=ASR, words=False,
     exercises="greeting without agent name; charged after cancelling; policy refusal; 'you have to' demand; no empathy; no paraphrase; no commitments; name not used; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "fail", "na", "na", "'it's our policy' refuses the refund; 'you have to give thirty days notice' is a demand; 'the last payment goes out on the first' describes the schedule, not a commitment."),
     turns=[
        ("A", "hello ironworks gym how can i help"),
        ("C", "hi yeah i cancelled my membership three weeks ago and you've still taken forty five pounds off me which is really annoying"),
        ("A", "what's your name"),
        ("C", "it's uh jerome afolabi"),
        ("A", "yeah the cancellation went through on the tenth"),
        ("C", "so why've i been charged"),
        ("A", "you have to give thirty days notice", {"tag": "neg"}),
        ("C", "nobody told me that can i get it back"),
        ("A", "no it's our policy we don't refund notice periods", {"tag": "neg"}),
        ("C", "that's rubbish"),
        ("A", "the last payment goes out on the first"),
        ("C", "whatever"),
     ])

call("h24-16-asr-tyre-fitting-booking", industry="tyre fitting", style=ASR, words=False,
     exercises="full greeting; routine tyre booking; detail read-back only; untimed text; name used; full close",
     labels=L("pass", "pass", "na", "fail", "fail", "pass", "na", "na", "'two two five forty five r seventeen' reads back a detail only, not the request; 'we'll text you' has no time even though the fitting itself is booked for Saturday."),
     turns=[
        ("A", "hi there thanks for calling treadright tyres i'm dev how can i help"),
        ("C", "hi um i need two new front tyres fitting please"),
        ("A", "sure what size are they"),
        ("C", "it says two two five forty five r seventeen"),
        ("A", "two two five forty five r seventeen"),
        ("C", "yeah"),
        ("A", "and your name"),
        ("C", "siobhan mccreery"),
        ("A", "thanks siobhan i can do saturday at ten at the harbour road branch"),
        ("C", "perfect"),
        ("A", "lovely that's booked we'll text you a reminder"),
        ("C", "great"),
        ("A", "is there anything else i can do for you"),
        ("C", "no that's it"),
        ("A", "cheers siobhan bye"),
     ])

call("h24-17-asr-window-cleaning-missed", industry="window cleaning", style=ASR, words=False,
     exercises="full greeting; missed clean but charged; borderline empathy 'ah fair enough'; paraphrase; timed re-clean; 'sorted' untimed; name used; closing offer only",
     labels=L("pass", "fail_or_pass", "fail", "pass", "fail", "pass", "na", "na", "'ah fair enough' is not empathy; 'i'll get that credit sorted' has no time though the re-clean is 'on thursday'; the close offers more help but neither thanks nor says goodbye."),
     turns=[
        ("A", "morning crystal view window cleaning it's lenny speaking what can i do for you"),
        ("C", "hiya yeah um you were meant to do my windows on monday and nobody came but i've been charged for it and it's a bit annoying to be honest"),
        ("A", "ah fair enough what's the address"),
        ("C", "twelve orchard lane it's marguerite haskins"),
        ("A", "right marguerite so you've been billed for monday's clean that didn't actually happen and you want it put right"),
        ("C", "yes"),
        ("A", "the lads can come back on thursday morning to do it"),
        ("C", "okay"),
        ("A", "and i'll get that credit sorted for the missed one"),
        ("C", "fine"),
        ("A", "anything else i can help with marguerite"),
        ("C", "no that's all"),
     ])

call("h24-18-asr-season-ticket-warm-transfer", industry="rail season tickets", style=ASR, words=False,
     exercises="full greeting; lost season ticket worry; empathy; paraphrase; warm transfer with destination and reason; ends in transfer; name used",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "The agent says the call is going to the season ticket team and why (they can issue the replacement); the call ends in that transfer."),
     turns=[
        ("A", "good afternoon welcome to vale line rail my name's ayesha how may i help"),
        ("C", "hi um i've lost my annual season ticket it cost me over four thousand pounds and i'm panicking a bit"),
        ("A", "oh goodness i can imagine that's really stressful can i take your name"),
        ("C", "yeah it's bartholomew quayle"),
        ("A", "thanks bartholomew so you've lost your annual season ticket and you'd like a replacement"),
        ("C", "yes please is that possible"),
        ("A", "it is the season ticket team handle replacements"),
        ("C", "okay"),
        ("A", "i'm going to transfer you to the season ticket team bartholomew because they can cancel the old one and issue a replacement"),
        ("C", "thank you"),
        ("A", "putting you through now"),
        ("C", "okay"),
     ])

call("h24-19-asr-broadband-router-silence", industry="home broadband", style=ASR, words=False,
     exercises="no self-identification of agent; router not arriving; empathy; paraphrase; long silence with no announcement; timed dispatch; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "fail", "na", "The greeting has no agent name; the agent goes silent for over ten seconds without asking or announcing and without thanks afterwards."),
     turns=[
        ("A", "hello thanks for calling netwave broadband how can i help"),
        ("C", "hi um my new router was meant to come last week and it still hasn't and i've got no internet at all it's really frustrating"),
        ("A", "i'm sorry that's really frustrating being without internet can i have your name and account number"),
        ("C", "it's uh kelechi obi account eight eight one two three"),
        ("A", "thanks kelechi so your replacement router never arrived and you need one sent out"),
        ("C", "yeah"),
        ("A", "right it looks like it was returned to the depot", H),
        ("C", "oh"),
        ("A", "i've sent a new one by next day courier so it'll be with you tomorrow"),
        ("C", "okay good"),
        ("A", "is there anything else i can help with kelechi"),
        ("C", "no"),
        ("A", "thank you for calling goodbye"),
     ])

call("h24-20-asr-gp-appointment-wait", industry="GP surgery appointments", style=ASR, words=False,
     exercises="full greeting; routine appointment booking; customer-caused silence; paraphrase; no commitments; name used; full close",
     labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "na", "The long silence is the customer looking for her diary ('hang on let me find it'), so hold is na; booking is done during the call, so no future commitment."),
     turns=[
        ("A", "good morning parkside medical centre you're speaking with gillian how can i help"),
        ("C", "hi um i need to book a review for my asthma with the nurse"),
        ("A", "of course can i take your name and date of birth"),
        ("C", "it's rosalind achebe eleventh of march nineteen seventy nine"),
        ("A", "thanks rosalind so you want an asthma review appointment with the practice nurse"),
        ("C", "yes please hang on let me find my diary"),
        ("C", "okay got it", W),
        ("A", "i've got tuesday at two twenty or wednesday at nine"),
        ("C", "tuesday please"),
        ("A", "that's booked for you rosalind tuesday at two twenty with nurse patel"),
        ("C", "lovely"),
        ("A", "is there anything else i can help with today"),
        ("C", "no thank you"),
        ("A", "thanks for calling bye"),
     ])

call("h24-21-asr-energy-bill-unable", industry="energy supplier", style=ASR, words=False,
     exercises="full greeting; bill shock; 'unable to' with no alternative; later alternative; empathy; paraphrase; untimed callback; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "'we're unable to change the tariff backdated' offers no alternative, so it is negative; 'someone from billing will call you' has no time."),
     turns=[
        ("A", "hello you're through to greenspark energy my name is owen what can i do for you"),
        ("C", "hi um my bill's just come and it's gone up to three hundred and twenty pounds a month i'm really worried i can't afford that"),
        ("A", "oh i'm sorry that's a big jump and i understand why you're worried can i take your name please"),
        ("C", "it's uh bernadette kowalczyk"),
        ("A", "thanks bernadette so your monthly payment has gone up a lot and you'd like help bringing it down"),
        ("C", "yes can you put me on the cheaper tariff from last month"),
        ("A", "we're unable to backdate a tariff change", {"tag": "neg"}),
        ("C", "oh"),
        ("A", "and someone from billing will call you about the amount"),
        ("C", "okay"),
        ("A", "is there anything else i can help with bernadette"),
        ("C", "no that's it"),
        ("A", "thank you for calling bye now"),
     ])

call("h24-22-asr-landline-move-no-name", industry="landline telephone", style=ASR, words=False,
     exercises="full greeting; routine home move; paraphrase; timed activation; name never given; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "na_or_fail", "na", "na", "Moving the line is routine; the customer never gives a name and the agent never uses one; the new line is live 'on the fifteenth'."),
     turns=[
        ("A", "good afternoon homelink telecom it's sunita here how can i help"),
        ("C", "hi i'm moving house next month and i want to take my phone line with me"),
        ("A", "lovely can i take your account number"),
        ("C", "it's four four seven one nine two"),
        ("A", "and the new postcode"),
        ("C", "l s eight two d w"),
        ("A", "so you'd like your landline moved to your new address when you move"),
        ("C", "yes on the fifteenth"),
        ("A", "your new line will be live on the fifteenth and your old one will stop the same day"),
        ("C", "great"),
        ("A", "anything else i can do for you"),
        ("C", "no that's all"),
        ("A", "thanks for calling goodbye"),
     ])

call("h24-23-asr-grocery-missing-bags", industry="online grocery", style=ASR, words=False,
     exercises="full greeting; missing bags; bare 'i don't know'; no empathy; no paraphrase; timed refund; name used; thanks without offer",
     labels=L("pass", "fail_or_pass", "fail", "fail", "pass", "pass", "na", "na", "'i don't know' is a bare negative answer; 'which bags' is not a restatement; the refund comes 'within three days'; the close says goodbye but never offers more help."),
     turns=[
        ("A", "hello freshcart this is imogen how can i help"),
        ("C", "hi um two bags were missing from my delivery last night all my frozen stuff and i'd planned dinner around it so i'm pretty cross"),
        ("A", "which bags"),
        ("C", "the frozen ones i just said"),
        ("A", "can i have your name"),
        ("C", "it's uh percival ndlovu"),
        ("A", "okay percival how did they go missing"),
        ("C", "you tell me"),
        ("A", "i don't know", {"tag": "neg"}),
        ("C", "great"),
        ("A", "the money for those items will be back on your card within three days"),
        ("C", "fine"),
        ("A", "okay bye percival"),
     ])

call("h24-24-asr-breakdown-renewal-transfer", industry="car breakdown recovery", style=ASR, words=False,
     exercises="full greeting; renewal price rise; no empathy; paraphrase; transfer without where or why; ends in transfer; name used",
     labels=L("pass", "na_or_fail", "fail", "pass", "na", "pass", "na", "fail", "The customer is unhappy at the price rise and gets no empathy; 'let me just put you through' gives neither a destination nor a reason."),
     turns=[
        ("A", "hi thanks for calling roadwise rescue i'm gareth how can i help"),
        ("C", "hi um my renewal's gone up from ninety to a hundred and sixty pounds and i'm really not happy about it"),
        ("A", "can i take your name and membership number"),
        ("C", "annika solberg r w five five two zero one"),
        ("A", "thanks annika so you want to know why your renewal price has gone up and whether it can come down"),
        ("C", "yes"),
        ("A", "it includes home start this year"),
        ("C", "i never asked for home start"),
        ("A", "okay let me just put you through"),
        ("C", "fine"),
        ("A", "connecting you now annika"),
        ("C", "okay"),
     ])

call("h24-25-travel-insurance-quote", industry="travel insurance", style=CLEAN, words=False,
     exercises="full greeting; routine quote; paraphrase; timed documents; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "A routine purchase with no problem, so empathy is na; documents 'within ten minutes' is timed."),
     turns=[
        ("A", "Good morning, Meridian Travel Cover, you're talking to Ciaran, how can I help today?"),
        ("C", "Hi, I need annual travel insurance for me and my husband, we're both in our sixties."),
        ("A", "Of course. Could I take your name first?"),
        ("C", "Margit Holloway."),
        ("A", "Thank you, Margit. So you're after an annual multi-trip policy covering the two of you."),
        ("C", "Yes, Europe only."),
        ("A", "Any medical conditions I should know about?"),
        ("C", "Just my husband's high blood pressure, it's well controlled."),
        ("A", "That's covered. The premium is a hundred and twelve pounds for the year."),
        ("C", "That's fine, let's go ahead."),
        ("A", "Done. Your policy documents will be emailed within ten minutes."),
        ("C", "Lovely."),
        ("A", "Is there anything else I can help with, Margit?"),
        ("C", "No, that's it."),
        ("A", "Thanks very much for calling, goodbye."),
     ])

call("h24-26-theatre-cancelled-show", industry="theatre box office", style=CLEAN, words=False,
     exercises="full greeting; cancelled performance disappointment; empathy; paraphrase; timed refund; untimed rebooking email; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na", "The refund has a time ('within seven days') but 'we'll email you when new dates go on sale' has none, so follow-up fails."),
     turns=[
        ("A", "Hello, Alhambra Theatre, you're speaking to Sorcha, how can I help?"),
        ("C", "Hi, I've just had a text saying tonight's show is cancelled, we've driven two hours to get here and my daughter's in tears."),
        ("A", "Oh, I'm so sorry, that's really disappointing after a drive like that. Can I take the booking name?"),
        ("C", "It's Anwen Delacroix."),
        ("A", "Thanks, Anwen. So tonight's performance has been cancelled and you'd like to know what happens with your tickets."),
        ("C", "Yes, exactly."),
        ("A", "The lead actor is unwell, I'm afraid. I can refund you in full or swap you onto another date."),
        ("C", "A refund, please, we can't come back soon."),
        ("A", "Of course. The full refund will reach your card within seven days."),
        ("C", "Okay."),
        ("A", "And we'll email you when the new dates go on sale."),
        ("C", "Thanks."),
        ("A", "Is there anything else I can do for you, Anwen?"),
        ("C", "No, thank you."),
        ("A", "Safe journey home, goodbye."),
     ])

call("h24-27-council-rent-arrears", industry="council housing", style=CLEAN, words=False,
     exercises="greeting without salutation; arrears worry; empathy 'I understand that's worrying'; paraphrase; 'you'll need to' neutral; timed letter; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na", "No salutation in the greeting; 'you'll need to bring your payslips' is a neutral instruction, put as optional; the agreement letter comes 'this week'."),
     turns=[
        ("A", "Northmoor Council rents team, Benedict speaking, how can I help?"),
        ("C", "Hi, I've had a letter saying I'm two hundred pounds behind on rent and I'm frightened I'll lose the flat."),
        ("A", "I understand that's really worrying. Nobody's going to take your home over this. Can I take your name and tenancy reference?"),
        ("C", "Kasia Mbeki, reference NT 44187."),
        ("A", "Thanks, Kasia. So you've fallen behind by about two hundred pounds and you'd like to set up a way of paying it back."),
        ("C", "Yes, if I can."),
        ("A", "We can add ten pounds a week to your rent until it's cleared."),
        ("C", "I can manage that."),
        ("A", "You'll need to bring your last two payslips to the housing office.", {"tag": "neg_opt"}),
        ("C", "Okay."),
        ("A", "I'll post the repayment agreement to you this week."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help you with, Kasia?"),
        ("C", "No."),
        ("A", "Thanks for calling, take care."),
     ])

call("h24-28-smart-meter-install", industry="energy smart meter", style=CLEAN, words=False,
     exercises="full greeting; routine install booking; paraphrase; timed reminder; name used; closing thanks only",
     labels=L("pass", "fail_or_pass", "na", "pass", "pass", "pass", "na", "na", "Routine booking; the reminder comes 'the day before'; the agent thanks the customer but never offers further help."),
     turns=[
        ("A", "Hiya, Solstice Energy, I'm Nikhil, what can I do for you?"),
        ("C", "Hello, I got a letter about getting a smart meter and I'd like to book it in."),
        ("A", "Great. Can I have your name and postcode?"),
        ("C", "Hywel Amundsen, CF23 9RT."),
        ("A", "Thanks, Hywel. So you want an appointment to have a smart meter fitted at home."),
        ("C", "Yes, for gas and electric."),
        ("A", "I can do the twelfth, either morning or afternoon."),
        ("C", "Morning, please."),
        ("A", "That's booked, eight till one on the twelfth. We'll text you a reminder the day before."),
        ("C", "Brilliant."),
        ("A", "Thanks for calling, Hywel."),
        ("C", "Cheers."),
     ])

call("h24-29-catalogue-credit-wrong-charge", industry="catalogue shopping", style=CLEAN, words=False,
     exercises="full greeting; wrong interest charge; empathy; detail read-back then restatement; timed refund; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'Eighteen pounds forty?' alone would be a detail, but the agent then restates the whole request; the refund is 'by the end of the week'."),
     turns=[
        ("A", "Good afternoon, thank you for calling Harrowby Home Shopping, my name is Gemma, how can I help?"),
        ("C", "Hi, I've been charged interest on my account this month but I paid it off in full, and I'm quite annoyed."),
        ("A", "Oh, that's really irritating when you've paid on time. Can I take your name and account number?"),
        ("C", "Rashid Okonkwo-Bell, HB 88201."),
        ("A", "Thanks, Rashid. The charge is eighteen pounds forty?"),
        ("C", "That's it."),
        ("A", "So you paid the full balance before the due date, you were still charged interest, and you'd like that taken off."),
        ("C", "Yes."),
        ("A", "I can see the payment came in on time. I've removed the interest, and the eighteen forty will be credited by the end of the week."),
        ("C", "Thank you."),
        ("A", "Anything else I can help you with, Rashid?"),
        ("C", "No, that's all."),
        ("A", "Thank you for calling, goodbye."),
     ])

call("h24-30-dental-toothache-hold-no-reason", industry="dental practice", style=CLEAN, words=False,
     exercises="full greeting; toothache; empathy; paraphrase; hold without a reason, thanked; booking today; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "na", "pass", "fail", "na", "'Hold on' gives no reason, so hold fails even though the agent thanks the customer; the appointment is booked in the call, not a future commitment."),
     turns=[
        ("A", "Hello, Maple Street Dental, you're through to Esther, how can I help?"),
        ("C", "Hi, I've had awful toothache since last night and I couldn't sleep at all."),
        ("A", "Oh, you poor thing, toothache is the worst. Can I take your name?"),
        ("C", "Fergus Lindqvist."),
        ("A", "Thanks, Fergus. So you need an emergency appointment for the pain as soon as possible."),
        ("C", "Yes please."),
        ("A", "Hold on."),
        ("C", "Okay."),
        ("A", "Thanks for waiting, Fergus. I've booked you in at quarter to four today with Dr Shah.", H),
        ("C", "Thank you so much."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "See you later, goodbye."),
     ])

call("h24-31-halls-deposit-refused", industry="university accommodation", style=CLEAN, words=False,
     exercises="full greeting; deposit deduction dispute; empathy; paraphrase; 'we cannot' with alternative; timed appeal review; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'We cannot reverse it on the phone, but what I can do is open an appeal' has an alternative, so not negative; the review is 'within ten working days'."),
     turns=[
        ("A", "Good morning, Riverside University Residences, Alasdair speaking, how can I help?"),
        ("C", "Hi, you've kept a hundred and fifty pounds of my deposit for damage I didn't do, the marks were there when I moved in, and it's really unfair."),
        ("A", "I'm sorry, I can see why that feels unfair. Can I have your name and student number?"),
        ("C", "Chidi Ferreira, 2207 9134."),
        ("A", "Thanks, Chidi. So you think the deduction for wall damage is wrong because it was there before you arrived, and you want the money back."),
        ("C", "Exactly."),
        ("A", "We cannot reverse it on the phone, but what I can do is open an appeal with your move-in photos."),
        ("C", "I've got photos, yes."),
        ("A", "Great. The appeal will be reviewed within ten working days of the photos arriving."),
        ("C", "Okay, thanks."),
        ("A", "Can I help with anything else, Chidi?"),
        ("C", "No."),
        ("A", "Thank you for calling, bye."),
     ])

call("h24-32-pet-subscription-cancel-transfer", industry="pet food subscription", style=CLEAN, words=False,
     exercises="full greeting; dog died, cancelling; empathy; paraphrase; transfer with destination and reason; ends in transfer; name used",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "The customer's grief calls for empathy and gets it; the transfer names the accounts team and says why (they handle refunds for paid boxes); no future commitment is made."),
     turns=[
        ("A", "Hello, Happy Paws Deliveries, this is Mariana, how can I help?"),
        ("C", "Hi, I need to cancel my subscription, our dog passed away on Sunday."),
        ("A", "Oh, I'm so sorry for your loss. Can I take your name?"),
        ("C", "Desmond Abernethy."),
        ("A", "Thank you, Desmond. So you'd like to cancel the subscription altogether, and I think you've got a box already paid for."),
        ("C", "Yes, it's due Friday, I don't want it."),
        ("A", "I've cancelled the subscription and stopped Friday's box."),
        ("C", "Thank you."),
        ("A", "I'm going to pass you to our accounts team, Desmond, because they handle refunds for boxes that have already been paid for."),
        ("C", "Okay."),
        ("A", "Transferring you now."),
        ("C", "Thanks."),
     ])

call("h24-33-gym-freeze-no-alternative", industry="gym direct debit", style=CLEAN, words=False,
     exercises="full greeting; injury; empathy; no paraphrase; 'that's not something we do'; bare no to question; untimed email; name not used; full close",
     labels=L("pass", "pass", "pass", "fail", "fail", "fail", "na", "na", "'No, that's not something we offer' refuses with no alternative; 'I'll email you the cancellation form' has no time; the name is given but never used."),
     turns=[
        ("A", "Hi, thanks for calling Pulse Fitness, I'm Brody, what can I do for you?"),
        ("C", "Hi, I've broken my ankle and I'll be in a cast for two months, so I'd like to freeze my membership."),
        ("A", "Ouch, I'm sorry to hear that. What's your name?"),
        ("C", "Lavinia Oduya."),
        ("A", "And your membership number?"),
        ("C", "PF 10472."),
        ("A", "Is a freeze something you've used before?"),
        ("C", "No. Can I freeze it for two months?"),
        ("A", "No, that's not something we offer on your plan.", {"tag": "neg"}),
        ("C", "Then I'll cancel."),
        ("A", "I'll email you the cancellation form."),
        ("C", "Fine."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for calling, bye."),
     ])

call("h24-34-tyre-puncture-callback", industry="tyre fitting", style=CLEAN, words=False,
     exercises="full greeting; puncture stress; empathy; paraphrase; hold announced with reason, no thanks; timed callback; name used; closing offer only",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "fail", "na", "The hold has a reason but no thanks afterwards; 'I'll call you back within fifteen minutes' is timed; the close offers more help but has no thanks or goodbye."),
     turns=[
        ("A", "Good afternoon, Treadright Tyres, Yolanda speaking, how can I help you?"),
        ("C", "Hi, I've got a flat tyre at work and I need the car to pick the kids up at four, I'm really stressed."),
        ("A", "That sounds stressful, let's see what we can do. What's your name and registration?"),
        ("C", "Conrad Baptiste, KN19 PLX."),
        ("A", "Thanks, Conrad. So you need the puncture fixed at your workplace before four this afternoon."),
        ("C", "Yes."),
        ("A", "I'll just check which mobile fitters are free near you."),
        ("C", "Okay."),
        ("A", "Right, I've asked the nearest fitter. I'll call you back within fifteen minutes to confirm a time.", H),
        ("C", "Okay, great."),
        ("A", "Anything else I can help with, Conrad?"),
        ("C", "No, that's it."),
     ])

call("h24-35-window-cleaning-quote", industry="window cleaning", style=CLEAN, words=False,
     exercises="greeting without offer to help; routine quote; no paraphrase; timed visit; name used; full close",
     labels=L("fail", "pass", "na", "fail", "pass", "pass", "na", "na", "Greeting has salutation, company and name but no offer to help; giving a price is not a restatement; the estimator visit is 'Tuesday afternoon'."),
     turns=[
        ("A", "Good morning, Crystal View Window Cleaning, Lenny here."),
        ("C", "Hi, I'd like a quote for regular window cleaning, it's a three-bed semi."),
        ("A", "Right. What's your name and postcode?"),
        ("C", "Ingrid Mahoney, NG5 2LP."),
        ("A", "Thanks, Ingrid. Conservatory?"),
        ("C", "Yes, a small one."),
        ("A", "It's usually around twenty-two pounds every four weeks with a conservatory."),
        ("C", "That sounds reasonable."),
        ("A", "Someone will pop round on Tuesday afternoon to confirm the price."),
        ("C", "Lovely."),
        ("A", "Anything else I can do for you, Ingrid?"),
        ("C", "No, that's everything."),
        ("A", "Cheers, bye."),
     ])

call("h24-36-rail-delay-repay", industry="rail season tickets", style=CLEAN, words=False,
     exercises="full greeting; repeated delays frustration; empathy; paraphrase; 'I can't' with alternative; two timed commitments; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'I can't process it over the phone, but I can email you a direct link' has an alternative; both commitments have times."),
     turns=[
        ("A", "Hello, thanks for calling Vale Line Rail, my name's Idris, how can I help?"),
        ("C", "Hi, my train's been late nearly every day this month and I've been late for work five times, I'm fed up with it."),
        ("A", "I completely understand how frustrating that is, especially when it's affecting your job. Can I take your name?"),
        ("C", "Philippa Strand."),
        ("A", "Thanks, Philippa. So you've had repeated delays on your season ticket journeys and you want to claim compensation for them."),
        ("C", "Yes, all of them."),
        ("A", "I can't process delay claims over the phone, but I can email you a direct link that fills in your ticket details."),
        ("C", "Okay, that's helpful."),
        ("A", "You'll have that email in the next five minutes, and claims are paid within fourteen days."),
        ("C", "Good."),
        ("A", "Is there anything else I can help with, Philippa?"),
        ("C", "No, thanks."),
        ("A", "Thank you for calling, goodbye."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout24: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout24", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h24", seed_base=2400)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
