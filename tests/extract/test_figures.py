"""Clause patterns and SCHEMA.md arithmetic, through the public API, in sentences written for
these tests in the style of Air Force statements and wire reports."""

from extract import extract_report


def figures(text: str, published: str | None = "2025-03-14") -> dict:
    return extract_report(text, published=published).to_dict()


def test_launched_and_destroyed_verbs() -> None:
    r = figures(
        "Overnight the enemy launched 64 Shahed drones at the country. "
        "Air defence units shot down 51 of them."
    )
    assert (r["drones_launched"], r["drones_destroyed"]) == (64, 51)
    assert (r["total_launched"], r["total_destroyed"]) == (64, 51)


def test_fired_sent_and_attacked_with() -> None:
    assert figures("The army fired 7 cruise missiles at energy sites.")["missiles_launched"] == 7
    assert figures("Moscow sent 88 UAVs toward central regions.")["drones_launched"] == 88
    assert figures("Russian forces attacked Kharkiv with 19 drones at night.")["drones_launched"] == 19


def test_destroy_verbs() -> None:
    for verb in ("destroyed", "downed", "intercepted", "neutralised", "neutralized"):
        r = figures(f"Russia launched 30 drones. Ukrainian air defence {verb} 22 drones.")
        assert r["drones_destroyed"] == 22, verb
    assert figures("Russia launched 30 drones; 22 drones were shot down.")["drones_destroyed"] == 22


def test_x_of_y() -> None:
    r = figures("The air force said it downed 212 of 240 drones and 9 of 12 missiles launched overnight.")
    assert r["drones_destroyed"] == 212 and r["drones_launched"] == 240
    assert r["missiles_destroyed"] == 9 and r["missiles_launched"] == 12
    assert r["total_launched"] == 252 and r["total_destroyed"] == 221


def test_x_out_of_a_total_of_y() -> None:
    r = figures("Crews managed to shoot down 16 Kalibr missiles out of a total of 19 on Sunday.")
    assert (r["missiles_destroyed"], r["missiles_launched"]) == (16, 19)


def test_all_n() -> None:
    r = figures("Overnight, all 14 drones were shot down over the southern regions.")
    assert (r["drones_launched"], r["drones_destroyed"]) == (14, 14)


def test_all_of_them() -> None:
    r = figures("The enemy sent six attack drones toward the district; all of them were shot down.")
    assert (r["drones_launched"], r["drones_destroyed"]) == (6, 6)


def test_all_of_the_missiles() -> None:
    r = figures(
        "Five missiles and 40 drones attacked from the east. All of the missiles and 33 drones were downed."
    )
    assert (r["missiles_destroyed"], r["drones_destroyed"]) == (5, 33)
    assert r["total_destroyed"] == 38


def test_n_drones_and_m_missiles_sum() -> None:
    r = figures("Russia launched 310 drones and 17 missiles at Ukraine overnight.")
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (310, 17, 327)


def test_total_including_missiles() -> None:
    r = figures("In total Russia used 420 drones and missiles overnight, including 9 missiles.")
    assert (r["total_launched"], r["missiles_launched"], r["drones_launched"]) == (420, 9, 411)


def test_targets_including_cruise_missiles() -> None:
    r = figures(
        "Russia launched 300 drones and missiles. Air defences shot down 190 targets, including three cruise "
        "missiles."
    )
    assert (r["total_destroyed"], r["missiles_destroyed"], r["drones_destroyed"]) == (190, 3, 187)


def test_destroyed_list_by_model() -> None:
    r = figures(
        "Defenders destroyed 90 aerial targets, namely 6 Kh-101 cruise missiles, 2 Kalibr missiles and "
        "82 Shahed drones."
    )
    assert (r["total_destroyed"], r["missiles_destroyed"], r["drones_destroyed"]) == (90, 8, 82)
    models = {w["model"]: w for w in r["weapons"]}
    assert models["Kh-101"]["destroyed"] == 6 and models["Kh-101"]["family"] == "cruise"
    assert models["Kalibr"]["class"] == "missile"


