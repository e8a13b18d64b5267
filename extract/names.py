"""Person names: capitalised runs that are not parties, places or page words.

The rules are lists in ``data/names.json`` (honorifics, words that are never part
of a person's name, name particles), loaded once.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Optional

__all__ = ["LATIN_LETTER", "surname_acts", "PersonSpan", "find_people", "surname_party_word", "after_capitalised_word", "clean_name", "surname", "flip_surname_first", "honorific_gender", "given_name_gender", "title_case"]

_INITIAL = re.compile(r"[A-Z]\.")
# Initials that are a place's, not a person's: "U.S. Rep.", "B.C. Conservative"
_PLACE_INITIALS = re.compile(r"(?:U\.S\.|U\.K\.|B\.C\.|N\.S\.|N\.B\.|N\.Z\.|D\.C\.|P\.E\.I\.|U\.N\.|E\.U\.|N\.L\.|N\.W\.T\.)(?![A-Z]\.)")


def _initials_from(run: list) -> int:
    """Where the initials pressed together at the end of a run begin ("K.R." of "Dr K.R.")."""
    k = len(run) - 1
    while k > 0 and run[k - 1][1] == run[k][0] and _INITIAL.fullmatch(run[k - 1][2]):
        k -= 1
    return run[k][0]


# A word as names are written: letters, inner apostrophes/hyphens, an initial "V.".
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*[^\W\d_])?\.?|[A-Z]\.")


@dataclass
class PersonSpan:
    name: str          # cleaned: no honorific, no party prefix
    start: int         # offsets of the cleaned name in the text
    end: int
    honorific: Optional[str] = None
    possessive: bool = False   # "Keegan's 13,368"


@functools.lru_cache(maxsize=1)
def _lists() -> dict:
    data = json.loads(resources.files("extract").joinpath("data/names.json").read_text("utf-8"))
    lists = {k: (set(v) if isinstance(v, list) else v) for k, v in data.items()}
    # The 2024 candidates' first names (scripts/build_given_names.py) widen the hand lists; a name the
    # hand lists give one gender and the candidates the other is given to both, so neither.
    told = json.loads(resources.files("extract").joinpath("data/given_names.json").read_text("utf-8"))
    female, male = lists["female_given_names"], lists["male_given_names"]
    both = female & set(told["male"]) | male & set(told["female"])
    lists["female_given_names"] = (female | set(told["female"])) - both - male
    lists["male_given_names"] = (male | set(told["male"])) - both - female
    return lists


def honorific_gender(honorific: Optional[str]) -> Optional[str]:
    """'F', 'M' or None, for resolving 'she' and 'he'."""
    if not honorific:
        return None
    lists = _lists()
    h = honorific.rstrip(".").lower()
    if h in lists["female_honorifics"]:
        return "F"
    if h in lists["male_honorifics"]:
        return "M"
    return None


def given_name_gender(name: str) -> Optional[str]:
    """'F', 'M' or None from a full name's first word ('Cat Smith' -> None, 'Lorraine Beavers' -> 'F')."""
    first = name.split(" ", 1)[0]
    if first == name:
        return None         # a lone surname says nothing
    return _first_name_gender(first)


def _first_name_gender(word: str) -> Optional[str]:
    lists = _lists()
    if word in lists["female_given_names"]:
        return "F"
    if word in lists["male_given_names"]:
        return "M"
    return None


# A letter of the Latin script (with accents): what is left of a name printed in two scripts.
LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


_NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+")


def clean_name(name: str) -> str:
    """Drop honorifics and a trailing possessive.

    >>> clean_name("Sir Keir Starmer"), clean_name("Ms Caliskan's"), clean_name('Kevin "Taxi Kev" Llewellyn')
    ('Keir Starmer', 'Caliskan', 'Kevin Llewellyn')
    """
    name = _NICKNAME.sub(" ", name)         # 'Kevin "Taxi Kev" Llewellyn'
    words = name.split()
    lists = _lists()
    while len(words) > 1 and words[0].rstrip(".").lower() in lists["honorifics"]:
        words = words[1:]
    out = " ".join(words)
    return re.sub(r"['’]s?$", "", out)


