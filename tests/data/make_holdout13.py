"""Write the holdout13 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout13.py

Writes tests/data/holdout13/<call_id>.json, tests/data/holdout13-labels.json and
tests/data/holdout13/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout13"
LABELS_PATH = HERE / "holdout13-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()


def hold(seconds: float) -> dict:
    """An agent-caused silence of ``seconds`` before the turn."""
    return {"gap": seconds, "tag": "hold"}


def wait(seconds: float) -> dict:
    """A customer-caused silence of ``seconds`` before the turn."""
    return {"gap": seconds, "tag": "wait"}


# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

# ---------------------------------------------------------------------------
# 01-12: clean text with word timings (overlaps possible)
# ---------------------------------------------------------------------------

call("h13-01-vet-lame-dog", industry="veterinary practice", style=CLEAN, words=True,
     exercises="full greeting; worried owner; backchannel; empathy; restatement inside a question; timed text; name used; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The restatement is folded into a follow-up question; 'we'll see you at ten past four' carries its own time."),
     turns=[
        ("A", "Morning, Brackenfold Veterinary Centre, Pippa speaking. What can I do for you today?"),
        ("C", "Hi, um, it's my dog, he's a collie called Rolo, and since yesterday evening he won't put any weight on his back leg, he just holds it up, and I'm honestly quite worried because he's normally bouncing off the walls."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Oh, poor Rolo, that's horrible to see when they're usually so lively. Is he registered with us?"),
        ("C", "Yes, under my name, Corrigan. Bethan Corrigan."),
        ("A", "Thanks, Bethan. Yes, here you are, and Rolo's nine, is that right?"),
        ("C", "Nine in March, yeah."),
        ("A", "So he's been holding that back leg up since last night and not putting any weight through it at all. Has he had a fall that you know of?"),
        ("C", "Not that I saw. He was in the garden chasing pigeons and came in like that."),
        ("A", "Okay. With a leg he won't stand on we'd want to see him today rather than wait. I've got ten past four with Mr Hadley or twenty to six with Dr Osei."),
        ("C", "Ten past four, please, I can leave work early."),
        ("A", "Lovely, that's booked. I'll send a text confirmation in the next few minutes, and if he gets any worse before then, ring us straight back."),
        ("C", "Brilliant, thank you so much."),
        ("A", "Anything else I can help with while you're on?"),
        ("C", "No, that's everything."),
        ("A", "Okay, Bethan, we'll see you both at ten past four. Bye for now."),
     ])

call("h13-02-ferry-sailing-change", industry="ferry operator", style=CLEAN, words=True,
     exercises="greeting without agent name; cut-in asking for the reference; surname only; restatement as a question; untimed email; close",
     labels=L("fail", "pass", "na", "pass", "fail", "pass", "na", "na",
              "Moving a sailing for a rearranged graduation is a routine change, so empathy is na; the reference question cuts in while he is still talking."),
     turns=[
        ("A", "Hello, Skerrymoor Ferries bookings, what can I do for you?"),
        ("C", "Hi there, I've got a car booking on the Friday evening crossing to Castlebay, the six fifteen, and I was hoping to move it to the Saturday morning one instead, because my daughter's graduation has been moved."),
        ("A", "What's the booking reference?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "Oh, yes, sorry, it's SK 44917."),
        ("A", "And the surname on the booking?"),
        ("C", "Callaghan."),
        ("A", "Thank you, Mr Callaghan. So you're looking to swap the six fifteen Friday sailing for a Saturday morning one, same car, same passengers?"),
        ("C", "That's it, just the two of us and the car."),
        ("A", "There's space on the seven forty on Saturday. There is a twelve pound amendment fee, as it's within seven days of travel."),
        ("C", "That's fine."),
        ("A", "Right, I've moved you onto the seven forty. I'll email the new tickets over."),
        ("C", "Do I need to print them?"),
        ("A", "No, the QR code on your phone is fine."),
        ("C", "Great."),
        ("A", "Can I help with anything else on the booking?"),
        ("C", "No, that's all, cheers."),
        ("A", "Thanks for calling, Mr Callaghan, and enjoy the graduation."),
     ])

call("h13-03-broadband-outage-angry", industry="broadband provider", style=CLEAN, words=True,
     exercises="full greeting; repeat caller; 'calm down' cut-in; second cut-in; 'I don't know'; untimed engineer; no empathy; bare goodbye",
     labels=L("pass", "fail_or_pass", "fail", "fail", "fail", "na_or_fail", "na", "na",
              "Both cut-ins take the floor; the agent only asks for details, never restates; 'an engineer will be in touch' has no time."),
     turns=[
        ("A", "Good afternoon, you're through to Lumenwire Broadband, my name's Craig, how can I help you today?"),
        ("C", "Yeah, hi, my internet has been down since Saturday, this is the third time I've rung, every time I'm told it'll be fixed in twenty four hours and it never is, and I'm working from home so I'm losing money here."),
        ("A", "Okay, calm down, let's have a look.", {"at_end": 1.5, "tag": ("intr", "neg")}),
        ("C", "I am calm. I'm just fed up."),
        ("A", "What's the account number?"),
        ("C", "It's 5530 2218."),
        ("A", "And the lights on the router?"),
        ("C", "The broadband light's flashing red, it's been flashing red for three days, and I've restarted it about fifty times already."),
        ("A", "Is it plugged into the master socket?", {"at_end": 1.1, "tag": "intr"}),
        ("C", "Yes. Like I told the last two people."),
        ("A", "There's an outage showing in your area."),
        ("C", "When will it be fixed?"),
        ("A", "I don't know, it just says the engineers are working on it.", {"tag": "neg"}),
        ("C", "So I just wait? Again?"),
        ("A", "An engineer will be in touch."),
        ("C", "Right. Whatever."),
        ("A", "Okay, bye."),
     ])

call("h13-04-student-loan-double-payment", industry="student loans", style=CLEAN, words=True,
     exercises="full greeting; worry about money; two backchannels; empathy; 'if I've got this right' restatement; hold with reason and thanks; timed refund and letter; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "Backchannels sit inside her long turn; every commitment carries a time ('within twenty eight days', 'this week')."),
     turns=[
        ("A", "Hi, thanks for calling Clearpath Student Finance, this is Marguerite. How can I help you?"),
        ("C", "Hello. I've just looked at my online statement and it says I've repaid nearly three thousand pounds more than I should have this year, because it's come out of my salary and also my direct debit, and I'm a bit panicked about it, because that's basically my rent for three months."),
        ("A", "Mm-hmm.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Right.", {"at_start": 9.0, "tag": "bc"}),
        ("A", "Oh, I can hear that's a worry, and three months' rent is a lot of money to have tied up. Let's get it sorted. Can I take your full name and date of birth?"),
        ("C", "It's Tobias Wren, W R E N, fourteenth of June ninety eight."),
        ("A", "Thanks, Tobias. So if I've got this right, your employer's been taking repayments through payroll and the direct debit has kept running alongside it, so you've effectively been paying twice."),
        ("C", "Yes, exactly, since about April."),
        ("A", "I'm going to put you on hold for a minute or two while I pull the payroll figures from your tax record. Is that okay?"),
        ("C", "Sure, go ahead."),
        ("A", "Thanks for holding, Tobias. I can see both sets of payments, and you've overpaid two thousand eight hundred and forty pounds.", hold(38)),
        ("C", "Okay. Can I get that back?"),
        ("A", "You can. I've cancelled the direct debit, and I've raised a refund. It'll be paid into your bank account within twenty eight days, and you'll get a letter confirming the amount this week."),
        ("C", "That's a relief, thank you."),
        ("A", "You're welcome. Is there anything else you'd like to go through?"),
        ("C", "No, that's it."),
        ("A", "Okay, thank you for calling, Tobias. Take care."),
     ])

call("h13-05-hearing-aid-whistle", industry="hearing aid provider", style=CLEAN, words=True,
     exercises="full greeting; single-detail echo; polite 'I don't know if you've tried'; brief empathy; small overlap under 0.5 s; timed post and repair; name never used",
     labels=L("pass", "pass", "pass", "fail", "pass", "fail", "na", "na",
              "'The left one?' echoes one detail and is not a restatement; 'I don't know if you've tried' is the polite form; the 0.3 s overlap is too short to be an interruption."),
     turns=[
        ("A", "Hello, Aurelle Hearing, Dominic speaking, what can I do for you?"),
        ("C", "Hello, dear. I'm Margaret Ashdown. The left hearing aid has started whistling every time I put it in, and I've changed the dome like the leaflet says, but it's still doing it."),
        ("A", "The left one?"),
        ("C", "Yes, the left. The right one's fine."),
        ("A", "Okay. I don't know if you've tried changing the little wax filter as well?"),
        ("C", "I have, yes, my grandson did it for me on Sunday."),
        ("A", "And is it whistling all the time, or just while you're putting it in?"),
        ("C", "All the time, even when I'm sat in the chair. It's driving my husband mad."),
        ("A", "Oh, that does sound irritating for you both."),
        ("C", "It is, rather."),
        ("A", "It sounds like the tubing may have hardened. We'll post you a freepost padded envelope today, and once it's back with us the repair takes about ten working days."),
        ("C", "Ten days, goodness. What do I do without it all that time?"),
        ("A", "We can lend you a loan aid in the meantime.", {"at_end": 0.3}),
        ("C", "Oh, yes please, that would be good."),
        ("A", "I'll put one in the same envelope, so it goes out today as well."),
        ("C", "Lovely."),
        ("A", "Is there anything else at all?"),
        ("C", "No, that's everything, thank you."),
        ("A", "Thanks for ringing, bye now."),
     ])

call("h13-06-removals-abroad-transfer", industry="removals company", style=CLEAN, words=True,
     exercises="full greeting; backchannel; summary restatement; transfer to a named team with reason; ends in transfer",
     labels=L("pass", "na_or_fail", "na", "pass", "na", "pass", "na", "pass",
              "Routine quote, so empathy is na; the transfer announcement is not a follow-up commitment; the call ends in the transfer."),
     turns=[
        ("A", "Good morning, Tandem Removals, you're speaking to Farah. How can I help?"),
        ("C", "Hi, yeah, we're moving to Portugal in the summer, to Lisbon, and I wanted to get a rough idea of cost for a three bedroom house, including an upright piano."),
        ("A", "Uh-huh.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Lovely, exciting. And who am I speaking with?"),
        ("C", "Sorry, it's Joel. Joel Mbeki."),
        ("A", "Hi Joel. So you're after a price to move a three-bed from here out to Lisbon around the summer, piano included."),
        ("C", "That's right, probably the last week of June, but we're flexible by a week or so."),
        ("A", "Being flexible helps a lot with moves abroad, it can mean sharing a container."),
        ("C", "Oh, so that's cheaper?"),
        ("A", "Usually, yes. Moves abroad are priced by our international team, because they handle the customs paperwork and the shipping, so they're the ones who can give you a proper figure."),
        ("C", "Ah, okay."),
        ("A", "I can put you straight through to them, if you're happy to hold for a moment?"),
        ("C", "Yes, please."),
        ("A", "Great, I'm transferring you to the international moves team now, Joel."),
     ])

call("h13-07-solar-inverter-fault", industry="solar panel installer", style=CLEAN, words=True,
     exercises="greeting lacks offer to help; fault as plain fact; early restatement; cut-in; unannounced silence; timed visit and email; no empathy; no name",
     labels=L("fail", "pass", "fail", "pass", "pass", "na_or_fail", "fail", "na",
              "The problem is stated flatly and he asks if it is dangerous, but the agent only gives facts; the 15 s silence is neither announced nor thanked."),
     turns=[
        ("A", "Good morning, Sunhaven Solar aftercare, Oskar speaking."),
        ("C", "Morning. The app for my panels has shown zero generation since Tuesday. The inverter has a red light on it."),
        ("A", "Okay, so the panels have stopped producing anything since Tuesday and the inverter's showing a red fault light."),
        ("C", "Yes. It was sunny yesterday as well, so it's not the weather, and I checked the isolator switch in the loft like your website says, and that's on, so I'm not sure what else to try."),
        ("A", "What's the postcode on the installation?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "BS7 9QT."),
        ("A", "Right, the inverter's reporting an earth fault.", hold(15)),
        ("C", "Is that dangerous?"),
        ("A", "It shuts itself down when it detects one, so it's safe, it just isn't generating."),
        ("C", "Okay."),
        ("A", "A technician can come out on Thursday morning, between eight and twelve."),
        ("C", "Thursday's fine."),
        ("A", "Good. You'll get a confirmation email this afternoon with the technician's name."),
        ("C", "Great."),
        ("A", "Is there anything more I can look at for you?"),
        ("C", "No, that's it."),
        ("A", "Thanks for your time, goodbye."),
     ])

call("h13-08-dentist-broken-tooth", industry="dental practice", style=CLEAN, words=True,
     exercises="full greeting; name given first; backchannel; empathy with name; answer but no restatement; timed text; offer of help but no thanks or goodbye",
     labels=L("pass", "fail_or_pass", "pass", "fail", "pass", "pass", "na", "na",
              "The agent answers the request for a same-day slot without restating it; the close offers more help but the customer says the goodbye."),
     turns=[
        ("A", "Hello, Meadowgate Dental, you're through to Ines, how can I help?"),
        ("C", "Hi, this is Priya Lal, I'm a patient with you. I bit into something last night and a big chunk of my back tooth has broken off, and it's really painful now, I barely slept."),
        ("A", "Mm-hmm.", {"at_start": 5.0, "tag": "bc"}),
        ("A", "Oh no, Priya, I'm so sorry, that sounds really painful, and with no sleep on top of it."),
        ("C", "Yeah, it's a throbbing sort of pain. Is there any chance of being seen today?"),
        ("A", "We keep emergency slots every morning. I've got one at eleven forty with Dr Carrow."),
        ("C", "Yes, I'll take it."),
        ("A", "Lovely. Can you confirm your date of birth for me?"),
        ("C", "Second of August, nineteen ninety."),
        ("A", "Perfect, you're booked in. You'll get a text confirmation in the next few minutes."),
        ("C", "Thank you. Should I take anything for it?"),
        ("A", "Paracetamol or ibuprofen as it says on the packet, and avoid chewing on that side until you're seen."),
        ("C", "Okay, will do."),
        ("A", "Anything else I can do for you today?"),
        ("C", "No, that's great, thanks, bye."),
     ])

call("h13-09-pension-transfer-value", industry="pension provider", style=CLEAN, words=True,
     exercises="full greeting; routine request; immediate restatement; hold with reason and thanks; customer cuts in on agent; 'you'll need to' instruction; timed email and statement; name used",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "'You'll need to request it in writing' is a neutral instruction with an alternative, so optional; the customer overlapping the agent is not an agent interruption."),
     turns=[
        ("A", "Good afternoon and welcome to Larchmont Pensions. My name's Hugh. What can I do for you?"),
        ("C", "Hello, I'd like to get a transfer value for my old workplace pension. I've started a new job and their scheme looks better, so I want to compare before I decide anything."),
        ("A", "Of course. So you're after a transfer value on the old scheme, so you can weigh it up against your new employer's one."),
        ("C", "Yes, that's it."),
        ("A", "Can I take your name and your policy number?"),
        ("C", "Annika Solberg, and the number is LP 0047 3321."),
        ("A", "Thank you, Ms Solberg. I'll just put you on hold for a moment while I check the scheme rules on transfers."),
        ("C", "That's fine."),
        ("A", "Thank you for waiting. You're able to request a guaranteed transfer value once every twelve months, and you haven't had one, so that's fine.", hold(24)),
        ("C", "Great, can you just email it to me?", {"at_end": 0.8}),
        ("A", "You'll need to request the guaranteed value in writing, as it's a formal quote, but I can email you the form now.", {"tag": "neg_opt"}),
        ("C", "Okay, that works."),
        ("A", "Once we get the form back, the statement is posted out within ten working days."),
        ("C", "Perfect."),
        ("A", "Is there anything further I can help with?"),
        ("C", "No, thank you."),
        ("A", "Thank you for calling, Ms Solberg. Goodbye."),
     ])

call("h13-10-courier-parcel-in-bin", industry="parcel courier", style=CLEAN, words=True,
     exercises="greeting without name; angry customer; cut-in; 'not our department' with a demand; refusal with no alternative; no empathy; name never used; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "fail", "na", "na",
              "'That's not really our department, you have to...' is one negative turn; pointing to the feedback form is information, not a refusal."),
     turns=[
        ("A", "Hi, Parcelhop customer line, how can I help?"),
        ("C", "Hi, your driver left my parcel in the recycling bin in the pouring rain and the box is soaked through, it's a printer and I've no idea if it even works now, and the photo on the app shows it sitting in the bin."),
        ("A", "Tracking number?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "It's PH 771 204 55 GB. My name's Declan Moore, the account's in my name."),
        ("A", "And the postcode?"),
        ("C", "M14 6RD."),
        ("A", "Okay, it says delivered to a safe place."),
        ("C", "A bin is not a safe place!"),
        ("A", "That's not really our department, you have to take it up with the seller.", {"tag": "neg"}),
        ("C", "But it was your driver who put it there."),
        ("A", "We can't do anything about the item itself.", {"tag": "neg"}),
        ("C", "So who do I complain to about the driver?"),
        ("A", "There's a feedback form on the app."),
        ("C", "Unbelievable. Fine."),
        ("A", "Okay."),
     ])

call("h13-11-gym-cancel-relocation", industry="gym membership", style=CLEAN, words=True,
     exercises="greeting split over two turns; name from the account; backchannel and a borderline overlap; restatement with reason; limit with alternative; untimed email; close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "The offer to help comes in the agent's second turn, well inside 20 s; the name comes from the agent and is used later; 'Got it, got it' overlaps by over 0.5 s but is short, so optional."),
     turns=[
        ("A", "Hi, you've reached Ironbark Gyms member services, I'm Leila. Am I speaking with Ms Fenwick?"),
        ("C", "Yes, that's me."),
        ("A", "Lovely. What can I do for you today?"),
        ("C", "I'm moving up to Aberdeen for work at the end of next month, so I'd like to cancel my membership, please. I've been a member for about four years, but there isn't a branch anywhere near there."),
        ("A", "Okay.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Got it, got it.", {"at_start": 7.5, "tag": "intr_opt"}),
        ("A", "Four years, wow. So you want to end the membership because you're relocating and there's no club close by."),
        ("C", "Yes."),
        ("A", "We can't waive the one month notice, but what I can do is freeze the account for that last month, so you're not paying for a month you can't use."),
        ("C", "Oh, that's good of you. Yes, please."),
        ("A", "Done. So this month's payment is your last one, and the membership ends on the thirtieth."),
        ("C", "Perfect."),
        ("A", "You'll get an email confirming the cancellation."),
        ("C", "Okay."),
        ("A", "Is there anything else I can help with, Ms Fenwick?"),
        ("C", "No, that's all, thanks."),
        ("A", "Good luck with the move. Bye now."),
     ])

call("h13-12-car-airbag-recall", industry="car manufacturer", style=CLEAN, words=True,
     exercises="full greeting; worried parent; early empathy; restatement as a two-part question; cut-in that answers; timed dealer call; thanks but no offer of more help",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "na", "na",
              "'Yes, you can drive it' cuts in on her question and takes the floor; the close thanks her but never offers further help."),
     turns=[
        ("A", "Good morning, Corvana Motors customer care, Rhys speaking, how may I help?"),
        ("C", "Hi, I've had a letter saying my car's got a recall on the passenger airbag, and it says not to let anyone sit in the front seat, and I do the school run with my son in the front, so I'm honestly a bit shaken by it."),
        ("A", "Oh, I completely understand. That's not the kind of letter anyone wants to open, especially with your son riding up front."),
        ("C", "Yeah. What do I actually do?"),
        ("A", "Let me take the registration first."),
        ("C", "It's LK19 ZPW. And it's in my name, Sofia Brandt, if you need that."),
        ("A", "Thanks, Sofia. Are you wanting to get the airbag replaced as soon as possible, and to know whether the car's safe to use until then?"),
        ("C", "Both, yes. I mean, can I still drive it to work? Because I don't have another car and the bus takes an hour."),
        ("A", "Yes, you can drive it, just keep the front passenger seat empty.", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Okay, that's a relief."),
        ("A", "Your nearest dealer is Corvana Hendon. I've sent them a booking request, and they'll ring you within two working days to arrange a date."),
        ("C", "And it's free?"),
        ("A", "Completely free, recall work never costs you anything."),
        ("C", "Great. That's all I needed."),
        ("A", "Thanks so much for calling, Sofia."),
     ])

# ---------------------------------------------------------------------------
# 13-24: ASR-style text, no word timings
# ---------------------------------------------------------------------------

call("h13-13-asr-lost-suitcase", industry="airline baggage services", style=ASR, words=False,
     exercises="full greeting; missing bag; empathy; restatement; mis-recognised tag number; untimed courier delivery; name spelled and used; close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "'a courier will drop it round' is a commitment with no time; 'to to' is an ASR slip for 'two two'."),
     turns=[
        ("A", "hi good evening thank you for calling aeroline baggage services my name is kwame how can i help you"),
        ("C", "hi um yeah i flew in from lisbon this afternoon on the four fifteen and my suitcase just never came out on the belt and i've got nothing with me like no clothes no charger nothing"),
        ("A", "oh no that's awful especially after a flight i'm really sorry about that can i start with your name"),
        ("C", "yeah it's uh aoife gallagher a o i f e"),
        ("A", "thanks aoife so your checked bag didn't make it onto the carousel off the lisbon flight and you've been left without any of your things"),
        ("C", "yeah exactly"),
        ("A", "have you got the bag tag number it's the sticker they put on the back of your boarding pass"),
        ("C", "um yeah it's t p three four one to to six"),
        ("A", "perfect okay so it's showing it didn't get loaded in lisbon it missed the connection"),
        ("C", "so where is it now"),
        ("A", "it's still in lisbon we'll have it put on a flight and a courier will drop it round to your address"),
        ("C", "okay and can i buy stuff i need in the meantime"),
        ("A", "yes you can claim back essentials like toiletries and a change of clothes just keep hold of the receipts"),
        ("C", "okay great"),
        ("A", "is there anything else i can help with tonight"),
        ("C", "no that's it"),
        ("A", "alright thanks aoife take care bye"),
     ])

call("h13-14-asr-school-place", industry="school admissions", style=ASR, words=False,
     exercises="greeting without organisation; routine questions answered, never restated; 'you need' instruction; 'no worries'; name volunteered and used; close",
     labels=L("fail", "pass", "na", "fail", "na", "pass", "na", "na",
              "Every agent turn answers a question and none restates the request; the turnaround is a general description, not a commitment."),
     turns=[
        ("A", "hello you're through to kerry how can i help"),
        ("C", "hi yeah we're moving into the area in april and i need to find out how to get my two kids into a primary school like mid year"),
        ("A", "okay you'd do that online as an in year application on the council website it's under school admissions"),
        ("C", "and do i need the new address first"),
        ("A", "yeah you need proof of the new address so like a tenancy agreement or a completion letter", {"tag": "neg_opt"}),
        ("C", "right and how long does it take"),
        ("A", "um it's usually around four weeks from applying"),
        ("C", "okay and can i pick which schools"),
        ("A", "you can list up to three preferences on the form"),
        ("C", "cool um my name's danny by the way danny okafor in case i need to ring back"),
        ("A", "no worries danny if you ring back any of the team can pick it up"),
        ("C", "great thanks"),
        ("A", "what else can i do for you today"),
        ("C", "no that's all"),
        ("A", "okay cheers for calling bye"),
     ])

call("h13-15-asr-prescription-delay", industry="community pharmacy", style=ASR, words=False,
     exercises="full greeting; caller for her mother; empathy; restatement with mis-heard drug name; hold with reason and thanks; 'i don't know why' then help; timed collection; caller's name used",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'i don't know why it took them so long' is followed straight away by help, so optional; the caller's own name (not her mother's) is used."),
     turns=[
        ("A", "good afternoon hollins pharmacy you're speaking with dev how can i help"),
        ("C", "hiya um i've been in twice this week for my mum's prescription her blood pressure tablets and both times it wasn't ready and she's only got two days left and i'm getting really stressed about it"),
        ("A", "oh i'm sorry that's really frustrating having to come in twice and go home without it"),
        ("C", "yeah"),
        ("A", "can i take your mum's name and date of birth"),
        ("C", "it's eileen roache r o a c h e twelfth of the first forty one"),
        ("A", "thank you and your name"),
        ("C", "i'm her daughter carmel"),
        ("A", "thanks carmel so your mum's am lo dipine was requested but it still isn't ready to collect and she's nearly run out"),
        ("C", "that's it yeah"),
        ("A", "let me pop you on hold for a minute while i check with the dispensary"),
        ("C", "okay"),
        ("A", "thanks for waiting carmel so the surgery only sent it across this morning", hold(34)),
        ("C", "oh right"),
        ("A", "i don't know why it took them so long but it's being made up now and it'll be ready by four this afternoon", {"tag": "neg_opt"}),
        ("C", "brilliant"),
        ("A", "anything else i can do for you"),
        ("C", "no thanks"),
        ("A", "okay thanks carmel bye bye"),
     ])

call("h13-16-asr-patio-door-handle", industry="window and door repair", style=ASR, words=False,
     exercises="full greeting; broken lock stated as fact; restatement; 'hang on' silence without reason or thanks; untimed callback; name never used; thanks and goodbye only",
     labels=L("pass", "fail_or_pass", "fail", "pass", "fail", "fail", "fail", "na",
              "'hang on a sec' announces the silence but gives no reason and there is no thanks after; the worry about leaving the house is never acknowledged."),
     turns=[
        ("A", "morning thanks for calling clearview glazing you're through to sam what can i do for you"),
        ("C", "hi yeah the handle on my patio door snapped off this morning and now the door won't lock"),
        ("A", "okay is it one of ours fitted by us"),
        ("C", "yeah you fitted them in twenty nineteen i've got the guarantee here um it's under my name lorraine hibbert"),
        ("A", "right hang on a sec"),
        ("A", "right so the patio door handle's come away and you can't lock the door and that's covered under the ten year guarantee", hold(14)),
        ("C", "hopefully yeah"),
        ("A", "what colour are the handles white or chrome"),
        ("C", "white"),
        ("A", "okay we carry them on the vans so it's usually a one visit job"),
        ("C", "good because i can't go out and leave it unlocked"),
        ("A", "someone from the scheduling team will ring you to book a slot"),
        ("C", "okay how soon roughly"),
        ("A", "it depends on the area"),
        ("C", "right okay"),
        ("A", "okay thanks bye now"),
     ])

call("h13-17-asr-concert-cancelled", industry="event ticketing", style=ASR, words=False,
     exercises="full greeting; annoyed customer; empathy; answer not restatement; bare 'no'; policy refusal; limit with alternative; timed voucher and refund; no name; close",
     labels=L("pass", "pass", "pass", "fail", "pass", "na_or_fail", "na", "na",
              "The bare 'no' and 'it's our policy' refuse with no alternative; 'not able to... but what i can do' offers one; the automatic refund gets its time later in the call."),
     turns=[
        ("A", "hello ticketvault customer support my name's ana how can i help today"),
        ("C", "hi um so the concert i had tickets for on saturday got cancelled like the day before and i'd already booked a hotel and the train and i'm so annoyed"),
        ("A", "oh no sorry about that that's really rubbish when you've planned everything around it"),
        ("C", "yeah so i want my money back"),
        ("A", "okay can i have the order number"),
        ("C", "it's t v eight eight one nine zero three"),
        ("A", "right yeah the event's cancelled so the ticket price is refunded automatically to your card"),
        ("C", "and the booking fees"),
        ("A", "no", {"tag": "neg"}),
        ("C", "why not"),
        ("A", "it's our policy booking fees are non refundable", {"tag": "neg"}),
        ("C", "that's ridiculous and what about the hotel"),
        ("A", "we're not able to cover travel or hotels but what i can do is give you a ten pound voucher for your next booking"),
        ("C", "fine whatever"),
        ("A", "okay the voucher will be emailed to you today and the refund takes five to seven working days to show"),
        ("C", "okay"),
        ("A", "can i help with anything else while you're on"),
        ("C", "no"),
        ("A", "alright thanks for calling bye"),
     ])

call("h13-18-asr-mortgage-lump-sum", industry="building society", style=ASR, words=False,
     exercises="full greeting; routine question; synonym restatement; name used; transfer to advisers with reason; ends in transfer",
     labels=L("pass", "na_or_fail", "na", "pass", "na", "pass", "na", "pass",
              "A bonus paid off the mortgage is routine, so empathy is na; the transfer announcement is not counted as a follow-up commitment."),
     turns=[
        ("A", "good morning welcome to hearthstone building society this is gavin speaking how may i help"),
        ("C", "morning um i've had a bonus at work and i was thinking about paying some of it off the mortgage but i wasn't sure if i'd get charged for doing that"),
        ("A", "okay so you want to put a lump sum against the mortgage and check whether there's an early repayment charge"),
        ("C", "yeah basically"),
        ("A", "can i grab your name and the mortgage account number"),
        ("C", "it's nasreen qureshi and the account is four four zero nine one two eight"),
        ("A", "thanks nasreen so you're on a fixed rate until twenty twenty eight and you can overpay up to ten percent a year with no charge"),
        ("C", "right and it's about fifteen percent i want to pay"),
        ("A", "okay anything over the ten percent would have a charge and working out whether it's still worth it is something our mortgage advisers do because they need to go through the figures properly"),
        ("C", "okay do i need anything ready for them"),
        ("A", "just a rough idea of your income and outgoings"),
        ("C", "fine"),
        ("A", "i'm transferring you to the mortgage advice team now nasreen so they can run the numbers with you"),
        ("C", "great thanks"),
     ])

call("h13-19-asr-deposit-not-returned", industry="tenancy deposit scheme", style=ASR, words=False,
     exercises="full greeting; worried tenant; empathy; restatement; hold announced with reason but no thanks; 'you'll need to'; timed letter; name used; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na",
              "The hold has a reason but the agent comes back without thanking him, so it fails; 'you'll need to open a dispute' is a neutral instruction, optional."),
     turns=[
        ("A", "hi there you're through to safekeep deposit protection my name is ruth how can i help you"),
        ("C", "hello yeah i moved out of my flat seven weeks ago and my landlord still hasn't given me my deposit back it's eleven hundred pounds and he's not answering my messages and i'm starting to panic a bit cos i need it for the new place"),
        ("A", "oh that's a horrible position to be in and seven weeks of silence would worry anyone let's see what we can do"),
        ("C", "thank you"),
        ("A", "can i take the deposit id it's on your certificate"),
        ("C", "um it's d p four seven seven two zero nine one"),
        ("A", "and your name"),
        ("C", "ravi chandrasekar"),
        ("A", "thanks ravi so your tenancy's ended your landlord's still holding the eleven hundred and you can't get any response out of him"),
        ("C", "yeah that's it"),
        ("A", "i'm just going to put you on hold while i look at the scheme record"),
        ("A", "okay so it is protected with us so the money's safe", hold(21)),
        ("C", "oh thank god"),
        ("A", "you'll need to open a dispute on the website and upload your check out report", {"tag": "neg_opt"}),
        ("C", "okay"),
        ("A", "we'll write to your landlord within one working day of you submitting it and he then has fourteen days to respond"),
        ("C", "great"),
        ("A", "is there anything else i can help you with ravi"),
        ("C", "no that's it thanks"),
        ("A", "okay thanks for calling take care"),
     ])

call("h13-20-asr-microchip-address", industry="pet microchip register", style=ASR, words=False,
     exercises="greeting lacks offer; routine update; questions only, completion report; timed database update; factual 'no'; name used; no close",
     labels=L("fail", "fail", "na", "fail", "pass", "pass", "na", "na",
              "'that's updated' reports completion and is not a restatement; 'no it's free' answers a question; the agent never offers more help or says goodbye."),
     turns=[
        ("A", "hello petlink register this is owen speaking"),
        ("C", "hi i've moved house and i need to update the address on my cat's microchip"),
        ("A", "okay what's the chip number"),
        ("C", "um nine eight five one one two zero zero zero three four five six seven eight"),
        ("A", "and the owner's name"),
        ("C", "beatrix hale"),
        ("A", "thanks beatrix and the new address"),
        ("C", "fourteen orchard rise dunmore d u n m o r e"),
        ("A", "postcode"),
        ("C", "d n seven four l q"),
        ("A", "okay that's updated and it'll show on the database within twenty four hours"),
        ("C", "great is there a charge for that"),
        ("A", "no it's free on your account"),
        ("C", "brilliant thanks"),
        ("A", "okay"),
        ("C", "bye"),
     ])

call("h13-21-asr-bulky-waste", industry="council waste services", style=ASR, words=False,
     exercises="full greeting; routine booking; 'so that's' restatement; customer-caused silence; name spelled but never used; relative-time reminder; close",
     labels=L("pass", "pass", "na", "pass", "pass", "fail", "na", "na",
              "The long silence is the customer finding a letter, so hold is na; 'the evening before' is a time expression."),
     turns=[
        ("A", "good morning you're through to ashcombe council waste services i'm fola what can i do for you today"),
        ("C", "hi yeah i'd like to book a collection for an old sofa and a fridge freezer please"),
        ("A", "no problem so that's a bulky waste pickup for two items the sofa and a fridge freezer"),
        ("C", "yeah"),
        ("A", "have you booked with us before there should be a reference on your council tax bill"),
        ("C", "oh um hang on let me find the letter"),
        ("C", "right got it it's a s h three three nine zero one", wait(16)),
        ("A", "lovely and the name on the account"),
        ("C", "ewan and it's mcteer m c t e e r"),
        ("A", "thank you the next date we've got is wednesday the ninth and the crew comes between seven and three"),
        ("C", "wednesday's fine"),
        ("A", "okay that's booked it's twenty two pounds for up to three items and i'll text you a reminder the evening before"),
        ("C", "perfect"),
        ("A", "anything else today"),
        ("C", "no that's it"),
        ("A", "thanks for calling have a good day"),
     ])

call("h13-22-asr-motorway-breakdown", industry="breakdown recovery", style=ASR, words=False,
     exercises="full greeting; frightened caller; long empathy; customer-caused silence; read-back summary; timed truck and text; name used; goodbye without offer",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "na", "na",
              "The silence is the family getting out of the car at the agent's request but caused by the customer ('hang on'), so hold is na; the close says goodbye but offers nothing further."),
     turns=[
        ("A", "hello roadrescue this is tamsin how can i help"),
        ("C", "hi um my car's just died on the a one northbound i'm on the hard shoulder and i've got my two kids in the back and the lorries are flying past and it's really scary"),
        ("A", "okay i'm really sorry you're dealing with this it sounds frightening with the kids in the car so first things first are you all out of the car and behind the barrier"),
        ("C", "um no we're still in the car"),
        ("A", "okay if it's safe to get out on the passenger side get everyone behind the barrier and keep your phone with you"),
        ("C", "okay hang on"),
        ("C", "okay we're out we're up on the bank", wait(13)),
        ("A", "brilliant well done can i take your name"),
        ("C", "it's leon it's leon fairweather"),
        ("A", "thanks leon and can you see a marker post it's a little blue sign with numbers on it"),
        ("C", "yeah it says four two eight b"),
        ("A", "perfect so you're on the a one heading north near marker four two eight b the car's lost power and it's you and two children waiting up on the bank"),
        ("C", "yeah that's right"),
        ("A", "a recovery truck is on its way and should be with you within forty five minutes and i'll text you the driver's details in the next few minutes"),
        ("C", "okay thank you so much"),
        ("A", "you're welcome leon stay behind the barrier take care bye"),
     ])

call("h13-23-asr-glasses-snapped", industry="opticians", style=ASR, words=False,
     exercises="full greeting; broken glasses; 'cannot' refusal; 'not my job'; no empathy; no restatement; transfer without where or why; no name",
     labels=L("pass", "na_or_fail", "fail", "fail", "na", "na_or_fail", "na", "fail",
              "'i'll put you through' names neither the team nor the reason and is the transfer itself, not a follow-up; the call ends in it."),
     turns=[
        ("A", "good afternoon brightframe opticians jude speaking how can i help"),
        ("C", "hi my glasses snapped at the bridge this morning and i can't really see without them and i've got work tomorrow"),
        ("A", "okay which branch did you get them from"),
        ("C", "the one on the high street in kettering"),
        ("A", "and when did you buy them"),
        ("C", "um last summer i think june"),
        ("C", "so can you fix them"),
        ("A", "we cannot do repairs over the phone", {"tag": "neg"}),
        ("C", "well obviously i mean can i bring them in to get fixed"),
        ("A", "um it's not my job to book repairs", {"tag": "neg"}),
        ("C", "okay so who do i speak to then"),
        ("A", "i'll put you through"),
     ])

call("h13-24-asr-meal-kit-wrong-box", industry="meal kit subscription", style=ASR, words=False,
     exercises="full greeting; wrong box; empathy; name learned from an email address; restatement; hold with reason and thanks; untimed replacement; factual 'no' with help; close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "The name comes from the email address she spells and the agent uses it; 'a replacement veggie box will be sent out' has no time."),
     turns=[
        ("A", "hiya thanks for calling greenplate meal kits it's mo here how can i help"),
        ("C", "hi um so my box came today and it's got all the meat recipes in it and i'm vegetarian so i can't eat like half of it"),
        ("A", "oh no that's really annoying i'm sorry"),
        ("C", "yeah it's a bit of a waste"),
        ("A", "can i take the email address on the account"),
        ("C", "it's hannah dot price eighty eight at mailbox dot com"),
        ("A", "thanks hannah so you've been sent the meat box instead of your veggie one and you can't use most of it"),
        ("C", "yeah"),
        ("A", "i'm just going to put you on a short hold while i check what went wrong with the packing"),
        ("C", "sure"),
        ("A", "thanks for bearing with me hannah so your plan is definitely set to veggie it was a packing mistake at our end", hold(29)),
        ("C", "okay"),
        ("A", "i've refunded this week's box in full and a replacement veggie box will be sent out"),
        ("C", "oh great do i need to send the other one back"),
        ("A", "no keep it or give it to a neighbour"),
        ("C", "aw thanks"),
        ("A", "was there anything else"),
        ("C", "no that's great"),
        ("A", "cheers hannah bye"),
     ])

# ---------------------------------------------------------------------------
# 25-36: clean text, no word timings
# ---------------------------------------------------------------------------

call("h13-25-travel-claim-hospital", industry="travel insurance", style=CLEAN, words=False,
     exercises="full greeting; cancelled holiday after illness; empathy; restatement with title and surname; hold with reason and thanks; timed email and settlement; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'We'll need the discharge letter' asks for documents and is not a commitment; both commitments carry times."),
     turns=[
        ("A", "Good morning, Wayfarer Travel Insurance claims, this is Ngozi. How can I help you today?"),
        ("C", "Hello. We had to cancel our holiday to Crete last week because my husband was admitted to hospital, and I need to claim the cost back. It's been a really difficult fortnight."),
        ("A", "I'm so sorry to hear that. I hope he's on the mend now. Let's get this started for you."),
        ("C", "Thank you. He's home now, thankfully."),
        ("A", "That's good to hear. Could I take the policy number and the name of the policyholder?"),
        ("C", "It's WTI 3390 1187, and it's in my name, Helen Achterberg."),
        ("A", "Thank you, Mrs Achterberg. So you're looking to claim back the cost of the Crete trip you had to cancel because of your husband's stay in hospital."),
        ("C", "Yes. The flights and the villa, about two thousand four hundred altogether."),
        ("A", "Right. Would you mind holding for a moment while I check whether the villa deposit falls under your cancellation cover?"),
        ("C", "Of course."),
        ("A", "Thank you for your patience. Yes, both the flights and the villa are covered, less a hundred pound excess.", hold(45)),
        ("C", "Oh, that's a relief."),
        ("A", "I'll email you a claim form this morning. We'll need the hospital discharge letter and the booking invoices, and once we have those, claims are usually settled within fifteen working days."),
        ("C", "That's fine, I can scan those."),
        ("A", "Was there anything else you needed today?"),
        ("C", "No, that's everything, thank you."),
        ("A", "Thank you for calling, Mrs Achterberg. I hope you both get away soon. Goodbye."),
     ])

call("h13-26-student-room-heating", industry="student accommodation", style=CLEAN, words=False,
     exercises="greeting without salutation; cold room as fact; single-detail echo; completion report; no empathy; untimed maintenance visit; name used; close",
     labels=L("fail", "pass", "fail", "fail", "fail", "pass", "na", "na",
              "'Room 214, block C?' echoes details and 'I've logged a job' reports completion, neither restates the issue; sleeping in a coat is never acknowledged."),
     turns=[
        ("A", "Quayside Student Living, Aleks speaking, how can I help?"),
        ("C", "Hi, the heating in my room hasn't worked since Sunday. The radiator's stone cold. I'm in block C, room 214."),
        ("A", "Room 214, block C?"),
        ("C", "Yes."),
        ("A", "And your name?"),
        ("C", "Kofi Asante."),
        ("A", "Thanks, Kofi. I've logged a maintenance job for the radiator."),
        ("C", "Okay. It's been freezing, I've been sleeping in my coat."),
        ("A", "Maintenance will come and have a look at it."),
        ("C", "Do you know when?"),
        ("A", "They work through the jobs in order."),
        ("C", "Right. Could I get a heater in the meantime?"),
        ("A", "There are a couple at reception, you can borrow one tonight."),
        ("C", "Okay, thanks."),
        ("A", "Is there anything else I can help with, Kofi?"),
        ("C", "No."),
        ("A", "Thanks for calling. Bye."),
     ])

call("h13-27-driving-lesson-move", industry="driving school", style=CLEAN, words=False,
     exercises="full greeting; routine reschedule; immediate 'so you'd like' restatement; name used; completion report; goodbye without offer of help",
     labels=L("pass", "fail_or_pass", "na", "pass", "na", "pass", "na", "na",
              "The rebooked lesson is a done change, not a commitment to a later action; the close says goodbye but offers nothing further."),
     turns=[
        ("A", "Good afternoon, Clutchpoint Driving School, Bernadette speaking, what can I do for you?"),
        ("C", "Hi, I've got a lesson booked with Gary on Thursday at five, and I need to move it to next week if possible. A work thing has come up."),
        ("A", "Right, so you'd like Thursday's five o'clock with Gary moved to sometime next week."),
        ("C", "Yes, please. Ideally around the same time."),
        ("A", "Who's the lesson booked under?"),
        ("C", "It's Marcus. Marcus Lindqvist."),
        ("A", "Lovely, got you, Marcus. Gary's free next Tuesday at half five or Wednesday at four."),
        ("C", "Tuesday at half five is perfect."),
        ("A", "Done, that's moved to Tuesday at half five, and Thursday's cancelled with no charge."),
        ("C", "Great, and it's the same pickup point?"),
        ("A", "Yes, same pickup from your work."),
        ("C", "Perfect, thanks."),
        ("A", "No problem. Have a good week, bye!"),
     ])

call("h13-28-funeral-first-call", industry="funeral director", style=CLEAN, words=False,
     exercises="full greeting; bereavement; long empathy; restatement that frames the request; timed collection and callback; name used; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "She does not state a clear request, and the agent's restatement puts it into words for her to confirm; 'We'll speak tomorrow' is timed."),
     turns=[
        ("A", "Good morning, Ashby and Daughters Funeral Directors, this is Colm speaking. How can I help?"),
        ("C", "Hello. My dad passed away on Sunday night at the hospice, and they told me I need to ring a funeral director. I'm sorry, I've never done this before and I don't really know where to start."),
        ("A", "Please don't apologise. I'm very sorry about your dad. It's a lot to take in, and you don't need to know where to start, that's what we're here for. And we can take it one step at a time."),
        ("C", "Thank you."),
        ("A", "Could I take your name, and your dad's name?"),
        ("C", "I'm Gwen Pryce, and Dad was Alun Pryce."),
        ("A", "Thank you, Gwen. So what you need from us today is to bring your dad into our care from the hospice, and then to start on the arrangements when you feel ready."),
        ("C", "Yes, I think so. Is that how it works?"),
        ("A", "It is. We'll contact the hospice this afternoon and bring him into our care today."),
        ("C", "Okay."),
        ("A", "Then one of our arrangers, Lydia, will phone you tomorrow morning to find a time to sit down with you, at home or here, whichever you'd prefer."),
        ("C", "At home would be better, I think."),
        ("A", "Of course. I've noted that for her."),
        ("C", "Thank you, you've been really kind."),
        ("A", "Is there anything else at all I can help with for now?"),
        ("C", "No, I don't think so."),
        ("A", "Take care of yourself, Gwen. We'll speak tomorrow. Goodbye."),
     ])

call("h13-29-ev-charger-quote", industry="EV charger installer", style=CLEAN, words=False,
     exercises="full greeting; routine enquiry; policy read-out instead of restatement; factual 'no'; 'you'll need' instruction; untimed link; no name; close",
     labels=L("pass", "pass", "na", "fail", "fail", "na_or_fail", "na", "na",
              "The install terms are read out, which is not a restatement of his enquiry; 'If you own the house, no' answers a question."),
     turns=[
        ("A", "Hello, thanks for calling Voltbridge Home Charging, this is Sunil, how can I help today?"),
        ("C", "Hi, I'm getting an electric car next month and I want to know what's involved in getting a charger put in on my drive."),
        ("A", "All our installs start with a site survey. Installations are done on a weekday, they take around three hours, and the standard price covers up to ten metres of cable from your fuse board."),
        ("C", "Okay, and my fuse board's in the garage, so it's close."),
        ("A", "That should be fine, then."),
        ("C", "How much is it?"),
        ("A", "The standard install is eight hundred and ninety-five pounds, including the charger."),
        ("C", "And do I need permission from anyone?"),
        ("A", "If you own the house, no. If you rent, you'll need the landlord's written permission.", {"tag": "neg_opt"}),
        ("C", "I own it. Can I book the survey?"),
        ("A", "Yes, I'll send you a link to book the survey online."),
        ("C", "Great."),
        ("A", "Can I help with anything else while I've got you?"),
        ("C", "No, that's great."),
        ("A", "Cheers for calling, bye now."),
     ])

call("h13-30-bus-lost-phone-transfer", industry="bus operator", style=CLEAN, words=False,
     exercises="full greeting; lost phone and panic; empathy; short name given first; restatement; transfer to a named desk with reason; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
              "'That sinking feeling' acknowledges her panic; the transfer names the depot desk and why; the transfer is not counted as a follow-up."),
     turns=[
        ("A", "Hi there, Redline Buses customer services, Tomasz speaking, how can I help?"),
        ("C", "Hi. I left my phone on the number 42 this morning, I think on the top deck. I've been ringing it from my partner's phone but it goes straight to voicemail now, and everything's on it, so I'm a bit panicky."),
        ("A", "Oh no, that sinking feeling. Let's see if we can track it down."),
        ("C", "Thanks."),
        ("A", "What time were you on the bus, roughly?"),
        ("C", "About ten past eight, from Millbrook to the station."),
        ("A", "And can I take a name?"),
        ("C", "Yeah, it's Jas. Jaswinder Gill."),
        ("A", "Thanks, Jas. So you think you left your phone upstairs on the 42 that left Millbrook around ten past eight."),
        ("C", "That's right. Black phone, green case."),
        ("A", "Anything handed in on that route goes to our Eastgate depot, and their lost property desk can check what's come in today, so the quickest thing is for me to put you through to them."),
        ("C", "Okay, great."),
        ("A", "Putting you through to Eastgate lost property now, Jas. Fingers crossed."),
     ])

call("h13-31-wedding-venue-date", industry="wedding venue", style=CLEAN, words=False,
     exercises="full greeting; routine date change; restatement as a question; hold with reason and thanks; timed contract; name used; close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "A cheaper date is a routine change, so empathy is na; 'by the end of the week' is a time frame."),
     turns=[
        ("A", "Good afternoon, The Old Tithe Barn, Imogen speaking. How can I help?"),
        ("C", "Hi Imogen, my fiancé and I have our wedding booked with you for Saturday the twelfth of September next year, and we're wondering whether we could move it to a Sunday in the same month. We've realised a Sunday would suit most of our guests better, and it's cheaper."),
        ("A", "Congratulations, first of all! So you'd like to keep a September date but switch it to a Sunday?"),
        ("C", "Yes, exactly."),
        ("A", "Can I take the name on the booking?"),
        ("C", "It's under Rosalind Okoye."),
        ("A", "Thanks, Rosalind. Would you mind if I put you on hold for a couple of minutes while I check the diary for the September Sundays?"),
        ("C", "No, go ahead."),
        ("A", "Thanks so much for waiting. The thirteenth and the twenty-seventh are both free.", hold(52)),
        ("C", "Oh, the twenty-seventh would be lovely."),
        ("A", "I've pencilled you in for Sunday the twenty-seventh. The Sunday rate is lower, so I'll send you a revised contract and invoice by the end of the week."),
        ("C", "Perfect."),
        ("A", "Anything else we can help with today?"),
        ("C", "No, that's brilliant."),
        ("A", "Thanks, Rosalind, speak soon. Bye!"),
     ])

call("h13-32-hosting-shop-down", industry="web hosting", style=CLEAN, words=False,
     exercises="bare greeting; stressed business owner; 'nothing I can do'; 'you have to' demand; dismissive 'I don't know if'; answer not restatement; name never used; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "fail", "na", "na",
              "'It's a database connection error' is the agent's system reading, not a restatement; 'I don't know if that'll speed it up' is not the polite suggestion form, so optional."),
     turns=[
        ("A", "Hello, Nimbusnest Hosting support."),
        ("C", "Hi. My online shop has been down since about six this morning. It's showing a database error. It's my busiest week of the year and I'm losing orders every hour, I'm really stressed."),
        ("A", "What's the domain?"),
        ("C", "Bramble and Wick dot co dot uk. The account's under Lucy Tran."),
        ("A", "It's a database connection error."),
        ("C", "Yes, I know, that's what I just told you. Can you fix it?"),
        ("A", "There's nothing I can do from here.", {"tag": "neg"}),
        ("C", "Then who can?"),
        ("A", "You have to raise a ticket through the control panel.", {"tag": "neg"}),
        ("C", "I raised one. Four hours ago. Nobody's replied."),
        ("A", "Tickets are answered in order."),
        ("C", "That's not good enough. Can you at least escalate it?"),
        ("A", "I don't know if that'll speed it up.", {"tag": "neg_opt"}),
        ("C", "Great. Thanks for nothing."),
        ("A", "Okay."),
     ])

call("h13-33-tyre-slow-puncture", industry="tyre fitting", style=CLEAN, words=False,
     exercises="greeting without company; puncture as fact; empathy; restatement that infers the request; timed reminder; name used; close with 'cheers'",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The company only appears later in the call, so the greeting fails; 'Cheers' thanks the customer after the offer of more help."),
     turns=[
        ("A", "Morning, it's Darren, how can I help?"),
        ("C", "Morning. I've got a nail in my rear tyre. It's going flat every couple of days and I keep having to pump it up at the garage before work."),
        ("A", "Ah, nightmare, that's a right pain having to do that every other morning."),
        ("C", "It really is."),
        ("A", "So you're after getting that tyre seen to, a puncture repair, or a new one if it can't be saved."),
        ("C", "Yeah. Ideally a repair, it's only a year old."),
        ("A", "If the nail's in the middle of the tread we can usually plug it. If it's near the sidewall it'll have to be a new tyre."),
        ("C", "Fair enough. Have you got anything tomorrow?"),
        ("A", "Tomorrow at eight or half twelve. What's the registration?"),
        ("C", "Eight, please. It's WN21 KXR."),
        ("A", "And a name for the booking?"),
        ("C", "Sophie. Sophie Marchetti."),
        ("A", "Lovely, Sophie, that's you booked for eight tomorrow at Treadwell Carnley, and it takes about half an hour. You'll get a reminder text tonight."),
        ("C", "Great."),
        ("A", "Is there anything else you need from us?"),
        ("C", "No, that's it."),
        ("A", "Cheers, Sophie, see you tomorrow."),
     ])

call("h13-34-university-fees-suspension", industry="university fees office", style=CLEAN, words=False,
     exercises="full greeting; anxious student; empathy; 'just so I'm clear' restatement; hold with reason and thanks; completion report; untimed email; name used; close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "'You'll get a confirmation email' has no time; the arrangement itself is done during the call."),
     turns=[
        ("A", "Good morning, Halbrook University fees and funding, you're speaking with Chidi. How can I help?"),
        ("C", "Hi. I've had an email saying my second tuition instalment is overdue and my account will be suspended if I don't pay by Friday. My student loan payment has been delayed and I just don't have the money right now. I'm really anxious about losing access to the library before my exams."),
        ("A", "That sounds really stressful, especially with exams coming up. Let's see what we can do so you're not worrying about that on top of everything."),
        ("C", "Thank you."),
        ("A", "Can I take your student number?"),
        ("C", "It's 2204 7719. Nadia Kowalczyk."),
        ("A", "Thanks, Nadia. So, just so I'm clear, the instalment's overdue because your loan hasn't come through yet, and what you need is some breathing space so the account isn't suspended."),
        ("C", "Yes, that's exactly it."),
        ("A", "Let me put you on hold briefly while I check your loan status with the funding team."),
        ("C", "Okay."),
        ("A", "Thanks for waiting, Nadia. The loan payment's been confirmed, it was held up by a missing signature.", hold(70)),
        ("C", "Oh, okay."),
        ("A", "I've paused the suspension, and I've set up an arrangement so the instalment falls due when the loan arrives."),
        ("C", "That's amazing, thank you."),
        ("A", "You'll get a confirmation email with the new arrangement."),
        ("C", "Great."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's everything."),
        ("A", "Good luck with the exams, Nadia. Thanks for calling."),
     ])

call("h13-35-kitchen-worktop-burn", industry="kitchen fitter", style=CLEAN, words=False,
     exercises="full greeting; damage complaint; long empathy; restatement and a closing recap; limit with alternative; timed surveyor call; title and surname; close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "'We can't replace... but what I can do is book the surveyor' gives an alternative, so it is not negative."),
     turns=[
        ("A", "Hello, Oakline Kitchens aftercare, my name's Priti, how can I help?"),
        ("C", "Hi Priti. Your fitters finished my kitchen on Monday and there's a burn mark on the new oak worktop, right next to the hob. It wasn't there before they came, and I'm pretty upset, we paid a lot of money for this."),
        ("A", "I'm really sorry. I completely understand why you're upset, you've waited weeks for this kitchen and the last thing you expect is damage on day one."),
        ("C", "Exactly."),
        ("A", "Can I take your name and the order number?"),
        ("C", "Graham Oduya, order OK 55192."),
        ("A", "Thank you, Mr Oduya. So there's a scorch mark on the oak worktop by the hob that you believe happened during fitting, and you'd like it put right."),
        ("C", "Yes. I want it replaced, not sanded."),
        ("A", "I understand. We can't replace a worktop without a surveyor seeing it first, but what I can do is book the surveyor for this Thursday, and if it's fitting damage the replacement is at no cost to you."),
        ("C", "Thursday's fine."),
        ("A", "Great. The surveyor will call you on Wednesday evening to confirm a time."),
        ("C", "Okay, thanks."),
        ("A", "Just to recap, the burn mark on the worktop, a surveyor on Thursday, and a call from them on Wednesday evening. Is there anything else I can help with?"),
        ("C", "No, that covers it."),
        ("A", "Thanks for your patience, Mr Oduya, and sorry again. Goodbye."),
     ])

call("h13-36-cinema-double-charge", industry="cinema membership", style=CLEAN, words=False,
     exercises="full greeting; wrong charge as fact; restatement; completion report; untimed refund; frustration unacknowledged; no name; thanks without offer",
     labels=L("pass", "fail_or_pass", "fail", "pass", "fail", "na_or_fail", "na", "na",
              "'It'll go back to your card' is a commitment with no time even when asked; the email address gives no name."),
     turns=[
        ("A", "Hi, thanks for calling Reelhouse Cinemas, Andrea here, how can I help?"),
        ("C", "Hi. I've been charged twice for my membership this month. Two lots of nineteen ninety-nine came out on the third."),
        ("A", "Two payments on the third, okay. So the monthly membership fee has gone out twice this month instead of once."),
        ("C", "Yes."),
        ("A", "Can I take the email address on the membership?"),
        ("C", "It's jt dot films at postbox dot com."),
        ("A", "Thanks. Yes, I can see the duplicate. I've refunded the second payment."),
        ("C", "Okay, when will I see it?"),
        ("A", "It'll go back to your card."),
        ("C", "Right, but roughly when?"),
        ("A", "That depends on your bank."),
        ("C", "Okay. It's just annoying, this is the second time it's happened."),
        ("A", "It was a system issue on our end."),
        ("C", "Fine."),
        ("A", "Thanks for calling."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout13: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of `make_holdout12.py`).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout13", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h13", seed_base=1300)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
