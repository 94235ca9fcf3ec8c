"""English wording that decides what a place name in a report means and whether the report
ties it to the impact of the attack. Pure data: extract/place_names.py and extract/places.py
compile it. Every language's place_words_<code>.py defines the same names (README.md here).

Every word-list entry is a lower-case word or phrase; the engine matches whole words,
case-insensitively. The patterns (the names in capitals holding a string) are regular
expressions, None where a language has no such wording; a <NAME> inside one stands for the word
list NAME of this module.
"""

# English declines no place names, and its oblast names are all in the gazetteer's data.
CASE_FORMS = None
# Its districts' adjectives are read from the towns' Latin names (gazetteer.district_oblast).
DISTRICT_ADJECTIVES = None
EXTRA_OBLAST_FORMS: dict[str, tuple[str, ...]] = {}

# Names of the oblast centres and the largest towns that a report may write in lower case
# ("struck kyiv", "in odessa"): read as the capitalised name (extract.name_case). Only these: a
# lower-case word is a place for no other reason, and none of these is an English word.
LOWER_CASE_NAMES = (
    "kyiv", "kiev", "kharkiv", "kharkov", "odesa", "odessa", "dnipro", "lviv", "zaporizhzhia",
    "zaporizhia", "zaporozhye", "mykolaiv", "nikolaev", "kherson", "sumy", "poltava", "chernihiv",
    "cherkasy", "zhytomyr", "vinnytsia", "rivne", "lutsk", "ternopil", "khmelnytskyi", "chernivtsi",
    "uzhhorod", "ivano-frankivsk", "kropyvnytskyi", "kryvyi rih", "kramatorsk", "kremenchuk",
)

# "<name> region" / "regions of <name>" make the name an oblast.
REGION_NOUNS = ("region", "regions", "oblast", "oblasts", "province", "provinces", "area", "areas")
# "<name> regional administration", "<name> governor": the oblast speaks or is spoken of.
REGION_ADJECTIVES = ("regional", "governor", "governor's", "oblast's", "region's", "ova", "oda", "rma",
                     "rsa", "rva", "oma", "nuclear", "npp")
# "<name> city administration", "<name> mayor": the city itself.
CITY_FOLLOWERS = ("city", "mayor", "mayor's", "city's", "municipal")
# "Mykolaivka village community": none read in English (its names are spelled out in Latin).
VILLAGE_HROMADA_WORDS = ()
# A hromada or district named after a town is not the town: it gives the oblast only.
DISTRICT_NOUNS = ("district", "districts", "raion", "rayon", "community", "communities", "hromada",
                  "hromadas", "municipality", "territorial community", "county", "suburb", "suburbs",
                  "outskirts")
# "near <town>" is not the town either.
NEAR_WORDS = ("near", "outside", "close to", "not far from", "around", "outskirts of", "suburbs of",
              "vicinity of", "on the approach to", "on the approaches to", "direction of", "towards",
              "north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of",
              "southwest of", "north-east of", "north-west of", "south-east of", "south-west of",
              "km from", "kilometres from", "kilometers from", "miles from", "km of", "kilometres of",
              "kilometers of", "miles of", "away from")
# Words that introduce a settlement, so that even a village GeoNames does not list is a place.
SETTLEMENT_NOUNS = ("village", "town", "city", "settlement", "urban-type settlement", "hamlet",
                    "township", "villages", "towns", "cities", "settlements")
# "<name> street": the place is an address, not a place of its own.
STREET_NOUNS = ("street", "st", "avenue", "ave", "boulevard", "blvd", "square", "lane", "highway",
                "prospekt", "avenue's", "road", "embankment", "station", "airport", "university",
                "hotel", "stadium", "team", "club", "fc", "oblenergo", "airlines", "independent", "post",
                "school", "international", "times", "pride", "patriarchate", "metro", "zoo", "dynamo",
                "bureau", "institute", "court", "declaration", "format", "summit", "forum", "process",
                "time", "river", "riverbank", "reservoir", "bridge", "channel")
# Power plants named after a town ("the Kyiv HPP", "the Zaporizhzhia TPP") often stand outside it.
# A hydro plant or dam (these words after the name) gives the oblast of its site, never the town:
# the oblast HYDRO_PLANT_SITES gives for the name, else the oblast around the town ("the Kyiv HPP"
# is in Vyshhorod, Kyiv Oblast). A thermal plant is its town (a city's CHP stands in it) unless
# THERMAL_PLANT_SITES gives the oblast it stands in elsewhere. Entries are "<name>: <oblast>".
HYDRO_PLANT_WORDS = ("hpp", "hydroelectric", "hydropower", "hydro", "hes", "dam", "pspp")
HYDRO_PLANT_SITES = ("Dnipro: Zaporizhzhia Oblast", "Dnepr: Zaporizhzhia Oblast",  # the DniproHES
                     "Kremenchuk: Kirovohrad Oblast", "Kremenchug: Kirovohrad Oblast")  # Svitlovodsk
