"""Writes the hand-made hard cases in tests/data/hard/ and their labels into
tests/data/labels.json (run it after editing a case: python tests/data/make_hard_cases.py)."""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard")
GREET = ("agent", "hello thank you for calling harper valley bank my name is sam how can i help you today")
CLOSE = [("agent", "is there anything else i can help you with today"), ("customer", "no that's all thanks"),
         ("agent", "thank you for calling have a great day")]
C = ["greeting", "negative_language", "closing", "interruptions", "empathy", "paraphrase", "follow_up",
     "personalization", "hold_etiquette", "transfer"]
labels = {}


def build(name, turns, lab, *, speech=None, customer=None, words=False, greet=True, close=True):
    """turns: (speaker, text) timed at 0.3 s a word, or (speaker, start, end, text[, words]).
    ``lab`` overrides the default labels (below) for this call."""
    t = 1.0
    utts = []
    seq = ([GREET] if greet else []) + turns + (CLOSE if close else [])
    for turn in seq:
        if len(turn) == 2:
            spk, text = turn
            dur = round(0.3 * len(text.split()) + 0.3, 2)
            s, e = t, t + dur
        else:
            spk, s, e, text = turn[:4]
        u = {"speaker": spk, "start": round(s, 2), "end": round(e, 2), "text": text}
        if len(turn) == 5:  # explicit word timings: [(word, start, end), ...]
            u["words"] = [{"text": w, "start": ws, "end": we} for w, ws, we in turn[4]]
        elif words:
            ws = text.split()
            step = (e - s) / len(ws)
            u["words"] = [{"text": w, "start": round(s + k * step, 3), "end": round(s + (k + 1) * step - 0.02, 3)}
                          for k, w in enumerate(ws)]
        if speech is not None and len(turn) == 2:
            speech.setdefault(spk, []).append([round(s, 2), round(e, 2)])
        utts.append(u)
        t = max(t, e) + 0.8
    call = {"call_id": name, "utterances": utts}
    if customer:
        call["customer"] = {"name": customer}
    if speech:
        call["speech"] = {k: sorted(v) for k, v in speech.items()}
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(call, f, indent=1)
    # the opening and closing added above pass; the customer's name is unknown unless a case says so
    full = dict(greeting="pass", negative_language="pass", closing="pass", interruptions="pass", empathy="na",
                paraphrase="fail", follow_up="na", personalization="na", hold_etiquette="na", transfer="na")
    full.update(lab)
    labels["hard/" + name + ".json"] = {c: full[c] for c in C}
    return utts