def surname(name: str) -> str:
    """
    >>> surname("Iain Duncan Smith"), surname("Caoimhe Ní Bhriain"), surname("Shankargouda V. Patil")
    ('Smith', 'Bhriain', 'Patil')
    """
    return name.split()[-1]


def flip_surname_first(text: str) -> str:
    """'CROSBIE, Virginia' -> 'Virginia Crosbie' (returning officers' order).

    >>> flip_surname_first("CROSBIE, Virginia"), flip_surname_first("McMORRIN, Anna"), flip_surname_first("TETTEH, SAMUEL NII AYI")
    ('Virginia Crosbie', 'Anna McMorrin', 'Samuel Nii Ayi Tetteh')
    """
    last, _, first = text.partition(",")
    last = " ".join(_uncapped(w) for w in last.split())
    last = "-".join(p[:1].upper() + p[1:] for p in last.split("-"))
    first = first.strip()
    if first.isupper() and (len(first) > 3 or _first_name_gender(first.title()) is not None):
        first = title_case(first)       # "TETTEH, SAMUEL NII AYI": a declaration sheet in capitals ("HUTCHINS, BEV"; not "SMITH, JD")
    suffix = _NAME_SUFFIX.search(first)
    if suffix:      # "ENRIQUEZ, ANTONIO JR. V.": the suffix ends the name, "Antonio V. Enriquez Jr."
        first = (first[:suffix.start()] + first[suffix.end():]).strip()
        return f"{first} {last.strip()} {suffix.group('suffix')}".strip()
    return f"{first} {last.strip()}".strip()


_NAME_SUFFIX = re.compile(r"(?:^|\s)(?P<suffix>Jr\.?|Sr\.?|JR\.?|SR\.?|II|III|IV)(?=\s|$)")


# "McMORRIN", "MacDONALD": a surname in capitals after its prefix.
SURNAME_PREFIXES = r"Mc|Mac|Fitz|De|Di|Da|Le|La|Van|Von"      # (rows' declaration names use them too: "McMAHON, Jim")
_CAPS_AFTER_PREFIX = re.compile(r"(" + SURNAME_PREFIXES + r")([A-Z][A-Z'’-]+)")


def _uncapped(word: str) -> str:
    if word.isupper():
        return title_case(word)
    m = _CAPS_AFTER_PREFIX.fullmatch(word)
    return m.group(1) + title_case(m.group(2)) if m else word


_SMALL_WORDS = {"and", "of", "the", "upon", "on", "in", "with", "under", "by", "de", "la", "le", "du", "van", "von"}


_ACRONYM = re.compile(r"(?!(?:ST|MT|FT|DR|MR|MRS|MS|JR|SR)$)[B-DF-HJ-NP-TV-XZ]{2,4}")     # no vowel: no word to write in lower case


def title_case(text: str) -> str:
    """Capitals as names are written, for text printed in capitals.

    >>> title_case("O'NEILL"), title_case("ST BOTOLPH'S"), title_case("STOKE-ON-TRENT"), title_case("WEST–NEPEAN"), title_case("McKENNA")
    ("O'Neill", "St Botolph's", 'Stoke-on-Trent', 'West–Nepean', 'McKenna')
    """
    def word(w: str, first: bool) -> str:
        if not first and w.lower() in _SMALL_WORDS:
            return w.lower()
        if not first and _ACRONYM.fullmatch(w):
            return w        # "POTONG PASIR SMC", "ALJUNIED GRC": a seat's type, in capitals as written
        # After an apostrophe a name goes on in capitals (O'Neill, D'Arcy), a possessive does not; so after "Mc" (McKenna).
        w = re.sub(r"(?<=['’])[^\W\d_]{2,}", lambda m: m.group().capitalize(), w.capitalize())
        return "Mc" + w[2:].capitalize() if w.startswith("Mc") and len(w) > 3 else w
    out = []
    for i, w in enumerate(text.split(" ")):
        parts = re.split(r"([-–—/])", w)     # ("OTTAWA WEST–NEPEAN": an en dash joins names too, a slash too: "GARKI/BABURA")
        out.append("".join(p if k % 2 else word(p, i == 0 and k == 0) for k, p in enumerate(parts)))
    return " ".join(out)


