"""The state of a US local story that names none, and the District of Columbia (issue 20): namesakes in the state
the story's places share beat those elsewhere, and "D.C." places a story in the District, not abroad."""
from __future__ import annotations

import pytest

from eventwire.geo.focus import article_us_state, implied_us_state
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.locate import locate_incident
from eventwire.options import Options

from seedutil import SHARED, gva_text, need


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


MACON_TITLE = "Teenager shot dead in southwest Macon"


def test_a_story_naming_no_state_is_in_the_state_its_places_share(options):
    """Macon (towns in Georgia, Missouri, Mississippi, Illinois; a county in Alabama) and Bibb County (Georgia and
    Alabama): only Georgia has both as a town and a county, so the sheriff's Bibb County is Georgia's."""
    gz = get_gazetteer(options)
    story = gva_text(197, until="Bobby Jones Street.")  # its first three paragraphs
    assert article_us_state(f"{MACON_TITLE}\n\n{story}", gz) is None  # no state named, no big city
    assert implied_us_state(f"{MACON_TITLE}\n\n{story}", gz) == "Georgia"
    second = story.index("The Bibb")
    place, _ = locate_incident(story, [(second, story.index("fired.") + 6)], options, title=MACON_TITLE)
    assert (place.country, place.admin1) == ("US", "Georgia")


@pytest.mark.parametrize("text", [
    "A man was shot in Springfield on Friday, police said.",  # one name: a town in a dozen states
    "Police in Springfield and Greenville said two men were shot.",  # two names, several states hold both
    "Parish said the Herald reported the shooting.",  # words and a newspaper's name vote for no state
])
def test_names_that_many_states_share_imply_no_state(text, options):
    assert implied_us_state(text, get_gazetteer(options)) is None


def test_dc_places_a_story_in_the_district(options):
    """'D.C. police ... a shooting in Southwest' is in the District (not Cameroon's Sud-Ouest region), reported
    under the name ACLED and GTD give it, with "D.C." as its evidence."""
    text = ("D.C. police are looking into a shooting in Southwest that left two men and four women hurt early "
            "Saturday morning, police said.")
    place, span = locate_incident(text, [(0, len(text))], options)
    assert (place.country, place.admin1, span.text) == ("US", "District of Columbia", "D.C.")
    text = "A man was shot and killed Friday night in Washington, D.C., police said."
    place, _ = locate_incident(text, [(0, len(text))], options)
    assert (place.name, place.admin1) == ("Washington", "District of Columbia")
    gz = get_gazetteer(options)
    # "Washington" of "Washington, D.C." is no vote for Washington state
    assert article_us_state("Police in Washington, D.C. said a man was shot.", gz) == ("District of Columbia", None)
    assert article_us_state("In D.C., Saturday gunfire kills 2, wounds 5", gz) == ("District of Columbia", None)


def test_a_big_city_counts_only_by_its_own_name(options):
    """The gazetteer calls Mesa "Hayden" too: a boy named Hayden does not make a South Carolina story Arizona's, and a
    state's name ("Oklahoma") votes once, as the state, not again as Oklahoma City."""
    gz = get_gazetteer(options)
    assert article_us_state("Officials said Hayden died after he was shot outside his home. Hayden was 3.", gz) is None
    text = ("The boy was shot on Saturday afternoon on Holly Street in Denmark, the Bamberg County coroner "
            "said. Officials said Hayden died after he was shot outside his home.")
    place, span = locate_incident(text, [(text.index("Officials"), len(text))], options,
                                  title="3-year-old boy dies after shooting - Channel 5 | Charleston, SC")
    assert (place.name, place.admin1, span.text) == ("Denmark", "South Carolina", "Denmark")
    text = ("Three people were killed at a mobile home, the Pasco County Sheriff's Office in Florida said. The victim "
            "was a fan of the Oklahoma City Thunder and had lived in Oklahoma. He moved to Florida from Oklahoma.")
    assert article_us_state(text, gz) is None  # Florida twice, Oklahoma twice


