"""Which named places were hit: gazetteer matches filtered by context.

A place counts when its sentence speaks of an attack; datelines, "Kyiv said", launch areas
("launched from the Kursk region"), outlet names and alert-only sentences do not count.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import pairwise

from monitor.extract.fastre import any_of, ci, is_boundary
from monitor.extract.gazetteer import PlaceMention, find_places, named_settlements
from monitor.extract.recache import compiled
from monitor.extract.sentences import Sentence

#: Every word starts with a letter, so "(?<!\w)" is "\b" here; the engine tests it faster on a long scan.
_HIT_CTX_RE = ci(r"(?<!\w)(?:attack\w*|strikes?|striking|struck|hit|hits|target\w*|damag\w*|destroy\w*|killed|killing|"
    r"kills|injur\w*|wound\w*|dead|died|deaths?|casualt\w*|explosions?|blasts?|fires?|blaze|debris|fragments?|"
    r"wreckage|shot\s+down|downed|intercept\w*|brought\s+down|took\s+out|taken\s+out|neutrali[sz]\w*|shelling|shelled|shells?|concuss\w*|contusions?|"
    r"bomb\w*|drones?|missiles?|"
    r"UAVs?|unmanned|Shaheds?|power\s+(?:outages?|cuts?)|lost\s+(?:all\s+)?(?:external\s+)?power|blackouts?|"
    r"without\s+power|assault|barrage|raid|repelled|victims?|rubble|impact|explosive|energy\s+facilit\w+|affected|"
    r"blows\s+(?:fell|landed)|"  # ("the blows fell on Brovary and Boryspil")
    # a place whose turn it was, in a tale of places attacked one after another: "it was the turn of Mala Vyska"
    r"(?:it\s+was|came)\s+the\s+turn\s+of)\b")
_ALERT_RE = ci(r"\bair[- ]raid\s+(?:alerts?|sirens?|warnings?)|\bsirens?\b|\balerts?\b")
_EARLIER_EVENT_RE = ci(
    r"\b(?:earlier\s+strikes|previous\s+(?:strikes|attacks)|last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|"
    r"since\s+(?:[a-z\-]+\s+)?(?:19|20)\d\d|referencing|recalled)\b")  # ("since spring 2022")


def _may_tell_of_earlier_event(low: str) -> bool:
    """Whether a (lower-case) sentence holds what one of _EARLIER_EVENT_RE's alternatives needs (a year needs "19"
    or "20"): most do not, and the pattern would read each to its end."""
    return "previous" in low or "last" in low or "19" in low or "20" in low or "referencing" in low or \
        "recalled" in low or ("earlier" in low and "strikes" in low)
_METONYM_AFTER_RE = compiled(
    # (its long-range war, past a word or two: "one of Kyiv's deepest attacks", "Kyiv's long-range campaign")
    r"^(?:['’]s\s+(?:[\w\-]+\s+){1,2}?(?:strikes|attacks|campaign|drone\s+(?:strikes|attacks|campaign))\b|"
    r"['’]s\s+(?:forces|military|army|government|allies|partners|proposal|troops|drones|western|requests?|calls?|"
    r"appeals?|pleas?|demands?|"
    r"position|offer|defen[cs]e|response|strikes?|attacks?|retaliation|campaign|leadership|officials|"
    r"authorities|air\s+force|intelligence|envoy|delegation|mayor|military\s+administration|"
    # the state's, not the city's: "long-range drone strikes on Moscow's energy industry"
    r"economy|war\s+(?:machine|effort|chest)|(?:energy|oil)\s+(?:industry|sector|exports|revenues?|income))"
    r"|\s+(?:said|says|say|claimed|claims|retaliat\w*|would|will|wants|accused|accuses|denied|denies|proposed|"
    r"rejected|rejects|dismissed|dismisses|disputed|disputes|"
    r"hopes|argues|insists|reported|reports|had|(?:still\s+)?controls|controlled|did\s+not|does\s+not|didn['’]t|doesn['’]t|rarely|declined|"
    r"launched|struck|targeted|targeting|sent|fired|races|raced|is\s+racing|warned|warns|condemned|condemns|"
    r"urged|urges|demanded|demands|welcomed|welcomes|regime|government|calls|describes|considers|regards|"
    r"to\s+(?:spend|accept|agree|cede|negotiate|divert|withdraw|abandon|surrender|give\s+up|import|buy)|"
    r"authorities|Independent|Post|Times|and\s+its\s+(?:\w+\s+)?(?:allies|partners)|is\s+(?:ready|seeking|trying|willing|pushing|"
    r"asking|hoping)|was\s+(?:preparing|seeking|trying|hoping|pushing|ready)|"
    r"can|could|should|must|might|counts|responded|blamed|called|uses|used|announced|vowed|"
    # what the government does: "as Kyiv pressed on with its campaign", "Kyiv is expected to keep expanding", "as Kyiv
    # seeks to disrupt fuel supplies", "Kyiv sends swarm of 88 drones", "Kyiv marked the anniversary its own way"
    r"press(?:ed|es)|(?:is|was)\s+expected\s+to|widened|expanded|broadened|ramped\s+up|seeks|sends|marked|"
    # ("as Kyiv prepares for a long-expected counteroffensive"; "until Kyiv agrees to its terms"; a title's "as Kyiv
    # Targets Oil Pipeline Station")
    r"prepares|prepared|(?:is|was)\s+preparing|agrees|agreed|[Tt]argets|"
    # ("as Kyiv weighs a U.S. peace plan"; "Kyiv and Moscow have traded blame")
    r"weighs|weighed|weighing|studies|studied|and\s+(?:Moscow|Kyiv)\s+(?:have|had|has)\b|"
    # (and what it has made or paid for: "Kyiv has quietly built an arsenal", "Kyiv has budgeted about $540 million")
    r"has\s+(?:quietly\s+|also\s+)?(?:built|budgeted|developed|invested|allocated|ordered|bought)|"
    r"has\s+(?:increasingly|repeatedly|also|already|long|now)\s+(?:targeted|struck|hit|attacked|used|sought|sent)|"
    r"has\s+(?:not|been\s+(?:seeking|pushing|asking|using|launching|striking|urging|pressing|calling|lobbying|"
    r"demanding|warning)|targeted|launched|struck|"
    r"hit|accused|denied|asked|called|sought|stepped|used|carried|repeatedly|intensified|said|shown|insisted|widened|"
    r"expanded|broadened|increased|ramped|"
    r"penetrated|rejected|vowed|warned)|hit\s+(?:Russian|back)|[Ss]trikes\s+(?:Russian?|Russia['’]s|[Bb]ack)|Day)"
    r"|,\s+which\s+(?:denies|denied|has\s+denied|says|said|claims|insists)|-based"
    # ("Kyiv, for its part, says Russia attacked"; "Kyiv first accused Moscow of using North Korean missiles")
    r"|,\s+for\s+its\s+part|\s+(?:first|also|again|previously|earlier)\s+(?:accused|said|claimed|blamed|warned))\b",
)
_METONYM_BEFORE_RE = compiled(
    r"(?:between\s+|(?:accus|blam)(?:e|es|ed|ing)\s+|"
    r"\b(?:promis|pledg|provid)(?:e|es|ed|ing)\s+|\boffer(?:s|ed|ing)?\s+|\bsuppl(?:y|ies|ied|ying)\s+|"
    # (and give it: "in an effort to give Kyiv ... leverage", "to help Kyiv")
    r"\b(?:give|gives|gave|giving|help|helps|helped|helping)\s+|"
    # what others ask of the government: "U.S. officials have privately urged Kyiv to halt attacks"
    r"\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)|ask(?:s|ed|ing)|warn(?:s|ed|ing)|advis(?:e|es|ed|ing)|"
    r"encourag(?:e|es|ed|ing)|persuad(?:e|es|ed|ing))\s+|\bcall(?:s|ed|ing)?\s+on\s+|"
    r"Moscow\s+and\s+|Kyiv\s+and\s+|[Rr]eporting\s+from\s+|visit\s+to\s+|visiting\s+|trip\s+to\s+|"
    r"talks\s+(?:in|with)\s+|sharing\s+with\s+|(?:reporters|journalists|criticism|outrage|anger|alarm|staff|ministry|"
    r"officials|government|authorities|command|headquarters|sources)\s+in\s+|(?:heading|travell?ed|travell?ing|train|"
    r"flew|flying)\s+to\s+|(?:ambassador|envoy)\s+(?:in|to)\s+|contact\s+with\s+|relations\s+with\s+|ties\s+with\s+|pressure\s+on\s+|costs\s+on\s+|"
    r"blamed\s+on\s+|blames\s+on\s+|comment\s+from\s+|(?:rejected|denied|dismissed|disputed)\s+by\s+|"
    r"(?:guarantees|support|aid|assistance)\s+for\s+|(?:aid|assistance|weapons|deliveries|supplies)\s+to\s+|"
    # a route's end, not a place hit: "the line linking Kyiv with western Ukraine"
    r"\b(?:linking|connecting)\s+|"
    # its doing and what is asked of it: "'provocative attacks' by Kyiv", "major concessions from Kyiv"
    r"\b(?:attacks|provocations|aggression)[\"”]?\s+by\s+|\b(?:concessions|guarantees)\s+from\s+|"
    r"from\s+(?=Kyiv\b))$"
)
#: The word each of _METONYM_BEFORE_RE's alternatives ends in (before the white space that ends the text), and the
#: words one of which must end the word before it; but "between" and the verbs of blame ("accused Kyiv"), which stand
#: alone (_LONE_METONYM_CUES). (Its "from" before "Kyiv" never matches: the look-ahead for "Kyiv" stands where the
#: text ends.)
_METONYM_LAST = {"and": ("Moscow", "Kyiv"), "from": ("reporting", "Reporting", "comment", "concessions", "guarantees"),
                 "to": ("visit", "trip", "aid", "assistance", "weapons", "deliveries", "supplies", "ambassador",
                        "envoy", "heading", "travelled", "traveled", "travelling", "traveling", "train", "flew",
                        "flying"),
                 "for": ("guarantees", "support", "aid", "assistance"),
                 "in": ("talks", "ambassador", "envoy", "reporters", "journalists", "criticism", "outrage", "anger",
                        "alarm", "staff", "ministry", "officials", "government", "authorities", "command",
                        "headquarters", "sources"),
                 "with": ("talks", "contact", "relations", "ties", "sharing"),
                 "on": ("pressure", "blamed", "blames", "call", "calls", "called", "calling", "costs"),
                 "by": ("rejected", "denied", "dismissed", "disputed", "attacks", "provocations", "aggression",
                        'attacks"', "attacks”")}

#: The last words of _METONYM_BEFORE_RE's alternatives that stand alone.
_LONE_METONYM_CUES = ("between", "visiting", "accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed",
                      "blaming",
                      # what others give the government: "the NASAMS it has promised Kyiv", "pledged Kyiv more aid"
                      "promise", "promises", "promised", "promising", "pledge", "pledges", "pledged", "pledging",
                      "provide", "provides", "provided", "providing", "offer", "offers", "offered", "offering",
                      "supply", "supplies", "supplied", "supplying", "linking", "connecting",
                      "give", "gives", "gave", "giving", "help", "helps", "helped", "helping",
                      # what others ask of it: "urged Kyiv to halt attacks on energy facilities"
                      "urge", "urges", "urged", "urging", "presses", "pressed", "pressing", "ask", "asks", "asked",
                      "asking", "warn", "warns", "warned", "warning", "advise", "advises", "advised", "advising",
                      "encourage", "encourages", "encouraged", "encouraging", "persuade", "persuades", "persuaded",
                      "persuading")


#: The places whose names also stand for a government: "Moscow denies targeting civilians".
_METONYMS = frozenset(("Kyiv", "Moscow", "Kremlin"))


def is_metonym(name: str, before: str, after: str, lafter: str) -> bool:
    """Whether a place's name, between the text before and after it (lafter: after, lower-cased), stands for a
    government rather than the city ("Moscow said", "talks with Kyiv"), and not "the Moscow region"."""
    return name in _METONYMS and bool(_METONYM_AFTER_RE.match(after) or _ends_in_metonym_cue(before)) and \
        not _REGION_AFTER_RE.lowered.match(lafter)


def _ends_in_metonym_cue(before: str) -> bool:
    """Whether _METONYM_BEFORE_RE matches the text before a place: tried only where the text ends as one of its
    alternatives must, in white space after its last words ("talks with", "Moscow and"), as the pattern is tried
    at every position of the text to find where it ends."""
    if not before[-1:].isspace():
        return False
    words = before.rsplit(None, 2)
    if not words:
        return False
    ahead = _METONYM_LAST.get(words[-1], ())  # endswith(()) is False
    may = words[-1].endswith(_LONE_METONYM_CUES) or (len(words) >= 2 and words[-2].endswith(ahead))
    return may and _METONYM_BEFORE_RE.search(before) is not None


#: What after a place's name makes it part of an institution's or an event's ("the St. Petersburg exchange").
_INSTITUTION_AFTER_RE = compiled(r"\s+(?:international\s+)?(?:(?:stock|commodity|currency)\s+)?(?:exchange|"
                                 r"economic\s+forum|forum|summit|talks|accords?|agreements?|format|declaration)\b")
#: A place told as long under fire, no one attack's (lower case): "has been under near-daily bombardment for weeks".
_UNDER_FIRE_RE = compiled(r"\b(?:(?:has|have)\s+(?:been\s+(?:under\s+(?:near-?|almost\s+)?(?:daily|constant|nightly|"
                          r"regular|continuous|relentless|incessant)\s+(?:bombardment|attack|shelling|fire|strikes)|"
                          r"(?:repeatedly|regularly|frequently|routinely|constantly)\s+(?:attacked|shelled|struck|"
                          r"targeted|bombed)|"
                          # "has been shelled almost daily since its liberation in September 2022"
                          r"(?:attacked|shelled|struck|targeted|bombed|hit)\s+(?:almost\s+|nearly\s+|near-)?"
                          r"(?:daily|every\s+day|nightly|every\s+night|regularly|repeatedly|constantly)|"
                          # a ranking of the war's targets: "has been among the Russian regions hit hardest by
                          # cross-border attacks", "has been targeted more often than any other Russian region"
                          r"among\s+the\s+(?:[\w\-]+\s+){1,3}?(?:hit|targeted|attacked|struck|shelled)\s+"
                          r"(?:hardest|most)|"
                          r"(?:hit|targeted|attacked|struck|shelled)\s+more\s+often\s+than)|"
                          # what a weapon has done to many towns: "the bombs have devastated front-line towns in the
                          # Kharkiv, Sumy and Donetsk regions"
                          r"(?:devastated|ravaged|laid\s+waste\s+to)\s+(?:[\w\-]+\s+){0,2}?(?:towns|cities|villages|"
                          r"communities|settlements))|"
                          # "Settlements in the border districts ... regularly come under fire from the Ukrainian side"
                          r"(?:regularly|repeatedly|frequently|constantly|routinely|often)\s+(?:comes?|came)\s+under\s+"
                          r"(?:fire|attack|shelling))\b")
_STRICT = {"Moscow", "Kremlin", "Crimean bridge"}
#: What after a _STRICT place tells it was hit: "The Crimean bridge was attacked on Monday night".
_STRICT_HIT_AFTER_RE = ci(r"^\s+(?:(?:was|were|has\s+been|had\s+been|is)\s+)?"
                          r"(?:attacked|hit|struck|damaged|targeted)\b")
#: The words one of which _STRICT_BEFORE_RE needs last, before white space (or before "the" and white space).
_STRICT_WORDS = ("over", "on", "toward", "towards", "near", "outside", "around", "approaching", "above", "hit",
                 "struck", "targeting", "targeted", "at", "across")


def _ends_in_strict_cue(lbefore: str) -> bool:
    """Whether _STRICT_BEFORE_RE matches the (lower-case) text before a place: tried only where the text ends as it
    needs, in one of _STRICT_WORDS and white space, with "the" and white space after it or not."""
    if not lbefore[-1:].isspace():
        return False
    words = lbefore.rsplit(None, 2)
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and words[-1].endswith(_STRICT_WORDS) and _STRICT_BEFORE_RE.lowered.search(lbefore) is not None
_STRICT_BEFORE_RE = ci(
    r"\b(?:over|on|towards?|near|outside|around|approaching|above|hit|struck|attack(?:ed|s)?\s+on|targeting|"
    r"targeted|at|across)\s+(?:the\s+)?$")
_REGION_AFTER_RE = ci(r"^\s+(?:region|regions|oblast|oblasts|area|province|krai)\b")
_LIST_REGIONS_RE = compiled(r"^(?:\s*,\s*[A-Z][\w\-]+|\s+and\s+[A-Z][\w\-]+)+\s+(?:regions|oblasts|areas)\b")
#: A dateline's name alone on its line or before a colon: what follows it tells of Ukraine, in its first sentence.
_OPENS_ON_UKRAINE_RE = compiled(r"(?::[ \t]*|[ \t]*\n\s*)[A-Z][^.\n]{0,120}?\bUkraine\b")
_DATELINE_AFTER_RE = compiled(r"^(?:,\s*[A-Za-z ]{2,20})?\s*(?:\([^)]{1,40}\))?\s*[-–—|:]")


def is_dateline(before: str, written: str, after: str) -> bool:
    """Whether a place named at the start of its sentence is the dateline's ("KYIV, April 29 (Reuters) -", "Kyiv,
    Ukraine (CNN) -", "KYIV:"): where the report was filed, not a place it tells of (before, written, after: the
    sentence's text before the name, the name as written, and the text after it)."""
    if before and not before.isspace():
        return False
    if written.isupper():
        return True
    # (a name and a colon open an item of a list of places: "Kyiv: debris fell in two districts"; so does a name
    # and a dash before a clause in lower case: "Kurylivka - a drone hit a private house"; but a name alone on its
    # line or before a colon, where what follows tells of Ukraine as a whole, is where the report was filed: "Kyiv:
    # Russia overnight attacked Ukraine's southern Odesa region", "Kyiv\n\nRussia attacked Ukraine overnight")
    if after[:1] in (":", "\n") and _OPENS_ON_UKRAINE_RE.match(after):
        return True
    return (line := _DATELINE_AFTER_RE.match(after)) is not None and not line.group().endswith(":") and \
        not after[line.end():].lstrip()[:1].islower()
