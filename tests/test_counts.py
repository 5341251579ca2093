"""Counts: number words, vague quantities, ranges, and who was counted."""
from __future__ import annotations

import pytest

from eventwire.counts import (
    Count,
    Toll,
    combine,
    headline_tolls,
    parse_count,
    read_toll,
    self_killings,
    shooter_among_dead,
    shot_tolls,
    toll_of,
    words_to_int,
    zeroed,
)
from eventwire.pipeline import code_article, code_text
from eventwire.records import Article


@pytest.mark.parametrize(
    "text, low, high",
    [("nine", 9, 9), ("9", 9, 9), ("a dozen", 12, 12), ("dozens", 12, 12), ("at least 12", 12, 12),
     ("between 6 and 10", 6, 10), ("twenty-one", 21, 21), ("2,500", 2500, 2500), ("a hundred and five", 105, 105),
     ("an", 1, 1)],
)
def test_parse_count(text, low, high):
    assert parse_count(text) == Count(low, high)


@pytest.mark.parametrize(
    "phrase, toll",
    [("at least 12", Toll(12, 12, None, "at least 12")), ("more than 20", Toll(20, 20, None, "more than 20")),
     ("6 to 10", Toll(6, 6, 10, "6 to 10")), ("between six and ten", Toll(6, 6, 10, "between six and ten")),
     ("as many as 200", Toll(200, None, 200, "as many as 200")), ("up to 30", Toll(30, None, 30, "up to 30")),
     ("dozens", Toll(12, 12, 12, "dozens")), ("hundreds of", Toll(100, 100, 100, "hundreds of")),
     ("nine", Toll(9, 9, 9, "nine"))],
)
def test_read_toll_takes_the_lowest_credible_figure(phrase, toll):
    assert read_toll(phrase) == toll


@pytest.mark.parametrize("phrase", ["several", "many", "scores", "scores of", "numerous", "a number of", "a few",
                                    "at least several"])
def test_vague_words_give_no_number_but_keep_the_phrase(phrase):
    assert parse_count(phrase) is None
    toll = read_toll(phrase)
    assert toll.value is None and toll.vague and toll.phrase == phrase


def test_floor_and_ceiling_of_one_toll_combine_to_the_floor_with_the_range():
    # "at least 106 ... as many as 200": ACLED takes the lowest credible figure
    assert combine(["at least 106", "as many as 200"]) == Toll(106, 106, 200, "at least 106; as many as 200")
    assert combine(["as many as 200", "at least 106"]).value == 106
    assert combine(["several", "at least 4"]) == Toll(4, 4, None, "at least 4")
    assert combine(["several", "scores"]) == Toll(None, None, None, "several; scores")
    assert combine([]) == Toll(None, None, None, "")


def test_qualifier_is_kept_apart_from_equality():
    assert parse_count("at least 12") == Count(12, 12) and parse_count("at least 12").bound == "floor"
    assert parse_count("as many as 200").bound == "ceiling" and parse_count("200").bound == ""


@pytest.mark.parametrize("text, fields", [
    ("No one was hurt in the blast.", ["wounded"]), ("There were no casualties.", ["killed", "wounded"]),
    ("Nobody was killed.", ["killed"]), ("No injuries or deaths were reported.", ["killed", "wounded"]),
    ("No deaths were reported.", ["killed"]), ("Three people were hurt.", []),
])
def test_no_one_hurt_is_zero_not_unknown(text, fields):
    assert zeroed(text) == fields


def test_words_to_int_rejects_words_that_are_not_numbers():
    assert words_to_int("soldiers") is None


def _one(text: str):
    (incident,) = code_text(text, "2022-06-05").incidents
    return incident


def test_victims_and_attackers_are_counted_apart():
    inc = _one("Gunmen killed nine police officers at a checkpoint in Kirkuk on Sunday. An attacker was killed.")
    assert (inc.killed, inc.perpetrators_killed) == (9, 1)


def test_a_dozen_is_twelve_and_range_is_kept():
    inc = _one("A car bomb killed between 6 and 10 civilians and wounded dozens of people at a market in Mosul on Friday.")
    assert inc.killed == 6
    assert inc.count_ranges["killed"] == (6, 10)
    assert inc.wounded == 12


def test_no_casualties_is_zero():
    inc = _one("Unidentified men set off an explosive device outside a bank in Lima on Friday. There were no casualties.")
    assert (inc.killed, inc.wounded) == (0, 0)


