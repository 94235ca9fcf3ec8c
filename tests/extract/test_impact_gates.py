"""extract.impact_gates: a sentence's words rule out the impact cues it cannot hold, and the
places found with that help are the places found without it."""
from __future__ import annotations

import re

from extract.caseless import lowered
from extract.impact_gates import ANY_WORDS, SentenceWords, impact_gates
from extract.lang import place_words
from extract.place_names import phrase_prefixes
from extract.places import impact_words, impact_words_lowered, struck_places
from extract.text import split_sentences
from extract.words import prefix_gate, sentence_words


def test_a_phrase_gives_the_longest_start_of_its_words_up_to_a_free_ending_or_apostrophe():
    assert phrase_prefixes(["damag*", "air defen*", "Kyiv's strike", "anti-aircraft", "u.s. officials",
                            "went off"]) == ("anti-aircraft", "damag", "defen", "officials", "strike", "went")


def test_a_later_word_of_a_phrase_rules_a_sentence_out_when_the_first_is_common():
    gate = prefix_gate(phrase_prefixes(["on fire"]) or ())
    sentence = "The talks went on until late at night."
    holds = SentenceWords(sentence_words(split_sentences(sentence))[0], sentence)
    assert not holds.may_hold(gate)
    sentence = "A warehouse was on fire after the strike."
    assert SentenceWords(sentence_words(split_sentences(sentence))[0], sentence).may_hold(gate)


def test_a_phrase_that_does_not_begin_with_a_word_character_cannot_gate():
    assert phrase_prefixes(["(photo", "getty images"]) is None
    assert phrase_prefixes([]) is None


def _words(text: str) -> SentenceWords:
    sentence = split_sentences(text)[0]
    return SentenceWords(sentence_words([sentence])[0], sentence.text)


def test_a_sentence_without_any_impact_word_rules_the_family_out():
    gates = impact_gates("en")
    quiet = _words("The ministers met in Vienna to talk about grain exports.")
    assert not quiet.may_hold(gates.any_impact)
    assert quiet.may_hold(gates.any_impact) is False  # asked again: the kept answer
    struck = _words("A drone damaged two houses in Sumy.")
    assert struck.may_hold(gates.any_impact)


def test_a_word_after_an_apostrophe_inside_another_is_a_word_start_too():
    gates = impact_gates("en")
    # "l'explosion" holds no word that begins "explosion", but the stretch after its apostrophe does
    assert _words("The mayor spoke of l'explosion near the port.").may_hold(gates.any_impact)


def test_no_gate_and_unknown_words_never_rule_anything_out():
    assert ANY_WORDS.may_hold(impact_gates("en").any_impact)
    assert _words("Nothing here.").may_hold(None)


def test_the_lowered_cues_find_nothing_in_a_sentence_the_gates_rule_out():
    # the promise the gates rest on, for each family and sentence: ruled out means no match
    texts = [
        "Russian forces shelled Nikopol with artillery overnight; two houses were damaged.",
        "Air defence destroyed 40 drones over Kyiv region, the air force said.",
        "There were no hits in Odesa, the governor said, though debris fell on a garage.",
        "Recall that a week ago a missile struck an apartment block in Dnipro.",
        "Уламки збитого дрона пошкодили дах будинку в Києві.",
        "Обломки беспилотника повредили крышу дома в Харькове.",
    ]
    ruled_out = 0
    for text, language in zip(texts, ["en", "en", "en", "en", "uk", "ru"], strict=True):
        gates, cues = impact_gates(language), impact_words_lowered(language)
        sentence = split_sentences(text)[0]
        holds = SentenceWords(sentence_words([sentence])[0], sentence.text)
        low = sentence.text.lower()
        for family in gates.__dataclass_fields__:
            if not holds.may_hold(getattr(gates, family)):
                ruled_out += 1
                assert getattr(cues, family).search(low) is None, (text, family)
    assert ruled_out >= 20  # most families are absent from most sentences


