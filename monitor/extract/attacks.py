"""Segmenting a report's sentences into attacks: who attacked, and which sentences tell of another attack.

A Russian defence ministry claim of Ukrainian drones is Ukraine's attack; an earlier record night,
a separate guided-bomb raid or another day's strikes are attacks of their own.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from monitor.extract.fastre import any_of, ascii_twin, ci, matches_at, plain_ascii
from monitor.extract.gazetteer import PlaceMention
from monitor.extract.numbers import parse_number
from monitor.extract.patterns import HURT_WORDS, STRIKE_TOLD_AFTER
from monitor.extract.places import (
    _is_launch_area,
    is_dateline,
    is_metonym,
    is_neighbour,
    is_street,
    may_name_launch_area,
    on_the_route,
)
from monitor.extract.recache import compiled
from monitor.extract.sentences import BULLET_CLASS, BULLETS, Sentence
from monitor.extract.timewords import _MONTH, _ON_RE, DATE_WORDS

_A = r"['’]"
_UKR_RE = ci(rf"\bUkrainian\s+(?:(?!air\b|defen)[\w\-]+\s+){{0,2}}?(?:and\s+[\w\-]+\s+)?(?:drones?|UAVs?|unmanned|"
    rf"fixed-wing|formations|drone\s+(?:attacks?|strikes?))\b"
    rf"|\bUkrainian\s+(?:(?!air\b|defen|anti|s-300)[\w\-]+\s+)?(?:missiles?|rockets?|munitions|shells)\b"
    rf"(?!\s+(?:defen|shields?|systems?|units?|"
    rf"crews?|forces|troops|programme|program|production|makers?|industry))"
    rf"|\bUkrainian\s+(?:attack|strike)s?\s+on\b|\bUkrainian\s+shelling\s+(?:of|on)\b"
    # (and what it is accused of: "officials there said, accusing Ukrainian forces of firing 155mm shells")
    rf"|(?:(?<=accused\s)|(?<=accuses\s)|(?<=accusing\s))Ukrainian\s+(?:armed\s+forces|forces|troops|military|army)\s+"
    rf"of\s+(?:firing|shelling|attacking|striking|launching|targeting|hitting)\b"
    # (and who is blamed for a strike: "according to the Russian-installed authorities, who blamed Ukrainian forces")
    rf"|(?:(?<=blamed\s)|(?<=blaming\s)|(?<=blame\s))Ukrainian\s+(?:armed\s+forces|forces|troops|military|army|"
    rf"shelling)\b"
    # (and its aircraft over the border: "two Ukrainian military helicopters ... fired on residential buildings")
    rf"|\bUkrainian\s+(?:military\s+|army\s+|air\s+force\s+)?(?:helicopters|attack\s+helicopters)\b"
    # (and what it did, told by the other side: "said Ukrainian shelling had killed five civilians")
    rf"|\bUkrainian\s+shelling\s+(?:had\s+|has\s+)?(?:killed|wounded|injured|hit|damaged)\b"
    # (and its guns, told by an outlet of the occupied land: "Ukrainian artillery shelled the Kuibyshevsky district")
    rf"|\bUkrainian\s+artillery\s+(?:had\s+|has\s+)?(?:shelled|struck|hit|fired\s+on)\b"
    rf"|\b(?:Russia{_A}s|Russian)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|MoD|air\s+defen[cs]es?|"
    rf"air\s+defen[cs]e\s+(?:systems|units|forces|crews))\b"
    # (not the ministry's silence: "Russia's defence ministry did not comment on the attack")
    rf"(?!\s+(?:did\s+not|didn{_A}t|has\s+not|hasn{_A}t|had\s+not|declined\s+to|made\s+no|had\s+no|gave\s+no)"
    rf"(?:\s+immediately)?\s+(?:comment|respond|reply))"
    rf"|\bMinistry\s+of\s+Defen[cs]e\s+of\s+the\s+Russian\s+Federation|\bMoD\b|\bon-duty\s+air\s+defen[cs]e"
    rf"|\b(?:Sobyanin|Moscow\s+[Mm]ayor|Gladkov|Khinshtein|Starovoit|Bogomaz|Rusich|(?:Kiev|Kyiv)\s+regime|"
    # (and the other governors and installed heads whose posts tell of Ukraine's attacks)
    rf"Aksyonov|Razvozhayev|Gusev|Golubev|Slyusar|Kondratyev|Artamonov|Pushilin|Saldo|Balitsky|Pasechnik|Vorobyov|"
    rf"Drozdenko|Khabirov|Minnikhanov|Brechalov|Nikitin|Busargin|Fedorishchev|Klychkov|Bocharov|Babushkin|Milyaev|"
    rf"Anokhin|Vedernikov)\b"
    # "the SBU and the Defence Forces had used more than 60 drones"
    rf"|\b(?:SBU|Security\s+Service\s+of\s+Ukraine)\b(?:\s+and\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?[\w\-]+)?\s+"
    rf"(?:had\s+|has\s+|have\s+)?(?:used|launched|struck|hit|attacked|targeted|carried\s+out)\b"
    # "Moscow blamed Kyiv for a drone attack on a fuel depot", "accused Ukraine of attacking"
    rf"|(?:(?<=accused\s)|(?<=accuses\s)|(?<=accusing\s)|(?<=blamed\s)|(?<=blames\s)|(?<=blaming\s))"
    rf"(?:Kyiv|Kiev|Ukraine)\s+(?:of|for)\s+(?:(?:a|an|the|its|this|overnight|massive|new|drone|missile|rocket)\s+)*"
    rf"(?:attacks?|strikes?|shelling|attacking|striking|targeting|shelling)\b"
    # "Kiev has repeatedly used them against targets in the LPR"
    rf"|\b(?:Kyiv|Kiev)\s+(?:has|had|have)\s+(?:repeatedly\s+|previously\s+|already\s+|also\s+)?"
    rf"(?:used|launched|fired|struck|attacked|targeted|shelled)\b"
    rf"|\b(?:Kyiv|Kiev|Ukraine)(?:{_A}s)?\s+(?:forces|armed\s+forces|military|army|drones?|troops)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:launched|struck|hit|attacked|targeted|fired|sent)"
    rf"|\b(?:armed\s+forces|army)\s+of\s+Ukraine\s+(?:\w+\s+)?(?:(?:attempted|tried|continued?|continues)\s+to\s+)?"
    rf"(?:targeted|struck|hit|attacked|launched|shelled|fired|attack|strike)\b"
    rf"|\bUkrainian\s+(?:armed\s+forces|forces|troops|military|army)\s+(?:\w+\s+)?(?:targeted|struck|hit|attacked|"
    rf"launched|shelled|fired|bombarded|sent|used\s+(?:\d[\d,]*|[a-z]+ty(?:-[a-z]+)?|\w+teen)\s+(?:[\w\-]+\s+)?"
    rf"(?:drones|UAVs|missiles|rockets))"
    # (or the doer of a strike told in the passive: "As a result of a terrorist attack by the Armed Forces of Ukraine")
    rf"|(?<=by\sthe\s)(?:armed\s+forces|army)\s+of\s+Ukraine\b|(?<=by\s)Ukrainian\s+(?:armed\s+forces|forces|troops|"
    rf"military|army)\b"
    # "Ukraine's General Staff said its forces had hit an ammunition depot"
    rf"|\bUkraine{_A}s\s+(?:General\s+Staff|armed\s+forces|military|navy|(?:[\w\-]+\s+){{0,2}}?command)\s+"
    rf"(?:said|says|reported|claimed|confirmed)\s+(?:that\s+)?(?:its|Ukrainian)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:had\s+|have\s+|has\s+)?(?:struck|hit|attacked|targeted)\b"
    rf"|\bUkraine{_A}s\s+(?:(?:largest|biggest|latest|new|massive|major|overnight|long-range|record|first|"
    rf"unprecedented|deadliest)\s+){{0,2}}(?:drone\s+|missile\s+)?(?:attack|strike|assault)s?\s+on\b"
    rf"|\bUkraine\s+(?:(?:says|said|claims|claimed)\s+(?:that\s+)?it\s+)?(?:has\s+|had\s+)?"
    rf"(?:struck|hit|attacked|targeted|launched)\s+(?:\w+\s+){{0,5}}?"
    rf"(?:Russia|Russian|refiner|oil|Crimea|Moscow)"
    rf"|(?<!sanctions\s)(?<!embargo\s)(?<!ban\s)(?<!cap\s)(?<!tariffs\s)(?<!duties\s)(?<!dependence\s)"
    rf"\b(?:on|against|inside|into|(?<!back\s)towards?|deep\s+in(?:side|to)?)\s+(?:Russian\s+(?:territory|targets|regions|soil|"
    rf"refiner\w*|oil|cities|airfields?|border\s+regions)|Russia)\b"
    # (and the occupation's claim of drones downed: "occupiers claim seven drones downed over Crimea")
    rf"|\boccupiers\s+(?:claim|claimed|say|said|report|reported)\b[^.;]{{0,40}}?\b(?:drones?|UAVs|missiles?)\b"
    # "Western Russian regions report drone attacks; one killed in Sevsk"
    rf"|\bRussian\s+(?:border\s+)?(?:regions?|cities|towns)\s+(?:report(?:s|ed)?|c[oa]me\s+under)\b"
    # (but not Russia's own aircraft there: "a glide bomb dropped from a Su-34 over Russian territory")
    rf"|(?<!su-34\s)(?<!su-35\s)(?<!su-25\s)(?<!su-24\s)(?<!aircraft\s)(?<!bombers\s)(?<!jets\s)(?<!planes\s)"
    rf"\bover\s+(?:Russian\s+territory|its\s+territory|the\s+country{_A}s\s+regions|"
    rf"(?:(?:several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?Russian\s+regions)")
_UKR_MATCH = _UKR_RE.lowered.match
#: Missiles, rockets and bombs only Ukraine fires (Western and Ukrainian makes): a Russian tally of them
#: shot down is a Ukrainian attack ("shot down three Storm Shadow cruise missiles, six HIMARS rockets").
_UKR_WEAPONS_RE = ci(r"\b(?:Storm\s+Shadow|SCALP(?:-EG)?|HIMARS|ATACMS|JDAM(?:-ER)?|GLSDB|Neptune|Flamingo)s?\s+"
                     r"(?:(?:cruise|guided|aerial|air|ballistic|tactical|long-range)\s+)*(?:missiles?|rockets?|bombs?)\b")
_UKR_WEAPON_KEYS = any_of("shadow", "scalp", "himars", "atacms", "jdam", "glsdb", "neptune", "flamingo")
#: Every alternative holds "ministry", which the few sentences it reads are first looked through for.
_UKR_WEAK_RE = ci(r"\b(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|the\s+ministry)\b")
#: Russians hurt, whom a sentence after one of Ukraine's attack counts as its victims.
_RUSSIAN_PEOPLE = (r"Russian\s+(?:[\w\-]+\s+){0,2}?(?:people|civilians?|residents?|servicem[ae]n|soldiers?|staff|"
                   r"personnel|workers?|employees?|citizens?)\b")
_RUSSIAN_HURT_RE = ci(rf"\b{_RUSSIAN_PEOPLE}[^.;]*?\b(?:killed|died|injured|wounded|hurt)\b|"
                      rf"\b(?:killed|injured|wounded|hurt)\s+(?:[\w\-]+\s+){{0,3}}?{_RUSSIAN_PEOPLE}")
#: The makes of missiles and drones only Russia fires: a sentence naming one tells of Russia's strike, even as Russia's
#: defence ministry tells it ("it had struck a meeting of Ukrainian commanders with two Iskander-M missiles").
_RUS_WEAPON_NAMES = ("iskander", "kinzhal", "kalibr", "zircon", "oreshnik", "kh-", "kn-23", "geran", "gerbera")
_RUS_RE = ci(rf"\bRussian\s+(?:[\w\-]+\s+){{0,2}}?(?:drones?|missiles?|bombs|attacks?|strikes?|forces|troops|assault|"
    rf"barrage|bombardment|shelling|UAVs|Shaheds|rockets?|artillery)\b"
    rf"|\bRussia(?:ns)?\s+(?:\w+\s+){{0,2}}?(?:launched|fired|attacked|struck|hit|sent|pounded|targeted|unleashed|"
    # (the nouns after what was reported are none: "northwestern Russia reported drone attacks")
    rf"deployed|used|carried\s+out|launches|(?<!drone\s)(?<!missile\s)attacks|pounds|(?<!drone\s)(?<!missile\s)strikes|"
    rf"bombarded|fires|sends|hits|targets|unleashes|"
    rf"bombards|pummels|pummell?ed|hammers|hammered|batters|battered|hurls|hurled|throws|threw)\b"
    rf"|\bUkraine{_A}s\s+(?:air\s+force|air\s+defen[cs]es?|military(?!\s+intelligence)|"
    # (not the side that attacked: "Ukraine's armed forces attacked 19 settlements")
    rf"armed\s+forces(?!\s+(?:\w+\s+)?(?:attacked|struck|hit|targeted|launched|shelled|fired)\b))|"
    # "Ukraine says it faced 112 drones": the drones Russia sent
    rf"\bUkraine\s+(?:says|said)\s+it\s+(?:had\s+)?faced\b|"
    rf"\bUkrainian\s+(?:air\s+force|air\s+defen[cs]es?|military(?!\s+intelligence|\s+(?:\w+\s+)?(?:targeted|struck|hit|"
    rf"attacked|launched|shelled|fired|bombarded)|\s+(?:helicopters?|aircraft|jets?|planes?))|officials|authorities)\b|"
    # (not where they are made: "the Alabuga zone, where Shahed-type drones are assembled")
    rf"\bShaheds?\b(?![^.;]{{0,24}}?\b(?:are|were|is)\s+(?:assembled|produced|made|built|manufactured))|"
    rf"\bAir\s+Force\b|\bthe\s+enemy\b|\bon\s+Ukraine\b|"
    # (the drones Iran made for Russia: "Iranian drones kill two rescuers in Ukraine")
    rf"\bIranian(?:-made|\s+made)?\s+(?:[\w\-]+\s+)?(?:drones?|UAVs|Shaheds?)\b|"
    rf"\b(?:{'|'.join(_RUS_WEAPON_NAMES)})")
_RUS_MATCH = _RUS_RE.lowered.match
_WEAPONISH_RE = ci(r"\b(?:drones?|UAVs?|unmanned|shot\s+down|downed|destroyed|intercepted)\b")
_EXCLUDE_RE = ci(r"^\s*(?:\[(?=Photo|Image|Picture|Caption))?"
    r"(?:Photo|Photos|Image|Pictured|Picture|File\s+photo|Caption|Read\s+more|Read\s+also|Also\s+read|"
    r"Related|READ\s+MORE|Video|Watch|Advertisement|Subscribe|Follow\s+us|Source\s+link|Tags?)\b\s*[:|\-–]?",
)
#: How a sentence must start (lower case, white space and a bracket stripped: "[Image caption: ...]") for _EXCLUDE_RE to
#: match it.
_EXCLUDE_STARTS = ("photo", "image", "picture", "file", "caption", "read", "also", "related", "video", "watch",
                   "advertisement", "subscribe", "follow", "source", "tag")
#: An editor's note on what an update changed, whose figures the story tells as they now stand: "(Updates death toll
#: to five in paragraph 1)", "An earlier version of this story said three people had been killed."
_EDITORS_NOTE_RE = ci(r"^\s*(?:\((?:Updates|Adds|Recasts|Corrects|Rewrites|Changes|Refiles|Writes\s+through|Fixes)\b|"
                      # (a live blog's entry may open with its time and a label: "11:30 GMT: A correction: an ...")
                      r"(?:\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\s*)?[:\-–—]\s*)?(?:(?:A\s+)?Correction\s*:\s*)?"
                      r"An\s+earlier\s+version\s+of\s+this\s+(?:story|article|report|item|blog|live\s+blog|post|page)\b)")
#: What a sentence must hold for _EDITORS_NOTE_RE to match it: an opening bracket, or the words of its second form.
_EDITORS_NOTE_HOLDS = "earlier version of this"
#: A claim a fact-check refutes: "social media posts claimed that Russia had launched "over 1,000 drones"", "The claim
#: of "over 1,000 drones" is therefore false". Its counts are no one's figures.
_REFUTED_CLAIM_RE = ci(r"\bclaim(?:s|ed|ing)?\b(?=.*?\b(?:false|fake|untrue|misleading|debunked|not\s+true|baseless)\b)"
                       r"|"
                       r"\b(?:(?:social\s+media|viral|online)\s+(?:posts?|users?|channels?|accounts?)|"
                       r"(?:posts?|users?|channels?|accounts?)\s+(?:on|in)\s+social\s+media)\s+"
                       r"(?:[\w\-]+\s+){0,3}?claim(?:s|ed)?\b|"
                       # (or posts told by how far they went: "Posts shared thousands of times on X ... claim that")
                       r"\bposts?\s+(?:shared|circulating|spread|spreading|viewed|widely\s+shared)\b[^.;]{0,80}?"
                       r"\bclaim(?:s|ed)?\b|"
                       # a fact-check's label of the claim it checks, and a figure it finds in no statement: "Claim:
                       # Russian missiles killed 200 soldiers", "The figure of 200 dead does not appear in any ..."
                       r"^\s*claim\s*:|\b(?:figure|number|claim|toll)\s+of\s+[^.;]{1,40}?\s+(?:does|did)\s+not\s+"
                       r"appear\b")
#: An attack another one answered, which came before it: "in response to a Ukrainian attack on an airfield".
_IN_RESPONSE_RE = ci(r"\bin\s+(?:response|retaliation)\s+(?:to|for)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?"
                     r"(?:attacks?|strikes?|raids?)\b")
#: The first words of a question a fact-check asks of a count ("Did Russia launch 1,000 drones?"), which tells none.
_YES_NO_STARTS = ("did ", "does ", "do ", "was ", "were ", "is ", "are ", "has ", "have ", "had ", "can ", "could ")
#: A photo's credit in brackets ("(Roman Pilipey/AFP via Getty Images)", "(AP Photo/Efrem Lukatsky)"): the sentence
#: is a caption, which may show another day's attack or a file photo, so it tells of none.
_CAPTION_RE = ci(r"\([^()]{0,80}?(?:via\s+Getty|Getty\s+Images|/\s*AFP\b|AFP\s*/|/\s*Reuters\b|AP\s+Photo|"
                 r"Photo\s*:|Photo\s+by|/\s*Anadolu|/\s*Ukrinform|Global\s+Images|/\s*EPA\b|EPA-EFE)[^()]{0,80}\)")
_CAPTION_KEYS = any_of("getty", "afp", "reuters", "ap photo", "photo", "anadolu", "ukrinform", "global images", "epa")
#: A bomb set off on the ground: its blast is no attack from the air ("a truck bomb ripped through the bridge").
_GROUND_BOMB_RE = ci(r"\b(?:truck|car|lorry|van)[-\s]bombs?\b")
#: A paragraph's opening on the night, told as another story's (lower case): "Meanwhile, on the night of 3-4 May, ".
_MEANWHILE_NIGHT = ("meanwhile, on the night of ", "meanwhile, overnight", "meanwhile, during the night")
#: A crash or an accident, no attack: "the helicopter came down next to a kindergarten", "killed in a road accident".
_CRASH_RE = ci(r"\b(?:helicopter|plane|aircraft|airliner)\b[^.;]{0,60}?\b(?:crash(?:ed|es)?|came\s+down|went\s+down)\b|"
               r"\b(?:road|traffic|car|bus|train|mine|industrial)\s+(?:accident|crash)\b")
#: A weapon of an attack from the air, which a sentence of a ground bomb's blast may name too.
_AIR_WEAPON_RE = ci(r"\b(?:drones?|uavs?|missiles?|rockets?|shahed|shelling|air\s*strikes?|aerial|glide|guided)")
_SEPARATE_RE = ci(
    r"\b(?:(?<!said\s)(?<!reported\s)(?<!wrote\s)(?<!added\s)Separately|"
    # (but not a list item's "two women were injured in a separate attack on the village centre", one of a day's)
    r"(?<![a-z]\s)In\s+a\s+separate|(?<!\sin\s)A\s+separate\s+(?:[\w\-]+\s+)?(?:attacks?|strikes?|barrage|drones?|missiles?|wave|raid)|another\s+(?:Russian\s+|Ukrainian\s+)?(?:(?:missile|drone|air|rocket)\s+)?(?:attack|strike)\s+on|In\s+another\s+(?:attack|strike)|"
    r"(?:is|was)\s+separate\s+from|"
    # (or said so of the attack it tells: "the Belgorod governor said separately that Ukrainian forces had attacked the
    # village of Dubovoye with drones")
    r"\bsaid\s+separately\s+that\s+(?:[\w\-]+\s+){0,3}?(?:forces|troops|army|drones?)\s+(?:had\s+|have\s+)?"
    r"(?:attacked|struck|hit|shelled|targeted)\b|"
    # "During the day the occupiers attacked Marhanets hromada with FPV drones", after the night's attack
    r"^\s*During\s+the\s+day(?:time)?\b,?\s+(?:the\s+)?(?:occupiers|enemy|Russian?\s+[\w\-]+|"
    r"Russia)\s+(?:also\s+)?(?:attacked|struck|hit|shelled|targeted)|"
    # "Later in the day, the governor reported a new attack": what the sentences after it tell of is another attack
    r"(?:reported|announced)\s+(?:a\s+new|another)\s+(?:attack|strike)|"
    # "Later on Tuesday evening, two Iskander-M ballistic missiles struck Myrnohrad", after a day's tally
    # (but not "Later the same day, drones attacked a bus stop", one of the day's strikes a tally counts)
    r"^\s*Later\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*"
    r"(?:evening|afternoon|night)?\s*,?\s+(?:[\w\-]+\s+){0,4}?(?:missiles?|drones?|bombs?|rockets?|shaheds?)\s+"
    r"(?:struck|hit|attacked|slammed))\b")
#: "days earlier", "a week ago", "last month": a time before the attack the text reports.
_BEFORE_NOW = (r"(?:(?:hours?|days?|nights?|weeks?|months?)\s+(?:earlier|ago)|last\s+(?:week|month)|"
               r"earlier\s+this\s+(?:week|month)|last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
               r"last\s+(?:January|February|March|April|June|July|August|September|October|November|December)|"
               r"earlier\s*,\s+on\s+(?:the\s+)?\w+|"
               # (years back only where a sentence opens with them: "invaded three years ago" tells of the war)
               r"^\s*(?:exactly\s+|almost\s+|nearly\s+|some\s+)?(?:[\w\-]+\s+)?years?\s+(?:ago|earlier)\b|"
               rf"earlier\s+in\s+{_MONTH}|(?:^|:)\s*(?:back\s+)?in\s+(?:(?:early|late|mid)[-\s]+)?{_MONTH}"
               rf"(?:\s+\d{{4}}|\s+(?:of\s+)?last\s+year)?(?=\s*,))")
#: A quoted statement's opening: "On the night of February 19, the enemy attacked with ...".
_NIGHT_OF_LEAD_RE = compiled(r"\s*[\"“]?\s*On\s+the\s+night\s+of\b")
#: A sentence that opens with a day of a month: "On 4 July, ...", "On the night of July 4, ...".
_DATE_LEAD_RE = ci(rf"\s*(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+"
                  # (after the time since it: "Two weeks ago, on November 17, Russia carried out ...")
                  rf"(?:ago|earlier|before),?\s+)?"
                  rf"(?:On|(?:And\s+)?(?:then|next)\s+came|That\s+(?:night|day|evening|morning),)\s+"
                  rf"(?:the\s+night\s+(?:of|to|into)\s+)?"
                  rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b|"
                  # (or a digest's label for the night its paragraph tells of: "May 8. Russia launched ...")
                  rf"\s*{DATE_WORDS}\.\s")
#: The attack of a verdict's or a review's that it tells in turn: "the second episode", "The third strike".
_NTH_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth")
_NTH_EPISODE_RE = compiled(rf"\b(?:{'|'.join(_NTH_WORDS)})\s+(?:episode|count|strike|attack)\b", re.IGNORECASE)
#: "in July": a month before the report's, as a record night is recalled by.
_IN_MONTH = r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: "came three days after", "come after": the attack told after it came before the one told before it.
_CAME_AFTER = r"(?:came|comes?)\s+(?:\w+\s+){0,4}?(?:after|on\s+the\s+heels\s+of)"
#: A month of a past year opening a clause: "in June 2022, two Kh-22 missiles struck the Amstor shopping centre".
_IN_MONTH_YEAR = rf"(?:in|since)\s+{_MONTH}\s+(?:19|20)\d\d,?\s+"
#: A promise of arms or aid, which an attack may come after: "said Washington would send", "pledged more weapons".
_PROMISE_AFTER = (r"(?:said|says|announced|promised|pledged|vowed)\s+(?:that\s+)?(?:[\w\-.’']+\s+){0,3}?"
                  r"(?:would|will)\s+(?:send|supply|provide|give|deliver)\b|"
                  r"(?:promised|pledged|offered|approved|announced)\s+(?:[\w\-]+\s+){0,2}?(?:weapons|arms|aid|"
                  r"air\s+defen[cs]es?|patriots?|funding|sanctions)\b")
#: _EARLIER_RE's alternatives that read no year, less the closing parenthesis.
_EARLIER_UNDATED = (r"\b(?:(?<!match\s)(?<!game\s)(?<!visit\s)(?<!talks\s)(?<!meeting\s)(?<!summit\s)(?<!call\s)"
    # ("The match came a day after Russia sent 60 drones": the attack after "after" is the one the report tells of)
    # (and in the present: "The Russian strikes come three days after Ukrainian naval drones attacked the bridge")
    # (but not what came after an official "said that" drones had hit: a statement of the attack told now; nor after a
    # promise of weapons: "came days after U.S. President Donald Trump said Washington would send Kyiv more weapons")
    rf"{_CAME_AFTER}(?!\s+(?:[\w\-]+\s+){{0,5}}?(?:said|says|reported|announced|wrote)\s+that\b)"
    rf"(?!\s+(?:[\w\-.’']+\s+){{0,6}}?(?:{_PROMISE_AFTER}))|"
    # "The attack followed a Russian strike on Kyiv on March 21, when 31 missiles were downed", "The strike followed
    # another night of drone attacks"
    r"(?<!which\s)(?<!that\s)followed\s+(?:a|an|the|another|last\s+\w+['’]s)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:strikes?|attacks?|assault|barrage|bombardment|raids|night\s+(?:in|during)\s+which|"
    # ("The day followed a night of drones.")
    r"night\s+of\s+(?:[\w\-]+\s+){0,2}?(?:drones|shaheds|missiles))\b|"
    # "This follows the night to Saturday, when the ministry reported 21 drones destroyed"
    r"\b(?:this|it)\s+follows\s+(?:the|a|an|last)\s+(?:[\w\-]+\s+){0,3}?(?:night|strikes?|attacks?|assault|"
    r"barrage)\b|"
    # (an attack compared with one before it: "a smaller attack than the one on Sunday night, when the air force
    # counted 465 drones")
    r"\bthan\s+the\s+one\s+(?:on|of)\s+[^,.;]{1,40},\s+when\b|"
    r"a\s+day\s+(?:earlier|before)|the\s+(?:previous|day\s+before)\s+(?:night|day)|"
    # (but "on the night before and in the morning" is the report's own night, up to now)
    r"the\s+night\s+before\b(?!\s+and\s+(?:in\s+)?(?:the|this)\s+morning)|"
    # ("had hit a bus stop the previous evening", but not "since the previous evening" or "The previous evening,
    # officials had reported 20 killed", the night's tally and an earlier toll of the attack told of)
    r"(?<!since\s)the\s+previous\s+evening(?!\s*,\s+(?:officials|authorities|the\s+\w+)\s+(?:had\s+)?"
    r"(?:reported|said|put|given))|"
    r"the\s+day\s+before(?=\s*,)|"
    # (but not the rubble left by one, which people are clearing when the attack told of hits: "a worker who was
    # clearing rubble from an earlier strike")
    rf"(?<!scene\sof\san\s)(?<!site\sof\san\s)(?<!rubble\sfrom\san\s)(?<!debris\sfrom\san\s)(?<!after\san\s)"
    rf"earlier\s+(?:attacks?|strikes?|assault)|{_BEFORE_NOW}|"
    r"previous\s+(?:attacks?|night|day)|"
    r"(?:previous|earlier|former)\s+record|"
    # "Yelabuga was first attacked by Ukrainian drones in April 2024, when a drone struck a dormitory"
    # "in June 2022, two Kh-22 missiles struck the Amstor shopping centre"
    r"(?:was|were)\s+first\s+(?:attacked|struck|hit|targeted)")
_EARLIER_RE = ci(_EARLIER_UNDATED + rf"|{_IN_MONTH_YEAR}(?:when\b|{STRIKE_TOLD_AFTER})|"
    # "A strike on a residential neighborhood of Balakliia in November 2024 injured 21 people"
    rf"(?:strikes?|attacks?|bombing|barrage)\s+[^.;]{{0,120}}?\b{_IN_MONTH_YEAR}"
    rf"(?:killed|killing|injured|injuring|wounded|wounding|hurt|left)\b|"
    # "In the massive attack of 9 March 2023, Russia used 81 missiles": an attack told by its date and year
    rf"\bin\s+the\s+(?:[\w\-]+\s+){{0,2}}?(?:attack|strike|barrage|assault)\s+(?:of|on)\s+"
    rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}),?\s+(?:19|20)\d\d\b)")
#: _EARLIER_RE without its alternatives of a month and a year ("in June 2022"), which match nothing in a sentence
#: that holds neither "19" nor "20": its search costs much less (one alternative reads up to 120 characters on from
#: every "attack" or "strike").
_EARLIER_UNDATED_RE = ci(_EARLIER_UNDATED + ")")


def _earlier_search(low: str) -> re.Match[str] | None:
    """_EARLIER_RE's first match in a (lower-case) sentence, looked for with _EARLIER_UNDATED_RE where no year can
    be read."""
    pattern = _EARLIER_RE if "20" in low or "19" in low else _EARLIER_UNDATED_RE
    found = pattern.lowered.search(low)
    if found is None and ("days after" in low or "weeks after" in low):
        found = _DAYS_AFTER_FIRED_RE.search(low)  # (apart, and only where its words are: at every position it costs)
    return found


#: An attack told as so long after another Russia made (lower case): "and 16 days after Russia fired 120 missiles".
_DAYS_AFTER_FIRED_RE = compiled(r"\b(?:\d+|two|three|four|five|six|seven|ten|several)\s+(?:days|weeks)\s+after\s+"
                                r"(?:russia|moscow)\s+(?:had\s+)?(?:fired|launched|sent)\b")
#: "the same tower that was damaged two days earlier was hit again": the earlier time names what the attack told of
#: struck, not another attack.
_HIT_AGAIN_RE = ci(r"\b(?:that|which)\s+(?:was|were|had\s+been)\s+\w+\s+(?:\w+\s+)?(?:hours?|days?|nights?|weeks?)\s+"
                   r"(?:earlier|ago|before)\b(?:[^.;]{0,40}?\bagain\b|"
                   # (or damaged now: "the facade of the same tower that had been hit two days earlier was damaged")
                   r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:damaged|hit|struck)\b)")
#: A night of several told in turn, which opens an attack of its own with or without an attack word: "The first
#: night, into Friday, ...", "The next night was quieter", "During the following night".
_NTH_NIGHT_RE = ci(r"\s*(?:(?:On|During|Over|Then,?)\s+)?the\s+(?:first|second|third|fourth|next|following|final)\s+"
                   r"night\b|"
                   # (or one of a piece's examples: "On a quieter night in March, the Air Force reported 46 drones")
                   r"\s*On\s+(?:a|another)\s+(?:quiet(?:er)?|calm(?:er)?|typical|different|heavier|later|single|"
                   r"busier|worse|bad)\s+night\b")
#: The place struck again: "Dnipro was attacked again", "the city came under attack again", "Overnight, Russia again
#: fired two missiles at Chernihiv".
_ATTACKED_AGAIN_RE = ci(r"\b(?:(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                        r"(?:attacked|hit|struck|targeted|shelled)|came\s+under\s+(?:\w+\s+)?(?:attack|fire))\s+again\b|"
                        r"\b(?:overnight|last\s+night|this\s+morning)\b[^.;]*\bagain\s+(?:fired|launched|attacked|struck|"
                        r"hit|targeted|shelled|sent)\b")
#: An attack told as the one another came after: "The strikes come three days after Ukrainian drones hit the bridge".
_CAME_AFTER_RE = ci(rf"\b{_CAME_AFTER}\b")
#: Russia named as the subject of the clause after "came after": the attack it tells of is Russia's.
_RUSSIA_AS_SUBJECT = (" russia ", " moscow ", " the russians ", " russian forces ", " russian troops ")
#: The attack the lead told of, told as part of a wider one: "The strike was part of a wave of attacks on Saturday".
_PART_OF_WAVE_RE = ci(r"\s*(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}?(?:strikes?|attacks?|missile|hit)\s+"
                      r"(?:was|were|is|formed|came\s+as)\s+(?:a\s+|also\s+)?part\s+of\b")
#: A day's strike told as after a night's attacks: "The strike came after a night of Russian drone attacks", "The
#: strike followed an overnight attack".
_AFTER_A_NIGHT_RE = ci(r"\b(?:came\s+(?:\w+\s+){0,3}?after|followed)\s+(?:a|an|another)\s+(?:\w+\s+){0,2}?"
                      r"(?:night\s+(?:of|in\s+which|during\s+which|when)\b|"
                      r"overnight\s+(?:\w+\s+){0,2}?(?:attacks?|strikes?|barrage)\b)")
#: An attack a week or more before the report's, on the same weekday.
_WEEK_APART_RE = ci(r"\b(?:a|one|two|three)\s+weeks?\s+(?:after|before|earlier|ago)\b"
                    # (but not a week from a day of no attack: "two weeks before the fourth anniversary of the war")
                    r"(?!\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:anniversary|summit|talks|elections?|deadline|visit)\b)"
                    r"|\blast\s+week\b")
_RECORD_RE = ci(r"\b(?:(?:previous|earlier|former)\s+record|record\s+(?:of|set)|breaking\s+the\s+record|"
    # a record told by its date: "smaller than the record night of September 7 last year, when Russia fired ..."
    rf"record\s+(?:night|attack|barrage|strike|assault)\s+(?:of|on)\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})|"
    r"surpass\w*\s+the\s+record|the\s+previous\s+high|"
    r"the\s+(?:largest|biggest|heaviest|most\s+massive)\s+(?:\w+\s+){0,2}?had\s+been|"
    r"(?:previous|former)\s+(?:largest|biggest|heaviest|most\s+massive)(?=\s+(?:\w+\s+){0,2}?(?:attack|strike|barrage|"
    r"assault)s?(?:\s+(?:on|against|in)\s+(?:the\s+)?[\w\-]+)?(?:,[^,.;]{1,30},)?\s+"
    r"(?:was|came|took\s+place|had\s+been|involved|included|saw)))\b"
    rf"|\brecord\b[^.;]{{0,60}}\b(?:yesterday|the\s+previous|earlier|{_BEFORE_NOW}|on\s+the\s+night\s+of|"
    rf"{_IN_MONTH})"
    rf"|\b(?:{_BEFORE_NOW}|{_IN_MONTH})\b[^.;]{{0,60}}\brecord\b"
    # (or the largest so far, told by its month and year: "In the biggest attack on the Russian capital so far, in March
    # 2025, Russia said it had downed 337")
    rf"|\b(?:largest|biggest|heaviest|most\s+massive)\b[^.;]{{0,60}}?\bso\s+far,?\s+{_IN_MONTH}\s+(?:19|20)\d\d\b"
    # "Russia fired another wave of missiles on Tuesday, a day after its largest assault in months killed 19"
    r"|\b(?:a|one|two|three|a\s+few)\s+(?:days?|hours?|nights?)\s+after\s+(?:its|the|an?|russia's|moscow's)\s+"
    r"(?:\w+\s+){0,3}?(?:largest|biggest|heaviest|most\s+massive)\b"
    # "Kyiv last faced a drone attack of comparable scale in the spring, when Russia sent 36 Shaheds"
    r"|\blast\s+(?:faced|saw|suffered|endured|experienced|came\s+under)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:attack|strike|barrage|assault|bombardment)\b[^.;]{0,60}?,\s+when\b"
    # (or told of the place: "It was last struck in June, when a missile strike on a residential building killed 12")
    r"|\b(?:was|were|had\s+been)\s+last\s+(?:struck|hit|attacked|targeted|shelled|bombed)\b[^.;]{0,60}?,\s+when\b")
#: A superlative measured against an earlier attack with a toll of its own: "the deadliest since a strike on a shop
#: in Hroza in October 2023, in which 59 people were killed".
_SINCE_RECALL_RE = ci(r"\b(?:(?:highest|deadliest|largest|biggest|worst|heaviest|first|most\s+serious|"
                      r"most\s+massive)\b[^.;]{0,60}?|"
                      # (or the time since an attack marked: "to mark 40 days since the strike that killed 20")
                      r"(?P<mark>mark|marks|marked|marking)\s+(?:[\w\-]+\s+){1,2}?(?:days?|weeks?|months?|years?)\s+|"
                      # (or the strikes kept up since one: "Russia has pounded Ukraine's infrastructure since Oct. 10,
                      # when it fired 84 cruise missiles")
                      r"\bha(?:s|ve)\s+(?:been\s+)?(?:pounded|pounding|struck|striking|hit|hitting|attacked|attacking|"
                      r"bombarded|bombarding|targeted|targeting|shelled|shelling|"
                      # ("Russia has intensified its air campaign across Ukraine since Dec. 29, when it launched 122")
                      r"intensified|stepped\s+up|escalated|"
                      # ("Belgorod has been under frequent attack since Dec. 30, when strikes on its center killed 25")
                      r"under\s+(?:[\w\-]+\s+)?(?:attack|fire|shelling|pressure))\b[^.;]{0,60}?|"
                      # (or what was mended since: "1,112 homes have been restored since the attack on the centre of
                      # Belgorod on 30 December 2023, when Ukrainian shelling killed 25 people")
                      r"\b(?:restored|rebuilt|repaired|reconstructed|mended)\b[^.;]{0,30}?)"
                      r"\b(?P<since>since)\s+"
                      r"(?:(?:a|an|the)\s+(?:[\w\-.]+\s+){0,3}?(?:strike|attack|barrage|bombing|bombardment)\b"
                      r"[^.;]{0,120}?(?:,\s+in\s+which|,\s+which\s+killed|\bthat\s+killed|,\s+when|"
                      # ("has been hit repeatedly since a Dec. 30 attack on its centre killed 25 people")
                      r"(?<=\s)killed(?=\s+(?:at\s+least\s+)?\d))\b|"
                      # (or since the date of one: "the largest attack on the Moscow region since March 11, when")
                      rf"(?:the\s+night\s+of\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?,\s+"
                      r"when\b|"
                      # (or of a season or a month of a year: "since the summer of 2022, when a Russian missile strike
                      # on a shopping centre in Kremenchuk killed 20")
                      rf"(?:(?:the\s+)?(?:summer|spring|autumn|fall|winter|start|beginning|end|middle)\s+of\s+|{_MONTH}\s+)"
                      r"(?:19|20)\d\d,\s+when\b|"
                      # (or of the end of a month: "under pressure since the end of December, when Russia fired 122")
                      rf"(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?,\s+when\b|"
                      # (or of a month alone: "the deadliest on the city since October, when a guided bomb hit")
                      rf"{_MONTH},\s+when\b|"
                      # (or of a holiday: "the heaviest since New Year's Eve, when Russia fired 20 cruise missiles")
                      r"(?:christmas(?:\s+(?:eve|day))?|new\s+year['’]?s?\s+(?:eve|day)|easter(?:\s+sunday)?),\s+when\b)")
#: An earlier strike a lead's attack is told to have come a day or days after, with its own toll: "..., a day after a
#: strike on the central city of Poltava killed at least 55 people", ", two days after a drone attack killed a man".
_DAY_AFTER_RECALL_RE = ci(r",\s+(?:just\s+|only\s+|barely\s+)?(?:a|one|two|three|four|five|six|several|\d)\s+"
                          r"(?:days?|weeks?)\s+after\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:strike|attack|"
                          r"bombing)\s+(?:on\b[^.;]{0,80}?\b)?(?:killed|wounded|injured)\b")
#: A superlative attack on a date other than the report's ("The largest attack came on July 9, when Russia
#: launched 728 drones"): an earlier record night, as "the previous record" is.
_SUPERLATIVE_RE = ci(r"\b(?:largest|biggest|heaviest|most\s+massive|deadliest|record)\b")
_SUPERLATIVE_WORDS = ("largest", "biggest", "heaviest", "massive", "deadliest", "record")
# (an ordinal's letters after the day: "On July 23rd", "the 16th of August")
_DATE_RE = ci(rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})|"
              rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}))"
              r"(?:(?<=\d)(?:st|nd|rd|th))?(?!\w)")
#: A report's date told in digits alone, opening its own line: "10.02.2023 15:07" (day first), "2023-02-10".
_NUMERIC_STAMP_RE = compiled(r"\s*(?:(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.20\d\d|20\d\d-(?P<m2>\d\d)-(?P<d2>\d\d))\b"
                             # (and the outlet's name after a bar: "31.08.2023 09:12 | Crimea 24")
                             r"(?:,?\s*\d{1,2}:\d\d)?(?:\s*\|\s*[^|\n\d]{2,30}(?:\s\d{1,3})?)?\s*$")
#: _DATE_RE for lower-cased text, and its ASCII twin for plain ASCII text (fastre.plain_ascii).
_DATE_TWINS = (_DATE_RE.lowered, ascii_twin(_DATE_RE.lowered))
#: What every name of _MONTH starts with (lower case): a sentence without one of them names no date.
_MONTH_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_KEYS = any_of(*_MONTH_STARTS)
#: Each month's number from 0, by the start _date_of names it by ("jun 7").
_MONTH_NUMBERS = {m: i for i, m in enumerate(_MONTH_STARTS)}
_DIGIT_RE = compiled(r"\d")
_NIGHT_OF_RE = ci(r"(?:night\s+of|\d[:.]\d\d\s+on)\s+$")
_BOMBS_RE = ci(r"\b(?:guided\s+(?:aerial\s+|air\s+)?bombs?|glide\s+bombs?|KABs?)\b")
#: Shelling: artillery fire on a town, an attack of its own beside a night's drones and missiles ("In Kherson, Russian
#: shelling killed one person", "a woman was killed by an artillery shell"), where the sentence counts no drone or
#: missile (an FPV drone is none).
_SHELLING_RE = ci(r"\b(?P<ongoing>(?:have|has)\s+been\s+shelling|shelled\s+(?:almost\s+)?(?:daily|regularly))|"
                  # (and the day's "artillery and kamikaze drones" of a front-line district)
                  r"\b(?:shelling|shelled|(?:by|from)\s+(?:an?\s+)?(?:artillery|mortar|tank)\s+shells?|"
                  r"artillery\s+(?:fire|strikes?|attacks?|"
                  r"and\s+(?:kamikaze\s+|attack\s+|FPV\s+)?drones)|"
                  # (or its rounds counted: "fired 48 times over the past day, including 9 shells at Kherson city")
                  r"fired\s+\d+\s+times|\d+\s+(?:artillery\s+)?shells\s+(?:at|on)\b|"
                  # (or its shells and its guns: "firing 412 projectiles", "63 attacks ... using artillery, mortars")
                  r"\bfiring\s+\d[\d,]*\s+(?:projectiles|shells|rounds)\b|"
                  r"\d+\s+(?:attacks|strikes)\b[^.;]{0,40}?\busing\s+(?:artillery|mortars?|tanks?|mlrs)\b|"
                  # (or the guns it fired on a place with: "fired on the border communities of the Sumy region with
                  # mortars, artillery and from helicopters")
                  r"\bfired\s+on\s+[^.;]{0,80}?\bwith\s+(?:mortars|artillery|tanks|mlrs)\b|"
                  # (or where its shells fell: "killed in the city of Kherson, where shells hit a bakery")
                  r"\bshells\s+(?:hit|struck|landed|exploded|fell)\b|"
                  # (or the settlements a region's day of attacks reached: "attacked 37 settlements in Kherson Oblast
                  # over the past day")
                  r"(?:(?:attacked|shelled|struck|hit)\s+|(?:carried\s+out|launched|made)\s+\d+\s+(?:attacks|strikes)\s+"
                  r"on\s+)\d+\s+(?:settlements|localities|communities)\b"
                  # (or a town struck with a launcher's rockets: "struck Druzhkivka with Smerch multiple rocket
                  # launchers")
                  r"(?=[^.;]*\b(?:over|in|during)\s+the\s+past\s+(?:day|24\s+hours))|"
                  r"\b(?:struck|hit|attacked|shelled)\s+[A-Za-z\-]+\s+with\s+(?:Smerch|Uragan|Grad|Tornado|Hurricane|"
                  r"multiple\s+(?:launch\s+)?rocket|MLRS)\b)\b")
_SHELLING_KEYS = any_of("shell", "artillery", "settlements", "localities", "communities", " times", "rocket",
                        "mlrs", "grad")
#: A label of the places an attack hit, which the places after it follow: "Hit: Kherson, Antonivka, Bilozerka."
_HIT_LABEL_RE = compiled(r"\s*(?:hit|struck|damaged|affected|targeted|under\s+fire|shelled)\s*:")
_FPV_RE = ci(r"\bFPV\s+drones?\b")
#: A front-line drone's strike, or one drone's: "with a kamikaze FPV drone", "a drone struck a car".
_FPV_OR_STRUCK_RE = ci(r"\b(?:FPV|kamikaze)\s+drones?\b|\b(?:an?|one)\s+(?:[\w\-]+\s+){0,2}?drone\s+(?:struck|hit|"
                       r"attacked|dropped)\b")
_DIGIT_RUN_RE = compiled(r"\d+")
#: A live entry opened by its time and a region: "07:40 — Kursk region." (lower case, as matched).
_LINE_BREAK_RE = compiled(r"\n")
_REGION_ENTRY_RE = compiled(r"(?:^|\n)\s*\d{1,2}[:.]\d\d\s*[—–-]\s*([a-z][\w\-]+)\s+(?:region|oblast|krai)\b")


def _region_entries(text_low: str) -> bool:
    """Whether a (lower-case) text opens two entries or more by a time and a region (_REGION_ENTRY_RE, counted as
    findall counts), tried only at the text's start and its line breaks, where a match starts."""
    breaks = [m.start() for m in _LINE_BREAK_RE.finditer(text_low)]
    return len(list(islice(matches_at(_REGION_ENTRY_RE.match, text_low, [0, *breaks]), 2))) == 2


