"""Which predicted contest is which labelled one, and which candidate is which.

Names in articles and labels differ in honorifics, accents, '&' and words like
'constituency'; these keys fold such differences away so the scorer compares
the same person and place, and counts a misspelt name as a miss, not a match.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from typing import Callable, Optional

from .document import chamber_district
from .records import Candidate, Contest

__all__ = ["fold", "normalise_place", "normalise_name", "party_key", "same_party", "pair_candidates", "pair_contests"]

log = logging.getLogger(__name__)

_NUMBERED_WARD_NAME = re.compile(r"^(?:[Ww]ard|WARD)\s+\d{1,3}\s*\(([^()]+)\)$")     # "Ward 6 (Elmvale)" is Elmvale, as extraction names it
_RESERVED = re.compile(r"\s*\((?:SC|ST|sc|st)\)$")        # an Indian seat reserved for a scheduled caste or tribe: "Ossudu (SC)" is Ossudu
_TRAILING_AREA_WORD = re.compile(r"\s+(?:(?:federal|state)\s+constituency|constituency|ward|(?:sub)?division|riding|mayoralty|combined\s+(?:county\s+)?authority)$")    # ("Kessington mayoralty", "Aba North/Aba South Federal Constituency")
_HONORIFICS = {
    "sir", "dame", "mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor", "prof",
    "professor", "rev", "lord", "lady", "rt", "hon", "mp", "msp", "mla", "mpp",
    "kc", "qc", "obe", "mbe", "cbe", "rep", "sen",
}
_NOT_WORD = re.compile(r"[^\w]+")  # punctuation, hyphens, apostrophes -> one space


def fold(text: str) -> str:
    """Casefold, drop accents, turn punctuation into single spaces.

    >>> fold("Ynys Môn")
    'ynys mon'
    >>> fold("Anne-Marie  O’Neill")
    'anne marie o neill'
    """
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", text.replace("_", " ")).strip()


def normalise_place(name: Optional[str]) -> str:
    """Constituency key: '&' = 'and', no leading 'the', no trailing 'ward' etc.

    >>> normalise_place("The Wrekin constituency")
    'wrekin'
    >>> normalise_place("Washington & Gateshead South")
    'washington and gateshead south'
    """
    key = fold(_NUMBERED_WARD_NAME.sub(r"\1", _RESERVED.sub("", (name or "").strip())).replace("&", " and "))
    key = _TRAILING_AREA_WORD.sub("", key)
    key = _PARTYS_PRIMARY.sub(r"\1", key)      # "Sheriff - Republican" is "Sheriff Republican primary"
    key = _DIST.sub("district", key)        # AP's "Pa. House - Dist. 24"
    key = chamber_district(key)     # as document.place_key
    return key[4:] if key.startswith("the ") else key


def normalise_name(name: Optional[str]) -> str:
    """Person key without honorifics or post-nominals.

    >>> normalise_name("Sir Keir Starmer MP")
    'keir starmer'
    >>> normalise_name("Dr. Caroline Johnson")
    'caroline johnson'
    """
    words = [w for w in fold(name or "").split() if w not in _HONORIFICS]
    return " ".join(words)


def _surname(key: str) -> str:
    return key.rsplit(" ", 1)[-1] if key else ""


@functools.lru_cache(maxsize=None)
def _party_canonicaliser() -> Callable[[str], Optional[str]]:
    """The gazetteer's canonical(), or identity while that module does not exist yet."""
    try:
        from .gazetteer import parties
    except ImportError:
        log.warning("extract.gazetteer not importable; comparing parties by folded spelling")
        return lambda _: None
    return parties().canonical


def party_key(party: Optional[str]) -> str:
    if not party:
        return ""
    return fold(_party_canonicaliser()(party) or party)


def same_party(a: Optional[str], b: Optional[str]) -> bool:
    """One party however written; a name that is ambiguous across countries ("National": New
    Zealand's or Australia's) matches when some one country reads both as the same party.

    >>> same_party("National", "Nationals"), same_party("National", "Labor")
    (True, False)
    """
    if party_key(a) == party_key(b):
        return True
    try:
        from .gazetteer import parties
    except ImportError:
        return False
    gaz = parties()
    for code in gaz.country_codes():
        ca = gaz.canonical(a, country=code)
        if ca is not None and ca == gaz.canonical(b, country=code):
            return True
    return False


