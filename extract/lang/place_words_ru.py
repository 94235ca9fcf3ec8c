"""Russian wording that decides what a place name in a report means and whether the report ties
it to the impact of the attack. Data with the same names as extract/lang/place_words_uk.py;
extract/place_names.py and extract/places.py compile it. The gazetteer knows towns by their
Ukrainian names: _RUSSIAN_TOWN_NAMES gives the Russian spelling of the towns Russian-language
reports name, and CASE_FORMS (extract/lang/declension_ru.py) their case forms; _RUSSIAN_OBLASTS
gives the oblasts' Russian adjectives, declined into EXTRA_OBLAST_FORMS.

Every entry is a lower-case word or phrase matched as whole words, case-insensitively; a
trailing * allows any ending ("поврежд*": повреждено, повреждения, повреждены).
"""

from extract.lang.declension_ru import oblast_forms, town_adjectives, town_forms

# Oblast -> (the Russian adjective of its name, its short regional name or the spellings reports
# give it, or None).
_RUSSIAN_OBLASTS = {
    "Cherkasy Oblast": ("Черкасская", "Черкасщина"),
    "Chernihiv Oblast": ("Черниговская", "Черниговщина"),
    "Chernivtsi Oblast": ("Черновицкая", ("Буковина", "Черновитчина")),
    "Dnipropetrovsk Oblast": ("Днепропетровская", "Днепропетровщина"),
    "Donetsk Oblast": ("Донецкая", ("Донетчина", "Донеччина")),
    "Ivano-Frankivsk Oblast": ("Ивано-Франковская", ("Прикарпатье", "Ивано-Франковщина", "Франковщина")),
    "Kharkiv Oblast": ("Харьковская", "Харьковщина"),
    "Kherson Oblast": ("Херсонская", "Херсонщина"),
    "Khmelnytskyi Oblast": ("Хмельницкая", ("Хмельнитчина", "Хмельниччина", "Хмельнитщина")),
    "Kirovohrad Oblast": ("Кировоградская", ("Кировоградщина", "Кировоградчина")),
    "Kyiv Oblast": ("Киевская", "Киевщина"),
    "Luhansk Oblast": ("Луганская", "Луганщина"),
    "Lviv Oblast": ("Львовская", "Львовщина"),
    "Mykolaiv Oblast": ("Николаевская", "Николаевщина"),
    "Odesa Oblast": ("Одесская", ("Одесчина", "Одесщина")),
    "Poltava Oblast": ("Полтавская", "Полтавщина"),
    "Rivne Oblast": ("Ровенская", ("Ровенщина", "Ривненщина")),
    "Sumy Oblast": ("Сумская", "Сумщина"),
    "Ternopil Oblast": ("Тернопольская", "Тернопольщина"),
    "Vinnytsia Oblast": ("Винницкая", ("Винничина", "Винниччина", "Винницщина")),
    "Volyn Oblast": ("Волынская", "Волынь"),
    "Zakarpattia Oblast": ("Закарпатская", "Закарпатье"),
    "Zaporizhzhia Oblast": ("Запорожская", "Запорожщина"),
    "Zhytomyr Oblast": ("Житомирская", "Житомирщина"),
}
# The Ukrainian name of a town (as the gazetteer holds it) -> its Russian name.
_RUSSIAN_TOWN_NAMES = {
    "Київ": "Киев", "Харків": "Харьков", "Одеса": "Одесса", "Дніпро": "Днепр",
    "Запоріжжя": "Запорожье", "Львів": "Львов", "Миколаїв": "Николаев", "Херсон": "Херсон",
    "Суми": "Сумы", "Чернігів": "Чернигов", "Полтава": "Полтава", "Житомир": "Житомир",
    "Вінниця": "Винница", "Рівне": "Ровно", "Луцьк": "Луцк", "Тернопіль": "Тернополь",
    "Хмельницький": "Хмельницкий", "Черкаси": "Черкассы", "Кропивницький": "Кропивницкий",
    "Івано-Франківськ": "Ивано-Франковск", "Ужгород": "Ужгород", "Чернівці": "Черновцы",
    "Кривий Ріг": "Кривой Рог", "Кременчук": "Кременчуг", "Павлоград": "Павлоград",
    "Нікополь": "Никополь", "Марганець": "Марганец", "Кам'янське": "Каменское",
    "Краматорськ": "Краматорск", "Слов'янськ": "Славянск", "Костянтинівка": "Константиновка",
    "Покровськ": "Покровск", "Дружківка": "Дружковка", "Ізюм": "Изюм", "Куп'янськ": "Купянск",
    "Чугуїв": "Чугуев", "Лозова": "Лозовая", "Шостка": "Шостка", "Конотоп": "Конотоп",
    "Охтирка": "Ахтырка", "Ізмаїл": "Измаил", "Біла Церква": "Белая Церковь", "Бровари": "Бровары",
    "Бориспіль": "Борисполь", "Ірпінь": "Ирпень", "Буча": "Буча", "Вишгород": "Вышгород",
    "Фастів": "Фастов", "Обухів": "Обухов", "Бердичів": "Бердичев", "Коростень": "Коростень",
    "Умань": "Умань", "Сміла": "Смела", "Ніжин": "Нежин", "Прилуки": "Прилуки",
    "Южне": "Южное", "Чорноморськ": "Черноморск", "Білгород-Дністровський": "Белгород-Днестровский",
    "Новгород-Сіверський": "Новгород-Северский",
    "Вознесенськ": "Вознесенск", "Первомайськ": "Первомайск", "Кременець": "Кременец",
    "Ковель": "Ковель", "Мукачево": "Мукачево", "Стрий": "Стрый", "Дрогобич": "Дрогобыч",
    "Калуш": "Калуш", "Коломия": "Коломыя", "Старокостянтинів": "Староконстантинов",
    "Шепетівка": "Шепетовка", "Кам'янець-Подільський": "Каменец-Подольский", "Бурштин": "Бурштын",
    "Ладижин": "Ладыжин", "Олександрія": "Александрия", "Світловодськ": "Светловодск",
    "Миргород": "Миргород", "Лубни": "Лубны", "Горішні Плавні": "Горишние Плавни",
    "Синельникове": "Синельниково", "Новомосковськ": "Новомосковск", "Самар": "Самар",
    "Енергодар": "Энергодар", "Оріхів": "Орехов", "Гуляйполе": "Гуляйполе", "Балаклія": "Балаклея",
    "Богодухів": "Богодухов", "Золочів": "Золочев", "Вовчанськ": "Волчанск",
    # towns that reports of air attacks often name
    "Рені": "Рени", "Кілія": "Килия", "Тростянець": "Тростянец", "Лебедин": "Лебедин", "Ромни": "Ромны",
    "Глухів": "Глухов", "Путивль": "Путивль", "Кролевець": "Кролевец", "Славутич": "Славутич",
    "Васильків": "Васильков", "Боярка": "Боярка", "Мирноград": "Мирноград", "Селидове": "Селидово",
    "Добропілля": "Доброполье", "Лиман": "Лиман", "Торецьк": "Торецк", "Бахмут": "Бахмут",
    "Жмеринка": "Жмеринка", "Козятин": "Казатин", "Могилів-Подільський": "Могилев-Подольский",
    "Нетішин": "Нетешин", "Славута": "Славута", "Звягель": "Звягель", "Малин": "Малин",
    "Овруч": "Овруч", "Золотоноша": "Золотоноша", "Канів": "Канев", "Самбір": "Самбор",
    "Трускавець": "Трускавец", "Шептицький": "Шептицкий", "Яворів": "Яворов", "Дубно": "Дубно",
    "Вараш": "Вараш", "Костопіль": "Костополь", "Сарни": "Сарны", "Нововолинськ": "Нововолынск",
    "Хуст": "Хуст", "Берегове": "Берегово", "Очаків": "Очаков", "Баштанка": "Баштанка",
    "Берислав": "Берислав", "Вільнянськ": "Вольнянск", "Мерефа": "Мерефа", "Люботин": "Люботин",
    "Берестин": "Берестин",
    "Покров": "Покров", "Апостолове": "Апостолово", "Верхньодніпровськ": "Верхнеднепровск",
    "Карлівка": "Карловка", "Подільськ": "Подольск", "Жовті Води": "Жёлтые Воды",
    "Южноукраїнськ": "Южноукраинск", "Тернівка": "Терновка", "Білопілля": "Белополье",
    "Корюківка": "Корюковка", "Семенівка": "Семёновка", "Хорол": "Хорол", "Гадяч": "Гадяч",
    "Пирятин": "Пирятин", "Зіньків": "Зеньков", "Знам'янка": "Знаменка", "Шахтарське": "Шахтёрское",
    "Першотравенськ": "Першотравенск",
    # towns of over 10,000 in the free territory whose Russian name differs (eleventh session)
    "Хмільник": "Хмельник", "Інгулець": "Ингулец", "Вишневе": "Вишнёвое", "Новояворівськ": "Новояворовск",
    "Чортків": "Чортков", "Долинська": "Долинская", "Виноградів": "Виноградов", "Здолбунів": "Здолбунов",
    "Коростишів": "Коростышев", "Пісочин": "Песочин", "Броди": "Броды", "Надвірна": "Надворная",
    "Вільногірськ": "Вольногорск", "Білогородка": "Белогородка", "Полонне": "Полонное",
    "Красилів": "Красилов", "Волочиськ": "Волочиск", "Корсунь-Шевченківський": "Корсунь-Шевченковский",
    "Дергачі": "Дергачи", "Новоукраїнка": "Новоукраинка", "Ізяслав": "Изяслав", "Дунаївці": "Дунаевцы",
    "Радомишль": "Радомышль", "Жовква": "Жолква", "Ківерці": "Киверцы", "Зміїв": "Змиёв",
    "Тальне": "Тальное", "Жашків": "Жашков", "Кагарлик": "Кагарлык", "Носівка": "Носовка",
    "Немирів": "Немиров", "Миронівка": "Мироновка", "Гребінка": "Гребенка",
    "Бобровиця": "Бобровица", "Баришівка": "Барышевка", "Болехів": "Болехов", "Олевськ": "Олевск",
    "Роздільна": "Раздельная", "Біляївка": "Беляевка", "Татарбунари": "Татарбунары",
    "Снігурівка": "Снигирёвка", "Ічня": "Ичня", "Сновськ": "Сновск",
    # as the gazetteer spells their Ukrainian names
    "Уман": "Умань", "Купянськ": "Купянск", "Пятихатки": "Пятихатки",
}
# The Russian spellings of a town's name and their case forms, by its Ukrainian name.
# Cyrillic names are looked up in any case already (extract.name_case is for Latin ones).
LOWER_CASE_NAMES: tuple[str, ...] = ()
CASE_FORMS = town_forms(_RUSSIAN_TOWN_NAMES)
# The stem of the Russian adjective a district takes from its town: "Бровары" -> "броварск".
DISTRICT_ADJECTIVES = town_adjectives(_RUSSIAN_TOWN_NAMES)
# Russian regional names: each oblast's "…ская область" in its cases and its short name.
EXTRA_OBLAST_FORMS = oblast_forms(_RUSSIAN_OBLASTS)

