"""Write the holdout31 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout31.py

Writes tests/data/holdout31/<call_id>.json, tests/data/holdout31-labels.json and
tests/data/holdout31/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout31"
LABELS_PATH = HERE / "holdout31-labels.json"
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

call("h31-01-ring-claw-stone-loose", industry="jewellery repairs", style=CLEAN, words=True,
     exercises="full greeting; loose stone in an heirloom ring, worried; backchannel then an agent cut-in with a question; 'I can't stress that enough' look-alike; empathy; restatement; two timed promises, one conditional; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The 'Mm-hmm' is only a backchannel but the question about wearing the ring starts while the customer's sentence runs on (interruption); 'I can't stress that enough' refuses nothing; the workshop's call is conditional on the ring arriving but still carries 'within two working days'."),
     turns=[
        ("A", "Good morning, thank you for calling Hallmark and Finch Jewellery Repairs, my name's Ottilie, how can I help?"),
        ("C", "Hi, yes, um, I was washing up last night and I noticed the diamond on my engagement ring is moving about, like it rattles when I tap it, and one of the little claws looks bent back, and I'm terrified it's going to drop out and go down the plughole."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Are you still wearing it at the moment?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "No, I've taken it off, it's in a little dish on the windowsill."),
        ("A", "Oh, that's such a worry with an engagement ring. Keep it off for now, honestly, I can't stress that enough."),
        ("C", "It was my grandmother's, too. I'm Naomi Carver, by the way."),
        ("A", "Thank you, Naomi. So the centre stone has come loose because a claw's been bent back, and you'd like the setting repaired and the stone made secure before you wear it again."),
        ("C", "Exactly that. Can I post it to you, or do I have to bring it in?"),
        ("A", "You can post it. I'll send you a padded, insured postal pack today, and once the ring reaches us the workshop will ring you within two working days with a quote."),
        ("C", "Perfect, thank you so much."),
        ("A", "Is there anything else I can help you with, Naomi?"),
        ("C", "No, that's all."),
        ("A", "Thanks for calling, bye for now."),
     ])

call("h31-02-karate-junior-trial", industry="martial arts club memberships", style=CLEAN, words=True,
     exercises="salutation, club and offer but no agent name; routine trial-class booking; backchannel; agent starts just as the customer finishes; factual 'No, Sundays are adults only, but' with an alternative; restatement; untimed text; only the child's name used, never the caller's; full close",
     labels=L("fail", "pass", "na", "pass", "fail", "fail", "na", "na",
              "The agent uses the son's name (Tobi) but never the caller's own (Funmi Adeyemi), so personalization fails; 'No, Sundays are adults only, but the juniors' class is Saturday' answers with an alternative (not negative); 'I'll text you the kit list' has no time."),
     turns=[
        ("A", "Hiya, Iron Lotus Martial Arts, how can I help?"),
        ("C", "Hi, my son's nine and he's been begging me to let him try karate ever since his friend started, so I wondered whether he could come along to a trial class at some point before we sign up to anything."),
        ("A", "Yeah.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Lovely, what's his name?", {"at_end": 0.3}),
        ("C", "Tobi. And I'm his mum, Funmi Adeyemi."),
        ("A", "Great. Is Tobi a complete beginner?"),
        ("C", "Completely. Do you have anything on a Sunday? Weekdays are tricky with my shifts."),
        ("A", "No, Sundays are adults only, but the juniors' beginners class is Saturday at ten, and the first session's free."),
        ("C", "Oh, Saturday's fine."),
        ("A", "So you'd like to bring Tobi along to a free trial with the Saturday beginners, and then decide about joining after that."),
        ("C", "Yes, that's it."),
        ("A", "I'll text you the kit list and the address. Tobi just needs a T-shirt and joggers for the first one. Is there anything else I can help with?"),
        ("C", "No, that's everything, thanks."),
        ("A", "Lovely, see you both on Saturday, bye."),
     ])

call("h31-03-lawn-feed-scorched", industry="lawn care service", style=CLEAN, words=True,
     exercises="salutation, company and name but no offer; scorched lawn after a treatment, furious; agent cuts in; 'Calm down'; empathy after it; restatement; hold with reason and thanks; two timed promises (named manager, 'this afternoon'); name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "The opening never offers help; the agent cuts in on the rant with a question (interruption) and then says 'Calm down, please' (negative), and the apology and empathy that follow still count; the hold is announced with a reason and thanked."),
     turns=[
        ("A", "Good afternoon, GreenAcre Lawn Care, you're speaking with Seb."),
        ("C", "Hi, yeah, your lad came on Monday to do the spring weed and feed, and now there are big brown stripes all the way across my front lawn, it looks like it's been burnt, and I've spent three years getting that grass right, and I'm honestly furious, because nobody warned me this could happen."),
        ("A", "When exactly was the treatment put down?", {"at_end": 2.0, "tag": "intr"}),
        ("C", "Monday morning, I just said. I'm Victor Okoro, 22 Linden Way."),
        ("A", "Calm down, please, Mr Okoro, we'll get to the bottom of it.", {"tag": "neg"}),
        ("C", "Don't tell me to calm down, it's my lawn that's ruined."),
        ("A", "You're right, I'm sorry. I can see why you're upset, it's your garden and you've put years into it. So the feed's left scorched strips across the front lawn since Monday's visit, and you want to know what went wrong and have it put right."),
        ("C", "Yes, that's exactly it."),
        ("A", "Let me pull up the technician's notes from that visit, bear with me a minute."),
        ("A", "Thanks for bearing with me. He's logged a double dose on the front, which shouldn't have happened. Our area manager, Dilys, will come out on Thursday to look at it, and I'll email you the treatment record this afternoon.", H),
        ("C", "Fine. Thanks."),
        ("A", "Is there anything else I can help with, Mr Okoro?"),
        ("C", "No, that's it."),
        ("A", "Thanks for calling, bye."),
     ])

call("h31-04-key-snapped-in-lock", industry="locksmith call-outs", style=CLEAN, words=True,
     exercises="full greeting; key snapped in the door, customer stuck outside in the cold; 'Okay' backchannel; short 'Oh gosh' overlap (optional interruption); empathy; detail read-back only; 'I don't know the exact price ... but' (optional negative); one timed and one event-tied promise; name used; offer only at close",
     labels=L("pass", "fail_or_pass", "pass", "fail", "fail", "pass", "na", "na",
              "'Oh gosh' sits inside the customer's turn, short but not a listed backchannel (optional interruption); 'I don't know the exact price until he's seen the lock, but' gives the call-out fee, so it is optional; 'Snapped in the lock?' is a read-back; 'He'll ring you when he's close' has no time, so follow-up fails despite 'within forty-five minutes'; the agent offers more help but never thanks or says goodbye."),
     turns=[
        ("A", "Keyfast Locksmiths, good evening, this is Marta, what can I do for you?"),
        ("C", "Hi, I've just got home from work and my key's snapped off in the front door lock, half of it's still stuck inside, and it's freezing out here, I haven't got a coat and my phone's on ten percent, so I really need someone now."),
        ("A", "Okay.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "Oh gosh.", {"at_start": 6.0, "tag": "intr_opt"}),
        ("A", "That's horrible, stuck out in the cold. Snapped in the lock?"),
        ("C", "Yes, right in the barrel. I'm Callum Reid, 9 Harcourt Street."),
        ("A", "Thanks, Callum. A locksmith will be with you within forty-five minutes."),
        ("C", "How much is it going to cost?"),
        ("A", "I don't know the exact price until he's seen the lock, but the call-out is sixty-five pounds and he'll quote before he starts.", {"tag": "neg_opt"}),
        ("C", "Okay, fine."),
        ("A", "He'll ring you when he's close, so keep your phone on if you can."),
        ("C", "Will do."),
        ("A", "Is there anything else I can help with right now?"),
        ("C", "No, just get him here, please."),
        ("A", "He's on his way, Callum."),
     ])

call("h31-05-loft-grant-pension-credit", industry="loft insulation grants", style=CLEAN, words=True,
     exercises="full greeting with a scheme name and 'how may I assist'; eligibility question from a pensioner who dreads the winter bills; backchannel; no empathy; restatement; 'one moment' hold with a reason but no thanks; 'you'll need to send' (optional); customer cuts in on the agent; one timed and one untimed promise; name used; full close",
     labels=L("pass", "pass", "fail", "pass", "fail", "pass", "fail", "na",
              "The caller's dread of another winter and the bills is a worry the agent never acknowledges (empathy fails); the hold has a reason but the agent comes back without thanking; 'a surveyor will contact you to arrange a visit' has no time, so follow-up fails despite 'today'."),
     turns=[
        ("A", "Hello, you're through to the WarmHomes grants line, my name is Priyanka, how may I assist you?"),
        ("C", "Hello dear. I've had a leaflet through the door about free loft insulation, and I'm on pension credit, so I wanted to know if I can get it done, because this house loses heat like a sieve."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Can I take your name and postcode?"),
        ("C", "Agnes Whitlow, W R 4 7 P Q. I'm dreading another winter like the last one, honestly, the bills nearly finished me."),
        ("A", "So you'd like to know whether you qualify for the free loft insulation, as you're on pension credit, and if you do, to get a survey booked."),
        ("C", "That's it, yes."),
        ("A", "Let me check your postcode is on the scheme, one moment."),
        ("A", "Right, Mrs Whitlow, your postcode is covered, and pension credit does qualify you.", H),
        ("C", "Oh, wonderful."),
        ("A", "You'll need to send a copy of your pension credit award letter with the application.", {"tag": "neg_opt"}),
        ("C", "I've got that in the drawer somewhere.", {"at_end": 0.8}),
        ("A", "I'll post you the application form today, and a surveyor will contact you to arrange a visit. Is there anything else I can help with today?"),
        ("C", "No, thank you."),
        ("A", "Thank you for calling, goodbye."),
     ])

call("h31-06-phone-stolen-festival", industry="mobile phone insurance", style=CLEAN, words=True,
     exercises="full greeting with 'welcome to'; phone stolen at a festival, upset; backchannel; agent cuts in; empathy; 'you have to report it ... we can't do anything without' demand and refusal; restatement; warm transfer with where and why; name used; ends in the transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass",
              "'You have to report it to the police first, we can't do anything without a crime reference' is a demand and a refusal (negative); the claims team's ability to order a replacement is not a commitment with a date, and 'I'm going to put you through' happens now, so follow-up is na; the transfer names the claims team and why, and the call ends there."),
     turns=[
        ("A", "Hi, welcome to Shieldline, this is Aaron, how can I help?"),
        ("C", "Hi. My phone was stolen at a festival on Saturday, someone must have taken it straight out of my bag in the crowd, and I've got all my photos and my banking on it, and I just feel sick about the whole thing."),
        ("A", "Okay.", {"at_start": 2.0, "tag": "bc"}),
        ("A", "Have you had the SIM blocked yet?", {"at_end": 1.8, "tag": "intr"}),
        ("C", "Yes, I rang my network on Sunday. It's Leila Haddad."),
        ("A", "I'm sorry that happened, Leila, having your phone taken like that is horrible."),
        ("C", "Thanks. So can I claim for it?"),
        ("A", "You have to report it to the police first, we can't do anything without a crime reference.", {"tag": "neg"}),
        ("C", "I did, I've got the reference right here, it's on my email."),
        ("A", "Great. So your phone was taken from your bag at the festival, you've blocked the SIM and reported it, and you want to claim for a replacement under your policy."),
        ("C", "Yes, exactly."),
        ("A", "I'm going to put you through to our claims team now, Leila, because they handle theft claims and can take the crime reference and get a replacement ordered."),
        ("C", "Okay, thank you."),
     ])

call("h31-07-cbt-saturday-booking", industry="motorcycle training school", style=CLEAN, words=True,
     exercises="'Morning' greeting with school, name and offer; routine CBT booking; backchannel; agent starts as the customer finishes; polite 'I don't know if you've got' (not negative); date read-back only; 'you'll need to bring' (optional); two timed promises; name given, never used; thanks and see-you but no offer",
     labels=L("pass", "fail_or_pass", "na", "fail", "pass", "fail", "na", "na",
              "'I don't know if you've got your provisional licence through yet?' is the polite question form, not negative; 'Saturday the ninth, then?' reads a date back and is not a restatement; both promises are timed ('tonight', 'the day before'); the close has 'Cheers, see you' but no offer of more help."),
     turns=[
        ("A", "Morning, Throttle Up Rider Training, Gaz speaking, what can I do for you?"),
        ("C", "Hiya, I want to book my CBT. I've just bought a little one-two-five and it's sitting on the drive, and I can't ride it till I've done the course, so whenever you've got space really, ideally a Saturday."),
        ("A", "Sure.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "I don't know if you've got your provisional licence through yet?", {"at_end": 0.3}),
        ("C", "Yes, it came last week."),
        ("A", "Good stuff. And your name?"),
        ("C", "Jordan Pike."),
        ("A", "I've got space on Saturday the ninth, eight in the morning at the Westfield site."),
        ("C", "The ninth's perfect."),
        ("A", "Saturday the ninth, then?"),
        ("C", "Yep."),
        ("A", "You'll need to bring your licence and wear sturdy boots, we provide the helmet and jacket. I'll email the joining instructions tonight, and you'll get a reminder text the day before.", {"tag": "neg_opt"}),
        ("C", "Brilliant."),
        ("A", "Cheers, see you on the ninth."),
     ])

call("h31-08-shift-cancelled-an-hour-before", industry="nursing agency shifts", style=CLEAN, words=True,
     exercises="agency and desk and agent name but no offer; shift cancelled an hour before, nurse out of pocket and frustrated; backchannel; agent cut-in that starts with 'Yeah' but takes the floor; time read-back only; 'That's not my job'; no empathy; cold transfer with no where or why; name given, never used; ends in the transfer",
     labels=L("fail", "na_or_fail", "fail", "fail", "na", "fail", "na", "fail",
              "The cut-in begins 'Yeah' but goes on to take the floor, so it is an interruption, not a backchannel; 'That's not my job' is negative; 'Hang on, I'll transfer you' gives neither where nor why; the nurse's name (Bernadette Osei) is never used."),
     turns=[
        ("A", "Hello, CareBridge Nursing, bookings, Tamsin here."),
        ("C", "Hi Tamsin, it's Bernadette Osei. I was booked on a long day at Fairholme today, and they rang me at six this morning, an hour before I was due, to say they didn't need me, and I'd already paid for childcare, so I want to know if I'm getting paid for the shift."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Yeah, Fairholme cancelled at six, it's come through on the system.", {"at_end": 2.0, "tag": "intr"}),
        ("C", "Right, so with an hour's notice. Do I get paid for it?"),
        ("A", "What times were you booked for?"),
        ("C", "Seven till half seven tonight. The childminder's charged me forty pounds for the day."),
        ("A", "Seven till seven-thirty."),
        ("C", "Yes. So do I get paid?"),
        ("A", "That's not my job, I just do the bookings.", {"tag": "neg"}),
        ("C", "Well, somebody must know. This is the second time this month."),
        ("A", "Hang on, I'll transfer you."),
        ("C", "Fine."),
     ])

call("h31-09-copier-jamming-tender", industry="office printer leasing", style=CLEAN, words=True,
     exercises="full greeting; leased copier jamming before a deadline; backchannel; empathy; customer cuts in on the agent; restatement; hold with reason and thanks; 'I can't see any reason' and 'No worries' look-alikes; two timed promises; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'I can't see any reason it should be doing that' refuses nothing and 'No worries' is fine; the customer's cut-in on the agent is not an agent interruption; both promises carry times (by two this afternoon, tomorrow)."),
     turns=[
        ("A", "Good morning, Inkwell Office Solutions, my name's Rhys, how can I help you today?"),
        ("C", "Hi Rhys, it's Carys Fairbanks at Fairbanks and Lowe. The copier we lease from you has jammed about six times this morning, it's chewing up everything from the second tray, and we've got a tender document that has to be printed and bound by four o'clock."),
        ("A", "Right.", {"at_start": 4.0, "tag": "bc"}),
        ("A", "Oh, that's frustrating, especially with a deadline like that. Is it showing an error code?"),
        ("C", "J 0 7, every single time.", {"at_end": 0.6}),
        ("A", "So the copier keeps jamming on tray two with a J 0 7, and you need it working well before four to get the tender printed."),
        ("C", "That's exactly it."),
        ("A", "Can I pop you on hold for a moment while I check your service contract?"),
        ("C", "Yes, go ahead."),
        ("A", "Thank you for holding, Ms Fairbanks. You're on priority cover, so an engineer will be with you by two o'clock this afternoon. I can't see any reason it should be doing that on a new machine, so he'll have a spare feed roller with him at two.", H),
        ("C", "Brilliant, thank you."),
        ("A", "I'll also send a spare toner cartridge out by courier tomorrow, as you're down to ten percent. Anything else I can help with?"),
        ("C", "No, that's all, thanks."),
        ("A", "No worries, thanks for calling, bye."),
     ])

call("h31-10-upright-tuning-recital", industry="piano tuning", style=CLEAN, words=True,
     exercises="greeting led by the agent's name ('this is Felix from'); routine tuning before a recital; backchannel; agent cuts in; restatement; bare 'No, sorry, I don't move pianos'; one timed and one untimed promise; name never given; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "na_or_fail", "na", "na",
              "An out-of-tune piano before a recital is a routine booking, not a complaint (empathy na); 'No, sorry, I don't move pianos' refuses with nothing offered (negative); 'I'll confirm the exact time once I've planned my round' has no time, so follow-up fails; no customer name is ever given."),
     turns=[
        ("A", "Hello, this is Felix from Ashdown Piano Services, how can I help?"),
        ("C", "Oh, hello. My daughter's got her grade six recital on the twentieth, and our piano hasn't been tuned since we moved house last year, so it sounds a bit honky-tonk, and I'd like it done before then if you've got anything, ideally a weekday morning while she's at school."),
        ("A", "Uh-huh.", {"at_start": 3.5, "tag": "bc"}),
        ("A", "Is it an upright or a grand?", {"at_end": 1.6, "tag": "intr"}),
        ("C", "An upright, a Yamaha."),
        ("A", "So you'd like the Yamaha tuned before the recital on the twentieth, on a weekday morning while your daughter's at school."),
        ("C", "Yes, please. And could you move it over to the other wall while you're here? It's too near the radiator."),
        ("A", "No, sorry, I don't move pianos.", {"tag": "neg"}),
        ("C", "Oh. Right."),
        ("A", "I can be with you on Tuesday the seventeenth. I'll confirm the exact time once I've planned my round."),
        ("C", "Tuesday's good. It's 41 Orchard Rise."),
        ("A", "Lovely. Anything else?"),
        ("C", "No, that's it."),
        ("A", "Thanks very much, bye."),
     ])

call("h31-11-pool-green-before-party", industry="swimming pool maintenance", style=CLEAN, words=True,
     exercises="salutation, short company name and offer, agent's name only after the first 20 s; pool gone green before a party, customer at a loss; 'Right, okay' overlap (optional interruption); only generic 'Sorry, what was the postcode again?'; silent 10 s+ check, no announcement or thanks; restatement; untimed visit; name used; thanks and bye, no offer",
     labels=L("fail", "fail_or_pass", "fail", "pass", "fail", "pass", "fail", "na",
              "The agent's name ('I'm Dom, by the way') comes only after the silent check, well past the opening; 'Sorry, what was the postcode again?' is politeness, not empathy; 'Right, okay' inside the customer's turn is two backchannel words but not one of the listed forms (optional interruption); 'Someone will pop round' has no time."),
     turns=[
        ("A", "Hi there, AquaClear, how can I help?"),
        ("C", "Hi, our pool's gone completely green. The pump stopped working about a week ago while we were away, and we've got thirty people coming for my husband's fiftieth on Saturday, and it looks like a pond, and I just don't know what to do."),
        ("A", "Right, okay.", {"at_start": 5.0, "tag": "intr_opt"}),
        ("A", "What's the postcode there?"),
        ("C", "G U 9 8 R T."),
        ("A", "Sorry, what was the postcode again?"),
        ("C", "G U 9, 8 R T. It's Hazel Brannigan."),
        ("A", "Right, found you, Hazel. I'm Dom, by the way.", H),
        ("C", "So can you sort it out?"),
        ("A", "So the pool's turned green since the pump packed up while you were away, and you need it clear and swimmable for the party on Saturday."),
        ("C", "Yes."),
        ("A", "Someone will pop round to look at the pump and shock-dose the water."),
        ("C", "Okay, thanks."),
        ("A", "Thanks for calling, Hazel, bye."),
     ])

call("h31-12-redirection-post-still-old-flat", industry="mail redirection service", style=CLEAN, words=True,
     exercises="full greeting; redirection not working, worried about bank cards and a passport; backchannel; agent cuts in; empathy; restatement; 'I can't tell you ... but what I can do is' limit with an alternative; timed promise by a team; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "'I can't tell you where the letters that already went are, but what I can do is open an investigation' is a limit with an alternative, not negative; the 'Uh-huh' is a backchannel while the question about the new address cuts in (interruption)."),
     turns=[
        ("A", "Good afternoon, thank you for calling PostForward, you're speaking with Nkechi, how can I help?"),
        ("C", "Hello. I moved house three weeks ago and I paid for a redirection that started on the first, but the new people at my old flat say my post is still arriving there, and I've got bank cards and a new passport due, so I'm really worried it's all going to go missing."),
        ("A", "Uh-huh.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Has anything come through to the new address at all?", {"at_end": 1.5, "tag": "intr"}),
        ("C", "Not a single letter. I'm Tomasz Jablonski, the reference is P F 3 3 9 1 0."),
        ("A", "Thanks, Mr Jablonski. I understand how worrying that is, with bank cards and a passport on the way."),
        ("C", "It is, yeah."),
        ("A", "So your redirection should have started on the first, but everything's still being delivered to the old flat, and you need it coming to the new address before the cards and the passport turn up."),
        ("C", "Right."),
        ("A", "I can't tell you where the letters that already went are, but what I can do is open an investigation with the delivery office and send them the redirection again now."),
        ("C", "Please do."),
        ("A", "Done. Our investigations team will email you an update within three working days. Is there anything else I can help you with?"),
        ("C", "No, that's it, thanks."),
        ("A", "Thanks, Mr Jablonski, goodbye."),
     ])


# ---------------------------------------------------------------------------
# 13-24: ASR-style text (lower case, no punctuation, fillers, numbers as words)
# ---------------------------------------------------------------------------

call("h31-13-roof-leak-bedroom-ceiling", industry="roofing repairs", style=ASR, words=False,
     exercises="full greeting with fillers; storm leak through a bedroom ceiling; 'oh no' empathy; restatement; hold with reason and thanks; 'we can't get anyone out today' refusal, alternative only after the customer asks; two timed promises; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "The return from the hold is thanked but carries a bare refusal ('we can't get anyone out today we're fully booked', negative); the roofer for tomorrow comes only after the customer asks what to do; both promises are timed."),
     turns=[
        ("A", "uh good morning topline roofing um my name's kev how can i help"),
        ("C", "hi yeah after the storm last night there's water coming through my bedroom ceiling there's a big brown patch and it's dripping onto the carpet"),
        ("A", "oh no that's the last thing you need first thing in the morning can i take your name and address"),
        ("C", "ruth kaplan eighteen cedar drive"),
        ("A", "thanks mrs kaplan so since the storm water's getting in through the roof and coming through the bedroom ceiling and you need someone out to stop it before it gets any worse"),
        ("C", "yes today ideally"),
        ("A", "let me just check the diary for you bear with me"),
        ("A", "thanks for bearing with me we can't get anyone out today we're fully booked", {"gap": 13.0, "tag": ("hold", "neg")}),
        ("C", "so what am i supposed to do"),
        ("A", "i can get a roofer to you tomorrow morning first thing and for now pop a bucket under the drip and move anything you can"),
        ("C", "okay tomorrow morning then"),
        ("A", "i'll text you his name and arrival time tonight is there anything else i can do for you"),
        ("C", "no that's it"),
        ("A", "okay thanks mrs kaplan bye"),
     ])

call("h31-14-blazer-wrong-size-arrived", industry="school uniform shop", style=ASR, words=False,
     exercises="salutation, shop and offer but no agent name; wrong-size blazer days before term, parent panicking; only generic 'sorry can you say that again'; size read-back only; 'you have to send the wrong one back first' demand; limit with an alternative; event-tied promise; customer's own name never given; offer only",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "na_or_fail", "na", "na",
              "'sorry can you say that again' is politeness, not empathy, for a panicking parent; 'you have to send the wrong one back first' is a demand (negative) while 'we can't send it before the return's in but what i can do' is a limit with an alternative; 'once the return's been scanned' is an event, not a time; only the son's name (ellis) appears."),
     turns=[
        ("A", "hiya uniform direct how can i help"),
        ("C", "hi um i ordered a blazer for my son ellis for big school and it's come today and it's an age eight when i ordered age eleven to twelve and he starts on monday so i'm panicking a bit"),
        ("A", "right what's the order number"),
        ("C", "it's u d four four eight one two"),
        ("A", "sorry can you say that again"),
        ("C", "u d four four eight one two"),
        ("A", "age eleven to twelve"),
        ("C", "yes eleven to twelve"),
        ("A", "you have to send the wrong one back first we don't swap it until we've got it", {"tag": "neg"}),
        ("C", "but he starts monday"),
        ("A", "we can't send it before the return's in but what i can do is reserve the right size for you now"),
        ("C", "okay do that then"),
        ("A", "we'll post the new one out once the return's been scanned anything else"),
        ("C", "no"),
     ])

call("h31-15-storage-move-up-a-size", industry="self-storage units", style=ASR, words=False,
     exercises="full greeting; routine unit upgrade; 'no problem' and a factual 'no you won't pay twice' (not negative); restatement; 'can you hold a sec' with no reason, thanked after; timed email; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "fail", "na",
              "The hold is asked ('can you hold a sec') with no reason, so it fails despite the thank-you; 'no you won't pay twice' answers a question and is not negative; the only promise is timed ('in the next ten minutes')."),
     turns=[
        ("A", "good afternoon safebox self storage you're speaking with bartek what can i do for you today"),
        ("C", "hi i've got one of your small units at the ringway site and i've run out of room so i'd like to move up to a bigger one"),
        ("A", "no problem can i take your name"),
        ("C", "sian lloyd unit one one four it's the twenty five square foot one"),
        ("A", "thanks sian so you'd like to move from the twenty five square foot unit up to a fifty and keep using your own padlock"),
        ("C", "yeah that's it will i end up paying for both this month"),
        ("A", "no you won't pay twice you only pay for the bigger one from the day you move"),
        ("C", "oh good"),
        ("A", "can you hold a sec"),
        ("A", "thanks for holding i've got a fifty free on the ground floor unit two oh six you can move in today", H),
        ("C", "perfect"),
        ("A", "i'll email you the new agreement in the next ten minutes anything else i can help with sian"),
        ("C", "no that's great"),
        ("A", "cheers sian bye"),
     ])

call("h31-16-skip-never-collected", industry="skip hire", style=ASR, words=False,
     exercises="salutation, company and agent name but no offer; skip left a week, neighbour complaining; empathy; no restatement; bare 'i don't know why'; one timed and one untimed promise; name used (agent carly, customer carl); full close",
     labels=L("fail", "pass", "pass", "fail", "fail", "pass", "na", "na",
              "'i don't know why the driver didn't come' is a bare don't-know (negative); the collection is timed ('tomorrow before midday') but 'i'll get the depot to ring you' is not, so follow-up fails; the agent never restates the problem."),
     turns=[
        ("A", "skipwell hire morning um this is carly"),
        ("C", "morning i had a skip dropped off last tuesday it was meant to be picked up on friday and it's still sitting on my drive and my neighbour's been on at me because it's half blocking her side"),
        ("A", "what's the address"),
        ("C", "twelve fern close it's carl dunn"),
        ("A", "i'm sorry about that carl that's really annoying with your neighbour on at you"),
        ("C", "it is yeah why did nobody come"),
        ("A", "i don't know why the driver didn't come", {"tag": "neg"}),
        ("C", "right"),
        ("A", "we'll get it collected tomorrow before midday and i'll get the depot to ring you"),
        ("C", "okay as long as it goes tomorrow"),
        ("A", "anything else"),
        ("C", "no that's it"),
        ("A", "thanks carl bye"),
     ])

call("h31-17-chalet-double-booked", industry="ski holiday bookings", style=ASR, words=False,
     exercises="full greeting; chalet double-booked days before departure, stressed; empathy with 'i can't imagine' look-alike; hold with reason and thanks; restatement; timed email; warm transfer with where and why; name used; ends in the transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "pass", "pass", "pass", "pass",
              "'i can't imagine' is part of the empathy, not a refusal; the email promise is timed ('today'); the transfer names resort operations and why, and the call ends there before any close."),
     turns=[
        ("A", "hello snowline holidays my name is brigitte how can i help you"),
        ("C", "hi we're flying out to val d'isere on saturday the four of us and i've just had an email saying our chalet's been double booked and they're sorting alternative accommodation and that's all it says and i'm really stressed"),
        ("A", "oh gosh that must be really stressful just days before you go i can't imagine can i take the booking reference"),
        ("C", "it's s l seven seven two one nine and it's under okonjo"),
        ("A", "thank you mr okonjo bear with me one moment while i pull up your booking"),
        ("C", "yeah sure"),
        ("A", "thanks for waiting mr okonjo", H),
        ("C", "so what's happening"),
        ("A", "so you're due out on saturday and you've been told the chalet's double booked with no details of where you'll stay instead and you need to know you've got somewhere to go"),
        ("C", "exactly"),
        ("A", "i'll send you an email today confirming that's logged and i'm going to transfer you to our resort operations team because they hold the chalet allocations and can find you a replacement"),
        ("C", "okay thank you"),
     ])

call("h31-18-stairlift-stuck-halfway", industry="stairlift servicing", style=ASR, words=False,
     exercises="salutation, company, service line and offer but no agent name; stairlift stuck halfway, elderly mother can't get upstairs; 'oh dear' empathy; restatement; 'i can't give you an exact time but' with a time (not negative); two timed promises, one relative ('half an hour before'); name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The opening has no agent name; 'i can't give you an exact time but an engineer will be there before four' is a limit with an alternative; 'about half an hour before he gets there' is a relative time, so follow-up passes."),
     turns=[
        ("A", "good morning liftwell stairlifts service line um how can i help"),
        ("C", "hi it's my mum's stairlift it's stopped halfway up the stairs with nobody on it thank god but she can't get up to her bedroom or the bathroom and she's eighty six"),
        ("A", "oh dear that's worrying is your mum safe downstairs for now"),
        ("C", "yes she's in the lounge i'm with her i'm her daughter donna"),
        ("A", "okay donna so the lift's stuck halfway up with no one on it your mum can't get upstairs to bed or the bathroom and you need an engineer out today"),
        ("C", "yes please it's flat two seven abbey court"),
        ("A", "i can't give you an exact time but an engineer will be there before four o'clock today"),
        ("C", "okay that's fine"),
        ("A", "he'll ring you about half an hour before he gets there"),
        ("C", "lovely"),
        ("A", "is there anything else i can help with donna"),
        ("C", "no that's it thanks"),
        ("A", "alright thanks for calling donna take care bye"),
     ])

call("h31-19-watch-battery-ready", industry="jewellery repairs", style=ASR, words=False,
     exercises="ASR-truncated salutation ('anks for calling'), shop and offer, no agent name; routine collection check; customer finds the ticket (wait); 'just to confirm' with a detail only; bare 'no we don't post watches'; no agent commitments; name never given; full close",
     labels=L("fail", "pass", "na", "fail", "na", "na_or_fail", "na", "na",
              "'just to confirm the ticket number is' reads back a detail, so paraphrase fails despite the cue; 'no we don't post watches' refuses with nothing offered (negative); 'i'll come in saturday' is the customer's plan, not an agent commitment, so follow-up is na; the silence is the customer finding the ticket (na)."),
     turns=[
        ("A", "anks for calling goldsmith and rowe how can i help"),
        ("C", "hi i dropped my watch in for a new battery on tuesday and i was just wondering if it's ready"),
        ("A", "have you got the ticket number"),
        ("C", "oh hang on it's in my purse somewhere"),
        ("C", "right here it is four four seven two", W),
        ("A", "just to confirm the ticket number is four four seven two"),
        ("C", "yes"),
        ("A", "yeah that's ready it's been done and tested"),
        ("C", "great could you post it to me i'm working all week"),
        ("A", "no we don't post watches", {"tag": "neg"}),
        ("C", "oh okay i'll come in saturday then"),
        ("A", "that's fine we're open till five on saturdays anything else"),
        ("C", "no that's all"),
        ("A", "okay thanks bye"),
     ])

call("h31-20-membership-freeze-broken-wrist", industry="martial arts club memberships", style=ASR, words=False,
     exercises="filler, salutation and club name only; broken wrist, wants a freeze; empathy; restatement; 'no it's policy' refusal; one timed action and one untimed email; name used; offer then a well-wish with no thanks or bye",
     labels=L("fail", "fail_or_pass", "pass", "pass", "fail", "pass", "na", "na",
              "'no it's policy that the current month isn't refundable' uses policy to refuse (negative); the freeze starts 'from today' but 'you'll get an email to confirm it' has no time; the close offers more help and ends 'heal up soon liam', which is a parting well-wish rather than thanks or goodbye."),
     turns=[
        ("A", "um hello dragon gate martial arts academy"),
        ("C", "hi yeah it's liam carter i'm a member there i came off my bike on saturday and broke my wrist so i'm in plaster for six weeks and can't train"),
        ("A", "ah that's rotten luck sorry to hear about your wrist"),
        ("C", "cheers yeah it's a pain literally so can i freeze my membership"),
        ("A", "so you want your membership frozen for the six weeks you're in plaster so you're not paying while you can't train"),
        ("C", "yeah and can i get this month back i only got one session in"),
        ("A", "no it's policy that the current month isn't refundable", {"tag": "neg"}),
        ("C", "fair enough i suppose"),
        ("A", "i'll freeze it from today and you'll get an email to confirm it"),
        ("C", "okay cheers"),
        ("A", "anything else liam"),
        ("C", "no that's everything"),
        ("A", "alright heal up soon liam"),
     ])

call("h31-21-lawn-plan-cancel-moving", industry="lawn care service", style=ASR, words=False,
     exercises="full greeting, agent 'fern'; routine cancellation for a house move; customer finds the account number (wait); restatement; factual 'no you don't' (not negative); vague 'in due course' promise; name used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "pass", "na", "na",
              "The agent's name is an ordinary word (fern); 'no you don't there's no fee' answers a question and is not negative; 'your final statement will come through in due course' gives no time, so follow-up fails; the silence is the customer finding the number (na)."),
     turns=[
        ("A", "good morning greenacre lawn care my name's fern what can i do for you"),
        ("C", "morning we're moving house at the end of next month so i want to cancel the lawn treatment plan"),
        ("A", "no problem at all can i take your name and account number"),
        ("C", "it's derek pollard and the account number's on an email hang on let me find it"),
        ("C", "okay it's g a five five zero eight", W),
        ("A", "thanks mr pollard so you'd like the plan stopped from the end of next month when you move and no more visits after that"),
        ("C", "yes do i have to pay a cancellation fee or anything"),
        ("A", "no you don't there's no fee you've had all your treatments for this year"),
        ("C", "oh that's good"),
        ("A", "your final statement will come through in due course is there anything else i can help with"),
        ("C", "no that's it thanks"),
        ("A", "thanks for being with us mr pollard good luck with the move bye"),
     ])

call("h31-22-locksmith-price-complaint", industry="locksmith call-outs", style=ASR, words=False,
     exercises="company and offer only; angry at a two hundred and eighty pound bill; 'calm down sir'; 'there's nothing i can do'; no empathy; restatement; warm transfer with where and why; untimed promise by the other team; name never given; ends in the transfer",
     labels=L("fail", "na_or_fail", "fail", "pass", "fail", "na_or_fail", "na", "pass",
              "Two negative turns ('calm down sir', 'there's nothing i can do'); the transfer names the complaints team and why, but 'they'll come back to you' has no time, so follow-up fails; no customer name appears."),
     turns=[
        ("A", "keyfast locksmiths how can i help"),
        ("C", "yeah your locksmith came out to me on sunday to change a lock it took him twenty minutes and i've been charged two hundred and eighty pounds which is daylight robbery"),
        ("A", "what's the job number"),
        ("C", "k f nine one two i mean it's outrageous nobody in their right mind would pay that"),
        ("A", "calm down sir i'm trying to look", {"tag": "neg"}),
        ("C", "i am calm i just want some of it back"),
        ("A", "so you're saying the locksmith charged you two hundred and eighty pounds for a twenty minute lock change and you want part of it refunded"),
        ("C", "yes"),
        ("A", "there's nothing i can do the price was agreed on site", {"tag": "neg"}),
        ("C", "i didn't agree anything he just told me afterwards"),
        ("A", "i'll put you through to our complaints team they can review the invoice and they'll come back to you"),
        ("C", "fine"),
     ])

call("h31-23-insulation-mess-ceiling-hole", industry="loft insulation grants", style=ASR, words=False,
     exercises="full greeting with fillers and a team; installers left a mess and a hole in the ceiling, upset; empathy; 'let me just get the job sheet up' hold with a reason, no thanks; restatement; one timed and one untimed promise; name given, never used; full close",
     labels=L("pass", "pass", "pass", "pass", "fail", "fail", "fail", "na",
              "The hold has a reason but the agent comes back with 'right' and no thanks; the supervisor's call is timed ('tomorrow afternoon') but 'we'll arrange for the ceiling to be repaired' is not; the customer's name (gwen hartley) is never used."),
     turns=[
        ("A", "hello you're through to warmhomes um installations team my name's declan how can i help"),
        ("C", "hi your installers did my loft yesterday and they've left insulation fluff all over the landing and the bedroom and one of them put his foot through the ceiling in the spare room and just left a hole there i'm so upset about it"),
        ("A", "i'm really sorry that's not the standard we expect at all and i understand it's upsetting having your home left like that"),
        ("C", "it is i'd only just decorated the spare room"),
        ("A", "what's your name and postcode"),
        ("C", "gwen hartley c f one one four q b"),
        ("A", "let me just get the job sheet up"),
        ("A", "right so the lads left yesterday with fibres all through the upstairs and a hole in the spare room ceiling and you want it cleaned up and the ceiling repaired", H),
        ("C", "yes that's it"),
        ("A", "i'll get the installer's supervisor to call you tomorrow afternoon and we'll arrange for the ceiling to be repaired"),
        ("C", "okay"),
        ("A", "is there anything else"),
        ("C", "no"),
        ("A", "thanks for letting us know bye"),
     ])

call("h31-24-insurance-swap-new-handset", industry="mobile phone insurance", style=ASR, words=False,
     exercises="salutation, agent name and offer but no company; routine handset swap; restatement; 'you'll need to send us a photo' (optional); two timed promises ('now', 'within twenty four hours'); name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "na", "na",
              "'thanks for calling this is priya' never names the company, so the greeting fails; 'you'll need to send us a photo of the imei' is a neutral instruction (optional); both promises carry times."),
     turns=[
        ("A", "thanks for calling this is priya how can i help"),
        ("C", "hi i've just upgraded my phone and i want to swap it onto my insurance instead of the old one"),
        ("A", "okay lovely can i take your name and date of birth"),
        ("C", "marcus bell fourteenth of june nineteen ninety two"),
        ("A", "thanks marcus so you've upgraded and you want the new phone covered on your policy from today instead of the old one"),
        ("C", "yeah that's right does the price change"),
        ("A", "it goes up by one pound fifty a month because it's a higher value handset"),
        ("C", "that's fine"),
        ("A", "you'll need to send us a photo of the imei number from the settings screen", {"tag": "neg_opt"}),
        ("C", "okay where do i send it"),
        ("A", "i'll send you an email now just reply to that with the photo and your updated schedule will come through within twenty four hours is there anything else i can help with marcus"),
        ("C", "no that's it"),
        ("A", "thanks marcus bye"),
     ])


# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h31-25-test-bike-broke-down", industry="motorcycle training school", style=CLEAN, words=False,
     exercises="full greeting; test ended by the school's bike breaking down, gutted; 'oh no' empathy; bare 'I don't know what happened'; restatement; hold with reason and thanks; timed email ('by Friday'), fee already waived; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na",
              "'I don't know what happened with the bike' is a bare don't-know (negative); the waived fee is done on the call ('I've waived'), so the only commitment is the timed email; the hold has a reason and a thank-you."),
     turns=[
        ("A", "Good afternoon, Throttle Up Rider Training, Nadine speaking, how can I help?"),
        ("C", "Hi. I had my module two test yesterday, and the school's bike broke down halfway through, the clutch cable went, so the examiner ended the test and it's gone down as a fail. I've been practising for weeks and I'm gutted."),
        ("A", "Oh no, that's so disappointing after all that practice. Can I take your name?"),
        ("C", "Ravi Menon. What happened with the bike? It was fine in the warm-up."),
        ("A", "I don't know what happened with the bike.", {"tag": "neg"}),
        ("C", "Right. Well, I'm not paying for another test because your bike packed up."),
        ("A", "So the test was stopped because our bike failed, not because of your riding, and you want a retest booked without paying the fee again."),
        ("C", "Yes, exactly."),
        ("A", "Can I put you on hold for a couple of minutes while I speak to the chief instructor about the fee?"),
        ("C", "Go on."),
        ("A", "Thanks for waiting, Ravi. I've waived the retest fee in full, and I'll email you the new test date by Friday.", H),
        ("C", "Okay, that's fair."),
        ("A", "Anything else I can do for you?"),
        ("C", "No, that's it."),
        ("A", "Take care, Ravi, bye."),
     ])

call("h31-26-night-nurse-cover-request", industry="nursing agency shifts", style=CLEAN, words=False,
     exercises="desk named ('Nurse bookings') but not the agency; care home manager worried about cover; empathy; restatement; 'No problem' look-alike; one timed action and two untimed promises (event-tied call-back); name used; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "na", "na",
              "The opening names only the bookings desk, not the agency; the shifts go out 'now', but 'ring you back as soon as they're filled' is tied to an event and 'I'll check who's been there' has no time, so follow-up fails."),
     turns=[
        ("A", "Nurse bookings, hello, Amos speaking, how can I help?"),
        ("C", "Hello, it's Ingrid Lindqvist, the manager at Birchwood Lodge. Two of my night nurses have gone off sick at the same time, and I'm really worried about covering the next few nights safely."),
        ("A", "That sounds like a really tough week, Mrs Lindqvist. Let's see what we can do."),
        ("C", "Thank you. I need a registered nurse, nights, eight till eight."),
        ("A", "How many nights?"),
        ("C", "Thursday, Friday and Saturday."),
        ("A", "So you need a registered general nurse for three nights from this Thursday, eight till eight, at Birchwood Lodge, to cover the two who are off sick."),
        ("C", "That's it. Ideally someone who's worked with us before."),
        ("A", "No problem, I'll check who's been there. I'll send the shifts out to our nurses now and ring you back as soon as they're filled."),
        ("C", "Lovely."),
        ("A", "Is there anything else?"),
        ("C", "No, that's all."),
        ("A", "Thanks, Mrs Lindqvist, bye."),
     ])

call("h31-27-copier-lease-end-early", industry="office printer leasing", style=CLEAN, words=False,
     exercises="company, team and salutation but no name or offer; business closing after a horrible year; no empathy; 'You can't end it early' and 'It's our policy' refusals; restatement; transfer offered and declined; untimed promise; name given, never used; customer ends the call",
     labels=L("fail", "fail", "fail", "pass", "fail", "fail", "na", "na",
              "Two negative turns (the bare 'You can't end it early' and the policy refusal); the transfer is offered but the customer declines it, so there is no transfer (na); 'I'll ask the lease team to look at a settlement figure' has no time; the agent never closes."),
     turns=[
        ("A", "Inkwell Office Solutions, accounts, good morning."),
        ("C", "Morning. This is Graham Hollis from Hollis Design. We've lost our main client and we're closing the office at the end of March, it's been a horrible year, so I need to end the lease on the copier early."),
        ("A", "What's the agreement number?"),
        ("C", "L E 7 0 4 4."),
        ("A", "You can't end it early, it's a fixed five-year term.", {"tag": "neg"}),
        ("C", "There must be something. We won't even have an office."),
        ("A", "It's our policy, there's no early termination on that agreement.", {"tag": "neg"}),
        ("C", "So I just keep paying for a machine sitting in an empty room?"),
        ("A", "So you're closing at the end of March, and you want to stop paying for the copier from then rather than for the two years left on the term."),
        ("C", "Yes."),
        ("A", "I can put you through to our lease team, if you like?"),
        ("C", "No, I haven't got time now, just have them call me."),
        ("A", "I'll ask the lease team to look at a settlement figure."),
        ("C", "Fine. Bye."),
     ])

call("h31-28-tuner-no-show-day-off", industry="piano tuning", style=CLEAN, words=False,
     exercises="salutation, company and agent name but no offer; tuner never arrived, customer took time off; empathy; 'I can't apologise enough' look-alike; restatement; customer fetches a diary (wait); timed visit, fee already removed; name used; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The opening never offers help; 'I can't apologise enough' is an apology, not a refusal; the silence is the customer getting a diary (na); the fee is removed on the call, so the only commitment is the timed visit."),
     turns=[
        ("A", "Hello, Ashdown Piano Services, this is Greta."),
        ("C", "Hello. I booked a tuning for this morning, between nine and twelve, and I took the morning off work for it, and nobody's turned up and nobody's rung. It's gone half twelve now."),
        ("A", "I'm so sorry, you took time off for that, that's really frustrating. Can I take your name?"),
        ("C", "Simon Oduya."),
        ("A", "Thank you, Mr Oduya. I can't apologise enough, Felix was taken ill this morning and we should have phoned you."),
        ("C", "Well, these things happen, but a call would have been nice."),
        ("A", "So you were booked for this morning, you took time off to be in, and no one came or let you know, and you'd like a new appointment that doesn't cost you another morning off."),
        ("C", "Yes, a Saturday if you can do one. Hang on, let me get my diary."),
        ("C", "Right, go on.", W),
        ("A", "Felix will be with you on Saturday at ten, and I've already taken the call-out fee off your bill."),
        ("C", "That's good of you."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, thanks."),
        ("A", "Thanks for calling, Mr Oduya, bye."),
     ])

call("h31-29-pool-weekly-service-quote", industry="swimming pool maintenance", style=CLEAN, words=False,
     exercises="full greeting; routine quote for weekly servicing; frequency read-back only; hold with reason and thanks; bare 'No, we don't work Sundays'; factual 'No, as long as' answer (not negative); untimed quote email; name used; offer only at close",
     labels=L("pass", "fail_or_pass", "na", "fail", "fail", "pass", "pass", "na",
              "'No, we don't work Sundays' refuses with nothing offered (the customer settles for Tuesday herself), while 'No, as long as we can get to the pump house' just answers a question; 'Weekly, you said?' is a read-back; 'I'll email you a quote' has no time; the agent offers more help but never thanks or says goodbye."),
     turns=[
        ("A", "Good morning, AquaClear Pools, my name is Leon, what can I do for you?"),
        ("C", "Hi, we've just bought a house with an outdoor pool, and I'd like a quote for someone to look after it every week through the summer."),
        ("A", "Lovely. Can I take your name and address?"),
        ("C", "Marisa Castellano, The Old Rectory, Little Hampden."),
        ("A", "Weekly, you said?"),
        ("C", "Yes, weekly, May to September."),
        ("A", "Let me check whether we cover Little Hampden, can you hold for a minute?"),
        ("C", "Sure."),
        ("A", "Thanks for holding, Mrs Castellano. Yes, it's on our Tuesday round.", H),
        ("C", "Great. Could you do Sundays instead? We're both at work in the week."),
        ("A", "No, we don't work Sundays.", {"tag": "neg"}),
        ("C", "Oh, well, Tuesday will have to do then. You don't need us to be in, do you?"),
        ("A", "No, as long as we can get to the pump house. I'll email you a quote. Anything else I can help with?"),
        ("C", "No, that's all, thanks."),
     ])

call("h31-30-redirect-late-mothers-post", industry="mail redirection service", style=CLEAN, words=False,
     exercises="greeting split over the agent's first two turns (company, then name and offer); bereavement; condolence; restatement; 'you'll need to send' (optional); two timed promises, one conditional; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na",
              "The salutation and company come in the first turn and the agent's name and offer a few seconds later in the second, all within the opening, so the greeting passes; 'You'll need to send us a copy of the death certificate' is a neutral instruction (optional); the conditional start still has 'within five working days'."),
     turns=[
        ("A", "Good afternoon, PostForward."),
        ("C", "Oh, hello? Is this the redirection people?"),
        ("A", "It is, sorry, you're through to Hamid, how can I help?"),
        ("C", "Hello. My mother died last month and I'm dealing with her affairs, so I'd like her post sent to me, because things are still arriving at her bungalow and it's empty now."),
        ("A", "I'm very sorry for your loss. We can certainly help with that. Can I take your name, and your mother's?"),
        ("C", "I'm Abena Adebayo, my mum was Comfort Adebayo."),
        ("A", "Thank you, Mrs Adebayo. So you'd like everything addressed to your mum at the bungalow redirected to your own address while you sort out her estate."),
        ("C", "Yes, please."),
        ("A", "You'll need to send us a copy of the death certificate and proof that you're the executor.", {"tag": "neg_opt"}),
        ("C", "I can do that."),
        ("A", "I'll post you the form today, and once we've got it back with the certificate, the redirection will start within five working days."),
        ("C", "That's fine."),
        ("A", "Is there anything else I can help you with, Mrs Adebayo?"),
        ("C", "No, you've been very kind."),
        ("A", "Take care, goodbye."),
     ])

call("h31-31-gutters-quote-repaint", industry="roofing repairs", style=CLEAN, words=False,
     exercises="salutation, company and offer, no agent name; routine gutter quote; bare 'Hold on.' then 10 s+ silence, no thanks; restatement; timed surveyor visit and quote on the day; 'No trouble at all' look-alike; name given, never used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "fail", "fail", "na",
              "'Hold on.' announces the hold with no reason and the agent returns without thanks; the visit is timed and the quote is left 'on the day'; the customer's name (Alan Fenwick) is never used."),
     turns=[
        ("A", "Hi, Topline Roofing, how can I help?"),
        ("C", "Hello, I'd like a quote for new gutters and downpipes at the back of the house. We're having it repainted next month, so we thought we'd swap the old cast iron ones for plastic at the same time."),
        ("A", "Of course. Can I take your name?"),
        ("C", "Alan Fenwick, 6 Blackthorn Road."),
        ("A", "Hold on."),
        ("A", "Right. So you want the gutters and downpipes at the back swapped from cast iron to uPVC, ahead of the painting.", H),
        ("C", "That's right, in black if you do black."),
        ("A", "We do. Our surveyor will come out to measure up on Wednesday between one and three, and he'll leave you a written quote on the day."),
        ("C", "Sorry to be a pain, could he come at about two?"),
        ("A", "No trouble at all, I've put a note on for two."),
        ("C", "Great."),
        ("A", "Anything else?"),
        ("C", "No, that's it."),
        ("A", "Thanks, bye."),
     ])

call("h31-32-pe-kit-badge-order", industry="school uniform shop", style=CLEAN, words=False,
     exercises="full greeting; routine PE kit order; size read-back only; 'I can't promise Friday, I'm afraid' refusal, collection offered a turn later; event-tied text; name used; thanks and bye with no offer",
     labels=L("pass", "fail_or_pass", "na", "fail", "fail", "pass", "na", "na",
              "'I can't promise Friday, I'm afraid' refuses with no alternative in that turn (negative) even though collection is offered next; the sizes read back are not a restatement; a PE lesson on Monday is a scheduling need, not a complaint (empathy na); 'You'll get a text when it's ready' names an event, not a time."),
     turns=[
        ("A", "Good morning, thank you for calling Badge and Button School Outfitters, my name's Orla, how can I help you today?"),
        ("C", "Hi, I'd like to order the PE kit for St Brendan's, with the badge, for my daughter. She needs it for next week."),
        ("A", "Of course. Can I take your name?"),
        ("C", "Siobhan Byrne."),
        ("A", "Thank you, Mrs Byrne. What sizes?"),
        ("C", "Polo shirt age ten, shorts age ten, and the hoodie in age eleven, she's tall."),
        ("A", "Age ten polo and shorts, and an age eleven hoodie."),
        ("C", "That's it. Can you deliver by Friday?"),
        ("A", "I can't promise Friday, I'm afraid.", {"tag": "neg"}),
        ("C", "Oh. She's got PE on Monday."),
        ("A", "You could collect from the shop, though, we're open on Saturday from nine."),
        ("C", "That'll work, I'll collect."),
        ("A", "You'll get a text when it's ready to collect. Thanks for your order, Mrs Byrne, bye now."),
        ("C", "Bye."),
     ])

call("h31-33-storage-unit-broken-into", industry="self-storage units", style=CLEAN, words=False,
     exercises="full greeting; storage unit burgled, customer shaking; empathy; restatement; unannounced 10 s+ silence, thanked after; instruction to ring the police (not negative); transfer to a named manager with no reason; no agent commitments; name used; ends in the transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "fail", "fail",
              "The agent goes silent for over 10 s without announcing it, so the thank-you does not save hold etiquette; the transfer names Annika, the site manager, but not why; 'Please ring the police' is advice to the customer, not an agent commitment (follow-up na)."),
     turns=[
        ("A", "Good evening, SafeBox Self Storage, you're speaking with Viktor, how can I help?"),
        ("C", "Hi. I've just got to my unit at the Ringway site and the padlock's been cut off and half my stuff's gone, my dad's tools, my bike, boxes of photos. I'm standing here shaking."),
        ("A", "That's awful, I'm so sorry. Are you safe where you are?"),
        ("C", "Yes, there's nobody about. I'm Femke Achterberg, unit two one nine."),
        ("A", "Thank you, Ms Achterberg. So your unit's been broken into, the lock's been cut and a lot of your belongings have been taken, and you need to report it and find out what happens next."),
        ("C", "Yes. Have you got cameras?"),
        ("A", "Thank you for waiting. Yes, there's CCTV on every corridor at that site.", H),
        ("C", "Good. So what do I do now?"),
        ("A", "Please ring the police on 101 as well, if you haven't yet."),
        ("C", "I will, straight after this."),
        ("A", "I'm going to transfer you to Annika, the site manager."),
        ("C", "Okay."),
     ])

call("h31-34-skip-on-road-permit", industry="skip hire", style=CLEAN, words=False,
     exercises="'Morning' greeting with company and offer, no agent name; routine skip on the road; restatement; 'You don't have to do anything' look-alike; timed delivery, event-tied permit email; name 'Precious' used; full close",
     labels=L("fail", "pass", "na", "pass", "fail", "pass", "na", "na",
              "'You don't have to do anything, we apply to the council' is reassurance, not a demand; the skip arrives 'on Monday morning' but 'I'll email you the permit once the council issues it' is tied to an event, so follow-up fails; the opening has no agent name."),
     turns=[
        ("A", "Morning, Skipwell Hire, how can I help?"),
        ("C", "Morning. I'm having my kitchen ripped out next week and I need a skip, but I haven't got a drive, so it'll have to go on the road outside."),
        ("A", "No problem. Can I take your name and address?"),
        ("C", "Precious Mbeki, 31 Tannery Lane."),
        ("A", "Thanks, Precious. So you'd like a skip for the kitchen rip-out next week, and it'll need to sit on the road because there's no drive."),
        ("C", "That's it. Do I have to get a permit or something?"),
        ("A", "You don't have to do anything, we apply to the council for the permit for you. It's twenty-five pounds and it takes three working days."),
        ("C", "Great, and what size do I need?"),
        ("A", "A six-yard builder's skip usually does a kitchen. The skip will arrive on Monday morning, and I'll email you the permit once the council issues it."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help with, Precious?"),
        ("C", "No, thank you."),
        ("A", "Thanks for booking, bye."),
     ])

call("h31-35-ski-school-add-children", industry="ski holiday bookings", style=CLEAN, words=False,
     exercises="company, agent name and offer but no salutation; routine add-on; restatement; hold with reason and thanks; factual 'No, sorry, the morning group is full, but' with an alternative; timed invoice; name used; full close",
     labels=L("fail", "pass", "na", "pass", "pass", "pass", "pass", "na",
              "The opening has no salutation; 'No, sorry, the morning group is full, but there's space in the afternoon group' states a limit with an alternative, not negative; the booking is done on the call and the invoice is 'today'."),
     turns=[
        ("A", "Snowline Holidays, Rupert speaking, how can I help you?"),
        ("C", "Hi, we're booked on the Courchevel trip in February, and I'd like to add ski school for our two children, they're seven and nine and they've never skied."),
        ("A", "Lovely. Can I take the booking reference and your name?"),
        ("C", "S L 4 0 5 5 8, and it's Philippa Harrington-Lowe."),
        ("A", "Thank you, Mrs Harrington-Lowe. So you'd like both children, seven and nine, booked into beginners' ski school for your week in February."),
        ("C", "Yes, mornings if possible."),
        ("A", "Let me check if there's space in the morning beginners' group that week, would you mind holding?"),
        ("C", "Not at all."),
        ("A", "Thank you for waiting. No, sorry, the morning group is full, but there's space in the afternoon group, one till four.", H),
        ("C", "Afternoons are fine."),
        ("A", "I've booked them both in, and I'll email the updated invoice today."),
        ("C", "Great."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "Thank you, Mrs Harrington-Lowe, enjoy the snow, goodbye."),
     ])

call("h31-36-stairlift-grinding-noise", industry="stairlift servicing", style=CLEAN, words=False,
     exercises="full greeting; grinding stairlift, customer alone and frightened; no empathy; one-word read-back; bare 'I don't know what that noise would be'; 'Only if you have to' look-alike; timed engineer visit; name given, never used; full close",
     labels=L("pass", "pass", "fail", "fail", "pass", "fail", "na", "na",
              "The customer says they are frightened and the agent never acknowledges it; 'I don't know what that noise would be' is a bare don't-know (negative), while 'Only if you have to' answers a question and demands nothing; 'Grinding?' is a read-back; the name (Joseph Dlamini) is never used."),
     turns=[
        ("A", "Hello, Liftwell Stairlifts, my name is Bronwen, how can I help?"),
        ("C", "Hello. My stairlift's started making a horrible grinding noise on the way up, and it judders near the top. I live on my own and I'm frightened it's going to stop with me on it."),
        ("A", "Grinding?"),
        ("C", "Yes, grinding, like metal on metal."),
        ("A", "I don't know what that noise would be.", {"tag": "neg"}),
        ("C", "Well, can someone come and look at it?"),
        ("A", "Can I take your name and postcode?"),
        ("C", "Joseph Dlamini, L S 6 2 D N."),
        ("A", "An engineer will come out on Thursday morning, between eight and twelve."),
        ("C", "Thursday. Should I use it until then?"),
        ("A", "Only if you have to."),
        ("C", "All right."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thank you for calling, goodbye."),
     ])


JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout31: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout31", when="2026-12-06")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries (two calls each): "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h31",
                                  seed_base=3100, min_utterances=MIN_UTTS, max_utterances=MAX_UTTS)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