@pytest.mark.parametrize("text, killed", [
    ("Gunmen assassinated the mayor of Kirkuk on Sunday.", 1),
    ("Police found the bodies of two journalists in Mosul on Sunday after the attack.", 2),
    ("The murder of journalist Ali Hassan in Mosul on Sunday was condemned by the government.", 1),
    ("Two men were shot and killed in Kirkuk on Sunday and their bodies were left on the road.", 2),
])
def test_deaths_told_without_a_toll(text, killed):
    assert _one(text).killed == killed


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Kirkuk on Sunday. No one was killed.",
    "Rebels attacked a police station in Kirkuk on Sunday and threatened to kill 10 judges.",
])
def test_no_death_and_threats_are_not_counted(text):
    assert not _one(text).killed


@pytest.mark.parametrize("text, shot, killed", [
    ("Fresno officers said four men were shot, one fatally, near Roeding Park.", 4, 1),
    ("An 11-year-old is in critical condition; he and three others were shot beside a gym.", 4, None),
    ("A 19-year-old college student was shot and killed at a cookout on Friday.", 1, 1),
    ("4 Shot, 1 Killed in Stockton Park", 4, 1),
    ("Detectives are searching for whoever shot six people at a graduation party.", 6, None),
    ("Tulsa officers said a 15-year-old was fatally shot at about 1:40 a.m.", 1, 1),
    ("The man fired several rounds, striking four people in the crowd.", 4, None),
    ("Two men were shot Sunday night; one of them died at the hospital.", 2, 1),
    ("Detectives are looking into the fatal shootings of four people inside a duplex.", 4, 4),
    ("Four boys, the 13-year-old was the youngest, were shot beside the pool.", 4, None),
    ("Five teenagers – ages 13 to 17 – were shot late Friday outside a skating rink.", 5, None),
    ("Dorian Wallace, a 31-year-old father of two, was shot and killed outside a tavern.", 1, 1),
])
def test_people_shot_and_those_of_them_killed(text, shot, killed):
    (found,) = shot_tolls(text)
    assert (found.shot, found.killed) == (shot, killed)
    assert any(word in text[found.start:found.end].lower() for word in ("shot", "shoot", "strik"))


@pytest.mark.parametrize("text", ["No one was shot.", "Shots were fired at the house.", "He shot the suspect.",
                                  "They were shot at from a car.", "Police were shot at.",
                                  "Two officers were shot at by a man in a car."])
def test_no_one_counted_shot(text):
    assert shot_tolls(text) == []


@pytest.mark.parametrize("text, shot", [
    ("The attack left three men dead and another wounded.", 1),
    ("She is charged with killing three women and wounding another.", 1),
    ("A shooting left two people dead and sent three others to the hospital.", 3),
    ("A man was killed and two others were shot.", 2),
])
def test_others_than_the_dead_and_one_more_hurt_are_alive(text, shot):
    (found,) = shot_tolls(text)
    assert (found.shot, found.killed) == (shot, 0)


def test_others_in_a_pair_or_told_dead_are_not_taken_alive():
    assert [(s.shot, s.killed) for s in shot_tolls("He and three others were shot.")] == [(4, None)]
    assert [(s.shot, s.killed) for s in shot_tolls("Two others were shot, one fatally.")] == [(2, 1)]
    assert shot_tolls("Another shooting left a car damaged.") == []


def test_a_toll_told_again_only_rises_and_a_ceiling_never_raises_it():
    assert toll_of([(Count(2, 2), "two"), (Count(5, 5), "five")]).value == 5
    assert toll_of([(Count(106, 106, "floor"), "at least 106"), (Count(200, 200, "ceiling"), "as many as 200")]) == \
        Toll(106, 106, 200, "at least 106; as many as 200")


@pytest.mark.parametrize("text, killed, wounded", [
    ("Four people were shot, one fatally, in Stockton on Wednesday, police said.", 1, 3),
    ("A teenager was shot and killed and two other teens were shot in Modesto on Tuesday.", 1, 2),
    ("A 14-year-old boy was fatally shot in Stockton on Wednesday, police said.", 1, None),
    ("Six people were shot at a party in Stockton on Sunday. Two of them died at the hospital.", 2, 4),
    # people told as others than the dead, and one more hurt, are alive whatever the dead number
    ("A shooting outside a club in Memphis on Sunday left two people dead and sent three others to the hospital.", 2, 3),
    ("A man was killed and two others were shot outside a bar in Stockton on Wednesday.", 1, 2),
    ("A shooting at a motel in Myrtle Beach on Saturday left three guests dead and another injured.", 3, 1),
    ("A gunman killed three men and wounded another in an attack in Lookout Valley on Wednesday.", 3, 1),
])
def test_people_shot_and_not_killed_are_wounded(text, killed, wounded):
    inc = _one(text)
    assert (inc.killed, inc.wounded) == (killed, wounded)
    assert inc.evidence["killed"]