def test_families_add_up_to_missiles() -> None:
    r = figures("The enemy fired 212 drones, as well as 6 ballistic missiles and 4 cruise missiles.")
    assert r["missiles_launched"] == 10 and r["total_launched"] == 222


def test_suppressed_separately() -> None:
    r = figures("Of 150 drones launched, 98 were shot down. Another 41 drones were lost from radar.")
    assert r["suppressed"] == 41
    r = figures("Air defence shot down 60 drones, with 25 more drones jammed by electronic warfare.")
    assert (r["drones_destroyed"], r["suppressed"]) == (60, 25)
    r = figures(
        "Russia launched 50 missiles; 30 missiles were shot down and four missiles were unaccounted for."
    )
    assert r["suppressed"] == 4


def test_shot_down_or_jammed_is_one_destroyed_figure() -> None:
    r = figures("Air defences intercepted or jammed 222 drones overnight.")
    assert r["drones_destroyed"] == 222 and r["suppressed"] is None


def test_split_figure_gives_destroyed_and_suppressed() -> None:
    r = figures("Of the 120 drones launched, 112 were neutralised: 74 drones shot down and 38 drones jammed.")
    assert (r["drones_destroyed"], r["suppressed"]) == (74, 38)


def test_hit_and_debris_locations() -> None:
    r = figures("Russia launched 200 drones. Eleven drones struck 9 locations, and debris fell at 21 sites.")
    assert (r["hit_locations"], r["debris_locations"]) == (9, 21)
    r = figures("Russia launched 200 drones. Hits were recorded at 6 locations.")
    assert r["hit_locations"] == 6


def test_hits_are_not_launches_when_a_launch_count_exists() -> None:
    r = figures(
        "Russia launched 200 drones and 10 missiles. Three missiles and 12 drones struck 7 locations."
    )
    assert (r["drones_launched"], r["missiles_launched"]) == (200, 10)


def test_returned_to_russia() -> None:
    r = figures("Russia launched 80 drones. 60 drones were shot down and 4 drones returned to Russia.")
    assert r["returned"] == 4


def test_bounds_are_flagged() -> None:
    r = figures("Russia fired more than 430 drones and about 15 missiles overnight.")
    assert (r["drones_launched"], r["missiles_launched"]) == (430, 15)
    assert r["bounds"]["drones_launched"] == "lower"
    r = figures("Russia fired up to 26 drones at the city.")
    assert r["drones_launched"] == 26 and r["bounds"]["drones_launched"] == "upper"


def test_exact_figure_beats_an_earlier_bound() -> None:
    r = figures("Russia fired nearly 400 drones overnight. The air force said Russia launched 396 drones.")
    assert r["drones_launched"] == 396 and "drones_launched" not in r["bounds"]


def test_two_dozen() -> None:
    assert figures("Russia launched two dozen missiles at Kyiv.")["missiles_launched"] == 24


def test_vague_amounts_give_null() -> None:
    r = figures("Russia launched dozens of missiles and several drones at the capital.")
    assert r["missiles_launched"] is None and r["drones_launched"] is None and r["total_launched"] is None


def test_one_class_only_is_the_total() -> None:
    assert figures("Russia launched 67 drones against Ukraine overnight.")["total_launched"] == 67


def test_other_class_without_a_number_blocks_the_total() -> None:
    r = figures("Russia launched 67 drones and several missiles against Ukraine overnight.")
    assert r["drones_launched"] == 67 and r["total_launched"] is None


def test_destroyed_total_is_null_when_a_launched_class_has_no_fate() -> None:
    r = figures("Russia launched 90 drones and 6 missiles. Air defence shot down 70 drones.")
    assert r["drones_destroyed"] == 70 and r["total_destroyed"] is None


def test_approximate_total_with_exact_parts_is_the_sum() -> None:
    r = figures("Russia launched more than 700 drones and missiles: 702 drones and 11 missiles.")
    assert r["total_launched"] == 713


def test_singular_counts_one() -> None:
    r = figures("Russian forces struck the city with an Iskander-M missile this morning.")
    assert (r["missiles_launched"], r["total_launched"]) == (1, 1)


