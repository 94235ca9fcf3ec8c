"""Kinds of misses in Ukrainian and Russian reports (issue 13, third session), each shown in
sentences written for these tests in the style of Air Force statements and outlets' reports, with
a second wording the rule must also get and a near miss it must leave alone."""

from extract import extract_report


def record(text: str, published: object = "2025-03-14") -> dict:
    return extract_report(text, published=published).to_dict()


# --- a report of a run of nights tells the earlier night too ----------------------------------


def test_the_earlier_night_of_a_run_of_nights_is_background() -> None:
    r = record(
        "Росія третю ніч поспіль атакує Україну дронами та ракетами.\n"
        "Цієї ночі ворог запустив 45 ударних дронів і 4 ракети, сили ППО збили 38 дронів.\n"
        "Минулої ночі окупанти застосували 90 дронів та 12 ракет, загинули двоє людей, ще 15 поранені.\n"
        "Внаслідок тієї атаки пошкоджено будинки у Житомирі."
    )
    assert (r["drones_launched"], r["missiles_launched"], r["drones_destroyed"]) == (45, 4, 38)
    assert r["killed"] is None and r["injured"] is None
    assert "Zhytomyr" not in r["cities"]


def test_the_earlier_night_of_a_run_in_russian() -> None:
    r = record(
        "Россия вторую ночь подряд атакует Украину ударными беспилотниками.\n"
        "По данным Воздушных сил, враг выпустил 30 дронов, 25 из них сбиты.\n"
        "Прошлой ночью оккупанты запустили 120 дронов и 8 ракет. В Киеве погибли три человека."
    )
    assert (r["drones_launched"], r["drones_destroyed"]) == (30, 25)
    assert r["missiles_launched"] is None and r["killed"] is None
    assert "Kyiv" not in r["cities"]


def test_this_nights_words_end_the_earlier_nights_story() -> None:
    r = record(
        "Другу ніч поспіль ворог атакує Одещину.\n"
        "Вночі противник запустив 20 дронів, збито 17.\n"
        "Попередньої ночі було запущено 60 дронів.\n"
        "Цієї ночі у Одесі поранено двох людей."
    )
    assert (r["drones_launched"], r["drones_destroyed"], r["injured"]) == (20, 17, 2)
    assert "Odesa" in r["cities"]


def test_last_night_opening_the_first_count_is_this_night() -> None:
    r = record(
        "Росія другу ніч поспіль атакує столицю.\n"
        "Минулої ночі ворог запустив 50 дронів, сили ППО збили 44. У Києві поранено трьох людей."
    )
    assert (r["drones_launched"], r["drones_destroyed"], r["injured"]) == (50, 44, 3)
    assert "Kyiv" in r["cities"]


# --- a count of air targets when the only weapon named is a drone -------------------------------


def test_air_targets_are_drones_when_plural_drones_are_the_only_weapon() -> None:
    r = record(
        "Через ворожі БпЛА в області тривога тривала всю ніч. Наші оборонці мінуснули 12 повітряних цілей."
    )
    assert (r["drones_destroyed"], r["total_destroyed"]) == (12, 12)
    r = record("Російські БпЛА атакували громаду вночі. Сили ППО знищили 9 цілей.")
    assert (r["drones_destroyed"], r["total_destroyed"]) == (9, 9)


def test_air_targets_stay_a_total_when_missiles_are_named_too() -> None:
    r = record("Ворожі БпЛА та ракети атакували область. Знищено 9 цілей.")
    assert (r["drones_destroyed"], r["total_destroyed"]) == (None, 9)


# --- a target said to fly a ballistic path is a missile ----------------------------------------


def test_a_ballistic_target_downed_is_a_missile() -> None:
    r = record(
        "Вночі ворог атакував країну дронами-камікадзе та ракетами різних типів. "
        "ППО вдалося збити одну аеробалістичну ціль."
    )
    assert r["missiles_destroyed"] == 1
    assert r["total_destroyed"] is None  # the drones' fate is not told
    r = record("Сили ППО знищили дві балістичні цілі та 20 дронів над Києвом.")
    assert (r["missiles_destroyed"], r["drones_destroyed"], r["total_destroyed"]) == (2, 20, 22)
    r = record("Ночью ПВО сбила одну аэробаллистическую цель над Киевом.")
    assert r["missiles_destroyed"] == 1


def test_air_targets_without_a_ballistic_word_stay_a_total() -> None:
    r = record("Вночі ППО знищила 14 повітряних цілей над областю.")
    assert (r["missiles_destroyed"], r["total_destroyed"]) == (None, 14)