THERMAL_PLANT_WORDS = ("tpp", "thermal", "chp", "chpp", "tec", "tes")
THERMAL_PLANT_SITES = ("Zaporizhzhia: Zaporizhzhia Oblast",  # in Enerhodar
                       "Kryvyi Rih: Dnipropetrovsk Oblast",  # in Zelenodolsk
                       "Luhansk: Luhansk Oblast",  # in Shchastia
                       "Sloviansk: Donetsk Oblast",  # in Mykolaivka
                       "Zmiiv: Kharkiv Oblast",  # in Slobozhanske
                       "Trypillia: Kyiv Oblast")  # the Trypilska TPP, in Ukrainka
# The capital standing for the government ("Kyiv said", "allowed Kyiv to ship grain").
CAPITAL_AS_GOVERNMENT_AFTER = (
    "said", "says", "say", "accused", "accuses", "blamed", "blames", "claims", "claimed", "denied",
    "denies", "aiming", "aims", "wants", "wanted", "hopes", "insists", "insisted", "asked", "urged",
    "called", "responded", "retaliated", "launched", "to ship", "to export", "officials", "authorities",
    "government", "leadership", "allies", "partners", "forces", "military", "troops", "army", "regime",
    "and moscow", "and washington", "has said", "has accused", "has launched", "has called", "needs",
)
CAPITAL_AS_GOVERNMENT_BEFORE = ("allowed", "allowing", "between", "moscow and", "washington and",
                                "helps", "help", "support", "supporting", "supports", "for")
# Verbs whose "from <place>" is where the weapons came from, not where they struck.
LAUNCH_VERBS = ("launched", "launch", "fired", "fire", "attacked", "took off", "flew", "flying",
                "came", "coming", "approached", "sent", "released", "dropped")
# Rivers that share a name with a town: after "the" ("across the Dnipro") they are the river.
RIVERS = ("Dnipro", "Desna", "Dnister", "Dniester", "Danube", "Inhulets", "Psel", "Vorskla", "Oskil",
          "Siverskyi Donets", "Southern Buh", "Southern Bug", "Ros", "Sula", "Prut", "Tysa")
# Phrases that name the capital without saying Kyiv.
CAPITAL_PHRASES = ("the capital", "the ukrainian capital", "ukraine's capital", "the capital city")
# Phrases that name a city without its name ("Ukraine's second-largest city"), as
# "<phrase>: <town>"; like the capital phrases, "near" one gives the oblast.
CITY_EPITHETS = ("ukraine's second-largest city: Kharkiv", "ukraine's second largest city: Kharkiv",
                 "ukraine's second city: Kharkiv", "the country's second-largest city: Kharkiv",
                 "the country's second largest city: Kharkiv", "the second-largest city: Kharkiv",
                 "ukraine's third-largest city: Odesa", "ukraine's third largest city: Odesa",
                 "ukraine's fourth-largest city: Dnipro", "ukraine's fourth largest city: Dnipro")
# Capitalised words that may start a place name but say nothing of their own before one
# ("In Kharkiv", "Southern Odesa"); any other capitalised word just before a name makes
# the pair a person's name ("Taras Shevchenko") or another proper noun.
NEUTRAL_BEFORE = (
    "in", "on", "at", "the", "near", "over", "from", "across", "and", "or", "both", "to", "of", "for",
    "into", "outside", "around", "while", "meanwhile", "also", "as", "after", "before", "by", "with",
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
    "south-eastern", "south-western", "frontline", "front-line", "ukrainian", "ukraine's", "however",
    "city", "town", "village", "region", "oblast", "regions", "oblast's", "oblast’s", "region's",
    "region’s", "province's", "province’s", "then", "but", "later", "earlier",
    "overnight", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "capital", "port", "besieged", "embattled", "neighbouring", "neighboring",
    "nearby", "residents", "explosions", "blasts", "strikes", "attacks", "drones", "missiles",
    "updated", "breaking", "photo", "video", "news", "reuters", "ap", "afp", "bbc", "cnn",
    "mayor", "governor", "head", "chief",
)

