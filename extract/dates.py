"""attack_date: the morning on which the reported attack ended (Air Force reporting day).

Explicit dates in the text win ("on the night of 14-15 April" -> 15 April, "late on Nov. 3 into
early Nov. 4" -> 4 Nov), then a weekday resolved against the publication date ("overnight into
Friday"), then the publication date itself (SCHEMA: a dated report with no time word is a
same-day report).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from extract.calendar_days import in_year, is_day_before, valid_day
from extract.datelines import header_dateline, is_prose, wire_dateline
from extract.earlier_events import earlier_event
from extract.lang import LanguageData, get_language, phrase_pattern
from extract.night_openers import next_morning, opens_night
from extract.text import Sentence
from extract.this_night import last_night_of_a_run, night_told_first
from extract.weekday_spans import drop_untold_weekdays
from extract.words import mentions as has_words

# How far before publication an explicit date may lie and still be this report's attack.
MAX_DAYS_BEFORE = 10
# The page's header (headline, byline, dateline): dates there are the page's, whatever its words.
HEADER_CHARS = 300
# How far into the story a dateline's day is looked for again.
MAX_DATELINE_CHARS = 5000


@dataclass(frozen=True, slots=True)
class DateMention:
    month: int | None
    day: int | None
    year: int | None
    weekday: int | None
    start: int
    end: int
    night_context: bool  # "overnight", "night", "morning", "early", "late" near the date
    last: bool  # "last Tuesday": an earlier attack
    stamp: bool = False  # an ISO date: a page's timestamp, not a time word of the story
    evening: bool = False  # "Sunday night", "late on Nov. 3": the attack ended the next morning
    listed: bool = False  # the first of a list of days ("March 4, 6, 7 and 9"): past nights
    # a date of something else, in a sentence telling of no attack: when someone spoke ("the
    # minister on April 11 told reporters …") or met ("The talks in Istanbul on June 2 ended without a deal"),
    # or an earlier attack's ("Russia's previous attack, on May 31, …": extract.earlier_events)
    aside: bool = False
    opens_night: bool = False  # "on the evening of June 7": the night it opened (extract.night_openers)


@dataclass(frozen=True, slots=True)
class AttackDate:
    value: date | None
    month_day: tuple[int, int] | None  # known even when the year is not
    start: int | None
    end: int | None


@dataclass(frozen=True)
class DateGrammar:
    language: LanguageData
    explicit: re.Pattern[str]
    weekday: re.Pattern[str]
    month_only: re.Pattern[str]
    night: re.Pattern[str]
    into: re.Pattern[str]
    as_of: re.Pattern[str]
    night_before_weekday: re.Pattern[str]
    night_after_weekday: re.Pattern[str]
    evening_after_weekday: re.Pattern[str]
    same_day: re.Pattern[str]
    yesterday: re.Pattern[str]
    evening_before_date: re.Pattern[str] | None
    evening_before_weekday: re.Pattern[str] | None
    day_list: re.Pattern[str] | None = None  # after a date: more days of a list (", 19, 20 and 21")
    day_only: re.Pattern[str] | None = None  # "on the 26th": a day of the publication's month
    statement_before_date: re.Pattern[str] | None = None  # "said on" before a date
    statement_after_date: re.Pattern[str] | None = None  # ", said" after one
    attack_event: re.Pattern[str] | None = None  # a sentence's words that tell of an attack
    publication_label: re.Pattern[str] | None = None  # "Published :" before the page's own date
    # a year that is not the paragraph's own: a month's or a day's ("in November 2022", "3, 2022"),
    # or a bound ("since 2022")
    other_year: re.Pattern[str] | None = None
    years_ago: re.Pattern[str] | None = None  # "exactly one year ago": an anniversary (group n)
    night_run: re.Pattern[str] | None = None  # "for the second night in a row"
    this_night: re.Pattern[str] | None = None  # "last night", "tonight": the night just gone


def _optional(ph: dict[str, str], name: str) -> re.Pattern[str] | None:
    return re.compile(ph[name], re.IGNORECASE) if name in ph else None


def _month_forms(lang: LanguageData) -> list[str]:
    # Months are matched capitalised: "may" and "march" are also ordinary words.
    forms = []
    for name in sorted(lang.months, key=len, reverse=True):
        forms += [name.capitalize(), name.upper()]
        if lang.lowercase_calendar_words:
            forms.append(name)
    return forms


def _month_alt(lang: LanguageData) -> str:
    return "|".join(re.escape(f) for f in _month_forms(lang))


def _first_letters(forms: list[str]) -> str:
    """A character class body of the forms' first letters (for a lookahead that lets the regex
    engine skip, on one test, the positions where no form can start)."""
    return re.escape("".join(sorted({f[0] for f in forms})))


@cache
def grammar(code: str = "en") -> DateGrammar:
    lang = get_language(code)
    month = rf"(?P<m1>{_month_alt(lang)})"
    month2 = rf"(?P<m2>{_month_alt(lang)})"
    dash = rf"(?:{lang.phrases['day_range']})"
    suffix = rf"(?:{lang.phrases['ordinal_suffix']})?"
    of = rf"(?:(?i:{lang.phrases['of']})\s+)?"
    year1, year2 = r"(?:,?\s+(?P<y1>20\d\d)\b)?", r"(?:,?\s+(?P<y2>20\d\d)\b)?"
    # Every date starts with a digit or a month (the lookahead only skips positions sooner).
    # a date in figures, in the language's order ("03.06.2025" in uk and ru: groups nd, nm, ny)
    numeric = f"|{lang.phrases['numeric_date']}" if "numeric_date" in lang.phrases else ""
    explicit = re.compile(
        rf"(?=[\d{_first_letters(_month_forms(lang))}])"
        r"(?:(?P<iso>\b(?P<iy>20\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)"
        rf"|\b(?P<d1>[0-3]?\d)(?:{suffix}(?P<r1>{dash})(?P<d1b>[0-3]?\d))?{suffix}\s+{of}{month}\b\.?{year1}"
        rf"|\b{month2}\b\.?\s+(?P<d2>[0-3]?\d)(?:{suffix}(?P<r2>{dash})(?P<d2b>[0-3]?\d))?{suffix}\b(?!:){year2}"
        rf"{numeric})"
    )
    weekday_forms = [
        form
        for w in sorted(lang.weekdays, key=len, reverse=True)
        for form in ((w.capitalize(), w) if lang.lowercase_calendar_words else (w.capitalize(),))
    ]
    weekdays = "|".join(re.escape(form) for form in weekday_forms)
    last = rf"(?i:{lang.phrases['last_before_weekday']})"
    # A weekday mention starts with "last" or the weekday (the lookahead only skips positions sooner).
    weekday = re.compile(
        rf"(?={last}|[{_first_letters(weekday_forms)}])(?P<last>{last})?\b(?P<wd>{weekdays})\b"
    )
    month_only = re.compile(rf"(?i:{lang.phrases['month_only']})(?P<m>{_month_alt(lang)})\b(?!\.?\s+\d)")
    ph = lang.phrases
    night = re.compile(rf"\b(?:{ph['night_context']})\b", re.IGNORECASE)
    into = re.compile(ph["date_range_into"], re.IGNORECASE)
    as_of = re.compile(ph["as_of"], re.IGNORECASE)
    # "overnight into Friday", "early Saturday", "Monday morning" (not "late Sunday": the evening before)
    night_before_weekday = re.compile(ph["night_before_weekday"], re.IGNORECASE)
    night_after_weekday = re.compile(ph["night_after_weekday"], re.IGNORECASE)
    return DateGrammar(
        lang,
        explicit,
        weekday,
        month_only,
        night,
        into,
        as_of,
        night_before_weekday,
        night_after_weekday,
        re.compile(ph["evening_after_weekday"], re.IGNORECASE),
        re.compile(ph["same_day"], re.IGNORECASE),
        re.compile(ph["yesterday"], re.IGNORECASE),
        _optional(ph, "evening_before_date"),
        _optional(ph, "evening_before_weekday"),
        _optional(ph, "day_list"),
        re.compile(rf"{ph['day_only']}(?!\s+(?:(?i:{ph['of']})\s+)?(?:{_month_alt(lang)})\b)", re.IGNORECASE)
        if "day_only" in ph
        else None,
        _optional(ph, "statement_before_date"),
        _optional(ph, "statement_after_date"),
        _optional(ph, "attack_event"),
        _optional(ph, "publication_label"),
        re.compile(rf"(?:\b(?:{_month_alt(lang)})\.?|(?i:{ph['year_bound']})|\d,?)\s+$")
        if "year_bound" in ph
        else None,
        _optional(ph, "years_ago"),
        _optional(ph, "night_run"),
        _optional(ph, "this_night"),
    )


def find_dates(text: str, start: int, end: int, code: str = "en") -> list[DateMention]:
    """Explicit dates and weekdays in text[start:end], in order (a fresh list: callers may keep it)."""
    return list(_find_dates(text, start, end, code))


_STAMP_CLOCK_AFTER = re.compile(r"[\s,|/]{1,3}[0-2]?\d:[0-5]\d\b")
_STAMP_CLOCK_BEFORE = re.compile(r"\b[0-2]?\d:[0-5]\d[\s,|/]{1,3}$")


# Several steps read the same sentence's dates (scope, the attack date, its conflicts, past
# nights); a str caches its own hash, so the lookup is cheap.
@lru_cache(maxsize=512)
def _find_dates(text: str, start: int, end: int, code: str) -> tuple[DateMention, ...]:
    g = grammar(code)
    months = g.language.months
    out: list[DateMention] = []
    for match in g.explicit.finditer(text, start, end):
        context = text[max(start, match.start() - 25) : match.start()]
        night_before = bool(g.night.search(context))
        night = night_before or bool(g.night.search(text, match.end(), min(end, match.end() + 12)))
        # "on the nights of March 4, 6, 7 and 9": a series of nights, a story's history
        listed = g.day_list is not None and g.day_list.match(text, match.end(), end) is not None
        ranged = False
        stamp = bool(match.group("iso"))
        if stamp:
            y, m, d = int(match.group("iy")), int(match.group("im")), int(match.group("id"))
        elif match.group("m1") is None and match.group("m2") is None:  # in figures
            y, m, d = int(match.group("ny")), int(match.group("nm")), int(match.group("nd"))
            # "03.06.2025 09:15" or "09:15 03.06.2025": a page's time stamp, as an ISO date is
            stamp = bool(_STAMP_CLOCK_AFTER.match(text, match.end()) or _STAMP_CLOCK_BEFORE.search(
                text, max(0, match.start() - 8), match.start()))
        else:
            first, key = ("1", "m1") if match.group("m1") else ("2", "m2")
            m = months[match.group(key).lower()]
            d = int(match.group(f"d{first}"))
            y = int(match.group(f"y{first}")) if match.group(f"y{first}") else None
            if match.group(f"d{first}b"):
                # "between February 2nd and 3rd": a range in words names one night (the next day)
                worded = any(c.isalpha() for c in match.group(f"r{first}"))
                if not worded or int(match.group(f"d{first}b")) == d + 1:
                    d, ranged = int(match.group(f"d{first}b")), True
        if not valid_day(y or 2024, m, d):
            continue
        # "late on Feb. 8", "ввечері 24 грудня": the night that followed ended the next morning (a
        # range, "the night of 12-13 October", names the morning itself)
        evening = (
            not ranged
            and g.evening_before_date is not None
            and bool(g.evening_before_date.search(text, max(start, match.start() - 25), match.start()))
        )
        earlier = earlier_event(text, start, end, match.start(), code, g.same_day)
        if earlier == "reference":
            continue  # "overnight, a week after the June 1 attack": no day of this night's
        # ("у ніч на 7 червня, з 18:00 6 червня": the clock after a night's date is the night's start)
        opens = not ranged and opens_night(
            text, start, end, match.start(), match.end(), code, read_after=not night_before
        )
        out.append(
            DateMention(
                m, d, y, None, match.start(), match.end(), night, False, stamp,
                evening or opens, listed,
                earlier == "previous" or (not night and _aside_date(text, start, end, match, g)), opens,
            )
        )
    for match in g.weekday.finditer(text, start, end):
        night = bool(
            g.night_before_weekday.search(text, max(start, match.start() - 25), match.start())
            or g.night_after_weekday.match(text, match.end(), end)
        )
        late_before = g.evening_before_weekday
        evening = g.evening_after_weekday.match(text, match.end(), end) is not None or (
            late_before is not None
            and late_before.search(text, max(start, match.start() - 25), match.start()) is not None
        )
        out.append(
            DateMention(
                None,
                None,
                None,
                g.language.weekdays[match.group("wd").lower()],
                match.start(),
                match.end(),
                night,
                bool(match.group("last")),
                evening=evening,
            )
        )
    out.sort(key=lambda d: d.start)
    return tuple(out)


def _aside_date(text: str, start: int, end: int, match: re.Match[str], g: DateGrammar) -> bool:
    """Whether a date is of something else than the attack: a span that tells of no attack, and
    either says when someone spoke ("Gen. Milley on May 25 said", "told reporters on May 25") or is
    a prose sentence ("The talks in Istanbul on June 2 ended without a deal"), not a dateline."""
    if g.statement_before_date is None or g.statement_after_date is None or g.attack_event is None:
        return False
    if g.attack_event.search(text, start, end) is not None:
        return False
    spoke = g.statement_after_date.match(text, match.end(), end) is not None or (
        g.statement_before_date.search(text, max(start, match.start() - 20), match.start()) is not None
    )
    return spoke or is_prose(text, start, end, g.language)


def has_dates(text: str, sentence: Sentence, code: str = "en", words: str | None = None) -> bool:
    """Whether a sentence names a calendar date or weekday of its own."""
    if words is not None and not names_date_words(words, code):
        return False
    return any(not m.stamp for m in find_dates(text, sentence.start, sentence.end, code))


def month_only_mentions(text: str, start: int, end: int, code: str = "en") -> list[int]:
    g = grammar(code)
    return [g.language.months[m.group("m").lower()] for m in g.month_only.finditer(text, start, end)]


def _drop_range_starts(text: str, mentions: list[DateMention], code: str) -> list[DateMention]:
    """'late on Nov. 3 into early Nov. 4', 'from Monday into Tuesday': the attack ended on the
    second date."""
    g = grammar(code)
    kept = []
    range_end = -1  # where a range's second weekday starts: its "night" is the range's
    for i, mention in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            mention.month
            and nxt is not None
            and nxt.month
            and nxt.start - mention.end < 30
            and (
                g.into.match(text[mention.end : nxt.start])
                # "ввечері 24 грудня та в ніч на 25 грудня": an evening and the night after it
                or is_day_before(mention.month, mention.day, nxt.month, nxt.day)
            )
            # "overnight on Nov. 3, the Air Force said on Nov. 4": the next day is when it was told
            and not _told_on(text, mention.end, nxt.start, g)
        ):
            continue
        # "у ніч з п'ятниці на суботу", "the night from Friday into Saturday", "overnight on
        # Tuesday-Wednesday", "on Saturday-Sunday night": the second weekday, the morning itself
        if (
            mention.weekday is not None
            and nxt is not None
            and nxt.weekday is not None
            and nxt.start - mention.end < 12
            and (
                g.into.match(text[mention.end : nxt.start])
                or (_DASH.fullmatch(text, mention.end, nxt.start)
                    and (nxt.weekday - mention.weekday) % 7 == 1)
            )
            and (
                g.night.search(text, max(0, mention.start - 25), mention.start)
                or g.night_after_weekday.match(text, nxt.end)
            )
        ):
            range_end = nxt.start
            continue
        kept.append(replace(mention, evening=False) if mention.start == range_end else mention)
    return kept


_DASH = re.compile(r"\s*[-–—/]\s*")


def _told_on(text: str, start: int, date_start: int, g: DateGrammar) -> bool:
    """Whether the date at ``date_start`` is when someone spoke ("…, the Air Force said on Nov. 4"),
    told right before it, after ``start``."""
    spoke = g.statement_before_date
    return spoke is not None and spoke.search(text, max(start, date_start - 20), date_start) is not None


def resolve_attack_date(
    text: str,
    sentences: list[Sentence],
    in_scope: list[int],
    published: date | None,
    code: str = "en",
    words: list[str] | None = None,
) -> AttackDate:
    mentions: list[DateMention] = []
    for i in in_scope:
        if words is not None and not names_date_words(words[i], code):
            continue
        s = sentences[i]
        told = _drop_range_starts(text, find_dates(text, s.start, s.end, code), code)
        mentions += drop_untold_weekdays(text, told, code, (s.start, s.end))
    labelled = _labelled_publication(text, code)
    if labelled is not None:
        day, label_start, label_end = labelled
        # the page's own "Published: Sunday, 16 October 2022" is when it was published (a store
        # date given later is not), and none of the story's time words
        mentions = [m for m in mentions if not label_start <= m.start < label_end]
        if published is None or day <= published:
            published = day
    if published is None:
        anchor = _dated_weekday(text, mentions)
        if anchor is not None:
            # "reported Sunday (01.15.2023)": the report's own day, the other weekdays read back
            # from it ("Saturday's wave") as from a publication date
            published, anchor_start, anchor_end = anchor
            mentions = [m for m in mentions if not anchor_start <= m.start < anchor_end]
        else:
            published = _anniversary(text, code)
    # "8 червня 2025, 10:20" above "У ніч на 7 червня …": the page's own day, the story's dates
    # read against it as against a publication date (the record's evidence when none is read)
    header = header_dateline(text, mentions, get_language(code), HEADER_CHARS) if published is None else None
    dateline: tuple[int | None, int | None] = (None, None)
    if header is not None:
        published, dateline = header[0], header[1:]
        mentions = [m for m in mentions if m.start != header[1]]
    explicit = [
        m for m in mentions if m.month is not None and not (m.stamp or m.listed or m.aside)
    ]
    stamps = [m for m in mentions if m.stamp]
    if published is not None:
        published = _dateline_before(text, published, code) or published
        if (wire := wire_dateline(text, mentions, published, code)) is not None:
            published, mentions = wire[0], [m for m in mentions if m.start != wire[1]]
            explicit = [m for m in explicit if m.start != wire[1]]
        for m in explicit:
            candidate = in_year(published, m.month, m.day, m.year)
            if candidate is not None and published - timedelta(
                days=MAX_DAYS_BEFORE
            ) <= candidate <= published + timedelta(days=1):
                candidate = next_morning(candidate, published) if m.opens_night else candidate
                return AttackDate(candidate, (candidate.month, candidate.day), m.start, m.end)
        weekdays = [m for m in mentions if m.weekday is not None and not m.last]
        # The weekday after the publication's own reads as six days back: a later night the story
        # goes on to ("eased early on Sunday" in Saturday's report), the last one to choose.
        weekdays.sort(
            key=lambda m: ((published.weekday() - m.weekday) % 7 == 6, not m.night_context, m.start)
        )
        if weekdays:
            m = weekdays[0]
            candidate = published - timedelta(days=(published.weekday() - m.weekday) % 7)
            if m.evening and candidate < published:
                candidate += timedelta(days=1)  # "Sunday night" ended on Monday morning
            if candidate < published:
                g = grammar(code)
                spans = [(sentences[i].start, sentences[i].end) for i in in_scope]
                latest = last_night_of_a_run(text, spans, g.night_run, g.this_night)
                if latest is None and not any(w.night_context or w.evening for w in weekdays):
                    # (a weekday's night, "On Monday night, 30 drones hit …", may be the one reported)
                    first = min(w.start for w in weekdays)
                    latest = night_told_first(text, sentences, spans, first, g.same_day, code)
                if latest is not None:
                    return AttackDate(published, (published.month, published.day), *latest)
            return AttackDate(candidate, (candidate.month, candidate.day), m.start, m.end)
        g = grammar(code)
        spans = [(sentences[i].start, sentences[i].end) for i in in_scope]
        day_only = _day_of_month(text, spans, published, g)
        if day_only is not None:
            return day_only
        # "yesterday" with no same-day word anywhere: the day before publication
        if not any(g.same_day.search(text, a, b) for a, b in spans):
            for a, b in spans:
                found = g.yesterday.search(text, a, b)
                if found is not None:
                    day = published - timedelta(days=1)
                    return AttackDate(day, (day.month, day.day), found.start(), found.end())
        return AttackDate(published, (published.month, published.day), *dateline)
    with_year = [m for m in explicit if m.year is not None] + stamps
    if with_year:
        m = with_year[0]
        day = date(m.year, m.month, m.day)
        day = next_morning(day, None) if m.opens_night else day
        return AttackDate(day, (day.month, day.day), m.start, m.end)
    if explicit:
        m = explicit[0]
        year = _paragraph_year(text, m.start, code)
        if year is not None and valid_day(year, m.month, m.day):
            return AttackDate(date(year, m.month, m.day), (m.month, m.day), m.start, m.end)
        return AttackDate(None, (m.month, m.day), m.start, m.end)
    return AttackDate(None, None, None, None)


_YEAR = re.compile(r"\b20[2-9]\d\b")


def _paragraph_year(text: str, pos: int, code: str) -> int | None:
    """ "In the last week of 2024, Moscow fired … late on December 26 into December 27": the
    one year a paragraph names before a date with none, in a report with no publication date (none
    when it names two, or the year is a month's, a day's or a bound: "in November 2022", "since
    2022")."""
    other = grammar(code).other_year
    if other is None:
        return None
    start = text.rfind("\n", 0, pos) + 1
    years = {
        int(y.group())
        for y in _YEAR.finditer(text, start, pos)
        if not other.search(text, max(start, y.start() - 20), y.start())
    }
    return years.pop() if len(years) == 1 else None


def _day_of_month(
    text: str, spans: list[tuple[int, int]], published: date, g: DateGrammar
) -> AttackDate | None:
    """ "On the 26th" in a report published on the 27th: that day of the publication's month (or
    of the month before, when the day has not come yet this month), within MAX_DAYS_BEFORE."""
    if g.day_only is None:
        return None
    for a, b in spans:
        found = g.day_only.search(text, a, b)
        if found is None:
            continue
        day = int(found.group("d"))
        month_start = published.replace(day=1)
        before = (month_start - timedelta(days=1)).replace(day=1)
        for first in (month_start, before):
            if valid_day(first.year, first.month, day):
                candidate = first.replace(day=day)
                if published - timedelta(days=MAX_DAYS_BEFORE) <= candidate <= published:
                    return AttackDate(candidate, (candidate.month, candidate.day), found.start(), found.end())
        return None
    return None


# a weekday's date in figures after it: "Sunday (01.15.2023)", "Sunday, 15.01.2023"
_NUMERIC_AFTER_WEEKDAY = re.compile(r",?\s*\(?([0-3]?\d)[./]([0-3]?\d)[./](20\d\d)\b\)?")


def _dated_weekday(text: str, mentions: list[DateMention]) -> tuple[date, int, int] | None:
    """A weekday the text gives its full date ("reported Sunday (01.15.2023)", "on Sunday,
    January 15, 2023"), when that date is that weekday: the day and the span of both."""
    for i, m in enumerate(mentions):
        if m.weekday is None:
            continue
        numeric = _NUMERIC_AFTER_WEEKDAY.match(text, m.end)
        if numeric is not None:
            a, b, year = (int(g) for g in numeric.groups())
            # day.month or month.day: the reading that falls on the weekday named
            for month, day in ((b, a), (a, b)):
                if valid_day(year, month, day) and date(year, month, day).weekday() == m.weekday:
                    return date(year, month, day), m.start, numeric.end()
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and nxt.year is not None
            and not text[m.end : nxt.start].strip(" ,")
            and valid_day(nxt.year, nxt.month, nxt.day)
            and date(nxt.year, nxt.month, nxt.day).weekday() == m.weekday
        ):
            return date(nxt.year, nxt.month, nxt.day), m.start, nxt.end
    return None