#: A live entry's stamp opening its sentence: "14:15 — ", "5:50 p.m. — ".
_INLINE_STAMP_RE = compiled(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*[—–-]\s")
#: A night's attack told in the past of the past: "overnight, russia had launched 38 shahed drones" (lower case).
_HAD_SENT_RE = compiled(r"overnight\s*,?\s+(?:[\w\-']+\s+){1,3}?(?:had\s+(?:launched|fired|sent|attacked|struck)|"
                        # (or another attack the night held: "Overnight, the enemy also attacked the south with 19
                        # Shaheds")
                        r"(?<!had\s)also\s+(?:launched|fired|sent|attacked|struck)|"
                        # (or the city the night's drones struck: "Overnight, Kharkiv was attacked by Shahed-type
                        # drones")
                        r"(?:was|were)\s+(?:attacked|struck|hit)\s+by)\b")
#: What opens a sentence of a night before the day a report tells of (lower case).
_NIGHT_OPENERS = ("overnight", "in addition", "additionally")
#: The night's attack told in the past of the past, "also" or not (lower case): "overnight russia had also launched".
_HAD_ALSO_SENT_RE = compiled(r"overnight\s*,?\s+(?:[\w\-']+\s+){1,3}?had\s+(?:also\s+)?"
                             r"(?:launched|fired|sent|attacked|struck)\b")
#: Words for drones (lower case): a title that names them counts the night's drones with its day's strike.
_DRONE_WORDS = any_of("drone", "shahed", "uav", "geran")
#: The air force as the one who tells of the night, before what it told (lower case): "the air force said that
#: overnight russia had also launched 67 drones".
_AIR_FORCE_SAID_RE = compiled(r"(?:the\s+|ukraine['’]s\s+)?(?:ukrainian\s+)?air\s+force\s+(?:said|reported)\s+"
                              r"(?:that\s+)?(?=overnight\b)")
#: Another attack of the night, told after the day's (lower case): "in addition, during the night the russians
#: attacked the village of ternuvate with shahed drones".
_ALSO_BY_NIGHT_RE = compiled(r"(?:in\s+addition|additionally)\s*,?\s+(?:overnight|during\s+the\s+night|at\s+night|"
                             r"in\s+the\s+night)\s*,?\s+(?:[\w\-']+\s+){1,3}?(?:launched|fired|sent|attacked|struck)\b")


def _had_also_by_night(low: str, text_low: str, sentences: list[Sentence]) -> bool:
    """Whether a (lower-case) sentence tells of the night before the day's strike as the air force told it, or as
    "also" launched ("The Air Force said that overnight Russia had also launched 67 attack drones"), where the
    title names no drones: one that does counts the night's drones with the day's strike ("Russia fires 55
    missiles and 24 Shaheds at Ukraine ... Overnight, Russia had also launched 24 Shahed drones")."""
    if low.startswith("overnight"):
        at = 0 if " also " in low[:60] else -1
    else:
        at = said.end() if "air force" in low[:40] and (said := _AIR_FORCE_SAID_RE.match(low)) else -1
    return at >= 0 and _HAD_ALSO_SENT_RE.match(low, at) is not None and \
        not _DRONE_WORDS(text_low[sentences[0].start:sentences[0].end])


def _before_heading(sentences: list[Sentence], s: Sentence, text_low: str) -> int:
    """Where the heading right before a sentence starts ("Overnight drones on Ternuvate" over its paragraph), or
    where the sentence does if none heads it."""
    if s.index >= 1 and (head := sentences[s.index - 1]).index >= 1 and len(head.text) <= 60 and \
            not head.text.rstrip().endswith((".", ":", "!", "?")) and "\n" in text_low[head.end:s.start]:
        return head.start
    return s.start


#: The day after the strike told before: "A day after the Poltava strike, ...", "The next day,".
_DAY_AFTER_RE = compiled(r"\s*(?:A|One|The)\s+(?:day\s+after\s+(?:the|that)\b[^,.;]{0,50}|day\s+later|next\s+day)"
                         r"\s*,\s")
#: A strike told as hours after the one before: "A few hours later, Russian strikes hit the town of Samar".
_HOURS_LATER_RE = compiled(r"\s*(?:(?:A\s+few|Several|Two|Three|Four|Five|[2-9]|Some)\s+h|H)ours\s+later\s*,?\s")
#: A strike of an evening before the night (lower case): "thursday evening's russian missile strike", "yesterday
#: evening".
_EVENING_STRIKE_RE = compiled(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\s+"
                              r"evening(?:['’]s)?\b|\bon\s+the\s+evening\s+of\b")
#: A window of the night's hours: "between 01:20 and 05:45", "from 23:00 to 04:00".
_NIGHT_HOURS_RE = compiled(r"\b(?:between|from)\s+(?:2[0-3]|0?[0-5])[:.]\d\d\s+(?:and|to|till|until)\s+"
                           r"0?[0-7][:.]\d\d\b")
#: A window of the day's hours from the morning on, the Russian ministry's count of a wave after the night's (lower
#: case): "between 07:30 and 11:00 moscow time", "from 08:00 to 11:00".
_DAY_HOURS_RE = compiled(r"\b(?:between|from)\s+((?:0?[6-9]|1[0-5])[:.]\d\d)\s+(?:and|to|till|until)\s+"
                         r"(?:0?[7-9]|1\d|2[0-3])[:.]\d\d\b")
#: The arms of a shelling, not of an air attack: "multiple rocket launchers", "artillery", "mortars".
_GUNS_RE = ci(r"\b(?:(?:multiple\s+)?rocket\s+launchers?|MLRS|Grad|Vampire|Hrad|artillery|mortars?|shelling|shelled)\b")
#: Drones named last among the means of a shelling: "shelled 40 settlements using artillery, mortars, multiple rocket
#: launchers and drones", "Russian artillery and kamikaze drones attacked the district".
_MEANS_DRONES_RE = ci(r"\b(?:artillery|mortars?|rocket\s+launchers|tanks)\b[^.;:\d]{0,60}?\band\s+"
                      r"(?:kamikaze\s+|attack\s+|fpv\s+)?drones\b|"
                      # "Russian shelling and drone strikes killed one person"
                      r"\bshelling\s+and\s+(?:kamikaze\s+|fpv\s+)?drone\s+(?:strikes|attacks)\b")


def tells_of_shelling(low: str) -> bool:
    """Whether a (lower-case) sentence tells of a shelling, not an ongoing one, and counts no drone or missile."""
    if not _SHELLING_KEYS(low) or (sh := _SHELLING_RE.lowered.search(low)) is None or sh.group("ongoing"):
        return False
    if "fpv" in low:
        low = _FPV_RE.lowered.sub("", low)
    if "drone" in low:
        low = _MEANS_DRONES_RE.lowered.sub("", low)
    return not _WEAPON_WORD_RE.lowered.search(low)


_ANAPHORA_RE = ci(r"^\s*(?:\w+\s+of\s+(?:them|those|these)\b|(?:those|these|the)\s+(?:strikes|attacks)\b|"
    # "Of those, 62 were destroyed"; "On that occasion, Ukraine said air defences shot down 747 drones"
    r"of\s+(?:them|those|these)\s*,|(?:on\s+)?that\s+(?:occasion|night)\b|"
    # "Six of the missiles and 128 drones were shot down", "That attack injured 15 people"
    r"[\w\-]+\s+of\s+the\s+(?:missiles|drones|rockets|uavs)\b|that\s+(?:attack|strike|barrage|assault)\b)"
    r"|\b(?:those|these)\s+(?:strikes|attacks)\b|\b(?:from|in|of)\s+that\s+(?:attack|strike|barrage|assault)\b")
#: _ANAPHORA_RE's "N of the drones" after who said it (lower case): "ukraine's air force said 277 of the drones".
_SAID_OF_THE_RE = compiled(r"\s*(?:[\w'’\-]+\s+){1,4}?(?:said|says)\s+(?:that\s+)?[\w\-,]+\s+of\s+the\s+"
                           r"(?:missiles|drones|rockets|uavs)\b")
#: A night of attack told (lower case): "overnight", "last night", "the night of 5-6 May" (not "shelled through the
#: night" nor "a night of shelling", which tell of guns).
_NIGHT_TOLD_RE = compiled(r"(?<!through the )night(?!\s+of\s+(?:shelling|artillery|fire|mortar))(?!\s+shift)")
#: Those stopped of the count told before: "Air defenses shot down 35 of them over 12 regions".
_STOPPED_OF_THEM_RE = compiled(r"\b(?:shot\s+down|destroyed|downed|intercepted|neutrali[sz]ed)\s+(?:[\w,]+\s+){1,2}?"
                               r"of\s+them\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY = rf"(?:{'|'.join(_WEEKDAYS)})"
#: The night before the day a report tells of, named as such with its launches (lower case): "- overnight into
#: saturday, russia launched 12 shahed-136 attack drones".
_NIGHT_INTO_DAY_RE = compiled(rf"[\s\-•*–—]*overnight\s+into\s+{_DAY.lower()}\s*,?\s+(?:[\w\-']+\s+){{1,3}}?"
                              r"(?:launched|fired|sent|attacked)\b")
#: (Not a weekday that names what happens on it: "where our Saturday delivery driver lives", "every Sunday".)
_DAY_RE = compiled(rf"\b(?<![Oo]ur\s)(?<!\bmy\s)(?<!your\s)(?<!their\s)(?<![Ee]very\s)(?<![Ee]ach\s){_DAY}\b")
_REPORT_DAY_RE = compiled(
    rf"\b(?:said|says|reported|announced|told\s+[\w\s]{{1,30}}?|wrote|added|stated|posted|confirmed|claimed|"
    rf"reports|declared|informed)\s+(?:(?P<that>that\s+)|(?:it|in\s+a\s+statement|on\s+Telegram)\s+)?"
    # (but not the day of what was said: "said that on Tuesday afternoon a Ukrainian drone struck a car")
    rf"(?:early\s+|late\s+)?(?:on\s+)?{_DAY}(?(that)(?!\s+(?:morning|afternoon|evening|night)))"
    rf"|\b(?:rose|risen|climbed|increased|grew|reached)\s+to\s+[\w,]+\s+(?:people\s+)?(?:early\s+|late\s+)?(?:on\s+)?{_DAY}"
    rf"|\b(?:[Oo]n|early\s+on|late\s+on|Earlier\s+on|earlier\s+on)\s+{_DAY}(?:\s+(?:morning|afternoon|evening))?\s*,?\s+"
    rf"(?:[\w\s'’]{{0,40}}?)?"
    rf"(?:said|says|reported|announced|told|wrote|posted|claimed|hosted|held|met|reiterated|dismissed)\b"
    rf"|\b{_DAY}\s+(?:said|reported|announced)"
    # "On Saturday, Serhii Lysak, the governor of Dnipropetrovsk region, said": a name, and who that is
    rf"|\b[Oo]n\s+{_DAY}\s*,\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}}\s*,\s+[a-z][\w\s'’\-]{{0,60}}?,\s+"
    rf"(?:said|says|reported|announced|told|wrote|posted|added)\b"
    rf"|\b[Bb]y\s+(?:early\s+|late\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?\b"  # when a toll was counted
    # how long what followed lasted: "left without power for most of Saturday"
    rf"|\bfor\s+(?:most|much|all|part|the\s+rest)\s+of\s+{_DAY}"
    rf"|\b[Aa]s\s+of\s+(?:\d{{1,2}}[:.]\d\d\s+|\d{{1,2}}\s*[ap]\.?m\.?\s+)?(?:on\s+)?(?:early\s+|late\s+)?{_DAY}"
    rf"(?:\s+(?:morning|afternoon|evening|night))?\b"  # ("As of 08:00 on Sunday, 25 people had been confirmed dead")
    rf"|\b(?:retaliation|response|revenge|reprisal)\s+(?:for|to)\s+(?:last\s+)?{_DAY}"  # what the attack answered
    rf"|\b(?:begins|starts|opens|ends|due|scheduled)\s+(?:to\s+\w+\s+)?(?:on\s+)?{_DAY}"
    # the evening an air force's count of the night starts from: "from 19:00 on Wednesday the enemy had used 88 drones"
    rf"|\b(?:from|since)\s+(?:1[7-9]|2[0-3])[:.]\d\d\s+(?:on\s+)?{_DAY}",
)
_ATTACK_WORD_RE = ci(
    r"\b(?:attack(?:s|ed|ing)?|(?<!to\s)strikes?|struck|assault|barrage|bombard(?:ment|ed|ing|s)?|shelling|shelled|"
    r"raids?|drones?|"
    r"missiles?|uavs?|killed|injured|wounded|explosions?|blasts?|destroyed|shot\s+down|downed|intercepted|targeted|"
    r"suppressed|neutrali[sz]ed|crashed|"
    r"targeting|hit|damaged|refinery|fire|bombs?|bombed|bombing|killing|injuring|wounding|pounded|pounding|"
    r"pummell?ed|battered|hammered)\b")
_ATTACK_WORD_MATCH = _ATTACK_WORD_RE.lowered.match
#: _ATTACK_WORD_RE with "\W" in place of its leading "\b": read over " " + a text, it matches where _ATTACK_WORD_RE
#: matches the text, and the regex engine skips in C to the characters that may stand there (about one in five).
_ATTACK_WORD_AFTER_GAP_RE = compiled(_ATTACK_WORD_RE.lowered.pattern.replace(r"\b", r"\W", 1))


#: The other Russian governors and installed heads _UKR_RE names (lower case).
_GOVERNORS = ("aksyonov", "razvozhayev", "gusev", "golubev", "slyusar", "kondratyev", "artamonov", "pushilin", "saldo",
              "balitsky", "pasechnik", "vorobyov", "drozdenko", "khabirov", "minnikhanov", "brechalov", "nikitin",
              "busargin", "fedorishchev", "klychkov", "bocharov", "babushkin", "milyaev", "anokhin", "vedernikov")
#: The words _UKR_RE's alternatives need, alternative by alternative: most sentences name Ukraine or Russia, few
#: in the phrasings it reads, so the pattern runs only where _may_name_ukraines_attack finds those.
_UKR_NAME_WORDS = ("sobyanin", "mayor", "gladkov", "khinshtein", "starovoit", "bogomaz", "rusich", "regime",
                   "federation", "mod", "on-duty", "sbu", "security service", *_GOVERNORS)
#: A sentence's opening on a time of the day the sentence before named (lower case): "That afternoon, ...".
_THAT_PART_OF_DAY = ("that afternoon", "that morning", "that evening", "that night", "that day")
_UKR_DRONE_WORDS = any_of("drone", "uav", "unmanned", "fixed-wing", "formations", "missile", "rocket", "helicopters",
                           "munitions", "shells")
_RUSSIAN_PLACES_WORDS = any_of("russian region", "russian border region", "russian cities", "russian towns")
_UKR_NEXT = ("forces", "military", "army", "drone", "troops", "has", "had", "struck", "hit", "attacked", "targeted",
             "launched", "says", "said", "claims", "claimed", "of", "for")
_UKRAINIAN_NEXT = ("forces", "troops", "military", "army", "armed", "attack on", "strike on", "attacks on",
                   "strikes on", "shelling of", "shelling on", "artillery", "shelling had", "shelling has",
                   "shelling killed", "shelling wounded", "shelling injured", "shelling hit", "shelling damaged")


def _may_name_ukraines_attack(low: str, names: tuple[str, ...] = _UKR_NAME_WORDS) -> bool:
    """Whether a (lower-case) sentence holds what one of _UKR_RE's alternatives needs: a name, "Russia" after a
    preposition or before "defence", "over" with "territory"/"regions", "Ukrainian" with a drone word, or "Kyiv",
    "Kiev", "Ukraine" or "Ukrainian" followed by one of the words those alternatives let come next.

    names: those of _UKR_NAME_WORDS the whole text holds (a sentence holds no other), looked for once a text.
    """
    for name in names:
        if name in low:
            return True
    if "russia" in low and ("defen" in low or _after_preposition(low, "russia") or _RUSSIAN_PLACES_WORDS(low)):
        return True
    if "over" in low and ("territory" in low or "regions" in low):
        return True
    if "ukrainian" in low and (_UKR_DRONE_WORDS(low) or _followed_by(low, "ukrainian", _UKRAINIAN_NEXT)):
        return True
    if ("ukraine's" in low or "ukraine’s" in low) and (
            (" on " in low and ("attack" in low or "strike" in low)) or (
                ("staff" in low or "forces" in low or "military" in low or "navy" in low or "command" in low) and
                ("struck" in low or "hit" in low or "attacked" in low or "targeted" in low))):
        # "Ukraine's largest drone attack on the Moscow region", "Ukraine's General Staff said its forces had hit" (a
        # body of Ukraine's alone, as in "Ukraine's military said Russia launched 90 drones", names none)
        return True
    if " of ukraine" in low and ("armed forces of" in low or "army of" in low):
        return True  # "the Armed Forces of Ukraine attacked", "attempted to attack"
    if "occupiers " in low:
        return True  # "occupiers claim seven drones downed over Crimea"
    return _followed_by(low, "ukraine", _UKR_NEXT) or _followed_by(low, "kyiv", _UKR_NEXT) or \
        _followed_by(low, "kiev", _UKR_NEXT)


#: The start words _UKR_RE's name alternatives need only where the text holds the name word of _UKR_NAME_WORDS
#: (a key of this) that comes after them: "Moscow mayor", "Ministry of Defence of the Russian Federation"; the other
#: names are start words themselves, as are "kiev" and "on" for "Kiev regime" and "on-duty".
_UKR_NAME_STARTS = {"mayor": "moscow", "federation": "ministry", "sobyanin": "sobyanin", "gladkov": "gladkov",
                    "khinshtein": "khinshtein", "starovoit": "starovoit", "bogomaz": "bogomaz", "rusich": "rusich",
                    "mod": "mod", "sbu": "sbu", "security service": "security", **{name: name for name in _GOVERNORS}}
_UKR_PLAIN_STARTS = ("ukrain", "russia", "kiev", "kyiv", "deep", "armed", "army", "occupiers")
#: Every match of _UKR_RE starts with one of these words (after "\b"): "ukrain" for "Ukrainian" and "Ukraine",
#: "russia" for "Russia's" and "Russian", the names, "deep" for "deep inside Russia", and "armed" and "army" for "the
#: Armed Forces of Ukraine"; or with one of _UKR_BEFORE_RUSSIA, "on-duty" or "over", which _count_ukr looks for itself.
_UKR_STARTS = _UKR_PLAIN_STARTS + tuple(dict.fromkeys(_UKR_NAME_STARTS.values()))
#: The prepositions _UKR_RE reads right before white space and "Russia"/"Russian" ("strikes on Russian territory").
_UKR_BEFORE_RUSSIA = ("on", "against", "inside", "into", "towards", "toward")
#: The prepositions _may_name_ukraines_attack looks for before "russia": those and "in".
_PREPOSITIONS = (*_UKR_BEFORE_RUSSIA, "in")


def _ukr_starts(names: tuple[str, ...]) -> tuple[str, ...]:
    """_UKR_STARTS less the name starts a text cannot match with (names: those of _UKR_NAME_WORDS it holds)."""
    return _UKR_PLAIN_STARTS + tuple(_UKR_NAME_STARTS[name] for name in names if name in _UKR_NAME_STARTS)


#: A government that attacks: "Moscow launched more than 80 missiles at Ukrainian cities" is Russia's attack.
_GOVERNMENT_ATTACKS_RE = compiled(r"\s+(?:has\s+|had\s+)?(?:launched|fired|struck|targeted|sent|attacked|"
                                  r"unleashed)\b")


#: Where a clause of a list of tolls ends: "one killed in Belgorod region, four hurt in Kharkiv".
_TOLL_CLAUSE_END_RE = compiled(r",\s+(?:and\s+|while\s+)?|;\s+|\s+and\s+|\s+as\s+")


def _tolls_turn(low: str, ru_at: list[int], ua_at: list[int]) -> tuple[int, str] | None:
    """Where a (lower-case) title's tolls turn from one side's land to the other's, and the attacker of the first
    ("one killed in Belgorod region, four hurt in Kharkiv": after "region", Ukraine's), where each clause tells a toll
    and no count comes before the first; or None."""
    if not HURT_KEYS(low):
        return None
    if max(ru_at) < min(ua_at):
        first, end, begin = "ukraine", max(ru_at), min(ua_at)
    elif max(ua_at) < min(ru_at):
        first, end, begin = "russia", max(ua_at), min(ru_at)
    else:
        return None
    cuts = [m.start() for m in _TOLL_CLAUSE_END_RE.finditer(low, end, begin)]
    if not cuts:
        return None
    cut = cuts[-1]
    opens = max(low.rfind("; ", 0, min(end, begin)), low.rfind(": ", 0, min(end, begin)), 0)
    if not HURT_KEYS(low[opens:cut]) or not HURT_KEYS(low[cut:]) or _DIGIT_RE.search(low, 0, opens):
        return None
    return cut, first


def _claim_turn(low: str, ua_at: list[int], ru_at: list[int], names: tuple[str, ...],
                starts_words: tuple[str, ...]) -> int:
    """Where a (lower-case) title turns, at a semicolon, from a toll in Ukraine's places that names no side to an
    attack of Ukraine's (in Russia's places, if it names any), or 0."""
    semi = low.find("; ")
    if semi <= 0 or max(ua_at) > semi or any(at < semi for at in ru_at) or not HURT_KEYS(low[:semi]):
        return 0
    # (the clause after a label: "russia-ukraine war live: guided bombs kill two in kharkiv region; moscow says ...")
    before, after = low[low.rfind(": ", 0, semi) + 1:semi], low[semi:]
    if _count_rus(before) or _count_ukr(before, starts_words) or not _may_name_ukraines_attack(after, names) or \
            not _count_ukr(after, starts_words) or _count_rus(after):
        return 0
    return semi


def _turn_to_russia(low: str, names: tuple[str, ...], starts_words: tuple[str, ...],
                    sides_at: tuple[list[int], list[int]] = ([], [])) -> int:
    """Where a (lower-case) sentence turns from Ukraine's attack to Russia's ("Ukraine's largest drone attack on the
    Moscow region leaves three dead, as Russia strikes Odesa"), or 0 if it does not.

    sides_at: where the sentence names places in Russia and in Ukraine; an attack on a place in Russia, or its toll,
    with none in Ukraine before the turn, is Ukraine's too ("Blasts rock Russian air base in Crimea; Russian rocket fire
    kills 13", "Belgorod toll rises to 24 as Russia strikes Kharkiv").
    """
    if not _may_turn(low) or (turn := _turn_search(_SIDE_TURN_RE, low)) is None or not (cut := turn.start()):
        return 0
    before = low[:cut]
    if _count_rus(before) or not _count_rus(low[cut:]):
        return 0
    if "russian " in low[cut:] and _may_name_ukraines_attack(low[cut:], names) and \
            _count_ukr(low[cut:], starts_words):
        # "as Russia claimed it had shot down 150 Ukrainian drones and Russian strikes killed one": Russia's word of
        # Ukraine's attack, then Russia's own
        return _turn_from_ukraine(low, names, starts_words)
    ru_at, ua_at = sides_at
    if (any(at < cut for at in ru_at) and not any(at < cut for at in ua_at) and (
            _has_attack_word(before) or "toll" in before)) or (
            _may_name_ukraines_attack(before, names) and _count_ukr(before, starts_words)):
        return cut
    return 0


#: Where a sentence may turn to Russia's attack after Ukraine's (lower case): "... and Russian strikes killed",
#: "..., while a Russian missile hit".
_TO_RUSSIAS_RE = compiled(r"(?:,\s+|\s+)(?:and|while|as|whereas)\s+(?:an?\s+)?"
                          r"(?=russian\s+(?:strikes?|missiles?|drones?|attacks?|shelling|bombs?|forces|troops)\b)")


def _turn_from_ukraine(low: str, names: tuple[str, ...], starts_words: tuple[str, ...]) -> int:
    """Where a (lower-case) sentence that Russia's words outnumber turns to Russia's attack after telling of
    Ukraine's, and Russia's claim of it ("as Russia claimed it had shot down 150 Ukrainian drones and Russian strikes
    killed one person in Sumy"), or 0: the clauses before tell of Ukraine's attack alone, the one after of Russia's."""
    if "russian " not in low:
        return 0
    for turn in _TO_RUSSIAS_RE.finditer(low):
        before, after = low[:turn.start()], low[turn.end():]
        if _may_name_ukraines_attack(after, names) and _count_ukr(after, starts_words):
            continue
        if _may_name_ukraines_attack(before, names) and \
                _count_ukr(before, starts_words) > _count_rus(_without_what_russia_makes(before)):
            return turn.start()
        return 0
    return 0


#: A clause on what Russia makes or keeps at a place, which names its weapons but tells of no attack of its own:
#: "drones hit a dormitory in Yelabuga, where Russia assembles Shahed-type drones", "... where the Alabuga special
#: economic zone assembles Geran-2 drones, Russia's version of the Shahed-136" (Ukraine's attack).
_RUSSIA_MAKES_THERE_RE = compiled(r"\b(?:where|which|that)\s+(?:russia|the\s+(?:[\w\-]+\s+){0,4}?(?:zone|plant|"
                                  r"factory|facility|works|site))\s+(?:assembles|produces|makes|builds|"
                                  r"manufactures|stores|keeps|launches)\b[^;.]*|"
                                  # (or in the passive: "where Shahed-type Geran drones are assembled")
                                  r"\bwhere\s+(?:[\w\-]+\s+){0,5}?(?:are|were|is)\s+(?:assembled|produced|made|built|"
                                  r"manufactured)\b")


def _without_what_russia_makes(low: str) -> str:
    """A (lower-case) sentence without its clause on what Russia makes or keeps at a place (_RUSSIA_MAKES_THERE_RE),
    looked for only where one of its verbs occurs."""
    if "assemble" in low or "produce" in low or "makes" in low or "made" in low or "buil" in low or \
            "manufacture" in low or "stores" in low or "keeps" in low or "launches" in low:
        return _RUSSIA_MAKES_THERE_RE.sub(" ", low)
    return low


def _count_ukr(low: str, starts_words: tuple[str, ...] = _UKR_STARTS) -> int:
    """How many times _UKR_RE matches a (lower-case) sentence, as findall counts them (leftmost, not overlapping).

    The pattern is tried only where one of _UKR_STARTS occurs, as no match starts anywhere else: a few anchored
    tries cost much less than a scan of the sentence, whose every position tests a word boundary (starts_words:
    those the text may match at, from _ukr_starts)."""
    starts: list[int] = []
    _add_occurrences(low, starts_words, starts)
    # "on" (in "drones", "region", ...) and "over" (in "overnight") occur in most sentences, where their alternatives
    # seldom match: a preposition's is tried only right before "russia", "on-duty" and "over" only where their
    # alternatives' other words occur.
    if "russia" in low:
        _add_before_russia(low, starts)
    if "on-duty" in low:
        _add_occurrences(low, ("on-duty",), starts)
    if "territory" in low or "regions" in low:
        _add_occurrences(low, ("over",), starts)
    return _count_matches(low, starts, _UKR_MATCH)


def _add_before_russia(low: str, starts: list[int]) -> None:
    """Add where one of _UKR_BEFORE_RUSSIA ends right before white space and "russia" in a (lower-case) text."""
    at = low.find("russia")
    while at >= 0:
        end = at
        while end and low[end - 1].isspace():
            end -= 1
        if end < at:
            for word in _UKR_BEFORE_RUSSIA:
                if low.endswith(word, 0, end):
                    starts.append(end - len(word))
        at = low.find("russia", at + 1)


def _count_rus(low: str) -> int:
    """How many times _RUS_RE matches a (lower-case) sentence, as findall counts them, tried only where a match
    may start (as _count_ukr): at "russia", "ukrain" or "shahed", at "air" where "force" occurs, at "the" where
    "enemy" occurs, at the word "on" before white space where "ukraine" occurs."""
    starts: list[int] = []
    _add_occurrences(low, ("russia", "ukrain", "shahed", "iranian", *_RUS_WEAPON_NAMES), starts)
    if "force" in low:
        _add_occurrences(low, ("air",), starts)
    if "enemy" in low:
        _add_occurrences(low, ("the",), starts)
    if "ukraine" in low:
        starts += [m.start() for m in _ON_RE.finditer(low)]
    return _count_matches(low, starts, _RUS_MATCH)


def _add_occurrences(low: str, words: tuple[str, ...], starts: list[int]) -> None:
    """Add where each of the words occurs in the text to starts."""
    for word in words:
        if word in low:  # "in" costs much less than find(), which parses its arguments, and most words are absent
            at = low.find(word)
            while at >= 0:
                starts.append(at)
                at = low.find(word, at + 1)


def _count_matches(low: str, starts: list[int], match: Callable[[str, int], re.Match[str] | None]) -> int:
    """How many matches a pattern's findall would find in a text, given every position one may start at: what
    fastre.matches_at finds, counted in a loop of its own (it runs for most sentences, where the generator's
    frames would cost more than the count)."""
    starts.sort()
    count = 0
    pos = 0
    for at in starts:
        if at >= pos and (m := match(low, at)):
            count += 1
            pos = m.end()
    return count


#: Words most attack sentences hold, each the start of one of _ATTACK_WORD_RE's alternatives.
_ATTACK_WORD_LIKELY = ("drone", "missile", "attack")


def _has_attack_word(low: str) -> bool:
    """Whether _ATTACK_WORD_RE matches a (lower-case) sentence: a match anywhere will do, so it is first tried
    where a likely word first occurs, which costs much less than a search up to the first match."""
    for word in _ATTACK_WORD_LIKELY:
        at = low.find(word)
        if at >= 0 and _ATTACK_WORD_MATCH(low, at):
            return True
    return _ATTACK_WORD_AFTER_GAP_RE.search(" " + low) is not None


def _after_preposition(low: str, word: str) -> bool:
    """Whether the word comes somewhere right after white space that follows one of _PREPOSITIONS' endings."""
    at = low.find(word)
    while at >= 0:
        if at and low[at - 1].isspace() and low[:at].rstrip().endswith(_PREPOSITIONS):
            return True
        at = low.find(word, at + 1)
    return False


def _followed_by(low: str, word: str, nexts: tuple[str, ...]) -> bool:
    """Whether the word (or it with "'s") comes somewhere before white space and a word starting with one of nexts."""
    if word not in low:  # costs less than find(), which parses its arguments
        return False
    at = low.find(word)
    while at >= 0:
        end = at + len(word)
        if low.startswith(("'s", "’s"), end):
            end += 2
        if low[end:end + 1].isspace() and low[end:].lstrip().startswith(nexts):
            return True
        at = low.find(word, end)
    return False


# Words (lower case) one of which a sentence must hold for the pattern of the same name to match:
# substring tests are much cheaper than the patterns, and most sentences fail them.
_RECORD_KEYS = any_of("record", "high", "largest", "biggest", "heaviest", "massive", "last faced", "last saw",
                      "last suffered", "last endured", "last experienced", "last came under", "last struck", "last hit",
                      "last attacked", "last targeted", "last shelled", "last bombed")
_SEPARATE_KEYS = any_of("separate", "another", "new attack", "new strike", "during the day", "later")
_BOMBS_KEYS = any_of("bomb", "kab")
#: The bombs a sentence before told of, named again: "The bombs hit a street", "According to the administration, the
#: guided bomb struck".
_THE_BOMBS_RE = compiled(r"(?:\s*|[^.;]{0,80}?,\s+)the\s+(?:(?:two|three|four|guided|glide|aerial|air|heavy)\s+)*"
                         r"bombs?\b")
#: Words of a night or an evening, which may run into the day a report is told on.
_NIGHT_WORDS = any_of("night", "evening", "late", "dawn")
_EARLIER_WORDS = ("came", "come", "followed", "previous", "earlier", "week", "former", "ago", "last", "first attacked",
                  "first struck", "first hit", "first targeted", ", when")


def _present(text_low: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """Those of the words a (lower-case) text holds: a sentence of it holds no other, so that a gate in front of a
    pattern need look for only these in each sentence (one look through the text costs less than many short ones)."""
    return tuple(word for word in words if word in text_low)


def _holds_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether a (lower-case) text holds any of the words."""
    for word in words:  # noqa: SIM110 - the loop is faster than any() over a generator
        if word in low:
            return True
    return False


def _may_hold_earlier(low: str, words: tuple[str, ...] = _EARLIER_WORDS, pairs: bool = True) -> bool:
    """Whether a (lower-case) sentence holds the words _EARLIER_RE needs ("a day before", "the night before", "last
    month" need both; "In November," opens the sentence or a clause after a colon).

    words: those of _EARLIER_WORDS the text holds; pairs: whether it holds both words of "day ... before", "night ...
    before" or "month ... last".
    """
    return _holds_any(low, words) or low.lstrip().startswith(("in ", "back in ")) or ": in " in low or \
        ": back in " in low or (
        pairs and ((("day" in low or "night" in low) and "before" in low) or ("month" in low and "last" in low))) or (
        ("20" in low or "19" in low) and _IN_MONTH_YEAR_RE.lowered.search(low) is not None)


_IN_MONTH_YEAR_RE = ci(rf"\b{_IN_MONTH_YEAR}")


def _all_told_before(low: str, before: Sentence, text_low: str) -> bool:
    """Whether a (lower-case) sentence counts "all" of a number of weapons the sentence before told ("all six
    missiles" after "fired six Kalibr missiles")."""
    counts = set(_COUNT_WORD_RE.findall(text_low, before.start, before.end))
    return any(m.group(1) in counts for m in _ALL_OF_COUNT_RE.finditer(low))


def _may_refer_back(low: str) -> bool:
    """Whether a (lower-case) sentence holds what one of _ANAPHORA_RE's alternatives needs: "strikes" or "attacks"
    after "those"/"these" or at the start after "the"/"those"/"these", or "them"/"those"/"these" after a first
    word and "of"."""
    if ("strikes" in low or "attacks" in low) and (
            "those" in low or "these" in low or low.lstrip().startswith(("the", "those"))):
        return True
    if "that " in low and (" that attack" in low or " that strike" in low or " that barrage" in low or
                           " that assault" in low):
        return True  # "The death toll from that attack reached 39"
    if low.lstrip().startswith(("that ", "of those", "of these", "of them", "on that occasion", "on that night")):
        return True  # "That attack injured 15 people in Kyiv", "Of those, 62 were destroyed"
    if "them" in low or "those" in low or "these" in low or " of the " in low:
        words = low.split(None, 2)  # "Twelve of them were shot down", "Six of the missiles ..."
        return len(words) == 3 and words[1] == "of"
    return False


#: "all six missiles": the count of a whole, which a sentence before may have told ("fired six Kalibr missiles").
_COUNT_WORD_RE = compiled(r"[\w,]+")  # a count as _ALL_OF_COUNT_RE reads one: "six", "1,200"
_ALL_OF_COUNT_RE = compiled(r"\ball\s+(?!of\b|the\b|their\b|its\b|these\b|those\b)([\w,]+)\s+"
                            r"(?:[\w\-]+\s+){0,2}?(?:drones|missiles|uavs|shaheds|rockets)\b")
#: A sentence that goes on about the attack the one before it recalled: "On that night, air defences downed 296",
#: "Lutsk was the main target then", "Ukraine said then that", "Air defences then shot down", "The Air Force said
#: at the time that all 16 ..." (not "at the time of writing").
_SAME_TIME_RE = ci(r"^\s*(?:(?:On|During|In|At|By)\s+)?that\s+(?:night|day|morning|evening|attack|strike|assault|"
                   r"barrage|time)\b|\bthat\s+(?:night|day)\b|\b(?:in|during|from|of)\s+that\s+(?:attack|strike|barrage)\b|"
                   r"\b[Aa]t\s+the\s+time\b(?!\s+of\b)|\b(?:was|were)\s+(?:[\w\-]+\s+){0,4}?then\s*[,.;]|"
                   r"\b(?:said|reported|claimed|stated|added)\s+then\b|"
                   r"\bthen\s+(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b|"
                   r"\b(?:of|on|during)\s+(?:one\s+of\s+)?(?:those|these)\s+(?:nights|days)\b")
#: Words one of which every match of _SAME_TIME_RE holds, looked for before it (its search reads the whole sentence).
_SAME_TIME_KEYS = any_of("that", "then", "time", "those", "these")
#: A sentence that opens on the day after the one told so far, or the night after it: another attack ("A day later,
#: Russian forces launched 171 drones"; "the next night" is _NTH_NIGHT_RE's).
_NEXT_NIGHT_RE = ci(r"^\s*(?:(?:On|During|Over|Then,?)\s+)?(?:the\s+(?:following|next)\s+(?:day|evening|morning|night)|"
                    r"the\s+night\s+after|a\s+(?:day|night)\s+later)\b")
#: The toll as officials gave it before, of the attack told of: "A day earlier officials had given the toll as nine
#: dead".
_TOLL_GIVEN_AS_RE = compiled(r"\b(?:had\s+)?(?:given|gave|put|reported|set)\s+(?:the\s+|a\s+)?(?:death\s+)?toll\s+"
                             r"(?:as|at)\b")
#: A later attack, told days after the one before: "A week later, on 29 March, Moscow came back".
_DAYS_LATER_RE = ci(r"^\s*(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d{1,2})\s+"
                    r"(?:days|weeks?)|days)\s+later\b")
#: How a toll is told to have risen: "rose to", "has climbed to", "reached", a title's "rises to".
TOLL_ROSE = (r"(?:reache[ds]|(?:rose|rises|risen|rising|climbed|climbs|increased|increases|grown|grew|grows|jumped|"
             r"jumps)\s+to)")
#: A toll told as risen since the strike: "the death toll from the strike rose to 10", "the toll has climbed to".
TOLL_RISEN_RE = compiled(rf"\btoll\b[^.;]{{0,120}}?\b{TOLL_ROSE}\b")
#: A sentence's opening that names the day a sentence before it told of: "On that day,", "That same day,".
_THAT_DAY_RE = compiled(r"\s*(?:On\s+|Earlier\s+|Later\s+)?(?:that|the\s+same)\s+(?:same\s+)?(?:day|night)\b")
#: What starts a span the date after it opens, which tells of no attack on that day.
_SPAN_START_RE = ci(r"\b(?:since|began|begun|started|launching|launched\s+(?:its|a|the)\s+(?:[\w\-]+\s+){0,3}?"
                    r"(?:offensive|operation|campaign|invasion))\b[^.;]*$")
#: A strike later on the day the night's attack ended: "and later in the day struck Dnipro", "Shortly after 2 p.m.
#: local time, Russia hit Dnipro", "ballistic strike on Dnipro kills 2 in afternoon".
_LATER_IN_DAY_RE = ci(r"\b(?:later\s+(?:in\s+the\s+(?:day|morning)|that\s+(?:day|morning)|on\s+(?:that\s+day|\w+day))|"
                      # "... overnight, killing one, hours before a glide bomb strike on a town killed two more"
                      r"hours\s+before\s+(?:a|an|another)\s+(?=(?:[\w\-]+\s+){0,3}?(?:strike|attack)\b)|"
                      r"in\s+(?:the\s+)?afternoon|(?:on\s+\w+day|that|this)\s+(?:afternoon|evening)|"
                      r"(?:shortly\s+|just\s+)?(?:after|before|around|at)\s+(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*p\.?\s?m\b|"
                      # (or a clock's time of the afternoon or evening: "Then at 14:10 came the second blow")
                      r"(?:shortly\s+|just\s+)?(?:after|around|at)\s+(?:about\s+|around\s+|approximately\s+)?"
                      r"(?:1[2-9]|2[0-2])[:.][0-5]\d\b)")
#: A strike told by its weapons fired or dropped, up to the time of day after it: "fired two Iskander-M ballistic
#: missiles at Kiliia" (not "... the governor said this afternoon").
_FIRED_THEN_RE = ci(r"\b(?:fired|launched|dropped|struck|hit|attacked)\s+(?:[\w\-]+\s+){0,4}?(?:missiles?|drones?|"
                    r"bombs?|rockets?)\b[^.;]{0,60}$")
#: A night's attack a lead's strike of the day came hours after: ", hours after a large overnight attack on the south".
_HOURS_AFTER_NIGHT_RE = compiled(r",\s+(?:just\s+|only\s+|a\s+few\s+)?hours\s+after\s+(?:a|an|the|another)\s+"
                                 r"(?:(?:[\w\-]+\s+){0,3}?overnight\s+(?:[\w\-]+\s+){0,2}?"
                                 r"(?:attacks?|barrage|assault|strikes?|bombardment)\b|"
                                 # (or told by the weapons sent: ", hours after a wave of attack drones targeted
                                 # the city of Kharkiv")
                                 r"(?:[\w\-]+\s+){0,4}?(?:drones|shaheds|missiles)\s+(?:had\s+)?(?:targeted|struck|"
                                 r"attacked|hit|pounded)\b)|"
                                 # (or by the side that sent them: ", hours after Russia launched dozens of drones")
                                 r",\s+(?:just\s+|only\s+|a\s+few\s+)?hours\s+after\s+(?:russia|moscow)\s+(?:had\s+)?"
                                 r"(?:launched|sent|fired)\s+(?:[\w\-]+\s+){0,3}?(?:drones|shaheds|missiles)\b")
#: An afternoon, as a strike by day is told: "this afternoon", "on Thursday afternoon".
_AFTERNOON = rf"(?:this|in\s+the|on\s+(?i:{_DAY}))\s+afternoon\b"
#: A time of the day after a night: "Later in the morning", "on Thursday afternoon".
_DAYTIME_RE = compiled(rf"\b(?i:later\s+(?:in\s+the\s+(?:morning|day)|that\s+(?:morning|day)|on\s+{_DAY})\b|"
                       rf"(?i:{_AFTERNOON}))")
#: A list item's number or bullet, which may open a sentence: "1) ", "- ".
_LIST_MARK = r"(?:\d{1,2}[.)]\s+|[-•*]\s+)?"
#: A sentence that opens on the day before by its time: "At 13:40 yesterday", "Yesterday afternoon" (past a list's
#: number or bullet: "1) Yesterday at around 13:10").
_YESTERDAY_BY_DAY_RE = compiled(rf"\s*{_LIST_MARK}"
                                r"(?:At\s+\d{1,2}[:.]\d\d\s+yesterday|Yesterday\s+(?:afternoon|evening|morning|"
                                r"at\s+(?:around\s+|about\s+)?\d{1,2}[:.]\d\d)|(?:On|In)\s+the\s+(?:afternoon|evening)\s+yesterday)\b")
#: A sentence (lower case) that opens on the night, past a list's number or bullet: "2) Overnight it was our turn".
_OVERNIGHT_OPENS_RE = compiled(rf"\s*{_LIST_MARK}overnight\b")
#: A strike told by the weapon that struck: "an FPV drone struck a minibus", "a Ukrainian drone had struck".
_WEAPON_STRUCK_RE = ci(r"\b(?:a|an|another|one|two|three|four|\d+)\s+(?:[\w\-]+\s+){0,2}?(?:drones?|uavs?|"
                       r"missiles?|bombs?|rockets?|shells?)\s+(?:had\s+|has\s+)?(?:struck|hit|attacked|targeted|"
                       r"exploded|crashed|dropped)\b")
#: Drones told by their kind, not a count, that struck: "a Shahed drone struck a private house", "Russian drones
#: attacked energy infrastructure". (Drones only, unlike _WEAPON_STRUCK_RE: a missile told so after a lead's missile by
#: day is most often that strike's, "Overnight, a Russian missile hit the maternity ward" beside the day's barrage.)
_DRONES_STRUCK_RE = ci(r"\b(?:a|an|one|russian|enemy)\s+(?:[\w\-]+\s+){0,2}?(?:drones?|uavs?|shaheds?)\s+"
                       r"(?:had\s+|have\s+|has\s+)?(?:struck|hit|attacked|targeted|damaged)\b")
#: A sentence that opens on the day after the night: "During the day, Russian troops attacked the Nikopol district".
#: (past a live entry's stamp too: "14:20 - During the day, ...")
_DURING_THE_DAY_RE = compiled(r"\s*(?:\d{1,2}[:.]\d{2}\s*[-–—|]\s*)?(?:(?:During|Throughout|Over)\s+the\s+"
                              r"(?:day|daytime)\b|"
                              # (or by the hour of the day: "Shortly after midday, sirens sounded again")
                              r"(?:Shortly\s+|Just\s+)?(?:after|around|at|by)\s+(?:midday|noon|lunchtime)\s*,)")
#: Another time of the same day, opening a sentence (lower case): "the same morning, ", "earlier that same afternoon, ".
_SAME_PART_OPENS_RE = compiled(r"\s*(?:earlier\s+|later\s+)?(?:on\s+)?(?:that|the)\s+same\s+"
                               r"(morning|afternoon|evening)\s*,")
#: An attack told as the latest of a run of nights (lower case): "the second massive attack in a row".
_IN_A_ROW_RE = compiled(r"\b(?:second|third|fourth)\s+(?:[\w\-]+\s+){0,2}?(?:attack|night|strike|barrage)s?\s+in\s+"
                        r"(?:a\s+row|as\s+many\s+nights|succession)\b")
#: A day remembered, before its date (lower case): "brings back the memories of ", "still remembers ".
_MEMORIES_OF_RE = compiled(r"\b(?:memor(?:y|ies)\s+of|remembers?|remembered|remembering)\s+(?:the\s+)?$")
#: A wave told from an hour of the morning on (lower case): "since 10:00, the enemy has launched another 22", "16 more
#: drones have been launched ... since 10:00".
_MORE_SINCE_MORNING_RE = compiled(r"\bsince\s+(?:0?[89]|1[0-4])[:.]\d\d\b(?=[^.;]{0,60}?\b(?:another|more)\b)|"
                                  r"\b(?:another\s+\d+|\d+\s+more)\b[^.;]{0,80}?\bsince\s+(?:0?[89]|1[0-4])[:.]\d\d\b")
#: A strike told as hours after the one the report tells of: "Hours after the Hroza strike, Russian missiles hit the
#: city of Kharkiv itself."
_HOURS_AFTER_LEAD_RE = compiled(r"\s*(?:Hours|Shortly|Minutes|A\s+few\s+hours)\s+(?:later\s+)?after\s+(?:the|that)\s+"
                                r"(?:[\w\-'’]+\s+){0,3}?(?:strike|attack|bombing|shelling)s?\s*,\s*")
#: How a paragraph that goes on with the night's drones opens (lower case): "Drones damaged substations ...".
_NIGHTS_DRONES_OPENERS = ("drones ", "drone debris", "debris ", "falling debris", "shahed", "the drones ")
#: Marks that open a quotation.
_OPENING_QUOTES = frozenset("\"“«„")
#: A toll told on a day, which is the day of its telling: "On Sunday morning the governor said that 12 people ...".
_TOLD_ON_DAY_RE = compiled(rf"\s*On\s+{_DAY}(?:\s+(?:morning|afternoon|evening))?\s*,?\s+[^.;]{{0,80}}?\b"
                           r"(?:said|reported|wrote|announced)\s+(?:that\s+)?[^.;]{0,20}?\d")
#: A region's day of strikes on its settlements: "attacked 29 settlements", "shelled 31 settlements".
_SETTLEMENTS_STRUCK_RE = compiled(r"\b(?:attacked|struck|shelled|hit|targeted)\s+(?:\d+|\w+)\s+(?:[\w\-]+\s+)?"
                                  r"settlements\b")
#: A region's day of attacks told as such: "Russian attacks on Kherson Oblast killed two people".
_ATTACKS_ON_REGION_RE = compiled(r"\battacks\s+on\s+(?:the\s+)?[\w\-]+\s+(?:oblast|region)\b|"
                                 # (or the toll of a region's attacks: "attacks killed one person and wounded 12 in
                                 # Ukraine's southern Kherson region")
                                 r"\battacks\s+(?:killed|wounded|injured)\b[^.;]{0,60}?\bin\s+(?:[\w'’\-]+\s+){0,3}?"
                                 r"(?:oblast|region)\b")
#: Another attack told as of the same time as the report's (lower case): "came on the same morning as a drone attack".
_SAME_TIME_AS_RE = compiled(r"\bcame\s+(?:on\s+)?the\s+same\s+(?:morning|day|night|evening|afternoon)\s+as\s+"
                            r"(?:a|an|the|another)\s+(?:[\w\-]+\s+){0,3}?(?:attack|strike|barrage|raid)s?\b")
#: An attack recalled by its date as what a place has yet to recover from (lower case): "has not yet recovered from
#: november 19, when ...".
_RECOVERED_FROM_RE = compiled(rf"\b(?:recovered|recovering|recover)\s+(?P<from>from)\s+"
                              rf"(?:the\s+(?:attack|strike)\s+of\s+)?(?:\d{{1,2}}\s+{_MONTH.lower()}|"
                              rf"{_MONTH.lower()}\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?,\s+when\b")
#: The next attack of several told in turn: "Then, on Saturday, came the second wave."
_NEXT_WAVE_RE = compiled(rf"\s*(?:And\s+)?(?:Then|Next)\s*,?\s+(?:on\s+|late\s+on\s+)?({_DAY})(?:\s+night)?\s*,?\s+"
                         r"came\s+(?:the|a)\s+(?:second|third|fourth|next|another|new|fresh)\b")
#: A strike told as hours before the one the report tells of: "Hours before Wednesday's attack, ...".
_HOURS_BEFORE_LEAD_RE = compiled(r"\s*(?:Background:\s*)?(?:Hours|Shortly|Minutes|A\s+few\s+hours|A\s+day)\s+before\s+"
                                 r"(?:the|that|[A-Z]\w+['’]s)\s+(?:[\w\-'’]+\s+){0,3}?"
                                 r"(?:strike|attack|bombing|barrage)s?\s*,\s*")
#: A sentence that opens on a month with no day nor year: "In April, ...".
_IN_MONTH_LEAD_RE = compiled(r"\s*In\s+(" + _IN_MONTH.removeprefix(r"in\s+(?:") + r"\s*,")  # (the month captured)
#: A night (lower case): "overnight", "the night", "tonight", not the habit of "spend their nights in basements".
_ONE_NIGHT_RE = compiled(r"(?:\b|over|to)night\b")
#: A dateline alone: "BELGOROD, February 10. /TASS/.", "KYIV, March 3 (Reuters) -".
_DATELINE_ALONE_RE = compiled(r"\s*[A-Z][A-Z\-’' ]+,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\.?\s*"
                              r"(?:/[A-Za-z\-]+/\.?|\([A-Za-z\-]+\)\s*[-–—]?)?\s*")
#: A clause that tells of the night, anywhere in a sentence: "had shot down five drones over the region during the
#: night".
_NIGHT_CLAUSE_RE = compiled(r"\b(?:during|in)\s+the\s+night\b|\bovernight\b|\blast\s+night\b")
#: A paragraph that opens on the night before the day's strike the lead told of: "Earlier, overnight, ...".
_EARLIER_OVERNIGHT_RE = compiled(r"\s*earlier\s*,\s*(?:overnight|during\s+the\s+night|(?:in|at)\s+(?:the\s+)?night)"
                                 r"\s*,")
#: A time by the clock, "at around 11:30", and a strike told in the same sentence before it.
_CLOCK_RE = compiled(r"\bat\s+(?:around\s+|about\s+|approximately\s+)?(\d{1,2})[:.][0-5]\d\b(?!\s*[ap]\.?m)")
_STRUCK_AT_RE = compiled(r"\b(?:hit|struck|attacked|exploded|crashed)\s*$")


#: A strike told as today's (lower case): "today the enemy attacked a minibus", "today, a ukrainian drone struck".
_TODAY_STRUCK_RE = compiled(r"\btoday,?\s+(?:the\s+enemy|(?:an?|the)\s+(?:[\w\-]+\s+)?drones?|ukrainian\s+[\w\-]+)\s+"
                            r"(?:again\s+)?(?:attacked|struck|hit|dropped|shelled)\b")


#: A strike's toll told with the day it came on: "A Russian missile strike on Odesa killed 10 people and wounded 44 on
#: Monday".
_STRIKE_TOLD_ON_DAY_RE = compiled(rf"\b(?:strike|attack|missile|drone)s?\s+(?:[\w\-'’]+\s+){{0,10}}?"
                                  rf"(?:killed|killing)\s+[^.;]{{0,60}}?\bon\s+{_DAY}\b")


def _title_counts_both(text_low: str, title: Sentence) -> bool:
    """Whether the title counts weapons as one attack's ("Russia fires 55 missiles and 24 Shaheds"), rather than the
    night's before the day's strike ("... in the afternoon, after 34 drones downed overnight")."""
    count = next((c for c in _TIGHT_COUNT_OF_WEAPONS_RE.finditer(text_low, title.start, title.end)
                  if text_low[c.start() - 1:c.start()] != "-"), None)  # (not a designation's: "S-300 missiles")
    if count is None:
        return False
    if (semi := text_low.find("; ", title.start, count.start())) >= 0 and \
            _STRUCK_RE.search(text_low, title.start, semi) and \
            not _COUNT_OF_WEAPONS_RE.search(text_low, title.start, semi):
        return False  # (a strike, then the night's count: "Russian missiles hit Pokrovsk; Air Force downs 15 Shaheds")
    after = text_low.find(" after ", title.start, count.start())
    return after < 0 or "overnight" not in text_low[after:title.end]


def _lead_after_key_points(sentences: list[Sentence], lead_at: int, upto: int, text_low: str) -> list[Sentence]:
    """The first sentence of the body after a list of key points that the lead opens ("- Russian missile strike on
    Pokrovsk kills one ... Russian forces struck the town of Pokrovsk ... on the morning of Dec. 5"), if any."""
    if text_low[sentences[lead_at].start:sentences[lead_at].start + 1] not in BULLETS:
        return []
    for s in sentences[lead_at + 1:upto]:
        if _opens_paragraph(text_low, s) and text_low[s.start:s.start + 1] not in BULLETS:
            return [s]
    return []


def _key_after_turn(low: str, cut: int, index: int) -> str:
    """The key of Russia's attack a (lower-case) sentence turns to from Ukraine's at `cut`: the day's strike ("while a
    Russian strike on Zaporizhzhia killed 13 later in the day"), an attack recalled ("while Russia has intensified its
    air campaign since Dec. 29, when it launched 122 missiles"), or the report's own."""
    if _LATER_IN_DAY_RE.lowered.search(low, cut):
        return "later-day"
    if index >= 2 and " since " in low[cut:] and _SINCE_RECALL_RE.lowered.search(low, cut):
        return f"record-{index}"
    return "main"


def _next_counts_weapons(s: Sentence, sentences: list[Sentence], text_low: str, in_paragraph: bool = True) -> bool:
    """Whether the sentence after `s` (in its paragraph, unless in_paragraph is False) counts drones or missiles
    (_COUNT_OF_WEAPONS_RE): "Shortly after midday, sirens sounded again. The air force said another 41 drones ..."."""
    if s.index + 1 >= len(sentences):
        return False
    after = sentences[s.index + 1]
    return (not in_paragraph or "\n" not in text_low[s.end:after.start]) and \
        _COUNT_OF_WEAPONS_RE.search(text_low, after.start, after.end) is not None


def _counted_next(s: Sentence, low: str, sentences: list[Sentence], text_low: str) -> bool:
    """Whether a short sentence of an attack ("Overnight, Russia again attacked the south.") has its weapons counted by
    the next sentence of its paragraph."""
    return len(low) <= 100 and _has_attack_word(low) and _next_counts_weapons(s, sentences, text_low)


def _night_told_since_lead(text_low: str, lead: Sentence, s: Sentence) -> bool:
    """Whether the text from the lead to sentence `s` tells of a night, other than as what the lead's strike came
    after ("killing three people, hours after drones sent toward the capital were shot down overnight")."""
    lead_low = text_low[lead.start:lead.end]
    after = lead_low.find(" after ")
    upto = lead.start + after if after >= 0 and _NIGHT_TOLD_RE.search(lead_low, after) else lead.end
    if _NIGHT_TOLD_RE.search(text_low, lead.start, upto) is not None:
        return True
    for night in _NIGHT_TOLD_RE.finditer(text_low, lead.end, s.start):
        line_start = text_low.rfind("\n", 0, night.start()) + 1
        line_end = text_low.find("\n", night.end())
        line = text_low[line_start:line_end if line_end >= 0 else len(text_low)].strip()
        if len(line) >= 40 or line.endswith("."):
            return True  # (not a subheading over the night's lines: "Night of drones")
    return False


#: A count of those launched with no noun, the kind told before (lower case): "reported 18 launched".
_BARE_LAUNCHED_RE = compiled(r"\b\d[\d,]*\s+(?:were\s+)?launched\b")


def _recalled_night_counted(out: list[SentenceInfo], s: Sentence, low: str, text_low: str) -> str | None:
    """The key of the night the sentence before recalled with no count, where sentence `s` (low: lower-cased) counts
    its weapons next in the paragraph ("The missile wave followed a night drone attack. Overnight, Russia sent 16
    Shahed-136 drones", "The night before, Russia had attacked with Shahed drones. The Air Force reported 18
    launched"), else None."""
    if not out or (told := out[-1]).key != f"earlier-{told.sentence.index}" or told.excluded or \
            told.attacker != "russia" or "\n" in text_low[told.sentence.end:s.start]:
        return None
    told_low = text_low[told.sentence.start:told.sentence.end]
    if ("night" not in told_low and not low.startswith(("overnight,", "during the night,"))) or \
            _COUNT_OF_WEAPONS_RE.search(told_low) or not (
            _COUNT_OF_WEAPONS_RE.search(low) or _BARE_LAUNCHED_RE.search(low)) or (
            "night" in low.replace("overnight", "") and not low.startswith("during the night,")):
        return None  # (another night, "the previous night", is not the one recalled)
    return told.key


def _struck_by_day(low: str) -> bool:
    """Whether a text told a strike's time of day by the clock ("the drone hit at around 11:30 local time") and no
    time of the night ("At around 02:30 the whole north of the city woke up to explosions")."""
    by_day = False
    for clock in _CLOCK_RE.finditer(low):
        hour = int(clock.group(1))
        if hour <= 6 or hour >= 22:
            return False
        if 9 <= hour <= 20 and _STRUCK_AT_RE.search(low, max(0, clock.start() - 30), clock.start()):
            by_day = True
    return by_day


#: A superlative in apposition to the counts before it: ", the previous high", ", then a record".
_PREVIOUS_HIGH_RE = compiled(r"[\s,]*(?:the|then\s+a|a)\s+(?:previous|former|earlier|then)?\s*(?:high|record|"
                             r"peak|maximum)\b")


def _dated_high(text: str, low: str, at: int, main_date: str | None) -> bool:
    """Whether a sentence that opens on another date than the report's tells its counts before a superlative in
    apposition to them: "On June 1, Russia launched 472 drones and seven missiles, the previous high" (the counts
    are the record's, of its date)."""
    return _PREVIOUS_HIGH_RE.match(low, at) is not None and _DATE_LEAD_RE.match(text) is not None and \
        (date := _date_of(text, low)) is not None and date[1] != main_date


#: A time of the day by a twelve-hour clock: "around 11:40 a.m.", "at 2:15 p.m.".
_DAY_CLOCK_RE = compiled(r"\b(?:(?:[89]|1[01])[:.][0-5]\d\s*a\.?m\b|(?:12|[1-6])[:.][0-5]\d\s*p\.?m\b)",
                         re.IGNORECASE)
#: A strike told by its day: "on Thursday", "on Friday afternoon", "shortly after 2 p.m.", "this morning", "on the
#: afternoon of June 9".
_DAY_LEAD_RE = compiled(rf"\bon\s+{_DAY}\b|\b(?:this|on\s+{_DAY})\s+(?:morning|afternoon)\b|"
                        r"\bon\s+the\s+(?:morning|afternoon)\s+of\b|\bin\s+the\s+afternoon\b|"
                        r"\b\d{1,2}(?:[:.][0-5]\d)?\s*p\.?m\b|\bin\s+the\s+middle\s+of\s+the\s+day\b|"
                        # (a time of the day on the 24-hour clock: "at about 11:50")
                        r"\bat\s+(?:about\s+|around\s+)?1[0-8][:.][0-5]\d\b(?!\s*[ap]\.?m)", re.IGNORECASE)
#: A region's day told whole: "over the past day", "in the past 24 hours".
_PAST_DAY_RE = compiled(r"\b(?:over|in|during)\s+(?:the\s+)?past\s+(?:day|24\s+hours)\b")
#: Weapons shot down: "air defenses shot down nine drones", "destroyed 12 UAVs".
_SHOT_DOWN_RE = compiled(r"\b(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b")
#: Weapons counted in an earlier report: "destroyed all 11 Shaheds", "launched 40 drones".
_REPORTED_WEAPONS_RE = compiled(r"\b(?:shaheds?|drones?|uavs?|missiles?)\b")
#: A clause of what someone else did before, which the time after it tells of: "troops who retreated across the
#: Dnieper River two weeks ago".
_WHO_DID_BEFORE_RE = compiled(r"\b(?:who|which)\s+(?:had\s+)?(?:retreated|withdrew|left|arrived|fled|moved|returned|"
                              r"took\s+over|were\s+pushed\s+out)\b[^.;,]{0,60}$")
#: A heading of a time of the day in a round-up of its strikes: "Night: Shaheds on Kharkiv", "Morning - ...".
_TIME_HEADING_RE = compiled(r"\s*(?:night|overnight|morning|afternoon|evening|daytime|during\s+the\s+day)"
                            r"\s*[:\-–—]\s*\S")
#: A strike told of by day: "this afternoon", "during the day".
_BY_DAY_RE = compiled(rf"\b{_AFTERNOON}|\bduring\s+the\s+day\b|\bin\s+the\s+middle\s+of\s+the\s+day\b|"
                      r"\bat\s+(?:lunchtime|midday|noon)\b")
#: Words one of which every match of _BY_DAY_RE holds ("afternoon" holds "noon"), looked for before it.
_BY_DAY_KEYS = any_of("noon", "during", "middle", "lunchtime", "midday")
#: The time zones a live page's stamps give: "09.20 GMT", "14:05 EET".
STAMP_ZONES = r"GMT|BST|UTC|CEST|CET|EEST|EET|MSK"
#: A live blog's entry stamp, a sentence of its own: "09.20 GMT", "14:05 EET".
_STAMP_RE = compiled(rf"\s*\d{{1,2}}[.:]\d{{2}}\s*(?:{STAMP_ZONES}|[ap]\.?m\.?)?\s*")
#: A live page entry's heading, its stamp and title: "16.05 GMT - Kherson toll rises".
_ENTRY_HEADING_RE = compiled(rf"\s*\d{{1,2}}[.:]\d{{2}}\s*(?:{STAMP_ZONES}|[ap]\.?m\.?)?\s*[-–—|:]\s*\w")
#: Words of a time later in the day, one of which a sentence must hold to tell of a strike then (looked for only among
#: those the text holds, with _present).
_LATER_IN_DAY_WORDS = ("later", "afternoon", "evening", "p.m", "pm", "hours before", "at 1", "at 2", "about 1",
                       "about 2", "around 1", "around 2")
#: Where the clause of a later strike starts, before its time: ", and later in the day struck Dnipro".
_CLAUSE_START_RE = compiled(r",\s+(?:and\s+|while\s+|as\s+)?|\s+and\s+")
#: A sentence that opens on the night or day before the report's: "The previous night, Russia attacked with ...",
#: "The evening before, guided bombs struck Beryslav".
_NIGHT_BEFORE_OPENS_RE = compiled(r"\s*(?:The\s+(?:previous\s+(?:night|day)|"
                                  r"(?:night|day|evening|morning|afternoon)\s+before)|"
                                  r"A\s+day\s+(?:earlier|before)|On\s+the\s+(?:previous\s+(?:night|day)|"
                                  r"night\s+before))\b")
#: A sentence told later on the report's day: "By late evening, the death toll had risen to 12", "Later, ...".
_LATER_LEAD_RE = compiled(r"\s*(?:By\s+(?:late\s+|early\s+)?(?:the\s+)?(?:evening|morning|afternoon|night|nightfall|"
                          r"midday|noon|midnight)|Later|As\s+of)\b")
#: What was hit once before, on the date after it (lower case): "had already been damaged on", "was also hit on".
_ALREADY_HIT_ON_RE = compiled(r"\b(?:had|has|was|were)\s+(?:already|also|previously|first)\s+(?:been\s+)?"
                              r"(?:damaged|hit|struck|targeted|attacked)\s+(?:\w+\s+){0,2}?on\s+$")
#: A relative clause's own event on the date after it: "the deal, from which Russia withdrew on July 17".
_WHICH_ON_RE = compiled(r"\b(?:which|whom)\s+(?:[\w\-]+\s+){1,3}?"
                        r"(?:withdrew|quit|left|signed|suspended|announced|joined|pulled\s+out|walked\s+out|"
                        r"ended|agreed|approved|adopted|accepted|rejected|proposed|endorsed|ratified)\s+on\s+$")
#: The day of a meeting, not of an attack: "after Trump's meetings with Putin in Alaska on Aug. 15".
_MEETING_ON_RE = compiled(r"\b(?:meetings?|met|talks|summit|visit(?:ed)?|(?:phone\s+)?call|spoke|conversation|"
                          r"signed|signing|inauguration|election|vote)\b(?:\s+[\w\-’'.]+){0,8}?\s+on\s+$")
#: A date told as a morning's: "on the morning of Jan. 2".
_MORNING_OF_RE = compiled(r"\b(?:morning|day)\s+of\s+$")
#: A day of a month an attack is told on: after "on" or "night of", or at the start of a sentence ("On 4 April, a
#: missile strike ...", "Background: On the night of 7 June, ..."), not a span's end ("since June 1").
_ON_DATE_RE = compiled(r"(?:\b(?:[Oo]n|[Tt]hen\s+came|[Nn]ext\s+came|[Aa]s\s+recently\s+as)\s+"
                       r"(?:the\s+(?:night|morning|afternoon|evening)\s+of\s+(?:\d{1,2}\s*[-–—]\s*|\d{1,2}\s+(?:to|into)\s+)?)?|^\s*)$")
#: A date that names the attack after it: "after an Aug. 28 strike", "the 8 July missile attack".
_DATED_ATTACK_RE = compiled(r"(?:\d{1,2}\s+[A-Za-z]+|[A-Za-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?,?\s+(?:[\w\-]+\s+){0,2}?"
                            r"(?:attack|strike|airstrike|bombing|assault|barrage)\b")
_A_OR_THE_RE = compiled(r"\b(?:[Aa]n?|[Tt]he)\s+$")
#: A holiday that names a day of the Western calendar ("on Christmas Day", "New Year's Eve"), not Orthodox Christmas
#: (7 January); its group's name keys its day in _HOLIDAY_DAYS.
_HOLIDAY_RE = compiled(r"(?<!orthodox\s)\b(?:(?P<xmas_eve>christmas\s+eve)|"
                       r"(?P<xmas>christmas\s+(?:day|morning|night))|(?P<nye>new\s+year['’]?s?\s+eve)|(?P<ny>new\s+year['’]?s?\s+(?:day|morning|night)))\b")
_HOLIDAY_DAYS = {"xmas_eve": "dec 24", "xmas": "dec 25", "nye": "dec 31", "ny": "jan 1"}


def _days_apart(one: str, other: str) -> int:
    """About how many days lie between two days of _date_of's form ("jun 7", "jul 9"), across a month's end too."""
    return abs(_day_number(one) - _day_number(other))


#: A date with its year in a report's lead (lower case): "13 july 2023", "14.05.2024" (a stamp's or a dateline's).
_LEAD_YEAR_RE = compiled(r"(?:\b\d{1,2}\s+[a-z]{3,9}\.?|\b[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+"
                         r"((?:19|20)\d\d)\b|\b\d{1,2}[./]\d{1,2}[./]((?:19|20)\d\d)\b")
#: The year told right after a date (lower case): "14 july 2022", "feb. 24, 2022".
_YEAR_OF_DATE_RE = compiled(r"(?:\d{1,2}\s+[a-z]+\.?|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+((?:19|20)\d\d)\b")


def _other_date(text: str, low: str, main_date: str | None, told_by_weekday: bool,
                main_by_morning: bool = False, main_by_day: bool = False, main_year: str = "",
                main_by_night: bool = False) -> str | None:
    """The day of a month a sentence tells of an attack on, where that is not the report's own: two days or more
    from the report's date, or any date in a report that tells of its own attack by weekday only ("on Wednesday");
    "" where it is the report's date, None where it names none.

    main_by_morning: whether the report told its own date as a morning's ("on the morning of Jan. 2"): then "the night
    of Jan. 1", which ended on that day's morning, is the night before. main_by_day: whether the report, stamped
    with its date, tells of no night before the sentence, past its lead: then "the night of Feb. 6" in a report
    stamped "06.02.2025 21:40" is the night before its strike of the day. main_year: the year the report's lead
    names, if any: a date told with another year ("On 14 July 2022" in a report of 13 July 2023) is another attack's
    however close its day. main_by_night: whether the report's own attack was told by its night's date ("On the night
    of May 14"): then "the night of May 15" is another night.
    """
    if main_date is None and not told_by_weekday:
        return None
    date = _date_of(text, low)
    if date is not None and (close := _end_of_brackets(text, date[0])) > 0 and \
            (later := _date_of(text[close:], low[close:])) is not None:
        date = close + later[0], later[1]  # "at the previous session (minutes of 14 May) ... the 12 May strike"
    elif date is not None and low.endswith(("before ", "after ", "until "), 0, date[0]) and \
            (later := _date_of(text[date[0] + 5:], low[date[0] + 5:])) is not None and \
            _ON_DATE_RE.search(text[:date[0] + 5 + later[0]][-30:]):
        # "The largest attack before July 4 took place on the night of June 28-29": the day of the attack told, not
        # the day it is told as before
        date = date[0] + 5 + later[0], later[1]
    elif date is not None and not _DATED_ATTACK_RE.match(text, date[0]) and \
            (named := _attack_date_after(text, low, date[0] + 5)) is not None:
        # "relatives on Sept. 6 buried a mother ... killed during the Sept. 4 attack on the city": the day of the
        # attack the sentence names, not the day of what came after it (past the first date's first characters)
        date = named
    if date is not None and "toll" in low and _TOLL_STOOD_ON_RE.search(low, max(0, date[0] - 50), date[0]):
        return None  # "The nationwide death toll stood at 11 on March 11": the day of the count, not of an attack
    if date is None and ("christmas" in low or "new year" in low):
        # "Russia marked Christmas Day with 78 missiles": a holiday names its day as a date does, with no "on" needed
        if (holiday := _HOLIDAY_RE.search(low)) is None or not _has_attack_word(low):
            return None
        date = holiday.start(), _HOLIDAY_DAYS[holiday.lastgroup or ""]
        if main_date is not None and date[1] != main_date and holiday.group().endswith(("night", "eve")):
            return date[1]  # "On New Year's night, air defence shot down 45 Shaheds" told on Jan. 2: another night
    elif date is None or not _has_attack_word(low) or not (_ON_DATE_RE.search(text[:date[0]][-30:]) or (
            _A_OR_THE_RE.search(text[:date[0]][-5:]) and _DATED_ATTACK_RE.match(text, date[0])) or (
            # (or the day of the victims a strike took: "the victims of September 30, 2022, when a Russian missile
            # strike ... killed 32")
            low.endswith(" of ", 0, date[0]) and _WHEN_ON_RE.match(low, date[0]))):
        return None
    if _SPAN_START_RE.lowered.search(low, max(0, date[0] - 60), date[0]) and not _WHEN_AFTER_RE.match(low, date[0]):
        # "since launching a new offensive on May 10", "a campaign that began on Oct. 10" (but "that began on Oct. 10,
        # when Russia fired 84 cruise missiles" tells of that day's attack)
        return None
    if _ALREADY_HIT_ON_RE.search(low, max(0, date[0] - 60), date[0]) and not _WHEN_ON_RE.match(low, date[0]):
        # "The plant ... had already been damaged on December 13": what the attack told of hit, struck before, with no
        # attack of that day told (but "was also hit on Aug. 28, 2025, when a Russian missile destroyed ..., killing
        # more than 20 people" tells of that day's)
        return None
    if _WHICH_ON_RE.search(low, max(0, date[0] - 50), date[0]) or _MEETING_ON_RE.search(low, max(0, date[0] - 80),
                                                                                           date[0]):
        # "the grain deal, from which Russia withdrew on July 17": the day of what the clause tells, not of an attack
        return None
    if main_year and (year := _YEAR_OF_DATE_RE.match(low, date[0])) is not None and year.group(1) != main_year:
        return date[1]
    if main_by_night and main_date is not None and date[1] != main_date and \
            "night of" in low[max(0, date[0] - 15):date[0]]:
        return date[1]
    if " days " in low and (back := _DAYS_BEFORE_RE.search(low, date[0])) is not None:
        # "on March 11 buried five people killed ... during Russia's mass attack two days earlier": the attack's day
        date = back.start(), _days_before(date[1], parse_number(back.group("n")) or 0)
    if main_date is not None and (apart := _days_apart(date[1], main_date)) < 2 and not (
            (main_by_morning and apart == 1 and _day_number(date[1]) < _day_number(main_date) and
             (_NIGHT_OF_RE.lowered.search(low, max(0, date[0] - 30), date[0]) or
              # (or before that night's dawn: "the apartment blocks hit before dawn on 9 October")
              "dawn" in low[max(0, date[0] - 20):date[0]])) or
            (main_by_day and apart == 0 and "night of" in low[max(0, date[0] - 20):date[0]])):
        return ""
    return date[1]


def _attack_date_after(text: str, low: str, at: int) -> tuple[int, str] | None:
    """Where a sentence names, from `at` on, a date as its attack's ("the Sept. 4 attack"), and that day."""
    if "the " not in low[at:] or (later := _date_of(text[at:], low[at:])) is None:
        return None
    start = at + later[0]
    if _A_OR_THE_RE.search(text, max(0, start - 5), start) and _DATED_ATTACK_RE.match(text, start):
        return start, later[1]
    return None


def _end_of_brackets(text: str, at: int) -> int:
    """Where the brackets around a position of a sentence close (after the ")"), or -1 where none hold it."""
    opened = text.rfind("(", 0, at)
    if opened < 0:
        return -1
    closed = text.find(")", opened)
    return closed + 1 if closed > at else -1


#: The weapon a lead told of, hitting: "The cruise missile hit a four-storey building", "The strike destroyed".
_THE_WEAPON_HIT_RE = compiled(r"\s*The\s+(?:[\w\-]+\s+){0,2}?(?:missile|drone|strike|rocket|bomb)\s+"
                              r"(?:hit|struck|slammed|destroyed|tore)\b")
#: "Russian-occupied" right before a town's name (lower case): "in the russian-occupied city of ".
_OCCUPIED_BEFORE_RE = compiled(r"\b(?:(?:russian-|russia-)?occupied|(?:separatist|russian)-(?:held|controlled))\s+"
                               r"(?:(?:city|town|village|port)\s+of\s+)?$")
#: A strike on something, before the place it was in (lower case): "a strike on a bakery in".
_STRIKE_ON_WORDS_RE = compiled(r"\b(?:strike|attack|shelling)\s+on\b")
#: Another strike told as "also": "Russia also fired two Iskander-M missiles at Krasnohrad".
_ALSO_STRUCK_RE = compiled(r"\s*(?:Russia|Russian\s+(?:forces|troops|aircraft))\s+also\s+"
                           r"(?:fired|struck|hit|launched|attacked|shelled|bombed|targeted)\b")
#: A night named as a sentence's subject: "A month later, the night of August 13 looked small".
_NIGHT_AS_SUBJECT_RE = compiled(rf"\s*(?:[A-Z][\w ]{{0,30}},\s+)?[Tt]he\s+night\s+of\s+(?P<date>{DATE_WORDS})\s+"
                                r"(?:was|looked|brought|saw|proved|seemed|began|started)\b")
#: A count of the hurt updated (lower case): "the number of injured had risen to 11".
_NUMBER_RISEN_RE = compiled(r"\bnumber\s+of\s+(?:the\s+)?(?:dead|injured|wounded|victims|casualties|people\s+\w+)\s+"
                            r"(?:has\s+|had\s+)?(?:risen|rose|increased|grown|climbed)\s+to\b")
#: A count of drones or missiles (lower case): "598 drones", "31 ballistic and cruise missiles", "five missiles".
_COUNT_OF_WEAPONS_RE = compiled(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                r"\w+teen|\w+ty|dozens)\s+(?:[\w\-]+\s+){0,3}?(?:drones|missiles|shaheds|uavs)\b")
#: _COUNT_OF_WEAPONS_RE with at most one word between, not a link word: "24 Shaheds", "61 Shahed drones", not "three
#: in Sumy as drones" nor "injures 16 as drones".
_TIGHT_COUNT_OF_WEAPONS_RE = compiled(_COUNT_OF_WEAPONS_RE.pattern.replace(
    r"(?:[\w\-]+\s+){0,3}?", r"(?:(?!(?:as|in|and|of|after|while|when|on|at|by)\s)[\w\-]+\s+)?"))
#: _COUNT_OF_WEAPONS_RE, but not a designation's number: "S-300 missiles" counts none.
_UNNAMED_COUNT_OF_WEAPONS_RE = compiled(r"(?<!-)" + _COUNT_OF_WEAPONS_RE.pattern)


def _main_counted_weapons(out: list[SentenceInfo], text_low: str) -> bool:
    """Whether a sentence of the report's own attack has counted drones or missiles (_COUNT_OF_WEAPONS_RE)."""
    return any(i.key == "main" and not i.excluded and _COUNT_OF_WEAPONS_RE.search(text_low, i.sentence.start,
                                                                                    i.sentence.end) for i in out)


def _main_counted(out: list[SentenceInfo], text_low: str) -> bool:
    """Whether a sentence of the report's own attack after its title has counted drones or missiles ("fired 76
    missiles"): a title's counts may be of the night its lead then tells by date ("On the night of June 20")."""
    return any(i.key == "main" and i.sentence.index and not i.excluded and _DIGIT_RE.search(i.sentence.text) and
               _WEAPON_WORD_RE.lowered.search(text_low, i.sentence.start, i.sentence.end) for i in out)


#: An attack told as days before the date a sentence names (lower case): "during russia's mass attack two days earlier".
_DAYS_BEFORE_RE = compiled(r"\b(?:attack|strike|barrage|bombardment|shelling)\s+(?P<n>two|three|four|five|six|\d)\s+"
                           r"days\s+(?:earlier|before)\b")
#: A toll as it stood on a day (lower case), before the date: "the death toll stood at 11 on ", "toll rose to 9 by ".
_TOLL_STOOD_ON_RE = compiled(rf"\btoll\b[^.;]{{0,30}}?\b(?:stood\s+at|{TOLL_ROSE})\s+[\w\-]+\s+(?:people\s+)?"
                             r"(?:on|by|as\s+of)\s+$")


def _days_before(day: str, days: int) -> str:
    """The day of _date_of's form ("mar 9") that lies a number of days before another ("mar 11")."""
    month, number = day.split()
    then = datetime.date(2024, _MONTH_NUMBERS[month] + 1, 1) + datetime.timedelta(days=int(number) - 1 - days)
    return f"{_MONTH_STARTS[then.month - 1]} {then.day}"


def _day_number(day: str) -> int:
    """A day of _date_of's form ("jun 7") as a number that orders the days of a year."""
    month, number = day.split()
    return _MONTH_NUMBERS[month] * 31 + int(number)


def _when_date(text: str, low: str) -> str | None:
    """The day of a month an attack is told of on ("came on December 30, when shelling killed 25"), in a report that
    gives no date or weekday of its own."""
    date = _date_of(text, low)
    return date[1] if date and _WHEN_ON_RE.match(low, date[0]) and _has_attack_word(low) else None


#: A date and the attack told of on it: "on Oct. 10, when".
_WHEN_AFTER_RE = compiled(r"[\w.]+\s+[\w.]+,?\s+when\b")
#: The same, after a date with its year: "September 30, 2022, when".
_WHEN_ON_RE = compiled(r"[\w.]+\s+[\w.]+(?:,?\s+(?:19|20)\d\d)?,?\s+when\b")
#: Where a clause about one strike ends and another begins: "Glide bombs kill three in Kharkiv; overnight drones hit
#: Odesa", "bombs struck Kharkiv, killing three, as Russia followed up with a drone attack on Odesa".
_CLAUSE_END_RE = compiled(r";|,\s+(?:as|while|and\s+then)\s|\s+as\s+russia\b")


def _clause_end(low: str, at: int) -> int:
    """Where the clause that holds position at of a (lower-case) sentence ends."""
    m = _CLAUSE_END_RE.search(low, at)
    return m.start() if m else len(low)


#: A night told by its two dates: "the night of 5-6 October", "night of October 6-7", "night of 30 June to 1 July".
#: (Or by its two dates and its month alone: "on 13-14 January".)
_NIGHT_RANGE_RE = ci(rf"night\s+of\s+"
                     rf"(?P<span>(?:{_MONTH}\s+)?\d{{1,2}}\s*(?:[-–—/]|to|into)\s*\d{{1,2}}(?:\s+{_MONTH})?"
                     rf"|\d{{1,2}}\s+{_MONTH}\s*(?:[-–—]|to|into)\s*\d{{1,2}}"
                     # (or by its two days of the week: "on the night of Tuesday to Wednesday")
                     rf"|{_DAY}\s*(?:[-–—/]|to|into)\s*{_DAY}"
                     # a night told by the date it ends on: "On the night of February 11 (from 18:00 on February 10)"
                     rf"|(?P<single>{_MONTH}\s+\d{{1,2}}\b(?!\s*(?:[-–—/]|,\s*\d{{1,2}}\b(?!\d)|to\b|into\b|and\b))|"
                     rf"\d{{1,2}}\s+{_MONTH}\b))"
                     rf"|\bon\s+(?P<dates>\d{{1,2}}\s*[-–—]\s*\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\s*[-–—]\s*\d{{1,2}})\b")
#: A sentence or subhead that opens on the night it tells of: "On the night of February 12, the enemy attacked".
_NIGHT_OPENS_RE = compiled(r"\s*(?:(?:On|During|Over|In)\s+)?(?:the\s+)?[Nn]ight\s+of\b")
_DIGIT_DASH_RE = compiled(r"\d\s*[-–—]\s*\d")
_NIGHT_DASH_RE = compiled(r"\s*(?:[-–—/]|\bto\b|\binto\b)\s*")
#: Where a sentence may turn from one side's attack to the other's: "Russia launches 112 drones at Ukraine; Ukrainian
#: drones hit Ryazan", "Russia struck Kyiv, killing three, as Moscow reported shooting down 43 Ukrainian drones".
_SIDE_TURN_RE = compiled(r";\s|(?:,?\s+(?:as|while|whereas)|,\s+(?:(?:a|one|two|three)\s+(?:day|days|week|weeks)\s+"
                         r"after|hours\s+after))\s+"
                         # (where the clause opens on its place: "while across the river in Beryslav a Russian drone")
                         r"(?:(?:across|in|on|at|near|over)\s+[^,;.]{1,60}?\s+(?=an?\s+russian)|"
                         r"(?=moscow|russia|the\s+russian|an?\s+russian\s|its\s+|the\s+kremlin|"
                         # (or Ukraine's word of Russia's attack: "as Ukraine reported a fresh Russian attack")
                         r"(?:ukraine|kyiv)\s+(?:reported|said|says|reports)\b[^,;.]{0,30}?\brussian\b))")
#: Where a sentence may turn from Russia's attack to Ukraine's: as _SIDE_TURN_RE ("..., as Moscow reported shooting
#: down 43 Ukrainian drones"), or at Ukraine's own attack: "Russia hurls 420 drones at Ukraine as Ukrainian drones
#: set Volgograd refinery ablaze".
_TURN_TO_UKRAINE_RE = compiled(_SIDE_TURN_RE.pattern + r"|,?\s+(?:as|while|whereas)\s+(?=ukrain|kyiv)|"
                               # a title's "Russian strikes kill four in Ukraine, Moscow says dozens of ... downed"
                               r",\s+(?=moscow\s+(?:says|said|claims|claimed|reports|reported)\b)")


#: The words a match of _SIDE_TURN_RE or _TURN_TO_UKRAINE_RE that opens on white space goes on with ("..., as Moscow
#: reported"); every other match opens on a semicolon or a comma.
_TURN_WORDS = ("as", "while", "whereas")


def _turn_search(pattern: re.Pattern[str], low: str, pos: int = 0) -> re.Match[str] | None:
    """The first match of pattern (_SIDE_TURN_RE or _TURN_TO_UKRAINE_RE) in a (lower-case) sentence from pos, as its
    search finds it.

    The pattern is tried only where a match may start: at a semicolon, at a comma, and where the white space before
    one of _TURN_WORDS starts (at pos, if it runs on from before it). A match that starts further into that white
    space reads what the one at its start does, so that one is found first. A search would test every white space
    position with each of the pattern's alternatives, which costs several times more."""
    starts: list[int] = []
    for mark in (";", ","):
        at = low.find(mark, pos)
        while at >= 0:
            starts.append(at)
            at = low.find(mark, at + 1)
    for word in _TURN_WORDS:
        at = low.find(word, pos + 1)
        while at >= 0:
            if low[at - 1].isspace():
                start = at - 1
                while start > pos and low[start - 1].isspace():
                    start -= 1
                starts.append(start)
            at = low.find(word, at + 1)
    return next(matches_at(pattern.match, low, starts), None)


def _turn_to_ukraine(low: str, ukr_starts: tuple[str, ...]) -> re.Match[str] | None:
    """Where a (lower-case) sentence turns from Russia's attack to Ukraine's (_TURN_TO_UKRAINE_RE): past a clause
    that goes on with Russia's ("Two injured in Berdychiv as Russia launches 126 drones; Moscow claims 28 Ukrainian
    drones": at the semicolon)."""
    turn = _turn_search(_TURN_TO_UKRAINE_RE, low)
    while turn is not None and (later := _turn_search(_TURN_TO_UKRAINE_RE, low, turn.end())) is not None and \
            _count_rus(clause := low[turn.start():later.start()]) and not _count_ukr(clause, ukr_starts):
        turn = later
    return turn


def _may_turn(low: str) -> bool:
    """Whether a (lower-case) sentence holds what every match of _SIDE_TURN_RE and _TURN_TO_UKRAINE_RE does: a
    semicolon, "as" (of "whereas" too), "while", "after" or ", moscow"; most hold none, and the test costs less than a
    scan."""
    return ";" in low or "as" in low or "while" in low or "after" in low or ", moscow" in low
_BYLINE_RE = compiled(r"^\s*By\s+[A-Z][\w.]+\s+[A-Z]")
#: Who in Russia tells of an attack, or is hurt in one, which names no side: "rose to 24, Russia's emergencies
#: ministry said", "Three Russian servicemen were mortally wounded".
_RU_SOURCE_RE = ci(r"\b(?:russian|moscow|kremlin)-(?:installed|appointed)\b|"
                   r"\brussia(?:['’]s|n)\s+(?:emergenc(?:y|ies)\s+ministry|health\s+ministry|officials|authorities|"
                   r"state\s+(?:media|news\s+agenc(?:y|ies))|news\s+agenc(?:y|ies)|servicem[ae]n|soldiers|"
                   # (where footage of the attack was shared: "Footage shared on Russian social networks")
                   r"social\s+(?:networks|media)|telegram\s+channels|media|bloggers|war\s+bloggers|"
                   r"service\s+members|military\s+personnel|civilians|residents|citizens)")
#: Those who govern occupied land for Russia: "the occupation authorities", "Russian-installed officials".
_OCCUPATION_AUTHORITIES_RE = compiled(r"\boccupation\s+(?:authorities|officials|administration|governor|head)\b|"
                                      r"\b(?:russian|moscow|kremlin)-installed\b")
#: Who in Ukraine tells of an attack, which names no side (lower case): "a source in Ukraine's SBU security service
#: quoted by Ukrainian media".
_UA_SOURCE_RE = compiled(r"\bukrain(?:e['’]s|ian)\s+(?:media|officials|sources?|(?:news\s+)?outlets?|"
                         r"(?:sbu\s+)?security\s+service|sbu|general\s+staff|(?:military\s+)?intelligence)\b|"
                         # (and its outlets by name: "Ukrainska Pravda has counted 17 drones shot down")
                         r"\bukrainska\s+pravda\b|\bukrinform\b")
#: A distance from the border, which names no side: "lies more than 800 km from the Ukrainian border".
_FROM_THE_BORDER_RE = compiled(r"\b(?:from|of|to)\s+the\s+ukrainian\s+border\b")
#: The attack told of before, dated: "the attack on Monday afternoon", "the strike late on Sunday".
_THE_ATTACK_ON_DAY_RE = compiled(rf"\b[Tt]he\s+(?:attack|strike|assault)\s+(?:(?:early|late)\s+)?on\s+{_DAY}\b")
#: The same dated by the day of a month: "The strike on Jan. 14 destroyed ...".
_THE_ATTACK_ON_DATE_RE = compiled(
    rf"^\s*The\s+(?:attack|strike|assault)\s+on\s+(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\b")
#: A strike named with its date: "the russian missile strike on a building in poltava on 3 february".
_STRIKE_ON_DATE_RE = compiled(rf"\b(?:strike|attack)\b[^.;:]{{0,80}}?\bon\s+(?:{_MONTH}\.?\s+\d{{1,2}}|"
                              rf"\d{{1,2}}\s+{_MONTH})\b", re.IGNORECASE)
#: A sentence that opens with an earlier hour of the report's day: "Earlier on Saturday, the ministry said".
_EARLIER_SAME_DAY_RE = compiled(rf"\s*Earlier\s+(?:on\s+)?{_DAY}\b|\s*Earlier\s+(?:that|the\s+same)\s+day\b")
#: A sentence that tells of two days' strikes, the first opening it on a weekday: "On Sunday, strikes killed 13 people,
#: while on September 30 a strike on a convoy killed 32" (cut: where the second day's part starts).
_TWO_DAYS_TOLD_RE = ci(rf"\s*On\s+(?P<day>{_DAY})\s*,?\s+[^;:]{{10,200}}?(?P<cut>(?:,\s+while|,\s+and|;)\s+on\s+"
                       rf"(?:{_DAY}|{_MONTH}\.?\s+\d|\d{{1,2}}\s+{_MONTH}))")
#: Russia's word that it downed drones, which names no side of theirs (lower case): "russia says it downed 64 drones",
#: "moscow claims 64 drones shot down", "russia claims 112 uavs shot down".
_RUSSIA_DOWNED_CLAIM_RE = compiled(
    r"\b(?:russia|moscow|russia['’]s\s+(?:defen[cs]e\s+)?ministry|the\s+russian\s+(?:defen[cs]e\s+)?ministry)\s+"
    r"(?:says|said|claims|claimed)\s+(?:that\s+)?(?:(?:it|its\s+air\s+defen[cs]es?)\s+(?:had\s+|has\s+)?)?"
    r"(?:(?:downed|shot\s+down|destroyed|intercepted)\s+(?:more\s+than\s+|at\s+least\s+|over\s+)?[\w,\-]+\s+"
    r"(?:[\w\-]+\s+)?(?:drones|uavs)\b|(?:more\s+than\s+|at\s+least\s+|over\s+)?[\w,\-]+\s+(?:[\w\-]+\s+)?(?:drones|uavs)\s+"
    r"(?:were\s+|had\s+been\s+)?(?:downed|shot\s+down|destroyed|intercepted)\b)")
#: The Russian defence ministry's own words for its air defences, as its briefings are translated (lower case): what
#: they shot down is Ukraine's, over whichever region the ministry names.
_AIR_DEFENCE_MEANS_RE = compiled(r"\bair[\s-]+defen[cs]e\s+(?:means|capabilities|assets|weapons)\b")
_CONTINUE_RE = compiled(r"^\s*(?:It|They|The\s+ministry|According\s+to\s+the\s+ministry|The\s+(?:Russian\s+)?"
                        r"(?:Defen[cs]e\s+)?Ministry|Another|Air\s+defen[cs]e)")
_WEAPON_WORD_RE = ci(r"\b(?:drones?|missiles?)\b")
#: What rescuers found of a strike's dead the day after (_RECOVERED_KEYS: its words, lower case, one of which a
#: sentence must hold for it to be read): "the body of a watchman was recovered from beneath the debris".
_RECOVERED_KEYS = any_of("rescuer", "recovered", "pulled", "rubble", "debris")
_RECOVERED_RE = ci(r"\b(?:rescuers?|bod(?:y|ies)\b[^.;]{0,80}?\b(?:recovered|pulled|found|retrieved)|"
                   r"(?:recovered|pulled|retrieved)\s+from\s+(?:beneath|under)\s+the\s+(?:rubble|debris))\b")
#: Words of people killed or hurt (lower case): a sentence without one tells of no casualties.
HURT_KEYS = any_of(*HURT_WORDS)


@dataclass(slots=True)
class SentenceInfo:
    """What segmentation decided about one sentence."""

    sentence: Sentence
    excluded: bool
    attacker: str
    key: str  # which attack of that attacker: "main", a day name, "record-3", "bombs" ...
    #: In a sentence that names an earlier record: where that mention starts (offset in the sentence) and the
    #: attack the figures before it belong to ("Russia launched 500 drones, surpassing the record of 741").
    record_at: int = -1
    lead_key: str = "main"
    #: The attacker of the figures before record_at, where it is not the sentence's: a title's "Russia launches 112
    #: drones at Ukraine; Ukrainian drones hit Ryazan refinery".
    lead_attacker: str = ""
    #: Where, after record_at, the sentence turns back to the lead's attack: "Russia launched a record 6,297 drones in
    #: July, ... and it kept up the pressure overnight with 45 drones" (offset in the sentence).
    back_at: int = -1


#: A clause after a record's that tells of the night the report is of: ", and it kept up the pressure overnight".
_BACK_TO_THE_NIGHT_RE = ci(r",?\s+(?:and|while)\s+(?:it|Russia|Moscow|Russian\s+forces)\s+(?:[\w\-]+\s+){0,5}?"
                           r"(?:overnight|last\s+night)\b")
#: A night told by the day it ends on: "overnight into Saturday", "the night to Sunday".
_INTO_DAY_RE = compiled(rf"\b(?i:overnight|night)\s+(?:in)?to\s+({_DAY})\b")
#: What opens a sentence on the night before a day, up to _INTO_DAY_RE's "night to Tuesday": "In the night to
#: Tuesday, ...", "The night to Wednesday was heavier".
_THE_NIGHT_OPENS_RE = compiled(r"\s*(?:(?:In|On|During|Over)\s+)?(?i:the)\s+(?=night\b)")
#: A sentence's opening on a weekday's night: "On Wednesday night it was our turn."
_WEEKDAY_NIGHT_OPENS_RE = compiled(rf"\s*(?:(?:Late\s+)?On\s+)?({_DAY})\s+night\b")
#: A day that opens the tale of the next place attacked: "On Thursday it was the turn of Mala Vyska", "On Friday
#: it was Uman's turn".
_DAYS_TURN_RE = compiled(rf"\s*(?:On\s+)?({_DAY})(?:\s+(?:morning|afternoon|evening))?,?\s+(?:it\s+was|came)\s+"
                         r"(?:the\s+turn\s+of\b|[\w\-]+(?:\s+[\w\-]+)?['’]s\s+turn\b)")
#: The night after a day: "On Saturday night", "late on Saturday".
_DAY_NIGHT_RE = compiled(rf"\b(?:{_DAY})\s+(?:night|evening)\b|\blate\s+on\s+{_DAY}\b")
#: The span of a night's tally from the evening before: "43 drones had been launched since Sunday evening".
_SINCE_EVENING_RE = compiled(rf"\bsince\s+(?:late\s+)?{_DAY}\s+(?:evening|night)\b")
#: Where a sentence turns to the next attack: "..., and followed it with another wave", "then launched another".
_FOLLOWED_RE = compiled(r"(?:,\s*|\s+)(?:and\s+)?(?:then\s+|later\s+)?(?:followed|launched\s+(?:another|a\s+second)|"
                        r"(?:struck|hit|attacked)\s+again|returned)\b")


#: A place struck again on a day, told with no attack word: "And then Kaniv again on Thursday."
_AGAIN_ON_DAY_RE = compiled(r"\b[A-Z][\w'’\-]+\s+again\s+on\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


#: An earlier report referred to, at a sentence's start (lower case): "As reported", "As Ukrinform reported earlier".
_AS_REPORTED_RE = compiled(r"as\s+(?:[\w\-]+\s+){0,2}?(?:previously\s+|earlier\s+)?reported\b")
#: An outlet's own earlier report recalled, at a sentence's start (lower case): "ukrinform reported earlier that",
#: "interfax-ukraine recalls that".
_OUTLET_RECALLS_RE = compiled(r"[\w\-]+(?:\s+[\w\-]+)?\s+(?:reported\s+earlier|earlier\s+reported|"
                              r"previously\s+reported|recalls|recalled|reminds)\s+that\b")


def _attack_day(text: str, low: str) -> str | None:
    """The weekday an attack happened on, if the sentence (low: lower-cased) names one outside 'said on Monday'
    phrasing."""
    if "day" not in text or not _first_day(text):
        return None
    if not _has_attack_word(low):
        # "The night to Wednesday was heavier.": a night named as the next of a piece told night by night
        if "night" in low[:20] and (opens := _THE_NIGHT_OPENS_RE.match(text)) and \
                (night := _INTO_DAY_RE.match(text, opens.end())):
            return night.group(1)
        if "again" in low and (again := _AGAIN_ON_DAY_RE.search(text)):
            return again.group(1)  # "And then Kaniv again on Thursday.": the place's next attack, on that day
        if "night" in low[:22] and (night := _WEEKDAY_NIGHT_OPENS_RE.match(text)) and not _DIGIT_RE.search(text):
            # "On Wednesday night it was our turn.": so is a weekday's night a sentence with no count opens on (but
            # not "On Wednesday night officials had put the death toll at 25", a count told then)
            return night.group(1)
        if "turn" in low and (turn := _DAYS_TURN_RE.match(text)):
            return turn.group(1)  # "On Thursday it was the turn of Mala Vyska.": the next place's attack, that day
        return None
    if ("warn" in low or "alert" in low) and _WARNED_OF_RE.search(low):
        return None  # "On Wednesday the US embassy published a security alert ... of a potential air attack"
    if ("retaliat" in low or "revenge" in low or "response" in low or "reprisal" in low) and (
            what := _RETALIATION_FOR_RE.search(text)):
        text = text[:what.start()]  # "retaliation for an explosion on Saturday": the day of what was avenged
    if ("'s " in text or "’s " in text) and (named := _DAYS_ATTACK_RE.search(text)):
        return named.group(1)  # "searching on Friday, as the toll from Thursday's missile strike stood at 23"
    told = _REPORT_DAY_RE.sub(" ", text)
    m = _first_day_past(told)  # ("schools closed until Monday after the strike on Friday": Friday's)
    if m and _DAYS_AFTER_RE.match(told, m.end()):
        return None  # "ended their search on Tuesday, three days after a Russian missile tore through it"
    return m.group(0) if m else None


#: A warning of an attack to come, whose day is the warning's: "published a security alert ... of a potential
#: significant air attack".
_WARNED_OF_RE = compiled(r"\b(?:warn(?:ed|ing|ings|s)?|alert)\b[^;]{0,160}?\b(?:potential|possible|expected|imminent|"
                         r"likely|impending|threat\s+of)\b")
#: An attack named by its day: "Thursday's Russian missile strike on the city".
_DAYS_ATTACK_RE = compiled(rf"\b({_DAY})['’]s\s+(?:[\w\-]+\s+){{0,4}}?(?:strikes?|attacks?|bombardment|barrage|"
                           r"shelling|raids?|bombing|assault)\b")
#: Days told after a weekday, which make it a later day's than the attack's: "on Tuesday, three days after".
_DAYS_AFTER_RE = compiled(r",?\s+(?:two|three|four|five|six|several|[2-9])\s+days\s+(?:after|since)\b")
#: What an attack is told to avenge, whose day is not the attack's: "in retaliation for an explosion on Saturday".
_RETALIATION_FOR_RE = compiled(r"\b(?:retaliation|revenge|response|reprisal)\s+(?:for|to)\b", re.IGNORECASE)


def _weekday(text: str) -> str | None:
    """The first weekday a sentence names, however it names it ("On Wednesday, the ministry reported ..."), but for a
    day to come ("lessons will be held remotely until Monday")."""
    m = _first_day_past(text)
    return m.group(0) if m else None


#: What comes before a day to come: "until Monday", "from next Tuesday"; or before the day of a time told again in
#: another zone: "at around 1:00 am local time (2200 GMT Thursday)".
_UNTIL_DAY_RE = compiled(r"\b(?:until|till|next)\s+$|\(\d{1,2}[:.]?\d\d\s+(?:GMT|UTC)\s+(?:on\s+)?$")


def _first_day_past(text: str) -> re.Match[str] | None:
    """_first_day, past a first weekday that is a day to come ("lessons will be held remotely until Monday")."""
    m = _first_day(text)
    if m and _UNTIL_DAY_RE.search(text, max(0, m.start() - 12), m.start()):
        return _DAY_RE.search(text, m.end())
    return m


#: A strike's verb: what a sentence that opens on an earlier hour tells of, to tell of another strike.
_STRUCK_RE = compiled(r"\b(?:attacked|struck|hit|shelled|killed|killing|wounded|wounding|injured|injuring)\b")


def _places_told(out: list[SentenceInfo], places: dict[int, list[PlaceMention]], key: str) -> set[str]:
    """The names of the places the sentences of an attack (by its key) named, after the title."""
    return {p.place.name for info in out if info.key == key and info.sentence.index
            for p in places.get(info.sentence.index, ())}


def _first_attack_day(out: list[SentenceInfo], text_low: str) -> str | None:
    """The weekday the first sentence of the report's own attack that names one tells of, or None."""
    for info in out:
        if info.key == "main" and not info.excluded and \
                (day := _attack_day(info.sentence.text, text_low[info.sentence.start:info.sentence.end])):
            return day
    return None


def _day_before(day: str, other: str) -> bool:
    """Whether a weekday is the one before another ("Tuesday night" in a report told on Wednesday)."""
    return _days_after(day, other) == 1


#: A sentence that opens on a day of the week: "On Sunday morning, an FPV drone attacked a car".
_DAY_OPENS_RE = compiled(rf"\s*(?:Early\s+|Late\s+)?On\s+({_DAY})(?:\s+(?:morning|afternoon|evening))?\s*,")


def _is_leads_weekday(day: str, report_day: str, report_date: str, lead: str) -> bool:
    """Whether a weekday is that of the date the lead tells its strike on, counted back from the report's own weekday
    and date (a stamp's "Tuesday, 10 February 2026" over a lead's "on 9 February": Monday)."""
    told = _date_of(lead)
    if told is None or not 0 < (back := _day_number(report_date) - _day_number(told[1])) < 7:
        return False  # (across a month's end _day_number counts 31 days a month: a day may be off, never the week)
    return _days_after(day, report_day) == back


def _days_after(day: str, other: str) -> int:
    """How many days after a weekday another comes, within the week after it (Saturday to Monday: 2)."""
    return (_WEEKDAYS.index(other) - _WEEKDAYS.index(day)) % 7


def _in_quotes(text: str, at: int) -> bool:
    """Whether a position of a sentence lies between quotation marks (an odd number of them before it)."""
    return (text.count('"', 0, at) + text.count("“", 0, at) + text.count("”", 0, at)) % 2 == 1


def _first_day(text: str) -> re.Match[str] | None:
    """_DAY_RE's first match in a text, looked for from six letters before the first "day": every weekday's name
    ends in "day" and has at most six letters before it ("Wednes"), so no match starts earlier."""
    at = text.find("day")
    return None if at < 0 else _DAY_RE.search(text, max(0, at - 6))


def _date_of(text: str, low: str | None = None) -> tuple[int, str] | None:
    """Where a sentence first names a day of a month ("July 9", "9 Aug."), and that day as "jul 9" (low: the sentence
    lower-cased, where the caller has it)."""
    digit = _DIGIT_RE.search(text)
    if digit is None:  # the pattern needs a digit: finding none in C is much cheaper than any()
        return None
    if low is None:
        low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: the pattern reads the text as written
        pattern, read = _DATE_RE._ci, text
    elif not _MONTH_KEYS(low):  # most sentences with a digit name no month: the search would read them to the end
        return None
    else:
        pattern, read = _DATE_TWINS[plain_ascii(low)], low
    # a match holds the first digit or comes after it, so it starts at most a month's name ("september") and the
    # white space after that before it: the search need not test the positions before (it tests every one)
    at = digit.start()
    while at and text[at - 1].isspace():
        at -= 1
    m = pattern.search(read, max(0, at - 9))
    while m is not None:
        month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
        m_at = m.start("m1") if m.group("m1") else m.start("m2")
        if text[m_at] != "m" or month.lower() != "may":  # "12 may have reached": the verb, not the month
            return m.start(), f"{month[:3].lower()} {int(day)}"
        m = pattern.search(read, m.end())
    return None


#: What may open a sentence before a superlative attack that is its subject: "Background: The ", "The ".
_RECORD_AS_SUBJECT_RE = compiled(r"\s*(?:[a-z][a-z ]{0,20}:\s*)?the\s+")


#: A date between commas right before a count of weapons: ", on 27 June, two Kh-22 missiles" (lower case).
_ON_DATE_COUNT_RE = ci(rf",\s+on\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?,\s+"
                       r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+(?:[\w\-]+\s+){0,2}?"
                       r"(?:missiles?|drones?|shaheds?|rockets?)\b")


def _earlier_record_at(text: str, low: str, main_date: str | None,
                       superlatives: tuple[str, ...] = _SUPERLATIVE_WORDS) -> int:
    """Where a sentence (low: lower-cased) starts telling of a superlative attack on another date than the
    report's, or -1 (superlatives: those of _SUPERLATIVE_WORDS the text holds)."""
    if not _holds_any(low, superlatives) or (date := _date_of(text, low)) is None or date[1] == main_date:
        return -1
    if (night := _NIGHT_OF_RE.lowered.search(low, max(0, date[0] - 30), date[0])) and \
            not low.endswith(("since the ", "since "), 0, night.start()):
        # "on the night of February 3 (from 18:00 on February 2)": how air force reports date their own night (not "the
        # largest attack since the night of 7 September, when ...": another night)
        return -1
    sup = _SUPERLATIVE_RE.lowered.search(low)
    if sup is None or not _has_attack_word(low):
        return -1
    if (came := _CAME_AFTER_RE.lowered.search(low, 0, date[0])) is not None and came.end() < sup.start() and \
            low.startswith(_RUSSIA_AS_SUBJECT, came.end()) and ";" not in low[came.end():date[0]]:
        return came.end()  # "This attack came barely a week after Russia launched 127 missiles ... on 26 August"
    return min(sup.start(), date[0])


def second_record_at(low: str) -> int:
    """Where a (lower-case) sentence that recalls a record goes on to another, of another date ("the previous largest
    attack had been on Nov. 15, 2022, when Russia fired 96 missiles, and that the largest drone attack was on
    Nov. 25, with 75 drones"), or -1."""
    dates = list(_DATE_RE.lowered.finditer(low))
    if len(dates) < 2 or dates[0].group(0) == dates[1].group(0):
        return -1
    sup = _SUPERLATIVE_RE.lowered.search(low, dates[0].end(), dates[1].start())
    return sup.start() if sup else -1


def _is_furniture(text: str, low: str) -> bool:
    """Whether a sentence (low: lower-cased) is a page's furniture, which tells of no attack: a caption, a byline, a
    "Read more" link, an advertisement, an editor's note on what an update changed, a claim a fact-check asks about
    or refutes."""
    return (low.lstrip().lstrip("[").startswith(_EXCLUDE_STARTS) and _EXCLUDE_RE.lowered.match(low) is not None) or (
        (low.lstrip().startswith("(") or _EDITORS_NOTE_HOLDS in low) and
        _EDITORS_NOTE_RE.lowered.match(low) is not None) or (
        len(text) < 120 and _BYLINE_RE.match(text) is not None) or (
        ("claim" in low or "not appear" in low) and _REFUTED_CLAIM_RE.lowered.search(low) is not None) or (
        text.rstrip().endswith("?") and low.lstrip().startswith(_YES_NO_STARTS)) or (
        "(" in text and _CAPTION_KEYS(low) and _CAPTION_RE.lowered.search(low) is not None)


#: The evening hour a night's tally starts from: "destroyed since 8 p.m. on Tuesday", "from 20:00 on Tuesday".
_NIGHT_OPENED_RE = compiled(rf"\b(?:since|from|after|starting\s+at)\s+(?:(?:[5-9]|1[01])(?:[:.]\d\d)?\s*p\.?\s?m\.?|"
                            rf"(?:1[7-9]|2[0-3])[:.]\d\d)\s+(?:\(?Moscow\s+time\)?\s+|local\s+time\s+)?(?:on\s+)?{_DAY}\b")
#: What tells that the counts of an example are no real night's: "an invented example", "the numbers are made up".
_MADE_UP_RE = compiled(r"\b(?:invented|hypothetical|imaginary|fictional|made[\s-]up)\b")
#: An example a sentence gives: "for example:", "take an invented example:", "for instance,".
_FOR_EXAMPLE_RE = compiled(r"\b(?:for\s+(?:example|instance)|example\s*:)")
#: A sentence telling again of the strike the lead told of: "The missile hit Dnipro on Saturday afternoon", "The
#: attack took place on Saturday afternoon on the road between Pogar and a village".
_THE_STRIKE_HIT_RE = compiled(r"\s*The\s+(?:(?:FPV|Shahed|Ukrainian|Russian|enemy|kamikaze|attack)\s+)?"
                              r"(?:missile|strike|attack|drone|rocket|bomb)s?\s+"
                              r"(?:hit|struck|slammed\s+into|landed|tore\s+through|took\s+place|happened|"
                              r"occurred)\b")
#: The attack on the place the lead told of, struck again by name: "Russian forces struck the city on Wednesday".
_STRUCK_THE_CITY_RE = compiled(r"\s*(?:Russian\s+(?:forces|troops|missiles?|drones?)|Russia|The\s+Russians|"
                               r"The\s+enemy)\s+(?:\w+\s+)?(?:struck|hit|attacked|targeted|shelled)\s+the\s+"
                               r"(?:city|town|capital|village|regional\s+centre|regional\s+center)\b")


#: A date that heads the lines after it ("OCTOBER 31", "Nov. 15, 2022:"), in a factbox or a digest of several days.
_DATE_HEADING_RE = compiled(rf"(?i:(?:(?:the\s+)?night\s+of\s+)?{DATE_WORDS}(?:\s*\((?:the\s+)?(?:night|overnight)\s+"
                            # (a factbox's "FEB 2 (NIGHT TO MONDAY)", a review's "The night of Jan. 13")
                            rf"(?:to|into|of|before)\s+[a-z]+\))?[.:]?)")
#: A date and the place struck heading an attack's lines in a factbox ("JAN 21, 2024 - UST-LUGA") or a timeline's
#: item ("• Aug. 7 — Krasnopillia hromada. An FPV drone struck a car ...", "- 14 October, Bilozerka. A drone ...").
DATE_PLACE_HEADING_RE = compiled(
    rf"(?:{BULLET_CLASS}\s*)?(?i:{DATE_WORDS})(?:\s+[-–—]\s+|,\s+)[A-Z][\w'’\-]*"
    r"(?:,?\s+[A-Z][\w'’\-]*|\s+(?:hromada|district|region|oblast|village|community)){0,4}"
    # (and the hour a log's entry was made: "7 Sep, Rozhyshche, 03:55.", "6 Sep, Lutsk, 17:40–19:30.")
    r"(?:,\s+\d{1,2}[:.]\d\d(?:\s*[-–—]\s*\d{1,2}[:.]\d\d)?)?[.:]?")
#: A date and a few words of what it brought, heading a week's review's paragraph: "Sept. 9: Yarova", "Sept. 10: over
#: Poland".
_DATE_LABEL_HEADING_RE = compiled(rf"(?i:{DATE_WORDS})\s*:\s+[\w'’\-]+(?:\s+[\w'’\-]+){{0,3}}")
#: The headings of a section that recalls earlier strikes, lower-cased.
_EARLIER_HEADINGS = frozenset(("earlier", "previously", "earlier attacks", "earlier strikes"))
#: A week's (or month's) round-up, in its title or lead: "the week in Ukraine", "Week's results", "Week in review".
_ROUNDUP_RE = compiled(r"\b(?:the\s+)?(?:past\s+|last\s+)?(?:week|month)(?:'s|’s)?\s+"
                       r"(?:in\s+(?:review|ukraine)|results|wrap|round-?up|in\s+the\s+air)\b|\bweekly\s+(?:round-?up|wrap|digest|review)\b|"
                       r"\bthe\s+(?:past|last)\s+week\s+brought\b")
#: A paragraph of a round-up that opens on the date of its attack: "On the morning of April 17, three Iskander-M
#: missiles hit ...", "Overnight into June 17, Russia launched ...", "On the night of June 20, ..." (_DATE_LEAD_RE reads
#: neither "Overnight into" nor a part of the day, and its other uses must not start to).
_ROUNDUP_DATED_RE = compiled(r"\s*(?:On\s+(?:the\s+(?:morning|night|evening|afternoon)\s+of\s+)?|"
                             r"Overnight\s+(?:into|on|to)\s+|During\s+the\s+night\s+(?:of|into|to)\s+)"
                             rf"(?:{_DAY},?\s+)?(?i:{DATE_WORDS})\b")
#: A question heading an explainer's section on one day's attack: "What happened on Dec. 6?", "And on Dec. 13?".
_QUESTION_DATE_HEADING_RE = compiled(rf"(?:[\w'’]+\s+){{0,3}}?on\s+(?:the\s+night\s+of\s+)?(?i:{DATE_WORDS})\?")
#: A heading in capitals that ends in a date, over the lines of that day's attack in a factbox of records: "BIGGEST
#: ATTACK - 7 SEPTEMBER", "UKRAINE'S BIGGEST DRONE ATTACK ON RUSSIA: 11 MARCH".
_CAPS_DATE_HEADING_RE = compiled(rf"(?:{BULLET_CLASS}\s*)?([^\n]{{3,70}}?)\s*[-–—:]\s+(?i:{DATE_WORDS})[.:]?")
#: A place and a date opening a paragraph of a review of several strikes, each told under its own: "Hroza, October 5,
#: 2023. A missile hit the village café ...".
PLACE_DATE_HEADING_RE = compiled(rf"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}},\s+(?i:{DATE_WORDS})[.:]")
#: A line that is only a day of the week, and the part of it, as a week's review heads each night it tells of:
#: "Monday night", "Wednesday", "Friday night".
WEEKDAY_HEADING_RE = compiled(r"(?P<day>(?i:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                               r"(?:\s+(?:night|morning|afternoon|evening))?))"
                               # (and the place a diary's day tells of: "MONDAY - Seredyna-Buda", "MONDAY: OREL")
                               r"(?:(?:\s+[-–—]|:)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?"
                               # (or its date in brackets: "MONDAY NIGHT (Jan. 12-13)", "FRIDAY (Jan. 16)")
                               r"(?:\s*\((?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|"
                               r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Za-z]{3,9}\.?)\))?[.:]?")

#: A diary's or a trip log's numbered day or night opening its paragraph: "Day 3, Wednesday.", "Night 2-3.", "Day 2,
#: rest day in Vyzhnytsia, 23 August.", "Day 5 (Friday) - Mena."
NUMBERED_DAY_HEADING_RE = compiled(r"(?i:(?P<which>day|night)\s+(?P<n>\d{1,2}(?:\s*[-–]\s*\d{1,2})?))"
                                    r"(?:,\s+[A-Z][a-z]+|(?:,\s+[^.:,\n]{2,30}){1,2},\s+\d{1,2}\s+[A-Z][a-z]+|"
                                    # (a weekday in brackets and where the day went: "Day 4 (Thursday) - Snovsk to
                                    # Mena.")
                                    r"(?:\s+\([A-Z][a-z]+\))?\s+[-–—]\s+[A-Z][^.:,\n]{1,40})?[.:]")


#: A section's heading that names a place and a night: "I. Yeysk, night to Tuesday", "Millerovo, Thursday night".
_PLACE_NIGHT_HEADING_RE = compiled(rf"(?:[IVX]+\.\s+)?(?:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?,\s+)?"
                                   rf"(?:(?:[Tt]he\s+)?[Nn]ight\s+(?:to|into|of)\s+({_DAY})|({_DAY})\s+night)[.:]?")
#: The parts of the day a heading of a place's section names ("Kharkiv, night."): _date_headings keys such a section
#: by its part and place ("night kharkiv"), which segment tells by these prefixes.
_PART_OF_DAY_WORDS = ("night", "overnight", "morning", "afternoon", "evening")
_PARTS_OF_DAY = tuple(f"{word} " for word in _PART_OF_DAY_WORDS)
#: A place and a part of the day heading a section on that strike: "Kharkiv, night.", "Bohodukhiv, morning."
_PLACE_PART_OF_DAY_HEADING_RE = compiled(
    r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?),\s+"
    rf"({'|'.join(f'[{word[0].upper()}{word[0]}]{word[1:]}' for word in _PART_OF_DAY_WORDS)})\.?")
