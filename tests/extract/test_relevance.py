from extract import extract_report


def relevant(text: str) -> bool:
    return extract_report(text, published="2025-08-12").is_attack_report


def test_russian_attack_with_a_count() -> None:
    assert relevant(
        "Russia launched 45 drones and 3 missiles at Ukraine overnight; 40 drones were shot down."
    )


def test_russian_mod_downing_ukrainian_drones() -> None:
    text = (
        "Russia's defence ministry said its air defences destroyed 27 Ukrainian drones over the Kursk and "
        "Bryansk regions overnight. Another 6 drones were shot down over the Belgorod region."
    )
    assert not relevant(text)


def test_ukrainian_strike_on_a_refinery() -> None:
    text = (
        "Ukrainian long-range drones struck an oil refinery in Russia's Saratov region overnight, starting "
        "a large fire, the General Staff said."
    )
    assert not relevant(text)


def test_diplomacy_only() -> None:
    assert not relevant("Leaders met in Geneva to discuss a ceasefire and prisoner exchanges.")


def test_ground_fighting_only() -> None:
    assert not relevant("Russian troops advanced near Pokrovsk as fighting raged along the front line.")


def test_launch_origin_in_russia_still_counts() -> None:
    assert relevant(
        "In all, 44 launches were registered from the Bryansk region of Russia; 37 drones were downed."
    )


# issue 13, second session: Ukraine's own drones at the front are ground fighting


def test_ukraines_drone_destroying_a_russian_vehicle_is_ground_fighting() -> None:
    text = (
        "Clashes went on around Huliaipole, where Ukrainian units repelled four assaults.\n"
        "Ukrainian drone operators spotted a Russian armoured vehicle and destroyed it with an FPV drone."
    )
    assert not relevant(text)
    other = (
        "Ukrainian troops hit a Russian artillery position with a strike drone near Kupiansk, where "
        "small-arms fire went on all day."
    )
    assert not relevant(other)


def test_interceptor_drones_downing_russias_drones_stay_this_attack() -> None:
    r = extract_report(
        "Russia attacked overnight; Ukrainian forces shot down 30 drones with interceptor drones. "
        "Debris damaged a house in Kharkiv.",
        published="2025-08-12",
    ).to_dict()
    assert r["is_attack_report"] and r["drones_destroyed"] == 30


# a night called quiet: what its sentence tells of happened at another time


def test_a_quiet_night_after_an_earlier_days_strike_is_no_attack_report() -> None:
    text = (
        "A drone attack set an oil depot ablaze in Russia's Rostov region.\n"
        "Russian drones hit a warehouse in Odesa and injured two people on Monday, officials said, but "
        "the skies over Ukraine stayed calm overnight."
    )
    assert not relevant(text)
    other = "Missiles struck Kharkiv on Sunday, killing one. The night passed quietly across Ukraine."
    r = extract_report(other, published="2025-08-12").to_dict()
    assert r["killed"] == 1  # the quiet night tells nothing against Sunday's own sentence


def test_a_quiet_night_beside_this_nights_count_keeps_the_count() -> None:
    text = (
        "The air force shot down two of three Shahed drones overnight. "
        "Sunday night was relatively quiet after a week of heavy strikes."
    )
    r = extract_report(text, published="2025-08-11").to_dict()
    assert r["is_attack_report"] and r["drones_launched"] == 3 and r["drones_destroyed"] == 2


# Ukraine's own aircraft and Ukraine's strikes on Russian forces are no Russian air attack


def test_a_ukrainian_aircraft_lost_is_no_air_attack() -> None:
    assert not relevant(
        "A Ukrainian Su-27 fighter jet crashed in the Khmelnytskyi region during a training flight. "
        "The pilot was killed."
    )
    assert not relevant("A Ukrainian MiG-29 went down near Starokostiantyniv, the air force said.")


def test_a_ukrainian_pilot_downing_russias_drones_stays_this_attack() -> None:
    r = extract_report(
        "Russia launched 60 drones overnight; a Ukrainian F-16 pilot downed seven of them over the "
        "Kyiv region, where debris damaged a house.",
        published="2025-08-12",
    ).to_dict()
    assert r["is_attack_report"] and r["drones_launched"] == 60


def test_ukraines_strike_on_a_russian_depot_is_no_air_attack() -> None:
    assert not relevant(
        "Ukraine's military said it had struck a Russian ammunition depot in occupied Donetsk with "
        "HIMARS rockets."
    )
    assert not relevant("Ukraine's navy destroyed a Russian patrol boat near Crimea, the navy said.")