def _anniversary(text: str, code: str) -> date | None:
    """ "Exactly one year ago, Russia struck the mall … Today it struck again", with the year-old
    strike dated once in the text ("on June 27, 2022"): the report's own day is that date so many
    years on. None unless the text names exactly one full date."""
    g = grammar(code)
    if g.years_ago is None:
        return None
    ago = g.years_ago.search(text)
    if ago is None:
        return None
    word = ago.group("n").lower()
    years = int(word) if word.isdigit() else g.language.units.get(word, 1 if word == "a" else 0)
    full = {
        (m.year, m.month, m.day)
        for m in find_dates(text, 0, len(text), code)
        if m.year is not None and m.month is not None and not m.stamp
    }
    if years < 1 or len(full) != 1:
        return None
    year, month, day = full.pop()
    return date(year + years, month, day) if valid_day(year + years, month, day) else None


def _labelled_publication(text: str, code: str) -> tuple[date, int, int] | None:
    """The date a page's header gives as its publication ("Published : Sunday, 16 October, 2022"),
    with the span of its label and date."""
    label = grammar(code).publication_label
    if label is None:
        return None
    header_end = min(len(text), HEADER_CHARS)
    if _unanchored(label).search(text, 0, header_end) is None:
        return None  # most pages: no label, no need to read the header's dates
    for m in find_dates(text, 0, header_end, code):
        if m.month is None or m.year is None or not valid_day(m.year, m.month, m.day):
            continue
        found = label.search(text, max(0, m.start - 40), m.start)
        if found is not None:
            return date(m.year, m.month, m.day), found.start(), m.end
    return None


