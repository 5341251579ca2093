"""Recall across outlets and days (issue 19): reports of one GVA incident that dedupe once kept apart."""
from __future__ import annotations

import pytest

from eventwire import dedupe
from eventwire.dedupe import cluster_incidents
from eventwire.records import Article, CodedArticle, Incident

#: what the outlets of GVA 743995 (the Fort Lauderdale airport shooting, January 2017) share: the gunman's name,
#: the airport, the county
AIRPORT = dedupe.text_keys("Gunman kills 5, wounds 6 at Fort Lauderdale airport",
                           "Esteban Santiago, 26, who had flown in from Anchorage, fired on travellers by the baggage "
                           "carousels of the Fort Lauderdale airport, the Broward County sheriff said.")


def airport_report(report_id: str, day: str, **kw) -> Incident:
    base: dict = {"id": report_id, "article_id": report_id.partition(":")[0], "date": day, "date_precision": "day",
                  "country": "US", "admin1": "Florida", "location": "Fort Lauderdale", "latitude": 26.122,
                  "longitude": -80.143, "geo_precision": 1, "event_type": "Violence against civilians", "killed": 5,
                  "wounded": 6}
    base.update(kw)
    return Incident(**base)


def test_an_articles_second_report_of_one_event_does_not_split_the_others():
    """Article a codes the shooting (January 6) and again the charges (January 7) as a second incident; b dates the
    shooting to the 7th, c to the 6th. a's two reports stay apart (one article tells its incidents apart), but b
    and c join a's lead: taken before b, a:1 started an incident of its own that drew b in, leaving c with a:0."""
    reports = [airport_report("a:0", "2017-01-06"), airport_report("a:1", "2017-01-07"),
               airport_report("b:0", "2017-01-07"), airport_report("c:0", "2017-01-06")]
    keys = {r.id: AIRPORT for r in reports}
    made = sorted(sorted(g) for g in cluster_incidents(reports, keys=keys))
    assert made == [["a:0", "b:0", "c:0"], ["a:1"]]
    assert sorted(sorted(g) for g in cluster_incidents(list(reversed(reports)), keys=keys)) == made


def test_canonical_order_takes_each_articles_lead_first():
    members = [dedupe.Member(Incident(id=i, article_id=i[0])) for i in ("b:1", "a:1", "c:0", "a:0", "b:10", "b:2")]
    members.append(dedupe.Member(Incident(id="f:0", article_id="f"), followup=True))
    assert [m.incident.id for m in dedupe.canonical_order(members)] == ["a:0", "c:0", "a:1", "b:1", "b:2", "b:10",
                                                                        "f:0"]


def newburgh(article: str, text: str, published: str, title: str, incidents: tuple = ()):
    art = Article(id=article, text=text, title=title, published=published, source=f"{article}.example.com",
                  url=f"https://{article}.example.com/story")
    return CodedArticle(art, tuple(i.replace(article_id=article, id=f"{article}:{n}") for n, i in enumerate(incidents)))


SHOOTING = newburgh(
    "n1", "Two young women were killed and five people wounded when gunfire broke out at a Halloween party in "
    "Newburgh early Sunday, police said.", "2016-10-30", "Halloween party gunfire in Newburgh: 2 dead, 5 hurt",
    (Incident(id="n1:0", article_id="n1", date="2016-10-30", date_precision="day", country="US", admin1="New York",
              location="Newburgh", latitude=41.503, longitude=-74.010, geo_precision=1,
              event_type="Violence against civilians", killed=2, wounded=5),))


def arrest(published: str, town: str = "Newburgh"):
    """GVA 688577's follow-up: it codes no incident (the arrest is no new violence) and shares only the town."""
    return newburgh("n2", f"A {town} teenager sought in the Halloween party double murder was caught in "
                          "Pennsylvania, police said.", published,
                    f"{town} teenager sought in double murder caught in Pennsylvania")


