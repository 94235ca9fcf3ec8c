"""Dates of late-evening posts (issue 13): "on Saturday night" in a report published that
Saturday tells of a night that ends on Sunday morning, the attack's date by SCHEMA."""

from extract import extract_report


def attack_date(text: str, published: str) -> str | None:
    return extract_report(text, published=published).to_dict()["attack_date"]


def test_the_publication_days_own_night_ends_the_next_morning() -> None:
    # 2025-10-18 is a Saturday
    text = (
        "Russia attacked Kharkiv with drones on Saturday night, the mayor said. Two people were "
        "injured in the Kyivskyi district."
    )
    assert attack_date(text, "2025-10-18") == "2025-10-19"
    other = "Explosions shook Odesa late Saturday night as Russian drones targeted the port, officials said."
    assert attack_date(other, "2025-10-18") == "2025-10-19"


def test_other_days_and_evening_strikes_keep_their_dates() -> None:
    # near misses: the same words read the next morning; an earlier weekday's night; an evening
    # strike of the publication day; the night before the day ("overnight on Saturday")
    assert attack_date("Russia attacked Kharkiv with drones on Saturday night.", "2025-10-19") == "2025-10-19"
    assert attack_date("Russia attacked Kharkiv with drones on Friday night.", "2025-10-18") == "2025-10-18"
    evening = "A Russian missile struck Kharkiv on Saturday evening, injuring five people."
    assert attack_date(evening, "2025-10-18") == "2025-10-18"
    overnight = "Russia launched 50 drones at Ukraine overnight on Saturday, the air force said."
    assert attack_date(overnight, "2025-10-18") == "2025-10-18"
