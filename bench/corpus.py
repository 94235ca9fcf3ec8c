"""A synthetic corpus of attack reports at real sizes, built from :mod:`bench.templates`.

Real reports are not the few-hundred-byte paragraphs a template sentence makes: whole news stories
run 2-5 KB with quotes, diplomacy, background and links, and the Air Force's itemised statements
0.5-1.5 KB. The corpus mixes the kinds in a fixed cycle (:data:`CYCLE`), in English, Ukrainian and
Russian; figures, places and the background drawn vary with a seeded RNG, so every text is distinct
and a smaller corpus is a prefix of a larger one.
"""

from __future__ import annotations

import random
import statistics
from datetime import date, timedelta

from bench.templates import LANGUAGES, Language

# (kind, language) in order. Every fourth report is a foreign-scope story, so that some days have
# reports but no attack night (bench.archive relies on it).
CYCLE: tuple[tuple[str, str], ...] = (
    ("article", "en"), ("statement", "uk"), ("article", "uk"), ("foreign", "en"),
    ("statement", "en"), ("governor", "uk"), ("article", "ru"), ("foreign", "uk"),
    ("article", "en"), ("statement", "ru"), ("governor", "en"), ("foreign", "ru"),
    ("article", "uk"), ("statement", "en"), ("governor", "ru"), ("foreign", "en"),
)
KINDS = ("article", "statement", "governor", "foreign")


def kind_of(index: int) -> str:
    """The kind of the corpus's ``index``-th report ("article", "statement", "governor", "foreign")."""
    return CYCLE[index % len(CYCLE)][0]


def build_corpus(n: int = 3000, seed: int = 7, nights: int = 365) -> list[tuple[str, str]]:
    """n (text, published) pairs, published over ``nights`` consecutive days from 2015-01-01
    (about 4,000 nights is eleven years of attacks: the dashboard's scale at archive size)."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    out = []
    for i in range(n):
        published = start + timedelta(days=i % nights)
        kind, code = CYCLE[i % len(CYCLE)]
        language = LANGUAGES[code]
        values = _values(rng, language, published)
        out.append((_BUILDERS[kind](rng, language, values), published.isoformat()))
    return out


def size_summary(corpus: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Per kind and overall: how many reports, and their UTF-8 sizes in bytes (min, median, mean, max)."""
    sizes: dict[str, list[int]] = {}
    for i, (text, _published) in enumerate(corpus):
        size = len(text.encode())
        sizes.setdefault(kind_of(i), []).append(size)
        sizes.setdefault("all", []).append(size)
    return {
        kind: {"count": len(values), "min": min(values), "median": statistics.median(values),
               "mean": round(statistics.fmean(values)), "max": max(values)}
        for kind, values in sizes.items()
    }


def _values(rng: random.Random, language: Language, published: date) -> dict[str, object]:
    (oblast, city), (oblast2, _) = rng.sample(language.oblast_cities, 2)
    drones = rng.randint(20, 800)
    missiles = rng.randint(2, 60)
    ballistic = rng.randint(1, missiles)
    cruise = missiles - ballistic
    down_d, down_b, down_c = rng.randint(0, drones), rng.randint(0, ballistic), rng.randint(0, cruise)
    killed, injured = rng.randint(1, 20), rng.randint(1, 90)
    previous = published - timedelta(days=1)
    return {
        "weekday": language.weekdays[published.weekday()],
        "day": published.day, "month": language.months[published.month - 1],
        "prev_day": previous.day, "prev_month": language.months[previous.month - 1],
        "drones": drones, "missiles": missiles, "ballistic": ballistic, "cruise": cruise,
        "total": drones + missiles,
        "down_d": down_d, "down_b": down_b, "down_c": down_c, "down_m": down_b + down_c,
        "down_total": down_d + down_b + down_c,
        "hit_m": rng.randint(0, 5), "hit_d": rng.randint(0, 30),
        "hits": rng.randint(1, 25), "debris": rng.randint(1, 40), "lost": rng.randint(1, 300),
        "killed": killed, "injured": injured, "age": rng.randint(18, 90),
        "city": city, "oblast": oblast, "oblast_loc": oblast,
        "oblast_nom": _nominative(language, oblast), "oblast2_nom": _nominative(language, oblast2),
        "people": _plural(language, "people", killed),
        "people_killed": _plural(language, "people_killed", killed),
        "people_injured": _plural(language, "people_injured", injured),
    }


def _nominative(language: Language, oblast: str) -> str:
    """The oblast's adjective in the nominative: Харківській -> Харківська, Харьковской -> Харьковская."""
    if language.code == "uk" and oblast.endswith("ій"):
        return oblast[:-2] + "а"
    if language.code == "ru" and oblast.endswith("ой"):
        return oblast[:-2] + "ая"
    return oblast


def _plural(language: Language, noun: str, count: int) -> str:
    """The noun's form after ``count`` (Slavic: 1, 21 / 2-4, 22-24 / the rest)."""
    forms = language.plural.get(noun)
    if forms is None:
        return ""
    if count % 10 == 1 and count % 100 != 11:
        return forms[0]
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return forms[1]
    return forms[2]


def _article(rng: random.Random, language: Language, values: dict[str, object]) -> str:
    """A whole news story of 2-5 KB: headline, lead, figures, damage, then quotes, background and
    links drawn until the story reaches a size drawn for it."""
    target = rng.randint(2000, 5000)
    paragraphs = [rng.choice(language.headlines), rng.choice(language.leads), rng.choice(language.air_force),
                  rng.choice(language.damage)]
    pool = [*language.quotes, *language.background]
    rng.shuffle(pool)
    size = sum(len(p.encode()) for p in paragraphs)
    while pool and size < target:
        paragraphs.append(pool.pop())
        size += len(paragraphs[-1].encode())
    if rng.random() < 0.7:
        paragraphs.insert(rng.randint(5, len(paragraphs)), rng.choice(language.links))
    return "\n\n".join(paragraphs).format(**values)


def _statement(rng: random.Random, language: Language, values: dict[str, object]) -> str:
    """The Air Force's itemised morning statement."""
    launched = zip(language.statement_items, ("ballistic", "cruise", "drones"), strict=True)
    destroyed = zip(language.statement_down_items, ("down_b", "down_c", "down_d"), strict=True)
    items = [item for item, count in launched if values[count]]
    down = [item for item, count in destroyed if values[count]]
    return language.statement.format(items="\n".join(items).format(**values),
                                     down_items="\n".join(down).format(**values), **values)


def _governor(rng: random.Random, language: Language, values: dict[str, object]) -> str:
    return rng.choice(language.governor).format(**values)


def _foreign(rng: random.Random, language: Language, values: dict[str, object]) -> str:
    return rng.choice(language.foreign).format(**values)


_BUILDERS = {"article": _article, "statement": _statement, "governor": _governor, "foreign": _foreign}
