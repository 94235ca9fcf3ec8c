"""English wording for the extraction engine: word lists and regex fragments, no logic.

Fragments are compiled case-insensitively by the engine modules; keep them free of nested
quantifiers so matching stays linear on hostile input.
"""

from __future__ import annotations

from extract.lang import LanguageData
from extract.lang.weapon_models import weapon_models

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

_MODEL_SPELLINGS = {  # canonical names and facts: extract/lang/weapon_models.py
    # drones
    "Shahed-238": r"shahed-?238|geran-?3|jet[- ]powered shaheds?|jet shaheds?",
    "Shahed": r"shahed(?:-1[0-9]{2}(?:/1[0-9]{2})?)?s?|shahids?|geran(?:-?2)?s?",
    "Gerbera": r"gerberas?",
    "Molniya": r"molniyas?",
    "Lancet": r"lancets?",
    "FPV": r"fpv",
    "Orlan-10": r"orlan(?:-?10)?s?",
    "Zala": r"zalas?",
    "Supercam": r"supercams?",
    # missiles (the longer spellings first so that Kh-555 is not read as Kh-55; an "s" is the
    # plural: "2 Iskander-Ms", "S-300s")
    "Kh-101": r"(?:kh|x|х)-?\s?101s?",
    "Kh-555": r"(?:kh|x|х)-?\s?555s?",
    "Kh-55": r"(?:kh|x|х)-?\s?55s?",
    "Kh-22": r"(?:kh|x|х)-?\s?22s?",
    "Kh-32": r"(?:kh|x|х)-?\s?32s?",
    "Kh-35": r"(?:kh|x|х)-?\s?35s?",
    "Kh-47M2 Kinzhal": r"(?:kh|x|х)-?\s?47(?:m2)?(?:\s+kinzhal)?|kinzhals?|kyndzhals?|kindzhals?",
    "Kh-59": r"(?:kh|x|х)-?\s?59(?:/(?:kh|x|х)-?69)?(?:mk2|m)?s?",
    "Kh-69": r"(?:kh|x|х)-?\s?69s?",
    "Kh-31P": r"(?:kh|x|х)-?\s?31(?:pd|p)?s?",
    "Kalibr": r"kalibrs?|kalibr-type|calibre?s?",
    "Iskander-K": r"iskander-ks?",
    "Iskander-M": r"iskander-m(?:/kn-?23)?s?|iskanders?",
    "KN-23": r"kn-?23s?",
    "Oniks": r"oniks|onyx",
    "Zircon": r"zircons?|tsirkons?",
    "S-300": r"s-?300s?",
    "S-400": r"s-?400s?",
    "Oreshnik": r"oreshniks?",
    # guided bombs
    "KAB": r"kabs?|guided aerial bombs?|guided bombs?|glide bombs?",
}

# "Separately, Russia launched 60 drones overnight": a paragraph opening so that counts Russia's
# launch of the night is this attack's, not another event (a lookahead after "separately")
_SEPARATE_NIGHT_LAUNCH = (
    r"(?![^.]*\b(?:russia|russian forces|moscow)\s+(?:also\s+)?(?:launched|fired|sent)\b"
    r"[^.]*\b(?:drones?|missiles?|shaheds?)\b[^.]*\b(?:overnight|last night)\b)"
)

# An evening's clock time, when an Air Force night begins ("18:00", "6 p.m."), and a late one
# ("23:30", "11 p.m."): a time that says the night followed (extract.night_openers)
_EVENING_CLOCK = r"(?:(?:1[89]|2[0-3])[:.][0-5]\d|(?:[6-9]|1[01])(?:[:.][0-5]\d)?\s*p\.?\s?m\b\.?)"
_LATE_CLOCK = r"(?:2[1-3][:.][0-5]\d|(?:9|1[01])(?:[:.][0-5]\d)?\s*p\.?\s?m\b\.?)"

# The prepositions that make Ukraine a count's target ("fired 40 drones at Ukraine"): the figure is
# the country's (scope_national, scope_country_target)
_TOWARDS_THE_COUNTRY = r"at|on|against|across|over|all over"

