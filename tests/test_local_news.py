"""US local news: the story's state, the act's own date beside the dates of its follow-up, weekends and weekdays
that name a date. Hand-made texts in the shape of the Gun Violence Archive articles where each fault was seen."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire.geo.focus import article_us_state
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.locate import locate_incident
from eventwire.options import Options
from eventwire.pipeline import code_text
from eventwire.timex import find


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


CHICAGO_STORY = (
    "Early Sunday someone fired shots into a house in the Austin neighborhood and six people were hurt, police "
    "said.\n\n"
    "A boy of 17 among them was listed as serious at Mount Sinai Hospital on Sunday night, a Chicago Police "
    "Department spokesman said.\n\n"
    "Chicago police have made no arrests."
)


def test_a_local_story_is_in_the_state_of_the_big_city_it_names(options):
    """No state is named, but Chicago is: the story is in Illinois, and Chicago is its city."""
    gz = get_gazetteer(options)
    assert article_us_state(CHICAGO_STORY, gz) == ("Illinois", "Chicago")
    # a state named outright counts with the cities; a first name that is a city's counts for nothing
    assert article_us_state("Austin Smith, 19, was shot in Decatur, Ga., on Friday.", gz) == ("Georgia", None)
    # two big cities of one name (Aurora, Colorado and Illinois) tell no state
    assert article_us_state("A man was shot in Aurora on Friday.", gz) is None


def test_namesakes_in_another_state_are_no_places_of_a_local_story(options):
    """'the Austin neighborhood' (of Chicago) is not Austin, Texas, and 'Mount Sinai Hospital' is not the hamlet of
    Mount Sinai, New York: the story's state keeps them out, and the incident is placed at its city."""
    first = CHICAGO_STORY.index("said.") + 5
    place, _ = locate_incident(CHICAGO_STORY, [(0, first)], options)
    assert (place.name, place.admin1, place.country) == ("Chicago", "Illinois", "US")
    second = (first + 2, CHICAGO_STORY.index("spokesman said.") + 15)
    place, _ = locate_incident(CHICAGO_STORY, [second], options)
    assert (place.name, place.admin1) == ("Chicago", "Illinois")


def test_a_suburb_across_the_state_line_is_kept():
    """A Chicago story about Gary, Indiana: a town of another state near the story's city is still a place."""
    text = ("A man was shot and killed Friday night outside a store in Gary, police said.\n\n"
            "Chicago police said they were helping detectives in the case.")
    place, _ = locate_incident(text, [(0, text.index("police said.") + 12)], Options.load(use_env=False))
    assert (place.name, place.admin1) == ("Gary", "Indiana")


def test_a_namesake_in_the_stated_state_still_wins():
    """The rule only takes away: a town of the story's own state is placed as before."""
    text = "ATLANTA (AP) -- Two men were killed Saturday in Decatur, police in Georgia said."
    place, _ = locate_incident(text, [(0, len(text))], Options.load(use_env=False))
    assert (place.name, place.admin1) == ("Decatur", "Georgia")


@pytest.mark.parametrize("text, published, day", [
    # the arrest is dated Monday, the shooting Sunday
    ("On Monday the Tattnall County Sheriff's Office arrested two suspects over a shooting that occurred Sunday at a "
     "cookout in Reidsville, Georgia.", "2014-03-18", "2014-03-16"),
    # the court date and the shooting
    ("A youth of 16, charged over shooting four people outside a Macon middle school, was refused bail at a "
     "hearing on Wednesday. Officers said he began shooting at a corner where pupils stood waiting Tuesday "
     "afternoon.", "2014-05-14", "2014-05-13"),
    # the press conference and the shooting
    ("Police gave details of a shooting that left seven people dead in Isla Vista, California, in a Saturday night "
     "press conference. The gunman opened fire on Friday night.", "2014-05-24", "2014-05-23"),
])
def test_the_act_keeps_its_own_date_beside_its_follow_up(options, text, published, day):
    coded = code_text(text, published, options)
    assert [i.date for i in coded.incidents][:1] == [day]


def test_a_follow_up_date_still_dates_an_act_nothing_else_dates(options):
    coded = code_text("A man was arrested Tuesday after he shot and killed his neighbor in Dayton, Ohio.",
                      "2014-06-18", options)
    assert coded.incidents and coded.incidents[0].date == "2014-06-17"