# Capitalised words after a place name that do not make it part of a person's name
# ("Kharkiv Military Administration").
TITLE_WORDS = ("military", "administration", "council", "state", "city", "hromada", "authorities")
# English writes districts as adjectives the gazetteer resolves ("Synelnykivskyi district");
# no district noun marks a name shared by namesakes all over the country (see place_words_uk).
NAMESAKE_DISTRICT_NOUNS: tuple[str, ...] = ()
DISTRICT_ADJECTIVE_STEMS: tuple[str, ...] = ()
# Letters of a name (either script: English reports spell some places in Cyrillic).
_LETTER = "A-Za-zÀ-ÿА-Яа-яІіЇїЄєҐґ"

# --- patterns of the name reader (extract/place_names.py) -----------------------------------
# Words that join the names of a list, and what stands between the names of a list ("Kyiv,
# Kharkiv and Odesa", "from Kyiv to Lviv"), matched whole.
LIST_JOINERS = ("and", "or")
_JOINERS = "|".join(LIST_JOINERS)
LIST_SEPARATOR = rf"\s*,\s*(?:(?:{_JOINERS})\s+)?|\s+(?:{_JOINERS}|&|to)\s+|\s*,?\s*as well as\s+|\s*/\s*"
# After a capital phrase (lower-cased): "the capital of the region" is another capital.
CAPITAL_OF_AFTER = r"\s+(?:city\s+)?of\b"
# After a capital phrase (lower-cased): "the capital region", "the capital's suburbs" are Kyiv Oblast.
CAPITAL_REGION_AFTER = r"\s+region|['’]s\s+(?:suburbs|outskirts)"
# After a name at the start of a line, case-insensitive: "KYIV (Reuters) -", "Kyiv • UNN",
# "KIEV, January 30.": where the report was filed.
DATELINE_AFTER = (r"\s*(?:•|\(|—|–|-\s|,\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                  r"\s*\d|\d|Ukraine\s*[(—–-]))")
# After a name, case-sensitive: "Putrivka, Kyiv region": a small place set in its oblast.
SET_IN_OBLAST = r",\s+(?:in\s+)?(?:the\s+)?[A-ZА-ЯІЇЄҐ][\w'’-]+\s+(?:region|oblast|province|district)"
# Before a river's name, case-insensitive: "across the Dnipro" is the river.
RIVER_BEFORE = r"\bthe\s+$"
# Before a name, case-insensitive: "near Kharkiv", "outside the city of Sumy" give the oblast only;
# so does "the community of <town>", the hromada named after the town (as "<town> community" in
# DISTRICT_NOUNS); not "district of": "the Podilskyi district of Kyiv" is the city.
NEAR_BEFORE = (r"\b(?:<NEAR_WORDS>|(?:territorial\s+)?community\s+of|hromada\s+of|municipality\s+of)"
               r"\s+(?:the\s+)?"
               r"(?:(?:(?:city|town|village|settlement)s?\s+of\s+)"
               r"|(?:[\w'’-]+\s+){0,5}(?:city|capital|centre|center),\s+)?$")
# Before a name: "Vasylkiv, about 35 km south-west of Kyiv", "Pavlohrad, east of Dnipro":
# the name only locates the place named before it (no impact of its own, not even the oblast).
LOCATING_BEFORE = (r"[A-Z][\w'’-]+\s*,\s*(?:(?:some|about|around|roughly|approximately|just)\s+)?"
                   r"(?:\d[\d,.]*\s*(?:km|kilometers|kilometres|miles)\s+)?(?:<NEAR_WORDS>)\s+(?:the\s+)?$")
# Before a name, case-insensitive: "the village of": a village, not the town of the same name
# elsewhere; with an oblast named around it, the village lies there (place_names).
VILLAGE_BEFORE = r"\b(?:village|hamlet)(?:\s+of)?\s+$"
# Before a name, case-insensitive: "the village of", "the town": a settlement, however small.
SETTLEMENT_BEFORE = r"\b(?:<SETTLEMENT_NOUNS>)(?:\s+of)?\s+$"
# After a name, case-insensitive: "Ukrainka, some 50 km south of Kyiv": set at a distance from
# another place, the name is a settlement too, even one spelled like a word.
SETTLEMENT_AFTER = (r"\s*,\s*(?:(?:some|about|around|roughly|approximately|just|nearly|less\s+than)\s+)?"
                    r"\d[\d,.]*\s*(?:km|kilometers|kilometres|miles)\s+(?:\([^)]{0,20}\)\s+)?"
                    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|from)\s")
# Before a name, case-insensitive, with a word of CARE_NOUNS after it: "taken to a Kyiv hospital"
# is where the hurt were treated, not a place struck.
CARE_BEFORE = (r"\b(?:hospitali[sz]ed|taken|admitted|brought|rushed|treated|transported|evacuated|airlifted|"
               r"transferred|recovering|treatment)\s+(?:[\w-]+\s+){0,3}?(?:to|in|at)\s+(?:a|an|the)\s+$")
