"""The benchmark's report templates, written for it in the style of real reports (no sentence
taken from any article): English, Ukrainian and Russian.

Each kind of report comes in each language, at the sizes real ones have:

- ``ARTICLE``: a whole news story, 2-5 KB. A headline, a lead with the night's figures, the Air
  Force's count, damage and casualties, then what makes real stories long and slow to read: quotes,
  diplomacy, background about earlier attacks (with their own figures), links to other stories.
  The parts are pools the builder draws from, so no two articles are the same text.
- ``STATEMENT``: the Air Force's itemised morning statement, 0.5-1.5 KB (weapons one per line).
- ``GOVERNOR``: a regional governor's short post, a few hundred bytes.
- ``FOREIGN``: a story about Russia downing Ukrainian drones over Russia, which must be rejected.

Fields in braces are filled by :mod:`bench.corpus`; ``{drones_word}`` and the like are the noun
in the case its number needs (Ukrainian and Russian decline nouns after numerals).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One language's templates and the words the builder fills in."""

    code: str
    oblast_cities: tuple[tuple[str, str], ...]  # (oblast as written, city as written)
    weekdays: tuple[str, ...]  # Monday first, in the form "overnight into ..." takes
    months: tuple[str, ...]  # genitive where the language needs it ("12 березня")
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    air_force: tuple[str, ...]
    damage: tuple[str, ...]
    quotes: tuple[str, ...]
    background: tuple[str, ...]
    links: tuple[str, ...]
    statement: str
    statement_items: tuple[str, ...]
    statement_down_items: tuple[str, ...]
    governor: tuple[str, ...]
    foreign: tuple[str, ...]
    # Noun forms after a numeral: (one, two to four, five and more); English has (one, many, many).
    plural: dict[str, tuple[str, str, str]]


