"""The Ukrainian declension of place names: from a town's nominative ("Харків", "Кривий Ріг",
"Біла Церква") its oblique case forms, by the endings of its words, so that "у Харкові",
"Кривого Рогу" and "у Білій Церкві" are found as the towns they name. place_words_uk.CASE_FORMS
hands this to the gazetteer.
"""

from __future__ import annotations


def case_forms(nominative: str) -> set[str]:
    """The oblique case forms of a Ukrainian place name (genitive, dative, accusative,
    instrumental, locative), by the endings of its words: enough to find "Харкова",
    "у Києві", "в Одесі", "Кривого Рогу", "у Білій Церкві" as the towns they name."""
    words_ = nominative.split()
    if not words_:
        return set()
    *leading, last = words_
    forms = {" ".join([*map(_adjective_form, leading, [i] * len(leading)), f])
             for i, f in enumerate(_noun_forms(last))}
    second = _second_locative(last)
    if second is not None:
        forms.add(" ".join([*(_adjective_form(w, _LOCATIVE) for w in leading), second]))
    forms |= _both_halves(leading, last)
    opened = _opened_last_syllable(last)
    if opened is not None:
        forms |= {" ".join([*map(_adjective_form, leading, [i] * len(leading)), f])
                  for i, f in enumerate(_noun_forms(opened)) if f != opened}
    forms.discard(nominative)
    return forms


# A masculine name whose last syllable closes on і opens it to о in the other cases (Самбір ->
# у Самборі, Брід -> Броду, Потік -> Потоку); -ів, -іль, -інь and Ріг have their own forms below.
_ALTERNATING_FINALS = ("ір", "іл", "ік", "ід")


def _opened_last_syllable(word: str) -> str | None:
    """The word with its last і made о, where the і/о alternation may take it: the oblique forms
    are read from that ("Самбір" -> "Самбор", whose forms give "Самбора", "у Самборі")."""
    if not word.lower().endswith(_ALTERNATING_FINALS):
        return None
    return word[:-2] + "о" + word[-1]


def _both_halves(leading: list[str], last: str) -> set[str]:
    """A double name of a noun and an adjective declines both halves as well as the second alone
    ("у Кам'янці-Подільському", "Білгорода-Дністровського" beside "у Кам'янець-Подільському")."""
    noun, hyphen, adjective = last.partition("-")
    ends = ("ий", "ій")
    if leading or not hyphen or not adjective.lower().endswith(ends) or noun.lower().endswith(ends):
        return set()
    return {f"{n}-{_adjective_form(adjective, case)}" for case, n in enumerate(_noun_forms(noun))}


_LOCATIVE = 4  # the case order of _noun_forms: gen, dat, acc, ins, loc
# Names that are adjectives: Лозова -> у Лозовій (a noun in -а gives "Лозові"), Вишневе -> у Вишневому.
_ADJECTIVAL_ENDINGS = ("ова", "ева", "єва", "ове", "еве", "єве")


def _second_locative(word: str) -> str | None:
    """The locative with a softened consonant that a name in -ук/-юк or -ог also takes:
    Кременчук -> у Кременчуці (beside Кременчуку), Острог -> в Острозі."""
    low = word.lower()
    if low.endswith(("ук", "юк", "ог")):
        return word[:-1] + _SOFTENED[low[-1]] + "і"
    return None


