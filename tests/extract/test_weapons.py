import re

import pytest

from extract.lang import LANGUAGE_CODES, get_language
from extract.weapons import find_mentions, identify_model, models_named
from extract.weapons import grammar as weapon_grammar


def mentions(text: str):
    return [(m.value, m.weapon_class, m.model) for m in find_mentions(text, 0, len(text))]


@pytest.mark.parametrize(
    ("spelling", "model", "family", "weapon_class"),
    [
        ("Kh-101", "Kh-101", "cruise", "missile"),
        ("X-101", "Kh-101", "cruise", "missile"),
        ("Kh-555", "Kh-555", "cruise", "missile"),
        ("Kh-55", "Kh-55", "cruise", "missile"),
        ("Kalibr", "Kalibr", "cruise", "missile"),
        ("Iskander-K", "Iskander-K", "cruise", "missile"),
        ("Iskander-M", "Iskander-M", "ballistic", "missile"),
        ("Kh-22", "Kh-22", "cruise", "missile"),
        ("Kh-32", "Kh-32", "cruise", "missile"),
        ("Kh-35", "Kh-35", "cruise", "missile"),
        ("Oniks", "Oniks", "cruise", "missile"),
        ("Zircon", "Zircon", "cruise", "missile"),
        ("KN-23", "KN-23", "ballistic", "missile"),
        ("S-300", "S-300", "ballistic", "missile"),
        ("S-400", "S-400", "ballistic", "missile"),
        ("Kinzhal", "Kh-47M2 Kinzhal", "aeroballistic", "missile"),
        ("Kh-47M2", "Kh-47M2 Kinzhal", "aeroballistic", "missile"),
        ("Kh-59", "Kh-59", "guided", "missile"),
        ("Kh-69", "Kh-69", "guided", "missile"),
        ("Kh-31P", "Kh-31P", "guided", "missile"),
        ("KAB", "KAB", "guided_bomb", "guided_bomb"),
        ("Shahed", "Shahed", "shahed", "drone"),
        ("Geran-2", "Shahed", "shahed", "drone"),
        ("Gerbera", "Gerbera", "decoy", "drone"),
        ("jet Shahed", "Shahed-238", "jet", "drone"),
    ],
)
def test_models(spelling: str, model: str, family: str, weapon_class: str) -> None:
    found = identify_model(f"The force reported a {spelling} over the region.")
    assert found is not None
    assert (found.model, found.family, found.weapon_class) == (model, family, weapon_class)


def test_drones_versus_missiles() -> None:
    assert mentions("Russia sent 120 attack UAVs and 8 cruise missiles.") == [
        (120, "drone", None),
        (8, "missile", None),
    ]
    assert mentions("The enemy used 30 Shahed-type drones.") == [(30, "drone", "Shahed")]
    assert mentions("It fired six Kalibrs.") == [(6, "missile", "Kalibr")]
    assert mentions("They launched 17 decoys.") == [(17, "drone", None)]


def test_a_mixed_noun_phrase_is_a_total() -> None:
    assert mentions("Russia sent 410 drones and missiles at the country.") == [(410, "total", None)]
    assert mentions("Russia sent over 350 drones and ballistic and cruise missiles.") == [
        (350, "total", None)
    ]


def test_reconnaissance_drones_are_their_own_class() -> None:
    assert mentions("Units downed 3 Orlan-10 drones.") == [(3, "recon", "Orlan-10")]


def test_a_weapon_word_used_as_a_modifier_is_not_a_count() -> None:
    assert mentions("A drone attack hit the port.") == []
    assert mentions("Two drone strikes hit the port.") == []


def test_singular_counts_one() -> None:
    assert mentions("The city was struck with an Iskander-M missile.") == [(1, "missile", "Iskander-M")]


def test_partitive() -> None:
    found = find_mentions("crews shot down 40 of 45 drones", 0, 32)
    assert [(m.value, m.partitive) for m in found] == [(40, "part"), (45, "whole")]


def test_guided_bombs_are_listed_but_not_counted() -> None:
    from extract import extract_report

    r = extract_report(
        "Russian aircraft dropped 12 KAB guided bombs on the region and launched 40 drones."
    ).to_dict()
    assert r["total_launched"] == 40
    assert {
        "model": "KAB",
        "family": "guided_bomb",
        "class": "guided_bomb",
        "launched": 12,
        "destroyed": None,
    } in (r["weapons"])


def test_a_language_spells_only_models_the_shared_table_knows():
    from extract.lang.weapon_models import weapon_models

    with pytest.raises(KeyError, match="Kh-999"):
        weapon_models({"Kh-101": r"kh-?101", "Kh-999": r"kh-?999"})
    (model,) = weapon_models({"Kh-101": r"kh-?101"})
    assert (model.model, model.family, model.weapon_class) == ("Kh-101", "cruise", "missile")