# Impact of the attack on a place: hits, damage (also from debris), casualties, fires, power
# cuts, explosions.
IMPACT_CUES = (
    "попадан*", "попал*", "прилет*", "прилёт*", "поражен*", "поразил*", "удар", "удара", "ударов",
    "удары", "ударом", "ударами", "под ударом", "под ударами", "под удар", "ударил*",
    "поврежд*", "повредил*", "разруш*", "завал*", "обломк*", "обломками", "падени*", "упал*",
    "последстви*",
    "пожар*", "возгоран*", "загорел*", "горит", "горят", "вспыхнул*", "огонь",
    "погиб*", "убит*", "жертв*", "тела", "тело",
    "ранен*", "пострада*", "травм*", "госпитализ*", "медицинск* помощ*",
    "взрыв*", "прогремел* взрыв*",
    "обесточ*", "без света", "без электроснабжения", "без электроэнергии", "отключен*",
    "без тепла", "без водоснабжения", "без воды", "перебои",
    "выбиты окна", "выбило окна", "посечен*", "инфраструктур*", "энергетическ*",
    "жил*", "многоквартирн*", "многоэтаж*", "частн* дом*", "дом", "дома", "доме", "здани*",
    "склад*", "предприяти*", "объект*", "подстанци*", "авто", "автомобил*",
    # "Отдельные ракеты достигли целей в Киеве" (a statement's hits; "не достигли" is negated)
    "достигл* цел*", "достигл* своих цел*",
)
# Cues that are also said of the drones and missiles themselves ("обломки упали", "объект"):
# they count only in a clause that is not about air defence.
WEAK_IMPACT_CUES = (
    "обломк*", "обломками", "падени*", "упал*", "последстви*", "инфраструктур*", "энергетическ*",
    "жил*", "многоквартирн*", "дом", "дома", "доме", "здани*", "склад*", "предприяти*", "объект*",
    "авто", "автомобил*", "поражен*", "удар", "удара", "ударов", "удары", "ударом", "ударами",
)
# "уничтожено" is impact for a house, not for "уничтожено 15 дронов": it counts only in a clause
# that names no weapon.
DESTROY_CUES = ("уничтож*", "ликвид*")
WEAPON_WORDS = ("дрон*", "бпла", "беспилотник*", "шахед*", "shahed*", "герань*", "гербер*", "ракет*",
                "цел*", "кинжал*", "калибр*", "искандер*", "имитатор*")