_LAUNCH_VERB_RE = ci(
    r"\b(?:launch\w*|fired|fire|firing|took\s+off|flying|flew|came|coming|sent|attacked|released|dropped|arriv\w*|"
    r"enter(?:ing|ed|s)?)\b"
    r"[^.;]{0,60}$")
#: A list's label of the places weapons were launched from, and the list up to a place: "Launch areas: Kursk, ".
_LAUNCH_LABEL_RE = ci(r"\blaunch\s+(?:areas?|sites?|points?|zones?|locations?|directions?)\s*[:\-–—][^.\n]{0,100}$")
_FROM_RE = ci(r"\bfrom\b")  # read by _last_from, not run
_ASIDE_AFTER_RE = ci(r"^,\s*(?:meanwhile|however)\b")
_STOP_RE = compiled(r"[.;]")
_TO_RE = compiled(r"\bto\b")
#: (or downed there: "launched from Russia's Bryansk region and were shot down over the Kyiv and Zhytomyr regions")
_HIT_VERB_RE = ci(r"\b(?:hit|struck|damag\w*|killed|injured|wounded|exploded|fell|crashed|shot\s+down|downed|"
                  r"destroyed|intercepted|neutrali[sz]ed)\b")
#: A place that names an official's office ("Dnipropetrovsk Oblast Governor Serhii Lysak", "the Kharkiv mayor", "the
#: Donetsk Regional Military Administration said"; not "the regional administration building").
_TITLE_AFTER_RE = ci(r"^(?:\s+(?:oblast|region(?:al)?|city|military|state|district))*\s+(?:(?:governor|mayor|"
                     r"(?:military\s+)?administration(?!\s+(?:building|headquarters|offices?|premises))|"
                     r"police\s+chief|authorities\s+(?:said|say|says|reported|report))\b|gov\.)")