@pytest.mark.parametrize("published, town, joins", [
    ("2016-11-04", "Newburgh", True),     # five days after: the town named is enough
    ("2016-11-25", "Newburgh", False),    # weeks later the town alone could be any of its shootings
    ("2016-11-04", "Poughkeepsie", False),  # another town
])
def test_a_follow_up_naming_the_town_within_days_joins_the_incident(tmp_path, published, town, joins):
    from eventwire.store import open_store

    for order in ((SHOOTING, arrest(published, town)), (arrest(published, town), SHOOTING)):
        with open_store(str(tmp_path / f"{published}{town}{order[0].article.id}.db")) as store:
            for item in order:
                store.write_batch([item])
            (inc,) = store.incidents()
            assert inc["n_sources"] == (2 if joins else 1)
            assert (inc["killed_best"], inc["wounded_best"]) == (2, 5)  # the follow-up gives no values


def test_the_best_toll_is_never_below_a_figure_two_sources_agree_on():
    """GVA 743995: six outlets give 5 killed; later stories about one victim code 1 ('Second Ohio woman among the
    five killed'). The best is the latest figure not below one two sources agree on: a revision upwards wins."""
    def told(figures: list[int]) -> list[dedupe.Member]:
        return [dedupe.Member(airport_report(f"r{n}:0", "2017-01-06", killed=k), published=f"2017-01-{n + 6:02d}")
                for n, k in enumerate(figures)]

    record = dedupe.reconcile("i", told([5, 5, 3, 5, 1]))
    assert (record["killed_low"], record["killed_best"], record["killed_high"]) == (1, 5, 5)
    assert dedupe.reconcile("i", told([3, 4, 4, 5]))["killed_best"] == 5  # revised upwards
    assert dedupe.reconcile("i", told([3, 4, 4, 3]))["killed_best"] == 4  # one source's lower figure
    assert dedupe.reconcile("i", told([2, 3]))["killed_best"] == 3  # none confirmed: the latest revision


def test_the_wounded_of_early_stories_who_died_are_counted_dead():
    """GVA 356646: the first story tells a boy shot (wounded 1), the next day's that he died (killed 1): one killed,
    no one wounded. Where one source tells both, or the deaths come before the wounded, the wounded stand."""
    def member(article: str, published: str, title: str, **kw) -> dedupe.Member:
        return dedupe.Member(Incident(id=f"{article}:0", article_id=article, **kw), published=published,
                             headline=dedupe.headline_entries(title))

    shot = member("a", "2015-06-12", "Police: Boy Accidentally Shot in Chest in Jefferson Park", wounded=1)
    dies = member("b", "2015-06-13", "Boy, 14, dies days after shooting himself by accident, police say", killed=1)
    record = dedupe.reconcile("i", [shot, dies])
    assert (record["killed_best"], record["wounded_best"]) == (1, 0)
    both = member("c", "2015-06-13", "Man killed, woman hurt in Jefferson Park shooting", killed=1, wounded=1)
    assert dedupe.reconcile("i", [shot, dies, both])["wounded_best"] == 1
    before = member("b", "2015-06-11", "Boy, 14, dies days after shooting himself by accident, police say", killed=1)
    assert dedupe.reconcile("i", [shot, before])["wounded_best"] == 1


def test_a_headline_of_people_shot_and_no_death_leaves_its_reports_dead_out():
    """GVA 491819: a headline of four people shot on an Oakland avenue coded 2 killed, 2 wounded, where no one died;
    a headline counting one person shot, or telling a death, leaves the extraction's dead as they are."""
    def member(article: str, title: str, **kw) -> dedupe.Member:
        return dedupe.Member(Incident(id=f"{article}:0", article_id=article, **kw), published="2013-08-17",
                             headline=dedupe.headline_entries(title))

    four = member("a", "Four shot on Foothill Boulevard in Oakland", killed=2, wounded=2)
    other = member("b", "Police look into Foothill Boulevard shooting near 35th Avenue", wounded=4)
    record = dedupe.reconcile("i", [four, other])
    assert (record["killed_best"], record["wounded_best"]) == (None, 4)
    one = member("c", "Henry County child shot in the head", killed=1)
    assert dedupe.reconcile("i", [one])["killed_best"] == 1
    told = member("d", "Shooting on Toledo's east side: 1 dead, 4 injured", killed=1, wounded=4)
    assert dedupe.reconcile("i", [told])["killed_best"] == 1