def test_a_day_after_a_month_is_no_count_of_people_shot():
    # GVA: a report opening "It was <month> <day> when police say <name> was shot dead" was coded <day> killed
    text = "It was March 17 when officers say Delgado was shot dead in the 400 block of Maple Lane."
    assert [(s.shot, s.killed, text[s.start:s.end]) for s in shot_tolls(text)] == [
        (1, 1, "Delgado was shot dead")]
    # the count after the day is still read, at its own offsets
    text = "On Sept. 3 two men were shot outside a bar."
    assert [(s.shot, text[s.start:s.end]) for s in shot_tolls(text)] == [(2, "two men were shot")]


@pytest.mark.parametrize("text, shot", [
    # GVA: a count of men told hospitalized after a shooting gave no wounded
    ("Four women were hospitalized after a shooting on a crowded terrace beside a diner.", 4),
    ("Eight people were taken to the hospital in Reno; none of their wounds is thought serious.", 8),
    ("Seven people are recovering after a quarrel at a block party turned into a shooting.", 7),
    ("A gunman opened fire on a home after a party, wounding six people, police said.", 6),
    ("A shooting at a family reunion left one guest hospitalized in critical condition.", 1),
    ("A man pleaded guilty in a shooting that left four men injured.", 4),
])
def test_people_hurt_or_in_hospital_are_alive(text, shot):
    (found,) = shot_tolls(text)
    assert (found.shot, found.killed) == (shot, 0)


def test_one_taken_to_hospital_where_he_died_is_no_survivor():
    assert shot_tolls("Jones was taken to a hospital in Akron, where he died.") == []
    assert shot_tolls("Two men were hospitalized; one of them died later.") == []


def test_a_child_shot_by_accident_is_one_shot():
    # GVA: an accidental shooting of a girl gave wounded null
    (found,) = shot_tolls("A 2-year-old girl in Macon was accidentally shot in the foot at home.")
    assert (found.shot, found.killed) == (1, None)


def test_people_shot_told_paragraphs_after_the_lead_of_a_one_incident_article():
    # GVA: local news counts the wounded far from the sentence the incident is detected in
    text = ("A man was shot and killed outside a bar in Stockton on Wednesday night, police said.\n\n"
            "Officers arrived at 11 p.m. and found the man on the sidewalk.\n\n"
            "Investigators spoke with neighbours for several hours.\n\n"
            "The bar's owner said the street had been quiet for years.\n\n"
            "Four more men were taken to the hospital in Lodi, where doctors called their wounds minor.")
    inc = _one(text)
    assert (inc.killed, inc.wounded) == (1, 4)
    assert [s.text for s in inc.evidence["wounded"]] == ["Four more men were taken to the hospital"]
    # a count told of another time is not the incident's
    inc = _one(text.replace("Four more men were", "Last year four men were"))
    assert (inc.killed, inc.wounded) == (1, None)


@pytest.mark.parametrize("text, shot, killed, phrase", [
    # GVA 451-600: accidental shootings told with no count gave no toll
    ("A 5-year-old boy accidentally shot his grandfather in the hip after picking up a pistol from a couch.", 1,
     None, "shot his grandfather"),
    ("Early findings suggest the boy took his mother's revolver and accidentally shot himself in the knee.", 1, None,
     "shot himself"),
    ("Deputies say the young boy found a rifle in a closet and shot his own hand.", 1, None, "shot his own hand"),
    ("The father, who faces charges for shooting his 4-year-old son by accident on Monday, was released.", 1, None,
     "shooting his 4-year-old son"),
    ("Officers described it as an accidental shooting of a 12-year-old Kenosha boy by his uncle.", 1, None,
     "accidental shooting of a 12-year-old Kenosha boy"),
    ("Investigators ruled the shooting death of a 6-year-old Lufkin boy accidental.", 1, 1,
     "shooting death of a 6-year-old Lufkin boy"),
    ("She was charged in the deadly shooting of a 14-year-old boy on Thursday night.", 1, 1,
     "deadly shooting of a 14-year-old boy"),
    ("Officers rushed to an apartment after word of a 2-year-old shot in the arm in East Dayton.", 1, None,
     "a 2-year-old shot in the"),
    ("A 8-year-old girl shot early Saturday morning in a hunting mishap has died, deputies said.", 1, 1,
     "A 8-year-old girl shot early"),
    ("Police say the man shot his wife and then himself.", 2, None, "shot his wife and then himself"),
])
def test_one_person_shot_with_no_count(text, shot, killed, phrase):
    (found,) = shot_tolls(text)
    assert (found.shot, found.killed, text[found.start:found.end]) == (shot, killed, phrase)