def test_struck_places_are_the_same_with_the_sentences_words_and_without():
    reports = [
        ("Overnight Russia attacked Kharkiv with drones. In the city, a fire broke out at a warehouse. "
         "The talks in Geneva went on. Meanwhile air defence shot down 12 drones over Poltava region.\n"
         "Earlier this year a missile hit a school in Sumy.", "en"),
        ("In Zaporizhzhia, debris damaged a kindergarten; nobody was hurt. Ukraine's partners pledged "
         "more air defence systems. Artillery shelled Nikopol, damaging a power line.", "en"),
        ("Уночі ворог атакував Одесу ударними дронами. Внаслідок атаки пошкоджено житловий будинок. "
         "Сили ППО збили 20 безпілотників над Миколаївщиною.", "uk"),
    ]
    for text, language in reports:
        sentences = split_sentences(text)
        assert lowered(text) is not None
        with_words = struck_places(text, sentences, language=language, words=sentence_words(sentences))
        assert with_words == struck_places(text, sentences, language=language)
        assert with_words  # the reports do tie places to impact


def test_every_pointing_back_phrase_passes_its_gate_and_is_found():
    # the sentence that names no place is read for its clauses only when it may point back: a
    # phrase of REFERRING_CITY or REFERRING_REGION the gate missed would drop the place it points to
    for language in ("en", "uk", "ru"):
        words, gates, cues = place_words(language), impact_gates(language), impact_words_lowered(language)
        families = (("refers_city", words.REFERRING_CITY), ("refers_region", words.REFERRING_REGION))
        for family, phrases in families:
            for phrase in phrases:
                text = f"Later {phrase} was hit again."
                sentence = split_sentences(text)[0]
                holds = SentenceWords(sentence_words([sentence])[0], sentence.text)
                assert holds.may_hold(getattr(gates, family)), (language, phrase)
                assert getattr(cues, family).search(text.lower()), (language, phrase)


def _tied(text: str, language: str) -> set[tuple[str, int]]:
    sentences = split_sentences(text)
    return {(m.name, i) for m, i in struck_places(text, sentences, language=language,
                                                   words=sentence_words(sentences))}


def test_a_new_paragraph_that_points_back_ties_the_place_named_before():
    pointing = "Drones attacked Chernihiv overnight.\nIn the city, a fire broke out at a depot."
    assert ("Chernihiv", 1) in _tied(pointing, "en")
    regional = "Drones attacked Chernihiv overnight.\nAcross the region, a depot was damaged."
    assert ("Chernihiv Oblast", 1) in _tied(regional, "en")
    # with no word pointing back, the new paragraph's damage is not Chernihiv's
    apart = "Drones attacked Chernihiv overnight.\nElsewhere, a fire broke out at a depot."
    assert not any(index == 1 for _, index in _tied(apart, "en"))


def test_debris_of_the_weapons_fired_at_a_town_ties_that_town_in_a_new_paragraph():
    told = "Вночі по Херсону випущено 4 ракети.\nУламками збитих ракет пошкоджено склад."
    assert ("Kherson", 1) in _tied(told, "uk")
    without = "Вночі по Херсону випущено 4 ракети.\nПошкоджено склад."
    assert not any(index == 1 for _, index in _tied(without, "uk"))


def test_wording_a_language_lacks_matches_nowhere_in_the_text():
    # English has no blast or another-event wording of its own, Ukrainian no caption cues: their
    # stand-in pattern must find nothing at any position a caller starts from
    text = "Explosions were heard in Sumy. Photo: the regional administration. Also a drone fell."
    lacking = (("en", "blast"), ("en", "another_event"), ("uk", "caption"), ("uk", "care_before"))
    for language, family in lacking:
        for cues in (impact_words(language), impact_words_lowered(language)):
            pattern = getattr(cues, family)
            assert all(pattern.search(text, start) is None for start in range(len(text))), (language, family)
            assert pattern.sub("_", text) == text


def test_the_clause_breaks_look_ahead_passes_every_break_the_branches_find():
    # clause_break opens with a look-ahead naming each branch's first character (a quicker scan):
    # a branch added with another first character must be named there too
    text = ("Drones hit Sumy; a fire broke out: two were hurt — one badly – and the grid \n failed, "
            "while - in Odesa - debris fell , although nobody was hurt,but power went out ;\n next")
    for language in ("en", "uk", "ru"):
        for cues in (impact_words(language), impact_words_lowered(language)):
            prefixed = cues.clause_break
            assert prefixed.pattern.startswith("(?=[")
            bare = re.compile(prefixed.pattern[prefixed.pattern.index("]") + 2:], prefixed.flags)
            sample = text if cues is impact_words(language) else text.lower()
            assert [m.span() for m in prefixed.finditer(sample)] == [m.span() for m in bare.finditer(sample)]
            assert len(list(bare.finditer(sample))) >= 6
