"""Amounts no report could mean (issues 13 and 15): over 100,000 is no figure, and a note says so."""

from extract import extract_report
from extract.numbers import MAX_PLAUSIBLE, find_quantities, parse_quantity


def _record(text: str) -> dict:
    return extract_report(text, published="2025-07-04").to_dict()


def test_the_limit_is_one_hundred_thousand_inclusive():
    assert MAX_PLAUSIBLE == 100_000
    assert parse_quantity("100,000").value == 100_000
    over = parse_quantity("100,001")
    assert over.value is None and over.implausible
    assert over.text == "100,001"


def test_a_long_chain_of_number_words_is_no_number():
    chain = " ".join(["hundred"] * 11)
    (quantity,) = find_quantities(f"{chain} drones")
    assert quantity.value is None and quantity.implausible
    assert not parse_quantity("two hundred").implausible


def test_a_vague_amount_is_not_implausible():
    quantity = parse_quantity("dozens of")
    assert quantity.value is None and not quantity.implausible


def test_an_implausible_launch_gives_no_figure_and_a_note():
    record = _record(
        "Overnight Russia launched 9,999,999 drones at Ukraine; air defence shot down 40 of them."
    )
    assert record["drones_launched"] is None
    assert record["total_launched"] is None
    assert record["drones_destroyed"] == 40  # the believable figure beside it stays
    assert record["uncertain"] == [
        'drones_launched: "9,999,999 drones" is more than 100,000: no figure taken'
    ]


def test_eleven_hundreds_in_a_row_give_no_figure():
    chain = " ".join(["hundred"] * 11)
    record = _record(f"Overnight Russia launched {chain} drones at Kharkiv.")
    assert record["drones_launched"] is None and record["total_launched"] is None
    assert len(record["uncertain"]) == 1
    assert record["uncertain"][0].startswith('drones_launched: "hundred hundred')


def test_exactly_the_limit_is_still_a_figure():
    record = _record("Overnight the enemy launched 100,000 drones at Ukraine, the air force said.")
    assert record["drones_launched"] == 100_000
    assert "uncertain" not in record


def test_an_implausible_class_leaves_the_other_class_and_no_total():
    record = _record(
        "Overnight the enemy launched 100,001 drones and 10 missiles at Ukraine. "
        "Hits were recorded at 250,000 locations."
    )
    assert record["missiles_launched"] == 10
    assert record["drones_launched"] is None
    assert record["total_launched"] is None  # not 10: the drones were named but not counted
    assert record["hit_locations"] is None
    assert record["uncertain"] == [
        'drones_launched: "100,001 drones" is more than 100,000: no figure taken',
        'hit_locations: "250,000 locations" is more than 100,000: no figure taken',
    ]


def test_an_implausible_death_toll_gives_no_killed_figure():
    record = _record(
        "Russia attacked Odesa overnight with 35 drones and 4 missiles. "
        "A strike killed 2,000,000 people and injured three, the governor said."
    )
    assert record["killed"] is None
    assert record["injured"] == 3
    assert record["total_launched"] == 39
    assert record["uncertain"] == ['killed: "2,000,000" is more than 100,000: no figure taken']


def test_ukrainian_digits_over_the_limit_give_no_figure():
    record = _record("Вночі ворог атакував Україну 5 000 000 ударних БпЛА типу Shahed. Збито 300 дронів.")
    assert record["language"] == "uk"
    assert record["drones_launched"] is None
    assert record["drones_destroyed"] == 300
    assert record["uncertain"][0].startswith('drones_launched: "5 000 000')


def test_a_record_without_doubts_has_no_uncertain_key():
    record = _record("Overnight Russia launched 52 drones at Sumy region; 40 were shot down.")
    assert record["drones_launched"] == 52
    assert "uncertain" not in record