#: Where people hurt had come from, not where they were hurt: "a couple travelling in a car from the Belgorod region".
_ORIGIN_BEFORE_RE = ci(r"\b(?:travell?ing|who\s+had\s+come|who\s+came|coming|evacuees?|natives?|originally)\s+"
                       r"(?:[\w\-]+\s+){0,4}?from\s+(?:the\s+)?$")
#: Where a train or ship was going, not where it was hit: "a train preparing to depart for Kyiv", "bound for Odesa".
_DESTINATION_BEFORE_RE = ci(r"\b(?:bound|depart(?:s|ed|ing)?|leav(?:e|es|ing)|left|sail(?:s|ed|ing)?)\s+for\s+"
                            r"(?:the\s+)?$|\b(?:en\s+route|trains?|bus(?:es)?|flights?|ferry|ferries)\s+to\s+"
                            r"(?:the\s+)?$|"
                            # where the hurt were flown for treatment: "was airlifted to Kyiv for treatment"
                            r"\b(?:airlifted|flown|medevaced|transferred)\s+to\s+(?:the\s+)?$")
#: A line named for where it goes: "trains on the Kyiv route", "the Kyiv passenger train" (but "the Kharkiv train
#: station" is in Kharkiv). A line named for both ends is one token, "Shostka-Kyiv", which names no place.
_LINE_AFTER_RE = compiled(r"^\s+(?:route|line)\b|^(?:\s+(?:passenger|intercity|express|night))?\s+trains?\b"
                          r"(?!\s+station)")