# --- a single kamikaze drone that hit is the attack's one drone --------------------------------


def test_a_single_kamikaze_drone_that_hit_counts_one() -> None:
    r = record("Вночі у Кривий Ріг прилетів ворожий дрон-камікадзе, пошкоджено школу.")
    assert (r["drones_launched"], r["total_launched"]) == (1, 1)
    r = record("Ночью российский дрон-камикадзе попал в здание в Никополе.")
    assert (r["drones_launched"], r["total_launched"]) == (1, 1)


def test_a_bare_drone_that_hit_or_one_of_a_barrage_is_no_count() -> None:
    assert record("Вночі ворожий дрон влучив у школу в Кривому Розі.")["drones_launched"] is None
    r = record("Масована атака: вночі ворожий дрон-камікадзе влучив у школу, а ракети - у завод.")
    assert r["drones_launched"] is None
    r = record("Вночі ворог атакував область 30 дронами-камікадзе. Один дрон-камікадзе влучив у школу.")
    assert r["drones_launched"] == 30


# --- a related story's headline closing the page ------------------------------------------------


def test_a_related_headline_closing_the_page_is_not_this_attack() -> None:
    story = (
        "Вночі ворожі безпілотники атакували громаду на Полтавщині. Пошкоджено склад і два будинки.\n\n"
        "Про це повідомив начальник ОВА. Попередньо, обійшлося без загиблих, а наслідки уточнюються.\n\n"
    )
    r = record(story + "окупанти вдарили ракетою по Кременчуку: загинули двоє людей")
    assert r["killed"] == 0 and "Kremenchuk" not in r["cities"]
    r = record(story + "Росіяни атакували Харків шахедами вночі: поранено трьох")
    assert r["injured"] is None and "Kharkiv" not in r["cities"]


def test_a_closing_list_item_or_a_cut_sentence_still_counts() -> None:
    story = (
        "Вночі ворожі безпілотники атакували Київ. Уламки впали у кількох районах столиці, є поранені.\n\n"
        "Про це повідомила КМВА. Наслідки атаки по районах міста такі.\n\n"
    )
    r = record(story + "Дніпровський район: поранено двох людей, пошкоджено будинок")
    assert r["injured"] == 2
    r = record(story + "У Дніпровському районі поранено двох людей, пошкоджено житлов")
    assert r["injured"] == 2


# --- an oblast adjective in -зька declined like -ська and -цька -------------------------------


def test_zaporizhzhia_oblast_in_its_case_forms() -> None:
    r = record("Вночі ракета впала у Запорізькій області, вибуховою хвилею пошкоджено будинки.")
    assert r["oblasts"] == ["Zaporizhzhia Oblast"]
    r = record("Уламки дрона пошкодили лінію електропередач у Запорізькому районі Запорізької області.")
    assert r["oblasts"] == ["Zaporizhzhia Oblast"]
    r = record("Ночью ракета упала в Запорожской области, повреждены дома.")
    assert r["oblasts"] == ["Zaporizhzhia Oblast"]


# --- one missile told in the genitive, lost after a dash and a pronoun ---------------------------


def test_one_missile_in_the_genitive_is_no_plural_and_its_loss_counts() -> None:
    r = record(
        "Вночі ворог запустив 12 ударних БпЛА, сили ППО збили 12. "
        "Крім того, з літака запущено крилату ракету Х-59. "
        "Щодо крилатої ракети Х-59 – вона не досягла цілі й упала в полі."
    )
    assert (r["missiles_launched"], r["total_launched"], r["suppressed"]) == (1, 13, 1)
    # the one missile launched was lost, none destroyed: the destroyed total adds up
    assert (r["missiles_destroyed"], r["drones_destroyed"], r["total_destroyed"]) == (0, 12, 12)
    r = record(
        "Ночью враг запустил 12 ударных БпЛА, ПВО сбила 12. Кроме того, запущена крылатая ракета Х-59. "
        "Что касается крылатой ракеты Х-59 – она не достигла цели."
    )
    assert (r["missiles_launched"], r["suppressed"], r["missiles_destroyed"]) == (1, 1, 0)


def test_missiles_partly_lost_leave_their_destroyed_figure_open() -> None:
    r = record("Ворог запустив 20 дронів і 3 ракети Х-59. Збито 18 дронів. Дві ракети Х-59 не досягли цілей.")
    assert (r["missiles_launched"], r["suppressed"]) == (3, 2)
    assert r["missiles_destroyed"] is None and r["total_destroyed"] is None


