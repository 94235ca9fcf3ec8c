import re
from datetime import date
from pathlib import Path

import pytest

from extract import extract_report
from extract.dates import find_dates


def attack_date(text: str, published: str | None) -> str | None:
    return extract_report(text, published=published).to_dict()["attack_date"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Russia launched 90 drones overnight, the air force said.", "2025-07-04", "2025-07-04"),
        ("Russian drones hit Kharkiv overnight into Friday.", "2025-07-05", "2025-07-04"),
        ("Drones hit Lviv overnight into Friday.", "2025-07-04", "2025-07-04"),
        ("On the night of 3 September, Russia attacked with 120 drones.", "2025-09-05", "2025-09-03"),
        ("On the night of 14-15 April the enemy sent 55 drones.", "2024-04-16", "2024-04-15"),
        ("Drones hit Mykolaiv late on Nov. 3 into early Nov. 4.", "2025-11-05", "2025-11-04"),
        ("Explosions were heard in Kyiv this morning.", "2025-06-02", "2025-06-02"),
        ("Russian missiles on Tuesday struck a village near Sumy.", "2024-03-07", "2024-03-05"),
        ("A drone hit a warehouse in Odesa.", "2025-08-01", "2025-08-01"),  # no time word: same day
        ("Russia attacked on Dec. 25, 2024 with 78 missiles.", None, "2024-12-25"),
        ("Russia attacked overnight on May 25 with 300 drones.", None, None),  # no year, no publication date
    ],
)
def test_attack_date(text: str, published: str | None, expected: str | None) -> None:
    assert attack_date(text, published) == expected


def test_a_page_stamp_is_not_the_story_date() -> None:
    text = "date 2024-03-07 Russian missiles on Tuesday struck a village outside Sumy."
    assert attack_date(text, "2024-03-07") == "2024-03-05"


def test_a_stray_old_header_date_is_ignored() -> None:
    text = "Tuesday, 02 January 2024\nRussia sent 33 drones against Poltava in the night."
    assert attack_date(text, "2025-10-07") == "2025-10-07"


def test_last_weekday_is_an_earlier_attack() -> None:
    text = "Russia launched 300 drones overnight. Last Tuesday an attack killed 20 people."
    assert attack_date(text, "2025-06-23") == "2025-06-23"


def test_sentences_dated_to_another_day_do_not_give_figures() -> None:
    text = (
        "Three S-300 missiles hit a warehouse in Sumy overnight on Oct. 9.\n\n"
        "At around 2 p.m. on Oct. 8, two Iskander missiles struck the town, wounding five civilians."
    )
    r = extract_report(text, published="2023-10-09").to_dict()
    assert r["missiles_launched"] == 3 and r["injured"] is None


def test_published_accepts_dates_and_bad_strings() -> None:
    from datetime import date

    assert attack_date("Drones hit Sumy overnight.", date(2025, 1, 2)) == "2025-01-02"
    assert attack_date("Drones hit Sumy overnight.", "not a date") is None


def test_weekday_night_ends_the_next_morning() -> None:
    assert attack_date("Russia attacked Kyiv with drones on Sunday night.", "2025-06-09") == "2025-06-09"
    assert attack_date("Russia attacked Kyiv with drones on Saturday night.", "2025-06-09") == "2025-06-08"


def test_yesterday_without_a_same_day_word() -> None:
    assert (
        attack_date("Russia launched 300 drones at Ukraine yesterday, officials said.", "2025-06-10")
        == "2025-06-09"
    )
    text = "Russia launched 300 drones overnight. Yesterday the president met allies."
    assert attack_date(text, "2025-06-10") == "2025-06-10"


def test_yesterday_is_not_background() -> None:
    r = extract_report("Yesterday Russia launched 120 drones at Ukraine.", published="2025-06-10").to_dict()
    assert r["drones_launched"] == 120


def test_night_of_day_to_day() -> None:
    assert (
        attack_date("On the night of July 9 to 10, Russia attacked with 700 drones.", "2025-07-11")
        == "2025-07-10"
    )