def test_guided_bombs_are_not_in_the_totals() -> None:
    r = figures("Russia launched 40 drones and dropped 12 guided aerial bombs on the front-line town.")
    assert r["total_launched"] == 40


def test_evidence_points_at_the_figure() -> None:
    text = "Quiet evening. Russia launched 58 drones overnight."
    r = figures(text)
    ev = r["evidence"]["drones_launched"]
    assert text[ev["start"] : ev["end"]] == ev["text"] == "58 drones"
    assert ev["sentence"] == "Russia launched 58 drones overnight."


def test_of_which_and_bare_counts() -> None:
    r = figures("Russia attacked with 118 drones overnight, 97 of which were shot down, the air force said.")
    assert (r["drones_launched"], r["drones_destroyed"]) == (118, 97)
    r = figures("Out of the 118 drones launched, 97 were shot down and 12 were lost locally.")
    assert (r["drones_destroyed"], r["suppressed"]) == (97, 12)


def test_others_lost_to_electronic_warfare() -> None:
    r = figures(
        "Russia sent 70 drones. Air defence downed 51 drones, "
        "while 14 others were 'lost' due to electronic warfare."
    )
    assert (r["drones_destroyed"], r["suppressed"]) == (51, 14)


def test_air_force_statement_shape() -> None:
    text = (
        "On the night of 2 May (from 18:00 on 1 May), the enemy attacked with 71 Shahed-type attack UAVs and "
        "imitator drones. As of 08:30, air defence shot down/suppressed 55 enemy UAVs. 9 UAVs were "
        "locationally lost. Hits were recorded at 5 locations, and debris fell at 3 locations."
    )
    r = figures(text, published="2025-05-02")
    assert r["attack_date"] == "2025-05-02"
    assert (r["drones_launched"], r["drones_destroyed"], r["suppressed"]) == (71, 55, 9)
    assert (r["hit_locations"], r["debris_locations"]) == (5, 3)


def test_weekly_tallies_are_not_this_night() -> None:
    text = (
        "Over the past week, Russia has launched more than 1,300 drones and 50 missiles against Ukraine. "
        "Overnight Russia launched 80 drones, and 61 were shot down."
    )
    r = figures(text)
    assert (r["drones_launched"], r["drones_destroyed"], r["missiles_launched"]) == (80, 61, None)


def test_all_n_and_n_of_the() -> None:
    r = figures(
        "Russia fired 7 missiles and 45 drones; defenders shot down all seven missiles and 40 of the drones."
    )
    assert (r["missiles_destroyed"], r["drones_destroyed"], r["total_destroyed"]) == (7, 40, 47)


def test_both_missiles_shot_down() -> None:
    r = figures("Air defences shot down 25 of the 35 Shahed drones and both Kh-59 guided missiles.")
    assert (r["missiles_launched"], r["missiles_destroyed"], r["total_launched"], r["total_destroyed"]) == (
        2,
        2,
        37,
        27,
    )


def test_all_n_that_hit_is_not_a_shoot_down() -> None:
    # all that hit were none shot down (extract.none_downed, as "both missiles hit" in lone_weapon)
    r = figures("Russia fired 2 missiles at the port overnight; all 2 missiles hit warehouses.")
    assert (r["missiles_launched"], r["missiles_destroyed"]) == (2, 0)


def test_national_tally_beats_a_regional_one() -> None:
    text = (
        "Over the Kyiv region, 14 drones were shot down overnight, the regional administration said. "
        "Across Ukraine, air defence shot down 71 drones, the Air Force said."
    )
    assert figures(text)["drones_destroyed"] == 71


def test_cumulative_tallies_this_week() -> None:
    text = "This week alone, Russia has launched over 1,000 drones at Ukraine. Overnight it sent 90 drones."
    assert figures(text)["drones_launched"] == 90


def test_hits_by_class_beside_the_count_of_locations() -> None:
    r = figures(
        "Russia launched 70 drones and 11 missiles. Hits by 6 missiles and 14 drones were recorded "
        "at 9 sites."
    )
    assert r["hits_by_class"] == {"missile": 6, "drone": 14}
    assert (r["hit_locations"], r["drones_launched"], r["missiles_launched"]) == (9, 70, 11)