ENGLISH = Language(
    code="en",
    oblast_cities=(
        ("Kharkiv", "Kharkiv"), ("Dnipropetrovsk", "Dnipro"), ("Odesa", "Odesa"),
        ("Zaporizhzhia", "Zaporizhzhia"), ("Kyiv", "Bila Tserkva"), ("Lviv", "Lviv"), ("Sumy", "Sumy"),
        ("Chernihiv", "Chernihiv"), ("Poltava", "Kremenchuk"), ("Mykolaiv", "Mykolaiv"),
        ("Vinnytsia", "Vinnytsia"), ("Cherkasy", "Uman"), ("Rivne", "Rivne"), ("Volyn", "Lutsk"),
    ),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"),
    headlines=(
        "Russia hits {city} with hundreds of drones and missiles in overnight barrage",
        "Ukraine says it downed most of {drones} drones as Russia pounds energy sites",
        "Overnight strike on {city} kills {killed}, wounds dozens",
        "Russia launches one of its largest air attacks on Ukraine in weeks",
    ),
    leads=(
        "KYIV, {weekday} — Russia launched {drones} drones and {missiles} missiles at Ukraine overnight "
        "into {weekday}, killing {killed} {people} and injuring at least {injured} in the city of {city}, "
        "officials said. The attack lasted for more than six hours and set off air raid alerts across "
        "most of the country.",
        "Russian forces struck {city} and several other regions overnight with a combined barrage of "
        "{drones} attack drones and {missiles} missiles, Ukraine's air force said on {weekday}. At least "
        "{killed} {people} were killed and {injured} wounded, according to regional authorities.",
        "Russia fired {missiles} missiles and sent {drones} drones against Ukrainian cities in an "
        "overnight attack that targeted power plants and rail depots, the Ukrainian military said on "
        "{weekday}.",
    ),
    air_force=(
        "Ukraine's air force said its units destroyed {down_d} of the drones and {down_m} of the missiles, "
        "while {lost} more drones were lost from radar, most likely because of electronic warfare. Hits "
        "were recorded at {hits} locations, and debris fell at {debris} more.",
        "According to the air force, air defence shot down or suppressed {down_d} drones and {down_m} "
        "missiles, including {ballistic} Iskander-M ballistic missiles. It said {hit_m} missiles and "
        "{hit_d} drones struck their targets at {hits} locations.",
        "The attack involved {ballistic} ballistic missiles, {cruise} Kh-101 cruise missiles and "
        "{drones} Shahed-type drones and decoys, the air force said, adding that {down_d} drones and "
        "{down_m} missiles were neutralised.",
    ),
    damage=(
        "In {city}, rescuers pulled people from the rubble of a five-storey apartment block after a "
        "missile hit its upper floors. A fire broke out at an energy facility in {oblast} region, "
        "and parts of the city were left without power and water.",
        "The regional governor said fires broke out at an industrial site and a warehouse in {oblast} "
        "region. A {age}-year-old man was among the injured, and two schools and a clinic were damaged.",
        "Drone debris damaged houses, cars and a kindergarten in the suburbs of {city}. Emergency "
        "crews worked through the morning to put out fires in a residential area.",
    ),
    quotes=(
        '"It was a long and loud night," a resident of {city} told reporters as rescuers searched a '
        "damaged building. \"We spent the whole night in the corridor with the children.\"",
        '"Every such attack shows that Moscow is not interested in peace," the foreign minister wrote '
        "on social media, urging partners to speed up deliveries of air defence systems.",
        '"Our teams will restore the supply as soon as the air is clear," the head of the regional '
        "power company said, asking residents to save electricity in the evening hours.",
        "\"We need more Patriots, and we need them now,\" the president said in his evening address, "
        "adding that the partners know exactly what is needed.",
        '"The windows just flew in," said a pensioner who lives across the street. "I have never '
        'heard anything like it, and I have lived here all my life."',
    ),
    background=(
        "The strike came as diplomats prepared for another round of talks on a ceasefire, which Moscow "
        "has so far resisted. European leaders condemned the attack and promised more air defence "
        "systems before the winter, when attacks on the power grid usually intensify.",
        "Recall that a week ago Russia fired more than 600 drones at western regions, killing 9 people "
        "and damaging a thermal power plant. That attack was then the largest of the year.",
        "Kyiv has asked its allies for more interceptor missiles for months, saying that its stocks "
        "are running low as Russia builds up its production of long-range drones. Western officials "
        "say Russia now produces several thousand Shahed-type drones every month.",
        "Ukraine has stepped up its own long-range strikes on Russian oil refineries and airfields, "
        "which it says supply the attacks. Moscow calls the strikes terrorism and says it responds "
        "only against military targets.",
        "The United Nations human rights monitoring mission said last month that civilian casualties "
        "had risen sharply since spring, with most of them caused by missiles and glide bombs in "
        "frontline cities.",
        "Earlier this year, 23 people died when a missile struck a residential building in the same "
        "region. Rescuers spent two days clearing the debris.",
        "Energy officials warned that repeated strikes on substations could force rolling blackouts "
        "in several regions during cold spells, and urged businesses to install their own generators.",
        "The attack took place hours after the leaders of several European countries met in Paris to "
        "discuss security guarantees for Ukraine after a possible ceasefire.",
        "Moscow did not comment on the overnight strikes. Its defence ministry said on Tuesday that "
        "its forces had hit military-industrial facilities with precision weapons.",
        "Analysts say Russia has changed its tactics this year, sending drones in large waves from "
        "several directions at once to overwhelm mobile fire groups before launching missiles.",
    ),
    links=(
        "Read also:\nUkraine and its partners agree on a new air defence package",
        "Related:\nWhat we know about the Shahed drones Russia launches every night",
        "Read more:\nEU leaders to discuss frozen Russian assets at summit\nHow Ukraine's mobile fire "
        "groups hunt drones at night",
    ),
    statement=(
        "On the night of {day} {month} (from 18:00 on {prev_day} {prev_month}), the enemy attacked "
        "Ukraine with {total} means of air attack:\n{items}\n\nThe main directions of the strike were "
        "{oblast_nom} and {oblast2_nom} regions. The air attack was repelled by aviation, anti-aircraft "
        "missile troops, electronic warfare units and mobile fire groups of the Defence Forces of "
        "Ukraine.\n\n"
        "As of 09:00, air defence shot down or suppressed {down_total} enemy targets:\n{down_items}\n\n"
        "Hits by {hit_m} missiles and {hit_d} attack UAVs were recorded at {hits} locations, and "
        "debris fell at {debris} locations. The attack continues: several enemy drones are still in "
        "the airspace. Stay in shelters!"
    ),
    statement_items=(
        "– {ballistic} Iskander-M ballistic missiles launched from Kursk and Voronezh regions;",
        "– {cruise} Kh-101 cruise missiles launched from Tu-95MS aircraft over Saratov region;",
        "– {drones} Shahed attack UAVs and decoy drones of various types.",
    ),
    statement_down_items=(
        "– {down_b} Iskander-M ballistic missiles;",
        "– {down_c} Kh-101 cruise missiles;",
        "– {down_d} Shahed UAVs and decoy drones of various types.",
    ),
    governor=(
        "Tonight the occupiers attacked {city} with {drones} drones. Air defence forces destroyed "
        "{down_d} of them. A private house and two cars were damaged; a {age}-year-old man was injured "
        "and taken to hospital. Information about other consequences is being clarified.",
        "{oblast_nom} region was under a massive drone attack overnight. A fire broke out at an "
        "infrastructure facility; no one was hurt. {down_d} drones were shot down over the region.",
    ),
    foreign=(
        "Russia's defence ministry said on {weekday} that its air defences destroyed {drones} Ukrainian "
        "drones over the Belgorod and Kursk regions overnight. The regional governor said a power line "
        "was damaged near the border but nobody was hurt. Ukraine did not comment on the claim.",
    ),
    plural={"people": ("person", "people", "people")},
)