def pulse(article: str, day: str, published: str, title: str, text: str, **kw) -> CodedArticle:
    """A story of GVA 577157 (the Pulse nightclub shooting, Orlando, June 12 2016) as an outlet told it."""
    base: dict = {"id": f"{article}:0", "article_id": article, "date": day, "date_precision": "day", "country": "US",
                  "admin1": "Florida", "location": "Orlando", "latitude": 28.538, "longitude": -81.379,
                  "geo_precision": 1, "event_type": "Violence against civilians", "killed": 49, "wounded": 53}
    base.update(kw)
    return newburgh(article, text, published, title, (Incident(**base),))


#: the first story, a victim's story the same day (one killed: his own), and a survivor's two weeks later: the
#: survivor's story shares no name with the first, only the toll and the town
FIRST = pulse("p1", "2016-06-12", "2016-06-12", "49 killed in Orlando nightclub shooting",
              "Omar Mateen, 29, of Fort Pierce opened fire inside the Pulse nightclub early Sunday, killing 49 people "
              "and wounding 53 before police killed him, Orlando Police Chief John Mina said.")
VICTIM = pulse("p2", "2016-06-12", "2016-06-13", "Family mourns Juan Ramon Guerrero, killed in Orlando",
               "Juan Ramon Guerrero, 22, was among those killed when Omar Mateen opened fire at the club. Guerrero "
               "had moved to Orlando from Kissimmee.", killed=1, wounded=None)
SURVIVOR = pulse("p3", "2016-06-26", "2016-06-27", "Orlando club survivor: a man I never met carried me out",
                 "Angel Colon, shot six times, says a stranger named Josh Rivera dragged him across Orange Avenue. "
                 "Colon spent two weeks at Orlando Regional Medical Center with Dr. Chadwick Smith.")


def _sources(tmp_path, name: str, items: list[CodedArticle]) -> list[int]:
    from eventwire.store import open_store

    with open_store(str(tmp_path / f"{name}.db")) as store:
        for item in items:
            store.write_batch([item])
        return sorted(inc["n_sources"] for inc in store.incidents())


def test_a_mass_killings_stories_weeks_apart_are_one_incident(tmp_path):
    """The survivor's story two weeks on names no one the first named and is dated to its own day: the toll (49
    killed, a mass killing) in the same town makes it the same incident, in any order. The victim's story (1 killed)
    joins on the gunman's name and does not make the incident small."""
    items = [FIRST, VICTIM, SURVIVOR]
    assert _sources(tmp_path, "a", items) == [3]
    assert _sources(tmp_path, "b", list(reversed(items))) == [3]


@pytest.mark.parametrize("other", [
    # another mass shooting's toll quoted 227 km away (Cape Coral) is not this incident
    pulse("p4", "2016-06-26", "2016-06-27", "Vigil held in Cape Coral", "Residents of Cape Coral gathered at "
          "Jaycee Park for the victims.", location="Cape Coral", latitude=26.563, longitude=-81.950),
    # a toll of another size in the same town weeks later is another event
    pulse("p5", "2016-06-26", "2016-06-27", "Fire kills 12 in Orlando", "Twelve people died in a fire at the "
          "Parramore apartments.", killed=12, wounded=2),
    # five killed is no mass killing: a town's shootings weeks apart are told with their own names
    pulse("p6", "2016-06-26", "2016-06-27", "5 killed in Orlando", "Five people were shot dead on Kirkman Road.",
          killed=5, wounded=0),
])
def test_a_mass_killing_joins_only_its_own_toll_in_its_own_area(tmp_path, other):
    first = pulse("p1", "2016-06-12", "2016-06-12", "Shooting in Orlando", FIRST.article.text,
                  killed=other.incidents[0].killed if other.article.id == "p6" else 49,
                  wounded=0 if other.article.id == "p6" else 53)
    assert _sources(tmp_path, "c", [first, other]) == [1, 1]
    assert dedupe._mass_toll(FIRST.incidents[0], SURVIVOR.incidents[0], 50.0)
    assert not dedupe._mass_toll(FIRST.incidents[0], other.incidents[0], 50.0)