# Words of air attack: a sentence with ground-war words is still about this attack if it has one.
AERIAL_WORDS = (*WEAPON_WORDS, "авиаудар*", "воздушн* атак*", "бомб*", "каб*", "авиабомб*")
# A sentence of shelling that opens with these tells of another event (see place_words_uk).
ANOTHER_EVENT_OPENERS = ("также", "кроме того", "тем временем", "в то же время", "между тем")
# Air defence at work: a place named in such a clause is where drones were shot down.
INTERCEPT_CUES = (
    "сбит*", "сбил*", "сбив*", "перехвач*", "обезврежен*", "подавлен*", "локационно потерян*", "пво",
    "противовоздушн*", "мобильн* огнев* групп*", "работал* пво", "работает пво", "отражал*",
    "тревог*", "в направлении", "курсом на", "двигал*", "летел*", "фиксировал*", "обнаружен*",
    "запуск*", "уничтожено над", "уничтожен* над", "уничтожил* над",  # (see uk)
    "уничтожен* в пределах", "уничтожил* в пределах",
)
# A negated impact ("без пострадавших", "не зафиксированы") is not impact: from one of these words
# to the next punctuation the clause says nothing happened.
NEGATORS = (
    "не", "ни", "нет", "никто", "без пострадавших", "без жертв", "без повреждений",
    "без разрушений",
    "без негативных последствий", "без последствий", "информация о", "информации о", "избежать",
)
# Said after the impact words: "пострадавших нет", "количество пострадавших уточняется".
# Impact words a negation turns into a place spared (see place_words_en): not yet read here.
DENIED_IMPACT: tuple[str, ...] = ()
NEGATED_AFTER = ("нет", "не зафиксированы", "не зафиксировано", "не поступало", "уточняется",
                 "уточняются", "устанавливается", "не выявлено", "удалось избежать")
