"""extract.name_scan: the capitalised names a text may hold, found by word look-ups."""
from __future__ import annotations

from extract.gazetteer import gazetteer
from extract.name_scan import MAX_NAMES, scan_names
from extract.place_names import _FOREIGN


def _scanned(text: str) -> list[tuple[str, str, str]]:
    return [(text[r.start:r.end], r.key, r.follower) for r in scan_names(text, gazetteer(), _FOREIGN)]


def test_known_names_are_found_with_their_key_and_the_word_after():
    text = "Drones hit Kharkiv and Bila Tserkva overnight, Governor Oleh Syniehubov said."
    assert _scanned(text) == [("Kharkiv", "kharkiv", "and"), ("Bila Tserkva", "bila tserkva", "overnight")]


def test_a_name_of_several_words_is_read_whole_and_a_place_abroad_is_kept_to_be_set_aside():
    text = "Russia said it downed drones over Belgorod; Kryvyi Rih was hit."
    assert _scanned(text) == [
        ("Russia", "russia", "said"), ("Belgorod", "belgorod", ""), ("Kryvyi Rih", "kryvyi rih", "was")]


def test_cyrillic_names_in_any_case_form():
    text = "Уночі дрони атакували Харківщину та Одесу."
    assert _scanned(text) == [("Харківщину", "харківщину", "та"), ("Одесу", "одесу", "")]


def test_the_answer_kept_for_a_word_is_the_same_the_next_time_it_comes():
    text = "Sumy was hit. Later Sumy was hit again, and Mayor Sumy Lobanov spoke."
    first, again = _scanned(text), _scanned(text)
    assert first == again
    # every "Sumy" is found (what each is, the context decides); "Later" and "Mayor" begin no name
    assert [name for name, _, _ in first] == ["Sumy", "Sumy", "Sumy"]


def test_a_text_of_names_without_end_is_read_up_to_the_bound():
    text = "Kyiv, " * (MAX_NAMES + 10)
    assert len(scan_names(text, gazetteer(), _FOREIGN)) == MAX_NAMES


def test_every_cyrillic_name_of_several_words_is_read_whole_case_forms_too():
    # a Cyrillic word that is no name alone is passed over unless it may open a longer name: each
    # such name the gazetteer knows (its case forms too) and each place abroad must still be found
    gaz = gazetteer()
    # (names of letters, of at most the three words a run is read for: the others were never read)
    keys = {key for key in (*gaz._cities, *gaz._standalone, *gaz._stems, *gaz._inflected(), *_FOREIGN)
            if 1 < len(key.split()) <= 3 and key.replace(" ", "").isalpha() and "а" <= key[0] <= "ї"}
    assert len(keys) > 500
    missed = []
    for key in sorted(keys):
        name = " ".join(word[0].upper() + word[1:] for word in key.split())
        raws = scan_names(f"Удар по {name} вночі.", gaz, _FOREIGN)
        if not any(r.key == key for r in raws):
            missed.append(key)
    assert not missed, missed[:10]


def test_a_capitalised_cyrillic_word_that_opens_no_name_is_passed_over():
    text = "Аналітики Моніторингової місії кажуть, що Біла Церква і Харків постраждали."
    assert [name for name, _, _ in _scanned(text)] == ["Біла Церква", "Харків"]