#: A street or road named after a place, which is no place hit: "a building on Karl Marx Street", "Moscow Avenue",
#: "debris fell on the Kashirskoye highway".
_STREET_AFTER_RE = ci(r"^\s+(?:street|avenue|boulevard|square|prospekt|lane|highway)\b")
#: Where people hurt were taken to be treated, not where they were hurt: "taken to hospital in Sumy, 40 km away",
#: "is in hospital in Kharkiv".
#: The verbs of the injured taken to hospital, or treated there.
_TAKEN = r"taken|rushed|brought|evacuated|transported|airlifted|admitted|moved|transferred|sent|hospitali[sz]ed|treated"
_HOSPITAL_BEFORE_RE = ci(rf"\b(?:{_TAKEN}|is|are|was|were|remains?|remained|recovering)\s+(?:to|in|at)\s+"
                         r"(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
                         r"(?:hospitals?|clinics?)\s+in\s+(?:the\s+)?(?:city\s+of\s+)?"
                         r"(?:[\w'’\-]+(?:\s+region)?(?:,\s*|\s+and\s+))*$")
#: A hospital a place names, after it: "the Zhytomyr regional hospital"; and where the injured were taken, before it.
_HOSPITAL_AFTER_RE = ci(r"(?:['’]s)?\s+(?:(?:regional|city|district|oblast|central|children['’]s|military|clinical|"
                        r"emergency|burns?|trauma)\s+)*(?:hospitals?|clinics?)\b")
#: (or kept there: "being treated in the Sumy regional hospital", "in serious condition in the Trostianets hospital")
_TAKEN_TO_BEFORE_RE = ci(rf"\b(?:{_TAKEN}|condition|recovering|remains?|remained)\s+(?:to|in|at)\s+"
                         r"(?:a\s+|the\s+)?$")
#: A place to be kept safe, not one hit: "the only way to protect cities such as Kharkiv", "to defend Kyiv".
_PROTECTED_BEFORE_RE = ci(r"\b(?:protect|defend|shield)(?:s|ed|ing)?\s+(?:(?:cities|towns|regions|places)\s+"
                          r"(?:such\s+as|like|including)\s+)?(?:the\s+)?(?:city\s+of\s+)?$")
#: A front-line direction ("assaults in the Kupiansk and Lyman directions"): never where an attack struck.
_DIRECTION_AFTER_RE = ci(r"^(?:\s+and\s+[A-Z][\w\-]+)?\s+(?:directions?|axis|axes|sectors?)\b")
#: The areas of the front a day's ground attacks were in (lower case, the text before a place, and after it): "carried
#: out 43 attacks in the Bakhmut, Avdiivka and Marinka areas".
_FRONT_AREAS_BEFORE_RE = compiled(r"\b\d+\s+(?:attacks|assaults|combat\s+engagements|clashes)\s+in\s+the\s+"
                                  r"(?:[a-z\-]+(?:,\s+|,?\s+and\s+)){0,6}$")
_AREAS_AFTER_RE = compiled(r"^(?:(?:,\s+|,?\s+and\s+)[a-z\-]+)*\s+areas?\b")
#: What a place has that tells nothing of a strike on it, right before it (lower case): the grid's planned cuts
#: ("rolling blackouts in", "emergency outages in the"; but "power outages were reported in Lviv after strikes on
#: substations" tells of the strikes), its weather and its curfew.
_NO_HIT_IN_RE = compiled(r"\b(?:(?:rolling|scheduled|planned|emergency|hourly|stabili[sz]ation)\s+(?:power\s+)?"
                         r"(?:blackouts|outages|cuts|shutdowns)|outage\s+schedules|temperatures|weather|curfew)\s+"
                         r"(?:[a-z\-]+\s+){0,2}?in\s+(?:the\s+)?$")
#: The towns whose airports a sentence names, before one of them (lower case): "airports in kazan and ".
_AIRPORTS_OF_RE = compiled(r"\bairports?\s+(?:of|in)\s+(?:[a-z\-’']+(?:,\s+|\s+and\s+))*$")
#: Where troops fight on the ground, not what the air war hit (lower case, the text before a place): "repelled Russian
#: attempts to advance toward Bakhmut", "as Russian forces hold positions 30 km away in the Kherson region".
#: Words one of which _GROUND_FRONT_BEFORE_RE needs, looked for before it is read.
_GROUND_FRONT_KEYS = any_of("advanc", "push", "offensive", "positions", "repel", "fighting", "clashes", "battle",
                            "ground attacks", "assaults", "combat engagements")
_GROUND_FRONT_BEFORE_RE = compiled(
    r"\b(?:attempts?\s+to\s+advance|advanc(?:e|es|ed|ing)|push(?:es|ed|ing)?|offensive|fighting|clashes|battles?|"
    r"ground\s+attacks|assaults|combat\s+engagements|"
    r"repel(?:led|s|ling)?\s+(?:[\w\-]+\s+){0,2}?(?:attacks|assaults|attempts)|(?:hold|holds|held|holding)"
    r"\s+(?:their\s+|its\s+)?positions)\s+(?:[\w\-,]+\s+){0,10}?(?:toward|towards|on|near|around|in|outside)\s+"
    r"(?:the\s+)?(?:(?:neighbou?ring|nearby|occupied|eastern|southern|northern|western)\s+)?(?:(?:town|city|village)\s+of\s+)?"
    r"(?:[a-z\-]+(?:,\s+|,?\s+and\s+)){0,6}$")  # (and the places listed after it: "near bakhmut, avdiivka and ")