# Said of a place, these are not impact even though they hold an impact word.
NOT_IMPACT_PHRASES = ("под обстрелом", "под огнем", "под огнём", "огнев* групп*", "мобильн* огнев*",
                      "прекращение огня", "режим тишины", "последствия атаки уточняются",
                      # "Основное направление удара – запад: Львовская, Волынская": where it was aimed
                      "направлени* удар*")
# Ground war, shelling by artillery and anything else that is not this aerial attack.
NOT_AERIAL_CUES = (
    "артиллери*", "артобстрел*", "миномет*", "минометн*", "рсзо", "градов", "градами", "ураганов",
    "ураганами", "смерчей", "снаряд*", "линия фронта",
    "линии фронта",
    "на фронте", "наступ*", "штурм*", "танк*", "оккупирован*", "оккупаци*", "освобожден*",
    "боев* действ*", "боестолкновен*",
)
# Of those, the words of ground fire (see place_words_en).
# Drones of the front line beside ground fire (see place_words_en): not yet read in this language.
FRONT_LINE_DRONES: tuple[str, ...] = ()
GROUND_FIRE_CUES = ("артиллери*", "артобстрел*", "миномет*", "минометн*", "рсзо", "градов", "градами",
                    "ураганов", "ураганами", "смерчей", "снаряд*")
