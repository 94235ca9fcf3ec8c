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
    forms.discard(nominative)
    return forms


_LOCATIVE = 4  # the case order of _noun_forms: gen, dat, acc, ins, loc


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
    if low.endswith(("ів", "їв")):  # Харків -> Харкова, Київ -> Києва
        stem = word[:-2] + ("є" if low.endswith("їв") else "о") + "в"
        return [stem + "а", stem + "у", word, stem + "ом", stem + "і"]
    if low.endswith("іль"):  # Тернопіль -> Тернополя
        stem = word[:-3] + "ол"
        return [stem + "я", stem + "ю", word, stem + "ем", stem + "і"]
    if low.endswith("ець") and len(word) > 4:  # Марганець -> Марганця, у Марганці: the е drops
        stem = word[:-3] + "ц"
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
    return word
