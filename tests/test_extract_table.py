"""Table test of the figure rules: sentences written for this test, one phrasing family per block."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.cli import main
from monitor.extract import extract
from monitor.extract.gazetteer import canonical_name
from monitor.extract.sentences import split_sentences
from monitor.extract.tables import find_tables

# (text, attacker, expected figures (others must be None unless listed in `loose`))
CASES: list[tuple[str, str, dict[str, int]]] = [
    # launched and downed, digits and words
    ("Moscow sent 96 drones and five missiles against Ukraine overnight, the air force said.",
     "russia", {"drones_launched": 96, "missiles_launched": 5}),
    ("The air force said air defences destroyed 70 of the 82 drones launched by Russia.",
     "russia", {"drones_launched": 82, "drones_downed": 70}),
    # a whole told as those stopped is none launched: a region's share of the ministry's count
    ("Russia's defence ministry said 42 of the 57 Ukrainian drones it intercepted overnight were destroyed over the "
     "Voronezh region.", "ukraine", {"drones_downed": 57}),
    ("Ukrainian forces shot down nine out of ten cruise missiles fired at Kyiv region overnight.",
     "russia", {"missiles_launched": 10, "missiles_downed": 9}),
    ("Russia attacked Ukraine with twenty-two Shahed drones; air defence units downed nineteen of them.",
     "russia", {"drones_launched": 22, "drones_downed": 19}),
    ("Overnight, Russian forces fired a dozen ballistic missiles at the city of Dnipro.",
     "russia", {"missiles_launched": 12}),
    ("Russia launched two dozen Shahed drones at the Danube ports overnight; 19 were destroyed.",
     "russia", {"drones_launched": 24, "drones_downed": 19}),
    # a translated count: "half a hundred" is fifty, not the hundred after it
    ("The regional governor said about half a hundred Ukrainian drones attacked the Tambov region overnight.",
     "ukraine", {"drones_launched": 50}),
    ("The military said it intercepted all 31 Shahed drones launched at the country overnight.",
     "russia", {"drones_launched": 31, "drones_downed": 31}),
    ("Ukraine says it shot down 6 hypersonic missiles in attack on Kyiv\n\nUkraine's air defences intercepted all 18 "
     "missiles fired by Russia at Kyiv overnight, including six Kinzhal hypersonic missiles, officials said.",
     "russia", {"missiles_launched": 18, "missiles_downed": 18}),
    # "Both were destroyed" of a count told as downed: all of them, so as many launched ("both of which border
    # Ukraine" counts regions)
    ("Air defences shot down two Russian missiles over Kyiv on Monday morning. The military said they were Zircon "
     "missiles fired from Crimea. Both were destroyed in the air, it said.",
     "russia", {"missiles_launched": 2, "missiles_downed": 2}),
    ("The ministry said its forces shot down two drones in the Bryansk and Kursk regions, both of which border "
     "Ukraine.", "ukraine", {"drones_downed": 2}),
    # a title's "95 drones, missile" is 95 drones and one missile, no combined count
    ("Russia launches 60 drones, missile at Ukraine\n\nRussia attacked Ukraine with 60 drones and an Iskander-M "
     "ballistic missile overnight, the air force said.", "russia", {"drones_launched": 60, "missiles_launched": 1}),
    # a bare count "in total" after one kind's counts per place, which it adds up, is theirs
    ("Russia's defence ministry said air defences destroyed nine Ukrainian drones over the Kursk region overnight, "
     "as well as four over the Oryol region and three over the Tula region - 16 in total.",
     "ukraine", {"drones_downed": 16}),
    # "All of them were destroyed" opening a sentence: the whole the sentence before told as launched
    ("Russia launched four Shahed attack drones and two reconnaissance drones overnight. All of them were destroyed, "
     "the air force said.", "russia", {"drones_launched": 6, "drones_downed": 6}),
    # a count of a kind right before "all" of more of that kind is a part of that whole
    ("Air Defence Shoots Down Four Kinzhals, All 12 Missiles\n\nUkraine's air defences shot down all 12 missiles "
     "Russia fired at Kyiv overnight, the air force said.", "russia", {"missiles_launched": 12, "missiles_downed": 12}),
    # a quote before the verb: "24 drones 'lost locally'"
    ("Air defence downs 40 Russian drones overnight, 15 drones 'lost locally'\n\nRussia launched 57 drones at "
     "Ukraine overnight, the air force said.",
     "russia", {"drones_launched": 57, "drones_downed": 40, "drones_suppressed": 15}),
    # a quote between "were" and the word for drones lost to jamming: "were 'lost in location'"
    ("The air force said Russia launched 99 drones overnight. Its forces downed 70 drones, and 26 decoy drones "
     "were 'lost in location' or suppressed by electronic warfare.",
     "russia", {"drones_launched": 99, "drones_downed": 70, "drones_suppressed": 26}),
    ("The air force said 41 of the 63 Russian drones had been shot down. Another 18 drones were 'locationally "
     "lost', it said.", "russia", {"drones_launched": 63, "drones_downed": 41, "drones_suppressed": 18}),
    # the same words after two counts: not a list of parts, but the launched and the downed
    ("Enemy attacks Ukraine with Iskander-M missile and 62 drones, 38 drones shot down",
     "russia", {"drones_launched": 62, "drones_downed": 38}),
    # the next item of a split after the colon, past the first item's description and before its own breakdown
    ("The air force said 420 means of air attack had been recorded: 400 Shahed drones and decoy drones of other "
     "types, and 20 missiles - 14 Kh-101 cruise missiles from Tu-95MS bombers and six Iskander-M ballistic "
     "missiles.", "russia", {"launched_total": 420, "drones_launched": 400, "missiles_launched": 20}),
    # "in the capital" and a man wounded in a town of the region are two places' tolls
    ("Russia attacked Kyiv with 60 drones overnight. The mayor said one person was killed and 12 injured in the "
     "capital. In the Kyiv region, the governor said a 70-year-old man was wounded in Bila Tserkva.",
     "russia", {"drones_launched": 60, "killed": 1, "injured": 13}),
    # "all" tells of the other kind too, past the parts of the first: "..., as well as three drones"
    ("Air defences destroyed all 12 missiles Russia fired at Lviv overnight, including four Kh-101 cruise missiles, "
     "as well as five Shahed drones, the air force said.",
     "russia", {"missiles_launched": 12, "missiles_downed": 12, "drones_launched": 5, "drones_downed": 5}),
    ("The air force said Russia fired 70 cruise missiles, 51 of which were shot down, along with five attack drones.",
     "russia", {"missiles_launched": 70, "missiles_downed": 51, "drones_downed": 5}),
    ("Russia launched 72 Shahed and decoy drones and a pair of Iskander-M ballistic missiles at Odesa overnight.",
     "russia", {"drones_launched": 72, "missiles_launched": 2}),
    # "all of which were destroyed" is that sentence's count of the downed, beside a later "also" brought down
    ("Russia fired 90 missiles on Tuesday. The enemy also used ten Shahed-136 attack drones, all of which were "
     "destroyed, the air force said. Two Orlan-10 reconnaissance drones were also brought down.",
     "russia", {"missiles_launched": 90, "drones_launched": 10, "drones_downed": 10}),
    # a bracketed breakdown cuts no list: the verb after it reaches the count before it
    ("Russia fired 20 missiles and 90 drones overnight. By morning, 16 missiles (12 Kh-101 and 4 Kalibr) and 70 "
     "drones had been shot down, the air force said.", "russia",
     {"missiles_launched": 20, "drones_launched": 90, "missiles_downed": 16, "drones_downed": 70}),
    # one of a count told before, further on in its clause; the hospitalised, told after the injured
    ("Russian missile hits ship in Odesa port\n\nA Russian ballistic missile struck a container ship in Odesa port on "
     "Monday evening. Four people were killed and nine injured, the regional administration said.\n\nThe ship was "
     "carrying maize to Egypt, the port authority said.\n\nA 15-year-old girl who was on the pier was also hurt and "
     "is among the nine.", "russia", {"missiles_launched": 1, "killed": 4, "injured": 9}),
    ("LIVE: Russia strikes Kyiv with missiles\n\n07:30 – Tkachenko: one person has been killed and 12 injured in the "
     "capital.\n\n09:40 – UPDATE: The death toll has risen to three. Tkachenko says 19 people are injured, among them "
     "two children. Eight people have been hospitalized.\n\n13:00 – UPDATE: The number of injured has increased to "
     "24, among them two children.", "russia", {"killed": 3, "injured": 24}),
    # a toll with no word of its kind: the word after the count tells it
    ("Russian drones struck Odesa overnight. By morning the toll stood at 14 injured, the governor said.",
     "russia", {"injured": 14}),
    # a week's count ends its sentence, after a qualifier: "almost 3,000" is no superlative "most ..."
    ("Russia launched 40 drones and six missiles at Ukraine overnight, the air force said.\n\nPresident Volodymyr "
     "Zelensky said that Russia had used almost 3,000 drones and more than 90 missiles against Ukraine over the past "
     "week.", "russia", {"drones_launched": 40, "missiles_launched": 6}),
    # what "the attack included", and "N targets were neutralized" before its split
    ("Russia attacked Ukraine overnight. The attack included 728 drones and 13 missiles. The Air Force said 718 "
     "targets were neutralized: 296 drones were shot down and 415 were lost locally.",
     "russia", {"drones_launched": 728, "missiles_launched": 13, "downed_total": 718, "drones_downed": 296,
                "drones_suppressed": 415}),
    ("Russia launched 80 Shahed attack UAVs overnight. 61 attack UAVs of the Shahed type and other types of drones "
     "were shot down in Kyiv and Sumy oblasts.", "russia", {"drones_launched": 80, "drones_downed": 61}),
    # a month's tally, with its year, is no attack's
    ("Russia launched 90 drones overnight, 70 of which were shot down. In January 2025, Russia launched more than "
     "1,200 drones and about 40 missiles at Ukraine.", "russia", {"drones_launched": 90, "drones_downed": 70}),
    # a type's name and its noun, before the verb: "two Iskander-M ballistic missiles struck"
    ("Two Iskander-M ballistic missiles struck the city centre of Sumy on Sunday morning.",
     "russia", {"missiles_launched": 2}),
    # a count told again in its sentence is counted once: "all 24", "one of the three"
    ("Russian forces attacked the south with 24 Shahed drones overnight; all 24 were shot down, the air force said.",
     "russia", {"drones_launched": 24, "drones_downed": 24}),
    ("Russia fired three Kinzhal missiles and 15 drones overnight, and air defence managed to intercept only one of "
     "the three missiles.", "russia", {"missiles_launched": 3, "drones_launched": 15, "missiles_downed": 1}),
    # "managed to down" is a cue of the downed; "failed to down" is none
    ("Russia fired six missiles at Odesa overnight. Air defences managed to down only one of the missiles.",
     "russia", {"missiles_launched": 6, "missiles_downed": 1}),
    ("Russia fired six missiles at Odesa overnight. Air defences failed to down any of the missiles.",
     "russia", {"missiles_launched": 6}),
    ("Russia launched 40 drones at Kyiv overnight. The air force was able to down 35 of them.",
     "russia", {"drones_launched": 40, "drones_downed": 35}),
    # a promise after the counts is no span of them: "hours after ... said he would send more weapons"
    ("Russia launched 350 drones and 9 missiles at Ukraine overnight, hours after Washington said it would send more "
     "air defence systems.", "russia", {"drones_launched": 350, "missiles_launched": 9}),
    # "N more people": people, as "N other people" are
    ("A drone hit a shop in Kherson, killing a woman. Four more people were injured, the governor said.",
     "russia", {"killed": 1, "injured": 4}),
    # a toll's earlier states are no parts of it: "up from", a count before "the toll had reached"
    ("By nightfall the authorities put the toll of the Russian strikes at 24 dead, up from 15 dead in the morning.",
     "russia", {"killed": 24}),
    ("Officials had confirmed 7 deaths by noon; by evening the toll of the Russian strike had reached 12.",
     "russia", {"killed": 12}),
    # "N children among M killed": the children are part of the M
    ("Six children among 18 killed in Russian missile strike on Sumy", "russia", {"killed": 18}),
    # "including two children" between a toll and the injured is part of the toll
    ("The death toll from the Russian strike rose to 35, including two children, and 117 people were injured, the "
     "emergency service said.",
     "russia", {"killed": 35, "injured": 117}),
    ("Air defences brought down both missiles aimed at Odesa, the regional governor said.",
     "russia", {"missiles_downed": 2}),
    ("Russia attacked Kyiv overnight with both drones and missiles; air defence shot down 20 drones.",
     "russia", {"drones_downed": 20}),
    ("One of the four missiles was shot down over the Mykolaiv region, the military reported.",
     "russia", {"missiles_launched": 4, "missiles_downed": 1}),
    ("Russia launched more than 1,200 drones at Ukraine during the night, officials claimed.",
     "russia", {"drones_launched": 1200}),
    ("At least 40 Russian drones were destroyed by mobile fire groups overnight.",
     "russia", {"drones_downed": 40}),
    ("Russia used up to 60 attack drones in the overnight raid on Kharkiv.",
     "russia", {"drones_launched": 60}),
    ("The enemy launched 142 attack drones overnight. 101 of them were neutralised.",
     "russia", {"drones_launched": 142, "drones_downed": 101}),
    ("Russia sent 60 drones at the city; air defences repelled 52 of them.",
     "russia", {"drones_launched": 60, "drones_downed": 52}),
    # combined totals
    ("Russia fired 320 drones and missiles at Ukraine, of which 290 were intercepted.",
     "russia", {"launched_total": 320, "downed_total": 290}),
    ("In all, the enemy used 150 air attack weapons; 131 of them were neutralised.",
     "russia", {"launched_total": 150, "downed_total": 131}),
    # type splits
    ("Russian bombers fired 20 Kh-101 cruise missiles and 8 Kalibr missiles were launched from ships.",
     "russia", {"missiles_launched": 28}),
    ("The strike involved 3 Iskander-M ballistic missiles, a Kinzhal missile and 40 Shahed drones.",
     "russia", {"missiles_launched": 4, "drones_launched": 40}),
    # electronic warfare
    ("Of the 90 drones, 55 were shot down and 30 were lost locally due to electronic warfare.",
     "russia", {"drones_launched": 90, "drones_downed": 55, "drones_suppressed": 30}),
    ("Air defences downed 25 drones and another 14 disappeared from radar, the air force said.",
     "russia", {"drones_downed": 25, "drones_suppressed": 14}),
    ("The air force shot down 33 drones and used electronic countermeasures against 12 more.",
     "russia", {"drones_downed": 33, "drones_suppressed": 12}),
    # casualties
    ("Three people were killed and 14 were injured when a Russian missile hit a shopping centre in Kharkiv.",
     "russia", {"killed": 3, "injured": 14}),
    ("A Russian drone strike on Sumy killed two civilians and wounded seven others, the governor said.",
     "russia", {"killed": 2, "injured": 7}),
    ("The death toll from the Russian missile strike on Dnipro rose to 12, officials said.",
     "russia", {"killed": 12}),
    ("A Russian missile attack on Zaporizhzhia injured at least 16 people including four children.",
     "russia", {"injured": 16}),
    # an aside on who they were between the count and its verb
    ("Two people, including a child, were injured when Russian drones hit Kharkiv overnight.",
     "russia", {"injured": 2}),
    ("Five people, among them two children, were killed by a Russian missile in Sumy.",
     "russia", {"killed": 5}),
    ("A Russian strike killed three civilians in Kherson, and 12, including two children, were wounded.",
     "russia", {"killed": 3, "injured": 12}),
    ("Nine people (including three children) were injured in the Russian drone attack on Odesa.",
     "russia", {"injured": 9}),
    ("Russian drones hit Odesa overnight. One person was killed in Odesa and two were hurt in Izmail.",
     "russia", {"killed": 1, "injured": 2}),
    # distractors
    ("Russia launched 45 drones at Ukraine from the Kursk region, about 120 km from the border, in 2024.",
     "russia", {"drones_launched": 45}),
    ("Ukraine plans to build 10 million drones a year; Russia launched 80 drones overnight.",
     "russia", {"drones_launched": 80}),
    ("A 75-year-old woman was injured when a Russian drone hit a nine-storey building in Kyiv.",
     "russia", {"injured": 1}),
    # direction: Russian claims
    ("Russia's defence ministry said air defences destroyed 41 Ukrainian drones over the Bryansk region.",
     "ukraine", {"drones_downed": 41}),
    ("Russian air defences intercepted 18 Ukrainian UAVs over the Belgorod and Kursk regions overnight.",
     "ukraine", {"drones_downed": 18}),
    ("Moscow Mayor Sergei Sobyanin said air defences shot down three drones flying towards Moscow.",
     "ukraine", {"drones_downed": 3}),
    ("The ministry said 12 drones were destroyed over the Rostov region and 7 over the Voronezh region, "
     "the Russian Defence Ministry said.",
     "ukraine", {"drones_downed": 19}),
    # ---- more phrasing families, in our own words ----
    # more: numbers in words
    ("Air defence units shot down six out of seven missiles launched at the Lviv region overnight.",
     "russia", {"missiles_launched": 7, "missiles_downed": 6}),
    ("Russian forces attacked the city with twenty-two attack drones before dawn, the mayor said.",
     "russia", {"drones_launched": 22}),
    ("The air force said all 29 drones that Russia launched overnight were destroyed.",
     "russia", {"drones_launched": 29, "drones_downed": 29}),
    ("A dozen Shahed drones were shot down over the Poltava region, the governor said.",
     "russia", {"drones_downed": 12}),
    ("Ukraine's air force downed one of the four ballistic missiles Russia fired at Kyiv.",
     "russia", {"missiles_launched": 4, "missiles_downed": 1}),
    ("Both missiles were intercepted over the Dnipropetrovsk region, the air force reported.",
     "russia", {"missiles_downed": 2}),
    # more: qualifiers
    ("Russia fired more than 300 drones at Ukraine overnight, officials said.",
     "russia", {"drones_launched": 300}),
    ("At least 9 people were killed in the Russian missile strike on Kryvyi Rih.",
     "russia", {"killed": 9}),
    ("Over 20 Russian drones were downed near Kyiv, the city administration said.",
     "russia", {"drones_downed": 20}),
    ("Russia launched up to 50 Shahed drones at the Odesa region, the navy spokesman said.",
     "russia", {"drones_launched": 50}),
    # more: thousands separators
    ("In the largest attack of the war, Russia sent 1,050 drones against Ukrainian cities.",
     "russia", {"drones_launched": 1050}),
    # more: combined figures
    ("Russia launched 614 drones and missiles at Ukraine overnight, the air force said.",
     "russia", {"launched_total": 614}),
    ("The enemy used 600 aerial targets in total; 577 of them were neutralised.",
     "russia", {"launched_total": 600, "downed_total": 577}),
    # more: type splits summed
    ("Strategic bombers fired 17 Kh-101 and 16 Kalibr cruise missiles, the air force said.",
     "russia", {"missiles_launched": 33}),
    ("Air defences shot down 12 Kh-101 cruise missiles and 9 Kalibr missiles over Ukraine.",
     "russia", {"missiles_downed": 21}),
    # more: electronic warfare
    ("Air defences shot down 80 drones, while 35 drones were lost locally.",
     "russia", {"drones_downed": 80, "drones_suppressed": 35}),
    ("Mobile fire groups destroyed 44 drones and electronic countermeasures were used against 40 more.",
     "russia", {"drones_downed": 44, "drones_suppressed": 40}),
    ("Of the 100 drones launched, 60 were shot down and 38 did not reach their targets.",
     "russia", {"drones_launched": 100, "drones_downed": 60, "drones_suppressed": 38}),
    # more: casualties per place summed
    ("Russian drones struck several regions overnight, officials said. The air force gave no figures. "
     "Rescuers worked through the night. Two people were killed in Kherson. "
     "Three people were killed in Sumy, the regional administration said.",
     "russia", {"killed": 5}),
    ("A Russian missile attack hit Kharkiv and Dnipro. Seven people were injured in Kharkiv "
     "and four were injured in Dnipro, officials said.",
     "russia", {"injured": 11}),
    # more: distractors
    ("Russia launched 70 drones at Ukraine overnight; the nearest hit a depot 30 kilometres from Kyiv.",
     "russia", {"drones_launched": 70}),
    ("The plant, built in 1986, was hit by Russian drones; repairs will cost $5 million.",
     "russia", {}),
    ("Russian drones hit a five-storey building in Kherson; 3 people aged 64 to 70 were wounded.",
     "russia", {"injured": 3}),
    ("The town, home to 40,000 people, came under Russian drone attack for 3 hours overnight.",
     "russia", {}),
    ("Russia aims to produce 10 million drones a year, the report said. It launched 90 drones at Ukraine overnight.",
     "russia", {"drones_launched": 90}),
    # deaths of other news: neither side of this war named nor a place of it, or no word of an attack
    ("Ten civilians were killed by a drone strike on a house in Kabul, the Pentagon admitted.", "russia", {}),
    ("Three people died during protests in the capital and 30 were injured in clashes with the police.",
     "russia", {}),
    ("Two people were killed and four injured when a bus overturned on a road near Kyiv on Sunday.", "russia", {}),
    # counts of another war's weapons, in a text that names neither side of this one nor a place of it
    ("Israel's air defences intercepted 150 of the 180 ballistic missiles Iran fired overnight, the army said.",
     "russia", {}),
    ("The Houthis launched 12 drones at ships in the Red Sea; all 12 were shot down by US warships.", "russia", {}),
    # more: direction
    ("Russia's defence ministry said its air defences destroyed 57 Ukrainian drones over Russian regions overnight.",
     "ukraine", {"drones_downed": 57}),
    ("Ukrainian drones struck an oil refinery in the Saratov region overnight, the governor said.",
     "ukraine", {}),
    # more: quoted and newer electronic-warfare wording
    ('Russia sent 70 drones overnight; 41 were shot down and 25 were "lost", the air force said.',
     "russia", {"drones_launched": 70, "drones_downed": 41, "drones_suppressed": 25}),
    ("The air force said 50 drones were shot down and 18 decoys were locationally lost.",
     "russia", {"drones_downed": 50, "drones_suppressed": 18}),
    ("By 9 a.m. air defences had shot down or suppressed 120 aerial targets across the country.",
     "russia", {"downed_total": 120}),
    # more: a partitive at the end of a sentence, "all but one", "largest since" is no cumulative figure
    ("Russia fired four missiles and 30 drones at Ukraine; air defences destroyed 22 of the drones.",
     "russia", {"missiles_launched": 4, "drones_launched": 30, "drones_downed": 22}),
    ("Russia launched 40 attack drones overnight and the air force shot down all but two of the drones.",
     "russia", {"drones_launched": 40, "drones_downed": 38}),
    ("Russia fired 700 drones at Ukraine overnight, the largest attack since the full-scale invasion began.",
     "russia", {"drones_launched": 700}),
    # negation: "no one", "not one" is no count
    ("Russian drones struck a warehouse in Kharkiv overnight; no one was hurt, the mayor said.",
     "russia", {}),
    ("Air defences shot down 20 drones over the Odesa region. No one was injured, the governor added.",
     "russia", {"drones_downed": 20}),
    # those taken to hospital are the injured, unless a count of the injured comes first
    ("A Russian missile hit an apartment block in Uman overnight. The governor said 20 people had been killed and 15 "
     "had been taken to hospital.", "russia", {"missiles_launched": 1, "killed": 20, "injured": 15}),
    ("A Russian missile hit an apartment block in Kyiv overnight. More than 50 people were injured, and 38 were "
     "taken to hospital, officials said.", "russia", {"missiles_launched": 1, "injured": 50}),
    # what a named model is, in apposition, is no second weapon
    ("A Russian strike on an apartment block in Dnipro killed 12 people. The air force said it was hit by a Kh-22, a "
     "Soviet-era anti-ship missile its air defences cannot intercept.", "russia", {"killed": 12}),
    # a count in apposition to who they were: its verb after the closing comma
    ("A Ukrainian drone dropped a charge on a car in the Belgorod region, Governor Vyacheslav Gladkov said. The "
     "driver, a 47-year-old man, sustained shrapnel wounds.", "ukraine", {"injured": 1}),
    ("Russian drones hit a port in the Odesa region overnight, injuring two workers. None of the ship's 17 crew "
     "members was hurt, and none of its 9 officers either.", "russia", {"injured": 2}),
    # missiles jammed are not drones suppressed
    ("Two cruise missiles were jammed by electronic warfare and missed, while 15 drones were shot down.",
     "russia", {"drones_downed": 15}),
    ("Russia fired four guided missiles at Sumy overnight; two of the missiles were suppressed by electronic "
     "warfare.", "russia", {"missiles_launched": 4}),
    # a type name in front of a longer noun ("Shahed attack drones")
    ("Russia launched 44 Shahed attack drones and two ballistic missiles at Ukraine.",
     "russia", {"drones_launched": 44, "missiles_launched": 2}),
    ("Moscow sent 31 Geran strike drones against the Kharkiv region before dawn.",
     "russia", {"drones_launched": 31}),
    # "of which" and "another N" take the nearest weapon counted
    ("Russia fired 30 cruise missiles, of which 25 were shot down, and 40 drones, of which 33 were destroyed.",
     "russia", {"missiles_launched": 30, "missiles_downed": 25, "drones_launched": 40, "drones_downed": 33}),
    ("The enemy launched 12 ballistic missiles, of which four were intercepted, and 50 Shahed drones, "
     "of which 45 were downed.",
     "russia", {"missiles_launched": 12, "missiles_downed": 4, "drones_launched": 50, "drones_downed": 45}),
    ("Russia sent 60 drones and 5 missiles overnight; 48 of the drones were shot down and another seven "
     "were lost to electronic warfare.",
     "russia", {"drones_launched": 60, "missiles_launched": 5, "drones_downed": 48, "drones_suppressed": 7}),
    # one person with no numeral: an age is no count; a numbered figure wins over it
    ("Russia sent 25 drones at Kherson overnight. A 68-year-old man was killed when one hit his house.",
     "russia", {"drones_launched": 25, "killed": 1}),
    ("A Russian drone hit a bus in Nikopol, killing a woman and injuring a teenage boy, the governor said.",
     "russia", {"killed": 1, "injured": 1}),
    ("Four people were injured in the Russian strike on Kharkiv. A 40-year-old man was injured by glass, "
     "the mayor said.", "russia", {"injured": 4}),
    ("Russian drones hit Odesa overnight. Debris damaged a garage and two people received minor cuts, the governor "
     "wrote.", "russia", {"injured": 2}),
    # people with no numeral at all, alone or in a list; who they were, between commas, dashes or brackets
    ("Russia shelled Kherson on Monday. A woman was killed, the regional administration said.",
     "russia", {"killed": 1}),
    ("Russian drones attacked Odesa overnight. A man and a woman were injured, the governor said.",
     "russia", {"injured": 2}),
    ("Russian missiles hit Dnipro. Two women and a child were killed, the governor said.", "russia", {"killed": 3}),
    ("Russian drones hit Sumy overnight. A woman and her two children were injured.", "russia", {"injured": 3}),
    ("Russian drones hit Kyiv. A man and his 10-year-old son were slightly injured.", "russia", {"injured": 2}),
    ("A Russian missile hit Odesa. An elderly couple was killed.", "russia", {"missiles_launched": 1, "killed": 2}),
    ("Russian drones attacked Kharkiv overnight. Two people, a man and a woman, were injured.",
     "russia", {"injured": 2}),
    ("Russian drones attacked Kharkiv overnight. Two people – a man and a woman – were injured.",
     "russia", {"injured": 2}),
    # children "among them" are part of the count; a day of a month is no count
    ("Russian missiles hit Dnipro. Three people were killed and 14 were injured, two children among them.",
     "russia", {"killed": 3, "injured": 14}),
    ("The death toll from the Russian missile attack on Lviv on the morning of 4 September has risen to seven.",
     "russia", {"killed": 7}),
    # a glide-bomb strike in a report with no drone or missile figures is the report's attack
    ("Russian forces hit the Zaporizhzhia region 200 times in a day, killing three people. "
     "In the regional centre, a guided bomb hit a factory and injured nine workers.",
     "russia", {"killed": 3, "injured": 9}),
    ("Russian guided aerial bombs struck Kharkiv on Tuesday afternoon, the governor said. "
     "A KAB hit a shopping centre; six people were killed and 40 were injured.",
     "russia", {"killed": 6, "injured": 40}),
    # updated tolls supersede the earlier ones, never added to them
    ("The number of dead from Monday's Russian ballistic missile strike on the centre of the city of Poltava "
     "rose to 14, officials said.", "russia", {"killed": 14}),
    ("Russian drones hit a hospital in Sumy. According to preliminary information, 3 people were killed and "
     "10 injured. Later the regional governor said 6 people had been killed and 21 injured in Sumy.",
     "russia", {"killed": 6, "injured": 21}),
    ("The death toll from a Russian missile strike on Dnipro climbed to 9 on Thursday. On Wednesday, "
     "officials had said five people were killed.", "russia", {"killed": 9}),
    # a figure led by a place is that place's, summed with the others
    ("Russia launched 90 drones overnight. Fires broke out. In Kharkiv, two people were injured. Five people "
     "were injured in Zaporizhzhia, the governor said.", "russia", {"drones_launched": 90, "injured": 7}),
    ("Russian strikes hit two regions overnight. In Odesa, three people were killed when a drone hit a "
     "house. Power was cut. One person was killed in Kherson, officials said.", "russia", {"killed": 4}),
    # "N others" followed by a weapon verb are weapons, not people
    ("Russia launched 70 drones overnight; 50 were shot down and 18 others did not reach their targets.",
     "russia", {"drones_launched": 70, "drones_downed": 50, "drones_suppressed": 18}),
    ("Air defences destroyed 31 drones over the Kyiv region, and 12 others were lost locally.",
     "russia", {"drones_downed": 31, "drones_suppressed": 12}),
    # background aggregates are not the night's figure
    ("Russia launched 95 drones overnight. It has launched more than 150 drones on some nights in recent weeks.",
     "russia", {"drones_launched": 95}),
    ("During the last week, Russia launched 1,100 drones, the president said. Overnight, Russia launched "
     "85 drones.", "russia", {"drones_launched": 85}),
    ("In the past seven days Russia fired over 900 drones at Ukraine; overnight it sent 60 drones.",
     "russia", {"drones_launched": 60}),
    # "came (just) N days after" an earlier attack: the earlier one's toll is its own
    ("Russian drones hit Kharkiv overnight, killing two people. The strike came just two days after a "
     "missile barrage on the city, which killed 11 people.", "russia", {"killed": 2}),
    ("A Russian missile hit Odesa, killing five people. The attack came only a week after a drone strike "
     "on the port killed 9 people.", "russia", {"missiles_launched": 1, "killed": 5}),
    # a breakdown after a dash, a bracket or a colon is not added to its head
    ("Russia fired five missiles - two Kalibr cruise missiles and three Iskander-M ballistic missiles - "
     "at Ukraine overnight.", "russia", {"missiles_launched": 5}),
    ("Air defences shot down 40 missiles (25 Kh-101 and 15 Kalibr) and 300 drones overnight.",
     "russia", {"missiles_downed": 40, "drones_downed": 300}),
    # the verb far before the number: "attacked the port cities of X and Y with 27 drones"
    ("Russia attacked the southern port cities of Odesa and Izmail with 33 Shahed drones overnight.",
     "russia", {"drones_launched": 33}),
    ("Russia attacked Ukraine overnight on Oct. 3 with 70 attack drones and two missiles.",
     "russia", {"drones_launched": 70, "missiles_launched": 2}),
    # a launch verb does not reach past a casualty count
    ("Russian troops attacked 30 villages in the Sumy region with artillery and drones, killing two people "
     "and injuring 12, the governor said.", "russia", {"killed": 2, "injured": 12}),
    ("The Russian army shelled the town with rockets and drones, injuring four people and killing 3, officials said.",
     "russia", {"killed": 3, "injured": 4}),
    # missiles and bombs only Ukraine fires: a Russian tally of them shot down is Ukraine's attack
    ("Over the past day, air defence systems shot down four Storm Shadow cruise missiles and 52 fixed-wing "
     "unmanned aerial vehicles, the ministry said.", "ukraine", {"missiles_downed": 4, "drones_downed": 52}),
    ("Air defence systems destroyed two HIMARS rockets, three JDAM guided bombs and 41 drones over the past day, "
     "the ministry added.", "ukraine", {"drones_downed": 41}),
    ("Duty air defences intercepted five ATACMS missiles and 20 drones overnight.",
     "ukraine", {"missiles_downed": 5, "drones_downed": 20}),
    # a bare "lost" after a count is electronic warfare; before one it is a tally of the enemy's losses
    ("Russia launched 90 drones overnight; 60 were shot down and 25 were lost.",
     "russia", {"drones_launched": 90, "drones_downed": 60, "drones_suppressed": 25}),
    ("According to the General Staff, Russia lost 61 drones over the past day.", "russia", {}),
    ("The enemy lost 12 tanks and 45 operational-tactical drones over the past day, the General Staff said.",
     "russia", {}),
    # "N more were ..." after a first figure: the verb after "more" gives the role
    ("Air defence destroyed 27 drones, and 11 more were lost locally.",
     "russia", {"drones_downed": 27, "drones_suppressed": 11}),
    ("Russia launched 60 drones; 40 were shot down and 12 more drones were jammed.",
     "russia", {"drones_launched": 60, "drones_downed": 40, "drones_suppressed": 12}),
    # weapons that hit count as launched (at least as many) where no launch figure is given
    ("Three missiles hit a busy area of the city centre, the regional governor said.",
     "russia", {"missiles_launched": 3}),
    ("Russian drones attacked Sumy overnight. Separately, a Russian S-300 missile struck an apartment building "
     "in Kharkiv, injuring two people.", "russia", {"missiles_launched": 1, "injured": 2}),
    ("Russia launched 12 missiles at Ukraine overnight; two missiles hit energy facilities in the west.",
     "russia", {"missiles_launched": 12}),
    ("Air defences shot down 18 cruise missiles overnight; 12 missiles reached their targets.",
     "russia", {"missiles_downed": 18}),
    ("Russian drones attacked Kharkiv overnight. One of the drones hit a five-storey building, injuring three people.",
     "russia", {"injured": 3}),
    # a weapon counted again in one list starts a second list: the verb after it does not reach the first
    ("Overnight summary: 230 drones and 12 missiles, 200 drones and 10 missiles shot down.",
     "russia", {"drones_downed": 200, "missiles_downed": 10}),
    ("Night tally: 410 drones and 22 missiles launched, 380 drones and 19 missiles destroyed.",
     "russia", {"drones_launched": 410, "missiles_launched": 22, "drones_downed": 380, "missiles_downed": 19}),
    ("Air defences shot down 60 Shahed drones, 20 decoy drones and five missiles overnight.",
     "russia", {"drones_downed": 80, "missiles_downed": 5}),
    # a combined count split after a colon, past its verb
    ("By morning, 96 air targets had been shot down: 16 missiles and 80 drones.",
     "russia", {"downed_total": 96, "missiles_downed": 16, "drones_downed": 80}),
    ("Three Russian missiles slammed into a market in Kharkiv.", "russia", {"missiles_launched": 3}),
    # "more" after a bare count; children "among the injured" are part of them; ages are no counts
    ("In Odesa, four people were injured by drone debris, while two more were wounded in the city of Izmail.",
     "russia", {"injured": 6}),
    ("A drone hit an apartment block in Kyiv, injuring 21 people. Five children were among the injured.",
     "russia", {"injured": 21}),
    ("Three children aged seven, 11 and 16 were among those killed in Sumy, where 14 people died in the strike.",
     "russia", {"killed": 14}),
    # "across the city" is no total: each place's figure is summed
    ("In Dnipro, a missile hit a clinic, injuring 13. In Kyiv, sirens sounded across the city; officials said "
     "three people were hurt in the capital.", "russia", {"missiles_launched": 1, "injured": 16}),
    # one weapon at the start of a sentence; a count of something else ("two warehouses") counts no weapons
    ("A Russian ballistic missile has struck a school in Sumy, killing four people.",
     "russia", {"missiles_launched": 1, "killed": 4}),
    ("Russia attacked Odesa with 12 drones and two missiles. A hangar and two warehouses were destroyed.",
     "russia", {"drones_launched": 12, "missiles_launched": 2}),
    # modifiers with slashes and dots before the noun
    ("Russia fired four Kh-59/Kh-69 guided air missiles at Odesa overnight.", "russia", {"missiles_launched": 4}),
    ("Ukraine fired three U.S.-supplied ATACMS missiles at an airfield in Crimea.",
     "ukraine", {"missiles_launched": 3}),
    # an "including" aside ends where the list goes on
    ("In total Russia used 11 missiles, including Kinzhal hypersonic missiles, and 48 Shahed drones overnight.",
     "russia", {"missiles_launched": 11, "drones_launched": 48}),
    ("Russia launched 70 drones, including 25 decoys, and four missiles.",
     "russia", {"drones_launched": 70, "missiles_launched": 4}),
    # a running total since a month and year is no attack
    ("Russia has fired more than 2,000 Shahed drones at Ukraine since October 2022, officials say.", "russia", {}),
    # drones that watch are no weapons of the attack; a verb's count of another noun is no weapon's
    ("Six Shahed-136 drones and three reconnaissance drones were also shot down over Kyiv overnight.",
     "russia", {"drones_downed": 6}),
    # ... unless listed with the attack's own as launched
    ("Russia also launched six Shahed drones and three reconnaissance drones overnight, the commander said.",
     "russia", {"drones_launched": 9}),
    ("Russia fired 38 missiles at the country on Saturday, of which 25 were intercepted. The strike on Dnipro "
     "destroyed 72 apartments.", "russia", {"missiles_launched": 38, "missiles_downed": 25}),
    # a bare count split into missiles and drones after a colon is their combined count; "the bombardment included"
    ("Russia fired 40 missiles and 30 drones overnight. Air defenses shot down 60 of them: 35 missiles and 25 of "
     "the drones.", "russia", {"missiles_launched": 40, "drones_launched": 30, "downed_total": 60,
                               "missiles_downed": 35, "drones_downed": 25}),
    ("The bombardment included 122 missiles - ballistic and cruise missiles among them - and 36 Shahed drones.",
     "russia", {"missiles_launched": 122, "drones_launched": 36}),
    # a total over two nights is no night's
    ("Russia attacked Ukraine with more than 400 drones and missiles over two consecutive nights, killing three "
     "people.", "russia", {}),
    # "that figure had risen to 64": the new state of the count told in the sentence before
    ("A Russian missile hit Lviv overnight. The governor initially said 38 people had been wounded. By Wednesday "
     "afternoon that figure had risen to 64, including four children.",
     "russia", {"missiles_launched": 1, "injured": 64}),
    # drones that "had targeted" a city were launched; people who "sought medical help" were hurt, and more of
    # them after a toll that "had risen to" a count are in it
    ("Russia's Defense Ministry said eight Ukrainian drones had targeted Moscow overnight. Five of them were shot "
     "down. Moscow Mayor Sergei Sobyanin said two people sought medical help.", "ukraine",
     {"drones_launched": 8, "drones_downed": 5, "injured": 2}),
    ("A Russian guided bomb hit Zaporizhzhia on Friday. The governor said the number of injured had risen to 22, "
     "after five more people sought medical help.", "russia", {"injured": 22}),
    # a subset of the count before it, by place, across "and the two drones"
    ("Russia fired 23 cruise missiles and two drones overnight. Air defences shot down 21 of the missiles and both "
     "drones, 11 of the missiles and the two drones over Kyiv.", "russia",
     {"missiles_launched": 23, "drones_launched": 2, "missiles_downed": 21, "drones_downed": 2}),
    # the names of drone types in the plural count drones, not something else the verb acted on
    ("Russia launched 90 drones overnight. Air defence downed 30 Gerberas and 40 Shaheds.",
     "russia", {"drones_launched": 90, "drones_downed": 70}),
    # a span since a season, a habit (even "in a single night"), a supposition, and more of a month's tally
    ("A drone unit says it has destroyed more than 1,000 Russian drones since the spring.", "russia", {}),
    ("Russia now regularly sends 400 to 800 drones in a single night, Ukrainian officials say.", "russia", {}),
    ('"If you send 500 drones and 10% get through, that is 50 impacts in one night," the analyst said.',
     "russia", {}),
    ("In July, Russia launched 6,297 long-range drones at Ukraine, a record month. It also fired 198 missiles.",
     "russia", {}),
    # a list's kinds after its count, and a comma, before the verb
    ("- 98 Shahed attack drones and decoy drones of various types, launched from Kursk, Oryol and Millerovo.",
     "russia", {"drones_launched": 98}),
    # the people a toll counts among its hurt are no more of its dead
    ("Russian drone attack on Kharkiv: three killed, 21 injured including four children", "russia",
     {"killed": 3, "injured": 21}),
    # Moscow the government, which names no place of an attack by Ukraine
    ("A Russian missile strike on Dnipro killed five people on Friday, the governor said. There was no immediate "
     "comment from Moscow, which denies targeting civilians. Update, 1420 GMT: Lysak said later that the death toll "
     "had risen to eight.", "russia", {"killed": 8}),
    # a count by region whose first item names its region after the verb, or "the territory of" it
    ("According to the ministry, three drones were shot down over the Bryansk region, two over the Oryol region, "
     "one over the Kaluga region and one over the Ryazan region.", "ukraine", {"drones_downed": 7}),
    ("The Russian Defense Ministry said air defences destroyed two Ukrainian drones over the territory of the "
     "Belgorod Region and three more over the Kursk Region.", "ukraine", {"drones_downed": 5}),
    # but not where the weapons came from
    ("Bombers fired 17 Kh-101 cruise missiles at Ukraine, and at least 16 Kalibr cruise missiles were launched from "
     "ships in the Black Sea.", "russia", {"missiles_launched": 33}),
    # the same toll in two places is two tolls
    ("Russia launched 151 drones and missiles at Ukraine overnight. In Zaporizhzhia, one person was killed, the "
     "governor said. In the Khmelnytskyi region, one person was killed in a strike on energy infrastructure.",
     "russia", {"launched_total": 151, "killed": 2}),
    # what might yet be, even "in a single night"
    ("Russia is trying to overwhelm Ukraine's air defences, said an analyst, who noted that Moscow may soon be able "
     "to launch 1,000 drones in a single night.", "russia", {}),
    ("Officials warned that Russia could launch 500 drones at Kyiv tonight.", "russia", {}),
    # the hospitalized are hurt, one of them as well; some of those told before are no more of them
    ("A Ukrainian drone attack damaged a house in Ramenskoye overnight, the governor said. Two people were "
     "hospitalized.", "ukraine", {"injured": 2}),
    ("A Ukrainian drone attack damaged a house in Ramenskoye overnight, the governor said. A 52-year-old woman was "
     "hospitalized with cuts.", "ukraine", {"injured": 1}),
    ("A Russian missile strike on Kyiv killed 12 people and injured 90 overnight. Ten of those hospitalized were in "
     "serious condition, including six children.", "russia", {"killed": 12, "injured": 90}),
    ("Russia launched 50 drones at Kyiv overnight, the air force said. It also fired three missiles.",
     "russia", {"drones_launched": 50, "missiles_launched": 3}),
    # the kinds told after the count belong to it
    ("As of 08:30, 74 Shahed attack UAVs and other types of drones had been confirmed shot down, the air force said.",
     "russia", {"drones_downed": 74}),
    ("Overnight, 52 Shahed UAVs and decoy drones of various types were destroyed over the east.",
     "russia", {"drones_downed": 52}),
    # "most of the 43 drones": the 43 are the whole, not those shot down
    ("Russia attacked Kyiv overnight. The air force says most of the 43 drones were destroyed.",
     "russia", {"drones_launched": 43}),
    ("Air defences shot down 37 of the 43 drones launched overnight. Russian drones struck Kyiv; the air force says "
     "most of the 43 drones were destroyed.", "russia", {"drones_launched": 43, "drones_downed": 37}),
    ("Ukraine shot down the majority of the 90 drones Russia launched overnight.", "russia", {"drones_launched": 90}),
    # a missile named as the kind of an earlier barrage is no missile of this attack
    ("Russia attacked Kyiv with kamikaze drones on Monday, a week after its missile barrage on the capital.",
     "russia", {}),
    ("Russia hit Odesa with drones overnight, days after a missile salvo on the port.", "russia", {}),
    # a Q&A's or factbox's labelled counts of casualties
    ("Russia attacked Kremenchuk overnight with drones.\n\nKilled: 2, both in Kremenchuk.\nInjured: 11, including "
     "three children. Six were taken to hospital.", "russia", {"killed": 2, "injured": 11}),
    ("Drones hit Sumy overnight.\nDead - 3\nWounded - 14", "russia", {"killed": 3, "injured": 14}),
    # the rockets of a launcher (Grad, Uragan, HIMARS) are artillery, not missiles
    ("Overnight, Russian shelling killed 13 people and wounded 11 in Marhanets, where the troops fired some 80 Grad "
     "rockets at the town.", "russia", {"killed": 13, "injured": 11}),
    ("The ministry said its forces had intercepted 12 HIMARS rockets and destroyed 47 Ukrainian drones over the "
     "Belgorod region.", "ukraine", {"drones_downed": 47}),
    ("Russian air defences shot down 14 Ukrainian rockets and 30 drones over the Belgorod region.", "ukraine",
     {"missiles_downed": 14, "drones_downed": 30}),
    # a share "of the" kind named by a model with a slash: "three of the Kh-59/69 missiles"
    ("Russia launched four Kh-59/69 guided missiles and 42 drones. Air defences shot down three of the Kh-59/69 "
     "missiles and 35 of the drones.", "russia",
     {"missiles_launched": 4, "drones_launched": 42, "missiles_downed": 3, "drones_downed": 35}),
    # "of those drones": the pronoun's noun gives the part its kind
    ("Russia launched 741 drones and 12 missiles. The air force said it had intercepted 689 of those drones and nine "
     "of the missiles.", "russia",
     {"drones_launched": 741, "missiles_launched": 12, "drones_downed": 689, "missiles_downed": 9}),
    # one missile told after "after": the earlier strike's weapon
    ("The attack came eight days after a Russian missile hit a residential neighborhood of Kryvyi Rih, killing 20 "
     "people.", "russia", {"missiles_launched": 1, "killed": 20}),
    # a kind named after "including" is part of the count of that kind told before, even past another kind
    ("Ukraine's air defences destroyed 28 of the 31 missiles and all 16 drones, the commander said, including 10 "
     "Kinzhal hypersonic missiles.", "russia",
     {"missiles_launched": 31, "missiles_downed": 28, "drones_launched": 16, "drones_downed": 16}),
    ("Russia launched 90 drones, including 20 decoys, and three missiles.", "russia",
     {"drones_launched": 90, "missiles_launched": 3}),
    # "The weapons included": the kinds of the attack's count
    ("Russia launched 63 drones and missiles overnight, of which 37 were destroyed. The weapons included 32 Shahed "
     "drones and 31 missiles of various types.", "russia",
     {"launched_total": 63, "downed_total": 37, "drones_launched": 32, "missiles_launched": 31}),
    # people counted by their trade
    ("Russia attacked Odesa overnight. In the Izmail district, two truck drivers were injured.", "russia",
     {"injured": 2}),
    # what some of them were, between commas, before the verb
    ("Russia launched 539 drones at Ukraine. Another 208 drones, many of them Gerbera decoys with no warhead, were "
     "lost from radar or jammed by electronic warfare.", "russia", {"drones_launched": 539, "drones_suppressed": 208}),
    # the places a list launched the drones from, however long, name no attack of Ukraine's
    ("The enemy attacked Ukraine with 121 drones. The drones were launched from the directions of Millerovo, Kursk, "
     "Oryol, Primorsko-Akhtarsk and Chauda in temporarily occupied Crimea. The air attack was repelled by aviation. "
     "As of 09:00:\n- 72 enemy drones were shot down;\n- another 40 imitator drones were lost locally.", "russia",
     {"drones_launched": 121, "drones_downed": 72, "drones_suppressed": 40}),
    # the people a verb before a list counts, up to a count with a verb of its own
    ("Russia attacked Kyiv overnight. In Kyiv, a drone hit a residential building, killing a woman and her adult son, "
     "and eight people were injured.", "russia", {"killed": 2, "injured": 8}),
    # one person in a place of their own beside a numbered toll elsewhere
    ("Russia attacked Ukraine overnight. In Zaporizhzhia, one person was killed and eight were injured, the governor "
     "said. In the Khmelnytskyi region, a man was killed when an infrastructure facility was hit.", "russia",
     {"killed": 2, "injured": 8}),
    ("Russia attacked Kharkiv overnight. In Kharkiv, three people were injured. A woman was hurt by debris in the "
     "Kyivskyi district of Kharkiv.", "russia", {"injured": 3}),
    # the Air Force's lists: each item on a line of its own, under the line that says what they were
    ("On the night of 3 March, the enemy attacked with 212 air attack assets:\n"
     "– 12 missiles: 8 Kh-101 cruise missiles and 4 Iskander-M ballistic missiles;\n"
     "– 200 Shahed attack UAVs and decoy drones.\n"
     "As of 09:00, air defence shot down 190 air targets:\n• 10 missiles\n• 180 drones",
     "russia", {"launched_total": 212, "missiles_launched": 12, "drones_launched": 200, "downed_total": 190,
                "missiles_downed": 10, "drones_downed": 180}),
    # a list of the kinds launched, each with what became of it: the kinds add up to the whole, the fates to the downed
    ("From 07:00 the enemy launched 69 missiles at Ukraine, as follows:\n- 39 Kh-101 cruise missiles from Tu-95MS "
     "bombers; 34 of them were destroyed;\n- 22 Kalibr cruise missiles from the Black Sea; 20 of them were destroyed;"
     "\n- 8 Kh-22 guided missiles; none of them was intercepted.", "russia",
     {"missiles_launched": 69, "missiles_downed": 54}),
    # a tally since a month is no night's
    ("Russia launched 40 drones at Kyiv overnight. Ukraine has destroyed more than 500 Shahed drones since September, "
     "the Air Force said.", "russia", {"drones_launched": 40}),
    # a title's "drones, missiles": both kinds together
    ("Russia launches 550 drones, missiles in overnight attack on Kyiv", "russia", {"launched_total": 550}),
    # "aerial attack assets" are both kinds together; a drone that flew off is neither downed nor lost
    ("Russia launched 210 aerial attack assets overnight. Air defense shot down 144 air targets. A further 29 drones "
     "were lost locally as a result of electronic warfare, and one drone flew towards Belarus.", "russia",
     {"launched_total": 210, "downed_total": 144, "drones_suppressed": 29}),
    ("A Russian drone hit an ambulance in Antonivka. Two paramedics were injured.", "russia",
     {"injured": 2}),
    # taken to hospital, past an aside on who they were
    ("Russian missiles hit Zaporizhzhia overnight. The administration said 89 people, 11 of them children, had been "
     "taken to hospital.", "russia", {"injured": 89}),
    # a toll, then the number of injured: each its own
    ("Russian bombs hit Kharkiv. The governor said rescuers had found two more bodies, bringing the toll to 14 dead, "
     "and that the number of injured had risen to 44.", "russia", {"killed": 14, "injured": 44}),
    # a qualifier on the whole a part is told of
    ("Air defence shot down 44 out of more than 50 cruise missiles that Russia fired at Ukraine on Monday morning.",
     "russia", {"missiles_launched": 50, "missiles_downed": 44}),
    # drones that "took part" were launched
    ("The Russian Defence Ministry said eight Ukrainian drones had taken part in the attack on Moscow. Five were "
     "shot down and three were suppressed by electronic warfare.", "ukraine",
     {"drones_launched": 8, "drones_downed": 5, "drones_suppressed": 3}),
    # a toll's earlier states after "up from" are no figures, however many
    ("A Russian missile hit a block of flats in Dnipro. By Sunday evening the death toll had risen to 30, up from 12 "
     "on Saturday night and 20 on Sunday morning.", "russia", {"missiles_launched": 1, "killed": 30}),
    # "It also fired": more of the kind on top of the sentence before
    ("Russia fired 28 cruise missiles at Ukraine on Saturday, of which 25 were shot down. It also fired five Kh-22 "
     "missiles, none of which were intercepted.", "russia", {"missiles_launched": 33, "missiles_downed": 25}),
    # a count told of no place, then counts of places that add up to no more: their total
    ("Russian strikes plunge Ukraine into darkness\n\n\"We will get through this,\" a resident said. Russia fired "
     "about 70 cruise missiles at Ukraine on Wednesday. At least 10 people were killed, officials said. "
     "In Kyiv, a missile hit a house, killing three people. In Vyshhorod, a strike on a block of flats killed four.",
     "russia", {"missiles_launched": 70, "killed": 10}),
    # aerial targets beside more drones, and no missile: some of the drones
    ("Ukrainian drones attacked Sevastopol. The governor said 10 aerial targets were shot down over the sea. Russia's "
     "Defence Ministry said it had destroyed 11 Ukrainian drones over Crimea.", "ukraine", {"drones_downed": 11}),
    # firing at a drone is shooting at it
    ("A Russian drone attack hit Kyiv on Monday, killing four people. Police officers fired at one drone from the "
     "street.", "russia", {"killed": 4}),
    # what Russia only aims to do is no count
    ("Russia launched 60 drones overnight. Intelligence officials say Russia aims to launch up to 1,000 drones in a "
     "single night.", "russia", {"drones_launched": 60}),
    # one missile that hit, of a wave told uncounted, is no count of the wave
    ("A Russian missile hit a block of flats in Uman, killing 23 people. The same wave of Russian cruise missiles "
     "also struck Dnipro, the governor said.", "russia", {"killed": 23}),
    # the name of an airfield in brackets between "attacked" and "with"
    ("The ministry said Ukraine attacked the Kursk Vostochny (Khalino) airfield with eight ATACMS missiles. Seven "
     "were shot down.", "ukraine", {"missiles_launched": 8, "missiles_downed": 7}),
    # the shells of a day's shelling are no air attack's weapons; a toll since the city's liberation is no day's
    ("Russian forces shelled the Kherson region 89 times over the past day, firing 512 projectiles from artillery "
     "and drones. Two people were killed. More than 400 civilians have been killed in the region since the "
     "liberation of Kherson in November 2022.", "russia", {"killed": 2}),
    # the bodies recovered are the dead; the UN's tally of the war's dead is no attack's
    ("Russian missiles destroyed the airport of Vinnytsia on Sunday. Rescuers had recovered the bodies of nine "
     "people from the ruins. The UN has confirmed 364 civilian deaths since the invasion began.", "russia",
     {"killed": 9}),
    ("A Russian missile hit the regional administration in Mykolaiv, killing 12.\n\nUN confirms 1,179 civilian "
     "deaths", "russia", {"missiles_launched": 1, "killed": 12}),
    # one place's count told again in a later entry of a live blog is the larger, not the sum
    ("Live: strike on Mykolaiv\n\n14:20 GMT - Toll in Mykolaiv strike rises to 12\n\nThe number of people killed "
     "in the Russian strike on the administration building in Mykolaiv has risen to 12, the emergency service says. "
     "Thirty-three people were wounded, and rescuers are still searching the rubble.\n\n09:50 GMT - At least "
     "seven killed in Mykolaiv\n\nGovernor Vitaliy Kim says seven people have been killed and 22 wounded after a "
     "Russian missile strike tore a hole in the administration building.", "russia", {"killed": 12, "injured": 33}),
    # the day's own span is no cumulative one; the first of a weapon ever downed is no count; bodies recovered later
    ("Russian drones hit Kyiv on Monday morning. The air force said that since the beginning of the day air defence "
     "had destroyed 41 Shahed drones. The first Shahed in the region was shot down last autumn. Later the mayor said "
     "the bodies of six people had been recovered.", "russia", {"drones_downed": 41, "killed": 6}),
    # those taken to hospital are some of the injured; those treated in hospital are the injured
    ("A Russian drone attack hit Kharkiv overnight. Among the 14 injured is a girl; nine people were hospitalized.",
     "russia", {"injured": 14}),
    ("A Russian missile struck a shopping centre in Kremenchuk. Officials said more than 60 people had been treated "
     "in hospital.", "russia", {"missiles_launched": 1, "injured": 60}),
    # sea drones are not counted as drones: the figures are of the weapons of the air, alone or beside them
    ("The Kyiv regime attacked the Crimean bridge overnight with three unmanned surface vessels, the committee said.",
     "ukraine", {}),
    ("The Black Sea Fleet repelled an attack by six uncrewed boats near Novorossiysk, the ministry said.",
     "ukraine", {}),
    ("The ministry said 25 Ukrainian drones were destroyed over Crimea overnight and that four uncrewed boats were "
     "destroyed in the Black Sea.", "ukraine", {"drones_downed": 25}),
    # a married couple killed are two, their son hurt is one
    ("A Ukrainian drone hit a car near Belgorod, killing a married couple; their son was injured, the governor said.",
     "ukraine", {"killed": 2, "injured": 1}),
    # several days' tallies, and a month's, are no attack's
    ("Russia fired 5,900 drones at Ukraine in June. On eleven days in June, Russia launched more than 300 drones in "
     "a single night. Moscow also fired 170 missiles over the month.", "russia", {}),
    # a figure corrected later in the text replaces it
    ("Russia launched 40 drones at Odesa overnight. In a first statement, the air force said 30 of them were shot "
     "down. Later the number of drones destroyed was revised to 27.", "russia",
     {"drones_launched": 40, "drones_downed": 27}),
    ("Night attack on Dnipro: five injured\n\nRussian drones attacked Dnipro overnight. \"Preliminarily, five people "
     "were injured,\" the governor wrote. Later he clarified: \"According to updated information, four people were "
     "injured.\"", "russia", {"injured": 4}),
    # a count in question is no count; both kinds and then a count of both are two lists
    ("Russia attacked with 61 drones and three Iskander-M missiles. The air force said it shot down 50 of the "
     "drones, but did not say whether the three missiles had been intercepted.", "russia",
     {"drones_launched": 61, "drones_downed": 50, "missiles_launched": 3}),
    ("Russia launched 300 drones and 20 missiles, 290 air targets neutralized", "russia",
     {"drones_launched": 300, "missiles_launched": 20, "downed_total": 290}),
    # the enemy of Russia's ministry is Ukraine: its drones downed and jammed are Ukraine's attack's
    ("Drones hit Moscow suburbs\n\nRussia's Defense Ministry blamed Kyiv, saying that nine drones had targeted the "
     "city. \"All the enemy drones were hit,\" the ministry said, adding that six were shot down and three were "
     "suppressed by electronic warfare.", "ukraine",
     {"drones_launched": 9, "drones_downed": 6, "drones_suppressed": 3}),
    # a count the report itself doubts is none
    ("Russia's ministry said it destroyed nine Ukrainian drones over Moscow overnight. Bloggers said as many as 30 "
     "drones had been involved, a figure that could not be verified.", "ukraine", {"drones_downed": 9}),
    # the kinds after "including" that add up to the count are its split; "N of them missiles" is that kind's
    ("Russia fired 100 missiles and 40 drones overnight. Air defences shot down 120 of them, including 90 missiles "
     "and 30 Shahed drones, the commander said.", "russia",
     {"missiles_launched": 100, "drones_launched": 40, "downed_total": 120, "missiles_downed": 90,
      "drones_downed": 30}),
    ("Russia launched 180 weapons in total: 60 missiles and 120 drones. It said 100 were intercepted, 40 of them "
     "missiles.", "russia", {"launched_total": 180, "missiles_launched": 60, "drones_launched": 120,
                              "downed_total": 100, "missiles_downed": 40}),
    # a model number after the drone's name; a participle of the count before is none of the next count's
    ("In addition, seven Shahed-136/131 attack drones were shot down over the south, the air force said.",
     "russia", {"drones_downed": 7}),
    ("The ministry said air defences shot down two Neptune missiles, four rockets fired by HIMARS launchers, as well "
     "as 95 Ukrainian drones over the Kursk and Bryansk regions.", "ukraine",
     {"missiles_downed": 2, "drones_downed": 95}),
    # days-old babies are people; those "not hurt" are not hurt; a toll split into places is counted once
    ("A Russian missile hit a maternity ward in Vilniansk overnight, killing a three-day-old baby.", "russia",
     {"missiles_launched": 1, "killed": 1}),
    ("Russian drones hit a passenger train in the Chernihiv region overnight, injuring two railway workers. The 120 "
     "passengers on board were not hurt.", "russia", {"injured": 2}),
    ("The death toll from Russia's missile attack has risen to 25, the ministry said: 19 people were killed in Kyiv "
     "and six in Dnipro.", "russia", {"killed": 25}),
    # the General Staff's tally of Russia's losses is no air attack
    ("Ukraine's count lists four tanks, 15 armored fighting vehicles, 40 artillery systems and 1,200 drones "
     "destroyed over the day.", "russia", {}),
    # a split of a count between double hyphens, as wire copy writes dashes, is its breakdown
    ("The air force said Russia fired 250 drones and 30 missiles -- 12 Iskander-M ballistic missiles and 18 Kh-101 "
     "cruise missiles -- at Ukraine overnight.", "russia", {"drones_launched": 250, "missiles_launched": 30}),
    # the kinds of those shot down, after the count of all launched, are those shot down
    ("The air force said Russia used 90 aerial targets in the attack, and that 70 of them were shot down, including "
     "50 drones and 20 missiles.", "russia", {"launched_total": 90, "downed_total": 70, "drones_downed": 50,
                                               "missiles_downed": 20}),
    # a worker named by his trade is one person
    ("Russian drones hit the port of Reni overnight, and a bus driver was wounded, the governor said.", "russia",
     {"injured": 1}),
    ("A Ukrainian drone hit a depot in the Rostov region; one person, a warehouse worker, was injured, the governor "
     "said.", "ukraine", {"injured": 1}),
    # the means of air attack are launched weapons, and a bare item of their list with a launched sibling is too
    ("Overnight the enemy attacked with 410 means of air attack, the air force said. By type:\n\n• 10 missiles in "
     "total:\n  – 4 Iskander-M ballistic missiles\n  – 6 Kh-101 cruise missiles\n• 400 attack UAVs of the Shahed "
     "and Gerbera types, about 250 of them Shaheds", "russia",
     {"launched_total": 410, "missiles_launched": 10, "drones_launched": 400}),
    # the first week of a month, or several attacks of some size, are no night's count
    ("Russia launched 80 drones overnight. In the first week of March alone, Russia fired more than 1,100 drones "
     "and 60 missiles at Ukraine, the president said.", "russia", {"drones_launched": 80}),
    ("Russia launched 300 drones overnight. Since the summer, the air force has reported several attacks involving "
     "more than 600 drones.", "russia", {"drones_launched": 300}),
    # a share of those shot down, told with a verb of its own after "including", is part of them
    ("Russia fired 50 missiles overnight. The air force said 40 missiles had been shot down, including nine cruise "
     "missiles downed by F-16 jets.", "russia", {"missiles_launched": 50, "missiles_downed": 40}),
    # a sentence that opens on a kind tells the kind of its bare counts
    ("Russia launched 150 drones and 20 missiles overnight. Of the drones, 90 were shot down and 50 were lost "
     "locally.", "russia", {"drones_launched": 150, "missiles_launched": 20, "drones_downed": 90,
                             "drones_suppressed": 50}),
    # the share of the mayor's city, fewer than the ministry's whole, is no count of those launched
    ("Russia's defence ministry said it destroyed 30 Ukrainian drones over four regions overnight. Mayor Sergei "
     "Sobyanin said air defences repelled an attack by three drones flying towards the capital.", "ukraine",
     {"drones_downed": 30}),
    # "launched by Russia" between a share and its verb; the whole of a share after "including" is a share too
    ("The commander said 50 of the 60 missiles launched by Russia had been shot down, including 20 of the 25 "
     "missiles fired at the Kyiv region.", "russia", {"missiles_launched": 60, "missiles_downed": 50}),
    # a defender's missile is no weapon of the attack
    ("Russia fired four ballistic missiles at Kyiv overnight; the air force said every interceptor counts, as one "
     "PAC-3 missile costs about $4 million.", "russia", {"missiles_launched": 4}),
    # a toll first given, after the one given now in the same sentence, is an earlier state of it
    ("A Ukrainian drone attack on Belgorod killed five people. \"Five people were killed and 30 injured,\" the "
     "ministry said, after the governor earlier gave a toll of three dead and 12 wounded.", "ukraine",
     {"killed": 5, "injured": 30}),
    # the toll as it stood on a day, outgrown by a larger count told later
    ("Rescue work ends in Dnipro\n\nRescuers finished work at the site of the missile strike on Dnipro, where "
     "eight people were killed, the emergency service said on Friday. Forty people were injured.\n\nRussian forces "
     "struck the city on Wednesday morning. By Wednesday evening, the governor said three people had died and 25 "
     "were wounded.", "russia", {"killed": 8, "injured": 40}),
    # "all" before the first of two kinds tells of both
    ("Air defence shot down all 12 missiles and seven drones that Russia launched at Kyiv overnight.", "russia",
     {"missiles_launched": 12, "missiles_downed": 12, "drones_launched": 7, "drones_downed": 7}),
    # the ages of those counted, between commas, do not part the count from its verb
    ("Russian drones hit Sumy overnight. Three men, aged 41, 58 and 66, sought medical help, the council said.",
     "russia", {"injured": 3}),
    # an editor's note on what an update changed counts nothing again
    ("UPDATE 2-Russian missiles hit Lviv, four killed\n\n(Updates death toll to four in paragraph 1)\n\nLVIV "
     "(Reuters) - Russia fired 20 missiles at Lviv overnight, killing four people, the governor said. An earlier "
     "version of this story said two people had been killed.", "russia", {"missiles_launched": 20, "killed": 4}),
    ("UPDATE 2-Russian missiles hit Lviv, four killed\n\n(Updates death toll to four in paragraph 1)\n\nLVIV "
     "(Reuters) - Russia fired 20 missiles at Lviv overnight, killing four people, the governor said.", "ukraine", {}),
    # "one of its largest" is no count of one
    ("Ukraine launched one of its largest drone attacks on the Moscow region overnight, the ministry said, claiming "
     "58 drones destroyed.", "ukraine", {"drones_launched": None, "drones_downed": 58}),
    # a tally since a holiday is many nights'
    ("Russia launched 25 drones at Odesa overnight, and 19 were shot down. Zelensky said more than 120 drones had "
     "been shot down since Christmas Eve.", "russia", {"drones_launched": 25, "drones_downed": 19}),
    # a toll first given, then revised, is not added to the new one
    ("A Russian glide bomb struck a market in Kharkiv on Sunday. The toll rose to nine dead and 31 injured. Earlier, "
     "officials reported three dead and 12 injured; the figures were revised as rescuers worked.", "russia",
     {"killed": 9, "injured": 31}),
    # "N more" before its own verb
    ("Air defence downed 52 drones, while 17 more vanished from radar, the air force said.", "russia",
     {"drones_downed": 52, "drones_suppressed": 17}),
    # where the drones were heading, between the count and its verb
    ("Sobyanin said eight drones flying towards Moscow had been shot down overnight.", "ukraine",
     {"drones_downed": 8}),
    # an item of a list of a month's tallies is one more of them
    ("Monthly update on civilian harm\n\nKey figures for April\n\n- At least 180 civilians killed and 900 "
     "injured in April\n- 12 children killed and 61 children injured\n\nThe deadliest attack was a missile strike "
     "on Sumy, which killed 20 civilians and injured 70.", "russia", {"killed": 20, "injured": 70}),
    # a place "first attacked ... in <month year>, when": an earlier attack of its own
    ("Drones hit Yelets\n\nUkrainian drones struck an oil depot in Yelets overnight, injuring three people, the "
     "governor said. Yelets was first attacked by Ukrainian drones in March 2024, when a drone hit a substation, "
     "injuring 9 people.",
     "ukraine", {"injured": 3}),
    # drones launched "since Sunday evening" in a report of Monday's attack are the attack's
    ("Russia attacked Kyiv with drones on Monday morning, killing two people. The air force said 35 drones had been "
     "launched since Sunday evening and 30 of them were shot down.", "russia",
     {"drones_launched": 35, "drones_downed": 30, "killed": 2}),
    # "11 wounded when drones hit": people, not drones
    ("Three people were killed and 11 wounded when drones hit apartment blocks in Kharkiv, the governor said.",
     "russia", {"killed": 3, "injured": 11, "drones_launched": None}),
    # an event that "came a day after" the attack: the attack is the report's own
    ("The concert went ahead in Lviv. The match came a day after Russia sent 45 drones towards Kharkiv, killing "
     "one person.", "russia", {"drones_launched": 45, "killed": 1}),
    # kinds after "N of the M" that add up to N are N's
    ("Air defence shot down or suppressed 410 of the 450 aerial targets - 380 drones and 30 missiles.", "russia",
     {"launched_total": 450, "downed_total": 410, "drones_downed": 380, "missiles_downed": 30}),
    # a combined count "in total" after the kinds it adds up is theirs
    ("Russia fired 60 missiles and 40 drones, of which air defence shot down 50 missiles and 35 drones - 85 aerial "
     "targets in total.", "russia", {"missiles_launched": 60, "drones_launched": 40, "downed_total": 85,
                                     "missiles_downed": 50, "drones_downed": 35}),
    # "a third person has died": the toll is three; after two counted in the sentence, one more
    ("A Russian missile hit Odesa overnight, killing two people.\n\nUpdate, 14:00: a third person has died in "
     "hospital, the governor said.", "russia", {"missiles_launched": 1, "killed": 3}),
    ("Drones hit the Moscow region\n\nThe governor said two people were killed in Podolsk and a second person died "
     "in Khimki after Ukrainian drones struck overnight.", "ukraine", {"killed": 3}),
    # the day of what an attack is told to avenge is not the attack's
    ("Missiles hit Kyiv\n\nRussia fired 70 missiles at Ukraine on Monday morning, the military said. Putin said the "
     "strikes were retaliation for a blast on Saturday that damaged a bridge. Officials in Moldova said two of the "
     "missiles had crossed its airspace.", "russia", {"missiles_launched": 70}),
    # no number or dash is a count's modifier: "92 targets - 55 Shaheds" is two counts
    ("Russia launched 140 drones and missiles overnight. Air defence destroyed 92 targets - 55 Shaheds and 37 "
     "missiles.", "russia", {"launched_total": 140, "downed_total": 92, "drones_downed": 55, "missiles_downed": 37}),
    # "two of our colleagues were injured": a count of people, whose they were between it and its verb
    ("Russian drones hit a substation overnight. \"Two of our employees were injured,\" the grid operator said.",
     "russia", {"drones_launched": None, "injured": 2}),
    # one person counted beside a count of two in another place of the same sentence: three
    ("Russia struck Ukraine with drones overnight. In the Sumy region two people were killed, and in the Poltava "
     "region a 60-year-old man died when a drone hit his house.", "russia", {"killed": 3}),
    # a person "also injured" after the title's count is one more
    ("Drones hit depot, two rail workers injured\n\nRussian drones struck a railway depot in Lozova overnight. Two "
     "workers were injured, the company said.\n\nThe governor said a woman was also injured in the village of "
     "Pisochyn.", "russia", {"injured": 3}),
    # a toll by midday is outgrown by the national toll of the evening, whose cities' counts are parts of it
    ("Missiles hit cities\n\nRussia fired 100 missiles at Ukraine. By midday, officials said at least 12 people had "
     "been killed. By the evening the national death toll had risen to at least 20.\n\nFourteen people were killed "
     "in Kyiv, the mayor said. In Dnipro, five people died.", "russia", {"missiles_launched": 100, "killed": 20}),
    # the second "N of the M" of a split takes the first's role
    ("Russia fired 158 missiles and drones overnight. The air force said 114 of them were intercepted: 87 of the 122 "
     "missiles, and 27 of the 36 Shahed drones.", "russia",
     {"launched_total": 158, "downed_total": 114, "missiles_launched": 122, "missiles_downed": 87,
      "drones_launched": 36, "drones_downed": 27}),
    # a think tank's "a total of N munitions" is the launched total
    ("The air force said Russia launched 200 drones and 40 missiles, a total of 240 munitions, overnight.", "russia",
     {"drones_launched": 200, "missiles_launched": 40, "launched_total": 240}),
    # (but the shells a self-proclaimed republic counts are no drones' or missiles' figures)
    ("Officials in occupied Donetsk said Ukrainian forces had fired 30 munitions at the city's districts over the "
     "past day.", "ukraine", {}),
    # one missile told after a dateline's dash
    ("Missile hits Dnipro\n\nDnipro, Ukraine (Wire) - A Russian ballistic missile struck a five-storey building on "
     "Tuesday, killing four people, officials said.", "russia", {"missiles_launched": 1, "killed": 4}),
    # a claim a fact-check refutes has no figure, and "one more person died" elsewhere adds one to a city's total
    ("Did Russia launch 900 drones?\n\nPosts on social media claimed that Russia had launched \"over 900 drones\" "
     "overnight. The air force said Russia launched 480 drones. In total, two people were killed in Kyiv. In the "
     "Poltava region one more person died. The claim of \"over 900 drones\" is therefore false.", "russia",
     {"drones_launched": 480, "killed": 3}),
    # a season's tally "between October and February", "last winter", is no attack's
    ("Russia launched 50 drones overnight. Last winter, Russia fired more than 900 missiles and drones at power "
     "plants between October and March, the ministry said.", "russia", {"drones_launched": 50}),
    # "means of attack" in a quote is the launched total
    ("The president said Russia had used \"more than 300 means of attack\" overnight.", "russia",
     {"launched_total": 300}),
    # talks that "produced no progress" make no count a factory's output
    ("Russia struck Odesa with drones overnight, killing three people, hours after talks in Geneva had produced no "
     "progress.", "russia", {"killed": 3}),
    # a city's own toll ("Kyiv's death toll") is one place's, which another place's count adds to
    ("Live: Russia strikes Kyiv and Odesa\n\nThis page is no longer updated.\n\n06:50 - Explosions were heard in "
     "Kyiv through the night as Russia launched drones.\n\n09:00 - Kyiv's death toll rises to 9, the mayor says."
     "\n\n10:00 - In Odesa, one person was killed, the governor says.", "russia", {"killed": 10}),
    # a list of both kinds after "N drones and M missiles" is each count's breakdown, launched and downed
    ("Russia launched 200 drones and 12 missiles overnight:\n- 8 Kh-101 cruise missiles;\n- 4 Iskander-M ballistic "
     "missiles;\n- 200 Shahed-type drones.\nAir defence shot down 6 missiles and 150 drones:\n- 5 Kh-101 cruise "
     "missiles;\n- 1 Iskander-M;\n- 150 drones of various types.", "russia",
     {"drones_launched": 200, "missiles_launched": 12, "drones_downed": 150, "missiles_downed": 6}),
    # "attacked ... with" across a long time phrase
    ("Russian forces attacked Ukraine on the night of 3-4 May and on the morning of 4 May with 40 missiles of various "
     "types and 60 drones.", "russia", {"missiles_launched": 40, "drones_launched": 60}),
    # a governor's list of districts, each with its own drones downed and no total: their sum
    ("Drones downed over Kursk region\n\nAir defences shot down Ukrainian drones over three districts overnight, the "
     "governor said on Monday.\n\nAccording to his post:\n- Kursk district: five drones downed; a man was injured in "
     "the village of Dyakonovo;\n- Rylsk district: three drones downed; windows were broken in two homes;\n- Lgov "
     "district: two drones downed over fields, no damage.", "ukraine", {"drones_downed": 10, "injured": 1}),
    # "both hospitalised" are the two injured, and a place's toll "since then" is the war's
    ("Russia fired 10 missiles at Mykolaiv overnight. Two people were injured: a man and a woman, both hospitalised. "
     "The city has been shelled since the invasion began. 90 civilians have been killed in the region since then.",
     "russia", {"missiles_launched": 10, "injured": 2}),
    # ages with no commas, and the one a verb has just hurt ("killing the driver")
    ("A Ukrainian drone hit a car near Rylsk, killing the 52-year-old driver, the governor said. In Lgov, two women "
     "aged 64 and 70 were injured.", "ukraine", {"killed": 1, "injured": 2}),
    # "N of them were hospitalised" after the injured count are some of them
    ("Russia fired ballistic missiles at Kyiv overnight. Falling debris injured 30 people across the capital. "
     "Twelve of them were hospitalised.", "russia", {"injured": 30}),
    # a count of things the strikes damaged, with the words that qualify them, counts no weapons
    ("Russia launched 58 drones at Ukraine overnight; 31 of them were shot down, the air force said. A deputy prime "
     "minister said Russian strikes had damaged or destroyed some 300 port infrastructure facilities since then.",
     "russia", {"drones_launched": 58, "drones_downed": 31}),
    ("Russian air defences shot down 19 drones flying toward Moscow, the mayor said. \"Air defence means shot down "
     "four JDAM guided aerial bombs and 185 fixed-wing unmanned aerial vehicles\" over the past day, the ministry "
     "said.", "ukraine", {"drones_downed": 185}),
    # "hurls" launches; a list that "Russia used:" opens is of its launched weapons, past a blank line
    ("Russia hurls 47 missiles, 394 drones at Ukraine", "russia", {"missiles_launched": 47, "drones_launched": 394}),
    ("Russia attacked Ukraine overnight.\n\nAccording to the Air Force, Russia used:\n\n- 2 Kh-47M2 Kinzhal "
     "aeroballistic missiles;\n- 14 Iskander-M/KN-23 ballistic missiles;\n- 394 attack drones of the Shahed and "
     "Gerbera types.", "russia", {"missiles_launched": 16, "drones_launched": 394}),
    # what Russia aims to be able to launch is no night's count
    ("Russia launched 90 drones at Ukraine overnight. Russia aims to be able to launch 1,000 drones in one night by "
     "the end of the year, Zelensky warned.", "russia", {"drones_launched": 90}),
    # one who "suffered cuts" or burns is hurt
    ("Drones attacked the Khmelnytskyi region overnight. A man suffered cuts from broken glass, the governor said.",
     "russia", {"injured": 1}),
    # a toll that rose twice in one sentence is the later count
    ("A Russian missile hit a clinic in Dnipro. The governor initially reported 15 people injured. The number rose to "
     "23 by midday and to 30 by the evening, among them two boys aged three and six.", "russia",
     {"missiles_launched": 1, "injured": 30}),
    # "the number had risen to 40" after the count it rose from, in one sentence
    ("Russian bombs hit Kharkiv, killing six. He initially reported 33 injured; by the evening the number had risen "
     "to 40, including a 12-year-old.", "russia", {"killed": 6, "injured": 40}),
    # engineers and staff are people
    ("Drones hit a power plant in the Kharkiv region overnight; three power engineers were injured, the governor "
     "said.", "russia", {"injured": 3}),
    # "both X missiles and 27 drones": "both" counts, where a number follows its "and"
    ("Russia launched two Kh-59 missiles and 33 drones overnight. Air defence destroyed both Kh-59 missiles and 27 "
     "Shaheds, the air force said.", "russia",
     {"missiles_launched": 2, "drones_launched": 33, "missiles_downed": 2, "drones_downed": 27}),
    # "the tower that was damaged two days earlier was hit again": the earlier time names what was struck, and the
    # toll after it is this attack's
    ("Ukraine attacked Moscow with three drones overnight, the Russian Defence Ministry said. One was destroyed over "
     "the Odintsovo district. Mayor Sergei Sobyanin said the facade of the same tower that was damaged two days "
     "earlier was hit again. A security guard was injured.", "ukraine",
     {"drones_launched": 3, "drones_downed": 1, "injured": 1}),
    # "the number of victims has increased to 144 injured": the word after the count says which toll it is
    ("The number of victims of the Russian missile strike on Chernihiv has increased to 144 injured, the ministry "
     "said. Seven people were killed.", "russia", {"killed": 7, "injured": 144}),
    # what Russia launched since a dated event is a span's count; "since late on October 16" is the attack's own span
    ("Russia launched 810 drones and 13 missiles overnight. Since Trump's Alaska summit with Vladimir Putin on 15 "
     "August, Russia has launched more than 4,000 drones and about 140 missiles at Ukraine.", "russia",
     {"drones_launched": 810, "missiles_launched": 13}),
    ("Russia had launched 43 Shahed drones at the country since late on October 16, and 37 of them were destroyed.",
     "russia", {"drones_launched": 43, "drones_downed": 37}),
    # "a combined strike of 465 drones and 32 missiles", "an attack with 50 drones": what the attack was made of
    ("A combined strike of 465 drones and 32 missiles left much of Kyiv without power on Friday.", "russia",
     {"drones_launched": 465, "missiles_launched": 32}),
    ("Russia hit Odesa overnight in an attack with 50 drones, the air force said.", "russia",
     {"drones_launched": 50}),
    # "all 18" after the parts that add up to it is their total told again
    ("In all, Russia fired six Kinzhals, nine Kalibrs and three Iskander missiles overnight, and all 18 were "
     "destroyed, the air force said.", "russia", {"missiles_launched": 18, "missiles_downed": 18}),
    # air-defence missiles sent as aid are none of the attack's; the S-300s Russia fires at the ground are
    ("Russia launched 60 drones at Ukraine overnight. The UK's ambassador said Britain was sending 200 more air "
     "defence missiles.", "russia", {"drones_launched": 60}),
    ("Russia fired 12 S-300 air defence missiles at Kharkiv overnight, the governor said.", "russia",
     {"missiles_launched": 12}),
    # "every one of them", and "all of them" after who said it, are all that the sentence before counted
    ("Russia fired 18 missiles at Kyiv overnight. The Air Force said every one of them was shot down.", "russia",
     {"missiles_launched": 18, "missiles_downed": 18}),
    ("Russia fired 18 missiles at Kyiv overnight, and every one of them was shot down.", "russia",
     {"missiles_launched": 18, "missiles_downed": 18}),
    ("Russia launched 35 Shahed drones overnight. The Air Force said all of them were destroyed.", "russia",
     {"drones_launched": 35, "drones_downed": 35}),
    # one person told by a title's bare noun, or by age at a sentence's start
    ("Man killed in Rylsk\n\nUkrainian drones attacked Rylsk overnight, the governor said.", "ukraine", {"killed": 1}),
    ("Kherson: woman injured, man killed in Russian drone attack\n\nRussian drones attacked Kherson on Monday.",
     "russia", {"killed": 1, "injured": 1}),
    ("Ukrainian drones attacked Rylsk overnight, the governor said. The 47-year-old driver of a car was killed.",
     "ukraine", {"killed": 1}),
    # a count first given, then corrected in the same sentence: the correction
    ("Russia attacked the energy grid. Officials initially said around 100 missiles had been fired; the air force "
     "later put the number at 96, of which 77 were destroyed.", "russia",
     {"missiles_launched": 96, "missiles_downed": 77}),
    # the SBU's drones are Ukraine's
    ("Russia's defence ministry said 53 Ukrainian drones were destroyed overnight. Residents posted videos of "
     "explosions near the airfield. A source in the Security Service of Ukraine told Ukrainian media that the SBU "
     "and the Defence Forces had used more than 60 drones in the operation.", "ukraine",
     {"drones_launched": 60, "drones_downed": 53}),
    # the drones of several nights together are no night's
    ("Russia launched 352 drones overnight. Zelensky said Russia had used more than 1,000 drones against Ukraine "
     "over the past three nights.", "russia", {"drones_launched": 352}),
    # a toll first told, and the toll it rose to, are not added to the latest
    ("Russia attacked Kyiv overnight with 309 drones. Early figures of six dead rose to 16 by Thursday evening; on "
     "Friday, the city administration said 31 people had been killed.", "russia",
     {"drones_launched": 309, "killed": 31}),
    ("Russia attacked Kyiv overnight with 309 drones. The toll rose from six dead to 16 by Thursday evening; on "
     "Friday, the city administration said 31 people had been killed.", "russia",
     {"drones_launched": 309, "killed": 31}),
    # "attacked" is an attack word: vehicles that attacked a Russian region are Ukraine's
    ("Two unmanned aerial vehicles attacked facilities in the Republic of Tatarstan on Tuesday morning, the "
     "republic's authorities said.", "ukraine", {"drones_launched": 2}),
    # what a unit has shot down since it was formed in a year is its tally, not an attack's
    ("Since the unit was formed in the spring of 2023, the men say, they have brought down 37 drones.", "russia", {}),
    ("Since the brigade arrived in the region in May 2024, it has shot down 112 Shahed drones.", "russia", {}),
    # what a drone may do, told of in general, is no count; what it may have done still is
    ("A drone shot down over one region may crash in another.", "russia", {}),
    ("A drone shot down over Kyiv may have hit the building.", "russia", {"drones_downed": 1}),
    # those treated at the scene are among the injured
    ("Russia launched 50 drones. In the Khmelnytskyi region, a man was treated at the scene for cuts from broken "
     "glass, the regional administration said.", "russia", {"drones_launched": 50, "injured": 1}),
    # a count of more people, told next, adds to the one before it; more than the killed is no more of the wounded
    ("Russia attacks Kharkiv with drones\n\nRussia launched 50 drones at Kharkiv overnight, officials said.\n\nA "
     "52-year-old woman was hospitalized after a drone hit a house. Another five people were treated at the scene.",
     "russia", {"drones_launched": 50, "injured": 6}),
    ("Russia attacks Kharkiv with drones\n\nRussia launched 50 drones at Kharkiv overnight, officials said.\n\nA "
     "woman was injured after a drone hit a house. Two more people were injured by falling glass.", "russia",
     {"drones_launched": 50, "injured": 3}),
    ("Russian shelling wounds three in Nikopol district\n\nRussian forces attacked the Nikopol district with drones, "
     "wounding three people, the governor said.\n\nIn Nikopol, a 48-year-old man was killed when a drone hit his "
     "yard. Three more people were wounded.", "russia", {"killed": 1, "injured": 3}),
    # an attack on a place in Russia, then ", while Russian rocket fire ...": Ukraine's, then Russia's (a dateline's
    # Kyiv is no place of Ukraine's the sentence tells of)
    ("KYIV, Ukraine (AP) - A series of explosions rocked a Russian air base in Crimea on Tuesday, killing one person "
     "and injuring 13 others, while Russian rocket fire killed 13 civilians in central Ukraine overnight, officials "
     "said.", "ukraine", {"killed": 1, "injured": 13}),
    ("KYIV, Ukraine (AP) - A series of explosions rocked a Russian air base in Crimea on Tuesday, killing one person "
     "and injuring 13 others, while Russian rocket fire killed 13 civilians in central Ukraine overnight, officials "
     "said.", "russia", {"killed": 13}),
    # "the second attack ... in three days" counts attacks, and the sentence's toll is still the attack's
    ("A Russian ballistic missile struck a container ship in the port of Odesa on Wednesday evening, killing eight "
     "people and wounding 10, officials said, in the second attack on a commercial vessel in three days.", "russia",
     {"missiles_launched": 1, "killed": 8, "injured": 10}),
    ("Russia launched 45 drones at Kyiv overnight, for the third time this week.", "russia", {"drones_launched": 45}),
    # a worker named by the country he is from is one person
    ("On Monday, Russia fired a ballistic missile at the cargo ship Paloma in a port of the Odesa region, killing a "
     "Ukrainian worker and wounding five crew members.", "russia", {"missiles_launched": 1, "killed": 1, "injured": 5}),
    # "Dnipro was attacked again", after the paragraphs of a strike years before, is the report's own attack
    ("Dnipro remembers the dead of the Naberezhna Peremohy strike\n\nDnipro marked two years on Tuesday since a "
     "Russian missile brought down a section of an apartment block.\n\nThe attack on January 14, 2023, came during one "
     "of Russia's winter barrages. That day Russia launched 33 missiles at Ukraine, of which 21 were shot down. The "
     "final toll was 46 dead and 80 injured.\n\nHours earlier, Dnipro was attacked again. Russia fired two "
     "Iskander-M ballistic missiles and launched 61 drones at Ukraine overnight, the Air Force said. Four people "
     "were injured.", "russia", {"drones_launched": 61, "missiles_launched": 2, "injured": 4}),
    # a region's toll, then its towns' that add up to it: the region's is the total; "a woman of 74" is her age
    ("Drones kill two in Kherson region\n\nRussian drone attacks killed two people and injured nine across the "
     "Kherson region on Tuesday, the regional military administration said.\n\nA man was killed in Antonivka when a "
     "drone dropped an explosive on him; a woman of 74 died in Sadove. In Kherson itself, seven people were wounded, "
     "while two more people were injured in Bilozerka.", "russia", {"killed": 2, "injured": 9}),
    # the drones that entered a region's airspace are the region's count of those launched
    ("Chaus said that 14 enemy drones entered the region's airspace during the night and that air defence units shot "
     "down 11 of them.", "russia", {"drones_launched": 14, "drones_downed": 11}),
    # "a woman who lives nearby" is alive
    ("Russian drones hit Nizhyn. A 47-year-old energy worker and a woman who lives nearby were injured by shrapnel; "
     "both are in hospital.", "russia", {"injured": 2}),
    # thousands grouped by a space; a week's count ("Over week") is no attack's
    ("Russia launched 1 300 drones and 9 missiles overnight.", "russia",
     {"drones_launched": 1300, "missiles_launched": 9}),
    ("Over week Russia launched over 1 300 drones, almost 1 200 guided bombs and 9 missiles at Ukraine", "russia", {}),
    # gas production hit is the target, not a factory's output
    ("Russia attacked gas production facilities in the Kharkiv region overnight with 35 missiles and 70 drones.",
     "russia",
     {"missiles_launched": 35, "drones_launched": 70}),
    # a night introducing its counts after a colon: those launched
    ("The first night was the heaviest: 539 drones and 11 missiles. Air defence shot down 268 drones.", "russia",
     {"drones_launched": 539, "missiles_launched": 11, "drones_downed": 268}),
    ("Air defence shot down 40 targets overnight: 10 missiles and 30 drones.", "russia",
     {"missiles_downed": 10, "drones_downed": 30, "downed_total": 40}),
    # a day named before the month dates one strike, not the month's tally
    ("The city is still mourning the 35 people killed when two Iskander-M missiles struck its centre on Palm Sunday "
     "in April.", "russia", {"missiles_launched": 2, "killed": 35}),
    # a missile told by its model alone is one missile, and one item of its breakdown; its launcher or carrier is not
    ("Russia launched three missiles at Ukraine overnight -- two Kh-22 cruise missiles and an Iskander-M.", "russia",
     {"missiles_launched": 3}),
    ("Russia fired an Iskander-M at Odesa overnight, killing two people.", "russia",
     {"missiles_launched": 1, "killed": 2}),
    ("A Kinzhal-carrying MiG-31K took off, and an Iskander launcher was destroyed; Russia launched 20 drones.",
     "russia", {"drones_launched": 20}),
    # counts told zone or region first, the first with its noun and the rest bare: each zone's share, summed
    ("In the zone of responsibility of Air Command Centre, 19 Russian drones were destroyed, in the zone of Air "
     "Command East 16, and in the zone of Air Command South seven, the Air Force said.", "russia",
     {"drones_downed": 42}),
    ("Over the Kursk region, 12 Ukrainian drones were destroyed, over the Bryansk region nine, the Russian defence "
     "ministry said.", "ukraine", {"drones_downed": 21}),
    # "a further N" over several regions is a later window's count, added; over one region, a share of the count
    ("From 20:00 to 23:00 Moscow time on Monday, air defence systems destroyed 41 Ukrainian drones over the Bryansk, "
     "Kaluga and Tula regions, the ministry said. In a second statement on Tuesday morning it said a further 34 UAVs "
     "had been destroyed overnight over the Smolensk, Oryol and Moscow regions.", "ukraine", {"drones_downed": 75}),
    # a count "in a week" or told "in the course of the week" is the week's tally; "the second attack in a week" is one
    ("Russian air defences down 1,232 Ukrainian drones in a week\n\nIn the course of the week, air defence means shot "
     "down four Neptune-MD missiles and 12 HIMARS rockets, the ministry said. During the past night, it destroyed 48 "
     "Ukrainian UAVs over the Kursk region.", "ukraine", {"drones_downed": 48}),
    ("Russia launched its second massive attack in a week, firing 40 missiles at Kyiv.", "russia",
     {"missiles_launched": 40}),
    # a month's record, a count listed with it, then the night's figures after "and it kept up the pressure overnight"
    ("Russia launched a record 6,297 long-range drones at Ukraine in July, as well as 198 missiles, according to an "
     "analysis of air force data, and it kept up the pressure overnight into Saturday with 45 drones and an Iskander-M "
     "ballistic missile, 32 of the drones being shot down.", "russia",
     {"drones_launched": 45, "missiles_launched": 1, "drones_downed": 32}),
    ("Russia has launched more than 4,000 drones and 120 missiles at Ukraine this summer, officials said.", "russia",
     {}),
    # three regions' counts, each in a sentence of its own, and no count for all of them: summed
    ("\"Overnight, 14 UAVs were destroyed by air defence forces over the Oryol region,\" the governor wrote. Lipetsk's "
     "governor said eight drones had been shot down over the Lipetsk region. In the Tula region, five drones were "
     "destroyed, its governor said.", "ukraine", {"drones_downed": 27}),
    # "bringing the number ... to N" sums up the counts before it, which are not added to it again
    ("A drone attack on Smila killed two people and injured five. In the evening, one more man sought medical help "
     "with cuts from glass, bringing the number of injured to six.", "russia", {"killed": 2, "injured": 6}),
    ("A Russian missile strike on Uman killed 12 people. Two more people died in hospital on Tuesday, bringing the "
     "number of dead to 14.", "russia", {"killed": 14}),
    ("Russian missiles killed at least 31 people across Ukraine on Friday. In Kyiv 15 were killed. The death toll in "
     "Kyiv rose to 16 after rescuers recovered another body, bringing the nationwide toll to 31.", "russia",
     {"killed": 31}),
    # a couple named in apposition to the two counted just before it are those two, not two more
    ("Russian drones attacked Cherkasy overnight. Two people were killed, a married couple aged 71 and 74, and seven "
     "were injured.", "russia", {"killed": 2, "injured": 7}),
    ("Russian drones attacked Cherkasy overnight, killing an elderly couple.", "russia", {"killed": 2}),
    # a count of both kinds with no verb, before the counts of each kind that add up to it, takes their role
    ("Russia's record attack on Ukraine came on July 4, when it stood at 550 means of air attack: 539 drones and 11 "
     "missiles.", "russia", {"drones_launched": 539, "missiles_launched": 11, "launched_total": 550}),
    # a bare count opening an aside that tells whose count it is counts the weapons before it, and outranks a round
    # count of them
    ("Russia's attack overnight was the heaviest yet: more than half a thousand drones – 539 by the Air Force's count "
     "– and 11 missiles.", "russia", {"drones_launched": 539, "missiles_launched": 11}),
    ("Russia launched about 500 drones (539, according to the Air Force) and 11 missiles at Ukraine overnight.",
     "russia", {"drones_launched": 539, "missiles_launched": 11}),
    # the mayor's running count: drones "repelled" on their way to the city were downed, and each "another" or "N
    # more" adds to the count before it
    ("Moscow Mayor Sergei Sobyanin said air defences had repelled an attack by three UAVs flying towards the "
     "capital.", "ukraine", {"drones_downed": 3}),
    ("Sobyanin wrote at 2:17 a.m.: \"Air defense forces of the Defense Ministry have repelled an attack by two UAVs "
     "flying towards Moscow.\" Shortly after 4 a.m. he wrote that another drone had been shot down, and at 6:52 a.m. "
     "he reported three more. \"Another two drones flying towards Moscow were shot down,\" he wrote at 9:30 a.m.",
     "ukraine", {"drones_downed": 8}),
    # (but a count the others add up to is their total, and "two more flew towards Belarus" are no more of the same)
    ("The Russian Defense Ministry said it intercepted 16 Ukrainian drones early on Friday. Fifteen were destroyed "
     "over the southern Volgograd region. Another Ukrainian drone was shot down over the western Belgorod border "
     "region.", "ukraine", {"drones_downed": 16}),
    ("Russia launched 50 drones overnight. Air defences shot down 28 of them. A further 20 enemy drones were "
     "locationally lost, and two more flew towards Belarus.", "russia",
     {"drones_launched": 50, "drones_downed": 28, "drones_suppressed": 20}),
    # the toll "initial reports said" gives way to the one told after it
    ("Ukrainian drones struck Yelabuga on Tuesday. Initial reports said seven people had been hurt; by evening the "
     "regional health ministry said 12 people had sought medical help.", "ukraine", {"injured": 12}),
    # "91 of them over the Moscow region" is a share of the count before it, and so are the places' counts after it
    ("The Defense Ministry said air defenses had destroyed 337 Ukrainian drones over nine Russian regions overnight "
     "-- 91 of them over the Moscow region and 126 over the Kursk region.", "ukraine", {"drones_downed": 337}),
    # casualties are the killed and the injured together, and so are "victims" where the two add up to them
    ("A Russian drone attack on Mykolaiv late on Saturday left 12 casualties, one of them fatal, the governor said.",
     "russia", {"killed": 1, "injured": 11}),
    ("A Russian missile strike on Sumy caused 30 casualties, including five dead.", "russia",
     {"killed": 5, "injured": 25}),
    ("Sumy: number of victims of Sunday's missile strike rises to 95. The number of victims of the Russian ballistic "
     "missile strike on Sumy has risen to 95 — 11 people killed, including two children, and 84 injured.", "russia",
     {"killed": 11, "injured": 84}),
    ("The number of victims of the Russian missile strike on Odesa has risen to 35, officials said.", "russia",
     {"killed": 35}),
    # a toll that "reaches" a count, or stands at one after a missile "hit ... with", is of the dead
    ("Dnipro apartment strike toll reaches 44 as rescuers end search", "russia", {"killed": 44}),
    ("Rescuers in Dnipro ended their search on Tuesday, three days after the block was hit by a Russian missile, with "
     "the death toll standing at 44.", "russia", {"killed": 44}),
    # "On that day" goes on telling of the day a sentence just before it named, as the sentences between do
    ("At least 219 civilians were killed and 1,018 injured in Ukraine in July, UN monitors said on Friday. The number "
     "of injured was the highest monthly total since October 2022.\n\nThe single deadliest incident of the month was "
     "the wave of missile attacks on 8 July, which killed 43 civilians in five cities. In Kyiv, a missile struck the "
     "Okhmatdyt children's hospital. On that day, according to the air force, Russia fired 38 missiles, of which 30 "
     "were intercepted.", "russia", {"missiles_launched": 38, "missiles_downed": 30, "killed": 43}),
    # "launched by" after a count a verb stopped tells which weapons they were, not how many were launched
    ("Air defences over the Oryol region destroyed four Neptune missiles and 23 drones launched by Kyiv, the Russian "
     "defence ministry said on Sunday.", "ukraine", {"missiles_downed": 4, "drones_downed": 23}),
    # "during the month" makes a month's tally, which is no night's attack
    ("Russia sent 5,100 drones against Ukraine in June, our count of air force data shows. It also fired 140 "
     "missiles during the month. On the night to 29 June alone, 477 drones and 60 missiles were launched and one "
     "person was killed in Smila.", "russia",
     {"drones_launched": 477, "missiles_launched": 60, "killed": 1}),
    # Ukraine striking Moscow is Ukraine's attack, whoever else the sentence names
    ("Ukraine struck Moscow with 34 drones overnight, injuring five people, Russian officials said, hours before "
     "Ukrainian officials were due to meet U.S. envoys in Geneva.", "ukraine", {"drones_launched": 34, "injured": 5}),
    # "one of the drones" after a count of drones is one of those, not one more
    ("Russia sent 64 attack drones at the south overnight, and one of the drones started a fire at a depot in "
     "Izmail. Air defences shot down 51.", "russia", {"drones_launched": 64, "drones_downed": 51}),
    # "a mix of Kalibr and Kh-101 missiles" tells what the count was, not one missile more
    ("Russia fired 40 missiles and 60 drones overnight. The air force said it destroyed 33 of the missiles, a mix of "
     "Kalibr and Kh-101 cruise missiles, and 51 drones.", "russia",
     {"missiles_launched": 40, "drones_launched": 60, "missiles_downed": 33, "drones_downed": 51}),
    # the targets the air force counted are those launched
    ("Russia fired 20 missiles and 35 drones at the grid overnight. In all, the air force counted 55 air targets, of "
     "which 41 were shot down.", "russia",
     {"missiles_launched": 20, "drones_launched": 35, "launched_total": 55, "downed_total": 41}),
    # "a single" missile counts one wherever it stands; a strike "carried out with" weapons launched them
    ("The strike on a Poltava street was carried out with a single Iskander-M ballistic missile, prosecutors said. "
     "It killed four people.", "russia", {"missiles_launched": 1, "killed": 4}),
    # "Thursday's strike" told on Friday is Thursday's attack; "Early on Friday, ... also bombarded" is another
    ("Uman mourns its dead\n\nRescuers in Uman kept searching the ruins on Friday as the toll from Thursday's Russian "
     "missile strike rose to 12. The air force said Russia fired three Kalibr missiles at the city on Thursday; one "
     "was shot down. Early on Friday, Russian forces also bombarded Kherson, wounding four people.", "russia",
     {"missiles_launched": 3, "missiles_downed": 1, "killed": 12}),
    # "struck the city again with a missile": one missile, as after "fired"
    ("On Monday morning, Russia struck Sumy again with a ballistic missile, killing two people and injuring 12.",
     "russia", {"missiles_launched": 1, "killed": 2, "injured": 12}),
    # "Ukraine says it has struck ..." tells of Ukraine's attack, whose counts the next sentence gives
    ("Ukraine says it has struck 41 Russian warplanes at four airbases in an operation long in the making, while "
     "Russia launched 472 drones at Ukraine overnight. The SBU said 117 drones were used in the operation.", "ukraine",
     {"drones_launched": 117}),
    # a title turns to Russia's attack at "as Russia launches", with no comma before it
    ("Ukraine says it hit Engels depot as Russia launches 90 drones overnight\n\nUkraine's military said on Tuesday it "
     "had struck an oil depot in Engels. Russia's defence ministry said it destroyed 21 Ukrainian drones overnight. "
     "Ukraine's air force said Russia launched 90 drones, of which 70 were shot down.", "russia",
     {"drones_launched": 90, "drones_downed": 70}),
    # counts by region after a colon, with no total: the kind the sentence named before the colon, summed
    ("Russia's defence ministry gave no overall figure. It said its air defences had destroyed Ukrainian drones over "
     "three regions: 12 over the Voronezh region, eight over the Belgorod region and five over the Kursk region.",
     "ukraine", {"drones_downed": 25}),
    # a day's shelling "with artillery and kamikaze drones" after the night's drones is an attack of its own, and so
    # are the tolls of the places it named
    ("Russian forces attacked the Dnipropetrovsk region with drones overnight and shelled the Nikopol district during "
     "the day, Serhiy Lysak said. At night, air defence destroyed 11 UAVs over the region. Two people were injured in "
     "Dnipro.\n\nIn his evening update, Lysak said Russian troops had struck the Nikopol district 15 times during the "
     "day with artillery and kamikaze drones, hitting Nikopol and Marhanets.\n\nA man was killed in Marhanets. A "
     "woman was injured in Nikopol.", "russia", {"drones_downed": 11, "injured": 2}),
    # the Shaheds made where Ukraine's drones struck, and the Ukrainian intelligence that told of them, name no
    # attack of Russia's
    ("Drones hit Tatarstan\n\nDrones struck the Russian republic of Tatarstan on Tuesday. Nine people were injured in "
     "Yelabuga when a drone hit a dormitory in the zone where Shahed-type drones are assembled. Sources in Ukrainian "
     "military intelligence said three drones were used against the plant in Yelabuga.", "ukraine",
     {"drones_launched": 3, "injured": 9}),
    # two parts of their wholes in one list share the verb after the list
    ("Russia attacked the Rivne region overnight with five missiles and 12 Shahed drones. Eleven of the 12 Shaheds "
     "and four of the five missiles were destroyed by air defence.", "russia",
     {"missiles_launched": 5, "drones_launched": 12, "missiles_downed": 4, "drones_downed": 11}),
    # "all 25 drones launched overnight were destroyed": the verb after the participle's phrase is the count's
    ("The air force said all 25 Shahed drones launched overnight were destroyed, 14 of them over the Odesa region.",
     "russia", {"drones_launched": 25, "drones_downed": 25}),
    # "the record remains N drones + M missiles": a record's counts, "+" joining them as "and" does
    ("No attack overnight, the air force said. For scale, the record remains 741 drones + 20 missiles on the night of "
     "9 July.", "russia", {"drones_launched": 741, "missiles_launched": 20}),
    # ", and three of the four missiles" with no verb of its own: the verb before it goes on
    ("Russia sent 62 drones and four cruise missiles overnight. Fifty-five of the drones were shot down, and three of "
     "the four missiles, the air force said.", "russia",
     {"drones_launched": 62, "missiles_launched": 4, "drones_downed": 55, "missiles_downed": 3}),
    # "A week later, ... Moscow came back: ..." is a later attack with counts of its own
    ("Three nights\n\nIt took Russia three weeks to break the grid. We should look at those nights. The first came on "
     "22 March. Russia fired 88 missiles and 63 drones, killing five people. A week later, on 29 March, Moscow came "
     "back for the west: 60 Shaheds and 39 missiles, of which 58 Shaheds were downed.", "russia",
     {"missiles_launched": 88, "drones_launched": 63, "killed": 5}),
    # counts with no verb before ", of which ... were downed" are the whole those were of
    ("Moscow came back for the west: 60 Shaheds and 39 missiles, of which 58 Shaheds and 26 missiles were downed.",
     "russia", {"drones_launched": 60, "missiles_launched": 39, "drones_downed": 58, "missiles_downed": 26}),
    # drones that "went off radar" (or "had gone off radar") were suppressed
    ("Russia attacked overnight with 96 drones. Seventy-four were shot down and 21 had gone off radar, the air force "
     "said.", "russia", {"drones_launched": 96, "drones_downed": 74, "drones_suppressed": 21}),
    ("Russia attacked overnight with 95 drones. Seventy-four were shot down and 15 went off radar without causing "
     "damage, the air force said.", "russia", {"drones_launched": 95, "drones_downed": 74, "drones_suppressed": 15}),
    # "The Iskander-M missile struck" opening a sentence counts the one missile of the strike
    ("Izium toll rises\n\nThe toll from Tuesday's strike on Izium rose to five on Wednesday. The Iskander-M missile "
     "struck near the city council building.", "russia", {"missiles_launched": 1, "killed": 5}),
    # "artillery and FPV drones hit ..." is a shelling, not part of the night's drones
    ("Drones overnight\n\nRussia launched 50 drones at Ukraine overnight, and 40 were shot down. Further east, "
     "Russian artillery and FPV "
     "drones hit Kupiansk on Tuesday, injuring two elderly residents.", "russia",
     {"drones_launched": 50, "drones_downed": 40}),
    # a spaced dash opens the parts of the casualties told just before it: "four injured - two in X and two in Y"
    ("Russian drones struck Kyiv region overnight. The governor said four people were injured - two in Bila Tserkva "
     "and two in the Fastiv district.", "russia", {"injured": 4}),
    # an explainer's question heading opens the list of figures under it, as "Launched:" does
    ("Russia attacks Kyiv region: what we know\n\nWhat was launched?\n- 415 drones, about half of them decoys, "
     "according to the Air Force.\n- 40 missiles: 22 Kh-101 cruise missiles, 12 Iskander-M ballistic missiles and six "
     "Kinzhals.\n\nHow many were stopped?\n- Air defence shot down 366 drones and 35 missiles.", "russia",
     {"drones_launched": 415, "missiles_launched": 40, "drones_downed": 366, "missiles_downed": 35}),
    # "raising an earlier toll of 25": the toll replaced is no figure of its own
    ("A Russian missile attack on Pavlohrad injured 34 people, the governor said on Monday, raising an earlier toll "
     "of 25 as more residents sought help.", "russia", {"injured": 34}),
    # "Another 300 have been wounded" after a war-long tally is more of the tally
    ("Russian drones hit Kharkiv overnight, injuring two people.\n\nMore than 100 energy workers have been killed "
     "since February 2022, the ministry says. Another 300 have been wounded.", "russia", {"injured": 2}),
    # a title's toll in a Russian city before "as Russia strikes" is Ukraine's attack's, not Russia's
    ("Belgorod toll rises to 24 as Russia strikes Kharkiv\n\nThe number of people killed in Saturday's Ukrainian "
     "strike on Belgorod has risen to 25, Russian officials said.\n\nHours later, Russian missiles hit central "
     "Kharkiv, injuring 28 people.", "russia", {"injured": 28}),
    # a lead's toll "rose to 18 on Thursday" with a long way between "toll" and "rose": Wednesday's strike is its
    ("Chernihiv toll rises\n\nThe death toll from a Russian missile strike on the centre of the northern Ukrainian "
     "city of Chernihiv rose to 18 on Thursday, officials said.\n\nThree Iskander-M ballistic missiles slammed into "
     "the centre of Chernihiv on Wednesday morning, hitting a hospital. More than 60 people were injured.", "russia",
     {"missiles_launched": 3, "killed": 18, "injured": 60}),
    # "the figures ... were 810 drones and 13 missiles": the counts of an attack's figures are those launched
    ("Russia's largest attack\n\nSarah, the official figures from the air force this morning were 810 drones and 13 "
     "missiles. The air force says 747 of the drones and four of the missiles were shot down.", "russia",
     {"drones_launched": 810, "missiles_launched": 13, "drones_downed": 747, "missiles_downed": 4}),
    # a lead of Russia's attack that turns to Moscow's claim ("hours after Moscow said it had intercepted 112
    # Ukrainian drones"): the claim is Ukraine's attack's
    ("Russia launched 87 drones and three missiles at Ukraine overnight, Ukraine's air force said on Sunday, hours "
     "after Moscow said it had intercepted 112 Ukrainian drones over its own territory. The air force said 60 of the "
     "drones had been shot down.", "russia", {"drones_launched": 87, "missiles_launched": 3, "drones_downed": 60}),
    # a title that remembers an earlier strike's dead gives them to that strike, not to the night's attack
    ("Two years after the Dnipro strike: city remembers 46 dead as missiles strike again\n\nDnipro marked two years on "
     "Tuesday since a Russian missile brought down a section of an apartment block.\n\nThe attack on January 14, "
     "2023, came during one of Russia's winter barrages. The final toll was 46 dead and 80 injured.\n\nHours earlier, "
     "Dnipro was attacked again. Russia fired two Iskander-M ballistic missiles and launched 61 drones at Ukraine "
     "overnight, the Air Force said. Four people were injured.", "russia",
     {"drones_launched": 61, "missiles_launched": 2, "injured": 4}),
    # a correction note after a recalled strike corrects the report's own attack
    ("Russian drone strike on Sumy kills two\n\nRussian drones hit Sumy early on Tuesday, killing two people and "
     "injuring 21, regional authorities said.\n\nThe city is still mourning the 35 people killed when two Iskander-M "
     "missiles struck its centre on Palm Sunday in April.\n\nCorrection, May 27: An earlier version of this story "
     "said 12 people were injured in Sumy. The regional military administration later said 21 people had been "
     "wounded.", "russia", {"killed": 2, "injured": 21}),
    # the toll of many attacks "last week" is a week's tally; one attack's "last week" is that attack's
    ("Russian shelling and glide-bomb attacks killed 11 people in the Kharkiv region last week, according to Ukrainian "
     "officials.", "russia", {}),
    ("A Russian missile attack on Kharkiv last week killed 11 people.", "russia", {"killed": 11}),
    # "Ukrainian aerial and sea drones" are Ukraine's, whoever repelled them
    ("Russian forces repelled a combined attack by Ukrainian aerial and sea drones on Sevastopol overnight, the "
     "governor said, adding that falling debris had injured two people.", "ukraine", {"injured": 2}),
    # "Across the weekend" sums the nights told before: a tally, not another attack
    ("Overnight into Saturday, Russia launched 74 Shahed drones at Ukraine, the air force said. Fifty-three were shot "
     "down.\n\nAcross the weekend, Russia launched 161 drones and two missiles at Ukraine, the air force said in a "
     "summary on Sunday evening.", "russia", {"drones_launched": 74, "drones_downed": 53}),
    # "the number of dead had risen to 16 and the number of injured to 43": each count its own number's kind
    ("Russian bombs hit a Kharkiv hypermarket on Saturday. On Saturday evening, officials reported six people killed "
     "and 40 injured. By Sunday morning, the governor said the number of dead had risen to 16 and the number of "
     "injured to 43.", "russia", {"killed": 16, "injured": 43}),
    # two states of a toll in one sentence, the later after ", and by the evening": the later one
    ("Russia struck Kharkiv with guided bombs overnight. Later in the morning, the toll rose to two dead and 21 "
     "injured, and by the evening, the governor said three people had been killed and 31 injured.", "russia",
     {"killed": 3, "injured": 31}),
    # an infographic's panel: "N in total" with its drones and missiles after it is a combined total, "(137 drones,
    # 2 missiles)" after "Shot down: 139 in total" are downed, and "Lost locationally:" labels the suppressed
    ("Russia attacked overnight. Air attack means launched: 161 in total, of them 157 attack drones and 4 Iskander-M "
     "ballistic missiles. Shot down: 139 in total (137 drones, 2 missiles). Lost locationally: 16 drones.", "russia",
     {"drones_launched": 157, "missiles_launched": 4, "drones_downed": 137, "missiles_downed": 2,
      "drones_suppressed": 16, "launched_total": 161, "downed_total": 139}),
    # what a carrier can fire is no count of what was fired
    ("Russia launched 40 drones and three Kalibr missiles overnight. Today there is one Kalibr carrier in the Black "
     "Sea, a submarine, with a total salvo of up to eight missiles.", "russia",
     {"drones_launched": 40, "missiles_launched": 3}),
    # a night the colon's counts are of, among several: those launched that night
    ("Saturday night\nThe heaviest of the three nights: 183 drones and no missiles.", "russia",
     {"drones_launched": 183}),
    # a span of days, from an evening to a morning three days on, is a tally of several nights
    ("Russia launched nearly 500 attack drones at Ukraine between Friday evening and Monday morning, the Air Force "
     "said.", "russia", {}),
    # where the missiles came from, between commas, does not part them from their verb
    ("Three Kh-22 missiles, fired from Tu-22M3 bombers flying over the Black Sea, struck the village of Serhiivka "
     "overnight.", "russia", {"missiles_launched": 3}),
    # an attack's rank in the year counts attacks, not the night's weapons told before it
    ("Russia fired 64 missiles and 120 drones at the power grid overnight, the air force said, in what the grid "
     "operator called the ninth massive attack on energy this year.", "russia",
     {"drones_launched": 120, "missiles_launched": 64}),
    # the one toll told before, with no place of its own, risen in a later paragraph that names the city
    ("Missile strike on an institute\n\nTwo Russian ballistic missiles struck the Poltava Military Institute on "
     "Tuesday morning. The interval between "
     "the alert and the impact was less than two minutes. Officials said at least 41 people were killed and 180 "
     "injured.\n\n"
     "By the evening the death toll in Poltava had risen to 47.", "russia",
     {"missiles_launched": 2, "killed": 47, "injured": 180}),
    # family members counted in the plural: "a couple and their two teenage daughters" are four
    ("A Russian strike on a house in a village near Lviv overnight killed a couple and their two teenage "
     "daughters, the governor said.", "russia", {"killed": 4}),
    ("A missile strike on Zaporizhzhia killed a man and his three sons and injured two relatives.", "russia",
     {"killed": 4, "injured": 2}),
    # bombers "released" their missiles
    ("Before dawn, Tu-95MS bombers over the Caspian Sea released 36 Kh-101 cruise missiles, the air force said.",
     "russia", {"missiles_launched": 36}),
    # a bare count summing up the weapons named just before it
    ("The night's attack was made up of Shahed attack drones and Gerbera decoys - 310 in all, the air force said.",
     "russia", {"drones_launched": 310}),
    # an attack told wave by wave: the later waves' counts add up
    ("Russia attacked Ukraine overnight in three waves. The first wave was made up of 120 Shahed drones. The second "
     "wave, after 4 a.m., consisted of 30 Kalibr cruise missiles from the Black Sea. The third wave, at dawn, "
     "consisted of eight Iskander-M ballistic missiles.", "russia", {"drones_launched": 120, "missiles_launched": 38}),
    # "drones and decoys launched from ...": the participle after both kinds; "the second wave arrived - 22 ..."
    ("The attack came in two waves. First came the drones: 410 Shahed-type attack drones and decoys launched from "
     "four directions. Around 4 a.m., the second wave arrived - 18 cruise missiles fired from ships in the Black Sea.",
     "russia", {"drones_launched": 410, "missiles_launched": 18}),
    # a share of the launched told as downed, where it comes to a whole number (not "about 90 per cent", nor a share
    # of two kinds)
    ("Russia launched 80 Shahed drones at Ukraine overnight, and 75% of them were shot down, the air force said.",
     "russia", {"drones_launched": 80, "drones_downed": 60}),
    ("Russia launched 80 Shahed drones at Ukraine overnight, and about 75% of them were shot down.",
     "russia", {"drones_launched": 80}),
    ("Russia launched 80 drones and 12 missiles overnight, and 75 per cent of them were shot down.",
     "russia", {"drones_launched": 80, "missiles_launched": 12}),
    # a toll told district by district: the people named one by one in a district of their own add up
    ("Russian drones attacked Mykolaiv overnight.\n\nIn the Inhulskyi district, a man was killed and four other "
     "people were injured, the mayor said.\n\nIn the Tsentralnyi district, debris injured a 62-year-old woman and "
     "her 9-year-old granddaughter.\n\nIn the Zavodskyi district, three men were hurt by broken glass.", "russia",
     {"killed": 1, "injured": 9}),
    # stacked bulletins, each after its place: the last count of the injured is the toll
    ("07:10 Zaporizhzhia: a drone hit a dormitory, four injured - governor\n\n"
     "08:45 Zaporizhzhia: injured now 11, among them two children - governor", "russia", {"injured": 11}),
    # whose words the verb is, between the auxiliary and the verb
    ("Russia launched 64 drones overnight. Forty were shot down and 20 were, as the air force put it, \"lost "
     "locationally\", and two more had, according to the air force, been jammed.", "russia",
     {"drones_launched": 64, "drones_downed": 40, "drones_suppressed": 22}),
    # a count that rose from the first report's: the newer one stands
    ("Two missiles struck a market in Kostiantynivka on Friday, killing two people. The second one hit as police "
     "arrived, killing an officer and wounding three of his colleagues, bringing the death toll to three. The number "
     "of wounded grew from five in the first report to 14 by nightfall.", "russia",
     {"missiles_launched": 2, "killed": 3, "injured": 14}),
    # a fact-check: the claim it checks, and a figure it finds in no statement, are no one's figures
    ("Fact check: posts claiming 90 drones hit Smila are false\n\nClaim: Russia launched 90 drones at Smila on "
     "Friday, killing 40 people.\n\nVerdict: false. The air force said Russia launched 31 drones at the Cherkasy "
     "region that night, and 27 were shot down. Two people were injured in Smila. The figure of 40 dead does not "
     "appear in any official statement.", "russia", {"drones_launched": 31, "drones_downed": 27, "injured": 2}),
    # a count of no type, then its types after a comma, which add up to it; types after types are summed
    ("Russia launched 12 missiles, five Iskander-M ballistic missiles and seven Kh-101 cruise missiles, at Ukraine "
     "overnight.", "russia", {"missiles_launched": 12}),
    ("Russia launched six Kinzhals, three Iskanders and three Kalibrs at Ukraine overnight.", "russia",
     {"missiles_launched": 12}),
    # "all but two of them": the kind is the count's before it
    ("Russia sent twenty drones at the Zhytomyr region overnight, and air defence shot down all but two of them.",
     "russia", {"drones_launched": 20, "drones_downed": 18}),
    # a count told of two places, then each place's, which add up to it: the whole, not their sum
    ("Drones hit Sumy region\n\nUkraine and Russia trade drone attacks overnight.\n\nPublished on 4 May 2025\n\n"
     "Russian drones have killed three people and wounded 14 others in Sumy and Okhtyrka, officials said.\n\nIn Sumy, "
     "three people were killed and nine wounded when a drone hit a dormitory. In Okhtyrka, five people were wounded, "
     "among them a child.", "russia", {"killed": 3, "injured": 14}),
    # a list whose items are sentences of their own, each a label and its count
    ("Russia attacked Ukraine overnight, the air force said.\n\n- Shahed drones and decoys: 84\n- Kalibr missiles: 4",
     "russia", {"drones_launched": 84, "missiles_launched": 4}),
    # a list under a heading that names a month: its items are the month's tallies, not an attack's
    ("Russia's air war in numbers\n\nRussia fired more drones at Ukraine in August than ever.\n\nThe totals for "
     "August:\n\n- Shahed drones and decoys launched: 4,100\n- Missiles of all types launched: 150", "russia", {}),
    # a list's items labelled with what was done to the weapons counted before it
    ("Russia launched 96 drones overnight, the air force said:\n- shot down: 61\n- locationally lost (EW): 27",
     "russia", {"drones_launched": 96, "drones_downed": 61, "drones_suppressed": 27}),
    # the attack told after a colon; a bracketed share between a count and its verb
    ("Russia's overnight attack on 12 May was the largest on Cherkasy so far: 140 drones and six missiles. Air "
     "defence shot down 90 drones, and a further 40 (28.5 percent) were lost to electronic warfare.", "russia",
     {"drones_launched": 140, "missiles_launched": 6, "drones_downed": 90, "drones_suppressed": 40}),
    # who the people after "those injured ... were" are; a warning's weekday is no attack's
    ("Russia attacked Ukraine's grid overnight with 60 missiles, the air force said. On Tuesday the embassy had "
     "issued an alert of a possible large air attack in the coming days.\n\nIn Smila, a missile killed one man. "
     "Those injured in the town were three adults and a child, the mayor said.", "russia",
     {"missiles_launched": 60, "killed": 1, "injured": 4}),
    # a monitoring channel's shorthand: each weapon's name times its count, the items' counts summed
    ("Results of the night, from a monitoring channel:\n- Shahed drones: 40, shot down: 31\n- Iskander-M x2 - towards "
     "Kyiv, both shot down\n- Kh-59/69 x1 - Sumy region, hit a depot", "russia",
     {"drones_launched": 40, "drones_downed": 31, "missiles_launched": 3, "missiles_downed": 2}),
    ("Russia fired 3x Kalibr at Odesa overnight; the crater measured 3 x 4 metres.", "russia",
     {"missiles_launched": 3}),
    # the time an operation took to prepare is no span its counts add up over
    ("Ukrainian drones struck four Russian airfields on Sunday. The SBU said the operation had been planned for more "
     "than a year and used 117 drones, hidden in cabins on trucks.", "ukraine", {"drones_launched": 117}),
    # a toll "in the region" after a town's count is the region's, which holds the town's
    ("Russian drones attacked the Cherkasy region overnight. In Smila, two people were injured when a drone hit a "
     "warehouse. In Cherkasy, a woman was cut by glass, bringing the number of injured in the region to three.",
     "russia", {"injured": 3}),
    # "a fourth person was injured": the injured are now four; after a count in its own sentence, one more
    ("A Russian drone hit a house in Bucha overnight. The mayor said three people were injured in the town. A fourth "
     "person was injured in neighbouring Irpin.", "russia", {"injured": 4}),
    ("A Russian drone hit Bucha overnight, injuring three people, and a fourth person was injured in Irpin.",
     "russia", {"injured": 4}),
    # one hurt in the attack who has since died is one of its dead; one "among the" wounded who died is no count
    ("A man injured when debris from a Ukrainian drone hit a block of flats in Saratov has died in hospital, the "
     "governor said. Two other residents were injured.", "ukraine", {"killed": 1, "injured": 2}),
    ("A Russian missile struck Kryvyi Rih on Friday. A woman who had been among the 62 people wounded died in "
     "hospital overnight.", "russia", {"missiles_launched": 1, "injured": 62}),
    # weapons that "came at" a town are the ones launched at it
    ("Konotop's mayor said 12 Shaheds came at the town overnight in two waves; three people were injured.",
     "russia", {"drones_launched": 12, "injured": 3}),
    # counts written as a score, with hyphens all through, or marked as approximate or a bound after the number
    ("Russia launched threescore drones at Ukraine overnight; a score of them were shot down over Kyiv.", "russia",
     {"drones_launched": 60, "drones_downed": 20}),
    ("Russia launched one-hundred-and-twelve drones overnight.", "russia", {"drones_launched": 112}),
    ("Overnight Russia attacked Izmail district with a baker's dozen of Shahed drones; air defence destroyed 10 of "
     "them.", "russia", {"drones_launched": 13, "drones_downed": 10}),
    ("Russia launched two score drones at Sumy overnight; three score of missiles followed.", "russia",
     {"drones_launched": 40, "missiles_launched": 60}),
    ("Russia launched 1.2 thousand drones at Kyiv overnight.", "russia", {"drones_launched": 1200}),
    ("Russia launched 100+ drones overnight, and 80 were shot down.", "russia",
     {"drones_launched": 100, "drones_downed": 80}),
    ("Russia fired a dozen or so missiles and 40-odd drones at Odesa overnight.", "russia",
     {"drones_launched": 40, "missiles_launched": 12}),
    # a score that is a result, not a count
    ("Polissya won with a score of 2-1 hours after Russia launched 40 drones at Zhytomyr.", "russia",
     {"drones_launched": 40}),
    # an exact share of the weapons counted, told as a fraction: of them, or of the count after it
    ("Russia launched 90 drones overnight, and two-thirds of them were shot down.", "russia",
     {"drones_launched": 90, "drones_downed": 60}),
    ("Two-thirds of 90 Russian drones shot down overnight, air force says", "russia",
     {"drones_launched": 90, "drones_downed": 60}),
    ("Russia fired 40 missiles overnight; three-quarters of them were intercepted.", "russia",
     {"missiles_launched": 40, "missiles_downed": 30}),
    # the night, a dash, and what flew: those launched
    ("Last night - 145 attack drones and 5 missiles, ballistic ones among them. Most were shot down.", "russia",
     {"drones_launched": 145, "missiles_launched": 5}),
    # the count early posts gave, which the official one stands over; a count in question, far after "whether"
    ("A drone struck an apartment building in Kamianske overnight. Two people were killed and seven injured, the "
     "governor said. Early posts on local Telegram channels spoke of three dead; his figure is the official one.",
     "russia", {"killed": 2, "injured": 7}),
    ("Russia launched 85 drones and three ballistic missiles overnight. What we don't know: whether any of the three "
     "ballistic missiles were intercepted.", "russia", {"drones_launched": 85, "missiles_launched": 3}),
    # one neighbour, one owner: a person each; the neighbour named again by what befell them counts no one new
    ("Russian drones hit Huliaipole overnight, killing a man and wounding his neighbour. Her neighbour, the man "
     "wounded that night, was taken to hospital in Zaporizhzhia.", "russia", {"killed": 1, "injured": 1}),
    ("A Russian drone hit a house in Kharkiv overnight, injuring its owner, the governor said.", "russia",
     {"injured": 1}),
    # a front-line FPV drone is left out of the counts of drones, one or a night's
    ("Separately, a Russian FPV drone struck a car in Stepnohirsk on Sunday afternoon, injuring a 71-year-old man.",
     "russia", {"injured": 1}),
    ("A Russian FPV drone hit a city bus in Kherson, injuring two people, the regional governor said.", "russia",
     {"injured": 2}),
    # what a Russian-installed official tells of after the ministry's claim, and the General Staff's own claim, are
    # Ukraine's attack
    ("Russia's defence ministry said it shot down four Storm Shadow missiles over the Luhansk region overnight. Leonid "
     "Pasechnik, the Russian-installed head of the region, said six missiles had been fired at the area. Ukraine's "
     "General Staff said its forces had hit an ammunition depot near Sievierodonetsk.", "ukraine",
     {"missiles_launched": 6, "missiles_downed": 4}),
    # "Kh-101 x6" after a label of what was stopped is so many stopped
    ("Air Force summary for the night: the enemy attacked with Shahed x90, Kh-101 x6, Iskander-M x4. Destroyed: 71 "
     "drones, Kh-101 x6, Iskander-M x2.", "russia",
     {"drones_launched": 90, "missiles_launched": 10, "drones_downed": 71, "missiles_downed": 8}),
    ("Shot down: Kh-101 x5; launched: Kh-101 x7, Shahed x40.", "russia",
     {"drones_launched": 40, "missiles_launched": 7, "missiles_downed": 5}),
    # a toll that "is now" so many
    ("A Russian drone hit a building in Kyiv overnight. One person was killed and three were injured. Rescuers later "
     "found the body of a man; the death toll is now two.", "russia",
     {"killed": 2, "injured": 3}),
    # Ukraine's military intelligence tells of Ukraine's own launches, as a Ukrainian one does
    ("A source in Ukraine's military intelligence said three drones had been launched in the operation - two at "
     "Yelabuga and one at the refinery in Nizhnekamsk, one of Russia's largest.", "ukraine", {"drones_launched": 3}),
    # a list ending in a place: every item is of that place, so they are summed; a count and its part are not
    ("Russia's Defence Ministry said air defences shot down four Neptune-M missiles and two Storm Shadow missiles "
     "over Crimea overnight.", "ukraine", {"missiles_downed": 6}),
    ("Air defences shot down four Neptune-M missiles, three ATACMS missiles and two Storm Shadow missiles over "
     "Crimea, Russia's Defence Ministry said.", "ukraine", {"missiles_downed": 9}),
    ("Russia's Defence Ministry said its air defences destroyed 42 Ukrainian drones, 12 over the Kursk region.",
     "ukraine", {"drones_downed": 42}),
    ("Russia's Defence Ministry said its air defences had destroyed 31 drones over the peninsula and eight over the "
     "Sea of Azov, and had shot down two ATACMS missiles.", "ukraine", {"drones_downed": 39, "missiles_downed": 2}),
    ("Russia's Defence Ministry said 21 drones had been destroyed over the Samara region, nine over the Saratov "
     "region and four over the Penza region.", "ukraine", {"drones_downed": 34}),
    # a headline's round count "close on" or "just shy of" the body's exact one is the body's
    ("Close on 50 drones downed over Bryansk region\n\nAir defence units destroyed 48 Ukrainian drones over the "
     "Bryansk region overnight, Governor Alexander Bogomaz said.", "ukraine", {"drones_downed": 48}),
    ("Just shy of 100 drones shot down over Kursk\n\nAir defences destroyed 97 Ukrainian drones over the Kursk "
     "region overnight, the governor said.", "ukraine", {"drones_downed": 97}),
    # a title's count of drones fired, fewer than the body's downed, is a round word for them, not the launch
    ("Ukraine fires well over a hundred drones at Moscow region\n\nRussia's Defence Ministry said its air defences "
     "had destroyed 337 Ukrainian drones overnight, 91 of them over the Moscow region.", "ukraine",
     {"drones_downed": 337}),
    # concussions are injuries, and where a shell landed is a place hit
    ("In Kherson, two people suffered concussions when a Russian shell landed in their yard.", "russia",
     {"injured": 2}),
    ("Two women were concussed in Kherson when a Russian shell hit their house.", "russia", {"injured": 2}),
    ("Three people received contusions when a Russian drone struck a house in Kherson.", "russia", {"injured": 3}),
    # the Air Force's "means of air attack" told with no verb are those it faced; a split in brackets after a count
    # of those shot down is of them
    ("Air Force summary: 99 means of air attack - 93 attack drones and 6 Kh-101 cruise missiles; 76 air targets shot "
     "down (71 drones and 5 missiles); 15 drones locationally lost.", "russia",
     {"drones_launched": 93, "missiles_launched": 6, "launched_total": 99, "drones_downed": 71, "missiles_downed": 5,
      "downed_total": 76, "drones_suppressed": 15}),
    # drones that "approached" a city are those launched at it
    ("Chechen leader Ramzan Kadyrov said two Ukrainian drones had approached Grozny early on Thursday. One was shot "
     "down over the outskirts of the city, while the other struck a building.", "ukraine",
     {"drones_launched": 2, "drones_downed": 1}),
    ("The governor said two cruise missiles were flying towards Kaniv, and both were shot down over the region.",
     "russia", {"missiles_launched": 2, "missiles_downed": 2}),
    # the drones the Air Force "reported" are those launched; one night in a month is no month's tally
    ("On a quieter night in March, the Air Force reported 46 drones. Twenty-nine were shot down and 17 were "
     "locationally lost.", "russia", {"drones_launched": 46, "drones_downed": 29, "drones_suppressed": 17}),
    # one person a sentence opens on with their fate: "The driver was killed."
    ("A Russian FPV drone hit a car near Seredyna-Buda in the morning. The driver was killed.", "russia",
     {"killed": 1}),
    ("Ukraine said it had faced a hundred-odd Shahed drones overnight, most of which were shot down.", "russia",
     {"drones_launched": 100}),
    # a toll told in a sentence about one of the injured is the whole, not a part of them
    ("Two Iskander missiles struck a repair plant in Lubny. Three people were killed and 14 were injured. One of the "
     "injured men later died of his wounds in hospital, bringing the death toll from the strike to four.", "russia",
     {"missiles_launched": 2, "killed": 4, "injured": 14}),
    # none of a kind stopped, said outright, is a count of 0 downed
    ("Russia launched 40 drones and two Iskander missiles at Kharkiv overnight. Air defence shot down 30 drones. "
     "Neither missile was intercepted.", "russia",
     {"drones_launched": 40, "missiles_launched": 2, "drones_downed": 30, "missiles_downed": 0}),
    ("Russia launched 40 drones and two Iskander-M missiles at Kharkiv. Air defence shot down 30 drones. The "
     "Iskander-M missiles were not intercepted.", "russia",
     {"drones_launched": 40, "missiles_launched": 2, "drones_downed": 30, "missiles_downed": 0}),
    ("Russia attacked with four missiles overnight. None of the four missiles were intercepted.", "russia",
     {"missiles_launched": 4, "missiles_downed": 0}),
    # one of the injured who later died is one more dead, in the lead or after it, but not beside the toll it makes
    ("Russian drones struck Sumy overnight, killing one worker and injuring four others. One of the injured later "
     "succumbed in hospital.", "russia", {"killed": 2, "injured": 4}),
    ("Drones struck a chemical plant in Sterlitamak on 7 September, the governor said.\n\nThe strike killed one "
     "worker and injured four others. One of the injured men later died of his wounds.", "ukraine",
     {"killed": 2, "injured": 4}),
    ("Russian drones struck Sumy overnight, killing two workers and injuring four others. One of the injured died in "
     "hospital, bringing the toll to three.", "russia", {"killed": 3, "injured": 4}),
    # members of a family are people
    ("On Saturday night a Shahed drone hit a house on the edge of Semenivka. Three members of one family were "
     "killed - a mother, a father and their 14-year-old son.", "russia", {"killed": 3}),
    ("A Russian missile struck a house in Bohodukhiv. Two family members were injured.", "russia",
     {"missiles_launched": 1, "injured": 2}),
    # one person told by trade: a fisherman, a lineman, a paramedic
    ("A 62-year-old fisherman was killed and four people were injured when Russian drones attacked towns on the "
     "Danube overnight.", "russia", {"killed": 1, "injured": 4}),
    ("A drone struck a repair crew near Lozova, killing a lineman.", "russia", {"killed": 1}),
    # an infographic's list: a label naming the weapons before a bare count gives it its kind, "air attack assets"
    # both kinds; a list of launch areas names no place hit and no side's attack
    ("RESULTS OF THE NIGHT\n• Air attack assets detected: 64\n  - Shahed drones and decoys: 61\n  - Iskander-M "
     "missiles: 3\n• Launch areas: Kursk, Bryansk (RF)\n• Shot down: 40 UAVs\n• Locationally lost, decoy drones: "
     "18\n• Hits recorded in: Sumy region", "russia",
     {"drones_launched": 61, "missiles_launched": 3, "launched_total": 64, "drones_downed": 40,
      "drones_suppressed": 18}),
    # what some of the weapons were, told between commas before the verb (a model's digits too)
    ("309 drones and eight missiles, including Iskander-M and Kh-101, were launched at Ukraine.", "russia",
     {"drones_launched": 309, "missiles_launched": 8}),
    # old counts: "a dozen and a half" (18), "two dozen and a half" (30), "a gross of" (144), "three-score-and-ten" (70)
    ("Russia attacked Kharkiv with a dozen and a half Shahed drones overnight.", "russia", {"drones_launched": 18}),
    ("Russia attacked Kharkiv with two dozen and a half Shahed drones overnight.", "russia", {"drones_launched": 30}),
    ("Russia launched a gross of drones at Ukraine overnight.", "russia", {"drones_launched": 144}),
    ("Russia launched three-score-and-ten drones at Ukraine overnight.", "russia", {"drones_launched": 70}),
    # the same count told again in other words, after a dash or "or", is that count
    ("The Russians sent a gross of drones at Ukraine - twelve dozen strike drones and decoys, by the Air Force's "
     "count.", "russia", {"drones_launched": 144}),
    ("Russia sent 144 drones at Ukraine overnight, or twelve dozen strike drones and decoys.", "russia",
     {"drones_launched": 144}),
    ("Russia sent 144 drones at Ukraine - 144 strike drones and decoys, by the Air Force's count.", "russia",
     {"drones_launched": 144}),
    # a driver told by what he drives
    ("A Russian drone hit the traction substation near Znamianka overnight. A locomotive driver was lightly wounded "
     "and treated at the scene.", "russia", {"injured": 1}),
    # one person told by whose they were: "the factory's night watchman"
    ("Two Shahed drones struck the furniture factory overnight. The factory's night watchman, aged 61, was killed. "
     "Three residents were injured.", "russia", {"drones_launched": 2, "killed": 1, "injured": 3}),
    # a unit's tally since it was formed is no count of the night's
    ("A mobile fire group guards the Kyiv region. Since it was formed in spring 2024 it has been credited with 27 "
     "drones shot down, according to its commander.", "russia", {}),
    # a place in Russia that reported drone attacks is no Russia that attacks
    ("Two governors in northwestern Russia reported drone attacks overnight, as the Defense Ministry said air "
     "defenses had downed 63 Ukrainian drones across the country.", "ukraine", {"drones_downed": 63}),
    # counts that open a fact box's item with no verb in it were launched
    ("WORST NIGHT FOR THE WEST - 4 MAY\n• 412 drones and 21 missiles (twelve Kh-101 and nine Iskander-M), with "
     "Kovel the main target.", "russia", {"drones_launched": 412, "missiles_launched": 21}),
    # a bare count downed takes the one kind of weapon the attack's sentences named before it
    ("Drones attacked the town of Azov and two districts of the Rostov region overnight, the governor said. The "
     "Defence Ministry said 23 were shot down over the region.", "ukraine", {"drones_downed": 23}),
    # a region's count of the drones that crossed its skies or flew over it, an aside in dashes before the verb
    ("By the regional administration's count, 44 Russian drones - the governor wrote on Telegram - crossed the "
     "skies of the Rivne region overnight, and air defence brought down 39 of them.", "russia",
     {"drones_launched": 44, "drones_downed": 39}),
    ("Twenty-six drones flew over the city last night; 20 were shot down.", "russia",
     {"drones_launched": 26, "drones_downed": 20}),
    # a town's count of people in a region whose count the lead gave is part of it, not more
    ("Ukrainian drones attacked the Bryansk and Kursk regions overnight, killing one person in Lgov and injuring four "
     "in the Bryansk region, the governors said. In Klintsy, a drone hit a bus depot and three of its workers were "
     "injured.", "ukraine", {"killed": 1, "injured": 4}),
    # a city's count "in all" after one building's, where no other place has a count, is the whole
    ("Notice to residents of 5 Soborna Street\n\nVinnytsia, 3 May 2025\n\nDuring last night's attack a Russian "
     "drone hit our building at about 02:40. Two residents of our building were injured: one was treated on the "
     "spot, the other taken to hospital. According to the regional administration, four people were injured in the "
     "city during the night in all.", "russia", {"injured": 4}),
    # both counts of the whole a sentence opens on were launched
    ("Of the 64 missiles and 210 drones, air defences shot down 51 missiles and 190 drones, the air force said.",
     "russia", {"missiles_launched": 64, "drones_launched": 210, "missiles_downed": 51, "drones_downed": 190}),
    # "a couple dozen" is 24
    ("Russian forces attacked the region overnight with a couple dozen Shahed-type drones, the governor said.",
     "russia", {"drones_launched": 24}),
    # one person named with an age and a clause on who they were, and a shop's staff by their trades
    ("A Russian drone hit our store overnight. Our night guard, Petro, 61, who had worked for the company since "
     "2015, was pronounced dead at the scene. Our cashier Oksana, 34, suffered a concussion; a stock clerk received "
     "minor injuries.", "russia", {"killed": 1, "injured": 2}),
    # a person in apposition to a count of people is who the count was, not one more
    ("A Ukrainian drone hit a warehouse in the Kursk region; one person, a stock clerk, was injured, the governor "
     "said.", "ukraine", {"injured": 1}),
    ("Russian drones struck Kherson; one person, a man, was injured.", "russia", {"injured": 1}),
    # "a brace of" is two; a worker told by trade and who they were; colleagues counted, then their injuries in parts
    ("Russia launched a brace of Iskander-M ballistic missiles and 40 drones overnight. A 38-year-old crane "
     "operator, who had worked at the port for ten years, was killed. Three colleagues were injured: two received "
     "minor injuries and one suffered a concussion.", "russia",
     {"missiles_launched": 2, "drones_launched": 40, "killed": 1, "injured": 3}),
    # the forces of Ukraine "had sent" drones: Ukraine's attack, told by an occupation official
    ("Vladimir Saldo, the Moscow-installed governor of the region, said Ukrainian forces had sent 17 drones against "
     "Oleshky overnight and that 12 of them had been shot down.", "ukraine",
     {"drones_launched": 17, "drones_downed": 12}),
    # "the second person killed": the toll is two; the wounded man who died is one of them, no longer injured
    ("A port worker wounded in the strike on Skadovsk, which he blamed on Kyiv, has died in hospital, making him the "
     "second person killed in that attack.", "russia", {"killed": 2}),
    # scores counted: "six score" (120), "a score and a half" (30)
    ("The Air Force said Russia sent six score attack drones overnight; 79 were shot down.", "russia",
     {"drones_launched": 120, "drones_downed": 79}),
    ("Russia launched a score and a half of drones at the Sumy region overnight.", "russia", {"drones_launched": 30}),
    # "the night brought" the weapons it counts: launched
    ("By the Air Force's count, the night brought 30 cruise missiles and 40 attack drones; 22 of the missiles and 35 "
     "of the drones were shot down.", "russia",
     {"missiles_launched": 30, "drones_launched": 40, "missiles_downed": 22, "drones_downed": 35}),
    # a share of "them" that opens a sentence is of the one kind the sentence before counted; "one in four" is a
    # share, neither one nor four
    ("Air Command East said it tracked 48 attack drones overnight. Three-quarters of them were brought down, and one "
     "in four was lost to electronic warfare.", "russia", {"drones_launched": 48, "drones_downed": 36}),
    ("Overnight the enemy sent about two and a half dozen Shahed-type drones into the region; 22 were shot down.",
     "russia", {"drones_launched": 30, "drones_downed": 22}),
    # the injured told only by how badly they were hurt add up; told after a larger count, they are some of it
    ("Russian drones hit a bakery in Nedryhailiv overnight. Two workers are critically injured. One is in serious "
     "but stable condition in the district hospital. Four more were treated as outpatients.", "russia",
     {"injured": 7}),
    ("Russian missiles struck Dnipro overnight, injuring 22 people. Rescuers worked until morning. Eleven people are "
     "in serious condition.", "russia", {"injured": 22}),
    ("Russian missiles struck Dnipro overnight, injuring 40 people, 12 of whom remain in hospital, five in a critical "
     "condition.", "russia", {"injured": 40}),
    # a count before a colon and its parts after it; "more" adds to a count before it
    ("Russian drones hit a warehouse in Boiarka overnight. Four workers were injured: two received minor injuries "
     "and one suffered a concussion.", "russia", {"injured": 4}),
    ("Russian drones hit Valky overnight. Two people were injured. Three more were hospitalised in the morning.",
     "russia", {"injured": 5}),
    # one person named after their job, and their age after the name, which counts no one
    ("Russian drones hit a depot in Zhovkva overnight. Our night watchman, Ivan Melnyk, was critically injured.",
     "russia", {"injured": 1}),
    ("Russian drones struck Valky overnight. Our gardener, Mykola Petrenko, 52, who lives nearby, was injured.",
     "russia", {"injured": 1}),
    ("Russian missiles struck an energy facility in Yuzhne. One worker lost his life and two were injured.",
     "russia", {"killed": 1, "injured": 2}),
    # a bound from above counts nothing; "no fewer than" is at least
    ("Russian drones struck a mine in Bilozerske overnight. Fewer than ten miners were hurt, none of them seriously, "
     "and no fewer than 20 drones were shot down over the region.", "russia", {"drones_downed": 20}),
    ("Russia sent half a gross of attack drones overnight; a round dozen were shot down over the region.", "russia",
     {"drones_launched": 72, "drones_downed": 12}),
    # cut by glass is hurt, told after where they were from and who they were; one more in a neighbouring place
    ("Russian drones attacked Borodianka overnight, the residents' association wrote. The wreckage of one fell between "
     "two blocks. Windows on six floors were blown out. Two of our neighbours from the fifth floor, a mother and her "
     "son, were cut by flying glass. In neighbouring Makariv hromada a man of 70 was hospitalised with burns.",
     "russia", {"injured": 3}),
    ("Russian drones attacked Valky overnight. Three people are in serious condition.", "russia", {"injured": 3}),
    ("Air defence destroyed nine tens of Ukrainian drones overnight, the ministry said. In Novovoronezh a woman "
     "received a cut from broken glass.", "ukraine", {"drones_downed": 90, "injured": 1}),
    # a death told as a life not saved, after what was done to save it or who the person was
    ("Russian drones struck a block in Teplodar overnight. A woman of 58 was pulled from the rubble by rescuers but "
     "did not survive.", "russia", {"killed": 1}),
    ("Russian drones struck Mena overnight. A 64-year-old man, a long-standing reader of our library, did not survive. "
     "Two other residents were injured.", "russia", {"killed": 1, "injured": 2}),
    ("Russian missiles hit Slavuta overnight. Five people were wounded; two of them didn't survive.", "russia",
     {"killed": 2, "injured": 5}),
    # "six hundred and some" is six hundred; where the place attacked lies, between commas, before "with"
    ("The air force counted six hundred and some drones and a dozen missiles against Ukraine that night.", "russia",
     {"drones_launched": 600, "missiles_launched": 12}),
    ("Russian forces attacked a gas plant in the Valky hromada, in the west of the Kharkiv region, overnight with "
     "some thirty attack drones.", "russia", {"drones_launched": 30}),
    # people of a parish, and a clause on where they live before their verb
    ("Russian drones hit Sarny overnight. Two of our parishioners who live on Shevchenka Street were left with "
     "injuries from flying glass.", "russia", {"injured": 2}),
    ("Russian drones hit a fuel depot in Tatarbunary overnight. A security guard at the depot was left with injuries "
     "and was taken to hospital.", "russia", {"injured": 1}),
    # stitches are an injury; those named between dashes after where they were; "both" tells again those told one by one
    ("Ukrainian drones hit the refinery in Afipsky overnight, the Krasnodar governor said. A refinery worker needed "
     "stitches after being hit by broken glass.", "ukraine", {"injured": 1}),
    ("Russian drones hit a grain terminal in Tatarbunary overnight. Two of our employees on the night shift — the "
     "shift foreman and a weigher — were left with injuries.", "russia", {"injured": 2}),
    ("A Russian FPV drone hit a taxi near Novovorontsovka on Tuesday morning. Our driver Oleksandr lost a leg. "
     "Doctors at the hospital in Kryvyi Rih, where he was taken, say his condition is serious. His passenger, a "
     "34-year-old woman, was slightly injured. The Kherson regional military administration has confirmed that both "
     "were injured in a Russian drone attack on the Novovorontsovka hromada.", "russia", {"injured": 2}),
    ("Air defences shot down 296 drones, while 415 more drones — most of them decoys without warheads — were "
     "\"locationally lost\".", "russia", {"drones_downed": 296, "drones_suppressed": 415}),
    # what befell a person's car or house between them and their fate; intensive care; where they sat when it struck
    ("A woman whose house was struck by a Ukrainian drone in Graivoron overnight has died in hospital, and her "
     "neighbour remains in intensive care, the governor said.", "ukraine", {"killed": 1, "injured": 1}),
    ("A Russian drone hit a car near Sviatohirsk. The driver's son, who was in the back seat, remains in a serious "
     "condition.", "russia", {"injured": 1}),
    # "One ...; the other ...": two people told one by one
    ("Russian drones hit a sawmill near Zolochiv. Two of our watchmen were on shift. One received cuts from glass; "
     "the other suffered a concussion.", "russia", {"injured": 2}),
    # one drone that struck a car, among "Ukrainian drones" told uncounted, is no count of them
    ("Ukrainian drones attacked the occupied towns of Hola Prystan and Oleshky on Monday, injuring three people, the "
     "Russian-installed authorities said. In Oleshky, a drone struck a car near the bakery.", "ukraine",
     {"injured": 3}),
    # "eighty-some" is eighty; "a good two dozen", "nigh on fifty" and "a touch over 100" are those counts
    ("The air force said eighty-some Shahed drones were fired at the west overnight.", "russia",
     {"drones_launched": 80}),
    ("A good two dozen drones attacked the Rivne region overnight; nigh on twenty were shot down.", "russia",
     {"drones_launched": 24, "drones_downed": 20}),
    ("Russia launched a touch over 100 drones at Ukraine overnight.", "russia", {"drones_launched": 100}),
    # "a third, named, passed away": the toll is three; "he passed away in hospital": the one told of has died,
    # one more dead, even after the sentence that counted the night's dead (but "he died on the spot" is he again)
    ("Russian drones struck the city overnight. Two residents were killed on the spot. A third, Petro "
     "Lysenko, 61, passed away in hospital on Monday morning.", "russia", {"killed": 3}),
    ("Russian drones attacked the district overnight and air defence destroyed 12 of them. A farmer, 58, was hit "
     "by falling debris while feeding his cattle. He passed away in hospital on Friday.", "russia",
     {"drones_downed": 12, "killed": 1}),
    ("Russian drones attacked Sumy overnight, killing two people. A man was injured when a drone hit his car. He "
     "later died of his wounds.", "russia", {"killed": 3, "injured": 1}),
    ("Russian drones attacked Sumy overnight. A man was killed when a drone hit his car. He died on the spot.",
     "russia", {"killed": 1}),
    # "12 of them" after drones the sentence named with no count, in a report's first sentence: 12 drones
    ("Russia launched drones at the Chernihiv region overnight, and air defence destroyed 12 of them.", "russia",
     {"drones_downed": 12}),
    # the drones a count is a part of, sent somewhere, before its verb: "14 of the 17 drones launched at the region
    # were shot down"
    ("Governor Vitaliy Kim said 14 of the 17 Russian drones launched at the region overnight were shot down.",
     "russia", {"drones_launched": 17, "drones_downed": 14}),
    # one person with an age in apposition, or by name and age: "A man, 54, was killed", "Ivan Petrenko, 67,
    # sustained a fracture" (but "Our cashier Tetiana, 29," is the cashier, once)
    ("Russian drones hit the village overnight. A man, 54, was killed when debris fell on his yard.", "russia",
     {"killed": 1}),
    ("Russian drones struck Kazanka overnight. Our longtime member Petro Ivanovych, 67, sustained a fracture of the "
     "leg when the ceiling fell in.", "russia", {"injured": 1}),
    ("Russian drones hit the shop overnight. Our cashier Tetiana, 29, suffered a concussion; a stock clerk received "
     "minor injuries.", "russia", {"injured": 2}),
    # injuries told by what they are: a broken bone, a graze, smoke, a ventilator
    ("A Russian drone hit a house in Haisyn overnight. A woman suffered a broken arm and her son was grazed by "
     "shrapnel.", "russia", {"injured": 2}),
    ("Russian drones hit a warehouse overnight. A firefighter was treated for smoke inhalation.", "russia",
     {"injured": 1}),
    # a goal told by its noun launches nothing: "Moscow's goal ... is to launch up to 1,000 drones in a single night"
    ("Moscow's goal, according to Ukrainian officials, is to launch up to 1,000 drones in a single night by the "
     "autumn. Alabuga turns out about 2,700 drones a month.", "russia", {}),
    # "a round hundred" is a hundred; a count of weapons with no verb, then bare counts shot down and lost after it,
    # launched it: a post's shorthand (but "25 Kalibrs, zero intercepted" gives no launch by it)
    ("Air Force update for those who slept: a round hundred Shaheds and Gerbera decoys overnight, 81 shot down, 14 "
     "lost to EW.", "russia", {"drones_launched": 100, "drones_downed": 81, "drones_suppressed": 14}),
    # an aside in dashes names who the three were: three hurt, not five; "who was preparing a train" is what the
    # driver was doing when the verb after it counts him
    ("A Russian drone hit a bus in Berezanka. Three people - the driver and two passengers - were injured.", "russia",
     {"injured": 3}),
    ("A Russian drone struck the depot in Ananiv. A 54-year-old driver who was preparing a train for departure was "
     "critically injured.", "russia", {"injured": 1}),
    # pulled out hurt: "pulled alive from the rubble of his house with a broken leg" is one injured
    ("A Russian drone hit a house in Zdolbuniv overnight. A man was pulled alive from the rubble of his house with a "
     "broken leg.", "russia", {"injured": 1}),
    # "suffered barotrauma": hurt by the blast wave
    ("Debris fell on an enterprise in Kotovsk after a Ukrainian drone attack, and one employee suffered barotrauma.",
     "ukraine", {"injured": 1}),
    # "an energy company worker": one person, by the part of the trade he works in
    ("Russian drones hit energy facilities in Pyriatyn overnight. An energy company worker suffered burns and has been "
     "taken to hospital.", "russia", {"injured": 1}),
    # taken to hospital to die there: "The driver was taken to hospital, where he succumbed to his injuries" is one
    # dead, not one hurt
    ("A Ukrainian drone struck a car near Yakovlevo. The driver was taken to hospital, where he succumbed to his "
     "injuries, and a passenger was hurt.", "ukraine", {"killed": 1, "injured": 1}),
    # "She was taken to hospital in Sharhorod but died": one dead, the one hurt before her death not counted again
    ("A Russian drone hit a house in Sharhorod. A retired nurse was badly hurt. She was taken to hospital in Vinnytsia "
     "but died of her wounds. Two men were injured next door.", "russia",
     {"killed": 1, "injured": 2}),
    # a woman hurt, then "two men were also injured": three, not the larger count told again
    ("Russian drones struck Nemyriv overnight. A woman was injured when her roof caught fire. Two men in Nemyriv "
     "were also injured.", "russia", {"injured": 3}),
    ("Drones hit Busk overnight, Russia's attack damaging a school. A pensioner suffered cuts from glass. She was "
     "treated at home. Two neighbours were also hurt.", "russia", {"injured": 3}),
    # (but a sentence's own count and "one more" after a title's total of both: the total, not more of it)
    ("Drones hit Izmail and Reni, four hurt\n\nRussian drones struck Izmail overnight. Three residents were injured "
     "in Izmail, and one more person was injured in Reni.", "russia", {"injured": 4}),
    # one person by age and by who they are, an aside between them and their fate: "The 52-year-old night watchman,
    # the father of one of our juniors, was hospitalised"
    ("A Russian missile struck a grain elevator in Shpola on Saturday. The 61-year-old night guard, a grandfather of "
     "two of our pupils, was hospitalised in a serious condition.", "russia", {"missiles_launched": 1, "injured": 1}),
    # "In total, ... reports one dead and three injured": people, though "in total" is a cue of weapons launched
    ("Russian drones hit Ichnia and Borzna overnight. In total, the district administration reports one dead and "
     "three injured.", "russia", {"killed": 1, "injured": 3}),
    # a count's own verb after it, then a semicolon: the cue after the semicolon is the next count's
    ("Overnight some 45 Russian drones crossed into the Sumy region; air defence shot down 38 of them.", "russia",
     {"drones_launched": 45, "drones_downed": 38}),
    # one person taken to hospital is one hurt, with no word of hurt besides: "A woman was taken to hospital with cuts"
    ("A Russian drone hit a house in Rohatyn overnight. A woman was taken to hospital with cuts.", "russia",
     {"injured": 1}),
    # (but "The boy was taken to hospital" after the count that holds him is that boy again, no one more)
    ("Russian drones hit Bilozerske, wounding four people, including a boy. The boy was taken to hospital in "
     "Dnipro.", "russia", {"injured": 4}),
    # a wound told by its treatment: "had shrapnel removed from his shoulder"
    ("Russian drones hit an energy facility near Mostyska overnight. One man at the facility had shrapnel removed "
     "from his shoulder at the district hospital.", "russia", {"injured": 1}),
    # a count with no verb, where it fell, then the counts stopped: "seventy drones overnight across the country, 46
    # shot down"
    ("Air Force summary is out: the greater part of seventy drones overnight across the country, 46 shot down, 14 "
     "locationally lost.", "russia", {"drones_launched": 70, "drones_downed": 46, "drones_suppressed": 14}),
    # people by kin by marriage: "injuring his daughter-in-law and his granddaughter" are two
    ("A drone hit a private house in Cherniakhiv, killing a 67-year-old man and injuring his daughter-in-law and his "
     "10-year-old granddaughter.", "russia", {"killed": 1, "injured": 2}),
    # a day's name after "in" is no place the one person died in: the toll the death brings is the toll
    ("A man wounded in Monday's Russian shelling of Kutsurub died in hospital, bringing the death toll to two.",
     "russia", {"killed": 2}),
    # Russia's regions that report an attack were attacked by Ukraine: "Western Russian regions report drone attacks"
    ("Western Russian regions report drone attacks; one killed in Sevsk", "ukraine", {"killed": 1}),
    ("Russian border regions come under drone attack, two hurt in Kursk", "ukraine", {"injured": 2}),
    # a count added to those told before by "more", after the first count's verb: "killed, 2 more injured"
    ("Kharkiv governor: a guided bomb hit Zolochiv, a woman, 71, killed, 3 more injured.", "russia",
     {"killed": 1, "injured": 3}),
    # approximate counts: "a dozen and change", "twenty or thereabouts"
    ("Air defence downed a dozen and change Shaheds over the Poltava region overnight.", "russia",
     {"drones_downed": 12}),
    ("According to the governor, twenty or thereabouts drones flew at the Sumy region overnight.", "russia",
     {"drones_launched": 20}),
    # a wound that led to a death is a death, not a wound as well
    ("Russian drones struck a bus in Nikopol; its 47-year-old driver was badly wounded and died in the ambulance.",
     "russia", {"killed": 1}),
    ("Russian shelling hit Kherson overnight. A 58-year-old man was injured but later died in hospital.", "russia",
     {"killed": 1}),
    # knocked out by the blast: one hurt
    ("A Russian drone struck a minibus in Bilopillia, and its 50-year-old driver lost consciousness.", "russia",
     {"injured": 1}),
    # pulled from the rubble and taken to hospital: hurt
    ("A missile hit a house in Izium overnight. Its owner, a 66-year-old man, was freed from the rubble by rescuers "
     "after an hour and taken to hospital.", "russia", {"missiles_launched": 1, "injured": 1}),
    # one person by their state, then another of the family: two
    ("Russian drones hit a house in Korosten overnight. A 61-year-old woman is in a serious condition, and her "
     "husband was taken to hospital with burns.", "russia", {"injured": 2}),
    # two hurt, then each of them told: still two
    ("A Ukrainian drone struck a car in Shebekino, injuring two men. One suffered shrapnel wounds and was taken to "
     "hospital in Belgorod; the other was treated at the scene.", "ukraine", {"injured": 2}),
    # "the lion's share of the eighty missiles": a part of the whole told, no count of those downed
    ("Russia fired eighty missiles and 120 drones overnight. Air defence destroyed the lion's share of the eighty "
     "missiles and 101 of the drones.", "russia", {"missiles_launched": 80, "drones_launched": 120,
                                                   "drones_downed": 101}),
    # the drone that hit is no count of those sent; a missile that hit is one missile, and two drones are two
    ("A Russian drone hit a car in Bilozerske on Tuesday, wounding its 45-year-old driver.", "russia", {"injured": 1}),
    ("A Russian missile hit a warehouse in Petrykivka overnight; no one was hurt.", "russia", {"missiles_launched": 1}),
    ("Two Russian drones hit a farm in Slatyne overnight, injuring a tractor driver.", "russia",
     {"drones_launched": 2, "injured": 1}),
    # a post's shorthand: counts with no verb, a clause of their own ending on the night, are those launched
    ("Monitoring channel: 54 Shaheds and 3 Kalibr overnight.", "russia", {"drones_launched": 54,
                                                                         "missiles_launched": 3}),
    # pulled from the wreckage, in a serious condition: hurt
    ("A drone hit a shop in Balabyne overnight. The shop's owner was pulled from the wreckage and is in a serious "
     "condition.", "russia", {"injured": 1}),
    # light hurts the writers count, after a clause on who the person is, or their name and where they work
    ("A drone hit a garage in Yurkivka overnight. A man who was repairing his car there escaped with bruises.",
     "russia", {"injured": 1}),
    ("A drone hit a house in Petrykivka overnight. A woman who lives on the ground floor suffered minor cuts.",
     "russia", {"injured": 1}),
    ("Drones hit a warehouse in Kalush overnight. Our colleague, Marta from the accounts office, escaped with a cut on "
     "her hand.", "russia", {"injured": 1}),
    # one person by name and "himself", whose hurt follows
    ("A drone hit a farm near Hadiach overnight. Ivan himself suffered a concussion.", "russia", {"injured": 1}),
    # one of a crew is one person
    ("A drone hit the port of Izmail overnight; a crew member of a tug was taken to hospital with injuries.",
     "russia", {"injured": 1}),
    # "the bulk of ninety": a share of the whole told, no count of those downed
    ("Air defences brought down the bulk of ninety Shahed drones overnight.", "russia", {"drones_launched": 90}),
    # a relative clause of the first count ("drones Russia sent") is no verb of the count added to it
    ("Air defences brought down 70 of the ninety drones Russia sent overnight, along with three of the four Kh-101 "
     "missiles fired from bombers.", "russia", {"drones_launched": 90, "drones_downed": 70, "missiles_launched": 4,
                                                "missiles_downed": 3}),
    # a round count told again exactly: the exact one stands
    ("Russia sent the better part of eighty drones at Ukraine overnight, 76 Shaheds and decoys to be exact, plus six "
     "missiles.", "russia", {"drones_launched": 76, "missiles_launched": 6}),
    ("Russia launched about 90 drones overnight, 87 drones precisely; air defence shot down 70.", "russia",
     {"drones_launched": 87, "drones_downed": 70}),
    # "a downed drone" is one drone's word: no verb of the count of garages after it
    ("Russia launched 40 drones overnight. In Khotyn debris from a downed drone fell on a row of garages and burned "
     "two of them; nobody was hurt.", "russia", {"drones_launched": 40}),
    # a place's toll as it now stands replaces its earlier count, fewer injured as it may have (one of them died)
    ("A Russian strike on Kushuhum overnight killed one person and injured 10 in Kushuhum, the governor said at "
     "midnight. At 06:30 he said the toll in Kushuhum is now two dead and nine injured.", "russia",
     {"killed": 2, "injured": 9}),
    # "after a man died": the one who died is no one of the injured told before it
    ("Russian drones hit Kushuhum overnight, killing one and injuring 10 people in Kushuhum. The toll in Kushuhum now "
     "stands at two dead and nine injured after a man died in hospital.", "russia", {"killed": 2, "injured": 9}),
    # the exact count in brackets after a round one: the exact one stands
    ("Russia launched pushing 150 drones (145 to be exact) overnight; air defence shot down 129.", "russia",
     {"drones_launched": 145, "drones_downed": 129}),
    # a sentence opening on one person and one more whose fate they share: two
    ("A Russian drone hit a car near Kupiansk overnight. The driver and his passenger were injured.", "russia",
     {"injured": 2}),
    # a count after its noun, summed up, with a list of kinds after a colon whose one count is a part of it
    ("Overnight Russia launched 120 drones, and missiles roughly forty all told: Kh-101s, Kalibrs and eight Kinzhals. "
     "Air defence shot down 101 drones and 33 missiles.", "russia",
     {"drones_launched": 120, "missiles_launched": 40, "drones_downed": 101, "missiles_downed": 33}),
    ("Russia fired missiles, some 25 in all: Iskanders and six Kh-22s, at Ukraine overnight; 14 were shot down.",
     "russia", {"missiles_launched": 25, "missiles_downed": 14}),
    # a colon after a count that opens no list of its kinds: the counts after it are no parts
    ("Russia launched 40 missiles: 33 were shot down and seven hit targets in Kyiv.", "russia",
     {"missiles_launched": 40, "missiles_downed": 33}),
    # one told with where they were brought out from, and no commas, before their fate
    ("A man pulled from his burning house in Vasylkivka did not survive the night after a Russian drone attack, "
     "the governor said.", "russia", {"killed": 1}),
    ("Russian missiles hit Smila overnight. A woman rescued from under the slabs of the school later died in "
     "hospital.", "russia", {"killed": 1}),
    # a sentence opening on one of the hurt told before, whose other count names the rest of them ("also"); but "two
    # more" are others
    ("Early on 5 February a Russian strike hit a facility on the edge of Dubno. The blast blew out 23 windows of the "
     "library.\n\nGovernor Oleksandr Koval said three people were injured in the town. One of them, the facility's "
     "night watchman, was dug out of the rubble after two hours and taken to hospital in Rivne; two residents of "
     "nearby houses were also hurt.", "russia", {"injured": 3}),
    ("A Russian strike hit Dubno overnight. Three people were injured in the town. One of them, a night watchman, "
     "was dug out of the rubble; two more people were hurt in a second strike an hour later.", "russia",
     {"injured": 5}),
    # a count of weapons with no verb, whose share stopped follows it: those launched
    ("Russia sent fifty-some drones at Ukraine overnight. Later the air force gave the exact figure: 56 Shahed and "
     "Gerbera drones, of which 41 were shot down.", "russia", {"drones_launched": 56, "drones_downed": 41}),
    # a count told by the mark it passed or fell short of, and a round count "and a bit"
    ("Russia attacked overnight with just under the 90 mark of Shahed-type drones and four Kalibr missiles.", "russia",
     {"drones_launched": 90, "missiles_launched": 4}),
    ("The radio said a hundred and a bit drones came at the country last night; 80 were shot down.", "russia",
     {"drones_launched": 100, "drones_downed": 80}),
    # the hurt told again as the dead and the others: the first count held the one who has since died
    ("Russian drones hit Uman overnight. Four people were hurt, one of them seriously.\n\nEvening update: the man "
     "succumbed in intensive care. The council confirms one dead and three others injured from last night.",
     "russia", {"killed": 1, "injured": 3}),
    # weapons aimed at a region its governor counts are those launched; a city's share of them is a part
    ("Governor Maksym Kozytskyi said 14 drones and six missiles were aimed at the Lviv region; air defence shot down "
     "11 of the drones and five of the missiles.", "russia",
     {"drones_launched": 14, "missiles_launched": 6, "drones_downed": 11, "missiles_downed": 5}),
    ("Russia launched 31 Shaheds at Ukraine overnight, 29 of which were shot down; up to 20 had been aimed at the "
     "capital, officials said.", "russia", {"drones_launched": 31, "drones_downed": 29}),
    # the number of weapons put at a count after them, with the verb of what they count
    ("Ukrainian drones attacked Crimea overnight. Russia's defence ministry put the number of Ukrainian drones it "
     "destroyed over Crimea and the Black Sea in the region of sixty.", "ukraine", {"drones_downed": 60}),
    # a missile the strike was made with is one launched; a drone a car was attacked with is a front-line one
    ("Russia struck Okhtyrka overnight with a ballistic missile, the regional administration said. Two people were "
     "injured.", "russia", {"missiles_launched": 1, "injured": 2}),
    ("Ukraine's forces attacked a car with a kamikaze drone near Klimovo, the governor said; one man was injured.",
     "ukraine", {"injured": 1}),
    # a training ground struck is no drill
    ("Russia struck a training ground in the Dnipropetrovsk region with two Iskander missiles, killing 12 soldiers "
     "at the training ground.", "russia", {"missiles_launched": 2, "killed": 12}),
    # a toll first posted at a time gives way to the one reported later in the sentence
    ("Drones hit Lozova at about 02:40. The governor's first post at 04:10 spoke of two injured; by 09:00 "
     "he reported an elderly couple killed in their house and five people injured.",
     "russia", {"killed": 2, "injured": 5}),
    # 'threw' launches; a count a governor 'counted' before its hurt is of the hurt
    ("The air force says Russia threw well over a hundred and fifty drones at the west overnight, and 139 "
     "of the drones were shot down. By lunchtime the regional head had counted four injured in Sambir, a "
     "toddler among them.",
     "russia", {"drones_launched": 150, "drones_downed": 139, "injured": 4}),
    # 'passed away' kills; 'went missing from radar' is suppressed; a first update's count is the toll as it was
    ("Russian drones struck Shostka. The regional administration said one woman passed away before the "
     "ambulance arrived and seven residents were injured. Its first update had listed four injured. Russia "
     "used 112 attack drones overnight; 78 were destroyed and 30 went missing from radar without harm.",
     "russia", {"drones_launched": 112, "drones_downed": 78, "drones_suppressed": 30, "killed": 1, "injured": 7}),
    # a strike's time before its one missile; the body of one recovered is one dead
    ("On Tuesday afternoon a ballistic missile struck a warehouse in Zhmerynka. The body of a 58-year-old "
     "watchman was recovered from beneath the debris.",
     "russia", {"missiles_launched": 1, "killed": 1}),
    # a count first reported, then the same count as it stood later
    ("A drone hit a garage block in Malyn. Our member was among those hurt; the regional head first "
     "reported one injured, later three.",
     "russia", {"injured": 3}),
    # a toll that rose through the day, told last by the evening
    ("Missiles struck Odesa. The toll rose through the day, from 17 in the morning to 19 and then 21 by "
     "the evening. Thirty-eight people were wounded.",
     "russia", {"killed": 21, "injured": 38}),
    # a first post's count gives way to the later one in the sentence
    ("Russian drones hit Kobeliaky overnight. The regional head's first post mentioned one injured; later "
     "he wrote that two people were hurt: a 67-year-old woman and her grandson.",
     "russia", {"injured": 2}),
    # a count of weapons as first told gives way to the later one in the sentence
    ("Friday night: the air force first said Russia had launched just shy of 300 drones; its full summary "
     "later gave 298 drones and 9 ballistic missiles, of which 266 drones and 6 missiles were shot down.",
     "russia", {"drones_launched": 298, "missiles_launched": 9, "drones_downed": 266, "missiles_downed": 6}),
    # a region's count past its verb, and another region's after it, add up
    ("Russia's defence ministry reported 47 Ukrainian drones destroyed over the Rostov region overnight "
     "and another 12 over the Belgorod region.",
     "ukraine", {"drones_downed": 59}),
    # the one missile told before, 'and so was' downed with the drones
    ("The air force counted 96 drones and one Kh-101 cruise missile launched at Ukraine overnight; 73 of "
     "the drones were shot down, and so was the missile.",
     "russia", {"drones_launched": 96, "missiles_launched": 1, "drones_downed": 73, "missiles_downed": 1}),
    # a toll as first given, then given again as a bare count: the later one
    ("Drones hit Irpin overnight. The regional administration first spoke of three people injured; by "
     "11:00 it had raised that to five.",
     "russia", {"injured": 5}),
    # the same, the figure told as it stood later
    ("Drones hit Uman overnight. The governor's first post counted two injured; by lunchtime the figure "
     "was four, a teacher among them.",
     "russia", {"injured": 4}),
    # the same, confirmed later
    ("A drone hit Chuhuiv overnight. The governor's first post spoke of two injured; later in the morning "
     "he confirmed three, one of them a dispatcher.",
     "russia", {"injured": 3}),
    # a bare count after a toll not first given is not the toll
    ("A drone hit Chuhuiv overnight. Two people were injured; the governor said three houses burned, and "
     "he confirmed five more were damaged.",
     "russia", {"injured": 2}),
    # one taken to hospital who did not survive is dead, besides the injured
    ("Drones hit Irpin overnight and five people were injured. Besides the five, a 58-year-old man taken "
     "from the stairwell to hospital in Irpin did not survive his injuries.",
     "russia", {"killed": 1, "injured": 5}),
    # air defences that stopped drones downed them
    ("Russian state media said their air defences stopped nigh on sixty Ukrainian drones over the Bryansk "
     "and Kursk regions overnight.",
     "ukraine", {"drones_downed": 60}),
    # a toll first counted, then told again: the later one
    ("Drones hit Kremenchuk overnight. The city military administration first counted three injured; by "
     "10:00 the head of the regional administration said six people had been injured.",
     "russia", {"injured": 6}),
    # the same, first written
    ("A drone hit the industrial park in Mukachevo overnight. The city council first wrote 9 wounded; "
     "the regional administration now says 12 wounded, none of them critical.",
     "russia", {"injured": 12}),
    # a toll first given, then raised to a count of people named by what they were
    ("Drones hit the port in Tuapse overnight, the governor said. Local officials first said one person "
     "had been hurt, then raised it to two port workers.",
     "ukraine", {"injured": 2}),
    # a toll given, then told again in a later update: the later one
    ("A drone struck a warehouse in Vasylkiv overnight. The local news at 7:00 said one person had been "
     "hurt; the mayor's latest update says two, both lightly.",
     "russia", {"injured": 2}),
    # a place's toll, then its first figures told after it: not added
    ("Last night Russia launched 93 drones at Ukraine. In Berdychiv a drone hit a house and a man was killed. In "
     "Korosten, also in the Zhytomyr region, three people were injured when debris fell on a garage cooperative. The "
     "first figures on the regional channel said two injured in Korosten; they were updated at 9:40.",
     "russia", {"drones_launched": 93, "killed": 1, "injured": 3}),
    # a count first told with no verb, then the exact count: the weapons launched
    ("On Wednesday night drones hit Oleksandriia. The air force first spoke of a little under 100 drones; "
     "its morning post gave the exact count, 96, of which 79 were shot down and 12 disappeared from radar.",
     "russia", {"drones_launched": 96, "drones_downed": 79, "drones_suppressed": 12}),
    # a mother and her grown son, both hurt; the first report's count is superseded
    ("A drone struck a house in Oleksandriia overnight. A mother and her grown son were injured; the first "
     "report mentioned only one person.",
     "russia", {"injured": 2}),
    # the counts after a drill's target drones are the drill's
    ("Russian drones were shot down over Lviv last week. Today the mobile fire groups are training on 24 "
     "target drones; in the first half 19 were hit and 3 were brought down by the electronic-warfare "
     "trainees.",
     "russia", {}),
    # a toll first written, then told by an update of a clock time
    ("A drone hit the grain elevator in Pryluky overnight. The city council first wrote one injured; the "
     "8:40 update says two, a couple in their sixties, not serious.",
     "russia", {"injured": 2}),
    # a toll first given, then the count it reached
    ("Russian drones hit the centre of Kupiansk overnight. The regional governor's first update gave 11 "
     "injured; by the evening the count had reached roughly a dozen and a half.",
     "russia", {"injured": 18}),
    # a place's toll first told, then the figure corrected
    ("Russia sent 48 drones overnight. The regional administration first spoke of two people hurt in "
     "Brovary; by 10:00 the figure had been corrected to three.",
     "russia", {"drones_launched": 48, "injured": 3}),
    # a toll as the city now gives it replaces the fewer told before, in an update of a post
    ("Kalush Corner - Facebook post\n\nFriends, we are open today, but from 11:00 instead of 8:00.\n\nLast night "
     "Russian drones and missiles attacked the Ivano-Frankivsk region, and the blows fell on Kalush. The Air Force "
     "says the enemy launched 145 drones and 11 missiles across Ukraine overnight.\n\nUpdate, 19:40. In the morning "
     "the mayor reported three injured in Kalush. This evening we learned that one of them, a 67-year-old woman who "
     "bought our cheese every Saturday, succumbed in intensive care. The city now gives one dead and four injured.",
     "russia", {"drones_launched": 145, "missiles_launched": 11, "killed": 1, "injured": 4}),
    # a round count of weapons, then the final count: the exact one
    ("Night of 21 to 22 May. Russia launched pushing 200 attack drones at Ukraine; the Air Force's final "
     "count was 196 drones, of which 117 were shot down and 64 were locationally lost.",
     "russia", {"drones_launched": 196, "drones_downed": 117, "drones_suppressed": 64}),
    # the first information's toll gives way to the update's, in a log of messages
    ("Driving school - SMS messages to students\n\n[06:45] School: Good morning. Because of the night drone attack, "
     "all practical lessons before 12:00 are cancelled.\n\n[07:30] School: The governor writes that Ukrainian drones "
     "attacked Taganrog overnight. A warehouse in the industrial zone burned. First information: 2 people injured."
     "\n\n[09:10] School: The Defence Ministry says air defence destroyed comfortably more than 60 Ukrainian drones "
     "over the Rostov region overnight.\n\n[09:40] School: Update from the mayor: 5 injured in Taganrog, 1 of them in "
     "hospital.", "ukraine", {"drones_downed": 60, "injured": 5}),
    # a toll at first told, then the morning figure; and one who needed hospital care
    ("Scout troop: about today\n\nDear parents,\n\nI am writing after a hard night. Russian drones attacked the "
     "north of the Zhytomyr region overnight, and Ovruch was hit at about 02:30. At first the administration spoke of "
     "3 injured in Ovruch; the morning figure is 4. The same night drones also hit Slavutych in the Kyiv region, "
     "where a boiler house was damaged and one man needed hospital care.", "russia", {"injured": 5}),
    # a couple of hundred drones, counts of the night across Ukraine with no verb
    ("Taras: Air Force: a couple of hundred drones and 8 missiles across Ukraine overnight.",
     "russia", {"drones_launched": 200, "missiles_launched": 8}),
    # a single missile launched, then 'the missile was shot down' after a semicolon
    ("The Air Force says Russia launched 72 drones and one Iskander-M missile at Ukraine overnight; the "
     "missile was shot down, no fewer than 45 drones were shot down, and 22 more were locationally lost.",
     "russia", {"drones_launched": 72, "missiles_launched": 1, "drones_downed": 45, "missiles_downed": 1,
                "drones_suppressed": 22}),
    # the initial figure of a toll, risen to a later count
    ("In Pervomaisk a drone hit a private house overnight. By the evening, the initial figure of 5 injured "
     "had risen to 7, among them an infant of eight months, a woman of 33 and two teenagers.",
     "russia", {"injured": 7}),
    # a toll, then 'N injured now (was 3)' in an update: the count now, in a handover's notes
    ("Hotel front desk handover, night of 20/21 May\n\nNight shift: Svetlana. Morning shift: Artyom.\n\n23:50 UAV "
     "attack threat announced for the Yeysk district. 19 guests went down to the basement.\n\n06:30 The Krasnodar "
     "region operational headquarters reports that Ukrainian drones attacked Yeysk overnight. Debris fell on the "
     "territory of the airfield and on two private houses on Mira Street. 3 people were injured, including a "
     "security guard.\n\n07:15 The Defence Ministry says 64 Ukrainian drones were destroyed overnight, 27 of them "
     "over the Krasnodar region and the Sea of Azov.\n\n07:40 Update from the headquarters: 4 injured now (was 3); "
     "one of them is in the Yeysk central district hospital.", "ukraine", {"drones_downed": 64, "injured": 4}),
    # a combined count, then its kinds after a comma, adding up to it
    ("The Air Force reports 105 means of air attack launched against Ukraine, 93 drones and 12 missiles of "
     "various types; 61 drones and 11 missiles were shot down, and 28 drones were locationally lost.",
     "russia", {"launched_total": 105, "drones_launched": 93, "missiles_launched": 12, "drones_downed": 61,
                "missiles_downed": 11, "drones_suppressed": 28}),
    # a toll first spoken of, then as officials now report it in the same sentence
    ("Last night a drone hit a five-storey building in Kamianets-Podilskyi. At 6:00 the mayor spoke of 2 "
     "injured; the regional administration now reports three injured in Kamianets-Podilskyi: two men cut "
     "by glass and a boy of ten.",
     "russia", {"injured": 3}),
    # a body found the next morning, told with no count, is one dead
    ("Overnight a drone struck a two-storey house in Chortkiv, where its owner lived alone. Rescuers "
     "worked through the night, and the body was found under the rubble the next morning. Two neighbours "
     "were injured.",
     "russia", {"killed": 1, "injured": 2}),
    # weapons that 'came in' were launched
    ("That is the largest since the night of 28 September, when 595 drones and 48 missiles came in and 4 "
     "people were killed in Kyiv.",
     "russia", {"drones_launched": 595, "missiles_launched": 48, "killed": 4}),
    # a toll told vaguely, then the evening figure: the count of that toll
    ("Russia attacked Kyiv with drones and missiles overnight. In Kyiv 4 people were killed. The number of "
     "injured in the city was in the mid-thirties by noon; the evening figure from the city military "
     "administration is 34.",
     "russia", {"killed": 4, "injured": 34}),
    # a round count of drones sent, then the exact figure as a bare count
    ("And the night before, 7 to 8 October, Russia sent close to a hundred drones across Ukraine; the Air "
     "Force's exact figure is 97, of which 71 were shot down and 19 were locationally lost.",
     "russia", {"drones_launched": 97, "drones_downed": 71, "drones_suppressed": 19}),
    # kinds split by model, the first with its letter and no noun: their sum
    ("Russia fired four Iskander-M and three North Korean-made KN-23 ballistic missiles at Kyiv on Monday.",
     "russia", {"missiles_launched": 7}),
    # the kinds after a colon that ends a long list of the units that downed them: downed, not suppressed
    ("In total, 65 air targets were destroyed by anti-aircraft missile units, fighter aviation, mobile "
     "fire groups and electronic warfare units of the Defense Forces: 39 Shahed drones, 22 Kh-101 cruise "
     "missiles and four Kh-59 guided missiles.",
     "russia", {"downed_total": 65, "drones_downed": 39, "missiles_downed": 26}),
    # a toll first told under a place's heading keeps what no later count replaces, beside another place's count
    ("Russia attacked Ukraine with missiles overnight.\n\nKhmelnytskyi region. In Starokostiantyniv, two "
     "people were killed, the governor said.\n\nKryvyi Rih. Oleksandr Vilkul, head of the city military "
     "administration, initially reported one person killed and nine injured. Later, the number of injured "
     "rose to 16.",
     "russia", {"killed": 3, "injured": 16}),
    # one more dead told by an ordinal with an aside after its noun
    ("Drones hit Odesa overnight, the governor said. Two people were killed. A third victim, a "
     "64-year-old man, died in hospital on Tuesday.",
     "russia", {"killed": 3}),
    # a week's tally told as 'last week alone': no attack's figures
    ("Ukraine's air force said Russia had fired more than 130 missiles, about 320 Shahed drones and "
     "nearly 900 guided bombs at the country last week alone.",
     "russia", {}),
    # a count on so many nights of a month is the month's, not the night's
    ("Russia launched 219 drones and 11 missiles at Ukraine overnight, the air force said. On average, "
     "Russia launched about 171 drones per night, up 14% from August, and on 24 of October's 31 nights it "
     "launched more than 100.",
     "russia", {"drones_launched": 219, "missiles_launched": 11}),
    # weapons 'attempted to strike' a city with were launched; a tower 'that had been hit two days earlier'
    # damaged now is today's
    ("Kiev attempts another drone attack on Moscow - MOD\n\nUkraine attempted to strike Moscow with three "
     "drones overnight, the Russian Defense Ministry said on Tuesday. One of the UAVs was shot down over "
     "the Odintsovo district, while two others were suppressed by electronic warfare, the ministry "
     "said.\n\nMoscow Mayor Sergey Sobyanin wrote that the facade of the same tower that had been hit two "
     "days earlier was damaged. One security guard sustained minor injuries, according to emergency "
     "services.",
     "ukraine", {"drones_launched": 3, "drones_downed": 1, "drones_suppressed": 2, "injured": 1}),
    # a region's count told 'where' the region is named among a count's: part of it
    ("Meanwhile, Russia's defence ministry said its forces had downed 63 Ukrainian drones overnight over "
     "several regions, including the Moscow region, where Mayor Sergei Sobyanin said nine drones "
     "approaching the capital had been destroyed.",
     "ukraine", {"drones_downed": 63}),
    # two models before one plural noun ('the Kh-22 and Oniks missiles') are no single missile
    ("Russia launched eight Kalibr cruise missiles, four Kh-22 anti-ship missiles and six Oniks missiles "
     "at Odesa overnight. Air defenses destroyed five of the Kalibr missiles; the Kh-22 and Oniks "
     "missiles cannot be intercepted by the systems available in the region, the spokesperson said.",
     "russia", {"missiles_launched": 18, "missiles_downed": 5}),
    # a family's dead with an aside; a count risen in the sentence after its place's: the place's, risen
    ("Massive attack on Ukraine: four killed in Lviv region\n\nOn the night of October 5, Russia attacked "
     "Ukraine with 96 drones, the Air Force said.\n\nLviv region. Four members of one family, including a "
     "15-year-old girl, were killed when a drone hit their house in Lapaivka, the governor "
     "said.\n\nIvano-Frankivsk. Two people were injured when a missile hit an industrial site, the mayor "
     "said.\n\nZaporizhzhia. Nine people were injured in strikes on the city, the regional head reported. "
     "Later in the day, he said the number of wounded had risen to 12.",
     "russia", {"drones_launched": 96, "killed": 4, "injured": 14}),
    # a plan after 'most of them' is no comparison: no attack's count
    ("According to military intelligence, Russia produces about 2,700 Shahed-type attack drones a month, "
     "most of them at the Alabuga plant in Tatarstan, and aims to be able to launch up to 1,000 drones in "
     "a single night by the spring.",
     "russia", {}),
    # a correction appended: the figure it withdraws gives way to the one it gives
    ("Russia launched 38 drones and four missiles at Ukraine overnight, the Air Force said. Air defences "
     "shot down 33 drones and all four missiles.\n\nCorrection (May 20, 11:15): This article originally "
     "stated that Russia launched 38 drones overnight. According to the Air Force, the number was 48.",
     "russia", {"drones_launched": 48, "missiles_launched": 4, "drones_downed": 33, "missiles_downed": 4}),
    # 'all of them were shot down' after a list of kinds: all the list's
    ("Russia also launched six Shahed-136 attack drones and three reconnaissance drones; all of them were "
     "shot down.",
     "russia", {"drones_launched": 9, "drones_downed": 9}),
    # Ukraine's drones told by a source in Ukraine's SBU quoted by Ukrainian media go on with Ukraine's attack
    ("Ukrainian drones strike Morozovsk airbase\n\nUkraine attacked the Morozovsk military airfield in "
     "Russia's Rostov region overnight on Thursday, the Ukrainian General Staff said.\n\nAccording to a "
     "source in Ukraine's SBU security service quoted by Ukrainian media, more than 40 long-range drones "
     "took part in the operation.",
     "ukraine", {"drones_launched": 40}),
    # a record set 'with' its counts: launched
    ("Five days earlier, on July 4, Russia had set the previous record with 550 drones and 11 missiles "
     "aimed mainly at Kyiv, killing two people in the capital and wounding 23.",
     "russia", {"drones_launched": 550, "missiles_launched": 11, "killed": 2, "injured": 23}),
    # 'Another man, 47, was wounded' opening its sentence: one more hurt
    ("Russian artillery hit Kherson's Korabelnyi district late this morning, killing a 61-year-old man, "
     "the regional administration said. Another man, 47, was wounded.",
     "russia", {"killed": 1, "injured": 1}),
    # 'destroyed 17' beside 'Fourteen ... destroyed, and three more ... suppressed': the 17 holds both; drones
    # 'using' which an attempt 'was thwarted' were launched
    ("Crimea under drone attack\n\n- Russia says it destroyed 17 Ukrainian drones over Crimea\n- Odesa port "
     "hit\n\nRussia's defence ministry said on Sunday it had thwarted a Ukrainian drone attack on Crimea "
     "overnight. \"An attempt by the Kyiv regime to carry out a terrorist attack using 17 unmanned aerial "
     "vehicles against facilities on the Crimean peninsula was thwarted. Fourteen drones were destroyed "
     "by air defences, and three more were suppressed by electronic warfare,\" it said.",
     "ukraine", {"drones_launched": 17, "drones_downed": 14, "drones_suppressed": 3}),
    # a live page stamped in GMT, newest first: a region's risen toll replaces its city's older one, beside
    # another region's; 'One of them' is part of it
    ("Ukraine war latest: Russia strikes energy grid\n\n14:52 GMT\n\nInjured in Ternopil region rises to "
     "four\n\nThe number of people hurt in the Ternopil region during this morning's attack has risen to "
     "four, regional head Viacheslav Nehoda says. One of them, a 52-year-old man, is in a serious "
     "condition.\n\n13:30 GMT\n\nAir force gives full figures\n\nRussia launched 94 missiles and 193 drones "
     "overnight, the air force says.\n\n09:15 GMT\n\nTernopil without power\n\nMuch of the western city of "
     "Ternopil is without electricity after strikes on energy facilities. Two people were injured in the "
     "region, according to Nehoda. In the neighbouring Ivano-Frankivsk region, a man was injured when "
     "debris fell on a house.",
     "russia", {"drones_launched": 193, "missiles_launched": 94, "injured": 5}),
    # 'two more people sought medical help in Cherkasy, bringing the number of injured in the city to seven': seven
    ("Drones attack Cherkasy region\n\nOn the night of 23 July, Russian troops attacked Cherkasy region "
     "with attack drones; 14 were shot down, the governor said.\n\nIn Cherkasy, five people were injured. "
     "In Smila, four people were injured.\n\nUPDATE, 11:40. Taburets said two more people sought medical "
     "help in Cherkasy, bringing the number of injured in the city to seven. In total, 11 people were "
     "injured in the region.",
     "russia", {"drones_downed": 14, "injured": 11}),
    # a place after 'and' attacked 'by seven', its count's noun left out: more of the kind before
    ("Shebekino came under attack by 11 drones during the day, and Graivoron by seven, Gladkov wrote on "
     "Telegram. In Shebekino, a drone struck a bus stop, killing a man.",
     "ukraine", {"drones_launched": 18, "killed": 1}),
    # 'Ukrainian artillery shelled' a district of occupied Donetsk: Ukraine's attack
    ("Separately, Ukrainian artillery shelled the Kuibyshevsky district of Donetsk, injuring three "
     "people, including a nine-year-old boy, the head of the Donetsk People's Republic, Denis Pushilin, "
     "said.",
     "ukraine", {"injured": 3}),
    # what launchers carry 'each' is no count fired
    ("Each system consists of three launchers carrying eight missiles each and can engage targets at a "
     "range of up to 40 kilometers. The announcement came a week after Russia fired dozens of cruise "
     "missiles at Ukrainian energy facilities.",
     "russia", {}),
    # a plant's 'production unit' hit is no tally of output
    ("It was the second attack on the Astrakhan plant in a week. On the night of October 13-14, Ukrainian "
     "drones hit the plant's sulfur production unit, and two workers were injured. The ministry reported "
     "at the time that 31 drones had been shot down over the Astrakhan region.",
     "ukraine", {"drones_downed": 31, "injured": 2}),
    # a bare count of the hurt before a bracketed source
    ("Russia launched 72 drones overnight, the air force said. The Chernihiv Regional Military "
     "Administration said that a drone strike on Novhorod-Siverskyi had killed one person and injured "
     "four (Chernihiv Regional Military Administration Telegram channel, 0803 gmt).",
     "russia", {"drones_launched": 72, "killed": 1, "injured": 4}),
    # who the hurt were, where they were and their ages between the count and its verb
    ("A Russian drone hit a bus stop in Sumy. Two women who were nearby, aged 48 and 71, were injured.",
     "russia", {"injured": 2}),
    # a quoted sentence opening on 'The driver, a man,' counts him
    ("A Ukrainian FPV drone struck a car in Shebekino, the governor said. \"The driver, a man, died of his "
     "injuries at the scene before the ambulance arrived. Two women were injured.\"",
     "ukraine", {"killed": 1, "injured": 2}),
    # a tally 'since' a month of the year is no night's count
    ("Air defence destroyed nine Shahed drones overnight, the air force said. Since Ukraine recorded the "
     "first Shahed in its skies in mid-September, the military says it has shot down more than 60 of them.",
     "russia", {"drones_downed": 9}),
    # 'launched during the day' between the missiles and their verb
    ("Ukraine's air force said more than 60 of the over 70 missiles launched during the day had been shot "
     "down.",
     "russia", {"missiles_launched": 70, "missiles_downed": 60}),
    # 'In addition ... fired' adds to the missiles told two sentences before, past the drones between
    ("The enemy launched 71 cruise missiles on Friday morning. 61 of them were destroyed. The occupiers "
     "also launched seven Shahed drones, five of which were shot down. In addition, the enemy fired up to "
     "35 S-300 missiles at the Kharkiv region.",
     "russia", {"missiles_launched": 106, "missiles_downed": 61, "drones_launched": 7, "drones_downed": 5}),
    # two drones that 'had targeted' a place 'and had been disabled ... using electronic warfare' are launched
    # and suppressed
    ("A statement from Putin's office said two Ukrainian drones had targeted the Kremlin in the night and "
     "had been disabled by the military and special services using electronic warfare systems.",
     "ukraine", {"drones_launched": 2, "drones_suppressed": 2}),
    # 'one drone over X and another over Y' is two
    ("The Defence Ministry said air defences destroyed one Ukrainian drone over the Ruza district and "
     "another over the Mozhaisk district of the Moscow region.",
     "ukraine", {"drones_downed": 2}),
    # a village's population is no toll; 'still being treated for their injuries' counts the hurt; 'a single'
    # missile that hit is one
    ("A single Iskander ballistic missile hit a cafe in Hroza on Thursday, killing 52 people, officials "
     "said. The minister said around a sixth of the village's population of about 330 had been killed. "
     "Six people are still being treated for their injuries.",
     "russia", {"missiles_launched": 1, "killed": 52, "injured": 6}),
    # 'In one month' is a span's tally
    ("Zelensky told the meeting: \"In one month, Russia has fired more than 1,200 drones and 400 missiles "
     "at us.\"",
     "russia", {}),
    # 'The driver suffered a mine-blast injury' is one hurt
    ("The driver suffered a mine-blast injury and shrapnel wounds to his legs after a Ukrainian drone "
     "attacked his car in Dorogoshch.",
     "ukraine", {"injured": 1}),
    # 'a ballistic missile, an Iskander-M,' is one missile
    ("Ukraine's Air Force reported that Russia had launched 96 drones and a ballistic missile, an "
     "Iskander-M, against Ukraine overnight.",
     "russia", {"drones_launched": 96, "missiles_launched": 1}),
    # '14 UAVs were detected and destroyed' are downed
    ("Tonight the Kyiv regime attempted another terrorist attack using aircraft-type UAVs on the "
     "territory of the Bryansk region. 14 UAVs were detected and destroyed by the on-duty air defence "
     "forces.",
     "ukraine", {"drones_downed": 14}),
    # who the hurt were, where they were and what they were, before their verb
    ("Russian drones struck an enterprise in Lebedyn overnight. Two employees who were on the night "
     "shift, a 37-year-old man and a 52-year-old woman, were injured and taken to hospital.",
     "russia", {"injured": 2}),
    # 'raising the toll from one killed reported earlier' is the toll's earlier state
    ("A Russian ballistic missile strike on the town of Balakliia killed three people and injured 10 "
     "others early Thursday, regional officials said, raising the toll from one killed reported earlier "
     "in the day.",
     "russia", {"killed": 3, "injured": 10}),
    # a title's 'nearly 280' beside the body's exact 279
    ("Russian missile strike on Dnipro kills 17, wounds nearly 280\nA Russian missile attack on Dnipro "
     "killed 17 people, the governor said, adding that 279 people had been injured.",
     "russia", {"killed": 17, "injured": 279}),
    # 'the Armed Forces of Ukraine attacked' is Ukraine's attack
    ("The head of Enerhodar said: \"At 14:20, the Armed Forces of Ukraine attacked the area of the bus "
     "station with a strike drone. A 41-year-old man was killed. Four people were wounded.\"",
     "ukraine", {"killed": 1, "injured": 4}),
    # 'killed and 56 injured ... over that period' is a span's tally
    ("Since the beginning of the full-scale invasion, the company's power plants have been attacked more "
     "than 190 times. Three of our power engineers have been killed and 56 injured at the plants over "
     "that period.",
     "russia", {}),
    # a lone serviceman killed, beside others wounded, counts as one killed
    ("The Zhytomyr region was hit by 18 missiles, and a serviceman was killed and three others wounded at "
     "a military unit near the city, officials said.",
     "russia", {"missiles_launched": 18, "killed": 1, "injured": 3}),
    # a toll that rose 'from nine dead in the morning to 35 by late afternoon' is 35, not their sum
    ("Russian missiles struck a training ground near Yavoriv on Sunday. The toll rose through the day, "
     "from nine dead in the morning to 35 by late afternoon, the governor said.",
     "russia", {"killed": 35}),
    # a count 'in 11 regions' is the total its cities' counts are part of
    ("Russia launched a wave of missile attacks across Ukraine, killing 11 people. The air force said Russia had "
     "fired 55 missiles. The emergency service said 11 people had been killed and another 11 injured in 11 "
     "regions. In Kyiv, a man died when a missile struck a building, and two people were hurt.",
     "russia", {"missiles_launched": 55, "killed": 11, "injured": 11}),
    # 'attacked Ukraine on the night of 10-11 February with an Iskander-M': one missile, words between verb and 'with'
    ("Russian forces attacked Ukraine on the night of 10-11 February with an Iskander-M ballistic missile "
     "launched from Kursk Oblast and 147 Shahed attack drones, the Air Force said.",
     "russia", {"missiles_launched": 1, "drones_launched": 147}),
    # 'launched 412 artillery, mortar, tank, and drone attacks': a count of attacks, no drones
    ("Russian forces launched 412 artillery, mortar, tank, and drone attacks on 31 settlements in the "
     "Kherson region over the past day, killing two people, the governor said.",
     "russia", {"killed": 2}),
    # 'The death toll there has risen to three, bringing the total from the overnight attack to four killed': four
    ("Russia attacked Kyiv and the Kyiv region overnight. In Boyarka, two people were killed when a drone "
     "hit a house. Rescuers found another body in Boyarka: the death toll there has risen to three, the "
     "governor says, bringing the total from the overnight attack to four killed and 15 injured.",
     "russia", {"killed": 4, "injured": 15}),
    # 'one civilian was killed and five more were wounded' in the lead is the day's toll its places' counts add up to
    ("Drones kill one, injure five in Belgorod Region - governor\n\nBELGOROD, June 11. The Armed Forces of "
     "Ukraine attacked settlements in the Belgorod Region with 64 drones over the past day; one civilian "
     "was killed and five more were wounded, the governor said. In "
     "the town of Korocha, two women were injured when a drone hit a house. In the village of Tomarovka, "
     "three civilians were hurt when a drone detonated near a shop.",
     "ukraine", {"drones_launched": 64, "killed": 1, "injured": 5}),
    # an installed head's post, 'Aksyonov reports drone attack on Dzhankoi district: 18 UAVs shot down'
    ("Aksyonov reports drone attack on Dzhankoi district: 18 UAVs shot down, four suppressed by EW",
     "ukraine", {"drones_downed": 18, "drones_suppressed": 4}),
    # 'One employee of a bus repair shop next to the site was injured': past the phrase of where the person worked
    ("Russia fired six cruise missiles at an aircraft repair plant in Lviv early on Friday; two were "
     "destroyed. One employee of a bus repair shop next to the site was injured, the regional "
     "administration said later.",
     "russia", {"missiles_launched": 6, "missiles_downed": 2, "injured": 1}),
    # drones 'brought down by electronic warfare' are suppressed
    ("Two Ukrainian drones were brought down by electronic warfare and crashed into buildings in Moscow "
     "early on Monday, Russia's defence ministry said.",
     "ukraine", {"drones_suppressed": 2}),
    # the heads of Bashkortostan, Tatarstan and Udmurtia tell of Ukraine's drones: 'Radiy Khabirov said'
    ("JAN 8 - Two Iskander-M ballistic missiles and 30 drones struck gas facilities in the Poltava region, the "
     "company said.\n\nThe head of the Russian region, Radiy Khabirov, said two drones were shot down over the "
     "plant and one person was injured by debris.",
     "ukraine", {"drones_downed": 2, "injured": 1}),
    # both kinds of drones before one noun: 'attack and decoy drones'
    ("In Ukraine, the Air Force reported that Russia had launched 89 attack and decoy drones overnight. "
     "Sixty-seven were shot down and 19 were locationally lost.",
     "russia", {"drones_launched": 89, "drones_downed": 67, "drones_suppressed": 19}),
    # soldiers killed in the fighting are the front's losses, not the air attack's toll
    ("Ukrainian drones struck a petrochemical plant in Bashkortostan, injuring two workers. Seoul's spy "
     "agency estimated that around 2,000 North Korean soldiers had been killed in the fighting.",
     "ukraine", {"injured": 2}),
    # projectiles a governor counts fired at his region are a shelling's, no count of an air attack
    ("Russian shelling killed two people in Kherson on Thursday, the governor said. Over the past 24 "
     "hours, Russian forces had fired 412 projectiles at the region, hitting it 87 times.",
     "russia", {"killed": 2}),
    # a port pilot, a ship's captain or a docker killed is a person killed
    ("A Russian missile hit a Liberian-flagged vessel as it entered a port in the Odesa region on "
     "Wednesday, killing a Ukrainian port pilot and injuring four people.",
     "russia", {"missiles_launched": 1, "killed": 1, "injured": 4}),
    # what Ukrainian shelling did, told by the other side, is Ukraine's attack
    ("Meanwhile, the pro-Russian separatist authorities in Donetsk said Ukrainian shelling had killed "
     "five civilians and wounded 17 in the city over the past day.",
     "ukraine", {"killed": 5, "injured": 17}),
    # drones the ministry's units downed at the front, and missile storage sites, are no counts of the night's attack
    ("Meanwhile, the Russian Defense Ministry reported that air defense systems shot down 27 fixed-wing "
     "unmanned aerial vehicles over the past day. In addition, the ministry's units destroyed 34 "
     "Ukrainian UAVs of the aircraft type at the front, as well as a HIMARS launcher and three ATACMS "
     "missile storage sites.",
     "ukraine", {"drones_downed": 27}),
    # a claim's noun of downing: 'claimed the destruction of 32 Ukrainian drones'
    ("The Russian Ministry of Defense claimed the destruction of 32 Ukrainian drones overnight: 17 over "
     "the Krasnodar Krai, 9 over the Black Sea and 6 over occupied Crimea.",
     "ukraine", {"drones_downed": 32}),
    # a person's age told in words after 'of' ('a woman of seventy-nine') is no count
    ("A Russian missile hit Zhovkva overnight. A woman of seventy-nine was killed and five more people were wounded, "
     "one of them a boy of eleven.",
     "russia", {"missiles_launched": 1, "killed": 1, "injured": 5}),
    # 'two Kh-59/69' and 'the strike package included' count missiles and drones
    ("According to the Ukrainian Air Force, the Russian strike package included four Kh-101 cruise "
     "missiles, three Kh-59/69 guided missiles and 64 Geran-2 drones. Ukrainian air defense intercepted "
     "three Kh-101 and two Kh-59/69, as well as 47 drones.",
     "russia", {"missiles_launched": 7, "drones_launched": 64, "missiles_downed": 5, "drones_downed": 47}),
    # ATACMS named alone are missiles
    ("Russia's Ministry of Defense said its air defenses had destroyed four ATACMS and two Storm Shadow "
     "missiles, as well as 17 fixed-wing drones, over the Crimean peninsula.",
     "ukraine", {"missiles_downed": 6, "drones_downed": 17}),
    # where the drones went, in a clause between the share and its verb: 'that flew into the region were neutralised'
    ("According to the Ukrainian Air Force, 14 of the 18 drones that flew into the Odesa region were "
     "neutralised.",
     "russia", {"drones_launched": 18, "drones_downed": 14}),
    # a region's count told 'overnight over the Moscow region' opens the split
    ("Russia's Defense Ministry said it had shot down 11 Ukrainian drones overnight over the Moscow "
     "region, nine over the Kaluga region and 15 over the Tula region.",
     "ukraine", {"drones_downed": 35}),
    # a region's day of shelling counted in projectiles is no combined count
    ("Russian drones hit Kherson overnight, injuring two people. Over the past day, Russian troops "
     "launched 64 attacks on the oblast, firing 312 projectiles, the governor added.",
     "russia", {"injured": 2}),
    # drones that flew towards the city are those launched at it
    ("At least six drones flew towards the city overnight, the regional governor said. Air defence "
     "destroyed four of them.",
     "russia", {"drones_launched": 6, "drones_downed": 4}),
    # the previous week's counts are a tally, not the night's
    ("Russia launched 58 drones overnight; 40 were shot down. The Air Force also said Russia had used "
     "around 1,270 drones and 39 missiles against Ukraine over the previous week.",
     "russia", {"drones_launched": 58, "drones_downed": 40}),
    # munitions fired at a region's settlements beside its drones are shells, no count of weapons
    ("Governor Vyacheslav Gladkov said that over the past day the Ukrainian armed forces had attacked 12 "
     "settlements in the region with 47 drones and fired 60 munitions.",
     "ukraine", {"drones_launched": 47}),
    # a combined count of missiles and drones of named types is of both
    ("Russia attacked the Odesa region overnight with a combined 11 Kalibr cruise missiles and Shahed "
     "drones, 10 of which were shot down, the air force said.",
     "russia", {"launched_total": 11, "downed_total": 10}),
    # a table of weapons by type: each cell takes its column's role and its row's kind; the kinds' rows are summed
    ("The Air Force gave the night's figures by type:\n\nWeapon              Launched   Shot down\n"
     "Shahed drones           120          98\nKh-101 cruise missiles    8           7\n"
     "Iskander-M ballistic      4           1\nGuided bombs              6           -\nTotal                   132"
     "         106", "russia",
     {"drones_launched": 120, "drones_downed": 98, "missiles_launched": 12, "missiles_downed": 8,
      "launched_total": 132, "downed_total": 106}),
    ("Russia attacked overnight, the Air Force said.\n| Type | Launched | Destroyed | Lost locally |\n|---|---|---|---|"
     "\n| Attack drones and decoys | 73 | 41 | 27 |\n| Kalibr missiles | 3 | 3 | 0 |", "russia",
     {"drones_launched": 73, "drones_downed": 41, "drones_suppressed": 27, "missiles_launched": 3,
      "missiles_downed": 3}),
]


@pytest.mark.parametrize(("text", "attacker", "expected"), CASES)
def test_figures(text: str, attacker: str, expected: dict[str, int]) -> None:
    report = extract(text)
    attacks = [a for a in report.attacks if a.attacker == attacker]
    if not expected:
        got = {k: v for a in attacks for k, v in a.figures().items() if v}
        assert not got, got
        return
    assert report.is_attack_report
    assert attacks, f"no {attacker} attack in {report}"
    figures = attacks[0].figures()
    for name, value in expected.items():
        assert figures[name] == value, (name, figures)
    for name, value in figures.items():
        if name not in expected:
            assert value in (None, 0), (name, figures)


def test_list_items_join_the_line_that_opens_them() -> None:
    """A list of figures is one sentence with its lead line; a list of headlines is not, nor the line after."""
    figures = "Air defence shot down 40 targets:\n- 10 missiles;\n- 30 drones.\nDebris fell in Kyiv."
    assert [s.text for s in split_sentences(figures)] == [
        "Air defence shot down 40 targets:\n- 10 missiles;\n- 30 drones.", "Debris fell in Kyiv."]
    headlines = "Read also:\n- Drones hit Kyiv\n- Talks resume"
    assert [s.text for s in split_sentences(headlines)] == ["Read also:", "- Drones hit Kyiv", "- Talks resume"]


def test_a_clock_time_ends_its_sentence_before_a_capital_that_is_no_zone_or_day() -> None:
    text = ("Drones were destroyed from 11 p.m. to 7 a.m. In total, 92 were downed. Sirens sounded at 8 p.m. Moscow "
            "time and again at 6 a.m. Saturday. Gen. Smith spoke at 9 a.m. on Monday.")
    assert [s.text for s in split_sentences(text)] == [
        "Drones were destroyed from 11 p.m. to 7 a.m.", "In total, 92 were downed.",
        "Sirens sounded at 8 p.m. Moscow time and again at 6 a.m. Saturday.", "Gen. Smith spoke at 9 a.m. on Monday."]


# (text, is_attack_report) for texts with no figures, casualties or places: a particular attack makes a report,
# attacks in general or a warning of one do not
REPORT_CASES: list[tuple[str, bool]] = [
    ("Talks in Geneva ended without a deal as Russia steps up drone attacks on Ukrainian cities.", False),
    ("The minister spoke amid Russian missile strikes on the power grid.", False),
    ("Russia has stepped up drone attacks on Ukrainian cities in recent months, officials say.", False),
    ("The ministry said on Tuesday that Russia had intensified drone attacks on the power grid.", False),
    ("An air raid alert was declared across the country for an hour on Monday morning.", False),
    ("The pilot was shot down over the sea in 1972, the museum says.", False),
    # no side of this war named, nor any place of it
    ("Rebels say they shot down a transport helicopter over the mountains on Friday.", False),
    ("Russia launched a massive drone and missile attack on Ukraine, officials said.", True),
    ("Russian drone strikes overnight damaged energy facilities, the grid operator said.", True),
    ("Russian missile strikes on Tuesday cut power to several regions, the grid operator said.", True),
    ("Air defence units shot down Russian drones approaching the capital, the mayor said.", True),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_CASES)
def test_attack_report_without_figures(text: str, expected: bool) -> None:
    report = extract(text)
    assert report.is_attack_report is expected
    assert not report.attacks


def test_evidence_spans_point_into_text() -> None:
    text = "Russia launched 120 drones overnight. Air defences shot down 100 of them, the air force said."
    attack = extract(text).attacks[0]
    assert attack.drones_launched == 120 and attack.drones_downed == 100
    for name, ev in attack.evidence.items():
        assert text[ev.start:ev.end] in ev.sentence, name
        assert ev.rule.startswith(name)
    assert "120" in text[attack.evidence["drones_launched"].start:attack.evidence["drones_launched"].end]


def test_separate_earlier_record_is_its_own_attack() -> None:
    text = ("Russia launched 250 drones at Ukraine overnight, the air force said. "
            "The record was set on the previous night, when Russia launched 728 drones.")
    attacks = extract(text).attacks
    assert sorted(a.drones_launched or 0 for a in attacks) == [250, 728]


@pytest.mark.parametrize("text", [
    "Russia launched 500 drones overnight. The previous record was 741 drones.",
    "Russia launched 500 drones overnight. The previous record, set in July, was 741 drones in a single night.",
    "Russia launched 500 drones at Kyiv overnight, surpassing the previous record of 741 drones set in July.",
])
def test_previous_record_without_a_verb_is_its_own_attack(text: str) -> None:
    attacks = extract(text).attacks
    assert sorted(a.drones_launched or 0 for a in attacks) == [500, 741]
    assert all(a.attacker == "russia" for a in attacks)


@pytest.mark.parametrize("text", [
    "Russia attacked Kharkiv and Dnipro overnight with more than 200 drones. "
    "Days earlier Russia had sent a record 650 drones in one night.",
    "Russia launched 200 drones at Ukraine overnight. Two weeks ago it fired a record 650 drones.",
    "Russia launched 200 drones at Ukraine overnight. Three days earlier, it had launched 650 drones at the west.",
    # the record's night told in the next sentence, dated "the night to"
    "Russia launched 200 drones at Ukraine overnight. The barrage surpassed a record set less than a week earlier. "
    "On the night to July 4, Russia fired 650 drones, mostly at Kyiv.",
])
def test_an_earlier_night_named_before_its_figures_is_its_own_attack(text: str) -> None:
    attacks = extract(text).attacks
    assert sorted(a.drones_launched or 0 for a in attacks) == [200, 650]
    assert attacks[0].drones_launched == 200


@pytest.mark.parametrize(("text", "earlier_words"), [
    ("The largest attack so far came on July 9, when Russia launched 728 drones.", ("on July 9",)),
    ("On Sept. 7, Russia launched 810 drones, the biggest attack of the war.", ("On Sept. 7",)),
    ("That is fewer than the record 728 drones launched on 9 July.", ("on 9 July",)),
])
def test_a_largest_attack_on_another_date_is_its_own_attack(text: str, earlier_words: tuple[str, ...]) -> None:
    """A superlative attack dated apart from the report is an earlier night, like "the previous record"."""
    report = extract("Russia attacks Ukraine\n\nRussia launched 315 drones at Ukraine overnight, the air force "
                     "said. Two people were killed in Kyiv. " + text)
    (this,) = [a for a in report.attacks if a.drones_launched == 315]
    (earlier,) = [a for a in report.attacks if a is not this]
    assert this.killed == 2 and this.time_words == ("overnight",)
    assert earlier.drones_launched in (728, 810) and earlier.time_words == earlier_words


def test_the_largest_since_the_night_of_a_date_recalls_that_night() -> None:
    """"The largest since the night of <date>, when ..." in a report told by its weekday: the night compared with."""
    text = ("Russia strikes the grid\n\nRussia launched 465 drones and 32 missiles at Ukraine overnight, officials "
            "said on Friday.\n\nIt was the "
            "largest attack since the night of 7 September, when Russia sent a record 810 drones and 13 missiles.")
    assert [(a.drones_launched, a.missiles_launched) for a in extract(text).attacks] == [(465, 32), (810, 13)]


def test_a_days_shelling_with_drones_among_its_means_is_its_own_attack_and_the_titles_toll_is_its() -> None:
    text = ("Russia attacks Ukraine with 50 drones; Kherson region: two killed, nine injured in a day\n\nRussia "
            "attacked Ukraine overnight with 50 Shahed drones, the air force said. In Zaporizhzhia, a drone hit a "
            "warehouse and one person was injured, governor Ivan Fedorov said.\n\nOver the past day, Russian troops "
            "shelled 30 settlements in the Kherson region using artillery, mortars and drones, governor Oleksandr "
            "Prokudin said. Two people were killed and nine injured.")
    night, shelling = extract(text).attacks
    assert (night.drones_launched, night.killed, night.injured) == (50, None, 1)
    assert (shelling.drones_launched, shelling.killed, shelling.injured, shelling.places) == (None, 2, 9, ("Kherson",))


def test_a_digests_day_of_shelling_and_drone_strikes_is_its_own_attack_with_the_places_it_lists() -> None:
    """ "Russian shelling and drone strikes killed one person" over a day is a shelling of its own beside the night's
    drones, and the "Hit:" line after it lists its places; a stoker hurt is a person hurt."""
    text = ("Morning digest\n\nOvernight the enemy attacked Ukraine with 60 strike UAVs. Air defence shot down 45 of "
            "them.\n\nChernihiv oblast: in Nizhyn a drone hit a boiler house. A 47-year-old stoker was injured.\n\n"
            "Kherson oblast: over the past day Russian shelling and drone strikes killed two people and injured "
            "five. Hit: Kherson, Antonivka, Bilozerka.")
    night, shelling = extract(text).attacks
    assert (night.drones_launched, night.drones_downed, night.killed, night.injured) == (60, 45, None, 1)
    assert "Kherson" not in night.places
    assert (shelling.killed, shelling.injured, shelling.places) == (2, 5, ("Kherson", "Antonivka", "Bilozerka"))


def test_a_week_told_day_by_day_under_paragraph_headings_is_an_attack_a_day_in_the_leads_city() -> None:
    """ "Tuesday." opening a paragraph heads that day's attack, and a lead that only names the city gives it to each
    day's attack that names no place of its own."""
    text = ("Odesa's week: drones by night, a missile by day\n\nDrones by night and a missile strike on the port: "
            "Odesa lived through another week of attacks. Here is how it went.\n\nTuesday. Twelve Shahed drones "
            "attacked the city overnight, the mayor said. Ten were shot down. Two people were "
            "injured.\n\nThursday. Russia fired a ballistic missile at the port in the afternoon. Three people "
            "were killed and eight injured, the governor said.\n\nIn all, three people were killed this week.")
    attacks = extract(text).attacks
    got = [(a.drones_launched, a.drones_downed, a.missiles_launched, a.killed, a.injured, a.places)
           for a in sorted(attacks, key=lambda a: a.killed or 0)]
    assert got == [(12, 10, None, None, 2, ("Odesa",)), (None, None, 1, 3, 8, ("Odesa",))]


def test_a_weekend_of_the_ministrys_claims_night_by_night_is_an_attack_a_night() -> None:
    """"Saturday night." opening a paragraph heads that night's claim of Ukraine's drones, and the counts the
    ministry "reported" are of drones it says were downed."""
    text = ("A weekend of drone raids on Russia\n\nRussia's Defence Ministry reported shooting down 150 Ukrainian "
            "drones over two nights.\n\nSaturday night. The heaviest night: 95 drones, the ministry said, including "
            "40 over the Moscow region. In the Tula region, a drone fell on a house, injuring one person, the "
            "governor said.\n\nSunday night. The ministry reported 55 drones, most of them over the Rostov region. "
            "In Rostov-on-Don, debris damaged cars and two people were injured.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.drones_downed or 0)
    assert [(a.attacker, a.drones_downed, a.drones_launched, a.injured) for a in attacks] == \
        [("ukraine", 55, None, 2), ("ukraine", 95, None, 1)]


def test_an_update_after_recalled_strikes_is_the_toll_of_the_lead() -> None:
    """An update's toll after a paragraph recalling other strikes is the lead's; the strikes recalled with no figure
    make no attack."""
    text = ("Strike on Ternopil kills 26\n\nA Russian missile attack hit apartment blocks in Ternopil overnight, "
            "killing 26 people and injuring 93, the governor said on Wednesday.\n\nEarlier this month, a Russian "
            "strike on an apartment block in Dnipro killed several people, and on November 14 a mass attack on Kyiv "
            "damaged buildings in nearly every district.\n\nUpdate: The death toll in Ternopil rose to 31, the "
            "emergency service said on Thursday, with 94 people injured.")
    assert [(a.killed, a.injured, a.places) for a in extract(text).attacks] == [(31, 94, ("Ternopil",))]


@pytest.mark.parametrize(("text", "earlier"), [
    # what the sentences after a recalled night say of "the missiles" or "that attack" is that night's
    ("The previous night, Russia had sent 250 drones and 14 ballistic missiles at Ukraine, the air force said. Six "
     "of the missiles and 128 drones were shot down. That attack injured 15 people in Kyiv.", (250, 14, 134, 15)),
    # one pilot's tally in an earlier attack is a share of its downed, and makes no attack of its own
    ("In June, an F-16 pilot, Lt Col Maksym Ustymenko, was killed while repelling a previous mass attack after "
     "destroying seven aerial targets.", None),
])
def test_a_recalled_night_keeps_what_is_told_of_it(text: str, earlier: tuple[int, ...] | None) -> None:
    report = extract("Russia attacks Ukraine\n\nRussia launched 315 drones at Ukraine overnight, the air force "
                     "said. Two people were killed in Kyiv. " + text)
    (this,) = [a for a in report.attacks if a.drones_launched == 315]
    assert (this.killed, this.injured, this.drones_downed, this.downed_total) == (2, None, None, None)
    others = [(a.drones_launched, a.missiles_launched, (a.drones_downed or 0) + (a.missiles_downed or 0) or None,
               a.injured) for a in report.attacks if a is not this]
    assert others == ([earlier] if earlier else [])


@pytest.mark.parametrize(("text", "earlier"), [
    ("Last month Russia launched a record 728 drones in one night.", (728, None)),
    ("In July, Russia launched a record 728 drones and 13 missiles in a single night.", (728, 13)),
    # a month's total is no night's figure: it makes no attack
    ("In July, Russia launched a record 6,297 drones at Ukraine.", None),
    ("Last month Russia launched 4,000 drones.", None),
])
def test_one_night_of_an_earlier_month_is_its_own_attack(text: str, earlier: tuple[int, int | None] | None) -> None:
    report = extract("Russia attacks Ukraine\n\nRussia launched 315 drones at Ukraine overnight, the air force "
                     "said. " + text)
    (this,) = [a for a in report.attacks if a.drones_launched == 315]
    others = [(a.drones_launched, a.missiles_launched) for a in report.attacks if a is not this]
    assert others == ([earlier] if earlier else [])
    assert report.attacks[0] is this  # the night the report tells of comes before the one it recalls


@pytest.mark.parametrize(("text", "earlier"), [
    ("The city has painful memories: in June 2022, two Kh-22 missiles struck a crowded shopping centre, killing more "
     "than 20 people.", (2, 20)),
    # a month of a past year's total is still no attack
    ("In July 2025, Russia launched 6,297 drones at Ukraine.", None),
])
def test_a_strike_in_a_month_of_a_past_year_is_its_own_attack(text: str, earlier: tuple[int, int] | None) -> None:
    report = extract("Kremenchuk hit\n\nRussia launched 315 drones at Kremenchuk overnight, the air force said. One "
                     "worker was injured. " + text)
    (this,) = [a for a in report.attacks if a.drones_launched == 315]
    assert this.injured == 1 and this.killed is None
    others = [(a.missiles_launched, a.killed) for a in report.attacks if a is not this]
    assert others == ([earlier] if earlier else [])


@pytest.mark.parametrize("text", [
    # the report's own date, as its dateline gives it
    "Russia attacks Ukraine\n\nKYIV, Sept 7 (Reuters) - Russia launched 810 drones at Ukraine overnight, the air "
    "force said. Three people were killed. On Sept. 7, Russia launched 810 drones, the largest attack of the war.",
    # how an air force report dates its own night
    "Russia attacks Ukraine\n\nThe air force reported the attack. Three people were killed. On the night of "
    "February 3 (from 18:00 on February 2), the enemy attacked with a record 810 drones.",
    # "since" compares; it tells of no other night's figures
    "Russia attacks Ukraine\n\nRussia launched 810 drones overnight. Three people were killed. It was the largest "
    "attack since July 9.",
])
def test_the_reports_own_date_or_a_comparison_stays_one_attack(text: str) -> None:
    (attack,) = extract(text).attacks
    assert (attack.drones_launched, attack.killed) == (810, 3)


def test_a_digest_of_a_week_tells_each_days_strike_apart() -> None:
    """A governor's week: each day's strike is an attack of its own, the toll after a bombing is the bombing's, and
    the week's tally is no attack."""
    text = ("Sumy region: a week of Russian strikes.\n\n"
            "The head of the regional administration summed up the week on Telegram.\n\n"
            "On Tuesday, Russian aircraft dropped a guided bomb on the town of Bilopillia. Three women were killed.\n\n"
            "On Thursday night, Russia attacked Sumy with five Shahed drones. Nine people were injured.\n\n"
            "During the week the occupiers used 48 guided bombs and 70 drones against the region; over the seven "
            "days 11 civilians were killed.")
    attacks = extract(text).attacks
    assert len(attacks) == 2
    bombing = next(a for a in attacks if "Bilopillia" in a.places)
    drones = next(a for a in attacks if a is not bombing)
    assert (bombing.killed, bombing.injured, bombing.drones_launched) == (3, None, None)
    assert (drones.drones_launched, drones.injured, drones.killed, drones.places) == (5, 9, None, ("Sumy",))


def test_a_title_restating_the_toll_of_the_attack_it_dates_is_no_attack_of_its_own() -> None:
    text = ("Death toll in Russian strike on Dnipro apartment building rises to 30\n\n"
            "Rescue crews on Sunday pulled more bodies from the wreckage in Dnipro. Russia fired 38 missiles at the "
            "country on Saturday, of which 25 were intercepted. By Sunday evening, 30 people had been confirmed "
            "killed in Dnipro.")
    attacks = extract(text).attacks
    assert [(a.missiles_launched, a.killed) for a in attacks] == [(38, 30)]


def test_the_following_night_is_an_attack_of_its_own() -> None:
    text = ("Russia launches over 400 drones at Ukraine over weekend\n\n"
            "On the night of Jan. 10, Russia launched 242 drones, the Air Force said. Air defense downed 216 drones. "
            "The following night, Russian forces launched 171 drones and eight missiles. Air defense shot down 149 "
            "drones.")
    got = sorted((a.drones_launched, a.drones_downed, a.missiles_launched) for a in extract(text).attacks)
    assert got == [(171, 149, 8), (242, 216, None)]


@pytest.mark.parametrize("came_after", ["came after a night of Russian drone attacks",
                                        "came hours after an overnight drone attack on the region"])
def test_the_night_a_days_strike_came_after_is_an_attack_of_its_own_for_its_paragraph(came_after: str) -> None:
    text = ("Missile strike on Poltava kills nine\n\nA Russian ballistic missile struck Poltava on Tuesday "
            f"afternoon, killing nine people, officials said.\n\nThe strike {came_after}. The air force said "
            "Russia launched 60 drones overnight, of which 41 were shot down. In Odesa, drone debris injured two "
            "people.\n\nPresident Zelensky called the Poltava strike a crime.")
    attacks = extract(text).attacks
    got = sorted((a.killed or 0, a.drones_launched, a.drones_downed, a.injured, a.places) for a in attacks)
    assert got == [(0, 60, 41, 2, ("Odesa",)), (9, None, None, None, ("Poltava",))]


def test_the_air_forces_quoted_night_of_a_date_is_the_night_told_by_its_weekday() -> None:
    text = ("Russia struck Rivne with missiles overnight on Tuesday, injuring four people, officials said.\n\nThe air "
            "force said on Telegram:\n\n\"On the night of March 4, the enemy attacked with 9 missiles and 40 attack "
            "UAVs. Seven missiles and 31 UAVs were shot down.\"")
    (attack,) = extract(text).attacks
    assert (attack.missiles_launched, attack.drones_launched, attack.missiles_downed, attack.injured) == (9, 40, 7, 4)


def test_a_toll_after_an_earlier_strike_naming_its_city_again_is_that_strikes() -> None:
    text = ("Russia attacked Ukraine with 112 drones overnight, the Air Force said. Air defense shot down 88 drones "
            "over the north.\n\nEarlier, on the evening of October 14, the Russians struck Sumy with two "
            "Iskander-M ballistic missiles. One person was killed and 15 were injured, said the head of the Sumy "
            "Regional Military Administration.")
    got = sorted((a.drones_launched or 0, a.missiles_launched, a.killed, a.injured) for a in extract(text).attacks)
    assert got == [(0, 2, 1, 15), (112, None, None, None)]


def test_the_largest_that_had_been_is_a_recalled_attack() -> None:
    text = ("Russia fired 122 missiles at Ukraine on Friday, the air force said. In 2023, the largest had been a "
            "February barrage of 81 missiles.")
    assert sorted(a.missiles_launched or 0 for a in extract(text).attacks) == [81, 122]


def test_a_separate_claim_of_ukrainian_drones_elsewhere_is_an_attack_of_its_own() -> None:
    text = ("Ukrainian shelling of Belgorod killed 24 people, Russia's Emergency Situations Ministry said. "
            "Separately, the Defense Ministry said that 32 Ukrainian drones had been destroyed overnight over the "
            "Moscow, Bryansk and Kursk regions. Sobyanin said one of them had been shot down near the capital.")
    got = sorted((a.killed or 0, a.drones_downed or 0) for a in extract(text).attacks if a.attacker == "ukraine")
    assert got == [(0, 32), (24, 0)]
    # over the same region, the claim is of the same attack
    same = text.replace("Moscow, Bryansk and Kursk regions", "Belgorod region")
    assert [(a.killed, a.drones_downed) for a in extract(same).attacks] == [(24, 32)]


def test_a_glide_bomb_strikes_first_toll_is_no_second_attack() -> None:
    """The first toll of a glide-bomb strike, told apart from its bombs, is the strike's, where the only drones the
    text counts are the General Staff's day along the front: one attack, whose latest toll wins."""
    text = ("Russian glide bombs kill two in Kramatorsk\n\nRussian aircraft dropped guided aerial bombs on the centre "
            "of Kramatorsk on November 7, killing three people and wounding 14 others, the governor said.\n\nThe "
            "bombs struck shortly after 2 p.m. near an apartment block. In his first post on Telegram, he reported two "
            "people killed and eight wounded.\n\nIn its evening update, the General Staff said Russian forces had "
            "carried out 3,912 attacks, using 1,904 kamikaze drones, and had dropped 117 guided bombs during the day.")
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured, attack.drones_launched) == (3, 14, None)


def test_an_interview_answers_its_questions_counts() -> None:
    """In a Q&A, a count with no verb answers "How many drones did Russia send?", and the answer after an
    interviewer's line that recalls last week's attack tells of that attack."""
    text = ("Air Force spokesman on the nights of Shaheds\n\nRussia has again stepped up its drone attacks.\n\n"
            "- How many drones did Russia send last night?\n- One hundred and twelve drones of various types. Our "
            "units shot down 76 of them. Another 34 were lost locationally.\n- Last week's attack was the largest of "
            "the whole war.\n- Yes. On the night of 9 July the enemy used 728 drones and 13 missiles. We shot down "
            "296 drones and seven of the missiles.")
    night, record = extract(text).attacks
    assert (night.drones_launched, night.drones_downed, night.drones_suppressed) == (112, 76, 34)
    assert (record.drones_launched, record.missiles_launched, record.drones_downed) == (728, 13, 296)


def test_an_interview_answers_what_was_used_and_what_was_hit() -> None:
    """ "What did Russia use?" gives its verb to the counts of the answer, after the place it names and across a
    range's first end, and "What was hit?" makes the places of its answer places hit."""
    text = ("Navy spokesman on the night's attack on the ports\n\n- What did Russia use last night?\n\n- Against "
            "Mykolaiv oblast alone, between 30 and 35 Shaheds, and four Kalibr missiles from a frigate. All four "
            "Kalibrs were shot down.\n\n- What was hit?\n\n- Warehouses in Izmail and Reni: a grain terminal and an "
            "office. Two workers were injured.")
    (attack,) = extract(text).attacks
    assert (attack.drones_launched, attack.missiles_launched, attack.missiles_downed, attack.injured) == \
        (35, 4, 4, 2)
    assert {"Izmail", "Reni"} <= set(attack.places)


def test_a_live_page_with_the_newest_entry_first_keeps_its_latest_toll() -> None:
    """On a live page whose clock-stamped entries run newest first, a place's smaller toll further down is the
    same people counted earlier, not more of them; on one that runs oldest first, the toll told last stands."""
    entries = [("12:10", "Toll in Dnipro rises to four dead and 25 injured\n\nThe governor said four people have "
                         "been killed and 25 injured in Dnipro."),
               ("09:30", "Two killed, 11 injured, says governor\n\nTwo people have been killed and 11 injured in "
                         "Dnipro, the governor said."),
               ("07:05", "Russia attacked Dnipro overnight with 50 drones, the Air Force said.")]
    lead = "Dnipro live\n\nAll times are Kyiv time. Newest entries are at the top.\n\n"
    newest_first = lead + "\n\n".join(f"{at}\n{body}" for at, body in entries)
    (attack,) = extract(newest_first).attacks
    assert (attack.drones_launched, attack.killed, attack.injured) == (50, 4, 25)
    oldest_first = "Dnipro live\n\n" + "\n\n".join(f"{at}\n{body}" for at, body in entries[::-1])
    (attack,) = extract(oldest_first.replace("12:10", "13:10").replace("07:05", "12:10")).attacks
    assert (attack.killed, attack.injured) == (4, 25)


def test_a_live_page_with_stamped_titles_newest_first_adds_up_its_cities_latest_tolls() -> None:
    """ "14:35 - Kyiv toll rises to three killed, 18 injured" heads an entry of a live page newest first: Kyiv's toll,
    which an older entry's smaller count does not add to, and another city's count does."""
    text = ("Russia's attack: live updates\n\nLatest first.\n\n14:35 - Kyiv toll rises to three killed, 18 injured\n"
            "The body of a man was found under rubble, raising the death toll in Kyiv to three. Eighteen people have "
            "been injured in Kyiv, the mayor said.\n\n12:10 - Zaporizhzhia: 15 injured\nFifteen people were injured "
            "in a drone attack on Zaporizhzhia, the governor said.\n\n09:40 - Air Force: 500 drones\nRussia launched "
            "500 drones overnight.\n\n07:50 - Two killed in Kyiv\nA woman and her baby were killed when a drone hit a "
            "building in Kyiv. Eleven people have been injured so far.")
    (attack,) = extract(text).attacks
    assert (attack.drones_launched, attack.killed, attack.injured) == (500, 3, 33)


def test_a_record_told_as_what_a_strike_came_after_is_its_own_attack_from_after() -> None:
    text = ("Poltava strike\n\nOn the morning of 3 September, two Russian ballistic missiles struck the Poltava "
            "Military Institute. Officials said at least 51 people were killed.\n\n"
            "This attack came barely a week after Russia launched 127 missiles and 109 drones against the power grid "
            "on 26 August, killing seven people - the largest such attack of the war so far.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.killed or 0)
    assert [(a.missiles_launched, a.drones_launched, a.killed) for a in attacks] == [(127, 109, 7), (2, None, 51)]


def test_nights_named_only_as_the_night_to_a_weekday_are_an_attack_each() -> None:
    text = ("Two nights of strikes on the Kyiv ring\n\n"
            "In the night to Tuesday, Russia sent 48 attack drones over Ukraine, the air force said. Air defences shot "
            "down 30 of them. In Irpin, debris injured a woman.\n\n"
            "The night to Wednesday was heavier. Russia fired six ballistic missiles and 90 drones, and 71 of the "
            "drones were destroyed. In Fastiv, a strike killed a railway worker.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.drones_launched or 0)
    assert [(a.drones_launched, a.drones_downed, a.missiles_launched, a.killed, a.injured) for a in attacks] == [
        (48, 30, None, None, 1), (90, 71, 6, 1, None)]


def test_a_strike_the_lead_came_a_day_after_is_its_own_attack_with_its_toll() -> None:
    text = ("Strike on Lviv\n\nA Russian missile attack on Lviv killed seven people on Wednesday, officials said, a "
            "day after a strike on the central city of Poltava killed at least 55 people.\n\n"
            "Russia launched 13 missiles and 29 drones at Ukraine overnight, the air force said.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.killed or 0)
    assert [(a.killed, a.missiles_launched) for a in attacks] == [(7, 13), (55, None)]


def test_a_holiday_names_a_night_of_its_own_in_a_retrospective() -> None:
    text = ("A winter of strikes\n\nWhen winter began, Russia attacked the grid almost weekly.\n\n"
            "On 12 December, Russia fired 40 missiles at the power system, and 35 were shot down.\n\n"
            "Russia marked Christmas Day with 70 missiles and 100 drones. Air defences destroyed 55 of the missiles, "
            "and a man was killed in Kharkiv.\n\n"
            "The previous winter, the air force said, had seen a record set a year earlier with 120 drones.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.missiles_launched or 0)
    assert [(a.missiles_launched, a.missiles_downed, a.drones_launched, a.killed) for a in attacks] == [
        (40, 35, None, None), (70, 55, 100, 1)]


def test_a_weekday_night_a_sentence_opens_on_is_a_night_of_its_own() -> None:
    text = ("Diary from Zaporizhzhia\n\nZAPORIZHZHIA - On Monday night the drones came for the port district. "
            "By morning the governor said two people had been injured.\n\n"
            "On Tuesday night it was the turn of the centre. The city was attacked by 14 drones, the mayor said. "
            "One man was killed and five people were injured.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.drones_launched or 0)
    assert [(a.drones_launched, a.killed, a.injured) for a in attacks] == [(None, None, 2), (14, 1, 5)]


def test_a_digest_headed_overnight_then_during_the_day_tells_two_attacks() -> None:
    text = ("Kherson region: news of the past day\n\nDigest of the regional administration, 4 May, 08:00\n\n"
            "Overnight\n- Air defence destroyed 12 drones over the region.\n- Beryslav: a house was damaged, two "
            "people were injured.\n\n"
            "During the day on 3 May\n- A drone dropped explosives on a bus in Bilozerka.\n- A 61-year-old man was "
            "killed in the village.\n\nUseful numbers\n- Hotline: 0 800 409 109")
    attacks = sorted(extract(text).attacks, key=lambda a: a.drones_downed or 0)
    assert [(a.drones_downed, a.killed, a.injured) for a in attacks] == [(None, 1, None), (12, None, 2)]


def test_a_record_told_in_apposition_is_its_own_attack() -> None:
    text = ("Record night\n\nRussia launched 620 drones and 20 missiles at Ukraine overnight into Saturday, the air "
            "force said. The previous record, 540 drones in a single night, had been set only a month earlier.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.drones_launched or 0)
    assert [(a.drones_launched, a.missiles_launched) for a in attacks] == [(540, None), (620, 20)]


def test_the_following_night_of_ukraines_drones_is_an_attack_of_its_own() -> None:
    text = ("Drones over Penza and Tambov\n\nUkrainian drones attacked Russian regions two nights running, the "
            "Russian Defence Ministry said.\n\nOn the night to Monday, air defences destroyed 24 drones over the "
            "Penza and Tambov regions. The following night, the ministry reported 41 drones destroyed over the "
            "Saratov region, where the governor said debris injured three people at a refinery.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.drones_downed or 0)
    assert [(a.attacker, a.drones_downed, a.injured) for a in attacks] == [
        ("ukraine", 24, None), ("ukraine", 41, 3)]


def test_the_toll_given_a_day_earlier_is_the_same_attacks_superseded() -> None:
    text = ("A Russian missile strike on Kryvyi Rih killed 12 people, the governor said on Friday. The toll is 12 "
            "killed and 40 injured, he wrote. A day earlier officials had given the toll as 11 dead and 41 injured.")
    assert [(a.killed, a.injured) for a in extract(text).attacks] == [(12, 40)]


def test_then_came_a_date_and_a_new_record_is_a_night_of_its_own() -> None:
    text = ("Two nights\n\nThe figures of two recent nights make the case.\n\nStart with the night of 4 July. "
            "Russia launched 539 drones and 11 missiles at Ukraine, and air defences shot down 270 drones.\n\n"
            "Then came 9 July and a new record: 728 drones and 13 missiles. Air defence downed 718 drones and seven "
            "missiles. The attack killed two people in Lutsk.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.drones_launched or 0)
    assert [(a.drones_launched, a.missiles_launched, a.drones_downed, a.killed) for a in attacks] == [
        (539, 11, 270, None), (728, 13, 718, 2)]


def test_a_verdicts_episodes_each_of_its_date_are_attacks_of_their_own() -> None:
    text = ("Court jails officer over Kremenchuk strikes\n\nA court in Kremenchuk sentenced a Russian officer in "
            "absentia on Tuesday.\n\nAccording to the verdict, the first episode took place on 27 June 2022, when two "
            "Kh-22 missiles struck the city. Twenty-two people were killed.\n\nThe second episode concerns 2 April "
            "2023. Three missiles were fired at the city; one was shot down, and 11 people were injured.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.missiles_launched or 0)
    assert [(a.missiles_launched, a.missiles_downed, a.killed, a.injured) for a in attacks] == [
        (2, None, 22, None), (3, 1, None, 11)]


def test_sections_headed_by_a_place_and_a_night_are_an_attack_each() -> None:
    text = ("Two airfields, two nights\n\nUkrainian drones struck two Russian airfields this week.\n\n"
            "I. Lipetsk, night to Monday\n\nRussia's Defence Ministry said it had destroyed 28 Ukrainian drones over "
            "the Lipetsk region. The governor said two people were injured.\n\n"
            "II. Millerovo, night to Wednesday\n\nIn the Rostov region, the governor said air defences had repelled "
            "an attack on the Millerovo district, destroying 12 drones.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.drones_downed or 0)
    assert [(a.attacker, a.drones_downed, a.injured) for a in attacks] == [("ukraine", 12, None), ("ukraine", 28, 2)]


def test_background_naming_russia_keeps_ukraines_attack() -> None:
    # a sentence of background that names Russia but tells of no attack leaves the attack Ukraine's
    text = ("Ukrainian drones attacked a plant in the town of Kotovsk in Russia's Tambov region overnight, the "
            "governor said. Kotovsk is home to one of Russia's largest gunpowder plants, some 450 km from the "
            "Ukrainian border. Two employees were injured, he said.")
    (attack,) = extract(text).attacks
    assert attack.attacker == "ukraine" and attack.injured == 2


def test_one_weapon_that_struck_in_a_month_is_an_attack_of_its_own() -> None:
    # "In April, a drone struck ...": that day's attack, not April's tally
    text = ("Eight Ukrainian drones attacked Kazan on Saturday, the authorities said; one was shot down. The region "
            "has been targeted before. In April, a drone struck a dormitory in Yelabuga, injuring 12 people.")
    first, earlier = extract(text).attacks
    assert (first.drones_launched, first.injured) == (8, None)
    assert (earlier.injured, earlier.places) == (12, ("Yelabuga",))


def test_a_factbox_headed_by_date_and_place_tells_each_attack_apart() -> None:
    # "MARCH 13, 2024 - RYAZAN": each heading's date and place head an attack of its own
    text = ("FACTBOX-Ukrainian drone strikes on Russian refineries\n\nHere are some of the attacks:\n\n"
            "MARCH 13, 2024 - RYAZAN\n\nDrones attacked the Ryazan oil refinery. The governor said three people "
            "were injured.\n\nSEPT 1, 2024 - MOSCOW REGION\n\nRussia's defence ministry said it destroyed 158 "
            "Ukrainian drones overnight. No casualties were reported.")
    counts = {(a.injured, a.drones_downed) for a in extract(text).attacks}
    assert counts == {(3, None), (None, 158)}


def test_the_strike_a_record_reaches_back_to_is_an_attack_of_its_own() -> None:
    # "the deadliest ... since January 2023, when a missile ... killed 46": that earlier strike's toll
    text = ("Russian missiles struck Ternopil on Wednesday, killing 26 people. It was the deadliest Russian strike on "
            "a residential building since January 2023, when a missile hit an apartment block in Dnipro and killed "
            "46 people.")
    now, then = extract(text).attacks
    assert (now.killed, now.places, then.killed, then.places) == (26, ("Ternopil",), 46, ("Dnipro",))


def test_a_timelines_items_headed_by_date_and_place_are_an_attack_each() -> None:
    # "• Aug. 2 — Bilopillia. A guided bomb hit ...": each item its day's attack, with the place that heads it
    text = ("A month on the border\n\nBelow is a timeline of the main incidents in August.\n\n"
            "• Aug. 2 — Bilopillia. A guided aerial bomb hit the town centre. Two people were killed and nine "
            "injured.\n\n• Aug. 26 — Krasnopillia hromada. Russian drones dropped munitions on an aid point. Four "
            "people were injured.")
    got = {(a.killed, a.injured, a.places) for a in extract(text).attacks}
    assert got == {(2, 9, ("Bilopillia",)), (None, 4, ("Krasnopillia",))}


def test_the_ministrys_silence_names_no_attack_of_ukraines() -> None:
    # "Russia's defence ministry did not comment": no claim of Ukraine's drones, so the correction after it is Russia's
    text = ("Russia attacked Ukraine overnight with 75 drones, the air force said. Russia's defence ministry did not "
            "comment on the attack.\n\n(This story has been corrected to show that air defences shot down 61 "
            "drones, not 66.)")
    (attack,) = extract(text).attacks
    assert (attack.attacker, attack.drones_launched, attack.drones_downed) == ("russia", 75, 61)


def test_a_day_attack_after_the_nights_is_its_own() -> None:
    # "During the day the occupiers attacked ...": another attack than the night's
    text = ("Governor Lysak posted updates on Thursday.\n\nThe enemy attacked Synelnykove with two Iskander-M "
            "ballistic missiles. One person was killed and another 7 were injured.\n\nAlso during the night, air "
            "defence forces shot down 9 drones over the region.\n\nNikopol district. During the day the occupiers "
            "attacked Marhanets hromada with FPV drones and artillery. A 58-year-old man was injured.")
    night, day = extract(text).attacks
    assert (night.missiles_launched, night.killed, night.injured) == (2, 1, 7)
    assert (day.injured, day.places) == (1, ("Marhanets",))


def test_a_timeline_of_ukraines_strikes_takes_the_places_of_its_headings() -> None:
    # "• Aug. 24 — Ust-Luga, Leningrad region.": the place and region that head the item, for Ukraine's attack too
    text = ("August in bullets\n\nHere is a timeline of Ukraine's main refinery strikes in August.\n\n"
            "• Aug. 3 — Novoshakhtinsk, Rostov region. The acting governor said 10 Ukrainian drones had been shot "
            "down over the region.\n\n• Aug. 24 — Ust-Luga, Leningrad region. The governor said about 12 Ukrainian "
            "drones had been destroyed over the Kingisepp district.")
    got = {(a.attacker, a.drones_downed, a.places) for a in extract(text).attacks}
    assert got == {("ukraine", 10, ("Novoshakhtinsk", "Rostov")),
                   ("ukraine", 12, ("Kingisepp", "Ust-Luga", "Leningrad"))}  # (the district's town, drones downed over)


def test_a_record_told_from_that_nights_date_goes_on_to_the_end_of_its_paragraph() -> None:
    # "That night, September 7, ... the largest attack of the war": the sentences after it in its paragraph are its own
    text = ("Letter from Kyiv\n\nThe first Sunday began with the buzz of a Shahed above the roofs.\n\n"
            "That night, September 7, the Air Force counted 810 drones and 13 missiles - the largest attack of the "
            "war. It said 747 drones and four missiles had been shot down. In Kyiv two people were killed.\n\n"
            "Three weeks later it happened again. Russia launched 595 drones and 48 missiles, and 552 of the drones "
            "were shot down. Four people died in Kyiv.")
    got = {(a.drones_launched, a.drones_downed, a.missiles_downed, a.killed) for a in extract(text).attacks}
    assert got == {(810, 747, 4, 2), (595, 552, None, 4)}


def test_a_strike_later_on_the_reports_day_after_a_days_tally_is_its_own_attack() -> None:
    # "Later on Tuesday evening, two Iskander-M missiles struck ...": not one of the past day's strikes the tally counts
    text = ("Donetsk region: five killed in a day\n\nOn Tuesday, the governor said Russian attacks on the region over "
            "the past day had killed five civilians - two in Kurakhove, two in Selydove and one in Toretsk - and "
            "wounded nine. Later on Tuesday evening, two Iskander-M ballistic missiles struck Myrnohrad, injuring four "
            "people.")
    got = {(a.killed, a.injured, a.missiles_launched, a.places) for a in extract(text).attacks}
    assert got == {(5, 9, None, ("Donetsk", "Kurakhove", "Selydove", "Toretsk")), (None, 4, 2, ("Myrnohrad",))}


def test_a_later_windows_count_over_a_list_of_regions_adds_to_the_first_windows() -> None:
    # both windows' counts name regions (one after the MoD's "of aircraft type over the territories of"): they are
    # the night's two windows, not a whole and its share
    text = ("Russia's defence ministry said that from 20:00 to 23:00 Moscow time on Monday air defence systems "
            "destroyed 41 Ukrainian unmanned aerial vehicles of aircraft type over the territories of the Bryansk, "
            "Kaluga and Tula regions. In a second statement on Tuesday morning it said a further 34 UAVs had been "
            "destroyed overnight over the Smolensk, Oryol and Moscow regions.")
    assert [a.drones_downed for a in extract(text).attacks] == [75]


def test_a_list_items_strike_in_a_separate_attack_is_one_of_the_days_tally() -> None:
    # "two women were injured in a separate attack on the village centre", in a day's list by village: the tally's
    text = ("Russian shelling and drone strikes on the Kherson region over the past day killed two people and wounded "
            "five, the regional administration said.\n\nCasualties by settlement:\n\n"
            "- Bilozerka: a man was killed by a drone; two women were lightly injured in a separate attack on the "
            "village centre.\n- Beryslav: a man was killed and three people were wounded by shelling.")
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured) == (2, 5)


def test_what_a_statement_came_after_an_official_said_is_the_attack_told_now() -> None:
    # "It came after Kadyrov said that two drones had approached Grozny": the statement came after; the attack is the
    # one the report tells of, not an earlier one
    text = ("Akhmat say Saturday's game in Grozny will go ahead after drone attack\n\nFC Akhmat said on Thursday "
            "that their home match would be played as scheduled, hours after drones targeted the Chechen capital. "
            "The statement did not refer to the attack directly. It came after Chechen leader Ramzan Kadyrov said "
            "that two Ukrainian drones had struck Grozny early on Thursday. Four servicemen suffered light injuries.")
    assert [(a.attacker, a.injured) for a in extract(text).attacks] == [("ukraine", 4)]


def test_a_place_told_struck_again_on_another_day_opens_that_days_attack() -> None:
    # "And then Kaniv again on Thursday.": a podcast's turn to the next attack, with no attack word of its own
    text = ("DAN: The Air Force said Russia sent 40 Shaheds at Ukraine on Tuesday night. Thirty-two were shot down. "
            "Debris fell on a house in Zolotonosha, injuring three people.\n\nOKSANA: And then Kaniv again on "
            "Thursday.\n\nDAN: Yes. Two cruise missiles were flying towards Kaniv, and both were shot down.")
    got = {(a.drones_launched, a.missiles_launched, a.missiles_downed) for a in extract(text).attacks}
    assert got == {(40, None, None), (None, 2, 2)}


def test_an_explainers_example_night_is_an_attack_of_its_own() -> None:
    # "On a quieter night in March, ...": the second of an explainer's example nights
    text = ("What 'locationally lost' means\n\nOn the night of 6 to 7 September 2025, Russia launched 810 drones and "
            "13 missiles, according to the Air Force. Of the drones, 569 were shot down and 178 were locationally "
            "lost.\n\nOn a quieter night in March, the Air Force reported 46 drones. Twenty-nine were shot down and "
            "17 were locationally lost.")
    got = {(a.drones_launched, a.drones_downed, a.drones_suppressed) for a in extract(text).attacks}
    assert got == {(810, 569, 178), (46, 29, 17)}


def test_a_diarys_weekday_and_place_headings_each_head_an_attack() -> None:
    # "MONDAY - Seredyna-Buda": the day's strike, at the place its heading names
    text = ("Border diary: a week in Sumy region\n\nOur weekly column from the border strip.\n\n"
            "MONDAY - Seredyna-Buda\nAn FPV drone hit a car on the road out of town. The driver was killed.\n\n"
            "WEDNESDAY - Znob-Novhorodske\nA guided aerial bomb hit the centre of the village. Two people were "
            "injured.\n\nFRIDAY - Hlukhiv\nA Shahed drone hit an apartment building. One woman was killed and "
            "three people were injured.")
    got = {(a.killed, a.injured, a.places) for a in extract(text).attacks}
    assert got == {(1, None, ("Seredyna-Buda",)), (None, 2, ("Znob-Novhorodske",)), (1, 3, ("Hlukhiv",))}


@pytest.mark.parametrize(("text", "places"), [
    # "the Slavyansk attack" after Slavyansk-na-Kubani is that town's, not Sloviansk's in Ukraine
    ("Drones attacked the oil refinery in Slavyansk-na-Kubani overnight, the regional headquarters said. Russia's "
     "Defence Ministry said air defences had destroyed 57 Ukrainian drones overnight. Ukraine said it had faced 100 "
     "Shahed drones overnight; two people were injured in Nikopol. Ukraine's military has not commented on the "
     "Slavyansk attack.", ("Nikopol",)),
    # (but Sloviansk stays where the text names no such town)
    ("Russian missiles hit Sloviansk overnight, killing a worker. The Slavyansk attack was the third this week.",
     ("Sloviansk",)),
])
def test_a_short_name_of_a_longer_one_is_that_place(text: str, places: tuple[str, ...]) -> None:
    (attack,) = [a for a in extract(text).attacks if a.attacker == "russia"]
    assert attack.places == places


def test_a_place_and_a_dash_before_a_clause_in_lower_case_is_a_list_item_no_dateline() -> None:
    # "Petropavlivka - a guided bomb hit a street": the village's line in a list, not where the report was filed
    text = ("Russian forces attacked villages of Kupiansk district.\n\nPetropavlivka - a guided bomb hit a street; "
            "two residents were injured.\nKivsharivka - debris from a drone fell near a shop; one woman was "
            "injured.\n\nKUPIANSK - The head of the district said more attacks were expected.")
    (attack,) = extract(text).attacks
    assert set(attack.places) == {"Kupiansk", "Petropavlivka", "Kivsharivka"}


def test_the_drones_ukraine_says_it_faced_are_russias_attack_in_a_title_of_both() -> None:
    text = ("Oryol and Lipetsk governors report drone attacks on fuel sites; Ukraine says it faced 112 drones\n\n"
            "Russia's Defence Ministry said 47 Ukrainian drones had been destroyed overnight. Ukraine's Air Force "
            "said Russia had launched 112 drones and two Iskander-M missiles at Ukraine.")
    got = {(a.attacker, a.drones_launched, a.drones_downed) for a in extract(text).attacks}
    assert got == {("ukraine", None, 47), ("russia", 112, None)}


def test_a_sitreps_totals_line_is_the_total_its_key_points_told() -> None:
    # "Totals reported by the authorities: 3 killed, 3 injured" after the villages' lines tells the key points' count
    # again, for them all
    text = ("Flash Update No. 37 - Kupiansk district\n\nKEY POINTS\n- Early on 8 October, Russian forces attacked "
            "three villages of Kupiansk district with drones and guided aerial bombs.\n- Local authorities report 3 "
            "civilians killed and 3 injured.\n\nSITUATION OVERVIEW\nKurylivka - a drone hit a private house; a man "
            "and a woman were killed.\nPetropavlivka - a guided bomb hit a street; a man died of his wounds and two "
            "other residents were injured.\nKivsharivka - debris from a drone fell near a shop; one woman was "
            "injured.\n\nTotals reported by the authorities: 3 killed, 3 injured.")
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured) == (3, 3)


def test_a_factbox_of_records_under_headings_in_capitals_ending_in_dates_is_one_attack_a_heading() -> None:
    text = ("FACTBOX: The year's record nights\n\nThe nights that set the air war's records.\n\n"
            "BIGGEST ATTACK - 7 SEPTEMBER\n• Russia launched 810 drones and 13 missiles.\n"
            "• Three people were killed and 18 injured in Kyiv.\n\n"
            "DEADLIEST ATTACK ON THE CAPITAL - 31 JULY\n• Russia launched 309 drones and eight missiles at Kyiv.\n"
            "• The final toll: 31 dead and 159 injured.")
    got = sorted((a.drones_launched, a.killed, a.injured) for a in extract(text).attacks)
    assert got == [(309, 31, 159), (810, 3, 18)]


def test_a_date_in_brackets_before_an_earlier_strikes_date_leaves_that_strike_its_own() -> None:
    text = ("On the night of 8-9 July the town was attacked by six Shahed drones. Three residents were injured. A "
            "deputy reminded the council that at its previous session (minutes No. 46 of 14 May 2025) it had "
            "considered the 12 May strike on the town's railway depot, in which four people were injured.")
    got = sorted((a.injured, a.drones_launched or 0) for a in extract(text).attacks if a.attacker == "russia")
    assert got == [(3, 6), (4, 0)]


def test_minutes_dated_only_in_their_heading_take_the_date_of_their_first_dated_count() -> None:
    # the minutes' own date comes after a long heading line, so the attack's date is that of the night it is told on;
    # a strike on another date later in the minutes is its own attack
    text = ("PROTOCOL No. 12\nof the regular session of the Vasylkiv town council, ninth convocation\n"
            "Vasylkiv, 3 March 2025\n\nHEARD: the head of civil protection. On the night of 2-3 March the town was "
            "attacked by nine drones, seven of which were shot down. Two residents were injured.\n\nSPOKE: a "
            "deputy recalled that the 20 January strike on the grain elevator, in which one worker was injured, "
            "had still not been compensated.")
    got = sorted((a.injured, a.drones_launched or 0) for a in extract(text).attacks if a.attacker == "russia")
    assert got == [(1, 0), (2, 9)]


def test_ukraines_strike_told_days_later_keeps_its_day_and_the_ministrys_overnight_count_is_another() -> None:
    # "The attack took place on Saturday" in a report told on Monday is the day of the attack the lead told of; the
    # ministry's count of drones "overnight" is then the night before Monday's, another attack
    text = ("Toll of Ukrainian drone strike on bus in Kursk region rises to four\n\nKURSK, March 3. A man injured "
            "when a Ukrainian drone hit a bus near the town of Rylsk has died in hospital, Governor Alexander "
            "Khinshtein said on Monday.\n\nThe attack took place on Saturday evening on the road outside Rylsk. "
            "Three passengers died at the scene and three more were injured.\n\nMeanwhile, the Defence Ministry "
            "said air defences destroyed 40 Ukrainian drones over Russian regions overnight.")
    got = sorted((a.drones_downed or 0, a.injured or 0) for a in extract(text).attacks if a.attacker == "ukraine")
    assert got == [(0, 3), (40, 0)]


def test_a_separate_attack_on_a_place_the_title_named_is_still_separate() -> None:
    # the title names both attacks' places: the separate one's place is no place of the report's own attack
    text = ("Toll in Bryansk drone strike rises to two as Ryazan refinery is hit\n\nThe toll from Monday's Ukrainian "
            "drone strike on a factory in Bryansk has risen to two dead, the governor said on Tuesday.\n\nIn a "
            "separate attack overnight, drones struck the Ryazan refinery, the regional governor said. A fire broke "
            "out. Russia's Defence Ministry said it had destroyed 30 Ukrainian drones overnight.")
    got = sorted((a.killed or 0, a.drones_downed or 0) for a in extract(text).attacks if a.attacker == "ukraine")
    assert got == [(0, 30), (2, 0)]


def test_guided_bombs_the_evening_before_are_their_own_strike_and_the_river_no_place() -> None:
    # "The evening before" opens another strike, with the toll told right after it; "upriver on the Dnipro" is the
    # river, not the city; "One of the seven ... succumbed" is one of those counted, whatever the toll says
    text = ("On Friday morning, Russian drones attacked a bus near Bilozerka. Three passengers were killed on the spot "
            "and seven were taken to hospital. One of the seven, an elderly man, succumbed overnight in hospital."
            "\n\nThe evening before, Russian guided aerial bombs struck Tiahynka, upriver on the Dnipro. Two people "
            "were wounded there.")
    got = sorted((a.killed or 0, a.injured or 0, a.places) for a in extract(text).attacks)
    assert got == [(0, 2, ("Tiahynka",)), (4, 7, ("Bilozerka",))]
    told = text.replace("in hospital.", "in hospital, bringing the death toll to four.")
    assert sorted((a.killed or 0, a.injured or 0) for a in extract(told).attacks) == [(0, 2), (4, 7)]


def test_a_weekday_quoted_in_the_lead_is_no_day_the_report_is_told_on() -> None:
    # people "no longer say 'on Friday'": the nights told after it, each by its weekday, are two attacks
    text = ("Dispatch from Romny\n\nROMNY - Here people no longer say \"on Friday\"; they name the nights. "
            "This weekend gave the town two more.\n\nOn Friday night, Russian drones hit a street near the station. "
            "Two people were killed, officials said.\n\nOn Saturday night they came back. The Air Force said Russia "
            "launched 48 drones overnight, and one of them injured a man in Romny.")
    got = sorted((a.killed or 0, a.drones_launched or 0) for a in extract(text).attacks)
    assert got == [(0, 48), (2, 0)]


def test_the_report_days_strike_after_an_earlier_days_paragraph_is_its_own() -> None:
    # told on Monday: Saturday's strike, then a strike "on Monday morning" a paragraph on, each an attack of its own
    text = ("KYIV, Sept 16 (Reuters) - Officials said on Monday that Russian drones had attacked Kharkiv overnight.\n\n"
            "A worker wounded in Saturday's strike on the port of Odesa has died in hospital, making him the second "
            "person killed in that attack.\n\nThere was no immediate comment from Moscow.\n\n"
            "In Kherson, governor Oleksandr Prokudin said a Russian drone had dropped explosives at a bus stop on "
            "Monday morning, killing a man and wounding three other people.")
    got = {(a.killed, a.injured, a.places) for a in extract(text).attacks}
    assert got == {(2, None, ("Odesa",)), (1, 3, ("Kharkiv", "Kherson"))}


def test_a_strike_years_ago_on_the_same_day_is_an_attack_of_its_own() -> None:
    # an anniversary: "Three years ago, on 13 March 2022, ..." shares the report's day and month, not its attack
    text = ("13 March 2025\n\nLast night Russia sent 120 drones against Ukraine. In Radomyshl, a drone struck a "
            "warehouse, killing a guard.\n\nToday is also a bitter anniversary. Three years ago, on 13 March 2022, "
            "more than 30 cruise missiles were fired at the Yavoriv range. Thirty-five people were killed and 134 "
            "wounded.")
    got = {(a.drones_launched, a.missiles_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(120, None, 1, None), (None, 30, 35, 134)}


def test_the_ministrys_total_is_of_drones_downed_and_a_bearing_after_a_hromada_is_no_place_hit() -> None:
    text = ("Ukrainian drones targeted the Shchekino district of the Tula region overnight, while Russia launched 90 "
            "drones at Ukraine, officials said.\n\nRussia's Defense Ministry put the overnight total at 112 Ukrainian "
            "drones over 13 regions.\n\nIn Makariv hromada, west of Kyiv, drones hit a warehouse, injuring one man.")
    by_side = {a.attacker: a for a in extract(text).attacks}
    assert (by_side["ukraine"].drones_downed, by_side["ukraine"].drones_launched) == (112, None)
    assert by_side["russia"].places == ("Makariv",) and by_side["russia"].injured == 1


def test_a_reports_incidents_each_under_a_date_and_place_with_a_comma_are_attacks_of_their_own() -> None:
    # "- 3 May, Stepnohirsk. ...": a charity's incidents, each dated; a volunteer's years ("since 2021") no tally
    text = ("Relief Fund: report for May\n\nSecurity incidents\n"
            "- 3 May, Stepnohirsk. A Russian drone dropped explosives on our aid point. Two volunteers and a man "
            "who had queued for bread were injured.\n"
            "- 21 May, Orikhiv. A guided bomb hit the market. Four people were killed, among them Olha, "
            "the nurse who had worked with us since 2021, and nine were injured.")
    got = {(a.killed, a.injured, a.places) for a in extract(text).attacks}
    assert got == {(None, 3, ("Stepnohirsk",)), (4, 9, ("Orikhiv",))}


def test_a_court_report_tells_one_past_strike_on_the_town_not_the_courts_city() -> None:
    # the court's city is not hit; the title's toll is the dated strike's, fired "at the town" the title names
    text = ("Court jails Balakliia man for guiding missile strike that killed three\n\n"
            "A court in Kharkiv has sentenced a 39-year-old resident of Balakliia to life for treason on Tuesday. The "
            "district court of Kharkiv found that in April 2024 he sent the coordinates of a school to Russian "
            "intelligence.\n\n"
            "On 9 May 2024 Russia fired two Iskander-M missiles at the town. The strike killed three people and "
            "injured nine.")
    got = [(a.missiles_launched, a.killed, a.injured, a.places) for a in extract(text).attacks]
    assert got == [(2, 3, 9, ("Balakliia",))]


def test_strikes_of_other_weekdays_are_their_own_attacks() -> None:
    # a guided bomb on Tuesday after Sunday's rockets; a drone "on Monday night" told on Thursday; Saturday then Monday
    text = ("Rockets kill three in Siversk\n\nRussian rockets hit the town of Siversk on Sunday, killing three "
            "civilians and wounding six, the governor said. On Tuesday, a Russian guided aerial bomb struck near the "
            "town's water plant, injuring two employees.")
    got = {(a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(3, 6), (None, 2)}
    text = ("Bus route suspended\n\nFrom today, Thursday 10 October, our route to Barvinkove is suspended. At 15:20 "
            "today a guided bomb struck near the bus station in Barvinkove. Two people were killed and five were "
            "injured. On Monday night, a Russian Shahed drone hit a private house in the town and injured a "
            "72-year-old woman.")
    got = {(a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(2, 5), (None, 1)}
    text = ("Speech in parliament\n\nColleagues, the border villages need our help. On Saturday night a Shahed drone "
            "hit a house in Semenivka. Three members of one family were killed. On Monday an FPV drone attacked a car "
            "near Novhorod-Siverskyi. Two men were injured.")
    got = {(a.killed, a.injured, a.places) for a in extract(text).attacks}
    assert got == {(3, None, ("Semenivka",)), (None, 2, ("Novhorod-Siverskyi",))}


def test_a_days_tally_after_the_fpv_drone_hit_on_its_evening_is_the_same_attack() -> None:
    # told on Thursday: "The FPV drone hit" a stop on Wednesday evening, then the district's drones over Wednesday
    text = ("Drone hits bus stop in Shebekino\n\nTwo women were wounded when a Ukrainian drone struck a bus stop in "
            "Shebekino, the Belgorod governor said on Thursday.\n\nThe FPV drone hit the stop on Wednesday evening, "
            "he said.\n\nOver Wednesday, he said, the Shebekino district came under attack by 31 drones, 25 of which "
            "were shot down.")
    got = [(a.attacker, a.drones_launched, a.drones_downed, a.injured) for a in extract(text).attacks]
    assert got == [("ukraine", 31, 25, 2)]


def test_a_lead_that_turns_to_russias_attack_after_its_place() -> None:
    # "..., while across the river in Antonivka a Russian drone hit a minibus": Ukraine's attack, then Russia's
    text = ("Drones hit both banks of the Dnipro\n\nThe Moscow-installed head of occupied Oleshky said on Friday that "
            "a Ukrainian drone attack on the town's market had killed two people and injured four, while across the "
            "river in Antonivka a Russian drone hit a minibus, wounding five people, Ukrainian officials said.")
    got = {(a.attacker, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {("ukraine", 2, 4), ("russia", None, 5)}


def test_a_paragraph_opening_on_a_weekday_two_days_on_tells_of_another_attack() -> None:
    # "On Saturday night ... On Monday morning a Russian missile strike hit ...", in a notice that names no day of
    # its own, past its lead: two attacks; but "On Sunday morning" after "On Saturday night" is that night's morning
    head = ("Race update\n\nDear riders,\n\nThis is our fourth update. Please read it to the end. Stage 2 is moved."
            "\n\nOn Saturday night Russia attacked our region again. The Air Force said 46 Shahed drones "
            "were launched and 38 were shot down.\n\n")
    text = head + ("On Monday morning a Russian missile strike hit a farm near Karlivka. Two workers were killed and "
                   "five people were injured.")
    got = {(a.drones_launched, a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(46, 38, None, None), (None, None, 2, 5)}
    text = head + "On Sunday morning rescuers said a Russian drone had hit a farm near Karlivka, injuring two people."
    got = {(a.drones_launched, a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(46, 38, None, 2)}


def test_an_earlier_strike_of_the_day_on_a_place_not_yet_named_is_its_own_attack() -> None:
    # "Earlier on Tuesday, Russian FPV drones attacked ... Stanislav" a paragraph after the Darivka strike: two
    # attacks; "The driver, 54, died on the way to hospital" is one dead
    text = ("Minibus hit in Darivka\n\nA minibus came under Russian drone attack in the village of "
            "Darivka on Tuesday morning. The driver, 54, died on the way to hospital. Three passengers were injured."
            "\n\nEarlier on Tuesday, Russian FPV drones attacked the centre of Stanislav, wounding two women.")
    got = {(a.killed, a.injured, tuple(a.places)) for a in extract(text).attacks}
    assert got == {(1, 3, ("Darivka",)), (None, 2, ("Stanislav",))}


def test_the_toll_right_after_a_bomb_on_a_place_is_the_bombs_not_the_nights() -> None:
    # "At 14:20 on Thursday, a guided aerial bomb hit the centre of Krasnopillia. One man is on a ventilator ..., and
    # three more people were hurt" after the night's drones: the bomb's four hurt (the one on a ventilator and three
    # more), not the night's
    text = ("What happened\n\nOvernight into Thursday, Russia attacked Ukraine with 73 Shahed drones, the Air Force "
            "said; 52 of them were shot down. In Vorozhba, a woman died on the way to hospital and two men were "
            "injured.\n\nAt 14:20 on Thursday, a guided aerial bomb hit the centre of Krasnopillia. One man is on a "
            "ventilator at the regional hospital, and three more people were hurt, officials said.")
    got = {(a.drones_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(73, 1, 2), (None, None, 4)}


def test_a_night_into_the_day_before_the_reports_is_an_earlier_attack_of_ukraines() -> None:
    # a report told on Thursday of a second night: "overnight into Wednesday" is the night before the report's, so its
    # four downed drones and its hurt worker are an attack of their own, not the night's 40
    text = ("Bryansk region hit for a second night\n\nUkrainian drones attacked Russia's Bryansk region for a second "
            "night, Governor Alexander Bogomaz said on Thursday. Bogomaz said on Wednesday that air defences had "
            "destroyed four Ukrainian drones over the Navlya district overnight into Wednesday. A warehouse worker "
            "was cut by shrapnel, he said.\n\nOvernight into Thursday, the Defence Ministry said it destroyed 40 "
            "Ukrainian drones, 11 of them over the Bryansk region.")
    got = {(a.attacker, a.drones_downed, a.injured) for a in extract(text).attacks}
    assert got == {("ukraine", 4, 1), ("ukraine", 40, None)}


def test_the_night_before_an_afternoon_strike_is_its_own_attack_of_ukraines() -> None:
    # the lead's strike came on Friday afternoon; "Overnight, the ministry said ... 17 Ukrainian drones" is the night
    # before it, with its own hurt man
    text = ("Drone hits bus stop in Fatezh\n\nTwo people were killed in a Ukrainian drone strike on a bus stop in "
            "Fatezh in the Kursk region on Friday afternoon, the governor said.\n\nOvernight, Russia's Defence "
            "Ministry said, air defences destroyed 17 Ukrainian drones over the Kursk and Oryol regions. In Yakovlevo, "
            "a drone set a garage on fire and a man suffered burns, the Belgorod governor said.")
    got = {(a.attacker, a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {("ukraine", None, 2, None), ("ukraine", 17, None, 1)}


def test_a_night_two_days_before_the_report_is_its_own_and_the_reports_night_ends_it() -> None:
    # told on Monday: "On the night to Saturday" is an earlier night of its own, even with no "overnight" in the
    # lead, and "On the night to Monday" goes back to the report's night
    text = ("Drones hit two Russian regions\n\nUkrainian drones attacked two Russian regions on successive nights, "
            "governors said on Monday.\n\nOn the night to Saturday, Tula Governor Dmitry Milyaev said air defences "
            "destroyed seven drones over the Uzlovaya district. A woman was injured by debris, he said.\n\nOn the "
            "night to Monday, the Kaluga governor said drones had attacked Lyudinovo, causing a fire at a depot. The "
            "Defence Ministry said on Monday it had destroyed 38 Ukrainian drones overnight.")
    got = {(a.attacker, a.drones_downed, a.injured, "Lyudinovo" in a.places) for a in extract(text).attacks}
    assert got == {("ukraine", 7, 1, False), ("ukraine", 38, None, True)}


def test_a_strike_later_in_the_morning_than_the_nights_is_its_own() -> None:
    # "Later in the morning, at about 9:40, an FPV drone struck a minibus" (or "a drone had struck a minibus ... on
    # Friday afternoon") after the night's drones: the day's strike, with its own hurt, of Ukraine's (but "Later in
    # the morning the ministry reported ..." is the night's)
    text = ("Drones over Kotovsk\n\nAir defences shot down five Ukrainian drones over the Tambov region overnight, "
            "the governor said on Wednesday. In Kotovsk, debris damaged a warehouse and a guard was concussed.\n\n"
            "Later in the morning, at about 9:40, an FPV drone struck a lorry near Navlya in the Bryansk region. Two "
            "men were injured.")
    got = {(a.attacker, a.drones_downed, a.injured) for a in extract(text).attacks}
    assert got == {("ukraine", 5, 1), ("ukraine", None, 2)}
    text = ("Drones over Dankov\n\nThe ministry said 31 Ukrainian drones were destroyed overnight into Friday. In "
            "Dankov, debris injured a woman.\n\nIn the Belgorod region, the governor said a Ukrainian drone had "
            "struck a minibus near Yakovlevo on Friday afternoon, wounding four passengers.")
    got = {(a.attacker, a.drones_downed, a.injured) for a in extract(text).attacks}
    assert got == {("ukraine", 31, 1), ("ukraine", None, 4)}
    text = ("Drones over Kotovsk\n\nAir defences shot down five Ukrainian drones over the Tambov region overnight, "
            "the governor said on Wednesday.\n\nLater in the morning the ministry reported that air defences had "
            "destroyed three more drones over the region.")
    assert len(extract(text).attacks) == 1


def test_a_days_toll_hours_after_a_night_attack_keeps_apart_from_the_nights_counts() -> None:
    # the lead tells of Monday's toll "hours after a large overnight attack": the air force's counts of the night are
    # another attack's, and "Later on Monday" goes on with the lead's
    text = ("Drones kill two near Tiahynka\n\nRussian drones killed two civilians in villages of the Kherson region "
            "on Monday, hours after a large overnight attack on the south, officials said.\n\nThe air force said "
            "Russia had launched 95 drones overnight. Air defences shot down 71 of them.\n\nLater on Monday, "
            "Russian forces attacked villages near Tiahynka with FPV drones. A man was killed in Tiahynka, and two "
            "more people were injured in Novooleksandrivka.")
    got = {(a.drones_launched, a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(95, 71, None, None), (None, None, 2, 2)}


def test_a_strike_the_previous_evening_is_an_earlier_attack() -> None:
    # "Russian drones had hit a bus stop ... the previous evening, injuring two men" in a piece on the day's missile
    # strike: the two are the evening's hurt; "since the previous evening" is the night's own window
    text = ("Missile hits Dobropillia\n\nA Russian missile struck a school in Dobropillia on Wednesday morning, "
            "killing one person and injuring four, officials said.\n\nThe town comes under regular fire: police "
            "said Russian drones had hit a bus stop in Rodynske the previous evening, injuring two men.")
    got = {(a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(1, 4), (None, 2)}
    text = ("Drones over the south\n\nThe air force said it had shot down 37 of 43 drones launched since the "
            "previous evening. A drone hit a house in Berezivka, injuring two people.")
    assert [(a.drones_launched, a.injured) for a in extract(text).attacks] == [(43, 2)]


def test_a_strike_at_a_time_yesterday_after_the_nights_attack_is_its_own() -> None:
    # "At 13:40 yesterday, a Russian drone dropped explosives on a bus" in a bulletin on the night's attack: the day
    # before's strike, with its own hurt, for its paragraph
    text = ("Transport bulletin No. 12\n\n1. The night attack\n\nOvernight Russia launched 64 drones at the south, "
            "the air force said. In Berezivka, a drone hit the station and a worker was injured.\n\n2. Kherson\n\n"
            "At 13:40 yesterday, a Russian drone dropped explosives on a bus in Kherson. Two passengers were injured."
            "\n\n3. Ports\n\nThe ports are operating normally.")
    got = {(a.drones_launched, a.injured) for a in extract(text).attacks}
    assert got == {(64, 1), (None, 2)}


def test_a_titles_tolls_on_both_sides_of_the_border_go_each_to_its_side() -> None:
    # "one killed in Kursk region, three hurt in Sumy": the first toll is of Ukraine's attack, on Russian land, the
    # second of Russia's
    text = ("Russia and Ukraine trade drone attacks; one killed in Kursk region, three hurt in Sumy\n\nRussia "
            "launched 48 drones at Ukraine overnight, the air force said. Russia's Defence Ministry said it destroyed "
            "17 Ukrainian drones over the Kursk region.")
    got = {(a.attacker, a.drones_launched, a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {("russia", 48, None, None, 3), ("ukraine", None, 17, 1, None)}


def test_a_logs_dated_entries_with_their_hours_and_notes_are_their_nights() -> None:
    # "12 Oct, Busk, 04:20." heading a log's entry, the editor's note on the next line (blank lines part the
    # entries): the note's counts and places are that night's, "overnight" included
    text = ("Ringing station diary, October\n\n11 Oct, Zolochiv. 14 robins ringed.\n\n12 Oct, Busk, 04:20. "
            "Nets closed early: blasts to the east.\nNote: Russia launched 96 drones that night, 71 of them were "
            "shot down. In Busk a drone damaged a warehouse.\n\n15 Oct, Busk district, 01:35-03:10. Drones "
            "again.\nNote: Russia launched 140 drones overnight and 118 were downed; in Busk two people were "
            "hurt.")
    got = sorted((a.drones_launched, a.drones_downed, a.injured, a.places) for a in extract(text).attacks)
    assert got == [(96, 71, None, ("Busk",)), (140, 118, 2, ("Busk",))]


def test_ukraines_attacks_of_two_nights_told_by_their_dates_are_two() -> None:
    # "On the night of March 3-4 ... Then, on the night of March 7-8, it was the Tula region's turn": two of
    # Ukraine's attacks, though a line of background ("lies 600 km from the Ukrainian border") and a sentence with no
    # attack's word come between; "a man was taken to hospital with cuts" is one hurt
    text = ("Two nights of drones for Russia's regions\n\nOn the night of March 3-4, drones attacked an oil depot in "
            "the Oryol region. Governor Andrei Klychkov said 14 drones were destroyed over the region. The depot lies "
            "some 600 km from the Ukrainian border.\n\nThen, on the night of March 7-8, it was the Tula region's "
            "turn. Governor Dmitry Milyaev said air defence destroyed six drones, and debris fell on a house in "
            "Aleksin. A man was taken to hospital with cuts, he said.")
    got = sorted((a.attacker, a.drones_downed, a.injured) for a in extract(text).attacks)
    assert got == [("ukraine", 6, 1), ("ukraine", 14, None)]


@pytest.mark.parametrize("spared", [
    "Lviv city itself was not hit this time, although the alert lasted four hours.",
    "Lviv itself was spared.",
    "Lviv has not been targeted since March.",
    "In Lviv, where the library runs a club for children, the alert lasted four hours, but the city itself was not "
    "hit.",
    # (named before in the same sentence too)
    "Our supplier's warehouse in Lviv stays shut until the building is checked, although Lviv itself was not hit.",
    # a family's home, from where the explosions were heard
    "Our teacher Marko, whose parents live near Lviv, says the explosions could be heard from their garden.",
])
def test_a_place_the_text_says_was_spared_is_no_place_hit(spared: str) -> None:
    report = extract(f"Russian drones hit an energy facility near Mostyska and a warehouse outside Radekhiv "
                     f"overnight. One man was injured. {spared}")
    assert [a.places for a in report.attacks] == [("Mostyska", "Radekhiv")]


def test_a_trip_logs_numbered_nights_are_attacks_of_their_own() -> None:
    """A diary heads each day and night with its number ("Day 3, Wednesday.", "Night 4-5."): two nights, two attacks."""
    text = ("HIKING CLUB: TRIP LOG\n\nWritten up by Ivan\n\n"
            "Day 2, Tuesday. A long day along the river to Horodenka, 18 km.\n\n"
            "Night 2-3. An alert from 02:10 to 05:25. In the morning, the Air Force said Russia had launched 45 "
            "drones and six missiles overnight, and that 31 of the drones had been shot down. A missile hit a "
            "facility near Horodenka.\n\n"
            "Day 3, Wednesday. Rest day in Sniatyn.\n\n"
            "Night 4-5. Another alert. A drone fell on a street in Storozhynets, injuring a woman. The Air Force said "
            "Russia had launched 23 drones that night, of which 18 were shot down.\n\n"
            "Day 5, Friday. A ridge walk, 14 km.")
    got = [(a.places, a.figures()["drones_launched"], a.figures()["drones_downed"], a.figures()["injured"])
           for a in extract(text).attacks]
    assert got == [(("Horodenka",), 45, 31, None), (("Storozhynets",), 23, 18, 1)]


def test_a_titles_clause_of_an_earlier_attack_is_that_attacks() -> None:
    """"...; man wounded in Rylsk has died": the title's clause after the semicolon tells of the earlier attack the
    body tells apart, so neither its death nor its place is the night's."""
    text = ("Kursk governor says Ukrainian drone injured two in Oboyan; man wounded in Rylsk has died\n\n"
            "Ukrainian drones attacked Russia's Kursk region overnight, injuring two men in Oboyan, the governor said "
            "on Thursday. Air defences destroyed 27 drones over the region.\n\n"
            "The governor also said that a man who had been wounded in Sunday's drone attack on Rylsk had died in "
            "hospital. With his death, two people have been killed in that attack, he said.")
    got = [(a.places, a.figures()["killed"], a.figures()["injured"]) for a in extract(text).attacks]
    assert got == [(("Oboyan", "Kursk"), None, 2), (("Rylsk",), 2, None)]


def test_a_titles_clause_after_a_comma_of_the_days_other_strike_is_that_strikes() -> None:
    """"drone kills man in Yunakivka, guided bomb wounds five in Bilopillia": the evening's bomb, told apart in the
    body, has the title's second clause and its town."""
    text = ("Sumy region: drone kills man in Yunakivka, guided bomb wounds five in Bilopillia\n\n"
            "A Russian drone hit a car in the Yunakivka community on Saturday morning, killing a 47-year-old man and "
            "wounding his wife, the regional military administration said.\n\n"
            "In the evening, Russian aircraft dropped a guided aerial bomb on Bilopillia, wounding five people.\n\n"
            "The Yunakivka and Bilopillia communities, which lie within 10 km of the border, are among the most "
            "frequently attacked in the region.")
    got = [(a.places, a.figures()["killed"], a.figures()["injured"]) for a in extract(text).attacks]
    assert got == [(("Sumy", "Yunakivka"), 1, 1), (("Bilopillia",), None, 5)]


def test_drones_repelled_over_a_district_are_its_part_of_those_downed() -> None:
    text = ("Ukrainian drones attacked two districts of the Rostov region overnight, its governor said. Air defences "
            "repelled an attack by 25 drones over the Kamensk district, and debris damaged a depot. Russia's Defence "
            "Ministry said 44 Ukrainian drones had been destroyed over its regions overnight.")
    (attack,) = extract(text).attacks
    assert (attack.attacker, attack.drones_launched, attack.drones_downed) == ("ukraine", None, 44)


def test_a_trip_logs_dated_days_are_attacks_of_their_own() -> None:
    text = ("Our ride across Bukovyna\n\nDay 1, Chernivtsi to Storozhynets, 4 May. 70 km in the rain.\n\n"
            "Day 2, rest day in Vyzhnytsia, 5 May. The regional administration said three Shahed drones had been "
            "shot down over the region overnight; debris damaged a barn near Novoselytsia.\n\n"
            "Day 3, Vyzhnytsia to Kosiv, 6 May. Russia launched 90 drones at Ukraine overnight, the Air Force said, "
            "and 75 of them were shot down.")
    attacks = sorted(extract(text).attacks, key=lambda a: a.drones_downed or 0)
    assert [(a.drones_launched, a.drones_downed) for a in attacks] == [(None, 3), (90, 75)]


def test_a_titles_region_count_told_again_by_its_village_is_not_summed() -> None:
    text = ("Russian drone hurts two in Kharkiv region village; Moscow says 40 Ukrainian drones downed\n\n"
            "Russia launched 80 drones at Ukraine overnight, the Air Force said.\n\n"
            "In the village of Pisochyn, just west of Kharkiv, a drone hit a house. Two people were injured: a man "
            "and his mother.")
    russias = [a for a in extract(text).attacks if a.attacker == "russia"]
    assert [(a.drones_launched, a.injured) for a in russias] == [(80, 2)]


def test_a_titles_first_clause_of_another_attack_goes_to_it() -> None:
    text = ("Man killed by drone in Bilozerka; overnight attack wounds woman in Stanislav\n\n"
            "Russia launched 50 drones at Ukraine overnight, the Air Force said. In Stanislav, a drone hit a house "
            "before dawn, injuring a 60-year-old woman.\n\n"
            "Later on Sunday, a Russian FPV drone attacked a car near Bilozerka, killing its 52-year-old driver.")
    attacks = extract(text).attacks
    night = next(a for a in attacks if a.drones_launched == 50)
    assert (night.killed, night.injured, "Bilozerka" in night.places) == (None, 1, False)
    assert any(a.killed == 1 and "Bilozerka" in a.places for a in attacks)


def test_a_titles_other_clause_leaves_the_days_bombs_too() -> None:
    text = ("Guided bombs kill two in Kupiansk; drone wounds woman in Balakliia\n\n"
            "Russian aircraft dropped guided aerial bombs on Kupiansk on Monday morning, killing two people, the "
            "governor said.\n\nIn the evening, a Russian drone hit a shop in Balakliia. Its 39-year-old owner "
            "was taken to hospital with shrapnel wounds.")
    bombs = next(a for a in extract(text).attacks if a.killed == 2)
    assert "Balakliia" not in bombs.places


def test_the_other_sides_toll_in_a_title_goes_to_that_side() -> None:
    text = ("Drones close Moscow airports; three injured in Kolomna as Russia strikes Kharkiv\n\n"
            "Russia's Defence Ministry said 90 Ukrainian drones had been destroyed overnight. A drone hit a house in "
            "Kolomna, injuring three people, the Moscow region governor said.\n\n"
            "Ukraine's Air Force said Russia had attacked overnight with 70 drones; a strike on Kharkiv killed one "
            "man.")
    sides = {a.attacker: a for a in extract(text).attacks}
    assert (sides["ukraine"].injured, sides["russia"].injured, sides["russia"].killed) == (3, None, 1)


def test_a_place_where_russia_makes_drones_is_hit_by_ukraine() -> None:
    text = ("Ukrainian drones hit a refinery in Salavat on Thursday, the head of Bashkortostan said.\n\n"
            "In April 2024, drones hit a dormitory in Yelabuga in Tatarstan, where Russia assembles Shahed-type "
            "attack drones. That attack injured 13 people.")
    attacks = extract(text).attacks
    assert {a.attacker for a in attacks} == {"ukraine"}
    assert any(a.injured == 13 and "Yelabuga" in a.places for a in attacks)


def test_a_place_whose_turn_it_was_is_a_days_attack_and_a_place_hit() -> None:
    text = ("Letter from Znamianka\n\nOn Monday night, the Air Force said, Russia sent some forty drones across "
            "the country, and one of them hit our depot. Two workers were injured.\n\n"
            "On Thursday it was the turn of Oleksandriia. A ballistic missile struck an enterprise at noon. One man "
            "was killed.")
    attacks = extract(text).attacks
    assert sorted(((a.drones_launched, a.missiles_launched, a.killed, a.injured) for a in attacks), key=str) == \
        [(40, None, None, 2), (None, 1, 1, None)]
    assert next(a for a in attacks if a.killed).places == ("Oleksandriia",)


def test_the_river_siverskyi_donets_is_no_place() -> None:
    (attack,) = extract("A Russian drone hit a car in Sviatohirsk, on the Siverskyi Donets, injuring its 30-year-old "
                        "driver.").attacks
    assert attack.places == ("Sviatohirsk",)


def test_a_later_toll_of_a_place_only_the_days_bomb_hit_is_the_bombs() -> None:
    """A chat's update on the village a guided bomb hit at noon tells of the bomb, not of the night before it; a line
    that names the village in passing tells of no attack."""
    text = ("Our chat, Sunday\n\n[07:10] Overnight, Russia launched 40 drones at the Kharkiv region; 31 were shot "
            "down.\n\n[07:15] In Zolochiv, a drone damaged a shop.\n\n[12:40] A guided bomb struck Slatyne at noon. "
            "Two people were killed and three injured.\n\n[15:10] My aunt lives in Slatyne and she is fine.\n\n"
            "[19:05] Update on Slatyne from the governor: now five injured, two killed.")
    night, bombs = extract(text).attacks
    assert (night.drones_launched, night.killed, night.injured) == (40, None, None)
    assert (bombs.killed, bombs.injured, bombs.places) == (2, 5, ("Slatyne",))


def test_a_titles_toll_is_told_of_the_places_of_its_own_clause() -> None:
    """ "... kills one in Mykolaiv region; Moscow says it downed 30 Ukrainian drones": the toll's place is the region,
    not Moscow, so the lead's one dead in Nova Odesa is the same one."""
    text = ("Russian drone attack kills one in Mykolaiv region; Moscow says it downed 30 Ukrainian drones\n\n"
            "KYIV, March 3 (Reuters) - Russia struck the Mykolaiv region with drones overnight, killing a pensioner in "
            "Nova Odesa and injuring two people in Ochakiv, Ukrainian officials said on Friday.\n\nMykolaiv Governor "
            "Vitaliy Kim said a 68-year-old man died before medics arrived after a drone hit his house on the edge of "
            "Nova Odesa.\n\nIn Ochakiv, a drone damaged two houses. A man was cut by glass and his wife was treated at "
            "the scene.\n\nRussia said its air defences downed 30 Ukrainian drones overnight over the Bryansk region.")
    by_side = {a.attacker: a for a in extract(text).attacks}
    assert (by_side["russia"].killed, by_side["russia"].injured) == (1, 2)
    assert by_side["ukraine"].drones_downed == 30


def test_a_day_told_as_how_long_an_outage_lasted_is_no_attacks_day() -> None:
    """ "left without power for most of Saturday" after Friday night's attack: the town is the night's place hit."""
    text = ("Many of you asked how we got through Friday night. Russia sent sixty drones against the Lviv region, "
            "officials said. In Stryi, a gas facility was hit. A substation was also struck in Zhovkva, and about "
            "9,000 households there were left without power for most of Saturday.")
    (attack,) = extract(text).attacks
    assert attack.drones_launched == 60 and "Zhovkva" in attack.places


def test_a_strike_this_afternoon_after_a_nights_attack_told_below_the_lead_is_the_days() -> None:
    """An SMS log's "Russia fired two ballistic missiles at Kiliia this afternoon", after the night's drones: two
    attacks, each with its own toll."""
    text = ("Bike rental SMS log, 6 June\n\n07:05 Good morning. After last night's attack, our stations at "
            "the port are closed today.\n\n07:40 Update: Russia launched 30 drones at the south overnight, 22 "
            "were shot down. A warehouse in Reni was hit.\n\n12:00 Reminder: weekly pass 500 UAH.\n\n18:20 The "
            "regional administration says Russia fired two ballistic missiles at Kiliia this afternoon. One "
            "person was killed and three injured.")
    by_weapon = {a.missiles_launched is not None: a for a in extract(text).attacks}
    assert (by_weapon[False].drones_launched, by_weapon[False].places) == (30, ("Reni",))
    assert (by_weapon[True].missiles_launched, by_weapon[True].killed, by_weapon[True].injured) == (2, 1, 3)
    assert by_weapon[True].places == ("Kiliia",)


def test_a_trip_logs_day_heading_names_the_place_of_a_strike_its_lines_leave_unnamed() -> None:
    """ "Day 2 (Tuesday) - Horodnia." over "a drone had hit a house on the edge of town": the strike was in Horodnia."""
    text = ("A week on foot in the north\n\nWe set out from Chernihiv on Monday with a borrowed map.\n\nDay 1 "
            "(Monday) - Chernihiv to Sedniv.\n\n18 km along the river. We slept in a guesthouse.\n\nDay 2 "
            "(Tuesday) - Horodnia.\n\nThe night was bad. At breakfast the owner read the governor's post: a "
            "drone had hit a house on the edge of town overnight, and two people were injured.\n\nDay 3 "
            "(Wednesday) - Ripky.\n\nA quiet day; we counted storks.")
    (attack,) = extract(text).attacks
    assert (attack.injured, attack.places) == (2, ("Horodnia",))


def test_a_titles_vague_round_count_yields_to_the_bodys_exact_one() -> None:
    """ "nudging 200 drones" in the title, 188 in the body: the body's exact count."""
    text = ("Russia sends nudging 200 drones overnight\n\nRussia launched 188 drones at Ukraine overnight, the Air "
            "Force said. Air defences shot down 150.")
    (attack,) = extract(text).attacks
    assert (attack.drones_launched, attack.drones_downed) == (188, 150)


def test_ukraines_attack_on_another_night_to_a_day_is_an_attack_of_its_own() -> None:
    """ "On the night to Tuesday ... On the night to Friday ...": two of Ukraine's attacks, each with its toll."""
    text = ("Two nights of drone attacks on Kursk region\n\nUkrainian drones attacked Russia's Kursk region twice this "
            "week, the governor said.\n\nOn the night to Tuesday, air defences shot down 31 drones over the Kursk "
            "region. In Rylsk, a man was injured.\n\nOn the night to Friday, 12 drones were shot down over Kurchatov, "
            "and two people were injured.")
    first, second = extract(text).attacks
    assert (first.drones_downed, first.injured, second.drones_downed, second.injured) == (31, 1, 12, 2)
    assert second.places == ("Kurchatov",)


def test_a_titles_claim_told_again_in_the_body_is_one_attack() -> None:
    report = extract("Russia strikes Khmelnytskyi region; Moscow says it downed 43 Ukrainian drones\n\nKYIV - Russia "
                     "launched 112 drones at Ukraine overnight, injuring one person in Starokostiantyniv.\n\n"
                     "Separately, Russia's Defence Ministry said its air defence units had intercepted 43 "
                     "Ukrainian drones overnight: 19 over the Bryansk region and 24 over the Kursk region.")
    ukraine = [a for a in report.attacks if a.attacker == "ukraine"]
    assert [(a.drones_downed, a.places) for a in ukraine] == [(43, ("Bryansk", "Kursk"))]


def test_nights_told_by_their_days_of_the_week_are_attacks_of_their_own() -> None:
    report = extract("Rostov governor reports two raids\n\nOn the night of Tuesday to Wednesday, thirty-some drones "
                     "were destroyed over Kamensk-Shakhtinsky, the governor wrote. There were no casualties.\n\n"
                     "Then, on the night of Thursday to Friday, a score or so drones were shot down over Millerovo, "
                     "where debris injured a woman.")
    assert sorted((a.drones_downed, a.injured) for a in report.attacks) == [(20, 1), (30, None)]


def test_a_record_recalled_by_its_date_is_an_attack_of_its_own() -> None:
    # for either side's: "the largest attack ... since March 11, when ..."
    report = extract("Moscow region hit by drones overnight\n\nMOSCOW, May 21 - The Russian Defence Ministry said 74 "
                     "Ukrainian drones had been shot down overnight. In Kolomna, one person was injured.\n\nIt was the "
                     "largest attack on the Moscow region since March 11, when Russia said it had downed 337 "
                     "Ukrainian drones in an attack that killed three people.")
    assert {(a.drones_downed, a.killed, a.injured) for a in report.attacks} == {(74, None, 1), (337, 3, None)}
    report = extract("Russia strikes Kyiv\n\nKYIV, May 21 - Russia launched 90 drones at Kyiv overnight, injuring "
                     "four people.\n\nIt was the largest attack on the capital since April 24, when Russian missiles "
                     "killed 12 people in the city.")
    assert {(a.drones_launched, a.killed, a.injured) for a in report.attacks} == {(90, None, 4), (None, 12, None)}


def test_numbered_headings_of_weekday_nights_part_a_weeks_attacks() -> None:
    report = extract("THE WEEK IN STRIKES\n\nThree nights, three targets.\n\n1. MONDAY NIGHT: KSTOVO\nThe governor "
                     "said 11 drones had been shot down over the Kstovo district; one person was injured.\n\n"
                     "2. WEDNESDAY NIGHT: YELABUGA\nThe Tatarstan government said two drones had been destroyed on the "
                     "approach to Yelabuga, where the Alabuga special economic zone assembles Geran-2 drones, "
                     "Russia's version of the Shahed-136.")
    assert {(a.attacker, a.drones_downed, a.injured) for a in report.attacks} == {("ukraine", 11, 1),
                                                                                  ("ukraine", 2, None)}


def test_ukraines_strike_the_day_after_the_leads_is_an_attack_of_its_own() -> None:
    report = extract("Woman killed in Stroitel\n\nBELGOROD - A woman was killed when a Ukrainian drone struck a shop "
                     "in Stroitel on Saturday evening, the Belgorod region's governor Vyacheslav Gladkov said.\n\n"
                     "On Sunday morning, an FPV "
                     "drone attacked a car near Graivoron, the governor said. The driver and his passenger were "
                     "injured.")
    assert {(a.attacker, a.killed, a.injured) for a in report.attacks} == {("ukraine", 1, None), ("ukraine", None, 2)}


def test_a_titles_turn_to_ukraines_attack_is_at_its_last_clause_of_it() -> None:
    # "as Russia launches 126 drones" goes on with Russia's attack; Ukraine's starts at the semicolon, where its
    # claim takes no verb of the clause before
    report = extract("Two injured in Berdychiv as Russia launches 126 drones; Moscow claims 28 Ukrainian drones\n\n"
                     "KYIV - Russia attacked with 126 drones overnight, injuring two people in Berdychiv. The Russian "
                     "Defence Ministry said its air defences had destroyed 28 Ukrainian drones overnight.")
    assert {(a.attacker, a.drones_launched, a.drones_downed, a.injured) for a in report.attacks} == {
        ("russia", 126, None, 2), ("ukraine", None, 28, None)}


def test_a_paragraph_on_the_night_before_a_lead_of_the_days_strike_is_another_attack() -> None:
    # the lead tells of the afternoon's guided bomb; "Earlier, overnight," opens the night's drone strike with its own
    # toll and place
    text = ("Two killed in Bilytske\n\nA Russian guided bomb hit Bilytske on Thursday afternoon, killing two people "
            "and injuring five, the governor said.\n\nThe bomb hit a street by the market at about 14:20.\n\n"
            "Earlier, overnight, Russian drones attacked Rodynske. A drone hit a house, injuring a 58-year-old woman, "
            "the administration said.")
    got = {(a.killed, a.injured, a.places) for a in extract(text).attacks}
    assert got == {(None, 1, ("Rodynske",)), (2, 5, ("Bilytske",))}


def test_the_evening_an_air_force_count_starts_from_is_the_nights() -> None:
    # "from 19:00 on Wednesday" in a report of Thursday morning: the start of the night's count, not another day's
    text = ("Air force: 88 drones and four missiles overnight\n\nRussia attacked Ukraine overnight with some 90 drones "
            "and several missiles, the air force said on Thursday morning.\n\nIn its detailed summary, the air force "
            "said that from 19:00 on Wednesday the enemy had used 88 drones and four missiles. Of the drones, 61 were "
            "downed.")
    got = [(a.drones_launched, a.missiles_launched, a.drones_downed) for a in extract(text).attacks]
    assert got == [(88, 4, 61)]


def test_rubble_of_an_earlier_strike_is_no_earlier_attack() -> None:
    # a worker "clearing rubble from an earlier strike" is one of those the strike told of hurt
    text = ("Guided bombs on Beryslav\n\nRussian aircraft dropped guided bombs on Beryslav shortly after noon, the "
            "regional head said. Two men were killed and four people wounded, including a municipal worker who was "
            "clearing rubble from an earlier strike.")
    got = [(a.killed, a.injured, a.places) for a in extract(text).attacks]
    assert got == [(2, 4, ("Beryslav",))]


@pytest.mark.parametrize("text", [
    "Territorial defence units held an air-defence exercise near Lutsk on Saturday. Mobile fire groups shot down 18 "
    "of the 20 training drones launched during the drill.",
    "During the exercise, crews launched 20 target drones; 18 were shot down by the mobile fire groups.",
])
def test_a_drills_drones_are_no_attack(text: str) -> None:
    assert not extract(text).attacks


def test_a_live_page_told_oldest_first_keeps_the_risen_toll() -> None:
    text = ("Live: Russian strike on Smila\n\n"
            "08:10 – Russian missiles hit Smila overnight. Three people were killed and 14 injured, the governor said."
            "\n\n10:45 – The number of injured has risen to 22. Rescuers are still working at the site.\n\n"
            "12:30 – Another body was found under the rubble. Four people are now known to have died.\n\n"
            "14:20 – Seven people were killed and 31 injured, the regional administration said in its latest update.")
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured) == (7, 31)
    # each city's toll in its own entry is no update of another's
    text = ("Live: missiles across Ukraine\n\n08:10 – In Odesa, two people were killed.\n\n"
            "09:30 – In Dnipro, three people were killed.\n\n11:00 – In Poltava, one person was killed.")
    (attack,) = extract(text).attacks
    assert attack.killed == 6


def test_the_morning_after_a_strike_tells_its_toll_and_our_saturday_is_no_attacks_day() -> None:
    text = ("Florist's newsletter: a hard week\n\nOn the night to Monday, Russia launched 147 attack drones at "
            "Ukraine; 83 were shot down. In the Vinnytsia "
            "region a drone hit the railway junction in Koziatyn, where our Saturday delivery driver lives. Two "
            "railway workers were injured.\n\nThen on Tuesday afternoon a ballistic missile struck a warehouse in "
            "Zhmerynka. Rescuers worked through the night: on Wednesday morning the body of a 58-year-old watchman was "
            "recovered from beneath the debris, and three other people were injured.")
    night, strike = extract(text).attacks
    assert (night.drones_launched, night.injured, night.killed) == (147, 2, None)
    assert (strike.missiles_launched, strike.killed, strike.injured) == (1, 1, 3)


def test_a_weekday_night_told_with_its_counts_after_last_nights_is_another_attack() -> None:
    text = ("A wedding planner's note\n\nDear both,\n\nLast night: the Samara governor says Ukrainian drones attacked "
            "the refinery in Syzran again. Russia's defence ministry said 58 drones were shot down over several "
            "regions. One worker was injured.\n\nThis is the second time in a week. On Saturday night the ministry "
            "reported 41 Ukrainian drones destroyed, with the Syzran refinery named as the target, and two workers "
            "were injured then.")
    last, saturday = extract(text).attacks
    assert (last.drones_downed, last.injured) == (58, 1)
    assert (saturday.drones_downed, saturday.injured) == (41, 2)


def test_the_night_told_after_yesterdays_strike_by_day_is_another_attack() -> None:
    text = ("#announcements | space status and yesterday's strikes\n\nMorning, team. The space is open today.\n\n"
            "1) Yesterday at around 13:10 a Russian ballistic missile hit an industrial site in Zhovti Vody. The "
            "regional head said two people were killed and seven injured; his first post had said five injured.\n\n"
            "2) Overnight it was our region's turn, with drones. The air force says Russia sent 84 drones at Ukraine; "
            "61 were shot down. In Svitlovodsk a drone damaged a substation.")
    day, night = extract(text).attacks
    assert (day.missiles_launched, day.killed, day.injured, day.drones_launched) == (1, 2, 7, None)
    assert (night.drones_launched, night.drones_downed, night.killed) == (84, 61, None)


def test_a_body_recovered_the_morning_after_the_night_is_its_toll() -> None:
    text = ("Our pharmacies after two nights of attacks\n\nNotice to customers, Sunday 25 May\n\n"
            "Friday night: Russia launched 298 drones and 9 ballistic missiles. In Hlukhiv a drone hit a block of "
            "flats. A man was killed, and the body of his neighbour was recovered from beneath the debris on Saturday "
            "morning, so two people died in all. Seven people were injured.\n\nSaturday night: Russia launched 82 "
            "drones and 2 missiles; 58 drones were shot down. In Hlukhiv a drone damaged the bus station.")
    friday, saturday = extract(text).attacks
    assert (friday.drones_launched, friday.killed, friday.injured) == (298, 2, 7)
    assert (saturday.drones_launched, saturday.killed, saturday.injured) == (82, None, None)


def test_the_night_this_follows_is_another_attack_and_armyansk_is_a_place() -> None:
    text = ("Ferry notice\n\nDear passengers, sailings were suspended overnight.\n\nRussia's defence ministry said "
            "air defences destroyed 46 Ukrainian drones overnight over Crimea. Debris fell in Armyansk; one woman was "
            "injured.\n\nThis follows the night to Saturday, when the ministry reported 21 drones destroyed over "
            "Crimea; nobody was hurt.")
    last, before = extract(text).attacks
    assert (last.drones_downed, last.injured) == (46, 1)
    assert "Armiansk" in last.places
    assert before.drones_downed == 21


def test_ukraines_weekday_nights_told_in_turn_are_attacks_of_their_own() -> None:
    text = ("Tennis club weekly, 15 November\n\nThe week in the sky\n\nMonday night Russia hit Kharkiv with drones. "
            "The air force says 52 Shaheds were launched at Ukraine. Mayor Ihor Terekhov first wrote of four injured, "
            "later of nine.\n\nTuesday night: Ukrainian drones hit an oil pumping station near Kotovo, in the "
            "Volgograd region. Russia's defence ministry claimed 64 Ukrainian drones destroyed overnight.\n\n"
            "Thursday night: the target was a fuel depot in Kamyshin, also in the Volgograd region. Russia's defence "
            "ministry said 29 drones were downed over the Volgograd region, and the governor said two people were "
            "injured by debris.")
    attacks = extract(text).attacks
    (russia,) = [a for a in attacks if a.attacker == "russia"]
    assert (russia.drones_launched, russia.injured) == (52, 9)
    ukraines = {a.drones_downed: a.injured for a in attacks if a.attacker == "ukraine"}
    assert ukraines == {64: None, 29: 2}  # Tuesday's and Thursday's


def test_a_strike_at_an_afternoon_clock_time_after_the_nights_drones_is_its_own() -> None:
    # "Then at 14:10 came the second blow: two ballistic missiles struck" after the night's drones, told below the
    # lead: the day's strike, with the toll told after it
    text = ("Your flat and today\n\nDear Ms Kovalchuk,\n\nThank you for the photos you sent this morning. "
            "Let me set out what happened.\n\nOvernight, the air force says, Russia sent 128 attack drones at the "
            "country; 112 were shot down. Here in Bila Tserkva debris fell on the car park behind your block. Nobody "
            "was hurt during the night.\n\nThen at 14:10 came the second blow: two ballistic missiles struck the "
            "industrial zone on the edge of town. Seven people were injured and one man was killed.")
    got = sorted((a.drones_launched or 0, a.missiles_launched, a.killed, a.injured) for a in extract(text).attacks)
    assert got == [(0, 2, 1, 7), (128, None, None, None)]


def test_a_strike_recalled_on_an_afternoons_date_is_its_own_beside_a_night_told_from_to() -> None:
    # a claim note dated by "the night of 8 to 9 October" recalls "the afternoon of 5 October" with its own toll: two
    # attacks; "Reni, which was not affected" is no place hit
    text = ("Claim note - file CL-2024-08817.\n\n1. Loss event. On the night of 8 to 9 October Russia attacked the "
            "Izmail district with drones. According to the air force, 49 Shahed-type drones were launched at the "
            "south, and 40 were destroyed. Two terminal workers were injured.\n\n2. Related event. The insured also "
            "runs a warehouse in Bilhorod-Dnistrovskyi that was hit by two ballistic missiles on the afternoon of 5 "
            "October. The death toll climbed overnight to five, and nine people were injured.\n\n3. Salvage: a buyer "
            "in Reni, which was not affected, has offered 3,200 hryvnias a tonne.")
    got = sorted((a.drones_launched or 0, a.missiles_launched, a.killed, a.injured, a.places)
                 for a in extract(text).attacks)
    assert got == [(0, 2, 5, 9, ("Bilhorod-Dnistrovskyi",)), (49, None, None, 2, ("Izmail",))]


def test_a_toll_risen_told_of_the_attack_dated_after_the_lead_is_that_attacks() -> None:
    # "Russian forces struck the store ... on the afternoon of May 25" after a lead on the toll "risen to 18" told on
    # May 27: the lead's attack, dated, with the toll told after it
    text = ("Death toll from strike on Kharkiv hypermarket rises to 18\n\nThe death toll of the Russian attack on the "
            "hypermarket in Kharkiv has risen to 18, the governor reported on May 27.\n\nRussian forces struck the "
            "store in the city's Novobavarskyi district with two guided aerial bombs on the afternoon of May 25. "
            "According to the governor, 48 people were injured in the attack.")
    got = [(a.killed, a.injured) for a in extract(text).attacks]
    assert got == [(18, 48)]


def test_a_morning_posts_toll_since_updated_is_superseded_and_where_the_hurt_were_flown_no_place() -> None:
    # "(The morning post mentioned two injured in Nikopol; it was updated in the evening.)" after Nikopol's three: not
    # added; "airlifted to Kyiv for treatment" names no place hit
    text = ("Canteen note to parents\n\nDear parents,\n\nClasses remain online this week. After yesterday, some "
            "changes.\n\nYesterday Russian forces again shelled Nikopol and Marhanets, in the Dnipropetrovsk region, "
            "from across the reservoir with artillery and FPV drones; the regional governor counted 23 attacks on the "
            "district over the day. In Nikopol three people were injured; one of them, a 15-year-old boy with burns, "
            "was airlifted to Kyiv for treatment. (The morning post mentioned two injured in Nikopol; it was updated "
            "in the evening.) In Marhanets one man was killed and two people were injured.")
    got = [(a.killed, a.injured, a.places) for a in extract(text).attacks]
    assert got == [(1, 5, ("Nikopol", "Marhanets", "Dnipropetrovsk"))]


def test_ukraines_strike_told_with_no_figure_beside_russias_night_keeps_its_places() -> None:
    # "Ukrainian drones hit the Borisoglebsk air base in Russia's Voronezh region", no count and no time, after
    # Russia's night: an attack of Ukraine's known by its places
    text = ("Russia launched 50 drones at Ukraine overnight; 40 were shot down. In Sarny a drone hit a depot. Our "
            "General Staff says Ukrainian drones hit the Borisoglebsk air base in Russia's Voronezh region, where "
            "Su-34 bombers are stationed.")
    got = [(a.attacker, a.drones_launched, a.places) for a in extract(text).attacks]
    assert got == [("russia", 50, ("Sarny",)), ("ukraine", None, ("Borisoglebsk", "Voronezh"))]


def test_an_earlier_night_told_after_when_goes_on_in_its_paragraph_and_blows_fall_on_places() -> None:
    # "This comes only six days after the night of 3 January, when Russia struck the city with 8 missiles and 12
    # drones. Air defence shot down six of the eight missiles, but 5 people were killed": that night's, to the end of
    # its paragraph; "the blows fell on Brovary and Boryspil" names the places hit
    # (a weekday named in the letter, "on Friday from 9:00", leaves the night's date unread as the report's)
    text = ("Blood centre appeal\n\nDear donors,\n\nPlease come today, or to the mobile point at the district "
            "hospital on Friday from 9:00.\n\nLast night Russian drones struck the Kyiv region; the blows fell "
            "on Brovary and Boryspil. In Brovary a man was killed.\n\nThis comes only six days after the night of 3 "
            "January, when Russia struck Zaporizhzhia with 8 missiles and 12 drones. Air defence shot down six of the "
            "eight missiles, but 5 people were killed and 29 were injured.")
    got = sorted((a.missiles_launched or 0, a.missiles_downed, a.killed, a.injured, a.places)
                 for a in extract(text).attacks)
    assert got == [(0, None, 1, None, ("Kyiv", "Brovary", "Boryspil")), (8, 6, 5, 29, ("Zaporizhzhia",))]


def test_initial_reports_toll_gives_way_to_the_one_confirmed_later() -> None:
    # "Initial reports spoke of one person killed. The prosecutor's office later confirmed that a married couple ...
    # died": two dead, not three (the nine injured include one "treated and discharged")
    text = ("Dean's office notice: classes on 14-15 May\n\n1. Yesterday afternoon, at about 14:20, a Russian "
            "Iskander-M ballistic missile struck a residential street in Merefa, in the Kharkiv region. Initial "
            "reports spoke of one person killed. The regional prosecutor's office later confirmed that a married "
            "couple in their seventies died in their house and that nine people were injured, among them a laboratory "
            "assistant, who has been treated and discharged.\n\n2. During the following night Russia launched 130 "
            "drones at Ukraine. In the Kharkiv region the night attack hit Izium, where two people were injured.")
    got = sorted((a.drones_launched or 0, a.killed, a.injured) for a in extract(text).attacks)
    assert got == [(0, 2, 9), (130, None, 2)]


def test_an_update_now_counts_and_the_occupation_authorities_tell_of_ukraines_attack() -> None:
    # "Update: now 11 injured" replaces the 9 told before; "The occupation authorities say Melitopol was attacked by
    # drones" after Russia's night tells of Ukraine's attack, and the occupied towns are its places
    text = ("Chat of the housing co-operative, Zaporizhzhia\n\n[06:10] Petro: The head of the regional administration "
            "writes that drones hit Zaporizhzhia overnight: 1 killed and 9 injured in the city so far.\n[06:35] "
            "Liudmyla: Air Force: 147 drones at Ukraine overnight, 97 shot down.\n[07:40] Petro: Update: now 11 "
            "injured, among them a girl of 6.\n[08:15] Anna: And ours answered in the south. The occupation "
            "authorities say Melitopol was attacked by drones, there is a fire at the airfield, and in Berdiansk the "
            "port was hit. Their governor writes that 3 people were injured in Berdiansk.")
    got = [(a.attacker, a.killed, a.injured, a.places) for a in extract(text).attacks]
    assert got == [("russia", 1, 11, ("Zaporizhzhia",)), ("ukraine", None, 3, ("Melitopol", "Berdiansk"))]


def test_a_bare_place_heading_its_paragraph_is_hit_where_the_paragraph_tells_of_harm() -> None:
    # "Sumy." over "two people were injured when a drone hit a school": the place the paragraph's harm was in; an
    # agency's dateline "MOSCOW." is no heading
    text = ("Russia attacked Ukraine overnight with 60 drones and 5 missiles, the air force said.\n\nThe aftermath:"
            "\n\nSumy. The mayor said two people were injured when a drone hit a school. Three cars burned.\n\n"
            "Kyiv. Debris fell on a warehouse in the Darnytskyi district; no one was hurt.")
    assert [(a.injured, a.places) for a in extract(text).attacks] == [(2, ("Sumy", "Kyiv"))]
    text = ("MOSCOW. Feb 18 (Interfax) - Russian air defence systems destroyed 48 Ukrainian drones over the Belgorod "
            "and Kursk regions overnight, the Defence Ministry said.")
    assert [a.places for a in extract(text).attacks] == [("Belgorod", "Kursk")]


def test_a_titles_toll_before_its_clause_of_bombs_is_the_nights_and_the_bombs_keep_their_own() -> None:
    # "... kills 2, injures 11; guided bombs hit Sumy": the toll before the semicolon is the night's, the clause after
    # it the bombs', whose toll the body tells
    text = ("Russian mass attack on Dnipro kills 2, injures 11; guided bombs hit Sumy\n\nRussia launched 90 drones and "
            "four missiles against Ukraine overnight on May 4, the air force reported.\n\nIn Dnipro, a missile hit an "
            "apartment block. Rescuers recovered the bodies of two people from the rubble, and 11 people were injured, "
            "the governor said.\n\nLater on May 4, Russian forces struck Sumy with two guided aerial bombs, killing "
            "one person and injuring five others, the regional administration said.")
    got = [(a.drones_launched, a.killed, a.injured, a.places) for a in extract(text).attacks]
    assert got == [(90, 2, 11, ("Dnipro",)), (None, 1, 5, ("Sumy",))]


def test_an_attack_of_no_figures_whose_places_another_holds_is_dropped() -> None:
    # the lead's rescue in Odesa, told before the strike's own day: no attack apart from Sunday's, which holds Odesa
    text = ("Toll in Russian strike on Odesa apartment block rises to 12\n\nODESA, Ukraine (AP) - Rescuers on Monday "
            "pulled more bodies from the ruins of a five-storey block in Odesa, which was struck a day earlier.\n\nThe "
            "block was hit on Sunday afternoon by what the air force said was a Kh-22 missile. Ukraine's air force "
            "said Russia fired 20 missiles at the country on Sunday, of which 14 were intercepted. Strikes were also "
            "reported in Kyiv and Lviv.\n\nAuthorities initially put the toll in Odesa at 8 dead. By Monday evening, "
            "the governor said 12 people had been killed.")
    got = [(a.missiles_launched, a.killed, a.places) for a in extract(text).attacks]
    assert got == [(20, 12, ("Odesa", "Kyiv", "Lviv"))]


def test_an_earlier_strike_recalled_in_passing_ends_with_its_paragraph() -> None:
    # "The depot burned for five days after a previous Ukrainian strike on January 8.": the ministry's claim in the
    # next paragraph is the report's own night's
    text = ("Ukraine hits Saratov refinery in drone attack\n\nUkraine attacked the Saratov region with drones "
            "overnight on Tuesday, January 14, local officials said. Governor Roman Busargin wrote that two "
            "enterprises in Saratov and Engels had been attacked and that two people had been injured. Residents of "
            "Engels heard explosions near the oil depot. The depot burned for five days after a previous Ukrainian "
            "strike on January 8.\n\nRussia's Defense Ministry said its air defenses had shot down 12 drones over the "
            "Bryansk region and nine over the Saratov region.")
    got = [(a.attacker, a.drones_downed, a.injured, a.places) for a in extract(text).attacks]
    assert got == [("ukraine", 21, 2, ("Saratov", "Engels", "Bryansk"))]


def test_a_place_naming_an_exchange_or_talks_is_no_place_hit() -> None:
    text = ("Ukraine attacked the Saratov refinery with drones overnight, the governor said; one worker was injured. "
            "Ukrainian strikes on refineries have pushed up wholesale prices on the St. Petersburg exchange, analysts "
            "said.")
    assert [a.places for a in extract(text).attacks] == [("Saratov",)]


def test_a_title_turns_to_ukraines_attack_at_moscow_says() -> None:
    # "Russian strikes kill four in Ukraine, Moscow says dozens of Ukrainian drones downed": the four are Russia's
    text = ("Russian strikes kill four in Ukraine, Moscow says dozens of Ukrainian drones downed\n\nUkraine's air "
            "force said Russia had launched 147 attack drones and 12 missiles overnight. In Mykolaiv, two people were "
            "killed, and two more died in the Chernihiv region.\n\nRussia's defence ministry said it had destroyed 73 "
            "Ukrainian drones over nine regions overnight. In the Belgorod region, a drone hit a minibus in Graivoron, "
            "wounding three people.")
    got = [(a.attacker, a.killed, a.injured) for a in extract(text).attacks]
    assert got == [("russia", 4, None), ("ukraine", None, 3)]


def test_a_later_toll_goes_on_with_the_bombs_a_title_tells_of() -> None:
    # "By evening, the toll had risen" after the lead's guided bombs, under a title of them: the bombs' toll, not the
    # night's drones' told after it
    text = ("Guided Bombs Hit Sumy Factory, Toll Rises to 6 Dead\n\nRussian forces struck a factory in Sumy with two "
            "guided aerial bombs on Sunday afternoon, killing at least four people and injuring 15, the governor "
            "said.\n\nBy evening, the toll had risen to six dead and 19 injured, the governor wrote on "
            "Telegram.\n\nOvernight, Russia had attacked the Sumy region with 11 Shahed drones, all of which were "
            "destroyed, the Air Force said.")
    got = sorted((a.drones_launched or 0, a.killed, a.injured) for a in extract(text).attacks)
    assert got == [(0, 6, 19), (11, None, None)]


def test_a_live_pages_next_entry_ends_an_earlier_strike_one_entry_recalled() -> None:
    # "09:50 GMT" after an entry recalling 10 October's strike: the entries below it tell of today's
    text = ("Russian missiles hit Kyiv\n\n10:30 GMT\n\nBiggest wave since 10 October\n\nOur correspondent in Kyiv says "
            "this is the most serious wave of strikes since 10 October, when Russia fired 84 missiles at cities "
            "including Kyiv and Lviv, killing 19 people.\n\n09:50 GMT\n\nKharkiv hit\n\nKharkiv's mayor says two "
            "missiles hit an infrastructure facility in the city; one person was injured.\n\n08:45 GMT\n\nZaluzhnyi: "
            "50 missiles\n\nThe commander-in-chief says Russia fired 50 cruise missiles this morning, 40 of which were "
            "shot down.")
    got = [(a.missiles_launched, a.missiles_downed, a.killed, a.injured) for a in extract(text).attacks]
    assert got == [(50, 40, None, 1), (84, None, 19, None)]


def test_a_republics_authorities_beside_its_capital_are_a_title() -> None:
    # "Tatarstan authorities said" beside Kazan, the republic's capital: only Kazan was hit
    text = ("Eight drones attacked Kazan on Saturday morning, Tatarstan authorities said: six of them hit residential "
            "high-rises and one was shot down over the river.")
    assert [a.places for a in extract(text).attacks] == [("Kazan",)]


def test_an_earlier_claim_of_ukraines_drones_on_another_place_is_an_attack_of_its_own() -> None:
    # "Earlier, the Defense Ministry reported ... tried to strike Crimea with 16 drones" after the night's on Moscow
    text = ("Air defenses foil drone attack on Moscow\n\nMOSCOW, August 1. /TASS/. Russian air defenses thwarted an "
            "attempted attack on Moscow with three drones overnight, the Russian Defense Ministry said on Tuesday. One "
            "drone was destroyed over the Odintsovo district. Two more were suppressed by electronic warfare and "
            "crashed into the Moscow City complex.\n\nAccording to emergency services, one security guard was "
            "injured.\n\nEarlier, the Defense Ministry reported that the Ukrainian armed forces had tried to strike "
            "Crimea with 16 drones. Nine of them were destroyed by air defenses and seven were suppressed by "
            "electronic warfare.")
    got = [(a.drones_launched, a.drones_downed, a.drones_suppressed, a.injured, a.places)
           for a in extract(text).attacks]
    assert got == [(3, 1, 2, 1, ("Moscow", "Odintsovo")), (16, 9, 7, None, ("Crimea",))]


def test_a_capital_named_as_the_government_or_a_visit_is_no_place_hit() -> None:
    text = ("Russia attacked Ukraine overnight with 176 drones, killing two people in Kharkiv, officials said. The "
            "prime minister said the attack came at a time when Kyiv was preparing for talks. Canada's prime minister, "
            "visiting Kyiv, announced an aid package. Kyiv has warned that Moscow has been stockpiling missiles.")
    assert [a.places for a in extract(text).attacks] == [("Kharkiv",)]


def test_a_place_long_under_fire_is_no_place_of_the_attack() -> None:
    text = ("A Russian guided bomb struck the centre of Sumy on Sunday, killing one person, the governor said. "
            "Kharkiv, Ukraine's second-largest city, lies some 30 kilometres from the Russian border and has been "
            "under near-daily bombardment for weeks.")
    assert [a.places for a in extract(text).attacks] == [("Sumy",)]


def test_an_earlier_night_under_its_subhead_goes_on_past_its_first_paragraph() -> None:
    # "Night of drones" heading the night before the day's bombs: "drones struck ... Shostka" in the next paragraph is
    # that night's place
    text = ("Russian guided bombs hit Sumy: two killed\n\nRussian aircraft struck Sumy with guided aerial bombs on "
            "Wednesday afternoon, killing two people, local authorities said.\n\nNight of drones\n\nThe strike came "
            "hours after an overnight drone attack on the region. Russia launched about 60 attack drones overnight, of "
            "which 41 were shot down.\n\nIn the Sumy region, drones struck energy infrastructure in Shostka, leaving "
            "part of the community without power. No one was hurt.")
    got = [(a.drones_launched, a.killed, a.places) for a in extract(text).attacks]
    assert got == [(None, 2, ("Sumy",)), (60, None, ("Sumy", "Shostka"))]


def test_a_new_paragraphs_overnight_returns_from_an_earlier_window_to_the_night() -> None:
    # "fragments of a downed drone fell overnight in ... Liski" after Saturday's afternoon window: the night's
    text = ("Russian air defences down 95 Ukrainian drones overnight - MoD\n\nRussian air defence forces destroyed 95 "
            "Ukrainian drones over eight Russian regions overnight, the Defence Ministry reported on Sunday.\n\nOn "
            "Saturday, air defences had already shot down 17 Ukrainian drones between 3:00 p.m. and 8:00 p.m. Moscow "
            "time, the ministry said in an earlier statement.\n\nVoronezh Region Governor Alexander Gusev said "
            "fragments of a downed drone fell overnight in a residential area of the town of Liski. \"Two women were "
            "injured,\" he wrote.")
    got = [(a.drones_downed, a.injured, a.places) for a in extract(text).attacks]
    assert got == [(95, 2, ("Liski", "Voronezh")), (17, None, ())]


def test_a_factboxs_date_headings_with_their_nights_tell_each_night_apart() -> None:
    # "FEB 2 (NIGHT TO MONDAY)" and "FEB 7 (NIGHT TO SATURDAY)" over their lines: two nights
    text = ("FACTBOX-Russia's air attacks on Ukraine over the past week\n\nFeb 8 (Reuters) - Russia has kept up heavy "
            "drone and missile attacks on Ukraine's cities this week.\n\nFEB 2 (NIGHT TO MONDAY)\n\n* Russia launched "
            "171 drones and three Iskander-M ballistic missiles. The air force said 140 drones were shot down.\n\n* "
            "Two people were killed in Zaporizhzhia.\n\nFEB 7 (NIGHT TO SATURDAY)\n\n* Russia launched 64 drones and "
            "one Kh-59 guided missile. All but three of the drones were downed.\n\n* Four people were injured in "
            "Chernihiv.")
    got = [(a.drones_launched, a.drones_downed, a.killed, a.injured, a.places) for a in extract(text).attacks]
    assert got == [(171, 140, 2, None, ("Zaporizhzhia",)), (64, 61, None, 4, ("Chernihiv",))]


def test_a_live_entrys_during_the_day_after_its_stamp_is_the_days_strike() -> None:
    # "14:20 - During the day, Russian troops also struck the Synelnykove district": the day's strike, apart
    text = ("Russia attacks Kirovohrad Oblast - live updates\n\n08:12 - Overnight, Russia attacked Ukraine with 58 "
            "Shahed-type attack drones, the Air Force said. Air defense shot down 44 drones.\n\n09:05 - The governor "
            "said a drone hit an industrial site in Kropyvnytskyi; two people were injured.\n\n14:20 - During the "
            "day, Russian troops also struck the Synelnykove district with FPV drones and artillery, the regional "
            "administration said. A 47-year-old man was wounded.")
    got = [(a.drones_launched, a.injured, a.places) for a in extract(text).attacks]
    assert got == [(58, 2, ("Kirovohrad", "Kropyvnytskyi")), (None, 1, ("Synelnykove",))]


def test_the_ministrys_night_told_earlier_on_the_day_of_the_days_drones_is_its_own_attack() -> None:
    # "Earlier on Tuesday, the ministry said 29 drones had been shot down ... overnight" after the day's drones
    text = ("Ukrainian drones kill two in Belgorod Region - governor\n\nUkrainian drone strikes on two towns in "
            "Russia's Belgorod Region killed two people on Tuesday, Governor Vyacheslav Gladkov said.\n\nShebekino "
            "came under attack by 11 drones during the day, Gladkov wrote on Telegram.\n\nEarlier on Tuesday, the "
            "Russian Defense Ministry said 29 Ukrainian drones had been shot down over the Belgorod Region overnight.")
    got = [(a.drones_launched, a.drones_downed, a.killed) for a in extract(text).attacks]
    assert got == [(11, None, 2), (None, 29, None)]


def test_an_earlier_strike_on_the_same_plant_takes_the_plants_town() -> None:
    # "On June 1, a drone attack on the same plant injured three workers": the plant in Dzerzhinsk named before
    text = ("Ukrainian Drones Target Explosives Plant in Nizhny Novgorod Region\n\nThe Moscow Times · June 24, 2025\n\n"
            "Ukrainian drones attacked the Sverdlov explosives plant in the city of Dzerzhinsk in the Nizhny Novgorod "
            "region overnight, local authorities reported.\n\nRussia's Defense Ministry said it had destroyed 251 "
            "Ukrainian drones over 14 regions overnight, including 46 over the Nizhny Novgorod region.\n\nOn June 1, a "
            "drone attack on the same plant injured three workers, the governor said at the time.")
    got = [(a.drones_downed, a.injured, a.places) for a in extract(text).attacks]
    assert got == [(251, None, ("Nizhny Novgorod", "Dzerzhinsk")), (None, 3, ("Dzerzhinsk",))]


def test_a_live_pages_next_entry_ends_ukraines_attack_told_in_the_one_before() -> None:
    # "12.05 BST" then a toll that names no side: Russia's attack's, not the Lipetsk entry's before it
    text = ("Russia-Ukraine war live: drones hit towns around Kyiv\n\n07.41 BST\n\nRussia launched 273 drones and nine "
            "missiles at Ukraine overnight, the Ukrainian air force said.\n\n09.02 BST\n\nFour people were injured in "
            "Obukhiv when debris fell on a residential building, the regional administration said.\n\n10.30 BST\n\n"
            "Russia's defence ministry said its air defences destroyed 121 Ukrainian drones overnight. In Lipetsk, the "
            "governor said drone debris had injured two people.\n\n12.05 BST\n\nThe number of people injured across "
            "the region around the capital has risen to eight, the governor said.")
    got = [(a.attacker, a.injured) for a in extract(text).attacks]
    assert got == [("russia", 8), ("ukraine", 2)]


def test_a_toll_recalled_after_days_after_is_not_the_leads() -> None:
    # ", two days after a drone attack killed a man in the same town": the man is the earlier attack's dead, not the
    # missile strike's
    text = ("Missiles hit Khmilnyk\n\nAbout thirty people were injured when Russian missiles struck Khmilnyk on "
            "Sunday morning, officials said, two days after a drone attack killed a man in the same town.\n\n"
            "Russia launched three Iskander-M missiles and 52 drones overnight, the air force said.")
    main = [a for a in extract(text).attacks if a.missiles_launched]
    assert [(a.missiles_launched, a.drones_launched, a.killed, a.injured) for a in main] == [(3, 52, None, 30)]


def test_a_day_to_come_is_no_earlier_attack() -> None:
    # "until Monday" in a report told on Thursday: the lessons' day, not an attack's; the paragraph after goes on
    text = ("Drone hits college in Elista\n\nA Ukrainian drone hit a college in Elista overnight, injuring three "
            "people, the republic's head said on Thursday, as drones also targeted the Astrakhan region.\n\nThe "
            "college will teach online until Monday. In the "
            "Astrakhan region, air defences shot down five drones, the governor said.")
    got = [(a.attacker, a.drones_downed, a.injured) for a in extract(text).attacks]
    assert got == [("ukraine", 5, 3)]
    text = ("Strike on Sumy\n\nA Russian missile struck Sumy overnight, killing two people, the governor said on "
            "Thursday.\n\nSchools damaged in the Russian attack stay closed until Monday. In the same strike a woman "
            "was injured in the Kovpakivskyi district.")
    got = [(a.attacker, a.killed, a.injured) for a in extract(text).attacks]
    assert got == [("russia", 2, 1)]


def test_a_strike_told_from_a_past_month_and_year_is_its_own_attack_with_or_without_a_comma() -> None:
    # "In July 2023 Ukrainian sea drones struck the bridge, killing ...": an earlier attack, not the night's
    for lead in ("In July 2023", "In July 2023,"):
        text = ("Ukraine attacked Crimea with drones overnight, setting fire to an oil terminal in Feodosia, Russian-"
                "installed officials said. Russia's Defence Ministry said 31 drones had been destroyed.\n\n"
                f"{lead} Ukrainian sea drones struck the bridge, killing two people and injuring a girl.")
        got = {(a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
        assert got == {(31, None, None), (None, 2, 1)}, lead


def test_a_titles_span_of_days_is_not_the_reports_date() -> None:
    """ "Classes go online from 3 March" in a notice's title: the dated record-like attack in its lead is its own."""
    text = ("NOTICE TO PARENTS\nClasses go online from 3 March\n\nDear parents,\n\nOn 1 March Russia carried out one "
            "of the largest attacks on the region since the spring. The enemy used 40 drones; 31 were shot down.\n\n"
            "In Korostyshiv, a drone hit a warehouse and one person was injured.")
    (attack,) = extract(text).attacks
    assert (attack.drones_launched, attack.drones_downed, attack.injured) == (40, 31, 1)
    assert attack.places == ("Korostyshiv",)


def test_figures_before_a_record_are_the_reported_attack() -> None:
    text = "Russia launched 810 drones at Kyiv overnight, breaking the record set in July."
    (attack,) = extract(text).attacks
    assert attack.drones_launched == 810 and attack.places == ("Kyiv",)


@pytest.mark.parametrize(("text", "launched", "place"), [
    # "Russia launches ...; Ukrainian drones hit ...": the counts before the semicolon are Russia's attack
    ("Russia fires 90 drones, 3 missiles at Ukraine; Ukrainian drones strike Saratov oil depot", (90, 3), "Saratov"),
    # "Russia hurls ... at Ukraine as Ukrainian drones set ... ablaze": the counts before "as" are Russia's
    ("Russia hurls 420 drones and 39 missiles at Ukraine as Ukrainian drones set Volgograd refinery ablaze", (420, 39),
     "Volgograd"),
])
def test_a_title_of_both_sides_attacks_splits_where_it_turns(text: str, launched: tuple[int, int], place: str) -> None:
    by_side = {a.attacker: a for a in extract(text).attacks}
    assert (by_side["russia"].drones_launched, by_side["russia"].missiles_launched) == launched
    assert by_side["ukraine"].places == (place,) and by_side["ukraine"].drones_launched is None


def test_a_title_of_russian_bombs_turning_to_ukraines_drones_splits_there() -> None:
    """ "Russian glide bombs kill six in Kharkiv as Ukrainian drones target Belgorod": the toll is Russia's."""
    report = extract("Russian glide bombs kill six in Kharkiv as Ukrainian drones target Belgorod\n\nIn Belgorod, "
                     "the governor said a Ukrainian drone killed two people in a car.")
    by_side = {a.attacker: a for a in report.attacks}
    assert (by_side["russia"].killed, by_side["ukraine"].killed) == (6, 2)


def test_a_sentence_turning_to_moscows_claim_splits_there() -> None:
    """ "..., killing two, as Moscow said it downed 30 Ukrainian drones": the toll is Russia's attack's."""
    report = extract("Russian missiles struck Dnipro early on Friday, killing two people and injuring nine, as Moscow "
                     "said its air defences had downed 30 Ukrainian drones over the Belgorod region.")
    by_side = {a.attacker: a for a in report.attacks}
    assert (by_side["russia"].killed, by_side["russia"].injured, by_side["russia"].places) == (2, 9, ("Dnipro",))
    assert (by_side["ukraine"].drones_downed, by_side["ukraine"].killed) == (30, None)


def test_nights_told_by_their_dates_are_attacks_of_their_own() -> None:
    text = ("Two nights of drone attacks on the south.\n\n"
            "Russia kept up its attacks over the weekend, the air force said.\n\n"
            "On the night of 12-13 April, Russia launched 60 Shahed drones; 51 were shot down over Odesa.\n\n"
            "On the night of 13-14 April, Russia launched 95 drones and four missiles. Air defence downed 80 drones.")
    attacks = extract(text).attacks
    assert sorted((a.drones_launched, a.drones_downed, a.missiles_launched) for a in attacks) == [
        (60, 51, None), (95, 80, 4)]


def test_nights_a_digest_labels_by_their_dates_are_attacks_of_their_own() -> None:
    text = ("Kyiv's month under fire\n\nRussia attacked the capital 17 times in May, mostly with Shahed drones, "
            "officials said.\n\nMay 8. On the eve of Victory Day, Russia launched 35 Shahed drones; all of them were "
            "destroyed. Falling debris injured five people.\n\nMay 16. Russia fired 18 missiles at Kyiv. Every one "
            "of them was shot down. Three people were injured.")
    attacks = extract(text).attacks
    assert sorted(((a.injured, a.drones_launched, a.missiles_launched, a.missiles_downed) for a in attacks),
                  key=str) == [(3, None, 18, 18), (5, 35, None, None)]


def test_the_days_a_factbox_heads_with_their_dates_are_attacks_of_their_own() -> None:
    text = ("FACTBOX-Russia's waves of strikes on the grid\n\nDec 6 (Reuters) - Russia on Monday carried out another "
            "wave of missile strikes on energy sites. Following are the biggest waves.\n\nOCTOBER 31\n\n- Russia "
            "fired 55 cruise missiles. The air force said 45 of them were shot down.\n\n- At least 13 people were "
            "injured.\n\nNOVEMBER 23\n\n- Russia launched 70 cruise missiles, of which 51 were shot down.\n\n- At "
            "least 10 people were killed.\n\nIMPACT\n\n- Half of the energy system has been damaged.")
    attacks = extract(text).attacks
    assert sorted((a.missiles_launched, a.missiles_downed, a.killed, a.injured) for a in attacks) == [
        (55, 45, None, 13), (70, 51, 10, None)]


def test_a_live_blogs_heading_of_the_attacks_day_is_no_other_attack() -> None:
    text = ("Kyiv attack: toll rises to 31 - live\n\nThe death toll from Russia's attack on Kyiv on Thursday has "
            "risen to 31, officials said on Friday.\n\n09:41 BST  Toll rises\n\nThe number of injured is 159."
            "\n\nThursday 31 July\n\n10:30 BST  What we know\n\nRussia launched 309 drones and eight missiles "
            "overnight. Air defences shot down 288 drones.")
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured, attack.drones_launched, attack.drones_downed) == (31, 159, 309, 288)


def test_the_enemy_in_a_russian_governors_summary_is_ukraine() -> None:
    report = extract("Gladkov: one killed in Belgorod region\n\nBelgorod governor Vyacheslav Gladkov published his "
                     "summary of the attacks by the Armed Forces of Ukraine. Over the past day, the enemy launched 54 "
                     "drones, the governor said. Air defence shot down 31 of the drones over the region.")
    (attack,) = report.attacks
    assert (attack.attacker, attack.drones_launched, attack.drones_downed) == ("ukraine", 54, 31)


def test_a_toll_as_of_the_next_days_morning_is_the_attacks() -> None:
    report = extract("Toll in Dnipro rises to 35\n\nOn Saturday, January 14, Russia fired 33 missiles at Ukraine. One "
                     "hit an apartment block in Dnipro.\n\nAs of 08:00 on Sunday, 25 people had been confirmed dead "
                     "in Dnipro and 73 injured.\n\nUPDATE 16:05: Thirty-five people are now known to have been "
                     "killed. The number of injured is 75.")
    (attack,) = report.attacks
    assert (attack.missiles_launched, attack.killed, attack.injured) == (33, 35, 75)


def test_a_date_after_the_counts_of_an_undated_attack_is_another_attacks() -> None:
    """A report that gives its own attack no date or day, then "On 23 November, Russia fired ...": that day's."""
    text = ("Russia fires dozens of missiles at energy sites\n\nUkraine's military said Russia fired 76 missiles, of "
            "which 60 were shot down.\n\nIt is the ninth large-scale attack on the grid since October. On 23 "
            "November, Russia fired about 70 missiles at Ukraine, of which 51 were shot down, according to the "
            "military.\n\nKyiv and its Western allies say the strikes are designed to break civilian morale.")
    attacks = extract(text).attacks
    assert [(a.missiles_launched, a.missiles_downed, a.places) for a in attacks] == [(76, 60, ()), (70, 51, ())]


def test_nights_told_by_the_date_each_ends_on_are_attacks_of_their_own() -> None:
    text = ("Over 200 drones in two nights\n\nRussia attacked Ukraine on the nights of March 3 and 4, the air force "
            "said.\n\nNight of March 3\nOn the night of March 3 (from 18:00 on March 2), the enemy attacked with 90 "
            "drones. Air defence shot down 70 drones. In Sumy, two people were injured.\n\nNight of March 4\nOn "
            "the night of March 4, the enemy attacked with 120 drones and 3 missiles. 100 drones were shot down. In "
            "Kharkiv, one person was killed.")
    attacks = extract(text).attacks
    assert sorted((a.drones_launched, a.drones_downed, a.missiles_launched, a.killed, a.injured)
                  for a in attacks) == [(90, 70, None, None, 2), (120, 100, 3, 1, None)]


def test_places_canonical_and_not_launch_areas() -> None:
    text = ("Russia launched 50 drones from the Kursk region and occupied Crimea overnight. "
            "Drones hit Kiev and Kharkov, and debris fell in the Odessa region.")
    attack = extract(text).attacks[0]
    assert set(attack.places) == {"Kyiv", "Kharkiv", "Odesa"}
    # a list's label of launch areas, and the places it lists (after a semicolon too): no place hit, no attack of
    # Ukraine's
    (attack,) = extract("• Shahed drones launched: 61\n• Drone launch areas: Kursk, Bryansk (RF); Chauda (occupied "
                        "Crimea)\n• Shot down in the north and east of the country: 40 UAVs\n• Hits recorded in: Sumy "
                        "region").attacks
    assert (attack.attacker, attack.places, attack.drones_downed) == ("russia", ("Sumy",), 40)
    # the wires' spelling of a Russian town, whichever the text uses
    (attack,) = extract("Ukrainian drones attacked a refinery in Slavyansk-on-Kuban overnight, the governor "
                        "said.").attacks
    assert attack.places == ("Slavyansk-na-Kubani",)
    # the air bases and power plants the strikes of both sides name, and a border village as the text spells it
    (attack,) = extract("Ukrainian drones hit the Konakovo power plant and the Khotilovo air base overnight, and "
                        "shelling hit Tyotkino, the governors said.").attacks
    assert attack.places == ("Konakovo", "Khotilovo", "Tyotkino")


def test_regions_affected_by_the_attack_are_its_places() -> None:
    text = ("Russia launched 90 drones overnight, the air force said. "
            "The Sumy and Chernihiv regions were affected.")
    assert extract(text).attacks[0].places == ("Sumy", "Chernihiv")


@pytest.mark.parametrize(("text", "places"), [
    # places in sentences that tell of attacks in general make no attack
    ("Kharkiv will rename two metro stations, the mayor said. The new names honour Saltivka, the district of "
     "Kharkiv hit hardest by Russian attacks.", None),
    ("Russia now aims its drones at power plants and at cities far from the front, such as Kyiv and Lviv.", None),
    ("Makers told a fair in Kyiv they will build 10 million drones a year, up from four million today.", None),
    # a particular attack, a time, or people hurt place the attack
    ("Russian drones struck Kharkiv overnight, the mayor said.", ("Kharkiv",)),
    ("A drone hit a house in Sumy and a woman was injured, the regional governor said.", ("Sumy",)),
    ("A massive missile strike hit energy facilities in Dnipro, officials said.", ("Dnipro",)),
    # an official's office beside a place that was hit, and front-line directions, are no places of the attack
    ("Russian drones hit Dnipro overnight, wounding three people, according to Dnipropetrovsk Oblast Governor "
     "Serhii Lysak.", ("Dnipro",)),
    ("Troops repelled 28 assaults in the Kupiansk and Lyman directions while drones struck Kharkiv overnight.",
     ("Kharkiv",)),
    ("The governor of the Poltava region said an energy facility had been damaged in the overnight attack.",
     ("Poltava",)),
    # but beside a town of the office's region, the region too
    ("Two energy facilities in the Stryi district were struck overnight, Lviv regional governor Maksym Kozytskyi "
     "said.", ("Stryi", "Lviv")),
    ("Russian missiles hit an industrial site in Kremenchuk on Saturday morning, the head of the Poltava regional "
     "military administration said.", ("Kremenchuk", "Poltava")),
    # a photo caption, told by its credit, may show another day: its places make no attack
    ("Rescuers work at the site of a Russian drone strike in Kyiv on June 22, 2024 (Jane Roe/AFP via Getty "
     "Images).", None),
    ("Firefighters put out a fire after a missile strike in Odesa overnight (AP Photo/John Doe).", None),
    ("KYIV (Reuters) - Russian drones struck Kharkiv overnight, the mayor said.", ("Kharkiv",)),
])
def test_places_without_figures_need_a_particular_attack(text: str, places: tuple[str, ...] | None) -> None:
    attacks = extract(text).attacks
    assert (attacks[0].places if attacks else None) == places


def test_weapons_and_time_words() -> None:
    text = ("Russia fired four Kinzhal hypersonic missiles and 60 Shahed drones at Ukraine overnight "
            "on Thursday, the air force said.")
    attack = extract(text).attacks[0]
    assert "Kinzhal" in attack.weapons and "Shahed" in attack.weapons
    assert any("overnight" in w for w in attack.time_words)


def test_a_russian_governors_report_stays_ukraines_attack() -> None:
    """Sentences that name no side after a Ukrainian attack's lead go on telling of it."""
    text = ('"Over the past day, the Ukrainian armed forces attacked 12 settlements, attacking with 40 drones, '
            '31 of which were shot down," the governor wrote. In Shebekino, a drone struck a garage. '
            "Windows were damaged in a school. In the village of Nova Tavolzhanka, three men were injured.")
    (attack,) = extract(text).attacks
    assert attack.attacker == "ukraine"
    assert (attack.drones_launched, attack.drones_downed, attack.injured) == (40, 31, 3)


def test_a_toll_told_the_next_day_by_a_named_official_stays_with_its_attack() -> None:
    text = ("A Russian ballistic missile struck Kryvyi Rih on Friday evening, killing at least 14 people. On Saturday, "
            "Serhii Lysak, the governor of Dnipropetrovsk region, said the death toll had risen to 18 and that 61 "
            "people had been wounded.")
    assert [(a.killed, a.injured) for a in extract(text).attacks] == [(18, 61)]


def test_a_week_pounded_before_is_an_attack_of_its_own() -> None:
    text = ("Russian drones struck the port of Izmail overnight, injuring two people. Last week, Russia pounded the "
            "port city of Odesa for several nights running. On the heaviest of those nights, Russia fired 38 missiles "
            "and drones at the region and air defences shot down 21 of them.")
    attacks = extract(text).attacks
    assert [(a.injured, a.launched_total, a.downed_total) for a in attacks] == [(2, None, None), (None, 38, 21)]


def test_a_claim_of_ukrainian_drones_on_another_day_is_an_attack_of_its_own() -> None:
    text = ("Russian air defence forces destroyed 43 Ukrainian drones over seven regions overnight, the Defense "
            "Ministry said on Thursday. Seventeen were downed over the Bryansk region. On Wednesday, the ministry "
            "reported that 29 Ukrainian drones had been shot down over Russian regions during the daytime.")
    assert [a.drones_downed for a in extract(text).attacks if a.attacker == "ukraine"] == [43, 29]
    # the night from one day to the day the report is told on is the report's own
    night = text.replace("On Wednesday, the ministry reported that 29 Ukrainian drones had been shot down over Russian "
                         "regions during the daytime.", "The ministry said it destroyed 43 Ukrainian drones between "
                         "8 p.m. on Wednesday and 7 a.m. on Thursday.")
    assert [a.drones_downed for a in extract(night).attacks if a.attacker == "ukraine"] == [43]
    # "another" count of the night's later hours adds to the evening's; not a region's share, nor the day's after it
    windows = ("Russian air defences destroyed 30 Ukrainian drones between 8 p.m. and 11 p.m. on Monday, the Defence "
               "Ministry said. Later, the ministry said another 62 drones had been destroyed overnight.")
    assert [a.drones_downed for a in extract(windows).attacks] == [92]
    share = windows.replace("another 62 drones had been destroyed overnight", "another 12 had been downed over the "
                            "Kursk region")
    assert [a.drones_downed for a in extract(share).attacks] == [30]
    day = windows.replace("overnight", "between 08:00 and 14:00")
    assert [a.drones_downed for a in extract(day).attacks] == [62]
    # a headline's verb: "air defenses down 64 drones"
    assert [a.drones_downed for a in extract("Russian air defenses down 64 Ukrainian drones over nine regions\n\n"
                                             "Drones were destroyed over the Kursk region.").attacks] == [64]
    # the morning after the evening the report names is the rest of that night: the ministry's second statement
    evening = ("Russian air defences destroyed 30 Ukrainian drones between 8 p.m. and 11 p.m. on Monday, the Defence "
               "Ministry said.\n\nIn a second statement on Tuesday morning, the ministry said another 62 drones had "
               "been destroyed from 11 p.m. to 7 a.m. In total, 92 Ukrainian drones were downed over the night.")
    assert [a.drones_downed for a in extract(evening).attacks if a.attacker == "ukraine"] == [92]


@pytest.mark.parametrize(("text", "current", "earlier"), [
    # another weekday than the one the report is told on
    ("Russian drones struck Sumy, killing two people, officials said on Thursday. On Wednesday, three missiles "
     "hit Dnipro, killing nine.", 2, 9),
    # "last Friday" is a week back even in a report told on a Friday
    ("Russia launched 90 drones overnight, officials said on Friday. Last Friday, Russia fired 500 drones, "
     "killing 14.", None, 14),
    ("Russia launched 80 drones at Kyiv on the night of 12 May, injuring three. Earlier, on 9 May, a missile "
     "strike on Odesa injured 20 people.", 3, 20),
    # a date, in a report that tells of its own attack by weekday only
    ("A missile hit a factory in Kryvyi Rih on Tuesday afternoon, killing one man, the mayor said. The city has "
     "been shelled often. On 4 April, a missile strike on a playground there killed 20 people.", 1, 20),
    # a date days from the lead's, its sentences after it too
    ("Kharkiv Today\n\nOn the night of 11 June, Russian forces hit Kharkiv with 17 drones, the mayor said. Three "
     "people were killed. Background: On the night of 7 June, Russia attacked Kharkiv with 48 drones. Four people "
     "were killed.", 3, 4),
    # "came ... after" an earlier strike, however far back
    ("Two missiles struck Sumy on Sunday, killing 34 people. The attack came just over a week after a strike on "
     "Kryvyi Rih killed 20 people.", 34, 20),
])
def test_another_day_told_in_a_report_is_its_own_attack(text: str, current: int | None, earlier: int) -> None:
    attacks = extract(text).attacks
    assert len(attacks) == 2, attacks
    assert (attacks[0].killed or attacks[0].injured) == current
    assert (attacks[1].killed or attacks[1].injured) == earlier


@pytest.mark.parametrize("follow_up", [
    "On that night, air defences downed 296 drones, and 415 more were lost to electronic warfare.",
    "Air defences downed 296 drones that night, and 415 more were lost to electronic warfare.",
    "In that attack, air defences downed 296 drones, and 415 more were lost to electronic warfare.",
])
def test_what_a_recalled_night_brought_stays_with_it(follow_up: str) -> None:
    """A sentence that goes on about the night the one before it recalled ("On that night") tells of that night."""
    report = extract("Kyiv attacked\n\nRussia launched 598 drones at Ukraine overnight, and air defences shot down "
                     "563 of them. The strike fell short of the July 9 attack, the largest of the war, when Russia "
                     "sent 728 drones. " + follow_up)
    (now, then) = report.attacks
    assert (now.drones_launched, now.drones_downed, now.drones_suppressed) == (598, 563, None)
    assert (then.drones_launched, then.drones_downed, then.drones_suppressed) == (728, 296, 415)


def test_may_the_verb_dates_nothing() -> None:
    """"12 may have reached" is no 12 May: the lead's date stays the report's, and a later sentence on it its own."""
    report = extract("18 missiles shot down, 12 may have reached targets\n\nby the news desk, October 22\n\n"
                     "Eighteen cruise missiles were shot down on the morning of Oct. 22, the air force said. "
                     "Russia fired 33 cruise missiles in all.")
    (attack,) = report.attacks
    assert (attack.missiles_launched, attack.missiles_downed) == (33, 18)


@pytest.mark.parametrize(("sentence", "words"), [
    ("Days earlier Russia had launched a record 479 drones in a single night.", ("Days earlier",)),
    ("Two weeks ago Russia launched a record 810 drones and 13 missiles.", ("Two weeks ago",)),
    ("The previous record of 728 drones was set last month.", ("last month",)),
    ("That surpassed the record of 741 drones and missiles launched in September.", ("in September",)),
])
def test_an_earlier_attack_keeps_the_time_before_the_report(sentence: str, words: tuple[str, ...]) -> None:
    """The record night a report recalls is placed by its own time ("days earlier"), not by the lead's."""
    report = extract("Russia launched 300 drones at Kyiv overnight, the air force said. " + sentence)
    (this,) = [a for a in report.attacks if a.drones_launched == 300]
    (earlier,) = [a for a in report.attacks if a is not this]
    assert earlier.time_words == words and this.time_words == ("overnight",)


def test_no_keywords_is_fast_no_report() -> None:
    assert extract("The weather in Kyiv was sunny, with 25 degrees.").is_attack_report is False
    assert extract("").attacks == ()


@pytest.mark.parametrize("name", ["İzmail", "İstanbul İİİİİİİİ"])
def test_a_letter_whose_lower_case_is_longer_moves_no_window(name: str) -> None:
    """"İ" lower-cases to two characters; the windows rules read before a number must still line up."""
    plain = name.replace("İ", "I")
    for sentence in ("{name}: air defences shot down all but 3 of the 40 drones, and no 12 missiles were fired.",
                     "{name}: a 45-year-old man was killed and 12 people aged 20 to 60 were injured by 30 drones."):
        got = extract(sentence.format(name=name)).attacks
        want = extract(sentence.format(name=plain)).attacks
        assert [a.figures() for a in got] == [a.figures() for a in want]


@pytest.mark.parametrize(("text", "figures"), [
    # a count of drones stopped told beside its parts, before or after them, is no more drones
    ("The air force said 95 drones were neutralised: 70 were shot down and 25 were lost locally.",
     {"drones_downed": 70, "drones_suppressed": 25}),
    ("Air defences shot down 300 of the drones and 400 were lost to jamming, 700 neutralised in all.",
     {"drones_downed": 300, "drones_suppressed": 400}),
    # "of which" after a list counts the nearest weapon
    ("Russia fired three missiles and 90 drones overnight, 70 of which were shot down.",
     {"drones_launched": 90, "missiles_launched": 3, "drones_downed": 70}),
    # a second verb after a count that took its own ("in total") is the next count's
    ("The military said it faced 150 air targets in total and destroyed 110 of them: 80 missiles and 30 drones.",
     {"launched_total": 150, "downed_total": 110, "missiles_downed": 80, "drones_downed": 30}),
    # "all of the drones" at the start of a sentence
    ("Russia launched 23 drones at the Kyiv region overnight. All of the drones were downed, the air force said.",
     {"drones_launched": 23, "drones_downed": 23}),
    # a share of the people counted, after "a total of"
    ("Russian strikes hit the city centre. A total of 70 people were injured, 14 of them children.",
     {"injured": 70}),
    # a breakdown by kind after "among them" adds up to the count, whatever verbs its items carry
    ("Air defences shot down all 18 missiles Russia fired, among them six air-launched Kinzhal missiles, nine "
     "Kalibr cruise missiles launched from ships and three Iskander missiles.",
     {"missiles_launched": 18, "missiles_downed": 18}),
    # or by place
    ("The ministry said it destroyed 42 Ukrainian drones overnight, including 11 over the Moscow region, as well as "
     "18 over the Bryansk region and 13 over the Kaluga region.", {"drones_downed": 42}),
    # "all of which" counts the weapon before it
    ("The enemy used ten Shahed drones, all of which were destroyed.", {"drones_launched": 10, "drones_downed": 10}),
    ("Russia fired a combination of 35 ballistic and cruise missiles at Ukraine overnight.",
     {"missiles_launched": 35}),
    # a total after each kind's count, or before a split into kinds ("targets:", "targets, among them")
    ("Russia fired 50 missiles and 40 drones. Air defences intercepted 45 of the missiles and 30 of the drones, "
     "75 targets in total.", {"missiles_launched": 50, "drones_launched": 40, "missiles_downed": 45,
                              "drones_downed": 30, "downed_total": 75}),
    ("Air defence destroyed 60 targets: 41 Shahed drones and 19 missiles, namely 17 Kh-101/Kh-555 and two "
     "Iskander-M.", {"downed_total": 60, "drones_downed": 41, "missiles_downed": 19}),
    ("Air defence destroyed 90 targets, among them 30 missiles and 60 drones.",
     {"downed_total": 90, "missiles_downed": 30, "drones_downed": 60}),
    # the Air Force's list, indented, with the weapons that got through ("hits by") apart
    ("On the night of 3 May, the enemy attacked with 300 means of air attack:\n  – 290 Shahed UAVs;\n  – 10 "
     "Kh-101 cruise missiles.\nAs of 09:00, air defence had shot down/suppressed 280 air targets:\n  – 150 UAVs "
     "shot down;\n  – 120 UAVs lost locally;\n  – 10 cruise missiles shot down.\nHits by 12 drones were "
     "recorded in 5 locations.",
     {"launched_total": 300, "drones_launched": 290, "missiles_launched": 10, "downed_total": 280,
      "drones_downed": 150, "drones_suppressed": 120, "missiles_downed": 10}),
    # what became of each drone launched is no breakdown by kind
    ("Regional officials said six drones attacked the town: four of them hit houses, one hit a depot and one was "
     "shot down.", {"drones_launched": 6, "drones_downed": 1}),
    # the places of a toll, and more told of one of them, are parts of it
    ("At least nine people were killed, officials said, including three in Sumy and two in Kherson, where a strike "
     "on a bus stop killed two women.", {"killed": 9}),
    ("A Russian missile strike on the city wounded 40 people. Of the wounded, 25 remained in hospital, three of "
     "them in serious condition.", {"injured": 40}),
    # a count of regions is no count of drones, and the places after "including" are all parts
    ("The ministry said it destroyed 100 Ukrainian drones over nine regions, including 50 over the Bryansk region "
     "and 20 over the Moscow region.", {"drones_downed": 100}),
    # "another" opens a count of its own, with its own verb
    ("Air defences shot down 90 targets, 30 missiles and 60 drones, and another 40 drones were lost from radars.",
     {"downed_total": 90, "missiles_downed": 30, "drones_downed": 60, "drones_suppressed": 40}),
    # a round guess in a headline gives way to the exact figure
    ("Russia fires nearly 100 missiles at Kyiv\n\nRussia launched 97 missiles at Ukraine overnight.",
     {"missiles_launched": 97}),
    # a toll across the country is the total, whatever its places add up to as their tolls rise
    ("Russian missiles killed at least 20 civilians across Ukraine on Monday, officials said. In Kyiv alone, 15 "
     "people were killed. Strikes also hit Dnipro, where eight people were killed.", {"killed": 20}),
])
def test_counts_told_with_their_parts(text: str, figures: dict[str, int]) -> None:
    (attack,) = extract(text).attacks
    assert {k: v for k, v in attack.figures().items() if v is not None} == figures


def test_the_ukrainian_military_shelling_a_russian_region_is_ukraines_attack() -> None:
    (attack,) = extract("Two people were killed in attacks by Ukraine on the Belgorod region, the governor said. "
                        "The Ukrainian military shelled 20 settlements and attacked the region with 100 drones, 40 "
                        "of which were shot down.").attacks
    assert attack.attacker == "ukraine"
    assert (attack.drones_launched, attack.drones_downed, attack.killed) == (100, 40, 2)


@pytest.mark.parametrize("earlier", [
    # another weekday's night, in a report of last night's attack told days later
    "On Thursday night, Russia launched 500 drones at Ukraine, killing two people in Kyiv.",
    # "the night before"
    "The night before, Russia launched 500 drones at Ukraine, killing two people in Kyiv.",
])
def test_another_night_in_a_report_of_last_nights_attack(earlier: str) -> None:
    report = extract("Russia fired 20 drones at the Kyiv region overnight, officials said on Sunday. All of them were "
                     "shot down. " + earlier)
    (now, then) = report.attacks
    assert (now.drones_launched, now.killed) == (20, None)
    assert (then.drones_launched, then.killed) == (500, 2)


def test_a_headline_count_the_text_splits_into_shot_down_and_lost_is_neither() -> None:
    (attack,) = extract("Air defence neutralises 95 of 142 drones overnight\n\nRussia attacked with 142 drones. "
                        "95 drones were neutralised: 61 were shot down and 34 were lost locally.").attacks
    assert (attack.drones_launched, attack.drones_downed, attack.drones_suppressed) == (142, 61, 34)


def test_a_guided_bomb_clause_beside_a_drone_clause_is_the_bombs_attack() -> None:
    report = extract("Glide bombs kill three in Kharkiv; overnight drones hit Odesa\n\nRussian guided aerial bombs "
                     "struck Kharkiv on Thursday afternoon, killing three people, as Russia followed up with a drone "
                     "attack on Odesa. Overnight, Russia launched 58 drones at Ukraine, the air force said. Two "
                     "people were injured in Odesa.")
    (drones,) = [a for a in report.attacks if a.drones_launched]
    (bombs,) = [a for a in report.attacks if a is not drones]
    assert (drones.drones_launched, drones.killed, drones.injured) == (58, None, 2)
    assert (bombs.killed, bombs.injured, bombs.places[0]) == (3, None, "Kharkiv")


def test_a_drone_hit_beside_a_guided_bomb_without_a_toll_is_the_nights() -> None:
    """A bomb's clause with a drone that hit a car, and no toll of its own, is no attack apart from the night's."""
    report = extract("Russia launched 80 drones at Ukraine overnight, the air force said. Air defence shot down 61 "
                     "of them.\n\nDonetsk Oblast: In Sloviansk, a guided aerial bomb destroyed a shop; in Kramatorsk, "
                     "a drone hit a car near the railway station, Governor Vadym Filashkin said.")
    (attack,) = report.attacks
    assert (attack.drones_launched, attack.drones_downed) == (80, 61)


def test_an_attack_answered_is_earlier_and_the_nights_claim_after_it_is_the_nights() -> None:
    """"in response to a Ukrainian attack ... on Wednesday" is an attack of its own; "10 Ukrainian drones ...
    overnight" told after it is the night's, not more of it; a live blog's correction of a count counts nothing."""
    report = extract(
        "Live: Russia strikes Ukraine's grid\n\n07:40 GMT: Russia launched 90 missiles and 150 drones overnight, "
        "the air force said.\n\n10:20 GMT: Russia's defence ministry said the strike was in response to a Ukrainian "
        "attack with ATACMS missiles on an airfield near Taganrog on Wednesday. The ministry said then that six "
        "missiles had been fired, two of which were shot down.\n\n11:05 GMT: The ministry also said it had shot "
        "down 12 Ukrainian drones over the Bryansk region overnight.\n\n11:30 GMT: A correction: an earlier version "
        "of this blog said 75 drones had been shot down.")
    ukraine = sorted((a for a in report.attacks if a.attacker == "ukraine"), key=lambda a: a.places)
    assert [(a.missiles_launched, a.missiles_downed, a.drones_downed, a.places) for a in ukraine] == [
        (None, None, 12, ("Bryansk",)), (6, 2, None, ("Taganrog",))]


@pytest.mark.parametrize("earlier", [
    # "came a day after" names the report's date's eve: the sentence is still the earlier attack's
    "The strike came a day after Russia sent 16 drones at Ukraine on the night of Dec. 28, all of which were "
    "destroyed.",
    # "hours earlier"
    "Hours earlier, a Russian drone attack on Odesa injured five people.",
    # a sentence opening with a month: a night of that month, not the report's
    "In July, Russian forces fired 16 drones at Ukraine in a single night.",
    "Back in early December, a Russian drone attack on Odesa injured five people.",
])
def test_an_attack_before_the_reports_own_is_its_own(earlier: str) -> None:
    report = extract("Russia fires 69 missiles\n\nRussia launched 69 missiles at Ukraine on the morning of Dec. 29, "
                     "the air force said, injuring three people in Kyiv. " + earlier)
    (now, then) = report.attacks
    assert (now.missiles_launched, now.injured) == (69, 3)
    assert then.drones_launched == 16 or then.injured == 5


@pytest.mark.parametrize(("text", "now", "then"), [
    # what was said "at the time" of an earlier night
    ("Russia launched 40 missiles at Ukraine on the morning of May 12, the air force said. The strike came a day "
     "after Russia sent 20 drones at Ukraine overnight on May 11. The air force said at the time that all 20 had been "
     "destroyed.", {"missiles_launched": 40}, {"drones_launched": 20, "drones_downed": 20}),
    # a weekday right after an earlier attack is that attack's
    ("Kyiv targeted by drones hours after missile strikes\n\nUkraine says it shot down all 30 drones Russia launched "
     "overnight. Explosions echoed across Kyiv after midnight. A man was injured by falling debris. Sirens sounded for "
     "hours. The drone attack came less than a day after a missile barrage. On Saturday, Russia fired 15 cruise "
     "missiles, of which 10 were intercepted.", {"drones_launched": 30, "drones_downed": 30, "injured": 1},
     {"missiles_launched": 15, "missiles_downed": 10}),
    # the toll told right after an earlier strike, and what was intercepted "that day", are that strike's
    ("Russia launched 40 drones at Lviv overnight, killing three people, the mayor said. Air defence shot down 30 of "
     "them. The attack came a day after two ballistic missiles struck a school in Poltava. At least 20 people were "
     "killed and 100 wounded, officials said. Kyiv said it had intercepted 5 missiles that day.",
     {"drones_launched": 40, "drones_downed": 30, "killed": 3}, {"missiles_downed": 5, "killed": 20, "injured": 100}),
    # "The day before," opens a background line of its own
    ("Russia attacked Ukraine overnight with 4 missiles and 145 drones. 81 drones were shot down.\n\nBackground:\n"
     "- The day before, Russian forces attacked Ukraine with 90 drones and two Iskander-M missiles; most were "
     "downed.\n- Kyiv's mayor said 116 schools would switch to remote learning.",
     {"drones_launched": 145, "missiles_launched": 4, "drones_downed": 81},
     {"drones_launched": 90, "missiles_launched": 2}),
    # "By Wednesday," is when a toll was counted, not an attack's day; a title may name the earlier attack's day
    ("Russian drones hit Odesa as Ukraine mourns victims of Palm Sunday strike on Sumy\n\nRussian drones struck "
     "Odesa overnight, injuring at least eight people, officials said Tuesday. The air force said Russia launched 55 "
     "drones overnight. In Sumy, mourners buried the dead after two Iskander-M ballistic missiles slammed into the "
     "city centre on Sunday morning. By Tuesday, the death toll had risen to 35, with 117 others injured.",
     {"drones_launched": 55, "injured": 8}, {"missiles_launched": 2, "killed": 35, "injured": 117}),
    # "pummelled ... with"; a bare count's split after a colon; "the previous largest attack was ..."
    ("Russia pummelled Ukraine with 122 missiles and 36 drones on Friday. \"114 were shot down: 87 cruise missiles "
     "and 27 Shahed drones.\" The previous largest missile attack was in November 2022, when Russia fired 96 "
     "missiles.", {"missiles_launched": 122, "drones_launched": 36, "downed_total": 114, "missiles_downed": 87,
                   "drones_downed": 27}, {"missiles_launched": 96}),
    # the same weekday a week before
    ("Russian drones hit Kharkiv a week after Palm Sunday strike on Sumy\n\nRussia launched 88 drones at Ukraine "
     "overnight, injuring 13 in Kharkiv, officials said on Sunday. The attack came exactly a week after two Iskander-M "
     "ballistic missiles struck the centre of Sumy on Palm Sunday, killing 35 people and injuring 117.",
     {"drones_launched": 88, "injured": 13}, {"missiles_launched": 2, "killed": 35, "injured": 117}),
    # "two days after the capital suffered its heaviest drone attack": "all of the drones" are the night's
    ("Russia fired 20 drones and two Kh-59 guided missiles at the Kyiv region overnight, two days after the capital "
     "suffered its heaviest drone attack of the war, officials said on Sunday. All of the drones were shot down, the "
     "air force said.\n\nOn Thursday night, Russia launched 500 drones and 10 missiles at Ukraine. That attack "
     "killed two people in Kyiv.", {"drones_launched": 20, "missiles_launched": 2, "drones_downed": 20},
     {"drones_launched": 500, "missiles_launched": 10, "killed": 2}),
    # the toll told in the paragraph the night before opens is that night's, and so is the title's share of it
    ("Russia strikes Ukraine two nights in a row, killing 3 in Kyiv, 2 in Odesa\n\nOvernight, Russia launched 150 "
     "drones and 20 missiles at Ukraine, the air force said. In Kyiv, three people were killed and 11 injured, the "
     "city administration said.\n\nThe previous night, Russia attacked Ukraine with 90 drones, of which 70 were shot "
     "down. In Odesa, a drone hit a house, killing two people and injuring four, the governor said.",
     {"drones_launched": 150, "missiles_launched": 20, "killed": 3, "injured": 11},
     {"drones_launched": 90, "drones_downed": 70, "killed": 2, "injured": 4}),
    # the lead's "hours before a guided bomb strike ... killed two more" is the day's later strike
    ("Kharkiv hit by drones overnight before guided bombs strike a nearby town\n\nRussia struck Kharkiv "
     "with drones overnight, killing one person and injuring five in residential areas, officials said on "
     "Thursday, hours before a guided bomb strike on a town in the same region killed two more "
     "people.\n\nThe mayor said drones hit two districts of the city. A 70-year-old man was killed and "
     "five people were hurt, he said.\n\nThe air force said Russia launched 45 drones overnight, 38 of "
     "which were shot down.\n\nLater on Thursday, Russian jets dropped guided bombs on the town of "
     "Kupiansk. The regional governor said two women were killed and seven people were wounded.",
     {"drones_launched": 45, "drones_downed": 38, "killed": 1, "injured": 5}, {"killed": 2, "injured": 7}),
    # an earlier attack of Ukraine's is its own too, and "Kiev's forces" is no place
    ("Ukrainian drones have struck the city of Belgorod, killing two civilians, the governor said. Belgorod lies some "
     "40km from the border and has been targeted repeatedly by Kiev's forces since 2022. Last December, a Ukrainian "
     "attack on the city center left 25 people dead, Russian officials said.", {"killed": 2}, {"killed": 25}),
])
def test_what_follows_an_earlier_attack_stays_with_it(text: str, now: dict[str, int], then: dict[str, int]) -> None:
    attacks = extract(text).attacks
    assert [{k: v for k, v in a.figures().items() if v is not None} for a in attacks] == [now, then]


def test_the_toll_of_the_assault_a_lead_tells_its_attack_came_after_is_that_assaults() -> None:
    text = ("Russia strikes Ukraine's power grid for a second day\n\nRussia launched another wave of missiles at "
            "Ukraine on Tuesday, aiming at power plants in the west, a day after its largest and deadliest aerial "
            "assault in months killed at least 20 people.\n\nMonday's strikes hit Kyiv during the morning rush hour, "
            "as well as Lviv and Dnipro.\n\nAccording to the military, Russia fired 80 cruise missiles and 20 drones "
            "on Monday. Air defences shot down 45 of the missiles.\n\nOn Tuesday, Russia launched 30 cruise "
            "missiles, of which 22 were shot down, the General Staff said. In Zaporizhzhia, one person was killed when "
            "a missile hit a residential area.")
    figures = sorted(({k: v for k, v in a.figures().items() if v is not None} for a in extract(text).attacks),
                     key=lambda f: f["missiles_launched"])
    assert figures == [{"missiles_launched": 30, "missiles_downed": 22, "killed": 1},
                       {"missiles_launched": 80, "drones_launched": 20, "missiles_downed": 45, "killed": 20}]


@pytest.mark.parametrize("text", [
    # an arms package's drones
    "The United States will send Ukraine $500 million in weapons, including 10 surveillance drones and 300 "
    "anti-tank missiles, an official said on Friday.",
    # a launcher's projectiles are no missiles, and "multiple launch rocket system" launches nothing
    "Russian air defence intercepted eight projectiles of the HIMARS multiple launch rocket system, the ministry "
    "said.",
    # a date after "since" opens no attack of that day
    "Russian forces have stepped up attacks on Kharkiv since launching an offensive in the region on May 10.",
    # "both X and Y" counts nothing
    "Casualties - both killed and wounded - were reported in Kharkiv after the overnight strike.",
    # a tally of days apart is several nights'
    "Earlier, Russia said it had downed 788 Ukrainian drones between Tuesday and Friday of the previous week.",
    # an explainer's made-up example counts are no attack
    "How to read the morning report. The numbers in our example are invented. Take an example: \"the enemy attacked "
    "with 80 Shahed-type drones and 4 missiles\". The next line gives the result, for example: \"60 drones were "
    "shot down\".",
    # what one missile fired from over the border could do is no missile launched
    "A ballistic missile fired from the Kursk region can reach Sumy in about a minute, so the schools teach "
    "underground.",
    # how an interceptor is flown, told in the present: the drone told of again, no count launched
    "Interceptor drones\n\nAn operator in goggles steers the drone towards the Shahed using radar data, and the drone "
    "explodes next to it.",
])
def test_no_attack_figures(text: str) -> None:
    assert all(not any(v is not None for v in a.figures().values()) for a in extract(text).attacks)


def test_a_sentence_with_no_side_leaves_the_last_ones() -> None:
    (attack,) = extract("Ukraine's Security Service carried out a drone operation against Russian strategic aviation "
                        "on June 1, hitting four air bases deep inside Russia. The operation took a year and a half "
                        "to prepare, President Volodymyr Zelensky said. A total of 117 drones were used.").attacks
    assert (attack.attacker, attack.drones_launched) == ("ukraine", 117)


def test_a_share_of_an_attack_told_again_is_not_its_whole() -> None:
    (attack,) = extract("Russian air defences destroyed 80 Ukrainian drones overnight: 30 over the Bryansk Region and "
                        "50 over the Moscow Region, including 12 flying towards Moscow, the ministry said. Moscow "
                        "Mayor Sergei Sobyanin said air defences had repelled attacks by 12 drones flying towards the "
                        "capital. The two others were suppressed by electronic warfare.").attacks
    assert attack.attacker == "ukraine"
    assert (attack.drones_launched, attack.drones_downed) == (None, 80)


def test_the_day_an_attack_answered_is_not_its_day() -> None:
    (attack,) = extract("Russia fires 80 missiles at Ukrainian cities\n\nRussia rained missiles on cities across "
                        "Ukraine on Monday morning. Putin called the strikes retaliation for Saturday's explosion on "
                        "the bridge. The air force said Russia had fired 80 missiles, 40 of which were shot down.\n\n"
                        "Drones of the Ukrainian army attacked over four Russian regions, Moscow said.").attacks
    assert (attack.missiles_launched, attack.missiles_downed) == (80, 40)


def test_links_under_related_are_no_attack() -> None:
    report = extract("Two Russian guided bombs struck Kharkiv on Saturday, killing five people.\n\nRelated\n"
                     " - Ukraine downs 31 drones over four regions, air force says\n"
                     " - Russian troops press on towards Vovchansk")
    assert [(a.killed, a.drones_downed) for a in report.attacks] == [(5, None)]


def test_a_strike_told_as_separate_from_the_drone_attack_is_its_own() -> None:
    """"which he says is separate from the drone attacks": that strike, and the sentences of its paragraph that name
    its place or none, are an attack of their own; the next paragraph goes back to the night's."""
    report = extract("Drones hit Kyiv\n\nRussia attacked Kyiv with drones overnight; air defences shot down 37 of the "
                     "43 drones.\n\n"
                     "The governor gave details of a strike on Zaporizhzhia, which he says is separate from the drone "
                     "attacks. Russian forces fired 12 S-300 missiles at Zaporizhzhia during the night. One person was "
                     "killed and five were wounded.\n\nIn Kyiv, two people were injured by falling debris.")
    drones, missiles = sorted(report.attacks, key=lambda a: a.missiles_launched or 0)
    assert (drones.drones_launched, drones.drones_downed, drones.injured, drones.places) == (43, 37, 2, ("Kyiv",))
    assert (missiles.missiles_launched, missiles.killed, missiles.injured, missiles.places) == (
        12, 1, 5, ("Zaporizhzhia",))


def test_the_leads_toll_told_again_of_one_place_adds_up_with_anothers() -> None:
    """A title's "four killed in capital", told again by Kyiv's mayor, is Kyiv's: with three killed in the Sumy region
    the attack killed seven. A lead's toll that a later sentence splits by place stays the total."""
    (attack,) = extract("Kamikaze drones hit Kyiv; four killed in capital\n\nRussia attacked Kyiv with drones "
                        "overnight. The air force says it shot down 37 of the 43 drones.\n\nKyiv's mayor says four "
                        "people were killed when a drone hit a residential building.\n\nIn the Sumy region, a "
                        "Russian drone strike on energy infrastructure killed three people, the governor said.").attacks
    assert attack.killed == 7
    (attack,) = extract("Russian drones hit Odesa port, six injured\n\nRussia attacked Odesa with drones overnight, "
                        "injuring six people.\n\nIn the city of Odesa, five people were hurt. In the Danube port of "
                        "Izmail, one man was hurt.").attacks
    assert attack.injured == 6


def test_a_russian_place_named_after_ukraines_attack_goes_on_with_it() -> None:
    """A Russian governor's words on the city he governs, with no side named, go on with the attack the sentence before
    told of: the people hurt by its debris are Ukraine's attack's."""
    (attack,) = extract("Russian air defense systems shot down 38 Ukrainian drones over Crimea overnight, the Russian "
                        "Defense Ministry said. Sevastopol Governor Mikhail Razvozhayev said on Telegram that air "
                        "defenses had been operating over the city for about three hours. Falling debris damaged "
                        "several private houses; three people sought medical help.").attacks
    assert (attack.attacker, attack.drones_downed, attack.injured) == ("ukraine", 38, 3)


def test_a_russian_weapon_in_the_russian_ministrys_claim_is_russias_strike() -> None:
    """"it had struck a meeting of Ukrainian commanders with two Iskander-M missiles": Russia's ministry tells of
    Russia's strike, which is no attack of Ukraine's."""
    report = extract("Two Russian ballistic missiles struck Sumy on Sunday, killing 32 people. Russia's Defense "
                     "Ministry later said it had struck a meeting of Ukrainian commanders in Sumy with two Iskander-M "
                     "missiles.")
    assert [(a.attacker, a.missiles_launched, a.killed) for a in report.attacks] == [("russia", 2, 32)]


@pytest.mark.parametrize("later", [
    "By Sunday night the regional governor said the death toll had reached 30 and that 73 people had been injured.",
    "UPDATE - On Sunday morning, the prosecutor general's office said the death toll had risen to 30, and that 73 "
    "people had been wounded.",
])
def test_the_day_a_toll_was_counted_is_not_another_attacks(later: str) -> None:
    """"By Sunday night ... the toll had reached", "On Sunday morning, the office said": when the toll was told, not
    another day's attack."""
    report = extract("Dnipro toll rises\n\nThe number of people killed by a Russian missile strike on Saturday rose, "
                     "officials said. Ukraine's air force said Russia fired 33 missiles at Ukraine on Saturday. "
                     + later)
    (attack,) = report.attacks
    assert (attack.missiles_launched, attack.killed, attack.injured) == (33, 30, 73)


def test_nights_told_by_their_two_dates_alone_are_attacks_of_their_own() -> None:
    """"on 14-15 January" and "The night before, on 13-14 January": two nights, and the sentences after the second go
    on with it."""
    report = extract("Two nights of drones\n\nRussia attacked Ukraine with drones on 14-15 January. Russia launched "
                     "131 drones, and air defence shot down 96 of them.\n\nThe night before, on 13-14 January, "
                     "Russia had launched 187 drones. The Air Force said 158 drones were shot down. During that "
                     "attack, one person was killed in Odesa Oblast.")
    nights = sorted((a.drones_launched, a.drones_downed, a.killed) for a in report.attacks)
    assert nights == [(131, 96, None), (187, 158, 1)]


def test_a_toll_told_of_one_place_adds_up_with_anothers() -> None:
    """"the death toll in Kyiv had risen to 28, and 134 had been wounded" is Kyiv's, and Odesa's dead and wounded add
    to it, as the title's "kills 28" told of Kyiv does."""
    report = extract("Russian attack on Kyiv kills 28\n\nA Russian attack on Kyiv overnight killed at least 15 people, "
                     "officials said. Rescuers carried bodies out of the building.\n\nIn the Black Sea port of Odesa, "
                     "one person was killed and 17 were wounded, the governor said. By evening, officials said the "
                     "death toll in Kyiv had risen to 28, and that 134 people had been wounded.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured) == (29, 151)


def test_ukraines_attack_earlier_in_a_month_is_its_own() -> None:
    """"Earlier in May, Russian officials said two drones had been destroyed over the Kremlin": an attack before the
    report's, whose figures are not the night's."""
    report = extract("Drones hit Moscow\n\nRussia's Defense Ministry said eight Ukrainian drones attacked Moscow "
                     "early on Tuesday, May 30, and five were shot down. Earlier in May, Russian officials said two "
                     "drones had been destroyed over the Kremlin on the night of May 3.")
    now, then = report.attacks
    assert (now.attacker, now.drones_launched, now.drones_downed) == ("ukraine", 8, 5)
    assert (then.attacker, then.drones_downed) == ("ukraine", 2)


def test_all_of_a_count_the_sentence_before_told_goes_on_with_its_night() -> None:
    """"all six missiles" after "fired six Kalibr missiles" on the previous night: that night's downed."""
    report = extract("Russia pounds Odesa\n\nRussia launched 32 drones at Odesa overnight, and air defences shot "
                     "down 23. On the previous night, Russia fired six Kalibr missiles and 36 Shahed drones at Odesa. "
                     "Ukraine said all six missiles and 21 drones were shot down.")
    now, then = report.attacks
    assert (now.drones_launched, now.drones_downed, now.missiles_launched) == (32, 23, None)
    assert (then.missiles_launched, then.drones_launched, then.missiles_downed, then.drones_downed) == (6, 36, 6, 21)


def test_a_campaign_that_began_on_a_date_when_russia_fired_is_that_days_attack() -> None:
    """"a campaign that began on Oct. 10, when Russia fired 84 cruise missiles": the attack of Oct. 10, and "That day"
    goes on with it."""
    report = extract("Russia launches over 50 cruise missiles\n\nby the news desk, October 31, 2022\n\nRussia "
                     "launched over 50 cruise missiles at Ukraine, and air defense shot down 44 of them. The attack is "
                     "the latest in a campaign that began on Oct. 10, when Russia fired 84 cruise missiles and 24 "
                     "drones at cities across Ukraine. That day, air defense shot down 43 of the missiles.")
    now, then = report.attacks
    assert (now.missiles_launched, now.missiles_downed, now.drones_launched) == (50, 44, None)
    assert (then.missiles_launched, then.drones_launched, then.missiles_downed) == (84, 24, 43)


def test_the_night_after_an_earlier_attack_is_announced_is_that_attacks() -> None:
    """"The attack came a day after a larger assault. On the night of March 24, ...": the day before's, though a day
    from the report's own date."""
    report = extract("Russia launches 99 drones\n\nKey developments on March 24-25:\n\nRussia launched 99 drones "
                     "against Ukraine overnight on March 25, and air defense shot down 57 of them. The attack came a "
                     "day after a larger assault. On the night of March 24, Russia launched 147 drones. The Air Force "
                     "said 97 drones were downed.")
    now, then = report.attacks
    assert (now.drones_launched, now.drones_downed) == (99, 57)
    assert (then.drones_launched, then.drones_downed) == (147, 97)


def test_the_day_the_first_attack_sentence_names_after_the_reports_day_is_the_attacks() -> None:
    """A lead told on Sunday ("On Sunday, rescuers were still at work") before "The block was hit on Saturday": one
    attack, Saturday's, whose missiles are told later "on Saturday"."""
    report = extract("Dnipro toll climbs to 30\n\nA woman sat on the rubble of her kitchen. On Sunday, rescuers were "
                     "still at work in the ruins of the block in Dnipro. The block was hit on Saturday afternoon in "
                     "Russia's latest massive missile attack. By Sunday evening the death toll had risen to 30. The "
                     "Air Force said Russia fired 28 cruise missiles on Saturday, of which 25 were shot down.")
    (attack,) = report.attacks
    assert (attack.killed, attack.missiles_launched, attack.missiles_downed) == (30, 28, 25)


def test_ukraines_shelling_and_an_earlier_drone_claim_are_two_attacks() -> None:
    """"Ukrainian shelling of Belgorod" is Ukraine's; the toll Russia's emergencies ministry gives goes on with it;
    "Earlier on Saturday, the ministry said 32 Ukrainian drones had been destroyed" is another of Ukraine's."""
    report = extract("Belgorod shelling kills 24\n\nRussia says at least 24 people have been killed in Ukrainian "
                     "shelling of the city of Belgorod. Governor Vyacheslav Gladkov said the attack on Saturday "
                     "afternoon hit the city centre. The toll rose to 24 by evening, Russia's emergencies ministry "
                     "said, with 108 people injured. Earlier on Saturday, the ministry said 32 Ukrainian drones had "
                     "been destroyed overnight over the Bryansk and Kursk regions.")
    shelling, drones = report.attacks
    assert (shelling.attacker, shelling.killed, shelling.injured, shelling.drones_downed) == ("ukraine", 24, 108, None)
    assert (drones.attacker, drones.drones_downed, drones.killed) == ("ukraine", 32, None)


def test_ukraines_attacks_told_by_their_dates_are_each_their_own() -> None:
    """The Russian ministry's "on November 23, Ukrainian forces fired five ATACMS" and "On November 25, Ukraine
    attacked the airfield with eight" in a report told on Wednesday: two attacks."""
    report = extract("Russia says Ukraine fired ATACMS at Kursk region twice\n\nRussia's Defence Ministry said on "
                     "Wednesday that Ukraine had twice fired ATACMS missiles at the Kursk region. According to the "
                     "ministry, on November 23, Ukrainian forces fired five ATACMS missiles at a battalion near "
                     "Lotarevka. Three of the missiles were shot down. On November 25, Ukraine attacked the Khalino "
                     "airfield near Kursk with eight ATACMS missiles, the ministry said. Seven were shot down.")
    told = sorted((a.attacker, a.missiles_launched, a.missiles_downed) for a in report.attacks)
    assert told == [("ukraine", 5, 3), ("ukraine", 8, 7)]


def test_ukraines_deadliest_attack_recalled_by_its_date_is_its_own() -> None:
    """"The deadliest attack on the city came on December 30, when shelling killed 25 people": not the night's."""
    report = extract("Drone attack kills two in Belgorod\n\nRussian officials say a Ukrainian drone attack on "
                     "Belgorod overnight killed two people. The Russian Defence Ministry said it had destroyed 12 "
                     "Ukrainian drones over the Belgorod region. The deadliest attack on the city came on December 30, "
                     "when shelling of the city centre killed 25 people.")
    now, then = report.attacks
    assert (now.attacker, now.killed, now.drones_downed) == ("ukraine", 2, 12)
    assert (then.attacker, then.killed) == ("ukraine", 25)


def test_a_date_after_the_previous_record_is_told_is_that_records() -> None:
    """"The previous record had been set only five days earlier. On 4 July, Russia fired 539 drones": the record's
    night, not the report's."""
    report = extract("Russia launches record 728 drones\n\nRussia launched 728 drones and 13 missiles at Ukraine "
                     "overnight, the air force said. Air defence shot down 296 drones. The previous record had been "
                     "set only five days earlier. On 4 July, Russia fired 539 drones and 11 missiles at Kyiv.")
    now, then = report.attacks
    assert (now.drones_launched, now.missiles_launched, now.drones_downed) == (728, 13, 296)
    assert (then.drones_launched, then.missiles_launched) == (539, 11)


def test_counts_in_the_capital_add_up_with_other_cities() -> None:
    """"Eighteen people were injured in the capital" is Kyiv's count, not a total, though it names no city."""
    report = extract("Russia attacks Kyiv\n\nRussia launched 810 drones at Ukraine overnight, the air force said. A "
                     "drone hit a block of flats in Kyiv. A woman was killed, officials said. Eighteen people were "
                     "injured in the capital. In Zaporizhzhia, the governor reported 15 injured. In Odesa, two people "
                     "were injured.")
    (attack,) = report.attacks
    assert attack.injured == 35


@pytest.mark.parametrize("text", [
    "Russian drones hit Kremenchuk overnight, damaging a road bridge over the Dnipro River, the mayor said.",
    "Russian drones hit Kremenchuk overnight, the mayor said; across the Kakhovka Reservoir, shelling goes on daily.",
])
def test_a_river_is_no_city(text: str) -> None:
    """"a road bridge over the Dnipro River" names the river, not the city of Dnipro; nor is a reservoir its town."""
    (attack,) = extract(text).attacks
    assert attack.places == ("Kremenchuk",)


def test_a_town_long_occupied_is_where_ukraines_drones_hit() -> None:
    """Melitopol and Berdiansk, occupied since 2022, are hit only by Ukraine: the toll there that the
    Russian-installed governor gives is of Ukraine's attack."""
    text = ("Occupation officials report drone attack on Melitopol\n\nRussian-installed officials claimed that "
            "Ukrainian drones attacked Melitopol and Berdiansk overnight. Their governor wrote that air defence had "
            "shot down 9 Ukrainian drones.\n\nHe said debris had fallen in Melitopol, damaging a gas pipeline, and "
            "that three civilians had been injured. In Berdiansk, a drone hit a warehouse in the port.")
    (attack,) = extract(text).attacks
    assert (attack.attacker, attack.drones_downed, attack.injured) == ("ukraine", 9, 3)
    assert set(attack.places) == {"Melitopol", "Berdiansk"}


def test_people_who_sought_medical_help_after_ukraines_attack_are_its_toll() -> None:
    text = ("Ukrainian drones hit an arms depot near Toropets in Russia's Tver region overnight, the governor said. "
            "The regional health ministry later said 13 people had sought medical help, most with cuts.")
    (attack,) = extract(text).attacks
    assert (attack.attacker, attack.injured) == ("ukraine", 13)


@pytest.mark.parametrize(("text", "place"), [
    ("At 03:40 Kyiv time, Russian drones struck an energy facility in Lviv, injuring two people.", "Lviv"),
    ("Ukrainian drones hit an oil depot in Bryansk at 02:15 Moscow time, injuring two people.", "Bryansk"),
])
def test_a_clocks_zone_is_no_place(text: str, place: str) -> None:
    """"Kyiv time" and "Moscow time" name a clock's zone, not a city hit."""
    (attack,) = extract(text).attacks
    assert attack.places == (place,)


@pytest.mark.parametrize(("text", "places"), [
    # "from the Dnipro", "across the Dnipro" with no noun after it: the river
    ("Russian drones hit Mykolaiv overnight, injuring two people. The city was without drinking water for a year after "
     "Russian troops damaged the pipeline from the Dnipro in April 2022.", ("Mykolaiv",)),
    ("Russian artillery shelled Kherson from across the Dnipro, killing one man, the governor said.", ("Kherson",)),
    # "along the Dnipro" whatever follows it (but not "along the Dnipro region's border")
    ("Russian drone strikes on Kherson and on villages along the Dnipro killed three people, the governor said.",
     ("Kherson",)),
    ("Russian drones flew along the Dnipro region's border and hit Pavlohrad, killing three.",
     ("Dnipro", "Pavlohrad")),
    # the city's building, and the city, stay the city
    ("A Russian missile destroyed the Dnipro building on Saturday, killing 46 people.", ("Dnipro",)),
])
def test_the_dnipro_told_as_a_river_is_no_city(text: str, places: tuple[str, ...]) -> None:
    (attack,) = extract(text).attacks
    assert attack.places == places


@pytest.mark.parametrize(("text", "places"), [
    ("Zaporizhzhia front: one killed in Huliaipole; occupation officials accuse Kyiv over Tokmak\n\nIn Polohy "
     "district, a Russian drone attack killed a 67-year-old man in Huliaipole, governor Ivan Fedorov said.",
     ("Zaporizhzhia", "Huliaipole", "Polohy")),
])
def test_the_capital_accused_is_its_government(text: str, places: tuple[str, ...]) -> None:
    (attack,) = extract(text).attacks
    assert attack.places == places


def test_the_ministrys_air_defence_means_over_occupied_towns_are_its_claim_of_ukraines_drones() -> None:
    """The Russian ministry's briefing quoted after its claim: its "air defence means" shot down Ukraine's drones,
    over towns of Ukrainian regions Russia holds."""
    (attack,) = extract(
        "MOSCOW, November 3. /TASS/. Russian air defence systems shot down seven Ukrainian unmanned aerial vehicles "
        "over the past 24 hours, the Russian Defence Ministry said on Thursday.\n\n\"Air defence means shot down seven "
        "unmanned aerial vehicles in the areas of Vasilyevka and Tokmak in the Zaporozhye region and Novaya Kakhovka "
        "in the Kherson region,\" Konashenkov said at a briefing.").attacks
    assert (attack.attacker, attack.drones_downed) == ("ukraine", 7)


def test_two_earlier_days_told_in_one_sentence_keep_their_own_tolls() -> None:
    """ "On Sunday, strikes killed 13, while on September 30 a strike killed 32": two recalled strikes, not 45 dead."""
    attacks = extract(
        "Missiles hit Zaporizhzhia again\n\nRussian missiles struck Zaporizhzhia on Wednesday, killing two people, the "
        "governor said.\n\nThe city has come under repeated fire. On Sunday, strikes on the city killed 13 people, "
        "while on September 30 a Russian strike on a convoy of cars on its outskirts killed 32 people.").attacks
    assert sorted(a.killed or 0 for a in attacks) == [2, 13, 32]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a title's list of tolls: the count before ", 17 injured" is no number of a date
    ("Missiles hit Apostolove: death toll rises to 4, 17 injured", 4, 17),
    ("Drone strike on Kherson: death toll climbs to 3, 12 wounded", 3, 12),
    # a toll whose strike is told at length before its count
    ("The death toll from a Russian missile strike on the town of Apostolove in the Dnipropetrovsk region on the "
     "morning of 22 April has risen to four.", 4, None),
])
def test_a_toll_after_a_long_subject_or_before_another_count(text: str, killed: int, injured: int | None) -> None:
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured) == (killed, injured)


@pytest.mark.parametrize("text", [
    "Russia says it downed 64 drones overnight",
    "Moscow claims 64 drones shot down over its regions",
    "General Staff confirms hit on oil pumping station; Russia claims 64 drones downed",
])
def test_drones_russia_says_it_downed_are_ukraines(text: str) -> None:
    (attack,) = extract(text).attacks
    assert (attack.attacker, attack.drones_downed) == ("ukraine", 64)


def test_a_toll_told_before_russias_claim_stays_russias_attack() -> None:
    """(the claim's drones are not the toll's attacker's: "death toll ... rises to three; Moscow says 19 drones")"""
    attacks = extract("Death toll from shelling of Zelenivka rises to three; Moscow says 19 drones downed over Rostov "
                      "region").attacks
    assert [a.attacker for a in attacks if a.killed == 3] == ["russia"]


def test_weeks_before_an_anniversary_is_no_earlier_attack() -> None:
    """ "two weeks before the fourth anniversary of the invasion" dates the strike the report tells of, and the
    night before it, told after it, is an attack of its own."""
    attacks = extract(
        "Missiles kill three in Sumy\n\nSumy (Ukraine) (AFP) - Two Russian ballistic missiles struck Sumy on Tuesday, "
        "killing three people and wounding 19, officials said, two weeks before the fourth anniversary of Moscow's "
        "invasion.\n\nThe mayor said the missiles hit near a bus station.\n\nOvernight, Russia had launched 40 drones "
        "at Ukraine, of which 31 were destroyed, the air force said.").attacks
    assert {(a.killed, a.missiles_launched, a.drones_launched) for a in attacks} == {(3, 2, None), (None, None, 40)}


@pytest.mark.parametrize("opening", [
    "The Air Force said that overnight Russia had also launched 40 attack drones at Ukraine",
    "The air force reported overnight Russia had launched 40 attack drones at Ukraine",
    "Overnight, Russia had also launched 40 attack drones at Ukraine",
])
def test_the_night_before_a_days_missile_strike_told_after_it_is_its_own_attack(opening: str) -> None:
    """A report of a morning's missile strike that tells later of the night before: two attacks, unless the title
    counts the night's drones with the missiles."""
    body = ("Russian missiles hit Apostolove on Wednesday morning, killing four people and injuring 17, the regional "
            "governor said.\n\nThe missiles struck near the market at about 09:40.\n\nRescuers worked through the "
            f"day.\n\n{opening}, of which 31 were destroyed.")
    attacks = extract("Missile strike on Apostolove kills four\n\n" + body).attacks
    assert {(a.killed, a.drones_launched, a.drones_downed) for a in attacks} == {(None, 40, 31), (4, None, None)}
    (one,) = extract("Russia fires two missiles and 40 drones; four killed in Apostolove\n\n" + body).attacks
    assert (one.killed, one.drones_launched) == (4, 40)


@pytest.mark.parametrize("text", [
    "Washington will speed up delivery of the two air defence missile systems it has promised Kyiv.",
    "Berlin pledged Kyiv four more systems able to shoot down cruise missiles and drones.",
    "The Netherlands supplied Kyiv with missiles for its air defence after the strikes.",
])
def test_the_capital_given_weapons_is_its_government_no_place_hit(text: str) -> None:
    """ "the systems it has promised Kyiv": what others give Ukraine's government, no attack on the city."""
    (attack,) = extract("Russian drones struck Odesa overnight, injuring two people. " + text).attacks
    assert attack.places == ("Odesa",)
    assert not extract(text).attacks


@pytest.mark.parametrize("text", [
    "Moscow blamed Kyiv for a drone attack on a fuel depot in Bryansk overnight that injured two people.",
    "Russia accused Ukraine of attacking a fuel depot in Bryansk with drones overnight, injuring two people.",
])
def test_an_attack_russia_blames_on_kyiv_is_ukraines(text: str) -> None:
    (attack,) = extract(text).attacks
    assert (attack.attacker, attack.places, attack.injured) == ("ukraine", ("Bryansk",), 2)


@pytest.mark.parametrize(("text", "places"), [
    ("A Russian drone struck a house in Malyn overnight. Three residents were injured; one of them was taken to the "
     "Zhytomyr regional hospital.", ("Malyn",)),
    ("Drones hit Bohodukhiv overnight, injuring two people, who were rushed to the Kharkiv city clinical hospital.",
     ("Bohodukhiv",)),
    # (but a hospital hit is a place hit)
    ("A Russian missile hit the Kharkiv regional hospital overnight, injuring two people.", ("Kharkiv",)),
])
def test_the_hospital_the_injured_were_taken_to_is_no_place_hit(text: str, places: tuple[str, ...]) -> None:
    (attack,) = extract(text).attacks
    assert attack.places == places


@pytest.mark.parametrize(("text", "places"), [
    # a place after a bearing from a town named just before it is where the town lies, not a place hit
    ("A Russian missile and drone attack destroyed the power plant in the town of Ukrainka south of Kyiv, its "
     "operator said.", ("Ukrainka",)),
    ("Russian drones attacked a minibus in Chornobaivka, just outside Kherson, killing a man.", ("Chornobaivka",)),
    # a sentence turning to the other side's attack with no figure before the turn: the lead's places are its own
    ("Russian strike destroys power plant\n\n"
     "A Russian missile and drone attack on Thursday destroyed the power plant in Ukrainka, its operator said, as "
     "Moscow reported shooting down Ukrainian drones over two of its regions.\n\nIn the Kyiv region, debris from a "
     "downed drone damaged a house in Kaharlyk and a woman was injured.", ("Ukrainka", "Kyiv", "Kaharlyk")),
    # a street named after a city is no place hit
    ("Russian drones hit a building on Poltava Street in Kharkiv, injuring two.", ("Kharkiv",)),
    # the city a court sits in is no place hit
    ("A court in Kharkiv jailed a man who guided the Russian missile strike that killed four in Lozova.",
     ("Lozova",)),
    # the city of the hospital someone hurt is in is no place hit
    ("Russian drones hit Balakliia overnight, injuring a woman, who is in hospital in Kharkiv.", ("Balakliia",)),
])
def test_places_named_beside_others(text: str, places: tuple[str, ...]) -> None:
    russias = [a for a in extract(text).attacks if a.attacker == "russia"]
    assert russias[0].places == places


def test_moscows_energy_industry_is_the_states_not_the_citys() -> None:
    (attack,) = extract("Russia's defence ministry said it shot down 30 Ukrainian drones overnight, as Kyiv keeps up "
                        "its drone strikes on Moscow's energy industry. A refinery in Ryazan was hit.").attacks
    assert attack.places == ("Ryazan",)


@pytest.mark.parametrize(("text", "places"), [
    # the town in the Rostov region, not the sea or the unit named after it
    ("Ukrainian drones attacked Azov overnight; debris fell on a house on the shore of the Sea of Azov, the governor "
     "said. Two people were injured.", ("Azov",)),
    ("A Russian missile struck the port of Mykolaiv, a former Azov Regiment fighter who lives on the Azov Sea coast "
     "said. One person was injured.", ("Mykolaiv",)),
])
def test_azov_is_the_town_not_the_sea_or_the_regiment(text: str, places: tuple[str, ...]) -> None:
    attacks = extract(text).attacks
    assert [a.places for a in attacks] == [places]


@pytest.mark.parametrize(("text", "places"), [
    # a town's old spelling as a person's surname, after a given name and again on its own
    ("Drones attacked an industrial enterprise in Novocheboksarsk in Chuvashia, the head of the republic, Oleg "
     "Nikolayev, said. Two employees were injured, Nikolayev wrote on Telegram.", ("Novocheboksarsk", "Chuvashia")),
    # and the town itself, where no person bears its name
    ("Russian drones struck Nikolayev overnight, injuring two people, Governor Vitaly Kim said.", ("Mykolaiv",)),
])
def test_a_town_named_as_a_persons_surname_is_no_place(text: str, places: tuple[str, ...]) -> None:
    attacks = extract(text).attacks
    assert [a.places for a in attacks] == [places]


@pytest.mark.parametrize(("text", "places"), [
    # a renamed town is reported by the name the text calls it, where it never uses the name it has now
    ("Russian missiles struck the port of Yuzhne overnight, killing two.", ("Yuzhne",)),
    ("Russian missiles struck the port of Pivdennyi overnight, killing two.", ("Pivdennyi",)),
    ("Russian missiles struck Pivdennyi (formerly Yuzhne) overnight, killing two.", ("Pivdennyi",)),
    ("Russian drones hit Krasnohrad and Pershotravensk overnight, injuring two.", ("Krasnohrad", "Pershotravensk")),
    ("Russian drones hit Berestyn and Shakhtarske overnight, injuring two.", ("Berestyn", "Shakhtarske")),
])
def test_a_renamed_town_is_told_by_the_texts_name(text: str, places: tuple[str, ...]) -> None:
    (attack,) = extract(text).attacks
    assert attack.places == places


def test_every_name_of_a_place_has_one_canonical_name() -> None:
    """Where names from many reports or a user's rules are compared: spellings, former names and regions."""
    assert [canonical_name(n) for n in ("Kiev", "Yuzhne", "Krasnohrad", "Odessa Oblast", "Nowhere")] == [
        "Kyiv", "Pivdennyi", "Berestyn", "Odesa region", "Nowhere"]


@pytest.mark.parametrize(("text", "places"), [
    # places the gazetteer lacked: an Odesa village and a Russian airfield
    # places the gazetteer lacked: Russian industrial towns, written as their people spell them too
    ("Ukrainian drones struck a chemical plant in Togliatti and an enterprise in Balakovo overnight, injuring two "
     "workers.", ("Tolyatti", "Balakovo")),
    ("A Russian drone hit a farm near Kobeliaki in the Poltava region, injuring a man.", ("Kobeliaki", "Poltava")),
    ("A Russian missile hit a holiday resort in Serhiivka in the Odesa region overnight, killing 21 people.",
     ("Serhiivka", "Odesa")),
    ("Ukrainian drones struck the Marinovka airfield in the Volgograd region overnight, Russia's defence ministry "
     "said, claiming to have destroyed 12 of them.", ("Marinovka", "Volgograd")),
    # front-line villages of the regional administrations' daily lists
    ("Russian drones attacked Komyshany and Tiahynka in the Kherson region, injuring three people, the governor said.",
     ("Komyshany", "Tiahynka", "Kherson")),
    ("Russian artillery and drones struck Pokrovske and Myrove communities in the Nikopol district overnight, wounding "
     "a man.", ("Pokrovske", "Myrove", "Nikopol")),
    ("A guided bomb hit Staryi Saltiv in the Kharkiv region on Sunday, killing two people.",
     ("Staryi Saltiv", "Kharkiv")),
    # towns and villages of Russia's that the governors name when Ukrainian drones strike
    ("Ukrainian drones hit a tower block in Vidnoye, south of Moscow, overnight, injuring three people, the "
     "regional governor Andrei Vorobyov said.", ("Vidnoye",)),
    ("A Ukrainian drone struck a house in Klimovo, wounding two people, Bryansk governor Alexander Bogomaz said.",
     ("Klimovo", "Bryansk")),
    ("In the village of Novaya Tavolzhanka, a Ukrainian drone attacked a car, injuring a man, Belgorod governor "
     "Vyacheslav Gladkov said.", ("Novaya Tavolzhanka", "Belgorod")),
    # the districts Rostov's governor names, the airfields of long-range strikes, and Sevastopol's suburbs
    ("Russia's defence ministry said 30 Ukrainian drones were destroyed overnight. Air defence repelled an attack in "
     "the Kamensky and Millerovsky districts, Rostov governor Yury Slyusar said.",
     ("Kamensky", "Millerovsky", "Rostov")),
    ("Ukrainian drones attacked the Dyagilevo air base in the Ryazan region overnight, the Russian defence ministry "
     "said.", ("Dyagilevo", "Ryazan")),
    ("Falling debris damaged several private houses in Lyubimovka after Ukrainian drones attacked Sevastopol "
     "overnight; one man was injured, governor Mikhail Razvozhayev said.", ("Lyubimovka", "Sevastopol")),
    # an airfield's village, a nuclear site, a Kherson village; a port's town, a residence's, Belgorod's villages
    ("Russian drones attacked the airport at Havryshivka overnight, and a drone hit the "
     "shelter at Chernobyl; in Zolota Balka a man was wounded.", ("Havryshivka", "Chornobyl", "Zolota Balka")),
    ("Ukrainian drones struck a fuel terminal near Kingisepp and were shot down over Valdai overnight, while a drone "
     "attacked a car in Razumnoye and another in Dorogoshch, injuring two people.",
     ("Kingisepp", "Valdai", "Razumnoye", "Dorogoshch")),
    ("Ukrainian drones attacked a fuel depot in Kotelnikovo, a substation in Andreapol and a plant near Roslavl "
     "overnight, and debris fell in Novocheboksarsk.", ("Kotelnikovo", "Andreapol", "Roslavl", "Novocheboksarsk")),
    ("A Russian drone hit a private house in Kurylivka, killing a man and a woman.", ("Kurylivka",)),
    ("Drone debris damaged houses in Kaharlyk and Rzhyshchiv in the Kyiv region, injuring a woman.",
     ("Kaharlyk", "Rzhyshchiv", "Kyiv")),
    ("A Russian drone hit a warehouse in Korsun-Shevchenkivskyi in the Cherkasy region, injuring a guard.",
     ("Korsun-Shevchenkivskyi", "Cherkasy")),
    ("Ukrainian drones struck an oil pumping station near Almetyevsk and a plant in Mtsensk overnight, injuring two "
     "people.", ("Almetyevsk", "Mtsensk")),
    ("Russia's defence ministry said 14 Ukrainian drones were downed overnight; debris fell in Surazh, Gryazi, Kalach "
     "and Zernograd.", ("Surazh", "Gryazi", "Kalach", "Zernograd")),
    ("Russian drones struck Mena, Sosnytsia, Nedryhailiv and Zhovkva overnight, damaging houses.",
     ("Mena", "Sosnytsia", "Nedryhailiv", "Zhovkva")),
    ("Russian missiles hit Novyi Buh and Velyka Oleksandrivka overnight, damaging houses.",
     ("Novyi Buh", "Velyka Oleksandrivka")),
    ("Russia's defence ministry said 20 Ukrainian drones were downed overnight; debris fell in Shchekino, Chapayevsk, "
     "Ishimbay and Kasimov.", ("Shchekino", "Chapayevsk", "Ishimbay", "Kasimov")),
    ("Russian drones struck Krolevets, Olevsk, Kehychivka and Krynychky overnight, damaging houses.",
     ("Krolevets", "Olevsk", "Kehychivka", "Krynychky")),
    ("Russian artillery shelled Novovorontsovka and Vysokopillia, and drones hit Kamin-Kashyrskyi overnight.",
     ("Novovorontsovka", "Vysokopillia", "Kamin-Kashyrskyi")),
    ("Ukrainian drones were downed over Stroitel, Zhukovka and the town of Marx overnight, the ministry said; a "
     "drone also hit a block on Karl Marx Street in Kursk.", ("Stroitel", "Zhukovka", "Marx", "Kursk")),
])
def test_places_added_to_the_gazetteer(text: str, places: tuple[str, ...]) -> None:
    # (a governor's region beside a town of it is a place of the attack, as the annotators keep it)
    assert extract(text).attacks[0].places == places


def test_towns_occupied_since_2022_are_places_of_ukraines_strikes() -> None:
    # Luhansk, Sievierodonetsk, Mariupol: held by Russia, so where Ukraine strikes (as Melitopol or Horlivka are)
    report = extract("Russia's defence ministry said it shot down four Storm Shadow missiles over the Luhansk region "
                     "overnight. A Ukrainian strike on a depot in Sievierodonetsk killed two people, and a drone hit "
                     "the port of Mariupol, Moscow-installed officials said.")
    assert [(a.attacker, a.killed, a.places) for a in report.attacks] == [
        ("ukraine", 2, ("Luhansk", "Sievierodonetsk", "Mariupol"))]
    # (the left bank of the Dnipro and towns taken in 2022: Hola Prystan, Kakhovka, Dniprorudne, Vasylivka ...)
    report = extract("Moscow-installed officials said Ukrainian drones attacked Hola Prystan, Kakhovka and "
                     "Dniprorudne overnight, killing one person. Ukrainian strikes on Popasna, Vasylivka and "
                     "Kamianka-Dniprovska injured two.")
    assert [(a.attacker, a.places) for a in report.attacks] == [
        ("ukraine", ("Hola Prystan", "Kakhovka", "Dniprorudne", "Popasna", "Vasylivka", "Kamianka-Dniprovska"))]


def test_the_attack_dated_after_the_report_day_is_the_leads() -> None:
    """"officials said on Tuesday" in the lead, then "the attack on Monday afternoon was carried out by bombers" and
    a summit "that begins Tuesday": one attack, Monday's."""
    report = extract("Kremenchuk toll rises to 18\n\nThe number of people killed by a Russian missile strike on a "
                     "shopping centre in Kremenchuk has risen to 18, officials said on Tuesday. The air force said the "
                     "attack on Monday afternoon was carried out by bombers, which fired two Kh-22 missiles. The "
                     "governor said 59 people had been injured. The attack came as leaders prepared for a summit that "
                     "begins Tuesday.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured, attack.missiles_launched) == (18, 59, 2)


def test_the_strike_dated_in_a_report_of_its_toll_days_on_is_the_same() -> None:
    """"The strike on Jan. 14 destroyed ..." in a report of Jan. 17 on its toll: the attack the lead told of."""
    report = extract("Dnipro toll rises to 45\n\nThe number of people killed in the Russian missile strike on a "
                     "block of flats in Dnipro has risen to 45, the emergency service reported on Jan. 17. The strike "
                     "on Jan. 14 destroyed an entire section of the block. According to the service, 79 people were "
                     "injured.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured) == (45, 79)


def test_the_strike_told_again_by_its_weekday_and_an_update_stay_the_leads_attack() -> None:
    """A report told on Sunday of Saturday's strike ("The missile hit Zaporizhzhia on Saturday afternoon") and an
    update dated the next day: one attack, whose toll is the update's."""
    report = extract("Missile strike on Zaporizhzhia: toll rises to 20\n\nThe number of people killed by the Russian "
                     "missile strike on a block of flats in Zaporizhzhia has risen to 20, the governor said on Sunday "
                     "evening. Forty people were injured.\n\nThe missile hit Zaporizhzhia on Saturday afternoon, "
                     "during a wave of strikes on the power grid.\n\nUpdate (March 3, 08:00). As of the morning, the "
                     "number of dead increased to 23, the emergency service said.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured) == (23, 40)


def test_a_date_of_a_relative_clauses_own_event_is_no_other_attack() -> None:
    """"the port ..., from which the grain deal's ships sailed until Moscow quit it on July 17" dates the deal, not the
    strike the sentence tells of."""
    report = extract("Drones hit Odesa ports\n\nRussia attacked Odesa on the night of July 21 with 30 drones. In the "
                     "port of Chornomorsk, the enemy destroyed 50,000 tonnes of grain meant for the deal, from which "
                     "Russia withdrew on July 17.")
    (attack,) = report.attacks
    assert attack.drones_launched == 30
    assert "Chornomorsk" in attack.places


def test_a_ceasefire_a_clause_dates_is_no_other_attack() -> None:
    """"the ceasefire proposed by Washington, which Kyiv accepted on March 11" dates the proposal: what the sentences
    after it say of the strike is the report's."""
    report = extract("Missile kills 20 in Kryvyi Rih\n\nA Russian ballistic missile hit Kryvyi Rih on Friday evening, "
                     "killing 20 people, officials said on Sunday.\n\nZelensky said the strike showed Moscow had no "
                     "interest in the ceasefire proposed by Washington, which Kyiv accepted on March 11. The U.S. "
                     "ambassador later wrote that Russia had launched the missile.")
    assert [(a.missiles_launched, a.killed) for a in report.attacks] == [(1, 20)]


def test_a_toll_updating_one_places_count_adds_to_the_other_places() -> None:
    """Odesa's three hurt, and Mykolaiv's ten "risen to 15" in the sentence after: 18, not 15."""
    report = extract("Russia attacked Odesa and Mykolaiv overnight with drones and missiles. The air force said "
                     "the attack came in several waves.\n\nIn Odesa, missile debris hit the port. Three people were "
                     "injured, the governor said.\n\nIn Mykolaiv, a missile hit "
                     "a school. The governor initially reported ten injured. Later, he said the number of injured had "
                     "risen to 15.")
    (attack,) = report.attacks
    assert attack.injured == 18


def test_a_toll_told_by_late_evening_is_the_leads_not_an_earlier_offensives() -> None:
    """"By late evening, the death toll had risen to 9" after a sentence of an offensive "earlier this month"."""
    report = extract("Glide bombs hit Kharkiv store\n\nRussian guided bombs struck a shop in Kharkiv on Saturday, "
                     "killing at least five people, officials said. Russia has been dropping such bombs on the region, "
                     "where Moscow launched an offensive earlier this month.\n\nBy late evening, the death toll had "
                     "risen to 9, the governor said, and 30 people were wounded.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured) == (9, 30)


def test_shelling_beside_an_air_attack_is_an_attack_of_its_own() -> None:
    """A town's shelling with its casualties is apart from the night's drones; told alone, it is the attack."""
    report = extract("Russia launched 40 drones overnight, 35 of which were shot down, the air force said. In "
                     "Kyiv, two people were injured by debris.\n\nIn Kherson, Russian shelling killed one person and "
                     "wounded three others, the regional administration said.")
    night, shelling = report.attacks
    assert (night.drones_launched, night.injured, night.killed) == (40, 2, None)
    assert (shelling.killed, shelling.injured, shelling.places) == (1, 3, ("Kherson",))
    alone = extract("Russian shelling of Kherson\n\nIn Kherson, Russian shelling killed one person and wounded three "
                    "others, the regional administration said.")
    (attack,) = alone.attacks
    assert (attack.killed, attack.injured) == (1, 3)


def test_an_updates_count_of_the_dead_is_the_latest_not_more_of_them() -> None:
    """Four killed, then "Update, 13:40. ... the bodies of five people had been recovered": five, not nine."""
    report = extract("Drones hit Kyiv\n\nRussian drones struck a residential building in Kyiv on Monday. \"Four "
                     "people were killed,\" the mayor wrote.\n\nUpdate, 13:40. The mayor said the bodies of five "
                     "people had been recovered from the rubble.")
    (attack,) = report.attacks
    assert attack.killed == 5


def test_where_the_dead_came_from_is_no_place_hit() -> None:
    """A couple "travelling from the Belgorod region" killed on the Crimean bridge: the bridge, not Belgorod (nor
    the region of its governor who told of them)."""
    report = extract("The Crimean bridge was attacked overnight by two Ukrainian unmanned surface vessels, the "
                     "committee said. A couple travelling from the Belgorod region was killed, Belgorod "
                     "Region Governor Vyacheslav Gladkov said.")
    (attack,) = report.attacks
    assert attack.attacker == "ukraine"
    assert attack.places == ("Crimean bridge",)
    assert (attack.drones_launched, attack.killed) == (None, 2)


def test_a_lead_told_overnight_into_a_day_then_that_days_night_is_two_attacks() -> None:
    """"overnight into Sunday ... followed it with another wave on Sunday night": the first night's figures are the
    lead's, and "Saturday night" later is that night again."""
    report = extract("Two nights of drones\n\nRussia launched 140 drones at Ukraine overnight into Sunday and "
                     "followed it with another wave on Sunday night. The air force said 101 of the 140 drones "
                     "launched on Saturday night were shot down. On Sunday night, Russia fired 62 drones, of which 50 "
                     "were downed.")
    nights = sorted((a.drones_launched, a.drones_downed) for a in report.attacks)
    assert nights == [(62, 50), (140, 101)]


def test_a_lead_toll_is_the_sum_of_a_list_by_city_with_a_citys_update() -> None:
    """A toll credited to "Kyiv Post" is the country's, not Kyiv's; a city's list item told again and a city's toll
    that rose are that city's count once each, so the list adds up to the lead's toll."""
    report = extract("Missiles hit five cities\n\nThis is a developing story.\n\nRussia fired 90 missiles at "
                     "Ukraine on Friday, the air force said. At least 21 people were killed, according to figures "
                     "compiled by Kyiv Post.\n\nCasualties by city:\n\n- Kyiv: 10 killed\n- Dnipro: 5 killed\n"
                     "- Odesa: 4 killed\n- Lviv: 1 killed\n\nIn Lviv, a warehouse burned and one person was "
                     "killed, the governor said.\n\nUpdate at 22:00: The death toll in Kyiv rose to 11.")
    (attack,) = report.attacks
    assert (attack.missiles_launched, attack.killed) == (90, 21)


def test_a_separate_ukrainian_strike_naming_a_new_town_is_its_own_attack() -> None:
    """"Separately, in the Belgorod region, a Ukrainian drone struck a bus near Shebekino" after the ministry's count
    over the Belgorod region: another attack, for it names a town the first did not."""
    report = extract("Drones over Russia\n\nRussia's defence ministry said 30 Ukrainian drones were destroyed "
                     "over the Belgorod and Kursk regions overnight. Separately, in the Belgorod region, a Ukrainian "
                     "drone struck a bus near Shebekino on Friday morning, killing one person and injuring four, the "
                     "governor said.")
    attacks = sorted(((a.drones_downed, a.killed, a.injured) for a in report.attacks if a.attacker == "ukraine"),
                     key=str)
    assert attacks == [(30, None, None), (None, 1, 4)]


def test_a_new_attack_a_governor_reports_later_in_the_day_is_its_own() -> None:
    """"Later in the day, the governor reported a new attack": the drone that hit a car after the night's count is
    another attack, with its own casualty."""
    report = extract("Drones over Bryansk\n\nThe Bryansk governor said 14 Ukrainian drones were destroyed over the "
                     "region overnight, with no casualties.\n\nLater in the day, the governor reported a new attack. "
                     "A Ukrainian kamikaze drone struck a car in Klimovo, and a civilian was injured, he said.")
    attacks = sorted(((a.drones_downed, a.injured) for a in report.attacks if a.attacker == "ukraine"), key=str)
    assert attacks == [(14, None), (None, 1)]


def test_a_titles_toll_after_a_semicolon_is_the_guided_bombs() -> None:
    """"one killed, eight injured in overnight Shahed attack; guided bomb injures three in afternoon": the title's
    second toll is the bombs', not added to the night's."""
    report = extract("Kharkiv: one killed, eight injured in overnight Shahed attack; guided bomb injures three in "
                     "afternoon\n\nRussia attacked Kharkiv with Shahed drones overnight, killing one person and "
                     "injuring eight, the mayor said.\n\nIn the afternoon, Russian aircraft dropped two guided aerial "
                     "bombs on the city's Industrialnyi district. Three people were injured.")
    assert sorted(((a.killed, a.injured) for a in report.attacks), key=str) == [(1, 8), (None, 3)]


def test_a_truck_bombs_toll_is_no_attack_from_the_air() -> None:
    """"Saturday's truck bomb blast on the bridge killed three people": a bomb set off on the ground, whose toll is no
    attack's of the air war."""
    report = extract("Russian missiles rain on Ukraine\n\nRussia fired 84 missiles at Ukraine on Monday, killing 19 "
                     "people.\n\nSaturday's truck bomb blast on the Crimean bridge, which Moscow blamed on Kyiv, "
                     "killed three people.")
    assert [(a.missiles_launched, a.killed) for a in report.attacks] == [(84, 19)]


def test_a_weeks_review_headed_by_its_nights_tells_an_attack_under_each() -> None:
    """"Monday night", "Wednesday", "Friday night" on lines of their own head a week's review: each night's counts
    are an attack of their own, not one attack's."""
    report = extract("Three nights, one port\n\nRussia went after Odesa three times this week.\n\nMonday night\n\n"
                     "Russia launched 37 attack drones, and 28 were shot down. In Odesa, one woman was killed.\n\n"
                     "Wednesday\n\nRussia struck the port of Pivdennyi with two Iskander-M missiles, killing two "
                     "port workers.\n\nFriday night\n\nRussia launched 24 Shaheds at Izmail; 19 were destroyed.")
    attacks = sorted((a.drones_launched or 0, a.missiles_launched or 0, a.killed or 0) for a in report.attacks)
    assert attacks == [(0, 2, 2), (24, 0, 0), (37, 0, 1)]


def test_the_sentences_after_an_earlier_told_ukrainian_count_go_on_with_it() -> None:
    """"Hours earlier, the ministry said 120 Ukrainian drones were destroyed. Sobyanin said 15 flying towards the
    capital had been shot down": the mayor's are part of the ministry's count, not an attack of their own."""
    report = extract("Russia strikes Ukraine\n\nRussia fired 40 drones at Ukraine overnight, the air force said on "
                     "Sunday, and 31 were shot down.\n\nHours earlier, Russia's defence ministry said its air "
                     "defences had destroyed 120 Ukrainian drones over 10 regions overnight. The Moscow mayor, Sergei "
                     "Sobyanin, said 15 drones flying towards the capital had been shot down.")
    assert [a.drones_downed for a in report.attacks if a.attacker == "ukraine"] == [120]


def test_a_previous_largest_attack_with_an_aside_before_its_verb_is_recalled() -> None:
    """"The previous largest attack, in November 2022, involved 96 missiles": an earlier attack of its own."""
    report = extract("Russia fired 120 missiles and 40 drones at Ukraine overnight, the air force said. The previous "
                     "largest attack, in November 2022, involved 96 missiles, a spokesman said.")
    night, record = report.attacks
    assert (night.missiles_launched, night.drones_launched) == (120, 40)
    assert record.missiles_launched == 96


def test_the_latest_figures_are_the_toll_not_added_to_an_earlier_entrys() -> None:
    """A live page's summary "according to the latest figures" and an earlier entry's count: the summary's."""
    report = extract("Russia-Ukraine live\n\n19.05 GMT\nSummary\n\nRussia fired 100 missiles at Ukraine overnight. "
                     "Officials in several cities reported damage. Rescue work went on all day.\n\nAt least 30 people "
                     "were killed and more than 140 injured, according to the latest figures.\n\n14.12 GMT\nThe "
                     "interior minister said more than 110 people have been wounded.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured) == (30, 140)


def test_an_update_dated_by_weekday_is_the_attacks() -> None:
    """"Update, Sunday 10:30 a.m.: The death toll has risen to 15" in a report of Saturday's strike."""
    report = extract("Strike on Kharkiv store\n\nA Russian strike on a store in Kharkiv on Saturday killed at least "
                     "six people and injured 40, officials said.\n\nUpdate, Sunday 10:30 a.m.: The death toll from the "
                     "strike has risen to 15, the governor said, and 45 people were wounded.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured) == (15, 45)


def test_novomoskovsk_is_the_tula_regions() -> None:
    """Novomoskovsk is a town of Russia's Tula region: a Ukrainian drone's place there is Ukraine's attack's."""
    report = extract("Russia's Defense Ministry said air defences shot down 40 Ukrainian drones overnight over the "
                     "Tula and Kaluga regions. In the Tula region, the governor said one person was injured when drone "
                     "debris hit a house in Novomoskovsk.")
    (attack,) = report.attacks
    assert attack.attacker == "ukraine"
    assert (attack.drones_downed, attack.injured) == (40, 1)
    assert "Novomoskovsk" in attack.places


def test_servicemen_killed_in_ukraines_strike_count() -> None:
    """Russia's ministry telling of its own servicemen killed and hurt: the toll of Ukraine's attack."""
    report = extract("Russia says Ukrainian drones struck an air base\n\nRussia's defence ministry said on Monday "
                     "that Ukrainian drones had attacked an air base deep inside Russian territory. \"Two Russian "
                     "servicemen who were at the airfield were mortally wounded. Five injured servicemen were taken "
                     "to hospital,\" the ministry said.")
    (attack,) = report.attacks
    assert attack.attacker == "ukraine"
    assert (attack.killed, attack.injured) == (2, 5)


@pytest.mark.parametrize("claim", [
    "The ministry claimed to have killed more than 50 Ukrainian servicemen at the training ground.",
    "In the Kupiansk direction, Ukrainian units lost up to 70 servicemen killed and wounded, the spokesman said.",
])
def test_a_sides_claim_of_the_others_soldiers_lost_is_no_toll(claim: str) -> None:
    report = extract(f"Russia fired 20 missiles at Ukraine overnight, the air force said. {claim}")
    (attack,) = report.attacks
    assert attack.missiles_launched == 20
    assert attack.killed is None


def test_ukrainian_missiles_that_hit_an_occupied_city_are_ukraines_attack() -> None:
    report = extract("Russia fired 18 missiles at Kyiv overnight, and all of them were shot down, the air force "
                     "said. Three people were injured in Kyiv.\n\nRussian-installed officials in occupied Luhansk "
                     "said two Ukrainian missiles had hit an industrial area of the city, injuring six people.")
    russia, ukraine = report.attacks
    assert (russia.attacker, russia.missiles_launched, russia.injured) == ("russia", 18, 3)
    assert (ukraine.attacker, ukraine.missiles_launched, ukraine.injured) == ("ukraine", 2, 6)


def test_shelling_of_another_city_the_same_day_is_its_own_attack() -> None:
    report = extract("Russia fired about 70 cruise missiles at Ukraine on Wednesday, of which 51 were shot down, "
                     "the military said. In Kyiv, three people were killed.\n\nAlso on Wednesday, Russian shelling "
                     "of Kherson killed seven people and injured 21, the regional governor said.")
    missiles, shelling = report.attacks
    assert (missiles.missiles_launched, missiles.killed, missiles.injured) == (70, 3, None)
    assert (shelling.killed, shelling.injured, shelling.places) == (7, 21, ("Kherson",))


def test_the_night_after_a_night_told_by_its_morning_is_another() -> None:
    """"overnight into Saturday" then "On Saturday night": two nights; "followed up with" launched."""
    report = extract("Two nights of strikes\n\nRussia attacked Ukraine on two nights running, officials said on "
                     "Sunday. Overnight into Saturday, Russia launched 400 drones and 20 missiles, the air force "
                     "said. Three people were killed in Dnipro.\n\nOn Saturday night, Russia followed up with 150 "
                     "drones and two ballistic missiles, of which 120 drones were shot down.")
    first, second = report.attacks
    assert (first.drones_launched, first.missiles_launched, first.killed) == (400, 20, 3)
    assert (second.drones_launched, second.missiles_launched, second.drones_downed) == (150, 2, 120)


def test_a_launch_total_told_apart_is_the_attack_its_kinds_add_up_to() -> None:
    report = extract("Russia launched 300 drones and 16 missiles at Ukraine overnight, the air force said.\n\n"
                     "Weeks after talks on a truce in energy strikes, the president said: \"Russia answered with 316 "
                     "drones and missiles in one night.\"")
    (attack,) = report.attacks
    assert (attack.drones_launched, attack.missiles_launched, attack.launched_total) == (300, 16, 316)


def test_the_shares_after_dashes_in_a_list_are_of_their_own_items_weapons() -> None:
    report = extract("The enemy used 150 air attack assets, the Air Force said, listing them:\n\n"
                     "- 40 Kh-101 cruise missiles launched from Tu-95MS aircraft – 35 shot down;\n"
                     "- 10 Kalibr cruise missiles from the Black Sea – all shot down;\n"
                     "- 100 Shahed attack drones and decoys of various types – 70 shot down.")
    (attack,) = report.attacks
    assert (attack.drones_launched, attack.drones_downed) == (100, 70)
    assert attack.missiles_launched == 50


def test_two_records_in_one_sentence_are_two_attacks() -> None:
    """"... on Nov. 15, 2022, when Russia fired 96 missiles, and ... on Nov. 25 this year, with 75 drones": a
    date "this year" is no tally of the year."""
    report = extract("Russia launched 120 missiles and 40 drones at Ukraine overnight, officials said on Friday.\n\n"
                     "The air force said the previous largest attack had been on Nov. 15, 2022, when Russia fired 96 "
                     "missiles, and that the largest drone attack was on Nov. 25 this year, with 75 drones.")
    night, missiles, drones = report.attacks
    assert (night.missiles_launched, night.drones_launched) == (120, 40)
    assert (missiles.missiles_launched, missiles.drones_launched) == (96, None)
    assert (drones.drones_launched, drones.missiles_launched) == (75, None)


def test_a_record_count_in_a_title_is_launched() -> None:
    report = extract("Record 500 Drones and Missiles: Russia Hits Western Ukraine\n\nRussia launched 480 drones "
                     "and 20 missiles at Ukraine overnight, the air force said.")
    (attack,) = report.attacks
    assert (attack.drones_launched, attack.missiles_launched, attack.launched_total) == (480, 20, 500)


def test_tolls_on_the_items_of_a_district_list_add_up() -> None:
    """Equal counts on items labelled by district, and in a region named after them, are each their own."""
    report = extract("Russia attacked Kyiv with 30 missiles overnight, and all were shot down.\n\nDamage "
                     "district by district:\n- Darnytskyi district: debris hit a house. A man was killed and a "
                     "woman was injured.\n- Podilskyi district: three people were injured.\n- Solomianskyi "
                     "district: one person was hospitalized.\n\nIn the Kyiv region, three people were injured by "
                     "falling debris, the governor said.")
    (attack,) = report.attacks
    assert attack.killed == 1
    assert attack.injured == 8


def test_a_later_toll_of_the_city_takes_in_its_districts_counts() -> None:
    """Counts on district items, then the city's final toll at least their sum: the toll, not the two added up."""
    report = extract("Russia fired 12 missiles at Kyiv overnight, the air force said.\n\nThe city administration "
                     "listed the damage:\n- Holosiivskyi district: a missile hit a warehouse. Six people were "
                     "injured.\n- Podilskyi district: two people were injured by debris.\n\nBy evening the final "
                     "toll in the capital stood at 11 injured, officials said.")
    (attack,) = report.attacks
    assert attack.injured == 11


@pytest.mark.parametrize(("later", "killed"), [
    # only a region apart from the struck city is counted later: the lead's count is the city's, and they add up
    ("In the Kharkiv region, a drone killed two people, the governor said.", 7),
    # a later count of no place (the city's, told on): the lead's is the attack's
    ("In the Kharkiv region, a drone killed two people. Three people were killed in one stairwell, rescuers said.", 5),
])
def test_a_leads_count_of_the_one_city_it_names_struck_adds_to_a_region_apart(later: str, killed: int) -> None:
    report = extract("Missiles Hit Dnipro, Killing Five\n\nRussian missiles struck Dnipro on Tuesday morning, "
                     "killing five people in an office block, officials said.\n\nThe air force said it had no "
                     "interceptors near the city.\n\n" + later)
    (attack,) = report.attacks
    assert attack.killed == killed


def test_one_person_hurt_in_each_of_villages_the_gazetteer_lacks_adds_up() -> None:
    """"In the village of X" and "In Y" name two places, known or not: each one hurt counts, beside a numbered
    count elsewhere."""
    report = extract("Ukrainian drones and shelling hit border villages, governor says\n\nUkrainian drones and "
                     "artillery struck several villages of the Kursk region on Sunday, the governor said.\n\nIn the "
                     "village of Zvannoye, a drone dropped a grenade on a car, injuring the driver. In Vyshnevka, a "
                     "drone hit a farm building, injuring a worker. Two people were hurt by shelling in the village of "
                     "Lipovka.")
    (attack,) = report.attacks
    assert attack.injured == 4


def test_all_the_drones_over_one_region_are_not_all_launched() -> None:
    report = extract("Russia's Defense Ministry said air defences destroyed 40 Ukrainian drones over five regions "
                     "overnight. The Bryansk governor said all the drones over his region had been destroyed.")
    (attack,) = report.attacks
    assert (attack.drones_downed, attack.drones_launched) == (40, None)


def test_drones_that_flew_out_of_the_airspace_are_not_lost() -> None:
    report = extract("Russia launched 60 drones overnight. \"30 were shot down, 25 enemy UAVs were lost locally (as "
                     "a result of electronic warfare), two drones flew out of Ukrainian airspace towards Belarus, and "
                     "one more remains in the air,\" the Air Force said.")
    (attack,) = report.attacks
    assert (attack.drones_downed, attack.drones_suppressed) == (30, 25)


def test_tolls_reported_earlier_in_the_evening_are_superseded() -> None:
    report = extract("Russian guided bombs struck a store in Kharkiv on Saturday. The death toll has risen to 14, "
                     "the governor said. Earlier in the evening he reported six dead, and then 11 dead.")
    (attack,) = report.attacks
    assert attack.killed == 14


def test_a_smaller_count_told_of_no_place_after_a_citys_is_part_of_it() -> None:
    report = extract("Russia fired 38 missiles at Ukraine, the air force said.\n\nIn Kyiv, at least 27 people were "
                     "killed, including three children, and 82 were injured. Part of the hospital was destroyed. Two "
                     "people were killed at the hospital itself, the minister said. In Dnipro, one person was killed.")
    (attack,) = report.attacks
    assert attack.killed == 28


def test_ukraines_previous_largest_attack_recalled_is_its_own() -> None:
    report = extract("Drones over Moscow\n\nRussia's Defense Ministry said its air defences destroyed 300 Ukrainian "
                     "drones over 10 regions overnight, including 70 over the Moscow region.\n\nThe previous largest "
                     "Ukrainian drone attack on Moscow was in November 2024, when Russia said it had shot down 34 "
                     "drones over the region.")
    night, earlier = report.attacks
    assert (night.attacker, night.drones_downed) == ("ukraine", 300)
    assert (earlier.attacker, earlier.drones_downed) == ("ukraine", 34)


def test_a_share_of_a_months_tally_is_no_attack() -> None:
    report = extract("Over the 31 days of July, the Air Force recorded 6,000 drones and 198 missiles. Of the 198 "
                     "missiles, 141 were intercepted.")
    assert report.attacks == ()


def test_sanctions_on_russian_oil_are_no_attack_on_russia() -> None:
    """A call for sanctions on Russian oil between a night's report and its recalled record leaves both Russia's."""
    report = extract("Record night\n\nRussia fired 700 drones and 13 missiles at Ukraine overnight, the air force "
                     "said. The president called for sanctions on Russian oil and on countries that buy it. The attack "
                     "broke the record set less than a week earlier. On the night of 4 July, Russia fired 539 drones "
                     "and 11 missiles, mostly at Kyiv, where two people were killed.")
    night, record = report.attacks
    assert (night.attacker, night.drones_launched, night.killed) == ("russia", 700, None)
    assert (record.attacker, record.drones_launched, record.killed) == ("russia", 539, 2)


@pytest.mark.parametrize("tally", [
    "Russia has launched over 500 drones and 30 missiles since Feb. 1, officials said.",
    "Russia attacked Ukraine on two consecutive nights, launching 500 drones and 30 missiles, officials said.",
    "Russia launched some 500 drones and 30 missiles at Ukraine in the first five days since the new year.",
    "Russia said more than 500 drones and 30 missiles had been destroyed in the previous four days.",
])
def test_counts_of_several_days_are_no_nights(tally: str) -> None:
    report = extract(f"Russia launched 214 drones and 11 missiles at Ukraine overnight, the air force said. {tally}")
    assert [(a.drones_launched, a.missiles_launched) for a in report.attacks] == [(214, 11)]


def test_the_toll_from_that_attack_is_the_recalled_ones() -> None:
    report = extract("Russia fired 99 missiles at Ukraine on January 2, the air force said. In Kyiv, two people were "
                     "killed.\n\nBefore that, on December 29, Russia had launched the largest air attack since the "
                     "full-scale invasion, firing 158 missiles and drones. The death toll from that attack, according "
                     "to Ukrainian authorities, reached 39.")
    night, earlier = report.attacks
    assert (night.missiles_launched, night.killed) == (99, 2)
    assert (earlier.launched_total, earlier.killed) == (158, 39)



def test_the_toll_from_that_attack_told_on_the_reports_day_is_the_days_before() -> None:
    """"On Monday, two missiles struck Sumy. The toll from that attack rose on Tuesday to 35": Monday's toll, told on
    the report's own day, and the paragraphs after it are the report's attack again."""
    report = extract("Drones hit Odesa, a day after Sumy strike\n\nRussian drones hit Odesa overnight into Tuesday, "
                     "the governor said. The air force said 40 of 45 drones were shot down.\n\nOn Monday, two "
                     "Russian ballistic missiles struck the centre of Sumy. The toll from that attack rose on Tuesday "
                     "to 35 killed and 117 wounded.\n\nRescue work went on into the afternoon. Six people were "
                     "injured in the port district, the governor said.")
    by_launched = {a.drones_launched or a.missiles_launched: a for a in report.attacks}
    assert (by_launched[45].drones_downed, by_launched[45].injured) == (40, 6)
    assert (by_launched[2].killed, by_launched[2].injured) == (35, 117)


def test_counts_at_the_citys_sites_after_its_toll_are_part_of_it() -> None:
    """Kyiv's 27, then "Two adults were killed at the hospital" and "in another district of the capital, where four
    people were killed": parts of Kyiv's, which adds up with Kryvyi Rih's 10."""
    report = extract("Russia fired 38 missiles at Ukraine, the air force said.\n\nIn Kyiv, at least 27 people were "
                     "killed and 82 injured.\n\nTwo adults were killed at the hospital, officials said.\n\nA second "
                     "strike hit a medical center in another district of the capital, where four people were killed."
                     "\n\nIn Kryvyi Rih, 10 people were killed and 47 injured.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured) == (37, 129)


def test_the_attack_a_toll_is_the_deadliest_since_is_its_own() -> None:
    report = extract("Missiles hit Kyiv\n\nRussia fired 38 missiles at Ukraine on Monday, killing 36 people, "
                     "officials said. The air force said 30 were shot down.\n\nThe toll was the deadliest for the "
                     "country since a strike on a shop and cafe in the village of Hroza, in which 59 people were "
                     "killed.")
    night, recalled = report.attacks
    assert (night.missiles_launched, night.killed) == (38, 36)
    assert recalled.killed == 59


def test_a_dated_strike_on_the_city_is_its_own_attack_there() -> None:
    """"In April, a missile attack on the city killed ..." is one attack of a month, not the month's tally; its place
    is the city the report tells of."""
    report = extract("Drones hit Zaporizhzhia\n\nRussia struck Zaporizhzhia overnight with 12 Shahed drones, killing "
                     "one man, the governor said.\n\nIn March, a ballistic missile strike on the city killed four "
                     "people and injured 27.\n\nIn July, Russia launched more than 6,000 drones at Ukraine.")
    night, recalled = report.attacks
    assert (night.drones_launched, night.killed) == (12, 1)
    assert (recalled.killed, recalled.injured, recalled.places) == (4, 27, ("Zaporizhzhia",))


def test_a_strike_recalled_with_its_month_keeps_its_toll() -> None:
    report = extract("Missiles hit Dnipro\n\nRussia fired 20 missiles at Ukraine on Friday, killing 14 people in "
                     "Dnipro, officials said.\n\nThe toll was the highest in the city since a missile strike on a "
                     "nine-storey block of flats on the city's left bank in January 2023, in which 46 people were "
                     "killed.")
    assert [a.killed for a in report.attacks] == [14, 46]


def test_a_strike_named_by_its_date_is_its_own_attack_and_a_meetings_date_none() -> None:
    report = extract("Drones hit Odesa\n\nRussia attacked Odesa overnight on Sept. 30 with 40 drones, injuring "
                     "five people, the governor said.\n\nThe attack came as allies discussed security guarantees for "
                     "Kyiv after talks in Paris on Sept. 20. Zelensky said the strike on Odesa showed that Moscow "
                     "did not want peace.\n\nIn Kyiv, a day of mourning was declared after a "
                     "Sept. 26 strike that killed 19 people.")
    night, recalled = report.attacks
    assert (night.drones_launched, night.injured, night.places) == (40, 5, ("Odesa",))
    assert (recalled.killed, recalled.places) == (19, ("Kyiv",))


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a town of the region told apart from its city of the region's name, though they share the name
    ("Missiles hit Kyiv region\n\nRussia fired 30 missiles at Ukraine overnight. The air force said 25 were "
     "shot down.\n\nIn Kyiv, a missile destroyed a house. The bodies of two "
     "people were recovered from the rubble.\n\nIn the Kyiv region, a strike on Bucha killed two people and injured "
     "nine.", 4, 9),
    # "in the capital" after a count of no place: the capital's, added to another town's
    ("Missiles hit Kyiv region\n\nRussia fired 30 missiles at Ukraine overnight. The air force said 25 were "
     "shot down.\n\nIn Kyiv, a missile destroyed a house. In total, eight "
     "people were injured in the capital.\n\nIn the Kyiv region, a strike on Bucha killed two people and injured "
     "nine.", 2, 17),
    # "Kyiv Oblast" and "Kyiv" are two places
    ("Russia fired 30 missiles at Ukraine overnight.\n\nIn Kyiv Oblast, three people were killed and 14 injured. "
     "In Kyiv, drone debris damaged homes, injuring six people.", 3, 20),
])
def test_tolls_of_a_city_and_its_regions_town_add_up(text: str, killed: int, injured: int) -> None:
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured) == (killed, injured)


@pytest.mark.parametrize("sentence", ["In Kyiv, a missile destroyed a house.", "In Kyiv, a drone destroyed two cars."])
def test_a_weapon_that_destroyed_something_is_not_destroyed(sentence: str) -> None:
    (attack,) = extract(f"Russia fired 30 missiles and 20 drones at Ukraine overnight. {sentence}").attacks
    assert (attack.missiles_downed, attack.drones_downed) == (None, None)


@pytest.mark.parametrize(("sentence", "injured"), [
    ("A man aged 61 and a woman aged 57 were injured and taken to hospital.", 2),  # ages between the people
    ("A drone hit a house, wounding two people, a man born in 1958 and his wife.", 2),  # who the two were
    ("A drone hit a house, wounding two people, a man and his wife.", 2),
    ("A drone hit a house, wounding two people, while three others were injured in the next street.", 5),
])
def test_people_told_with_their_ages_or_as_who_they_were(sentence: str, injured: int) -> None:
    (attack,) = extract(f"Russia launched 20 drones at the Sumy region overnight, officials said. {sentence}").attacks
    assert attack.injured == injured


def test_moscow_launching_at_ukrainian_cities_is_russias_attack() -> None:
    report = extract("Drones hit Kyiv\n\nRussian drones hit Kyiv overnight on Nov. 3, killing two people, officials "
                     "said.\n\nMoscow fired more than 70 missiles at Ukrainian cities on Oct. 31 in what it called "
                     "revenge for an attack on its fleet.")
    assert [(a.attacker, a.killed, a.missiles_launched) for a in report.attacks] == [
        ("russia", 2, None), ("russia", None, 70)]


def test_a_leads_toll_told_again_at_its_city_adds_up_with_another_regions() -> None:
    report = extract("Drones hit Kyiv\n\nKYIV (Reuters) - Russia attacked Kyiv with drones on Monday morning, "
                     "killing five people, officials said.\n\nOne drone hit an apartment block. Five people were "
                     "killed in the building, the mayor said later.\n\nIn the Sumy region, two people were killed "
                     "when a drone hit a power station.")
    (attack,) = report.attacks
    assert attack.killed == 7


def test_a_leads_toll_in_the_capital_it_names_adds_up_with_another_regions() -> None:
    report = extract("Drones hit Kyiv at rush hour\n\nRussia attacked Ukraine's capital Kyiv with drones during the "
                     "morning rush hour, killing at least three people, officials said.\n\nThe air force said 30 "
                     "drones were launched overnight.\n\nIn the Sumy region, two people were killed when a drone "
                     "hit a power station.")
    (attack,) = report.attacks
    assert attack.killed == 5


DAY_OF_DRONES_AND_SHELLING = (
    "Russian drones and artillery hit 20 settlements in Kherson region\n\nOver the past day, Russian "
    "forces shelled and attacked with drones 20 settlements in the Kherson region. One person was "
    "killed and eight were injured, the regional governor said on Tuesday.\n\nIn Bilozerka, a Russian"
    " drone hit a passenger bus, injuring two men.\n\nIn Kherson, a woman was killed by artillery "
    "fire. Another six residents were injured in the evening when Russian forces shelled the "
    "neighbourhood with multiple-launch rocket systems.\n\nRussian drone operators on the left bank "
    "of the Dnipro less than a kilometre away hunt people on the streets.")


def test_a_days_summary_with_drones_told_uncounted_is_one_attack_with_its_shelling() -> None:
    """One drone that hit a bus, among drones told without a count, is no count of the attack's: the day's shelling
    then is no attack of its own; and "the left bank of the Dnipro" is the river."""
    (attack,) = extract(DAY_OF_DRONES_AND_SHELLING).attacks
    assert (attack.drones_launched, attack.killed, attack.injured) == (None, 1, 8)
    assert set(attack.places) == {"Kherson", "Bilozerka"}


def test_a_day_of_shelling_counted_in_times_is_a_tally() -> None:
    report = extract("Russia's defence ministry said 24 Ukrainian drones were destroyed over the Kursk region "
                     "overnight.\n\nOver the past day, the region was shelled 64 times, with 38 shells and 25 drones "
                     "fired at 12 villages, the governor said.")
    (attack,) = report.attacks
    assert (attack.attacker, attack.drones_downed, attack.drones_launched, attack.launched_total) == \
        ("ukraine", 24, None, None)


@pytest.mark.parametrize(("later", "downed"), [
    ("Later, the ministry said air defence systems destroyed 37 more drones between 11 p.m. and 7 a.m.", 82),
    ("Later, the ministry said another 37 drones were destroyed between 11 p.m. and 7 a.m.", 82),
])
def test_more_drones_in_a_later_window_add_to_the_count_its_shares_were_of(later: str, downed: int) -> None:
    report = extract("Russia's defence ministry said 45 Ukrainian drones were destroyed between 8 p.m. and 11 p.m."
                     "\n\n'Twenty UAVs were destroyed over the Bryansk Region, 15 over the Kursk Region and 10 over "
                     f"the Oryol Region,' the ministry said.\n\n{later}")
    (attack,) = report.attacks
    assert (attack.attacker, attack.drones_downed) == ("ukraine", downed)


def test_all_of_a_regions_drones_is_not_the_whole_launch() -> None:
    report = extract("Russia's defence ministry said 30 Ukrainian drones were destroyed overnight.\n\nTwenty drones "
                     "were destroyed over the Bryansk region and ten over the Oryol region, it said.\n\nThe Oryol "
                     "governor said all ten drones were destroyed over the Mtsensk district.")
    (attack,) = report.attacks
    assert (attack.drones_downed, attack.drones_launched) == (30, None)


def test_a_place_where_people_suffered_concussions_from_a_shell_is_hit() -> None:
    text = "In Stanislav, a married couple suffered concussions when a Russian shell landed in their yard."
    (attack,) = extract(text).attacks
    assert (attack.injured, attack.places) == (2, ("Stanislav",))


@pytest.mark.parametrize("aside", [
    "The attack came as allies met to discuss security guarantees for Kyiv.",
    "Russia's defence ministry said it had struck military targets; Kyiv did not comment on the claim.",
    "A spokesperson suggested that the building had been hit by a Ukrainian air defence missile, a claim rejected "
    "by Kyiv.",
    "The strikes on gas production are aimed at forcing Kyiv to spend scarce funds on imports.",
    "Russia has hit the region's power plants, in what Kyiv calls an attempt to freeze the country.",
    "The US ambassador in Kyiv, Bridget Brink, said she was horrified by the strike.",
    "Moscow said it had struck a meeting of Ukrainian officers, a claim Kyiv rejected.",
    "The strike came as Kyiv Strikes Russian Border Regions with drones of its own.",
    "The ambassador's post on the missile strike did not name Russia, which drew criticism in Kyiv.",
    "\"Ever more drones are shot down by interceptors,\" the minister told reporters in Kyiv.",
    "Both sides hit energy sites, with Kyiv targeting the refineries that earn Moscow its oil revenue.",
    "The strike came as Kyiv races to build cheaper interceptors.",
    "Kyiv was not hit, but residents spent hours in metro stations.",
    "The city, in the part of the province that Kyiv still controls, has been hit repeatedly.",
    "The minister repeated Kyiv's calls for more air defence after the strike.",
    "The strikes intensified after Washington paused intelligence sharing with Kyiv.",
])
def test_kyiv_the_government_is_no_place(aside: str) -> None:
    report = extract(f"Russian drones hit Kharkiv overnight, injuring five people, the governor said. {aside}")
    assert [a.places for a in report.attacks] == [("Kharkiv",)]


@pytest.mark.parametrize("aside", [
    "Ukraine says striking the airfields is the only way to protect cities such as Odesa.",
    "More Patriot batteries are needed to defend Odesa, the mayor said.",
])
def test_a_place_to_be_kept_safe_is_no_place_hit(aside: str) -> None:
    report = extract(f"Russian drones hit Kharkiv overnight, injuring five people, the governor said. {aside}")
    assert [a.places for a in report.attacks] == [("Kharkiv",)]


@pytest.mark.parametrize(("struck", "places"), [
    ("a house in Dnipro", ("Dnipro",)),
    ("a house in the region", ("Dnipropetrovsk",)),
])
def test_a_region_named_only_as_an_office_is_no_place_beside_a_town_of_it(struck: str, places: tuple[str]) -> None:
    report = extract(f"A Russian missile hit {struck} overnight. A woman and her daughter were killed, the "
                     "Dnipropetrovsk Regional Military Administration said.")
    (attack,) = report.attacks
    assert (attack.killed, attack.places) == (2, places)


@pytest.mark.parametrize("route", ["over the Sumy region, heading south-west",
                                   "over Sumy region are heading for Poltava"])
def test_a_region_drones_fly_over_on_their_way_is_no_place_hit(route: str) -> None:
    text = f"Groups of Shahed drones {route}. Overnight a Russian drone hit Kalynivka, injuring two people."
    assert [a.places for a in extract(text).attacks] == [("Kalynivka",)]


@pytest.mark.parametrize(("text", "places"), [
    ("Russian drones struck Uman, some 200 kilometers (125 miles) south of Kyiv, injuring two people.", ("Uman",)),
    ("A Russian missile hit Pavlohrad, about 70 km east of Dnipro, killing three people.", ("Pavlohrad",)),
    ("Drones hit a village south of Odesa, injuring two people.", ("Odesa",)),
    ("A Russian missile hit Cherkasy, about 190 kilometres from Kyiv, injuring two people.", ("Cherkasy",)),
    ("Drones hit Sumy, 30 km away from the city of Kharkiv, injuring two people.", ("Sumy",)),
])
def test_a_place_a_distance_is_measured_from_is_no_place_hit(text: str, places: tuple[str, ...]) -> None:
    """"200 kilometers south of Kyiv" says where Uman lies; a bare direction may still be the place's own region."""
    (attack,) = extract(text).attacks
    assert attack.places == places


@pytest.mark.parametrize(("text", "places"), [
    ("Of the 40 drones, 27 were shot down over the Volyn, Rivne and Zhytomyr regions. In Lutsk, debris injured one "
     "person.", ("Volyn", "Rivne", "Zhytomyr", "Lutsk")),
    ("Russian drones struck Lutsk overnight, injuring two, the head of the Volyn Regional Military Administration "
     "said.", ("Lutsk",)),
])
def test_volyn_stays_beside_lutsk_unless_it_names_an_office(text: str, places: tuple[str, ...]) -> None:
    (attack,) = extract(text).attacks
    assert attack.places == places


def test_the_strike_an_attack_followed_is_its_own_attack() -> None:
    report = extract("Russia hits Ukraine's power grid\n\nRussia launched 88 missiles and 63 drones at Ukraine "
                     "overnight on March 22, the air force said. Two people were killed in Zaporizhzhia.\n\nThe "
                     "attack followed a Russian strike on Kyiv on March 21, when 31 missiles were downed over the "
                     "capital and 17 people were injured.")
    main, before = report.attacks
    assert (main.missiles_launched, main.killed, main.injured) == (88, 2, None)
    assert (before.missiles_downed, before.injured, before.places) == (31, 17, ("Kyiv",))


def test_a_strike_hours_after_the_one_told_of_is_its_own_attack() -> None:
    report = extract("Missile kills 52 in Hroza\n\nA Russian missile struck a cafe in Hroza on Thursday, killing 52 "
                     "people. Six people were injured.\n\nHours after the Hroza strike, Russian missiles hit the city "
                     "of Kharkiv itself. Two people were killed and 30 were injured.")
    first, later = report.attacks
    assert (first.killed, first.injured, first.places) == (52, 6, ("Hroza",))
    assert (later.killed, later.injured, later.places) == (2, 30, ("Kharkiv",))


def test_the_attacks_own_evening_is_no_strike_later_in_the_day() -> None:
    report = extract("Death toll in Kryvyi Rih rises to 20\n\nThe mayor said on Saturday that another injured woman "
                     "had died in hospital overnight. He said 61 people had been wounded in the missile attack on "
                     "Friday evening.\n\nOn Friday evening, the mayor first reported 14 people killed. By late night "
                     "the number had risen to 18.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured) == (20, 61)


@pytest.mark.parametrize("train", [
    "a passenger train that was preparing to depart for Kyiv",
    "a train to Kyiv as passengers were boarding",
    "the Kyiv route's morning train",
])
def test_where_a_train_was_bound_is_no_place_hit(train: str) -> None:
    report = extract(f"A Russian drone struck the railway station in Shostka on Saturday morning, hitting {train}. "
                     "Thirty people were injured, the governor said.")
    (attack,) = report.attacks
    assert (attack.places, attack.injured) == (("Shostka",), 30)


@pytest.mark.parametrize("taken", [
    "The 53-year-old driver was injured and taken to hospital in Sumy, 40 km away.",
    "The wounded were rushed to hospitals in Sumy and Kharkiv.",
])
def test_where_the_hurt_were_treated_is_no_place_hit(taken: str) -> None:
    report = extract(f"A Russian drone struck a car near Myropillia overnight, the regional governor said. {taken}")
    (attack,) = report.attacks
    assert (attack.places, attack.injured) == (("Myropillia",), 1 if "driver" in taken else None)


def test_a_city_s_train_station_is_that_city() -> None:
    (attack,) = extract("A Russian missile hit the Kharkiv train station overnight, injuring four people.").attacks
    assert attack.places == ("Kharkiv",)


def test_a_weeks_tally_in_the_title_names_no_place_of_an_attack() -> None:
    """A title that gives a week's launches beside a city's alert statistics tells of no one attack there."""
    report = extract("Zelensky: this week Russia launched over 1,700 drones and 69 missiles; Kyiv marks record "
                     "alert time\n\nDuring the past week, Russia launched more than 1,700 attack drones and 69 "
                     "missiles against Ukraine, Zelensky said.\n\nSirens sounded in Kyiv for 136 hours in January.")
    assert [a.places for a in report.attacks if not any(a.figures().values())] == []


def test_a_mayors_count_in_the_lead_is_the_citys() -> None:
    report = extract("Drones hit Kyiv\n\nRussia attacked Kyiv with Shahed drones on the morning of Oct. 17.\n\nKyiv "
                     "Mayor Vitali Klitschko said five people were killed when a drone hit a house.\n\nIn the Sumy "
                     "region, two people were killed at a power plant, the governor said.")
    (attack,) = report.attacks
    assert attack.killed == 7


def test_a_governors_count_in_the_lead_is_the_regions() -> None:
    # the governor's count is his region's; another region's adds to it
    report = extract("Drones hit refinery\n\nUkrainian drones struck a refinery in Syzran early on Friday.\n\n"
                     "Samara region Governor Vyacheslav Fedorishchev said the attack caused a fire and that two "
                     "employees had been injured.\n\nIn the Rostov region, a man was injured in "
                     "Kamensk-Shakhtinsky when debris fell on his yard, the acting governor said.")
    (attack,) = report.attacks
    assert (attack.attacker, attack.injured) == ("ukraine", 3)


def test_a_strike_over_the_weekend_told_on_monday_is_one_attack() -> None:
    report = extract("Toll in Dnipro strike rises to 45\n\nRescuers in Dnipro on Monday searched the ruins of a block "
                     "of flats struck by a Russian missile over the weekend, as the death toll rose to 45.\n\nThe "
                     "missile hit the building on Saturday afternoon. By Sunday evening 30 dead had been counted.\n\n"
                     "Russia fired 33 cruise missiles at Ukraine on Saturday, and 21 were shot down, the air force "
                     "said.")
    (attack,) = report.attacks
    assert (attack.missiles_launched, attack.missiles_downed, attack.killed) == (33, 21, 45)


@pytest.mark.parametrize("sentence", [
    "The death toll from the missile attack has risen to 45 nationwide, 30 in Kyiv, officials said.",
    "In total, 45 people were killed in the region: 30 in Dnipro and 15 in Pavlohrad, the governor said.",
])
def test_the_parts_after_a_whole_add_nothing(sentence: str) -> None:
    (attack,) = extract(f"Russia fired 40 missiles at Ukraine overnight. {sentence}").attacks
    assert attack.killed == 45


def test_the_russians_who_strike_are_russia_whatever_territory_their_aircraft_fly_over() -> None:
    report = extract("Guided bombs hit Kharkiv\n\nThe governor said guided bombs hit Kharkiv on Sunday. The Russians "
                     "struck two districts with glide bombs, released from aircraft over Russian territory. Four "
                     "people were killed and 20 injured.")
    assert [(a.attacker, a.killed, a.injured) for a in report.attacks] == [("russia", 4, 20)]


def test_a_title_of_ukraines_attack_then_russias_splits_at_the_turn() -> None:
    report = extract("Ukraine's biggest drone attack on the Moscow region kills two, as Russia strikes Kharkiv\n\n"
                     "Russia's defence ministry said 150 Ukrainian drones were shot down overnight, 40 of them over "
                     "the Moscow region.\n\nIn Ukraine, the air force said Russia launched 90 drones, of which 70 "
                     "were shot down.")
    by_side = {a.attacker: a for a in report.attacks}
    assert (by_side["ukraine"].drones_downed, by_side["ukraine"].killed) == (150, 2)
    assert (by_side["russia"].drones_launched, by_side["russia"].killed) == (90, None)


def test_a_second_night_named_after_an_earlier_days_attack_is_the_reports() -> None:
    report = extract("Two nights of strikes\n\nKyiv - Russia struck Ukraine twice this week, officials said on "
                     "Friday.\n\nThe first attack came early on Wednesday. Russia fired 30 missiles, and 20 were shot "
                     "down. Five people were killed.\n\nThen, on Thursday night, Russia launched 40 drones, the air "
                     "force said, and 35 of them were destroyed.")
    got = sorted(((a.missiles_launched or 0), a.drones_launched, a.killed) for a in report.attacks)
    assert got == [(0, 40, None), (30, None, 5)]


def test_shelling_after_a_semicolon_in_a_title_is_an_attack_of_its_own() -> None:
    report = extract("Ukraine downs 20 of 25 Russian drones; shelling kills three in Nikopol\n\nUkraine's air "
                     "defences destroyed 20 of the 25 drones Russia launched overnight, the air force said. "
                     "Separately, Russian shelling of Nikopol killed three people and injured four, the governor said.")
    got = sorted(((a.drones_launched or 0), a.killed, a.places) for a in report.attacks)
    assert got == [(0, 3, ("Nikopol",)), (25, None, ())]


def test_a_strike_later_in_the_day_after_the_nights_attack_is_its_own() -> None:
    report = extract("Drones hit Odesa overnight, missile strike on Sumy kills 3 in afternoon\n\nRussia attacked "
                     "Odesa with drones overnight, injuring two people, and later in the day struck Sumy with a "
                     "ballistic missile, killing three people, officials said.\n\nThe air force said Russia launched "
                     "60 drones overnight, and 50 were shot down.\n\nShortly after 3 p.m., a missile hit the centre of "
                     "Sumy, the governor said. Three people were killed and 15 were injured.")
    got = sorted(((a.drones_launched or 0), a.killed, a.injured, a.places) for a in report.attacks)
    assert got == [(0, 3, 15, ("Sumy",)), (60, None, 2, ("Odesa",))]


def test_the_lead_after_a_byline_and_outlet_gives_the_total() -> None:
    report = extract("Missile strikes cut power\n\nBy A Writer in Kyiv\nNews Desk\n\nMillions were left without "
                     "power after Russian missile strikes that killed at least six people.\n\nThe military said "
                     "Russia fired 50 missiles.\n\nIn Kyiv, two people were killed.\n\nIn the town of Irpin, three "
                     "people were killed there, the governor said.\n\nIn the Lviv region, one person died.")
    (attack,) = report.attacks
    assert attack.killed == 6


def test_the_ministrys_tally_since_the_evening_before_is_the_nights() -> None:
    report = extract("Drones target Moscow\n\nAir defences shot down Ukrainian drones heading for Moscow overnight, "
                     "the mayor said on Wednesday.\n\nHe said 20 drones had been destroyed since 8 p.m. on Tuesday. "
                     "The Defense Ministry said it had intercepted 70 Ukrainian drones over nine regions.")
    assert [(a.attacker, a.drones_downed) for a in report.attacks] == [("ukraine", 70)]


def test_a_figure_the_air_force_gave_separately_is_the_same_nights() -> None:
    report = extract("Drones hit Kharkiv overnight\n\nRussian drones hit Kharkiv overnight, injuring five people, "
                     "the mayor said on Friday.\n\nUkraine's air force said separately that of the 40 drones "
                     "launched at Ukraine overnight, 35 were shot down.")
    assert [(a.drones_launched, a.drones_downed, a.injured) for a in report.attacks] == [(40, 35, 5)]


def test_the_toll_told_after_a_recalled_attack_in_its_paragraph_is_its() -> None:
    report = extract("Drones hit Kyiv again\n\nRussia launched 20 drones at Kyiv overnight, and all were shot "
                     "down, the air force said.\n\nThe attack came days after Russia launched what officials called "
                     "its largest drone attack on the capital. In that attack, on 28 May, Russia sent 50 drones. One "
                     "man was killed and a woman injured.")
    got = sorted(((a.drones_launched or 0), a.killed, a.injured) for a in report.attacks)
    assert got == [(20, None, None), (50, 1, 1)]


def test_the_enemy_in_a_russian_governors_words_is_ukraine() -> None:
    report = extract("Ukraine attacks Sevastopol with missiles\n\nUkrainian forces attacked Sevastopol with "
                     "missiles early on Wednesday, the governor said. \"The enemy attacked Sevastopol. Preliminarily, "
                     "12 people were injured,\" he wrote.")
    assert [(a.attacker, a.injured) for a in report.attacks] == [("ukraine", 12)]


def test_a_lead_of_ukraines_strikes_a_day_after_russias_splits_there() -> None:
    report = extract("Ukrainian strikes on Belgorod kill 9\n\nUkrainian strikes on the Russian city of Belgorod "
                     "killed nine people on Saturday, officials said, a day after Russia launched its biggest aerial "
                     "assault on Ukraine.\n\n\"As a result of the shelling, nine people were killed,\" the ministry "
                     "said.")
    assert [(a.attacker, a.killed) for a in report.attacks] == [("ukraine", 9)]


def test_a_record_after_a_bound_keeps_its_figures_together() -> None:
    report = extract("Largest attack yet\n\nRussia launched 800 drones overnight into September 7, the air force "
                     "said.\n\nBefore September 7, the record was set on the night of July 9, when Russia "
                     "launched 700 drones and 10 missiles. On that night, the air force reported 690 drones and "
                     "five missiles shot down.")
    got = sorted((a.drones_launched, a.missiles_launched, a.drones_downed, a.missiles_downed) for a in report.attacks)
    assert got == [(700, 10, 690, 5), (800, None, None, None)]


def test_russians_hurt_after_ukraines_drone_are_its_victims() -> None:
    report = extract("Drone downed over air base\n\nA Ukrainian drone was shot down as it approached an air base in "
                     "the Saratov region, the Russian defence ministry said. \"Falling debris fatally wounded two "
                     "Russian technical staff at the airfield,\" it said.")
    assert [(a.attacker, a.drones_downed, a.killed) for a in report.attacks] == [("ukraine", 1, 2)]


def test_a_sentence_of_moscows_claim_that_turns_to_russias_launches_splits_there() -> None:
    report = extract("Drones over Russia and Ukraine\n\nRussia's defence ministry said 40 Ukrainian drones were shot "
                     "down over the Bryansk region overnight, as Russia launched 90 drones at Kharkiv.")
    got = sorted((a.attacker, a.drones_launched, a.drones_downed, a.places) for a in report.attacks)
    assert got == [("russia", 90, None, ("Kharkiv",)), ("ukraine", None, 40, ("Bryansk",))]


def test_what_was_said_then_of_a_recalled_strike_is_that_strikes() -> None:
    report = extract("Russia launches one of its biggest attacks on the grid\n\nRussia has launched one of its "
                     "largest air attacks of the war, firing 120 missiles and 90 drones, officials said. Air defences "
                     "shot down 104 missiles and 40 drones.\n\nThe last strike of comparable scale came on 26 August, "
                     "when Russia launched 127 missiles and 109 drones in what Ukraine described at the time as the "
                     "largest air attack of the war. Ukraine said then that it had shot down 102 missiles and 99 "
                     "drones.")
    got = sorted((a.missiles_launched, a.drones_launched, a.missiles_downed, a.drones_downed) for a in report.attacks)
    assert got == [(120, 90, 104, 40), (127, 109, 102, 99)]


def test_downed_then_after_a_recalled_record_is_the_records() -> None:
    report = extract("Drones and missiles hit Lviv\n\nRussia launched 496 drones and 53 missiles, the air force said. "
                     "Air defences shot down or suppressed 454 drones and 42 missiles.\n\nThe largest Russian attack "
                     "of the war came on September 7, when Russia launched 810 drones and 13 missiles. Air defences "
                     "then shot down 747 drones and four missiles.")
    got = sorted((a.drones_launched, a.drones_downed, a.missiles_downed) for a in report.attacks)
    assert got == [(496, 454, 42), (810, 747, 4)]


def test_a_strike_told_after_its_toll_rose_is_the_reports_attack() -> None:
    report = extract("Lviv toll rises to 10\n\nThe death toll from the Russian missile strike on Lviv rose to 10 on "
                     "Friday after rescuers pulled two more bodies from the rubble, officials said.\n\nThe mayor said "
                     "37 people had been injured.\n\nAccording to the air force, Russia fired 10 Kalibr cruise "
                     "missiles from the Black Sea in the early hours of Thursday. Seven were shot down.")
    (attack,) = report.attacks
    assert (attack.missiles_launched, attack.missiles_downed, attack.killed, attack.injured) == (10, 7, 10, 37)



def test_a_title_whose_toll_rises_makes_the_strikes_weekday_the_reports_attack() -> None:
    """"Death toll ... rises to 12" over a lead dated by the day of the month: "On Saturday, Russia fired three
    Iskander-M" is that strike, told on Sunday."""
    report = extract("Death toll from Russian missile strike on Dnipro rises to 12\n\nThe number of people killed by "
                     "Russia's missile strike on Dnipro on 4 April has risen to 12, the governor said on Sunday. "
                     "Another 40 people were injured.\n\nOn Saturday, Russia fired three Iskander-M missiles at the "
                     "city, the air force said.")
    (attack,) = report.attacks
    assert (attack.missiles_launched, attack.killed, attack.injured) == (3, 12, 40)


def test_a_strike_recalled_by_its_date_under_a_title_whose_toll_rises_stays_apart() -> None:
    """"On Palm Sunday, 13 April, two missiles struck" in a report dated 3 June: an attack of its own."""
    report = extract("Death toll in Russian drone attack on Sumy rises to two\n\nTuesday, 3 June 2025\n\nRussian "
                     "drones attacked Sumy overnight, the mayor said. The death toll has risen to two. Nine people "
                     "were injured.\n\nOn Palm Sunday, 13 April, two ballistic missiles struck the city centre, "
                     "killing 35 people.")
    assert [(a.missiles_launched, a.killed, a.injured) for a in report.attacks] == [(None, 2, 9), (2, 35, None)]




def test_a_leads_count_at_one_of_its_places_is_that_places() -> None:
    """"killing two people in Odesa and wounding at least 19 in Mykolaiv", then Odesa's six wounded and Mykolaiv's
    19: 25 wounded in all; but "injuring 13 in Kharkiv and Zaporizhzhia" is the count of both."""
    report = extract("Russia attacked the southern ports overnight, killing two people in Odesa and wounding at least "
                     "19 in Mykolaiv, officials said.\n\nIn Odesa, a missile hit an office building, killing two "
                     "men and injuring six others, the governor said.\n\nIn Mykolaiv, a missile hit a residential "
                     "building. Nineteen people were injured, the governor said.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured) == (2, 25)
    report = extract("Russia launched 88 drones overnight, killing one person and injuring 13 in Kharkiv and "
                     "Zaporizhzhia, officials said.\n\nIn Kharkiv, a drone hit a house, killing a man and wounding "
                     "10 people, the mayor said. Three people were injured in Zaporizhzhia, the governor said.")
    (attack,) = report.attacks
    assert (attack.killed, attack.injured) == (1, 13)


@pytest.mark.parametrize("text", [
    "Drones hit a dormitory in Yelabuga. Officials first reported seven people hurt; by evening the health ministry "
    "said 12 had been injured.",
    "Drones hit a dormitory in Yelabuga. The governor initially said seven people were injured, but later the health "
    "ministry said 12 had been injured.",
    "Drones hit a dormitory in Yelabuga. Officials first reported five people hurt, then nine, and by evening the "
    "health ministry said 12 had been injured.",
])
def test_a_toll_first_told_then_told_again_in_one_sentence_is_the_last(text: str) -> None:
    (attack,) = extract(text).attacks
    assert attack.injured == 12


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A woman was killed, four people injured as drones attacked Belgorod overnight, the governor said.", 1, 4),
    ("A man was killed, three people, including a child, wounded as drones attacked Kherson, the governor said.", 1,
     3),
    # the verb before the count is its own where no verb follows it
    ("A Russian drone attack on Kherson overnight killed, the governor said, three people.", None, None),
    ("A Russian drone attack on Kherson overnight killed three people, the governor said.", 3, None),
])
def test_a_count_after_killed_and_a_comma_with_its_own_verb_is_that_verbs(
        text: str, killed: int | None, injured: int | None) -> None:
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured) == (killed, injured)


def test_the_wars_dead_returned_in_an_exchange_are_no_toll() -> None:
    report = extract("Ukraine war latest: Russian forces press on Pokrovsk as Ukraine counterattacks near "
                     "Dobropillia\n\nUkraine also announced that it had repatriated the bodies of 1,000 fallen "
                     "soldiers from Russia as part of agreements reached at talks in Istanbul. In return, Ukraine "
                     "handed over the bodies of 24 Russian soldiers, the coordination headquarters said.")
    assert not [a.killed for a in report.attacks if a.killed]


def test_a_girl_hurt_in_another_town_adds_to_the_citys_injured_told_two_sentences_on() -> None:
    report = extract("Drones attack Mykolaiv region overnight\n\nRussia sent 20 Shahed drones at the Mykolaiv region "
                     "overnight, governor Vitaliy Kim said. The main target was Mykolaiv. In the city, a drone hit a "
                     "substation. Two people were injured, a man and a woman.\n\nIn Voznesensk, falling debris "
                     "damaged a house; a 9-year-old girl was injured by broken glass.")
    (attack,) = report.attacks
    assert attack.injured == 3


def test_a_live_blogs_entry_of_a_strike_overnight_is_apart_from_the_afternoons_barrage() -> None:
    report = extract("War live: missile barrage hits Kyiv\n\n18.30 GMT\n\nThe air force says Russia fired about 60 "
                     "cruise missiles this afternoon, 45 of which were shot down. The death toll in the capital has "
                     "risen to three, Klitschko said.\n\n07.10 GMT\n\nA woman was killed when a Russian rocket hit a "
                     "clinic in the town of Vilniansk in the Zaporizhzhia region overnight, the governor said.")
    main, night = report.attacks
    assert (main.missiles_launched, main.killed) == (60, 3)
    assert (night.killed, night.missiles_launched) == (1, None)
    assert "Vilniansk" in night.places and "Vilniansk" not in main.places


@pytest.mark.parametrize("text", [
    "A missile hit a bulk carrier in Pivdennyi overnight. Four sailors, citizens of India and Egypt, were injured.",
    "A missile hit a bulk carrier in Pivdennyi overnight. Four sailors, all nationals of India, were injured.",
])
def test_where_the_people_counted_were_from_between_commas_leaves_their_count(text: str) -> None:
    (attack,) = extract(text).attacks
    assert attack.injured == 4


def test_the_days_strike_told_after_the_nights_keeps_its_places_paragraphs_and_shelling() -> None:
    report = extract("Drones hit Zaporizhzhia overnight, Russian troops strike Huliaipole during the day\n\n"
                     "Russia attacked Zaporizhzhia with drones overnight, regional governor Ivan Fedorov said. Air "
                     "defence destroyed 14 drones. In the city, three people were injured.\n\nDuring the day, Russian "
                     "troops attacked Huliaipole and Orikhiv with FPV drones and artillery.\n\nIn Huliaipole, a drone "
                     "hit a car. Two men were injured.\n\nIn Orikhiv, a woman was killed by artillery fire.")
    night, day = sorted(report.attacks, key=lambda a: a.drones_downed is None)
    assert (night.drones_downed, night.injured, night.killed) == (14, 3, None)
    assert (day.injured, day.killed) == (2, 1)
    assert {"Huliaipole", "Orikhiv"} <= set(day.places)


@pytest.mark.parametrize("text", [
    "A missile struck Zaporizhzhia overnight, killing 12 people and injuring 40. Among the victims were three "
    "children killed and five injured.",
    "A missile struck Zaporizhzhia overnight, killing 12 people and injuring 40, including three children killed "
    "and five injured.",
])
def test_children_among_the_victims_killed_and_injured_are_both_parts_of_the_toll(text: str) -> None:
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured) == (12, 40)


def test_the_night_of_the_day_before_a_morning_strike_is_another_attack() -> None:
    report = extract("Russia fires 50 missiles at Kyiv\n\nRussia attacked Kyiv with missiles on the morning of Jan. 2, "
                     "officials said. The air force said Russia launched 50 missiles and 20 drones; 40 missiles and "
                     "all 20 drones were shot down.\n\nOn the night of Jan. 1, Russia launched 80 Shahed drones, of "
                     "which 75 were shot down, the air force said.")
    morning, night = report.attacks
    assert (morning.missiles_launched, morning.drones_launched, morning.drones_downed) == (50, 20, 20)
    assert (night.drones_launched, night.drones_downed) == (80, 75)


def test_a_record_told_from_its_date_keeps_the_toll_after_it_to_its_paragraphs_end() -> None:
    report = extract("Russia fires 50 missiles at Kyiv\n\nRussia launched 50 missiles at Ukraine overnight, killing "
                     "three people in Kyiv, officials said.\n\nOn Dec. 29, Russia launched what officials called the "
                     "largest air attack of the war, 150 missiles and drones. At least 30 people were killed across "
                     "the country.\n\nKyiv's air defences are among the strongest in Ukraine, officials said.")
    main, record = report.attacks
    assert (main.missiles_launched, main.killed) == (50, 3)
    assert (record.launched_total, record.killed) == (150, 30)
    assert record.places == ()


@pytest.mark.parametrize("text", [
    "Russia launched 120 drones overnight, the air force said. Officials say the number of drones launched each "
    "month has doubled, and that Moscow wants to reach 1,000 drones in a single night.",
    "Russia launched 120 drones overnight, the air force said. Officials say the number of drones launched each "
    "month has doubled, and that Moscow plans to field 1,000 drones in a single night.",
])
def test_what_moscow_wants_to_reach_in_a_night_is_no_count(text: str) -> None:
    (attack,) = extract(text).attacks
    assert attack.drones_launched == 120


@pytest.mark.parametrize("text, killed", [
    ("Uman strike: death toll rises to 20\n\nThe number of people killed by a Russian missile that hit an apartment "
     "block in Uman, Cherkasy region, has risen to 20, rescuers said.\n\nIn Dnipro, a missile hit a house, killing a "
     "woman and her daughter, the regional governor said.", 22),
    # a town of the toll's own region is part of it
    ("Uman strike: death toll rises to 20\n\nThe number of people killed by a Russian missile that hit an apartment "
     "block in Uman, Cherkasy region, has risen to 20, rescuers said.\n\nIn Cherkasy, a missile hit a house, killing "
     "a woman and her daughter, the regional governor said.", 20),
])
def test_one_citys_toll_beside_a_town_of_another_region_adds_to_it(text: str, killed: int) -> None:
    (attack,) = extract(text).attacks
    assert attack.killed == killed


def test_every_russian_town_names_its_region() -> None:
    # a town's region tells a count there from a count in another region, and a governor's region from a title
    from monitor.extract.gazetteer import _index

    _by_first, by_name, _renamed = _index()
    regions = {p.name for p in by_name.values() if p.kind == "region"}
    towns = [p for p in by_name.values() if p.country == "RU" and p.kind == "city"]
    assert len(towns) > 100
    federal = {"Saint Petersburg"}  # a city that is its own subject
    assert [p.name for p in towns if p.name not in federal and p.region not in regions] == []


def test_a_night_before_told_with_counts_keeps_its_paragraph() -> None:
    report = extract("Russia hits Odesa for a second night\n\nRussia attacked the Odesa region overnight, officials "
                     "said.\n\nIn the attack overnight into Saturday, Russia launched 90 drones, the air force said. "
                     "Of those, 70 were shot down.\n\nThe previous night Russia had fired 200 drones and 30 "
                     "missiles at Kyiv. Air defences downed 180 of the drones and 25 of the missiles.")
    night, before = report.attacks
    assert (night.drones_launched, night.drones_downed) == (90, 70)
    assert (before.drones_launched, before.drones_downed, before.missiles_downed) == (200, 180, 25)


@pytest.mark.parametrize("text, launched", [
    ("Russian missiles hit Sumy, killing 30 people. A week earlier, a missile killed 20 people in Kryvyi Rih.", 1),
    ("Russian missiles hit Sumy, killing 30 people. A week earlier, two missiles killed 20 people in Kryvyi Rih.", 2),
])
def test_a_weapon_that_killed_the_people_counted_next_hit(text: str, launched: int) -> None:
    recalled = extract(text).attacks[-1]
    assert (recalled.missiles_launched, recalled.killed) == (launched, 20)


def test_a_count_of_people_before_injured_is_no_weapon() -> None:
    (attack,) = extract("Drone hits enterprise in Dnipro, three injured\n\nA Russian drone hit an enterprise in "
                        "Dnipro overnight, the governor said.").attacks
    assert (attack.injured, attack.drones_launched) == (3, None)  # (the drone that hit is no count of those sent)


def test_an_update_after_a_recalled_strike_is_the_reports_toll() -> None:
    text = ("Russian missiles kill 34 in Sumy\n\nTwo Russian missiles struck Sumy, killing at least 34 people, "
            "officials said.\n\nJust over a week earlier, a missile killed 20 people in Kryvyi Rih.\n\nUpdate: Later "
            "on Sunday the number of dead had risen to 35.")
    main, recalled = extract(text).attacks
    assert (main.killed, recalled.killed) == (35, 20)


def test_a_live_blogs_counts_of_one_place_and_its_recap_are_not_added_up() -> None:
    text = ("Death toll in Kyiv rises to 20\n\n06:40 - At least 10 killed in Kyiv\nAt least 10 people have been killed "
            "in Kyiv after a Russian attack overnight, officials say.\n\n08:30 - Odesa also targeted\nIn Odesa, one "
            "person was killed and 12 injured, the governor says.\n\n10:15 - Toll rises\nKyiv's toll has risen to 15, "
            "the mayor says. He says 80 people have been injured in the city.\n\n15:30 - Kyiv toll climbs to 20\n"
            "Rescuers say 20 people have now been killed in Kyiv and 100 injured.\n\n17:00 - Recap\nRussia attacked "
            "overnight, killing 20 in Kyiv and one in Odesa.")
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured) == (21, 112)


def test_two_regions_told_in_one_sentence_add_to_a_city_told_before() -> None:
    text = ("Russian drones hit western Ukraine\n\nRussia attacked Ukraine with drones overnight.\n\nIn Lutsk, a drone "
            "killed a man.\n\nIn the Zhytomyr region two people were killed, and in the Dnipropetrovsk region a man "
            "died when a drone hit his house, officials said.")
    (attack,) = extract(text).attacks
    assert attack.killed == 4


@pytest.mark.parametrize("text, drones, missiles", [
    ("The air force said 112 means of air attack were detected:\n\n– Kh-101 cruise missiles – 7 (from Tu-95MS "
     "aircraft);\n– Kalibr cruise missiles – 6 (from the Black Sea);\n– Iskander-M ballistic missiles – 4;\n– Kh-59 "
     "guided missiles – 2;\n– Shahed strike UAVs and decoy drones – 93.", 93, 19),
    ("Russia attacked Ukraine overnight with:\n- Kh-101 cruise missiles: 8;\n- Shahed drones: 60.", 60, 8),
    # (items with no bullet, each ending with ";", after a lead that ends with ":")
    ("Russia attacked the Odesa region overnight. According to the Air Force, these were:\n\nKh-22 cruise missiles - "
     "8 (from Tu-22M3 bombers);\nKalibr cruise missiles - 14;\nShahed-136/131 attack UAVs - 32.", 32, 22),
    # (items with no bullet nor end mark, a count at the end of a line, no noun of the next line's)
    ("Russia attacked Ukraine overnight with 124 means of air attack, the Air Force reported. It listed:\n"
     "Shahed-type strike UAVs and drone decoys: 110\nKh-101 cruise missiles: 8 (from Tu-95MS bombers)\n"
     "Iskander-M ballistic missiles: 4\nKh-59/69 guided air missiles: 2", 110, 14),
])
def test_a_list_items_count_after_its_label_is_of_the_labels_kind(text: str, drones: int, missiles: int) -> None:
    (attack,) = extract(text).attacks
    assert (attack.drones_launched, attack.missiles_launched) == (drones, missiles)


@pytest.mark.parametrize("came", ["come", "came", "comes"])
def test_an_attack_the_strikes_came_after_is_the_side_named_after_after(came: str) -> None:
    """"The Russian strikes come three days after Ukrainian naval drones attacked the bridge, killing two": the
    sentence tells of the earlier attack, which is Ukraine's, and its toll is not the night's."""
    text = ("Russia strikes Odesa and Mykolaiv\n\nRussia launched 19 missiles and 19 drones at the south overnight, "
            "the air force said. Two people were killed in Odesa.\n\nThe Russian strikes " + came + " three days "
            "after Ukrainian naval drones attacked the Crimean Bridge near Kerch, killing two civilians and injuring "
            "a girl.")
    attacks = extract(text).attacks
    assert [(a.attacker, a.missiles_launched, a.killed, a.injured) for a in attacks] == [
        ("russia", 19, 2, None), ("ukraine", None, 2, 1)]
    assert attacks[1].places == ("Kerch",)


def test_a_strike_told_as_part_of_a_wave_is_the_leads_attack_and_a_toll_that_had_stood_at_is_an_earlier_state() -> None:
    """"The strike was part of a wave of attacks on Saturday" in a report told on Tuesday: the wave's figures are the
    lead's strike's; "the toll had stood at 30 on Sunday and at 40 by Monday" are the toll's earlier states."""
    text = ("Dnipro toll rises to 45\n\nRescuers in Dnipro ended their search on Tuesday, three days after a Russian "
            "missile hit an apartment block, and officials said the number of dead had climbed to 45.\n\nThe toll "
            "had stood at 30 on Sunday evening and at 40 by Monday.\n\nThe strike was part of a wave of attacks on "
            "Saturday in which Russia launched 38 missiles at Ukraine, the air force said, 25 of which were shot "
            "down. Missiles also hit energy facilities in Lviv.")
    assert [(a.missiles_launched, a.missiles_downed, a.killed, a.places) for a in extract(text).attacks] == [
        (38, 25, 45, ("Dnipro", "Lviv"))]


@pytest.mark.parametrize(("claim", "killed"), [
    # Russia's count of the enemy's dead in its own strike is no toll
    ("Russia's defence ministry said it had carried out a high-precision strike on a restaurant where a meeting of "
     "commanders was under way, killing up to 85 servicemen.", []),
    # but its count of its own dead in Ukraine's attack is
    ("Russia's defence ministry said three servicemen were killed when Ukrainian drones hit the Engels air base.",
     [3]),
])
def test_russias_ministry_counts_its_own_dead_not_the_enemys(claim: str, killed: list[int]) -> None:
    text = ("Missile strike on Kryvyi Rih kills 20\n\nA Russian missile struck Kryvyi Rih on Friday, killing 20 "
            "people, the governor said. " + claim)
    attacks = extract(text).attacks
    assert [a.killed for a in attacks if a.attacker == "russia"] == [20]
    assert [a.killed for a in attacks if a.attacker == "ukraine" and a.killed] == killed


@pytest.mark.parametrize(("town", "killed"), [
    ("Two more people were killed in the town of Samarivka, which was hit in the same attack.", 22),
    ("Two more people were killed in Kharkiv.", 22),
    # (a count of no more, told of the city's own region, is the city's toll told again)
    ("Two people were killed in the Dnipropetrovsk region.", 20),
])
def test_more_people_killed_in_another_town_add_to_a_citys_toll(town: str, killed: int) -> None:
    text = ("Missile strike on Dnipro kills 20\n\nThe death toll from a Russian missile attack on Dnipro has risen "
            "to 20, officials said on Wednesday.\n\n" + town)
    assert [a.killed for a in extract(text).attacks] == [killed]


def test_a_datelines_city_leaves_a_lead_the_toll_of_one_city() -> None:
    """"KYIV, April 29 (Reuters) - The death toll ... in Uman rose to 23": Uman's toll, to which Dnipro's two add."""
    text = ("Death toll in Uman missile strike rises to 23\n\nKYIV, April 29 (Reuters) - The death toll from a Russian "
            "missile strike on an apartment building in the central Ukrainian city of Uman rose to 23, officials "
            "said.\n\nIn Dnipro, a woman and her daughter were killed when a missile hit a private house.")
    assert [a.killed for a in extract(text).attacks] == [25]


def test_a_place_and_a_date_opening_a_paragraph_head_that_strike() -> None:
    """A review of strikes, each in a paragraph opened by its place and date: one attack each, at that place; the
    lead's recall of one of them is that one, not another."""
    text = ("Looking back at the deadliest strikes\n\nA week after two ballistic missiles killed 35 people in Sumy on "
            "Palm Sunday, "
            "the city was attacked again overnight, officials said.\n\n"
            "Kharkiv, May 25, 2024. Russian aircraft dropped two guided bombs on a hardware store. Nineteen people "
            "were killed and 54 injured.\n\n"
            "Sumy, April 13, 2025. Two Iskander-M missiles struck the city centre. Thirty-five people were killed "
            "and 117 were wounded.\n\n"
            "Overnight, Russia launched 87 drones across the country, 57 of which were shot down.")
    attacks = {(a.killed, a.injured): a for a in extract(text).attacks}
    assert set(attacks) == {(None, None), (19, 54), (35, 117)}
    assert attacks[(19, 54)].places == ("Kharkiv",) and attacks[(19, 54)].missiles_launched is None
    assert attacks[(35, 117)].places == ("Sumy",) and attacks[(35, 117)].missiles_launched == 2
    assert attacks[(None, None)].drones_launched == 87


def test_a_span_ago_on_a_day_dates_that_days_attack() -> None:
    """"A year earlier, on July 8, 2024, ..." is one day's attack with its own counts, not a year's tally."""
    text = ("Russia launched 700 drones at Lutsk overnight. A year earlier, on July 8, 2024, Russia attacked Ukrainian "
            "cities in daylight with 38 missiles, of which 30 were shot down.")
    counts = {(a.drones_launched, a.missiles_launched, a.missiles_downed) for a in extract(text).attacks}
    assert counts == {(700, None, None), (None, 38, 30)}


def test_the_time_since_an_attack_marked_recalls_that_attack() -> None:
    """"To mark 40 days since the strike that killed 20": the toll is the recalled strike's, not the night's."""
    text = ("Kryvyi Rih remembers the playground strike\n\nKRYVYI RIH, May 13 (Ukrinform) - Residents gathered on "
            "Tuesday to mark 40 days since the Russian ballistic missile strike that killed 20 people, nine of them "
            "children.\n\nOvernight, air defence destroyed seven Russian drones over the Dnipropetrovsk region, the "
            "governor said.")
    attacks = extract(text).attacks
    night = next(a for a in attacks if a.drones_downed == 7)
    assert night.killed is None
    assert any(a.killed == 20 for a in attacks)


def test_a_landmark_the_place_faces_is_no_place_hit() -> None:
    """The occupied town and nuclear plant across the water from a shelled city are landmarks, not places hit."""
    text = ("Russian drones and artillery hit Nikopol on Saturday, killing one person. Nikopol, which lies across the "
            "Kakhovka reservoir from the Russian-occupied Zaporizhzhia nuclear power plant in Enerhodar, is shelled "
            "almost daily. Shelling also hit Marhanets and Chervonohryhorivka, which face the occupied town of "
            "Enerhodar.")
    attack = extract(text).attacks[0]
    assert (attack.killed, attack.places) == (1, ("Nikopol", "Marhanets", "Chervonohryhorivka"))


def test_where_uncounted_weapons_head_is_no_place_hit() -> None:
    """A warning of drones on their way names their route; a count shot down on the way names where they fell."""
    text = ("Russia attacked Kyiv overnight; a warehouse in the capital was hit and one person was killed.\n\n"
            "Earlier, the air force warned of groups of Shahed drones entering Ukraine from Sumy region and heading "
            "towards Chernihiv and Kyiv regions. Later, cruise missiles over Zhytomyr region were heading for Kyiv.")
    assert extract(text).attacks[0].places == ("Kyiv",)
    shot = extract("Air defences shot down two drones flying towards Moscow, the mayor said.").attacks[0]
    assert shot.places == ("Moscow",)


def test_an_anniversary_strike_and_the_new_night_apart() -> None:
    """The strike a year ago (its toll in the lead, its missiles in a dated paragraph) is one attack; 'Overnight,
    Russia again fired' goes back to the night the report tells of."""
    text = ("A year after the institute strike, Poltava is hit by ballistic missiles again\n\n"
            "Poltava on Friday marked a year since the missile strike on the institute that killed 59 people, as a "
            "new missile attack hit the city overnight.\n\n"
            "On September 3, 2024, Russia fired two Iskander-M ballistic missiles at Poltava. They struck the "
            "military institute and a nearby hospital.\n\n"
            "Overnight, Russia again fired three Iskander-M missiles at Poltava, the governor said. Two were shot "
            "down; the third hit a warehouse.")
    got = sorted((a.missiles_launched, a.missiles_downed, a.killed) for a in extract(text).attacks)
    assert got == [(2, None, 59), (3, 2, None)]


def test_half_of_the_drones_is_a_count_and_nearly_all_is_none() -> None:
    """'Half of the drones were shot down' halves the launched count; 'nearly all' and 'more than half' give none."""
    attack = extract("Russia launched 46 drones and six missiles overnight. Half of the drones were shot down, while "
                     "nearly all of the missiles were intercepted.").attacks[0]
    assert (attack.drones_launched, attack.drones_downed, attack.missiles_downed) == (46, 23, None)
    assert attack.evidence["drones_downed"].rule == "drones_downed.share-of"
    headline = extract("Half of Russia's 46 overnight drones shot down over the south, air force says").attacks[0]
    assert (headline.drones_launched, headline.drones_downed) == (46, 23)
    assert extract("Russia launched 46 drones. More than half of the drones were shot down.").attacks[0] \
        .drones_downed is None


def test_a_piece_told_night_by_night_has_an_attack_a_night() -> None:
    """'The first night ...', 'The next night ...' each start an attack of their own."""
    text = ("Over three nights Russia launched almost 1,500 drones at Ukraine.\n\n"
            "The first night was the heaviest: 539 drones and 11 missiles. Air defence shot down 268 drones. Two "
            "people were killed in Kyiv.\n\n"
            "The next night was quieter. Russia sent 322 drones and eight missiles; 157 drones were shot down. In "
            "Kharkiv, a drone killed one person.")
    got = sorted((a.drones_launched, a.missiles_launched, a.drones_downed, a.killed, a.places)
                 for a in extract(text).attacks)
    assert got == [(322, 8, 157, 1, ("Kharkiv",)), (539, 11, 268, 2, ("Kyiv",))]


def test_a_place_and_a_colon_open_an_item_not_a_dateline() -> None:
    """'Kyiv: debris fell ...' in a list of consequences is a place hit; 'KYIV:' opening a report is its dateline."""
    text = ("Russia attacked Ukraine overnight with 90 drones.\n\nConsequences of the attack:\n\n"
            "Kyiv: debris fell in two districts; two people were injured.\n\n"
            "Vinnytsia: a missile hit an infrastructure facility; one person was killed.")
    assert extract(text).attacks[0].places == ("Kyiv", "Vinnytsia")
    assert extract("KYIV: Russian drones hit Odesa overnight, injuring two people.").attacks[0].places == ("Odesa",)


def test_a_separate_attack_goes_on_in_its_paragraph() -> None:
    """The sentence after 'Separately, ... launched 145 drones' in its paragraph, naming no other place, is its own;
    'a separate figure' is no other attack."""
    text = ("A Russian missile attack on Dobropillia killed 11 people late on Friday.\n\n"
            "Separately, the air force said Russia had launched 145 drones overnight. Air defences shot down 79 of "
            "them, and another 54 were lost locationally.")
    got = sorted(((a.drones_launched or 0), a.drones_downed, a.drones_suppressed, a.killed)
                 for a in extract(text).attacks)
    assert got == [(0, None, None, 11), (145, 79, 54, None)]
    one = extract("Russian drones killed three people in Kremenchuk overnight. The Air Force did not publish a "
                  "separate figure for the region. It said Russia had used attack drones against several regions.")
    assert [(a.killed, a.drones_launched) for a in one.attacks] == [(3, None)]


def test_a_table_is_one_sentence_and_its_cells_are_its_evidence() -> None:
    """The rows of a table join its header in one sentence, and each figure points at its cells; columns that only
    look like one (two role words with no rows of counts under them) are prose."""
    text = ("Russia attacked Ukraine overnight.\n\nWeapon     Launched   Shot down\nShahed drones   52   40\n\n"
            "Debris fell in Kyiv.")
    sentences = split_sentences(text, find_tables(text))
    assert [s.text.split("\n")[0] for s in sentences] == ["Russia attacked Ukraine overnight.",
                                                          "Weapon     Launched   Shot down", "Debris fell in Kyiv."]
    attack = extract(text).attacks[0]
    evidence = attack.evidence["drones_downed"]
    assert (attack.drones_launched, attack.drones_downed) == (52, 40)
    assert evidence.rule.endswith("table-cell") and text[evidence.start:evidence.end] == "40"
    assert find_tables("Drones  launched  and  shot down  overnight numbered 52 and 40.\nDebris fell in Kyiv.") == []


def test_a_table_in_an_html_page_reaches_the_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`monitor extract page.html` keeps the page's table of weapons (the article extractor writes its cells between
    bars), so the figures that only the table gives are read."""
    page = tmp_path / "page.html"
    prose = ("Russia attacked Ukraine overnight with drones and missiles, the Air Force said on Thursday morning. "
             "Debris fell in two districts of Kyiv, where two people were injured, the city's mayor said. ")
    page.write_text(
        f"<html><body><article><h1>Night attack: figures by type</h1><p>{prose * 2}</p><table>"
        "<tr><th>Weapon</th><th>Launched</th><th>Shot down</th></tr>"
        "<tr><td>Shahed drones</td><td>476</td><td>441</td></tr>"
        "<tr><td>Kh-101 cruise missiles</td><td>20</td><td>19</td></tr></table>"
        f"<p>{prose}</p></article></body></html>", encoding="utf-8")
    assert main(["extract", str(page), "--json"]) == 0
    attack = json.loads(capsys.readouterr().out)["attacks"][0]
    assert (attack["drones_launched"], attack["drones_downed"], attack["missiles_launched"],
            attack["missiles_downed"]) == (476, 441, 20, 19)


def test_the_air_forces_night_of_a_date_is_the_night_the_lead_told_of() -> None:
    """After a lead that gave the night's toll by weekday but no count of weapons, the Air Force's counts 'on the night
    of April 10' are that night's, not another attack's."""
    text = ("Dnipro death toll rises to four after overnight missile and drone strike\n\n"
            "The number of people killed in an overnight Russian attack on Dnipro has risen to four, the governor said "
            "on Thursday afternoon. As of now, 27 people have been injured.\n\n"
            "According to the Air Force, on the night of April 10 the enemy attacked with five Iskander-M ballistic "
            "missiles and 112 strike UAVs. As of 09:00, 78 UAVs had been shot down.")
    got = [(a.killed, a.injured, a.missiles_launched, a.drones_launched, a.drones_downed)
           for a in extract(text).attacks]
    assert got == [(4, 27, 5, 112, 78)]
    formula = ("Drone attack damages energy facility in Oleksandriia\n\nRussian strike drones attacked the "
               "Oleksandriia district overnight, leaving 11,000 households without power, the governor said on "
               "Thursday.\n\nOver the region, air defence destroyed nine UAVs, he added.\n\n"
               "According to the Air Force, on the night of February 6 the enemy attacked with 58 Shahed-type strike "
               "UAVs. As of 08:30, 38 of them had been shot down.")
    assert [(a.drones_launched, a.drones_downed) for a in extract(formula).attacks] == [(58, 38)]


def test_a_weekday_days_before_the_report_is_the_attack_the_lead_told_of() -> None:
    """'ended their search on Tuesday, three days after a Russian missile tore through it': Tuesday is the report's
    day, and the building 'hit on Saturday afternoon' is the lead's attack, with its toll."""
    text = ("Rescuers end search in Dnipro as toll rises to 44\n\n"
            "Rescue crews ended their search of a collapsed apartment building in Dnipro on Tuesday, three days after "
            "a Russian missile tore through it, with the bodies of 44 people recovered.\n\n"
            "The building was hit on Saturday afternoon during one of Russia's largest waves of strikes. Russia fired "
            "38 missiles that day and air defences shot down 25 of them.")
    got = [(a.killed, a.missiles_launched, a.missiles_downed) for a in extract(text).attacks]
    assert got == [(44, 38, 25)]


def test_a_separate_attack_told_with_no_place_goes_on_to_its_places() -> None:
    """'The strike came hours after a separate overnight drone attack.' names no place: the next sentence, naming the
    regions the drones were downed over, tells of that attack; a city in the region it named goes on with it too."""
    text = ("At least 17 killed in Russian missile strike on Dnipro\n\n"
            "A Russian missile attack on Dnipro on Tuesday killed 17 people, officials said.\n\n"
            "The strike came hours after a separate overnight drone attack. Before dawn, the air force said, Russia "
            "had launched 28 drones, of which 20 were destroyed over the Kharkiv and Sumy regions.")
    got = sorted(((a.drones_launched or 0), a.drones_downed, a.killed, a.places) for a in extract(text).attacks)
    assert got == [(0, None, 17, ("Dnipro",)), (28, 20, None, ("Kharkiv", "Sumy"))]


def test_a_strike_said_to_be_on_an_afternoon_after_a_nights_claim_is_its_own() -> None:
    report = extract("Air defences destroy 41 Ukrainian drones over seven regions overnight\n\nRussian air defence "
                     "systems destroyed 41 Ukrainian drones over seven Russian regions overnight, the Defence Ministry "
                     "said.\n\nMeanwhile, the Belgorod governor said that on Tuesday afternoon a Ukrainian FPV drone "
                     "struck a car in the town of Shebekino. The driver died at the scene and two women were injured.")
    got = sorted((a.drones_downed or 0, a.killed, a.injured, a.places) for a in report.attacks)
    assert got == [(0, 1, 2, ("Shebekino", "Belgorod")), (41, None, None, ())]


def test_a_numeric_stamp_dates_the_report_and_a_shelling_counted_in_rounds_is_its_own() -> None:
    report = extract("Air defence destroys 61 of 71 cruise missiles\n\n10.02.2023 15:07\n\nRussia launched 71 cruise "
                     "missiles at Ukraine on Friday morning, 61 of which were shot down.\n\nThe commander-in-chief "
                     "announced this on Telegram.\n\n\"On February 10, starting from 05:30, the enemy launched 71 "
                     "cruise missiles. 61 of them were destroyed,\" he wrote. In Kharkiv, a woman was injured.\n\n"
                     "Meanwhile, in the Kherson region, Russian troops fired 48 times over the past day, including 9 "
                     "shells at Kherson city. Two people were killed and six others injured.")
    got = sorted((a.missiles_launched or 0, a.missiles_downed, a.killed, a.injured) for a in report.attacks)
    assert got == [(0, None, 2, 6), (71, 61, None, 1)]


def test_the_night_of_a_stamped_date_after_a_strike_by_day_is_the_night_before() -> None:
    report = extract("Enemy strikes Zaporizhzhia with guided bombs and drones: one killed\n\n06.02.2025 21:40\n\n"
                     "Russian troops attacked Zaporizhzhia with guided bombs and three Shahed drones on Thursday, "
                     "killing one person.\n\nThe head of the regional administration reported this on Telegram.\n\n"
                     "Five cars were damaged.\n\nAs reported, on the night of February 6, air defence forces shot "
                     "down 15 Russian drones over the region.")
    got = sorted((a.drones_launched or 0, a.drones_downed, a.killed) for a in report.attacks)
    assert got == [(0, 15, None), (3, None, 1)]


def test_a_place_last_faced_an_attack_when_recalls_that_attack() -> None:
    report = extract("Russia launches largest drone attack on Kyiv\n\nRussian forces launched 75 Shahed drones "
                     "against Ukraine overnight, targeting mainly Kyiv, the Air Force reported. Air defence shot down "
                     "74 of them.\n\nKyiv last faced a drone attack of comparable scale in the spring, when Russia "
                     "sent 36 Shaheds at the capital in one night.")
    assert sorted(a.drones_launched or 0 for a in report.attacks) == [36, 75]


def test_ukrainian_artillery_that_had_struck_an_occupied_city_is_ukraines_attack() -> None:
    report = extract("Russia attacked Kharkiv overnight with eight drones, the air force said.\n\nIn Donetsk, the "
                     "Russian-installed mayor said Ukrainian artillery had struck a busy market on Sunday morning, "
                     "killing 27 people and wounding 25.")
    got = sorted((a.attacker, a.killed, a.injured) for a in report.attacks)
    assert got == [("russia", None, None), ("ukraine", 27, 25)]


def test_a_separate_rocket_attack_on_a_region_the_drone_split_named_is_its_own() -> None:
    report = extract("Russia says 35 Ukrainian drones downed\n\nRussia's defence ministry said its air defences had "
                     "destroyed 35 Ukrainian drones overnight: 12 over the Belgorod region, eight over the Bryansk "
                     "region and 15 over the Kursk region.\n\nSeparately, the Belgorod governor said Ukrainian "
                     "forces had fired multiple rocket launchers at the regional capital, killing two people and "
                     "injuring seven.")
    got = sorted((a.drones_downed or 0, a.killed, a.injured) for a in report.attacks)
    assert got == [(0, 2, 7), (35, None, None)]


def test_footage_on_russian_social_networks_keeps_ukraines_attack_and_its_toll() -> None:
    report = extract("Ukrainian drones hit Russia's Tatarstan, more than 1,200 km from front\n\nMoscow (AFP) - "
                     "Ukrainian drones struck a dormitory and an oil refinery in Russia's central Tatarstan region on "
                     "Tuesday, wounding 12 people, local authorities said.\n\nTatarstan's leader said on Telegram "
                     "that enterprises in the towns of Yelabuga and Nizhnekamsk had been \"attacked by drones\", "
                     "adding that \"there is no serious damage\".\n\nFootage shared on Russian social networks "
                     "appeared to show a small aircraft diving into a multi-storey building before exploding in a ball "
                     "of fire.\n\nThe dormitory belongs to the Alabuga special economic zone near Yelabuga, where "
                     "students of a polytechnic college live. The regional health ministry first said seven people "
                     "had been injured; by evening it said the number of wounded had risen to 12. Two remained in "
                     "hospital.")
    assert [(a.attacker, a.injured) for a in report.attacks] == [("ukraine", 12)]


def test_a_governor_said_separately_of_a_village_attacked_and_a_titles_all_stays_in_its_part() -> None:
    report = extract("Russia says it downed 15 Ukrainian drones over three regions; Ukraine downs all 13 Shaheds\n\n"
                     "Russian air defence units destroyed 15 Ukrainian drones overnight over three regions, Russia's "
                     "defence ministry said. Nine were shot down over the Belgorod region, four over the Voronezh "
                     "region and two over the Kursk region.\n\nThe Belgorod governor said separately that Ukrainian "
                     "forces had attacked the village of Dubovoye with drones on Saturday morning, injuring two "
                     "people.\n\nUkraine's air force said Russia had launched 13 Shahed drones overnight. All 13 were "
                     "destroyed.")
    got = sorted((a.attacker, a.drones_launched or 0, a.drones_downed or 0, a.injured or 0) for a in report.attacks)
    assert got == [("russia", 13, 13, 0), ("ukraine", 0, 0, 2), ("ukraine", 0, 15, 0)]


def test_a_lead_on_a_days_bombs_hours_after_drones_targeted_a_city_keeps_the_night_apart() -> None:
    report = extract("Russian glide bombs kill 3 in border town as drones target Kharkiv overnight\n\nKHARKIV, Ukraine "
                     "(AP) - Russian aircraft dropped two glide bombs on the town of Zolochiv on Wednesday, killing "
                     "three people and injuring five, officials said, hours after a wave of attack drones targeted the "
                     "city of Kharkiv.\n\nThe bombs hit the center of Zolochiv at about 11 a.m.\n\nOvernight, Russia "
                     "launched 15 Shahed drones at the Kharkiv region, Ukraine's air force said, and 12 of them were "
                     "shot down. Two people were injured in Kharkiv.")
    got = sorted((a.drones_launched or 0, a.drones_downed or 0, a.killed or 0, a.injured) for a in report.attacks)
    assert got == [(0, 0, 3, 5), (15, 12, 0, 2)]


def test_a_weekday_of_a_time_told_again_in_gmt_is_no_other_day() -> None:
    report = extract("Russian missile strikes on Odesa region kill 21\n\nRussian missiles slammed into an apartment "
                     "building near Odesa early Friday, killing 21 people, officials said.\n\nThe strikes hit the "
                     "village of Serhiivka at around 1:00 am local time (2200 GMT Thursday). Officials said Russian "
                     "bombers had fired three Kh-22 missiles.")
    assert [(a.missiles_launched, a.killed) for a in report.attacks] == [(3, 21)]


def test_strikes_kept_up_since_a_day_when_recall_that_days_attack() -> None:
    report = extract("Russia suspends grain deal\n\nRussian forces fired three S-300 missiles at Mykolaiv overnight, "
                     "wounding two people, the governor said.\n\nRussia has pounded Ukraine's infrastructure since "
                     "Oct. 10, when it fired 84 cruise missiles and 24 drones at Kyiv and other cities, killing 19 "
                     "people.\n\nSince Sept. 13, when Russian forces first used Shahed drones against Ukraine, the Air "
                     "Force said it had shot down 223 of them.")
    got = sorted((a.missiles_launched, a.drones_launched or 0, a.killed or 0, a.downed_total) for a in report.attacks)
    assert got == [(3, 0, 0, None), (84, 24, 19, None)]


def test_a_leads_toll_of_the_day_across_a_nights_drones_and_a_days_bomb_is_neither_attacks() -> None:
    report = extract("Shaheds hit Konotop overnight, guided bomb kills woman in Krasnopillia\n\nRussian troops "
                     "attacked Konotop with Shahed drones overnight and dropped a guided aerial bomb on Krasnopillia "
                     "during the day. One person was killed and five were injured in the Sumy region, the regional "
                     "military administration reported.\n\nFive Shaheds attacked Konotop at around 01:30. Mobile fire "
                     "groups shot down two of them. Three people were injured.\n\nAt about 14:20, Russian aircraft "
                     "dropped a KAB guided aerial bomb on the centre of Krasnopillia. A woman was killed in her yard; "
                     "two men were injured.")
    got = sorted((a.drones_launched or 0, a.killed or 0, a.injured) for a in report.attacks)
    assert got == [(0, 1, 2), (5, 0, 3)]


def test_a_town_of_the_regions_a_lead_names_is_no_other_place_for_the_same_toll() -> None:
    report = extract("Russia targets gas fields with 381 drones; two killed in Merefa\n\nNaftogaz says production "
                     "sites were hit\n\nStaff and agencies\n\nSat 4 Oct 2025 12.31 BST\n\nRussia fired 381 drones and "
                     "35 missiles overnight at gas production sites in the Kharkiv and Poltava regions, killing two "
                     "people and injuring four, officials said.\n\nTwo people were killed in Merefa, south-west of "
                     "Kharkiv, when a drone hit a residential street. Four people were injured in Berestyn, where a "
                     "missile struck an industrial site.")
    assert [(a.killed, a.injured) for a in report.attacks] == [(2, 4)]


def test_a_regions_toll_of_a_day_of_drones_and_aviation_is_neither_attacks() -> None:
    report = extract("Chernihiv region: Shaheds hit Nizhyn, guided bomb kills man in Semenivka\n\nRussian troops "
                     "attacked the Chernihiv region with drones and aviation on 12 September. One person was killed "
                     "and three injured, the head of the regional military administration reported.\n\nAt night, "
                     "Russia attacked Nizhyn with ten Shahed drones. Seven of the ten Shaheds were neutralised. Two "
                     "people were injured.\n\nIn the morning, an FPV drone attacked a car near Novhorod-Siverskyi. The "
                     "driver was injured.\n\nIn the afternoon, Russian aircraft dropped a guided aerial bomb on "
                     "Semenivka. A 56-year-old man was killed.")
    got = sorted((a.drones_launched or 0, a.killed or 0, a.injured or 0) for a in report.attacks)
    assert got == [(0, 1, 0), (10, 0, 3)]


def test_both_hospitalized_after_the_two_wounded_tells_them_again_beside_the_days_total() -> None:
    report = extract("AFU drones attacked Belgorod region 71 times over the day, one dead, five hurt - "
                     "Gladkov\n\nBELGOROD. Oct 18 (Interfax) - One civilian was killed and five civilians were hurt as "
                     "a result of attacks by the Ukrainian Armed Forces on the Belgorod region over the past day, "
                     "Governor Vyacheslav Gladkov said on Saturday.\n\n\"Over the past day, 71 UAVs attacked the "
                     "region, 43 of them were shot down by air defense systems. The enemy also fired 118 shells at 22 "
                     "settlements,\" Gladkov wrote on his Telegram channel, summing up the results of the "
                     "day.\n\nAccording to the governor, the most difficult situation was in the Borisovka district, "
                     "where a woman was killed when a drone hit her house in the village of Striguny. \"Medics "
                     "pronounced her dead at the scene. I express my deepest condolences to her family and friends,\" "
                     "he said.\n\nIn the Graivoron district, in the village of Dorogoshch, a drone attacked a car. The "
                     "driver suffered a mine-blast injury and shrapnel wounds to his legs; he was taken to the "
                     "Belgorod regional clinical hospital.\n\nIn Shebekino, two men were injured when a drone dropped "
                     "an explosive device near a shop on Lenin Street. One of them is in serious condition, the other "
                     "was treated as an outpatient.\n\nIn the Belgorod district, in the village of Razumnoye, a "
                     "34-year-old woman and a 12-year-old girl were wounded by the detonation of a drone above a "
                     "private house. Both were hospitalized at the Belgorod children's and regional hospitals.")
    assert [(a.killed, a.injured) for a in report.attacks] == [(1, 5)]


def test_a_titles_toll_under_the_other_sides_place_heading_it_is_that_sides() -> None:
    report = extract("Belgorod: Russia says 24 killed in Ukrainian attack as Kharkiv is hit again\n\nRussia says the "
                     "death toll from Saturday's Ukrainian attack on the city of Belgorod has risen to 24. The "
                     "governor said 108 people had been injured.\n\nWithin hours, Russia hit back at Kharkiv. Five "
                     "missiles struck the city on Saturday evening, injuring 28 people.")
    got = sorted((a.attacker, a.missiles_launched or 0, a.killed or 0, a.injured) for a in report.attacks)
    assert got == [("russia", 5, 0, 28), ("ukraine", 0, 24, 108)]


def test_a_governors_entry_stamped_by_day_of_an_fpv_strike_is_apart_from_the_nights() -> None:
    report = extract("Bryansk region: posts from the governor's Telegram channel\n\n07:12\nTonight the Kyiv regime "
                     "attempted another terrorist attack using aircraft-type UAVs on the territory of the Bryansk "
                     "region. 14 UAVs were detected and destroyed. There were no casualties.\n\n09:30\nSchools in 23 "
                     "settlements continue to work remotely.\n\n11:40\nThe armed forces of Ukraine attacked the "
                     "settlement of Suzemka with a kamikaze FPV drone. A civilian car was hit. The driver was wounded "
                     "by shrapnel.")
    got = sorted((a.drones_downed or 0, a.injured or 0) for a in report.attacks)
    assert got == [(0, 1), (14, 0)]


def test_the_ministrys_night_hours_earlier_on_the_day_of_a_drone_on_a_car_are_apart() -> None:
    report = extract("Drone drops explosive on car in Belgorod region, driver killed\n\nA man was killed and two women "
                     "were wounded on Sunday when a Ukrainian drone dropped an explosive device on a car in the "
                     "Borisovka district of the Belgorod region, the governor said.\n\nEarlier on Sunday the Russian "
                     "Defence Ministry reported that air defence systems had destroyed nine Ukrainian unmanned aerial "
                     "vehicles over the Belgorod region between 01:20 and 05:45 Moscow time.")
    got = sorted((a.drones_downed or 0, a.killed or 0, a.injured or 0) for a in report.attacks)
    assert got == [(0, 1, 2), (9, 0, 0)]


def test_ukraines_shelling_later_on_the_day_of_a_nights_drone_is_its_own() -> None:
    report = extract("Drone debris sets roof of Kursk railway station on fire\n\nThe roof of the railway station in "
                     "Kursk caught fire early on Saturday after a Ukrainian drone was shot down over the city, and "
                     "five people were slightly injured by flying glass, the governor said.\n\nLater on Saturday the "
                     "governor said that Ukrainian forces had shelled the border village of Tyotkino in the afternoon. "
                     "Two residents were wounded.")
    got = sorted((a.drones_downed or 0, a.injured) for a in report.attacks)
    assert got == [(0, 2), (1, 5)]


def test_a_round_up_of_regions_entry_by_entry_tells_each_governors_attack_apart() -> None:
    report = extract("Border regions this morning: what Russia's governors reported\n\nUpdated throughout the morning."
                     "\n\n07:12 — Belgorod region. Governor Vyacheslav Gladkov published his daily summary: over the "
                     "past day, Ukraine's armed forces attacked 19 settlements in the region with 63 drones, 41 of "
                     "which were shot down. Two civilians were killed in the village of Kozinka.\n\n07:40 — Kursk "
                     "region. The acting governor said a drone attacked a car on the outskirts of Glushkovo. The "
                     "driver suffered shrapnel wounds.\n\n08:05 — Voronezh region. Governor Alexander Gusev: \"Tonight "
                     "air defence forces detected and destroyed eight UAVs over the Pavlovsk and Kalach districts.\"")
    got = sorted((a.attacker, a.drones_launched or 0, a.drones_downed or 0, a.killed or 0, a.injured or 0)
                 for a in report.attacks)
    assert got == [("ukraine", 0, 0, 0, 1), ("ukraine", 0, 8, 0, 0), ("ukraine", 63, 41, 2, 0)]


def test_a_days_shelling_told_as_a_list_after_its_sentence_keeps_its_items() -> None:
    report = extract("Shaheds over Lebedyn, mines on Esman: how the day went in the Sumy region\n\nOver the night and "
                     "the past day, Russian forces attacked the Sumy region with attack drones, artillery and mortars. "
                     "One person was killed and three more were injured, the administration reported.\n\nThe Russian "
                     "army sent eight Shahed drones towards the region. Air defence forces destroyed five of them. Two "
                     "employees were injured in Lebedyn.\n\nDuring the day, Russian forces shelled four border "
                     "communities of the region. The administration recorded 112 explosions:\n- Esman community: 47 "
                     "explosions. A 64-year-old man was killed in his yard.\n- Znob-Novhorodske community: 31 mortar "
                     "mines.\n- Myropillia community: 14 mortar mines. A 70-year-old woman was wounded by shrapnel.")
    got = sorted((a.drones_launched or 0, a.drones_downed or 0, a.killed or 0, a.injured or 0) for a in report.attacks)
    assert got == [(0, 0, 1, 1), (8, 5, 0, 2)]


def test_a_toll_over_the_same_period_as_a_span_of_days_is_a_tally() -> None:
    report = extract("S-300 missiles on Kharkiv\n\nAt about 09:40, Russian forces struck the Kyivskyi district of "
                     "Kharkiv with two S-300 missiles, killing two people.\n\nIn the first 15 days of January, the "
                     "Kharkiv region came under fire 760 times, police said. Over the same period, 19 civilians were "
                     "killed in the oblast.")
    assert [(a.missiles_launched, a.killed) for a in report.attacks] == [(2, 2)]


def test_a_count_over_the_same_period_as_the_nights_window_is_the_nights() -> None:
    report = extract("The Russian Defence Ministry said air defences had destroyed 524 Ukrainian drones over a 24-hour "
                     "period. Over the same period, the ministry said, air defences had shot down four Neptune-MD "
                     "guided missiles.")
    assert [(a.drones_downed, a.missiles_downed) for a in report.attacks] == [(524, 4)]


def test_a_strike_on_a_town_in_a_month_of_a_past_year_that_injured_people_is_recalled() -> None:
    report = extract("Russian missile strike on Balakliia kills 3\n\nA Russian ballistic missile strike on the town of "
                     "Balakliia killed three people early Thursday, officials said.\n\nThe town has been hit "
                     "repeatedly. A strike on a residential neighborhood of Balakliia in November 2024 injured 21 "
                     "people, according to regional prosecutors.")
    assert sorted((a.killed or 0, a.injured or 0) for a in report.attacks) == [(0, 21), (3, 0)]


def test_an_entry_after_the_ministrys_claim_on_a_live_page_of_russias_strike_is_russias() -> None:
    report = extract("Russian missile strike on Znamianka: death toll rises to three – live updates\n\n07:48 — The "
                     "enemy struck Znamianka. Preliminarily, one person has been killed and five injured.\n\n08:30 — "
                     "Ukraine's Air Force says Russia launched two Iskander-M ballistic missiles.\n\n12:40 — "
                     "Meanwhile, the Russian Defence Ministry claims that air defence systems on duty destroyed two "
                     "Ukrainian drones over the Kursk region.\n\n14:15 — Rescuers pulled the body of a third victim "
                     "from the rubble. The number of injured has risen to 14, the head of the region said.")
    got = sorted((a.attacker, a.missiles_launched, a.drones_downed, a.killed, a.injured) for a in report.attacks)
    assert got == [("russia", 2, None, 3, 14), ("ukraine", None, 2, None, None)]


def test_a_newest_first_live_page_stamped_in_am_and_pm_keeps_its_latest_toll() -> None:
    report = extract("Death toll from Russian missile strike on Zaporizhzhia rises to 5\n\nLive updates\n\n6:55 p.m. — "
                     "Death toll rises to five, Zaporizhzhia Oblast Governor Ivan Fedorov said. Eighteen people were "
                     "injured, six of them in serious condition.\n\n"
                     "12:05 p.m. — The number of victims of the morning missile strike has risen to four killed and 13 "
                     "injured.\n\n10:20 a.m. — Three people were killed and nine injured when Russia struck an "
                     "industrial enterprise in Zaporizhzhia with four missiles at 9:02 a.m.")
    assert [(a.missiles_launched, a.killed, a.injured) for a in report.attacks] == [(4, 5, 18)]


def test_together_with_another_city_the_attack_killed_is_the_total() -> None:
    report = extract("Russia launches over 400 drones at Ukraine: four killed in Kyiv and Odesa – live\n\n19:10 — The "
                     "death toll in Kyiv has risen to three, the Kyiv City Military Administration said. The number of "
                     "injured in the capital has risen to 22. Together with Odesa, the attack killed four people and "
                     "injured 26.\n\n10:05 — Odesa: one person was killed and four were injured, Oleh Kiper said.\n\n"
                     "09:20 — Kyiv: two people killed, 17 injured, the head of the Kyiv City Military Administration "
                     "said.\n\n08:10 — The Air Force: overnight, Russia attacked with 412 drones and 31 missiles.")
    assert [(a.killed, a.injured) for a in report.attacks] == [(4, 26)]


def test_overnight_russia_had_launched_after_a_morning_strike_is_the_night_before() -> None:
    report = extract("Russian ballistic missile strike on Sumy kills 34\n\nTwo Russian ballistic missiles struck the "
                     "centre of Sumy on Sunday morning, killing at least 34 people and wounding 117, officials "
                     "said.\n\nThe missiles hit at about 10:15 local time.\n\nOvernight, Russia had launched 38 Shahed "
                     "drones and decoys at Ukraine, the air force said. Air defences shot down 22 of them.")
    got = sorted((a.drones_launched or 0, a.drones_downed or 0, a.missiles_launched or 0, a.killed or 0)
                 for a in report.attacks)
    assert got == [(0, 0, 2, 34), (38, 22, 0, 0)]


def test_a_strike_a_few_hours_later_on_another_town_is_its_own() -> None:
    report = extract("Russian missile strike on Dnipro kills 17\n\nA Russian missile attack on Dnipro killed 17 people "
                     "on Tuesday morning, authorities said.\n\nA few hours later, Russian strikes hit the town of "
                     "Samar, about 25 kilometres northeast of Dnipro, killing two people.\n\nOvernight, Russia had "
                     "sent 72 aerial attack weapons towards Ukraine, the air force said, of which 61 were shot down.")
    got = sorted((a.launched_total or 0, a.downed_total or 0, a.killed or 0) for a in report.attacks)
    assert got == [(0, 0, 2), (0, 0, 17), (72, 61, 0)]


def test_a_governors_toll_before_each_districts_told_after_its_place_is_the_total() -> None:
    report = extract("The governor's summary of the night\n\nOver the night, the armed forces of Ukraine attacked the "
                     "Belgorod region with 63 drones. 11 of them were shot down by air defence over Belgorod and the "
                     "Belgorod district. Two civilians were killed and seven were injured.\n\nBorisovka district: in "
                     "the village of Striguny, two men were injured when a drone hit a yard.\n\nGraivoron district: in "
                     "Graivoron, a drone struck a private house. A woman, aged 74, died at the scene.\n\nShebekino "
                     "district: in the village of Novaya Tavolzhanka, a drone attacked a car. The 43-year-old driver "
                     "died of his injuries on the way to hospital.")
    assert [(a.drones_launched, a.drones_downed, a.killed) for a in report.attacks] == [(63, 11, 2)]


def test_a_lead_of_ukraines_drones_while_a_russian_strike_killed_turns_at_while() -> None:
    report = extract("Drone debris injures two in Russia's Voronezh region; Russian strike on Odesa kills one\n\nJan "
                     "20 (Reuters) - Ukrainian drones attacked Russia's Voronezh region overnight, injuring two "
                     "people, the regional governor said on Tuesday, while a Russian missile and drone strike on the "
                     "Ukrainian port city of Odesa killed one person and wounded four.\n\nThe governor said air "
                     "defences had destroyed 17 drones over the city of Voronezh.")
    got = sorted((a.attacker, a.drones_downed or 0, a.killed or 0, a.injured) for a in report.attacks)
    assert got == [("russia", 0, 1, 4), ("ukraine", 17, 0, 2)]


def test_an_outlets_count_of_the_mayors_posts_keeps_ukraines_attack() -> None:
    report = extract("Drones fly at Moscow, airports shut\n\n06:40 — Moscow Mayor Sergei Sobyanin has reported the "
                     "first drone shot down on the approach to the city.\n\n09:20 — Sobyanin has reported more drones "
                     "downed over the Moscow region in a series of posts. Ukrainska Pravda has counted 17 drones shot "
                     "down in total since 06:40, according to his messages.")
    assert [(a.attacker, a.drones_downed) for a in report.attacks] == [("ukraine", 17)]


def test_a_plant_that_had_already_been_damaged_on_a_date_is_no_attack_of_that_day() -> None:
    report = extract("Russia attacks energy facilities: one killed in Kryvyi Rih\n\nOn the night of December 29, "
                     "Russian forces launched 49 missiles and 63 drones at Ukraine's energy "
                     "infrastructure.\n\nIvano-Frankivsk region – the Burshtyn thermal power plant was hit for the "
                     "second time this month. The plant had already been damaged on December 13.\n\nDnipropetrovsk "
                     "region – in Kryvyi Rih, a missile hit an industrial enterprise, killing a 56-year-old man.")
    assert [(a.missiles_launched, a.drones_launched, a.killed) for a in report.attacks] == [(49, 63, 1)]


def test_missiles_that_hit_a_station_in_april_last_year_recall_that_strike() -> None:
    report = extract("Death toll in Kramatorsk missile strike rises to 11\n\nRussia hit the centre of Kramatorsk with "
                     "two missiles on Tuesday evening, killing 11 people and injuring 61.\n\nIt has been targeted "
                     "repeatedly since 2022. In April last year, Russian missiles hit the city's railway station as "
                     "thousands of people waited to be evacuated, killing 61 people.")
    assert sorted((a.missiles_launched or 0, a.killed, a.injured or 0) for a in report.attacks) == [(0, 61, 0),
                                                                                                   (2, 11, 61)]


def test_the_deadliest_strikes_when_missiles_hit_a_centre_in_june_2022_killing_is_recalled() -> None:
    report = extract("Russia attacks Poltava region with 58 drones\n\nRussia launched 58 drones overnight, injuring "
                     "two people in Kremenchuk.\n\nKremenchuk was the scene of one of the deadliest single strikes of "
                     "the war's first year, when Russian missiles hit the crowded Amstor shopping centre in June 2022, "
                     "killing at least 20 people.")
    assert sorted((a.drones_launched or 0, a.killed or 0, a.injured or 0) for a in report.attacks) == [(0, 20, 0),
                                                                                                      (58, 0, 2)]


def test_the_ministrys_overnight_claim_after_a_mornings_drone_on_a_minibus_is_apart() -> None:
    report = extract("Two killed as Ukrainian drone hits minibus in Kursk region\n\nTwo people were killed and five "
                     "others injured on Wednesday morning when a Ukrainian drone struck a passenger minibus in the "
                     "Glushkovo district of the Kursk region, the governor said.\n\nOvernight, according to the "
                     "Russian Defense Ministry, 31 Ukrainian fixed-wing drones were destroyed: 17 over the Kursk "
                     "region, nine over the Bryansk region and five over the Oryol region.")
    got = sorted((a.drones_downed or 0, a.killed or 0, a.injured or 0) for a in report.attacks)
    assert got == [(0, 2, 5), (31, 0, 0)]


def test_a_separate_attack_from_a_launch_area_goes_on_over_the_regions_it_was_downed() -> None:
    report = extract("Ukraine says it destroyed Russian landing ship in Feodosia\n\nUkrainian aircraft struck the "
                     "landing ship in Feodosia, and Crimea's Russian-installed governor said one man had been killed."
                     "\n\nSeparately, Ukraine's air force said Russia had attacked overnight with 19 Shahed drones "
                     "launched from the Primorsko-Akhtarsk area. Air defences destroyed 13 of them over the Kherson, "
                     "Mykolaiv and Dnipropetrovsk regions.")
    got = sorted((a.attacker, a.drones_launched or 0, a.drones_downed or 0) for a in report.attacks)
    assert got == [("russia", 19, 13), ("ukraine", 0, 0)]


def test_an_occupation_heads_enemy_and_the_armed_forces_of_ukraine_attempting_are_ukraines() -> None:
    report = extract("Air defenses down seven Ukrainian drones over Berdyansk\n\nMELITOPOL, November 6. /TASS/. Air "
                     "defense forces shot down seven Ukrainian drones over Berdyansk, the region's head "
                     "said.\n\n\"Tonight the enemy again tried to attack Berdyansk with unmanned aerial vehicles. Our "
                     "air defense worked effectively.\" Debris fell on the roof of a boiler house. Two workers were "
                     "injured.")
    assert [(a.attacker, a.drones_downed, a.injured) for a in report.attacks] == [("ukraine", 7, 2)]
    report = extract("Air defense downs 11 drones over Sevastopol\n\nAir defense forces destroyed eleven Ukrainian "
                     "drones over Sevastopol overnight, the governor said.\n\n\"The Armed Forces of Ukraine attempted "
                     "to attack the city with UAVs. Four more were suppressed by electronic warfare.\"")
    assert [(a.attacker, a.drones_downed, a.drones_suppressed) for a in report.attacks] == [("ukraine", 11, 4)]


def test_kiev_has_repeatedly_used_them_keeps_ukraines_recalled_strike() -> None:
    report = extract("Air defenses down three Storm Shadow missiles over LPR\n\nLUGANSK, April 9. /TASS/. Russian air "
                     "defenses shot down three Storm Shadow cruise missiles over the Lugansk People's Republic "
                     "overnight, killing none.\n\nKiev has repeatedly used them against targets in the LPR. A strike "
                     "on Lugansk in May 2024 killed seven people and injured more than 50.")
    got = sorted((a.attacker, a.missiles_downed or 0, a.killed or 0, a.injured or 0) for a in report.attacks)
    assert got == [("ukraine", 0, 7, 50), ("ukraine", 3, 0, 0)]


def test_a_titles_toll_of_the_region_across_the_nights_drones_and_the_days_shelling_is_neithers() -> None:
    report = extract("Nikopol district shelled through the day, Shaheds hit Pavlohrad district overnight: one killed, "
                     "five injured in the region\n\nOvernight, air defence forces destroyed seven Shahed drones over "
                     "the Dnipropetrovsk region, the head of the regional administration said.\n\nIn Ternivka, a drone "
                     "hit a private enterprise. A 34-year-old man was injured.\n\nThroughout the day, the Russian army "
                     "struck the Nikopol district with artillery. A 61-year-old man was killed in Marhanets. Four "
                     "people were injured in Nikopol.")
    got = sorted((a.drones_downed or 0, a.killed or 0, a.injured or 0) for a in report.attacks)
    assert got == [(0, 1, 4), (7, 0, 1)]


def test_overnight_drones_on_another_town_after_a_lead_on_an_evenings_strike_are_the_nights() -> None:
    report = extract("Death toll from missile strike on Stepne rises to four; drones hit Vilniansk "
                     "overnight\n\nRegional Military Administration | 21 June 2024, 17:45\n\nThe death toll from "
                     "Thursday evening's Russian missile strike on the village of Stepne has risen to four, the head "
                     "of the region said on Friday. Eight people were injured.\n\nOvernight, Russian forces attacked "
                     "Vilniansk with six Shahed drones. Air defence destroyed four; a 39-year-old man was injured.")
    got = sorted((a.drones_launched or 0, a.drones_downed or 0, a.killed or 0, a.injured) for a in report.attacks)
    assert got == [(0, 0, 4, 8), (6, 4, 0, 1)]


def test_a_weeks_digest_headed_by_weekdays_with_dates_in_brackets_tells_each_apart() -> None:
    report = extract("Russia's Week of Strikes\n\nHere is how the week unfolded.\n\nMONDAY NIGHT (Jan. 12-13)\n- "
                     "Russia launched 118 drones, the Air Force said.\n- 92 were shot down.\n- In Buryn, a drone "
                     "killed a man.\n\nWEDNESDAY NIGHT (Jan. 14-15)\n- A combined 84 drones and missiles were launched "
                     "at Ukraine.\n- Air defense downed 65 targets.\n- Four people were injured in Kiliia.\n\nFRIDAY "
                     "(Jan. 16)\n- Russia fired two Iskander-M ballistic missiles at Zhovti Vody. Three people were "
                     "killed.")
    got = sorted((a.drones_launched or 0, a.launched_total or 0, a.missiles_launched or 0, a.killed or 0,
                  a.injured or 0) for a in report.attacks)
    assert got == [(0, 0, 2, 3, 0), (0, 84, 0, 0, 4), (118, 0, 0, 1, 0)]


def test_a_day_of_drones_and_bombs_told_in_one_lead_and_summed_is_two_attacks_with_their_own_tolls() -> None:
    # the lead tells both strikes, the bombs' toll after their clause ("killing one and injuring five there"), and a
    # title and a later sentence sum the day ("one killed, eight injured"): each attack keeps its own toll alone
    text = ("Shaheds on Zmiiv at night, guided bombs on Pisochyn by day: one killed, eight injured\n\n"
            "In the Kharkiv region, Russian forces struck the town of Zmiiv with attack drones overnight, and in the "
            "afternoon they dropped guided aerial bombs on the village of Pisochyn, killing one and injuring five "
            "there. In total, one person was killed and eight were injured over the day, the governor said.\n\n"
            "At around 02:30 the Russians hit Zmiiv with four Shahed-type drones. Three people were injured.\n\n"
            "At 14:10, the enemy struck Pisochyn with two guided aerial bombs. A 67-year-old man was killed. Five "
            "more people were injured.")
    got = {(a.drones_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(4, None, 3), (None, 1, 5)}


def test_a_bare_count_after_a_casualty_verb_and_there_is_of_people() -> None:
    report = extract("A guided bomb hit the village of Pisochyn in the Kharkiv region, killing one and injuring five "
                     "there, the governor said.")
    assert [(a.killed, a.injured) for a in report.attacks] == [(1, 5)]


def test_a_key_points_list_restating_the_leads_count_beside_a_share_of_it_is_not_summed() -> None:
    text = ("Russia fires 48 missiles at Ukraine\n\nRussia fired 48 missiles of various types at targets across "
            "Ukraine overnight, the military said. Twenty of them hit the village of Desna in the Chernihiv region."
            "\n\nKey points:\n- 48 missiles fired at Ukraine overnight, says Kyiv\n- 20 missiles on the village of "
            "Desna, Chernihiv region\n- Talks on grain exports to resume next week")
    assert [a.missiles_launched for a in extract(text).attacks] == [48]


def test_a_strike_whose_toll_rose_keeps_the_day_it_was_hit_and_another_strike_on_a_town_is_its_own() -> None:
    # "the death toll from a strike on a dormitory rose to 15 ... The building was hit by two missiles late on
    # Wednesday": one attack, of its day; "Hours later, another Russian strike on Krasnohrad" is another
    text = ("Drone hits fleet headquarters in Sevastopol\n\nA drone struck the fleet headquarters in Sevastopol on "
            "Saturday, the city's Moscow-installed governor said; one drone was shot down over the building.\n\n"
            "In Kharkiv, the death toll from a Russian strike on a three-storey dormitory rose to 15, the governor "
            "said. The building was hit by two missiles late on Wednesday; 17 people were wounded. Hours later, "
            "another Russian strike on Krasnohrad killed three people and wounded two, prosecutors said.")
    got = {(a.attacker, a.missiles_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert ("russia", 2, 15, 17) in got and ("russia", None, 3, 2) in got, got


def test_the_ministrys_overnight_count_after_a_drone_strike_told_by_its_daytime_clock_is_another_attack() -> None:
    # the drone "hit at around 11:30 local time"; the ministry's "38 Ukrainian drones overnight" is the night before
    text = ("Two killed as Ukrainian drone hits market in Yenakiyevo\n\nDONETSK, February 14. Two civilians were "
            "killed and three were injured when a Ukrainian drone struck the central market in Yenakiyevo, the "
            "Russian-installed head of the region said. According to him, the drone hit at around 11:30 local time, "
            "when the market was busy.\n\nMeanwhile, the Russian Defense Ministry reported that air defense systems "
            "had destroyed 38 Ukrainian drones overnight: 21 over the Belgorod Region, 10 over the Kursk Region and "
            "seven over Crimea.")
    got = {(a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(None, 2, 3), (38, None, None)}
    # but a shop opening at noon after explosions at 02:30 tells of no strike by day: the ministry's count is the same
    # night's
    text = ("Barbershop notice\n\nWe open today at 12:00 instead of 10:00. At around 02:30 the north of the city woke "
            "up to explosions: the governor says Ukrainian drones attacked the power station and one worker was "
            "injured. The defence ministry reported 47 Ukrainian drones destroyed over the Rostov region overnight.")
    assert {(a.drones_downed, a.injured) for a in extract(text).attacks} == {(47, 1)}


def test_a_regions_day_of_attacks_on_its_settlements_is_a_shelling_of_its_own_beside_the_nights_drones() -> None:
    text = ("Russia strikes western Ukraine overnight\n\nRussia launched 120 drones against Ukraine overnight, the Air "
            "Force reported; 97 were shot down. In Vinnytsia Oblast, a drone struck a house in Bershad, killing a man "
            "and injuring four people.\n\nRussian forces attacked 37 settlements in Kherson Oblast over the past day, "
            "including the city of Kherson, killing one person and injuring 11, Governor Oleksandr Prokudin reported.")
    got = {(a.drones_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(120, 1, 4), (None, 1, 11)}


def test_iranian_drones_in_a_titles_second_clause_turn_it_to_russias_attack() -> None:
    text = ("Drones target Russian regions, one crashes near Moscow; Iranian drones kill two rescuers in Ukraine\n\n"
            "(Reuters) - Drones attacked several regions of Russia overnight, officials said. In the Belgorod region, "
            "air defences shot down three drones, the governor said.")
    got = {(a.attacker, a.drones_downed, a.killed) for a in extract(text).attacks}
    assert got == {("ukraine", 3, None), ("russia", None, 2)}, got


def test_a_round_up_under_headings_of_the_days_times_tells_an_attack_a_heading() -> None:
    text = ("Kharkiv region on 12 June: drones at night, a missile in the morning\n\n"
            "Night: Shaheds on Kharkiv\nAt around 01:30, Russia attacked Kharkiv with three Shahed drones. Two men "
            "were injured, the mayor said.\n\nMorning: Iskander-M on Krasnohrad\nRussian forces struck Krasnohrad "
            "with an Iskander-M ballistic missile. The strike killed a "
            "64-year-old man and injured five other people.")
    got = {(a.drones_launched, a.missiles_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(3, None, None, 2), (None, 1, 1, 5)}


def test_a_previous_high_told_on_its_date_is_the_records_and_ramping_up_production_tells_no_tally() -> None:
    # "On June 1, Russia launched 472 drones and seven missiles, the previous high": the record's counts, before its
    # superlative; "as Moscow ramps up production of Shahed drones" makes the night's counts no tally
    text = ("Russia's record barrage\n\nJune 9, 2025\n\nKYIV - Russia fired 479 drones and 20 missiles at Ukraine "
            "overnight into Monday, the largest aerial attack of the full-scale war, as Moscow ramps up production of "
            "Iranian-designed Shahed drones.\n\nThe record lasted barely a week. On June 1, Russia launched 472 drones "
            "and seven missiles, the previous high, hours before Ukraine's strike on Russian bomber bases.")
    got = {(a.drones_launched, a.missiles_launched) for a in extract(text).attacks}
    assert got == {(479, 20), (472, 7)}


def test_a_regions_day_of_fire_in_times_and_an_earlier_report_told_as_reported_are_attacks_of_their_own() -> None:
    text = ("Air defence destroys 16 of 20 Shaheds overnight\n\nKYIV. Oct 19 (Interfax-Ukraine) - On the night of "
            "October 19, the Russian invaders attacked Ukraine with 20 Shahed attack UAVs, the Air Force reported; 16 "
            "were destroyed. Two workers were injured at an enterprise in Kryvyi Rih district.\n\nIn addition, over "
            "the past day the Russian army fired 78 times at the Kherson region, the governor said. In Kherson, a "
            "65-year-old man was killed and four people were injured.\n\nAs reported, on October 18 the air force said "
            "it had destroyed all 11 Shaheds launched against the southern regions.")
    got = {(a.drones_launched, a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(20, 16, None, 2), (None, None, 1, 4), (11, 11, None, None)}


def test_the_night_told_as_overnight_on_a_date_after_a_days_strike_of_the_day_before_is_its_own_attack() -> None:
    text = ("Kherson learns to live under Russian drones\n\nFebruary 5, 2026\n\nOn Feb. 4, Russian drones killed two "
            "people and wounded seven in Kherson, the governor said.\n\nOvernight on Feb. 5, Russia launched 96 drones "
            "against Ukraine, the Air Force said. Air defense downed 71 of them; hits were recorded in Sumy and "
            "Chernihiv oblasts.")
    got = {(a.drones_launched, a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(96, 71, None, None), (None, None, 2, 7)}


def test_a_paragraph_on_the_nights_drones_after_a_lead_on_the_front_lines_day_of_artillery_is_its_own_attack() -> None:
    text = ("Russian drones and artillery kill 2 in Marhanets\n\nKYIV, Ukraine (AP) - Russian drone and artillery "
            "attacks killed two people and wounded three others on Tuesday in the town of Marhanets, regional "
            "officials said.\n\nOvernight, Ukrainian air defenses shot down nine drones over the Dnipropetrovsk "
            "region, he said. Falling debris damaged a private house in the Pavlohrad district.")
    got = {(a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(9, None, None), (None, 2, 3)}


def test_an_updates_overnight_after_a_lead_on_the_evenings_strike_is_the_night_after_it() -> None:
    text = ("Ballistic missile hits Kryvyi Rih: one killed, seven injured\n\nHromadske, 12 November 2025, 21:58\n\n"
            "On the evening of 12 November, Russian troops struck Kryvyi Rih with a ballistic missile. One person was "
            "killed and seven were injured, the head of the city's defence council said.\n\nUPDATE, 08:15. Overnight, "
            "the Russians also attacked the Apostolove community with three attack drones; a fire broke out at a "
            "farm warehouse.")
    got = {(a.drones_launched, a.missiles_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(None, 1, 1, 7), (3, None, None, None)}


def test_a_strike_told_in_the_passive_by_the_armed_forces_of_ukraine_is_ukraines() -> None:
    text = ("Air defenses destroy 27 Ukrainian drones over four regions - MoD\n\nMOSCOW, July 28. /TASS/. Russian air "
            "defense systems intercepted and destroyed 27 Ukrainian fixed-wing drones over four Russian regions, the "
            "Russian Defense Ministry reported.\n\nEarlier in the day, Bryansk Region Governor Alexander Bogomaz "
            "reported that a Ukrainian FPV drone had attacked a civilian car in the village of Kokorevka.\n\n\"As a "
            "result of a terrorist attack by the Armed Forces of Ukraine, a civilian woman was injured. She was taken "
            "to the district hospital,\" Bogomaz wrote.")
    assert all(a.attacker == "ukraine" for a in extract(text).attacks)


def test_a_subtitles_toll_before_a_turn_to_russias_strike_is_the_titles_attack_of_ukraines() -> None:
    text = ("Ukrainian drones hit arms plant in Russia's Izhevsk\nThree killed and 35 injured at Kupol plant, which "
            "Ukraine says makes attack drones; Russia strikes Ukraine's Dnipropetrovsk region.\n\nIn Ukraine, the air "
            "force said Russia had attacked overnight with 52 Shahed drones; 21 were shot down.")
    got = {(a.attacker, a.drones_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {("ukraine", None, 3, 35), ("russia", 52, None, None)}


def test_a_turn_at_ukraines_word_of_a_russian_attack_hands_the_toll_after_it_to_russia() -> None:
    text = ("Drones downed over four regions\n\n(Reuters) - Russian air defences destroyed 64 Ukrainian drones "
            "overnight over four regions bordering Ukraine, the defence ministry in Moscow said on Saturday, as "
            "Ukraine reported a fresh Russian attack that killed two people in the north of the country.")
    got = {(a.attacker, a.drones_downed, a.killed) for a in extract(text).attacks}
    assert got == {("ukraine", 64, None), ("russia", None, 2)}


def test_missiles_later_in_the_morning_after_the_nights_drones_are_their_own_attack_but_a_toll_then_is_not() -> None:
    text = ("Russian drones hit college dorm near Kyiv\n\nRussian drones slammed into a college dormitory in "
            "Rzhyshchiv overnight, killing eight people, officials said. The air force said Russia had launched 21 "
            "Shahed drones, and that 16 had been destroyed.\n\nLater in the morning, two missiles hit residential "
            "buildings in Zaporizhzhia, killing one person and injuring 33, regional officials said.")
    got = {(a.drones_launched, a.missiles_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(21, None, 8, None), (None, 2, 1, 33)}
    text = ("Kharkiv hit overnight\n\nRussia struck Kharkiv with guided bombs and drones overnight. The governor first "
            "said 17 people had been injured. Later in the morning, the toll rose to two dead and 21 injured.")
    assert [(a.killed, a.injured) for a in extract(text).attacks] == [(2, 21)]


@pytest.mark.parametrize("by_day", ["on Friday afternoon", "in the middle of the day on Friday", "at lunchtime"])
def test_earlier_at_night_after_a_lead_on_a_strike_by_day_is_the_nights_attack(by_day: str) -> None:
    text = (f"Missiles hit Mykolaiv\n\nRussian forces struck Mykolaiv with two Iskander-M ballistic missiles {by_day}, "
            "the mayor said. A man was killed and eight people were injured.\n\nEarlier, at night, Russia attacked "
            "the Mykolaiv region with attack drones. Four of the five Shaheds were shot down.")
    got = {(a.drones_launched, a.drones_downed, a.missiles_launched, a.killed, a.injured)
           for a in extract(text).attacks}
    assert got == {(None, None, 2, 1, 8), (5, 4, None, None, None)}


@pytest.mark.parametrize("since", [
    "It was the first ballistic missile attack on the capital since 2 January, when a Russian missile strike killed "
    "two people and injured 49 in Kyiv.",
    "It was the most serious attack on the city since the night of 2 January, when a Russian missile strike killed "
    "two people and injured 49 in Kyiv.",
])
def test_the_first_or_most_serious_attack_since_a_date_when_recalls_that_attack(since: str) -> None:
    text = ("Ballistic missiles over Kyiv\n\nRussia attacked Kyiv with four ballistic missiles early on Monday; all "
            f"four were destroyed. Nine people were wounded by falling debris. {since}")
    got = {(a.missiles_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(4, None, 9), (None, 2, 49)}


def test_a_drone_that_hit_where_geran_drones_are_assembled_is_ukraines() -> None:
    text = ("Drones hit Votkinsk plant\n\nUkrainian drones struck the Votkinsk machine-building plant in Udmurtia "
            "overnight, injuring three people, the regional head said.\n\nIn April 2024, a drone hit a dormitory in "
            "the Alabuga special economic zone in Tatarstan, where Shahed-type Geran drones are assembled, injuring 13 "
            "people.")
    assert {(a.attacker, a.injured) for a in extract(text).attacks} == {("ukraine", 3), ("ukraine", 13)}


def test_a_count_of_artillery_mortar_tank_and_drone_attacks_is_no_count_of_drones() -> None:
    text = ("Russian attacks kill 2 in Kherson Oblast over past day; all 13 Shaheds downed overnight\n\nRussian "
            "attacks against Kherson Oblast killed two people and injured nine over the past day, the governor "
            "reported.\n\nRussian forces launched 412 artillery, mortar, tank, and drone attacks on 31 settlements in "
            "the oblast, including the city of Kherson.\n\nOvernight, Russia launched 13 Shahed-type drones from "
            "occupied Crimea, the Air Force said. All 13 were shot down.")
    assert 412 not in {a.drones_launched for a in extract(text).attacks}


def test_a_regions_day_and_the_nights_drones_told_in_one_title_and_apart_below_are_two_attacks() -> None:
    text = ("Russian attacks kill 2, injure 9 in Kherson Oblast over past day; all 13 Shaheds downed in south "
            "overnight\n\nRussian attacks against Kherson Oblast killed two people and injured nine over the past day, "
            "the governor reported. Both victims were killed in the village of Komyshany, where a drone dropped "
            "explosives on a car.\n\nOvernight, Russia launched 13 Shahed-type drones from occupied Crimea, the Air "
            "Force said. All 13 were shot down over the Mykolaiv and Odesa oblasts.")
    got = {(a.drones_launched, a.drones_downed, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(None, None, 2, 9), (13, 13, None, None)}


def test_the_night_after_a_missile_strike_told_by_its_clock_on_the_day_before_the_report_is_its_own_attack() -> None:
    text = ("Russian missile strike on Pervomaiskyi kills 5\n\nBy a correspondent\nAssociated Press\n\nKYIV, Ukraine "
            "(AP) - Two Russian ballistic missiles slammed into the center of Pervomaiskyi in the Kharkiv region, "
            "killing five people and wounding 17, local officials said Thursday.\n\nThe missiles struck around 11:40 "
            "a.m. Wednesday near a market, the Kharkiv regional governor said. Four people died at the scene; a fifth "
            "died in hospital.\n\nOvernight, Russia launched 41 "
            "Shahed drones against Ukraine, the air force said. Twenty-six were shot down.")
    got = {(a.drones_launched, a.drones_downed, a.missiles_launched, a.killed, a.injured)
           for a in extract(text).attacks}
    assert got == {(None, None, 2, 5, 17), (41, 26, None, None, None)}


def test_a_places_count_risen_replaces_the_count_of_the_sentence_that_named_it_among_others() -> None:
    text = ("Russian drones hit Dnipropetrovsk Oblast\n\nLive updates by the news desk, Aug. 12, 2025\n\n"
            "07:40 - Dnipropetrovsk Oblast Military Administration: Russian "
            "drones attacked an agricultural enterprise and private houses in the Tsarychanka community overnight. "
            "Four people were injured.\n\n08:55 - Photos from the scene in Tsarychanka show a burned-out roof.\n\n"
            "11:20 - UPDATE: The regional administration says the number of injured in "
            "the Tsarychanka community has risen to seven, including a 15-year-old girl.")
    assert [a.injured for a in extract(text).attacks] == [7]


@pytest.mark.parametrize("recalled", [
    "The zone was first attacked in April 2024, when a drone hit a dormitory, injuring 12 people.",
    "The same plant was targeted in July 2025, when a drone strike injured 12 people, officials said at the time.",
])
def test_an_earlier_strike_on_the_target_of_ukraines_attack_is_ukraines(recalled: str) -> None:
    text = ("Ukrainian drones strike Alabuga zone again\n\nUkrainian drones struck the Alabuga special economic zone "
            "in Tatarstan early Thursday, injuring five people, the regional government said.\n\nAlabuga has become "
            f"Russia's main production hub for Shahed drones. {recalled}")
    assert {(a.attacker, a.injured) for a in extract(text).attacks} == {("ukraine", 5), ("ukraine", 12)}


def test_weeks_ago_in_a_clause_of_what_troops_did_leaves_the_leads_attack_the_reports() -> None:
    text = ("Russian shelling kills 7 in Kherson\n\nKHERSON, Ukraine (AP) - Russian shelling killed seven people and "
            "wounded 21 in the southern city of Kherson on Thursday, officials said, as residents faced a growing "
            "barrage from troops who retreated across the Dnieper River two weeks ago.\n\nThe attack came a day after "
            "a widespread Russian strike on the power grid plunged much of Ukraine into darkness.")
    assert [(a.killed, a.injured, a.time_words) for a in extract(text).attacks][:1] == [(7, 21, ("on Thursday",))]


def test_a_running_total_so_far_is_a_total_a_later_one_replaces_not_a_place_to_add() -> None:
    text = ("LIVE: Russia attacks the Kyiv region with drones and missiles\n\nLive updates. All times Kyiv time.\n\n"
            "07:40\nThe Air Force says Russia attacked overnight with 246 drones and 12 missiles.\n\n08:30\nKyiv: the "
            "head of the city administration says one person was killed and 11 injured in the Darnytskyi "
            "district.\n\n09:10\nKyiv region: In Boyarka, two people were killed and four injured when a drone hit a "
            "house, the regional head reports.\n\n09:30\nSo far: three people killed and 15 injured in Kyiv and the "
            "Kyiv region in the overnight attack.\n\n14:20\nUPDATE: Rescuers have found another body in Boyarka. The "
            "death toll there has risen to three, the regional head says, bringing the total from the overnight attack "
            "to four killed and 15 injured.")
    assert [(a.killed, a.injured) for a in extract(text).attacks] == [(4, 15)]


def test_the_armed_forces_of_ukraine_continued_to_attack_and_sappers_ordnance_destroyed() -> None:
    text = ("Governor's summary of the past day\n\nThe Armed Forces of Ukraine continued to attack the region with "
            "drones.\n\nIn the village of Oktyabrsky, a drone dropped an explosive device on the yard of a private "
            "house. A 64-year-old woman died of her injuries.")
    assert {(a.attacker, a.killed) for a in extract(text).attacks} == {("ukraine", 1)}
    text = ("Consequences of enemy attacks over the past day: at 23:45, the enemy struck Chuhuiv with 3 Shahed-type "
            "UAVs. Demining: pyrotechnicians surveyed 7.2 hectares and destroyed 68 explosive objects.")
    assert [(a.drones_launched, a.drones_downed) for a in extract(text).attacks] == [(3, None)]


def test_a_live_entrys_headline_over_its_text_is_the_same_toll_and_ages_in_brackets_are_no_aside() -> None:
    text = ("Ukraine war: Russia strikes energy sites again - live\n\nPosted at 07:58\nUkraine's air force says Russia "
            "launched 141 missiles and drones overnight, and 112 of them were shot down.\n\nPosted at 08:31\nTwo "
            "killed south of Kyiv\nTwo people were killed and five injured in the Obukhiv district of the Kyiv region, "
            "the regional governor says.")
    assert [(a.killed, a.injured) for a in extract(text).attacks] == [(2, 5)]
    text = ("07:31 Air Force: overnight Russia launched 58 Shahed-type drones; 38 shot down\n\n08:02 Mykolaiv region: "
            "2 men (33 and 58) injured in Voskresenske community after Shahed hits farm - governor")
    assert [(a.drones_launched, a.injured) for a in extract(text).attacks] == [(58, 2)]


def test_a_towns_toll_updated_replaces_the_count_told_of_it_and_its_region_not_a_count_of_another_town() -> None:
    text = ("War update: Shaheds over the north, MLRS strike on Druzhkivka\n\n07:12 Ukraine's Air Force: overnight, "
            "the enemy attacked with 72 Shahed strike UAVs; 48 were shot down.\n\n10:05 Donetsk region head Vadym "
            "Filashkin: this morning the Russians struck Druzhkivka with Smerch multiple rocket launchers. Two men "
            "were killed and four more people were injured.\n\n13:40 UPDATE: the death toll in Druzhkivka has risen to "
            "three, Filashkin says; six people are injured.")
    got = {(a.drones_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(72, None, None), (None, 3, 6)}


def test_a_regions_toll_in_a_lead_under_a_long_subtitle_is_the_total_of_its_villages() -> None:
    text = ("Ukrainian drones kill one, injure three in Belgorod Region - governor\n\nKiev's forces have intensified "
            "attacks on Russian border areas, Vyacheslav Gladkov has said\n\n9 Nov, 2024 10:21\n\nOne civilian was "
            "killed and three more were injured in Ukrainian drone strikes on Russia's Belgorod Region over the past "
            "day, the governor said.\n\nA drone struck a car outside the village of Dubovoye, killing the driver. In "
            "the village of Myasoyedovo, a woman was wounded when a kamikaze drone hit her yard.\n\nIn the Ivnya "
            "district, a drone hit the premises of an agricultural enterprise, injuring two workers.")
    assert [(a.attacker, a.injured) for a in extract(text).attacks] == [("ukraine", 3)]


def test_the_lead_under_an_outlets_and_a_dates_lines_tells_the_night_before_a_strike_later_in_the_day() -> None:
    text = ("Russians attack Chernihiv Oblast: one killed in Nosivka, man injured in Korop\n\nUkrainska Pravda\n"
            "Monday, 16 September 2024, 10:34\n\nRussian forces attacked Ukraine with 56 Shahed attack drones "
            "overnight, and air defence shot down 48 of them. A drone strike in the town of Nosivka killed one person "
            "and injured two.\n\nLater in the day, the governor reported that Russian forces had struck the Korop "
            "hromada with an FPV drone and mortars, injuring a 52-year-old man.")
    got = {(a.drones_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(56, 1, 2), (None, None, 1)}


def test_drones_among_a_clusters_developments_and_electronic_warfare_systems_are_no_attacks_counts() -> None:
    text = ("Ukraine's drone makers ramp up output\n\nUkraine produced more than 2 million drones last year, the "
            "ministry said. Brave1, the government's defense tech cluster, said it awarded 1,400 grants in 2024 and "
            "registered over 3,000 new developments, including 900 drones and 300 electronic warfare systems.")
    assert [a.figures() for a in extract(text).attacks if any(a.figures().values())] == []


def test_the_victims_of_a_date_when_a_strike_killed_them_are_that_dates_attack() -> None:
    text = ("Zaporizhzhia missile strike: death toll rises to five\n\nZAPORIZHZHIA, March 10 (Reuters) - Russian "
            "forces struck Zaporizhzhia with three missiles on Sunday evening, killing five people and injuring 19, "
            "the governor said. The missiles hit an industrial area and a residential street. Rescuers worked through "
            "the night.\n\nResidents still commemorate the victims of September 30, 2022, when a Russian missile "
            "strike on a civilian convoy on the city's outskirts killed 32 people.")
    got = {(a.missiles_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(3, 5, 19), (None, 32, None)}


def test_a_missile_at_about_a_clock_hour_of_the_evening_after_the_nights_drones_is_its_own_attack() -> None:
    text = ("Drones hit Artsyz overnight; ballistic missile strikes Odesa port in the evening\n\nRussian forces "
            "attacked the Odesa region with Shahed drones overnight, the governor said. Three people were injured in "
            "Artsyz.\n\nAt about 19:40, Russia struck the port infrastructure of Odesa with a ballistic missile. Two "
            "employees of a logistics company were injured.")
    got = {(a.missiles_launched, a.injured) for a in extract(text).attacks}
    assert got == {(None, 3), (1, 2)}


def test_hours_after_russia_launched_drones_under_a_byline_makes_the_nights_drones_an_attack_of_their_own() -> None:
    text = ("Russian ballistic missiles kill four in Dnipro\n\nBy a correspondent\n\nKYIV, March 26 (Reuters) - A "
            "Russian ballistic missile strike on Dnipro killed four people and injured 29 on Wednesday, officials "
            "said, hours after Russia launched dozens of drones against Ukraine.\n\nRussia fired two ballistic "
            "missiles at Dnipro at about 10:15 a.m., the governor said.\n\nUkraine's air force said Russia had also "
            "launched 38 drones overnight. Air defences shot down 27 of them.")
    got = {(a.drones_launched, a.drones_downed, a.missiles_launched, a.killed) for a in extract(text).attacks}
    assert got == {(None, None, 2, 4), (38, 27, None, None)}


def test_overnight_a_city_was_attacked_by_drones_after_a_lead_on_a_morning_strike_is_the_night_before() -> None:
    text = ("Two Iskanders hit Chuhuiv, killing 2\n\nRussian troops struck the town of Chuhuiv with two Iskander-M "
            "ballistic missiles on the morning of April 16, killing two people and injuring nine, the governor said. "
            "The missiles hit near a bus station.\n\nOvernight, Kharkiv was attacked by Shahed-type drones. The mayor "
            "said five drones struck the Saltivskyi district. Two people were injured.")
    got = {(a.drones_launched, a.missiles_launched, a.killed, a.injured) for a in extract(text).attacks}
    assert got == {(None, 2, 2, 9), (5, None, None, 2)}


def test_an_outlets_name_with_a_digit_is_no_lead_and_the_night_two_days_before_is_an_attack_of_its_own() -> None:
    text = ("Artamonov: drones attacked Lipetsk industrial zone; 11 UAVs destroyed\n\nGorod48\n\nLipetsk region "
            "governor Igor Artamonov reported a drone attack on the industrial zone of Lipetsk on the night of May 26. "
            "Air defence destroyed 11 drones over the region.\n\nIt was the second attack on the region in 48 hours. "
            "On the night of May 24, according to Artamonov, four drones were shot down over the Gryazinsky district, "
            "and a man was injured in the town of Gryazi when debris hit his car.")
    got = {(a.attacker, a.drones_downed, a.injured) for a in extract(text).attacks}
    assert got == {("ukraine", 11, None), ("ukraine", 4, 1)}


def test_a_largest_attack_as_a_backgrounds_subject_keeps_the_sentences_of_its_paragraph() -> None:
    """"Background: The largest air attack so far came on 29 December 2023, when ..." tells of the record, and the
    toll and counts "that night" after it in its paragraph are the record's, not the report's."""
    text = ("Russia fires four Kinzhals at an air base\n\nRussian forces attacked the Zhytomyr region overnight with "
            "four Kinzhal missiles and 23 Shahed drones. Air defence intercepted two of the missiles and 21 of the "
            "drones. A woman was injured in Ozerne.\n\nBackground: The largest air attack of the war so far came on "
            "29 December 2023, when Russia launched 122 missiles and 36 drones at Ukraine. At least 39 people were "
            "killed in Kyiv, Dnipro and Lviv. Air defence shot down 87 missiles and 27 drones that night.")
    night, record = extract(text).attacks
    assert (night.missiles_launched, night.drones_launched) == (4, 23)
    assert (night.missiles_downed, night.drones_downed) == (2, 21)
    assert (night.injured, night.killed) == (1, None)
    assert (record.missiles_launched, record.missiles_downed) == (122, 87)
    assert (record.drones_downed, record.killed) == (27, 39)


def test_each_dated_item_of_a_list_of_nights_is_an_attack_of_its_own_with_its_bare_counts_launched() -> None:
    """A monthly review's "- March 7: 67 missiles and 194 drones." items: each night of its own, its bare counts the
    ones launched, and the report's own night after them is the report's attack."""
    text = ("March in numbers\n\n1 April 2025\n\nThe biggest attacks of the month\n"
            "- March 7: 67 missiles and 194 drones. Air defence shot down 34 missiles and 100 drones.\n"
            "- March 17: 174 drones, of which 90 were shot down.\n"
            "- March 23: 147 drones; 97 were shot down. Two people were injured in Bobrynets.\n\n"
            "On the night of April 1, Russia launched 131 drones, the Air Force said. Sixty-three drones were shot "
            "down. A man was injured in Tomakivka.")
    attacks = extract(text).attacks
    assert sorted((a.drones_launched, a.missiles_launched, a.drones_downed, a.injured) for a in attacks) == [
        (131, None, 63, 1), (147, None, 97, 2), (174, None, 90, None), (194, 67, 100, None)]
    assert attacks[0].drones_launched == 131


def test_the_night_that_also_held_drones_after_a_days_strikes_is_its_own_and_they_stay_apart() -> None:
    """"Overnight, the enemy also attacked the south with 19 Shaheds" after a lead on a morning's drone drop and a
    later guided-bomb strike: the night before, its own attack, beside which the day's two strikes stay apart; and
    "364 munitions from artillery, mortars ..." is a shelling's shells, no count of the air attack."""
    text = ("Drone drop kills man in Kherson; guided bombs injure two in Kizomys\n\nA man was killed and a woman "
            "injured on Tuesday morning when a Russian drone dropped explosives on a street in Kherson, the governor "
            "said. A trolleybus was damaged.\n\nLater in the day, the Russian army dropped two guided aerial bombs on "
            "the village of Kizomys. Two men were injured.\n\nOvernight, the enemy also attacked the south with 19 "
            "Shahed drones, the Air Force reported. Air defence destroyed 17 of them.\n\nIn total, over the past day "
            "Russian troops shelled 29 settlements in the Kherson region, firing 364 munitions from artillery, "
            "mortars, tanks and drones.")
    attacks = extract(text).attacks
    assert [(a.drones_launched, a.drones_downed, a.killed, a.injured, a.launched_total) for a in attacks] == [
        (None, None, 1, 1, None), (None, None, None, 2, None), (19, 17, None, None, None)]


def test_the_enemy_shelling_a_russian_village_in_a_governors_next_post_is_ukraines_attack() -> None:
    """A Russian governor's "The enemy again shelled Tetkino" under a new post's stamp: Ukraine's attack, though the
    stamp ended the post before it."""
    text = ("Kursk region governor - Telegram posts\n\n06:50\nOver the night, air defence forces destroyed 16 enemy "
            "UAVs over the territory of the Kursk region.\n\n15:40\nThe enemy again shelled Tetkino, this time with "
            "rocket artillery. A 73-year-old woman was injured when a shell exploded near her house.")
    attacks = extract(text).attacks
    assert {a.attacker for a in attacks} == {"ukraine"}
    assert [a.injured for a in attacks if a.injured] == [1]


def test_on_that_day_after_a_sentence_naming_another_date_tells_of_that_dates_attack() -> None:
    """"... since October 10 about 40% of the grid had been damaged. On that day Russia launched 84 cruise missiles":
    the day the sentence before named, an attack of its own beside the report's."""
    text = ("Ukrenergo asks for cuts after missiles hit two power plants\n\nKYIV. Oct 21 - Ukrenergo asked consumers "
            "to cut use by 25%.\n\nOn the morning of October 20 the enemy launched 12 cruise missiles at energy "
            "infrastructure, seven of which were destroyed. Two employees of the Ladyzhyn plant were injured.\n\nThe "
            "energy minister said that since October 10 about 40% of the energy infrastructure had been damaged. On "
            "that day Russia launched 84 cruise missiles across Ukraine; 43 of the missiles were shot down. Strikes on "
            "Kyiv that day killed 19 people.")
    now, then = extract(text).attacks
    assert (now.missiles_launched, now.missiles_downed, now.injured, now.killed) == (12, 7, 2, None)
    assert (then.missiles_launched, then.missiles_downed, then.killed) == (84, 43, 19)


def test_a_strike_that_killed_people_over_the_weekend_told_on_tuesday_is_the_reports_attack() -> None:
    """"... said Tuesday that Russia used North Korean missiles in a strike on Kharkiv that killed three people and
    wounded 11 over the weekend": one strike's toll, no weekend's tally, and Sunday's is the report's attack."""
    text = ("Ukraine says N. Korean missiles used in deadly strike on Kharkiv\n\nSEOUL, Feb. 27 (Yonhap) -- Ukrainian "
            "authorities said Tuesday that Russia used North Korean-made ballistic missiles in a strike on Kharkiv "
            "that killed three people and wounded 11 over the weekend.\n\nTwo missiles struck a residential area in "
            "Kharkiv shortly after 6 a.m. Sunday, the governor said. Among the injured is a 14-year-old boy.\n\n"
            "Investigators had earlier identified KN-23 debris after a Jan. 2 attack on Kharkiv that killed two "
            "people and injured 62.")
    attacks = extract(text).attacks
    assert [(a.missiles_launched, a.killed, a.injured) for a in attacks] == [(2, 3, 11), (None, 2, 62)]


def test_what_posts_shared_on_social_media_claim_is_no_attack_of_a_fact_check() -> None:
    """"Posts shared thousands of times on X ... claim that Russia launched "1,200 drones in one night"": the claim a
    fact-check refutes, no attack; the night it tells of instead is."""
    text = ("Fact check: the 1,200 drones were a week's total\n\nPublished on October 24, 2025 - By AFP\n\nPosts "
            "shared thousands of times on X, Facebook and Telegram claim that Russia launched \"1,200 drones in one "
            "night\" against Ukraine this week. The claim is false.\n\nThe largest single attack of that week came on "
            "the night of October 16. Ukraine's air force said Russia launched 320 drones and 37 missiles.")
    assert [(a.drones_launched, a.missiles_launched) for a in extract(text).attacks] == [(320, 37)]


def test_where_shells_hit_tells_of_the_shelling_not_of_the_nights_drones() -> None:
    """"Two people were killed in the city of Kherson, where shells hit a bakery, and one in Beryslav" after a
    region's day of shelling: the shelling's dead and places, not the night's drones'."""
    text = ("Russia says it downed 13 drones over Crimea; Russian shelling kills 3 in Kherson region\n\nKYIV (AP) -- "
            "Russia's Defense Ministry said Thursday that its air defenses had shot down 13 Ukrainian drones over "
            "Crimea. No one was hurt, Sergei Aksyonov said.\n\nOn the Ukrainian side of the front line, Russian forces "
            "shelled the Kherson region 87 times over the past day, killing three people and wounding 12, the governor "
            "said. Two people were killed in the city of Kherson, where shells hit a residential area and a bakery, "
            "and one in the town of Beryslav.\n\nUkraine's air force said that Russia had launched 20 Shahed drones "
            "overnight, 15 of which were destroyed.")
    attacks = extract(text).attacks
    (shelling,) = [a for a in attacks if a.attacker == "russia" and a.killed]
    (drones,) = [a for a in attacks if a.attacker == "russia" and a.drones_launched]
    assert (shelling.killed, shelling.injured, drones.drones_launched, drones.killed) == (3, 12, 20, None)
    assert "Beryslav" in shelling.places and "Beryslav" not in drones.places


def test_a_date_told_with_an_ordinals_letters_is_a_date() -> None:
    """"On the night of August 16th ..." and then "On July 23rd Russia fired 19 missiles": two dates, so two attacks,
    as with "August 16" and "July 23"."""
    text = ("Ukraine's Danube gambit\n\nKILIIA\n\nOn the night of August 16th Russia launched 19 Shahed drones at the "
            "Odesa region; 13 were shot down. The rest struck grain warehouses in Kiliia, killing a crane operator.\n\n"
            "The strike on Kiliia was small by the standards of this summer. On July 23rd Russia fired 19 missiles at "
            "Odesa itself. The air force claimed nine were shot down. Two people were killed and 22 injured.")
    attacks = extract(text).attacks
    assert sorted((a.drones_launched or 0, a.missiles_launched or 0, a.killed) for a in attacks) == [
        (0, 19, 2), (19, 0, 1)]


def test_a_date_between_commas_before_a_count_of_missiles_recalls_another_attack() -> None:
    """"It is also where, on 27 June, two Kh-22 missiles hit the shopping centre, killing 22" after the counts of a
    report's night that gave it no date of its own: another attack's."""
    text = ("The sugar town that learned to live in the dark\n\nBy Olena Hrytsenko\n\nThe war first reached the town's "
            "edge in the early hours of the night. According to the air force, Russia sent 21 Shahed drones towards "
            "central Ukraine that night, and 17 were shot down. The night watchman was killed; two stokers were taken "
            "to hospital.\n\nKremenchuk is where Hlobyne goes to shop. It is also where, on 27 June, two Kh-22 "
            "missiles hit the Amstor shopping centre, killing 22 people.")
    attacks = extract(text).attacks
    assert [(a.drones_launched, a.missiles_launched, a.killed, a.injured) for a in attacks] == [
        (21, None, 1, 2), (None, 2, 22, None)]


def test_a_follow_ups_strike_on_a_date_before_its_dateline_is_the_reports_attack() -> None:
    """"The number killed in the missile strike ... in Poltava on 3 February has risen to 11" under a dateline of the
    6th: the night of 3 February, told later with its counts, is that strike's, not an earlier attack."""
    text = ("Poltava: death toll from missile strike on apartment block rises to 11\n\n6 February 2026, 15:20\n\n"
            "The number of people killed in the Russian missile strike on a nine-storey apartment building in Poltava "
            "on 3 February has risen to 11, the governor said. Twenty-seven people were injured.\n\nAccording to the "
            "Air Force, on the night of 3 February Russia attacked Ukraine with 134 strike drones and four Kh-101 "
            "missiles. Air defence destroyed 109 drones and one Kh-101.")
    (attack,) = extract(text).attacks
    assert (attack.drones_launched, attack.missiles_launched, attack.killed, attack.injured) == (134, 4, 11, 27)


def test_the_night_before_a_follow_ups_day_told_with_its_counts_is_the_attack_whose_toll_rose() -> None:
    """"Russia launched 598 drones ... overnight into Thursday" in a Friday report of the toll risen since: the counts
    of the attack whose toll the lead told, and "the deadliest since July 31, when ... killed 31" a recalled one."""
    text = ("Kyiv mourns as death toll from Russia's drone and missile attack rises to 25\n\nKYIV (AP) - Kyiv held a "
            "day of mourning on Friday as rescuers pulled the last bodies from the rubble, bringing the toll from "
            "the attack to 25. At least 63 people were injured in the city.\n\nRussia launched 598 drones and 31 "
            "missiles at Ukraine overnight into Thursday, Ukraine's air force said. Air defenses shot down 563 of "
            "the drones and 26 of the missiles.\n\nIt was the deadliest attack on Kyiv since July 31, when a Russian "
            "missile destroyed an entrance of a building, killing 31 people.")
    attacks = extract(text).attacks
    assert [(a.drones_launched, a.killed, a.injured) for a in attacks] == [(598, 25, 63), (None, 31, None)]


def test_the_missile_that_hit_on_a_date_after_a_follow_ups_lead_is_its_attack_and_a_later_night_is_another() -> None:
    """"The cruise missile hit a building at 04:12 on November 5" after a lead on Tuesday's strike whose toll rose,
    under a stamp of the 8th: the lead's attack, whose night's counts follow; "the night of November 7" is another."""
    text = ("Khmilnyk buries its dead as toll from Russian missile strike rises to six\n\n08.11.2024 13:05\n\n"
            "The number of people killed in Tuesday's Russian missile strike on the spa town of Khmilnyk has risen to "
            "six, the governor said. A woman died in hospital on Thursday. Nineteen people were injured.\n\n"
            "The cruise missile hit a four-storey residential building at 04:12 on November 5. On the night of the "
            "strike, Russia attacked Ukraine with 73 attack drones and six missiles. Air defence destroyed 47 drones "
            "and two of the missiles.\n\nThe region came under attack again on the night of November 7. Air defence "
            "forces shot down nine of the 12 drones that entered the airspace of Vinnytsia region.")
    attacks = extract(text).attacks
    assert [(a.drones_launched, a.missiles_launched, a.drones_downed, a.killed, a.injured) for a in attacks] == [
        (73, 6, 47, 6, 19), (12, None, 9, None, None)]


def test_ukraine_launched_its_largest_drone_attack_on_moscow_is_ukraines_attack_with_its_toll() -> None:
    """"Ukraine launched its largest drone attack on Moscow ... killing three people": Ukraine's attack and its toll,
    not the toll of Russia's drones the same night."""
    text = ("Russia says it downed 337 Ukrainian drones in biggest attack on Moscow; three killed\n\nIssued on: "
            "11/03/2025 - 10:26\n\nUkraine launched its largest drone attack on Moscow since the start of the war "
            "overnight, Russian officials said on Tuesday, killing three people, wounding 18 and forcing all four of "
            "the capital's main airports to halt flights, hours before US and Ukrainian officials were due to hold "
            "talks in Saudi Arabia.\n\nRussia's defence ministry said "
            "its air defences had downed 337 Ukrainian drones over 10 regions.\n\nUkraine's air force said Russia had "
            "launched 126 drones at Ukraine overnight. It said 79 drones had been shot down.")
    attacks = extract(text).attacks
    assert sorted((a.attacker, a.drones_launched, a.drones_downed, a.killed) for a in attacks) == [
        ("russia", 126, 79, None), ("ukraine", None, 337, 3)]


def test_a_strike_on_a_bakery_in_a_russian_occupied_city_is_ukraines_attack() -> None:
    """"The death toll from a strike on a bakery in the Russian-occupied city of Lysychansk rose to 28": a town Russia
    holds, struck: Ukraine's attack, beside Russia's drones on Pavlohrad the same night."""
    text = ("Death toll from strike on bakery in Russian-occupied Lysychansk rises to 28, Russia says\n\nKYIV, Ukraine "
            "(AP) - The death toll from a strike on a bakery in the Russian-occupied city of Lysychansk rose to 28, "
            "Russian officials said Sunday.\n\nOvernight, Russia launched eight Shahed drones and an Iskander missile "
            "at the Dnipropetrovsk region, Ukraine's air force said; seven drones were shot down. Drones hit "
            "Pavlohrad.")
    attacks = extract(text).attacks
    assert sorted((a.attacker, a.killed, a.drones_launched) for a in attacks) == [
        ("russia", None, 8), ("ukraine", 28, None)]


def test_each_card_of_a_numbered_night_under_a_bar_heading_is_an_attack_of_its_own() -> None:
    """An infographic's cards, "NIGHT 1 | 4-5 December" over "Launched: 17 Shahed" lines: each night its own attack."""
    text = ("A week of night attacks\n\nTEXTY.org.ua | Data | 11.12.2023\n\nNIGHT 1 | 4-5 December\nLaunched: 17 "
            "Shahed\nDestroyed: 13\nWhere it hit: Dunaivtsi community, Khmelnytskyi region\nCasualties: 1 injured\n\n"
            "NIGHT 2 | 8 December (morning)\nLaunched: 12 missiles\nDestroyed: 10 missiles\nWhere it hit: Lypovets, "
            "Vinnytsia region\nCasualties: 2 killed, 3 injured\n")
    attacks = extract(text).attacks
    assert sorted((a.drones_launched or 0, a.missiles_launched or 0, a.killed or 0, a.injured) for a in attacks) == [
        (0, 12, 2, 3), (17, 0, 0, 1)]


@pytest.mark.parametrize("aside", [
    # a side's own losses at the front, in a count of its soldiers
    "On Wednesday Russia acknowledged that its forces had suffered casualties, saying 498 of its servicemen had "
    "been killed and 1,597 wounded.",
    # the U.N. monitors' tally of the war's dead so far
    "The U.N. human rights office said it had confirmed 102 civilian deaths and 304 injuries since Thursday.",
])
def test_a_sides_own_losses_and_the_un_tally_are_no_tolls_of_the_strike(aside: str) -> None:
    text = ("Russian airstrike on Chernihiv kills 47\n\nA Russian airstrike on a residential area of Chernihiv killed "
            "47 people, officials said. Another 18 people were injured. " + aside)
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured) == (47, 18)


def test_the_items_of_an_aid_packages_list_are_no_counts_launched() -> None:
    """"According to a Pentagon fact sheet, the package includes:" over "- 500 Javelin anti-armor missiles": what is
    sent, not an attack's counts."""
    text = ("US to send $800 million more in weapons to Ukraine\n\nWASHINGTON - The administration announced an "
            "additional $800 million in military aid for Ukraine.\n\nAccording to a Pentagon fact sheet, the package "
            "includes:\n- 18 155mm howitzers\n- 300 additional Switchblade loitering munitions\n- 500 Javelin "
            "anti-armor missiles\n- two air surveillance radars\n")
    assert extract(text).attacks == ()


def test_people_killed_in_nine_days_of_a_siege_are_a_tally_not_a_strikes_toll() -> None:
    """"1,207 civilians killed in nine days of siege" among a day's key developments: a tally of days, which adds
    nothing to the strike's two dead."""
    text = ("Ukraine war latest\n\nKey developments on March 11:\n- Russian missiles hit the military airfield in "
            "Lutsk, killing two servicemen\n- Mariupol city council says 1,207 civilians killed in nine days of "
            "siege\n")
    (attack,) = extract(text).attacks
    assert attack.killed == 2


def test_ukrainian_military_helicopters_firing_on_a_russian_town_are_ukraines_attack() -> None:
    """"Two Ukrainian military helicopters ... fired on residential buildings in Klimovo": Ukraine's attack (the
    military here is the doer, not the source that tells of Russia's)."""
    text = ("Russia hits Kyiv missile factory\n\nKYIV, April 15 (Reuters) - Russia said it had struck a missile "
            "factory in Kyiv.\n\nOn Thursday, Bryansk regional governor Alexander Bogomaz said two Ukrainian military "
            "helicopters had entered Russian airspace and fired on residential buildings in Klimovo. Seven people were "
            "injured, he said.")
    attacks = extract(text).attacks
    assert [(a.attacker, a.injured) for a in attacks if a.injured] == [("ukraine", 7)]


def test_a_shelling_in_a_separatist_held_city_blamed_on_ukrainian_forces_is_ukraines_attack() -> None:
    """"Shelling killed five people at a market in the separatist-held city of Donetsk, officials there said,
    accusing Ukrainian forces of firing 155mm shells": Ukraine's attack, beside Russia's Kalibr strike."""
    text = ("Shelling kills five at Donetsk market, separatists say; Kalibr strike wounds 22 in western Ukraine\n\n"
            "June 13 (Reuters) - Shelling killed five people and wounded 22 at a market in the Russian-backed "
            "separatist-held city of Donetsk on Monday, officials there said, accusing Ukrainian forces of firing "
            "155mm artillery shells at the city centre.\n\nIn western Ukraine, four Kalibr missiles fired from the "
            "Black Sea hit Chortkiv, wounding 22 people, the governor said.")
    attacks = extract(text).attacks
    assert sorted((a.attacker, a.killed, a.missiles_launched) for a in attacks if a.attacker == "ukraine") == [
        ("ukraine", 5, None)]


def test_russia_also_fired_at_another_town_in_a_report_of_a_toll_risen_is_another_strike() -> None:
    """"Russia also fired two Iskander-M missiles at Krasnohrad" in a report of the Kharkiv strike's toll risen:
    another strike, with its own injured."""
    text = ("Death toll from Russian missile strike on Kharkiv dormitory rises to 15\n\n19 August 2022, 09:40\n\nThe "
            "number of people killed in the Russian missile strike on a dormitory in Kharkiv has risen to 15, the "
            "governor said. 24 have been injured.\n\nMayor Ihor Terekhov said 18 houses nearby were damaged.\n\nRussia "
            "also fired two Iskander-M missiles at Krasnohrad, in the south of the Kharkiv region, on Thursday "
            "afternoon. Eleven people were injured.")
    attacks = extract(text).attacks
    assert sorted((a.killed or 0, a.injured, a.missiles_launched) for a in attacks) == [(0, 11, 2), (15, 24, None)]


def test_a_numeric_stamp_with_the_outlets_name_after_a_bar_dates_the_report() -> None:
    """"31.08.2023 09:12 | Crimea 24" dates the report, so "on 24 August the Kiev regime attacked the Crimea with 42
    drones" is an earlier attack of Ukraine's, not the night's."""
    text = ("In the night over Crimea were neutralized 20 Ukrainian drones\n\n31.08.2023 09:12 | Crimea 24\n\nThe Kiev "
            "regime this night attempted the terrorist attack with the use of 20 unmanned aerial vehicles, the "
            "Russian defence ministry said. 11 UAV were destroyed by air defense.\n\nWe remind, on 24 August the Kiev "
            "regime attacked the Crimea with 42 drones: that time 9 were destroyed by the air defense.")
    attacks = extract(text).attacks
    assert sorted(a.drones_launched for a in attacks) == [20, 42]
    assert [a.drones_downed for a in attacks if a.drones_launched == 42] == [9]


@pytest.mark.parametrize("tally", [
    # a month's toll from the monitors
    "According to the Human Rights Monitoring Mission, at least 174 civilians were killed and 690 injured in May.",
    # the monitors' verified toll, in a list
    "The mission's figures for the month:\n- 181 civilians killed and 828 injured, verified by HRMMU",
    # a span's toll
    "Ukraine's authorities say 11 teachers and 9 students were killed in the three-month period.",
])
def test_a_months_toll_from_the_monitors_is_no_strikes_toll(tally: str) -> None:
    text = ("UN update\n\nOn 19 June, two Russian guided aerial bombs struck a residential street in Pechenihy, "
            "killing three civilians and injuring eight.\n\n" + tally)
    attacks = extract(text).attacks
    assert [(a.killed, a.injured) for a in attacks] == [(3, 8)]


def test_what_a_salvo_could_take_told_as_arithmetic_is_no_attack() -> None:
    """"A single salvo of ten ballistic missiles could therefore require 20 or more PAC-3 interceptors": an analyst's
    arithmetic, no attack's counts."""
    text = ("How many Patriots does Ukraine need?\n\nEach Patriot battery fires PAC-3 interceptors in pairs against "
            "ballistic targets. A single salvo of ten ballistic missiles could therefore require 20 or more PAC-3 "
            "interceptors at a unit cost of about $4m.")
    assert extract(text).attacks == ()


def test_the_night_of_a_date_named_as_a_sentences_subject_opens_a_night_of_its_own() -> None:
    """"A month later, the night of August 13 looked small by comparison" after a recalled night of July 12: the
    sentences after it tell of the night of August 13."""
    text = ("Shahed Saturation\n\nCommentary\n\nPublished August 21, 2025\n\nTwo nights illustrate the scale. On the "
            "night of July 12, Russia launched 597 drones and 26 cruise missiles. The Air Force reported that 319 "
            "drones were shot down. Two people were killed in Chernivtsi.\n\nA month later, the night of August 13 "
            "looked small by comparison. Russia sent 78 Shahed drones toward Poltava region. Air defenders shot "
            "down 52 drones. Drones struck a street in Novi Sanzhary, killing one person.")
    attacks = extract(text).attacks
    assert sorted((a.drones_launched, a.drones_downed, a.killed) for a in attacks) == [(78, 52, 1), (597, 319, 2)]


def test_a_monitors_month_and_a_regions_share_of_its_cases_are_no_strikes_toll() -> None:
    """"In September, we recorded 19 civilians killed ..." and "Belgorod region again accounted for most cases (12
    killed, 81 injured)": a monitor's month, which adds nothing to the strike told after it."""
    text = ("Border Civic Monitor: September\n\nIn September, we recorded 19 civilians killed and 104 injured in the "
            "three regions. Belgorod region again accounted for most cases (12 killed, 81 injured).\n\nOn 14 "
            "September, a Ukrainian drone hit a car in Klintsy, killing one man and injuring three people, the "
            "governor said.")
    attacks = extract(text).attacks
    assert [(a.attacker, a.killed, a.injured) for a in attacks] == [("ukraine", 1, 3)]


@pytest.mark.parametrize("tally", [
    "Over the past four years, according to the regional administration, 187 civilians have been killed in the city.",
    "Combined with June, when 232 civilians were killed and 1,343 injured, the two months were the deadliest.",
    "In October 2025, HRMMU verified 148 civilians killed and 901 injured in Ukraine.",
    "The prosecutor general said the bodies of 410 civilians had been recovered from towns in the Kyiv region.",
])
def test_the_tolls_of_years_months_and_retaken_towns_are_no_strikes_toll(tally: str) -> None:
    text = ("Shaheds kill two farm workers\n\nRussian attack drones killed two workers of a farm in the Kazanka "
            "community overnight, the governor said. " + tally)
    assert [a.killed for a in extract(text).attacks] == [2]


@pytest.mark.parametrize(("aside", "killed"), [
    # a year's toll in the region
    ("Drone attacks killed at least 46 civilians in Belgorod region in 2024, officials say.", 1),
    # a birth year is no span: the dead are the strike's own
    ("Two civilians were killed - a man born in 1978 and a woman born in 1973.", 2),
])
def test_a_years_toll_is_no_strikes_but_a_birth_year_is_no_span(aside: str, killed: int) -> None:
    text = ("Drone hits car near Glotovo\n\nA Ukrainian FPV drone struck a car near Glotovo in the Belgorod region on "
            "Sunday, the governor said. " + ("One man was killed. " if killed == 1 else "") + aside)
    assert [(a.attacker, a.killed) for a in extract(text).attacks] == [("ukraine", killed)]


def test_a_number_between_commas_after_a_persons_name_is_an_age() -> None:
    """"Andrii, 41, a railway electrician, was killed": his age, no count of the dead."""
    text = ("Drone strike on Khrystynivka\n\nA Russian drone hit a house in Khrystynivka overnight. Andrii, 41, a "
            "railway electrician, was killed.")
    assert all(a.killed != 41 for a in extract(text).attacks)


def test_later_in_the_day_the_number_of_injured_risen_is_the_nights_toll_updated() -> None:
    """"Later in the day he said the number of injured had risen to 11" after the night's strike: its toll updated,
    no strike of the day."""
    text = ("Russian missiles hit Verkhivtseve\n\nKYIV, Feb 22 (Reuters) - Two Russian Iskander-M ballistic missiles "
            "struck the railway town of Verkhivtseve overnight, killing three people and injuring eight, the "
            "governor said. Russia also launched 23 Shahed drones at Ukraine overnight, of which 16 were "
            "destroyed.\n\nLater in the day he said the number of injured had risen to 11.")
    attacks = extract(text).attacks
    assert [(a.missiles_launched, a.killed, a.injured) for a in attacks] == [(2, 3, 11)]


def test_a_village_told_as_lying_in_another_region_than_its_namesake_is_that_regions() -> None:
    """The gazetteer's Novooleksandrivka lies in the occupied Luhansk region; one "in the Zaporizhzhia district" is a
    village of free Ukraine that Russia's drones hit."""
    report = extract("Overnight, Russian drones attacked the village of Novooleksandrivka in the Zaporizhzhia "
                     "district. Two people, a man and a woman, were injured, the regional governor said.")
    (attack,) = report.attacks
    assert attack.attacker == "russia"
    assert "Novooleksandrivka" in attack.places


def test_a_share_of_a_count_downed_told_before_is_no_count_launched() -> None:
    """"2 of the 14 UAVs" after "destroyed 14 UAVs" are a district's share of those destroyed: no 14 launched."""
    report = extract("Air defence destroyed 14 UAVs over the Dnipropetrovsk region overnight. In Kamianske, an "
                     "enterprise was hit and one person was killed.\n\n- The Samarivskyi district: 2 of the 14 UAVs "
                     "were shot down over the district, the local administration said.")
    (attack,) = report.attacks
    assert (attack.drones_launched, attack.drones_downed) == (None, 14)


def test_drones_neutralised_then_split_into_shot_down_and_lost_are_not_all_shot_down() -> None:
    report = extract("Russia launched 100 Shahed drones and one Iskander-M missile overnight, the Air Force said. Air "
                     "defence neutralised 88 of the 100 drones: 61 were shot down and 27 were locationally lost.")
    (attack,) = report.attacks
    assert (attack.drones_downed, attack.drones_suppressed) == (61, 27)


def test_the_items_of_the_week_in_figures_are_the_weeks_tallies() -> None:
    report = extract("Russia launched 64 drones overnight; 52 were shot down.\n\nThe week in figures:\n- Drones "
                     "launched: 812 (previous week: 1,028)\n- Shot down: 631 (77.7%)\n- Locationally lost: 142 (17.5%)")
    (attack,) = report.attacks
    assert (attack.drones_launched, attack.drones_downed, attack.drones_suppressed) == (64, 52, None)


@pytest.mark.parametrize("text", [
    "Russia launched 1,211 Shahed-type drones at Ukraine between Dec. 1 and Feb. 18, according to a count of the Air "
    "Force's daily reports.",
    "Russia launched 812 long-range drones at Ukraine from March 2 to March 8, down 21% from the previous week.",
    "Weekly drone launches: 1,230 (week 28: 1,540), the tracker's newsletter said of Russia's attacks on Ukraine.",
])
def test_counts_of_a_span_between_dates_or_of_a_week_are_no_attack(text: str) -> None:
    assert extract(text).attacks == ()


def test_the_two_dates_of_one_night_are_no_span() -> None:
    (attack,) = extract("On the night between March 7 and 8, Russia launched 90 drones at Ukraine.").attacks
    assert attack.drones_launched == 90


def test_a_count_since_then_after_a_first_one_is_a_tally() -> None:
    report = extract("Air defence shot down three Storm Shadow cruise missiles over Crimea overnight, the Russian "
                     "Defence Ministry said. Russian air defence first intercepted them in May 2023, and since then, "
                     "according to the ministry, more than 200 such missiles have been shot down.")
    (attack,) = report.attacks
    assert (attack.attacker, attack.missiles_downed) == ("ukraine", 3)


def test_a_count_since_a_day_told_with_when_after_a_that_is_a_tally() -> None:
    report = extract("Of the five Shahed-136 drones launched at the Dnipropetrovsk region, four were destroyed by air "
                     "defence. The Air Force noted that since September 13, when the first Iranian drone was shot "
                     "down, Ukrainian air defence has destroyed more than 300 Shahed-136s across the country.")
    (attack,) = report.attacks
    assert (attack.drones_launched, attack.drones_downed) == (5, 4)


def test_a_titles_toll_in_ukraine_then_a_claim_of_ukraines_drone_after_a_semicolon_are_two_sides() -> None:
    report = extract("Kherson region over the day: three killed and 19 injured; Saldo claims Ukrainian drone hit a bus "
                     "in Hornostaivka\n\nOver the past day, Russian troops shelled 37 settlements of the Kherson "
                     "region, the regional governor said. Three people were killed and 19 were injured.\n\nThe "
                     "Russian-installed governor Volodymyr Saldo claimed that a Ukrainian drone had struck a bus in "
                     "Hornostaivka. One passenger was killed and five were wounded, he said.")
    by_side = {attack.attacker: attack for attack in report.attacks}
    assert (by_side["russia"].killed, by_side["russia"].injured) == (3, 19)
    assert (by_side["ukraine"].killed, by_side["ukraine"].injured) == (1, 5)


def test_an_attack_of_the_night_told_in_addition_under_its_heading_after_the_days_bombs_is_its_own() -> None:
    report = extract("Guided bomb attack on Zaporizhzhia: death toll rises to three\n\nThe number of victims of "
                     "today's attack on Zaporizhzhia has increased. Three people were killed and 21 were injured, the "
                     "governor said.\n\nAt about 11:50 the Russian army dropped 7 guided aerial bombs on the "
                     "city.\n\nOvernight drones on Ternuvate\n\nIn addition, during the night the Russians attacked "
                     "the village of Ternuvate with Shahed drones. A 54-year-old woman was injured.")
    assert {(attack.killed, attack.injured) for attack in report.attacks} == {(None, 1), (3, 21)}


def test_a_night_recalled_a_month_earlier_keeps_its_counts_told_of_those() -> None:
    report = extract("Russia attacked with 57 Shahed drones overnight on Sunday, the Air Force said. Of these, 41 were "
                     "shot down and 16 were lost locationally. A month earlier, on the night of Nov. 9, Russia "
                     "launched 145 drones, at the time the largest drone-only attack of the war. Of those, 62 were "
                     "destroyed and 67 were lost locationally, according to the Air Force.")
    counts = {(a.drones_launched, a.drones_downed, a.drones_suppressed) for a in report.attacks}
    assert counts == {(57, 41, 16), (145, 62, 67)}


@pytest.mark.parametrize("text", [
    "- Average drones per night: 205 (August: 188), according to our count of Russia's attacks on Ukraine.",
    "The Russian Defence Ministry claimed to have destroyed 4,710 Ukrainian drones in September, an average of 157 a "
    "night.",
])
def test_an_average_of_many_nights_is_no_attacks_count(text: str) -> None:
    assert all(attack.drones_launched != 205 and attack.drones_downed != 157 for attack in extract(text).attacks)


@pytest.mark.parametrize("text", [
    "Sweden to send Tridon air defense guns, RBS 70 missiles to Ukraine in $1.2 billion package",
    "The package includes AIM 9 missiles and launchers for Ukraine's F-16s, the Pentagon said.",
])
def test_a_weapons_designation_is_no_count(text: str) -> None:
    assert extract(text).attacks == ()


def test_a_follow_ups_first_dated_count_is_of_the_strike_whose_toll_rose() -> None:
    report = extract("Bilohorodka: death toll from ballistic missile strike rises to three\n\n16.05.2024 "
                     "11:25\n\nRescuers have completed work at the site of the Russian missile strike on the village "
                     "of Bilohorodka near Kyiv, the regional governor said. The body of another man, aged 48, was "
                     "found under the debris. In total, three people were killed and ten were injured.\n\nOn the night "
                     "of May 14, Russia fired two Iskander-M ballistic missiles and four Kh-101 cruise missiles at the "
                     "Kyiv region. Air defence destroyed all four Kh-101 missiles and one of the Iskanders; the second "
                     "hit Bilohorodka.")
    (attack,) = report.attacks
    assert (attack.missiles_launched, attack.killed, attack.injured) == (6, 3, 10)


def test_on_that_occasion_after_a_recalled_record_goes_on_with_it() -> None:
    report = extract("A Russian drone and missile attack on Odesa overnight killed one person and injured four. The "
                     "air force said Russia had launched 115 drones; air defences destroyed 87. The strike came two "
                     "weeks after Russia launched its largest air attack of the war, firing a record 810 drones and 13 "
                     "missiles. On that occasion, Ukraine said air defences shot down or suppressed 747 drones and "
                     "four missiles.")
    counts = {(a.drones_launched, a.drones_downed) for a in report.attacks}
    assert counts == {(115, 87), (810, 747)}


def test_the_counts_right_after_a_night_recalled_with_none_are_that_nights() -> None:
    report = extract("Two Iskander-M ballistic missiles struck Liubotyn on Tuesday morning. Two people were killed and "
                     "12 were wounded, the governor said.\n\nThe missiles followed a night of drone attacks on the "
                     "north and east. Russia launched 143 Shahed and decoy drones, the air force said: 95 were shot "
                     "down and 46 were lost to electronic warfare.")
    by_kind = {(a.drones_launched, a.killed) for a in report.attacks}
    assert by_kind == {(None, 2), (143, None)}


def test_an_item_overnight_into_the_day_of_a_days_missile_strike_is_the_night_before() -> None:
    report = extract("A Kharkiv-region town is now a target\n\nVALKY, Ukraine - Two Russian S-300 missiles struck the "
                     "center of Valky at 11:42 on Saturday morning, killing one person and wounding three, the "
                     "governor said.\n\nHere's what else to know:\n\n- Overnight into Saturday, Russia launched 12 "
                     "Shahed-136 attack drones at Ukraine, the air force said. Ten were shot down over the Kharkiv and "
                     "Dnipropetrovsk regions.")
    counts = {(a.drones_launched, a.missiles_launched, a.killed) for a in report.attacks}
    assert counts == {(None, 2, 1), (12, None, None)}


def test_hits_earlier_that_day_with_no_figures_of_their_own_are_of_the_days_waves() -> None:
    report = extract("Dnipro strike: death toll climbs to 40\n\nThe number of people killed in Saturday's Russian "
                     "missile strike on the building in Dnipro has risen to 40, the governor said.\n\nAccording to the "
                     "Air Force, Russia launched 38 missiles at Ukraine in several waves on January 14. Air defence "
                     "destroyed 25 of them.\n\nEarlier on Saturday, Russian missiles hit critical infrastructure in "
                     "Kyiv, and S-300 missiles struck energy facilities in Kharkiv, the regional governor said.")
    (attack,) = report.attacks
    assert {"Kyiv", "Kharkiv"} <= set(attack.places)


@pytest.mark.parametrize("span", ["during the previous week", "in the preceding month", "over the past fortnight",
                                  "across the last week"])
def test_counts_of_the_weeks_or_months_before_are_a_tally(span: str) -> None:
    text = f"Russia used around 1,270 drones and 39 missiles against Ukraine {span}, the Air Force said."
    assert extract(text).attacks == ()


def test_a_share_of_them_of_assaults_is_no_count_of_weapons() -> None:
    (attack,) = extract("Russia launched 72 drones and two Iskander-M missiles overnight, the air force said.\n\n6. "
                        "Ukraine's military said Russian troops had launched 154 assaults along the front over the "
                        "past 24 hours, 61 of them in the Pokrovsk sector.").attacks
    assert (attack.drones_launched, attack.launched_total) == (72, None)


def test_a_date_told_with_another_year_than_the_reports_is_another_attack_however_close_its_day() -> None:
    report = extract("Russian drones hit Vinnytsia on eve of anniversary of deadly 2022 missile strike\n\nVezha.ua | "
                     "13 July 2023, 10:05\n\nRussian attack drones hit an infrastructure facility in Vinnytsia "
                     "overnight. Two employees were injured. The Air Force said Russia launched 19 Shahed drones; air "
                     "defence shot down 14.\n\nOn 14 July 2022, Russia fired three Kalibr cruise missiles at the "
                     "centre of Vinnytsia. 27 people were killed and more than 200 were wounded.")
    tolls = {(a.drones_launched, a.missiles_launched, a.killed, a.injured) for a in report.attacks}
    assert tolls == {(19, None, None, 2), (None, 3, 27, 200)}


def test_a_live_titles_toll_then_moscows_claim_after_a_semicolon_are_two_sides() -> None:
    report = extract("Russia-Ukraine war live: guided bombs kill two in Kharkiv region; Moscow says 43 Ukrainian "
                     "drones downed overnight\n\nRussia's defence ministry said its air defences destroyed 43 "
                     "Ukrainian drones overnight over the Kursk, Bryansk and Oryol regions.\n\nThe death toll from "
                     "Russia's morning strike with guided bombs on the town of Bohodukhiv has risen to two, the "
                     "governor said.")
    by_side = {attack.attacker: attack for attack in report.attacks}
    assert (by_side["ukraine"].drones_downed, by_side["ukraine"].killed) == (43, None)
    assert by_side["russia"].killed == 2


@pytest.mark.parametrize("text", [
    "Ukraine brings home 175 defenders and 22 seriously wounded in 62nd exchange",
    "Moscow said it received 175 Russian servicemen and that 22 wounded prisoners were handed over by Ukraine as a "
    "gesture of goodwill after the drone attacks of the week.",
])
def test_the_wounded_of_a_prisoner_exchange_are_no_toll(text: str) -> None:
    assert all(attack.injured is None for attack in extract(text).attacks)


def test_another_night_than_the_night_a_follow_ups_strike_was_told_by_is_another_attack() -> None:
    report = extract("Bilohorodka: death toll from ballistic missile strike rises to three\n\n16.05.2024 "
                     "11:25\n\nRescuers have completed work at the site of the missile strike on the village of "
                     "Bilohorodka near Kyiv. In total, three people were killed and ten were injured, the governor "
                     "said.\n\nOn the night of May 14, Russia fired two Iskander-M ballistic missiles and four Kh-101 "
                     "cruise missiles at the Kyiv region; one Iskander hit Bilohorodka.\n\nAs a reminder, on the night "
                     "of May 15, Russia attacked Ukraine with 31 Shahed drones; air defence shot down 24 of them.")
    counts = {(a.missiles_launched, a.drones_launched, a.killed) for a in report.attacks}
    assert counts == {(6, None, 3), (None, 31, None)}


def test_a_titles_count_of_drones_that_another_attack_tells_in_the_body_is_that_attacks() -> None:
    """("...; 33 UAVs downed overnight" over a day's drone strike, the ministry's night told apart in the body)"""
    report = extract("Gladkov: two killed near Berezovka as drone strikes minibus; 33 UAVs downed overnight\n\nTwo "
                     "civilians were killed and five were injured on Thursday when a Ukrainian FPV drone struck a "
                     "minibus near the village of Berezovka in the Belgorod region, the governor said.\n\nEarlier on "
                     "Thursday, the Russian Defence Ministry reported that air defence systems had destroyed 33 "
                     "Ukrainian drones over the Belgorod region overnight.")
    counts = sorted((a.drones_downed or 0, a.killed or 0, a.injured or 0) for a in report.attacks)
    assert counts == [(0, 2, 5), (33, 0, 0)]


@pytest.mark.parametrize("text", [
    "The governor has previously said that in 2025 more than 100 residents of the region were killed by Ukrainian "
    "attacks.",
    "Throughout 2024, at least 46 civilians have been killed in the region, officials say.",
])
def test_a_years_toll_told_after_its_year_is_no_attacks(text: str) -> None:
    report = extract("Drone hits car in Belgorod region\n\nA Ukrainian drone hit a car near Shebekino on Monday, "
                     "injuring two people, the governor said. " + text)
    assert [(a.killed, a.injured) for a in report.attacks] == [(None, 2)]


def test_one_strikes_toll_told_after_its_year_is_still_counted() -> None:
    report = extract("Drone hits Vinnytsia\n\nA Russian drone hit Vinnytsia overnight, injuring four. In 2022, 23 "
                     "people were killed when a missile hit the city centre.")
    assert any(a.killed == 23 for a in report.attacks)


def test_a_lead_that_came_days_after_a_promise_of_weapons_is_the_attack_told_of() -> None:
    report = extract("Russia fires a record 728 drones at Ukraine\n\nRussia pummeled Ukraine with 728 drones "
                     "overnight, officials said Wednesday, an attack that came days after U.S. President Donald "
                     "Trump said Washington would send Kyiv more defensive weapons. Air defenses shot down 296 drones.")
    (attack,) = report.attacks
    assert (attack.drones_launched, attack.drones_downed) == (728, 296)


@pytest.mark.parametrize("text", [
    "Ukrainian drones struck a fertilizer plant in Veliky Novgorod, in one of Kyiv's deepest attacks on Russia.",
    "Kyiv has widened its list of targets this year beyond refineries.",
    "The strikes came as Kyiv pressed on with its long-range campaign against Russian energy facilities.",
    "Kyiv is expected to keep expanding its drone production this year.",
    "Koziatyn, a junction on the line linking Kyiv with western Ukraine, has become a recurrent target of strikes.",
])
def test_the_capital_as_the_government_or_a_routes_end_is_no_place_hit(text: str) -> None:
    (attack,) = extract("Russia launched 88 drones at Ukraine overnight, 61 of which were shot down, and struck "
                        "Koziatyn. " + text).attacks
    assert "Kyiv" not in attack.places


def test_a_titles_bare_count_shot_down_that_the_body_gives_as_drones_is_no_combined_total() -> None:
    (attack,) = extract("Russia attacked Ukraine with 143 drones and three ballistic missiles overnight: 96 shot "
                        "down\n\nRussian forces attacked Ukraine overnight with three Iskander-M ballistic missiles "
                        "and 143 attack drones, the Air Force reported. Air defence shot down 96 drones; another 22 "
                        "were lost to electronic warfare.").attacks
    assert (attack.drones_downed, attack.downed_total, attack.missiles_launched) == (96, None, 3)


def test_drones_of_various_types_shot_down_are_counted() -> None:
    (attack,) = extract("On the night of 22 December, the enemy attacked with 5 missiles and 67 strike UAVs. As of "
                        "09:30, 1 Kh-59/69 guided air missile and 39 enemy UAVs of various types have been confirmed "
                        "shot down in the Kharkiv, Sumy and Poltava regions.").attacks
    assert (attack.drones_downed, attack.missiles_downed, attack.missiles_launched) == (39, 1, 5)


@pytest.mark.parametrize("launcher", ["a Vampire multiple rocket launcher", "Grad systems", "an MLRS"])
def test_rockets_of_a_launcher_told_the_sentence_before_are_no_missiles(launcher: str) -> None:
    (attack,) = extract(f"Shebekino was shelled by the Ukrainian armed forces from {launcher}. Ten rockets were fired "
                        "at the city. A woman was killed and two people were injured, the governor said.").attacks
    assert (attack.missiles_launched, attack.killed, attack.injured) == (None, 1, 2)


def test_a_titles_toll_of_the_other_sides_attack_told_in_the_body_is_that_attacks() -> None:
    """(a title's toll that the body tells as the other side's, and the attack it is keyed to does not)"""
    report = extract("Ukrainian shelling kills two, injures seven in Gorlovka and Makeyevka over past day - DPR "
                     "mission\n\nDONETSK, September 8. /TASS/. Two civilians were killed and seven others were "
                     "injured over the past day as a result of shelling by Ukrainian troops of Gorlovka and "
                     "Makeyevka, the mission said.\n\nSeparately, Russian air defence systems destroyed nine "
                     "Ukrainian unmanned aerial vehicles near Novaya Kakhovka, the Defence Ministry said.")
    assert all(a.attacker == "ukraine" for a in report.attacks if a.killed or a.injured)
    assert sorted((a.killed or 0, a.injured or 0, a.drones_downed or 0) for a in report.attacks) == [
        (0, 0, 9), (2, 7, 0)]


@pytest.mark.parametrize("text", [
    "Ukraine's military said its forces had repelled Russian attempts to advance toward Bakhmut and Avdiivka in the "
    "Donetsk region.",
    "The city has been shelled almost daily as Russian forces hold positions less than 30 kilometers away in the "
    "neighboring Kherson region.",
    "U.S. officials have privately urged Kyiv to halt attacks on energy facilities.",
    "Washington called on Kyiv to stop strikes on Russian refineries.",
])
def test_the_ground_front_and_the_capital_asked_to_act_are_no_places_hit(text: str) -> None:
    (attack,) = extract("Russian forces fired six S-300 missiles at Mykolaiv overnight, injuring two people. "
                        + text).attacks
    assert attack.places == ("Mykolaiv",)


@pytest.mark.parametrize("last", [
    "The governor said a 65-year-old man whose car was hit by debris in the Bucha district was taken to hospital "
    "with burns - bringing the total number injured to three.",
    "The governor said a man was taken to hospital with burns, bringing the total number of injured to three.",
    "A man was hurt in Bucha, bringing the number of injured to three.",
])
def test_one_more_person_hurt_bringing_the_number_injured_to_n_gives_n(last: str) -> None:
    (attack,) = extract("Russia fired 35 drones at Kyiv overnight. Two people were injured in Kyiv, the mayor said. "
                        + last).attacks
    assert attack.injured == 3


def test_an_items_own_share_in_a_regions_list_is_no_item_of_the_list() -> None:
    (attack,) = extract("MoD: 87 Ukrainian UAVs intercepted overnight\n\n\"During the past night, air defense means "
                        "intercepted and destroyed 87 Ukrainian unmanned aerial vehicles over the territory of the "
                        "following regions:\n\n- 31 over the Bryansk Region,\n- 18 over the Belgorod Region,\n- 12 "
                        "over the Kursk Region,\n- 9 over the Moscow Region, including 4 flying towards Moscow,\n- 7 "
                        "over the Kaluga Region,\n- 6 over the Tula Region,\n- 4 over the Smolensk Region,\" the "
                        "ministry said.").attacks
    assert (attack.attacker, attack.drones_downed) == ("ukraine", 87)


def test_a_regions_count_after_including_is_an_item_where_the_items_need_it() -> None:
    (attack,) = extract("Russia's defence ministry said it destroyed 42 Ukrainian drones overnight, including 11 over "
                        "the Moscow region, as well as 18 over Bryansk and 13 over Kaluga.").attacks
    assert attack.drones_downed == 42


def test_a_record_told_from_the_time_since_and_its_date_goes_on_in_the_sentences_after() -> None:
    report = extract("Russia attacks Ukraine with 76 drones: 42 shot down\n\nOn the night of November 30, Russian "
                     "troops attacked Ukraine with 76 attack drones. The downing of 42 attack UAVs has been confirmed "
                     "in the Kyiv region. Debris fell in the village of Kozyn, injuring two.\n\nTwo weeks ago, on "
                     "November 17, Russia carried out one of the largest combined attacks of the war, targeting the "
                     "energy system. It fired 120 missiles of various types and 90 drones; air defense destroyed 104 "
                     "missiles and 42 drones. At least seven people were killed across the country that day.")
    counts = {(a.drones_launched, a.missiles_launched, a.killed, a.injured) for a in report.attacks}
    assert counts == {(76, None, None, 2), (90, 120, 7, None)}


def test_towns_listed_for_their_airports_restricting_flights_are_no_places_hit() -> None:
    (attack,) = extract("Airports in Kazan, Samara and Nizhnekamsk suspended flights for several hours early Sunday "
                        "as Ukrainian drones targeted the Yelabuga district of Tatarstan. Russia's Defense Ministry "
                        "said its forces had destroyed 43 Ukrainian drones overnight.").attacks
    assert not {"Nizhnekamsk", "Samara"} & set(attack.places)
    assert "Yelabuga" in attack.places


@pytest.mark.parametrize("text", [
    "Vovchansk, less than 5 kilometres from the border, has been shelled almost daily since its liberation.",
    "Nikopol has been hit nearly every night since the summer.",
])
def test_a_town_told_as_shelled_daily_for_long_is_no_place_hit(text: str) -> None:
    (attack,) = extract("Russian troops struck the town of Zmiiv with two S-300 missiles early on Saturday, injuring "
                        "four men, the governor said. " + text).attacks
    assert attack.places == ("Zmiiv",)


@pytest.mark.parametrize("text", [
    "In the east, Ukraine's General Staff said its troops had repelled Russian attacks near Bakhmut and Avdiivka.",
    "Ukrainian forces repelled Russian assaults near Pokrovsk and Kurakhove, the General Staff said.",
])
def test_where_ground_attacks_were_repelled_is_no_place_hit(text: str) -> None:
    (attack,) = extract("Russian forces fired three S-300 missiles at the town of Valky early Friday, killing one "
                        "person and wounding four, the governor said. " + text).attacks
    assert attack.places == ("Valky",)


def test_a_record_night_told_by_its_date_with_its_counts_is_an_attack_of_its_own() -> None:
    report = extract("Russia fires Kinzhal missiles at western Ukraine\n\nRussia launched 64 attack drones and three "
                     "Kinzhal missiles at western Ukraine overnight, the air force said. Air defence destroyed 49 of "
                     "the drones. The attack was considerably smaller than the record night of September 7 last "
                     "year, when Russia fired more than 800 drones and 13 missiles at Ukraine.")
    counts = {(a.drones_launched, a.missiles_launched, a.drones_downed) for a in report.attacks}
    assert counts == {(64, 3, 49), (800, 13, None)}


@pytest.mark.parametrize(("text", "launched", "downed"), [
    ("Ukraine fired six Storm Shadow missiles at the town of Yakymivka on Monday, and four of the six were shot down, "
     "the Russian-installed governor said.", 6, 4),
    ("Russia launched seven drones at the region overnight. Six out of seven were destroyed, the governor said.", 7, 6),
    ("Russia fired 6 missiles at Kyiv, and 4 of the 6 were shot down.", 6, 4),
])
def test_a_bare_share_of_the_whole_told_again_is_the_share(text: str, launched: int, downed: int) -> None:
    (attack,) = extract(text).attacks
    got = (attack.missiles_launched or attack.drones_launched, attack.missiles_downed or attack.drones_downed)
    assert got == (launched, downed)


def test_areas_in_square_miles_are_no_counts() -> None:
    (attack,) = extract("Overnight, Russia launched four Kalibr cruise missiles and 20 Shahed drones at Ukraine, the "
                        "air force said. All four missiles and 16 of the drones were destroyed over the Mykolaiv and "
                        "Odesa regions, it said.\n\nUkraine launched a long-awaited counteroffensive in early June and "
                        "has said it has recaptured eight villages in the south, covering about 113 square km (44 "
                        "square miles).").attacks
    assert (attack.launched_total, attack.drones_launched, attack.missiles_launched) == (None, 20, 4)


def test_an_attack_told_by_its_date_and_year_is_recalled_apart() -> None:
    report = extract("On the night of 26 April, Russia struck Ukraine with 15 missiles and 62 attack drones. Three "
                     "people were injured in Stryi.\n\nThis is not the first time Russia has leaned on Kinzhals "
                     "against the west of Ukraine. In the massive attack of 9 March 2023, Russia used 81 missiles of "
                     "various types, and five people were killed in the Lviv region.")
    counts = {(a.missiles_launched, a.drones_launched, a.killed, a.injured) for a in report.attacks}
    assert counts == {(15, 62, None, 3), (81, None, 5, None)}


@pytest.mark.parametrize("text", [
    "Ukraine's air force said 11 of 15 Iranian-made Shahed drones launched by Russia at the southern Odesa region "
    "overnight had been shot down.",
    "The air force said 11 of 15 Shahed drones launched by Russia overnight had been shot down.",
])
def test_a_share_of_a_whole_launched_at_a_place_then_shot_down_is_downed(text: str) -> None:
    (attack,) = extract(text).attacks
    assert (attack.drones_launched, attack.drones_downed) == (15, 11)


def test_a_titles_counts_of_the_other_sides_attack_are_not_added_to_this_ones() -> None:
    report = extract("Occupation official says four of five missiles downed over Berdiansk; Ukraine intercepts all "
                     "six missiles fired at Odesa region\n\nThe Russian-installed head of the occupied part of the "
                     "Zaporizhzhia region claimed on Sunday that Russian air defence had shot down four of five "
                     "missiles fired by Ukrainian forces at the occupied port city of Berdiansk overnight.\n\n"
                     "Meanwhile, Russia launched four Kalibr cruise missiles and two Kh-59 guided missiles at the "
                     "Odesa region overnight, Ukraine's Air Force said. All six missiles were destroyed.")
    by_side = {a.attacker: a for a in report.attacks}
    assert (by_side["russia"].missiles_launched, by_side["russia"].missiles_downed) == (6, 6)
    assert (by_side["ukraine"].missiles_launched, by_side["ukraine"].missiles_downed) == (5, 4)


@pytest.mark.parametrize("text", [
    "- More than 500 companies now make drones or drone components in Ukraine, up from fewer than 10 before the "
    "full-scale invasion in 2022.",
    "Some 300 firms produce drones for the army, the minister said.",
])
def test_companies_that_make_drones_are_no_count_of_drones(text: str) -> None:
    assert not extract("Ukraine's drone makers can build 4 million a year\n\n" + text).attacks


@pytest.mark.parametrize("text", [
    "Kyiv has been urging Western allies to send more Patriot systems as Russia steps up strikes.",
    "The strikes came as Kyiv seeks to disrupt fuel supplies to the Russian army.",
    "Kyiv has increasingly targeted refineries deep inside Russia with drones.",
    "The General Staff in Kyiv said the strike hit an ammunition depot.",
    "EU leaders are heading to Kyiv by night train to mark the anniversary of the attacks.",
    "A trader at a Kyiv-based company said drone strikes on the railways cost them dearly.",
    "Ukrenergo introduced rolling blackouts in Kyiv and eight other regions after the strikes.",
    "Temperatures in Kyiv were forecast to fall below freezing as the attacks went on.",
])
def test_the_capital_as_government_visit_or_grid_is_no_place_hit(text: str) -> None:
    (attack,) = extract("Russia launched 40 drones at Ukraine overnight, and one hit an energy facility in "
                        "Monastyryshche, officials said. " + text).attacks
    assert "Kyiv" not in attack.places
    assert "Monastyryshche" in attack.places


@pytest.mark.parametrize(("text", "places"), [
    ("In the Sumy region, wreckage of a downed drone fell in the village of Boromlia, Trostianets hromada, Okhtyrka "
     "district, injuring two.", ("Sumy", "Boromlia")),
    ("A Ukrainian drone struck a car in the village of Bezymeno in the Graivoron district, injuring two, the "
     "Belgorod governor said.", ("Bezymeno", "Belgorod")),
    ("A guided bomb hit the village of Kurylivka in Kupiansk district of the Kharkiv region, injuring two.",
     ("Kurylivka", "Kharkiv")),
    # a district named after its region's centre names the region
    ("A drone hit a house in Dolynske, Zaporizhzhia district, injuring two.", ("Dolynske", "Zaporizhzhia")),
    # a district named alone was hit
    ("Russian shelling of the Nikopol district injured two people.", ("Nikopol",)),
])
def test_a_villages_district_or_hromada_is_its_address_not_a_place_hit(text: str, places: tuple[str, ...]) -> None:
    (attack,) = extract(text).attacks
    assert attack.places == places


@pytest.mark.parametrize("tally", [
    "Ukraine says Russia has fired more than 1,000 drones since the call.",
    "Russia has launched more than 1,000 drones since the truce began.",
])
def test_a_tally_in_the_perfect_since_an_event_is_no_count_of_the_night(tally: str) -> None:
    (attack,) = extract("Russia launched 55 drones at Ukraine overnight, the air force said. " + tally).attacks
    assert attack.drones_launched == 55


def test_drones_shot_down_since_the_evening_are_the_nights() -> None:
    (attack,) = extract("Since the evening, air defences have destroyed 37 drones over the Kyiv region.").attacks
    assert attack.drones_downed == 37


def test_flights_diverted_to_other_cities_are_no_drones_suppressed() -> None:
    (attack,) = extract("Moscow airports halt flights as drones downed\n\nAir defence systems destroyed two "
                        "Ukrainian drones over the Moscow region, the ministry said. Another drone was suppressed by "
                        "electronic warfare means.\n\nVnukovo and Domodedovo airports restricted departures and "
                        "arrivals for about two hours. According to Flightradar24, at least 40 flights were delayed "
                        "and 12 were diverted to other cities, including Kazan.").attacks
    assert (attack.drones_downed, attack.drones_suppressed) == (2, 1)


def test_drones_air_defence_took_out_are_downed_and_their_regions_places() -> None:
    (attack,) = extract("Russia launched 48 Shahed drones overnight, the Air Force said. Air defense took out 41 of "
                        "them over the Kirovohrad and Vinnytsia regions.").attacks
    assert (attack.drones_launched, attack.drones_downed, attack.places) == (48, 41, ("Kirovohrad", "Vinnytsia"))


def test_the_towns_of_a_ground_offensive_listed_are_no_places_hit() -> None:
    (attack,) = extract("Russia launched 21 drones overnight; 16 were shot down, and four people were injured in "
                        "Yarmolyntsi. Meanwhile, the General Staff reported that Russian forces had carried out 48 "
                        "ground attacks over the past day, concentrating on Bakhmut, Avdiivka and Marinka.").attacks
    assert attack.places == ("Yarmolyntsi",)


def test_the_regions_a_weapon_has_struck_since_a_season_are_no_places_of_the_attack() -> None:
    (attack,) = extract("Russian S-300 missiles hit Udachne overnight: one person was killed and four were injured. "
                        "Since spring 2022, Russia has used them to strike ground targets in the Donetsk, Kharkiv and "
                        "Zaporizhzhia regions.").attacks
    assert attack.places == ("Udachne",)


def test_two_villages_named_as_such_are_places_and_their_district_is_not() -> None:
    (attack,) = extract("Ukrainian drones attacked two villages in Russia's Belgorod region on Friday, killing one "
                        "man. The governor said three drones had dropped explosives on Glotovo and Spodaryushino, "
                        "villages in the Grayvoron district.").attacks
    assert attack.places == ("Belgorod", "Glotovo", "Spodaryushino")


@pytest.mark.parametrize("venue", [
    "The attacks came as the US envoy returned from his third meeting with Putin, held in St. Petersburg on Friday.",
    "The attacks came as delegations prepared for a summit in Istanbul.",
])
def test_where_a_meeting_is_held_is_no_place_hit(venue: str) -> None:
    report = extract("Russia launched 88 drones at Ukraine overnight; 51 were shot down. " + venue)
    assert [(a.attacker, a.places) for a in report.attacks] == [("russia", ())]


def test_the_russian_capital_is_moscow() -> None:
    (attack,) = extract("Russian air defences repelled an attack by 28 Ukrainian drones flying toward the Russian "
                        "capital, the mayor said.").attacks
    assert (attack.attacker, attack.drones_downed, attack.places) == ("ukraine", 28, ("Moscow",))


def test_a_town_named_as_one_is_a_place() -> None:
    (attack,) = extract("Russian drones damaged a residential building in Kryzhanivka, a town just north of Odesa, "
                        "overnight, injuring two people.").attacks
    assert "Kryzhanivka" in attack.places


def test_a_bracketed_image_caption_tells_of_no_attack() -> None:
    report = extract("Russian drones injured two people in Kryzhanivka, a town north of Odesa, overnight.\n\n"
                     "[Image caption: Grain silos burning in Izmail in July 2023, after a Russian drone attack. "
                     "Credit: Getty Images]\n\nElsewhere, a Russian guided bomb killed a man in the village of "
                     "Liubytske in the Zaporizhzhia region.")
    assert all("Izmail" not in a.places for a in report.attacks)


def test_russias_claim_of_uavs_shot_down_tells_of_ukraines_drones() -> None:
    report = extract("Russia claims 112 UAVs shot down over six oblasts\n\nThe Russian Defence Ministry claimed that "
                     "its air defence destroyed 112 Ukrainian drones.")
    assert [(a.attacker, a.drones_downed) for a in report.attacks] == [("ukraine", 112)]


def test_drones_neutralised_beside_missiles_are_the_sum_of_those_shot_down_and_lost() -> None:
    (attack,) = extract("Russia attacked Ukraine with 322 drones overnight. Air defence neutralised 296 drones and "
                        "five missiles: 201 drones were shot down and 95 were locationally lost.").attacks
    assert (attack.drones_launched, attack.drones_downed, attack.drones_suppressed) == (322, 201, 95)


def test_consignments_that_contained_drone_parts_are_no_drones() -> None:
    assert not extract("Court jails importer who passed off toys as FPV drone components\n\nCustoms inspections "
                       "found that only 4 of the 27 consignments actually contained drone components.").attacks


def test_the_capital_given_leverage_is_the_government() -> None:
    report = extract("US imposes sweeping sanctions on Russian oil producers\n\nWASHINGTON, Jan 10 - The United "
                     "States on Friday imposed its broadest package of sanctions yet targeting Russia's oil revenues, "
                     "in an effort to give Kyiv and the incoming administration leverage to reach a deal for peace in "
                     "Ukraine.\n\n\"Today's actions strike at the core of Russia's war economy,\" the Treasury "
                     "Secretary said.")
    assert all("Kyiv" not in a.places for a in report.attacks)


@pytest.mark.parametrize("aside", [
    "Putin said the strikes were a response to \"provocative attacks\" by Kyiv, according to the Kremlin.",
    "Kyiv and Moscow have traded blame for repeated shelling around the plant.",
    "The strike came as Kyiv weighs a U.S. peace plan.",
    "Ukraine's leaders studied a U.S. plan to end the war that would require major concessions from Kyiv.",
])
def test_the_capital_that_attacks_weighs_or_concedes_is_the_government(aside: str) -> None:
    (attack,) = extract("Russian drones attacked Sumy overnight, injuring two people. " + aside).attacks
    assert attack.places == ("Sumy",)


def test_the_bodies_of_fallen_soldiers_returned_are_no_toll() -> None:
    report = extract("Ukraine, Russia end talks with prisoner swap deal\n\nThe sides agreed on a swap of 314 "
                     "prisoners. Both sides agreed to return the bodies of 1,000 fallen soldiers each. Russian drones "
                     "attacked Sumy overnight, injuring two people.")
    assert [a.killed for a in report.attacks] == [None]


@pytest.mark.parametrize("aside", [
    "Kyiv has quietly built an arsenal of long-range attack drones, officials say.",
    "Kyiv has budgeted about $540 million for drone procurement this year.",
    "Military analysts say the long-range drone campaign is unlikely to change the course of the war, but that it "
    "imposes costs on Moscow.",
])
def test_the_capital_that_builds_budgets_or_bears_costs_is_the_government(aside: str) -> None:
    (attack,) = extract("Ukraine's drones reach deeper into Russia\n\nRussia's Defense Ministry said two Ukrainian "
                        "drones were destroyed over the Kaluga region early Monday. " + aside).attacks
    assert attack.places == ("Kaluga",)


def test_what_a_system_can_intercept_is_no_count() -> None:
    assert not extract("Germany says 2 more Patriot systems will reach Ukraine within months\n\nThe Patriot is the "
                       "only system in Ukraine's arsenal that can reliably intercept Russian ballistic missiles such "
                       "as the Iskander-M and the Kinzhal, officials in Kyiv say.").attacks


def test_a_street_named_after_a_ukrainian_town_is_no_side_of_the_attack() -> None:
    report = extract("Death toll from Ukrainian drone strike on Belgorod bus rises to three\n\nThe number of people "
                     "killed in the drone attack on a city bus in Belgorod has risen to three, the governor said. "
                     "In total, 11 people were wounded. According to the governor, the drone struck a bus on Bogdan "
                     "Khmelnitsky Avenue at 07:48 Moscow time. Initial reports spoke of two dead and nine injured.")
    assert [(a.attacker, a.killed, a.injured) for a in report.attacks] == [("ukraine", 3, 11)]


def test_what_was_fired_since_then_is_a_tally() -> None:
    (attack,) = extract("Russia launched 26 Shahed drones at Ukraine overnight, and air defences destroyed 21 of "
                        "them, the air force said. The first Shaheds struck Kyiv in the autumn. Officials say "
                        "Moscow's forces have fired well over 1,000 of the drones since then.").attacks
    assert (attack.drones_launched, attack.drones_downed) == (26, 21)


def test_regions_drones_were_downed_over_after_their_launch_sites() -> None:
    (attack,) = extract("Russia launched 26 drones at Ukraine overnight. The drones were launched from Russia's "
                        "Bryansk region and from the eastern shore of the Sea of Azov and were shot down over the "
                        "Kyiv, Zhytomyr and Khmelnytskyi regions, the air force said.").attacks
    assert attack.places == ("Kyiv", "Zhytomyr", "Khmelnytskyi")


@pytest.mark.parametrize(("fate", "downed", "suppressed"), [
    ("another was suppressed by electronic warfare", 3, 1),
    ("another was destroyed by a mobile fire group", 4, None),
    ("the fourth was brought down by electronic warfare", 3, 1),
])
def test_one_more_weapon_with_a_fate_of_its_own(fate: str, downed: int, suppressed: int | None) -> None:
    (attack,) = extract("The Russian-installed governor of Sevastopol said the fleet had repelled an attack by "
                        f"Ukrainian drones. Three drones were shot down and {fate}, he said.").attacks
    assert (attack.drones_downed, attack.drones_suppressed) == (downed, suppressed)


@pytest.mark.parametrize(("office", "places"), [
    ("Vladimir Leontyev, head of the Kakhovka municipal district, said", ("Nova Kakhovka",)),
    ("Mikhail Razvozhayev, the head of the Sevastopol administration, said", ("Belbek", "Sevastopol")),
])
def test_an_office_names_its_region_only_where_it_governs_one(office: str, places: tuple[str, ...]) -> None:
    town = places[0]
    (attack,) = extract(f"{office} a Ukrainian drone had struck a truck near the market in {town}, killing the "
                        "driver.").attacks
    assert attack.places == places


def test_towns_a_weapon_has_devastated_over_months_were_not_hit_that_day() -> None:
    (attack,) = extract("A Russian guided aerial bomb struck the village of Lukiantsi in the Kharkiv region on "
                        "Saturday, killing a woman. Ukrainian officials say the bombs have devastated front-line "
                        "towns in the Sumy, Donetsk and Zaporizhzhia regions.").attacks
    assert attack.places == ("Lukiantsi", "Kharkiv")


@pytest.mark.parametrize(("text", "attacker"), [
    ("Ukraine sent more than a hundred drones towards Russia overnight, Russian officials said.", "ukraine"),
    ("Russia launched 40 drones at Ukraine overnight; 30 were shot down and two flew back towards Russia, the air "
     "force said.", "russia"),
])
def test_drones_sent_towards_russia_are_ukraines(text: str, attacker: str) -> None:
    assert [a.attacker for a in extract(text).attacks] == [attacker]


def test_one_hurt_told_by_the_work_they_do() -> None:
    (attack,) = extract("A Russian drone hit a gas station in Synelnykove, wounding a 59-year-old attendant, the "
                        "governor said.").attacks
    assert attack.injured == 1


@pytest.mark.parametrize("text", [
    "Russia Launches 12 Drones At Odesa Region\n\nKyiv: Russia overnight attacked Ukraine's southern Odesa region "
    "with a dozen Shahed drones, nine of which were destroyed by air defences.",
    "Russia attacks Odesa region with 12 drones\n\nKyiv\n\nRussia attacked Ukraine's Odesa region overnight with 12 "
    "Shahed drones, the air force said, adding that nine were shot down.",
])
def test_a_datelines_city_alone_on_its_line_or_before_a_colon_was_not_hit(text: str) -> None:
    (attack,) = extract(text).attacks
    assert attack.places == ("Odesa",)


def test_a_city_named_before_a_colon_in_a_list_of_places_was_hit() -> None:
    (attack,) = extract("Overnight damage:\n\nKyiv: Russian drones hit two districts, injuring three people.\n"
                        "Odesa: debris fell on a port building.").attacks
    assert attack.places == ("Kyiv", "Odesa")


@pytest.mark.parametrize("aside", [
    "Kyiv, for its part, says the drones were aimed at the region's grid.",
    "Kyiv first accused Moscow of using Iranian drones last autumn.",
    "The Kremlin has said it will not halt strikes on the grid until Kyiv agrees to its terms.",
])
def test_the_capital_that_speaks_for_its_part_is_the_government(aside: str) -> None:
    (attack,) = extract("Russian drones attacked Sumy overnight, injuring two people. " + aside).attacks
    assert attack.places == ("Sumy",)


def test_a_death_by_an_artillery_shell_is_a_shelling_of_its_own() -> None:
    report = extract("On the morning of July 6, Russian troops fired four S-300 missiles at Zaporizhzhia. Two people "
                     "were injured. Over the past day the enemy carried out 87 strikes on 20 settlements of the "
                     "region. In Orikhiv, a 68-year-old woman was killed by an artillery shell near her home.")
    assert [(a.missiles_launched, a.killed, a.injured, a.places) for a in report.attacks] == [
        (4, None, 2, ("Zaporizhzhia",)), (None, 1, None, ("Orikhiv",))]


def test_a_town_of_a_titled_man_is_no_settlement() -> None:
    (attack,) = extract("In Kryvyi Rih, the home town of President Volodymyr Zelensky, five people were wounded when "
                        "Russian drones hit a residential neighbourhood.").attacks
    assert attack.places == ("Kryvyi Rih",)


def test_a_share_of_a_list_items_count_by_type_is_no_launch_of_its_own() -> None:
    (attack,) = extract("In total, the Air Force recorded:\n- 6 Iskander-M ballistic missiles launched from Voronezh "
                        "Oblast;\n- 3 Kh-59/69 guided air-launched missiles from the airspace of Belgorod Oblast;\n- "
                        "138 Shahed, Gerbera and other strike UAVs and decoys launched from the Kursk direction (about "
                        "80 of them were Shaheds).").attacks
    assert (attack.drones_launched, attack.missiles_launched) == (138, 9)


def test_a_town_whose_namesake_lies_in_russia_tells_no_side() -> None:
    report = extract("Drones target Zelenodolsk shipyard in Tatarstan; Kazan airport closed for five hours\n\n"
                     "Ukrainian drones attacked Tatarstan overnight, targeting the shipyard in Zelenodolsk, west of "
                     "Kazan, residents said.\n\nResidents of Zelenodolsk posted videos of at least four explosions "
                     "between 4:10 and 4:30 a.m.")
    assert [(a.attacker, a.places) for a in report.attacks] == [("ukraine", ("Zelenodolsk", "Tatarstan"))]


def test_counts_specified_after_a_total_are_its_breakdown() -> None:
    (attack,) = extract('"Fourteen Ukrainian unmanned aerial vehicles were intercepted and destroyed over the '
                        'territory of the Bryansk, Kursk and Belgorod regions," the ministry said on Telegram, '
                        "specifying that five had been downed over Bryansk, four over Kursk and five over "
                        "Belgorod.").attacks
    assert attack.drones_downed == 14


def test_a_days_count_of_attacks_on_settlements_beside_another_attack_is_none_of_its_own() -> None:
    report = extract("Belgorod governor Gladkov said the Ukrainian military had attacked the region with 43 drones "
                     "over the past 24 hours, killing one man in Grayvoron. The Sumy regional administration said "
                     "that Russian troops had carried out 96 attacks on 36 settlements in the region over the past "
                     "day.")
    assert [(a.attacker, a.drones_launched) for a in report.attacks] == [("ukraine", 43)]
    assert extract("Russian shelling hit Kherson overnight, damaging homes.").attacks[0].places == ("Kherson",)


def test_weapons_also_downed_over_more_regions_are_the_attacks_places() -> None:
    (attack,) = extract("Separately, Ukraine's air force said Russia had attacked the country overnight with 52 "
                        "drones. Air defences downed 31 of the drones, it said. In the Poltava region, debris damaged "
                        "an energy facility, the governor said, adding that there were no casualties. Drones were also "
                        "shot down over the Kyiv, Chernihiv and Sumy regions, according to local officials.").attacks
    assert attack.drones_downed == 31 and {"Kyiv", "Chernihiv", "Sumy"} <= set(attack.places)


def test_the_ministrys_air_defence_capabilities_down_ukraines_drones_over_towns_it_holds() -> None:
    (attack,) = extract("MOSCOW, October 25. /TASS/. Russian air defense forces have shot down 13 Ukrainian unmanned "
                        "aerial vehicles over the past day, the Russian Defense Ministry reported on Tuesday.\n\n"
                        '"Air defense capabilities shot down 13 unmanned aerial vehicles in the areas of the '
                        "settlements of Nova Kakhovka, Tavriisk and Berislav in the Kherson Region and Vasilyevka in "
                        'the Zaporozhye Region," the spokesman said.').attacks
    assert attack.attacker == "ukraine" and attack.drones_downed == 13
    assert {"Nova Kakhovka", "Tavriisk", "Vasylivka"} <= set(attack.places)


def test_the_capital_that_prepares_is_the_government() -> None:
    (attack,) = extract("Russian drones attacked Sumy overnight, injuring two people, as Kyiv prepares for a "
                        "long-expected counteroffensive.").attacks
    assert attack.places == ("Sumy",)


def test_one_more_weapon_whose_fate_a_while_clause_tells() -> None:
    (attack,) = extract("On July 4, an attack involving five Ukrainian drones hit the Moscow Region: four of them "
                        "were shot down by air defenses, while the fifth was suppressed by electronic warfare and "
                        "forced to land, the Defense Ministry said.").attacks
    assert (attack.drones_downed, attack.drones_suppressed) == (4, 1)


def test_the_ministrys_quote_of_the_counts_its_lead_gave_is_no_second_attack() -> None:
    report = extract("Air defenses destroy 13 Ukrainian drones over Bryansk, Kursk regions - Defense Ministry\n\n"
                     "A civilian woman was injured when a drone dropped an explosive device on a house in Suzemka, "
                     "Bryansk Region Governor Alexander Bogomaz said\n\nMOSCOW, July 13. /TASS/. Russian air defense "
                     "systems on duty destroyed 13 Ukrainian unmanned aerial vehicles over the Bryansk and Kursk "
                     'regions overnight, the Russian Defense Ministry reported on Thursday.\n\n"On the night of July '
                     "13, an attempt by the Kiev regime to carry out a terrorist attack using aircraft-type unmanned "
                     "aerial vehicles was thwarted. Air defense systems on duty destroyed nine UAVs over the territory "
                     'of the Bryansk Region and four UAVs over the territory of the Kursk Region," the ministry said.')
    assert [(a.attacker, a.drones_downed, a.injured) for a in report.attacks] == [("ukraine", 13, 1)]


@pytest.mark.parametrize("heading", ["Read Next", "More for you", "Most read:"])
def test_a_pages_list_of_links_to_other_stories_tells_of_no_attack(heading: str) -> None:
    story = ("Russia launched 19 drones at the Kharkiv, Sumy and Poltava regions overnight, and all of them were shot "
             "down, the air force said.\n\n")
    links = (f"{heading}\n - Ukraine says Russian strike killed 2 in Odesa port city ... 2 days ago\n"
             " - Kherson: two weeks after liberation, civilians flee shelling\n\n")
    after = ("Russia's defence ministry said separately that its air defences had destroyed 26 Ukrainian drones over "
             "the Rostov and Belgorod regions, one of which injured a woman in the town of Matveyev Kurgan.")
    report = extract(story + links + after)
    assert [(a.attacker, a.killed) for a in report.attacks] == [("russia", None), ("ukraine", None)]
    assert "Odesa" not in report.attacks[0].places


@pytest.mark.parametrize("front", [
    "Ukraine's military said its forces had repelled Russian assaults near seven settlements in the Donetsk region, "
    "including around Bakhmut and Avdiivka.",
    "Ukraine's military said Russian forces had carried out 43 attacks in the Bakhmut, Avdiivka and Marinka areas "
    "over the past day.",
])
def test_the_fronts_ground_fighting_names_no_place_hit(front: str) -> None:
    (attack,) = extract("Two people were killed and eight wounded when Russian S-300 missiles struck the centre of "
                        "Druzhkivka, the governor said. " + front).attacks
    assert attack.places == ("Druzhkivka",)


def test_ages_between_two_numbers_are_no_toll() -> None:
    (attack,) = extract("Russian forces shelled the Nikopol district with heavy artillery. A 67-year-old woman was "
                        "killed in Myrove, and three men aged between 40 and 58 were injured.").attacks
    assert (attack.killed, attack.injured) == (1, 3)


def test_an_earlier_night_an_outlet_reported_is_an_attack_of_its_own() -> None:
    report = extract("On the night of May 19, the enemy attacked with 112 Shahed-type strike UAVs. As of 08:30, 67 "
                     "UAVs were neutralised.\n\nAs Ukrinform reported, on the night of May 18, Russia launched 273 "
                     "drones against Ukraine, of which 88 were shot down. One woman was killed in the Kyiv region.")
    assert sorted((a.drones_launched, a.drones_downed, a.killed) for a in report.attacks) == [
        (112, 67, None), (273, 88, 1)]


def test_a_share_of_ground_attacks_in_a_direction_is_no_count() -> None:
    (attack,) = extract("Russia launched 273 drones and 11 missiles at Ukraine overnight. Ukraine's general staff "
                        "said its troops had repelled 164 attacks along the front over the past 24 hours, including 51 "
                        "in the Pokrovsk direction.").attacks
    assert (attack.drones_launched, attack.missiles_launched, attack.launched_total) == (273, 11, None)


def test_a_regions_noun_before_a_town_apposed_is_no_settlement() -> None:
    (attack,) = extract("Later in the day, Russian forces dropped guided aerial bombs on Vovchansk in Kharkiv Oblast, "
                        "a town of some 17,000 people before the full-scale invasion. Two men were killed.").attacks
    assert attack.places == ("Vovchansk", "Kharkiv")


@pytest.mark.parametrize(("text", "toll"), [
    ("Russian forces shelled Kherson Oblast 77 times over the past 24 hours, killing three civilians and wounding 11.",
     (3, 11)),
    ("Ukrzaliznytsia says Russian drones hit its trains overnight, injuring two. Its infrastructure has been struck "
     "more than 700 times since the beginning of 2025, with 36 railway employees killed.", (None, 2)),
])
def test_a_days_count_of_strikes_leaves_its_toll_but_a_years_does_not(text: str, toll: tuple[int | None, int]) -> None:
    (attack,) = extract(text).attacks
    assert (attack.killed, attack.injured) == toll


def test_a_title_turns_to_the_occupiers_claim_of_drones_downed() -> None:
    report = extract("Russian bombs and artillery kill three in Kherson Oblast; occupiers claim seven drones downed "
                     "over Crimea\n\nRussian forces shelled Kherson Oblast 77 times over the past 24 hours, killing "
                     "three civilians and wounding 11, the governor said.\n\nOn the left bank, the Russian-installed "
                     "head of occupied Crimea, Sergei Aksyonov, claimed that air defense had shot down seven Ukrainian "
                     "drones over the peninsula overnight, over the Dzhankoi and Saky districts.")
    assert sorted((a.attacker, a.drones_downed, a.killed) for a in report.attacks) == [
        ("russia", None, 3), ("ukraine", 7, None)]


def test_a_strike_a_month_after_another_recalls_that_one_with_its_toll() -> None:
    report = extract("Russian missiles struck a bus stop in Kharkiv on Thursday, killing three people and wounding "
                     "23. The strike came less than a month after a Russian missile hit a crowded shopping centre in "
                     "the central city of Kremenchuk on 27 June, killing at least 20 people and injuring more than 50.")
    assert [(a.killed, a.injured, a.places) for a in report.attacks] == [
        (3, 23, ("Kharkiv",)), (20, 50, ("Kremenchuk",))]


def test_the_toll_of_the_wars_first_day_of_fighting_is_no_attacks() -> None:
    (attack,) = extract("Two missiles were shot down over Kyiv; wreckage injured eight people. President Volodymyr "
                        "Zelenskyy said late Thursday that 137 Ukrainian soldiers and civilians had been killed and "
                        "316 wounded in the first day of fighting.").attacks
    assert (attack.missiles_downed, attack.killed, attack.injured) == (2, None, 8)


def test_a_toll_as_first_given_is_no_part_of_the_days_total() -> None:
    report = extract("Toll of night strike on Dnipro rises to 4; glide bomb kills one in Pokrovske\n\nThe number of "
                     "people killed in Russia's overnight drone attack on Dnipro has risen to four, the governor said "
                     "on Friday. Russia attacked the city with 31 Shahed drones. The city council earlier put the "
                     "death toll at three.\n\nIn the afternoon, a Russian guided bomb hit the village of Pokrovske, "
                     "killing a 70-year-old man, the governor said.")
    assert sorted((a.drones_launched or 0, a.killed) for a in report.attacks) == [(0, 1), (31, 4)]


@pytest.mark.parametrize("item", [
    "In Sudan, artillery fire on a busy market in Omdurman killed at least 41 people and wounded 120, the health "
    "ministry said.",
    "Israeli strikes killed at least 30 people across the Gaza Strip overnight, local health officials said.",
])
def test_a_digests_item_on_another_war_adds_no_toll(item: str) -> None:
    (attack,) = extract("Russia launched 88 drones at Ukraine overnight, the air force said; 61 were shot down. A "
                        f"drone hit a house in Bobrovytsia, injuring a woman.\n\n{item}").attacks
    assert (attack.drones_launched, attack.killed, attack.injured) == (88, None, 1)


def test_a_victims_nationality_keeps_their_toll() -> None:
    (attack,) = extract("Russian drones hit a grain ship in the port of Izmail overnight. Two crew members, citizens "
                        "of Syria and Egypt, were injured, the regional governor said.").attacks
    assert attack.injured == 2


def test_a_span_from_the_start_of_the_year_to_a_month_is_a_tally() -> None:
    (attack,) = extract("Russia launched 31 drones at Ukraine overnight, the air force said. Russia launched more than "
                        "1,200 Shahed drones at Ukraine between the start of the year and the end of May.").attacks
    assert attack.drones_launched == 31


@pytest.mark.parametrize(("text", "killed"), [
    ("Zelensky laid flowers at the memorial to the 125 people killed at the Pentagon on September 11, 2001. Russian "
     "missiles hit Kharkiv overnight, injuring four people.", None),
    ("Russian missiles hit Kharkiv overnight, injuring four people. A man born in 1958 was killed.", 1),
])
def test_the_dead_of_a_year_before_the_war_are_no_attacks(text: str, killed: int | None) -> None:
    attacks = extract(text).attacks
    assert [(a.killed, a.injured) for a in attacks] == [(killed, 4)]


def test_projectiles_told_beside_guns_are_shells() -> None:
    (attack,) = extract("Russian forces fired 512 projectiles, among them 40 from Grad multiple rocket launchers, and "
                        "used 64 attack drones, the governor said. Two people were wounded.").attacks
    assert (attack.launched_total, attack.drones_launched, attack.injured) == (None, 64, 2)


def test_a_place_last_struck_when_recalls_that_strike_with_its_toll() -> None:
    report = extract("Two Russian missiles hit Kryvyi Rih on Monday, killing six people. The city was last struck in "
                     "March, when a missile hit a residential block and killed 9 people.")
    assert [(a.missiles_launched, a.killed) for a in report.attacks] == [(2, 6), (None, 9)]


def test_a_strike_the_day_after_another_on_another_place_is_its_own() -> None:
    report = extract("Chernihiv marked a month on Sunday since the missile strike on its centre.\n\nOn 17 April, three "
                     "Iskander-M missiles hit the city centre. At least 18 people were killed and 78 injured, the "
                     "regional administration said.\n\nA day after the Chernihiv strike, Russian drones hit Sumy, "
                     "killing two people.")
    assert sorted((a.killed, a.places) for a in report.attacks) == [(2, ("Sumy",)), (18, ("Chernihiv",))]


def test_a_city_under_attack_since_a_date_when_recalls_that_strike() -> None:
    report = extract("Russia fired 20 missiles at Lviv overnight. Ukrainian rockets killed four people in Belgorod on "
                     "Friday, Governor Gladkov said. The city has been under regular attack since May 12, when a "
                     "strike on a block of flats killed 17 people.")
    assert sorted((a.attacker, a.killed or 0) for a in report.attacks) == [
        ("russia", 0), ("ukraine", 4), ("ukraine", 17)]


@pytest.mark.parametrize("regions", ["Tula, Ryazan and Nizhny Novgorod regions",
                                     "Nizhny Novgorod, Tula and Ryazan regions"])
def test_a_further_count_over_a_list_of_regions_of_two_word_names_adds_up(regions: str) -> None:
    (attack,) = extract("Russia's defence ministry said air defences destroyed 38 Ukrainian drones over the Bryansk "
                        f"and Kursk regions before midnight. Between midnight and 7 a.m., a further 51 drones were "
                        f"destroyed over the {regions}.").attacks
    assert attack.drones_downed == 89


def test_a_bare_share_including_with_a_verb_of_its_own_is_part_of_the_count() -> None:
    (attack,) = extract("Russia's defence ministry said 87 Ukrainian drones were destroyed overnight, including 23 "
                        "shot down on their approach to Moscow, the city's mayor said.").attacks
    assert (attack.attacker, attack.drones_downed) == ("ukraine", 87)


def test_a_live_entry_by_day_of_a_drone_on_another_place_is_the_days_strike() -> None:
    report = extract("LIVE: Toll in Smila rises to 4\n\n7:05 a.m.\nRussia attacked Ukraine overnight with 96 drones, "
                     "the Air Force said; 71 were neutralized.\n\n8:10 a.m.\nA drone hit an apartment block in Smila, "
                     "killing three people and injuring nine.\n\n12:40 p.m.\nA Russian drone dropped explosives on a "
                     "car in Stanislav, Kherson Oblast, injuring two people, the governor said.\n\n3:20 p.m.\nThe "
                     "death toll in Smila has risen to four, rescuers said.")
    assert sorted((a.drones_launched or 0, a.killed, a.injured) for a in report.attacks) == [
        (0, None, 2), (96, 4, 9)]


def test_people_in_apposition_with_no_article_keep_their_count() -> None:
    (attack,) = extract("A Russian missile hit an enterprise in Pervomaisk overnight. Two employees, men aged 41 and "
                        "63, were injured and hospitalized, the governor said.").attacks
    assert attack.injured == 2


def test_homes_restored_since_a_dated_attack_when_recall_that_attack() -> None:
    report = extract("Ukrainian drones attacked the Belgorod region on Saturday, killing one person, the governor "
                     "said. Two houses burned. Officials said 940 homes have been restored since the attack on the "
                     "centre of Belgorod on 30 December 2023, when Ukrainian shelling killed 25 people.")
    assert sorted(a.killed for a in report.attacks) == [1, 25]


def test_the_biggest_attack_so_far_told_by_its_month_and_year_is_recalled() -> None:
    report = extract("Russia said it downed 147 Ukrainian drones overnight, 34 of them over the Moscow region. Flights "
                     "were halted at two airports. In the biggest attack on the Russian capital so far, in March 2025, "
                     "Russia said it had downed 337 Ukrainian drones. Three people were killed.")
    assert sorted((a.drones_downed, a.killed) for a in report.attacks) == [(147, None), (337, 3)]


def test_that_afternoon_after_a_sentence_naming_a_day_is_that_days_attack() -> None:
    report = extract("On Saturday morning, a Ukrainian drone hit a car near Shebekino, killing two men, the governor "
                     "said. Locals say the road is unsafe. For many here the turning point was 12 May. That afternoon, "
                     "Ukrainian munitions struck a block of flats in the city, killing 17 people.")
    assert sorted((a.attacker, a.killed) for a in report.attacks) == [("ukraine", 2), ("ukraine", 17)]


def test_the_dead_told_of_by_the_article_are_some_of_those_counted() -> None:
    (attack,) = extract(
        "Hundreds of people lined Shevchenko Street in Oleksandriia on Monday as the coffins of Olena Marchuk, 49, and "
        "her daughter Daryna, 21, were carried out of the town's cultural centre.\n\nOlena taught chemistry at School "
        "No. 3 for 25 years. Daryna studied at a nursing college and had come home for the weekend. \"She sent me a "
        "photo of the garden the evening before,\" said Olena's brother, Petro. \"Then at three the sirens "
        "started.\"\n\nThe two women died when a Russian cruise missile struck their apartment block at about 3:40 "
        "a.m. on Saturday. That night Russia fired 14 missiles at central Ukraine; the Air Force said ten were shot "
        "down. In Oleksandriia, the strike killed four people and injured 11, the governor said. The other two victims "
        "will be buried on Tuesday.").attacks
    assert (attack.killed, attack.injured) == (4, 11)


def test_a_claims_count_after_a_titles_colon_is_no_item_of_its_list() -> None:
    report = extract("Night of 9 March: 118 drones, hits in Konotop, Moscow claims 64 UAVs\n\nRussia attacked Ukraine "
                     "with 118 drones overnight, the Air Force said. Russia's defence ministry claimed it had "
                     "destroyed 64 Ukrainian drones over the Bryansk and Kursk regions.")
    assert sorted((a.attacker, a.drones_launched, a.drones_downed) for a in report.attacks) == [
        ("russia", 118, None), ("ukraine", None, 64)]


def test_what_the_attacks_have_done_in_all_is_a_tally() -> None:
    (attack,) = extract("A Russian guided bomb hit the hospital in Kurakhove on Tuesday, killing two staff and "
                        "injuring seven, the WHO said. The agency has verified 1,940 attacks on health care in Ukraine "
                        "since February 2022. The attacks have killed at least 128 health workers and patients and "
                        "injured 289, according to the agency.").attacks
    assert (attack.killed, attack.injured) == (2, 7)


def test_those_stopped_of_them_go_with_the_earlier_count_before() -> None:
    report = extract("Russian glide bombs struck Zaporizhzhia on Thursday, killing four people and wounding 21, the "
                     "governor said. Hours earlier, Russia launched 58 drones at Ukraine overnight, the air force "
                     "said. Air defenses shot down 41 of them over 11 regions, it said.")
    assert sorted((a.drones_launched or 0, a.drones_downed or 0, a.killed or 0) for a in report.attacks) == [
        (0, 0, 4), (58, 41, 0)]


def test_the_night_before_and_the_morning_is_the_reports_own_night() -> None:
    (attack,) = extract("Two people were killed in Okhtyrka after a drone hit a house, the governor said on Tuesday. "
                        "According to the Air Force, on the night before and in the morning the enemy attacked Ukraine "
                        "with 52 attack drones. Air defence shot down 37 of them, mainly in the north.").attacks
    assert (attack.drones_launched, attack.drones_downed, attack.killed) == (52, 37, 2)


def test_the_nights_drones_after_a_days_strike_and_a_night_of_shelling_are_their_own() -> None:
    report = extract("Ballistic missile hits central Dnipro at midday; Nikopol district shelled through the night\n\n"
                     "A Russian Iskander-M missile struck the centre of Dnipro shortly after midday on Tuesday, "
                     "killing three people and injuring 24, regional authorities said. The strike followed a night of "
                     "shelling in the Nikopol district, where two people were wounded.\n\nOvernight, Russia also "
                     "attacked Ukraine with 58 Shahed-type drones, the Air Force said. Air defense neutralized 41 of "
                     "them.")
    assert sorted((a.drones_launched or 0, a.killed or 0) for a in report.attacks)[-1] == (58, 0)


def test_a_strike_whose_officials_blamed_ukrainian_forces_is_ukraines() -> None:
    (attack,) = extract("Shelling hit the Kuibyshevskyi district of Donetsk on Thursday, killing four civilians and "
                        "wounding six, according to the Russian-installed authorities, who blamed Ukrainian "
                        "forces.").attacks
    assert (attack.attacker, attack.killed, attack.injured) == ("ukraine", 4, 6)


def test_a_regions_day_of_guns_told_by_its_projectiles_is_a_shelling() -> None:
    report = extract("Russia launched 17 cruise missiles at Ukraine overnight; air defence destroyed 14. Two workers "
                     "were injured in Berdychiv.\n\nMeanwhile, in the Kherson region, Russian troops carried out 58 "
                     "attacks over the past day using artillery, mortars and tanks, firing 390 projectiles, the "
                     "governor said. Three people were killed and four were wounded, he wrote.")
    assert sorted((a.missiles_launched or 0, a.killed or 0, a.injured) for a in report.attacks) == [
        (0, 3, 4), (17, 0, 2)]


def test_a_week_in_which_so_many_were_fired_is_a_tally() -> None:
    (attack,) = extract("Russia attacked Ukraine overnight with 88 drones, the air force said. The call comes after a "
                        "week in which Kyiv said Russia had fired more than 1,100 drones and 35 missiles at Ukrainian "
                        "cities.").attacks
    assert (attack.drones_launched, attack.missiles_launched) == (88, None)


@pytest.mark.parametrize("tally", [
    "The city council said 1,620 residents of the community had been killed in the war, including defenders.",
    "The health minister said 198 Ukrainians had been killed so far in the invasion, and 1,115 people wounded.",
])
def test_the_dead_of_the_whole_war_are_a_tally(tally: str) -> None:
    (attack,) = extract("Russia launched 185 drones at Mykolaiv overnight; two people were injured, the governor "
                        f"said. {tally}").attacks
    assert (attack.drones_launched, attack.killed, attack.injured) == (185, None, 2)


def test_what_each_launcher_carries_is_no_launch() -> None:
    (attack,) = extract("Russia fired two missiles at Odesa overnight, the air force said. A single fire unit "
                        "consists of three launchers, each carrying eight missiles.").attacks
    assert attack.missiles_launched == 2


def test_a_days_shelling_led_under_an_outlets_line_then_the_night_before_are_two_attacks() -> None:
    report = extract("Kherson district shelled all day: one dead, three hurt; drones hit Mykolaiv overnight\n"
                     "Suspilne | 9 May 2025, 19:10\n"
                     "Russian forces shelled the Beryslav district of the Kherson region throughout Friday with "
                     "artillery and FPV drones, killing one person and wounding three, governor Oleksandr Prokudin "
                     "said.\n"
                     "In Beryslav, a 61-year-old woman was killed. Three men were wounded in Tiahynka.\n\n"
                     "Earlier, during the night, Russian drones attacked the city of Mykolaiv. Two people were "
                     "injured, the mayor said.\n\n"
                     "In all, Russia launched 52 attack drones against Ukraine overnight, the air force said. Air "
                     "defences shot down 38 of them.")
    assert sorted((a.drones_launched or 0, a.drones_downed or 0, a.killed or 0, a.injured) for a in report.attacks) \
        == [(0, 0, 1, 3), (52, 38, 0, 2)]


def test_drones_downed_during_the_night_after_a_day_of_shelling_are_the_nights() -> None:
    report = extract("Kharkiv region over the day: one killed in Kupiansk; four Shaheds downed overnight\n"
                     "Suspilne Kharkiv · 3 June 2024, 20:15\n"
                     "Russian troops hit the Kupiansk district with artillery and mortars more than 20 times on "
                     "Monday, the regional governor said.\n"
                     "In Kupiansk, a 70-year-old man was killed by a shell.\n\n"
                     "Earlier on Monday, the governor said air defence had shot down four Shahed-type drones over the "
                     "Chuhuiv district during the night. No damage was reported there.")
    assert sorted((a.drones_downed or 0, a.killed or 0) for a in report.attacks) == [(0, 1), (4, 0)]


def test_the_bombs_told_again_in_the_next_paragraph_keep_the_bombs_toll_apart_from_the_night() -> None:
    report = extract("Guided bombs hit Kramatorsk; drones over the north overnight\n\n"
                     "Russian aircraft dropped guided aerial bombs on Kramatorsk on Tuesday morning, the city's mayor "
                     "said.\n\n"
                     "The bombs hit a market in the city's centre. Two women were killed and five people were "
                     "wounded.\n\n"
                     "Overnight, Russia had launched 40 drones at the Sumy and Chernihiv regions, the air force said; "
                     "31 were shot down. A man was injured in Sumy.")
    assert sorted((a.drones_launched or 0, a.killed or 0, a.injured) for a in report.attacks) == [
        (0, 2, 5), (40, 0, 1)]


def test_overnight_launches_after_a_lead_on_the_days_strike_are_the_nights() -> None:
    report = extract("Missile kills three in Chernihiv as drones hit the grid overnight\n\n"
                     "A Russian ballistic missile struck the centre of Chernihiv on Monday afternoon, killing three "
                     "people and wounding 12, the regional governor said.\n\n"
                     "Rescuers searched the rubble of a four-storey building until dusk.\n\n"
                     "Overnight, Russia launched 61 Shahed drones at Ukraine, the air force said. Air defences shot "
                     "down 44 of them.\n\n"
                     "Drones damaged substations in the Zhytomyr region. A man was injured in Zhytomyr when debris "
                     "fell on his car.")
    assert sorted((a.drones_launched or 0, a.drones_downed or 0, a.killed or 0, a.injured) for a in report.attacks) \
        == [(0, 0, 3, 12), (61, 44, 0, 1)]


def test_the_night_another_strike_followed_keeps_its_counts_and_the_paragraph_of_its_debris() -> None:
    report = extract("Missile hits Poltava office block, killing two\n\n"
                     "A Russian ballistic missile struck an office block in Poltava on Friday, killing two people and "
                     "wounding nine, the regional governor said.\n\n"
                     "The strike followed another night of drone attacks. The air force said Russia launched 58 "
                     "drones, of which 41 were shot down.\n\n"
                     "In the Kyiv region, falling debris damaged four houses in the Fastiv district, officials said.")
    night = next(a for a in report.attacks if a.drones_launched)
    assert (night.drones_launched, night.drones_downed, night.killed) == (58, 41, None)
    assert "Fastiv" in night.places and "Fastiv" not in next(a for a in report.attacks if a.killed).places


def test_the_bombs_named_again_after_an_attribution_are_the_bombs_told_before() -> None:
    report = extract("Guided bombs kill two in Sumy region's Velyka Pysarivka\n\n"
                     "Russian aircraft dropped guided aerial bombs on Velyka Pysarivka on Sunday morning, killing two "
                     "people and injuring three, the regional administration said.\n\n"
                     "According to the administration, the bombs struck a residential street. Two men were killed. "
                     "Three more people were taken to hospital.\n\n"
                     "Russia's defence ministry claimed its air defences had shot down 13 Ukrainian drones over the "
                     "Kursk region.\n\n"
                     "Overnight, Russia launched 38 Shahed drones at Ukraine, the air force said; 30 were shot down.")
    assert sorted((a.attacker, a.drones_launched or 0, a.killed or 0, a.injured or 0) for a in report.attacks) == [
        ("russia", 0, 2, 3), ("russia", 38, 0, 0), ("ukraine", 0, 0, 0)]


def test_ukrainian_forces_that_used_drones_are_ukraines_attack() -> None:
    (attack,) = extract("The territorial defence headquarters of the Donetsk People's Republic said that Ukrainian "
                        "forces had used 36 drones against the republic over the day, 15 of which were shot "
                        "down.").attacks
    assert (attack.attacker, attack.drones_launched, attack.drones_downed) == ("ukraine", 36, 15)


def test_a_governors_quote_of_the_enemys_day_strike_then_the_ministrys_night_are_ukraines_two_attacks() -> None:
    report = extract("Three hurt in Ukrainian drone attack on bus in Belgorod region's Graivoron district\n"
                     "BELGOROD, May 6. /TASS/.\n"
                     "Three civilians were injured when Ukrainian drones attacked a bus in the Graivoron district, "
                     "Governor Vyacheslav Gladkov said.\n"
                     "\"Today the enemy attacked a bus with FPV drones near the village of Dorogoshch. Three people "
                     "were wounded,\" Gladkov wrote.\n\n"
                     "Overnight, air defences destroyed 24 Ukrainian drones over the Belgorod region, according to "
                     "the Russian defence ministry.")
    assert sorted((a.attacker, a.drones_downed or 0, a.injured or 0) for a in report.attacks) == [
        ("ukraine", 0, 3), ("ukraine", 24, 0)]


def test_drones_hitting_a_city_in_the_paragraph_after_the_nights_counts_are_the_nights() -> None:
    report = extract("Glide bomb kills one in Sumy, drones wound five in Kharkiv\n\n"
                     "A Russian guided bomb struck a residential area of Sumy on Sunday, killing a man and wounding "
                     "nine, the acting mayor said.\n\n"
                     "Overnight, Russia launched 72 attack drones at Ukraine, the air force said; 50 were shot "
                     "down.\n\n"
                     "In Kharkiv, drones hit two districts of the city and wounded five people, the mayor said.")
    night = next(a for a in report.attacks if a.drones_launched)
    assert (night.drones_launched, night.injured, night.places) == (72, 5, ("Kharkiv",))


def test_an_earlier_months_strike_on_the_city_keeps_its_own_toll() -> None:
    report = extract("Glide bomb kills one in Sumy\n\n"
                     "A Russian guided bomb struck a residential area of Sumy on Sunday, killing a man and wounding "
                     "nine, the acting mayor said.\n\n"
                     "In April, two Iskander-M ballistic missiles struck its centre, killing 35 people and wounding "
                     "more than 100.")
    assert sorted((a.killed, a.injured) for a in report.attacks) == [(1, 9), (35, 100)]


def test_an_age_between_commas_after_the_man_who_was_killed_is_no_toll() -> None:
    (attack,) = extract("A Russian drone attack on Mykolaiv overnight killed a man and injured three people, the "
                        "governor said. The man who was killed, 64, was asleep when the drone hit his house.").attacks
    assert (attack.killed, attack.injured) == (1, 3)


def test_the_counts_told_after_a_recalled_record_with_no_count_are_the_records() -> None:
    report = extract("Missile strike on Sumy kills nine, a day after Russia's biggest attack on the grid\n\n"
                     "A Russian ballistic missile struck a residential building in Sumy late on Nov. 17, killing nine "
                     "people, the mayor said.\n\n"
                     "The strike came less than a day after Russia's largest combined attack on Ukraine's energy "
                     "system in nearly three months. On the morning of Nov. 17, Russia launched 110 missiles and 80 "
                     "drones, the air force said. Air defences shot down 95 missiles and 40 drones.")
    assert sorted((a.missiles_launched or 0, a.drones_launched or 0, a.killed or 0) for a in report.attacks) == [
        (1, 0, 9), (110, 80, 0)]


def test_a_strike_hours_before_the_attack_the_report_tells_of_is_an_earlier_one() -> None:
    report = extract("Death toll from Wednesday's missile attack on Kyiv rises to six\n\n"
                     "The number of people killed by Russian missile strikes on Kyiv on 23 November has risen to six, "
                     "the city administration said.\n\n"
                     "Background: Hours before Wednesday's attack, a Russian missile hit a hospital in Vilniansk, "
                     "Zaporizhzhia Oblast, killing a newborn baby.")
    assert sorted((a.killed, a.places) for a in report.attacks) == [(1, ("Vilniansk", "Zaporizhzhia")), (6, ("Kyiv",))]


def test_a_strike_that_followed_an_overnight_attack_keeps_the_nights_counts_apart() -> None:
    report = extract("Russian missiles hit Smila, wounding four\n\n"
                     "Russian missiles struck the central Ukrainian city of Smila on Thursday, wounding four people, "
                     "the governor said.\n\n"
                     "The strike followed an overnight attack in which Russia launched 95 drones, the air force said. "
                     "It said 60 had been shot down over the Sumy and Poltava regions.")
    assert sorted((a.drones_launched or 0, a.drones_downed or 0, a.injured or 0) for a in report.attacks) == [
        (0, 0, 4), (95, 60, 0)]


def test_the_night_told_earlier_on_the_day_of_the_strike_is_an_attack_of_its_own() -> None:
    report = extract("Russian missiles kill two in Kramatorsk\n\n"
                     "Two Russian ballistic missiles struck Kramatorsk on Thursday, killing two people and wounding "
                     "eight, the governor said.\n\n"
                     "Earlier on Thursday, the air force said Russia had attacked overnight with 140 drones. Air "
                     "defences shot down 90 of them. In the Kyiv region, three people were injured by falling debris.")
    assert sorted((a.drones_launched or 0, a.killed or 0, a.injured) for a in report.attacks) == [
        (0, 2, 8), (140, 0, 3)]


def test_the_nights_drones_after_an_earlier_strike_recalled_under_a_title_of_a_toll_as_drones_hit() -> None:
    report = extract("Russian missile strike on Poltava injures 12 as drones hit western grid\n\n"
                     "A Russian ballistic missile hit an educational building in Poltava on Wednesday, injuring 12 "
                     "people, the governor said.\n\n"
                     "In early September, two ballistic missiles hit a military institute in the city, killing more "
                     "than 50 people.\n\n"
                     "Overnight, Russia launched 77 drones at Ukraine, the air force said. It said 40 had been shot "
                     "down.")
    assert sorted((a.drones_launched or 0, a.killed or 0, a.injured or 0) for a in report.attacks) == [
        (0, 0, 12), (0, 50, 0), (77, 0, 0)]


def test_a_lead_whose_strike_came_hours_after_the_night_still_lets_the_night_open_later() -> None:
    report = extract("Glide bombs hit Kharkiv, killing two\n\n"
                     "Russian glide bombs slammed into an apartment building in Kharkiv on Friday afternoon, killing "
                     "two people and wounding 14, officials said, hours after drones sent toward the capital were "
                     "shot down overnight.\n\n"
                     "Overnight, Russia sent 52 Shahed drones toward Ukraine, the air force said, and 41 of them were "
                     "shot down.")
    assert sorted((a.drones_launched or 0, a.killed or 0, a.injured or 0) for a in report.attacks) == [
        (0, 2, 14), (52, 0, 0)]


def test_a_day_before_the_strike_whose_toll_rose_is_another_attack_where_the_lead_dates_the_strike() -> None:
    report = extract("Death toll from Russian missile strike on Odesa rises to nine\n\n"
                     "A Russian ballistic missile strike on the southern port city of Odesa killed nine people and "
                     "wounded 30 on Monday, officials said.\n\n"
                     "On Sunday, Russia fired 110 missiles and 80 drones at targets across Ukraine, the president "
                     "said. At least six people were killed.")
    assert sorted((a.missiles_launched or 0, a.killed) for a in report.attacks) == [(0, 9), (110, 6)]


def test_hours_later_a_strike_by_day_on_a_place_the_night_named_is_a_strike_of_its_own() -> None:
    report = extract("Drone debris found on Danube shore; missile hits Odesa port\n\n"
                     "Russia launched 110 drones overnight, the Ukrainian air force said; 85 were shot down. Two "
                     "people were injured in Izmail, according to the Odesa regional administration.\n\n"
                     "Hours later, on Thursday afternoon, a ballistic missile struck the port area of Odesa, killing "
                     "three people.")
    assert sorted((a.drones_launched or 0, a.killed or 0, a.injured or 0) for a in report.attacks) == [
        (0, 3, 0), (110, 0, 2)]


def test_a_towns_nights_in_basements_do_not_keep_the_night_after_a_day_of_shelling_from_opening() -> None:
    report = extract("Woman killed as Russian troops strike Zaporizhzhia region 250 times in a day\n\n"
                     "Over the past day, Russian forces carried out 250 strikes on seven settlements in the "
                     "Zaporizhzhia region with artillery and FPV drones, killing one civilian, the governor said.\n\n"
                     "Huliaipole lies 7 kilometres from the front line, and most of its residents spend their nights "
                     "in basements.\n\n"
                     "Early on Saturday, the governor added that air defence units had shot down five Shahed drones "
                     "over the region overnight.")
    assert sorted((a.drones_downed or 0, a.killed or 0) for a in report.attacks) == [(0, 1), (5, 0)]


def test_a_weeks_review_under_headings_of_a_date_and_a_label_tells_each_days_attack_apart() -> None:
    report = extract("The week in figures\n\n"
                     "Here is the week.\n\n"
                     "Sept. 7: the record\n"
                     "Overnight into Sept. 7, Russia launched 800 drones and 13 missiles, the air force said. At least "
                     "four people were killed in Kyiv.\n\n"
                     "Sept. 9: Yarova\n"
                     "On Tuesday, a Russian aerial bomb hit a crowd waiting for pensions in Yarova. Twenty-four "
                     "people were killed.")
    assert sorted((a.drones_launched or 0, a.killed) for a in report.attacks) == [(0, 24), (800, 4)]


def test_then_on_a_day_came_the_second_wave_opens_the_next_attack() -> None:
    report = extract("Two nights of record attacks\n\n"
                     "Overnight into 9 July, Russia launched 700 drones and 13 missiles, the air force said. Two "
                     "people were injured in Lutsk.\n\n"
                     "Then, on Saturday, came the second wave. Russia launched 590 drones and 26 missiles overnight, "
                     "the air force said. In Chernivtsi, two people were killed.")
    assert sorted((a.drones_launched, a.missiles_launched, a.killed) for a in report.attacks) == [
        (590, 26, 2), (700, 13, None)]


def test_a_night_marking_years_since_the_invasion_is_no_tally() -> None:
    (attack,) = extract("On the night marking four years since the full-scale invasion, Russia launched 220 drones and "
                        "nine ballistic missiles, mostly at Kyiv, the air force said.").attacks
    assert (attack.drones_launched, attack.missiles_launched) == (220, 9)


def test_a_toll_told_on_the_next_day_after_the_bombs_is_the_bombs_toll() -> None:
    report = extract("Drones hit Kharkiv warehouse as city counts its dead\n\n"
                     "Russia launched 31 Shahed drones at Ukraine overnight, the air force said; 24 were shot down. In "
                     "Kharkiv, a drone hit a warehouse, injuring three workers.\n\n"
                     "The city was still reeling from Saturday afternoon's strike on a hypermarket, where two guided "
                     "aerial bombs hit. On Sunday morning Kharkiv region governor Oleh Syniehubov said that 12 people "
                     "had been confirmed dead and 43 injured.")
    assert sorted((a.drones_launched or 0, a.killed or 0, a.injured) for a in report.attacks) == [
        (0, 12, 43), (31, 0, 3)]


def test_overnight_counts_after_a_sentence_recalling_the_night_with_none_are_that_nights() -> None:
    report = extract("Lviv without power after missile strikes\n\n"
                     "Russian missiles hit energy infrastructure in Lviv on Thursday, the mayor said. According to the "
                     "air force, Russia launched 69 missiles in the morning; 54 were shot down.\n\n"
                     "The missile wave followed a night drone attack. Overnight, Russia sent 16 Shahed-136 drones "
                     "against Ukraine, and all of them were shot down, the air force said.")
    assert sorted((a.missiles_launched or 0, a.drones_launched or 0) for a in report.attacks) == [(0, 16), (69, 0)]


def test_what_officials_expect_russia_to_be_able_to_launch_is_no_count() -> None:
    (attack,) = extract("Air defence shot down 23 Russian drones over the Dnipropetrovsk region overnight, the "
                        "regional administration said. Ukrainian officials expect Russia to be able to launch up to "
                        "1,000 drones in a single night by the autumn.").attacks
    assert (attack.drones_downed, attack.drones_launched) == (23, None)


def test_a_regions_day_of_strikes_on_its_settlements_after_the_night_is_an_attack_of_its_own() -> None:
    report = extract("Russia hits Dnipro overnight - live\n\n"
                     "09:05 - Air Force: Overnight, Russia attacked Ukraine with 120 drones; air defences shot down "
                     "98. Two people were injured in Dnipro.\n\n"
                     "15:10 - Kherson region: over the past day, Russian troops attacked 27 settlements, killing two "
                     "people and injuring nine, the regional governor said.")
    assert sorted((a.drones_launched or 0, a.killed or 0, a.injured) for a in report.attacks) == [
        (0, 2, 9), (120, 0, 2)]


def test_a_weeks_review_under_headings_of_the_night_of_a_date_tells_each_night_apart() -> None:
    report = extract("Kyiv's week under ballistic missiles, in numbers\n\n"
                     "Here is the week in figures.\n\n"
                     "The night of Jan. 13\n"
                     "Russia attacked with 290 drones and 25 missiles, the air force said. Four people were killed in "
                     "the Kharkiv region.\n\n"
                     "The night of Jan. 16\n"
                     "Russia launched 98 drones and one ballistic missile, the air force reported. In Odesa, two "
                     "people were injured.")
    assert sorted((a.drones_launched, a.killed, a.injured) for a in report.attacks) == [(98, None, 2), (290, 4, None)]


def test_the_items_of_a_by_the_numbers_list_are_counts() -> None:
    report = extract("Ukraine's week in the air, in numbers\n\n"
                     "250 - drones launched against Ukraine on the night of 22-23 February, the air force said.\n"
                     "130 - drones shot down over 12 regions.\n"
                     "110 - drones \"lost locally\", most of them decoys.\n"
                     "1 - person killed in Kryvyi Rih, the governor said.")
    (attack,) = report.attacks
    assert (attack.drones_launched, attack.drones_downed, attack.drones_suppressed, attack.killed) == (250, 130, 110, 1)


def test_a_governors_toll_told_earlier_in_the_day_than_the_evenings_missiles_is_its_own_attack() -> None:
    report = extract("Air defences shoot down five missiles over Belgorod\n\n"
                     "BELGOROD, February 10. /TASS/. Russian air defences shot down five missiles and ten drones over "
                     "Belgorod on Tuesday evening, Governor Vyacheslav Gladkov said. Two people were treated for "
                     "barotrauma.\n\n"
                     "Earlier on Tuesday, Gladkov reported that one man had been killed and four people injured in "
                     "Ukrainian drone attacks on the Shebekino district.")
    assert sorted((a.attacker, a.missiles_downed or 0, a.killed or 0) for a in report.attacks) == [
        ("ukraine", 0, 1), ("ukraine", 5, 0)]


def test_attacks_on_a_region_over_the_past_day_after_the_night_are_an_attack_of_their_own() -> None:
    report = extract("Drone hits Odesa industrial site; attacks on Kherson Oblast kill 2\n\n"
                     "Russia attacked Ukraine overnight with 23 Shahed-type drones, the air force said; 17 were shot "
                     "down. In Odesa, three workers were injured.\n\n"
                     "Russian attacks on Kherson Oblast killed two people and injured 11 over the past day, the "
                     "governor said. Russian forces struck 31 settlements, including Bilozerka and Beryslav.")
    day = next(a for a in report.attacks if a.killed)
    assert (day.killed, day.injured, day.drones_launched) == (2, 11, None)
    assert "Beryslav" in day.places


def test_the_night_of_drone_raids_the_strike_followed_keeps_the_nights_counts() -> None:
    report = extract("Dnipro: missile strike injures 11\n\n"
                     "Russian missiles hit Dnipro on Saturday morning, injuring 11 people, the governor said.\n\n"
                     "The attack followed a night of Shahed drone raids on the region. The air command said Russian "
                     "forces had launched six Shahed drones at the region overnight, and that four were shot down.")
    assert sorted((a.drones_launched or 0, a.drones_downed or 0, a.injured or 0) for a in report.attacks) == [
        (0, 0, 11), (6, 4, 0)]


def test_an_attack_on_the_same_morning_as_the_strike_is_another_one() -> None:
    report = extract("Sumy: three dead after missile strike\n\n"
                     "A Russian missile strike on an infrastructure facility in Sumy on Monday morning killed three "
                     "people, the governor said.\n\n"
                     "The strike on Sumy came on the same morning as a drone attack on Kyiv. The mayor said 28 "
                     "kamikaze drones had attacked the capital. Four people were killed in a residential building.")
    assert sorted((a.drones_launched or 0, a.killed) for a in report.attacks) == [(0, 3), (28, 4)]


def test_overnight_drones_after_a_lead_on_the_afternoon_of_a_date_are_the_nights() -> None:
    report = extract("Russian missiles hit Kharkiv in afternoon attack, 4 injured\n\n"
                     "Russian forces struck Kharkiv with two missiles on the afternoon of June 9, injuring four "
                     "people, the governor said.\n\n"
                     "Overnight, Russia launched 13 Shahed-type attack drones against southern Ukraine, the air force "
                     "said. All of them were shot down over the Mykolaiv and Kherson oblasts.")
    assert sorted((a.drones_launched or 0, a.injured or 0) for a in report.attacks) == [(0, 4), (13, 0)]


def test_a_heading_of_the_reports_own_night_ends_the_night_before_it() -> None:
    report = extract("Two nights of drone attacks on Kyiv: a woman killed in Hlevakha, four injured in the capital\n"
                     "Kyiv • 12 May 2025\n"
                     "Russia attacked the capital and the region with drones on two consecutive nights, on 10-11 and "
                     "11-12 May.\n"
                     "Night of 11 May\n"
                     "According to the air force, Russia launched 108 drones. Fifty-five were shot down. In Kyiv, four "
                     "people were injured.\n"
                     "Night of 12 May\n"
                     "The second attack was smaller. Russia launched 41 drones; 23 were shot down, the air force "
                     "reported. In the Kyiv region, a drone struck a house in Hlevakha, killing a woman.")
    assert sorted((a.drones_launched, a.killed, a.injured) for a in report.attacks) == [(41, 1, None), (108, None, 4)]


def test_a_bare_count_launched_after_the_night_before_recalled_is_that_nights() -> None:
    report = extract("Ballistic missiles after a night of Shaheds\n\n"
                     "Russian forces attacked Kyiv with ballistic missiles on Wednesday morning. Air defence shot down "
                     "all four Iskander-M missiles, the air force said. Three people were injured.\n\n"
                     "The night before, Russia had attacked with Shahed drones. The air force reported 18 launched, 15 "
                     "of which were destroyed over the Kyiv and Zhytomyr regions.")
    night = next(a for a in report.attacks if a.drones_downed)
    assert (night.drones_downed, night.injured, night.missiles_launched) == (15, None, None)


def test_an_installed_leaders_toll_of_another_place_after_the_ministrys_drones_is_another_attack() -> None:
    report = extract("Moscow says it downed 90 Ukrainian drones\n\n"
                     "Russia's defence ministry said its forces destroyed 90 Ukrainian drones over seven regions and "
                     "Crimea overnight.\n\n"
                     "In the Russian-controlled part of Ukraine's Donetsk region, Moscow-installed leader Denis "
                     "Pushilin said a Ukrainian drone attack killed a man and wounded two people.")
    assert sorted((a.attacker, a.drones_downed or 0, a.killed or 0) for a in report.attacks) == [
        ("ukraine", 0, 1), ("ukraine", 90, 0)]


def test_an_attack_told_as_days_after_russia_fired_so_many_is_recalled() -> None:
    report = extract("Russia pummels Ukraine's grid as cold sets in\n\n"
                     "Russia launched its second massive strike on Ukraine's energy system in three weeks on Tuesday. "
                     "Moscow fired 73 missiles and 118 drones, the air force said. Three substation workers were hurt "
                     "in the Khmelnytskyi region.\n\n"
                     "The attack came on the 1,014th day of the war and 16 days after Russia fired 120 missiles and 90 "
                     "drones at power plants, an assault that killed seven people.")
    assert sorted((a.missiles_launched, a.drones_launched, a.killed, a.injured) for a in report.attacks) == [
        (73, 118, None, 3), (120, 90, 7, None)]


def test_overnight_drones_after_a_lead_whose_strikes_day_comes_in_its_second_sentence_are_the_nights() -> None:
    report = extract("War-risk premiums climb after Russian missiles hit ships in Odesa\n\n"
                     "The cost of insuring ships calling at Ukraine's Black Sea ports rose after a Russian ballistic "
                     "missile strike damaged a civilian vessel.\n\n"
                     "A missile hit a bulk carrier loading grain at a port near Odesa late on Monday, killing four "
                     "people and injuring 11, the governor said.\n\n"
                     "Overnight, Russia launched 56 attack drones at Ukraine, 40 of which were destroyed, the air "
                     "force said.")
    assert sorted((a.drones_launched or 0, a.killed or 0) for a in report.attacks) == [(0, 4), (56, 0)]


def test_a_record_told_by_its_date_keeps_the_counts_russia_then_launched() -> None:
    report = extract("Air Force: 30 of 38 Shaheds shot down\n\n"
                     "Air defence destroyed 30 of the 38 Shahed drones that Russia launched overnight, the air force "
                     "said. Two workers were injured in Kryvyi Rih.\n\n"
                     "Recall that the largest combined attack of the war took place on December 29, 2023. Russia then "
                     "launched 158 missiles and drones at Ukraine. More than 40 people were killed.")
    assert sorted((a.drones_launched or 0, a.launched_total or 0, a.killed or 0) for a in report.attacks) == [
        (0, 158, 40), (38, 0, 0)]


def test_a_toll_that_rose_for_a_strike_told_by_its_date_is_the_toll() -> None:
    (attack,) = extract("In Odesa, the number of people killed in the Russian missile strike of March 15 has risen to "
                        "21, the governor said on March 17. Another 75 people were injured.").attacks
    assert (attack.killed, attack.injured) == (21, 75)


def test_missiles_that_arrive_from_crimea_keep_the_strike_russias() -> None:
    report = extract("Russian cluster-missile strike on Mykolaiv kills three\n\n"
                     "Russia struck Mykolaiv with two Iskander-M ballistic missiles on Tuesday afternoon, killing "
                     "three people, the governor said. \"The ballistic missiles took less than two minutes to "
                     "arrive from Crimea,\" he said. The initial toll was three dead and nine injured.")
    assert [(a.attacker, a.killed) for a in report.attacks] == [("russia", 3)]


def test_the_deadliest_since_a_season_of_a_year_when_keeps_that_strikes_toll_apart() -> None:
    report = extract("Poltava: toll from night drone strike rises to two\n\n"
                     "A Russian Shahed drone hit a two-storey building in Poltava overnight, killing two people and "
                     "injuring seven, the governor said. This was the deadliest attack on the Poltava region since the "
                     "summer of 2022, when a Russian missile strike on a shopping centre in Kremenchuk killed 20 "
                     "people and injured 60.")
    assert sorted((a.killed, a.injured) for a in report.attacks) == [(2, 7), (20, 60)]


def test_the_night_after_a_strike_told_as_hours_after_another_attack_is_its_own() -> None:
    report = extract("Kryvyi Rih: daytime ballistic strike kills two\n\n"
                     "A Russian ballistic missile struck an industrial area of Kryvyi Rih in the middle of the day on "
                     "March 18, killing two people and injuring 11.\n\n"
                     "The daytime strike came several hours after another attack. Overnight, Russia attacked Ukraine "
                     "with 22 Shahed drones, the air force said. Seventeen of them were destroyed.")
    assert sorted((a.drones_launched or 0, a.killed or 0) for a in report.attacks) == [(0, 2), (22, 0)]


def test_hours_later_a_city_came_under_attack_opens_that_strike() -> None:
    report = extract("Guided bomb hits Zolochiv, Shaheds strike Kharkiv hours later\n\n"
                     "A Russian guided aerial bomb struck the centre of Zolochiv on Friday afternoon, injuring four "
                     "people, the governor said.\n\n"
                     "Hours later, Kharkiv itself came under attack. The mayor said four Shahed drones struck the "
                     "Saltivskyi district. Two people were injured, he said.\n\n"
                     "Earlier on Friday, Russia launched 90 missiles at the power grid, the president said.")
    kharkiv = next(a for a in report.attacks if a.injured == 2)
    assert (kharkiv.drones_launched, kharkiv.missiles_launched) == (4, None)


def test_a_date_a_region_has_not_recovered_from_when_russia_launched_so_many_is_another_attack() -> None:
    report = extract("Substation hit on a freezing night\n\n"
                     "A Russian strike damaged a substation in the Pochaiv community overnight into Tuesday, the "
                     "regional administration said.\n\n"
                     "Across Ukraine, Russia launched 330 drones and 24 missiles overnight, the air force said. Two "
                     "people were killed in the Kyiv region.\n\n"
                     "The Ternopil region has not yet recovered from November 19, when Russia launched 470 drones and "
                     "48 missiles at Ukraine.")
    assert sorted((a.drones_launched, a.missiles_launched) for a in report.attacks) == [(330, 24), (470, 48)]


def test_what_the_ministry_says_it_destroyed_in_the_same_month_is_a_tally() -> None:
    (attack,) = extract("Russia's defence ministry said its air defences destroyed 12 Ukrainian drones overnight over "
                        "the Kursk region. The ministry, for its part, says it destroyed more than 1,000 Ukrainian "
                        "drones over Russian territory in the same month.").attacks
    assert (attack.attacker, attack.drones_downed) == ("ukraine", 12)


def test_a_live_entry_headed_by_a_strike_on_another_city_is_an_attack_of_its_own() -> None:
    report = extract("Russia-Ukraine live: Kremenchuk toll climbs to 20; missile hits Mykolaiv block\n"
                     "These were the updates for Wednesday:\n"
                     "11:30 GMT - Kremenchuk shopping centre death toll reaches 20\n"
                     "The number of people killed in Monday's missile strike on the shopping centre in Kremenchuk has "
                     "risen to 20. Fifty-nine people were injured.\n"
                     "09:05 GMT - Missile strike on Mykolaiv apartment building\n"
                     "A Russian missile hit a five-storey apartment building in Mykolaiv, killing three people and "
                     "wounding five, the governor said.\n"
                     "08:20 GMT - NATO to boost its forces\n"
                     "NATO says it will increase its high-readiness forces to more than 300,000.")
    assert sorted((a.killed, a.injured) for a in report.attacks) == [(3, 5), (20, 59)]


def test_border_communities_fired_on_with_mortars_are_a_shelling_whose_village_toll_is_its_own() -> None:
    report = extract("Missiles from Belarus hit Zhytomyr region as Sumy border villages come under fire\n\n"
                     "Russian forces fired three cruise missiles at the Zhytomyr region overnight, the governor said. "
                     "Two were shot down. No one was hurt.\n\n"
                     "In the northeast, Russian troops fired on the border communities of the Sumy region with "
                     "mortars and artillery, the regional administration said. One woman was killed and two men were "
                     "injured in the village of Velyka Pysarivka.")
    assert sorted((a.missiles_launched or 0, a.killed or 0, a.injured or 0) for a in report.attacks) == [
        (0, 1, 2), (3, 0, 0)]


def test_a_title_that_counts_the_night_after_the_days_strike_leaves_the_night_apart() -> None:
    report = extract("Iskander hits Chernihiv in the afternoon, after 30 drones downed overnight\n\n"
                     "Russian forces struck Chernihiv with a ballistic missile on December 17, killing one person and "
                     "injuring six, the city's administration said.\n\n"
                     "Overnight, Russia attacked Ukraine with 48 Shahed drones, the air force said. Air defences shot "
                     "down 30 of them over the Kyiv and Cherkasy regions.")
    assert sorted((a.drones_launched or 0, a.killed or 0) for a in report.attacks) == [(0, 1), (48, 0)]


def test_an_afternoon_strike_that_the_title_tells_too_is_the_days_own() -> None:
    report = extract("Shaheds downed over the south overnight; missile hits Kryvyi Rih in the afternoon\n\n"
                     "Russia attacked the south of Ukraine with 25 Shahed drones overnight, the air force said. "
                     "Twenty-two of them were destroyed over the Mykolaiv region.\n\n"
                     "In the afternoon, Russian forces struck Kryvyi Rih with a missile, injuring three people, the "
                     "head of the city's defence council said.")
    assert sorted((a.drones_launched or 0, a.injured or 0) for a in report.attacks) == [(0, 3), (25, 0)]


def test_an_explainers_dated_question_headings_each_open_that_days_attack() -> None:
    report = extract("Explainer: three strikes on the grid in a fortnight\n\n"
                     "Here is what was hit.\n\n"
                     "What happened on Nov. 2?\n\n"
                     "Russia launched 420 drones and 40 missiles, the air force said. Two people were injured.\n\n"
                     "And on Nov. 9?\n\n"
                     "This time the south was the target: 300 drones and 25 missiles were launched at Odesa.\n\n"
                     "What about this week?\n\n"
                     "On the morning of Nov. 16, Russia fired 510 drones and 33 missiles at the west of the country.")
    assert sorted((a.drones_launched, a.missiles_launched) for a in report.attacks) == [
        (300, 25), (420, 40), (510, 33)]


def test_under_pressure_since_the_end_of_a_month_when_russia_fired_is_a_record_recalled() -> None:
    report = extract("Live: drones and missiles on the south\n\n"
                     "Russia attacked Ukraine overnight with 30 Shahed drones and two Kh-59 missiles, the air force "
                     "said. Air defences shot down 20 drones and both missiles.\n\n"
                     "Ukraine's air defences have been under pressure since the end of December, when Russia fired "
                     "110 missiles and 40 drones at cities across the country.")
    assert sorted((a.drones_launched, a.missiles_launched) for a in report.attacks) == [(30, 2), (40, 110)]


def test_that_night_after_a_date_recalled_with_since_is_that_nights_attack() -> None:
    report = extract("Russia strikes power plants again\n\n"
                     "Russia fired 40 missiles and 25 drones at Ukraine's energy sites overnight, the air force said. "
                     "Air defences destroyed 30 of the missiles.\n\n"
                     "The attack was the fourth on the power system since April 11. That night, Russia launched about "
                     "80 missiles and more than 50 drones, destroying a thermal plant near Kyiv.")
    assert sorted((a.drones_launched, a.missiles_launched) for a in report.attacks) == [(25, 40), (50, 80)]


def test_a_section_headed_earlier_recalls_other_attacks() -> None:
    report = extract("Drones strike Kharkiv overnight\n\n"
                     "Russia launched 90 Shahed drones overnight, the air force said. Air defences shot down 70. "
                     "Four people were injured in Kharkiv.\n\n"
                     "Earlier\n\n"
                     "Russian drones struck the city three nights in a row in early May; on the night of May 2, 31 "
                     "people were injured.")
    assert sorted((a.drones_launched or 0, a.injured or 0) for a in report.attacks) == [(0, 31), (90, 4)]


def test_regions_russia_holds_part_of_are_places_of_ukraines_drones_when_told_as_regions() -> None:
    (attack,) = extract("Russia's defence ministry said its air defences had destroyed 12 Ukrainian drones over the "
                        "Kherson and Zaporizhzhia regions and Crimea overnight.").attacks
    assert attack.attacker == "ukraine"
    assert set(attack.places) == {"Kherson", "Zaporizhzhia", "Crimea"}


def test_a_town_of_a_region_russia_holds_part_of_stands_alone_for_ukraines_attack() -> None:
    (attack,) = extract("A Ukrainian drone struck a bus in Henichesk in the Kherson region, killing two people, the "
                        "Moscow-installed governor said.").attacks
    assert (attack.attacker, attack.places) == ("ukraine", ("Henichesk",))


@pytest.mark.parametrize("lead", [
    "Russia struck Dnipro with ballistic missiles in the middle of the day on 29 May, killing two people.",
    "Russia struck Dnipro with ballistic missiles on 29 May, killing two people. Three missiles hit the city at "
    "about 11:50, the governor said.",
])
def test_the_night_under_its_subheading_after_a_lead_on_the_days_strike_is_apart(lead: str) -> None:
    report = extract("Missiles hit Dnipro after a night of drones\n\n" + lead + "\n\nNight of drones\n\n"
                     "Overnight, Russia launched 80 Shahed-type drones, according to the air force. Air defences "
                     "shot down 50 of them over the Kharkiv and Sumy regions.")
    assert sorted((a.drones_launched or 0, a.killed or 0) for a in report.attacks) == [(0, 2), (80, 0)]


def test_a_district_also_hit_on_a_date_when_a_missile_killed_so_many_is_that_days_attack() -> None:
    report = extract("Drones kill two in Kyiv\n\n"
                     "Russia attacked Kyiv overnight on Jan. 13 with 120 drones, killing two people in the Darnytskyi "
                     "district, the mayor said.\n\n"
                     "The Darnytskyi district was also hit on Aug. 28, 2025, when a Russian missile destroyed part of "
                     "a five-storey building there, killing more than 20 people.")
    assert sorted(a.killed for a in report.attacks) == [2, 20]


def test_the_weapons_a_city_was_struck_with_after_the_clock_time_are_launched() -> None:
    (attack,) = extract("Russian forces struck Kramatorsk at 08:50 with two Iskander missiles, injuring three people."
                        ).attacks
    assert (attack.missiles_launched, attack.injured) == (2, 3)


def test_background_on_the_night_before_the_mornings_strike_is_that_nights_attack() -> None:
    report = extract("Russians strike Kramatorsk with S-300 missiles: three injured\n\n"
                     "Russian forces attacked Kramatorsk with missiles on the morning of 20 February, injuring three "
                     "people, the city's administration said.\n\n"
                     "Background: On the night of 19-20 February, Russia attacked Ukraine with 25 Shahed drones. Air "
                     "defences destroyed 19 of them over the Odesa and Mykolaiv regions.")
    assert sorted((a.drones_launched or 0, a.injured or 0) for a in report.attacks) == [(0, 3), (25, 0)]


def test_a_weeks_round_up_tells_each_dated_paragraph_as_its_own_attack() -> None:
    report = extract("Week's results: Sumy mourns 12, Odesa hit by night barrage\n\n"
                     "The past week brought one of the deadliest strikes on a regional centre this year.\n\n"
                     "On the morning of May 12, two Russian Iskander-M missiles hit the centre of Sumy. By Saturday "
                     "the number of dead had risen to 12, and 60 people were injured.\n\n"
                     "Overnight into May 14, Russia attacked with 18 missiles and 20 Shahed drones, aiming mainly at "
                     "Odesa. Air defence destroyed 12 missiles and all 20 drones. Three people were killed.\n\n"
                     "Energy workers are still counting the losses from the May 3 attack, when Russia launched 45 "
                     "missiles and 50 drones at Ukraine.")
    assert sorted((a.missiles_launched, a.killed) for a in report.attacks) == [(2, 12), (18, 3), (45, None)]


def test_a_round_ups_dated_paragraph_of_drones_over_moscow_is_ukraines() -> None:
    report = extract("The week in the air\n\n"
                     "Here is what happened in the air over Ukraine and Russia.\n\n"
                     "On the night of June 2, Russia launched 50 drones at Kharkiv; 40 were shot down.\n\n"
                     "On the morning of June 4, Moscow was attacked by drones for the first time. The Russian "
                     "defence ministry said eight Ukrainian drones were used: five were shot down and three were "
                     "suppressed.")
    ukraines = next(a for a in report.attacks if a.attacker == "ukraine")
    assert (ukraines.drones_launched, ukraines.places) == (8, ("Moscow",))


def test_the_second_launch_area_after_and_from_is_no_place_of_ukraines() -> None:
    (attack,) = extract("Russian forces attacked Ukraine overnight with 300 Shahed-type drones, the Air Force said. "
                        "Air defence shot down 250 of them.\n\n"
                        "The drones were launched from the areas of Kursk, Millerovo and Primorsko-Akhtarsk in Russia "
                        "and from Hvardiiske in Crimea.\n\n"
                        "Another 30 drones were lost from location due to electronic warfare.").attacks
    assert (attack.attacker, attack.drones_suppressed) == ("russia", 30)


def test_a_drone_that_flew_toward_occupied_crimea_names_no_place_of_ukraines() -> None:
    (attack,) = extract("Air defence shot down 18 drones over the Mykolaiv and Odesa regions. Another four drones were "
                        "lost locally as a result of electronic warfare, and one flew toward the temporarily occupied "
                        "territory of Crimea.").attacks
    assert (attack.attacker, attack.drones_downed, attack.drones_suppressed) == ("russia", 18, 4)


def test_the_heaviest_since_a_holiday_when_russia_fired_so_many_recalls_that_attack() -> None:
    report = extract("Missile wave hits the grid\n\n"
                     "Russia launched 30 cruise missiles at Ukraine on Saturday, the air force said, 20 of which were "
                     "shot down. The attack was the heaviest since New Year's Eve, when Russia fired 20 cruise "
                     "missiles, 12 of which were downed, and one person was killed in Kyiv.")
    assert sorted((a.missiles_launched, a.missiles_downed) for a in report.attacks) == [(20, 12), (30, 20)]


def test_an_outlets_earlier_report_recalled_with_its_date_is_that_nights_attack() -> None:
    report = extract("Drones hit Bucha overnight\n\n"
                     "Russian troops attacked Ukraine on the night of January 22 with 99 drones, the Air Force said. "
                     "Air defence shot down 46 of them.\n\n"
                     "Ukrinform reported earlier that on the night of January 21, Russia attacked Ukraine with 131 "
                     "drones; air defence shot down 72 of them.")
    assert sorted((a.drones_launched, a.drones_downed) for a in report.attacks) == [(99, 46), (131, 72)]


def test_a_place_and_a_part_of_the_day_opening_paragraphs_tell_each_strike_apart() -> None:
    report = extract("Night and morning strikes on the Kharkiv region\n\n"
                     "Russia struck Kharkiv and the town of Bohodukhiv within a few hours on Tuesday.\n\n"
                     "Kharkiv, night. Shortly after 01:00, the city was attacked by three Geran-2 drones, the mayor "
                     "said. A man was killed and four people were injured.\n\n"
                     "Bohodukhiv, morning. At 07:50, Russia hit the town with two Iskander-M ballistic missiles. Two "
                     "people were injured.")
    assert sorted((a.drones_launched or 0, a.missiles_launched or 0, a.injured) for a in report.attacks) == [
        (0, 2, 2), (3, 0, 4)]


def test_hit_repeatedly_since_a_dated_attack_killed_so_many_recalls_that_attack() -> None:
    report = extract("Belgorod governor says woman killed\n\n"
                     "Russia's defence ministry said its air defences had destroyed seven Ukrainian drones over the "
                     "Belgorod region overnight. A woman was killed in the village of Glotovo, the governor said.\n\n"
                     "The city of Belgorod has been hit repeatedly since a Dec. 30 attack on its centre killed 25 "
                     "people.")
    assert sorted((a.drones_downed or 0, a.killed) for a in report.attacks) == [(0, 25), (7, 1)]


def test_towns_of_the_ground_war_told_beside_the_nights_drones_are_no_places_of_the_attack() -> None:
    report = extract("Troops hold on in the east as drones fly overnight\n\n"
                     "Ukrainian soldiers defending the southern Donetsk town of Velyka Novosilka were fighting on "
                     "Wednesday to keep their last supply road open as Russian assault groups attacked from two sides. "
                     "Russia launched 40 Shahed drones overnight, the air force said, and air defences shot down 31 of "
                     "them over the Kyiv and Sumy regions. Russia has also stepped up attacks on Toretsk and near "
                     "Chasiv Yar, the General Staff said.")
    (attack,) = report.attacks
    assert (attack.drones_launched, attack.drones_downed) == (40, 31)
    assert list(attack.places) == ["Kyiv", "Sumy"]


def test_a_russian_region_told_by_what_it_borders_is_ukraines_target_and_its_deadliest_attack_too() -> None:
    report = extract("Drone kills two near Shebekino\n\n"
                     "A Ukrainian drone hit a car near the Russian town of Shebekino on Monday, killing two men, "
                     "Belgorod governor Vyacheslav Gladkov said.\n\n"
                     "Belgorod, which borders Ukraine's Kharkiv region, has been targeted more often than any other "
                     "Russian region since Moscow launched its full-scale invasion. The deadliest attack came on "
                     "December 30, 2023, when a strike on the city centre killed 25 people and wounded more than 100.")
    assert sorted((a.attacker, a.killed) for a in report.attacks) == [("ukraine", 2), ("ukraine", 25)]


def test_the_regions_a_russian_region_borders_are_no_places_of_ukraines_attack_on_it() -> None:
    report = extract("Drones downed over Rostov region\n\n"
                     "Russia's defence ministry said its air defences destroyed 74 Ukrainian drones overnight. "
                     "Ukraine has struck the Rostov region, which borders Ukraine's Donetsk and Luhansk regions, with "
                     "drones again, damaging a fuel depot in Novoshakhtinsk, governor Yuri Slyusar said.")
    (attack,) = report.attacks
    assert attack.attacker == "ukraine" and attack.drones_downed == 74
    assert "Donetsk" not in attack.places and "Luhansk" not in attack.places
    assert "Novoshakhtinsk" in attack.places


def test_towns_that_regularly_come_under_fire_or_rank_among_the_hardest_hit_are_no_places_of_the_attack() -> None:
    report = extract("Drone downed over Kaluga region\n\n"
                     "Russia's defence ministry said one Ukrainian drone was destroyed over the Kaluga region "
                     "overnight. Settlements in the Bryansk region's border districts, Klimovo, Pogar and Sevsk, "
                     "regularly come under fire from the Ukrainian side. Belgorod has been among the Russian regions "
                     "hit hardest by cross-border attacks.")
    (attack,) = report.attacks
    assert attack.attacker == "ukraine" and attack.drones_downed == 1
    assert list(attack.places) == ["Kaluga"]


def test_a_night_told_after_the_days_strike_and_in_the_key_points_is_its_own_attack() -> None:
    report = extract("Ukraine war latest: missiles hit Dnipro, 4 killed\n\n"
                     "Key developments on March 18:\n"
                     "- Russian ballistic missile strike on Dnipro kills 4, injures 37\n"
                     "- Russia launches 118 drones, 4 missiles at Ukraine overnight\n\n"
                     "Russian forces struck Dnipro with ballistic missiles shortly after noon on March 18, killing "
                     "four people and injuring 37, the governor reported.\n\n"
                     "The afternoon strike came hours after a night in which Russia launched 118 Shahed-type drones "
                     "and four Iskander-M ballistic missiles at Ukraine, according to the Air Force. Air defense "
                     "downed 91 drones, while 17 were lost locally.")
    assert sorted((a.drones_launched or 0, a.drones_downed or 0, a.drones_suppressed or 0, a.killed or 0)
                  for a in report.attacks) == [(0, 0, 0, 4), (118, 91, 17, 0)]


def test_overnight_drones_told_by_their_kind_after_a_mornings_missile_are_the_night_before() -> None:
    report = extract("Missile hits Sumy outskirts, five injured\n\n"
                     "A Russian Iskander-M ballistic missile hit the outskirts of Sumy on the morning of 19 February, "
                     "injuring five people, the regional administration said.\n\n"
                     "Overnight, Russian drones attacked energy infrastructure in the Konotop hromada. A 52-year-old "
                     "man was injured in Konotop. According to the Air Force, Russia launched 147 drones overnight, "
                     "and air defence neutralised 121 of them.")
    assert sorted((a.missiles_launched or 0, a.drones_launched or 0, a.injured) for a in report.attacks) == [
        (0, 147, 1), (1, 0, 5)]


def test_a_sentence_of_a_later_day_dates_the_attack_it_names_by_that_attacks_date() -> None:
    report = extract("Russia launches 78 drones overnight\n\n"
                     "Russia launched 78 drones at Ukraine overnight on March 12, the air force said, and air defence "
                     "shot down 60 of them.\n\n"
                     "In Lviv, relatives on March 12 buried a mother and her three daughters who were killed during "
                     "the March 8 attack on the city. That morning, Russia launched 13 missiles across Ukraine, and "
                     "seven people were killed in Lviv.")
    assert sorted((a.drones_launched or 0, a.missiles_launched or 0, a.killed or 0) for a in report.attacks) == [
        (0, 13, 7), (78, 0, 0)]


def test_a_key_points_headings_date_is_the_pages_and_the_leads_strike_keeps_its_own() -> None:
    report = extract("Ukraine war latest: Poltava toll reaches 55\n\n"
                     "Key developments on Sept. 6:\n"
                     "- Death toll in Sept. 3 strike on Poltava rises to 55\n\n"
                     "The death toll from Russia's Sept. 3 ballistic missile strike on a military institute in Poltava "
                     "has risen to 55, the governor said. Russia hit the institute with two Iskander-M ballistic "
                     "missiles.\n\n"
                     "Overnight on Sept. 6, Russia launched 78 Shahed-type drones, the Air Force said. Air defense "
                     "shot down 60 drones.")
    assert sorted((a.drones_launched or 0, a.missiles_launched or 0, a.killed or 0) for a in report.attacks) == [
        (0, 2, 55), (78, 0, 0)]


def test_the_weekday_of_the_leads_dated_strike_under_a_stamp_with_its_weekday_is_that_strike() -> None:
    report = extract("Guided bomb on Znob-Novhorodske: second victim dies\n\n"
                     "Tuesday, 10 February 2026, 11:52\n\n"
                     "The number of people killed by a Russian guided aerial bomb that struck the village of "
                     "Znob-Novhorodske in Sumy Oblast on 9 February has risen to two. A 47-year-old man died in "
                     "hospital on the morning of 10 February.\n\n"
                     "A 74-year-old woman was killed on the spot on Monday. Five people were injured, the governor "
                     "said.")
    assert [(a.killed, a.injured) for a in report.attacks] == [(2, 5)]


def test_a_strike_before_dawn_the_day_before_a_mornings_barrage_is_another_attack() -> None:
    report = extract("Missiles at rush hour\n\n"
                     "Russia fired 84 cruise missiles at Ukrainian cities on the morning of 10 October, the General "
                     "Staff said. Air defence destroyed 43 of them. By the evening, police reported 14 people "
                     "killed.\n\n"
                     "Rescuers in Zaporizhzhia finished searching the apartment blocks hit before dawn on 9 October. "
                     "Twelve missiles struck the city that night; 13 people were killed.")
    assert sorted((a.missiles_launched, a.killed) for a in report.attacks) == [(12, 13), (84, 14)]


def test_what_the_place_is_between_commas_keeps_the_verb_with_its_weapons() -> None:
    report = extract("Russia hits a reservoir dam\n\n"
                     "Russia hit the Karachunivske reservoir dam in Kryvyi Rih, President Zelensky's home town, with "
                     "eight cruise missiles on Wednesday, causing the Inhulets river to burst its banks.")
    assert [a.missiles_launched for a in report.attacks] == [8]


def test_new_years_night_told_two_nights_on_is_another_attack() -> None:
    report = extract("Shahed raids continue into second night of 2023\n\n"
                     "Kyiv, January 2.\n\n"
                     "Ukrainian air defence destroyed 39 Shahed attack drones overnight, the Air Force said. Debris "
                     "injured a man in Kyiv.\n\n"
                     "It was the second consecutive night of drone attacks. On New Year's night, Ukrainian forces shot "
                     "down 45 Shaheds, the Air Force said.")
    assert sorted(a.drones_downed for a in report.attacks) == [39, 45]


def test_a_background_paragraph_on_the_night_with_its_date_after_a_days_strike_is_that_night() -> None:
    report = extract("Russian missile hits transport company in Kryvyi Rih: driver killed, eight injured\n\n"
                     "Russian forces struck Kryvyi Rih with a ballistic missile at around 14:30 on Tuesday 16 July, "
                     "hitting a transport company. A driver was killed and eight people were injured.\n\n"
                     "Background: Overnight on 16 July, Russia attacked Ukraine with 24 Shahed attack drones and one "
                     "Kh-59 guided missile. Air defence destroyed 21 drones, the Air Force said.")
    assert sorted((a.drones_launched or 0, a.missiles_launched, a.killed or 0) for a in report.attacks) == [
        (0, 1, 1), (24, 1, 0)]


def test_the_ministrys_count_for_a_window_of_the_morning_after_the_nights_is_another_wave() -> None:
    report = extract("Black Sea Fleet repels drone attack on Novorossiysk\n\n"
                     "Forces of the Black Sea Fleet repelled an overnight attack on Novorossiysk by Ukrainian drones, "
                     "the mayor said. \"Thirteen UAVs were destroyed,\" he wrote on Telegram.\n\n"
                     "Later in the morning, the Russian Defense Ministry said that between 07:30 and 11:00 Moscow time "
                     "its air defense systems had destroyed 11 Ukrainian UAVs over the Bryansk and Kursk regions.")
    assert sorted((a.attacker, a.drones_downed) for a in report.attacks) == [("ukraine", 11), ("ukraine", 13)]


def test_ukraines_atacms_of_another_weekday_told_by_russias_ministry_are_another_attack() -> None:
    report = extract("Russian missiles hit Odesa\n\n"
                     "A Russian missile attack on Odesa on Monday wounded 10 people, the governor said.\n\n"
                     "Russia's defence ministry said on Monday that Ukraine had fired eight ATACMS missiles at the "
                     "Khalino airfield near Kursk and that seven of them had been shot down.\n\n"
                     "On Saturday, the ministry said, Ukraine had fired five ATACMS at an S-400 position near the "
                     "village of Lotarevka in the Kursk region, three of which were shot down.")
    assert sorted((a.missiles_launched, a.missiles_downed) for a in report.attacks if a.attacker == "ukraine") == [
        (5, 3), (8, 7)]


def test_drones_added_past_a_part_of_the_missiles_and_drones_lost_by_a_term_a_side_uses() -> None:
    (attack,) = extract("Russia fires 94 missiles and 193 drones\n\n"
                        "Ukraine's Air Force said Russia fired 94 missiles and 193 drones at the country overnight. "
                        "It said 81 of the missiles were shot down, 11 of them by F-16 fighter jets, along with 80 "
                        "drones. Another 105 drones were \"lost\" in flight, a term Kyiv typically uses for drones "
                        "diverted by electronic jamming.").attacks
    assert (attack.missiles_downed, attack.drones_downed, attack.drones_suppressed) == (81, 80, 105)


def test_an_attack_eleven_days_after_a_recalled_one_is_its_own() -> None:
    report = extract("Strikes wiped out months of repairs\n\n"
                     "KYIV, Nov 29 (Reuters) - Two massive Russian air strikes this month have undone much of the "
                     "repair work at DTEK's plants, its chief said.\n\n"
                     "\"We rebuilt through the summer, and in two nights a large part of that was taken away again,\" "
                     "he said.\n\n"
                     "On Nov. 17, Russia fired 120 missiles and 90 drones at Ukraine's energy system, according to the "
                     "air force, and DTEK reported serious damage at its plants. That attack killed seven people "
                     "across the country, officials said. Eleven days later, on Thursday, Russia launched 91 missiles "
                     "and 97 drones. Air defences shot down 79 of the missiles and 35 of the drones, the air force "
                     "said.")
    assert sorted((a.missiles_launched, a.missiles_downed or 0, a.killed or 0) for a in report.attacks) == [
        (91, 79, 0), (120, 0, 7)]


def test_an_attack_as_recently_as_a_date_is_its_own() -> None:
    report = extract("Energy strikes go on\n\n"
                     "Ukraine's air force said Russia launched 145 drones overnight into Wednesday, of which 72 were "
                     "shot down. Energy has been a prime target all winter. As recently as 7 March, Russia fired 67 "
                     "missiles and 194 drones, many of them at gas production sites.")
    assert sorted((a.drones_launched, a.missiles_launched or 0) for a in report.attacks) == [(145, 0), (194, 67)]


def test_a_funeral_on_a_later_date_for_those_killed_days_earlier_tells_of_that_attack() -> None:
    report = extract("Village mourns victims of Friday's missile\n\n"
                     "KYIV, April 14 (Reuters) - Russia fired 40 missiles and 30 drones at Ukraine early on April 12, "
                     "the air force said.\n\n"
                     "Mourners in the Rivne region on April 14 buried four people killed when a missile hit their "
                     "homes during the attack two days earlier, the governor said.")
    assert [(a.missiles_launched, a.killed) for a in report.attacks] == [(40, 4)]


def test_a_toll_as_it_stood_on_a_later_date_is_the_attacks_toll() -> None:
    report = extract("Toll from Sunday's strike on Sumy rises\n\n"
                     "Russia struck the centre of Sumy with two ballistic missiles on Sunday 13 April, the regional "
                     "governor said. Air defences shot down neither of them.\n\n"
                     "The death toll stood at 35 on April 15, after two of the wounded died in hospital.")
    assert [(a.missiles_launched, a.killed) for a in report.attacks] == [(2, 35)]


def test_three_types_or_more_after_a_colon_far_from_the_count_they_add_up_to_are_its_parts() -> None:
    (attack,) = extract("Air force details overnight barrage\n\n"
                        "According to the air force, Russia launched 44 missiles of various kinds and twelve attack "
                        "drones at Ukraine in the early hours of Thursday: 20 Kh-101 cruise missiles, 16 Kalibr "
                        "cruise missiles and eight Iskander-M ballistic missiles.").attacks
    assert (attack.missiles_launched, attack.drones_launched) == (44, 12)


def test_a_short_overnight_paragraph_opener_counted_by_its_next_sentence_is_the_night_before() -> None:
    report = extract("Shelling of a ferry crossing kills two in Kherson region\n\n"
                     "Russian forces shelled a ferry crossing near Kherson on Saturday, killing two people and "
                     "wounding five, the regional governor said on Telegram.\n\n"
                     "Overnight, Russia attacked the south once more. The Air Force said the enemy launched three "
                     "Kalibr cruise missiles and 12 Shahed drones, and that all three missiles and nine of the drones "
                     "were destroyed over the Mykolaiv region.")
    assert sorted((a.drones_launched or 0, a.killed or 0) for a in report.attacks) == [(0, 2), (12, 0)]


def test_a_strike_that_followed_a_night_in_which_drones_were_launched_is_apart_from_that_night() -> None:
    report = extract("Missile strike on Chernihiv kills three\n\n"
                     "A Russian ballistic missile hit the centre of Chernihiv on Wednesday morning, killing three "
                     "people and injuring 14, the mayor said.\n\n"
                     "The morning strike followed a night in which Russia launched 64 Shahed drones at Ukraine. The "
                     "Air Force said 51 were shot down.")
    assert sorted((a.drones_launched or 0, a.drones_downed or 0, a.killed or 0) for a in report.attacks) == [
        (0, 0, 3), (64, 51, 0)]


def test_a_lead_of_ukraines_strike_and_russias_claim_that_turns_to_russias_strike_gives_each_its_own() -> None:
    report = extract("Refinery ablaze after drone raid\n\n"
                     "Ukraine's General Staff said its drones struck a refinery in the Ryazan region overnight, as "
                     "Russia claimed it had shot down 121 Ukrainian drones and Russian strikes killed two people in "
                     "Kharkiv.")
    assert sorted((a.attacker, a.drones_downed, a.killed) for a in report.attacks) == [
        ("russia", None, 2), ("ukraine", 121, None)]


def test_a_month_opening_the_clause_after_a_colon_recalls_an_earlier_attack() -> None:
    report = extract("Drones close Moscow airports\n\n"
                     "Russia's Defence Ministry said on Tuesday its air defences had shot down 96 Ukrainian drones, "
                     "31 of them over the Moscow region. It was not the first such night: in May, the ministry said "
                     "it had destroyed 230 drones in one night.")
    assert sorted(a.drones_downed for a in report.attacks) == [96, 230]


def test_a_helicopter_crash_and_the_toll_its_paragraph_goes_on_with_are_no_attack() -> None:
    report = extract("Drones downed over Kyiv region\n\n"
                     "Air defences destroyed all six drones Russia launched at the Kyiv region overnight, the governor "
                     "said.\n\n"
                     "On Tuesday a rescue helicopter crashed near a school in Irpin, killing nine people. Seventeen "
                     "people were injured, officials said.")
    assert [(a.drones_downed, a.killed, a.injured) for a in report.attacks] == [(6, None, None)]


def test_the_previous_night_told_with_no_attack_word_opens_that_nights_attack_for_its_paragraph() -> None:
    report = extract("Drones hit Chernihiv region two nights running\n\n"
                     "On the night of 12 May, drones damaged two houses in the Nizhyn community, injuring one man. "
                     "Nationwide, Russia launched 70 drones that night, the Air Force said.\n\n"
                     "The previous night, 10 to 11 May, was worse. Then a drone hit a school in Pryluky and three "
                     "people were injured. Across Ukraine, the enemy used 95 drones.")
    assert sorted((a.drones_launched, a.injured) for a in report.attacks) == [(70, 1), (95, 3)]


def test_a_regions_day_told_by_the_toll_its_attacks_took_there_is_its_own_attack() -> None:
    report = extract("Key events of the day\n\n"
                     "- Russia launched 88 drones at Ukraine overnight, the air force said, and 61 were shot down.\n"
                     "- Russian drone and artillery attacks killed two people and wounded nine in Ukraine's southern "
                     "Zaporizhzhia region over the past day, the regional governor said.")
    assert sorted((a.drones_launched or 0, a.killed or 0, a.injured or 0) for a in report.attacks) == [
        (0, 2, 9), (88, 0, 0)]


def test_a_source_line_and_the_details_after_a_bomb_lead_keep_its_toll_apart_from_the_night() -> None:
    report = extract("Guided bombs hit Kherson: one killed, seven injured\n\n"
                     "Russian forces dropped two guided aerial bombs on a district of Kherson on the afternoon of 4 "
                     "March.\n\n"
                     "Source: Kherson Oblast Military Administration\n\n"
                     "Details: The bombs struck at about 15:10. The first report spoke of four people injured; by the "
                     "evening, one man had died and seven people were injured.\n\n"
                     "Meanwhile, on the night of 3-4 March, Russia attacked Ukraine with 80 Shahed drones. Air defence "
                     "shot down 61 of them.")
    assert sorted((a.drones_launched or 0, a.killed or 0, a.injured or 0) for a in report.attacks) == [
        (0, 1, 7), (80, 0, 0)]


def test_a_key_events_item_of_the_night_after_the_days_strike_the_first_item_told_is_its_own() -> None:
    report = extract("Russia-Ukraine war: key events\n\n"
                     "Here is the situation on Thursday, April 9:\n\n"
                     "- A Russian ballistic missile struck a school in the city of Poltava on Wednesday, killing two "
                     "people and injuring 11, the governor said.\n"
                     "- Ukraine's air force said Russia launched 104 drones at Ukraine overnight. Air defences shot "
                     "down 80 of them.")
    assert sorted((a.drones_launched or 0, a.killed or 0) for a in report.attacks) == [(0, 2), (104, 0)]


def test_the_deadliest_since_a_month_when_a_strike_killed_so_many_recalls_that_strike() -> None:
    report = extract("Death toll in Kharkiv bomb strike rises to seven\n\n"
                     "The number of people killed when Russian guided bombs hit Kharkiv on Sunday has risen to seven, "
                     "officials said.\n\n"
                     "Sunday's strike was the deadliest on the city since August, when a guided bomb hit an apartment "
                     "block and killed 11 people.")
    assert sorted(a.killed for a in report.attacks) == [7, 11]


def test_overnight_after_a_recalled_strike_and_a_days_strike_is_the_night_before() -> None:
    report = extract("Missiles kill two in Pokrovsk\n\n"
                     "Russian missiles struck a residential area of Pokrovsk on Tuesday evening, killing two people, "
                     "the governor said.\n\n"
                     "On Aug. 14, a Russian missile hit a market in the town, killing nine people in one of the "
                     "deadliest attacks on civilians this year.\n\n"
                     "Overnight, Russia launched 40 Shahed drones at Ukraine, the air force said. Air defenses "
                     "destroyed 33 of them.")
    assert sorted((a.drones_launched or 0, a.killed or 0) for a in report.attacks) == [(0, 2), (0, 9), (40, 0)]


def test_meanwhile_on_the_night_of_opening_a_paragraph_after_a_towns_strike_is_the_countrys_night() -> None:
    report = extract("S-300 missiles hit Kramatorsk; 30 of 35 Shaheds downed\n\n"
                     "Russian forces struck Kramatorsk with two S-300 missiles early on 9 June, injuring three people "
                     "and damaging a school.\n\n"
                     "Source: Donetsk Oblast Military Administration\n\n"
                     "Meanwhile, on the night of 8-9 June, Russia attacked Ukraine with 35 Shahed drones. The Air "
                     "Force said 30 of them were destroyed over the Kyiv and Sumy oblasts.")
    assert sorted((a.missiles_launched or 0, a.drones_launched or 0, a.drones_downed or 0, a.injured or 0)
                  for a in report.attacks) == [(0, 35, 30, 0), (2, 0, 0, 3)]


def test_overnight_after_key_points_and_a_body_lead_of_a_mornings_strike_is_the_night_before() -> None:
    report = extract("Ukraine war latest: missiles hit Selydove, injuring 5; Air Force downs 12 Shaheds\n\n"
                     "Key developments on Feb. 3:\n\n"
                     "- Russian missile strike on Selydove injures five\n"
                     "- Air Force shoots down 12 of 16 Shahed drones launched overnight\n\n"
                     "Russian forces struck Selydove with two S-300 missiles on the morning of Feb. 3, injuring five "
                     "people, the governor said.\n\n"
                     "Overnight, Russia launched 16 Shahed drones, the Air Force said. Air defense destroyed 12 of "
                     "them over the Poltava and Sumy oblasts.")
    assert sorted((a.missiles_launched or 0, a.drones_launched or 0, a.injured or 0) for a in report.attacks) == [
        (0, 16, 0), (2, 0, 5)]


def test_drones_also_launched_in_the_body_are_not_added_to_the_titles_count_of_them() -> None:
    (attack,) = extract("Russia Launches 30 Missiles, 48 Drones at Energy Grid – Updates\n\n"
                        "Russia struck energy facilities in the west overnight, officials said.\n\n"
                        "According to the Air Force, Russia launched 30 missiles. It also launched 48 Shahed-type "
                        "attack drones.").attacks
    assert (attack.missiles_launched, attack.drones_launched) == (30, 48)


def test_missiles_named_by_a_plural_of_two_designations_end_their_sentence_and_are_counted() -> None:
    (attack,) = extract("Energy strike\n\n"
                        "Russia launched 30 missiles and 48 drones overnight. Air defences shot down 12 Kh-101s, 8 "
                        "Kalibrs and all four Kh-59/69s. Of the drones, 40 were destroyed, the Air Force said.").attacks
    assert (attack.missiles_downed, attack.drones_downed) == (24, 40)


def test_a_fate_of_the_drones_after_a_breakdown_of_the_missiles_is_the_drones() -> None:
    (attack,) = extract("Drones and missiles hit Odesa\n\n"
                        "The air force said Russia had launched 40 drones and five missiles - three Iskander-M "
                        "ballistic missiles and two Kh-59 guided missiles - and that air defences had destroyed 33 of "
                        "the drones and both of the Kh-59s.").attacks
    assert (attack.drones_downed, attack.missiles_downed) == (33, 2)


def test_an_attack_this_week_told_by_its_weekday_is_that_days_not_a_weeks_tally() -> None:
    report = extract("Drone attack sparks fire at Russian oil depot; Russia strikes Zaporizhzhia\n\n"
                     "A Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region overnight, the "
                     "governor said on Thursday.\n\n"
                     "Russia's defence ministry said its air defences had destroyed 31 Ukrainian drones overnight.\n\n"
                     "Russia this week carried out one of its heaviest air attacks of the war, firing 90 missiles "
                     "and 120 drones at Ukraine on Monday and killing at least five people.")
    assert sorted((a.attacker, a.drones_launched, a.missiles_launched, a.killed) for a in report.attacks) == [
        ("russia", 120, 90, 5), ("ukraine", None, None, None)]


def test_an_attack_compared_with_the_one_on_an_earlier_night_when_so_many_were_counted_is_apart() -> None:
    report = extract("Air force releases overnight figures\n\n"
                     "Drones hit two apartment blocks in Kharkiv, the mayor said. Nine people were injured.\n\n"
                     "The air force says Russia launched 150 drones and five missiles overnight. Air defences downed "
                     "120 drones, it says. It was a smaller attack than the one on Friday night, when the air force "
                     "counted 400 drones and 18 missiles.")
    assert sorted((a.drones_launched, a.missiles_launched) for a in report.attacks) == [(150, 5), (400, 18)]


def test_a_day_that_followed_a_night_of_drones_tells_that_night_apart() -> None:
    report = extract("Missile strike on Poltava at noon\n\n"
                     "Russia struck Poltava with two ballistic missiles at noon on Friday, killing four people and "
                     "injuring 30, the governor said.\n\n"
                     "The day followed a night of drones. According to the Air Force, Russia launched 73 attack "
                     "drones at Ukraine overnight, of which 58 were shot down.")
    assert sorted((a.drones_launched or 0, a.killed or 0) for a in report.attacks) == [(0, 4), (73, 0)]


def test_the_fates_of_the_drones_said_after_a_recalled_attack_are_that_attacks() -> None:
    report = extract("Drones hit plant in Tatarstan\n\n"
                     "Ukrainian drones struck a plant in Tatarstan overnight, local authorities said.\n\n"
                     "The attack came a week after Russia launched 400 drones and 15 missiles at Ukraine, then the "
                     "largest barrage of the war. Ukraine's air force said 370 of the drones and 11 of the missiles "
                     "were intercepted.\n\n"
                     "Overnight, Russia launched 60 drones at Ukraine, of which 45 were downed.")
    assert sorted((a.drones_launched, a.drones_downed) for a in report.attacks if a.attacker == "russia") == [
        (60, 45), (400, 370)]


def test_sirens_again_shortly_after_midday_before_another_waves_count_is_the_days_wave() -> None:
    report = extract("Russia sends 200 drones overnight, then a daytime wave hits Chernihiv\n\n"
                     "Russia attacked Ukraine overnight with 200 drones and 12 missiles, the air force said. In total, "
                     "170 drones and nine missiles were shot down.\n\n"
                     "Shortly after midday, sirens sounded again in the Chernihiv region. The air force said another "
                     "25 drones had been launched, 19 of which were destroyed. Two people were injured in the city.")
    assert sorted((a.drones_launched, a.drones_downed, a.injured) for a in report.attacks) == [
        (25, 19, 2), (200, 170, None)]


def test_another_wave_of_drones_since_a_morning_hour_after_the_nights_is_the_days() -> None:
    report = extract("Enemy attacked with 120 drones overnight; new wave in daytime\n\n"
                     "Overnight, the enemy attacked with 120 Shahed attack UAVs, the Air Force said. As of 09:00, 95 "
                     "had been shot down.\n\n"
                     "The attack continued in the daytime. Since 10:00, the enemy has launched another 18 attack "
                     "drones from the north, and as of 15:00 twelve of them had been destroyed.")
    assert sorted((a.drones_launched, a.drones_downed) for a in report.attacks) == [(18, 12), (120, 95)]


def test_a_day_remembered_by_its_date_and_what_then_came_is_that_days_attack() -> None:
    report = extract("Night with Kh-101 over Zhytomyr region\n\n"
                     "At night the enemy attacked the Zhytomyr region with cruise missiles. Air defence destroyed "
                     "three Kh-101 cruise missiles over the region, the governor said.\n\n"
                     "For the city, every night of missiles brings back the memories of March 1, 2022. Then two "
                     "bombs hit a residential district. 10 people were killed.")
    assert sorted((a.missiles_downed or 0, a.killed or 0) for a in report.attacks) == [(0, 10), (3, 0)]


def test_then_with_the_counts_after_a_recalled_largest_attack_goes_on_with_it() -> None:
    report = extract("Lviv region: nine Shaheds destroyed at night\n\n"
                     "Last night the air defence destroyed nine attack drones over the Lviv region, the governor "
                     "said. Across the country, the Russians attacked with 40 drones, the Air Force reports.\n\n"
                     "The Lviv region felt the largest attack on the energy system on March 7. Then Russia launched "
                     "at Ukraine 67 missiles and 194 drones.")
    assert sorted((a.drones_launched, a.missiles_launched) for a in report.attacks) == [(40, None), (194, 67)]


def test_a_campaign_intensified_since_a_day_when_so_much_was_launched_recalls_that_days_attack() -> None:
    report = extract("Russian missile wounds four in Dnipro as Moscow says drones targeted Crimea\n\n"
                     "KYIV, Feb 3 (Reuters) - A Russian missile struck a warehouse in Dnipro on Monday evening, "
                     "wounding four people, officials said.\n\n"
                     "Russia's defence ministry said its air defences destroyed 12 Ukrainian drones over Crimea "
                     "overnight.\n\n"
                     "Ukraine has stepped up attacks on Crimea in recent weeks, while Russia has intensified its air "
                     "campaign since Jan. 8, when it launched 90 missiles and 40 drones. At least 20 people were "
                     "killed in that attack.")
    assert sorted((a.attacker, a.missiles_launched or 0, a.killed or 0, a.injured or 0) for a in report.attacks) == [
        ("russia", 1, 0, 4), ("russia", 90, 20, 0), ("ukraine", 0, 0, 0)]


def test_the_largest_attack_before_the_reports_date_took_place_on_its_own_date() -> None:
    report = extract("Viral posts falsely claim all drones were downed\n\n"
                     "The air force's statement, published on Telegram on May 9, says Russia attacked with 300 drones "
                     "and eight missiles. It says 250 drones were shot down.\n\n"
                     "The largest attack before May 9 took place on the night of April 20-21, when the air force said "
                     "Russia fired 410 drones and 40 missiles.")
    assert sorted((a.drones_launched, a.missiles_launched) for a in report.attacks) == [(300, 8), (410, 40)]


def test_the_night_before_told_short_with_its_counts_next_goes_on_to_them() -> None:
    report = extract("Two nights in a row over Poltava region\n\n"
                     "During the night, five attack drones were destroyed over the oblast, the governor wrote. A man "
                     "was injured.\n\n"
                     "The night before, the enemy used missiles. On the night of May 3, the Russians launched two "
                     "Kh-59 guided missiles at the oblast. One of them was destroyed by air defence.")
    assert sorted((a.drones_downed or 0, a.missiles_launched or 0, a.injured or 0) for a in report.attacks) == [
        (0, 2, 0), (5, 0, 1)]


def test_a_timelines_entries_each_opening_on_a_date_with_its_year_are_attacks_of_their_own() -> None:
    report = extract("Two years of drone strikes on a Baltic port\n\n"
                     "For most of the war, the port seemed out of reach. That has changed.\n\n"
                     "Below is a timeline of the main attacks.\n\n"
                     "March 5, 2024. The first strike. The governor says three drones were shot down over the "
                     "Kingisepp district.\n\n"
                     "May 9, 2025. The port again. The governor reports 12 drones downed near Ust-Luga.")
    assert sorted((a.attacker, a.drones_downed) for a in report.attacks) == [("ukraine", 3), ("ukraine", 12)]


def test_a_months_toll_in_missile_strikes_told_with_its_month_and_year_is_a_tally() -> None:
    report = extract("Case over missile strikes on Zaporizhzhia goes to court\n\n"
                     "Prosecutors have sent the case to court. On 6 October 2022, seven S-300 missiles hit residential "
                     "buildings in the city, killing 19 people.\n\n"
                     "In October 2022, 68 civilians were killed in missile strikes on Zaporizhzhia, according to the "
                     "city council.")
    assert [a.killed for a in report.attacks] == [19]


def test_the_missiles_comprising_kinds_that_add_up_to_their_count_are_its_breakdown() -> None:
    (attack,) = extract("598 drones and 31 missiles, air force says\n\n"
                        "Russia launched 598 drones and 31 missiles overnight, Ukraine's air force said, the missiles "
                        "comprising 29 Kh-101 cruise missiles and two Kinzhal ballistic missiles.").attacks
    assert attack.missiles_launched == 31


def test_the_deadliest_attack_on_a_date_with_its_year_when_missiles_hit_is_its_own() -> None:
    report = extract("Museum damaged in drone strike on Chernihiv\n\n"
                     "Of all the places hit, the museum is the most painful. It lost its windows on the night of 2 "
                     "May, when Russian drones struck the centre of the city.\n\n"
                     "Drones hit a residential area near the museum, the regional administration said. Two people "
                     "were killed. Russia had sent 120 drones across the country, the Air Force said.\n\n"
                     "Chernihiv has been struck repeatedly. The deadliest attack came on 17 April 2024, when three "
                     "missiles hit the city centre, killing 18 people.")
    assert sorted((a.drones_launched or 0, a.missiles_launched or 0, a.killed) for a in report.attacks) == [
        (0, 3, 18), (120, 0, 2)]


def test_the_same_morning_after_an_evenings_strike_is_another_attack_of_that_day() -> None:
    report = extract("Double strike on Selydove\n\n"
                     "Sunday, 9 March 2025, 14:02\n\n"
                     "On the evening of 7 March, Russian forces struck the centre of Selydove with two ballistic "
                     "missiles. The toll rose on Sunday to six dead.\n\n"
                     "The same morning, Russia had carried out a massive attack on Ukraine's gas production. "
                     "According to the Air Force, it launched 58 missiles and 140 drones.")
    assert sorted((a.missiles_launched, a.killed or 0) for a in report.attacks) == [(2, 6), (58, 0)]


def test_a_share_of_the_dead_told_of_a_whole_is_not_added_to_it() -> None:
    (attack,) = extract("Prosecutors: 12 of the 17 victims of the March 4 attack died in one building\n\n"
                        "Russia launched 90 drones at the city that night, the air force said.").attacks
    assert attack.killed == 17


def test_a_glide_bomb_dropped_from_a_jet_over_russian_territory_is_no_ukrainian_attack() -> None:
    (attack,) = extract("Kharkiv's long June\n\n"
                        "A missile fired from Belgorod reaches the city in under a minute; a glide bomb dropped from a "
                        "Su-34 over Russian territory arrives before most phones have buzzed. Terekhov said the city "
                        "had been hit by 30 drones and two missiles. Two people were killed.").attacks
    assert (attack.attacker, attack.drones_launched, attack.killed) == ("russia", 30, 2)


def test_the_largest_since_the_invasion_began_in_a_month_is_no_months_tally() -> None:
    (attack,) = extract("Russia ends the year with its heaviest air raid yet\n\n"
                        "By the time the all-clear came, Russia had fired 110 missiles and 40 drones at Ukraine, the "
                        "largest single onslaught since the full-scale invasion began in February 2022.").attacks
    assert (attack.missiles_launched, attack.drones_launched) == (110, 40)


def test_on_the_night_of_a_date_after_the_second_attack_in_a_row_is_the_night_before() -> None:
    report = extract("Trains rerouted after second night of massive attack\n\n"
                     "Russia launched 300 drones and 60 missiles at Ukraine overnight into Sunday, May 11, the air "
                     "force said. At least nine people were killed.\n\n"
                     "It was the second massive attack in a row. On the night of May 10, Russia launched 200 attack "
                     "drones and 12 ballistic missiles, mainly at Kyiv.")
    assert sorted((a.drones_launched, a.missiles_launched) for a in report.attacks) == [(200, 12), (300, 60)]