@pytest.mark.parametrize("text", ["He shot his girlfriend's car.", "He shot at his brother.",
                                  "Officers shot the tires of the car."])
def test_no_one_person_shot_where_no_person_is_hit(text):
    assert shot_tolls(text) == []


def test_one_person_with_no_count_is_not_added_to_a_count_of_the_sentence():
    # GVA: a boy told recovering after shooting himself by accident is one boy, not two
    text = "A 12-year-old boy is recovering at home after unintentionally shooting himself in the wrist."
    assert [(s.shot, text[s.start:s.end]) for s in shot_tolls(text)] == [(1, "A 12-year-old boy is recovering")]


@pytest.mark.parametrize("text", [
    "Photo 23 of 41 Six people were shot in Katy.",  # a picture's number
    "Pruitt is the cousin of Lamar Pruitt, 34 who were shot and killed at a house.",  # an age
])
def test_a_picture_number_or_an_age_is_no_count_of_people_shot(text):
    assert all(s.shot < 23 for s in shot_tolls(text))


@pytest.mark.parametrize("text, killed, wounded", [
    # GVA 1-300: a clock time read as a toll ("wound around 10" was 10 wounded), an age read as one (34 killed)
    pytest.param("A gunman shot a man outside a grocery store in Albany on Saturday. The man died of a gunshot wound "
                 "around 10:20 p.m., police said.", 1, None, id="clock-time-dead"),
    pytest.param("A boy was shot at his home in Virginia Beach on Sunday. He suffered a gunshot wound around 10:20 "
                 "p.m., police said.", None, 1, id="clock-time-wounded"),
    # (the one man told "was shot and killed" is one dead: counts.death_told_at, session 17; never 34)
    pytest.param("A man opened fire at a home in Beaumont on Monday. Lamar Pruitt, 34 who was shot and killed, was "
                 "found inside.", 1, None, id="age"),
    # a telephone number (neighbours who "called 911" beside the injured they helped gave 911 wounded)
    pytest.param("A gunman killed four people on a street outside Atlanta on Sunday. Passers-by called 911 and helped "
                 "the badly injured victims.", 4, None, id="telephone-number"),
    # GVA 451-600: one person shot with no count is the wounded one, or the dead one where the report tells a death
    pytest.param("A 5-year-old boy accidentally shot his grandfather in the hip at a house in Racine on Friday, "
                 "deputies said.", None, 1, id="one-shot-wounded"),
    pytest.param("A 13-year-old boy accidentally shot his brother at their home in Eagan on Saturday. His brother "
                 "died from a gunshot wound to the chest.", 1, None, id="one-shot-dead"),
    # a death denied is none ("a blessing that no one died" was 1 killed)
    pytest.param("A 5-year-old boy accidentally shot his grandfather in the hip at a house in Racine on Friday, "
                 "deputies said. It was a blessing that no one died.", None, 1, id="death-denied"),
    # GVA 1-300: one told "fatally wounded" beside five others injured was 6 wounded, "was fatally injured" 1
    pytest.param("A shooting in Gary on Saturday fatally wounded a 16-year-old girl and injured five others.", 1, 5,
                 id="fatally-wounded"),
    pytest.param("A 3-year-old boy was fatally injured when a gun went off at a home in Tulsa on Sunday.", 1, None,
                 id="fatally-injured"),
])
def test_the_tolls_a_report_tells(text, killed, wounded):
    """Figures that count no one (a clock time, an age, a telephone number), one person shot with no count, and a
    fatal wound, each as the one incident of a report."""
    inc = _one(text)
    assert (inc.killed, inc.wounded) == (killed, wounded)


