"""The gazetteer's generated towns (towns.json, from GeoNames): found in reports, never in the curated list's way."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from monitor.extract import extract
from monitor.extract.gazetteer import canonical_name, place_by_name


def _entries(name: str) -> list[dict[str, object]]:
    raw = resources.files("monitor.extract").joinpath(f"data/{name}").read_text(encoding="utf-8")
    entries: list[dict[str, object]] = json.loads(raw)["places"]
    return entries


def test_the_generated_towns_hold_no_name_or_spelling_of_the_curated_list() -> None:
    curated = {str(alias).lower() for item in _entries("places.json")
               for alias in (item["name"], *item.get("aliases", []), *item.get("former", []))}  # type: ignore[misc]
    towns = _entries("towns.json")
    assert len(towns) > 2000
    clashes = [item["name"] for item in towns
               if {str(a).lower() for a in (item["name"], *item["aliases"])} & curated]  # type: ignore[misc]
    assert clashes == []


def test_the_generated_towns_hold_no_citys_district_nor_a_word() -> None:
    names = {str(item["name"]) for item in _entries("towns.json")}
    # a district of Kyiv or Sumy, or a village named after one; an outlet's word; a given name
    assert not names & {"Desnianskyi", "Zarichnyi", "Obolon", "Pravda", "Vladimir", "Druzhba"}


@pytest.mark.parametrize(("name", "country", "region"), [
    ("Talne", "UA", "Cherkasy"),
    ("Hrodivka", "UA", "Donetsk"),
    ("Dyatkovo", "RU", "Bryansk"),
    ("Ust-Labinsk", "RU", "Krasnodar"),
    ("Dmitriev", "RU", "Kursk"),  # GeoNames' "Dmitriyev", as news spells it
    ("Bilohirsk", "occupied", "Crimea"),
    ("Kadiivka", "occupied", "Luhansk"),  # GeoNames' "Kadiyivka", in Ukraine's romanization
    ("Kalynivske", "UA", "Kherson"),  # on the right bank of the Dnipro
    ("Chaplynka", "occupied", "Kherson"),  # on the left
])
def test_generated_towns_have_their_country_and_region(name: str, country: str, region: str) -> None:
    place = place_by_name(name)
    assert place is not None
    assert (place.country, place.region) == (country, region)


def test_a_curated_place_keeps_its_name_beside_the_generated_ones() -> None:
    assert canonical_name("Krivoy Rog") == "Kryvyi Rih"
    assert canonical_name("Dmitriyev") == "Dmitriev"


def test_a_village_the_curated_list_lacks_is_a_place_of_the_attack() -> None:
    report = extract("Russian drones struck the village of Savyntsi in the Kharkiv region overnight, injuring two "
                     "people, and a guided bomb hit Shevchenkove.")
    (attack,) = report.attacks
    assert set(attack.places) >= {"Savyntsi", "Shevchenkove"}


def test_a_mayor_whose_surname_spells_a_village_is_no_place() -> None:
    report = extract("Russian drones hit Odesa overnight, injuring three people. Odesa Mayor Hennadii Trukhanov said "
                     "30,000 homes lost power.")
    (attack,) = report.attacks
    assert attack.places == ("Odesa",)


def test_a_highway_named_after_a_village_is_no_place() -> None:
    report = extract("Moscow Mayor Sergei Sobyanin said air defences repelled 19 Ukrainian drones flying towards the "
                     "capital. Debris fell on the Kashirskoye highway.")
    (attack,) = report.attacks
    assert "Kashirskoe" not in attack.places


def test_a_generated_town_is_told_as_the_text_spells_it() -> None:
    # GeoNames spells the town "Iziaslav"; a report that writes only "Izyaslav" gets its own spelling back, and one
    # that writes the GeoNames name gets that
    report = extract("A Russian drone damaged a house in Izyaslav overnight, injuring a man.")
    assert report.attacks[0].places == ("Izyaslav",)
    report = extract("A Russian drone damaged a house in Iziaslav overnight, injuring a man.")
    assert report.attacks[0].places == ("Iziaslav",)


def test_towns_of_the_sixty_second_set_are_places() -> None:
    report = extract("A Russian drone hit a grain elevator in Ananiv overnight, killing a worker.")
    assert report.attacks[0].places == ("Ananiv",)
    report = extract("Fragments of a Ukrainian drone damaged a block of flats in Zhukovsky, injuring one woman.")
    assert report.attacks[0].places == ("Zhukovsky",)


def test_towns_of_the_sixty_third_set_are_places() -> None:
    report = extract("A Russian drone destroyed a house in Velyka Chernechchyna overnight, injuring its owner.")
    assert report.attacks[0].places == ("Velyka Chernechchyna",)
    report = extract("Debris of a Ukrainian drone cut a power line in the Zhiryatino district, the Bryansk governor "
                     "said, injuring a man.")
    assert "Zhiryatino" in report.attacks[0].places


def test_a_town_whose_namesake_lies_across_the_front_is_a_place_of_either_sides_attack() -> None:
    # GeoNames' largest Sofiivka is occupied (in the Donetsk region); the free one is in the Dnipropetrovsk region
    place = place_by_name("Sofiivka")
    assert place is not None and place.country == "occupied" and place.namesake_across_front
    report = extract("Russian drones hit a farm in Sofiivka in the Dnipropetrovsk region overnight, injuring a man.")
    assert "Sofiivka" in report.attacks[0].places
    # a town with no namesake across the front keeps to its side: occupied Chaplynka is no place of Russia's attack
    report = extract("Russian drones hit a farm in Chaplynka overnight, injuring a man.")
    assert "Chaplynka" not in report.attacks[0].places

def test_towns_of_the_sixty_fourth_set_are_places() -> None:
    report = extract("Moscow-installed officials said Ukrainian drones had struck Prymorsk overnight, injuring three.")
    assert report.attacks[0].places == ("Prymorsk",)
    report = extract("A Ukrainian drone hit a farm in Bolshoye Soldatskoye, the Kursk governor said, injuring a man.")
    assert "Bolshoye Soldatskoye" in report.attacks[0].places


def test_a_village_the_gazetteer_lacks_is_a_place_where_the_text_names_it_a_village() -> None:
    report = extract("A Ukrainian drone hit a car near the village of Glotovo in the Belgorod region, killing the "
                     "driver, the governor said.")
    (attack,) = report.attacks
    assert attack.attacker == "ukraine" and "Glotovo" in attack.places
    report = extract("Overnight, a Russian drone struck a farm in Ozerianka, a village in the Zakarpattia region, "
                     "injuring two people.")
    (attack,) = report.attacks
    assert attack.places == ("Ozerianka",)  # a region not named after a city drops out beside a town of its own
    # a name of two words after "village of" is one village's, not a day's or a region's noun
    report = extract("Russian drones hit the village of Stari Kuty on Friday, wounding a woman.")
    assert report.attacks[0].places == ("Stari Kuty",)


def test_a_village_abroad_is_no_place_of_the_attack_on_ukraine() -> None:
    report = extract("Russian drones struck port infrastructure in Izmail overnight, injuring two workers. Romania's "
                     "defence ministry said fragments were found near the village of Plauru, across the Danube.")
    (attack,) = report.attacks
    assert attack.places == ("Izmail",)


def test_an_adjective_town_is_no_place_where_it_opens_a_longer_name() -> None:
    # "Nove" (a Kirovohrad-region town) is the first word of the Donetsk-region village told here
    report = extract("A Russian drone hit a bus near Nove Shakhove in the Donetsk region, injuring nine miners.")
    assert "Nove" not in report.attacks[0].places
    report = extract("Russian drones hit Nove in the Kirovohrad region overnight, injuring two people.")
    assert "Nove" in report.attacks[0].places


def test_bar_is_the_vinnytsia_region_town_only_where_it_reads_as_one() -> None:
    report = extract("A Russian drone hit a house in Bar, in the Vinnytsia region, overnight, injuring a woman.")
    assert "Bar" in report.attacks[0].places
    report = extract("Bar Council members in Vinnytsia said a Russian drone had injured a woman overnight.")
    assert "Bar" not in report.attacks[0].places
    report = extract("A Russian drone hit a bar in Vinnytsia overnight, injuring a woman. The Bar was closed.")
    assert "Bar" not in report.attacks[0].places


@pytest.mark.parametrize(("written", "name"), [
    ("Yenakiyevo", "Yenakiieve"), ("Snezhnoye", "Snizhne"), ("Rovenki", "Rovenky"), ("Stakhanov", "Kadiivka"),
    ("Novaya Kakhovka", "Nova Kakhovka"), ("Aleshki", "Oleshky"), ("Krasny Luch", "Khrustalnyi"),
])
def test_an_occupied_towns_russian_spelling_is_its_place(written: str, name: str) -> None:
    # TASS and the occupation officials write the Russian forms of the occupied towns
    report = extract(f"Two civilians were killed when a Ukrainian drone struck the central market in {written}, "
                     "the Russian-installed head of the region said.")
    assert [a.places for a in report.attacks] == [(name,)]


@pytest.mark.parametrize(("written", "told"), [
    ("Boyarka", "Boyarka"), ("Boiarka", "Boiarka"), ("Kozyatyn", "Kozyatyn"),
    # a region's centre, a Russian name and an occupied town keep their one English name
    ("Kiev", "Kyiv"), ("Dnepr", "Dnipro"), ("Ochakov", "Ochakiv"),
])
def test_a_small_towns_other_way_of_writing_its_letters_is_told_as_the_text_writes_it(written: str, told: str) -> None:
    report = extract(f"A Russian drone hit a house in {written} overnight, injuring two people.")
    assert [a.places for a in report.attacks] == [(told,)]


@pytest.mark.parametrize(("written", "name"), [
    ("Marganets", "Marhanets"), ("Dolinskaya", "Dolynska"), ("Krasnograd", "Berestyn"), ("Chernomorsk", "Chornomorsk"),
    ("Novaya Odessa", "Nova Odesa"), ("Belopolye", "Bilopillia"), ("Bogodukhov", "Bohodukhiv"),
    ("Krasny Liman", "Lyman"),
])
def test_a_ukrainian_towns_russian_spelling_is_that_town(written: str, name: str) -> None:
    """Russian outlets write Ukraine's towns in Russian ("the railway junction in Dolinskaya"): the same town."""
    (attack,) = extract(f"Russian drones attacked {written} overnight, injuring two people, the governor said.").attacks
    assert name in attack.places


