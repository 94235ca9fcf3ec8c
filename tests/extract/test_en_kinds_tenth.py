"""Kinds of English wording the tenth session's probe found (reports written in the styles of wire
stories, Kyiv Independent, Ukrinform, governors' posts and the Air Force's English statements),
each in sentences written for the test: the kind, a second wording, and a near miss the rule must
leave alone."""

from extract import extract_report


def record(text: str, published: str | None = "2025-10-07") -> dict:
    return extract_report(text, published=published).to_dict()


# --- a casualty toll the report revises downward: the later figure, not the larger ----------------


def test_a_toll_revised_downward_keeps_the_later_figure() -> None:
    out = record(
        "Russian drones hit Chernihiv overnight, wounding nine people, the governor said. Officials "
        "later lowered the count to six after a check of hospital lists."
    )
    assert out["injured"] == 6
    same_sentence = record(
        "A Russian missile struck Kremenchuk on Monday. Police first said 13 people were hurt; the "
        "number was later reduced to 10."
    )
    assert same_sentence["injured"] == 10


def test_a_death_toll_corrected_down_names_its_own_kind() -> None:
    out = record(
        "Four people were reported killed after Russian drones hit Kherson overnight. The regional "
        "administration later corrected the death toll to three and said eight people were wounded."
    )
    assert (out["killed"], out["injured"]) == (3, 8)


def test_a_weapon_count_revised_after_a_toll_is_not_the_toll() -> None:
    # near miss: the number revised is the drones', told between the toll and the revision
    out = record(
        "Russian drones hit Bila Tserkva overnight, injuring five people. The Air Force said 58 drones "
        "were launched and later revised the figure to 61."
    )
    assert out["injured"] == 5
    assert out["drones_launched"] == 61


def test_a_toll_that_rises_still_keeps_the_larger_figure() -> None:
    # near miss: no revision word, the toll grows as the story goes on
    out = record(
        "Russian drones struck Pavlohrad overnight, injuring six people. By noon the number of "
        "injured had risen to nine."
    )
    assert out["injured"] == 9


def test_a_count_put_at_a_lower_figure_names_its_kind() -> None:
    out = record(
        "A Russian drone struck a tram in Kherson on Tuesday, injuring eight people. Police later put "
        "the number of injured at six."
    )
    assert out["injured"] == 6