#: A sentence of the ground war (lower case): troops, the front and its fighting ("continued to attack Pokrovsk from
#: the south and is trying to encircle Toretsk", "soldiers defending the town of Velyka Novosilka"). Without a word of
#: the air war (_AIR_WAR_RE) beside them, the towns it names are the front's, not an air attack's. (A whole sentence's
#: test, where _GROUND_FRONT_BEFORE_RE reads the words right before one place; and _AIR_WAR_RE is not _HIT_CTX_RE,
#: whose "attacks" and "assault" the ground war shares.)
_GROUND_WAR_KEYS = any_of("troops", "soldiers", "infantry", "front", "encircl", "advanc", "offensive",
                          "counterattack", "assault", "positions", "supply road", "captur", "seiz", "bridgehead",
                          "foothold", "incursion", "defending", "direction", "fighting", "clashes", "battle",
                          "general staff")
_GROUND_WAR_RE = compiled(r"\b(?:troops|soldiers|infantry|front(?:[-\s]line|line)?|encircl\w*|advanc\w*|offensive|"
                          r"counter-?(?:attacks?|offensive)|assaults?|positions|supply\s+road|captur\w*|seiz\w*|"
                          r"bridgehead|foothold|incursion|defending|directions?|fighting|clashes|"
                          r"battles?|general\s+staff)\b")
_AIR_WAR_RE = compiled(r"\b(?:drones?|uavs?|shaheds?|gerans?|missiles?|rockets?|bomb\w*|kabs?|shell\w*|"
                       r"artillery|mortars?|strikes?|struck|hit|hits|target\w*|explosions?|blasts?|debris|fragments?|"
                       r"fires?|burn\w*|kill\w*|injur\w*|wound\w*|dead|died|deaths?|casualt\w*|damag\w*|destroy\w*|"
                       r"shot\s+down|downed|intercept\w*|air|aerial|airstrikes?|overnight|night|power|energy|"
                       r"blackouts?|victims?|rubble|raids?|barrage|wreckage)\b")


def _of_ground_war(low: str) -> bool:
    """Whether a (lower-case) sentence tells of the ground war and of nothing the air war does."""
    return _GROUND_WAR_KEYS(low) and _GROUND_WAR_RE.search(low) is not None and _AIR_WAR_RE.search(low) is None


#: A neighbour named only as what a region borders, right before its name (lower case): "Belgorod, which borders
#: Ukraine's Kharkiv region", "the region bordering the".
_BORDERS_BEFORE_RE = compiled(r"\b(?:borders|bordering|borders\s+on|on\s+the\s+border\s+with)\s+(?:ukraine['’]s\s+|"
                              r"russia['’]s\s+)?(?:the\s+)?(?:[\w\-’']+(?:\s+regions?)?(?:,\s+|,?\s+and\s+))*$")
_TITLE_BEFORE_RE = ci(r"\b(?:governor|mayor|head)\s+of\s+(?:the\s+)?$")
#: Where a court or prosecutor sits, not where an attack hit: "A court in Kharkiv has sentenced", "the district court
#: of Kharkiv".
_COURT_BEFORE_RE = ci(r"\b(?:court|tribunal|prosecutor['’]s\s+office)\s+(?:in|of)\s+(?:the\s+)?(?:city\s+of\s+)?$")
#: Where a meeting was held, not where an attack hit: "his third meeting with Putin, held in St. Petersburg", "a summit
#: in Istanbul".
_VENUE_BEFORE_RE = ci(r"\b(?:held|summit|meeting|talks|forum|conference)\s+in\s+(?:the\s+)?(?:city\s+of\s+)?"
                      r"(?:st\.?\s+|saint\s+)?$")
#: Where weapons in flight head, or what they fly over on the way, in a warning of no count: "groups of drones
#: heading towards Chernihiv and Kyiv regions", "cruise missiles over Zhytomyr region are heading for Kyiv", "drones
#: over Sumy region, heading south-west".
_ROUTE_BEFORE_RE = ci(r"\b(?:head(?:ing|ed|s)?|moving|flying|flew|en\s+route)\s+(?:towards?|for|to|in\s+the\s+"
                      r"direction\s+of)\s+(?:the\s+)?(?:(?:temporarily\s+)?occupied\s+territor(?:y|ies)\s+of\s+)?"
                      r"(?:[\w\-]+(?:\s+(?:region|oblast))?(?:,\s*|\s+and\s+))*$")
_ROUTE_AFTER_RE = ci(r"^(?:\s+(?:region|oblast))?(?:\s+(?:are|were|is|was)|,)\s+(?:heading|moving|flying)\b")
#: A landmark the place faces, named in the clause up to the place: "Nikopol, which lies across the reservoir from
#: the Russian-occupied Zaporizhzhia nuclear power plant", "the hromadas, which face the occupied town of Enerhodar".
_LANDMARK_BEFORE_RE = ci(r"\b(?:opposite|fac(?:e|es|ing)|across\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?from)\s+[^,;()]*$")
#: A place the text says was spared: "Kyiv was not hit", "Lviv city itself was not targeted", "Reni, which was not
#: affected".
_NOT_HIT_AFTER_RE = ci(r"^(?:\s+(?:city|town|village))?(?:\s+itself)?(?:\s*,\s*which)?\s+(?:"
                       r"(?:was|were|has|had|have)\s+(?:not|never)\s+(?:been\s+)?(?:hit|struck|targeted|attacked|"
                       r"damaged|affected)|(?:was|were)\s+spared)\b")
#: Where someone's family lives, named only as that: "Marko, whose parents live near Sumy, says the explosions could
#: be heard".
_HOME_BEFORE_RE = ci(r"\b(?:parents|family|relatives|grandparents|grandmother|grandfather|mother|father|sister|brother|"
                     r"in-laws|cousins?|aunt|uncle)\s+(?:still\s+)?(?:live|lives|living|stay|stays|staying)\s+"
                     r"(?:in|near|outside|just\s+outside)\s+(?:the\s+)?$")
#: A clause after a place that says the place named before it was spared: "but the town itself was not hit".
_ITSELF_SPARED_RE = ci(r"\b(?:but|yet|though|although|while)\s+the\s+(?:city|town|village)\s+itself\s+"
                       r"(?:was|were|has|had)\s+(?:not|never)\s+(?:been\s+)?(?:hit|struck|targeted|attacked|damaged)\b")
#: A place another is measured from, not one hit: "Uman, some 200 km (125 miles) south of Kyiv".
#: A compass point told from the place after it ("south-west of"), and what may stand before that place's name.
_COMPASS_OF = r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
_PLACE_AFTER = r"\s+(?:the\s+)?(?:city\s+of\s+)?$"
_DISTANCE_BEFORE_RE = ci(rf"\d\s*(?:km|kilomet(?:er|re)s|miles)(?:\s*\([^)]{{0,20}}\))?\s+(?:{_COMPASS_OF}|"
                         rf"(?:away\s+)?from){_PLACE_AFTER}")
#: Where a place named just before is, told from another: "the town of Ukrainka south of Kyiv", "Chornobaivka, just
#: outside Kherson" (the place after it is a bearing, not one hit).
_BEARING_BEFORE_RE = ci(rf"(?:\s+(?:hromada|community|district|village|town|city|raion))?,?\s+"
                        rf"(?:just\s+|some\s+way\s+|not\s+far\s+)?(?:{_COMPASS_OF}|outside(?:\s+of)?)"
                        rf"{_PLACE_AFTER}")
