"""Where a US local story happened, from the whole GVA file's place errors (session 21): a county or town of many
states leans to the state of the local outlet its page's address names (data/outlets.tsv: a TV station's call sign, a
newspaper's domain) where the text and title name no state; a part of a big city is that city where the outlet is
that city's, or named with its side ("West Side Austin"); an age ("Sixteen-year-old") is no town."""
from __future__ import annotations

import pytest
from test_local_places import _place

from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.locate import _outlet_place, _url_place
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def test_a_county_of_many_states_leans_to_its_outlet_s_state(options):
    # Greene County is a county of 14 states: a Greenville, North Carolina station's story is in North Carolina's
    text = ("The Greene County Sheriff's Office has charged the uncle of a two year old boy killed by a gunshot in what "
            "deputies call a mishap. Deputies were sent to Marlow Lane after the toddler was hit by a bullet "
            "fired by accident.")
    url = "http://web.archive.org/web/20140411120000/http://www.wnct.com/story/11112222/uncle-charged/"
    assert _place(text, options, url=url)[1:] == ("North Carolina", "US")
    assert _place(text, options)[1:] != ("North Carolina", "US")


def test_a_part_of_the_outlet_s_city_is_that_city(options):
    # Kensington is Philadelphia's (and Brooklyn's, and a Maryland town): a Philadelphia outlet's story that names
    # no city and no state
    text = ("One man died and two women were hurt when shots rang out on a busy Kensington corner late "
            "Friday afternoon, police said. Officers went to Cambria Street near Lee just after 4 p.m. after "
            "calls about people hit by gunfire on the sidewalk, a police captain told reporters there.")
    url = "http://web.archive.org/web/20130520101010/http://www.philly.com:80/philly/blogs/dncrime/Three-shot.html"
    assert _place(text, options, url=url)[:2] == ("Philadelphia", "Pennsylvania")


def test_a_story_that_names_no_place_is_placed_near_its_outlet_s_city(options):
    # a local station's story that names no place happened in its area: the outlet's city (precision 2, near it);
    # without an outlet's address the story stays unplaced
    text = ("A woman was badly hurt when a bullet struck her leg late Tuesday. Officers said it "
            "took place by a row of townhouses off 72nd and L streets at about 10 p.m.")
    url = "http://web.archive.org/web/20160705090000/http://www.ketv.com:80/news/woman-hurt-in-tuesday-shooting/1/"
    assert _place(text, options, url=url)[:2] == ("Omaha", "Nebraska")
    assert _place(text, options, url="http://www.example.com/news/woman-hurt-in-tuesday-shooting/1/") is None
    assert _place(text, options) is None


@pytest.mark.parametrize("text, city", [
    # a part of the city named with its side
    ("CHICAGO - Gunfire in the West Side Austin neighborhood late Sunday left one man dead and two hurt, "
     "according to Chicago police.", "Chicago"),
    # Pittsburgh's Knoxville, not Tennessee's
    ("A Pittsburgh boy, 15, was hit by a bullet near 7 p.m. Friday at a cousin's house in Knoxville and died Sunday in "
     "a Pittsburgh hospital, officers said.", "Pittsburgh"),
])
def test_a_part_of_a_big_city_is_the_city(text, city, options):
    assert _place(text, options)[0] == city


@pytest.mark.parametrize("text", [
    "Sixteen-year-old boy shoots himself in the foot by mistake, officers said.",
    "Eighteen-year-old woman dies after being shot in a quarrel, officers said.",
])
def test_an_age_is_no_place(text, options):
    # "Sixteen" (Sixteen, Ohio), "Eighteen": the words of an age joined to "-year-old"
    assert _place(text, options) is None


def test_an_outlet_s_host_and_its_address_path(options):
    gz = get_gazetteer(options)
    assert _outlet_place("m.wsbtv.com", gz).admin1 == "Georgia"  # (a mobile host)
    assert _outlet_place("www.example.com", gz) is None
    assert _url_place("http://www.ketv.com:80/news/4-hurt/33277800", gz).name == "Omaha"
    # the address's own path names the city first: the outlet's is only where it names none
    assert _url_place("http://www.wsbtv.com/news/las-vegas/shooting/123/", gz).admin1 == "Nevada"