# Photo captions (see place_words_en); not yet read in this language.
CAPTION_CUES: tuple[str, ...] = ()
# Claims of the side that attacked say nothing about impact.
CLAIM_CUES = ("мо рф", "минобороны рф", "минобороны россии", "министерство обороны рф",
              "министерство обороны россии", "тасс", "риа новости", "заявили в кремле")
# Sentences about another time than this attack, whatever the engine passes as `skip`.
BACKGROUND_CUES = (
    "накануне", "днем ранее", "днём ранее", "неделей ранее", "на прошлой неделе", "в прошлом месяце",
    "в прошлом году", "с начала года", "с начала полномасштабного", "с начала вторжения",
    "в 2022 году", "в 2023 году", "читайте также", "регулярно", "систематически", "каждую ночь",
    "ежедневно", "за прошедшие сутки", "в течение суток", "за сутки",
)
# A line holding only one of these starts background that runs to the end of the report.
BACKGROUND_HEADINGS = ("напомним", "читайте также", "читайте больше", "больше новостей",
                       "последние новости", "популярное", "вас может заинтересовать")
# Clauses of one sentence are cut at these words (after a comma) and at ; : — so that
# "дроны сбили над A, а обломки повредили дом в B" keeps A and B apart.
# (", пострадавших нет" and ", информация о пострадавших уточняется" are clauses of their own:
# their "нет", "уточняется" deny no impact before them)
CLAUSE_BREAKS = ("а", "но", "однако", "тогда как", "где", "когда", "после", "в частности",
                 "пострадавших", "раненых", "погибших", "жертв", "травмированных",
                 "информация", "информации", "данные", "сведения", "количество")
# A paragraph opening with these goes on about the place of the paragraph before.
CONTINUING_OPENERS = ("в результате", "из-за атаки", "из-за удара", "после атаки", "после удара",
                      "в частности", "также", "обломки", "взрывная волна", "удар", "атака", "пожар",
                      "попадание", "попаданием", "ракета", "ракеты", "бомба", "бомбы", "авиабомба",
                      "авиабомбы", "дрон", "дроны", "беспилотник", "беспилотники", "шахед", "шахеды",
                      "погибли", "погибла", "погиб", "ранены", "ранен", "ранена", "пострадали",
                      "пострадала", "пострадал",
                      "по его словам", "по ее словам", "по её словам", "по словам")  # (see uk)