LANGUAGE = LanguageData(
    code="en",
    script="latin",
    # "[A-Z]": an initial ("J. Smith")
    abbreviations=(
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "St", "Jr", "Sr", "No", "vs", "approx", "incl", "Oct",
        "Nov", "Dec", "Jan", "Feb", "Aug", r"Sept?", r"U\.S", r"U\.K", "obl", "[A-Z]",
    ),
    units=_UNITS,
    tens=_TENS,
    scales={"hundred": 100, "thousand": 1000},
    dozen_words=("dozen",),
    # "two dozens injured": the plural after a number is still that many dozen ("dozens" alone is vague)
    fixed_amounts={
        "half a dozen": 6,
        "half-dozen": 6,
        "two dozens": 24,
        "three dozens": 36,
        "four dozens": 48,
        "five dozens": 60,
    },
    joiners=("and",),
    singular_articles=("a", "an"),
    both_words=("both",),
    qualifiers={
        "more than": "lower",
        "over": "lower",
        "at least": "lower",
        "no fewer than": "lower",
        "no less than": "lower",
        "in excess of": "lower",
        "upwards of": "lower",
        "nearly": "upper",
        "almost": "upper",
        "up to": "upper",
        "as many as": "upper",
        "fewer than": "upper",
        "less than": "upper",
        "just under": "upper",
        "under": "upper",
        "about": "approximate",
        "approximately": "approximate",
        "around": "approximate",
        "some": "approximate",
        "roughly": "approximate",
        "an estimated": "approximate",
        "approx.": "approximate",
        "close to": "approximate",
    },
    vague_amounts=(
        "dozens of",
        "several dozen",
        "several hundred",
        "hundreds of",
        "scores of",
        "several",
        "a number of",
        "a few",
        "numerous",
        "many",
        "multiple",
        "a large number of",
        "a series of",
        "waves of",
        "a swarm of",
        "a barrage of",
    ),
    ordinals={
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
    },
    models=weapon_models(_MODEL_SPELLINGS),
    class_heads={
        "drone": (
            r"drones?",
            r"uavs?",
            r"unmanned aerial vehicles?",
            r"unmanned aircraft",
            r"attack drones?",
            r"decoys?",
            r"loitering munitions?",
            r"drone decoys?",
            r"imitators?",
            r"imitator drones?",
            r"simulators?",
        ),
        "missile": (r"missiles?", r"rockets?", r"(?:ballistic|cruise) ones"),
        "guided_bomb": (r"(?:guided |glide |aerial )?bombs?",),
        "total": (
            r"(?:aerial |air )?targets",
            r"(?:air(?:borne)? |aerial )?(?:assault |attack )?weapons",
            r"means of (?:air |aerial )?attack",
            r"air attack (?:means|assets)",
            r"launches",
            r"projectiles",
            r"aerial assault weapons",
            r"(?:air|aerial) targets",
        ),
    },
    family_words={
        "cruise": "cruise",
        "ballistic": "ballistic",
        "aeroballistic": "aeroballistic",
        "guided": "guided",
        "air-to-surface": "guided",
        "anti-ship": "cruise",
        "decoy": "decoy",
        "jet": "jet",
    },
    weapon_modifiers=(
        r"russian",
        r"russia-launched",
        r"enemy",
        r"hostile",
        r"incoming",
        r"more",
        r"additional",
        r"other",
        r"identified",
        r"attack",
        r"strike",
        r"combat",
        r"kamikaze",
        r"suicide",
        r"cruise",
        r"ballistic",
        r"aeroballistic",
        r"hypersonic",
        r"guided",
        r"air-to-surface",
        r"anti-aircraft",
        r"anti-ship",
        r"air-launched",
        r"sea-launched",
        r"ground-launched",
        r"long-range",
        r"unmanned",
        r"aerial",
        r"air",
        r"assault",
        r"jet",
        r"jet-powered",
        r"decoy",
        r"simulator",
        r"imitation",
        r"armed",
        r"explosive",
        r"iranian",
        r"iranian-designed",
        r"iran-made",
        r"iranian-made",
        r"north korean",
        r"type",
        r"loitering",
        r"[a-z]+-(?:made|type|launched|designed|built|based|class)",
        r"of the",
        r"the",
    ),
    head_blockers=(
        r"attacks?",
        r"strikes?",
        r"assaults?",
        r"barrages?",
        r"alerts?",
        r"alarms?",
        r"threats?",
        r"debris",
        r"fragments?",
        r"wreckage",
        r"parts?",
        r"operators?",
        r"units?",
        r"warfare",
        r"systems?",
        r"defen[cs]es?",
        r"raids?",
        r"waves?",
        r"activity",
        r"production",
        r"manufactur\w*",
        r"factor(?:y|ies)",
        r"plants?",
        r"forces?",
        r"danger",
    ),
    role_verbs={
        "destroyed": (
            r"shot down",
            r"shoot down",
            r"shooting down",
            r"shoots down",
            r"downed",
            r"downing",
            r"destroyed",
            r"destroying",
            r"destroy",
            r"destroys",
            r"intercepted",
            r"intercepting",
            r"intercept",
            r"intercepts",
            r"interception of",
            r"neutrali[sz]ed",
            r"neutrali[sz]ing",
            r"neutrali[sz]e",
            r"thwarted",
            r"repelled",
            r"eliminated",
            r"taken down",
            r"brought down",
            r"knocked out of the sky",
            r"shot-down",
            # "air defence managed to stop three missiles and 45 drones", "managed to hit 7 drones"
            r"(?:managed|were able|was able) to (?:stop|hit|down)",
        ),
        "suppressed": (
            r"jammed",
            r"jamming",
            r"lost (?:from|off) (?:the )?radars?",
            r"(?:disappeared|vanished) (?:from|off) (?:the )?radars?",
            r"lost locationally",
            r"locationally lost",
            r"lost locally",
            r"locally lost",
            r"['‘\"“]?lost['’\"”]? (?:due to|because of|as a result of) (?:electronic|ew\b|active)",
            r"['‘\"“]lost[.,]?['’\"”]",  # 'were "lost."'
            r"(?:were )?lost in location",
            r"lost(?!\s+(?:their|his|her|its|power|contact)\b)",  # "the remaining eight were lost"
            r"suppressed",
            r"suppressing",
            r"unaccounted for",
            r"fail(?:ed|ing) to reach(?: their)? targets?",
            r"did not reach(?: their)? targets?",
            r"diverted",
            r"by electronic warfare",
            # "nine more probably crashed before reaching a target"
            r"(?:likely |probably )?crashed before (?:hitting|reaching)",
        ),
        "returned": (
            r"returned to",
            r"flew back (?:to|into)",
            r"went back (?:to|into)",
            r"headed back (?:to|into)",
            r"left (?:for|towards?) (?:russia|belarus)",
        ),
        "hit": (
            r"struck",
            r"hit",
            r"hitting",
            r"found their targets?",
            r"reached their targets?",
            r"penetrated",
            r"hit their targets?",
            r"landed",
        ),
        "launched": (
            r"launched",
            r"launching",
            r"launch",
            r"launches",
            r"fired",
            r"firing",
            r"fires",
            r"sent",
            r"sending",
            r"used",
            r"using",
            r"utili[sz]ing",
            r"deployed",
            r"deploying",
            r"unleashed",
            r"attacked",
            r"involving",
            r"involved",
            r"consisted of",
            r"included",
            r"tallied",
            r"counted",
            r"were recorded",
            r"recorded",
            r"were detected",
            r"detected",
            r"targeted",
            r"targeting",
            r"approached",
            r"were spotted",
            r"spotted",
            r"employed",
            r"hurled",
            r"dropped",
            r"a total of",
            r"barrage of",
            # "the city council said it was an S-300 missile": the weapon that struck, named
            r"it was",
            r"attack with",
            r"(?<!along )(?<!together )with",  # (not "…, along with 44 drones": the fate before)
        ),
    },
    # (not "along with", "together with": "shot down 4 missiles, along with 44 drones" is no launch)
    preposition_launch=(r"(?<!along )(?<!together )with", r"using", r"utili[sz]ing", r"by", r"involving"),
    hit_outcome=(
        r"found their targets?",
        r"reached their targets?",
        r"hit their targets?",
        r"penetrated",
        r"struck \w+ (?:separate )?(?:locations|sites)",
        r"hitting",
    ),
    subset_markers=(r"including", r"namely", r"incl\.", r"among them", r"among which", r"specifically"),
    all_words=(r"all",),
    clause_breaks=(
        r";",
        r"\bwhile\b",
        r"\bbut\b",
        r"\bthough\b",
        r"\balthough\b",
        r"\bwhereas\b",
        r"\badding that\b",
        r"\bbefore\b",
        r"\bafter\b",
        r"\bwhen\b",
    ),
    location_nouns=(
        r"locations?",
        r"sites?",
        r"places?",
        r"areas?",
        r"zones?",
        r"spots?",
        r"facilities",
        r"settlements?",
        r"points?",
        # "Five objects were struck": a statement's count of struck objects (SCHEMA: locations,
        # sites or objects)
        r"objects?",
    ),
    debris_words=(r"debris", r"wreckage", r"fragments?", r"falling", r"fallen", r"downed"),
    hit_words=(r"hits?", r"struck", r"strikes?", r"hitting", r"impacts?"),
    people_nouns=(
        r"people",
        r"persons?",
        r"civilians?",
        r"children",
        r"child",
        r"kids?",
        r"residents?",
        r"others?",
        r"more",
        r"individuals?",
        r"men",
        r"women",
        r"man",
        r"woman",
        r"adults?",
        r"minors?",
        r"teenagers?",
        r"boys?",
        r"girls?",
        r"infants?",
        r"babies",
        r"baby",
        r"victims?",
        r"workers?",
        r"employees?",
        r"passengers?",
        r"pensioners?",
        r"rescuers?",
        r"firefighters?",
        r"medics?",
        r"doctors?",
        r"policemen",
        r"police officers?",
        r"journalists?",
        r"patients?",
        r"railway workers",
        r"hospital workers",
        r"energy workers?",
        r"local residents",
        # "the strike left at least 12 Ukrainians dead"
        r"ukrainians",
        r"kyivans",
        r"locals",
        r"citizens",
        r"inhabitants",
        # "killing four members of one family"
        r"members of (?:an?|one|the same|his|her|their) family",
        r"family members",
    ),
    excluded_people=(
        r"soldiers?",
        r"servicem[ae]n",
        r"troops",
        r"officers",
        r"militants?",
        r"fighters",
        r"mercenaries",
        r"personnel",
        r"occupiers",
        r"invaders",
    ),
    killed_words=(
        r"killed",
        r"dead",
        r"died",
        r"deaths?",
        r"fatalities",
        r"fatally (?:wounded|injured)",
        r"lost (?:their|his|her) lives?",
        r"perished",
        r"deceased",
        r"bodies",
    ),
    injured_words=(
        r"injured",
        r"wounded",
        r"hurt",
        r"hospitali[sz]ed",
        r"injuries",
        r"in (?:the )?hospital",
        r"(?:required|needed|received|sought) (?:hospital|inpatient) (?:treatment|care)",
        r"sustained (?:\w+ )?injuries",
        r"sustaining (?:\w+ )?injuries",
        r"received (?:\w+ )?injuries",
        r"suffered (?:\w+ )?injuries",
        # "a man sustained shrapnel wounds", "received burns"
        r"(?:sustained|sustaining|received|receiving|suffered|suffering) (?:\w+ )?(?:wounds|burns)",
        r"(?:treated|treatment) for (?:\w+ )?(?:injuries|wounds|burns)",
        r"wounds",
        # "40 people sought medical treatment", "23 people turned to medical institutions" (not
        # psychological help, which SCHEMA leaves out)
        r"(?:sought|seeking|received|receiving|needed|needing|required|requiring|requested|asked for|"
        r"turned for|applied for) (?:medical|first) (?:treatment|help|aid|assistance|attention|care)"
        # (not "sought medical help for shock": psychological help)
        r"(?!\s+(?:for|due\s+to|with)\s+(?:(?:acute\s+)?stress|(?:\w+\s+)?shock|panic|anxiety)\b)",
        r"sought (?:treatment|medical care)",
        r"(?:applied|turned|went) to (?:medical (?:institutions|facilities)|hospitals?|doctors|medics)",
    ),
    killed_verbs=(
        r"killing",
        r"killed",
        r"kills",
        r"kill",
        r"claiming the lives of",
        r"claimed the lives of",
        r"took the lives of",
        r"taking the lives of",
    ),
    injured_verbs=(
        r"injuring",
        r"injured",
        r"injures",
        r"wounding",
        r"wounded",
        r"wounds",
        r"hurting",
        r"hurt",
    ),
    auxiliaries=(
        r"were",
        r"was",
        r"are",
        r"is",
        r"have been",
        r"has been",
        r"had been",
        r"have",
        r"has",
        r"had",
        r"being",
        r"who",
        r"that",
        r"reportedly",
        r"reported",
        r"were reported",
        r"are reported",
        r"are known to have",
        r"are known to have been",
        r"were confirmed",
        r"later",
        r"also",
        r"already",
        r"so far",
        r"currently",
        r"now",
        r"since",
    ),
    toll_phrases={
        "killed": (
            r"death toll",
            r"number of (?:the |those |people )?(?:dead|deaths|killed|fatalities|victims)",
            r"toll",
        ),
        "injured": (r"number of (?:the |those |people )?(?:injured|wounded|injuries|casualties|hurt)",),
    },
    rise_verbs=(
        r"rises",
        r"rose",
        r"risen",
        r"rising",
        r"increased",
        r"increases",
        r"climbed",
        r"climbs",
        r"grew",
        r"grown",
        r"reached",
        r"jumped",
        r"stands at",
        r"stood at",
    ),
    no_casualty_phrases={
        "both": (
            r"no casualties",
            r"no victims",
            r"no one was (?:hurt|harmed|injured or killed|killed or injured)",
            r"no (?:immediate |initial |preliminary )?(?:information|reports?) (?:on|of|about) "
            r"(?:any )?casualties",
            r"without casualties",
            r"no casualties or (?:injuries|fatalities)",
            r"no (?:major |serious |significant )?(?:damage|destruction) or casualties",
            r"casualties (?:were|have been) avoided",
            r"no one was injured or killed",
            r"nobody was (?:hurt|harmed)",
            # "the attack did not injure or kill anybody"
            r"did not (?:kill|injure|wound|hurt) or (?:kill|injure|wound|hurt) (?:anyone|anybody)",
        ),
        "killed": (r"no one was killed", r"no deaths", r"no fatalities", r"nobody was killed"),
        "injured": (r"no injured",),
        # "No injuries were reported" of the whole impact: nobody hurt, so nobody killed either
        # (SCHEMA.md: "no one was hurt" -> 0 and 0); beside a death toll, of the injured only
        "nobody_hurt": (
            r"no one was injured",
            r"no injuries",
            r"no one was wounded",
            r"nobody was injured",
            r"no one was hurt",
        ),
    },
    additive_starts=(r"another", r"one more"),
    non_aerial_words=(
        r"shelling",
        r"shellings",
        r"shells?",
        r"shelled",  # "Russian forces shelled Kherson, killing one"
        r"artillery",
        r"mortars?",
        r"mlrs",
        r"multiple rocket",
        r"grad",
        r"tank fire",
        r"ground attack",
        r"ground (?:assaults?|offensive|operations?)",  # "launched a ground assault near Pokrovsk"
        r"infantry",
        r"assault (?:troops|groups?|units?)",
        r"landmines?",
        r"mines?",
        r"anti-tank",
        r"explosion in the western city",
        r"unrelated",
        r"sniper",
        # ground fighting
        r"small-arms",
        r"combat engagements?",
        r"clashes",
    ),
    background_markers=(
        r"^recall(?: that)?\b",
        r"\brecall that\b",
        r"^as a reminder\b",
        r"^reminder\b",
        r"\bpreviously reported\b",
        r"\breported earlier\b",
        r"\bas \w+ (?:previously )?reported earlier\b",
        # "As our newsroom previously reported, on March 9, 2023 …"
        r"^\W*as (?:[\w'’-]+ ){1,5}(?:earlier|previously) reported\b",
        r"\bearlier this (?:week|month|year)\b",
        r"\blast (?:week|month|year)\b",
        r"\bthe previous (?:day|night|week)\b",
        r"\bthe day before\b",
        # "These attacks follow strikes the night before, when 29 of 38 drones were downed"
        r"\bthe night before\b",
        r"\ba night earlier\b",
        r"\bthe previous evening\b",
        r"\bone day after\b",
        r"\ba day (?:after|earlier)\b",
        r"\bnearly a week\b",
        r"\ba week (?:ago|earlier)\b",
        r"\b(?:a|one|two|three) (?:years?|months?) (?:ago|earlier)\b",
        r"\blast (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        r"\bweekend\b",
        r"\bfirst night of the year\b",
        # weekly and cumulative tallies ("over the past week Russia launched 1,300 drones")
        r"\b(?:past|last|previous) (?:week|month)\b",
        r"\bsince the (?:start|beginning) of (?:the )?(?:week|month|year)\b",
        r"\bso far this (?:week|month|year)\b",
        r"\bin (?:a|one|the past) week\b",
        r"^\W*since the (?:start|beginning)\b",
        r"\bha(?:s|ve) (?:launched|fired|used) [^.]{0,80}\bsince\b",
        # tallies of the whole war ("have been killed since the start of the full-scale invasion";
        # not "the worst attack since the invasion began")
        r"\bha(?:s|ve)\s+(?:been\s+)?\w+[^.;]{0,80}\bsince (?:the (?:start|beginning) of )?"
        r"(?:russia['’]s |the )?(?:full-scale |all-out )?(?:invasion|war)\b",
        r"\bha(?:s|ve)\s+(?:been\s+)?\w+[^.;]{0,80}\bsince february(?: 24,?)? 2022\b",
        # "… has killed over 12,000 civilians since 2022", "Russia's war has killed …": the war's toll
        r"\bha(?:s|ve)\s+(?:been\s+)?\w+[^.;]{0,80}\bsince (?:(?:early|late|mid-?)\s*)?20[12]\d\b",
        r"\b(?:war|invasion)\b[^.;]{0,40}\bha(?:s|ve)\s+(?:so far\s+)?(?:killed|injured|wounded)\b",
        # "12,000 civilians have been killed in the war so far", "… have died in Ukraine": the war's
        # toll (not "have been killed in Ukraine overnight", a night's roundup)
        r"\bha(?:s|ve)\s+(?:been\s+)?(?:killed|died|injured|wounded)\b[^.;]{0,40}\b(?:in|during|throughout)\s+"
        r"(?:the|this|russia['’]s)\s+(?:full-scale\s+|all-out\s+)?(?:war|invasion|conflict)\b",
        r"\bha(?:s|ve)\s+(?:been\s+)?(?:killed|died|injured|wounded)\s+in\s+ukraine\b"
        r"(?![^.;]{0,40}\b(?:overnight|today|this morning|last night|attacks?|strikes?)\b)",
        # "In 2024 alone, Russian strikes killed 2,000 civilians": a year's tally
        # (not of this night: "In 2025, Russia launched its largest attack yet overnight")
        r"^\W*(?:in|during|throughout|over)\s+(?:19|20)\d\d(?:\s+alone)?\b"
        r"(?![^.;]*\b(?:overnight|last night|tonight|today|this morning)\b)"
        r"[^.;]{0,80}\b(?:launched|fired|used|sent|killed|injured|wounded|died)\b",
        # "Since leaving the grain deal, Russia has hammered the ports": what has gone on for a while
        r"^\W*since\b[^.;]{0,100}\bha(?:s|ve)\s+(?:\w+\s+)?(?:hammered|attacked|struck|hit|launched|fired|"
        r"targeted|pounded|shelled|used|bombarded)\b",
        r"\bthis (?:week|month)\b[^.]{0,60}\bha(?:s|ve) (?:launched|fired|used)\b",
        r"\bha(?:s|ve) (?:launched|fired|used)\b[^.]{0,80}\bthis (?:week|month)\b",
        # "Russia launched more than 1,000 drones this week, Zelensky said": the week's tally in the
        # simple past too (not when the sentence tells of this night, "… overnight", or "this week"
        # counts the attacks: "launched 60 drones, its third large attack this week")
        r"^(?![^.;]*\b(?:overnight|last night|tonight|this morning|today)\b)"
        r"[^.;]*\b(?:launched|fired|used|sent)\b"
        r"(?:(?!\b(?:attack|strike|assault|barrage|wave|raid|time)s?\b)[^.;]){0,100}"
        r"\bthis (?:week|month|year)\b",
        r"\bover the past (?:day|24 hours|week)\b",
        r"\bpast 24 hours\b",
        r"\bmonths of the (?:war|conflict)\b",
        # "Separately, ..." opens another event, unless it quotes the Air Force's tally of this night
        # or counts Russia's launch of the night ("Separately, Russia launched 60 drones overnight")
        r"^separately\b(?![^.]*\bair force\b)" + _SEPARATE_NIGHT_LAUNCH,
        r"\ba later \w*\s?(?:attack|strike)\b",
        r"\bseparate (?:attack|strike)\b",
        r"\bunrelated\b",
        r"\bread also\b",
        r"\bone night after\b",
        # "The latest attack came days after Russia launched 600 drones …, killing 11 in Kyiv": the
        # attack before, told to set this one in its place (not "came hours after … overnight")
        r"\b(?:came|comes|follows|followed)\s+(?:just\s+|only\s+|barely\s+)?(?:(?:a|one|two|three|four|five|"
        r"six|several|a\s+few|\d+)\s+)?(?:days|weeks|nights)\s+after\b"
        r"(?![^.]*\b(?:overnight|last night|tonight|today|this morning)\b)",
        # "The last similar attack came in December 2022, when 80 missiles …": another attack
        r"^\W*the (?:last|previous) (?:comparable|similar|such) (?:\w+ )?(?:attack|assault|barrage|strike)\b",
        # "some 40 died in Sumy in March": a month's toll, not one night's
        # (a day after the month names a night: "killed in Sumy on March 22")
        r"\b(?:killed|died|dead|injured|wounded)\b[^.;]{0,60}\bin (?:january|february|march|april|may|june|"
        r"july|august|september|october|november|december)\b(?![ ,]*\d{1,2}\b)",
        # "In July alone, Russia fired 6,000 drones": a month's tally of weapons (a day after the
        # month names a night: "launched on July 5", "in the night of July 5")
        r"^\W*(?:in|during|throughout|over)\s+(?:january|february|march|april|may|june|july|august|"
        r"september|october|november|december)(?:\s+\d{4})?(?:\s+alone)?\b(?![ ,]*\d{1,2}\b)"
        r"[^.;]{0,80}\b(?:launched|fired|used|sent)\b",
        r"\b(?:launched|fired|used|sent)\b[^.;]{0,80}\b(?:in|during|throughout)\s+(?:january|february|"
        r"march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?(?:\s+alone)?\b"
        r"(?![ ,]*\d{1,2}\b)",
        # a feature about a strike of the war's first days ("Two weeks into the full-scale invasion, a
        # missile hit the tower", "in the first days of the war"), of a past month or year ("the
        # station hit by a missile in March 2022"), or a year or months after a strike ("A year after
        # the strike on the mall, …"); not when the sentence tells of this night too
        r"\b(?:days|weeks|months|hours)\s+into\s+(?:russia['’]s\s+|the\s+)?(?:full-scale\s+|all-out\s+)?"
        r"(?:invasion|war)\b(?![^.]*\b(?:overnight|last night|tonight|today|this morning)\b)",
        r"\b(?:in|during)\s+the\s+(?:first|early|opening)\s+(?:days|weeks|months|hours)\s+of\s+(?:russia['’]s\s+|the\s+)?"
        r"(?:full-scale\s+|all-out\s+)?(?:invasion|war)\b"
        r"(?![^.]*\b(?:overnight|last night|tonight|today|this morning)\b)",
        r"\b(?:hit|struck|destroyed|damaged|bombed)\b[^.;]{0,80}\bin\s+(?:(?:early|mid|late)[ -])?"
        r"(?:january|february|march|april|may|june|july|august|september|october|november|december),?\s+"
        r"(?:19|20)\d\d\b(?![^.]*\b(?:overnight|last night|tonight|today|this morning|again)\b)",
        r"\b(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?)\s+(?:after|since)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w'’-]+\s+){0,3}?(?:missile|drone|strike|attack|bombing)"
        r"(?![^.]*\b(?:overnight|last night|tonight|today|this morning|again)\b)",
        # "the skies were relatively quiet overnight", "the night passed calmly": the night reported
        # saw no attack, so what else the sentence tells of ("killed one in Kyiv on Tuesday – but
        # the skies were quiet overnight") happened at another time
        r"\b(?:were|was|remained|stayed)\s+(?:relatively\s+|largely\s+|mostly\s+|generally\s+)?(?:quiet|calm)\s+"
        r"(?:overnight|during the night|last night|at night)\b",
        r"\bnight\s+(?:was|passed|remained)\s+(?:relatively\s+|largely\s+|mostly\s+)?(?:quiet|calm)",
        # an agency's file photo ("FILE - Rescuers work at the site … Tuesday, June 3, 2025. (AP
        # Photo/…, File)"): an older day's picture, its date and places not this attack's
        r"^\W*file(?:\s+photo)?\s*[-–—:]\s",
        r"\bphoto/[^)\n]{0,80},\s*file\)",
    ),
    background_headings=(
        r"recall",
        r"reminder",
        r"read more",
        r"most popular",
        r"you may also like",
        r"more from author",
        r"more news",
        r"latest news",
    ),
    paragraph_openers=(
        r"recall\b",
        r"as a reminder\b",
        r"reminder\b",
        r"background\b",
        r"separately\b(?![^.]*\bair force\b)" + _SEPARATE_NIGHT_LAUNCH,
        # "Last week, Russia launched 477 drones … A strike on Kremenchuk on June 28 killed 2.": an
        # earlier time opening a paragraph holds it to its end (or to a sentence opening "overnight")
        r"(?:last|earlier this|previously this) (?:week|month)\b",
        r"the (?:previous|preceding) (?:night|day|week)\b",
        r"(?:a|one|two|three) (?:days?|weeks?|months?) (?:ago|earlier)\b",
        r"(?:over|in|during) the (?:past|last) (?:day|24 hours)\b",
        r"as (?:\w+ )?(?:previously reported|reported earlier)\b",
        r"as (?:[\w'’-]+ ){1,5}(?:earlier|previously) reported\b",
        r"previously\b",
    ),
    link_headings=(r"read also", r"also read", r"related", r"see also"),
    foreign_markers=(
        r"ukrainian (?:long-range )?(?:drones?|uavs?|strikes?|attacks?|drone attacks?|drone strikes?|"
        r"missiles?)",
        r"ukraine-launched",
        # Ukraine's own drones at the front: "our unit found the launcher and hit it with a strike drone"
        # (not interceptor drones, which down Russia's)
        r"ukrainian (?:drone )?(?:operators?|units?|forces|troops|soldiers|defenders|fighters|brigades?)\b"
        r"[^.;]{0,100}\bwith (?:an? |their |its )?(?:strike |attack |fpv |kamikaze |bomber )?"
        r"(?:drones?|uavs?)\b",
        # Ukraine's own aircraft lost, in a sentence that tells of no Russian attack ("A Ukrainian
        # Su-27 crashed during a training flight"): no air attack on Ukraine (a sentence of
        # shooting down tells of one: "Ukrainian jets and mobile groups downed 24 of them")
        r"^(?![^\n]*\b(?:russia|russian|moscow|enemy|shaheds?|drones?|missiles?|shot\s+down|downed|"
        r"intercepted)\b)[^\n]*?\bukrainian\s+"
        r"(?:air\s+force\s+)?(?:su-\d+\w*|mig-\d+\w*|f-16s?|mirage|fighter(?:\s+jets?)?|jets?|aircraft|planes?|"
        r"helicopters?|pilots?)\b",
        # an aircraft that crashed, in a sentence that tells of no Russian attack ("Ukraine's Air Force
        # said a Su-25 crashed in Donetsk Oblast, killing the pilot"): a loss, no air attack on Ukraine
        r"^(?![^\n]*\b(?:russia|russian|moscow|enemy|shaheds?|drones?|missiles?)\b)[^\n]*?\b(?:su-\d+\w*|"
        r"mig-\d+\w*|f-16s?|mirage|mi-\d+\w*|l-39\w*|jets?|aircraft|planes?|helicopters?)\b[^.;\n]{0,60}?"
        r"\bcrash(?:ed|es)?\b",
        # Ukraine's strikes on Russian forces ("Ukraine's military said it had struck a Russian
        # ammunition depot in occupied Donetsk")
        r"\bukraine(?:['’]s)?\s+(?:military|armed forces|forces|army|troops|general staff|navy)\b[^.;]{0,40}?"
        r"\b(?:struck|hit|destroyed|attacked)\s+(?:a\s+|an\s+|the\s+|two\s+|several\s+)?russian\b",
        # "Kyiv has stepped up long-range strikes on Russian fuel facilities": Ukraine's strikes, told
        # of Kyiv or Ukraine (not "a week after the June 1 attack on Russian airfields", a reference
        # beside this night's; not "attacks on Russian-occupied Crimea", a place of Ukraine's)
        r"\b(?:kyiv|ukraine)(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?(?:strikes?|attacks?|raids?)\s+(?:deep\s+)?"
        r"(?:on|against|inside|into)\s+(?:russian\b(?![-‐])|russia\b)",
        r"(?:that|which) ukraine launched",
        r"launched by ukraine",
        r"ukraine launched \d",
        r"refiner(?:y|ies)",
        r"(?:russia'?s?|russian) (?:air defen[cs]es?|defen[cs]e ministry|ministry of defen[cs]e|"
        r"defen[cs]e forces|mod)\b",
        r"(?<!ukraine's )(?<!ukrainian )ministry of defen[cs]e said",
        r"(?<!ukraine's )(?<!ukrainian )defen[cs]e ministry said",
        r"kyiv retaliates",
        r"(?:russia|moscow|the kremlin|kremlin) (?:said|says|has stated|stated|claimed|claims) (?:that )?it "
        r"(?:had )?(?:destroyed|downed|shot down|intercepted)",
        r"\b(?:mayor|governor) of moscow\b",
        r"\bmember of russia['’]s parliament\b",
        r"\bstate duma\b",
        r"ministry said (?:its|that its) air defen[cs]e",
        # Moscow is also the attacker's name ("Moscow launched 800 drones"); only as a target is it foreign
        r"\b(?:over|in|on|towards?|targeting|around|near|heading for|against) (?:the )?(?:city of )?moscow\b",
        r"\bmoscow(?:'s)? (?:region|oblast|mayor|airports?)\b",
        r"\bsobyanin\b",
    ),
    foreign_places=(
        r"belgorod",
        r"kursk",
        r"bryansk",
        r"voronezh",
        r"rostov",
        r"samara",
        r"saratov",
        r"volgograd",
        r"syzran",
        r"vladikavkaz",
        r"krasnodar",
        r"tula",
        r"oryol",
        r"orel",
        r"kaluga",
        r"smolensk",
        r"lipetsk",
        r"tambov",
        r"penza",
        r"ryazan",
        r"tver",
        r"novorossiysk",
        r"tuapse",
        r"taganrog",
        r"engels",
        r"kazan",
        r"tatarstan",
        r"bashkortostan",
        r"st\.? petersburg",
        r"leningrad",
        r"pskov",
        r"nizhny novgorod",
        r"yaroslavl",
        r"astrakhan",
        r"dagestan",
        r"chechnya",
        r"north ossetia",
        r"ulyanovsk",
        r"orenburg",
        r"chuvashia",
        r"mordovia",
        r"novgorod",
    ),
    # "fired by Tu-95 bombers flying over Russia's Rostov region": where the weapons came from
    launch_origin_words=(r"from", r"launched from", r"from the territory of", r"bombers?", r"flying over"),
    attacker_markers=("russia", "moscow", "enemy", "occupier", "invader", "shahed", "kremlin"),
    months={
        "january": 1,
        "jan": 1,
        "february": 2,
        "feb": 2,
        "march": 3,
        "mar": 3,
        "april": 4,
        "apr": 4,
        "may": 5,
        "june": 6,
        "jun": 6,
        "july": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "october": 10,
        "oct": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    },
    weekdays={
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    },
    weapon_triggers=(
        "drone",
        "uav",
        "missile",
        "rocket",
        "shahed",
        "shahid",
        "geran",
        "gerbera",
        "decoy",
        "kalibr",
        "calibr",
        "iskander",
        "kinzhal",
        "kyndzhal",
        "kindzhal",
        "kh-",
        "kh1",
        "kh2",
        "kh3",
        "kh4",
        "kh5",
        "kh6",
        "x-",
        "х-",
        "s-3",
        "s-4",
        "s3",
        "s4",
        "kn-",
        "kn2",
        "oniks",
        "onyx",
        "zircon",
        "tsirkon",
        "oreshnik",
        "kab",
        "bomb",
        "molniya",
        "lancet",
        "fpv",
        "orlan",
        "zala",
        "supercam",
        "target",
        "launches",
        "weapon",
        "projectile",
        "unmanned",
        "munition",
        "aircraft",
        "means",
        "jet",
        "them",
        "these",
        "those",
        "remaining",  # "the remaining eight were lost"
        # "40 were shot down": a count whose weapons an earlier sentence named
        "shot",
        "downed",
        "intercept",
        "neutrali",
        "jammed",
    ),
    location_triggers=("location", "site", "place", "zone", "spot", "object"),
    casualty_triggers=(
        "kill",
        "dead",
        "die",
        "death",
        "fatal",
        "injur",
        "wound",
        "hurt",
        "hospital",
        "medic",
        "treatment",
        "casualt",
        "lives",
        "life",
        "perish",
        "deceased",
        "bod",
        "victim",
        "toll",
        "no",
        "nobody",
        "harm",
        "burns",  # "two people suffered burns"
    ),
    background_triggers=(
        "recall",
        "reminder",
        "previous",
        "earlier",
        "last",
        "day",
        "week",
        "year",
        "past",
        "month",
        "separate",
        "later",
        "unrelated",
        "read",
        "yesterday",
        "first",
        "since",
        "before",
        # a month's toll (the months, which every such marker names)
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "quiet",
        "calm",
        "file",
        # the war's toll, a year's tally ("civilians have been killed in the war", "In 2024, …"; not
        # "ukraine", in nearly every sentence: the markers would be searched everywhere)
        "war",
        "invasion",
        "conflict",
        "civilian",
        "20",
    ),
    foreign_triggers=(
        "ukrainian",
        "crash",  # an aircraft lost in a crash
        "ukraine-launched",
        "refiner",
        "ministry",
        "defen",
        "moscow",
        "sobyanin",
        "duma",
        "retaliat",
        "belgorod",
        "kursk",
        "bryansk",
        "voronezh",
        "rostov",
        "samara",
        "saratov",
        "volgograd",
        "syzran",
        "vladikavkaz",
        "krasnodar",
        "tula",
        "oryol",
        "orel",
        "kaluga",
        "smolensk",
        "lipetsk",
        "tambov",
        "penza",
        "ryazan",
        "tver",
        "novorossiysk",
        "tuapse",
        "taganrog",
        "engels",
        "kazan",
        "tatarstan",
        "bashkortostan",
        "st",
        "petersburg",
        "leningrad",
        "pskov",
        "nizhny",
        "yaroslavl",
        "astrakhan",
        "dagestan",
        "chechnya",
        "ossetia",
        "ulyanovsk",
        "orenburg",
        "chuvashia",
        "mordovia",
        "novgorod",
    ),
    # word pairs that together call for the foreign-scope patterns ("that Ukraine launched",
    # "Russia said it destroyed")
    foreign_trigger_pairs=(
        ("ukraine", "launched"),
        ("russia", "destroyed"),
        ("russia", "downed"),
        ("russia", "shot"),
        ("russia", "intercepted"),
        ("kremlin", "destroyed"),
        ("kremlin", "downed"),
        ("kremlin", "shot"),
        ("russia", "parliament"),
        ("ukraine", "struck"),
        ("ukraine", "destroyed"),
        ("kyiv", "russia"),
        ("ukraine", "russia"),
    ),
    phrases={
        # clauses; words that say many weapons came ("масована атака"): a singular hit is then
        # what one of them did, not a launch count
        "barrage": r"\bmassive\b|\bmassed\b|\bcombined\s+(?:attack|strike)|\blarge-scale\b|\bbarrage\b|"
        r"\bwaves?\s+of\b",
        "clause_auxiliary": r"were|was|have\s+been|had\s+been|has\s+been|are|is|had|have|could\s+be|also|"
        r"being|still|successfully|all|then|reportedly|later|eventually|subsequently|allegedly|reliably|"
        r"either|"  # "61 were either shot down or jammed": one count of both (SCHEMA: destroyed)
        # "41 attack UAVs were confirmed shot down" (the statements' "підтверджено збиття")
        r"confirmed",
        "relative_pronoun": r"which|that",
        # (also after the launch area of the item before: "4 Iskander-M missiles from the Kursk
        # region, 2 Kh-59 missiles and 122 drones")
        "list_joiner": r"(?:(?:launched\s+|fired\s+)?from\s+[^\W\d][^\d.;:()]{0,60}?(?:,\s*and\b|,|\band\b))|"
        r",|\band\b|,\s*and\b|\bas\s+well\s+as\b|,\s*as\s+well\s+as\b|\bplus\b|&|"
        r"\balong\s+with\b|\btogether\s+with\b|\balongside\b|"
        # "31 of the missiles as well as all six drones", "3 Kinzhals, all 18 Kh-101s and 120 drones"
        r",?\s*(?:and|as\s+well\s+as)\s+all\b|,\s*all\b",
        "verb_joiner": r"or|and|/|,",
        # "almost all", "nearly all", "not all": short of the whole (before "all" of every kind)
        "not_all_before": r"(?<!\bnot )(?<!\balmost )(?<!\bnearly )(?<!\bpractically )"
        r"(?<!\bvirtually )(?<!\bjust about )",
        "all_of_them": r"(?<!\bnot )(?<!\balmost )(?<!\bnearly )(?<!\bpractically )"
        r"(?<!\bvirtually )(?<!\bjust about )"
        r"\ball\s+(?:(?:of\s+)?(?:them|these|those)\b|of\s+which\b|(?=(?:were|have\s+been|had\s+been)\s))",
        "verb_object": r"a|an|the|his|her|their|its|several|many|some|two|three|\d",
        "their_targets": r"\b(?:their|its)\s+targets?",
        "plural_weapon": r"drones|uavs|missiles|shaheds|rockets",
        "plural_missile": r"missiles|rockets",
        "coordination": r"and|as well as|plus",
        # a count joined after a counted weapon, right before its fate: "… 273 drones, with 88 shot
        # down and 128 lost" (the absolute "with"; the count is read only before a fate verb)
        "count_joiner": r"and|as well as|plus|with",
        # "88 downed, 128 lost." after a sentence that counted the drones (a headline's or a
        # statement's terse line): a bare count opening its sentence, right before a fate verb
        "bare_opening": r"[\s\"“‘'(]*(?:[–—•-]\s*)?",  # (a bulleted line: "– 26 locationally lost;")
        "bare_count_tail": r"others|more|of them|of these|of those|of which",
        "copula": r"were|was|are|is",  # "of these, 38 were drones"
        # "later corrected the figure to 52" / "initially said 59 drones"
        "correction_before": r"\b(?:corrected|revised|updated|lowered|raised|adjusted|amended)\s+"
        r"(?:(?:the|its|that|this)\s+)?(?:(?:figure|number|count|tally|total)\s+)?"
        r"(?:down(?:ward)?\s+|up(?:ward)?\s+)?to\s+$",
        "superseded_before": r"\b(?:initially|originally|at first)\s+"
        r"(?:said|reported|put|gave|announced|claimed)\b[^.;]{0,80}$",
        "correction_not_of": r"\b(?:toll|kill(?:ed|ing)|dead|deaths|injur(?:ed|ing|ies)|wound(?:ed|ing)|hurt|"
        r"casualties|victims|hospitali[sz]ed)\b",
        "correction_triggers": "correct|revis|updat|lower|raised|adjust|amend|initially|originally",
        "bare_count_head": r"of them|of these|of those|of which",
        "whole_before": r"(?:^|[.;,]\s*)(?:out\s+)?of\s+(?:the|all(?:\s+the)?|a\s+total\s+of)\s+$",
        # "Russia also fired 2 Kh-59 missiles, which were shot down": the launched count's fate
        # (clause_grammar.roles_with_relative_fate)
        "relative_fate": r"\s*,\s*(?:which|that|(?:all|both)\s+of\s+which)\s+(?:were|was)\s+"
        r"(?:also\s+|all\s+)?",
        # "…, as were 480 drones", "…, and so were 290 drones" (an elliptical clause: the fate before)
        "same_fate_before": r",\s*(?:as|and\s+so)\s+(?:were|was)\s+(?:also\s+)?$",
        # "All but two were shot down": the count is of those that escaped the fate (elliptical_counts)
        "all_but_before": r"(?<!\w)all\s+(?:but|except(?:\s+for)?|save)\s+$",
        # "Of the missiles, 31 were downed" (the whole named, not counted, opening the sentence)
        "whole_uncounted": r"\W*(?:out\s+)?of\s+(?:the|these|those|all(?:\s+the)?)\s+[^\d,.;:]{3,40},\s*$",
        # "the toll rose to five, up from three reported earlier": the story's own earlier figure,
        # not an older story (extract.scope reads "reported earlier" beyond it as background)
        # "five were killed, not seven as reported earlier": the figure corrected, likewise the story's
        "earlier_figure": r"\b(?:from|not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:\d[\d,]*|one|two|three|"
        r"four|five|six|seven|eight|nine|"
        r"ten|eleven|twelve|\w+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?)\s+"
        r"(?:(?:people|persons|dead|deaths|killed|injured|wounded|hurt|victims|casualties)\s+)?"
        r"(?:(?:that|who|as)\s+)?(?:(?:was|were|had\s+been)\s+)?"
        r"(?:(?:reported|announced|given|cited)\s+(?:earlier|previously|before|initially|at\s+first)|"
        r"(?:earlier|previously|initially|first)\s+(?:reported|announced|given|cited))\b",
        # "the previous evening" in a morning report's lede: the night's own start (extract.scope)
        "lede_evening": r"\b(?:the\s+previous\s+evening|late\s+on\s+the\s+previous\s+day|"
        r"(?:on\s+)?the\s+evening\s+of\s+the\s+previous\s+day)\b",
        # a casualty figure the report revises, up or down (extract.casualty_revisions): "later
        # lowered the count to 8", "put the number of injured at six", "the number was later reduced
        # to 16"; the kind, when the words name it: "killed"/"dead" or "injured" ("other": "the
        # number of drones", no casualty); the passive form ("the count was later lowered to") when
        # no verb comes first
        "casualty_revision_verb": r"\b(?:revised|corrected|lowered|reduced|cut|adjusted|updated|amended|"
        r"put)\b",
        "casualty_revision_nouns": "figure|number|count|tally|toll",  # word prefixes, a quick gate
        "casualty_revision": r"\b(?:(?P<verb>revised|corrected|lowered|reduced|cut|adjusted|updated|amended|"
        r"put)\s+)?(?:(?:the|its|their|that|this)\s+)?(?:(?P<killed>death)\s+|(?:casualty|injury)\s+)?"
        r"(?:figure|number|count|tally|toll)(?:\s+of\s+(?:the\s+|those\s+|people\s+)?"
        r"(?:(?P<dead>dead|killed|deaths|fatalities)|(?P<injured>injured|wounded|hurt|injuries)|"
        r"(?P<other>[a-z]+)))?(?:\s+(?:from|in|after)\s+[^.;:\d]{1,70}?)?"  # "the toll from the strike on X"
        r"(?(verb)|\s+(?:was|were|has\s+been|had\s+been)\s+"
        r"(?:later\s+|then\s+|since\s+|subsequently\s+)?(?:revised|corrected|lowered|reduced|cut|"
        r"adjusted|updated|amended))\s+(?:down(?:ward)?\s+|up(?:ward)?\s+)?(?:to|at)\s+$",
        # "Earlier reports had put the number of injured at 10", "officials had initially put …": a
        # figure the story has since passed, no revision (before the revision's words)
        "casualty_revision_earlier": r"(?:\b(?:earlier|initial|previous|first|original)\w*(?:\s+(?:reports?|"
        r"figures?|estimates?|data|counts?|statements?))?\s+had\s+|\bhad\s+(?:earlier|initially|first|"
        r"previously|originally)\s+)$",
        # "Earlier it had been reported that nine people were killed" after a toll revised: the figure
        # the revision replaced (casualty_revisions)
        "casualty_told_earlier": r"\b(?:earlier|initially|previously|originally|at\s+first)\b"
        r"(?:\W+\w+){0,4}?\W+(?:reported|said|stated|announced|put|gave|given|cited)\b"
        r"|\b(?:reported|said|stated|announced|put|gave|given|cited)\s+"
        r"(?:earlier|initially|previously|originally|at\s+first)\b",
        # "Two more people were injured …" opening a sentence after a figure of its kind: more besides
        # it (casualty_parts.told_as_more and more_after_the_sentence_before; group 1 is the count)
        "more_opening": r"\W*((?:[\w-]+\s+)?[\w-]+)\s+more\b",
        # the night's later attack, whose "two more injured" add to the figures before (casualty_parts)
        "later_wave": r"\b(?:later|(?:second|third|another|new|repeated)\s+(?:wave|attack|strike|barrage)|"
        r"before\s+dawn)\b",
        # launches told wave by wave (extract.wave_counts): "45 drones in the first wave and 30 in the
        # second", "The first wave included 45 drones; the second, 30", "In the second wave, it
        # launched 30 drones"; group "ord" names the wave
        "wave_ordinals": "first|second|third|fourth|fifth|last|final",  # word prefixes, a quick gate
        # (a place or a time may stand before the wave: "30 drones at Sumy Oblast in the first wave",
        # "40 at around 01:00 in the second"; and another count of the wave: "65 drones and 11
        # missiles in the second wave")
        "wave_after": r"(?:\s+[\w-]+){0,2}?(?:\s+and\s+(?:\d+|(?:one|two|three|four|five|six|seven|"
        r"eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)(?:-[a-z]+)?)(?:\s+[\w-]+){1,2})?"
        r"(?:,?\s+(?:at|over|on|toward|towards|against|targeting|aimed\s+at)\s+(?:the\s+)?[\w'’:-]+"
        r"(?:\s+(?!(?:in|during|and)\b)[\w'’:-]+){0,2})?\s+(?:in|during)\s+the\s+"
        r"(?P<ord>first|second|third|fourth|fifth|last|final)(?:\s+(?:wave|attack|barrage|salvo))?\b(?!\s*\d)",
        "wave_before": r"\b(?:(?:in|during)\s+)?the\s+(?P<ord>first|second|third|fourth|fifth|last|final)"
        r"(?:\s+(?:wave|attack|barrage|salvo)\b(?:\s+(?:included|involved|comprised|consisted\s+of|"
        r"brought|saw|of|with))?[\s,:–—-]*|\s*[,:–—]\s*"
        # a time or a place between commas before the wave's verb: "The first wave, shortly after
        # midnight, consisted of 52 drones", "the second, at around 04:00, involved 48"
        r"|(?:\s+(?:wave|attack|barrage|salvo))?\s*,\s*[^,;.]{1,40},\s*(?:included|involved|"
        r"comprised|consisted\s+of|brought|saw|had)\s+)(?:(?:it|russia|russian\s+forces|the\s+enemy)\s+"
        r"(?:launched|fired|sent|used)\s+)?(?:another\s+|a\s+further\s+)?$",
        # "hits were recorded at nine locations, and debris fell on three" (the noun counted before)
        "location_ellipsis": r"\b(?:at|on|in)(?:\s+(?:another|a\s+further))?",
        "location_others": r"others|more",  # "at 16 locations and debris fell at 11 others"
        "location_modifier": r"separate|different|other|more|additional",
        # "16 locations were hit" (the count's own verb tells its kind: extract.location_counts)
        "location_passive": r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?",
        # weapons
        "of_them": r"\s+of\s+(?:them|these|those)\b",
        "partitive_before": r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?$",
        "out_of_after": r"\s+(?:out\s+of|of)\s+(?:a\s+total\s+of\s+|the\s+)?$",
        "various_types": r"of\s+(?:various|different)\s+types",
        "list_or": r"and|or|&",
        "singular_weapon": r"drone|uav|unmanned aerial vehicle|missile|rocket",
        "all_n_before": r"(?<!\bnot )(?<!\balmost )(?<!\bnearly )(?<!\bpractically )"
        r"(?<!\bvirtually )(?<!\bjust about )\ball\s+$",
        "all_of_whose": r"enemy|hostile|russian",  # "all enemy targets were destroyed"
        # "downed almost all 26 drones": 26 came, fewer were downed
        "short_of_all_before": r"\b(?:almost|nearly|practically|virtually|not)\s+all\s+"
        r"(?:of\s+)?(?:the\s+)?$",
        "definite": r"the",
        # "killing one person and injuring another man": after the verb, one person more
        # (extract.casualties' active singular; not "one more", whose count is read already)
        "other_person": r"another",
        # "killing one person and injuring another": "another" alone, at the clause's end
        "other_alone": r"another(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|on|at|when|as|while|after)\b)",
        # casualties
        "person": r"man|woman|boy|girl|child|person|resident|civilian|teenager|pensioner|infant|baby|worker|"
        r"driver|passenger|pedestrian|cyclist|guard|security guard|farmer|volunteer|rescuer|firefighter|"
        r"medic|paramedic|nurse|doctor|policeman|police officer|employee|student|retiree|watchman|"
        r"caretaker|janitor|couple(?!\s+of\b)"
        # "a 17-year-old was injured": an age alone names one person (before a verb, a place, "and"
        # or the clause's end; "a 28-year-old woman and her son" is read by the woman)
        r"|\d{1,3}-year-old(?=\s*[,.;:)]|\s*$|\s+(?:was|were|is|has|had|died|suffered|sustained|received|"
        r"in|from|who|and)\b)",
        # a person word that names two ("killing a married couple": extract.casualty_pairs)
        "pair_person": r"\bcouple\b",
        # people named one by one: "a woman and her two children", "a man and his wife"
        "relative": r"son|daughter|husband|wife|mother|father|brother|sister|grandson|granddaughter|"
        r"grandmother|grandfather|grandchild|neighbou?r|friend|colleague",
        "relatives": r"sons|daughters|brothers|sisters|grandchildren|grandsons|granddaughters|parents|"
        r"neighbou?rs|friends|colleagues",
        "possessive": r"her|his|their",
        # "three people, two men and a woman, were wounded": an appositive naming them between commas
        # ("seven people, two of them children, were hurt": a count of part of them opens it)
        "casualty_parenthetical": r"including|among them|among whom|(?:[\w-]+\s+)?of (?:whom|them)|an?|both",
        # "wounding 12 people, four of whom later died": a part of the figure before it
        "count_of_whom": r"of whom|of them",
        # "11 ballistic missiles; none were intercepted": 0 destroyed (weapons._none_downed)
        "none_downed": r"\bnone(?:\s+of\s+(?:them|these|those))?"
        r"(?=\s+(?:were|was|have been|had been|could be)\s+(?:\w+\s+)?"
        r"(?:shot down|downed|destroyed|intercepted)\b)",
        # "the Shahed factory in Alabuga": a model's name that is no weapon flown (extract.named_models)
        "model_not_weapon_after": r"[\w-]*(?:\s+(?:drones?|missiles?|uavs?))?\s+"
        r"(?:factory|factories|plant|plants|production|workshops?|"
        r"assembly|warehouses?|depots?|storage|launch sites?|launchers?|parts|components|manufactur\w*)\b",
        # "both of which were shot down", "both were intercepted" (the both pattern has read "both of")
        "both_bare": r"\s*(?:which|them|these)?(?=\s+(?:were|have been|had been)\s+(?:\w+\s+)?(?:shot down|"
        r"downed|destroyed|intercepted|neutrali[sz]ed|jammed|suppressed)\b)",
        "count_others": r"\s+(?:others|other\s+(?:people|persons|residents|civilians))\b",
        # "injuring 12 people, four of them children": a person noun right after "of them", or a
        # count of people right before the count, makes "of them" people (weapons.find_mentions)
        "people_of_them": r"\s*(?:(?:were|are|being)\s+)?(?:children|kids|minors|women|men|teenagers|girls|"
        r"boys|civilians|rescuers|medics|police(?:men| officers)?|elderly|pensioners|"
        r"in (?:a )?(?:serious|critical|grave|severe))\b"
        r"|\b(?:people|persons|civilians|residents|children|victims|injured|wounded|dead|killed|hurt|"
        r"hospitali[sz]ed)\W{0,3}$",
        # "two killed in Sumy, one in Shostka and one in Konotop": a comma lists places' figures too
        "elliptical_comma": r"|,\s*",
        # the rockets of guns on the ground: shelling, not an air attack (relevance.ground_fire_only)
        "ground_rockets": r"\b(?:grad|uragan|smerch|tornado|hurricane|mlrs|bm-21|bm-27|bm-30)\s+"
        r"(?:multiple[- ])?(?:rockets?|rocket[- ]launchers?|systems?)\b"
        r"|\b(?:multiple[- ])?rocket[- ]launch(?:ers?|systems?)\b",
        # "The guard was injured": a person named with "the" at a clause's start is one person
        "definite_subject": r"the",
        "clause_opening": r"(?:[,;:]|\b(?:and|but|while|whereas))\s*[\"“']?\s*",
        # "10 people were hurt, of whom 5 died" (also past the attack's words: "… hurt in a strike on
        # Sumy overnight, of whom 5 died")
        "casualty_of_whom": r"(?:[^.;:!?\d]{0,80}?,\s*)?(?:of whom|of them)",
        "filler_stop": r"and|or|but|among|of",
        "casualty_follow": r"and|in|on|at|across|during|as|after|following|overnight|including|while|when|"
        r"since|so far|nationwide",
        "injured_adjective": r"injured",
        "born_in": r"born\s+in",
        # "shot down a missile during an attack on Kyiv": one weapon of a larger attack
        "within_attack": r"\b(?:during|amid|in the course of)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:attacks?|strikes?|assault|barrage|raids?)\b",
        # "destroyed the missile", "the missile was shot down"; "the Shahed-136 drone hit"
        # (extract.lone_weapon: counted only where the class has one weapon or none told of)
        "definite_downed": r"\b(?:destroyed|shot down|downed|intercepted|neutrali[sz]ed)\s+the\s+"
        r"(?:[\w-]+\s+){0,2}?(?P<noun>missile|drone|rocket|uav|shahed)\b(?![\w-]|\s+(?:attacks?|strikes?))|"
        r"\bthe\s+(?:[\w-]+\s+){0,2}?(?P<noun2>missile|drone|rocket|uav|shahed)\s+(?:was|had been)\s+"
        r"(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed)\b",
        # "21 Shaheds over the Odesa region and 4 over the Mykolaiv region": a bare count joined after
        # a counted weapon and its place, with a place of its own, is another part (clauses._add_place_parts)
        "place_part": r"\b(?i:over|above|in|near)\s+(?:the\s+)?[A-Z]",
        "place_part_joiner": r"(?:,\s*and|\sand|,\s*plus|\splus)\s+(?:another\s+)?$",
        "place_part_comma": r",\s*$",
        "none_of_before": r"\bnone\s+of\s+(?:the|these|those)\s+$",
        # "… three missiles; the missiles were shot down" (not "most of the missiles", "the cruise
        # missiles")
        "definite_plural_downed": r"(?<!\bof )(?<!\ball )(?<!\bmost )(?<!\bsome )(?<!\bhalf )"
        r"\bthe\s+(?P<noun>missiles|drones|rockets|uavs|shaheds)\s+"
        r"(?:were|have been|had been)\s+(?:all\s+)?"
        r"(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed)\b|"
        r"\b(?:destroyed|shot down|downed|intercepted|neutrali[sz]ed)\s+the\s+"
        r"(?P<noun2>missiles|drones|rockets|uavs|shaheds)\b(?![\w-]|\s+(?:over|in|near|above|that|which)\b)",
        # "… and a ballistic missile. The missile was not intercepted.": none of the class downed
        # (extract.lone_weapon: only a class with one launch count, of one for "the missile")
        "definite_not_downed": r"\bthe\s+(?:[\w-]+\s+){0,2}?(?P<noun>missile|drone|rocket|uav|shahed)\s+"
        r"(?:was\s+not|wasn['’]t|could\s+not\s+be|couldn['’]t\s+be)\s+"
        r"(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed)\b|"
        r"(?<!\bof )(?<!\ball )(?<!\bmost )(?<!\bsome )"
        r"\bthe\s+(?P<plural>missiles|drones|rockets|uavs|shaheds)\s+"
        r"(?:were\s+not|weren['’]t|could\s+not\s+be|couldn['’]t\s+be)\s+"
        r"(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed)\b|"
        # "None of the missiles was intercepted"
        r"\bnone\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?P<none_of>missiles|drones|rockets|uavs|shaheds)\s+"
        r"(?:was|were|could\s+be)\s+(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed)\b|"
        # "Both missiles hit their targets", "All the drones struck the city": none of them downed
        # (also with the other class's weapons that hit: "Both missiles and 23 drones hit 14 locations")
        r"\b(?:both|all)\s+(?:of\s+)?(?:the\s+)?(?P<all_hit>missiles|drones|rockets|uavs|shaheds)\s+"
        r"(?:(?:and|as\s+well\s+as)\s+[\w-]+\s+(?:[\w-]+\s+)?(?:missiles|drones|rockets|uavs|shaheds)\s+)?"
        r"(?:hit|struck|reached)\b|"
        # "The missile and 19 drones hit targets": the one missile launched was not downed
        r"\bthe\s+(?:[\w-]+\s+){0,2}?(?P<the_hit>missile|drone|rocket|uav|shahed)\s+(?:and|as\s+well\s+as)\s+"
        r"[\w-]+\s+(?:[\w-]+\s+)?(?:missiles|drones|rockets|uavs|shaheds)\s+(?:hit|struck|reached)\b",
        # a class counted as all of it hitting, or neither of two downed (extract.none_downed): "all
        # three missiles and 15 drones hit", "all four ballistic missiles reached their targets",
        # "neither missile was intercepted"
        "counted_none_downed": r"\ball\s+(?:of\s+)?(?:the\s+)?(?P<count>\d+|two|three|four|five|six|seven|"
        r"eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?P<noun>missiles|drones|rockets|uavs|shaheds)\s+"
        r"(?:(?:and|as\s+well\s+as)\s+[\w-]+\s+(?:[\w-]+\s+)?(?:missiles|drones|rockets|uavs|shaheds)\s+)?"
        r"(?:hit|struck|reached)\b|"
        r"\bneither\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?P<neither>missiles?|rockets?|drones?|uavs?)\s+"
        r"(?:was|were)\s+(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed)\b|"
        # "Hits by 2 ballistic missiles and 18 drones were recorded": all of a class launched as 2
        r"\bhits\s+(?:by|of)\s+(?P<hit_count>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?:[\w-]+\s+){0,2}?(?P<hit_noun>missiles|drones|uavs|shaheds)\b|"
        r"\bhits?\s+(?:by|of)\s+(?:one|1|a|the)\s+(?:[\w-]+\s+){0,2}?(?P<hit_one>missile)\b",
        # "shot down the Kinzhal and 41 drones", "The Kinzhal was intercepted": a model launched as
        # one, named again (extract.definite_models; the name is checked against the model spellings)
        "definite_model_downed": r"\b(?:destroyed|shot down|downed|intercepted|neutrali[sz]ed)\s+the\s+"
        r"(?P<name>[\w-]+(?:\s+[\w-]+)?)|"
        r"\bthe\s+(?P<name_before>[\w-]+(?:\s+[\w-]+)?)\s+(?:was|had\s+been)\s+"
        r"(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed)\b",
        "definite_hit": r"\bthe\s+(?:[\w-]+\s+){0,2}?(?P<noun>missile|drone|rocket|uav|shahed)\s+"
        r"(?:hit|struck|crashed into|slammed into)\b",
        # "reports on six victims" (extract.casualty_paragraphs: the hurt, where no death is told)
        "counted_victims": r"\s+victims\b",
        "person_from": r"from|in",
        # "one was killed and another injured", "killed a woman, while another was wounded"
        "another_joiner": r"and|while|whereas",
        # "a drone dropped a grenade on her", "attacked a man from a drone": a
        # front-line drone, no weapon of the attack (not "debris from a drone")
        "dropped_from": r"\b(?:dropped|dropping|drops|attacked|attacking|attacks)\b[^.;]{0,60}\bfrom",
        "drops_after": r"(?:that\s+|which\s+)?(?:dropped|drops)",
        # words that end where the person is from ("a woman from Kyiv said she was not hurt")
        "person_from_stop": r"said|says|told|who|which|that|not|no|never|he|she|they|was|were|is|are|had|has",
        "capital": r"\bin\s+the\s+capital\b",
        # "two women aged 63 and 71", "aged between 20 and 45": ages, not counts of people
        "age_before": r"\b(?:aged|ages|aged between|between the ages of)\s+"
        r"(?:\d{1,3}\s*(?:,\s*|and\s+|to\s+|[-–]\s*)){0,3}$",
        "age_after": r"aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|-|–)\s*\d{1,3}){0,3}",
        "year_before": r"\b(?:born\s+in|in|since|of|year)\s+$",
        "negation_before": r"\b(?:no|not|none|nobody)\s+$",
        "body_of": r"\bbody\s+of\s+(?:an?|one)",
        "bodies_of": r"\bbodies\s+of\s+$",
        "place_of": r"(?:city|town|village|district|region)\s+of",
        "region_noun": r"region|oblast|province",
        "subdivision": r"district|raion|community|hromada|neighbou?rhood|microdistrict",
        "ordinal_victim": r"dead\s+(?:person|body)|body|victim|fatality|death|deceased(?:\s+person)?",
        "to": r"to",
        # dates
        "night_context": r"overnight|night|morning|early|late|evening|dawn|hours of|into",
        # "KYIV, Nov 20 (Reuters) -": after a wire story's dateline, its agency (extract.datelines)
        "wire_dateline_after": r"\s*\((?:reuters|ap|afp|bloomberg|dpa|xinhua|upi|anadolu|ukrinform)\)"
        r"\s*[-–—]",
        # "began before midnight on Sunday and lasted until 05:00 on Monday": a span's end is told
        # (extract.weekday_spans: read up to the second day; a span's word, not "without power until
        # Tuesday", and no clause's end between)
        "span_until": r"\b(?:began|begun|started|starting|from|lasted|lasting|continued|went\s+on)\b"
        r"(?:(?!\.\s)[^;!?\n])*?\b(?:until|till)\b(?:(?!\.\s)[^;!?\n])*$",
        # "the death toll from the overnight strike on Odesa": the night's attack, from the air
        # (extract.relevance.names_night_attack; not "overnight shelling")
        "night_attack": r"\b(?:overnight|night(?:time)?|night['’]s)\s+(?:(?:[\w-]+\s+){0,2}?)"
        r"(?:strikes?|attacks?|raids?|bombardments?)\s+(?:on|against)\b",
        # "Yesterday's attack on Sumy killed two, officials said on Wednesday": the attack's day is
        # the day before, the weekday the remark's (extract.weekday_spans)
        "yesterday_attack": r"\byesterday['’]s\s+(?:[\w-]+\s+){0,4}?(?:attacks?|strikes?|assaults?|"
        r"bombardments?|barrages?)\b",
        # "raising the death toll from Wednesday's attack to 28", after the weekday: the attack's day,
        # beside which the sentence's other weekday is when it was told (extract.weekday_spans)
        "attack_after_weekday": r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:attack|strike|assault|bombardment|barrage)\b",
        # "22:30 GMT on Thursday": the day in universal time, beside the local one
        "universal_time_before": r"\b(?:gmt|utc)\)?,?\s+(?:on\s+)?",
        "date_range_into": r"^\W*(?:early\s+|late\s+|the\s+morning\s+of\s+)?(?:into|to|and)\s+(?:early\s+)?$",
        "as_of": r"\b(?:as of|as at|updated)\s+$",
        "night_before_weekday": r"\b(?:overnight|night|early|into|(?:early|small|wee)\s+hours\s+of)\s+"
        r"(?:on\s+|into\s+|to\s+|of\s+)?$",
        # "late on Thursday", "late Thursday": the night that followed, reported the next morning;
        # so is the Air Force's window "from 18:00 on Monday", "starting at 6 p.m. on Monday"
        # ("on the evening of Friday", not "until the evening of Friday")
        "evening_before_weekday": rf"(?:\blate\s+(?:on\s+)?|\b(?:from|since|starting(?:\s+at)?|beginning"
        rf"(?:\s+at)?)\s+{_EVENING_CLOCK}[\s,]*(?:on\s+)?"
        r"|(?<!until )(?<!till )(?<!by )\bthe\s+evening\s+of\s+)$",
        "night_after_weekday": r"\s+(?:morning|night|dawn)\b",
        # "late on Feb. 8", "on the night of Feb. 8" (not "overnight on Feb. 8": the night into it)
        "evening_before_date": r"\b(?:late|evening|night)\b[\w .,]{0,12}$",
        # the evening that opened the night, before or after a date (extract.night_openers): "on the
        # evening of June 7", "late on June 7", "from 6 p.m. on June 7", "at 11 p.m. on June 7",
        # "June 7 at 23:30" (not "the night of June 7", into the 7th, "until the evening of June 7",
        # nor "in late 2024, on …")
        "night_opens_before_date": r"(?:(?<!until the )(?<!till the )(?<!by the )"
        r"\b(?:evening|late(?:\s+at\s+night)?)\b"
        r"(?:[\s,]+(?:on|of|the|[a-z]+day)\b)*[\s,]*"
        rf"|\b(?:from|since|starting(?:\s+at)?|beginning(?:\s+at)?)\s+{_EVENING_CLOCK}[\s,]*(?:on\s+)?"
        rf"|\b(?:at|around|about|after)\s+{_LATE_CLOCK}[\s,]*(?:on\s+)?)$",
        # a date of an earlier event (extract.earlier_events): an earlier attack's ("Russia's previous
        # large attack, on May 31"), and one named beside this night's words ("overnight, a week after
        # the June 1 attack", "the deadliest since the May 31 strike")
        "previous_event_before_date": r"\b(?:previous|earlier|prior|preceding)\s+(?:[\w-]+\s+){0,3}"
        r"(?:attacks?|strikes?|assaults?|barrages?|waves?|bombardments?)[\s,]+(?:(?:on|of)\s+)?$",
        "reference_before_date": r"\b(?:after|since|following|than|like|before)\s+the\s+$",
        "night_opens_after_date": rf"[\s,]*(?:(?:from|since)\s+{_EVENING_CLOCK}|(?:at|around|about|after)\s+"
        rf"{_LATE_CLOCK}|(?:in\s+the\s+)?evening\b)",
        # "Friday evening", "on Friday at around 22:30", "Friday from 7 p.m." (the evening that opened
        # the night reported the next morning)
        "evening_after_weekday": rf"\s+(?:night|evening)\b|[\s,]+(?:(?:from|since)\s+{_EVENING_CLOCK}|"
        rf"(?:at\s+)?(?:around|about|after|at)\s+{_LATE_CLOCK})",
        # "last Tuesday": an earlier attack; "Earlier on Monday, …" after the night told: another event
        "last_before_weekday": r"\b(?:last|earlier(?:\s+on)?)\s+",
        # same-day words beat "yesterday" when a report has both
        # ("yesterday evening", "late yesterday", "yesterday at 11 p.m.": the evening that opened the
        # night reported this morning, its Air Force day; not "said late yesterday", a statement's time)
        "same_day": r"\b(?:overnight|last night|tonight|this morning|today|at night|during the night|"
        rf"yesterday\s+(?:evening|(?:at|around|about|after)\s+{_EVENING_CLOCK})|(?<!said )(?<!told )"
        rf"late\s+yesterday|last\s+evening|{_EVENING_CLOCK}\s+yesterday)\b",
        # "… and also four Shaheds which the enemy fired" closing a list (extract.partitive_lists)
        "launch_relative": r"\W*(?:that|which)\s+(?:russia|russian forces|the russians|the enemy|moscow|"
        r"the occupiers|the invaders)\s+(?:had\s+)?(?:launched|fired|sent|used)\b",
        # "In the latest attack, …" after a sentence dated to another day: this night again (engine)
        "latest_attack_opener": r"(?:in|during)\s+(?:the|this|its)\s+(?:latest|most\s+recent|overnight|"
        r"night's|new)\s+(?:attack|strike|assault|barrage|wave)s?\b",
        # "As the agency reported earlier, on 14 March 2024 …": an older story (extract.earlier_reports)
        "earlier_report_opener": r"as (?:[\w'’-]+ ){0,5}(?:(?:earlier|previously) reported|reported "
        r"(?:earlier|previously|before))\b",
        "yesterday": r"\byesterday\b",
        # a page's label for its own publication date (its header): "Published : Sunday, 16 October"
        # a report of a run of nights (extract/dates.py: the night just gone is the last of the run)
        "night_run": r"\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?"
        r"night\s+in\s+a\s+row\b|\b(?:second|third|fourth|fifth)\s+(?:straight|consecutive)\s+night\b",
        "this_night": r"\b(?:last\s+night|tonight|this\s+morning)\b",
        # an anniversary: "exactly one year ago" (the day a year-old strike's date gives, years on)
        "years_ago": r"\bexactly\s+(?P<n>a|one|two|three|four|\d)\s+years?\s+(?:ago|earlier)\b",
        # a year named as a bound, not as the time of the paragraph's events ("since 2022")
        "year_bound": r"\b(?:since|until|before|after|by|from)",
        "publication_label": r"(?:\b(?:published|posted)\s*:\s*"
        r"|(?:^|\n)[ \t]*(?:published|posted)\s+(?:on\s+)?)(?:[a-z]+day,?\s+)?$",
        # the day of a remark, and the words of an attack: a date in a sentence without them is of
        # something else ("an aide told us on April 11 …"), not the night reported (extract/dates.py)
        "statement_before_date": r"\b(?:said|says|told\s+\w+|stated|announced|warned|added|claimed|noted|"
        r"reported)\s+"
        r"(?:on\s+)?$",
        "statement_after_date": r"\s*,?\s*(?:said|says|told|stated|announced|warned|added|claimed|noted)\b",
        "attack_event": r"\b(?:attack\w*|strik\w*|struck|hits?|explosions?|blasts?|drones?|uavs?|shaheds?|"
        r"missiles?|rockets?|bomb\w*|debris|air\s+defen[cs]es?|overnight|night|killed|injured|wounded|"
        r"damag\w*|shot\s+down|intercept\w*|destroy\w*|sirens?|alerts?|fires?)\b",
        "ordinal_suffix": r"st|nd|rd|th",
        # a figure's scope (extract/figure_scope.py): "fired at Kyiv", "over the Odesa region",
        # "Poltava regional governor", "over the region"
        "scope_before_place": r"\b(?:over|above|at|on|against|towards?|targeting|in|near|around)"
        r"(?:\s+the)?(?:\s+(?:city|region|town|village)\s+of)?",
        "scope_after_place": r"(?:regional|region's|oblast's|governor|mayor|"
        r"city\s+(?:military\s+)?administration)\b",
        # shoot-downs beside the weapons that hit (extract/clauses.py, figures.py)
        "additional": r"\b(?:another|additional|further|other|more(?!\s+than))\b",
        # a sentence after a foreign one in its paragraph stays this attack's only when it says so
        # (extract/scope.py, _foreign_paragraphs); Ukrainian place names count too
        "home_country": r"\bukrain(?:e|ian)\b",
        "home_marker": r"\b(?:air force|ukrainian air|ukraine['’]s air|russian (?:drones?|missiles?|"
        r"forces|army|attacks?|strikes?|shaheds?)|russia (?:launched|attacked|fired|struck|hit|targeted))\b",
        "scope_back_reference": r"\b(?:over|above|in|on)\s+the\s+(?:region|city|oblast|capital)\b",
        # the country as the figures' target: a sentence saying so gives them no one place's scope
        # ("on Ukraine's capital" names a city)
        "scope_country_target": rf"\b(?:{_TOWARDS_THE_COUNTRY})\s+ukraine\b(?!['’]s)",
        # "shot down over the Odesa region", "In the Kharkiv region, nine drones were downed": a
        # region named after these is where the sentence's shoot-downs happened (firm when the
        # sentence counts no launches and says no "mostly")
        "scope_over_region": r"\b(?:over|above)(?:\s+the)?\s+$",
        "scope_opening_region": r"\W*(?:in|over|above)(?:\s+the)?\s+",
        "scope_region_noun": r"\s+(?:region|oblast|province)\b",
        "scope_part_words": r"\b(?:mostly|mainly|most|including|particularly|in particular|primarily|"
        r"largely|among them|of them|some)\b",
        # a paragraph's subject place: "Odesa regional governor Oleh Kiper said …", "In the Kharkiv
        # region, …", "Russia attacked the Sumy region overnight": later sentences of the paragraph
        # that name no place count that place's figures, unless they speak for the whole country
        "scope_subject_before": r"(?:^\W*(?:in|over|above)|\b(?:attacked|struck|hit|targeted))"
        r"(?:\s+the)?\s+$",
        "scope_official_before": r"\b(?:governor|mayor|head|chief) of(?:\s+the)?\s+$",
        "scope_national": r"\b(?:air force|across (?:the country|ukraine)|nationwide|the country|"
        rf"(?:{_TOWARDS_THE_COUNTRY}) ukraine|ukraine['’]s (?:air|regions)|general staff|"
        r"(?:several|many|multiple|other) regions|in total|overall)\b",
        # places told only as attacked ("Kyiv, the Sumy region and eight other regions came under
        # attack"): the attack's places when the report ties no place to impact (extract.attacked_lists)
        "attacked_list": r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+|again\s+)?"
        r"attacked\b|\b(?:came|come|were|was)\s+under\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?attacks?\b",
        # a speaker's words before such a list: places named before them are not in the list
        "attacked_list_speech": r"\b(?:said|says|stated|noted|reported|announced|added|wrote|claimed|"
        r"according\s+to)\b",
        # debris that damaged nothing (extract.debris_denied): "with no damage reported", "without
        # causing damage", "caused no damage"; and a next sentence opening "No damage was reported"
        "damage_denied": r"\b(?:no|without(?:\s+causing)?(?:\s+any)?)\s+(?:\w+\s+)?(?:damage|destruction)\b"
        r"[^,.;:!?]*|\b(?:caus\w*|did\s+not\s+cause|didn['’]t\s+cause)\s+(?:no|any)\s+(?:\w+\s+)?damage\b",
        "damage_denied_opening": r"\W*(?:there\s+(?:was|were)\s+)?no\s+(?:\w+\s+)?(?:damage|destruction)\b",
        # a day's roundup of all Russian attacks (extract/scope.py, _roundup_by_other_means)
        "roundup_lede": r"\b(?:killed|injured|wounded|hurt)\b[^.;]{0,100}\battacks?\b[^.;]{0,80}"
        r"\b(?:over|in|during) the (?:past|last) (?:day|24 hours)\b",
        "casualty_word": r"\b(?:killed|killing|injured|injuring|wounded|wounding|hurt|dead|died)\b",
        # where a casualty sentence's clauses part (extract/casualties.py: ground fire by clause)
        "casualty_clause_break": r",\s+(?:and|while|but|whereas)\b|;|\s+while\b|\s+whereas\b",
        # an air weapon named in a clause (not "overnight", not rockets, which artillery fires too)
        "casualty_air_weapon": r"\b(?:drones?|uavs?|shaheds?|missiles?|air\s*strikes?|aerial|bombs?)\b",
        "aerial_cue": r"\b(?:drones?|uavs?|shaheds?|missiles?|rockets?|air\s*strikes?|aerial|bombs?|debris|"
        r"overnight|air attack)\b",
        "section_heading": r"background",
        # a refinery in Ukraine, struck by Russia (not a Ukrainian strike on a Russian refinery)
        "home_refinery": r"\bukrainian\s+(?:[\w-]+\s+){0,2}(?:oil\s+)?refiner"
        r"|\brefiner\w*\b[^.;]{0,60}\b(?:of|in)\s+ukraine\b"
        r"|\brussia(?:n)?\b[^.;]{0,40}\b(?:hit|struck|strikes?|attack(?:ed|s)?)\s+(?:the\s+|a\s+)?"
        r"(?:[\w-]+\s+)?(?:oil\s+)?refiner"
        # "the refinery was struck overnight by 12 Russian drones"; Ukraine's own refineries' towns
        r"|\brefiner\w*\b[^.;]{0,80}\b(?:hit|struck|attacked|targeted|damaged)\s+(?:[\w-]+\s+){0,2}?by\s+"
        r"(?:[\w-]+\s+){0,2}?russian\b"
        r"|\b(?:kremenchuk|drohobych|nadvirna)\s+(?:oil\s+)?refiner|\brefiner\w*\s+in\s+(?:kremenchuk|drohobych|nadvirna)\b",
        "day_range": r"\s*[-–—/]\s*|\s+to\s+|\s+and\s+",
        # a date followed by more days of a list: "on the nights of March 4, 6, 7 and 9"
        "day_list": r",\s*[0-3]?\d(?:st|nd|rd|th)?(?:,\s*[0-3]?\d(?:st|nd|rd|th)?)*,?\s+and\s+[0-3]?\d\b"
        r"|,\s*[0-3]?\d(?:st|nd|rd|th)?,\s*[0-3]?\d\b",
        # "On the 26th, the Air Force said": a day with no month (not "the 26th of August")
        "day_only": r"\b(?:on|of) the (?P<d>[0-3]?\d)(?:st|nd|rd|th)\b",
        "of": r"of",
        "month_only": r"\bin\s+",
    },
    class_word_prefixes={
        "drone": (
            "drone",
            "uav",
            "shahed",
            "shahid",
            "geran",
            "gerbera",
            "fpv",
            "unmanned",
            "lancet",
            "molniya",
        ),
        "missile": (
            "missile",
            "rocket",
            "kalibr",
            "iskander",
            "kinzhal",
            "kh-",
            "s-300",
            "s-400",
            "ballistic",
            "cruise",
        ),
    },
    # "in Sumy", and the target of "a drone strike on Sumy … wounding 8 people"
    place_prepositions=(
        "in",
        r"(?:attacks?|strikes?|raids?|assaults?) on",
        # "Drones also hit Sumy, injuring two": the one place a strike verb takes (not a list of
        # them, "struck Kyiv, Odesa and Lviv, killing 10", which is the whole attack's toll)
        # (the names are capitalised: case counts inside the look-ahead, which the caller's
        # case-blind group would otherwise make any word)
        r"(?:struck|hit|pounded|targeted)(?-i:(?=\s+(?>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
        r"(?!\s*,\s*[A-Z]|\s+(?:and|or)\s+[A-Z]|\s*,?\s+(?:and|or|as well as)\s)))",
    ),
    place_stopwords=(
        "the",
        "russian",
        "russia",
        "ukrainian",
        "ukraine",
        "ukraine's",
        "a",
        "an",
        "telegram",
        "total",
        "all",
        "addition",
        "particular",
        "general",
        # a headline in title case ("Eight Wounded In Overnight Drone Attack On Sumy"): words after
        # "In"/"On" that are no place, so the place named later is the figure's
        "overnight",
        "massive",
        "combined",
        "large-scale",
        "latest",
        "fresh",
        "new",
        "another",
        "night",
        "morning",
        "evening",
        "drones?",
        "missiles?",
        "attacks?",
        "strikes?",
        "air",
        "waves?",
        # "Kyiv's air defence" is no place, "in Kyiv's Solomianskyi district" is the capital
        r"kyiv's(?!\s+[\w'’-]+\s+(?:district|neighbou?rhood|microdistrict)\b)",
    ),
)