def test_published_as_datetime() -> None:
    from datetime import datetime

    text = "On the night of 3 September, Russia attacked with 120 drones."
    assert attack_date(text, datetime(2025, 9, 5, 7, 30)) == "2025-09-03"


# issue 13: dates one day off around late-evening attacks and stored pages


def test_late_on_a_weekday_is_the_night_reported_the_next_morning() -> None:
    text = "Russian drones struck the port of Izmail late on Thursday, setting a warehouse on fire."
    assert attack_date(text, "2025-03-14") == "2025-03-14"  # published Friday


def test_the_early_hours_of_a_weekday_is_that_weekday() -> None:
    text = (
        "The barrage began at about 11 pm on Tuesday and went on until the early hours of Wednesday. "
        "Drones hit Sumy."
    )
    assert attack_date(text, "2025-05-21") == "2025-05-21"


def test_a_dateline_repeated_in_the_story_beats_a_later_store_date() -> None:
    text = (
        "Governor: missiles hit Mykolaiv\nMarch 2, 2023 9:10 am\n"
        "Russia fired six missiles at Mykolaiv early on March 2, the governor said."
    )
    assert attack_date(text, "2023-03-20") == "2023-03-02"


# issue 13, second session: dates of English reports


def test_the_weekday_after_publication_is_a_later_night_not_last_week() -> None:
    # published Saturday 8 March 2025: "early on Sunday" is the night after, not 2 March
    text = (
        "Russian drones targeted Kyiv on Saturday, the city's mayor said. "
        "The attack eased early on Sunday, when air defences downed five more drones."
    )
    assert attack_date(text, "2025-03-08") == "2025-03-08"
    other = "Russia hit Sumy with missiles on Saturday. By the small hours of Sunday, the sirens fell silent."
    assert attack_date(other, "2025-03-08") == "2025-03-08"


def test_a_night_weekday_before_publication_still_wins() -> None:
    # published Monday: the Sunday early hours are the night reported, Saturday's strike an earlier day
    text = "Drones struck Odesa on Saturday. Early on Sunday, Russia launched 60 drones at Kharkiv."
    assert attack_date(text, "2025-03-10") == "2025-03-09"


def test_the_day_of_a_remark_is_not_the_night_reported() -> None:
    # published Friday 26 May 2023
    text = (
        "Russia fired 20 missiles at Ukraine from late on Thursday into the early hours of Friday. "
        "A NATO general on May 24 said that the war would last for years."
    )
    assert attack_date(text, "2023-05-26") == "2023-05-26"
    other = (
        "Drones hit Odesa overnight into Friday. The foreign minister told reporters on May 24 that "
        "talks with partners would go on."
    )
    assert attack_date(other, "2023-05-26") == "2023-05-26"


def test_a_dated_statement_about_the_attack_keeps_its_date() -> None:
    text = "The air force said on May 24 that 40 drones had been shot down over the south."
    assert attack_date(text, "2023-05-26") == "2023-05-24"


def test_the_pages_published_line_is_the_publication_date() -> None:
    # stored on 5 March; the page says it was published on Monday 3 March
    text = (
        "Power plant hit\nPublished : Monday, 3 March, 2025 at 9:00 AM\n"
        "A missile strike damaged a power plant near Kharkiv, the grid operator said Sunday."
    )
    assert attack_date(text, "2025-03-05") == "2025-03-02"
    other = "Posted on March 3, 2025\nRussia hit Odesa with drones on Sunday, officials said."
    assert attack_date(other, None) == "2025-03-02"


def test_a_date_published_in_the_story_is_no_publication_line() -> None:
    text = "The ministry published on March 1, 2025 a list of the drones shot down over Kharkiv."
    assert attack_date(text, "2025-03-05") == "2025-03-01"


def test_a_date_with_no_year_takes_its_paragraphs_year_when_unpublished() -> None:
    text = (
        "As 2024 drew to a close, Russia struck the power grid again. The barrage ran from late on "
        "December 28 into December 29, with 40 missiles fired."
    )
    assert attack_date(text, None) == "2024-12-29"
    other = "In 2025, the worst night came on March 9, when 300 drones hit Kharkiv."
    assert attack_date(other, None) == "2025-03-09"


