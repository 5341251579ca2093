"""Tests for geocoding: seed incidents, transliteration, relative places, common words, precision, user places."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from eventwire.casing import case_mode
from eventwire.evaluate.common import normalize_place_name, same_admin1
from eventwire.geo.focus import article_country
from eventwire.geo.locate import locate_incident
from eventwire.geo.places import PRECISION, precision_codes
from eventwire.options import Options, default_options
from seedutil import need

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "000_4c74c92a67e39f7d.txt"


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def opts() -> Options:
    return default_options()


def span_of(text: str, sentence: str) -> tuple[int, int]:
    i = text.index(sentence)
    return i, i + len(sentence)


def locate(text, sentences, opts, **kw):
    focus = [span_of(text, s) for s in sentences]
    return locate_incident(text, focus, opts, **kw)


# ------------------------------------------------------------------------------------------------ seed article

KIRKUK_SENTENCES = [
    "Islamic State militants stated Sunday they carried out an assault in northern Iraq that killed 9 cops, "
    "detonating a roadside bomb in entrance of survivors with machine gun hearth.",
    "The assault within the Kirkuk area – which police stated killed 9 federal officers – is without doubt one of "
    "the deadliest assaults in Iraq in latest months.",
    "An officer within the Federal Police, who requested to not be named, advised AFP that the explosion hit a "
    "automotive carrying members of the Iraqi Federal Police close to the village of Shalal al-Matar.",
]
VILLAGE_SENTENCE = KIRKUK_SENTENCES[2]
TARMIYA_SENTENCE = (
    "Three Iraqi troopers had been killed and three others wounded, Wednesday, by a bomb as their automotive "
    "patrol drove by way of farmland in Tarmiya, a rural municipality about 30 kilometers (20 miles) north of the "
    "capital Baghdad that’s recognized to be a hotspot for Islamic State sleeper cells."
)
OUTPOST_SENTENCE = (
    "A navy supply stated {that a} machine gun assault final month on a distant military outpost in northern Iraq "
    "killed 4 troopers close to Kirkuk."
)


@pytest.fixture(scope="module")
def seed() -> str:
    text = need(SEED).read_text(encoding="utf-8")
    assert text.startswith(" date 2022-12-18 ")
    return text


@pytest.mark.shared
def test_seed_kirkuk_police_patrol(seed, opts):
    place, span = locate(seed, KIRKUK_SENTENCES, opts)
    assert (place.country, place.admin1) == ("IQ", "Kirkuk")
    assert km((place.latitude, place.longitude), (35.47, 44.39)) < 80
    assert seed[span.start:span.end] == span.text and "Kirkuk" in span.text


@pytest.mark.shared
def test_seed_unknown_village_falls_back_to_its_province(seed, opts):
    place, span = locate(seed, [VILLAGE_SENTENCE], opts)
    assert (place.country, place.admin1) == ("IQ", "Kirkuk")
    assert place.name == "Shalal al-Matar" and span.text == "Shalal al-Matar"
    assert place.feature == "admin1" and place.geo_precision == 3 and place.gtd_specificity == 2


@pytest.mark.shared
def test_seed_tarmiya_army_patrol(seed, opts):
    place, span = locate(seed, [TARMIYA_SENTENCE], opts)
    assert (place.country, place.admin1) == ("IQ", "Baghdad")
    assert normalize_place_name(place.name) == normalize_place_name("Tarmiya")
    assert abs(place.latitude - 33.67) < 0.05 and abs(place.longitude - 44.40) < 0.05
    assert place.geo_precision == 1 and span.text == "Tarmiya"


@pytest.mark.shared
def test_seed_army_outpost(seed, opts):
    place, span = locate(seed, [OUTPOST_SENTENCE], opts)
    assert (place.country, place.admin1, place.name) == ("IQ", "Kirkuk", "Kirkuk")
    assert place.geo_precision == 2  # "close to Kirkuk"
    assert span.text == "Kirkuk"


@pytest.mark.shared
def test_seed_lower_case(seed, opts):
    text = seed.lower()
    place, _ = locate(text, [TARMIYA_SENTENCE.lower()], opts)
    assert (place.country, place.admin1) == ("IQ", "Baghdad") and abs(place.latitude - 33.67) < 0.05
    place, _ = locate(text, [OUTPOST_SENTENCE.lower()], opts)
    assert (place.country, place.admin1) == ("IQ", "Kirkuk")


@pytest.mark.shared
def test_seed_article_country(seed, opts):
    assert article_country(seed, opts) == "IQ"


# ------------------------------------------------------------------------------------------------ matching


@pytest.mark.parametrize("name", ["Tarmiya", "At Tarmiyah", "Aţ Ţārmīyah", "al-Tarmiyah"])
def test_transliteration_variants_in_text(name, opts):
    text = f"A roadside bomb exploded in {name} on Monday, killing two Iraqi soldiers."
    place, span = locate_incident(text, [(0, len(text))], opts)
    assert place.country == "IQ" and place.admin1 == "Baghdad" and span.text == name


def test_police_is_not_a_place(opts):
    text = "Gunmen attacked a checkpoint of the Federal Police in Mosul, Iraq. Police said three died."
    place, span = locate_incident(text, [(0, len(text))], opts)
    assert place.country == "IQ" and span.text == "Mosul"
    text = "Police said a bomb killed two people in Iraq."
    place, _ = locate_incident(text, [(0, len(text))], opts)
    assert place.country == "IQ" and place.feature == "country"


def test_common_words_in_caps_and_lower_text(opts):
    for text in ("POLICE SAID GUERRILLAS ATTACKED A MOBILE PATROL IN SAN SALVADOR, EL SALVADOR.",
                 "police said guerrillas attacked a mobile patrol in san salvador, el salvador."):
        assert case_mode(text, opts) in ("upper", "lower")
        place, span = locate_incident(text, [(0, len(text))], opts)
        assert place.country == "SV" and span.text.lower() == "san salvador"


def test_lower_case_muc_style(opts):
    text = ("san salvador, 12 jan 90 (radio venceremos) -- [text] fmln urban commandos today attacked a national "
            "police post in the town of zacatecoluca, la paz department, killing two policemen.")
    place, _ = locate_incident(text, [(0, len(text))], opts)
    assert place.country == "SV" and normalize_place_name(place.name) == normalize_place_name("Zacatecoluca")


def test_dateline_gives_country_and_fallback(opts):
    text = "Gunmen killed a shopkeeper on Tuesday, police said."
    place, _ = locate_incident(text, [(0, len(text))], opts, dateline="KIRKUK, Iraq")
    assert place.country == "IQ" and place.admin1 == "Kirkuk"


# ------------------------------------------------------------------------------------------------ relative places


def test_offset_from_known_town(opts):
    text = "A car bomb exploded at a checkpoint 30 kilometers north of Baghdad, Iraq, killing four soldiers."
    place, span = locate_incident(text, [(0, len(text))], opts)
    assert place.feature == "offset" and place.country == "IQ"
    assert 25 < km((place.latitude, place.longitude), (33.34, 44.40)) < 35
    assert place.latitude > 33.55  # north
    assert place.geo_precision == 2 and "Baghdad" in span.text


def test_offset_in_miles_with_compass_point(opts):
    text = "Rebels ambushed a convoy 10 miles southeast of Kandahar, Afghanistan."
    place, _ = locate_incident(text, [(0, len(text))], opts)
    kandahar = (31.61, 65.71)
    assert 14 < km((place.latitude, place.longitude), kandahar) < 19
    assert place.latitude < kandahar[0] and place.longitude > kandahar[1]


def test_in_province_is_the_admin1(opts):
    text = "Militants attacked a police post in Kirkuk province, Iraq, killing two officers."
    place, _ = locate_incident(text, [(0, len(text))], opts)
    assert place.feature == "admin1" and place.admin1 == "Kirkuk" and place.geo_precision == 3
    assert (place.gtd_specificity, place.where_prec) == (4, 4)


def test_road_between_two_towns_is_the_midpoint(opts):
    text = "A roadside bomb hit a bus on the road between Kirkuk and Tikrit in Iraq."
    place, _ = locate_incident(text, [(0, len(text))], opts)
    kirkuk, tikrit = (35.47, 44.39), (34.62, 43.68)
    mid = ((kirkuk[0] + tikrit[0]) / 2, (kirkuk[1] + tikrit[1]) / 2)
    assert km((place.latitude, place.longitude), mid) < 10
    assert place.where_prec == 5 and place.geo_precision == 2


def test_unknown_village_near_known_town(opts):
    text = "Gunmen killed three farmers in the village of Qaryat Zzyx near Tikrit, Iraq."
    place, span = locate_incident(text, [(0, len(text))], opts)
    assert place.country == "IQ" and normalize_place_name(place.admin1) == normalize_place_name("Salah al-Din")
    assert place.geo_precision == 2


# ------------------------------------------------------------------------------------------------ villages we lack

# (text, a point the answer must lie near, km, admin1 or None): each names a village the gazetteer lacks or a
# namesake of it far away, and the areas it lies in; the answer is the nearest area the text and gazetteer agree on
CONTAINED_VILLAGES = [
    # a hamlet of the same name in another province is a namesake: the district's seat
    ("Insurgents fired on a gendarmerie post close to the village of Kirkoy, Yayladere district, Bingol, Turkey.",
     (39.23, 40.07), 10, "Bingol"),
    # a province's name followed by a district and province elsewhere is a village there
    ("Tribal gunmen and Houthi units traded fire at As Sadah hill (Merkhah As Sufla, Shabwah) in Yemen.",
     (14.43, 46.15), 10, "Shabwah"),
    # "suburb" chains the city after it; the known San Jeronimo lies hundreds of km away
    ("Protesters gathered in San Jeronimo suburb, Cusco city, Peru.", (-13.53, -71.97), 10, "Cusco"),
    ("Police raided a house in Tondo, Manila, Philippines.", (14.60, 120.98), 10, None),
    ("A man was shot in Barangay Capihan, Jaro, Iloilo City, Philippines.", (10.70, 122.56), 10, None),
    # a place abroad written with a province of the article's country is a village there
    ("Heavy artillery fire was reported in As Sabaa (Tripoli), Libya.", (32.89, 13.19), 25, "Tripoli"),
    # the container far from the next one is a namesake: Bassa, not the Kwal we know elsewhere in Plateau
    ("Armed herders shot dead four young men at Adu, Kwal district (Bassa LGA, Plateau), Nigeria.", (9.94, 8.74), 10,
     "Plateau"),
    # a province's town of its own name stands for it, not the province's biggest town
    ("Tajik and Kyrgyz patrols exchanged fire near Apkan village in Batken district, Kyrgyzstan.",
     (40.06, 70.82), 10, "Batken"),
    # a metropolis of the province's name, though its own area, stands for the province
    ("Gunmen killed a man in Ramos Mejia, Buenos Aires, Argentina.", (-34.61, -58.38), 30, "Buenos Aires"),
    # another name in parentheses before "district" is no container
    ("A roadside bomb wounded a policeman in Mail area in Spin Boldak (Takhtah Pul) district of Kandahar, Afghanistan.",
     (31.01, 66.40), 10, "Kandahar"),
    # "X west of Y": the village lies by Y
    ("Rebel artillery hit homes in the village of Qazali, west of Tell Abiad, Syria.", (36.70, 38.95), 10,
     None),
    # one end of "between A and B" we lack: the other end
    ("Jihadist fighters overran positions between Hammam al Turkman and Suluk in Syria.", (36.60, 39.13), 10, None),
]


@pytest.mark.parametrize("text, point, radius, admin1", CONTAINED_VILLAGES)
def test_village_placed_in_its_stated_area(text, point, radius, admin1, opts):
    place, _ = locate_incident(text, [(0, len(text))], opts)
    assert km((place.latitude, place.longitude), point) < radius, place
    if admin1 is not None:
        assert same_admin1(place.admin1, admin1, place.country), place


def test_district_in_the_cue_beats_a_town_named_in_passing(opts):
    text = ("Two farmers were found dead in Sain Alto municipality, Zacatecas, Mexico, on the highway to "
            "Jose Maria Morelos.")
    place, span = locate_incident(text, [(0, len(text))], opts)
    assert span.text == "Sain Alto" and km((place.latitude, place.longitude), (23.58, -103.25)) < 25


def test_province_name_means_its_capital_town(opts):
    text = "Oil workers staged a protest in Fier, Albania."
    place, _ = locate_incident(text, [(0, len(text))], opts)
    assert place.geo_precision == 1 and km((place.latitude, place.longitude), (40.72, 19.56)) < 5


def test_road_named_after_a_town_is_near_it_when_nothing_else_is_named(opts):
    text = "Protesters blocked the Halba highway in Lebanon."
    place, span = locate_incident(text, [(0, len(text))], opts)
    assert span.text == "Halba" and place.geo_precision == 2
    assert km((place.latitude, place.longitude), (34.54, 36.08)) < 5


def test_country_only(opts):
    text = "Clashes in Yemen killed dozens of fighters, officials said."
    place, _ = locate_incident(text, [(0, len(text))], opts)
    assert place.country == "YE" and place.feature == "country"
    assert (place.geo_precision, place.gtd_specificity, place.where_prec) == (3, 5, 6)


def test_nothing_to_place(opts):
    assert locate_incident("Nothing happened.", [(0, 17)], opts) is None


# ------------------------------------------------------------------------------------------------ codes, helpers


def test_precision_codes_table():
    assert precision_codes("exact") == (1, 1, 1)
    assert precision_codes("admin1") == (3, 4, 4)
    assert precision_codes("country") == (3, 5, 6)
    for acled, gtd, ucdp in PRECISION.values():
        assert 1 <= acled <= 3 and 1 <= gtd <= 5 and 1 <= ucdp <= 7


@pytest.mark.parametrize("a, b", [
    ("Salah al-Din", "Salah ad Din Governorate"), ("Salah al-Din", "Şalāḩ ad Dīn"), ("Ninewa", "Nineveh"),
    ("Kirkuk", "Muhafazat Kirkuk"), ("Baghdad", "Mayorality of Baghdad"), ("Nangarhar", "Nangarhar Province"),
    ("Extreme-Nord", "Far North"), ("Khyber Pakhtunkhwa", "KPK"),
])
def test_same_admin1(a, b):
    assert same_admin1(a, b)


@pytest.mark.parametrize("a, b", [("Kirkuk", "Baghdad"), ("Ninewa", "Anbar"), (None, "Kabul"), ("", "")])
def test_different_admin1(a, b):
    assert same_admin1(a, b) is False


def test_user_places_csv(tmp_path):
    csv = tmp_path / "places.csv"
    csv.write_text("name,alternate_names,latitude,longitude,country,admin1\n"
                   "Shalal al-Matar,Shallal al Matar,35.31,44.28,IQ,Kirkuk\n", encoding="utf-8")
    opts = Options.load(overrides={"geocode": {"user_places": str(csv)}}, use_env=False)
    text = "A bomb hit a police car near the village of Shalal al-Matar in Iraq."
    place, span = locate_incident(text, [(0, len(text))], opts)
    assert place.feature == "user" and (place.latitude, place.longitude) == (35.31, 44.28)
    assert place.admin1 == "Kirkuk" and span.text == "Shalal al-Matar" and place.geo_precision == 2