@pytest.mark.parametrize(("text", "places"), [
    ("A drone hit an energy facility in Volodymyr, Volyn region, injuring two. President Volodymyr Zelensky "
     "condemned the attack.", ("Volodymyr", "Volyn")),
    ("Russian drones hit Volodymyr-Volynskyi in the Volyn region overnight, injuring two. Volodymyr Zelensky said "
     "more air defence was needed.", ("Volodymyr-Volynskyi", "Volyn")),
    ("Volodymyr Zelensky said Russia launched 40 drones at the Volyn region overnight, injuring two.", ("Volyn",)),
    ("A drone hit a sports school in Apostolove, injuring two. Volodymyr's pupils trained there.", ("Apostolove",)),
])
def test_a_town_named_as_men_are_is_a_place_only_where_it_reads_as_one(text: str, places: tuple[str, ...]) -> None:
    """Volodymyr (Volodymyr-Volynskyi until 2021) is also the president's given name."""
    (attack,) = extract(text).attacks
    assert attack.places == places


def test_vasilyevka_in_the_zaporizhzhia_region_is_vasylivka() -> None:
    """Occupation officials write Zaporizhzhia's Vasylivka in Russian; the Crimean village of that spelling is rarer."""
    (attack,) = extract("The Russian-installed governor said Ukrainian shelling of Vasilyevka in the Zaporizhzhia "
                        "region injured three people.").attacks
    assert "Vasylivka" in attack.places
