"""Write the holdout35 set: 36 contact-centre calls and their labels, labelled blind from RUBRIC.md.

    python tests/data/make_holdout35.py

Writes tests/data/holdout35/<call_id>.json, tests/data/holdout35-labels.json and
tests/data/holdout35/README.md. Deterministic. Turn options and tags: see holdout_kit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from holdout_kit import L, call_collector, check_make_up, make_up, readme_files_and_checks, readme_tail, write_lines, write_set  # noqa: E402

OUT_DIR = HERE / "holdout35"
LABELS_PATH = HERE / "holdout35-labels.json"
README_PATH = OUT_DIR / "README.md"
N_CALLS = 36
N_WORD_TIMED = 12
N_ASR = 12
MIN_UTTERANCES = 12
MAX_UTTERANCES = 15
CLEAN = "clean, punctuated"
ASR = "ASR: lower-case, no punctuation, fillers, numbers as words"

CALLS, call = call_collector()
H = {"gap": 13.0, "tag": "hold"}
W = {"gap": 11.5, "tag": "wait"}

# Label order in L(...): greeting, closing, empathy, paraphrase, follow_up, personalization, hold, transfer, notes.

# ---------------------------------------------------------------------------
# 1-12: clean text with word timings and real overlaps
# ---------------------------------------------------------------------------

call("h35-01-astronomy-dark-sky-booking", industry="astronomy society events", style=CLEAN, words=True,
     exercises="full greeting; routine event booking; backchannel; agent starts 0.2 s before the customer ends; paraphrase; factual no with help; two timed commitments; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "A routine booking, so empathy is na; the 'mm-hmm' is a backchannel and the later agent turn overlaps the customer by only 0.2 s, so neither is an interruption; 'No, there's no parking… but' answers a question and helps; the email ('by Friday') and the conditional text ('by four o'clock') both have times."),
     turns=[
        ("A", "Good evening, Hollowfield Astronomical Society, you're speaking with Priya, how can I help?"),
        ("C", "Hi there, I'd like to book two places on the dark-sky evening on the fourteenth, for me and my son, and I saw on the website that you sometimes lend out telescopes to beginners."),
        ("A", "Mm-hmm.", {"at_start": 2.5, "tag": "bc"}),
        ("C", "We haven't got one of our own yet, so that would be brilliant if there's one going."),
        ("A", "Lovely. So that's two places on the fourteenth, and you'd like to borrow one of the society's beginner telescopes for the night. Can I take a name for the booking?"),
        ("C", "Yes, that's right, it's Callum Reddy."),
        ("A", "Thanks, Callum, you're both booked in, and I've put a little Dobsonian aside for you."),
        ("C", "Great. Is there any parking up at the observatory?"),
        ("A", "No, there's no parking at the observatory itself, but the village hall car park is a two-minute walk and it's free after six."),
        ("C", "Perfect."),
        ("A", "I'll email you the joining notes and a map by Friday, and if it's cloudy on the night we'll text everyone by four o'clock to say whether it's going ahead.", {"at_end": 0.2}),
        ("C", "Brilliant, thank you."),
        ("A", "Is there anything else I can help you with?"),
        ("C", "No, that's everything, cheers."),
        ("A", "Thanks, Callum, clear skies, goodbye."),
     ])

call("h35-02-boat-hire-breakdown-refund", industry="boat hire on the river", style=CLEAN, words=True,
     exercises="greeting with company only; engine failure and upset customer; agent cut-in; no empathy; detail read-back only; 'there's nothing I can do'; two untimed commitments; name not used; offer without thanks or goodbye",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na", "The question about the reference cuts in while the customer is still describing the breakdown; 'The boat from Saturday?' repeats one detail; 'there's nothing I can do about refunds' points at the owner but offers nothing; 'I'll pass your details on' and 'He'll get the message' have no time; the close offers more help but the agent never thanks or says goodbye."),
     turns=[
        ("A", "Hello, Willowbank Boat Hire."),
        ("C", "Oh, hi. Yes, I hired one of your day boats on Saturday for my daughter's birthday, and the engine cut out just past the lock, and we were stuck in the reeds for nearly two hours waiting for someone to come, and the kids were absolutely freezing."),
        ("A", "What's the booking reference?", {"at_end": 1.6, "tag": "intr"}),
        ("C", "Sorry, it's WB 2291. And when your man did finally turn up he just said it happens sometimes, which honestly made me even more cross."),
        ("A", "The boat from Saturday?"),
        ("C", "Yes, Saturday. I want at least part of the money back, we lost half the day."),
        ("A", "Right. There's nothing I can do about refunds, the owner decides those.", {"tag": "neg"}),
        ("C", "Well, can I speak to the owner then?"),
        ("A", "He's not in today. I'll pass your details on to him."),
        ("C", "And will he actually ring me? My name's Marcus Lindqvist, it's the same number as the booking."),
        ("A", "He'll get the message."),
        ("C", "Fine."),
        ("A", "Anything else?"),
        ("C", "No, that's it. Bye."),
     ])

call("h35-03-cake-course-broken-wrist", industry="cake decorating classes", style=CLEAN, words=True,
     exercises="full greeting; broken wrist and money worry; brief empathy; agent cut-in that opens with 'yeah'; paraphrase; limit with alternative; hold asked with reason and thanked; timed confirmation; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "pass", "na", "The cut-in starts with 'Yeah' but takes the floor with a full sentence while the customer is still listing tools, so it is an interruption, not a backchannel; 'We can't refund… but what I can do is' has an alternative; the hold is asked with a reason and thanked; the confirmation comes 'this afternoon'."),
     turns=[
        ("A", "Hi there, thanks for calling Sugarloaf Cake School, this is Dominika, what can I do for you today?"),
        ("C", "Hello, I'm booked on the wedding cake course that starts next Saturday, but I fell off a step ladder on Sunday and broke my wrist, and I'm really worried I'll lose the hundred and eighty pounds."),
        ("A", "Oh no, that sounds so painful, I'm sorry."),
        ("C", "Thanks. It's my right hand as well, so I can't hold a piping bag, and I've already bought all the tools, the turntable and the nozzles and the smoothers and the lot."),
        ("A", "Yeah, those will all keep, and you'll be able to use every one of them on a later course.", {"at_end": 1.2, "tag": "intr"}),
        ("C", "Oh, good. The name's Harriet Bloom, by the way."),
        ("A", "Thanks, Harriet. So you'd like to keep your place but move it to a later course, once your wrist is out of the cast."),
        ("C", "Yes, if that's possible."),
        ("A", "We can't refund the course fee, but what I can do is move you onto the March course at no extra cost. Can I pop you on hold for a moment while I check there's still space?"),
        ("C", "Of course."),
        ("A", "Thanks so much for waiting, Harriet. There's space, so I've moved you onto the March course, and I'll send the new confirmation to your email this afternoon.", H),
        ("C", "That's such a relief."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's everything."),
        ("A", "Lovely. Take care of that wrist, bye now."),
     ])

call("h35-04-car-valet-wet-seats", industry="car valeting", style=CLEAN, words=True,
     exercises="greeting with no salutation; soaking seats complaint; backchannel; no empathy; paraphrase with name; 'you have to' demand; customer cuts in on agent; untimed callbacks; no close",
     labels=L("fail", "fail", "fail", "pass", "fail", "pass", "na", "na", "The opening has company, name and offer but no salutation; 'Right.' is a backchannel; 'You have to leave the windows open…' is used as a demand to deflect the complaint; the customer's cut-in is not an agent interruption; Kasia's call has no time; the call ends on 'She'll ring you' with no offer or goodbye."),
     turns=[
        ("A", "Shine Brothers Valeting, Tomasz speaking, how can I help?"),
        ("C", "Hi, yeah, one of your lads valeted my car at work yesterday, and the seats are still soaking wet this morning, and the whole car stinks of damp, I had to drive to a meeting sitting on a bin bag."),
        ("A", "Right.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "Okay. What's the registration?"),
        ("C", "It's LK68 ZRT."),
        ("A", "And the name on the booking?"),
        ("C", "Dev Anand."),
        ("A", "So the interior shampoo was done yesterday, the seats still haven't dried and there's a damp smell, and you want someone to put it right, Mr Anand."),
        ("C", "Exactly, I paid ninety quid for this."),
        ("A", "You have to leave the windows open for a day after a shampoo, that's normal.", {"tag": "neg"}),
        ("C", "Nobody told me that, and it rained all night, so how was I supposed to do that?"),
        ("A", "I'll get Kasia, our supervisor, to call you about it."),
        ("C", "When will she actually call?", {"at_end": 0.6}),
        ("A", "She'll ring you."),
        ("C", "Fine, whatever."),
     ])

call("h35-05-cheese-christmas-box", industry="cheese shop mail order", style=CLEAN, words=True,
     exercises="full greeting with 'Morning'; routine gift order; backchannel; short echo question over the customer (optional interruption); 'no worries'; bare refusal; no restatement; timed dispatch; name used; full close",
     labels=L("pass", "pass", "na", "fail", "pass", "pass", "na", "na", "'The Wensleydale?' starts while the customer is still listing cheeses but is a two-word echo, so it is only an optional interruption; 'No, I'm afraid we can't send cheese to Guernsey' refuses with no alternative; naming the cheese and the dispatch date is not a restatement of the request; courier 'on the eighteenth' and tracking 'that morning' are timed."),
     turns=[
        ("A", "Morning! The Curd and Rind, Ottilie here, what can I do for you?"),
        ("C", "Hello, I'd like to send one of your Christmas boxes to my sister in Leeds, the Northern one with the Wensleydale and the Lancashire and that crumbly blue one that I can never remember the name of."),
        ("A", "Sure.", {"at_start": 2.0, "tag": "bc"}),
        ("A", "The Wensleydale?", {"at_end": 0.9, "tag": "intr_opt"}),
        ("C", "Yes, and the blue, the Yorkshire one. Sorry, I'm terrible with names."),
        ("A", "No worries at all, that's the Swaledale Blue."),
        ("C", "That's the one. Oh, and could you send one to my brother in Guernsey too?"),
        ("A", "No, I'm afraid we can't send cheese to Guernsey. Can I take your name?", {"tag": "neg"}),
        ("C", "Oh, okay, just Leeds then. It's Rosalind Achebe."),
        ("A", "Lovely, thanks, Rosalind. It'll go out by chilled courier on the eighteenth, and you'll get a tracking link that morning."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can do for you today?"),
        ("C", "No, that's all."),
        ("A", "Thank you for ordering, bye!"),
     ])

call("h35-06-crematorium-service-booking", industry="crematorium enquiries", style=CLEAN, words=True,
     exercises="full greeting; bereavement; empathy; backchannel; paraphrase; hold announced with reason but 'sorry to keep you' instead of thanks; timed hold and form; deceased's name used, caller's never; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "fail", "fail", "na", "The agent uses the late mother's name ('for Nora') but never the caller's own name (Imelda), so personalization fails; after the announced hold the agent says 'sorry to keep you', which is an apology, not thanks, so the hold fails; both commitments are timed."),
     turns=[
        ("A", "Good afternoon, Ashcombe Crematorium, my name's Gareth. How can I help you?"),
        ("C", "Hello. Sorry, this is hard. My mum died on Tuesday, and the funeral director said I should ring you myself about the chapel times and the music."),
        ("A", "I'm so sorry for your loss. Take all the time you need."),
        ("C", "Thank you. I'm Imelda Burke, and Mum was Nora Burke. We were hoping for a service towards the end of next week, and she loved Vera Lynn, so we'd like to play our own music as everyone leaves."),
        ("A", "Mm-hmm.", {"at_start": 3.0, "tag": "bc"}),
        ("A", "So you'd like a chapel time late next week for your mum's service, and you'd like to play a piece of the family's own music at the end."),
        ("C", "Yes, exactly."),
        ("A", "Let me just look at next week's diary."),
        ("A", "Sorry to keep you. Thursday at eleven is free, and Friday at two.", H),
        ("C", "Thursday at eleven, please."),
        ("A", "I'll hold Thursday at eleven for Nora until five o'clock tomorrow, and I'll email you the music request form today."),
        ("C", "Thank you, you've been very kind."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's all."),
        ("A", "Take care of yourself, goodbye."),
     ])

call("h35-07-ebike-motor-cutting-out", industry="electric bike repairs", style=CLEAN, words=True,
     exercises="greeting without agent name; motor fault; agent cut-in; brief empathy ('that's a real pain'); paraphrase; 'I don't know… until' (optional); timed diagnosis and quote; no customer name; full close with 'cheers'",
     labels=L("fail", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na", "The opening has no agent name; the model question cuts in mid-description; 'that's a real pain when you rely on it' acknowledges the problem with empathy; 'I don't know what's causing it until we've had it on the bench' explains a diagnosis step, so it is only optional; 'within two days' and 'by Saturday' are timed; the caller never gives a name."),
     turns=[
        ("A", "Hiya, Voltspoke Cycles workshop, how can I help?"),
        ("C", "Hi, my e-bike keeps cutting out on hills, the motor just stops and the display goes blank for a second and then comes back, and it's happened four times this week on my way to work."),
        ("A", "Is it the Bafang motor or the Shimano one?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Um, Shimano, I think. It's the Cargo Lite I bought from you last spring."),
        ("A", "Ah, that's a real pain when you rely on it for the commute."),
        ("C", "It is, I've been pushing it up Castle Hill."),
        ("A", "So the motor drops out under load on hills and you'd like it looked at, ideally this week."),
        ("C", "Yes please. What do you think it is?"),
        ("A", "I don't know what's causing it until we've had it on the bench, it could be the battery contacts or the speed sensor.", {"tag": "neg_opt"}),
        ("C", "Okay, fair enough."),
        ("A", "If you drop it in on Thursday, we'll have it diagnosed within two days, and I'll ring you with a quote by Saturday at the latest."),
        ("C", "Great, Thursday it is."),
        ("A", "Anything else I can do for you?"),
        ("C", "No, that's it."),
        ("A", "Cheers, see you Thursday."),
     ])

call("h35-08-fabric-wrong-linen", industry="fabric shop orders", style=CLEAN, words=True,
     exercises="greeting with team but agent name only after 30 s; wrong colour sent; agent starts and yields (optional interruption); empathy; paraphrase; one timed and one untimed commitment; 'you'll need to' (optional); name used; offer without thanks",
     labels=L("fail", "fail_or_pass", "pass", "pass", "fail", "pass", "na", "na", "The agent's name ('I'm Saoirse') comes well after the first 20 s, so the greeting fails; 'Right, so… sorry, go on' starts over the customer but hands the floor back, so it is only optional; the linen goes 'today' but the returns label has no time, so follow-up fails; 'you'll need to pop it back' is a neutral instruction (optional); the close offers help with no thanks or goodbye."),
     turns=[
        ("A", "Good morning, thank you for calling Bobbin and Weft, you're through to the orders team. How can I help?"),
        ("C", "Hi, I ordered eight metres of the sage linen for my sister's living room curtains, and what's turned up this morning is the duck-egg blue, which is nothing like it, and I've promised to have them made and hung for Saturday because she's got the whole family coming over."),
        ("A", "Right, so... sorry, go on.", {"at_end": 0.8, "tag": "intr_opt"}),
        ("C", "And I'm really annoyed, because I checked the colour code twice when I ordered it."),
        ("A", "Oh, how annoying, especially with the curtains promised for Saturday. I'm Saoirse, by the way, can I take your name and the order number?"),
        ("C", "Bernadette Kowal, order BW 55120."),
        ("A", "Thanks, Bernadette. So we sent you the duck-egg instead of the sage, and you need the right linen in time to make the curtains up before Saturday."),
        ("C", "Yes, that's it."),
        ("A", "I'll send eight metres of the sage out today on next-day delivery, so it'll be with you tomorrow, and a returns label for the blue will come by email."),
        ("C", "Okay, and what do I do with the blue?"),
        ("A", "You'll need to pop it back in its bag and stick the label on.", {"tag": "neg_opt"}),
        ("C", "Fine."),
        ("A", "Anything else I can help you with, Bernadette?"),
        ("C", "No, that's everything."),
     ])

call("h35-09-family-history-grandfather", industry="family history research service", style=CLEAN, words=True,
     exercises="full greeting; routine research enquiry; agent cut-in; polite 'I don't know if'; paraphrase; limit with alternative; untimed researcher contact; name given but not used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "fail", "na", "na", "A research enquiry with no problem raised, so empathy is na; the regiment question cuts in while the customer is telling the family story; 'I don't know if you've got his service number' is the polite question form; 'We can't get the 1921 census for free, but I can add it' has an alternative; 'One of our researchers will be in touch' has no time; the caller's name (Gwendolyn) is never used."),
     turns=[
        ("A", "Hello, Roots and Records, this is Anselm speaking, how may I help you?"),
        ("C", "Hi, I'd like to find out about getting some research done on my grandfather. The family story is that he ran away to join the army at fifteen and lied about his age, and then came home with a different surname, and nobody ever talked about why."),
        ("A", "Which regiment was he in?", {"at_end": 1.4, "tag": "intr"}),
        ("C", "Oh, the Durham Light Infantry, I think, but I'm not even sure of that."),
        ("A", "I don't know if you've got his service number at all? It makes things a lot quicker."),
        ("C", "No, just his name, Thomas Harte, and that he was born around 1900. I'm Gwendolyn Harte."),
        ("A", "So you'd like us to trace your grandfather's First World War service, and find out where he was born and why the surname changed."),
        ("C", "That's exactly it. Can you get the 1921 census too?"),
        ("A", "We can't get the 1921 census for free, but I can add it to the quote for twelve pounds."),
        ("C", "Yes, do that."),
        ("A", "One of our researchers will be in touch to talk through which records survive."),
        ("C", "Lovely."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, thank you."),
        ("A", "Thank you for calling Roots and Records, goodbye."),
     ])

call("h35-10-farm-cottage-heating-complaint", industry="farm holiday lets", style=CLEAN, words=True,
     exercises="full greeting; cold cottage complaint; 'calm down' cut-in; empathy after it; no paraphrase; silent hold with no reason or thanks; policy refusal; transfer with destination and reason; name used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "fail", "na", "pass", "fail", "pass", "'Calm down, please' cuts in mid-complaint and is negative; the later 'I understand how miserable it must have been' is still empathy; 'Bear with me' gives no reason and the agent never thanks, so the hold fails; 'It's our policy not to refund' refuses; the transfer names the owner and why; putting the call through is not a future commitment."),
     turns=[
        ("A", "Hello, Hawthorn Farm Cottages, Nell speaking, how can I help?"),
        ("C", "Yes, hello, I'm calling about our stay in the Granary last week. The heating packed up on the second night and we spent five days freezing with two small children, and nobody came out, I rang three times and all I got was the answerphone."),
        ("A", "Calm down, please, I'm trying to help.", {"at_end": 1.3, "tag": ("intr", "neg")}),
        ("C", "Don't tell me to calm down. My name is Oliver Strand and I want a refund."),
        ("A", "Mr Strand, I understand how miserable it must have been being cold all week with the children."),
        ("C", "So what are you going to do about it?"),
        ("A", "Bear with me."),
        ("A", "Okay. It's our policy not to refund once a stay has started.", {"gap": 13.0, "tag": ("hold", "neg")}),
        ("C", "That's ridiculous. I want to speak to whoever's in charge."),
        ("A", "I'll put you through to the owner, Mr Pryce, as he deals with all complaints about stays."),
        ("C", "Fine."),
        ("A", "Putting you through now, Mr Strand."),
     ])

call("h35-11-tackle-carp-rod-order", industry="fishing tackle shop", style=CLEAN, words=True,
     exercises="full greeting with 'Hi'; routine order; backchannel; 'we don't price match' (optional); paraphrase; customer cuts in on agent; timed dispatch and tracking; no customer name; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "na_or_fail", "na", "na", "Asking about price matching is routine, so empathy is na; 'We don't price match, sorry' refuses without the rubric's phrases and without an alternative, so it is optional; the customer's overlap on the agent is not an agent interruption; 'on Monday' and 'Monday evening' are timed; no name is ever given."),
     turns=[
        ("A", "Hi, Reel Deal Tackle, Mikey here, what can I do for you?"),
        ("C", "Alright, I'm after one of the Korda twelve-foot carp rods, the three-pound test curve, and I wanted to know if you price match, because I've seen it a tenner cheaper online."),
        ("A", "Yeah.", {"at_start": 2.5, "tag": "bc"}),
        ("A", "We don't price match, sorry.", {"tag": "neg_opt"}),
        ("C", "Ah well, worth asking. I'll take it anyway, delivered if I can."),
        ("A", "So that's the twelve-foot Korda at the three-pound test curve, posted out to you rather than collected from the shop."),
        ("C", "Yeah, that's the one, spot on.", {"at_end": 0.7}),
        ("A", "Lovely. I'll get that posted out on Monday, and you'll have a tracking email on Monday evening."),
        ("C", "Sound."),
        ("A", "Anything else, mate?"),
        ("C", "No, that's me sorted."),
        ("A", "Tight lines, cheers for calling."),
     ])

call("h35-12-gym-treadmills-down", industry="gym equipment servicing", style=CLEAN, words=True,
     exercises="greeting completed in the agent's second turn within 20 s; two machines down and stressed customer; agent cut-in; empathy with name; paraphrase; hold asked with reason and thanked; timed engineer visit; offer without thanks",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "pass", "na", "The agent gives their name only when asked, but within the first few seconds, so the greeting passes; the model question cuts in while the customer is still explaining; 'tomorrow before midday' and 'on the day' are timed; the close offers more help but ends on 'Great.' with no thanks or goodbye."),
     turns=[
        ("A", "Good morning, Kinetic Service Solutions, how can I help?"),
        ("C", "Morning, sorry, who am I speaking to?"),
        ("A", "It's Rufus, on the service desk."),
        ("C", "Hi Rufus, it's Yusuf Demir at Flexzone Eastgate. Two of our treadmills have got slipping belts, they lurch when you speed up, and it's January so the place is rammed and I've had members complaining at the desk all morning, I'm at my wits' end."),
        ("A", "Are they both the Runmaster ones?", {"at_end": 1.0, "tag": "intr"}),
        ("C", "Yes, both Runmaster Pro, we've got six altogether."),
        ("A", "Oh dear, two down in January is the last thing you need, Yusuf. So two of the Runmaster Pros at Eastgate have slipping belts and you need an engineer out as soon as possible."),
        ("C", "That's it."),
        ("A", "Can I put you on hold for a minute while I check the engineers' routes for tomorrow?"),
        ("C", "Sure."),
        ("A", "Thanks for holding, Yusuf. An engineer will be with you tomorrow before midday, and he'll leave the job report with you on the day.", H),
        ("C", "Brilliant."),
        ("A", "Anything else I can help you with today?"),
        ("C", "No, that's all."),
        ("A", "Great."),
     ])

# ---------------------------------------------------------------------------
# 13-24: ASR style (lower case, no punctuation, fillers, numbers as words)
# ---------------------------------------------------------------------------

call("h35-13-asr-music-tutor-grade-five", industry="home tutoring for music exams", style=ASR, words=False,
     exercises="full greeting with filler; exam panic; empathy; paraphrase; timed tutor call; only the child's name appears; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "na_or_fail", "na", "na", "The parent never gives their own name; the agent uses the daughter's name (Isla), which is not the customer's, so personalization is na_or_fail; 'today' and 'by wednesday' are timed; 'anything else you wanted to ask' is an offer of further help."),
     turns=[
        ("A", "hi you're through to crescendo home tutors um this is fenella how can i help"),
        ("C", "hi um yeah my daughter isla's got her grade five piano in six weeks and her teacher's just moved to scotland and honestly i'm in a bit of a panic about it"),
        ("A", "oh that's really bad timing i can imagine you're worried"),
        ("C", "yeah she's been working so hard for it"),
        ("A", "so you're looking for a piano tutor who can come to the house and get isla ready for her grade five in the next six weeks"),
        ("C", "yes exactly we're in headingley"),
        ("A", "no problem at all we've got two piano tutors who cover headingley"),
        ("C", "oh brilliant how much is it"),
        ("A", "it's forty five pounds an hour and most families do one lesson a week"),
        ("C", "that's fine"),
        ("A", "i'll pass your details to one of them today and they'll ring you by wednesday to sort out the first lesson"),
        ("C", "lovely thank you"),
        ("A", "is there anything else you wanted to ask"),
        ("C", "no that's great"),
        ("A", "brilliant thanks for calling bye"),
     ])

call("h35-14-asr-knife-chipped-returned", industry="knife sharpening service", style=ASR, words=False,
     exercises="greeting with salutation and company only; chipped expensive knife; no empathy; bare 'i don't know'; refusal with no alternative; 'not my department'; no commitments; name not used; no close",
     labels=L("fail", "fail", "fail", "fail", "na", "fail", "na", "na", "Three negative turns: a bare 'i don't know what happened to it', 'we can't replace knives' with nothing offered, and 'that's not my department'; 'you'd have to email the workshop' is an instruction to the customer, not an agent commitment, so follow-up is na; the customer hangs up and the agent never closes."),
     turns=[
        ("A", "morning edgeworks sharpening"),
        ("C", "hi um yeah i sent my knives off to you last week and they've come back today and my gyuto the big japanese one has got a chip out of the edge that wasn't there before and it cost me over two hundred pounds"),
        ("A", "what's your order number"),
        ("C", "it's e w four four seven one and the name's rhodri vaughan"),
        ("A", "yeah it went back out to you on monday"),
        ("C", "okay but what about the chip how did that happen"),
        ("A", "i don't know what happened to it", {"tag": "neg"}),
        ("C", "well can you replace it or fix it"),
        ("A", "we can't replace knives", {"tag": "neg"}),
        ("C", "this is ridiculous who do i talk to then"),
        ("A", "that's not my department you'd have to email the workshop", {"tag": "neg"}),
        ("C", "brilliant thanks for nothing bye"),
     ])

call("h35-15-asr-minibus-school-trip", industry="minibus hire", style=ASR, words=False,
     exercises="full greeting; routine school trip booking; paraphrase; limit phrased as what is available; hold announced with reason and thanked; timed quote; name (title and surname) used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "pass", "na", "A wheelchair user in the group is a requirement, not a problem, so empathy is na; 'let me just check the diary' announces the silence with a reason and 'thanks for bearing with me' thanks her; the quote comes 'this afternoon'."),
     turns=[
        ("A", "good afternoon thank you for calling go together minibus hire my name's adebayo what can i do for you"),
        ("C", "hello i'm ringing from saint anne's primary i'm mrs okonkwo we're taking year five to the science museum on the third of march and we need a sixteen seater with a driver"),
        ("A", "lovely so you're after a sixteen seater with a driver to take the class to the science museum and back on the third of march"),
        ("C", "that's right and one of the children uses a wheelchair"),
        ("A", "the sixteen seater hasn't got a lift but our twelve seater accessible bus has so we could do one of each"),
        ("C", "oh that could work"),
        ("A", "let me just check the diary for the third"),
        ("A", "thanks for bearing with me mrs okonkwo both buses are free on the third", H),
        ("C", "great"),
        ("A", "i'll email the quote over this afternoon with the booking form attached"),
        ("C", "perfect"),
        ("A", "anything else i can help with"),
        ("C", "no that's everything thank you"),
        ("A", "lovely thanks for calling bye"),
     ])

call("h35-16-asr-pottery-cancel-hospital", industry="pottery studio classes", style=ASR, words=False,
     exercises="greeting without agent name; husband in hospital; generic 'sorry' only; paraphrase; limit with alternative; untimed credit note; name used; close with 'take care'",
     labels=L("fail", "pass", "fail", "pass", "fail", "pass", "na", "na", "'sorry what was your name' is generic politeness, not empathy for the husband's hospital stay; 'we can't refund… but i can put the full amount on a credit note' has an alternative; 'i'll email you the credit note' has no time; 'take care joanne' is taken as the goodbye."),
     turns=[
        ("A", "hello claybourne pottery how can i help"),
        ("C", "hi yeah um i'm booked on the six week wheel course that starts on tuesday but my husband's just been taken into hospital so i don't think i can do it now"),
        ("A", "sorry what was your name"),
        ("C", "joanne mcbride"),
        ("A", "thanks joanne so you want to cancel your place on the tuesday wheel course"),
        ("C", "yeah or get the money back somehow it was a hundred and twenty pounds"),
        ("A", "we can't refund with less than a week's notice but i can put the full amount on a credit note for the spring course"),
        ("C", "okay i suppose that's fine"),
        ("A", "i'll email you the credit note"),
        ("C", "okay"),
        ("A", "anything else"),
        ("C", "no"),
        ("A", "take care joanne"),
     ])

call("h35-17-asr-septic-tank-overflow", industry="septic tank emptying", style=ASR, words=False,
     exercises="full greeting with ASR-clipped salutation; overflowing tank stress; empathy; paraphrase; hold announced with reason, no thanks; timed tanker and call; 'you'll need to' (optional); name used; offer without thanks",
     labels=L("pass", "fail_or_pass", "pass", "pass", "pass", "pass", "fail", "na", "'ood morning' is 'good morning' clipped by the recogniser, so the greeting has all four parts; the hold has a reason but the agent resumes with 'right' and no thanks; 'by two o'clock today' and 'about twenty minutes before' are timed; the customer's 'cheers' is not the agent's thanks, so the close has only the offer."),
     turns=[
        ("A", "ood morning clearflow tank services you're speaking to bryn how can i help"),
        ("C", "morning um our septic tank's overflowing into the garden there's a horrible smell and the toilets are gurgling and we've got the grandkids coming tomorrow i'm at my wits end"),
        ("A", "oh no that's the last thing you want right before a visit"),
        ("C", "you're telling me"),
        ("A", "can i take your name and the address"),
        ("C", "it's gethin price low ridings farm l d two nine x y"),
        ("A", "right mr price so your tank's backing up into the garden and you need an emergency empty before the family arrive tomorrow"),
        ("C", "yes please"),
        ("A", "bear with me two ticks while i see where the tanker is"),
        ("A", "right he's just finishing a job in builth he'll be with you by two o'clock today and he'll give you a ring about twenty minutes before", H),
        ("C", "oh thank goodness"),
        ("A", "you'll need to make sure the lid's clear so he can get the hose on it", {"tag": "neg_opt"}),
        ("C", "yeah will do"),
        ("A", "anything else i can do for you mr price"),
        ("C", "no that's it cheers"),
     ])

call("h35-18-asr-powerchair-warm-transfer", industry="wheelchair repairs", style=ASR, words=False,
     exercises="full greeting with team; mother stuck indoors; empathy; paraphrase; transfer with destination and reason; caller's name used; ends in transfer",
     labels=L("pass", "na_or_fail", "pass", "pass", "na", "pass", "na", "pass", "The transfer says where (the engineers' desk) and why (they book home visits); 'i've flagged it as urgent' is already done, so there is no future commitment; the call ends in the transfer before any closing."),
     turns=[
        ("A", "hello mobility works repairs you're through to the service desk my name's karim how can i help you today"),
        ("C", "hi um it's about my mum's powerchair it just won't move at all since last night and she can't get out of it by herself so she's stuck in the front room and she's really upset"),
        ("A", "oh i'm really sorry to hear that that must be so hard for her and for you"),
        ("C", "it is yeah she's eighty four"),
        ("A", "can i take your name and your mum's details"),
        ("C", "i'm pam ellis and she's doreen ellis"),
        ("A", "and the address"),
        ("C", "forty two mill lane bradford"),
        ("A", "thanks pam so your mum's powerchair has stopped moving completely and she's stuck indoors until someone can fix it"),
        ("C", "yeah that's it how quickly can someone come out"),
        ("A", "the engineers' desk books the home visits so i'm going to put you through to them now and i've flagged it as urgent on the system"),
        ("C", "okay thank you"),
        ("A", "you're welcome pam putting you through now"),
     ])

call("h35-19-asr-astronomy-membership-renewal", industry="astronomy society events", style=ASR, words=False,
     exercises="greeting without agent name; routine renewal; 'just to confirm' on a detail only; hold asked with reason and thanked; polite 'i don't know if'; untimed membership card; name used; full close",
     labels=L("fail", "pass", "na", "fail", "fail", "pass", "pass", "na", "'just to confirm the postcode' reads back one detail, not the request; 'i don't know if you saw the newsletter' is the polite form; the hold has a reason and thanks; 'your new membership card will be posted out' has no time."),
     turns=[
        ("A", "evening hollowfield astronomical society how can i help"),
        ("C", "hi there i want to renew my membership it's run out and i wanted to come to the lecture on the twentieth"),
        ("A", "of course can i take your name"),
        ("C", "alistair gunn"),
        ("A", "just to confirm the postcode is h g four one r t"),
        ("C", "yep that's me"),
        ("A", "could i put you on hold for a sec while i pull up your membership record"),
        ("A", "thank you for holding alistair you were on the family membership last year shall i renew that one", H),
        ("C", "yes please the family one again"),
        ("A", "done and i don't know if you saw the newsletter but the lecture's on saturn's rings and it starts at half seven your new membership card will be posted out to you"),
        ("C", "fine"),
        ("A", "anything else alistair"),
        ("C", "no that's it"),
        ("A", "thanks for calling bye now"),
     ])

call("h35-20-asr-boat-hire-birthday-booking", industry="boat hire on the river", style=ASR, words=False,
     exercises="full greeting; routine birthday booking; paraphrase; bare 'no sorry' refusal; timed email and reminder; no customer name; offer without thanks",
     labels=L("pass", "fail_or_pass", "na", "pass", "pass", "na_or_fail", "na", "na", "'no sorry not on the day boats' refuses the dog with no alternative; 'in the next half hour' and 'the day before' are time expressions; the caller never gives a name; the close offers more help and ends on 'brilliant' with no thanks or goodbye."),
     turns=[
        ("A", "hello thanks for calling willowbank boat hire it's jess speaking how can i help"),
        ("C", "hiya um i'd like to book one of the electric day boats for my dad's seventieth it'll be eight of us on saturday the twelfth of june"),
        ("A", "oh lovely so you'd like an electric day boat for eight of you for the full day on saturday the twelfth of june"),
        ("C", "yeah that's it can we bring his dog as well"),
        ("A", "no sorry not on the day boats", {"tag": "neg"}),
        ("C", "oh okay never mind"),
        ("A", "that's eighty five pounds for the day and we take a twenty pound deposit to hold it"),
        ("C", "yeah that's fine"),
        ("A", "you'll get a confirmation email in the next half hour and a reminder text the day before"),
        ("C", "brilliant"),
        ("A", "is there anything else i can help with today"),
        ("C", "no that's all"),
        ("A", "brilliant"),
     ])

call("h35-21-asr-cake-class-cancelled", industry="cake decorating classes", style=ASR, words=False,
     exercises="full greeting; class cancelled without notice and fuming customer; 'i understand' as a lead-in, not empathy; paraphrase; refusal with no alternative; transfer to a named person with no reason; name not used; ends in transfer",
     labels=L("pass", "na_or_fail", "fail", "pass", "na", "fail", "na", "fail", "'okay so i understand you were booked…' introduces the restatement and is not empathy, and 'sorry can you say your surname again' is generic; 'we can't pay for petrol' refuses with nothing offered; 'let me put you through to sandra' says to whom but never why, so the transfer fails; the name is spelled but never used."),
     turns=[
        ("A", "hi sugarloaf cake school this is wen how can i help"),
        ("C", "hi yeah um my name's kirsty lomax i was booked on the sugar flowers class on saturday and i drove forty minutes to get there and there was just a note on the door saying it was cancelled and nobody rang me i'm absolutely fuming"),
        ("A", "sorry can you say your surname again"),
        ("C", "lomax l o m a x"),
        ("A", "okay so i understand you were booked on saturday's sugar flowers class it got cancelled that morning and nobody let you know"),
        ("C", "yes and i want my money back and something for my petrol"),
        ("A", "we can't pay for petrol", {"tag": "neg"}),
        ("C", "well what about the class fee then"),
        ("A", "let me put you through to sandra"),
        ("C", "who's sandra"),
        ("A", "she's just in the office putting you through now"),
        ("C", "right"),
     ])

call("h35-22-asr-mobile-valet-booking", industry="car valeting", style=ASR, words=False,
     exercises="full greeting; routine booking; 'i can't hear you' (not a refusal); customer-caused silence; detail read-back only; untimed text; name used; full close",
     labels=L("pass", "pass", "na", "fail", "fail", "pass", "na", "na", "'i can't hear you very well' is not a refusal; the long silence is the customer checking their diary, so hold is na; 'friday morning yeah' reads back one detail; 'we'll text you to confirm' has no time."),
     turns=[
        ("A", "good morning sparkle and shine mobile valeting you're speaking with luke what can i do for you"),
        ("C", "hi yeah i'd like to book a full valet for my car at work if you come out to offices"),
        ("A", "sorry i can't hear you very well you're breaking up a bit"),
        ("C", "is that better i said i want a full valet at my work"),
        ("A", "yeah that's better we do offices no problem what day were you thinking"),
        ("C", "hang on let me check my diary"),
        ("C", "right yeah friday would work", W),
        ("A", "friday morning yeah and what's the name"),
        ("C", "sanjay mistry"),
        ("A", "thanks sanjay we'll text you to confirm"),
        ("C", "okay lovely"),
        ("A", "anything else i can help with sanjay"),
        ("C", "no cheers"),
        ("A", "cheers sanjay have a good one bye"),
     ])

call("h35-23-asr-cheese-box-arrived-warm", industry="cheese shop mail order", style=ASR, words=False,
     exercises="full greeting with 'afternoon' and team; spoiled delivery; empathy; paraphrase; limit with alternative; timed refund; name used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "na", "na", "'we can't get a replacement to you before saturday but i can refund you in full' has an alternative; 'i've put the refund through' is done, and 'it'll show… in three to five working days' is timed."),
     turns=[
        ("A", "afternoon you're through to the curd and rind mail order team my name's bartek how can i help"),
        ("C", "hi um my cheese box arrived two days late and it had obviously been sitting in a warm depot the brie was all runny and the cheddar was sweating it was for my mum's party on saturday and it's ruined"),
        ("A", "oh no i'm so sorry that's really disappointing especially for a party"),
        ("C", "yeah i was gutted"),
        ("A", "can i take your name and the order number"),
        ("C", "helen moss c r nine nine one four"),
        ("A", "thanks helen so the box turned up two days late in a state you couldn't use and you'd like your money back"),
        ("C", "yes please"),
        ("A", "we can't get a replacement to you before saturday but i can refund you in full"),
        ("C", "okay that's fine"),
        ("A", "i've put the refund through now it'll show on your card in three to five working days"),
        ("C", "great thanks"),
        ("A", "anything else i can help you with helen"),
        ("C", "no that's all"),
        ("A", "thanks helen bye"),
     ])

call("h35-24-asr-memorial-garden-hours", industry="crematorium enquiries", style=ASR, words=False,
     exercises="greeting without an offer to help; routine opening-hours enquiry; factual no with alternative; no restatement; no commitments; late name used; full close",
     labels=L("fail", "pass", "na", "fail", "na", "pass", "na", "na", "A crematorium call, but the caller only asks about opening hours and raises no loss or problem, so empathy is na; 'no dogs aren't allowed… but there's a dog walking field' offers an alternative; opening times are facts, not commitments; the greeting has no offer to help."),
     turns=[
        ("A", "ashcombe crematorium and memorial gardens good morning it's gareth"),
        ("C", "oh hi i just wanted to check what time the memorial gardens open on sunday and whether the cafe's open as well"),
        ("A", "the gardens open at nine on sundays and the cafe's open ten till three"),
        ("C", "lovely and can i bring my dog"),
        ("A", "no dogs aren't allowed in the gardens but there's a dog walking field right next door you can use"),
        ("C", "oh that's good to know"),
        ("A", "and there's a free car park by the main gate if you're driving"),
        ("C", "great thank you my name's frank dunmore by the way i'm bringing the u three a walking group"),
        ("A", "you're very welcome mr dunmore is there anything else i can help with"),
        ("C", "no that's all thanks"),
        ("A", "lovely bye now"),
        ("C", "bye"),
     ])

# ---------------------------------------------------------------------------
# 25-36: clean punctuated text, no word timings
# ---------------------------------------------------------------------------

call("h35-25-ebike-battery-cold-transfer", industry="electric bike repairs", style=CLEAN, words=False,
     exercises="greeting without offer to help; battery fault and frustration; generic 'sorry'; 'not my department'; no paraphrase; cold transfer with no destination or reason; name not used; ends in transfer",
     labels=L("fail", "na_or_fail", "fail", "fail", "na", "fail", "na", "fail", "'Sorry, was that the 500…' is generic politeness, not empathy for the bus journeys; 'Batteries aren't really my department' is negative; 'Hang on, I'll put you through' says neither where nor why."),
     turns=[
        ("A", "Hello, Voltspoke Cycles, you're through to Alfie."),
        ("C", "Hi, Alfie. My e-bike battery won't charge at all since the weekend, the light on the charger just flashes red, and I bought it from you eight months ago, so I think it should be under warranty."),
        ("A", "Which model is it?"),
        ("C", "The Urban Glide 500. I'm Eamon Riley."),
        ("A", "Right."),
        ("C", "It's really frustrating, I've had to get the bus to work all week."),
        ("A", "Sorry, was that the 500 or the 500 Plus?"),
        ("C", "Just the 500."),
        ("A", "Batteries aren't really my department.", {"tag": "neg"}),
        ("C", "Okay... so who do I need to speak to?"),
        ("A", "Hang on, I'll put you through."),
        ("C", "Right, thanks."),
     ])

call("h35-26-fabric-velvet-order-hold", industry="fabric shop orders", style=CLEAN, words=False,
     exercises="full greeting; routine order; one-word read-back only; factual no; hold asked with reason and thanked; timed dispatch; name used; full close",
     labels=L("pass", "pass", "na", "fail", "pass", "pass", "pass", "na", "'Emerald, lovely' picks up one detail and the agent never restates the order; 'No, there's no minimum' answers a question; the hold is asked with a reason and thanked; 'tomorrow' and 'early next week' are timed."),
     turns=[
        ("A", "Good afternoon, Bobbin and Weft, Cormac speaking, how can I help you?"),
        ("C", "Hi, I'd like to order six metres of the emerald cotton velvet, in one length if possible because it's for a sofa, and could you put in a sample of the rust colour as well?"),
        ("A", "Emerald, lovely."),
        ("C", "Is there a minimum order for samples?"),
        ("A", "No, there's no minimum, samples are free."),
        ("C", "Great."),
        ("A", "Let me just check we've got six metres in one piece on the roll. Would you mind holding for a moment?"),
        ("C", "No problem."),
        ("A", "Thank you for waiting. Yes, we've got seven metres on the roll, so that's fine. Can I take your name?", H),
        ("C", "Agnieszka Wolny."),
        ("A", "Thanks, Agnieszka. The velvet goes out tomorrow by second-class post with the sample in the same parcel, so you should have both early next week."),
        ("C", "Perfect."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No, that's all."),
        ("A", "Thanks for your order, Agnieszka, goodbye."),
     ])

call("h35-27-family-history-report-errors", industry="family history research service", style=CLEAN, words=False,
     exercises="full greeting, salutation after company; late and wrong report; unannounced working silence; empathy; paraphrase; timed re-check and corrected report; title and surname used; full close",
     labels=L("pass", "pass", "pass", "pass", "pass", "pass", "fail", "na", "The agent goes silent for over 10 s while finding the file with no announcement and no thanks, so the hold fails; the empathy comes after the silence but still after the complaint; 'this week' and 'within ten working days' are timed."),
     turns=[
        ("A", "Roots and Records, good morning, Priscilla here, how can I help?"),
        ("C", "Good morning. I'm Mrs Abiola, I commissioned a report on my mother's family in the summer. It came three weeks late, and when it did come it had my great-grandmother under the wrong maiden name, so half the tree is someone else's family. I'm really disappointed."),
        ("A", "Can I have your reference number?"),
        ("C", "It's RR 2087."),
        ("A", "Right, I've got your file up.", H),
        ("A", "I'm sorry the report wasn't what you'd hoped for, that's really disappointing after waiting so long."),
        ("C", "It is. I paid two hundred and fifty pounds for it."),
        ("A", "So the report came late and it's got your great-grandmother under the wrong maiden name, which throws that whole branch out, and you'd like it corrected."),
        ("C", "Yes, and properly checked this time."),
        ("A", "Doctor Hale, who wrote it, will go back to the parish registers this week, and we'll send you a corrected report within ten working days, Mrs Abiola."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can help with today?"),
        ("C", "No, that's it."),
        ("A", "Thank you for calling, goodbye."),
     ])

call("h35-28-farm-cottage-half-term-dogs", industry="farm holiday lets", style=CLEAN, words=False,
     exercises="greeting completed in the agent's second turn; routine availability; paraphrase; limit with alternative; 'you have to pay the deposit' (optional); untimed booking form; name not used; full close",
     labels=L("pass", "pass", "na", "pass", "fail", "fail", "na", "na", "The name and offer come in the agent's second turn a few seconds in, so the greeting passes; 'We can't take two dogs in the Granary, but the Old Dairy…' has an alternative; 'You have to pay the deposit within three days' states a booking condition rather than a demand, so it is optional; 'I'll email you the booking form' has no time; Fraser's name is never used."),
     turns=[
        ("A", "Hello, Hawthorn Farm Cottages."),
        ("C", "Hi, is that the booking line?"),
        ("A", "It is, yes, I'm Nell, what can I do for you?"),
        ("C", "We're looking for somewhere for the October half-term week, four adults and our two spaniels. My name's Fraser Quinn."),
        ("A", "So you're after a cottage for four adults and two dogs for the whole of half-term week in October."),
        ("C", "That's right. The Granary looked nice on the website."),
        ("A", "We can't take two dogs in the Granary, but the Old Dairy takes up to two and it's free that week."),
        ("C", "Oh, the Dairy would be fine."),
        ("A", "Lovely, I've pencilled it in. You have to pay the deposit within three days to secure it.", {"tag": "neg_opt"}),
        ("C", "That's fine."),
        ("A", "I'll email you the booking form with the payment link."),
        ("C", "Great."),
        ("A", "Anything else you'd like to know?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, bye."),
     ])

call("h35-29-tackle-rod-arrived-snapped", industry="fishing tackle shop", style=CLEAN, words=False,
     exercises="full greeting; rod broken in transit before a trip; empathy; paraphrase; hold announced with reason but 'sorry about that' instead of thanks; one timed and one untimed commitment; name used; full close with 'cheers'",
     labels=L("pass", "pass", "pass", "pass", "fail", "pass", "fail", "na", "The hold has a reason but the agent comes back with 'Sorry about that', not thanks; the replacement goes 'today' but 'our courier will collect the broken one' has no time, so follow-up fails; 'Cheers, Stan' is the thanks in the close."),
     turns=[
        ("A", "Morning, Reel Deal Tackle, it's Dot, how can I help?"),
        ("C", "Hi, I ordered a feeder rod from you and it's turned up this morning snapped clean through the middle section, the tube's all crushed. I'm going to the Wye on Saturday and I was really looking forward to trying it."),
        ("A", "Oh no, right before your trip as well, that's gutting."),
        ("C", "It is. It's Stan Petrakis, order RD 4410."),
        ("A", "Thanks, Stan. So the rod's arrived broken and you need a replacement in your hands before Saturday."),
        ("C", "That's it."),
        ("A", "Give me two minutes to check the stockroom, I'll put you on hold."),
        ("A", "Sorry about that. We've got one left in the twelve-foot.", H),
        ("C", "Oh, great."),
        ("A", "I'll send it out today on next-day delivery, so you'll have it Friday, and our courier will collect the broken one from you."),
        ("C", "No worries, I'll leave it in the porch."),
        ("A", "Anything else?"),
        ("C", "No, that's sorted."),
        ("A", "Cheers, Stan, tight lines."),
     ])

call("h35-30-gym-service-contract-warm-transfer", industry="gym equipment servicing", style=CLEAN, words=False,
     exercises="full greeting; routine contract quote; paraphrase; warm transfer to a named colleague with reason; full close before the transfer; name used; no commitments",
     labels=L("pass", "pass", "na", "pass", "na", "pass", "na", "pass", "The agent offers more help and thanks the customer before putting her through, so the close passes although the call ends in a transfer; the transfer names Harvey in the contracts team and why; 'I've already passed on your details' is done, so follow-up is na."),
     turns=[
        ("A", "Hi there, Kinetic Service Solutions, you're through to Maddie, how can I help today?"),
        ("C", "Hello, I'm opening a new studio in March with about forty machines, treadmills, bikes, rowers, and I'd like a quote for an annual service contract."),
        ("A", "Congratulations on the new studio! Can I take your name?"),
        ("C", "Leona Marsh, from Core and Cadence."),
        ("A", "Thanks, Leona. So you'd like a price for a yearly service contract covering around forty machines at the new studio from March."),
        ("C", "Exactly."),
        ("A", "Our contracts team price multi-machine plans, so the best person is Harvey there. I'll put you through to him, and I've already passed on your details."),
        ("C", "Great, thanks."),
        ("A", "Before I do, is there anything else I can help you with?"),
        ("C", "No, that's everything."),
        ("A", "Thanks for calling, Leona, putting you through to Harvey now."),
        ("C", "Thank you."),
     ])

call("h35-31-tutoring-missed-lessons-complaint", industry="home tutoring for music exams", style=CLEAN, words=False,
     exercises="greeting with company and salutation only; missed lessons and failed exam, angry parent; no empathy; 'there's nothing I can do'; limit with alternative; one timed and one untimed commitment; only the child's name used; offer without thanks",
     labels=L("fail", "fail_or_pass", "fail", "fail", "fail", "fail", "na", "na", "'Okay' and 'Sorry, you said the tutor was…' are not empathy; 'There's nothing I can do about the exam result' is negative, while 'We can't refund… but the three lessons Theo missed I can refund' has an alternative; the refund is timed but 'I'll raise it with our tutor manager' is not; the agent uses the son's name, never Mrs Delacroix's."),
     turns=[
        ("A", "Crescendo Home Tutors, good afternoon."),
        ("C", "Hello. I'm calling about my son Theo's violin lessons. His tutor, Mr Vance, missed three of the last five lessons without any warning, and Theo failed his grade three on Saturday. I'm Mrs Delacroix. I'm honestly so angry."),
        ("A", "Okay."),
        ("C", "He was in tears. We paid for ten lessons."),
        ("A", "Sorry, you said the tutor was Mr Vance?"),
        ("C", "Yes."),
        ("A", "There's nothing I can do about the exam result.", {"tag": "neg"}),
        ("C", "I'm not asking you to change the result, I want to know what you're going to do."),
        ("A", "We can't refund the lessons that did go ahead, but the three lessons Theo missed I can refund in full, and that'll be back on your card within five days."),
        ("C", "And what about Mr Vance?"),
        ("A", "I'll raise it with our tutor manager."),
        ("C", "Theo needs a new tutor for his resit as well."),
        ("A", "Is there anything else?"),
        ("C", "No."),
        ("A", "Okay then."),
     ])

call("h35-32-knife-restaurant-weekly-collection", industry="knife sharpening service", style=CLEAN, words=False,
     exercises="full greeting; routine restaurant contract; paraphrase; factual no; 'you'll need to' (optional); two timed commitments; name used; full close",
     labels=L("pass", "pass", "na", "pass", "pass", "pass", "na", "na", "'No, we don't charge for collection' answers a question; 'You'll need to have them in a knife roll' is a neutral instruction (optional); 'next Monday before ten' and 'today' are timed."),
     turns=[
        ("A", "Good morning, thanks for calling Keen Edge, I'm Wilf, what can I do for you?"),
        ("C", "Hi, Wilf, I'm head chef at Saffron Yard on the high street. We've got about twenty knives and I'd like them sharpened every week, ideally collected on a Monday."),
        ("A", "So you'd like us to pick up your twenty kitchen knives every Monday, sharpen them, and have them back with you in time for service on Tuesday."),
        ("C", "Perfect, yes. Is there a charge for collection?"),
        ("A", "No, we don't charge for collection within the city."),
        ("C", "Great. And do they need packing a certain way?"),
        ("A", "You'll need to have them in a knife roll or the box we give you, so the edges don't get damaged.", {"tag": "neg_opt"}),
        ("C", "We've got rolls, that's fine."),
        ("A", "Can I take your name for the account?"),
        ("C", "Anita Rao."),
        ("A", "Lovely, Anita. Our driver will collect the first batch next Monday before ten, and I'll email you the contract today."),
        ("C", "Brilliant."),
        ("A", "Anything else I can help with?"),
        ("C", "No, that's it."),
        ("A", "Thank you, Anita, bye for now."),
     ])

call("h35-33-minibus-breakdown-complaint", industry="minibus hire", style=CLEAN, words=False,
     exercises="greeting without agent name; breakdown with children stranded; long empathy with name; paraphrase; 'unable to' with alternative; timed manager call and write-up; full close",
     labels=L("fail", "pass", "pass", "pass", "pass", "pass", "na", "na", "The agent never gives a name, so the greeting fails; 'I'm unable to authorise refunds myself, but I'll pass it to our operations manager' offers an alternative in the same breath; 'today', 'by Thursday' and 'this afternoon' are all timed; 'sorry again about Saturday' sits beside a goodbye."),
     turns=[
        ("A", "Hello, Go Together Minibus Hire, how can I help?"),
        ("C", "Hi, I'm Gail Henshaw from Brightside Youth Club. We hired one of your minibuses with a driver on Saturday, and it broke down on the way back from Alton Towers. The replacement took three hours to come, and I had fourteen tired kids at a service station and parents ringing me non-stop. It was a nightmare."),
        ("A", "That must have been a really stressful evening, Gail, with a bus full of children and parents worrying at home."),
        ("C", "It was. I want a refund for the day."),
        ("A", "So the bus broke down on the way back from Alton Towers, you waited three hours for a replacement, and you'd like your money back for the hire."),
        ("C", "Yes."),
        ("A", "I'm unable to authorise refunds myself, but I'll pass it to our operations manager, Lorna Finch, today, and she'll call you by Thursday."),
        ("C", "Okay. Will she know the whole story?"),
        ("A", "Yes, I'll write it all up for her before I finish this afternoon."),
        ("C", "Thank you."),
        ("A", "Is there anything else I can do for you, Gail?"),
        ("C", "No, that's all."),
        ("A", "Thank you for calling, and sorry again about Saturday. Goodbye."),
     ])

call("h35-34-pottery-gift-voucher", industry="pottery studio classes", style=CLEAN, words=False,
     exercises="full greeting; routine voucher purchase; detail echo; customer-caused silence; customer restates, agent only agrees; timed post; no customer name; full close",
     labels=L("pass", "pass", "na", "fail", "pass", "na_or_fail", "na", "na", "The long silence is the customer fetching her purse, so hold is na; the customer does the restating ('So just to confirm…') and the agent only says 'That's right', and 'The taster session?' echoes one detail, so paraphrase fails; 'tomorrow's post' and 'by Thursday' are timed; no name is given."),
     turns=[
        ("A", "Hi, Claybourne Pottery Studio, Bea speaking, how can I help?"),
        ("C", "Hello, I'd like to buy a gift voucher for the taster session, for my partner's birthday."),
        ("A", "The taster session?"),
        ("C", "Yes, the two-hour one on the wheel. Can I pay by card now?"),
        ("A", "No problem. It's sixty pounds."),
        ("C", "Hang on, let me get my purse."),
        ("C", "Right, got it.", W),
        ("A", "Go ahead with the long number whenever you're ready."),
        ("C", "Done. So just to confirm, that's a sixty-pound taster voucher posted to me, not to him."),
        ("A", "That's right."),
        ("A", "It'll go in tomorrow's post, so it should be with you by Thursday."),
        ("C", "Lovely."),
        ("A", "Anything else I can do for you?"),
        ("C", "No, that's it."),
        ("A", "Thanks ever so much, bye."),
     ])

call("h35-35-septic-spill-on-drive", industry="septic tank emptying", style=CLEAN, words=False,
     exercises="greeting that asks for the address instead of offering help; spillage complaint; empathy with name; paraphrase; hold asked with reason and thanked; vague 'as soon as we can'; full close",
     labels=L("fail", "pass", "pass", "pass", "fail", "pass", "pass", "na", "Asking for the address is not an offer to help, so the greeting fails; the crew commitment is only ever timed as 'as soon as we can', which says no when, so follow-up fails; the hold is asked with a reason and thanked."),
     turns=[
        ("A", "Good afternoon, ClearFlow Tank Services, my name is Hywel, what's the address, please?"),
        ("C", "It's Brook Cottage, Pennal. I'm Dilys Harcourt. Your driver emptied our tank on Monday and spilled waste all down the drive, and then just drove off without cleaning it up. It stinks, and my grandchildren can't play outside."),
        ("A", "I'm sorry to hear that, Mrs Harcourt, that's not acceptable."),
        ("C", "No, it isn't."),
        ("A", "So when the tank was emptied on Monday, the driver spilled waste on your drive and left it, and you want it properly cleaned up."),
        ("C", "Yes, and soon."),
        ("A", "Can I put you on hold briefly while I speak to the depot?"),
        ("C", "Go on."),
        ("A", "Thanks for holding, Mrs Harcourt. I'll get a crew out to jet-wash the drive.", H),
        ("C", "When?"),
        ("A", "As soon as we can."),
        ("C", "That's not really an answer."),
        ("A", "Is there anything else I can help with?"),
        ("C", "No."),
        ("A", "Thanks, bye."),
     ])

call("h35-36-wheelchair-flat-tyre-home-visit", industry="wheelchair repairs", style=CLEAN, words=False,
     exercises="full greeting; flat tyre and appointment worry; no empathy; detail echo only; mid-call 'anything else'; spelling read-back of the surname only; timed technician visit; no close at the end",
     labels=L("pass", "fail", "fail", "fail", "pass", "fail", "na", "na", "'Right, that happens a lot in winter' does not acknowledge her worry; 'The rear tyre?' echoes one detail; the only 'anything else' comes mid-call and the call ends on 'Right, that's booked', so closing fails; spelling the surname back is confirming data, not addressing her by name; 'Wednesday morning' and 'half an hour before' are timed."),
     turns=[
        ("A", "Good morning, Mobility Works, Karim speaking, how can I help?"),
        ("C", "Hi, the back tyre on my wheelchair has gone flat and I can't get out of the house. I've got a hospital appointment on Friday and I'm worried I won't make it."),
        ("A", "Right, that happens a lot in winter. Is it the pneumatic tyre or the solid one?"),
        ("C", "The pneumatic, I think. It's a Karma Ergo."),
        ("A", "The rear tyre?"),
        ("C", "Yes, the left back one."),
        ("A", "Is there anything else I can help with while I've got you?"),
        ("C", "Actually, yes, the right brake's a bit loose too."),
        ("A", "Can I take your surname?"),
        ("C", "It's Abara, Ruth Abara."),
        ("A", "Let me confirm, that's Abara, A-B-A-R-A?"),
        ("C", "That's right."),
        ("A", "A technician will come out on Wednesday morning to do the tyre and the brake, and he'll ring you half an hour before he arrives."),
        ("C", "Oh, that's good, thank you."),
        ("A", "Right, that's booked."),
     ])

JUDGEMENT_CALLS = [f"`{c['call_id']}`: {c['labels']['notes']}" for c in CALLS]


def write_readme(built, all_labels) -> None:
    m = make_up(built)
    lines = [
        f"# holdout35: {m.n_calls} written contact-centre calls, labelled blind",
        "",
        "- **Written and labelled by:** a blind-labelling helper session working only from `/work/shared/RUBRIC.md`",
        "  (plus `docs/call-format.md`, `tests/data/holdout_kit.py` and the structure of one earlier holdout generator).",
        "  No detector, scorer or `qa-service` was run on these calls.",
    ]
    lines += readme_files_and_checks("holdout35", when="2026-12-06")
    lines += ["## Make-up", "",
              f"{m.n_calls} calls, {m.min_utterances}-{m.max_utterances} utterances each, across {len(m.industries)} industries: "
              + ", ".join(m.industries) + ".",
              f"{m.n_word_timed} carry word timings with overlaps; {m.n_asr} are ASR-style; the rest clean punctuated text.", ""]
    lines += readme_tail(built, all_labels, JUDGEMENT_CALLS)
    write_lines(README_PATH, lines)


def main() -> None:
    check_make_up(CALLS, n_calls=N_CALLS, n_word_timed=N_WORD_TIMED, n_asr=N_ASR)
    built, all_labels = write_set(CALLS, out_dir=OUT_DIR, labels_path=LABELS_PATH, call_prefix="h35", seed_base=3500,
                                  min_utterances=MIN_UTTERANCES, max_utterances=MAX_UTTERANCES)
    write_readme(built, all_labels)
    print(f"wrote {len(CALLS)} calls to {OUT_DIR}")


if __name__ == "__main__":
    main()
