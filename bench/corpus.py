"""A synthetic corpus of attack reports, built from templates written for the benchmark.

The templates imitate the shapes of real reports (an Air Force statement, a wire story with
quotes and background, a governor's post, a foreign-scope story that must be rejected) so the
extractor does the same work as on real text; figures and places vary with a seeded RNG.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

OBLAST_CITIES = [
    ("Kharkiv", "Kharkiv"),
    ("Dnipropetrovsk", "Dnipro"),
    ("Odesa", "Odesa"),
    ("Zaporizhzhia", "Zaporizhzhia"),
    ("Kyiv", "Bila Tserkva"),
    ("Lviv", "Lviv"),
    ("Sumy", "Sumy"),
    ("Chernihiv", "Chernihiv"),
    ("Poltava", "Kremenchuk"),
    ("Mykolaiv", "Mykolaiv"),
    ("Vinnytsia", "Vinnytsia"),
    ("Cherkasy", "Uman"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

AIR_FORCE = (
    "On the night of {date_text}, the enemy attacked Ukraine with {drones} Shahed-type attack UAVs and decoy "
    "drones and {missiles} missiles, including {ballistic} Iskander-M ballistic missiles and {cruise} Kh-101 "
    "cruise missiles.\n\nAs of 09:00, air defence shot down or suppressed {down_d} drones and {down_m} "
    "missiles. "
    "Hits by {hit_m} missiles and {hit_d} attack UAVs were recorded at {hits} locations, and debris fell at "
    "{debris} sites. The main direction of the strike was {oblast} region.\n\nThe attack continues; several "
    "enemy drones are still in the airspace. Stay in shelters!"
)
WIRE = (
    "KYIV, {weekday} — Russia launched {drones} drones and {missiles} missiles at Ukraine overnight into "
    "{weekday}, killing {killed} people and injuring at least {injured} in the city of {city}, officials "
    "said.\n"
    "Ukraine's air force said its units destroyed {down_d} of the drones and {down_m} of the missiles, while "
    "{lost} more drones were lost from radar, most likely because of electronic warfare.\n"
    '"It was a long and loud night," a resident of {city} told reporters as rescuers searched a damaged '
    "apartment block. The regional governor said fires broke out at an energy facility in {oblast} region.\n"
    "The strike came as diplomats prepared for another round of talks on a ceasefire, which Moscow has so "
    "far resisted. European leaders condemned the attack and promised more air defence systems.\n"
    "Recall that a week ago Russia fired more than 600 drones at western regions, killing 9 people."
)
GOVERNOR = (
    "Tonight the occupiers attacked {city} with {drones} drones. Air defence forces destroyed {down_d} of "
    "them. "
    "A private house and two cars were damaged; a {age}-year-old man was injured and taken to hospital. "
    "Information about other consequences is being clarified."
)
FOREIGN = (
    "Russia's defence ministry said on {weekday} that its air defences destroyed {drones} Ukrainian drones "
    "over the Belgorod and Kursk regions overnight. The regional governor said a power line was damaged near "
    "the border but nobody was hurt. Ukraine did not comment on the claim."
)
TEMPLATES = (AIR_FORCE, WIRE, GOVERNOR, FOREIGN)


def build_corpus(n: int = 3000, seed: int = 7, nights: int = 365) -> list[tuple[str, str]]:
    """n (text, published) pairs, published over ``nights`` consecutive days from 2015-01-01
    (about 4,000 nights is eleven years of attacks: the dashboard's scale at archive size)."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    out = []
    for i in range(n):
        published = start + timedelta(days=i % nights)
        oblast, city = rng.choice(OBLAST_CITIES)
        drones = rng.randint(20, 800)
        missiles = rng.randint(2, 60)
        ballistic = rng.randint(1, missiles)
        values = {
            "date_text": f"{published.day} {published.strftime('%B')}",
            "weekday": WEEKDAYS[published.weekday()],
            "drones": drones,
            "missiles": missiles,
            "ballistic": ballistic,
            "cruise": missiles - ballistic,
            "down_d": rng.randint(0, drones),
            "down_m": rng.randint(0, missiles),
            "hit_m": rng.randint(0, 5),
            "hit_d": rng.randint(0, 30),
            "hits": rng.randint(1, 25),
            "debris": rng.randint(1, 40),
            "killed": rng.randint(1, 20),
            "injured": rng.randint(1, 90),
            "lost": rng.randint(1, 300),
            "city": city,
            "oblast": oblast,
            "age": rng.randint(18, 90),
        }
        template = TEMPLATES[i % len(TEMPLATES)]
        out.append((template.format(**values), published.isoformat()))
    return out
