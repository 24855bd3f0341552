"""Write the holdout29 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout29.py

Writes tests/data/holdout29/<call_id>.json, tests/data/holdout29-labels.json and
tests/data/holdout29/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout29"
LABELS_PATH = HERE / "holdout29-labels.json"
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

call("h29-01-energy-switch-stalled", industry="energy supplier switching", style=CLEAN, words=True,
     exercises="full greeting with a team; stalled switch, double billing; backchannel then cut-in; empathy; restatement; polite 'I don't know if' question; two timed promises; surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "'I don't know if you've still got the last bill' is the polite question form, not negative; the agent's question cuts in on the long complaint after a backchannel."),
     turns=[
        ("A", "Good morning, you're through to Lumen Energy's switching team, I'm Priya, what can I do for you today?"),
        ("C", "Hi, I signed up to switch over to you last month, and the switch was supposed to go live on the first, but my old supplier has just sent me another full month's bill and taken the direct debit, and your app still says my switch is pending, so I'm basically paying two companies."),
        ("A", "Mm-hmm.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Sorry, which date was it meant to go live?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "The first. It's the twentieth now."),
        ("A", "And can I take your name and postcode?"),
        ("C", "Hollis Grant, GL5 2RW."),
        ("A", "Thanks, Mr Grant. That's really annoying, I'm sorry it's dragged on. So your switch to us should have gone live on the first, it still hasn't, and meanwhile your old supplier is billing you as if you'd never left."),
        ("C", "That's exactly it."),
        ("A", "I don't know if you've still got the last bill from them? It'll have their account reference on it."),
        ("C", "Yes, it's OE 44719."),
        ("A", "I'll chase their transfer team today, and you'll get an email with the new go-live date within forty-eight hours."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's it."),
        ("A", "Thanks for bearing with us, Mr Grant, bye now."),
     ])

call("h29-02-grooming-nicked-ear", industry="dog grooming salon", style=CLEAN, words=True,
     exercises="greeting with name but no company; dog cut at a groom; 'oh no' empathy; agent starts just before the customer ends; restatement; policy refusal; customer cuts in; untimed manager callback; name used; goodbye-only close",
     labels=L("fail", "fail_or_pass", "pass", "pass", "fail", "pass", "na", "na",
              "'It's our policy not to pay vet bills' refuses with no alternative; the manager's callback 'when she's back in' has no time; the close thanks and says bye but never offers more help."),
     turns=[
        ("A", "Hi, you're speaking with Robin, how can I help?"),
        ("C", "Hello, I picked my spaniel up from you yesterday afternoon, and when we got home I noticed a little cut on the edge of her ear, it had bled onto the car seat and she keeps shaking her head."),
        ("A", "Oh no, poor girl. Is she alright now?"),
        ("C", "She seems fine, but I took her to the vet this morning and that was sixty pounds."),
        ("A", "What's her name, and yours?", {"at_end": 0.3}),
        ("C", "She's Pepper, and I'm Dawn Fielding."),
        ("A", "Thanks, Dawn. So Pepper came home with a nick on her ear after her groom, and you'd like us to cover the vet's bill."),
        ("C", "Yes, I think that's only fair."),
        ("A", "It's our policy not to pay vet bills, I'm afraid, the owners sign the form at drop-off.", {"tag": "neg"}),
        ("C", "Even when it's your fault?", {"at_end": 0.8}),
        ("A", "I'll speak to the salon manager, and she'll ring you when she's back in."),
        ("C", "Okay."),
        ("A", "Thanks for letting us know, bye."),
     ])

call("h29-03-insurance-claim-screening", industry="travel insurance claims", style=CLEAN, words=True,
     exercises="full greeting; delayed cancellation claim, worried; agent cuts in; claim number read back only; empathy; hold asked with reason and thanked; warm transfer naming team and reason; name used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "fail", "na", "pass", "pass", "pass",
              "Reading back the claim number is a single detail, not a restatement; the transfer names the medical screening team and why; the call ends on the transfer before any close."),
     turns=[
        ("A", "Thank you for calling Meridian Travel Insurance claims, my name is Grace, how may I assist you?"),
        ("C", "Hi, I'm calling about a claim I made six weeks ago, we had to cancel our holiday to Crete when my husband went into hospital, and I've paid eleven hundred pounds out of my own pocket, and I've heard absolutely nothing back from anyone, I'm really worried about it."),
        ("A", "Do you have the claim number there?", {"at_end": 0.9, "tag": "intr"}),
        ("C", "Yes, TC 55802."),
        ("A", "TC 55802?"),
        ("C", "That's right, and it's under Jude Amari."),
        ("A", "Thanks, Jude. I completely understand, that's a lot of money to be waiting on. Could I pop you on hold for a couple of minutes while I pull up the claim notes?"),
        ("C", "Yes, go on."),
        ("A", "Thanks so much for holding, Jude. The claim is with our medical screening team, they're waiting on a form from your husband's consultant.", H),
        ("C", "Nobody told me that."),
        ("A", "I'm going to put you through to the medical screening team now, so they can explain exactly what's missing and who needs to send it."),
        ("C", "Okay, thank you."),
     ])

call("h29-04-coach-tour-pickup-change", industry="coach holiday tours", style=CLEAN, words=True,
     exercises="greeting without agent name; routine pick-up and seat change; two backchannels; restatement; unannounced silent hold, no thanks; 'you'll need to' instruction; untimed posted itinerary; surname used; offer and goodbye in one turn",
     labels=L("fail", "pass", "na", "pass", "fail", "pass", "fail", "na",
              "The agent goes silent for over ten seconds without announcing it and never thanks the customer; 'you'll need to be at the stop by seven fifteen' is a neutral instruction (optional); the posted itinerary has no time."),
     turns=[
        ("A", "Morning, Wayfarer Coach Holidays, how can I help?"),
        ("C", "Hello, I'm booked on the five-day Lake District tour in May, and I'd like to change my pick-up point from Leicester to the Loughborough stop, because my daughter's going to drive me over now, and could I have a seat near the front, I do like to see out."),
        ("A", "Okay.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Right.", {"at_start": 7.0, "tag": "bc"}),
        ("A", "Can I have your booking reference?"),
        ("C", "WC 3019, under Peabody."),
        ("A", "And the first name?"),
        ("C", "Marjorie."),
        ("A", "So, Mrs Peabody, you'd like to be picked up at Loughborough instead of Leicester, and a seat near the front if there's one free."),
        ("C", "Please."),
        ("A", "Right, that's Loughborough done, and you're in row two on the left.", H),
        ("C", "Oh, lovely."),
        ("A", "You'll need to be at the stop by seven fifteen, and your updated itinerary will be posted out to you.", {"tag": "neg_opt"}),
        ("C", "That's fine."),
        ("A", "Is there anything else at all, Mrs Peabody? No? Lovely, thanks for calling, bye."),
     ])

call("h29-05-electrician-kitchen-circuit", industry="electrician call-outs", style=CLEAN, words=True,
     exercises="full greeting, agent name an ordinary word; tripping circuit, food and baby milk at risk; safety question cuts in; restatement; limit with alternative; customer cuts in; empathy; timed visit and text; name never used; goodbye-only close",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "fail", "na", "na",
              "'I can't get anyone out today, but what I can do is put you first on tomorrow's list' is a limit with an alternative, not negative; the customer gives his name but the agent never uses it; the close says bye without offering more help."),
     turns=[
        ("A", "Hello, Spark and Sons Electrical, this is Wren, how can I help?"),
        ("C", "Hi, the trip switch in our fuse box keeps going every time we put the kettle on, and now the whole kitchen circuit won't reset at all, so the fridge and freezer are off and I've got the baby's milk in there."),
        ("A", "Is anything burning, or smelling hot?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "No, nothing like that."),
        ("A", "Okay, good. And your name and address?"),
        ("C", "Ash Patel, 14 Orchard Rise."),
        ("A", "So the RCD was tripping whenever the kettle went on, and now the kitchen circuit won't reset, so you've lost the fridge and freezer."),
        ("C", "Yes. Can someone come today?"),
        ("A", "I can't get anyone out today, we're fully booked, but what I can do is put you first on tomorrow's list."),
        ("C", "Tomorrow? The freezer's full.", {"at_end": 0.6}),
        ("A", "I'm really sorry, I know it's worrying with the baby's milk in there. An electrician will be with you tomorrow between eight and ten, and I'll text you his name this evening."),
        ("C", "Okay. Thanks."),
        ("A", "Right, see you tomorrow, bye."),
     ])

call("h29-06-varifocals-wrong-strength", industry="prescription glasses online", style=CLEAN, words=True,
     exercises="greeting split over two turns; wrong lenses causing headaches; 'Right, okay' inside the customer's turn (optional interruption); 'I don't know why'; 'you'll have to' demand; no empathy; no restatement; untimed remake; name used; full close",
     labels=L("pass", "pass", "fail", "fail", "fail", "pass", "na", "na",
              "'I don't know why that's happened' and 'You'll have to send them back before we can do anything' are both negative; 'Right, okay' is short but not a listed backchannel (optional interruption); the headaches are never acknowledged."),
     turns=[
        ("A", "Hi there, thanks for calling ClearSight Online, my name is Bailey."),
        ("C", "Hi."),
        ("A", "What can I do for you today?"),
        ("C", "I ordered varifocals from you three weeks ago, and since I started wearing them I've had a headache every single day, and my optician checked them yesterday and says the reading part has been made to the wrong strength, it's not what's on my prescription at all."),
        ("A", "Right, okay.", {"at_start": 4.0, "tag": "intr_opt"}),
        ("A", "Order number?"),
        ("C", "CS 881420. The name's Faith Adeyemi."),
        ("A", "Thanks, Faith. I don't know why that's happened, the prescription on the order looks right to me.", {"tag": "neg"}),
        ("C", "Well, it isn't what's in the glasses."),
        ("A", "You'll have to send them back before we can do anything.", {"tag": "neg"}),
        ("C", "And then what?"),
        ("A", "We'll remake them once they're back with us."),
        ("C", "Fine."),
        ("A", "Anything else I can help with today? Thanks for calling, bye."),
     ])

call("h29-07-marina-berth-waitlist", industry="marina berths", style=CLEAN, words=True,
     exercises="full greeting; routine berth enquiry; agent cuts in with a question; restatement; hold without a reason, thanked; limit with alternative; factual 'no' then help; timed list entry and email; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "fail", "na",
              "'Bear with me' gives no reason for the hold, so hold etiquette fails despite the thanks; 'No, there's no deposit' answers a factual question and is not negative; a berth enquiry is routine (empathy na)."),
     turns=[
        ("A", "Good afternoon, welcome to Saltmarsh Marina, I'm Morgan, how can I help?"),
        ("C", "Hi, I'm after an annual berth for next season, we've just bought a ten metre sailing boat, a Westerly, she's on a swinging mooring up the river at the moment but we'd like to be in a marina with shore power and a bit of security, so I wondered what you had."),
        ("A", "What's her draught?", {"at_end": 1.3, "tag": "intr"}),
        ("C", "About one point five metres."),
        ("A", "And your name, please?"),
        ("C", "Lowri Pugh."),
        ("A", "So, Lowri, you're looking for an annual pontoon berth from next season for a ten metre yacht drawing one and a half metres."),
        ("C", "That's it."),
        ("A", "Bear with me."),
        ("A", "Thanks for waiting. We're full on the outer pontoons, but there's a waiting list, and you'd be fourth on it.", H),
        ("C", "Is there a deposit to go on the list?"),
        ("A", "No, there's no deposit, it's free to join. I'll add you today and email the confirmation this afternoon."),
        ("A", "Anything else I can help with, Lowri?"),
        ("C", "No, thanks."),
        ("A", "Thanks for calling, bye."),
     ])

call("h29-08-pawn-ring-overdue", industry="pawnbroker loans", style=CLEAN, words=True,
     exercises="bare greeting (company and name only); overdue pledge of a late mother's ring; backchannel; reassurance then empathy; restatement cut into by the customer; 'nothing I can do'; timed hold of the item; name never given; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na",
              "'Sterling Pawn, Jasmine' has no salutation or offer; 'There's nothing I can do about the interest' is negative even though the ring is held; the customer never gives a name."),
     turns=[
        ("A", "Sterling Pawn, Jasmine."),
        ("C", "Oh, hello, I've got a ring in with you, a gold ring with a sapphire, it was my late mum's, and I've just realised the loan was due back on the tenth and I've missed it, please tell me it hasn't been sold."),
        ("A", "Yeah.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "It hasn't been sold, don't worry. Have you got your ticket number?"),
        ("C", "It's 40771."),
        ("A", "Oh, I'm sorry, I can see why it matters so much. So you want to redeem your mum's ring, even though the loan's gone past its date."),
        ("C", "Yes, I can pay it off on Friday.", {"at_end": 0.7}),
        ("A", "The balance is three hundred and twelve pounds with the extra month's interest."),
        ("C", "Can you take the extra interest off?"),
        ("A", "There's nothing I can do about the interest, it's set in the agreement.", {"tag": "neg"}),
        ("A", "We'll hold the ring for you until Saturday, so there's no rush."),
        ("C", "Thank you so much."),
        ("A", "Anything else I can help with?"),
        ("C", "No."),
        ("A", "Lovely, bye bye."),
     ])

call("h29-09-craft-parcel-short", industry="craft supplies online shop", style=CLEAN, words=True,
     exercises="full greeting, agent name an ordinary word; short parcel, third time, frustrated; backchannel then cut-in; restatement; hold asked with reason and thanked; no empathy; timed post plus untimed code; name used; full close",
     labels=L("pass", "pass", "fail", "pass", "fail", "pass", "pass", "na",
              "The customer's frustration ('third time') is never acknowledged; the discount-code email has no time, so follow-up fails although the post is 'tomorrow'."),
     turns=[
        ("A", "Hello, you're through to Paper Lantern Crafts, Holly speaking, how can I help?"),
        ("C", "Hi Holly, my order came this morning and it's short again, I ordered six skeins of the merino in teal and there are only four, and the embroidery hoops aren't in there at all, and honestly this is the third time something's been missing from one of your parcels."),
        ("A", "Sure.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Can I take the order number?", {"at_end": 2.0, "tag": "intr"}),
        ("C", "PL 603385, under Heather Quayle."),
        ("A", "Thanks, Heather. So two of the teal merino skeins and both hoops were left out of this morning's parcel."),
        ("C", "Yes."),
        ("A", "Can I put you on hold for a moment while I check the packing record?"),
        ("C", "Sure."),
        ("A", "Thank you for holding, Heather. They were missed at packing. I'll get them posted first class tomorrow, and I'll email you a discount code.", H),
        ("C", "Okay."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, bye."),
     ])

call("h29-10-plumber-burst-loft-pipe", industry="plumbing emergencies", style=CLEAN, words=True,
     exercises="bare line greeting; burst pipe through the ceiling, panic; agent cuts in; urgent 'you have to' safety instruction; customer-caused wait; empathy; restatement; timed engineer; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "'You have to turn it off right now' is an urgent safety instruction rather than a demand (optional); the long silence is the customer going to the stopcock; the customer's 'I don't know what to do' is not agent language."),
     turns=[
        ("A", "Emergency line, what's happened?"),
        ("C", "There's water pouring through my landing ceiling, I think a pipe's burst up in the loft, it's coming down through the light fitting and all over the carpet and I don't know what to do, I've got towels everywhere."),
        ("A", "Okay, do you know where your stopcock is?", {"at_end": 1.6, "tag": "intr"}),
        ("C", "Under the kitchen sink, I think."),
        ("A", "You have to turn it off right now, clockwise, and don't touch any light switches.", {"tag": "neg_opt"}),
        ("C", "Hang on, I'll go and do it."),
        ("C", "Okay, it's off, it's slowing down.", W),
        ("A", "Well done, that sounds horrible, but you've done exactly the right thing. What's your name and address?"),
        ("C", "Noel Brennan, 3 Tanner's Row."),
        ("A", "So, Noel, a pipe's burst in the loft and it's come through the landing ceiling, and the water's off at the stopcock now."),
        ("A", "An engineer will be with you within the hour."),
        ("C", "Thank God."),
        ("A", "Is there anything else you need right now?"),
        ("C", "No."),
        ("A", "Okay, help's on its way, bye."),
     ])

call("h29-11-funeral-first-call", industry="funeral directors", style=CLEAN, words=True,
     exercises="full greeting, agent name an ordinary word; bereavement; backchannel; empathy; customer-caused wait; restatement; conditional untimed collection plus timed callback; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "'We'll collect him once the hospital has released him' is a commitment with only a condition, so follow-up fails despite the callback 'this afternoon'; the silence is the caller composing herself (na)."),
     turns=[
        ("A", "Good morning, Ashby and Vale Funeral Directors, you're speaking with Patience, how can I help?"),
        ("C", "Hello, um, my dad passed away last night at the General, and the ward said I should ring a funeral director, and I've never done this before, so I'm not really sure what happens now."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "I'm so sorry for your loss. You've done the right thing ringing us. Can I take your name?"),
        ("C", "It's Sam, Sam Ellery. Sorry, give me a moment."),
        ("C", "Sorry. My dad was Raymond Ellery.", W),
        ("A", "Take all the time you need, Sam. So you'd like us to bring your dad into our care from the General, and then sit down with you to plan the funeral."),
        ("C", "Yes, please."),
        ("A", "We'll collect him once the hospital has released him."),
        ("C", "How long does that take?"),
        ("A", "It depends on the doctor's paperwork. One of our arrangers will call you this afternoon to talk you through it and set up a meeting."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with for now, Sam?"),
        ("C", "No, that's all."),
        ("A", "Take care of yourself, goodbye."),
     ])

call("h29-12-rent-arrears-cold-transfer", industry="housing association rent", style=CLEAN, words=True,
     exercises="greeting without name or offer; arrears letter, scared of eviction; agent cuts in; no empathy; no restatement; 'not my job'; customer cuts in; cold transfer; name given never used; ends in transfer",
     labels=L("fail", "na_or_fail", "fail", "fail", "na", "fail", "na", "fail",
              "'That's not my job to sort out' is negative; 'Hold on, I'll transfer you' names no team or reason, and the customer's 'To who?' gets no answer; the call ends there."),
     turns=[
        ("A", "Hello, Riverside Homes rent team."),
        ("C", "Hi, I've had a letter this morning saying I'm eight hundred pounds in arrears and you might start proceedings, but my rent's paid by universal credit straight to you every month, I've never been behind in my life and I'm scared stiff we're going to lose the flat."),
        ("A", "What's your tenancy reference?", {"at_end": 1.8, "tag": "intr"}),
        ("C", "RH 770214."),
        ("A", "Name?"),
        ("C", "Clement Rook."),
        ("A", "The account shows no payment from universal credit since August."),
        ("C", "That can't be right, they told me it was coming to you."),
        ("A", "That's not my job to sort out, it's between you and universal credit.", {"tag": "neg"}),
        ("C", "But it's your letter threatening me.", {"at_end": 0.6}),
        ("A", "Hold on, I'll transfer you."),
        ("C", "To who?"),
        ("A", "Just hold on."),
     ])

# ---------------------------------------------------------------------------
# 13-24: ASR-style text, no word timings
# ---------------------------------------------------------------------------

call("h29-13-campsite-bank-holiday-pitch", industry="campsite bookings", style=ASR, words=False,
     exercises="full greeting; routine pitch booking; restatement; hold asked with reason and thanked; 'you'll need to' instruction; timed email; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "'you'll need to arrive after two' is a neutral instruction (optional); 'yeah no worries' is the customer's."),
     turns=[
        ("A", "hi good afternoon thank you for calling fernhill campsite you're speaking to dale how can i help"),
        ("C", "hi yeah um i wanted to book a pitch for a tent for the bank holiday weekend two adults two kids and a dog"),
        ("A", "lovely um can i take your name"),
        ("C", "yeah it's tom hartley"),
        ("A", "thanks tom so that's a tent pitch for the bank holiday friday to monday two adults two children and a dog"),
        ("C", "yeah that's it with electric if you've got it"),
        ("A", "okay can i just pop you on hold for a second while i check what electric pitches are left"),
        ("C", "yeah no worries"),
        ("A", "thanks for holding tom i've got one left in the lower field pitch forty two", H),
        ("C", "great we'll take it"),
        ("A", "you'll need to arrive after two on the friday and you'll get the confirmation email in the next ten minutes", {"tag": "neg_opt"}),
        ("C", "perfect"),
        ("A", "is there anything else i can help with"),
        ("C", "no that's all thanks"),
        ("A", "cheers tom have a lovely weekend bye"),
     ])

call("h29-14-tyres-steering-vibration", industry="tyre fitting", style=ASR, words=False,
     exercises="bare greeting (desk and name only); vibration after new tyres, unhappy; registration read back only; bare 'no'; 'you have to' demand; no empathy; untimed conditional look; name never given; no close",
     labels=L("fail", "fail", "fail", "fail", "fail", "na_or_fail", "na", "na",
              "The bare 'no' refuses with no alternative and 'you have to bring it back in' is a demand; 'someone'll have a look when you bring it in' has no time; the call ends on 'okay cheers'."),
     turns=[
        ("A", "tyre bay darren"),
        ("C", "yeah hi i had two new tyres put on yesterday at your place and now there's a horrible vibration through the steering wheel over about fifty and i'm not happy to be honest i've got to drive to leeds tomorrow"),
        ("A", "what's the reg"),
        ("C", "it's y t sixty eight k l m"),
        ("A", "y t six eight k l m"),
        ("C", "yeah"),
        ("A", "probably needs balancing"),
        ("C", "well you were supposed to balance them can someone come out to me"),
        ("A", "no", {"tag": "neg"}),
        ("C", "so what am i meant to do"),
        ("A", "you have to bring it back in", {"tag": "neg"}),
        ("C", "when"),
        ("A", "whenever someone'll have a look when you bring it in"),
        ("C", "right fine"),
        ("A", "okay cheers"),
     ])

call("h29-15-meal-kit-holiday-pause", industry="meal kit subscriptions", style=ASR, words=False,
     exercises="full greeting, agent name an ordinary word; routine pause; 'no problem'; spelled surname; restatement; silent unannounced wait then thanks; timed next box; name used; offer-only close",
     labels=L("pass", "fail_or_pass", "na", "pass", "pass", "pass", "fail", "na",
              "The agent goes quiet for over ten seconds without asking, then thanks the customer, so hold etiquette fails; 'no problem' is not negative; the close offers more help but ends on 'okay'."),
     turns=[
        ("A", "hello you're through to harvest box my name's sky what can i do for you"),
        ("C", "hiya um i'm away for three weeks from the second so i want to pause my boxes while i'm gone"),
        ("A", "no problem can i take your name"),
        ("C", "it's penny okafor o k a f o r"),
        ("A", "thanks penny so you'd like to skip your deliveries for the three weeks you're away starting from the second"),
        ("C", "yes please"),
        ("A", "thanks for waiting penny right that's paused for the second the ninth and the sixteenth", H),
        ("C", "brilliant"),
        ("A", "and your next box after that will come on the twenty third"),
        ("C", "lovely"),
        ("A", "anything else"),
        ("C", "no that's it"),
        ("A", "okay"),
     ])

call("h29-16-framing-cracked-glass", industry="art gallery framing", style=ASR, words=False,
     exercises="greeting without agent name; cracked glass on a birthday present; 'oh no' empathy; restatement; 'i don't know how' with help after; warm transfer to a named person and workshop with reason; name used; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
              "'i don't know how that happened but our framer will be able to help' is followed at once by help, so it is optional; the transfer names the person, the workshop and why."),
     turns=[
        ("A", "good morning thank you for calling the lantern gallery how can i help"),
        ("C", "hi um i picked up a framed print from you on saturday it's a present for my mum's seventieth and when i unwrapped it last night the glass is cracked right across the corner"),
        ("A", "oh no that's the last thing you want before a birthday"),
        ("C", "it's on sunday as well"),
        ("A", "can i take your name"),
        ("C", "it's ivy marsh"),
        ("A", "thanks ivy so the glass on the print you collected saturday is cracked and you need it sorted before your mum's birthday on sunday"),
        ("C", "yeah exactly"),
        ("A", "i don't know how that happened but our framer will be able to help", {"tag": "neg_opt"}),
        ("C", "okay"),
        ("A", "i'm going to put you through to mark in our framing workshop he made the frame and he can swap the glass for you"),
        ("C", "great thank you"),
     ])

call("h29-17-business-payment-blocked", industry="bank business accounts", style=ASR, words=False,
     exercises="full greeting; blocked supplier payment, stressed; restatement; hold asked with reason and thanked; bare 'i can't tell you'; late empathy; untimed fraud-team callback; surname used; offer and thanks in one turn",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "pass", "na",
              "'i can't tell you why it was flagged' refuses with no alternative; the empathy only comes near the end but counts; the fraud team's callback has no time."),
     turns=[
        ("A", "good afternoon northgate bank business banking you're speaking with kwame how can i help today"),
        ("C", "hi yeah i run a small bakery and i tried to pay my flour supplier this morning four thousand two hundred pounds and it's been blocked and now he's saying he won't deliver tomorrow unless it's cleared so i'm um pretty stressed about it"),
        ("A", "okay can i take your name and the business name please"),
        ("C", "it's joseph lamb lamb's bakehouse"),
        ("A", "thanks mr lamb so a four thousand two hundred pound payment to your flour supplier was stopped this morning and you need it released so your delivery goes ahead"),
        ("C", "yes"),
        ("A", "can i put you on hold for a couple of minutes while i look at the payment"),
        ("C", "go on"),
        ("A", "thank you for waiting mr lamb it's been held by our fraud checks", H),
        ("C", "why though i've paid him loads of times"),
        ("A", "i can't tell you why it was flagged", {"tag": "neg"}),
        ("C", "great"),
        ("A", "the fraud team will call you back to confirm it with you and i'm sorry for all the stress today"),
        ("A", "is there anything else i can help with thanks for calling"),
     ])

call("h29-18-port-number-stuck", industry="telecom number porting", style=ASR, words=False,
     exercises="greeting with a desk but no agent name; business number lost in a port; early empathy; restatement; blame on the old network; timed email and conditional move with a time; name never given; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na",
              "'it's not our fault it's stuck at your old network's end' is blame rather than a listed phrase (optional); 'once they release it the number will move over within one working day' carries a time."),
     turns=[
        ("A", "hi thanks for calling zephyr mobile um you're through to the porting desk how can i help"),
        ("C", "hi er i moved my number over to you on monday and the new sim works but it's got a temporary number and my old number just goes to a dead tone now and it's my business number so customers can't reach me at all"),
        ("A", "oh that's really stressful when it's your business line"),
        ("C", "it is yeah"),
        ("A", "have you got the pac code you used"),
        ("C", "yeah it's pac four four seven nine one two"),
        ("A", "so you've moved over to us and the sim's live but your old business number hasn't come across with it and it's not ringing anywhere"),
        ("C", "exactly"),
        ("A", "it's not our fault it's stuck at your old network's end", {"tag": "neg_opt"}),
        ("C", "okay but can you chase it"),
        ("A", "yes i'll raise it with them now and i'll email you an update today and once they release it the number will move over within one working day"),
        ("C", "okay thank you"),
        ("A", "is there anything else i can help with"),
        ("C", "no"),
        ("A", "thanks for your patience bye"),
     ])

call("h29-19-energy-switch-quote", industry="energy supplier switching", style=ASR, words=False,
     exercises="full greeting, agent name an ordinary word; routine quote; customer-caused wait; no restatement; bare 'no we don't' to a product question; untimed quote email; name used; thanks-only close",
     labels=L("pass", "fail_or_pass", "na", "fail", "fail", "pass", "na", "na",
              "'no we don't' answers a product question with no alternative (optional); the silence is the customer fetching a bill; 'i'll send the quote over' has no time."),
     turns=[
        ("A", "morning brightwell energy you're speaking with joy how can i help"),
        ("C", "hi um i'm thinking of switching to you and i wanted to get a quote"),
        ("A", "yeah course can i get your name and postcode"),
        ("C", "it's carl dennison and it's b s three four q t"),
        ("A", "thanks carl and roughly how much do you use a year"),
        ("C", "hang on let me get my bill"),
        ("C", "right it says um two thousand eight hundred kilowatt hours", W),
        ("A", "okay and do you know your meter type is it a smart one"),
        ("C", "yeah smart and do you do solar export tariffs"),
        ("A", "no we don't", {"tag": "neg_opt"}),
        ("C", "oh okay"),
        ("A", "i'll send the quote over to your email carl"),
        ("C", "alright"),
        ("A", "thanks for calling bye"),
     ])

call("h29-20-grooming-cockapoo-booking", industry="dog grooming salon", style=ASR, words=False,
     exercises="bare greeting (salon name only); routine booking; restatement; hold announced with reason, no thanks; timed reminder; name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "fail", "na",
              "The agent says why she is checking but comes back without thanking the customer, so hold etiquette fails; the dog's name is not the customer's."),
     turns=[
        ("A", "hello muddy paws grooming"),
        ("C", "hi er can i book my dog in for a full groom he's a cockapoo"),
        ("A", "yep what's his name and yours"),
        ("C", "he's called bear and i'm marnie cole"),
        ("A", "lovely so marnie you're after a full groom for bear the cockapoo"),
        ("C", "yes ideally a saturday"),
        ("A", "let me just check the book for saturdays one sec"),
        ("A", "right i've got the fourteenth at half nine", H),
        ("C", "that's perfect"),
        ("A", "great we'll text you a reminder the day before"),
        ("C", "thank you"),
        ("A", "anything else i can do for you marnie"),
        ("C", "no that's it"),
        ("A", "see you on the fourteenth then bye"),
     ])

call("h29-21-insurance-suitcase-declined", industry="travel insurance claims", style=ASR, words=False,
     exercises="full greeting; declined baggage claim, fuming; restatement; policy refusal; 'you'll need to' instruction; no empathy; untimed conditional reassessment; name given never used; full close",
     labels=L("pass", "pass", "fail", "pass", "fail", "fail", "na", "na",
              "'it's our policy we don't pay without one' refuses; 'you'll need to get a property irregularity report' is an instruction (optional); 'once we have it we'll reassess' has no time; the anger is never acknowledged."),
     turns=[
        ("A", "good afternoon thanks for calling meridian travel insurance this is callum how can i help you"),
        ("C", "yeah hi i had a claim turned down for my suitcase that went missing in rome and it had about six hundred pounds of stuff in it and i'm honestly fuming about it"),
        ("A", "can i take the claim reference"),
        ("C", "t c five nine one four four and it's under amy rhodes"),
        ("A", "so your claim for the suitcase lost in rome was declined and you want to know why"),
        ("C", "yes and i want it paid"),
        ("A", "it was declined because there's no airline report on file and it's our policy we don't pay without one", {"tag": "neg"}),
        ("C", "nobody told me i needed one"),
        ("A", "you'll need to get a property irregularity report from the airline", {"tag": "neg_opt"}),
        ("C", "and then what"),
        ("A", "once we have it we'll reassess the claim"),
        ("C", "fine"),
        ("A", "is there anything else i can help with today"),
        ("C", "no"),
        ("A", "thanks for calling goodbye"),
     ])

call("h29-22-coach-no-show-refund", industry="coach holiday tours", style=ASR, words=False,
     exercises="greeting without an offer; coach never arrived, stranded in the rain; 'oh no' empathy; restatement; limit with alternative; warm transfer naming team and reason; surname used; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
              "'i can't process refunds from this desk but our customer relations team can' is a limit with an alternative, not negative; the transfer names customer relations and why."),
     turns=[
        ("A", "hi wayfarer coach holidays it's ellis speaking"),
        ("C", "hello um we were booked on the cornwall tour last week and the coach never turned up at our pick-up point we waited over an hour in the rain and nobody answered the emergency number"),
        ("A", "oh no i'm so sorry that's awful waiting in the rain like that"),
        ("C", "my husband's seventy eight it's not on"),
        ("A", "can i take your name and booking reference"),
        ("C", "it's brenda scholes w c four eight eight two"),
        ("A", "thank you mrs scholes so the coach didn't come to your pick-up for the cornwall tour you couldn't reach anyone and you missed the whole holiday"),
        ("C", "yes and i want my money back"),
        ("A", "i can't process refunds from this desk but our customer relations team can and they can look at compensation too"),
        ("C", "okay"),
        ("A", "i'm going to put you through to customer relations now mrs scholes so they can sort the refund out"),
        ("C", "thank you"),
     ])

call("h29-23-electrician-outdoor-socket", industry="electrician call-outs", style=ASR, words=False,
     exercises="full greeting, agent name an ordinary word; routine socket job; detail read-back only; 'i don't know' about the price; timed visit; name never given; no close",
     labels=L("pass", "fail", "na", "fail", "pass", "na_or_fail", "na", "na",
              "'i don't know the engineer does the price on the day' is 'I don't know' as a statement (negative); 'an outside socket' only echoes one detail; the call ends on 'alright then'."),
     turns=[
        ("A", "hi there you're through to brightspark electrical my name's hunter how can i help"),
        ("C", "hiya i want an outside socket put in on the back wall for the lawnmower and that"),
        ("A", "an outside socket"),
        ("C", "yeah just the one double on the back wall"),
        ("A", "what's the postcode there"),
        ("C", "l s six two p x and how much will it be roughly"),
        ("A", "i don't know the engineer does the price on the day", {"tag": "neg"}),
        ("C", "oh right okay"),
        ("A", "i can get him out to you on tuesday morning between eight and twelve"),
        ("C", "yeah tuesday's good"),
        ("A", "right he'll be with you tuesday morning then"),
        ("C", "great"),
        ("A", "alright then"),
     ])

call("h29-24-glasses-driving-test", industry="prescription glasses online", style=ASR, words=False,
     exercises="full greeting, agent name an ordinary word; late glasses before a driving test; brief empathy; restatement; hold asked with reason and thanked; timed dispatch and arrival; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'ah sorry about that that's cutting it fine' is brief but acknowledges the problem; both dispatch and arrival carry days."),
     turns=[
        ("A", "hello clearsight online you're speaking to june how can i help"),
        ("C", "hi um i ordered some glasses two weeks ago and they still haven't come and i've got my driving test on friday and i need them for it"),
        ("A", "ah sorry about that that's cutting it fine can i take your order number"),
        ("C", "yeah it's c s eight eight two zero five one"),
        ("A", "and your name"),
        ("C", "martin oyelaran"),
        ("A", "thanks martin so your glasses haven't arrived and you need them in time for your driving test on friday"),
        ("C", "yeah"),
        ("A", "can i just pop you on hold while i check with the lab"),
        ("C", "yeah"),
        ("A", "thanks for holding martin they're finished and they'll go out tomorrow by special delivery so you'll have them on thursday", H),
        ("C", "oh brilliant"),
        ("A", "anything else i can help with today"),
        ("C", "no that's great"),
        ("A", "thanks martin bye"),
     ])

# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h29-25-marina-hull-gouge", industry="marina berths", style=CLEAN, words=False,
     exercises="full greeting with an office; boat damaged at its berth; empathy; restatement; 'you'll have to' claim demand; timed CCTV email; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "'The marina isn't liable, you'll have to claim on your own insurance' is a demand with no alternative in it (negative); the boat's name is not the customer's."),
     turns=[
        ("A", "Good morning, Saltmarsh Marina harbour office, this is Idris, how can I help you?"),
        ("C", "Hi Idris, I've just come down to my boat on C pontoon and there's a big gouge along the starboard side, it looks like someone hit her coming in during the storm on Tuesday. I'm gutted, she's only just been repainted."),
        ("A", "Oh, that's horrible to find, I'm really sorry. Which berth is she on?"),
        ("C", "C14. The boat's called Kittiwake, and I'm Fenella Drury."),
        ("A", "Thanks, Fenella. So Kittiwake's been damaged along her starboard side at C14, probably by another boat during Tuesday's storm, and you want to find out who did it."),
        ("C", "Yes, and who pays for it."),
        ("A", "The marina isn't liable for boat-to-boat damage, you'll have to claim on your own insurance.", {"tag": "neg"}),
        ("C", "Right. Can you at least tell me who it was?"),
        ("A", "We've got CCTV on C pontoon. The harbourmaster will go through it and email you any stills by Friday."),
        ("C", "Okay, that helps."),
        ("A", "Is there anything else I can help with today, Fenella?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, and sorry again about Kittiwake."),
     ])

call("h29-26-pawn-laptop-figure", industry="pawnbroker loans", style=CLEAN, words=False,
     exercises="greeting without agent name; routine loan enquiry; customer-caused wait; 'I can't' and 'Sorry, no' refusals; no restatement; untimed offer after testing; name never given; full close",
     labels=L("fail", "pass", "na", "fail", "fail", "na_or_fail", "na", "na",
              "'I can't give you a figure over the phone' and 'Sorry, no, it depends on the condition' both refuse without an alternative at that point; the silence is the customer reading the model number."),
     turns=[
        ("A", "Hello, Sterling Pawn, how can I help?"),
        ("C", "Hi, I'd like to know how much I could borrow against a laptop, it's about a year old."),
        ("A", "What make and model is it?"),
        ("C", "Hold on, it's on the bottom, let me turn it over."),
        ("C", "It's a Lenovo ThinkPad X1, sixth generation.", W),
        ("A", "And have you got the charger and the box?"),
        ("C", "Charger, yes, box, no. So roughly how much?"),
        ("A", "I can't give you a figure over the phone.", {"tag": "neg"}),
        ("C", "Not even a ballpark?"),
        ("A", "Sorry, no, it depends on the condition.", {"tag": "neg"}),
        ("C", "Okay, so what do I do?"),
        ("A", "Bring it in with the charger and some ID, and we'll test it and give you an offer."),
        ("A", "Anything else?"),
        ("C", "No."),
        ("A", "Bye now."),
     ])

call("h29-27-craft-paint-set-swap", industry="craft supplies online shop", style=CLEAN, words=False,
     exercises="full greeting; wrong set before a birthday; empathy; restatement; hold announced with reason, no thanks; two timed promises; short name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na",
              "The agent says why she is checking but comes back with 'Right' and no thanks, so hold etiquette fails; 'Kit' is the customer's name."),
     turns=[
        ("A", "Good afternoon, thank you for calling Paper Lantern Crafts, my name is Ezra, how may I help?"),
        ("C", "Hi, I ordered a set of acrylic paints for my daughter's birthday, and instead of the forty-eight colour set I've been sent a twelve colour one, and the party's on Sunday."),
        ("A", "Oh, that's annoying, sorry about that. Can I take your order number?"),
        ("C", "PL 611902, and it's Kit Barnaby."),
        ("A", "Thanks, Kit. So you were sent the twelve colour set instead of the forty-eight, and you need the right one before the party on Sunday."),
        ("C", "Exactly."),
        ("A", "Let me check we've got the forty-eight set in stock, bear with me a moment."),
        ("A", "Right, we do have it.", H),
        ("C", "Oh good."),
        ("A", "I'll send the forty-eight set by next-day courier today, and email you a returns label for the small one this afternoon."),
        ("C", "Perfect."),
        ("A", "Anything else I can help with, Kit?"),
        ("C", "No, thank you."),
        ("A", "Thanks for calling, have a great party."),
     ])

call("h29-28-plumber-missed-call-out", industry="plumbing emergencies", style=CLEAN, words=False,
     exercises="full greeting; missed emergency visit, angry; no empathy; no restatement; 'calm down'; blame on the doorbell; timed revisit; name given never used; goodbye-only close",
     labels=L("pass", "fail_or_pass", "fail", "fail", "pass", "fail", "na", "na",
              "'Calm down, please' is negative; 'Maybe the doorbell isn't working' shifts blame but is not a listed phrase (optional); the close only says bye."),
     turns=[
        ("A", "Good evening, Rapid Flow Plumbing, Stevie here, what can I do for you?"),
        ("C", "I booked an emergency call-out for this afternoon because the boiler's leaking and we've got no hot water, I took the afternoon off work, and nobody came and nobody rang. This is ridiculous."),
        ("A", "Name on the booking?"),
        ("C", "Oriel Stanton."),
        ("A", "The engineer's notes say he knocked at three and got no answer."),
        ("C", "That's rubbish, I was in all afternoon, I never left the house!"),
        ("A", "Calm down, please, I'm only reading what it says.", {"tag": "neg"}),
        ("C", "Don't tell me to calm down."),
        ("A", "Maybe the doorbell isn't working.", {"tag": "neg_opt"}),
        ("C", "So what are you going to do about it?"),
        ("A", "I'll get someone out to you first thing tomorrow, between eight and nine."),
        ("C", "And I lose another morning."),
        ("A", "Okay, he'll see you in the morning, bye."),
     ])

call("h29-29-funeral-invoice-limousine", industry="funeral directors", style=CLEAN, words=False,
     exercises="greeting without an offer; wrong charge on a funeral invoice; empathy; restatement; hold asked with reason and thanked; timed corrected invoice; surname used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "The opening has salutation, company and name but no offer to help; 'No, that's fine' is the customer agreeing to hold."),
     turns=[
        ("A", "Ashby and Vale, good afternoon, you're speaking to Lyle."),
        ("C", "Hello, it's about the invoice for my husband's funeral. There's a charge on it for a second limousine, and we only had the one."),
        ("A", "I'm sorry, that must be the last thing you need at the moment. Can I take your name?"),
        ("C", "Rosemary Quinton."),
        ("A", "Thank you, Mrs Quinton. So the invoice has charged you for two limousines, but only one was used on the day."),
        ("C", "That's right."),
        ("A", "Would you mind holding for a minute while I check the booking sheet?"),
        ("C", "No, that's fine."),
        ("A", "Thank you for holding, Mrs Quinton. You're right, the second car was cancelled, and it shouldn't be on there.", H),
        ("C", "Thank you."),
        ("A", "I'll email you a corrected invoice today, without the second car."),
        ("C", "That's kind."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's everything."),
        ("A", "Take care, Mrs Quinton, goodbye."),
     ])

call("h29-30-rent-debit-date-move", industry="housing association rent", style=CLEAN, words=False,
     exercises="greeting split over two turns with a team; routine direct debit date change; restatement; 'you'll need to' instruction; timed start plus untimed letter; name used; no close by the agent",
     labels=L("pass", "fail", "na", "pass", "fail", "pass", "na", "na",
              "The four greeting parts come over two agent turns within seconds; 'I'll post you a confirmation letter' has no time; the agent ends on 'that's all done then' with no offer and no thanks or goodbye."),
     turns=[
        ("A", "Good morning, Riverside Homes."),
        ("C", "Hello?"),
        ("A", "Hi, you're through to the income team, my name's Ola, how can I help?"),
        ("C", "Hi, I want to change the date my rent comes out, from the first to the fifteenth, because I've changed jobs and I get paid mid-month now."),
        ("A", "Of course. Can I have your name and tenancy reference?"),
        ("C", "Desmond Achebe, RH 559031."),
        ("A", "Thanks, Desmond. So you'd like your rent direct debit moved from the first of the month to the fifteenth, to line up with your new payday."),
        ("C", "That's it."),
        ("A", "You'll need to keep this month's payment on the first, and the new date will start from next month.", {"tag": "neg_opt"}),
        ("C", "That's fine."),
        ("A", "I'll post you a confirmation letter."),
        ("C", "Great."),
        ("A", "Okay, that's all done then."),
        ("C", "Thanks, bye."),
     ])

call("h29-31-campsite-flooded-pitch", industry="campsite bookings", style=CLEAN, words=False,
     exercises="bare greeting (site name and hello); flooded pitch, no sleep; pitch read back only; empathy; policy refusal, alternative only afterwards; timed warden help; name never given; full close",
     labels=L("fail", "pass", "pass", "fail", "pass", "na_or_fail", "na", "na",
              "'We can't refund for weather, it's in the booking terms' refuses with no alternative; the move to another pitch is only offered after the customer pushes back; 'Pitch twelve?' echoes one detail."),
     turns=[
        ("A", "Fernhill Campsite, hello."),
        ("C", "Hi, we're on pitch twelve in the lower field, and after last night's rain the whole pitch is under water, our tent's flooded, the kids' sleeping bags are soaked and we've had basically no sleep."),
        ("A", "Pitch twelve?"),
        ("C", "Yes, by the stream."),
        ("A", "I understand how frustrating that must be, especially with the children."),
        ("C", "We want a refund for the rest of the week."),
        ("A", "We can't refund for weather, it's in the booking terms.", {"tag": "neg"}),
        ("C", "That's not good enough, it's not like it was a bit of drizzle."),
        ("A", "What I can do is move you to a hardstanding pitch on the top field tonight, it drains much better."),
        ("C", "Fine, that's something."),
        ("A", "I'll send one of the wardens down to help you move within the next half hour."),
        ("C", "Okay."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for letting us know, and sorry again."),
     ])

call("h29-32-tyres-saturday-fitting", industry="tyre fitting", style=CLEAN, words=False,
     exercises="full greeting; routine tyre booking; 'no problem'; restatement; factual 'no' then help; hold asked with reason and thanked; timed text; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "'No, you don't need to, it's included' answers a factual question (not negative); the restatement repeats the tyre size but as part of the whole request."),
     turns=[
        ("A", "Hello, thanks for calling Roadgrip Tyres, this is Tamsin, how can I help?"),
        ("C", "Hi, I need four new tyres on my Golf, and I'd like them fitted on Saturday if you can."),
        ("A", "No problem. What size are they? It's on the side of the tyre."),
        ("C", "Two twenty-five, forty-five, R17."),
        ("A", "And can I take your name?"),
        ("C", "Ben Okoro."),
        ("A", "Thanks, Ben. So you're after four two twenty-five forty-five R17s fitted on your Golf this Saturday."),
        ("C", "That's right. Do I need to book the alignment separately?"),
        ("A", "No, you don't need to, it's included with four tyres. Can I put you on hold a moment while I check Saturday's slots?"),
        ("C", "Sure."),
        ("A", "Thanks for waiting, Ben. I've got ten thirty on Saturday at the Eastgate branch.", H),
        ("C", "Great, book it."),
        ("A", "Done. You'll get a text confirmation in the next few minutes. Is there anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Thanks, Ben, see you Saturday, bye."),
     ])

call("h29-33-meal-kit-allergy-slip", industry="meal kit subscriptions", style=CLEAN, words=False,
     exercises="greeting without an offer; allergen in a flagged box, shaken; empathy; restatement; untimed refund; warm transfer to the food safety team with reason; name used; ends in transfer",
     labels=L("fail", "na_or_fail", "pass", "pass", "fail", "pass", "na", "pass",
              "'I'll refund this week's box in full' has no time, so follow-up fails; the transfer names the food safety team and why; the call ends on the transfer."),
     turns=[
        ("A", "Hi, Harvest Box, you're speaking with Reed."),
        ("C", "Hello. My son has a peanut allergy, it's on our account, and this week's box had a satay sauce in it. He didn't eat it, thank God, but I'm really shaken, it could have been awful."),
        ("A", "Oh no, I'm so sorry, that must have given you a real fright. Is he okay?"),
        ("C", "He's fine, I spotted it on the label."),
        ("A", "Can I take your name and postcode?"),
        ("C", "Claire Wilde, NE3 4HB."),
        ("A", "Thank you, Claire. So your account is flagged for a peanut allergy, but this week's box still came with a satay sauce in it."),
        ("C", "Yes."),
        ("A", "I'll refund this week's box in full."),
        ("C", "Thank you, but I want to know how it happened."),
        ("A", "That's exactly what our food safety team investigates, so I'm going to put you through to them now, Claire, so they can find out how the flag was missed."),
        ("C", "Okay."),
     ])

call("h29-34-framing-watercolour-order", industry="art gallery framing", style=CLEAN, words=False,
     exercises="full greeting with a desk; routine framing order; polite 'I don't know if' suggestion; no restatement; timed ready date plus untimed conditional call; name given late, never used; full close",
     labels=L("pass", "pass", "na", "fail", "fail", "fail", "na", "na",
              "'I don't know if you've thought about museum glass?' is the polite question form; 'I'll ring you when it's done' has only a condition, so follow-up fails; the customer's name comes late and is never used."),
     turns=[
        ("A", "Good afternoon, the Lantern Gallery framing desk, I'm Beau, what can I do for you?"),
        ("C", "Hi, I've got a watercolour, about A3, that I'd like framed, something simple in oak."),
        ("A", "Lovely. Is it on paper with a mount, or just the painting?"),
        ("C", "Just the painting, so it'll need a mount."),
        ("A", "I don't know if you've thought about museum glass? It stops it fading in the sun."),
        ("C", "Oh, how much more is that?"),
        ("A", "About forty pounds extra on a frame that size, so around a hundred and thirty in total."),
        ("C", "Let's do that. My name's Prudence Hale, by the way."),
        ("A", "It'll be ready a week on Friday, and I'll ring you when it's done."),
        ("C", "Great."),
        ("A", "Is there anything else I can help you with today?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, bye."),
     ])

call("h29-35-business-account-sole-trader", industry="bank business accounts", style=CLEAN, words=False,
     exercises="greeting without agent name; routine account opening; customer name an ordinary word, used; restatement; silent unannounced hold, no thanks; warm transfer to the business banking team with reason; ends in transfer",
     labels=L("fail", "na_or_fail", "na", "pass", "na", "pass", "fail", "pass",
              "The agent goes silent for over ten seconds with no announcement and no thanks; the transfer names business banking and why; 'Lark' is the customer's name."),
     turns=[
        ("A", "Good morning, Northgate Bank, how can I help?"),
        ("C", "Hi, I'm setting up as a sole trader, I do garden design, and I'd like to open a business account with you."),
        ("A", "Great. Can I take your name?"),
        ("C", "Lark Fenwick."),
        ("A", "And do you bank with us personally already, Lark?"),
        ("C", "Yes, I've had a current account for years."),
        ("A", "So you'd like a sole trader business account for your garden design work, linked to your existing personal account."),
        ("C", "Exactly."),
        ("A", "Okay, I can see your personal account.", H),
        ("C", "Is that good?"),
        ("A", "It means you can apply online instead of coming in. Account opening is done by our business banking team, so I'm going to transfer you to them now, as they can take you through the application."),
        ("C", "Brilliant, thanks."),
     ])

call("h29-36-porting-pac-retention", industry="telecom number porting", style=CLEAN, words=False,
     exercises="full greeting; PAC request with a retention push; restatement; policy plus 'I can't' refusal; frustration never acknowledged; timed PAC text; name used; full close",
     labels=L("pass", "pass", "fail", "pass", "pass", "pass", "na", "na",
              "'It's our policy to go through all the offers first, I can't just send the code' refuses; the customer's frustration at twenty minutes on the phone gets no empathy."),
     turns=[
        ("A", "Hello, you're through to Zephyr Mobile, my name's Ashok, what can I do for you today?"),
        ("C", "Hi, I want my PAC code, please. I'm moving to another network."),
        ("A", "Can I take your name and mobile number?"),
        ("C", "Gwen Ferris, 07700 900316."),
        ("A", "Thanks, Gwen. So you'd like your PAC code so you can take your number over to a new network."),
        ("C", "Yes."),
        ("A", "Before I do that, I can offer you fifty percent off for six months if you stay."),
        ("C", "No thanks, I've already signed up with them."),
        ("A", "It's our policy to go through all the offers first, I can't just send the code.", {"tag": "neg"}),
        ("C", "Honestly, I've been on the phone twenty minutes already, I just want the code."),
        ("A", "Okay. You'll get the PAC by text within a minute, it's valid for thirty days."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks for being with us, Gwen, bye."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout29: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout29", when="2026-12-02")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries (two calls each): "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h29",
                                  seed_base=2900, min_utterances=MIN_UTTS, max_utterances=MAX_UTTS)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
