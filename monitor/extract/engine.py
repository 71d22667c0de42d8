"""extract(): from a report's text to its attacks, each figure with the evidence that produced it.

The steps are: cheap keyword pre-filter, sentences, quantities with roles (patterns.py), sentences
grouped into attacks (attacks.py), then figures reconciled per attack: type splits and per-region
splits summed inside a sentence, the largest statement across sentences, casualties per place summed
when no total is given.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from itertools import pairwise

from monitor.extract.attacks import (
    _REPORT_DAY_RE,
    DATE_PLACE_HEADING_RE,
    HURT_KEYS,
    NUMBERED_DAY_HEADING_RE,
    PLACE_DATE_HEADING_RE,
    STAMP_ZONES,
    TOLL_RISEN_RE,
    TOLL_ROSE,
    WEEKDAY_HEADING_RE,
    opens_update,
    second_record_at,
    segment,
    tells_of_shelling,
)
from monitor.extract.fastre import any_of, ascii_twin, ci, matches_at, plain_ascii
from monitor.extract.gazetteer import Place, find_places, name_as_told, place_by_name
from monitor.extract.numbers import NEARLY, parse_number
from monitor.extract.patterns import (
    _ALL_BUT_RE,
    _ALL_RE,
    _BODY_FOUND_RE,
    _NAME_HIMSELF_RE,
    _ORDINAL_CASUALTY_RE,
    _PRONOUN_DIED_RE,
    _SINGLE_PERSON_RE,
    DIED_OF_WOUNDS,
    HOW_BADLY,
    IN_ALL_RE,
    IN_CONDITION,
    ONE_MISSILE_KEYS,
    ONE_MISSILE_NAME,
    SHARE_OF_RE,
    SHARES,
    TAKEN_TO_HOSPITAL,
    TIMES_COUNT_RE,
    TREATED_ON_THE_SPOT,
    Mention,
    find_mentions,
)
from monitor.extract.places import PlaceMention, hit_context, is_dateline, places_hit, sentence_places
from monitor.extract.recache import compiled
from monitor.extract.sentences import BULLET_CLASS, BULLETS, SPACED_DASH, Sentence, split_sentences
from monitor.extract.tables import find_tables, table_mentions
from monitor.extract.timewords import _MONTH, TIME_RE, find_time_words, has_time
from monitor.extract.weapons import find_weapons
from monitor.models import FIGURE_FIELDS, Attack, Evidence, Report

MAX_CHARS = 300_000
#: Words one of which a text must hold to be read at all (lower case; substring tests are cheap).
_PREFILTER_KEYS = any_of("drone", "missile", "uav", "shahed", "geran", "attack", "strike", "struck", "shell", "bomb",
                         "killed", "injured", "wounded", "intercept", "shot down", "aerial", "air defen", "kinzhal",
                         "iskander", "kalibr", "decoy")
_DIGIT_RE = compiled(r"\d")
#: What a sentence with a figure holds but for a digit: a number word, or one weapon ("a drone", "the Shahed",
#: "neither missile").
_NUMBER_WORD_HINT_RE = ci(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"dozen|both|pair|score|twoscore|threescore|fourscore|gross)\b")
_ONE_WEAPON_HINT_RE = ci(rf"\b(?:an?|the|all|another|neither)\s+(?:[\w'’\-]+\s+){{0,3}}?(?:drone|missile|UAV|Shahed|"
                        rf"{ONE_MISSILE_NAME})")
#: The nouns _ONE_WEAPON_HINT_RE needs (lower case): without one the pattern need not scan the sentence.
_WEAPON_NOUN_KEYS = any_of("drone", "missile", "uav", "shahed", *ONE_MISSILE_KEYS)
#: The two hints with "\W" (a character no word character) in place of their leading "\b": read over " " + a sentence,
#: one matches where its hint matches the sentence, and the regex engine skips in C to the characters that may stand
#: there (about one in five), where a search for the hint tests "\b" at every position.
_NUMBER_WORD_AFTER_GAP_RE = compiled(_NUMBER_WORD_HINT_RE.lowered.pattern.replace(r"\b", r"\W", 1))
_ONE_WEAPON_AFTER_GAP_RE = compiled(_ONE_WEAPON_HINT_RE.lowered.pattern.replace(r"\b", r"\W", 1))
#: _DIGIT_RE and those two, for any text and (their twins) for plain ASCII text.
_FIGURE_HINTS = (
    (_DIGIT_RE, _NUMBER_WORD_AFTER_GAP_RE, _ONE_WEAPON_AFTER_GAP_RE),
    (ascii_twin(_DIGIT_RE), ascii_twin(_NUMBER_WORD_AFTER_GAP_RE), ascii_twin(_ONE_WEAPON_AFTER_GAP_RE)),
)
#: Words one of which a sentence must hold for the figure rules to run on it.
_WEAPON_OR_PEOPLE_KEYS = any_of(
    "drone", "missile", "uav", "unmanned", "shahed", "geran", "decoy", "kinzhal", "iskander", "kalibr", "kh-", "aerial",
    "weapon", "target", "kill", "dead", "died", "death", "lives", "injur", "wound", "hurt", "hospital", "medical",
    "toll", "people", "civilian", "person", "victims", "bodies", "body of", "body was", "body has", "body had",
    "his body", "her body", "shot", "destroy", "intercept", "launch",
    "fired", "lost", "jammed", "radar", "air attack", "means of", "munition", "projectile", "rocket", "suffered",
    "sustained", "condition", "outpatient", "cut by", "a cut", "cuts", "burns", "a burn", "removed",
    # the other verbs of patterns.CUE_DOWN and CUE_SUPP: "101 of them were neutralised" is read too
    "downed", "downing", "downs", "to down", "brought down", "bring down", "brings down", "bringing down", "took down",
    "taken down", "took out", "taken out", "takes out", "knocked down", "neutrali", "repel", "eliminat", "defeat",
    "thwart", "suppress", "electronic",
    "countermeasure", "treated", "concuss", "contusion", "survive", "not be saved", "stitches", "intensive care",
    "passed away", "fractur", "a broken", "suffered broken", "sustained broken", "grazed", "smoke inhalation",
    "ventilator", "barotrauma", "consciousness", "away with", "escaped with", "got off with")
#: What follows TOLL_ROSE ("had reached", "rose to") up to the count a toll grew to: the words that qualify it, and
#: where it grew twice, the first count and what stands before the second ("rose to 23 by midday and to 30").
_AND_LATER_TO = (r"(?:at\s+least\s+|more\s+than\s+|over\s+)?(?:[\d,]+\s+(?:(?:by|in|on|at)\s+(?:the\s+)?\w+\s+)?"
                 r"(?:,\s*)?(?:and\s+)?(?:then\s+|later\s+)?to\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?)?")
#: What the count after it is the new state of: "that figure had risen to 64".
_FIGURE_ROSE_RE = ci(rf"\b(?:that|the|this)\s+(?:figure|number|count|tally)\s+(?:had\s+|has\s+|later\s+|then\s+)?"
                     rf"{TOLL_ROSE}\s+{_AND_LATER_TO}$")
#: A count given again, corrected, after one first told in the same sentence: "Officials initially said around 100
#: missiles had been fired; the air force later put the number at 96".
_PUT_AT_RE = ci(r"\b(?:put|revised|corrected|lowered|raised|updated)\s+(?:the|that|this|its)\s+(?:figure|number|count|"
                r"tally)\s+(?:at|to)\s+(?:about\s+|around\s+|at\s+least\s+)?$")
#: What tells that a count was the first given: "initially said around 100".
_FIRST_GIVEN_RE = ci(r"\b(?:initially|first|at\s+first|earlier)\b")
#: A span of days told: "In the first 15 days of January", "over the past ten days".
_DAYS_SPAN_RE = compiled(r"\b(?:first|last|past)\s+(?:\d+|[a-z]+)\s+days\b")
#: What makes a count a round figure of the exact one: "nearly 280", "almost 300".
_ROUNDED_BEFORE_RE = compiled(r"\b(?:nearly|almost|close\s+to|roughly|about|around)\s+$", re.IGNORECASE)
#: A sentence that adds to the one before it: "It also fired 198 missiles.", "Another 300 have been wounded."
_ALSO_RE = compiled(r"\s*(?:(?:it|they|russia|moscow|russian\s+forces|the\s+enemy|the\s+occupiers)\s+also\b|"
                    r"(?:another|a\s+further)\s+[\w,\-]+\s+(?:[a-z]+\s+)?(?:have|had|were|are)\b|"
                    # (or told of the span again: "Over the same period, 19 civilians were killed in the oblast")
                    r"(?:over|in|during|for)\s+the\s+same\s+(?:period|span|time)\b)")
#: Words one of which a sentence must hold for _ATTACK_DESC_RE to match.
_ATTACK_DESC_KEYS = any_of("attack", "strike", "barrage", "assault", "raid", "down")
#: "a missile attack", "drone strikes", "shot down": attacks told of ("air raid alerts" warn of one, they are none).
#: `one` is a single attack ("a massive missile barrage"); `many` are attacks in general unless a time places them.
_NOT_AN_ATTACK = r"(?!\s+(?:alerts?|sirens?|warnings?|shelters?)\b)"
_ATTACK_DESC_RE = ci(r"\b(?:drone|missile|air|aerial|rocket|bomb)s?\s+(?:and\s+(?:drone|missile)s?\s+)?"
    rf"(?:(?P<one>attack|strike|barrage|assault|raid{_NOT_AN_ATTACK})|(?P<many>attacks|strikes|raids{_NOT_AN_ATTACK}))\b"
    r"|\b(?:shot|shoots)\s+down\b")
#: People killed or hurt: a sentence that tells of them tells of a particular attack.
_HURT_RE = ci(r"\b(?:killed|killing|injured|injuring|wounded|wounding|died|dead|hurt|concussed)\b")
#: Words (lower case) one of which a sentence must hold for _HURT_RE to match: seven, where HURT_KEYS tests fifty.
_HURT_RE_KEYS = any_of("kill", "injur", "wound", "died", "dead", "hurt", "concuss")
#: Words (lower case) of a time of its own that an item of a list of tallies may name: "- Overnight, Russia launched".
_OWN_NIGHT_KEYS = any_of("night", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday")
#: What an attack does to a place: with a time ("struck Kharkiv overnight") it is a particular attack.
_STRUCK_RE = ci(r"\b(?:hit|hits|struck|strikes?|striking|attack\w*|target\w*|damag\w*|destroy\w*|explo\w*|blasts?|"
    r"fell|crashed|shell(?:ed|ing)|bomb(?:ed|ing)|fires?|debris)\b")
#: What "shot down" must be said of to tell of an attack ("helicopter shot down in 1967" does not).
_DOWNED_WEAPON_RE = ci(r"\b(?:drones?|missiles?|UAVs?|Shaheds?|rockets?|aerial\s+targets?)\b")
_TOTAL_LIKE_RE = ci(r"\b(?:in\s+total|totals?|across\s+(?:the\s+)?(?:country|nation|Ukraine|regions)|nationwide|"
    # (the count of many regions: "another 11 injured in 11 regions", "across nine oblasts")
    r"(?:in|across)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+"
    r"(?:regions|oblasts|provinces)|"
    r"overall|in\s+all|toll|number\s+of|(?:the\s+)?latest\s+(?:figures|data|count|tally)|^\s*so\s+far\s*[:,]|"
    # (the places' counts summed: "Together with Odesa, the attack killed four people and injured 26")
    r"^\s*together\s+with\s+[\w\-]+(?:\s+and\s+[\w\-]+)?\s*,)")
#: A toll told as the dead and the others hurt: "one dead and three others injured".
_DEAD_AND_OTHERS_RE = compiled(r"\b(?P<dead>[\w\-]+)\s+(?:dead|killed)\s*,?\s+and\s+(?P<hurt>[\w\-]+)\s+others\s+"
                               r"(?:injured|wounded|hurt)\b", re.IGNORECASE)


#: A toll told of one place ("the death toll in the capital had risen to 28", "the number of injured in Odesa"): that
#: place's count, which adds up with other places' rather than standing for the attack's.
_PLACE_TOLL_RE = ci(r"\b(?:toll|number\s+of\s+(?:the\s+)?\w+(?:\s+(?:hurt|injured|wounded|killed))?)\s+in\s+"
                    # (not "the number of injured in the region", the attack's)
                    r"(?!(?:the\s+|this\s+)?(?:region|oblast|province|country|area|regions)\b)"
                    r"(?:the\s+)?(?:capital|city\s+of\s+[A-Z]|[A-Z])|"
                    r"\b(?:injured|wounded|hurt|killed|dead|died)\s+in\s+the\s+(?:capital|city|town)\b(?!\s+of\b)|"
                    # a city's own: "Kyiv's death toll rises to 16" (not the country's)
                    r"\b(?!(?:Ukraine|Russia|the\s+country|the\s+nation)['’])(?:[A-Z][\w\-]+|the\s+capital|the\s+city)"
                    r"['’]s\s+(?:death\s+|injury\s+)?toll\b")
#: A toll named after a place in a headline: "Kyiv toll rises to three killed" (the place's, where it is one).
_NAMED_TOLL_RE = compiled(r"\b([A-Z][\w\-]+)\s+(?:death\s+)?toll\s+(?:rises|rose|climbs|climbed|reaches|reached|"
                          r"grows|stands|now)\b")
_APPROXIMATE_RE = ci(r"(?:nearly|almost|about|around|roughly|approximately|some|close\s+(?:to|on)|just\s+shy\s+of|"
                     rf"{NEARLY}|just\s+(?:under|below|short\s+of))\s")
_NATIONAL_RE = ci(r"\b(?:across\s+(?:the\s+)?(?:country|nation|Ukraine)|nationwide|national\s+(?:death\s+)?toll)\b")
#: Words (lower case) one of which a sentence must hold for _TOTAL_LIKE_RE to match ("overall" holds "all").
_TOTAL_LIKE_KEYS = any_of("total", "across", "nationwide", "all", "toll", "number", "latest", "together with",
                          "regions", "oblasts", "provinces", "so far")
_SUPERSEDED_RE = ci(r"\b(?:initially|earlier\s+(?:reported|put|gave|said)|previously|had\s+earlier|preliminary|"
    r"at\s+first|"
    r"(?:the\s+)?(?:first|initial)\s+(?:reports?|posts?|accounts|updates?|figures|counts?|information|data)|"
    # (a post of the morning since updated: "The morning post mentioned two injured in Nikopol; it was updated")
    r"(?:the\s+)?(?:morning|overnight|night['’]s|earliest)\s+(?:post|update|report|message)\b(?=[^.]*\b(?:updated|"
    r"revised|corrected)\b)|early\s+(?:reports?|posts|accounts|figures)|"
    r"had\s+(?:said|reported|put|given|stood\s+at|listed)|earlier\s+(?:in|on)\s+the\s+(?:day|evening|morning|afternoon|night)\b"
    r"[^.;]{0,40}?\b(?:reported|said|gave|put))\b")
#: The newer count a sentence that gives the first report's tells: "rose from 12 in the first report to 21".
_COUNT_ROSE_TO_RE = compiled(r"\bfrom\s+[\w,]+\b[^.;]{0,80}?\bto\s+$")
#: "In Dnipro, one person was killed": a figure for one place, not the attack's total.
#: Words (lower case) one of which a sentence must hold for _SUPERSEDED_RE to match.
_SUPERSEDED_KEYS = any_of("initial", "earlier", "previously", "had", "preliminary", "first", "early", "updated",
                          "revised", "corrected")
#: The toll as it stood at a time of a day, which a larger count told later outgrows: "By Wednesday evening, the
#: governor said four people had died and 33 were wounded", "Earlier, officials reported two dead and 33 injured; the
#: figures were revised".
_TOLL_THEN_RE = compiled(r"^\s*By\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
                         r"(?:morning|afternoon|evening|night)|midday|noon|mid-morning|mid-afternoon|"
                         r"the\s+(?:morning|afternoon))\b|\bwhen\s+the\s+(?:death\s+)?toll\s+stood\s+at\b|"
                         r"\b(?:figures?|toll|numbers?)\s+(?:were|was|has\s+been|have\s+been)\s+(?:later\s+)?"
                         r"(?:revised|updated|raised)\b")
#: A live page's entry heading, a clock time on a line of its own or before the entry's title: "11:42", "14:35 - Kyiv
#: toll rises to three".
_ENTRY_STAMP_RE = compiled(rf"^(\d{{1,2}})[:.](\d{{2}})(?:\s*(?P<half>[ap])\.?m\.?)?"
                           rf"(?:\s*(?:local\s+time|kyiv\s+time|{STAMP_ZONES}))?\s*(?:$|[-–—|]\s)", re.M | re.I)
#: A line's start before a digit, where each match of _ENTRY_STAMP_RE but one at the start of the text starts.
_DIGIT_LINE_RE = compiled(r"\n(?=\d)")
#: A sentence that opens on its place (past a live entry's stamp: "09:30 – In Dnipro, three people were killed").
_PLACE_LEAD_RE = compiled(r"^\s*(?:\d{1,2}[:.]\d{2}\s*[-–—|]\s*)?"
                          r"(?:In|At|Near)\s+(?:the\s+)?(?:[a-z\-]+(?:ern)?\s+)?(?:of\s+)?[A-Z]|"
                          # a city's mayor tells the city's count: "Kyiv Mayor Vitali Klitschko said four people"
                          r"^\s*[A-Z][\w'’\-]+(?:['’]s)?\s+[Mm]ayor\b|"
                          # a governor tells his region's: "Samara region Governor Vyacheslav Fedorishchev said"
                          r"^\s*[A-Z][\w'’\-]+\s+(?:(?:region|[Oo]blast)\s+)?[Gg]overnor\s+(?:[A-Z][\w'’\-]+\s+){1,3}said\b")
_PRE_CUE_GAP_RE = ci(r"(?:shot\s+down|downed|destroyed|intercepted|brought\s+down|neutrali[sz]ed|lost\s+track\s+of|"
    r"countermeasures|warfare|against|jammed|suppressed|another|launched|fired|(?:locally|locationally)\s+lost|"
    r"lost\s+(?:locally|locationally))\s*"
    # (or a list item's label of them: "- shot down: 61", "- locationally lost (EW): 27")
    r"(?:(?:\([^()\n]{1,12}\)\s*)?[:\-–—]\s*)?"
    r"(?:(?:more\s+than|at\s+least|over|up\s+to|about|around|nearly|almost|some|all|another)\s+)?$")

#: What a toll that replaces the counts before it follows: "the toll had reached", "rose to", "climbed to".
_TOLL_UPDATE_BEFORE_RE = compiled(rf"\b{TOLL_ROSE}\s+{_AND_LATER_TO}$", re.IGNORECASE)
#: What a toll that sums up every count before it follows: "bringing the number of injured to", "taking the toll to"
#: (_BRINGING_KEYS: its verbs, lower case, one of which a sentence must hold for the pattern to be read).
_BRINGING_KEYS = any_of("bring", "brought", "tak", "took", "rais")
_BRINGING_TO_RE = compiled(r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing|ed))\s+(?:the|its)\s+"
                           r"(?:[\w\-]+\s+){0,2}?(?:toll|number|total|tally|count)\b[^.;,]{0,60}?\bto\s+"
                           r"(?:at\s+least\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
#: The same, of the attack's total: "bringing the total from the overnight attack to", "bringing the overall toll to".
_BRINGING_TOTAL_RE = compiled(r"\bbring(?:s|ing)?\s+the\s+(?:total|overall|nationwide|attack['’]s)\b[^.;]{0,60}?"
                              r"\bto\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
#: A count given as a bound: "more than 50", "at least 30".
_ROUGHLY_RE = compiled(r"(?:more\s+than|over|at\s+least|nearly|almost|about|around|some)\s", re.IGNORECASE)
_BREAKDOWN_GAP_RE = compiled(rf"^[^,;]{{0,40}}?(?:\(|{SPACED_DASH}\s|:)")
#: Words that tell the counts after them break down the one before, however far: "..., the ministry said, specifying
#: that five had been downed over Bryansk, four over Kursk and five over Belgorod".
_BREAKDOWN_CUE_RE = compiled(r"\b(?:specif(?:ying|ied|ies)|detail(?:ing|ed|s)|broken\s+down|compris(?:ing|ed)|"
                             r"consisting\s+of|made\s+up\s+of)\b[^.;]{0,30}$")
#: A count of weapons that names no type of them: "13 missiles", "Forty attack drones" (not "six Kinzhals").
_UNNAMED_COUNT_RE = compiled(r"(?:[A-Z][a-z\-]*\s)?[^A-Z]*\b(?:missiles|drones|UAVs|rockets)")
_OF_WHICH_BEFORE_RE = ci(r"\b(?:of\s+which|of\s+them|of\s+those|of\s+these)\s*,?\s*$")
_OF_WHICH_END_RE = ci(r"\bof\s+which$")
#: A total after the counts of each kind: "intercepted 87 of the missiles and 27 of the drones, 114 targets in total".
_TOTAL_AFTER_RE = ci(r"\s+(?:(?:aerial\s+|air\s+)?targets\s+|weapons\s+)?(?:in\s+total|in\s+all|altogether|overall)\b")

_FIELD = {
    ("launched", "drone"): "drones_launched", ("launched", "missile"): "missiles_launched",
    ("launched", "combined"): "launched_total", ("downed", "drone"): "drones_downed",
    ("downed", "missile"): "missiles_downed", ("downed", "combined"): "downed_total",
    ("suppressed", "drone"): "drones_suppressed",
    ("suppressed", "combined"): "drones_suppressed",
}
#: Keys of the groups that tell of an earlier night than the report's (attacks.segment).
_RECALLED_KEYS = ("record-", "earlier-")
#: Words (lower case) of which a text that gives only people killed or hurt must hold one to tell of an attack.
_WAR_KEYS = any_of(
    "attack", "strike", "struck", "shell", "bomb", "missile", "rocket", "drone", "uav", "shahed", "geran", "air raid",
    "explosion", "exploded", "blast", "artillery", "barrage", "shot down", "intercept", "air defen", "debris",
    "wreckage", "under fire", "kinzhal", "iskander", "kalibr", "mortar", "invasion", "occupier", "front line",
    "frontline", "russian forces", "russian troops", "russian army", "russian military")
#: Words (lower case) one of which a text that names no place of the gazetteer must hold to tell of this war.
_SIDES_KEYS = any_of("ukrain", "russia", "kremlin")
#: Words (lower case) of every noun a count of drones, missiles or both is told with (patterns.DRONE_NOUN,
#: MISSILE_NOUN and COMBINED_NOUN): a text without any of them gives no count of weapons.
_WEAPON_NOUN_WORDS = any_of(
    "drone", "uav", "unmanned", "uncrewed", "usv", "shahed", "geran", "gerber", "lancet", "decoy", "munition",
    "quadcopter", "quadrocopter", "missile", "kinzhal", "iskander", "kalibr", "kh-", "rocket", "aerial", "air target",
    "air attack", "means of", "projectile", "weapon", "target")
#: The lands and cities of other wars (lower case, as alternatives of a pattern).
_OTHER_WARS_PLACES = (r"israel|gaza|lebanon|yemen|syria|iraq|sudan|somalia|libya|myanmar|ethiopia|kashmir|afghanistan|"
                      r"tel\s+aviv|tehran|beirut")
#: Countries and sides of other wars (lower case): counts of drones or missiles in a text that names one of them,
#: and neither Ukraine nor Russia nor any place of theirs, are of that war.
_ELSEWHERE_RE = compiled(
    rf"\b(?:{_OTHER_WARS_PLACES}|iran|hamas|hezbollah|houthis?|saudi|pakistan|india|kabul|taliban|taiwan|china)")
#: Where another war's news is: "in Sudan", "in the Gaza Strip", "Israeli strikes" (not a victim's nationality: "a crew
#: member, a citizen of Syria").
_OTHER_WAR_PLACE_RE = compiled(
    rf"\b(?:in|across|on)\s+(?:the\s+)?(?:{_OTHER_WARS_PLACES}|darfur|omdurman|khartoum|el\s+fasher|west\s+bank)\b|"
    r"\b(?:israeli|sudanese|houthi|syrian|iranian|pakistani|indian)(?:\s+and\s+[a-z]+)?\s+(?:air\s*)?(?:strikes?|"
    r"shelling|forces|troops|army|military|attacks?|bombardment)\b")
#: A year before this war, in the clause after a count of people: "killed there on Sept. 11, 2001" (not a year of
#: birth: "A man born in 1961 was injured").
_BEFORE_THE_WAR_AFTER_RE = compiled(r"(?:(?!\bborn\b)[^.;]){0,60}?(?:,\s+|\bin\s+)(?:1[89]\d\d|200\d|201[0-3])\b")
_WEAPON_FIELDS = ("drones_launched", "missiles_launched", "drones_downed", "missiles_downed",
                  "drones_suppressed", "launched_total", "downed_total")


@dataclass(slots=True)
class _Candidate:
    value: int
    mentions: list[Mention]
    sentence: Sentence
    has_loc: bool = False


@dataclass(slots=True)
class _Group:
    attacker: str
    key: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[tuple[Sentence, Mention]] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    #: places named only in sentences without figures that tell of attacks in general ("cities such as Kyiv")
    loose: set[str] = field(default_factory=set)
    #: places named only as regions' offices ("the Donetsk Regional Military Administration said")
    titled: set[str] = field(default_factory=set)
    #: the part (start, end) of a sentence a turn to another attack cut, where the group has only that part
    parts: dict[int, tuple[int, int]] = field(default_factory=dict)


def extract(text: str) -> Report:
    """The attack report in a text (title first, then the body), with evidence for every figure.

    Never raises: text the rules cannot read yields a report with no attacks.
    """
    try:
        text = text if isinstance(text, str) else str(text)
        if "\u0130" not in text:
            return _extract(text)
        return _as_written(_extract(text.translate(_ONE_CHAR_LOWER)), text)
    except Exception:  # the contract is "never raises on any input"
        return Report(is_attack_report=False, attacks=())


def _as_written(report: Report, text: str) -> Report:
    """The report with its evidence sentences taken from `text` as written (same length, so same places)."""
    read = text.translate(_ONE_CHAR_LOWER)
    attacks = []
    for attack in report.attacks:
        evidence = {}
        for name, ev in attack.evidence.items():
            at = read.find(ev.sentence, max(ev.start - len(ev.sentence), 0))
            sentence = text[at:at + len(ev.sentence)] if at >= 0 else ev.sentence
            evidence[name] = replace(ev, sentence=sentence)
        attacks.append(replace(attack, evidence=evidence))
    return replace(report, attacks=tuple(attacks))


#: Letters whose lower case is longer than one character ("İ" -> "i̇"), mapped to one that is not.
#: Rules slice the lower-cased text by the positions of the text as written, so the two must be as long.
_ONE_CHAR_LOWER = {0x130: "I"}


def _extract(text: str) -> Report:
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    low = _same_length_lower(text)
    if not _PREFILTER_KEYS(low) or not _may_be_of_this_war(text, low):
        return Report(is_attack_report=False, attacks=())
    if (lists := _link_lists(text)):
        text, low = _blanked(text, lists), _blanked(low, lists)
    table_spans = find_tables(text)
    tables = dict(table_spans)  # each table's end by its start
    sentences = split_sentences(text, table_spans)
    places = sentence_places(text, sentences)
    infos = segment(sentences, places, low)
    groups: dict[tuple[str, str], _Group] = {}
    described = False
    plain_text = plain_ascii(text)  # then every sentence is plain ASCII too
    tally_before = False  # whether the sentence before gave only counts of a span ("In July, Russia launched ...")
    people_before = ""  # the role of the last people the sentence before counted ("38 people had been wounded")
    tallied: set[tuple[str, int]] = set()  # the kinds and counts of the tallies of many days told so far
    tally_list = False  # whether the list whose items the sentences are counted a span's tallies so far
    heading_places: dict[str, list[str]] = {}  # the places the headings of days name, by the key of their attack
    own_heading: list[tuple[str, int]] = []  # the key and sentence of such headings of attacks not set apart
    day_places: dict[str, list[str]] = {}  # the places a trip log's headings of days name, by their day's key
    place_heading: tuple[_Group, list[str], int, int] | None = None  # a bare place heading a paragraph: "Kharkiv."
    correcting: list[Mention] = []  # the counts a correction withdrew, whose right figures the next sentence gives
    prev_end = 0  # where the sentence before ended
    for info in infos:
        if info.excluded:
            if info.key != "main" and info.sentence.index in places and (
                    _dated_place_heading(info.sentence.text) or WEEKDAY_HEADING_RE.fullmatch(info.sentence.text)):
                # "Kharkiv, May 25, 2024.", "• Aug. 2 — Bilopillia." or "MONDAY - Seredyna-Buda" heading the
                # paragraph of that day's strike: the place it struck, by whichever side the paragraph tells it struck
                heading_places.setdefault(info.key, []).extend(p.place.name for p in places[info.sentence.index])
            elif info.key != "main" and info.sentence.index in places and \
                    NUMBERED_DAY_HEADING_RE.fullmatch(info.sentence.text):
                # "Day 3 (Wednesday) - Snovsk." heading a trip log's day over "a Shahed had hit a house on the edge of
                # town": where the day's strike was, if it tells of one
                day_places.setdefault(info.key, []).extend(p.place.name for p in places[info.sentence.index])
            continue
        s = info.sentence
        if len(s.text) <= 50 and s.index >= 2 and s.index in places and _dated_place_heading(s.text):
            own_heading.append((info.key, s.index))  # "- 3 May, Stepnohirsk." heading the report's own attack
        group = _group_of(groups, info.attacker, info.key)
        group.sentences.append(s)
        mentions: list[Mention] = []
        slow = low[s.start:s.end]
        rose = "figure" in slow or "number" in slow or "tally" in slow
        if tables and s.start in tables:
            mentions = table_mentions(text, s.start, tables[s.start])
        elif _WEAPON_OR_PEOPLE_KEYS(slow) or (rose and people_before):
            plain = plain_text or plain_ascii(s.text)
            digit, number_word, one_weapon = _FIGURE_HINTS[plain]  # plain ASCII s.text makes slow so too
            if digit.search(slow) or number_word.search(gapped := " " + slow) or (
                    _WEAPON_NOUN_KEYS(slow) and one_weapon.search(gapped)) or (
                    HURT_KEYS(slow) and (_SINGLE_PERSON_RE.lowered.search(slow.lstrip('"“«')) or  # "a woman was killed"
                                         _ORDINAL_CASUALTY_RE.search(slow) or  # "a third person has died"
                                         _PRONOUN_DIED_RE.match(slow) or  # "He died in hospital"
                                         ("body " in slow and _BODY_FOUND_RE.search(slow)) or  # "the body was found"
                                         ("self " in slow and _NAME_HIMSELF_RE.match(s.text)))):  # "Ivan himself was"
                found = find_mentions(text, low, s.start, s.end, plain)
                if "rocket" in slow and any(m.kind == "missile" for m in found) and \
                        _ROCKET_LAUNCHER_RE.search(low, max(prev_end - 200, 0), s.end):
                    # "Shebekino was shelled from a Vampire multiple rocket launcher. Ten rockets were fired at the
                    # city": a launcher's artillery rockets, no missiles
                    found = [m for m in found if not (m.kind == "missile" and "rocket" in low[m.start:m.end])]
                if info.attacker == "ukraine" and "ministry" in slow and _MINISTRY_TOLD_RE.search(slow) and \
                        not _SENT_VERB_RE.search(slow):
                    _ministrys_counts_downed(found)
                if rose:
                    _figure_rose(low, s, found, people_before)
                    _figure_put_at(low, s, found)
                mentions = [m for m in found if m.role or m.rule in ("sum-of-parts", "victims-sum")]  # a sum is kept to
                # discount its value elsewhere
                if (tally_before and _ALSO_RE.match(slow)) or (tallied and any(
                        m.whole and (m.kind, m.value) in tallied for m in mentions)):
                    # "It also fired 198 missiles": more of the month's tally; "Of the 198 missiles, 141 were
                    # intercepted": a share of it
                    for m in mentions:
                        m.cumulative = True
        if correcting or (_CORRECTION_KEYS(slow) and _CORRECTION_RE.search(s.text)):
            mentions, correcting = _corrected(text, low, s, mentions, correcting)
        if mentions and s.index not in places and _of_another_war(slow, mentions):
            mentions = []  # a digest's item on another war: "In Sudan, shelling of a market killed at least 54 people"
        if mentions and ("19" in slow or "200" in slow or "201" in slow):
            # the dead of a year before this war: "a wreath at the memorial for the 184 people killed there on Sept. 11,
            # 2001"
            mentions = [m for m in mentions if not (m.kind == "people" and _BEFORE_THE_WAR_AFTER_RE.match(low, m.end))]
        item = s.text.lstrip()[:1] in BULLETS
        if item and tally_list and mentions and not any(m.cumulative for m in mentions) and \
                not _OWN_NIGHT_KEYS(slow):
            # "- At least 209 civilians killed ... in April\n- 19 children killed": an item of a list of a span's
            # tallies is one more of them, unless it names a night or a day of its own
            for m in mentions:
                m.cumulative = True
        tally_before = (bool(mentions) and all(m.cumulative for m in mentions)) or (
            # (or a span told with no count of weapons or people: "In the first 15 days of January, the region came
            # under fire 760 times")
            not mentions and "days" in slow and _DAYS_SPAN_RE.search(slow) is not None)
        if not item:
            # "The totals for July:" heading a list: its items are the month's tallies
            tally_list = slow.rstrip().endswith(":") and _TALLY_HEADER_RE.search(slow) is not None
        elif mentions:
            tally_list = tally_before
        if tally_before:
            tallied.update((m.kind, m.value) for m in mentions)
        if people_before and mentions and (first := mentions[0]).of_them and first.kind == "people" and \
                first.role == people_before and _OF_THEM_OPENS_RE.match(s.text):
            first.subset = True  # "... has risen to four. One of them, a 52-year-old man, is in a serious condition."
        people_before = next((m.role for m in reversed(mentions) if m.role in ("killed", "injured")), "")
        target = group
        if info.record_at >= 0 and mentions and _number_at(mentions[0]) < s.start + info.record_at:
            # the figures before "the previous record of ..." are of the attack the text reports
            cut = s.start + info.record_at
            target = _group_of(groups, info.lead_attacker or info.attacker, info.lead_key)
            target.sentences.append(s)
            target.mentions.extend((s, m) for m in mentions if _number_at(m) < cut)
            target.parts[s.index] = (s.start, cut)
            mentions = [m for m in mentions if _number_at(m) >= cut]
            if not mentions:
                group.sentences.remove(s)
            group.parts[s.index] = (cut, s.end)
        if info.back_at >= 0 and mentions and _number_at(mentions[-1]) >= s.start + info.back_at:
            # "a record 6,297 drones in July, ..., and it kept up the pressure overnight with 45 drones": the figures
            # after the turn are the lead's attack's
            mentions = _hand_on(_group_of(groups, info.attacker, info.lead_key), s, mentions, s.start + info.back_at)
        if len(mentions) > 1 and info.key.startswith("record-") and (second := second_record_at(slow)) >= 0 and \
                _number_at(mentions[0]) < s.start + second < _number_at(mentions[-1]):
            # two records in one sentence: the figures after the second's superlative are its own (but "Before
            # September 7, the record was set on July 9, when ..." has one, after a bound)
            mentions = _hand_on(_group_of(groups, info.attacker, f"{info.key}-2"), s, mentions, s.start + second)
        if mentions:  # many sentences add none, and a generator costs even then
            if group.mentions and any(m.rule == "partitive-whole" for m in mentions):
                _wholes_told_as_stopped(group, mentions)
            group.mentions.extend((s, m) for m in mentions)
        if s.index in places:
            if info.record_at >= 0 and not info.lead_attacker and info.key in ("shelling", "later-day", "bombs",
                                                                               "day-after"):
                # "Ukraine downs 32 of 35 Russian drones; shelling kills two in Kherson": each attack the places of
                # its own part of the sentence
                cut = s.start + info.record_at
                lead = _group_of(groups, info.attacker, info.lead_key)
                for into, a, b in ((lead, s.start, cut), (group, cut, s.end)):
                    if hit := places_hit(text, low, a, b, [p for p in places[s.index] if a <= p.start < b], True):
                        _add_places(into, hit, False)
            elif hit := places_hit(text, low, s.start, s.end, places[s.index],
                                   bool(mentions) or target is not group, titled := set[str]()):
                # (a span's tally, "this week Russia launched over 1,700 drones; Kyiv marks record alert time",
                # tells of no one attack either)
                loose = target is group and (all(m.cumulative for m in mentions) if mentions
                                             else not _tells_of_one(s.text, slow))
                # a sentence told by both sides names places of both: each attack keeps those of its target's country
                # (the lead's too where no figure came before the turn: "A Russian attack destroyed the power plant
                # in Ukrainka, as Moscow reported shooting down Ukrainian drones")
                lead_group = (target if target is not group else groups.get((info.lead_attacker, info.lead_key))) \
                    if info.lead_attacker else None
                for into in (target,) if lead_group is None or lead_group is group else (lead_group, group):
                    _add_places(into, hit, loose, titled)
        if s.index in places and len(s.text) <= 40 and not s.text.isupper() and _is_place_heading(s, places[s.index]):
            place_heading = (group, [p.place.name for p in places[s.index]], s.end, s.index)
        elif place_heading is not None:
            if place_heading[0] is not group or (place_heading[2] < prev_end and "\n\n" in text[prev_end:s.start]):
                place_heading = None
            elif place_heading[3] <= 3 and "ukrain" in slow:
                place_heading = None  # a dateline's city alone on its line: "Kyiv\n\nRussia attacked Ukraine overnight"
            elif any(m.role in ("killed", "injured") for m in mentions) or hit_context(slow):
                # "Kryvyi Rih. Oleksandr Vilkul ... reported one person killed": the place heading its paragraph
                _add_places(group, place_heading[1], False)
                place_heading = None
        prev_end = s.end
        if not described and _ATTACK_DESC_KEYS(slow):
            described = _tells_of_an_attack(s.text, slow)
    if heading_places:  # (only beside others' headings: a lone "Kyiv, May 25." may be a dateline)
        for key, index in own_heading:
            heading_places.setdefault(key, []).extend(p.place.name for p in places[index])
    for (_, key), group in groups.items():
        if key in heading_places:
            _add_places(group, heading_places[key], False)
        if key in day_places and group.mentions and not group.places:
            # (where the day's lines name no place of its own: "Day 2, rest day in Vyzhnytsia" over "debris fell near
            # Novoselytsia" is where the traveller stayed)
            _add_places(group, day_places[key], False)
    _merge_side_strikes(groups)
    if len(groups) > 1:
        _without_the_days_totals(groups)
    _same_target_places(groups, places, sentences)
    if len(groups) > 1:
        _without_the_titles_other_tolls(groups, places)
        _without_the_titles_other_counts(groups, _title_lines(sentences))
    built = [(group, attack) for group in groups.values() if (attack := _build_attack(text, group, places)) is not None]
    if len(built) > 1:  # most texts tell of one attack, which the key (and its weight) need not be made for
        built = _recalled_tolls_folded(_without_restated_totals(_without_restated_tolls(
            _the_city_again(_without_titles_told_again(_without_figureless_shelling(built))))))
        built = _without_empty_echoes(_without_echoed_counts(_also_downed_folded(built)))
        # Russia's attacks first, the one the report tells of before the earlier nights it recalls, then by weight
        built.sort(key=lambda ga: (ga[1].attacker != "russia", ga[0].key.startswith(_RECALLED_KEYS), -_weight(ga[1])))
    attacks = [attack for _, attack in built]
    if (attacks or described) and not _of_this_war(low, bool(places), attacks):
        return Report(is_attack_report=False, attacks=())
    if not attacks and described:
        return Report(is_attack_report=True, attacks=())
    return Report(is_attack_report=bool(attacks) or described, attacks=tuple(attacks))


#: A launcher of artillery rockets (lower case), whose rockets told near it are no missiles.
_ROCKET_LAUNCHER_RE = compiled(r"\b(?:multiple(?:-|\s+)(?:launch\s+)?rocket|mlrs|grad|uragan|smerch|vampire|"
                               r"tornado-?s?|bm-\d+|rocket\s+launchers?)\b")
#: A title of more than one night's attacks: "for two nights in a row", "on consecutive nights".
_NIGHTS_IN_A_ROW_RE = compiled(r"\b(?:two|2|consecutive|successive)\s+(?:nights|days)\b|\bin\s+a\s+row\b",
                               re.IGNORECASE)


#: A title that remembers an earlier attack: "Dnipro remembers 46 dead", "a year after the strike".
_TITLE_RECALLS_RE = compiled(r"\b(?:remembers?|mourns?|commemorates?|anniversary|(?:one|a|two|three|four|\d)\s+"
                             r"years?\s+(?:after|since|on))\b", re.IGNORECASE)


def _without_the_titles_other_tolls(groups: dict[tuple[str, str], _Group],
                                    places: dict[int, list[PlaceMention]]) -> None:
    """Drop from each side's attack of the day the title's counts of the killed and hurt that another of its attacks
    tells again ("Russians attack Ukraine with 76 drones; Kherson region: one killed, 14 injured in a day" over a
    report whose day of shelling in Kherson killed one and injured 14): the title sums up that attack's. So are those
    of a place the other side's attack tells the same count of, and a clause of another attack's place."""
    for (attacker, key), main in groups.items():
        if key not in ("main", "bombs", "shelling"):  # (the day's attack, of drones and missiles or of bombs or guns)
            continue
        title = next((s for s, m in main.mentions if s.index == 0 and m.role in ("killed", "injured")), None)
        if title is None:
            continue
        if key == "main":  # (a day's bombs or shelling may tell the title's toll of the day again, as its own)
            # (a title tells of the day's news, not of an attack recalled, unless it tells of nights in a row: "Russia
            # strikes Ukraine for two nights in a row, killing 4 in Kyiv, 1 in Dnipro", or remembers one: "Two years
            # after Naberezhna Peremohy: Dnipro remembers 46 dead as ballistic missiles strike again")
            tells_of_recalled = _NIGHTS_IN_A_ROW_RE.search(title.text) is not None or \
                _TITLE_RECALLS_RE.search(title.text) is not None
            told = {(m.role, m.value) for (side, other_key), other in groups.items()
                    if side == attacker and other_key != key and (
                        tells_of_recalled or not other_key.startswith(_RECALLED_KEYS))
                    for _, m in other.mentions}
            # (or the other side's, which the body tells and this attack's does not: "Glide bombs wound 16 in
            # Zaporizhzhia as Moscow-installed official says Ukrainian drones killed three in occupied town")
            own = {m.role for s, m in main.mentions if s.index > 0}
            theirs = {(m.role, m.value) for (side, _), other in groups.items() if side != attacker
                      for s, m in other.mentions if s.index > 0 and m.role not in own}
            main.mentions = [(s, m) for s, m in main.mentions if not (
                s.index == 0 and m.role in ("killed", "injured") and (
                    (m.role, m.value) in told or (m.role, m.value) in theirs or
                    _the_other_sides_toll(m, attacker, groups, places.get(0, ()), s.text)))]
        if ";" in title.text or ", " in title.text:
            _without_the_titles_other_clause(main, [g for (side, k), g in groups.items() if side == attacker and
                                                    k != key], title, places)


def _title_lines(sentences: list[Sentence]) -> frozenset[int]:
    """The title and the list of key points right under it ("Key developments on March 18:" and its bullets), which
    tell in short what the body tells at length."""
    lines = {0}
    for s in sentences[1:8]:
        if s.text.lstrip()[:1] in BULLETS:
            lines.add(s.index)
        elif not (s.text.rstrip().endswith(":") and len(s.text) <= 60):
            break
    return frozenset(lines)


def _without_the_titles_other_counts(groups: dict[tuple[str, str], _Group], title_lines: frozenset[int]) -> None:
    """Drop from each side's attack of the day a title's count of drones or missiles that another attack tells in the
    body: one of its side's, where the attack's own body gives none of that kind and fate ("Drone strikes workers'
    minibus; 33 UAVs downed overnight" over a report of the day's strike whose body tells the ministry's night of 33
    drones apart), or one of the other side's, where the attack's body gives its own, other count ("Occupation official
    says four of five missiles downed over Berdiansk; Ukraine intercepts all six missiles fired at Odesa region", whose
    five and four are Ukraine's)."""
    for (attacker, key), main in groups.items():
        if key != "main":
            continue
        titled = [m for s, m in main.mentions if s.index in title_lines and m.role in ("launched", "downed",
                                                                                      "suppressed")]
        if not titled:
            continue
        own = {(m.role, m.kind, m.value) for s, m in main.mentions if s.index not in title_lines}
        own_kinds = {(role, kind) for role, kind, _ in own}
        told = {(m.role, m.kind, m.value) for (side, other_key), other in groups.items()
                if side == attacker and other_key != key for s, m in other.mentions if s.index not in title_lines}
        # (a body whose counts went to the other side's attack by mistake leaves the title's as the only ones)
        theirs = {(m.role, m.kind, m.value) for (side, _), other in groups.items() if side != attacker
                  for s, m in other.mentions if s.index not in title_lines and (m.role, m.kind) in own_kinds}
        # (a count of "them" in the body tells the kind the title names: "21 of them were destroyed")
        drop = [m for m in titled if (((m.role, m.kind, m.value) in told or (m.role, "bare", m.value) in told) and
                                      (m.role, m.kind) not in own_kinds) or
                ((m.role, m.kind, m.value) in theirs and (m.role, m.kind, m.value) not in own)]
        if drop:
            main.mentions = [(s, m) for s, m in main.mentions if not (s.index in title_lines and
                                                                      any(m is d for d in drop))]


def _the_other_sides_toll(m: Mention, attacker: str, groups: dict[tuple[str, str], _Group],
                          named: Sequence[PlaceMention], title: str) -> bool:
    """Whether a title's count of people, told of the place right after it (or of the place that heads it), is an
    attack of the other side's that tells the same count of that place: "two injured in Kolomna as Russia strikes
    Sumy" over Ukraine's drones that hurt two in Kolomna; "Belgorod: Russia says 24 killed in Ukrainian attack as
    Kharkiv is hit again"."""
    at = next((p for p in named if m.end <= p.start <= m.end + 16), None)
    if at is None and named and named[0].start == 0 and title.startswith(":", named[0].end) and named[0].end < m.start:
        at = named[0]
    return at is not None and any(
        side != attacker and at.place.name in other.places and
        any(o.role == m.role and o.value == m.value for _, o in other.mentions)
        for (side, _), other in groups.items())


def _without_the_titles_other_clause(main: _Group, others: list[_Group], title: Sentence,
                                     places: dict[int, list[PlaceMention]]) -> None:
    """Drop from a main attack a clause of a title, before or after a semicolon or a comma, that tells only of another
    of the side's attacks, by its place: "Ukrainian drone injured two in Bolshoye Soldatskoye; man wounded in Rylsk has
    died" over a report whose earlier attack on Rylsk the body tells apart, "drone kills man in Yunakivka, guided bomb
    wounds five in Bilopillia", or "Driver killed in Tiahynka; overnight attack wounds woman in Zolota Balka". Its
    count of people and its place are that attack's."""
    named = places.get(0, ())
    theirs = {name for other in others if any(m.role in ("killed", "injured") for _, m in other.mentions)
              for name in other.places}
    if not named or not theirs:
        return
    told = {s.index for s, _ in main.mentions if s.index > 0}
    in_body = {p.place.name for s in main.sentences if s.index in told for p in places.get(s.index, ())}
    for cut in (title.start + at.start() for at in _CLAUSE_CUT_RE.finditer(title.text)):
        earlier = {p.place.name for p in named if p.start < cut}
        later = {p.place.name for p in named if p.start > cut}
        # (the clause before the cut, only where its toll went to that attack already: "Driver killed in Tiahynka;
        # overnight attack wounds woman in Zolota Balka", not "Drones hit train in Shostka: 30 injured; overnight
        # Russia launched 93 drones", whose body tells the 30 of the main attack)
        for clause, rest, after in ((later, earlier, True), (earlier, later, False)):
            if clause and clause <= theirs and not clause & in_body and not clause & rest and (after or not any(
                    s.index == 0 and m.role in ("killed", "injured") and m.start < cut for s, m in main.mentions)):
                main.mentions = [(s, m) for s, m in main.mentions if not (
                    s.index == 0 and m.role in ("killed", "injured") and (m.start >= cut) == after)]
                main.places = [name for name in main.places if name not in clause]
                return


#: Where a title's clauses part: "...; man wounded in Rylsk has died", "..., guided bomb wounds five in Bilopillia".
_CLAUSE_CUT_RE = compiled(r";|,\s")


#: What a bare place heading holds beside its places: "Khmelnytskyi region.", "Kharkiv and Kharkiv oblast:".
_PLACE_HEADING_REST_RE = compiled(r"(?:[\s.:,•*\-–—]|\b(?:region|oblast|city|and)\b)*", re.IGNORECASE)


def _is_place_heading(s: Sentence, mentions: list[PlaceMention]) -> bool:
    """Whether a sentence is only a place's name heading the paragraph after it ("Kryvyi Rih.", "Zaporizhzhia:")."""
    rest, at = [], s.start
    for pm in mentions:
        rest.append(s.text[at - s.start:pm.start - s.start])
        at = pm.end
    rest.append(s.text[at - s.start:])
    return _PLACE_HEADING_REST_RE.fullmatch("".join(rest)) is not None


def _dated_place_heading(text: str) -> bool:
    """Whether a sentence is a heading of a place and a date: "Kharkiv, May 25, 2024.", "• Aug. 2 — Bilopillia."."""
    return PLACE_DATE_HEADING_RE.fullmatch(text) is not None or DATE_PLACE_HEADING_RE.fullmatch(text) is not None


def _add_places(into: _Group, hit: list[str], loose: bool, titled: set[str] | None = None) -> None:
    """Add the places a sentence tells were hit to an attack's; loose: told only of attacks in general; titled: those
    of them named only as regions' offices."""
    for name in hit:
        if name not in into.places:
            into.places.append(name)
            if loose:
                into.loose.add(name)
            if titled and name in titled:
                into.titled.add(name)
        else:
            if not loose:
                into.loose.discard(name)
            if not (titled and name in titled):
                into.titled.discard(name)


#: A toll's figure as it stood at a later time, right before its count: "the evening figure from the city military
#: administration is ".
_FIGURE_IS_RE = compiled(r"\b(?:the|that|this|its)\s+(?:morning|evening|afternoon|latest|final|updated|official|"
                         r"exact)\s+(?:figure|count|tally)(?:\s+(?:from|of)\s+[^;.\d]{1,60}?)?\s+(?:is|was|stands\s+at|"
                         r"stood\s+at)\s+$")
#: The toll a sentence tells of before a figure of it: "The number of injured in the city was ...".
_TOLD_OF_BEFORE_RE = compiled(r"\bnumber\s+of\s+(injured|wounded|hurt|dead|killed)\b")


def _figure_rose(low: str, s: Sentence, found: list[Mention], role: str) -> None:
    """A count the figure told before has risen to takes its role: "... initially said 38 people had been wounded. By
    Wednesday afternoon that figure had risen to 64", "He initially reported 33 injured; by the evening the number had
    risen to 40" (role: that of the last people counted in the sentence before, if any)."""
    for m in found:
        if m.role in ("killed", "injured"):
            role = m.role
        elif role and not m.role and m.kind in ("bare", "people") and \
                _FIGURE_ROSE_RE.lowered.search(low, s.start, m.start):
            m.kind, m.role, m.rule = "people", role, "toll"
        elif not m.role and m.kind == "bare" and " figure" in low[s.start:m.start] and \
                _FIGURE_IS_RE.search(low, s.start, m.start) and \
                (told := _TOLD_OF_BEFORE_RE.search(low, s.start, m.start)) is not None:
            # "The number of injured in the city was in the mid-thirties by noon; the evening figure from the city
            # military administration is 34": the toll the sentence told of before, as it stood later
            m.kind, m.rule = "people", "toll"
            m.role = "killed" if told.group(1) in ("killed", "dead") else "injured"


#: A correction of the report's own figure: "Correction: This article originally stated that Russia launched 38
#: drones", "An earlier version of this story misstated the number of missiles".
_CORRECTION_RE = compiled(r"\bthis\s+(?:article|story|report|post|text)\s+(?:originally|previously|incorrectly|"
                          r"wrongly|mistakenly)\s+(?:stated|said|reported|gave|put|misstated)\b|"
                          r"\ban\s+earlier\s+version\s+of\s+this\s+(?:article|story|report)\b", re.IGNORECASE)
#: Words (lower case) one of which a sentence must hold for _CORRECTION_RE to match.
_CORRECTION_KEYS = any_of("originally", "previously", "incorrectly", "wrongly", "mistakenly", "earlier version")
#: What gives the right figure after a correction: "the number was 48", "it was 48", "the correct figure is 48".
_RIGHT_FIGURE_RE = compiled(r"\b(?:(?:the\s+)?(?:correct\s+|right\s+|actual\s+)?(?:number|figure|count|toll)|it)\s+"
                            r"(?:was|is|should\s+have\s+been)\s+$", re.IGNORECASE)


def _corrected(text: str, low: str, s: Sentence, mentions: list[Mention],
               correcting: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A correction's counts: those it says were wrong are withdrawn, and the figure it gives instead ("This article
    originally stated that Russia launched 38 drones ... the number was 48"), in it or in the sentence after it, takes
    their kind and role. Returns the sentence's counts and those still waiting for their right figure."""
    if not correcting:  # the correction itself: what it withdraws
        correcting = [m for m in mentions if m.role]
        if not correcting:  # ("An earlier version of this story gave the wrong date"): no count of it
            return mentions, []
        mentions = []
    rest = [m for m in find_mentions(text, low, s.start, s.end) if not m.role and m.kind == "bare" and
            all(m.start >= w.end for w in correcting if w.start >= s.start)]
    for m in rest:
        if _RIGHT_FIGURE_RE.search(text, max(s.start, m.start - 40), m.start):
            w = correcting[0]
            return [replace(m, kind=w.kind, role=w.role, rule="corrected")], []
    return mentions, correcting if any(w.start >= s.start for w in correcting) else []


#: A sentence opening on some of the people the sentence before counted: "One of them, ...", "Two of them are".
_OF_THEM_OPENS_RE = compiled(r"\s*(?:one|two|three|four|five|\d+)\s+of\s+them\b", re.IGNORECASE)


def _figure_put_at(low: str, s: Sentence, found: list[Mention]) -> None:
    """A count a sentence corrects takes the role of the one it first gave, which loses its own: "Officials initially
    said around 100 missiles had been fired; the air force later put the number at 96" (96 launched, not 100)."""
    for i, m in enumerate(found):
        if m.role or m.kind != "bare" or not _PUT_AT_RE.lowered.search(low, s.start, m.start):
            continue
        first = next((f for f in reversed(found[:i]) if f.role and f.kind != "bare" and
                      _FIRST_GIVEN_RE.lowered.search(low, s.start, f.start)), None)
        if first is not None:
            m.kind, m.role, m.rule = first.kind, first.role, "corrected"
            first.role = None


def _of_this_war(low: str, named_places: bool, attacks: list[Attack]) -> bool:
    """Whether a text that tells of an attack, or gives its figures, tells of this war (low: lower-cased).

    Counts of drones or missiles are enough unless the text names another war's country or side and neither
    side of this one nor a place of it ("Israel intercepted 180 Iranian missiles"). People killed or hurt, or an
    attack told of, need a place of the gazetteer or a side named, and people a word of war too: news of a drone
    strike in Kabul, a knife attack in Dublin, a plague or a protest is none.
    """
    named = named_places or _SIDES_KEYS(low)
    if any(getattr(a, name) is not None for a in attacks for name in _WEAPON_FIELDS):
        return named or _ELSEWHERE_RE.search(low) is None
    return named and (not attacks or _WAR_KEYS(low))


def _of_another_war(slow: str, mentions: list[Mention]) -> bool:
    """Whether a sentence that names no place of the gazetteer counts only people killed or hurt in another war: it
    names that war's country or side and neither side of this one (slow: the sentence lower-cased)."""
    return all(m.kind == "people" for m in mentions) and not _SIDES_KEYS(slow) and "kyiv" not in slow and \
        "moscow" not in slow and _OTHER_WAR_PLACE_RE.search(slow) is not None


def _may_be_of_this_war(text: str, low: str) -> bool:
    """Whether _of_this_war could hold for a text whatever its sentences are found to tell (low: lower-cased).

    A text that names neither side nor a place of this war, nor a weapon that a count could be of, is turned down
    there at the end; one that an attack's word let in ("a heart attack", "a labour strike") is so turned down at
    once, before the rules read its sentences, which costs a twentieth of reading them.
    """
    if _SIDES_KEYS(low) or _WEAPON_NOUN_WORDS(low):
        return True
    return any(find_places(text, [(0, len(text))])[0])


#: The heading, alone on its line, of a page's list of links to other stories ("Read Next", "More for you", "Most
#: read"): reprints and aggregator pages carry them, and their headlines' figures are other stories'.
_LINK_LIST_HEADING_RE = compiled(
    r"\n[ \t]*(?:Read\s+next|More\s+for\s+you|Most\s+(?:read|popular|viewed|shared)|Related\s+(?:stories|articles|"
    r"coverage|news|content|reading)|Recommended(?:\s+for\s+you|\s+stories|\s+reading)?|You\s+(?:may|might)\s+also\s+"
    r"(?:like|be\s+interested\s+in)|Trending(?:\s+now|\s+stories)?|Top\s+stories|Latest\s+(?:news|stories|headlines)|"
    r"More\s+(?:stories|news|top\s+stories)|Editor['’]s\s+picks|Popular\s+now|What\s+to\s+read\s+next)"
    r"[ \t]*:?[ \t]*(?=\n|$)",
    re.IGNORECASE)
#: The longest line a list of links holds: a headline and its date; a story's paragraph runs longer.
_LINK_LINE_MAX = 160


def _link_lists(text: str) -> list[tuple[int, int]]:
    """The spans of a text's lists of links to other stories: from each heading of one to the first line after it
    that is too long to be a headline (or the text's end)."""
    out: list[tuple[int, int]] = []
    at = 0
    while (heading := _LINK_LIST_HEADING_RE.search(text, at)) is not None:
        end = heading.end()
        while end < len(text):
            stop = text.find("\n", end + 1)
            stop = len(text) if stop < 0 else stop
            if stop - end > _LINK_LINE_MAX:
                break
            end = stop
        out.append((heading.start() + 1, end))
        at = max(end, heading.end())
    return out


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans' characters other than line breaks made spaces: as long as it was, lines kept."""
    parts, at = [], 0
    for a, b in spans:
        parts.append(text[at:a])
        parts.append(re.sub(r"[^\n]", " ", text[a:b]))
        at = b
    parts.append(text[at:])
    return "".join(parts)


def _same_length_lower(text: str) -> str:
    """The text lower-cased, as long as it is (what extract() passes on is: here İ, whose lower case is longer, is
    read as I), so that the rules can read slices of it by the positions of the text as written."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ONE_CHAR_LOWER).lower()


#: Weapons that struck a place by its name: "Ukrainian drones hit the Borisoglebsk air base", "missiles struck Lutsk".
_WEAPONS_HIT_PLACE_RE = compiled(r"\b(?:[Dd]rones?|[Mm]issiles?|UAVs?)\s+(?:hit|struck)\s+(?:the\s+)?[A-Z]")


def _tells_of_one(sentence: str, low: str) -> bool:
    """Whether a sentence without figures tells of a particular attack, of people it hurt, or of a strike at a time.

    "Strikes on Kharkiv and Kyiv overnight" places its cities in an attack; "cities such as Kyiv" does not.
    """
    return (_ATTACK_DESC_KEYS(low) and _tells_of_an_attack(sentence, low)) or (
        _HURT_RE_KEYS(low) and _HURT_RE.lowered.search(low) is not None) or (
        _STRUCK_RE.lowered.search(low) is not None and _tells_a_time(sentence, low)) or (
        (" hit " in low or " struck " in low) and _WEAPONS_HIT_PLACE_RE.search(sentence) is not None)


def _tells_of_an_attack(sentence: str, low: str) -> bool:
    """Whether a sentence tells of a particular attack (one attack, drones or missiles shot down, or attacks at a
    time other than the day of a statement: "drone strikes overnight"), not of attacks in general ("as Russia steps up
    drone attacks"); low is the sentence lower-cased."""
    told = list(_ATTACK_DESC_RE.lowered.finditer(low))
    if any(m.group("one") or (m.group("many") is None and _DOWNED_WEAPON_RE.lowered.search(low)) for m in told):
        return True
    return bool(told) and _tells_a_time(sentence, low)


def _tells_a_time(sentence: str, low: str) -> bool:
    """Whether a sentence (low: lower-cased) names a time (TIME_RE), and still does without the day of a statement
    ("said on Monday", _REPORT_DAY_RE): TIME_RE's search and _REPORT_DAY_RE's sub, each done only where needed."""
    if not has_time(low):
        return False
    if "day" not in sentence and sentence.isascii():
        # _REPORT_DAY_RE needs a weekday's name, so it would cut nothing out, and plain ASCII lower-cases to low
        return True
    cut = _REPORT_DAY_RE.sub(" ", sentence)
    cut_low = cut.lower()
    return has_time(cut_low) if len(cut_low) == len(cut) else TIME_RE.search(cut) is not None


def _group_of(groups: dict[tuple[str, str], _Group], attacker: str, key: str) -> _Group:
    """The group of an attack, made on first use (not for every sentence, as setdefault would)."""
    group = groups.get((attacker, key))
    if group is None:
        group = groups[(attacker, key)] = _Group(attacker, key)
    return group


#: One more person hurt than those counted before: "a 57-year-old woman was also injured in the village", "In the
#: Zaporizhzhia region one more person died".
#: A place told apart from those before it: "in neighbouring Makariv hromada a man was hospitalised".
_ANOTHER_PLACE_RE = compiled(r"\b(?:neighbou?ring|nearby)\s+[A-Z]|\belsewhere\b|\bin\s+another\s+(?:town|village|"
                             r"district|city|community|hromada)\b")
_ALSO_HURT_RE = compiled(r"\b(?:was|were)\s+also\s+(?:injured|wounded|hurt|killed)\b|"
                         r"\b(?:one\s+more|another)\s+(?:person|man|woman|civilian|resident)\s+(?:was\s+|has\s+)?"
                         r"(?:died|killed|injured|wounded|hurt)\b")


#: A place a sentence names by its lead or as a village, known to the gazetteer or not: "In Murom, ...", "in the
#: village of Dunaika".
_NAMED_PLACE_RE = compiled(r"(?:^\s*In|\b[Ii]n\s+the\s+(?:village|town|settlement|hamlet)\s+of)\s+"
                           r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)|"
                           # a city's district as the lead: "In the Tsentralnyi district, debris injured a woman"
                           r"^\s*In\s+the\s+([A-Z][\w'’\-]+)\s+(?:district|raion|neighbou?rhood|microdistrict)\b")


def _named_apart(one: str, other: str) -> bool:
    """Whether two sentences each name a place as their lead or as a village, and not the same one ("In Murom, a drone
    ... injuring the driver" and "Two women were wounded in the village of Dunaika": two places, small as they are)."""
    a, b = _named_place(one), _named_place(other)
    return a is not None and b is not None and (a.group(1) or a.group(2)) != (b.group(1) or b.group(2))


def _named_place(sentence: str) -> re.Match[str] | None:
    """_NAMED_PLACE_RE's match in a sentence, looked for only where it opens on "In" or names a village (or a town, a
    settlement, a hamlet) "of": most sentences do neither."""
    if sentence.lstrip().startswith("In") or ("of" in sentence and (
            "village" in sentence or "town" in sentence or "settlement" in sentence or "hamlet" in sentence)):
        return _NAMED_PLACE_RE.search(sentence)
    return None


def _place_between(single: Mention, ms: list[Mention], named: list[PlaceMention] | tuple[()]) -> bool:
    """Whether a place is named between one person counted and each numbered count of its sentence: "In the Zhytomyr
    region two people were killed, and in the Dnipropetrovsk region a man died" counts three."""
    return all(m is single or m.extra.get("singular") or any(
        min(m.end, single.end) <= p.start < max(m.start, single.start) for p in named) for m in ms)


def _hand_on(into: _Group, s: Sentence, mentions: list[Mention], cut: int) -> list[Mention]:
    """The mentions of a sentence before `cut` (a position in the text); those from it on go to another attack."""
    into.sentences.append(s)
    into.mentions.extend((s, m) for m in mentions if _number_at(m) >= cut)
    return [m for m in mentions if _number_at(m) < cut]


def _number_at(m: Mention) -> int:
    """Where a mention's number starts ("a record 479 drones": at 479), or the mention where it has none."""
    return m.num_start if m.num_start >= 0 else m.start


def _opens(sentence: str, at: int) -> bool:
    """Whether what stands at a point of a sentence opens it, but for quotation marks or "... said that"."""
    return not sentence[:at].strip(" \"“'‘") or _SAID_THAT_RE.fullmatch(sentence, 0, at) is not None


def _kind_launched_before(mentions: list[tuple[Sentence, Mention]], s: Sentence) -> str:
    """The one kind of weapons the sentence before counted as launched ("Russia launched 48 drones. Three-quarters
    of them were shot down"), or "" where it counted none or more than one."""
    kinds = {m.kind for ms, m in mentions if ms.index == s.index - 1 and m.role == "launched"}
    return kinds.pop() if len(kinds) == 1 else ""


def _list_before(mentions: list[tuple[Sentence, Mention]], s: Sentence, last: Mention) -> list[Mention]:
    """The counts of a sentence's list that end with `last`, before it: those of its kind and role joined to it by
    "and" or commas ("six Shahed drones and three reconnaissance drones")."""
    ours = [m for ms, m in mentions if ms is s and m.end <= last.start]
    out: list[Mention] = []
    after = last
    for m in reversed(ours):
        if m.kind != last.kind or m.role != last.role or not (
                _LAST_JOIN_RE.fullmatch(s.text, m.end - s.start, after.start - s.start) or
                _ITEM_JOIN_RE.fullmatch(s.text, m.end - s.start, after.start - s.start)):
            break
        out.append(m)
        after = m
    return out


def _weapon_before(mentions: list[tuple[Sentence, Mention]], s: Sentence, at: int) -> Mention | None:
    """The last count of weapons before a point in a sentence ("ten drones, all of which were destroyed"), or None."""
    last = None
    for ms, m in mentions:
        if ms is s and m.start < at and m.kind in ("drone", "missile", "combined"):
            last = m
    return last


def _without_the_days_totals(groups: dict[tuple[str, str], _Group]) -> None:
    """Drop from a side's attacks a sentence's toll that is the day's across them: "One person was killed and five
    were injured in the Sumy region" over Konotop's three hurt by the night's drones and Krasnopillia's one killed and
    two hurt by the day's bomb; so too a title's ("... drop guided bombs on Pisochyn: one killed, eight injured") and
    a later sentence's that says so ("In total, one person was killed and eight were injured over the day")."""
    for (attacker, key), main in groups.items():
        if key != "main":
            continue
        others = [g for (side, k), g in groups.items() if side == attacker and (
            k in ("bombs", "shelling", "later-day") or k.startswith("separate-"))]
        if not others:
            continue
        # (only where the lead told of both: "attacked Konotop with Shahed drones overnight and dropped a guided
        # aerial bomb on Krasnopillia during the day")
        lead = " ".join(s.text.lower() for g in (main, *others) for s in g.sentences if s.index <= 3)
        if not any(word in lead for word in ("bomb", "kab", "aviation", "shell", "artillery", "mortar")):
            continue
        theirs: dict[str, int] = {}
        for g in others:  # (each attack's largest count but the title's, which may be the day's)
            most: dict[str, int] = {}
            for s, m in g.mentions:
                if m.role in ("killed", "injured") and not m.cumulative and s.index:
                    most[m.role] = max(most.get(m.role, 0), m.value)
            for role, value in most.items():
                theirs[role] = theirs.get(role, 0) + value
        if not theirs:
            continue
        by_sentence = _tolls_by_sentence(main.mentions)
        totals = {s.index for s, _ in main.mentions if s.index > 3 and _DAYS_TOTAL_RE.search(s.text)}
        # (a toll as first given is no part of a sum: "earlier put the death toll at two" beside "has risen to three")
        stale = {s.index for s, _ in main.mentions
                 if _SUPERSEDED_KEYS(s.text.lower()) and _SUPERSEDED_RE.search(s.text)}
        dropped: set[int] = set()
        for s, m in main.mentions:
            # the lead's clause of the day's strike with its own toll: "... overnight, and in the afternoon they
            # dropped guided aerial bombs on the village of Pisochyn, killing one and injuring five there"
            if 0 < s.index <= 3 and s.index not in dropped and (lead_toll := by_sentence.get(s.index)) and \
                    m.role in lead_toll and all(theirs.get(role) == value for role, value in lead_toll.items()) and \
                    (side := _SIDE_STRIKE_RE.search(s.text, 0, m.start - s.start)) and \
                    _SIDE_STRIKE_RE.search(s.text, side.end(), m.start - s.start) is None and \
                    "," in s.text[side.end():m.start - s.start]:
                dropped.add(s.index)
        # (the title last, and no other sentence's count weighed against it, as it may tell the day's again)
        for index, told in sorted(by_sentence.items(), key=lambda item: item[0] == 0):
            if index > 3 and index not in totals:
                continue
            largest: dict[str, int] = {}  # the largest count of the main attack's other sentences, and their sum
            summed: dict[str, int] = {}
            for other, counts in by_sentence.items():
                if other != index and other not in dropped and other not in stale and (other or not index):
                    for role, value in counts.items():
                        largest[role] = max(largest.get(role, 0), value)
                        summed[role] = summed.get(role, 0) + value
            if largest and any(all(value == rest.get(role, 0) + theirs.get(role, 0) for role, value in told.items())
                               for rest in (largest, summed)) and any(theirs.get(role) for role in told):
                dropped.add(index)
        if dropped:
            main.mentions = [(s, m) for s, m in main.mentions if s.index not in dropped or
                             m.role not in ("killed", "injured")]
        mine: dict[str, int] = {}  # the main attack's own toll, the day's dropped
        for index, counts in by_sentence.items():
            if index not in dropped:
                for role, value in counts.items():
                    mine[role] = max(mine.get(role, 0), value)
        for g in others:  # a title of both attacks over one of them: the day's toll
            title = _tolls_by_sentence(g.mentions).get(0, {})
            if any(mine.get(role) for role in title) and all(
                    value == mine.get(role, 0) + theirs.get(role, 0) for role, value in title.items()):
                g.mentions = [(s, m) for s, m in g.mentions if s.index or m.role not in ("killed", "injured")]
                if not g.mentions and all(s.index == 0 for s in g.sentences):
                    del groups[attacker, g.key]  # (a title's clause alone, now with no figure)
        return


def _tolls_by_sentence(mentions: list[tuple[Sentence, Mention]]) -> dict[int, dict[str, int]]:
    """The killed and injured each sentence counts (not the part of a count, nor a tally), by sentence index."""
    by_sentence: dict[int, dict[str, int]] = {}
    for s, m in mentions:
        if m.role in ("killed", "injured") and not m.subset and not m.cumulative:
            told = by_sentence.setdefault(s.index, {})
            told[m.role] = told.get(m.role, 0) + m.value
    return by_sentence


#: The words of a strike by bombs or guns, before a toll that is theirs.
_SIDE_STRIKE_RE = compiled(r"\b(?:guided\s+(?:aerial\s+|air\s+)?bombs?|KABs?|shell(?:ed|ing)|artillery|mortars?)\b",
                           re.IGNORECASE)
#: A sentence that sums a day's tolls: "In total, one person was killed ... over the day".
_DAYS_TOTAL_RE = compiled(r"\b(?:in\s+total|in\s+all|altogether|overall)\b|\bover\s+the\s+(?:past\s+)?day\b",
                          re.IGNORECASE)


def _merge_side_strikes(groups: dict[tuple[str, str], _Group]) -> None:
    """A guided-bomb strike or shelling is an attack of its own only beside a drone or missile attack with figures,
    and part of the day's strike told after the night's ("During the day, Russian troops attacked the Nikopol
    district with FPV drones and artillery ... In Nikopol, a man was killed by artillery fire")."""
    day = groups.get(("russia", "later-day"))
    if day is not None:
        for key in ("bombs", "shelling"):
            side = groups.get(("russia", key))
            if side is None:
                continue
            # the side strike's first sentence past the title, which may tell of both ("... at night and drop guided
            # bombs on Pisochyn"), or none where a title's clause alone told of it ("...; glide bombs hit Sumy" over
            # "Later on Tuesday, Russian forces struck Sumy with two guided aerial bombs")
            body = next((x.index for x in side.sentences if x.index), None)
            if body is None or body > day.sentences[0].index:
                _fold(groups.pop(("russia", key)), day)
    main = groups.get(("russia", "main"))
    for key in ("bombs", "shelling"):
        side = groups.get(("russia", key))
        if main is not None and side is not None and any(m.role == "hit" for _, m in side.mentions) and all(
                m.role in (None, "hit") for _, m in side.mentions):
            # "in Druzhkivka, a drone hit a car" beside a guided bomb, with no toll of their own: the night's
            _fold(groups.pop(("russia", key)), main)
    if main is None:
        return
    counts = [m for _, m in main.mentions if m.kind in ("drone", "missile", "combined") and m.role and (
        m.role != "hit" or m.value > 1 or m.kind == "combined" or not _uncounted_plural(main, m.kind))]
    # (one drone that hit a bus, among drones told uncounted, is no count of the attack's; nor, beside a side strike's
    # toll, is a tally such as the General Staff's day of "1,904 kamikaze drones" along the front)
    tallies = all(m.cumulative or m.value > _MOST_IN_A_NIGHT for m in counts)
    if not counts and (night := groups.get(("russia", "earlier-night"))) is not None and any(
            m.kind in ("drone", "missile", "combined") and m.role == "launched" for _, m in night.mentions):
        # the night before the day's strikes, told apart with its drones ("Overnight, the enemy also attacked the
        # south with 19 Shaheds"): the drone attack the day's bombs and shelling are beside
        return
    for key in ("bombs", "shelling"):
        side = groups.get(("russia", key))
        if side is not None and (not counts or (tallies and any(
                m.role in ("killed", "injured") for _, m in side.mentions))):
            _fold(groups.pop(("russia", key)), main)


def _fold(side: _Group, into: _Group) -> None:
    """Add a side strike's sentences, figures and places to an attack's."""
    order = {id(s): s.index for s in into.sentences + side.sentences}
    into.sentences = sorted(into.sentences + side.sentences, key=lambda s: order[id(s)])
    into.mentions = sorted(into.mentions + side.mentions, key=lambda x: (x[0].index, x[1].start))
    into.places.extend(p for p in side.places if p not in into.places)


#: The city a report tells of, named again as "the city": "In April, a missile attack on the city killed two".
_THE_CITY_RE = compiled(r"\b(?:on|in|at|hit|struck|of|targeted)\s+the\s+(?:city|town)\b"
                        r"(?!\s+of\b|['’]s\s+\w+\s+district)")


#: Russia's ministry telling counts of Ukraine's drones: "The ministry reported 57 drones", "112 drones, the ministry
#: said".
_MINISTRY_TOLD_RE = compiled(r"\bministry\s+(?:said|says|reported|reports|counted|listed|put|puts)\b")
#: A verb of drones sent, which makes a count of them no count the ministry says it downed.
_SENT_VERB_RE = compiled(r"\b(?:launch\w*|sent|send\w*|fired|attack\w*|(?<=to\s)strike|flew|flying)\b")


def _wholes_told_as_stopped(group: _Group, mentions: list[Mention]) -> None:
    """Drop the role of a partitive's whole that is a count of weapons stopped the attack told before, where it told
    none launched: in "Air defence destroyed 14 UAVs ... 2 of the 14 UAVs were shot down over the district" the 14
    are those destroyed, told again, not those launched."""
    told = {(m.kind, m.value, m.role) for _, m in group.mentions}
    for m in mentions:
        if m.rule == "partitive-whole" and m.role == "launched" and (m.kind, m.value, "launched") not in told and (
                (m.kind, m.value, "downed") in told or (m.kind, m.value, "suppressed") in told):
            m.role = None


def _ministrys_counts_downed(found: list[Mention]) -> None:
    """Counts of drones with no verb (or only a label's) that Russia's ministry tells of, in Ukraine's attack, are
    the drones it says were downed: it tells of no others (but "42 of the 57 drones it intercepted" is a share)."""
    if any(m.rule == "partitive-whole" for m in found):
        return
    for m in found:
        if (m.kind == "drone" and (m.role is None or m.rule in ("after-colon", "breakdown"))) or \
                (m.role == "launched" and (m.rule in ("including", "breakdown") or
                                           (m.kind == "drone" and m.rule == "pre-verb"))):
            # (and its shares: "including 40 over the Moscow region"; and its total: "put the overnight total at
            # 112 Ukrainian drones", where no verb tells they were sent)
            m.role, m.rule = "downed", "ministry-count"


def _the_city_again(built: list[tuple[_Group, Attack]]) -> list[tuple[_Group, Attack]]:
    """Recalled attacks with no place that strike "the city" take the city the report's own attack struck first.

    Where the report's own attack is only a lead with no figures ("Kharkiv's week: bombs by day, drones by night"
    over a heading for each day), every day's attack with no place of its own is the city's, and the lead no attack.
    """
    main = next((attack for group, attack in built if group.key == "main"), None)
    if main is None or not main.places or (city := place_by_name(main.places[0])) is None or not (
            city.kind == "city" or city.region_named_after_city):
        return built
    lead_only = not any(main.figures().values())
    out = [(group, replace(attack, places=(city.name,)))
           if not attack.places and attack.attacker == main.attacker and group.key.startswith(_RECALLED_KEYS)
           and (lead_only or any(_THE_CITY_RE.search(s.text) for s, _ in group.mentions)) else (group, attack)
           for group, attack in built]
    if lead_only and len(out) > 2 and \
            sum(1 for (_, was), (_, now) in zip(built, out, strict=True) if was is not now) >= 2:
        return [(group, attack) for group, attack in out if attack is not main]
    return out


def _without_restated_tolls(built: list[tuple[_Group, Attack]]) -> list[tuple[_Group, Attack]]:
    """Attacks less those that only restate another's toll at its places ("Death toll in Russian strike on Dnipro
    rises to 30" over a report that dates the strike to Saturday and tells its 30 killed there), and recalled attacks
    whose every figure another told in full restates."""
    kept = []
    for group, attack in built:
        tolls = {name: getattr(attack, name) for name in ("killed", "injured") if getattr(attack, name) is not None}
        if tolls and all(getattr(attack, name) is None for name in _WEAPON_FIELDS) and any(
                _weight(other) > _weight(attack) and other.attacker == attack.attacker
                and set(attack.places) <= set(other.places)
                and all(getattr(other, name) == value for name, value in tolls.items())
                for _, other in built):
            continue
        if tolls and group.key.startswith(_RECALLED_KEYS) and any(
                other is not attack and other.attacker == attack.attacker and _weight(other) > _weight(attack) and
                set(attack.places) <= set(other.places) and
                all(value is None or getattr(other, name) == value for name, value in attack.figures().items())
                for _, other in built):
            # "A week after two ballistic missiles killed 35 people in Sumy" recalls the strike a paragraph tells in
            # full: the same figures at the same places
            continue
        if not tolls and group.key.startswith(_RECALLED_KEYS) and _weight(attack) < 10 and any(
                _weight(other) >= 10 and other.attacker == attack.attacker and set(attack.places) <= set(other.places)
                for _, other in built):
            continue  # an earlier day's attack told with no figure, at the places of one told with them
        kept.append((group, attack))
    return kept


def _recalled_tolls_folded(built: list[tuple[_Group, Attack]]) -> list[tuple[_Group, Attack]]:
    """An earlier attack told only by its toll ("a day after its largest assault killed 19", "one year since the
    strike on the city centre that killed 18") folded into the one other attack of that side, not the report's own,
    that the text tells with weapons, no such toll and every place of the toll's ("On Monday, Russia fired 84
    missiles")."""
    out = list(built)
    for group, attack in built:
        tolls = {name: getattr(attack, name) for name in ("killed", "injured") if getattr(attack, name) is not None}
        if not tolls or not group.key.startswith("record-") or \
                any(getattr(attack, name) is not None for name in _WEAPON_FIELDS):
            continue
        into = [i for i, (other_group, other) in enumerate(out) if other is not attack and
                other.attacker == attack.attacker and other_group.key != "main" and
                (not attack.places or (other.places and set(attack.places) <= set(other.places)))]
        if len(into) != 1:
            continue
        other_group, other = out[into[0]]
        if any(getattr(other, name) is not None for name in tolls) or \
                all(getattr(other, name) is None for name in _WEAPON_FIELDS):
            continue
        evidence = {**other.evidence, **{name: attack.evidence[name] for name in tolls}}
        out[into[0]] = (other_group, replace(other, **tolls, evidence=evidence))
        out = [ga for ga in out if ga[1] is not attack]
    return out


#: An earlier strike told as on the target the report named before: "a drone attack on the same plant".
_SAME_TARGET_RE = compiled(r"\b(?:on|at|hit|struck)\s+the\s+same\s+(plant|refinery|factory|depot|facility|airfield|"
                           r"air\s+base|port|terminal|substation)\b", re.IGNORECASE)


def _same_target_places(groups: dict[tuple[str, str], _Group], places: dict[int, list[PlaceMention]],
                        sentences: list[Sentence]) -> None:
    """An earlier strike recalled on "the same plant", naming no place, takes the places of the sentence that first
    named that plant ("Ukrainian drones attacked the Sverdlov explosives plant in the city of Dzerzhinsk ... On June 1,
    a drone attack on the same plant injured three workers")."""
    for (_, key), group in groups.items():
        if group.places or not key.startswith("earlier-") or not group.mentions:
            continue
        same = next((m for s in group.sentences if "same" in s.text and (m := _SAME_TARGET_RE.search(s.text))), None)
        if same is None:
            continue
        noun = same.group(1).lower()
        first = group.sentences[0].index
        # (the body's naming before the title's, which may name only the region)
        named = next((s for s in (*sentences[1:first], *sentences[:1]) if s.index in places and
                      noun in s.text.lower()), None)
        main = groups.get((group.attacker, "main"))
        if named is not None and main is not None:
            there = [p.place for p in places[named.index] if p.place.name in main.places]
            _add_places(group, [p.name for p in there if p.kind == "city"] or [p.name for p in there], False)


#: Weapons downed over more places, told after the attack's count: "Drones were also shot down over the Kyiv,
#: Chernihiv and Sumy regions, according to local officials".
_ALSO_DOWNED_RE = ci(r"\balso\s+(?:been\s+)?(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b")


def _without_figureless_shelling(built: list[tuple[_Group, Attack]]) -> list[tuple[_Group, Attack]]:
    """Without a day's shelling told with no figure beside another attack, under any key: "Russian troops had carried
    out 96 attacks on 36 settlements in the region over the past day"."""
    return [(group, attack) for group, attack in built if attack.evidence or not group.sentences or not all(
        tells_of_shelling(s.text.lower()) for s in group.sentences)]


def _also_downed_folded(built: list[tuple[_Group, Attack]]) -> list[tuple[_Group, Attack]]:
    """An attack of no figures that tells of weapons 'also shot down' over places, folded into the side's attack before
    it that counts weapons downed, as more of the places they were downed over."""
    out = list(built)
    for group, attack in built:
        if attack.evidence or not attack.places or not group.sentences or not any(
                " also " in s.text and _ALSO_DOWNED_RE.search(s.text) for s in group.sentences):
            continue
        first = group.sentences[0].index
        before = [(i, g, a) for i, (g, a) in enumerate(out) if a.attacker == attack.attacker and (
            a.drones_downed is not None or a.missiles_downed is not None or a.downed_total is not None) and
            g.sentences and g.sentences[0].index < first]
        if not before:
            continue
        i, other_group, other = max(before, key=lambda iga: iga[1].sentences[0].index)
        places = other.places + tuple(p for p in attack.places if p not in other.places)
        out[i] = (other_group, replace(other, places=places))
        out = [ga for ga in out if ga[1] is not attack]
    return out


def _without_echoed_counts(built: list[tuple[_Group, Attack]]) -> list[tuple[_Group, Attack]]:
    """Without an attack of no toll whose counts of weapons another of the side's attacks gives alike, with its
    places among the other's: the ministry's quote ("nine UAVs over the Bryansk Region and four over the
    Kursk Region") told apart from its lead ("destroyed 13 Ukrainian UAVs over the Bryansk and Kursk regions")."""
    out = list(built)
    for _, attack in built:
        counts = {k: getattr(attack, k) for k in _WEAPON_FIELDS if getattr(attack, k) is not None}
        if not counts:
            continue
        toll = attack.killed is not None or attack.injured is not None
        for _, other in out:
            if other is attack or other.attacker != attack.attacker or not set(attack.places) <= set(other.places):
                continue
            # (a toll told apart is an attack of its own, though its weapons were counted with the night's; but not
            # one the other attack gives whole as well)
            if (other.figures() == attack.figures() if toll else all(
                    getattr(other, k) == v for k, v in counts.items())):
                out = [ga for ga in out if ga[1] is not attack]
                break
    return out


def _without_empty_echoes(built: list[tuple[_Group, Attack]]) -> list[tuple[_Group, Attack]]:
    """Without an attack of no figures whose places another of the side's attacks, with figures, holds: a title's
    "guided bombs hit Kharkiv" over the report's glide-bomb strike on Kharkiv told apart ("Separately, ...")."""
    counted = [a for _, a in built if any(v is not None for v in a.figures().values())]
    return [(g, a) for g, a in built if any(v is not None for v in a.figures().values()) or not a.places or not any(
        b.attacker == a.attacker and set(a.places) <= set(b.places) for b in counted)]


def _without_titles_told_again(built: list[tuple[_Group, Attack]]) -> list[tuple[_Group, Attack]]:
    """Drop an attack told only in the title, with no place, whose figures another attack of the same side gives
    alike: "...; Moscow says it downed 43 Ukrainian drones" over "Separately, Russia's Defence Ministry said it had
    intercepted 43 Ukrainian drones: 19 over the Bryansk region, ..."."""
    out = built
    for group, attack in built:
        if attack.places or any(s.index != 0 for s, _ in group.mentions):
            continue
        figures = {k: v for k, v in attack.figures().items() if v is not None}
        if figures and any(other is not attack and other.attacker == attack.attacker and all(
                getattr(other, k) == v for k, v in figures.items()) for _, other in out):
            out = [ga for ga in out if ga[1] is not attack]
    return out


def _without_restated_totals(built: list[tuple[_Group, Attack]]) -> list[tuple[_Group, Attack]]:
    """Attacks with a launch total alone folded into the one whose drones and missiles add up to it ("Russia answered
    with 436 drones and missiles in one night" after a night of 412 drones and 24 missiles)."""
    out = list(built)
    for _, attack in built:
        total = attack.launched_total
        if total is None or any(getattr(attack, name) is not None for name in _WEAPON_FIELDS if
                                name != "launched_total") or attack.killed is not None or attack.injured is not None:
            continue
        for i, (other_group, other) in enumerate(out):
            if other is not attack and other.attacker == attack.attacker and other.launched_total is None and \
                    other.drones_launched is not None and other.missiles_launched is not None and \
                    other.drones_launched + other.missiles_launched == total:
                evidence = {**other.evidence, "launched_total": attack.evidence["launched_total"]}
                out[i] = (other_group, replace(other, launched_total=total, evidence=evidence))
                out = [ga for ga in out if ga[1] is not attack]
                break
    return out


#: Weapons headed for one place, a share of an attack's: "two drones flying towards the capital".
_HEADED_RE = compiled(r"\b(?:flying|heading|headed)\s+(?:towards?|for|to)\b|\bon\s+the\s+approach(?:es)?\b",
                      re.IGNORECASE)


def _weight(a: Attack) -> int:
    return sum(1 for v in a.figures().values() if v is not None) * 10 + len(a.places)


def _resolve_bare(group: _Group) -> list[tuple[Sentence, Mention]]:
    """Kinds for bare numbers ("577 of them", "shot down 71"): the weapons the sentence or text counted."""
    out: list[tuple[Sentence, Mention]] = []
    last_launch: list[tuple[Sentence, Mention]] = []
    last_any: Mention | None = None
    for s, m in group.mentions:
        if m.kind == "people":
            out.append((s, m))
            continue
        if m.kind != "bare":
            out.append((s, m))
            last_any = m
            if m.role == "launched":
                last_launch.append((s, m))
            continue
        if _TOTAL_AFTER_RE.match(s.text, m.end - s.start) and {x[1].kind for x in out[-2:] if x[0] is s and
                                                              x[1].role == m.role} == {"drone", "missile"}:
            # "intercepted 87 of the missiles and 27 of the drones, 114 targets in total"
            m.kind = "combined"
            out.append((s, m))
            continue
        if m.role and _parts_add_up(group, s, m):
            # "Shot down: 139 in total (137 drones, 2 missiles)": the drones and missiles after it are its parts
            m.kind = "combined"
            out.append((s, m))
            continue
        if m.role in ("launched", "downed", "suppressed") and (label := _kind_of_label(s, m)) is not None:
            # "Air attack assets detected and tracked: 80", "Locationally lost, imitator drones: 25": the line's own
            m.kind = label
            out.append((s, m))
            continue
        if not _bare_ok(s, m):
            continue
        near = last_any if last_any is not None and any(x[0].index == s.index and x[1] is last_any
                                                        for x in out) else None
        if near is not None and near.kind in ("drone", "missile") and (
                near.role in ("downed", "suppressed")
                or _OF_WHICH_BEFORE_RE.search(s.text[max(0, m.start - s.start - 20):m.start - s.start])
                or (m.value <= near.value and _OF_WHICH_END_RE.search(s.text, m.start - s.start, m.end - s.start))):
            # "67 missiles, of which 51 ...", "two missiles and 87 drones, 60 of which were shot down", "41 of the
            # drones were shot down and another nine ...": the nearest counted weapon of the sentence
            m.kind = near.kind
            out.append((s, m))
            continue
        same = [x for x in last_launch if x[0].index == s.index] or \
            [x for x in last_launch if x[0].index == (last_launch[-1][0].index if last_launch else -1)]
        kinds = {x[1].kind for x in same}
        if "combined" in kinds or {"drone", "missile"} <= kinds:
            kind = "combined"
        elif kinds:
            kind = same[-1][1].kind
        elif last_any is not None:
            kind = last_any.kind
        elif (named := _kind_named_before(s, m)) is not None:
            kind = named  # "destroyed Ukrainian drones over four regions: 14 over the Saratov region, 11 ..."
        elif m.role in ("downed", "suppressed") and (s.index or m.of_them) and (named := _one_kind_named(
                " ".join(x.text for x in group.sentences if x.index < s.index) + s.text[:m.start - s.start])):
            # "drones had attacked Shakhty and Azov overnight ... the ministry said 57 were shot down": the one kind
            # of weapon the attack's sentences have named (not in a title, whose bare count its body tells again, but
            # for "12 of them" after the drones the sentence named: "drones attacked ... and 12 of them were downed")
            kind = named
        else:
            continue
        m.kind = kind
        out.append((s, m))
    return out


def _parts_add_up(group: _Group, s: Sentence, m: Mention) -> bool:
    """Whether the counts of drones and of missiles a sentence gives after a bare count, with its role, add up to it."""
    parts = [x for sx, x in group.mentions if sx is s and x.start > m.start and x.kind in ("drone", "missile") and
             x.role == m.role]
    return {x.kind for x in parts} == {"drone", "missile"} and sum(x.value for x in parts) == m.value


#: Weapons named in the plural with no count: "its air defences had destroyed Ukrainian drones over four regions".
_DRONES_NAMED_RE = compiled(r"\b(?:drones|UAVs|unmanned\s+aerial\s+vehicles)\b", re.IGNORECASE)
_MISSILES_NAMED_RE = compiled(r"\bmissiles\b", re.IGNORECASE)


#: A label's words for weapons of both kinds: "Air attack assets", "means of air attack", "targets".
_BOTH_KINDS_NAMED_RE = compiled(r"\b(?:(?:air|aerial)\s+(?:attack\s+)?(?:assets|means|weapons|targets)|means\s+of\s+"
                                r"(?:air\s+|aerial\s+)?attack|targets)\b", re.IGNORECASE)


#: A casualty word right after a count: "one killed", which no label of weapons counts.
_HURT_AFTER_RE = compiled(r"\s*(?:killed|dead|died|injured|wounded|hurt)\b", re.IGNORECASE)


def _kind_of_label(s: Sentence, m: Mention) -> str | None:
    """The kind a line's label names before the colon right before a bare count ("Shot down, drones: 45"), or None
    where it names none or both of drones and missiles apart."""
    rel = m.start - s.start
    colon = s.text.rfind(":", 0, rel)
    if colon < 0 or s.text[colon + 1:rel].strip() or _HURT_AFTER_RE.match(s.text, m.end - s.start):
        return None  # (nor a toll after a title's colon: "with artillery and drones: one killed")
    before = s.text[:colon]
    if (kind := _one_kind_named(before)) is not None:
        return kind
    return "combined" if _BOTH_KINDS_NAMED_RE.search(before) and not _DRONES_NAMED_RE.search(before) else None


def _kind_named_before(s: Sentence, m: Mention) -> str | None:
    """The one kind of weapon a sentence names before the colon that opens a list of bare counts by place, where no
    count of weapons came before them."""
    if not m.has_loc or (colon := s.text.rfind(":", 0, m.start - s.start)) < 0:
        return None
    return _one_kind_named(s.text[:colon])


def _one_kind_named(text: str) -> str | None:
    """The one kind of weapon a text names, "drone" or "missile"; None where it names both or neither."""
    drones = _DRONES_NAMED_RE.search(text) is not None
    if drones == (_MISSILES_NAMED_RE.search(text) is not None):
        return None
    return "drone" if drones else "missile"


#: A corrected count: "the number of drones destroyed had been revised to 21".
_NUMBER_REVISED_RE = ci(r"\bnumber\s+of\s+(?:drones|missiles|UAVs|air\s+targets|targets)\s+"
                        r"(?:destroyed|downed|shot\s+down|intercepted)\s+(?:had\s+been|has\s+been|was)\s+(?:revised|corrected|updated|lowered|raised)\s+"
                        r"(?:down\s+|up\s+|downward\s+|upward\s+)?to\s+$")


def _bare_ok(s: Sentence, m: Mention) -> bool:
    """Whether a number with no noun is tied closely enough to a cue to count."""
    if m.of_them or m.rule in ("post-verb", "passive", "inherit-split", "inherit-subset"):
        return True
    rel = m.start - s.start
    pre = s.text[max(0, rel - 50):rel]
    if _PRE_CUE_GAP_RE.search(pre):
        return True
    if "number" in pre and _NUMBER_REVISED_RE.search(s.text[max(0, rel - 90):rel]):
        return True
    return m.has_loc


#: A verb of weapons stopped, which makes "all of the drones" or "half of the drones" a count of the downed.
_SHOT_RE = compiled(r"\b(?:shot|downed|destroy|intercept|brought)", re.IGNORECASE)
#: Words one of which a sentence holds where SHARE_OF_RE may match it.
_SHARE_KEYS = any_of("half", "Half", "third", "Third", "quarter", "Quarter")
#: What limits "all the drones" to one place: "all the drones over his region had been destroyed".
_ALL_HERE_RE = compiled(r"\s+(?:(?:that\s+were\s+|which\s+were\s+)?(?:flying\s+)?(?:over|above|in|near|approaching|"
                        r"heading\s+(?:for|towards?))\s+(?:his|her|its|the|this|that|their)\s+(?:region|city|district|"
                        r"oblast|area|capital|town|village|territory))\b", re.IGNORECASE)


def _build_attack(text: str, group: _Group, places: dict[int, list[PlaceMention]]) -> Attack | None:
    mentions = _resolve_bare(group)
    if group.parts:  # a sentence cut between two attacks names, for each, the places of its own part
        places = dict(places)
        for i, (a, b) in group.parts.items():
            if own := [p for p in places.get(i, ()) if a <= p.start < b]:
                places[i] = own
            else:
                places.pop(i, None)
    by_field: dict[str, dict[int, list[Mention]]] = {}
    all_kinds: set[str] = set()
    all_but: dict[str, int] = {}
    all_stopped: list[Mention] = []  # launched counts that "all of which were shot down" follows
    # the kinds "half of the drones were shot down" tells of, the share, and where
    shares: dict[str, tuple[int, int, Evidence]] = {}
    sent_of: dict[int, Sentence] = {}
    for s in group.sentences:
        sent_of[s.index] = s
        if " of " in s.text and _SHARE_KEYS(s.text) and _SHOT_RE.search(s.text):
            for hm in SHARE_OF_RE.finditer(s.text):
                if hm.group("them"):  # "90 drones, and two-thirds of them were shot down": the kind counted before
                    before = _weapon_before(mentions, s, s.start + hm.start())
                    kind = before.kind if before is not None else \
                        _kind_launched_before(mentions, s) if _opens(s.text, hm.start()) else ""
                    if kind in ("", "combined"):
                        continue
                else:
                    kind = "drone" if hm.group("drone") else "missile"
                share = SHARES[re.sub(r"[\s-]+", " ", hm.group("share").lower())]
                shares.setdefault(kind, (*share, _new_evidence(s.text, s.start + hm.start(), s.start + hm.end(),
                                                               f"{kind}s_downed.share-of")))
        if "all " in s.text or "All " in s.text or " of them" in s.text or " of which" in s.text:
            lo, hi = group.parts.get(s.index, (s.start, s.end))
            for am in _ALL_RE.finditer(s.text):
                if not lo <= s.start + am.start() < hi:
                    continue  # another attack's part of the sentence ("...; Ukraine downs all 13 Shaheds")
                before = None  # "all of which": the count it follows
                if am.group("drone"):
                    kind = "drone"
                elif am.group("missile"):
                    kind = "missile"
                elif am.group("comb"):
                    kind = "combined"
                else:
                    before = _weapon_before(mentions, s, s.start + am.start())
                    kind = before.kind if before else ""
                    if before is None and _opens(s.text, am.start()):
                        # "Russia launched six Shahed drones and three reconnaissance drones. All of them were
                        # destroyed": the kinds the sentence before counted as launched
                        kind = _kind_launched_before(mentions, s)
                if kind and _SHOT_RE.search(s.text) and \
                        not _ALL_HERE_RE.match(s.text, am.end()):
                    all_kinds.add(kind)
                    if before is not None and s.start + am.start() - before.end < 40:
                        all_stopped.append(before)  # "ten drones, all of which were destroyed": ten downed
                        # (and the items of the list it ends: "six Shahed drones and three reconnaissance drones;
                        # all of them were shot down": nine)
                        all_stopped.extend(_list_before(mentions, s, before))
            for ab in _ALL_BUT_RE.finditer(s.text):
                n = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(ab.group("n").lower())
                if ab.group("drone") or ab.group("missile"):
                    kind = "drone" if ab.group("drone") else "missile"
                elif _SHOT_RE.search(s.text) and (before := _weapon_before(mentions, s, s.start + ab.start())):
                    kind = before.kind  # "Russia sent 16 drones, and air defence shot down all but two of them"
                else:
                    continue
                all_but[kind] = n if n is not None else int(ab.group("n"))
    hits: dict[str, dict[int, list[Mention]]] = {}
    sums = {(m.kind, m.value) for _, m in mentions if m.rule == "sum-of-parts"}
    beyond: Mention | None = None  # the last count too large for a night's, whose list its next count may go on
    for s, m in mentions:
        if m.kind != "people" and not m.cumulative and m.value > _MOST_IN_A_NIGHT:
            beyond = m
        elif beyond is not None and m.kind != "people" and not m.cumulative and \
                _AND_MORE_RE.fullmatch(text, beyond.end, m.num_start):
            # "a record 6,297 drones at Ukraine in July, as well as 198 missiles": the same span's tally
            beyond = m
            continue
        else:
            beyond = None
        if m.role == "hit" and m.kind in ("drone", "missile") and not (m.subset or m.cumulative or m.of_them) \
                and " of " not in text[m.start:m.end]:  # "one of the drones hit ..." counts no whole
            hits.setdefault(m.kind, {}).setdefault(s.index, []).append(m)
        if m.subset or m.role in (None, "hit"):
            continue
        if sums and m.role == "downed" and (m.kind, m.value) in sums:
            continue  # the headline's "neutralises 95 of 142 drones", where the text splits the 95 into its parts
        if m.kind == "people":
            if m.role not in ("killed", "injured") or m.value > 2000 or m.cumulative:
                continue
            fname = m.role
        else:
            if m.cumulative or m.value > _MOST_IN_A_NIGHT:
                continue
            fname = _FIELD.get((m.role, m.kind), "")
            if not fname:
                continue
            if m.all_of and m.role in ("downed", "suppressed"):
                lf = _FIELD.get(("launched", m.kind))
                if lf:
                    by_field.setdefault(lf, {}).setdefault(s.index, []).append(m)
            elif m.role == "launched" and all_stopped and any(m is o for o in all_stopped):
                # "ten drones, all of which were destroyed": that sentence's count of the downed, beside any other
                by_field.setdefault(_FIELD[("downed", m.kind)], {}).setdefault(s.index, []).append(m)
        by_field.setdefault(fname, {}).setdefault(s.index, []).append(m)
    if "killed" in by_field and (both := {m.value for _, m in group.mentions if m.rule == "victims-sum"}):
        # "number of victims ... rises to 95" in the title, where the text splits the 95 into the killed and the
        # injured: no count of the dead
        by_field["killed"] = {i: dead for i, ms in by_field["killed"].items()
                              if (dead := [m for m in ms if m.rule != "toll" or m.value not in both])}
    for fname in ("killed", "injured"):
        per_sentence = by_field.get(fname)
        if per_sentence and any(not m.extra.get("singular") for ms in per_sentence.values() for m in ms):
            # "a woman was injured" counts only where no numbered figure is given, or in a place of its own ("In
            # Zaporizhzhia, one person was killed ... In the Khmelnytskyi region, a man was killed")
            numbered = [i for i, ms in per_sentence.items() if any(not m.extra.get("singular") for m in ms)]
            capital = "Kyiv" if group.attacker == "russia" else "Moscow"
            told = {s.index: s for s in group.sentences}
            kept = {i: [m for m in ms if not m.extra.get("singular") or _ALSO_HURT_RE.search(told[i].text) or (
                i in places and _ANOTHER_PLACE_RE.search(told[i].text)) or all(
                _place_between(m, per_sentence[i], places.get(i, ())) if j == i else
                _elsewhere(places, i, j, 2) or _apart_in_a_list(told[i], told[j], places, text) or
                _named_apart(told[i].text, told[j].text) or
                _capital_and_elsewhere(told[j], places.get(j), places.get(i), capital) or
                (j == i + 1 and _counts_more_people(per_sentence[j], text)) or
                # ("A woman was injured ... Two men were also injured": three)
                (j > i and _ALSO_HURT_RE.search(told[j].text) is not None) for j in numbered)]
                for i, ms in per_sentence.items()}
            by_field[fname] = {i: ms for i, ms in kept.items() if ms}
    if not {"launched_total", "downed_total"} & by_field.keys():
        # "three missiles hit the city centre": at least as many were launched, where the text gives no other
        # figure for that weapon
        for kind, per_sentence in hits.items():
            if {_FIELD.get((role, kind)) for role in ("launched", "downed", "suppressed")} & by_field.keys():
                continue
            if all(m.value == 1 for ms in per_sentence.values() for m in ms) and (
                    kind == "drone" or (group.key != "main" and group.attacker == "ukraine") or
                    _uncounted_plural(group, kind)) and not (
                    # (but "a single Iskander ballistic missile had hit the building" tells how many there were)
                    kind == "missile" and any(text.startswith(("a single ", "A single "), m.start)
                                              for ms in per_sentence.values() for m in ms)):
                # "A Russian missile hit a building in Uman" in a wave of cruise missiles told uncounted, or "On July
                # 31, a drone exploded in the courtyard" recalled: one of the weapons, not a count of them; and "a
                # Russian drone hit a car" tells of the drone that hit, not of how many were sent (a missile strike
                # with one missile told is one missile; drones come by the dozen, and an FPV drone's strike is one of
                # many)
                continue
            by_field[_FIELD[("launched", kind)]] = per_sentence
    values: dict[str, int] = {}
    evidence: dict[str, Evidence] = {}
    titled: set[str] = set()  # the figures told only by the title
    downed_cands: list[_Candidate] = []  # the counts of drones downed but the one taken
    for fname, per_sentence in by_field.items():
        maybe = [_sentence_value(fname, sent_of[idx], ms) for idx, ms in per_sentence.items()]
        cands = [c for c in maybe if c is not None]
        if not cands:
            continue
        if fname in _LAUNCHED_FIELDS and len(cands) > 1:
            # (the sentences between may tell other figures: "71 cruise missiles ... 61 of them were destroyed ...
            # seven Shahed drones ... In addition, the enemy fired up to 35 S-300 missiles")
            cands = _with_counts_added(cands, text, _also_launched, reach=3)
        elif fname in _DOWNED_FIELDS and len(cands) > 1:
            cands = _with_counts_added(cands, text, _another_downed)
        if len(cands) == 1:  # what both ways of choosing give for one candidate
            chosen = cands[0]
        elif fname in ("killed", "injured"):
            chosen = _casualty_value(cands, places, text)
        else:
            chosen = _largest(_with_listed_places_summed(cands, places), text)
        values[fname] = chosen.value
        evidence[fname] = _evidence(chosen, fname)
        if chosen.sentence.index == 0:
            titled.add(fname)
        if fname == "drones_downed":
            downed_cands = [c for c in cands if c is not chosen]
    if downed_cands and "drones_suppressed" in values and (apart := next((
            c for c in downed_cands if c.value + values["drones_suppressed"] == values["drones_downed"] and (
                c.sentence.text == evidence["drones_suppressed"].sentence or "drones_downed" in titled)), None)):
        # "Russia says it destroyed 17 Ukrainian drones" over "Fourteen drones were destroyed ..., and three more were
        # suppressed": the 17 holds both, which the sentence that tells them apart counts
        values["drones_downed"] = apart.value
        evidence["drones_downed"] = _evidence(apart, "drones_downed")
    for kind, (lf, df) in {"drone": ("drones_launched", "drones_downed"),
                           "missile": ("missiles_launched", "missiles_downed"),
                           "combined": ("launched_total", "downed_total")}.items():
        if kind in all_kinds:
            if lf in values and df not in values:
                values[df] = values[lf]
                evidence[df] = evidence[lf]
            elif df in values and lf not in values:
                values[lf] = values[df]
                evidence[lf] = evidence[df]
        if kind in all_but and lf in values and df not in values:
            values[df] = values[lf] - all_but[kind]
            evidence[df] = evidence[lf]
        if kind in shares and lf in values and df not in values and \
                values[lf] * (frac := shares[kind])[0] % frac[1] == 0:
            values[df] = values[lf] * frac[0] // frac[1]
            evidence[df] = frac[2]
        if lf in values and df in values and values[lf] < values[df] and (
                lf in titled or _HEADED_RE.search(evidence[lf].sentence) or any(
                    m.value == values[lf] and ((m.subset and m.kind in (kind, "bare")) or
                                               (m.all_of and m.kind == kind and m.role == "downed"))
                    for _, m in mentions)):
            # fewer launched than downed, and a share of them told as such elsewhere: "136 drones: ..., 24 over the
            # Moscow Region, including 16 flying towards Moscow" beside "attacks by 16 drones flying towards the
            # capital" is that share, not the attack's whole; so is a region's "all three drones were destroyed"
            # (as are the fewer flying towards one place: the mayor's "an attack by two drones flying towards the
            # capital" beside the ministry's 41 over five regions; and a title's round "well over a hundred drones"
            # beside the body's 337 destroyed)
            del values[lf], evidence[lf]
    if "downed_total" in titled and "missiles_downed" not in values and \
            values["downed_total"] == values.get("drones_downed") and "drones_downed" not in titled:
        # a title's "143 drones and three ballistic missiles: 96 shot down" over the body's "shot down 96 drones": the
        # drones' count, not one of both
        del values["downed_total"], evidence["downed_total"]
    if "missiles_launched" not in values and "missiles_downed" not in values:
        for total, drones in (("launched_total", "drones_launched"), ("downed_total", "drones_downed")):
            if total in values and values.get(drones, -1) >= values[total]:
                # "10 aerial targets were shot down" over Sevastopol beside the ministry's 11 drones destroyed over
                # Crimea: with no missile told of, the targets are some of the drones
                del values[total], evidence[total]
    names = _final_places(text, group, places)
    if not values:  # an attack known only by its places needs a sentence that tells of it
        names = [p for p in names if p not in group.loose]
    if not values and (not names or group.key == "shelling" or group.key.startswith(_RECALLED_KEYS)):
        # (shelling told of with no one hurt is no attack to report beside the night's; nor is an earlier strike
        # recalled with no figure: "Earlier this month, a Russian strike on an apartment block in Dnipro killed
        # several people")
        return None
    with_figures = {s.index for s, _ in mentions}
    seg_text = " ".join(s.text for s in group.sentences if s.index in with_figures) or \
        " ".join(s.text for s in group.sentences[:3])
    return _new_attack(
        "ukraine" if group.attacker == "ukraine" else "russia",
        tuple(name_as_told(name, text) for name in names),
        tuple(find_weapons(seg_text)),
        tuple(find_time_words(seg_text, earlier=group.key.startswith(_RECALLED_KEYS))),
        evidence,
        values,
    )


#: A plural weapon noun with no count right before it: "the same wave of Russian cruise missiles".
_PLURAL_WEAPON_RE = {
    "missile": compiled(r"\b(?:the|of|all|russian|ukrainian|cruise|ballistic|more|with|using)\s+missiles\b", re.I),
    "drone": compiled(r"\b(?:the|of|all|russian|ukrainian|attack|shahed|more|with|using|type|fpv|kamikaze)"
                      r"\s+drones\b", re.I)}


def _uncounted_plural(group: _Group, kind: str) -> bool:
    """Whether an attack's sentences name a weapon kind in the plural without a count: then the one that hit
    somewhere is one of many, not all there were."""
    return any(_PLURAL_WEAPON_RE[kind].search(s.text) for s in group.sentences)


#: Attack's nine figures, None each, in the order of its fields (the attacker comes before them).
_NO_FIGURES: dict[str, int | None] = {f.name: None for f in fields(Attack) if f.name in FIGURE_FIELDS}


def _new_attack(attacker: str, places: tuple[str, ...], weapons: tuple[str, ...], time_words: tuple[str, ...],
                evidence: dict[str, Evidence], values: dict[str, int]) -> Attack:
    """Attack(attacker, places=..., weapons=..., time_words=..., evidence=..., **values), made faster: the frozen
    dataclass's __init__ sets its thirteen fields one by one through object.__setattr__, while its instance dict takes
    them all at once, in the same order."""
    attack = object.__new__(Attack)
    state = attack.__dict__
    state["attacker"] = attacker
    state.update(_NO_FIGURES)
    state.update(values)
    state.update(places=places, weapons=weapons, time_words=time_words, evidence=evidence)
    return attack


#: The fields of weapons launched, whose counts one sentence may add to the one before ("It also fired five Kh-22").
_LAUNCHED_FIELDS = frozenset(("drones_launched", "missiles_launched", "launched_total"))
_DOWNED_FIELDS = frozenset(("drones_downed", "missiles_downed", "downed_total"))
#: "It also fired five Kh-22 missiles": more of the kind, on top of the count the sentence before gave.
_ALSO_LAUNCHED_RE = compiled(r"\b(?:also|additionally)\s+(?:fired|launched|used|sent|deployed)\s+$|"
                             r"\b(?:[Ii]n\s+addition|[Aa]dditionally|[Pp]lus)\b,?[^.;]{0,60}?\b(?:fired|launched|used)\s+$")


#: A sentence opening on a later wave of an attack told wave by wave: "The third wave, at around 6 a.m., ...".
_NEXT_WAVE_RE = compiled(r"\s*(?:The|Then\s+came\s+the|In\s+the)\s+(?:second|third|fourth|fifth|next|final|last)\s+"
                         r"(?:wave|salvo)\b")
#: "another" before a count of the downed: "between 11 p.m. and 7 a.m. another 41 Ukrainian drones were destroyed".
_ANOTHER = r"(?:[Aa]nother|[Aa]\s+further|[Aa]n\s+additional)"
_ANOTHER_RE = compiled(rf"\b{_ANOTHER}\s+$")
#: The same words opening a count of one weapon: "another drone", "a further drone".
_ANOTHER_AT_RE = compiled(rf"{_ANOTHER}\s")
#: A count of more after one told before: "destroyed 37 more drones" (but not "more than").
_N_MORE = r"[\w,.\-]+\s+more\b(?!\s+than)"
_N_MORE_RE = compiled(_N_MORE)
#: The most weapons of one kind a night's count may hold: a larger one is a span's tally ("6,297 drones in July").
_MOST_IN_A_NIGHT = 1500
#: What joins a count to the one before it in one list: "6,297 long-range drones at Ukraine in July, as well as".
_AND_MORE_RE = compiled(r"(?:\s+(?:at|against|on)\s+Ukraine)?(?:\s+in\s+[A-Z][a-z]+)?\s*,?\s*(?:as\s+well\s+as|and|"
                        r"plus|along\s+with)\s+(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?")
#: A place the clause of a count puts it over: "another 12 had been downed over the Kursk region" (but not the
#: regions of a later window's count: "a further 34 had been destroyed over the Smolensk, Oryol and Moscow regions").
_OVER_A_PLACE_RE = compiled(r"[^:;]*?\b(?:over|above|in)\s+(?:the\s+)?"
                            r"(?:(?:north|south|east|west|central)[a-z\-]*\s+)?[A-Z][\w'’\-]*\b"
                            # (a list of regions is no one place: "over the Tula, Ryazan and Nizhny Novgorod regions")
                            r"(?:\s+[A-Z][\w'’\-]*)?+(?!(?:,\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)*,?\s+and\s+"
                            r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?\s+(?:regions|oblasts))")
#: A window of the day, after the night: "between 08:00 and 14:00", "from 9 a.m.": its count is the day's attack.
_DAYTIME_WINDOW_RE = compiled(r"\b(?:between|from)\s+(?:(?:0?[7-9]|1[0-6])[:.]\d\d(?!\s*p\.?\s?m)|"
                              r"(?:[7-9]|1[01])(?:[:.]\d\d)?\s*a\.?\s?m)")


def _also_launched(c: _Candidate, text: str) -> bool:
    """Whether a candidate's one count is told as launched besides: "It also fired five Kh-22 missiles", "The third
    wave, at around 6 a.m., consisted of 11 ballistic missiles" (after the second's 42 cruise missiles); a
    monitoring channel's list item after another ("- Iskander-M x2 ...", then "- Kh-59/69 x1 ...")."""
    first = c.mentions[0]
    if first.rule == "times-count":
        line = text.rfind("\n", 0, c.sentence.start - 1) + 1
        return TIMES_COUNT_RE.search(text, line, c.sentence.start) is not None
    return (len(c.mentions) == 1 and
            _ALSO_LAUNCHED_RE.search(text, max(c.sentence.start, first.start - 80), first.start) is not None) or \
        _NEXT_WAVE_RE.match(c.sentence.text) is not None


def _another_downed(c: _Candidate, text: str) -> bool:
    """Whether a candidate's counts are each "another N" downed in a later window of the night ("another drone had
    been shot down, and at 6:52 a.m. he reported three more", the mayor's running count): not a region's share
    ("Another 38 over the Bryansk region"), nor the day's count after the night's ("another 12 drones were destroyed
    between 08:00 and 14:00")."""
    first = c.mentions[0]
    return all(_ANOTHER_AT_RE.match(text, m.start) is not None or
               _ANOTHER_RE.search(text, max(c.sentence.start, _number_at(m) - 80), _number_at(m)) is not None or
               _N_MORE_RE.match(text, _number_at(m), min(m.end + 5, c.sentence.end)) is not None
               for m in c.mentions) and \
        not _DAYTIME_WINDOW_RE.search(c.sentence.text) and \
        not _OVER_A_PLACE_RE.match(text, first.end, c.sentence.end)


def _with_counts_added(cands: list[_Candidate], text: str, adds: Callable[[_Candidate, str], bool],
                       reach: int = 1) -> list[_Candidate]:
    """Candidates where a sentence's count adds to one before it (_added_to), as `adds` tells: "Russia fired 28
    cruise missiles ... It also fired five Kh-22 missiles" launched 33 (_also_launched); "23 drones were destroyed
    from 8 p.m. ... Later, the ministry said another 41 were destroyed" downed 64 (_another_downed)."""
    out: list[_Candidate] = []
    for c in cands:
        at = _added_to(out, c, reach) if adds(c, text) else -1
        if at >= 0 and out[at].sentence.index == 0 and "\n" in text[out[at].sentence.end:out[at].sentence.end + 2]:
            at = -1  # (not to a title's, which told the body's counts first: "Russia Launches 41 Missiles, 57 Drones")
        if at >= 0:
            prev = out[at]
            both = Sentence(text[prev.sentence.start:c.sentence.end], prev.sentence.start, c.sentence.end,
                            c.sentence.index)  # the evidence quotes both sentences
            out[at] = _Candidate(prev.value + c.value, prev.mentions + c.mentions, both)
            continue
        out.append(c)
    return out


def _added_to(out: list[_Candidate], c: _Candidate, reach: int = 1) -> int:
    """The index in `out` of the count a count of more adds to, or -1: the count of the sentence right before, or,
    past a list of shares of a larger count before it ("45 drones ... Twenty UAVs were destroyed over the Bryansk
    Region, 15 ... Later, 37 more"), that count, the largest of the three sentences before. (But where the count
    right before and this one add up to a count told before, "64 drones ... 19 ... another 45", the one right
    before.) reach: how many sentences back the count added to may be."""
    if not out or not c.sentence.index - reach <= out[-1].sentence.index < c.sentence.index:
        return -1
    if any(p.value == out[-1].value + c.value for p in out):
        return len(out) - 1
    near = [k for k, p in enumerate(out) if p.sentence.index >= c.sentence.index - 3]
    return max(near, key=lambda k: (out[k].value, k))


#: Sea drones, which are not counted as drones: the figures are of the weapons of the air.
_SEA_DRONE_RE = ci(r"\b(?:vessels?|boats?|USVs?|(?:sea|naval|marine|maritime|water)\s+drones?)\b")
_SEA_DRONE_KEYS = any_of("vessel", "boat", "usv", "sea drone", "naval drone", "marine drone", "maritime drone",
                         "water drone")
#: What may stand between a count of the hurt and what befell them: " of them were", " remain".
_OF_THEM_WERE = r"\s+(?:of\s+them\s+)?(?:(?:were|was|are|remain|remained|have\s+been|had\s+been)\s+)?"
#: What follows a count of people taken to hospital: "seven people were hospitalized", "three remain in hospital",
#: "47 were taken to hospital".
_HOSPITALISED_RE = compiled(rf"{_OF_THEM_WERE}(?:hospitali[sz]ed|in\s+(?:a\s+|the\s+)?hospital|{TAKEN_TO_HOSPITAL}|"
                            rf"treated\s+{TREATED_ON_THE_SPOT})\b")


#: How badly some of the hurt were hurt: "Eleven people are in serious condition", "34 in a serious condition", "two
#: of them critically injured".
_OF_A_SEVERITY_RE = compiled(rf"{_OF_THEM_WERE}(?:is\s+)?"
                             r"(?:in\s+(?:a\s+|the\s+)?hospitals?\s+)?"  # ("remain in hospital in serious condition")
                             rf"(?:(?P<adverb>{HOW_BADLY})\s+(?:injured|wounded|hurt)|{IN_CONDITION})\b")


def _some_of_the_hurt(text: str, at: int, within: bool = False) -> bool:
    """Whether the count ending at a point tells those taken to hospital or how badly they were hurt: some of the
    injured counted beside it.

    within: of a count beside another in one sentence, where only the state they are in tells a part ("64 of whom
    remained in hospital, 34 in a serious condition"), not "slightly injured", which may be all of a list's verb ("a
    man and his son were slightly injured").
    """
    if _HOSPITALISED_RE.match(text, at):
        return True
    severity = _OF_A_SEVERITY_RE.match(text, at)
    return severity is not None and not (within and severity.group("adverb"))


def _some_of_the_hurt_only(c: _Candidate, text: str) -> bool:
    """Whether every count of a candidate tells those taken to hospital or how badly they were hurt."""
    return all(_some_of_the_hurt(text, m.end) for m in c.mentions)


#: The first of two told one by one: "One suffered shrapnel wounds ...; the other walked away with scratches".
_ONE_AND_THE_OTHER_RE = compiled(r"One\b[^.]*?[,;]\s+(?:and\s+|while\s+)?the\s+other\b")


#: A sentence that opens on some of a count told before it: "One of them, the night watchman, was ...".
_ONE_OF_THEM_OPENS_RE = compiled(r"\s*(one|two|three|four)\s+of\s+(?:them|those)\b", re.IGNORECASE)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4}


def _a_share_told_before(c: _Candidate, cands: list[_Candidate], places: dict[int, list[PlaceMention]],
                         text: str) -> bool:
    """Whether a count of the hurt is some of a count told before it: "Falling debris injured 39 people ... Twenty of
    them were hospitalized", "23 people are injured. Eleven people have been hospitalized" (the sentence before's);
    "Eleven people are in serious condition" (any larger count before; but "Two are critically injured ... Three are
    in serious condition" add up, and one hurt "in neighbouring Makariv" is another place's)."""
    if c.value == 1 and _ONE_AND_THE_OTHER_RE.match(c.sentence.text) and \
            any(d.sentence.index == c.sentence.index - 1 and d.value == 2 for d in cands):
        return True  # "..., injuring two men. One suffered shrapnel wounds ...; the other walked away with scratches"
    if (part := _ONE_OF_THEM_OPENS_RE.match(c.sentence.text)) and not _MORE_PEOPLE_RE.search(c.sentence.text) and \
            any(d.sentence.index == c.sentence.index - 1 and d.value >= c.value + _SMALL[part.group(1).lower()]
                for d in cands):
        # "three people were injured. One of them, the watchman, was dug out of the rubble; two residents were also
        # hurt": the sentence tells the parts of the count before it, one by one
        return True
    if not _some_of_the_hurt_only(c, text) or _ANOTHER_PLACE_RE.search(c.sentence.text):
        return False
    if all(m.of_them for m in c.mentions):
        return True
    if any(d.sentence.index == c.sentence.index - 1 and d.value > c.value and not _by_severity(d, text) and
           not _apart_in_a_list(c.sentence, d.sentence, places, text) for d in cands):
        return True
    return _by_severity(c, text) and any(d.sentence.index < c.sentence.index and d.value > c.value and
                                         not _some_of_the_hurt_only(d, text) for d in cands)


def _both_told_before(c: _Candidate, cands: list[_Candidate], text: str) -> list[_Candidate]:
    """The counts before a count of "both" that it tells again: "His passenger, a local woman, needed stitches ...
    The administration confirmed that both were injured" (the driver and the passenger, two, not three)."""
    if len(c.mentions) != 1 or not text.startswith(("both", "Both"), c.mentions[0].start):
        return []
    before = [d for d in cands if d.sentence.index < c.sentence.index]  # (people told one by one)
    return before if before and all(d.value == 1 for d in before) and len(before) <= c.value else []


def _by_severity(c: _Candidate, text: str) -> bool:
    """Whether a count of the hurt tells only how badly they were hurt: "Eleven people are in serious condition"."""
    return all(_OF_A_SEVERITY_RE.match(text, m.end) for m in c.mentions)


#: One of the family of someone told of before: "her husband", "their 15-year-old daughter".
_KIN_OF_RE = compiled(r"(?:his|her|their)\s+(?:[\w\-]+\s+)?(?:husband|wife|son|daughter|mother|father|brother|"
                      r"sister|grand(?:mother|father|son|daughter))\b", re.IGNORECASE)


def _without_hospitalised(s: Sentence, kept: list[Mention]) -> list[Mention]:
    """The injured counts of a sentence but those taken to hospital (or told by how badly they were hurt) beside
    another count, which are some of its injured: "Among the 11 injured is a boy; seven people were hospitalized" is
    11 injured, not 18."""
    text = s.text
    hurt = [m for m in kept if not _some_of_the_hurt(text, m.end - s.start, within=True)]
    if hurt and len(hurt) < len(kept) and (first_out := next(m for m in kept if m not in hurt)) and any(
            m.start > first_out.start and (_told_as_more(m, text, s.start) or
                                           _KIN_OF_RE.match(text, m.start - s.start)) for m in hurt):
        # "One man is on a ventilator, and three more people were hurt": four; "A woman is in a grave condition, and
        # her husband was taken to hospital": two
        return kept
    return hurt if len(hurt) < len(kept) and hurt else kept


#: What joins the last two items of one list: "four Neptune-M missiles and two Storm Shadow missiles", ", and".
_LAST_JOIN_RE = compiled(r"\s*,?\s*and\s+")
#: What joins two items before them: "six Kh-101, ".
_ITEM_JOIN_RE = compiled(r"\s*,\s*")


def _sharing_the_place(s: Sentence, kept: list[Mention]) -> list[Mention]:
    """The counts of a sentence, with the items of a list that ends in a place marked as of that place too: "four
    Neptune-M missiles and two Storm Shadow missiles over Crimea" is six over Crimea, not four and two of them."""
    if len(kept) < 2 or not kept[-1].has_loc or all(m.has_loc for m in kept):
        return kept
    out = list(kept)
    join = _LAST_JOIN_RE  # "42 drones, 12 over Kursk" is a count and its part, so the last join is "and"
    for i in range(len(out) - 2, -1, -1):
        m, after = out[i], out[i + 1]
        if not m.has_loc and after.has_loc and m.kind == after.kind and \
                join.fullmatch(s.text, m.end - s.start, after.start - s.start):
            out[i] = replace(m, has_loc=True)
            join = _ITEM_JOIN_RE
        else:
            join = _LAST_JOIN_RE
    return out


def _sentence_value(fname: str, s: Sentence, ms: list[Mention]) -> _Candidate | None:
    """One figure from one sentence: splits by type or by region summed, restatements not."""
    sea = fname.startswith("drones_") and _SEA_DRONE_KEYS(s.text.lower())
    if len(ms) == 1 and not sea:  # most sentences state a figure once: what the general case gives for one mention
        m = ms[0]
        return _Candidate(m.value, [m], s, has_loc=m.has_loc)
    kept: list[Mention] = []
    for i, m in enumerate(ms):
        if m.of_them and any(p.start < m.start for p in ms[:i]):
            continue
        if fname in ("killed", "injured") and any(
                p is not m and m.start < p.start and p.end <= m.end and
                s.text.endswith(" of the ", 0, p.start - s.start) for p in ms):
            continue  # a share of a whole told inside it: "28 of the 31 victims" is of the 31
        if any(p.value == m.value and (p.start == m.start or (
                (m.all_of or m.rule == "partitive-whole") and p.kind == m.kind)) for p in kept):
            continue  # the same count again, or told again: "29 drones; all 29 were destroyed", "one of the four"
        if m.all_of and len(kept) >= 2 and sum(p.value for p in kept) == m.value:
            continue  # the parts' total told again: "fired six Kinzhals, nine Kalibrs and three Iskanders, and all 18"
        kept.append(m)
    if not kept:
        return None
    kept = _drop_breakdowns(s, kept)
    if fname in ("killed", "injured"):
        kept = _latest_toll(s, kept)
        if len(kept) >= 3:
            # "The death toll has risen to 43: 33 people were killed in Kyiv and 10 in Kryvyi Rih": a count and its
            # parts, which add up to it
            whole = sum(m.value for m in kept)
            kept = next(([m] for m in kept if 2 * m.value == whole), kept)
        kept = _without_parts_after_a_colon(s, kept)
    if fname == "injured" and len(kept) > 1:
        kept = _without_hospitalised(s, kept)
    if sea:
        # "41 Ukrainian drones were destroyed ..., and six uncrewed boats": the drones of the air, not the sea's
        kept = [m for m in kept if not _SEA_DRONE_RE.search(s.text, m.start - s.start, m.end - s.start)]
        if not kept:
            return None
    if fname not in ("killed", "injured"):
        kept = _sharing_the_place(s, kept)
    locs = [m for m in kept if m.has_loc]
    nonlocs = [m for m in kept if not m.has_loc]
    if fname in ("killed", "injured"):
        total = sum(m.value for m in kept)
        return _Candidate(total, kept, s, has_loc=bool(locs) and not nonlocs)
    if nonlocs and locs:
        a = sum(m.value for m in nonlocs)
        b = sum(m.value for m in locs)
        group = nonlocs if a >= b else locs
        return _Candidate(max(a, b), group, s)
    return _Candidate(sum(m.value for m in kept), kept, s, has_loc=bool(locs))


#: What tells of a toll as it was first given: "the governor earlier gave a toll of", "had initially reported".
_EARLIER_TOLL_RE = compiled(r"\b(?:earlier|initially|first)\s+(?:gave|put|said|reported|spoke\s+of|announced|"
                            r"wrote(?:\s+of)?|counted|listed|mentioned|recorded|posted|confirmed)\b|"
                            r"\b(?:[Ee]arly|[Ee]arlier|[Ii]nitial|[Ff]irst)\s+(?:figures?|reports?|tolls?|counts?|posts?|updates?|"
                            # (a post's time between: "The governor's first post at 04:10 spoke of two injured")
                            r"statements?|messages?)\s+(?:at\s+\d{1,2}[:.]\d{2}\s+)?(?:had\s+)?"
                            r"(?:of|said|put|gave|showed|suggested|spoke\s+of|mentioned|reported|listed)\b|"
                            r"\b(?:rose|risen|climbed|grew)\s+from\b")
#: Where the clause after a toll as first told begins: "first reported seven people hurt; by evening", "but later",
#: "first reported 20 dead, then 31, and by the evening 34".
_THEN_CLAUSE_RE = compiled(r";|,?\s+(?:but|and)\s+(?:later|by|then|on)\b|,\s+(?:then|later)\b")


#: Where a sentence turns to the toll as it now stands: "; the regional administration now reports".
#: The verbs of those who give a toll as it now stands, after "now": "now reports", "now gives".
_NOW_GIVES = r"now\s+(?:reports?|says?|gives?|counts?|puts?|lists?|confirms?)\b"
_NOW_CLAUSE_RE = compiled(r";\s+[^;.]{0,60}?\b" + _NOW_GIVES)
#: Where a sentence turns to a toll as it stood later in the day: ", and by the evening", "but by Sunday".
_BY_THEN_RE = compiled(r",?\s+(?:and|but)\s+(?:later\s+)?by\s+(?:the\s+)?(?:evening|morning|afternoon|night|midday|"
                       r"noon|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def _latest_toll(s: Sentence, ms: list[Mention]) -> list[Mention]:
    """People counted in one sentence, without the counts for no place told before or after the toll "had reached"
    or "rose to" one: "officials had confirmed 10 deaths; by evening the toll had reached 23" is 23, not 33, and so
    is "the number had risen to 23, after five more people sought medical help"."""
    if len(ms) > 1 and any(m.rule == "later-count" for m in ms):
        # "first reported one injured, later three", "from 17 in the morning to 19 and then 21": the count as it
        # stood last
        ms = [m for m, after in zip(ms, [*ms[1:], None], strict=True) if after is None or after.rule != "later-count"]
    if len(ms) > 1 and " by " in s.text and (then := _BY_THEN_RE.search(s.text, ms[0].end - s.start,
                                                                          ms[-1].start - s.start)):
        # "the toll rose to two dead and 21 injured, and by the evening, Syniehubov said three people had been killed
        # and 31 injured": the toll as it stood later
        return [m for m in ms if m.start - s.start > then.start()]
    bringing = _BRINGING_KEYS(s.text.lower())
    for i in range(len(ms) - 1, -1, -1):
        if bringing and i and " attack " in s.text[ms[i - 1].end - s.start:ms[i].start - s.start] and \
                _BRINGING_TOTAL_RE.search(s.text, 0, ms[i].start - s.start) and \
                _ROUGHLY_RE.match(s.text, ms[i].start - s.start):
            # "three were injured in the region, bringing the total number hurt in the attack to more than 50" beside
            # the capital's 48: the parts, which the round total only bounds
            return ms[:i] + ms[i + 1:]
        if bringing and i and _BRINGING_TOTAL_RE.search(s.text, 0, ms[i].start - s.start) and (
                " there " in s.text[:ms[0].start - s.start] or " attack " in s.text[ms[i - 1].end - s.start:]):
            # "The death toll there has risen to three, ..., bringing the total from the overnight attack to four
            # killed": the attack's total after the toll of the place told before
            return [ms[i]] + [m for m in ms[i + 1:] if m.has_loc]
        if bringing and _BRINGING_TO_RE.search(s.text, 0, ms[i].start - s.start) and not any(
                # (a person hurt there is no place's toll: "A man was hurt in Bucha, bringing the number of injured to
                # three")
                (m.has_loc and m.value > 1 and " more " not in s.text[m.start - s.start:m.end - s.start + 6]) or
                _TOLL_UPDATE_BEFORE_RE.search(s.text, 0, m.start - s.start) for m in ms[:i]):
            # "one more man had sought medical help, bringing the number of injured to six": six, not seven (where a
            # place's toll comes first, "The death toll in Kyiv rose to 16 ..., bringing the nationwide toll to 31",
            # it is read as such, below; but "two more people sought medical help in Cherkasy, bringing the number of
            # injured in the city to seven" is seven)
            return [ms[i]] + [m for m in ms[i + 1:] if m.has_loc]
        if not ms[i].has_loc and _TOLL_UPDATE_BEFORE_RE.search(s.text, 0, ms[i].start - s.start):
            return [m for m in ms[:i] if m.has_loc] + [ms[i]] + [m for m in ms[i + 1:] if m.has_loc]
    if len(ms) > 1 and " now " in s.text and (now := _NOW_CLAUSE_RE.search(s.text, ms[0].end - s.start,
                                                                          ms[-1].start - s.start)):
        # "At 6:00 the mayor spoke of 2 injured; the regional administration now reports three injured": the toll as
        # it now stands
        return [m for m in ms if m.start - s.start > now.start()]
    if len(ms) > 1 and ("arl" in s.text or "nitial" in s.text or "irst" in s.text or " from " in s.text):
        # "108 people were injured, the ministry said, after the governor earlier gave a toll of 10 dead and 45
        # wounded": the toll as first told, after the one told now
        first = ms[0].start - s.start
        at = _EARLIER_TOLL_RE.search(s.text, first)
        if at is not None:
            return [m for m in ms if m.start - s.start < at.start()]
        # "Local authorities first reported seven people hurt; by evening the ministry said 12 had been injured": the
        # toll as told last
        at = _EARLIER_TOLL_RE.search(s.text, 0, first)
        # ("Early figures of six dead rose to 16 by Thursday evening; on Friday, officials said 31 had been killed")
        if at is not None and (then := _THEN_CLAUSE_RE.search(s.text, first, ms[-1].start - s.start)):
            return [m for m in ms if m.start - s.start > then.start()]
    return ms


#: What leads from a count to its parts: " colleagues were injured: " (not the next item of a list, "; - Izmail: ").
_TO_ITS_PARTS_RE = compiled(r"[^;:\n]{0,40}:[^;:\n]*")


def _without_parts_after_a_colon(s: Sentence, kept: list[Mention]) -> list[Mention]:
    """A count of people before a colon, without the counts after it that add up to no more, which are its parts: "Four
    colleagues were injured: two received minor injuries ..., one suffered a concussion" is four."""
    if len(kept) < 2 or not _TO_ITS_PARTS_RE.fullmatch(s.text, kept[0].end - s.start, kept[1].start - s.start) or \
            sum(m.value for m in kept[1:]) > kept[0].value:
        return kept
    return kept[:1]


def _drop_breakdowns(s: Sentence, ms: list[Mention]) -> list[Mention]:
    """'four missiles - three Iskander-M and a Kh-59', '64 missiles (38 Kh-101 and 26 Iskander)':
    numbers right after a figure that add up to it are its breakdown, not more of the same."""
    if len(ms) < 3:
        return ms
    for i, head in enumerate(ms):
        if head.rule in ("labelled-item", "table-cell"):
            continue  # "– Kalibr cruise missiles – 6": an item of a list, whose next items are its siblings
        run = 0
        for j in range(i + 1, len(ms)):
            run += ms[j].value
            if run == head.value and j > i + 1 and (_BREAKDOWN_GAP_RE.search(
                    gap := s.text[head.end - s.start:ms[i + 1].start - s.start]) or
                    # (three parts or more after a colon that ends a clause: "81 missiles of various types and eight
                    # Shahed drones early on March 9: 28 Kh-101 ..., 20 Kalibr ...")
                    (j > i + 2 and gap.rstrip().endswith(":") and ";" not in gap and len(gap) <= 160) or
                    (("specif" in gap or "detail" in gap or "broken" in gap or "compris" in gap or "consist" in gap or
                      "made up" in gap) and _BREAKDOWN_CUE_RE.search(gap)) or (
                    gap.strip() == "," and _UNNAMED_COUNT_RE.fullmatch(s.text, head.start - s.start, head.end - s.start)
                    and all(m.kind == head.kind for m in ms[i + 1:j + 1]))):
                # (after a comma too where the count names no type: "13 missiles, four Iskander-M ballistic missiles
                # and nine Kh-101 cruise missiles")
                return ms[:i + 1] + ms[j + 1:]
            if run > head.value:
                break
    return ms


#: A list's heading that names a span of many days: "The totals for July:", "This week's figures:", "The week in
#: figures:".
_TALLY_HEADER_RE = ci(r"\b(?:totals?|tall(?:y|ies)|figures|numbers|statistics)\s+(?:for|of|in)\s+"
                      r"(?:the\s+month\s+of\s+)?"
                      rf"(?:{_MONTH}|the\s+(?:month|week|year)|this\s+(?:month|week|year)|(?:19|20)\d\d)\b|"
                      r"\b(?:month|week|year)['’]s\s+(?:totals?|tall(?:y|ies)|figures|numbers)\b|"
                      # ("The week in figures:")
                      r"\b(?:month|week|year|fortnight)\s+in\s+(?:figures|numbers)\b")
#: A figure told as a correction of one before it: "the number of drones destroyed had been revised to 21",
#: "According to updated information, six people were injured".
_REVISED_RE = ci(r"\b(?:revised|corrected|clarified|adjusted|updated\s+(?:information|data|figures?))\b[^.;!?]{0,80}$")
_REVISED_KEYS = any_of("revised", "corrected", "clarified", "adjusted", "updated")


def _revised(cands: list[_Candidate], text: str) -> _Candidate | None:
    """The last candidate in the text where it corrects the ones before it ("had been revised to 21"), else None."""
    last = max(cands, key=lambda c: c.sentence.index)
    first = last.mentions[0]
    if first.rule == "corrected":
        return last  # ("This article originally stated that Russia launched 38 drones ... the number was 48")
    at = max(last.sentence.start, first.start - 160)
    if _REVISED_KEYS(text[at:first.start].lower()) and _REVISED_RE.search(text, at, first.start):
        return last
    return None


def _with_listed_places_summed(cands: list[_Candidate], places: dict[int, list[PlaceMention]]) -> list[_Candidate]:
    """The counts of a list's items that each open on a place of their own, as one count: their sum ("- Belgorod
    district: six drones downed; - Shebekino urban district: four drones downed"), beside the other counts; and so
    the counts of sentences that each name one region and no other, where no count names none."""
    items = [c for c in cands if c.sentence.text.lstrip()[:1] in BULLETS and c.sentence.index in places]
    if len(items) < 2 and len({c.value for c in cands}) == len(cands) >= 3 and all(
            len({p.place.name for p in places.get(c.sentence.index, ())}) == 1 and
            places[c.sentence.index][0].place.kind == "region" for c in cands) and \
            2 * max(c.value for c in cands) != sum(c.value for c in cands):
        # "14 UAVs were destroyed over the Oryol region ... eight drones had been shot down over the Lipetsk region",
        # and no count for all of them (as one that the others add up to would be): the regions' counts, summed
        items = cands
    if len(items) < 2 or len({places[c.sentence.index][0].place.name for c in items}) < len(items):
        return cands
    if 2 * (most := max(c.value for c in items)) >= sum(c.value for c in items) and any(
            c.value == most for c in cands if all(c is not item for item in items)):
        return cands  # a title's key points: "- 48 missiles fired at Ukraine overnight" over "- 20 missiles on Desna"
    listed = _Candidate(sum(c.value for c in items), [m for c in items for m in c.mentions], items[0].sentence)
    return [c for c in cands if all(c is not item for item in items)] + [listed]


def _largest(cands: list[_Candidate], text: str) -> _Candidate:
    """The largest count of weapons, but where that is a round guess ("nearly 100 missiles" in a headline) and the
    text gives the exact figure close below it (99), the exact one; or the last one where it corrects the others."""
    if (fixed := _revised(cands, text)) is not None:
        return fixed
    best = max(cands, key=lambda c: c.value)
    if len(best.mentions) == 1 and _APPROXIMATE_RE.match(text, best.mentions[0].start):
        exact = [c for c in cands if c is not best and c.value >= best.value * 0.9 and not (
            len(c.mentions) == 1 and _APPROXIMATE_RE.match(text, c.mentions[0].start))]
        if exact:
            return max(exact, key=lambda c: c.value)
    return best


def _is_national(sentence: str) -> bool:
    """Whether a sentence gives a toll for the whole country ("killed at least 41 across Ukraine"): the figures per
    place elsewhere are parts of it, even where they add up to more (as tolls told at different hours do)."""
    low = sentence.lower()
    return ("nation" in low or "across" in low) and _NATIONAL_RE.lowered.search(low) is not None


#: A place named by what it is rather than by its name: "Eighteen people were injured in the capital".
_THIS_PLACE_RE = compiled(r"\b(?:in|near|outside|across)\s+the\s+(?:capital|city|town|village|region|oblast|district|"
                          r"port|area)\b", re.IGNORECASE)


def _more_dead(c: _Candidate) -> bool:
    """Whether a candidate counts only the injured who later died ("One of the injured later died"): more dead."""
    return all(m.rule == DIED_OF_WOUNDS for m in c.mentions)


#: A count of people told as risen: "the number of wounded had risen to 12", "the toll climbed to".
_COUNT_RISEN_RE = compiled(r"\b(?:toll|number|count|figure)\b[^.;]{0,80}?\b(?:risen|rose|climbed|grown|grew|"
                           r"increased)\s+to\b", re.IGNORECASE)


def _casualty_value(cands: list[_Candidate], places: dict[int, list[PlaceMention]], text: str) -> _Candidate:
    """Killed or injured: the stated total, or the sum of the figures per place when that is larger; or the last
    figure, where it corrects the others ("According to updated information, six people were injured").

    A count equal to one already taken is the same people told again ("one person was killed"), unless the two
    sentences name places and none of the same ("In Zaporizhzhia, one person was killed ... In the Khmelnytskyi
    region, one person was killed": two).
    """
    if len(cands) > 1 and (headlines := [c for c in cands if _entry_headline(c.sentence, text) and any(
            d.sentence.index == c.sentence.index + 1 and d.value == c.value for d in cands)]):
        # a live entry's headline over its text, "Two killed south of Kyiv" over "Two people were killed and five
        # injured in the Obukhiv district": the same people
        cands = [c for c in cands if all(c is not h for h in headlines)]
    if len(cands) > 1 and (again := [d for c in cands[1:] for d in _both_told_before(c, cands, text)]):
        cands = [c for c in cands if all(c is not d for d in again)]
    if len(cands) > 1 and (known := [c for c in cands if len(c.mentions) == 1 and text.startswith(
            ("The ", "the "), _number_at(c.mentions[0]) - 4) and any(d.value > c.value for d in cands)]):
        # "In Oleksandriia, the strike killed four people ... The two women died when a missile struck their block":
        # those told of by the article are some of the dead counted, no more of them
        cands = [c for c in cands if all(c is not k for k in known)]
    if len(cands) > 1 and (rounded := [c for c in cands if len(c.mentions) == 1 and _ROUNDED_BEFORE_RE.search(
            text, max(0, _number_at(c.mentions[0]) - 14), _number_at(c.mentions[0]))]):
        # "wounds nearly 280" in the title beside "279 people had been injured": the round figure of the exact one
        cands = [c for c in cands if c not in rounded or not any(
            d is not c and d not in rounded and 0.9 * c.value <= d.value < c.value for d in cands)]
    if len(cands) > 1:
        # "a woman and a girl were wounded ... Both were hospitalized": the two of the sentence before, told again (as
        # are "Both victims" of a toll told a few sentences before: "killed two people ... Both victims were killed in
        # the village of Komyshany")
        cands = [c for c in cands if not (
            len(c.mentions) == 1 and text.startswith(("both", "Both"), c.mentions[0].start) and
            any((d.sentence.index == c.sentence.index - 1 or (
                d.sentence.index < c.sentence.index and text.startswith(("both victims", "Both victims"),
                                                                        c.mentions[0].start))) and
                d.value == c.value for d in cands))]
    if len(cands) > 1 and (share := [c for c in cands[1:] if _a_share_told_before(c, cands, places, text)]):
        cands = [c for c in cands if all(c is not d for d in share)]
    if (fixed := _revised(cands, text)) is not None:
        return fixed
    if len(cands) > 1 and _by_severity(cands[0], text) and all(
            _by_severity(c, text) or _counts_more_people(c.mentions, text) for c in cands[1:]):
        # "Two are critically injured ... Three are in serious but stable condition ... Six more were treated as
        # outpatients": the hurt told only by how badly, which add up
        return _Candidate(sum(c.value for c in cands), [m for c in cands for m in c.mentions], cands[0].sentence)
    totals: list[_Candidate] = []
    others: list[_Candidate] = []
    for c in cands:
        if _more_dead(c):
            others.append(c)  # "One of the injured later died": one more dead, never the toll
            continue
        rule_toll = any(m.rule == "toll" for m in c.mentions)
        low = c.sentence.text.lower()
        total_like = rule_toll or (_TOTAL_LIKE_KEYS(low) and _TOTAL_LIKE_RE.search(c.sentence.text))
        if total_like and (" in " in low or "toll" in low) and (
                ((one := _PLACE_TOLL_RE.search(c.sentence.text)) and not (
                    one.group(0).endswith((" city", " town", " capital")) and IN_ALL_RE.search(low) and
                    not any(d.sentence.index in places for d in cands if d is not c))) or (
                (named := _NAMED_TOLL_RE.search(c.sentence.text)) and place_by_name(named.group(1)))):
            # (but "five people were injured in the city during the night in all" after the count of one building's,
            # where no other place has a count, is the city's whole, which the report tells of)
            total_like = False
        if rule_toll and _updates_a_place(c, cands, places):
            total_like = False
        if not total_like and c.sentence.index not in places and _is_update(c.sentence, text):
            # "Update, 13:40. Klitschko said the bodies of five people had been recovered" (where it names no place,
            # as "The number of injured in Kyiv has risen to 17" does)
            total_like = True
        if (total_like or _in_lead(c.sentence, text)) and _one_citys_toll(c, cands, places, text):
            others.append(c)
        elif total_like or (
                _in_lead(c.sentence, text) and not _PLACE_LEAD_RE.match(c.sentence.text) and
                not _told_of_one_place(c, cands, places, text) and not _counted_at_one_of_its_places(c, places, text)
                and not (c.sentence.index >= 2 and _MORE_PEOPLE_RE.search(c.sentence.text) and
                         not _DEAD_THEN_MORE_HURT_RE.search(c.sentence.text))):
            totals.append(c)
        else:
            others.append(c)
    if not totals and len(others) >= 3 and others[0].sentence.index not in places and \
            not _THIS_PLACE_RE.search(others[0].sentence.text) and \
            all(_told_place(places, c.sentence.index) for c in others[1:]) and \
            others[0].value >= _per_place_sum(others[1:], places, text):
        # "At least 10 people were killed ... In the capital, a missile killed three ... In Vyshhorod, a strike
        # killed four": a count told of no place before the counts of places that add up to no more is their total
        # (each told in its place's sentence or the one after it: "in Graivoron, a drone struck a house. A woman, aged
        # 74, died at the scene")
        totals.append(others.pop(0))
    elif not totals and len(others) >= 2 and _region_and_its_places(others, places, text) and \
            others[0].value == _per_place_sum(others[1:], places, text):
        # "Russian drone attacks killed two people across the Kherson region ... A man was killed in Antonivka; a
        # woman died in Sadove": a region's count before the counts of its towns that add up to it is their total
        totals.append(others.pop(0))
    superseded = {id(c) for c in cands
                  if _SUPERSEDED_KEYS(c.sentence.text.lower()) and _SUPERSEDED_RE.search(c.sentence.text) and
                  not _COUNT_ROSE_TO_RE.search(text, max(c.sentence.start, c.mentions[0].start - 120),
                                               c.mentions[0].start) and
                  # (but not the count the sentence tells it stood at later: "At first the administration spoke of
                  # 3 injured in Ovruch; the morning figure is 4")
                  not any(m.rule == "later-count" for m in c.mentions)}
    if superseded:
        # a toll told as first given gives way to a count told later, or of its place or of none; not to an earlier
        # count of another place ("In Starokostiantyniv, two were killed ... Kryvyi Rih. The mayor initially reported
        # one person killed and nine injured. Later, the number of injured rose to 16": three dead)
        superseded = {id(c) for c in cands if id(c) in superseded and any(
            d is not c and (d.sentence.index > c.sentence.index or not (told := _told_place(
                places, d.sentence.index, text)) or not (its := _told_place(places, c.sentence.index, text)) or
                            told & its) for d in cands)}
    if len(cands) > 1:
        # the toll as it stood then, where a larger count of the same people is told too
        most = max(c.value for c in cands)
        superseded |= {id(c) for c in cands if c.value < most and _TOLL_THEN_RE.search(c.sentence.text)}
    if len(cands) > 1 and (now := [c for c in cands if "now" in c.sentence.text and _TOLL_NOW_RE.search(
            c.sentence.text)]):
        # "1 killed and 10 injured in Kushuhum ... the toll in Kushuhum is now 2 dead and 9 injured": the place's
        # count as it now stands, fewer as it may be (one of the injured died)
        superseded |= {id(c) for c in cands if any(_earlier_of_its_place(c, d, places, text) for d in now)}
    if len(cands) > 1 and (now := [c for c in cands if " now" in c.sentence.text and _NOW_GIVES_RE.search(
            c.sentence.text)]):
        # "In the morning the mayor reported three injured in Kalush ... The city now gives one dead and four
        # injured": the count as it now stands, of no other place (or of the same), replaces the fewer told before
        superseded |= {id(c) for c in cands if any(
            c.sentence.index < d.sentence.index and c.value <= d.value and (
                not _told_place(places, d.sentence.index, text) or not _told_place(places, c.sentence.index, text)
                or _earlier_of_its_place(c, d, places, text))
            for d in now)}
    for c in cands if len(cands) > 1 else ():
        if "others" in c.sentence.text and c.mentions[0].role == "injured" and \
                (recount := _DEAD_AND_OTHERS_RE.search(c.sentence.text)) and \
                parse_number(recount.group("hurt")) == c.value:
            # "Four people were hurt ... one dead and three others injured": the four, of whom one has since died
            dead = parse_number(recount.group("dead")) or 0
            superseded |= {id(d) for d in cands if d.sentence.index < c.sentence.index and d.value == c.value + dead}
    if len(cands) > 1 and (stamped := _entry_stamps(text)):
        stamps, newest_first = stamped
        if newest_first:
            # a live page with the newest entry at the top: a place's toll in a later entry is an older count of the
            # people of an earlier entry's larger one
            superseded |= {id(c) for c in cands if any(
                d.value > c.value and bisect_right(stamps, d.sentence.start) < bisect_right(stamps, c.sentence.start)
                and _covers(_told_place(places, d.sentence.index, text), _told_place(places, c.sentence.index, text))
                for d in cands)}
        else:
            # told oldest first: a larger toll in a later entry, of the same place or of none, is the count risen
            # ("08:10 - three killed in Smila ... 14:20 - seven people were killed"), unless it tells of more people
            superseded |= {id(c) for c in cands if any(
                d.value > c.value and bisect_right(stamps, d.sentence.start) > bisect_right(stamps, c.sentence.start)
                and not _told_as_more(d.mentions[0], text) and (
                    not (told := _told_place(places, d.sentence.index, text)) or
                    told >= _told_place(places, c.sentence.index, text))
                for d in cands)}
    if len(superseded) < len(cands):
        others = [c for c in others if id(c) not in superseded]
        totals = [c for c in totals if id(c) not in superseded]
    summed: list[_Candidate] = []
    placeless_totals = {id(d) for d in totals if d.sentence.index not in places}
    for c in others:
        if _more_dead(c):
            summed.append(c)  # "One of the injured later died": one more dead, whoever was counted before
            continue
        if any(d.value == c.value and not _elsewhere(places, c.sentence.index, d.sentence.index,
                                                     0 if id(d) in placeless_totals else 1, True) and
               not _apart_in_a_list(c.sentence, d.sentence, places, text) and
               not _named_apart(c.sentence.text, d.sentence.text)
               for d in summed + totals):
            # (a total that names no place is of them all, not of the place the sentence before it named: "Totals
            # reported by the authorities: 3 killed" after a list of villages)
            continue
        if summed and _part_of_the_last(c, summed[-1], places, text):
            continue
        if summed and _in_a_counted_region(c, summed, places, text):
            continue
        if summed and c.sentence.index not in places and summed[-1].sentence.index == c.sentence.index - 1 and \
                summed[-1].value < c.value and any(m.rule == "toll" for m in c.mentions) and \
                _COUNT_RISEN_RE.search(c.sentence.text):
            # "Nine people were injured ... Later in the day, he said the number of wounded had risen to 12": the
            # count of the sentence before, risen
            summed[-1] = c
            continue
        here = _told_place(places, c.sentence.index, text)
        risen = len(summed) == 1 and TOLL_RISEN_RE.search(c.sentence.text) is not None
        if len(here) == 1 and any(m.rule == "toll" for m in c.mentions) and (same := next((
                i for i, d in enumerate(summed) if d.value < c.value and (
                    _place_and_its_regions(here, told := _told_place(places, d.sentence.index, text)) or (
                        risen and not told))), -1)) >= 0:
            # "Kyiv: 15 killed ... The death toll in Kyiv rose to 16": the place's count, risen (as is one of a sentence
            # that named the place among others: "... attacked the Tsarychanka community. Four people were injured ...
            # the number of injured in the Tsarychanka community has risen to seven"); "at least 51 people
            # were killed ... the death toll in Poltava has now risen to 55": the one count told before, risen
            summed[same] = c
            continue
        if len(here) == 1 and not _MORE_PEOPLE_RE.search(c.sentence.text) and not _ALSO_HURT_RE.search(c.sentence.text):
            same = next((i for i, d in enumerate(summed)
                         if not (d.has_loc and c.has_loc) and
                         _place_and_its_regions(here, _told_place(places, d.sentence.index, text)) and
                         not _apart_in_a_list(c.sentence, d.sentence, places, text) and
                         not _named_apart(c.sentence.text, d.sentence.text)), -1)
            if same >= 0:
                # "Thirty-three people were wounded" after the Mykolaiv strike's toll, and "seven killed and 22
                # wounded in Mykolaiv" in an earlier entry: one place's count told twice, of which the larger stands
                if c.value > summed[same].value:
                    summed[same] = c
                continue
        summed.append(c)
    summed = _without_parts_of_a_later_toll(summed, text)
    best_total = max(totals, key=lambda c: c.value) if totals else None
    if best_total is None and len(summed) >= 2 and (whole := next((
            c for c in summed if 2 * c.value == sum(d.value for d in summed) and (
                (parts := frozenset().union(*(_told_place(places, d.sentence.index, text) for d in summed
                                              if d is not c))) < (told := _told_place(places, c.sentence.index, text))
                or (len(summed) >= 3 and parts == told))), None)) is not None:
        # "wounded 16 others in Odesa and Dnipro ... In Odesa, 11 were wounded ... In Dnipro, five": the count of
        # the places that the counts of each add up to; "killed three in Sumy and Okhtyrka ... In Sumy, three were
        # killed": of some of them
        return whole
    if len(summed) > 1 and (recap := _recap_of_places(summed, best_total, places, text)) is not None:
        return recap
    other_sum = sum(c.value for c in summed)
    if best_total is not None and summed and not _is_national(best_total.sentence.text) and (all(
            c.sentence.index == best_total.sentence.index + 1 + i and _counts_more_people(c.mentions, text)
            for i, c in enumerate(summed)) or (best_total.sentence.start > text.find("\n") and all(
                _more_dead(c) and c.sentence.index > best_total.sentence.index for c in summed))):
        # "A woman was injured after a drone hit a house. Two more people were injured by falling glass": three; "Two
        # were killed ... A man was injured ... He later died in hospital": three (but not after a title's count)
        return _Candidate(best_total.value + other_sum, best_total.mentions + [m for c in summed for m in c.mentions],
                          best_total.sentence)
    if best_total is not None and not _is_national(best_total.sentence.text) and (added := _also_told(
            best_total, totals, summed)):
        # "A woman was injured ... Two men were also injured" (in the lead, or after it): more than the count before
        return _Candidate(sum(c.value for c in added), [m for c in added for m in c.mentions], best_total.sentence)
    if best_total is not None and (best_total.value >= other_sum or _is_national(best_total.sentence.text)):
        also = [c for c in summed if c.value < best_total.value and c.sentence.index > best_total.sentence.index and
                _ALSO_HURT_RE.search(c.sentence.text)]
        if also and not _is_national(best_total.sentence.text):
            # "two Ukrzaliznytsia workers injured ... a woman was also injured in Pisochyn": one more than the total
            return _Candidate(best_total.value + sum(c.value for c in also),
                              best_total.mentions + [m for c in also for m in c.mentions], best_total.sentence)
        return best_total
    if len(summed) == 1:
        return summed[0]
    mentions = [m for c in summed for m in c.mentions]
    return _Candidate(other_sum, mentions, summed[0].sentence)


def _also_told(best_total: _Candidate, totals: list[_Candidate], summed: list[_Candidate]) -> list[_Candidate]:
    """The counts that add up where a count is told as "also" hurt after another (the count itself among them), or
    nothing: "A woman was injured ... Two men were also injured" is three, whether the total is the first or the
    second."""
    at = best_total.sentence.index
    if summed and all(c.sentence.index > at and _hurt_also(c) for c in summed):
        return [best_total, *summed]
    if not summed and _hurt_also(best_total) and (before := [
            c for c in totals if c is not best_total and at - 3 <= c.sentence.index < at and
            c.value < best_total.value]) and len(before) == len(totals) - 1:
        return [*before, best_total]
    return []


def _hurt_also(c: _Candidate) -> bool:
    """Whether a candidate is one count told as "also" hurt ("Two men were also injured"), not a sentence's own sum of
    a count and one more ("Three were injured, and one more person was injured in Chornomorsk")."""
    if len(c.mentions) != 1:
        return False
    at = c.mentions[0].start - c.sentence.start
    return _ALSO_HURT_RE.search(c.sentence.text, max(0, at - 30), at + 60) is not None


#: A list item's label that names a part of a city or a region: "- Darnytskyi district:", "- Bucha raion:".
_PART_LABEL_RE = compiled(r"\b(?:district|raion|neighbou?rhood|microdistrict|hromada|community)\s*:$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _covers(told: frozenset[str], other: frozenset[str]) -> bool:
    """Whether the places one count is told of hold those of another: each of them, or its region ("Ternopil region"
    holds Ternopil)."""
    return all(name in told or f"{name} region" in told for name in other)


def _minutes(stamp: re.Match[str]) -> int:
    """The minutes since midnight of a live entry's stamp: "14:05", "6:55 p.m."."""
    hour = int(stamp.group(1))
    if half := stamp.group("half"):
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    return hour * 60 + int(stamp.group(2))


def _stamp_matches(text: str) -> list[re.Match[str]]:
    """_ENTRY_STAMP_RE's matches in a text, as finditer gives them (leftmost, not overlapping): tried only at the
    start of the text and of each line that opens with a digit, as its "^" and "\\d" need; a search would try the
    pattern at every position of the text."""
    return list(matches_at(_ENTRY_STAMP_RE.match, text, [0, *(line.end() for line in _DIGIT_LINE_RE.finditer(text))]))


def _entry_stamps(text: str) -> tuple[tuple[int, ...], bool] | None:
    """Where the entries of a live page begin (their clock times fall at each) and whether its newest entry is at the
    top, or None for any other text (kept for the last texts: each casualty figure of each attack asks)."""
    if "\n" not in text:
        return None
    found = [(_minutes(m), m.start()) for m in _stamp_matches(text)]
    if len(found) < 3:
        return None
    if all(later[0] < earlier[0] for earlier, later in pairwise(found)):
        return tuple(at for _, at in found), True
    if all(later[0] > earlier[0] for earlier, later in pairwise(found)):
        return tuple(at for _, at in found), False
    return None


def _recap_of_places(summed: list[_Candidate], best_total: _Candidate | None,
                     places: dict[int, list[PlaceMention]], text: str) -> _Candidate | None:
    """The count that tells each place's toll again, together: "killing 28 in Kyiv and one in Odesa" after each
    place's count as it rose is the toll, not more of it."""
    for c in summed:
        if len(c.mentions) < 2 or (best_total is not None and c.value < best_total.value):
            continue
        named = {p.place.name for p in places.get(c.sentence.index, ())}
        most = max(m.value for m in c.mentions)
        if all(d is c or (d.value <= most and bool(there := _told_place(places, d.sentence.index, text)) and
                          there <= named) for d in summed):
            return c
    return None


def _without_parts_of_a_later_toll(summed: list[_Candidate], text: str) -> list[_Candidate]:
    """The counts to add up, less those on a list's district items that a later toll, at least their sum, takes in.

    "- Darnytskyi district: ... 14 injured", "- Obolonskyi district: One person injured", then "the final toll in the
    capital was 19 killed and 52 injured": the districts' counts were the city's as it stood, not more of it.
    """
    if len(summed) < 3:
        return summed
    parts = [c for c in summed if _PART_LABEL_RE.search(_label(c.sentence, text))]
    if not parts:
        return summed
    last = max(c.sentence.index for c in parts)
    told = sum(c.value for c in parts)
    if not any(c.sentence.index > last and c.value >= told and not _label(c.sentence, text) and
               _TOTAL_LIKE_KEYS(c.sentence.text.lower()) and _TOTAL_LIKE_RE.search(c.sentence.text) for c in summed):
        return summed
    return [c for c in summed if all(c is not p for p in parts)]


def _region_and_its_places(cands: list[_Candidate], places: dict[int, list[PlaceMention]], text: str) -> bool:
    """Whether the first candidate's clause names one region, as a region ("across the Kherson region"), and each
    later one tells only of places in it."""
    first = cands[0]
    named = _in_the_clause(places.get(first.sentence.index, ()), first.sentence, first.mentions[0].start, text)
    region = {p.place.region for p in named}
    if len(region) != 1 or not all(_names_the_region(p, text) for p in named):
        return False
    # (each later one's places, or where it names none, those of the sentence before it, as _told_place reads them)
    # (a village the gazetteer lacks, of no region told, may lie in it: "In the village of Myasoyedovo")
    return all((told := places.get(c.sentence.index) or places.get(c.sentence.index - 1)) and
               all(p.place.region in region or not p.place.region for p in told) for c in cands[1:])


def _in_the_clause(named: Sequence[PlaceMention], sentence: Sentence, at: int, text: str) -> list[PlaceMention]:
    """The places of a sentence in the clause, between semicolons, of the position `at`: "Russian drone wounds three
    in Zaporizhzhia region village; Moscow says 68 drones downed" names Zaporizhzhia where the three were hurt."""
    start = text.rfind(";", sentence.start, at) + 1 or sentence.start
    end = text.find(";", at, sentence.end)
    return [p for p in named if start <= p.start and (end < 0 or p.end <= end)]


def _in_a_counted_region(c: _Candidate, summed: list[_Candidate], places: dict[int, list[PlaceMention]],
                         text: str) -> bool:
    """Whether a count of places in one region is part of that region's count told before it: "injuring three in the
    Saratov region ... an enterprise in Balakovo had been damaged and two of its workers injured"."""
    named = places.get(c.sentence.index, ())
    here = [p for p in named if not _names_the_region(p, text)]  # ("Saratov region Governor ... said")
    regions = {p.place.region for p in named}
    if not here or len(regions) != 1:
        return False
    return any(mention.value >= c.value and (p := _place_counted_at(mention, places.get(d.sentence.index, ()), text))
               is not None and p.place.region in regions and _names_the_region(p, text)
               for d in summed for mention in d.mentions)


def _per_place_sum(cands: list[_Candidate], places: dict[int, list[PlaceMention]], text: str) -> int:
    """The sum of the counts of places, each place's largest once: "Kyiv: 15 killed ... The death toll in Kyiv rose
    to 16" is 16 for Kyiv."""
    most: dict[frozenset[str], int] = {}
    for c in cands:
        here = _told_place(places, c.sentence.index, text)
        most[here] = max(most.get(here, 0), c.value)
    return sum(most.values())


def _in_lead(s: Sentence, text: str) -> bool:
    """Whether a sentence is the title or opens the report: the third sentence at most, or the first after the
    title's short lines of byline, outlet and date ("By Laura Pennington in Kyiv", "BBC News")."""
    if s.index <= 2:
        return True
    if s.index > 6:
        return False
    before = text[:s.start]
    if not before.rstrip(" \t").endswith("\n"):
        return False
    return all(len(line) < 120 and ". " not in line for line in before.split("\n")[1:])


#: An update's heading, at the start of its sentence or as the sentence before: "Update, 13:40.", "UPDATE (Jan 16):".
_UPDATE_RE = compiled(r"(?:^|\n)\s*(?:Update|UPDATE)\b[^.\n]{0,40}?[.:)]\s*(?:[^.\n]{0,40}?[.:)]\s*)?$")


#: A toll as it now stands: "the toll in Kushuhum is now 2 dead and 9 injured", "the toll now stands at".
#: Officials who give the toll as it now stands: "The city now gives one dead and four injured", "4 injured now".
_NOW_GIVES_RE = compiled(r"\b(?:city|town|village|region|administration|council|authorities|officials|mayor|"
                         rf"governor|ministry|police)\s+{_NOW_GIVES}|"
                         # (or the count itself: "Update from the headquarters: 4 injured now (was 3)")
                         r"\b\d+\s+(?:injured|wounded|hurt|dead|killed)\s+now\b|"
                         r"\bnow\s+\d+\s+(?:injured|wounded|hurt|dead|killed)\b",  # ("Update: now 11 injured")
                         re.IGNORECASE)
_TOLL_NOW_RE = compiled(r"\btoll\b[^.;]{0,40}?\b(?:(?:is|stands|was)\s+now|now\s+(?:stands|is))\b", re.IGNORECASE)


def _earlier_of_its_place(before: _Candidate, later: _Candidate, places: dict[int, list[PlaceMention]],
                          text: str) -> bool:
    """Whether a count comes before another of the one place both tell of."""
    return before.sentence.index < later.sentence.index and \
        len(here := _told_place(places, later.sentence.index, text)) == 1 and \
        _told_place(places, before.sentence.index, text) == here
#: A place told of before, named again by what it is: "Two adults were killed at the hospital", "in another
#: district of the capital".
_THE_PLACE_AGAIN_RE = compiled(r"\b(?:at|in|of|near)\s+the\s+(?:capital|city|hospital|site|scene|same\s+\w+)\b",
                               re.IGNORECASE)
#: A count of more people than those counted before, which is no total: "Two more people were killed in Kharkiv",
#: "Another five people were treated at the scene".
_MORE_PEOPLE_RE = compiled(rf"\b(?:(?:{_N_MORE}|(?:another|a\s+further|an\s+additional)\s+[\w\-]+)\s+"
                           r"(?:people|persons|civilians|residents|bodies)\b|"
                           # (or with no noun: "Six more sustained cuts", "two more were hospitalised")
                           rf"{_N_MORE}(?=\s+(?:were|was|are|have|had|sustained|suffered|received|died)\b))",
                           re.IGNORECASE)
#: Words that add a count to those before it: "Two more people died in hospital".
_MORE_RE = compiled(r"\bmore\b(?!\s+than)|\bothers\b|\b(?:another|other|further|additional)\s+(?:\w+\s+)?"
                    r"(?:people|persons?|civilians?|victims?|bodies|\d+|one|two|three|four|five|six|seven|eight|"
                    r"nine|ten)\b", re.IGNORECASE)


#: The hurt told as more than the dead of the same sentence, not more than a count before it: "one civilian was
#: killed and five more were wounded".
_DEAD_THEN_MORE_HURT_RE = compiled(r"\b(?:killed|dead|died)\s+(?:and|,)\s+(?:[\w\-]+\s+)?more\s+"
                                   r"(?:people\s+|civilians\s+)?(?:were\s+|have\s+been\s+)?(?:wounded|injured|hurt)\b")


def _place_and_its_regions(here: frozenset[str], told: frozenset[str]) -> bool:
    """Whether a sentence told of the one place another names, or of it and only regions beside it ("Donetsk region
    head: ... struck Druzhkivka" and "the death toll in Druzhkivka"), not of other towns."""
    if not here <= told:
        return False
    regions = {place.region for name in here if (place := place_by_name(name)) is not None}
    return all(name.endswith(" region") and name.removesuffix(" region") in regions for name in told - here)


def _entry_headline(s: Sentence, text: str) -> bool:
    """Whether a sentence is a short line of its own with no end mark, a live entry's headline (not the title)."""
    return s.index > 0 and len(s.text) <= 80 and not s.text.rstrip().endswith((".", ":", "!", "?")) and \
        (s.start == 0 or text[s.start - 1] == "\n") and text[s.end:s.end + 1] in ("\n", "")


def _counts_more_people(mentions: list[Mention], text: str) -> bool:
    """Whether each of the counts is of more people than those told before ("Another five people were treated")."""
    return all(m.rule == DIED_OF_WOUNDS or _told_as_more(m, text) for m in mentions)


def _told_as_more(m: Mention, text: str, offset: int = 0) -> bool:
    """Whether a count is told as more people than those before it ("three more people", "another five"); text
    starts at offset in the report."""
    at = m.num_start - offset
    return any(r.start() <= at < r.end() for r in _MORE_PEOPLE_RE.finditer(text, max(0, at - 25), m.end - offset + 25))


def _part_of_the_last(c: _Candidate, last: _Candidate, places: dict[int, list[PlaceMention]], text: str) -> bool:
    """Whether a smaller count told of no place, in the paragraph of a place's count, is part of that count ("In Kyiv,
    at least 27 people were killed ... Two people were killed at the hospital itself")."""
    s, before = c.sentence, last.sentence
    return s.index not in places and before.index in places and not c.has_loc and c.value < last.value and \
        before.index < s.index and _MORE_RE.search(s.text) is None and (
            "\n" not in text[before.end:s.start] or _THE_PLACE_AGAIN_RE.search(s.text) is not None) and (
            # (not under a heading of another place: "Kryvyi Rih. Oleksandr Vilkul, head of the city ...")
            not (told := _told_place(places, s.index, text)) or told == _told_place(places, before.index, text))


def _is_update(s: Sentence, text: str) -> bool:
    """Whether a sentence opens an update at the end of a report, whose counts are the latest."""
    head = text[max(0, s.start - 60):s.start + 60]
    return "pdate" in head and (_UPDATE_RE.search(text, max(0, s.start - 60), s.start) is not None or
                                opens_update(s.text))


def _updates_a_place(c: _Candidate, cands: list[_Candidate], places: dict[int, list[PlaceMention]]) -> bool:
    """Whether a toll that names no place updates the count of the one place the sentence before told of, beside
    another place's count: "In Odesa, two people were injured ... In Mykolaiv, Kim reported 12 injured. Later, he
    said the number of injured had risen to 19": Mykolaiv's 19, which adds to Odesa's two."""
    here = c.sentence.index
    if here in places or _NATIONAL_RE.search(c.sentence.text) or "total" in c.sentence.text.lower():
        return False
    before = next((d for d in cands if d.sentence.index == here - 1 and d.value < c.value), None)
    if before is None or len(one := _told_place(places, before.sentence.index)) != 1:
        return False
    return any(_elsewhere(places, before.sentence.index, d.sentence.index) or (
        d.sentence.index not in places and (there := _told_place(places, d.sentence.index)) and there != one)
        for d in cands)


def _one_citys_toll(c: _Candidate, cands: list[_Candidate], places: dict[int, list[PlaceMention]], text: str) -> bool:
    """Whether a toll is told of the one city its sentence names, beside a count told of a town in another region, or
    of more people in another town: "the number of people killed in Uman, Cherkasy region, has risen to 23" and "In
    Dnipro, a missile killed a woman and her daughter" are 25 killed."""
    s = c.sentence
    named = [p for p in places.get(s.index, ()) if not is_dateline(
        text[s.start:p.start], text[p.start:p.end], text[p.end:s.end])]  # ("KYIV, April 29 (Reuters) - ... in Uman")
    if not named or _NATIONAL_RE.search(s.text) or _MORE_THAN_A_CITY_RE.search(s.text):
        return False
    cities = {p.place for p in named if p.place.kind == "city"}
    if len(cities) != 1:
        return False
    city = next(iter(cities))
    if any(p.place.kind != "city" and p.place.name != city.region for p in named):
        return False
    for d in cands:
        there = places.get(d.sentence.index)
        if d is c or d.value >= c.value or not there:
            continue
        most = _most_specific(there)
        if all(p.place.kind == "city" and p.place.region != city.region for p in there if p.place.name in most):
            return True
        if _MORE_RE.search(d.sentence.text) and all(
                p.place.name not in (city.name, city.region) for p in there if p.place.name in most):
            # "Two more people were killed in the town of Samarivka, which was hit in the same attack": more than the
            # city's toll, in a town of its region or elsewhere
            return True
    return False


def _told_place(places: dict[int, list[PlaceMention]], index: int, text: str = "") -> frozenset[str]:
    """The places a sentence names, or where it names none, those of the sentence right before it (which it goes
    on telling of).

    text: the text, to tell a region from its city of the same name ("In Kyiv Oblast, four people were killed and
    16 injured ... In Kyiv, drones damaged buildings, injuring 11 people": two places).
    """
    for i in (index, index - 1):
        if i in places:
            return frozenset(p.place.name + " region" if text and p.place.region_named_after_city and
                             _names_the_region(p, text) else p.place.name for p in places[i])
    return frozenset()


#: A region's word after its name: "Kyiv Oblast", "the Kharkiv region".
_REGION_WORD_RE = compiled(r"[\w'’\-]+\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince)\b")


def _names_the_region(p: PlaceMention, text: str) -> bool:
    """Whether a place is named as a region ("Kyiv Oblast", "the Kherson region"), not as its city."""
    return _REGION_WORD_RE.match(text, p.start, p.end + 9) is not None


#: A place's name followed by another's in a list: ", Kharkiv", " and Zaporizhzhia".
_AND_PLACE_RE = compiled(r"(?:\s*,\s*|\s+and\s+)(?:the\s+)?[A-Z]")
#: What joins a count to the place right after it: "wounding at least 19 in Mykolaiv", "six people in the city of".
_COUNT_AT_PLACE_RE = compiled(r"\s+(?:(?:people|others|more|civilians)\s+)?in\s+(?:the\s+)?"
                              r"(?:(?:city|town)\s+of\s+)?")


def _counted_at_one_of_its_places(c: _Candidate, places: dict[int, list[PlaceMention]], text: str) -> bool:
    """Whether a lead's count of people is one of the places it names: "killing two people in Odesa and wounding at
    least 19 in Mykolaiv" counts Mykolaiv's wounded, not all of them."""
    named = places.get(c.sentence.index, [])
    if len({p.place.name for p in named}) < 2:
        return False
    # (not "injuring 13 in Kharkiv and Zaporizhzhia": the count of both)
    return all((p := _place_counted_at(mention, named, text)) is not None and not _AND_PLACE_RE.match(text, p.end)
               for mention in c.mentions)


def _place_counted_at(mention: Mention, named: Iterable[PlaceMention], text: str) -> PlaceMention | None:
    """The place of a sentence's places named right after a count of people: "wounding at least 19 in Mykolaiv"."""
    if (at := _COUNT_AT_PLACE_RE.match(text, mention.end)) is None:
        return None
    return next((p for p in named if p.start == at.end()), None)


def _told_of_one_place(c: _Candidate, cands: list[_Candidate], places: dict[int, list[PlaceMention]],
                       text: str) -> bool:
    """Whether the lead's count is one place's, told again there, beside another place's: "four killed in capital"
    in the title, "Kyiv's mayor says four people were killed", and "In the Sumy region, ... killed three people"."""
    here = c.sentence.index
    if here not in places:
        return False
    # (a lead's, not a title's, and a city's, not a region's: "Kherson region: Russian attacks killed 2 people")
    one_place = here >= 1 and len({p.place.name for p in places[here]}) == 1 and not any(
        _names_the_region(p, text) for p in places[here])
    again = elsewhere = False
    later: list[PlaceMention] | None = []  # the places of later counts while all are elsewhere, else None
    for d in cands:
        there = d.sentence.index
        if there <= 2:  # the title and the lead tell it again without making it one place's
            continue
        if there not in places:
            # "Russia struck Kyiv ..., killing four people" and later "Four people were killed in the strike on the
            # residential building": the one place's count, told again
            again = again or (one_place and d.value == c.value)
            later = None
            continue
        if _elsewhere(places, here, there):
            elsewhere = True
            if later is not None:
                later.extend(places[there])
        else:
            again = again or d.value == c.value
            later = None
    return elsewhere and (again or bool(later and _struck_city_apart(c, places[here], later, text)))


#: Words that make a lead's count more than its one city's: "Kyiv and other cities", "across the country".
_MORE_THAN_A_CITY_RE = compiled(r"\b(?:other|across|elsewhere|regions|cities|towns|country|nationwide|several|"
                                r"and\s+(?:the\s+)?(?:surrounding|its)|total|overall|in\s+all)\b", re.IGNORECASE)
#: A city struck, right before its name: "attacked Kyiv", "Drones Strike Kyiv", "a missile strike on Dnipro",
#: "attacked Ukraine's capital Kyiv".
_STRUCK_BEFORE_RE = compiled(r"\b(?:attack(?:ed|s)?|strike[sd]?|struck|hit|hits|pound(?:ed|s)?|bombard(?:ed|s)?|"
                             r"shell(?:ed|s)?|(?:attack|strike|assault)\s+on)\s+(?:the\s+(?:city|capital)\s+of\s+|"
                             r"Ukraine['’]s\s+(?:[\w\-]+\s+)?(?:capital|city),?\s+)?$", re.IGNORECASE)


def _struck_city_apart(c: _Candidate, lead: list[PlaceMention], later: list[PlaceMention], text: str) -> bool:
    """Whether a lead's count is told of the one city it names as struck, and every later count is of regions apart
    from that city's.

    "Russia attacked Kyiv with drones, killing four people", then only "In the Sumy region, a missile strike killed
    three": four and three, seven in all. A later count in the city itself leaves the lead's as the attack's.
    """
    city = lead[0]
    if len({p.place.name for p in lead}) != 1 or not (city.place.kind == "city" or (
            city.place.region_named_after_city and not _names_the_region(city, text))):
        return False
    # the city named as struck before the count, in the lead's own words ("KYIV, Ukraine (AP) - Russia attacked
    # Kyiv ..."; not a dateline's city nor "at Ukraine, setting a building in Kyiv on fire")
    first, last = c.mentions[0].start, c.mentions[-1].end
    struck = next((p for p in lead if p.start < first and _STRUCK_BEFORE_RE.search(text, max(0, p.start - 40),
                                                                                      p.start)), None)
    if struck is None or _MORE_THAN_A_CITY_RE.search(text, struck.end, last + 30):
        return False
    return all(p.place.region != city.place.region for p in later)


def _elsewhere(places: dict[int, list[PlaceMention]], one: int, other: int, told: int = 0,
               regions: bool = False) -> bool:
    """Whether two sentences both name places, and none of the same (a region counts as named only where none of its
    towns is: "In the Kyiv region, a missile strike on Vyshhorod killed three" tells of Vyshhorod, not of Kyiv).

    told: how many sentences back to look: a sentence that names none tells of those of the nearest one before it
    that does ("In Kyiv, a missile hit a house. The bodies of three people were recovered").
    """
    here, there = places.get(one), places.get(other)
    for back in range(1, told + 1):
        here, there = here or places.get(one - back), there or places.get(other - back)
    if not here or not there:
        return False
    if _most_specific(here) & _most_specific(there):
        return False
    if not regions:
        return True
    # (where regions count, a town of one of the regions the other names, two or more, is no other place: "in the
    # Kharkiv and Poltava regions, killing two" and "two killed in Merefa")
    for towns, wide in ((here, there), (there, here)):
        named = {p.place.name for p in wide if p.place.kind == "region"}
        if len(named) >= 2 and {p.place.region for p in towns if p.place.kind != "region"} & named:
            return False
    return True


#: A toll told of the capital by what it is: "two people were killed and 23 injured in the capital".
_IN_THE_CAPITAL_RE = compiled(r"\b(?:in|across)\s+the\s+capital\b", re.IGNORECASE)


def _capital_and_elsewhere(one: Sentence, named_one: list[PlaceMention] | None,
                           named_other: list[PlaceMention] | None, capital: str) -> bool:
    """Whether a sentence that names no place tells of "the capital" (the attacked side's), and another names places,
    none of them the capital: "23 injured in the capital ... a man was wounded in Bila Tserkva" are two places."""
    return not named_one and bool(named_other) and _IN_THE_CAPITAL_RE.search(one.text) is not None and \
        capital not in _most_specific(named_other or [])


def _most_specific(mentions: list[PlaceMention]) -> set[str]:
    """The names of the places a sentence names, less the regions of which it names a town."""
    names = {p.place.name for p in mentions}
    if len(names) == 1:
        return names
    towns_of = {p.place.region for p in mentions if p.place.kind == "city"}
    return {p.place.name for p in mentions if not (p.place.kind == "region" and p.place.name in towns_of)} or names


#: An item of a list that names its own place before a colon: "- Podilskyi district: three people were injured".
_LABELLED_ITEM_RE = compiled(rf"\s*{BULLET_CLASS}\s*[A-Z][\w'’\-]*(?:\s+(?:and\s+)?[A-Z]?[\w'’\-]+){{0,3}}\s*:")


def _apart_in_a_list(one: Sentence, other: Sentence, places: dict[int, list[PlaceMention]], text: str) -> bool:
    """Whether two sentences tell of different places by a list's labels: on two items that name their places
    ("- Holosiivskyi district: ... A man was killed", "- Solomianskyi district: one person was hospitalized"), or
    one on such an item and one naming a place ("In the Kyiv region, a man was injured")."""
    a, b = _label(one, text), _label(other, text)
    if a and b:
        return a != b
    if (a and other.index in places) or (b and one.index in places):
        # (but "- Lviv: 1 killed" and "In Lviv, ... one person was killed" tell of one place)
        return not ({p.place.name for p in places.get(one.index, ())} &
                    {p.place.name for p in places.get(other.index, ())})
    return False


def _label(s: Sentence, text: str) -> str:
    """The label of the list item a sentence is on ("- Podilskyi district:"), or ""."""
    if "\n" not in text:
        return ""
    m = _LABELLED_ITEM_RE.match(text, text.rfind("\n", 0, s.start) + 1)
    return m.group(0) if m else ""


def _evidence(c: _Candidate, fname: str) -> Evidence:
    mentions = c.mentions
    first = mentions[0]
    if len(mentions) == 1:  # most figures are one mention's: its span, without two generators
        return _new_evidence(c.sentence.text, first.start, first.end, f"{fname}.{first.rule or 'pattern'}")
    start = min(m.start for m in mentions)
    end = max(m.end for m in mentions)
    return _new_evidence(c.sentence.text, start, end, f"{fname}.{first.rule or 'pattern'}+sum")


def _new_evidence(sentence: str, start: int, end: int, rule: str) -> Evidence:
    """Evidence(sentence, start, end, rule), made faster: the frozen dataclass's __init__ sets each field through
    object.__setattr__, while its instance dict takes them all at once (four figures a report, on average)."""
    evidence = object.__new__(Evidence)
    evidence.__dict__.update(sentence=sentence, start=start, end=end, rule=rule)
    return evidence


#: Regions not named after their centres that readers still list beside a town of theirs ("downed over the Volyn,
#: Rivne and Zhytomyr regions ... In Lutsk, debris injured one"), as they do not Dnipropetrovsk beside Dnipro.
_KEPT_BESIDE_ITS_TOWNS = frozenset(("Volyn",))


#: Who tells what the words after it say, at a sentence's start: "The Air Force said (that) all of them were ...".
_SAID_THAT_RE = compiled(r"(?:The\s+|Ukraine['’]s\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s+"
                         r"(?:said|says|reported|added|confirmed)(?:\s+that)?\s+")


def _on_targets_side(attacker: str, place: Place) -> bool:
    """Whether a place lies in the country the attacker strikes: free Ukraine for Russia, Russia and the land it holds
    for Ukraine (or either, for a town whose namesake lies across the front)."""
    if not place.country:
        return True  # a village named as one, where the text tells no region of it
    if attacker == "russia":
        return place.country == "UA" or (place.country == "occupied" and place.namesake_across_front)
    return place.country != "UA" or place.namesake_across_front


#: Regions Russia holds part of, whose name its claims of Ukraine's drones give ("over the Zaporizhzhia region").
_PARTLY_HELD_REGIONS = frozenset(("Donetsk", "Zaporizhzhia", "Kherson"))
#: What follows a region's name told as a region: " region", " Oblast", "and Kherson regions".
_AS_REGION_RE = compiled(r"(?:(?:,|\s+and)\s+[A-Z][\w'’\-]+)*\s+(?:regions?|oblasts?|Regions?|Oblasts?)\b")


def _final_places(text: str, group: _Group, places: dict[int, list[PlaceMention]]) -> list[str]:
    """Places kept for an attack: the attacker's target country; a region drops out when a town of it is named."""
    out: list[tuple[str, Place]] = []
    # the places as the text told them: a village named as one (named_settlements) or a town moved to the region the
    # text says it lies in (_namesakes_rehomed) is not the gazetteer's
    told = {m.place.name: m.place for ms in places.values() for m in ms}
    for name in group.places:
        place = told.get(name) or place_by_name(name)
        if place is None:
            continue
        if _on_targets_side(group.attacker, place) or (
                group.attacker == "ukraine" and name in _PARTLY_HELD_REGIONS and place.kind == "region" and any(
                    m.place.name == name and _AS_REGION_RE.match(text, m.end)
                    for s in group.sentences for m in places.get(s.index, ()))):
            # (or, of Ukraine's attack, a region Russia holds part of, told as one: "over the Kherson region")
            out.append((name, place))
    regions_with_towns = {p.region for _, p in out if p.kind == "city"}
    # (and a region named only as an official's office, "the Dnipropetrovsk Regional Military Administration said",
    # beside a town of it: "Dnipro")
    # (and, of Ukraine's attack, a region Russia holds part of beside a town of it: "Henichesk", not "Kherson" too)
    return [n for n, p in out if not (p.kind == "region" and
                                      (not (p.region_named_after_city or n in _KEPT_BESIDE_ITS_TOWNS) or
                                       n in group.titled or (group.attacker == "ukraine" and p.country == "UA")) and
                                      p.region in regions_with_towns)]