@pytest.mark.parametrize("text, phrase", [
    ("He shot his wife and then turned the gun on himself.", "turned the gun on himself"),
    ("The gunman then killed himself, police said.", "killed himself"),
    ("He killed two neighbours before taking his own life.", "taking his own life"),
    ("Deputies called the deaths an apparent murder-suicide.", "murder-suicide"),
    ("The gunman, 52, died of a self-inflicted wound to the head.", "died of a self-inflicted"),
    # killed by police: GVA counts him too
    ("The gunman was shot and killed by state troopers.", "The gunman was shot and killed by state troopers"),
    ("Deputies fatally shot the gunman.", "Deputies fatally shot the gunman"),
])
def test_a_shooter_who_killed_himself_is_told(text, phrase):
    assert [text[s:e] for s, e in self_killings(text)] == [phrase]
    assert [(s - 10, e - 10) for s, e in self_killings(text, 10)] == self_killings(text)


@pytest.mark.parametrize("text", [
    "He tried to kill himself after the shooting.",
    "He threatened to kill himself.",
    "Police called it an attempted murder-suicide.",
    "He turned the gun on himself and is in critical condition.",
    # a child who shot himself by accident is the victim, not a shooter who died
    "A 6-year-old girl died of a self-inflicted wound to the chest.",
    "A suicide note was found in the home.",
    "The suspect was shot by police and is in stable condition.",
])
def test_no_shooter_death_in_an_attempt_a_survival_or_an_accident(text):
    assert self_killings(text) == []


def test_the_shooter_among_the_dead_of_a_toll():
    assert shooter_among_dead("Three people, including the gunman, were killed.")
    assert shooter_among_dead("The shooter was among the dead.")
    assert not shooter_among_dead("Three people were killed by the gunman.")


@pytest.mark.parametrize("text, killed, perps_killed", [
    # GVA counts the shooter who killed himself among the dead: one attacker killed, kept apart from the victims
    ("A man shot and killed his wife in Franklin on Monday and then turned the gun on himself, police said.", 1, 1),
    ("A gunman killed two people at a store in Tyrone on Thursday before taking his own life.", 2, 1),
    ("A gunman killed two people at a store in Tyrone on Thursday. Officers shot and killed the suspect.", 2, 1),
    # the toll holds him already
    ("Three people, including the gunman, were killed in a shooting at a store in Tyrone on Thursday.", 3, None),
    ("A man shot and killed his wife and then himself in Franklin on Monday, police said.", 2, None),
    # an attempt is no death
    ("A man shot and killed his wife in Franklin on Monday and then tried to kill himself, police said.", 1, None),
])
def test_a_shooter_who_killed_himself_is_one_attacker_killed(text, killed, perps_killed):
    inc = _one(text)
    assert (inc.killed, inc.perpetrators_killed) == (killed, perps_killed)
    if perps_killed:
        assert inc.evidence["perpetrators_killed"]


@pytest.mark.parametrize("text", [
    # a toll of the dead found at the scene counts the shooter too (GVA: a headline of four dead in a murder-suicide)
    "Four people are dead following gunfire inside a house in Killeen on Sunday. The shooter later died of a "
    "self-inflicted wound.",
    "A man opened fire at a home in Killeen on Sunday in a shooting that killed four people. The gunman then killed "
    "himself, police said.",
])
def test_a_toll_of_the_dead_at_the_scene_holds_the_shooter(text):
    inc = _one(text)
    assert (inc.killed, inc.perpetrators_killed) == (4, None)