# Words that point back to a place named in an earlier sentence.
REFERRING_CITY = ("город", "города", "городе", "городом", "областной центр", "областного центра",
                  "областном центре", "село", "селе", "поселка", "поселке", "посёлка", "посёлке")
REFERRING_REGION = ("область", "области", "областью", "регион", "регионе", "региона", "громад*",
                    "общин*", "район*")
REFERRING_OBLAST = ("область", "области", "областью")
TOTAL_CUES = ("всего", "в общей сложности", "в целом", "по всей украине", "нескольких областях",
              "других регионах", "других регионов", "других областях", "других областей", "других городах")
DESTROY_STEMS = ("уничтож", "ликвид")
PASSIVE_AUXILIARIES = ("было", "были", "был", "была")
THEM_WORDS = ("них", "которых")
# The weapons told first as what was destroyed (see place_words_uk): "Все дроны уничтожены".
WEAPONS_HIT = (r"(?<![\w-])<WEAPON>(?<!ой)(?<!ом)(?<!ами)(?<!ями)\s+(?:[\w'’-]+\s+){0,2}?"
               r"(?:уничтожено|уничтожены|уничтожили\s+(?:наши\s+)?(?:защитник|сил|пво|военн|подразделени|бойц)\w*)"
               r"(?![\w-])")
# Wording with impact words that tells of no impact (see place_words_en): none yet in this language.
NOT_IMPACT_PATTERN = None
# Air defence said to be at work ("работает ПВО", "во время работы ПВО"): explosions in its sentence,
# or in the sentence right before one that opens with it, are its sound, not impact (see
# place_words_uk).
AIR_DEFENCE_AT_WORK = (r"\b(?:работа\w*|сработа\w*|работ\w*|задейств\w*)\s+(?:сил\w*\s+|средств\w*\s+)?"
                       r"(?:пво|противовоздушн\w*)\b|\b(?:пво|противовоздушн\w+\s+оборон\w*)\s+(?:работа|сработа)\w*")
BLAST_WORDS = r"\bвзрыв\w*"
# Debris that fell on something built (see place_words_en): "обломки упали на территорию
# предприятия", "на крышу дома"; not "упали в поле" or "в Киевской области".
DEBRIS_ON_BUILT = (r"\b(?:упал\w*|падени\w*|попал\w*)\s+(?:на|в)\s+(?:территори\w+\s+|крыш\w*\s+|двор\w*\s+)?"
                   r"(?:(?:двух|трех|трёх|нескольких|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
                   r"(?:дом\w*|здани\w*|многоэтажк\w*|крыш\w*|предприяти\w*|склад\w*|гараж\w*|"
                   r"автомобил\w*|школ\w*|детск\w+ сад\w*|больниц\w*|объект\w*|сооружени\w*|ангар\w*)")
# Damage by debris of weapons shot down, told with no place ("обломками сбитых ракет повреждены
# объекты порта"), and the word before a town that makes it the weapons' target ("по Одессе").
DEBRIS_OF_DOWNED = (r"\bобломк\w*\s+(?:сбит|уничтожен|перехвачен)\w*"
                    r"|\bвзрывн\w+\s+волн\w+\s+от\s+(?:сбития|перехвата)")
TARGET_BEFORE = r"\bпо\s+$"

# --- reading names (the finder reads every language's lists at once) ---------------------------
# "Киевская, Харьковская и Одесская области": the names are oblasts.
REGION_NOUNS = ("область", "области", "областью", "областей", "областях", "областям", "областями",
                "регион", "регионе", "региона", "регионах")
# "Покровская громада", "в Нежинском районе": a district or hromada named after a town gives no
# place of its own (namesakes everywhere); the oblast is read from the oblast the text names.
DISTRICT_NOUNS = ("район", "районе", "района", "районом", "районы", "районах", "районов", "громада",
                  "громады", "громаду", "громаде", "громадой", "общине", "общины", "община",
                  "микрорайон", "микрорайоне", "окрестностях", "пригороде")