_PERSON_VERBS = r"took|won|polled|got|received|secured|finished|came|said|beat"     # what a person, not a party or a seat, does
_ACTS = re.compile(r"\s+(?:" + _PERSON_VERBS + r"|takes|wins|held|holds|says|was|is|has)\b")
# What a person, not a seat, does: "Darlington won 20,209 votes" after "Emily Darlington was elected".
_SURNAME_ACTS = re.compile(r"\s+(?:" + _PERSON_VERBS + r"|collected|told|thanked|defeated)\b")


def surname_acts(text: str, start: int, end: int, known_surnames: set[str]) -> bool:
    """A place's name that is the surname of someone already named, doing what a person does."""
    return text[start:end] in known_surnames and _SURNAME_ACTS.match(text, end) is not None


_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,15})\s$")
_PARTY_WORD_GOES_ON = re.compile(r"\s*(?:Party|party|Parties|candidate|councillor|co-leader|leader|MP|MSP|MS|['’]s\s+(?:candidate|co-leader|leader))\b")


def surname_party_word(text: str, ps: int, pe: int) -> bool:
    """'Sarah Green held it': a first name before a party word that is also a surname makes a person
    (Doc.build drops such a party mention; find_people keeps the word in the name)."""
    lists = _lists()
    if text[ps:pe] not in lists["party_word_surnames"]:
        return False
    m = _FIRST_NAME_BEFORE.search(text, max(0, ps - 17), ps)
    if not m or m.group(1).lower() in lists["stopwords"] or m.group(1).lower() in lists["not_lone_names"]:
        return False
    return not _PARTY_WORD_GOES_ON.match(text, pe)


# A place named as what an office or area is of: "as mayor of San Carlos after the canvass gave him ..." (not a person;
# "Mayor of London Sadiq Khan" keeps its person: the place must end before a lower-case word or a stop).
_OFFICE_OF_PLACE = re.compile(r"\b(?i:mayor|governor|mayoralty|city|town|municipality|province|county|district|village|borough|parish)\s+of\s+"
                              r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s+[a-z]|\s*[,.;:)]|\s*$)")


