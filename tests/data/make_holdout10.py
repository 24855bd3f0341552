"""Write the holdout10 set: 36 contact-centre calls and their labels.

Written and labelled blind (before any detector ran on it) by hand against
/work/shared/RUBRIC.md. Run from anywhere:

    python tests/data/make_holdout10.py

It writes ``tests/data/holdout10/<call_id>.json`` (canonical call format),
``tests/data/holdout10-labels.json`` (call_id -> labels) and
``tests/data/holdout10/README.md`` (who labelled, the make-up, the label counts
and the judgement calls). Deterministic: the same files come out on every run.

How a call is written (turns, their timing options and the tags that become
the list labels) is described in tests/data/holdout_kit.py, which also holds
the turn builder, the word timings and the self-checks that compare the timings
with the labels, so a timing slip cannot silently change a label. The calls,
wording, companies, industries, people and labels are new to this set.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # holdout_kit.py sits next to this script
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout10"
LABELS_PATH = HERE / "holdout10-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12

CALLS, call = call_collector()


# ---------------------------------------------------------------------------
# The 36 calls. Each call's labels were decided from its text and timing
# (RUBRIC.md only) while writing it, before moving on to the next one.
# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up,
# personalization, hold_etiquette, transfer, notes.
# ---------------------------------------------------------------------------

call(
    "h10-01-vet-dog-ate-grapes",
    industry="veterinary clinic",
    style="clean, punctuated",
    words=True,
    exercises="company-then-name greeting with offer; frightened owner, backchannel inside her long turn; agent cuts in 0.9 s with triage questions; 'Oh, that's frightening'; full restatement; 'in fifteen minutes'; first name used; 'see you shortly' closing",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "The 0.9 s cut-in is urgent and helpful but still takes the floor while the customer is talking, so it is an interruption."),
    turns=[
        ("A", "Good morning, Tallowmere Vets, Delphine speaking, how can I help?"),
        ("C", "Oh hi, sorry, I'm a bit all over the place, my dog has just eaten a load of grapes off the kitchen table, I turned my back for one minute and the bowl was empty, and I've read they can be really dangerous for dogs and I don't know what to do."),
        ("A", "Mm-hmm.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Okay, how big is she and roughly how many grapes, do you think?", {"at_end": 0.9, "tag": "intr"}),
        ("C", "She's a springer spaniel, about eighteen kilos, and it was maybe a handful, ten or twelve."),
        ("A", "Oh, that's frightening, but you've done exactly the right thing ringing straight away. Can I take your name?"),
        ("C", "Hattie Prowse. The dog's Juniper, she's registered with you."),
        ("A", "Thank you, Hattie. When did she eat them?"),
        ("C", "About twenty minutes ago. She seems completely fine, she's wagging at me."),
        ("A", "So Juniper's had ten or twelve grapes in the last twenty minutes and she isn't showing any symptoms yet. That's the best time to treat her, before anything's absorbed."),
        ("C", "Right. Should I bring her in?"),
        ("A", "Yes, please bring her straight down. I'll tell the vet now, and she'll be ready for you in fifteen minutes."),
        ("C", "Okay, I'm getting my keys."),
        ("A", "Is there anything else you need before you set off?"),
        ("C", "No, I just want to get her there."),
        ("A", "Drive carefully, Hattie, see you shortly. Bye."),
        ("C", "Bye, thank you."),
    ],
)

call(
    "h10-02-funeral-first-call",
    industry="funeral director",
    style="clean, punctuated",
    words=False,
    exercises="formal greeting; bereavement told quietly; 'I'm so sorry for your loss'; 'No, you don't need to do anything tonight' answers a question and helps; full restatement; 'this afternoon' and 'tomorrow morning' commitments; title + surname used",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "'No, you don't need to do anything tonight' answers her question and goes on to help, so it is not negative language."),
    turns=[
        ("A", "Good afternoon, Heronsgate Funeral Care, this is Emrys. How may I help you?"),
        ("C", "Hello. My father died early this morning at the Copse Lane hospice, and they gave me your number."),
        ("A", "I'm so sorry for your loss. Please take your time. May I ask your name?"),
        ("C", "It's Bernadette Auclair. His name was Henri Auclair."),
        ("A", "Thank you, Mrs Auclair. Had your father made any wishes known about his funeral?"),
        ("C", "He wanted to be cremated, and something small. Just family, maybe twenty people. I've never done this before."),
        ("A", "That's perfectly all right, we'll guide you through every step."),
        ("C", "Do I have to do anything tonight? Register it, or anything like that?"),
        ("A", "No, you don't need to do anything tonight. The hospice will issue the medical certificate, and we'll speak to them about it for you."),
        ("C", "Oh, thank goodness."),
        ("A", "So, to make sure I have it right: you'd like us to bring your father into our care from the hospice, and then arrange a cremation with a small family service."),
        ("C", "Yes, that's right."),
        ("A", "Our team will collect him from the hospice this afternoon, and I'll call you tomorrow morning, at about ten, to go through the arrangements with you."),
        ("C", "Ten is fine. Thank you, you've been very kind."),
        ("A", "Is there anything else I can help with for now, Mrs Auclair?"),
        ("C", "No, I think that's all I can manage today."),
        ("A", "Of course. Take care of yourself, and we'll speak tomorrow. Goodbye."),
        ("C", "Goodbye."),
    ],
)

call(
    "h10-03-bike-service-squeal",
    industry="bicycle repair",
    style="ASR: lower-case, no punctuation, numbers as words",
    words=False,
    exercises="company-only greeting; annoyed customer; policy refusal and 'i dont know what you want me to say'; no empathy; no restatement; untimed 'someone'll have a look'; name given, never used; 'alright cheers' only",
    labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na",
             "'alright cheers' at the end thanks the customer but nothing offers further help, so closing is the one-of-two case."),
    turns=[
        ("A", "spokesmith cycles"),
        ("C", "yeah hi i had my bike in with you two weeks ago for the full service and the back brake is squealing again like worse than before"),
        ("A", "right whats the name on the job"),
        ("C", "dominic okwuosa o k w u o s a"),
        ("A", "yeah got it full service forty five pounds on the third"),
        ("C", "yeah so i paid forty five quid and its doing exactly the same thing so can you redo it for free"),
        ("A", "no thats not how it works its our policy every service is charged separately", {"tag": "neg"}),
        ("C", "youre joking the whole point was to fix the brake"),
        ("A", "i dont know what you want me to say", {"tag": "neg"}),
        ("C", "i want you to fix what i paid for mate"),
        ("A", "look bring it in and someone'll have a look at it"),
        ("C", "and will i be paying again"),
        ("A", "depends what it is"),
        ("C", "great okay"),
        ("A", "alright cheers"),
    ],
)

call(
    "h10-04-storage-unit-upgrade",
    industry="self storage",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; routine upgrade (empathy na); title corrected by the customer ('Dr, actually') and used; full restatement; everything done during the call (follow-up na); 'No problem at all'",
    labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "na",
             "The new unit and access code are set up while she is on the line, so there is no commitment to a future action."),
    turns=[
        ("A", "Hi, you're through to Cliffvault Self Storage, my name is Rhodri, what can I do for you today?"),
        ("C", "Hello, I rent a unit at your Eastway site and I need something bigger, I've got a whole house's worth coming out of my mother's place."),
        ("A", "No problem at all. Can I take the name on the account?"),
        ("C", "Farrant. Imelda Farrant."),
        ("A", "Thank you, Mrs Farrant, and the first line of the address?"),
        ("C", "It's Dr, actually, but never mind. Forty-one Reedmace Close."),
        ("A", "Sorry, Dr Farrant. I can see you've got the fifty square foot unit, number two one four."),
        ("C", "That's it. Can I go up to a hundred, and keep the same code for the gate? My brother's got it."),
        ("A", "So you'd like to move up from the fifty square foot unit to a hundred, starting straight away, and keep your current gate code so your brother can still get in."),
        ("C", "Exactly."),
        ("A", "Unit three zero eight is a hundred square foot and it's free now. I've moved the account over and linked your gate code to it, so it works already."),
        ("C", "Brilliant. And the price?"),
        ("A", "It's ninety-two pounds a month, and this month's difference is on today's invoice, which you've got in your email now."),
        ("C", "Yes, it's just come through."),
        ("A", "Anything else I can help with, Dr Farrant?"),
        ("C", "No, that's everything."),
        ("A", "Lovely, thanks for calling, bye now."),
    ],
)

call(
    "h10-05-car-hire-damage-charge",
    industry="car rental",
    style="clean, punctuated",
    words=False,
    exercises="greeting split over two turns within 20 s; angry customer; 'Sir, you need to calm down' and a policy refusal; later 'I'm sorry, I can see why that's upsetting'; restatement; hold announced with reason and thanked; untimed 'get back to you'; surname given, never used; 'Anything else?' then 'Okay then.'",
    labels=L("pass", "fail_or_pass", "pass", "pass", "fail", "fail", "pass", "na",
             "The agent's name and offer come in the second agent turn, a few seconds in, so the greeting passes; empathy comes late but does come."),
    turns=[
        ("A", "Lantern Car Hire, good evening."),
        ("C", "Hello? Is that the car hire?"),
        ("A", "Yes, sorry, it's Ottilie here, how can I help?"),
        ("C", "You've taken two hundred and fifty pounds off my card for a scratch on the back door, and that scratch was there when I picked the car up. This is daylight robbery."),
        ("A", "Sir, you need to calm down.", {"tag": "neg"}),
        ("C", "Don't tell me to calm down, I want my money back."),
        ("A", "It's company policy to charge for any damage found on return.", {"tag": "neg"}),
        ("C", "But it wasn't found on return, it was there before!"),
        ("A", "Can I have the booking reference and your surname?"),
        ("C", "L C H four four seven one. Tagliaferri."),
        ("A", "So you've been charged two hundred and fifty pounds for a scratch on the rear door that you say was already there when you collected the car."),
        ("C", "Yes. There's a photo on my phone from the car park."),
        ("A", "Let me pull up the check-out photos from the branch to compare, bear with me."),
        ("A", "Thanks for bearing with me. The branch photo is taken from the other side, so it doesn't show that door.", {"gap": 14.0, "tag": "hold"}),
        ("C", "Well, there you go."),
        ("A", "I'm sorry, I can see why that's upsetting. I'll raise a dispute with your photo attached, and the damage team will look at it and get back to you."),
        ("C", "Fine. Make sure they do."),
        ("A", "Anything else?"),
        ("C", "No."),
        ("A", "Okay then."),
    ],
)

call(
    "h10-06-lost-suitcase",
    industry="airline baggage",
    style="ASR: lower-case, no punctuation, run-on turns",
    words=True,
    exercises="full ASR greeting; stressed traveller, 'mm hmm' inside her run-on turn; agent cuts in 1.1 s for the reference; 'oh no thats so stressful'; 'i dont know if youve filled in' (polite form); restatement; untimed courier delivery and 'a text when its found'; first name used",
    labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na",
             "'i dont know if youve filled in the form' is the polite question form, not negative language; both commitments lack a time."),
    turns=[
        ("A", "hi thanks for calling skyrill airways baggage services my names obafemi how can i help"),
        ("C", "hi yeah um my suitcase didnt come off the flight from lisbon last night the belt just stopped and it wasnt there and i waited like an hour and the desk was shut and i fly on to porto on friday and everything i need is in it"),
        ("A", "mm hmm", {"at_start": 5.0, "tag": "bc"}),
        ("A", "have you got a file reference from the airport", {"at_end": 1.1, "tag": "intr"}),
        ("C", "no the desk was shut"),
        ("A", "oh no thats so stressful on a trip can i take your name"),
        ("C", "its fenella gauntlett"),
        ("A", "thanks fenella i dont know if youve filled in the online missing bag form yet"),
        ("C", "no i didnt know there was one"),
        ("A", "thats fine i can do it with you now whats the bag like"),
        ("C", "its a big blue hard case with a yellow strap round it"),
        ("A", "so your blue hard case with the yellow strap didnt come off last nights lisbon flight and you need it back before you fly on to porto on friday"),
        ("C", "yes exactly"),
        ("A", "okay ive logged it as urgent the courier will bring it to your hotel and youll get a text when its found"),
        ("C", "okay thank you"),
        ("A", "anything else i can help with fenella"),
        ("C", "no thats it"),
        ("A", "okay take care bye"),
    ],
)

call(
    "h10-07-gym-freeze-broken-ankle",
    industry="gym membership",
    style="clean, punctuated",
    words=False,
    exercises="'Ironfern Gym, hi.' (no name, no offer); broken ankle met with business only; wrong restatement ('cancel') corrected, then only 'Oh, freeze, okay'; limit with alternative (not negative); 'No. You have to send the note.' refusal and demand; timed 'now' and 'first of next month'; 'Mr Szabo'; 'Anything else? ... Bye.'",
    labels=L("fail", "pass", "fail", "fail", "pass", "pass", "na", "na",
             "The agent's only restatement is wrong ('cancel') and after the correction just echoes one word, so paraphrase fails."),
    turns=[
        ("A", "Ironfern Gym, hi."),
        ("C", "Hi, I've broken my ankle playing five-a-side, I'm in a cast for eight weeks, so I want to stop my membership while I can't use it."),
        ("A", "Can I take your name?"),
        ("C", "Benedikt Szabo."),
        ("A", "Thanks, Mr Szabo. So you want to cancel your membership."),
        ("C", "No, not cancel. Freeze it. I'll be back when the cast's off."),
        ("A", "Oh, freeze, okay."),
        ("A", "We can't freeze it over the phone, but I can email you the freeze form."),
        ("C", "Fine. Can't you just do it without the doctor's note, though? It's obvious I've got a cast."),
        ("A", "No. You have to send the note.", {"tag": "neg"}),
        ("C", "Right. Okay."),
        ("A", "I'll email the form now, and the freeze will start on the first of next month."),
        ("C", "Okay."),
        ("A", "Anything else?"),
        ("C", "No."),
        ("A", "Bye."),
    ],
)

call(
    "h10-08-repeat-prescription-not-ready",
    industry="pharmacy",
    style="clean, punctuated",
    words=True,
    exercises="'Hello, Pellworth Pharmacy, Yusra speaking.' (no offer); run out of tablets; backchannel 'Right.'; agent cuts in 0.6 s; 'Oh dear'; hold asked with reason, 'Thanks for waiting'; restatement; 'after two o'clock today'; title + surname",
    labels=L("fail", "pass", "pass", "pass", "pass", "pass", "pass", "na",
             "Everything but the offer to help is in the greeting, so it fails."),
    turns=[
        ("A", "Hello, Pellworth Pharmacy, Yusra speaking."),
        ("C", "Hello, yes, I put my repeat prescription in on Monday, for my blood pressure tablets, and the surgery says they sent it over to you on Tuesday, but the app still says it's not ready and I took my last one this morning."),
        ("A", "Right.", {"at_start": 6.0, "tag": "bc"}),
        ("A", "Can I take your name and date of birth?", {"at_end": 0.6, "tag": "intr"}),
        ("C", "Cuthbert Ormsby, fourth of May, nineteen fifty-one."),
        ("A", "Oh dear, we don't want you going without those, Mr Ormsby."),
        ("A", "So the surgery sent your repeat over on Tuesday, it still isn't showing as ready, and you've taken your last tablet today."),
        ("C", "That's it, yes."),
        ("A", "Can I put you on hold for a moment while I check with the dispensary?"),
        ("C", "Yes, of course."),
        ("A", "Thanks for waiting, Mr Ormsby. It's here, it just hadn't been checked by the pharmacist yet.", {"gap": 18.0, "tag": "hold"}),
        ("C", "Oh, good."),
        ("A", "It'll be ready to collect after two o'clock today."),
        ("C", "Lovely, I'll come down this afternoon."),
        ("A", "Anything else I can help with, Mr Ormsby?"),
        ("C", "No, that's all."),
        ("A", "Thank you, bye bye."),
    ],
)

call(
    "h10-09-solar-inverter-red-light",
    industry="solar panel installer",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; third breakdown, frustrated; only 'Sorry, could you say the postcode again?' (politeness); 'So it's the inverter.' one detail; unannounced 11 s silence; 'I don't know if you've tried the isolator' (polite form); untimed engineer call; no name ever; full closing",
    labels=L("pass", "pass", "fail", "fail", "fail", "na_or_fail", "fail", "na",
             "The 11 s silence while the agent works is unannounced and never thanked: hold fail; the only 'sorry' asks for a repeat, so empathy fails."),
    turns=[
        ("A", "Good morning, thank you for calling Sunrake Solar, my name's Caspian, how can I help you today?"),
        ("C", "Hi. My panels have stopped generating again. Since the storm on Sunday the inverter's had a red light on, and this is the third time this year. I'm honestly sick of it."),
        ("A", "Can I have the postcode of the property?"),
        ("C", "It's T R seven, two P Q."),
        ("A", "Sorry, could you say the postcode again?"),
        ("C", "T R seven, two P Q."),
        ("A", "So it's the inverter."),
        ("C", "Yes, the inverter, with the red light."),
        ("A", "I don't know if you've tried turning the isolator switch off and on again?"),
        ("C", "Twice. Nothing."),
        ("A", "Right, okay, I've got the engineers' booking screen up now.", {"gap": 11.0, "tag": "hold"}),
        ("C", "Okay."),
        ("A", "I've raised a fault, and an engineer will call you to arrange a visit."),
        ("C", "When?"),
        ("A", "They work through the list in order."),
        ("C", "Right."),
        ("A", "Is there anything else I can do for you?"),
        ("C", "No."),
        ("A", "Thanks for calling Sunrake Solar, have a good day."),
    ],
)

call(
    "h10-10-hotel-anniversary-booking",
    industry="hotel reservations",
    style="ASR: lower-case, no punctuation, spelled-out name, numbers as words",
    words=False,
    exercises="full formal greeting; routine booking (na); spelled surname then 'mrs thistlewood'; limit with alternative ('cant guarantee a sea view but'); full restatement; 'in the next few minutes'; 'no problem'; full closing",
    labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
             "'we cant guarantee a sea view but i can put a request on' is a limit with an alternative, not negative language."),
    turns=[
        ("A", "good afternoon the quillon hotel reservations this is marisol speaking how may i assist you"),
        ("C", "hello yes id like to book a room for our anniversary its our twenty fifth"),
        ("A", "oh congratulations what dates were you thinking"),
        ("C", "friday the twelfth and saturday the thirteenth two nights with breakfast and if possible a quiet room and a sea view"),
        ("A", "can i take the name for the booking"),
        ("C", "its thistlewood t h i s t l e w o o d"),
        ("A", "thank you mrs thistlewood we cant guarantee a sea view but i can put a request on the booking and the quiet room is no problem"),
        ("C", "thats lovely"),
        ("A", "so thats a double room for two nights friday the twelfth and saturday the thirteenth with breakfast in a quiet part of the hotel and a sea view requested"),
        ("C", "perfect"),
        ("A", "thats two hundred and sixty eight pounds in total ill send you a confirmation email in the next few minutes"),
        ("C", "great thank you"),
        ("A", "is there anything else i can help you with mrs thistlewood"),
        ("C", "no thats everything"),
        ("A", "thank you for choosing the quillon have a lovely anniversary goodbye"),
    ],
)

call(
    "h10-11-phone-repair-still-faulty",
    industry="mobile phone repair",
    style="clean, punctuated",
    words=True,
    exercises="'Fixpoint, Idris here.' (no salutation, no offer); angry customer cutting in on the agent; two agent cut-ins (0.7 s, 1.3 s); a 'Yeah.' backchannel; 'There's nothing I can do' and 'That's not my job'; no empathy; untimed technician look; name never used; bare transfer to 'the workshop'",
    labels=L("fail", "na_or_fail", "fail", "fail", "fail", "fail", "na", "fail",
             "'I'll put you through to the workshop' says where but not why, so the transfer fails; the call ends in it, so closing is na_or_fail."),
    turns=[
        ("A", "Fixpoint, Idris here."),
        ("C", "Yeah, hi, my name's Zubair, I had my screen replaced with you, it took two weeks when you said three days, and now I've got it back the bottom of the screen doesn't respond to touch at all, I can't even type a message properly."),
        ("A", "Yeah.", {"at_start": 5.0, "tag": "bc"}),
        ("A", "What's the job number?", {"at_end": 0.7, "tag": "intr"}),
        ("C", "F P two two nine zero."),
        ("A", "Okay, the screen replacement was done and tested, so the touch issue would be a separate fault with the phone."),
        ("C", "It was fine before I gave it to you!", {"at_end": 0.8}),
        ("A", "There's nothing I can do about the touch, it's a separate fault.", {"tag": "neg"}),
        ("C", "So I paid ninety pounds for a screen I can't use, and you're telling me that's it, that you're just going to leave it like that and I have to go somewhere else?"),
        ("A", "That's not my job, the technicians decide that.", {"at_end": 1.3, "tag": ["intr", "neg"]}),
        ("C", "Then get me a technician."),
        ("A", "I'll get a technician to look at it."),
        ("C", "When?"),
        ("A", "Hold on, I'll put you through to the workshop."),
    ],
)

call(
    "h10-12-resident-parking-permit",
    industry="council parking services",
    style="clean, punctuated",
    words=False,
    exercises="'Dunmere Council, parking services, you're speaking to Hedda, how can I help?' (no salutation); routine permit (na); restatement; 'within two working days'; name given, never used; transfer to the Penalty Notice team with the reason; call ends in the transfer",
    labels=L("fail", "na_or_fail", "na", "pass", "pass", "fail", "na", "pass",
             "The greeting has company, name and offer but no salutation, so it fails; 'appeals are handled by our Penalty Notice team rather than us' comes with the transfer, so it is not 'not my department'."),
    turns=[
        ("A", "Dunmere Council, parking services, you're speaking to Hedda, how can I help?"),
        ("C", "Hi, I've just moved into Kiln Lane and I need a resident's permit. And I've had a ticket I want to appeal as well."),
        ("A", "Let's do the permit first. Can I take your name?"),
        ("C", "Priyamvada Rao."),
        ("A", "And the registration of the car?"),
        ("C", "W K seven three, X L M."),
        ("A", "So you've just moved into Kiln Lane and you need a resident's permit for one car, the W K seven three."),
        ("C", "That's right, just the one."),
        ("A", "That's forty-eight pounds for the year. I've taken the payment, and the permit will be emailed to you within two working days."),
        ("C", "Great. Now the ticket."),
        ("A", "Appeals are handled by our Penalty Notice team rather than us, so I'll put you through to them now; they can look at the ticket and the photos with you."),
        ("C", "Okay, thanks."),
    ],
)

call(
    "h10-13-library-renewals",
    industry="public library",
    style="ASR: lower-case, no punctuation, mumbled greeting, fillers",
    words=False,
    exercises="mumbled 'hello ravensholt libraries um' (no name, no offer); routine renewal (na); 12 s while the customer finds her card (wait); 'four books yeah' one detail; 'no dvds cant be renewed' bare refusal; reminder 'three days before theyre due'; no name ever; offer + 'bye now'",
    labels=L("fail", "pass", "na", "fail", "pass", "na_or_fail", "na", "na",
             "The 12 s silence is the customer looking for her card (na); 'three days before theyre due', with the due date just set, counts as a time."),
    turns=[
        ("A", "hello ravensholt libraries um"),
        ("C", "oh hello yes i want to renew my books please i think theyre due on saturday"),
        ("A", "yep whats your library card number"),
        ("C", "hang on its in my purse let me find it"),
        ("C", "right sorry its two nine four four zero one eight seven", {"gap": 12.0, "tag": "wait"}),
        ("A", "thank you so thats four books yeah"),
        ("C", "yes four and theres a dvd as well can i renew the dvd too"),
        ("A", "no dvds cant be renewed", {"tag": "neg"}),
        ("C", "oh okay ill bring that one back then"),
        ("A", "ive renewed the four books theyre now due on the twenty third"),
        ("C", "lovely"),
        ("A", "and youll get an email reminder three days before theyre due"),
        ("C", "thats handy"),
        ("A", "anything else i can do for you"),
        ("C", "no thats all thank you"),
        ("A", "okay bye now"),
    ],
)

call(
    "h10-14-toothache-emergency-slot",
    industry="dental practice",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; toothache since the weekend; 'Oh, you poor thing'; full restatement; 'one moment' with a reason, 12 s, then 'Sorry about that' (no thanks); 'You'll need to fill in a medical history form' (borderline); untimed cancellation-list call; 'Gideon'; ends 'that's you booked in' with no offer or goodbye from the agent",
    labels=L("pass", "fail", "pass", "pass", "fail", "pass", "fail", "na",
             "The hold is announced with a reason but followed by 'Sorry about that', not thanks, so it fails; the agent ends with neither an offer nor a goodbye."),
    turns=[
        ("A", "Good morning, Brightmolar Dental, Saoirse speaking, how can I help?"),
        ("C", "Hi, I've had awful toothache since Saturday, it's a tooth at the bottom on the left, right at the back, and it's much worse when I drink anything cold. I barely slept."),
        ("A", "Oh, you poor thing, toothache is miserable. Are you registered with us?"),
        ("C", "Yes, Gideon Quarrie."),
        ("A", "Thank you, Gideon. So you've had pain in a lower back tooth on the left since Saturday, it's worse with cold, and you'd like to be seen as soon as we can."),
        ("C", "Yes, please, today if there's any way."),
        ("A", "Let me see what the emergency slots look like, one moment."),
        ("A", "Sorry about that. Today's gone, but I've got Thursday at eight forty.", {"gap": 12.0, "tag": "hold"}),
        ("C", "Thursday. Okay, I'll take it."),
        ("A", "I've booked you in for Thursday at eight forty with Dr Malhi. I'll also put you on the cancellation list, and we'll ring you if something comes up sooner."),
        ("C", "Thank you."),
        ("A", "You'll need to fill in a medical history form when you arrive.", {"tag": "neg_opt"}),
        ("C", "That's fine."),
        ("A", "Right, that's you booked in."),
        ("C", "Thanks, bye."),
    ],
)

call(
    "h10-15-driving-lessons-cancelled",
    industry="driving school",
    style="clean with fillers",
    words=True,
    exercises="name-first greeting ('Fergus here at Clutchwise Driving School, hi, what can I do for you?'); annoyed learner, 'Uh-huh.' and 'I see.' backchannels; agent cuts in 0.8 s; no empathy; nickname given and used; full restatement; 'this evening'; full closing",
    labels=L("pass", "pass", "fail", "pass", "pass", "pass", "na", "na",
             "The learner is clearly annoyed at two cancellations but the agent never acknowledges it; 'Tabs' is her own nickname, so using it is personalization."),
    turns=[
        ("A", "Fergus here at Clutchwise Driving School, hi, what can I do for you?"),
        ("C", "Hi, um, so it's Tabitha, well, Tabs, everyone calls me Tabs. My instructor has cancelled on me twice this month, both times like an hour before, and my test is on the ninth, and honestly I'm really fed up because I took time off work both times."),
        ("A", "Uh-huh.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "I see.", {"at_start": 9.0, "tag": "bc"}),
        ("A", "Which instructor is it, Tabs?", {"at_end": 0.8, "tag": "intr"}),
        ("C", "Carwyn. He's nice but I can't keep doing this."),
        ("A", "Okay, so you want a different instructor for your next lessons, before your test on the ninth, so you don't get any more last-minute cancellations."),
        ("C", "Yes. I've got six lessons left on my block."),
        ("A", "Right, um, I can move the six lessons over to Beata, she's got Tuesday and Thursday evenings."),
        ("C", "That works."),
        ("A", "I'll text you Beata's details and the new times this evening."),
        ("C", "Okay, thanks."),
        ("A", "Anything else I can help with, Tabs?"),
        ("C", "No, that's it."),
        ("A", "Cheers, bye!"),
    ],
)

call(
    "h10-16-removals-broken-mirror",
    industry="removals",
    style="clean, punctuated",
    words=False,
    exercises="'Packhorse Removals, good morning, how can I help?' (no agent name); damaged heirloom; 'Oh no, I'm sorry that happened'; 'Which mirror was it?' single detail; 'You have to send photos, or we can't do anything.' demand and refusal; timed claims contact; customer's name said wrongly by the agent; full closing",
    labels=L("fail", "pass", "pass", "fail", "pass", "fail", "na", "na",
             "The agent calls her 'Mrs Adesina' after she gave 'Adesanmi'; a wrong name is not her name, so personalization fails."),
    turns=[
        ("A", "Packhorse Removals, good morning, how can I help?"),
        ("C", "Hello, you moved us on Tuesday, and when we unwrapped everything last night my grandmother's mirror, the big one from the hallway, is cracked right across."),
        ("A", "Oh no, I'm sorry that happened. Can I take the name on the booking?"),
        ("C", "Adesanmi. A D E S A N M I."),
        ("A", "Thank you, Mrs Adesina. Which mirror was it?"),
        ("C", "The big gilt one. It was wrapped by your men, I watched them do it."),
        ("A", "You have to send photos, or we can't do anything.", {"tag": "neg"}),
        ("C", "I can send photos, that's not a problem. Where to?"),
        ("A", "To claims at packhorse removals dot co dot uk, with the booking number in the subject."),
        ("C", "Okay."),
        ("A", "Once we have the photos, a claims handler will contact you within five working days."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Thanks for letting us know, goodbye."),
    ],
)

call(
    "h10-17-sofa-delivery-no-show",
    industry="furniture delivery",
    style="ASR: lower-case, no punctuation, run-on turns",
    words=True,
    exercises="full ASR greeting; furious customer, 'yeah' backchannel; two agent cut-ins (0.9 s, 1.4 s); 'i cant do anything about the driver' refusal, alternative only in a later turn; no empathy; restatement; 'friday evening' text; no name ever; 'okay bye then' only",
    labels=L("pass", "fail_or_pass", "fail", "pass", "pass", "na_or_fail", "na", "na",
             "'i cant do anything about the driver' offers nothing in that turn; the rebooking comes a turn later, so the turn is still negative."),
    turns=[
        ("A", "oakstrand furniture good morning youre speaking with torvald how can i help"),
        ("C", "yeah my sofa was meant to be delivered yesterday between eight and twelve i took the whole day off work i sat in all day and nobody came nobody rang nothing and now the tracking just says attempted which is a lie"),
        ("A", "yeah", {"at_start": 4.0, "tag": "bc"}),
        ("A", "whats the order number", {"at_end": 0.9, "tag": "intr"}),
        ("C", "o s four four one two six"),
        ("A", "okay it says the driver marked it as no one home"),
        ("C", "well i was home i was home all day with the door open half the time and i want to know why your driver is lying about it because i lost a days pay"),
        ("A", "i cant do anything about the driver", {"at_end": 1.4, "tag": ["intr", "neg"]}),
        ("C", "brilliant"),
        ("A", "what i can do is rebook you for saturday morning between eight and twelve"),
        ("C", "fine"),
        ("A", "so the sofa was due yesterday morning nobody turned up and you were in the whole time and you want it delivered as soon as possible"),
        ("C", "yeah thats what im saying"),
        ("A", "ive booked saturday and youll get a text on friday evening with a one hour slot"),
        ("C", "okay"),
        ("A", "okay bye then"),
    ],
)

call(
    "h10-18-travel-claim-rejected",
    industry="travel insurance",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; claim rejected after a cancelled trip, upset; 'I'm sorry, that's a horrible situation'; 'I'm unable to see claim decisions on my system' (borderline); no restatement; spelled first name confirmed and used; bare 'Let me transfer you.'; ends in the transfer",
    labels=L("pass", "na_or_fail", "pass", "fail", "na", "pass", "na", "fail",
             "'I'm unable to see claim decisions' is a system limit that leads into the transfer, so it is optional, not a plain refusal; the transfer names neither where nor why."),
    turns=[
        ("A", "Good afternoon, Wayfarer Shield Insurance, Anneliese speaking, how can I help?"),
        ("C", "Hello. We had to cancel our trip to Crete because my wife was taken into hospital, and I've just had a letter saying the claim's been rejected. I don't understand it."),
        ("A", "I'm sorry, that's a horrible situation to be in. Can I take your name and policy number?"),
        ("C", "Clement Arbuthnot, policy W S nine nine one zero four."),
        ("A", "Is that Clement with a C?"),
        ("C", "Yes, C L E M E N T."),
        ("A", "Thank you, Mr Arbuthnot. How is your wife doing now?"),
        ("C", "She's home, thank you, she's on the mend. But the letter says it's a pre-existing condition, and it wasn't."),
        ("A", "I'm unable to see claim decisions on my system.", {"tag": "neg_opt"}),
        ("C", "Then who can?"),
        ("A", "Let me transfer you."),
        ("C", "Okay."),
    ],
)

call(
    "h10-19-cat-surgery-cover",
    industry="pet insurance",
    style="clean, punctuated",
    words=True,
    exercises="full greeting ('I'm Jolyon'); worried owner; empathy aimed at the cat ('poor Pickle, that must be a worry'); restatement; agent starts 0.35 s early (not an interruption) and an exactly-0.5 s overlap (optional); customer cuts in on the agent; only the cat's name is used; timed form and decision",
    labels=L("pass", "pass", "pass", "pass", "pass", "fail", "na", "na",
             "The agent uses the cat's name several times but never Maud's own, so personalization fails."),
    turns=[
        ("A", "Hello, you're through to Furrowbank Pet Insurance, I'm Jolyon, how can I help today?"),
        ("C", "Hi, it's Maud Henshall. My cat Pickle needs an operation on her hip next week, and the vet says it'll be about three thousand pounds, and I'm really worried the policy won't cover it."),
        ("A", "Oh, poor Pickle, that must be a worry for you. Have you got your policy number?", {"at_end": 0.35}),
        ("C", "It's F B P, three three eight, two one."),
        ("A", "Thank you. I can see Pickle's on the lifetime cover, with a four thousand pound limit each year."),
        ("C", "So does that mean it's covered? Because the vet wants an answer by Friday, and if it isn't covered I honestly don't know what we'll do."),
        ("A", "So Pickle needs hip surgery next week, the vet needs to know by Friday, and you want to be sure we'll pay before you agree to it.", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "Yes, exactly."),
        ("A", "What we do is a pre-authorisation. The vet fills in a short form and we confirm the cover in writing.", {"gap": 0.4}),
        ("C", "Okay, and how long does that take?", {"at_end": 0.9}),
        ("A", "I'll email the form to you and the vet today, and once the vet sends it back we'll confirm the cover within forty-eight hours."),
        ("C", "That's a relief, thank you."),
        ("A", "Anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "Give Pickle a cuddle from me. Bye now."),
    ],
)

call(
    "h10-20-takeaway-order-wrong",
    industry="food delivery app",
    style="ASR: lower-case, no punctuation, no greeting",
    words=False,
    exercises="no greeting at all ('yeah go ahead'); half an order missing, annoyed; business only; 'the chips and the drink right' single detail; 'no we cant send the driver back' bare refusal; 'no worries'; timed refund; first name used; 'anything else' then 'ok'",
    labels=L("fail", "fail_or_pass", "fail", "fail", "pass", "pass", "na", "na",
             "'no we cant send the driver back' refuses with nothing offered in that turn; the refund had been given before, not as an alternative to this request."),
    turns=[
        ("A", "yeah go ahead"),
        ("C", "hi um i ordered from the burger place on forkfly about an hour ago and half of it didnt come no chips no drink and im starving and honestly its the second time"),
        ("A", "whats the order number"),
        ("C", "its f f eight zero two one one"),
        ("A", "and the name on the account"),
        ("C", "ezinne"),
        ("A", "ok ezinne so thats the chips and the drink right"),
        ("C", "yeah"),
        ("A", "ive refunded those two items"),
        ("C", "can you not just send the driver back with them"),
        ("A", "no we cant send the driver back", {"tag": "neg"}),
        ("C", "fine whatever"),
        ("A", "no worries the refund should be back on your card in three to five working days"),
        ("C", "ok"),
        ("A", "anything else"),
        ("C", "no"),
        ("A", "ok"),
    ],
)

call(
    "h10-21-eye-tests-for-two",
    industry="opticians",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; routine booking (na); hold asked with a reason and thanked (15 s); booking reported as done, not restated; nothing promised for later; title + surname; 'No, he doesn't need a referral' answers and helps; full closing",
    labels=L("pass", "pass", "na", "fail", "na", "pass", "pass", "na",
             "'I've booked you both in for Wednesday at four' reports what was done, it does not restate the request, so paraphrase fails."),
    turns=[
        ("A", "Good morning, Clearsight Opticians, this is Pernille, how can I help?"),
        ("C", "Hello, I'd like eye tests for me and my son, on the same afternoon if possible, after school."),
        ("A", "Of course. Can I take your name?"),
        ("C", "It's Mr Haverford, Simon Haverford, and my son's Oscar, he's nine."),
        ("A", "Lovely, Mr Haverford. Let me check the diary for two slots together, can I pop you on hold for a moment?"),
        ("C", "Sure."),
        ("A", "Thanks for holding. I've got Wednesday at four and quarter past four.", {"gap": 15.0, "tag": "hold"}),
        ("C", "That's perfect. Does Oscar need a referral from the GP or anything?"),
        ("A", "No, he doesn't need a referral, and children's tests are free, so just bring him along."),
        ("C", "Great."),
        ("A", "I've booked you both in for Wednesday at four with Mr Desai."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with, Mr Haverford?"),
        ("C", "No, that's everything."),
        ("A", "Thank you for calling, see you on Wednesday. Goodbye."),
    ],
)

call(
    "h10-22-motorway-breakdown",
    industry="breakdown recovery",
    style="clean, punctuated",
    words=True,
    exercises="'Tarnbeck Recovery, what's the registration?' (no salutation, name or offer); frightened driver with children; 'Okay.' and 'Mm-hmm.' backchannels; agent cuts in 1.0 s with a safety question; 'That's a scary place to be'; full restatement; timed patrol and text; first name; full closing",
    labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "The 1.0 s safety cut-in is still an interruption by the rubric's timing rule."),
    turns=[
        ("A", "Tarnbeck Recovery, what's the registration?"),
        ("C", "It's, um, Y R one nine, B C U. We've broken down on the motorway, the engine light came on and it just lost all its power, I've got my two kids in the back and the lorries are going past so fast, the whole car shakes every time."),
        ("A", "Okay.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Mm-hmm.", {"at_start": 8.0, "tag": "bc"}),
        ("A", "Are you and the children out of the car and behind the barrier?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "No, we're still in it."),
        ("A", "Please get everyone out on the passenger side and wait up the bank behind the barrier. Leave the hazards on."),
        ("C", "Okay, okay, we're getting out now."),
        ("A", "That's a scary place to be, you're doing all the right things. What's your name?"),
        ("C", "Roisin. Roisin Delacroix."),
        ("A", "Thanks, Roisin. Where are you?"),
        ("C", "Northbound, just past junction fourteen, there's a blue sign for services."),
        ("A", "So you're on the hard shoulder northbound past junction fourteen, the engine light came on and the car lost power, and you're now safe behind the barrier with the children."),
        ("C", "Yes."),
        ("A", "A patrol will be with you within forty-five minutes, and I'll text you the driver's details in the next five minutes."),
        ("C", "Thank you so much."),
        ("A", "Is there anything else you need from me right now, Roisin?"),
        ("C", "No, just hurry."),
        ("A", "Stay behind the barrier, stay safe. Bye for now."),
    ],
)

call(
    "h10-23-postponed-concert-refund",
    industry="concert ticketing",
    style="clean, punctuated",
    words=False,
    exercises="'Thank you for calling Stagelight Tickets, how can I help?' (no agent name); disappointed fan; policy refusal; no empathy ('Your tickets are valid for the new date'); restatement; 'You'd need to list them on the fan exchange' (borderline); nothing promised; no name; full closing",
    labels=L("fail", "pass", "fail", "pass", "na", "na_or_fail", "na", "na",
             "'You'd need to list them on our fan exchange' is a neutral instruction and an alternative, so it is optional."),
    turns=[
        ("A", "Thank you for calling Stagelight Tickets, how can I help?"),
        ("C", "Hi, the Marrowbone Jacks gig at the Corn Hall has been moved from November to March, and I'm away in March. I was so looking forward to it, I want my money back."),
        ("A", "Do you have the order number?"),
        ("C", "S T five five zero eight two."),
        ("A", "So the show's been postponed to March, you can't make the new date, and you'd like a refund rather than keeping the tickets."),
        ("C", "Yes."),
        ("A", "We can't refund postponed shows, it's our policy.", {"tag": "neg"}),
        ("C", "That's ridiculous. I didn't move it, they did."),
        ("A", "Your tickets are valid for the new date in March."),
        ("C", "But I've just told you I can't go in March."),
        ("A", "You'd need to list them on our fan exchange, where other fans can buy them at face value.", {"tag": "neg_opt"}),
        ("C", "Fine, I'll try that."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for calling, bye."),
    ],
)

call(
    "h10-24-results-day-clearing",
    industry="university admissions",
    style="ASR: lower-case, no punctuation, letters as grades",
    words=False,
    exercises="full ASR greeting; anxious student; 'i know results day is really stressful'; restatement with grades; 'as soon as possible' (no time); name given, never used; offer + 'best of luck bye'",
    labels=L("pass", "pass", "pass", "pass", "fail", "fail", "na", "na",
             "The restatement gets one grade wrong and is corrected, but it restates her request; 'as soon as possible' is no time, so follow-up fails."),
    turns=[
        ("A", "hello university of merrow admissions my names cormac how can i help"),
        ("C", "hi um ive just got my results and i needed a b b for geography and i got a b b c and im really panicking i dont know if i still have a place"),
        ("A", "okay i know results day is really stressful lets have a look whats your name and ucas number"),
        ("C", "its ama boateng and its one two four nine seven seven three zero one one"),
        ("A", "thanks so your offer was a b b for geography and you got a b c instead and you want to know if were still taking you"),
        ("C", "its a b b c"),
        ("A", "sorry a b b c yeah"),
        ("C", "yeah so am i still in"),
        ("A", "the admissions tutor looks at near misses today and well email you with a decision as soon as possible"),
        ("C", "okay thank you"),
        ("A", "anything else i can help with"),
        ("C", "no thats it"),
        ("A", "best of luck bye"),
    ],
)

call(
    "h10-25-scaffold-hire-extension",
    industry="scaffolding hire",
    style="ASR: lower-case, no punctuation, surname only",
    words=False,
    exercises="short full greeting ('morning scaffix zoltan speaking what can i do for you'); routine extension (na); surname only, used with 'mr'; 'two more weeks yeah' single detail; 'you have to give us a weeks notice' as information (borderline); untimed invoice; 'cheers bye' only",
    labels=L("pass", "fail_or_pass", "na", "fail", "fail", "pass", "na", "na",
             "'you have to give us a weeks notice' explains the terms rather than demanding, so it is optional; 'ill send the updated invoice' has no time."),
    turns=[
        ("A", "morning scaffix zoltan speaking what can i do for you"),
        ("C", "morning its pocklington i need the scaffold on the hawthorn road job for another couple of weeks the roofers are behind"),
        ("A", "no bother mister pocklington let me find it"),
        ("C", "its the one at number sixty"),
        ("A", "yep got it due down on friday so two more weeks yeah"),
        ("C", "yeah"),
        ("A", "right thats extended to the nineteenth"),
        ("C", "and if they finish early"),
        ("A", "you have to give us a weeks notice to strike it", {"tag": "neg_opt"}),
        ("C", "fair enough"),
        ("A", "ill send the updated invoice"),
        ("C", "cheers"),
        ("A", "cheers bye"),
    ],
)

call(
    "h10-26-carpet-cleaner-leak",
    industry="tool hire",
    style="clean, punctuated",
    words=True,
    exercises="full greeting; hired machine flooded a hallway, angry; 'Mm-hmm.' backchannel; agent cuts in 1.2 s; bare 'I don't know.'; 'I'm sorry, that sounds like a real mess'; full restatement; hold asked with a reason, thanked; transfer to the named branch manager with the reason; name given, never used",
    labels=L("pass", "na_or_fail", "pass", "pass", "na", "fail", "pass", "pass",
             "'I'll put you through to Florian, our branch manager, because he can approve refunds' says who and why; the call ends in the transfer."),
    turns=[
        ("A", "Good morning, Hirebarn Tool Hire, Willa speaking, how can I help?"),
        ("C", "Hi, I hired one of your carpet cleaners on Saturday, and halfway through it started pouring dirty water out of the bottom, all over my hallway, and now the carpet's ruined and there's a stain coming through the ceiling of the flat below."),
        ("A", "Mm-hmm.", {"at_start": 5.0, "tag": "bc"}),
        ("A", "Was it the big upright one or the small spot cleaner?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "The big one. Why would it even do that?"),
        ("A", "I don't know.", {"tag": "neg"}),
        ("C", "Well, somebody should know, it's your machine."),
        ("A", "I'm sorry, that sounds like a real mess. Can I take your name?"),
        ("C", "Ms Devereux-Hall."),
        ("A", "So the carpet cleaner leaked dirty water across your hallway, it's damaged the carpet and the ceiling below, and you want the hire fee back and the damage looked at."),
        ("C", "Yes, that's it."),
        ("A", "Can I put you on hold while I find the branch manager?"),
        ("C", "Go on."),
        ("A", "Thank you for holding. I'm going to put you through to Florian, our branch manager, because he's the one who can approve refunds and damage claims.", {"gap": 20.0, "tag": "hold"}),
        ("C", "Okay, thank you."),
    ],
)

call(
    "h10-27-wine-club-skip-month",
    industry="wine club",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="ASR greeting ('hi vinecourt wine club its benedikta how can i help'); routine skip (na); 'mister quennell' used; 'no you wont be charged' answers and helps; restatement; 'later today'; ends with 'right thats done then' and only the customer's goodbye",
    labels=L("pass", "fail", "na", "pass", "pass", "pass", "na", "na",
             "The agent ends on 'right thats done then' with no offer and no thanks or goodbye, so closing fails."),
    turns=[
        ("A", "hi vinecourt wine club its benedikta how can i help"),
        ("C", "hello its mister quennell i get the mixed case every month and id like to skip december if i can were away for christmas"),
        ("A", "of course mister quennell can you confirm the postcode"),
        ("C", "b a one four six n z"),
        ("A", "thank you so you want to skip the december case while youre away and then start again as normal in january"),
        ("C", "thats it will i still be charged for december"),
        ("A", "no you wont be charged for december the next payment is the fifth of january"),
        ("C", "perfect"),
        ("A", "youll get an email confirming that later today"),
        ("C", "lovely"),
        ("A", "right thats done then"),
        ("C", "lovely thanks bye"),
    ],
)

call(
    "h10-28-parcel-marked-delivered",
    industry="parcel courier",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; parcel marked delivered, not there, frustrated; only 'Sorry, could you spell the street?'; tracking record read back, not a restatement; 'Bear with me.' (no reason) 13 s, 'Thanks for waiting.'; 'I can't see a photo' is not a refusal; untimed investigation; first name; full closing",
    labels=L("pass", "pass", "fail", "fail", "fail", "pass", "fail", "na",
             "'Bear with me.' gives no reason, so the hold fails though it is thanked; reading out the tracking record is not a restatement of the customer's issue."),
    turns=[
        ("A", "Good morning, Swiftcrate, my name is Chidinma, how can I help?"),
        ("C", "Hi, I've got a parcel that says delivered yesterday at two, but there's nothing here, I've looked everywhere, and it's a birthday present for my son on Saturday. This is the second time it's happened."),
        ("A", "Can I take the tracking number?"),
        ("C", "S C seven seven four nine one two."),
        ("A", "And your name and address?"),
        ("C", "Thaddeus Brindley, twelve Cowslip Mews."),
        ("A", "Sorry, could you spell the street?"),
        ("C", "C O W S L I P, Mews."),
        ("A", "Thank you, Thaddeus. The tracking shows it was left in your safe place at two o'clock yesterday."),
        ("C", "Well, it isn't there."),
        ("A", "Bear with me."),
        ("A", "Thanks for waiting. I can't see a photo on the delivery record, so I'm opening an investigation with the driver.", {"gap": 13.0, "tag": "hold"}),
        ("C", "And then what?"),
        ("A", "Someone from the investigations team will get back to you."),
        ("C", "Okay."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks, bye."),
    ],
)

call(
    "h10-29-blazer-wrong-size",
    industry="school uniform supplier",
    style="ASR: lower-case, no punctuation, dialect closing",
    words=True,
    exercises="'kittlecombe uniforms hiya' (no name, no offer); mild frustration, 'ah thats a pain sorry'; 'yeah' backchannel; exactly-0.5 s overlap (optional); customer's title + surname used; 'size twelve yeah' single detail; exchange instructions only (follow-up na); agent's last turn neither offers nor thanks",
    labels=L("fail", "fail", "pass", "fail", "na", "pass", "na", "na",
             "The agent only explains what the customer should do (send it back with the label), so there is no agent commitment: follow-up na."),
    turns=[
        ("A", "kittlecombe uniforms hiya"),
        ("C", "hiya its missus okereke i ordered a blazer for my daughter in a size twelve and youve sent a size eight and term starts on monday so its a bit of a pain to be honest"),
        ("A", "yeah", {"at_start": 4.0, "tag": "bc"}),
        ("A", "ah thats a pain sorry missus okereke whats the order number", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "its k u three one one five"),
        ("A", "okay so size twelve yeah"),
        ("C", "yeah twelve"),
        ("A", "right ive set up the swap you can take the twelve from the shop on the high street any day this week"),
        ("C", "oh thats easier"),
        ("A", "just bring the eight with you with the label still on"),
        ("C", "will do"),
        ("A", "thats all sorted then"),
        ("C", "thanks bye"),
    ],
)

call(
    "h10-30-phone-left-in-taxi",
    industry="taxi firm",
    style="clean, punctuated",
    words=False,
    exercises="'Amberline Taxis.' only; worried customer; 'Oh no, right, let's find it'; given name and preferred short name ('Pippa's fine') used; full restatement; 'within ten minutes'; offer + 'Speak in ten, bye'",
    labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "She gives 'Philippa' and says 'Pippa's fine'; the agent uses 'Pippa', which counts as her name."),
    turns=[
        ("A", "Amberline Taxis."),
        ("C", "Hello, I think I've left my phone in one of your cabs, I'm ringing from my neighbour's, I've got everything on it, all my photos."),
        ("A", "Oh no, right, let's find it. Where were you picked up?"),
        ("C", "From the station, about eleven this morning, and dropped at Quince Rise."),
        ("A", "And your name?"),
        ("C", "Philippa Thorne, but Pippa's fine."),
        ("A", "Okay, Pippa. What does the phone look like?"),
        ("C", "It's black, in a red case with a little cat on it."),
        ("A", "So you left a black phone in a red case in the back of the cab that took you from the station to Quince Rise at about eleven."),
        ("C", "That's it."),
        ("A", "I'll radio the driver now and ring you back on this number within ten minutes."),
        ("C", "Oh, thank you."),
        ("A", "Anything else while I've got you, Pippa?"),
        ("C", "No, just the phone."),
        ("A", "Speak in ten, bye."),
    ],
)

call(
    "h10-31-suit-trousers-too-short",
    industry="tailoring alterations",
    style="clean, punctuated",
    words=False,
    exercises="full greeting ('it's Ysolde'); upset groom, wedding on Saturday; 'Oh, I'm so sorry, and with the wedding this weekend'; restatement; surname used; transfer to the named head tailor with the reason; nothing promised before it (follow-up na); ends in the transfer",
    labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
             "The agent promises nothing herself before handing over, so follow-up is na; the transfer names Esperanza, the head tailor, and why."),
    turns=[
        ("A", "Hello, Needle and Hem, it's Ysolde, how can I help?"),
        ("C", "Hi, I picked up my wedding suit from you yesterday and I've just tried it on properly at home, and the trousers are about an inch too short. I'm getting married on Saturday. I feel sick."),
        ("A", "Oh, I'm so sorry, and with the wedding this weekend. Can I take your name?"),
        ("C", "Halvorsen. Magnus Halvorsen."),
        ("A", "Thank you, Mr Halvorsen. I can see the suit, the trousers were taken up on Monday."),
        ("C", "Yes, and they're too short now. They were meant to sit on the shoe."),
        ("A", "So the trousers came back about an inch shorter than they should be, and you need them right before Saturday."),
        ("C", "Exactly."),
        ("A", "I'm going to put you through to Esperanza, she's our head tailor and she did your fitting, so she can tell you how much fabric there is to let down."),
        ("C", "Okay, thank you."),
        ("A", "Putting you through now, Mr Halvorsen."),
        ("C", "Thanks."),
    ],
)

call(
    "h10-32-chimney-sweep-booking",
    industry="chimney sweep",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="'good morning sootaway this is elowen' (no offer); routine booking (na); 'no we dont do saturdays' bare refusal; weekday found after; 'you have to clear the hearth' as an instruction (borderline); 'tuesday yeah' single detail; untimed 'text you when hes on his way'; no name; 'lovely thanks then bye'",
    labels=L("fail", "fail_or_pass", "na", "fail", "fail", "na_or_fail", "na", "na",
             "'hell text you when hes on his way' is tied to an event, not a time, so follow-up fails; no customer name ever comes up."),
    turns=[
        ("A", "good morning sootaway this is elowen"),
        ("C", "oh hi i need my chimney swept before we start using the wood burner can you do a saturday"),
        ("A", "no we dont do saturdays", {"tag": "neg"}),
        ("C", "oh okay what about a weekday then next week"),
        ("A", "tuesday morning or thursday afternoon"),
        ("C", "tuesday please"),
        ("A", "tuesday yeah whats the address"),
        ("C", "its the old forge cley street"),
        ("A", "thats booked tuesday morning its sixty five pounds"),
        ("C", "great"),
        ("A", "you have to clear the hearth and move anything off the mantelpiece before he comes", {"tag": "neg_opt"}),
        ("C", "okay"),
        ("A", "hell text you when hes on his way"),
        ("C", "brilliant"),
        ("A", "lovely thanks then bye"),
    ],
)

call(
    "h10-33-funeral-flowers-wilted",
    industry="florist",
    style="clean, punctuated",
    words=True,
    exercises="company-then-salutation greeting ('Petalcraft, good afternoon, I'm Marguerite'); grieving, angry customer quoting the driver; agent cuts in 0.7 s with 'Oh no, I'm so sorry'; agent quotes the driver ('that's not my job') to apologise (not negative); restatement; 'by ten tomorrow'; name given, never used; 'Take care' closing",
    labels=L("pass", "pass", "pass", "pass", "pass", "fail", "na", "na",
             "The agent repeats the driver's words only to apologise for them, so the quoted 'that's not my job' is not the agent's negative language."),
    turns=[
        ("A", "Petalcraft, good afternoon, I'm Marguerite, how can I help?"),
        ("C", "Hello. I ordered a casket spray for my mum's funeral tomorrow, it came this morning and half the lilies are brown and drooping, and when I showed the driver he said, that's not my job, and just drove off. I'm so upset."),
        ("A", "Oh no, I'm so sorry, that's the last thing you need.", {"at_end": 0.7, "tag": "intr"}),
        ("C", "It's for tomorrow at eleven."),
        ("A", "Can I take your name?"),
        ("C", "Lettice Marwood."),
        ("A", "And I'm sorry the driver told you 'that's not my job', he should never have said that."),
        ("C", "No, he shouldn't."),
        ("A", "So the casket spray for your mum's funeral arrived with wilted lilies, and you need a fresh one in time for the service at eleven tomorrow."),
        ("C", "Yes."),
        ("A", "I'll make a new spray myself this afternoon and have it delivered to the chapel by ten tomorrow, at no charge."),
        ("C", "Thank you. That means a lot."),
        ("A", "Is there anything else I can do?"),
        ("C", "No, that's all."),
        ("A", "I'm so sorry again for your loss. Take care."),
    ],
)

call(
    "h10-34-golf-tee-time",
    industry="golf club",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; routine tee booking (na); 14 s while the member checks with his guests (wait); 'We can't take visitors before ten, but I can do ten twenty' (limit + alternative); 'No, you don't need a handicap certificate'; 'Sunday morning?' single detail; untimed confirmation email; 'Dr Okpara'; offer + 'See you Sunday'",
    labels=L("pass", "pass", "na", "fail", "fail", "pass", "na", "na",
             "The 14 s gap is the member messaging his guests (customer-caused, na); 'See you Sunday, Dr Okpara' is a goodbye."),
    turns=[
        ("A", "Hollins Moor Golf Club, good morning, Hamish speaking, how can I help?"),
        ("C", "Morning, Hamish, it's Dr Okpara. I'd like a four-ball on Sunday, two members and two guests, as early as you can."),
        ("A", "Sunday morning?"),
        ("C", "Yes, Sunday."),
        ("A", "We can't take visitors before ten, but I can do ten twenty, Dr Okpara."),
        ("C", "Hold on, let me check that suits my guests."),
        ("C", "Yes, ten twenty's fine for them. Do they need handicap certificates?", {"gap": 14.0, "tag": "wait"}),
        ("A", "No, you don't need a handicap certificate for guests, just their names for the visitors' book."),
        ("C", "Olu Bankole and Lachlan Iredale."),
        ("A", "That's booked, and the guest fees are forty pounds each, payable in the pro shop."),
        ("C", "Fine."),
        ("A", "I'll email you the confirmation."),
        ("C", "Thanks."),
        ("A", "Anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "See you Sunday, Dr Okpara."),
    ],
)

call(
    "h10-35-tyre-losing-air",
    industry="tyre fitting",
    style="ASR: lower-case, no punctuation, numbers as words",
    words=False,
    exercises="full ASR greeting; new tyre going flat, annoyed; no empathy; 'i dont know why its doing that'; restatement; 'hang on' (no reason) 15 s, then 'right' (no thanks); 'any time today' and 'while you wait'; first name given, never used; 'cheers bye' only",
    labels=L("pass", "fail_or_pass", "fail", "pass", "pass", "fail", "fail", "na",
             "'hang on' gives no reason and the agent comes back with 'right', no thanks: hold fails."),
    turns=[
        ("A", "treadwell tyres morning ruairi speaking how can i help"),
        ("C", "yeah morning you fitted two new front tyres on my car yesterday and this morning the front left was nearly flat again i had to pump it up at the garage its a pain"),
        ("A", "whats the reg"),
        ("C", "its l k one seven n w o name of jasper"),
        ("A", "so the front left we fitted yesterday has gone down overnight"),
        ("C", "yeah"),
        ("A", "i dont know why its doing that", {"tag": "neg"}),
        ("C", "well its your tyre"),
        ("A", "hang on"),
        ("A", "right the fitter says itll be the valve or the bead", {"gap": 15.0, "tag": "hold"}),
        ("C", "okay so what do i do"),
        ("A", "bring it in any time today and well check it for free while you wait"),
        ("C", "okay ill come at lunch"),
        ("A", "cheers bye"),
    ],
)

call(
    "h10-36-child-fever-same-day",
    industry="GP surgery",
    style="clean, punctuated",
    words=True,
    exercises="full greeting; worried parent; 'Sure.' backchannel; agent cuts in 0.6 s; 'Oh, poor thing'; 'unable to ... but the duty doctor can call you' (limit + alternative); 'I don't know if you've given her paracetamol' (polite form); restatement; 'this morning, before twelve'; only the child's name used; no offer, goodbye only",
    labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "fail", "na", "na",
             "The agent uses the child's name, never the mother's own, so personalization fails; the close has a goodbye but no offer."),
    turns=[
        ("A", "Good morning, Millbrook Surgery, you're speaking to Teodor, how can I help?"),
        ("C", "Hi, I'm ringing about my daughter, she's four, she's had a high temperature since last night, thirty-nine point two this morning, and she isn't keeping anything down, not even water, and I'm getting really worried."),
        ("A", "Sure.", {"at_start": 5.0, "tag": "bc"}),
        ("A", "What's her name and date of birth?", {"at_end": 0.6, "tag": "intr"}),
        ("C", "Elsie Vane, second of March, and I'm her mum, Jocasta Vane."),
        ("A", "Oh, poor thing. I don't know if you've been able to give her any paracetamol?"),
        ("C", "I gave her some at six, but she brought it back up."),
        ("A", "So Elsie's had a high temperature since last night, she can't keep fluids down, and you'd like her seen today."),
        ("C", "Yes, please."),
        ("A", "We're unable to book face-to-face appointments for today after eight o'clock, but the duty doctor can call you."),
        ("C", "Okay, that's fine."),
        ("A", "The duty doctor will call you back this morning, before twelve, and decide whether Elsie needs to come in."),
        ("C", "Thank you."),
        ("A", "If she gets floppy or you're worried before then, ring one one one. Bye."),
        ("C", "Bye."),
    ],
)


# ---------------------------------------------------------------------------
# README: who, when, make-up, label counts (computed), judgement calls.
# ---------------------------------------------------------------------------

JUDGEMENT_CALLS = [
    "Greeting needs all four parts in the agent's first turns. A greeting split over two turns a few "
    "seconds apart ('Lantern Car Hire, good evening.' then 'it's Ottilie here, how can I help?', h10-05) "
    "passes; a name-first shape ('Fergus here at Clutchwise Driving School, hi, what can I do for you?', "
    "h10-15) and company-before-salutation ('Petalcraft, good afternoon, I'm Marguerite', h10-33) pass. "
    "Fails: no salutation (h10-11 'Fixpoint, Idris here.', h10-12 which has company, name and offer, "
    "h10-22 'what's the registration?'); no offer (h10-08, h10-32); no agent name (h10-16, h10-23, "
    "h10-29); company only (h10-03, h10-30); a mumbled 'hello ravensholt libraries um' (h10-13); and no "
    "greeting at all ('yeah go ahead', h10-20).",
    "Closing: an offer plus a goodbye or thanks in any words passes ('Anything else? ... Bye.' h10-07, "
    "'Stay safe. Bye for now.' h10-22, 'Take care.' h10-33, 'See you Sunday, Dr Okpara.' h10-34, 'Speak "
    "in ten, bye.' h10-30, 'best of luck bye' h10-24). Only one of the two is fail_or_pass: 'Anything "
    "else?' then 'Okay then.' (h10-05) or 'ok' (h10-20); thanks or goodbye with no offer ('alright "
    "cheers' h10-03, 'okay bye then' h10-17, 'cheers bye' h10-25 and h10-35, 'lovely thanks then bye' "
    "h10-32, 'ring one one one. Bye.' h10-36). Ending on a completion remark with only the customer's "
    "goodbye ('that's you booked in' h10-14, 'right thats done then' h10-27, 'thats all sorted then' "
    "h10-29) fails. Calls ending in a transfer (h10-11, h10-12, h10-18, h10-26, h10-31) are na_or_fail.",
    "Empathy: brief acknowledgements after the problem count ('Oh, you poor thing' h10-14, 'ah thats a "
    "pain sorry' h10-29, 'Oh no, right, let's find it' h10-30), as does empathy aimed at the pet the "
    "customer is worried about ('Oh, poor Pickle, that must be a worry for you', h10-19) and empathy "
    "that comes late after a refusal (h10-05). Generic politeness is not empathy: 'Sorry, could you say "
    "the postcode again?' (h10-09), 'Sorry, could you spell the street?' (h10-28), 'Sorry about that' "
    "after a hold (h10-14 has empathy elsewhere). Frustration or upset met with business only fails "
    "(h10-03, h10-07 broken ankle, h10-11, h10-15 two cancelled lessons, h10-17, h10-20, h10-23, "
    "h10-28, h10-35). 'oh congratulations' on a routine booking (h10-10) is na.",
    "Paraphrase: a restatement with a wrong detail that the customer corrects still restates the request "
    "(h10-24, one grade wrong). A wholly wrong restatement ('So you want to cancel your membership' when "
    "he wants a freeze, h10-07) followed only by 'Oh, freeze, okay' fails. Single details ('So it's the "
    "inverter.' h10-09, 'Which mirror was it?' h10-16, 'the chips and the drink right' h10-20, 'two more "
    "weeks yeah' h10-25, 'size twelve yeah' h10-29, 'tuesday yeah' h10-32, 'Sunday morning?' h10-34, "
    "'four books yeah' h10-13) fail; so do a read-back of the tracking record (h10-28) and a booking "
    "reported as done (h10-21).",
    "Follow-up: 'now', 'this afternoon', 'tomorrow morning, at about ten', 'in fifteen minutes', 'this "
    "evening', 'on Friday evening', 'within two working days', 'within forty-eight hours', 'in three to "
    "five working days', 'any time today ... while you wait', 'before twelve' are times. 'three days "
    "before theyre due' (h10-13), with the due date just set, counts as a time. Fails: 'get back to you' "
    "(h10-05, h10-28), 'an engineer will call you' (h10-09), 'I'll get a technician to look at it' "
    "(h10-11), 'we'll ring you if something comes up sooner' (h10-14, a conditional promise is still a "
    "promise), 'as soon as possible' (h10-24), 'ill send the updated invoice' (h10-25), 'I'll email you "
    "the confirmation' (h10-34), 'when its found' / 'when hes on his way' (h10-06, h10-32: tied to an "
    "event), 'someone'll have a look at it' (h10-03). 'I'll put you through' is a transfer, not a "
    "commitment; work finished on the call (h10-04), instructions to the customer (h10-29) and "
    "'see you on Wednesday' (h10-21) are not commitments: na.",
    "Personalization: titles and surnames ('Mr Szabo', 'Dr Farrant' after she corrects 'Mrs', 'mister "
    "pocklington' from a surname alone), a spelled surname used afterwards (h10-10), a confirmed first "
    "name ('Is that Clement with a C?' then 'Mr Arbuthnot', h10-18) and the customer's own nickname "
    "('Tabs' h10-15, 'Pippa' h10-30) pass. A wrong surname ('Mrs Adesina' for Adesanmi, h10-16) is not "
    "her name: fail. Only the pet's or child's name used (h10-19 Pickle, h10-36 Elsie) fails. Names "
    "given and never used fail (h10-03, h10-05, h10-11, h10-12, h10-24, h10-26, h10-33, h10-35). No "
    "customer name at all (h10-09, h10-13, h10-17, h10-23, h10-32) is na_or_fail.",
    "Hold: asked or announced with a reason and thanked passes ('bear with me' with the reason 'pull up "
    "the check-out photos' and 'Thanks for bearing with me', h10-05; h10-08; h10-21; h10-26). Fails: an "
    "unannounced 11 s silence (h10-09); a reason but 'Sorry about that' instead of thanks (h10-14); "
    "'Bear with me.' with no reason, though thanked (h10-28); 'hang on' and 'right' (h10-35). Silences "
    "the customer causes (finding a library card, 12 s, h10-13; messaging guests, 14 s, h10-34) are na. "
    "'Hold on, I'll put you through' (h10-11) is a transfer with no silence, not a hold.",
    "Transfer: pass when the agent names who or where and why (h10-12 the Penalty Notice team for the "
    "appeal, h10-26 Florian the branch manager who approves refunds, h10-31 Esperanza the head tailor "
    "who did the fitting). 'Let me transfer you.' (h10-18) gives neither and 'I'll put you through to "
    "the workshop' (h10-11) gives where but not why: both fail.",
    "Negative language: policy refusals (h10-03, h10-05, h10-23), 'i dont know what you want me to say' "
    "(h10-03), bare 'I don't know.' (h10-26) and 'i dont know why its doing that' (h10-35), 'Sir, you "
    "need to calm down.' (h10-05), 'No. You have to send the note.' (h10-07), 'There's nothing I can do "
    "about the touch' and 'That's not my job' (h10-11), 'You have to send photos, or we can't do "
    "anything.' (h10-16), bare refusals 'no dvds cant be renewed' (h10-13), 'no we cant send the driver "
    "back' (h10-20), 'no we dont do saturdays' (h10-32), and 'i cant do anything about the driver' "
    "(h10-17), where the rebooking comes only in the next turn. Not negative: 'I don't know if you've "
    "tried...' and its ASR and clinical forms (h10-06, h10-09, h10-36); 'No, you don't need to...' "
    "answering a question (h10-02, h10-21, h10-27, h10-34); limits with an alternative ('We can't freeze "
    "it over the phone, but...' h10-07, 'we cant guarantee a sea view but...' h10-10, 'We can't take "
    "visitors before ten, but...' h10-34, 'We're unable to book ... but the duty doctor can call you' "
    "h10-36); 'I can't see a photo on the delivery record, so I'm opening an investigation' (h10-28); "
    "'no problem', 'no worries', 'no bother'; the agent quoting the driver's 'that's not my job' to "
    "apologise for it (h10-33); the customer's own 'I don't know' and 'Don't tell me to calm down'.",
    "Optional negative language: neutral 'you'll need to' / 'you'd need to' instructions (h10-14 "
    "medical history form, h10-23 fan exchange), 'you have to' explaining terms or preparing for a visit "
    "rather than demanding (h10-25 a week's notice, h10-32 clear the hearth), and 'I'm unable to see "
    "claim decisions on my system' (h10-18), a system limit that leads into a (bare) transfer.",
    "Interruptions: an agent start 0.6 s or more before the customer stops, not a backchannel, is an "
    "interruption (0.6 s h10-08 and h10-36, 0.7 s h10-11 and h10-33, 0.8 s h10-15, 0.9 s h10-01 and "
    "h10-17, 1.0 s h10-22, 1.1 s h10-06, 1.2 s h10-26, 1.3 s h10-11, 1.4 s h10-17), including helpful, "
    "urgent or empathetic cut-ins (triage h10-01, safety h10-22, 'Oh no, I'm so sorry' h10-33); exactly "
    "0.5 s (h10-19, h10-29) is optional; a 0.35 s early start (h10-19) is not an interruption. 'Mm-hmm', "
    "'mm hmm', 'Uh-huh', 'I see', 'Right', 'Okay', 'Sure', 'Yeah', 'yeah' inside long customer turns are "
    "backchannels. Customers cutting in on the agent (h10-11, h10-19) are not agent interruptions.",
]


def write_readme(built: list[tuple[dict, dict]], all_labels: dict) -> None:
    m = make_up(built)
    lines = [
        f"# holdout10: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session (an AI assistant started by the",
        "  project's main session), working only from `/work/shared/RUBRIC.md` (plus `docs/call-format.md`",
        "  for the file format, `tests/data/holdout_kit.py` for the turn builder, word timings, self-checks",
        "  and README layout, and `tests/data/make_holdout9.py` for the structure of a generator script and",
        "  the industries to avoid). No holdout9 call, wording, company, person or industry was reused, and",
        "  every company and person name was checked with grep to appear nowhere else in `tests/data/`. It",
        "  did not read or run `nlp/`, `scorecards/`, `bench/`, the other `tests/data` sets' calls or labels,",
        "  `/work/shared/data/` or `/work/shared/eval/`, and no detector, scorer or `qa-service` was run on",
        "  these calls.",
    ]
    lines += readme_files_and_checks("holdout10", when="2026-12-01")
    lines += [
        "## Make-up",
        "",
        f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries, none",
        "of them holdout9's: " + ", ".join(m.industries) + ".",
        f"{m.n_word_timed} calls carry word timings with genuine overlaps (agent cut-ins of 0.6-1.4 s, two on",
        "exactly 0.5 s, a 0.35 s early start, backchannels inside long customer turns, customers cutting in",
        f"on agents); {m.n_calls - m.n_word_timed} have utterance times only. {m.n_asr} calls are ASR-style (lower case,",
        "no punctuation, fillers, run-on turns, numbers and grades as words, spelled names, a mumbled",
        "greeting, dialect such as \"missus\" and \"no bother\"). No company, agent or customer is configured",
        "anywhere: self-identification, names and the rest appear only in what is said.",
        "",
    ]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h10",
                                  seed_base=1000)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}, labels to {LABELS_PATH} and {README_PATH}")


if __name__ == "__main__":
    main()
