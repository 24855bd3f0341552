"""Write the holdout11 set: 36 contact-centre calls and their labels.

Written and labelled blind (before any detector ran on it) by hand against
/work/shared/RUBRIC.md. Run from anywhere:

    python tests/data/make_holdout11.py

It writes ``tests/data/holdout11/<call_id>.json`` (canonical call format),
``tests/data/holdout11-labels.json`` (call_id -> labels) and
``tests/data/holdout11/README.md`` (who labelled, the make-up, the label counts
and the judgement calls). Deterministic: the same files come out on every run.

How a call is written (turns, their timing options and the tags that become
the list labels) is described in tests/data/holdout_kit.py, which also holds
the turn builder, the word timings and the self-checks that compare the timings
with the labels. The calls, wording, companies, industries, people and labels
are new to this set.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # holdout_kit.py sits next to this script
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout11"
LABELS_PATH = HERE / "holdout11-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()


# ---------------------------------------------------------------------------
# The 36 calls. Each call's labels were decided from its text and timing
# (RUBRIC.md only) while writing it, before moving on to the next one.
# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up,
# personalization, hold_etiquette, transfer, notes.
# ---------------------------------------------------------------------------

call(
    "h11-01-water-no-supply",
    industry="water utility",
    style=CLEAN,
    words=True,
    exercises="company-then-name greeting with offer; worried customer with a baby, backchannel in her long turn; agent cuts in 0.8 s for the postcode; 'that's really worrying'; full restatement; 'within four hours' and 'by six'; first name used; anything-else plus goodbye",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "The 0.8 s cut-in asks for the postcode to help, but it still takes the floor while she is talking."),
    turns=[
        ("A", "Hello, you're through to Mardlefield Water, my name's Oluwaseun, how can I help today?"),
        ("C", "Hi, yes, we've got no water at all, nothing from any tap, it just stopped about an hour ago, and I've got a four-month-old here, I need to make up her bottles, and I can't see anything on your website about works in our road."),
        ("A", "Mm-hmm.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Can I grab your postcode so I can check the network?", {"at_end": 0.8, "tag": "intr"}),
        ("C", "It's DL7 4QW."),
        ("A", "Thank you. And can I take your name as well?"),
        ("C", "Aoibheann Hjelmstad."),
        ("A", "Thanks, Aoibheann. That's really worrying with a little one, let me look now."),
        ("A", "Right, there's a burst main reported on Pellow Street about twenty minutes ago, which feeds your road."),
        ("C", "Great. So how long are we talking?"),
        ("A", "So just to check I've got it all: you've had no supply at all for about an hour, and you need water for the baby's feeds as soon as possible."),
        ("C", "That's it exactly."),
        ("A", "The repair crew is on site and we expect supply back within four hours. Because you've got a baby, I'm adding you to our priority list, and a driver will drop bottled water at your door by six this evening."),
        ("C", "Oh, that's a relief, thank you."),
        ("A", "Is there anything else I can help you with, Aoibheann?"),
        ("C", "No, that's everything."),
        ("A", "Okay, take care, and goodbye for now."),
        ("C", "Bye."),
    ],
)

call(
    "h11-02-broadband-outage-angry",
    industry="broadband provider",
    style=CLEAN,
    words=True,
    exercises="greeting with no agent name; angry customer three days offline; two agent cut-ins (0.7 s, 1.1 s); 'calm down'; announced hold with reason and thanks; single-detail echo only; untimed 'be in touch'; name used; thanks only at the end",
    labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "pass", "pass", "na",
             "Nothing the agent says acknowledges how the outage affects him; the hold is done properly in an otherwise poor call; closing thanks him but never offers further help."),
    turns=[
        ("A", "Thank you for calling Quillnet Broadband, how can I help?"),
        ("C", "Yeah, I've been without internet since Saturday, that's three days, I work from home, I've rung twice already and each time I get told it'll be fixed in a few hours and nothing happens."),
        ("A", "What's the account number?", {"at_end": 0.7, "tag": "intr"}),
        ("C", "It's four four one nine zero two six. Look, I've been losing work, my manager's asking where I am, and every time I call I have to go through all this again."),
        ("A", "Sir, I need you to calm down so I can look at it.", {"at_end": 1.1, "tag": ["intr", "neg"]}),
        ("C", "Don't tell me to calm down, I've been patient for three days."),
        ("A", "Okay. Can you confirm your name for me?"),
        ("C", "Tadhg Ferreira-Oduya."),
        ("A", "Thank you, Mr Ferreira-Oduya. I'm going to put you on hold for a moment while I check the line test results from this morning."),
        ("C", "Fine."),
        ("A", "Thanks for holding. The test shows a fault between the cabinet and your property.", {"gap": 16.0, "tag": "hold"}),
        ("C", "So no internet still?"),
        ("A", "No internet, no. I've raised it with our field team and an engineer will be in touch to arrange a visit."),
        ("C", "When?"),
        ("A", "They'll contact you directly once it's been assigned."),
        ("C", "Right. Unbelievable."),
        ("A", "Thanks for calling, Mr Ferreira-Oduya."),
    ],
)

call(
    "h11-03-credit-union-payment-date",
    industry="credit union",
    style=CLEAN,
    words=False,
    exercises="company-name-offer greeting; routine change of loan payment date (empathy na); 'No, there's no charge' answering a question; full restatement; 'from your next payment on the twenty-eighth'; title + surname used; offer plus thanks",
    labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
             "'No, there's no charge for moving it' answers her question and goes on, so it is not negative language."),
    turns=[
        ("A", "Good morning, Harrowgate Community Credit Union, you're speaking with Leocadio. What can I do for you?"),
        ("C", "Morning. I've got a loan with you and I'd like to move the date the repayment comes out, because my pay date has changed."),
        ("A", "Of course. Could I take your name and member number, please?"),
        ("C", "Yes, it's Bronwen Grzelak, member number 20577."),
        ("A", "Thank you, Mrs Grzelak. And which date would suit you better?"),
        ("C", "The twenty-eighth, if possible. It comes out on the fifteenth at the moment."),
        ("A", "That's fine. So you'd like your monthly loan repayment moved from the fifteenth to the twenty-eighth, to line up with your new pay date."),
        ("C", "Yes, please. Is there a charge for that?"),
        ("A", "No, there's no charge for moving it. It might add a few pence of interest for the extra days this month, that's all."),
        ("C", "That's fine."),
        ("A", "Lovely. I've changed it on the system now, and it'll apply from your next payment on the twenty-eighth of this month."),
        ("C", "Brilliant, thank you."),
        ("A", "Is there anything else I can help with today, Mrs Grzelak?"),
        ("C", "No, that's all."),
        ("A", "Thank you for calling, and have a good day."),
        ("C", "You too, bye."),
    ],
)

call(
    "h11-04-mortgage-job-loss",
    industry="mortgage lender",
    style=ASR,
    words=False,
    exercises="greeting with salutation, company and name but no offer; anxious customer after redundancy, told hesitantly; 'im really sorry to hear that'; full restatement; neutral 'youll need to' instruction (optional); untimed call from the support team; first name used; offer plus goodbye",
    labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na",
             "'someone from our customer support team will give you a call' has no time, though the form is promised 'today'; one untimed commitment fails follow-up."),
    turns=[
        ("A", "good morning stonebridge home loans youre speaking to marguerite-ann"),
        ("C", "oh hi um yeah im not really sure who i need to speak to its um ive been made redundant last week and im worried about the mortgage payment next month"),
        ("A", "oh im really sorry to hear that thats a lot to deal with can i take your name and the mortgage account number"),
        ("C", "yeah its ewan mcgillivray and the account is um six one one four eight three nine"),
        ("A", "thanks ewan and is it just you on the mortgage"),
        ("C", "yeah just me since the divorce"),
        ("A", "okay so just so i understand youve lost your job and youre worried you wont be able to make next months payment and you want to know what your options are"),
        ("C", "yeah thats it i dont want to get behind and lose the house"),
        ("A", "thats really not where we are so dont worry there are things like a payment holly day or paying interest only for a few months"),
        ("C", "okay that sounds better than i thought"),
        ("A", "youll need to fill in an income and expenditure form so we can see whats affordable", {"tag": "neg_opt"}),
        ("C", "right okay can you send that"),
        ("A", "yeah ill email it over today and someone from our customer support team will give you a call to go through the options"),
        ("C", "okay thanks"),
        ("A", "is there anything else i can help you with ewan"),
        ("C", "no thats it thank you"),
        ("A", "youre welcome take care bye"),
    ],
)

call(
    "h11-05-pest-control-wasps",
    industry="pest control",
    style=CLEAN,
    words=True,
    exercises="full greeting name-first; child stung, customer cuts in on the agent; agent start on exactly 0.5 s (optional); a 0.3 s early start (not an interruption); 'oh, poor thing'; full restatement; 'tomorrow between eight and twelve'; name given, never used; 'Thanks, bye' with no offer",
    labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "fail", "na", "na",
             "The 0.5 s overlap sits exactly on the rubric's line (optional); closing thanks and says goodbye but offers nothing further."),
    turns=[
        ("A", "Hi there, it's Lorcan at Brackwell Pest Solutions, how can I help you?"),
        ("C", "Hello, we've got a wasps' nest in the eaves above our back door, and my son got stung twice this afternoon, he's okay now, but we can't use the garden and they're coming into the kitchen."),
        ("A", "Oh, the poor thing. Has he had any reaction to the stings?", {"at_end": 0.3}),
        ("C", "No, just sore, we put ice on it. Can you come out soon? I'd really like it gone before the weekend."),
        ("A", "Let me see what we've got, can I take your name and address?", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "It's Ingrid Baptiste-Holm, 9 Ferrow Close, Whitlow."),
        ("A", "Thank you. So you've got an active wasps' nest under the eaves by your back door, they're getting into the house, and you'd like it treated before the weekend."),
        ("C", "Yes, exactly that."),
        ("A", "I can get a technician to you tomorrow between eight and twelve. The treatment is sixty-five pounds, and it usually takes effect within a day.", {"gap": 0.5}),
        ("C", "Tomorrow's perfect.", {"at_end": 0.6}),
        ("A", "Great. Keep the kitchen window shut until then if you can."),
        ("C", "Will do. Thanks so much."),
        ("A", "Thanks, bye now."),
        ("C", "Bye."),
    ],
)

call(
    "h11-06-locksmith-locked-out",
    industry="emergency locksmith",
    style=ASR,
    words=False,
    exercises="no greeting ('yeah locksmiths'); customer locked out at night, scared; no empathy; bare refusal on price; single-detail echo; 'hell be with you in about forty minutes' (he'll, no apostrophe); no customer name; ends on 'right'",
    labels=L("fail", "fail", "fail", "fail", "pass", "na_or_fail", "na", "na",
             "'hell be with you in about forty minutes' is he'll without the apostrophe, a commitment with a time; 'no we dont do discounts' refuses with no alternative."),
    turns=[
        ("A", "yeah locksmiths"),
        ("C", "hi um yeah ive locked myself out its nearly midnight and my phone is on like eight percent im really not comfortable standing out here"),
        ("A", "whats the address"),
        ("C", "its flat three forty one kenmure road"),
        ("A", "forty one kenmure"),
        ("C", "yeah how much is it gonna be"),
        ("A", "its a hundred and twenty call out after ten plus any parts"),
        ("C", "a hundred and twenty is there any way you could do it for less im a student"),
        ("A", "no we dont do discounts", {"tag": "neg"}),
        ("C", "okay fine whatever just send someone"),
        ("A", "right hes just finishing a job in town hell be with you in about forty minutes"),
        ("C", "forty minutes okay can he call me when hes near"),
        ("A", "hes got your number"),
        ("C", "okay"),
        ("A", "right"),
    ],
)

call(
    "h11-07-warranty-washer-transfer",
    industry="appliance warranty",
    style=CLEAN,
    words=False,
    exercises="name-first full greeting ('welcome to'); washing machine flooded the floor; 'Oh no, what a mess'; full restatement; announced hold with reason, thanked; transfer to the claims team with why; call ends in the transfer; title + surname",
    labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "pass", "pass",
             "The call ends in a transfer that names the claims team and says why; 'I'll put you through' is the transfer, not a future commitment."),
    turns=[
        ("A", "Hello, Anwen here, welcome to Ketterby Appliance Cover. How can I help?"),
        ("C", "Hi. My washing machine's leaked all over the kitchen floor, it's soaked the lino and it's gone under the units. It's covered by you, I think, the policy came with it."),
        ("A", "Oh no, what a mess, I'm sorry. Let's get it sorted. Can I take your name and postcode?"),
        ("C", "It's Cornelius Vantongeren, postcode BA3 8LH."),
        ("A", "Thank you, Mr Vantongeren. Can I put you on hold for a minute while I pull up your policy and check what it covers?"),
        ("C", "Go ahead."),
        ("A", "Thanks for waiting. I've got the policy, the machine is covered for breakdown and for accidental water damage to flooring.", {"gap": 22.0, "tag": "hold"}),
        ("C", "Oh good."),
        ("A", "So you'd like the machine repaired and to claim for the damage to your kitchen floor and the units."),
        ("C", "Yes, that's right. Is the floor part of the same claim?"),
        ("A", "It's a separate claim. The floor damage is handled by our claims team, because they arrange the assessor, so I'm going to put you through to them now."),
        ("C", "Okay, thanks."),
        ("A", "Putting you through now."),
    ],
)

call(
    "h11-08-boiler-service-booking",
    industry="boiler servicing",
    style=CLEAN,
    words=True,
    exercises="full greeting; routine annual service (empathy na); 'I don't know if you've had a letter' (polite form); agent cuts in 0.9 s to correct the address; backchannels 'Uh-huh', 'Right'; full restatement; engineer 'on Thursday the ninth between one and five'; 'No problem'; first name; offer plus goodbye",
    labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
             "'I don't know if you've had our reminder letter' is the polite question form, not negative language."),
    turns=[
        ("A", "Good afternoon, Calderwick Heating, this is Jovana, how may I help?"),
        ("C", "Hi, I'd like to book the yearly service for my boiler, please."),
        ("A", "Of course. Can I take your name and the first line of the address?"),
        ("C", "Yes, it's Rafferty Osei, and it's 27 Holmcroft Avenue, no, sorry, 29, we moved two doors down last year, which I should have told you about really."),
        ("A", "Uh-huh.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "So that's 29 Holmcroft, shall I update it?", {"at_end": 0.9, "tag": "intr"}),
        ("C", "Yes please."),
        ("A", "Done. I don't know if you've had our reminder letter, Rafferty, but it's the same combi boiler, the Varlo 30?"),
        ("C", "Yes, same one. We haven't had any problems with it, it's just time for the check, and the landlord for the flat upstairs wants a copy of the certificate too."),
        ("A", "Right.", {"at_start": 2.0, "tag": "bc"}),
        ("A", "So you want the annual service on the Varlo at your new address, and a copy of the safety certificate for the upstairs landlord as well.", {"gap": 0.6}),
        ("C", "That's it."),
        ("A", "The engineer can come on Thursday the ninth between one and five, and he'll email both certificates the same evening."),
        ("C", "Thursday's fine. Sorry for the faff with the address."),
        ("A", "No problem at all. Is there anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Lovely, thanks Rafferty, bye bye."),
    ],
)

call(
    "h11-09-window-cleaner-missed",
    industry="window cleaning",
    style=ASR,
    words=False,
    exercises="'hiya' plus company and name, no offer; missed visit and streaks, annoyed; 'thats not my job' refusal; no empathy; full restatement; untimed 'get the lads back round'; name given, never used; 'anything else' then 'alright then'",
    labels=L("fail", "fail_or_pass", "fail", "pass", "fail", "fail", "na", "na",
             "Closing offers further help but ends on 'alright then' with no thanks or goodbye, the one-of-two case."),
    turns=[
        ("A", "hiya sparrowpane its dom"),
        ("C", "hi yeah its um hyacinth pereira-mbeki on calloway road you were meant to do the windows on monday and nobody came and the time before they left all streaks on the conservatory"),
        ("A", "right what number"),
        ("C", "sixty two"),
        ("A", "yeah i can see monday it says done on the sheet"),
        ("C", "well it wasnt done ive been in all day i work from home and the direct debit still went out"),
        ("A", "i just do the phones the rota is the lads thats not my job", {"tag": "neg"}),
        ("C", "well somebody must be able to sort it"),
        ("A", "so you want mondays clean refunded because no one turned up and the conservatory done again properly"),
        ("C", "yes thats what im asking"),
        ("A", "ill put a note on for the refund and get the lads back round to do it"),
        ("C", "when"),
        ("A", "theyll sort it when theyre next in your area"),
        ("C", "fine"),
        ("A", "anything else"),
        ("C", "no"),
        ("A", "alright then"),
    ],
)

call(
    "h11-10-garden-centre-dead-plants",
    industry="garden centre",
    style=CLEAN,
    words=False,
    exercises="company, name and offer but no salutation; plants arrived dead, disappointed; 'that's so disappointing'; 'We can't refund the delivery charge, but what I can do...' (limit with alternative); full restatement; 'by Saturday'; customer gives only an order number (no name); offer plus thanks",
    labels=L("fail", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na",
             "The greeting has company, name and an offer but no salutation; the refusal comes with an alternative in the same turn, so it is not negative."),
    turns=[
        ("A", "Foxhollow Garden Centre, Wynfrith speaking, how can I help?"),
        ("C", "Hi, I ordered six lavender plants and two climbing roses online, they arrived this morning and honestly they're dead. Brown, crispy, the lot. I was going to plant them for my mum's birthday."),
        ("A", "Oh, that's so disappointing, especially for a birthday. Do you have the order number?"),
        ("C", "Yes, it's F H 3 0 9 1 7."),
        ("A", "Thank you. Yes, I can see it, it left our nursery on Monday, so it's spent too long with the courier."),
        ("C", "So what can you do?"),
        ("A", "So, to be sure I've got this right: all eight plants arrived dead, and you'd like replacements in time for your mum's birthday rather than a refund."),
        ("C", "Yes, her birthday's on Sunday."),
        ("A", "We can't refund the delivery charge through the website, but what I can do is send replacements on our own van, free, and they'll be with you by Saturday."),
        ("C", "Oh, that's great, thank you."),
        ("A", "You don't need to send the dead ones back, just compost them."),
        ("C", "Okay, will do."),
        ("A", "Is there anything else I can do for you?"),
        ("C", "No, that's perfect."),
        ("A", "Thanks for calling, and I hope the birthday goes well."),
    ],
)

call(
    "h11-11-rail-missed-connection",
    industry="railway tickets",
    style=CLEAN,
    words=True,
    exercises="full greeting; stranded passenger missed connection, stressed; agent cuts in 0.6 s; 'I'm sorry, that's a horrible position to be in'; 'Sure' backchannel; unannounced 12 s silence then 'One sec' after, no thanks; only a detail echoed; untimed 'you'll get an email'; first name used; offer plus goodbye",
    labels=L("pass", "pass", "pass", "fail", "fail", "pass", "fail", "na",
             "The 12 s silence while the agent searches was never announced and not thanked; 'you'll get an email with the authority' has no time."),
    turns=[
        ("A", "Good evening, Trentmere Rail customer line, Ishaan speaking, how can I help?"),
        ("C", "Hi, my train from Selby was forty minutes late and I've missed the last connection to Hexford, I'm standing on the platform and there's nobody here to ask, I've got a seven a.m. shift tomorrow."),
        ("A", "Sure.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Which station are you at now?", {"at_end": 0.6, "tag": "intr"}),
        ("C", "Darnholme. It's freezing."),
        ("A", "I'm sorry, that's a horrible position to be in. Can I take your name?"),
        ("C", "It's Wilhelmina Duivenvoorde."),
        ("A", "Okay Wilhelmina, so the last Hexford train has gone?"),
        ("C", "Yes, the board just says finished."),
        ("A", "One sec, I'm looking at options.", {"gap": 12.0, "tag": "hold"}),
        ("C", "Okay."),
        ("A", "Right, we'll put you in a taxi to Hexford at our cost. Go to the taxi rank at the front of the station and give them your ticket number."),
        ("C", "Oh, thank god. Do I need to pay?"),
        ("A", "No, you won't pay anything, you'll get an email with the taxi authority reference."),
        ("C", "Okay, brilliant."),
        ("A", "Is there anything else I can help with, Wilhelmina?"),
        ("C", "No, that's it, thank you."),
        ("A", "Safe journey home, goodbye."),
    ],
)

call(
    "h11-12-housing-damp-mould",
    industry="housing association repairs",
    style=ASR,
    words=False,
    exercises="full ASR greeting; angry tenant, mould and a child with asthma; 'oh im so sorry thats not okay'; hold asked with reason and thanked; full restatement; 'youll need to' (optional); surveyor 'on monday morning', text 'today'; title + surname; offer plus goodbye",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
             "'youll need to move the furniture away from the wall' is a neutral instruction, kept optional."),
    turns=[
        ("A", "good afternoon thistlegate homes repairs line my names florentyna how can i help"),
        ("C", "yeah hi im ringing about the damp again ive reported it three times now theres black mould all up the bedroom wall and my daughter has asthma shes been up coughing all week and nobody has been out"),
        ("A", "oh im so sorry thats not okay for you or your daughter can i take your name and address"),
        ("C", "its winnifred adeyemi-clarke flat six ravensworth house"),
        ("A", "thank you miss adeyemi-clarke can i pop you on hold for a minute while i look through the previous reports on your flat"),
        ("C", "yeah go on"),
        ("A", "thank you for holding i can see the three reports and none of them was booked which shouldnt have happened", {"gap": 25.0, "tag": "hold"}),
        ("C", "no it shouldnt"),
        ("A", "so youve got black mould in the bedroom its been reported three times without a visit and its affecting your daughters asthma and you want someone out to actually fix it"),
        ("C", "yes"),
        ("A", "ive booked a damp surveyor as urgent for monday morning between eight and twelve and ill text you the confirmation today"),
        ("C", "okay monday fine"),
        ("A", "youll need to move the furniture away from that wall so he can get to it", {"tag": "neg_opt"}),
        ("C", "yeah i can do that"),
        ("A", "is there anything else i can do for you today miss adeyemi-clarke"),
        ("C", "no thats all"),
        ("A", "okay thanks for your patience bye"),
    ],
)

call(
    "h11-13-pension-statement",
    industry="workplace pension provider",
    style=CLEAN,
    words=False,
    exercises="full greeting, salutation last; routine address change and statement request (empathy na); customer-caused 13 s silence finding her policy number (na); 'No, you don't need to sign anything'; full restatement; 'within ten working days'; first name; 'anything else' then only 'Okay.'",
    labels=L("pass", "fail_or_pass", "na", "pass", "pass", "pass", "na", "na",
             "The 13 s silence is the customer fetching her paperwork, so hold is na; the closing offers more help but has no thanks or goodbye."),
    turns=[
        ("A", "Pellingham Pensions, Rosalind speaking, good morning, how can I help you?"),
        ("C", "Hello, I've moved house and I need to change my address, and I'd like a statement of what my pension's worth."),
        ("A", "Certainly. Do you have your policy number handy?"),
        ("C", "Hang on, it's in a letter somewhere, give me a second."),
        ("C", "Here we are, it's P 7 7 3 0 4 5 2.", {"gap": 13.0, "tag": "wait"}),
        ("A", "Thank you. And your full name?"),
        ("C", "Gwendolen Farquharson-Tay."),
        ("A", "Thanks, Gwendolen. What's the new address?"),
        ("C", "14 Millhaven Court, Pardoe, PD4 2NN."),
        ("A", "Lovely. So you'd like your address updated to Millhaven Court, and a current valuation statement sent to you there."),
        ("C", "Yes. Do I need to sign anything for the address?"),
        ("A", "No, you don't need to sign anything, it's changed now. The statement will be posted to the new address within ten working days."),
        ("C", "That's great."),
        ("A", "Is there anything else you need?"),
        ("C", "No, that's everything."),
        ("A", "Okay."),
    ],
)

call(
    "h11-14-satellite-freezing-transfer",
    industry="satellite TV",
    style=CLEAN,
    words=True,
    exercises="salutation, company and offer but no agent name; picture keeps freezing during the football, irritated; agent cuts in 1.0 s; 'Okay' backchannel; no empathy; only a detail echoed; bare 'Let me transfer you'; call ends in the transfer; title + surname",
    labels=L("fail", "na_or_fail", "fail", "fail", "na", "pass", "na", "fail",
             "'Let me transfer you' says neither where nor why; the call ends in it, so closing is na_or_fail."),
    turns=[
        ("A", "Hi, welcome to Orbisat, how can I help?"),
        ("C", "Yeah, the picture keeps freezing, every few minutes it goes blocky and stops, it's been like it all week and I missed both goals last night, it's driving me round the bend."),
        ("A", "Okay.", {"at_start": 2.8, "tag": "bc"}),
        ("A", "Is that on every channel?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Every channel, yes, recorded stuff too."),
        ("A", "Can I take your name and postcode?"),
        ("C", "Barnaby Quansah-Little, NE9 6TB."),
        ("A", "Thanks, Mr Quansah-Little. Have you restarted the box?"),
        ("C", "Loads of times. And I've checked the cable at the back, it's tight."),
        ("A", "So recordings too."),
        ("C", "Yes, I said, recordings too."),
        ("A", "Right. Let me transfer you."),
        ("C", "Oh, for, fine."),
    ],
)

call(
    "h11-15-hearing-aid-broken",
    industry="hearing aid clinic",
    style=CLEAN,
    words=False,
    exercises="full greeting; elderly customer, hearing aid cracked, can't hear the grandchildren; 'Sorry, could you say that again?' (politeness) and later 'that must be so isolating'; full restatement; 'we'll post you a replacement' untimed; title + surname; offer plus goodbye",
    labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na",
             "'Sorry, could you say that again?' is politeness, but 'that must be so isolating' later is empathy; the posted replacement has no time."),
    turns=[
        ("A", "Good afternoon, thank you for calling Amberlea Hearing, Evaristo speaking. How may I assist you?"),
        ("C", "Hello? Yes, hello, it's my hearing aid, the right one, it's cracked down the side."),
        ("A", "Sorry, could you say that again? The line's a little quiet."),
        ("C", "My hearing aid. The right one has cracked, I dropped it on the bathroom floor, and now it whistles and I can hardly hear a thing. My grandchildren were here on Sunday and I just had to nod along."),
        ("A", "Oh dear, that must be so isolating. Let's get you sorted. Can I have your name?"),
        ("C", "Mrs Ottoline Brackenridge."),
        ("A", "Thank you, Mrs Brackenridge. I can see your aids were fitted here two years ago, so they're still under warranty."),
        ("C", "Oh, good."),
        ("A", "So your right hearing aid is cracked and whistling after a fall, and you'd like it repaired or replaced under the warranty."),
        ("C", "That's right, dear."),
        ("A", "We'll post you a replacement, and there's a prepaid envelope inside for the broken one."),
        ("C", "Lovely. Will it be set up the same?"),
        ("A", "Yes, it'll have your settings already on it."),
        ("C", "Oh, you are kind."),
        ("A", "Is there anything else I can help you with, Mrs Brackenridge?"),
        ("C", "No, that's all, thank you."),
        ("A", "You're welcome. Goodbye."),
    ],
)

call(
    "h11-16-council-tax-double-bill",
    industry="council tax",
    style=ASR,
    words=False,
    exercises="salutation, department and offer but no agent name; billed for two properties, frustrated; policy refusal on backdating and a bare 'i dont know'; no empathy; full restatement; 'corrected bill within fourteen days'; name given, never used; ends on 'right thats logged'",
    labels=L("fail", "fail", "fail", "pass", "pass", "fail", "na", "na",
             "'its the policy we dont backdate' refuses with no alternative; 'i dont know' is bare; the call ends with no offer, thanks or goodbye from the agent."),
    turns=[
        ("A", "council tax good morning how can i help"),
        ("C", "yeah hi ive been sent a bill for my old flat and my new house both for the same months which is ridiculous i moved out in august"),
        ("A", "whats the account reference"),
        ("C", "its nine oh three two two seven one and the names leopold achebe-ward"),
        ("A", "okay so youve been billed for both your old flat and the new house from august and you want the old one closed from when you moved"),
        ("C", "yeah exactly and i paid the old one till october by mistake so i want that back as well"),
        ("A", "weve only got the move in date from the letting agent from november"),
        ("C", "i moved in august i can send you the tenancy"),
        ("A", "its the policy we dont backdate without a tenancy end from the landlord", {"tag": "neg"}),
        ("C", "so how am i supposed to get that why did nobody tell me"),
        ("A", "i dont know", {"tag": "neg"}),
        ("C", "unbelievable okay ill get the landlord to email it"),
        ("A", "once we get it youll get a corrected bill within fourteen days"),
        ("C", "fine"),
        ("A", "right thats logged"),
        ("C", "bye"),
    ],
)

call(
    "h11-17-meal-kit-leaked-box",
    industry="meal kit subscription",
    style=CLEAN,
    words=True,
    exercises="full greeting; box arrived leaking with missing items, angry; agent cuts in 0.7 s and another start on exactly 0.5 s (optional); 'Mm-hmm' backchannel; 'oh no, that's awful'; full restatement; 'refund in three to five working days' and 'Friday's box'; first name; offer plus thanks",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "The 0.7 s cut-in takes the floor mid-complaint; the second agent start on exactly 0.5 s is optional."),
    turns=[
        ("A", "Hi, thanks for calling Forkfield Kitchen, I'm Cosima, what can I do for you?"),
        ("C", "Hi, yeah, my box turned up today and the ice packs had burst, everything was soaking, the chicken was warm, and the whole bag of spices for the curry just wasn't in there, so I've basically got nothing for three dinners."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Oh no, that's awful, is it the box that came this morning?", {"at_end": 0.7, "tag": "intr"}),
        ("C", "Yes, this morning, and I'm having people round tomorrow, I was going to do the curry for them, and now I have to go out shopping tonight."),
        ("A", "Can I take your name and email address?", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "Ngozika Thorsdottir, and it's ngozika dot t at kestmail dot com."),
        ("A", "Thanks, Ngozika. So your box arrived warm and wet with the spice kit missing, none of the three meals are usable, and you need something for tomorrow's dinner."),
        ("C", "Yes, that's it."),
        ("A", "Please throw away the chicken. I'm refunding the whole box, that'll show on your card in three to five working days, and I'm adding the curry kit to Friday's box for free."),
        ("C", "Okay, that's fair, thank you."),
        ("A", "Is there anything else I can help with, Ngozika?"),
        ("C", "No, that's it."),
        ("A", "Thanks for letting us know, enjoy your evening."),
    ],
)

call(
    "h11-18-piano-tuning-booking",
    industry="piano tuning",
    style=CLEAN,
    words=False,
    exercises="salutation, name and offer but no company; routine booking (empathy na); single detail echo ('An upright?'); 'I'll send you a confirmation' untimed; no customer name; offer plus goodbye",
    labels=L("fail", "pass", "na", "fail", "fail", "na_or_fail", "na", "na",
             "The greeting has no company; the customer never gives a name; 'I'll send you a confirmation' has no time."),
    turns=[
        ("A", "Hello, this is Evander, how can I help?"),
        ("C", "Hi, I found your number on the school noticeboard, I'd like to get my piano tuned."),
        ("A", "Sure. What sort of piano is it?"),
        ("C", "It's an old upright, a Brinsmead I think. It hasn't been tuned for about four years."),
        ("A", "An upright?"),
        ("C", "Yes."),
        ("A", "That's fine. It might need two visits if it's dropped a lot in pitch."),
        ("C", "Okay. How much is it?"),
        ("A", "Seventy pounds a visit."),
        ("C", "Okay. Could you do a weekday afternoon?"),
        ("A", "I could do Tuesday the fourteenth at two."),
        ("C", "That works. It's 5 Cobbler's Row, in Ambleford."),
        ("A", "Lovely, I'll send you a confirmation."),
        ("C", "Great, thanks."),
        ("A", "Anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "Bye now."),
    ],
)

call(
    "h11-19-ev-charger-stranded",
    industry="EV charging network",
    style=ASR,
    words=False,
    exercises="full ASR greeting; charger won't start, low battery, kids in the car, worried; 'oh thats a worry with the kids in the car'; 'i dont know if youve tried the other bay' (polite form); hold asked with reason, thanked; full restatement; 'right now' restart and 'within the hour' refund; first name; offer plus goodbye",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
             "'i dont know if youve tried the other bay' is the polite question form, not negative language."),
    turns=[
        ("A", "hi youre through to voltaway charging my names kristoffer how can i help"),
        ("C", "hi yeah im at the services on the m six the charger wont start its just saying error and ive got like twelve miles left and my two kids in the back and its getting dark"),
        ("A", "oh thats a worry with the kids in the car lets get you going whats your name"),
        ("C", "its zainab okoro-vance"),
        ("A", "thanks zainab i dont know if youve tried the other bay on that unit"),
        ("C", "yeah ive tried both same error"),
        ("A", "okay so neither bay will start a charge and youre too low to get to another site so you need this one working"),
        ("C", "yeah please"),
        ("A", "can i put you on hold for about a minute while i run a remote check on the unit"),
        ("C", "okay"),
        ("A", "thanks for waiting zainab the unit had locked up after a power cut", {"gap": 30.0, "tag": "hold"}),
        ("C", "oh right"),
        ("A", "im restarting it right now so give it two minutes then plug in again and ill refund the failed session within the hour"),
        ("C", "okay its come on its charging"),
        ("A", "brilliant is there anything else i can help with"),
        ("C", "no thats great thank you"),
        ("A", "safe drive home bye"),
    ],
)

call(
    "h11-20-alarm-false-activation",
    industry="home security alarm",
    style=CLEAN,
    words=True,
    exercises="mumbled partial greeting (company and name, no offer); alarm sounding, neighbours angry; agent cuts in 1.2 s with a demand ('You have to...'); 'Yeah' backchannel; 'oh, that's stressful'; single detail only; untimed 'an engineer will ring you'; name given, never used; offer plus thanks",
    labels=L("fail", "pass", "pass", "fail", "fail", "fail", "na", "na",
             "'You have to find the manual yourself, I can't talk you through it' is a demand plus a refusal with no alternative."),
    turns=[
        ("A", "Hi, um, Greyward Alarms, Caius here."),
        ("C", "Hi, my alarm's been going off for twenty minutes, I'm at work, my neighbour's rung me twice, she's furious, and the code I've got doesn't seem to stop it, I've tried it on the app over and over."),
        ("A", "Yeah.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "You have to find the manual yourself, I can't talk you through the keypad.", {"at_end": 1.2, "tag": ["intr", "neg"]}),
        ("C", "I'm not even at home! That's why I'm ringing you."),
        ("A", "Okay. Oh, that's stressful, sorry. What's your name?"),
        ("C", "Delphinia Strachan-Oyelaran."),
        ("A", "And the address?"),
        ("C", "Flat 2, 18 Quarry Hill Lane."),
        ("A", "So the app?"),
        ("C", "Yes, the app, it just spins."),
        ("A", "I can silence the sounder remotely from here. There, it's off."),
        ("C", "Oh, thank god."),
        ("A", "An engineer will ring you to find out why it triggered."),
        ("C", "Okay."),
        ("A", "Anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for calling."),
    ],
)

call(
    "h11-21-grooming-dog-nicked",
    industry="dog grooming",
    style=CLEAN,
    words=False,
    exercises="full greeting; dog came home with a nick, customer upset; agent defensive, no empathy; policy refusal of a refund; full restatement; manager 'by five today'; title + surname; goodbye with no offer",
    labels=L("pass", "fail_or_pass", "fail", "pass", "pass", "pass", "na", "na",
             "'It's our policy not to refund once the groom is done' refuses; 'That happens sometimes' is not empathy; closing has a goodbye but no offer."),
    turns=[
        ("A", "Good morning, Woofington Grooming Parlour, Saffron speaking, how can I help?"),
        ("C", "Hi. I picked up my dog yesterday and when I got her home there's a cut on her back leg, it's been bleeding on and off, she keeps licking it. I'm really upset, she's only a puppy."),
        ("A", "What's the dog's name?"),
        ("C", "Bramble. I'm Mrs Yevgenia Holloway-Tsai."),
        ("A", "That happens sometimes with matted coats, Mrs Holloway-Tsai."),
        ("C", "She wasn't matted. I brush her every day."),
        ("A", "So you're saying Bramble was cut during the groom yesterday, and you want us to pay for the vet and refund the groom."),
        ("C", "Yes."),
        ("A", "It's our policy not to refund once the groom has been done.", {"tag": "neg"}),
        ("C", "Even if she's hurt? I want to speak to whoever's in charge."),
        ("A", "The manager is in this afternoon. She'll ring you back by five today about the vet's bill."),
        ("C", "Fine. I'll wait for her call."),
        ("A", "Okay. Bye, Mrs Holloway-Tsai."),
    ],
)

call(
    "h11-22-web-hosting-site-down",
    industry="web hosting",
    style=ASR,
    words=False,
    exercises="no greeting ('support'); business site down, losing orders; 'oh no thats the last thing you need'; 'give me a sec' with no reason, 15 s, then 'ok' with no thanks; full restatement; 'within the hour' and 'by tonight'; no customer name; offer plus goodbye",
    labels=L("fail", "pass", "pass", "pass", "pass", "na_or_fail", "fail", "na",
             "'give me a sec' announces the hold but gives no reason and nobody thanks the customer afterwards."),
    turns=[
        ("A", "support"),
        ("C", "hi my shop website has been down since like six this morning its just a white page and its black friday week im losing orders every minute its down"),
        ("A", "oh no thats the last thing you need whats the domain"),
        ("C", "its weft and bobbin dot co dot uk"),
        ("A", "okay so your online shop is showing a blank page since early this morning and you need it back up as soon as possible"),
        ("C", "yes please"),
        ("A", "give me a sec"),
        ("A", "ok your server ran out of disk space overnight the log files filled it", {"gap": 15.0, "tag": "hold"}),
        ("C", "is that my fault"),
        ("A", "not really its a setting im clearing the logs now and the site should be back within the hour"),
        ("C", "okay"),
        ("A", "and ill email you how to stop it happening again by tonight"),
        ("C", "thanks"),
        ("A", "anything else i can help with"),
        ("C", "no just get it back up"),
        ("A", "thanks for calling bye"),
    ],
)

call(
    "h11-23-student-loan-bank-details",
    industry="student loans",
    style=CLEAN,
    words=True,
    exercises="full greeting; routine change of bank details (empathy na); customer-caused 11 s silence finding his card (na); a 0.3 s early start (not an interruption); 'Right' backchannel; 'No, you don't owe anything extra'; full restatement; 'from your next payment on the first of March'; first name; offer plus goodbye",
    labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
             "The 11 s silence is the customer finding his bank card, so hold is na; 'No, you don't owe anything extra' answers a factual question."),
    turns=[
        ("A", "Good afternoon, Northlock Student Finance, you're speaking to Aurelio, how can I help?"),
        ("C", "Hi, I've switched banks and I need to change where my repayments come out of."),
        ("A", "No problem. Can I take your full name and customer reference?"),
        ("C", "It's Fintan Abernethy-Rao, and the reference is S F 4 4 0 2 9 1 8, I think that's all of it, it's on an old letter from when I graduated, which was a while ago now."),
        ("A", "Right.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "That's the one, thanks Fintan. What are the new bank details?", {"at_end": 0.3}),
        ("C", "Let me just find my card, one moment."),
        ("C", "Okay, sort code 30 91 57, account 48812006.", {"gap": 11.0, "tag": "wait"}),
        ("A", "Thank you. So you'd like your monthly repayments to come from your new account instead of the old one."),
        ("C", "Yes. Will I get charged for changing? Do I owe anything for last month?"),
        ("A", "No, you don't owe anything extra, last month's payment went through fine."),
        ("C", "Great."),
        ("A", "The change will take effect from your next payment, on the first of March."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help you with today, Fintan?"),
        ("C", "No, that's it, thanks."),
        ("A", "You're welcome, goodbye."),
    ],
)

call(
    "h11-24-kitchen-worktop-wrong",
    industry="kitchen fitting",
    style=CLEAN,
    words=False,
    exercises="full greeting; worktop cut wrong and fitting delayed, angry; 'I'm really sorry, that's not what you should have to deal with'; announced hold with reason, 14 s, no thanks after; full restatement; one timed and one untimed commitment; 'You'd need to clear the units' (optional); title + surname; offer plus goodbye",
    labels=L("pass", "pass", "pass", "pass", "fail", "pass", "fail", "na",
             "The new worktop is promised 'next Wednesday', but 'the surveyor will come out to re-measure' has no time, so follow-up fails; the hold had a reason but no thanks."),
    turns=[
        ("A", "Good afternoon, Hollinshead Kitchens, you're through to Araceli, how can I help?"),
        ("C", "Hi. Our kitchen was supposed to be finished last Friday. The fitters turned up, the worktop was twenty centimetres too short, and they just left. I've had no sink for a week, I'm washing up in the bath."),
        ("A", "I'm really sorry, that's not what you should have to deal with. Can I take your name?"),
        ("C", "Lochlann Oyinlola-Marsh."),
        ("A", "Thank you, Mr Oyinlola-Marsh. I'm just going to put you on hold while I check the order and speak to the workshop about the worktop."),
        ("C", "Okay."),
        ("A", "Right. The workshop cut it from the old drawing, before the wall was moved.", {"gap": 14.0, "tag": "hold"}),
        ("C", "So it's your mistake."),
        ("A", "It is. So the worktop was made to the wrong size, the fitting's been left half done, and you want it finished as soon as possible with a working sink."),
        ("C", "Yes."),
        ("A", "The new worktop will be fitted next Wednesday, and the surveyor will come out to re-measure before that."),
        ("C", "When is before that?"),
        ("A", "He'll fit it around his other jobs. You'd need to clear the base units before the fitters arrive.", {"tag": "neg_opt"}),
        ("C", "Fine."),
        ("A", "Is there anything else I can help with today, Mr Oyinlola-Marsh?"),
        ("C", "No."),
        ("A", "Thank you, goodbye."),
    ],
)

call(
    "h11-25-caravan-pitch-booking",
    industry="caravan and camping park",
    style=ASR,
    words=False,
    exercises="full ASR greeting with 'thanks for calling'; routine booking (empathy na); 'no dogs arent allowed in the lodges but' with an alternative; full restatement; booking done on the call (follow-up na); first name; offer plus goodbye",
    labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "na",
             "'no dogs arent allowed in the lodges' comes with the dog-friendly pitches in the same turn, so it is not negative; the booking is finished on the call, so there is no future commitment."),
    turns=[
        ("A", "thanks for calling heatherbrook holiday park youre speaking with gethin how can i help"),
        ("C", "hiya um were looking to book a week in august for two adults two kids and the dog"),
        ("A", "lovely which week were you thinking"),
        ("C", "the week starting the eleventh if youve got anything and um we were thinking one of the lodges"),
        ("A", "no dogs arent allowed in the lodges but we do have dog friendly pitches and a couple of pet friendly static caravans that week"),
        ("C", "oh okay how much is the static"),
        ("A", "the two bed static is six hundred and forty for the week"),
        ("C", "yeah thats fine can we do that"),
        ("A", "course can i take your name"),
        ("C", "its eirlys castellano-reid"),
        ("A", "thanks eirlys so thats a two bed pet friendly static for the week of the eleventh of august for four of you and the dog"),
        ("C", "yep"),
        ("A", "thats all booked now your reference is h b seven two nine and the deposit has gone through"),
        ("C", "brilliant"),
        ("A", "anything else i can help with eirlys"),
        ("C", "no thats it cheers"),
        ("A", "lovely see you in august bye"),
    ],
)

call(
    "h11-26-physio-back-pain",
    industry="physiotherapy clinic",
    style=CLEAN,
    words=True,
    exercises="name and company with an offer but no salutation; back pain, can barely sit; agent cuts in 0.9 s; 'Uh-huh' backchannel; no empathy; only a detail echoed; appointment booked on the call (follow-up na); name given, never used; ends on 'That's you booked in'",
    labels=L("fail", "fail", "fail", "fail", "na", "fail", "na", "na",
             "A booked appointment the customer will attend is not an agent commitment to a future action (follow-up na); the call ends on a completion remark with no offer and no goodbye."),
    turns=[
        ("A", "Hilda at Corrigan Physio, what can I do for you?"),
        ("C", "Hi, I've done something to my lower back, I bent down to pick up a laundry basket on Saturday and since then I can barely sit down, I'm getting a shooting pain down my left leg, I've not slept properly for three nights."),
        ("A", "Uh-huh.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Are you registered with us?", {"at_end": 0.9, "tag": "intr"}),
        ("C", "No, first time. My GP said to self-refer."),
        ("A", "What's your name and date of birth?"),
        ("C", "Torquil Boakye-Lund, the third of May, nineteen seventy-eight."),
        ("A", "And a mobile number?"),
        ("C", "07700 914 362."),
        ("A", "Down the left leg?"),
        ("C", "Yes, to the knee."),
        ("A", "We've got Wednesday at ten forty with Ruaridh."),
        ("C", "Nothing sooner? It's really bad."),
        ("A", "That's the first one."),
        ("C", "Okay, Wednesday then."),
        ("A", "That's you booked in."),
        ("C", "Okay, thanks, bye."),
    ],
)

call(
    "h11-27-newspaper-cancellation",
    industry="newspaper subscription",
    style=CLEAN,
    words=False,
    exercises="company and offer only; routine cancellation (empathy na); 'You have to put it in writing' as a demand; wrong restatement (pause instead of cancel) corrected and never restated; 'you'd need to' (optional); untimed 'you'll receive a final bill'; name given, never used; goodbye with no offer",
    labels=L("fail", "fail_or_pass", "na", "fail", "fail", "fail", "na", "na",
             "The agent's restatement is wrong (a pause, not a cancellation) and after the correction only says 'Oh, cancel', so paraphrase fails."),
    turns=[
        ("A", "Wexmoor Gazette subscriptions, how can I help you?"),
        ("C", "Hello, I'd like to cancel my daily paper delivery, please. We're moving abroad at the end of the month."),
        ("A", "Can I have your name and postcode?"),
        ("C", "It's Augustin Nwachukwu-Berg, PL2 9ER."),
        ("A", "Thank you. So you'd like to pause the deliveries while you're away."),
        ("C", "No, cancel. We're moving to Portugal, we won't be back."),
        ("A", "Oh, cancel. Right."),
        ("C", "Can you just do that now?"),
        ("A", "You have to put it in writing, we don't do cancellations over the phone.", {"tag": "neg"}),
        ("C", "In writing? Who writes letters any more?"),
        ("A", "You'd need to send it to the address on the back of your statement, or use the form on the website.", {"tag": "neg_opt"}),
        ("C", "Okay, the website then."),
        ("A", "Once it's processed you'll receive a final bill."),
        ("C", "Right."),
        ("A", "Goodbye, then."),
    ],
)

call(
    "h11-28-bulky-waste-missed",
    industry="bulky waste collection",
    style=ASR,
    words=False,
    exercises="full ASR greeting; booked collection missed, sofa left out in the rain, annoyed; no empathy; bare 'no' refusal; 'hang on' then 12 s with no reason and no thanks; single detail echoed; 'thursday' rebooked collection; no customer name; thanks with no offer",
    labels=L("pass", "fail_or_pass", "fail", "fail", "pass", "na_or_fail", "fail", "na",
             "'hang on' announces the hold but gives no reason and there is no thanks; 'no' to taking the mattress offers nothing else; 'cheers' thanks without an offer."),
    turns=[
        ("A", "morning bulky waste team at wyvernshire council im wystan how can i help"),
        ("C", "yeah morning i booked a collection for tuesday a sofa and a fridge and nobody came its been sat on the drive for two days now and its rained on it the whole time its soaked"),
        ("A", "whats the booking reference"),
        ("C", "b w four four one seven"),
        ("A", "hang on"),
        ("A", "tuesday yeah", {"gap": 12.0, "tag": "hold"}),
        ("C", "yes tuesday so when are they coming"),
        ("A", "ive rebooked it the crew will collect on thursday"),
        ("C", "thursday okay can they take the old mattress as well while theyre here"),
        ("A", "no", {"tag": "neg"}),
        ("C", "right okay so ive got to book that separately"),
        ("A", "yeah on the website"),
        ("C", "fine"),
        ("A", "cheers"),
    ],
)

call(
    "h11-29-lettings-boiler-transfer",
    industry="letting agency",
    style=CLEAN,
    words=True,
    exercises="full greeting; tenant with no heating and a baby, anxious; agent cuts in 0.8 s; a 0.4 s early start (not an interruption); customer cuts in on the agent; 'oh no, with a baby too, I'm sorry'; full restatement; transfer to the property management team with why; ends in the transfer; first name",
    labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
             "The 0.4 s early start is under the rubric's 0.5 s and is not an interruption; the customer's cut-in on the agent is not an agent interruption."),
    turns=[
        ("A", "Good morning, Pemberley and Vosk Lettings, Perpetua speaking, how can I help?"),
        ("C", "Hi, I rent a flat through you on Cranmore Street, the boiler's stopped working completely, no heating, no hot water since last night, and I've got a six-week-old baby, the flat's freezing."),
        ("A", "Oh no, with a baby too, I'm so sorry. Can I take your name?", {"at_end": 0.4}),
        ("C", "It's Marisela Kovacs-Ibe, flat 4, 61 Cranmore Street, and I've already tried resetting it, it just shows an F28 code, I've done everything the manual says, I really don't know what else to do."),
        ("A", "That's okay, you've done the right thing calling.", {"at_end": 0.8, "tag": "intr"}),
        ("C", "Sorry, I'm just really stressed."),
        ("A", "Of course, Marisela. So the boiler at flat 4 is showing F28, you've had no heating or hot water since last night, and you need an engineer out urgently because of the baby."),
        ("C", "Yes, please.", {"at_end": 0.6}),
        ("A", "Repairs for Cranmore Street go through our property management team, because they have the landlord's emergency contractor, so I'm putting you through to them now."),
        ("C", "Okay, thank you."),
        ("A", "Connecting you now, Marisela."),
        ("C", "Thanks."),
    ],
)

call(
    "h11-30-photo-prints-faded",
    industry="online photo printing",
    style=CLEAN,
    words=False,
    exercises="salutation, company and name but no offer; faded wedding prints, upset; no empathy; a read-back of the order (not a restatement); 'dispatched tomorrow' and 'with you by Friday'; title + surname; offer plus thanks",
    labels=L("fail", "pass", "fail", "fail", "pass", "pass", "na", "na",
             "Reading the order back ('forty prints, six by four, gloss') restates the order, not her problem or request, so paraphrase fails; no empathy after she says she is gutted."),
    turns=[
        ("A", "Good morning, Lumenleaf Prints, you're speaking with Anouska."),
        ("C", "Hi. I ordered prints of our wedding photos and they've arrived all washed out, the colours are faded, everyone looks grey. I'm honestly gutted, they were for my gran's album."),
        ("A", "Can I take your order number?"),
        ("C", "It's L P 6 6 0 1 8 3, in the name of Mrs Rosamund Achterlonie."),
        ("A", "Thank you, Mrs Achterlonie. I've got forty prints, six by four, gloss, printed on Monday."),
        ("C", "That's them."),
        ("A", "Monday was when we had a fault on one of the printers, so that will be the cause."),
        ("C", "So can they be done again?"),
        ("A", "Yes, I've put the reprint through now at no charge. It'll be dispatched tomorrow and with you by Friday."),
        ("C", "Okay, thank you."),
        ("A", "You can keep the faded ones."),
        ("C", "Fine."),
        ("A", "Is there anything else I can help with, Mrs Achterlonie?"),
        ("C", "No, that's all."),
        ("A", "Thank you for calling."),
    ],
)

call(
    "h11-31-carpet-clean-quote",
    industry="carpet cleaning",
    style=ASR,
    words=False,
    exercises="mumbled greeting without company or offer; routine quote (empathy na); customer-caused 12 s silence measuring the room (na); bare 'no we cant do that'; no restatement; untimed 'ill text you the price'; name given, never used; ends on 'okay' with no closing",
    labels=L("fail", "fail", "na", "fail", "fail", "fail", "na", "na",
             "The 12 s silence is the customer measuring the room (na); 'no we cant do that' refuses a same-day slot with nothing else offered."),
    turns=[
        ("A", "hello uh yeah its um rashid speaking"),
        ("C", "oh hi is that the carpet cleaning people"),
        ("A", "yeah deepweave yeah"),
        ("C", "great um im moving out of my flat and need the carpets done before i hand the keys bag its a living room and two bedrooms"),
        ("A", "how big is the living room"),
        ("C", "oh um hold on let me measure it"),
        ("C", "its about four metres by five", {"gap": 12.0, "tag": "wait"}),
        ("A", "and the bedrooms"),
        ("C", "smaller maybe three by three each could you do it today"),
        ("A", "no we cant do that", {"tag": "neg"}),
        ("C", "oh okay well whats the price"),
        ("A", "ill text you the price"),
        ("C", "okay its for osagie ferncombe my numbers on the form"),
        ("A", "okay"),
    ],
)

call(
    "h11-32-language-school-transfer",
    industry="language school",
    style=CLEAN,
    words=True,
    exercises="full greeting; three cancelled lessons, wants a refund, frustrated; agent cuts in 1.3 s with a bare 'I don't know'; 'I only do the front desk' (optional); 'Mm-hmm' backchannel; no empathy; no restatement; 'I'll put you through to admissions' (where, not why); ends in the transfer; first name",
    labels=L("pass", "na_or_fail", "fail", "fail", "na", "pass", "na", "fail",
             "'I'll put you through to admissions' says where but not why; the bare 'I don't know' cuts in 1.3 s before the customer stops."),
    turns=[
        ("A", "Hello, Tessaly Language Centre, Bartholomew here, how can I help you today?"),
        ("C", "Hi, I'm on the Tuesday evening Italian course, and this is the third week in a row the lesson has been cancelled with about an hour's notice, I've paid two hundred and eighty pounds for ten weeks and I've had four lessons."),
        ("A", "Mm-hmm.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Can I take your name?", {"gap": 0.4}),
        ("C", "Sunanda Lomax-Ebuka. So why does it keep getting cancelled? Is the teacher ill or is something going on, because nobody tells us anything, we just get a text."),
        ("A", "I don't know.", {"at_end": 1.3, "tag": ["intr", "neg"]}),
        ("C", "You don't know? You work there."),
        ("A", "I only do the front desk, Sunanda.", {"tag": "neg_opt"}),
        ("C", "Well, I want the money back for the missed lessons, and I want to know if next week is even happening."),
        ("A", "Next week's on the timetable."),
        ("C", "That's what it said last week."),
        ("A", "I'll put you through to admissions."),
        ("C", "Fine."),
    ],
)

call(
    "h11-33-wedding-venue-viewing",
    industry="wedding venue",
    style=CLEAN,
    words=False,
    exercises="full greeting; excited couple booking a viewing (empathy na, 'Congratulations!'); announced hold with reason, thanked; only a detail echoed; brochure 'this afternoon'; both names given, never used; offer plus goodbye",
    labels=L("pass", "pass", "na", "fail", "pass", "fail", "pass", "na",
             "'Congratulations' on good news is not empathy for a problem, so empathy is na; 'A Saturday in June?' echoes one detail, not the request."),
    turns=[
        ("A", "Good afternoon and thank you for calling Oakhurst Barn, my name is Leontyne, how can I help?"),
        ("C", "Hi! We've just got engaged and we'd love to come and see the barn, we're thinking of a wedding next summer."),
        ("A", "Congratulations! That's lovely news. Do you have a date in mind?"),
        ("C", "Ideally a Saturday in June, for about a hundred and twenty guests."),
        ("A", "A Saturday in June?"),
        ("C", "Yes, any Saturday really."),
        ("A", "Can I put you on hold for a moment while I check which June Saturdays are still free?"),
        ("C", "Of course."),
        ("A", "Thank you for holding. We've got the seventh and the twenty-eighth of June still open.", {"gap": 18.0, "tag": "hold"}),
        ("C", "Oh, the twenty-eighth would be perfect."),
        ("A", "Wonderful. Could I take your names for the viewing?"),
        ("C", "I'm Clementine Abiodun, and my fiancé is Rasmus Veldkamp."),
        ("A", "I can do a viewing this Sunday at eleven, or next Saturday at two."),
        ("C", "Sunday at eleven, please."),
        ("A", "Lovely, that's in. I'll email you our brochure and price list this afternoon so you can look before you come."),
        ("C", "Amazing, thank you."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's everything."),
        ("A", "We look forward to meeting you both. Goodbye!"),
    ],
)

call(
    "h11-34-lift-stuck-occupant",
    industry="lift maintenance",
    style=ASR,
    words=False,
    exercises="company only, no salutation, name or offer; facilities manager with someone trapped in a lift, urgent; 'oh no is she okay'; restatement with a wrong floor, corrected; 'within thirty minutes' and 'in ten minutes'; name given, never used; 'anything else' then 'right'",
    labels=L("fail", "fail_or_pass", "pass", "pass", "pass", "fail", "na", "na",
             "The restatement gets the floor wrong and the customer corrects it; it still restates the request, so paraphrase passes."),
    turns=[
        ("A", "elevon lifts emergency line"),
        ("C", "yeah hi this is konstantin from the facilities desk at bramwell house weve got a lift stuck between floors with a lady inside shes been in there about ten minutes"),
        ("A", "oh no is she okay is she talking to you"),
        ("C", "yeah shes okay shes a bit panicky shes on the intercom with security"),
        ("A", "okay whats the site reference or postcode"),
        ("C", "postcode is m four six r t"),
        ("A", "got it so lift two at bramwell house is stuck between the fourth and fifth floor with one person inside and you need an engineer out to release her"),
        ("C", "no its between three and four but yeah"),
        ("A", "three and four thank you an engineer is on his way now hell be with you within thirty minutes"),
        ("C", "okay thirty minutes"),
        ("A", "please keep talking to her through the intercom and dont try to open the doors"),
        ("C", "no we wont"),
        ("A", "ill ring you back in ten minutes with his exact arrival time"),
        ("C", "okay"),
        ("A", "anything else you need from me right now"),
        ("C", "no just get him here"),
        ("A", "right"),
    ],
)

call(
    "h11-35-payroll-cannot-run",
    industry="payroll software helpdesk",
    style=CLEAN,
    words=False,
    exercises="full greeting; payroll won't run on pay day, stressed; 'that's a horrible position on pay day'; 'I'm unable to run it for you, but I can walk you through it' (limit with alternative); unannounced 14 s silence, then thanked; full restatement; untimed 'the developers will look into the cause'; no customer name; ends on a completion remark",
    labels=L("pass", "fail", "pass", "pass", "fail", "na_or_fail", "fail", "na",
             "The 14 s silence was never announced, so hold fails although the customer is thanked afterwards; the customer never gives a name."),
    turns=[
        ("A", "Good morning, Tallyforge Payroll support, this is Henrike, how can I help?"),
        ("C", "Hi, it's pay day today and our payroll won't submit. It gets to the last step and throws an error, and I've got forty staff expecting to be paid by this afternoon. I'm panicking a bit."),
        ("A", "Oh, that's a horrible position to be in on pay day. Let's get it moving. What's the error say?"),
        ("C", "Something about an invalid tax code for employee number 112."),
        ("A", "So your payroll run for today is failing at submission because of a tax code on one employee record, and you need it submitted this morning so everyone's paid on time."),
        ("C", "Exactly."),
        ("A", "Can you open that employee's record?"),
        ("C", "Yes, I've got it up."),
        ("A", "Thanks for waiting. The tax code has a lower-case letter in it, which the submission rejects.", {"gap": 14.0, "tag": "hold"}),
        ("C", "Oh, is that all? Can you change it for me?"),
        ("A", "I'm unable to edit your records from here, but I can walk you through it. Click edit and change the L to a capital."),
        ("C", "Done. And submit again?"),
        ("A", "Yes, submit again."),
        ("C", "It's gone through!"),
        ("A", "Brilliant. I'll log it and the developers will look into why the field accepts lower case."),
        ("C", "Okay, great, thank you so much."),
        ("A", "Right, you're all set then."),
        ("C", "Bye."),
    ],
)

call(
    "h11-36-cruise-cabin-transfer",
    industry="cruise line",
    style=ASR,
    words=False,
    exercises="full ASR greeting; husband fell ill, cruise cancelled, upset; 'oh im so sorry to hear that i hope hes on the mend'; full restatement; transfer to the guest care team with why; ends in the transfer; title + surname",
    labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
             "The call ends in a transfer that names the guest care team and why, so closing is na_or_fail; 'im putting you through now' is the transfer, not a future commitment."),
    turns=[
        ("A", "good afternoon thank you for calling saltmarsh voyages my names dorottya how may i help"),
        ("C", "hello um were booked on the baltic crews on the twentieth and my husband was taken into hospital on saturday with his heart so we obviously cant go and im just not sure what happens with the money"),
        ("A", "oh im so sorry to hear that i hope hes on the mend can i take the booking reference and your name"),
        ("C", "its s v eight eight three one two and im mrs honorata farrow-nakamura"),
        ("A", "thank you mrs farrow-nakamura ive got the booking for two in an outside cabin"),
        ("C", "yes thats us"),
        ("A", "so youre not able to travel on the twentieth because of your husbands illness and you want to cancel and find out about getting your money back"),
        ("C", "yes or move it to next year if we can i havent decided"),
        ("A", "thats fine both are possible the medical cancellations are handled by our guest care team because they need to see the hospital letter and they can also do the rebooking"),
        ("C", "okay"),
        ("A", "so im putting you through to guest care now mrs farrow-nakamura"),
        ("C", "thank you dear"),
    ],
)


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------

JUDGEMENT_CALLS = [
    "Greeting: all four parts within the opening pass in any order and shape (salutation last, "
    "h11-13; 'welcome to' after the agent's name, h11-07; 'thanks for calling', h11-25). Fails: no agent "
    "name (h11-02, h11-14, h11-16 'council tax good morning how can i help'); no offer (h11-04, "
    "h11-09, h11-20 mumbled 'Hi, um, Greyward Alarms, Caius here.', h11-30); no salutation (h11-10, "
    "h11-26, h11-27); no company (h11-18); a mumbled name-only opening whose company comes a turn later "
    "with still no offer (h11-31); company only or nothing (h11-06 'yeah locksmiths', h11-22 'support', "
    "h11-34).",
    "Closing: an offer plus thanks or a goodbye in any words passes ('safe drive home bye' h11-19, 'We "
    "look forward to meeting you both. Goodbye!' h11-33, 'lovely see you in august bye' h11-25, 'Thanks "
    "for letting us know, enjoy your evening.' h11-17). One of the two is fail_or_pass: thanks only "
    "(h11-02, h11-28 'cheers'), thanks and goodbye with no offer (h11-05), goodbye with no offer "
    "(h11-21, h11-27), an offer followed only by 'alright then' / 'Okay.' / 'right' (h11-09, h11-13, "
    "h11-34). No agent closing at all fails (h11-06 'right', h11-16 'right thats logged', h11-26 "
    "'That's you booked in.', h11-31 'okay', h11-35 'Right, you're all set then.'). Calls ending in a "
    "transfer (h11-07, h11-14, h11-29, h11-32, h11-36) are na_or_fail.",
    "Empathy: acknowledgements after the problem pass, however short ('Oh, the poor thing' about a "
    "stung child h11-05, 'oh no thats the last thing you need' h11-22, 'Oh, that's stressful, sorry' "
    "late and after a refusal h11-20, 'oh no is she okay' to a facilities manager whose lift has trapped "
    "someone h11-34). Generic politeness is not empathy ('Sorry, could you say that "
    "again?' h11-15 passes only for its later 'that must be so isolating'). business-only replies (h11-02), "
    "'That happens sometimes' (h11-21) and business-only replies to distress (h11-06, h11-09, h11-14, "
    "h11-16, h11-26, h11-28, h11-30, h11-32) fail. 'Congratulations!' on a routine booking (h11-33) is "
    "na; routine requests (h11-03, h11-08, h11-13, h11-18, h11-23, h11-25, h11-27, h11-31) are na.",
    "Paraphrase: a restatement with one wrong detail that the customer corrects still restates the "
    "request (h11-34). A wholly wrong restatement followed only by 'Oh, cancel. Right.' fails (h11-27). "
    "Single details ('So no internet still?' h11-02, 'forty one kenmure' h11-06, 'so the last Hexford "
    "train has gone?' h11-11, 'So recordings too.' h11-14, 'An upright?' h11-18, 'So the app?' h11-20, "
    "'Down the left leg?' h11-26, 'tuesday yeah' h11-28, 'A Saturday in June?' h11-33) fail, as do a "
    "read-back of the order (h11-30) and no restatement at all (h11-31, h11-32).",
    "Follow-up: 'within four hours', 'by six this evening', 'from your next payment on the twenty-eighth', "
    "'tomorrow between eight and twelve', 'in about forty minutes' ('hell', he'll, h11-06), 'on Thursday "
    "the ninth ... the same evening', 'by Saturday', 'on monday morning' plus 'today', 'within ten "
    "working days', 'within fourteen days' (h11-16, after the letter arrives), 'in three to five working "
    "days', 'right now' and 'within the hour', 'by five today', 'by tonight', 'from your next payment, "
    "on the first of March', 'on thursday', 'tomorrow ... by Friday', 'this afternoon', 'within thirty "
    "minutes' and 'in ten minutes' are times. Fails: 'an engineer will be in touch' / 'once it's been "
    "assigned' (h11-02), 'someone from our customer support team will give you a call' beside a timed "
    "email (h11-04), 'get the lads back round' / 'when theyre next in your area' (h11-09), 'you'll get "
    "an email' (h11-11), 'We'll post you a replacement' (h11-15), 'I'll send you a confirmation' "
    "(h11-18), 'An engineer will ring you' (h11-20), 'the surveyor will come out to re-measure before "
    "that' beside a timed fitting (h11-24), 'Once it's processed you'll receive a final bill' (h11-27), "
    "'ill text you the price' (h11-31), 'the developers will look into' (h11-35). Transfers, work done "
    "on the call and booked appointments the customer attends are not commitments: na (h11-07, h11-14, "
    "h11-25, h11-26, h11-29, h11-32, h11-36).",
    "Personalization: first names, titles with surnames and hyphenated surnames used after they are "
    "given pass. Names given and never used fail (h11-05, h11-09, h11-16, h11-20, h11-26, h11-27, "
    "h11-31, h11-33 both partners, h11-34); a pet's name is not the customer's (h11-21 uses the title "
    "and surname, so passes). No customer name at all is na_or_fail (h11-06, h11-10 order number only, "
    "h11-18, h11-22, h11-28, h11-35).",
    "Hold: asked or announced with a reason and thanked passes (h11-02 though the rest of the call is "
    "poor, h11-07, h11-12, h11-19, h11-33). Fails: an unannounced 12 s search with 'One sec' only after "
    "and no thanks (h11-11); 'give me a sec' with no reason and no thanks (h11-22); a reason but no "
    "thanks (h11-24); 'hang on' with neither (h11-28); an unannounced 14 s silence, thanked afterwards "
    "(h11-35). Silences the customer causes (finding paperwork h11-13, a bank card h11-23, measuring a "
    "room h11-31) are na.",
    "Transfer: pass when the agent names where and why (h11-07 the claims team who arrange the "
    "assessor, h11-29 the property management team who have the emergency contractor, h11-36 guest care "
    "who need the hospital letter). 'Let me transfer you.' (h11-14) gives neither and 'I'll put you "
    "through to admissions' (h11-32) gives where but not why: both fail.",
    "Negative language: 'I need you to calm down' (h11-02), bare refusals 'no we dont do discounts' "
    "(h11-06), 'no' (h11-28), 'no we cant do that' (h11-31); 'thats not my job' (h11-09); 'its the "
    "policy we dont backdate' and a bare 'i dont know' (h11-16); 'You have to find the manual yourself, "
    "I can't talk you through the keypad' (h11-20); 'It's our policy not to refund' (h11-21); 'You "
    "have to put it in writing, we don't do cancellations over the phone' (h11-27); a bare 'I don't "
    "know.' (h11-32). Not negative: 'I don't know if you've had our reminder letter' / 'i dont know if "
    "youve tried the other bay' (polite form, h11-08, h11-19); 'No, there's no charge' / 'No, you don't "
    "need to sign anything' / 'No, you won't pay anything' / 'No, you don't owe anything extra' "
    "answering questions (h11-03, h11-13, h11-11, h11-23); limits with an alternative in the same turn "
    "('We can't refund the delivery charge ... but what I can do' h11-10, 'no dogs arent allowed in the "
    "lodges but' h11-25, 'I'm unable to edit your records from here, but I can walk you through it' "
    "h11-35); 'No problem at all'; 'No internet, no.' confirming the customer's words (h11-02); the "
    "customers' own 'Don't tell me to calm down' and 'I really don't know what else to do'.",
    "Optional negative language: neutral 'youll need to' / 'You'd need to' instructions (h11-04, "
    "h11-12, h11-24, h11-27) and 'I only do the front desk' (h11-32), a deflection close to 'that's not "
    "my job' without saying it.",
    "Interruptions: an agent start 0.6 s or more before the customer stops, not a backchannel, is an "
    "interruption (0.6 s h11-11, 0.7 s h11-02 and h11-17, 0.8 s h11-01 and h11-29, 0.9 s h11-08 and "
    "h11-26, 1.0 s h11-14, 1.1 s h11-02, 1.2 s h11-20, 1.3 s h11-32), including helpful or reassuring "
    "cut-ins (h11-01, h11-29); exactly 0.5 s (h11-05, h11-17) is optional; early starts of 0.3 s "
    "(h11-05, h11-23) and 0.4 s (h11-29) are not interruptions. 'Mm-hmm', 'Uh-huh', 'Right', 'Sure', "
    "'Okay', 'Yeah' inside long customer turns are backchannels. Customers cutting in on the agent "
    "(h11-05, h11-29) are not agent interruptions.",
]


def write_readme(built: list[tuple[dict, dict]], all_labels: dict) -> None:
    m = make_up(built)
    lines = [
        f"# holdout11: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session (an AI assistant started by the",
        "  project's main session), working only from `/work/shared/RUBRIC.md` (plus `docs/call-format.md`",
        "  for the file format, `tests/data/holdout_kit.py` for the turn builder, word timings, self-checks",
        "  and README layout, and `tests/data/make_holdout10.py` for the structure of a generator script and",
        "  the industries to avoid). No holdout10 call, wording, company, person or industry was reused, and",
        "  every company and person name was checked with grep to appear nowhere else in `tests/data/`. It",
        "  did not read or run `nlp/`, `scorecards/`, `bench/`, the other `tests/data` sets' calls or labels,",
        "  `/work/shared/data/` or `/work/shared/eval/`, and no detector, scorer or `qa-service` was run on",
        "  these calls.",
    ]
    lines += readme_files_and_checks("holdout11", when="2026-12-01")
    lines += [
        "## Make-up",
        "",
        f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries, none",
        "of them holdout10's: " + ", ".join(m.industries) + ".",
        f"{m.n_word_timed} calls carry word timings with genuine overlaps (agent cut-ins of 0.6-1.3 s, two on",
        "exactly 0.5 s, early starts of 0.3-0.4 s, backchannels inside long customer turns, customers cutting",
        f"in on agents); {m.n_calls - m.n_word_timed} have utterance times only. {m.n_asr} calls are ASR-style (lower case,",
        "no punctuation, fillers, run-on turns, numbers and references as words, contractions without",
        f"apostrophes, the odd mis-heard word, a mumbled greeting); the other {m.n_calls - m.n_asr} (the word-timed ones among them) are clean punctuated text. No company,",
        "agent or customer is configured anywhere: self-identification, names and the rest appear only in",
        "what is said.",
        "",
    ]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h11",
                                  seed_base=1100)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}, labels to {LABELS_PATH} and {README_PATH}")


if __name__ == "__main__":
    main()
