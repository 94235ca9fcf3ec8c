"""Weapon nouns: which class (drone, missile, guided bomb) a counted noun names, and models.

``find_mentions`` pairs each quantity in a sentence with the weapon noun it counts ("34 Kh-101
cruise missiles", "seven Kalibrs", "550 drones and missiles" -> a total), and finds singular
mentions ("an Iskander-M missile" -> 1). Roles (launched, destroyed ...) are the clause
module's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extract.anchors import gated_finditer
from extract.caseless import lower_pattern, lowered
from extract.lang import LanguageData, WeaponModel, get_language
from extract.mentions import Mention
from extract.numbers import Quantity, find_quantities
from extract.parallel_parts import pair_parallel_lists
from extract.words import word_start_gate


@dataclass(frozen=True)
class WeaponGrammar:
    language: LanguageData
    tail: re.Pattern[str]  # modifiers + head noun, matched right after a quantity
    more_heads: re.Pattern[str]
    continuation: re.Pattern[str]
    blocker: re.Pattern[str]
    singular: re.Pattern[str]
    all_the: re.Pattern[str]
    both: re.Pattern[str]
    them: re.Pattern[str]
    partitive_before: re.Pattern[str]
    out_of_after: re.Pattern[str]
    models: tuple[tuple[re.Pattern[str], WeaponModel], ...]
    families: re.Pattern[str]
    plural_heads: re.Pattern[str]
    head_classes: tuple[tuple[re.Pattern[str], str], ...]
    any_model: re.Pattern[str]
    some_model: re.Pattern[str]  # any_model without its groups: whether a model is named at all
    first_word: re.Pattern[str]
    first_word_prefixes: tuple[str, ...]
    plural_missile: re.Pattern[str]
    all_n_before: re.Pattern[str]
    singular_gate: re.Pattern[str]  # a word the singular pattern needs, found first (it is cheaper)
    # tail, continuation and blocker for lower-cased text (extract.caseless): the hottest patterns
    lower_tail: re.Pattern[str] = field(init=False)
    lower_continuation: re.Pattern[str] = field(init=False)
    lower_blocker: re.Pattern[str] = field(init=False)
    lower_singular: re.Pattern[str] = field(init=False)
    lower_both: re.Pattern[str] = field(init=False)
    lower_all_the: re.Pattern[str] = field(init=False)
    lower_plural_heads: re.Pattern[str] = field(init=False)
    lower_some_model: re.Pattern[str] = field(init=False)
    lower_singular_gate: re.Pattern[str] = field(init=False)
    lower_any_model: re.Pattern[str] = field(init=False)
    # "shot down almost all 26 drones": the count after it is the whole, not the part downed
    short_of_all_before: re.Pattern[str] | None = None
    # "injuring 12 people, four of them children": "of them" counts people, not weapons
    people_of_them: re.Pattern[str] | None = None
    # "both of which were shot down": "both" with no noun counts the two weapons before it
    both_bare: re.Pattern[str] | None = None
    # "none (of them) were shot down": a count of 0 of the weapons before it
    none_downed: re.Pattern[str] | None = None
    # "70 дронів та ракети": a count's noun in the case the number governs (genitive plural) and
    # the other class's after "and" in another (nominative plural): the count is the first's alone
    governed_head: re.Pattern[str] | None = None
    ungoverned_head: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        for name in ("singular", "both", "all_the", "plural_heads", "some_model", "singular_gate",
                     "any_model"):
            object.__setattr__(self, f"lower_{name}", lower_pattern(getattr(self, name)))
        object.__setattr__(self, "lower_tail", lower_pattern(self.tail))
        object.__setattr__(self, "lower_continuation", lower_pattern(self.continuation))
        object.__setattr__(self, "lower_blocker", lower_pattern(self.blocker))


def _alt(patterns) -> str:
    return "|".join(sorted(patterns, key=len, reverse=True))


@cache
def grammar(code: str = "en") -> WeaponGrammar:
    lang = get_language(code)
    class_heads = [p for heads in lang.class_heads.values() for p in heads]
    head_alt = _alt([*class_heads, *(m.pattern for m in lang.models)])
    mod_alt = _alt([*lang.weapon_modifiers, *(m.pattern for m in lang.models)])
    ph = lang.phrases
    quote = r"[\"“”'«»‘’(]"
    tail = re.compile(
        rf"(?P<mods>(?:\s*{quote}?\s*(?:{mod_alt})\b{quote}?(?:\s*(?:,|{ph['list_or']}|/)(?=\s*\w))?){{0,6}}?)"
        rf"\s*{quote}?\s*(?P<head>{head_alt})\b{quote}?",
        re.IGNORECASE,
    )
    more_heads = re.compile(rf"\s*{quote}?\s*(?P<head>{head_alt})\b{quote}?", re.IGNORECASE)
    # "about 450 Shaheds, cruise and ballistic missiles": after a comma, a kind of weapon ("cruise")
    # opens the list's next noun as "and" does; a bare comma before any other word is no list
    family = _alt(list(lang.family_words))
    continuation = re.compile(
        rf"(?:\s+{ph['various_types']})?\s*(?:,?\s*(?:{ph['list_or']})\s+|,\s*(?=(?:{family})\b))"
        rf"(?:(?:{ph['definite']})\s+)?"
        rf"(?:(?:{mod_alt})\b\s*(?:,?\s*(?:{ph['list_or']})\s+|,\s*)?){{0,4}}(?P<head>{head_alt})\b",
        re.IGNORECASE,
    )
    blocker = re.compile(rf"\s*{quote}?\s*(?:{_alt(lang.head_blockers)})\b", re.IGNORECASE)
    article = _alt(lang.singular_articles)
    # "an Iskander-M" is one missile; with no article a bare model name ("типу Shahed, Гербера")
    # names a type, so only a singular noun form counts ("ракетою Іскандер-М")
    singular_heads = _alt([ph["singular_weapon"], *(m.pattern for m in lang.models if article)])
    # Without articles (Ukrainian) a singular is told by the noun's own form ("ракетою").
    article_before = rf"\b(?:{article})\s+" if article else r"(?<![\w-])"
    singular = re.compile(
        rf"{article_before}(?P<mods>(?:{quote}?(?:{mod_alt})\b{quote}?\s+){{0,5}}?){quote}?"
        rf"(?P<head>{singular_heads})\b(?!-)",
        re.IGNORECASE,
    )
    all_words = _alt(lang.all_words)
    of, the = ph["of"], ph["definite"]
    # "all (of) the missiles"; a language without articles says "усі ракети"
    # ("all enemy targets": a word naming whose weapons stands for the article)
    whose = rf"|(?:{ph['all_of_whose']})\s+" if "all_of_whose" in ph else ""
    # "all drones were shot down" as well: the article may go, as "усі ракети" has none
    the_part = rf"(?:(?:{the})\s+{whose})?" if lang.singular_articles else rf"(?:(?:{the})\s+)?"
    # "almost all the drones", "not all drones": not the whole class
    not_whole = ph.get("not_all_before", "")
    all_the = re.compile(
        rf"{not_whole}\b(?:{all_words})\s+(?:(?:{of})\s+)?{the_part}(?P<head>{head_alt})\b", re.IGNORECASE
    )
    both = re.compile(rf"\b(?:{_alt(lang.both_words)})(?:\s+(?:{of}))?(?:\s+(?:{the}))?(?=\s)", re.IGNORECASE)
    them = re.compile(ph["of_them"], re.IGNORECASE)
    partitive_before = re.compile(ph["partitive_before"], re.IGNORECASE)
    out_of_after = re.compile(ph["out_of_after"], re.IGNORECASE)
    models = model_patterns(code)
    # one pass finds the first model named in a phrase; the group name says which
    any_model = re.compile(
        "|".join(rf"(?P<m{i}>\b(?:{m.pattern})\b)" for i, m in enumerate(lang.models)), re.IGNORECASE
    )
    # The same test as one alternation: whether any model is named, some ten times quicker, as a
    # branch of plain alternatives lets the engine skip those whose first character differs
    # (the named groups above put a group mark first in every alternative).
    some_model = re.compile(
        r"\b(?:" + "|".join(f"(?:{m.pattern})" for m in lang.models) + r")\b", re.IGNORECASE
    )
    families = re.compile(rf"\b({_alt(re.escape(w) for w in lang.family_words)})\b", re.IGNORECASE)
    plural_heads = re.compile(rf"\b(?:{ph['plural_weapon']})\b", re.IGNORECASE)
    plural_missile = re.compile(rf"(?:{ph['plural_missile']})$", re.IGNORECASE)
    head_classes = tuple(
        (re.compile(rf"(?:{_alt(heads)})$", re.IGNORECASE), cls) for cls, heads in lang.class_heads.items()
    )
    # A cheap gate before the noun-phrase pattern: the word after a number must be able to start a
    # weapon phrase (a weapon word, a listed modifier, or a hyphenated name such as "Kh-101").
    first_word = re.compile(r"\s*[\"“”'«»‘’(]?\s*([^\W_][\w'’-]*)")
    modifier_starts = []
    for fragment in lang.weapon_modifiers:
        lead = re.match(r"[^\W\d_]+", fragment)
        if lead and not fragment.startswith(("[", "(")):
            word = lead.group(0)
            if fragment[len(word) : len(word) + 1] == "?":
                word = word[:-1]
            modifier_starts.append(word)
    first_word_prefixes = tuple(
        sorted({*lang.weapon_triggers, *modifier_starts, *lang.both_words, *lang.all_words})
    )
    return WeaponGrammar(
        lang,
        tail,
        more_heads,
        continuation,
        blocker,
        singular,
        all_the,
        both,
        them,
        partitive_before,
        out_of_after,
        models,
        families,
        plural_heads,
        head_classes,
        any_model,
        some_model,
        first_word,
        first_word_prefixes,
        plural_missile,
        re.compile(ph["all_n_before"], re.IGNORECASE),
        # with articles the pattern starts at one; without, at any word, so look for its noun first
        re.compile(rf"\b(?:{article})\s" if article else rf"(?:{singular_heads})\b", re.IGNORECASE),
        short_of_all_before=re.compile(ph["short_of_all_before"], re.IGNORECASE)
        if "short_of_all_before" in ph
        else None,
        people_of_them=re.compile(ph["people_of_them"], re.IGNORECASE) if "people_of_them" in ph else None,
        both_bare=re.compile(ph["both_bare"], re.IGNORECASE) if "both_bare" in ph else None,
        none_downed=re.compile(ph["none_downed"], re.IGNORECASE) if "none_downed" in ph else None,
        governed_head=re.compile(ph["governed_plural"], re.IGNORECASE) if "governed_plural" in ph else None,
        ungoverned_head=re.compile(ph["ungoverned_plural"], re.IGNORECASE)
        if "governed_plural" in ph
        else None,
    )


def names_model(text: str, start: int, end: int, code: str = "en") -> bool:
    """Whether ``text[start:end]`` names a weapon model (as ``any_model`` would find one)."""
    g = grammar(code)
    low = lowered(text)
    if low is None:
        return g.some_model.search(text, start, end) is not None
    return g.lower_some_model.search(low, start, end) is not None


def models_named(text: str, start: int, end: int, code: str = "en") -> list[tuple[str, str | None, str]]:
    """(model, family, class) of each weapon model named in ``text[start:end]``, in order."""
    g = grammar(code)
    not_weapon = _model_not_weapon(code)
    if not_weapon is None:
        return []  # a language that has not said which names are no weapons lists none
    low = lowered(text)
    scanned, some_model, any_model = (
        (text, g.some_model, g.any_model) if low is None else (low, g.lower_some_model, g.lower_any_model)
    )
    found = []
    # some_model finds the spans any_model's finditer would (the same alternatives in the same
    # order, without the group marks that keep re from skipping ahead), some ten times quicker;
    # any_model, matched only there, names the model by its group (offsets as in the text)
    for named in some_model.finditer(scanned, start, end):
        match = any_model.match(scanned, named.start(), end)
        if match is not None and match.lastgroup and not not_weapon.match(text, match.end(), end):
            model = g.language.models[int(match.lastgroup[1:])]
            found.append((model.model, model.family, model.weapon_class))
    return found


@cache
def _model_not_weapon(code: str) -> re.Pattern[str] | None:
    """What after a model's name makes it no weapon flown ("the Shahed factory")."""
    ph = get_language(code).phrases
    return re.compile(ph["model_not_weapon_after"], re.IGNORECASE) if "model_not_weapon_after" in ph else None