@pytest.mark.parametrize("text, published, found", [
    # a weekday before the date it names is that date, not the weekday before the article
    ("at a barbecue in Indio on Saturday, May 17.", date(2014, 6, 4), [("May 17", "2014-05-17")]),
    ("on Sunday, 18 May", date(2014, 6, 4), [("18 May", "2014-05-18")]),
    # a weekday alone still resolves against the article
    ("on Saturday night", date(2014, 6, 4), [("on Saturday night", "2014-05-31")]),
])
def test_a_weekday_before_a_date_is_that_date(text, published, found):
    assert [(t.text, t.date) for t in find(text, published)] == found


@pytest.mark.parametrize("text, published, window", [
    ("shot last weekend", date(2014, 3, 27), ("2014-03-22", "2014-03-23")),  # Thursday's paper: the weekend gone
    ("this past weekend", date(2014, 6, 30), ("2014-06-28", "2014-06-29")),  # Monday's paper
    ("last weekend", date(2014, 6, 28), ("2014-06-21", "2014-06-22")),  # Saturday's paper: the one before
    ("last week", date(2014, 3, 27), ("2014-03-17", "2014-03-23")),  # a week is still the week before
])
def test_last_weekend_is_a_saturday_and_sunday(text, published, window):
    (t,) = find(text, published)
    assert (t.earliest, t.latest) == window


def test_a_follow_up_story_about_an_old_shooting_codes_no_new_one(options):
    """A plea in 'a 2014 shooting' is news about history: 'the shooting' after it is the same old act, not a new
    one dated at publication."""
    text = ("A Flint woman pleaded guilty Monday in a 2014 shooting that left one man dead and two others hurt.\n\n"
            "The shooting happened outside a tavern on Court Street, prosecutors said.")
    assert code_text(text, "2016-03-22", options).incidents == ()
    # told as news, the same sentences make an incident
    news = text.replace("pleaded guilty Monday in a 2014 shooting", "was arrested Monday in a weekend shooting")
    assert len(code_text(news, "2016-03-22", options).incidents) == 1


def test_a_month_is_no_place(options):
    """'in May' dates an act; it is not May, North Dakota."""
    text = "Deputies in Cobb County, Georgia, have arrested a woman over the killing of two men in May."
    for incident in code_text(text, "2014-06-13", options).incidents:
        assert incident.location != "May" and incident.admin1 == "Georgia"


def test_people_also_shot_are_more_victims_of_the_same_shooting(options):
    """'Three other people were also shot' adds victims to the shooting it follows; 'another man was shot' is one
    more shooting (detect.another_act)."""
    text = ("A four-year-old boy was killed by a stray bullet when gunfire broke out in Kensington, Philadelphia, "
            "Friday night.\n\nTwo other people were also shot.")
    (incident,) = code_text(text, "2014-08-01", options).incidents
    assert incident.killed == 1 and incident.date == "2014-08-01"
    other = text.replace("Two other people were also shot.", "Another man was shot in Durham on Friday.")
    assert len(code_text(other, "2014-08-01", options).incidents) == 2


def test_a_shooting_told_on_either_side_of_midnight_is_one(options):
    """The lead says 'late Sunday night', the body 'early Monday morning': one act, dated by the earlier day (a
    follow-up comes after the act, never before it)."""
    text = ("Two men died and two more were hurt in a shooting in Miami-Dade late Sunday night.\n\n"
            "Detectives said the shooting took place in a courtyard beside a duplex in Miami-Dade early "
            "Monday morning, when four people were hit.")
    (incident,) = code_text(text, "2014-07-07", options).incidents
    assert incident.date == "2014-07-06" and incident.admin1 == "Florida"


def test_a_persons_name_is_no_place_anywhere_in_a_us_story(options):
    """'Ricky Hudson' makes 'Hudson' a person wherever the story names him, and the story's state is not New
    Jersey from Hudson County's city; 'Hale' of 'Detective Brian Hale' is not Hale, Alabama."""
    gz = get_gazetteer(options)
    text = ("Two men died Sunday after gunfire in northwest Miami-Dade, Florida.\n\n"
            "Officers named one of the wounded as Ricky Hudson, 31.\n\n"
            "Moss and Hudson were driven to a trauma center.")
    assert article_us_state(text, gz) == ("Florida", None)
    last = text.index("Moss")
    place, _ = locate_incident(text, [(last, len(text))], options)
    assert place.admin1 == "Florida" and place.name != "Hudson"
    hale = ("A man was shot and killed at a gas station in Grand Rapids, Michigan, on Friday, said Detective Brian "
            "Hale.\n\nHale said the gunman fled in a white car.")
    place, _ = locate_incident(hale, [(hale.index("Hale said"), len(hale))], options)
    assert (place.name, place.admin1) == ("Grand Rapids", "Michigan")


