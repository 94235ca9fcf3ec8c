"""Kinds of English wording found by the eighth session's second probe (reports written in the
styles of wire stories, Kyiv Independent, Ukrinform and the Air Force's English statements), each in
sentences written for the test: the kind, a second wording, and a near miss the rule must leave
alone."""

from extract import extract_report


def record(text: str, published: str | None = "2025-09-07") -> dict:
    return extract_report(text, published=published).to_dict()


# --- "up from two reported earlier": the story's own earlier figure, not an older story ------------


def test_a_toll_up_from_a_figure_reported_earlier_is_this_attack() -> None:
    out = record(
        "Russian drones and missiles hit Kyiv overnight. The number of dead climbed to four, up from "
        "two reported earlier, the city's military administration said."
    )
    assert out["killed"] == 4
    other = record(
        "A Russian drone struck an apartment block in Sumy early on Sunday. The number of injured "
        "rose to 17 from the 11 previously reported, the governor said."
    )
    assert other["injured"] == 17


def test_reported_earlier_of_another_story_stays_background() -> None:
    # near misses: "as reported earlier" opening a retelling, or closing one, keeps it an older story
    out = record(
        "Russian drones struck Kyiv overnight, injuring four. As reported earlier, three people were "
        "killed in Lviv on Tuesday."
    )
    assert (out["killed"], out["injured"]) == (None, 4)
    closing = record(
        "Russian drones struck Kyiv overnight, injuring four. Three people were killed in Lviv, "
        "as reported earlier."
    )
    assert (closing["killed"], closing["injured"]) == (None, 4)