# --- interruptions -------------------------------------------------------------
# real interruption from speech intervals: agent takes the floor while the customer keeps talking
build("interrupt-speech-real", [
    ("customer", 7.0, 19.0, "hi i'm calling because my online banking keeps locking me out every time i try to log in and i already reset the password twice this week"),
    ("agent", 12.5, 15.5, "what's your account number"),
    ("agent", 20.0, 24.0, "okay i have unlocked your online banking you can log in now"),
], dict(interruptions="fail", empathy="fail"), speech={
    "customer": [[7.0, 11.0], [11.3, 19.0]],
    "agent": [[12.5, 15.5], [20.0, 24.0]],
})
# backchannels over the customer's speech are active listening, not interruptions
build("interrupt-backchannels", [
    ("customer", 7.0, 22.0, "so last tuesday i went to the branch to deposit a check and the teller told me it would clear the next day but it still has not shown up in my checking account"),
    ("agent", 10.0, 10.7, "mm-hmm"),
    ("agent", 14.0, 14.8, "uh-huh"),
    ("agent", 17.5, 18.3, "i see"),
    ("agent", 20.0, 20.7, "right"),
    ("agent", 23.0, 28.0, "i found the deposit and it is now showing in your checking account"),
], dict(empathy="fail"), speech={
    "customer": [[7.0, 22.0]],
    "agent": [[10.0, 10.7], [14.0, 14.8], [17.5, 18.3], [20.0, 20.7], [23.0, 28.0]],
})
# the agent starts as the customer finishes their sentence: terminal overlap
build("interrupt-terminal-overlap", [
    ("customer", 7.0, 12.0, "i would like to check the balance on my savings account please"),
    ("agent", 11.3, 15.0, "sure your savings account balance is two hundred dollars"),
], dict(), speech={"customer": [[7.0, 12.0]], "agent": [[11.3, 15.0]]})
# word timings only: the agent speaks in a pause inside the customer's utterance
build("interrupt-words-pause", [
    ("customer", 7.0, 17.0, "my card number is four four one two and the expiry date is june",
     [("my", 7.0, 7.3), ("card", 7.3, 7.7), ("number", 7.7, 8.2), ("is", 8.2, 8.5), ("four", 9.0, 9.4),
      ("four", 9.6, 10.0), ("one", 10.3, 10.7), ("two", 10.9, 11.3), ("and", 12.8, 13.1), ("the", 13.1, 13.3),
      ("expiry", 13.3, 13.9), ("date", 13.9, 14.3), ("is", 14.3, 14.6), ("june", 16.5, 17.0)]),
    ("agent", 11.5, 12.5, "go ahead"),
], dict(), words=True)
# word timings only: the agent talks over the customer's continuous words
build("interrupt-words-real", [
    ("customer", 7.0, 15.0, "i want to know why my mortgage payment went up by two hundred dollars this month"),
    ("agent", 10.0, 12.5, "let me pull up your account"),
    ("agent", 16.0, 21.0, "your payment went up because your property tax went up"),
], dict(interruptions="fail"), words=True)
# utterance spans only: the agent talks over the customer's sentence twice
build("interrupt-spans-real", [
    ("customer", 7.0, 16.0, "i need to dispute a charge from a hotel in denver because i never stayed there and i have the cancellation email"),
    ("agent", 9.0, 12.0, "what is the amount of the charge"),
    ("customer", 17.0, 22.0, "it was four hundred dollars and i called the hotel already"),
    ("agent", 18.0, 21.0, "okay which card was it on"),
    ("customer", 23.0, 24.0, "my debit card"),
    ("agent", 25.0, 30.0, "so just to confirm the four hundred dollar hotel charge on your debit card is the one you want to dispute"),
], dict(interruptions="fail", paraphrase="pass", empathy="fail"))
# the customer talks over the agent; the agent never interrupts
build("interrupt-customer-only", [
    ("customer", 7.0, 9.0, "i need to order new checks"),
    ("agent", 10.0, 16.0, "i can help with that can you confirm the mailing address on your account please"),
    ("customer", 12.0, 15.0, "it's two twelve oak street"),
    ("agent", 17.0, 21.0, "two twelve oak street got it your new checks are on their way"),
], dict(paraphrase="pass"), speech={
    "customer": [[7.0, 9.0], [12.0, 15.0]],
    "agent": [[10.0, 16.0], [17.0, 21.0]],
})

# --- empathy ---------------------------------------------------------------------
build("empathy-acknowledged", [
    ("customer", "hi my name is mary smith i was charged twice for the same purchase and i'm really frustrated"),
    ("agent", "i'm so sorry to hear that mary i understand how frustrating that must be"),
    ("agent", "let me look into that for you"),
    ("customer", "thank you"),
    ("agent", "i have refunded the second charge and you will see it back in your account within three business days"),
], dict(empathy="pass", follow_up="pass", personalization="pass"))
build("empathy-generic-sorry", [
    ("customer", "hi my card was stolen yesterday and someone used it at a gas station"),
    ("agent", "sorry could you repeat your account number"),
    ("customer", "it's four four five one two"),
    ("agent", "okay i have blocked the card and ordered a new one"),
], dict(empathy="fail"))
build("empathy-none-needed", [
    ("customer", "hi i'd like to know your branch hours on saturday"),
    ("agent", "no problem our branches are open from nine to one on saturdays"),
    ("customer", "great thank you"),
], dict())
build("negative-bare-no-refusal", [
    ("customer", "can you waive the late fee on my credit card i'm really upset about it"),
    ("agent", "no"),
    ("customer", "okay"),
], dict(empathy="fail", negative_language="fail"))

# --- follow-up commitments -------------------------------------------------------
build("followup-with-time", [
    ("customer", "i'd like a replacement debit card mine is getting worn out"),
    ("agent", "i'll send you a replacement card today and you'll get an email with the tracking number within 24 hours"),
    ("agent", "you should receive the card in three to five business days"),
], dict(follow_up="pass", empathy="na"))
build("followup-no-time", [
    ("customer", "i think there's a mistake on my mortgage statement the interest is higher than it should be"),
    ("agent", "i will call you back once i hear from the mortgage team"),
], dict(follow_up="fail", empathy="fail"))
build("followup-mixed", [
    ("customer", "i need a copy of my last three statements and a letter confirming my account"),
    ("agent", "i'll email you the statements by friday"),
    ("agent", "and we will send you the confirmation letter"),
], dict(follow_up="fail"))

