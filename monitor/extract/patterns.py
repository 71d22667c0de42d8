"""The figure rules: find quantities of drones, missiles and people in a sentence and give each a role.

A quantity ("48 of the 79 drones", "all 18 Shahed drones", "four people") is found first; its role
(launched, downed, suppressed, killed, injured ...) comes from the verb cues around it. Every
mention records the id of the rule that produced it, so evidence can name it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise

from monitor.extract.fastre import any_of, ascii_twin, ci, plain_ascii, starts_gated
from monitor.extract.numbers import NUMBER_RE, QUALIFIER_RE, parse_number
from monitor.extract.recache import compiled
from monitor.extract.sentences import BULLET_CLASS, BULLETS, SPACED_DASH
from monitor.extract.timewords import _WEEKDAYS, DATE_WORDS

# --------------------------------------------------------------------------- vocabulary

DRONE_NOUN = (r"(?:drones?(?:\s+and\s+decoys)?|UAVs?|unmanned\s+aerial\s+vehicles?|unmanned\s+aircraft|"
              # (both kinds before one noun: "89 attack and decoy drones")
              r"(?:attack|strike|combat|kamikaze)\s+and\s+(?:decoy|simulator|imitation)\s+(?:drones|UAVs)|"
              # the sea drones of attacks on ships and the Crimean bridge
              r"(?:unmanned|uncrewed)\s+(?:surface\s+)?(?:vessels?|boats?)|USVs?|"
              r"Shaheds?(?:-\d+(?:/\d+)*s?)?|Gerans?|Gerberas?|Lancets?|"
              r"decoys?|loitering\s+munitions?|kamikaze\s+drones?|quadcopters?|quadrocopters?)")
MISSILE_NOUN = (r"(?:(?:ballistic|cruise|hypersonic)\s+(?:and|&)\s+(?:ballistic|cruise|hypersonic)\s+missiles|"
                r"missiles?|Kinzhals?|Iskanders?|Kalibrs?|Kh-\d+(?:/(?:Kh-)?\d+)*s|"
                # (and the ones only Ukraine fires, named alone: "four ATACMS and two Storm Shadow missiles")
                # (or before where they flew: "fired five ATACMS at an S-400 position")
                r"ATACMS(?=\s*(?:[,.;]|and\b|or\b|as\s+well\b|missiles\b|at\b|on\b|against\b|towards?\b|over\b|"
                r"into\b|near\b|were\b|had\b))|"
                r"Kh-\d+(?:/(?:Kh-)?\d+)*(?=\s*(?:[,.;]|and\b|or\b|as\s+well\b))|"
                # (not the artillery rockets of a launcher: "fired some 80 Grad rockets at the towns")
                r"(?<!grad\s)(?<!uragan\s)(?<!smerch\s)(?<!tornado\s)(?<!mlrs\s)(?<!himars\s)(?<!vampire\s)"
                r"rockets?(?=\s+(?:were|was|and|or|at|on))|cruise\s+missiles?)")
COMBINED_NOUN = (r"(?:aerial\s+weapons?|air\s+attack\s+weapons?|means\s+of\s+(?:(?:air|aerial)\s+)?attack|"
                 r"(?:air|aerial)\s+attack\s+(?:assets|means|vehicles)|aerial\s+targets?|air\s+targets?|"
                 r"(?:drones?|UAVs?)\s+(?:and|or|&)\s+(?:(?:cruise|ballistic|guided|other|attack)\s+)?missiles?|"
                 # a title's "550 drones, missiles" (but "95 drones, missile" is 95 drones and one missile)
                 r"(?:drones?|UAVs?)\s*[,/]\s*missiles(?!\w)|missiles?\s*[,/]\s*(?:drones?|UAVs?)|"
                 r"missiles?\s+(?:and|or|&)\s+(?:(?:attack|strike|kamikaze|other)\s+)?(?:drones?|UAVs?)|"
                 # (but not the shells of a day's shelling: "512 projectiles from artillery, mortars ...")
                 # (nor those a governor counts fired at his region: "fired 412 projectiles at the region")
                 r"projectiles(?!\s+(?:from|of)\s+(?:\w+\s+)?(?:artillery|mortars?|tanks?|MLRS|multiple))"
                 r"(?!\s+at\s+(?:the|its|our)\s+(?:region|oblast|district|community|communities|city|town)\b)|weapons|"
                 # ISW's "a total of 367 munitions" (but not the shells "fired 44 munitions at the republic's towns",
                 # "firing 364 munitions from artillery, mortars ...")
                 r"munitions(?!\s+(?:from|of)\s+(?:\w+\s+)?(?:artillery|mortars?|tanks?|MLRS|multiple))"
                 r"(?=\s*(?:[,.;)]|$|\s+(?:from|in|during|overnight|were|had|have)\b))|"
                 r"targets(?=\s*(?::|,?\s+(?:among\s+them|including|of\s+which)|,)\s+(?:\d|one\b|two\b|three\b|four\b|"
                 r"five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|\w+teen\b|\w+ty\b))|"
                 r"targets(?=\s+(?:were|had\s+been|have\s+been)\s+(?:neutrali[sz]ed|shot\s+down|destroyed|intercepted|"
                 r"downed)\b))")
PEOPLE_NOUN = (r"(?:people|persons?|civilians?|residents?|children|child|others|men|man|women|woman|"
               r"employees?|workers?|individuals?|passengers?|teenagers?|boys?|girls?|"
               r"minors?(?!\s+(?:injur|wound|burn|cut|damage))|"
               r"rescuers?|firefighters?|lives|victims?|policemen|police\s+officers?|medics?|paramedics?|"
               r"pensioners?|Ukrainians|Russians|citizens?|inhabitants|adults?|elderly|babies|baby|infants?|"
               r"drivers?|journalists?|volunteers?|doctors?|nurses?|students?|farmers?|miners?|servicem[ae]n|soldiers?|"
               r"engineers?|electricians?|technicians?|staff(?:ers)?|crew\s+members?|security\s+guards?|guards?|"
               r"linem[ae]n|repairm[ae]n|mechanics?|patients?|shoppers?|pedestrians?|cyclists?|fishermen|sailors?|"
               r"seafarers?|tourists?|neighbou?rs?|guests?|stokers?|janitors?|watchm[ae]n|caretakers?|teachers?|"
               r"salesm[ae]n|saleswom[ae]n|sons|daughters|brothers|sisters|parents|grandchildren|grandparents|grandsons|"
               r"granddaughters|"
               r"relatives|members|colleagues|co-workers|operators|clerks|cashiers|parishioners|worshippers|"
               r"congregants|scouts|pupils|schoolchildren|kids|visitors|tenants|spectators|fans|runners|athletes|"
               r"couriers|loaders|hikers)")

#: The people nouns of soldiers: their toll counts where a side tells of its own losses, not the other's it claims.
_MILITARY_RE = compiled(r"servicem|soldier", re.IGNORECASE)
#: Russia's defence ministry as the one who speaks: "Russia's defence ministry said", "the Russian Defense Ministry".
_RU_MINISTRY_RE = compiled(r"\brussia(?:['’]s|n)\s+(?:defen[cs]e\s+)?ministry\b")
#: Russia's ministry telling of its own strike: "it had carried out a high-precision strike", "its forces hit".
_RU_STRUCK_RE = compiled(r"\b(?:it|its\s+(?:forces|troops|army))\s+(?:had\s+|has\s+)?(?:carried\s+out|struck|hit|"
                         r"delivered|launched)\b")
#: Who the people after it are: "Those injured in the city were", "The dead are".
_THOSE_HURT_WERE_RE = ci(r"\b(?:those|the)\s+(?:(?P<kill>killed|dead)|injured|wounded|hurt)\b[^.;:]{0,30}?\s+"
                         r"(?:were|are)\s+$")
#: A line's label of a count of casualties: "Killed: 2", "Injured - 11"; a bulletin's after its place: "Kharkiv:
#: injured now 16".
_CASUALTY_LABEL_RE = compiled(r"(?:^|\n|:)[^\S\n]*(?:(?P<kill>killed|dead|deaths|fatalities)|injured|wounded|hurt|"
                              r"injuries)(?:[^\S\n]*(?:--|[:\-–—])[^\S\n]*|\s+now\s+)$")
#: Killed and hurt in one count: "1,230 soldiers killed or wounded".
_KILLED_AND_WOUNDED_RE = compiled(r"\s+(?:were\s+)?(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b", re.I)

_STOP = (r"(?:of|and|or|were|was|are|is|been|had|has|have|in|on|at|from|to|by|with|over|across|that|which|"
         r"who|than|more|the|its|their|them|it|those|these|while|but|as|after|before|during|since|for|"
         r"per|a|an|all|out|into|near|including|among|when|where|whose|because|if|then|"
         # (who makes them, and the making: "More than 500 companies now make drones")
         r"companies|firms|makers|manufacturers|factories|workshops|enterprises|make|makes|made|produce|produces|"
         r"produced|build|builds|assemble|assembles|manufacture|manufactures|"
         # (and what carries goods: "4 of the 27 consignments actually contained drone components")
         r"consignments|shipments|parcels|containers|contained|contains|contain)")
#: A word before a count's noun: "Kh-59/Kh-69 guided", "U.S.-supplied ATACMS" (but no number nor dash: "92 targets -
#: 55 Shaheds" is two counts).
_MOD = rf"(?:(?!{_STOP}\b)(?![\d\-/]+\s)[\w’'\-/]+(?:\.[\w’'\-]+)*\.?\s+)"

#: Between a count of weapons stopped and the share of one kind after it: "112 were intercepted, 48 of them".
_OF_THEM_KIND_GAP_RE = compiled(r"(?:\s+(?:were|was|have\s+been|had\s+been)\s+[a-z]+(?:\s+[a-z]+)?)?\s*,\s*")
#: The kind right after "N of them": "48 of them missiles", "30 of them Shahed drones".
_THEM_KIND_RE = compiled(r"\s+(?:were\s+)?(?:(?:cruise|ballistic|attack|strike|shahed|kamikaze)\s+)?"
                         r"(?:(?P<missile>missiles)|(?P<drone>drones|uavs|shaheds))\b")
_NOUN_RE = ci(rf"[^\S\n]*(?:more\s+)?(?:{_MOD}){{0,4}}?(?:(?P<comb>{COMBINED_NOUN})|(?P<drone>{DRONE_NOUN})|"
    rf"(?P<missile>{MISSILE_NOUN})|(?P<people>{PEOPLE_NOUN}))\b")
_PARTITIVE_RE = ci(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:(?P<pron>them|those|these|which|whom)\b|"
    r"(?=(?P<whole>[\w,\-/]+)(?:\s|[.;:!?)]|$)))?")
_UNIT_AFTER_RE = ci(
    r"(?:[\s-]*(?:%|per\s*cent|percent|km|kilomet|kilom|miles?|metres|meters|m\b|kg|tons?|tonnes|years?|"
    r"(?:square|sq\.?)\s*(?:km|kilomet|miles?|mi\b|metres|meters|m\b|feet|ft\b)|hectares?|acres?|"
    r"-year|year-old|month|weeks?|days?|hours?|minutes?|seconds?|storey|story|floors?|million|billion|"
    r"thousand|hundreds|dollars|euros|hryvnias?|roubles|rubles|percentage|times|GMT|UTC|a\.m|p\.m|am\b|pm\b|"
    r"o'clock|degrees|centuries|decades?|st\b|nd\b|rd\b|th\b|"
    r"(?:regions?|oblasts?|districts?|settlements?|locations?|areas|cities|towns|villages|communities)\b|"
    # a day of a month: "on the morning of 4 September"
    r"(?:January|February|March|April|May(?!\s+(?:be|have|not)\b)|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b))")
_BEFORE_BLOCK_RE = compiled(
    r"(?:[$€£#№]|\b(?:No|Article|aged|age|Kh|Su|Tu|MiG|S|KN|Shahed|Geran|Patriot|F|Tor|Buk|Pantsir|Ka|Mi|Il|"
    r"Yak|An|Be|A|B|C|M|T|BM|Tochka|Grad|P|RBS|MIM|AIM|HQ|SA|SM|FIM|AGM|RIM)[-\s]?|\b(?:in|of|since|until|by|from|summer|spring|winter|autumn|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
    r"Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+)$"
)
_YEAR_RE = compiled(r"^(?:19|20)\d\d$")
#: What a count of people who live somewhere follows: "a population of about 330", "population: 14,000".
_POPULATION_BEFORE_RE = compiled(r"\bpopulation\s*(?:of|:|was|is|stood\s+at)\s+(?:(?:about|around|some|roughly|"
                                 r"nearly|almost|approximately|just\s+over|over|more\s+than|under|fewer\s+than)\s+)?$")

CUE_DOWN = (r"(?:shot\s+down|downed|destroyed)\s*(?:or|and|/)\s*(?:suppressed|jammed)|"
            r"shot\s+down|shoot(?:s|ing)?\s+down|shot\s+\w+\s+down|downed|downing|downs|(?:managed|able)\s+to\s+down|"
            r"destroy(?:ed|s|ing)?|intercept(?:ed|s|ing|ion\s+of|ions\s+of)?|brought\s+down|"
            # (and the nouns of a claim: "claimed the destruction of 32 Ukrainian drones")
            r"destruction\s+of|elimination\s+of|"
            r"bring(?:s|ing)?\s+down|neutrali[sz](?:ed|ing|es|e)|repel(?:led|s|ling)?|eliminat(?:ed|ing|es)|"
            r"took\s+down|taken\s+down|knocked\s+down|defeated|thwarted|took\s+out|taken\s+out|takes\s+out|"
            # a headline's verb: "Russian air defenses down 64 Ukrainian drones"; or air defences' that stopped them:
            # "their air defences stopped nigh on sixty Ukrainian drones"
            r"(?:defen[cs]es|forces|systems|units|gunners)\s+(?:down|stopped|halted)(?=\s)")
CUE_SUPP = (r"(?:electronic\s+(?:warfare|countermeasures|jamming|means)|EW)\s+(?:[\w’'\-]+\s+){0,4}?against|"
            r"lost\s+track\s+of|lost\s+(?:the\s+)?location\s+of|(?:were|was|been|got)\s+[‘'\"“]?lost|lost\s+locally|"
            r"locally\s+lost|location(?:ally)?[- ]?lost|lost\s+locationally|"
            r"(?:disappeared|vanished|dropped)\s+(?:from\s+|off\s+)?(?:the\s+)?radars?|(?:went|gone)\s+off\s+(?:the\s+)?radars?|"
            r"(?:went|gone)\s+missing\s+(?:from|off)\s+(?:the\s+)?radars?|"
            r"electronic(?:ally)?\s+(?:warfare|countermeasures|jamming|suppression|means|jammed|suppressed)"
            r"(?!\s+(?:systems?|units?|stations?|complex(?:es)?|equipment|devices?|specialists|troops)\b)|"
            r"jammed|suppressed|did\s+not\s+reach\s+(?:their|its|the)\s+targets?|"
            r"failed\s+to\s+reach\s+(?:their|its|the)\s+targets?|went\s+off\s+course|"
            # (but flights "diverted to other cities" are no drones)
            r"(?:were|was)\s+(?:redirected|diverted)(?!\s+to\s)|vanished|lost")
#: Before a count a bare "lost" is no cue: "Russia lost 61 drones" is the General Staff's tally of the
#: enemy's losses, not an attack's figure ("30 were lost", "12 others lost" after a count still are).
CUE_SUPP_BEFORE = CUE_SUPP.removesuffix("|lost")
#: (Firing at one drone is shooting at it: "Police officers fired at one drone"; the cues are scanned up to the count,
#: so "$" there is the count itself.)
CUE_LAUNCH = (r"launch(?:ed|es|ing|(?!\s+(?:rockets?\s+)?(?:systems?|sites?|pads?|vehicles?|platforms?)\b))|"
              r"fir(?:ed|es|ing)(?!\s+(?:at|upon)\s+(?:(?:one|a|an|two|three|several)\s|$))|sent|send(?:s|ing)?|deploy(?:ed|s|ing)|"
              r"unleash(?:ed|es|ing)?|used|using|involving|involved|comprising|consist(?:ing|ed|s)\s+of|made\s+up\s+of|"
              # "Tu-95MS bombers over the Caspian Sea released 42 Kh-101 cruise missiles"
              r"released|"
              # "the night brought a score and a half missiles", "the night saw 40 drones"
              r"(?<=night\s)(?:brought|saw)|"
              r"(?:attack|strike|barrage|assault|raid|bombardment|salvo|onslaught|wave|weapon|(?<=strike\s)package)s?\s+"
              r"(?:also\s+)?(?:included|includes|comprised)|"
              r"detected|tracked|recorded|registered|counted|(?<=force\s)reported|faced|"
              # "the official figures from the air force this morning were 810 drones and 13 missiles"
              r"(?:figures|tally)\s+(?:[\w'’.\-]+\s+){0,6}?(?:were|was|stood\s+at)|"
              r"barrage\s+of|(?:attack|strike|assault|raid)\s+(?:of|with)|waves?\s+of|wave\s+(?:arrived|came|followed)|swarm\s+of|salvo\s+of|volley\s+of|"
              r"(?:attack(?:ed|s|ing)?|struck|(?<=to\s)strike|hit|target(?:ed|ing)|pounded|bombard(?:ed|ing)|pummell?ed|battered|"
              r"hammered|pelted|blitzed|pound(?:s|ing)|batter(?:s|ing)|hammer(?:s|ing)|carried\s+out)\s+"
              # (past where it lies, or what it is, between commas: "attacked the hromada, in the south of the
              # region, with", "hit the dam in Kryvyi Rih, President Zelensky's home town, with")
              r"(?:[\w'’.:\-()]+(?:,\s+(?:(?:in|near|outside|on|a|an|the)\s+|(?:[\w\-]+\s+)?[\w\-]+['’]s\s+)"
              r"[^,;.\d]{1,60},)?\s+){0,16}?(?:with|by|using)|"
              r"a\s+total\s+of|in\s+total(?!\s*\()|total(?:l?ing)?(?!\s*\()|"
              r"throw(?:s|ing|n)|threw|hurl(?:s|ed|ing)|sending|followed\s+(?:up\s+)?with|(?:answered|responded|retaliated)\s+with|"
              # "the attack was the largest of the war so far: 539 drones and 11 missiles"
              r"(?:attack|strike|barrage|assault|raid)(?=[^.;:]{0,100}:\s*(?:\d|$))|"
              # "Russia marked Christmas Day with 78 missiles", "set a record for a single night with 188 drones"
              r"(?:marked|greeted|welcomed|(?:set|broke)\s+(?:a|the|its|another)\s+(?:new\s+|previous\s+|all-time\s+)?record)\s+"
              r"(?:[\w'’.\-]+\s+){0,6}?with|"
              r"(?:record|previous\s+high)(?:\s*,[^.;]{1,40}?,)?\s+(?:was|is|remains|remained|stands\s+at|stood\s+at|of)|"
              # "the previous record, 728 drones in a single night, was set in July", "a new record: 810 drones"
              r"(?:previous|last|earlier|former|old|new)\s+record(?=\s*[,:–—]\s*(?:\d|$))")
CUE_HIT = (r"hit\s+(?:their|its|the)?\s*targets?|reached\s+(?:their|its|the)?\s*targets?|"
           r"struck|hit|fell|landed|got\s+through|reached|exploded|crashed|slammed|smashed|ploughed|plowed")
CUE_INHERIT = r"including|among\s+them|among\s+which|of\s+which|of\s+whom|incl\."
#: A death told as a life not saved: "did not survive".
_NOT_SURVIVE = r"did\s+not\s+survive|didn['’]t\s+survive|could\s+not\s+be\s+saved"
CUE_KILL = (r"killed|killing|kills|kill|dead|died|die|deaths?|fatalities|succumbed|passed\s+away|"
            # (the noun, not the verb: "a woman who lives nearby")
            r"(?<!who\s)(?<!that\s)(?<!she\s)(?<!\bhe\s)lives|"
            r"(?:fatally|mortally)\s+(?:wounded|injured)|fatally|perished|"
            r"lost\s+their\s+lives|lost\s+(?:his|her)\s+life|were\s+left\s+dead|"
            + _NOT_SURVIVE)  # ("A woman did not survive")
#: A region's count of the weapons that came at it: "14 enemy drones entered the region's airspace", "70 drones
#: crossed the skies of the Khmelnytskyi region", "flew over the city" (but not a neighbour's: "two drones entered
#: Polish airspace").
_ENTERED_THE_REGION = (r"(?:entered|crossed(?:\s+into)?|flew\s+(?:over|into))\s+(?:the\s+)?(?:skies\s+(?:of|over)\s+"
                       r"(?:the\s+)?)?(?:[\w'’\-]+\s+)?(?:region|oblast|city)(?:['’]s\s+(?:airspace|skies))?")
#: A count's verb for those taken to hospital, who are among the injured.
TAKEN_TO_HOSPITAL = r"(?:taken|rushed|admitted|brought)\s+to\s+(?:a\s+|the\s+)?hospitals?"
#: One taken to hospital to die there: "taken to hospital, where he succumbed to his injuries".
_DIED_IN_HOSPITAL = (rf"{TAKEN_TO_HOSPITAL},\s+where\s+(?:he|she|they)\s+(?:later\s+)?"
                     r"(?:died|succumbed|passed\s+away)\b")
#: Where the lightly hurt are treated, who are among the injured: "a man was treated at the scene for cuts".
TREATED_ON_THE_SPOT = r"(?:at\s+the\s+scene|on\s+the\s+spot|on\s+site)"
#: How badly the hurt were hurt, before the verb: "critically injured".
HOW_BADLY = r"critically|seriously|severely|badly|gravely|slightly|lightly|moderately"
#: The state the hurt are in: "are in serious but stable condition", "were treated as outpatients".
IN_CONDITION = (r"in\s+(?:an?\s+)?(?:(?:extremely|very)\s+)?(?:serious|critical|grave|severe|moderate|stable|"
                r"satisfactory)(?:\s+(?:but|and|yet)\s+stable)?\s+condition|in\s+intensive\s+care|"
                r"treated\s+as\s+(?:an\s+)?outpatients?|(?:received|given)\s+outpatient\s+(?:care|treatment)|"
                r"on\s+a\s+ventilator")
#: Injuries told by their kind or by that state: "sustained shrapnel wounds".
HURT_AS = (r"(?:sustained|suffered|received)\s+(?:an?\s+)?(?:(?:minor|light|slight|serious|severe|shrapnel|multiple|"
           r"head|leg|arm|chest|facial|spinal|blast|open|closed)\s+){0,2}"
           r"(?:injuries|injury|wounds?|cuts?|burns?|concussions?|contusions?|fractures?|barotraumas?|"
           # (a bone broken: "suffered a broken arm")
           r"broken\s+(?:arms?|legs?|hands?|feet|foot|ribs?|nose|jaw|collarbone|wrists?|ankles?|hips?|bones?))|"
           rf"{IN_CONDITION}")
CUE_INJ = (rf"injured|injuring|injures|injure|wounded|wounding|wounds|hurt|injuries|hospitali[sz]ed|{HURT_AS}|"
           r"were\s+injured|(?:were|was)\s+concussed|"
           # "A security guard at the depot was left with injuries"
           r"left\s+with\s+(?:(?:minor|light|slight|serious|severe|shrapnel|multiple)\s+)?(?:injuries|wounds)|"
           r"(?:needed|required|received|got)\s+stitches|"
           # "one man needed hospital care"
           r"(?:needed|required)\s+(?:hospital|medical)\s+(?:care|treatment|help|attention)|"
           # light hurts the writers count: "escaped with minor cuts", "walked away with scratches"
           r"(?:escaped|walked\s+away|got\s+away|came\s+away|got\s+off)\s+with\s+(?:only\s+)?(?:(?:minor|light|slight|"
           r"superficial|a\s+few)\s+)?(?:cuts|scratches|bruises|bruising|grazes|injuries|wounds|burns|"
           r"an?\s+(?:cut|scratch|bruise|graze|injury|wound|concussion))|"
           # knocked out by the blast: "The 41-year-old driver briefly lost consciousness"
           r"lost\s+consciousness|"
           # "The driver suffered a mine-blast injury"
           r"(?:suffered|sustained|received)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:injury|wounds?)\b|"
           # "Six people are still being treated for their injuries"
           r"being\s+treated\s+for\s+(?:their\s+|his\s+|her\s+)?(?:injuries|wounds|burns)|"
           # "One man had shrapnel removed from his shoulder at the district hospital"
           r"had\s+(?:shrapnel|(?:a\s+)?fragments?|(?:a\s+)?splinters?|glass)\s+removed\b|"
           r"(?:were|was)\s+(?:cut|grazed)\s+by\s+(?:flying\s+|broken\s+|shattered\s+)?(?:glass|shrapnel|debris|"
           r"fragments|a\s+fragment)|"
           r"(?:sought|needed|required|received)\s+medical\s+(?:help|attention|assistance|care|treatment)|"
           # (pulled out hurt: "a man was pulled alive from the rubble of his house with a broken leg", "was freed from
           # the rubble by rescuers after almost two hours and taken to hospital", "was pulled from the wreckage, he's
           # in a critical but stable condition")
           r"(?:were|was)\s+(?:pulled|freed|rescued)\s+(?:out\s+)?(?:alive\s+)?from\s+(?:under\s+)?the\s+"
           r"(?:rubble|debris|ruins|wreckage)\b(?=[^.;]{0,100}?\b(?:with\s+(?:an?\s+)?(?:broken|fractur|injur|wound|"
           rf"burn|concussion)|(?:taken|rushed|sent)\s+to\s+(?:a\s+|the\s+)?hospital|{IN_CONDITION}))|"
           rf"{TAKEN_TO_HOSPITAL}|"
           rf"treated\s+(?:in\s+(?:a\s+|the\s+)?hospitals?|{TREATED_ON_THE_SPOT}|"
           r"for\s+(?:(?:minor|light|slight|shrapnel)\s+)?(?:injuries|wounds|cuts|burns|concussions?|"
           r"smoke\s+inhalation))")

_AUX = r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|been|being|got|get|had|have|has)\s+)"
_ADV = (r"(?:(?:also|all|successfully|reportedly|reported|later|then|already|subsequently|now|"
        r"confirmed|likely|probably|presumably|eventually|known\s+to\s+be|believed\s+to\s+be|"
        r"initially|either|allegedly|still|since|so\s+far)\s+)")

_ROLE_OF = {"down": "downed", "supp": "suppressed", "launch": "launched", "hit": "hit",
            "kill": "killed", "inj": "injured", "inherit": "inherit"}

#: Every cue starts with a letter, so "\b(?=[a-z])" (a word starts here) means "(?<!\w)" here; on a long scan the engine
#: tests it faster, and it turns away the end of every word before trying the cues.
_PRE_CUES_RE = ci(
    rf"\b(?=[a-z])(?:(?P<supp>{CUE_SUPP_BEFORE})|(?P<down>{CUE_DOWN})|(?P<inherit>{CUE_INHERIT})|(?P<launch>{CUE_LAUNCH}))\b")
#: "130 Shahed drones and other types of drones were shot down": the kinds after the count told with it
#: (or the kinds alone: "39 enemy UAVs of various types have been confirmed shot down")
_OTHER_KINDS = (r"(?:and\s+(?:other\s+)?(?:(?:types?|kinds?)\s+of\s+)?(?:[\w’'\-]+\s+){0,2}?(?:drones|UAVs|decoys)"
                r"(?:\s+of\s+(?:various|other|different)\s+types)?|of\s+(?:various|other|different|several)\s+"
                r"(?:types|kinds))")
_AND_OTHER_KINDS = rf"(?:{_OTHER_KINDS}\s+)"
#: The same told in a list, where a comma may end it: "98 Shahed attack drones and decoy drones of various types,
#: launched from Kursk".
_AND_OTHER_KINDS_LISTED = rf"(?:{_OTHER_KINDS}\s*,?\s+)"
_POST_ADJ_RE = ci(  # (a quote may open before the verb: "24 drones 'lost locally'"; an aside in dashes may come
    # first: "70 drones - the old phrasing, says our manager - crossed the skies")
    rf"^(?:\s+[-–—]\s[^-–—.;:\d]{{1,80}}?\s[-–—])?\s*[\"'‘“]?(?:{_AND_OTHER_KINDS_LISTED})?(?:more\s+)?(?:{_ADV})*"
    rf"(?:(?P<hit>{CUE_HIT.split('|struck')[0]})|(?P<supp>{CUE_SUPP})|(?P<down>{CUE_DOWN})|"
    rf"(?P<launch>launched|fired|in\s+total|used|deployed|were\s+launched|sent|total|attacked|targeted|"
    rf"took\s+part|participated|were\s+involved|came\s+(?:at|in)|flew\s+(?:at|in)|(?:had\s+)?approached|"
    rf"(?:were|was)\s+(?:flying|heading)\s+(?:towards?|for)\b|"
    # (at the city or the region a report tells of, not a neighbour's: "one drone flew towards Belarus")
    rf"(?:flew|headed)\s+(?:towards?|for)\s+(?:the\s+)?(?:city|capital|town|region|oblast)\b|"
    rf"{_ENTERED_THE_REGION})|(?P<hit2>{CUE_HIT})|"
    # "a missile killed 20 people in Kryvyi Rih": a weapon that killed or wounded the people counted next hit
    rf"(?P<hit3>killed|killing|kills|injured|injuring|injures|wounded|wounding)(?=\s*(?:at\s+least\s+|more\s+than\s+)?$)"
    rf")\b")
#: What one weapon launched from somewhere could do, not what it did: "a missile fired from the Belgorod region can
#: reach it in well under a minute".
_CAN_REACH_RE = compiled(r"\s+(?:fired|launched)\s+from\s+[^,.;]{1,60}?\s(?:can|could|would)\s")
#: A part of a whole counted after it: "One of the", "two of these".
_ONE_OF_THE_RE = ci(r"\b(?:one|two|three|four|five|\d+)\s+of\s+(?:the|these|those)\s+$")
#: The object of a weapon's own verb: "a missile destroyed a house", "the drone damaged two cars" (but not a time:
#: "40 drones destroyed the previous night").
_ACTIVE_OBJECT_RE = compiled(r"\s+(?:(?:a|an|the|two|three|four|five|several|many|dozens|hundreds|his|her|their|its)"
                             r"\s+(?!(?:night|day|previous|morning|evening|afternoon|same)\b)|"
                             r"(?:homes|houses|buildings|cars|vehicles|warehouses)\b)", re.IGNORECASE)
#: "11 more were lost locally", "27 of them were destroyed": the verb after the count (and "more").
_POST_PASSIVE_RE = ci(rf"^(?:\s+more\b)?(?:\s+[–—]\s[^–—.;:\d]{{1,80}}?\s[–—])?"  # (an aside between dashes)
    rf"(?:\s*,)?\s*(?:(?!{_STOP}\b)[\w’'\-]+\s+|"
    rf"(?:in|over|on|near|above|across)\s+(?:the\s+)?[\w’'\-]+\s+(?:[\w’'\-]+\s+)?|"
    # (and when: "more than 60 of the over 70 missiles launched during the day had been shot down")
    rf"(?:during|throughout)\s+the\s+(?:day|night)\s+|"
    # (and where they were sent: "14 of the 17 drones launched at the region were shot down")
    rf"(?:launched|fired|sent|directed|aimed)\s+(?:at|against|towards?|into)\s+(?:the\s+)?[\w’'\-]+\s+|"
    # (and where they went, in a clause: "14 of the 18 drones that flew into the Odesa region were neutralised")
    rf"(?:that|which)\s+(?:flew|entered|approached|crossed|headed|were\s+(?:heading|flying))\s+"
    rf"(?:(?:in|into|over|towards?|for|at)\s+)?(?:the\s+)?(?:[\w’'\-]+\s+){{1,2}}?){{0,3}}"
    rf"(?:of\s+the\s+[\w’'\-]+\s+types?\s+)?{_AND_OTHER_KINDS}?{_AUX}{_ADV}*[‘'\"“]?"
    rf"(?:(?P<supp>{CUE_SUPP})|(?P<down>{CUE_DOWN}|"
    # (found only to be destroyed: "14 UAVs were detected and destroyed by the on-duty air defence forces")
    rf"detected\s+and\s+(?:destroyed|shot\s+down|intercepted|neutrali[sz]ed))|"
    rf"(?P<launch>launched|fired|used|deployed|sent|detected|recorded|targeted|attacked|taken\s+part|involved|"
    # (and aimed at a region, which its governor counts, or the country: "14 drones were aimed at the region"; a city's
    # share is a part: "up to 20 had been aimed at the capital")
    rf"(?:aimed|directed)(?=\s+(?:at|against)\s+(?:ukraine\b|(?:the\s+)?(?:[\w’'\-]+\s+)?(?:region|oblast)\b)))|"
    rf"(?P<hit>{CUE_HIT}))\b")
_CAS_POST_RE = ci(
    # a death after what was done to save them, or after the wound that led to it: "A woman was pulled from the rubble
    # by rescuers but did not survive", "The driver was badly wounded and died in the ambulance" (before the verbs of
    # the hurt, which the wound would match first)
    rf"^(?:\s+(?:of|aged)\s+\d{{1,3}})?\s+(?:was|were)\s+[^.;,\d]{{3,60}}?\s+(?:but|and)\s+(?:later\s+|then\s+)?"
    rf"(?P<kill2>died|{_NOT_SURVIVE})\b|"
    rf"^(?:\s*,)?\s*(?:(?!(?:and|or|but|while|as|not|never)\b)[\w’'\-]+\s+){{0,5}}?{_AUX}?{_ADV}*"
    rf"(?:(?P<kill>{CUE_KILL})|(?P<inj>{CUE_INJ}))\b")
_CAS_PRE_RE = ci(r"\b(?:(?P<kill>(?:fatally|mortally)\s+(?:wounded|wounding|injured|injuring)|"
    r"killed|killing|kills|kill|claimed\s+the\s+lives\s+of|took\s+the\s+lives\s+of|"
    r"left\s+dead|(?:(?:recovered|found|retrieved|pulled\s+out)\s+)?(?:the\s+)?bod(?:y|ies)\s+of)|(?P<inj>injured|injuring|injures|wounded|wounding|wounds|hurt|hurting|"
    r"hospitali[sz]ed|injuries\s+to|left\s+injured))\s*(?:,\s*)?$")
#: (A toll's words reach as far as "the number of ..." begins: "bringing the toll to 14 dead, and that the number of
#: injured had risen to 44", "the number of dead had risen to 16 and the number of injured to 43".)
_TOLL_RE = ci(r"\b(?:(?P<kind>death|injury|casualty|wounded|injured|dead|killed)\s+)?toll\b"
    r"(?:(?!number\s+of\b)[^.;]){0,150}?\b"
    r"(?:to|at|of|reached|reaches|hit|hits|stands\s+at|is|was)\s+(?:now\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+)?$|"
    r"\bnumber\s+(?:of\s+)?(?P<kind2>injured|wounded|dead|killed|deaths|fatalities|victims|people\s+injured|"
    r"people\s+killed|people\s+hurt|people\s+wounded|injuries)\b(?:(?!number\s+of\b)[^.;]){0,150}?\b"
    r"(?:to|reached|at|hit|is|was|stands\s+at|stood\s+at)\s+"
    r"(?:now\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+)?$")
_NUM_VERB_RE = ci(rf"^(?:\s+more\b)?\s*(?:{_AUX})?{_ADV}*(?:"
    rf"(?P<kill>killed|dead|died|deaths|fatalities|perished|succumbed|passed\s+away|{_NOT_SURVIVE})|"
    rf"(?P<inj>(?:(?:{HOW_BADLY})\s+)?"
    rf"(?:injured|wounded|hurt)|injuries|wounds|hospitali[sz]ed|concussed|{HURT_AS}|"
    rf"{TAKEN_TO_HOSPITAL}))\b")
#: "29 drones that Russia launched overnight were destroyed": the verb after a relative clause.
_RELATIVE_RE = ci(
    rf"^\s*(?:that|which)\s+[^.;,]{{0,60}}?\b(?:launched|fired|sent|used)\b[^.;,]{{0,40}}?\b{_AUX}{_ADV}*"
    rf"(?:(?P<supp>{CUE_SUPP})|(?P<down>{CUE_DOWN}))\b")
_LIVES_PRE_RE = ci(r"\b(?:loss\s+of|claimed|took|cost|costing|claiming|taking|lost)\s+(?:the\s+)?$")
#: A capital that opens a day's or a month's name, not a place's: "wounded in Monday's shelling".
_NOT_A_DATE = (r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|"
               r"September|October|November|December)\b)")
_LOC_AFTER_RE = compiled(
    # "17 drones were shot down over the Bryansk region", not "16 missiles were launched from ships in the Black Sea"
    r"^\s+(?:of\s+(?:an\s+|the\s+)?aircraft[\s-]type\s+)?"  # (the MoD's "drones of aircraft type over ...")
    r"(?:more\s+|others?\s+|(?:were|was|ha(?:d|ve|s)\s+been)\s+(?:(?!(?:from|off|by|with)\b)\w+\s+){1,3}?)?"
    # "11 of the missiles and the two drones over Kyiv"
    r"(?:and\s+(?:the\s+|both\s+)?(?:\w+\s+)?(?:drones?|missiles?)\s+)?"
    r"(?:overnight\s+(?=(?:over|in|above)\s+the\s+))?"  # ("11 Ukrainian drones overnight over the Moscow region")
    r"(?:over|in|above|across|near|at|on)\s+(?:the\s+)?(?:territor(?:y|ies)\s+of\s+(?:the\s+)?)?"
    r"(?:[a-z\-]+ern\s+|[a-z\-]+\s+)?(?:city|town|village|region|regions|oblast|district|peninsula|"
    rf"(?!(?:Ukraine|Russia)\b){_NOT_A_DATE}[A-Z])"  # (a whole country is no place a count is split by, nor a day)
)
_BARE_OK_RE = ci(r"^(?:\s*[,.;:)]|\s+\(|\s+(?:and|more|others?|over|in|above|near|at|on|before|"
                         r"after|as|while|but|so|of|across|overnight|apiece|each|during|from|to|there|here)\b|\s*$)")
#: "all" short of all ("nearly all of the missiles ... were intercepted") is no count.
_SHORT_OF = r"(?<!nearly\s)(?<!almost\s)(?<!virtually\s)(?<!practically\s)(?<!not\s)"
_ALL_RE = ci(rf"\b{_SHORT_OF}all\s+(?:of\s+)?(?:the\s+)?(?:[\w'’\-]+\s+){{0,3}}?"
                     rf"(?:(?P<drone>{DRONE_NOUN})|(?P<missile>{MISSILE_NOUN})|(?P<comb>{COMBINED_NOUN}))\b"
                     rf"|\b{_SHORT_OF}all\s+of\s+(?:which|them)\b|\bevery\s+(?:single\s+)?one\s+of\s+(?:which|them)\b|"
                     r"\beach\s+(?:one\s+)?of\s+(?:which|them)\b")
#: The shares of a whole a count may be told as (their words joined by a space), and the fraction each stands for.
SHARES = {"half": (1, 2), "a third": (1, 3), "one third": (1, 3), "two thirds": (2, 3), "a quarter": (1, 4),
          "one quarter": (1, 4), "three quarters": (3, 4)}
SHARE_WORDS = r"(?:half|(?:a|one)[\s-]third|two[\s-]thirds|(?:a|one)[\s-]quarter|three[\s-]quarters)"
#: An exact share of a kind of weapon: "Half of the drones were shot down", "two-thirds of 90 Russian drones"; or of
#: the weapons counted before it (group "them"): "and two-thirds of them were shot down" (but not "more than half").
SHARE_OF_RE = ci(rf"\b(?<!than\s)(?<!nearly\s)(?<!almost\s)(?<!about\s)(?<!around\s)(?<!over\s)(?<!least\s)"
                 rf"(?P<share>{SHARE_WORDS})\s+of\s+(?:(?:(?:the|these|those|russia['’]s|its|their)\s+)?"
                 rf"(?:[\d,]+\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?:(?P<drone>{DRONE_NOUN})|(?P<missile>{MISSILE_NOUN}))\b|"
                 r"(?P<them>them|these|those)\b)")
#: "all but two of the drones"; or "all but two of them", "all but two.", whose kind is the count's before it.
_ALL_BUT_RE = ci(r"\ball\s+but\s+(?P<n>one|two|three|four|five|\d+)(?:\s+of\s+(?:the\s+)?"
                 rf"(?:[\w'’\-]+\s+){{0,3}}?(?:(?P<drone>{DRONE_NOUN})|(?P<missile>{MISSILE_NOUN}))\b|"
                 r"\s+of\s+(?:them|those|these)\b|(?=\s*[.,;]))",
                 )
#: What follows a weapon noun that is no weapon of its own ("a drone attack", "the missile debris").
_NOT_ONE_WEAPON = (r"\s+(?:attacks?|strikes?|fragments?|debris|parts?|wreckage|alerts?|launch|defen[cs]e|systems?|"
                   r"units?|threat|danger|barrages?|raids?|salvos?|bombardments?|terror|and\s+drone|and\s+missile)")
#: One missile told by its model alone: "two Kh-22 cruise missiles and an Iskander-M", "a Kinzhal".
ONE_MISSILE_NAME = r"(?:Iskander(?:-[MK])?|Kinzhal|Kalibr|Zircon|Tsirkon|Oniks|KN-23|Kh-\d+(?:M\d?)?)"
#: What follows a model's name that is no missile of its own ("an Iskander launcher", "a Kinzhal-carrying MiG-31K").
_NOT_ONE_MISSILE = (r"\s+(?:launchers?|complex(?:es)?|carriers?|batter(?:y|ies)|brigades?|production|factory|plant)|"
                    r"-(?:carrying|armed|capable|type|class)")
_SINGULAR_RE = ci(
    # (a dateline's dash too: "Kyiv, Ukraine (CNN) - A Russian ballistic missile struck")
    rf"(?:^(?=an?\s|one\s|the\s+{ONE_MISSILE_NAME}\s+(?:[a-z]+\s+)?missile\s+(?:struck|hit|slammed|exploded))|"
    r"(?:,|;(?=\s+the\s)|\s[-\u2013\u2014]|\b(?:and|as\s+well\s+as|plus|along\s+with|destroyed|downed|shot\s+down|intercepted|"
    r"launched|fired|after|again\s+with|and\s+so\s+(?:was|were)|(?:morning|afternoon|evening|night|overnight|\d{1,2}[:.]\d\d)(?=\s+an?\s)|"
    # (a missile the strike was made with: "struck Okhtyrka overnight with a ballistic missile"; a drone so told is
    # mostly a front-line one, "attacked a car with a kamikaze drone")
    rf"(?:struck|hit|attacked|targeted)\s+(?:[\w'’\-]+,?\s+){{1,8}}?with(?=\s+an?\s+(?:[\w'’\-]+\s+){{0,2}}?"
    rf"(?:missile|{ONE_MISSILE_NAME})\b)))\s+|"
    r"(?=another\s)|(?<=\s)(?=a\s+single\s))(?P<art>an?|the|one|a\s+single|another)\s+(?!first\s|last\s)(?:(?!(?:after|before|its|their|of)\s)[\w'’\-]+\s+){0,3}?"
    rf"(?:(?P<drone>drone|UAV|Shahed)|(?P<missile>missile|{ONE_MISSILE_NAME}(?:\s+(?:ballistic\s+|cruise\s+|"
    rf"hypersonic\s+)?missile\b)?))\b(?!{_NOT_ONE_WEAPON}|{_NOT_ONE_MISSILE})")
_NOT_ONE_WEAPON_RE = compiled(_NOT_ONE_WEAPON)  # lower case already, as _SINGULAR_RE reads it
_NOUN_BLOCK_AFTER_RE = ci(
    r"^\s*(?:attacks?|strikes?|fragments?|debris|parts?|wreckage|alerts?|launchers?|defen[cs]es?|systems?|"
    r"units?|operators?|production|factory|factories|plants?|sites?|bases?|threats?|danger|warnings?|"
    r"storage|stores|depots?|warehouses?|arsenals?|"
    r"makers?|manufacturers?|crews?|pilots?|programmes?|programs?|range|per\s|a\s+(?:year|day|month)|"
    r"annually|each\s+(?:year|month|day)|every|raids?|"
    r"of\s+(?:the\s+|an?\s+)?(?:HIMARS|MLRS|multiple\s+launch|Uragan|Smerch|Vilkha|Olkha|Grad|rocket\s+launchers?))\b")
#: A word after a bare number that names what it counts: not a weapon, which the noun patterns would have taken.
_OTHER_NOUN_AFTER_RE = compiled(
    r"\s+(?!(?:more|others?|of|in|over|on|near|above|across|were|was|have|has|had|are|is|been|being|got|"
    r"overnight|each|apiece)\b)[a-z]")
#: A plural noun right after a bare number, or after one or two words that qualify it, which the verb before it acts
#: on: "the strike destroyed 72 apartments", "damaged or destroyed some 300 port infrastructure facilities".
_PLURAL_AFTER_RE = compiled(
    r"\s+(?:(?!(?:more|others?|of|in|into|over|on|near|above|across|were|was|have|has|had|are|is|been|being|got|"
    r"overnight|each|apiece|and|or|but|by|from|at|as|with|to|the|a|an|during|after|before|since|while|when|that|"
    r"which|who|last|this|early|late|so|out|including|until|within|for|today|yesterday|tonight|north|south|east|"
    r"west|there|here|alone|all|altogether|total|respectively)\b)[a-z][a-z\-]*\s+){0,3}"
    r"(?!(?:others|targets|objects|units|plus|thus|unless|across|towards|besides|perhaps|always|includes|remains)\b)"
    r"[a-z]{3,}s\b|"
    # (or a list of the kinds of them: "launched 412 artillery, mortar, tank, and drone attacks")
    r"\s+(?:[a-z][a-z\-]*,\s+){1,5}(?:and\s+|or\s+)?[a-z][a-z\-]*\s+(?:attacks|strikes)\b|"
    # (or the ordnance sappers destroy: "destroyed 68 explosive objects")
    r"\s+(?:explosive|unexploded)\s+(?:objects|items|devices|ordnance)\b")
#: What stands between a combined count and the kinds it splits into: "134 air targets: 34 missiles and 100 drones",
#: "134 air targets had been shot down: 34 missiles ...".
#: The Air Force's noun for the weapons it faced: "99 means of air attack".
_MEANS_OF_ATTACK_RE = compiled(r"\bmeans\s+of\s+(?:air\s+|aerial\s+)?attack\b")
#: What stands between a combined count and the kinds it splits into after a comma: " launched against Ukraine, ".
_SPLIT_AFTER_COMMA_RE = compiled(r"[^\d.;:()\n]{0,60}?,\s*")
_BREAKDOWN_AFTER_RE = compiled(rf"[^\d.;:()\n]{{0,160}}?(?::|{SPACED_DASH}|\()\s*")
#: Where an aside ends and the list it stood in goes on: ", and", ", as well as", ", plus".
#: The words that carry a list on to its next item.
_LIST_GOES_ON = r"(?:and|as\s+well\s+as|plus)"
_ASIDE_END_RE = compiled(rf",\s*{_LIST_GOES_ON}\s")
#: Between two items of a split: "550 Shahed drones and decoy drones of other types, and 11 missiles".
_SPLIT_ITEM_GAP_RE = compiled(rf"(?:[^\d.;:()]{{0,60}}?,)?\s*{_LIST_GOES_ON}?\s*")
_OTHER_MORE_RE = ci(r"^\s+(?:more|others?|other\s+(?:drones?|UAVs?|missiles?))\b")
_HABITUAL = ("regularly", "routinely", "typically", "usually")
#: Days of the week two or more apart ("between Tuesday and Friday", "between Friday evening and Monday"): a tally
#: of several days, where the two days of one night ("between Monday and Tuesday") are not.
_DAYS_APART = "|".join(rf"{a}(?:\s+(?:morning|afternoon|evening|night))?\s+(?:and|to|through|until)\s+{b}"
                       for i, a in enumerate(_WEEKDAYS)
                       for j, b in enumerate(_WEEKDAYS) if (j - i) % 7 >= 2)
#: The modal verbs of what might yet be: "Moscow may soon be able to launch 1,000 drones in a single night".
_MODAL = ("may", "might", "could")
#: Cumulative phrasings that hold even beside "in a single night": a habit, a supposition, a possibility.
#: The starts of what is only planned: "Russia aims to launch up to 1,000 drones in a single night".
_PLANNED = ("aim", "plan", "intend", "seek", "want", "preparing", "capable", "be able", "goal", "ambition",
            "objective", "intention")
#: The words of _PLANNED's verbs as they stand before "to" ("aims to", "planning to"), which gate its pattern.
_PLANNED_VERBS = ("aims", "aiming", "aim", "plans", "planning", "plan", "intends", "intending", "seeks", "seeking",
                  "wants", "preparing")
_HABITUAL_OR_IF = (*_HABITUAL, *_MODAL, "if", *_PLANNED)
#: A strike told after a month of a past year, which dates one attack, not a month's tally: "in June 2022, two Kh-22
#: missiles struck the Amstor shopping centre".
STRIKE_TOLD_AFTER = r"(?:[\w\-]+\s+){0,4}?(?:struck|hit|slammed|killed|destroyed)\b"
#: The months' names, which the tallies of a month in _CUMULATIVE_RE name.
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: A toll told over a year: "killed 46 civilians in the region in 2024" (not a birth: "a man born in 1978").
_KILLED_IN_YEAR = (r"\b(?:killed|injured|wounded)\b[^.;:]{0,60}?(?<!born\s)\b(?:in|during|throughout)\s+"
                   r"(?:(?:19|20)\d\d|the\s+same\s+year)\b")
#: A year's toll told with the year first: "in 2025 more than 100 residents of the region were killed by Ukrainian
#: attacks" (not one strike's: "In 2022, 23 people were killed in a missile strike", "... were killed when a missile").
_YEAR_KILLED = (rf"\b(?:in|during|throughout)\s+(?:(?i:{_MONTH_NAMES})\s+)?(?:19|20)\d\d,?\s+(?:more\s+than\s+|"
                r"over\s+|at\s+least\s+|nearly\s+|almost\s+|about\s+|some\s+)?\d[\d,]*\s+(?:[\w’'\-]+\s+){0,5}?"
                r"(?:were|have\s+been|had\s+been)\s+"
                r"(?:killed|injured|wounded)\b(?!\s+(?:when|as|after|while|(?:in|by)\s+(?:a|one|the)\s+(?:[\w\-]+\s+){0,2}?"
                r"(?:strike|missile|attack|drone|bomb|rocket|shelling|explosion|blast)))")
_CUMULATIVE_RE = ci(r"\b(?:since\s+the\s+(?:start|beginning|outbreak|liberation|de-occupation|occupation|annexation)"
    # (but for the day's own span: "since the beginning of the day air defence had destroyed 37 drones")
    r"(?!\s+of\s+(?:the\s+|this\s+)?(?:day|night|attack|morning|evening|today)\b)|"
    r"since\s+(?:the\s+|last\s+)?(?:spring|summer|autumn|winter|New\s+Year|Christmas|Easter)|"
    # (and what each launcher or ship holds: "three launchers, each carrying eight missiles")
    r"\beach\s+(?:carrying|armed\s+with|holding|loaded\s+with|able\s+to\s+carry|can\s+carry)\b|"
    # (and the war's dead of a place: "1,620 residents of the Mykolaiv community had been killed in the war")
    r"\b(?:killed|died|injured|wounded)\s+(?:so\s+far\s+)?in\s+the\s+(?:full-scale\s+)?(?:war|invasion)\b(?!\s+zone)|"
    # (and a span told by what it held: "after a week in which Kyiv said Russia had fired more than 1,200 drones")
    r"\b(?:a|the)\s+(?:week|month|fortnight|year)\s+(?:in\s+which|during\s+which)\b|"
    # (and what attacks, plural, have done in all: "The attacks have killed at least 128 health workers")
    r"\b(?:these|such|the)\s+attacks\s+have\s+(?:\w+\s+)?(?:killed|injured|wounded)\b|"
    # (and a span from such a start to an end: "between the start of the year and the end of August")
    r"(?:between|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:year|month|war|invasion|spring|"
    r"summer|autumn|winter)\b|"
    # what Russia does as a rule, even "in a single night", and what it might do, is no attack's count
    # (but not the words a side uses: "were 'lost' in flight, a term Kyiv typically uses for drones diverted")
    rf"(?:{'|'.join(_HABITUAL)})\s+(?:sends?|launch(?:es)?|fires?|uses?(?!\s+(?:for|to\s+(?:describe|mean|refer)))|"
    r"deploys?)|"
    r"if\s+(?:you|we|they|russia|moscow|the\s+enemy)\s+(?:\w+\s+)?(?:sends?|launch(?:es)?|fires?|uses?)|"
    rf"(?:{'|'.join(_MODAL)})\s+(?:soon\s+|eventually\s+|one\s+day\s+)?(?:be\s+able\s+to\s+)?(?:send|launch|fire|use)|"
    # what a drone may do, told of in general: "A drone shot down over one region may crash in another"
    rf"(?:{'|'.join(_MODAL)})\s+(?:still\s+|then\s+)?(?:crash|fall|land|explode|come\s+down|end\s+up)\b|"
    # what is only planned: "Russia aims to launch up to 1,000 drones in a single night", "aims to be able to launch",
    # "wants to reach 1,000 drones in a single night"
    r"(?:aims?|aiming|plans?|planning|intends?|intending|seeks?|seeking|wants?|preparing)\s+to\s+"
    r"(?:be\s+able\s+to\s+)?(?:send|launch|fire|use|reach|field|mount)|"
    r"capable\s+of\s+(?:sending|launching|firing|intercepting|shooting\s+down|downing)|"
    # (and what others expect it to do: "officials expect Russia to be able to launch up to 1,000 drones")
    r"\bbe\s+able\s+to\s+(?:send|launch|fire|use|reach|field|mount)\b|"
    # what a system can do, not what it did: "the only system that can reliably intercept ballistic missiles"
    r"\bcan\s+(?:reliably\s+|only\s+|also\s+|effectively\s+)?(?:intercept|shoot\s+down|down|destroy)\b|"
    # (and told by its noun: "Moscow's goal, according to Ukrainian officials, is to launch up to 1,000 drones")
    r"(?:goal|aim|plan|ambition|objective|intention)s?\b[^.;]{0,60}?\b(?:is|was|are|were)\s+to\s+"
    r"(?:be\s+able\s+to\s+)?(?:send|launch|fire|use|reach|field|mount)|"
    # what a ship can fire, not what it fired: "one Kalibr carrier at sea, with a total salvo of up to four missiles"
    r"(?:total|combined|overall)\s+salvo\s+of|carriers?\b[^.]{0,60}?\bsalvo\s+of|"
    r"since\s+(?:the\s+)?(?:full-scale\s+)?invasion|"
    # (the war's first days, all of its fighting: "316 wounded in the first day of fighting")
    r"\bin\s+the\s+first\s+(?:\w+\s+)?(?:day|days|week|weeks|month|months)\s+of\s+(?:the\s+)?(?:fighting|war|invasion)\b|"
    # a unit's tally since it was formed: "Since it was formed in spring 2024 it has been credited with 27 drones"
    r"since\s+(?:it|they|the\s+(?:unit|group|crew|team|battery|brigade))\s+(?:was|were)\s+(?:formed|founded|created|"
    r"set\s+up|established)|"
    # a place's toll of the war: "132 civilians have been killed in the region since then"
    r"(?:have|has)\s+been\s+(?:killed|injured|wounded)\s+in\s+the\s+(?:region|oblast|city|country)\s+since\s+then|"
    # and the count since a first one: "first intercepted them in May 2023, and since then ... more than 200 such
    # missiles have been shot down"
    # a tally in the perfect since an event: "Russia has fired more than 1,000 drones since the call" (not since the
    # night's start: "has destroyed 37 since the evening")
    r"(?:has|have)\s+(?:now\s+|already\s+)?(?:fired|launched|sent|used|shot\s+down|downed|destroyed|intercepted)\b"
    r"[^.;]{0,80}?\bsince\s+(?:the\s+(?!(?:morning|evening|night|afternoon|day|start|beginning)\b)|"
    r"(?:[\w’'\-]+\s+){1,3}(?:began|started|took\s+effect|was\s+(?:signed|agreed|announced)|came\s+into)\b)|"
    # (and since a time told before, of what was fired: "Moscow's forces have fired well over 1,000 of the drones since
    # then"; not what was shot down "since then", which live pages say of the night's start)
    r"(?:has|have)\s+(?:now\s+|already\s+)?(?:fired|launched|sent|used)\b[^.;]{0,80}?\bsince\s+then\b|"
    r"since\s+then\b[^.;]{0,120}?\b(?:have|has)\s+(?:been\s+)?(?:shot\s+down|downed|destroyed|intercepted|killed|"
    r"injured|wounded|launched|fired)\b|"
    r"since\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|"
    r"Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+)?(?:19|20)\d\d|"
    r"since\s+(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{1,2}\b|"
    r"since\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|"
    r"since\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|"
    # "Since Trump's Alaska summit with Vladimir Putin on 15 August, Russia has launched more than 4,000 drones"
    # (but not "since late on October 16", the attack's own span)
    r"since\s+(?!(?:late|early|the\s+(?:evening|night|morning))\s)(?:[\w'’\-]+\s+){1,6}?on\s+(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2})\b|"
    # "Since the unit was formed in the spring of 2023, they have brought down 37 drones"
    r"since\s+(?:[\w'’\-]+\s+){1,6}?in\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:spring|summer|autumn|fall|"
    r"winter)\s+of\s+|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:19|20)\d\d\b|"
    # (or in a month of this year: "Since Ukraine recorded the first Shahed in mid-September, it has shot down 60")
    r"since\s+(?:[\w'’\-]+\s+){1,8}?in\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|"
    r"during\s+the\s+(?:[\w\-]+\s+){0,3}war|so\s+far\s+this\s+(?:year|month)|"
    r"(?<!\d\s)(?<!\d,\s)this\s+(?:year|month|week)|last\s+(?:year|month|winter|summer|autumn|fall|spring)|"
    # what a launcher or a ship carries, no count fired: "three launchers carrying eight missiles each"
    r"(?:carrying|carries|carry|holding|holds|with)\s+(?:up\s+to\s+)?[\w\-]+\s+(?:[\w\-]+\s+)?"
    r"(?:missiles|drones|rockets)\s+each\b|"
    # a week's tally (but not "a strike last week", one attack): "at the country last week alone"
    r"last\s+week\s+alone|"
    # a span told before, referred to: "Three of our power engineers have been killed ... over that period"
    r"\b(?:over|during|in|for|throughout)\s+that\s+(?:period|time)\b|"
    # a span's tally told by its length: "In one month, Russia has fired more than 1,200 drones and 400 missiles"
    r"\b(?:in|within|over)\s+(?:just\s+|only\s+)?(?:one|a\s+single)\s+(?:month|week|year)\b|"
    # (a month's, but not one night's in it: "On a quieter night in March, the Air Force reported 46 drones"; "203
    # drones a night in July" is the month's)
    r"(?:(?<!night\s)(?<!day\s)(?<!morning\s)(?<!evening\s)|(?<=\sa\snight\s)|(?<=\sa\sday\s))in\s+(?:January|February|March|April|June|"
    r"July|August|September|October|November|December)\b(?!\s+\d{1,2}\b|,?\s+(?:19|20)\d\d,?\s+"
    rf"{STRIKE_TOLD_AFTER})|per\s+(?:month|year|day)|a\s+(?:month|year)\b|"
    r"every\s+(?:month|year|day|night)|each\s+(?:month|year)|(?:over|during|in)\s+(?:the\s+)?(?:past|last)\s+(?:week|month|year|\w+\s+(?:days|weeks|months))|"
    r"in\s+recent\s+(?:days|weeks|months)|on\s+(?:some|many|most)\s+nights|"
    # a count of nights of a month: "on 24 of October's 31 nights it launched more than 100"
    r"on\s+(?:\d+|[a-z]+)\s+(?:of\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:\d+\s+)?)?nights\b|"
    # many attacks of a past week: "Russian shelling and glide-bomb attacks killed 11 people ... last week"
    r"(?:attacks|strikes|shelling)\b[^.;]{0,80}?\blast\s+week\b|"
    # a day's tally of shelling: "the Belgorod region was shelled 92 times, with 51 projectiles and 40 drones"
    r"(?:shelled|attacked|struck|targeted)\s+(?:[a-z]+\s+){0,2}?\d+\s+times|"
    # a count its own report doubts: "as many as 25 drones had been involved, a figure that could not be verified"
    r"a\s+figure\s+(?:that\s+|which\s+)?(?:could\s+not|cannot|can[’']t|couldn[’']t)\s+be\s+(?:independently\s+)?"
    r"(?:verified|confirmed)|"
    # the losses the General Staff counts: "three tanks, 11 armored fighting vehicles, 48 artillery systems and
    # 1,412 operational-tactical level drones destroyed over the day"
    r"armou?red\s+(?:fighting|combat)\s+vehicles|artillery\s+systems|"
    # (and the drones its units downed along the front: "destroyed 34 Ukrainian UAVs of the aircraft type at the
    # front", "in the special military operation zone")
    r"at\s+the\s+front\b(?![\-\s]*line)|in\s+the\s+(?:special\s+military\s+operation|smo|combat)\s+zone|"
    # "On nine days in July, Russia launched more than 400 drones", "198 missiles over the month"
    r"on\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|most|\d+)\s+)"
    r"(?:(?:separate|different|other|consecutive|successive)\s+)?(?:days|nights|occasions)|"
    r"over\s+(?:the\s+)?(?:month|year|week)\b|(?:during|throughout)\s+the\s+(?:month|year)\b(?!\s+(?:before|after|since))|"
    # (and the span told before: "destroyed more than 1,000 Ukrainian drones ... in the same month")
    r"\bin\s+the\s+same\s+(?:month|week|year|period)\b|"
    # a month's toll: "at least 174 civilians were killed and 690 injured in May" (not a day's: "in May 2024, a
    # missile attack", which _ONE_ATTACK_RE ends the span at)
    rf"\b(?:killed|injured|wounded)\b[^.;:]{{0,30}}?\b(?:in|during|throughout)\s+{_MONTH_NAMES}\b(?!\s+\d)|"
    # the monitors' verified toll of a span: "181 civilians killed and 828 injured, verified by HRMMU", "in the
    # three-month period"
    r"verified\s+by\s+(?:the\s+)?(?:HRMMU|OHCHR|UN\b|U\.N\.|human\s+rights|monitoring)|"
    r"human\s+rights\s+monitoring\s+mission|"
    r"\b(?:in|during|over)\s+the\s+(?!same\b)(?:[\w\-]+\s+){0,2}?(?:reporting\s+)?period\b"
    r"(?!\s+(?:from|between|of\s+\d))|"
    # a monitor's month ("In September, we recorded 19 civilians killed and 104 injured") and a share of its cases
    # ("Belgorod region again accounted for most cases (12 killed, 81 injured)")
    rf"\b(?:in|during)\s+{_MONTH_NAMES}\b(?!\s+\d)[^.;]{{0,40}}?\b(?:we|the\s+mission|monitors)\s+"
    r"(?:recorded|documented|verified|registered|counted)\b|"
    r"\baccount(?:ed|s)?\s+for\s+(?:most|many|the\s+majority|half|a\s+third)\b[^.;]{0,20}?\b(?:cases|casualties|"
    r"deaths|victims|incidents)\b|"
    # a year's toll: "drone attacks killed at least 46 civilians in Belgorod region in 2024" (not a day's of a month:
    # "killed 61 in April 2022", nor a birth: "a man born in 1978")
    rf"{_KILLED_IN_YEAR}|{_YEAR_KILLED}|"
    # a span of years, months or weeks: "Over the past four years, ... 187 civilians have been killed"
    r"\b(?:over|during|in)\s+the\s+(?:past|last|previous)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|"
    r"few|\d+)\s+(?:years|months|weeks)\b|"
    # a month's toll told in a clause of its own, and the monitors' count: "Combined with June, when 232 civilians were
    # killed", "HRMMU verified 148 civilians killed"
    rf"\b(?:combined\s+with|in|during)\s+{_MONTH_NAMES},\s+when\b|"
    r"\b(?:HRMMU|OHCHR|the\s+mission)\s+(?:has\s+|had\s+)?(?:verified|documented)\b|"
    # the dead found when towns were retaken: "the bodies of 410 civilians had been recovered from towns"
    r"\bbodies\s+of\s+[\d,]+\s+(?:civilians|people)\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?"
    r"(?:recovered|found|exhumed)\s+(?:from|in)\s+(?:towns|villages|settlements)\b|"
    # what a salvo could take, told as arithmetic: "A single salvo of ten ballistic missiles could therefore require
    # 20 or more PAC-3 interceptors"
    r"\bsalvo\s+of\s+[\w\-]+\s+(?:[\w\-]+\s+){0,3}?(?:missiles|drones)\s+(?:could|would|might|can)\b|"
    # a week's or a month's count: "Weekly drone launches: 1,230", "the monthly total of 6,297 drones"
    # (the count right after it: "The monthly tally was driven by several massive attacks, including a record 728
    # drones on the night of July 9" tells of that night)
    r"\b(?:weekly|monthly)\s+(?:[\w\-]+\s+){0,2}?(?:launches|totals?|tall(?:y|ies)|counts?|averages?|figures?|"
    r"numbers?)(?:\s+(?:of|was|were|stood\s+at|reached|came\s+to))?\s*[:\-–—]?\s*(?=\d)|"
    # an average of many nights: "an average of 157 a night", "Average drones per night: 205"
    r"\b(?:an?\s+)?average\s+of\b|\baverage\s+(?:[\w\-]+\s+){0,2}?(?:per|a|each)\s+(?:night|day)\b|"
    r"\b(?:daily|nightly)\s+average\b|"
    # a season's tally: "more than 1,000 missiles and drones at energy facilities between October and February"
    r"between\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+and\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|"
    rf"(?:between|from)\s+(?:{_DAYS_APART})\b|"
    # a week's tally: "during the week the occupiers used 61 drones", "22 injured over the seven days"
    r"(?:over|during|in)\s+the\s+week\b(?!\s+(?:before|after|since))|(?:over|across|during|throughout)\s+"
    r"(?:the\s+)?weekend|"
    # "1,232 drones in a week" (but not "the second attack in a week", "for the third time in a month")
    r"(?<!time\s)(?<!attack\s)(?<!strike\s)(?<!assault\s)in\s+(?:a|one)\s+(?:single\s+)?(?:week|month)\b|"
    r"(?:over|in|across)\s+(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+"
    r"(?:consecutive\s+|successive\s+)?(?:nights|days)(?!\s+(?:before|after|earlier|later|ago))|"
    r"(?:over|during|in)\s+the\s+(?:(?:first|last|past|next|previous|preceding)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"fourteen|thirty|[2-9]|\d\d)\s+(?:days|nights)|"
    r"(?:in|during|over)\s+the\s+(?:first|second|third|fourth|last|final|past)\s+(?:week|weeks|half|days|ten\s+days)"
    r"\s+of\s+(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|the\s+month|this\s+month|the\s+year|this\s+year)\b)|"
    # many attacks told of by the size of each: "several attacks involving more than 500 drones"
    r"(?:several|many|multiple|numerous|repeated|other|two|three|four|five|\d+)\s+(?:(?:[\w\-]+\s+){0,2}?)"
    r"(?:attacks|strikes|barrages|nights)\s+(?:involving|with|of)|"
    # "in the first six months of 2025", "over the course of June"
    r"(?:in|during|over)\s+the\s+first\s+(?:\w+\s+)?(?:months|weeks)\b|"
    r"(?:over|in)\s+the\s+course\s+of\s+(?:the\s+)?(?:month|week|year|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|"
    r"(?:month|year)\s+(?:ago|earlier)|throughout\s+the\s+war|in\s+the\s+(?:past|last)\s+(?:month|year|week)|"
    # "used around 1,270 drones ... over the previous week"
    r"(?:over|during|in|across)\s+the\s+(?:previous|preceding|past|last)\s+(?:week|month|fortnight)\b|"
    # (but the target's: "Russia hit gas production in Kharkiv region with 35 missiles", "the plant's sulfur
    # production unit"; nor a change of pace told with no count: "as Moscow ramps up production of Shahed drones")
    r"annually|(?<!\sup\s)(?<!gas\s)(?<!oil\s)(?<!power\s)(?<!energy\s)(?<!electricity\s)production"
    r"(?!\s+(?:unit|line|facility|facilities|site|hall|workshop|area))|"
    # (a factory's output, not what talks did: "a phone call had produced no progress")
    r"produce[sd]?(?!\s+(?:no|any|little|nothing|results?|progress|an?\s+(?:breakthrough|agreement|deal)))|"
    r"manufactur\w+|according\s+to\s+the\s+United\s+Nations|U\.?N\.?\s+human\s+rights|"
    # the UN's tally of the war's dead: "UN confirms 1,179 civilian deaths"
    r"UN\s+(?:confirms|has\s+confirmed|says|monitors|monitoring\s+mission)|"
    r"(?:aid|arms|weapons|military|assistance)\s+packages?|security\s+assistance|military\s+aid|pledged|"
    r"will\s+(?:send|supply|provide|deliver|give)|would\s+(?:send|supply|provide|deliver|give))\b")
#: Words any of which lets a clause match _CUMULATIVE_RE (a cheap gate before the regex); the commoner words the
#: pattern reads count only with the words they need (see _may_be_cumulative).
_CUMULATIVE_WORDS = any_of(
    "recent", "nights", "times", "throughout", "annually", "produc", "manufactur", "nations", "human",
    "un confirms", "un has", "un says", "un monitor", "if ", "weekend", *_HABITUAL,
    *(f"{modal} " for modal in _MODAL), *(f"{plan} to " for plan in _PLANNED_VERBS),
    "capable of", "able to ", "salvo of", "can ", "a figure", "goal", "ambition", "objective", "intention",
    "the same month", "the same week", "the same year", "the same period",
    "start of the", "attacks have", "in the war", "in the full-scale", "in the invasion", "each carrying", "each armed",
    "each holding", "each loaded", "each able", "each can",
    "beginning of the",
    "last winter", "last summer", "last autumn", "last fall", "last spring", "armored", "armoured", "artillery systems",
    "at the front", "operation zone", "smo zone", "combat zone", "in the first ",
    "over the month", "over the year", "over the week", "over month", "over year", "over week",
    "during the month", "during the year",
    "occasions", "weekly", "monthly", "average", "fortnight", "accounted for", "verified by", "hrmmu", "ohchr",
    "the mission", "bodies of", "combined with",
    "monitoring mission", "period", "in may", "during may",
    "package", "assistance", "military aid", "pledged", "will ", "would ",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")
#: What "month" or "year" needs beside it in _CUMULATIVE_RE, but for "a month", "a year".
_SPAN_WORDS = any_of("this", "last", "per", "every", "each", "past", "ago", "earlier", "first", "course of", "previous",
                     "preceding")
#: What "since" needs in _CUMULATIVE_RE: "since the start", "since the full-scale invasion"; or a year after it,
#: past white space of any kind and a month's name ("since 2022", "since Oct. 2023": _SINCE_YEAR_RE), a day of a
#: month ("since Feb. 1", "since 5 May") or a month ("since mid-May").
_SINCE_WORDS = any_of("start", "beginning", "outbreak", "invasion", "spring", "summer", "autumn", "winter",
                      "liberation", "occupation", "annexation", "new year", "christmas", "easter", "since then",
                      "formed", "founded", "created", "set up", "established")
_SINCE_YEAR_RE = compiled(r"since\s+(?:[a-z]+\.?\s+)?(?:19|20)\d\d|since\s+[a-z]{3,9}\.?\s+\d{1,2}\b|"
                          r"since\s+\d{1,2}\s+[a-z]|since\s+(?:early\s+|late\s+|mid-?)?(?:jan|feb|mar|apr|may|jun|jul|"
                          r"aug|sep|oct|nov|dec)|since\s+(?:[\w'’\-]+\s+){1,6}?on\s+(?:\d{1,2}\s+[a-z]|[a-z]{3,9}\s+\d)|"
                          r"since\s+(?:[\w'’\-]+\s+){1,6}?in\s+(?:[a-z\-]+\s+){0,3}(?:19|20)\d\d|"
                          r"since\s+(?:[\w'’\-]+\s+){1,8}?in\s+(?:early\s+|late\s+|mid-?)?(?:jan|feb|mar|apr|may|jun|"
                          r"jul|aug|sep|oct|nov|dec)")


#: The months' names (lower case), which a month's toll ("in october 2022, 68 civilians were killed") names.
_MONTH_NAME_KEYS = any_of(*_MONTH_NAMES.lower()[3:-1].split("|"))
#: _KILLED_IN_YEAR compiled for _may_be_cumulative's gate (lower case).
_KILLED_IN_YEAR_RE = compiled(f"{_KILLED_IN_YEAR}|{_YEAR_KILLED}")


def _may_be_cumulative(low: str) -> bool:
    """Whether a (lower-case) sentence holds the words one of _CUMULATIVE_RE's phrasings needs.

    "this", "last", "per", "each", "every" and "past" are common and count only with the span they qualify ("this
    week", "per day", "every night", "past few days"); so do "month" and "year" ("a year ago", "this month", "over
    year"; a "57-year-old" is none), "since" ("since the invasion") and "during" ("during the war").
    """
    if _CUMULATIVE_WORDS(low):
        return True
    if ("month" in low or "year" in low) and (_SPAN_WORDS(low) or _after_a(low, "month") or _after_a(low, "year") or
                                              "over" in low or "during" in low):  # ("over year", "during the year")
        return True
    if "since" in low and (_SINCE_WORDS(low) or _SINCE_YEAR_RE.search(low) or " has " in low or " have " in low):
        return True
    if "during" in low and "war" in low:
        return True
    if ("in 20" in low or "in 19" in low or "same year" in low or "throughout " in low or (
            " 20" in low and " were " in low and _MONTH_NAME_KEYS(low))) and _KILLED_IN_YEAR_RE.search(low):
        return True  # "killed at least 46 civilians in Belgorod region in 2024"
    if "day" in low and ("per" in low or "every" in low or "past" in low or "last" in low):
        return True
    if "week" in low and ("this" in low or "past" in low or "last" in low or "the week" in low or " week of" in low or
                          "over" in low or "course of" in low or "previous" in low or "preceding" in low or
                          _after_a(low, "week")):
        return True
    if "that period" in low or "that time" in low:
        return True  # "over that period"
    if ("one " in low or "single " in low) and ("month" in low or "week" in low or "year" in low):
        return True  # "in one month", "within a single week"
    if "half of" in low:  # "in the first half of the month"
        return True
    if " each" in low and ("carr" in low or "hold" in low or "with" in low):  # "launchers carrying eight missiles each"
        return True
    if ("attacks " in low or "strikes " in low or "barrages " in low) and (
            "involving" in low or "with " in low or "of " in low):  # "several attacks involving 500 drones"
        return True
    if "days" in low and ("the " in low or "on " in low or "in " in low or "over " in low or "across " in low):
        # "over the seven days", "on nine days in July", "over 5 days"
        return True
    if ("between " in low or "from " in low) and _BETWEEN_DATES_RE.search(low):
        return True  # "between Dec. 1 and Feb. 18" (_dates_apart)
    if ("between" in low or "from" in low) and "day " in low and (" and " in low or " to " in low or
                                                                  " through " in low or " until " in low):
        return True  # "between Tuesday and Friday", "from Friday evening to Monday"
    return "night" in low and "every" in low


def _after_a(low: str, word: str) -> bool:
    """Whether the word comes after "a" and white space somewhere in a (lower-case) text ("a year", "a  month")."""
    at = low.find(word)
    while at >= 0:
        j = at
        while j and low[j - 1].isspace():  # as "\s"
            j -= 1
        if 0 < j < at and low[j - 1] == "a":
            return True
        at = low.find(word, at + 1)
    return False


#: What a clause on who the hurt were ("a woman who lives on the top floor") may be followed by: their hurt.
_HURT_AFTER_WHO = (r"\s+(?:(?:were|was)\s+(?:[a-z]+\s+){0,3}?(?:injured|wounded|hurt|killed|injuries|wounds)|"
                   r"(?:escaped|walked\s+away|suffered|sustained)\s+with|(?:suffered|sustained)\s+"
                   r"(?:minor\s+|light\s+|serious\s+|shrapnel\s+)?(?:injuries|wounds|cuts|burns))\b")


_CLAUSE_RE = compiled(r"[^;]+")
#: "Hits by 6 missiles ...", "impacts of 12 drones": the weapons that got through.
_HITS_BY_RE = ci(r"\b(?:hits|impacts)\s+(?:by|of|from)\s+")
#: A sentence about some of the casualties told before it: "Of the wounded, 40 remained in hospital", "Ten of those
#: hospitalized were in serious condition".
_OF_THE_HURT_RE = ci(r"^\s*(?:[\w\-]+\s+)?of\s+(?:the|those|these)\s+(?:[\w\-]+\s+){0,2}?(?:dead|"
                     r"killed|victims|casualties|(?:people\s+)?(?P<who>wounded|injured|hurt|hospitali[sz]ed)|"
                     r"people\s+killed)\b")
#: The rule of a death among the injured told before: "One of the injured later died in hospital", one more dead.
DIED_OF_WOUNDS = "died-of-wounds"
#: "all but one of the drones": the number after it is the exception, read by the all-but rule instead.
_ALL_BUT_BEFORE_RE = ci(r"\ball\s+(?:but|except(?:\s+for)?)\s+$")
#: (and an ordinal: "in the second attack on a commercial vessel in three days", "for the third time this week")
_SUPERLATIVE_RE = ci(r"\b(?:largest|biggest|heaviest|most\s+\w+|worst|deadliest|first|record|deepest|longest|"
                     r"farthest|furthest|greatest|strongest|fiercest|highest|longest-range|second|third|fourth|fifth|"
                     r"sixth|seventh|latest)\b[^.;]*$")
#: An attack's rank in a span: "in what Ukrenergo called the 12th massive attack on the power sector this year" counts
#: attacks, so the counts told before it are the night's (those after it are not: "it was the 11th attack since
#: October, and more than half of the 24 missiles ...").
_RANK_IN_SPAN_RE = ci(r"\b(?:\d{1,3}(?:st|nd|rd|th)|eighth|ninth|tenth|eleventh|twelfth)\s+(?:[\w\-]+\s+){0,2}?"
                      r"(?:attack|strike|barrage|assault)\b[^.;]*$")
_ONE_NIGHT_RE = ci(r"\bin\s+(?:one|a\s+single)\s+(?:night|day|attack|strike|barrage|wave)\b")
#: The spans of _CUMULATIVE_RE that date what they qualify: "in April", "in October 2023", "last year", "a year ago".
_DATED_SPAN_RE = ci(r"in\s+(?:January|February|March|April|June|July|August|September|October|November|December)|"
                    r"(?:last|this)\s+(?:year|month)|(?:month|year)\s+(?:ago|earlier)")
#: What makes _CUMULATIVE_RE's "a year" or "a month" a dated span: "a year earlier", "a month ago".
_AGO_RE = compiled(r"\s+(?:ago|earlier|before)\b")
#: A day of a month after a span that dates what it qualifies: "a year earlier, on July 8, 2024", "a month earlier,
#: on the night of Nov. 9".
_ON_A_DAY_RE = ci(rf",?\s+on\s+(?:the\s+night\s+of\s+)?{DATE_WORDS}\b")
#: A day within the month a span names, told before it: "when two missiles struck its centre on Palm Sunday in April".
_DAY_IN_THE_MONTH_RE = ci(rf"\bon\s+(?:(?:a|\w+)\s+)?(?:{'|'.join(_WEEKDAYS)})\s+$")
#: One attack told of: "a missile attack on the city", "a strike on a shop", "the Aug. 28 bombing" (not "attack
#: drones", "strike groups", "the strike campaign"; no count between: "the enemy launched 5,000 attack drones").
_ONE_ATTACK_RE = ci(r"\b(?:a|an|one|the|that)\s+(?:[a-z.\-’']+\s+){0,4}?(?:attack|strike|airstrike|bombing|barrage)\b"
                    r"(?!\s+(?:drones?|uavs?|groups?|campaigns?|waves?|series|aircraft|capabilit\w*|packages?)\b)|"
                    # one weapon that struck: "In April, a drone struck a dormitory in Yelabuga, injuring 12 people"
                    r"\b(?:a|one)\s+(?:[a-z\-]+\s+)?(?:drone|missile)\s+(?:struck|hit|slammed)\b|"
                    # (or weapons that struck one target: "In April last year, Russian missiles hit the city's railway
                    # station, killing 61 people")
                    # (or its centre: "In April, two Iskander-M ballistic missiles struck its centre on Palm Sunday")
                    r"\b(?:[a-z\-]+\s+)?(?:drones|missiles)\s+(?:struck|hit|slammed\s+into)\s+(?:the|a|an|its|their)\s")
_QUOTES_AS_SPACES = str.maketrans({'"': " ", "“": " ", "”": " ", "«": " ", "»": " "})
#: A count told as a mark passed or not reached: "just under the 90 mark of drones", "over the 500 mark".
_THE_MARK_RE = compiled(r"\b(?:under|over|below|above|past|beyond|around|near|about)\s+(?P<the>the\s+)[\d,]+"
                        r"(?P<mark>\s+mark(?:\s+of)?)\b")
#: Whether a text holds one of those quotation marks (translate() with a table is slow; most sentences hold none).
_HAS_QUOTES = any_of('"', "“", "”", "«", "»")
#: A person and "of" before a number, which is the person's age: "a woman of 74", "a man of 52".
_PERSON_OF_RE = compiled(r"\b(?:man|woman|pensioner|resident|person|boy|girl|mother|father|grandmother|"
                         r"grandfather|wife|husband|son|daughter)\s+of\s+$")
#: A person's name and a comma right before a number, which is then the person's age: "Andrii, 41, a railway".
_AGE_AFTER_NAME_RE = compiled(r"(?<![.!?:]\s)\b(?!(?:On|In|At|By|Since|Until|Overall|Meanwhile|Then|Also|Today|"
                              r"Tonight|Yesterday)\b)[A-Z][a-z’'\-]+,\s$")
#: A person told by what befell them, before an age between commas (lower case): "the man who was killed, ".
_AGE_AFTER_WHO_RE = compiled(r"\b(?:man|woman|boy|girl|person|victim|driver|resident|pensioner)\s+who\s+"
                             r"(?:was|had\s+been|has\s+been|died)(?:\s+(?:killed|injured|wounded|hurt))?,\s$")
#: An anniversary told as the time since (lower case): "marking four years ", "which marked three years ".
_MARKING_YEARS_RE = compiled(r"\bmark(?:ing|ed|s)?\s+(?:\w+\s+){0,2}?(?:years?|months?|days?)\s+$")
#: An item of a "by the numbers" list (lower case), its number and the dash after it: "138 - drones shot down",
#: "about 1,150 - attack drones".
_NUMBERS_ITEM_RE = compiled(r"\s*(?:about\s+|over\s+|more\s+than\s+|almost\s+|nearly\s+)?\d[\d,]*(?P<dash>\s+[-–—])\s+"
                            r"(?=[a-z])")
#: A side's own soldiers after a number (lower case): "498 of its servicemen", "12 of our troops".
_OF_ITS_FORCES_RE = compiled(r"\d of (?:its|their|our|his) (?:own )?(?:servicemen|soldiers|troops|personnel|"
                             r"fighters)\b")
#: A word of a weapon (lower case), whose sentence may tell of an attack's toll.
_WEAPON_NOUN_WORDS_RE = compiled(r"\b(?:drones?|missiles?|shaheds?|uavs?|rockets?|bombs?|shell\w*|strikes?)\b")
#: The second number of an age range ("aged 4 and 15", "aged 64 to 70") is an age too.
_AGE_RANGE_RE = ci(r"\b(?:aged?|ages)\s+(?:between\s+|from\s+)?(?:[\w\-]+\s*(?:,|to|and|-|–)\s*)+$")
_BEFORE_PREP_RE = ci(r"\b(?:in|of|from|by|since|until|over)\s+$")
_LETTER_HYPHEN_RE = compiled(r"[A-Za-z]-$")
#: What after a number makes it part of another (a date's year, a time): matched at a position, so no "^". Not the
#: next count of a title's list: "death toll rises to 4, 17 injured".
_AFTER_DIGIT_RE = compiled(r"(?!,\s*\d{1,3}\s+(?:people\s+)?(?:injured|wounded|hurt|dead|killed)\b)"
                           r"[\s,]*(?:\d|[ap]\.m)")
_ONE_OF_RE = ci(r"^\s+(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?"
                r"(?:most|largest|biggest|heaviest|worst|few|first|main|key)|another|day|side)\b")
#: "no one was hurt", "not a single drone", "none of the 12", "none of the ship's 17": a negated count is no figure.
_NEGATED_RE = ci(r"\b(?:no|not|nor|none\s+of\s+(?:the|its|their|his|her|our|(?:the\s+)?\w+['’]s))\s+$|"
                 # nor one in question: "did not say whether the two Iskander-M missiles had been intercepted"
                 r"\bwhether\s+(?:the\s+|any\s+of\s+the\s+|all\s+)?$")
_DIGIT_IN_RE = compiled(r"\d")
#: Words of people killed or hurt (lower case), one of which a sentence of casualties holds.
HURT_WORDS = ("kill", "injur", "wound", "died", "dead", "hurt", "hospitali", "suffered cuts", "sustained cuts",
              "concuss", "contusion",
              "suffered burns", "sustained burns", "treated at the scene", "treated on the spot", "treated on site",
              "treated for", "sought medical", "needed medical", "required medical", "received medical",
              "needed hospital", "required hospital",
              "condition", "outpatient", "cut by", "lost his life", "lost her life", "lost their lives",
              "not survive", "n’t survive", "n't survive", "not be saved", "stitches", "intensive care",
              "received a cut", "suffered a cut", "sustained a cut", "received cuts", "received burns",
              "suffered a burn", "received a burn", "sustained a burn", "passed away", "fractur", "a broken",
              "suffered broken", "sustained broken", "grazed", "smoke inhalation", "ventilator", "barotrauma",
              "to hospital", "to a hospital", "to the hospital", "with cuts", "removed", "consciousness",
              "away with", "escaped with", "got off with", "minor cuts", "superficial cuts", "body of", "bodies of",
              "body was", "body has been", "body had been", "his body", "her body")
#: HURT_WORDS and any word of a hospital ("three remain in hospital").
_CASUALTY_KEYS = any_of(*HURT_WORDS, "hospital")
#: Endings the text before a number must have (white space stripped) for QUALIFIER_RE to match there.
_QUALIFIER_ENDS = ("than", "least", "over", "to", "around", "about", "nearly", "almost", "some", "roughly",
                   "approximately", "as", "under", "of", "combined", "record", "further", "another", "additional",
                   "all", "a", "on", "good", "nudging", "approaching", "for", "quite", "below")
#: Endings the text before a count (white space and a comma stripped) must have for _CAS_PRE_RE to match.
_CAS_PRE_ENDS = ("killed", "killing", "kills", "kill", "of", "dead", "injured", "injuring", "injures", "wounded",
                 "wounding", "wounds", "hurt", "hurting", "ised", "ized", "to")
_SINGLE_PERSON_RE = ci(
    # (and the one a verb has just hurt: "a drone hit a car, killing the 52-year-old driver")
    r"(?<![\w'’\-])(?P<art>an?|(?:(?<=^)|(?<=^\s))another|one|his|her|their|its|our|(?<=the\s)[a-z]+['’]s|(?:(?<=killing\s)|(?<=killed\s)|(?<=injuring\s)|(?<=injured\s)|"
    r"(?<=wounding\s)|(?<=wounded\s))the|"
    # (or one a sentence opens on by age, "The 47-year-old driver was killed", or with its fate, "The driver was
    # killed", or a title's bare "man killed")
    r"(?:(?<=^)|(?<=^\s))the(?=\s+[\w\-]+-year-old\s|\s+(?:[a-z]+\s+)?[a-z\-]+(?<!\swho)(?<!\sthat)"
    r"(?:,\s+(?:aged\s+)?\d{1,3},)?\s+"
    # (or taken to hospital to die there: "The driver was taken to hospital, where he succumbed")
    rf"(?:(?:was|has\s+been|had\s+been)\s+(?:killed|injured|wounded|hurt|{_DIED_IN_HOSPITAL}|"
    # (or pulled out of the ruins, hurt: "The night guard was pulled from the wreckage, in a critical condition")
    r"(?:pulled|freed|rescued)\s+(?:out\s+)?(?:alive\s+)?from)|died|"
    # (or hurt as told by the wound: "The driver suffered a mine-blast injury and shrapnel wounds")
    r"(?:suffered|sustained|received)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:injury|injuries|wounds?)|"
    # (or with one more whose fate they share: "The driver and his passenger were injured")
    r"and\s+(?:his|her|their|an?|the)\s+[a-z\-]+\s+were\s+(?:killed|injured|wounded|hurt))\b)|"
    r"(?:(?<=^)|(?<=[,;:]\s))(?=(?:man|woman|boy|girl|child|teenager|pensioner|civilian|driver)\s+"
    r"(?:killed|injured|wounded|dies|died|hurt)\b))(?:(?<=[a-z])\s+|(?<![a-z]))"
    # (an age, and a word of who they are after it: "the 52-year-old night watchman")
    r"(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)-old\s+)?(?:elderly\s+|married\s+|"
    r"young\s+|adult\s+|grown(?:-up)?\s+|older\s+|younger\s+|eldest\s+|youngest\s+|local\s+|night\s+|next-door\s+|"
    r"teenage\s+|newborn\s+|little\s+|baby\s+|ukrainian\s+|russian\s+|foreign\s+|"
    r"civilian\s+)?"
    r"(?:(?:truck|lorry|tractor|bus|minibus|trolleybus|taxi|tram|train|locomotive|crane|forklift|ambulance|delivery|"
    r"railway|rail|utility|energy|power|gas|water|heating|port|factory|"
    r"municipal|postal|farm|construction|aid|council|stock|refinery|plant|depot|warehouse|shift|site|market|mine|"
    # (and what part of it: "an energy company worker", "a power plant employee")
    r"substation)\s+(?:(?:company|plant|station|utility|service|sector|industry)\s+)?)?(?:man|woman|person|boy|girl|child|"
    r"teenager|clerk|cashier|loader|cleaner|dispatcher|conductor|storekeeper|accountant|operator|"
    r"civilian|resident|pensioner|baby|infant|newborn|toddler|"
    r"passer-by|driver|passenger|pedestrian|cyclist|worker|employee|rescuer|firefighter|policeman|police\s+officer|"
    r"medic|(?:security\s+)?guard|stoker|janitor|watchman|caretaker|groundsman|gardener|cook|baker|porter|"
    r"teacher|doctor|nurse|electrician|miner|serviceman|servicewoman|soldier|"
    r"salesman|saleswoman|fisherman|sailor|seaman|lineman|repairman|mechanic|technician|engineer|paramedic|"
    r"(?:port|harbou?r|maritime|sea)\s+pilot|captain|skipper|docker|dockworker|stevedore|"
    r"student|courier|priest|shopkeeper|vendor|patient|attendant|waiter|waitress|bartender|pharmacist|hairdresser|"
    r"librarian|shop\s+assistant|builder|plumber|welder|"
    # (one of a crew, a staff, a family: "a crew member of a tugboat", "a member of staff")
    r"(?:crew|staff|family|team)\s+member|member\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:crew|staff|family|team)|"
    r"(?:son|daughter|father|mother|brother|sister)-in-law|"
    r"son|daughter|father|mother|husband|wife|grandmother|grandfather|granddaughter|grandson|grandchild|"
    r"volunteer|journalist|farmer|neighbou?r|owner|homeowner|tenant|occupant|brother|sister|colleague|friend|"
    r"relative|"
    r"(?P<two>couple))\b")
_OTHERS_WEAPON_RE = ci(rf"^(?:\s*,)?\s*(?:{_AUX})?{_ADV}*(?:{CUE_SUPP}|{CUE_DOWN}|were\s+launched)\b")
_ALL_END_RE = ci(r"\ball\s*$")
#: _NOUN_BLOCK_AFTER_RE without its "^", matched at a position instead of on a slice (it looks at nothing before).
_NOUN_BLOCK_AT_RE = compiled(_NOUN_BLOCK_AFTER_RE.lowered.pattern.removeprefix("^"))
#: What follows a weapon type's name to the noun it names ("Iskander-M ballistic missiles", "Shahed attack drones").
_TYPE_TAIL_RE = ci(r"(?:-[a-z0-9]+)?(?:\s+(?!(?:and|or|of|were|was|in|on|at|to)\b)[a-z\-]+){0,2}?\s+"
                   r"(?:missiles?|drones?|uavs?)\b")
#: A model's letter after its name with no noun after it: "Iskander-M", "Kh-101" told as "four Iskander-M and".
_MODEL_SUFFIX_RE = compiled(r"-[a-z0-9]+\b")
_WEAPON_NEXT_RE = ci(r"\s*(?:drones?|UAVs?|missiles?)")
#: What comes before the whole a part is told of: "Of the 90 drones", "; of the 43", "most of the 43 drones were
#: destroyed", "the lion's share of the eighty missiles".
_WHOLE_BEFORE_RE = ci(r"(?:(?:^\s*|[,;:]\s*)(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?|"
                      r"\b(?:most|many|some|several|the\s+(?:majority|bulk|rest|(?:lion['’]s|greater|better|best)\s+"
                      r"(?:share|part))|all\s+but\s+(?:a\s+few|one|two))"
                      # (or with no article: "the bulk of ninety Shahed-type attack drones")
                      r"\s+of\s+(?:(?:the|these|those|russia['’]s|its|their)\s+)?|"
                      # "two-thirds of 90 Russian drones"
                      rf"\b{SHARE_WORDS}\s+of\s+(?:(?:the|these|those|russia['’]s|its|their)\s+)?)$")
#: A qualifier in front of the whole a part is told of: "out of more than 50", "of some 40".
_WHOLE_QUAL_RE = ci(r"(?:more\s+than|over|at\s+least|about|around|nearly|almost|some|roughly|approximately|up\s+to)\s+")
_LIST_JOIN_RE = compiled(r"(?:,|\band)\s*$")
_CHAIN_GAP_RE = ci(r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus|along\s+with|with|&|\+)?\s*")
#: _CHAIN_GAP_RE where people follow people: "a man and his son", "a woman and her two children", "a man aged 52
#: and a woman", "a man born in 1961 and his wife".
_PEOPLE_GAP_RE = ci(r"(?:,?\s+aged\s+\d{1,3}|\s+born\s+in\s+(?:19|20)\d\d)?"
                    r"\s*(?:,\s*)?(?:and|as\s+well\s+as|along\s+with|with)\s+(?:(?:his|her|their)\s+)?")
_SEP_RE = compiled(r"[,;]")
#: Who the people counted were, between commas, dashes or brackets: "a man and a woman", "both civilians", "aged 54
#: and 71"; or whose they were: "two of our colleagues".
_WHO = (r"(?:(?:an?|one|two|three|four|five|six|both|all|the)\s+[^,;.()–—]{0,40}?\b|"
        # (or plural people with no article: "Two employees, men aged 38 and 56, were injured")
        r"(?=(?:men|women|boys|girls|children|teenagers|pensioners|civilians|residents)\b))"
        r"(?:man|woman|men|women|boys?|girls?|"
        r"child|children|teenagers?|pensioners?|civilians|residents|couple|brothers|sisters|parents|employees?|"
        r"mother|father|sons?|daughters?|husband|wife|grand(?:mother|father|sons?|daughters?)|"
        r"workers?|drivers?|guards?|rescuers?|firefighters?|medics?|volunteers?|students?)\b[^,;.()–—]{0,30}?")
_ASIDE_RE = ci(r"(?:(?:\s+of\s+(?:one|the\s+same|a|their|our)\s+family)?"  # ("Four members of one family, including")
               r"\s*,\s*(?:including|among\s+(?:them|whom)|of\s+whom|(?:most|many|some|\d+|[a-z]+)\s+of\s+them|"
               r"mostly|incl\.)\s+"
               r"[^,;.()]{1,50},|\s*\((?:including|among\s+them|incl\.)\s+[^()]{1,50}\)\s*,?"
               # (after where they were from too: "Two of our neighbours from the fifth floor, a mother and her son,")
               rf"|(?:\s+(?:from|on|in|at)(?:\s+(?!(?:were|was|are|is|have|has|had)\b)[\w’'\-]+){{1,4}})?"
               # (or between dashes: "Two of our employees on the night shift — the foreman and a weigher — were")
               rf"(?:\s*,\s*{_WHO},|\s+[–—]\s*[^–—.;:()\d]{{3,60}}?\s*[–—])"
               rf"|\s+[–—-]\s*{_WHO}\s*[–—-]|\s*\({_WHO}\)\s*,?"
               r"|\s*,\s*aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|-|–)\s*\d{1,3})*\s*,|"
               r"\s*\((?:aged\s+)?[\d\s,\-–and]{1,30}\)\s*,?"
               r"|\s+of\s+(?:our|their|its|the)\s+(?:colleagues|employees|staff|workers|crew|passengers)\b"
               # (where they were from: "three crew members, citizens of Egypt and Syria, were hurt")
               r"|\s*,\s*(?:all\s+)?(?:citizens|nationals|residents|natives)\s+of\s+[^,;.()]{1,40},"
               # (or with no commas: "two women aged 64 and 70 were injured")
               r"|\s+aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|-|–)\s*\d{1,3})*(?=\s+(?:were|was|have|had|are)\b)"
               # (a person's name and age: "our security guard, Mykola, 52, who had worked here since 2011, was")
               r"|\s*,?\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*\d{1,3}\s*,(?:\s*who\s+[^,;.()]{1,80},)?"
               # (or only who they were: "a forklift operator, who had worked with us for seven years, was")
               r"|\s*,\s*who\s+(?:had\s+|has\s+)?(?:worked|lived|lives|served|been)\b[^,;.()]{1,80},"
               # (or where they were when it struck: "His wife, who was in the passenger seat, remains")
               r"|\s*,\s*who\s+(?:was|were)\s+(?:in|at|on|inside|driving|sitting|travelling|walking|standing)\b"
               r"[^,;.()]{0,60},"
               # (or only a name: "our night watchman, Mykola Hnatiuk, was critically injured")
               r"|\s*,\s*[a-z]+(?:\s+[a-z]+){0,2}\s*,(?=\s*(?:was|were|is|has|had|died|sustained|suffered|escaped)\b)"
               # (a name and where they work: "our neighbour, Pani Oksana from the flower shop, escaped with cuts")
               r"|\s*,\s*[a-z]+(?:\s+[a-z]+){0,2}\s+(?:from|of|at)\s+the\s+[a-z]+(?:\s+[a-z]+)?\s*,"
               r"(?=\s*(?:was|were|is|has|had|died|sustained|suffered|escaped)\b)"
               # (or what they were: "A 64-year-old man, a long-standing reader of our library, did not survive")
               r"|\s*,\s*an?\s+[^,;.()\d]{1,60},(?=\s*(?:was|is|has|had|died|did|sustained|suffered)\b)"
               # (or a clause on what they were doing, with no commas: "a woman who had come for a parcel were hurt")
               rf"|\s+who\s+(?!(?:was|were|is|are)\b)[^,;.()\d]{{1,60}}?(?={_HURT_AFTER_WHO})"
               # (or where they were, with their ages after: "Two women who were nearby, aged 48 and 71, were injured")
               r"|\s+who\s+(?:was|were)\s+(?:nearby|close\s+by|near|next\s+to|in|at|on|inside|outside)\b[^,;.()\d]{0,60}?"
               rf"(?:\s*,\s*aged\s+\d{{1,3}}(?:\s*(?:,|and|to|-|–)\s*\d{{1,3}})*\s*,|\s*,\s*{_WHO},)?"
               rf"(?={_HURT_AFTER_WHO})"
               # (or "who was" doing something then: "a driver who was preparing a train for departure was injured")
               rf"|\s+who\s+(?:was|were)\s+[a-z]+ing\b[^,;.()\d]{{0,60}}?(?={_HURT_AFTER_WHO})"
               # (or where they were brought out from: "A man pulled from his burning house did not survive the night")
               r"|\s+(?:pulled|rescued|carried|dragged|lifted|dug|freed)\s+(?:out\s+)?(?:from|of)\s+[^,;.()\d]{1,60}?"
               r"(?=\s+(?:did\s+not\s+survive|didn['’]t\s+survive|(?:has\s+|had\s+|later\s+)?died|was|were)\b)"
               # (or taken to hospital, to die there: "a man taken from the stairwell to hospital in Irpin did not
               # survive his injuries")
               r"|\s+(?:taken|rushed|brought|carried)\s+(?:from\s+[^,;.()\d]{1,40}?\s+)?to\s+(?:a\s+|the\s+)?hospital"
               r"(?:\s+in\s+[a-z\-]+)?(?=\s+(?:did\s+not\s+survive|didn['’]t\s+survive|(?:later\s+)?died)\b)"
               # (or what befell what was theirs: "A man whose car was hit by a drone near Stroitel has died")
               r"|\s+whose\s+[a-z]+\s+(?:was|were|had\s+been)\s+(?:hit|struck|shelled)\b[^,;.()\d]{1,80}?"
               r"(?=\s+(?:has|have|had|was|were)\s+(?:since\s+|later\s+|now\s+)?(?:died|succumbed|killed|injured|"
               r"wounded|hurt)\b))")
#: What some of a count of weapons were, told between commas and with no count of its own: "many of them decoys",
#: "including Iskander-M and Kh-101".
_WEAPON_ASIDE_RE = compiled(r",\s*(?:(?:many|most|some|all)\s+of\s+them|including|among\s+them)\s+"
                            r"(?:[^,;.()\d]|(?<=[A-Za-z\-])\d+){1,50},")  # (a model's digits: "Kh-101")
#: Where the weapons counted came from, told between commas before their verb: "Three Kh-22 missiles, fired from
#: Tu-22M3 bombers over the Black Sea, struck the village".
_CAME_FROM_ASIDE_RE = compiled(r",\s*(?:fired|launched)\s+(?:from|by)\s+[^,;.()]{1,70},")
_LIVES_AFTER_RE = ci(r"\s*lives\b")
#: "14 were injured, two children among them": a part of the count before, not people on top of it.
_SUBSET_AFTER_RE = ci(
    r"(?:\s+(?:were|was|are|is))?\s+among\s+(?:them|those|the\s+(?:injured|wounded|dead|killed|victims)|"
    r"(?:the\s+)?(?:at\s+least\s+)?[\w,]+\s+(?:people\s+)?(?:killed|dead|injured|wounded|hurt|victims))\b")
#: One of a count told before, further on in the clause: "A 16-year-old boy ... was also hurt and is among the eleven".
_AND_IS_AMONG_RE = ci(r"^[^.;]*?\band\s+(?:is|are|was|were)\s+(?:also\s+)?among\s+(?:the|those)\b")
#: "the toll stood at 31, up from 18 at midday": the count after "from" is an earlier state of the toll, no figure.
_EARLIER_COUNT_BEFORE_RE = ci(
    r"\b(?:up|rising|rose|risen|climbing|climbed|increas(?:ed|ing)|grew|grown|jump(?:ed|ing)|"
    # ("raising the toll from one killed reported earlier in the day")
    r"(?:rais|lift|push)(?:ed|ing|es)\s+the\s+(?:death\s+)?(?:toll|count|number)(?:\s+of\s+(?:dead|injured))?)\s+from\s+"
    r"(?:an?\s+(?:earlier|previous|initial)\s+|the\s+(?:earlier|previous|initial)\s+)?(?:at\s+least\s+)?"
    # a second earlier state after the first: "up from 12 on Saturday night and 20 on Sunday morning"
    r"(?:\d[\d,]*\b[^.;\d]{0,30}?(?:,|\s+and|\s+then)\s+)?$|"
    # "raising an earlier toll of 25": the toll the new one replaced
    r"\b(?:an?|the)\s+(?:earlier|previous|initial|preliminary)\s+(?:death\s+|casualty\s+|injury\s+)?"
    r"(?:toll|figure|count|tally)\s+of\s+$")
#: Between two parts of a toll told as such: "11 children killed and 72 injured".
_AND_THE_PARTS_RE = ci(r"\s+(?:were\s+)?(?:killed|dead|injured|wounded|hurt)\s*,?\s+and\s+")
_SUBSET_BEFORE_RE = ci(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|incl\.|"
                       # "Among the victims were 11 children": a part of the toll told before
                       r"among\s+the\s+(?:victims|dead|killed|injured|wounded|casualties))\s*(?:\w+\s+){0,2}$")
#: What a number in words starts with ("fourteen" with "four", "twenty" with "tw"), but for "a dozen", "half a dozen",
#: "a hundred", "a pair of" and "a brace of": a sentence that holds one of those is scanned in full instead.
_NUMBER_WORD_STARTS = ("zero", "one", "tw", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "thirt", "fif", "forty", "both")
#: A digit or the start of a number word at the start of a word: every place where NUMBER_RE may match (its
#: look-behind refuses a word character before it) and a few more, which NUMBER_RE then refuses. One scan for these
#: beats a str.find per word; a place inside a word or a run of digits is at no word start, so the scan, though its
#: matches cannot overlap, misses none of them.
_NUMBER_START_RE = compiled(rf"\b(?:\d|{'|'.join(_NUMBER_WORD_STARTS)})")
#: The same places, each with the character before it, which must not be a word character ("\b" before a digit or a
#: letter): read over the text after a space (_numbers), its match starts where _NUMBER_START_RE's does. The pattern
#: starts with a character class, so the regex engine skips in C over the letters, where "\b" is tested at each one.
_NUMBER_AFTER_GAP_RE = compiled(rf"\W(?:\d|{'|'.join(_NUMBER_WORD_STARTS)})")
_CAS_LOC_RE = compiled(r"\b(?:in|at|near|across)\s+(?:the\s+)?(?:[a-z\-]+\s+)?(?:city|town|village|"
                       rf"region|oblast|district|{_NOT_A_DATE}[A-Z])")


class _Rules:
    """The patterns the figure rules run most, compiled for any text or, as ASCII twins, for plain ASCII text.

    find_mentions picks one set per sentence (fastre.plain_ascii): on plain ASCII text the two find the same matches,
    and the twins test word boundaries without the Unicode database.
    """

    __slots__ = ("after_digit", "before_block", "cas_loc", "cas_post", "cas_pre", "chain_gap", "cumulative",
                 "loc_after", "noun", "noun_block_at", "num_verb", "number", "number_start", "one_night",
                 "partitive", "post_adj", "post_passive", "pre_cues", "qualifier", "relative", "single_person",
                 "singular", "unit_after", "whole_before")

    def __init__(self, plain: bool) -> None:
        def pick(pattern: re.Pattern[str]) -> re.Pattern[str]:
            return ascii_twin(pattern) if plain else pattern

        self.after_digit = pick(_AFTER_DIGIT_RE)
        self.before_block = pick(starts_gated(_BEFORE_BLOCK_RE))
        self.cas_loc = pick(_CAS_LOC_RE)
        self.cas_post = pick(_CAS_POST_RE.lowered)
        self.cas_pre = pick(starts_gated(_CAS_PRE_RE.lowered))
        self.chain_gap = pick(_CHAIN_GAP_RE.lowered)
        self.cumulative = pick(starts_gated(_CUMULATIVE_RE.lowered))
        self.loc_after = pick(_LOC_AFTER_RE)
        self.noun = pick(_NOUN_RE.lowered)
        self.noun_block_at = pick(_NOUN_BLOCK_AT_RE)
        self.num_verb = pick(_NUM_VERB_RE.lowered)
        self.number = pick(NUMBER_RE.lowered)
        self.number_start = pick(_NUMBER_AFTER_GAP_RE)
        self.one_night = pick(_ONE_NIGHT_RE.lowered)
        self.partitive = pick(_PARTITIVE_RE.lowered)
        self.post_adj = pick(_POST_ADJ_RE.lowered)
        self.post_passive = pick(_POST_PASSIVE_RE.lowered)
        self.pre_cues = pick(starts_gated(_PRE_CUES_RE.lowered))
        self.qualifier = pick(starts_gated(QUALIFIER_RE.lowered))
        self.relative = pick(_RELATIVE_RE.lowered)
        self.single_person = pick(_SINGLE_PERSON_RE.lowered)
        self.singular = pick(starts_gated(_SINGULAR_RE.lowered))
        self.unit_after = pick(_UNIT_AFTER_RE.lowered)
        self.whole_before = pick(starts_gated(_WHOLE_BEFORE_RE.lowered))


_ANY_TEXT = _Rules(plain=False)
_PLAIN_TEXT: list[_Rules] = []  # the twins, compiled on first use so that importing the rules stays cheap


def _rules_for(plain: bool) -> _Rules:
    """The patterns for a sentence: the ASCII twins where it is plain ASCII (fastre.plain_ascii)."""
    if not plain:
        return _ANY_TEXT
    if not _PLAIN_TEXT:
        _PLAIN_TEXT.append(_Rules(plain=True))
    return _PLAIN_TEXT[0]


@dataclass(slots=True)
class Mention:
    """A quantity in a sentence: its value, what it counts, its span, and the role the cues give it."""

    value: int
    kind: str  # drone, missile, combined, people, bare
    start: int
    end: int
    rule: str
    role: str | None = None
    subset: bool = False
    has_loc: bool = False
    all_of: bool = False
    whole: bool = False
    of_them: bool = False
    cumulative: bool = False
    num_start: int = -1
    extra: dict[str, int] = field(default_factory=dict)


#: The kind a match of _NOUN_RE counts, by the name of its group that matched.
_KIND_OF_GROUP = {"comb": "combined", "drone": "drone", "missile": "missile", "people": "people"}


def _kind_of(m: re.Match[str]) -> str:
    """The kind a match of _NOUN_RE counts: its four groups are its only ones, every match holds one of them, and
    none can match empty, so the last group that matched (one look-up) is the one that did."""
    return _KIND_OF_GROUP[m.lastgroup or "people"]


#: The time an operation took to prepare, before the span it names: "prepared for a year and a half", "in
#: preparation for over 18 months".
_PREPARED_FOR_RE = compiled(r"\b(?:prepared|in\s+preparation|planned|in\s+the\s+making)\s+(?:for\s+)?"
                            r"(?:(?:over|more\s+than|nearly|almost|about|some)\s+)?$")


#: A month's name right before (lower case): "april " of "in april last year".
_MONTH_BEFORE_RE = compiled(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                            r"december)\s+(?:of\s+)?$")
#: "since" and a day of a month (lower case): "since oct. 10", "since 10 october".
_SINCE_A_DAY_RE = compiled(r"since\s+(?:[a-z]{3,9}\.?\s+\d{1,2}\b(?!\d)|\d{1,2}\s+[a-z]{3,9}\b)")
#: _SINCE_A_DAY_RE before the attack of that day: "since dec. 29, when".
_SINCE_DAY_WHEN_RE = compiled(rf"\b{_SINCE_A_DAY_RE.pattern},?\s+when\b")


#: A person's doing before the span it has lasted: "the librarian who had helped us register aid recipients [since
#: 2023]".
_WHO_SINCE_RE = compiled(r"\bwho\s+(?:had|has|have)\s+(?:[a-z’'\-]+\s+){0,8}$")


#: One strike, told before a span its toll is told over (lower case): "a strike on the city that killed three".
_ONE_STRIKE_BEFORE_RE = compiled(r"\b(?:a|one)\s+(?:[\w\-]+\s+){0,2}?(?:strike|attack)\b")


#: What began at the month after it (lower case): "the full-scale invasion began ", "since russia invaded ".
_BEGAN_BEFORE_RE = compiled(r"\b(?:began|begun|started|invaded)\s+$")
#: A weekday an attack came on (lower case): "on monday", "on tuesday night".
_ON_A_WEEKDAY_RE = compiled(r"\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
#: A verb of saying before a weekday, which dates the words, not an attack: "zelensky said in his address on sunday".
_SAID_BEFORE_RE = compiled(r"\b(?:said|says|told|reported|announced|wrote|address)\b")


def _cumulative(clause: str, rules: _Rules) -> tuple[int, int]:
    """Where in a (lower-case) clause its counts speak of a cumulative span ("since the invasion"), not a comparison
    ("largest since") nor one night of that span ("last month Russia launched a record 728 drones in a single
    night"): (start, end), the start 0 for the clause's start or the position of a promise ("would send") for the
    counts after it, the end that of the clause or of one attack a date tells of ("In April, a missile attack on the
    city killed two people": the counts after "a missile attack" are its own); (-1, -1) for none.
    """
    one_night = "in " in clause and rules.one_night.search(clause) is not None
    for m in rules.cumulative.finditer(clause):
        if one_night and not clause.startswith((*_HABITUAL_OR_IF, "on "), m.start()):
            # "last month Russia launched a record 728 drones in a single night" (but "On nine days in July, Russia
            # launched more than 400 drones in a single night" is several days' count)
            continue
        if clause.startswith("last ", m.start()) and _MONTH_BEFORE_RE.search(clause, max(0, m.start() - 12), m.start()):
            continue  # "In April last year, Russian missiles hit the railway station, killing 61": that day's
        if m.group().endswith("weekend") and _ONE_STRIKE_BEFORE_RE.search(clause, 0, m.start()):
            continue  # "a strike on Kharkiv that killed three people and wounded 11 over the weekend": one strike's
        if clause.startswith("in ", m.start()) and _BEGAN_BEFORE_RE.search(clause, max(0, m.start() - 20), m.start()):
            continue  # "the largest since the full-scale invasion began in February 2022": when the war began
        if m.group() == "this week" and (day := _ON_A_WEEKDAY_RE.search(clause, m.end())) and \
                not _SAID_BEFORE_RE.search(clause, m.end(), day.start()):
            continue  # "Russia this week carried out ..., firing 127 missiles ... on Monday": that day's
        if clause.startswith(("a year since", "a month since"), m.start()):
            continue  # "Poltava marked a year since the strike that killed 59": the time since it, not a rate
        if clause.startswith("since", m.start()) and "mark" in clause and \
                _MARKING_YEARS_RE.search(clause, max(0, m.start() - 40), m.start()):
            continue  # "On the night marking four years since the full-scale invasion, Russia launched 226 drones"
        if clause.startswith(("a month", "a year"), m.start()) and \
                clause.startswith((" after ", " before ", " later", " earlier"), m.end()):
            continue  # "The strike came less than a month after a Russian missile hit ... Kremenchuk": a distance
        if _PREPARED_FOR_RE.search(clause, max(0, m.start() - 40), m.start()):
            continue  # "the operation had been prepared for a year and a half and used 117 drones": no tally
        if clause.startswith("since", m.start()) and "who " in clause and \
                _WHO_SINCE_RE.search(clause, max(0, m.start() - 80), m.start()):
            continue  # "Halyna, the librarian who had helped us since 2023": a person's years, not a tally
        ago = _AGO_RE.match(clause, m.end())  # ("a year" read before "a year earlier")
        if (ago or _DATED_SPAN_RE.lowered.match(clause, m.start())) and \
                _ON_A_DAY_RE.lowered.match(clause, ago.end() if ago else m.end()):
            continue  # "A year earlier, on July 8, 2024, Russia attacked with 38 missiles": that day's
        if clause.startswith("in ", m.start()) and _DATED_SPAN_RE.lowered.match(clause, m.start()) and \
                _DAY_IN_THE_MONTH_RE.lowered.search(clause, max(0, m.start() - 30), m.start()):
            continue  # "35 people were killed when two missiles struck on Palm Sunday in April": that day's
        # searched in place, not in a slice, so that "\b" sees the letter before the window ("almost 3,000" is no
        # "most ...")
        # (a plan or a habit is no comparison, whatever comes before it: "most of them at the Alabuga plant, and
        # aims to be able to launch up to 1,000 drones in a single night")
        # (a superlative before a comma compares nothing with "since then": "first intercepted them in May 2023, and
        # since then ... 200 such missiles have been shot down")
        reach = max(0, m.start() - 60, clause.rfind(",", 0, m.start()) if clause.startswith("since then", m.start())
                    else 0)
        if clause.startswith(_HABITUAL_OR_IF, m.start()) or \
                not _SUPERLATIVE_RE.lowered.search(clause, reach, m.start()):
            # what is promised is counted after the promise: "launched 728 drones, hours after Trump said he
            # would send more weapons" is no count of them
            start = m.start() if clause.startswith(("will ", "would ", *_MODAL, *_PLANNED), m.start()) else 0
            if (rank := _RANK_IN_SPAN_RE.lowered.search(clause, max(0, m.start() - 60), m.start())) is not None:
                start = rank.start()
            end = len(clause)
            if _DATED_SPAN_RE.lowered.match(clause, m.start()) and (
                    one := _ONE_ATTACK_RE.lowered.search(clause)) is not None:
                end = one.start()
            if not clause.startswith("since", m.start()) and " since " in clause[m.end():] and \
                    (day := _SINCE_DAY_WHEN_RE.search(clause, m.end())) is not None:
                end = day.start()  # ("in recent weeks, while Russia has ... since Dec. 29, when it launched 122
                # missiles": the counts after "when" are that day's)
            if clause.startswith("since", m.start()) and clause.startswith((", when ", " when "), m.end()) and \
                    _SINCE_A_DAY_RE.match(clause, m.start()):
                if (comma := clause.find(", ", m.end() + 6)) > 0 and (
                        m.start() == 0 or _PERFECT_AFTER_RE.match(clause, comma + 2)):
                    # "Since Sept. 13, when Russia first used Shahed drones, it has shot down 223" (or "The Air Force
                    # noted that since September 13, when the first one was shot down, air defence has destroyed 300")
                    start = comma
                else:
                    end = m.end()  # "pounded Ukraine since Oct. 10, when it fired 84 cruise missiles": that day's
            return start, end
    if ("between " in clause or "from " in clause) and _dates_apart(clause):
        return 0, len(clause)  # "Russia launched 1,211 drones between Dec. 1 and Feb. 18"
    return -1, -1


#: A main clause in the perfect, after a "since ..., when ..." clause: "Ukrainian air defence has destroyed".
_PERFECT_AFTER_RE = compiled(r"(?:[\w'’\-]+\s+){0,4}?(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|wn|ne)\b")
_MONTH_ABBR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: Two dates a span runs between (lower case): "between dec. 1 and feb. 18", "from march 2 to march 8".
_BETWEEN_DATES_RE = compiled(rf"\b(?:between|from)\s+(?P<m1>{_MONTH_ABBR})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
                             rf"(?:,?\s+\d{{4}})?,?\s+(?:and|to|through|until|till)\s+(?:(?P<m2>{_MONTH_ABBR})\s+)?"
                             r"(?P<d2>\d{1,2})\b")


def _dates_apart(clause: str) -> bool:
    """Whether a (lower-case) clause tells of a span between two dates two or more days apart ("between March 2 and
    March 8"), not of the two dates of one night ("the night between March 7 and 8", "between Feb. 28 and March 1")."""
    for m in _BETWEEN_DATES_RE.finditer(clause):
        if "night" in clause[max(0, m.start() - 12):m.start()]:
            continue
        m2, first, last = m.group("m2"), int(m.group("d1")), int(m.group("d2"))
        if (m2 and m2[:3] != m.group("m1")[:3] and last >= 2) or last - first >= 2:
            return True
    return False


def _cumulative_spans(s: str, low: str, rules: _Rules) -> list[tuple[int, int]]:
    """The clauses of a sentence (low: lower-cased) that speak of a cumulative span, as (start, end) pairs."""
    if not _may_be_cumulative(low):
        return []
    clauses = [(c.start(), c.end()) for c in _CLAUSE_RE.finditer(s)]
    spans = ((a, _cumulative(low[a:b], rules)) for a, b in clauses)
    return [(a + at, a + end) for a, (at, end) in spans if at >= 0]


class _Cues:
    """The weapon-role cues of one sentence, scanned once and handed out for the text before any point."""

    __slots__ = ("_found", "_pattern", "_s", "_stop")

    def __init__(self, low: str, stop: int, rules: _Rules) -> None:
        self._s = low  # the sentence lower-cased
        self._pattern = rules.pre_cues
        self._stop = stop  # no mention starts later, so no text after it is ever asked for
        self._found: list[re.Match[str]] | None = None

    def before(self, end: int) -> list[re.Match[str]]:
        """The matches of _PRE_CUES_RE in s[:end], in order.

        The matches in the sentence up to the last mention serve where the cut falls after white space (no
        cue ends in white space, so none can end at the cut) and no cue runs across it; elsewhere s[:end] is
        scanned afresh.
        """
        s = self._s
        found = self._found
        if found is None:
            found = self._found = list(self._pattern.finditer(s, 0, self._stop))
        if end <= self._stop and (end == 0 or s[end - 1].isspace()):
            # the matches are in order and do not overlap: those before the first that ends after the cut end before
            # it, and no later one can run across it
            for i, m in enumerate(found):
                if m.end() > end:
                    if m.start() < end:
                        break  # this one runs across the cut
                    return found[:i]
            else:
                return found[:]
        return list(self._pattern.finditer(s[:end]))


def _last_cue(pre: str, prior: Sequence[Mention] = (), start: int = 0,
              cues: list[re.Match[str]] | None = None, end: int = -1) -> tuple[str, int] | None:
    """The last weapon-role cue in the text before a mention, and where it ends.

    A cue that follows an earlier mention which took it ("67 missiles, of which 51 were shot down,
    and 10 drones") belongs to that mention, not to this one; so does "of which" right before a number;
    and a cue does not reach past a count of people ("attacked ... with artillery, killing three people
    and injuring 19"). "including" ends with its aside: in "13 missiles, including Kinzhals, and 29 drones" the
    drones are no part of the missiles (end: where the mention starts in pre, or pre's end).
    """
    last = None
    for m in _PRE_CUES_RE.finditer(pre) if cues is None else cues:
        if prior and _cue_taken(pre, m, prior, start, len(pre) if end < 0 else end):
            continue
        if m.lastgroup == "inherit" and _ASIDE_END_RE.search(pre, m.end(), len(pre) if end < 0 else end):
            continue
        if m.lastgroup == "down" and pre.endswith((" a ", " an "), 0, m.start()):
            continue  # "debris from a downed drone ... burned two of them": one drone's word, no count's verb
        if ";" in pre[m.end():] and _CLAIMS_AFTER_RE.search(pre, m.end(), len(pre) if end < 0 else end):
            continue  # "as Russia launches 126 drones; Moscow claims 28 Ukrainian drones": another's clause
        last = (m.lastgroup or "", m.end())
    return last


#: A clause of its own after a semicolon, told by who claims it: "; Moscow claims 28 Ukrainian drones".
_CLAIMS_AFTER_RE = compiled(r";\s+(?:moscow|kyiv|russia|ukraine|the\s+(?:[\w\-]+\s+){0,2}?(?:ministry|military|"
                            r"army|air\s+force))\s+(?:claims|says|said|reports|reported)\b")
#: What adds a count to the one before it, which shares its verb: "51 were shot down, along with five drones" (past
#: a part of the count before: "81 of the missiles were shot down, 11 of them by F-16 jets, along with 80 drones").
_ALONG_WITH_RE = ci(r"(?:,\s+(?:\d+|[a-z]+)\s+of\s+(?:them|those|these)\b[^,;.]{0,60})?"
                   r",?\s+(?:along\s+with|together\s+with|as\s+well\s+as)\s+(?:the\s+|another\s+)?")


def _cue_taken(pre: str, m: re.Match[str], prior: Sequence[Mention], start: int, end: int) -> bool:
    """Whether a cue belongs to one of the mentions before the one it is read for, which starts at end in pre."""
    cs, ce = m.start(), m.end()
    for o in prior:
        os_, oe = o.start - start, o.end - start
        if os_ <= cs < oe <= end:  # inside a count: "six air-launched Kinzhals" (or "a total of 73 people")
            return True
        if o.kind == "people" and os_ >= ce:  # a count of people after it
            return True
        if o.rule in ("passive", "post-verb", "relative-clause") and 0 <= cs - oe < 60 and \
                not _DIGIT_IN_RE.search(pre, oe, cs) and not _PRE_CUES_RE.lowered.search(pre, oe, cs) and \
                not _ALONG_WITH_RE.lowered.fullmatch(pre, ce, end) and ";" not in pre[oe:cs]:
            # the first cue after the mention is the one it took ("158 targets in total and destroyed 114 of them":
            # "destroyed" is free), but for the count added to it: "51 of which were shot down, along with five
            # drones"; nor past a semicolon: "40 drones crossed into the region; air defence shot down 31"
            return True
        if m.lastgroup == "inherit" and 0 <= os_ - ce < 4:
            return True
        if m.lastgroup == "launch" and 0 <= cs - oe < 25 and _THE_LAUNCHER_RE.fullmatch(pre, oe, cs) and \
                end - ce < 40 and _ALONG_WITH_RE.lowered.search(pre, ce, end):
            # "shot down the bulk of ninety drones Russia sent overnight, along with three of the four missiles":
            # the relative clause tells of the drones, and the missiles added to them share the main verb
            return True
        if m.lastgroup == "launch" and 0 <= cs - oe < 25 and _BY_FROM_RE.match(pre, ce) and \
                not _DIGIT_IN_RE.search(pre, oe, cs):
            # "three rockets fired by the HIMARS launcher, as well as 118 drones": the participle tells of the
            # count before it
            return True
    return False


#: A partitive's whole told as those stopped: "42 of the 57 drones it intercepted", "of the 30 drones that were downed".
_WHOLE_STOPPED_RE = compiled(r"\s+(?:(?:that|which)\s+(?:were\s+|had\s+been\s+)?|(?:it|they|air\s+defen[cs]es?)\s+)"
                             r"(?:intercepted|shot\s+down|downed|destroyed)\b")
_BY_FROM_RE = compiled(r"\s+(?:by|from)\b")
#: Who launched, between a count and the verb of a relative clause of it: "drones [that] Russia [had] sent".
_THE_LAUNCHER_RE = compiled(r"\s+(?:that\s+|which\s+)?(?:russia|ukraine|moscow|kyiv|the\s+enemy|it|they)"
                            r"(?:\s+had)?\s+")


#: What follows the bare whole of a share of weapons, which is no count of its own: their fate ("four of the six were
#: shot down"; but "One of the seven, an elderly man, succumbed" counts one more of the people told before).
_BARE_WHOLE_END_RE = compiled(r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?:successfully|reportedly)\s+)?"
                              r"(?:shot|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|jammed|lost|brought|"
                              r"taken\s+out|eliminated|repelled)\b")

#: A day's count of strikes on a place, before its toll: "shelled Kherson Oblast 77 times".
_SHELLED_TIMES_RE = compiled(r"\b(?:shelled|attacked|struck|targeted)\s+(?:[\w\-]+\s+){0,3}?\d+\s+times\b")
#: A front-line direction right after a count: " in the Pokrovsk direction", " in the Kupiansk and Lyman sectors".
_IN_A_DIRECTION_RE = compiled(r" in the [\w\-]+(?: and [\w\-]+)? (?:directions?|sectors?|axis|axes)\b")


def find_mentions(text: str, text_low: str, start: int, end: int, plain: bool | None = None) -> list[Mention]:
    """Every quantity of weapons or people in text[start:end], with the role its cues give it.

    text_low is the text lower-cased and as long (extract() sees to that): the case-insensitive rules read its
    slices, so no window is lower-cased again. plain: whether text[start:end] is plain ASCII, where the caller knows.
    """
    # Quotation marks become spaces (same length, so spans stay true): 27 were "lost" reads as 27 were lost.
    s = text[start:end]
    low = text_low[start:end]
    if _HAS_QUOTES(s):
        s = s.translate(_QUOTES_AS_SPACES)
        low = low.translate(_QUOTES_AS_SPACES)
    if " mark" in low and (marks := list(_THE_MARK_RE.finditer(low))):
        # "just under the 90 mark of drones" reads as "just under 90 drones": the words around the count become spaces
        for mark in marks:
            for group in ("the", "mark"):
                a, b = mark.span(group)
                s, low = s[:a] + " " * (b - a) + s[b:], low[:a] + " " * (b - a) + low[b:]
    if (" - " in low[:24] or " – " in low[:24] or " — " in low[:24]) and (item := _NUMBERS_ITEM_RE.match(low)):
        # a "by the numbers" item, "138 - drones shot down over 13 regions", reads as "138 drones shot down ...": the
        # dash becomes a space
        a, b = item.span("dash")
        s, low = s[:a] + " " * (b - a) + s[b:], low[:a] + " " * (b - a) + low[b:]
    # quotation marks made spaces leave plain ASCII text so; plain ASCII s makes low so too
    rules = _rules_for(plain_ascii(s) if plain is None else plain)
    cum_spans: list[tuple[int, int]] | None = None  # the cumulative clauses, found when first needed
    out: list[Mention] = []
    whole_at: set[int] = set()
    told_again: set[int] = set()  # where the wholes of bare shares stand ("four of the six were shot down")
    whether = "whether" in low  # (a count in question: "whether any of the three missiles were intercepted")
    # (a side's count of its own soldiers lost, which names no weapon: "498 of its servicemen had been killed")
    own_losses = (" of its " in low or " of their " in low or " of our " in low or " of his " in low) and \
        _OF_ITS_FORCES_RE.search(low) is not None and _WEAPON_NOUN_WORDS_RE.search(low) is None
    for num in _numbers(s, low, rules):
        raw = num.group("n")
        value = parse_number(raw)
        if value is None:
            continue
        ns, ne = num.span()  # group "n" is the whole match: the pattern's other parts are lookarounds
        # the windows before the number start at 0 or later (a comparison costs much less than max(), and these run
        # for every number)
        lbefore = low[ns - 12 if ns > 12 else 0:ns]
        after = low[ne:ne + 90]
        win = low[ns - 20 if ns > 20 else 0:ns]
        if raw[0].isdigit():
            year = _YEAR_RE.match(raw) is not None
            before = s[ns - 12 if ns > 12 else 0:ns]
            if rules.before_block.search(before) and (
                    not _BEFORE_PREP_RE.lowered.search(lbefore) or year or _LETTER_HYPHEN_RE.search(before)):
                continue
            if "age" in win and _AGE_RANGE_RE.lowered.search(win):
                continue
            if win.endswith("of ") and _PERSON_OF_RE.search(win):
                continue  # "a woman of 74 died": her age
            if year and not rules.noun.match(after):
                continue
        elif win.endswith("of ") and _PERSON_OF_RE.search(win):
            continue  # "a woman of seventy-nine was killed": her age, in words
        if after[:1] == "," and lbefore.endswith(", ") and (
                _AGE_AFTER_NAME_RE.search(s, ns - 24 if ns > 24 else 0, ns) or
                (" who " in low and _AGE_AFTER_WHO_RE.search(low, ns - 50 if ns > 50 else 0, ns))):
            # "Andrii, 41, a railway electrician, was killed", "The man who was killed, 57, was at home": an age,
            # between commas after the person
            continue
        if rules.unit_after.match(after):
            continue
        if after.startswith(" in the ") and _IN_A_DIRECTION_RE.match(after):
            continue  # "repelled 164 attacks along the front, including 51 in the Pokrovsk direction": ground fighting
        if own_losses:
            continue  # "saying 498 of its servicemen had been killed and 1,597 wounded": a side's own losses
        if rules.after_digit.match(s, ne, ne + 90):  # also a year after a comma
            continue
        if ("but" in win or "except" in win) and _ALL_BUT_BEFORE_RE.lowered.search(win):
            continue
        if "population" in low and _POPULATION_BEFORE_RE.search(low, ns - 40 if ns > 40 else 0, ns):
            continue  # "a sixth of the village's population of about 330 had been killed": how many lived there
        if (lbefore.endswith((" in ", " out of ")) and _ONE_IN_RE.search(lbefore)) or (
                raw in ("one", "One", "1") and after.startswith((" in ", " out of ")) and _IN_N_RE.match(after)):
            continue  # "one in four was lost": a share, not four nor one
        if raw.lower() == "one" and (_ONE_OF_RE.lowered.match(after) or lbefore.endswith(("every ", "each ",
                                                                                            "single "))):
            continue  # ("every one of them was shot down" is all of them)
        if ("no" in lbefore or (whether and "whether" in low[ns - 40 if ns > 40 else 0:ns]) or
                lbefore.endswith(("'s ", "’s "))) and \
                _NEGATED_RE.lowered.search(low, ns - 40 if ns > 40 else 0, ns):
            continue
        qual = None
        if ns and s[ns - 1].isspace():
            qwin = low[ns - 40 if ns > 40 else 0:ns]
            if qwin.rstrip().endswith(_QUALIFIER_ENDS):
                qual = rules.qualifier.search(qwin)
        if qual and _UPPER_BOUND_RE.search(qual.group(0)):
            continue  # "Fewer than a dozen miners were hurt": a bound, not a count
        mstart = ns - len(qual.group(0)) if qual else ns
        nm = rules.noun.match(after)
        # "all 18 missiles", and "both" alone ("Both were destroyed"), which counts the whole told before (but "both
        # missiles aimed at Odesa" may be a share, and "the Bryansk and Kursk regions, both of which border Ukraine"
        # counts regions)
        all_of = bool(qual and _ALL_END_RE.lowered.search(qual.group(0))) or (
            nm is None and raw.lower() == "both" and not after.startswith(" of "))
        kind = "bare"
        mend = ne
        of_them = False
        blocked = nm is not None and rules.noun_block_at.match(after, nm.end()) is not None
        if blocked and nm is not None:
            # "52 Shahed attack drones": the shortest noun was a modifier of a longer one
            nm_more = rules.noun.match(after, nm.end())
            if nm_more and nm_more.group("people") is None:
                nm = nm_more
                blocked = rules.noun_block_at.match(after, nm.end()) is not None
        if nm and not blocked and not (
                nm.group("people") and _WEAPON_NEXT_RE.lowered.match(after[nm.end():])):
            kind = _kind_of(nm)
            mend = ne + nm.end()
            if kind == "combined" and "munition" in nm.group(0) and (
                    "settlement" in low or "localities" in low or "communities" in low):
                continue  # "attacked 12 settlements in the region with 47 drones and fired 60 munitions": shells
            if kind in ("drone", "missile") and lbefore.endswith("combined ") and \
                    (both := _AND_THE_OTHER_KIND_RE.match(after, nm.end())) is not None and \
                    (both.group("kind") != "missiles") == (kind == "missile"):
                # "a combined 11 Kalibr cruise missiles and Shahed drones": one count of both kinds
                kind = "combined"
                mend = ne + both.end()
            elif kind in ("drone", "missile") and (tail := _TYPE_TAIL_RE.match(after, nm.end())):
                mend = ne + tail.end()  # "two Iskander-M ballistic missiles": the type's name and its noun
            elif kind == "missile" and (tail := _MODEL_SUFFIX_RE.match(after, nm.end())):
                mend = ne + tail.end()  # "four Iskander-M and three KN-23 missiles": the model's name whole
            if kind == "people" and _MILITARY_RE.match(nm.group("people")) and (
                    "claim" in low or "lost" in lbefore or _KILLED_AND_WOUNDED_RE.match(after, nm.end()) or
                    "repatriat" in low or "handed over" in low or "exchange" in low or "in the fighting" in low or
                    "bodies of" in lbefore or
                    "in combat" in low or "on the battlefield" in low or (
                        "ministry" in low and _RU_MINISTRY_RE.search(low) and _RU_STRUCK_RE.search(low))):
                # "claiming to have killed more than 60 servicemen", "lost up to 70 servicemen killed and wounded":
                # a side's claim of the other's losses, or its losses in the fighting; "repatriated the bodies of
                # 1,000 fallen soldiers", "handed over the bodies of 24", "to return the bodies of 1,000 fallen
                # soldiers each": the war's dead returned; "2,000 soldiers had
                # been killed in the fighting": the front's losses, no air attack's toll; "Russia's defence
                # ministry said it had carried out a strike ..., killing up to 85 servicemen": Russia's count of its
                # enemy's dead (not its own: "the ministry said three servicemen were killed" by Ukraine's drones)
                continue
            if kind == "people" and nm.group("people") == "others" and \
                    _OTHERS_WEAPON_RE.lowered.match(after[nm.end():]):
                kind = "bare"  # "47 were shot down and 29 others did not reach their targets"
        elif (pm := rules.partitive.match(after)) and (pm.group("pron") or pm.group("whole")):
            if pm.group("pron"):
                if pm.group("pron") == "them" and out and _counted_no_weapons(low, start, out):
                    continue  # "154 assaults along the front ..., 61 of them in the Pokrovsk sector": no weapons
                of_them = True
                mend = ne + pm.end()
                if pm.group("pron")[-1] == "e" and (nm2 := rules.noun.match(after, pm.end())) and \
                        nm2.group("people") is None:  # "689 of those drones": the kind the pronoun names
                    kind = _kind_of(nm2)
                    mend = ne + nm2.end()
                elif pm.group("pron") == "them" and (km := _THEM_KIND_RE.match(after, pm.end())):
                    # "112 were intercepted, 48 of them missiles": the kind the share is of
                    kind = "missile" if km.group("missile") else "drone"
                    mend = ne + km.end()
            else:
                rest = after[pm.end():]
                wm = rules.number.match(rest)
                if wm is None and (wq := _WHOLE_QUAL_RE.lowered.match(rest)):
                    wm = rules.number.match(rest, wq.end())  # "44 out of more than 50 cruise missiles"
                if wm:
                    nm2 = rules.noun.match(rest[wm.end():])
                    if nm2:
                        kind = _kind_of(nm2)
                        whole_at.add(start + ns + len(after[:pm.end()]) + (ne - ns) + wm.start())
                        mend = ne + pm.end() + wm.end() + nm2.end()
                        if kind in ("drone", "missile") and (tail := _TYPE_TAIL_RE.match(rest, wm.end() + nm2.end())):
                            mend = ne + pm.end() + tail.end()  # "11 of 15 Shahed drones": the type's name and noun
                    elif _BARE_WHOLE_END_RE.match(rest, wm.end()) and \
                            (whole := parse_number(wm.group("n"))) is not None and value <= whole:
                        # "four of the six were shot down", "six out of seven were destroyed": a share of those
                        # counted before, told again as its whole, which is no count of its own
                        of_them = True
                        mend = ne + pm.end() + wm.end()
                        told_again.add(start + ne + pm.end() + wm.start())
                else:
                    nm2 = rules.noun.match(rest)
                    if nm2:
                        kind = _kind_of(nm2)
                        mend = ne + pm.end() + nm2.end()
                        # "a hundred drones ..., and one of the drones set off a fire": a share of those the sentence
                        # counted, as "of them" is (but not "all seven cruise missiles and three of the Kinzhals")
                        noun = nm2.group(0).strip().lower()
                        of_them = any(o.kind == kind and noun in low[o.start - start:o.end - start] for o in out)
        wwin = low[mstart - 30 if mstart > 30 else 0:mstart]
        whole = kind != "bare" and "of" in wwin and bool(rules.whole_before.search(wwin))
        if cum_spans is None:
            cum_spans = _cumulative_spans(s, low, rules)
        cumulative = bool(cum_spans) and any(a <= ns < b for a, b in cum_spans)
        if cumulative and " times" in low and (kind == "people" or (kind == "bare" and lbefore.rstrip().endswith(
                ("wounding", "injuring", "killing", "wounded", "injured", "killed")))) and \
                ("24 hours" in low or "past day" in low or "the day" in low) and _SHELLED_TIMES_RE.search(low, 0, ns):
            # "shelled Kherson Oblast 77 times over the past 24 hours, killing three civilians": the day's count of
            # strikes is a tally, its toll the day's attack's (but not a year's: "struck more than 700 times since
            # January, with 36 railway employees killed")
            cumulative = False
        # positional: a Mention is made for every number, and keywords cost more
        out.append(Mention(value, kind, start + mstart, start + mend, "", None, False, False, all_of, whole, of_them,
                           cumulative, start + ns))
    for mention in out:
        if mention.num_start in whole_at:
            mention.whole = True
    if told_again:
        out = [m for m in out if m.num_start not in told_again]
    if len(out) >= 2 and (one := out[0]).whole and not (other := out[1]).whole and \
            {one.kind, other.kind} == {"drone", "missile"} and low[one.end - start:other.start - start] == " and " and \
            low[other.end - start:][:1] == "," and " of " not in low[other.start - start:other.end - start]:
        other.whole = True  # "Of the 127 missiles and 109 drones, air defences shot down ...": both the whole
    if _has_singular_weapon(low):
        if cum_spans is None:
            cum_spans = _cumulative_spans(s, low, rules)
        _singulars(low, start, out, bool(cum_spans), rules)
    if _CASUALTY_KEYS(low):
        _single_people(s, low, start, out, rules)
    _assign_roles(s, low, start, out, rules)
    if "electronic" in low or " ew" in low:
        for m in out:
            if m.role == "downed" and m.kind == "drone" and _DOWNED_BY_EW_RE.match(low, m.end - start):
                m.role = "suppressed"  # "Two Ukrainian drones were brought down by electronic warfare"
    if "and so " in low and len(out) >= 2:
        for i, m in enumerate(out):
            if m.role is None and m.extra.get("singular") and \
                    low.endswith(("and so was ", "and so were "), 0, m.start - start) and \
                    (told := next((p for p in reversed(out[:i]) if p.role), None)) is not None and \
                    told.role in _STOPPED:
                # "73 of the drones were shot down, and so was the missile": the one missile told before, downed too
                m.role, m.rule = told.role, "so-was"
    if (" final " in low or " exact " in low or " official " in low or " full " in low or " precise " in low) and \
            len(out) >= 2:
        for told, m in pairwise(out):
            if told.kind in ("drone", "missile") and m.kind in ("bare", told.kind) and \
                    m.role in (None, told.role) and (told.role in ("launched", "downed") or (
                        told.role is None and m.role is None and _FIRST_TOLD_RE.search(low, 0, told.start - start))) \
                    and _EXACT_COUNT_GAP_RE.fullmatch(low, told.end - start, m.start - start):
                # "Russia launched pushing 200 attack drones; the Air Force's final count was 196 drones", "The air
                # force first spoke of a little under 100 drones; its morning post gave the exact count, 96": the
                # count as told exactly, not on top of the round one (launched, where the round one had no verb)
                m.kind, m.role, m.rule = told.kind, told.role or "launched", "exact-count"
                told.role, told.rule = None, "first-told"
    if ("first " in low or "initially " in low) and len(out) >= 2:
        for i, m in enumerate(out):
            if m.kind in ("drone", "missile") and m.role in ("launched", "downed", "suppressed") and \
                    _FIRST_TOLD_RE.search(low, 0, m.start - start) and any(
                    n.kind == m.kind and n.role == m.role and _THEN_TOLD_RE.search(low, m.end - start, n.start - start)
                    for n in out[i + 1:]):
                # "first said Russia had launched just shy of 300 drones; its full summary later gave 298": the count
                # as first told, which the later one replaces
                m.role, m.rule = None, "first-told"
    if (" later " in low or " then " in low or " by " in low or "first " in low or "initially " in low or
            " latest " in low or " updated " in low or " final " in low or " update " in low) and len(out) >= 2:
        for told, m in pairwise(out):
            gap_at, gap_end = told.end - start, m.start - start
            if m.kind in ("bare", "people") and m.role is None and told.kind == "people" and \
                    told.role in ("killed", "injured") and (
                        (m.kind == "bare" and _LATER_COUNT_GAP_RE.fullmatch(low, gap_at, gap_end)) or (
                        _FIRST_TOLL_BEFORE_RE.search(low, 0, told.start - start) and
                        _LATER_TOLL_GAP_RE.fullmatch(low, gap_at, gap_end)) or
                        _LATEST_TOLL_GAP_RE.fullmatch(low, gap_at, gap_end)):
                # (or the first toll given again, later: "first spoke of three people injured; by 11:00 it had raised
                # that to five", "the first post counted two injured; by lunchtime the figure was four", "said one
                # person had been hurt; the mayor's latest update says two")
                # "first reported one injured, later three", "20 dead, then 31": the same count as it stood later
                m.kind, m.role, m.rule = "people", told.role, "later-count"
                m.has_loc = m.has_loc or told.has_loc  # (of the place the first was told of)
    if "body " in low and (body := _BODY_FOUND_RE.search(low)) and not any(
            m.kind == "people" and m.role == "killed" for m in out):
        # "Rescuers worked through the night, and the body was found under the rubble the next morning": one dead
        out.append(Mention(1, "people", start + body.start(), start + body.end(), "body-found", role="killed"))
        out.sort(key=lambda x: x.start)
    if (" risen to " in low or " rose to " in low or " grown to " in low or " climbed to " in low) and len(out) >= 2:
        for told, m in pairwise(out):
            if m.kind == "bare" and m.role is None and told.kind in ("bare", "people") and \
                    (rose := _FIGURE_OF_ROSE_RE.fullmatch(low, told.end - start, m.start - start)) and \
                    _FIGURE_OF_BEFORE_RE.search(low, 0, told.start - start):
                # "the initial figure of 5 injured had risen to 7": the toll as it stood later, not on top of it
                role = "killed" if rose.group("word") in ("dead", "killed") else "injured"
                told.role, told.rule = None, "first-told"
                m.kind, m.role, m.rule = "people", role, "later-count"
                m.has_loc = m.has_loc or told.has_loc
    if " from " in low and " to " in low and len(out) >= 2 and _ROSE_RE.search(low):
        for told, m in pairwise(out):
            if told.kind == "people" and told.role in ("killed", "injured") and m.kind in ("bare", "people") and \
                    m.role in (None, told.role) and _FROM_BEFORE_RE.search(low, 0, told.start - start) and \
                    _FROM_TO_GAP_RE.fullmatch(low, told.end - start, m.start - start):
                # "The toll rose through the day, from nine dead in the morning to 35 by late afternoon": 35
                m.kind, m.role, m.rule = "people", told.role, "later-count"
                told.role, told.rule = None, "first-told"
    if "died" in low or "succumbed" in low or "survive" in low or "saved" in low:
        for m in out:
            if m.role == "injured" and m.kind == "people" and \
                    (then := _INJURED_THEN_DIED_RE.lowered.match(low, m.end - start)) and \
                    not low.endswith(("among the ", "among ", "of the "), 0, m.start - start) and \
                    not _SOMEONE_ELSE_DIED_RE.lowered.search(then.group()):
                # "A man injured when debris hit a block of flats has died in hospital" (but "a woman who had been
                # among the 62 people wounded died" is one of them)
                m.role = "killed"
    if ("died" in low or "passed away" in low or "succumbed" in low) and low.lstrip().startswith(("he ", "she ")) and \
            (dead := _PRONOUN_DIED_RE.match(low)):
        # "He passed away in hospital on Saturday": the one told of before has died, one more dead
        out.append(Mention(1, "people", start + dead.start(), start + dead.end(), DIED_OF_WOUNDS, "killed"))
        out.sort(key=lambda x: x.start)
    if ("died" in low or "killed" in low or "succumbed" in low or "injured" in low or "wounded" in low or
            "hurt" in low or "passed away" in low) and (dead := _ORDINAL_CASUALTY_RE.search(low)):
        # "a third person has died in hospital": the toll is now three; but after the count of the two before it
        # ("two people were killed in Domodedovo, and a third person died in Vidnoye") one more
        role = "injured" if dead.group("hurt") else "killed"
        more = any(m.role == role and m.start < start + dead.start() for m in out)
        out.append(Mention(1 if more else _ORDINALS[dead.group(1)], "people", start + dead.start(),
                           start + dead.end(), "people-verb" if more else "toll", role))
        out.sort(key=lambda x: x.start)
    if ", a" in low or ", one" in low or ", the" in low:
        _apposed_people(low, start, out)
    if " can " in low or " could " in low or " would " in low:
        _what_one_could_do(low, start, out)
    if ("x" in low or "×" in low) and _TIMES_SIGN_RE.search(low):
        _times_counts(low, start, out)
    _continuations(s, start, out, rules)
    if "– " in s or "— " in s or " - " in s:
        _dashed_shares(s, start, out)
        _people_in_a_dashed_aside(low, start, out)
    if "repel" in low:
        _repelled_on_their_way(low, start, out)
    if "count" in low or "according" in low or "tally" in low or "figure" in low:
        _exact_in_an_aside(s, low, start, out)
    _parts_of_people(low, start, out)
    if "casualt" in low:
        _casualties_with_the_dead(low, start, out)
    if "victims" in low:
        _victims_of_both(low, start, out)
    if "\n" in s:
        _sibling_items(s, start, out)
        _labelled_items(low, start, out)
    elif low.lstrip()[:1] in BULLETS:
        _labelled_items(low, start, out)  # an item that is a sentence of its own
        if not _LIST_OF_AID_RE.search(text_low, max(0, start - 700), start):
            _counts_opening_an_item(low, start, out)
    if start and out and "?" in text_low[start - 4 if start > 4 else 0:start]:
        _answered_counts(text_low, start, out)
    if "projectiles" in low and ("past day" in low or "24 hours" in low or "over the day" in low or
                                 _GUNS_KEYS(low)):
        _day_of_shells(low, start, out)
    if " in all" in low or " in total" in low or "altogether" in low or "all told" in low:
        _summed_up_counts(low, start, out)
    if "%" in low or "per cent" in low or "percent" in low:
        _share_downed(low, start, out)
    if " and " in low and ("been" in low or "were" in low or "was" in low):
        _and_then_stopped(low, start, out)
    if "and another" in low:
        _and_another(low, start, out)
    if "and another" in low or "and the " in low or "while " in low or "whereas " in low:
        _and_another(low, start, out, stopped=True)
    if "all " in low:
        _all_of_both(low, start, out)
        _part_before_all(low, start, out)
    if "incl" in low or "among" in low:
        _included_with_a_verb(low, start, out)
    if low.lstrip().startswith(("of the", "of these", "of those", "out of the")) and \
            (kind_of := _OF_THE_KIND_RE.match(low)):
        # "Of the drones, 80 were shot down and 110 were lost": the kind the counts after it are of
        kind = "missile" if kind_of.group(1).startswith("missile") else "drone"
        for m in out:
            if m.kind == "bare" and m.role in ("launched", *_STOPPED):
                m.kind = kind
    if "hits " in low or "impacts " in low:
        _hits_recorded(low, start, out)
    if _RECON_KEYS(low):
        # "two Orlan-10 reconnaissance drones were also shot down": no weapons of the attack
        for k, m in enumerate(out):
            if m.kind == "drone" and _RECON_KEYS(low[m.start - start:m.end - start]) and not (
                    k and (prev := out[k - 1]).kind == "drone" and prev.role == m.role == "launched" and
                    low[prev.end - start:m.start - start].strip(" ,") == "and"):
                # (unless listed with the attack's own: "launched six Shahed drones and three reconnaissance drones")
                m.role, m.rule = None, "reconnaissance"
    if _DRILL_KEYS(low):
        drill = _DRILL_RE.lowered.search(low) is not None
        practice = False  # whether a drill's target was counted before ("24 target drones; ... 19 were hit")
        for m in out:  # "18 of the 20 training drones launched during the drill": the practice's, no attack's
            if m.kind in ("drone", "missile", "bare") and (drill or (practice and m.kind == "bare") or (
                    _PRACTICE_WEAPON_RE.lowered.search(low, m.start - start, m.end - start))):
                m.role, m.rule = None, "drill"
                practice = practice or m.kind != "bare"
    if whole_at:
        for part in out:  # "including 37 of the 40 missiles fired at Kyiv": the whole of a share is a share too
            if part.subset:
                for m in out:
                    if m.whole and part.start < m.start < part.end:
                        m.subset = True
    if _INTERCEPTOR_KEYS(low):
        for m in out:  # "one PAC-3 missile costs $4 million": the defender's missile, no weapon of the attack
            if m.kind == "missile" and _INTERCEPTOR_KEYS(span := low[m.start - start:m.end - start]) and \
                    not _GROUND_ATTACK_SAM_KEYS(span):
                m.role, m.rule = None, "interceptor"
    if "pilot" in low:
        for m in out:  # "One F-16 pilot alone shot down six missiles": one pilot's share of those downed
            if m.role in _STOPPED and _ONE_PILOT_RE.lowered.search(low, 0, m.start - start):
                m.subset = True
    if len(out) >= 2:
        _restated(low, start, out)
    if len(out) >= 3:
        _next_part_of_a_split(out)
        _total_of_the_parts(out)
        _combine_split_heads(out)
        _drop_sums_of_parts(out)
        _mark_breakdowns(low, start, out)
    if ("intercept" in low or "down" in low) and (
            "neither" in low or "none" in low or "no " in low or " not " in low):  # (_NONE_DOWNED_RE's words)
        _none_downed(low, start, out)
    if ", of which" in low or ", of them" in low:
        _whole_of_a_share(low, start, out)
    if (" put" in low or "estimat" in low or " gave" in low) and ("number of" in low or "tally of" in low):
        _number_put_at(low, start, out)
    if ("home" in low or "exchange" in low or "swap" in low or "handed over" in low or "captivity" in low) and \
            _PRISONERS_RETURNED_RE.search(low):
        for m in out:  # "Ukraine brings home 175 defenders and 22 seriously wounded in 62nd exchange": no toll
            if m.kind == "people" and m.role in ("killed", "injured"):
                m.role = None
    return out


#: The other kind named after a count's kind, sharing the count (lower case): " and shahed drones".
_AND_THE_OTHER_KIND_RE = compiled(r"(?:\s+[\w\-]+){0,2}?\s+and\s+(?:[\w\-]+\s+){0,2}?"
                                  r"(?P<kind>drones|uavs|missiles)\b")
#: An exchange of prisoners, whose wounded are no attack's toll (lower case).
_PRISONERS_RETURNED_RE = compiled(r"\b(?:brings?|brought|bringing)\s+home\b|\b(?:prisoner|pow|captive)s?\s+"
                                  r"(?:exchange|swap)|\b(?:exchange|swap)\s+of\s+(?:prisoners|pows|captives)|"
                                  r"\b\d+(?:st|nd|rd|th)\s+(?:exchange|swap)\b|\bhanded\s+over\s+by\b|"
                                  r"\breturned\s+(?:home\s+)?from\s+captivity\b")


#: A count put at a number after what it counts: "put the number of Ukrainian drones it destroyed over Crimea in the
#: region of sixty", "estimated the number of drones at 50".
_PUT_THE_NUMBER_RE = compiled(r"\b(?:put|puts|putting|estimated?|estimates|gave|gives)\s+(?:the\s+)?"
                              r"(?:number|tally)\s+of\s+(?P<what>[^.;:\d]{3,100}?)\s+(?:at\s+|in\s+)?$")
_DOWN_WORD_RE = compiled(rf"\b(?:{CUE_DOWN})\b")
_LAUNCH_WORD_RE = compiled(r"\b(?:launched|fired|sent|used)\b")


def _number_put_at(low: str, start: int, out: list[Mention]) -> None:
    """A bare count the number of weapons named before it is put at takes their kind, and the role their verb tells
    (with no verb, "put the number of drones at about 25" is often a channel's guess, which most writers leave out)."""
    for m in out:
        if m.kind == "bare" and \
                (put := _PUT_THE_NUMBER_RE.search(low, max(0, m.start - start - 140), m.start - start)) and \
                (kind := _kind_a_label_names(put.group("what"))):
            if _DOWN_WORD_RE.search(put.group("what")):
                m.kind, m.role, m.rule = kind, "downed", "number-put-at"
            elif _LAUNCH_WORD_RE.search(put.group("what")):
                m.kind, m.role, m.rule = kind, "launched", "number-put-at"


#: Between a count of weapons and the share of it stopped: ", of which", " and Gerbera drones, of them".
_OF_WHICH_RE = compiled(r"(?:\s+(?:and\s+)?[a-z\-]+){0,3}?,\s+of\s+(?:which|them)\s+")


def _whole_of_a_share(low: str, start: int, out: list[Mention]) -> None:
    """A count of weapons with no verb of its own, whose share stopped follows it, counts those launched: "the exact
    figure: 56 Shahed and Gerbera drones, of which 41 were shot down"."""
    for whole, share in pairwise(out):
        if whole.role is None and whole.kind in ("drone", "missile", "combined") and not whole.subset and \
                share.role in _STOPPED and share.value <= whole.value and \
                _OF_WHICH_RE.fullmatch(low, whole.end - start, share.start - start):
            whole.role, whole.rule = "launched", "whole-of-share"


#: What stands between a count and the same count told again in other words: "a gross of drones at Ukraine -
#: twelve dozen", "144 drones, or twelve dozen", "144 drones (twelve dozen)".
_RESTATED_GAP_RE = ci(r"(?:\s+(?:at|on|against|towards?)\s+[\w'’\- ]{1,30}?)?\s*"
                      r"(?:[-–—:(]|,?\s+(?:or|that\s+is|i\.e\.),?)\s*")


#: What follows a count told again exactly, after a round one: "the better part of eighty drones at Ukraine overnight,
#: 76 Shaheds and decoys to be exact".
_EXACTLY_AFTER_RE = ci(r"[\w\s'’\-]{0,30}?,?\s+(?:to\s+be\s+(?:exact|precise)|exactly|precisely)\b")


def _restated(low: str, start: int, out: list[Mention]) -> None:
    """Mark a count of weapons that restates the one just before it (same kind, role and value) a part, in place;
    and a round count that the next one restates exactly ("to be exact")."""
    for one, two in pairwise(out):
        if two.kind == "bare" and one.kind in ("drone", "missile") and two.role == one.role and \
                low[one.end - start:two.start - start].strip() == "(" and not one.subset and \
                _EXACTLY_AFTER_RE.lowered.match(low, two.end - start):
            # "pushing 150 drones (145 to be exact)": the exact count of the same weapons
            two.kind = one.kind
        if two.kind != one.kind or one.kind not in ("drone", "missile", "combined") or two.role != one.role or \
                one.subset:
            continue
        if two.value == one.value and _RESTATED_GAP_RE.lowered.fullmatch(low, one.end - start, two.start - start):
            two.subset = True
        elif ("exact" in low or "precise" in low) and 3 * abs(two.value - one.value) <= one.value and \
                ("," in (gap := low[one.end - start:two.start - start]) or gap.strip() == "(") and \
                _EXACTLY_AFTER_RE.lowered.match(low, two.end - start):
            one.subset = True


#: None of the weapons of a kind stopped, said outright: "Neither missile was intercepted", "none of the four
#: missiles were shot down", "The Iskander-M missiles were not intercepted" (the weapon named in group "noun").
_NONE_DOWNED_RE = ci(r"\b(?:(?:neither|none)(?:\s+of\s+the)?|no|not\s+a\s+single)\s+(?:[\w\-]+\s+){0,3}?"
                     r"(?P<noun>missiles?|drones?|iskanders?|kinzhals?|shaheds?)\s+(?:was|were|(?:had|has|have)\s+been|"
                     r"could\s+be)\s+(?:intercepted|shot\s+down|downed)\b|"
                     r"\bthe\s+(?:[\w\-]+\s+){0,3}?(?P<noun2>missiles?|drones?|iskanders?|kinzhals?|shaheds?)\s+"
                     r"(?:was|were|had|have|has)\s+not\s+(?:been\s+)?(?:intercepted|shot\s+down|downed)\b")


def _none_downed(low: str, start: int, out: list[Mention]) -> None:
    """Add a count of 0 downed for each weapon a sentence (low: lower-cased) says none of were stopped, in place."""
    for m in _NONE_DOWNED_RE.lowered.finditer(low):
        noun = m.group("noun") or m.group("noun2")
        kind = "drone" if noun.startswith(("drone", "shahed")) else "missile"
        at = start + m.start()
        if any(o.start <= at < o.end or at <= o.start < start + m.end() for o in out):
            continue  # a count of its own there ("none of the 12 missiles"), read by the rules that read counts
        zero = Mention(0, kind, at, start + m.end(), "none-downed", "downed", num_start=at)
        out.insert(sum(1 for o in out if o.start < at), zero)


#: Drones that watch rather than strike, which the figures of an attack leave out.
_RECON_KEYS = any_of("reconnaissance", "surveillance", "orlan", "zala", "supercam", "spy drone")
_STOPPED = ("downed", "suppressed")
#: The words of an air-defence drill, whose drones and missiles are targets no one attacked with.
_DRILL_KEYS = any_of("training", "target drone", "practice", "drill", "exercise")
#: A sentence that tells what was done in a drill: "shot down 18 of them during the exercise".
_DRILL_RE = ci(r"\b(?:during|in\s+the\s+course\s+of|at)\s+(?:the|an?|this|that|today['’]s|saturday['’]s|sunday['’]s)\s+"
               r"(?:[\w\-]+\s+){0,2}?(?:drills?|exercises?|training)\b(?!\s+(?:grounds?|cent(?:re|er)s?|camps?|ranges?|"
               r"facilit(?:y|ies)|sites?|areas?|bases?|fields?|polygons?))|\btraining\s+exercises?\b")
#: A weapon that is a drill's target: "20 training drones", "target drones", "practice missiles" (not "dummy" or
#: "mock" drones, which are an attack's decoys).
_PRACTICE_WEAPON_RE = ci(r"\b(?:training|target|practice)\s+(?:drones?|uavs?|missiles?)\b")
#: One pilot, the subject of the clause up to a count of the downed: "an F-16 pilot ... after destroying seven".
_ONE_PILOT_RE = ci(r"\b(?:a|an|one|the)\s+(?:[\w\-]+\s+){0,2}?pilot\b(?!s)[^;.]*$")
#: The makes and kinds of the missiles that defend ("200 air defence missiles"): a count of them counts none of an
#: attack's weapons.
_INTERCEPTOR_KEYS = any_of("pac-", "patriot", "interceptor", "iris-t", "nasams", "aim-", "sidewinder", "stinger",
                           "air defen", "air-defen")
#: The air-defence missiles Russia fires at the ground ("12 S-300 air defence missiles"), which an attack counts.
_GROUND_ATTACK_SAM_KEYS = any_of("s-300", "s-400", "s-200", "s300", "s400")
#: What opens a count's breakdown into kinds: "18 missiles, among them six Kinzhals, nine Kalibrs and three Iskanders".
_BREAKDOWN_OPEN_RE = ci(rf"\b(?:including|among\s+them|among\s+which|of\s+which|incl\.|namely)|[:(]|{SPACED_DASH}\s")
#: A colon that opens a list of kinds right after a count, past words that make it the whole: "forty all told: ...".
_LIST_OPENS_RE = compiled(r"(?:\s+(?:in\s+all|in\s+total|altogether|all\s+told))?\s*:\s")


def _of_kind(part: Mention, kind: str) -> bool:
    """Whether a part of a breakdown is of the kind of its whole, or of no kind."""
    return part.kind in (kind, "bare")


#: The noun right after a count (lower case): " assaults" after "154", " artillery shells" after "453".
_NOUN_AFTER_RE = compiled(r"\s+([a-z]+)(?:\s+([a-z]+))?")
#: Spans a count may tell between a count and a share "of them" of it: "154 assaults ... over the past 24 hours".
_SPAN_NOUNS = frozenset(("hours", "days", "minutes", "weeks", "months", "years", "km", "kilometres", "kilometers"))
#: What a count counts that is no weapon, so that a share "of them" of it is none either: "154 assaults".
_NOT_WEAPONS = frozenset(("assaults", "attacks", "clashes", "battles", "engagements", "settlements", "localities",
                          "communities", "villages", "towns", "shells", "rounds", "times", "explosions", "shellings"))


def _counted_no_weapons(low: str, start: int, out: list[Mention]) -> bool:
    """Whether the last count before a share "of them" (past counts of hours or days) counts no weapons but assaults,
    settlements or shells (_NOT_WEAPONS)."""
    for o in reversed(out):
        if o.kind != "bare":
            return False
        noun = _NOUN_AFTER_RE.match(low, o.end - start)
        if noun is None:
            return False
        if noun.group(1) not in _SPAN_NOUNS:
            return noun.group(1) in _NOT_WEAPONS or noun.group(2) in _NOT_WEAPONS
    return False


def _stopped_of_kind(part: Mention, kind: str) -> bool:
    """Whether a part is weapons stopped (downed or suppressed) of the kind of their whole, or may be."""
    return part.role in _STOPPED and part.kind != "people" and (
        part.kind == kind or "bare" in (part.kind, kind) or kind == "combined")


def _adding_up(value: int, run: Iterable[Mention], fits: Callable[[Mention], bool]) -> list[Mention] | None:
    """The mentions that open a run, each one that fits, whose values add up to value exactly; None if none do."""
    parts: list[Mention] = []
    total = 0
    for part in run:
        if not fits(part):
            break
        parts.append(part)
        total += part.value
        if total >= value:
            break
    return parts if total == value else None


#: How far past the last kind of a breakdown its fate may be told ("8 Kh-22 guided missiles from Tu-22M3 bombers;
#: none of them was intercepted"), in characters.
_FATE_REACH = 200


#: What opens an item's own share, right before its count (lower case): ", including ".
_INCLUDING_BEFORE_RE = compiled(r",?\s+including\s+$")


def _mark_breakdowns(low: str, start: int, out: list[Mention]) -> None:
    """A count's breakdown into kinds of the same weapon or into places, which add up to it, is part of it whatever
    verb its items carry ("all 18 missiles, among them six Kinzhals, nine Kalibrs launched from ships and three
    Iskanders", "42 drones, including 11 over Moscow, as well as 18 over Bryansk and 13 over Kaluga")."""
    for i, head in enumerate(out):
        if head.kind not in ("drone", "missile") or head.role not in ("launched", "downed") or head.subset or \
                head.rule == "labelled-item":  # (an item of a list, whose next items are its siblings)
            continue
        run = out[i + 1:]
        launched = head.role == "launched"
        if launched:
            # what became of the weapons launched is no part of their breakdown by kind, but may be told beside each
            # kind ("69 missiles, as follows: 39 Kh-101 ...; 34 of them were destroyed; 22 Kalibr ...") or in place of
            # one ("eight drones attacked the city: six of them hit houses, one hit a plant and one was shot down")
            run = [part for part in run if part.role not in _STOPPED]
        # (an item's own share, "- 9 over the Moscow Region, including 4 flying towards Moscow,", is no item)
        nested = [part for part in run if "including" in low[max(0, part.start - start - 12):part.start - start] and
                  _INCLUDING_BEFORE_RE.search(low, max(0, part.start - start - 12), part.start - start)]
        parts = _adding_up(head.value, [part for part in run if part not in nested],
                           partial(_of_kind, kind=head.kind)) if nested else None
        if parts is None or len(parts) < 2:
            parts, nested = _adding_up(head.value, run, partial(_of_kind, kind=head.kind)), []
        if parts is not None and len(parts) >= 2 and _BREAKDOWN_OPEN_RE.lowered.search(
                low, head.end - start, parts[0].start - start):
            for part in parts:
                part.subset, part.role, part.rule, part.kind = True, head.role, "breakdown", head.kind
            for part in nested:
                if parts[0].start < part.start < parts[-1].start:
                    part.subset, part.role, part.rule, part.kind = True, head.role, "breakdown", head.kind
            if launched:
                # each kind's fate ("34 of them were destroyed") counts that kind's share: together they are the
                # downed, not one of them told again
                ends = [part.start for part in parts[1:]] + [parts[-1].end + _FATE_REACH]
                for part, end in zip(parts, ends, strict=True):
                    # (not a fate of the other kind: "... and two Kh-59 guided missiles - and ... 26 of the drones")
                    fates = [m for m in out if part.end <= m.start < end and m.role in _STOPPED and m.of_them and
                             m.kind != ("missile" if head.kind == "drone" else "drone")]
                    if len(fates) == 1:
                        fates[0].of_them, fates[0].kind, fates[0].rule = False, head.kind, "breakdown-fate"
        elif launched and (listed := _LIST_OPENS_RE.match(low, head.end - start)):
            # "missiles roughly forty all told: Kh-101s, Kalibrs and eight Kinzhals": the list names the kinds, and the
            # one it counts is a part of the whole
            close = low.find(";", listed.end())
            parts = [m for m in run if m.kind == head.kind and m.role == "launched" and not m.subset and
                     (close < 0 or m.start - start < close)]
            if parts and sum(part.value for part in parts) < head.value:
                for part in parts:
                    part.subset, part.rule = True, "breakdown"
    for head, other in pairwise(out):
        if head.kind in ("drone", "missile") and other.kind in ("drone", "missile") and head.kind != other.kind and \
                head.role == other.role and head.role in ("launched", "downed") and not head.subset and \
                not other.subset and \
                low[head.end - start:other.start - start].strip(" ,") == "and":
            # "440 drones and 32 missiles: 16 Kh-101 ...; 14 Iskander-M ...; 440 Shahed-type drones", "shot down 9
            # missiles and 83 drones: - 3 Iskander-M ...; - 83 enemy drones": each kind of the list is the breakdown of
            # its own count, though the other's items stand between
            items = [m for m in out if m.start > other.end and m.kind in (head.kind, other.kind) and (
                m.role not in _STOPPED if head.role == "launched" else m.role in (None, head.role))]
            if not items or not _BREAKDOWN_OPEN_RE.lowered.search(low, other.end - start, items[0].start - start):
                continue
            for whole in (head, other):
                if parts := _adding_up(whole.value, [m for m in items if m.kind == whole.kind], lambda part: True):
                    for part in parts:
                        part.subset, part.role, part.rule = True, whole.role, "breakdown"


def _next_part_of_a_split(out: list[Mention]) -> None:
    """The second "N of the M" of a split after a colon takes the first's role: "114 of them were intercepted: 87 of
    the 122 missiles, and 27 of the 36 Shahed drones"."""
    for i in range(2, len(out) - 1):
        m, whole, first, first_whole = out[i], out[i + 1], out[i - 2], out[i - 1]
        if m.role is None and m.kind in ("drone", "missile") and first.rule == "inherit-split" and \
                whole.whole and m.start < whole.start < m.end and \
                first_whole.whole and first.start < first_whole.start < first.end:
            m.role, m.rule = first.role, "inherit-split"


def _total_of_the_parts(out: list[Mention]) -> None:
    """A count "in total" right after the counts it adds up ("shot down 87 missiles and 27 drones - 114 aerial targets
    in total", "11 drones over Saratov, five over Bryansk and two over Belgorod - 18 in total") is of them, not of
    those launched."""
    for i, m in enumerate(out):
        if i < 2 or m.kind != "combined" or m.role != "launched" or m.rule != "post-verb":
            continue
        a, b = out[i - 2], out[i - 1]
        if {a.kind, b.kind} == {"drone", "missile"} and a.role == b.role and a.role in _STOPPED and \
                a.value + b.value == m.value and b.end < m.start:
            m.role = a.role
    for i, m in enumerate(out):
        # "shot down 11 Ukrainian drones over the Saratov region, five over Bryansk and two over Belgorod - 18 in
        # total": a bare count after one kind's counts per place, which it adds up, is theirs
        if i < 2 or m.kind != "bare" or m.role != "launched" or m.rule != "post-verb" or out[0].kind == "bare":
            continue
        parts = out[:i]
        kind, role = parts[0].kind, parts[0].role
        if kind in ("drone", "missile") and role in _STOPPED and all(
                p.role == role and p.kind in (kind, "bare") and not p.subset for p in parts) and \
                sum(p.value for p in parts) == m.value:
            m.role, m.kind = role, kind
            for p in parts:
                p.subset = True
    for i, m in enumerate(out[:-2]):
        # "the record had stood at 550 means of air attack: 539 drones and 11 missiles": a count of both kinds with
        # no verb of its own, before the counts of each kind that add up to it, takes their role
        a, b = out[i + 1], out[i + 2]
        if m.kind == "combined" and m.role is None and {a.kind, b.kind} == {"drone", "missile"} and \
                a.role == b.role is not None and not a.subset and a.value + b.value == m.value:
            m.role = a.role


def _combine_split_heads(out: list[Mention]) -> None:
    """A bare count split into missiles and drones after it counts both: "shot down 114 of them: 87 missiles and 27
    of the drones", or "..., including 87 missiles and 27 drones" where they add up to it."""
    for i, head in enumerate(out):
        if head.kind != "bare" or not head.role:
            continue
        kinds = set()
        parts: list[Mention] = []
        for part in out[i + 1:]:
            if part.rule not in ("inherit-split", "inherit-subset") or part.kind not in ("drone", "missile"):
                break
            kinds.add(part.kind)
            parts.append(part)
        if kinds != {"drone", "missile"}:
            continue
        subsets = [part for part in parts if part.rule == "inherit-subset"]
        if subsets and sum(part.value for part in parts) != head.value:
            continue
        # (also where the kinds follow "including" and add up to the count: "shot down 114 of them, including 87
        # missiles and 27 Shahed drones")
        head.kind = "combined"
        for part in subsets:
            part.subset, part.rule = False, "inherit-split"


def _drop_sums_of_parts(out: list[Mention]) -> None:
    """'95 drones were neutralised: 61 shot down, 34 lost', '296 shot down and 415 lost - 711 neutralised in all':
    a count of weapons stopped that is the sum of those shot down and those lost beside it counts them twice, so it
    gets no role."""
    for i, m in enumerate(out):
        if m.role not in _STOPPED or m.kind == "people":
            continue
        # (past the whole of its own partitive: "neutralised 88 of the 100 drones: 61 were shot down and 27 were
        # locationally lost")
        # (and past the counts of the other weapon told beside it: "neutralised 296 drones and five missiles: 201
        # drones were shot down, 95 ... lost")
        after = [p for p in out[i + 1:] if not (p.whole and p.start < m.end) and
                 not (p.kind != m.kind and {p.kind, m.kind} == {"drone", "missile"})]
        for run in (after, out[:i][::-1]):
            parts = _adding_up(m.value, run, partial(_stopped_of_kind, kind=m.kind))
            if parts is not None and len({part.role for part in parts}) == 2:
                if m.kind == "combined" and len({part.kind for part in parts} - {"bare"}) > 1:
                    break  # "shot down/suppressed 718 air targets: 296 UAVs shot down, 415 lost, 7 missiles": the
                    # combined total, which no count of one kind restates
                m.role, m.rule = None, "sum-of-parts"
                for part in parts:
                    if part.kind == "bare" and m.kind != "bare":  # "95 drones were neutralised: 70 were shot down"
                        part.kind = m.kind
                break


def _numbers(s: str, low: str, rules: _Rules = _ANY_TEXT) -> Iterator[re.Match[str]]:
    """NUMBER_RE's matches in a sentence (low: the sentence lower-cased; rules: the patterns for it).

    A match can only start where a digit or a number word starts a word (_NUMBER_START_RE), so the pattern is tried
    there (in order, as finditer would) instead of at every position.
    """
    if len(low) != len(s) or "dozen" in low or "hundred" in low or "a pair of" in low or "score " in low or \
            "a gross of" in low or "a brace of" in low:
        yield from NUMBER_RE.finditer(s)
        return
    pattern = rules.number
    end = 0
    # _NUMBER_AFTER_GAP_RE over " " + low: a match at i there is the gap before a number start at i here
    for start in rules.number_start.finditer(" " + low):
        at = start.start()
        if at >= end and (m := pattern.match(low, at)):
            end = m.end()
            yield m


def _ends_like(window: str, ends: tuple[str, ...]) -> bool:
    """Whether a (lower-case) window, without trailing white space and one comma, ends with one of the words."""
    w = window.rstrip()
    if w.endswith(","):
        w = w[:-1].rstrip()
    return w.endswith(ends)


def _has_subset_word(window: str) -> bool:
    """Whether a (lower-case) window holds a word _SUBSET_BEFORE_RE needs ("including", "among", "whom", "incl.")."""
    return "incl" in window or "among" in window or "whom" in window


#: A count told as the whole: "43 nationwide", "43 in total", "43 across the country".
_WHOLE_AFTER_RE = compiled(r"(?:\s+(?:people|civilians))?\s+(?:nationwide|in\s+total|overall|in\s+all|across\s+"
                           r"(?:the\s+)?(?:country|Ukraine|nation))\b", re.IGNORECASE)


#: The zone or region a count of a list told place first stands after: "In the zone of responsibility of Air Command
#: Centre, 19 drones were destroyed, in the zone of Air Command East 16", "over the Kursk region, 12".
_ZONE_BEFORE_RE = compiled(
    r"(?:^|[,;]|\band)\s*(?:and\s+)?(?:[Ii]n|[Oo]ver)\s+(?:the\s+)?(?:zone\s+(?:of\s+)?(?:responsibility\s+(?:of\s+)?)?"
    r"Air\s+Command\s+[A-Z][a-z]+|[A-Z][\w’'\-]+\s+(?:region|oblast))\s*,?\s*$")


#: A place a count was downed over, told after its verb: "destroyed over the Rostov region".
_OVER_A_PLACE_RE = compiled(r"\b(?:over|above)\s+(?:the\s+)?[A-Z][\w'’\-]+")
#: What opens the parts of a whole told just before: a colon or a spaced dash.
_PARTS_OPEN_RE = compiled(rf":|{SPACED_DASH}\s|—")


#: Another place of a list told by what attacked it, its count's noun left out: ", and Graivoron by ".
_PLACE_BY_BEFORE_RE = compiled(r",?\s+and\s+[A-Z][\w'’\-]+\s+by\s+$")


def _continuations(s: str, start: int, out: list[Mention], rules: _Rules) -> None:
    """'three injured in Kharkiv and four in Chuhuiv', '26 over Belgorod, 10 over Kursk': the list goes on; and so
    does one told zone first: "In the zone of Air Command Centre, 19 drones were destroyed, in that of Air Command East
    16"."""
    for i, m in enumerate(out):
        if m.kind != "bare" or i == 0 or m.subset:
            continue
        if m.has_loc and s[m.start - start:m.end - start].lower().endswith((" of them", " of those", " of these")) and \
                (whole := next((p for p in reversed(out[:i]) if p.role), None)) is not None and \
                whole.role in ("launched", *_STOPPED) and m.role in (None, whole.role):
            # "destroyed 337 drones over nine regions -- 91 of them over the Moscow region and 126 over the Kursk
            # region": a share of the count before it, as the places after it are
            m.subset, m.role, m.rule = True, whole.role, "inherit-subset"
            continue
        if not m.role and out[i - 1].role and out[i - 1].role != "hit" and \
                (zone := _ZONE_BEFORE_RE.search(s, max(0, m.start - start - 70), m.start - start)) and \
                zone.start() >= out[i - 1].end - start and \
                _ZONE_BEFORE_RE.search(s, max(0, out[i - 1].start - start - 70), out[i - 1].start - start):
            told = out[i - 1]
            m.role, m.rule, m.has_loc = told.role, "list-continuation", True
            told.has_loc = True
            continue
        if not m.role and (told := out[i - 1]).role in ("launched", *_STOPPED) and \
                told.kind in ("drone", "missile", "combined") and _MORE_AFTER_RE.match(s, m.end - start):
            # "another drone had been shot down, and at 6:52 a.m. he reported three more": more of the same
            m.role, m.kind, m.rule = told.role, told.kind, "more-of-the-same"
            continue
        if m.role == "launched" and (told := out[i - 1]).role == "launched" and told.kind in ("drone", "missile") and \
                _PLACE_BY_BEFORE_RE.search(s, max(0, m.start - start - 40), m.start - start):
            # "Shebekino came under attack by 11 drones during the day, and Graivoron by seven": more of that kind
            m.kind, m.rule = told.kind, "list-continuation"
            continue
        part_of = out[i - 1].subset and out[i - 1].rule == "inherit-subset" and out[i - 1].kind == "bare"
        if m.role and not part_of:
            continue
        after = s[m.end - start:m.end - start + 50]
        before = s[max(0, m.start - start - 6):m.start - start]
        if not rules.loc_after.match(after) or not _LIST_JOIN_RE.search(before):
            continue
        if _EARLIER_COUNT_BEFORE_RE.lowered.search(s[max(0, m.start - start - 40):m.start - start].lower()):
            continue  # "risen to 30, up from 12 on Saturday night and 20 on Sunday morning": earlier states of the toll
        if part_of:  # "including two in Mykolaiv and two in Odesa", "including 72 over Bryansk and 20 over Moscow"
            m.subset, m.role, m.rule = True, out[i - 1].role, "inherit-subset"
            continue
        prev = next((p for p in reversed(out[:i]) if p.role), None)
        if prev is None or prev.role == "hit":
            continue
        if _WHOLE_AFTER_RE.match(s, prev.end - start) or _PARTS_OPEN_RE.search(s, prev.end - start, m.start - start):
            # "rises to 43 nationwide, 33 in Kyiv", "19 people were killed in the region: 17 in Dnipro and two in
            # Samarivka", "four people were injured - two in Bila Tserkva and two in Fastiv": parts of the whole
            m.subset, m.role, m.rule = True, prev.role, "inherit-subset"
            continue
        m.role, m.rule, m.has_loc = prev.role, "list-continuation", True
        if prev.kind == "people":
            m.kind = "people"
            prev.has_loc = True
        elif not prev.has_loc and _OVER_A_PLACE_RE.search(s, prev.end - start, m.start - start):
            # "47 Ukrainian drones destroyed over the Rostov region overnight and another 12 over the Belgorod
            # region": the count before was a place's too, past its verb
            prev.has_loc = True


#: "more" closing a bare count's clause, which makes it more of what was counted before it: "he reported three
#: more." (but not "and two more flew towards Belarus", a clause of its own).
_MORE_AFTER_RE = compiled(r"\s+more\s*(?:[.,;:\"”)]|$|\s(?:on|over|at|by|in|near|later|earlier|overnight)\b)")
#: The dash between an item of a list of weapons and how many of them were stopped: "from the Black Sea – ".
_SHARE_DASH_RE = compiled(rf"[^.;:!?]{{0,120}}{SPACED_DASH}\s*$")


def _dashed_shares(s: str, start: int, out: list[Mention]) -> None:
    """'193 Shahed attack drones and decoy drones of various types – 80 shot down': the count after the dash is of
    the weapons before it, which an item of a list tells were launched."""
    for i, m in enumerate(out):
        if i == 0 or m.kind != "bare" or m.role not in _STOPPED:
            continue
        item = out[i - 1]
        if item.kind in ("drone", "missile") and item.role in (None, "launched") and \
                _SHARE_DASH_RE.fullmatch(s, item.end - start, m.start - start):
            m.kind = item.kind
            if item.role is None:
                item.role, item.rule = "launched", "list-item"


#: An aside in dashes opening after a count of people, up to a count inside it: " - the driver and ".
_ASIDE_OPENS_RE = compiled(r"\s[-–—]\s[^-–—.;:\d]{0,40}")
#: The dash that closes the aside after that count: " passengers - ".
_ASIDE_CLOSES_RE = compiled(r"[^-–—.;:\d]{0,40}?\s[-–—]\s")


def _people_in_a_dashed_aside(low: str, start: int, out: list[Mention]) -> None:
    """People counted in an aside in dashes after a count of people are some of them: "Three people - the driver and
    two passengers - were injured" is three hurt, not five."""
    for head, part in pairwise(out):
        if head.kind == "people" and part.kind == "people" and head.role and part.value < head.value and \
                _ASIDE_OPENS_RE.fullmatch(low, head.end - start, part.start - start) and \
                _ASIDE_CLOSES_RE.match(low, part.end - start):
            part.role, part.rule, part.subset = None, "people-aside", True


#: What follows a count of casualties (the killed and the injured together) up to the count of the dead among them:
#: "12 casualties, one of them fatal", "30 casualties, including five dead".
_CASUALTIES_RE = ci(r"\s+casualties\b\s*(?:,|\(|--|[–—:])?\s*(?:including|among\s+them|of\s+whom|of\s+them)?\s*$")
_DEAD_AFTER_RE = ci(r"(?:\s+of\s+(?:them|whom))?\s+(?:(?:were|was)\s+)?(?:fatal|dead|killed|deaths?|died|fatalities)\b")


def _casualties_with_the_dead(low: str, start: int, out: list[Mention]) -> None:
    """A count of casualties with the dead among them told next counts both: "12 casualties, one of them fatal" is
    one killed and 11 injured (casualties are the killed and the injured together)."""
    for whole, dead in pairwise(out):
        if whole.kind in ("bare", "people") and dead.kind in ("bare", "people") and whole.role is None and \
                (dead.kind == "bare" or dead.role in (None, "killed")) and dead.value < whole.value and \
                _CASUALTIES_RE.lowered.fullmatch(low, whole.end - start, dead.start - start) and \
                _DEAD_AFTER_RE.lowered.match(low, dead.end - start):
            whole.kind, whole.role, whole.rule, whole.value = "people", "injured", "casualties-less-dead", \
                whole.value - dead.value
            dead.kind, dead.role, dead.rule, dead.subset = "people", "killed", "casualties-dead", False


def _victims_of_both(low: str, start: int, out: list[Mention]) -> None:
    """A toll of "victims" that the counts of the killed and the injured after it add up to is theirs, not a count of
    the dead: "The number of victims ... has risen to 95 — 11 people killed ... and 84 injured" (the rule
    "victims-sum" lets the engine tell the same 95 elsewhere, as in the title, from a toll)."""
    for i, m in enumerate(out):
        if m.role != "killed" or m.rule != "toll" or \
                "victims" not in low[max(0, m.start - start - 120):m.start - start]:
            continue
        after = [n for n in out[i + 1:] if n.kind == "people" and not n.subset]
        if any(k.role == "killed" and j.role == "injured" and k.value + j.value == m.value
               for k in after for j in after):
            m.role, m.rule = None, "victims-sum"


#: The mayor's formula for drones downed on their way: "repelled an attack by two UAVs" (flying towards Moscow).
_REPELLED_BY_RE = ci(r"\brepel(?:led|s)?\s+(?:an?\s+)?attacks?\s+by\s+$")
_FLYING_TOWARDS_RE = ci(r"\s+(?:flying\s+towards?|over)\b")


def _repelled_on_their_way(low: str, start: int, out: list[Mention]) -> None:
    """Drones of "an attack by" them that air defence "repelled" as they flew towards a place were downed: "repelled
    an attack by three UAVs flying towards Moscow" (the mayor's running count), as were those repelled over a place
    ("an attack by 38 drones over the Slavyansk district": the region's part of the night), where "repelled an attack
    by eight Ukrainian drones" with no such flight may be the launched count that the ministry then splits."""
    for m in out:
        if m.kind == "drone" and m.role == "launched" and \
                _REPELLED_BY_RE.lowered.search(low, max(0, m.start - start - 40), m.start - start) and \
                _FLYING_TOWARDS_RE.lowered.match(low, m.end - start):
            m.role = "downed"


#: An aside that tells whose exact count the bare number opening it is: "– 539 by the Air Force's count –",
#: "(539, according to the Air Force)".
_WHOSE_COUNT_RE = ci(r"\s*,?\s*(?:by\s+(?:the\s+)?[\w'’\s]{2,40}?(?:count|tally|figures?|reckoning|estimate|data)|"
                     r"according\s+to\s+(?:the\s+)?[\w'’\s]{2,40}?)\s*(?:--|[–—)]|\s-\s)")
#: The weapons a count's aside follows: "more than half a thousand drones – ", "about 500 drones (".
_NOUN_BEFORE_ASIDE_RE = ci(rf"\b(?:(?P<missile>{MISSILE_NOUN})|{DRONE_NOUN})\s*(?:--|[–—(]|\s-)\s*$")


def _exact_in_an_aside(s: str, low: str, start: int, out: list[Mention]) -> None:
    """A bare count opening an aside that tells whose count it is counts the weapons before it: "more than half a
    thousand drones – 539 by the Air Force's count – and 11 missiles" launched 539 drones; a rounder count of them
    just before it ("about 500 drones (539, according to the Air Force)") is that count's round guess."""
    for i, m in enumerate(out):
        if m.kind != "bare" or m.role not in (None, "launched") or \
                not _WHOSE_COUNT_RE.lowered.match(low, m.end - start) or \
                not (noun := _NOUN_BEFORE_ASIDE_RE.lowered.search(low, max(0, m.start - start - 60), m.start - start)):
            continue
        kind = "missile" if noun.group("missile") else "drone"
        before = out[i - 1] if i and out[i - 1].end - start >= noun.start() else None
        after = next((n for n in out[i + 1:] if n.kind in ("drone", "missile", "combined")), None)
        role = before.role if before is not None and before.kind == kind else after.role if after else None
        if role is None:
            continue
        m.kind, m.role, m.rule = kind, role, "aside"
        if before is not None and before.kind == kind:
            before.role, before.rule = None, "round-guess"


#: A list item that names its weapons before its count: "– Kalibr cruise missiles – 6", "- Shahed drones: 93".
_LABELLED_ITEM_RE = compiled(rf"(?:\n|^)\s*{BULLET_CLASS}?\s*(?P<label>[^\n:;.]{{3,80}}?)\s*(?:--|[-–—:])\s*$")
#: The kind a label names, by the nouns a count's own kind is read from ("Kh-101/Kh-555 cruise missiles", "Shahed
#: strike UAVs and decoy drones").
_LABEL_MISSILE_RE = ci(rf"\b{MISSILE_NOUN}\b").lowered
_LABEL_DRONE_RE = ci(rf"\b{DRONE_NOUN}\b").lowered


#: A weapon's name with a count written as a multiplication, the shorthand of monitoring channels' night summaries:
#: "Iskander-M x2", "Kh-59/69 x1", "3x Kalibr", "Shahed ×40".
TIMES_COUNT_RE = ci(
    rf"(?:(?:(?P<missile>{ONE_MISSILE_NAME}(?:/\d+)?)|(?P<drone>Shahed(?:-\d+)?|Geran(?:-\d)?|Gerbera))"
    r"[^\S\n]?[x×][^\S\n]?(?P<n>\d{1,3})|(?P<n2>\d{1,3})[^\S\n]?[x×][^\S\n]?"
    rf"(?:(?P<missile2>{ONE_MISSILE_NAME})|(?P<drone2>Shahed|Geran|Gerbera)))\b")
#: Where TIMES_COUNT_RE may match: a multiplication sign by a digit.
_TIMES_SIGN_RE = compiled(r"[x×][^\S\n]?\d|\d[^\S\n]?[x×]")


#: A label before a list of counts ("Destroyed: 71 drones, Kh-101 x6, Iskander-M x2"), and one that tells them stopped.
_LIST_LABEL_RE = compiled(r"(?:^|[.;]\s+)\s*[a-z][a-z\s\-]{0,40}:")
_DOWN_LABEL_RE = ci(rf"(?:^|[.;]\s+)\s*(?:{CUE_DOWN})\s*:")


def _times_counts(low: str, start: int, out: list[Mention]) -> None:
    """'Iskander-M x2': so many of the named weapon launched (or stopped, after a label that says so: "Destroyed:"),
    which replaces any bare count inside it."""
    labels = [(label.end(), _DOWN_LABEL_RE.lowered.fullmatch(low, label.start(), label.end()) is not None)
              for label in _LIST_LABEL_RE.finditer(low)] if ":" in low else []
    for m in TIMES_COUNT_RE.finditer(low):
        a, b = start + m.start(), start + m.end()
        out[:] = [o for o in out if not (a <= o.num_start < b or a <= o.start < b)]
        kind = "missile" if m.group("missile") or m.group("missile2") else "drone"
        downed = next((down for end, down in reversed(labels) if end <= m.start()), False)
        out.append(Mention(int(m.group("n") or m.group("n2")), kind, a, b, "times-count",
                           "downed" if downed else "launched"))
    out.sort(key=lambda x: x.start)


def _labelled_items(low: str, start: int, out: list[Mention]) -> None:
    """A bare count on a list item after its label takes the label's kind: "– Kalibr cruise missiles – 6 (from the
    Black Sea)" counts six missiles, "– Shahed strike UAVs and decoy drones – 93" 93 drones."""
    for m in out:
        if m.kind != "bare" or m.role not in (None, "launched"):
            continue
        line_at = low.rfind("\n", 0, m.start - start)
        if line_at < 0 and low.lstrip()[:1] in BULLETS:
            line_at = 0  # an item that is a sentence of its own: "- UAVs (Shahed / Gerbera): 96"
        if line_at < 0 or not (item := _LABELLED_ITEM_RE.match(low, line_at, m.start - start)):
            continue
        if kind := _kind_a_label_names(item.group("label")):
            m.kind, m.role, m.rule = kind, "launched", "labelled-item"


def _kind_a_label_names(label: str) -> str | None:
    """The one kind of weapon a (lower-case) label names, "missile" or "drone"; None for both or neither."""
    missile, drone = _LABEL_MISSILE_RE.search(label), _LABEL_DRONE_RE.search(label)
    if bool(missile) == bool(drone):
        return None
    return "missile" if missile else "drone"


#: A share of the weapons counted before it told as stopped: "and 85% of them were shot down", "90 per cent of the
#: drones were destroyed".
_SHARE_DOWNED_RE = ci(rf"\b(?P<pct>\d{{1,2}}(?:\.\d)?|100)\s*(?:%|per\s*cent|percent)\s+of\s+(?:them|these|those|"
                      rf"the\s+(?:[\w\-]+\s+){{0,2}}?(?:drones|missiles|targets|weapons))\s+(?:{_AUX})?(?:{_ADV})*"
                      rf"(?:{CUE_DOWN})\b")
#: A bound or an approximation right before a share ("about 90 per cent of them", "more than 80%"): no exact count
#: (QUALIFIER_RE also holds "a total of" and "all", which are exact).
_ABOUT_BEFORE_RE = compiled(r"\b(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|"
                            r"less\s+than|up\s+to)\s+$")


def _share_downed(low: str, start: int, out: list[Mention]) -> None:
    """A share of a launched count told before it as downed, where it comes to a whole number: "Russia launched 120
    drones ..., and 85% of them were shot down" downs 102 (the share's own count is no figure)."""
    for share in _SHARE_DOWNED_RE.lowered.finditer(low):
        if _ABOUT_BEFORE_RE.search(low, max(0, share.start() - 12), share.start()):
            continue  # "about 90 per cent of them": no exact count
        launched = [m for m in out if m.end - start <= share.start() and m.role == "launched" and
                    m.kind in ("drone", "missile", "combined")]
        if not launched or len({m.kind for m in launched}) > 1:
            continue  # "458 drones and 20 missiles ..., 90 per cent of them": a share of both kinds
        whole = launched[-1]
        downed = float(share.group("pct")) * whole.value / 100
        if downed == int(downed) and not any(m.start == start + share.start() for m in out):
            out.append(Mention(int(downed), whole.kind, start + share.start(), start + share.end("pct"), "share",
                               "downed"))
            out.sort(key=lambda x: x.start)


#: A bare count summing up the weapons named just before it: "made up of Shahed drones and Gerbera decoys - 496 in
#: all" (the text before the count, from the last separator before it, holds the nouns; the text after it "in all").
_SUMMED_UP_BEFORE_RE = compiled(r"(?P<named>[^,;:()\-–—]{3,120}?)\s*(?:--|[-–—,:])\s*$")
#: The plural noun a summed-up count follows with no mark between: "and missiles roughly forty all told".
_NOUN_RIGHT_BEFORE_RE = compiled(r"\b(?P<named>drones|uavs|shaheds|missiles|rockets)\s+$")
#: Words after a count that make it the whole: "496 in all", "five people were injured in the city in all".
IN_ALL_RE = compiled(r"\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b")


def _summed_up_counts(low: str, start: int, out: list[Mention]) -> None:
    """A bare count with "in all" after it and weapons of one kind named just before it counts them, launched:
    "was made up of Shahed attack drones and Gerbera decoys - 496 in all" (496 drones), "and missiles roughly forty
    all told"."""
    for m in out:
        if m.kind != "bare" or m.role not in (None, "launched") or not IN_ALL_RE.match(low, m.end - start) or \
                not (named := _SUMMED_UP_BEFORE_RE.search(low, max(0, m.start - start - 160), m.start - start) or
                     _NOUN_RIGHT_BEFORE_RE.search(low, max(0, m.start - start - 20), m.start - start)):
            continue
        if kind := _kind_a_label_names(named.group("named")):
            m.kind, m.role, m.rule = kind, "launched", "summed-up"


#: An interviewer's question of how many weapons came or were stopped: "- How many drones did Russia send last
#: night?" (the role of the counts its answer gives with no verb of their own).
_HOW_MANY_RE = compiled(r"(?:how\s+many|what\s+(?:did|does|has|have)\b)[^?\n]*?\b"
                        r"(?:(?P<down>shot\s+down|shoot\s+down|intercept\w*|destroy\w*|downed)|"
                        r"send|sent|launch\w*|fire[sd]?|us(?:e|ed)|attack\w*)\b[^?\n]*\?\s*$")
#: What may come before the counts in such an answer: "Against Odesa oblast alone, between 40 and 50 Shaheds".
_ANSWER_LEAD_RE = compiled(r"[\s\-–—•*]*(?:(?:against|at|on|over|in|for)\s[^.\d,]{1,40},\s*)?"
                           r"(?:between\s+\d[\d,]*\s+and\s+)?")


def _answered_counts(text_low: str, start: int, out: list[Mention]) -> None:
    """Counts of weapons with no verb, at the start of the answer to a question of how many ("- How many drones did
    Russia send last night? - One hundred and twelve drones of various types"), take the question's verb."""
    question = _HOW_MANY_RE.search(text_low, max(0, start - 120), start)
    if question is None:
        return
    first = next((m for m in out if m.kind != "bare"), out[0])
    if first.kind in ("drone", "missile", "combined") and first.role is None and \
            _ANSWER_LEAD_RE.fullmatch(text_low, start, first.start):
        role = "downed" if question.group("down") else "launched"
        for m in out:
            if m.kind in ("drone", "missile", "combined") and m.role is None and not m.subset:
                m.role, m.rule = role, "answer"


#: A sentence that opens on the kind its counts are of: "Of the drones, 80 were shot down".
_OF_THE_KIND_RE = compiled(r"\s*(?:out\s+)?of\s+(?:the|these|those)\s+(?:[a-z\-]+\s+){0,2}?"
                           r"(drones|uavs|shaheds|missiles)\s*,")


def _included_with_a_verb(low: str, start: int, out: list[Mention]) -> None:
    """'81 missiles had been shot down, including 11 cruise missiles downed by F-16 jets': the share after
    "including" is part of the count before it, even with a verb of its own (so too a bare count: "105 drones were
    destroyed, including 19 shot down on their approach to Moscow")."""
    for i, m in enumerate(out):
        if i == 0 or m.subset or m.kind not in ("drone", "missile", "bare") or m.role not in ("launched", *_STOPPED):
            continue
        before = out[i - 1]
        if before.role != m.role or before.value <= m.value or before.subset or (
                before.kind != m.kind if m.kind != "bare" else before.kind not in ("drone", "missile", "combined")):
            continue
        window = low[max(before.end - start, m.start - start - 40):m.start - start]
        if _has_subset_word(window) and _SUBSET_BEFORE_RE.lowered.search(window):
            m.subset = True
        elif "including" in (wide := low[max(before.end - start, m.start - start - 140):m.start - start]) and \
                _INCLUDING_PLACE_WHERE_RE.search(wide):
            m.subset = True  # "63 drones over several regions, including the Moscow region, where Sobyanin said nine"


#: A place among those of a count, then what was counted there: "including the Moscow region, where the mayor said".
_INCLUDING_PLACE_WHERE_RE = compiled(r"\bincluding\s+(?:the\s+)?[\w'’\-]+(?:\s+(?:region|oblast|city))?,\s+where\s+"
                                     r"[^.;:]{0,100}$")


_AND_GAP_RE = compiled(rf"\s*(?:,\s*)?{_LIST_GOES_ON}\s+")

#: The end of the words between "all 18 missiles that Russia fired, including six Kinzhal missiles," and the other
#: kind's count that "all" tells of too: "..., as well as three Shahed drones".
_ASIDE_ENDS_GAP_RE = compiled(_ASIDE_END_RE.pattern + r"\s*$")


#: Between a part and the whole "all" counts after it: "Six Kinzhals, All 18 Missiles", "six Kinzhals and all 18".
_PART_GAP_RE = compiled(r"\s*(?:,|and|,\s*and)\s*")


def _part_before_all(low: str, start: int, out: list[Mention]) -> None:
    """'Shoots Down Six Kinzhals, All 18 Missiles': a count of a kind right before "all" of more of that kind is a
    part of the whole, not more of it."""
    for one, whole in pairwise(out):
        if whole.all_of and not one.all_of and one.kind == whole.kind and one.kind in ("drone", "missile") and \
                one.role == whole.role and one.value < whole.value and \
                _PART_GAP_RE.fullmatch(low, one.end - start, whole.start - start):
            one.subset = True


def _all_of_both(low: str, start: int, out: list[Mention]) -> None:
    """'shot down all 18 missiles and nine drones that Russia launched': "all" tells of both kinds; so it does of
    "all 18 missiles Russia fired, including six Kinzhals, as well as three drones", past the parts of the first."""
    for i, one in enumerate(out):
        if not (one.all_of and one.role in _STOPPED):
            continue
        j = i + 1
        while j < len(out) and out[j].subset and out[j].kind == one.kind:
            j += 1
        if j == len(out):
            continue
        other = out[j]
        if other.role == one.role and not other.all_of and \
                {one.kind, other.kind} == {"drone", "missile"} and not other.of_them and \
                " of " not in low[other.start - start:other.end - start] and \
                (_AND_GAP_RE.fullmatch(low, one.end - start, other.start - start) if j == i + 1 else
                 _ASIDE_ENDS_GAP_RE.search(low, one.end - start, other.start - start)):
            other.all_of = True


#: What befell the weapons counted after the verb that sent them, in the same clause: " the Kremlin in the night and
#: had been disabled by ... electronic warfare systems", " the city and were shot down".
_AND_THEN_STOPPED_RE = ci(rf"[^.;:,]{{0,80}}?\band\s+(?:had\s+been|have\s+been|were|was)\s+(?:all\s+)?"
                          rf"(?:(?P<down>{CUE_DOWN})|(?P<supp>{CUE_SUPP}|disabled(?=[^.;]{{0,70}}?\b(?:electronic|EW)\b)))")


def _and_then_stopped(low: str, start: int, out: list[Mention]) -> None:
    """'two drones had targeted the Kremlin in the night and had been disabled ... using electronic warfare systems':
    the weapons sent are the weapons stopped, all of them (downed or suppressed, and launched)."""
    for m in out:
        if m.role == "launched" and m.kind in ("drone", "missile") and not m.subset and \
                (then := _AND_THEN_STOPPED_RE.lowered.match(low, m.end - start)) and \
                not any(o is not m and m.end <= o.start < start + then.end() for o in out):
            m.role, m.all_of = ("downed" if then.group("down") else "suppressed"), True


#: One more of the weapons counted before, elsewhere: " and another over the Mozhaisk district".
_AND_ANOTHER_RE = ci(r"\s+(?:over|above|in|near|on)\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,3}?\s*,?\s+and\s+"
                     r"(?P<another>another)(?:\s+(?:one|drone|uav|missile))?\s+(?:over|above|in|near|on)\b")
#: One more weapon whose own fate is told after a count of its kind: "Three drones were shot down and another was
#: suppressed by electronic warfare"; "Four were shot down, and the fifth was brought down by electronic warfare".
_AND_ANOTHER_STOPPED_RE = ci(r"[^.;]{0,60}?\b(?:and|while|whereas)\s+(?P<another>another|the\s+(?:second|third|fourth|"
                             r"fifth|sixth|seventh|eighth|ninth|tenth|last|remaining))(?:\s+(?:one|drone|uav|missile))?\s+"
                             r"(?:was|had\s+been|has\s+been)\s+(?:(?P<down>shot\s+down|downed|destroyed|intercepted|"
                             r"neutrali[sz]ed|brought\s+down)(?!\s+(?:by|with)\s+(?:means\s+of\s+)?electronic)|"
                             r"suppressed|jammed|lost|brought\s+down|(?:disabled|stopped|downed)\s+by\s+electronic)\b")


def _and_another(low: str, start: int, out: list[Mention], stopped: bool = False) -> None:
    """'destroyed one drone over the Ruza district and another over the Mozhaisk district': one more of the kind,
    with the role of the count before it; or, stopped, 'Three drones were shot down and another was suppressed': one
    more of the kind (or of a bare count's) with the role its own verb gives it (_AND_ANOTHER_STOPPED_RE). Either
    where no count stands between."""
    kinds = ("drone", "missile", "bare") if stopped else ("drone", "missile")
    for k, m in enumerate(out):
        if m.kind not in kinds or not m.role or (stopped and m.role not in ("downed", "suppressed")):
            continue
        more = (_AND_ANOTHER_STOPPED_RE if stopped else _AND_ANOTHER_RE).lowered.match(low, m.end - start)
        if more is not None and not any(o.start < start + more.end() for o in out[k + 1:]):
            a, b = start + more.start("another"), start + more.end("another")
            role = ("downed" if more.group("down") else "suppressed") if stopped else m.role
            out.insert(k + 1, Mention(1, m.kind, a, b, m.rule, role, has_loc=not stopped, num_start=a))
            return


#: The mark that opens an item of a list, where a count comes first in it: "\n• 597 attack UAVs".
_ITEM_OPEN_RE = compiled(rf"\n[ \t]*({BULLET_CLASS})[ \t]*$")


def _sibling_items(s: str, start: int, out: list[Mention]) -> None:
    """'• 36 missiles in total: ...\n• 597 attack UAVs of the Shahed type': a count of weapons that opens an item of
    a list and no verb tells of was launched where the item before it, with the same mark, tells of weapons
    launched."""
    last: dict[str, Mention] = {}  # by its mark, the count of the last item a count opened
    for m in out:
        item = _ITEM_OPEN_RE.search(s, max(0, m.start - start - 12), m.start - start)
        if item is None:
            continue
        before = last.get(item.group(1))
        if before is not None and m.role is None and m.kind in ("drone", "missile") and \
                before.role == "launched" and before.kind in ("drone", "missile") and not before.subset:
            m.role, m.rule = "launched", "list-sibling"
        last[item.group(1)] = m


def _apposed_people(low: str, start: int, out: list[Mention]) -> None:
    """'one person, a warehouse worker, was injured': a person told between commas right after a count of people is
    who the count was, no one more."""
    for one, other in pairwise(out):
        if one.kind == other.kind == "people" and other.value <= one.value and not other.subset and \
                low[one.end - start:other.start - start] == ", " and low[other.end - start:][:1] == ",":
            other.subset = True


def _what_one_could_do(low: str, start: int, out: list[Mention]) -> None:
    """'A ballistic missile fired from the Belgorod region can reach it in a minute': what one weapon launched from
    somewhere can or could do, no weapon launched."""
    for m in out:
        if m.role == "launched" and m.value == 1 and m.rule == "post-verb" and _CAN_REACH_RE.match(low, m.end - start):
            m.role = None


#: The line that opens a list of what is sent or made, not launched (lower case): "the package includes:", "will
#: deliver:".
_LIST_OF_AID_RE = compiled(r"\b(?:package|aid|assistance|deliver\w*|suppl\w+|produc\w+|order\w*|contract\w*)\b"
                           r"[^\n]{0,80}:[ \t]*\n(?:[ \t]*[-–—•*·▪][^\n]*\n)*[ \t]*$")
#: The mark of an item that is a sentence of its own, then a count of weapons: "• 728 drones and 13 missiles"; or
#: its night's date first, in a list of nights: "- March 7: 67 missiles and 194 drones".
_OPENING_COUNT_RE = compiled(rf"\s*{BULLET_CLASS}\s*(?:(?i:{DATE_WORDS})\s*:\s*)?$")


#: The guns a sentence may count projectiles of: "fired 467 projectiles, including 38 from Grad multiple rocket
#: launchers".
_GUNS_KEYS = any_of("artillery", "mortar", "grad", "mlrs", "rocket launcher", "howitzer", "tank")


def _day_of_shells(low: str, start: int, out: list[Mention]) -> None:
    """'Over the past day, Russian troops launched 64 attacks on the oblast, firing 312 projectiles': a region's day of
    shelling counted in its shells, no combined count of an air attack's weapons (so too projectiles told beside
    guns: "fired 467 projectiles, including 38 from Grad multiple rocket launchers")."""
    for m in out:
        if m.kind == "combined" and low.startswith("projectiles", m.end - start - len("projectiles")):
            m.kind, m.role = "bare", None


def _counts_opening_an_item(low: str, start: int, out: list[Mention]) -> None:
    """'• 728 drones and 13 missiles (seven Kh-101 and six Kinzhal), with Lutsk the main target': counts of weapons
    that open an item under a fact box's heading, where no verb in it tells of any, were launched, as a headline's
    bare counts are."""
    weapons = [m for m in out if m.kind in ("drone", "missile", "combined")]
    # (a share of the item's own count told after it is none of its verbs: "138 strike UAVs and decoys (about 80 of
    # them were Shaheds)")
    if not weapons or any(m.role is not None and not (m.of_them and m.role == "launched") for m in out) or \
            not _OPENING_COUNT_RE.match(low, 0, weapons[0].start - start):
        return
    for m in weapons:
        if not m.subset and not m.of_them:
            m.role, m.rule = "launched", "item-opening"


def _hits_recorded(low: str, start: int, out: list[Mention]) -> None:
    """'Hits by 6 missiles and 27 strike UAVs were recorded in 9 locations': the weapons that got through, as the
    Air Force counts them, not those launched."""
    for hm in _HITS_BY_RE.lowered.finditer(low):
        end = low.find(";", hm.end())
        end = len(low) if end < 0 else end
        for m in out:
            if m.kind in ("drone", "missile", "combined") and m.role == "launched" and \
                    hm.end() <= m.start - start < end:
                m.role, m.rule = "hit", "hits-by"


#: A death after "one of the injured": "One of the injured men later died of his wounds", "... later succumbed".
_THEN_DIED_RE = ci(r"(?:\s+(?:men|women|man|woman|people|persons|residents|civilians|workers?|children|child|"
                   r"boy|girl))?,?[^.;\d]{0,60}?\b(?:died|succumbed|passed\s+away)\b")


#: A death among those counted after "one of the": "One of the nine, a 60-year-old woman, succumbed overnight".
_ONE_OF_THEM_DIED_RE = compiled(r",[^.;]{0,60}?\b(?:died|succumbed|passed\s+away)\b")


def _parts_of_people(low: str, start: int, out: list[Mention]) -> None:
    """'seven people were killed, including two in Mykolaiv and two in Odesa, where a strike killed two workers':
    casualties told after the parts of a toll are more of those parts, not more dead; and all those of a sentence
    about some of the casualties before it ("Of the wounded, 40 remained in hospital, two of them in a critical
    condition"; "Ten of those hospitalized were in serious condition") are parts (low: the sentence lower-cased)."""
    if len(out) >= 2 and low.lstrip().startswith("one of th") and (one := out[0]).value == 1 and \
            (whole := out[1]).kind == "bare" and _ONE_OF_THE_RE.search(low, 0, whole.num_start - start) and \
            _ONE_OF_THEM_DIED_RE.match(low, whole.end - start) and not any(m.rule == "toll" for m in out):
        # "One of the nine, a 60-year-old woman, succumbed overnight": one of those counted before, more dead
        one.kind, one.role, one.rule = "people", "killed", DIED_OF_WOUNDS
        for m in out[1:]:
            if m.kind in ("people", "bare"):
                m.role, m.subset = None, True
        return
    if "of th" in low[:40] and (hurt := _OF_THE_HURT_RE.lowered.match(low)):  # "Of the wounded, ...", "Ten of those
        # hospitalized"; but "One of the injured later died": more dead, unless the sentence tells the toll they make
        head = out[0] if out and hurt.group("who") and out[0].start - start < hurt.start("who") else None
        if head is not None and (_THEN_DIED_RE.lowered.match(low, hurt.end()) is None or
                                 any(m.rule == "toll" for m in out)):
            head = None  # ("One of the injured died, bringing the death toll to four": the toll is the whole)
        for m in out:
            if m is head:
                m.kind, m.role, m.rule = "people", "killed", DIED_OF_WOUNDS
            elif m.kind in ("people", "bare") and m.rule != "toll":
                m.subset = True
        return
    total: Mention | None = None
    parts = False
    for m in out:
        if m.kind == "people" and m.role in ("killed", "injured") and not m.subset:
            if parts and total is not None and m.role == total.role and m.value <= total.value:
                m.subset = True
            elif not parts:
                total = m
        elif m.subset and m.rule == "inherit-subset" and m.kind == "bare" and total is not None:
            parts = True


#: A weapon's model named with an article, before the comma of an apposition saying what it is: "by a Kh-22, ".
_MODEL_BEFORE_RE = compiled(r"\b(?:an?|the)\s+[a-z]+-?\d[\w/-]*,\s+$")
#: One missile told by its kind before a comma, whose model may follow: "a ballistic missile, ".
_ONE_MISSILE_BEFORE_RE = compiled(r"\b(?:an?|one)\s+(?:[a-z\-]+\s+){0,2}missile,\s+$")


def _singulars(low: str, start: int, out: list[Mention], cumulative: bool, rules: _Rules) -> None:
    """'and a cruise missile', 'destroyed the missile': one weapon, counted as 1 (where _has_singular_weapon)."""
    taken = [(m.start - start, m.end - start) for m in out]
    for m in rules.singular.finditer(low):
        a, b = m.start("art"), m.end()
        if any(x <= a < y or x < b <= y for x, y in taken):
            continue
        if low[a - 2:a] == ", " and _MODEL_BEFORE_RE.search(low, a - 24 if a > 24 else 0, a):
            continue  # "hit by a Kh-22, a Soviet-designed anti-ship missile": what the model is, no second weapon
        if low[a - 2:a] == ", " and _ONE_MISSILE_BEFORE_RE.search(low, a - 40 if a > 40 else 0, a):
            continue  # "a ballistic missile, an Iskander-M,": the model of the one just told, no second weapon
        if "fpv" in low[a:b]:
            continue  # "an FPV drone struck a car": a front-line drone, which the counts of a night's drones leave out
        if low[b:b + 5] == " and " and _SHARED_PLURAL_RE.match(low, b):
            continue  # "the Kh-22 and Oniks missiles cannot be intercepted": two kinds of the plural noun, not one
        kind = "drone" if m.group("drone") else "missile"
        out.append(Mention(1, kind, start + a, start + b, "", cumulative=cumulative, extra={"singular": 1}))
    out.sort(key=lambda x: x.start)


#: Another model after one's name, then the plural noun both share: " and Oniks missiles".
_SHARED_PLURAL_RE = compiled(r"\s+and\s+(?:iskander|kinzhal|kalibr|zircon|tsirkon|oniks|kn-23|kh-\d+)[a-z0-9\-]*\s+"
                             r"(?:[a-z\-]+\s+)?missiles\b")
#: The starts (lower case) of ONE_MISSILE_NAME's names.
ONE_MISSILE_KEYS = ("iskander", "kinzhal", "kalibr", "zircon", "tsirkon", "oniks", "kn-23", "kh-")


def _has_singular_weapon(low: str) -> bool:
    """Whether a (lower-case) sentence names one drone or missile ("drone", "UAV", "Shahed", "missile" ending a
    word, and not "drone attack" or "missile debris"; or a missile's model), which _SINGULAR_RE needs: most
    sentences only count them in the plural or name them as a kind of attack."""
    if any(name in low for name in ONE_MISSILE_KEYS):
        return True  # (the pattern tells a model's launcher from the missile)
    for noun in ("drone", "missile", "uav", "shahed"):
        at = low.find(noun)
        while at >= 0:
            after = at + len(noun)
            if (after == len(low) or not (low[after].isalnum() or low[after] == "_")) and \
                    _NOT_ONE_WEAPON_RE.match(low, after) is None:
                return True
            at = low.find(noun, after)
    return False


#: What follows people hurt in an attack who have since died, which counts them among its dead: "A man [injured when
#: debris hit an apartment block] has died in hospital", "Two people wounded in the strike later died".
#: Another who died, told after those hurt: "two dead and nine injured after a woman died in hospital".
_SOMEONE_ELSE_DIED_RE = ci(r"\b(?:after|as|when)\s+(?:a|an|one|another|the)\s+(?:[\w\-]+\s+){0,2}?(?:man|woman|person|"
                           r"boy|girl|child|patient|resident|victim|driver|pensioner)\s+(?:(?:had|has|later)\s+)*"
                           r"(?:died|succumbed)\b")
_INJURED_THEN_DIED_RE = ci(r"\s+(?:who\s+(?:was|were|had\s+been)\s+)?(?:injured|wounded|hurt)\b"
                           # (an aside may come between: "wounded in the strike, which he blamed on Kyiv, has died")
                           r"(?:[^;.,\d]|,\s+(?:which|who|where|when)\b[^;.,\d]{0,80},){0,150}?\s"
                           r"(?:(?:has|have|had)\s+)?(?:since\s+|later\s+|now\s+|subsequently\s+)?(?:died|succumbed)\b"
                           # (or taken to hospital to die there: "The driver was taken to hospital, where he succumbed
                           # to his injuries")
                           rf"|\s+(?:was|were)\s+{_DIED_IN_HOSPITAL}"
                           # (or taken to hospital and died there, with no comma: "a man taken from the stairwell to
                           # hospital in Irpin did not survive his injuries")
                           rf"|\s+(?:(?:who\s+)?(?:was|were)\s+)?(?:taken|rushed|brought|carried)\s+[^;.,\d]{{0,60}}?"
                           rf"\bhospital\b[^;.,\d]{{0,40}}?\s(?:{_NOT_SURVIVE}|(?:later\s+)?(?:died|succumbed))\b")


#: The first part of a ratio: "one in four", "one out of five" (what the count after it stands for is a share).
#: A bound from above in front of a number, which counts nothing (but "no fewer than" is at least).
_UPPER_BOUND_RE = compiled(r"(?<!no\s)(?<!not\s)\b(?:fewer|less)\s+than\s+$")
_ONE_IN_RE = compiled(r"\b(?:one|1)\s+(?:in|out\s+of)\s+$")
_IN_N_RE = compiled(r"\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\b")
#: The ordinals of one more dead or injured (_ORDINAL_CASUALTY_RE).
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
#: The ordinal of one more dead, which is the toll: "a third person has died in hospital"; or of one more injured
#: (group "hurt"): "a fourth person was injured in neighbouring Irpin".
_ORDINAL_CASUALTY_RE = compiled(
    rf"\b(?:a|the)\s+({'|'.join(_ORDINALS)})(?:\s+(?:person|victim|man|woman|child|resident|civilian)"
    # (or with an aside naming them, after the noun or with none: "A third victim, a 71-year-old woman, died in
    # hospital", "A third, Mykola Savchuk, 54, passed away in hospital")
    r"(?:(?=,)(?:,[^,.;:()]{1,40}){1,3},)?|(?=,)(?:,[^,.;:()]{1,40}){1,3},)\s+"
    r"(?:has\s+|had\s+)?(?:later\s+|since\s+|subsequently\s+)?(?:died|succumbed|passed\s+away|been\s+killed|"
    r"was\s+killed|killed\b|to\s+die\b|(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?P<hurt>injured|wounded|hurt))")
#: One person told of just before who has since died: "He passed away in hospital on Saturday", "She later died of
#: her wounds", "She was taken to hospital in Odesa but died" (but not "He died on the spot", the one killed told
#: again).
_PRONOUN_DIED_RE = compiled(r"^\s*(?:he|she)\s+(?P<taken>(?:was|had\s+been)\s+"
                            rf"{TAKEN_TO_HOSPITAL}(?:\s+in\s+[a-z'’\-]+)?,?\s+(?:but|and|where\s+(?:he|she))\s+)?"
                            r"(?:has\s+|had\s+)?(?P<later>(?:later|since|subsequently)\s+)?"
                            r"(?:died|succumbed|passed\s+away)\b(?(later)|(?(taken)|(?=\s+(?:in\s+(?:the\s+)?hospital|"
                            r"on\s+the\s+way\s+to\s+(?:the\s+)?hospital|in\s+(?:an|the)\s+ambulance|"
                            r"of\s+(?:his|her)\s+(?:wounds|injuries))\b)))")


#: Two people counted just before an apposition that names them: "Two people were killed, " (a married couple).
_TWO_BEFORE_RE = compiled(r"\b(?:two|2)\s[^,.;:()]{0,40}[,:\-–—]\s*$")
#: One person named again by what befell them, in an aside after the name: "Her neighbour, the man wounded that
#: night, was taken to hospital" counts no one new.
_NAMED_AGAIN_RE = compiled(r",\s+the\s+(?:[a-z\-]+\s+)?(?:man|woman|person|boy|girl|child|resident|driver)\s+"
                           r"(?:who\s+(?:was|had\s+been)\s+)?(?:wounded|injured|hurt|killed)\b")


#: The second of two people told one by one, before what befell them: "the other suffered a concussion".
_THE_OTHER_RE = compiled(r"\bthe\s+other(?=\s+(?:was|suffered|sustained|received|died|has|had|is|needed)\b)")


#: A person's age in an apposition after them: "A man, 54, was killed" (", aged 54," too).
_AGE_APPOSED_RE = compiled(r",\s+(?:aged\s+)?\d{1,3},(?=\s)")
#: One person by name and age, whose fate follows: "Petro Ivanovych, 67, sustained a fracture" (at a sentence's start
#: or after a word of who they are: "our member Petro Ivanovych, 67, ...").
_NAMED_PERSON_RE = compiled(r"(?:^\s*|(?<=[a-z]\s))(?P<name>(?:[A-Z][a-z’'\-]+\s+){0,2}[A-Z][a-z’'\-]+)"
                            r",\s+(?:aged\s+)?\d{1,3},\s+(?=(?:was|has\s+been|had\s+been|died|sustained|suffered|"
                            r"received|remains|needed)\b)")


#: One person by a given name and "himself", whose hurt follows: "Mykola himself suffered a concussion".
_NAME_HIMSELF_RE = compiled(r"\s*(?P<name>[A-Z][a-z’'\-]+)\s+(?:him|her)self(?=\s+(?:was|suffered|sustained|"
                            r"received|died)\b)")


def _past_age(age: re.Match[str], start: int, out: list[Mention]) -> int:
    """Where a person's mention ends that takes the age after it in (the age's own mention dropped from out)."""
    out[:] = [m for m in out if not (m.kind == "bare" and start + age.start() <= m.num_start < start + age.end())]
    return age.end()


def _single_people(s: str, low: str, start: int, out: list[Mention], rules: _Rules) -> None:
    """'A 57-year-old man was killed', 'injuring a woman': one person, counted as 1 (an age is no count)."""
    taken = [(m.start - start, m.end - start) for m in out]
    for m in rules.single_person.finditer(low):
        a, b = m.start("art"), m.end()
        if any(x <= a < y or x < b <= y for x, y in taken):
            continue
        # "an elderly couple" are two; a count, as "two people" is, but for the two counted just before it ("Two
        # people were killed, a married couple aged 71 and 74")
        two = m.group("two") is not None
        if two and _TWO_BEFORE_RE.search(low, max(0, a - 50), a):
            continue
        if low.startswith(", the ", b) and _NAMED_AGAIN_RE.match(low, b):
            continue
        if low.startswith(", ", b) and (age := _AGE_APPOSED_RE.match(low, b)):
            b = _past_age(age, start, out)  # "A man, 54, was killed": the age is his, no count
        out.append(Mention(2 if two else 1, "people", start + a, start + b, "", extra={} if two else {"singular": 1}))
    # (the age apposed, which the name's pattern holds, is searched first: a comma opens its scan, and most
    # sentences have none, where the name's pattern is tried at every position)
    if ", " in low and _AGE_APPOSED_RE.search(low) and (named := _NAMED_PERSON_RE.search(s)) and \
            not any(x <= named.start() < y for x, y in taken) and \
            not any(m.kind == "people" and 0 <= named.start() - (m.end - start) <= 2 for m in out):
        # "Petro Ivanovych, 67, sustained a fracture": one person by name and age (but "Our cashier Tetiana, 29, ..."
        # is the cashier counted already)
        age = _AGE_APPOSED_RE.match(low, named.end("name"))
        assert age is not None  # (the name's pattern holds the age's)
        b = _past_age(age, start, out)
        out.append(Mention(1, "people", start + named.start(), start + b, "", extra={"singular": 1}))
    if "self " in low and (himself := _NAME_HIMSELF_RE.match(s)) and \
            not any(x <= himself.start("name") < y for x, y in taken):
        # "Mykola himself suffered a concussion": one person by name, whose own hurt the sentence tells
        out.append(Mention(1, "people", start + himself.start("name"), start + himself.end(), "",
                           extra={"singular": 1}))
    if "the other " in low and (other := _THE_OTHER_RE.search(low)) and any(
            m.value == 1 and m.end - start <= other.start() and low.startswith("one", m.start - start) for m in out):
        # "One received minor injuries ...; the other suffered a concussion": the second of two told one by one
        out.append(Mention(1, "people", start + other.start(), start + other.end(), ""))
    out.sort(key=lambda x: x.start)


def _chain_next(low: str, a: Mention, b: Mention, start: int, rules: _Rules) -> bool:
    """Whether two mentions are joined only by a list connector ("574 drones and 40 missiles")."""
    if b.start < a.end:
        return False
    gap_at, gap_end = a.end - start, b.start - start
    if low.startswith(("another", "a further"), gap_end):
        return False  # "shot down 48 missiles and 64 drones, and another 68 drones were lost": a count of its own
    if a.kind == b.kind and "," in low[gap_at:gap_end] and (
            "and" in low[gap_at:gap_end] or low[a.start:a.end].split()[1:] == low[b.start:b.end].split()[1:]):
        # "downed 70 drones, and 26 decoy drones were lost": a clause of its own, not a list's item; nor do the
        # same words count a list's parts ("attacks with 62 drones, 38 drones shot down")
        return False
    return bool(rules.chain_gap.fullmatch(low, gap_at, gap_end)) or (
        a.kind == b.kind == "people" and _PEOPLE_GAP_RE.lowered.fullmatch(low, gap_at, gap_end) is not None)


def _kind_returns(chain: list[Mention], nxt: Mention) -> bool:
    """Whether a mention counts a weapon its list already counted before another one ("653 drones and 51 missiles,
    585 drones and 30 missiles shot down"), or counts both kinds the list did: it starts a second list, which the
    first list's cues do not reach."""
    if nxt.kind == "combined" and len(chain) > 1:
        # "launched 408 drones and 31 missiles, 400 air targets neutralized": a count of both is another list's
        kinds = {m.kind for m in chain}
        return "drone" in kinds and "missile" in kinds
    return nxt.kind != chain[-1].kind and any(m.kind == nxt.kind for m in chain)


#: The verb phrase of a count, then a comma and "and" before a count told with no verb of its own (_ELLIPSIS_END_RE).
_ELLIPSIS_GAP_RE = compiled(r"\s+(?:were|was|had\s+been|have\s+been)\s+[a-z\s]{3,40}?,\s+and\s+(?:also\s+)?")
#: The end of a count told with no verb of its own: the sentence's, or its source's ("..., the air force said").
_ELLIPSIS_END_RE = compiled(r"\s*(?:[.;]|$|,\s+(?:the\s+)?[a-z\s]{2,40}?\s+(?:said|says|reported|added))")


def _assign_roles(s: str, low: str, start: int, out: list[Mention], rules: _Rules) -> None:
    """Give every mention a role from the cues around it; chains of mentions share their cues."""
    n = len(out)
    if not n:
        return
    # where the last count of weapons starts (the cues need not be read further), and whether a partitive's whole
    # ("70 of the 82 drones") lies among the mentions, which only it can inside another (most sentences have none):
    # one loop, not a generator for each
    stop = 0
    any_whole = False
    for m in out:
        if m.kind != "people" and m.start - start > stop:
            stop = m.start - start
        if m.whole:
            any_whole = True
    cues = _Cues(low, stop, rules)
    i = 0
    while i < n:
        j = i
        while j + 1 < n:
            k = j + 1
            if any_whole:
                while k < n and out[k].start < out[j].end:
                    k += 1  # "Nine of the ten Shaheds and three of the four missiles": past the whole inside a part
                if k == n:
                    break
            if (out[j].kind == "people") != (out[k].kind == "people") or "bare" in (out[j].kind, out[k].kind) or \
                    not _chain_next(low, out[j], out[k], start, rules) or _kind_returns(out[i:j + 1], out[k]):
                break
            j = k
        chain = out[i:j + 1]
        first, last = chain[0], chain[-1]
        last_end = last.end - start
        nxt = len(s)  # where the next mention that starts after this chain does, or the sentence ends
        for k in range(j + 1, n):
            if out[k].start >= last.end:
                nxt = out[k].start - start
                break
        after = low[last_end:nxt if nxt < last_end + 120 else last_end + 120] if nxt > last_end else ""
        has_weapon = has_people = False
        for m in chain:
            if m.kind == "people" or m.kind == "bare":
                has_people = True
            if m.kind != "people":
                has_weapon = True
        if has_weapon:
            _weapon_roles(s, low, start, out, i, chain, first.start - start, after, cues, any_whole, rules)
        if has_people:
            _casualty_roles(s, low, start, chain, rules, out[i - 1] if i else None)
        i = j + 1
    if ":" in low or " - " in low or "– " in low or "— " in low:
        _after_a_colon(low, start, out)
    if len(out) >= 2:
        _count_then_stopped(low, start, out)
    if "night" in low:
        _counts_of_the_night(low, start, out)
    if "(" in low:
        _across_brackets(low, start, out, rules)
    if "among" in low or "incl" in low:
        for prev, m in pairwise(out):
            if prev.subset and prev.kind == "people" and m.kind == "people" and not m.subset and \
                    _AND_THE_PARTS_RE.lowered.fullmatch(low, prev.end - start, m.start - start):
                m.subset = True  # "Among the victims were 11 children killed and 72 injured": both parts
    if ", and" in low:
        for prev, m in pairwise(w for w in out if not w.whole):
            if m.role is None and m.kind in ("drone", "missile") and prev.kind in ("drone", "missile") and \
                    prev.role in _STOPPED and prev.rule == "passive" and \
                    _ELLIPSIS_GAP_RE.fullmatch(low, prev.end - start, m.start - start) and \
                    _ELLIPSIS_END_RE.match(low, m.end - start):
                # "Fifty-five of the drones were shot down, and three of the four missiles": the verb before goes on
                m.role, m.rule = prev.role, "ellipsis"
    for prev, m in pairwise(out):
        if m.of_them and m.role is None and m.kind in ("drone", "missile") and prev.role in _STOPPED and \
                prev.kind in ("bare", "combined") and _OF_THEM_KIND_GAP_RE.fullmatch(low, prev.end - start,
                                                                                      m.start - start):
            # "112 were intercepted, 48 of them missiles": that many of the kind were
            m.role, m.rule, m.of_them = prev.role, "of-them-kind", False


#: A night or an attack introducing the counts after a colon: "The first night was the heaviest: 539 drones and 11
#: missiles" (but not "Air defence shot down 40 targets: 10 missiles and 30 drones", whose counts have their verb).
_INTRODUCED_RE = ci(r"\b(?:nights?|overnight|attack|assault|barrage|strike|wave)\b[^:;]{0,60}$")
#: The colon or spaced dash after which _after_a_colon reads: "Last night - 145 attack drones and 5 missiles".
_COLON_OR_DASH_RE = compiled(rf":|{SPACED_DASH}\s")
_STOPPED_CUE_RE = ci(r"\b(?:shot|down|destroy\w*|intercept\w*|lost|suppress\w*|neutrali[sz]\w*|hit|struck)\b")


#: A claim right before a count, which is the claimant's and no item of the list: "..., Moscow claims 85 UAVs".
_CLAIMED_JUST_BEFORE_RE = compiled(r"\b(?:claims?|claimed|says|said)\s+(?:that\s+)?(?:it\s+)?(?:\w+\s+)?$")


def _after_a_colon(low: str, start: int, out: list[Mention]) -> None:
    """Counts of weapons with no role after a colon (or a spaced dash) that a night or an attack introduces: those
    launched."""
    if (found := _COLON_OR_DASH_RE.search(low)) is None:
        return
    colon = found.start()
    if not _INTRODUCED_RE.lowered.search(low, 0, colon) or _STOPPED_CUE_RE.lowered.search(low):
        return
    for m in out:
        if m.role is None and m.kind in ("drone", "missile", "combined") and m.start - start > colon and \
                not (m.subset or m.cumulative) and \
                not _CLAIMED_JUST_BEFORE_RE.search(low, max(colon, m.start - start - 30), m.start - start):
            m.role, m.rule = "launched", "after-colon"


#: What may stand between a count of weapons with no verb and the bare counts stopped after it: "100 Shaheds and
#: decoys overnight, 81 shot down", "seventy drones overnight across the country, 46 shot down".
_TO_STOPPED_GAP_RE = compiled(r"(?:\s+and\s+[\w\-]+(?:\s+[\w\-]+)?)?"
                              r"(?:\s+(?:overnight|last\s+night|tonight|in\s+total|in\s+all))?"
                              r"(?:\s+(?:across|over|at)\s+(?:the\s+(?:whole\s+)?country|ukraine))?\s*[,;]\s*")


def _count_then_stopped(low: str, start: int, out: list[Mention]) -> None:
    """A count of weapons with no verb, then bare counts of those shot down or lost: "a round hundred Shaheds and
    Gerbera decoys overnight, 81 shot down, 14 lost to EW" (a post's shorthand) launched the count."""
    for m, nxt in pairwise(out):
        if m.role is None and m.kind in ("drone", "missile", "combined") and not (m.subset or m.cumulative) and \
                nxt.kind == "bare" and nxt.role in ("downed", "suppressed") and 0 < nxt.value <= m.value and \
                _TO_STOPPED_GAP_RE.fullmatch(low, m.end - start, nxt.start - start):
            m.role, m.rule = "launched", "count-then-stopped"


#: What opens a verbless clause of counts (the sentence's start, a speaker's label, a colon), what parts its counts,
#: and what ends it: the night, then the clause's end ("Air Force posted: 72 Shaheds and 2 Iskander-M overnight.").
_CLAUSE_OPEN_RE = compiled(r"(?:^|[:;]|\A\W*)\s*$")
_COUNTS_JOIN_RE = compiled(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\+\s*)")
#: (past where they were sent: "a couple of hundred drones and 8 missiles across Ukraine overnight")
_NIGHT_END_RE = compiled(r"(?:-\w+)?(?:\s+(?:across|at|against)\s+(?:the\s+)?(?:country|ukraine))?"
                         r"\s+(?:overnight|last\s+night|tonight)\s*(?:[.;,!]|$)")


def _counts_of_the_night(low: str, start: int, out: list[Mention]) -> None:
    """Counts of weapons with no verb, a clause of their own that ends on the night: those launched.

    "Air Force posted: 72 Shaheds and 2 Iskander-M overnight." is a post's shorthand for the night's attack.
    """
    run: list[Mention] = []
    for m in out:
        if m.role is None and m.kind in ("drone", "missile", "combined") and not (m.subset or m.cumulative) and (
                (run and _COUNTS_JOIN_RE.fullmatch(low, run[-1].end - start, m.start - start)) or
                (not run and _CLAUSE_OPEN_RE.search(low[:m.start - start]))):
            run.append(m)
            if _NIGHT_END_RE.match(low, m.end - start):
                for r in run:
                    r.role, r.rule = "launched", "counts-of-the-night"
                run = []
        else:
            run = []


#: A bracketed aside right after a count, up to the list's next count: "14 missiles (11 Kh-101 and 3 Kalibr) and".
_BRACKETED_RE = compiled(r"\s*\([^()]{1,80}\)")


def _across_brackets(low: str, start: int, out: list[Mention], rules: _Rules) -> None:
    """A count of weapons with no role, a bracketed aside after it, then a list's next count: the next count's role.

    "14 missiles (11 Kh-101 and 3 Kalibr) and 48 UAVs have been shot down": the aside cut the list, which the verb
    after it reaches whole (the aside's kinds are then the missiles' breakdown).
    """
    for i, m in enumerate(out):
        if m.role is not None or m.kind not in ("drone", "missile"):
            continue
        aside = _BRACKETED_RE.match(low, m.end - start)
        if aside is None:
            continue
        nxt = next((n for n in out[i + 1:] if n.start - start >= aside.end()), None)
        if nxt is not None and nxt.role is not None and nxt.kind in ("drone", "missile") and \
                rules.chain_gap.fullmatch(low, aside.end(), nxt.start - start):
            m.role, m.rule = nxt.role, nxt.rule


#: The start of an item of a list, one a line: a bullet after a line break.
_ITEM_START_RE = compiled(rf"\n[ \t]*{BULLET_CLASS}")


def _header_or_item_cues(low: str, cues: list[re.Match[str]], at: int) -> list[re.Match[str]]:
    """The cues for a count at `at` in an item of a list: those of its own item or of the line that opens the list,
    not another item's ("– 55 shot down;\n- 21 Kalibr cruise missiles": the Kalibrs were not shot down by those
    words)."""
    item = low.rfind("\n", 0, at)
    first = _ITEM_START_RE.search(low)
    if item < 0 or first is None or first.start() > item or not _ITEM_START_RE.match(low, item):
        return cues
    return [c for c in cues if c.end() <= first.start() or c.start() > item]


#: A verb of the weapons' own course right after a count: "lost locally, and one drone flew towards Belarus" tells
#: no more of the verb before it.
_OWN_COURSE_RE = compiled(r"\s*(?:flew|headed|veered|strayed|went|turned)\s+(?:back\s+)?"
                          r"(?:to|towards?|into|in\s+the|out\s+of|away)\b")


#: Where the weapons counted were flying, between the count and its verb: "12 drones heading for the capital had been
#: destroyed".
_EN_ROUTE_RE = compiled(r"\s+(?:heading|headed|flying|approaching)\s+(?:(?:for|to|towards?)\s+)?(?:the\s+)?"
                        r"[\w\-]+(?:\s+(?:region|oblast|city|capital))?(?=\s+(?:had|have|has|were|was)\b)")
#: Whose words the verb after an auxiliary is, told between commas: "31 were, in their words, "locationally lost"",
#: "12 had, the air force said, been jammed".
_AUX_ASIDE_RE = compiled(r"((?:\s+(?:more|others?))?\s+(?:were|was|had(?:\s+been)?))\s*,\s*"
                         r"(?:in\s+(?:their|its|his|her)\s+(?:own\s+)?words|"
                         r"according\s+to\s+[^,;.()\d]{1,40}|as\s+[\w\s]{1,30}?\s+(?:put|called)\s+it|"
                         r"(?:the\s+)?[\w\s]{1,30}?\s+(?:said|says|added))\s*,")
#: A bracketed aside between a count and its verb: "208 (38.6 percent) were lost".
_PAREN_ASIDE_RE = compiled(r"\s*\([^()]{1,40}\)(?=\s+(?:were|was|had|have|are)\b)")
#: Who launched the whole a part is told of: "60 of the 76 missiles launched by Russia had been shot down".
_BY_THE_ATTACKER_RE = compiled(r"\s*(?:launched|fired|sent|used)(?:\s+(?:by\s+(?:russia|the\s+enemy|russian\s+forces|"
                               r"moscow|the\s+russians|ukraine|ukrainian\s+forces)|overnight|at\s+ukraine|"
                               # (and where they were sent: "launched by Russia at the southern Odesa region overnight")
                               r"(?:at|against|towards?)(?:\s+the)?(?:\s+[\w\-’']+){1,4}?(?=\s+(?:had|have|has|were|was|"
                               r"overnight)\b))){1,3}(?=\s+(?:had|have|has|were|was)\b)")


def _weapon_roles(s: str, low: str, start: int, out: list[Mention], idx: int, chain: list[Mention], pre_end: int,
                  after: str, cues: _Cues, any_whole: bool, rules: _Rules) -> None:
    """The weapon role of a chain, from the verb after it or else the last cue before it (low[:pre_end])."""
    role = None
    rule = ""
    if after[:1] == "," and (came := _CAME_FROM_ASIDE_RE.match(after)):
        after = after[came.end():]
    adj = rules.post_adj.match(after)
    last = chain[-1]
    # (after ends where the next count starts: the object is read in the sentence)
    active = adj is not None and adj.lastgroup in ("down", "supp") and \
        _ACTIVE_OBJECT_RE.match(low, last.end - start + adj.end()) is not None
    if active or (adj is not None and adj.lastgroup == "hit3" and last.kind == "bare"):
        # "a missile destroyed a house": what the weapon did, not what was done to it; "three injured": people
        adj = None
    # "70 of the 82 drones launched": the participle describes the whole, not the part
    of_whole = any_whole and any(o.whole and last.start < o.start < last.end for o in out)
    if of_whole and adj and adj.lastgroup == "launch":
        adj = None
        if by := _BY_THE_ATTACKER_RE.match(after):
            after = after[by.end():]  # "60 of the 76 missiles launched by Russia had been shot down"
    if adj and adj.lastgroup == "launch" and (stopped := rules.post_passive.match(after)) and \
            stopped.lastgroup in ("down", "supp") and adj.group("launch") in ("launched", "fired", "sent"):
        adj = None  # "all 45 drones launched overnight were destroyed": the verb after the participle's phrase
    if adj and adj.lastgroup == "launch":
        # "intercepted all 18 missiles fired by Russia", "destroyed six Storm Shadows and 31 drones launched by
        # Ukraine": the participle tells which weapons the verb stopped, not how many were launched (with "all",
        # the engine counts them launched too)
        cue = _last_cue(low, out[:idx], start, cues.before(pre_end), pre_end)
        if cue is not None and _ROLE_OF[cue[0]] in _STOPPED:
            adj = None
    pas = None
    if adj is None and not active:  # a verb right after the count wins over a passive further on, which need not
        # be read
        if after[:1] == "," and (aside := _WEAPON_ASIDE_RE.match(after)):
            after = after[aside.end():]  # "208 drones, many of them Gerbera decoys, were lost from radar"
        elif after[:3] in (" he", " fl", " ap") and (course := _EN_ROUTE_RE.match(after)):
            after = after[course.end():]  # "12 drones heading for the capital had been destroyed"
        elif after[:4] in (" wer", " was", " had", " mor", " oth") and (aside := _AUX_ASIDE_RE.match(after)):
            after = aside.group(1) + after[aside.end():]  # "31 were, in their words, "locationally lost""
        elif after[:2] == " (" and (aside := _PAREN_ASIDE_RE.match(after)):
            after = after[aside.end():]  # "a further 208 (38.6 percent) were lost to electronic warfare"
        pas = rules.post_passive.match(after)
        if (of_whole and pas and pas.lastgroup == "launch") or (
                pas and last.kind == "bare" and _OTHER_NOUN_AFTER_RE.match(after)):
            # "two warehouses were destroyed": a number with a noun of its own counts no weapons
            pas = None
        elif pas and last.value > 1 and last.kind != "bare" and " was " in pas.group(0) and \
                low.endswith("s", 0, last.end - start):
            pas = None  # "An attempt ... to carry out a terrorist attack using 17 UAVs ... was thwarted": the attempt's
    rel = rules.relative.match(after) if not adj and not pas else None
    head = out[idx - 1] if idx else None
    if head is not None and head.whole and idx >= 2 and out[idx - 2].start < head.start < out[idx - 2].end and \
            out[idx - 2].kind == "combined" and out[idx - 2].role in _STOPPED:
        # "shot down 629 of the 672 aerial targets - 588 drones and 41 missiles": the kinds of the part, not of its
        # whole
        head = out[idx - 2]
    if not adj and not pas and not rel and head is not None and head.role and head.kind in ("combined", "bare") and \
            _BREAKDOWN_AFTER_RE.fullmatch(low, head.end - start, chain[0].start - start):
        # "134 air targets were shot down: 34 missiles and 100 drones": the kinds of the count before the colon
        role, rule = head.role, "inherit-split"
    elif not adj and not pas and not rel and head is not None and head.role and head.kind == "combined" and \
            len(chain) >= 2 and sum(m.value for m in chain) == head.value and \
            _SPLIT_AFTER_COMMA_RE.fullmatch(low, head.end - start, chain[0].start - start):
        # "105 means of air attack launched against Ukraine, 93 drones and 12 missiles": the kinds of the combined
        # count before the comma, which they add up to
        role, rule = head.role, "inherit-split"
    elif not adj and not pas and not rel and head is not None and head.rule == "inherit-split" and \
            head.kind != chain[0].kind and _SPLIT_ITEM_GAP_RE.fullmatch(low, head.end - start, chain[0].start - start):
        # "561 targets: 550 drones and decoys of other types, and 11 missiles - nine Kh-101 ...": the next item
        role, rule = head.role, "inherit-split"
    elif rel:
        role, rule = _ROLE_OF[rel.lastgroup or ""], "relative-clause"
    elif adj:
        g = adj.lastgroup or ""
        role = "hit" if g.startswith("hit") else _ROLE_OF[g]
        rule = "post-verb"
    elif pas:
        role = _ROLE_OF[pas.lastgroup or ""]
        rule = "passive"
    else:
        # _cue_taken reads only digits before the cue, so the whole sentence serves for the text before the chain
        before = cues.before(pre_end)
        if "\n" in low and before:
            before = _header_or_item_cues(low, before, pre_end)
        cue = _last_cue(low, out[:idx], start, before, pre_end)
        if cue is not None and cue[0] == "launch" and len(chain) == 1 and last.extra and \
                low.startswith("the ", last.start - start) and "," in low[cue[1]:last.start - start]:
            cue = None  # "steers the drone using radar data, and the drone explodes": the one told of, no count
        if cue is not None and not (last.kind == "bare" and _PLURAL_AFTER_RE.match(after)) and not \
                _OWN_COURSE_RE.match(after):
            role = _ROLE_OF[cue[0]]
            rule = "pre-verb"
        elif cue is None and low[max(0, chain[0].num_start - start - 8):chain[0].num_start - start].rstrip().endswith(
                "record"):
            role, rule = "launched", "record"  # "Record 741 Drones and Missiles: Russia Hits Lutsk"
        elif cue is None and last.kind == "combined" and "means" in low and _MEANS_OF_ATTACK_RE.search(
                low, last.start - start, last.end - start):
            # "Summary: 99 means of air attack - 93 attack drones and 6 missiles": the Air Force's count of the
            # weapons it faced, which it tells with no verb
            role, rule = "launched", "means-of-attack"
        elif cue is None and after.startswith((", of which", ", of them")) and last.kind != "bare":
            # "Moscow came back for the west: 60 Shaheds and 39 missiles, of which 58 Shaheds and 26 missiles were
            # downed": the whole the parts after it were of
            role, rule = "launched", "of-which-whole"
    for m in chain:
        if m.kind == "people":
            continue
        r = role
        rr = rule
        if m.whole:
            r, rr = "launched", "partitive-whole"
            if _WHOLE_STOPPED_RE.match(low, m.end - start):
                r = "downed"  # "42 of the 57 drones it intercepted nationwide": the whole is of those stopped
        if r == "inherit":
            prev = [p for p in out[:idx] if p.role in ("launched", "downed", "suppressed") and p.kind != "people"]
            if len(prev) >= 2 and prev[-1].whole and prev[-2].start < prev[-1].start < prev[-2].end:
                # "60 of the 76 missiles launched had been shot down, including 37 of the 40 ...": the part's
                # role, not its whole's
                prev = prev[:-1]
            combined = [p for p in prev if p.kind == "combined"]
            if m.kind == "bare" and idx and out[idx - 1].kind == "people" and out[idx - 1].end <= m.start:
                # "seven people were killed, including two in Mykolaiv": part of the people before it
                r, rr = None, "inherit-subset"
                m.subset = True
            elif combined and m.kind in ("drone", "missile") and prev[-1].kind == "bare" and \
                    prev[-1].role in _STOPPED and prev[-1].start > combined[-1].start:
                # "158 aerial targets ... 114 of them were shot down, including 87 missiles and 27 drones": the
                # kinds of the count of those stopped, not of the launched before it
                r, rr = prev[-1].role, "inherit-split"
            elif combined and m.kind in ("drone", "missile"):
                r, rr = combined[-1].role, "inherit-split"
            elif prev and prev[-1].kind == "combined" and m.kind in ("drone", "missile"):
                r, rr = prev[-1].role, "inherit-split"
            elif prev and prev[-1].kind in ("drone", "missile") and m.kind in ("drone", "missile") and \
                    m.kind != prev[-1].kind and not (any(p.kind == m.kind for p in prev) and
                                                     _SUBSET_BEFORE_RE.lowered.search(low, 0, m.start - start)):
                # "90 drones, including 20 decoys, and three missiles": missiles are no part of the drones (but in
                # "28 of the 31 missiles and all 16 drones, including 10 Kinzhal missiles" the Kinzhals are missiles')
                r, rr = prev[-1].role, "inherit-role"
            elif prev:
                r, rr = prev[-1].role, "inherit-subset"
                m.subset = True
            elif _ATTACK_BEFORE_RE.search(low, 0, m.start - start):
                r, rr = "launched", "including"
            else:
                r, rr = None, ""  # "registered over 3,000 new developments, including 900 drones": no attack's
        m.role = r
        m.rule = rr
        m.has_loc = bool(rules.loc_after.match(s[m.end - start:m.end - start + 64]))


#: A word of an attack before "including" and its kinds: "Russia launched 120 drones, including".
_ATTACK_BEFORE_RE = compiled(r"\b(?:attack(?:s|ed|ing)?|launch(?:ed|es|ing)?|fir(?:ed|es|ing)|struck|hit|targeted|"
                             r"barrage|strikes?|waves?|sent|shot\s+down|downed|destroyed|intercepted|used)\b")
#: The participles of _ASIDE_RE's clauses on where someone was brought out from ("pulled from his burning house") or
#: taken to ("taken to hospital in Irpin").
_BROUGHT_OUT = (" pulled ", " rescued ", " carried ", " dragged ", " lifted ", " dug ", " freed ", " taken ",
                " rushed ", " brought ")


def _past_aside(after: str) -> str:
    """The (lower-case) text after a count, past an aside on who they were: "two people, including a child, were
    injured", "five (among them two children) were killed", "two people – a man and a woman – were hurt"."""
    if after[:1] in ",(" or after[:2] in (" (", " –", " —", " -") or after[:4] in (" of ", " age", " who") or (
            after[:1] == " " and ("," in after[:30] or "—" in after[:40] or "–" in after[:40])) or \
            after.startswith(_BROUGHT_OUT):
        aside = _ASIDE_RE.lowered.match(after)
        if aside is not None:
            return after[aside.end():]
    return after


#: Who a count in apposition names, at the start of a clause: "The driver, a 52-year-old man, was wounded".
_APPOSED_TO_RE = ci(r"(?:^\s*|[.;:]\s+)(?:the|its|their|his|her|one)\s+[a-z-]+(?:\s+[a-z-]+)?,\s+$")


#: Drones downed told as brought down by electronic warfare: " were brought down by electronic warfare".
_DOWNED_BY_EW_RE = compiled(r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:brought\s+down|forced\s+down|"
                            r"neutrali[sz]ed|downed|disabled)\s+(?:by|with|using)\s+(?:means\s+of\s+)?(?:electronic\s+"
                            r"(?:warfare|countermeasures|jamming|means)|ew\b)")
#: A phrase of where a person was, between them and their fate: " of a bus repair shop next to the site".
_OF_PHRASE_RE = compiled(r"\s+of\s+(?:an?|the|a\s+local)\s+(?:[\w\-]+\s+){1,8}?"
                         r"(?=(?:was|were|had\s+been|has\s+been)\s)")


def _past_of_phrase(after: str) -> str:
    """The text after a person past the phrase of where they worked or lived: "One employee of a bus repair shop next
    to the site was injured"."""
    if after.startswith(" of ") and (phrase := _OF_PHRASE_RE.match(after)):
        return " " + after[phrase.end():]
    return after


def _past_apposition(after: str, before: str) -> str:
    """The text after a count past the comma that closes its apposition: "the driver, a man, was hurt"."""
    if after[:1] == "," and before.endswith(", ") and _APPOSED_TO_RE.lowered.search(before):
        return after[1:]
    return after


#: Between one person and their age, their name: ", Mykola Petrenko, " in "Our guard, Mykola Petrenko, 52, who".
_NAME_BEFORE_AGE_RE = compiled(r"\s*,\s*(?:[a-z’'\-]+\s+){0,2}[a-z’'\-]+\s*,\s*")


#: A casualty's word right after a bare count, which makes it a count of people though "in total" came before as
#: the cue of weapons: "In total, the administration reports one dead and three injured".
#: What tells a count as first told, before it: "the air force first said Russia had launched".
_FIRST_TOLD_RE = compiled(r"\b(?:first|initially)\s+(?:said|reported|gave|put|spoke\s+of|counted|announced)\b[^;]*$")
#: What comes between a round count of weapons and the same count told exactly: " at Ukraine; the Air Force's final
#: count was ", "; its morning post gave the exact count, ".
_EXACT_COUNT_GAP_RE = compiled(r"[^;.]{0,40}?(?:;|,|\s+but|\s+and)\s+[^;.]{0,50}?\b"
                               r"(?:exact|full|final|precise|official)\s+(?:count|figure|number|tally|total)(?:\s*[,:]\s*|\s+(?:was|is|of|as|at|stood\s+at|"
                               r"came\s+to)\s+)(?:at\s+least\s+)?")
#: What tells a count as told later, between a first count and it: "its full summary later gave".
_THEN_TOLD_RE = compiled(r"\b(?:later|final|full|updated|revised)\b")
#: What comes between a count of people and the same count as it stood later: ", later ", ", then ", ", and by the
#: evening ".
_LATER_COUNT_GAP_RE = compiled(r"(?:\s+(?:injured|wounded|hurt|dead|killed))?,?\s+(?:and\s+)?"
                               r"(?:(?:later|then)(?:\s+of)?|by\s+the\s+(?:evening|morning|afternoon|night))\s+")
#: What tells of a toll as first given, before its count: "The governor's first post counted", "initially reported".
_FIRST_TOLL_BEFORE_RE = compiled(r"\b(?:first|initially)\b[^;.]{0,60}$")
#: The words of a toll that may follow its count, up to where the sentence goes on: " people had been injured".
_TOLL_WORDS = (r"(?:\s+(?:people|persons|residents))?"
               r"(?:(?:\s+(?:had\s+been|have\s+been|were|was))?\s+(?:injured|wounded|hurt|dead|killed))?")
#: What comes between a toll as first given and the same toll as it stood later: "; by 11:00 it had raised that to ",
#: "; by lunchtime the figure was ", "; later in the morning he confirmed ".
_LATER_TOLL_GAP_RE = compiled(_TOLL_WORDS +
                              r"(?:\s+in\s+[a-z'’\-]+)?"  # (of a place: "two people hurt in Brovary")
                              r"(?:;|,|\s+but|\s+and)\s+[^;.]{0,50}?\b(?:"
                              r"(?:raised|revised|updated|corrected)\s+(?:that|it|this|the\s+(?:figure|number|count|toll))\s+to|"
                              r"(?:figure|number|count|toll|tally)\s+(?:was|is|had\s+become|stood\s+at|(?:had\s+)?reached|"
                              r"(?:had\s+been|has\s+been|was)\s+(?:corrected|revised|raised|updated|increased)\s+to|"
                              r"(?:had\s+)?(?:risen|rose|grown|grew|climbed)\s+to)|"
                              r"confirmed|put\s+(?:it|that|the\s+(?:figure|number|toll))\s+at|it\s+was)\s+"
                              r"(?:at\s+least\s+)?")
#: One person's body found, told with no count: "the body was found under the rubble the next morning".
_BODY_FOUND_RE = compiled(r"\b(?:the|his|her)\s+body\s+(?:was|has\s+been|had\s+been)\s+"
                          r"(?:found|recovered|pulled\s+out|retrieved|removed)\b|"
                          r"\b(?:found|recovered|retrieved)\s+(?:his|her)\s+body\b")
#: A toll's figure, before its count: "the initial figure of 5 injured had risen to 7".
_FIGURE_OF_BEFORE_RE = compiled(r"\b(?:figure|count|toll|tally|number)\s+of\s+$")
#: A toll that rose, and the words before its first count and between that and its last: "rose through the day,
#: from nine dead in the morning to 35".
_ROSE_RE = compiled(r"\b(?:rose|risen|rising|climbed|climbing|grew|grown|increased|jumped)\b")
_FROM_BEFORE_RE = compiled(r"\bfrom\s+(?:an?\s+(?:initial|earlier|first)\s+)?$")
_FROM_TO_GAP_RE = compiled(r"(?:\s+(?:people\s+)?(?:dead|deaths|killed|injured|wounded|hurt))?"
                           r"(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|on\s+\w+day|at\s+[\d:.]+(?:\s*[ap]\.?m\.?)?|"
                           r"earlier|overnight|at\s+first|initially))?\s+to\s+(?:at\s+least\s+)?")
#: What comes between a toll's figure and the count it rose to: " injured had risen to ".
_FIGURE_OF_ROSE_RE = compiled(r"(?:\s+(?:people|persons))?\s+(?P<word>injured|wounded|hurt|dead|killed)\s+"
                              r"(?:had\s+|has\s+|later\s+|then\s+)?(?:risen|rose|grown|grew|climbed)\s+to\s+"
                              r"(?:at\s+least\s+)?")
#: What comes between a toll and the same toll told in a later update: "; the mayor's latest update says ", "; the
#: 8:40 update says ".
_LATEST_TOLL_GAP_RE = compiled(_TOLL_WORDS +
                               r"(?:;|,|\s+but|\s+and)\s+[^;.]{0,40}?(?:\b(?:latest|later|updated|final|newest|"
                               r"morning|midday|evening|afternoon)|\d[:.]\d\d)\s+"
                               r"(?:update|figures?|count|post|report|statement|message|tally)\s+(?:says|said|gives|gave|"
                               r"shows|showed|(?:puts|put)\s+it\s+at|was|is)\s+(?:at\s+least\s+)?")
_DEAD_OR_HURT_NEXT_RE = compiled(r"\s+(?:dead|killed|injured|wounded|hurt)\b")
#: A verb that counts, right before a count of the dead or hurt: "the regional head had counted four injured".
_COUNTED_JUST_BEFORE_RE = compiled(r"\b(?:counted|recorded|registered)\s+(?:at\s+least\s+|some\s+)?$")


def _casualty_roles(s: str, low: str, start: int, chain: list[Mention], rules: _Rules,
                    before: Mention | None) -> None:
    """Killed or injured for the counts of people (and bare numbers) of a chain, from the cues around each.

    before: the mention before the chain, if any.
    """
    prev = before  # the mention before each one
    for m in chain:
        if m.kind not in ("people", "bare"):
            continue
        ms, me = m.start - start, m.end - start
        if m.kind == "bare" and prev is not None and prev.kind == "people" and prev.value == 1 and \
                low[me:me + 1] == "," and _NAME_BEFORE_AGE_RE.fullmatch(low, prev.end - start, ms):
            continue  # a person's age after their name: "Our guard, Mykola Petrenko, 52, who lives nearby, was hurt"
        prev = m
        pre40 = low[ms - 40 if ms > 40 else 0:ms]
        if m.kind == "bare" and m.role in ("launched", "downed", "suppressed", "hit") and not (
                m.rule == "pre-verb" and _ends_like(low[ms - 12 if ms > 12 else 0:ms], _CAS_PRE_ENDS)
                and rules.cas_pre.search(pre40)) and not (
                m.rule == "pre-verb" and _DEAD_OR_HURT_NEXT_RE.match(low, me) and
                ("total" in low[:ms] or _COUNTED_JUST_BEFORE_RE.search(low, ms - 30 if ms > 30 else 0, ms))) and not (
                ("toll" in (pre160 := low[ms - 160 if ms > 160 else 0:ms]) or "number" in pre160) and
                _TOLL_RE.lowered.search(low, ms - 160 if ms > 160 else 0, ms)):
            # a bare number the weapon cues took keeps their role, but where a casualty verb stands right before
            # it, "fired 500 drones, killing 14", or a toll, "hit by a missile, with the death toll standing at 44"
            # (however far back: "the number of people killed in the missile strike of March 15 has risen to 21")
            continue
        local_after = low[me:]
        if ("from" in pre40 or pre40.endswith(" of ")) and _EARLIER_COUNT_BEFORE_RE.lowered.search(pre40):
            continue
        win = low[ms - 160 if ms > 160 else 0:ms]
        toll = _TOLL_RE.lowered.search(win) if "toll" in win or "number" in win else None
        # the rules in order of precedence; each pattern is read only where the ones before it did not fire
        prem = None
        if not toll and _ends_like(pre40, _CAS_PRE_ENDS):
            prem = rules.cas_pre.search(pre40)
            if prem and "," in prem.group() and (
                    (m.kind == "people" and rules.cas_post.match(_past_aside(local_after)[:90])) or
                    (local_after.startswith(" more ") and rules.cas_post.match(local_after[5:90]))):
                prem = None  # "Woman killed, four people injured", "a man killed, 2 more injured": the count's own verb
        role = None
        rule = ""
        if toll:
            k = (toll.group("kind") or toll.group("kind2") or "").lower()
            if k in ("", "victims") and (after := (rules.num_verb if m.kind == "bare" else rules.cas_post).match(
                    _past_aside(local_after)[:90])):
                # "the toll stood at 11 injured", "the number of victims has increased to 144 injured"
                k = "injured" if after.group("inj") else "death"
            role = "injured" if k.startswith(("inj", "wound")) or k in ("people injured", "people hurt",
                                                                         "people wounded") else "killed"
            rule = "toll"
        elif prem and (m.kind == "people" or _BARE_OK_RE.lowered.match(local_after)):
            role = "killed" if prem.group("kill") else "injured"
            rule = "verb-people"
        elif m.kind == "people" and (post := rules.cas_post.match(
                rest := _past_of_phrase(_past_aside(_past_apposition(local_after, pre40)))[:90])) \
                and not _SEP_RE.search(rest[:post.start(post.lastgroup or "kill")]):
            role = "injured" if post.group("inj") else "killed"
            rule = "people-verb"
        elif m.kind == "bare" and (mm := rules.num_verb.match(_past_aside(local_after))) and not (
                pre40.endswith((" of the ", " of these ", " of those ")) and _ONE_OF_THE_RE.search(pre40)):
            # (but not "One of the nine, a 60-year-old woman, succumbed": the whole, not those who died)
            role = "killed" if mm.group("kill") else "injured"
            rule = "number-verb"
        elif m.kind == "people" and pre40.endswith((" were ", " are ")) and (
                those := _THOSE_HURT_WERE_RE.lowered.search(pre40)):
            # "Those injured in the city were four adults and two children"
            role = "killed" if those.group("kill") else "injured"
            rule = "those-were"
        elif m.kind == "bare" and pre40.endswith((":", "-", "–", "—", ": ", "- ", "– ", "— ", " now ")) and \
                (lm := _CASUALTY_LABEL_RE.search(pre40)):
            # "Killed: 2, both in Kremenchuk." / "Injured: 11, including three children." in a Q&A or factbox
            role = "killed" if lm.group("kill") else "injured"
            rule = "label"
        # both tests need "lives" among the last six characters of the mention, which few hold
        if low.find("lives", me - 6 if me > 6 else 0, me) >= 0 and (
                (m.kind == "people" and _LIVES_AFTER_RE.lowered.match(low[me - 6:me]))
                or low[ms:me].endswith("lives")):
            if _LIVES_PRE_RE.lowered.search(pre40):
                role, rule = "killed", "lives"
            else:
                continue
        if (_has_subset_word(pre40) and _SUBSET_BEFORE_RE.lowered.search(pre40)) or (
                " among " in local_after[:12] and _SUBSET_AFTER_RE.lowered.match(local_after)) or (
                " among " in local_after and _AND_IS_AMONG_RE.lowered.search(local_after, 0, 120)):
            m.subset = True  # (one with no verb of its own too: no list of people counts it with a verb after it)
        if role is None:
            continue
        m.kind = "people"
        m.role = role
        m.rule = rule
        m.has_loc = bool(rules.cas_loc.search(s[me:me + 60]))
    if len(chain) > 1:
        _list_of_people(chain, low, start)


def _list_of_people(chain: list[Mention], low: str, start: int) -> None:
    """'A man and a woman were injured', 'two women and a child were killed': the verb after a list of people
    counts each of them, not only the one it follows; but 'wounding two people, a man and his wife' tells who the
    two were."""
    head, rest = chain[0], chain[1:]
    if head.kind == "people" and head.value >= 2 and low[head.end - start:rest[0].start - start].strip() == "," and \
            all(m.kind == "people" for m in rest) and sum(m.value for m in rest) == head.value:
        for m in rest:
            m.subset = True
            m.role, m.rule = None, "people-aside"
        return
    verb: Mention | None = None
    for m in chain:  # "killing a woman and her son, and eight people were injured": the verb before goes on first
        if m.kind != "people" or (m.role and m.rule not in ("verb-people", "those-were")):
            verb = None
        elif m.role:
            verb = m
        elif verb is not None and not m.subset:
            m.role, m.rule, m.has_loc = verb.role, "people-list", verb.has_loc
    verb = None
    for m in reversed(chain):
        if m.kind != "people":
            verb = None
        elif m.role:
            verb = m if m.rule == "people-verb" else None
        elif verb is not None and not m.subset:
            # (but for a part of the count before it: "the toll rose to 35, including two children, and 117 people
            # were injured")
            m.role, m.rule, m.has_loc = verb.role, "people-list", verb.has_loc
    if any(m.role and not m.extra.get("singular") for m in chain):
        # "two women and a child": one counted in a list with a numbered figure is part of it
        for m in chain:
            if m.role and m.extra.get("singular"):
                m.extra = {k: v for k, v in m.extra.items() if k != "singular"}