def find_people(text: str, start: int, end: int, known_surnames: set[str],
                party_spans: list[tuple[int, int]], place_spans: list[tuple[int, int]]) -> list[PersonSpan]:
    """Person-name spans in text[start:end].

    A run of capitalised words (with particles such as 'de', 'Ní') becomes a name
    when two or more words remain after dropping honorifics, party and place words
    and words that are never names; one word is enough after an honorific
    ('Ms Caliskan') or when it is the surname of someone already named.
    """
    lists = _lists()
    # "Sarah Green ... Green took 44.8 per cent": a party word that is a known surname, acting as a subject
    blocked = [(ps, pe) for ps, pe in party_spans if not (text[ps:pe] in known_surnames and _ACTS.match(text, pe)
               and not text[max(0, ps - 4):ps].lower().endswith("the "))] \
        + [(ps, pe) for ps, pe in place_spans if not surname_acts(text, ps, pe, known_surnames)] \
        + ([m.span("place") for m in _OFFICE_OF_PLACE.finditer(text, start, end)] if " of " in text[start:end] else [])
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    nick = [(m.start(), m.end()) for m in _NICKNAME.finditer(text, start, end)] if '"' in text[start:end] or "“" in text[start:end] else []
    if nick:        # 'Kevin "Taxi Kev" Llewellyn' is one name: the nickname is skipped like a space
        words = [w for w in words if not any(a < w[0] < b for a, b in nick)]
    joins = {(a, b) for a, b in nick}
    out: list[PersonSpan] = []
    particles = lists["particles"]

    def in_blocked(s: int, e: int) -> bool:
        return any(bs < e and s < be for bs, be in blocked)

    i, n = 0, len(words)
    while i < n:
        if not _is_cap(words[i][2]):
            i += 1
            continue
        run = [words[i]]
        j = i + 1
        while j < n and (text[run[-1][1]:words[j][0]] == " " or (run[-1][1], words[j][0]) in joins
                         or run[-1][1] == words[j][0] and _INITIAL.fullmatch(run[-1][2]) and _INITIAL.fullmatch(words[j][2])
                         and not _PLACE_INITIALS.match(text, _initials_from(run))):
            # ("K.R. Mahadevaiah": initials run together; not "U.S. Rep.", "B.C. Conservative")
            nw = words[j][2]
            if _is_cap(nw):
                run.append(words[j])
            elif nw in particles and j + 1 < n and _is_cap(words[j + 1][2]) \
                    and text[words[j][1]:words[j + 1][0]] == " ":
                run.append(words[j])
            elif nw in particles and j + 2 < n and words[j + 1][2] in particles and _is_cap(words[j + 2][2]) \
                    and text[words[j][1]:words[j + 1][0]] == " " and text[words[j + 1][1]:words[j + 2][0]] == " ":
                run.append(words[j])       # "Marike van der Walt": two particles
            else:
                break
            j += 1
        i = j
        if _INDEFINITE_BEFORE.search(text, max(start, run[0][0] - 4), run[0][0]) or (
                _FORMER_BEFORE.search(text, max(start, run[0][0] - 8), run[0][0]) and _ROLE_NOUN_AFTER.match(text, run[-1][1])):
            continue        # "Amberley, a Port Macquarie physiotherapist", "former Moreton Bay councillor": a place used as a modifier
        if len(run) >= 3 and run[-1][2] in _BODY_WORDS:
            continue        # "Mount Pleasant City Council", "Homa Bay County": a place or its body, no person
        if _SEAT_NOUN_AFTER.match(text, run[-1][1]):
            continue        # "MP for the old Don Valley seat": a seat's name
        if _TITLE_BEFORE_NAME.match(text, run[-1][1]):
            continue        # "Congress's Uttar Pradesh chief Ajay Rai": where the title holds, not who
        if _PLACE_PREPOSITION.search(text, max(start, run[0][0] - 6), run[0][0]) and not run[-1][2].endswith(("'s", "’s")) \
                and " ".join(w for _, _, w in run) not in known_surnames:
            continue        # "who lives in Ashby St Mary", "at Ashby Moor": where, not who
        found = _run_to_people(text, run, known_surnames, in_blocked, lists, party_spans)
        out.extend(found)
        if any(" " in p.name for p in found):
            # "Reform UK's John Grant pushed ... Paul Howell into third place - Grant polled 9,555 and Howell 8,195"
            known_surnames = known_surnames | {p.name.split()[-1] for p in found if " " in p.name}
    if "," in text[start:end]:
        out = _with_surname_first(text, start, end, out, in_blocked)
    return out


