"""Writes holdout5/: ten calls written and labelled by the lead before the
greeting, negative-language and closing detectors were run on them (after the
fixes prompted by holdout1-4), to measure those three honestly. Every call is
labelled for all ten criteria. Run: python tests/data/make_holdout5.py"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout5"

# (name, customer name or None, turns, labels); each turn lasts 0.35 s per word, 0.6 s gaps
CALLS = [
    ("greet-good-morning-full", None, [
        ("agent", "Good morning and thank you for calling Bluewater Insurance, my name is Hannah, how may I help you today?"),
        ("customer", "Hi Hannah, I'd like to add my son to my car insurance."),
        ("agent", "So you'd like to add your son as a driver on your car insurance, is that right?"),
        ("customer", "Yes, that's right."),
        ("agent", "Done, he's covered from today. Is there anything else I can help you with?"),
        ("customer", "No, that's everything."),
        ("agent", "Thank you for calling Bluewater, have a lovely day."),
    ], {"greeting": "pass", "negative_language": "pass", "closing": "pass", "interruptions": "pass",
        "empathy": "na", "paraphrase": "pass", "follow_up": "na", "personalization": "na",
        "hold_etiquette": "na", "transfer": "na"}),
    ("greet-no-name", None, [
        ("agent", "Hello, Citrine Mobile, how can I help?"),
        ("customer", "I want to change my plan to the unlimited one."),
        ("agent", "Sure, so you want to switch to the unlimited plan."),
        ("customer", "Yes please."),
        ("agent", "All set. Anything else I can do for you?"),
        ("customer", "No thanks."),
        ("agent", "Thanks for calling, goodbye."),
    ], {"greeting": "fail", "negative_language": "pass", "closing": "pass", "interruptions": "pass",
        "empathy": "na", "paraphrase": "pass", "follow_up": "na", "personalization": "na",
        "hold_etiquette": "na", "transfer": "na"}),
    ("greet-just-yeah", None, [
        ("agent", "Yeah?"),
        ("customer", "Hi, is this the billing department? I want to update my card details."),
        ("agent", "Yes. Card number?"),
        ("customer", "It ends in four four one two."),
        ("agent", "Updated. Anything else?"),
        ("customer", "No."),
        ("agent", "Bye."),
    ], {"greeting": "fail", "negative_language": "pass", "closing": "pass", "interruptions": "pass",
        "empathy": "na", "paraphrase": "fail", "follow_up": "na", "personalization": "na",
        "hold_etiquette": "na", "transfer": "na"}),
    ("neg-dont-know-and-policy", "Laura", [
        ("agent", "Good afternoon, Helix Bank, this is Marco speaking, how can I help you?"),
        ("customer", "Hi Marco, this is Laura. Why was I charged a fee for my transfer abroad?"),
        ("agent", "I don't know, Laura. Those fees are our policy."),
        ("customer", "That's not very helpful."),
        ("agent", "Is there anything else?"),
        ("customer", "No."),
        ("agent", "Thank you for calling, bye."),
    ], {"greeting": "pass", "negative_language": "fail", "closing": "pass", "interruptions": "pass",
        "empathy": "fail", "paraphrase": "fail", "follow_up": "na", "personalization": "pass",
        "hold_etiquette": "na", "transfer": "na"}),
    ("neg-let-me-find-out", None, [
        ("agent", "Hi, thanks for calling Orchid Travel, I'm Sofia, how can I help you today?"),
        ("customer", "Can I take my bike on the ferry to the island next week?"),
        ("agent", "So you'd like to bring your bike on next week's ferry. Let me find out for you."),
        ("agent", "Yes, bikes are allowed, and it's free of charge."),
        ("customer", "Great, thank you."),
        ("agent", "You're welcome. Is there anything else I can help you with?"),
        ("customer", "No, that's all."),
        ("agent", "Have a great trip, goodbye."),
    ], {"greeting": "pass", "negative_language": "pass", "closing": "pass", "interruptions": "pass",
        "empathy": "na", "paraphrase": "pass", "follow_up": "na", "personalization": "na",
        "hold_etiquette": "na", "transfer": "na"}),
    ("neg-no-answering-question", None, [
        ("agent", "Good evening, Pinecrest Energy, my name is Omar, how can I help you?"),
        ("customer", "Is there a cancellation fee if I leave my contract early?"),
        ("agent", "No, there isn't. You can leave at any time."),
        ("customer", "Good to know, thanks."),
        ("agent", "Is there anything else I can help you with today?"),
        ("customer", "Nope."),
        ("agent", "Thanks for calling Pinecrest, take care."),
    ], {"greeting": "pass", "negative_language": "pass", "closing": "pass", "interruptions": "pass",
        "empathy": "na", "paraphrase": "fail", "follow_up": "na", "personalization": "na",
        "hold_etiquette": "na", "transfer": "na"}),
    ("neg-calm-down-you-have-to", None, [
        ("agent", "Hello, thank you for calling Granite Broadband, my name is Lee, how can I help?"),
        ("customer", "My internet has been down for three days and I work from home, this is ridiculous!"),
        ("agent", "Calm down, sir. You have to restart the router first."),
        ("customer", "I already did that, twice."),
        ("agent", "Then I'll book an engineer visit for tomorrow morning between eight and twelve."),
        ("customer", "Fine."),
        ("agent", "Anything else I can help with?"),
        ("customer", "No."),
        ("agent", "Thank you, goodbye."),
    ], {"greeting": "pass", "negative_language": "fail", "closing": "pass", "interruptions": "pass",
        "empathy": "fail", "paraphrase": "fail", "follow_up": "pass", "personalization": "na",
        "hold_etiquette": "na", "transfer": "na"}),
    ("close-no-offer", None, [
        ("agent", "Good morning, Larch Pharmacy, Priya speaking, how can I help you?"),
        ("customer", "I'd like to check if my prescription is ready to collect."),
        ("agent", "So you'd like to know if your prescription is ready. It is, you can collect it today."),
        ("customer", "Perfect, thanks."),
        ("agent", "Thank you for calling, goodbye."),
    ], {"greeting": "pass", "negative_language": "pass", "closing": "fail", "interruptions": "pass",
        "empathy": "na", "paraphrase": "pass", "follow_up": "na", "personalization": "na",
        "hold_etiquette": "na", "transfer": "na"}),
    ("close-no-farewell", None, [
        ("agent", "Hello, thank you for calling Maple Books, this is Ana, how can I help?"),
        ("customer", "I want to know when my order of three novels will arrive."),
        ("agent", "So you're asking when your order of three novels arrives. It's due on Thursday."),
        ("customer", "Okay."),
        ("agent", "Is there anything else I can help you with?"),
        ("customer", "No."),
    ], {"greeting": "pass", "negative_language": "pass", "closing": "fail", "interruptions": "pass",
        "empathy": "na", "paraphrase": "pass", "follow_up": "na", "personalization": "na",
        "hold_etiquette": "na", "transfer": "na"}),
    ("neg-cant-with-alternative", "Tom", [
        ("agent", "Good afternoon, Summit Airways, my name is Grace, how can I help you?"),
        ("customer", "Hi, I'm Tom. I missed my flight to Denver this morning and I'm really stressed."),
        ("agent", "I'm so sorry to hear that, Tom. So you missed this morning's flight to Denver."),
        ("agent", "I can't refund the ticket, but what I can do is rebook you on the six pm flight at no cost."),
        ("customer", "That works, thank you."),
        ("agent", "Is there anything else I can help you with, Tom?"),
        ("customer", "No, thanks."),
        ("agent", "Have a safe flight, goodbye."),
    ], {"greeting": "pass", "negative_language": "fail", "closing": "pass", "interruptions": "pass",
        "empathy": "pass", "paraphrase": "pass", "follow_up": "na", "personalization": "pass",
        "hold_etiquette": "na", "transfer": "na"}),
]


def build(name: str, customer: str | None, turns: list[tuple[str, str]]) -> dict:
    t, utts = 0.5, []
    for speaker, text in turns:
        dur = round(0.35 * len(text.split()), 2)
        utts.append({"speaker": speaker, "start": round(t, 2), "end": round(t + dur, 2), "text": text})
        t += dur + 0.6
    call = {"call_id": f"holdout5-{name}", "utterances": utts}
    if customer:
        call["customer"] = {"name": customer}
    return call


def main() -> None:
    OUT.mkdir(exist_ok=True)
    labels_path = HERE / "labels.json"
    labels = json.loads(labels_path.read_text())
    for name, customer, turns, label in CALLS:
        (OUT / f"{name}.json").write_text(json.dumps(build(name, customer, turns), indent=2) + "\n")
        labels[f"holdout5/{name}.json"] = label
    labels_path.write_text(json.dumps(labels, indent=2) + "\n")


if __name__ == "__main__":
    main()