def test_one_class_counted_twice_between_two_verbs_parts_in_two() -> None:
    r = record("Ворог запустив 20 дронів. Збито 15 дронів, 5 дронів локаційно втрачено.")
    assert (r["drones_destroyed"], r["suppressed"]) == (15, 5)
    r = record("Противник запустил 20 дронов. Сбито 15 дронов, 5 дронов локационно потеряны.")
    assert (r["drones_destroyed"], r["suppressed"]) == (15, 5)
    # a pronoun opening a clause after a comma is no dash's: the count keeps the verb before
    r = record("Вночі ворог запустив 12 ударних дронів, вони летіли з півночі.")
    assert r["drones_launched"] == 12
    # two classes in one list keep the one verb before them
    r = record("Вночі сили ППО збили 15 дронів та 3 ракети.")
    assert (r["drones_destroyed"], r["missiles_destroyed"], r["suppressed"]) == (15, 3, None)


# --- "launched N, all shot down": the count keeps its verb, and all of it was downed -------------


def test_launched_then_all_downed_after_a_comma() -> None:
    for text in (
        "Вночі ворог запустив 12 ударних БпЛА, усі збито.",
        "Вночі ворог запустив 12 ударних БпЛА, всі були знищені.",
        "Ночью враг запустил 12 ударных БпЛА, все сбиты.",
    ):
        r = record(text)
        assert (r["drones_launched"], r["drones_destroyed"], r["total_destroyed"]) == (12, 12, 12), text


def test_launched_then_both_downed_after_a_comma() -> None:
    r = record("Вночі ворог випустив по Києву дві балістичні ракети Іскандер-М, обидві збито.")
    assert (r["missiles_launched"], r["missiles_destroyed"], r["total_destroyed"]) == (2, 2, 2)
    r = record("Ночью враг выпустил по Киеву две баллистические ракеты Искандер-М, обе сбиты.")
    assert (r["missiles_launched"], r["missiles_destroyed"]) == (2, 2)
    r = record("Вночі ворог випустив дві ракети, обидві влучили у склад.")
    assert (r["missiles_launched"], r["missiles_destroyed"]) == (2, None)


def test_all_of_one_class_after_a_comma_is_that_class_only() -> None:
    r = record("Вночі ворог запустив 20 дронів і 3 ракети, всі ракети збито.")
    assert (r["drones_launched"], r["missiles_destroyed"], r["drones_destroyed"]) == (20, 3, None)
    r = record("Вночі ворог запустив 12 дронів, усі летіли з Курська.")
    assert (r["drones_launched"], r["drones_destroyed"]) == (12, None)



# --- towns in -ець: their Ukrainian name and its case forms --------------------------------------


def test_towns_in_ets_are_found_in_their_cases() -> None:
    assert record("Вночі у Марганці дрон влучив у будинок, пошкоджено дах.")["cities"] == ["Marhanets"]
    assert record("Вночі ворог атакував Трускавець дронами, пошкоджено готель.")["cities"] == ["Truskavets"]
    r = record("Уламки збитого дрона пошкодили склад у Тростянці.")
    assert r["cities"] == ["Trostianets"] and r["oblasts"] == ["Sumy Oblast"]


# --- a clause of shelling inside a sentence that also tells of a missile ------------------------


def test_a_clause_of_shelling_beside_a_missile_strike_is_no_impact() -> None:
    r = record(
        "Вночі ворог атакував громади області, зафіксовано:\n"
        "о 03:00 по підприємству в Охтирці був ракетний удар, поранено одну людину,\n"
        "після 04:00 по околицях Тростянця було 6 мінометних прильотів, пошкоджено два будинки."
    )
    assert r["cities"] == ["Okhtyrka"]
    r = record(
        "Ночью враг атаковал область: по Павлограду ударил дрон, повреждено депо; "
        "по Никополю била артиллерия, повреждены дома."
    )
    assert r["cities"] == ["Pavlohrad"]


def test_a_clause_naming_a_drone_beside_shelling_keeps_its_place() -> None:
    r = record(
        "Вночі ворог обстрілював Нікопольщину з артилерії; у Марганці дрон влучив у будинок, "
        "пошкоджено дах."
    )
    assert "Marhanets" in r["cities"]


# --- a shoot-down count parted by place after a colon ----------------------------------------------