_PLACE_PREPOSITION = re.compile(r"(?<![\w'’-])(?:in|at|near)\s$")
_BODY_WORDS = frozenset(("Council", "Commission", "Board", "Committee", "Authority", "Corporation", "Municipality", "Township", "County", "Court"))
_SEAT_NOUN_AFTER = re.compile(r"\s+(?:seat|constituency|riding|electorate|division|ward|by-election)\b")
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])an?\s$")
_FORMER_BEFORE = re.compile(r"(?<![\w'’-])(?:former|ex-|then)\s$")
_TITLE_BEFORE_NAME = re.compile(r"\s+(?:chief|leader|president|secretary|spokesperson|spokesman|spokeswoman|boss|chairman|chairwoman|chair)\s+(?=[A-ZÀ-Þ][a-zß-ÿ])")
_ROLE_NOUN_AFTER = re.compile(r"\s+(?:[a-z]{3,}\s+)?(?:councillor|council|mayor|MP|MLA|MPP|MSP|MS|TD|MEP|senator|minister|candidate|chief|leader"
                              r"|sergeant|officer|soldier|captain|engineer|teacher|nurse|doctor|pilot|player|footballer|journalist|presenter"
                              r"|banker|lawyer|solicitor|barrister|official|executive|director|manager|worker|adviser|aide"
                              r"|(?:branch\s+|club\s+|board\s+)?(?:chair|chairman|chairwoman|president|secretary|treasurer|member))\b")     # ("a former Royal Engineers sergeant", "former Federated Farmers branch chair", "a former Royal Navy medical officer")
# A returning officer's order in running text: "LOMAX, Patricia (The Conservative Party Candidate) was declared elected".
_SURNAME_FIRST = re.compile(r"(?<![\w'’-])(?P<sur>[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}(?:[ -][A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,})?),[ \t]+"
                            r"(?P<fore>[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’-]+){0,2})(?=[ \t]*\()")


def _with_surname_first(text: str, start: int, end: int, found: list[PersonSpan], in_blocked) -> list[PersonSpan]:
    extra = [PersonSpan(flip_surname_first(f"{m.group('sur')}, {m.group('fore')}"), m.start(), m.end(), None, False)
             for m in _SURNAME_FIRST.finditer(text, start, end) if not in_blocked(m.start(), m.end())]
    if not extra:
        return found
    kept = [p for p in found if not any(x.start <= p.start < x.end for x in extra)]
    return sorted(kept + extra, key=lambda p: p.start)


_ROLE_BEFORE = re.compile(r"(?:\b(?:candidate|councillor|nominee|challenger|MP|Cllr\.?)|['’]s)\s+$")
_BRACKET_AFTER = re.compile(r"\s*\((?P<party>[^()]{2,40})\)")


def _person_context(text: str, s: int, e: int, party_spans) -> bool:
    """'Green candidate Sarah Ward', "Reform UK's Stephen Ward", 'Stephen Ward (Reform UK)': a person."""
    if _ROLE_BEFORE.search(text, max(0, s - 14), s):
        return True
    if any(0 <= s - pe <= 1 for _, pe in party_spans):
        return True
    after = _BRACKET_AFTER.match(text, e)
    if bool(after) and any(ps == after.start("party") for ps, _ in party_spans) or _DOES_AS_A_PERSON.match(text, e):
        return True
    # the story calls them by honorific and surname elsewhere: "Chris Ward" and "Mr Ward took 17,893 votes"
    # (not after a common word: "South West" scans nothing)
    words = text[s:e].split()
    pair = _AND_A_PERSON.match(text, e)
    if pair and len(words) >= 2 and given_name_gender(words[0] + " X") is not None and given_name_gender(pair.group(1) + " X") is not None:
        return True     # "the two independents, James Ward and Thomas Culshaw": named beside another person
    return len(words) >= 2 and words[0].lower() not in _lists()["stopwords"] and re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+" + re.escape(text[s:e].split()[-1]) + r"\b", text) is not None


_AND_A_PERSON = re.compile(r"\s+and\s+([A-ZÀ-Þ][a-zß-ÿ'’-]+)\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+")
# What only a person does next: "Chris Ward took 17,893 votes", "Chris Ward, the new MP" (a ward does neither).
_DOES_AS_A_PERSON = re.compile(r"(?:,\s+\d{2},)?\s+(?:took|polled|won|received|secured|said|told|beat|defeated|is\s+the\s+new|was\s+elected|has\s+been\s+elected)\b"
                               r"|,\s+the\s+new\s+(?:MP|member|councillor|mayor)\b")


