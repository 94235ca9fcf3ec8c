"""Kinds of English wording the eleventh session's probe found (reports of our own in the styles of
wire stories, Ukrainian outlets in English, Air Force statements and governors' posts), each in
sentences written for the test: the kind, a second wording, and a near miss the rule must leave
alone."""

from extract import extract_report


def record(text: str, published: str | None = "2026-01-09") -> dict:
    return extract_report(text, published=published).to_dict()


# --- waves told with a place or a time between the count and the wave --------------------------------


def test_waves_with_a_place_between_count_and_wave_add_up() -> None:
    out = record(
        "Russia sent 44 drones against Sumy Oblast in the first wave and 36 drones over Poltava "
        "Oblast in the second wave, the air force said on Friday."
    )
    assert (out["drones_launched"], out["total_launched"]) == (80, 80)


def test_waves_with_a_time_between_commas_add_up() -> None:
    out = record(
        "Russia attacked Odesa in two waves overnight. The first wave, shortly before midnight, "
        "consisted of 27 drones; the second, at around 03:30, involved 41 drones."
    )
    assert out["drones_launched"] == 68


def test_a_wave_of_two_classes_adds_each_class_apart() -> None:
    out = record(
        "Russia struck with 95 drones in the first wave over the north and with 50 drones and seven "
        "missiles in the second wave over the south, the air force said."
    )
    assert (out["drones_launched"], out["missiles_launched"], out["total_launched"]) == (145, 7, 152)


def test_one_wave_with_a_place_stays_its_own_count() -> None:
    # near miss: a single wave told, with a place and a later total: nothing to add up
    out = record(
        "Russia launched 90 drones overnight. 30 drones at Kharkiv Oblast in the first wave were "
        "followed by a quiet hour, the air force said."
    )
    assert out["drones_launched"] == 90