#: A numeral alone at a line's start, which numbers the heading after it: "II. Millerovo, night to Thursday", "1.
#: MONDAY NIGHT: KSTOVO".
_NUMERAL_BEFORE_RE = compiled(r"(?:^|\n)[ \t]*(?:[ivx]+|\d{1,2})\.[ \t]+$")
#: A line that names a part of the day alone, as a regional digest heads the night's news and then the day's:
#: "Overnight", "During the day on 11 March".
_PART_OF_DAY_HEADING_RE = compiled(rf"(?i:(?P<night>overnight|(?:during\s+the\s+|last\s+)night)|"
                                   rf"(?P<day>(?:during|throughout)\s+the\s+day(?:time)?(?:\s+(?:on\s+)?"
                                   rf"{DATE_WORDS})?))[.:]?")


#: A timeline's entry, opening on a date with its year and a full stop: "January 21, 2024. The first strike."
_DATED_ENTRY_RE = compiled(rf"(?:{_MONTH}\s+\d{{1,2}},\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d)\.\s")


def _dated_entries(sentences: list[Sentence], text_low: str) -> dict[int, str]:
    """The days of a timeline's entries, by the index of the sentence each opens on its date ("January 21, 2024. The
    first strike."), where two or more open paragraphs."""
    out: dict[int, str] = {}
    for s in sentences[2:]:
        if _opens_paragraph(text_low, s) and s.text[:1].isalnum() and _DIGIT_RE.search(s.text, 0, 20) and \
                _DATED_ENTRY_RE.match(s.text) and (date := _date_of(s.text[:20])):
            out[s.index] = date[1]
    return out if len(out) >= 2 else {}


