"""Write the holdout18 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout18.py

Writes tests/data/holdout18/<call_id>.json, tests/data/holdout18-labels.json and
tests/data/holdout18/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout18"
LABELS_PATH = HERE / "holdout18-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 12.8, "tag": "hold"}
W = {"gap": 11.5, "tag": "wait"}

# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

# ---------------------------------------------------------------------------
# Word-timed, clean text (overlaps possible)
# ---------------------------------------------------------------------------

call("h18-01-lost-debit-card", industry="retail bank", style=CLEAN, words=True,
     exercises="full greeting; lost card worry; backchannel; empathy; restatement; timed card delivery; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "Name given in passing in the first customer turn; the backchannel is not an interruption."),
     turns=[
        ("A", "Good morning, you're through to Calderwick Bank, my name's Yusuf, how can I help you today?"),
        ("C", "Hi Yusuf, it's Marisol Venkataraman, I think I've lost my debit card somewhere between the station and work and I'm a bit panicky about it."),
        ("A", "Mm-hmm.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Oh, that's horrible, I'm sorry. Let's get it sorted. Can you confirm your date of birth for me?"),
        ("C", "Fourteenth of June, eighty-eight."),
        ("A", "Thank you. So you'd like the lost card stopped and a replacement sent out to you, is that right?"),
        ("C", "Yes please, that's it."),
        ("A", "Done, the old card is cancelled now, so nobody can use it."),
        ("C", "Oh, thank goodness."),
        ("A", "Your new card will arrive in three to five working days, and the PIN comes separately a day or so after."),
        ("C", "Okay, great."),
        ("A", "Is there anything else I can help you with today, Marisol?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, take care, bye now."),
     ])

call("h18-02-disputed-card-payment", industry="retail bank", style=CLEAN, words=True,
     exercises="greeting without agent name; wrong charge; agent cut-in; no empathy; restatement; untimed follow-up; name not used; anything-else only",
     labels=L("fail", "fail_or_pass", "fail", "pass", "fail", "fail", "na", "na", "Greeting has no agent name; the cut-in takes the floor mid-sentence; 'we'll look into it and write to you' has no time."),
     turns=[
        ("A", "Good afternoon, Brightmoor Bank, how can I help?"),
        ("C", "Yeah, there's a payment on my account for a hundred and forty pounds to some electronics website I've never heard of, and I definitely didn't make it, I've checked with my wife too."),
        ("A", "What's the name on the account?", {"at_end": 1.1, "tag": "intr"}),
        ("C", "Desmond Achterberg."),
        ("A", "And the date of the payment?"),
        ("C", "Last Tuesday, the ninth."),
        ("A", "So you're disputing a payment of a hundred and forty pounds from the ninth that you didn't authorise."),
        ("C", "Yes, exactly."),
        ("A", "I've raised a dispute. We'll look into it and write to you with the outcome."),
        ("C", "And in the meantime?"),
        ("A", "The card's blocked, a new one is being issued automatically."),
        ("C", "Right."),
        ("A", "Anything else?"),
        ("C", "No."),
        ("A", "Okay."),
     ])

call("h18-03-balance-check", industry="building society", style=CLEAN, words=True,
     exercises="full greeting; routine balance; customer talks over the agent; no restatement; no follow-up; name used; full close",
     labels=L("pass", "pass", "na", "fail", "na", "pass", "na", "na", "The customer cuts in on the agent, which is not an agent interruption; a routine balance query is empathy na."),
     turns=[
        ("A", "Hello, thank you for calling Haverleigh Building Society, this is Bronagh speaking, what can I do for you?"),
        ("C", "Hiya, I just want to check the balance on my easy access saver."),
        ("A", "Of course. Can I take your name and the last four digits of the account?"),
        ("C", "It's Obadiah Renshaw, and it ends four four one nine."),
        ("A", "Thanks, Mr Renshaw. And just to pass security, what's the first line of your address?"),
        ("C", "Twelve Larkspur Close."),
        ("A", "Lovely. Your balance is two thousand three hundred and six pounds and twelve pence, and that includes the interest from"),
        ("C", "Oh, has the interest gone on already?", {"at_end": 0.8}),
        ("A", "It has, it was added on the first of the month."),
        ("C", "Brilliant, that's all I needed."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's it, thanks."),
        ("A", "You're welcome, thanks for calling, goodbye."),
     ])

call("h18-04-change-of-address-hold", industry="retail bank", style=CLEAN, words=True,
     exercises="full greeting; routine address change; hold asked with reason and thanked; restatement; timed letter; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na", "Hold asked for with a reason and thanked afterwards; moving house is a routine request."),
     turns=[
        ("A", "Hi, thanks for calling Oakhollow Bank, you're speaking with Temperance, how can I help?"),
        ("C", "Hello, I've moved house and I need to update my address on the account, and on the credit card as well."),
        ("A", "No problem. Who am I speaking with?"),
        ("C", "Gwilym Parry-Osei."),
        ("A", "Thanks, Gwilym. So you've moved and want the new address on both your current account and your credit card."),
        ("C", "That's right, it's Flat 3, 27 Mortlake Road, and the postcode is BR4 9TQ."),
        ("A", "Could I pop you on hold for a moment while I update both records? It takes a minute on the card system."),
        ("C", "Sure, go ahead."),
        ("A", "Thanks for waiting, Gwilym, that's both updated now.", H),
        ("C", "Great."),
        ("A", "You'll get a letter at the new address confirming the change within seven days."),
        ("C", "Perfect."),
        ("A", "Anything else I can help you with today?"),
        ("C", "No, that's all, thank you."),
        ("A", "Thanks for calling Oakhollow, have a good day."),
     ])

call("h18-05-fraud-texts-transfer", industry="retail bank", style=CLEAN, words=True,
     exercises="full greeting; suspicious payments worry; empathy; restatement; transfer with where and why; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "Ends in a transfer to the fraud team with a reason; 'I've frozen the card' is done now, not a commitment."),
     turns=[
        ("A", "Good evening, Calderwick Bank, my name is Ruairi, how can I help?"),
        ("C", "Hi, I've had three texts tonight about payments I haven't made, and now there's a payment pending in euros, I'm really worried someone's got into my account."),
        ("A", "I'm sorry, that's a really worrying thing to see. Can I take your name, please?"),
        ("C", "Oluwaseun Barraclough."),
        ("A", "Thank you, Oluwaseun. So you're seeing payments you didn't make and you're worried your account's been compromised."),
        ("C", "Yes."),
        ("A", "I've frozen your card, so nothing else can go through on it."),
        ("C", "Okay, thank you."),
        ("A", "Because these look like fraud, I'm going to transfer you to our fraud team, they can go through each payment with you and secure the account."),
        ("C", "Fine, will I have to explain it all again?"),
        ("A", "No, I've added notes to the account, so you won't be starting from scratch."),
        ("C", "Alright."),
        ("A", "Putting you through to the fraud team now, Oluwaseun."),
     ])

call("h18-06-parcel-not-arrived-nothing", industry="online fashion retailer", style=CLEAN, words=True,
     exercises="full greeting; late order frustration; cut-in; short non-backchannel overlap; 'nothing I can do'; no empathy; no close; no name",
     labels=L("pass", "fail", "fail", "fail", "na", "na_or_fail", "na", "na", "'Okay, go on' overlaps by about a second but is short and does not take the floor, so it is optional; the customer's name never comes up."),
     turns=[
        ("A", "Hello, Thistlewood Clothing, my name's Kasia, how can I help?"),
        ("C", "I ordered a dress ten days ago for a wedding this Saturday, it said next day delivery, and it still hasn't come, I've paid for next day and I'm getting really stressed about it now."),
        ("A", "Okay, go on.", {"at_start": 6.0, "tag": "intr_opt"}),
        ("A", "Order number?", {"at_end": 1.3, "tag": "intr"}),
        ("C", "T W 55810."),
        ("A", "It's with the courier."),
        ("C", "But it's been with the courier for a week. Can you send another one?"),
        ("A", "There's nothing I can do until the courier marks it as lost.", {"tag": "neg"}),
        ("C", "So I just wait and hope?"),
        ("A", "Yeah, basically."),
        ("C", "That's useless."),
        ("A", "Mm."),
     ])

call("h18-07-pin-reminder", industry="retail bank", style=CLEAN, words=True,
     exercises="full greeting; routine PIN reminder; neutral 'you'll need to'; restatement; timed post; title and surname used; thanks and goodbye only",
     labels=L("pass", "fail_or_pass", "na", "pass", "pass", "pass", "na", "na", "Closing thanks and says goodbye but never offers further help; 'you'll need to' is a neutral instruction, so optional."),
     turns=[
        ("A", "Hi there, Pennant Savings and Loans, Eleri speaking, how can I help?"),
        ("C", "Morning. I'd like a reminder of my card PIN sent out, please, I haven't used the card in ages."),
        ("A", "Sure. Could I have your full name?"),
        ("C", "Folasade Adeyemi-Clarke."),
        ("A", "Thank you, Mrs Adeyemi-Clarke. And your postcode?"),
        ("C", "L17 2RW."),
        ("A", "Great. So you want a PIN reminder posted to you for your debit card ending two two zero eight."),
        ("C", "Yes, that one."),
        ("A", "That's ordered. The reminder will be posted today and should reach you in about five working days."),
        ("C", "And can I change it to something I'll remember?"),
        ("A", "You'll need to pop the card in any of our cash machines to change it once you have the reminder.", {"tag": "neg_opt"}),
        ("C", "Okay, that's fine."),
        ("A", "Lovely. Thanks for calling, Mrs Adeyemi-Clarke, bye."),
     ])

call("h18-08-headphones-warranty-silence", industry="electronics retailer", style=CLEAN, words=True,
     exercises="full greeting; broken product annoyance; empathy given as a cut-in; silent wait with no reason or thanks; restatement; untimed courier; name not used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "fail", "fail", "na", "The empathy line itself cuts in before the customer finishes; the agent goes silent for over ten seconds with only 'Okay' first and no thanks after; the courier bag has no time."),
     turns=[
        ("A", "Good afternoon, thank you for calling Voltaro Electronics, I'm Hamish, how can I help?"),
        ("C", "Hi, I bought noise cancelling headphones from you in March and the left side has just stopped working, it's really annoying, they weren't cheap."),
        ("A", "Oh no, I'm sorry, that's frustrating on something that new. Can I take your name and order number?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Priyanka Lowther, and the order is V X 30917."),
        ("A", "Okay."),
        ("A", "Right, I've found them. So the left earcup has stopped working and you'd like them repaired or replaced under warranty.", H),
        ("C", "Replaced ideally."),
        ("A", "They're within the two year warranty, so that's fine. We'll send you a courier bag to return them in."),
        ("C", "And then a new pair?"),
        ("A", "Yes, once they're back with us a replacement goes out the next working day."),
        ("C", "Great."),
        ("A", "Is there anything else I can do for you?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling Voltaro, goodbye."),
     ])

call("h18-09-travel-notice-no-offer", industry="building society", style=CLEAN, words=True,
     exercises="greeting with no offer of help; travel notification; short overlapping question; restatement; no follow-up; no name; full close",
     labels=L("fail", "pass", "na", "pass", "na", "na_or_fail", "na", "na", "The greeting never offers help; the agent's question starts a second before the customer finishes and takes the floor."),
     turns=[
        ("A", "Good afternoon, Haverleigh Building Society, you're through to Callum."),
        ("C", "Hi, I'm going to Portugal next week and I want to make sure my card works out there while I'm away for the fortnight."),
        ("A", "When are you flying out?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "The third, back on the seventeenth."),
        ("A", "And is that just Portugal?"),
        ("C", "Just Portugal, yes."),
        ("A", "Okay, so you're in Portugal from the third to the seventeenth and want the card working the whole time you're there."),
        ("C", "That's it."),
        ("A", "That's on the account now, you're all set for the trip."),
        ("C", "Brilliant."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's great, thank you."),
        ("A", "Thank you for calling, enjoy your trip."),
     ])

call("h18-10-wrong-size-refund", industry="online shoe retailer", style=CLEAN, words=True,
     exercises="full greeting; wrong item sent; empathy; limit with alternative; 'you have to' demand; restatement; timed refund; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'We can't refund to a different card, but what I can do...' offers an alternative; 'you have to print the label yourself' is a demand."),
     turns=[
        ("A", "Hello, welcome to Stridewell Shoes, my name is Anouska, how can I help you?"),
        ("C", "Hi, I ordered trainers in a size six and you've sent me a size nine, and I needed them for a race on Sunday, so I'm pretty fed up."),
        ("A", "I'm really sorry about that, that's so annoying when you need them for the weekend. What's your name, please?"),
        ("C", "It's Tobiah Wrenfield."),
        ("A", "Thanks, Tobiah. So you were sent the wrong size and you'd like a refund rather than an exchange?"),
        ("C", "A refund, yes, but onto my new card, the old one's expired."),
        ("A", "We can't refund to a different card, but what I can do is refund it to the original card, and your bank will pass it on, or give you store credit today."),
        ("C", "The original card is fine then."),
        ("A", "You have to print the returns label yourself, we don't post them out.", {"tag": "neg"}),
        ("C", "Okay."),
        ("A", "Once the parcel reaches us, the refund shows on your card within five working days."),
        ("C", "Fine."),
        ("A", "Anything else I can help with today, Tobiah?"),
        ("C", "No thanks."),
        ("A", "Thanks for calling, goodbye."),
     ])

call("h18-11-cheque-book-wait", industry="retail bank", style=CLEAN, words=True,
     exercises="full greeting; routine cheque book; customer-caused silence; detail echo only; timed delivery; name used; full close; backchannel",
     labels=L("pass", "pass", "na", "fail", "pass", "pass", "na", "na", "The long silence is the customer fetching his account number, so hold is na; 'A cheque book?' repeats one detail, is not a restatement, and overlaps his last words only briefly (optional)."),
     turns=[
        ("A", "Good morning, Brightmoor Bank, this is Femi, how may I help you?"),
        ("C", "Morning, I'd like to order a new cheque book, I've only got two cheques left and I pay my gardener that way every month."),
        ("A", "Uh-huh.", {"at_start": 2.4, "tag": "bc"}),
        ("A", "A cheque book?", {"at_end": 0.7, "tag": "intr_opt"}),
        ("C", "Yes. Hang on, let me find the account number, it's in the kitchen."),
        ("C", "Right, here it is, it's three one two zero eight eight four five.", W),
        ("A", "Thank you. And your name?"),
        ("C", "Lennart Okonjo."),
        ("A", "Thanks, Mr Okonjo, that's ordered for you now."),
        ("C", "When will it come?"),
        ("A", "It'll be with you in seven to ten working days."),
        ("C", "Lovely."),
        ("A", "Is there anything else I can do for you?"),
        ("C", "No, that's all."),
        ("A", "Thank you for calling, bye bye."),
     ])

call("h18-12-online-banking-lockout", industry="retail bank", style=CLEAN, words=True,
     exercises="greeting without company; locked out frustration; 'calm down'; cut-in; no empathy; no restatement; untimed code; name not used; thanks-goodbye only",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na", "Greeting names no company; 'calm down' is negative; the agent cuts in while the customer is still explaining."),
     turns=[
        ("A", "Hi, you're speaking to Marcus, how can I help?"),
        ("C", "I've been locked out of online banking again, third time this month, I need to pay my rent today and it keeps saying my details are wrong when they're not."),
        ("A", "Okay, calm down, we'll get there.", {"tag": "neg"}),
        ("C", "I am calm, I'm just annoyed. My name's Isadora Kettleburn, the account's a joint one with my partner and the app just throws me out every time I try to log in from the laptop at home."),
        ("A", "What's your date of birth?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "Second of March, ninety-one."),
        ("A", "Right, I've unlocked it."),
        ("C", "And what stops it happening again?"),
        ("A", "You'll get a new activation code by text, use that to log in."),
        ("C", "Will it work on the app too?"),
        ("A", "Yes, the same login works on both."),
        ("C", "Okay."),
        ("A", "Thanks for calling, bye."),
     ])

# ---------------------------------------------------------------------------
# ASR-style text, no word timings
# ---------------------------------------------------------------------------

call("h18-13-asr-stolen-wallet", industry="retail bank", style=ASR, words=False,
     exercises="mis-heard full greeting; stolen wallet; empathy; restatement; timed cards; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "Company name comes through mis-recognised as 'calder wick' but is still the company."),
     turns=[
        ("A", "good morning calder wick bank um you're speaking with naveen how can i help"),
        ("C", "hi yeah my wallets been stolen on the bus like twenty minutes ago both my cards were in it im really shaken up"),
        ("A", "oh no im so sorry thats awful are you okay"),
        ("C", "yeah im ok just um annoyed and a bit scared"),
        ("A", "course can i take your full name"),
        ("C", "its henrike obi-marchetti"),
        ("A", "thanks henrike so both your debit card and your credit card were in the wallet and you want them stopped and replaced"),
        ("C", "yes please"),
        ("A", "ok theyre both cancelled now and no payments have gone out since this morning"),
        ("C", "oh thank god"),
        ("A", "the new cards will be with you in three to five working days"),
        ("C", "brilliant thank you"),
        ("A", "is there anything else i can help with today henrike"),
        ("C", "no thats it"),
        ("A", "take care thanks for calling bye"),
     ])

call("h18-14-asr-statement-copy", industry="retail bank", style=ASR, words=False,
     exercises="greeting without company; routine statement copy; restatement; untimed post; name not used; full close",
     labels=L("fail", "pass", "na", "pass", "fail", "fail", "na", "na", "No company in the greeting; 'ill post that out' has no time frame."),
     turns=[
        ("A", "hi there youre speaking with dev how can i help"),
        ("C", "hiya um i need a paper copy of my statement for last month its for a um a rental application"),
        ("A", "yeah no worries can i get your name"),
        ("C", "ya its lucinda fairweather-nkemelu"),
        ("A", "and your date of birth"),
        ("C", "twenty third of april nineteen ninety"),
        ("A", "lovely so you need a paper copy of last months statement sent out to you for the rental"),
        ("C", "thats right"),
        ("A", "ok thats done ill post that out to your home address"),
        ("C", "is there a charge"),
        ("A", "no its free"),
        ("C", "great"),
        ("A", "anything else i can help you with"),
        ("C", "no thats all"),
        ("A", "ok thanks for calling bye"),
     ])

call("h18-15-asr-overdraft-fees-no", industry="retail bank", style=ASR, words=False,
     exercises="full greeting; overdraft fee worry; bare no; can't refusal; no empathy; no restatement; no follow-up; name used; no close",
     labels=L("pass", "fail", "fail", "fail", "na", "pass", "na", "na", "A bare 'no' to the plea and a flat 'i cant do that' refuse without alternatives; the customer's worry is never acknowledged."),
     turns=[
        ("A", "hello thanks for calling pennant savings my names gabe how can i help"),
        ("C", "hi um ive been charged thirty five pound overdraft fees this month and im really worried cos i cant afford that right now"),
        ("A", "whats your name please"),
        ("C", "ravindra pillai-sorensen"),
        ("A", "ok mister pillai-sorensen i can see the fees they were for going over your limit on the twelfth"),
        ("C", "can you not take them off just this once"),
        ("A", "no", {"tag": "neg"}),
        ("C", "what about if i pay it back by friday"),
        ("A", "i cant do that", {"tag": "neg"}),
        ("C", "right so what do i do"),
        ("A", "the fees stay on the account"),
        ("C", "fine"),
        ("A", "ok"),
     ])

call("h18-16-asr-adviser-appointment", industry="building society", style=ASR, words=False,
     exercises="full greeting; routine appointment; hold asked with reason and thanked; restatement; timed appointment and text; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na", "Hold asked with a reason and thanked after; booking an adviser is routine."),
     turns=[
        ("A", "good afternoon haverleigh building society this is oona speaking how may i help you"),
        ("C", "hi id like to book an appointment with a mortgage adviser at the town centre branch please"),
        ("A", "of course can i have your name"),
        ("C", "yeah its benedikt asamoah"),
        ("A", "thanks benedikt so youd like a face to face with a mortgage adviser in the town centre branch"),
        ("C", "yeah ideally thursday afternoon"),
        ("A", "is it ok if i put you on hold for a moment while i check the advisers diary"),
        ("C", "yeah sure"),
        ("A", "thanks for holding benedikt ive got thursday at two with marguerite", H),
        ("C", "perfect"),
        ("A", "youll get a confirmation text today and a reminder the day before"),
        ("C", "great"),
        ("A", "anything else i can help with"),
        ("C", "no thats it thanks"),
        ("A", "lovely thank you for calling goodbye"),
     ])

call("h18-17-asr-savings-transfer", industry="retail bank", style=ASR, words=False,
     exercises="greeting without salutation; routine transfer between accounts; restatement; timed funds; no name; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "na_or_fail", "na", "na", "The opening has company, name and offer but no salutation; the customer never gives a name."),
     turns=[
        ("A", "oakhollow bank maria speaking how can i help"),
        ("C", "hi um i want to move some money from my current account into my savings"),
        ("A", "sure how much are we moving"),
        ("C", "five hundred pounds"),
        ("A", "and can you confirm the last four of the current account"),
        ("C", "six six zero one"),
        ("A", "ok so you want five hundred moved from your current account ending six six zero one into your instant saver"),
        ("C", "yep"),
        ("A", "done thatll be in your savings by tomorrow morning"),
        ("C", "can i do that myself next time"),
        ("A", "yeah i dont know if youve seen the move money button in the app but its right on the home screen"),
        ("C", "oh ok"),
        ("A", "anything else i can do for you today"),
        ("C", "no thats grand"),
        ("A", "thanks for calling have a good one bye"),
     ])

call("h18-18-asr-card-activation", industry="credit card issuer", style=ASR, words=False,
     exercises="full greeting; routine activation; truncated words; no restatement; no follow-up; name used; offer of help only",
     labels=L("pass", "fail_or_pass", "na", "fail", "na", "pass", "na", "na", "The agent offers further help but never thanks or says goodbye; a truncated word in the customer's turn."),
     turns=[
        ("A", "hi thank you for calling sable card services you're through to imogen what can i do for you"),
        ("C", "hi i just got my new credit card in the post and i want to acti activate it"),
        ("A", "lovely whats your name"),
        ("C", "thaddeus mwangi"),
        ("A", "thanks thaddeus can you read me the last four digits on the new card"),
        ("C", "three eight eight one"),
        ("A", "and the security code on the back"),
        ("C", "four two seven"),
        ("A", "perfect thats active now you can use it straight away"),
        ("C", "do i need to cut up the old one"),
        ("A", "yes please the old ones been cancelled"),
        ("C", "ok"),
        ("A", "anything else i can do for you thaddeus"),
        ("C", "no thats all cheers"),
     ])

call("h18-19-asr-fixed-rate-ending-transfer", industry="mortgage lender", style=ASR, words=False,
     exercises="full greeting; rate rise worry; empathy; restatement; transfer without where or why; ends in transfer; name not used",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "fail", "na", "fail", "'let me just pop you through' says neither where nor why; the call ends in the transfer."),
     turns=[
        ("A", "hello welcome to redfern home loans my name is tobias how can i help"),
        ("C", "hi um my fixed rate ends in june and ive had a letter saying my payments could go up by like three hundred a month and im honestly a bit worried"),
        ("A", "i understand thats a big worry with costs the way they are can i take your name"),
        ("C", "yeah its anneliese karamanlis"),
        ("A", "and the mortgage account number"),
        ("C", "uh its m four four two zero nine one"),
        ("A", "ok so your fix ends in june and you want to know what your options are before the payments go up"),
        ("C", "yes exactly"),
        ("A", "ok let me just pop you through"),
        ("C", "oh ok"),
        ("A", "one moment"),
        ("C", "thanks"),
     ])

call("h18-20-asr-pay-council-bill", industry="retail bank", style=ASR, words=False,
     exercises="full greeting; routine bill payment; neutral 'youll need to'; restatement; timed payment; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "'youll need to add them as a payee' is a neutral instruction, so optional."),
     turns=[
        ("A", "good morning thanks for calling brightmoor bank youre speaking to siobhan how can i help"),
        ("C", "morning its cornelius abara here i want to pay my um council tax bill over the phone"),
        ("A", "no problem cornelius have you paid the council from this account before"),
        ("C", "no never"),
        ("A", "ok youll need to add them as a payee first but i can do that with you now", {"tag": "neg_opt"}),
        ("C", "great"),
        ("A", "whats the amount and the reference on the bill"),
        ("C", "one hundred and sixty two pounds and the reference is four zero zero eight one seven"),
        ("A", "so thats one hundred and sixty two pounds to the council as a new payee using reference four zero zero eight one seven"),
        ("C", "yep"),
        ("A", "thatll leave your account today and reach them within two hours"),
        ("C", "perfect"),
        ("A", "is there anything else i can help you with cornelius"),
        ("C", "no thanks"),
        ("A", "thanks for calling goodbye"),
     ])

call("h18-21-asr-missing-order-department", industry="home furnishings retailer", style=ASR, words=False,
     exercises="full greeting; missing order frustration; not my department; no empathy; transfer with where and why; no name",
     labels=L("pass", "na_or_fail", "fail", "fail", "na", "na_or_fail", "na", "pass", "'thats not my department' is negative even though a proper transfer follows; the customer never gives a name."),
     turns=[
        ("A", "hi youre through to kestrel home this is jodie how can i help"),
        ("C", "yeah my lamp and rug were meant to come yesterday i took the day off work for it and nobody turned up its so annoying"),
        ("A", "whats the order number"),
        ("C", "k h seven seven one nought four"),
        ("A", "ok deliveries thats not my department", {"tag": "neg"}),
        ("C", "well who do i talk to then"),
        ("A", "our deliveries team book the couriers so theyre the ones who can find out what happened"),
        ("C", "right"),
        ("A", "im transferring you to deliveries now"),
        ("C", "ok"),
        ("A", "putting you through"),
        ("C", "fine"),
     ])

call("h18-22-asr-price-match", industry="electronics retailer", style=ASR, words=False,
     exercises="greeting without agent name; routine price match; limit with alternative; restatement; timed refund; name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "na", "na", "No agent name in the greeting; 'we cant price match marketplace sellers but what i can do' gives an alternative."),
     turns=[
        ("A", "hello thanks for calling voltaro electronics how can i help"),
        ("C", "hi i bought a tv from you last week and ive seen it cheaper online i wanted to ask about your price match"),
        ("A", "sure can i take your name"),
        ("C", "its wilhelmina osterberg"),
        ("A", "thanks wilhelmina where did you see it"),
        ("C", "on a marketplace site for about sixty quid less"),
        ("A", "we cant price match marketplace sellers but what i can do is match our main competitors theyve got it forty pounds cheaper"),
        ("C", "oh ok thats still good"),
        ("A", "so you want us to refund the forty pound difference on the tv you bought last week"),
        ("C", "yes please"),
        ("A", "the forty pounds will be back on your card in three to five days"),
        ("C", "lovely"),
        ("A", "anything else i can do for you today"),
        ("C", "no thats everything"),
        ("A", "thanks wilhelmina bye"),
     ])

call("h18-23-asr-close-account-silence", industry="retail bank", style=ASR, words=False,
     exercises="full greeting; fed up with fees; empathy; restatement; 'one sec' then long silence no thanks; untimed letter; name used; offer only",
     labels=L("pass", "fail_or_pass", "pass", "pass", "fail", "pass", "fail", "na", "'one sec' gives no reason and the agent never thanks her for waiting; the closure letter has no time frame."),
     turns=[
        ("A", "good afternoon calderwick bank youre speaking with priya how can i help"),
        ("C", "hi i want to close my current account honestly im fed up with the monthly fee going up again"),
        ("A", "im sorry to hear that i can understand thats frustrating can i take your name"),
        ("C", "hannelore buckridge"),
        ("A", "thanks hannelore so you want to close your current account because of the fee increase"),
        ("C", "yeah thats it"),
        ("A", "one sec"),
        ("A", "ok so theres a balance of forty one pounds where would you like it sent", H),
        ("C", "to my account with another bank i can give you the details"),
        ("A", "go ahead"),
        ("C", "sort code two zero four four one nine account eight one two three three four five six"),
        ("A", "lovely ill send you a closure letter confirming it all"),
        ("C", "ok"),
        ("A", "anything else hannelore"),
        ("C", "no"),
     ])

call("h18-24-asr-new-phone-number", industry="building society", style=ASR, words=False,
     exercises="full greeting; routine phone number change; polite 'i dont know if'; detail echo only; timed text; no name; full close",
     labels=L("pass", "pass", "na", "fail", "pass", "na_or_fail", "na", "na", "'i dont know if youve got the app' is the polite question form; 'the mobile' repeats one detail only."),
     turns=[
        ("A", "morning thank you for calling haverleigh building society im kofi how can i help"),
        ("C", "hi i need to change the phone number on my account ive got a new mobile"),
        ("A", "the mobile"),
        ("C", "yeah the mobile number"),
        ("A", "ok can you confirm the account number and your date of birth"),
        ("C", "its nine nine one two four four and the first of august eighty five"),
        ("A", "thanks and whats the new number"),
        ("C", "oh seven seven oh oh nine one two three four five"),
        ("A", "lovely thats updated youll get a text to the new number in a few minutes to check its working"),
        ("C", "great"),
        ("A", "i dont know if youve got the app but you can change it in there as well next time"),
        ("C", "oh good to know"),
        ("A", "is there anything else i can help you with"),
        ("C", "no thats all"),
        ("A", "thanks for calling bye bye"),
     ])

# ---------------------------------------------------------------------------
# Clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h18-25-card-declined-abroad-hold", industry="credit card issuer", style=CLEAN, words=False,
     exercises="full greeting; card declined abroad stress; empathy; restatement; hold with reason and thanks; no follow-up; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "na", "pass", "pass", "na", "The block is lifted during the call, so there is no future commitment."),
     turns=[
        ("A", "Good evening, Sable Card Services, my name's Dominika, how can I help you tonight?"),
        ("C", "Hi, I'm in Toronto and my card's just been declined at the hotel desk, I've got no other way to pay and I'm standing here feeling like an idiot."),
        ("A", "Oh, I'm sorry, that's a horrible position to be in. Let's sort it quickly. What's your name?"),
        ("C", "Caspian Holloway-Ndiaye."),
        ("A", "Thanks, Caspian. So your card's been declined at your hotel in Toronto and you need it working right now."),
        ("C", "Yes, please."),
        ("A", "Can I put you on a short hold while I look at why the payment was stopped?"),
        ("C", "Go on."),
        ("A", "Thank you for waiting, Caspian. Our system flagged it as unusual because we didn't know you were travelling.", H),
        ("C", "Ah, okay."),
        ("A", "I've lifted the block and noted you're in Canada until the twentieth, so try the card again now."),
        ("C", "Hang on... yes, it's gone through."),
        ("A", "Brilliant. Is there anything else I can help with?"),
        ("C", "No, you've saved me, thank you."),
        ("A", "You're welcome, enjoy the rest of your trip, goodbye."),
     ])

call("h18-26-double-charge-no-offer", industry="supermarket home delivery", style=CLEAN, words=False,
     exercises="greeting with no offer; charged twice; only generic 'sorry, could you repeat'; restatement; timed refund; name not used; full close",
     labels=L("fail", "pass", "fail", "pass", "pass", "fail", "na", "na", "'Sorry, could you repeat that?' is generic politeness, not empathy; the opening has no offer of help."),
     turns=[
        ("A", "Hello, Greenacre Groceries, you're speaking with Leontyne."),
        ("C", "Hi, I've been charged twice for my shopping on Saturday, ninety-four pounds each time, and it's left me short for the week."),
        ("A", "Sorry, could you repeat the amount?"),
        ("C", "Ninety-four pounds twenty, twice."),
        ("A", "And your name and the order number?"),
        ("C", "Ambrose Quaye-Lindholm, order G A 77120."),
        ("A", "Thanks. So you were charged twice for the one order on Saturday and want the extra payment back."),
        ("C", "Yes."),
        ("A", "I can see the duplicate. I've refunded it, and it will be back in your account within five working days."),
        ("C", "Five days? Okay."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for calling, goodbye."),
     ])

call("h18-27-loan-decision-refusal", industry="consumer loans", style=CLEAN, words=False,
     exercises="full greeting; routine loan question; unable-to refusal; policy refusal; no restatement; untimed call-back; no name; no close",
     labels=L("pass", "fail", "na", "fail", "fail", "na_or_fail", "na", "na", "'I'm unable to...' and 'it's our policy' both refuse without an alternative; 'someone will call you' has no time."),
     turns=[
        ("A", "Good morning, thank you for calling Lodestar Loans, my name is Gareth, how can I help?"),
        ("C", "Hi, I applied online yesterday for a car loan and I wanted to know if it's been approved yet."),
        ("A", "Do you have the application reference?"),
        ("C", "Yes, it's L S 40288."),
        ("A", "I can see it's with underwriting."),
        ("C", "Can you tell me if it looks likely to go through?"),
        ("A", "I'm unable to give you any indication on the phone.", {"tag": "neg"}),
        ("C", "Could you at least tell me the rate they're looking at?"),
        ("A", "It's our policy not to discuss rates until a decision is made.", {"tag": "neg"}),
        ("C", "Okay. So what happens now?"),
        ("A", "Someone will call you about it."),
        ("C", "Alright then."),
        ("A", "Okay then."),
     ])

call("h18-28-mortgage-overpayment", industry="mortgage lender", style=CLEAN, words=False,
     exercises="full greeting; routine overpayment; factual 'no' followed by help; restatement; timed email; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "'No, there's no charge for that' answers a factual question and is followed by help, so not negative."),
     turns=[
        ("A", "Hi, good afternoon, Redfern Home Loans, Ishaan speaking, how can I help you today?"),
        ("C", "Hello, I've had a bit of a bonus at work and I'd like to put five thousand pounds off my mortgage. Is there a charge for doing that?"),
        ("A", "No, there's no charge for that, you can overpay up to ten percent a year for free, and I can set it up now. Could I take your name?"),
        ("C", "Yes, it's Roisin Adebayo-Hart."),
        ("A", "Thanks, Roisin. So you'd like to make a one-off overpayment of five thousand pounds to bring the balance down."),
        ("C", "Yes, and keep the monthly payment the same."),
        ("A", "That's fine, it will shorten the term instead. Would you like to pay by debit card?"),
        ("C", "Please."),
        ("A", "All done. I'll email you an updated mortgage statement today showing the new balance."),
        ("C", "Fantastic."),
        ("A", "Is there anything else I can help you with, Roisin?"),
        ("C", "No, that's all, thanks."),
        ("A", "Thanks for calling, bye."),
     ])

call("h18-29-phishing-fraud-report", industry="retail bank", style=CLEAN, words=False,
     exercises="full greeting; phishing worry; empathy; restatement; two timed commitments; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "Two commitments, both with time frames."),
     turns=[
        ("A", "Good morning, Oakhollow Bank fraud line, you're speaking with Mirela, how can I help?"),
        ("C", "Hi, I think I've been scammed. I got a text that looked like it was from you, clicked the link and put my card details in, and now I feel sick about it."),
        ("A", "I'm so sorry, that must be really unsettling, and you've done the right thing calling straight away. Can I take your name?"),
        ("C", "Augustin Fairclough."),
        ("A", "Thank you, Augustin. So you entered your card details on a fake site from a text and want to make sure nobody can use them."),
        ("C", "Exactly."),
        ("A", "I've cancelled that card and I can't see any payments on it since yesterday."),
        ("C", "Okay, that's a relief."),
        ("A", "A new card will be with you within a week, and a fraud specialist will call you within twenty-four hours to go through the account with you."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with today, Augustin?"),
        ("C", "No, that's everything."),
        ("A", "Take care, and thanks for calling."),
     ])

call("h18-30-damaged-wardrobe", industry="furniture retailer", style=CLEAN, words=False,
     exercises="greeting without agent name; damaged delivery; empathy; no restatement; untimed collection; name used; goodbye without offer",
     labels=L("fail", "fail_or_pass", "pass", "fail", "fail", "pass", "na", "na", "The agent's name never comes in the opening; 'we'll arrange a collection' has no time frame."),
     turns=[
        ("A", "Hello, Marlow and Finch Furniture, how can I help you?"),
        ("C", "Hi, my wardrobe was delivered this morning and one of the doors is cracked right down the middle, I'm gutted, I waited eight weeks for it."),
        ("A", "Oh no, after eight weeks as well, I'm really sorry. Can I have your name?"),
        ("C", "It's Perpetua Mbeki-Rowland."),
        ("A", "Thanks, Perpetua. Is it just the one door?"),
        ("C", "Yes, the rest seems fine."),
        ("A", "Could you email a photo of the crack to our aftercare address?"),
        ("C", "I can do that now."),
        ("A", "Great. Once we've had it, we'll arrange a collection of the door and send a replacement."),
        ("C", "Okay, thanks."),
        ("A", "Thanks, Perpetua, bye for now."),
        ("C", "Bye."),
     ])

call("h18-31-tax-statements-transfer", industry="building society", style=CLEAN, words=False,
     exercises="full greeting; routine interest statement; restatement; transfer with where and why; name not used; ends in transfer",
     labels=L("pass", "na_or_fail", "na", "pass", "na", "fail", "na", "pass", "Transfer names the statements team and why; name given but never used."),
     turns=[
        ("A", "Thank you for calling Pennant Savings, this is Agnieszka, how may I help?"),
        ("C", "Hello, it's Bartholomew Achebe-Lund, I need a certificate of the interest I earned last tax year for my accountant."),
        ("A", "Certainly. So you need a statement of the interest paid on your savings for the last tax year, to give to your accountant."),
        ("C", "That's right."),
        ("A", "Can I confirm your date of birth?"),
        ("C", "Ninth of November, nineteen sixty-two."),
        ("A", "Thank you, that's all confirmed."),
        ("C", "Great."),
        ("A", "Interest certificates are produced by our statements team rather than the branch, so they're the right people to issue it."),
        ("C", "Okay."),
        ("A", "I'm transferring you to the statements team now."),
        ("C", "Thank you."),
     ])

call("h18-32-gift-card-balance", industry="department store", style=CLEAN, words=False,
     exercises="full greeting; routine gift card balance; no restatement; no follow-up; no name; full close; mild 'you'll need to'",
     labels=L("pass", "pass", "na", "fail", "na", "na_or_fail", "na", "na", "'You'll need to use it in store' is a neutral instruction, so optional; the customer's name never appears."),
     turns=[
        ("A", "Morning, welcome to Gladstow's, you're speaking to Bernadette, how can I help?"),
        ("C", "Hi, I've got a gift card from Christmas and I'd like to know what's left on it."),
        ("A", "Sure, can you read me the number on the back?"),
        ("C", "It's six three four one, two two eight zero, nine nine one five."),
        ("A", "And the four digit PIN under the scratch panel?"),
        ("C", "Zero four one seven."),
        ("A", "You've got forty-two pounds fifty left on it."),
        ("C", "Oh nice. Can I use it on the website?"),
        ("A", "That type of card only works in our shops, so you'll need to use it in store.", {"tag": "neg_opt"}),
        ("C", "Fair enough."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's it, thanks."),
        ("A", "Thanks for calling Gladstow's, bye now."),
     ])

call("h18-33-stolen-phone-banking-hold", industry="retail bank", style=CLEAN, words=False,
     exercises="full greeting; stolen phone worry; empathy; restatement; hold with reason but no thanks; timed follow-up; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na", "The hold is announced with a reason but the agent never thanks the customer for waiting."),
     turns=[
        ("A", "Hi, good afternoon, Calderwick Bank, Leopold speaking, how can I help?"),
        ("C", "Hi, my phone was stolen at the gym and my banking app is on it, I'm really anxious someone could get in."),
        ("A", "Oh no, I'm sorry, that's really stressful. What's your name, please?"),
        ("C", "Clementine Ashdown-Oyelaran."),
        ("A", "Thanks, Clementine. So your phone's been stolen and you want your mobile banking shut off so nobody can get into it."),
        ("C", "Yes."),
        ("A", "I'll put you on hold for a moment while I deregister the device, please stay on the line."),
        ("C", "Okay."),
        ("A", "Right, the app is disconnected from that phone, and nothing has been paid out today.", H),
        ("C", "Phew."),
        ("A", "When you've got a new phone, you'll get an activation code by text within an hour of registering it."),
        ("C", "Great, thank you."),
        ("A", "Anything else I can help you with, Clementine?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, look after yourself, goodbye."),
     ])

call("h18-34-refund-late-have-to-wait", industry="online fashion retailer", style=CLEAN, words=False,
     exercises="greeting without agent name; late refund frustration; 'you have to wait' demand; 'nothing I can do'; no empathy; no restatement; name not used; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "fail", "na", "na", "'You have to wait' is a demand and 'there's nothing I can do' a refusal; the frustration is never acknowledged."),
     turns=[
        ("A", "Hello, Thistlewood Clothing customer services, how can I help?"),
        ("C", "Hi, I sent a coat back three weeks ago and I still haven't had my refund, it's a hundred and twenty pounds and I'm getting really fed up chasing it."),
        ("A", "Name?"),
        ("C", "Jocasta Uwimana."),
        ("A", "And the return number?"),
        ("C", "R T 90031."),
        ("A", "It's been received at the warehouse."),
        ("C", "So where's my money?"),
        ("A", "Refunds are processed in the order they arrive, you have to wait.", {"tag": "neg"}),
        ("C", "Can't you just push it through?"),
        ("A", "There's nothing I can do from here.", {"tag": "neg"}),
        ("C", "Unbelievable."),
        ("A", "Mm-hmm."),
     ])

call("h18-35-cancel-standing-order", industry="retail bank", style=CLEAN, words=False,
     exercises="full greeting; routine standing order cancellation; restatement with 'just to confirm'; timed stop; title and surname used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "The name comes from the account record and is then used with title and surname."),
     turns=[
        ("A", "Good morning, thanks for calling Brightmoor Bank, you're through to Nkechi, how can I help today?"),
        ("C", "Morning, I want to cancel a standing order I've got going to my old landlord."),
        ("A", "Of course. Can you give me your account number and date of birth?"),
        ("C", "It's five five zero one eight two three nine, and the fourth of May, seventy-nine."),
        ("A", "Thank you. I've got the account here in the name of Mrs Teodora Harcourt, is that you?"),
        ("C", "That's me."),
        ("A", "Lovely. Just to confirm, you want the monthly standing order of six hundred and fifty pounds to Brinsley Lettings stopped."),
        ("C", "Yes, that's the one."),
        ("A", "That's cancelled, Mrs Harcourt, so it won't go out on the first of next month."),
        ("C", "Great."),
        ("A", "Is there anything else I can do for you?"),
        ("C", "No, that's everything."),
        ("A", "Thank you for calling, have a lovely day, bye."),
     ])

call("h18-36-credit-limit-declined", industry="credit card issuer", style=CLEAN, words=False,
     exercises="full greeting; disappointed customer; empathy; limit with alternative; restatement; timed review; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'We can't increase it right now, but what I can do...' offers an alternative, so not negative."),
     turns=[
        ("A", "Hello, you've reached Sable Card Services, my name is Florin, what can I do for you today?"),
        ("C", "Hi, it's Ottilie Brannigan-Soto, I asked for a credit limit increase online and it got declined, and I'm a bit disappointed because I've never missed a payment."),
        ("A", "I understand, that's disappointing when you've been so careful with it, Ottilie."),
        ("A", "So you'd like to know why the increase was declined and whether you can get one."),
        ("C", "Yes, please."),
        ("A", "It's because your limit was raised only two months ago. We can't increase it again right now, but what I can do is set a review on your account."),
        ("C", "Okay, when would that be?"),
        ("A", "I'll set the review for three months' time, and we'll write to you with the result within a week of it."),
        ("C", "That sounds fair."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's all, thank you."),
        ("A", "You're welcome, Ottilie, thanks for calling, goodbye."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout18: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of `make_holdout12.py`).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout18", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h18", seed_base=1800)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