DISTRICT_ADJECTIVE_STEMS = ("ск", "цк", "зк")
# Words that join the names of a list.
LIST_JOINERS = ("и", "или")
COMMON_WORD_PLACES: tuple[str, ...] = ()
# "ракетами с территории Курской области": where the weapons came from, not where they struck
# (a regex ending where the name begins).
LAUNCHED_FROM = (r"\b(?:с|со|из)\s+(?:воздушного\s+пространства|территории|акватории|направления|"
                 r"стороны|района)\s+(?:временно\s+)?(?:оккупированн\w+\s+)?(?:территорий\s+|территории\s+)?$")
# Phrases that name the capital without saying Киев ("в столице прогремели взрывы").
# A city named by an epithet (see place_words_en): none read in this language yet.
CITY_EPITHETS: tuple[str, ...] = ()
CAPITAL_PHRASES = ("столица", "столицы", "столице", "столицу", "столицей", "украинская столица",
                   "украинской столицы")
# After a capital phrase, these make it another capital ("столицы россии") or the oblast's centre.
CAPITAL_OF_AFTER = r"\s+(?:рф|россии|беларуси|страны-агрессора|региона|области|края|республики)\b"
# "Киевской городской военной администрации": the adjective of an oblast's name before "city" is
# that oblast's centre.
CITY_FOLLOWERS = ("городская", "городской", "городскую", "городского", "городском", "горсовета",
                  "горсовет", "горсовете")
# "Николаевская сельская громада": a hromada of villages (see place_words_uk).
VILLAGE_HROMADA_WORDS = ("сельская", "сельской", "сельскую", "сельском", "поселковая", "поселковой",
                         "поселковую")
# "улица Сумская": the name is an address, not a place of its own.
STREET_NOUNS = ("улица", "улице", "ул", "проспект", "проспекте")
# Power plants named after a town (see place_words_en): none read in this language yet.
HYDRO_PLANT_WORDS: tuple[str, ...] = ()
HYDRO_PLANT_SITES: tuple[str, ...] = ()
THERMAL_PLANT_WORDS: tuple[str, ...] = ()
THERMAL_PLANT_SITES: tuple[str, ...] = ()
# ("Николаевская ОТГ", "… территориальная громада": a hromada too)
NAMESAKE_DISTRICT_NOUNS = (*DISTRICT_NOUNS, "отг", "тг", "территориальная", "территориальной",
                           "территориальную", "территориальною")

# English-only wording (place_words_en.py): Russian has none of its own for these yet.
REGION_ADJECTIVES: tuple[str, ...] = ()
NEAR_WORDS: tuple[str, ...] = ()
SETTLEMENT_NOUNS: tuple[str, ...] = ()
CAPITAL_AS_GOVERNMENT_AFTER: tuple[str, ...] = ()
CAPITAL_AS_GOVERNMENT_BEFORE: tuple[str, ...] = ()
LAUNCH_VERBS: tuple[str, ...] = ()
RIVERS: tuple[str, ...] = ()
NEUTRAL_BEFORE: tuple[str, ...] = ()
FOREIGN_PLACES: tuple[str, ...] = ()
TITLE_WORDS: tuple[str, ...] = ()
INTRODUCED_SETTLEMENT_NOUNS: tuple[str, ...] = ()
ADJECTIVE_DISTRICT_NOUNS: tuple[str, ...] = ("щин", "район", "р-н")

