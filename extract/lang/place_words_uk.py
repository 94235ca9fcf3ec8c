"""Ukrainian wording that decides what a place name in a report means and whether the report
ties it to the impact of the attack. Data with the same names as extract/lang/place_words_en.py
(see README.md here); extract/place_names.py and extract/places.py compile it, and CASE_FORMS
(extract/lang/declension_uk.py) gives the gazetteer the case forms of town names.

Every entry is a lower-case word or phrase matched as whole words, case-insensitively; a
trailing * allows any ending, which covers most of a word's case forms ("пошкодж*": пошкоджено,
пошкодження, пошкоджені).
"""

from extract.lang.declension_uk import adjective_stems, case_forms

# The oblique cases of a town's Ukrainian name: "Харків" -> "Харкова", "у Харкові".
# Cyrillic names are looked up in any case already (extract.name_case is for Latin ones).
LOWER_CASE_NAMES: tuple[str, ...] = ()
CASE_FORMS = case_forms
# The stem of the adjective a district or hromada takes from its town: "Бровари" -> "броварськ".
DISTRICT_ADJECTIVES = adjective_stems

# Impact of the attack on a place: hits, damage (also from debris), casualties, fires, power
# cuts, explosions.
IMPACT_CUES = (
    "влучан*", "влучил*", "влучив", "влучення", "приліт*", "прильот*", "уражен*", "уразил*", "вразил*",
    "удар", "удару", "ударів", "удари", "ударом", "ударами", "під ударом", "під ударами", "під удар",
    "вдарил*", "вдарив",
    "пошкод*", "ушкодж*", "зруйнов*", "руйнуван*", "руйнац*", "завал*", "уламк*", "уламками",
    "падіння", "впал*", "наслідк*",
    "пожеж*", "займан*", "загоран*", "загорів*", "загорілися", "загорілась", "загорілося", "горить",
    "горять", "палають", "палає", "спалахнул*", "вогонь",
    "загин*", "загибл*", "вбит*", "убит*", "жертв*", "тіла", "тіло",
    "поранен*", "постраждал*", "постраждав", "потерпал*", "травм*", "госпіталіз*", "потерпіл*",
    "медичн* допомог*", "медичною допомогою",
    "вибух*", "пролунал* вибух*",
    "знеструмл*", "без світла", "без електропостачання", "без електроенергії", "без струму",
    "відключен*", "без тепла", "без водопостачання", "без води", "перебої",
    "вибито вікна", "вибиті вікна", "вибило вікна", "посічен*", "інфраструктур*", "енергетичн*",
    "житлов*", "багатоквартирн*", "приватн* будинк*", "будинок", "будинки", "будинку", "будівл*",
    "склад*", "підприємств*", "об'єкт*", "підстанці*", "авто", "автомобіл*",
    # "Окремі ракети досягли цілей у Києві" (a statement's hits; "не досягли" is negated)
    "досягл* ціл*", "досягл* своїх ціл*",
)
# Cues that are also said of the drones and missiles themselves ("уламки впали", "об'єкт"):
# they count only in a clause that is not about air defence.
WEAK_IMPACT_CUES = (
    "уламк*", "уламками", "падіння", "впал*", "наслідк*", "інфраструктур*", "енергетичн*", "житлов*",
    "багатоквартирн*", "будинок", "будинки", "будинку", "будівл*", "склад*", "підприємств*", "об'єкт*",
    "авто", "автомобіл*", "уражен*", "удар", "удару", "ударів", "удари", "ударом", "ударами",
)
# "знищено" is impact for a house, not for "знищено 15 дронів": it counts only in a clause that
# names no weapon.
DESTROY_CUES = ("знищ*", "ліквід*")
WEAPON_WORDS = ("дрон*", "бпла", "безпілотник*", "шахед*", "shahed*", "герань*", "гербер*", "ракет*",
                "ціл*", "кинджал*", "калібр*", "іскандер*", "імітатор*")