UKRAINIAN = Language(
    code="uk",
    oblast_cities=(
        ("Харківській", "Харків"), ("Дніпропетровській", "Дніпро"), ("Одеській", "Одеса"),
        ("Запорізькій", "Запоріжжя"), ("Київській", "Біла Церква"), ("Львівській", "Львів"),
        ("Сумській", "Суми"), ("Чернігівській", "Чернігів"), ("Полтавській", "Кременчук"),
        ("Миколаївській", "Миколаїв"), ("Вінницькій", "Вінниця"), ("Черкаській", "Умань"),
    ),
    weekdays=("понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю"),
    months=("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
            "вересня", "жовтня", "листопада", "грудня"),
    headlines=(
        "Масована атака на місто {city}: ворог випустив {drones} дронів і ракети",
        "Росія вночі атакувала енергетику: наслідки удару по {oblast_loc} області",
        "Нічний удар по Україні: що відомо про загиблих і постраждалих",
    ),
    leads=(
        "У ніч на {weekday} Росія атакувала Україну {drones} ударними дронами та {missiles} ракетами. "
        "Унаслідок удару по місту {city} загинули {killed} {people_killed}, ще щонайменше {injured} "
        "{people_injured}, повідомили в обласній військовій адміністрації. Повітряна тривога тривала "
        "понад шість годин.",
        "Російські війська вночі завдали комбінованого удару по місту {city} та інших регіонах. За даними "
        "Повітряних сил, ворог застосував {drones} ударних БпЛА та {missiles} ракет різних типів. "
        "Відомо про {killed} загиблих і {injured} поранених.",
    ),
    air_force=(
        "За даними Повітряних сил, станом на 09:00 протиповітряною обороною збито/подавлено {down_d} "
        "ворожих БпЛА та {down_m} ракет. Зафіксовано влучання на {hits} локаціях, а також падіння "
        "збитих (уламків) на {debris} локаціях.",
        "Сили ППО знешкодили {down_d} дронів і {down_m} ракет, серед них {ballistic} балістичних "
        "Іскандер-М. Ще {lost} безпілотників локаційно втрачено, ймовірно, через засоби РЕБ.",
    ),
    damage=(
        "У місті {city} пошкоджено п'ятиповерховий житловий будинок, школу та кілька приватних будинків. "
        "На місці працюють рятувальники, триває розбір завалів. Частина міста залишилася без світла.",
        "В {oblast_loc} області внаслідок атаки виникла пожежа на об'єкті енергетичної інфраструктури. "
        "Серед постраждалих — {age}-річний чоловік, його госпіталізували у стані середньої тяжкості.",
    ),
    quotes=(
        "«Це була дуже довга ніч. Ми з дітьми сиділи в коридорі, поки не стихли вибухи», — розповіла "
        "журналістам мешканка пошкодженого будинку.",
        "«Кожна така атака показує, що Москва не хоче миру. Нам потрібно більше систем ППО вже зараз», "
        "— написав у соцмережах міністр закордонних справ.",
        "«Енергетики відновлять постачання, щойно це дозволить безпекова ситуація», — заявили в "
        "обленерго та закликали мешканців економно споживати електроенергію ввечері.",
    ),
    background=(
        "Атака відбулася напередодні чергового раунду переговорів щодо припинення вогню, від якого "
        "Москва досі ухиляється. Європейські лідери засудили удар і пообіцяли посилити українську ППО "
        "до початку зими.",
        "Нагадаємо, тиждень тому Росія випустила по західних областях понад 600 дронів, тоді загинули "
        "9 людей і була пошкоджена теплоелектростанція.",
        "Україна вже кілька місяців просить партнерів про додаткові ракети-перехоплювачі, адже Росія "
        "нарощує виробництво ударних дронів. За оцінками розвідки, щомісяця ворог виготовляє кілька "
        "тисяч «шахедів».",
        "Раніше в Міністерстві енергетики попереджали, що повторні удари по підстанціях можуть "
        "призвести до відключень світла в кількох регіонах у холодні дні.",
        "Аналітики зазначають, що цього року Росія змінила тактику: дрони запускають хвилями з кількох "
        "напрямків, щоб виснажити мобільні вогневі групи перед ракетним ударом.",
        "Тим часом лідери кількох європейських країн зустрілися в Парижі, щоб обговорити гарантії "
        "безпеки для України після можливого припинення вогню.",
        "Моніторингова місія ООН з прав людини повідомляла, що кількість цивільних жертв зросла з "
        "весни, більшість із них спричинили ракети та керовані авіабомби у прифронтових містах.",
    ),
    links=(
        "Читайте також:\nУкраїна та партнери погодили новий пакет допомоги для ППО",
        "Читайте також:\nЩо відомо про «шахеди», якими Росія атакує щоночі\nЯк працюють мобільні "
        "вогневі групи",
    ),
    statement=(
        "У ніч на {day} {month} (з 18:00 {prev_day} {prev_month}) противник атакував Україну {total} "
        "засобами повітряного нападу:\n{items}\n\nОсновний напрямок удару — {oblast_nom} та {oblast2_nom} "
        "області. Повітряний напад відбивали авіація, зенітні ракетні війська, підрозділи РЕБ і "
        "мобільні вогневі групи Сил оборони України.\n\nЗа попередніми даними, станом на 09:00 "
        "протиповітряною обороною збито/подавлено {down_total} цілей:\n{down_items}\n\nЗафіксовано "
        "влучання {hit_m} ракет та {hit_d} ударних БпЛА на {hits} локаціях, падіння збитих (уламків) "
        "на {debris} локаціях. Атака триває, в повітряному просторі кілька ворожих БпЛА. "
        "Дотримуйтеся правил безпеки!"
    ),
    statement_items=(
        "– {ballistic} балістичних ракет Іскандер-М з Курської та Воронезької областей;",
        "– {cruise} крилатих ракет Х-101 з літаків Ту-95МС;",
        "– {drones} ударних БпЛА типу Shahed, Гербера та дронів-імітаторів різних типів.",
    ),
    statement_down_items=(
        "– {down_b} балістичних ракет Іскандер-М;",
        "– {down_c} крилатих ракет Х-101;",
        "– {down_d} ворожих БпЛА типу Shahed, Гербера та дронів-імітаторів.",
    ),
    governor=(
        "Вночі ворог атакував місто {city} ударними дронами. Силами ППО збито {down_d} БпЛА. Пошкоджено "
        "приватний будинок та два автомобілі, постраждав {age}-річний чоловік. Інформація щодо інших "
        "наслідків уточнюється.",
        "Протягом ночі {oblast_nom} область перебувала під масованою атакою дронів. Виникла пожежа на "
        "об'єкті інфраструктури, обійшлося без постраждалих. Над областю знищено {down_d} БпЛА.",
    ),
    foreign=(
        "Міноборони Росії заявило, що вночі над Бєлгородською та Курською областями нібито збито "
        "{drones} українських безпілотників. Губернатор повідомив про пошкоджену лінію електропередачі.",
    ),
    plural={
        "people_killed": ("людина", "людини", "людей"),
        "people_injured": ("людина постраждала", "людини постраждали", "людей постраждали"),
    },
)