CARE_NOUNS = ("hospital", "hospitals", "clinic", "clinics", "medical", "burn", "burns", "trauma")
# An oblast named in the title of who told the news (see place_words_uk): not yet read in English.
ADMINISTRATION_TITLE = None
# Before a list, case-insensitive: "regions of Kyiv, Sumy and Poltava", "regions, from Kyiv to
# Lviv": the names are oblasts.
REGIONS_OF_BEFORE = (r"\b(?:regions?|oblasts?|provinces?)(?:\s+of|,?\s+from)\s+(?:the\s+)?$"
                     r"|\bgovernor\s+of\s+(?:the\s+)?$")  # "the governor of Lviv" heads the oblast
# Before a list of two names or more, case-insensitive: "several regions, including Kyiv, Rivne and
# Sumy", "the areas of Lviv, Zhytomyr and Rivne": the names are oblasts (one name so introduced is
# often the city: "regions, including Dnipro, where a building burned", "residential areas of Kyiv").
REGIONS_INCLUDING_BEFORE = (r"\b(?:regions|oblasts|provinces),?\s+(?:including|such\s+as|notably|namely)\s+$"
                            r"|\bareas\s+of\s+(?:the\s+)?$")
# After a list, case-insensitive: "Sumy, Poltava, Kirovohrad and other regions": so are these.
OTHER_REGIONS_AFTER = (r"\s*,?\s*(?:and|as\s+well\s+as|plus)\s+(?:[\w-]+\s+){0,2}"
                       r"(?:regions|oblasts|provinces)\b")
# After an oblast's name, case-insensitive: "the whole of Sumy Oblast, its capital included,
# lost power": the oblast's centre city is named too (group 1 says where).
CAPITAL_TOO_AFTER = (r"(?:\s+(?:region|oblast|province))?\s*,?\s*"
                     r"(?:including|and|as\s+well\s+as|along\s+with|together\s+with|plus)\s+(?:in\s+)?(its\s+(?:regional\s+|administrative\s+|oblast\s+)?"
                     r"(?:capital|centre|center)(?:\s+city)?)\b")
# Before and after a name, case-insensitive: "Russia's Belgorod", "Kursk region of Russia".
FOREIGN_BEFORE = r"\b(?:russia['’]s|russian|belarus['’]s|belarusian|in russia['’]s)\s+$"
FOREIGN_AFTER = r"^\s*(?:region|oblast|province)?\s*(?:of|in)\s+(?:russia|belarus)\b"
# Before a name, case-insensitive: "missiles launched from occupied Crimea", "drones flying from
# the direction of Sumy": where the weapons came from, not where they struck.
LAUNCHED_FROM = (r"\b(?:<LAUNCH_VERBS>)\b[^.;]{0,60}?\bfrom\s+"
                 r"(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?(?:(?:temporarily\s+)?(?:russian-)?occupied\s+)?$")
# After and before the capital's name (lower-cased): "Kyiv said", "allowed Kyiv to": the government.
GOVERNMENT_AFTER = r"(?:<CAPITAL_AS_GOVERNMENT_AFTER>)\b"
GOVERNMENT_BEFORE = r"\b(?:<CAPITAL_AS_GOVERNMENT_BEFORE>)$"
# Ukrainian's "на" before a region; English has no preposition that tells a region from a town.
REGION_PREPOSITION_BEFORE = None
# Ukrainian's list of hromadas named by adjectives; see NAMESAKE_DISTRICT_NOUNS.
DISTRICT_LIST_AFTER = None
# "the village of Putrivka": a village too small for the gazetteer, on the text's word (group 1 is
# the name); the pattern runs only on a text holding one of the nouns.
INTRODUCED_SETTLEMENT_NOUNS = ("village", "town", "settlement", "hamlet")  # "urban-type settlement" holds one
INTRODUCED_SETTLEMENT = (r"\b(?:village|town|settlement|hamlet|urban-type\s+settlement)s?\s+of\s+"
                         rf"([A-ZА-ЯІЇЄҐ][{_LETTER}'’ʼ-]+(?:\s+[A-ZА-ЯІЇЄҐ][{_LETTER}'’ʼ-]+)?)")
# "the Synelnykivskyi district": a district named by its town's adjective (group 1), which gives
# the town's oblast; not the tail of a hyphenated name ("Novhorod-Siverskyi district"). The
# pattern runs only on a text holding one of the nouns.
ADJECTIVE_DISTRICT_NOUNS = ("district", "raion", "rayon", "community", "hromada")
ADJECTIVE_DISTRICT = (r"(?<![\w'’-])([A-Z][a-z'’-]{3,}(?:s'?kyi|s'?kyy|s'?kiy|s'?ky))\s+"
                      r"(?:district|raion|rayon|community|hromada)s?\b")