#: The cities regions are centred on, where the region's name is not theirs (the others' one entry names both).
_CAPITALS = {"Dnipropetrovsk": "Dnipro", "Kirovohrad": "Kropyvnytskyi", "Volyn": "Lutsk", "Zakarpattia": "Uzhhorod",
             "Crimea": "Simferopol", "Tatarstan": "Kazan", "Bashkortostan": "Ufa", "Chuvashia": "Cheboksary",
             "Udmurtia": "Izhevsk", "Mordovia": "Saransk", "Kalmykia": "Elista"}


#: A question just before a sentence that makes it tell of what was hit: "- What was hit? - Port infrastructure in
#: Pivdennyi and Chornomorsk".
_ASKED_WHAT_WAS_HIT_RE = compiled(r"\b(?:what|where|which)\b[^?\n]{0,40}?\b(?:hit|struck|damaged|targeted)\?"
                                  r"[\s\-–—•*]*$")
#: _HIT_CTX_RE with "\W" in place of its leading "(?<!\w)": read over " " + a text, it matches where _HIT_CTX_RE matches
#: the text, and the regex engine skips in C to the characters that may stand there (about one in five), where a
#: search for _HIT_CTX_RE tests the look-behind at every position.
_HIT_CTX_AFTER_GAP_RE = compiled(_HIT_CTX_RE.lowered.pattern.replace(r"(?<!\w)", r"\W", 1))
#: Words most attack sentences hold, each the start of one of _HIT_CTX_RE's alternatives.
_HIT_CTX_LIKELY = ("drone", "missile", "attack", "strike")


def is_street(low: str, end: int) -> bool:
    """Whether a place's name ending at `end` of a (lower-case) text names a street ("Moscow Avenue"), not a place."""
    return _STREET_AFTER_RE.lowered.match(low[end:end + 16]) is not None  # (its "^" is the slice's start)


def is_neighbour(low: str, at: int) -> bool:
    """Whether the place named at `at` of a (lower-case) sentence is only what a region borders."""
    return _BORDERS_BEFORE_RE.search(low, max(0, at - 60), at) is not None


def hit_context(low: str) -> bool:
    """Whether a (lower-case) sentence speaks of an attack or its effects (air-raid alerts alone do not count)."""
    if "alert" in low or "siren" in low or "raid" in low:
        low = _ALERT_RE.lowered.sub(" ", low)
    # a match anywhere will do: first try the pattern where a likely word first occurs, which costs much less
    # than a search (that tests every position up to its first match)
    for word in _HIT_CTX_LIKELY:
        at = low.find(word)
        if at >= 0 and _HIT_CTX_RE.lowered.match(low, at):
            return True
    return _HIT_CTX_AFTER_GAP_RE.search(" " + low) is not None


def sentence_places(text: str, sentences: list[Sentence]) -> dict[int, list[PlaceMention]]:
    """Gazetteer matches of every sentence that names a place, by sentence index (one scan of the text)."""
    found = find_places(text, [(s.start, s.end) for s in sentences])
    if named := named_settlements(text):
        _add_named_settlements(sentences, found, named)
    out = {s.index: places for s, places in zip(sentences, found, strict=True) if places}
    if "-" in text:
        _without_short_names_of_longer(text, out)
    if " in " in text:
        _namesakes_rehomed(text, out)
    _without_villages_districts(text, out)
    return out


#: What joins a town to the district or region it lies in: "Stepne in the Zaporizhzhia district", "Tavriiske, in the
#: Zaporizhzhia region".
_LIES_IN_GAP_RE = compiled(r",? in (?:the )?")
#: A district's or a region's word after its name: "... district", "... Oblast", "... Region".
_AREA_WORD_RE = ci(r"[’']?s? (?:district|raion|region|oblast|hromada|community|municipal district)\b")


def _namesakes_rehomed(text: str, places: dict[int, list[PlaceMention]]) -> None:
    """Move each town told as lying in another region than the gazetteer's town of its name ("the village of
    Novooleksandrivka in the Zaporizhzhia district": not the occupied one in the Luhansk region) to that region and its
    country, in place: villages of one name lie in many regions, and the gazetteer holds one of them."""
    for ms in places.values():
        for i, (town, area) in enumerate(pairwise(ms)):
            if town.place.kind == "city" and area.place.region and area.place.region != town.place.region and \
                    _LIES_IN_GAP_RE.fullmatch(text, town.end, area.start) and _AREA_WORD_RE.match(text, area.end):
                moved = replace(town.place, country=area.place.country, region=area.place.region,
                                region_named_after_city=False, namesake_across_front=False)
                ms[i] = PlaceMention(moved, town.start, town.end)


#: What joins a village to the district or hromada it lies in: "Boromlia, Trostianets hromada", "Kozinka, in the
#: Graivoron district", "Spodaryushino, villages in the Grayvoron district"; and one such area to the next:
#: "Trostianets hromada, Okhtyrka district".
_ADDRESS_GAP_RE = compiled(r",? in (?:the )?|, |"
                           r", (?:an? |two )?(?:[a-z\-]+ ){0,2}(?:village|settlement)s? (?:in|of) (?:the )?")
#: A district's or a hromada's word after its name (not a region's, which readers keep as a place hit).
_DISTRICT_WORD_RE = ci(r" (?:district|raion|hromada|community|municipal district|territorial community)\b")


def _without_villages_districts(text: str, places: dict[int, list[PlaceMention]]) -> None:
    """Drop the districts and hromadas named after a village as its address ("the village of Boromlia, Trostianets
    hromada, Okhtyrka district"), in place: the village was hit, not the towns its district is named after. A
    district named after its region's centre ("Dolynske, Zaporizhzhia district") names the region, and stays."""
    for index, ms in list(places.items()):
        kept = ms[:1]
        for town, area in pairwise(ms):
            if town.place.kind != "region" and area.place.name != area.place.region and \
                    _DISTRICT_WORD_RE.match(text, area.end) and \
                    _ADDRESS_GAP_RE.fullmatch(text, _address_end(text, town.end), area.start):
                continue
            kept.append(area)
        if len(kept) < len(ms):
            places[index] = kept


def _address_end(text: str, end: int) -> int:
    """Where a place's name ends with the district word that may follow it ("Trostianets hromada")."""
    word = _DISTRICT_WORD_RE.match(text, end)
    return word.end() if word else end


def _add_named_settlements(sentences: list[Sentence], found: list[list[PlaceMention]],
                           named: list[PlaceMention]) -> None:
    """Add each village named as one (named_settlements) to its sentence's places, in order, where no gazetteer
    place overlaps it, in place."""
    starts = [s.start for s in sentences]
    for mention in named:
        at = bisect_right(starts, mention.start) - 1
        if at >= 0 and mention.end <= sentences[at].end and not any(
                m.start < mention.end and mention.start < m.end for m in found[at]):
            found[at].append(mention)
            found[at].sort(key=lambda m: m.start)