def test_a_year_of_another_date_or_a_bound_is_not_the_paragraphs_year() -> None:
    text = (
        "The last comparable barrage was in November 2022. This time missiles flew from late on "
        "December 28 into December 29."
    )
    assert attack_date(text, None) is None
    bound = "Russia has fired missiles since 2022. On December 29 it fired 40 more."
    assert attack_date(bound, None) is None
    two = "Between 2023 and 2024 the strikes grew. On December 29, 40 missiles were fired."
    assert attack_date(two, None) is None


def test_a_weekday_with_its_full_date_dates_an_unpublished_report() -> None:
    # 12 February 2023 was a Sunday
    text = (
        "Officials said Sunday (02.12.2023) that 17 people had been hurt. "
        "Saturday's wave of 41 missiles struck substations in several regions."
    )
    assert attack_date(text, None) == "2023-02-11"
    other = (
        "Officials said on Sunday, February 12, 2023, that 17 people had been hurt. "
        "The missiles struck on Saturday evening."
    )
    assert attack_date(other, None) == "2023-02-12"  # "Saturday evening": the night into Sunday


def test_a_weekday_whose_date_is_another_weekday_anchors_nothing() -> None:
    # 13 February 2023 was a Monday: no anchor, the date stays as the text gives it
    text = "Officials said Sunday, February 13, 2023, that a wave of 41 missiles struck on Saturday."
    assert attack_date(text, None) == "2023-02-13"


def test_an_anniversary_report_is_dated_by_the_year_old_strike() -> None:
    text = (
        "Exactly one year ago, a Russian missile hit a railway station in Kramatorsk. Today Russia "
        "again fired two missiles at the city.\n\n"
        "On April 8, 2022, the strike on the station killed dozens of people."
    )
    assert attack_date(text, None) == "2023-04-08"
    other = (
        "Exactly two years ago a drone struck the same school in Sumy. This morning drones hit it again.\n"
        "The first strike came on 3 March 2023."
    )
    assert attack_date(other, None) == "2025-03-03"


def test_an_anniversary_with_two_full_dates_gives_no_day_years_on() -> None:
    # which of the two is a year old is not said: no anniversary (the text's first date stays)
    text = (
        "Exactly one year ago a missile hit Kramatorsk's station. Today two more missiles struck the city.\n"
        "On April 8, 2022, the station was hit; on February 24, 2022, the invasion began."
    )
    assert attack_date(text, None) == "2022-04-08"


def test_a_run_of_nights_reports_the_night_just_gone() -> None:
    # published Wednesday 11 June 2025
    text = (
        "For the second night in a row, Russia attacked Odesa with drones. Last night 65 drones were "
        "launched and 52 shot down. On Monday night, 48 drones hit the city."
    )
    assert attack_date(text, "2025-06-11") == "2025-06-11"
    other = (
        "Kharkiv came under fire for a third straight night. Drones struck the city again this morning, "
        "after Tuesday's overnight raid left two dead."
    )
    assert attack_date(other, "2025-06-11") == "2025-06-11"


def test_a_run_of_nights_without_the_night_just_gone_keeps_its_weekday() -> None:
    text = "For the second night in a row Russia attacked overnight into Tuesday, launching 50 drones."
    assert attack_date(text, "2025-06-11") == "2025-06-10"
    no_run = "Last night 40 drones were downed. On Monday night, 30 drones hit the capital."
    assert attack_date(no_run, "2025-06-11") == "2025-06-10"  # no run of nights: the weekday stays


def test_a_date_in_a_sentence_of_something_else_is_not_the_night_reported() -> None:
    text = "The talks in Istanbul on June 2 ended without a deal. Overnight, Russia launched 400 drones."
    assert attack_date(text, "2025-06-07") == "2025-06-07"
    other = (
        "Russia launched 400 drones at Ukraine overnight, the air force said. On June 3, the president "
        "met his European allies in Brussels."
    )
    assert attack_date(other, "2025-06-07") == "2025-06-07"