def _noun_forms(word: str) -> list[str]:
    """Forms of the last word, in the case order used for its adjectives: gen, dat, acc, ins, loc."""
    low = word.lower()
    if low.endswith(_ADJECTIVAL_ENDINGS):
        return [_adjective_form(word, case) for case in range(_LOCATIVE + 1)]
    if low.endswith(("ий", "ій")) and not any(v in _VOWELS for v in low[:-2]):
        # one syllable is no adjective: a noun in -ий (Стрий -> Стрия, у Стрию, Стриєм)
        stem = word[:-1]
        return [stem + "я", stem + "ю", word, stem + "єм", stem + "ю"]
    if low.endswith(("ий", "ій")):  # Кропивницький, Хмельницький: an adjective as a name
        stem = word[:-2]
        return [stem + "ого", stem + "ому", word, stem + "им", stem + "ому"]
    if low.endswith("е") and len(word) > 3 and low[-2] in "нськ":  # Рівне, Южне
        stem = word[:-1]
        return [stem + "ого", stem + "ому", word, stem + "им", stem + "ому"]
    if low.endswith("а"):
        stem = word[:-1]
        soft = stem[-1:].lower() in "жчшщ"
        genitive, instrumental = ("і", "ею") if soft else ("и", "ою")
        # к, г, х soften before the dative and locative і: Шостка -> у Шостці, Ольшанка -> Ольшанці
        dative = stem[:-1] + _SOFTENED[stem[-1]] if stem[-1:] in _SOFTENED else stem
        return [stem + genitive, dative + "і", stem + "у", stem + instrumental, dative + "і"]
    if low.endswith("я"):
        stem = word[:-1]
        after_vowel = stem[-1:].lower() in "аеиоуіїєюя'’"
        tail = "ї" if after_vowel else "і"
        return [stem + tail, stem + tail, stem + "ю", stem + ("єю" if after_vowel else "ею"), stem + tail]
    if low.endswith("о"):
        stem = word[:-1]
        return [stem + "а", stem + "у", word, stem + "ом", stem + "і"]
    if low.endswith("и"):  # Суми, Черкаси, Чернівці (plural names)
        stem = word[:-1]
        return [stem, stem + "ам", word, stem + "ами", stem + "ах"]
    if low.endswith("і"):
        stem = word[:-1]
        return [stem + "ів", stem + "ям", word, stem + "ями", stem + "ях"]
    if low.endswith(("ів", "їв")):  # Харків -> Харкова, Київ -> Києва, Бердичів -> Бердичева
        after_sibilant = low[-3:-2] in "жчшщ"
        stem = word[:-2] + ("є" if low.endswith("їв") else "е" if after_sibilant else "о") + "в"
        return [stem + "а", stem + "у", word, stem + "ом", stem + "і"]
    if low.endswith("іль"):  # Тернопіль -> Тернополя
        stem = word[:-3] + "ол"
        return [stem + "я", stem + "ю", word, stem + "ем", stem + "і"]
    if low.endswith("ець") and len(word) > 4:  # Марганець -> Марганця, у Марганці: the е drops
        stem = word[:-3] + "ц"
        return [stem + "я", stem + "ю", word, stem + "ем", stem + "і"]
    if low.endswith("інь"):  # Ірпінь -> Ірпеня, в Ірпені: the і of the closed syllable opens to е
        stem = word[:-3] + "ен"
        return [stem + "я", stem + "ю", word, stem + "ем", stem + "і"]
    if low.endswith("ь"):  # Умань, Маріуполь
        stem = word[:-1]
        return [stem + "і", stem + "і", word, stem + "ню", stem + "і"] if low.endswith("нь") else [
            stem + "я", stem + "ю", word, stem + "ем", stem + "і"]
    if low.endswith("ріг"):  # Кривий Ріг -> Кривого Рогу
        capital = word[-3] == "Р"
        stem = word[:-3] + ("Рог" if capital else "рог")
        return [stem + "у", stem + "у", word, stem + "ом", word[:-3] + ("Розі" if capital else "розі")]
    ending = "у" if low.endswith(("ськ", "цьк", "к")) else "і"
    return [word + "а", word + "у", word, word + "ом", word + ending]


_SOFTENED = {"к": "ц", "г": "з", "х": "с"}


