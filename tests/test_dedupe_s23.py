"""Session 23 (issue 19): reconciled tolls of a shooting whose one victim died."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Incident


def member(article: str, published: str, title: str, **kw: int) -> dedupe.Member:
    return dedupe.Member(Incident(id=f"{article}:0", article_id=article, date="2016-09-12", date_precision="day",
                                  country="US", **kw), published=published, headline=dedupe.headline_entries(title))


def test_one_victim_told_dead_by_most_sources_is_not_also_wounded():
    """Most stories of one shooting count its one victim dead and no one wounded; one read him as shot and killed
    (killed 1, wounded 1), another, written before he died, as shot: GVA counts one killed, none injured."""
    shot = member("a", "2016-09-12", "Man shot on east side", wounded=1)
    both = member("b", "2016-09-12", "Police investigate overnight shooting", killed=1, wounded=1)
    dead = [member(x, "2016-09-13", "Man dies after east side shooting", killed=1) for x in ("c", "d")]
    record = dedupe.reconcile("i", [shot, both, *dead])
    assert (record["killed_best"], record["wounded_best"]) == (1, 0)
    # one source of the death alone does not outvote the one telling a death and a wounded
    assert dedupe.reconcile("i", [shot, both, dead[0]])["wounded_best"] == 1
    # a story of someone wounded published after the last of the dead tells of another victim
    later = member("f", "2016-09-20", "Second man shot on east side", wounded=1)
    assert dedupe.reconcile("i", [both, *dead, later])["wounded_best"] == 1
    # a headline telling a death and someone hurt tells two people apart
    two = member("e", "2016-09-12", "1 killed, 1 injured in east side shooting", killed=1, wounded=1)
    assert dedupe.reconcile("i", [two, *dead])["wounded_best"] == 1
    # three dead: outlets telling only the dead leave the real wounded out (ONE_VICTIM_KILLED)
    many = [member(x, "2016-09-13", "Three dead in east side shooting", killed=3) for x in ("g", "h")]
    hurt = member("k", "2016-09-12", "Shooting on east side", killed=3, wounded=2)
    assert dedupe.reconcile("i", [hurt, *many])["wounded_best"] == 2


STAFF = ("\n\nMorning News: Dana Wexley, Corin Albrecht, Tomas Vukovich and Ross Tollefson. Hometown Sports with Bob "
         "Pennimore.")


def report(report_id: str, day: str, summary: str) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day", country="US",
                    admin1="Pennsylvania", location="Duquesne", latitude=40.38, longitude=-79.86, geo_precision=1,
                    event_type="Violence against civilians", target_types=("Private Citizens & Property",),
                    attack_types=("Armed Assault",), killed=1, summary=summary)


def test_one_outlets_page_furniture_does_not_join_shootings_months_apart():
    """Two pages of one outlet two months apart share its staff's names (several rare full names: TEXT_SURE), which
    their coded sentences never name: two shootings. From two outlets, or where the sentences name one of the
    shared names, the words join them as before."""
    sa = "A teenager was shot dead on Grant Avenue in Duquesne on Tuesday."
    sb = "A man was killed in a shooting on Kennedy Avenue in Duquesne on Friday."
    a, b = report("a:0", "2016-03-01", sa), report("b:0", "2016-05-06", sb)
    keys = (dedupe.text_keys("Teenager Shot In Duquesne", sa + STAFF, sa),
            dedupe.text_keys("Man Killed In Duquesne", sb + STAFF, sb))
    assert dedupe.shared_keys(*keys)[0] >= dedupe.TEXT_SURE

    def linked(x: Incident, y: Incident, outlets: tuple[str, str]) -> dedupe.Comparison | None:
        return dedupe.linked(dedupe.Member(x, "2016-03-01", outlets[0], keys[0]),
                             dedupe.Member(y, "2016-05-06", outlets[1], keys[1]))

    assert linked(a, b, ("station.example", "station.example")) is None
    assert linked(a, b, ("station.example", "paper.example")) is not None
    told = "Ross Tollefson, 19, was shot dead on Grant Avenue in Duquesne on Tuesday."
    assert linked(a.replace(summary=told), b, ("station.example", "station.example")) is not None
