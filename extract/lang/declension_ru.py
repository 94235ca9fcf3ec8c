"""The Russian declension of Ukraine's place names, for Russian-language reports: a town's
Russian nominative ("Харьков", "Одесса", "Кривой Рог") with its oblique case forms ("в Харькове",
"из Одессы", "Кривого Рога"), and an oblast's Russian adjective ("Харьковская") in the forms
reports give it ("Харьковской области", "на Харьковщине"). place_words_ru hands both to the
gazetteer, which knows towns by their Ukrainian names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

# Names whose words decline apart, given whole: nominative -> oblique forms.
_IRREGULAR = {
    "Кривой Рог": ("Кривого Рога", "Кривому Рогу", "Кривым Рогом", "Кривом Роге", "Кривом Рогу"),
    "Белая Церковь": ("Белой Церкви", "Белую Церковь", "Белой Церковью"),
    "Горишние Плавни": ("Горишних Плавней", "Горишних Плавнях", "Горишним Плавням"),
    "Лозовая": ("Лозовой", "Лозовую", "Лозовою"),
    # (the gazetteer's keys read ё as е: "Желтых Водах" is found too)
    "Жёлтые Воды": ("Жёлтых Вод", "Жёлтых Водах", "Жёлтым Водам", "Жёлтыми Водами"),
}
_SOFT_OR_VELAR = "гкхжчшщц"


def _noun_forms(word: str) -> set[str]:
    """The oblique forms of a one-word town name by its ending (masculine, feminine, neuter,
    plural, adjectival): enough to find the town in "в Харькове", "из Одессы", "над Сумами"."""
    low = word.lower()
    if low.endswith(("ий", "ый", "ой")) and not any(v in "аеёиоуыэюя" for v in low[:-2]):
        # one syllable is no adjective: a noun in -й (Стрый -> Стрыя, в Стрые, Стрыем)
        stem = word[:-1]
        return {stem + e for e in ("я", "ю", "ем", "е")}
    if low.endswith(("ий", "ой")):  # Хмельницкий, Белгород-Днестровский: an adjective as a name
        stem = word[:-2]
        return {stem + e for e in ("ого", "ому", "им", "ым", "ом")}
    if low.endswith("ая"):  # Надворная, Раздельная: a feminine adjective as a name
        stem = word[:-2]
        return {stem + e for e in ("ой", "ую", "ою")}
    if low.endswith("ое"):  # Южное, Каменское
        stem = word[:-2]
        return {stem + e for e in ("ого", "ому", "ым", "ом")}
    if low.endswith("ье"):  # Запорожье
        stem = word[:-1]
        return {stem + e for e in ("я", "ю", "ем", "е")}
    if low.endswith(("ы", "и")):  # Сумы, Черкассы, Черновцы, Бровары, Прилуки
        stem = word[:-1]
        return {stem, stem + "ов", stem + "ам", stem + "ами", stem + "ах"}
    if low.endswith("а"):  # Одесса, Полтава, Винница, Шостка
        stem = word[:-1]
        genitive = "и" if stem[-1:].lower() in _SOFT_OR_VELAR else "ы"
        return {stem + genitive, stem + "е", stem + "у", stem + "ой", stem + "ей"}
    if low.endswith("я"):  # Балаклея, Александрия: "в Балаклее", "в Александрии"
        stem = word[:-1]
        locative = "и" if stem[-1:].lower() == "и" else "е"
        return {stem + "и", stem + locative, stem + "ю", stem + "ей"}
    if low.endswith("ь"):  # Тернополь, Ирпень (masculine); Умань (feminine)
        stem = word[:-1]
        return {stem + e for e in ("я", "ю", "ем", "е", "и", "ью")}
    if low.endswith(("о", "е")):  # Ровно, Мукачево, Гуляйполе
        stem = word[:-1]
        return {stem + e for e in ("а", "у", "ом", "е")}
    if low.endswith("ец"):  # Марганец, Кременец: the vowel drops
        stem = word[:-2] + "ц"
        return {stem + e for e in ("а", "у", "ом", "е")}
    return {word + e for e in ("а", "у", "ом", "е")}  # Киев, Харьков, Днепр, Луцк


def russian_forms(nominative: str) -> set[str]:
    """A town's Russian name and its oblique case forms."""
    irregular = _IRREGULAR.get(nominative)
    if irregular is not None:
        return {nominative, *irregular}
    if " " in nominative:
        return {nominative}
    return {nominative, *_noun_forms(nominative), *_both_halves(nominative)}


def _both_halves(nominative: str) -> set[str]:
    """A double name of a masculine noun and an adjective declines both halves as well as the
    second alone ("в Белгороде-Днестровском", "Каменца-Подольского" beside "в Белгород-Днестровском")."""
    noun, hyphen, adjective = nominative.partition("-")
    low = noun.lower()
    if not hyphen or not adjective.lower().endswith(("ий", "ой")) or not low[-1:].isalpha():
        return set()
    if low[-1] in "аяоеьиы":  # a masculine noun ending in a consonant only
        return set()
    stem = noun[:-2] + "ц" if low.endswith("ец") else noun
    tail = adjective[:-2]
    ins = "ым" if tail[-1:].lower() not in "гкхжчшщ" else "им"
    return {f"{stem}а-{tail}ого", f"{stem}у-{tail}ому", f"{stem}ом-{tail}{ins}", f"{stem}е-{tail}ом"}