def _date_headings(sentences: list[Sentence], text_low: str) -> dict[int, str]:
    """The days of the dates that head lines of a text ("OCTOBER 31", "NOVEMBER 15"; or "Monday night", "Wednesday"), by
    sentence index, where they are two days or more: a factbox of several days (a live blog's one day, "Thursday 31
    July", is the attack's)."""
    out: dict[int, str] = {}
    for s in sentences[2:]:  # (no heading opens a text's first two sentences)
        if len(s.text) > 80:
            continue  # (no heading is as long, and most sentences are)
        # (_date_of finds no date where the line holds no digit: that costs much less than the headings' patterns)
        if _own_line(text_low, s) and _DIGIT_RE.search(s.text) and (
                caps := _CAPS_DATE_HEADING_RE.fullmatch(s.text)) is not None and caps.group(1).isupper() and \
                (date := _date_of(s.text, text_low[s.start:s.end])):
            out[s.index] = date[1]  # a factbox's "DEADLIEST ATTACK ON THE CAPITAL - 31 JULY" over that night's lines
        elif len(s.text) <= 40 and (_own_line(text_low, s) or (
                text_low[s.end:s.end + 1] in ("\n", "") and _NUMERAL_BEFORE_RE.search(
                    text_low, max(0, text_low.rfind("\n", 0, max(0, s.start - 1))), s.start))):
            if (_DATE_HEADING_RE.fullmatch(s.text) or DATE_PLACE_HEADING_RE.fullmatch(s.text) or
                    _DATE_LABEL_HEADING_RE.fullmatch(s.text) or _QUESTION_DATE_HEADING_RE.fullmatch(s.text)) and \
                    (date := _date_of(s.text, text_low[s.start:s.end])):
                out[s.index] = date[1]
            elif (weekday := WEEKDAY_HEADING_RE.fullmatch(s.text)) is not None:
                out[s.index] = weekday.group("day").lower()
            elif (night := _PLACE_NIGHT_HEADING_RE.fullmatch(s.text)) is not None:
                # "I. Yeysk, night to Tuesday": a review's section on that night's strike
                out[s.index] = f"{(night.group(1) or night.group(2)).lower()} night"
            elif (part := _PART_OF_DAY_HEADING_RE.fullmatch(s.text)) is not None:
                # a digest's "Overnight" and "During the day on 11 March": the night it tells of, then the day's
                date = _date_of(s.text, text_low[s.start:s.end]) if part.group("day") else None
                out[s.index] = "night" if part.group("night") else date[1] if date else "day"
            elif numbered_day := _numbered_day(s.text):
                out[s.index] = numbered_day  # "Day 2 (Tuesday) - Horodnia." on its own line
        elif len(s.text) <= 50 and _opens_paragraph(text_low, s) and _DIGIT_RE.search(s.text) and (
                PLACE_DATE_HEADING_RE.fullmatch(s.text) or DATE_PLACE_HEADING_RE.fullmatch(s.text)) and \
                (date := _date_of(s.text, text_low[s.start:s.end])):
            # "Hroza, October 5, 2023." or "• Aug. 2 — Bilopillia." opening the paragraph of that strike
            out[s.index] = date[1]
        elif len(s.text) <= 30 and _opens_paragraph(text_low, s) and "," in s.text and \
                (part_of_day := _PLACE_PART_OF_DAY_HEADING_RE.fullmatch(s.text)) is not None:
            # "Kharkiv, night." and "Bohodukhiv, morning." opening the paragraphs of a piece on each strike of a day
            out[s.index] = f"{part_of_day.group(2).lower()} {part_of_day.group(1).lower()}"
        elif len(s.text) <= 20 and s.text.endswith((".", ":")) and _opens_paragraph(text_low, s) \
                and (weekday := WEEKDAY_HEADING_RE.fullmatch(s.text)) is not None:
            out[s.index] = weekday.group("day").lower()  # "Saturday night. The heaviest night: 112 drones"
        elif len(s.text) <= 60 and _opens_paragraph(text_low, s) and \
                (numbered_day := _numbered_day(s.text)):
            # "Night 2-3. Air-raid alert at 02:10 ...", "Day 4, Tlumach, 26 August.": a trip log's night or day, told
            # apart from the next
            out[s.index] = numbered_day
    return out if len(set(out.values())) >= 2 else {}