def test_a_headline_counting_few_dead_is_no_mass_killing(tmp_path):
    """GVA 611479 (Fort Myers, July 25 2016): a headline of two teens dead outside a Florida club, over a text
    recalling Pulse, coded 49 killed and placed in Orlando; 43 days on it joined Pulse as a mass
    killing, and through it every Fort Myers story (42 wrong pairs). Its headline counts two dead: its 49 are
    another incident's. Without that headline the same report still joins (the mass-killing rule stands)."""
    text = ("Police are searching for the suspects in a shooting outside Club Blu that left two teens dead, weeks "
            "after 49 people were killed at the Pulse nightclub in Orlando.")
    quoted = pulse("p7", "2016-07-25", "2016-07-26", "Police hunt gunmen after Florida club shooting that left two "
                   "teens dead", text, wounded=12)
    assert _sources(tmp_path, "d", [FIRST, quoted]) == [1, 1]
    untitled = pulse("p8", "2016-07-25", "2016-07-26", "Police hunt gunmen after Florida club shooting", text,
                     wounded=12)
    assert _sources(tmp_path, "e", [FIRST, untitled]) == [2]


@pytest.mark.parametrize("title, tolls", [
    ("3 Killed, 2 Hurt in Pasadena Shooting", ("killed 3", "wounded 2")),
    ("Englewood Shooting Kills 3, Wounds 2, Officers Say", ("killed 3", "wounded 2")),
    ("Teen Killed, Five Others Injured in Waco Shooting", ("killed 1", "wounded 5")),
    ("Four Shot Overnight in Wilmington", ("wounded 4",)),  # shot and no death toll: wounded
    ("4 people shot, 3 dead, as gunman opens fire at bar", ("killed 3",)),  # the 4 shot include the dead
    ("3 People Found Shot To Death Inside Van In Yonkers", ("killed 3",)),
    ("6 Dead, 19 Wounded In Holiday Weekend Shootings", ()),  # a round-up's figures are no one incident's
    ("4-year-old girl, man shot in Elmwood", ("wounded 2",)),  # two people listed: one each (counts, session 32)
    ("Neighbors Remember Man Slain in Pasadena", ("killed 1",)),  # one victim's story: below the incident's 3
    ("Husband and wife shot in Riverton motel room", ("wounded 2",)),  # two people listed: one each
])
def test_headline_tolls(title, tolls):
    assert dedupe.headline_entries(title) == tolls


def test_the_toll_a_headline_gives_is_the_best(tmp_path):
    """GVA 157857: '3 Killed, 2 Hurt in Pasadena Shooting', then a day later a story of the man slain,
    which codes the one man it is about (1 killed). The headline's figure is the incident's; without a headline
    giving one the latest figure still wins."""
    def story(article: str, published: str, title: str, killed: int) -> CodedArticle:
        return newburgh(article, f"{title}. Police said a gunman opened fire at a party on Kirkwood Avenue in "
                                 "Pasadena; the victims were Marcus Delahoussaye and two friends.", published, title,
                        (Incident(id=f"{article}:0", article_id=article, date="2014-07-13", date_precision="day",
                                  country="US", admin1="California", location="Pasadena", latitude=34.148,
                                  longitude=-118.144, geo_precision=1, event_type="Violence against civilians",
                                  killed=killed, wounded=2),))

    first = story("s1", "2014-07-13", "3 Killed, 2 Hurt in Pasadena Shooting", 3)
    later = story("s2", "2014-07-14", "Neighbors Remember Man Slain in Pasadena", 1)
    plain = story("s0", "2014-07-13", "Pasadena shooting under investigation", 3)
    from eventwire.store import open_store

    for name, items, best in (("h", [first, later], 3), ("r", [later, first], 3), ("p", [plain, later], 1)):
        with open_store(str(tmp_path / f"{name}.db")) as store:
            store.write_batch(items)
            (inc,) = store.incidents()
            assert (inc["n_sources"], inc["killed_best"], inc["killed_low"], inc["killed_high"]) == (2, best, 1, 3)


