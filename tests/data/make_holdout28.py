"""Write the holdout28 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout28.py

Writes tests/data/holdout28/<call_id>.json, tests/data/holdout28-labels.json and
tests/data/holdout28/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout28"
LABELS_PATH = HERE / "holdout28-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
MIN_UTTS = 12
MAX_UTTS = 15
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 13.0, "tag": "hold"}
W = {"gap": 11.5, "tag": "wait"}


# ---------------------------------------------------------------------------
# 1-12: clean text with word timings and real overlaps
# ---------------------------------------------------------------------------

call("h28-01-car-rear-ended-lights", industry="car insurance claims", style=CLEAN, words=True,
     exercises="full greeting, agent name 'Bill'; shunt at the lights stated as fact; agent cuts in with a question; backchannel; 'oh no' empathy; restatement; two timed promises; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The agent's name is an ordinary word (Bill); the agent cuts in mid-account to ask about the other driver's details (interruption) while the earlier 'Mm-hmm' is only a backchannel."),
     turns=[
        ("A", "Good afternoon, you're through to Harlow Motor Insurance claims, my name's Bill, how can I help?"),
        ("C", "Hi. Someone drove into the back of me at the lights on Tuesday evening, and now the boot won't shut properly and one of the rear lights is cracked, and I've been driving round with it tied down with a bungee cord, which I know isn't ideal."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Did you manage to get the other driver's insurance details?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "Yes, I took a photo of his certificate and his number plate."),
        ("A", "Oh no, and is everyone okay, were you hurt at all?"),
        ("C", "No, just shaken. I'm Rose Callard, by the way, policy ending 4471."),
        ("A", "Thanks, Rose. So the other driver hit you from behind, it wasn't your fault, and you want to claim against his insurer for the boot and the light, ideally with a courtesy car while it's repaired."),
        ("C", "That's it, yes, I need the car for work."),
        ("A", "I'll email you the claim form today, and one of our assessors will call you within two working days to arrange the repair and the courtesy car."),
        ("C", "Brilliant, thank you."),
        ("A", "Is there anything else I can help you with, Rose?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, take care, goodbye."),
     ])

call("h28-02-hospital-mri-move", industry="private hospital appointments", style=CLEAN, words=True,
     exercises="desk named, no company or agent name; routine reschedule; date read-back only; bare 'no' refusal then a later offer; hold with reason and thanks; backchannel; agent starts just as the customer finishes; untimed letter; name used; offer only, the customer says bye",
     labels=L("fail", "fail_or_pass", "na", "fail", "fail", "pass", "pass", "na",
              "'No, we don't do evening scans' refuses with nothing offered in that turn (the Saturday comes only after the customer asks); 'The fourteenth?' is a read-back, not a restatement; the letter 'will go out in the post' has no time; the agent offers more help but never thanks or says goodbye."),
     turns=[
        ("A", "Hello, outpatient bookings, how can I help?"),
        ("C", "Hello, I've got an MRI booked on the fourteenth at ten, but I'm away with work that week, so I need to move it, and ideally to an evening slot if you do them, that would suit me best."),
        ("A", "Okay.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "The fourteenth?"),
        ("C", "Yes. It's Frank Oyelaran, date of birth the second of May, nineteen seventy-one."),
        ("A", "No, we don't do evening scans.", {"tag": "neg"}),
        ("C", "Right. What's the earliest after the twentieth, then?"),
        ("A", "Let me check the scanner diary for you, Mr Oyelaran, can you hold for a moment?"),
        ("C", "Sure."),
        ("A", "Thanks for holding. I've got Saturday the twenty-third at nine fifteen.", H),
        ("C", "That works, book it please, I'll be back by then for definite.", {}),
        ("A", "Done. A confirmation letter will go out to you in the post.", {"at_end": 0.3}),
        ("C", "Okay."),
        ("A", "Anything else?"),
        ("C", "No, bye."),
     ])

call("h28-03-driving-instructor-no-show", industry="driving school lessons", style=CLEAN, words=True,
     exercises="greeting with company and name 'Hope' but no offer to help; instructor no-show with frustration; bare 'I don't know'; belated apology; customer cuts in on the agent; backchannel; restatement; two timed promises; customer name 'Sunny' used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The opening names the school and the agent but never offers help; 'I don't know why he didn't come' is a bare don't-know; the apology comes late but after the complaint; the customer's cut-in on the agent is not an agent interruption."),
     turns=[
        ("A", "Morning, Clearway School of Motoring, Hope speaking."),
        ("C", "Hi, yeah, my instructor didn't turn up for my lesson this morning. I stood outside the house for forty minutes in the rain and nobody rang me or anything, and my test is in three weeks."),
        ("A", "Right.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Who's your instructor?"),
        ("C", "Dev. I'm Sunny Marr."),
        ("A", "I don't know why he didn't come, his diary shows you at nine.", {"tag": "neg"}),
        ("C", "Well that's not much help, is it?"),
        ("A", "I'm really sorry, Sunny, you shouldn't have been left standing there. So you missed this morning's lesson because Dev never arrived, and you want it made up before your test without paying for it again.", {}),
        ("C", "Yes, exactly that.", {"at_end": 0.9}),
        ("A", "I'll credit the lesson back to your account today, and I'll get Dev to ring you this afternoon to book two extra slots."),
        ("C", "Okay, thanks."),
        ("A", "Anything else I can do for you, Sunny?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, bye."),
     ])

call("h28-04-boiler-locked-out-baby", industry="boiler servicing", style=CLEAN, words=True,
     exercises="full greeting; boiler locked out with a baby in the house; agent cuts in; short 'Oh dear' overlap (optional interruption); restatement; 'let me look at the diary' then 10 s+ silence, no thanks on return; timed visit and text; name given, never used; offer only at close",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "fail", "fail", "na",
              "'Oh dear' lands inside the customer's turn and is short but not one of the listed backchannels (optional interruption); the agent says only 'Let me look at the diary', goes silent for over 10 s and comes back without thanking; the close is only 'Is there anything else?'."),
     turns=[
        ("A", "Thank you for calling Oakden Heating, my name is Priya, what can I do for you today?"),
        ("C", "Hi, our boiler's been showing a red light and an F28 code since last night, we've got no heating and no hot water, and I've got a four-month-old here so I'm boiling kettles to wash her, which is a nightmare, and I've already pressed reset twice."),
        ("A", "Oh dear.", {"at_start": 9.0, "tag": "intr_opt"}),
        ("A", "Is the gas on at the hob, can you light a ring?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Yes, the hob's fine."),
        ("A", "That's hard with a little one, I'm sorry. So the boiler's locked itself out, resetting hasn't helped, and you need an engineer out as soon as we can get one."),
        ("C", "Please. The name's Tom Reed, 14 Alder Close."),
        ("A", "Let me look at the diary."),
        ("A", "Right, I've got an engineer for tomorrow morning between eight and twelve.", H),
        ("C", "Tomorrow's fine."),
        ("A", "He'll text you about thirty minutes before he arrives."),
        ("C", "Great."),
        ("A", "Is there anything else?"),
        ("C", "No thanks."),
     ])

call("h28-05-card-hotel-double-charge", industry="credit card disputes", style=CLEAN, words=True,
     exercises="team named instead of company; double charge; agent cuts in; 'I see' backchannel; restatement; 'you have to contact the merchant' as a demand; no empathy; untimed letter; name used; full close",
     labels=L("fail", "pass", "fail", "pass", "fail", "pass", "na", "na",
              "'Card services, this is Dominic' gives a team, not the company; 'You have to contact the hotel first' is a demand (negative); the dispute letter has no time; the agent never acknowledges the double charge with any empathy."),
     turns=[
        ("A", "Hi, card services, this is Dominic, how can I help?"),
        ("C", "Hello, I stayed at a hotel in York on the third and they've taken two hundred and forty pounds off my card twice, so I've been charged four hundred and eighty for one night, and it's pushed me right up to my limit."),
        ("A", "I see.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Was that the Minster Lodge, on the third?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "Yes, that's the one."),
        ("A", "And your name, please?"),
        ("C", "Lorna Keys."),
        ("A", "You have to contact the hotel first and ask them for the refund.", {"tag": "neg"}),
        ("C", "I have, twice, they just don't answer the phone."),
        ("A", "Right, Mrs Keys, so the hotel took the same payment twice for one stay, they won't respond to you, and you want us to claw the second payment back."),
        ("C", "Yes please."),
        ("A", "I've raised the dispute now. You'll get a letter from our disputes team explaining the next steps. Anything else I can help with today?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, Mrs Keys, bye."),
     ])

call("h28-06-furniture-rental-end-collect", industry="furniture rental", style=CLEAN, words=True,
     exercises="full greeting; routine end of rental; customer looks for the agreement number (wait); limit with an alternative; restatement; conditional promise with no time; agent starts just as the customer finishes; 'Sure' backchannel; name used; thanks but no offer at close",
     labels=L("pass", "fail_or_pass", "na", "pass", "fail", "pass", "na", "na",
              "The long silence is the customer finding the agreement (na); 'we can't collect on a Sunday, but what I can do is' is a limit with an alternative; 'once the driver's route is set' gives no time; the close thanks but never offers more help."),
     turns=[
        ("A", "Good morning, welcome to Homestay Furniture Rental, you're speaking with Grace. How may I help?"),
        ("C", "Morning. I'm moving out of my flat at the end of the month, so I want to end the rental on the sofa and the bed, and get them collected before I hand the keys back on the thirtieth."),
        ("A", "Sure.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Can I take your name and the agreement number?"),
        ("C", "Mark Stone. Hang on, the number's on the paperwork, let me dig it out."),
        ("C", "Here it is, H R 2 0 9 3 1.", W),
        ("A", "Thanks, Mark. So you're ending the rental on both pieces and need them picked up before you hand back the keys on the thirtieth."),
        ("C", "That's right. Could you do Sunday the twenty-ninth?"),
        ("A", "We can't collect on a Sunday, but what I can do is book you in for Saturday the twenty-eighth."),
        ("C", "Saturday's fine, I'll be in all day, so any time really."),
        ("A", "Lovely. I'll email you the collection slot once the driver's route is set.", {"at_end": 0.3}),
        ("C", "Perfect."),
        ("A", "Thank you for choosing Homestay, Mark, have a lovely day."),
     ])

call("h28-07-theme-park-tickets-missing", industry="theme park tickets", style=CLEAN, words=True,
     exercises="full greeting, agent 'Rich'; e-tickets never arrived, worried; 'oh no' empathy; polite 'I don't know if you've checked' (not negative); reference read-back only; customer cuts in; timed resend; name given, never used; full close",
     labels=L("pass", "pass", "pass", "fail", "pass", "fail", "na", "na",
              "'I don't know if you've checked your junk folder' is the polite question form, not negative; 'The reference is W P 7 7 1 0?' is a read-back, not a restatement; the caller (Daisy) is never addressed by name."),
     turns=[
        ("A", "Hello, thanks for calling Wildwater Park, my name's Rich, how can I help?"),
        ("C", "Hi, I booked four tickets for this Saturday, it's my son's birthday, and the tickets never came through by email, and I'm worried we'll get turned away at the gate."),
        ("A", "Oh no, let's get that sorted before the weekend. I don't know if you've checked your junk folder at all?"),
        ("C", "I have, there's nothing there.", {"at_end": 0.8}),
        ("A", "Okay. Can I have the booking reference and your name?"),
        ("C", "Daisy Wren, and the reference is W P 7 7 1 0."),
        ("A", "The reference is W P 7 7 1 0?"),
        ("C", "Yes."),
        ("A", "Found it, the email address had a typo. I'll resend the tickets now to the corrected address, they'll be with you in the next five minutes."),
        ("C", "Oh, thank goodness."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's it, thank you."),
        ("A", "Enjoy the birthday, bye now."),
     ])

call("h28-08-home-renewal-price-jump", industry="home insurance renewals", style=CLEAN, words=True,
     exercises="no offer to help in the opening; angry at a 40% rise; 'calm down'; agent cuts in; belated empathy; hold with reason and thanks; restatement; timed documents; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "The opening has salutation, company and name but no offer of help; 'Calm down, sir' is negative; the empathy ('I understand it's a big jump') comes after it but still counts; the hold has a reason and a thank-you."),
     turns=[
        ("A", "Good afternoon, Castlegate Home Insurance renewals, you're speaking to Faith."),
        ("C", "Yes, hello, my renewal letter has come through and it's gone up from three hundred and ten to four hundred and thirty-five pounds, and I haven't claimed, nothing's changed, it's absolutely ridiculous and frankly I feel like I'm being taken for a mug."),
        ("A", "Calm down, sir, I'll have a look.", {"at_end": 1.6, "tag": ("intr", "neg")}),
        ("C", "I'm calm, I'm just fed up. It's Sam Hale, policy C H 4 4 8 1 9."),
        ("A", "I understand it's a big jump, Mr Hale. So you'd like the renewal brought back closer to last year's price, and if not you'll look elsewhere."),
        ("C", "That's about the size of it."),
        ("A", "Let me see what discounts I can apply to the policy, can you bear with me for a minute?"),
        ("C", "Go on."),
        ("A", "Thanks for waiting. I can bring it down to three hundred and forty-two with the no-claims discount added back.", H),
        ("C", "Alright, I can live with that."),
        ("A", "I'll email the revised renewal documents to you within the hour."),
        ("C", "Fine."),
        ("A", "Is there anything else I can help you with today, Mr Hale?"),
        ("C", "No."),
        ("A", "Thank you for staying with us, goodbye."),
     ])

call("h28-09-wedding-date-deployment", industry="wedding venue bookings", style=CLEAN, words=True,
     exercises="full greeting, agent 'Summer'; date change forced by a posting abroad, upset; policy refusal; no empathy; restatement; backchannel; customer cuts in; warm transfer with who and why; name given, never used; ends in the transfer",
     labels=L("pass", "na_or_fail", "fail", "pass", "na", "fail", "na", "pass",
              "'It's our policy that deposits aren't transferable' refuses (negative) before the agent finds the events manager route; the caller is upset but gets no empathy; the warm transfer names Clare and why, and the call ends there."),
     turns=[
        ("A", "Hi there, Larkspur Hall events, I'm Summer, how can I help?"),
        ("C", "Hi, we're booked for our wedding on the fourteenth of June, but my fiancé has just been told he's being posted overseas for six months, and I'm honestly in bits about it, we need to move the date to September or October."),
        ("A", "Mm-hmm.", {"at_start": 5.0, "tag": "bc"}),
        ("A", "Can I take the name on the booking?"),
        ("C", "Ellie Marsh."),
        ("A", "Thank you. So you need to move the wedding from June to the autumn because your partner's been posted abroad, and you'd want to keep what you've already paid."),
        ("C", "Yes, the two thousand pound deposit."),
        ("A", "It's our policy that deposits aren't transferable to a new date.", {"tag": "neg"}),
        ("C", "So we just lose it?", {"at_end": 0.7}),
        ("A", "Date changes can only be approved by our events manager, Clare."),
        ("C", "Can I speak to her, then?"),
        ("A", "Yes. Let me put you through to Clare, our events manager, as she's the one who can approve moving the date and the deposit."),
        ("C", "Okay, thanks."),
     ])

call("h28-10-scaffold-two-more-weeks", industry="scaffold hire", style=CLEAN, words=True,
     exercises="no salutation or offer ('Apex Scaffolding, Lee speaking'); routine hire extension; agent cuts in on a ramble; 'no problem' near-miss; restatement; 'you'll need to' instruction (optional); untimed invoice; name used; offer plus bye",
     labels=L("fail", "pass", "na", "pass", "fail", "pass", "na", "na",
              "The customer explains the roofer's delay but makes no complaint to the scaffold firm (empathy na); 'You'll need to confirm it by email' is a neutral instruction (optional); the updated invoice has no time."),
     turns=[
        ("A", "Apex Scaffolding, Lee speaking."),
        ("C", "Morning Lee, it's Gary Lamb, you put the scaffold up on Beech Road for us, I need to keep it up another two weeks because the roofer's pushed us back, he's got another job running over, and then the lead work needs doing after that, so."),
        ("A", "So that's to the twenty-first instead of the seventh?", {"at_end": 1.3, "tag": "intr"}),
        ("C", "Yeah, the twenty-first."),
        ("A", "Yeah, no problem. So you want the hire on Beech Road extended two weeks to the twenty-first, same scaffold, nothing added or taken down."),
        ("C", "That's it."),
        ("A", "You'll need to confirm it by email so it's on file.", {"tag": "neg_opt"}),
        ("C", "Okay, what address?"),
        ("A", "Hire at apex scaffolding dot co dot uk."),
        ("C", "Got it."),
        ("A", "I'll send the updated invoice over to you, Gary."),
        ("C", "Cheers."),
        ("A", "Anything else?"),
        ("C", "No, that's me."),
        ("A", "Cheers Gary, bye."),
     ])

call("h28-11-phone-screen-flicker-again", industry="phone repair shop", style=CLEAN, words=True,
     exercises="no agent name; third repair of the same fault, frustrated; backchannel; agent cuts in; 'that's not my department'; no empathy, no restatement; cold transfer with no where or why; name never given",
     labels=L("fail", "na_or_fail", "fail", "fail", "na", "na_or_fail", "na", "fail",
              "'That's not my department' is negative; 'Hold on, putting you through' gives neither where nor why, so the transfer fails and the call ends before any close; no name ever comes up."),
     turns=[
        ("A", "Hello, FixPoint repairs, how can I help?"),
        ("C", "Hi, you replaced the screen on my phone last week, and it's flickering again, exactly like before, this is the third time I've brought it in for the same thing and I'm getting really sick of it."),
        ("A", "Right.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Is it the green lines or does it go black?", {"at_end": 1.1, "tag": "intr"}),
        ("C", "Green lines, then it goes black."),
        ("A", "Okay. What's the repair number?"),
        ("C", "It's on the receipt, R 5 5 1 8."),
        ("A", "Yeah, it's come back as a warranty job."),
        ("C", "So can you book it in again and give me a loan phone this time?"),
        ("A", "That's not my department.", {"tag": "neg"}),
        ("C", "Whose is it then?"),
        ("A", "Hold on, putting you through."),
        ("C", "Fine."),
     ])

call("h28-12-bonds-prize-text-scam", industry="premium bonds/savings", style=CLEAN, words=True,
     exercises="full greeting; prize text the customer fears is a scam; empathy; restatement; customer cuts in; 'Yeah' backchannel; 'one moment' hold with reason but no thanks; event-relative promise 'next payment run' with no date; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "fail", "na",
              "The hold gives a reason but the agent returns without thanking; 'it'll go out with the next payment run' names an event, not a time, so follow-up fails; the customer's cut-in is not an agent interruption."),
     turns=[
        ("A", "Good morning, thank you for calling Sterling Savings, my name is Ray. How can I help you?"),
        ("C", "Hello, I had a text on Monday saying one of my bonds had won a fifty pound prize, but nothing's gone into my bank, and now I'm worried the text was a scam and I've been silly replying to it."),
        ("A", "Yeah.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "I can understand why that would worry you. Can I take your name and holder number?"),
        ("C", "Carol Penny, holder number 3 0 1 7 7 2 9."),
        ("A", "Thank you, Mrs Penny. So you've had a text about a fifty pound win, the money hasn't reached your bank, and you want to know whether the text is really from us.", {}),
        ("C", "Yes, that's it, and whether I should have replied.", {"at_end": 1.0}),
        ("A", "I'll just check your holding, one moment."),
        ("A", "Okay, the prize is genuine, it's for this month's draw.", H),
        ("C", "Oh, that's a relief."),
        ("A", "It'll go out to your nominated bank account with the next payment run."),
        ("C", "Lovely."),
        ("A", "Anything else I can help with today, Mrs Penny?"),
        ("C", "No, that's all, thank you."),
        ("A", "Thanks for calling, goodbye."),
     ])


# ---------------------------------------------------------------------------
# 13-24: ASR-style text (lower case, no punctuation, fillers, numbers as words)
# ---------------------------------------------------------------------------

call("h28-13-bus-laptop-bag-left", industry="bus company lost property", style=ASR, words=False,
     exercises="desk named, no company or agent name; laptop bag left on a bus, panicking; 'oh no' empathy; restatement; hold with reason and thanks; conditional promise 'if it turns up' with no time; customer name 'june' used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "The opening names only the lost property desk; the caller's name is also a month (june) and the agent uses it; 'if it turns up we'll give you a ring' has no time."),
     turns=[
        ("A", "hi you're through to lost property how can i help"),
        ("C", "hi um i left my laptop bag on the bus this morning the number forty two into town and i've got all my work on it and i'm honestly panicking"),
        ("A", "oh no that's horrible okay can i take your name"),
        ("C", "it's june barker"),
        ("A", "thanks june and what does the bag look like"),
        ("C", "black rucksack uh with a green luggage tag on the zip"),
        ("A", "so you left a black rucksack with your laptop in it on the forty two this morning and you need to know if anyone's handed it in"),
        ("C", "yeah exactly"),
        ("A", "bear with me while i check what's come in off that route today can you hold a moment"),
        ("C", "yeah"),
        ("A", "thanks for waiting june nothing's been logged yet but the driver hasn't finished his shift", H),
        ("C", "oh okay"),
        ("A", "if it turns up we'll give you a ring is there anything else i can help with"),
        ("C", "no that's it"),
        ("A", "okay thanks june bye"),
     ])

call("h28-14-windows-back-not-done", industry="window cleaning", style=ASR, words=False,
     exercises="full greeting, agent 'dawn'; charged for the whole house but only the front done; bare 'we can't refund that'; 'you'll have to leave the gate open' demand; no empathy; no restatement; untimed promise; name never given; offer only",
     labels=L("pass", "fail_or_pass", "fail", "fail", "fail", "na_or_fail", "na", "na",
              "'we can't refund that' refuses with nothing offered and 'you'll have to leave the side gate open' is a demand; 'he'll do the back next time he's round' has no time; the agent's name is an ordinary word (dawn) and the customer gives none."),
     turns=[
        ("A", "good morning crystal clear window cleaning um this is dawn how can i help"),
        ("C", "hi yeah your man came yesterday and he only did the front windows but i've been charged twenty two pounds which is the full house price"),
        ("A", "right what's the address"),
        ("C", "nine elm grove"),
        ("A", "uh yeah he's put a note the side gate was locked so he couldn't get round the back"),
        ("C", "well i still paid for the back"),
        ("A", "we can't refund that", {"tag": "neg"}),
        ("C", "that's not really fair is it"),
        ("A", "you'll have to leave the side gate open for him", {"tag": "neg"}),
        ("C", "fine"),
        ("A", "he'll do the back next time he's round anything else"),
        ("C", "no"),
     ])

call("h28-15-care-home-respite-dementia", industry="care home enquiries", style=ASR, words=False,
     exercises="full greeting, agent 'joy'; carer worn out, mother with dementia; empathy; restatement; 'i don't know if we'll have a room' (optional negative); customer fetches a pen (wait); two timed promises; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "'i don't know if we'll have a room in march' is a statement of not knowing, not the polite question form, but comes with the manager's call, so it is optional; the long silence is the customer fetching a pen (na)."),
     turns=[
        ("A", "hello thank you for calling willow bank care home my name's joy how can i help you today"),
        ("C", "hi um my mum's got dementia and i've been looking after her at home but i'm exhausted to be honest and i wondered about a respite stay for a couple of weeks"),
        ("A", "that sounds really hard on you both and it's good you're asking can i take your name"),
        ("C", "alan frost"),
        ("A", "thanks alan so you're caring for your mum at home and you'd like her to come to us for a short stay so you can get a proper break"),
        ("C", "yes that's it ideally in march"),
        ("A", "i don't know if we'll have a room in march but our manager keeps the respite diary she'll ring you tomorrow morning to go through dates and i'll post you our brochure today", {"tag": "neg_opt"}),
        ("C", "lovely sorry let me just grab a pen for the number"),
        ("C", "okay go on", W),
        ("A", "it's oh one two three four double five six seven eight"),
        ("C", "got it thank you"),
        ("A", "is there anything else i can help with alan"),
        ("C", "no that's great thanks"),
        ("A", "thanks for calling alan take care bye"),
     ])

call("h28-16-hosting-shop-site-down", industry="domain and web hosting", style=ASR, words=False,
     exercises="no offer to help in the opening; shop website down, losing orders; silent 10 s+ check, no announcement or thanks; 'there's nothing i can do' then a renewal offered later; belated empathy; restatement; one timed and one untimed promise; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "fail", "na",
              "The agent goes quiet for over 10 s with no announcement and no thanks; 'there's nothing i can do' is negative even though a renewal is offered two turns later; the receipt email has no time, so follow-up fails despite 'within the hour'."),
     turns=[
        ("A", "thanks for calling hostwell support um you're speaking with ian"),
        ("C", "hi my online shop's been down since about seven this morning it just says site can't be reached and i'm losing orders every hour it's off"),
        ("A", "okay what's the domain"),
        ("C", "it's niamh o'hara ceramics dot com and i'm niamh"),
        ("A", "so your shop site's been unreachable since this morning and you need it back up as fast as possible"),
        ("C", "yes please"),
        ("A", "right so the hosting's fine there's nothing i can do the domain itself expired on sunday", {"gap": 13.0, "tag": ("hold", "neg")}),
        ("C", "expired nobody told me that"),
        ("A", "ah i'm sorry niamh that's rotten timing the reminders went to an old email address"),
        ("C", "can you fix it"),
        ("A", "yeah i can renew it for you now uh it'll be back up within the hour and you'll get a receipt by email"),
        ("C", "okay do it"),
        ("A", "done is there anything else i can help with niamh"),
        ("C", "no that's it"),
        ("A", "cheers niamh bye"),
     ])

call("h28-17-timber-decking-short", industry="timber merchant orders", style=ASR, words=False,
     exercises="salutation and company only; delivery short, stated as a plain fact; no empathy; restatement; warm transfer to the yard foreman with why; untimed promise for the missing lengths; name 'ken wood' never used; ends in the transfer",
     labels=L("fail", "na_or_fail", "fail", "pass", "fail", "fail", "na", "pass",
              "The short delivery is stated flatly but still a problem that affects the customer, and the agent never acknowledges it; 'dave'll get the rest out to you' has no time; the transfer names the foreman and why; the customer's name is two ordinary words."),
     turns=[
        ("A", "morning hadley timber"),
        ("C", "morning uh i had a delivery this morning sixty lengths of grooved decking ordered and forty came"),
        ("A", "what's the name on the order"),
        ("C", "ken wood"),
        ("A", "and the order number"),
        ("C", "four four nine one"),
        ("A", "right so you ordered sixty lengths of the grooved decking and the lorry only dropped forty so you're twenty short"),
        ("C", "that's it and i've got the lads here waiting to lay it"),
        ("A", "i'm going to pass you to dave the yard foreman because he loads the lorries and can see where the other twenty went"),
        ("C", "okay"),
        ("A", "dave'll get the rest out to you hold on"),
        ("C", "cheers"),
     ])

call("h28-18-streaming-cancel-family", industry="music streaming subscriptions", style=ASR, words=False,
     exercises="full greeting; routine cancellation; factual 'no you don't owe anything' (not negative); restatement; timed email; 'no worries'; name given, never used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "fail", "na", "na",
              "'no you don't owe anything for this month' answers a question and is not negative; the cancellation email is timed ('in the next few minutes'); the customer's name is given but never used."),
     turns=[
        ("A", "hi welcome to tunely support my name is marco what can i do for you"),
        ("C", "hi uh i want to cancel our family plan the kids have all moved out so we don't need it"),
        ("A", "no worries can i take the account name and email"),
        ("C", "chris dale chris dot dale at mailbox dot com"),
        ("A", "thanks so you'd like to end the family plan at the end of this billing month but keep your own playlists on a free account"),
        ("C", "yeah that's right do i owe anything for this month"),
        ("A", "no you don't owe anything for this month you've already paid up to the twelfth"),
        ("C", "great"),
        ("A", "okay that's cancelled you'll get a confirmation email in the next few minutes"),
        ("C", "brilliant"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's all"),
        ("A", "thanks for being with us have a good day bye"),
     ])

call("h28-19-car-windscreen-crack", industry="car insurance claims", style=ASR, words=False,
     exercises="team named, no company; chipped windscreen now cracking; empathy; detail read-back only; 'you have to use our approved repairer' demand; limit with an alternative; hold with reason and thanks; one timed and one untimed promise; name used; thanks only at close",
     labels=L("fail", "fail_or_pass", "pass", "fail", "fail", "pass", "pass", "na",
              "'you have to use our approved repairer' is a demand, while 'we can't pay your local garage but what i can do' is a limit with an alternative; 'windscreen' read back is not a restatement; the booking reference text has no time; the close thanks but never offers more help."),
     turns=[
        ("A", "good morning claims team you're speaking with mo how can i help"),
        ("C", "hi a stone hit my windscreen on the motorway last week and the chip's turned into a crack right across now and i'm worried it'll go completely"),
        ("A", "oh that's annoying i'm sorry to hear that can i take your name and registration"),
        ("C", "sandy cole and it's uh kilo lima one nine bravo x-ray zulu"),
        ("A", "windscreen"),
        ("C", "yeah the front one"),
        ("A", "you have to use our approved repairer for glass", {"tag": "neg"}),
        ("C", "i've already got a quote from my local garage though"),
        ("A", "we can't pay your local garage but what i can do is book our repairer to come out to you at home"),
        ("C", "okay that's fine i suppose"),
        ("A", "let me just check the glass excess on your policy can you hold for me"),
        ("A", "thanks for holding sandy the excess is seventy five pounds and they'll come out on thursday morning", H),
        ("C", "okay"),
        ("A", "i'll text you the booking reference thanks for calling sandy"),
     ])

call("h28-20-hospital-consultation-bill", industry="private hospital appointments", style=ASR, words=False,
     exercises="full greeting; consultation billed to the patient instead of the insurer, frustrated; bare 'i don't know why'; no empathy; restatement; transfer says where but not why; name used; ends in the transfer",
     labels=L("pass", "na_or_fail", "fail", "pass", "na", "pass", "na", "fail",
              "'i don't know why it's come to you' is a bare don't-know; the transfer says only 'to billing' with no reason given, so it fails; the call ends in the transfer."),
     turns=[
        ("A", "hello you've reached saint aldric's hospital this is amber speaking how can i help"),
        ("C", "hi i've had a bill for a hundred and eighty pounds for my knee consultation but my insurance was meant to cover it and i'm fed up because this is the second time"),
        ("A", "okay can i take your name and date of birth"),
        ("C", "raza hussain third of april nineteen eighty"),
        ("A", "thank you mr hussain so the consultation should have been invoiced to your insurer but the bill's been sent to you instead"),
        ("C", "yes exactly"),
        ("A", "i don't know why it's come to you", {"tag": "neg"}),
        ("C", "well can someone sort it out"),
        ("A", "um what's the insurer"),
        ("C", "healthshield i've got the authorisation code as well"),
        ("A", "okay i'm going to put you through to billing now mr hussain"),
        ("C", "right thanks"),
     ])

call("h28-21-driving-intensive-enquiry", industry="driving school lessons", style=ASR, words=False,
     exercises="no agent name; routine course enquiry; customer checks her calendar (wait); limit with an alternative; 'you'll need to have passed your theory' (optional); restatement; timed email; name 'jade' used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "na", "na",
              "The opening has no agent name; 'we can't do automatic on the one week course but we can' is a limit with an alternative, and 'you'll need to have passed your theory' is a neutral instruction (optional); the silence is the customer checking dates."),
     turns=[
        ("A", "hiya thanks for calling roadstar driving school um how can i help"),
        ("C", "hi i'm after an intensive course uh in automatic before i go to uni in september"),
        ("A", "lovely what's your name"),
        ("C", "jade"),
        ("A", "we can't do automatic on the one week course jade but we can do automatic as a three week course instead"),
        ("C", "oh okay three weeks is fine let me just look at my calendar"),
        ("C", "okay i'm free from the fourteenth of july", W),
        ("A", "so you want a three week automatic course starting mid july with your test booked at the end of it before you go to uni"),
        ("C", "yeah that's it"),
        ("A", "you'll need to have passed your theory before we can book the practical", {"tag": "neg_opt"}),
        ("C", "i passed it in may"),
        ("A", "perfect i'll email you the course dates and prices by tomorrow afternoon anything else i can help with jade"),
        ("C", "no thanks"),
        ("A", "alright thanks jade bye"),
     ])

call("h28-22-boiler-annual-service", industry="boiler servicing", style=ASR, words=False,
     exercises="desk named, no company; routine annual service booking; detail read-back only; hold asked with no reason, thanked after; bare 'i don't know what time'; untimed call-ahead promise; name used; full close",
     labels=L("fail", "pass", "na", "fail", "fail", "pass", "fail", "na",
              "The hold is asked ('can you hold please') with no reason, so it fails despite the thank-you; 'i don't know what time he'll get to you' is a bare don't-know; 'he'll ring you before he comes' has no time."),
     turns=[
        ("A", "good afternoon you're through to the service desk my name's owen how can i help"),
        ("C", "hi it's pat baker i'd like to book my annual boiler service please it's due this month"),
        ("A", "the annual service"),
        ("C", "yes"),
        ("A", "okay can you hold please"),
        ("C", "mm-hmm"),
        ("A", "thanks for holding mrs baker i can do monday the ninth", H),
        ("C", "monday's good what time"),
        ("A", "i don't know what time he'll get to you", {"tag": "neg"}),
        ("C", "oh right"),
        ("A", "he'll ring you before he comes"),
        ("C", "okay fine"),
        ("A", "is there anything else"),
        ("C", "no that's it"),
        ("A", "thanks mrs baker bye"),
     ])

call("h28-23-card-gym-still-charging", industry="credit card disputes", style=ASR, words=False,
     exercises="no company, no offer; gym charging after cancellation, angry; empathy; restatement; bare 'no we can't refund that'; policy refusal; 'there's nothing i can do'; warm transfer to the team leader with why; name never given; ends in the transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "na", "na_or_fail", "na", "pass",
              "Three negative turns in a row (bare refusal, time-limit policy used to refuse, nothing I can do) before the agent offers the team leader; the transfer says who and why; no name is ever given."),
     turns=[
        ("A", "hello card disputes um my name is kelly"),
        ("C", "hi i cancelled my gym in march and they've kept taking thirty pounds off my card every month since and i'm really angry about it"),
        ("A", "i understand that's frustrating so the gym's carried on taking thirty pounds a month from your card even though you cancelled back in march"),
        ("C", "yes i want all of it back"),
        ("A", "no we can't refund that", {"tag": "neg"}),
        ("C", "why not"),
        ("A", "it's policy that disputes have to be raised within a hundred and twenty days of the payment", {"tag": "neg"}),
        ("C", "that's ridiculous i've got the cancellation email"),
        ("A", "there's nothing i can do", {"tag": "neg"}),
        ("C", "then i want to speak to a manager"),
        ("A", "okay i'll transfer you to my team leader now she can look at the older payments with your cancellation email"),
        ("C", "fine"),
     ])

call("h28-24-rental-chair-arm-snapped", industry="furniture rental", style=ASR, words=False,
     exercises="full greeting; rented chair broken; empathy; restatement; customer finds the agreement (wait); one timed and one event-relative promise ('next invoice'); name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "The swap is timed ('on tuesday') but the credit 'will show on your next invoice' names an event, not a time, so follow-up fails; the silence is the customer finding the agreement (na)."),
     turns=[
        ("A", "good morning homestay furniture rental my name's ade how can i help"),
        ("C", "hi uh the office chair i'm renting from you the arm's snapped off it and i'm working from home so i kind of need it"),
        ("A", "oh sorry to hear that that's no good when you're working from it can i take your name"),
        ("C", "lena fisher"),
        ("A", "thanks lena and the agreement number"),
        ("C", "hold on it's on an email let me find it"),
        ("C", "right it's h r three three zero two", W),
        ("A", "so the arm's broken on the rented office chair and you need a working one swapped in quickly"),
        ("C", "yes please"),
        ("A", "we'll swap it on tuesday between nine and one and the credit for the broken days will show on your next invoice"),
        ("C", "okay that's good"),
        ("A", "anything else i can do for you lena"),
        ("C", "no that's everything"),
        ("A", "thanks lena bye"),
     ])


# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h28-25-theme-park-storm-closures", industry="theme park tickets", style=CLEAN, words=False,
     exercises="no agent name; rides shut by a storm, disappointed family; empathy; restatement; limit with an alternative; hold with reason and thanks; timed email; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'We can't refund tickets once they've been scanned, but what I can do is' is a limit with an alternative, not negative; the opening names the park's guest services but no agent."),
     turns=[
        ("A", "Thank you for calling Wildwater Park guest services, how can I help?"),
        ("C", "Hi. We came on Sunday with the three kids and most of the big rides were shut all afternoon because of the storm, so we paid a hundred and sixty pounds to queue for the carousel, basically."),
        ("A", "That's such a shame, especially with the children looking forward to it. Can I take your name and the booking reference?"),
        ("C", "Nadia Bright, reference W P 4 0 2 8."),
        ("A", "Thanks, Nadia. So most of the rides were closed on Sunday because of the weather, and you'd like your money back for the day."),
        ("C", "Yes, or something, anyway."),
        ("A", "Let me check what the ride log shows for Sunday afternoon. Could you hold for a minute?"),
        ("C", "Okay."),
        ("A", "Thanks for holding. Eight of the twelve main rides were closed from one o'clock.", H),
        ("C", "Right, so most of the day."),
        ("A", "We can't refund tickets once they've been scanned, but what I can do is give you five free return tickets for any date this season. I'll email the vouchers to you by the end of today."),
        ("C", "That's fair, the kids will be pleased."),
        ("A", "Is there anything else I can help with, Nadia?"),
        ("C", "No, thank you."),
        ("A", "Thanks for calling, bye for now."),
     ])

call("h28-26-home-auto-renewed-after-switch", industry="home insurance renewals", style=CLEAN, words=False,
     exercises="team named, not the company; auto-renewed after switching insurer, annoyed; no empathy; date read-back only; 'you have to give fourteen days' notice, that's the policy'; alternative offered a turn later; one timed and one untimed promise; name used; agent never closes",
     labels=L("fail", "fail", "fail", "fail", "fail", "pass", "na", "na",
              "'You have to give us fourteen days' notice, that's the policy' refuses (negative) even though the cancellation comes a turn later; the cancellation letter has no time, so follow-up fails despite the timed refund; the customer ends the call and the agent neither offers more help nor says goodbye."),
     turns=[
        ("A", "Hello, renewals team, you're speaking with Joe. What can I do for you?"),
        ("C", "Hi. I moved my home insurance to another company last month, and you've auto-renewed my policy anyway and taken two hundred and eighty pounds, so now I'm paying twice."),
        ("A", "Can I take your name and the policy number?"),
        ("C", "Imogen Hart, policy H 7 7 3 0 1."),
        ("A", "Auto-renewed on the first?"),
        ("C", "Yes, the first."),
        ("A", "You have to give us fourteen days' notice before renewal, that's the policy.", {"tag": "neg"}),
        ("C", "I didn't know that, nobody told me. So I'm stuck paying for two policies?"),
        ("A", "I can cancel it from today, Mrs Hart, and refund the unused part, minus a twenty-five pound fee."),
        ("C", "Fine, do that."),
        ("A", "The refund will be back on your card in five to seven working days, and I'll send you a cancellation letter."),
        ("C", "Okay, that's all done then?"),
        ("A", "That's all done."),
        ("C", "Right, bye."),
     ])

call("h28-27-wedding-venue-viewing-may", industry="wedding venue bookings", style=CLEAN, words=False,
     exercises="full greeting, agent 'Tess'; routine date enquiry and viewing; factual 'no, that one's gone' with alternatives (not negative); customer checks with a partner (wait); restatement; untimed brochure; name given, never used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "fail", "na", "na",
              "'No, that one's gone, but the nineteenth and the twenty-sixth are free' answers the question with alternatives, so it is not negative; the silence is the customer asking their partner (na); the brochure promise has no time."),
     turns=[
        ("A", "Good morning, Larkspur Hall, my name is Tess, how can I help?"),
        ("C", "Hi, we're getting married next year and we're looking for a Saturday in May, about a hundred and twenty guests, and we'd love to come and see the hall."),
        ("A", "Congratulations! Can I take your name?"),
        ("C", "Luke Fairweather. Is the twelfth of May free?"),
        ("A", "No, that one's gone, but the nineteenth and the twenty-sixth are both free."),
        ("C", "Let me just ask my fiancée, she's in the other room."),
        ("C", "Sorry about that. She says the nineteenth.", W),
        ("A", "No problem. So you're after Saturday the nineteenth of May for around a hundred and twenty, and you'd like to view the hall before you commit."),
        ("C", "Exactly."),
        ("A", "I've pencilled the date in and booked your viewing for this Saturday at eleven. I'll send you the brochure and the price list."),
        ("C", "Great, thanks."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's perfect."),
        ("A", "Thank you for calling, see you on Saturday."),
     ])

call("h28-28-scaffold-pole-fell-next-door", industry="scaffold hire", style=CLEAN, words=False,
     exercises="full greeting, agent 'Kim'; a pole fell into the neighbour's garden, frightened; empathy; restatement; bare 'I don't know who was on site'; timed site check; warm transfer to the safety manager with why; name used; ends in the transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "pass", "pass", "na", "pass",
              "'I don't know who was on site that day' is a bare don't-know; the site check is promised 'today'; the warm transfer names the safety manager and why, and the call ends there."),
     turns=[
        ("A", "Apex Scaffolding, good afternoon, this is Kim, how can I help?"),
        ("C", "Hello. One of the poles from the scaffold on my house came down yesterday and landed in my neighbour's garden, right next to where her grandchildren play. I'm really shaken, it could have killed someone."),
        ("A", "That must have been really frightening. I'm so glad nobody was hurt. Can I take your name and the address?"),
        ("C", "Doreen Hall, 3 Mill Lane."),
        ("A", "Thank you, Mrs Hall. So a pole came off your scaffold yesterday and fell into next door's garden, and you want it made safe and someone to explain how it happened."),
        ("C", "Yes. Who put it up?"),
        ("A", "I don't know who was on site that day.", {"tag": "neg"}),
        ("C", "Well somebody must."),
        ("A", "Someone will come out today to check the whole scaffold and tie everything in."),
        ("C", "Good."),
        ("A", "I'm going to put you through to Neil, our safety manager, because every incident like this has to be logged and investigated by him, and he can tell you who was on the job."),
        ("C", "Okay, thank you."),
     ])

call("h28-29-phone-battery-quote", industry="phone repair shop", style=CLEAN, words=False,
     exercises="no offer in the opening; routine battery quote; silent 10 s+ check with no announcement, thanked after; bare 'we can't do it while you wait'; no restatement; untimed text promise; no name; full close",
     labels=L("fail", "pass", "na", "fail", "fail", "na_or_fail", "fail", "na",
              "The agent goes quiet for over 10 s without saying why and then thanks the customer, so hold etiquette fails; 'We can't do it while you wait today' refuses with no alternative in that turn; 'we'll text you when it's ready' has no time."),
     turns=[
        ("A", "Hi, you've called FixPoint, I'm Nat."),
        ("C", "Hi, how much is a new battery for a Pixel 6?"),
        ("A", "A Pixel 6."),
        ("C", "Yes."),
        ("A", "Thanks for waiting. It's sixty-five pounds fitted.", H),
        ("C", "Okay. Could you do it while I wait this afternoon?"),
        ("A", "We can't do it while you wait today.", {"tag": "neg"}),
        ("C", "Oh. When could you do it then?"),
        ("A", "If you drop it in tomorrow morning, it's usually a couple of hours."),
        ("C", "Fine, I'll bring it in about nine."),
        ("A", "Great, we'll text you when it's ready."),
        ("C", "Okay."),
        ("A", "Anything else?"),
        ("C", "No, cheers."),
        ("A", "Cheers, bye."),
     ])

call("h28-30-savings-father-bereavement", industry="premium bonds/savings", style=CLEAN, words=False,
     exercises="full greeting from the bereavement team with company and name; father's death; condolence; restatement; 'you'll need to send' instruction (optional); conditional promise that still carries a time; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "Both promises carry times: the form goes out 'today', and the conditional payment ('once we've got it back') is 'within ten working days'; 'You'll need to send the original' is a neutral instruction (optional)."),
     turns=[
        ("A", "Good afternoon, Sterling Savings bereavement team, you're speaking with Colin, how can I help you today?"),
        ("C", "Hello. My father passed away last month, and he had premium bonds with you. I'm the executor, so I'm trying to sort out his affairs."),
        ("A", "I'm so sorry for your loss. Can I take your name, and your father's name?"),
        ("C", "I'm Helen Ashby. He was Ronald Ashby."),
        ("A", "Thank you, Helen. So you're the executor and you'd like your father's bonds cashed in and the money paid to his estate."),
        ("C", "Yes, that's right."),
        ("A", "You'll need to send us the original death certificate or a certified copy with the claim form.", {"tag": "neg_opt"}),
        ("C", "I've got certified copies, that's fine."),
        ("A", "I'll post the claim form to you today. Once we've got it back with the certificate, the money is paid to the estate within ten working days."),
        ("C", "That's quicker than I expected."),
        ("A", "Is there anything else I can help you with, Helen?"),
        ("C", "No, you've been very kind."),
        ("A", "Take care, Helen, goodbye."),
     ])

call("h28-31-bus-umbrella-collect", industry="bus company lost property", style=CLEAN, words=False,
     exercises="office named, no company; routine collection of a found item; 'you have to bring photo ID' as a requirement (optional); detail read-back only; timed hold-until promise; name used; thanks without an offer at close",
     labels=L("fail", "fail_or_pass", "na", "fail", "pass", "pass", "na", "na",
              "'You have to bring photo ID' states a requirement rather than pushing the caller away, so it is optional; 'We'll keep it here for you until Friday' is timed; the close thanks but never offers more help."),
     turns=[
        ("A", "Lost property office, good morning, Andy speaking, how can I help?"),
        ("C", "Morning. I had a text saying my umbrella's been handed in, the one I left on the 12 on Monday. It's a good one, so I'd like it back."),
        ("A", "Can I take your name?"),
        ("C", "Peter Field."),
        ("A", "A navy umbrella with a wooden handle?"),
        ("C", "That's the one."),
        ("A", "It's here at the depot on Station Road, Mr Field. We're open nine till four, weekdays."),
        ("C", "Do I need to bring anything?"),
        ("A", "You have to bring photo ID.", {"tag": "neg_opt"}),
        ("C", "A bus pass with my photo, will that do?"),
        ("A", "Yes, that's fine. We'll keep it here for you until Friday."),
        ("C", "I'll come tomorrow, then."),
        ("A", "Lovely, thanks for calling, Mr Field."),
     ])

call("h28-32-window-cleaning-new-round", industry="window cleaning", style=CLEAN, words=False,
     exercises="full greeting; routine new-customer quote; hold with reason and thanks; restatement; bare refusal of the conservatory roof; untimed call-back promise; name 'Robin' used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "pass", "na",
              "'We don't do conservatory roofs, sorry' refuses with no alternative (negative); the round manager's call has no time; the customer's first name is an ordinary word."),
     turns=[
        ("A", "Good afternoon, Crystal Clear Window Cleaning, Ben speaking, how can I help?"),
        ("C", "Hi, I've just moved to Ferndale Road and I'd like someone to do my windows regularly."),
        ("A", "Of course. Can I take your name?"),
        ("C", "Robin Short."),
        ("A", "Thanks, Robin. Let me pull up the rounds for your postcode, bear with me one moment."),
        ("A", "Thanks for bearing with me. We've got a round on Ferndale every four weeks.", H),
        ("C", "Great. Could you do the conservatory roof as well?"),
        ("A", "We don't do conservatory roofs, sorry.", {"tag": "neg"}),
        ("C", "Oh, fair enough, just the windows then."),
        ("A", "So that's every four weeks, front and back windows, starting on the next round."),
        ("C", "That's it. How much?"),
        ("A", "Eighteen pounds a clean. I'll get the round manager to ring you with your start date. Anything else I can help with, Robin?"),
        ("C", "No, that's it."),
        ("A", "Thanks, Robin, bye."),
     ])

call("h28-33-care-home-fall-not-told", industry="care home enquiries", style=CLEAN, words=False,
     exercises="salutation and home's name only; father's fall not reported, angry daughter; apology; restatement; 'I can't discuss his care notes over the phone' refusal; 'please calm down'; alternative offered a turn later; timed manager call; name 'Grant' used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "Two negative turns: the bare 'I can't discuss his care notes over the phone' and 'Please calm down'; the manager's call is 'first thing tomorrow'; the caller's surname is an ordinary word."),
     turns=[
        ("A", "Willow Bank, good evening."),
        ("C", "Hello, it's Fiona Grant, my dad's Bernard Grant in room fourteen. He had a fall on Tuesday night and nobody rang me until Wednesday afternoon. I only found out because he told me himself."),
        ("A", "I'm really sorry, Mrs Grant, you should have been called straight away."),
        ("C", "I want to know what happened and what the staff wrote down."),
        ("A", "I can't discuss his care notes over the phone.", {"tag": "neg"}),
        ("C", "This is exactly the problem, nobody tells me anything, I'm his next of kin!"),
        ("A", "Please calm down.", {"tag": "neg"}),
        ("C", "Don't tell me to calm down."),
        ("A", "So your dad fell on Tuesday night, you weren't told until the next afternoon, and you want a full account of what happened and why nobody called you."),
        ("C", "Yes. That's all I'm asking."),
        ("A", "The manager will call you first thing tomorrow and go through the incident report with you."),
        ("C", "Okay."),
        ("A", "Is there anything else I can do for you tonight, Mrs Grant?"),
        ("C", "No."),
        ("A", "Goodnight, Mrs Grant."),
     ])

call("h28-34-hosting-domain-transfer-code", industry="domain and web hosting", style=CLEAN, words=False,
     exercises="no agent name; routine domain transfer out; limit with an alternative; restatement; timed email; name given, never used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "fail", "na", "na",
              "'I can't give you the code over the phone, but I can email it' is a limit with an alternative, not negative; the customer's name is given but never used."),
     turns=[
        ("A", "Thanks for calling Hostwell, how can I help?"),
        ("C", "Hi, I'm moving my domain to another provider and they say I need a transfer code from you."),
        ("A", "Which domain is it?"),
        ("C", "leoparks dot studio. I'm Leo Parks, the account holder."),
        ("A", "So you're moving leoparks dot studio to a new registrar and you need it unlocked and the transfer code issued."),
        ("C", "Yes, that's it."),
        ("A", "I can't give you the code over the phone, but I can email it to the account holder address straight away."),
        ("C", "That's fine, it's my email."),
        ("A", "I've unlocked the domain, and the code will be in your inbox within ten minutes."),
        ("C", "Great."),
        ("A", "Anything else?"),
        ("C", "No thanks."),
        ("A", "Thanks for calling, bye."),
     ])

call("h28-35-timber-sleeper-price-wrong", industry="timber merchant orders", style=CLEAN, words=False,
     exercises="full greeting with a desk, company and name; invoice dearer than the quote, annoyed; no empathy; policy refusal; hold with reason but no thanks; restatement; timed corrected invoice; name used; offer only at close",
     labels=L("pass", "fail_or_pass", "fail", "pass", "pass", "pass", "fail", "na",
              "'It's policy that quotes are only valid for seven days' refuses (negative) before the agent checks and honours the quote; the hold has a reason but the agent returns without thanks; the agent never acknowledges the customer's annoyance."),
     turns=[
        ("A", "Good morning, Hadley Timber, sales desk, Jo speaking, what can I do for you?"),
        ("C", "Morning. I was quoted eighteen pounds a sleeper for twenty oak sleepers, and the invoice has come through at twenty-two pounds each. That's eighty quid more, and I'm not happy about it."),
        ("A", "It's policy that quotes are only valid for seven days.", {"tag": "neg"}),
        ("C", "It was five days ago. Doug Ash, A S H."),
        ("A", "Let me find your quote on the system, bear with me."),
        ("A", "Right, found it, dated Thursday.", H),
        ("C", "So?"),
        ("A", "So you were quoted eighteen pounds a sleeper within the seven days, and you've been invoiced at the new price of twenty-two instead."),
        ("C", "That's what I said."),
        ("A", "You're right, Mr Ash. I'll honour the quote and send you a corrected invoice today."),
        ("C", "Good."),
        ("A", "Anything else?"),
        ("C", "No."),
     ])

call("h28-36-streaming-trial-charge", industry="music streaming subscriptions", style=CLEAN, words=False,
     exercises="full greeting, agent 'Sade'; charged after a free trial, upset; 'oh no' empathy; 'unable to refund' refusal; hold with reason and thanks; one-off refund offered after; no restatement; timed refund; name 'Pearl' used; full close",
     labels=L("pass", "pass", "pass", "fail", "pass", "pass", "pass", "na",
              "'I'm unable to refund it as the trial has ended' refuses with no alternative in that turn (negative), even though a one-off refund is granted after the hold; the agent never restates the problem."),
     turns=[
        ("A", "Hi, you're through to Tunely, my name is Sade, how can I help today?"),
        ("C", "Hi, I signed up for the free trial and forgot to cancel it, and I've just been charged ten ninety-nine, which I really can't afford this month."),
        ("A", "Oh no, I can see why that's worrying. What's your name and email?"),
        ("C", "Pearl Okafor, pearl dot okafor at inbox dot com."),
        ("A", "Thanks, Pearl. I'm unable to refund it as the trial has ended.", {"tag": "neg"}),
        ("C", "Please, I haven't even used it since the trial."),
        ("A", "Can you hold for a minute while I check with my supervisor whether we can make an exception?"),
        ("C", "Okay."),
        ("A", "Thanks for holding, Pearl. Because you haven't used premium since the trial, we can refund it as a one-off.", H),
        ("C", "Oh, thank you so much."),
        ("A", "The refund will be back in your account in three to five working days, and I've cancelled the subscription."),
        ("C", "Brilliant."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, Pearl, have a good day."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout28: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout28", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries (two calls each): "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h28",
                                  seed_base=2800, min_utterances=MIN_UTTS, max_utterances=MAX_UTTS)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