def _tied_to_party(text: str, s: int, e: int, party_spans: list[tuple[int, int]]) -> bool:
    """A lone surname is a person when a party owns it or follows it in brackets: "The SNP's
    Duncan was elected", "against Labour's Reid on 1,491", "the transfers of Whyte (Reform)"."""
    word = text[s:e]
    if not word.isalpha() or len(word) < 3 or word.isupper() or word.lower() in _lists()["not_lone_names"] \
            or re.match(r"\s+[A-ZÀ-Þ]", text[e:e + 3]):
        return False        # (a first name whose surname is a place word: "Reform UK's Stephen Ward")
    for ps, pe in party_spans:
        if pe < s and text[pe:s] in ("'s ", "’s ") and not text[max(0, ps - 4):ps].lower().endswith(("a ", "an ")):
            return True
        if ps > e and text[e:ps] == " (" and text[pe:pe + 1] == ")":
            return True
        if ps > e and text[e:ps] in (" of the ", " of ") and _FIGURE_VERB.match(text, pe) \
                and word.lower() not in _lists()["stopwords"] and not word.endswith("s"):
            return True     # "Mahadevaiah of the Bahujan Samaj Party got 18,220 votes"
    return False


_FIGURE_VERB = re.compile(r"\s+(?:took|won|polled|got|received|secured|finished|came|gained|managed|trailed)\b")