@cache
def _unanchored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern written to end where a date begins ("…$"), found anywhere."""
    return re.compile(pattern.pattern.removesuffix("$"), pattern.flags)


# The digits every year a date is read with has (the explicit pattern's "20\d\d" groups, the
# languages' numeric_date): a stretch without them holds no date with a year.
_YEAR_DIGITS = re.compile(r"20\d\d")


def _dateline_before(text: str, published: date, code: str) -> date | None:
    """The page's own dateline ("March 14, 2023 6:20 pm" above the story) when it is older than
    the given publication date can reach and the story names that day again ("early on March 14"):
    the given date was when the page was stored. (A stray old date in a header, not repeated, is
    no dateline.)"""
    header_end = min(len(text), HEADER_CHARS)
    if _YEAR_DIGITS.search(text, 0, header_end) is None:
        return None  # most pages: a dateline gives its year, and every year is read as "20dd"
    for m in find_dates(text, 0, header_end, code):
        if m.month is None or m.year is None or not valid_day(m.year, m.month, m.day):
            continue
        dated = date(m.year, m.month, m.day)
        if dated >= published - timedelta(days=MAX_DAYS_BEFORE):
            return None
        again = find_dates(text, m.end, min(len(text), MAX_DATELINE_CHARS), code)
        if any((n.month, n.day) == (m.month, m.day) for n in again):
            return dated
        return None
    return None


@cache
def date_triggers(code: str = "en") -> tuple[str, ...]:
    """Words a sentence needs before its dates are looked for: months, weekdays, years."""
    lang = get_language(code)
    return (*lang.months, *lang.weekdays, "20")


# Room for every sentence of a long report: each is asked by the attack date, its past nights,
# its conflicts and has_dates.
MAX_SENTENCES_REMEMBERED = 1024


@lru_cache(maxsize=MAX_SENTENCES_REMEMBERED)
def names_date_words(words: str, code: str = "en") -> bool:
    """Whether a sentence's words (extract.words.sentence_words) hold a date trigger
    (date_triggers). Asked of each sentence by several steps: the answer is kept (a str caches its
    hash, so asking again is a dict look-up, not another scan)."""
    return has_words(words, date_triggers(code))


def conflicts_with(
    text: str,
    sentence: Sentence,
    attack: AttackDate,
    code: str = "en",
    words: str | None = None,
    published: date | None = None,
) -> str | None:
    """ "day" when a sentence is dated to another day than the attack, "aside" when that day is
    only a remark's or a meeting's ("On June 2, Zelensky urged allies …": the sentence, not its
    paragraph, is of another day), "month" when it only names another month ("the worst toll
    since January"), else None."""
    daytime = phrase_pattern(code, "yesterday_daytime") if published is not None else None
    if (daytime is not None and attack.value == published
            and daytime.search(text, sentence.start, sentence.end)):
        return "day"  # "Учора вдень … загинув чоловік" beside the night that ended this morning
    if attack.month_day is None or (words is not None and not names_date_words(words, code)):
        return None
    g = grammar(code)
    month, day = attack.month_day
    found = find_dates(text, sentence.start, sentence.end, code)
    if any((m.month, m.day) == (month, day) for m in found if m.month is not None):
        return None  # "on the night of 13 July (from 18:00 on 12 July)": the attack's own window
    remark = False
    for m in found:
        if m.month is None or m.stamp:
            continue
        if (m.month, m.day) == (month, day):
            continue
        if g.as_of.search(text, max(sentence.start, m.start - 12), m.start):
            continue  # "as of July 11": when the figures were counted, not when the attack was
        # "late on Feb. 8" belongs to the night that ended on Feb. 9 (but "overnight on Oct. 13",
        # "the night of 12-13 October", "у ніч на 13 жовтня" ended on the 13th: another night)
        if m.evening and is_day_before(m.month, m.day, month, day):
            continue
        if attack.start is not None and attack.start <= m.start < attack.end:
            continue
        if published is not None and wire_dateline(text, [m], published, code) is not None:
            continue  # "KYIV, Nov 20 (Reuters) -": the story's own day, no event's
        if m.aside:
            remark = True
            continue
        return "day"
    if (
        published is not None
        and attack.value is not None
        and any(
            m.weekday is not None and _weekday_before_night(m.weekday, attack.value, published, m.last)
            for m in found
        )
    ):
        return "day"  # "one person died on Tuesday evening" in Friday's report of Thursday night
    if remark:
        return "aside"
    if any(m != month for m in month_only_mentions(text, sentence.start, sentence.end, code)):
        return "month"
    return None


def _weekday_before_night(weekday: int, attack: date, published: date, earlier: bool = False) -> bool:
    """Whether a weekday, read as the last such day up to publication, falls before the evening
    the attack's night began (a later day is when the attack was reported: "said on Monday"), and
    is not the weekday after the attack either ("without power until Wednesday morning").
    ``earlier``: the text says so ("Earlier on Monday", "last Monday"): any day before the attack's."""
    day = published - timedelta(days=(published.weekday() - weekday) % 7)
    if earlier:
        return day < attack
    if (weekday - attack.weekday()) % 7 in (0, 1, 6):
        return False
    return day < attack - timedelta(days=1)