#: An item of a list of nights that opens on its date and a colon, then the night's counts: "- March 7: 67 missiles and
#: 194 drones."
_DATED_ITEM_RE = compiled(rf"{BULLET_CLASS}\s*(?i:{DATE_WORDS})\s*:\s+\d")


def _dated_items(sentences: list[Sentence], text_low: str) -> dict[int, str]:
    """The dates that open the items of a list of nights, each told with its counts on its line, by sentence index,
    where two dates or more do: a monthly review's "biggest attacks of the month", each night an attack of its own."""
    out: dict[int, str] = {}
    if ":" not in text_low:
        return out
    for s in sentences:
        if s.index >= 2 and text_low[s.start:s.start + 1] in BULLETS and _opens_paragraph(text_low, s) and \
                _DATED_ITEM_RE.match(s.text) and (date := _date_of(s.text, text_low[s.start:s.end])):
            out[s.index] = date[1]
    return out if len(set(out.values())) >= 2 else {}


#: A card's heading of a numbered night and its dates after a bar: "NIGHT 1 | 4-5 December".
_NUMBERED_CARD_HEADING_RE = compiled(r"(?i:(?P<which>day|night)\s+(?P<n>\d{1,2}))\s*\|\s*[^|\n]{2,40}")


def _numbered_day(text: str) -> str | None:
    """The key of a trip log's numbered day or night a heading names ("day 4", "night 2-3"), if it is one."""
    if (numbered := NUMBERED_DAY_HEADING_RE.fullmatch(text) or _NUMBERED_CARD_HEADING_RE.fullmatch(text)) is None:
        return None
    days = "-".join(part.strip() for part in re.split("[-–]", numbered.group("n")))
    return f"{numbered.group('which').lower()} {days}"


def _night_span(night: re.Match[str]) -> str:
    """The dates of a night _NIGHT_RANGE_RE found, as a key compares them: "october 5-6"."""
    return _NIGHT_DASH_RE.sub("-", (night.group("span") or night.group("dates")).strip()).lower()


def _opens_paragraph(text_low: str, s: Sentence) -> bool:
    """Whether a sentence opens its line: a paragraph, or a line of its own."""
    return s.start == 0 or text_low[s.start - 1] == "\n"


def _own_line(text_low: str, s: Sentence) -> bool:
    """Whether a sentence is a line of its own: a heading, where it is short."""
    return _opens_paragraph(text_low, s) and text_low[s.end:s.end + 1] in ("\n", "")


def opens_update(text: str) -> bool:
    """Whether a sentence opens with an update's heading ("Update, Sunday 10:30 a.m.: The toll has risen to 14"), or a
    correction's ("Correction, May 27: An earlier version of this story said 12 people were injured")."""
    return text.lstrip().startswith(("Update", "UPDATE", "Correction", "CORRECTION", "Clarification"))


def _lead_place(places: dict[int, list[PlaceMention]], index: int) -> bool:
    """Whether a sentence names a place, and all it names are named in the title or the lead."""
    here = places.get(index)
    if not here:
        return False
    lead = {p.place.name for i in (0, 1, 2, 3) if i != index for p in places.get(i, ())}
    return all(p.place.name in lead for p in here)


def _no_new_place(places: dict[int, list[PlaceMention]], index: int, told_in: list[SentenceInfo]) -> bool:
    """Whether sentence `index` names no place that the last sentences of one key did not ("... struck Sumy. One
    person was killed, said the head of the Sumy administration"; "... struck Nikopol and Marhanets. A man was killed
    in Marhanets. Two women were injured in Nikopol")."""
    if index not in places:
        return True
    key = told_in[-1].key
    told: set[str] = set()
    for info in reversed(told_in[-3:]):
        if info.key != key:
            break
        told.update(p.place.name for p in places.get(info.sentence.index, ()))
    # (a village of the region a shelling or the bombs were told on is no new place: "fired on the border communities
    # of the Sumy region ... One woman was killed in the village of Velyka Pysarivka")
    return all(p.place.name in told or (key in ("shelling", "bombs") and p.place.region in told)
               for p in places[index])


#: The weekend a lead tells an attack of: "struck over the weekend".
_WEEKEND_RE = compiled(r"\b(?:over|at|on|during)\s+the\s+weekend\b")


#: A date a span of days starts or ends on, not the report's: "On the organisation of classes from 18 November".
_FROM_DATE_RE = compiled(r"\b(?:from|until|till|starting|beginning|effective|through)\s+(?:on\s+)?$")


def _side_attack_of_places(out: list[SentenceInfo], places: dict[int, list[PlaceMention]], index: int) -> str | None:
    """The day's bombs or shelling, where the sentences before that name any place sentence `index` names tell of
    that attack alone."""
    names = {p.place.name for p in places[index]}
    keys: set[str] = set()
    for o in out:
        # (a title left whole may sum up both attacks: "Shaheds over the north, MLRS strike on Druzhkivka")
        if not o.excluded and (o.sentence.index or o.record_at >= 0 or "night" in o.sentence.text) and \
                names & {p.place.name for p in places.get(o.sentence.index, ())} \
                and (o.key != "main" or HURT_KEYS(low := o.sentence.text.lower()) or _has_attack_word(low)):
            # (a place named in passing tells of no attack: "my colleague's mum lives in Slatyne, she's fine")
            keys.add(o.key)
            if o.record_at >= 0 or "night" in o.sentence.text:
                # a sentence of two attacks: "Glide bombs kill three in Kharkiv; overnight drones hit Odesa port"
                keys.add(o.lead_key)
    return keys.pop() if len(keys) == 1 and keys & {"bombs", "shelling"} else None


def _first_of(out: list[SentenceInfo], key: str) -> int:
    """Where in `out` an attack's key was first given, or -1."""
    return next((i for i, o in enumerate(out) if o.key == key), -1)


def _opens_a_section(out: list[SentenceInfo], key: str, text_low: str) -> bool:
    """Whether an attack's key was opened by the first sentence under a subhead ("Night of drones"): the section goes
    on telling of it past its first paragraph, while it tells of an attack."""
    first = _first_of(out, key)
    if first < 1:
        return False
    head = out[first - 1].sentence
    return len(head.text) <= 40 and head.text.rstrip()[-1:].isalpha() and \
        "\n" in text_low[head.end:out[first].sentence.start]


def _recalled_within_a_paragraph(out: list[SentenceInfo], key: str, text_low: str) -> bool:
    """Whether an attack's key is that of a strike recalled in passing: its first sentence goes on a paragraph rather
    than opening one, and tells of no weapons nor of people hurt."""
    first = _first_of(out, key)
    if first < 1:
        return False
    s = out[first].sentence
    low = text_low[s.start:s.end]
    return "\n" not in text_low[out[first - 1].sentence.end:s.start] and not HURT_KEYS(low) and \
        not _ANY_WEAPON_RE.search(low)


#: A word for weapons of any kind, lower case ("41 Ukrainian unmanned aerial vehicles").
_ANY_WEAPON_RE = compiled(r"\b(?:drones?|missiles?|uavs?|unmanned|rockets?|shaheds?|bombs?)\b")


