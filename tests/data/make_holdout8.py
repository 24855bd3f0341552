"""Write the holdout8 set: 36 contact-centre calls and their labels.

Written and labelled blind (before any detector ran on it) by hand against
/work/shared/RUBRIC.md. Run from anywhere:

    python tests/data/make_holdout8.py

It writes ``tests/data/holdout8/<call_id>.json`` (canonical call format),
``tests/data/holdout8-labels.json`` (call_id -> labels) and
``tests/data/holdout8/README.md`` (who labelled, the make-up, the label counts
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

OUT_DIR = HERE / "holdout8"
LABELS_PATH = HERE / "holdout8-labels.json"
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
    "h8-01-vet-dog-ate-chocolate",
    industry="veterinary clinic",
    style="clean, punctuated",
    words=True,
    exercises="full greeting ('Good morning, Larkfield Vets, you're speaking to Hannah'); worried owner, backchannels inside the long first turn; 'poor thing, you did the right thing' empathy; paraphrase with 'is that it'; agent cuts in 0.7 s; timed 'in the next twenty minutes'; the agent uses the dog's name, never the owner's",
    labels=L("pass", "pass", "pass", "pass", "pass", "fail", "na", "na",
             "The owner gives his name (Tom) but the agent only ever says 'Biscuit', the dog's name, so personalization fails."),
    turns=[
        ("A", "Good morning, Larkfield Vets, you're speaking to Hannah, how can I help?"),
        ("C", "Hi, sorry, I'm ringing in a bit of a panic. My dog's just eaten half a bar of dark chocolate off the coffee table, about twenty minutes ago, and she's only small, she's a cockapoo, and I've no idea if I need to bring her in or just watch her."),
        ("A", "Mm-hmm.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Okay.", {"at_start": 9.0, "tag": "bc"}),
        ("A", "Oh, poor thing. You did the right thing ringing straight away. Can I take your name and the dog's name?", {"gap": 0.5}),
        ("C", "Yeah, I'm Tom Reilly, and she's Biscuit."),
        ("A", "And roughly how much does Biscuit weigh?"),
        ("C", "About seven kilos, I think. Maybe a bit less."),
        ("A", "And do you know how big the bar was?"),
        ("C", "It was a hundred gram bar, seventy percent, and there's about half left, so she's had fifty grams, give or take."),
        ("A", "So Biscuit's had around fifty grams of dark chocolate in the last half hour, and you want to know whether she needs to be seen, is that it?"),
        ("C", "Yes. She seems fine at the moment, she's running round the garden, but I read online that it can take a few hours to show and I'd rather not wait until she's actually poorly."),
        ("A", "For her size that's enough that we'd want to see her now, so please bring her straight in.", {"at_end": 0.7, "tag": "intr"}),
        ("C", "Okay. Okay, I'll get her in the car."),
        ("A", "I'll tell the vet right now that you're on your way, and she'll be ready for you in the next twenty minutes. Bring the wrapper if you still have it."),
        ("C", "Right, I've got it here."),
        ("A", "Is there anything else before you set off?"),
        ("C", "No, that's it, thank you."),
        ("A", "Drive carefully, bye for now."),
        ("C", "Bye."),
    ],
)

call(
    "h8-02-legal-aid-eviction-notice",
    industry="legal advice helpline",
    style="clean, punctuated",
    words=False,
    exercises="'Good afternoon, Community Legal Advice line, how can I help?' has no agent name (greeting fail); eviction worry met with empathy; title + surname used; paraphrase; 'You'll need to keep paying your rent' borderline; timed solicitor call but an untimed confirmation letter",
    labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na",
             "The solicitor's call is timed (tomorrow between ten and twelve) but the confirmation letter is not, so follow-up fails."),
    turns=[
        ("A", "Good afternoon, Community Legal Advice line, how can I help?"),
        ("C", "Hello. I've had a letter from my landlord saying I've got two weeks to get out of the flat, and I've got two children, and I honestly don't know what I'm supposed to do."),
        ("A", "I'm really sorry, that's a frightening letter to get. We'll go through it together. Can I take your name first?"),
        ("C", "It's Mrs Okafor. Adaeze Okafor."),
        ("A", "Thank you, Mrs Okafor. Does the letter say what kind of notice it is? There might be a section number on it."),
        ("C", "It says section 21 at the top. And it's dated the third."),
        ("A", "Okay. So your landlord's sent you a notice telling you to leave within two weeks, and what you need to know is whether you really have to be out by then."),
        ("C", "Yes, exactly that."),
        ("A", "A section 21 notice has to give you at least two months, so on the face of it two weeks isn't valid. And even with a valid notice, only a court can make you leave."),
        ("C", "Oh. Oh, thank God."),
        ("A", "You'll need to keep paying your rent in the meantime, though, so nothing gives him another reason.", {"tag": "neg_opt"}),
        ("C", "I always pay it. Can someone look at the actual letter?"),
        ("A", "Yes. I'll book you a call with one of our housing solicitors, and she'll ring you tomorrow between ten and twelve. You'll also get a letter confirming the appointment."),
        ("C", "Thank you so much."),
        ("A", "Is there anything else I can help with today, Mrs Okafor?"),
        ("C", "No, that's everything."),
        ("A", "Take care, goodbye."),
    ],
)

call(
    "h8-03-university-defer-place",
    industry="university admissions",
    style="ASR: lower-case, no punctuation, a spelled-out name",
    words=False,
    exercises="'hiya youve reached the admissions office at hallam vale university this is jo'; routine deferral (empathy na); name spelled letter by letter; synonym paraphrase ('push your place back'); hold asked with a reason and thanked; two timed commitments",
    labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na",
             "The customer spells her first name letter by letter ('n k e c h i'); the agent then uses it, which counts."),
    turns=[
        ("A", "hiya youve reached the admissions office at hallam vale university this is jo how can i help"),
        ("C", "hi um i got an offer for nursing starting this september but id like to start next year instead if thats possible"),
        ("A", "okay no problem can i take your name and your applicant number"),
        ("C", "yeah its nkechi n k e c h i adeyemi and the number is 2 6 0 4 1 8 8"),
        ("A", "thanks nkechi so youd like to push your place on the nursing degree back a year and start next september instead of this one"),
        ("C", "yes please"),
        ("A", "can i put you on hold for a moment while i check with the nursing team whether they take deferrals this year"),
        ("C", "yeah thats fine"),
        ("A", "thanks for waiting nkechi theyre happy to defer you", {"gap": 38.0, "tag": "hold"}),
        ("C", "oh brilliant what do i do"),
        ("A", "ill email you the deferral form today and once its back with us well confirm the new start date within five working days"),
        ("C", "perfect"),
        ("A", "is there anything else i can help you with"),
        ("C", "no thats all thank you"),
        ("A", "thanks for calling nkechi bye"),
    ],
)

call(
    "h8-04-software-pdf-export-broken",
    industry="software support (invoicing app)",
    style="clean with fillers",
    words=True,
    exercises="'Hi, um, this is Ledgerly support' names the product company after 'this is', no agent name (greeting fail); broken-since-Tuesday frustration ignored; customer cuts in on the agent; paraphrase; 'I don't know why it's doing that'; unannounced 14 s silence, not thanked; agent cuts in 1.0 s; 'should be out soon'; only 'Anything else?'",
    labels=L("fail", "fail_or_pass", "fail", "pass", "fail", "fail", "fail", "na",
             "The name after 'this is' is the company; 'a fix should be out soon' is a commitment with no time; the call ends on 'Anything else?' with no thanks."),
    turns=[
        ("A", "Hi, um, this is Ledgerly support, what can I do for you?"),
        ("C", "Yeah, hi. Since your update on Tuesday none of our invoices will export to PDF. You click export and it just spins forever, and we've got month-end on Friday, so this is getting really urgent."),
        ("A", "Okay. Which browser are you using, and is it every invoice or just some of"),
        ("C", "Every single one. Chrome, Edge, I've tried both.", {"at_end": 0.6}),
        ("A", "So every PDF export has been hanging since Tuesday's update, on any browser, is that it?"),
        ("C", "Yes. And it's Marcus, by the way, at Finch and Daughter, if you need the account."),
        ("A", "I don't know why it's doing that, it's not something I've seen before.", {"tag": "neg"}),
        ("C", "Great."),
        ("A", "Okay, there is a known issue logged for PDF exports on the new template engine.", {"gap": 14.2, "tag": "hold"}),
        ("C", "So is there a workaround, because I can't send forty invoices as screenshots, and my accountant is already chasing me for"),
        ("A", "You can switch back to the classic template in settings, that exports fine.", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Right. And the new one?"),
        ("A", "Our developers are working on a fix and it should be out soon."),
        ("C", "Okay."),
        ("A", "Anything else?"),
        ("C", "No."),
    ],
)

call(
    "h8-05-solar-inverter-fault",
    industry="solar panel installer",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; inverter dead for a week, brief empathy ('That's no fun'); the agent reads the system details back (account read-back, not a paraphrase); timed engineer visit then an untimed 'someone from the office will ring you'; first name used",
    labels=L("pass", "pass", "pass", "fail", "fail", "pass", "na", "na",
             "Reading the installation record back is not restating the problem; the untimed office call after the timed visit makes follow-up fail."),
    turns=[
        ("A", "Good afternoon, thank you for calling Brightfield Solar, my name is Pete, how can I help you?"),
        ("C", "Hi Pete. We had panels fitted by you three weeks ago, and for the last week the inverter's had a red light on and the app says we've generated nothing."),
        ("A", "Oh, that's no fun, especially with the sunny week we've had. Can I take your name and postcode?"),
        ("C", "Linda Carver, and it's L S 6, 4 H P."),
        ("A", "Thanks, Linda. I can see your system here: a four point two kilowatt array on the south roof with a hybrid inverter, installed on the third of June."),
        ("C", "That's right."),
        ("A", "Can you read me the code on the inverter screen?"),
        ("C", "It says E 0 2 3, isolation fault."),
        ("A", "Okay, that usually means moisture in one of the roof connectors. It's safe, but it needs an engineer."),
        ("C", "Fine. When can someone come?"),
        ("A", "I'll book an engineer for Thursday morning, between eight and twelve. And someone from the office will ring you about the lost generation."),
        ("C", "Okay, Thursday's fine."),
        ("A", "Is there anything else I can do for you, Linda?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, bye."),
    ],
)

call(
    "h8-06-removals-van-no-show",
    industry="removals company",
    style="ASR: lower-case, no punctuation",
    words=True,
    exercises="'morning youve reached swift move removals uh this is dan' with no offer to help (greeting fail); backchannel 'yeah' in an angry turn; paraphrase that cuts in 0.8 s; 'thats awful timing im really sorry'; hold asked with a reason and thanked; timed 'by eleven'; booking reference only, no name",
    labels=L("fail", "pass", "pass", "pass", "pass", "na_or_fail", "pass", "na",
             "The agent never offers help in the opening; the paraphrase overlaps the customer by 0.8 s, so it is also an interruption."),
    turns=[
        ("A", "morning youve reached swift move removals uh this is dan"),
        ("C", "hi yeah the van was meant to be here at eight for our move and its now nearly half nine and nobodys turned up and nobodys answering the number on the email and weve got to hand the keys back at two"),
        ("A", "yeah", {"at_start": 4.5, "tag": "bc"}),
        ("A", "right so the crew were booked for eight they havent arrived and youve got to be out by two", {"at_end": 0.8, "tag": "intr"}),
        ("C", "exactly"),
        ("A", "oh thats awful timing im really sorry whats the booking reference"),
        ("C", "its s m 4 4 8 2"),
        ("A", "thanks can i put you on hold for two minutes while i ring the crew and find out where they are"),
        ("C", "go on"),
        ("A", "thanks for holding the van had a flat tyre on the ring road theyre back on the move now", {"gap": 75.0, "tag": "hold"}),
        ("C", "so when will they get here"),
        ("A", "theyll be with you by eleven and ive told them to bring a fourth man so you still make two"),
        ("C", "okay thats something"),
        ("A", "is there anything else i can help with"),
        ("C", "no just get them here"),
        ("A", "will do cheers bye"),
    ],
)

call(
    "h8-07-dentist-checkup-booking",
    industry="dental practice",
    style="clean with fillers",
    words=False,
    exercises="filler inside the greeting ('Hello, Oakridge Dental, um, this is Mia speaking'); routine booking (empathy na); paraphrase; 'We can't do Saturdays, but what I can do is...' (not negative); title + surname used; booking done, no future commitment",
    labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "na",
             "The limit comes with an alternative in the same turn, so it is not negative; the booking is made during the call, so there is nothing to follow up."),
    turns=[
        ("A", "Hello, Oakridge Dental, um, this is Mia speaking, how can I help?"),
        ("C", "Hi, I'd like to book a check-up, and a hygienist appointment as well if you have one."),
        ("A", "Of course. Are you registered with us?"),
        ("C", "Yes, it's Mr Quayle, Albert Quayle. Date of birth fourth of April, fifty-one."),
        ("A", "Thank you, Mr Quayle, I've found you. So you're after a check-up with the dentist and a clean with the hygienist, ideally on the same visit?"),
        ("C", "That's it, if possible. Saturdays are best for me."),
        ("A", "We can't do Saturdays, I'm afraid, we're closed at weekends, but what I can do is an early Monday, eight o'clock with Dr Shah and then eight thirty with the hygienist."),
        ("C", "Monday the what?"),
        ("A", "Monday the fourteenth."),
        ("C", "Go on then, that works."),
        ("A", "Lovely, that's both booked in for Monday the fourteenth."),
        ("C", "Great."),
        ("A", "Anything else I can help with, Mr Quayle?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, bye bye."),
    ],
)

call(
    "h8-08-ticketing-cancelled-gig-fee",
    industry="event ticketing",
    style="clean, punctuated",
    words=True,
    exercises="'Hi, this is Cobalt Tickets' (company after 'this is', no agent name); annoyed customer, no empathy; policy read-back ('Refunds for cancelled events go back to...'), not a paraphrase; 'It's our policy not to refund booking fees'; 'No, I can't make exceptions' cuts in exactly 0.5 s (optional); customer cuts in on the agent; timed refund; goodbye only",
    labels=L("fail", "fail_or_pass", "fail", "fail", "pass", "na_or_fail", "na", "na",
             "The refusal 'No, I can't make exceptions' starts exactly 0.5 s before the customer stops: negative language for certain, an interruption only optionally."),
    turns=[
        ("A", "Hi, this is Cobalt Tickets, how can I help?"),
        ("C", "Hi. The concert I had tickets for at the Corn Exchange on the twelfth has been cancelled, and I've been refunded the tickets but not the booking fee, which is eighteen pounds, and I'm really annoyed about it."),
        ("A", "Can I have the order number?"),
        ("C", "C T 9 9 0 4 1 7."),
        ("A", "Thanks. Refunds for cancelled events go back to the original payment card, and they cover the face value of the tickets, excluding the booking fee and any"),
        ("C", "But why would I pay a booking fee for a gig that didn't happen?", {"at_end": 0.8}),
        ("A", "It's our policy not to refund booking fees.", {"tag": "neg"}),
        ("C", "So can you not just make an exception this once, because it wasn't my fault the band cancelled, was it?"),
        ("A", "No, I can't make exceptions.", {"at_end": 0.5, "tag": ("neg", "intr_opt")}),
        ("C", "Unbelievable. What about the ticket money, has that actually gone?"),
        ("A", "The ticket refund has been processed, and it will go back to your card in five to seven working days."),
        ("C", "Fine."),
        ("A", "Thanks for calling Cobalt Tickets, bye."),
        ("C", "Bye."),
    ],
)

call(
    "h8-09-parking-charge-paid-app",
    industry="private parking operator (appeals)",
    style="ASR: lower-case, no punctuation, repeated words, garbled closing",
    words=False,
    exercises="ASR repetition in the greeting ('uh this is this is leon'); charge despite paying, 'ah sorry about that'; agent reads the name off the notice and never uses it; paraphrase; 'i cant cancel it on the phone but what i can do is...' (not negative); hold with a reason, thanked; timed appeal decision; garbled 'any thing elts' / 'thanks for colin'",
    labels=L("pass", "pass", "pass", "pass", "pass", "fail", "pass", "na",
             "The name only appears when the agent reads it off the notice; it is never used to address the customer afterwards, so personalization fails."),
    turns=[
        ("A", "good afternoon parkwise appeals uh this is this is leon how can i help"),
        ("C", "hi ive had a parking charge notice for sixty pounds from the retail park on mill lane but i paid on your app i have the receipt"),
        ("A", "ah sorry about that lets take a look whats the notice number"),
        ("C", "its p w 7 7 3 0 1 9"),
        ("A", "okay i can see the notice is addressed to a miss fiona gallacher is that you"),
        ("C", "yeah thats me"),
        ("A", "so youre saying you paid for your parking through the app on the day but the camera still sent you a charge"),
        ("C", "yes i paid for two hours"),
        ("A", "can i put you on hold for a minute while i pull up the camera photos and the app payments for that day"),
        ("C", "sure"),
        ("A", "thanks for holding the payment went to the wrong car park code thats why", {"gap": 41.0, "tag": "hold"}),
        ("C", "so can you cancel it"),
        ("A", "i cant cancel it on the phone but what i can do is log the appeal now with your app receipt attached"),
        ("C", "okay do that then"),
        ("A", "done youll hear back from the appeals team within fourteen days"),
        ("C", "okay"),
        ("A", "is there any thing elts i can help with"),
        ("C", "no thats it"),
        ("A", "thanks for colin bye"),
    ],
)

call(
    "h8-10-payroll-staff-underpaid",
    industry="payroll bureau",
    style="clean, punctuated",
    words=False,
    exercises="'Good morning, Pennant Payroll, Ruth speaking.' with no offer to help; two staff paid short as a bare fact, no empathy; paraphrase; 'Bear with me.' with no reason, 18 s, then thanks (hold fail); timed correction then payslips 'later'; first name used",
    labels=L("fail", "pass", "fail", "pass", "fail", "pass", "fail", "na",
             "'Bear with me' gives no reason, so the hold fails even though she thanks him; 'later' is no time frame, so follow-up fails after the timed payment."),
    turns=[
        ("A", "Good morning, Pennant Payroll, Ruth speaking."),
        ("C", "Morning Ruth, it's Gareth from Tillman Joinery. Two of my lads have been paid short this month, about three hundred quid each, and they're on at me about it."),
        ("A", "Okay. Which two?"),
        ("C", "Liam Price and Josh Everett."),
        ("A", "So two of your employees came out roughly three hundred pounds under on this month's run, and you want it put right."),
        ("C", "That's it."),
        ("A", "Bear with me."),
        ("A", "Thanks for waiting. Their overtime hours were entered as zero on the timesheet import.", {"gap": 18.0, "tag": "hold"}),
        ("C", "Well, I sent them. What happens now?"),
        ("A", "I'll run a correction payment, and it'll go out in tomorrow morning's faster payments batch."),
        ("C", "Good."),
        ("A", "I'll email you the revised payslips later as well."),
        ("C", "Okay."),
        ("A", "Anything else, Gareth?"),
        ("C", "No, that's it."),
        ("A", "Cheers then, bye."),
    ],
)

call(
    "h8-11-tax-underpayment-instalments",
    industry="tax office helpline",
    style="clean, punctuated",
    words=False,
    exercises="organisation named as 'the Income Tax helpline'; worry about affording a bill, 'I understand that's worrying'; paraphrase ('pay it off bit by bit'); title + surname; transfer naming the team and why, ending the call; no future commitments",
    labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
             "The call ends in a transfer that names the payment plans team and the reason, before any closing."),
    turns=[
        ("A", "Thank you for calling the Income Tax helpline, my name is Ana Maria, how can I help you today?"),
        ("C", "Hello. I've had a letter saying I underpaid four hundred and twenty pounds last year, and I'm really worried, I can't pay that all at once."),
        ("A", "I understand, that's a worrying letter to get. Can I take your name and your reference number from the letter?"),
        ("C", "It's Mr Oyelaran, and the reference is 7 1 4 4, 2 0 9 3 6."),
        ("A", "Thank you, Mr Oyelaran. I can see the letter. It's because your employer's tax code was wrong for part of the year."),
        ("C", "I didn't know anything about it."),
        ("A", "That's quite common, it's not something you did. So you've been told you owe four hundred and twenty pounds from last year, and you'd like to know whether you can pay it off bit by bit."),
        ("C", "Yes, please, if that's allowed."),
        ("A", "It is. The payment plans team set those up, so they're the ones you need."),
        ("C", "Okay."),
        ("A", "I'm going to put you through to our payment plans team now, because they can set up monthly instalments for you."),
        ("C", "Thank you."),
    ],
)

call(
    "h8-12-pharmacy-prescription-not-ready",
    industry="pharmacy",
    style="clean, punctuated",
    words=False,
    exercises="'Hello, Cross Street Pharmacy.' with no name or offer; third wasted trip, frustration ignored; 'I don't know...'; 'There's nothing I can do...'; 'We'll text you when it's in' (a condition, not a time); name with a title never used; the customer ends it and the agent offers nothing",
    labels=L("fail", "fail", "fail", "fail", "fail", "fail", "na", "na",
             "'When it's in' is a condition, not a time; the call ends with the customer's 'Whatever' and no closing from the agent."),
    turns=[
        ("A", "Hello, Cross Street Pharmacy."),
        ("C", "Hi, I've come in three times this week for my husband's prescription and every time it's not ready. I'm calling before I waste another bus fare."),
        ("A", "What's the name?"),
        ("C", "Mrs Dunmore, for Keith Dunmore."),
        ("A", "It's not on the system yet."),
        ("C", "The surgery said they sent it on Monday."),
        ("A", "I don't know, it should have come through from the surgery by now.", {"tag": "neg"}),
        ("C", "So can you chase it? He's run out of his blood pressure tablets."),
        ("A", "There's nothing I can do until the surgery sends it.", {"tag": "neg"}),
        ("C", "That's ridiculous."),
        ("A", "We'll text you when it's in."),
        ("C", "Whatever."),
    ],
)

call(
    "h8-13-boiler-no-heating-four-days",
    industry="boiler repair",
    style="clean with fillers",
    words=False,
    exercises="fillers inside the greeting ('thanks for calling, um, Heatwise Boiler Care, you're speaking with, uh, Colm'); four days without heating, 'that's miserable, I'm sorry'; synonym paraphrase ('packed in ... no heating or hot water'); first name from 'Mrs Teresa Kavanagh'; two timed commitments; filler inside the closing offer",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "Fillers sit inside both the greeting and the closing offer ('Is there, um, anything else') without breaking them."),
    turns=[
        ("A", "Good morning, thanks for calling, um, Heatwise Boiler Care, you're speaking with, uh, Colm, how can I help?"),
        ("C", "Hello, yes. My boiler stopped working on Friday and we've had no heating or hot water since, and my mother lives with us, she's eighty-six, and the house is freezing."),
        ("A", "Oh, four days with no heat, that's miserable, I'm sorry. Can I take your name and postcode?"),
        ("C", "It's Mrs Teresa Kavanagh, and the postcode is C V 3, 5 N D."),
        ("A", "Thank you, Teresa. Is there a code showing on the boiler's display?"),
        ("C", "It's flashing F 28."),
        ("A", "Okay. So the boiler packed in on Friday with an F 28 on the screen, and you've had no heating or hot water since, with your mum in the house."),
        ("C", "That's right."),
        ("A", "F 28 is an ignition fault. Because you've got someone vulnerable at home, I can put you on our priority list."),
        ("C", "Please."),
        ("A", "An engineer will be with you tomorrow between eight and one, and you'll get a text tonight with his name and a photo."),
        ("C", "Thank you, that's a relief."),
        ("A", "Is there, um, anything else I can help with, Teresa?"),
        ("C", "No, that's all, thank you."),
        ("A", "Thanks for calling, and I hope your mum keeps warm tonight. Bye now."),
    ],
)

call(
    "h8-14-estate-agent-viewing-transfer",
    industry="estate agent",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; routine viewing request (empathy na); paraphrase; transfer that gives a reason ('I don't do the diary for that one') but not where ('One sec, I'll transfer you'), ending the call; customer never named",
    labels=L("pass", "na_or_fail", "na", "pass", "na", "na_or_fail", "na", "fail",
             "The transfer gives a reason but never says where or to whom, so it fails; 'one sec' comes with no silence, so there is no hold."),
    turns=[
        ("A", "Good afternoon, Hollis and Reed, Sophie speaking, how can I help?"),
        ("C", "Hi, I saw a two-bed flat on Elm Road on your website, and I wondered if I could come and see it."),
        ("A", "Which one is it? We've got a couple on Elm Road."),
        ("C", "The second-floor one, with the balcony. Number forty-two, I think."),
        ("A", "Oh yes, the one at two hundred and sixty thousand."),
        ("C", "That's it. Is it still available?"),
        ("A", "It is, yes. When were you thinking?"),
        ("C", "Saturday, if there's anything, I work all week."),
        ("A", "So you'd like to come and look round the second-floor flat on Elm Road some time this Saturday."),
        ("C", "Yes, morning ideally."),
        ("A", "Right, I don't do the diary for that one. One sec, I'll transfer you."),
        ("C", "Okay."),
    ],
)

call(
    "h8-15-bike-shop-ebike-battery",
    industry="bike shop",
    style="ASR: lower-case, no punctuation",
    words=True,
    exercises="full greeting; new e-bike battery won't charge, 'ah thats no fun'; 'the battery' repeats one detail (no paraphrase); agent cuts in 0.6 s with a question; 'we cant swap it today' with no alternative; customer cuts in on the agent; timed replacement; customer never named",
    labels=L("pass", "pass", "pass", "fail", "pass", "na_or_fail", "na", "na",
             "'we cant swap it today' refuses with nothing offered in that turn; the later order is a separate turn."),
    turns=[
        ("A", "hi thanks for calling spoke and chain this is priyanka how can i help"),
        ("C", "hiya i bought an e bike from you two weeks ago and the battery wont charge at all now the light just blinks red when i plug it in"),
        ("A", "ah thats no fun the battery"),
        ("C", "yeah the battery i left it on charge all night and its still on zero and i need it to get to work on monday because i sold my car"),
        ("A", "have you tried it on a different socket or with the charger that came in the box", {"at_end": 0.6, "tag": "intr"}),
        ("C", "yeah two sockets same thing"),
        ("A", "okay sounds like the battery management board can you bring it in today so we can test"),
        ("C", "can you just swap it for a new one while i wait", {"at_end": 0.7}),
        ("A", "we cant swap it today", {"tag": "neg"}),
        ("C", "oh"),
        ("A", "ill order a replacement under the warranty and it should be here by wednesday"),
        ("C", "wednesday okay"),
        ("A", "anything else i can help with"),
        ("C", "no thats it"),
        ("A", "cheers then bye"),
    ],
)

call(
    "h8-16-library-renew-books",
    industry="public library",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; routine renewal (empathy na); customer-caused 16 s wait while finding the card; the agent reads the name off the card and then uses it; 'Three books?' repeats one detail; a bare 'No, not that one' refusal; renewal done; untimed email",
    labels=L("pass", "pass", "na", "fail", "fail", "pass", "na", "na",
             "The customer's search for her card is a customer-caused wait (hold na); 'You'll get an email confirming the new dates' has no time."),
    turns=[
        ("A", "Hello, Ashgrove Library, Nell speaking, what can I do for you?"),
        ("C", "Hello, I'd like to renew my books, please. I've got three out."),
        ("A", "Three books? Have you got your library card number?"),
        ("C", "Hang on, it's in my purse somewhere."),
        ("C", "Here it is. 2 9 0 0 4 1 7 7 3.", {"gap": 16.0, "tag": "wait"}),
        ("A", "Thanks. That's a card for a Mr Lionel Achterberg?"),
        ("C", "That's me."),
        ("A", "Thank you, Mr Achterberg. The two novels are fine. The atlas is reserved by someone else, so that one's due back on Friday."),
        ("C", "Can you not renew it anyway? I'm using it for a project."),
        ("A", "No, not that one.", {"tag": "neg"}),
        ("C", "Right. And the other two?"),
        ("A", "Those are renewed until the twentieth. You'll get an email confirming the new dates."),
        ("C", "Okay."),
        ("A", "Anything else?"),
        ("C", "No, that's all."),
        ("A", "Bye then."),
    ],
)

call(
    "h8-17-lottery-scratchcard-claim",
    industry="lottery operator",
    style="ASR: lower-case, no punctuation",
    words=True,
    exercises="full greeting with 'youve reached'; the shop refused a winning card, frustration ignored; backchannel 'uh-huh'; 'i dont know why the shop said that'; hold asked with a reason and thanked; agent starts exactly 0.5 s before the customer stops (optional); untimed claim form; the customer hangs up; never named",
    labels=L("pass", "fail", "fail", "fail", "fail", "na_or_fail", "pass", "na",
             "The agent never restates the problem or acknowledges the frustration; the customer says 'fine' and hangs up before any closing."),
    turns=[
        ("A", "hello youve reached the lucky star lottery player line this is bev how can i help"),
        ("C", "hi i bought a scratchcard yesterday and it says ive won two hundred pounds but the shop says the card is invalid and they wont pay me and ive been back twice now and im really fed up"),
        ("A", "uh-huh", {"at_start": 4.0, "tag": "bc"}),
        ("A", "i dont know why the shop said that", {"gap": 0.6, "tag": "neg"}),
        ("C", "well neither do i"),
        ("A", "can you read me the ticket number under the barcode"),
        ("C", "its 4 4 1 0 9 8 3 2 2 7"),
        ("A", "can i pop you on hold while i check that number on our system"),
        ("C", "yeah"),
        ("A", "thanks for holding the card is a winner the shop terminal probably just failed to read it", {"gap": 52.0, "tag": "hold"}),
        ("C", "so can i go back to the shop and get my money or do i have to send it somewhere because i dont trust"),
        ("A", "for over a hundred pounds its a postal claim", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "how long does that take"),
        ("A", "youll get a claim form in the post and you send the card back with it"),
        ("C", "fine"),
    ],
)

call(
    "h8-18-funeral-arranging-collection",
    industry="funeral directors",
    style="clean, punctuated",
    words=False,
    exercises="'this is Eleanor' full greeting; bereavement met with 'I'm so sorry for your loss'; the caller names herself and her late mum (different surnames), the agent uses the caller's name; paraphrase; hold asked with a reason and thanked; two timed commitments",
    labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
             "Two names appear (the caller and her late mother); the agent addresses the caller as Rosa, which is the one that counts."),
    turns=[
        ("A", "Good morning, Ashby and Sons Funeral Directors, this is Eleanor, how may I help?"),
        ("C", "Hello. Um. My mum passed away on Sunday, at the hospice, and they said I should ring a funeral director, and I've never done this before."),
        ("A", "I'm so sorry for your loss. Please take your time, there's no rush at all. Could I take your name?"),
        ("C", "It's Rosa Delgado. My mum was Winifred Marsh, she remarried."),
        ("A", "Thank you, Rosa. Which hospice is Winifred at?"),
        ("C", "St Columba's, on the hill."),
        ("A", "We work with them a lot, they're lovely there. Do you know yet whether your mum wanted a burial or a cremation?"),
        ("C", "A cremation. She was very clear about that. And nothing religious."),
        ("A", "Of course. So you'd like us to bring your mum into our care from St Columba's, and arrange a non-religious cremation, probably in the second half of the month."),
        ("C", "Yes. Yes, that's it."),
        ("A", "Would you mind if I put you on hold for a moment while I ring the hospice to check her paperwork is ready for us?"),
        ("C", "No, that's fine."),
        ("A", "Thank you for waiting, Rosa. The hospice have the certificate ready, so we can bring her into our care this afternoon.", {"gap": 54.0, "tag": "hold"}),
        ("C", "Okay. Thank you."),
        ("A", "One of our directors, Martin, will ring you this evening to talk through dates and what you'd like for the service."),
        ("C", "Do I need to do anything before then?"),
        ("A", "Only register the death when you feel able. I'll post you our guide to the first few days, and it'll be with you tomorrow."),
        ("C", "That's really helpful. Can I ask roughly what it costs? I don't want to get it wrong."),
        ("A", "Of course. Our simple cremation package is two thousand one hundred pounds, and that includes the collection, the coffin and the crematorium fee."),
        ("C", "And flowers, that kind of thing?"),
        ("A", "Those are extra, and completely up to you. Some families ask for donations to the hospice instead."),
        ("C", "Oh, she'd like that. She always said St Columba's were wonderful with my dad as well."),
        ("A", "That's a lovely way to remember her."),
        ("C", "Does it have to be the crematorium in town? She always liked the one by the woods, at Greyfriars."),
        ("A", "We can use Greyfriars, yes. Martin will have their dates with him when he rings you this evening."),
        ("C", "Thank you. Sorry, I keep crying."),
        ("A", "Please don't apologise, Rosa, it's only been a few days."),
        ("C", "Thank you. I think that's what I needed to know."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, I think that's everything for now."),
        ("A", "Take care of yourself, Rosa. Goodbye."),
        ("C", "Goodbye."),
    ],
)

call(
    "h8-19-cinema-party-booking",
    industry="cinema",
    style="ASR: lower-case, no punctuation, truncated company name, split name, garbled closing",
    words=False,
    exercises="'hi youre through to roxy pictur uh how can i help' (truncated company, no agent name); routine party booking (empathy na); ASR-split name ('lou see') never used; paraphrase; 'youll need to pay a deposit' borderline; timed email; garbled 'any thing el se'",
    labels=L("fail", "pass", "na", "pass", "pass", "fail", "na", "na",
             "The company is truncated by the ASR but still named; the greeting fails only because no agent name is given."),
    turns=[
        ("A", "hi youre through to roxy pictur uh how can i help"),
        ("C", "hi im trying to book a birthday party for my son for saturday afternoon there'll be twelve kids"),
        ("A", "lovely whats the name for the booking"),
        ("C", "its lou see hart"),
        ("A", "and which film are you thinking"),
        ("C", "the new animated one the one with the penguins"),
        ("A", "okay so you want twelve seats together for the saturday afternoon showing of the penguin film with the party room booked for after"),
        ("C", "yes exactly"),
        ("A", "theres a two oclock with the party room free from four"),
        ("C", "perfect"),
        ("A", "youll need to pay a deposit of twenty pounds to hold the room", {"tag": "neg_opt"}),
        ("C", "thats fine ill pay it now"),
        ("A", "okay thats taken ill send the booking confirmation to your email in the next ten minutes"),
        ("C", "great"),
        ("A", "any thing el se i can help with"),
        ("C", "no thats it"),
        ("A", "cheers bye"),
    ],
)

call(
    "h8-20-business-broadband-line-down",
    industry="business broadband",
    style="clean, punctuated, surname spelled out",
    words=True,
    exercises="full greeting; business line down since yesterday, backchannels inside the long turn; agent starts 0.35 s before the customer stops (not an interruption); agent cuts in 0.9 s and 1.2 s; 'I'm sorry, I know what that costs a business'; completion report ('I've run a line test and raised a fault', not a paraphrase); spelled surname used with a title; timed engineer then untimed compensation; 'Will do.' ends it",
    labels=L("pass", "fail_or_pass", "pass", "fail", "fail", "pass", "na", "na",
             "The agent reports what was done but never restates the fault; she offers further help but ends on 'Will do' with no thanks or goodbye."),
    turns=[
        ("A", "Good afternoon, Corvex Business, Imran speaking, how can I help today?"),
        ("C", "Hi, our broadband's been down since yesterday lunchtime. We're a café and a bakery, the card machines run on it, the online orders come through it, and we've been turning people away all morning, cash only, it's a disaster."),
        ("A", "Mm-hmm.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Right.", {"at_start": 9.5, "tag": "bc"}),
        ("A", "I'm sorry, I know what that costs a business. Can I take your name and the account number?", {"at_end": 0.35}),
        ("C", "It's Beverley Amankwah, that's A M A N K W A H, and the account is C B 6 6 1 2 0."),
        ("A", "Thank you, Ms Amankwah. Are the lights on the router green or red?"),
        ("C", "There's a red one flashing where it says broadband, and the others are off, and I've already turned it off and on twice, and my manager did it this morning as well before I got"),
        ("A", "That's fine, you don't need to do it again.", {"at_end": 0.9, "tag": "intr"}),
        ("C", "Okay."),
        ("A", "I've run a line test and raised a fault. It's showing a break between the cabinet and your building."),
        ("C", "So what does that mean, is someone coming out, because I can't do another day like this, we'll lose the weekend trade as well if it's"),
        ("A", "An engineer will attend tomorrow morning, first appointment, eight o'clock.", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Okay, good."),
        ("A", "And we'll apply compensation for the days you've been without service."),
        ("C", "Thanks."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, just get it fixed."),
        ("A", "Will do."),
    ],
)

call(
    "h8-21-crypto-withdrawal-pending",
    industry="crypto exchange",
    style="clean, punctuated",
    words=False,
    exercises="full greeting with 'welcome to'; withdrawal stuck three days, worry ignored; paraphrase; 'We can't speed it up' with no alternative; 'You have to wait...' demand; name given never used; transfer naming only the team ('I'm transferring you to compliance'), no reason",
    labels=L("pass", "na_or_fail", "fail", "pass", "na", "fail", "na", "fail",
             "The transfer names where (compliance) but not why, so it fails; both refusals offer nothing instead."),
    turns=[
        ("A", "Hi there, welcome to Nexacoin support, my name is Jordan, what can I do for you?"),
        ("C", "Hi. I made a withdrawal on Monday, nought point four bitcoin to my own wallet, and it's still showing pending. That's most of my savings and I'm getting really worried."),
        ("A", "Can I take your name and the email on the account?"),
        ("C", "Viktor Halloran, and it's v halloran at mailbox dot com."),
        ("A", "Thanks. So your withdrawal of nought point four bitcoin to your own wallet has been stuck on pending since Monday, and you want to know where it is."),
        ("C", "Yes. Is it lost?"),
        ("A", "It's not lost, it's been flagged for a compliance review."),
        ("C", "Can you speed it up? I need some of it this week."),
        ("A", "We can't speed it up.", {"tag": "neg"}),
        ("C", "So what am I supposed to do?"),
        ("A", "You have to wait for compliance to finish their review.", {"tag": "neg"}),
        ("C", "Can I at least talk to them?"),
        ("A", "I'm transferring you to compliance."),
        ("C", "Fine."),
    ],
)

call(
    "h8-22-pet-insurance-claim-declined",
    industry="pet insurance",
    style="ASR: lower-case, no punctuation, misheard company name",
    words=True,
    exercises="ASR-split company ('paw secure'); declined claim for a cat's surgery, 'that sounds really stressful'; the agent reads the policyholder's name from the account and then uses it; policy read-back, not a paraphrase; 'its our policy ... i cant pay that' cuts in 0.75 s; customer cuts in on the agent; untimed callback",
    labels=L("pass", "pass", "pass", "fail", "fail", "pass", "na", "na",
             "Reading the policy limits and exclusions back is not restating the customer's request; the policy refusal both cuts in and is negative."),
    turns=[
        ("A", "good morning thank you for calling paw secure pet insurance my name is ffion how can i help"),
        ("C", "hi ive had a letter saying you wont pay for my cats operation its nearly two thousand pounds and ive already paid the vet"),
        ("A", "oh no that sounds really stressful whats the policy number"),
        ("C", "p s 3 0 8 8 1 2"),
        ("A", "okay i can see the policy is under a mister des fairweather"),
        ("C", "yeah thats me"),
        ("A", "thanks des so your policy covers up to two thousand pounds per condition per year and it excludes any condition that showed signs before the policy"),
        ("C", "but she never had anything wrong with her before the vet just said it was a lump and they took it out and it was fine and i dont see how"),
        ("A", "its our policy that pre existing conditions arent covered so i cant pay that", {"at_end": 0.75, "tag": ("neg", "intr")}),
        ("C", "it wasnt pre existing"),
        ("A", "the vet notes from march mention a small lump so the claims team"),
        ("C", "that was a different lump on her other side", {"at_end": 0.6}),
        ("A", "okay ill ask the claims team to look at it again and someone will call you back"),
        ("C", "right"),
        ("A", "is there anything else i can do for you des"),
        ("C", "no"),
        ("A", "okay thanks for calling bye"),
    ],
)

call(
    "h8-23-school-bus-not-turning-up",
    industry="school transport",
    style="clean with fillers",
    words=False,
    exercises="'Um, hello, Coachlink School Travel, you're speaking to, er, Bridget.' with no offer (greeting fail); missed bus as a fact, 'Oh, that's not good, sorry'; paraphrase; 'Let me check the driver's log, one moment' (reason given) then 22 s and no thanks; untimed 'get back to you'; no name taken",
    labels=L("fail", "pass", "pass", "pass", "fail", "na_or_fail", "fail", "na",
             "The wait was announced with a reason but nothing thanks the parent afterwards, so hold fails; 'I'll get back to you' has no time."),
    turns=[
        ("A", "Um, hello, Coachlink School Travel, you're speaking to, er, Bridget."),
        ("C", "Hi. The school bus hasn't turned up at our stop on Monday or Tuesday, and my son's been late for school both days. I had to drive him in and I was late for work."),
        ("A", "Oh, that's not good, sorry. Which stop is it?"),
        ("C", "Brook Lane, by the post box. It's meant to come at seven forty."),
        ("A", "And which school?"),
        ("C", "Kingsmead Academy."),
        ("A", "So the seven forty pick-up at Brook Lane for Kingsmead didn't come on Monday or Tuesday, and your son ended up late both mornings."),
        ("C", "Yes, and he's got exams coming up."),
        ("A", "Let me check the driver's log, one moment."),
        ("A", "Right, it says the route was covered by a relief driver this week.", {"gap": 22.0, "tag": "hold"}),
        ("C", "Well, the relief driver isn't stopping."),
        ("A", "I'll speak to the depot manager and get back to you."),
        ("C", "Okay."),
        ("A", "Anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, bye."),
    ],
)

call(
    "h8-24-opticians-glasses-snapped",
    industry="opticians",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; new glasses broken after a week, no empathy; 'The left arm?' repeats one detail; bare 'No, we don't do repairs here.' with the alternative only in a later turn; 'Hang on.' with no reason, 12 s, no thanks (hold fail); timed lab return; never named; goodbye only",
    labels=L("pass", "fail_or_pass", "fail", "fail", "pass", "na_or_fail", "fail", "na",
             "The refusal offers nothing in its own turn (the lab option comes after the customer asks), so it is negative; the call closes with 'Bye' only."),
    turns=[
        ("A", "Hello, Vision First Opticians, this is Kerry, how can I help?"),
        ("C", "Hi, I picked up new glasses from you last Thursday and the arm's just snapped off. I haven't even had them a week."),
        ("A", "The left arm?"),
        ("C", "The right one. Right where the hinge is. Can you fix it?"),
        ("A", "No, we don't do repairs here.", {"tag": "neg"}),
        ("C", "So what am I supposed to do, I can't see a thing without them."),
        ("A", "Hang on."),
        ("A", "Right, they're under the frame guarantee, so you can bring them in and we'll send them to the lab the same day.", {"gap": 12.5, "tag": "hold"}),
        ("C", "How long will that take?"),
        ("A", "They'll be back with us in about ten days, and we can lend you a pair of readers in the meantime."),
        ("C", "Okay, thanks. Bye."),
        ("A", "Bye."),
    ],
)

call(
    "h8-25-furniture-sofa-damaged",
    industry="furniture retailer",
    style="clean, punctuated",
    words=True,
    exercises="full greeting; damaged sofa and missing feet as facts, backchannels in the long turn; agent starts 0.4 s early (not an interruption); 'I'm sorry, that's not what you want after waiting eight weeks'; paraphrase; agent cuts in 1.1 s; customer cuts in on the agent; feet timed 'by Thursday' but the technician only 'soon'; name given, never used",
    labels=L("pass", "pass", "pass", "pass", "fail", "fail", "na", "na",
             "A vague 'soon' after a timed delivery makes follow-up fail; Mr Eze gives his name and the agent never uses it."),
    turns=[
        ("A", "Good morning, thank you for calling Halden Home, my name's Chloe, how can I help?"),
        ("C", "Hi, yes. Our sofa was delivered yesterday, after eight weeks, and when we unwrapped it one of the seat cushions has a tear along the seam, about ten centimetres, and the feet aren't in the box at all, so it's just sitting on the floor."),
        ("A", "Uh-huh.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Okay.", {"at_start": 9.8, "tag": "bc"}),
        ("A", "Oh, I'm sorry, that's not what you want after waiting eight weeks. Can I take the order number?", {"at_end": 0.4}),
        ("C", "It's H H 5 5 0 2 9 1, and it's in the name of Chidi Eze."),
        ("A", "Thank you. So the sofa came yesterday with a tear in one of the seat cushions, and the four feet weren't packed with it."),
        ("C", "That's it. And I did check the box twice, and the packaging, and there's nothing in there, it's all gone out for recycling now but I'd have"),
        ("A", "That's fine, I can see the feet were packed separately and never loaded.", {"at_end": 1.1, "tag": "intr"}),
        ("C", "Oh, right."),
        ("A", "I'll post the feet out today by courier, and they'll arrive by Thursday. For the cushion we'd normally send a"),
        ("C", "Can you not just send a new cushion?", {"at_end": 0.7}),
        ("A", "It's a fitted cover, so a technician will come out and replace it for you. Someone will be in touch soon to book that."),
        ("C", "Okay, fine."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's everything."),
        ("A", "Thank you for calling, goodbye."),
    ],
)

call(
    "h8-26-driving-school-late-instructor",
    industry="driving school",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="'hiya clearview driving school uh how can i help' has no agent name; complaint about a late instructor, 'oh im sorry thats not on' (empathy, not a restatement); no paraphrase; first name used; transfer naming the manager and why, ending the call",
    labels=L("fail", "na_or_fail", "pass", "fail", "na", "pass", "na", "pass",
             "The agent's 'thats not on' acknowledges the complaint without restating it; the transfer names Sandra the manager and the reason."),
    turns=[
        ("A", "hiya clearview driving school uh how can i help"),
        ("C", "hi yeah my instructor has turned up late three times now like twenty minutes late and im paying forty quid an hour and i still get charged the full lesson"),
        ("A", "oh im sorry thats not on at all whats your name"),
        ("C", "its abdul abdul karim"),
        ("A", "thanks abdul and whos your instructor"),
        ("C", "its steve the one with the blue car"),
        ("A", "right okay and when was the last one"),
        ("C", "saturday i waited outside for twenty five minutes"),
        ("A", "okay abdul im going to put you through to sandra our manager because she deals with complaints about instructors and she can sort out the refund"),
        ("C", "okay"),
        ("A", "putting you through now"),
        ("C", "thanks"),
    ],
)

call(
    "h8-27-appliance-cover-washer-leak",
    industry="appliance warranty",
    style="clean, punctuated",
    words=False,
    exercises="'Hello, you've reached Sentinel Appliance Cover, this is Ade' full greeting; leaking washer and a wet kitchen floor, no empathy; the agent reads the policyholder's name and then uses the nickname she gives; paraphrase; unannounced 15 s silence, then 'Thanks for waiting' (hold fail); 'You'll need to turn the water off' borderline; timed call; no closing from the agent",
    labels=L("pass", "fail", "fail", "pass", "pass", "pass", "fail", "na",
             "The silence was never announced, so thanking her afterwards does not save the hold; the customer says bye and the agent offers nothing."),
    turns=[
        ("A", "Hello, you've reached Sentinel Appliance Cover, this is Ade, how can I help?"),
        ("C", "Hi, my washing machine's leaking all over the kitchen floor every time it spins. I've had towels down for two days."),
        ("A", "What's your policy number?"),
        ("C", "S A C 4 0 9 1 7 3."),
        ("A", "The policy's in the name of Margaret Bly?"),
        ("C", "Yes, that's me, everyone calls me Maggie."),
        ("A", "Okay, Maggie. So the washer's leaking from underneath during the spin cycle, and you'd like an engineer out under your cover."),
        ("C", "Yes please."),
        ("A", "Thanks for waiting. You're covered for the repair, there's no excess.", {"gap": 15.0, "tag": "hold"}),
        ("C", "Oh good."),
        ("A", "An engineer will call you within forty-eight hours to arrange a visit."),
        ("C", "And until then?"),
        ("A", "You'll need to turn the water off at the tap under the sink until then.", {"tag": "neg_opt"}),
        ("C", "Okay."),
        ("A", "That's all set up, then."),
        ("C", "Right. Bye."),
    ],
)

call(
    "h8-28-rail-cancelled-trains-compensation",
    industry="train operator",
    style="ASR: lower-case, no punctuation, split name",
    words=True,
    exercises="filler inside the greeting ('good afternoon uh thanks for calling western rail'); three cancelled trains, frustration ignored; backchannel 'right'; 'so what youre after is...' paraphrase starting exactly 0.5 s before the customer stops (optional); ASR-split name ('mar garet') then 'margaret'; 'youll get the money back shortly' (vague)",
    labels=L("pass", "pass", "fail", "pass", "fail", "pass", "na", "na",
             "The customer's name is split by the ASR ('mar garet') and the agent's use of it is whole; 'shortly' gives no time, so follow-up fails."),
    turns=[
        ("A", "good afternoon uh thanks for calling western rail customer relations this is tunde how can i help you"),
        ("C", "hi three of my trains were cancelled last week the seven fifteen on monday wednesday and thursday and i had to get taxis twice and i was late for work every time and im sick of it"),
        ("A", "right", {"at_start": 5.0, "tag": "bc"}),
        ("A", "can i take your name and your season ticket number", {"gap": 0.6}),
        ("C", "its mar garet oduya and the number is 0 0 4 5 1 2 7 8"),
        ("A", "thanks margaret let me look"),
        ("C", "and i want to know whether the taxis are covered because that was sixty pounds on its own and i kept"),
        ("A", "so what youre after is compensation for the three cancelled trains and the taxi fares", {"at_end": 0.5, "tag": "intr_opt"}),
        ("C", "yes"),
        ("A", "the cancellations are covered by delay repay and taxis are covered up to forty pounds each time if you send receipts"),
        ("C", "okay i have the receipts"),
        ("A", "great ill put the claim in now and youll get the money back shortly"),
        ("C", "okay"),
        ("A", "anything else i can help with"),
        ("C", "no thats it"),
        ("A", "thanks for calling margaret bye"),
    ],
)

call(
    "h8-29-breakdown-motorway-hard-shoulder",
    industry="roadside breakdown cover",
    style="clean, punctuated",
    words=False,
    exercises="'Hello, Roadguard Rescue, this is Kim, are you somewhere safe?' has no offer to help (greeting fail); frightened driver on the hard shoulder, 'That's horrible'; paraphrase; first name used; two timed commitments",
    labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
             "A safety question is not an offer to help, so the greeting fails despite the salutation, company and name."),
    turns=[
        ("A", "Hello, Roadguard Rescue, this is Kim, are you somewhere safe?"),
        ("C", "Um, I think so. My car's just lost all power on the motorway, I've pulled onto the hard shoulder, and I've got my daughter with me, and the lorries are going past so fast."),
        ("A", "That's horrible, you've done exactly the right thing. Are you both out of the car and behind the barrier?"),
        ("C", "Yes, we're up on the grass."),
        ("A", "Good. Can I take your name and where you are?"),
        ("C", "It's Jo Fenwick. The M5 northbound, just past junction 14, there's a marker post that says A 2 1 3."),
        ("A", "Thank you, Jo. So you've lost power on the M5 northbound just after junction 14, you're on the hard shoulder, and you and your daughter are behind the barrier."),
        ("C", "Yes."),
        ("A", "A patrol will be with you within forty-five minutes, and I'll text you the driver's name and van number in the next five minutes."),
        ("C", "Okay. Thank you."),
        ("A", "Stay behind the barrier, and don't go back to the car. Is there anything else you need right now, Jo?"),
        ("C", "No, I think we're okay."),
        ("A", "Stay safe, bye for now."),
    ],
)

call(
    "h8-30-nursery-funded-hours-blind-transfer",
    industry="childcare nursery",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="'morning little acorns nursery this is gemma' with no offer; routine funding question (empathy na); 'i dont know how that works to be honest'; name given never used; blind transfer ('hang on ill put you through') ending the call",
    labels=L("fail", "na_or_fail", "na", "fail", "na", "fail", "na", "fail",
             "'hang on ill put you through' is a transfer that says neither where nor why, not a hold."),
    turns=[
        ("A", "morning little acorns nursery this is gemma"),
        ("C", "hi im kirsty my daughters starting with you in january and i wanted to ask about the thirty free hours"),
        ("A", "oh yeah what about them"),
        ("C", "well she turns three in december so does she get them from january or do we have to wait"),
        ("A", "i dont know how that works to be honest", {"tag": "neg"}),
        ("C", "oh"),
        ("A", "is she booked in for three days or five"),
        ("C", "three days monday to wednesday"),
        ("A", "okay hang on ill put you through"),
        ("C", "um okay"),
        ("A", "putting you through now"),
        ("C", "thanks"),
    ],
)

call(
    "h8-31-photo-print-double-charge",
    industry="online photo printing",
    style="clean with fillers, name spelled out",
    words=True,
    exercises="'Hi, uh, you've reached Printhaus, I'm Zoe' full greeting; double charge as a bare fact, no empathy; spelled first name never used; agent cuts in 0.65 s; customer cuts in on the agent; completion report ('I've refunded the second payment', not a paraphrase); timed refund",
    labels=L("pass", "pass", "fail", "fail", "pass", "fail", "na", "na",
             "The agent reports the refund but never restates the double charge or acknowledges it; the spelled-out name is never used."),
    turns=[
        ("A", "Hi, uh, you've reached Printhaus, I'm Zoe, how can I help?"),
        ("C", "Hi. I ordered a canvas print on Sunday and I've been charged for it twice, thirty-four ninety-nine, two times, on my credit card."),
        ("A", "Okay. Can I take the name on the order?"),
        ("C", "It's Sian, S I A N, Pritchard."),
        ("A", "And the email address?"),
        ("C", "Sian dot pritchard at webpost dot co dot uk. I did press the button twice because the page froze, but it should have only gone through once, surely, it said it was"),
        ("A", "Yes, I can see two identical orders two minutes apart.", {"at_end": 0.65, "tag": "intr"}),
        ("C", "So will I get two canvases?"),
        ("A", "No, I've cancelled the second order, and I've refunded the second payment, so you're only paying for one and"),
        ("C", "Oh, good.", {"at_end": 0.5}),
        ("A", "The refund will be back on your card in three to five working days."),
        ("C", "Great, thanks."),
        ("A", "Anything else I can do for you?"),
        ("C", "No, that's all."),
        ("A", "Thanks, bye!"),
    ],
)

call(
    "h8-32-self-storage-notice-period",
    industry="self storage",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; routine move-out turns into annoyance at the notice period, not acknowledged; customer-caused 13 s wait finding the unit number; paraphrase; 'It's our policy ... so I can't' refusal; first name used; a transfer offered and declined (transfer na); timed final payment; only 'Is there anything else?'",
    labels=L("pass", "fail_or_pass", "fail", "pass", "pass", "pass", "na", "na",
             "A transfer is offered but the customer declines it, so no transfer happens (na); the call ends on 'Is there anything else?' with no thanks."),
    turns=[
        ("A", "Good morning, StoreSafe Kirkby, this is Arjun, how can I help?"),
        ("C", "Hi, I'm moving out of my unit at the end of the month and I want to stop the payments."),
        ("A", "Sure. Can I take your name and the unit number?"),
        ("C", "Hugo Lindqvist. The unit number, hold on, it's on the key fob."),
        ("C", "Two one four.", {"gap": 13.0, "tag": "wait"}),
        ("A", "Thanks, Hugo. So you're clearing out unit two one four by the thirty-first and you want the direct debit to stop after that."),
        ("C", "Yes."),
        ("A", "There's a month's notice on the contract, so the earliest end date is the fifteenth of next month."),
        ("C", "That's ridiculous, nobody told me that when I signed up. Can't you just end it on the thirty-first?"),
        ("A", "It's our policy to charge the full notice period, so I can't end it on the thirty-first.", {"tag": "neg"}),
        ("C", "Right."),
        ("A", "I could put you through to the branch manager if you'd like to ask him."),
        ("C", "No, don't bother. Just end it as soon as you can."),
        ("A", "I've set the end date to the fifteenth, and the final payment will come out that day."),
        ("C", "Fine."),
        ("A", "Is there anything else?"),
        ("C", "No."),
    ],
)

call(
    "h8-33-locksmith-locked-out",
    industry="locksmith",
    style="ASR: lower-case, no punctuation, clipped first word, garbled closing",
    words=False,
    exercises="ASR clipped the salutation ('anks for calling keyfast locksmiths this is ollie'); locked out in the rain, 'oh thats no fun in this weather'; paraphrase; 'youll need to show some id' borderline; 'someone will be with you soon' (vague); never named; garbled 'anything else i can elp with'",
    labels=L("pass", "pass", "pass", "pass", "fail", "na_or_fail", "na", "na",
             "'anks for calling' is the ASR clipping 'thanks for calling', so the salutation is there; 'soon' is no time frame."),
    turns=[
        ("A", "anks for calling keyfast locksmiths this is ollie how can i help"),
        ("C", "hi im locked out of my house the door shut behind me and my keys are on the kitchen table and its pouring down"),
        ("A", "oh thats no fun in this weather whats the address"),
        ("C", "fourteen orchard rise in bramley"),
        ("A", "and is it a normal yale type lock or a upvc door"),
        ("C", "its a white plastic door with a handle you lift up"),
        ("A", "okay so youre locked out of the front door its a upvc one and the keys are inside"),
        ("C", "yeah"),
        ("A", "its a sixty five pound call out and then the opening is usually included"),
        ("C", "fine just send someone"),
        ("A", "someone will be with you soon"),
        ("C", "okay"),
        ("A", "youll need to show some id when he gets there", {"tag": "neg_opt"}),
        ("C", "my ids inside the house"),
        ("A", "a utility bill on your phone is fine"),
        ("C", "okay"),
        ("A", "anything else i can elp with"),
        ("C", "no"),
        ("A", "right cheers bye"),
    ],
)

call(
    "h8-34-credit-union-loan-status",
    industry="credit union",
    style="clean, punctuated",
    words=False,
    exercises="full greeting; routine status check (empathy na); the agent reads the application details back (account read-back, not a paraphrase); 'I'm not sure, let me find out' (not negative); hold asked with a reason and thanked; timed decision; title + surname",
    labels=L("pass", "pass", "na", "fail", "pass", "pass", "pass", "na",
             "The agent reads the application record back but never restates what the member is asking; 'let me find out' is not 'I don't know'."),
    turns=[
        ("A", "Good afternoon, thank you for calling Riverside Credit Union, my name is Delroy, how can I help you today?"),
        ("C", "Hello, I'm calling to see where my loan application's got to. I need to pay a garage bill next week."),
        ("A", "Of course. Can I take your name and member number?"),
        ("C", "Fatima Rahman, Mrs, and it's 1 0 0 4 8 2."),
        ("A", "Thank you, Mrs Rahman. I can see your application here: fifteen hundred pounds over twenty-four months, at nine point nine percent, submitted on Friday the sixth."),
        ("C", "That's the one."),
        ("A", "It's with the lending team at the moment."),
        ("C", "Do you know if it's going to be approved?"),
        ("A", "I'm not sure, let me find out. Could I put you on hold for a minute while I check with the lending team?"),
        ("C", "Yes, that's fine."),
        ("A", "Thanks for holding, Mrs Rahman. They're just waiting on your last payslip, which came in this morning.", {"gap": 47.0, "tag": "hold"}),
        ("C", "Oh, good."),
        ("A", "You'll get a decision by email by five o'clock today."),
        ("C", "Lovely, thank you."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's everything."),
        ("A", "Thank you for calling, have a good afternoon, goodbye."),
    ],
)

call(
    "h8-35-music-streaming-cancel",
    industry="music streaming",
    style="ASR: lower-case, no punctuation",
    words=False,
    exercises="'hi this is tunewave how can i help' (company after 'this is', no agent name); routine cancellation (empathy na); completion report ('ive cancelled it', not a paraphrase); timed end of access but an untimed confirmation email; never named; the agent never closes",
    labels=L("fail", "fail", "na", "fail", "fail", "na_or_fail", "na", "na",
             "The end of access is timed but the confirmation email is not; the call ends with 'thats all done' and no offer or thanks."),
    turns=[
        ("A", "hi this is tunewave how can i help"),
        ("C", "hi i want to cancel my family plan please"),
        ("A", "whats the email on the account"),
        ("C", "its musicfan 88 at fastmail dot com"),
        ("A", "okay and are you the account owner"),
        ("C", "yeah"),
        ("A", "okay ive cancelled it"),
        ("C", "right do i still have it until the end of the month"),
        ("A", "yeah your access will stop on the fourteenth when the billing period ends"),
        ("C", "okay"),
        ("A", "youll get a confirmation email"),
        ("C", "okay"),
        ("A", "thats all done"),
        ("C", "ok"),
    ],
)

call(
    "h8-36-skip-hire-not-collected",
    industry="skip hire",
    style="clean, punctuated",
    words=True,
    exercises="full greeting ('Morning, Hadley Skips, Craig speaking'); skip stuck on the drive for five days, backchannel, no empathy; agent cuts in 0.55 s with a paraphrase; 'Collections aren't done from this desk' (borderline) then 'That's not my department'; title + surname used; transfer naming the team and why, ending the call",
    labels=L("pass", "na_or_fail", "fail", "pass", "na", "pass", "na", "pass",
             "'That's not my department' is negative even though a proper transfer follows; the paraphrase cuts in 0.55 s, just past the edge."),
    turns=[
        ("A", "Morning, Hadley Skips, Craig speaking, what can I do for you?"),
        ("C", "Hi, it's Mr Shah, Pradeep Shah. You were supposed to collect my skip on Monday and it's still sitting on my drive, and I can't get my car out, and I've rung twice already and nobody's come."),
        ("A", "Right.", {"at_start": 4.5, "tag": "bc"}),
        ("A", "So the skip was due to be picked up on Monday and it's still on your drive, blocking the car in.", {"at_end": 0.55, "tag": "intr"}),
        ("C", "Yes. Five days now."),
        ("A", "What's the address, Mr Shah?"),
        ("C", "Nine Coppice Way, Hadley."),
        ("A", "I can see the booking. Collections aren't done from this desk, I only take new hires.", {"tag": "neg_opt"}),
        ("C", "Well, who do I talk to then?"),
        ("A", "That's not my department, collections is a different office.", {"tag": "neg"}),
        ("C", "I don't care whose department it is, I want it gone."),
        ("A", "I'll put you through to our collections team now, Mr Shah, because they schedule the lorries."),
        ("C", "Fine."),
    ],
)


# ---------------------------------------------------------------------------
# README: who, when, make-up, label counts (computed), judgement calls.
# ---------------------------------------------------------------------------

JUDGEMENT_CALLS = [
    "Greeting, company after 'this is': 'Hi, um, this is Ledgerly support' (h8-04), 'Hi, this is Cobalt "
    "Tickets' (h8-08) and 'hi this is tunewave' (h8-35) name the company, not the agent, so they fail. "
    "'Good morning, Larkfield Vets, you're speaking to Hannah' and 'Morning, Hadley Skips, Craig speaking' "
    "pass: 'Morning' is a salutation and a bare company name is self-identification.",
    "Greeting, missing parts: no agent name (h8-02 'Community Legal Advice line', h8-19, h8-26); no offer to "
    "help (h8-06, h8-10 'Ruth speaking.', h8-23, h8-30); h8-12 has neither. 'are you somewhere safe?' "
    "(h8-29) is a safety check, not an offer to help, so that greeting fails although it has the other three.",
    "Greeting, ASR damage: a truncated company ('roxy pictur', h8-19) or a split one ('paw secure', h8-22) "
    "still names the company; 'this is this is leon' (h8-09) is a repetition; 'anks for calling' (h8-33) is "
    "the ASR clipping 'thanks for calling' and counts as the salutation. Fillers inside greetings and closing "
    "offers ('thanks for calling, um, Heatwise Boiler Care, you're speaking with, uh, Colm', 'Is there, um, "
    "anything else') do not break them.",
    "Closing: 'Anything else?' / 'Is there anything else?' with no thanks or goodbye (h8-04, h8-20 "
    "'Will do.', h8-32) and 'Thanks for calling Cobalt Tickets, bye' or a bare 'Bye.' with no offer "
    "(h8-08, h8-24) are fail_or_pass. Calls where the agent does neither (h8-12, h8-17 customer hangs up, "
    "h8-27, h8-35) fail. Garbled offers ('any thing elts', 'any thing el se', 'anything else i can elp "
    "with') and 'thanks for colin bye' are read as what was said. A call ending in a transfer is na_or_fail.",
    "Personalization: only the customer's own name counts. h8-01 uses the dog's name 'Biscuit' but never "
    "'Tom' (fail); h8-18 names the caller and her late mother and uses the caller's 'Rosa' (pass). A name "
    "the agent reads off the account counts as given: used afterwards (h8-16 'Mr Achterberg', h8-22 'des', "
    "h8-27 'Maggie', the nickname she offers) passes; read out as 'a miss fiona gallacher is that you' and "
    "never used again (h8-09) fails, because reading it out to check identity is not addressing her. "
    "ASR-split names ('mar garet' / 'margaret', h8-28) and spelled names ('n k e c h i', h8-03; "
    "'A M A N K W A H', h8-20) used by the agent pass; the spelled 'S I A N' (h8-31) is never used (fail). "
    "An email address with no name in it (h8-35) is not a name.",
    "Paraphrase: read-backs of the account or policy are not restatements of the request: the solar system "
    "record (h8-05), the loan application record (h8-34), the refund terms (h8-08) and the pet policy's "
    "limits and exclusions (h8-22). Completion reports ('I've run a line test and raised a fault' h8-20, "
    "'I've refunded the second payment' h8-31, 'ive cancelled it' h8-35) are not either. 'Three books?' "
    "(h8-16), 'The left arm?' (h8-24) and 'the battery' (h8-15) repeat one detail. 'oh im sorry thats not on "
    "at all' (h8-26) is empathy, not a restatement. Restatements in other words pass, with or without a cue "
    "('so what youre after is...', 'push your place back a year', 'the boiler packed in'); a paraphrase "
    "that cuts in is still a paraphrase (h8-06, h8-36).",
    "Empathy: brief acknowledgements count ('That's no fun' h8-05, 'ah sorry about that' h8-09, 'ah thats "
    "no fun' h8-15, 'Oh, that's not good, sorry' h8-23). A double charge (h8-31), a leak (h8-27), a broken "
    "pair of glasses (h8-24) or a refused win (h8-17) stated as plain facts still need acknowledging, and "
    "fail without it. h8-32 starts routine but the customer calls the notice period 'ridiculous', which is "
    "never acknowledged (fail). Routine requests (deferral, booking, renewal, party booking, funding "
    "question, loan status, cancellation, viewing) are na.",
    "Follow-up: a vague time after a timed one fails the call ('someone from the office will ring you' h8-05, "
    "payslips 'later' h8-10, technician 'soon' h8-25, compensation with no time h8-20, a letter with no time "
    "h8-02). 'should be out soon' (h8-04), 'someone will be with you soon' (h8-33), 'shortly' (h8-28), "
    "'get back to you' (h8-23), 'someone will call you back' (h8-22), 'a claim form in the post' (h8-17), "
    "'a confirmation email' (h8-35) and 'We'll text you when it's in' (h8-12, a condition, not a time) "
    "fail. 'within fourteen days', 'in the next ten minutes', 'by five o'clock today', 'the same day', "
    "'that day' (the fifteenth just named), 'right now' (h8-01) are times. Completed actions ('that's both booked in', 'those "
    "are renewed until the twentieth', 'ive cancelled it') and 'I'll put you through' are not commitments "
    "(h8-07, h8-11, h8-14, h8-26, h8-30, h8-36 have none: na).",
    "Hold: asked or announced with a reason and thanked afterwards passes (h8-03, h8-06, h8-09, h8-17, "
    "h8-18, h8-34). 'Bear with me.' with no reason, thanked after 18 s (h8-10), and an unannounced 15 s "
    "silence thanked afterwards (h8-27) fail: both parts are needed. 'Let me check the driver's log, one "
    "moment' with 22 s and no thanks (h8-23), 'Hang on.' with 12.5 s and no thanks (h8-24) and an "
    "unannounced 14 s silence (h8-04) fail. Waits while the customer finds a card or key fob (h8-16, h8-32) "
    "are na. 'One sec, I'll transfer you' and 'hang on ill put you through' are transfers with no silence, "
    "not holds.",
    "Transfer: pass when the agent names where and why (h8-11 payment plans team, h8-26 Sandra the manager, "
    "h8-36 collections team). 'I'm transferring you to compliance' (h8-21) names where but not why; 'I don't do the "
    "diary for that one. One sec, I'll transfer you' (h8-14) gives why but not where; 'hang on ill put you "
    "through' (h8-30) gives neither: all three fail. "
    "h8-32 offers a transfer that the customer declines: no transfer happened (na).",
    "Negative language: 'I don't know why...' (h8-04, h8-17), 'I don't know, it should have...' (h8-12) and "
    "'i dont know how that works' (h8-30) are negative; 'I'm not sure, let me find out' (h8-34) is not. "
    "Refusals with nothing offered in the same turn are negative even when help follows later ('we cant "
    "swap it today' h8-15, 'No, we don't do repairs here.' h8-24, 'No, not that one.' h8-16). 'We can't do "
    "Saturdays, ... but what I can do is...' (h8-07) and 'i cant cancel it on the phone but what i can do "
    "is...' (h8-09) are not. 'No, I've cancelled the second order' (h8-31) answers a question and helps. "
    "'That's not my department' (h8-36) is negative even though a proper transfer follows.",
    "Optional negative language: 'You'll need to keep paying your rent' (h8-02), 'youll need to pay a "
    "deposit' (h8-19), 'You'll need to turn the water off' (h8-27) and 'youll need to show some id' (h8-33) "
    "are neutral instructions in the rubric's borderline class. 'Collections aren't done from this desk, I "
    "only take new hires' (h8-36) says 'not my department' in other words, with no alternative in that "
    "turn: optional, while the literal 'That's not my department' two turns later is negative.",
    "Interruptions: an agent start 0.55 s or more before the customer stops, not a backchannel, is an "
    "interruption (0.55 s h8-36, 0.6 s h8-15, 0.65 s h8-31, 0.7 s h8-01, 0.75 s h8-22, 0.8 s h8-06, "
    "0.9 s and 1.2 s h8-20, 1.0 s h8-04, 1.1 s h8-25); exactly 0.5 s (h8-08, h8-17, h8-28) is optional; "
    "0.35-0.4 s early starts (h8-20, h8-25) are not interruptions. 'Mm-hmm', 'Uh-huh', 'Okay', 'Right', "
    "'yeah' inside a long customer turn are backchannels. Customers cutting in on the agent (h8-04, h8-08, "
    "h8-15, h8-22, h8-25, h8-31) are not agent interruptions.",
]


def write_readme(built: list[tuple[dict, dict]], all_labels: dict) -> None:
    m = make_up(built)
    lines = [
        f"# holdout8: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session (an AI assistant started by the",
        "  project's main session), working only from `/work/shared/RUBRIC.md` (plus `docs/call-format.md`",
        "  for the file format, `tests/data/make_holdout7.py` for its turn builder, word timings and",
        "  self-checks, `tests/data/holdout7/README.md` for this layout and `tests/data/holdout7-labels.json`",
        "  for the key structure; no holdout7 call, wording, company or person was reused). It did not read",
        "  or run `nlp/`, `scorecards/`, `bench/`, `docs/detectors.md`, `tests/nlp/`, the other `tests/data`",
        "  sets' calls, `/work/shared/data/` or `/work/shared/eval/`, and no detector, scorer or `qa-service`",
        "  was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout8", when="2026-12-01")
    lines += [
        "## Make-up",
        "",
        f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries, none",
        "of them holdout7's: " + ", ".join(m.industries) + ".",
        f"{m.n_word_timed} calls carry word timings with genuine overlaps (agent cut-ins of 0.55-1.2 s, three on",
        "exactly 0.5 s, 0.35-0.4 s early starts, backchannels inside long customer turns, customers cutting in",
        f"on agents); {m.n_calls - m.n_word_timed} have utterance times only. {m.n_asr} calls are ASR-style (lower case,",
        "no punctuation, split, clipped or misheard words: \"roxy pictur\", \"paw secure\", \"anks for calling\",",
        "\"this is this is\", \"mar garet\", \"lou see\", \"any thing elts\", \"any thing el se\", \"elp with\",",
        "\"thanks for colin\").",
        "",
    ]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h8",
                                  seed_base=800)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}, labels to {LABELS_PATH} and {README_PATH}")


if __name__ == "__main__":
    main()