def test_a_dateline_or_a_dated_attack_sentence_keeps_its_date() -> None:
    dateline = "June 5, 2025\nDrones were shot down over the Kyiv region."
    assert attack_date(dateline, "2025-06-07") == "2025-06-05"
    text = "On June 5, a missile hit a school in Sumy, the regional governor said."
    assert attack_date(text, "2025-06-07") == "2025-06-05"


def test_an_agency_file_photo_caption_is_an_older_day() -> None:
    text = (
        "FILE - Firefighters work at the site of a drone strike in Kyiv, Ukraine, Tuesday, June 3, 2025. "
        "(AP Photo/Jane Roe, File)\n"
        "KYIV, Ukraine (AP) — Russia launched 400 drones at Ukraine overnight into Saturday, the air "
        "force said."
    )
    r = extract_report(text, published="2025-06-07").to_dict()
    assert r["attack_date"] == "2025-06-07" and "Kyiv" not in r["cities"]
    other = (
        "FILE PHOTO: Smoke rises over Odesa after a missile strike, June 4, 2025.\n"
        "Russia fired 12 missiles at Ukraine overnight, officials said."
    )
    assert attack_date(other, "2025-06-07") == "2025-06-07"


def test_a_caption_of_the_day_keeps_its_date() -> None:
    text = (
        "Rescuers clear rubble in Kyiv, Ukraine, Saturday, June 7, 2025. (AP Photo/Jane Roe)\n"
        "Russia launched 400 drones at Ukraine overnight, the air force said."
    )
    r = extract_report(text, published="2025-06-07").to_dict()
    assert r["attack_date"] == "2025-06-07"


def test_a_byline_with_its_date_is_no_prose_sentence() -> None:
    text = (
        "Drones hit Odesa\nMaria Petrenko — Tuesday, 14 October 2025, 07:12\n\n"
        "Russian forces attacked Odesa with drones overnight.\n\n"
        "On the night of 12-13 October, drones also hit Izmail."
    )
    assert attack_date(text, "2025-10-16") == "2025-10-14"


def test_other_stories_headlines_closing_the_page_are_not_this_report() -> None:
    text = (
        "Russia launched 80 drones at Ukraine overnight, the air force said on Saturday. "
        "Air defence units worked across the country until the early morning hours.\n\n"
        "Debris from a downed drone damaged a house in the Kyiv region, the governor said.\n\n"
        "More from Ukraine\n"
        "Russian drones kill two in Kharkiv on June 2\n"
        "Zelensky meets allies in Brussels on June 3\n"
    )
    r = extract_report(text, published="2025-06-07").to_dict()
    assert r["attack_date"] == "2025-06-07" and "Kharkiv" not in r["cities"]


def test_a_list_after_a_lead_in_closing_the_page_is_this_report() -> None:
    text = (
        "Russia launched 80 drones at Ukraine overnight, the air force said on Saturday. "
        "Air defence units worked across the country until the early morning hours.\n\n"
        "Damage was reported in these places:\n"
        "Drone debris hit a warehouse in Bila Tserkva\n"
        "A drone damaged houses in the town of Fastiv\n"
    )
    r = extract_report(text, published="2025-06-07").to_dict()
    assert "Fastiv" in r["cities"] and "Bila Tserkva" in r["cities"]


def _record(text: str, published: str | None = None, today: date | None = None) -> dict:
    return extract_report(text, published=published, today=today).to_dict()


@pytest.mark.parametrize(
    ("text", "published", "night"),
    [
        # a year still to come, with no publication date, or as the page's own label
        ("On the night of 5 March 2099 Russia launched 44 drones at Sumy; 31 were shot down.", None,
         "2099-03-05"),
        ("Published: 5 March 2099\nOvernight Russia launched 44 drones at Sumy; 31 were shot down.", None,
         "2099-03-05"),
        # a publication date still to come, the night read from it
        ("Overnight Russia launched 44 drones at Sumy; 31 were shot down.", "2099-03-05", "2099-03-05"),
    ],
)
def test_a_night_out_of_bounds_is_null_with_a_note(text: str, published: str | None, night: str) -> None:
    record = _record(text, published, today=date(2026, 12, 6))
    assert record["attack_date"] is None
    assert "attack_date" not in record["evidence"]
    [note] = [n for n in record["uncertain"] if n.startswith("attack_date:")]
    assert night in note and "no night taken" in note
    # the figures are kept for an analyst to date the report
    assert (record["drones_launched"], record["drones_destroyed"]) == (44, 31)