def _without_short_names_of_longer(text: str, places: dict[int, list[PlaceMention]]) -> None:
    """Drop the mentions written as the first word of a longer name the text gives a place of another country: "the
    Slavyansk attack" in a report of Slavyansk-na-Kubani is that town's, not Sloviansk's in Ukraine."""
    longer = {text[m.start:m.end].lower(): m.place for ms in places.values() for m in ms if "-" in text[m.start:m.end]}
    if not longer:
        return
    heads = {name.split("-", 1)[0]: place for name, place in longer.items()}
    for index, ms in list(places.items()):
        kept = [m for m in ms if (head := heads.get(text[m.start:m.end].lower())) is None or
                head.country == m.place.country]  # (but "Rostov" beside "Rostov-on-Don" is the region)
        if len(kept) < len(ms):
            if kept:
                places[index] = kept
            else:
                del places[index]


def places_hit(text: str, low: str, start: int, end: int, mentions: list[PlaceMention],
               has_figures: bool, titled: set[str] | None = None) -> list[str]:
    """Canonical names of the places in one sentence that were hit, in order (low: the text lower-cased).

    titled: where given, gets those of the names the sentence tells of only as a region's office ("..., the
    Dnipropetrovsk Regional Military Administration said"), which a town of the region told of elsewhere makes a title.
    """
    s = text[start:end]
    slow = low[start:end]
    if not hit_context(slow) and not (start and "?" in low[max(0, start - 8):start] and
                                      _ASKED_WHAT_WAS_HIT_RE.search(low, max(0, start - 80), start)):
        return []
    if not has_figures and _may_tell_of_earlier_event(slow) and _EARLIER_EVENT_RE.lowered.search(slow):
        return []
    if not has_figures and (" been " in slow or " under " in slow or " devastated " in slow or " ravaged " in slow or
                            " waste " in slow) \
            and _UNDER_FIRE_RE.search(slow):
        return []  # "Kharkiv ... has been under near-daily bombardment for weeks": what a place has long lived with
    if not has_figures and _of_ground_war(slow):
        return []
    out: list[str] = []
    titles: list[str] = []  # the places of officials' offices
    regional: set[str] = set()  # those of them that are regions' offices
    governed: set[str] = set()  # those of them whose office is a governor's (Sevastopol's, a city's, among them)
    origins: set[str] = set()  # the places people hurt had come from
    not_hit: set[str] = set()  # the places the sentence says were not hit
    launch_word = may_name_launch_area(slow)  # _is_launch_area needs a word in the sentence
    airport = "airport" in slow and ("flights" in slow or "restrictions" in slow)
    # the words the tests below look for before or after a place, looked for once in the whole sentence: most
    # sentences hold none of them, and then no place of theirs needs the tests
    not_words = " not " in slow or " never " in slow or " spared" in slow
    home_words = " liv" in slow or " stay" in slow
    itself = " itself " in slow
    border_words = "border" in slow
    route_words = "over " in slow or "head" in slow or "moving" in slow or "fl" in slow or "route" in slow
    landmark_words = "opposite" in slow or "fac" in slow or "across" in slow
    protect_words = "protect" in slow or "defend" in slow or "shield" in slow
    hospital_words = "hospital" in slow or "clinic" in slow
    court_words = "court" in slow or "prosecutor" in slow
    venue_words = "held in" in slow or "summit in" in slow or "meeting in" in slow or "talks in" in slow or \
        "forum in" in slow or "conference in" in slow
    line_words = "train" in slow or "route" in slow or "line" in slow
    distance_words = "km" in slow or "kilomet" in slow or "miles" in slow  # (one of which _DISTANCE_BEFORE_RE needs)
    for pm in mentions:
        a, b = pm.start - start, pm.end - start
        before, after = s[:a], s[b:]
        lbefore, lafter = slow[:a], slow[b:]
        name = pm.place.name
        if (not a or before.isspace()) and is_dateline(before, s[a:b], after):  # (it needs nothing else before)
            continue
        if name in _METONYMS and is_metonym(name, before, after, lafter):
            continue
        if name in _STRICT and not (_ends_in_strict_cue(lbefore) or _REGION_AFTER_RE.lowered.match(lafter)
                                    or _LIST_REGIONS_RE.match(after) or _STRICT_HIT_AFTER_RE.lowered.match(lafter)):
            continue
        if after.startswith(",") and _ASIDE_AFTER_RE.lowered.match(lafter):
            continue
        if _DIRECTION_AFTER_RE.lowered.match(lafter):
            continue
        if border_words and "border" in lbefore[-60:] and is_neighbour(lbefore, a):
            continue
        if " area" in lafter[:80] and _AREAS_AFTER_RE.match(lafter) and \
                _FRONT_AREAS_BEFORE_RE.search(lbefore, max(0, a - 120)):
            continue
        if not has_figures and _GROUND_FRONT_KEYS(lbefore) and _GROUND_FRONT_BEFORE_RE.search(lbefore, max(0, a - 120)):
            continue
        if lafter[:1] == " " and _INSTITUTION_AFTER_RE.match(lafter):
            continue  # "wholesale prices on the St. Petersburg exchange", "the Istanbul talks": a name, no place hit
        if not_words and (" not " in lafter[:40] or " never " in lafter[:40] or " spared" in lafter[:30]) and \
                _NOT_HIT_AFTER_RE.lowered.match(lafter):  # (most places have none of those words after them)
            not_hit.add(name)  # (and so is the place where named before in the sentence: "our warehouse in Brovary
            continue          # stays shut ..., although Brovary itself was not hit")
        if home_words and (" liv" in lbefore or " stay" in lbefore) and \
                _HOME_BEFORE_RE.lowered.search(lbefore, max(0, a - 60)):
            continue
        if itself and " itself " in lafter and (spared := _ITSELF_SPARED_RE.lowered.search(lafter)) and \
                not any(b <= other.start - start < b + spared.start() for other in mentions):
            continue  # "In Varash, where the alert lasted six hours, but the town itself was not hit"
        if distance_words and lbefore.endswith(("of ", "from ", "the ")) and \
                _DISTANCE_BEFORE_RE.lowered.search(lbefore):
            continue
        if lbefore.endswith(("of ", "outside ", "the ")) and _bearing_from(lbefore, mentions, pm, start):
            continue
        if not has_figures and route_words and on_the_route(lbefore, lafter):
            continue  # (but "two drones flying towards Moscow were shot down" tells where they fell)
        if landmark_words and ("opposite" in lbefore or "fac" in lbefore or "across" in lbefore) and \
                _LANDMARK_BEFORE_RE.lowered.search(lbefore, max(0, a - 120)):
            continue
        if protect_words and ("protect" in lbefore or "defend" in lbefore or "shield" in lbefore) and \
                _PROTECTED_BEFORE_RE.lowered.search(lbefore):
            continue
        if lbefore[-1:].isspace() and lbefore.rstrip().endswith(("for", "to", "the")) and \
                _DESTINATION_BEFORE_RE.lowered.search(lbefore, _last_words_at(lbefore, 4)):
            # (the pattern ends in one of those and white space, and holds at most four words: "en route to the")
            continue
        if hospital_words and ("hospital" in lbefore or "clinic" in lbefore) and \
                _HOSPITAL_BEFORE_RE.lowered.search(lbefore, max(0, a - 120)):
            continue
        if venue_words and _VENUE_BEFORE_RE.lowered.search(lbefore, max(0, a - 40)):
            continue
        if court_words and ("court" in lbefore or "prosecutor" in lbefore) and _COURT_BEFORE_RE.lowered.search(lbefore):
            continue
        if hospital_words and ("hospital" in lafter[:40] or "clinic" in lafter[:40]) and \
                _HOSPITAL_AFTER_RE.lowered.match(lafter) and \
                _TAKEN_TO_BEFORE_RE.lowered.search(lbefore, max(0, a - 60)):
            continue  # "taken to the Zhytomyr regional hospital"
        if line_words and ("train" in lafter[:24] or "route" in lafter[:7] or "line" in lafter[:6]) and \
                _LINE_AFTER_RE.match(after):
            continue
        if is_street(lafter, 0):
            continue
        if (title := _TITLE_AFTER_RE.lowered.match(lafter)) or (lbefore.endswith(("of ", "of the ")) and
                                                              (title := _TITLE_BEFORE_RE.lowered.search(
                                                                  lbefore, _last_words_at(lbefore, 3)))):
            titles.append(name)
            if "governor" in title.group() or lafter.startswith((" administration", " city administration")):
                governed.add(name)  # ("the head of the Sevastopol administration", a governor by another name)
            if "mayor" not in title.group() and "city" not in title.group():
                regional.add(name)
            continue
        if launch_word and _is_launch_area(before, lbefore):
            continue
        if launch_word and "from" in lbefore and _ORIGIN_BEFORE_RE.lowered.search(lbefore):
            origins.add(name)  # nor is the region of its governor who tells of them
            continue
        if lbefore.endswith(("in ", "in the ")) and _NO_HIT_IN_RE.search(lbefore, max(0, a - 50)):
            continue  # "rolling blackouts in Kyiv and eight other regions", "Temperatures in Kyiv were forecast"
        if airport and (_AIRPORTS_OF_RE.search(lbefore, max(0, a - 60)) or
                        lafter.startswith((" airport", "'s airport", "’s airport"))):
            continue  # "the airports of Kazan and Nizhnekamsk suspended flights"
        if name not in out:
            out.append(name)
    if not_hit:
        out = [name for name in out if name not in not_hit]
    # "The governor of the Poltava region said an energy facility was damaged" tells of the office's region; beside
    # a place that was hit ("drones hit Dnipro, Dnipropetrovsk Oblast Governor Serhii Lysak said") it is only a title
    if out and titles:
        # "two energy facilities in the Stryi district had been struck, Lviv regional governor Maksym Kozytskyi
        # said": the governor tells of a place of the region, and so of the region (but of Dnipro's, only of Dnipro)
        # (a town's office names no region: "the head of the Kakhovka municipal district" beside Nova Kakhovka; but
        # Sevastopol has a governor of its own)
        region_of = {pm.place.name: pm.place.region for pm in mentions}
        out.extend(dict.fromkeys(t for t in titles if t not in out and _CAPITALS.get(t) not in out and
                                 (region_of[t] == t or t in governed) and
                                 all(region_of[o] == region_of[t] for o in out)))
        return out
    if out:
        return out
    if titled is not None:
        titled.update(regional - origins)
    return list(dict.fromkeys(t for t in titles if t not in origins))