# --- paraphrase ------------------------------------------------------------------
build("paraphrase-cue", [
    ("customer", "hi my name is mary smith i moved to a new apartment last month and my statements are still going to my old address"),
    ("agent", "so if i understand correctly your statements are still being mailed to your old address since you moved last month"),
    ("customer", "yes exactly"),
    ("agent", "thanks mary i have updated the address"),
], dict(paraphrase="pass", personalization="pass"))
build("paraphrase-none", [
    ("customer", "i want to cancel the scheduled payment to the electric company for next week"),
    ("agent", "what's your account number"),
    ("customer", "five five two one"),
    ("agent", "okay that's done"),
], dict(paraphrase="fail"))

# --- personalization -------------------------------------------------------------
build("personalization-known-name", [
    ("customer", "hi i want to activate my new card"),
    ("agent", "of course ms whitfield your card is now active"),
], dict(personalization="pass"), customer="Dana Whitfield")
build("personalization-self-intro", [
    ("customer", "hey this is john i need to check my balance"),
    ("agent", "okay john your checking account balance is three hundred dollars"),
], dict(personalization="pass"))

build("personalization-name-unused", [
    ("customer", "i'm locked out of the mobile app"),
    ("agent", "i'm sorry about that i have unlocked the app for you"),
], dict(personalization="fail", empathy="pass"), customer="Carlos Diaz")
build("personalization-not-a-name", [
    ("customer", "i'm really frustrated this is ridiculous my statement is wrong again"),
    ("agent", "i understand how frustrating that is let me fix the statement"),
], dict(empathy="pass"))

# --- holds -----------------------------------------------------------------------
build("hold-permission-thanks", [
    ("customer", 7.0, 11.0, "i'd like to know what the charge from bright mart on my account is for"),
    ("agent", 12.0, 16.0, "may i place you on a brief hold while i check your recent transactions"),
    ("customer", 16.5, 17.0, "sure"),
    ("agent", 55.0, 58.0, "thank you for holding the charge is from your online grocery order"),
    ("customer", 59.0, 61.0, "oh right that makes sense"),
], dict(hold_etiquette="pass", empathy="na"))
build("hold-no-reason-no-thanks", [
    ("customer", 7.0, 10.0, "what's the interest rate on my savings account"),
    ("agent", 11.0, 12.0, "hold on"),
    ("agent", 40.0, 43.0, "okay so the rate is two percent"),
], dict(hold_etiquette="fail"))
build("hold-customer-caused", [
    ("agent", 7.0, 9.0, "can i have your card number please"),
    ("customer", 10.0, 12.5, "hold on let me find my wallet"),
    ("customer", 32.0, 35.0, "okay it's four four one two"),
    ("agent", 36.0, 39.0, "thanks your card is now unlocked"),
], dict(hold_etiquette="na"))
build("hold-let-me-check", [
    ("customer", 7.0, 10.0, "when is my next loan payment due"),
    ("agent", 11.0, 13.5, "let me check that for you one moment"),
    ("agent", 27.0, 31.0, "thanks for waiting your next payment is due on the fifteenth"),
], dict(hold_etiquette="pass"))
build("hold-long-silence", [
    ("customer", 7.0, 10.0, "i'd like to close my savings account"),
    ("agent", 24.0, 27.0, "okay your savings account is closed"),
], dict(hold_etiquette="fail"))

# --- transfers -------------------------------------------------------------------
build("transfer-warm", [
    ("customer", "someone opened a credit card in my name i think it's identity theft"),
    ("agent", "i'm so sorry to hear that that must be really worrying"),
    ("agent", "i'm going to transfer you to our fraud department because they handle identity theft and can freeze the account"),
], dict(transfer="pass", empathy="pass", closing="fail"), close=False)
build("transfer-cold", [
    ("customer", "i have a question about my car loan"),
    ("agent", "let me transfer you"),
], dict(transfer="fail", closing="fail"), close=False)
build("transfer-where-no-why", [
    ("customer", "i need help with my business account"),
    ("agent", "i'll transfer you to the business banking team"),
], dict(transfer="fail", closing="fail"), close=False)
build("transfer-money-only", [
    ("customer", "i want to transfer two hundred dollars from savings to checking"),
    ("agent", "done two hundred dollars has been transferred from savings to checking"),
], dict())
# merge into labels.json, replacing the hard cases' labels and keeping the others
path = os.path.join(os.path.dirname(OUT), "labels.json")
merged = {k: v for k, v in json.load(open(path)).items() if not k.startswith("hard/")} if os.path.exists(path) else {}
merged.update(labels)
json.dump(dict(sorted(merged.items())), open(path, "w"), indent=1)
print(len(labels), "hard cases;", len(merged), "labelled calls")