# Impact of the attack on a place: hits, damage (also from debris), casualties, fires, power
# cuts, explosions. Matched as whole words or word stems (a trailing * allows any ending).
IMPACT_CUES = (
    "hit", "hits", "hitting", "struck", "strike on", "strikes on", "strike hit", "strike in",
    "strikes in", "reached targets", "reached their targets",  # (not "did not reach their targets")
    "damag*", "destroy*", "ruin*", "collaps*", "rubble", "debris", "fragments", "wreckage", "shrapnel",
    "fell", "falling", "crashed", "crash", "impact*",
    "fire", "fires", "blaze*", "burn*", "flames", "caught fire", "on fire", "set ablaze",
    "kill*", "dead", "death*", "died", "dies", "die", "fatalit*", "bodies", "body",
    "injur*", "wound*", "hurt", "casualt*", "victim*", "hospitali*", "treated", "medical help",
    "explosion*", "blast*", "explosions were heard", "loud bang*",
    "power outage*", "outage*", "blackout*", "without power", "without electricity", "de-energi*",
    "without heating", "without water", "power cut*", "power supply", "power was cut",
    "electricity was cut", "cut power", "cutting power", "cut off", "without light", "disconnected",
    "electricity supply", "went dark", "plunged into darkness", "lost power", "lost electricity",
    "emergency shutdown*", "shattered", "smashed", "broken windows",
    # "Dnipro has suffered", "the hospital suffered from the strike", "the attack affected Kyiv",
    # "regions were affected" (not "suffered no damage", "suffered through the alerts")
    "has suffered", "had suffered", "have suffered", "suffered from", "affected",
    "windows were blown", "infrastructure", "energy facilit*", "energy infrastructure",
    "residential", "apartment", "high-rise", "house", "houses", "home", "homes", "building",
    "buildings", "warehouse*", "enterprise", "facility", "facilities", "port", "substation*",
    # "Some missiles reached their targets in Kyiv" (a statement's hits; "did not reach" is negated)
    "reached their target*", "reached its target", "reached the target*", "reached target*",
)
# Cues that are also said of the drones and missiles themselves ("debris fell", "a facility"):
# they count only in a clause that is not about air defence.
WEAK_IMPACT_CUES = ("debris", "fragments", "wreckage", "fell", "falling", "crashed",
                    "crash", "impact*", "infrastructure", "residential", "apartment", "house", "houses",
                    "home", "homes", "building", "buildings", "enterprise", "facility", "facilities",
                    "port", "treated", "energy facilit*", "energy infrastructure")
# "destroyed" is impact for a house, not for "15 drones were destroyed": it counts only in a
# clause that names no weapon.
# Likewise "disabled": a power grid disabled is impact, drones disabled by jamming are not.
DESTROY_CUES = ("destroy*", "eliminat*", "disabled")
WEAPON_WORDS = ("drone*", "uav*", "shahed*", "geran*", "missile*", "rocket*", "target", "targets", "kinzhal*",
                "kalibr*", "iskander*", "aircraft", "decoy*", "gerbera*")