@cache
def _named_kind(code: str) -> re.Pattern[str] | None:
    kind = get_language(code).phrases.get("named_kind")
    return re.compile(rf"\b(?:{kind})\b", re.IGNORECASE) if kind else None


@cache
def _dropping(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """What ends right before a drone that dropped explosives ("explosives were dropped on him
    from"), and what follows one ("dropped a grenade"): a front-line drone, not one of a
    long-range attack's weapons."""
    ph = get_language(code).phrases
    if "dropped_from" not in ph:
        return None
    return (
        re.compile(rf"(?:{ph['dropped_from']})\s*$", re.IGNORECASE),
        re.compile(rf"\s+(?:{ph['drops_after']})\b", re.IGNORECASE),
    )


def names_weapon(text: str, start: int, end: int, code: str = "en") -> bool:
    """Whether ``text[start:end]`` names a weapon model, or a kind that says which weapon flew as
    well as a model does ("ворожий дрон-камікадзе": the language's ``named_kind``)."""
    if names_model(text, start, end, code):
        return True
    kind = _named_kind(code)
    return kind is not None and kind.search(text, start, end) is not None


@cache
def model_patterns(code: str = "en") -> tuple[tuple[re.Pattern[str], WeaponModel], ...]:
    """Each model's spellings as one pattern, in the language's order. Kept apart from `grammar`
    so that naming a model (salvo.vocabulary, for the dashboard's and the importer's model names)
    does not build the whole weapon grammar, some 0.1 s of compiling on a page's first open."""
    lang = get_language(code)
    return tuple((re.compile(rf"\b(?:{m.pattern})\b", re.IGNORECASE), m) for m in lang.models)


def identify_model(text: str, code: str = "en") -> WeaponModel | None:
    """The first weapon model named in text, if any."""
    for pattern, model in model_patterns(code):
        if pattern.search(text):
            return model
    return None


def _classify(head: str, mods: str, g: WeaponGrammar) -> tuple[str, str | None, str | None]:
    """(class, model, family) of a noun phrase."""
    return _classify_cached(head.lower(), mods.lower(), g.language.code)


@lru_cache(maxsize=4096)
def _classify_cached(head: str, mods: str, code: str) -> tuple[str, str | None, str | None]:
    g = grammar(code)
    model = None
    found = g.any_model.search(head) or g.any_model.search(mods)
    if found is not None and found.lastgroup:
        model = g.language.models[int(found.lastgroup[1:])]
    head_class = None
    for pattern, cls in g.head_classes:
        if pattern.search(head.strip()):
            head_class = cls
            break
    family_match = g.families.search(mods) or g.families.search(head)
    family = g.language.family_words[family_match.group(1).lower()] if family_match else None
    if model is not None:
        family = model.family if model.weapon_class in ("recon", "guided_bomb") else family or model.family
        if model.weapon_class in ("recon", "guided_bomb") or head_class is None:
            return model.weapon_class, model.model, family
        if head_class == "total":
            return model.weapon_class, model.model, family
    if head_class == "guided_bomb" and not re.search(g.language.phrases.get("bomb_word", "bomb"), head, re.I):
        head_class = None
    return head_class or "total", model.model if model else None, family


def _noun_phrase(text: str, pos: int, end: int, g: WeaponGrammar):
    """Match modifiers + head noun at pos; returns (class, model, family, end) or None."""
    low = lowered(text)
    if low is None:
        return _noun_phrase_in(text, text, pos, end, g, g.tail, g.continuation, g.blocker)
    return _noun_phrase_in(text, low, pos, end, g, g.lower_tail, g.lower_continuation, g.lower_blocker)


def _noun_phrase_in(text: str, scanned: str, pos: int, end: int, g: WeaponGrammar, tail: re.Pattern[str],
                    continuation: re.Pattern[str], blocker: re.Pattern[str]):
    """_noun_phrase with the patterns run over ``scanned`` (the text or its lower case)."""
    first = g.first_word.match(scanned, pos, end)
    if first is None:
        return None
    word = first.group(1).lower()
    if "-" not in word and not word.startswith(g.first_word_prefixes):
        return None
    match = tail.match(scanned, pos, end)
    if match is None:
        return None
    head_end = match.end()
    head = match.group("head")
    # "Shahed drones", "Kh-101 cruise missiles", "Kh-101/Kh-55/Kalibr cruise missiles": keep
    # extending while more heads follow.
    for _ in range(4):
        at = head_end + 1 if scanned.startswith("/", head_end) else head_end
        extra = tail.match(scanned, at, end)
        if extra is None:
            break
        head = extra.group("head")
        head_end = extra.end()
    if blocker.match(scanned, head_end, end):
        return None
    cls, model_name, family = _classify(head, text[pos:head_end], g)
    model: str | None = model_name
    cont = continuation.match(scanned, head_end, end)
    # "80 дронами та балістичною ракетою": a singular noun after the count is one weapon of its own
    if cont is not None and not g.singular_gate.fullmatch(cont.group("head")):
        other_cls, _, _ = _classify(cont.group("head"), "", g)
        if not blocker.match(scanned, cont.end(), end):
            if _case_apart(head, cont.group("head"), g):
                pass  # "70 дронів та ракети": 70 drones, and missiles in a number not given
            elif {cls, other_cls} == {"drone", "missile"} or other_cls == "total":
                # a count of both classes is no model's count ("400 Shaheds and missiles")
                cls, model, family = "total", None, None
                head_end = cont.end()
            elif other_cls == cls:
                head_end = cont.end()
    return cls, model, family, head_end


def _case_apart(head: str, other_head: str, g: WeaponGrammar) -> bool:
    """Whether the nouns of "<count> <head> and <other head>" stand in different cases, so the
    count governs the first alone ("70 дронів та ракети", not "70 дронів та ракет")."""
    return (
        g.governed_head is not None
        and g.ungoverned_head is not None
        and g.governed_head.fullmatch(head.strip()) is not None
        and g.ungoverned_head.fullmatch(other_head.strip()) is not None
    )


_Gate = re.Pattern[str] | None


@cache
def _rare_openings(code: str) -> tuple[_Gate, _Gate, _Gate]:
    """Word-start gates (extract.words.word_start_gate) for the words that open "both (of the)
    …", "all (the) …" and "none (of them) were downed": a sentence whose words hold none of them
    has no match of those patterns, and most sentences naming a weapon hold none (each scan of the
    sentence costs more than the one look at its words)."""
    lang = get_language(code)
    none_downed = lang.phrases.get("none_downed")
    return (
        word_start_gate(lang.both_words),
        word_start_gate(lang.all_words),
        word_start_gate((none_downed,)) if none_downed else None,
    )


def find_mentions(
    text: str,
    start: int,
    end: int,
    code: str = "en",
    quantities: list[Quantity] | None = None,
    words: str | None = None,
) -> list[Mention]:
    """Counted weapon nouns in text[start:end], in order. ``words``, when text[start:end] is one
    sentence, are its words (extract.words.sentence_words): they tell which rare patterns to skip."""
    g = grammar(code)
    if quantities is None:
        quantities = find_quantities(text, start, end, code)
    mentions: list[Mention] = []
    pending: Quantity | None = None  # a bare quantity that may be the X of "X of Y drones"
    for q in quantities:
        phrase = _noun_phrase(text, q.end, end, g)
        if phrase is None:
            them = g.them.match(text, q.end, end)
            if them is not None and g.people_of_them is not None and (
                g.people_of_them.match(text, them.end(), end)
                or g.people_of_them.search(text, max(start, q.start - 30), q.start)
            ):
                them = None  # "injuring 12 people, four of them children"
            if them is not None and q.value is not None:
                mentions.append(
                    Mention(
                        q.value,
                        q.bound,
                        "total",
                        q.start,
                        them.end(),
                        text[q.start : them.end()],
                        antecedent=True,
                    )
                )
                pending = None
                continue
            pending = q
            # "16 Kalibr missiles out of a total of 19": the whole follows the part.
            if (
                mentions
                and q.value is not None
                and g.out_of_after.search(text, mentions[-1].end, q.start)
                and g.out_of_after.search(text[mentions[-1].end : q.start])
                and mentions[-1].end >= q.start - 30
                and mentions[-1].value is not None
                and q.value > mentions[-1].value  # a part is smaller than its whole ("з трьох напрямків")
            ):
                part = mentions[-1]
                part.partitive = "part"
                mentions.append(
                    Mention(
                        q.value,
                        q.bound,
                        part.weapon_class,
                        q.start,
                        q.end,
                        q.text,
                        part.model,
                        part.family,
                        partitive="whole",
                    )
                )
                pending = None
            continue
        cls, model, family, head_end = phrase
        mention = Mention(
            q.value, q.bound, cls, q.start, head_end, text[q.start : head_end], model, family,
            implausible=q.implausible,
        )
        if (
            pending is not None
            and pending.value is not None
            and q.value is not None
            and pending.value <= q.value
            and g.partitive_before.search(text[pending.end : q.start])
        ):
            mentions.append(
                Mention(
                    pending.value,
                    pending.bound,
                    cls,
                    pending.start,
                    pending.end,
                    pending.text,
                    model,
                    family,
                    partitive="part",
                )
            )
            mention.partitive = "whole"
        elif g.all_n_before.search(text, max(start, q.start - 5), q.start):
            mention.all_n = True
        elif g.short_of_all_before is not None and g.short_of_all_before.search(
            text, max(start, q.start - 24), q.start
        ):
            mention.partitive = "whole"
        mentions.append(mention)
        pending = None
    # (the gates read the words lower-cased: they hold where the text lower-cases alike)
    gated = words is not None and lowered(text) is not None
    both, all_the, none_downed = _rare_openings(code) if gated else (None, None, None)
    if _may_open(both, words):
        mentions.extend(_both(text, start, end, g))
    if _may_open(none_downed, words):
        mentions.extend(_none_downed(text, start, end, g))
    mentions.extend(_singulars(text, start, end, g, mentions))
    if _may_open(all_the, words):
        mentions.extend(_all_of_class(text, start, end, g))
    mentions.sort(key=lambda m: m.start)
    pair_parallel_lists(mentions, text, code)
    return mentions


def _may_open(gate: _Gate, words: str | None) -> bool:
    """Whether the sentence's words may hold the gate's opening (always, with no gate or words)."""
    return gate is None or words is None or gate.search(words) is not None


def short_of_all(text: str, lowest: int, count_start: int, code: str) -> bool:
    """Whether "almost/nearly/not all" stands right before the count at count_start: the count is
    the whole that came, not the part downed ("Almost all 40 were shot down")."""
    short = grammar(code).short_of_all_before
    return short is not None and short.search(text, max(lowest, count_start - 24), count_start) is not None


def _singulars(text: str, start: int, end: int, g: WeaponGrammar, counted: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    # Over the lower-cased text when it reads the same (extract.caseless); words are taken from the
    # original text.
    low = lowered(text)
    scanned, gate = (text, g.singular_gate) if low is None else (low, g.lower_singular_gate)
    if gate.search(scanned, start, end) is None:
        return out
    if low is None:
        scanned, singular, blocker, tail = text, g.singular, g.blocker, g.tail
        continuation = g.continuation
    else:
        scanned, singular, blocker, tail = low, g.lower_singular, g.lower_blocker, g.lower_tail
        continuation = g.lower_continuation
    dropping = _dropping(g.language.code)
    for match in singular.finditer(scanned, start, end):
        if any(m.start <= match.start() < m.end for m in counted):
            continue
        if dropping is not None and (
            dropping[0].search(text, max(start, match.start() - 80), match.start())
            or dropping[1].match(text, match.end(), end)
        ):
            continue
        if blocker.match(scanned, match.end(), end):
            continue
        # "a missile and drone attack": both nouns qualify the attack
        joined = continuation.match(scanned, match.end(), end)
        if joined is not None and blocker.match(scanned, joined.end(), end):
            continue
        # "a Shahed drone": extend over the trailing head noun
        head_end = match.end()
        extra = tail.match(scanned, head_end, end)
        head = text[match.start("head") : match.end("head")]
        if extra is not None:
            if blocker.match(scanned, extra.end(), end):
                continue
            head = text[extra.start("head") : extra.end("head")]
            head_end = extra.end()
        # "a" before a plural is not a singular count ("a majority of drones" never gets here)
        if g.plural_heads.fullmatch(head):
            continue
        cls, model, family = _classify(head, text[match.start() : head_end], g)
        if cls == "total":
            continue
        out.append(
            Mention(
                1,
                None,
                cls,
                match.start(),
                head_end,
                text[match.start() : head_end],
                model,
                family,
                singular=True,
            )
        )
    return out


def _both(text: str, start: int, end: int, g: WeaponGrammar) -> list[Mention]:
    out = []
    low = lowered(text)
    matches = g.both.finditer(text, start, end) if low is None else g.lower_both.finditer(low, start, end)
    for match in matches:
        phrase = _noun_phrase(text, match.end(), end, g)
        # "two Kinzhals, both of which were shot down": both of the weapons before
        bare = g.both_bare.match(text, match.end(), end) if g.both_bare and phrase is None else None
        if bare is not None:
            out.append(Mention(2, None, "total", match.start(), bare.end(), text[match.start() : bare.end()],
                               antecedent=True, all_n=True))
        if phrase is not None:
            cls, model, family, head_end = phrase
            out.append(
                Mention(
                    2,
                    None,
                    cls,
                    match.start(),
                    head_end,
                    text[match.start() : head_end],
                    model,
                    family,
                    all_n=True,
                )
            )
    return out


def _none_downed(text: str, start: int, end: int, g: WeaponGrammar) -> list[Mention]:
    """ "11 ballistic missiles; none were intercepted": none of the weapons before it, a count of 0."""
    if g.none_downed is None:
        return []
    return [
        Mention(0, None, "total", match.start(), match.end(), match.group(), antecedent=True)
        for match in g.none_downed.finditer(text, start, end)
    ]


def _all_of_class(text: str, start: int, end: int, g: WeaponGrammar) -> list[Mention]:
    out = []
    low = lowered(text)
    scanned, all_the = (text, g.all_the) if low is None else (low, g.lower_all_the)
    for match in gated_finditer(all_the, scanned, start, end):  # (its lookbehinds run at every character)
        cls, model, family = _classify(text[match.start("head") : match.end("head")], "", g)
        out.append(
            Mention(
                None,
                None,
                cls,
                match.start(),
                match.end(),
                text[match.start() : match.end()],
                model,
                family,
                all_of_class=True,
            )
        )
    return out


def plural_unnumbered(text: str, start: int, end: int, mentions: list[Mention], code: str = "en") -> set[str]:
    """Classes named in the plural with no number ("attacked with Shaheds")."""
    g = grammar(code)
    classes = set()
    low = lowered(text)
    if low is None:
        scanned, plural_heads, blocker = text, g.plural_heads, g.blocker
    else:
        scanned, plural_heads, blocker = low, g.lower_plural_heads, g.lower_blocker
    for match in plural_heads.finditer(scanned, start, end):
        if any(m.start <= match.start() < m.end for m in mentions):
            continue
        if blocker.match(scanned, match.end(), end):
            continue
        word = text[match.start() : match.end()].lower()
        classes.add("missile" if g.plural_missile.match(word) else "drone")
    return classes
