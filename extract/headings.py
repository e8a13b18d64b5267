"""Where a contest starts: heading lines that name a seat, and the places prose names.

"REDDITCH", "RESULT: Chingford and Woodford Green – Conservative hold", "ABBEY WARD (three
seats)", "Swindon North: Lab gain from Con. ...", "Michigan's 8th Congressional District";
in prose, "the riding of X", "Christchurch's Ilam electorate", "flips Nanaimo—Ladysmith".
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Optional

from .document import CALENDAR_WORDS, CAPS_LEAD, PRIMARY_PARTIES, TIMESTAMP, TITLE_LEAD, VOTING_SYSTEM, Doc, place_key
from .gazetteer import parties, places
from .names import LATIN_LETTER, _lists, given_name_gender, title_case
from .numbers import DATE_ONLY
from .scan import Words

__all__ = ["PERSON_THEN_SEAT", "ending_place", "heading", "generic_words", "short_plain", "in_menu", "full_place", "PLACE_PATTERNS", "PLACE_PATTERN_WORDS", "WON_PLACE", "WON_PLACE_WORDS", "NOT_A_SEAT", "BADGE_WORD_TAIL", "PARTY_RACE_TAIL"]

# The words that title a result before its seat: "RESULT: ", "FIRST PREFERENCES - ".
_RESULT_WORDS = r"(?:(?:RESULTS?\s+)?AT\s+A\s+GLANCE|RESULT\s+CARD|(?:THE\s+)?COUNT|THE\s+(?:RESULTS?|VOTE)|IN\s+NUMBERS|KEY\s+(?:FACTS|FIGURES)|FACT\s*FILE|RESULTS?|DECLARATION|FIRST\s+COUNT|FINAL\s+COUNT|FULL\s+RESULT|(?:FINAL|OFFICIAL|UNOFFICIAL|PROVISIONAL|CERTIFIED)\s+RESULTS?|BY-ELECTION|(?:(?:FINAL|PROVISIONAL|OFFICIAL)\s+)?(?:FIRST|PRIMARY)\s+(?:PREFERENCES?|VOTES?)(?:\s+VOTES?)?)"
# What comes before the seat's name on a heading line.
_HEAD_PREFIX = re.compile(
    r"""^\s*(?:(?:[-•*»■▪▶►]|>>|\#{1,4})\s*|\d{1,2}[.)]\s+)?                  # a bullet, ">> ", "## ", a note's "1. "
    (?:[A-Z][\w ]{1,30}?\s+(?:gain|hold|wins?|holds|gains)\s+(?:in\s+)?(?!from\b)     # "Labour gain in" (not "Ashcombe REF GAIN FROM CON")
      |[A-Z][\w ]{1,30}?\s+(?:re-)?elected\s+(?=[A-Z][\w'’ -]{2,40}\s+[Mm]ayor\s*$)       # "Campbell elected Hull and East Yorkshire mayor"
      |(?:""" + _RESULT_WORDS + r"""|LIVE(?:\s+(?:UPDATES?|BLOG|COVERAGE))?)\s*[:–—-]\s*
      |(?:FIRST|FINAL)\s+COUNT,\s*                                                  # "First count, 10th District (selected candidates)"
      |(?:the\s+)?full\s+result\s+(?:in|for)\s+|(?:here\s+is\s+)?how\s+
      |(?:full|official|final|declared)\s+results?\s*,\s*                                # "Full result, Southwater North ward by-election, ..."
      |(?:FACT\s*)?BOX\s*[:–—-]\s*(?:(?:here\s+is\s+)?how\s+)?                           # a sidebar's label: "BOX: HOW BARNSLEY NORTH VOTED"
      |(?:(?:UK\s+)?general|parliamentary|local|council|by-|mayoral)[\s-]?elections?\s+  # "General election 2024:"
         (?:(?:19|20)\d\d\s*)?[:–—-]\s*
      |(?:ward|constituency|division|seat|riding|electorate)(?:[\s-]wise)?\s+results?\s*[:–—-]\s*    # "Ward result:", "Constituency-wise result:"
      |(?-i:ELECTION\s+(?=[A-Z][a-z]))                                               # PA's slug: "ELECTION Tamworth result"
      |election\s+result\s*[:–—-]\s*                                                  # "Election result: Tamworth"
      |(?-i:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,5}\s+(?:(?:Town|Parish|District|Borough|County|City|Community)\s+Council
                                                    |(?:TOWN|PARISH|DISTRICT|BOROUGH|COUNTY|CITY|COMMUNITY)\s+COUNCIL))
         \s*[:–—-]\s*(?=.*\b(?:ward|WARD|Ward|division|DIVISION|Division)\b)                # "Haddenham Town Council – HYTHE WARD"
    )""",
    re.I | re.X,
)
# A note in a seat count's brackets: "(three seats, new ward boundaries)"; not a tally's "(42 seats, all declared)",
# "(124 seats, 63 for majority)".
_SEAT_NOTE = r"(?:[,;](?![^()]*\b(?:declared|majority)\b)[^()]{0,40})?"
# A count's title after the seat's name: "TUNAPUNA – FINAL COUNT", "Bullwinkel: final count".
_COUNT_TITLE = r"[:,–—-]\s*(?:final|first|official|declared|provisional|preliminary|unofficial)\s+(?:count|tally|results?|declaration)\s*$"
_HEAD_DECOR = re.compile(
    r"""^\s*(?:
        $
      | [:,–—-]?\s*(?:(?:general\s+election\s+|bye?-?election\s+)?(?:full\s+)?results?(?:\s+in\s+full)?(?:\s+\d{4})?|in\s+full|voted)\b.*$
      | [:,–—-]?\s*(?:(?:[\w'’ -]{1,40}?)\s+)?(?:hold|gain|win)\b.*$
      | (?:declared|declaration|called|confirmed)\s*(?:[·•|:–—-]\s*.*)?$        # a results page's badge: "Mid Derbyshire Declared · LAB GAIN FROM CON"
      | \(?(?:(?:parliamentary\s+|county\s+|borough\s+)?(?:constituency|ward|electorate|division|riding|bye?-?election)|first\s+preferences|count|notional)\b.*$
      | \(\s*[\w ]+\s+(?:seats?|to\s+elect|vacanc(?:y|ies)|to\s+be\s+elected)\s*""" + _SEAT_NOTE + r"""\).*$       # "(three seats, new ward boundaries)", "(three vacancies)"
      | \(\s*(?:[\w'’ ]{1,30}?\s+)?(?:hold|gain|win|GAIN|HOLD)\b[^()]{0,40}\)\s*$     # "CANNOCK CHASE (Lab gain from Con)"
      | -\s+general\s+election\s+results.*$
      | """ + _COUNT_TITLE + r"""     # "Tunapuna – FINAL COUNT"
      | [:]\s*$
      | [–—-]\s+first[\s-]+preferences?(?:\s+votes)?(?:\s*\([^()]{1,60}\))?\s*$      # "Ward B - first preference votes (3 vacancies; quota 6,135)"
      | (?:={2,6}|\#{1,4})\s*$                  # the rule that closes "=== Inverness Central ==="
      | \[\w{1,4}\]\s*$                      # a footnote mark: "Stevenage[4]"
      | \(\s*(?:""" + VOTING_SYSTEM + r""")\s*\)\s*$      # its voting system: "HAMILTON (first past the post)"
    )""",
    re.I | re.X,
)
_GENERIC_HEAD = re.compile(
    r"""^(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:[–—/][A-ZÀ-ÞĀ-Ž][\w'’.-]*)*(?:\s+(?!(?:ELECTORAL|Electoral)\s)(?:and|of|the|upon|on|St\.?|[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:/[A-ZÀ-ÞĀ-Ž][\w'’.-]*)?)){0,5})   # ("SLIGO–LEITRIM", "Partick East/Kelvindale")
    (?:\s*\([A-Z][^()\d]{1,40}\))?                          # its council: "ROSSMERE (Hartlepool)"
    (?:\s*[,–—:]\s*|\s+-\s*|-\s+|\s+)(?:(?:ELECTORAL\s+|[Ee]lectoral\s+)?(?:WARD|Ward|ward|CONSTITUENCY|constituency|ELECTORATE|electorate|(?:SUB)?DIVISION|(?:[Ss]ub)?division|RIDING|riding|
       (?:(?:parliamentary|council|county|district|borough|town|city)\s+)?bye?-?election|first\s+preferences|(?:metro\s+)?mayor(?:al|['’]s)?(?:\s+(?:election|race|contest))?(?:\s+results?)?(?=\s*(?:[:,–—-]|(?:(?:19|20)\d\d)?\s*$))
       |PCC|(?i:police\s+and\s+crime\s+commissioner))\b(?!\s*(?!(?:19|20)\d\d\s*$)\d)      # (not "Tshwane Ward 59": a numbered ward; a year ends it)
       |(?:election\s+|(?i:full)\s+)?results?(?:\s+in\s+full)?\s*:?\s*$
       |(?:(?:ELECTION\s+|FULL\s+)?RESULTS?|DECLARED)(?:\s*\((?![^()]*\b(?:19|20)\d\d\b)[^()\n]{1,60}\))?\s*:?\s*$     # ("TAURANGA RESULT (electorate vote, 100% counted)", "OLDFIELD DECLARED")
       |(?i:how\s+(?:the\s+)?(?:candidates|parties)\s+(?:fared|did|performed)|(?:the\s+)?(?:votes?|results?)\s+at\s+a\s+glance)(?:\s*\([^()\d]{1,30}\))?\s*:?\s*$     # ("TENTH DISTRICT – HOW THE CANDIDATES FARED (first count)")
       |(?i:(?:official|final|provisional|preliminary|unofficial|declared|certified)\s+results?|provisional|preliminary|unofficial|certified)\s*(?:\([^()\d]{1,30}\))?\s*:?\s*$|                                    # ("BANKS PENINSULA - OFFICIAL RESULT (electorate vote)")
       (?:election\s+)?results?\s+(?:19|20)\d\d\s*(?:[:–—-]|$)|
       [–—-]\s*(?:\d+|one|two|three|four|five)\s+(?:seats?|councillors?)\b|
       (?:(?:local|parish|town|community)\s+council\s+)?     # ("GĦARGĦUR local council (5 seats)": Malta's, one count for the locality)
       \(\s*\w+\s+(?:seats?|to\s+elect|vacanc(?:y|ies)|members|councillors|deputies|Deputies|MLAs|TDs|MSPs|MSs)(?:\s+to\s+(?:be\s+)?elect(?:ed)?)?\s*""" + _SEAT_NOTE + r"""\))""",
    re.X,
)
# A local body's ward in a bulletin's entry: "Kollam Corporation, Eravipuram ward: LDF's R. Prasannakumar retained the ward",
# "Kayamkulam Municipality, Puthiyidam (ward 11): ...".
_BODY_COMMA_WARD_LEAD = re.compile(r"(?P<body>(?:[A-Z][\w'’.-]+\s+){1,3}(?:Corporation|Municipality|(?:(?:[Gg]rama?|[Bb]lock|[Dd]istrict|[Zz]illa|[Nn]agar)\s+)?[Pp]anchayat|(?:[Mm]unicipal\s+|[Dd]istrict\s+|[Cc]ounty\s+|"
                                   r"[Bb]orough\s+|[Tt]own\s+|[Cc]ity\s+)?[Cc]ouncil)),\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                                   r"(?:\s+(?:ward|division|Ward|Division)|\s*\((?P<number>[Ww]ard\s+\d{1,3})\))\s*:\s+")
_PROVINCES = "|".join(sorted(_lists()["provinces_and_states"], key=len, reverse=True))
# A province after a ward's name and before its outcome: "eThekwini Ward 27 (Inanda), KwaZulu-Natal: MK gain from ANC".
_PROVINCE_TAIL = re.compile(r",\s*(?:" + _PROVINCES + r")\b")
# "ASHBY FIELDS – Conservative hold", "Kingsmead: Lib Dem gain from Labour", "TUNAPUNA  |  UNC GAIN FROM PNM",
# a wire's "ST JAMES WEST CENTRAL -- JLP hold"
_OUTCOME_HEAD = re.compile(
    r"""^(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’.&-]*(?:[–—][A-ZÀ-ÞĀ-Ž][\w'’.&-]*)*(?:\s+(?:and|of|the|upon|on|with|St\.?|&|[A-ZÀ-ÞĀ-Ž][\w'’.&-]*(?:[–—][A-ZÀ-ÞĀ-Ž][\w'’.&-]*)*)){0,5})
    (?:\s*\((?P<council>[^()]{1,40})\))?(?:,\s*(?:one|two|three|four|five|\d)\s+(?:seats?|vacancies|councillors)(?:\s+to\s+be\s+(?:elected|filled))?)?   # ("Ferry Road (Saltmarsh BC), two seats - ...")
    (?:,\s*(?:""" + _PROVINCES + r"""))?      # ("Inanda, KwaZulu-Natal: MK gain from ANC")
    (?:\s*[:–—|]|\s+--?|(?<=\))\s*-|(?<=seats)\s*-|(?P<badge>\s+(?=[A-Z]{2,5}\s+(?:GAIN|HOLD)\b)|\x20(?=(?:[A-Z]{2,5}|[A-Z][a-z]+)\x20(?:GAIN|HOLD|gain|hold)\b)))
    # ("Fenbury LD HOLD", "Wendling Green gain from Lab": a results page's badge, whose party is checked)
    \s*(?P<who>(?:[A-Z]|(?:two|three|four|both|double|triple)\s)[\w ]{1,30}?\s+)?(?:hold|gain|retain|HOLD|GAIN|RETAIN|Hold|Gain|Retain)s?\b""",     # ("Orchard Park: two Conservative holds"; not "Albrecht-Dahl holds")
    re.X,
)
# The place a win verb names: "flips Nanaimo—Ladysmith", "elected in Ilam", "holds Foyle".
WON_PLACE = re.compile(
    r"""\b(?:(?:re-)?elected\s+(?:[a-z]+ly\s+)?(?:MP\s+|TD\s+|mayor\s+)?(?:in|for|from(?=\s+[A-ZÀ-Þ][\w'’]+-\d))|won|wins|holds?|held|flips?|flipped|takes?|took|taken|
       gains?|gained|retains?|retained|keeps?|kept|captures?|captured|seizes?|seized|claims?|claimed|snatch(?:es|ed)?)\s+(?:back\s+|neighbou?ring\s+|on\s+in\s+|on\s*to\s+the\s+(?=[A-ZÀ-Þ][\w'’ ]{2,40}\s+mayoralty))?     # ("held on to the West of England mayoralty")
       
       (?:(?:his|her|their|a|the)\s+(?:own\s+)?(?:seat|riding|constituency)\s+(?:in|of)\s+)?      # ("won his own seat in Nepean", "take a seat in Tooting Bec")
    (?P<place>[A-ZÀ-Þ][\w'’]+(?:-shire)?(?:(?:\s+|\s*[—–/]\s*|-(?:[a-z]{1,5}-)*)(?:and\s+(?!"""
    r"""[A-ZÀ-Þ][\w'’]+(?:\s+[A-ZÀ-Þ][\w'’]+)?\s+(?:has|have|had|was|is|will|won|wins|held|holds|took|takes|kept|keeps|retained|retains|gained|gains)\b)"""
    r"""|ac\s+|of\s+|the\s+|upon\s+|with\s+(?=St\.?\s|Saint\s))?(?!(?:MCA|MP|MLA|MPP|MSP|MHA|MNA|TD|Reps)\s+seat\b)[A-ZÀ-Þ][\w'’]+(?:-shire)?){0,4}(?:-\d{1,3}\b|\s+[IVX]{1,3}\b(?=\s+(?:seat|constituency|Federal|State)\b))?)""",
    re.X,       # ("Kinross-shire", "Stoke-on-Trent", "St Margaret's with St Nicholas", Welsh "Llŷn ac Eifionydd";
    # not "won Kelowna Centre and Brad Tolmie has held Kelowna-Mission", nor the member's title: "wins Mtopanga MCA seat"; a numbered seat: "wins Lalitpur-3", "elected from Kathmandu-4", "wins ... Surulere I seat")
)
# One of these (lowered) is in every WON_PLACE match: a sentence without them skips the pattern.
WON_PLACE_WORDS = Words(("elected", "won", "win", "hold", "held", "flip", "take", "took", "gain", "retain", "keep", "kept",
                   "captur", "seiz", "claim", "snatch"))
# Areas inside a race, not the seat: "won Genesee County", "carried Wake County".
NOT_A_SEAT = re.compile(r"\b(?:County|Counties|State|Province|Region|Parish|LGA|LGAs)$|-(?:area|based|born|wide|reserved)$"     # ("the Ottawa-area seat", "the Scheduled Tribe-reserved seat")
                        r"|^(?:German|French|British|Irish|Scottish|Welsh|English|Canadian|Australian|American|Indian|Dutch|Spanish|Italian"
                        r"|Japanese|Polish|Austrian|Belgian|Swiss|Greek|Maltese|Kenyan|Nigerian|Ghanaian|Zambian|Pakistani|Bangladeshi|Nepali"
                        r"|Malaysian|Portuguese|Brazilian|Mexican|Swedish|Danish|Norwegian|Finnish)$"     # ("won Sunday's German election": the country's)
                        r"|^(?:Supreme\s+Court\s+)?(?:Justice|Judge|Senator|Sen\.|Rep\.|Representative|Commissioner|Sheriff|Councillor|Cllr|Mayor)\s")     # ("keep Justice Oyelaran": a person)
# "Colorado Senate District 31": a state that leads a legislative seat's name.
_US_STATES = "|".join(sorted(_lists()["us_states"], key=len, reverse=True))
_REGIONS = frozenset(_lists()["us_states"] | _lists()["provinces_and_states"])     # a line of its own under a seat's name
# The seat of a district that elects several members: Idaho's "Legislative District 21 Seat A".
_DISTRICT_SEAT = r"(?:,?\s+(?:Seat|Position|Pos\.)\s+(?:[A-Z]|\d{1,2})\b)?"
# A chamber's name between a seat's and "seat" or "by-election": "the Kabwata Parliamentary seat", "the ... Holyrood by-election".
_CHAMBER = r"(?:Holyrood|Westminster|Senedd|Stormont|D[áa]il|Parliamentary|Provincial|Legislative|Municipal|Mayoral|[Ss]tate)\b"
PLACE_PATTERNS = [
    re.compile(r"(?:['’]s|\bin|\brepresent(?:s|ed|ing)?)\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:and\s+|&\s+)?[A-ZÀ-Þ][\w'’-]+){0,3})\s+(?:electorate|riding|constituency|division|ward|(?:double\s+|triple\s+)?bye?-?election)\b"),     # ("Labour's Tom Ward": a surname; "in Lochside and Strathnairn ward")
    re.compile(r"\b(?P<place>(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+['’]s\s+\d{1,2}(?:st|nd|rd|th)\s+(?:(?:Congressional\s+)?District|constituency"
               r"|(?:[Ss]tate\s+)?(?:Senate|House|Assembly)\s+[Dd]istrict))"),       # ("New Hampshire's 11th state Senate district")
    # A Nigerian seat: "the Chikun/Kajuru Federal Constituency of Kaduna State" (not Kaduna State).
    re.compile(r"\b(?P<place>[A-ZÀ-Þ][\w'’-]+(?:/[A-ZÀ-Þ][\w'’-]+)*(?:\s+(?:[A-ZÀ-Þ][\w'’-]+(?:/[A-ZÀ-Þ][\w'’-]+)*|[IVX]{1,3}\b)){0,3})\s+(?:Federal|State)\s+Constituency\b"),   # ("Surulere I")
    re.compile(r"\b(?:[Mm]ayor|Division|[Rr]iding|seat|constituency|[Ee]lectorate|ward)\s+of\s+(?:the\s+)?(?:(?:Township|Town|Village|Municipality)\s+of\s+)?(?P<place>[A-ZÀ-Þ][\w'’-]+(?:(?:(?:\s+(?:and|of|the|upon|on))*\s+|[—–])[A-ZÀ-Þ][\w'’-]+){0,3})(?<!['’]s)(?![\w'’])"),   # ("the riding of Thunder Bay—Rainy River"; not "mayor of Nebraska's largest city")
    # Whom a seat (before "the Mid North Coast seat", which may only describe it) is represented by: "confirmed as the member of Parliament for Kitchener—Conestoga",
    # "the new MP for Rochdale", "winner in Kitchener—Conestoga" (not "the former MP for ...").
    re.compile(r"""(?<!former\s)(?<!ex-)(?<!previous\s)
        \b(?:(?:[Mm]ember\s+of\s+Parliament|(?<=the\s)(?:new\s+)?member|MP|MPP|MLA|MSP|MHA|TD|[Ww]inner)\s+(?:for|in)|[Cc]ouncillor\s+for)\s+
        (?P<place>[A-ZÀ-Þ][\w'’-]+(?:(?:\s+|\s*[—–]\s*)(?:and\s+|of\s+|the\s+|upon\s+)?(?:St\.|Ste\.|[A-ZÀ-Þ][\w'’-]+)){0,4})""", re.X),   # ("Sault Ste. Marie—Algoma")
    re.compile(r"""\b(?:the\s+)(?:(?:[a-z]+ly\s+)?(?:contested|watched|fought|hard-fought|awaited|anticipated|high-profile|crucial|key)\s+
        |(?:one|two|three|four|five|single|\d)-(?:seat|member|councillor)\s+)?       # ("the two-seat Millbrook ward")
        (?P<place>[A-ZÀ-Þ][\w'’-]+(?:/[A-ZÀ-Þ][\w'’-]+)*                          # "Ikenne/Sagamu/Remo North"
          (?:\s+(?:and\s+|ac\s+|of\s+|upon\s+|[–—-]\s+)?(?!Lok\b|Assembly\b|National\s+Assembly\b|Vidhan\b|Federal\b|Constituency\b|Electoral\s+(?:Ward|Division)\b|""" + _CHAMBER + r""")[A-ZÀ-Þ][\w'’-]+(?:/[A-ZÀ-Þ][\w'’-]+)?){0,3})   # ("the Tealby and Wolds Villages Division", "the Carse of Stirling and Bannockburn seat")
        (?:\s+\((?:SC|ST)\)(?=\s+(?:Lok|Assembly|Vidhan|parliamentary|assembly|seat|constituency)))?    # ("the Kachchh (SC) Lok Sabha seat"; "the Wazirabad National Assembly seat")
        \s+(?:Lok\s+Sabha\s+|(?:National\s+)?[Aa]ssembly\s+|parliamentary\s+|(?:""" + _CHAMBER + r""")\s+|(?:Federal\s+|State\s+)?Constituency\s+(?=bye?-)
           |(?:(?:county|district|borough|city|town|parish|unitary)\s+)?council\s+(?=bye?-)|(?:double|triple)\s+(?=bye?-)
           |[Ee]lectoral\s+(?=[Ww]ard|Division))?     # "the Allen Valleys county council by-election", "the Cwmgarw Electoral Ward"
        (?:seat|constituency|riding|division|Division(?!\s+of\b)|[Ww]ard|bye?-?election|by-?poll)\b(?!-)""", re.X),     # ("the Channapatna Assembly bypoll"; not "the Alaska Division of Elections", "the Left-Congress seat-sharing")
    # A place and what it is: "in Pen-y-bont Bro Morgannwg, one of the 16 new Senedd constituencies".
    re.compile(r"\b(?:in|for)\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:and\s+)?[A-ZÀ-Þ][\w'’-]+){0,4}),\s+(?:one\s+of\s+the|a|the)\s+(?:[\w-]+\s+){0,4}?(?:constituenc(?:y|ies)|seats?|wards?|divisions?|ridings?|electorates?)\b"),
    # A ward known by its number: "retained Ward 12 in the City of Tshwane", "DA keeps Tshwane Ward 12", Toronto's "Ward 3 Etobicoke-Lakeshore",
# a Scottish council's "Ward 7 Glenmorvie and Balcraig".
    re.compile(r"\b(?P<place>(?:(?!(?:In|At|For|The|And|Of|On|To|From|By)\s)[A-ZÀ-Þ][\w'’-]+\s+){0,2}Ward\s+(?:No\.\s?)?\d{1,3}(?:\s+[A-ZÀ-Þ][\w'’]+(?:(?:[-–—]|\s+and\s+)[A-ZÀ-Þ][\w'’]+)+)?)\b(?!\s*[-–—:]\s*[A-ZÀ-Þ]|\s*\([A-ZÀ-Þ][\w'’ -]{1,40}\)"
               r"|,\s*[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}(?:\s*\([A-ZÀ-Þ][\w'’ -]{1,20}\))?,)"),   # (not "In Ward 2"; "Ward No. 58, Shalimar Bagh (North),": its name says it)
    # A numbered ward with its name: "councillor for Ward 6 - Braeside and Kinnaird", "won Ward 6 (Elmvale)" (the name is the contest).
    re.compile(r"\bWard\s+\d{1,3}\s*(?:[-–—:]\s*|\((?=[A-ZÀ-Þ][\w'’ -]{1,40}\)))(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:and\s+|&\s+)?[A-ZÀ-Þ][\w'’-]+){0,4})"),
    # An Irish council constituency: "the six-seat Kilbeg local electoral area", "Kilbeg LEA".
    # A Northern Irish one: "the Moyola District Electoral Area", "Moyola DEA".
    re.compile(r"\b(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?!Local\s|District\s+Electoral\s)[A-ZÀ-Þ][\w'’-]+){0,3})\s+(?:(?:[Ll]ocal\s+|[Dd]istrict\s+)?[Ee]lectoral\s+[Aa]rea|LEA|DEA)\b"),
    # A mayoralty named before its title: "elected West of England mayor", "the new West Midlands metro mayor".
    re.compile(r"\b(?:elected|new|as)\s+(?:the\s+)?(?!(?:Lord|Deputy|Acting|Interim)\s)(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:of\s+|and\s+|the\s+)*[A-ZÀ-Þ][\w'’-]+){0,3})\s+(?:[Mm]etro\s+|[Mm]etropolitan\s+)?[Mm]ayor\b"),   # (not "as Lord Mayor of Sydney")
    # ... or its office: "has won the Marcher Counties mayoralty".
    re.compile(r"\bthe\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:of\s+|and\s+|the\s+)*[A-ZÀ-Þ][\w'’-]+){0,3})\s+(?:[Mm]etro\s+)?mayoralty\b"),
    # ... or as its owner: "has become Brackwater's first directly elected mayor", "Calderholme's new mayor".
    re.compile(r"\b(?P<place>[A-ZÀ-Þ][\w-]+(?:\s+(?:of\s+|and\s+|the\s+)*[A-ZÀ-Þ][\w-]+){0,3})['’]s\s+(?:first|new|next)\s+(?:directly[- ])?(?:elected\s+)?(?:[Mm]etro\s+)?[Mm]ayor\b"),
    # A US local board: "two at-large seats on the Marion County School Board", "the Wake County Board of Commissioners".
    re.compile(r"\b(?P<place>(?:[A-Z][\w'’.-]+\s+){1,3}(?:(?:County|City|Unified|Independent|Township)\s+(?:School\s+Board|Board\s+of\s+(?:Education|Commissioners|Supervisors|Trustees))(?:,?\s+(?:District|Post|Seat|Place|Position)\s+\d{1,2}\b)?|(?:County|City|Township)\s+Commission(?:\s+District\s+\w{1,3})?)"
               r"|(?<=\bthe\s)(?!The\b)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+School\s+Board)\b"),     # ("seats on the Northfield School Board")
    # A US legislative seat named by number: "won the House District 27 race", "Senate District E".
    re.compile(r"\b(?P<place>(?:(?:" + _US_STATES + r")\s+)?(?:State\s+)?(?:House|Senate|Assembly|Legislative)\s+District\s+(?:\d{1,3}[AB]?|[A-Z])\b"
               + _DISTRICT_SEAT + r")"),      # (Idaho's "Legislative District 21 Seat A")
    # A police area: "elected Lincolnshire Police and Crime Commissioner", "Lincolnshire's PCC",
    # "the Lincolnshire Police Area", "Police and Crime Commissioner for Lincolnshire".
    re.compile(r"""\b(?P<place>(?!The\b)[A-ZÀ-Þ][\w-]+(?:['’](?!s\b)[\w-]+)?(?:\s+(?:and\s+|&\s+)?[A-ZÀ-Þ][\w-]+(?:['’](?!s\b)[\w-]+)?){0,3}?)(?:['’]s)?
        \s+(?:(?i:police\s+and\s+crime\s+commissioner)|PCC|Police\s+Area|Police,\s+Fire\s+and\s+Crime\s+Commissioner)\b""", re.X),
    re.compile(r"\b(?:Police\s+and\s+Crime\s+Commissioner|PCC)\s+for\s+(?:the\s+)?(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:and\s+|&\s+)?[A-ZÀ-Þ][\w'’-]+){0,3})"),
    # A sentence that opens on its seat: "In Edinburgh Western, Liberal Democrat Alex Cole-Hamilton won 25,578 votes."
    re.compile(r"(?:(?<=\n)|(?<=[.!?]\s)|^)In\s+(?:the\s+(?=\w+\s+of\s)(?!(?:House|Senate|Assembly|Council|Court|Department|Board|Office|Chamber|Parliament|Republic|Government|Ministry|State|Province|University|Bank)\b))?(?P<place>[A-ZÀ-Þ][\w'’-]+(?:(?:\s+|\s*[—–]\s*)(?:and\s+|of\s+)?[A-ZÀ-Þ][\w'’-]+){1,3}),\s+"
               r"(?=[A-Z]|(?:where|vacated)\b)"),      # ("In the Vale of Clwyd, vacated by ...", "In Brecon and Radnorshire, where ...")
    # The place whose voters chose: "Voters in St Hilda's returned Carol Ashdown, Imran Baig and Peter Quayle".
    re.compile(r"\b[Vv]oters\s+in\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:and\s+|&\s+|upon\s+|on\s+)?[A-ZÀ-Þ][\w'’-]+){0,4})\s+(?:have\s+)?(?:returned|elected|re-elected|chose|picked|backed)\b"),
    # A US district known by its ordinal: "In the race for the 91st District seat in the Kentucky House",
    # "won a third term in the neighboring 4th District", "Oberholtzer concedes 5th District to Lindqvist".
    re.compile(r"\b(?P<place>\d{1,3}(?:st|nd|rd|th)\s+(?:(?:Legislative|House|Senate|Assembly|State\s+House|State\s+Senate)\s+)?District)\b(?!\s+(?:Court|Judge|Attorney))"),
    # A seat known by its code and name: "NA-90 Mianwali-II", "PP-87 Mianwali-III" (Pakistan's assemblies).
    re.compile(r"\b(?P<place>(?:NA|PP|PK|PS|PB)-\d{1,3}(?:\s+[A-Z][a-z][\w'’]*(?:-[IVX]{1,4})?)?)(?![\w-])"),
    # A seat whose name has a comma: "the Hamilton, Larkhall and Stonehouse by-election".
    re.compile(r"\b(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?,\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?\s+and\s+[A-ZÀ-Þ][\w'’-]+(?:\s+(?!" + _CHAMBER + r")[A-ZÀ-Þ][\w'’-]+)?)"
               r"(?:\s+" + _CHAMBER + r")?\s+(?:bye?-?election|constituency|seat|riding|division)\b"),     # ("the Hamilton, Larkhall and Stonehouse Holyrood by-election")
    # The place a by-election was held in: "won Thursday's by-election in Thatcham Colthrop and Crookham".
    re.compile(r"\bbye?-?elections?\s+in\s+(?:the\s+)?(?P<place>(?:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?,\s+(?=(?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}and\s+[A-ZÀ-Þ]))?[A-ZÀ-Þ][\w'’-]+(?:(?:\s+(?:and\s+|&\s+|upon\s+|on\s+|with\s+)?|[—–])[A-ZÀ-Þ][\w'’-]+){0,4})"),   # ("Lakeshore—Fenwick")
    # A US county office: "Tygart County judge-executive race", "Tygart County's next judge-executive" (assemble drops "'s next").
    re.compile(r"(?<!from\sthe\s)(?<!by\sthe\s)(?<![\w.],\sthe\s)\b(?P<place>(?:[A-Z][\w'’.-]+\s+){1,2}County(?:['’]s\s+(?:next|new)(?:\s+county)?)?\s+(?:judge-executive|executive|sheriff|clerk|treasurer|assessor|coroner|prosecutor|auditor|surveyor|recorder))\b"
               r"(?!['’]s\s+office)"),     # (not "results from the Brown County clerk": where the figures came from; nor "John Ewing Jr., the Douglas County treasurer": his job)
    # A seat whose member the story names by it: "Wannon's Liberal MP Geoff Tallis", "Kooyong's new member".
    re.compile(r"(?<![\w'’])(?P<place>[A-ZÀ-Þ][\w'’-]+(?:(?:\s+(?:and\s+|&\s+|of\s+|the\s+|upon\s+)?|\s*[—–]\s*)[A-ZÀ-Þ][\w'’-]+){0,3})['’]s\s+(?:(?:new|sitting|outgoing|re-elected|long-serving|incoming)\s+)?"
               r"(?:[A-Z][\w-]+\s+){0,2}?(?:MP|MHR|MLA|MSP|MPP|TD|member)\b(?!\s+for\b)"),
    # The seat a loser lost to the winner: "Peter Dutton lost Dickson, the outer-Brisbane seat he had held since 2001, to Labor's Ali France".
    re.compile(r"\blost\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:(?:\s+(?:and\s+|of\s+|the\s+|upon\s+)?|\s*[—–]\s*)[A-ZÀ-Þ][\w'’-]+){0,3})"
               r"(?=(?:,[^,.;]{1,80},)?\s+to\s+(?:the\s+)?(?:[A-ZÀ-Þ]|[a-z]+\s+[A-ZÀ-Þ]))"),
    # The seat a count below is for: "The AEC's final figures for Dickson show:", "Full result for Tooting Bec:".
    # (or an official notice's title: "Senedd Cymru General Election 2026: Declaration of result for Caerdydd Penarth")
    re.compile(r"\b(?P<decl>[Dd]eclaration\s+of\s+(?:the\s+)?)?(?:figures|results?|count|tally)\s+(?:for|in)\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:(?:\s+(?:and\s+|of\s+|the\s+|upon\s+)?|\s*[—–]\s*)[A-ZÀ-Þ][\w'’-]+){0,3})"
               r"(?=\s+(?:shows?|were|are|was|is|reads?)\s*:\s*$|\s*:\s*$|(?(decl)\s*$|(?!)))"),
    # A state's governorship won: "was elected governor of Virginia", "won the governorship of New Jersey".
    re.compile(r"\b(?:re-?elected|elected|won|wins|winning)\s+(?:the\s+)?(?P<place>[Gg]overnor(?:ship)?\s+of\s+(?:" + _US_STATES + r"))\b"),
    # A court's numbered branch or a school system's board district: "Milwaukee County Circuit Court Branch 12",
    # "Milwaukee Public Schools board District 4".
    re.compile(r"\b(?P<place>(?:[A-Z][\w'’.-]+\s+){1,3}(?:(?:Circuit|District|Superior|Municipal)\s+Court\s+Branch\s+\d{1,3}"
               r"|Public\s+Schools\s+[Bb]oard,?\s+District\s+\d{1,2}))\b"),
    # A seat told as changing hands: "Te Atatū has also changed hands on specials".
    re.compile(r"(?:(?<=\n)|(?<=[.!?]\s)|^)(?P<place>[A-ZÀ-Þ][\w'’ā-ū-]+(?:\s+[A-ZÀ-Þ][\w'’ā-ū-]+){0,3})\s+(?:has|had)\s+(?:also\s+)?changed\s+hands\b"),
    # The night's notable result and where: "The most striking result came in Rhondda, where ...".
    re.compile(r"\b(?:result|upset|shock|surprise|gain|defeat|win|victory|casualty|drama)\s+(?:of\s+the\s+(?:night|day|count)\s+)?(?:came|was)\s+in\s+(?:the\s+(?=\w+\s+of\s))?"
               r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:(?:\s+|\s*[—–]\s*)(?:and\s+|of\s+)?[A-ZÀ-Þ][\w'’-]+){0,3})(?=\s*[,.;]|\s+where\b)"),
    # A numbered seat on a US county or city body: "kept the Hays County Commissioners Court's Precinct 4 seat" (assemble drops the "'s").
    re.compile(r"\bthe\s+(?P<place>(?:[A-Z][\w.'’-]+\s+){1,4}?(?:Court|Commission|Council|Board(?:\s+of\s+[A-Z]\w+)?)['’]s\s+"
               r"(?:Precinct|District|Place|Ward|Seat|Position)\s+\d{1,2})\s+seat\b"),
    # A place, then where someone won its seat: "in neighbouring Reutlingen (Wahlkreis 289), where the CDU's Stefan Kohler won the
    # constituency", "in Clacton, where Nigel Farage took the seat".
    re.compile(r"\bin\s+(?:neighbouring\s+|neighboring\s+|nearby\s+)?(?P<place>[A-ZÀ-Þ][\w'’-]+(?:(?:\s+|\s*[—–]\s*)(?:and\s+|of\s+)?[A-ZÀ-Þ][\w'’-]+){0,3})"
               r"(?:\s+\([^()\n]{1,30}\))?,\s+where\s+[^.;\n]{0,80}?\b(?:won|held|took|kept|retained|gained|regained)\s+the\s+(?:seat|constituency|riding|division|ward|electorate)\b"),
    # An office a party's primary chose for: "the Republican primary for Bexley County Sheriff", "the Democratic primary for
    # Justice of the Peace, Precinct 3", "will be the Republican nominee for Bexley County Judge".
    re.compile(r"\b(?:primary|primaries|runoff|run-off|nomination|nominee|nod)\s+(?:race\s+)?for\s+(?:the\s+)?(?P<place>(?:[A-Z][\w.'’-]*\s+){0,3}?"
               r"(?:Justice\s+of\s+the\s+Peace|Constable|County\s+Commissioner|Commissioner)(?:,?\s+Precinct\s+\d{1,2})?"
               r"|(?:[A-Z][\w.'’-]*\s+){0,3}?(?:District\s+Attorney|County\s+Judge|County\s+Attorney|Sheriff|Clerk|Treasurer|Assessor|Coroner"
               r"|Mayor|Governor|Lieutenant\s+Governor|Attorney\s+General|Comptroller))\b"),
]

_US_LEGISLATIVE_SEAT = PLACE_PATTERNS[14]      # "Senate District 29", "House District 27"
# Words each place pattern needs (lowered): a sentence without them skips the pattern.
PLACE_PATTERN_WORDS = [Words(ws) for ws in (
    ("electorate", "riding", "constituency", "division", "ward", "by-election", "bye-election", "byelection"),
    ("district", "constituency"),
    ("federal constituency", "state constituency"),
    ("mayor of", "division of", "riding of", "seat of", "constituency of", "electorate of", "ward of"),
    ("member", "mp", "mla", "msp", "mha", "td", "winner", "councillor"),
    ("seat", "constituency", "riding", "division", "ward", "by-election", "bye-election", "byelection", "bypoll", "by-poll"),
    ("constituenc", "seat", "ward", "division", "riding", "electorate"),
    ("ward",),
    ("ward",),
    ("electoral area", "lea", "dea"),
    ("mayor",),
    ("mayoralty",),
    ("mayor",),
    ("school board", "board of", "commission"),
    ("district",),
    ("police and crime", "pcc", "police area", "police, fire"),
    ("police and crime", "pcc"),
    ("in ",),
    ("voters in",),
    ("district",),
    ("na-", "pp-", "pk-", "ps-", "pb-"),
    ("by-election", "bye-election", "byelection", "constituency", "seat", "riding", "division"),
    ("by-election", "bye-election", "byelection"),
    ("county",),
    ("mp", "mhr", "mla", "msp", "mpp", "td", "member"),
    ("lost ",),
    ("figures ", "result", "count ", "tally "),
    ("governor",),
    ("court branch", "schools board"),
    ("changed hands",),
    ("came in", "was in"),
    ("'s precinct", "'s district", "'s place", "'s ward", "'s seat", "'s position", "’s precinct", "’s district", "’s place", "’s ward", "’s seat", "’s position"),
    (", where",),
    ("primar", "runoff", "run-off", "nomination", "nominee", "nod "),      # (last: assemble's _PRIMARY_FOR)
)]

# A US state legislature seat as results tables head it: "Michigan State House - District 58", "N.C. Senate, District 48".
_CHAMBER_DISTRICT = re.compile(
    r"(?P<chamber>(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,4}\.)\s+(?:State\s+)?(?:House|Senate|Assembly)(?:\s+of\s+(?:Representatives|Delegates))?)"
    r"\s*[-–—,:]?\s*(?P<district>District\s+\d{1,3})")
# A ward known by its number: "Tshwane Ward 12", "eThekwini Ward 101", "WARD 7".
_WARD_AND_NAME = re.compile(r"(?:[A-Z]{2,6}\s+|(?P<council>[A-Za-z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}),\s+)?(?:Ward|WARD)\s+(?:No\.?\s*)?(?P<n>\d{1,3})\s*\((?P<place>[A-ZÀ-Þ][^()\d]{2,40})\)"
                            r"(?:\s+(?:[Rr]esults?|[Bb]y-[Ee]lection))?\s*[:–—-]?\s*")
_ELECTION_FOR = re.compile(r"\s*(?:[Ee]lection|ELECTION)\s+(?:of|OF)\s+(?:an?\s+|the\s+|AN?\s+|THE\s+)?(?:[\w'’-]+\s+){0,4}?(?:for|in|FOR|IN)\s+(?:the\s+|THE\s+)?"
                           r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and|of|the|upon|on|&|[A-ZÀ-Þ][\w'’.-]*)){0,5}?)"
                           r"\s+(?:(?:Electoral|ELECTORAL|electoral)\s+)?(?:Ward|WARD|ward|Division|DIVISION|division)\b")
# India's Form 21E: "Election to the House of the People from the 1 - Kachchh (SC) Parliamentary Constituency of the State of Gujarat".
_ELECTION_TO_FROM = re.compile(r"\s*Election\s+to\s+the\s+(?:House\s+of\s+the\s+People|Legislative\s+Assembly|Lok\s+Sabha|Vidhan\s+Sabha)\s+from\s+(?:the\s+)?"
                               r"(?:\d{1,3}\s*[-–—]\s*)?(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[\s-]+[A-ZÀ-Þ][\w'’.-]*){0,3}?)(?:\s*\((?:SC|ST)\))?\s+"
                               r"(?:Parliamentary|Assembly)\s+Constituency\b")
# "ELECTION OF THE ELECTED MAYOR OF NORTH TYNESIDE", "Election of the Mayor of Watford": a declaration's own title.
_MAYOR_ELECTION_OF = re.compile(r"\s*(?i:election\s+of\s+(?:the\s+|an?\s+)?(?:elected\s+|directly\s+elected\s+)?mayor\s+(?:of|for)\s+(?:the\s+)?)"
                                r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and|AND|of|OF|the|THE|upon|UPON|&|[A-ZÀ-Þ][\w'’.-]*)){0,5})\s*")
_SMALL_COUNCIL = re.compile(r"(?:[^/\n]*/\s*)?(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and|AND|of|OF|the|THE|&|[A-ZÀ-Þ][\w'’.-]*)){0,4}?)"
                            r"\s+(?:COMMUNITY|Community|TOWN|Town|PARISH|Parish)\s+(?:COUNCIL|Council)")
_WARD_OF_COUNCIL = re.compile(r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and|of|the|upon|on|with|&|[A-ZÀ-Þ][\w'’.-]*)){0,5}?)"
                              r"\s*(?:,\s*|\s+[–—-]\s+|\s*\()(?:(?:[A-ZÀ-Þ][\w'’.-]*|and|&|of|upon|on)\s+){1,6}(?:Council|Authority)\)?\s*"
                              r"(?:[–—:-]\s*)?(?:\(?(?:(?:[Ww]ard|[Dd]ivision|[Cc]ounty|[Dd]istrict|[Bb]orough|[Cc]ouncil)\s+)?by-?election\)?)?")
# One party's race in an agate box, its party after the seat: "District 21, Republican", "Constable, Pct. 1, Democratic".
PARTY_RACE_TAIL = re.compile(r"(?:\s*,|\s+[–—-])\s*(?P<party>Republican|Democratic|Democrat|GOP|Libertarian)(?:\s+(?:[Pp]rimary|[Rr]unoff|[Pp]rimary\s+[Rr]unoff))?\s*$")
_REPORTING_TAIL = re.compile(r"\s+[–—-]\s+(?:(?:\d{1,3}(?:\.\d)?\s*%|all|\d{1,4}\s+of\s+\d{1,4})\s+(?:of\s+)?(?:precincts|polls|boxes|wards|votes)(?:\s+(?:reporting|counted|in))?"
                             r"|(?:unofficial\s+|official\s+|final\s+|certified\s+)?results?(?:\s+by\s+(?:county|precinct|ward|area|district))?)\s*$"
                             r"|\s+(?:polls|precincts)\s+report(?:ing|ed)\s*:\s*\d{1,4}\s+of\s+\d{1,4}\s*$"      # ("WARD 3 Polls reporting: 2 of 2")
                             r"|\s*\[\s*\d{1,3}\s*%\s+in\s*\]\s*$"       # a ticker's "[81% IN]"
                             r"|\s*\((?:[\w ]{1,30}\s)?portion\)\s*$"        # a district's share of it a county counts: "(Bonner County portion)"
                             r"|\s+[–—-]\s+(?:(?:STV|FPTP|AV)\s*,\s*)?(?:single|double|triple|one|two|three|four|\d)\s+(?:vacanc(?:y|ies)|seats?)\s*$"      # "(Durham) - double vacancy"
                             r"|\s*\(\s*(?:" + VOTING_SYSTEM + r")\s*\)\s*$", re.I)   # ("... — UNOFFICIAL RESULTS BY COUNTY", "HAMILTON (first past the post)", "... — 41 of 41 precincts")
_NOT_A_WARD_NAME = re.compile(r"\b(?:elections?|councillors?|council|results?|by-?elections?|notices?|poll|meeting|committee|agenda|minutes|news|budget|fared)\b", re.I)     # ("... PARISH COUNCIL - ELECTION OF PARISH COUNCILLORS")
# A by-election round-up's entry: "HARLAND MBC - Brookside", "CASTLEBRIDGE CITY - St Anne's", "Ashby DC – Moira (Con hold)".
_COUNCIL_THEN_WARD = re.compile(r"(?:[A-ZÀ-Þ][\w'’.&-]*\s+){1,4}?(?:MBC|DC|BC|CC|UA|LBC|RBC|MDC|LB|BOROUGH|DISTRICT|COUNTY|CITY|COUNCIL)(?:\s+COUNCIL)?"
                                r"\s*[-–—:]\s*(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and|&|of|the|upon|on|[A-ZÀ-Þ][\w'’.-]*)){0,5}?)"
                                r"(?:\s*\([^()\d]{1,40}\))?\s*")
# A round-up's "SUNDERLAND, Hetton", "HERTFORDSHIRE CC, St Albans South (two seats)", "HIGHLAND: Inverness Central":
# the authority in capitals, its ward after.
_CAPS_COUNCIL_COMMA_WARD = re.compile(r"(?P<council>[A-Z][A-Z'’.&-]+(?:\s+[A-Z][A-Z'’.&-]*){0,4})[,:]\s+"
                                      r"(?P<place>[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž'’][\w'’.-]*(?:\s+(?:and|&|of|the|upon|on|[A-ZÀ-ÞĀ-Ž][\w'’.-]*)){0,5}?)"
                                      r"(?:\s*\([^()\d]{1,40}\))?\s*(?:={2,6}\s*)?")     # ("=== HIGHLAND: Inverness Central ===")
# A municipality's section over its office's rows: "TANTRAMAR — MAYOR", "NOUVELLE-ARCADIE — COUNCILLOR, WARD 3",
# "HANWELL — COUNCILLOR AT LARGE (2 to be elected)"
_PLACE_THEN_OFFICE = re.compile(r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and|AND|of|OF|the|THE|&|[A-ZÀ-Þ][\w'’.-]*)){0,4}?)\s+[–—-]\s+"
                                r"(?i:(?P<office>mayor|deputy\s+mayor|reeve|councill?ors?|alderm[ae]n|trustees?|school\s+trustees?)"
                                r"(?:\s*,?\s*(?P<ward>ward\s+\d{1,3})|\s*,?\s*\(?at[- ]large\)?)?)"
                                r"(?:\s*\([^()\n]{1,40}\))?\s*")
# An election's kind, then its seat: "Somerset Council By-election: Frome North Division"
_ELECTION_TYPE_THEN_SEAT = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){0,4}(?:[Bb]y-?[Ee]lection|BY-?ELECTION|[Ee]lection|ELECTION)\s*:\s*"
                                      r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and|AND|of|OF|the|THE|upon|&|[A-ZÀ-Þ][\w'’.-]*)){0,5}?)"
                                      r"(?:\s+(?:Constituency|CONSTITUENCY|(?:Electoral\s+)?Division|DIVISION|Ward|WARD))?\s*")
_NAME_AND_WARD = re.compile(r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and|AND|of|OF|the|THE|upon|on|&|[A-ZÀ-Þ][\w'’.-]*)){0,5})"
                            r"\s*\((?:Ward|WARD|ward|Division|DIVISION)\s+(?:No\.?\s*)?\d{1,3}\)")
_NUMBER_AND_NAME = re.compile(r"(?:Ward|WARD|District|DISTRICT)\s+\d{1,3}\s*[-–—:]\s*(?P<place>[A-ZÀ-Þ][\w'’-]+(?:(?:,\s+|\s*/\s*|\s+(?:and\s+|AND\s+|&\s+|of\s+|OF\s+|the\s+|upon\s+)?)[A-ZÀ-Þ][\w'’-]+){0,5}?)"
                             r"(?:\s+(?:[Bb]y-[Ee]lection|[Ww]ard|[Rr]esults?))?(?:\s*\(\s*\w+\s+(?:seats?|councillors|members|to\s+elect)\s*\))?\s*:?")
                             # ("WARD 9 - BURNTISLAND, KINGHORN AND WESTERN KIRKCALDY (3 councillors)", "District 7 – Halifax South Downtown")
# A numbered ward's name may be made of common words for places: "Ward 11 – City Centre", "Ward 2 – North East".
_PLACE_NOUNS = re.compile(r"(?:(?:City|Town|Centre|Center|Central|North|South|East|West|Inner|Outer|Upper|Lower|Old|New)(?:\s+|\s*/\s*|$))+", re.I)
_NUMBERED_WARD = re.compile(r"(?P<place>(?:[A-ZÀ-Þa-z][\w'’-]+\s+){0,4}(?:Ward|WARD)\s+(?:\d{1,3}|[A-H]\b))")      # ("Ward B")
# An office and its place as a heading: "Connétable of St Saviour", "Mayor of the West Midlands".
_OFFICE_HEAD = re.compile(
    r"""(?:(?:Metro\s+|Metropolitan\s+|Combined\s+Authority\s+)?Mayor|Connétable|Constable|Provost|President\s+of\s+the\s+City
      |Police\s+and\s+Crime\s+Commissioner|Police,\s+Fire\s+and\s+Crime\s+Commissioner)
    (?:\s+\([^()]{1,30}\))?          # the office's own word glossed: "Mayor (Burmistrz) of Tczew"
    \s+(?:for|of)\s+(?:the\s+)?
    (?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:and|of|upon|on|the|[A-ZÀ-Þ][\w'’-]+)){0,4})\s*:?""",
    re.X,
)
# A district known by its ordinal, as a state's round-up heads each race (its area in brackets).
_ORDINAL_DISTRICT = re.compile(r"(?P<place>\d{1,3}(?i:st|nd|rd|th)\s+(?i:(?:congressional|legislative|senate|house|assembly)\s+)?(?i:district))"
                               r"(?:\s*\([^()\d]{1,40}\))?\s*:?")
# A town's constituency known by its number (Guyana's local councils): "Georgetown Constituency No. 5 (Queenstown)".
_NUMBERED_CONSTITUENCY = re.compile(r"(?P<area>[A-ZÀ-Þ][\w'’-]*(?:[\s/][A-ZÀ-Þ][\w'’-]*){0,3})\s+(?:Constituency|CONSTITUENCY)\s+(?:No\.?|NO\.?)\s*\d{1,3}"
                                    r"(?:\s*\([A-ZÀ-Þ][^()\d]{1,30}\))?")
# The same by its number, under its chamber's heading ("U.S. HOUSE" / "District 2 (open seat)").
_NUMBERED_DISTRICT = re.compile(r"(?P<place>(?i:district)\s+\d{1,3})(?:\s*\([^()\d]{1,40}\))?\s*:?")
# One party's primary for a seat, in a story of both parties' primaries: "Democratic primary — House District 131",
# "State Senate District 4 - Republican Primary".
_PRIMARY_PARTY = r"(?P<party>" + "|".join(sorted(PRIMARY_PARTIES, key=len, reverse=True)) + r")"     # (as PRIMARY_PARTIES spells them)
_PRIMARY_LEAD = re.compile(r"[ \t]*" + _PRIMARY_PARTY + r"\.?[ \t]+(?:[Pp]arty[ \t]+)?[Pp]rimary[ \t]*[-–—:][ \t]*", re.I)
_PRIMARY_TAIL = re.compile(r"[ \t]*(?:[-–—,:][ \t]*" + _PRIMARY_PARTY + r"\.?[ \t]+(?:[Pp]arty[ \t]+)?[Pp]rimary"
                           r"|[ \t][-–—][ \t]+(?P<bare>Republican|Democratic|Libertarian))[ \t]*$", re.I)     # ("Sheriff – Republican")


def _office_over_vote_for(doc: Doc, line: str, e: int) -> Optional[str]:
    """A results summary's office, as printed: "Surrogate (Vote for 1)" over its rows, or a title over its "Vote For 3" line."""
    lead = _BULLET_LEAD.match(line).end()
    vote_for = _VOTE_FOR.search(line) if "ote" in line or "OTE" in line else None
    if vote_for and vote_for.start() > 2 and "(" in vote_for.group():
        office = line[lead:vote_for.start()].strip()
        if _an_office(office) and not generic_words(office) and (_row_below(doc, e) or _table_below(doc, e)
                                                                 or _votes_card_below(doc, e)):
            return title_case(office) if office.isupper() else office
    if ("ote" in doc.text[e:e + 40] or "OTE" in doc.text[e:e + 40]) and _VOTE_FOR_LINE.fullmatch(line_after(doc, e)):     # ("VOTE FOR  1")
        office = _NONPARTISAN.sub("", line[lead:].strip())     # ("BOARD OF EDUCATION (NONPARTISAN)" / "Vote for 3")
        if _an_office(office):
            return title_case(office) if office.isupper() else office
    return None


# A card's figures line under a name: "6,104 votes | 24.1%", "188 votes" (the word says they are votes).
VOTES_LINE = re.compile(r"[ \t]*(?:(?P<votes>\d{1,3}(?:,\d{3})+|\d{1,7})[ \t]+votes?|(?i:votes?)[ \t]*:[ \t]*(?P<votes2>\d{1,3}(?:,\d{3})+|\d{1,7}))"
                         r"(?:[ \t]*(?:[|·,;–—-][ \t]*|\()(?P<share>\d{1,2}(?:\.\d{1,2})?|100)[ \t]*%\)?)?[ \t]*")     # (or "Votes: 96,540 (55.73%)")
# A card two lines to a candidate under the office: "Megan Thornbury - ELECTED" / "6,104 votes | 24.1%".
_NAME_LINE_BELOW = re.compile(r"\s*\n[^\n\d]{3,80}\n")


def _votes_card_below(doc: Doc, e: int) -> bool:
    name = _NAME_LINE_BELOW.match(doc.text, e)
    return bool(name) and VOTES_LINE.match(doc.text, name.end()) is not None


def _an_office(title: str) -> bool:
    return bool(title) and not _BALLOT_MEASURE.match(title) and not _COUNT_CELL_LINE.search(title)


def _primary_heading(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """Each party's primary is a contest of its own when the story reports two parties' primaries."""
    if len(doc.primary_parties()) < 2:
        return None
    lead = _PRIMARY_LEAD.match(doc.text, s, e)
    tail = None if lead else _PRIMARY_TAIL.search(doc.text, s, e)
    inner = heading(doc, lead.end(), e) if lead else heading(doc, s, tail.start()) if tail else None
    if inner is None:
        return None
    party = PRIMARY_PARTIES[(lead.group("party") if lead else tail.group("party") or tail.group("bare")).lower()]
    return f"{inner[0]} {party} primary", (inner[1] if lead else e)


_PARTY_TALLIES = re.compile(r"(?:[A-Z][A-Za-z-]{1,7}\s+\d[\d,]*\s*[;,·|]?\s*){2,}")     # parties' votes and no one's name
_PRIMARY_SUFFIX = re.compile(r"\s*[-–—,:]\s*(?:Dem(?:ocratic)?|Rep(?:ublican)?|GOP)\.?\s+(?:[Pp]rimary(?:\s+[Rr]unoff)?|[Rr]unoff)\s*$")    # "... - Dem Primary", "- Democratic Primary Runoff"
# A US county or city office as a results table heads it: "Berrien County Sheriff", "Wake County Clerk of Court".
_LOCAL_OFFICE_HEAD = re.compile(
    r"(?:[A-Z][\w'’.-]+\s+){1,3}(?:County|City|Parish|Township|Borough)\s+(?:Schools?\s+(?=Board)|School\s+District\s+(?=Board))?"     # ("Clearfork City Schools Board of Education")
    r"(?:Sheriff|Executive|Clerk(?:\s+of\s+(?:the\s+)?Courts?)?|Prosecut(?:or|ing\s+Attorney)|Treasurer|Commissioner|Assessor"
    r"|Attorney|(?:(?:Circuit|District|Superior|Probate|Municipal)\s+Court\s+)?Judge|Mayor|Auditor|Recorder|Coroner|Surveyor|Supervisor"
    r"|Board\s+of\s+(?:Supervisors|Commissioners|Education|Trustees|Aldermen)"
    r"|(?:Council|Commission|Board\s+of\s+Education)(?=\s*(?:,|[-–—])?\s+(?:(?:District|Ward|Seat)\s+\w|(?i:at[-\s]large))))"     # "Charlotte City Council - District 1"
    r"(?:\s*(?:,|[-–—])?\s+(?:(?:District|Ward|Precinct|Position|Seat|Department|Dept\.)\s+\w{1,3}|(?i:at[-\s]large)))?"
    r"|(?:[A-Z][\w'’.-]+\s+){1,3}Mayor"      # "Harmon Falls Mayor" (its rows below)
    r"|(?:[A-Z][\w'’.-]+\s+){1,3}(?:Unified\s+|Union\s+|Independent\s+|Community\s+|Public\s+)?School\s+District\s*(?:,|[-–—])?\s+"
    r"(?:Trustee\s+Area|Area|Seat|Position|Zone|Place|Post)\s+\w{1,3}")     # "Chico Unified School District, Trustee Area 2"
# A state's own race as an AP box heads it: "Delaware Governor", "Ohio U.S. Senate", "Texas Attorney General".
_STATEWIDE_HEAD = re.compile(r"(?P<office>(?:" + _US_STATES + r")\s+(?:Governor|Lieutenant\s+Governor|U\.\s?S\.\s+Senate|US\s+Senate|Senate"
                             r"|Attorney\s+General|Secretary\s+of\s+State|(?:State\s+)?Treasurer|(?:State\s+)?Auditor))"
                             r"(?:\s*[-–—,:]?\s*\(?(?:general\s+election|special\s+election)\)?)?"
                             r"(?:\s*[-–—,:]\s*(?:(?:unofficial|official|final|certified|preliminary)\s+)?results?)?"
                             r"(?:\s*\((?:\d{1,3}(?:\.\d)?%\s+(?:of\s+(?:the\s+)?(?:expected\s+|estimated\s+)?votes?(?:\s+counted|\s+in)?|reporting|counted|in)"
                             r"|all\s+precincts\s+reporting)\))?\s*:?", re.I)
# (its count's status after it: "Michigan U.S. Senate - unofficial results (99% of expected vote)")
_MEMBER_DISTRICT = re.compile(r"(?:State\s+)?(?P<office>Representative|Senator|Delegate|Assembly(?:member|man|woman))(?:\s+in\s+Congress)?\s*[,–—-]?\s+"
                              r"(?:(?:Legislative\s+)?District\s+(?P<n>\d{1,3})|(?P<nth>\d{1,3})(?:st|nd|rd|th)\s+(?:(?:House|Senate|Assembly|Legislative|Congressional)\s+)?District)"
                              r"(?:,\s+(?:Position|Seat)\s+[A-Z\d]{1,2})?")     # ("Representative in Congress, 5th District", "State Representative, Legislative District 1, Position A")
# A feature's subheading naming a seat after a colon: "The closest call: Skelmersdale Central".
_SUBHEAD_PLACE = re.compile(r"[ \t]*[A-Z][^:\n\d]{2,40}:[ \t]+(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:and|of|the|upon|on|[A-ZÀ-Þ][\w'’.-]*)){0,5})[ \t]*")
# A seat under its number, as the Election Commission of India numbers them: "123 - Nashik Central", "127 - Igatpuri (ST)",
# "Assembly Constituency 10 - Dumka (Jharkhand)".
# An agency's seat with its code: "Terrebonne (Quebec) – Electoral district 24075".
_SEAT_CODE_HEAD = re.compile(r"[ \t]*(?P<place>[A-ZÀ-ÞĀ-Ž][^()\d\n]{1,60}?)[ \t]*(?:\([^()\d\n]{2,40}\))?[ \t]*[–—-][ \t]*"
                             r"(?i:electoral[ \t]+district|federal[ \t]+electoral[ \t]+district)[ \t]*(?:no\.?|number|code)?[ \t]*\d{2,6}[ \t]*")
# A seat of Pakistan's assemblies alone on its line, by its code and name: "NA-66 Wazirabad", "PP-139 Sheikhupura-V".
_ASSEMBLY_CODE_LINE = re.compile(r"[ \t]*(?P<place>(?:NA|PP|PK|PS|PB)-\d{1,3}(?:[ \t]+[A-Z][a-z][\w'’]*(?:-[IVX]{1,4})?){0,3})[ \t]*:?[ \t]*")
_SEAT_NUMBER_HEAD = re.compile(r"[ \t]*(?:(?:Assembly|Parliamentary)[ \t]+Constituency[ \t]*:?[ \t]*)?\d{1,3}[ \t]*[-–—][ \t]*"
                               r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,3})(?:[ \t]*\([^()\d]{2,30}\))*[ \t]*"
                               r"(?:[·•|][ \t]*(?i:polling\s+date|phase|counting|date)\b[^\n]*)?")     # ("... · Polling date: May 13, 2024 · Phase 4")
_RESULT_LINE_BELOW = re.compile(r"\s*(?:result|margin|winner|winning\s+candidate|won\s+by|declared)\b", re.I)
# "Vote For 1", "Vote for 1 • 61 of 61 Precincts Reported (100.00%)": the line under a results summary's office
_WINNER_LEAD = re.compile(r"\s*(?:Winner|WINNER)\s+(?=[A-ZÀ-Þ][a-zß-ÿ])")     # a card's "Winner Carys Hughes PC": whom, not where
_VOTE_FOR_LINE = re.compile(r"\s*\(?\s*vote\s+for\s+(?:\d{1,2}|one|two|three|four|five)\s*\)?(?:\s*[•·|,;–—-]\s*[^\n]*)?", re.I)
_COUNT_CELL_LINE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\d%|\t|\|")      # a row's figures or cells: no office's title
_VOTE_FOR = re.compile(r"\s*[–—-]?\s*\(?\s*(?:vote\s+for|elect)\s+(?:\d{1,2}|one|two|three|four|five)\s*\)?\s*$", re.I)     # "– Vote for 3", "(Elect 1)"
# A results ticker's race: its office, a dash, then its district or its state ("U.S. HOUSE — DISTRICT 3", "U.S. SENATE — NEVADA")
_OFFICE_DASH_SEAT = re.compile(r"(?P<office>(?:U\.\s?S\.\s+|US\s+|STATE\s+|State\s+|(?-i:[A-Z]{2})\.\s+)?(?i:house|senate|assembly|house\s+of\s+delegates|governor)"
                               r"|(?:[A-Z]{2,6}\s+)?(?i:board\s+of\s+(?:trustees|education|regents|supervisors)|school\s+board|city\s+council|county\s+commission))"
                               r"\s+[—–-]\s+(?:(?P<district>(?i:district|dist\.)\s+(?:\d{1,3}|[A-Z]))|(?P<state>" + _US_STATES + r"))"
                               r"(?:\s*\((?i:np|nonpartisan)\))?", re.I)
_US_HOUSE_STATE_DISTRICT = re.compile(r"(?:U\.\s?S\.\s+|US\s+)House(?:\s+of\s+Representatives)?\s*[,:–—-]\s*(?P<place>(?:" + _US_STATES + r")"
                                      r"\s+(?:(?:Congressional\s+)?District\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+(?:Congressional\s+)?District))", re.I)
_LOCAL_OFFICE_DASH_PLACE = re.compile(r"(?:(?P<office>(?:VICE\s+|DEPUTY\s+)?(?:MAYOR|GOVERNOR))|MEMBER,\s+HOUSE\s+OF\s+REPRESENTATIVES|REPRESENTATIVE)"
                                      r"\s+[—–-]\s+(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{2,50}?(?:\s+\d{1,2}(?:ST|ND|RD|TH)\s+DISTRICT)?)")
_TERM_NOTE = re.compile(r"\s*\((?:\d{1,2}|one|two|three|four|five|six)[- ]year\s+term\)\s*$", re.I)
_NONPARTISAN = re.compile(r"\s*[(\[-–—]?\s*(?:non-?partisan|nonpartisan\s+race)\s*[)\]]?\s*$", re.I)
# Words no seat's name contains: a capitalised run holding them is a sentence, not a heading.
# A newsletter's or column's name over its page: "The Riding Report", "Westminster Briefing".
_PUBLICATION_NAME = re.compile(r"\b(?:Report|Newsletter|Digest|Briefing|Bulletin|Podcast|Blog|Roundup|Round-up|Weekly|Daily|Dispatch|Substack)$", re.I)
_NOT_A_PLACE_NAME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Results?|from|for|with(?!\s+(?-i:[A-Z]))|about|into)\b", re.I)     # (a ward "Standish with Langtree" is one)


# A portal's status line between a seat's name and its table, passed over like a count's progress: "Result: Declared
# (निर्वाचित घोषणा)", "Status: Result declared" (not _CARD_STATUS's bare "Result Declared", which on an ECI page is the
# seat's own line over "Candidate-wise result" and its table)
_DECLARED_STATUS = re.compile(r"\s*(?i:(?:result|status)\s*:\s*(?:result\s+)?declared\s*(?:\([^()\n]{0,40}\))?"
                              r"|counting\s+in\s+progress\s*(?:\([^()\n]{0,40}\))?(?:\s*[-–—]\s*\d{1,3}%\s+of\s+(?:ballots|votes)\s+counted)?"
                              r"|result\s+declared\s*[·|•,-]\s*rounds?\s*\d{1,3}\s*/\s*\d{1,3}"     # ("Result Declared · Rounds 25/25")
                              r"|(?:AP|race)\s+called\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{1,2}:\d\d\s*[ap]\.?m\.?)?)\s*")     # ("AP called Nov. 4, 8:02 p.m.")
_SPACED_SEAT_NUMBER = re.compile(r"\s*(?P<place>[A-Z][\w'’.]+(?:\s[A-Z][\w'’.]+){0,2})\s[-–]\s(?P<n>\d{1,2})\s*")
# The party defending a by-election seat, after the ward's name: "[Lab defence, resignation]", "- LD defending"
_DEFENCE_NOTE = re.compile(r"\s*(?:\[[^\[\]\n]{0,40}\b(?:defen[cs]es?|defending)\b[^\[\]\n]{0,40}\]|\s[-–—]\s+(?:[A-Z][\w.]*\s+){1,3}(?:defen[cs]es?|defending)\b[^\n]{0,30})"
                           r"(?:\s*[-–—:]\s*(?i:first\s+preferences?|first\s+count)\s*)?\s*$")


def _decor_trimmed(line: str) -> tuple[int, int]:
    """Where a line's words start and end inside its emoji and chat bold ('*...*')."""
    def decor(ch: str) -> bool:
        return ch in "*_~ \t\ufe0f\u200d" or unicodedata.category(ch) == "So"
    a, b = 0, len(line)
    while a < b and decor(line[a]):
        a += 1
    while b > a and decor(line[b - 1]):
        b -= 1
    if line[:a].count("*") != line[b:].count("*"):
        return 0, len(line)     # (a lone star: an incumbent's or a footnote's mark, not bold)
    return (a, b) if line[:a].strip() or line[b:].strip() else (0, len(line))


def _words_inside(line: str) -> tuple[int, int]:
    """Where a heading's own words are in a line that wraps them: a chat's emoji and bold ("🚨🚨 *OKAIKWEI CENTRAL
    PARLIAMENTARY RESULTS* 🚨🚨"), a bilingual portal's other script after a bar ("Chitwan - 2 | चितवन क्षेत्र नं. २"),
    a round-up's note of the defending party ("BRINNINGTON (Stockport MBC) [Lab defence, resignation]")."""
    if "*" in line or not line.isascii():
        a, b = _decor_trimmed(line)
        if (a, b) != (0, len(line)) and b - a >= 3:
            return a, b
    bar = line.rfind("|")
    if bar > 0 and not line.isascii() and any(ch.isalpha() for ch in line[bar + 1:]) and not LATIN_LETTER.search(line, bar + 1) \
            and LATIN_LETTER.search(line, 0, bar):
        return 0, len(line[:bar].rstrip())
    note = _DEFENCE_NOTE.search(line) if "efen" in line else None
    if note and note.start() > 0:
        return 0, note.start()
    return 0, len(line)


def heading(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """(place display name, offset where the rest of the line starts) when the line names a contest."""
    text = doc.text
    line = text[s:e]
    a, b = _words_inside(line)
    if (a, b) != (0, len(line)):
        named = heading(doc, s + a, s + b)
        return (named[0], e) if named else None     # the line's words without their wrapping (_words_inside)
    spaced = _SPACED_SEAT_NUMBER.fullmatch(line) if " - " in line or " – " in line else None
    if spaced and not no_seat_word(spaced.group("place")) and (_table_below(doc, e) or _row_below(doc, e)):
        return f"{spaced.group('place')}-{spaced.group('n')}", e      # "Chitwan - 2" over its table: the seat Chitwan-2
    if "rimary" in line or "RIMARY" in line or " Republican" in line or " Democratic" in line or " Libertarian" in line:
        primary = _primary_heading(doc, s, e)
        if primary:
            return primary
    if not line.strip() or _outcome_only(line.strip()) or ("ote" in line or "OTE" in line) and _VOTE_FOR.fullmatch(line) \
            or _WINNER_LEAD.match(line):
        return None     # "LAB GAIN FROM CON" under its seat: the outcome, no place; "Vote For 2" under its office
    if "ouncil" in line and _COUNCIL_OR_CAUSE_LINE.fullmatch(line) and _ward_line_above(doc, s):
        return None     # "HILLSBOROUGH" / "Sheffield City Council": the ward's council, under the ward
    told = _SUBHEAD_PLACE.fullmatch(line) if ": " in line and len(line) <= 90 else None
    if told and text.count(told.group("place")) >= 2 and re.search(r"(?m)^[ \t|]*" + re.escape(told.group("place")) + r"[ \t]*(?:\||\t)[^\n]*\d", text):
        return told.group("place"), e      # "The closest call: Skelmersdale Central", a row of the table above (with figures: no menu's)
    numbered = _SEAT_NUMBER_HEAD.fullmatch(line) if line[:4].strip()[:1].isdigit() or line.startswith(("Assembly", "Parliamentary")) else None
    if numbered and not generic_words(numbered.group("place")) and (
            _RESULT_LINE_BELOW.match(_next_line(doc, e)) or _table_below(doc, e) or _row_below(doc, e) or _outcome_below(doc, e)):
        place = numbered.group("place")
        return (title_case(place) if place.isupper() else place), e     # an ECI page's "123 - Nashik Central", "84 - Rajouri (Jammu & Kashmir)"
    coded = _SEAT_CODE_HEAD.fullmatch(line) if "istrict" in line or "ISTRICT" in line else None
    if coded and not generic_words(coded.group("place")):
        return coded.group("place").strip(), e
    coded = _ASSEMBLY_CODE_LINE.fullmatch(line) if line[:3].strip()[:1] in ("N", "P") else None
    if coded:
        return coded.group("place"), e      # "NA-66 Wazirabad", "PP-139 Sheikhupura-V" over the seat's story
    office = _office_over_vote_for(doc, line, e) if len(line) <= 100 else None
    if office:
        return office, e
    pm = _HEAD_PREFIX.match(line)
    off = s + (pm.end() if pm else _BULLET_LEAD.match(line).end())     # (">> BATH: LIB DEM HOLD", a centred PDF heading)
    if pm and pm.group().lstrip().startswith("ELECTION ") and not doc.places_in(off, e) and doc.places_in(e, len(text)):
        return None     # a wire slug's county, "ELECTION Cumbria", over "Labour has won Barrow and Furness": the story names the seat
    caps_council = _CAPS_COUNCIL_COMMA_WARD.fullmatch(text[off:e].strip()) if (", " in line or ": " in line) and line[off - s:off - s + 2].isupper() else None
    if caps_council and not generic_words(caps_council.group("place")) and not parties().canonical(caps_council.group("place")) \
            and not _NOT_A_WARD_NAME.search(caps_council.group("place")) \
            and _results_below(doc, _past_date_line(doc, e)):
        joined = places().canonical(f"{caps_council.group('council')} {caps_council.group('place')}")
        return joined or caps_council.group("place"), e      # (a seat told that way, "BIRMINGHAM, Edgbaston", keeps its whole name)
    for m in doc.places_in(off, e):
        if m.start - off > 2:
            longer = _WORD_BEFORE_PLACE.fullmatch(text, off, m.start)
            rest = text[m.end:e]
            if longer and rest[:2] == ": " and _INLINE_REST.match(rest) and len(rest) > 15 and not parties().canonical(longer.group().strip()) \
                    and given_name_gender(longer.group().strip()) is None:
                return text[off:m.end], m.end + _INLINE_REST.match(rest).end()      # "Old Stevenage: Labour hold. Rob Kelsey ..." (not Stevenage)
            break
        rest = text[m.end:e]
        inline = _INLINE_REST.match(rest)      # ("Tewkesbury (from Con): ...", "Isle of Wight West, 4 July 2024: ...")
        if inline is None and pm is None and "(" in rest and _BULLET_LEAD.match(line).group().strip():
            inline = _INLINE_REST_NO_FIGURES.match(rest)
            if inline and not any(text[p.start - 1:p.start] == "(" for p in doc.parties_in(m.end + inline.end(), e)):
                inline = None       # a bullet "* Seat - X (Lab) unseats Y (SNP)." whose figures follow on the next line
        if inline and len(rest) > 15:
            return m.canonical, m.end + inline.end()
        if len(line) > 110:
            break
        if _HEAD_DECOR.match(rest):
            if rest.strip() == "" and in_menu(doc, s):
                return None
            figures = _RESULT_THEN_FIGURES.match(rest)
            return m.canonical, (m.end + figures.end() if figures else e)     # ("Brentwood and Ongar result: Majority: 5,980. ...")
        if text[m.start:m.end].isupper() and _CAPS_HEAD_TITLE.fullmatch(rest) and len(line) <= 90:
            return m.canonical, e       # "1) CHESTER NORTH AND NESTON: Dixon home and dry": a section's title
        if _AREA_IN_BRACKETS.fullmatch(rest) and _results_below(doc, e):
            return m.canonical, e       # "STOKE-ON-TRENT NORTH (includes Kidsgrove)" over its rows: a gloss on the seat
    lost = PERSON_THEN_SEAT.fullmatch(line) if "(" in line else None
    if lost and places().canonical(lost.group("place")):
        return places().canonical(lost.group("place")), e      # a factbox's "LIZ TRUSS (Conservative), South West Norfolk"
    leader = _PERSON_PARTY_DASH_SEAT.fullmatch(line) if "(" in line and len(line) <= 100 else None
    if leader and parties().canonical(leader.group("party")) and _BARE_NAME.fullmatch(leader.group("place")) and not generic_words(leader.group("place")) \
            and (text.count(leader.group("place")) >= 2 or _table_after_paragraph(doc, e)):
        return leader.group("place"), e     # a section per leader: "Colleen Abernathy (NDP) — Davenport", the seat told below
    field = next(reversed(list(_SEAT_FIELD.finditer(text, off, e))), None) if ":" in line else None    # (a form's last field is the finest: "Constituency: 004 KISAUNI    Ward: 0018 MTOPANGA")
    if field and not generic_words(field.group("place")):
        place = field.group("place").strip()     # "REGION: GREATER ACCRA   CONSTITUENCY: WEIJA-GBAWE   CODE: G2207": a form's seat field
        return (title_case(place) if place.isupper() else place), e
    election_of = _ELECTION_FOR.match(text, off, e) or _MAYOR_ELECTION_OF.fullmatch(text, off, e) \
        or (_ELECTION_TO_FROM.match(text, off, e) if "onstituency" in line else None)
    if election_of and not generic_words(election_of.group("place")):
        place = election_of.group("place")   # "Election of a County Councillor for the Llanddewi Fach Electoral Ward"
        return (title_case(place) if place.isupper() else place), e
    council = _SMALL_COUNCIL.fullmatch(text[off:e].strip())
    if council and not generic_words(council.group("place")):
        place = council.group("place")      # "CYNGOR CYMUNED CWMHIR / CWMHIR COMMUNITY COUNCIL": a council of one ward
        return (title_case(place) if place.isupper() else place), e
    of_council = _WARD_OF_COUNCIL.fullmatch(text[off:e].strip()) if "Council" in line or "Authority" in line else None
    if of_council and not generic_words(of_council.group("place")) and not parties().canonical(of_council.group("place")):
        place = of_council.group("place")       # "Bowthorpe, Norwich City Council", "Hythe West (Folkestone and Hythe District Council)"
        return (title_case(place) if place.isupper() else place), e
    council_ward = _COUNCIL_THEN_WARD.fullmatch(text[off:e].strip()) if "-" in line or "–" in line or "—" in line or ":" in line else None
    if council_ward and not generic_words(council_ward.group("place")) and not parties().canonical(council_ward.group("place")) \
            and not _NOT_A_WARD_NAME.search(council_ward.group("place")):
        place = council_ward.group("place")
        return (title_case(place) if place.isupper() else place), e
    by_office = _PLACE_THEN_OFFICE.fullmatch(text, off, e) if "—" in line or "–" in line or " - " in line else None
    if by_office and not generic_words(by_office.group("place")) and not parties().canonical(by_office.group("place")) \
            and (_row_below(doc, e) or _table_below(doc, e) or _win_below(doc, e)):
        place = by_office.group("place")
        place = title_case(place) if place.isupper() else place
        ward = by_office.group("ward")
        if ward:
            return f"{place} {ward.title()}", e       # "NOUVELLE-ARCADIE — COUNCILLOR, WARD 3": the town's ward
        if by_office.group("office").lower() == "mayor":
            return f"Mayor of {place}", e
        return place, e
    typed = _ELECTION_TYPE_THEN_SEAT.fullmatch(text, off, e) if ":" in line else None
    if typed and not generic_words(typed.group("place")) and not parties().canonical(typed.group("place")):
        place = typed.group("place")      # a council's page: "UK Parliamentary By-election: Frome and East Somerset Constituency"
        return (title_case(place) if place.isupper() else place), e
    name_number = _NAME_AND_WARD.match(text, off, e)
    if name_number and not generic_words(name_number.group("place")):
        place = name_number.group("place")
        return (title_case(place) if place.isupper() else place), name_number.end()    # "ARDMILLAN AND CRAIGEND (Ward 6) - 4 to elect"
    bracketed = _WARD_AND_NAME.match(text, off, e)
    if bracketed and not generic_words(bracketed.group("place")):
        place = bracketed.group("place")
        place = title_case(place) if place.isupper() else place
        council = f"{bracketed.group('council')}, " if bracketed.group("council") else ""      # ("eThekwini, Ward 62 (Inanda) — MK gain from ANC")
        return f"{council}Ward {bracketed.group('n')} ({place})", bracketed.end()     # "MCD Ward 58 (Shalimar Bagh North) result: ...": its number and its name
    division = _DIVISION_HEAD.fullmatch(text, off, e) if "ivision" in line or "IVISION" in line else None
    if division and not generic_words(division.group("place")):
        place = division.group("place")
        return (title_case(place) if place.isupper() else place), e
    office_lead = _CAPS_OFFICE_LEAD.match(text, off, e) if ":" in line else None
    if office_lead and _RESULT_AFTER.search(text, office_lead.end(), e):
        office = title_case(office_lead.group("office"))
        if _OFFICE_TITLE.fullmatch(office) or _LEGISLATIVE_DISTRICT.fullmatch(_STATE_PREFIX.sub("", office)):
            return office, office_lead.end()    # "* COUNTY COMMISSIONER, DISTRICT 2: Alicia Ramos defeated ... Harold Beck"
    district = _DISTRICT_LEAD.match(text, off, e) if ":" in line else None
    if district and _RESULT_AFTER.search(text, district.end(), e):
        return district.group("place"), district.end()
    caps = CAPS_LEAD.match(text, off, e) if doc.round_up_leads >= 2 else None     # (one is a dateline: "PUNE: ...")
    if caps and _PARTY_TALLIES.fullmatch(text, caps.end(), e):
        caps = None     # "AKOKO-EDO: APC 18,408; PDP 10,065; LP 339": an area's share of the count, no contest of its own
    lead = (_RESULT_TAIL.sub("", caps.group("place")) or caps.group("place")) if caps else None     # "PATKURA RESULT: BJP's ..."
    if caps and not generic_words(lead) and not SLUG_WORDS.search(lead) \
            and not parties().canonical(lead) and not _OUTCOME_ONLY.fullmatch(lead) \
            and (_RESULT_AFTER.search(text, caps.end(), e)      # (not "CON HOLD: Sowerby re-elected in East Fens")
                 or e - caps.end() <= 70 and not text[caps.end():e].rstrip().endswith(".") and _win_below(doc, e, 2)):
        # (or a section's title over the paragraph that reports the win: "WORLI: A closer call for Aaditya")
        place = BADGE_WORD_TAIL.sub("", lead) or lead
        return ending_place(doc, title_case(place)), caps.end()      # "HARTWELL: Independent Grace Fenn won ... with 211 votes" ("YARDLEY:" of Birmingham Yardley)
        # ("DHANBAD DECLARED: BJP's Ravi Shankar Agrawal wins ...")
    body_ward = _BODY_COMMA_WARD_LEAD.match(text, off, e) if ", " in line and ": " in line else None
    if body_ward and _RESULT_AFTER.search(text, body_ward.end(), e):
        number = f" ({body_ward.group('number')})" if body_ward.group("number") else ""
        return f"{body_ward.group('body')}, {body_ward.group('place')}{number}", body_ward.end()    # "Kollam Corporation, Eravipuram ward: LDF's ..."
    titled = TITLE_LEAD.match(text, off, e) if doc.title_leads >= 2 and ": " in line else None
    if titled and not generic_words(titled.group("place")) and not SLUG_WORDS.search(titled.group("place").upper()) \
            and not parties().canonical(titled.group("place")) and not region_name(titled.group("place")) \
            and given_name_gender(titled.group("place").split()[0]) is None and titled.group("place").split()[0].lower() not in _lists()["stopwords"]:
        return ending_place(doc, titled.group("place")), titled.end()     # a round-up's "Hamilton Mountain: NDP veteran Monique Taylor held on ..."
    seat_row = _SEAT_DASH_WINNER.match(text, off, e) if " - " in line or "–" in line or "—" in line else None
    if seat_row and not generic_words(seat_row.group("place")) and not parties().canonical(seat_row.group("place")) \
            and given_name_gender(seat_row.group("place").split()[0]) is None:
        return seat_row.group("place"), seat_row.end()      # "Cheshunt North - Natalie Greaves (Reform UK) 1,432, maj 311 - REF GAIN"
    if len(line) > 110:
        return None
    head = _NONPARTISAN.sub("", _PRIMARY_SUFFIX.sub("", PARTY_RACE_TAIL.sub("", _REPORTING_TAIL.sub("", text[off:e].strip()))))      # ("Sorrel County Commission, District 2 — 100% of precincts reporting")
    head = _TERM_NOTE.sub("", head)        # ("COUNCIL MEMBER, WARD 1 (2-year term)")
    if len(head) <= 80 and ("—" in head or "–" in head or " - " in head) and head.isupper():
        ticker = _OFFICE_DASH_SEAT.fullmatch(head)      # (in capitals: a ticker's; "Board of Education - District 4" stays as written)
        if ticker and (ticker.group("district") or ticker.group("state") and _row_below(doc, e)):
            office = ticker.group("office")
            seat = re.sub(r"(?i)^dist\.", "District", ticker.group("district") or ticker.group("state"))     # (AP's "PA. HOUSE - DIST. 24")
            office, seat = (title_case(x) if x.isupper() else x for x in (office, seat))
            office = re.sub(r"\bU\.s\.", "U.S.", office)
            office = " ".join(w.upper() if re.fullmatch(r"[B-DF-HJ-NP-TV-Z]{2,6}", w.upper()) else w for w in office.split())  # ("CCSD")
            # a ticker's "U.S. HOUSE — DISTRICT 3" is the U.S. House District 3; its "U.S. SENATE — NEVADA", Nevada's seat
            return (f"{office} {seat}" if ticker.group("district") else f"{office} - {seat}"), e
    local = _LOCAL_OFFICE_DASH_PLACE.fullmatch(head) if len(head) <= 80 and head.isupper() else None
    if local and not generic_words(local.group("place")) and (_row_below(doc, e) or _table_below(doc, e)):
        place = title_case(local.group("place"))    # a canvass's "MAYOR - DUMAGUETE CITY": the Dumaguete City mayor race
        return (f"{place} {local.group('office').lower()}" if local.group("office") else place), e     # ("MEMBER, HOUSE OF ... - X 2ND DISTRICT")
    if len(head) <= 80:
        district = PLACE_PATTERNS[1].fullmatch(head)
        if district:
            return district.group("place"), e        # "Michigan's 8th Congressional District"
        house = _US_HOUSE_STATE_DISTRICT.fullmatch(head)
        if house:
            return house.group("place"), e           # a results box's "U.S. House, Pennsylvania District 7"
        legislative = _US_LEGISLATIVE_SEAT.fullmatch(title_case(head) if head.isupper() else head) \
            or _US_LEGISLATIVE_SEAT.fullmatch(_TRAILING_AREA.sub("", head))      # ("House District 56A (Burnsville)")
        if legislative:
            return legislative.group("place"), e     # "SENATE DISTRICT 29 - UNOFFICIAL RESULTS BY COUNTY"
        numbered = _NUMBERED_DISTRICT.fullmatch(head)
        if numbered:
            return "District " + numbered.group("place").split()[-1], e
        numbered = _NUMBERED_CONSTITUENCY.fullmatch(head)
        if numbered and not generic_words(numbered.group("area")):
            return (title_case(head) if head.isupper() else head), e     # "Georgetown Constituency No. 5 (Queenstown)": one of the town's
        ordinal = _ORDINAL_DISTRICT.fullmatch(head)
        if ordinal:     # "1ST DISTRICT (southeast Wisconsin)", "7th Congressional District:"
            words = ordinal.group("place").split()
            return " ".join([words[0].lower()] + [w.capitalize() for w in words[1:]]), e
        named = _NUMBER_AND_NAME.fullmatch(head)
        if named and (not generic_words(named.group("place")) or _PLACE_NOUNS.fullmatch(named.group("place"))):
            place = named.group("place")
            return (title_case(place) if place.isupper() else place), e      # "Ward 6 - Braeside and Kinnaird By-election"
        numbered = _NUMBERED_WARD.fullmatch(head) or _NUMBERED_WARD.match(head)
        area = _AREA_IN_BRACKETS.match(head, numbered.end()) if numbered else None
        province = _PROVINCE_TAIL.match(head, area.end() if area else numbered.end()) if numbered and "," in head else None
        if numbered and (numbered.end() == len(head) or _HEAD_DECOR.match(head[numbered.end():])
                         or area and (area.end() == len(head) or _HEAD_DECOR.match(head[area.end():]))
                         or province and (province.end() == len(head) or _HEAD_DECOR.match(head[province.end():]))):
            # ("TSHWANE WARD 59 – RESULT", "WARD 64 (Table View)", "MSUNDUZI WARD 21 (Pietermaritzburg, KwaZulu-Natal) – MK gain from ANC")
            name = numbered.group("place")
            return (title_case(name) if name.isupper() else name), e      # "RESULTS: TSHWANE WARD 12"
        office = _OFFICE_HEAD.fullmatch(title_case(head) if head.isupper() else head)
        if office:      # ("MAYOR (BURMISTRZ) OF TCZEW", "PRESIDENT OF THE CITY OF SŁUPSK": a results portal's in capitals)
            return office.group("place"), e          # "Connétable of St Saviour", "Mayor of Greater Lincolnshire"
        member = _MEMBER_DISTRICT.fullmatch(title_case(head) if head.isupper() else head)
        if member:      # "State Representative, District 53": the seat the story calls "House District 53"
            chamber = {"representative": "House", "delegate": "House", "senator": "Senate"}.get(member.group("office").lower(), "Assembly")
            seat = f"{chamber} District {member.group('n') or member.group('nth')}"
            return (seat if seat.lower() in doc.low else title_case(head) if head.isupper() else head), e      # (as the page names it, when it never says "House District 47")
        statewide = _STATEWIDE_HEAD.fullmatch(head)
        if statewide:
            return " ".join(statewide.group("office").split()), e     # "Delaware Governor", "Delaware U.S. Senate" over an AP box's rows
        bare_head = _VOTE_FOR.sub("", _NONPARTISAN.sub("", head))
        local = _LOCAL_OFFICE_HEAD.fullmatch(title_case(bare_head) if bare_head.isupper() else bare_head)
        if local and (not bare_head.isupper() or _row_below(doc, e) or _table_below(doc, e) or _votes_card_below(doc, e)):
            return " ".join(local.group().split()), e      # "Berrien County Sheriff", "HARMON FALLS CITY COUNCIL AT-LARGE (vote for 3)"
        bare_office = _OFFICE_TITLE.fullmatch(bare_head) if not bare_head.isupper() else None
        if bare_office and (_row_below(doc, e) or _table_below(doc, e) or _table_after_paragraph(doc, e)):
            return " ".join(bare_head.split()), e      # a city page's own race, the city unsaid: "Mayor", "City Council, District 2"
        court = _COURT_HEAD.fullmatch(bare_head) if "Court" in bare_head else None
        if court and (_row_below(doc, e) or _table_below(doc, e)):
            return _AREA_BRACKET_END.sub("", " ".join(bare_head.split())), e     # "Ohio Supreme Court, Justice (Donnelly seat)", "8th District Court of Appeals (Cuyahoga County)"
        mayoral = _MAYORAL_HEAD.match(line.strip())
        if mayoral and _HEAD_DECOR.match(line.strip()[mayoral.end():]) and (_row_below(doc, e) or _table_below(doc, e)):
            return "Mayor", e       # "Mayoral election - first preference votes" over its table
        chamber = _CHAMBER_DISTRICT.fullmatch(_PRIMARY_SUFFIX.sub("", head))
        if chamber:
            return f"{chamber.group('chamber')} {chamber.group('district')}", e    # "Michigan State House - District 58"
    g = _GENERIC_HEAD.match(text[off:e]) or _OUTCOME_HEAD.match(text[off:e])
    if g and g.re is _GENERIC_HEAD and _CAPS_RESULT_TAIL.match(text, off + g.end("place"), e) \
            and (no_seat_word(re.split(r"[\s-]+", g.group("place"))[0]) or any(ch.isdigit() for ch in g.group("place")) or not _row_below(doc, e)):
        g = None        # "FINAL HOUSE OF REPRESENTATIVES RESULT", "GE2025 RESULTS" over a party table: the country's (not "TAURANGA RESULT" over its rows)
    if g and g.re is _OUTCOME_HEAD and g.group("badge") and (not (parties().canonical((g.group("who") or "").strip())
                                                                or g.group("who") and any(m.start == off + g.start("who") for m in doc.parties_in(off, e)))
                                                           or parties().canonical(g.group("place") + " " + (g.group("who") or "").strip())):
        # (the badge's party may be one the page's own key defines: "Tobago East TPP GAIN from PNM")
        g = None        # "Huge Reform gain in Kent": no seat "Huge"; "BC Conservative GAIN from BC United": no seat "BC"
    if g and re.search(r"[|\t]\s*[+\-−]?\d", text[off + g.end():e]):
        g = None        # a table row: "Merton Park Ward Independent Residents | 3 | 0"
    if g and _FIGURES_AFTER.match(text, off + g.end(), e) and not re.fullmatch(r"\s+(?:19|20)\d\d\s*", text[off + g.end():e]):
        g = None        # a candidate row: "REF Stephen Ward 9,295 20.2%" (a surname that is a place word; not "... mayoral election 2024")
    if g and _SENTENCE_GOES_ON.match(text, off + g.end(), e):
        g = None        # a sentence: "Reform UK's Stephen Ward was a strong third on 9,295."
    if g and _GIVEN_NAME_WARD.match(g.group()) and given_name_gender(g.group("place") + " Ward") \
            and _VOTE_FIGURE.search(text, off + g.end(), e):
        g = None        # "Melanie Ward, Labour: 18,662": a candidate whose surname is Ward
    if g and re.search(r"\bWard$", head) and _after_party_line(doc, s):
        g = None        # "Reform UK" / "Frank Ward" / "9,751": a results graphic's name line
    called = _OUTCOME_BRACKET.sub("", head) if g is None else head     # "ORLÉANS (Lib hold)": the name before its outcome
    if called != head and not parties().canonical(_OUTCOME_BRACKET.search(head).group("party")):
        called = head
    if g is None and called == head and _TO_ELECT.search(head):
        called = _TO_ELECT.sub("", head)       # "HARLOW ROAD – three to be elected"
    if g is None and called == head and _COUNT_TITLE_TAIL.search(head):
        called = _COUNT_TITLE_TAIL.sub("", head)       # "TUNAPUNA – FINAL COUNT"
    if g is None and called == head and _CALL_BADGE.search(head):
        called = _CALL_BADGE.sub("", head)     # a results hub's "Ryan IN DOUBT": the seat, its count not called
        province = _TRAILING_AREA.search(called)
        if province and not parties().canonical(province.group(1)):
            called = called[:province.start()]      # ("Oakville West (Ont.) — Too close to call")
    if g is None and called == head and head.isupper() and head.endswith(_WINS_WORDS):
        called = _before_party_wins(head)       # a results card's "MUMBAI NORTH WEST SHIV SENA WINS": the seat, its badge after
    if g is None and called == head and head.endswith(")"):
        called = _NEW_POST.sub("", _REPORTING_BRACKET.sub("", head))      # "HANTS SHORE (all 36 polls reporting)": the name before its count's progress
        # (or a note that the post is new: "GREATER LINCOLNSHIRE (new post)")
        if called != head:
            called = _RESULTS_LEAD.sub("", called)    # "UNOFFICIAL RESULTS — SHERBROOKE (241 of 241 polls)"
    area = _TRAILING_AREA.search(head) if g is None and called == head and head.endswith(")") else None
    if area and not parties().canonical(area.group(1)) and not _OUTCOME_WORDS_IN.search(area.group(1)) and "vacancy" not in area.group(1).lower() \
            and (_table_below(doc, e) or _row_below(doc, e) or _outcome_below(doc, e) or _table_after_paragraph(doc, e)
                 or _RESERVED_SEAT.search(head) and _win_below(doc, e, 2)):
        called = head[:area.start()]        # "Narnaund (Hisar)" over its table: the seat and its district ("Pataudi (SC)")
    bare = title_case(called) if called.isupper() else called         # "ST ANNE'S" is St Anne's
    if g is None and off in doc.caps_sections and called == head and not generic_words(head) and not SLUG_WORDS.search(head.upper()) \
            and not _DEED_TAIL.search(head) and not _HEADLINE_VERB.search(head) \
            and not _COUNT_STAGE.search(head.upper()) and not parties().canonical(head) and places().canonical(head) is None \
            and not _MONEY_BELOW.match(_next_line(doc, e)) and not _person_over_party(doc, bare, e):
        member = _MEMBER_FOR_TITLE.fullmatch(head)
        if member:      # "NEW MP FOR STRATFORD" over "... Stratford-on-Avon's first Lib Dem MP"
            return full_place(doc, ending_place(doc, title_case(member.group("place") or member.group("owner")))), e
        return ending_place(doc, bare), e          # "LURAMBI" / "Declared winner: Jacob Wafula Shikuku (ANC)", one of a page's sections
        # (not "CHURCH ROOF APPEAL" / "We have now raised £11,240": a magazine's other news)
    titled = _TRAILING_AREA.sub("", _COUNT_BRACKET.sub("", head)) if pm and g is None else head     # ("KALYAN WEST (Thane district)", "PARKES (first preferences)")
    if pm and g is None and len(titled) <= 60 and _RESULT_PREFIX.match(line) and _BARE_NAME.fullmatch(titled) \
            and not generic_words(titled) and not _NOT_A_PLACE_NAME.search(titled) and not parties().canonical(titled):
        return _POLICE_AREA.sub("", title_case(titled) if titled.isupper() else titled), e      # "FIRST PREFERENCES - COWPER": a result's own title names its contest
    if g is None and len(called) <= 60 and "\n" not in called and _BARE_NAME.fullmatch(called) and not generic_words(called) \
            and not parties().canonical(called) and not _DEED_TAIL.search(called) and not _HEADLINE_VERB.search(called) \
            and not _PUBLICATION_NAME.search(called) and not _dateline(doc, s, e) and (_named_again_below(doc, e, bare)
                                                       or (_REPORTING.match(line_after(doc, e)) or _CARD_STATUS.fullmatch(line_after(doc, e))) and not doc.parties_in(off, e)
                                                       or _table_after_paragraph(doc, e) and not generic_words(called)
                                                       or (_table_below(doc, e) or _outcome_below(doc, e)
                                                       or _row_below(doc, e) and (text.count(bare) >= (2 if bare == called else 1) or called != head     # (a name in capitals: once more in the story,
                                                                                  or _council_line_after(doc, e)    # or its council under it,
                                                                                  or _stamp_above(doc, s))          # or a live entry's title: "11:45" / "MILLBROOK" / its rows)
                                                       or doc.low.count(bare.lower()) >= 2 and _win_below(doc, e)
                                                       or _RESERVED_SEAT.search(head) and _win_below(doc, e, 2))
                 # (named in the story too, or given its outcome)
                 and not generic_words(called) and not _CELL_GAP.search(text[off:e].strip()) and not SLUG_WORDS.search(called.upper())
                 and not _OUTCOME_WORDS_IN.search(called) and not _place_line_above(doc, s)):
        return ending_place(doc, _DIVISION_OF.sub("", _POLICE_AREA.sub("", bare)) or bare), e    # "Wimbledon Town and Dundonald" / "The Lib Dems held all three seats in Wimbledon Town and Dundonald"
    office = _NONPARTISAN.sub("", _VOTE_FOR.sub("", _TO_ELECT.sub("", _COUNT_SUFFIX.sub("", _CALL_STATUS.sub("", head)))))     # (".. Board of Education (3 seats)")
    office = _OFFICE_OF.sub("", office)        # a declaration's "OFFICE OF MAYOR (one (1) to be elected)"
    office = title_case(office) if office.isupper() else office
    seat = _COUNCILLOR_FOR.fullmatch(office)
    if seat and (_row_below(doc, e) or _acclaimed_below(doc, e)):
        return seat.group("place"), e       # "COUNCILLOR, WARD 1" over its rows: the ward
    member = _MEMBER_OF_BODY.fullmatch(office) if "," in office else None
    if member and not generic_words(member.group("body")) and _row_below(doc, e):
        return member.group("body"), e      # a canvass's "MEMBER, SANGGUNIANG PANLUNGSOD (10 to be elected)" over its rows: the council
    if _OFFICE_TITLE.fullmatch(office) and (_table_below(doc, e) or _row_below(doc, e) or _acclaimed_below(doc, e)):
        return office, e        # a county results page: "Sheriff" / "Candidate | Votes | Percent"; "REEVE" / "Wayne Friesen - acclaimed"
    if _LEGISLATIVE_DISTRICT.fullmatch(head):
        return head, e          # "Legislative District 17" under "STATE SENATE"
    house = _STATE_DISTRICT.fullmatch(head)
    if house and _US_HOUSE.search(_prev_line(doc, s)):
        n = int(house.group("n"))      # AP's "Arizona - District 6" under "U.S. HOUSE"
        return f"{house.group('state')}'s {n}{_ordinal_suffix(n)} Congressional District", e
    state = _STATE_CODE.search(head)
    if g is None and state and _BARE_NAME.fullmatch(head[:state.start()]) and not generic_words(head[:state.start()]) \
            and (_outcome_below(doc, e) or _table_below(doc, e)):
        return _DIVISION_OF.sub("", head[:state.start()]), e      # "Bullwinkel (WA)" / "Labor gain from Liberal (notional)": a results page's title
    if g and _NOT_A_PLACE_NAME.search(g.group("place")) or g and _PREPOSITION_FIRST.match(g.group("place")):
        g = None        # "Result of Thursday's Fife Council by-election declared at ...": a standfirst
    if g and generic_words(g.group("place")) and len(g.group("place")) > 2 and not _DETERMINER.fullmatch(g.group("place")):
        place = g.group("place")
        ward = re.match(r"\s+(?:Ward|WARD|ward)\b", text[off + g.end("place"):e])
        named = place if re.search(r"\s(?:Ward|WARD)$", place) and len(place.split()) > 1 else place + " Ward" if ward else None
        if named and not _NOT_A_PLACE_NAME.search(place):
            return (title_case(named) if named.isupper() else named), e     # "North Ward (4 seats)": it keeps "Ward"
        if g.re is _OUTCOME_HEAD and _COUNCIL_NAMED.search(g.group("council") or "") and not g.group("badge"):
            return (title_case(place) if place.isupper() else place), e     # "Town Centre (Redbrook MBC) - Lab hold": a ward of the council named
    if g and not parties().canonical(g.group("place")) and not generic_words(g.group("place")):
        name = re.sub(r"(?:\s+(?:ward|(?:federal\s+|state\s+)?constituency|(?:sub)?division|riding|electorate|lok\s+sabha|vidhan\s+sabha|parliamentary|assembly"
                      r"|(?-i:LEA|DEA)|(?:local\s+|district\s+)?electoral\s+area"      # (not "Halton Lea": a ward)
                      r"|holyrood|senedd|stormont|westminster|general\s+election|by-election"
                      r"|(?:parish|town|community|district|borough|county|city)\s+council|council|combined\s+authority|mayor|mayoral|mayoralty))+$", "",
                      g.group("place").strip(" ,"), flags=re.I)      # ("Jhansi Lok Sabha Election Result 2024", "Kirkcaldy Holyrood result")
        name = re.sub(r"^The\s+(?=\S)", "", name)        # "The Ashby Moor result in full" (a known "The Wrekin" matched above)
        if re.match(r"\s+constituency\b", text[off + g.end("place"):e], re.I):
            name = re.sub(r"\s+(?:federal|state)$", "", name, flags=re.I)     # "IBADAN NORTH FEDERAL CONSTITUENCY (OYO)"
        name = _DIVISION_OF.sub("", _POLICE_AREA.sub("", name) or name)      # an Australian "Division of Gilmore" is the seat of Gilmore; "Severn Vale PCC" is Severn Vale
        if name.endswith(("'s", "’s")) and not SAINTS.search(name) and places().canonical(name) is None:
            name = name[:-2]        # a headline's "Tübingen's constituency winner is left without a seat": Tübingen
        if name.isupper():
            name = title_case(name)
        return ending_place(doc, name), e      # ("YARDLEY: Jess Phillips holds on" in a story of Birmingham Yardley)
    head = _NONPARTISAN.sub("", head)       # ("Circuit Judge, Fifth Judicial Circuit, Group 14 (Nonpartisan)")
    if len(head) <= 80 and _OFFICE_OVER_PROGRESS.fullmatch(head) and _REPORTING.match(line_after(doc, e)) \
            and (_row_below(doc, e) or _table_below(doc, e)) \
            and not generic_words(head) and not parties().canonical(head) and not _BALLOT_MEASURE.match(head):
        head = head.rstrip(" :")
        seat = _US_LEGISLATIVE_SEAT.search(head) or _WARD_COUNCILLOR.fullmatch(head)      # ("State Representative, Legislative District 21 Seat A": its seat)
        name = seat.group("place") if seat else head        # ("WARD 1 COUNCILLOR": Ward 1)
        return (title_case(name) if name.isupper() else name), e
        # ("County Commission, Southern District" / "38 of 38 precincts - 100 percent" / its rows)
    return None


_WARD_COUNCILLOR = re.compile(r"(?P<place>(?:Ward|WARD)\s+\w{1,3})\s+(?i:councill?ors?|alder(?:man|men|person))")


SLUG_WORDS = re.compile(r"\b(?:UPDATE|BREAKING|WATCH|LISTEN|READ|MORE|PICTURED|ANALYSIS|EXCLUSIVE|LIVE|COMMENT|OPINION|EDITOR|NOTE|"
                         r"CORRECTION|SOURCE|SOURCES|PHOTO|VIDEO|RESULTS?|TURNOUT|MAJORITY|SWING|ELECTORATE|SUMMARY|BACKGROUND|REACTION|"
                         r"Q|A|FACT|CHECK|KEY|POINTS|TIMELINE|SLUG|PRIORITY|CATEGORY|FILED|EDITORS|WORDS|DATELINE|CORRECTS|CORRECTED|EMBARGO|EMBARGOED|BYLINE|KEYWORDS|UK|US|EU|BBC|PA|AP|ALSO|MOVED|NEWS|"
                         r"LATEST|TOP|STORY|STORIES|HEADLINES?|QUOTE|VERDICT|WHY|WHAT|WHO|HOW|WHEN|WHERE|NEXT|PLUS|NB|PS|STILL|COUNTING|PENDING|REGION|CODE|CLAIMS?|RATING|CONTEXT|BOTTOM|LINE|"
                         r"COUNTS|PREFERENCES|PREFERRED|TRANSFERS|STAGES|CANDIDATES|FIGURES|NUMBERS|DETAILS|DECLARATION|SCOREBOARD|SCORECARD|STANDINGS|TALLY|"
                         r"POSTED|PUBLISHED|UPDATED|SAYS|AUTHOR|WRITTEN|SELECTED|SPONSORED|ADVERTISEMENT|PROMOTED|PARTNER|ADVERTORIAL|"
                         r"THREAD|ALT|CAPTION|IMAGE|PIC|GIF|POLL|REPLY|REPLIES|QUOTED|REPOST|RETWEET|PINNED)\b")
# ("POSTED BY: CITIZEN EDITORIAL * JULY 5, 2024": a byline; "🧵 THREAD:", "ALT: ...": a post's labels)
_RESULT_AFTER = re.compile(r"\d|\b(?:won|wins|elected|returned|held|holds|gained|gains|took|retained|beat)\b")
_POLICE_AREA = re.compile(r"\s+(?:Police(?:\s+Force)?\s+Area|Police\s+and\s+Crime\s+Commissioner|PCC)$", re.I)   # (as PLACE_PATTERNS name it)
# The prefixes of _HEAD_PREFIX that title a result (not "Labour gain in", "How").
_RESULT_PREFIX = re.compile(r"\s*(?:(?:[-•*»■▪▶►]|>>|\#{1,4})\s*)?(?:(?:ward|constituency|division|seat|riding|electorate)(?:[\s-]wise)?\s+)?"
                            + _RESULT_WORDS + r"\s*[:–—-]", re.I)     # ("RIDING RESULTS: KINGSTON AND THE ISLANDS")
_PERSON_PARTY_DASH_SEAT = re.compile(r"\s*[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}\s*\((?P<party>[^()\d]{2,40})\)\s*[—–]\s*"
                                     r"(?P<place>[A-ZÀ-Þ][^()\d,:|]{2,60}?)\s*")
# A factbox entry's title: the person in capitals, their party, then their seat.
PERSON_THEN_SEAT = re.compile(r"\s*(?P<person>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3})\s*\((?P<party>[^()\d]{2,40})\)\s*,\s*"
                              r"(?P<place>[A-ZÀ-Þ][^()\d,]{2,60}?)\s*")
_BULLET_LEAD = re.compile(r"\s*(?:(?:[-•*»■▪▶►]|>>|\#{1,4}|={2,6}|\d{1,2}[.)]|\d{1,2}/\d{1,2})\s+)?")     # ("1) CHESTER NORTH AND NESTON: ...", a thread's "2/5 ...", a blog's "=== Westbury ===")
_PREPOSITION_FIRST = re.compile(r"(?:In|At|On|For|By|Across|Over|More|Other|Latest|Related|Every|Each|All)\s")     # ("Every Lancashire County Council division that changed hands")
# ("In Abbey Ward, Labour's Jane Smith polled ...": a sentence; "More Somerset results": a teaser box's title)
_GIVEN_NAME_WARD = re.compile(r"[A-ZÀ-Þ][\w'’-]+\s+Ward\b")
_VOTE_FIGURE = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|\d{3,})\b")
_FIGURES_AFTER = re.compile(r"\s*(?:\([^()\d]{1,40}\)\s*)?[:–—,-]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)\s*(?:votes\b|\(?\d{1,2}(?:\.\d+)?\s*%|$)")
_SENTENCE_GOES_ON = re.compile(r"\s+(?:was|is|has|had|were|are|will|would|said|says|took|won|polled|came|finished|got|beat)\b")
# A line that is only a name: "Wimbledon Town and Dundonald", "St Mary's".
_BARE_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:(?:\s+|\s*[—–]\s*)(?:and|of|the|upon|on|&|de|du|des|la|le|di|da|del|sur|[A-ZÀ-Þ][\w'’.-]*(?:/[A-ZÀ-Þ][\w'’.-]*)?)){0,5}"
                        r"|[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}(?:,\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}){1,3}"
                        r"\s+(?:and|AND|&)\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}")
# ("Juan de Fuca-Malahat", "Flamborough—Glanbrook", "Port of Spain North/St Ann's West"; with commas, "HAMILTON, LARKHALL AND STONEHOUSE")


def _after_party_line(doc: Doc, s: int) -> bool:
    """The line above (skipping blanks) is a party's name on its own."""
    k = bisect.bisect_left(doc.line_spans, (s,)) - 1
    while k >= 0:
        a, b = doc.line_spans[k]
        line = doc.text[a:b].strip()
        if line:
            return short_plain(line) and parties().canonical(line) is not None
        k -= 1
    return False


_AU_STATES = r"NSW|VIC|Vic|QLD|Qld|WA|SA|TAS|Tas|ACT|NT"
_STATE_CODE = re.compile(r"\s*\((?:[A-Z]{2,3}|Vic|Qld|Tas)\)$|,\s*(?:" + _AU_STATES + r")$")     # ("Gilmore, NSW")
# An office in capitals leading its result: "COUNTY TREASURER: Treasurer Denise Holloway was re-elected ...".
_CAPS_OFFICE_LEAD = re.compile(r"(?P<office>[A-Z][A-Z.'’-]+(?:,?[ \t]+[A-Z0-9][A-Z0-9.'’-]*){0,6}):[ \t]+(?=[A-Z])")
_STATE_PREFIX = re.compile(r"^State\s+")
# A US district leading its result: "1st Congressional District: Rep. Thomas Caruso (R) 201,556 ...".
_DISTRICT_LEAD = re.compile(r"(?P<place>(?:State\s+(?:Senate|House|Assembly),?\s+)?\d{1,3}(?:st|nd|rd|th)\s+"
                            r"(?:(?:Congressional|Legislative|Senate|House|Assembly)\s+)?District"
                            r"|(?:(?:State\s+)?(?:Senate|House|Assembly|Congressional|Legislative)\s+)?District\s+\d{1,3}):[ \t]+(?=\S)")
_DIVISION_OF = re.compile(r"^(?:(?:Electoral\s+)?Division|DIVISION)\s+(?:of|OF)\s+(?=[A-ZÀ-Þ])")
# An Australian results page's title: "DIVISION OF PATERSON, NSW".
_DIVISION_HEAD = re.compile(r"(?:(?:Electoral\s+)?Division|DIVISION)\s+(?:of|OF)\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,3})"
                            r"(?:\s*,\s*(?:" + _AU_STATES + r"))?\s*")
_CAPS_HEAD_TITLE = re.compile(r"\s*[:–—|]\s+[^\d.!?:;,|]{3,60}[^\d.!?:;,|\s]\s*")     # a headline after the seat: no figures, no full stop
_CALL_BADGE = re.compile(r"(?<=[a-z])\s+(?:IN\s+DOUBT|TOO\s+CLOSE(?:\s+TO\s+CALL)?|UNCALLED|NOT\s+CALLED|UNDECIDED)$"
                         r"|(?<=[\w.)])\s+[—–-]\s+(?i:too\s+close\s+to\s+call|in\s+doubt|not\s+(?:yet\s+)?called|undecided|declared|called)$"    # ("Oakville West (Ont.) — Too close to call", "Carleton — Declared")
                         r"|(?<=[A-Z])\s+FINAL$")     # (a live entry's "CALGARY-ACADIA FINAL")
# A live entry's title that says what someone did: "KESSLER RE-ELECTED" is no seat.
_WINS_WORDS = (" WINS", " HOLDS", " GAINS", " RETAINS", " KEEPS")


def _before_party_wins(head: str) -> str:
    """'MUMBAI NORTH WEST' of 'MUMBAI NORTH WEST SHIV SENA WINS' (the party the longest tail the gazetteer knows); else head."""
    words = head.split()
    for k in range(min(4, len(words) - 2), 0, -1):
        if parties().canonical(" ".join(words[-1 - k:-1])):
            return " ".join(words[:-1 - k])
    return head


_DEED_TAIL = re.compile(r"\s(?:RE-?ELECTED|ELECTED|OUSTED|DEFEATED|CONCEDES|SURVIVES|LOSES|RESIGNS)$")
_OUTCOME_BRACKET = re.compile(r"\s*\(\s*(?P<party>[\w'’ -]{1,30}?)\s+(?:hold|gain|retain|HOLD|GAIN|RETAIN|Hold|Gain|Retain)s?(?:\s+from\s+[\w'’ -]{1,30})?\s*\)\s*$")
_COUNT_NAMED = r"(?:first|1st|primary|final)\s+(?:preferences?|count|votes?|results?)"      # "first preferences", "final count"
_COUNT_SUFFIX = re.compile(r"\s*[—–-]\s*(?:" + _COUNT_NAMED + r"|(?:full\s+|final\s+)?results?)\s*$", re.I)
_NEW_POST = re.compile(r"\s*\((?i:new(?:ly\s+created)?\s+(?:post|seat|office|ward|division|constituency|riding|authority|mayoralty)|first\s+election)\)\s*$")
_COUNT_BRACKET = re.compile(r"\s*\(" + _COUNT_NAMED + r"\)\s*$", re.I)
_WORD_BEFORE_PLACE = re.compile(r"[A-ZÀ-Þ][\w'’-]+[ \t]")     # a word that makes a known place's name another's ("Old Stevenage")
# An at-a-glance line per seat: the seat, then its winner's row ("Cheshunt North - Natalie Greaves (Reform UK) 1,432, maj 311")
_SEAT_DASH_WINNER = re.compile(r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:and|of|the|upon|on|&|[A-ZÀ-Þ][\w'’.-]*)){0,5})\s+[–—-]\s+"
                               r"(?=(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,3}[A-ZÀ-Þ][\w'’-]+\s*\([^()]{2,40}\)\s*\d{1,3}(?:,\d{3})*\b)")
_INLINE_REST = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*|,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?\s+(?:19|20)\d\d\s*)?[:–—-]\s+(?=.*\d)")
_RESULT_THEN_FIGURES = re.compile(r"\s*[:,–—-]?\s*(?:full\s+)?results?\s*[:–—-]\s+(?=[^\d\n]{0,40}\d)", re.I)
_INLINE_REST_NO_FIGURES = re.compile(r"^\s*[–—-]\s+(?=[A-ZÀ-Þ])")
_RESULTS_LEAD = re.compile(r"^(?:(?:UNOFFICIAL|OFFICIAL|FINAL|PRELIMINARY|FULL)\s+)?RESULTS?\s*[:–—-]\s*", re.I)
_COUNCIL_NAMED = re.compile(r"\b(?:[A-Z]{0,2}(?:BC|DC|CC|UA)|MBC|LBC|RBC|Council)$")
_MEMBER_OF_BODY = re.compile(r"(?:Members?|MEMBERS?),\s+(?P<body>[A-Z][\w'’ -]{2,50}?)\s*")
_TO_ELECT = re.compile(r"\s*(?:[–—-]\s*|\(\s*)(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})(?:\s*\(\d{1,2}\))?\s+(?:to\s+(?:be\s+)?elect(?:ed)?|seats?|vacanc(?:y|ies)|councillors?(?:\s+to\s+(?:be\s+)?elect(?:ed)?)?)\s*\)?\s*$", re.I)
_REPORTING_BRACKET = re.compile(r"\s*\(\s*(?:(?:all\s+)?\d[\d,]*(?:\s+of\s+\d[\d,]*)?\s+(?:polls|precincts|polling\s+(?:stations|places|divisions|districts)"
                                r"|boxes|ballot\s+boxes|vote\s+centres|vote\s+centers)(?:\s+(?:reporting|counted|in|declared))?"
                                r"|\d[\d,]*\s+of\s+\d[\d,]*)\s*\)\s*$", re.I)     # (a wire's bare "(29 of 29)": polls reporting)
# A news-in-brief headline's verb: "LIB DEMS TAKE MEADOWFIELD", "ISLA IS NEW YOUNG MAYOR" (no seat's name has one).
_HEADLINE_VERB = re.compile(r"\b(?i:takes?|wins?|keeps?|seizes?|snatch(?:es)?|beats?|ousts?|is|are)\b")
_OUTCOME_WORDS_IN = re.compile(r"\b(?:gain|hold|retain|from)\b", re.I)
_WINNER_LINE = re.compile(r"\s*(?:declared\s+)?winner\s*[:–—]\s*[A-ZÀ-Þ][^\d]{2,80}$", re.I)
_OUTCOME_LINE = re.compile(r"\s*(?:result\s*[:|]\s*)?(?P<party>[A-Z][\w'’ ]{1,30}?(?:\s?\([A-Z]{2,6}\))?)\s+(?:gain|hold|retain)s?(?:\s*[x×]\s*\d)?"
                           r"(?:\s+from\s+[\w'’ ]{1,30}?)?(?:\s*\([^()]{1,20}\))?\s*(?:[.·](?:\s.*)?)?$", re.I)     # the line's first sentence
# ("Liberal gain from Bloc · Polls reported: 214/214")


# A live entry's or round-up's badge after the seat: "DHANBAD DECLARED: BJP's ..." is Dhanbad.
_RESULT_TAIL = re.compile(r"\s+RESULTS?$")
BADGE_WORD_TAIL = re.compile(r"\s+(?:DECLARED|Declared|CALLED|Called|CONFIRMED|Confirmed)$")
# A race's call after its office: "County Commissioner, Precinct 4 – TOO CLOSE TO CALL".
_CALL_STATUS = re.compile(r"\s*[–—-]\s*(?:too\s+close\s+to\s+call|uncalled|not\s+(?:yet\s+)?called|called|race\s+called|recount)\s*$", re.I)
# A court's seat as a results page heads it: "Ohio Supreme Court, Justice (Donnelly seat)", "Cuyahoga County Court of Common Pleas, General Division".
_COURT_HEAD = re.compile(r"(?:(?:\d{1,2}(?:st|nd|rd|th)|[A-Z][\w.'’-]*),?\s+){0,5}Court(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                         r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s*\([^()]{1,30}\))?")
_AREA_BRACKET_END = re.compile(r"\s*\((?:[A-Z][\w'’-]*\s+)+(?:County|Parish|District)\)$")     # ("(Cuyahoga County)": where, not which seat)
_OFFICE_OF = re.compile(r"^(?i:(?:the\s+)?office\s+of\s+(?:the\s+)?)(?=\S)")
_MAYORAL_HEAD = re.compile(r"(?i:mayoral)\s+(?i:election|race|contest|ballot)(?:\s+(?i:results?))?")
_OFFICE_TITLE = re.compile(
    r"(?:(?:[A-Z][\w'’.-]+\s+){0,2}(?:County|City|Town|Village|Township|Unified|(?:Area\s+|Unified\s+|Community\s+|Independent\s+)?School\s+District)\s+)?"
    # ("Arroyo Verde Unified School Board", "Eau Claire Area School District Board of Education")
    r"(?:Commission(?:er)?|Sheriff|Assessor|Auditor|Clerk|Treasurer|Coroner|Recorder|Prosecuting\s+Attorney|District\s+Attorney"
    r"|(?:(?:Superior|District|Circuit|Municipal|Supreme|Probate)\s+(?:Court\s+)?)?Judge|(?:Superior|District|Circuit|Municipal|Probate)\s+Court"
    r"|Mayor|Council(?:\s*[Mm]ember)?|Councill?ors?|School\s+Board(?:\s+Member)?"
    r"|(?:County\s+)?Board\s+of\s+(?:Education|Commissioners|Supervisors|Trustees|Aldermen)|Reeve|Deputy\s+Mayor|Warden"
    r"|Register\s+of\s+(?:Deeds|Wills|Probate)|County\s+Executive|Surveyor|Public\s+Defender|Tax\s+Collector|Property\s+Appraiser"
    r"|Supervisor\s+of\s+Elections|Clerk\s+of\s+(?:the\s+)?(?:Circuit\s+|Superior\s+)?Court|Comptroller|Controller|Constable"
    r"|Justice\s+of\s+the\s+Peace|Solicitor|(?:Lieutenant\s+)?Governor|Attorney\s+General|Secretary\s+of\s+State)"     # (a state page's "Governor" card)
    r"(?:(?:\s*(?:,|[-–—])?\s+(?:(?:District|Ward|Position|Seat|Place|Precinct|Post|(?:Trustee\s+)?Area|Zone|Dept\.?|No\.)\s*\w{1,3}"
    r"|\d{1,2}(?:st|nd|rd|th)\s+(?:District|Ward|Precinct))){1,2}"     # ("COUNTY COMMISSIONER — 2ND DISTRICT")
    r"|,\s+[A-Z0-9][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:Judicial\s+)?(?:District|Circuit|Division)(?:\s+Court)?)?"     # ("District Judge, Fourth Judicial District", "Judge, 483rd District Court")
    r"(?:\s*\([A-Z][^()]{0,30}\s(?i:vacancy)\))?")     # ("Circuit Judge (Mayhew vacancy)": which of the court's seats)
# ("County Commission, District 3", "Board of Education, Post 5", "District Court, District 5, Seat 3")
_COUNCILLOR_FOR = re.compile(r"(?:Councillor|Council\s*member|Council|Trustee|Alderman|Alderperson|School\s+Trustee)s?\s*(?:,|[-–—:])?\s+"
                             r"(?P<place>(?:Ward|District|Division)\s+(?:\d{1,3}|[A-Z]))")
_ACCLAIMED_ROW = re.compile(r"\s*[A-ZÀ-Þ][^\d\n]{2,60}?\s*[-–—:]\s*(?:acclaimed|elected\s+by\s+acclamation|unopposed|elected\s+unopposed)\s*\.?\s*", re.I)


def _acclaimed_below(doc: Doc, e: int) -> bool:
    """The next line names someone returned without a vote: "Wayne Friesen - acclaimed"."""
    return _ACCLAIMED_ROW.fullmatch(_next_line(doc, e)) is not None


_LEGISLATIVE_DISTRICT = re.compile(r"(?:Legislative|Congressional|Senate|Assembly|House)\s+District\s+\d{1,3}" + _DISTRICT_SEAT)
_STATE_DISTRICT = re.compile(r"(?P<state>" + _US_STATES + r")\s*[-–—:,]\s*(?:Congressional\s+)?District\s+(?P<n>\d{1,2})")
_US_HOUSE = re.compile(r"^\s*(?:U\.?\s?S\.?\s+HOUSE|HOUSE\s+OF\s+REPRESENTATIVES|CONGRESS)\b", re.I)


def _ordinal_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")




_PUBLISHED_LINE = re.compile(r"\s*(?:Published|Updated|Posted)(?:\s+(?:at|on))?\s*:", re.I)
_BYLINE_NAME = re.compile(r"\s*(?:By\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s*")


def _dateline(doc: Doc, s: int, e: int) -> bool:
    """A place alone between the author's name and "Published at :": where the story was filed, no contest
    ("Nirmal Rai" / "Ilam" / "Published at : April 29, 2024")."""
    return bool(_PUBLISHED_LINE.match(line_after(doc, e))) and bool(_BYLINE_NAME.fullmatch(_prev_line(doc, s)))


def _person_over_party(doc: Doc, name: str, e: int) -> bool:
    """A card's name in capitals over its party and figures ("CLIVE JONES" / "Liberal Democrats | 25,743 votes | 47.7%"):
    a person, no section's seat."""
    votes = VOTES_LINE.match(doc.text, e + 1) if doc.text.startswith("\n", e) else None
    if votes and _votes_card_below(doc, votes.end()):
        return True     # "MARISOL FERREIRA" / "61,408 votes (43.7%)" / "Dan Kovacevic" / "52,977 votes": winners in capitals
    if given_name_gender(name) is None:
        return False
    below = _next_line(doc, e).strip()
    return any(ch.isdigit() for ch in below) and any(parties().canonical(cell.strip()) for cell in re.split(r"\s*[|·•,]\s*|\t|\s{2,}", below)[:1])


def _stamp_above(doc: Doc, s: int) -> bool:
    """The line above is a live-blog entry's time stamp alone: this line is the entry's title."""
    prev = _prev_line(doc, s)
    m = TIMESTAMP.match(prev)
    return bool(m) and m.end() >= len(prev.rstrip())


SAINTS = re.compile(r"\b(?:St|Saint)\.?\s+[A-ZÀ-Þ][\w-]+['’]s$")     # "Toronto—St. Paul's": a saint's, the name's own


def _prev_line(doc: Doc, s: int) -> str:
    text = doc.text
    end = s - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    if end <= 0:
        return ""
    return text[text.rfind("\n", 0, end) + 1:end]


# A paragraph that opens on a win with its count: "Conservative Brent Shantz held the riding, finishing 2,706 votes ahead ...".
_SENTENCE_PART = r"(?:[^.]|(?<=\d)\.(?=\d)){0,120}?"        # (a decimal point is no sentence's end: "1.7 lakh")
_WIN_VERBS = r"held|holds|won|wins|beat|beats|defeated|re-elected|elected|took|kept|retained|gained|flipped"
_WIN_WITH_COUNT = r"\b(?:" + _WIN_VERBS + r"|polled)\b" + _SENTENCE_PART \
    + r"(?:\d[\d,]*(?:\.\d+)?\s*|(?:one|two|three|four|five)\s+)(?:lakh\s+|crore\s+)?(?:votes|per\s+cent|%)"
_WIN_IN_FIRST_SENTENCE = re.compile(r"[^.]{0,120}?\b(?:" + _WIN_VERBS + r")\b[^.]{0,120}?\d[\d,]*\s*(?:votes|per\s+cent|%)")
# A reserved seat's own heading ("Hajipur (SC)") may be followed by a sentence of background first: "The seat ... stayed
# with the LJP (Ram Vilas). Its candidate, Anand Kishore Ram, won by 1.7 lakh votes".
_WIN_IN_TWO_SENTENCES = re.compile(_SENTENCE_PART + r"(?:\.\s+" + _SENTENCE_PART + ")?" + _WIN_WITH_COUNT)
_MONEY_BELOW = re.compile(r"[^£$€]{0,200}[£$€]\s?\d")
_RESERVED_SEAT = re.compile(r"\s\((?:SC|ST)\)$")      # an Indian seat reserved for Scheduled Castes or Tribes


def _win_below(doc: Doc, e: int, sentences: int = 1) -> bool:
    """The paragraph under a name alone reports who won it, with figures (the name is told elsewhere in the story too)."""
    return (_WIN_IN_TWO_SENTENCES if sentences == 2 else _WIN_IN_FIRST_SENTENCE).match(_next_line(doc, e)) is not None


_SEATS_OR_ELECTORS = r"(?:number\s+of\s+)?(?:councillors|seats|members|vacancies)(?:\s+to\s+be\s+(?:elected|filled))?|electorate|registered\s+(?:electors|voters)"
_SEATS_AND_ELECTORATE = re.compile(r"\s*(?:" + _SEATS_OR_ELECTORS + r")"
                                   r"\s*:\s*[\d,]+(?:\s*[|·•,;]\s*(?:electorate|registered\s+(?:electors|voters)|(?:number\s+of\s+)?(?:councillors|seats)[\w ]*)\s*:\s*[\d,]+)*\s*", re.I)
_FACT_LABEL = re.compile(r"\s*(?:" + _SEATS_OR_ELECTORS +
                         r"|(?:total\s+)?ballot\s+papers\s+(?:issued|counted|rejected)|(?:rejected|spoilt|spoiled)\s+(?:ballot\s+)?(?:papers|ballots|votes)|turnout(?:\s*\(%\))?)\s*:?\s*", re.I)
_FACT_LINE = re.compile(_FACT_LABEL.pattern + r"\d[\d,.]*\s*%?\s*", re.I)      # "Ballot papers issued: 2,444", "Turnout: 30.12%"
# A round-up's lines between a ward and its rows: its council ("Sheffield City Council") and why it fell vacant ("Cause: death of ...").
_COUNCIL_OR_CAUSE_LINE = re.compile(r"[ \t]*(?:(?:[A-Z][\w'’.-]*[ \t]+){1,4}(?:Council|COUNCIL)|(?:Cause|Reason|Vacancy)[ \t]*:[^\n]{1,120})[ \t]*")
_RESULTS_WORD_LINE = re.compile(r"[ \t]*(?:Results?|RESULTS?)[ \t]*:?[ \t]*")     # a portal's "Results" over a ward's table
_FIGURE_LINE = re.compile(r"[ \t]*\d[\d,.]*\s*%?[ \t]*(?:\n|$)")
_LAST_WINNER_LINE = re.compile(r"\s*(?:(?:won|held|winner)\s+in\s+(?:19|20)\d\d|(?:19|20)\d\d\s+(?:winner|result)|previously\s+held\s+by)\s*:\s*[^\d]{2,40}$", re.I)


def _ward_line_above(doc: Doc, s: int) -> bool:
    """The line right above, with no blank line between, is a name in capitals ("HILLSBOROUGH")."""
    if s < 1 or doc.text[s - 1] != "\n" or doc.text[max(0, s - 2):s] == "\n\n":
        return False
    prev = _prev_line(doc, s).strip()
    return bool(prev) and prev.isupper() and not any(ch.isdigit() for ch in prev)


def _council_line_after(doc: Doc, e: int) -> bool:
    """The next line names the seat's council ("Cornwall Council"), as a round-up prints it under the ward."""
    after = line_after(doc, e)
    return "ouncil" in after and _COUNCIL_OR_CAUSE_LINE.fullmatch(after) is not None


def _next_line(doc: Doc, e: int) -> str:
    """The next line with words, past blank lines and a count's progress ("22 of 22 precincts - 100 percent")."""
    text = doc.text
    nxt = text.find("\n", e) + 1
    while 0 < nxt < len(text):
        end = text.find("\n", nxt)
        line = text[nxt:end if end > 0 else len(text)]
        if _FACT_LABEL.fullmatch(line) and _FIGURE_LINE.match(text, end + 1):
            end = text.find("\n", end + 1)     # a council page's "Seats to be filled" / "1", "Electorate" / "8,233", one cell per line
        elif line.strip() and not _REPORTING.match(line) and not _LAST_WINNER_LINE.match(line) and not _VOTE_FOR.fullmatch(line) \
                and not _PARTY_PRIMARY_LINE.fullmatch(line) and not _SEATS_AND_ELECTORATE.fullmatch(line) and line.strip() not in _REGIONS \
                and not (":" in line and _FACT_LINE.fullmatch(line)) and not _COUNCIL_OR_CAUSE_LINE.fullmatch(line) \
                and not _DECLARED_STATUS.fullmatch(line) and not _RESULTS_WORD_LINE.fullmatch(line):
            return line     # (nor "Won in 2021: Conservative" between a division's name and its table, nor "Vote For 1", "Republican Primary",
            # nor "Number of councillors to be elected: 2 | Electorate: 7,912", nor a box's "Nova Scotia" under "Halifax West")
        if end < 0:
            break
        nxt = end + 1
    return ""


def _past_date_line(doc: Doc, e: int) -> int:
    """Where the line after a page's date starts, when the next line is only a date; else e."""
    nxt = _next_line(doc, e)
    if nxt and DATE_ONLY.fullmatch(nxt):      # a page's date alone between a seat's name and its rows: "Friday 5 July 2024"
        at = doc.text.find(nxt, e)
        return at + len(nxt)
    return e


def _results_below(doc: Doc, e: int) -> bool:
    return _row_below(doc, e) or _table_below(doc, e) or _outcome_below(doc, e)


_PARTY_PRIMARY_LINE = re.compile(r"\s*(?:Republican|Democratic|Democrat|Libertarian|GOP)\s+(?:Party\s+)?(?:Primary|Runoff|Primary\s+Runoff)\s*", re.I)
_REPORTING = re.compile(r"\s*(?:vote\s+for\s+(?:not\s+more\s+than\s+)?\d{1,2}\s*[·|•,;]?\s+)?(?:(?:preliminary|unofficial|official|final)\s+results?\s*[,:]?\s+)?(?:(?:too\s+close\s+to\s+call|in\s+doubt|not\s+called|(?:[A-Z]{2,5}\s+)?(?:leading|ahead))\s*[·|•–—-]\s*)?(?:(?:precincts|polls)\s+report(?:ed|ing)\s*:?\s*\d[\d,]*\s*(?:of|/)\s*\d[\d,]*|\d[\d,]*\s+of\s+\d[\d,]*\s+(?:precincts|polls|wards|voting\s+places|polling\s+(?:places|stations|districts))|\d{1,3}%\s+of\s+(?:(?:expected\s+)?votes?|ballot\s+boxes|polls|precincts)"
                        r"|(?:precincts|polls)\s*(?:reporting)?\s*:\s*\d{1,3}(?:\.\d)?%(?:\s+reporting)?"
                        r"|(?:votes\s+)?counted\s*:\s*\d{1,3}(?:\.\d{1,2})?\s*%(?:\s+of\s+(?:enrolment|enrollment|the\s+roll))?)", re.I)     # ("Precincts: 98% reporting", "Votes counted: 80.7% of enrolment")


# An office over its count's progress and rows, as a US results page lists its races.
_OFFICE_OVER_PROGRESS = re.compile(r"[A-Z][\w.'’&-]*(?:\s+[\w.'’&#-]+){0,5}(?:,\s*[\w.'’&#-]+(?:\s+[\w.'’&#-]+){0,4}){0,3}:?")
_BALLOT_MEASURE = re.compile(r"(?:Proposition|Prop\.|Amendment|Question|Measure|Issue|Referendum|Levy|Bond|Initiative)\b", re.I)


_NEXT_WORDS = re.compile(r"\n\s*([^\n]*\S)")


def line_after(doc: Doc, e: int) -> str:
    """The next line with words (blank lines skipped; unlike _next_line, a count's progress is not)."""
    m = _NEXT_WORDS.match(doc.text, e)
    return m.group(1) if m else ""




_CARD_STATUS = re.compile(r"\s*(?:results?\s+declared|counting\s+in\s+progress\b[^\n]{0,30})\s*", re.I)     # "Result Declared", "Counting in progress · Round 24/26"
_TITLE_LINE = re.compile(r"[A-ZÀ-Þ][^\d.,;:!?|]{1,50}")     # a short name-like line: "Nanaimo—Ladysmith", "Parliamentary constituency"


_CELL_GAP = re.compile(r"\s{2,}|\t|\|")       # a table's header line, not a heading: "Candidate  Party  Votes  Pct."


def _row_below(doc: Doc, e: int) -> bool:
    """The next line is a candidate's row ("Lara" / "Michael Byrne-Tate (Labor) 20,118 – 52.6% ELECTED")."""
    from .lines import party_tools      # (lines reads rows; headings is read before it)
    from .rows import parse_cells, parse_row, split_cells
    is_party, split_glued = party_tools(doc.country)
    line = _merged_row_after(doc, e) or _next_line(doc, e)
    cells = split_cells(line) if line else []
    return bool(line) and (parse_row(line, is_party, split_glued) is not None
                           or len(cells) >= 2 and parse_cells(cells, None, is_party) is not None)


def _merged_row_after(doc: Doc, e: int) -> Optional[str]:
    """The next span, when it is a row the document merged from a table flattened one cell per line."""
    k = bisect.bisect_left(doc.line_spans, (e + 1,))
    while k < len(doc.line_spans) and not doc.text[doc.line_spans[k][0]:doc.line_spans[k][1]].strip():
        k += 1
    if k < len(doc.line_spans):
        a, b = doc.line_spans[k]
        return doc.text[a:b] if "\n" in doc.text[a:b] else None
    return None


def _place_line_above(doc: Doc, s: int) -> bool:
    """The line above is a seat's name alone ("Nanaimo—Ladysmith" / "British Columbia"): this one is its region."""
    if doc.text[max(0, s - 2):s] == "\n\n":
        return False        # (a blank line between: "Results" or a card's last "Change n/a" over the next seat's name)
    above = _prev_line(doc, s).strip()
    return bool(above) and (places().canonical(above) is not None
                            or _TITLE_LINE.fullmatch(above) is not None and len(above.split()) <= 5)    # (not a sentence: "Search by riding name or postal code")


def _outcome_below(doc: Doc, e: int) -> bool:
    """The next line says which party won: "Labor gain from Liberal (notional)", "SNP hold"."""
    line = _next_line(doc, e)
    if _WINNER_LINE.match(line):
        return True     # "Winner: Sunita Rani Chauhan — Congress"
    sides = line.split(" / ")
    for said in [line, *sides] if len(sides) > 1 else sides:     # (a bilingual page's: "Bloc hold / Bloc conserve", "Gain PLC (de BQ) / Liberal gain from Bloc")
        m = _OUTCOME_LINE.match(said)
        if m and parties().canonical(m.group("party")):
            return True
    return False


def _table_below(doc: Doc, e: int) -> bool:
    """A name alone on its line right above a candidates table's header ("Stowford and Lea" / "Candidate | Party | Votes")."""
    from .rows import header_map, split_cells      # (rows is the row parser; headings is read before it)
    line = _next_line(doc, e)
    at = doc.text.find(line, e) if line else -1
    end = at + len(line)
    k = bisect.bisect_left(doc.line_spans, (at,)) if at >= 0 else len(doc.line_spans)
    span = doc.line_spans[k][1] if k < len(doc.line_spans) and doc.line_spans[k][0] == at else None
    if span is not None and "\n" in doc.text[at:span]:
        line, end = " | ".join(c for c in doc.text[at:span].split("\n") if c.strip()), span      # a table flattened one cell per line: "Candidate" / "Votes" / "Pct."
    hm = header_map(split_cells(line))
    if hm and "votes" in hm.columns and line[:1] in (" ", "\t") and _row_below(doc, end):
        return True     # a printout's header over its figure columns only ("      TOTAL      VOTE %"), a row under it
    return bool(hm and "name" in hm.columns and ("votes" in hm.columns or "share" in hm.columns))


def _table_after_paragraph(doc: Doc, e: int) -> bool:
    """A name alone on its line, one paragraph of prose, then a candidates table: a page's section ("Badshahpur" /
    "The most populous seat in the district gave the day's biggest win. ..." / "Candidate | Party | Votes | Vote %")."""
    line = _next_line(doc, e)
    if len(line) < 40 or not line.rstrip().endswith((".", "”", '"')) or "|" in line or "\t" in line:
        return False
    at = doc.text.find(line, e)
    # (or its rows: a live entry's "CALGARY-ACADIA FINAL" / "All 41 polls reporting. ..." / "Whitford (NDP) 11,204 — 50.9%")
    return at >= 0 and (len(line) >= 80 and _table_below(doc, at + len(line)) or _row_below(doc, at + len(line)))


def _named_again_below(doc: Doc, e: int, name: str) -> bool:
    """A section heading that is only a name is a contest when the first sentence below it
    places something there: "... held all three seats in Wimbledon Town and Dundonald"."""
    text = doc.text
    nxt = text.find("\n", e) + 1
    while 0 < nxt < len(text) and text[nxt] == "\n":
        nxt += 1
    if nxt <= 0:
        return False
    end = min(len(text), nxt + 300)
    if text.find(name, nxt, end) < 0:
        return False
    stop = text.find(". ", nxt, end)
    sentence = text[nxt:stop if stop > 0 else end]
    # (the whole name: "in Inverclyde" is not "in Inverclyde and Renfrewshire West")
    return re.search(r"\b(?:[Ii]n|for|of|at|held|holds|won|wins|gained|gains|took|takes|retained|kept|captured)\s+(?:the\s+)?"
                     r"(?:(?:neighbouring|neighboring|nearby|marginal|safe|bellwether)\s+)?"     # ("In neighbouring Mundingburra, ...")
                     + re.escape(name) + r"(?![\w'’-]|\s+(?:and|&)\s|\s+[A-ZÀ-Þ])", sentence) is not None \
        or re.match(re.escape(name) + r"(?:['’]s)?\s+(?:voters|electors|residents)\b", sentence) is not None    # "Innisfail voters went with ..."


def generic_words(place: str) -> bool:
    """'Parliamentary constituency' names no place: every word is a common word."""
    stop = _lists()["stopwords"]
    return all(_POSSESSIVE_END.sub("", w.lower()) in stop for w in re.split(r"[\s-]+", place.strip()) if w)     # ("First-count result", "Wednesday's")



def region_name(place: str) -> bool:
    """A state's, province's, county's, nation's or country's name: an area holding seats, not one."""
    lists = _lists()
    return place in lists["us_states"] or place in lists["provinces_and_states"] or place in lists["area_words"] \
        or nation_name(place)


def nation_name(place: str) -> bool:
    """A country's or one of the UK's nations' name: never one seat's."""
    return place in _lists()["nations"]


def no_seat_word(place: str) -> bool:
    """A country's, state's or county's name, a month's or a common word: no seat a sentence opens in."""
    return generic_words(place) or region_name(place) or any(w.lower() in _lists()["stopwords"] for w in place.split()[:1])


_POSSESSIVE_END = re.compile(r"['’]s$")
_CAPS_RESULT_TAIL = re.compile(r"\s*(?:[,–—:]\s*|-\s*)?(?:(?:ELECTION\s+|FULL\s+)?RESULTS?|DECLARED)\b")
_COUNT_TITLE_TAIL = re.compile(r"\s*" + _COUNT_TITLE, re.I)
_ONE_OUTCOME = r"(?:GAIN|HOLD|Gain|Hold|gain|hold)(?:\s+(?:FROM|[Ff]rom)\s+[A-Za-z ]{2,25}?)?(?:\s*[x×]\s*\d)?"
_OUTCOME_ONLY = re.compile(r"(?P<who>[A-Z][A-Za-z]{1,5}(?:\s[A-Z]{2,5})?|[A-Z][A-Z]{1,11}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+" + _ONE_OUTCOME
                           + r"(?:\s+(?:and|AND|&)\s+(?:[A-Z][A-Za-z]{1,11}\s+){1,2}" + _ONE_OUTCOME + r")*")     # ("LIB DEM HOLD AND LIB DEM GAIN FROM CONSERVATIVE")


def _outcome_only(line: str) -> bool:
    """"LAB GAIN FROM CON", "Green gain from Lab": the outcome with no place (not "Wendling Green gain from Lab")."""
    m = _OUTCOME_ONLY.fullmatch(line)
    if not m:
        return False
    first, _, second = m.group("who").partition(" ")
    return not (second and parties().canonical(second) and not parties().canonical(m.group("who")) and not parties().canonical(first))
_DETERMINER = re.compile(r"(?i:the|this|that|each|every|our|your|their|his|her|its|any|one|which|whose|same|other|another)")     # "The ward result, as declared ...:" names no ward
# A news-in-brief title naming the seat by its new member: "NEW MP FOR STRATFORD", "WESTBURY'S NEW COUNCILLOR".
_MEMBER = r"(?:MP|MSP|MS|MLA|MPP|TD|COUNCILLOR|MAYOR|MEMBER)"
_MEMBER_FOR_TITLE = re.compile(rf"(?:(?:THE\s+)?NEW\s+)?{_MEMBER}\s+FOR\s+(?P<place>[A-Z][\w'’ -]{{1,40}})"
                               rf"|(?P<owner>[A-Z][\w'’ -]{{1,40}}?)['’]S\s+NEW\s+{_MEMBER}")
_COUNT_STAGE = re.compile(r"\b(?:ROUND|COUNT|STAGE|PREFERENCES?|TOTALS?|VOTES?|SEATS?|WINNERS?|CANDIDATES?)\b")     # "FIRST ROUND" titles a count
_SEAT_FIELD = re.compile(r"(?:^|(?<=\s))(?:CONSTITUENCY|Constituency|ELECTORAL\s+DIVISION|Electoral\s+division|WARD|Ward)"
                         r"(?:\s+(?:No\.?|NO\.?)\s*(?:&|and|AND)\s*(?:Name|NAME)|\s+(?:Name|NAME))?\s*:\s*(?:\d{1,4}\s*[-–.]\s*|\d{1,4}\s+(?=[A-ZÀ-Þ]))?"      # an Indian sheet's "Ward No. & Name : 24 - JAHANGIR PURI"
                         r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[ \t](?:[A-ZÀ-Þ][\w'’.-]*|and|AND|of|OF|&))*?)(?=[ \t]{2,}|\s*$|\s*[|,;]|\s+\(|(?<=[a-z'’])[A-Z][a-z]+\s+of\s)")    # (a PDF's next field run on: "Ward: CanalsideNumber of ...")
_TRAILING_AREA = re.compile(r"\s*\(([A-ZÀ-Þ][^()\d]{1,30}|(?:PC|AC)\s+No\.?\s*\d{1,3})\)\s*$")     # (or its number: "Etah (PC No. 22)")
_AREA_IN_BRACKETS = re.compile(r"\s*\([^()\d]{2,50}\)\s*")


def area_only(place: str) -> bool:
    """'Essex', 'Welsh', 'West Country': where a seat is, not which ("took the Essex seat"), unless
    the gazetteer knows it as a seat ("the North Norfolk seat")."""
    areas, stop = _lists()["area_words"], _lists()["stopwords"]
    words = [w for w in re.split(r"[\s-]+", place.strip()) if w]
    return bool(words) and (all(w in areas or w.lower() in stop for w in words) or region_name(place.strip())) \
        and places().canonical(place) is None      # ("keeping the Selangor seat": a state's)


def short_plain(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) < 28 and not any(ch.isdigit() for ch in line) and not line.endswith((".", ":", "?", "!"))


def in_menu(doc: Doc, s: int) -> bool:
    """A bare place line between two short plain lines is a navigation item, not a heading."""
    spans = doc.line_spans
    i = next((k for k, (a, _) in enumerate(spans) if a == s), None)
    if i is None:
        return False
    near = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(spans) and not doc.text[spans[k][0]:spans[k][1]].strip():
            k += step
        line = doc.text[spans[k][0]:spans[k][1]] if 0 <= k < len(spans) else ""
        near.append(short_plain(line) and not _BADGE_LINE.fullmatch(line.strip()))
    return all(near)


# A result badge under a seat's name, not a menu item: "LAB HOLD", "LAB GAIN FROM CON", "Reform gain".
_BADGE_LINE = re.compile(r"[\w ]{1,25}?\s+(?:hold|gain)(?:\s+from\s+[\w ]{1,25})?", re.I)


def ending_place(doc: Doc, name: str) -> str:
    """A section titled by the end of a seat's name ("RIVERSIDE" over "Kim Johnson held Liverpool Riverside")
    is that seat, when the story names one such seat and the gazetteer knows no seat by the short name."""
    if places().canonical(name) is not None:
        return name
    return _the_one_longer(doc, name, lambda longer, key: longer.endswith(" " + key))


def _the_one_longer(doc: Doc, name: str, fits) -> str:
    key = place_key(name)
    longer = {m.canonical for m in doc.places if fits(place_key(m.canonical), key)}
    return longer.pop() if len(longer) == 1 else name


def full_place(doc: Doc, name: str) -> str:
    """A shortened seat name ('Chingford') stands for the article's full one ('Chingford and Woodford Green')."""
    return _the_one_longer(doc, name, lambda longer, key: longer.startswith((key + " ", key + "-")))     # ("Weston")