# Words of air attack: a sentence with ground-war words is still about this attack if it has one.
AERIAL_WORDS = (*WEAPON_WORDS, "air strike*", "airstrike*", "air attack*", "aerial", "bomb*", "kab*")
# A sentence of shelling that opens with these tells of another event (see place_words_uk): not yet
# read in this language.
ANOTHER_EVENT_OPENERS: tuple[str, ...] = ()
# Air defence at work: a place named in such a clause is where drones were shot down.
INTERCEPT_CUES = (
    "shot down", "shoot down", "shooting down", "downed", "intercept*", "neutrali*", "repel*",
    "destroyed over", "destroyed in the skies", "air defen*", "anti-aircraft", "mobile fire group*",
    "eliminated", "suppressed", "jammed", "lost from radar",
    "locationally lost", "were active", "was active", "operating", "alert", "alarm", "air raid",
    "flying", "flew", "headed", "heading", "approach*", "targets", "launched", "recorded",
    "detected", "spotted", "tracked", "moving",
    # a target named is not a place hit ("energy facilities were targeted in Kharkiv"); the
    # active "Russia targeted the grid in X" is left as it was (labelled impact on the held half)
    "were targeted", "was targeted", "are targeted", "is targeted", "been targeted", "aimed at",
    "targeted", "targeting",
)
# A negated impact ("no damage", "no one was hurt") is not impact: from one of these words to
# the next punctuation the clause says nothing happened.
NEGATORS = (
    "no", "not", "nobody", "no one", "none", "neither", "nor", "information about",
    "without casualties", "without injuries", "without victims", "without damage", "without loss*",
    "information on", "details of", "details about", "avoided", "prevented",
)
# A negation of casualties ends before the event it follows: "No injuries were reported after
# Russian drones struck a warehouse in Lviv", "No one was hurt as debris fell on a house" (the
# strike is told, only its toll denied); a weapon's shoot-down denied ends before the impact joined
# to it: "15 drones were not shot down and struck targets in Dnipro". Asked before NEGATORS' scope
# to the next punctuation.
NEGATION_BEFORE_EVENT = (
    r"\b(?:no(?:\s+one)?|nobody|none)\b[^,.;:!?]*?\b(?:injur\w*|hurt|casualt\w*|killed|wounded|deaths?|"
    r"victims?|fatalit\w*)\b[^,.;:!?]*?(?=\s+(?:after|when|as|while|because|following)\s)|"
    r"\bnot\s+(?:been\s+)?(?:shot\s+down|intercepted|downed)(?=\s+(?:and|but)\s)"
)
# Of the impact words, those that a negation turns into a place spared ("there were no hits in
# Kyiv", "the Kyiv HPP was not damaged"): that clause's place is not struck, even beside impact
# told elsewhere in the sentence. Not casualty words: "in Kyiv no one was hurt, but a drone
# damaged a house" still tells of Kyiv's damage.
DENIED_IMPACT = ("hit", "hits", "damag*", "destroy*", "destruction", "struck", "strikes", "impact*",
                 "fire", "fires")
# Said after the impact words: "casualties were avoided", "the number of victims is being clarified".
NEGATED_AFTER = (
    "avoided", "were prevented", "was prevented", "not recorded", "not reported", "being clarified",
    "being specified", "being established", "being determined", "not been reported",
    "not yet known", "unknown", "did not cause", "caused no",
)
# Claims of the side that attacked say nothing about impact.
CLAIM_CUES = (
    "russian ministry of defen*", "russian defen* ministry", "russia's defen* ministry",
    "russian mod", "kremlin said", "kremlin claimed", "moscow claimed", "moscow said", "russia claimed",
    "russia says", "russia said", "tass", "ria novosti", "planned objectives", "all targets were hit",
    "russian media", "russian state media", "pro-kremlin", "russian telegram channel*",
    "close to russia's security services", "close to russian security services",
    # what Russia's officials in occupied land say Ukraine's forces struck
    "occupation officials", "occupation authorities", "russian-installed", "moscow-installed",
    "kremlin-installed", "accused ukrainian", "accused ukraine", "accused kyiv",
)
# Sentences about another time than this attack, whatever the engine passes as `skip`.
BACKGROUND_CUES = (
    "recall", "as a reminder", "we remind", "previously", "the day before", "a day earlier",
    "a day before", "the previous day", "the previous night", "one day after", "a week ago",
    "last week", "last month", "earlier this week", "earlier this month", "earlier this year",
    "since the start of", "since the beginning of", "since february", "in 2022", "in 2023",
    "read also", "read more", "see also", "related:", "as reported by", "as reported,",
    "repeatedly", "repeated", "frequently", "regularly", "near-daily", "almost daily", "every night",
    "throughout the war", "since the full-scale invasion", "since the start of the full-scale",
    "over the past day", "over the past 24 hours", "past 24 hours", "in the past day", "over the last day",
    "over the past week",
)
# A line holding one of these is a photo caption: it shows a strike, maybe an older one, and
# adds no place of its own (the story names the places this attack struck).
CAPTION_CUES = ("photo:", "(photo", "photo by", "photo credit", "photograph:", "getty images", "afp via",
                "ap photo", "reuters/", "file photo", "in this photo", "in this handout", "pictured",
                "| reuters", "| afp", "| ap", "| epa", "| getty")  # "… in Kyiv | Reuters"
# Said of a place, these are not impact even though they hold an impact word ("came under fire").
NOT_IMPACT_PHRASES = ("under fire", "under russian fire", "under enemy fire", "under heavy fire",
                      "under attack", "mobile fire group*", "fire group*", "opened fire", "ceasefire",
                      "cease-fire", "fire at", "fired at", "fire on", "fire control",
                      # (the impact cue "reached their targets" denied without a NEGATORS word)
                      "never reached", "failed to reach")
# A line holding only one of these starts background that runs to the end of the report.
BACKGROUND_HEADINGS = ("recall", "read also", "read more", "related", "see also",
                       "related news", "more news", "latest news", "news feed",
                       # a page's lists of other stories
                       "also read", "reminder", "most popular", "most read", "popular", "trending",
                       "top stories", "more stories", "other news", "read next", "what to read next",
                       "you may also like", "you might also like", "recommended", "recommended for you",
                       "editor's picks", "related articles", "related stories", "related posts",
                       "related content", "related topics", "more from author", "more from the region",
                       "more from ukraine", "more on this story", "more on this topic", "more on ukraine")
