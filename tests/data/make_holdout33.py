"""Write the holdout33 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout33.py

Writes tests/data/holdout33/<call_id>.json, tests/data/holdout33-labels.json and
tests/data/holdout33/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout33"
LABELS_PATH = HERE / "holdout33-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
MIN_UTTS = 12
MAX_UTTS = 15
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 13.5, "tag": "hold"}
W = {"gap": 12.0, "tag": "wait"}


# ---------------------------------------------------------------------------
# 1-12: clean text with word timings and real overlaps
# ---------------------------------------------------------------------------

call("h33-01-antiques-chair-leg-snapped", industry="antiques restoration", style=CLEAN, words=True,
     exercises="full greeting; restored chair failed; agent cuts in with a question; empathy; announced hold with reason and thanks; restatement after the hold; 'no charge' look-alike; two timed commitments; surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "The agent's question about the dowel starts while the customer is still finishing (interruption); 'no charge at all' is not negative; the restorer's call is 'tomorrow before ten' and the collection 'Thursday morning'."),
     turns=[
        ("A", "Good morning, Ashcombe Restorations, you're speaking with Imogen, how can I help?"),
        ("C", "Hi, yes. You restored a Georgian dining chair for me, it came back three weeks ago, and last night my brother-in-law sat on it at dinner and the back left leg just snapped clean off at the joint you'd re-glued. He ended up on the floor, and I paid four hundred pounds for that work."),
        ("A", "Was that the leg you'd had the new dowel put in?", {"at_end": 1.6, "tag": "intr"}),
        ("C", "Yes, the one that was wobbling before, the exact same joint."),
        ("A", "Oh no, I'm so sorry, that's the last thing you want after waiting months to have it back. Is your brother-in-law all right?"),
        ("C", "He's fine, just a bit embarrassed. It's Gerald Finch, by the way, the job will be under that."),
        ("A", "Thank you, Mr Finch. Can I put you on hold for a moment while I find the job sheet and see who worked on it?"),
        ("C", "Yes, that's fine."),
        ("A", "Thank you for waiting, Mr Finch. I've got it here, Tobias did the regluing in October.", H),
        ("C", "So what happens now?"),
        ("A", "So the joint we repaired has failed within a month, and you'd like us to put it right properly, at no cost to you. Is that fair?"),
        ("C", "That's exactly it."),
        ("A", "Tobias will ring you tomorrow before ten to arrange it, and we'll collect the chair on Thursday morning, no charge at all."),
        ("C", "Good. Thank you."),
        ("A", "Is there anything else I can help you with today? No? Thanks for calling, Mr Finch, goodbye."),
     ])

call("h33-02-beekeeping-starter-kit-order", industry="beekeeping supplies", style=CLEAN, words=True,
     exercises="greeting without agent name; routine order; backchannel inside a long turn; restatement; customer cuts in on the agent; factual 'no' with an alternative; 'no problem'; only present-tense states, no commitments; first name used; full close",
     labels=L("fail", "pass", "na", "pass", "na", "pass", "na", "na",
              "'No, we only deliver Monday to Friday, but our Frome shop is open' answers a question and offers an alternative (not negative); 'it's ready whenever you are' and 'the order's on the system now' describe the present, so there is no commitment (follow-up na)."),
     turns=[
        ("A", "Hi there, Hive and Honey, how can I help?"),
        ("C", "Hello. I'm starting beekeeping this spring, I've got a nucleus of bees coming from a local breeder on the twentieth, and I need a complete hive before then. A National, I think, with the frames and the wax foundation, and probably a suit and gloves as well, because I've got nothing yet."),
        ("A", "Mm-hmm.", {"at_start": 3.2, "tag": "bc"}),
        ("A", "Lovely, exciting times. So you need a full National hive with frames and foundation, plus a suit and gloves, all in hand before your bees come on the twentieth."),
        ("C", "Yes, exactly. Do you deliver on Saturdays?", {"at_end": 0.6}),
        ("A", "No, we only deliver Monday to Friday, but our Frome shop is open till four on a Saturday, so you could collect it there."),
        ("C", "Oh, Frome's ten minutes from me. Can I just pick it up in person this week?"),
        ("A", "Of course. Our beginner's bundle has everything you've mentioned, it's two hundred and eighty-five pounds."),
        ("C", "Perfect, I'll take that. The name's Bryony Hale. Can I try the suit on when I come in?"),
        ("A", "No problem at all, Bryony, there are plenty on the rail to try."),
        ("C", "Great."),
        ("A", "That's paid, and the order's on the shop system now, so it's ready whenever you are. Anything else you need for the bees?"),
        ("C", "No, I think that's everything, thank you."),
        ("A", "Lovely. Happy beekeeping, Bryony, bye now."),
     ])

call("h33-03-business-rates-closed-shop-bill", industry="business rates office", style=CLEAN, words=True,
     exercises="greeting names a service and the agent but no organisation or offer; bill for an empty shop and frustration; agent cuts in; read-back only; 'I don't know'; 'you have to' demand; no empathy; untimed promises; name never used; offer only",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na",
              "'What's the account reference?' cuts in on the complaint (interruption); 'The unit on Mill Street?' is a read-back; 'someone will look at the account' and 'it'll get looked at' have no time; 'Anything else?' with no thanks or goodbye."),
     turns=[
        ("A", "Good afternoon, business rates, Colin speaking."),
        ("C", "Hi. I closed my shop on Mill Street at the end of August and I told you in writing the same week, I've still got the email, but I've just had a bill for the full year, fourteen hundred pounds, with a reminder saying you'll take me to court if I don't pay within seven days. I'm sick of chasing this."),
        ("A", "What's the account reference?", {"at_end": 1.8, "tag": "intr"}),
        ("C", "It's 6004 1187 2. My name's Anita Rowe."),
        ("A", "The unit on Mill Street?"),
        ("C", "Yes. Number twelve. It's been empty since August."),
        ("A", "I don't know why it's still showing as occupied, there's nothing on here about it closing.", {"tag": "neg"}),
        ("C", "I sent you an email on the second of September."),
        ("A", "You have to fill in the empty property form, an email isn't enough.", {"tag": "neg"}),
        ("C", "Nobody ever told me that. And what about the court letter?"),
        ("A", "Someone will look at the account and the recovery will be put on hold."),
        ("C", "Right. Will I hear back?"),
        ("A", "It'll get looked at. Anything else?"),
        ("C", "No, that's it."),
     ])

call("h33-04-canal-boat-cancel-surgery", industry="canal boat holidays", style=CLEAN, words=True,
     exercises="greeting split over two turns; holiday lost to an operation; backchannel; brief empathy; restatement; customer cuts in on the agent; policy refusal; silent working pause with no announcement or thanks; one untimed commitment; surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "fail", "na",
              "Company, salutation, name and offer all come in the agent's first two turns within a few seconds; the policy line refuses with nothing offered in that turn (the April dates come only after the customer asks); the long silence is never announced or thanked for; 'I'll get the office to send you the new boat details' has no time."),
     turns=[
        ("A", "Hello, Wharfside Narrowboats."),
        ("C", "Oh, hello, is that the bookings office?"),
        ("A", "It is, yes, you're speaking to Nell, what can I do for you?"),
        ("C", "Hi Nell. We've got a boat booked with you from the eleventh of next month, a week on the Llangollen, but my husband's been told he needs a hip operation and it's been booked for that same week, so we can't go. I'm gutted, honestly, we've been looking forward to it all year."),
        ("A", "I see.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Oh, sorry to hear that. Can I take the booking name?"),
        ("C", "It's Okafor, Mrs Ngozi Okafor."),
        ("A", "Thank you, Mrs Okafor. So you need to cancel next month's week on the Llangollen because of your husband's operation, and you're hoping to get your money back."),
        ("C", "Or move it, if we can't get it back.", {"at_end": 0.9}),
        ("A", "It's our policy not to refund inside six weeks of the start date.", {"tag": "neg"}),
        ("C", "Oh. Can it be moved, then?"),
        ("A", "Right, I've got the same boat from the fourteenth of April, and that week's the same price.", H),
        ("C", "April would be lovely, his consultant said six weeks to recover."),
        ("A", "Then I'll move you over to the fourteenth of April, and I'll get the office to send you the new boat details."),
        ("A", "Is there anything else I can help with, Mrs Okafor? No? Take care, and best wishes to your husband for the operation. Bye."),
     ])

call("h33-05-chiropodist-ingrown-toenail", industry="chiropodist clinic", style=CLEAN, words=True,
     exercises="greeting without the clinic's name; painful toe before a wedding; short sympathetic overlap inside the customer's turn; empathy; restatement; 'you'll need to' instruction; two timed commitments; first name used; offer then 'see you in the morning'",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The opening never names the clinic; 'Oh dear.' overlaps the customer but is short and does not take the floor (optional); 'you'll need to bring a list' is a neutral instruction (optional); 'see you in the morning' is taken as the goodbye."),
     turns=[
        ("A", "Good morning, Deepa speaking, how can I help you?"),
        ("C", "Morning. I've got an ingrown toenail on my big toe that's gone red and swollen, and it's throbbing so much I couldn't sleep last night, I can't even get a shoe on, and I've got to be at my daughter's wedding on Saturday."),
        ("A", "Oh dear.", {"at_start": 5.0, "tag": "intr_opt"}),
        ("A", "Ouch, that sounds really painful, I'm sorry, and with the wedding so close. Have you been to us before?"),
        ("C", "Yes, I saw Pam about two years ago. Harold Beck."),
        ("A", "Thanks, Harold. So the toe's red and throbbing, and you need to be seen before Saturday so you can get a shoe on for the wedding."),
        ("C", "That's it in one. Have you got anything?"),
        ("A", "Pam has a cancellation tomorrow at twenty to nine."),
        ("C", "I'll take it."),
        ("A", "Pam will see you tomorrow at eight-forty. You'll need to bring a list of any medication you're on, and I'll text you the address and parking details tonight.", {"tag": "neg_opt"}),
        ("C", "Lovely, thank you."),
        ("A", "Is there anything else I can help with, Harold?"),
        ("C", "No, that's all."),
        ("A", "Okay, see you in the morning, then."),
     ])

call("h33-06-clock-repairs-stops-after-a-day", industry="clock repairs", style=CLEAN, words=True,
     exercises="opening has salutation and company only, the name comes after a long customer turn; repeat fault and frustration; backchannel; agent cuts in; 'that's not my job'; no empathy; restatement; untimed visit; surname used; goodbye only",
     labels=L("fail", "fail_or_pass", "fail", "pass", "fail", "pass", "na", "na",
              "The agent's name only comes well past twenty seconds and no offer to help is made; 'Sorry, is it the weights or the pendulum' cuts in (interruption); 'someone will come out' has no time; the close is 'thanks for calling, bye' with no offer."),
     turns=[
        ("A", "Morning, Pendle Clockworks."),
        ("C", "Hello, yes, morning. I brought my mother's grandfather clock in to you back in the summer because it kept stopping, and your chap had it for nearly eight weeks, and it cost two hundred and sixty pounds, and it's been back home for a fortnight now and it still stops. It runs for about a day and then the pendulum just dies and I have to start it off again every single morning, which is exactly what it was doing before I brought it in to you in the first place."),
        ("A", "Right.", {"at_start": 6.0, "tag": "bc"}),
        ("A", "Okay, it's Owen here, I do the collections and deliveries. Has it been moved at all since it came back?"),
        ("C", "Not at all, your man set it up himself in the hall. It's on a stone floor, nobody's touched it, and I've been so careful with it, I don't even wind it myself, my son does it on a Sunday because I'm worried about overwinding it and breaking something else."),
        ("A", "Sorry, is it the weights or the pendulum that stops first?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "The pendulum. The weights are still halfway down."),
        ("A", "That's not my job, the movements are all done by Mr Hargreaves.", {"tag": "neg"}),
        ("C", "Well, can I speak to him? This has been going on since June and I'm fed up with it."),
        ("A", "He's only in on Tuesdays. So it runs for about a day after the repair and then stops, same as before, and you want it looked at again."),
        ("C", "Yes. And it's Mrs Quayle, Dorothy Quayle."),
        ("A", "Thanks, Mrs Quayle. Someone will come out and check the beat and the levelling for you."),
        ("C", "Fine, whatever."),
        ("A", "Thanks for calling, bye."),
     ])

call("h33-07-cookery-voucher-gift", industry="cookery school classes", style=CLEAN, words=True,
     exercises="full greeting; routine gift booking; backchannel; restatement; announced hold with reason and thanks; 'no problem'; one timed and one untimed commitment; first name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "pass", "na",
              "Booking a present is routine (empathy na); the email comes 'in the next ten minutes' but 'I'll pop a gift card in the post' has no time, so follow-up fails."),
     turns=[
        ("A", "Hello, thanks for calling Saffron Street Cookery School, I'm Marcus, how can I help?"),
        ("C", "Hi Marcus. I'd like to buy a class for my partner's birthday, he's really into Thai food, and I saw on the website you do a Saturday course, the street food one, but I wasn't sure if you could book it for a date or if it's better as a voucher so he can choose."),
        ("A", "Uh-huh.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Either works. So you're after the Thai street food class as a birthday present, and you're deciding between a fixed date and a voucher he can use when he likes."),
        ("C", "Yes. Is there a Saturday in March?"),
        ("A", "Let me check the March calendar for you, it's on another screen. Can I put you on hold for a moment?"),
        ("C", "Of course."),
        ("A", "Thank you so much for holding. There's one space left on the fifteenth of March.", H),
        ("C", "Oh, that's his actual birthday! Book it. I'm Pearl Dunmore. What if he can't make it on the day?"),
        ("A", "No problem, Pearl, he can move it once for free, up to a week before. I'll pop a gift card in the post for him to open, and you'll get a confirmation email in the next ten minutes."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for booking with us, Pearl, bye bye."),
     ])

call("h33-08-drains-sewage-in-shower", industry="drain unblocking", style=CLEAN, words=True,
     exercises="full greeting; sewage backing up and fear; agent cuts in twice; empathy with the name; restatement; instruction that is not a demand; two timed commitments; offer then 'hang in there'",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "na", "na",
              "Both triage questions start while the customer is still talking (two interruptions); 'Don't flush anything upstairs' is safety advice, not negative; 'hang in there' is neither thanks nor goodbye, so only the offer is there."),
     turns=[
        ("A", "Thank you for calling Flowright Drains, my name's Kelly, how can I help?"),
        ("C", "Hi, I need someone out now, please. There's sewage coming up through the shower tray downstairs, it's all over the bathroom floor and it's starting to go under the door into the hall, and I've got two little ones here and the smell is unbelievable."),
        ("A", "Is it coming up anywhere else, the toilet or the kitchen sink?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "Just the shower so far, but the toilet's gurgling every time anyone flushes upstairs, and I'm terrified it's going to come up through that as well, the floor's only just been done."),
        ("A", "What's the postcode there?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "BD7 4LP. It's Tunde, Tunde Bakare."),
        ("A", "Oh, Tunde, that's horrible, I'm sorry you're dealing with that with the kids in the house."),
        ("C", "Thank you. Just get someone here."),
        ("A", "So the drain's backing up into the downstairs shower, it's spreading into the hall, and you need an emergency visit."),
        ("C", "Yes."),
        ("A", "Don't flush anything upstairs in the meantime. An engineer will be with you within two hours, and he'll ring you twenty minutes before he arrives."),
        ("C", "Okay, thank you, that's a relief."),
        ("A", "Is there anything else I can do for you?"),
        ("C", "No, just get him here."),
        ("A", "Will do, hang in there, Tunde."),
     ])

call("h33-09-livery-horse-kicked-in-field", industry="equestrian livery yard", style=CLEAN, words=True,
     exercises="greeting without an offer; injured horse and anger; quick 'oh no'; agent cuts in; 'calm down'; dismissive overlapping 'yeah, yeah'; no restatement; untimed promise; owner's name never used; offer and goodbye",
     labels=L("fail", "pass", "pass", "fail", "fail", "fail", "na", "na",
              "'Oh no, poor Duke' acknowledges the problem (empathy pass) even though 'calm down' follows; 'Yeah, yeah.' overlaps the customer and is not one of the plain backchannels but does not take the floor (optional); 'Fiona' is given and never used."),
     turns=[
        ("A", "Hiya, Brackenfold Livery, Jess speaking."),
        ("C", "Jess, it's Fiona, Duke's owner. I've just come up to the yard and he's got a huge cut on his hind leg, there's blood all down his hock, and it's obviously a kick. I told you I didn't want him turned out with that new grey mare, I said it twice, and now look."),
        ("A", "Oh no, poor Duke."),
        ("C", "He's standing in the corner of the stable and he won't put the leg down properly, and I'm really, really angry, because nobody even noticed, he must have been like this since this morning, and if the vet says it's the joint he could be off for months."),
        ("A", "Is he weight-bearing at all?", {"at_end": 1.6, "tag": "intr"}),
        ("C", "Barely. Why wasn't anyone checking them?"),
        ("A", "Calm down, horses kick each other in the field, it happens.", {"tag": "neg"}),
        ("C", "Don't tell me to calm down. I pay for full livery so that someone checks him twice a day, and that obviously hasn't happened today, has it, and I want to know who was on this morning and why he went out with her when I specifically said not to."),
        ("A", "Yeah, yeah.", {"at_start": 6.0, "tag": "intr_opt"}),
        ("A", "I'll speak to Martin about moving him into the small paddock on his own."),
        ("C", "Fine."),
        ("A", "Is there anything else?"),
        ("C", "No."),
        ("A", "Okay, bye bye."),
     ])

call("h33-10-glazing-misted-bay-unit", industry="glazing and double glazing repairs", style=CLEAN, words=True,
     exercises="full greeting; failed sealed unit as a plain fact; backchannel; hold announced without a reason, thanked; limit with an alternative; customer cuts in on the agent; no empathy; restatement; two timed commitments; surname used; full close",
     labels=L("pass", "pass", "fail", "pass", "pass", "pass", "fail", "na",
              "'Bear with me a sec' gives no reason for the long silence, though the agent thanks him after (hold fail); 'we can't replace just the one sheet, but we can swap the whole sealed unit' offers an alternative; the broken window is never acknowledged."),
     turns=[
        ("A", "Good afternoon, ClearPane Glazing, Rob speaking, what can I help you with?"),
        ("C", "Hi Rob. One of the panes in our bay window has gone all misty between the two layers of glass, you can't see out of it at all now, and there are little droplets inside it. The windows are only about six years old, and I think you fitted them."),
        ("A", "Okay.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Can I take your name and the postcode?"),
        ("C", "Samuel Oduya, SO15 2HQ."),
        ("A", "Bear with me a sec."),
        ("A", "Thanks for bearing with me, Mr Oduya. Yes, we fitted those in twenty nineteen.", H),
        ("C", "Is it still under guarantee?"),
        ("A", "It is, the sealed units are covered for ten years. We can't replace just the one sheet of glass, but we can swap the whole sealed unit without touching the frame."),
        ("C", "That's fine, as long as it's covered.", {"at_end": 0.8}),
        ("A", "So the sealed unit in the bay has blown and misted up, and you'd like it replaced under the guarantee."),
        ("C", "Yes, please."),
        ("A", "The fitter will come to measure on Monday between eight and ten, and we'll fit the new unit within three weeks of that. Is there anything else I can help with today?"),
        ("C", "No, that's great, thanks."),
        ("A", "Thanks for calling, Mr Oduya, bye now."),
     ])

call("h33-11-party-entertainer-no-show", industry="kids party entertainers", style=CLEAN, words=True,
     exercises="full greeting; entertainer never arrived and anger; agent cuts in; 'there's nothing I can do'; 'that's not my job'; belated empathy with the name; no restatement; timed refund plus untimed manager call; no closing",
     labels=L("pass", "fail", "pass", "fail", "fail", "pass", "na", "na",
              "'Which hall was it?' cuts in (interruption); the apology comes only after two brush-offs but still counts; the refund is 'today' and 'three to five working days' but the manager's call and 'I'll pass it on' have no time; the agent's last words close nothing."),
     turns=[
        ("A", "Hello, Jellybean Parties, this is Kofi, how can I help?"),
        ("C", "Hi, I'm Laura Pike. We booked Captain Confetti for my son's sixth birthday on Saturday, two till four at the village hall, I paid a hundred and eighty pounds up front, and he never turned up. Twenty kids sitting on the floor waiting, and I was ringing your number over and over and nobody answered."),
        ("A", "Which hall was it?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "Ashby village hall. I had to do party games myself for two hours with a room full of crying six-year-olds."),
        ("A", "There's nothing I can do about Saturday now, it's happened.", {"tag": "neg"}),
        ("C", "I'm not asking you to turn back time. I'm asking why he didn't come."),
        ("A", "That's not my job, I just take the bookings. The entertainers are self-employed.", {"tag": "neg"}),
        ("C", "He was booked through you, and my son was in tears."),
        ("A", "You're right, Laura, I'm really sorry. That's an awful thing to happen at a little boy's birthday."),
        ("C", "Thank you. I want my money back."),
        ("A", "I'll refund the full hundred and eighty today, it'll be back on your card in three to five working days, and my manager will call you about what went wrong."),
        ("C", "When will he call?"),
        ("A", "I'll pass it on to him."),
        ("C", "Fine."),
        ("A", "Okay, I've noted all of that on the booking."),
     ])

call("h33-12-scooter-hire-seaside-transfer", industry="mobility scooter hire", style=CLEAN, words=True,
     exercises="full greeting with a filler before the name; routine hire; backchannel; date read back only; limit with an alternative; customer cuts in on the agent; warm transfer naming the person and the reason; no commitments; no name; ends in transfer",
     labels=L("pass", "na_or_fail", "na", "fail", "na", "na_or_fail", "na", "pass",
              "'The twenty-fourth?' only reads back a date; 'we can't deliver out to Whitby from this branch, but Scarborough covers the coast' offers an alternative; 'he can book the drop-off' is what Dave is able to do, not a commitment; the call ends on the transfer."),
     turns=[
        ("A", "Morning, you're through to Easyride Mobility, it's, um, Sandra here, how can I help?"),
        ("C", "Hello. We're taking my father-in-law to Whitby for a week at the end of May, and he can walk a little bit but not far, so we were wondering about hiring one of your scooters for the week, something that'll fold into the boot of a Golf."),
        ("A", "Mm-hmm.", {"at_start": 2.8, "tag": "bc"}),
        ("A", "Okay, which dates are you there?"),
        ("C", "The twenty-fourth to the thirty-first."),
        ("A", "The twenty-fourth?"),
        ("C", "Yes, Saturday to Saturday. Could you deliver it to the hotel? It's on the seafront."),
        ("A", "We can't deliver out to Whitby from this branch, but our Scarborough branch covers the whole coast."),
        ("C", "Oh, right. Do they have the folding ones?", {"at_end": 0.7}),
        ("A", "They do, they've got the lightweight boot scooters."),
        ("C", "Lovely."),
        ("A", "I'll put you through to Scarborough now. You'll be speaking to Dave, he handles the coastal deliveries and he can book the drop-off at the hotel for you."),
        ("C", "Great, thanks very much."),
        ("A", "You're welcome, putting you through."),
     ])


# ---------------------------------------------------------------------------
# 13-24: ASR-style text, no word timings
# ---------------------------------------------------------------------------

call("h33-13-oven-clean-booking", industry="oven cleaning", style=ASR, words=False,
     exercises="full greeting with a clipped 'thanks' and a filler; routine booking; restatement; customer-caused wait; two timed commitments; surname spelled out and used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na",
              "'anks for calling' is the recogniser clipping 'thanks for calling' (salutation counted); the silence is the customer fetching a calendar (na); the visit is 'monday between nine and ten' and the text 'later today'."),
     turns=[
        ("A", "anks for calling gleamo oven cleaning um you're speaking to tasha how can i help"),
        ("C", "hiya i'd like to book an oven clean please it's a double oven and the hob we're selling the house and the estate agent's coming to take photos next wednesday"),
        ("A", "ooh exciting so you want the double oven and the hob cleaned before the photos next wednesday"),
        ("C", "yeah that's it"),
        ("A", "lovely can i take your name and postcode"),
        ("C", "it's mrs leyland l e y l a n d and it's w a four one r t"),
        ("A", "thanks mrs leyland what days are you in this week"),
        ("C", "hang on i'll grab the calendar off the fridge"),
        ("C", "right i'm in monday and tuesday all day", W),
        ("A", "i can do monday the technician will be with you between nine and ten and it takes about three hours"),
        ("C", "monday's perfect"),
        ("A", "brilliant you'll get a confirmation text later today is there anything else i can help you with"),
        ("C", "no that's it thanks"),
        ("A", "thanks mrs leyland bye bye"),
     ])

call("h33-14-microchip-dog-missing", industry="pet microchip registry", style=ASR, words=False,
     exercises="full greeting with a filler; lost dog and distress; empathy; announced hold with reason and thanks; restatement; 'now' and 'within the hour'; polite 'i don't know if'; hope that is not a promise; first name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'thanks for bearing with me' is the thanks after an announced record check; 'i don't know if you've done posters yet' is the polite question form; 'i really hope he turns up soon' is a wish, not a commitment."),
     turns=[
        ("A", "good morning chipsafe registry you're speaking with um aled how can i help"),
        ("C", "hi my dog's gone missing he got out of the back garden last night when the gate blew open and i've been out looking for him since six this morning i'm in bits"),
        ("A", "oh no i'm so sorry that's really scary can i take your name"),
        ("C", "carys pugh and he's called buddy he's a little border terrier"),
        ("A", "thanks carys let me pull buddy's record up so i can check your details are right one moment"),
        ("A", "thanks for bearing with me carys i've got him here registered to you at nine hill street", H),
        ("C", "yes that's right"),
        ("A", "so buddy got out last night and you want him marked as missing so that if anyone scans his chip they get straight through to you"),
        ("C", "yes please and will the vets know"),
        ("A", "i'll mark him as missing now and we'll send an alert to vets and rescues within twenty miles within the hour and i don't know if you've done posters yet but the local facebook groups are really good too"),
        ("C", "thank you so much i'll do that"),
        ("A", "is there anything else i can help with carys"),
        ("C", "no that's everything"),
        ("A", "take care i really hope he turns up soon bye"),
     ])

call("h33-15-bsl-interpreter-no-cover", industry="sign-language interpreting agency", style=ASR, words=False,
     exercises="greeting with company and salutation only; interpreter needed for a hospital results appointment; restatement; 'unable to' refusal; policy refusal; worry never acknowledged; untimed and conditional callbacks; name never used; full close",
     labels=L("fail", "pass", "fail", "pass", "fail", "fail", "na", "na",
              "'we're unable to cover that date' and 'it's our policy that we need fourteen days notice' both refuse with nothing offered; the cover list and 'someone will ring you if anyone comes free' have no time; 'imran ahmed' is never used."),
     turns=[
        ("A", "handswell interpreting good afternoon"),
        ("C", "hi there i need to book a bsl interpreter for my dad he's deaf he's got an appointment at the oncology clinic at st mary's on the third at half two"),
        ("A", "the third of next month"),
        ("C", "yes it's a thursday"),
        ("A", "so you need a bsl interpreter with your dad at st mary's oncology on thursday the third at half two"),
        ("C", "yes that's right can you do it"),
        ("A", "we're unable to cover that date", {"tag": "neg"}),
        ("C", "oh no that's really worrying it's the appointment where they give him the results of his scans and he won't understand a thing without someone there"),
        ("A", "it's our policy that we need fourteen days notice for hospital bookings", {"tag": "neg"}),
        ("C", "that's nine days my name's imran ahmed i'm his son"),
        ("A", "i'll put it on the cover list and see if anyone frees up"),
        ("C", "will you let me know"),
        ("A", "someone will ring you if anyone comes free"),
        ("C", "okay"),
        ("A", "is there anything else i can help with no okay thank you bye"),
     ])

call("h33-16-soft-play-head-cut-cold-transfer", industry="soft play centre", style=ASR, words=False,
     exercises="full greeting; child hurt on equipment; 'oh no' and apology; detail read back only; 'hold on' with no silence; cold transfer; first name used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "fail", "na", "pass", "na", "fail",
              "'the big frame' reads back one detail; 'i'll transfer you' and 'i'll put you through now' say neither to whom nor why, even when the customer asks; 'just hold on' is followed by no silence (hold na); the call ends on the transfer."),
     turns=[
        ("A", "hello jungle jamboree soft play it's marley speaking what can i do for you"),
        ("C", "hi we were in yesterday afternoon and my daughter cut her head open on a bolt sticking out of the big climbing frame she needed three stitches at a and e"),
        ("A", "oh no is she okay"),
        ("C", "she's alright now she's sore but i want to know why that bolt was sticking out and nobody came over when she was screaming either"),
        ("A", "the big frame"),
        ("C", "the yellow one by the cafe"),
        ("A", "i'm really sorry that's awful can i take your name"),
        ("C", "kirsty malone"),
        ("A", "okay kirsty and was it written in the accident book at the time"),
        ("C", "no because nobody came over that's what i'm saying"),
        ("A", "okay i'll transfer you"),
        ("C", "to who"),
        ("A", "just hold on i'll put you through now"),
     ])

call("h33-17-tiles-wrong-batch", industry="tile shop orders", style=ASR, words=False,
     exercises="greeting names a desk, not the company; mismatched batch and frustration; empathy; hold announced with a reason, apology instead of thanks; restatement; 'you'll need to' instruction; timed swap; first name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "fail", "na",
              "'orders desk' is a team, not the company; after the hold the agent says 'sorry about that', which apologises but does not thank the customer for waiting (hold fail, read literally); 'thursday's van' is the time of both halves of the swap."),
     turns=[
        ("A", "good morning orders desk um it's gav how can i help"),
        ("C", "hi yeah i had sixty square metres of floor tiles delivered yesterday and half the boxes are a different shade the batch numbers don't match and my tiler's starting on monday i'm really fed up"),
        ("A", "oh that's so frustrating when you've got the tiler booked i'm sorry can i take the order number"),
        ("C", "t b four four one nine two and it's gareth jones"),
        ("A", "cheers gareth let me check what batch we've got left in the warehouse i'll just pop you on hold"),
        ("A", "sorry about that gareth we've got thirty metres of the same batch as your first lot", H),
        ("C", "that's enough to finish it then"),
        ("A", "so half your order came from the wrong batch and you want it swapped for matching tiles before your tiler starts on monday"),
        ("C", "yeah exactly"),
        ("A", "you'll need to keep the wrong ones boxed up and the right batch will go out on thursday's van and the driver will take the wrong ones back at the same time", {"tag": "neg_opt"}),
        ("C", "nice one they're still in the garage"),
        ("A", "anything else i can help with today"),
        ("C", "no that's it"),
        ("A", "cheers gareth bye"),
     ])

call("h33-18-softener-annual-service", industry="water softener servicing", style=ASR, words=False,
     exercises="greeting without agent name; routine service booking; no restatement; bare 'no sorry' refusal; alternative only after the customer asks; timed booking plus untimed call; no name; offer then 'lovely'",
     labels=L("fail", "fail_or_pass", "na", "fail", "fail", "na_or_fail", "na", "na",
              "'no sorry we don't do weekends' refuses with nothing offered in that turn; the booking is 'the ninth at four' but 'the engineer will give you a call' has no time; the close is an offer followed by 'lovely'."),
     turns=[
        ("A", "hi aquasoft servicing how can i help"),
        ("C", "hi i'd like to book the annual service on my water softener please it's about due"),
        ("A", "yep what's the postcode"),
        ("C", "it's l s twelve four n d"),
        ("A", "okay we've got the eighth or the ninth"),
        ("C", "could you do a saturday i'm at work all week"),
        ("A", "no sorry we don't do weekends", {"tag": "neg"}),
        ("C", "oh right what about an evening"),
        ("A", "the last slot's four o'clock on the ninth"),
        ("C", "go on then i'll leave work early"),
        ("A", "that's booked for the ninth at four and the engineer will give you a call"),
        ("C", "okay"),
        ("A", "is there anything else"),
        ("C", "no"),
        ("A", "lovely"),
     ])

call("h33-19-antiques-recane-chairs-quote", industry="antiques restoration", style=ASR, words=False,
     exercises="full greeting; routine quote; customer's own 'i don't know'; polite 'i don't know if'; customer-caused wait; restatement; 'i'm not sure' with an estimate; timed written quote; surname never used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "fail", "na", "na",
              "The 'i don't know' is the customer's, the agent's is the polite question form; 'i'm not sure on the exact price but it's usually around ninety pounds' gives an estimate (not negative); the silence is the customer measuring (na); 'mister kaye' is never used."),
     turns=[
        ("A", "good morning ashcombe restorations imogen speaking how can i help"),
        ("C", "hello i've got four bentwood chairs with the cane seats gone through and i wondered what you'd charge to recane them"),
        ("A", "oh lovely we do a lot of those is it the hand woven cane or a sheet pressed into a groove"),
        ("C", "i don't know to be honest"),
        ("A", "no worries i don't know if you've got a tape measure handy but if you measure across the seat i can tell you"),
        ("C", "hold on i'll go and measure one"),
        ("C", "right it's about forty centimetres across and there's little holes all round the edge", W),
        ("A", "that's hand caning then so you'd like all four bentwood seats rewoven in traditional hand cane"),
        ("C", "yes please it's mister kaye by the way clive kaye"),
        ("A", "i'm not sure on the exact price without seeing them but it's usually around ninety pounds a seat"),
        ("C", "that's fine can i bring them in"),
        ("A", "of course bring them any weekday and i'll have a written quote to you by the friday of that week is there anything else i can help with today"),
        ("C", "no thank you"),
        ("A", "thanks for calling bye"),
     ])

call("h33-20-bees-arrived-dead", industry="beekeeping supplies", style=ASR, words=False,
     exercises="greeting without an offer; dead bees and upset; no empathy; read-back only; hold announced with a reason, no thanks; 'no i can't' refusal; alternative only after the customer pushes; one timed and one untimed commitment; first name used; full close",
     labels=L("fail", "pass", "fail", "fail", "fail", "pass", "fail", "na",
              "'no i can't send a replacement this season' refuses, the refund only comes once she asks about her money; the agent never thanks her after the silence; the refund is 'in about a week' but passing the photos on has no time; 'gutted' is never acknowledged."),
     turns=[
        ("A", "hive and honey good morning this is ewan"),
        ("C", "hi ewan it's penny marsh i ordered a nucleus of bees from you last week and the box came this morning and they're all dead the whole lot there's just a pile at the bottom of the box i'm gutted i've been getting ready for months"),
        ("A", "the nuc from last week"),
        ("C", "yes the buckfast one"),
        ("A", "right let me check with the apiary whether there's any more stock one moment"),
        ("A", "right so the apiary says that was the last of the buckfast nucs for this season", H),
        ("C", "so you can't send another one"),
        ("A", "no i can't send a replacement this season", {"tag": "neg"}),
        ("C", "well what happens to my money then i paid a hundred and eighty pounds"),
        ("A", "what i can do is refund you in full penny it'll go back on your card in about a week and i'll pass your photos on to the supplier as well"),
        ("C", "fine"),
        ("A", "is there anything else i can help with"),
        ("C", "no"),
        ("A", "okay thanks for calling bye"),
     ])

call("h33-21-business-rates-small-business-relief", industry="business rates office", style=ASR, words=False,
     exercises="full greeting; rates bill and worry; worry never acknowledged; good news that is not empathy; restatement; 'you'll need to' instruction; timed form and conditional but timed decision; surname used; full close",
     labels=L("pass", "pass", "fail", "pass", "pass", "pass", "na", "na",
              "'i'm honestly worried we won't survive the winter' is never acknowledged (telling him he's eligible is information, not empathy); 'you'll need to include your lease' is a neutral instruction (optional); the revised bill comes 'within fifteen working days of getting it back'."),
     turns=[
        ("A", "good afternoon riverside council business rates you're speaking with jo how can i help"),
        ("C", "hi i run a little cafe on the quay and my rates bill's just come through at nearly four thousand and i'm honestly worried we won't survive the winter somebody said i might get relief"),
        ("A", "can i have your account number and your name"),
        ("C", "it's four two two zero nine eight one and it's tom baxter"),
        ("A", "thanks mister baxter the rateable value's eleven thousand two hundred so you'd be eligible for small business rate relief"),
        ("C", "what does that mean"),
        ("A", "it means the bill could come right down so you want to apply for small business relief on the cafe and have this year's bill worked out again"),
        ("C", "yeah exactly"),
        ("A", "i'll email the application form today you'll need to include a copy of your lease", {"tag": "neg_opt"}),
        ("C", "okay i can do that"),
        ("A", "we'll assess it and send you the revised bill within fifteen working days of getting it back"),
        ("C", "brilliant"),
        ("A", "is there anything else i can help with today mister baxter"),
        ("C", "no that's great"),
        ("A", "thanks for calling bye now"),
     ])

call("h33-22-canal-engine-overheating-stranded", industry="canal boat holidays", style=ASR, words=False,
     exercises="full greeting; breakdown on holiday; 'oh no' empathy; 'you'll need to' safety instruction; restatement; announced hold with reason and thanks; one timed and one untimed commitment; name never used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "fail", "pass", "na",
              "'you'll need to pull over and moor up' is safety advice phrased as an instruction (optional); the engineer is 'within two hours' but 'i'll ring you back about swapping the boat if he can't fix it' has no time; 'sue bennett' is never used."),
     turns=[
        ("A", "wharfside narrowboats hello this is pete what can i do for you"),
        ("C", "hi we've got one of your boats the kingfisher and the engine temperature light's come on and there's steam coming out the back we're just past bridge forty two on the shroppie"),
        ("A", "oh no that's not what you want on holiday you'll need to pull over and moor up and turn the engine off", {"tag": "neg_opt"}),
        ("C", "we've done that we're tied up now it's sue bennett by the way"),
        ("A", "good so the kingfisher's overheating you're moored just past bridge forty two and you need an engineer out to you"),
        ("C", "yes please we've got the grandchildren on board"),
        ("A", "let me see which of the engineers is nearest to you i'll pop you on hold for a minute"),
        ("A", "thanks for waiting kev's at audlem he'll be with you within two hours", H),
        ("C", "that's a relief"),
        ("A", "and i'll ring you back about swapping the boat if he can't fix it"),
        ("C", "okay thanks"),
        ("A", "anything else i can help with"),
        ("C", "no that's all"),
        ("A", "bye now enjoy the rest of the trip"),
     ])

call("h33-23-chiropodist-invoice-warm-transfer", industry="chiropodist clinic", style=ASR, words=False,
     exercises="greeting without agent name; routine invoice request; restatement; 'not my department' with a transfer offered; warm transfer naming the person and the reason; no commitments; surname used; ends in transfer",
     labels=L("fail", "na_or_fail", "na", "pass", "na", "pass", "na", "pass",
              "'that's not my department i'm afraid but i can put you through to jan' is the listed phrase softened by an alternative (optional); the transfer says who and why; 'she can resend it' is what Jan can do, not a commitment; the call ends on the transfer."),
     turns=[
        ("A", "morning footcare at elm street how can i help"),
        ("C", "hi i had some treatment with you in january and i need a copy of the invoice for my health insurance claim"),
        ("A", "can i take your name"),
        ("C", "it's mrs doyle bernadette doyle"),
        ("A", "thanks mrs doyle so you need a copy of the invoice for january's treatment so you can claim it back from your insurer"),
        ("C", "that's it yeah"),
        ("A", "that's not my department i'm afraid but i can put you through to jan in accounts she deals with all the insurance invoices and she can resend it", {"tag": "neg_opt"}),
        ("C", "oh yes please"),
        ("A", "just before i do is it bupa or vitality"),
        ("C", "vitality"),
        ("A", "lovely i'm putting you through to jan now mrs doyle"),
        ("C", "thank you"),
     ])

call("h33-24-clock-wall-clock-months-late", industry="clock repairs", style=ASR, words=False,
     exercises="greeting with company, name and offer but no salutation; long-delayed repair and frustration; no empathy; 'i don't know'; 'there's nothing i can do'; no restatement; untimed callback; surname used; no closing",
     labels=L("fail", "fail", "fail", "fail", "fail", "pass", "na", "na",
              "The opening has no salutation; 'these things take time' is no acknowledgement; 'i don't know when it'll be ready' and 'there's nothing i can do to speed it up' are negative; 'give you a ring' has no time; 'right okay then' is no closing."),
     turns=[
        ("A", "pendle clockworks owen speaking how can i help"),
        ("C", "hi it's mister penrose i left a regulator wall clock with you in march and i was told six weeks it's now september and nobody's rung me i'm getting really fed up"),
        ("A", "what name's it under"),
        ("C", "penrose p e n r o s e"),
        ("A", "yeah i've got it here mister penrose it's still on the bench"),
        ("C", "still on the bench six months later"),
        ("A", "yeah these things take time with the older movements"),
        ("C", "so when will it be ready"),
        ("A", "i don't know when it'll be ready it's in the queue", {"tag": "neg"}),
        ("C", "can't you hurry it along i've been patient"),
        ("A", "there's nothing i can do to speed it up he works through them in order", {"tag": "neg"}),
        ("C", "this is ridiculous"),
        ("A", "i'll get the restorer to give you a ring"),
        ("C", "right"),
        ("A", "right okay then"),
     ])


# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h33-25-cookery-class-cancelled-anniversary", industry="cookery school classes", style=CLEAN, words=False,
     exercises="full greeting; class cancelled on an anniversary; empathy; restatement; customer-caused wait; factual 'no' with help; three timed commitments; surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The silence is the customer checking a calendar (na); 'No, there's no charge at all' answers his question; 'now', 'within the hour' and 'within five working days' cover every commitment; 'thanks for your patience' is the thanks."),
     turns=[
        ("A", "Good morning, Saffron Street Cookery School, this is Leanne. How can I help?"),
        ("C", "Hi, Leanne. We got an email last night saying our pasta-making evening on Friday's been cancelled. It was for our wedding anniversary, and we'd arranged a babysitter and everything."),
        ("A", "Oh, I'm sorry, that's really disappointing, especially when it's your anniversary. The chef's off sick, I'm afraid."),
        ("C", "These things happen. Can we move to another date?"),
        ("A", "Of course. Can I take your name?"),
        ("C", "It's Minh Tran, the booking's for me and my wife."),
        ("A", "Thanks, Mr Tran. So you'd like to move both places from Friday's pasta evening to another date, rather than take a refund."),
        ("C", "Yes, that's it. Let me just check the family calendar on my phone."),
        ("C", "Right, the babysitter can do the twenty-second or the twenty-ninth.", W),
        ("A", "The twenty-second has two places left. Shall I put you both on that?"),
        ("C", "Yes, please. Is there a charge for moving it?"),
        ("A", "No, there's no charge at all. I'll move you now, and you'll get the new confirmation by email within the hour. That evening's ten pounds cheaper, so we'll refund the difference within five working days."),
        ("C", "Lovely, thank you."),
        ("A", "Is there anything else I can help with today, Mr Tran? No? Then enjoy the class, and thanks for your patience. Bye."),
     ])

call("h33-26-drains-cctv-survey-house-purchase", industry="drain unblocking", style=CLEAN, words=False,
     exercises="greeting without an offer; routine survey booking; early restatement; bare 'we can't' refusal; announced hold with reason and thanks; timed report; first name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "'We can't do it this week, we're fully booked' refuses with nothing offered in that turn (the Tuesday slot comes after the customer asks); the report comes 'within forty-eight hours of the survey'."),
     turns=[
        ("A", "Hi, Flowright, Dan speaking."),
        ("C", "Oh, hi. I'm buying a house on Moss Lane, it's a nineteen-thirties semi, and my surveyor's recommended a CCTV survey of the drains before we exchange. Is that something you do?"),
        ("A", "It is, yeah. So you're buying the Moss Lane semi and you want a camera survey of the drains done before you exchange contracts."),
        ("C", "Exactly. We're hoping to exchange in two weeks, so this week would be ideal."),
        ("A", "We can't do it this week, we're fully booked.", {"tag": "neg"}),
        ("C", "Oh. Is there nothing at all?"),
        ("A", "Let me have a look at next week's diary for the survey van. Can you bear with me a moment?"),
        ("C", "Sure."),
        ("A", "Thanks for waiting. I've got Tuesday morning at nine, if the sellers can let us in.", H),
        ("C", "I'll ask the agent, but that should be fine. It's Priya Sandhu, by the way."),
        ("A", "Thanks, Priya. It's a hundred and forty-five plus VAT, and I'll email you the report and the footage within forty-eight hours of the survey."),
        ("C", "Perfect."),
        ("A", "Anything else I can help with?"),
        ("C", "No, that's it, thanks."),
        ("A", "Cheers, Priya, bye."),
     ])

call("h33-27-livery-diy-space-enquiry", industry="equestrian livery yard", style=CLEAN, words=False,
     exercises="full greeting; routine enquiry; restatement; policy stated as a requirement, not a refusal; only the horse's name given; untimed agreement; invitation that is not a commitment; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "na_or_fail", "na", "na",
              "'It's yard policy that every new horse has a clear strangles test' states a requirement rather than refusing anything (optional); 'Tilly' is the mare, the caller never gives a name; 'I'll send you the livery agreement' has no time."),
     turns=[
        ("A", "Good afternoon, Brackenfold Livery Yard, you're speaking to Hattie, how can I help?"),
        ("C", "Hi, I'm moving to the area in May and I'm looking for DIY livery for my mare. She's a fourteen-two cob, fifteen years old, very easy."),
        ("A", "Lovely. So you're after a DIY place for one cob mare from May."),
        ("C", "That's it. Do you have any stables free?"),
        ("A", "We've got one coming up at the end of April, it's forty-five pounds a week including turnout."),
        ("C", "That sounds good. Do you need anything from me before she comes?"),
        ("A", "It's yard policy that every new horse has a clear strangles blood test before arrival.", {"tag": "neg_opt"}),
        ("C", "That's fine, my vet can do that."),
        ("A", "And what's her name?"),
        ("C", "Tilly."),
        ("A", "Tilly, lovely. I'll send you the livery agreement and the yard rules to look over."),
        ("C", "Great. Can I come and see the yard?"),
        ("A", "Of course, any day after ten is fine, just ring ahead. Is there anything else I can help with?"),
        ("C", "No, that's perfect, thanks."),
        ("A", "Thanks for calling, and we look forward to meeting Tilly. Bye."),
     ])

call("h33-28-glazing-burglary-board-up", industry="glazing and double glazing repairs", style=CLEAN, words=False,
     exercises="greeting without agent name; break-in and fear; long empathy; restatement; announced hold with reason and thanks; one timed and one untimed commitment; 'you'll have to' as an instruction; surname used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "The board-up is 'within four hours' but 'we'll come back to fit the new glass' has no time; 'You'll have to get a crime reference number' reads as advice for her insurer (optional)."),
     turns=[
        ("A", "Good morning, ClearPane Glazing, how can I help?"),
        ("C", "Hi. We've been burgled overnight. They smashed the glass in the back door to get in, and I don't feel safe with it like this, there's just a hole you could put your arm through."),
        ("A", "Oh, how horrible, that must have been an awful thing to come down to this morning. Is everyone all right?"),
        ("C", "We're okay, just shaken. The police have been."),
        ("A", "Can I take your name and address?"),
        ("C", "Magda Nowak, 7 Fennel Close."),
        ("A", "Thank you, Mrs Nowak. So the glass in your back door was smashed in the break-in, and you need it made secure straight away and then properly re-glazed."),
        ("C", "Yes, please."),
        ("A", "Let me see which of our fitters is nearest to you. I'll just put you on hold for a moment."),
        ("A", "Thank you for holding, Mrs Nowak. Lee can be with you within four hours to board it up, and we'll come back to fit the new glass.", H),
        ("C", "Thank you."),
        ("A", "You'll have to get a crime reference number from the police for your insurer.", {"tag": "neg_opt"}),
        ("C", "They've given us one already."),
        ("A", "Great. Is there anything else I can help with? No? Take care, Mrs Nowak, goodbye."),
     ])

call("h33-29-party-magician-booking", industry="kids party entertainers", style=CLEAN, words=False,
     exercises="full greeting; routine booking; date read back only; name that is also a verb, used only as the verb; polite 'I don't know if'; vague 'soon'; offer then 'Great.'",
     labels=L("pass", "fail_or_pass", "na", "fail", "fail", "fail", "na", "na",
              "'Saturday the third?' only reads back a date; 'I hope the weather's kind' uses the word, not the caller's name Hope, who is never addressed; 'I'll send the booking form over soon' gives no real time frame; the close is an offer followed by 'Great.'"),
     turns=[
        ("A", "Hello, thanks for calling Jellybean Parties! My name's Cara, what can I do for you?"),
        ("C", "Hi, I'd like to book a magician for my twins' fifth birthday, please. It's on Saturday the third of May, in the afternoon."),
        ("A", "Saturday the third?"),
        ("C", "Yes, two till four, at our house."),
        ("A", "Lovely. How many children?"),
        ("C", "About fifteen. I'm Hope, by the way, Hope Ferris."),
        ("A", "Great. I hope the weather's kind for you! Magic Max is free that afternoon, it's a hundred and forty for two hours, with balloon modelling."),
        ("C", "That sounds great. Do I need to pay a deposit?"),
        ("A", "Yes, it's forty pounds, and the rest on the day. I don't know if you've thought about party bags, but Max can bring those too."),
        ("C", "Ooh, maybe. How much are they?"),
        ("A", "Two pounds fifty each. I'll send the booking form over soon and you can tick them on there."),
        ("C", "Perfect."),
        ("A", "Anything else?"),
        ("C", "No, that's it, thanks."),
        ("A", "Great."),
     ])

call("h33-30-scooter-battery-died-stranded", industry="mobility scooter hire", style=CLEAN, words=False,
     exercises="full greeting; stranded customer with a health worry; no empathy; 'you have to' demand; hold announced with a reason, no thanks; bare 'I can't'; alternative only after the customer pushes; timed battery swap; surname never used; full close",
     labels=L("pass", "pass", "fail", "fail", "pass", "fail", "fail", "na",
              "'You have to charge it for a full twelve hours' is a demand; 'I can't send anyone out today' refuses with nothing in that turn; the agent never thanks him after the silence; 'before ten tomorrow' is the only commitment; 'Mr Okoro' is never used."),
     turns=[
        ("A", "Easyride Mobility, good afternoon, Sandra speaking, how can I help?"),
        ("C", "Hello. I hired a scooter from you on Monday and the battery's died halfway round the park. I'm sat on a bench by the bandstand and I can't get home, and I've got a bad heart, I can't walk that far. It's Mr Okoro."),
        ("A", "Did you charge it overnight?"),
        ("C", "It was on charge all night, the light was green this morning."),
        ("A", "You have to charge it for a full twelve hours, it says so in the booklet.", {"tag": "neg"}),
        ("C", "It was on for longer than that. Can you send someone?"),
        ("A", "Let me see if any of the engineers are free this afternoon."),
        ("A", "I can't send anyone out today.", {**H, "tag": ("hold", "neg")}),
        ("C", "So what am I supposed to do? I'm stuck here."),
        ("A", "An engineer will bring you a fresh battery before ten tomorrow, and for today you could ring a taxi that takes scooters, the number's on your hire sheet."),
        ("C", "Fine. I'll have to do that."),
        ("A", "Is there anything else?"),
        ("C", "No."),
        ("A", "Thanks for calling, bye."),
     ])

call("h33-31-oven-fan-broken-cold-transfer", industry="oven cleaning", style=CLEAN, words=False,
     exercises="full greeting; oven broken after a clean; brief empathy; 'I don't know'; restatement; cold transfer; no name; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "na_or_fail", "na", "fail",
              "'I don't know what he did to it, I wasn't there' is negative; 'I'm going to transfer you now' says neither where nor why; the caller never gives a name; the call ends on the transfer."),
     turns=[
        ("A", "Good morning, Gleamo, you're speaking with Tasha, how can I help you today?"),
        ("C", "Hi. Your technician cleaned our oven yesterday, and since then the fan doesn't come on at all. Last night's dinner was still raw after an hour. It was working perfectly before he came."),
        ("A", "I'm sorry, that's really not what you want after paying for a clean."),
        ("C", "No, it isn't. What's he done to it?"),
        ("A", "I don't know what he did to it, I wasn't there.", {"tag": "neg"}),
        ("C", "Well, someone needs to find out."),
        ("A", "So since the clean yesterday the fan oven won't heat up, and you think something was damaged during the clean."),
        ("C", "Yes. It's a Neff, it's only two years old."),
        ("A", "Which address was the clean at?"),
        ("C", "14 Orchard Rise."),
        ("A", "Thanks. I'm going to transfer you now."),
        ("C", "Okay."),
        ("A", "Hold the line, please."),
     ])

call("h33-32-microchip-keepership-transfer", industry="pet microchip registry", style=CLEAN, words=False,
     exercises="greeting without an offer; routine change of keeper (a 'transfer' that is not a call transfer); 'no problem'; short 'one moment' pause; restatement; policy refusal of a waiver; conditional but timed commitment; first name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "na", "na",
              "The 'transfer' is of the chip's keeper, not of the call (transfer na); 'One moment' is followed by a short pause only (hold na); 'We can't waive it, it's our policy' refuses with nothing offered; the keeper change is timed ('today', 'within fourteen days')."),
     turns=[
        ("A", "Chipsafe, hello, it's Aled speaking."),
        ("C", "Hi, I adopted a cat from the rescue last month, and the vet scanned her and said the chip's still registered to her old owner. I'd like it transferred into my name."),
        ("A", "No problem. Have you got the chip number?"),
        ("C", "Yes, it's 9410 0000 3327 815."),
        ("A", "One moment."),
        ("A", "Got her. She's down as Mittens."),
        ("C", "We call her Pepper now. I'm Ellis Grant."),
        ("A", "Thanks, Ellis. So you've adopted Pepper from the rescue and you'd like her chip registered to you instead of the previous keeper, under her new name. There's a fee of nine ninety-five for the transfer."),
        ("C", "That's right. Could you waive the fee? The rescue said they'd already paid to have her chipped."),
        ("A", "We can't waive it, it's our policy.", {"tag": "neg"}),
        ("C", "Fair enough, I'll pay."),
        ("A", "I'll email the previous keeper today, and if they don't reply within fourteen days, we'll move her over to you automatically."),
        ("C", "Great, thanks."),
        ("A", "Is there anything else I can help you with, Ellis? No? Thanks for calling, bye."),
     ])

call("h33-33-bsl-interpreter-missed-interview", industry="sign-language interpreting agency", style=CLEAN, words=False,
     exercises="full greeting with 'how may I assist'; interpreter no-show and anger; empathy with the surname; 'I don't know... but I'll find out'; restatement; two timed commitments and one untimed; full close with an apology",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "'I don't know what happened yet, but I'll find out' pairs the phrase with an offer to find out (optional); the callback is 'by two o'clock today' and the booking 'for Friday', but 'we'll also waive the fee' has no time, so follow-up fails."),
     turns=[
        ("A", "Good morning, Handswell Interpreting, Ruth speaking. How may I assist?"),
        ("C", "Hello, it's Carla Boateng, I'm the HR manager at Linford Logistics. We booked an interpreter for a job interview this morning at nine, for a Deaf candidate, and nobody turned up. The candidate sat there for forty minutes. I'm mortified, and honestly I'm furious."),
        ("A", "Oh, Ms Boateng, I'm so sorry. That's really not good enough, for you or for the candidate."),
        ("C", "No, it isn't. What happened?"),
        ("A", "I don't know what happened yet, but I'll find out.", {"tag": "neg_opt"}),
        ("C", "Please do."),
        ("A", "So the interpreter we confirmed for nine this morning never arrived, the interview couldn't go ahead properly, and you need to know why and to get it rebooked."),
        ("C", "Yes. We want to see him again on Friday."),
        ("A", "I'll call you back by two o'clock today with an explanation, and I'll book our senior interpreter for Friday myself. We'll also waive the fee for this morning."),
        ("C", "Thank you, I appreciate that."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's everything."),
        ("A", "Thank you for letting us know, Ms Boateng, and again, I'm sorry. Goodbye."),
     ])

call("h33-34-soft-play-party-booking", industry="soft play centre", style=CLEAN, words=False,
     exercises="full greeting with 'hiya'; routine party booking; early restatement; announced hold with reason and thanks; limit with an alternative; 'no problem'; two timed commitments including a relative time; first name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "'We can't do the fourteenth at two, but I can do...' offers alternatives (not negative); 'this afternoon' and 'the week before' both say when; an allergy is a routine detail, not a problem (empathy na)."),
     turns=[
        ("A", "Jungle Jamboree, hiya, this is Marley, how can I help?"),
        ("C", "Hi, I'd like to book a birthday party for my son. He's turning four, and I'd like a Saturday in June, about twelve kids."),
        ("A", "Aw, lovely. So a party for twelve on a Saturday in June, for his fourth birthday."),
        ("C", "That's it. Ideally the fourteenth, around two o'clock."),
        ("A", "Let me check the party rooms for the fourteenth. Can I put you on hold for a moment?"),
        ("C", "Sure."),
        ("A", "Thanks for waiting. We can't do the fourteenth at two, but I can do the fourteenth at four, or the twenty-first at two.", H),
        ("C", "The twenty-first at two is fine. My name's Shona Reilly."),
        ("A", "Thanks, Shona. Does anyone coming have allergies we should know about?"),
        ("C", "One little girl's allergic to nuts."),
        ("A", "No problem, our kitchen's nut-free anyway. I'll email the booking confirmation this afternoon, and the party host will ring you the week before to go over the food."),
        ("C", "Brilliant."),
        ("A", "Anything else I can help with, Shona?"),
        ("C", "No, that's it, thank you."),
        ("A", "Thanks for booking with us, bye!"),
     ])

call("h33-35-tiles-order-close-then-transfer", industry="tile shop orders", style=CLEAN, words=False,
     exercises="greeting without agent name; routine collection order; detail read back only; timed collection; offer and thanks before a warm transfer naming the person and the reason; surname used",
     labels=L("fail", "pass", "na", "fail", "pass", "pass", "na", "pass",
              "The agent offers more help and thanks the customer before putting him through, so a closing did happen ahead of the transfer (closing pass); 'The sixty by sixty?' is a read-back; the collection is 'from midday tomorrow'."),
     turns=[
        ("A", "Good afternoon, Tile Barn, how can I help?"),
        ("C", "Hi, I'd like to order twelve boxes of the grey slate-effect porcelain, the sixty by sixty, for collection. And two bags of flexible adhesive."),
        ("A", "The sixty by sixty?"),
        ("C", "Yes, the Ardent Grey."),
        ("A", "Can I take your name?"),
        ("C", "It's Mr Lewis, Daniel Lewis."),
        ("A", "Thanks, Mr Lewis. That comes to three hundred and eighty-four pounds. Your order will be ready to collect from midday tomorrow."),
        ("C", "Great. Do I pay when I collect?"),
        ("A", "Yes, you can pay at the trade counter."),
        ("C", "One more thing, will that adhesive be okay over underfloor heating?"),
        ("A", "Our warehouse manager's the expert on that. Is there anything else I can help you with before I put you through to him?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for your order, Mr Lewis. I'm putting you through to Kev in the warehouse now, he can tell you which adhesive is rated for underfloor heating."),
        ("C", "Cheers."),
     ])

call("h33-36-softener-leaking-after-service", industry="water softener servicing", style=CLEAN, words=False,
     exercises="full greeting; leak and damage after a service; generic 'sorry' only; restatement; 'there's nothing I can do'; instruction that helps; untimed complaint follow-up; surname used; no closing",
     labels=L("pass", "fail", "fail", "pass", "fail", "pass", "na", "na",
              "'Sorry, can you give me your postcode?' is generic politeness, not empathy; 'There's nothing I can do until the engineer's back on Monday' is negative; 'someone from the service team will be in touch' has no time; the agent's last words close nothing."),
     turns=[
        ("A", "Hello, AquaSoft, Nadia speaking, what can I do for you?"),
        ("C", "Hi. Your engineer serviced my water softener on Tuesday, and since then it's been leaking from the base. I came down this morning to a puddle right across the utility room floor, and the skirting's soaked."),
        ("A", "Sorry, can you give me your postcode?"),
        ("C", "HG1 5RW. It's Mr Hollis."),
        ("A", "Thanks, Mr Hollis. So since Tuesday's service the softener's been leaking from the bottom and it's flooded the utility floor."),
        ("C", "Yes, and I want someone out today."),
        ("A", "There's nothing I can do until the engineer's back on Monday.", {"tag": "neg"}),
        ("C", "Monday? What am I supposed to do till then?"),
        ("A", "Turn the bypass valve to off, it's the blue lever behind the unit, and that'll stop the leak."),
        ("C", "Right. And who pays for the skirting?"),
        ("A", "I'll log it as a complaint, Mr Hollis, and someone from the service team will be in touch."),
        ("C", "Fine. Bye."),
        ("A", "Okay, it's logged."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout33: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout33", when="2026-12-06")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries (two calls each): "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h33",
                                  seed_base=3300, min_utterances=MIN_UTTS, max_utterances=MAX_UTTS)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
