"""Weapon models a report names without a count ("Iranian-made Shahed drones", "Kinzhal
hypersonic missiles"), added to the record's ``weapons`` list with no figures (issue 13: the
models a story names belong in its list even when it counts them only as a class).

Only sentences that count for this attack are read (not background, not foreign stories), only
English reports so far (the language's phrase ``model_not_weapon_after``), and a model already
listed from a counted mention keeps its entry.
"""

from __future__ import annotations

from extract.lang import aerial_word_prefixes, get_language
from extract.report import Report, WeaponCount
from extract.text import Sentence
from extract.weapons import models_named
from extract.words import mentions


def add_named_models(report: Report, text: str, sentences: list[Sentence], in_scope: list[int],
                     code: str, words: list[str]) -> None:
    """Append to ``report.weapons`` every model named in an in-scope sentence it does not list."""
    if "model_not_weapon_after" not in get_language(code).phrases:
        return  # models_named lists none in such a language: no sentence need be asked
    listed = {entry.model for entry in report.weapons}
    # a sentence naming a model names a weapon word too (the models' names are among them): the
    # spellings are searched only there
    weapon_words = aerial_word_prefixes(code)
    for i in in_scope:
        if not mentions(words[i], weapon_words):
            continue
        for model, family, weapon_class in models_named(text, sentences[i].start, sentences[i].end, code):
            # front-line drones (FPV, Lancet, Molniya: no family) named beside an air attack are
            # the ground war's, not its weapons, unless counted as such (extract.clauses)
            if model not in listed and family is not None:
                listed.add(model)
                report.weapons.append(WeaponCount(model, family, weapon_class))