# Words of air attack: a sentence with ground-war words is still about this attack if it has one.
AERIAL_WORDS = (*WEAPON_WORDS, "авіаудар*", "повітрян* атак*", "бомб*", "каб*", "авіабомб*")
# A sentence of shelling that opens with these tells of another event ("Також унаслідок артобстрілу
# поранено жінку"), not of the paragraph's places told before it (extract/places.py).
ANOTHER_EVENT_OPENERS = ("також", "крім того", "окрім того", "тим часом", "водночас", "натомість")
# Air defence at work: a place named in such a clause is where drones were shot down.
INTERCEPT_CUES = (
    "збит*", "збил*", "збив*", "збиття", "перехопл*", "знешкодж*", "подавлен*", "придушен*",
    "локаційно втрачен*", "ппо", "протиповітрян*", "мобільн* вогнев* груп*", "працювал* ппо",
    "працює ппо", "відбивал*", "тривог*", "у напрямку", "курсом на", "рухал*", "рухаються", "летіл*",
    "фіксувал*", "виявлен*", "запуск*",
    # "дронів знищено над Київщиною": destroyed over a place is air defence's (no "було" to tell it)
    "знищено над", "знищен* над", "знищил* над",
    # "Усі 27 шахедів знищено в межах Київської, Черкаської областей": the statements' "within"
    "знищен* в межах", "знищен* у межах", "знищил* в межах", "знищил* у межах",
)
# A negated impact ("без постраждалих", "не зафіксовано") is not impact: from one of these words
# to the next punctuation the clause says nothing happened.
NEGATORS = (
    "не", "ні", "немає", "ніхто", "без постраждалих", "без жертв", "без пошкоджень",
    "без руйнувань",
    "без негативних наслідків", "без наслідків", "інформація про", "інформації про", "уникнути",
)
# Said after the impact words: "постраждалих немає", "кількість постраждалих уточнюється".
# Impact words a negation turns into a place spared (see place_words_en): not yet read here.
DENIED_IMPACT: tuple[str, ...] = ()
NEGATED_AFTER = ("немає", "не зафіксовано", "не надходило", "уточнюється", "уточнюються",
                 "встановлюється", "встановлюються", "не виявлено", "вдалося уникнути")
# Said of a place, these are not impact even though they hold an impact word.
NOT_IMPACT_PHRASES = ("під обстрілом", "під вогнем", "вогнев* груп*", "мобільн* вогнев*",
                      "припинення вогню", "режим тиші", "наслідки атаки уточнюються",
                      # "Основний напрямок удару – захід: Львівщина, Волинь": where it was aimed
                      "напрям* удар*")
# Ground war, shelling by artillery and anything else that is not this aerial attack.
NOT_AERIAL_CUES = (
    "артилері*", "артобстріл*", "міномет*", "рсзв", "градів", "градами", "ураганів", "ураганами", "смерчів",
    "снаряд*",
    "лінія фронту", "лінії фронту", "на фронті",
    "наступ*", "штурм*", "танк*", "окупован*", "окупаці*", "звільнен*", "бо* дії", "бойов* зіткнен*",
    "боєзіткнен*",
)
# Of those, the words of ground fire (see place_words_en).
# Drones of the front line beside ground fire (see place_words_en): not yet read in this language.
FRONT_LINE_DRONES: tuple[str, ...] = ()
GROUND_FIRE_CUES = ("артилері*", "артобстріл*", "міномет*", "рсзв", "градів", "градами", "ураганів",
                    "ураганами", "смерчів", "снаряд*")
# Photo captions (see place_words_en); not yet read in this language.
CAPTION_CUES: tuple[str, ...] = ()
# Claims of the side that attacked say nothing about impact.
CLAIM_CUES = ("мо рф", "міноборони рф", "міноборони росії", "міністерство оборони рф",
              "міністерство оборони росії", "тасс", "ріа новості", "заявили в кремлі")
# Sentences about another time than this attack, whatever the engine passes as `skip`.
BACKGROUND_CUES = (
    "напередодні", "днем раніше", "тижнем раніше", "минулого тижня", "минулого місяця", "минулого року",
    "торік", "з початку року", "з початку повномасштабного", "від початку повномасштабного",
    "з початку вторгнення", "у 2022 році", "у 2023 році", "читайте також", "регулярно",
    "систематично", "щоночі", "щодня", "за минулу добу", "протягом доби", "за добу",
)
# A line holding only one of these starts background that runs to the end of the report.
BACKGROUND_HEADINGS = ("нагадаємо", "читайте також", "читайте більше", "більше новин", "останні новини",
                       "популярне", "новини партнерів", "вас може зацікавити")
# Clauses of one sentence are cut at these words (after a comma) and at ; : — so that
# "дрони збили над A, а уламки пошкодили будинок у B" keeps A and B apart.
# (", постраждалих немає" and ", інформація про постраждалих уточнюється" are clauses of their
# own: their "немає", "уточнюється" deny no impact before them)
CLAUSE_BREAKS = ("а", "але", "проте", "однак", "тоді як", "де", "коли", "після", "зокрема",
                 "постраждалих", "поранених", "загиблих", "жертв", "травмованих",
                 "інформація", "інформації", "дані", "відомості", "кількість")