def test_a_us_story_naming_a_street_block_and_a_station_is_american(options):
    """'Norfolk, Va,-' (no full stop), a '1500 block of' address and a station's call letters '(WUSA9)' make a
    story American, however Norfolk or a street name reads abroad."""
    from eventwire.geo.focus import article_country

    text = ("Norfolk, Va,-Officers in Norfolk answered three separate shootings overnight. "
            "One was in the 2400 block of Thurgood Street.")
    assert article_country(text, options) == "US"
    assert article_country("WASHINGTON (WUSA9) -- Three men were hurt in a shooting overnight in northeast D.C., "
                           "police said.", options) == "US"


def test_a_town_that_names_a_street_or_a_hospital_is_no_place_of_a_us_story(options):
    """'South Orange Blossom Trail' is a road in Orlando, not South Orange, New Jersey; 'the 9200 block of Burt' a
    street in Detroit, not Burt, Michigan; 'Mount Sinai Hospital' a hospital, not the hamlet in New York."""
    text = ("A drive-by shooting outside a convenience store on South Orange Blossom Trail in Orlando, Florida, "
            "hurt three men on Saturday morning, police said.")
    for incident in code_text(text, "2014-09-06", options).incidents:
        assert (incident.location, incident.admin1) == ("Orlando", "Florida")
    text = ("A man was wounded about 3:15 a.m. Monday outside a house on the 9200 block of Burt, close to West "
            "Chicago, Detroit police said.")
    for incident in code_text(text, "2014-09-12", options).incidents:
        assert incident.location != "Burt" and incident.admin1 == "Michigan"


def test_an_undated_act_takes_the_time_the_story_tells_it_happened(options):
    """'It happened around 7:30 p.m. Tuesday' and 'Near 11 p.m. Sunday, a deputy tried to pull over a truck' tell
    when the act happened, in sentences with no act word: the act is dated by them, not by the publication day. A
    time told of a follow-up ('The funeral is planned for 2 p.m. Friday') dates nothing."""
    text = ("An 8-year-old boy is in critical care after his cousin "
            "accidentally shot him near Duncan, Oklahoma.\n\n"
            "It happened around 7:30 p.m. Tuesday a few miles east of Duncan.")
    (incident,) = code_text(text, "2015-03-18", options).incidents
    assert incident.date == "2015-03-17" and incident.date_precision == "day"
    funeral = text.replace("It happened around 7:30 p.m. Tuesday a few miles east of Duncan.",
                           "His funeral was held at 2 p.m. Tuesday.")
    (incident,) = code_text(funeral, "2015-03-18", options).incidents
    assert incident.date == "2015-03-18"  # nothing dates the act: the article's day, as before


def test_the_time_of_the_act_before_the_time_of_the_news(options):
    """'on Wednesday night, still recovering from Tuesday's shooting': the shooting was on Tuesday."""
    text = ("Two teenagers were in hospital beds on Wednesday night, still recovering from Tuesday's shooting outside a "
            "recreation center in east Atlanta, Georgia.")
    (incident,) = code_text(text, "2014-05-15", options).incidents
    assert incident.date == "2014-05-13"


def test_pieces_of_one_shooting_told_with_another_and_also_are_one_incident(options):
    """'Another person was shot and wounded as he ran from the hall' is one more victim of the shooting the story
    tells; 'who also had worked late' qualifies no act. 'Another man was shot in Durham on Friday'
    stays one more shooting (test_people_also_shot_are_more_victims_of_the_same_shooting)."""
    text = ("Four people were killed on Thursday afternoon in a shooting at a county office in Yreka, California, "
            "police said.\n\n"
            "Another person was shot and wounded as he ran from the hall.\n\n"
            "Morales, who also had worked late at the office, said she saw officers detain a man after the "
            "shooting.")
    (incident,) = code_text(text, "2014-02-21", options).incidents
    assert incident.date == "2014-02-20" and incident.killed == 4
