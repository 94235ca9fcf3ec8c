"""Kinds of English wording the corpora show once or not at all (issue 13, the eighth session),
each in sentences written for the test: the kind, a second wording, and a near miss the rule must
leave alone."""

from extract import extract_report

FIGURES = (
    "drones_launched", "drones_destroyed", "missiles_launched", "missiles_destroyed",
    "total_launched", "total_destroyed",
)


def record(text: str, published: str | None = "2025-03-14") -> dict:
    return extract_report(text, published=published).to_dict()


def figures(out: dict) -> tuple:
    return tuple(out[name] for name in FIGURES)


# --- "…, as were 480 drones": an elliptical clause carries the fate before it ------------------------


def test_as_were_gives_the_count_after_it_the_fate_told_before() -> None:
    out = record(
        "Russia struck Ukraine overnight with 62 missiles and 510 drones, air command reported. "
        "Of the 62 missiles, 47 were intercepted, as were 480 drones."
    )
    assert figures(out) == (510, 480, 62, 47, 572, 527)
    other = record(
        "Moscow fired 35 missiles and 300 drones at Ukraine overnight. Air defence downed 28 missiles, "
        "and so were 290 drones, the military said."
    )
    assert figures(other) == (300, 290, 35, 28, 335, 318)


def test_as_were_carries_a_launch_too_and_no_fate_that_is_not_a_count() -> None:
    launched = record("Forty-one missiles were launched at Ukraine overnight, as were 230 drones.")
    assert (launched["missiles_launched"], launched["drones_launched"]) == (41, 230)
    # near miss: "as did" names who else did the downing; it adds no count
    near = record(
        "Russia sent 120 drones overnight. Air defences destroyed 95 drones, as did mobile fire "
        "groups in the Sumy region."
    )
    assert (near["drones_launched"], near["drones_destroyed"]) == (120, 95)


def test_a_whole_named_with_no_count_is_the_class_of_the_bare_count_after_it() -> None:
    out = record(
        "Russia launched 40 missiles and 210 drones overnight. Of the missiles, 31 were downed, "
        "as were 200 drones."
    )
    assert figures(out) == (210, 200, 40, 31, 250, 231)
    # near miss: a whole naming both classes says nothing of which the bare count is
    near = record(
        "Russia launched 40 missiles and 210 drones overnight. Of the missiles and drones, 231 were "
        "downed."
    )
    assert (near["missiles_destroyed"], near["drones_destroyed"]) == (None, None)
    assert near["total_destroyed"] == 231


# --- shoot-downs over three regions or more, each with its own count ------------------------------------