# A paragraph opening with these goes on about the place of the paragraph before.
CONTINUING_OPENERS = ("внаслідок", "унаслідок", "в результаті", "у результаті", "через атаку",
                      "через удар", "після атаки", "після удару", "зокрема", "також", "уламки",
                      "вибухова хвиля", "удар", "атака", "пожежу", "влучання", "влучанням",
                      # the weapons themselves: "Бомби влучили у промислове підприємство"
                      "ракета", "ракети", "бомба", "бомби", "авіабомба", "авіабомби", "дрон", "дрони",
                      "безпілотник", "безпілотники", "шахед", "шахеди",
                      # the toll: "Загинули двоє людей." a paragraph after the city's
                      "загинули", "загинула", "загинув", "поранено", "постраждали", "постраждала",
                      "постраждав", "травмовано",
                      # the one who told goes on: "За його словами, ворог випустив по місту …"
                      "за його словами", "за її словами", "за словами")
# Words that point back to a place named in an earlier sentence.
REFERRING_CITY = ("місто", "міста", "місті", "містом", "обласний центр", "обласного центру",
                  "обласному центрі", "село", "селі", "селища", "селищі")
REFERRING_REGION = ("область", "області", "областю", "регіон", "регіоні", "регіону", "громад*",
                    "район*")
REFERRING_OBLAST = ("область", "області", "областю")
TOTAL_CUES = ("загалом", "усього", "всього", "загальна кількість", "по всій україні", "кількох областях",
              "інших регіонах", "інших регіонів", "інших областях", "інших областей", "інших містах")
DESTROY_STEMS = ("знищ", "ліквід")
PASSIVE_AUXILIARIES = ("було", "були", "був", "була")
THEM_WORDS = ("них", "яких")
# The weapons told first as what was destroyed (see place_words_en's "hit around 10 drones"): "Всі
# дрони знищено", "Одну ракету та всі дрони знищили наші захисники" (no "було" for the
# weapons-destroyed pattern to see). Not a weapon in the instrumental ("Дроном знищено склад": the
# weapon did it), nor the weapons as subject ("Дрони знищили склад": the word after the verb is
# air defence only).
WEAPONS_HIT = (r"(?<![\w-])<WEAPON>(?<!ою)(?<!ом)(?<!ами)(?<!ями)\s+(?:[\w'’-]+\s+){0,2}?"
               r"(?:знищено|знищені|знищили\s+(?:наші\s+)?(?:захисник|сил|ппо|військов|підрозділ|бійц)\w*)"
               r"(?![\w-])")
# Wording with impact words that tells of no impact (see place_words_en): none yet in this language.
NOT_IMPACT_PATTERN = None
# Air defence said to be at work ("працювала ППО", "під час роботи ППО"): explosions in its sentence,
# or in the sentence right before one that opens with it ("У Житомирі вибухи. Працює ППО."), are
# its sound, not impact (extract/places.py); damage told beside them still is.
AIR_DEFENCE_AT_WORK = (r"\b(?:працю\w*|спрацю\w*|робот\w*|задіян\w*)\s+(?:сил\w*\s+|засоб\w*\s+)?"
                       r"(?:ппо|протиповітрян\w*)\b|\b(?:ппо|протиповітрян\w+\s+оборон\w*)\s+(?:працю|спрацю)\w*")
BLAST_WORDS = r"\bвибух\w*"
# Debris that fell on something built (see place_words_en): "уламки впали на територію
# підприємства", "на дах будинку"; not "впали у полі" or "на Київщині".
DEBRIS_ON_BUILT = (r"\b(?:впал\w*|упал\w*|падіння|влучил\w*)\s+(?:на|у|в)\s+"
                   r"(?:територі\w+\s+|дах\w*\s+|подвір\S*\s+)?"
                   r"(?:(?:двох|трьох|кількох|\d+)\s+)?(?:[\w'’-]+\s+){0,2}?"
                   r"(?:будин\w*|будівл\w*|багатоповерхів\w*|дах\w*|підприємств\w*|склад\w*|гараж\w*|"
                   r"автомобіл\w*|авто|школ\w*|садоч\w*|лікарн\w*|об['’]єкт\w*|споруд\w*|ангар\w*)")
# Damage by debris of weapons shot down, told with no place ("уламками збитих ракет пошкоджено
# об'єкти порту"), and the word before a town that makes it the weapons' target ("по Одесі"): the
# damage is at the town the weapons were launched at (extract/places.py, _referred).
DEBRIS_OF_DOWNED = (r"\bуламк\w*\s+(?:збит|знешкоджен|знищен|перехоплен)\w*"
                    r"|\bвибухов\w+\s+хвил\w+\s+від\s+(?:збиття|перехоплення)")
