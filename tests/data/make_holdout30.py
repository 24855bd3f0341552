"""Write the holdout30 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout30.py

Writes tests/data/holdout30/<call_id>.json, tests/data/holdout30-labels.json and
tests/data/holdout30/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout30"
LABELS_PATH = HERE / "holdout30-labels.json"
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

call("h30-01-aquarium-fish-deaths", industry="aquarium and fish supplies", style=CLEAN, words=True,
     exercises="full greeting; new fish dying, child upset; backchannel then a question cutting in; empathy; restatement; limit with an alternative; two timed promises (today, named colleague tomorrow morning); name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "'I can't refund the fish without a water test, but what I can do is...' is a limit with an alternative in the same turn, so not negative; the tank-size question starts well before the customer finishes."),
     turns=[
        ("A", "Hello, Coral Cove Aquatics, Isla speaking, how can I help you?"),
        ("C", "Hi, yes, I bought six neon tetras and a pair of gouramis from you on Saturday, and I acclimatised them exactly the way your lad told me, floated the bag and everything, but by Monday morning four of the tetras were dead and one of the gouramis is just sitting on the bottom, and I'm honestly gutted, my son's heartbroken."),
        ("A", "Mm-hmm.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "How big is the tank, roughly?", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Sixty litres. It's only been set up a fortnight."),
        ("A", "Oh, I'm so sorry, that's horrible for your son. Can I take your name?"),
        ("C", "Rhys Calloway."),
        ("A", "Thanks, Rhys. So you've lost four of the tetras since Saturday and one gourami's not looking well, in a sixty-litre tank that's only been running about two weeks."),
        ("C", "That's right. Is it something I've done?"),
        ("A", "It sounds like the tank might not have finished cycling. I can't refund the fish without a water test, but what I can do is test a sample for free while you wait if you bring one in."),
        ("C", "I can pop in after work."),
        ("A", "Perfect. I'll put a note on the till for you today, and our fish-room manager, Kemal, will give you a ring tomorrow morning to see how the gourami's doing. Is there anything else I can help with, Rhys?"),
        ("C", "No, that's everything, thanks."),
        ("A", "Thanks for calling, and I hope the little one perks up. Bye."),
     ])

call("h30-02-bridal-dress-not-ready", industry="bridal shop alterations", style=CLEAN, words=True,
     exercises="greeting without agent name; wedding dress late ten days before the wedding; backchannel then 'Yeah, I know, but' taking the floor; silent unannounced hold, no thanks; date read back only; 'I don't know when'; no empathy; untimed conditional callback; name used; offer-only close",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "pass", "fail", "na",
              "'Yeah, I know, but...' opens with a backchannel word but takes the floor while the bride is still talking, so it is an interruption; 'The fourteenth?' echoes one detail; 'I don't know when she'll get to it' is negative; the call ends on an offer of more help with no thanks or goodbye."),
     turns=[
        ("A", "Hi, Ivory Lane Bridal, how can I help?"),
        ("C", "Hello, I'm ringing about my wedding dress, I had my second fitting three weeks ago and I was told it would be ready to collect last Friday, but nobody's called me, and when I rang on Monday the girl said she'd call me straight back and she never did, and the wedding is on the fourteenth, that's ten days away."),
        ("A", "Uh-huh.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Yeah, I know, but the seamstress only comes in on Tuesdays and Thursdays.", {"at_end": 1.1, "tag": "intr"}),
        ("C", "So is it done or not?"),
        ("A", "Can I take your name?"),
        ("C", "Bethan Morrow."),
        ("A", "Right, so it's on the rail, but the bustle isn't finished yet.", H),
        ("C", "The wedding's on the fourteenth. The fourteenth!"),
        ("A", "The fourteenth?"),
        ("C", "Yes! Ten days from now."),
        ("A", "I don't know when she'll get to it, Bethan, she's got a lot on. Someone will ring you once it's finished.", {"tag": "neg"}),
        ("C", "Fine."),
        ("A", "Anything else?"),
        ("C", "No, that's all."),
     ])

call("h30-03-mot-and-service-booking", industry="car MOT and servicing garage", style=CLEAN, words=True,
     exercises="full greeting; routine MOT and service booking; backchannel; agent starts just before the customer ends (no interruption); restatement; hold asked with reason and thanked; factual 'no' then help; two timed promises; surname used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "'No, you don't need to bring the V5, we can look the car up' answers a factual question with help, so it is not negative; the agent's question overlaps the customer's last words by well under half a second."),
     turns=[
        ("A", "Good morning, Parkside Motors, you're speaking with Kieran, what can I do for you?"),
        ("C", "Morning, I need to book my car in for its MOT, it's due on the twenty-eighth, and while it's in I'd like a full service done as well, it's a 2017 Vauxhall Corsa, and if possible a Friday, because I can get a lift in from work that day."),
        ("A", "Sure.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "No problem. Can I take your name and the registration?", {"at_end": 0.3}),
        ("C", "Yes, it's Daniel Oduya, and the reg is KP17 XRT."),
        ("A", "Thanks, Mr Oduya. So that's an MOT and a full service on the Corsa, ideally on a Friday before the twenty-eighth. Can I put you on hold for a moment while I check the workshop diary?"),
        ("C", "Sure."),
        ("A", "Thanks for waiting, Mr Oduya. I've got this Friday, the twenty-fourth, with drop-off at eight.", H),
        ("C", "Great. Do I need to bring the logbook?"),
        ("A", "No, you don't need to bring the V5, we can look the car up on the system. I'll email the service quote over in the next half hour, and we'll text you a reminder the day before."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's everything, thanks."),
        ("A", "Thanks for calling, see you Friday. Bye."),
     ])

call("h30-04-chimney-smoke-blowback", industry="chimney sweeps", style=CLEAN, words=True,
     exercises="greeting split over two agent turns; smoke back into the room, children coughing, worried; safety question cuts in; empathy; restatement; 'you'll need to' instruction; timed visit plus untimed confirmation; name given never used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "fail", "na", "na",
              "The four greeting parts come over the agent's first and second turns within a few seconds; 'You'll need to keep the stove unlit' is a neutral safety instruction (optional); 'I'll send you a confirmation' has no time, so follow-up fails despite 'Thursday morning'."),
     turns=[
        ("A", "Hello, Sootaway Chimney Services."),
        ("C", "Oh, hello, is that the sweeps?"),
        ("A", "It is, yes, Declan speaking, how can I help?"),
        ("C", "Hi, we lit the wood burner last night for the first time since the spring, and the whole living room filled up with smoke, it was pouring out of the front of the stove, we had to open every window, my two little ones were coughing, and I'm worried there's something stuck up there, and I really don't want to light it again until somebody's looked."),
        ("A", "Is it still lit now?", {"at_end": 1.3, "tag": "intr"}),
        ("C", "No, it went out overnight. Nothing's burning."),
        ("A", "Good. That must have been frightening with the children there. Can I take your name and address?"),
        ("C", "Niamh Doherty, 3 Larch Close, Ashby."),
        ("A", "So when you lit the stove last night the smoke came back into the room instead of going up, and you'd like someone to check the flue for a blockage before you use it again."),
        ("C", "Exactly. I think it might be a bird's nest."),
        ("A", "Very likely, this time of year. You'll need to keep the stove unlit until we've been. One of our sweeps will be with you Thursday morning between nine and twelve, and I'll send you a confirmation.", {"tag": "neg_opt"}),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, bye."),
     ])

call("h30-05-office-cleaning-missed-bins", industry="office cleaning contracts", style=CLEAN, words=True,
     exercises="greeting with company, team and name but no offer; missed cleans, client embarrassed; backchannel then cut-in; 'not my department'; no empathy; restatement; warm transfer naming team and reason; surname used; ends in transfer",
     labels=L("fail", "na_or_fail", "fail", "pass", "na", "pass", "na", "pass",
              "'That's not my department' is listed negative language even though a transfer follows; the transfer names operations and why; the customer's embarrassment is never acknowledged and the call ends on the transfer."),
     turns=[
        ("A", "Good afternoon, Brightstone Commercial Cleaning, accounts team, Femi speaking."),
        ("C", "Hello, yes, this is Graham Tull, I'm the office manager at Halden Architects on Hanover Street, and for the third night running your cleaners haven't emptied a single bin, the kitchen's been left filthy, and this morning we had clients in and the meeting room smelt of old takeaway, it was embarrassing, frankly, and we pay you every month for this."),
        ("A", "Mm-hmm.", {"at_start": 5.0, "tag": "bc"}),
        ("A", "Sorry, is that the Hanover Street office?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Hanover Street, yes, as I said."),
        ("A", "Right. That's not my department, to be honest, I only deal with the invoices.", {"tag": "neg"}),
        ("C", "Well, who do I speak to, then? I've already rung twice."),
        ("A", "So just so I've got it, at your Hanover Street office the evening cleaners haven't done the bins or the kitchen for three nights, and you've already reported it twice."),
        ("C", "Yes."),
        ("A", "Our operations team manage the cleaning rotas, Mr Tull, so I'm going to transfer you to them now so they can find out what's gone wrong with the evening crew."),
        ("C", "Fine, yes.", {"at_end": 0.6}),
        ("A", "Putting you through now."),
        ("C", "Thank you."),
     ])

call("h30-06-coffee-machine-pump-error", industry="coffee machine leasing", style=CLEAN, words=True,
     exercises="full greeting; café espresso machine down on a Saturday; two backchannels; 'oh no' empathy; restatement; hold announced with reason and thanked; limit with an alternative; three timed promises; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'I can't send a loan machine out today, but I'll put one on his van for Monday' is a limit with an alternative; 'bear with me a minute while I look at the map' gives the reason for the hold."),
     turns=[
        ("A", "Hi, thanks for calling BeanWorks Leasing, this is Tomasz, how can I help?"),
        ("C", "Hiya, I run the Little Fern café on Market Row, and our espresso machine's just died on us, it's showing a pump error on the screen and it won't pull a single shot, and it's Saturday morning, we've got a queue out the door and I'm having to turn people away, which is costing me a fortune."),
        ("A", "Right.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Okay.", {"at_start": 9.0, "tag": "bc"}),
        ("A", "Oh no, on a Saturday as well, that's the worst timing. Can I take your name?", {"at_end": 0.2}),
        ("C", "Carla Bianchi."),
        ("A", "Thanks, Carla. Just so I've got it right, the machine at the café is showing a pump error and won't make any espresso, since you opened this morning."),
        ("C", "Since about half seven, yes."),
        ("A", "Let me check which engineer's closest to you, bear with me a minute while I look at the map."),
        ("C", "Okay."),
        ("A", "Thanks for bearing with me, Carla. Marek's just finishing a job in town, so he'll be with you by half ten. I can't send a loan machine out today, but I'll put one on his van for Monday in case the repair doesn't hold, and I'll give you a ring at twelve to check everything's running.", H),
        ("C", "That's brilliant."),
        ("A", "Is there anything else I can do for you, Carla?"),
        ("C", "No, that's it."),
        ("A", "Thanks, Carla, speak to you at twelve. Bye."),
     ])

call("h30-07-dental-premium-taken-twice", industry="dental insurance plans", style=CLEAN, words=True,
     exercises="greeting without an offer; premium taken twice, overdrawn; agent cuts in for the policy number; empathy; restatement; policy refusal, alternative only a turn later; customer cuts in; timed refund plus untimed letter; surname used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "'We can't refund the bank's overdraft fee, it's our policy' refuses with nothing offered in that turn (the letter comes only after the customer pushes back), so it is negative; the letter has no time, so follow-up fails."),
     turns=[
        ("A", "Good morning, SmileSure Dental Plans, my name's Harriet."),
        ("C", "Hi, morning, I've just looked at my banking app and you've taken my dental plan payment twice this month, twenty-four pounds on the first and then another twenty-four pounds on the second, and because of the second one I've gone overdrawn and the bank's charged me a fee, and I'm really not impressed."),
        ("A", "Can I take your policy number?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "It's SD 60213, and the name is Pieter Achterberg."),
        ("A", "Thank you, Mr Achterberg. I'm really sorry, that shouldn't have happened. So your monthly premium went out twice at the start of the month, and the second payment took you into your overdraft."),
        ("C", "Yes, and now I've got a fifteen-pound charge from the bank."),
        ("A", "I can see the duplicate, it was a glitch in our payment run. The extra twenty-four pounds will be back in your account within three to five working days."),
        ("C", "And the bank charge?"),
        ("A", "We can't refund the bank's overdraft fee, it's our policy.", {"tag": "neg"}),
        ("C", "Even though it was your mistake?", {"at_end": 0.7}),
        ("A", "I'll write you a letter confirming it was our error, which you can show your bank."),
        ("C", "Alright, I suppose."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No."),
        ("A", "Thanks for calling, Mr Achterberg, goodbye."),
     ])

call("h30-08-escooter-ride-kept-running", industry="e-scooter rental", style=CLEAN, words=True,
     exercises="full greeting with 'Hiya'; overnight ride charge, customer annoyed; backchannel; agent starts just before the customer ends; 'Bear with me' hold without reason, thanked; detail read-back only; 'No, not X, but I can Y'; no empathy; timed refund; no customer name; full close",
     labels=L("pass", "pass", "fail", "fail", "pass", "na_or_fail", "fail", "na",
              "'Bear with me' gives no reason, so the hold fails despite the thanks; 'No, not the unlock fee, but I can refund everything after you parked' comes with an alternative, so it is not a bare no; 'The ride on Tuesday?' only echoes a detail; the customer never gives a name."),
     turns=[
        ("A", "Hiya, ZipRide support, you're through to Ola, what can I do for you?"),
        ("C", "Hi, I parked one of your scooters outside the station on Tuesday evening and ended the ride in the app, or I thought I did, and this morning I've got a charge for thirty-eight pounds because apparently the ride kept going all night, which is ridiculous, I wasn't even on it."),
        ("A", "Uh-huh.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Okay, and what's the email on the account?", {"at_end": 0.3}),
        ("C", "It's scooterfan88 at gmail dot com."),
        ("A", "Got it. Bear with me."),
        ("A", "Thanks for waiting. The ride on Tuesday?", H),
        ("C", "Yes, Tuesday night."),
        ("A", "I can see it didn't lock, because the scooter was a few metres outside the parking zone."),
        ("C", "Can you refund the whole thing?"),
        ("A", "No, not the unlock fee, but I can refund everything after you parked, so that's thirty-one pounds back."),
        ("C", "Fine, that's something."),
        ("A", "It'll show on your card within five working days. Anything else I can help with?"),
        ("C", "No."),
        ("A", "Cheers, bye."),
     ])

call("h30-09-estate-flat-viewing", industry="estate agent viewings", style=CLEAN, words=True,
     exercises="full greeting with 'Morning'; routine viewing request; agent cuts in to check the property; restatement; short 'one sec' pause under ten seconds (no hold); 'you have to bring' requirement; timed viewing plus untimed text; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "'Morning' counts as the salutation; the diary check is a pause of a few seconds, not a hold; 'You have to bring photo ID' states a landlord requirement rather than a demand (optional); 'I'll text you the address' has no time."),
     turns=[
        ("A", "Morning, Harrow and Finch Lettings, Jess speaking, how can I help?"),
        ("C", "Hi, I saw a flat on your website, the two-bedroom one above the bakery, I think it's on Mill Lane, and I was hoping to come and see it this weekend with my partner, we're both working all week so Saturday would really be best if you've got anything at all."),
        ("A", "Is that the one at forty-two Mill Lane, eleven fifty a month?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Yes, that's the one."),
        ("A", "Lovely. Can I take your name?"),
        ("C", "Tobias Lindqvist."),
        ("A", "Thanks, Tobias. So you and your partner would like to come and view the two-bed on Mill Lane this Saturday."),
        ("C", "Yes, please."),
        ("A", "One sec while I check the diary."),
        ("A", "Okay, our negotiator, Ben, can meet you there at ten on Saturday. You have to bring photo ID to the viewing, the landlord insists on it. I'll text you the address and Ben's number.", {"gap": 4.0, "tag": "neg_opt"}),
        ("C", "Perfect, no problem."),
        ("A", "Anything else I can help with, Tobias?"),
        ("C", "No, that's great."),
        ("A", "Brilliant, thanks for calling, bye now."),
     ])

call("h30-10-vegbox-mouldy-potatoes", industry="farm shop veg box deliveries", style=CLEAN, words=True,
     exercises="greeting without agent name; spoiled box and missing eggs; backchannel; empathy; customer-caused wait; restatement; 'I can't see any note' (not a refusal); 'no worries'; two timed promises; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The long silence is the customer fetching the delivery note (na); 'I can't see any note from the driver' reports what the agent sees and refuses nothing; the greeting has no agent name."),
     turns=[
        ("A", "Hello, you're through to Hollow Oak Farm Shop, how can I help?"),
        ("C", "Hi, I get the large veg box from you every Thursday, and today's one was a bit of a disaster, to be honest, the potatoes at the bottom had gone mouldy and soft and were leaking all over the carrots, and there were no eggs in it at all, even though I pay extra for the half dozen."),
        ("A", "Sure.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Oh, I'm sorry, that's not what you want to open on a Thursday. Can I take your name?"),
        ("C", "Moira Fenwick."),
        ("A", "Thanks, Moira. Have you got the delivery note handy? The box number's at the top."),
        ("C", "Hang on, let me find it, it's in the kitchen somewhere."),
        ("C", "Here it is, box 118.", W),
        ("A", "So this week's box had mouldy potatoes that spoiled some of the other veg, and your half dozen eggs were missing altogether."),
        ("C", "That's right."),
        ("A", "I can't see any note from the driver about it, so it must have happened at packing. I'll credit your account for the potatoes and the eggs today, and we'll put an extra half dozen in next Thursday's box."),
        ("C", "Oh, that's kind, thank you."),
        ("A", "No worries. Is there anything else I can help with today?"),
        ("C", "No, that's everything."),
        ("A", "Lovely, take care, Moira, bye."),
     ])

call("h30-11-golf-tee-time-given-away", industry="golf club tee bookings", style=CLEAN, words=True,
     exercises="full greeting; booked tee given away in front of guests, angry; 'calm down' cutting in; customer cuts in; empathy; restatement; short pause under ten seconds; untimed promise to speak to the secretary; surname used; offer-only close",
     labels=L("pass", "fail_or_pass", "pass", "pass", "fail", "pass", "na", "na",
              "'If you could just calm down a second' is negative and cuts in on the member's complaint; the empathy comes a turn later and counts; 'I'll speak to the club secretary' has no time; the close offers more help but ends on 'Okay then'."),
     turns=[
        ("A", "Good afternoon, Kingsmere Golf Club pro shop, Alistair speaking, how may I help?"),
        ("C", "Yes, this is Roger Beaumont, I'm a member, and I'd booked the eight-forty tee on Saturday for myself and three guests, I had the confirmation email and everything, and when we turned up your starter told us the slot had gone to another fourball and we'd have to wait an hour and a half, in front of my guests, it was utterly humiliating."),
        ("A", "Mr Beaumont, if you could just calm down a second.", {"at_end": 1.3, "tag": ("intr", "neg")}),
        ("C", "I am perfectly calm, I'm just telling you what happened!", {"at_end": 0.5}),
        ("A", "I do understand it's frustrating, especially with guests there. So you had a confirmed eight-forty booking on Saturday, and when you arrived the tee had been given to another group."),
        ("C", "Precisely."),
        ("A", "Let me just look at the booking log."),
        ("A", "It looks like the system double-booked that slot, which is our mistake.", {"gap": 5.0}),
        ("C", "Well, what are you going to do about it?"),
        ("A", "I'll speak to the club secretary about refunding your guest fees."),
        ("C", "Right."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Okay then."),
     ])

call("h30-12-salon-balayage-cold-transfer", industry="hair salon appointments", style=CLEAN, words=True,
     exercises="full greeting; routine colour enquiry; stacked 'Yeah, okay' inside the customer's turn (optional interruption); restatement; 'no problem'; 'you'll need to' instruction; customer cuts in; transfer naming neither where nor why; no customer name; ends in transfer",
     labels=L("pass", "na_or_fail", "na", "pass", "na", "na_or_fail", "na", "fail",
              "'Yeah, okay' is two backchannel words run together and takes no floor, but is not a single listed token (optional interruption); 'I'll put you through' says neither to whom nor why; the patch-test line is a neutral instruction (optional)."),
     turns=[
        ("A", "Hi, Tangle and Tease, Roxy speaking, how can I help?"),
        ("C", "Hiya, I'm thinking about getting a balayage, I've got quite dark hair, about shoulder length, and I've had box dye on it in the past, probably about a year ago now, so I wanted to know whether that's going to be a problem and roughly how much it would cost me."),
        ("A", "Yeah, okay.", {"at_start": 5.0, "tag": "intr_opt"}),
        ("A", "So you'd like a balayage on dark, shoulder-length hair that's had box dye in the last year, and you want to know if that's doable and a rough price."),
        ("C", "Yes, that's it. I can only do Fridays, mind."),
        ("A", "No problem, Fridays are fine."),
        ("C", "Great."),
        ("A", "You'll need to come in for a patch test forty-eight hours before any colour.", {"tag": "neg_opt"}),
        ("C", "That's fine. And the price?"),
        ("A", "That depends on the stylist, and how much the box dye has lifted, and whether you want a toner as well, so it's usually somewhere between"),
        ("C", "Sorry, can I just speak to one of them?", {"at_end": 0.8}),
        ("A", "Sure, one sec, I'll put you through."),
        ("C", "Okay, thanks."),
     ])

# ---------------------------------------------------------------------------
# 13-24: ASR-style text, no word timings
# ---------------------------------------------------------------------------

call("h30-13-heat-pump-survey-booking", industry="heat pump installers", style=ASR, words=False,
     exercises="full greeting; routine survey booking; restatement; hold asked with reason and thanked; timed visit and text; factual 'no' then help; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "'no you don't need to be in for all of it' answers a factual question and goes on to help, so it is not negative; both the visit and the text carry a time."),
     turns=[
        ("A", "good morning thermaflow heat pumps you're speaking with gareth how can i help"),
        ("C", "oh hi yeah um we're thinking about getting an air source heat pump and i wanted to book one of your surveys to see if the house is actually suitable"),
        ("A", "lovely we can definitely do that can i take your name and postcode"),
        ("C", "yeah it's lorna mcbride and it's d e four two r f"),
        ("A", "thanks lorna so you'd like a home survey to find out whether your house would suit an air source heat pump"),
        ("C", "yeah that's right it's a three bed semi from the nineteen thirties"),
        ("A", "okay let me pop you on hold for a minute while i check which surveyor covers your area"),
        ("C", "yep no problem"),
        ("A", "thanks for holding lorna uh so our surveyor for your area is kwame and he can be with you on the twelfth between nine and one and you'll get a text the day before with a tighter time", H),
        ("C", "do i need to be in the whole time"),
        ("A", "no you don't need to be in for all of it just the first half hour or so while he has a look round"),
        ("C", "okay perfect"),
        ("A", "is there anything else i can help you with today lorna"),
        ("C", "no that's all thanks"),
        ("A", "thanks very much have a good day bye"),
     ])

call("h30-14-hot-tub-stone-cold", industry="hot tub hire", style=ASR, words=False,
     exercises="greeting with the agent's name missing ('this is um'); hot tub cold before a party tonight; 'i don't know what that means'; 'you have to wait'; no empathy; no restatement; untimed callback ('when the engineer's free'); name given never used; goodbye-only close",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na",
              "The transcript has no agent name ('this is um'); 'i don't know what that means' is negative; 'you have to wait for it to heat up' is an explanation phrased as a must (optional); 'when the engineer's free' is no time frame."),
     turns=[
        ("A", "hi splash and soak hire this is um how can i help"),
        ("C", "hi yeah we had a hot tub delivered this morning from you for my daughter's eighteenth tonight and it's been on for six hours and it's still stone cold the water's like ice and we've got thirty people coming at seven"),
        ("A", "right what's the name on the booking"),
        ("C", "it's dean hollis"),
        ("A", "okay and is the panel showing anything"),
        ("C", "it just says f l o or something like that"),
        ("A", "i don't know what that means", {"tag": "neg"}),
        ("C", "well can somebody come out and look at it"),
        ("A", "uh you have to wait for it to heat up they take about twenty four hours", {"tag": "neg_opt"}),
        ("C", "twenty four hours the party's tonight nobody told us that"),
        ("A", "i'll get someone to ring you"),
        ("C", "when"),
        ("A", "when the engineer's free"),
        ("C", "unbelievable"),
        ("A", "okay then bye"),
     ])

call("h30-15-ice-skating-tots-course", industry="ice rink skating lessons", style=ASR, words=False,
     exercises="greeting with the salutation clipped by ASR ('nk you for calling'); routine lesson booking; restatement; limit with an alternative; 'no problem'; untimed joining-pack email; parent's name given, only the child's used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "fail", "na", "na",
              "'nk you for calling' is a clipped 'thank you for calling', so the greeting has all four parts; the agent uses only the daughter's name, never the caller's; 'i'll email you the joining pack' has no time."),
     turns=[
        ("A", "nk you for calling glacier point ice arena marta speaking how can i help you"),
        ("C", "hi um i'd like to book my daughter onto your beginners skating lessons she's six and she's never been on the ice before"),
        ("A", "oh lovely can i take your name and your daughter's name"),
        ("C", "yeah i'm sunita rao and she's anika"),
        ("A", "thanks so you're looking for a beginners course for anika who's six and hasn't skated before"),
        ("C", "yes that's it ideally on a saturday"),
        ("A", "we can't take under sevens on the saturday course but the sunday tots class is for four to seven year olds and it would suit anika really well"),
        ("C", "oh okay what time's that"),
        ("A", "it's nine thirty till ten fifteen and it runs eight weeks for sixty four pounds"),
        ("C", "that sounds good can we start this sunday"),
        ("A", "yep no problem i've put anika on the list and i'll email you the joining pack"),
        ("C", "great thank you"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's it"),
        ("A", "thanks for calling bye"),
     ])

call("h30-16-violin-stolen-from-car", industry="musical instrument insurance", style=ASR, words=False,
     exercises="full greeting; stolen violin, upset; long empathy; restatement; hold announced with reason, no thanks; 'you'll need to' instruction; two timed promises; surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na",
              "The agent says why she is putting the caller on hold but comes back with 'right so' and no thanks, so hold etiquette fails; 'you'll need to get a crime reference number' is a neutral instruction (optional)."),
     turns=[
        ("A", "hello you're through to encore instrument cover claims my name's patrick how can i help you today"),
        ("C", "hi um my violin's been stolen out of my car last night i'd only left it for ten minutes while i paid for petrol and i've had it since i was at school it's worth about four thousand pounds and i'm just i'm really upset"),
        ("A", "oh no i'm so sorry that's horrible especially something you've had since school can i take your name and policy number"),
        ("C", "it's adaeze okonjo and the policy's e c seven seven one nine"),
        ("A", "thank you miss okonjo so your violin was taken from your car last night while you were at the petrol station and you'd like to make a theft claim for it"),
        ("C", "yes please"),
        ("A", "let me just pop you on hold while i bring your policy up"),
        ("A", "right so i can see the violin's listed on your schedule at four thousand two hundred you'll need to get a crime reference number from the police if you haven't already", {"gap": 13.0, "tag": ("hold", "neg_opt")}),
        ("C", "i've already got one it's on my phone"),
        ("A", "perfect you'll get a claim form by email within the hour and a claims handler will call you within two working days"),
        ("C", "thank you"),
        ("A", "is there anything else i can help with miss okonjo"),
        ("C", "no that's everything"),
        ("A", "take care bye now"),
     ])

call("h30-17-photo-prints-wrong-size", industry="photo printing online", style=ASR, words=False,
     exercises="greeting without agent name; wrong-size prints for a funeral; empathy; size read back only; 'we can't' refusal and 'nothing i can do'; alternative only after two push-backs; timed reprint and delivery; name used; full close",
     labels=L("fail", "pass", "pass", "fail", "pass", "pass", "na", "na",
              "'we can't do next day delivery' and 'there's nothing i can do about the courier times' both refuse with no alternative in those turns; the reprint only comes after the customer pleads; 'it was the eight by tens' echoes one detail."),
     turns=[
        ("A", "hi thanks for calling snapstack prints how can i help"),
        ("C", "hi yeah i ordered some prints on saturday for my grandad's funeral it's on friday and they've come today but they're all tiny i ordered eight by tens and they're like postcard size and i need them for the display boards at the church"),
        ("A", "oh i'm really sorry about your grandad that's the last thing you need right now can i take your order number and your name"),
        ("C", "it's s s four four eight one zero and it's gemma lowe"),
        ("A", "thanks gemma and it was the eight by tens you ordered"),
        ("C", "yeah twelve of them can you get the right size to me by thursday"),
        ("A", "i can see they were printed at six by four by mistake but we can't do next day delivery", {"tag": "neg"}),
        ("C", "but the funeral's on friday i need them"),
        ("A", "there's nothing i can do about the courier times", {"tag": "neg"}),
        ("C", "please there must be something"),
        ("A", "okay um what i can do is reprint them today and send them first class so they should be with you on thursday"),
        ("C", "okay thank you"),
        ("A", "is there anything else i can help with gemma"),
        ("C", "no that's it"),
        ("A", "okay take care bye"),
     ])

call("h30-18-allotment-waiting-list", industry="allotment society plots", style=ASR, words=False,
     exercises="greeting without an offer; routine waiting-list query; restatement; policy refusal; untimed conditional letter; name given never used; full close with 'cheers'",
     labels=L("fail", "pass", "na", "pass", "fail", "fail", "na", "na",
              "'it's society policy ... i can't move you up' refuses with no alternative in that turn; 'the secretary will write to you when one comes up' has only a condition; the caller uses the agent's name but the agent never uses his."),
     turns=[
        ("A", "hello millbrook allotment society uh it's pat"),
        ("C", "oh hello pat um i put my name down for a plot about eighteen months ago and i've not heard anything and i just wondered where i am on the list"),
        ("A", "okay what's your name"),
        ("C", "howard brenner"),
        ("A", "okay so you're on the waiting list for a full plot and you want to know how far up you've got you're number nine at the moment"),
        ("C", "nine still it was eleven last year is there any way of moving up a bit quicker my neighbour says there's an empty plot by the gate"),
        ("A", "it's society policy that plots go in waiting list order i can't move you up", {"tag": "neg"}),
        ("C", "fair enough what about a half plot would that be quicker"),
        ("A", "yeah it might be there's only three people waiting for halves"),
        ("C", "go on then put me down for a half as well"),
        ("A", "no problem i'll add you to that list and the secretary will write to you when one comes up"),
        ("C", "lovely"),
        ("A", "anything else i can help with"),
        ("C", "no that's it"),
        ("A", "right cheers then bye"),
     ])

call("h30-19-aquarium-pond-pump-order", industry="aquarium and fish supplies", style=ASR, words=False,
     exercises="full greeting; routine order check; customer-caused wait; product read back only; polite 'i don't know if you've seen'; 'no problem'; timed delivery; name used; thanks-and-bye close without an offer",
     labels=L("pass", "fail_or_pass", "na", "fail", "pass", "pass", "na", "na",
              "The silence is the customer finding her order email (na); 'i don't know if you've seen our pond starter bundle' is the polite question form; 'the forty watt one' only echoes a detail; the close thanks and says bye but offers no more help."),
     turns=[
        ("A", "good afternoon reef and river aquatics this is connor how can i help"),
        ("C", "hi um i ordered a pond pump off your website on monday and i've not had a dispatch email yet so i was just checking it's actually coming"),
        ("A", "no worries can i take your name and the order number"),
        ("C", "yeah it's faye whitlock and the order number's um hang on let me find the email"),
        ("C", "here we go it's r r two zero four five six", W),
        ("A", "thanks faye the forty watt one"),
        ("C", "yeah the forty watt with the fountain head"),
        ("A", "that was packed this morning and it'll be with you tomorrow before one"),
        ("C", "oh great"),
        ("A", "i don't know if you've seen our pond starter bundle it's got the filter and the uv clarifier for twenty pounds less than buying them separately"),
        ("C", "um no i think i'm alright for now"),
        ("A", "no problem at all"),
        ("C", "okay thanks"),
        ("A", "thanks for calling faye bye"),
     ])

call("h30-20-bridesmaid-hem-too-short", industry="bridal shop alterations", style=ASR, words=False,
     exercises="full greeting; bridesmaid hem cut too short, panicked; empathy; restatement; short check under ten seconds; warm transfer to a named seamstress with reason; name used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
              "The transfer names the head seamstress and why she can help; the short check is a few seconds, not a hold; the call ends on the transfer, with no commitment to later action."),
     turns=[
        ("A", "good afternoon lace and bloom bridal you're speaking with chloe how can i help"),
        ("C", "hi i picked up my bridesmaid dress yesterday after you took the hem up and i tried it on last night with the shoes and it's way too short it's above my ankles and the wedding's a week on saturday and i'm honestly a bit panicked"),
        ("A", "oh no i'm so sorry that's the last thing you need with the wedding so close can i take your name"),
        ("C", "it's tamsin ford"),
        ("A", "thanks tamsin so the hem we took up is now too short with your shoes on and you'd like to know if it can be let down again before the wedding"),
        ("C", "yes please if there's any fabric left"),
        ("A", "let me just check who did the alteration"),
        ("A", "okay it was mirela our head seamstress", {"gap": 6.0}),
        ("C", "is she in today"),
        ("A", "she is yeah she's in the workroom"),
        ("C", "oh good"),
        ("A", "i'm going to put you through to mirela now because she did your fitting and she can tell you whether there's enough fabric in the hem to let it down"),
        ("C", "oh thank you"),
        ("A", "you're welcome tamsin putting you through now"),
     ])

call("h30-21-mot-failure-argument", industry="car MOT and servicing garage", style=ASR, words=False,
     exercises="bare greeting (garage name and 'morning'); failed MOT, angry at the price; registration taken, nothing restated; 'hang on' then a long silence, no reason, no thanks; 'calm down'; bare 'no'; no empathy; untimed callback; no customer name; no close",
     labels=L("fail", "fail", "fail", "fail", "fail", "na_or_fail", "fail", "na",
              "'calm down mate' and the bare 'no' to a discount request are negative; 'nobody's ripping you off' is a denial, not a listed phrase; 'hang on' gives no reason and there is no thanks; the call ends on the customer's 'whatever'."),
     turns=[
        ("A", "ridgeway garage morning"),
        ("C", "yeah morning i dropped my astra off for its mot yesterday and you've failed it on the brake discs and two tyres and quoted me four hundred quid and it passed last year with no advisories so i don't see how it's suddenly all wrong"),
        ("A", "what's the reg"),
        ("C", "y k one two b n o"),
        ("A", "hang on"),
        ("A", "yeah so it's failed on the front discs and the two front tyres", H),
        ("C", "so you're telling me it all wore out in a year that's a joke"),
        ("A", "calm down mate it's just what the tester found", {"tag": "neg"}),
        ("C", "i'm not going to calm down you're trying to rip me off"),
        ("A", "nobody's ripping you off"),
        ("C", "can you knock anything off the four hundred then"),
        ("A", "no", {"tag": "neg"}),
        ("C", "right well i'll take it somewhere else then"),
        ("A", "the tester'll give you a ring about it"),
        ("C", "whatever"),
     ])

call("h30-22-chimney-annual-sweep", industry="chimney sweeps", style=ASR, words=False,
     exercises="full greeting; routine annual sweep and certificate; restatement; hold asked with reason and thanked; limit with an alternative; two relative-time promises; name used; full close with 'cheers'",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "'we can't do saturdays i'm afraid but we've got a friday' offers an alternative in the same breath; 'the morning before' and 'the same day as the sweep' are time frames."),
     turns=[
        ("A", "hello good morning flueright chimney sweeps you're through to bea how can i help you"),
        ("C", "morning um i need to book our annual sweep for the open fire it's for the house insurance they want a certificate"),
        ("A", "of course can i take your name and address"),
        ("C", "yep it's alan pritchard seventeen quarry road"),
        ("A", "thanks alan so you're after your yearly sweep on an open fire plus a certificate for your insurers"),
        ("C", "that's it and saturdays are best for me"),
        ("A", "let me put you on hold for a sec while i see what the diary looks like for the next couple of weeks"),
        ("C", "okay"),
        ("A", "thanks for waiting alan we can't do saturdays i'm afraid but we've got a friday at eight on the twenty first if that helps", H),
        ("C", "uh yeah friday's fine i'll work from home"),
        ("A", "brilliant i'll text you the morning before with an arrival window and you'll get the certificate emailed the same day as the sweep"),
        ("C", "perfect"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's it thanks"),
        ("A", "cheers alan bye"),
     ])

call("h30-23-cleaning-dental-practice-quote", industry="office cleaning contracts", style=ASR, words=False,
     exercises="greeting without an offer; routine contract quote; restatement; factual 'no' with a referral; two timed promises (named day and 'by friday'); no customer name; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "na_or_fail", "na", "na",
              "'no we don't do window cleaning but the firm we use is...' answers a factual question and helps at once, so it is not negative; the question about surgeries is not an offer to help; the caller never gives a name."),
     turns=[
        ("A", "hello brightstone cleaning services this is amara speaking"),
        ("C", "hi there i manage a dental practice on the high street and we're looking for a new cleaning contractor our current one's contract ends at the end of next month"),
        ("A", "okay brilliant how many surgeries have you got and what sort of hours were you thinking"),
        ("C", "four surgeries a reception and a staff room and it'd need to be evenings after six monday to friday"),
        ("A", "okay so you're looking for a five evening a week contract from the start of the month after next covering four surgeries reception and a staff room"),
        ("C", "yes and do you do windows as well"),
        ("A", "no we don't do window cleaning but the firm we use is clearshine and they're on oh one one three four nine six two two zero"),
        ("C", "oh that's handy"),
        ("A", "our area manager could come round on tuesday at half six for a walk through and i'll email the quote over to you by friday"),
        ("C", "tuesday's good"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's everything"),
        ("A", "brilliant thanks ever so much bye"),
     ])

call("h30-24-coffee-lease-early-exit", industry="coffee machine leasing", style=ASR, words=False,
     exercises="full greeting; cafe closing, wants out of the lease; early empathy; restatement; policy refusal; 'you have to give notice'; frustration; transfer naming a team but no reason; name used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "fail",
              "'it's our policy the early termination fee applies' refuses the waiver; 'you have to give ninety days notice' states a contract term (optional); the transfer says where but not why."),
     turns=[
        ("A", "good morning beanworks leasing you're speaking with ruth how can i help today"),
        ("C", "hi um i've got one of your bean to cup machines at my cafe on a three year lease and i'm having to close the cafe at the end of next month business just hasn't picked up and i wanted to end the lease early"),
        ("A", "oh i'm sorry to hear that that must be a really tough decision can i take your name"),
        ("C", "it's imran siddiqui"),
        ("A", "thanks imran so you're closing the cafe next month and you want to end the lease on the machine before the three years are up"),
        ("C", "yeah that's it how much is that going to cost me"),
        ("A", "so there's an early termination fee which is the remaining payments minus twenty percent"),
        ("C", "that's nearly two thousand pounds i'm closing because i can't pay my bills can you not waive it"),
        ("A", "it's our policy the early termination fee applies in every case", {"tag": "neg"}),
        ("C", "that's really frustrating"),
        ("A", "you have to give ninety days notice in writing as well", {"tag": "neg_opt"}),
        ("C", "is there anyone else i can talk to about this"),
        ("A", "hold on i'll put you through to the retentions team"),
        ("C", "okay"),
     ])

# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h30-25-dental-add-partner", industry="dental insurance plans", style=CLEAN, words=False,
     exercises="full greeting; routine change (add a partner); no restatement; 'Just one moment' hold without reason, thanked; 'I'm unable to backdate it, but'; two timed promises; name used; full close",
     labels=L("pass", "pass", "na", "fail", "pass", "pass", "fail", "na",
              "'Just one moment' gives no reason, so the hold fails despite the thanks; 'I'm unable to backdate it, but I can start it from today' is a limit with an alternative; the agent never restates the request."),
     turns=[
        ("A", "Good morning, thank you for calling SmileSure Dental Plans, my name is Oliver, how can I help?"),
        ("C", "Hi, I've got the Silver plan with you, and I'd like to add my partner to it, please. She's just started a new job that doesn't have dental cover."),
        ("A", "Of course. Can I take your name and date of birth?"),
        ("C", "Marcus Hale, third of May, 1988."),
        ("A", "Thanks, Marcus. And your partner's full name and date of birth?"),
        ("C", "Yasmin Hale, ninth of October, 1990."),
        ("A", "Just one moment."),
        ("A", "Thanks for waiting, Marcus. That would take your premium from eighteen pounds to thirty-four pounds a month.", H),
        ("C", "That's fine. Can her cover start from the first of this month? She had a check-up last week."),
        ("A", "I'm unable to backdate it, but I can start it from today, so anything from now on is covered."),
        ("C", "Today's fine."),
        ("A", "Lovely. Yasmin's cover starts today, and her membership card will be posted to you within seven days."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's all, thanks."),
        ("A", "Thanks for calling, Marcus, have a good day."),
     ])

call("h30-26-escooter-brake-failure", industry="e-scooter rental", style=CLEAN, words=False,
     exercises="greeting without agent name; injured after a brake failure; 'oh no' empathy and safety check; restatement; timed collection; warm transfer to the incident team with reason; name used; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "pass", "pass", "na", "pass",
              "The transfer names the incident team and why; the only commitment to later action ('a technician will collect it within the hour') is timed; the agent's thanks come as part of the hand-over, so the call ends in the transfer."),
     turns=[
        ("A", "Hello, ZipRide, how can I help?"),
        ("C", "Hi. I was riding one of your scooters down Carter Hill about an hour ago and the brakes just didn't work, I squeezed the lever and nothing happened, and I came off at the bottom. I've cut up my hands and my knee, and my wrist's really swollen."),
        ("A", "Oh no, I'm so sorry. Are you somewhere safe now, and do you need an ambulance?"),
        ("C", "No, I'm at home. My flatmate's driving me to A and E in a bit."),
        ("A", "Okay, I'm glad you're home. Can I take your name?"),
        ("C", "Leon Abara."),
        ("A", "Thanks, Leon. So the brakes on the scooter failed on the way down Carter Hill, and you came off and hurt your hands, your knee and your wrist."),
        ("C", "Yeah, and I don't want anyone else getting hurt on it."),
        ("A", "Absolutely. I'm locking that scooter out of service right now, and a technician will collect it from Carter Hill within the hour."),
        ("C", "Good."),
        ("A", "I'm going to transfer you to our incident team, Leon, because they handle injuries and can take your statement and help with any costs."),
        ("C", "Okay."),
        ("A", "Thanks, Leon, I hope the wrist's okay. Putting you through now."),
     ])

call("h30-27-estate-viewing-no-show", industry="estate agent viewings", style=CLEAN, words=False,
     exercises="full greeting; cancelled viewing never communicated, customer cross; generic 'Sorry, which property'; no empathy; 'I don't know why'; 'You have to understand'; restatement of a new request; untimed callback; surname used; offer-only close",
     labels=L("pass", "fail_or_pass", "fail", "pass", "fail", "pass", "na", "na",
              "'Sorry, which property was that' is generic politeness, not empathy; 'I don't know why nobody rang you' is negative and 'You have to understand...' is borderline (optional); the restatement is of the customer's new request; the agent ends on 'Is there anything else?' with no thanks or goodbye."),
     turns=[
        ("A", "Good afternoon, Carrow and Hythe Estate Agents, Sophie speaking, how can I help?"),
        ("C", "Hello. I had a viewing booked at eleven this morning on the three-bed on Orchard Way. I took the morning off work, drove forty minutes, stood outside for half an hour, and nobody turned up. No call, no text, nothing. I'm really not happy."),
        ("A", "Sorry, which property was that, and can I take your name?"),
        ("C", "Fourteen Orchard Way. Kofi Mensah."),
        ("A", "Thanks, Mr Mensah. It looks like the viewing was cancelled yesterday afternoon, the vendor's circumstances changed."),
        ("C", "And nobody thought to tell me?"),
        ("A", "I don't know why nobody rang you.", {"tag": "neg"}),
        ("C", "So I've wasted a morning for nothing."),
        ("A", "You have to understand the vendor's had a difficult week.", {"tag": "neg_opt"}),
        ("C", "That's not really my problem, is it? Is the house still for sale or not? If it is, I still want to see it."),
        ("A", "So you'd like to know whether the house is still on the market and, if it is, to get another viewing booked in."),
        ("C", "Yes."),
        ("A", "I'll find out from the vendor and call you back."),
        ("C", "Fine."),
        ("A", "Is there anything else?"),
     ])

call("h30-28-vegbox-move-to-fridays", industry="farm shop veg box deliveries", style=CLEAN, words=False,
     exercises="greeting without company; routine delivery-day change; restatement; hold asked with reason and thanked; two timed promises; no customer name (postcode only); full close",
     labels=L("fail", "pass", "na", "pass", "pass", "na_or_fail", "pass", "na",
              "'Good morning, it's Hannah, how can I help?' never names the shop; the account is found by postcode and the customer's name never comes up."),
     turns=[
        ("A", "Good morning, it's Hannah, how can I help?"),
        ("C", "Hi, I get a veg box from you on Tuesdays, and I'd like to move it to Fridays from now on if that's possible, and add a dozen eggs every week too."),
        ("A", "Of course. What's the postcode on the account?"),
        ("C", "It's NR4 7QD, first line is 9 Beech Grove."),
        ("A", "Lovely, I've found you. So you'd like your box moved from Tuesdays to Fridays going forward, with a dozen eggs added to every delivery."),
        ("C", "That's right."),
        ("A", "Can I put you on hold for a minute while I check there's room on the Friday round for your area?"),
        ("C", "Yes, of course."),
        ("A", "Thank you for holding. Yes, Friday's fine for Beech Grove.", H),
        ("C", "Great."),
        ("A", "Your first Friday box will come this week, on the ninth, with the eggs in it, and you'll get an email confirming the change by tonight."),
        ("C", "Perfect."),
        ("A", "Anything else I can do for you?"),
        ("C", "No, that's it."),
        ("A", "Thanks so much, bye now."),
     ])

call("h30-29-golf-society-day", industry="golf club tee bookings", style=CLEAN, words=False,
     exercises="full greeting with an office; routine society booking; restatement; 'we can't ... it's club policy, but' with an alternative; timed booking form plus untimed catering contact; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "'We can't take societies before ten on a Saturday, it's club policy, but we could...' invokes policy to refuse yet offers alternatives in the same turn (optional); 'our catering manager will be in touch' has no time, so follow-up fails."),
     turns=[
        ("A", "Good morning, Ravensworth Golf Club, you're speaking with Hugh in the office, how can I help?"),
        ("C", "Morning. I organise a golf society, the Tuesday Tigers, and we're looking to bring twenty-four players for a society day in June, ideally a Saturday, with breakfast beforehand and a two-course meal afterwards."),
        ("A", "That sounds great. Can I take your name?"),
        ("C", "Fiona Strachan."),
        ("A", "Thanks, Fiona. So that's a society day for twenty-four in June, on a Saturday if possible, with breakfast before and a two-course meal after."),
        ("C", "Exactly. We'd like an early start if we can."),
        ("A", "We can't take societies before ten on a Saturday, it's club policy, but we could give you a ten-thirty shotgun start, or any time you like on the Sunday.", {"tag": "neg_opt"}),
        ("C", "Ten-thirty on a Saturday works."),
        ("A", "Lovely. I'll email you the booking form by the end of today, and our catering manager will be in touch about menus."),
        ("C", "Is there a deposit?"),
        ("A", "Yes, it's ten pounds a head, payable when you send the form back."),
        ("C", "No problem."),
        ("A", "Is there anything else I can help with, Fiona?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, Fiona, goodbye."),
     ])

call("h30-30-salon-uneven-bob", industry="hair salon appointments", style=CLEAN, words=False,
     exercises="full greeting; uneven haircut before a party, upset; empathy; restatement; refund refused with an alternative; timed corrective appointment and reminder; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "'We can't give refunds on cuts ... but I'd love to get you back in ... free of charge' is a limit with an alternative, so not negative; 'See you Thursday' follows the thanks."),
     turns=[
        ("A", "Good morning, Tangle and Tease, this is Leo, what can I do for you?"),
        ("C", "Hi. I had my hair cut with you on Saturday, I asked for a long bob, just a trim really, and it's come out really uneven, one side's a good inch shorter than the other, and it's my sister's engagement party this weekend and I honestly don't want to leave the house."),
        ("A", "Oh, I'm so sorry, that's horrible, especially with a party coming up. Can I take your name?"),
        ("C", "Ellie Marchetti."),
        ("A", "Thanks, Ellie. So the bob you had on Saturday has come out uneven, one side noticeably shorter than the other, and you need it sorted before the party at the weekend."),
        ("C", "Yes. And, honestly, I want my money back."),
        ("A", "I completely understand. We can't give refunds on cuts once you've left the salon, but I'd love to get you back in with our senior stylist to correct it, free of charge."),
        ("C", "When?"),
        ("A", "Dana can see you on Thursday at four, if that works?"),
        ("C", "Thursday at four is fine."),
        ("A", "Great, I've booked it in, and you'll get a text reminder on Thursday morning."),
        ("C", "Okay, thanks."),
        ("A", "Is there anything else I can help you with, Ellie?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, Ellie, and sorry again. See you Thursday."),
     ])

call("h30-31-heat-pump-breakdown-elderly", industry="heat pump installers", style=CLEAN, words=False,
     exercises="greeting without a salutation; heat pump down, elderly mother cold; empathy; restatement; hold asked with reason and thanked; limit with an alternative; timed engineer plus untimed heaters; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "'ThermaCore aftercare, Rosa speaking, how can I help?' has no salutation; 'Today's fully booked, but I'll get a couple of heaters dropped round' offers an alternative, yet that drop-off has no time, so follow-up fails; the mother's name is not the caller's, and the caller's is used."),
     turns=[
        ("A", "ThermaCore aftercare, Rosa speaking, how can I help?"),
        ("C", "Hello, I'm ringing for my mum, she's eighty-six, and the heat pump you installed last year stopped working overnight. The house is freezing, it's about twelve degrees inside, and there's no hot water either. I'm really worried about her."),
        ("A", "Oh gosh, I'm sorry, that's really worrying in this weather. Is she somewhere warm at the moment?"),
        ("C", "I've got her wrapped up with a fan heater in the lounge."),
        ("A", "Good. Can I take the address and your name?"),
        ("C", "It's 22 Fernside Road, and I'm Gillian Parry. Mum's Irene Parry."),
        ("A", "Thank you, Gillian. So your mum's heat pump stopped overnight, she's got no heating or hot water, and you need an engineer out as soon as possible. Could I put you on hold for a couple of minutes while I find the nearest engineer?"),
        ("C", "Of course."),
        ("A", "Thanks for waiting, Gillian. An engineer will be with her tomorrow morning between eight and ten, she's first on his list.", H),
        ("C", "Not today?"),
        ("A", "Today's fully booked, but I'll get a couple of oil-filled heaters dropped round to her."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, Gillian, take care."),
     ])

call("h30-32-hot-tub-fortieth-booking", industry="hot tub hire", style=CLEAN, words=False,
     exercises="full greeting; routine hire booking; date read back only; factual 'no' then help; customer-caused wait; untimed confirmation email; name only inside an email address; agent never closes",
     labels=L("pass", "fail", "na", "fail", "fail", "na_or_fail", "na", "na",
              "The customer's name appears only inside her email address, so personalization is na or fail; 'The twenty-third?' echoes one detail; the wait is the customer checking with her husband; the customer says bye and the agent gives no close."),
     turns=[
        ("A", "Hi there, thanks for calling Bubble Bay Hot Tub Hire, this is Nadia, how can I help?"),
        ("C", "Hi, I'd like to hire a hot tub for my husband's fortieth, the weekend of the twenty-third, for the back garden."),
        ("A", "The twenty-third?"),
        ("C", "Yes, Friday the twenty-third to the Monday."),
        ("A", "Lovely, we've got the six-seater free that weekend. It's two hundred and sixty pounds for the three nights."),
        ("C", "Great. Do I need to buy the chemicals?"),
        ("A", "No, the chemicals are included, and we set it all up for you."),
        ("C", "Let me just check with my husband whether the side gate's wide enough. Hang on."),
        ("C", "He says the gate's about ninety centimetres.", W),
        ("A", "That's fine, the tub goes through at eighty. What's the best email for the booking?"),
        ("C", "It's sam.brightwell@outlook.com."),
        ("A", "Got it. That's booked for you, and you'll get a confirmation email with the delivery time."),
        ("C", "Lovely, thank you. Bye."),
     ])

call("h30-33-skating-lessons-cancelled", industry="ice rink skating lessons", style=CLEAN, words=False,
     exercises="greeting naming a team, not the company; lessons cancelled three weeks running, child disappointed; empathy; restatement; bare 'I can't refund'; alternative only next turn; timed credit; warm transfer to the rink manager with reason; name used; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "pass", "pass", "na", "pass",
              "'the bookings team' is a department, not the organisation, so the greeting fails; 'I can't refund the whole term.' stands alone as a refusal, with the credit offered only after the customer asks why; the transfer names the rink manager and why."),
     turns=[
        ("A", "Hi, you're through to Kasia in the bookings team, how can I help?"),
        ("C", "Hello, my son's booked on the Tuesday intermediate skating course, and the lesson's been cancelled three weeks running now because of ice maintenance, and we've paid for ten weeks. He's really disappointed and I'm getting fed up with it."),
        ("A", "I'm sorry, that's really disappointing for him. Can I take your name and your son's name?"),
        ("C", "I'm Natalie Birch, and he's Owen Birch."),
        ("A", "Thanks, Natalie. So Owen's Tuesday intermediate lessons have been cancelled three weeks in a row, and you've paid for the whole ten-week term."),
        ("C", "Yes, and to be honest I'd like a refund for the whole term."),
        ("A", "I can't refund the whole term.", {"tag": "neg"}),
        ("C", "Why not? He's only had two lessons."),
        ("A", "What I can do is credit the three missed lessons to your account today, so you can use them on any course."),
        ("C", "That's not really the point. I want to speak to someone about why they keep getting cancelled."),
        ("A", "Of course. I'll put you through to Stefan, the rink manager, because he's in charge of the maintenance schedule and can explain what's happening with Tuesdays."),
        ("C", "Thank you."),
        ("A", "Putting you through now, Natalie."),
     ])

call("h30-34-instrument-cover-new-guitar", industry="musical instrument insurance", style=CLEAN, words=False,
     exercises="full greeting; routine addition of an instrument; no restatement; silent unannounced hold, thanked; changes made during the call, no later commitments; name used; agent never closes",
     labels=L("pass", "fail", "na", "fail", "na", "pass", "fail", "na",
              "The agent goes silent for over ten seconds without announcing it, so the thanks alone do not save the hold; everything is done during the call, so there is no follow-up; 'That's all sorted then' is neither an offer of more help nor thanks or goodbye."),
     turns=[
        ("A", "Hello, thank you for calling Encore Instrument Cover, my name's Bronwen, how can I help?"),
        ("C", "Hi, I've just bought a new acoustic guitar, a Martin, and I'd like to add it to my policy."),
        ("A", "Congratulations! Can I take your policy number and your name?"),
        ("C", "It's EC 4471, and I'm Felix Aldridge."),
        ("A", "Thanks, Felix. What did the guitar cost?"),
        ("C", "Two thousand one hundred pounds."),
        ("A", "Thanks for waiting. That's on your policy now, and your monthly premium is now twenty-one pounds sixty.", H),
        ("C", "Does it cover it at gigs?"),
        ("A", "Yes, it's covered anywhere in the UK, including gigs and rehearsals."),
        ("C", "And in the car?"),
        ("A", "In the car too, as long as it's out of sight and the car's locked."),
        ("C", "Great. Can I see the updated schedule online?"),
        ("A", "Yes, it's already in your online account under documents."),
        ("C", "Perfect, thanks, bye."),
        ("A", "That's all sorted then."),
     ])

call("h30-35-canvas-crushed-in-post", industry="photo printing online", style=CLEAN, words=False,
     exercises="full greeting; anniversary canvas arrived damaged, disappointed; empathy; restatement; 'You have to send us a photo' demand; untimed replacement; name given never used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "fail", "na", "na",
              "'You have to send us a photo of the damage first' is a demand made before any help; 'We'll send a replacement out' has no time although the customer needs it by Sunday; the customer's name is never used."),
     turns=[
        ("A", "Good afternoon, PixelPress Prints, Jordan speaking, how can I help today?"),
        ("C", "Hi, I ordered a large canvas of our wedding photo for our first anniversary, and it arrived this morning with the corner completely crushed and a tear right through the canvas. I'm so disappointed, it was meant to be a surprise for my husband on Sunday."),
        ("A", "Oh no, I'm really sorry, that's such a shame when it was meant to be a surprise. Can I take your name and order number?"),
        ("C", "It's Priyanka Shah, order PP 30981."),
        ("A", "Thank you. So your anniversary canvas turned up this morning crushed at the corner and torn, and you need a replacement in time for Sunday."),
        ("C", "Yes, please, if that's possible."),
        ("A", "You have to send us a photo of the damage first.", {"tag": "neg"}),
        ("C", "Okay, I can do that now. Where do I send it?"),
        ("A", "To help@pixelpress.co.uk, with the order number in the subject line."),
        ("C", "Done, it's sent."),
        ("A", "Got it, thank you. We'll send a replacement out."),
        ("C", "Okay, thank you."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for calling, bye."),
     ])

call("h30-36-allotment-shed-break-in", industry="allotment society plots", style=CLEAN, words=False,
     exercises="full greeting; shed broken into, tools with sentimental value stolen; plot number read back only; no empathy; 'not really a committee matter'; insurance 'policy' look-alike with an alternative; timed promises ('next Tuesday', 'tonight'); name used; full close",
     labels=L("pass", "pass", "fail", "fail", "pass", "pass", "na", "na",
              "'That's not really a committee matter' is the 'not my department' kind of brush-off even with the police pointer; 'The society's policy doesn't cover members' tools ... but your home insurance might' is about an insurance policy and offers an alternative, so not negative; the upset is never acknowledged."),
     turns=[
        ("A", "Hello, Elmsfield and District Allotment Society, Trevor speaking, how can I help?"),
        ("C", "Hi, Trevor, it's Margaret Oyelaran, plot 31. Someone's broken into my shed overnight, they've smashed the padlock and taken my strimmer and all my hand tools, and I'm so upset, I've had some of those tools since my husband was alive."),
        ("A", "Plot 31?"),
        ("C", "Yes, by the water trough."),
        ("A", "That's not really a committee matter, Margaret, you'd need to report it to the police.", {"tag": "neg"}),
        ("C", "I have, they gave me a crime number. I just thought the society should know, it's the third shed this month."),
        ("A", "The third? I'll raise it at the committee meeting next Tuesday, and we'll talk about a better lock for the main gate then."),
        ("C", "Is there anything on the insurance?"),
        ("A", "The society's policy doesn't cover members' tools, I'm afraid, but your home insurance might, it's worth a ring."),
        ("C", "Right, I'll try them."),
        ("A", "And I'll email all the plot holders tonight to keep their sheds locked and keep an eye out."),
        ("C", "That would be good."),
        ("A", "Is there anything else I can help with, Margaret?"),
        ("C", "No, that's it."),
        ("A", "Okay, thanks for letting us know. Bye now."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout30: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout30", when="2026-12-06")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries (two calls each): "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h30",
                                  seed_base=3000, min_utterances=MIN_UTTS, max_utterances=MAX_UTTS)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