def town_forms(russian_names: Mapping[str, str]) -> Callable[[str], set[str]]:
    """The gazetteer's case-form maker for Russian: a town's Ukrainian name -> its Russian forms
    (none for a town the table does not name)."""

    # the gazetteer writes "Кам’янець", the table may write "Кам'янець": one apostrophe for both
    by_name = {_one_apostrophe(name): russian for name, russian in russian_names.items()}

    def forms(ukrainian_name: str) -> set[str]:
        russian = by_name.get(_one_apostrophe(ukrainian_name))
        return russian_forms(russian) if russian is not None else set()

    return forms


def _one_apostrophe(name: str) -> str:
    return name.replace("’", "'").replace("ʼ", "'")


_REGION_NOUN_FORMS = ("область", "области", "областью")


_ShortNames = str | tuple[str, ...] | None


def oblast_forms(oblasts: Mapping[str, tuple[str, _ShortNames]]) -> dict[str, tuple[str, ...]]:
    """Each oblast's Russian forms: its adjective with "область" in the cases ("Харьковская
    область", "Харьковской области") and its short regional name in its cases ("Харьковщина",
    "на Харьковщине")."""
    out: dict[str, tuple[str, ...]] = {}
    for oblast, (adjective, short) in oblasts.items():
        stem = adjective[:-2]  # "Харьковская" -> "Харьковск"
        forms = [f"{stem}ая область", f"{stem}ой области", f"{stem}ую область", f"{stem}ой областью"]
        for spelling in (short,) if isinstance(short, str) else short or ():
            forms += sorted(_short_name_forms(spelling))
        out[oblast] = tuple(forms)
    return out


def _short_name_forms(short: str) -> set[str]:
    low = short.lower()
    if low.endswith("а"):  # Харьковщина, Буковина
        stem = short[:-1]
        return {short, stem + "ы", stem + "е", stem + "у", stem + "ой"}
    if low.endswith("ь"):  # Волынь
        stem = short[:-1]
        return {short, stem + "и", stem + "ью"}
    if low.endswith("ье"):  # Закарпатье, Прикарпатье
        stem = short[:-1]
        return {short, stem + "я", stem + "ю", stem + "ем"}
    return {short}


# Russian town name -> the stem of its adjective where the regular endings do not give it.
_IRREGULAR_ADJECTIVES = {
    "Днепр": "Днепровск", "Ровно": "Ровенск", "Лозовая": "Лозовск", "Белая Церковь": "Белоцерковск",
    "Кривой Рог": "Криворожск", "Буча": "Бучанск", "Ромны": "Роменск", "Лубны": "Лубенск",
    "Шостка": "Шосткинск", "Запорожье": "Запорожск",
}


def adjective_stems(nominative: str) -> set[str]:
    """The stems of the Russian adjective a district takes from its town, lower case up to -ск/-цк
    ("Бровары" -> "броварск" of "в Броварском районе", "Одесса" -> "одесск", "Прилуки" ->
    "прилуцк", "Никополь" -> "никопольск")."""
    irregular = _IRREGULAR_ADJECTIVES.get(nominative)
    if irregular is not None:
        return {irregular.lower()}
    low = nominative.lower()
    if " " in low:
        return set()
    if low.endswith(("ский", "цкий")):  # Хмельницкий: an adjective already
        return {low[:-2]}
    if low.endswith(("ск", "цк")):
        return {low}
    if low.endswith(("ское", "цкое")):
        return {low[:-2]}
    if low.endswith("ца"):  # Винница -> Винницкий
        return {low[:-1] + "к"}
    if low.endswith("ия"):  # Александрия -> Александрийский
        return {low[:-1] + "йск"}
    if low.endswith("ка"):  # Ахтырка -> Ахтырский
        return {low[:-2] + "ск"}
    if low.endswith(("а", "ы", "и", "е", "о", "я")):
        stem = low[:-1]
        if stem.endswith("с"):  # Одесса, Черкассы -> Одесский, Черкасский
            return {stem + "к"}
        if stem.endswith("к"):  # Прилуки -> Прилуцкий
            return {stem[:-1] + "цк"}
        return {stem + "ск"}
    if low.endswith("ь"):  # Никополь -> Никопольский, Умань -> Уманский
        return {low + "ск", low[:-1] + "ск"}
    if low.endswith("л"):  # Измаил -> Измаильский
        return {low + "ьск"}
    return {low + "ск"}


def town_adjectives(russian_names: Mapping[str, str]) -> Callable[[str], set[str]]:
    """The gazetteer's district-adjective maker for Russian: a town's Ukrainian name -> the stems
    of its Russian adjective (none for a town the table does not name)."""
    by_name = {_one_apostrophe(name): russian for name, russian in russian_names.items()}

    def stems(ukrainian_name: str) -> set[str]:
        russian = by_name.get(_one_apostrophe(ukrainian_name))
        return adjective_stems(russian) if russian is not None else set()

    return stems
