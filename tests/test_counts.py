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
    inc = _one("Unknown perpetrators detonated a bomb at a bank in Lima on Friday. There were no casualties.")
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
    ("Stockton Police say four people were shot, one fatally, at Constitution Park.", 4, 1),
    ("A 12-year-old was in critical condition after he and three others were shot on a court.", 4, None),
    ("A 17-year-old student was shot and killed during a party Wednesday.", 1, 1),
    ("4 Shot, 1 Killed in Stockton Park", 4, 1),
    ("Police are looking for the person who shot six people at an Easter party.", 6, None),
    ("Houston police say a 16-year-old was fatally shot about 12:10 a.m.", 1, 1),
    ("He fired several shots, striking four people, police said.", 4, None),
    ("Two men were shot Sunday night; one of them died at the hospital.", 2, 1),
    ("Police are investigating the fatal shootings of four people in a home.", 4, 4),
    ("Four teens, the 12-year-old was the youngest, were shot on the court.", 4, None),
    ("Five children – ages 11 to 15 – were shot Sunday night in a drive-by.", 5, None),
    ("Ketron Nathan, a 24-year-old father of three, was shot and killed outside a bar.", 1, 1),
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
    ("The shooting left three people dead and another injured.", 1),
    ("He is accused of killing three men and wounding another.", 1),
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
    ("A man was shot and killed and two other men were shot in Stockton on Wednesday.", 1, 2),
    ("A 14-year-old boy was fatally shot in Stockton on Wednesday, police said.", 1, None),
    ("Six people were shot at a party in Stockton on Sunday. Two of them died at the hospital.", 2, 4),
    # people told as others than the dead, and one more hurt, are alive whatever the dead number
    ("A shooting outside a club in Memphis on Sunday left two people dead and sent three others to the hospital.", 2, 3),
    ("A man was killed and two others were shot outside a bar in Stockton on Wednesday.", 1, 2),
    ("A shooting at a motel in Myrtle Beach on Saturday left three people dead and another injured.", 3, 1),
    ("A gunman killed three men and wounded another in an attack in Lookout Valley on Wednesday.", 3, 1),
])
def test_people_shot_and_not_killed_are_wounded(text, killed, wounded):
    inc = _one(text)
    assert (inc.killed, inc.wounded) == (killed, wounded)
    assert inc.evidence["killed"]


def test_a_day_after_a_month_is_no_count_of_people_shot():
    # GVA: "It was February 25 when police say Robertson was shot dead" was coded 25 killed
    text = "It was February 25 when police say Robertson was shot dead in the 600 block of Hillcrest Road."
    assert [(s.shot, s.killed, text[s.start:s.end]) for s in shot_tolls(text)] == [
        (1, 1, "Robertson was shot dead")]
    # the count after the day is still read, at its own offsets
    text = "On Sept. 3 two men were shot outside a bar."
    assert [(s.shot, text[s.start:s.end]) for s in shot_tolls(text)] == [(2, "two men were shot")]


@pytest.mark.parametrize("text, shot", [
    # GVA: "Four men were hospitalized after a shooting" gave no wounded
    ("Four men were hospitalized after a shooting in a packed patio outside a restaurant.", 4),
    ("Eight people were taken to the hospital with injuries that were not life-threatening.", 8),
    ("Seven people are recovering after an argument escalated into a shooting.", 7),
    ("A gunman opened fire on a home after a party, wounding six people, police said.", 6),
    ("A shooting at a family party left one person hospitalized in critical condition.", 1),
    ("A man pleaded guilty in a shooting that left four men injured.", 4),
])
def test_people_hurt_or_in_hospital_are_alive(text, shot):
    (found,) = shot_tolls(text)
    assert (found.shot, found.killed) == (shot, 0)


def test_one_taken_to_hospital_where_he_died_is_no_survivor():
    assert shot_tolls("Smith was taken to a hospital, where he died.") == []
    assert shot_tolls("Two men were hospitalized; one of them died later.") == []


def test_a_child_shot_by_accident_is_one_shot():
    # GVA: an accidental shooting of a girl gave wounded null
    (found,) = shot_tolls("A 3-year-old girl was accidentally shot in the leg at her home.")
    assert (found.shot, found.killed) == (1, None)


def test_people_shot_told_paragraphs_after_the_lead_of_a_one_incident_article():
    # GVA: local news counts the wounded far from the sentence the incident is detected in
    text = ("A man was shot and killed outside a bar in Stockton on Wednesday night, police said.\n\n"
            "Officers arrived at 11 p.m. and found the man on the sidewalk.\n\n"
            "Investigators spoke with neighbours for several hours.\n\n"
            "The bar's owner said the street had been quiet for years.\n\n"
            "Four other people were taken to the hospital with wounds that were not life-threatening.")
    inc = _one(text)
    assert (inc.killed, inc.wounded) == (1, 4)
    assert [s.text for s in inc.evidence["wounded"]] == ["Four other people were taken to the hospital"]
    # a count told of another time is not the incident's
    inc = _one(text.replace("Four other people were", "Last year four people were"))
    assert (inc.killed, inc.wounded) == (1, None)