def pair_candidates(labelled: list[dict], predicted: list[Candidate]) -> list[tuple[int, int]]:
    """(label index, prediction index) pairs: full names first, then unique surnames."""
    lkeys = [normalise_name(c.get("name")) for c in labelled]
    pkeys = [normalise_name(c.name) for c in predicted]
    pairs, used_l, used_p = [], set(), set()
    for i, key in enumerate(lkeys):
        for j, pkey in enumerate(pkeys):
            if key and j not in used_p and key == pkey:
                pairs.append((i, j))
                used_l.add(i)
                used_p.add(j)
                break
    free_l = [i for i in range(len(lkeys)) if i not in used_l]
    free_p = [j for j in range(len(pkeys)) if j not in used_p]
    for i in free_l:
        surname = _surname(lkeys[i])
        same_l = [k for k in free_l if _surname(lkeys[k]) == surname]
        same_p = [j for j in free_p if _surname(pkeys[j]) == surname]
        if surname and len(same_l) == 1 and len(same_p) == 1:
            pairs.append((i, same_p[0]))
            free_p.remove(same_p[0])
    return sorted(pairs)


def _one_ends_the_other(a: str, b: str) -> bool:
    """'ward 59' and 'tshwane ward 59': the same contest with and without the area that holds it."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    return len(short) >= 2 and len(short) < len(long_) and long_[-len(short):] == short


_DIST = re.compile(r"\bdist\b")
_RACE_PARTIES = ("republican", "democratic", "libertarian")      # the parties whose own races a contest's name may carry
_PARTYS_PRIMARY = re.compile(r"\b(" + "|".join(_RACE_PARTIES) + r")\s+(?:party\s+)?primary$")
_OFFICE_WORDS = re.compile(r"^(?:(?:lord\s+)?mayor|mayoralty|office\s+of\s+mayor|governor|governorship|police\s+and\s+crime\s+commissioner)\s+(?:of|for)\s+"
                           r"|\s+(?:mayor|mayoralty|mayoral\s+(?:election|race)|governor|police\s+and\s+crime\s+commissioner|pcc|police\s+area)$")


def _ward_keys(name: Optional[str]) -> set:
    """'Ward 82 (Chetla)' and 'Ward 3 - Grangemouth' are both the ward's number and its name, 'eThekwini, Ward 62 (Inanda)' also 'eThekwini, Ward 62';
    any other name, none."""
    m = _WARD_WITH_NAME.fullmatch((name or "").strip())
    if m is None:
        return set()
    keys = {normalise_place(m.group("name") or m.group("dashed")), fold(m.group("ward"))}
    area = m.group("area") or m.group("after")
    return keys | {fold(f"{area} {m.group('ward')}")} if area else keys


def _ward_names_differ(a: Optional[str], b: Optional[str]) -> bool:
    """'Ward 9 (Mthatha Central)' and 'Ward 9 (Ngangelizwe)': one number, two municipalities' wards."""
    ma, mb = (_WARD_WITH_NAME.fullmatch((x or "").strip()) for x in (a, b))
    if not (ma and mb):
        return False
    na, nb = (normalise_place(m.group("name") or m.group("dashed")) for m in (ma, mb))
    return bool(na and nb) and na != nb


_WARD_WITH_NAME = re.compile(r"(?:(?P<area>[^,()]{2,40}),?\s+)?(?P<ward>(?:[Ww]ard|WARD)\s+\d{1,3})\s*(?:\((?P<name>[^()]+)\)|[-–—:]\s*(?P<dashed>[^(),]+))"
                             r"(?:,\s*(?P<after>[^,()]{2,40}))?")     # ("Ward 9 (Mthatha Central), King Sabata Dalindyebo": its municipality after)