def test_a_run_of_regional_parts_closed_by_and_adds_up() -> None:
    out = record(
        "Russia launched 75 drones overnight. Air-defence crews downed 22 drones over Kyiv Oblast, "
        "14 over Chernihiv Oblast, 9 over Sumy Oblast and 6 over Poltava Oblast."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (75, 51)
    assert out["oblasts"] == []  # places of shoot-downs are not impact
    other = record(
        "Air defences shot down 12 drones over the Kharkiv region, 8 over Poltava region and 5 over "
        "Dnipropetrovsk region overnight, regional officials said."
    )
    assert other["drones_destroyed"] == 25


def test_a_run_left_open_or_counting_people_adds_nothing() -> None:
    # near misses: no joiner closes the run; the count after the comma is of people
    left_open = record(
        "Russia launched 75 drones overnight. Air-defence crews downed 22 drones over Kyiv Oblast, "
        "14 over Chernihiv Oblast."
    )
    assert left_open["drones_destroyed"] == 22
    people = record(
        "Russia launched 75 drones overnight. Air-defence crews downed 22 drones over Kyiv Oblast, "
        "3 people were injured in Chernihiv and 2 in Sumy."
    )
    assert people["drones_destroyed"] == 22


# --- a stated total that counts guided bombs ------------------------------------------------------------


def test_a_stated_total_with_guided_bombs_among_its_parts_is_drones_plus_missiles() -> None:
    out = record(
        "Russia attacked Ukraine overnight with 130 aerial weapons, including 110 drones, 12 missiles "
        "and 8 guided bombs, according to the air command."
    )
    assert figures(out)[::2] == (110, 12, 122)
    other = record(
        "Air defences destroyed 66 aerial targets overnight, including 58 drones, 5 missiles and "
        "3 guided bombs."
    )
    assert (other["drones_destroyed"], other["missiles_destroyed"], other["total_destroyed"]) == (58, 5, 63)


def test_a_stated_total_the_bombs_do_not_explain_stands() -> None:
    # near miss: the bombs are told in another sentence; the total is drones and missiles already
    near = record(
        "Russia attacked Ukraine overnight with 130 drones and missiles, including 12 missiles. "
        "Separately, Russian aircraft dropped 8 guided bombs on Kharkiv Oblast."
    )
    assert figures(near)[::2] == (118, 12, 130)
    # the total told is not the parts plus the bombs: it stands (the text's own figure)
    odd = record("Russia used 140 air attack weapons overnight: 110 drones, 12 missiles and 8 guided bombs.")
    assert odd["total_launched"] == 140


# --- "the previous evening" in a morning report's lede ----------------------------------------------------


def test_the_previous_evening_in_the_lede_is_this_nights_attack() -> None:
    out = record(
        "A Russian drone strike against Odesa the previous evening injured four people and damaged a "
        "school, Governor Oleh Kiper wrote early on Friday."
    )
    assert out["is_attack_report"] is True
    assert (out["attack_date"], out["injured"], out["cities"]) == ("2025-03-14", 4, ["Odesa"])
    other = record(
        "Russian drones attacked Kyiv late on the previous day and into the night, killing two people."
    )
    assert (other["killed"], other["oblasts"]) == (2, ["Kyiv City"])


def test_the_previous_evening_after_the_lede_is_still_an_earlier_evening() -> None:
    # near miss: the story has told its night already; the previous evening's strike is another
    near = record(
        "Russia launched 80 drones at Ukraine overnight, and one hit a warehouse in Lviv, the air "
        "command reported.\n\nA Russian drone strike against Odesa the previous evening injured four people."
    )
    assert near["cities"] == ["Lviv"]
    assert near["injured"] is None


# --- a later wave of the same night -------------------------------------------------------------------------


def test_a_later_wave_of_the_night_is_this_nights() -> None:
    out = record(
        "Russia launched 80 drones at Ukrainian cities overnight, the air command reported Friday. "
        "A second wave hit Kharkiv before dawn, injuring three people."
    )
    assert (out["injured"], out["cities"]) == (3, ["Kharkiv"])
    other = record(
        "Russia launched 80 drones overnight. Later in the night, missiles struck Lviv, killing one."
    )
    assert (other["killed"], other["cities"]) == (1, ["Lviv"])


# --- "None of the missiles was intercepted" ---------------------------------------------------------------


def test_none_of_the_class_downed_is_a_count_of_none() -> None:
    # ("None of the three missiles": the three were counted as launched before; never 3 downed)
    out = record(
        "Russian forces attacked Ukraine with 3 Kh-22 missiles and 41 Shahed drones overnight. The air "
        "command reported it destroyed 35 drones. None of the three missiles was downed."
    )
    assert figures(out) == (41, 35, 3, 0, 44, 35)
    other = record(
        "Russia launched 4 ballistic missiles and 80 drones overnight. Air defences shot down 70 drones; "
        "none of the missiles was intercepted."
    )
    assert (other["missiles_destroyed"], other["total_destroyed"]) == (0, 70)


def test_none_of_them_lost_or_a_class_downed_after_all_is_no_count_of_none() -> None:
    # near misses: "none of the drones hit" says nothing of the shoot-down; a destroyed count told
    # already stands
    hit = record(
        "Russia launched 4 ballistic missiles and 80 drones overnight. Air defences shot down 70 drones. "
        "None of the missiles hit their targets."
    )
    assert hit["missiles_destroyed"] is None
    told = record(
        "Russia launched 4 missiles and 80 drones overnight. Two missiles were intercepted; none of the "
        "missiles was downed above Kyiv."
    )
    assert told["missiles_destroyed"] == 2


# --- Ukraine's own aircraft in a sentence of shooting down -------------------------------------------------


def test_ukraines_jets_downing_the_drones_are_no_foreign_story() -> None:
    out = record(
        "Russia fired 30 drones at Ukraine overnight. Ukrainian fighter jets, mobile fire groups and "
        "electronic warfare units shot down 24 of them."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (30, 24)
    other = record(
        "Russia sent 52 Shaheds overnight. Ukrainian aircraft and air defence intercepted 40, the air "
        "command reported."
    )
    assert (other["drones_launched"], other["drones_destroyed"]) == (52, 40)


def test_a_ukrainian_aircraft_lost_with_no_attack_is_still_no_attack_report() -> None:
    near = record("A Ukrainian Su-27 crashed during a training flight in the west, the Air Force said.")
    assert near["is_attack_report"] is False


def test_both_or_all_of_the_class_hitting_is_none_downed() -> None:
    out = record(
        "Russia fired two Iskander-M ballistic missiles and 47 attack drones at Ukrainian cities "
        "overnight, the air command reported, adding that 34 drones had been downed. Both missiles hit "
        "their targets."
    )
    assert figures(out) == (47, 34, 2, 0, 49, 34)
    other = record(
        "Russia fired 3 cruise missiles and 20 drones overnight. 18 drones were shot down. All the "
        "missiles struck an industrial site in Dnipro."
    )
    assert (other["missiles_destroyed"], other["total_destroyed"]) == (0, 18)


def test_the_ones_that_got_through_hitting_leave_the_count_downed() -> None:
    # near misses: a destroyed count told stands; "aimed at" is no hit
    through = record(
        "Russia launched 5 missiles and 60 drones overnight. Air defences shot down 3 missiles and 50 "
        "drones. Both missiles that got through hit an energy facility."
    )
    assert through["missiles_destroyed"] == 3
    aimed = record(
        "Russia launched 2 missiles and 60 drones overnight. Air defences shot down 50 drones. Both "
        "missiles were aimed at Odesa."
    )
    assert aimed["missiles_destroyed"] is None


# --- the one place a strike verb takes, for the casualties told with it ------------------------------------


def test_tolls_told_after_a_strike_verb_and_its_one_place_add_up() -> None:
    out = record(
        "Russian drones struck Kharkiv overnight, injuring three people. Drones also hit Sumy, "
        "injuring two people."
    )
    assert (out["injured"], out["cities"]) == (5, ["Kharkiv", "Sumy"])
    other = record(
        "Russian drones struck Kharkiv overnight, injuring three people, including a child. Later in "
        "the night, missiles pounded Dnipro, killing one and injuring four."
    )
    assert (out["killed"], other["killed"], other["injured"]) == (None, 1, 7)


def test_a_strike_verb_on_a_list_of_places_gives_the_whole_attacks_toll() -> None:
    # near misses: the lede's toll covers every place it lists; the places' own figures are in it
    listed = record(
        "Russian missiles hit Kyiv and Odesa overnight, killing 10 people. In Kyiv, six people were "
        "killed. In Odesa, four died."
    )
    assert listed["killed"] == 10
    commas = record(
        "Russian missiles struck Kyiv, Odesa and Lviv overnight, killing 10 people. In Kyiv, six people "
        "were killed. In Odesa, four died."
    )
    assert commas["killed"] == 10


# --- a shoot-down denied, then the impact joined to it ----------------------------------------------------


def test_a_denied_shoot_down_leaves_the_impact_joined_after_it() -> None:
    out = record(
        "Air-defence crews downed 49 out of 64 drones. Fifteen drones were not shot down and struck "
        "targets in Dnipro."
    )
    assert (out["oblasts"], out["cities"]) == (["Dnipropetrovsk Oblast"], ["Dnipro"])
    other = record(
        "Russia sent 30 drones. Four were not intercepted but hit warehouses in the Zaporizhzhia region."
    )
    assert other["oblasts"] == ["Zaporizhzhia Oblast"]


def test_a_denied_impact_after_a_denied_shoot_down_stays_denied() -> None:
    near = record(
        "Russia sent 30 drones. Four were not intercepted and caused no damage in Dnipro, officials said."
    )
    assert (near["oblasts"], near["cities"]) == ([], [])


# --- the dead among the hurt, past the attack's words ------------------------------------------------------


def test_the_dead_among_the_hurt_are_taken_from_them_past_the_attacks_words() -> None:
    out = record(
        "Ten people were hurt in a Russian drone strike against Kharkiv overnight, of whom five died "
        "in hospital, the mayor said."
    )
    assert (out["killed"], out["injured"]) == (5, 5)
    # near miss: "of them children" is no toll of the dead
    near = record("Twelve people were wounded by the drone strike on Sumy, of them three children.")
    assert (near["killed"], near["injured"]) == (None, 12)


# --- "two more" hurt in the night's later wave --------------------------------------------------------------


def test_more_hurt_in_a_later_wave_add_to_the_figures_before() -> None:
    out = record(
        "Russian drones struck Kharkiv overnight, injuring three people. Two more people were injured "
        "in a second wave before dawn."
    )
    assert out["injured"] == 5
    other = record(
        "Russian drones struck Kharkiv overnight, injuring three people. Later in the morning, a second "
        "attack injured 4 more in Sumy."
    )
    assert (other["injured"], other["cities"]) == (7, ["Kharkiv", "Sumy"])


def test_more_as_the_part_of_a_total_or_under_a_toll_adds_nothing() -> None:
    parts = record(
        "Ten people were hurt by the drone attack. In Kyiv, eight were hurt, and two more were "
        "injured in Bucha."
    )
    assert parts["injured"] == 10
    toll = record(
        "Russian drones struck Kharkiv overnight, killing one. Later, the death toll rose to three after "
        "two more people died in hospital."
    )
    assert toll["killed"] == 3


def test_guided_bombs_among_a_totals_parts_are_taken_from_it() -> None:
    out = record("Russia sent 85 air attack weapons overnight, among them 9 guided bombs.")
    assert out["total_launched"] == 76
    other = record("Russia sent 85 air attack weapons overnight, including 9 guided bombs and 6 missiles.")
    assert figures(other)[::2] == (70, 6, 76)  # (not 79 drones: the bombs are no drones)
    # near miss: a total of drones and missiles with no bombs among its parts stands
    near = record("Russia sent 550 drones and missiles overnight, including 11 missiles.")
    assert figures(near)[::2] == (539, 11, 550)


# --- a location count whose noun is the one counted before it ---------------------------------------


def test_debris_sites_told_with_the_noun_left_out_are_counted() -> None:
    out = record(
        "Russia sent 142 drones overnight. Hits were recorded at nine locations, and debris fell on three."
    )
    assert (out["hit_locations"], out["debris_locations"]) == (9, 3)
    other = record(
        "Russia sent 142 drones overnight. Hits were recorded at 9 locations, debris fell at another 4."
    )
    assert (other["hit_locations"], other["debris_locations"]) == (9, 4)


def test_a_count_of_other_things_after_a_location_count_is_no_location_count() -> None:
    # near misses: regions, and people, counted after the locations
    regions = record("Russia sent 142 drones overnight. Hits were recorded at 9 locations in 3 regions.")
    assert (regions["hit_locations"], regions["debris_locations"]) == (9, None)
    people = record(
        "Russia sent 142 drones overnight. Hits were recorded at 9 locations, and 3 people were hurt in 2."
    )
    assert (people["hit_locations"], people["debris_locations"], people["injured"]) == (9, None, 3)


# --- a split header's parts past a place phrase, or on bulleted lines -------------------------------

_LAUNCH = "The enemy sent 112 drones overnight. "


def test_a_split_header_past_where_the_drones_were_downed_gives_its_parts() -> None:
    out = record(
        _LAUNCH + "By 09:00, air defence shot down/suppressed 87 enemy UAVs over the north and east of the "
        "country: 61 were shot down, 26 were locationally lost."
    )
    assert (out["drones_destroyed"], out["suppressed"]) == (61, 26)


def test_a_split_header_over_bulleted_lines_gives_its_parts() -> None:
    out = record(
        _LAUNCH + "By 09:00, air defence neutralised 87 enemy UAVs:\n– 61 shot down;\n– 26 locationally lost."
    )
    assert (out["drones_destroyed"], out["suppressed"]) == (61, 26)
    other = record(
        _LAUNCH + "By 09:00, air defence shot down/suppressed 87 enemy UAVs over the north and east of the "
        "country:\n– 61 were shot down;\n– 26 were locationally lost (no consequences)."
    )
    assert (other["drones_destroyed"], other["suppressed"]) == (61, 26)


def test_a_header_over_lines_of_weapons_keeps_its_figure() -> None:
    # near miss: the lines below count weapons by type, with no verb of their own
    near = record(
        "Overnight, the enemy sent 128 air attack means:\n- 6 Kh-101 cruise missiles;\n- 122 drones.\n"
        "Air defence neutralised 108 targets:\n- 3 Kh-101 cruise missiles;\n- 105 drones.\n"
        "Hits were recorded in Odesa Oblast."
    )
    assert figures(near) == (122, 105, 6, 3, 128, 108)