@pytest.mark.parametrize("title, tolls", [
    ("1 Dead, 3 Injured In Tacoma Quadruple Shooting", {"killed": 1, "wounded": 3}),
    ("5 shot, 1 killed on Auburn Avenue", {"killed": 1, "shot": 5}),  # those shot are the dead and the wounded
    ("5 People Shot, 1 Fatally, Outside Glenwood Duplex", {"killed": 1, "shot": 5}),
    ("Second suspect held in Labor Day shooting in El Paso that killed 2, injured 5",
     {"killed": 2, "wounded": 5}),
    ("Two dead, two critically injured after Hillcrest shooting - KXYZ Eyewitness News 9 - Dayton, Ohio",
     {"killed": 2, "wounded": 2}),
    ("Four men shot on Erb Street", {"shot": 4}),
    ("2 Boys, 2 Women Shot At Graduation Party In Lynwood", {"shot": 4}),  # groups told together add up
    ("Girl, 4, wounded in accidental shooting in Ferguson, deputies say", {"wounded": 1}),
    ("5-year-old shot allegedly by 7-year-old sister", {"shot": 1}),
    ("Man shot his wife in Denver", {}),  # the one who shot
    ("4-year-old girl, man shot in Elmwood", {"shot": 2}),  # two people listed, one each (session 32)
    ("Mother and son shot in domestic dispute in Riverton", {"shot": 2}),
    ("Gun goes off at barbecue, woman seriously hurt", {"wounded": 1}),  # a clause before, no list of people
    ("Two young girls shot, killed by father", {"killed": 2}),
    ("Woman, infant killed, teenage boy injured in West Garfield shooting", {"killed": 2}),  # two listed dead
    ("Glen Rock family of 6 dead in suspected murder-suicide", {"killed": 6}),  # a family's count, not a father's
    ("Shreveport police: drive-by gunmen kill 2, injure 2", {"killed": 2, "wounded": 2}),
    ("KBTX News Channel 3 - Five Injured in Bowling Alley Shooting", {"wounded": 5}),  # the outlet first
    ("Violent weekend in Detroit - 7 dead, 14 hurt", {}),  # a round-up's head
    ("Suspect & 2 Victims Shot, Killed In Riverside Home Invasion", {"killed": 2}),
    ("Mom Arrested For Murder; 4-Year-Old Daughter Found Dead After Standoff", {"killed": 1}),
    ("Child dies in accidental shooting", {"killed": 1}),
    ("Police: Boy, 4, dies after shooting himself in chest", {"killed": 1}),
    ("Irving Shooting Kills Mother of 3; Three Others Injured", {"killed": 1, "wounded": 3}),  # no 3 dead
    ("Father of 4-year-old fatally shot pleads for answers", {"killed": 1}),  # an age is no count
    # a headline of several incidents or a running total tallies no one incident
    ("6 Dead, 19 Wounded In Holiday Weekend Shootings", {}),
    ("11 shot, one fatally, since 9 p.m., including 4 at South Side block party", {}),
    ("Man Gets 20-40 Years For Deadly Shooting At Eastside Tavern", {"deadly": 1}),  # someone died (GVA line 28)
    (None, {}),
])
def test_headline_tolls(title, tolls):
    assert {field: value for field, (value, _) in headline_tolls(title).items()} == tolls


def _titled(title: str, text: str):
    (incident,) = code_article(Article(id="t", text=text, published="2015-03-02", title=title)).incidents
    return incident


def test_the_headline_gives_a_toll_the_text_leaves_untold():
    inc = _titled("2 Girls, 2 Men Shot On Erb Street",
                  "Detectives are looking into a shooting on Erb Street in Waterloo late Sunday. Officers found "
                  "shell casings near the corner and say the victims were taken to hospital.")
    assert (inc.killed, inc.wounded) == (None, 4)
    assert inc.evidence["wounded"]


def test_the_headline_death_is_the_latest_figure_and_leaves_the_wounded():
    # the body was written while the girl was alive; the headline tells she died: she is no longer wounded
    inc = _titled("10-Year-Old Girl Dies After Being Shot",
                  "A 10-year-old girl was shot in the chest at a home in Dallas on Saturday, police said. She was "
                  "in critical condition at a children's hospital.")
    assert (inc.killed, inc.wounded) == (1, 0)


def test_one_shot_in_the_headline_is_the_dead_one_the_text_tells():
    inc = _titled("Child Shot When Handgun Discharges",
                  "A 3-year-old girl died after a handgun discharged at a home in Broken Arrow on Sunday, police said.")
    assert (inc.killed, inc.wounded) == (1, None)


def test_a_list_of_those_counted_adds_no_one():
    # GVA 1-300: a count of men injured followed by a list of three of them, each "who was shot", was 8 wounded
    inc = _one("Three masked men opened fire in Queens on Friday and injured four men on Linden Boulevard: a "
               "62-year-old who was shot in the shoulder; a 38-year-old who was shot in the hip; and a 22-year-old "
               "who was shot in the hand.")
    assert inc.wounded == 4


def test_the_other_ones_shot_are_among_those_counted():
    # GVA 1-300: a count of people shot, one of them killed and "the other five" shot, was 10 wounded
    inc = _one("Six people were shot outside a banquet hall in Flint on Saturday; one man was killed and the other "
               "five were shot in the legs and arms.")
    assert (inc.killed, inc.wounded) == (1, 5)


def test_a_roundup_headline_gives_no_toll():
    inc = _titled("6 Dead, 19 Wounded In Holiday Weekend Shootings",
                  "A man was shot in the leg on Elm Street in Chicago on Saturday night, police said.")
    assert (inc.killed, inc.wounded) == (None, 1)
