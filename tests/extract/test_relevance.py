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
        "A total of 30 launches were recorded from the Kursk region of Russia; 25 drones were downed."
    )