def _run_to_people(text, run, known_surnames, in_blocked, lists, party_spans=()) -> list[PersonSpan]:
    # Split the run at words that are never part of a person's name.
    people: list[PersonSpan] = []
    chunk: list = []
    chunks: list[list] = []
    for k, tok in enumerate(run):
        s, e, w = tok
        bare = (w[:-2] if w.endswith(("'s", "’s")) else w).rstrip(".")
        low = bare.lower()
        given = low in lists["given_name_words"] and not chunk and k + 1 < len(run) \
            and run[k + 1][2].lower() not in lists["stopwords"] and not text[max(0, s - 3):s].strip()[-1:].isdigit()
        surname_word = bare in lists["party_word_surnames"] and (bare in known_surnames or surname_party_word(text, s, e)) \
            or bare in lists["common_word_surnames"] and len(chunk) == 1 and (bare in known_surnames or _person_context(text, chunk[0][0], e, party_spans)) \
            or bare in lists["common_word_surnames"] and not chunk and k > 0 and run[k - 1][2].rstrip(".").lower() in lists["honorifics"] \
            or low in lists["given_name_words"] and len(chunk) == 1 and given_name_gender(f"{chunk[0][2]} {bare}") is not None \
            and not re.match(r"\s*\d", text[e:e + 3])       # "Elizabeth May", "Theresa May": a month as a surname after a first name
        caps_lead = k == 0 and k + 1 < len(run) and not run[k + 1][2].isupper() and given_name_gender(bare.title() + " X") is not None
        caps_tail = len(chunk) == 1 and not chunk[0][2].isupper() and given_name_gender(chunk[0][2] + " X") is not None \
            and bare.isalpha() and (k + 1 == len(run) or run[k + 1][2].isupper())     # a declaration's "Nick TIMOTHY"
        if in_blocked(s, e) or (low in lists["stopwords"] and not given and not surname_word) \
                or bare.isupper() and len(bare) > 3 and bare not in lists.get("caps_ok", ()) and not caps_lead and not caps_tail:    # (a tabloid's "JACOB Rees-Mogg")
            if chunk and low not in lists["venue_words"] and not (bare in _MEMBER_TITLES and k + 1 < len(run)):
                chunks.append(chunk)        # (not "Ashby Moor Leisure" before "Centre": a building; not "Blyth Valley" of
            chunk = []                      # "former Blyth Valley MP Ian Levy": a seat before its member's title and name)
            continue
        if low in lists["honorifics"] and (not chunk or len(chunk) == 1 and chunk[0][2] in ("S.", "U.S.")):
            chunk = []      # ("U.S. Rep. Ryan Mackenzie": the country's initials before the title are no part of the name)
            chunks.append([("HON", bare)])
            continue
        chunk.append(tok)
        if w.endswith(("'s", "’s")):
            chunks.append(chunk)
            chunk = []
    if chunk:
        chunks.append(chunk)
    pending_hon = None
    for ch in chunks:
        if ch and ch[0][0] == "HON":
            pending_hon = ch[0][1]
            continue
        while ch and ch[-1][2] in lists["particles"]:
            ch = ch[:-1]
        if not ch or ch[0][2].rstrip(".") in ("St", "Saint", "Ste") or ch[-1][2].lower() in lists["venue_words"]:
            pending_hon = None      # "St Saviour", "Saint Helier": a place ("Oliver St John" starts with Oliver)
            continue
        s, e = ch[0][0], ch[-1][1]
        if text[e - 1] == "." and e - s > 2 and text[e - 3:e - 1].isalpha():
            e -= 1
        poss = ch[-1][2].endswith(("'s", "’s"))
        if poss:
            e -= 2
        elif ch[-1][2].endswith("s") and text[e:e + 1] in ("'", "’") and not text[e + 1:e + 2].isalnum():
            poss = True         # "Villiers' 18,671"
        name = _NICKNAME.sub(" ", text[s:e])
        if len(ch) >= 2 and ch[0][2].isupper() and len(ch[0][2]) > 3 and not ch[1][2].isupper():
            name = ch[0][2].title() + name[len(ch[0][2]):]      # "JACOB Rees-Mogg" is Jacob Rees-Mogg
        elif len(ch) >= 2 and not ch[0][2].isupper() and all(t[2].isupper() and len(t[2]) > 3 for t in ch[1:]):
            name = name[:ch[1][0] - s] + title_case(name[ch[1][0] - s:])      # "Nick TIMOTHY" is Nick Timothy
        if len(ch) >= 2 or pending_hon or name in known_surnames or (
                len(ch) == 1 and not poss and _tied_to_party(text, s, e, party_spans)):
            if len(ch) > 5:
                pending_hon = None
                continue
            people.append(PersonSpan(name, s, e, pending_hon, poss))
        pending_hon = None
    return people


_MEMBER_TITLES = frozenset({"MP", "MSP", "MS", "MLA", "MPP", "TD", "MEP", "AM"})
_INTRODUCED_BEFORE = re.compile(r"(?:[A-Za-z]['’]s|\b(?:Libertarian|Republican|Democrat|Democratic|Labour|Labor|Liberal|Conservative|Tory|Green|Independent|independent))\s+$")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][a-zß-ÿ'’-]+)\s+$")


def after_capitalised_word(text: str, pos: int) -> bool:
    """A capitalised word that is no common word right before pos: a forename the lists need not know
    ("Janelle Poole"), where after_first_name wants one they know or a party's introduction."""
    m = _GIVEN_NAME_BEFORE.search(text, max(0, pos - 20), pos)
    return bool(m) and m.group(1).lower() not in _lists()["stopwords"]


def after_first_name(text: str, pos: int) -> bool:
    """A place right after a first name is a surname: "Alexander Stafford", "Nicola Stroud"."""
    m = _GIVEN_NAME_BEFORE.search(text, max(0, pos - 20), pos)
    if m and given_name_gender(m.group(1) + " X") is not None:
        return True
    return bool(m and _INTRODUCED_BEFORE.search(text, max(0, m.start() - 40), m.start()))    # "One Nation's Bevan Stroud", "Libertarian Evan Stroud"