# --- patterns of the name reader (extract/place_names.py; see place_words_en.py) --------------
_JOINERS = "|".join(LIST_JOINERS)
_LETTER = "A-Za-zÀ-ÿА-Яа-яЁё"
LIST_SEPARATOR = rf"\s*,\s*(?:(?:{_JOINERS})\s+)?|\s+(?:{_JOINERS})\s+"
# Russian puts a town after "в" and a region after "на" only for some regions ("на Харьковщине"):
# the short regional names are oblasts by themselves, so no preposition rule is needed.
REGION_PREPOSITION_BEFORE = None
# After a name: "Славянская, Покровская громады": a list of names that ends in a district noun.
DISTRICT_LIST_AFTER = (rf"(?:\s*(?:,|{_JOINERS})\s*[А-ЯЁ][{_LETTER}'’ʼ-]*)*\s+"
                       rf"(?:{'|'.join(sorted(set(NAMESAKE_DISTRICT_NOUNS)))})\b")
CAPITAL_REGION_AFTER = None
DATELINE_AFTER = None
SET_IN_OBLAST = None
RIVER_BEFORE = None
# Before a name, case-insensitive: "в селе", "поселка": a village, not the town of the same name
# elsewhere; with an oblast named around it, the village lies there (place_names)
VILLAGE_BEFORE = r"\b(?:сел[оеау]|посел(?:ок|ке|ка)|пгт|с\.)\s+$"
# "возле Белой Церкви", "на окраине Харькова": near a town is not the town (its oblast only)
NEAR_BEFORE = (r"\b(?:возле|вблизи|около|недалеко\s+от|неподалеку\s+от|рядом\s+с|"
               r"(?:на\s+)?окраин\w+|(?:соседн|приграничн)\w+\s+(?:с|со))\s+$")
# "в соседнем с Сумами российском городе", "в приграничном с Харьковщиной селе": a place named
# only to say where another lies (its neighbour or border) is no place of the report at all.
LOCATING_BEFORE = r"\b(?:соседн|приграничн)\w+\s+(?:с|со)\s+$"
SETTLEMENT_BEFORE = None
# A settlement set at a distance from another place, and the place the hurt were treated (see
# place_words_en): not yet read in this language.
SETTLEMENT_AFTER = None
CARE_BEFORE = None
CARE_NOUNS: tuple[str, ...] = ()
# "глава Киевской ОВА", "… областной военной администрации": (see place_words_uk)
ADMINISTRATION_TITLE = (r"\S+\s+(?:ОВА|ОГА|ОДА)(?!\w)|\S+\s+областн\w*\s+(?:военн|государственн)\w*\s+"
                        r"администрац")
REGIONS_OF_BEFORE = None
REGIONS_INCLUDING_BEFORE = None
OTHER_REGIONS_AFTER = None
# An oblast's centre named after it (see place_words_en): not yet read in this language.
CAPITAL_TOO_AFTER = None
FOREIGN_BEFORE = None
FOREIGN_AFTER = None
GOVERNMENT_AFTER = None
GOVERNMENT_BEFORE = None
INTRODUCED_SETTLEMENT = None
# A district called after its town ("на Никопольщине", "Броварщину") or a raion by its town's
# adjective ("в Броварском районе"): its oblast, as in Ukrainian (place_words_uk: not a hromada,
# not an urban district followed by its city, nor one whose name big cities give their urban
# districts and a town of another oblast bears too).
_DISTRICT_NOUN = r"(?:район\w*|р-н\w*)"
ADJECTIVE_DISTRICT = (
    r"(?<![\w'’-])([А-ЯЁ][а-яё'’]{2,}щин(?:а|ы|е|у|ой)\b"
    r"|(?!(?:Днепровск|Подольск|Приморск|Покровск|Галицк))[А-ЯЁ][а-яё'’-]{2,}(?:ск|цк)"
    r"(?:ий|ой|ого|ом|ому|им|ым|ая|ую|ою|ей|ое|ие|их|ых)"
    rf"(?=\s+{_DISTRICT_NOUN}\b(?!\s+(?:столицы|города|г\.|областного|[А-ЯЁ]))))"
)
# A negation of casualties that ends before the event it follows (see place_words_en): not yet read
# in this language.
NEGATION_BEFORE_EVENT = None