@pytest.mark.parametrize("name", ["Kh-59MK2", "X-31PD"])
def test_dataset_spellings_of_guided_missiles(name):
    from extract.weapons import identify_model

    assert identify_model(name).family == "guided"


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("en", "Air defence downed two Kh-101 missiles and a Kalibr over the south."),
        ("en", "The enemy also used Shahed-136 drones and KABs against the city."),
        ("en", "Air defence downed 40 drones and two missiles over the south."),
        ("en", "The governor said 55 people sought help after the strike."),
        ("uk", "Сили ППО знищили дві ракети Х-101 та Калібр над півднем."),
        ("uk", "Противник атакував 40 ударними БпЛА типу Шахед."),
        ("uk", "Сили ППО знищили 40 дронів над півднем."),
        ("ru", "ПВО сбила две ракеты Х-59 и Искандер-М над югом."),
        ("ru", "ПВО сбила 40 беспилотников над югом."),
        ("en", "ſhahed drones over the ſouth."),  # cannot be lower-cased alike: the plain search
    ],
)
def test_names_model_says_what_any_model_would_find(code, sentence):
    from extract.weapons import grammar, names_model

    expected = grammar(code).any_model.search(sentence) is not None
    assert names_model(sentence, 0, len(sentence), code) is expected
    # and within a stretch of a longer text, as the clause module asks it
    text = "Officials spoke at noon. " + sentence + " Rescuers are at work."
    start = len("Officials spoke at noon. ")
    assert names_model(text, start, start + len(sentence), code) is expected


def test_names_model_tells_a_model_from_none():
    from extract.weapons import names_model

    named, plain = "Two Iskander-M missiles struck the port.", "Two missiles struck the port."
    assert names_model(named, 0, len(named)) and not names_model(plain, 0, len(plain))



@pytest.mark.parametrize(
    ("sentence", "models"),
    [
        (
            "Overnight Russia used Kalibr missiles, Iskander-M ballistic missiles and Shahed drones.",
            ["Kalibr", "Iskander-M", "Shahed"],
        ),
        # a factory is no weapon flown
        (
            "Kh-101 and Kh-555 cruise missiles flew towards Lviv; the Shahed factory was hit.",
            ["Kh-101", "Kh-555"],
        ),
        (
            "The KALIBR and the kinzhal were both named in one breath, then Shaheds again.",
            ["Kalibr", "Kh-47M2 Kinzhal", "Shahed"],
        ),
        ("No model is named in this sentence at all.", []),
    ],
)
def test_models_named_left_to_right_as_the_one_pass_alternation_finds_them(
    sentence: str, models: list[str]
) -> None:
    """models_named gives the models any_model's own scan finds, left to right, less those that
    name no weapon flown: the quick scan (some_model) finds the same spans."""
    g = weapon_grammar("en")
    not_weapon = re.compile(get_language("en").phrases["model_not_weapon_after"], re.IGNORECASE)
    scanned = [
        g.language.models[int(named.lastgroup[1:])]
        for named in g.any_model.finditer(sentence)
        if not not_weapon.match(sentence, named.end())
    ]
    got = models_named(sentence, 0, len(sentence), "en")
    assert got == [(m.model, m.family, m.weapon_class) for m in scanned]
    assert [model for model, _, _ in got] == models


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("en", "Both missiles were intercepted over the capital, the air force said."),
        ("en", "Air defence downed all the drones; none of them reached the port."),
        ("en", "Of the 18 drones, 15 were shot down and none were lost from radar."),
        ("en", "A drone hit a warehouse in Sumy and 40 drones were shot down."),
        ("uk", "Обидві ракети збили над Одесою, а всі дрони знешкоджено."),
        ("uk", "Усі 12 безпілотників знищено над Черкащиною."),
        ("uk", "Ворог атакував 30 дронами, 25 із них збито."),
        ("ru", "Обе ракеты сбиты, все беспилотники уничтожены над Харьковом."),
        ("ru", "Противник запустил 14 дронов, 11 из них сбиты."),
    ],
)
def test_mentions_are_the_same_with_the_sentence_words_as_without(code: str, sentence: str) -> None:
    """The sentence's words only spare scans for openings ("both", "all", "none") it does not
    hold: every mention found without them is found with them."""
    words = "\n" + "\n".join(set(re.findall(r"[^\W_][\w'’-]*", sentence.lower())))
    plain = find_mentions(sentence, 0, len(sentence), code)
    gated = find_mentions(sentence, 0, len(sentence), code, words=words)
    assert [(m.start, m.end, m.value, m.weapon_class, m.all_n) for m in gated] == [
        (m.start, m.end, m.value, m.weapon_class, m.all_n) for m in plain
    ]
    assert plain  # each sentence counts a weapon of some kind


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_a_language_without_the_no_weapon_phrase_names_no_models_without_counts(code: str) -> None:
    # extract.named_models skips a report in such a language at once: models_named must list
    # none there, and list models where the phrase is given
    sentences = {
        "en": "Russia used Shahed drones and Kinzhal missiles in the attack.",
        "uk": "Росія застосувала дрони Shahed і ракети Кинджал під час атаки.",
        "ru": "Россия применила дроны Shahed и ракеты Кинжал во время атаки.",
    }
    sentence = sentences.get(code, sentences["en"])
    found = models_named(sentence, 0, len(sentence), code)
    if "model_not_weapon_after" in get_language(code).phrases:
        assert found
    else:
        assert found == []
