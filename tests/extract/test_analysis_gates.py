"""The figure analysis's anchor gates (extract.anchors.may_match) against the searches they spare.

Each gate is built from the very pattern it guards, so a word added to a language's data is
covered; these tests show each one keeps every answer: on sentences written here, and on every
sentence of the corpora in ../shared/corpus (skipped, saying why, when they are not there).
"""

from __future__ import annotations

import pytest

import extract.clause_grammar as clause_grammar
import extract.clauses as clauses
import extract.remainder as remainder
from extract.caseless import lowered
from extract.clause_findings import ClauseFindings
from extract.clause_grammar import grammar
from extract.lang import detect_language
from extract.text import split_sentences
from extract.words import sentence_words
from tests.extract.corpora import corpus_texts


def _always(*_args, **_kwargs) -> bool:
    return True


@pytest.fixture(scope="module")
def reports() -> list[tuple[str, str]]:
    """(language, text) of every corpus report."""
    texts = corpus_texts("the gates")
    return [(detect_language(text), text) for text in texts]


@pytest.mark.parametrize(
    ("code", "text", "opens"),
    [
        ("uk", "Шість знищено силами ППО над Черкащиною.", True),
        ("uk", "Ще вісім збили мобільні вогневі групи.", True),
        ("uk", "Діти повернулися до школи після обіду.", False),
        ("ru", "Ещё семь сбиты над Сумской областью.", True),
        ("ru", "Жители вернулись домой только к вечеру.", False),
        ("en", "Eleven were shot down over the Poltava region.", True),
        ("en", "Two more were 'lost' over the Black Sea.", True),
        ("en", "The mayor thanked the rescuers for their work.", False),
    ],
)
def test_a_bare_opening_is_found_with_the_verbs_leads_as_without(
    code: str, text: str, opens: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    (s,) = split_sentences(text)
    g = grammar(code)
    assert g.may_open_with_bare_count(text, s.start, s.end) is opens
    # without the lower-cased text the leads are not asked: every verb is tried as before
    monkeypatch.setattr(clause_grammar, "lowered", lambda text: None)
    assert g.may_open_with_bare_count(text, s.start, s.end) is opens


@pytest.mark.parametrize("code", ["en", "uk", "ru"])
def test_the_role_verbs_have_leads(code: str) -> None:
    """Without leads every verb would be tried at each opening word: no error, but no gain either."""
    assert grammar(code).verb_leads is not None


def test_bare_openings_on_the_corpora_as_without_the_leads(reports, monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = [(code, text, s) for code, text in reports for s in split_sentences(text)]
    led = [grammar(code).may_open_with_bare_count(text, s.start, s.end) for code, text, s in sentences]
    monkeypatch.setattr(clause_grammar, "lowered", lambda text: None)
    plain = [grammar(code).may_open_with_bare_count(text, s.start, s.end) for code, text, s in sentences]
    assert led == plain
    assert any(plain)  # the corpora do hold bare openings: the comparison means something


def test_every_role_verb_on_the_corpora_opens_with_a_lead(reports) -> None:
    """Wherever a role verb starts in a corpus report, its leads match there: a verb whose leads
    were misread would show here."""
    missed, seen = [], 0
    for code, text in reports:
        low = lowered(text)
        if low is None:
            continue  # (the leads are asked only where the text lower-cases alike)
        g = grammar(code)
        assert g.verb_leads is not None
        for verb in g.verbs_in(text, 0, len(text)):
            seen += 1
            if g.verb_leads.match(low, verb.start(), len(text)) is None:
                missed.append(text[verb.start() : verb.start() + 60])
    assert not missed, missed[:5]
    assert seen


def _remainder(code: str, text: str) -> tuple[tuple[int, int, int] | None, str | None]:
    findings = ClauseFindings()
    sentences = split_sentences(text)
    remainder.note_remainder_lost(findings, text, sentences, list(range(len(sentences))), code)
    return findings.remainder_lost, findings.remainder_class


@pytest.mark.parametrize(
    ("code", "text", "told"),
    [
        ("uk", "Збито 27 дронів. Решта дронів – локаційно втрачені.", True),
        ("uk", "Збито 27 дронів, решту подавлено засобами РЕБ.", True),
        ("ru", "Сбиты 14 беспилотников, остальные локационно потеряны.", True),
        ("uk", "Збито 27 дронів, ще 3 влучили в склади.", False),
    ],
)
def test_the_rest_told_as_lost_is_found_with_the_gate_as_without(
    code: str, text: str, told: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = _remainder(code, text)
    assert (gated[0] is not None) is told
    monkeypatch.setattr(remainder, "may_match", _always)
    assert _remainder(code, text) == gated


def test_the_rest_told_as_lost_on_the_corpora_as_without_the_gate(
    reports, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = [_remainder(code, text) for code, text in reports]
    monkeypatch.setattr(remainder, "may_match", _always)
    assert gated == [_remainder(code, text) for code, text in reports]


def _barrage(code: str, text: str) -> bool:
    sentences = split_sentences(text)
    in_scope = list(range(len(sentences)))
    return clauses.analyse(text, sentences, in_scope, code, sentence_words(sentences)).barrage


@pytest.mark.parametrize(
    ("code", "text", "told"),
    [
        ("en", "Officials met on Monday. Russia launched a massive combined attack on Lviv overnight.", True),
        ("uk", "Зранку було тихо. Ворог завдав масованого удару по Рівному.", True),
        ("ru", "Утром было тихо. Противник нанёс массированный удар по Ровно.", True),
        ("en", "Officials met on Monday. Russia launched 12 drones at Lviv overnight.", False),
    ],
)
def test_a_barrage_is_found_with_the_gate_as_without(
    code: str, text: str, told: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _barrage(code, text) is told
    monkeypatch.setattr(clauses, "may_match", _always)
    assert _barrage(code, text) is told


def test_barrages_on_the_corpora_as_without_the_gate(reports, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [_barrage(code, text) for code, text in reports]
    monkeypatch.setattr(clauses, "may_match", _always)
    assert gated == [_barrage(code, text) for code, text in reports]
    assert any(gated)


def _findings(code: str, text: str) -> ClauseFindings:
    sentences = split_sentences(text)
    return clauses.analyse(text, sentences, list(range(len(sentences))), code, sentence_words(sentences))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Officials say Russia now builds several thousand Shahed drones a month."),
        ("en", "Russia launched 40 drones. Dozens of drones flew on; all of them were shot down."),
        ("en", "Several Shahed drones were shot down over the Poltava region."),
        ("en", "Dozens of drones - lost from radar."),
        ("en", "Russia launched 900,000 drones overnight, officials said."),
        ("uk", "Ворог запустив кілька десятків ударних БпЛА. Усі вони збиті."),
        ("uk", "Кілька десятків дронів та ракет — збито."),
        ("ru", "Противник выпустил несколько десятков дронов, все они сбиты."),
    ],
)
def test_a_sentence_of_vague_counts_reads_as_through_the_whole_path(
    code: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sentence whose counts are all vague skips the roles (it gives no figure): what it tells
    (the classes named, 'all of them were downed', a model's entry) is the same as read in full."""
    short = _findings(code, text)
    monkeypatch.setattr(clauses, "_all_vague", lambda mentions: False)
    assert short == _findings(code, text)


def test_vague_counts_on_the_corpora_as_through_the_whole_path(
    reports, monkeypatch: pytest.MonkeyPatch
) -> None:
    short = [_findings(code, text) for code, text in reports]
    vague = sum(bool(f.vague_classes) for f in short)  # (the corpora hold such sentences)
    monkeypatch.setattr(clauses, "_all_vague", lambda mentions: False)
    assert short == [_findings(code, text) for code, text in reports]
    assert vague
