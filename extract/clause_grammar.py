"""The compiled clause grammar of one language: the patterns :mod:`extract.clauses` reads
sentences with (role verbs, auxiliaries, list joiners, subset markers, location nouns ...),
built from the language's data in extract/lang/<code>.py, once per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from extract.anchors import string_lacks_anchors
from extract.caseless import lower_pattern, lowered
from extract.lang import LanguageData, get_language, phrase_words
from extract.word_leads import lead_pattern


@dataclass(frozen=True)
class ClauseGrammar:
    language: LanguageData
    verbs: re.Pattern[str]
    right_verb: re.Pattern[str]
    aux: re.Pattern[str]
    clause_break: re.Pattern[str]
    join: re.Pattern[str]
    subset: re.Pattern[str]
    preposition: re.Pattern[str]
    outcome: re.Pattern[str]
    or_combo: re.Pattern[str]
    all_them: re.Pattern[str]
    split_header: re.Pattern[str]
    location: re.Pattern[str]
    location_keyword: re.Pattern[str]
    beside_plural: re.Pattern[str]
    verb_object: re.Pattern[str]
    class_words: tuple[tuple[str, re.Pattern[str]], ...]
    bare_tail: re.Pattern[str]
    bare_head: re.Pattern[str]
    whole_before: re.Pattern[str]
    clause_end: re.Pattern[str]
    leading_of_them: re.Pattern[str]
    joined_before: re.Pattern[str]
    correction: re.Pattern[str] | None
    superseded: re.Pattern[str] | None
    correction_triggers: tuple[str, ...]
    correction_not_of: re.Pattern[str] | None
    location_others: re.Pattern[str] | None
    copula_class: re.Pattern[str]
    # "a massive combined attack": words that say many weapons came, counted or not
    barrage: re.Pattern[str] | None = None
    # "72 neutralised, of them 51 shot down, 21 lost from radar": a split of the figure before
    split_of_them: re.Pattern[str] | None = None
    # "21 Shaheds over Odesa region and 4 over Mykolaiv region": a place phrase (case-sensitive: the
    # place is a capitalised name) and the joiner before a bare count that adds another place's part
    place_part: re.Pattern[str] | None = None
    place_part_joiner: re.Pattern[str] | None = None
    # "6 Kalibrs, launched at Odesa, and 21 Shaheds": a participle right after a count's comma
    # describes that count; it is no verb of the items after it
    appositive_participle: re.Pattern[str] | None = None
    # "two additional drones were shot down", "another three were downed": shoot-downs beside
    # the weapons that hit, not among them (extract.figures adds the two up)
    additional: re.Pattern[str] | None = None
    # "Шість знищено силами ППО." after a sentence that counted the drones: a bare count opening
    # its sentence, right before a role verb, counts the weapons named before it
    bare_opening: re.Pattern[str] | None = None
    # "Шість знищено, ще 20 — збито", "Крім того, ворог випустив 2 ракети Х-59": a count told as one
    # more besides those counted before (a word right before it, or the sentence's opening words)
    further_before: re.Pattern[str] | None = None
    further_opening: re.Pattern[str] | None = None
    # ", якими противник бив по Сумах": a relative clause with its own subject after a count
    relative_clause: re.Pattern[str] | None = None
    # "Також ворог випустив 2 ракети Х-59": a sentence opening "also" (a further launch only when it
    # names other weapons than the count before: extract.further_counts)
    further_also: re.Pattern[str] | None = None
    # "влучання на 12 локаціях, падіння уламків – ще на трьох": a location count whose noun is the
    # one counted before it in the sentence (the words right before the bare count)
    location_ellipsis: re.Pattern[str] | None = None
    # "…; ракету не збито": a negated verb right after a count (its weapons take no fate from before)
    negated_verb: re.Pattern[str] | None = None
    # "47 were intercepted, as were 480 drones": an elliptical clause right before a count gives it
    # the fate of the count before it
    same_fate_before: re.Pattern[str] | None = None
    # "Of the missiles, 31 were downed": the class a sentence opens with stands for its bare counts
    whole_uncounted: re.Pattern[str] | None = None
    # "22 over Kyiv Oblast, 14 over Chernihiv Oblast and 6 …": a comma before a place's part in a run
    place_part_comma: re.Pattern[str] | None = None
    # "None of the three missiles was downed": the count is the whole, and none of it took the fate
    none_of_before: re.Pattern[str] | None = None
    # "All but two were shot down": the count is of those the fate missed
    all_but_before: re.Pattern[str] | None = None
    # "… 84 were downed, and 16 locations were hit": the copula right after a location count, before
    # the kind of location told as its own verb (the count's kind, whatever came before it)
    location_passive: re.Pattern[str] | None = None
    # "Russia also fired 2 Kh-59 missiles, which were shot down": a relative clause right after a
    # launched count tells those weapons' fate (the count is both)
    relative_fate: re.Pattern[str] | None = None
    # "Уламки впали ще на двох.": a location count's noun left to a sentence before, told as more
    location_more: re.Pattern[str] | None = None
    # verbs, all_them, beside_plural and barrage for lower-cased text (extract.caseless): searched
    # in every sentence that counts weapons, and two to four times quicker there
    lower_verbs: re.Pattern[str] = field(init=False)
    lower_all_them: re.Pattern[str] = field(init=False)
    lower_beside_plural: re.Pattern[str] = field(init=False)
    lower_barrage: re.Pattern[str] | None = field(init=False)
    # where a role verb may start, on lower-cased text: the letters it opens with (extract.word_leads)
    verb_leads: re.Pattern[str] | None = field(init=False)
    # "<up to three words> <role verb>" at a sentence's opening, as one pattern (see
    # may_open_with_bare_count), for the text and for its lower-cased twin
    bare_count_opening: re.Pattern[str] | None = field(init=False)
    lower_bare_count_opening: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        for name in ("verbs", "all_them", "beside_plural"):
            object.__setattr__(self, f"lower_{name}", lower_pattern(getattr(self, name)))
        object.__setattr__(self, "lower_barrage", lower_pattern(self.barrage) if self.barrage else None)
        role_verbs = tuple(verb for role in ROLE_ORDER for verb in self.language.role_verbs[role])
        object.__setattr__(self, "verb_leads", lead_pattern(role_verbs))
        plain, lowered_twin = _bare_count_openings(self.bare_opening, self.verbs, self.verb_leads)
        object.__setattr__(self, "bare_count_opening", plain)
        object.__setattr__(self, "lower_bare_count_opening", lowered_twin)

    # The searches below run over the report's lower-cased twin where it reads the same, and over
    # the text itself otherwise: their offsets and group names are the text's, but the words a
    # match covers are to be read from the text, never from the match.

    def verbs_in(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """``verbs.finditer(text, start, end)``."""
        low = lowered(text)
        if low is None:
            return self.verbs.finditer(text, start, end)
        return self.lower_verbs.finditer(low, start, end)

    def verb_at(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        """``verbs.match(text, pos, end)``."""
        low = lowered(text)
        return self.verbs.match(text, pos, end) if low is None else self.lower_verbs.match(low, pos, end)

    def all_them_in(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``all_them.search(text, start, end)``."""
        low = lowered(text)
        if low is None:
            return self.all_them.search(text, start, end)
        return self.lower_all_them.search(low, start, end)

    def plural_before(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``beside_plural.search(text, start, end)``."""
        low = lowered(text)
        if low is None:
            return self.beside_plural.search(text, start, end)
        return self.lower_beside_plural.search(low, start, end)

    def names_barrage(self, text: str, start: int, end: int) -> bool:
        """Whether ``barrage`` finds a match in ``text[start:end]``."""
        if self.barrage is None or self.lower_barrage is None:
            return False
        low = lowered(text)
        if low is None:
            return self.barrage.search(text, start, end) is not None
        return self.lower_barrage.search(low, start, end) is not None

    def may_open_with_bare_count(self, text: str, sentence_start: int, sentence_end: int) -> bool:
        """Whether a sentence naming no weapon opens "<words> <role verb>" ("Шість знищено …"), so
        that a bare count there may count the weapons named before it: after the opening
        (``bare_opening``), one to three words ("Шість", "Сили ППО", "Мобільні вогневі групи"),
        each read as _OPENING_WORD reads it at the end of the one before, then a role verb."""
        # asked of nearly every sentence that names no weapon, and mostly in vain: one pattern
        # (_bare_count_openings), over the lower-cased twin where the text lower-cases alike
        low = lowered(text)
        if low is None or self.lower_bare_count_opening is None:
            opening = self.bare_count_opening
            return opening is not None and opening.match(text, sentence_start, sentence_end) is not None
        return self.lower_bare_count_opening.match(low, sentence_start, sentence_end) is not None

    def opens_subset(self, between: str) -> bool:
        """Whether the words between two counts mark the second as part of the first ("…, including
        …"): the markers are looked for first, since the pattern's run of up to five words
        backtracks long over a long stretch (some 100 µs) and most stretches hold no marker."""
        return not string_lacks_anchors(self.subset, between) and self.subset.match(between) is not None

    def roles_with_relative_fate(self, left: str | None, right: str, text: str, pos: int) -> list[str]:
        """A group's roles from the verb after it: [right], and the launch told before it too when
        that verb is in a relative clause right after the count ("fired 2 missiles, which were shot
        down": launched and destroyed)."""
        if (left == "launched" and right in ("destroyed", "suppressed") and self.relative_fate is not None
                and self.relative_fate.match(text, pos)):
            return [left, right]
        return [right]

    def relative_after(self, text: str, pos: int) -> bool:
        """Whether a relative clause with a subject of its own opens at ``pos``."""
        return self.relative_clause is not None and self.relative_clause.match(text, pos) is not None

    def further(self, text: str, sentence_start: int, count_start: int) -> str | None:
        """How the count at ``count_start`` is told as more besides the counts before it: by a word
        right before it ("word"), by its sentence's opening words ("opening"), or not (None)."""
        if self.further_before is None or self.further_opening is None:
            return None
        if self.further_before.search(text, max(sentence_start, count_start - 12), count_start):
            return "word"
        if self.further_opening.match(text, sentence_start, count_start):
            return "opening"
        also = self.further_also
        return "also" if also is not None and also.match(text, sentence_start, count_start) else None

    def opens_further(self, text: str, sentence_start: int, sentence_end: int) -> bool:
        """Whether a sentence opens with words of a further launch ("Також", "Крім того")."""
        return any(opening is not None and opening.match(text, sentence_start, sentence_end) is not None
                   for opening in (self.further_opening, self.further_also))

    def place_told(self, text: str, sentence_start: int, weapon: tuple[int, int], part_start: int) -> bool:
        """Whether a counted weapon's place is told before a part joined after it: between the
        two ("21 Shaheds over Odesa region and 4 …") or before the weapon in its sentence ("Над
        Київщиною збито 12 дронів, ще 4 — над Черкащиною")."""
        assert self.place_part is not None
        return bool(self.place_part.search(text, weapon[1], part_start)
                    or self.place_part.search(text, sentence_start, weapon[0]))

    def runs_on_comma(self, text: str, sentence_start: int, part_start: int) -> bool:
        """Whether a comma alone joins the part at part_start to the part before it (languages
        that read place parts in a run)."""
        comma = self.place_part_comma
        if comma is None:
            return False
        return comma.search(text, max(sentence_start, part_start - 4), part_start) is not None

    def split_with_verbs(self, text: str, pos: int, end: int) -> bool:
        """Whether a split header at pos ("112 neutralised: …") opens parts with verbs of their own
        ("74 shot down and 38 jammed"), not parts told by place alone ("Збито 45: над Київщиною –
        20, …", where the header keeps its figure)."""
        header = self.split_header.match(text, pos)
        if header is None:
            # "87 UAVs in the north, south and east of the country: 61 shot down, 26 lost": where
            # they were downed may stand before the colon (no verb, no count, no clause's end there)
            header = _HEADER_PAST_PLACES.match(text, pos, min(len(text), end + 8))
            if header is None or next(self.verbs_in(text, pos, header.start("colon")), None) is not None:
                return False
        if next(self.verbs_in(text, pos, end), None) is not None:
            return True
        # "… 87 UAVs:" / "– 61 were shot down;" / "– 26 lost": the parts on the lines below, each
        # with a verb of its own right after its count
        # (only where the language reads a bulleted line's bare count: else the header keeps its figure)
        if self.bare_opening is None or not self.bare_opening.fullmatch("– "):
            return False
        part = _BULLETED_PART.match(text, header.start("colon") if "colon" in header.re.groupindex else pos)
        if part is None:
            return False
        aux = self.aux.match(text, part.end(), min(len(text), part.end() + 20))
        at = aux.end() if aux else part.end()
        return self.verb_at(text, at, min(len(text), at + 60)) is not None

    def opens_with_bare_count(self, text: str, sentence_start: int, count_start: int) -> bool:
        """Whether only an opening word or two ("Ще", "А") stand before a bare count in its sentence."""
        opening = self.bare_opening
        return opening is not None and opening.fullmatch(text, sentence_start, count_start) is not None


def _bare_count_openings(
    bare_opening: re.Pattern[str] | None, verbs: re.Pattern[str], verb_leads: re.Pattern[str] | None
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The pattern of may_open_with_bare_count, for the text and for its lower-cased twin (None
    when the language reads no bare opening, or the pattern does not lower).

    Each part is an atomic group: it keeps the first match its own pattern finds where it stands,
    as ``part.match(text, position, sentence_end)`` would, so the words are read one after the
    other exactly as a loop over them reads them; the verb is the role verbs' pattern less its
    group names, tried after the first, second and third word. On the lower-cased twin a look
    at the verbs' leads (extract.word_leads) goes before the verb: where none starts, no verb does.
    """
    if bare_opening is None:
        return None, None
    verb = _ROLE_GROUP.sub("(?:", verbs.pattern)
    word = _OPENING_WORD.pattern

    def opening(verb_here: str) -> str:
        third = rf"(?>{word}){verb_here}"
        second = rf"(?>{word})(?:{verb_here}|{third})"
        return rf"(?>{bare_opening.pattern})(?>{word})(?:{verb_here}|{second})"

    plain = re.compile(opening(f"(?:{verb})"), re.IGNORECASE)
    led = f"(?={verb_leads.pattern})(?:{verb})" if verb_leads is not None else f"(?:{verb})"
    try:
        lowered_twin = lower_pattern(re.compile(opening(led), re.IGNORECASE))
    except ValueError:
        lowered_twin = None
    return plain, lowered_twin


# a place phrase, then a split header's colon right before its first part's count
_HEADER_PAST_PLACES = re.compile(r"[^\d:;.!?]{1,80}?(?P<colon>:)\s*(?:[–—-]\s*)?(?=\d)")
# a colon ending its line, then a bulleted line opening with a count
_BULLETED_PART = re.compile(r"[^\S\n]*:[^\S\n]*\n\s*[–—•*-]\s*\d+\s+")
_OPENING_WORD = re.compile(r"(?:\d+|[^\W\d_]+)\s*(?:[–—]\s*|-\s+)?")

ROLE_ORDER = ("destroyed", "suppressed", "returned", "hit", "launched")
# a role's named group in the verbs' pattern ("(?P<destroyed>"), read as a plain group
_ROLE_GROUP = re.compile(r"\(\?P<(?:" + "|".join(ROLE_ORDER) + r")>")


@cache
def grammar(code: str = "en") -> ClauseGrammar:
    lang = get_language(code)

    def alt(items) -> str:
        return "|".join(sorted(items, key=len, reverse=True))

    ph = lang.phrases
    # "ракету не збито": a negated verb gives its weapons no fate (the words in lookbehinds of their own)
    negated = "".join(rf"(?<!\b{word}\s)" for word in ph.get("verb_negation", "").split("|") if word)
    any_verb = "|".join(rf"(?P<{role}>(?:{alt(lang.role_verbs[role])})(?!\w))" for role in ROLE_ORDER)
    # "ракети збити не вдалося": a verb the words after it say failed gives no fate either
    failed = rf"(?!\s+(?:{ph['verb_failed_after']})(?!\w))" if "verb_failed_after" in ph else ""
    verbs = re.compile(rf"(?<!\w){negated}(?:{any_verb}){failed}", re.IGNORECASE)
    # (not a verb that holds its own "не": "не досягли цілей" is the suppressed fate)
    plain_verb = "|".join(alt(lang.role_verbs[role]) for role in ROLE_ORDER)
    negated_verb = re.compile(
        rf"\s*(?!(?:{plain_verb})(?!\w))(?:{ph['verb_negation']})\s+(?:{plain_verb})(?!\w)", re.IGNORECASE
    ) if "verb_negation" in ph else None
    # a hyphen with a space after it stands for a dash ("а 31 - не досягли цілей"); a verb may
    # open a quote ('52 drones were "lost."', whose closing quote the sentence split leaves out)
    aux = re.compile(
        rf"\s*\)?\s*(?:[,–—]|-(?=\s))?\s*(?:(?:{ph['relative_pronoun']})\s+)?(?:(?:{ph['clause_auxiliary']})\s+){{0,3}}"
        r"(?:[\"“‘«']\s*)?",
        re.IGNORECASE,
    )
    right_verb = verbs
    clause_break = re.compile("|".join(lang.clause_breaks), re.IGNORECASE)
    join = re.compile(rf"^\s*(?:{ph['list_joiner']})?\s*$", re.IGNORECASE)
    subset = re.compile(
        rf"^\s*(?:[^\W\d]+\s*){{0,5}}?[,:(—–-]?\s*(?:{alt(lang.subset_markers)})\s*:?\s*$", re.IGNORECASE
    )
    preposition = re.compile(rf"\b(?:{alt(lang.preposition_launch)})\s+$", re.IGNORECASE)
    outcome = re.compile(rf"(?:{alt(lang.hit_outcome)})|{ph['their_targets']}", re.IGNORECASE)
    or_combo = re.compile(rf"^\s*(?:{ph['verb_joiner']})\s*$", re.IGNORECASE)
    all_them = re.compile(ph["all_of_them"], re.IGNORECASE)
    split_header = re.compile(r"\s*[:—–]\s*(?=\S)", re.IGNORECASE)
    location = re.compile(
        rf"(?:\s+(?:{ph['location_modifier']}))?\s+(?:{alt(lang.location_nouns)})\b",
        re.IGNORECASE,
    )
    location_keyword = re.compile(
        rf"(?P<debris>\b(?:{alt(lang.debris_words)})\b)|(?P<hit>\b(?:{alt(lang.hit_words)})\b)", re.IGNORECASE
    )
    beside_plural = re.compile(
        rf"\b(?:{ph['plural_weapon']})\W{{0,3}}\s*,?\s*(?:{ph['coordination']})\s+$", re.IGNORECASE
    )
    verb_object = re.compile(rf"\s+(?:{ph['verb_object']})\b", re.IGNORECASE)
    return ClauseGrammar(
        lang,
        verbs,
        right_verb,
        aux,
        clause_break,
        join,
        subset,
        preposition,
        outcome,
        or_combo,
        all_them,
        split_header,
        location,
        location_keyword,
        beside_plural,
        verb_object,
        # a class's nouns and its models' names ("400 Shaheds and missiles" names both classes)
        tuple(
            (cls, re.compile(rf"\b(?:{alt(_class_words(lang, cls))})\b", re.I))
            for cls in ("drone", "missile")
        ),
        re.compile(rf"\s+(?:{ph['bare_count_tail']})\b", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{ph['bare_count_head']})\s*,?\s*$", re.IGNORECASE),
        re.compile(ph["whole_before"], re.IGNORECASE),
        re.compile(r"\s*(?:[,.;:)!?]|$)"),
        re.compile(rf"\W*(?:{ph['bare_count_head']})\s*[,:]?\s", re.IGNORECASE),
        # "47 drones launched and 35 intercepted", "42 neutralised: 36 shot down, 6 jammed"
        # (", with 88 shot down and 128 lost": "with" opens a part too, where the language says so)
        # ("273 drones – 88 shot down; 128 lost": a dash or a semicolon too)
        re.compile(rf"(?:[,:;–—]|\s-|\b(?:{ph.get('count_joiner', ph['coordination'])}))\s+$", re.IGNORECASE),
        re.compile(ph["correction_before"], re.IGNORECASE) if "correction_before" in ph else None,
        re.compile(ph["superseded_before"], re.IGNORECASE) if "superseded_before" in ph else None,
        phrase_words(code, "correction_triggers"),
        re.compile(ph["correction_not_of"], re.IGNORECASE) if "correction_not_of" in ph else None,
        re.compile(rf"\s+(?:{ph['location_others']})\b", re.IGNORECASE) if "location_others" in ph else None,
        re.compile(
            rf"\s*(?:{ph['copula']})\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?P<noun>{alt([*lang.class_heads['drone'], *lang.class_heads['missile']])})\b",
            re.IGNORECASE,
        ),
        re.compile(ph["barrage"], re.IGNORECASE) if "barrage" in ph else None,
        re.compile(rf"\s*,\s*(?:{ph['bare_count_head']})\s+\d", re.IGNORECASE),
        re.compile(ph["place_part"]) if "place_part" in ph else None,
        re.compile(ph["place_part_joiner"], re.IGNORECASE) if "place_part_joiner" in ph else None,
        re.compile(ph["appositive_participle"], re.IGNORECASE) if "appositive_participle" in ph else None,
        re.compile(ph["additional"], re.IGNORECASE) if "additional" in ph else None,
        re.compile(ph["bare_opening"], re.IGNORECASE) if "bare_opening" in ph else None,
        *(
            re.compile(pattern.format(ph[name]), re.IGNORECASE) if name in ph else None
            for name, pattern in (
                ("further_before", r"(?<!\w)(?:{})\s+$"),
                ("further_opening", r"\W*(?:{})\b"),
                ("relative_clause", r"\s*,\s*(?:{})\s"),
                ("further_also", r"\W*(?:{})\b"),
                ("location_ellipsis", r"(?<!\w)(?:{})\s+$"),
            )
        ),
        negated_verb,
        re.compile(ph["same_fate_before"], re.IGNORECASE) if "same_fate_before" in ph else None,
        re.compile(ph["whole_uncounted"], re.IGNORECASE) if "whole_uncounted" in ph else None,
        re.compile(ph["place_part_comma"], re.IGNORECASE) if "place_part_comma" in ph else None,
        re.compile(ph["none_of_before"], re.IGNORECASE) if "none_of_before" in ph else None,
        re.compile(ph["all_but_before"], re.IGNORECASE) if "all_but_before" in ph else None,
        re.compile(ph["location_passive"], re.IGNORECASE) if "location_passive" in ph else None,
        re.compile(ph["relative_fate"], re.IGNORECASE) if "relative_fate" in ph else None,
        re.compile(rf"(?<!\w)(?:{ph['location_more']})\s+$", re.I) if "location_more" in ph else None,
    )


def _class_words(lang: LanguageData, cls: str) -> list[str]:
    """The nouns of a class and its models' names ("400 Shaheds and missiles" names both classes)."""
    return [*lang.class_heads[cls], *(m.pattern for m in lang.models if m.weapon_class == cls)]