def test_a_count_parted_by_place_after_a_colon_keeps_its_verb() -> None:
    r = record("Вночі сили ППО знищили 15 безпілотників: 10 на Київщині, 5 на Житомирщині.")
    assert (r["drones_destroyed"], r["total_destroyed"]) == (15, 15)
    r = record("Ночью силы ПВО сбили 15 беспилотников: 10 над Киевщиной, 5 над Житомирщиной.")
    assert r["drones_destroyed"] == 15


def test_a_count_parted_by_verbs_after_a_colon_gives_the_parts() -> None:
    r = record("Вночі знешкоджено 42 ворожі БпЛА: 36 збито, 6 локаційно втрачено.")
    assert (r["drones_destroyed"], r["suppressed"]) == (36, 6)


# --- a toll's second figure, its noun alone after a comma ---------------------------------------


def test_two_tolls_in_one_sentence_each_their_own() -> None:
    r = record("Після ракетного удару по Тернополю кількість загиблих зросла до 26, поранених — до 93.")
    assert (r["killed"], r["injured"]) == (26, 93)
    r = record("Після удару по Одесі кількість поранених зросла до 30, а загиблих до 4.")
    assert (r["killed"], r["injured"]) == (4, 30)
    r = record("После ракетного удара по Тернополю число погибших выросло до 26, раненых — до 93.")
    assert (r["killed"], r["injured"]) == (26, 93)


# --- "no one hurt" after a comma denies no impact before it -------------------------------------


def test_no_casualties_after_a_comma_leaves_the_hit_place() -> None:
    r = record("Вночі дрон влучив у будинок в Одесі, постраждалих немає.")
    assert r["cities"] == ["Odesa"] and (r["killed"], r["injured"]) == (0, 0)
    r = record("Ночью дрон попал в дом в Одессе, пострадавших нет.")
    assert r["cities"] == ["Odesa"]
    # a place said to have no hits stays out
    r = record("Вночі ворожі дрони атакували Київщину, влучань у Броварах немає, постраждалих немає.")
    assert "Brovary" not in r["cities"]


# --- a Ukrainian refinery Russia struck is at home -----------------------------------------------


def test_a_refinery_the_enemy_struck_is_at_home() -> None:
    r = record("Вночі ворог атакував Кременчук ракетами, є влучання в НПЗ, виникла пожежа.")
    assert r["cities"] == ["Kremenchuk"] and r["is_attack_report"]
    r = record("Ночью оккупанты атаковали Кременчуг ракетами, попадание в НПЗ, возник пожар.")
    assert r["cities"] == ["Kremenchuk"]


def test_a_refinery_struck_in_russia_stays_foreign() -> None:
    assert not record("Вночі Сили оборони атакували НПЗ у Рязані, виникла пожежа.")["is_attack_report"]
    assert not record("Ночью противник атаковал НПЗ в Рязанской области, возник пожар.")["is_attack_report"]


# --- debris that fell on something built; a place near a town ------------------------------------


def test_debris_fallen_on_something_built_is_impact() -> None:
    r = record("Уламки збитої ракети впали на територію підприємства у Білій Церкві.")
    assert r["cities"] == ["Bila Tserkva"]
    r = record("Обломки сбитой ракеты упали на территорию предприятия в Белой Церкви.")
    assert r["cities"] == ["Bila Tserkva"]
    assert record("Уламки збитого дрона впали у полі, пошкоджень немає.")["oblasts"] == []


def test_a_place_near_a_town_gives_its_oblast_only() -> None:
    r = record("Вночі дрон влучив у склад поблизу Бровар.")
    assert (r["cities"], r["oblasts"]) == ([], ["Kyiv Oblast"])
    r = record("Ночью дрон попал в склад возле Броваров.")
    assert (r["cities"], r["oblasts"]) == ([], ["Kyiv Oblast"])
    r = record("Уламки дрона пошкодили будинок на околиці Харкова.")
    assert (r["cities"], r["oblasts"]) == ([], ["Kharkiv Oblast"])
    assert record("Вночі дрон влучив у склад у Броварах.")["cities"] == ["Brovary"]


# --- Russian town names: more towns, and the gazetteer's spellings of their Ukrainian names -------


def test_russian_names_of_more_towns() -> None:
    assert record("Ночью дроны атаковали порт в Рени, повреждены склады.")["cities"] == ["Reni"]
    r = record("Ночью ракета попала в Каменец-Подольский, повреждены дома.")
    assert r["cities"] == ["Kamianets-Podilskyi"]
    assert record("Ночью в Умани в результате удара ракеты повреждены дома.")["cities"] == ["Uman"]
    assert record("Ночью дрон попал в склад в Купянске.")["cities"] == ["Kupiansk"]