TARGET_BEFORE = r"\bпо\s+$"

# --- reading names (the finder reads both scripts; these join the English lists) ---------------
# "Київська, Харківська та Одеська області": the names are oblasts.
REGION_NOUNS = ("область", "області", "областю", "областей", "областях", "областям", "областями",
                "регіон", "регіоні", "регіону", "регіонах")
# "Покровська громада", "у Ніжинському районі": a district or hromada named after a town. Such
# adjectives are shared by namesakes all over the country, so the name gives no place at all;
# the oblast is read from the oblast the text names.
DISTRICT_NOUNS = ("район", "районі", "району", "районом", "райони", "районах", "районів", "громада",
                  "громади", "громаду", "громаді", "громадою", "громад", "громадах", "мікрорайон",
                  "мікрорайоні", "околиці", "околицях", "околиць", "передмісті")
# A hromada or district is named by an adjective ("Марганецька", "Ніжинському"); a town's own name
# in a list of them ("Нікополь, Марганецька та Покровська громади") is the town, not a hromada.
DISTRICT_ADJECTIVE_STEMS = ("ськ", "цьк", "зьк")
# Words that join the names of a list.
LIST_JOINERS = ("та", "і", "й", "або", "чи")
# Ukrainian words that the gazetteer's case forms would read as a town ("Українська" is also the
# genitive of Українськ): never a place.
COMMON_WORD_PLACES = ("Українська", "Українські", "Українського", "Українською", "Українську",
                      "Українських", "Українській", "Українськ", "Українському", "Український")
# "ракетами з повітряного простору окупованих територій Луганської області": where the weapons
# came from, not where they struck (a regex ending where the name begins).
LAUNCHED_FROM = (r"\b(?:з|із|зі)\s+(?:повітряного\s+простору|території|акваторії|напрямку|боку|району)\s+"
                 r"(?:тимчасово\s+)?(?:окупован\w+\s+)?(?:територій\s+|території\s+)?$")
# Phrases that name the capital without saying Київ ("у столиці пролунали вибухи").
# A city named by an epithet (see place_words_en): none read in this language yet.
CITY_EPITHETS: tuple[str, ...] = ()
CAPITAL_PHRASES = ("столиця", "столиці", "столицю", "столицею", "українська столиця", "української столиці")
# After a capital phrase, these make it another capital ("столиці росії") or the oblast's centre.
CAPITAL_OF_AFTER = (r"\s+(?:рф|росії|білорусі|країни-агресора|країни-агресорки|регіону|області|"
                    r"краю|республіки)\b")
# Short regional names the gazetteer's data lacks, in their cases.
EXTRA_OBLAST_FORMS = {
    "Ivano-Frankivsk Oblast": ("Івано-Франківщина", "Івано-Франківщини", "Івано-Франківщині",
                               "Івано-Франківщину", "Івано-Франківщиною", "Франківщина", "Франківщини",
                               "Франківщині", "Франківщину", "Франківщиною"),
}
# "Київської міської військової адміністрації": the adjective of an oblast's name before "city" is
# that oblast's centre.
CITY_FOLLOWERS = ("міська", "міської", "міській", "міську", "міською", "міського", "міському", "міськради",
                  "міськрада", "міськраді")
# "Миколаївська сільська громада": a hromada of villages called by its village, whatever oblast's
# adjective it shares: no place by that name (the raion or oblast named beside it tells where).
VILLAGE_HROMADA_WORDS = ("сільська", "сільської", "сільській", "сільську", "сільською", "селищна",
                         "селищної", "селищній", "селищну", "селищною")
# "вулиця Сумська": the name is an address, not a place of its own.
STREET_NOUNS = ("вулиця", "вулиці", "вул", "проспект", "проспекті")
# Power plants named after a town (see place_words_en): none read in this language yet.
HYDRO_PLANT_WORDS: tuple[str, ...] = ()
HYDRO_PLANT_SITES: tuple[str, ...] = ()
THERMAL_PLANT_WORDS: tuple[str, ...] = ()
THERMAL_PLANT_SITES: tuple[str, ...] = ()
# The district nouns of DISTRICT_NOUNS name hromadas and raions by adjectives that namesakes
# share: such a name gives no place (the engine reads the oblast from the text instead).
# ("Миколаївська ОТГ", "… територіальна громада": a hromada too)
NAMESAKE_DISTRICT_NOUNS = (*DISTRICT_NOUNS, "отг", "тг", "територіальна", "територіальної",
                           "територіальній", "територіальну", "територіальною")