RUSSIAN = Language(
    code="ru",
    oblast_cities=(
        ("Харьковской", "Харьков"), ("Днепропетровской", "Днепр"), ("Одесской", "Одесса"),
        ("Запорожской", "Запорожье"), ("Киевской", "Белая Церковь"), ("Львовской", "Львов"),
        ("Сумской", "Сумы"), ("Черниговской", "Чернигов"), ("Полтавской", "Кременчуг"),
        ("Николаевской", "Николаев"), ("Винницкой", "Винница"), ("Черкасской", "Умань"),
    ),
    weekdays=("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
    months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря"),
    headlines=(
        "Массированная атака на город {city}: враг выпустил {drones} дронов и ракеты",
        "Ночной удар по Украине: что известно о погибших и пострадавших",
    ),
    leads=(
        "В ночь на {weekday} Россия атаковала Украину {drones} ударными дронами и {missiles} ракетами. "
        "В результате удара по городу {city} погибли {killed} {people_killed}, ещё не менее {injured} "
        "{people_injured}, сообщили в областной военной администрации. Воздушная тревога длилась "
        "более шести часов.",
        "Российские войска ночью нанесли комбинированный удар по городу {city} и другим регионам. По данным "
        "Воздушных сил, враг применил {drones} ударных БпЛА и {missiles} ракет разных типов.",
    ),
    air_force=(
        "По данным Воздушных сил, по состоянию на 09:00 противовоздушной обороной сбито/подавлено "
        "{down_d} вражеских БпЛА и {down_m} ракет. Зафиксированы попадания на {hits} локациях, а также "
        "падение обломков на {debris} локациях.",
        "Силы ПВО обезвредили {down_d} дронов и {down_m} ракет, среди них {ballistic} баллистических "
        "Искандер-М. Ещё {lost} беспилотников локационно потеряны, вероятно, из-за средств РЭБ.",
    ),
    damage=(
        "В городе {city} повреждены пятиэтажный жилой дом, школа и несколько частных домов. На месте "
        "работают спасатели, продолжается разбор завалов. Часть города осталась без света.",
        "В {oblast_loc} области в результате атаки возник пожар на объекте энергетической "
        "инфраструктуры. Среди пострадавших — {age}-летний мужчина, его госпитализировали.",
    ),
    quotes=(
        "«Это была очень долгая ночь. Мы с детьми сидели в коридоре, пока не стихли взрывы», — "
        "рассказала журналистам жительница поврежденного дома.",
        "«Каждая такая атака показывает, что Москва не хочет мира. Нам нужно больше систем ПВО уже "
        "сейчас», — написал в соцсетях министр иностранных дел.",
    ),
    background=(
        "Атака произошла накануне очередного раунда переговоров о прекращении огня, от которого Москва "
        "до сих пор уклоняется. Европейские лидеры осудили удар и пообещали усилить украинскую ПВО.",
        "Напомним, неделю назад Россия выпустила по западным областям более 600 дронов, тогда погибли "
        "9 человек и была повреждена теплоэлектростанция.",
        "Украина уже несколько месяцев просит партнеров о дополнительных ракетах-перехватчиках, ведь "
        "Россия наращивает производство ударных дронов.",
        "Ранее в Министерстве энергетики предупреждали, что повторные удары по подстанциям могут "
        "привести к отключениям света в нескольких регионах в холодные дни.",
        "Аналитики отмечают, что в этом году Россия изменила тактику: дроны запускают волнами с "
        "нескольких направлений, чтобы истощить мобильные огневые группы перед ракетным ударом.",
        "Тем временем лидеры нескольких европейских стран встретились в Париже, чтобы обсудить "
        "гарантии безопасности для Украины после возможного прекращения огня.",
    ),
    links=(
        "Читайте также:\nУкраина и партнеры согласовали новый пакет помощи для ПВО",
    ),
    statement=(
        "В ночь на {day} {month} (с 18:00 {prev_day} {prev_month}) противник атаковал Украину {total} "
        "средствами воздушного нападения:\n{items}\n\nОсновное направление удара — {oblast_nom} и "
        "{oblast2_nom} области.\n\nПо предварительным данным, по состоянию на 09:00 "
        "противовоздушной обороной "
        "сбито/подавлено {down_total} целей:\n{down_items}\n\nЗафиксированы попадания {hit_m} ракет и "
        "{hit_d} ударных БпЛА на {hits} локациях, падение обломков на {debris} локациях. Атака "
        "продолжается. Соблюдайте правила безопасности!"
    ),
    statement_items=(
        "– {ballistic} баллистических ракет Искандер-М из Курской области;",
        "– {cruise} крылатых ракет Х-101 с самолетов Ту-95МС;",
        "– {drones} ударных БпЛА типа Shahed и дронов-имитаторов разных типов.",
    ),
    statement_down_items=(
        "– {down_b} баллистических ракет Искандер-М;",
        "– {down_c} крылатых ракет Х-101;",
        "– {down_d} вражеских БпЛА типа Shahed и дронов-имитаторов.",
    ),
    governor=(
        "Ночью враг атаковал город {city} ударными дронами. Силами ПВО сбито {down_d} БпЛА. Поврежден "
        "частный дом и два автомобиля, пострадал {age}-летний мужчина. Информация о других последствиях "
        "уточняется.",
    ),
    foreign=(
        "Минобороны России заявило, что ночью над Белгородской и Курской областями сбиты {drones} "
        "украинских беспилотников. Губернатор сообщил о повреждении линии электропередачи.",
    ),
    plural={
        "people_killed": ("человек", "человека", "человек"),
        "people_injured": ("человек пострадал", "человека пострадали", "человек пострадали"),
    },
)

LANGUAGES = {language.code: language for language in (ENGLISH, UKRAINIAN, RUSSIAN)}
