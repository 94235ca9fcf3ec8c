"""Gazetteer lookups and the rules that tie places to the impact of an attack.

Every report sentence here is written for these tests in the style of attack reports.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.gazetteer import DATA_DIR, gazetteer
from extract.place_names import MAX_NAMES, PlaceMention, find_places
from extract.places import impact_places
from extract.text import split_sentences

CANONICAL = [
    "Cherkasy Oblast",
    "Chernihiv Oblast",
    "Chernivtsi Oblast",
    "Dnipropetrovsk Oblast",
    "Donetsk Oblast",
    "Ivano-Frankivsk Oblast",
    "Kharkiv Oblast",
    "Kherson Oblast",
    "Khmelnytskyi Oblast",
    "Kirovohrad Oblast",
    "Kyiv Oblast",
    "Luhansk Oblast",
    "Lviv Oblast",
    "Mykolaiv Oblast",
    "Odesa Oblast",
    "Poltava Oblast",
    "Rivne Oblast",
    "Sumy Oblast",
    "Ternopil Oblast",
    "Vinnytsia Oblast",
    "Volyn Oblast",
    "Zakarpattia Oblast",
    "Zaporizhzhia Oblast",
    "Zhytomyr Oblast",
    "Kyiv City",
    "Crimea",
    "Sevastopol",
]


def places(text: str, skip=()) -> tuple[list[str], list[str]]:
    found = impact_places(text, split_sentences(text), skip)
    return [m.name for m in found.oblasts], [m.name for m in found.cities]


# --- gazetteer -----------------------------------------------------------------------------


def test_the_27_oblast_level_units_have_the_schema_names_and_positions_in_ukraine():
    oblasts = gazetteer().oblasts
    assert sorted(o.name for o in oblasts) == sorted(CANONICAL)
    for oblast in oblasts:
        assert 44 < oblast.lat < 53 and 22 < oblast.lon < 41, oblast


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Kiev region", "Kyiv Oblast"),
        ("Kharkov Oblast", "Kharkiv Oblast"),
        ("Odessa region", "Odesa Oblast"),
        ("Dnepropetrovsk", "Dnipropetrovsk Oblast"),
        ("Zaporozhye region", "Zaporizhzhia Oblast"),
        ("Nikolaev region", "Mykolaiv Oblast"),
        ("Lugansk region", "Luhansk Oblast"),
        ("Chernigov region", "Chernihiv Oblast"),
        ("Rovno region", "Rivne Oblast"),
        ("Khmelnitsky region", "Khmelnytskyi Oblast"),
        ("Kirovograd", "Kirovohrad Oblast"),
        ("Ivano-Frankovsk region", "Ivano-Frankivsk Oblast"),
        ("Transcarpathia", "Zakarpattia Oblast"),
        ("Zakarpatye region", "Zakarpattia Oblast"),
        ("Volhynia", "Volyn Oblast"),
        ("Crimea", "Crimea"),
        ("Kyiv City", "Kyiv City"),
        ("Київщина", "Kyiv Oblast"),
        ("Харківська область", "Kharkiv Oblast"),
        ("Одеській області", "Odesa Oblast"),
        ("Dnipro region", "Dnipropetrovsk Oblast"),
    ],
)
def test_oblast_aliases_resolve_to_the_canonical_name(alias, canonical):
    oblast = gazetteer().oblast(alias)
    assert oblast is not None and oblast.name == canonical


def test_unknown_oblast_is_none():
    assert gazetteer().oblast("Kursk region") is None
    assert gazetteer().oblast("") is None


@pytest.mark.parametrize(
    ("name", "city", "oblast"),
    [
        ("Kyiv", "Kyiv", "Kyiv City"),
        ("Kiev", "Kyiv", "Kyiv City"),
        ("Kharkov", "Kharkiv", "Kharkiv Oblast"),
        ("Odessa", "Odesa", "Odesa Oblast"),
        ("Dnipropetrovsk", "Dnipro", "Dnipropetrovsk Oblast"),
        ("Kryvyy Rih", "Kryvyi Rih", "Dnipropetrovsk Oblast"),
        ("Kirovohrad", "Kropyvnytskyi", "Kirovohrad Oblast"),
        ("Zaporozhye", "Zaporizhzhia", "Zaporizhzhia Oblast"),
        ("Izmayil", "Izmail", "Odesa Oblast"),
        ("Bila Tserkva", "Bila Tserkva", "Kyiv Oblast"),
        ("Khmelnytskyi", "Khmelnytskyi", "Khmelnytskyi Oblast"),
        ("Mykolayiv", "Mykolaiv", "Mykolaiv Oblast"),
        ("Chuguyev", "Chuhuiv", "Kharkiv Oblast"),
        ("Київ", "Kyiv", "Kyiv City"),
        ("Sevastopol", "Sevastopol", "Sevastopol"),
    ],
)
def test_city_lookup_gives_the_modern_spelling_and_oblast(name, city, oblast):
    found = gazetteer().city(name)
    assert found is not None
    assert (found.name, found.oblast) == (city, oblast)
    assert found.population > 0


def test_other_transliterations_find_the_town():
    gaz = gazetteer()
    assert gaz.closest_city("Chuhuyev").name == "Chuhuiv"
    assert gaz.closest_city("Kupyansk").name == "Kupiansk"
    assert gaz.closest_city("Nowhereville") is None
    oblasts, cities = places("Two missiles struck the town of Chuhuyev, damaging a school.")
    assert (oblasts, cities) == (["Kharkiv Oblast"], ["Chuhuiv"])


def test_villages_are_in_the_gazetteer_and_namesakes_are_kept_apart():
    gaz = gazetteer()
    assert len(gaz.cities) > 5000
    namesakes = gaz.cities_named("Novoselivka")
    assert len({c.oblast for c in namesakes}) > 1
    own_name = [c for c in namesakes if c.name == "Novoselivka"]
    assert namesakes[0].population == max(c.population for c in own_name)


@pytest.mark.parametrize(
    ("form", "city"),
    [
        ("Харкова", "Kharkiv"),
        ("Києві", "Kyiv"),
        ("Одесі", "Odesa"),
        ("Дніпрі", "Dnipro"),
        ("Кривому Розі", "Kryvyi Rih"),
        ("Білій Церкві", "Bila Tserkva"),
        ("Тернополі", "Ternopil"),
        ("Сумах", "Sumy"),
        ("Кропивницькому", "Kropyvnytskyi"),
        ("Запоріжжі", "Zaporizhzhia"),
    ],
)
def test_ukrainian_case_forms_find_the_town(form, city):
    found = gazetteer().city(form)
    assert found is not None and found.name == city


def test_ukrainian_oblast_forms_in_running_text():
    text = "Уночі ворог атакував Харківщину, у Дніпропетровській області та в Одесі пролунали вибухи."
    assert [m.name for m in find_places(text)] == ["Kharkiv Oblast", "Dnipropetrovsk Oblast", "Odesa"]


def test_the_committed_gazetteer_is_what_the_script_builds(tmp_path):
    import importlib.util

    script = DATA_DIR.parent.parent / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(tmp_path)
    for name in ("cities.csv", "oblasts.json", "former_names.json"):
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), name


def test_renamed_cities_answer_to_their_old_names():
    gaz = gazetteer()
    assert gaz.city("Severodonetsk").name == "Sievierodonetsk"
    assert gaz.city("Novomoskovsk").name == "Samar"
    assert gaz.city("Artemivsk").name == "Bakhmut"
    assert gaz.city("Новомосковськ").name == "Samar" and gaz.city("Кіровоград").name == "Kropyvnytskyi"


def test_a_town_renamed_in_the_war_is_known_by_its_former_name_too():
    gaz = gazetteer()
    assert gaz.former_name("Новомосковську") == "Novomoskovsk"
    assert gaz.former_name("Новомосковске") == "Novomoskovsk"
    assert gaz.former_name("Krasnohrad") == "Krasnohrad"
    assert gaz.former_name("Самарі") is None and gaz.former_name("Кропивницькому") is None
    # the former name the record keeps finds the town (map, consolidation)
    assert gaz.city("Novomoskovsk").name == "Samar" and gaz.city("Chervonohrad").name == "Sheptytskyi"


def test_urban_districts_know_their_city():
    district = gazetteer().city("Obolon")
    assert district is not None and district.part_of == "Kyiv"


# --- finding names -------------------------------------------------------------------------


def test_mention_offsets_point_at_the_name_in_the_text():
    text = "Overnight a drone struck a warehouse in Kryvyi Rih, and debris fell in the Odesa region."
    mentions = find_places(text)
    assert [(m.name, text[m.start : m.end]) for m in mentions] == [
        ("Kryvyi Rih", "Kryvyi Rih"),
        ("Odesa Oblast", "Odesa"),
    ]
    assert mentions[0] == PlaceMention("Kryvyi Rih", "city", "Dnipropetrovsk Oblast", 40, 50)


def test_streets_people_and_russian_places_are_not_ukrainian_places():
    text = (
        "Governor Serhii Lysak visited Taras Shevchenko Street. Drones were launched from the Kursk "
        "and Bryansk regions of Russia, and a fire broke out in Belgorod."
    )
    assert find_places(text) == []


def test_a_town_named_like_a_first_name_is_not_the_person():
    assert find_places("Volodymyr Zelensky said the strike was deliberate.") == []
    found = find_places("Lubny Mayor Oleksandr Hrytsaienko reported a fire.")
    assert [m.name for m in found] == ["Lubny"]


def test_capital_standing_for_the_government_or_in_a_dateline_is_no_place():
    text = "KYIV, March 3 (Wire) - Kyiv said the strike was aimed at civilians, and Moscow denied it."
    assert find_places(text) == []


def test_the_dnipro_is_the_river():
    assert places("A drone launched from across the Dnipro damaged a school in Kherson.") == (
        ["Kherson Oblast"],
        ["Kherson"],
    )
    assert places("A missile hit an apartment block in Dnipro.") == (["Dnipropetrovsk Oblast"], ["Dnipro"])


def test_rivers_clocks_and_power_plants():
    text = (
        "At 3 a.m. Kyiv time a drone fell into the Dnipro River. "
        "Shelling cut power to the Zaporizhzhia nuclear power plant."
    )
    assert [(m.name, m.kind) for m in find_places(text)] == [("Zaporizhzhia Oblast", "oblast")]


def test_wire_dateline_is_not_a_struck_place():
    text = "KYIV, Ukraine (Wire) — Russian drones struck an oil depot in Odesa overnight."
    assert places(text) == (["Odesa Oblast"], ["Odesa"])


def test_common_words_need_a_settlement_word():
    assert find_places("Bar owners in the city centre were unharmed.") == []
    found = find_places("A shell hit the town of Bar in the evening.")
    assert [(m.name, m.oblast) for m in found] == [("Bar", "Vinnytsia Oblast")]


# --- impact --------------------------------------------------------------------------------


def test_struck_city_adds_its_oblast_and_kyiv_is_kyiv_city():
    oblasts, cities = places(
        "A ballistic missile hit an apartment block in Kyiv. "
        "Two people were injured in Kharkiv after a drone struck a school."
    )
    assert cities == ["Kyiv", "Kharkiv"]
    assert oblasts == ["Kyiv City", "Kharkiv Oblast"]


def test_region_gives_the_oblast_only():
    oblasts, cities = places(
        "Debris damaged three houses in the Kharkiv region overnight. In Kyiv Oblast a warehouse caught fire."
    )
    assert (oblasts, cities) == (["Kharkiv Oblast", "Kyiv Oblast"], [])


def test_regions_from_one_to_another():
    text = "Blasts rang out in five regions, from Poltava to Rivne and Volyn."
    assert places(text) == (["Poltava Oblast", "Rivne Oblast", "Volyn Oblast"], [])


def test_a_town_outside_a_named_city_is_not_that_city():
    text = "Missiles struck a village outside the country's second largest city, Kharkiv, killing a man."
    assert places(text) == (["Kharkiv Oblast"], [])


def test_a_suburb_of_the_capital_is_kyiv_oblast():
    assert places("A drone hit a high-rise in the Kyiv suburb of Brovary.") == (["Kyiv Oblast"], ["Brovary"])


@pytest.mark.parametrize(("adjective", "oblast"), [
    ("Synelnykivskyi", "Dnipropetrovsk Oblast"), ("Chuhuivskyi", "Kharkiv Oblast"),
    ("Okhtyrskyi", "Sumy Oblast"), ("Kremenchutskyi", "Poltava Oblast"), ("Brovarskyi", "Kyiv Oblast"),
    ("Cherkaskyi", "Cherkasy Oblast"), ("Kamianskyi", "Dnipropetrovsk Oblast"),
])
def test_a_district_named_by_its_towns_adjective_gives_the_oblast(adjective, oblast):
    found = gazetteer().district_oblast(adjective)
    assert found is not None and found.name == oblast
    text = f"A drone damaged a farm building in the {adjective} district overnight."
    assert places(text) == ([oblast], [])


def test_urban_district_adjectives_are_not_raions():
    assert gazetteer().district_oblast("Kyivskyi") is None
    assert gazetteer().district_oblast("Kholodnohirskyi") is None
    assert places("A drone hit a house in the Kyivskyi district.") == ([], [])


def test_community_district_and_near_give_the_oblast_not_the_town():
    oblasts, cities = places(
        "A drone hit a farm in the Pavlohrad community. "
        "Debris set fire to a field in Shostka district. "
        "A missile damaged power lines near Bila Tserkva."
    )
    assert cities == []
    assert oblasts == ["Dnipropetrovsk Oblast", "Sumy Oblast", "Kyiv Oblast"]


def test_places_where_drones_were_only_shot_down_do_not_count():
    oblasts, cities = places(
        "Air defence shot down 40 drones over the Poltava, Sumy and Chernihiv regions. "
        "Falling debris damaged a garage in Lubny."
    )
    assert cities == ["Lubny"]
    assert oblasts == ["Poltava Oblast"]


def test_destroyed_drones_are_not_destroyed_buildings():
    assert places("Twelve drones were destroyed in the Sumy region.") == ([], [])
    assert places("The enemy attacked Kryvyi Rih with a missile. A five-storey building was destroyed.") == (
        ["Dnipropetrovsk Oblast"],
        ["Kryvyi Rih"],
    )
    grain = "A drone attack on Izmail destroyed 9,000 tonnes of grain."
    assert places(grain) == (["Odesa Oblast"], ["Izmail"])


def test_a_list_of_regions_that_were_hit():
    oblasts, cities = places("Kyiv, Kharkiv and Odesa regions were hit, the energy ministry said.")
    assert (oblasts, cities) == (["Kyiv Oblast", "Kharkiv Oblast", "Odesa Oblast"], [])


def test_impact_in_a_later_sentence_of_the_same_paragraph():
    text = (
        "In Dnipro, air defence was working for two hours. A fire broke out at a car repair shop.\n\n"
        "Drones were destroyed over Zhytomyr region.\n\nNo damage was reported."
    )
    assert places(text) == (["Dnipropetrovsk Oblast"], ["Dnipro"])


def test_a_paragraph_that_goes_on_about_the_last_one():
    text = "At night the enemy attacked the Sumy community with drones.\n\nAs a result, a house burned down."
    assert places(text) == (["Sumy Oblast"], [])
    other = "At night the enemy attacked the Sumy community with drones.\n\nA house burned down."
    assert places(other) == ([], [])


def test_governor_of_a_region_reporting_damage():
    oblasts, cities = places(
        "The head of the Mykolaiv regional military administration said an "
        "infrastructure facility was damaged and a fire broke out."
    )
    assert (oblasts, cities) == (["Mykolaiv Oblast"], [])


def test_a_small_place_counts_when_its_oblast_is_named_close_by():
    assert places("In Kherson Oblast, a drone killed a cyclist in Bilozerka.") == (
        ["Kherson Oblast"],
        ["Bilozerka"],
    )
    assert places("A drone killed a cyclist in Bilozerka.") == ([], [])


def test_power_cut_in_a_list_of_regions():
    assert places("The grid operator said power was cut in the Sumy, Chernihiv and Poltava regions.") == (
        ["Sumy Oblast", "Chernihiv Oblast", "Poltava Oblast"],
        [],
    )


def test_the_regional_centre_of_the_region_named_last():
    text = (
        "Air defence was active over Kyiv at night.\n\nDrones attacked the Sumy region. "
        "In the regional centre, a drone hit a dormitory."
    )
    assert places(text) == (["Sumy Oblast"], ["Sumy"])


def test_the_city_of_a_regional_governor():
    oblasts, cities = places("The Zaporizhzhia regional governor said a drone killed two people in the city.")
    assert (oblasts, cities) == (["Zaporizhzhia Oblast"], ["Zaporizhzhia"])


def test_the_attackers_claims_are_not_impact():
    text = "Russia’s defence ministry said its missiles struck an airfield near Starokostiantyniv."
    assert places(text) == ([], [])


def test_shelling_and_ground_fighting_are_not_this_attack():
    oblasts, cities = places(
        "Russian artillery shelled Nikopol, wounding two men. Troops are fighting near Pokrovsk."
    )
    assert (oblasts, cities) == ([], [])


def test_sheltering_is_not_impact():
    assert places("Residents of Kyiv spent the night in metro shelters.") == ([], [])


def test_left_without_power_is_impact():
    text = "Strikes on the Mykolaiv and Kirovohrad regions left some villages without power."
    assert places(text) == (["Mykolaiv Oblast", "Kirovohrad Oblast"], [])


def test_negated_impact_and_mere_targets_do_not_count():
    oblasts, cities = places("There was no damage in Rivne. Lviv came under attack at night.")
    assert (oblasts, cities) == ([], [])


def test_where_the_missiles_were_launched_from_is_not_struck():
    text = "Russia fired five missiles from occupied Crimea, hitting a warehouse in Odesa."
    assert places(text) == (["Odesa Oblast"], ["Odesa"])


def test_a_daily_roundup_is_not_this_attack():
    text = "Over the past day, drones and artillery hit 14 settlements in Zaporizhzhia Oblast, injuring two."
    assert places(text) == ([], [])


def test_skipped_background_sentences_are_ignored():
    text = "A drone hit a house in Sumy. A week earlier a missile killed four people in Poltava."
    assert places(text, skip={1}) == (["Sumy Oblast"], ["Sumy"])


def test_the_capital_its_suburbs_and_a_village_too_small_for_the_gazetteer():
    text = (
        "Explosions were heard in the capital. Fires broke out in the capital's suburbs. "
        "In the village of Zelenyi Hai in Fastiv district a woman was wounded."
    )
    oblasts, cities = places(text)
    assert cities == ["Kyiv", "Zelenyi Hai"]
    assert oblasts == ["Kyiv City", "Kyiv Oblast"]


def test_odesa_city_and_odesa_region_are_told_apart():
    oblasts, cities = places(
        "Drone debris damaged a port warehouse in the Odesa region. In Odesa itself a tram depot burned."
    )
    assert cities == ["Odesa"]
    assert oblasts == ["Odesa Oblast"]


def test_impact_places_returns_deduplicated_mentions_with_offsets():
    text = "A missile struck Uman. Rescuers in Uman searched the rubble; nine people died in Uman."
    found = impact_places(text, split_sentences(text))
    assert [m.name for m in found.cities] == ["Uman"]
    first = found.cities[0]
    assert text[first.start : first.end] == "Uman" and first.start == 17
    assert found.oblasts[0].name == "Cherkasy Oblast"


def test_the_capital_of_a_region_is_not_kyiv():
    assert places("A drone hit a shop in the capital of the region.") == ([], [])


def test_a_text_that_is_only_names_is_read_up_to_the_limit():
    text = "Kyiv was hit. " * (MAX_NAMES + 500)
    assert len(find_places(text)) == MAX_NAMES
    oblasts, cities = places(text)
    assert (oblasts, cities) == (["Kyiv City"], ["Kyiv"])


def test_nothing_in_nothing_out():
    assert places("") == ([], [])
    assert find_places("\x00\x01 ,,, ;;;") == []


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
    | st.lists(
        st.sampled_from(
            [
                "Kyiv",
                "Kharkiv region",
                "the village of",
                "hit",
                ",",
                "and",
                "near",
                "Odesa",
                "\n",
                "Київ",
                "district",
                "'s",
                "drones were shot down",
                ".",
            ]
        ),
        max_size=60,
    ).map(" ".join)
)
def test_any_text_gives_mentions_that_point_into_it(text):
    found = impact_places(text, split_sentences(text))
    for mention in [*found.oblasts, *found.cities, *find_places(text)]:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.kind in ("oblast", "city")


def test_every_phrase_for_the_capital_is_found_and_the_country_alone_is_not_it():
    # find_places looks for the capital's phrases only in a text holding one of their anchors
    # ("capital", "столиця" …): a phrase whose anchor were missed would lose Kyiv
    from extract.place_names import _CAPITAL_PHRASES
    for phrase in _CAPITAL_PHRASES:
        text = f"Overnight drones struck {phrase}, officials said."
        found = [m for m in find_places(text) if text[m.start:m.end].lower() == phrase.lower()]
        assert [(m.name, m.kind) for m in found] == [("Kyiv", "city")], phrase
    assert find_places("Ukraine said Ukrainian air defence worked overnight; Україна, українська ППО.") == []


def test_a_heading_line_past_the_navigation_ends_the_places_read():
    from extract.places import struck_places

    def struck(text: str) -> list[str]:
        return [m.name for m, _ in struck_places(text, split_sentences(text))]

    story = "A drone hit a house in Uman overnight, the governor said.\n"
    later = "Read more\nA missile hit a school in Sumy.\n"
    padding = "Officials met to talk about the winter and the grid. " * 6 + "\n"
    assert struck(story + padding + later) == ["Uman"]
    # a heading among the first lines is the page's navigation: what follows is still read
    assert struck("Read more\n" + story + "A missile hit a school in Sumy.\n") == ["Uman", "Sumy"]
    # a heading line from the 300th character on ends the reading; one starting before is navigation
    for shift in range(-2, 3):
        head = story + "x" * (300 - len(story) - 1 + shift) + "\n"  # the heading starts at 300 + shift
        assert struck(head + later) == (["Uman"] if shift >= 0 else ["Uman", "Sumy"]), shift