def _placed(report_id: str, day: str, location: str, admin1: str | None, lat: float, lon: float, precision: int = 1,
            **kw) -> Incident:
    base: dict = {"id": report_id, "article_id": report_id.partition(":")[0], "date": day, "date_precision": "day",
                  "country": "US", "admin1": admin1, "location": location, "latitude": lat, "longitude": lon,
                  "geo_precision": precision, "event_type": "Violence against civilians", "killed": 1,
                  "target_types": ["Private Citizens & Property"]}
    base.update(kw)
    return Incident(**base)


def test_a_report_naming_the_others_town_outweighs_the_geocoder():
    """GVA 708392: one outlet's 'Harlem Gardens' (a Clewiston, Florida neighbourhood) was placed in Harlem, New York;
    a later report, placed in Clewiston, names the victim as the first does, and the first's text names Clewiston.
    Without either naming the other's town, two reports days apart 1,700 km from each other stay apart."""
    arrest = _placed("a:0", "2016-11-24", "Clewiston", "Florida", 26.754, -80.934,
                     date_earliest="2016-11-24", date_latest="2016-11-30", date_precision=None)
    first = _placed("b:0", "2016-11-22", "Harlem", "New York", 40.811, -73.946, wounded=4)
    keys_a = dedupe.text_keys("Arrest made in Hendry County murder", "Deputies arrested a 20-year-old in the "
                              "killing of Delvin Hughes, 28.")
    named = dedupe.text_keys("Clewiston shooting leaves 1 dead, 4 injured", "Delvin Hughes, 28, was killed and four "
                             "were injured in Clewiston, deputies said.")
    unnamed = dedupe.text_keys("Shooting leaves 1 dead, 4 injured", "Delvin Hughes, 28, was killed and four were "
                               "injured, deputies said.")
    assert sorted(map(sorted, cluster_incidents([arrest, first], keys={"a:0": keys_a, "b:0": named}))) == [
        ["a:0", "b:0"]]
    assert len(cluster_incidents([arrest, first], keys={"a:0": keys_a, "b:0": unnamed})) == 2


def test_two_reports_at_their_countrys_centroid_are_not_in_one_place():
    """GVA 715747 / 718613: two shootings 3 days apart that the geocoder placed only in the United States (its
    centroid) shared 'a place' and a target type and were joined; a country's centroid says nothing about where."""
    a = _placed("a:0", "2016-12-01", "United States", None, 39.8, -98.6, precision=3, wounded=1)
    b = _placed("b:0", "2016-12-04", "United States", None, 39.8, -98.6, precision=3, wounded=1)
    c = dedupe.compare(a, b)
    assert dedupe.NO_ANCHOR in c.codes
    assert len(cluster_incidents([a, b])) == 2


@pytest.mark.parametrize("title, wounded", [
    # the headline tells one man shot, the text that he died: he is the dead, not also wounded
    ("Man shot in Wynnefield", None),
    # a headline telling a death and one hurt gives its wounded
    ("1 dead, 1 injured in Wynnefield shooting", 1),
])
def test_the_people_a_headline_tells_shot_are_the_dead_its_text_counts(title, wounded):
    """GVA 667264, 764827, 783373: one story's headline tells a man killed, another's a man shot (read as wounded
    where the headline tells no death) over a text telling he died; GVA counts one killed, none wounded."""
    first = Incident(id="a:0", article_id="a", date="2016-10-01", killed=1)
    second = Incident(id="b:0", article_id="b", date="2016-10-01", killed=1)
    members = [dedupe.Member(first, published="2016-10-01", headline=dedupe.headline_entries("Man killed in Wynnefield")),
               dedupe.Member(second, published="2016-10-02", headline=dedupe.headline_entries(title))]
    rec = dedupe.reconcile("x", members)
    assert rec["killed_best"] == 1
    assert rec["wounded_best"] == wounded