# Ground war, shelling and anything else that is not this aerial attack.
NOT_AERIAL_CUES = (
    "shelling", "shelled", "shell", "shells", "artillery", "mortar*", "multiple rocket launcher*", "mlrs",
    "rocket launcher*", "grad",
    "front line", "frontline", "front-line", "offensive", "troops", "advanc*", "captur*",
    "counteroffensive", "ground attack*", "ground assault*", "infantry", "assault group*", "tank*",
    "occupied", "occupation",
    "liberat*", "battle*", "fighting", "clashes",
)
# Of those, the words of ground fire: a paragraph that tells of it and names no air weapon was
# shelling, and so are its towns in later sentences that name none ("Six were hurt in an attack on
# Nikopol. A shell exploded near their car." … "Houses were damaged in Nikopol.").
GROUND_FIRE_CUES = ("shelling", "shelled", "shell", "shells", "artillery", "mortar*",
                    "multiple rocket launcher*", "rocket launcher*", "mlrs", "grad")
# Drones of the front line, flown at a town beside guns ("FPV drones and Uragan rockets were used on it"):
# beside ground fire, a sentence naming only these tells of shelling, not of the air attack.
FRONT_LINE_DRONES = ("fpv", "fpvs", "fpv drone*", "fpv-drone*", "first-person-view drone*",
                     "first-person view drone*", "quadcopter*", "copter*")
# Clauses of one sentence are cut at these words (after a comma) and at ; : — so that
# "drones were shot down over A, and debris damaged a house in B" keeps A and B apart.
CLAUSE_BREAKS = ("and", "but", "while", "whereas", "where", "although", "though", "as", "after",
                 "with", "including", "when")
# A paragraph opening with these goes on about the place of the paragraph before.
CONTINUING_OPENERS = ("as a result", "consequently", "due to the attack", "due to the strike",
                      "because of the attack", "following the attack", "following the strike",
                      "after the attack", "after the strike", "the attack", "the strike", "the hit",
                      "the blast", "the explosion", "the impact", "the debris", "debris", "fragments",
                      "in particular")
# A sentence with one of these speaks of a total ("In total, six people were injured across the
# country"): its casualties are not the place the paragraph is about.
TOTAL_CUES = ("total", "overall", "in all", "altogether", "nationwide", "across the country",
              "across ukraine", "all over ukraine", "several regions", "other regions", "other cities",
              "other oblasts")
# Words that point back to a place named in an earlier sentence.
REFERRING_CITY = ("the city", "the town", "the village", "the settlement", "the regional centre",
                  "the regional center", "the city's", "the town's", "the regional capital",
                  "the region's capital", "the oblast capital", "the oblast centre", "the oblast center",
                  "the administrative centre", "the administrative center")
