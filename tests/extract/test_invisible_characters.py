"""Characters a reader never sees (zero-width spaces, soft hyphens, no-break and narrow spaces)
inside numbers and names: read as if absent, while every value still points at the characters of
the text the caller gave (issue 13)."""

from extract import extract_report
from extract.invisible import prepare


def record(text: str) -> dict:
    return extract_report(text, published="2025-03-08").to_dict()


def test_a_zero_width_space_inside_a_number() -> None:
    text = "Overnight Russia launched 1\u200b140 drones at Ukraine. Air defence downed 1,\u200b025 of them."
    out = record(text)
    assert out["drones_launched"] == 1140
    assert out["drones_destroyed"] == 1025
    evidence = out["evidence"]["drones_launched"]
    assert evidence["text"] == text[evidence["start"] : evidence["end"]]
    assert evidence["text"].startswith("1\u200b140")
    assert evidence["sentence"] == text[evidence["sentence_start"] : evidence["sentence_end"]]


def test_other_spaces_between_digit_groups_and_a_soft_hyphen_in_a_name() -> None:
    text = (
        "Russia fired 1\u2009310 attack drones and 46 missiles overnight, the air force said. "
        "A missile hit an apartment block in Zapo\u00adrizhzhia, injuring 12 people."
    )
    out = record(text)
    assert out["drones_launched"] == 1310
    assert out["total_launched"] == 1356
    assert out["injured"] == 12
    assert out["cities"] == ["Zaporizhzhia"]
    injured = out["evidence"]["injured"]
    assert injured["text"] == text[injured["start"] : injured["end"]]


def test_invisible_characters_between_separate_counts_join_nothing() -> None:
    # a zero-width space after a count is not a digit group: 45 and 300 stay two numbers
    out = record("Russia launched 45\u200b drones and 300\u00a0missiles overnight.")
    assert out["drones_launched"] == 45
    assert out["missiles_launched"] == 300


def test_a_text_without_such_characters_is_read_as_it_is() -> None:
    plain = "Russia launched 58 drones overnight; 40 were shot down."
    assert prepare(plain).text is plain
    assert record(plain)["evidence"]["drones_launched"]["start"] == plain.index("58")


def test_offsets_map_back_past_removed_characters() -> None:
    prepared = prepare("a\u200b\u200bbc\u00addef\u200b")
    assert prepared.text == "abcdef"
    assert prepared.span(0, 2) == (0, 4)  # "a", two invisible characters, "b"
    assert prepared.span(3, 6) == (6, 9)  # "def", not the trailing zero-width space
    assert prepared.span(6, 6) == (10, 10)


def test_an_ascii_text_is_passed_through_untouched_as_it_holds_nothing_to_prepare() -> None:
    # prepare returns an ASCII text at once: every character it takes out or changes is outside
    # ASCII, and so is every letter the mixed-script mending reads as Cyrillic
    from extract.homoglyphs import _ANY_CYRILLIC
    from extract.invisible import _INVISIBLE, _OTHER_SPACES

    assert not any(ch.isascii() for ch in _INVISIBLE + _OTHER_SPACES)
    assert not any(_ANY_CYRILLIC.match(chr(c)) for c in range(128))
    text = "Drones hit Kyiv overnight,\tthe mayor said - 3 injured."
    prepared = prepare(text)
    assert prepared.text is text and prepared.origin is None