def test_a_name_ner_splits_is_one_person_s_full_name():
    """NER tags "Hayden" and "Mayes" of "the shooting death of Hayden Mayes" apart: spans a space apart are joined,
    so "Hayden" is a word of a full name, a person wherever the story names him alone."""
    from eventwire.geo.locate import _joined

    text = "the shooting death of Hayden Mayes. Hayden, Davis said."
    start = text.index("Hayden")
    assert _joined(text, [(start, start + 6), (start + 7, start + 12), (36, 42)]) == [(start, start + 12), (36, 42)]


@pytest.mark.parametrize("title, name, state", [
    ("BRPD: Teen's shooting death ruled accidental, one arrested - KBRX 7 News Baton Rouge, Louisiana Headlines "
     "and Weather", "Baton Rouge", "Louisiana"),
    ("Hunter faces charge in man's death - KXYZ TV: Eau Claire, WI NEWS7 Local Stories and Weather", "Eau Claire",
     "Wisconsin"),
])
def test_an_outlet_s_words_do_not_hide_its_city_in_the_title(title, name, state, options):
    """Call letters and "News" glued to the city made one unknown name ("News Baton Rouge"): the story whose text
    names only its state gets the title's city."""
    text = f"Deputies arrested a man over the shooting death of a 13-year-old girl at her house in {state}."
    place, _ = locate_incident(text, [(0, len(text))], options, title=title)
    assert (place.name, place.admin1) == (name, state)


REYNOSA_STORY = (
    "In Reynosa, Mexico, a 16-year-old girl drew an expectant mother to her house and killed her.\n\n"
    "Marisol Cartas Leon, 22, had come to know the girl on Facebook.\n\n"
    "Once there, investigators said, the girl beat Cartas to death."
)


@pytest.mark.parametrize("sentence", ["Marisol", "Once there"])
def test_a_name_given_with_an_age_is_a_person_wherever_the_story_names_it(sentence, options):
    """"Marisol Cartas Leon, 22," is a woman, not Leon (Guanajuato), and "beat Cartas to death" no Cartas
    (Chihuahua): the act is placed where the story puts it, Reynosa."""
    start = REYNOSA_STORY.index(sentence)
    end = REYNOSA_STORY.index(".", REYNOSA_STORY.index("Facebook") if sentence == "Marisol" else start) + 1
    place, span = locate_incident(REYNOSA_STORY, [(start, end)], options)
    assert (place.name, place.country, span.text) == ("Reynosa", "MX", "Reynosa")


def test_a_surname_told_as_a_person_is_no_town_abroad(options):
    """Web page 032: "Salinas beat Cartas to death", "quote Salinas as saying", "Salinas' home" (NER finds
    "Salinas" a person in several sentences, not "Guadalupe Salinas Hernandez") is no Salinas, Mexico: the killing
    is placed in Reynosa. A given name of a full name is read as a person only in a US story."""
    from eventwire.pipeline import code_articles
    from eventwire.read import read_path

    page = need(SHARED / "data" / "web" / "pages" / "032.html")
    coded = list(code_articles([r for r in read_path(page)], options))
    assert [(i.location, i.country) for c in coded for i in c.incidents] == [("Reynosa", "MX")]


def test_a_name_after_an_age_is_a_person(options):
    """"23-year-old Kyle Parish expected" names a man: "Parish fired several shots" is no Parish (Kosciusko,
    Mississippi, by an old name); "a 21-year-old Lincoln Park man" still names a place, and so does "Harris County"
    in a story about a "19-year-old Cameron Harris"."""
    from eventwire.geo.locate import _aged_names

    text = ("FRANKLIN (Mar. 9, 2015) – Johnson County officials think 23-year-old Kyle Parish expected to "
            "die.\n\nPolice said Parish fired several shots, killing a woman and her friend.")
    place, span = locate_incident(text, [(text.index("Police"), len(text))], options)
    assert "Parish" not in (place.name, span.text)
    assert _aged_names("a 21-year-old Lincoln Park man was shot") == frozenset()
    text = "The 19-year-old Cameron Harris was shot. Harris County deputies said the shooting was in Harris County."
    place, _ = locate_incident(text, [(0, len(text))], options)
    assert place.name == "Harris"