# English-only wording (place_words_en.py): Ukrainian has none of its own for these yet.
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
_LETTER = "A-Za-zÀ-ÿА-Яа-яІіЇїЄєҐґ"
LIST_SEPARATOR = rf"\s*,\s*(?:(?:{_JOINERS})\s+)?|\s+(?:{_JOINERS})\s+"
# Before a name: Ukrainian puts a region after "на" and a town after "у"/"в": "на Запоріжжі" is
# the oblast, "у Запоріжжі" the city.
REGION_PREPOSITION_BEFORE = r"(?<!\w)[Нн]а\s+$"
# After a name: "Слов'янська, Покровська, Васильківська громади": a list of names that ends in a
# district noun.
DISTRICT_LIST_AFTER = (rf"(?:\s*(?:,|{_JOINERS})\s*[А-ЯІЇЄҐ][{_LETTER}'’ʼ-]*)*\s+"
                       rf"(?:{'|'.join(sorted(set(NAMESAKE_DISTRICT_NOUNS)))})\b")
CAPITAL_REGION_AFTER = None
DATELINE_AFTER = None
SET_IN_OBLAST = None
RIVER_BEFORE = None
# Before a name, case-insensitive: "у селі", "селища": a village, not the town of the same name
# elsewhere; with an oblast named around it, the village lies there (place_names)
VILLAGE_BEFORE = r"\b(?:сел[оіа]|селищ[еіау]|с\.|смт)\s+$"
# "поблизу Білої Церкви", "на околиці Харкова": near a town is not the town (its oblast only)
NEAR_BEFORE = (r"\b(?:біля|поблизу|неподалік(?:\s+від)?|недалеко\s+від|поруч\s+(?:з|із)|"
               r"(?:на\s+)?околиц\w+|(?:сусідн|прикордонн)\w+\s+(?:з|із|зі))\s+$")
# "у сусідньому з Сумами російському місті", "у прикордонному з Харківщиною селі": a place named
# only to say where another lies (its neighbour or border) is no place of the report at all.
LOCATING_BEFORE = r"\b(?:сусідн|прикордонн)\w+\s+(?:з|із|зі)\s+$"
SETTLEMENT_BEFORE = None
# A settlement set at a distance from another place, and the place the hurt were treated (see
# place_words_en): not yet read in this language.
SETTLEMENT_AFTER = None
CARE_BEFORE = None
CARE_NOUNS: tuple[str, ...] = ()
# "голова Кіровоградської ОВА", "… обласної військової адміністрації": an oblast named in the title
# of who told the news, at the mention's start (no new topic for the paragraph's impact)
ADMINISTRATION_TITLE = (r"\S+\s+(?:ОВА|ОДА|МВА)(?!\w)|\S+\s+обласн\w*\s+(?:військов|державн)\w*\s+"
                        r"адміністрац")
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
# A district called after its town ("на Нікопольщині", "Синельниківщину"), or a raion by its
# town's adjective ("у Броварському районі", "Конотопського району"): its oblast (SCHEMA: a
# district named after a town is not the town). Not a hromada: many are named after villages
# whose adjective a town of another oblast shares ("Васильківська громада"). Oblast names of the
# form ("Харківщина") are known before this is asked. Not an urban district: one followed by its
# city ("у Київському районі Одеси", "районі столиці"), or one whose name big cities give their
# urban districts and a town of another oblast bears too (Kyiv's Дніпровський and Подільський,
# Odesa's Приморський, Kryvyi Rih's Покровський, Lviv's Галицький): those give no oblast.
_DISTRICT_NOUN = r"(?:район\w*|р-н\w*)"
ADJECTIVE_DISTRICT = (
    r"(?<![\w'’-])([А-ЯІЇЄҐ][а-яіїєґ'’]{2,}щин(?:а|и|і|у|ою)\b"
    r"|(?!(?:Дніпровськ|Подільськ|Приморськ|Покровськ|Галицьк))[А-ЯІЇЄҐ][а-яіїєґ'’-]{2,}(?:ськ|цьк|зьк)"
    r"(?:ий|ого|ому|им|ім|ій|ої|у|ою|а|е|і|их)"
    rf"(?=\s+{_DISTRICT_NOUN}\b(?!\s+(?:столиці|міста|м\.|обласного|[А-ЯІЇЄҐ]))))"
)
# A negation of casualties that ends before the event it follows (see place_words_en): not yet read
# in this language.
NEGATION_BEFORE_EVENT = None