def segment(sentences: list[Sentence], places: dict[int, list[PlaceMention]], text_low: str) -> list[SentenceInfo]:
    """Attacker and attack key of every sentence, in order (text_low: the text lower-cased, as long as it is)."""
    out: list[SentenceInfo] = []
    main_day: str | None = None
    early_days: dict[int, str | None] = {}  # the first sentences' weekdays, read again below
    # the day the report was told on ("officials said on Wednesday"), where the first sentence to name a day names
    # no attack's day: another day named later is another day's attack
    report_day: str | None = None
    title_day: str | None = None
    for s in sentences[:5]:
        day = early_days[s.index] = _attack_day(s.text, text_low[s.start:s.end])
        if day and s.index == 0 and len(sentences) > 1:
            title_day = day  # a title may name an earlier attack's day ("... mourns victims of Palm Sunday strike")
            continue
        if day:
            if report_day and report_day != day and ((s.index >= 2 and not any(
                    _has_attack_word(text_low[o.start:o.end]) for o in sentences[1:s.index])) or
                    _THE_ATTACK_ON_DAY_RE.search(s.text)):
                # "On Sunday, rescuers were still at work ... The building was hit on Saturday afternoon": the lead
                # told of no attack before the day its first attack sentence names, which is the attack's (as is
                # the day of "the attack on Monday afternoon", the attack the lead told of)
                main_day = day
            elif not report_day:
                main_day = day
                if (first := _weekday(s.text)) != day:
                    report_day = first  # "searching on Friday, as the toll from Thursday's strike stood at 23"
            break
        if not report_day and (day_named := _first_day(s.text)) and not _in_quotes(s.text, day_named.start()):
            report_day = day_named.group(0)  # (not a day quoted: people no longer say "on Friday")
    # "Rescuers on Monday kept digging through a building struck over the weekend": the report's day, and the
    # weekend's days are the attack's
    # (or, on Tuesday, "a strike on Kharkiv that killed three people over the weekend")
    weekend = (main_day or report_day) in ("Monday", "Tuesday") and _WEEKEND_RE.search(
        text_low, 0, sentences[min(2, len(sentences) - 1)].end) is not None
    if weekend:
        main_day, report_day = None, main_day or report_day
    if title_day and not main_day:
        lead_low = text_low[sentences[1].start:sentences[min(3, len(sentences) - 1)].end]
        if not (report_day and report_day != title_day and ("overnight" in lead_low or "last night" in lead_low)):
            main_day, report_day = title_day, None  # the title's day is the attack's, unless the lead tells otherwise
    # the report's own date, where its title or lead gives one (a dateline's "Aug 21")
    # (or the lead's, after a title and a short line such as an outlet's name: "On the night of 11 June, ..."), not
    # a caption's
    main_date: str | None = None
    main_by_morning = False
    main_by_night = False  # whether a follow-up's strike was told by its night's date (_other_date)
    stamped = False  # whether main_date is an outlet's stamp of when the report went out
    for s in sentences[:4]:
        low = text_low[s.start:s.end]
        if len(s.text) < 40 and (numeric := _NUMERIC_STAMP_RE.match(s.text)):
            # an outlet's stamp of the report's date and time: "10.02.2023 15:07", "2023-02-10"
            first = "1" if numeric.group("d1") else "2"  # (day first, or the ISO order)
            day, month = numeric.group("d" + first), numeric.group("m" + first)
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                main_date, stamped = f"{_MONTH_STARTS[int(month) - 1]} {int(day)}", True
                break
        if (date := _date_of(s.text, low)) and _FROM_DATE_RE.search(low, 0, date[0]) and len(s.text) < 80:
            continue  # a title's span of days, not the report's: "On the organisation of classes from 18 November"
        if date and s.index and len(s.text) <= 60 and s.text.rstrip().endswith(":") and main_date is None:
            # a list's heading, "Key developments on Sept. 6:", dates the page: the lead's own date, where a key point
            # gives one ("- Death toll in Sept. 3 strike on Poltava rises to 55"), is the attack's
            main_date = date[1]
            continue
        if date and not _is_furniture(s.text, low) and (s.index < 2 or not _may_hold_earlier(low)):
            if (opens := _DATELINE_ALONE_RE.match(s.text)) and opens.end() > date[0] and \
                    (leads := _date_of(s.text[opens.end():], low[opens.end():])) and \
                    _ON_DATE_RE.search(low, max(opens.end(), opens.end() + leads[0] - 30), opens.end() + leads[0]):
                # "KYIV, April 14 (Reuters) - Russia fired 40 missiles ... early on April 12": the dateline dates the
                # report, the lead's own date its attack
                date = opens.end() + leads[0], leads[1]
            main_date = date[1]
            main_by_morning = _MORNING_OF_RE.search(s.text, max(0, date[0] - 25), date[0]) is not None
            break
        if (len(s.text) >= 50 or (_DIGIT_RE.search(s.text) and len(s.text) >= 12)) if s.index else \
                s.text.endswith("."):
            break  # the lead, not a title or an outlet's name (which may hold a digit: "Gorod48")

    told_by_weekday = bool(main_day or report_day)
    # whether the lead tells of last night's attack: then "Thursday night" in a report told on Sunday is another's
    # (past an outlet's and a date's short lines under the title: "Ukrainska Pravda", "Monday, 16 September 2024")
    furniture = 0
    while furniture < 2 and furniture + 1 < len(sentences) and len(sentences[furniture + 1].text) < 45 and \
            _own_line(text_low, sentences[furniture + 1]):
        furniture += 1
    lead = text_low[sentences[0].start:sentences[:3 + furniture][-1].end] if sentences else ""
    # the lead's sentence: the first after the title and those short lines, unless one is a live entry's heading ("16.05
    # GMT - Kherson toll rises"), whose entry is one of many
    lead_at = 1 if any(_ENTRY_HEADING_RE.match(sentences[i].text) for i in range(1, furniture + 1)) else 1 + furniture
    if lead_at == 1 and len(sentences) > 2 and len(sentences[1].text) < 45 and \
            _DATELINE_ALONE_RE.fullmatch(sentences[1].text):
        lead_at = 2  # (past a dateline the splitter made a sentence of: "BELGOROD, February 10. /TASS/.")
    # the year the lead names (a dateline's or a stamp's: "13 July 2023, 10:05")
    # (a year holds "19" or "20", which most leads lack: the search tries every position)
    main_year = (lead_year.group(1) or lead_year.group(2)) if ("20" in lead or "19" in lead) and (
        lead_year := _LEAD_YEAR_RE.search(lead)) else ""
    last_night = "overnight" in lead or "last night" in lead
    # whether the lead tells of a strike by day ("fired about 70 cruise missiles this afternoon"): then a live blog's
    # earlier entry that tells of an attack overnight tells of another
    by_day = not last_night and _BY_DAY_KEYS(lead) and _BY_DAY_RE.search(lead) is not None
    # (the same of the title and the lead alone, before a sentence after it opens on the night)
    lead_by_day = by_day or (len(sentences) > 2 and "overnight" not in (head := text_low[:sentences[1].end]) and
                             "last night" not in head and _BY_DAY_KEYS(head) and _BY_DAY_RE.search(head) is not None)
    # (or of a drone's strike on a vehicle in the morning, with no night: "on Wednesday morning when a Ukrainian drone
    # struck a passenger minibus")
    opening = text_low[sentences[0].start:sentences[1].end] if len(sentences) > 1 else ""  # the title and the lead
    lead_morning_drone = "morning" in opening and "night" not in opening and \
        _FPV_OR_STRUCK_RE.lowered.search(opening) is not None
    # whether the lead tells of a strike's toll rising since ("The death toll from the missile strike on Lviv rose to
    # 10 on Friday"): the day the strike is told on later is the report's attack's, not an earlier one's
    toll_risen = "toll" in lead and TOLL_RISEN_RE.search(lead) is not None
    if toll_risen and stamped is False and main_date and (struck_on := _STRIKE_ON_DATE_RE.search(lead)) and \
            (strike_date := _date_of(lead[struck_on.start():])) and strike_date[1] != main_date:
        # "The number of people killed in the Russian missile strike on a nine-storey building in Poltava on 3
        # February has risen to 11" under a dateline of the 6th: the strike's date is its attack's
        main_date = strike_date[1]
    sticky: str | None = None
    # the key of an attack the sentences go on with for its paragraph alone: a night told of as before the day's
    # strike, or a strike of the day before the night's
    for_paragraph: str | None = None
    # whether the lead tells of a day's strike with its toll "hours after" a night's attack ("Russian drones killed two
    # civilians on Sunday, hours after a large overnight attack"): the night's counts told after it are the night's
    lead_two = text_low[sentences[1 + furniture].start:sentences[1 + furniture].end] \
        if len(sentences) > 2 + furniture else ""
    day_after_night = "after" in lead_two and (after_night := _HOURS_AFTER_NIGHT_RE.search(lead_two)) is not None and \
        HURT_KEYS(lead_two[:after_night.start()])
    # a week's round-up: the date each of its paragraphs opens on is that paragraph's attack ("On the morning of April
    # 17, ... Overnight into April 19, ..."), the first of them the report's own
    roundup = ("week" in lead or "month" in lead) and _ROUNDUP_RE.search(lead) is not None
    roundup_first: str | None = None
    main_night: str | None = None  # the first night told as "the night of 5-6 October"
    into_day: str | None = None  # the day the first night told as "overnight into Saturday" ended on
    prev_attacker = "russia"
    # a round-up of regions' reports, entry by entry ("07:40 - Kursk region."): the region of the entry last opened,
    # and of Ukraine's attack told last
    region_entries = "region" in text_low and _region_entries(text_low)
    region_heading: str | None = None
    ukr_heading: str | None = None
    listed: str | None = None  # the key of the attack whose sentence opened the list the lines go on with
    stamp_hour = -1  # the hour of the last live entry's stamp ("11:40"), and whether an entry told of the night
    night_entry = False
    entry_day = False  # whether the last entry told of a strike by day after the night's, which its entry goes on with
    # words most texts never use: where the text holds none of a gate's words, no sentence of it does
    ukr_weapons = _UKR_WEAPON_KEYS(text_low)
    ukr_names = _present(text_low, _UKR_NAME_WORDS)
    ukr_starts = _ukr_starts(ukr_names)
    superlatives = _present(text_low, _SUPERLATIVE_WORDS)
    earlier_words = _present(text_low, _EARLIER_WORDS)
    later_words = _present(text_low, _LATER_IN_DAY_WORDS)
    earlier_pairs = (("day" in text_low or "night" in text_low) and "before" in text_low) or (
        "month" in text_low and "last" in text_low)
    record = _RECORD_KEYS(text_low)
    separate = _SEPARATE_KEYS(text_low)
    bombs = _BOMBS_KEYS(text_low)
    shelling = _SHELLING_KEYS(text_low)
    links = False  # whether the sentences are the items of a list of links under "Related" or "Read more:"
    crash_told = False  # whether the sentence before told of a crash, no attack (its paragraph's toll is the crash's)
    ukr_sticky: str | None = None  # the key of a separate attack of Ukraine's the sentences go on telling of
    ukr_night: str | None = None  # the first night Ukraine's attacks are told of by its dates ("january 28-29")
    ukr_first_night: str | None = None  # the day the first night of Ukraine's told as "the night to Monday" ended on
    ukr_places: set[str] = set()  # the places the sentences of Ukraine's main attack name, after the title (which
    # may name a separate attack's too: "Toll in Izhevsk drone strike rises to three as Orenburg gas plant is hit")
    titled = len(sentences) > 1 and "\n" in text_low[sentences[0].end:sentences[1].start]
    separate_places: set[str] = set()  # the places the sentence that told of a separate attack named
    day_places: set[str] = set()  # the places the sentence that opened on the day after the night named
    dated: str | None = None  # the key of the day a heading of a date ("OCTOBER 31") opened, to the next heading
    dated_paragraph = False  # whether that heading opened a paragraph, whose end ends the day's
    blank_lines = "\n\n" in text_low  # whether blank lines part the text's paragraphs
    headings = _date_headings(sentences, text_low)
    dated_items = _dated_items(sentences, text_low)
    dated_entries = _dated_entries(sentences, text_low)
    # a day's round-up under headings of the times of its strikes ("Night: ...", "Morning: ..."), where two or more
    time_headings = sum(1 for s in sentences[1:] if len(s.text) < 80 and not s.text.rstrip().endswith(".") and
                        _TIME_HEADING_RE.match(text_low, s.start) is not None) >= 2
    time_headings_seen = 0
    day_dated: str | None = None  # the date the first sentence of the report's attack opened on, told by day
    # whether the text says the counts of its examples are made up
    made_up = "example" in text_low and _MADE_UP_RE.search(text_low) is not None
    for s in sentences:
        text = s.text
        low = text_low[s.start:s.end]
        stamp = len(text) <= 16 and _STAMP_RE.fullmatch(text) is not None  # a live page's next entry: "12.05 BST"
        if stamp:
            stamp_hour = int(_DIGIT_RUN_RE.search(text).group())  # type: ignore[union-attr]
            if stamp_hour < 12 and "p" in text.lower():
                stamp_hour += 12  # "1:15 p.m."
            if entry_day:
                sticky, entry_day = None, False  # (the day's strike an entry told of ends with its entry)
        elif stamp_hour < 9 and "night" in low:
            night_entry = True  # ("tonight", "overnight" before the day's first stamp, or in the small hours)
        if prev_attacker == "ukraine" and stamp:
            prev_attacker = "russia"  # (Ukraine's attack told in the entry before has ended)
        elif prev_attacker == "ukraine" and out and out[0].attacker == "russia" and text[:1].isdigit() and \
                _INLINE_STAMP_RE.match(text):
            # (so it has at an entry's stamp that opens its sentence, on a page of Russia's attack: "12:40 — Meanwhile,
            # the Russian Defence Ministry claims ... 14:15 — Rescuers pulled the body of a third victim")
            prev_attacker = "russia"
        if links and text.lstrip()[:1] in BULLETS:
            out.append(SentenceInfo(s, True, "russia", "main"))
            continue
        links = False
        if _is_furniture(text, low):
            links = len(text) < 40
            out.append(SentenceInfo(s, True, "russia", "main"))
            continue
        if made_up and "example" in low and _FOR_EXAMPLE_RE.search(low):
            # "To show the format, take an invented example: "On the night of [date], the enemy attacked with 120
            # Shahed-type strike UAVs ..."": an explainer's made-up counts, no attack's
            out.append(SentenceInfo(s, True, "russia", "main"))
            continue
        if "bomb" in low and _GROUND_BOMB_RE.lowered.search(low) and not _AIR_WEAPON_RE.lowered.search(low):
            # "Saturday's truck bomb blast on the bridge killed three people": no attack from the air
            out.append(SentenceInfo(s, True, "russia", "main"))
            continue
        if (("cras" in low or "came down" in low or "accident" in low) and _CRASH_RE.lowered.search(low) and
                not _AIR_WEAPON_RE.lowered.search(low)) or (
                crash_told and "\n" not in text_low[out[-1].sentence.end:s.start] and
                not _AIR_WEAPON_RE.lowered.search(low)):
            # "The Super Puma helicopter came down next to a kindergarten in Brovary, killing 14 people. Twenty-five
            # people were injured": a crash, with the toll its paragraph goes on with, is no attack's
            crash_told = True
            out.append(SentenceInfo(s, True, "russia", "main"))
            continue
        crash_told = False
        if headings and headings.get(s.index) == "night":
            sticky = dated = None  # "Overnight" heading a digest's news of the night: the attack the report tells of
            out.append(SentenceInfo(s, True, "russia", "main"))
            continue
        if headings and s.index in headings and headings[s.index] != main_date:
            # "OCTOBER 31" alone on its line in a factbox of several waves: the sentences under it, to the next
            # heading, tell of that day's; "Hroza, October 5, 2023." opening a paragraph: those of the paragraph
            sticky = dated = f"earlier-{headings[s.index]}"
            dated_paragraph = not _own_line(text_low, s)
            # (a heading that names the place struck, "Kharkiv, night.", names its section's place too)
            out.append(SentenceInfo(s, not headings[s.index].startswith(_PARTS_OF_DAY), "russia", dated))
            continue
        if headings and s.index in headings and dated:
            # "Night of 12 May" heading the report's own night after "Night of 11 May": the day before's sentences end
            sticky = dated = None
            out.append(SentenceInfo(s, True, "russia", "main"))
            continue
        if roundup and s.index > lead_at and _opens_paragraph(text_low, s) and (
                opens_dated := _ROUNDUP_DATED_RE.match(text)) is not None and _has_attack_word(low) and \
                not _may_name_ukraines_attack(low, ukr_names) and \
                not any(p.place.country == "RU" for p in places.get(s.index, ())) and \
                (date := _date_of(opens_dated.group(0))) is not None:
            if roundup_first is None or date[1] == roundup_first:
                roundup_first = date[1]
                main_date = main_date or date[1]
                sticky = for_paragraph = None
                out.append(SentenceInfo(s, False, "russia", "main"))
            else:
                key = sticky = for_paragraph = f"earlier-{date[1]}"
                out.append(SentenceInfo(s, False, "russia", key))
            continue
        if roundup and sticky and sticky == for_paragraph and "\n" in text_low[out[-1].sentence.end:s.start] and \
                (named_date := _date_of(text, low)) is not None and \
                named_date[1] not in (sticky.removeprefix("earlier-"), roundup_first):
            sticky = for_paragraph = None  # (a round-up's paragraph that names another date: "the April 11 attack")
        if s.index >= 3 and len(text) < 25 and low.strip().rstrip(":.") in _EARLIER_HEADINGS and \
                _own_line(text_low, s):
            # "Earlier" heading a report's last section: the strikes it recalls are others (not "Background:", which in
            # some outlets gives the night's own figures)
            sticky = dated = f"earlier-{s.index}"
            dated_paragraph = False
            out.append(SentenceInfo(s, True, "russia", dated))
            continue
        if dated_items and s.index in dated_items and dated_items[s.index] != main_date:
            # "- March 7: 67 missiles and 194 drones. Air defence shot down ...": the night of the item's date, to the
            # line's end
            sticky = dated = f"earlier-{dated_items[s.index]}"
            dated_paragraph = True
            out.append(SentenceInfo(s, False, "russia", dated))
            continue
        if s.index in dated_entries and dated_entries[s.index] != main_date:
            # "January 21, 2024. The first strike. ... Governor Alexander Drozdenko says two drones were shot down":
            # a timeline's entry, that day's attack to the paragraph's end, of the side its sentences tell
            sticky = dated = f"earlier-{dated_entries[s.index]}"
            dated_paragraph = True
        elif dated and dated_paragraph and _opens_paragraph(text_low, s) and (
                not blank_lines or text_low[s.start - 2:s.start] == "\n\n"):
            # (where blank lines part the paragraphs, a line of the dated one does not end it: a log's entry "7 Sep,
            # Rozhyshche, 03:55. Count abandoned." and the editor's note below it)
            sticky = dated = None
        if dated and len(text) <= 40 and text.isupper() and _own_line(text_low, s):
            sticky = dated = None  # another heading ("STRIKES ON RUSSIAN AIR BASES") ends the day's
        ukr = _count_ukr(low, ukr_starts) if _may_name_ukraines_attack(low, ukr_names) else 0
        if ukr_weapons and _UKR_WEAPON_KEYS(low):
            ukr += len(_UKR_WEAPONS_RE.lowered.findall(low))
        if ukr == 0 and prev_attacker == "ukraine" and "ministry" in low and _UKR_WEAK_RE.lowered.search(low) and \
                _WEAPONISH_RE.lowered.search(low):
            ukr = 1
        elif ukr == 0 and prev_attacker == "ukraine" and "russian" in low and _RUSSIAN_HURT_RE.lowered.search(low):
            ukr = 1  # "three Russian technical staff at the airfield were fatally wounded", after Ukraine's drone
        elif ukr == 0 and ("say" in low or "said" in low or "claim" in low) and ("drone" in low or "uav" in low) and \
                (claim := _RUSSIA_DOWNED_CLAIM_RE.search(low)) and not HURT_KEYS(before := low[:claim.start()]) and \
                "toll" not in before:
            # "Russia says it downed 64 drones overnight": the drones Russia downed are Ukraine's (but not a toll told
            # before it, of Russia's attack: "death toll from shelling of Zelenivka rises to three; Moscow says ...")
            ukr = 1
        elif ukr == 0 and prev_attacker == "ukraine" and ("means" in low or "capabilities" in low or "assets" in low or
                                                           "weapons" in low) and _AIR_DEFENCE_MEANS_RE.search(low):
            # "Air defence means shot down 11 unmanned aerial vehicles in the areas of Svatovo" in the ministry's
            # briefing quoted after its claim of Ukraine's drones: its own formula, over towns Russia holds
            ukr = 1
        ru_at: list[int] = []  # where the sentence names places in Russia, and in Ukraine
        ua_at: list[int] = []
        launch_word = may_name_launch_area(low)  # _is_launch_area needs a word in the sentence
        for p in places.get(s.index, ()):
            if launch_word and _is_launch_area(text[:p.start - s.start], low[:p.start - s.start]):
                continue
            if is_street(low, p.end - s.start):
                continue  # "a bus on Bogdan Khmelnitsky Avenue" in Belgorod: a street's name, no side's land
            if "border" in low and is_neighbour(low, p.start - s.start):
                continue  # "Belgorod, which borders Ukraine's Kharkiv region, has been targeted ...": no side's land
            if p.place.country == "RU" or p.place.name in ("Crimea", "Sevastopol"):
                if "occupied territor" in low and on_the_route(low[max(0, p.start - s.start - 90):p.start - s.start],
                                                               low[p.end - s.start:]):
                    continue  # "one flew toward the temporarily occupied territory of Crimea": no place of a side's
                if ("ukrain" not in low or _GOVERNMENT_ATTACKS_RE.match(low, p.end - s.start)) and is_metonym(
                        p.place.name, text[:p.start - s.start], text[p.end - s.start:], low[p.end - s.start:]):
                    # "no comment from Moscow, which denies targeting civilians": Russia's government, which tells of
                    # Ukraine's attack only where it names Ukraine's drones ("Moscow said it downed 30 Ukrainian ...")
                    continue
                ru_at.append(p.start - s.start)
            elif p.place.country == "occupied" and ("occupied" in low or "-held" in low or "-controlled" in low) and \
                    _OCCUPIED_BEFORE_RE.search(low, max(0, p.start - s.start - 40), p.start - s.start) and \
                    _STRIKE_ON_WORDS_RE.search(low, 0, p.start - s.start):
                # "the toll from a strike on a bakery in the Russian-occupied city of Lysychansk": a town Russia holds,
                # struck, is hit by Ukraine's attack
                ru_at.append(p.start - s.start)
            elif p.place.country == "occupied" and ("occupation" in low or "-installed" in low) and \
                    _OCCUPATION_AUTHORITIES_RE.search(low):
                # "The occupation authorities say Melitopol was attacked by drones": an occupied town, told of by
                # those Russia put there, is hit by Ukraine's attack
                ru_at.append(p.start - s.start)
            # (not the dateline's "KYIV, Ukraine (AP) -", nor a town whose namesake lies in Russia: "Zelenodolsk")
            if p.place.country == "UA" and not p.place.namesake_across_front and not (
                    p.start == s.start and is_dateline("", text[:p.end - s.start], text[p.end - s.start:])):
                ua_at.append(p.start - s.start)
        ru_side, ua_side = len(ru_at), len(ua_at)
        if s.index == 0 and ua_side and (semi := _claim_turn(low, ua_at, ru_at, ukr_names, ukr_starts)):
            # a title's toll of a place in Ukraine, then Ukraine's attack another tells of: "Kherson region over the
            # day: three killed and 19 injured; Saldo claims Ukrainian drone hit a bus in Hornostaivka"
            out.append(SentenceInfo(s, False, "ukraine", "main", semi, "main", "russia"))
            continue
        if s.index == 0 and ru_side and ua_side and (border := _tolls_turn(low, ru_at, ua_at)) is not None:
            # a title's tolls on both sides of the border: "Russia and Ukraine trade drone attacks; one killed in
            # Belgorod region, four hurt in Kharkiv": the first clause's of the side whose land it names
            cut, first = border
            second = "russia" if first == "ukraine" else "ukraine"
            out.append(SentenceInfo(s, False, second, "main", cut, "main", first))
            continue
        if ru_side > ua_side and _has_attack_word(low):
            ukr += 1
        # Russia's signals only weigh against Ukraine's, or keep a sentence from continuing Ukraine's attack:
        # with neither, the sentence is Russia's and its Russia pattern need not run
        # "It said ...", "The ministry added ...", or people hurt or an attack told of with neither a place in Ukraine
        # nor a side named ("A man died at the scene", "Eighteen drones were destroyed by air defence units")
        continues = ukr == 0 and prev_attacker == "ukraine" and (_CONTINUE_RE.match(text) is not None or (
            not ua_side and ("russia" not in low or "russia" not in _RU_SOURCE_RE.lowered.sub("", low)) and
            ("ukrain" not in low or "ukrain" not in _UA_SOURCE_RE.sub("", _FROM_THE_BORDER_RE.sub("", low))) and (
                ru_side or HURT_KEYS(low) or _has_attack_word(low))) or (
            # background that names a side but tells of no attack: "Kotovsk is home to one of Russia's largest
            # gunpowder plants, some 450 km from the Ukrainian border"
            not ua_side and not HURT_KEYS(low) and not _has_attack_word(low) and _count_rus(low) == 0))
        attacker = "russia"
        if ukr or continues:
            rus = float(_count_rus(_without_what_russia_makes(low)))
            if rus and "enemy" in low and ru_side and not ua_side and prev_attacker != "ukraine" and \
                    "launch" not in low and " from " not in low:
                # "The enemy again shelled Tetkino" in a Russian governor's posts, past a stamp that ended the entry
                # before: a place in Russia that "the enemy" attacked is Ukraine's attack, as its officials tell it
                # (but not one Russia's missiles were launched from: "the enemy launched ... from the Volgodonsk area")
                rus = max(0.0, rus - low.count("the enemy"))
            elif rus and prev_attacker == "ukraine" and "enemy" in low and (
                    "ministry" in low or ru_side > ua_side or ("governor" in low and not ua_side) or (
                        # (or an occupied town's, in the words of those Russia put there: "Tonight the enemy again
                        # tried to attack Berdyansk")
                        not ua_side and any(p.place.country == "occupied" for p in places.get(s.index, ()))) or (
                        # (or a quote that opens after Ukraine's attack was told, naming no place in Ukraine: "'Today
                        # the enemy attacked a minibus with FPV drones,' the governor wrote")
                        not ua_side and text.lstrip()[:1] in _OPENING_QUOTES and "air force" not in low)):
                # "'All the enemy drones were hit,' the ministry said" after Russia's ministry told of Ukraine's
                # drones, or "The enemy attacked Sevastopol" in the governor's words: their enemy is Ukraine
                rus = max(0.0, rus - low.count("the enemy"))
            if ua_side and not ru_side:
                rus += 0.5
            if continues and rus == 0:
                ukr = 1
            attacker = "ukraine" if ukr > rus else "russia"
            if ukr and s.index >= 2 and "after" in low and (came := _CAME_AFTER_RE.lowered.search(low)):
                # "The Russian strikes come three days after Ukrainian naval drones attacked the bridge, killing two":
                # the sentence tells of the attack after "after", whose side is the one it names
                after = low[came.end():]
                ukr_after = _count_ukr(after, ukr_starts) if _may_name_ukraines_attack(after, ukr_names) else 0
                if ukr_after != (rus_after := _count_rus(after)):
                    attacker = "ukraine" if ukr_after > rus_after else "russia"
        if prev_attacker == attacker or attacker == "ukraine" or ukr or ru_side or ua_side or "russia" in low or \
                "ukrain" in low or HURT_KEYS(low) or _has_attack_word(low):
            prev_attacker = attacker  # (a sentence with no side and no attack in it leaves the last one's side)
        if region_entries and len(text) <= 40 and (heading := _REGION_ENTRY_RE.match(low)):
            region_heading = heading.group(1)
        if attacker == "ukraine":
            night_span = None  # the dates of the night the sentence names: "on the night of January 28-29"
            if "night of" in low and (night := _NIGHT_RANGE_RE.lowered.search(low)) and not night.group("single"):
                night_span = _night_span(night)
            elif "night" in low[:22] and (weekday_night := _WEEKDAY_NIGHT_OPENS_RE.match(text)):
                # (or by its weekday, opening the sentence: "Tuesday night: ... Thursday night: the target was")
                night_span = weekday_night.group(1)
            # an earlier attack of Ukraine's, told of in a sentence of its own ("Last December, a Ukrainian attack on
            # the city centre left 25 people dead")
            earlier = s.index >= 2 and _may_hold_earlier(low, earlier_words, earlier_pairs) and \
                _earlier_search(low) is not None and _has_attack_word(low) and \
                not (("again" in low or "been" in low) and _HIT_AGAIN_RE.lowered.search(low))
            if not earlier and s.index >= 2 and ("response" in low or "retaliation" in low) and \
                    _IN_RESPONSE_RE.lowered.search(low) is not None:
                # "a massive strike ... in response to a Ukrainian attack with ATACMS missiles on an airfield on
                # Wednesday": the attack answered came before
                earlier = True
            if not earlier and s.index >= 2 and record and _RECORD_KEYS(low) and _RECORD_RE.lowered.search(low) and \
                    _DIGIT_RE.search(text):
                # "The previous largest Ukrainian drone attack on Moscow was in November 2024, when Russia said it had
                # shot down 34 drones": a recalled record of Ukraine's
                earlier = True
            if not earlier and s.index >= 2 and " since " in low and (recall := _SINCE_RECALL_RE.lowered.search(low)):
                if (turn := _turn_search(_SIDE_TURN_RE, low)) and 0 < turn.start() < recall.start() and \
                        low.startswith(("russia ", "moscow "), turn.end()):
                    # "Ukraine has stepped up attacks on Crimea, while Russia has intensified its air campaign since
                    # Jan. 8, when it launched 90 missiles": Ukraine's attacks, then one of Russia's recalled
                    out.append(SentenceInfo(s, False, "russia", f"record-{s.index}", turn.start(), "main", "ukraine"))
                    prev_attacker = "russia"
                    continue
                # "It was the largest attack on the Moscow region since March 11, when Russia said it had downed 337
                # Ukrainian drones": the attack recalled after "since" is one of its own
                earlier = True
            if region_heading and ukr_heading != region_heading:
                # "07:12 - Belgorod region. ... 07:40 - Kursk region.": each governor's report, under its region's
                # entry, is an attack of its own (the first the report's)
                ukr_key, ukr_sticky = ("main", None) if ukr_heading is None else (f"region-{region_heading}",) * 2
                ukr_heading = region_heading
            elif earlier:
                ukr_key = ukr_sticky = f"earlier-{s.index}"  # which the sentences of Ukraine's after it go on with
            elif dated:
                ukr_key = dated  # "Saturday night. The heaviest night: 112 drones, the ministry said"
            elif s.index >= 2 and "night" in low[:20] and (opens := _THE_NIGHT_OPENS_RE.match(text)) and \
                    (into := _INTO_DAY_RE.match(text, opens.end())) and \
                    (ukr_first_night := ukr_first_night or into.group(1)) != into.group(1):
                # "On the night to Monday, air defences shot down 23 drones ... On the night to Thursday, 16 drones
                # were shot down": Ukraine's attack of another night, which the sentences of Ukraine's after it go on
                # with (the first night told so is the report's)
                ukr_key = ukr_sticky = f"night-{into.group(1)}"
            elif s.index >= 2 and ("next" in low or "follow" in low) and _NEXT_NIGHT_RE.lowered.match(low) and \
                    _has_attack_word(low):
                # "The following night, the ministry reported 52 drones destroyed": the next of Ukraine's attacks,
                # which the sentences of Ukraine's after it go on with
                ukr_key = ukr_sticky = f"next-{s.index}"
            elif s.index >= 2 and "between" not in low and "period" not in low and (
                    ukr_date := _other_date(text, low, main_date, told_by_weekday) if main_date or told_by_weekday
                    else _when_date(text, low) if ", when" in low else None):
                # "The deadliest attack on the city came on December 30, when shelling killed 25 people" in a report
                # of March 14, or "On November 25, Ukraine attacked the airfield" in a report told on Wednesday: an
                # attack of another day, which the sentences of Ukraine's after it go on with
                ukr_key = ukr_sticky = f"earlier-{ukr_date}"
            elif s.index >= 3 and low.startswith(_THAT_PART_OF_DAY) and \
                    (told_day := _date_of(sentences[s.index - 1].text,
                                          text_low[sentences[s.index - 1].start:sentences[s.index - 1].end])) and \
                    told_day[1] != main_date:
                # "For many here the turning point was 30 December. That afternoon, Ukrainian munitions struck the
                # city centre, killing 25 people": the day the sentence before named
                ukr_key = ukr_sticky = f"earlier-{told_day[1]}"
            elif s.index >= 2 and ukr_places and not ukr_sticky and \
                    low.lstrip().startswith(("on ", "early on ", "late on ")) and \
                    (opens := _DAY_OPENS_RE.match(text)) is not None and (main_day or report_day) and \
                    opens.group(1) not in (main_day, report_day) and _DIGIT_RE.search(text) and \
                    _has_attack_word(low) and not (_NIGHT_WORDS(low) and _day_before(opens.group(1),
                                                                                     main_day or report_day or "")):
                # "On Saturday, the ministry said, Ukraine had fired five ATACMS at an S-400 position" in a report of
                # Monday's claim: Ukraine's attack of another day, which the sentences of Ukraine's after it go on with
                ukr_key = ukr_sticky = f"earlier-{opens.group(1)}"
            elif s.index >= 2 and ukr_places and "moscow time" in low and not low.startswith("earlier") and \
                    (window := _DAY_HOURS_RE.search(low)) is not None and \
                    _COUNT_OF_WEAPONS_RE.search(low, window.end()) and ukr_key != f"window-{window.group(1)}" and \
                    any(o.attacker == "ukraine" and _COUNT_OF_WEAPONS_RE.search(
                        text_low, o.sentence.start, o.sentence.end) for o in out):
                # "Later in the morning, the ministry said that between 07:30 and 11:00 Moscow time its air defences
                # had destroyed 11 Ukrainian drones" after the night's count: a wave of the day, told apart
                ukr_key = ukr_sticky = f"window-{window.group(1)}"
            elif s.index >= 2 and _EARLIER_SAME_DAY_RE.match(text) and ukr_places and (
                    ("drone" not in text_low[:s.start] and "uav" not in text_low[:s.start]) or (
                        # (or the night's claim after the day's drones: "Shebekino came under attack by 11 drones
                        # during the day ... Earlier on Tuesday, the ministry said 29 drones had been shot down over
                        # the region overnight")
                        "overnight" in low and _BY_DAY_RE.search(text_low, 0, s.start) is not None) or (
                        # (or the night's hours after a drone's strike on a car by day: "A Ukrainian drone dropped an
                        # explosive device on a car ... Earlier on Sunday the ministry reported nine UAVs destroyed
                        # between 01:20 and 05:45")
                        ("overnight" in low or _NIGHT_HOURS_RE.search(low) is not None) and
                        _FPV_OR_STRUCK_RE.lowered.search(text_low, 0, s.start) is not None)):
                # "Earlier on Saturday, the ministry said 32 Ukrainian drones had been destroyed overnight" after the
                # shelling of Belgorod: another of Ukraine's attacks than the one told before, with no drone in it,
                # which the sentences of Ukraine's after it go on with
                ukr_key = ukr_sticky = f"earlier-{s.index}"
            elif s.index >= 2 and low.startswith("earlier,") and ukr_places and places.get(s.index) and \
                    not {p.place.name for p in places[s.index]} & ukr_places and _DIGIT_RE.search(text) and \
                    _WEAPON_WORD_RE.lowered.search(low):
                # "Earlier, the Defense Ministry reported that the Ukrainian armed forces had tried to strike Crimea
                # with 16 drones" after the night's attack on Moscow: another of Ukraine's attacks, on another place,
                # which the sentences of Ukraine's after it go on with
                ukr_key = ukr_sticky = f"earlier-{s.index}"
            elif s.index >= 2 and low.startswith("in ") and ukr_places and places.get(s.index) and HURT_KEYS(low) and \
                    _OCCUPATION_AUTHORITIES_RE.search(low) and "ministry" in text_low[:s.start] and \
                    not {p.place.name for p in places[s.index]} & ukr_places and _count_ukr(low, ukr_starts):
                # "In the Russian-controlled part of Ukraine's Donetsk region, Moscow-installed leader Denis Pushilin
                # said a Ukrainian drone attack killed a man" after the ministry's count of the night's drones: another
                # of Ukraine's attacks, on another place
                ukr_key = ukr_sticky = f"separate-{s.index}"
            elif s.index >= 2 and _SHELLING_KEYS(low) and ukr_places and places.get(s.index) and \
                    ("drone" in text_low[:s.start] or "uav" in text_low[:s.start]) and tells_of_shelling(low) and \
                    {p.place.name for p in places[s.index]} - ukr_places and (
                        low.lstrip().startswith("later") or _LATER_IN_DAY_RE.lowered.search(low) is not None):
                # "Later on Saturday the governor said that Ukrainian forces had shelled the border village of
                # Tyotkino" after the night's drones over other places: a shelling of its own, which the sentences of
                # Ukraine's after it go on telling of
                ukr_key = ukr_sticky = f"shelling-{s.index}"
            elif separate and _SEPARATE_KEYS(low) and _SEPARATE_RE.lowered.search(low) and (
                    not (named := {p.place.name for p in places.get(s.index, ())}) & ukr_places or named - ukr_places
                    or _GUNS_RE.lowered.search(low)):
                # "Separately, the Defense Ministry said that 32 Ukrainian drones had been destroyed over the Moscow
                # region": another attack of Ukraine's, where it names a place the one before did not ("Separately,
                # in the Belgorod region, a Ukrainian drone struck a minibus near Shebekino"), which the sentences of
                # Ukraine's after it go on telling of (or by other arms: "Separately, the Belgorod governor said
                # Ukrainian forces had fired multiple rocket launchers at the regional capital")
                ukr_key = ukr_sticky = f"separate-{s.index}"
            elif report_day and not main_day and s.index >= 2 and _THE_STRIKE_HIT_RE.match(text) and \
                    (ukr_day := _weekday(text)) and ukr_day != report_day and (
                        s.index not in places or _lead_place(places, s.index)):
                # "The attack took place on Saturday afternoon" in a report told on Monday of its toll: the day of
                # the attack the lead told of, whose night after it is another's
                ukr_key, ukr_sticky, main_day = "main", None, ukr_day
            elif main_day and report_day and _days_after(main_day, report_day) in (2, 3) and s.index >= 2 and \
                    "overnight" in low and _count_ukr(low, ukr_starts):
                # "Meanwhile, the ministry said air defences destroyed 62 Ukrainian drones overnight" in that report:
                # the night before the report's day, two or three days after the attack's, is an attack of its own
                ukr_key = ukr_sticky = "overnight"
            elif s.index >= 2 and "night" not in low and (
                    (last_night and _WEAPON_STRUCK_RE.lowered.search(low) and
                     _DAYTIME_RE.search(_REPORT_DAY_RE.sub(" ", text))) or
                    # (or an entry stamped by day after an entry of the night: "07:12 Tonight ... 14 UAVs were
                    # destroyed ... 11:40 The armed forces of Ukraine attacked Suzemka with a kamikaze FPV drone")
                    (9 <= stamp_hour <= 21 and night_entry and _has_attack_word(low) and
                     _FPV_OR_STRUCK_RE.lowered.search(low))):
                # "Later in the morning, an FPV drone struck a minibus near Novy Oskol" (or "a drone had struck a
                # minibus on Thursday afternoon") after the night's drones: a strike of the day after it, which the
                # sentences of Ukraine's after it go on telling of
                ukr_key = ukr_sticky = "later-day"
            elif s.index > lead_at and low.startswith(("earlier on ", "earlier in the day", "earlier today")) and \
                    HURT_KEYS(low) and _has_attack_word(low) and (
                        "evening" in (lead_low := text_low[sentences[lead_at].start:sentences[lead_at].end]) or
                        "night" in lead_low):
                # "Earlier on Tuesday, Gladkov reported that one man had been killed ... in Ukrainian drone attacks"
                # after a lead on the evening's missiles: the day's strikes before them, an attack of their own
                ukr_key = ukr_sticky = "earlier-day"
            elif s.index >= 2 and "overnight" in low and "night" not in text_low[:s.start] and (
                    _struck_by_day(text_low[:s.start]) or _TODAY_STRUCK_RE.search(text_low, 0, s.start)) and \
                    _count_ukr(low, ukr_starts):
                # "the drone hit at around 11:30 local time ... Meanwhile, the Russian Defense Ministry reported that
                # air defense systems had destroyed 38 Ukrainian drones overnight" (or after "Today the enemy attacked
                # a minibus"): the night before the day's strike
                ukr_key = ukr_sticky = "overnight"
            elif (lead_by_day or lead_morning_drone) and s.index >= 2 and low.startswith("overnight") and \
                    _count_ukr(low, ukr_starts):
                # "Overnight, the ministry said air defences destroyed 22 Ukrainian drones" after a lead on Friday
                # afternoon's strike: the night before it, an attack of its own
                ukr_key = ukr_sticky = "overnight"
            elif report_day and not main_day and s.index >= 2 and (ukr_day := _weekday(text)) and \
                    report_day not in text and ukr_day != report_day and not (
                    (_NIGHT_WORDS(low) or _NIGHT_OPENED_RE.search(text)) and (
                        not last_night or _day_before(ukr_day, report_day)) and not (
                        # (but "overnight into Wednesday" in a report told on Thursday of the night's is the night
                        # before, and "on the night to Saturday" in one told on Monday is, whatever the lead says)
                        (into := _INTO_DAY_RE.search(text)) and into.group(1) == ukr_day and (
                            last_night or _days_after(ukr_day, report_day) >= 2))) and not (
                    "morning" in low and _day_before(report_day, ukr_day)):
                # "On Wednesday, the ministry reported that 29 Ukrainian drones had been shot down" in a report told on
                # Thursday of the night's: an earlier day's attack, as for Russia's below
                ukr_key = ukr_sticky = f"earlier-{ukr_day}"
            elif not main_day and not report_day and s.index >= 2 and night_span in _WEEKDAYS and \
                    "last night" in text_low[:s.start] and _DIGIT_RE.search(text) and _count_ukr(low, ukr_starts):
                # "On Saturday night the ministry reported 41 Ukrainian drones destroyed" after the counts of "Last
                # night" in a report that names no day of its own: another night's attack, told with its own counts
                ukr_key = ukr_sticky = f"earlier-{night_span}"
            elif main_day and s.index >= 2 and "On " in text[:12] and (opens := _DAY_OPENS_RE.match(text)) and \
                    _days_after(main_day, opens.group(1)) in (1, 2) and _has_attack_word(low):
                # "On Sunday morning, an FPV drone attacked a car near Graivoron" after Saturday evening's strike on
                # Stroitel: a later day's attack, which the sentences of Ukraine's after it go on telling of
                ukr_key = ukr_sticky = f"later-{opens.group(1)}"
            elif night_span and ukr_night not in (None, night_span):
                # "On the night of January 28-29, drones attacked the Kstovo district ... Then, on the night of
                # February 1-2, it was the Ryazan region's turn": another night's attack of Ukraine's, which the
                # sentences of Ukraine's after it go on telling of
                ukr_key = ukr_sticky = f"night-{night_span}"
            elif ukr_sticky and out and out[-1].attacker == "ukraine" and not (
                    ukr_sticky.startswith("earlier-") and "overnight" in low and (
                        _count_ukr(low, ukr_starts) or "\n" in text_low[out[-1].sentence.end:s.start])) and not (
                    # (nor, in a new paragraph, after an earlier strike recalled within the one before: "The depot
                    # burned for five days after a previous Ukrainian strike on January 8.")
                    ukr_sticky.startswith("earlier-") and "\n" in text_low[out[-1].sentence.end:s.start] and
                    _recalled_within_a_paragraph(out, ukr_sticky, text_low)) and not (
                    ukr_sticky.startswith("earlier-") and report_day and "to " in low and
                    (into := _INTO_DAY_RE.search(text)) is not None and into.group(1) == report_day):
                # (but "The ministry also said it shot down 10 Ukrainian drones overnight" after an earlier attack is
                # the night's, and so is "On the night to Monday, ..." in a report told on Monday)
                ukr_key = ukr_sticky
            else:
                ukr_key, ukr_sticky = "main", None
            if ukr_night is None:
                ukr_night = night_span
            if ukr_key == "main" and (s.index or not titled):
                ukr_places.update(p.place.name for p in places.get(s.index, ()))
            info = SentenceInfo(s, False, "ukraine", ukr_key)
            if _may_turn(low) and (turn := _turn_to_ukraine(low, ukr_starts)) and (cut := turn.start()) and \
                    _count_rus(low[:cut]) and not (
                    _may_name_ukraines_attack(low[:cut], ukr_names) and _count_ukr(low[:cut], ukr_starts)):
                info.record_at, info.lead_attacker = cut, "russia"  # Russia's attack, then Ukraine's
            elif cut := _turn_to_russia(low, ukr_names, ukr_starts, (ru_at, ua_at)):
                # (Russia's strike of the day after Ukraine's night: "while a Russian strike on Zaporizhzhia killed
                # at least 13 people later in the day")
                info = SentenceInfo(s, False, "russia", _key_after_turn(low, cut, s.index), cut, ukr_key, "ukraine")
            out.append(info)
            continue
        if (ukr or (ru_side and "toll" in low)) and (
                cut := _turn_to_russia(low, ukr_names, ukr_starts, (ru_at, ua_at))):
            # told as much of either side as of the other, or a toll in Russia before the turn ("Belgorod toll rises to
            # 24 as Russia strikes Kharkiv")
            later_key = _key_after_turn(low, cut, s.index)
            out.append(SentenceInfo(s, False, "russia", later_key, cut, "main", "ukraine"))
            # the sentences after it go on with the side of its main clause (or with the attack it recalls: "At least
            # 39 people were killed in that attack")
            prev_attacker = "russia" if later_key.startswith("record-") else "ukraine"
            continue
        if out and out[-1].attacker == "ukraine" and "; " in low and (cut := low.find("; ")) > 0 and \
                HURT_KEYS(low[:cut]) and not any(at < cut for at in ua_at) and not _count_rus(low[:cut]) and \
                _count_rus(low[cut:]):
            # "Three killed and 35 injured at Kupol plant ...; Russia strikes Ukraine's Dnipropetrovsk region" under a
            # title of Ukraine's strike: the toll before the turn is Ukraine's attack's, the clause after it Russia's
            out.append(SentenceInfo(s, False, "russia", "main", cut, "main", "ukraine"))
            prev_attacker = "ukraine"
            continue
        if dated and dated_paragraph:
            out.append(SentenceInfo(s, False, "russia", dated))  # the paragraph of "Hroza, October 5, 2023."
            continue
        if s.index == 0 and "; " in low and (cut := low.find("; ")) > 0 and _PAST_DAY_RE.search(low, 0, cut) and \
                "overnight" in low[cut:] and _REPORTED_WEAPONS_RE.search(low, cut) and "night" not in low[:cut]:
            # "Russian attacks kill 2, injure 9 in Kherson Oblast over past day; all 13 Shaheds downed in south
            # overnight": the region's day, then the night's drones, told apart below
            out.append(SentenceInfo(s, False, "russia", "earlier-night", cut, "main"))
            continue
        if shelling and "; " in low and (cut := low.find("; ")) > 0 and tells_of_shelling(low[cut:]) and \
                _WEAPON_WORD_RE.lowered.search(low, 0, cut):
            # "Ukraine downs 32 of 35 Russian drones; shelling kills two in Kherson": the drones are the attack's the
            # report tells of, the toll the shelling's
            out.append(SentenceInfo(s, False, "russia", "shelling", cut, sticky or "main"))
            continue
        if bombs and "; " in low and (cut := low.find("; ")) > 0 and (bm := _BOMBS_RE.lowered.search(low, cut)) and \
                not _BOMBS_RE.lowered.search(low, 0, cut) and _has_attack_word(low[:cut]) and HURT_KEYS(low) and \
                not _WEAPON_WORD_RE.lowered.search(low, cut, _clause_end(low, bm.end())):
            # "Kharkiv: one killed, eight injured in overnight Shahed attack; guided bomb injures three in afternoon":
            # the toll before the semicolon is the attack's the report tells of, the one after it the bombs'
            out.append(SentenceInfo(s, False, "russia", "bombs", cut, sticky or "main"))
            continue
        if s.index >= 2 and "after" in low and (hours_after := _HOURS_AFTER_LEAD_RE.match(s.text)) and \
                _has_attack_word(low[hours_after.end():]) and "night" not in low:
            # "Hours after the Hroza strike, Russian missiles hit the city of Kharkiv itself": another strike of the
            # day (whose places are those after the lead), which the sentences after it go on telling of
            out.append(SentenceInfo(s, False, "russia", "later-day", hours_after.end(), sticky or "main"))
            sticky = "later-day"
            day_places = {p.place.name for p in places.get(s.index, ()) if p.start >= s.start + hours_after.end()}
            continue
        if day_after_night and s.index >= 2 and "overnight" in low and not sticky and _count_rus(low):
            # "Ukraine's air force said Russia had launched 112 drones overnight" after a lead on Sunday's toll "hours
            # after a large overnight attack": the night's, which its paragraph goes on with
            key = sticky = for_paragraph = "earlier-night"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 2 and not sticky and _EARLIER_OVERNIGHT_RE.match(low) and _opens_paragraph(text_low, s) and \
                _has_attack_word(low) and (lead_by_day or "night" not in text_low[sentences[1].start:s.start]):
            # "Earlier, overnight, Russian drones attacked Rodynske" after a lead on the afternoon's bomb: the night
            # before the day's strike, which its paragraph goes on with
            key = sticky = for_paragraph = "earlier-night"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 2 and (low.startswith("overnight") or (
                "night" in low and s.index >= 3 + furniture and _NIGHT_CLAUSE_RE.search(low))) and \
                _opens_paragraph(text_low, s) and \
                ("night" not in (body := text_low[sentences[1].start:s.start]) or _ONE_NIGHT_RE.search(body) is None) \
                and "shahed" not in (
                    body_lead := text_low[sentences[1].start:sentences[min(3, s.index - 1)].end]) and (
                    any(word in body_lead for word in ("artillery", "shell", "fpv")) or
                    _PAST_DAY_RE.search(body_lead)) and \
                (_SHOT_DOWN_RE.search(low) or "launched" in low) and _REPORTED_WEAPONS_RE.search(low):
            # "Russian drone and artillery attacks killed two people on Tuesday in Marhanets ... Overnight, Ukrainian
            # air defenses shot down nine drones", "Russian attacks against Kherson Oblast killed two people ... over
            # the past day ... Overnight, Russia launched 13 Shahed-type drones": the night beside the front line's
            # day, which its paragraph goes on with
            key = sticky = for_paragraph = "earlier-night"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if day_dated and low.startswith("overnight on ") and (night_date := _date_of(text, low)) is not None and \
                night_date[1] != day_dated and _has_attack_word(low):
            # "On Feb. 4, Russian drones killed two people in Kherson ... Overnight on Feb. 5, Russia launched 96
            # drones": the night after the day's strike the report told first, which its paragraph goes on with
            key = sticky = for_paragraph = f"night-{night_date[1]}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 2 and ((low.startswith("as ") and _AS_REPORTED_RE.match(low)) or (
                " that" in low[:45] and _OUTLET_RECALLS_RE.match(low))) and \
                (told_date := _date_of(text, low)) is not None and told_date[1] != main_date and \
                _DIGIT_RE.search(text) and _REPORTED_WEAPONS_RE.search(low):
            # "As reported, on October 18 the air force said it had destroyed all 11 Shaheds": an earlier report's
            # attack, of its date
            key = sticky = f"earlier-{told_date[1]}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if time_headings and s.index >= 1 and len(text) < 80 and _TIME_HEADING_RE.match(low) and \
                not text.rstrip().endswith("."):
            # "Night: Shaheds on Kharkiv ... Morning: Iskander-M on Krasnohrad ... Afternoon: guided bombs on Slatyne":
            # a round-up of the day's strikes under headings of their times, each heading's an attack of its own
            key = "main" if time_headings_seen == 0 else f"time-{s.index}"
            time_headings_seen += 1
            sticky = None if key == "main" else key
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 2 and not sticky and "later" in low[:30] and _HOURS_LATER_RE.match(text) and \
                (_STRUCK_RE.search(low) or "under attack" in low) and places.get(s.index) and (
                    places[s.index][0].place.name not in _places_told(out, places, "main") or (
                        # (or the same place, struck again by day: "Hours later, on Thursday afternoon, a ballistic
                        # missile struck the port area of Odesa" after the night's drones)
                        "night" not in low and _BY_DAY_KEYS(low[:60]) and _BY_DAY_RE.search(low, 0, 60))):
            # "A few hours later, Russian strikes hit the town of Samar, killing two people" after the morning's
            # strike on Dnipro: a strike of its own, later in the day
            key = sticky = "later-day"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 2 and not sticky and 12 <= stamp_hour <= 21 and night_entry and "night" not in low and \
                out and _STAMP_RE.fullmatch(out[-1].sentence.text) and HURT_KEYS(low) and \
                _FPV_OR_STRUCK_RE.lowered.search(low) and places.get(s.index) and \
                not {p.place.name for p in places[s.index]} & _places_told(out, places, "main"):
            # "1:15 p.m. / A Russian drone dropped explosives on a minibus in Bilozerka, ... killing the driver" on a
            # live page of the night's attack: a strike of the day, which its entry goes on with
            key = sticky = "later-day"
            entry_day = True
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 2 and (not sticky or sticky.startswith("earlier")) and "day " in low[:12] and \
                (day_after := _DAY_AFTER_RE.match(text)) and _STRUCK_RE.search(low, day_after.end()) and \
                (hit_there := [p for p in places.get(s.index, ()) if p.start >= s.start + day_after.end()]) and \
                not {p.place.name for p in hit_there} & _places_told(out, places, sticky or "main"):
            # "A day after the Poltava strike, Russian missiles and drones hit Lviv, killing seven": the next day's
            # strike on another place, with its own toll (the place before the comma is the strike it came after's)
            out.append(SentenceInfo(s, False, "russia", "day-after", day_after.end(), sticky or "main"))
            sticky = "day-after"
            continue
        if s.index >= 3 and not last_night and sticky in (None, "later-day") and (
                (low.startswith(_NIGHT_OPENERS) and (_HAD_SENT_RE.match(low) or _ALSO_BY_NIGHT_RE.match(low))) or
                ("into" in low and _NIGHT_INTO_DAY_RE.match(low)) or _had_also_by_night(low, text_low, sentences)) and \
                _opens_paragraph(text_low, s) and \
                _NIGHT_TOLD_RE.search(text_low, sentences[0].start, _before_heading(sentences, s, text_low)) is None:
            # "Overnight, Russia had launched 38 Shahed drones" after a lead on Sunday morning's missile strike that
            # told of no night: the night before it, told in the past of the past, which its paragraph goes on with
            key = sticky = for_paragraph = "earlier-night"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index > lead_at and not sticky and "past" in low and (
                "settlements" in low or " oblast" in low or " region" in low) and _PAST_DAY_RE.search(low) and (
                    _SETTLEMENTS_STRUCK_RE.search(low) or _ATTACKS_ON_REGION_RE.search(low)) and HURT_KEYS(low) and \
                "overnight" in text_low[:s.start] and "overnight" not in low and not _COUNT_OF_WEAPONS_RE.search(low):
            # "15:10 - Kherson region: over the past day, Russian troops attacked 29 settlements, killing two", or
            # "Russian attacks on Kherson Oblast killed two people ... over the past day" on a page that told of the
            # night's drones: a region's day of strikes, an attack of its own, which its paragraph goes on with
            key = sticky = for_paragraph = f"region-day-{s.index}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index > lead_at and not sticky and "same" in low and (same_time := _SAME_TIME_AS_RE.search(low)) and \
                _next_counts_weapons(s, sentences, text_low):
            # "The strike on Sumy came on the same morning as a drone attack on Kyiv. Kyiv's mayor said 28 kamikaze
            # drones had attacked the capital": another attack of that morning, which its paragraph goes on with
            key = sticky = for_paragraph = f"earlier-{s.index}"
            out.append(SentenceInfo(s, False, "russia", key, same_time.start(), "main"))
            continue
        if s.index > lead_at and "came" in low and (wave := _NEXT_WAVE_RE.match(text)) is not None:
            # "Then, on Saturday, came the second wave. Russia launched 597 drones and 26 missiles overnight": the
            # next attack of the week told, which the sentences after it go on telling of
            key = sticky = f"later-{wave.group(1).lower()}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if low.startswith("source:") and out and not out[-1].excluded and out[-1].attacker == "russia" and \
                not _DIGIT_RE.search(text) and not _has_attack_word(low):
            # "Source: Kherson Oblast Military Administration" under a lead: the attack the lead told of, whose
            # "Details:" follow
            out.append(SentenceInfo(s, False, "russia", out[-1].key))
            continue
        if s.index > lead_at and ("before" in low[:30] or "previous" in low[:30]) and \
                _NIGHT_BEFORE_OPENS_RE.match(text) and not _has_attack_word(low) and \
                s.index + 1 < len(sentences) and "\n" not in text_low[s.end:sentences[s.index + 1].start] and \
                _WEAPON_STRUCK_RE.lowered.search(text_low, sentences[s.index + 1].start, sentences[s.index + 1].end):
            # "The previous night, 3 to 4 March, was harder for the region. Then a drone hit a residential building":
            # the night before, which its paragraph goes on telling of
            key = sticky = for_paragraph = f"earlier-{s.index}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index > lead_at and "before" in low[:40] and (hours_before := _HOURS_BEFORE_LEAD_RE.match(text)) and \
                _STRUCK_RE.search(low, hours_before.end()) and "night" not in low[hours_before.end():]:
            # "Background: Hours before Wednesday's attack, a Russian missile hit the maternity ward of a hospital in
            # Vilniansk, killing a two-day-old boy": an earlier strike, with its own toll
            out.append(SentenceInfo(s, False, "russia", f"earlier-{s.index}"))
            continue
        if s.index > lead_at and low.startswith("in ") and (month := _IN_MONTH_LEAD_RE.match(text)) is not None and \
                month.group(1).lower() not in text_low[:sentences[lead_at].end] and \
                (not main_date or not main_date.startswith(month.group(1)[:3])) and \
                _STRUCK_RE.search(low) and HURT_KEYS(low):
            # "In April, two Iskander-M ballistic missiles struck its centre, killing 35 people" in a report of another
            # month: an earlier strike, with its own toll
            out.append(SentenceInfo(s, False, "russia", f"earlier-{s.index}"))
            continue
        if s.index > lead_at and (not sticky or sticky.startswith(("earlier-", "record-"))) and (
                low.startswith(("overnight,", "during the night,", "background: on the night of ",
                                 "background: overnight")) or (
                low.startswith("earlier on ") and "overnight" in low)) and \
                _opens_paragraph(text_low, s) and (_COUNT_OF_WEAPONS_RE.search(low) or
                                                    _DRONES_STRUCK_RE.lowered.search(low) or
                                                    _counted_next(s, low, sentences, text_low)) and \
                not _night_told_since_lead(text_low, (_lead_after_key_points(sentences, lead_at, s.index, text_low) or
                                                      [sentences[lead_at]])[0], s) and \
                any(o.sentence.index == lead_at and o.key in ("main", "bombs", "shelling") for o in out) and \
                any(_DAY_LEAD_RE.search(o.text) is not None and _has_attack_word(text_low[o.start:o.end])
                    for o in (sentences[0], *sentences[lead_at:min(lead_at + 2, s.index)],
                              *_lead_after_key_points(sentences, lead_at, s.index, text_low))) and \
                not _title_counts_both(text_low, sentences[0]):
            # "A Russian ballistic missile struck Sumy on Thursday, killing four ... Overnight, Russia launched 78
            # Shahed-type drones" (or "Earlier on Thursday, the air force said Russia had attacked overnight with 171
            # drones"): the night before the day's strike the lead told of, which its paragraph goes on with
            key = sticky = for_paragraph = "earlier-night"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index > lead_at + 1 and not sticky and low.startswith(_MEANWHILE_NIGHT) and \
                _opens_paragraph(text_low, s) and _COUNT_OF_WEAPONS_RE.search(low) and \
                not _night_told_since_lead(text_low, sentences[lead_at], s) and \
                any(o.sentence.index == lead_at and o.key in ("main", "bombs", "shelling") for o in out) and \
                places.get(lead_at) and _STRUCK_RE.search(text_low, sentences[lead_at].start, sentences[lead_at].end):
            # "Russian forces struck Druzhkivka with two S-300 missiles early on 4 May ... Meanwhile, on the night of
            # 3-4 May, Russia attacked Ukraine with 24 Shahed drones": the country's night, apart from the town's
            # strike the lead told of, which its paragraph goes on with
            key = sticky = for_paragraph = "earlier-night"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 3 and "yesterday" in low[:30] and _opens_paragraph(text_low, s) and \
                _YESTERDAY_BY_DAY_RE.match(text) and _WEAPON_STRUCK_RE.lowered.search(low) and \
                "overnight" in text_low[:s.start]:
            # "At 13:40 yesterday, a Russian drone dropped explosives on a bus in Kherson" after the night's attack: a
            # strike of the day before, which its paragraph goes on with
            key = sticky = for_paragraph = "earlier-yesterday"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index > lead_at and not sticky and main_day and report_day and "overnight" in low and \
                _days_after(main_day, report_day) == 1 and _opens_paragraph(text_low, s) and \
                not any(d.lower() in low for d in _WEEKDAYS if d != report_day) and \
                _COUNT_OF_WEAPONS_RE.search(low) and not _night_told_since_lead(text_low, sentences[lead_at], s) and \
                not _NIGHT_TOLD_RE.search(text_low, sentences[0].start, sentences[lead_at].start):
            # "Here is the situation on Tuesday ... - A Russian ballistic missile struck Kryvyi Rih on Monday ... - The
            # air force said Russia launched 142 drones ... overnight": the night after the day's strike, into the
            # report's day, which its paragraph goes on with
            key = sticky = for_paragraph = f"next-{s.index}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 3 and not sticky and "overnight" in low[:12] and _OVERNIGHT_OPENS_RE.match(low) and \
                (_opens_paragraph(text_low, s) or (out and opens_update(out[-1].sentence.text))) and \
                (("overnight" not in text_low[:s.start] and any(
                o.key == "main" and not o.excluded and _YESTERDAY_BY_DAY_RE.match(o.sentence.text) for o in out)) or (
                # (or after a lead on the evening's strike: "The death toll from Thursday evening's Russian missile
                # strike on Stepne has risen to four ... Overnight, Russian forces attacked Vilniansk")
                "night" not in (body := text_low[sentences[1].start:sentences[min(2, len(sentences) - 1)].end]) and
                _EVENING_STRIKE_RE.search(body) is not None) or (
                # (or after the lead's strike told by its clock by day: "The missiles struck around 11:40 a.m.
                # Wednesday")
                main_day is not None and any(o.key == "main" and not o.excluded and
                                             _DAY_CLOCK_RE.search(o.sentence.text) and
                                             not _BOMBS_KEYS(o.sentence.text.lower()) for o in out))):
            # "2) Overnight it was our region's turn, with drones" after "1) Yesterday at around 13:10 a Russian
            # ballistic missile hit Zhovti Vody": the night after the day's strike, which its paragraph goes on with
            key = sticky = for_paragraph = "night-after"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 2 and sticky != "later-day" and "since " in low and \
                (last_night or "overnight" in text_low[:s.start]) and \
                (more := _MORE_SINCE_MORNING_RE.search(low)) and _COUNT_OF_WEAPONS_RE.search(low) and \
                "night" not in low[:more.start()]:
            # "Since 10:00, the enemy has launched another 22 attack drones" (or "16 more drones have been launched at
            # Poltava and Kharkiv oblasts since 10:00") after the night's attack: the day's wave, which the sentences
            # after it go on with
            key = sticky = "later-day"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if last_night and s.index >= 2 and _DURING_THE_DAY_RE.match(s.text) and "night" not in low and (
                _has_attack_word(low) or (
                    # (or a sentence of sirens before the wave's count: "... sirens sounded again in the Sumy
                    # region. The air force said another 41 drones had been launched")
                    _next_counts_weapons(s, sentences, text_low))):
            # "During the day, Russian troops attacked the Nikopol district with FPV drones" after the night's attack:
            # the day's, which the sentences after it go on telling of
            key = sticky = "later-day"
            day_places = {p.place.name for p in places.get(s.index, ())}
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 3 and _holds_any(low, later_words) and "night" not in low and \
                not (bombs and _BOMBS_KEYS(low)) and (later := _LATER_IN_DAY_RE.lowered.search(low)) and \
                (_FIRED_THEN_RE.lowered.search(low, 0, later.start()) or (
                    later.start() <= 12 and _WEAPON_STRUCK_RE.lowered.search(low, later.end()))) and \
                ("overnight" in text_low[:s.start] or "last night" in text_low[:s.start]):
            # "Russia fired two Iskander-M ballistic missiles at Kiliia this afternoon" after a night's attack told
            # below the lead (an SMS log's "After last night's attack, ..."), or "Then at 14:10 came the second blow:
            # two ballistic missiles struck the industrial zone": a strike of the day after it
            key = sticky = "later-day"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if last_night and not day_after_night and _holds_any(low, later_words) and (
                later := _LATER_IN_DAY_RE.lowered.search(low)):
            if later.start() <= 12 and s.index >= 2 and _has_attack_word(low[later.end():]) and "toll" not in low and \
                    "night" not in low and not _NUMBER_RISEN_RE.search(low) and \
                    low[later.start():later.end()].removeprefix("on ") not in text_low[sentences[1].start:s.start]:
                # (not "Later in the day he said the night's attack had left one injured", nor "... the number of
                # injured had risen to 11", an update of the night's toll, nor "On Friday evening,
                # Vilkul first reported 14 killed" of "the attack on Friday evening")
                # "Shortly after 2 p.m. local time, Russia hit Dnipro with ballistic missiles" after the night's
                # attack: a strike of the day after it, which the sentences after it go on telling of
                key = sticky = "later-day"
                out.append(SentenceInfo(s, False, "russia", key))
                continue
            cuts = [m.start() for m in _CLAUSE_START_RE.finditer(low, 0, later.start())]
            if cuts and cuts[-1] > 0 and ("night" in low[:cuts[-1]] or s.index <= 1) and \
                    _has_attack_word(low[:cuts[-1]]) and _has_attack_word(low[cuts[-1]:]):
                # "Russia attacked Odesa overnight, injuring three people, and later in the day struck Dnipro,
                # killing two": the night's attack, then the day's
                out.append(SentenceInfo(s, False, "russia", "later-day", cuts[-1], sticky or "main"))
                continue
        if by_day and "overnight" in low and s.index >= 2 and _STAMP_RE.fullmatch(sentences[s.index - 1].text) and \
                _has_attack_word(low):
            # "09.20 GMT / A newborn baby has been killed after a Russian rocket hit the maternity ward ... overnight"
            # in a blog whose lead told of the afternoon's missiles: the night's strike, which its entry goes on with
            key = sticky = f"earlier-{s.index}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        key = "main"
        day = (early_days[s.index] if s.index in early_days else _attack_day(text, low)) if s.index >= 1 else None
        if weekend and day in ("Saturday", "Sunday"):
            day = None  # the weekend the lead told the attack of
        if day and opens_update(text):
            day = None  # "Update, Sunday 10:30 a.m.: The death toll has risen to 14": the day of the update's telling
        if day and "part of" in low and _PART_OF_WAVE_RE.lowered.match(low):
            day = None  # "The strike was part of a wave of attacks on Saturday in which ...": the lead's attack
        if sticky and opens_update(text) and HURT_KEYS(low) and (s.index not in places or _lead_place(places, s.index)):
            # "Update: The death toll in Ternopil rose to 31" after a paragraph recalling other strikes: the toll of the
            # attack the lead told of
            sticky = None
            out.append(SentenceInfo(s, False, "russia", "main"))
            continue
        if day and into_day is None and "to " in low and (into := _INTO_DAY_RE.search(text)):
            into_day = into.group(1)
        if s.index >= 2 and low.startswith(("that night,", "on that night,")) and out and not sticky and \
                " since " in (prev := text_low[out[-1].sentence.start:out[-1].sentence.end]) and \
                (since := _date_of(prev[prev.rfind(" since "):])) is not None and since[1] != main_date:
            # "The attack was the fifth on the grid since March 22. That night, Russia launched about 90 missiles":
            # the night of the date recalled, an attack of its own
            out.append(SentenceInfo(s, False, "russia", f"record-{s.index}"))
            continue
        if s.index >= 1 and "night" in low[:40] and _NTH_NIGHT_RE.lowered.match(low):
            # "The first night, into Friday, was the heaviest: ... The next night was quieter": each night of a piece
            # told night by night is an attack
            key = sticky = f"night-{s.index}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if record and _RECORD_KEYS(low) and (at := _RECORD_RE.lowered.search(low)):
            back = _BACK_TO_THE_NIGHT_RE.lowered.search(low, at.end()) if "night" in low else None
            record_at = 0 if _dated_high(text, low, at.start(), main_date) else at.start()
            out.append(SentenceInfo(s, False, "russia", f"record-{s.index}", record_at, sticky or "main",
                                    back_at=back.start() if back else -1))
            continue
        if s.index >= 1 and " since " in low and (at := _SINCE_RECALL_RE.lowered.search(low)) and (
                s.index >= 2 or at.group("mark")):
            # "the deadliest for the country since a strike on a shop in Hroza in October 2023, in which 59 people
            # were killed": the attack recalled after "since" is one of its own
            lead = sticky or "main"
            if sticky and any(p.start - s.start < at.start("since") and
                              p.place.name in _places_told(out, places, "main") for p in places.get(s.index, ())):
                # ("The strike on Hroza was the deadliest ... since April 2022, when ..." after the night's other
                # strike: the report's own strike again, which the sentences after it go on with)
                lead, sticky = "main", None
            out.append(SentenceInfo(s, False, "russia", f"record-{s.index}", at.start("since"), lead))
            continue
        if s.index >= 2 and " from " in low and ", when " in low and (at := _RECOVERED_FROM_RE.search(low)):
            # "The Ternopil region has not yet recovered from November 19, when Russia launched 476 drones": the
            # attack recalled by its date is one of its own
            out.append(SentenceInfo(s, False, "russia", f"record-{s.index}", at.start("from"), sticky or "main"))
            continue
        if s.index >= 1 and " after " in low and (at := _DAY_AFTER_RECALL_RE.lowered.search(low)) and \
                not _may_name_ukraines_attack(low[at.start():], ukr_names):
            # "... killed seven people on Wednesday, a day after a strike on Poltava killed at least 55": the strike
            # recalled after "after" is one of its own
            out.append(SentenceInfo(s, False, "russia", f"record-{s.index}", at.start(), sticky or "main"))
            continue
        if ("night of" in low or (("-" in low or "–" in low or "—" in low) and _DIGIT_DASH_RE.search(low))) and \
                (night := _NIGHT_RANGE_RE.lowered.search(low)):
            # "On the night of 5-6 October ... On the night of 6-7 October": each night named so is an attack
            span = _night_span(night)
            if main_night is None:
                main_night = span
            elif night.group("single") and not _NIGHT_OPENS_RE.match(text):
                pass  # "After a massive attack on the night of July 31, Russia again ...": one date's night starts an
                # attack of its own only where it opens a sentence or a subhead
            elif span != main_night:
                sticky = f"night-{span}"
                out.append(SentenceInfo(s, False, "russia", sticky))
                continue
            else:
                sticky = None
        if sticky and (sticky in ("later-day", for_paragraph) or sticky.startswith("record-")) and \
                "\n" in text_low[out[-1].sentence.end:s.start] and \
                not (sticky == "later-day" and s.index in places and
                     all(p.place.name in day_places for p in places[s.index])) and \
                not (sticky == for_paragraph and _opens_a_section(out, sticky, text_low) and
                     _has_attack_word(low)) and \
                not (sticky == for_paragraph and sticky.startswith("earlier-") and (
                    ("overnight" in low and _COUNT_OF_WEAPONS_RE.search(low)) or (
                        (low.startswith(_NIGHTS_DRONES_OPENERS) or "debris" in low or (
                            "drone" in low and not _BOMBS_KEYS(low) and not _GUNS_RE.lowered.search(low) and
                            "dropped" not in low and "fpv" not in low)) and not (
                            {p.place.name for p in places.get(s.index, ())} <= _places_told(out, places, "main") and
                            s.index in places)))):
            # a new paragraph: the day's strike, the night before it or a record, has been told (but not where it
            # names one of the places the day's strike was told at: "During the day, Russian troops attacked Nikopol
            # and Marhanets ... In Marhanets, a drone hit a bus", nor where it counts the night's weapons: "Earlier,
            # during the night, Russian drones attacked Dnipro ... In total, Russia launched 64 drones overnight", nor
            # where the drones it told of go on: "Drones damaged substations in the Zhytomyr region")
            sticky = None
        if sticky and sticky.startswith("entry-") and len(text) < 90 and _ENTRY_HEADING_RE.match(text):
            sticky = None  # (the next entry of a live page: the strike the entry before told of has been told)
        if len(text) < 90 and s.index >= 2 and not sticky and _ENTRY_HEADING_RE.match(text) and \
                "strike" in low and places.get(s.index) and not {
                    p.place.name for p in places[s.index]} & _places_told(out, places, "main") and \
                _places_told(out, places, "main"):
            # "09:05 GMT - Missile strike on Mykolaiv apartment building" on a live page whose entries told another
            # strike before: that entry's strike, an attack of its own, which its entry goes on with
            key = sticky = f"entry-{s.index}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if sticky and stamp and sticky.startswith(("earlier-", "record-")):
            sticky = None  # a live page's next entry ("09:50 GMT"): an earlier strike one entry recalled has been told
        if sticky and sticky.startswith("separate-"):
            if listed == sticky and text.lstrip()[:1] in BULLETS:
                pass  # an item of the list the separate attack's sentence opened ("recorded 112 explosions:")
            elif "\n" in text_low[out[-1].sentence.end:s.start] or (separate_places and any(
                    p.place.name not in separate_places and p.place.region not in separate_places
                    for p in places.get(s.index, ()))):
                # a new paragraph, or another place (not one in a region it named: "air defence destroyed seven
                # drones over the region ... In Kryvyi Rih, a drone hit"): the separate attack's sentences have ended
                sticky = None
            elif not separate_places:
                # "The strike came hours after a separate overnight drone attack. Before dawn, Russia had launched
                # 28 drones ... over the Kharkiv and Sumy regions": the first of its places
                separate_places = {p.place.name for p in places.get(s.index, ())}
        other = _other_date(text, low, main_date, told_by_weekday, main_by_morning,
                            stamped and s.index >= 4 and "night" not in text_low[:s.start], main_year,
                            main_by_night) if s.index >= 2 and (
            main_date or told_by_weekday) else _when_date(text, low) if s.index >= 2 and ", when" in low else None
        if other is None and s.index >= 2 and not main_date and not told_by_weekday and (
                _DATE_LEAD_RE.match(text) or _HOLIDAY_RE.search(low, 0, 40) or (
                    " on " in low and _ON_DATE_COUNT_RE.lowered.search(low))) and _main_counted(out, text_low):
            # "On 23 November, Russia fired about 70 missiles" after the counts of a report that gave its own attack
            # no date or day: the date names another attack's (so does "It is also where, on 27 June, two Kh-22
            # missiles hit the shopping centre")
            other = _other_date(text, low, None, True)
        if other is None and main_date is None and not told_by_weekday and s.index >= 2 and \
                _WEAPON_WORD_RE.lowered.search(low) and not _main_counted(out, text_low) and \
                (own := _other_date(text, low, None, True)):
            # "On the night of 8-9 July the town was attacked by six drones" in minutes dated only in their heading:
            # the first dated count of the report's own attack gives its date, so a later date tells of another
            main_date = own
        if other is None and s.index >= 2 and ("episode" in low or "count" in low or "strike" in low or
                                               "attack" in low) and any(w in low for w in _NTH_WORDS) and (
                nth := _NTH_EPISODE_RE.search(text)) and \
                (date := _date_of(text[nth.end():])) and date[1] != main_date:
            # "the first episode took place on the morning of 6 March 2022 ... The second episode concerns 14 July
            # 2022": a verdict's (or a review's) attacks one by one, each of its date
            other = date[1]
        if other and last_night and not main_date and ((_NIGHT_OF_LEAD_RE.match(text) and (
                text.lstrip()[:1] in "\"“" or (out and out[-1].sentence.text.rstrip().endswith(":")))) or (
                "air force" in low and "night of" in low and (not _main_counted(out, text_low) or "enemy" in low))):
            # "The Air Force said on Telegram: "On the night of February 19, the enemy attacked with 17 missiles":
            # the air force's own words for the night the report told of by its weekday; so are its counts "on the
            # night of April 10" after a lead that gave the night's toll but no count of weapons, or told in its own
            # formula ("on the night of February 6 the enemy attacked with 58 Shahed-type strike UAVs")
            other = ""
        if other and toll_risen and (
                (s.index <= 3 and _STRUCK_RE.search(low)) or _THE_WEAPON_HIT_RE.match(text) or (
                    # (or its counts, the first the report gives: "On the night of May 14, Russia fired two Iskander-M
                    # ballistic missiles and four Kh-101 cruise missiles" under "death toll ... rises to three")
                    _COUNT_OF_WEAPONS_RE.search(low) and not _main_counted_weapons(out, text_low))) and \
                all(o.key == "main" or o.excluded for o in out):
            # "Russian forces struck the store ... on the afternoon of May 25" right after a lead on its toll risen
            # two days on, or "The cruise missile hit a four-storey building at 04:12 on November 5" after it: the
            # attack the lead told of, on its own date (which the later nights of the report are told apart from)
            if s.index > 3 and (struck_date := _date_of(text, low)) is not None:
                main_date = struck_date[1]
                main_by_night = "night of" in low[max(0, struck_date[0] - 15):struck_date[0]]
            other = ""
        if other and not last_night and not main_day and _THE_ATTACK_ON_DATE_RE.search(text):
            # "The strike on Jan. 14 destroyed an entire section" in a report of the toll three days on: the attack
            # the lead told of, on its own date
            other = ""
        if other == "" and out and (out[-1].key == f"earlier-{s.index - 1}" or (
                out[-1].key == f"record-{s.index - 1}" and not _DIGIT_RE.search(out[-1].sentence.text))) and \
                not out[-1].excluded and out[-1].attacker == "russia":
            # "The attack came a day after a larger assault. On the night of March 24, Russia launched 147 drones" (or
            # "... a day after Russia's largest combined attack in months. On the morning of Nov. 17, Russia launched
            # 120 missiles"): the day the sentence before told of, a day from the report's
            other = str(s.index - 1)
        elif other == "":  # the report's own date: another day's sentences have ended
            sticky = None
        if out and _THAT_DAY_RE.match(text) and (day_at := next((
                k for k in range(len(out) - 1, max(len(out) - 4, -1), -1)
                if out[k].key.startswith(("record-", "earlier-")) and not out[k].excluded and
                out[k].attacker == "russia"), -1)) >= 0 and "\n" not in text_low[out[day_at].sentence.end:s.start]:
            # "... the wave of missile attacks on 8 July, which killed 43 ... On that day, Russia fired 38 missiles":
            # the day a sentence just before in the paragraph told of, as the sentences between them did
            key = sticky = out[day_at].key
            for between in out[day_at + 1:]:
                if between.key == "main" and not between.excluded:
                    between.key = key
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index > lead_at and low.startswith("on the night of ") and out and not out[-1].excluded and \
                "\n" not in text_low[out[-1].sentence.end:s.start] and \
                _IN_A_ROW_RE.search(text_low, out[-1].sentence.start, s.start) and \
                (night_of := _date_of(text, low)) and _COUNT_OF_WEAPONS_RE.search(low):
            # "It was the second massive attack in a row. On the night of May 24, Russia launched 250 attack drones":
            # the night before the report's, which the sentences after it go on telling of
            key = sticky = f"earlier-{night_of[1]}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index > lead_at and ("memor" in low or "remember" in low) and (recalled := _date_of(text, low)) and \
                recalled[1] != main_date and _YEAR_OF_DATE_RE.match(low, recalled[0]) and \
                _MEMORIES_OF_RE.search(low, max(0, recalled[0] - 30), recalled[0]):
            # "every night with cruise missiles brings back the memories of July 14, 2022. Then three Kalibr cruise
            # missiles ... hit the centre": the day remembered, which the sentences after it go on telling of
            key = sticky = f"earlier-{recalled[1]}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index > lead_at and "same " in low[:30] and (part := _SAME_PART_OPENS_RE.match(low)) and out and \
                not out[-1].excluded and \
                _has_attack_word(low) and part.group(1) not in text_low[next(
                    (o.sentence.start for o in out if o.key == out[-1].key), s.start):s.start]:
            # "On the evening of 7 March, Russian forces struck the centre of Dobropillia ... The same morning, Russia
            # had carried out a massive attack on Ukraine's gas production": another attack of that day, which the
            # sentences after it go on telling of
            key = sticky = for_paragraph = f"same-{part.group(1)}-{s.index}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if out and low.startswith("then ") and not low.startswith("then came") and not out[-1].excluded and \
                out[-1].attacker == "russia" and out[-1].key.startswith(("record-", "earlier-")) and \
                "\n" not in text_low[out[-1].sentence.end:s.start] and _COUNT_OF_WEAPONS_RE.search(low):
            # "The Lviv region felt the largest attack on the energy system on August 26. Then Russia launched 127
            # missiles and 109 drones": the attack the sentence before recalled, which the sentences after go on with
            key = sticky = out[-1].key
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 3 and "night of" in low and (subject := _NIGHT_AS_SUBJECT_RE.match(text)) and \
                (night_date := _date_of(text[subject.start("date"):])) and night_date[1] != main_date:
            # "A month later, the night of August 13 looked small by comparison": the night the sentences after it
            # tell of, a night of its own
            key = sticky = f"earlier-{night_date[1]}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 3 and out and not out[-1].excluded and out[-1].key == "main" and _THAT_DAY_RE.match(text) and \
                "\n" not in text_low[out[-1].sentence.end:s.start] and (said := _date_of(out[-1].sentence.text)) and \
                said[1] != main_date and _DIGIT_RE.search(text) and _has_attack_word(low):
            # "... since October 10 about 40% of the grid had been damaged. On that day Russia launched 84 cruise
            # missiles": the day the sentence before named, not the report's
            key = sticky = f"earlier-{said[1]}"
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if out and out[-1].key == f"record-{s.index - 1}" and _DATE_LEAD_RE.match(text) and \
                not _DIGIT_RE.search(out[-1].sentence.text, out[-1].record_at) and out[-1].record_at >= 0:
            # "The previous record had been set only five days earlier. On 4 July, Russia fired 539 drones": the
            # record the sentence before named, told here
            key = sticky = out[-1].key
            out.append(SentenceInfo(s, False, "russia", key))
            continue
        if s.index >= 2 and (recalled_at := _earlier_record_at(text, low, main_date, superlatives)) >= 0:
            if _dated_high(text, low, recalled_at, main_date):
                recalled_at = 0
            out.append(SentenceInfo(s, False, "russia", f"record-{s.index}", recalled_at, sticky or "main"))
            if ((dated_lead := _DATE_LEAD_RE.match(text)) and (
                    recalled_at <= 3 or other or recalled_at <= dated_lead.end())) or \
                    _RECORD_AS_SUBJECT_RE.fullmatch(low, 0, recalled_at):
                # "On Dec. 29, Russia launched what officials called the biggest aerial attack ... At least 39 people
                # were killed", "Then came 7 September and a new record" after another date's counts, "The largest
                # attack so far came on 29 December 2023, when ...": a record told from its date on, or as the
                # sentence's subject, which the sentences after it go on telling of
                sticky = f"record-{s.index}"
            elif not _COUNT_OF_WEAPONS_RE.search(low) and not HURT_KEYS(low) and _date_of(text, low) and \
                    s.index + 1 < len(sentences) and \
                    " then " in text_low[sentences[s.index + 1].start:sentences[s.index + 1].end] and \
                    "\n" not in text_low[s.end:sentences[s.index + 1].start]:
                # "Recall that the largest combined attack ... took place on December 29, 2023. Russia then launched 158
                # missiles and drones": the record told by its date, whose counts its paragraph goes on with
                sticky = for_paragraph = f"record-{s.index}"
            continue
        elif s.index >= 2 and ("next" in low or "follow" in low or "later" in low or "after" in low) and \
                _NEXT_NIGHT_RE.lowered.match(low) and _has_attack_word(low):
            key = sticky = f"next-{s.index}"
        elif s.index >= 2 and "later" in low and _DAYS_LATER_RE.lowered.match(low) and _DIGIT_RE.search(text) and \
                _WEAPON_WORD_RE.lowered.search(low):
            # "A week later, on 29 March, Moscow came back: 60 Shaheds and 39 missiles": a later attack's counts,
            # which the sentences after it go on with
            key = sticky = f"next-{s.index}"
        elif toll_risen and s.index >= 3 and " also " in low[:40] and _ALSO_STRUCK_RE.match(text) and \
                (hit_here := places.get(s.index)) and hit_here[0].place.name not in _places_told(out, places, "main"):
            # "Russia also fired two Iskander-M missiles at Krasnohrad on Thursday" in a report of the toll of
            # Kharkiv's strike risen: another strike, on a place the report's had not named
            key = sticky = f"separate-{s.index}"
            separate_places = {p.place.name for p in hit_here}
        elif s.index >= 2 and low.lstrip().startswith("earlier") and out[-1].key == "main" and \
                _EARLIER_SAME_DAY_RE.match(text) and \
                text_low[:s.start].rstrip(" \t").endswith("\n") and _STRUCK_RE.search(low) and \
                (HURT_KEYS(low) or _UNNAMED_COUNT_OF_WEAPONS_RE.search(low) or
                 not _COUNT_OF_WEAPONS_RE.search(text_low, 0, s.start)) and \
                (hit_here := places.get(s.index)) and hit_here[0].place.name not in _places_told(out, places, "main"):
            # (but not hits with no toll nor count of their own beside the counts of the day's waves before them:
            # "Russia launched 38 missiles at Ukraine in several waves ... Earlier on Saturday, Russian missiles hit
            # critical infrastructure in Kyiv")
            # "Earlier on Tuesday, Russian FPV drones attacked the centre of Stanislav, wounding two women" after the
            # strike on Darivka, a paragraph on: another strike of the day, on a place the report's had not named
            key = sticky = f"separate-{s.index}"
            separate_places = {p.place.name for p in hit_here}
        elif separate and _SEPARATE_KEYS(low) and _SEPARATE_RE.lowered.search(low):
            # the sentences after it in its paragraph that name its places, or none, go on telling of it (not the
            # places the drones were launched from: "19 Shahed drones launched from the Primorsko-Akhtarsk area")
            key = sticky = f"separate-{s.index}"
            launch_word = may_name_launch_area(low)
            separate_places = {p.place.name for p in places.get(s.index, ()) if not (
                launch_word and _is_launch_area(text[:p.start - s.start], low[:p.start - s.start]))}
        elif other:
            key = sticky = f"earlier-{other}"
            if ("while on " in low or "; on " in low or "and on " in low) and \
                    (two := _TWO_DAYS_TOLD_RE.match(text)) and \
                    (first_day := two.group("day").capitalize()) != main_day and \
                    HURT_KEYS(low[:two.start("cut")]) and HURT_KEYS(low[two.start("cut"):]):
                # "On Sunday, strikes on the city killed 13 people, while on September 30 a strike on a convoy killed
                # 32": two earlier strikes, each with its own toll, not one toll summed
                out.append(SentenceInfo(s, False, "russia", key, two.start("cut"), f"earlier-{first_day}"))
                continue
        elif out and out[-1].key == "bombs" and not out[-1].excluded and low.startswith("on ") and HURT_KEYS(low) and \
                _TOLD_ON_DAY_RE.match(text) and not _WEAPON_WORD_RE.lowered.search(low):
            # "... Saturday afternoon's strike on the Epicentr hypermarket, where two guided aerial bombs hit. On Sunday
            # morning the governor said that 12 people had been confirmed dead": the bombs' toll, told a day on
            key = "bombs"
        elif day and day == into_day and "night" in low and (night := _DAY_NIGHT_RE.search(text)):
            # "overnight into Saturday ... On Saturday night, Russia followed up with 160 drones": the next night's
            key = sticky = f"night-{day}"
            if (into := _INTO_DAY_RE.search(text, 0, night.start())) and into.group(1) == day:
                # "Russia launched 273 drones overnight into Sunday ... and followed it with another wave on Sunday
                # night": the first night's, then the next's
                follow = _FOLLOWED_RE.search(text, into.end(), night.start())
                out.append(SentenceInfo(s, False, "russia", key, follow.start() if follow else night.start(),
                                        "main"))
                sticky = None
                continue
        elif out and out[-1].key != "main" and not out[-1].excluded and out[-1].attacker == "russia" and \
                _SAME_TIME_KEYS(low) and _SAME_TIME_RE.lowered.search(low):
            key = out[-1].key
            if day and day == main_day:
                sticky = None  # "The toll from that attack rose on Wednesday to 51": told on the report's own day
        elif out and out[-1].key != "main" and not out[-1].excluded and out[-1].attacker == "russia" and \
                "all " in low and not places.get(s.index) and _all_told_before(low, out[-1].sentence, text_low):
            # "On the previous night, Russia fired six Kalibr missiles ... Ukraine said all six missiles and 21 drones
            # were shot down": the whole counted again is the night's the sentence before told of
            key = out[-1].key
        elif bombs and _BOMBS_KEYS(low) and (bm := _BOMBS_RE.lowered.search(low)) and \
                not _WEAPON_WORD_RE.lowered.search(low, 0, _clause_end(low, bm.end())):
            key = "bombs"
            if day and main_day and day != main_day and not _day_before(day, main_day):
                key = sticky = day  # "On Tuesday, a Russian guided bomb struck" after Sunday's attack: Tuesday's
            elif "before" in low[:30] and _NIGHT_BEFORE_OPENS_RE.match(text):
                # "The evening before, Russian guided aerial bombs struck Beryslav": a strike of another time (whose
                # toll may follow it: "Five people were wounded there")
                key = f"earlier-{s.index}"
        elif out and out[-1].key == "bombs" and not out[-1].excluded and "bomb" in low[:110] and \
                _THE_BOMBS_RE.match(low, 9 if low.startswith("details: ") else 0) and "night" not in low:
            # "Russian forces dropped guided aerial bombs on Sloviansk ... The bombs hit a street with private houses":
            # the bombs the sentence before told of, whose toll may follow
            key = "bombs"
        elif day and main_day and day != main_day and out and not out[-1].excluded and \
                (before := out[-1].key) in (*_WEEKDAYS, "main") and \
                _day_before(main_day if before == "main" else before, day) and _RECOVERED_KEYS(low) and \
                _RECOVERED_RE.lowered.search(low) and not _WEAPON_WORD_RE.lowered.search(low):
            # "Rescuers worked through the night: on Wednesday morning the body of a watchman was recovered" after
            # Tuesday's strike (or the night's the report tells of): its toll, told the morning after
            key = before
        elif day and main_day and day != main_day and out and not out[-1].excluded and _STRUCK_RE.search(low) and \
                "toll" in (toll_told := text_low[out[-1].sentence.start:out[-1].sentence.end]) and \
                TOLL_RISEN_RE.search(toll_told) and _first_day(out[-1].sentence.text) is None and \
                not text_low[out[-1].sentence.end:s.start].count("\n"):
            # "the death toll from a Russian strike on a dormitory rose to 15 ... The building was hit by two missiles
            # late on Wednesday": the day of the strike whose toll the sentence before told
            key = out[-1].key
        elif day and main_day and day != main_day and toll_risen and _day_before(day, main_day) and \
                _COUNT_OF_WEAPONS_RE.search(low) and not _main_counted_weapons(out, text_low):
            # "Russia launched 598 drones ... overnight into Thursday" in a report of Friday on the toll risen since:
            # the counts of the attack whose toll the lead told, a day before the report's
            key, sticky = "main", None
        elif day and main_day and day != main_day and not (_day_before(day, main_day) and (
                (main_day == into_day and _DAY_NIGHT_RE.search(text)) or _SINCE_EVENING_RE.search(text) or
                _NIGHT_OPENED_RE.search(text))):
            # (but "Saturday night" after "overnight into Sunday", or "launched since Sunday evening" in a report of
            # Monday's attack, is the night the report tells of)
            key = sticky = day
        elif day and not main_day and ((_THE_STRIKE_HIT_RE.match(text) and _lead_place(places, s.index)) or (
                not last_night and _STRUCK_THE_CITY_RE.match(text) and (
                    s.index not in places or _lead_place(places, s.index)))):
            # "The missile hit Dnipro on Saturday afternoon" in a report told on Sunday of the Dnipro strike's toll:
            # the day of the strike the lead told of
            key, main_day, sticky = "main", day, None
        elif day and not main_day and day == report_day and sticky and sticky != f"earlier-{day}" and \
                sticky.removeprefix("earlier-") in _WEEKDAYS and _has_attack_word(low):
            # "a port worker wounded in Saturday's strike ... has died. ... a Russian drone hit a bus stop on Monday
            # morning" told on Monday, a paragraph on: after the earlier day's attack, one of the report's own day
            key, main_day, sticky = "main", day, None
        elif day and not main_day and out and out[-1].key.startswith("earlier-") and not out[-1].excluded:
            # "The drone attack came hours after a barrage of missiles. On Saturday, Russia fired 20 ...": the day
            # the sentence names is the earlier attack's the one before it told of
            key = sticky = out[-1].key
            if (before := out[-1].key.removeprefix("earlier-")) in _WEEKDAYS and before != day and report_day and (
                    day == report_day or (_NIGHT_WORDS(low) and _day_before(day, report_day))):
                # "The first of the two attacks came on Tuesday ... Then, on Wednesday night, Russia launched 29
                # drones" told on Thursday: after the earlier day's, the night the report tells of
                key, main_day, sticky = "main", day, None
            elif before in _WEEKDAYS and before != day:
                key = sticky = f"earlier-{day}"  # "On Saturday night ... On Monday an FPV drone attacked": another
        elif day and not main_day and not report_day and _has_attack_word(low) and \
                text_low[:s.start].rstrip(" \t").endswith("\n") and \
                (first := _first_attack_day(out, text_low)) and _days_after(first, day) >= 2:
            # "On Saturday night Russia attacked our region ... On Monday morning a Russian missile strike hit ..." in
            # a report that names no day of its own, a paragraph on: another day's attack
            key = sticky = f"earlier-{day}"
        elif day and not main_day and toll_risen and report_day and day != report_day and \
                _has_attack_word(low) and not _earlier_search(low) and not (
                    main_date and (date := _date_of(text, low)) and _days_apart(date[1], main_date) >= 2) and \
                not _STRIKE_TOLD_ON_DAY_RE.search(sentences[lead_at].text, 0, 240):
            # (but not "On Palm Sunday, 13 April, two missiles struck the city" in a report of 3 June, nor "On Sunday,
            # Russia fired 120 missiles" after a lead whose strike "killed 10 people and wounded 44 on Monday")
            key, main_day = "main", day
        elif day and not main_day and report_day and day != report_day and main_date and \
                _is_leads_weekday(day, report_day, main_date, sentences[lead_at].text):
            # "A 74-year-old woman was killed on the spot on Monday" under a stamp "Tuesday, 10 February 2026" and a
            # lead's bomb "on 9 February": that Monday is the lead's strike's day
            key, main_day = "main", day
        elif day and not main_day and (
                (_may_hold_earlier(low, earlier_words, earlier_pairs) and _earlier_search(low)) or
                (report_day and day != report_day and not (
                    _NIGHT_WORDS(low) and _day_before(day, report_day)))):
            # "Last Friday, ...", or "On Tuesday, two missiles struck Poltava" in a report told on Wednesday: an
            # earlier day's attack ("late on Tuesday" or "Tuesday night" may be the night the report tells of, but
            # not "Thursday night" told on Sunday of an attack overnight)
            key = sticky = f"earlier-{day}"
        elif day and main_day and day == main_day and low.startswith(("overnight,", "during the night,")) and \
                (told_night := _recalled_night_counted(out, s, low, text_low)) is not None:
            key = sticky = for_paragraph = told_night  # (the same, where the night is the report's day's)
        elif day and main_day and day == main_day and shelling and s.index > lead_at and tells_of_shelling(low):
            # "Also on Wednesday, Russian shelling of Kherson killed seven people": another attack of the same day
            key = "shelling"
        elif day and main_day and day == main_day and "week" in low and _WEEK_APART_RE.lowered.search(low):
            # "The attack came exactly a week after two missiles struck Sumy on Palm Sunday": the same weekday a week
            # before
            key = sticky = f"earlier-{s.index}"
        elif day and main_day and day == main_day:
            key = "main"
            sticky = None
        elif sticky and sticky.startswith("earlier-") and "again" in low and _ATTACKED_AGAIN_RE.lowered.search(low):
            # "Hours earlier, Dnipro was attacked again" after the paragraphs of the strike two years before: the
            # attack the report tells of, which the sentences after it go on with
            key, sticky = "main", None
        elif _may_hold_earlier(low, earlier_words, earlier_pairs) and (told_before := _earlier_search(low)) \
                and _has_attack_word(low) and not (
                    ("again" in low or "been" in low) and _HIT_AGAIN_RE.lowered.search(low)) and \
                not ("toll" in low and _TOLL_GIVEN_AS_RE.search(low)) and \
                not _WHO_DID_BEFORE_RE.search(low, max(0, told_before.start() - 80), told_before.start()) and \
                not (other == "" and " days " in low and _DAYS_BEFORE_RE.search(low, told_before.start() - 30)):
            # (not the attack "two days earlier" than a date two days after the report's own: that is its own)
            key = f"earlier-{s.index}"
            if (main_day or main_date) and ("night" in low) and _AFTER_A_NIGHT_RE.lowered.search(low):
                # "The strike came after a night of Russian drone attacks across Ukraine. The air force said Russia
                # launched 78 drones overnight" (or "hours after an overnight drone attack"): the night before the
                # day's strike, which its paragraph goes on with
                sticky = for_paragraph = key
            elif _NIGHT_BEFORE_OPENS_RE.match(text) and (_DIGIT_RE.search(text) or (
                    # (or told short, its counts next: "The night before, the enemy used the missiles. On the night of
                    # July 23, ... the Russians launched three Kh-59 guided missiles")
                    len(text) < 80 and _next_counts_weapons(s, sentences, text_low, in_paragraph=False))):
                # "The previous night Russia had fired 242 drones and 36 missiles ... Air defences downed 214 of the
                # drones": a night before told with its counts, which its paragraph goes on with
                sticky = for_paragraph = key
            elif ", when " in low and _DIGIT_RE.search(text, low.find(", when ")) and \
                    _WEAPON_WORD_RE.lowered.search(low, low.find(", when ")):
                # "This comes only six days after the night of 3 January, when Russia struck the city with 8
                # missiles and 12 drones. Air defence shot down six of the eight missiles, but 5 people were killed":
                # an earlier night told with its counts, which its paragraph goes on with
                sticky = for_paragraph = key
            elif text.lstrip()[:1] in "-–—" and not _DIGIT_RE.search(text):
                # an interviewer's "- Last week's attack was the largest of the whole war.": the answer after it tells
                # of that attack
                sticky = key
        elif ((_may_refer_back(low) and _ANAPHORA_RE.lowered.search(low)) or (
                " of the " in low and " sai" in low and _SAID_OF_THE_RE.match(low))) and out and not out[-1].excluded \
                and out[-1].attacker == "russia" and (out[-1].key != "main" or not low.startswith("of ")):
            # ("Of those, 62 were destroyed" goes on with a recalled night; after the report's own sentence it may
            # open a shelling's count: "Of these, 34 shells hit the city")
            told = out[-1]
            # "Russia fired 23 drones overnight, two days after the capital's heaviest bombardment. All of the drones
            # were downed": where the recall gives no count, the counts referred to are the ones before it
            key = told.lead_key if told.record_at >= 0 and not _DIGIT_RE.search(
                told.sentence.text, told.record_at) else told.key
        elif out and (told := out[-1]).key.startswith("earlier-") and not told.excluded and \
                told.attacker == "russia" and " of them" in low and _STOPPED_OF_THEM_RE.search(low) and \
                _COUNT_OF_WEAPONS_RE.search(text_low, told.sentence.start, told.sentence.end) and \
                "\n" not in text_low[told.sentence.end:s.start]:
            # "Hours earlier, Russia launched 63 drones at Ukraine overnight ... Air defenses shot down 35 of them":
            # those stopped of the earlier attack's count the sentence before told
            key = told.key
        elif (told_night := _recalled_night_counted(out, s, low, text_low)) is not None:
            # "The missiles followed a night of drone attacks on the north and east. Russia launched 143 Shahed and
            # decoy drones, the air force said", "The missile wave followed a night drone attack. Overnight, Russia sent
            # 16 Shahed-136 drones": the counts of the night the sentence before recalled with none, which its
            # paragraph goes on with
            key = sticky = for_paragraph = told_night
        elif shelling and s.index >= 2 and tells_of_shelling(low):
            key = "shelling"
        elif out and out[-1].key in (f"earlier-{out[-1].sentence.index}", "bombs", "shelling") and \
                not out[-1].excluded and ":" in low and _HIT_LABEL_RE.match(low):
            # "Russian shelling killed one person ... Hit: Kherson, Antonivka, Bilozerka.": the places of the
            # attack just told
            key = out[-1].key
        elif sticky and out and out[-1].key == "bombs" and not out[-1].excluded and \
                out[-1].sentence.index in places and "\n" not in text_low[out[-1].sentence.end:s.start] and \
                HURT_KEYS(low) and "night" not in low and not _WEAPON_WORD_RE.lowered.search(low):
            # "At 14:20 on Thursday, a guided aerial bomb hit the centre of Krasnopillia. One man is on a ventilator
            # ...": the toll told right after the bomb on a place it names, in its paragraph, is the bomb's, not the
            # night's before it
            key = "bombs"
        elif key == "main" and s.index in places and HURT_KEYS(low) and "night" not in low and \
                (bombs or shelling) and (side := _side_attack_of_places(out, places, s.index)) is not None and \
                not _WEAPON_WORD_RE.lowered.search(low):
            # "[13:02] KAB on Slatyne an hour ago ... [18:22] Slatyne update: now 4 injured": a toll told later of a
            # place only the day's bombs (or shelling) hit is theirs, not the night's
            key = side
        elif sticky:
            key = sticky
        elif out and (out[-1].key in (f"earlier-{out[-1].sentence.index}", "bombs", "shelling") or (
                out[-1].key.startswith("earlier-") and "\n" not in text_low[out[-1].sentence.end:s.start])) and \
                not out[-1].excluded and (HURT_KEYS(low) or (
                    "bodies" in low and _RECOVERED_RE.lowered.search(low) is not None)) and (
                    # ("By evening, the toll had risen" goes on with the bombs a title tells of too)
                    not _LATER_LEAD_RE.match(text) or out[-1].key == out[0].key == "bombs") and \
                not opens_update(text) and (("overnight" not in low and "night" not in low) or (
                    # (but rescuers at work through the night tell of the strike's dead: "rescuers pulled two more
                    # bodies from the rubble of a medical clinic overnight")
                    _RECOVERED_KEYS(low) and _RECOVERED_RE.lowered.search(low) and
                    not _COUNT_OF_WEAPONS_RE.search(low))) and (
                    (_no_new_place(places, s.index, out) and
                     not _WEAPON_WORD_RE.lowered.search(low)) or
                    (_NIGHT_BEFORE_OPENS_RE.match(out[-1].sentence.text) is not None and
                     "\n" not in text_low[out[-1].sentence.end:s.start])):
            # "The attack came a day after two missiles struck Poltava. At least 51 people were killed ...": the
            # toll told right after an earlier strike, with no place of its own, is that strike's; and so is one told
            # in the paragraph a night before opens ("The previous night, Russia attacked with 115 drones ... In Dnipro,
            # a drone killed one person")
            key = out[-1].key
        if ukr and _may_turn(low) and (turn := _turn_to_ukraine(low, ukr_starts)) and (cut := turn.start()) and \
                _may_name_ukraines_attack(low[cut:], ukr_names) and _count_ukr(low[cut:], ukr_starts) and \
                not _count_ukr(low[:cut], ukr_starts):
            # "Russia launched 87 drones at Ukraine overnight, ..., hours after Moscow said it had intercepted 112
            # Ukrainian drones": Russia's attack, then Ukraine's
            out.append(SentenceInfo(s, False, "ukraine", "main", cut, key, "russia"))
            continue
        if ukr and (cut := _turn_from_ukraine(low, ukr_names, ukr_starts)):
            # "Ukraine's military said its drones struck an oil pumping station in the Moscow region, as Russia
            # claimed it had shot down 150 Ukrainian drones and Russian strikes killed one person in Sumy": Ukraine's
            # attack, then Russia's
            out.append(SentenceInfo(s, False, "russia", key, cut, "main", "ukraine"))
            continue
        if key == sticky and text.rstrip().endswith(":"):
            listed = key  # "The administration recorded 112 explosions:": the list after it is the attack's
        elif text.lstrip()[:1] not in BULLETS and "\n" in text_low[out[-1].sentence.end:s.start] if out else False:
            listed = None
        if key == "main" and day_dated is None and _DATE_LEAD_RE.match(text) and "night" not in low and \
                _has_attack_word(low) and (dated_at := _date_of(text, low)) is not None:
            day_dated = dated_at[1]  # ("On Feb. 4, Russian drones killed two people"): the day the lead's strike came
        out.append(SentenceInfo(s, False, "russia", key))
    if ukr_places and out and out[0].attacker == "ukraine":
        _targets_recalled(out, text_low)
    return out


#: A sentence that opens on the target of the report's strike, recalled: "The zone was first attacked in April 2024",
#: "The same plant was targeted in July 2025".
_SAME_TARGET_RE = compiled(r"\s*the\s+(?:same\s+)?(?:zone|plant|refinery|factory|airfield|air\s+base|depot|terminal|"
                           r"enterprise|facility)\s+(?:was|had\s+been|has\s+been)\s+(?:first\s+|previously\s+|"
                           r"already\s+|also\s+)?(?:attacked|targeted|struck|hit)\b")


def _targets_recalled(out: list[SentenceInfo], text_low: str) -> None:
    """Give Ukraine the earlier attacks a report of Ukraine's strike recalls on its target ("Ukrainian drones struck
    the Alabuga zone ... The zone was first attacked in April 2024, when a drone hit a dormitory"), which no side's
    word in the sentence tells of."""
    for info in out:
        low = text_low[info.sentence.start:info.sentence.end]
        if info.attacker == "russia" and info.key.startswith("earlier-") and _SAME_TARGET_RE.match(low) and \
                not _count_rus(low):
            info.attacker = "ukraine"