REFERRING_REGION = ("the region", "the oblast", "the province", "the area", "the region's")
# Of those, the ones that name an oblast (not a district or "the area"): said after the capital,
# they point to the region around it, Kyiv Oblast.
REFERRING_OBLAST = ("the region", "the oblast", "the province", "the region's")
# Places outside Ukraine that share names or look like Ukrainian ones; never a Ukrainian place.
FOREIGN_PLACES = (
    "Russia", "Moscow", "Kursk", "Belgorod", "Bryansk", "Voronezh", "Rostov", "Rostov-on-Don",
    "Krasnodar", "Oryol", "Orel", "Tula", "Kaluga", "Lipetsk", "Tambov", "Saratov", "Samara",
    "Volgograd", "Syzran", "Engels", "Ryazan", "Smolensk", "Novorossiysk", "Taganrog", "Yeysk", "Pskov",
    "Tver", "Kazan", "Yaroslavl", "Leningrad", "Petersburg", "Vladikavkaz", "Makhachkala", "Astrakhan",
    "Penza", "Ulyanovsk", "Tatarstan", "Bashkortostan", "Chechnya", "Dagestan", "Krasnodar Krai",
    "Kuban", "Stavropol", "Sochi", "Anapa", "Tuapse", "Murmansk", "Novgorod", "Ivanovo",
    "Belarus", "Minsk", "Gomel", "Homel", "Mozyr", "Mazyr", "Brest", "Grodno", "Vitebsk", "Mogilev",
    "Moldova", "Chisinau", "Transnistria", "Romania", "Poland", "Rzeszow", "Hungary", "Slovakia",
    "Lithuania", "Latvia", "Estonia", "Finland", "Georgia", "Turkey", "Iran", "Israel", "Gaza",
    "Syria", "Washington", "London", "Paris", "Berlin", "Brussels", "Geneva", "Istanbul", "Ankara",
)
# Capitalised English words and names that GeoNames also has as Ukrainian places; they are a
# place only with a settlement word ("the village of Bar").
COMMON_WORD_PLACES = (
    "Bar", "Human", "Sad", "Bila", "Nova", "Stalin", "Lenin", "Shevchenko", "Korolyov", "Metalist",
    "Spartak", "Avanhard", "Zoria", "Mayak", "Progres", "Ukraina", "Ukrainka", "Druzhba", "Mir",
    "Myr", "Peremoha", "Zhovtneve", "Oktiabr", "Komunar", "Pioner", "Pershotravneve", "Radianske",
    "Sokil", "Kalyna", "Zirka", "Vesna", "Sonyachne", "Prohres", "Promin", "Svitanok", "Lastivka",
    "Chechnia", "Yaponka", "Abissinka", "Kostroma", "Monakhy", "Kondytsioner", "Tekstylnyk",
    "Lisok", "Levada", "Podil", "Vitka", "Mala", "Velyka", "Stara", "Staryi", "Novyi", "Nove", "Dubky",
    "Trudove", "Sverdlovsk", "Kirove", "Kirovsk",
)
# "destroyed 15 Shahed drones", "45 of them were destroyed": a destroy verb whose object is the
# weapons is air defence at work, not impact.
DESTROY_STEMS = ("destroy", "eliminat", "disabl")
PASSIVE_AUXILIARIES = ("were", "was", "been")
THEM_WORDS = ("them",)
# "air defence hit around 10 drones": "hit" before a count of weapons is air defence at work, not
# impact (<WEAPON> stands for WEAPON_WORDS); "Russia hit Kyiv with 10 drones" has no count after
# the verb.
WEAPONS_HIT = (r"\b(?:hit|struck)\s+(?:(?:around|about|some|nearly|almost|at\s+least|more\s+than|over|"
               r"up\s+to|all|another)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
               r"eleven|twelve|a\s+dozen|dozens\s+of|several|\w+ty(?:-\w+)?)\s+(?:[\w-]+\s+){0,2}?<WEAPON>")
# Wording that holds impact words without telling of impact (blanked before the cues are read):
# a plant taken off the grid for its safety ("the Rivne and Khmelnytskyi nuclear power plants were
# disconnected from the grid"; homes "disconnected" are impact), an explosion in the sky (air
# defence at work: "a flash lit up the sky above Sumy").
NOT_IMPACT_PATTERN = (r"\b(?:nuclear\s+(?:power\s+plants?|facilit\w*|plants?)|npps?|reactors?|power\s+units?)"
                      r"\b[^.;]{0,120}?\b(?:disconnected|cut\s+off|taken\s+off|switched\s+off)\s+from\s+the\s+"
                      r"(?:power\s+|electricity\s+|energy\s+)?(?:grid|network|system)"
                      r"|\b(?:explosions?|blasts?|flash(?:es)?)\b[^.;]{0,40}?\b(?:in|lit\s+up|lighting\s+up|across)\s+the\s+"
                      r"(?:night\s+)?sk(?:y|ies)\b"
                      # "Kyiv has suffered no damage": the negation after it is read as such
                      r"|\b(?:ha(?:s|d|ve)\s+)?suffered(?:\s+from)?(?=\s+(?:no|nothing)\b)")
# Air defence at work beside explosions (see place_words_uk): not yet read in this language.
AIR_DEFENCE_AT_WORK = None
BLAST_WORDS = None
# Debris of downed weapons that fell on something built is impact even in a clause of air
# defence ("debris of a downed drone fell on a house in Bucha"), not debris that merely fell ("fell
# in a field", "debris fell in the Kyiv region"), where the weak cues need a clause free of it.
DEBRIS_ON_BUILT = (r"\b(?:fell|falling|crashed|landed)\s+(?:on|onto|into|in)\s+"
                   r"(?:the\s+(?:roofs?|yards?|territory|grounds)\s+of\s+)?(?:(?:a|an|the|two|three|four|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
                   r"(?:houses?|homes?|buildings?|high-rises?|roofs?|cars?|vehicles?|enterprises?|warehouses?|"
                   r"garages?|facilit(?:y|ies)|apartments?|schools?|kindergartens?|hospitals?|sheds?)\b")
# Damage by debris of weapons shot down told with no place, and the word before a town that makes
# it their target (see place_words_uk): not yet read in this language.
DEBRIS_OF_DOWNED = None
TARGET_BEFORE = None