def _adjective_form(word: str, case: int) -> str:
    low = word.lower()
    if low.endswith(("ий", "ій")):
        stem = word[:-2]
        return stem + ("ого", "ому", "ий", "им", "ому")[case]
    if low.endswith("а"):
        stem = word[:-1]
        return stem + ("ої", "ій", "у", "ою", "ій")[case]
    if low.endswith("е"):
        stem = word[:-1]
        return stem + ("ого", "ому", "е", "им", "ому")[case]
    if low.endswith("і") and len(word) > 3:  # a plural adjective: Жовті Води -> у Жовтих Водах
        stem = word[:-1]
        # a soft stem (горішній, нижній: a consonant before н) takes -іх where a hard one takes -их
        vowel = "і" if stem[-1:].lower() == "н" and stem[-2:-1].lower() not in _VOWELS else "и"
        return stem + (f"{vowel}х", f"{vowel}м", "і", f"{vowel}ми", f"{vowel}х")[case]
    return word


_VOWELS = "аеєиіїоуюя"


# Town -> the stem of its adjective where the regular endings do not give it ("Бучанський район").
_IRREGULAR_ADJECTIVES = {
    "Буча": "Бучанськ", "Біла Церква": "Білоцерківськ", "Ромни": "Роменськ", "Лубни": "Лубенськ",
    "Шостка": "Шосткинськ", "Пологи": "Пологівськ", "Кривий Ріг": "Криворізьк", "Рівне": "Рівненськ",
    "Лозова": "Лозівськ", "Чернівці": "Чернівецьк", "Добропілля": "Добропільськ",
}
# Consonants that alter before -ськ: Прилуки -> Прилуцький, Дрогобич -> Дрогобицький.
_BEFORE_SK = {"к": "цьк", "ч": "цьк", "ц": "цьк", "г": "зьк", "з": "зьк", "ж": "зьк"}


def adjective_stems(nominative: str) -> set[str]:
    """The stems of the adjective a district or hromada takes from its town, lower case and up to
    -ськ/-цьк/-зьк ("Бровари" -> "броварськ" of "Броварський район", "Охтирка" -> "охтирськ",
    "Вінниця" -> "вінницьк", "Синельникове" -> "синельниківськ"); none for a name of several words
    the table does not give."""
    irregular = _IRREGULAR_ADJECTIVES.get(nominative)
    if irregular is not None:
        return {irregular.lower()}
    low = nominative.lower()
    if " " in low:
        return set()
    if low.endswith(("ський", "цький", "зький")):  # Хмельницький: an adjective already
        return {low[:-2]}
    if low.endswith(("ськ", "цьк")):
        return {low}
    if low.endswith(("ське", "цьке")):
        return {low[:-1]}
    if low.endswith("лля"):  # Білопілля -> Білопільський: the doubled л before -я softens once
        return {low[:-3] + "льськ"}
    if low.endswith("жжя"):  # Запоріжжя -> Запорізький
        return {low[:-3] + "зьк"}
    if low.endswith("ця"):  # Вінниця -> Вінницький
        return {low[:-1] + "ьк"}
    if low.endswith("ія"):  # Олександрія -> Олександрійський
        return {low[:-1] + "йськ"}
    if low.endswith(("ове", "еве", "ово", "ево")):  # Синельникове, Мукачево -> -івський
        return {low[:-3] + "івськ"}
    if low.endswith("ка"):  # Охтирка, Василівка -> Охтирський, Василівський
        return {low[:-2] + "ськ"}
    if low.endswith("о"):  # Дніпро -> Дніпровський
        return {low + "вськ"}
    if low.endswith(("а", "и", "е", "і", "я")):
        stem = low[:-1]
        if stem.endswith("с"):  # Одеса, Черкаси -> Одеський, Черкаський
            return {stem[:-1] + "ськ"}
        return {_stem_before_sk(stem)}
    if low.endswith("ець"):  # Марганець, Кременець -> Марганецький: -ц takes -ьк, not -ськ
        return {low[:-1] + "ьк"}
    if low.endswith("ь"):  # Нікополь -> Нікопольський, Умань -> Уманський
        return {low + "ськ", low[:-1] + "ськ"}
    if low.endswith("л"):  # Ізмаїл -> Ізмаїльський
        return {low + "ьськ"}
    return {_stem_before_sk(low)}


def _stem_before_sk(stem: str) -> str:
    altered = _BEFORE_SK.get(stem[-1:])
    return stem[:-1] + altered if altered is not None else stem + "ськ"