def _party_race_of(a: str, b: str) -> bool:
    """'sheriff republican' and 'sheriff': one party's race for an office, named with and without its party."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short + " ") and long_[len(short) + 1:] in _RACE_PARTIES


def _office_of(a: str, b: str) -> bool:
    """'mayor of mangawhero' and 'mangawhero', 'governor of kansas' and 'kansas', 'dyfed-powys police and crime
    commissioner' and 'dyfed-powys': the office and the place it is for (candidates must agree too)."""
    if a == "mayor" or b == "mayor":       # ("Mayor" and "Mesquite Hollow mayor": the page's one mayoralty)
        other = b if a == "mayor" else a
        return other != "mayor" and _OFFICE_WORDS.sub("", other) != other
    bare_a, bare_b = _OFFICE_WORDS.sub("", a), _OFFICE_WORDS.sub("", b)
    return a != b and (bare_a == b or bare_b == a
                       or bare_a == bare_b != a and bare_b != b and _office_family(a) == _office_family(b))     # ("hamilton mayor", "mayor of hamilton")


_DISTRICT_NUMBER = re.compile(r"(?:(?P<chamber>[a-z ]+?) )?district (?P<n>\d{1,3})|(?P<n2>\d{1,3})(?:st|nd|rd|th) (?:(?P<chamber2>[a-z ]+?) )?district")


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
             "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth")
_ORDINAL_WORD = re.compile(r"^(?:" + "|".join(_ORDINALS) + r")(?= )")


def _district_of(a: str, b: str) -> bool:
    """'137th district' and 'house district 137', 'second district' and 'district 2': a district told by its number
    alone and with its chamber (candidates must agree too)."""
    a, b = (_ORDINAL_WORD.sub(lambda m: f"{_ORDINALS.index(m.group().lower()) + 1}th", x) for x in (a, b))     # ("second district")
    ma, mb = _DISTRICT_NUMBER.fullmatch(a), _DISTRICT_NUMBER.fullmatch(b)
    if ma is None or mb is None or (ma.group("n") or ma.group("n2")) != (mb.group("n") or mb.group("n2")):
        return False
    return not (ma.group("chamber") or ma.group("chamber2")) or not (mb.group("chamber") or mb.group("chamber2"))


_SEAT_CODE = re.compile(r"(?:na|pp|pk|ps|pb|ac|pc)-?\s?\d{1,3}\b")


def _same_seat_code(a: str, b: str) -> bool:
    """'na-130 lahore' and 'na-130 lahore-xiv': one seat by its code, its name written two ways (candidates must agree too)."""
    ca, cb = _SEAT_CODE.match(a), _SEAT_CODE.match(b)
    return ca is not None and cb is not None and ca.group().replace(" ", "").replace("-", "") == cb.group().replace(" ", "").replace("-", "")


def _office_family(name: str) -> str:
    """'mayor' for a mayoralty however written, 'governor', or 'police' for a police and crime commissioner."""
    office = _OFFICE_WORDS.search(name).group()
    return "mayor" if "mayor" in office else "governor" if "governor" in office else "police"


def pair_contests(labelled: list[dict], predicted: list[Contest]) -> list[tuple[int, int]]:
    """Pair by normalised name; an unnamed side pairs by most shared candidates."""
    pairs, used_l, used_p = [], set(), set()
    for i, contest in enumerate(labelled):
        key = normalise_place(contest.get("constituency"))
        keys = _ward_keys(contest.get("constituency")) | {key}
        for j, pred in enumerate(predicted):
            if key and j not in used_p and (normalise_place(pred.constituency) in keys or _ward_keys(pred.constituency) & keys) \
                    and not _ward_names_differ(contest.get("constituency"), pred.constituency):
                pairs.append((i, j))
                used_l.add(i)
                used_p.add(j)
                break
    options = []
    for i, contest in enumerate(labelled):
        for j, pred in enumerate(predicted):
            if i in used_l or j in used_p:
                continue
            a, b = normalise_place(contest.get("constituency")), normalise_place(pred.constituency)
            if a and b and not _one_ends_the_other(a, b) and not _office_of(a, b) and not _party_race_of(a, b) \
                    and not _district_of(a, b) and not _same_seat_code(a, b):
                continue  # both named, names differ: never the same contest (but "Ward 59" is "Tshwane Ward 59", "Mayor of X" is X's)
            shared = len(pair_candidates(contest.get("candidates") or [], pred.candidates))
            if shared:
                options.append((-shared, i, j))
    for _, i, j in sorted(options):
        if i not in used_l and j not in used_p:
            pairs.append((i, j))
            used_l.add(i)
            used_p.add(j)
    return sorted(pairs)