def test_the_bound_holds_on_either_side_of_its_edges() -> None:
    from extract.published import implausible_night

    today = date(2025, 3, 6)
    # a day of slack for Kyiv's clock, after the day of reading and after the publication
    assert implausible_night(date(2025, 3, 7), None, today) is None
    assert implausible_night(date(2025, 3, 8), None, today) is not None
    assert implausible_night(date(2025, 3, 2), date(2025, 3, 1), today) is None
    assert "publication" in implausible_night(date(2025, 3, 3), date(2025, 3, 1), today)
    # no day of reading given: only the publication bounds the night
    assert implausible_night(date(2099, 3, 5), None, None) is None
    assert "publication" in implausible_night(date(2025, 3, 3), date(2025, 3, 1), None)


def test_the_day_of_reading_is_the_caller_s_not_the_clock_s() -> None:
    text = "On the night of 5 March 2099 Russia launched 44 drones at Sumy; 31 were shot down."
    # a caller reading it in 2099 takes the night; one reading it today does not; with no day of
    # reading and no publication nothing bounds it (the store's door still does, on every source)
    assert _record(text, today=date(2099, 3, 6))["attack_date"] == "2099-03-05"
    assert _record(text, today=date(2026, 12, 6))["attack_date"] is None
    assert _record(text)["attack_date"] == "2099-03-05"


def test_the_extractor_never_reads_the_clock() -> None:
    # extract/ is text in, record out: the day of reading is an argument (only its command line,
    # where extraction meets the world, reads the clock to pass it)
    folder = Path(extract_report.__code__.co_filename).parent
    clock = re.compile(r"\b(?:datetime|date)\.(?:now|today|utcnow)\(|\btime\.time\(")
    readers = sorted(path.name for path in folder.rglob("*.py")
                     if path.name != "cli.py" and clock.search(path.read_text(encoding="utf-8")))
    assert readers == []


def test_a_night_in_bounds_keeps_its_date_and_no_note() -> None:
    record = _record("On the night of 5 March 2025 Russia launched 44 drones at Sumy; 31 were shot down.")
    assert record["attack_date"] == "2025-03-05"
    assert "uncertain" not in record


def test_a_sentences_dates_are_read_once_and_each_caller_gets_its_own_list() -> None:
    text = "On the night of March 3, drones hit Sumy. On Tuesday night more came."
    first = find_dates(text, 0, len(text))
    again = find_dates(text, 0, len(text))
    assert [(m.month, m.day, m.weekday) for m in first] == [(3, 3, None), (None, None, 1)]
    assert again == first and again is not first
    first.clear()  # a caller that keeps or changes its list changes no other caller's
    assert find_dates(text, 0, len(text)) == again
    assert [m.day for m in find_dates(text, 0, 41)] == [3]  # another stretch: its own dates


def test_every_year_a_date_is_read_with_holds_the_digits_the_dateline_check_looks_for() -> None:
    # extract.dates._dateline_before reads a header's dates only where "20dd" is: a year group
    # that could match other digits (a two-digit year) would be missed there
    from itertools import product

    from extract.dates import _YEAR_DIGITS, grammar
    from extract.lang import LANGUAGE_CODES

    digit_runs = ["".join(p) for n in (2, 3, 4) for p in product("0123456789", repeat=n)]
    for code in LANGUAGE_CODES:
        pattern = grammar(code).explicit
        years = [name for name in pattern.groupindex if name in ("iy", "ny") or re.fullmatch(r"y\d", name)]
        assert {"iy", "y1", "y2"} <= set(years)
        for name in years:
            body = re.search(rf"\(\?P<{name}>([^()]*)\)", pattern.pattern).group(1)
            read = [run for run in digit_runs if re.fullmatch(body, run)]
            assert read and all(_YEAR_DIGITS.fullmatch(run) for run in read), (code, name, body)