def _last_words_at(text: str, n: int) -> int:
    """Where the text's last n words (runs of what is not white space) start, or 0 where it has no more: a match of
    a pattern of at most n words that ends where the text ends starts no earlier, and a search from there finds the
    same (a search from the start would try the pattern at every position of the text)."""
    parts = text.rsplit(None, n)
    return len(parts[0]) if len(parts) > n else 0


def _bearing_from(lbefore: str, mentions: list[PlaceMention], pm: PlaceMention, start: int) -> bool:
    """Whether a place is where another named just before it lies from (lbefore: the sentence before it, lower-case):
    "Ukrainka south of Kyiv"."""
    for other in mentions:
        if other is pm:
            return False
        if other.end - start <= len(lbefore) and _BEARING_BEFORE_RE.lowered.match(lbefore, other.end - start):
            return True
    return False


def on_the_route(lbefore: str, lafter: str) -> bool:
    """Whether a place, between the (lower-case) text before and after it, is where weapons in flight head or what
    they fly over on the way."""
    if lbefore.endswith(("over ", "over the ")) and _ROUTE_AFTER_RE.lowered.match(lafter):
        return True
    return ("head" in lbefore or "moving" in lbefore or "fl" in lbefore or "route" in lbefore) and \
        _ROUTE_BEFORE_RE.lowered.search(lbefore, max(0, len(lbefore) - 80)) is not None


def may_name_launch_area(low: str) -> bool:
    """Whether a (lower-case) sentence holds what _is_launch_area needs before a place: "from" or "launch"."""
    return "from" in low or "launch" in low


def _is_launch_area(before: str, low: str) -> bool:
    """Whether the text before a place (low: lower-cased) ends in '... launched from (the) ...' without a hit in
    between, or in a list's label of them: "Drone launch areas: Kursk, Oryol, "."""
    if (at := low.find("launch")) >= 0 and _LAUNCH_LABEL_RE.lowered.search(low, at):
        return True  # (every match starts with "launch": the search need not try the text before the first)
    at = _last_from(low)
    if at < 0:
        return False
    gap = before[at + 4:]
    if len(gap) > 130 or _STOP_RE.search(gap) or _HIT_VERB_RE.lowered.search(low[at + 4:]) or _TO_RE.search(gap):
        return False
    if _LAUNCH_VERB_RE.lowered.search(low[:at]):
        return True
    # (or the second of two: "launched from the areas of Kursk and Millerovo in Russia and from Hvardiiske in Crimea")
    return low[:at].endswith((" and ", ", ")) and (first := _last_from(low[:at])) >= 0 and \
        not _STOP_RE.search(low, first, at) and not _HIT_VERB_RE.lowered.search(low, first, at) and \
        bool(_LAUNCH_VERB_RE.lowered.search(low[:first]))


def _last_from(low: str) -> int:
    """Where the last whole word "from" (_FROM_RE's last match) starts in a (lower-case) text, or -1.

    "from" cannot overlap itself, so _FROM_RE's matches are the occurrences of it between word boundaries, and the
    last of them is found from the end (the pattern would read the whole text)."""
    at = low.rfind("from")
    while at >= 0:
        if is_boundary(low, at) and is_boundary(low, at + 4):  # ("from" is all word characters)
            return at
        at = low.rfind("from", 0, at)
    return -1