@pytest.mark.parametrize("text, shot, killed, phrase", [
    # GVA 451-600: accidental shootings told with no count gave no toll
    ("A 4-year-old boy accidentally shot his uncle in the stomach after finding a gun on the floor.", 1, None,
     "shot his uncle"),
    ("Preliminary reports show the boy found his parents' handgun and accidentally shot himself in the leg.", 1, None,
     "shot himself"),
    ("Police say his young son found a gun in a tackle box and shot his own hand.", 1, None, "shot his own hand"),
    ("The man charged with accidentally shooting his 3-year-old daughter Saturday is legally blind.", 1, None,
     "shooting his 3-year-old daughter"),
    ("Police called it an accidental shooting of a 10-year-old Oshkosh girl by her father.", 1, None,
     "accidental shooting of a 10-year-old Oshkosh girl"),
    ("Police are calling the shooting death of a 5-year-old girl an accident.", 1, 1,
     "shooting death of a 5-year-old girl"),
    ("He faces charges in the deadly shooting of a 13-year-old girl Tuesday evening.", 1, 1,
     "deadly shooting of a 13-year-old girl"),
    ("Police are responding to a report of a 3-year-old shot in the stomach in South Toledo.", 1, None,
     "a 3-year-old shot in the"),
    ("A 9-year-old boy shot early Wednesday morning during a hunting accident has died, the sheriff said.", 1, 1,
     "A 9-year-old boy shot early"),
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
    # GVA: "A 10-year-old boy is recovering after accidentally shooting himself" is one boy, not two
    text = "A 10-year-old boy is recovering tonight after accidentally shooting himself in the arm."
    assert [(s.shot, text[s.start:s.end]) for s in shot_tolls(text)] == [(1, "A 10-year-old boy is recovering")]


@pytest.mark.parametrize("text", [
    "Image 23 of 33 Seven people have been shot in Spring.",  # a picture's number
    "Hawkins is the brother of Darrell Hawkins, 34 who were shot and killed at a home.",  # an age
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
    pytest.param("A man opened fire at a home in Beaumont on Monday. Darrell Hawkins, 34 who was shot and killed, was "
                 "found inside.", 1, None, id="age"),
    # a telephone number ("called 911 and tended to the severely injured" was 911 wounded)
    pytest.param("A gunman killed four people on a street outside Atlanta on Sunday. Neighbors called 911 and tended "
                 "to the severely injured victims.", 4, None, id="telephone-number"),
    # GVA 451-600: one person shot with no count is the wounded one, or the dead one where the report tells a death
    pytest.param("A 4-year-old boy accidentally shot his uncle in the stomach at a house in Milwaukee on Friday, "
                 "police said.", None, 1, id="one-shot-wounded"),
    pytest.param("A 13-year-old boy accidentally shot his brother at their home in Eagan on Saturday. His brother "
                 "died from a gunshot wound to the chest.", 1, None, id="one-shot-dead"),
    # a death denied is none ("a blessing that no one died" was 1 killed)
    pytest.param("A 4-year-old boy accidentally shot his uncle in the stomach at a house in Milwaukee on Friday, "
                 "police said. It was a blessing that no one died.", None, 1, id="death-denied"),
    # GVA 1-300: "fatally wounded a 17-year-old boy and injured five others" was 6 wounded, "was fatally injured" 1
    pytest.param("A shooting in Chicago on Sunday fatally wounded a 17-year-old boy and injured five others.", 1, 5,
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
    ("Police are investigating an apparent murder-suicide.", "murder-suicide"),
    ("The suspect died of a self-inflicted gunshot wound.", "died of a self-inflicted"),
    # killed by police: GVA counts him too
    ("The suspect was shot and killed by police.", "The suspect was shot and killed by police"),
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
    "A 4-year-old boy died of a self-inflicted gunshot wound.",
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
    ("A gunman killed two people at a store in Tyrone on Thursday. The suspect was shot and killed by police.", 2, 1),
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
    # a toll of the dead found at the scene counts the shooter too (GVA: "4 people dead in apparent murder-suicide")
    "Four people are dead after a shooting at a home in Killeen on Sunday. The suspect later died from a "
    "self-inflicted gunshot wound.",
    "A man opened fire at a home in Killeen on Sunday in a shooting that killed four people. The gunman then killed "
    "himself, police said.",
])
def test_a_toll_of_the_dead_at_the_scene_holds_the_shooter(text):
    inc = _one(text)
    assert (inc.killed, inc.perpetrators_killed) == (4, None)


@pytest.mark.parametrize("title, tolls", [
    ("1 Dead, 3 Injured In Baltimore Quadruple Shooting", {"killed": 1, "wounded": 3}),
    ("5 shot, 1 killed on Auburn Avenue", {"killed": 1, "shot": 5}),  # those shot are the dead and the wounded
    ("5 People Shot, 1 Fatally, Outside Feltonville Home", {"killed": 1, "shot": 5}),
    ("Third and final suspect arrested in MLK Day shooting in San Antonio that killed 2, injured 5",
     {"killed": 2, "wounded": 5}),
    ("Two dead, two critically injured after Berclair shooting - WMC Action News 5 - Memphis, Tennessee",
     {"killed": 2, "wounded": 2}),
    ("Four men shot on Erb Street", {"shot": 4}),
    ("2 Girls, 2 Men Shot At Birthday Party In Compton", {"shot": 4}),  # groups told together add up
    ("Boy, 3, wounded in accidental shooting in Florissant, police say", {"wounded": 1}),
    ("4-year-old shot allegedly by 6-year-old brother", {"shot": 1}),
    ("Man shot his wife in Denver", {}),  # the one who shot
    ("4-year-old girl, man shot in Elmwood", {"shot": 2}),  # two people listed, one each (session 32)
    ("Mother and son shot in domestic dispute in Riverton", {"shot": 2}),
    ("Gun goes off at party, man seriously hurt", {"wounded": 1}),  # a clause before, no list of people
    ("Two young girls shot, killed by father", {"killed": 2}),
    ("Man, toddler killed, pregnant woman injured in North Lawndale shooting", {"killed": 2}),  # two listed dead
    ("Sinking Spring family of 5 dead in apparent murder-suicide", {"killed": 5}),  # a family's count, not a father's
    ("Baton Rouge police: drive-by shooters kill 2, injure 2", {"killed": 2, "wounded": 2}),
    ("WJTV News Channel 12 - Five Injured in Nightclub Shooting", {"wounded": 5}),  # the outlet first
    ("Violent weekend in Detroit - 7 dead, 14 hurt", {}),  # a round-up's head
    ("Suspect & 2 Victims Shot, Killed In Bloomfield Home Invasion", {"killed": 2}),
    ("Dad Arrested For Murder; 5-Year-Old Son Found Dead After Standoff", {"killed": 1}),
    ("Child dies in accidental shooting", {"killed": 1}),
    ("Deputies: Boy, 3, dies after shooting himself in head", {"killed": 1}),
    ("Arlington Shooting Kills Father of 3; Three Others Injured", {"killed": 1, "wounded": 3}),  # no 3 dead
    ("Mother of 3-year-old fatally shot speaks out", {"killed": 1}),  # an age is no count
    # a headline of several incidents or a running total tallies no one incident
    ("5 Dead, 17 Wounded In Weekend Shootings", {}),
    ("14 shot, one fatally, since 8 p.m., including 6 at West Side party", {}),
    ("Man Gets 15-30 Years For Deadly Shooting At Homewood Bar", {"deadly": 1}),  # someone died (GVA line 28)
    (None, {}),
])
def test_headline_tolls(title, tolls):
    assert {field: value for field, (value, _) in headline_tolls(title).items()} == tolls


def _titled(title: str, text: str):
    (incident,) = code_article(Article(id="t", text=text, published="2015-03-02", title=title)).incidents
    return incident


def test_the_headline_gives_a_toll_the_text_leaves_untold():
    inc = _titled("2 Girls, 2 Men Shot On Erb Street",
                  "Police are investigating a shooting on Erb Street in Waterloo on Sunday night. Officers found "
                  "shell casings near the corner and say the victims were taken to hospital.")
    assert (inc.killed, inc.wounded) == (None, 4)
    assert inc.evidence["wounded"]


def test_the_headline_death_is_the_latest_figure_and_leaves_the_wounded():
    # the body was written while the girl was alive; the headline tells she died: she is no longer wounded
    inc = _titled("10-Year-Old Girl Dies After Being Shot",
                  "A 10-year-old girl was shot in the chest at a home in Dallas on Saturday, police said. She was "
                  "taken to a hospital in critical condition.")
    assert (inc.killed, inc.wounded) == (1, 0)


def test_one_shot_in_the_headline_is_the_dead_one_the_text_tells():
    inc = _titled("Child Shot When Handgun Discharges",
                  "A 3-year-old girl died after a handgun discharged at a home in Broken Arrow on Sunday, police said.")
    assert (inc.killed, inc.wounded) == (1, None)


def test_a_list_of_those_counted_adds_no_one():
    # GVA 1-300: "injured four men on Lenox Road: a 50-year-old who was shot in the chest; ..." was 8 wounded
    inc = _one("Four teenagers opened fire in Brooklyn on Saturday and injured four men on Lenox Road: a 50-year-old "
               "who was shot in the chest; a 46-year-old who was shot in the leg; and a 19-year-old who was shot in "
               "the foot.")
    assert inc.wounded == 4


def test_the_other_ones_shot_are_among_those_counted():
    # GVA 1-300: "six people shot total, one person killed, the other five shot" was 10 wounded
    inc = _one("Six people were shot outside a hall in Detroit on Sunday, one person was killed and the other five "
               "were shot in the legs and feet.")
    assert (inc.killed, inc.wounded) == (1, 5)


def test_a_roundup_headline_gives_no_toll():
    inc = _titled("5 Dead, 17 Wounded In Weekend Shootings",
                  "A man was shot in the leg on Elm Street in Chicago on Saturday night, police said.")
    assert (inc.killed, inc.wounded) == (None, 1)
