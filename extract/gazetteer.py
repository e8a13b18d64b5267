"""Gazetteers: party names, constituencies (the UK's and some abroad) and honorifics, read once per process from data/.

The word lists live in ``extract/data/`` (parties.json, places.json, seats_abroad.json, honorifics.json); this
module validates their shape on load (pydantic models below), indexes them and answers look-ups.

    >>> parties().canonical("Welsh Conservatives / Ceidwadwyr Cymreig"), places().region("Ynys Mon")
    ('Conservative', 'Wales')
"""
from __future__ import annotations

import functools
import json
import logging
import re
import unicodedata
from pathlib import Path
from typing import Annotated, Iterator, Literal, NamedTuple, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

__all__ = ["NATIONS", "Alias", "GazetteerError", "Parties", "Place", "Places", "party_family",
           "fold", "honorifics", "parties", "places"]

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).with_name("data")
NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
# Without a country argument a UK party wins a shared alias: the corpus is mostly UK news.
DEFAULT_COUNTRY = "UK"
# canonical() answers kept per process; articles repeat the same few dozen labels.
_MEMO_SIZE = 65536


class GazetteerError(ValueError):
    """A data file that is missing, not JSON, or breaks the gazetteer's rules."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


# --- file shapes ---------------------------------------------------------------

Text = Annotated[str, StringConstraints(pattern=r"^\S(?:.*\S)?$")]  # non-empty, no outer spaces


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _AliasRow(_Strict):
    text: Text
    context: Literal["any", "bracket"] = "any"  # bracket: only safe in brackets or a table cell
    case: bool = False                          # match this spelling or its ALL-CAPS form only


class _PartyRow(_Strict):
    name: Text
    country: Union[Text, list[Text]]            # a code from _PartiesFile.countries, or several
    note: Optional[str] = None
    aliases: list[Union[Text, _AliasRow]] = []
    leaders: list[Text] = []                    # whose "party" it is in copy: "Sir Ed Davey's party"


class _PartiesFile(_Strict):
    about: list[str] = Field(alias="_about")
    countries: dict[Text, list[Text]]           # code -> names a caller may pass instead
    regional: dict[Literal[NATIONS], dict[Text, Text]]  # nation -> {UK canonical: replacement}
    parties: list[_PartyRow] = Field(min_length=1)


class Place(_Strict):
    """One constituency, as places() returns it."""

    name: Text                  # official name (the Commons Library's 'Constituency name')
    ons_id: Optional[Text]      # (None for a seat outside the UK)
    country: Text               # the UK nation, or the country of a seat abroad ("Ireland")
    region: Text                # ONS region (North West, London, ...; the nation outside England)
    county: Optional[Text]      # the CSV's county name (null throughout the 2024 file)
    type: Text                  # County, Borough or Burgh constituency
    variants: list[Text]        # other spellings seen in news copy


class _PlacesFile(_Strict):
    about: list[str] = Field(alias="_about")
    source: dict[str, Union[str, int]]
    places: list[Place] = Field(min_length=1)


class _SeatAbroadRow(_Strict):
    name: Text
    variants: list[Text] = []


class _CountrySeats(_Strict):
    body: Text                  # the chamber the seats elect ("Dáil Éireann")
    source: Text
    seats: list[_SeatAbroadRow] = Field(min_length=1)


class _SeatsAbroadFile(_Strict):
    about: list[str] = Field(alias="_about")
    countries: dict[Text, _CountrySeats]


class _HonorificRow(_Strict):
    text: Text
    position: Literal["prefix", "suffix"]
    case: bool = False


class _HonorificsFile(_Strict):
    about: list[str] = Field(alias="_about")
    honorifics: list[_HonorificRow] = Field(min_length=1)


# --- normalising ---------------------------------------------------------------

_SEPARATOR_DASH = re.compile(r"""
    \s*[\u2012\u2013\u2014\u2015\u2212]\s*   # figure, en and em dash, bar, minus: always a separator
    | \s+[-\u2010\u2011]\s+                   # a hyphen with space on both sides is one too
""", re.VERBOSE)
_WORD_HYPHEN = re.compile(r"[\u2010\u2011]")  # Unicode hyphens inside a word -> '-'
_APOSTROPHE = re.compile(r"['\u2018\u2019\u201b\u02bc\u2032`\u00b4]")  # dropped: Workers' = Workers
_DOUBLE_QUOTE = re.compile(r"[\u201c\u201d\u201e\u201f\u2033]")        # curly -> '"'
_SLASH = re.compile(r"\s*/\s*")  # 'Welsh Labour/Llafur Cymru' = 'Welsh Labour / Llafur Cymru'
_SPACE = re.compile(r"\s+")


_DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s|$)")


def _unify(text: str) -> str:
    """fold() without the casefold: accents, dashes, quotes, '&' and spaces made uniform."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = _DOTTED_INITIALS.sub(lambda m: m.group().replace(".", ""), text)     # "B.C. NDP" is "BC NDP"
    text = _WORD_HYPHEN.sub("-", _SEPARATOR_DASH.sub(" - ", text))
    text = _DOUBLE_QUOTE.sub('"', _APOSTROPHE.sub("", text))
    return _SPACE.sub(" ", _SLASH.sub(" / ", text.replace("&", " and "))).strip()


def fold(text: str) -> str:
    """Comparison key for names: casefold, no accents, one dash, no apostrophes, '&' = 'and'.

    >>> fold("Sinn Féin") == fold("SINN FEIN")
    True
    >>> fold("Plaid Cymru – The Party of Wales")
    'plaid cymru - the party of wales'
    >>> fold("Workers’  Party"), fold("True & Fair Party")
    ('workers party', 'true and fair party')
    """
    return _unify(text).casefold()


# --- parties -------------------------------------------------------------------

class Alias(NamedTuple):
    """One way of writing a party, for building matcher patterns."""

    text: str        # exactly as a matcher should look for it
    canonical: str   # the party it names
    context: str     # 'any', or 'bracket': only safe inside brackets or a table cell
    case: bool       # True: match this spelling (or its ALL-CAPS form) only, not other cases


class _Entry(NamedTuple):
    raw: str              # the alias as written in parties.json
    text: str             # _unify(raw), which a case-sensitive alias is compared with
    canonical: str
    context: str
    case: bool
    countries: frozenset


_POSSESSIVE = re.compile(r"['\u2019]s$")              # Labour's -> Labour
_ENCLOSED = re.compile(r"^[(\[]([^()\[\]]*)[)\]]$")   # (Lab) -> Lab
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_TRAILING_PARTY = re.compile(r"\s+party$", re.IGNORECASE)
_TRAILING_PUNCT = re.compile(r"[\s.,;:]+$")           # 'Ind.' -> 'Ind'
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")     # a bracketed gloss after the name


_NATION_PREFIX = re.compile(r"^(?:Scottish|Welsh|Wales|English|Northern\s+Ireland)\s+(?=\S)", re.I)


def party_family(name: str) -> str:
    """A party without its nation or 'Party': 'Scottish Green Party' and 'Green' are one family."""
    return _TRAILING_PARTY.sub("", _NATION_PREFIX.sub("", name))


_CODE_LEAD = re.compile(r"^[A-Z]{2,4}\s+(?=[A-Z][a-z])")


_FUSION_CODES = re.compile(r"[A-Z][A-Za-z.]{0,5}(?:/[A-Z][A-Za-z.]{0,5})+")


def _spellings(written: str) -> Iterator[str]:
    """Unified spellings to try for `written`, most literal first, each once.

    >>> next(_spellings("Plaid Cymru – The Party of Wales"))
    'Plaid Cymru - The Party of Wales'
    >>> "Ceidwadwyr Cymreig" in _spellings("Welsh Conservatives / Ceidwadwyr Cymreig")
    True
    """
    text = _ENCLOSED.sub(r"\1", _unify(_POSSESSIVE.sub("", written.strip()))).strip()
    first, *rest = text.split(" / ")
    sides = [first, *(side for side in rest if len(side) > 1)]     # (not a code's letter after it: "PPP/C" is one party, not the Conservatives)
    bases = [text, *sides,                        # bilingual ballot description: try each side
             text.split(" - ")[0],                # 'Green Party - Save our NHS': party comes first
             _TRAILING_BRACKET.sub("", text),     # 'SDLP (Social Democratic & Labour Party)'
             _NATION_PREFIX.sub("", text),        # 'Scottish Labour and Co-operative': the national wing
             *(_NATION_PREFIX.sub("", side) for side in sides[1:]),    # ('... / Welsh Labour and Co-operative Party')
             _CODE_LEAD.sub("", text),            # 'ALP Labor', 'ONP One Nation': a results card's code, then the name
             *(text.split("/")[:1] if _FUSION_CODES.fullmatch(text) else ())]     # 'D/P', 'D/WF': a fusion ticket, the first line's party
    seen = set()
    for base in dict.fromkeys(bases):             # most bases equal the text: each is tried once
        for cut in (base.strip(), _TRAILING_PUNCT.sub("", base)):
            for form in (cut, _LEADING_THE.sub("", cut)):   # 'the' and 'Party' are optional
                for spelling in (form, _TRAILING_PARTY.sub("", form) or form):
                    if spelling not in seen:
                        seen.add(spelling)
                        yield spelling
    if not _TRAILING_PARTY.search(text):
        yield text + " Party"                      # 'Socialist Labour' for the Socialist Labour Party, tried last


def _accepts(entry: _Entry, spelling: str) -> bool:
    return not entry.case or spelling in (entry.text, entry.text.upper())


class Parties:
    """Canonical party names and their aliases, indexed by folded spelling."""

    def __init__(self, data: _PartiesFile, path: Path):
        self.path, self._regional = path, data.regional
        self._countries = {fold(n): code for code, names in data.countries.items() for n in (code, *names)}
        self._names: dict[str, list[str]] = {}   # country code -> canonical names, in file order
        self.leaders: dict[str, str] = {}         # leader's name -> canonical party name
        self._entries: list[_Entry] = []
        for party in data.parties:
            self._add(party)
        self._index: dict[str, list[_Entry]] = {}  # fold(alias), also without 'the' -> entries
        for entry in self._entries:
            for key in {fold(entry.raw), _LEADING_THE.sub("", fold(entry.raw))}:
                self._index.setdefault(key, []).append(entry)
        uk = set(self._names.get(DEFAULT_COUNTRY, ()))
        for nation, rules in data.regional.items():
            if not set(rules) | set(rules.values()) <= uk:
                raise GazetteerError(path, f"regional {nation}: {rules} must map UK party names")
        self._check_conflicts()
        self._resolve = functools.lru_cache(maxsize=_MEMO_SIZE)(self._resolve_uncached)

    def canonical(self, written: Optional[str], region: Optional[str] = None,
                  country: Optional[str] = None) -> Optional[str]:
        """The canonical name for a party as written, or None when it is unknown or ambiguous.

        `region`: a UK nation, ONS region or constituency (see Places.region), for the regional
        rules in parties.json; any other region has none.
        `country`: a code or name from parties.json 'countries' (else ValueError); None prefers UK.

        >>> p = parties()
        >>> p.canonical("Lib Dems"), p.canonical("C"), p.canonical("c")
        ('Liberal Democrat', 'Conservative', None)
        >>> p.canonical("Green Party", region="Northern Ireland"), p.canonical("NDP", country="CA")
        ('Green Party Northern Ireland', 'New Democratic')
        >>> p.canonical("Greens", country="AU"), p.canonical("Kingsmere First")
        ('Greens', None)
        """
        if not written or not written.strip():
            return None
        code = self._country_code(country)
        nation = places().region(region) if region else None
        return self._resolve(written, nation, code)

    def _resolve_uncached(self, written: str, nation: Optional[str], code: Optional[str]) -> Optional[str]:
        for spelling in _spellings(written):
            entries = [e for e in self._index.get(spelling.casefold(), ()) if _accepts(e, spelling)]
            pool = [e for e in entries if (code or DEFAULT_COUNTRY) in e.countries]
            pool = pool or ([] if code else entries)  # no country: another country's party will do
            names = {e.canonical for e in pool}
            if len(names) > 1:
                log.debug("%r names %s in different countries; pass country=", written, sorted(names))
            if len(names) != 1:
                continue
            name = names.pop()
            if nation and DEFAULT_COUNTRY in pool[0].countries and code in (None, DEFAULT_COUNTRY):
                name = self._regional.get(nation, {}).get(name, name)
            return name
        return None

    def aliases(self, country: Optional[str] = None) -> Iterator[Alias]:
        """Every spelling a matcher should look for, with its party and flags.

        Each alias comes as written, without a leading 'The', in its ALL-CAPS form if case-sensitive
        and as _unify() spells it (no accents, '-' for dashes); call canonical(text, region=...) on
        a match, as regional rules are not applied here.

        >>> ("Lab", "Labour", "bracket", True) in parties().aliases()
        True
        """
        code = self._country_code(country)
        seen = set()
        for entry in self._entries:
            if code and code not in entry.countries:
                continue
            forms = [entry.raw, _LEADING_THE.sub("", entry.raw), _unify(entry.raw)]
            for text in forms + [entry.raw.upper()] * entry.case:
                if (text, entry.canonical) not in seen:
                    seen.add((text, entry.canonical))
                    yield Alias(text, entry.canonical, entry.context, entry.case)

    def is_party_word(self, token: str, *, bracket: bool = False) -> bool:
        """True if one word is, on its own, a party alias (bracket-only ones too if `bracket`).

        >>> p = parties()
        >>> p.is_party_word("Tories"), p.is_party_word("Green"), p.is_party_word("Green", bracket=True)
        (True, False, True)
        """
        text = _unify(_POSSESSIVE.sub("", token.strip()))
        return bool(text) and " " not in text and any(
            _accepts(e, text) and (bracket or e.context == "any") for e in self._index.get(text.casefold(), ()))

    def is_alias(self, written: str) -> bool:
        """True if `written` is, as a whole, one of the file's spellings (canonical() also finds a party
        at the head of a longer text: 'Green Party - Save our NHS').

        >>> p = parties()
        >>> p.is_alias("Nationalist Congress Party – Sharadchandra Pawar"), p.is_alias("Reform UK - James McMurdock")
        (True, False)
        """
        text = _unify(written)
        return any(_accepts(e, text) for e in self._index.get(text.casefold(), ()))

    def names(self, country: Optional[str] = None) -> tuple[str, ...]:
        """Canonical names of one country's parties, in file order (UK by default)."""
        return tuple(self._names.get(self._country_code(country) or DEFAULT_COUNTRY, ()))

    def is_country(self, name: str) -> bool:
        """A name or code a country goes by ("Ghana", "Republic of Ireland", "IE")."""
        return fold(name) in self._countries

    def country_codes(self) -> tuple[str, ...]:
        return tuple(sorted(set(self._countries.values())))

    def _country_code(self, country: Optional[str]) -> Optional[str]:
        code = None if country is None else self._countries.get(fold(country))
        if country is not None and code is None:
            raise ValueError(f"unknown country {country!r}; known: {sorted(set(self._countries.values()))}")
        return code

    def _add(self, party: _PartyRow) -> None:
        codes = [party.country] if isinstance(party.country, str) else party.country
        rows = [_AliasRow(text=a) if isinstance(a, str) else a for a in party.aliases]
        texts = [row.text for row in rows]
        problem = ("country must be codes from 'countries'" if not codes or set(codes) - set(self._countries.values())
                   else "listed twice for one country" if any(party.name in self._names.get(c, ()) for c in codes)
                   else "an alias is listed twice" if len(set(texts)) != len(texts) else None)
        if problem:
            raise GazetteerError(self.path, f"party {party.name!r}: {problem}")
        if party.name not in texts:  # the name is always an alias; list it to give it flags
            rows.insert(0, _AliasRow(text=party.name))
        for code in codes:
            self._names.setdefault(code, []).append(party.name)
        for leader in party.leaders:
            if self.leaders.setdefault(leader, party.name) != party.name:
                raise GazetteerError(self.path, f"leader {leader!r} is listed for two parties")
        for row in rows:
            self._entries.append(_Entry(row.text, _unify(row.text), party.name, row.context, row.case,
                                        frozenset(codes)))

    def _check_conflicts(self) -> None:
        """Within one country an alias may name only one party (regional rules come after)."""
        for key, entries in self._index.items():
            for code in {c for e in entries for c in e.countries}:
                names = sorted({e.canonical for e in entries if code in e.countries})
                if len(names) > 1:
                    raise GazetteerError(self.path, f"{key!r} names {names} in {code}: drop one or add a regional rule")


# --- places --------------------------------------------------------------------

_PLACE_PUNCT = re.compile(r"[-,.()\"/]")  # Weston-super-Mare = Weston super Mare; commas optional
_SAINT = re.compile(r"\bsaint\b")                 # Saint Albans = St Albans
_PLACE_AFFIX = re.compile(r"^the | constituency$")  # The Wrekin = Wrekin constituency


def _place_key(name: str) -> str:
    """Look-up key for a constituency name.

    >>> _place_key("Bury St. Edmunds & Stowmarket") == _place_key("Bury St Edmunds and Stowmarket")
    True
    >>> _place_key("The Wrekin constituency")
    'wrekin'
    """
    key = _SPACE.sub(" ", _SAINT.sub("st", _PLACE_PUNCT.sub(" ", fold(name)))).strip()
    return _PLACE_AFFIX.sub("", key)


class Places:
    """The 650 UK constituencies of 2024, with the nation and region of each, and the seats abroad
    that seats_abroad.json lists (their country is their region)."""

    def __init__(self, data: _PlacesFile, path: Path, abroad: Optional[_SeatsAbroadFile] = None):
        self.path = path
        self._places: dict[str, Place] = {}                          # _place_key -> place
        self._spellings: list[tuple[str, str]] = []                  # (spelling, official name)
        self._regions = {fold(nation): nation for nation in NATIONS}  # nation or ONS region -> nation
        every = list(data.places)
        for country, listed in (abroad.countries.items() if abroad else ()):
            for row in listed.seats:
                spellings = dict.fromkeys([*row.variants, *(v for v in (row.name.replace("-", " "), row.name.replace("-", "–"))
                                                            if v != row.name)])
                every.append(Place(name=row.name, ons_id=None, country=country, region=country, county=None,
                                   type=listed.body, variants=list(spellings)))
        for place in every:
            self._regions[fold(place.region)] = place.country
            for spelling in (place.name, *place.variants):
                other = self._places.setdefault(_place_key(spelling), place)
                if other is not place:
                    raise GazetteerError(path, f"{spelling!r} names both {other.name!r} and {place.name!r}")
                self._spellings.append((spelling, place.name))

    def get(self, name: Optional[str]) -> Optional[Place]:
        """The constituency record for a name or variant spelling, or None."""
        return self._places.get(_place_key(name)) if name else None

    def canonical(self, name: Optional[str]) -> Optional[str]:
        """Official name, or None.

        >>> places().canonical("Argyll Bute & South Lochaber")
        'Argyll, Bute and South Lochaber'
        """
        place = self.get(name)
        return place.name if place else None

    def region(self, name: Optional[str]) -> Optional[str]:
        """'England', 'Scotland', 'Wales' or 'Northern Ireland' for a constituency (a seat abroad: its
        country, "Ireland"), or None.

        A nation or ONS region name gives its nation too, so callers can pass what they have.

        >>> places().region("Glasgow East"), places().region("North West"), places().region("Narnia")
        ('Scotland', 'England', None)
        """
        place = self.get(name)
        return place.country if place else self._regions.get(fold(name)) if name else None

    def names(self) -> tuple[str, ...]:
        """Official names, sorted."""
        return tuple(sorted({name for _, name in self._spellings}))

    def spellings(self) -> tuple[tuple[str, str], ...]:
        """(spelling, official name) for every name and variant, for matchers."""
        return tuple(self._spellings)


# --- loading -------------------------------------------------------------------

def _read(filename: str, shape: type[BaseModel]):
    """The data file parsed and validated against its shape, and its path."""
    path = DATA_DIR / filename
    try:
        return shape.model_validate(json.loads(path.read_text(encoding="utf-8"))), path
    except (OSError, ValueError) as err:  # ValidationError and JSONDecodeError are ValueErrors
        raise GazetteerError(path, str(err)) from err


@functools.lru_cache(maxsize=None)
def parties() -> Parties:
    """The party gazetteer, built once per process."""
    return Parties(*_read("parties.json", _PartiesFile))


@functools.lru_cache(maxsize=None)
def places() -> Places:
    """The constituency gazetteer, built once per process."""
    return Places(*_read("places.json", _PlacesFile), _read("seats_abroad.json", _SeatsAbroadFile)[0])


@functools.lru_cache(maxsize=None)
def honorifics(position: Optional[str] = None) -> tuple[str, ...]:
    """Titles ('prefix') and post-nominals ('suffix') for name cleaning; both when position is None.

    Entries marked case-sensitive in honorifics.json ('MS', 'MP') are all-caps; compare others
    case-insensitively and with an optional trailing full stop. Strip only at a name's edge:
    'Lord' is also a surname (Jonathan Lord).

    >>> "Cllr" in honorifics("prefix"), "MP" in honorifics("suffix"), "MP" in honorifics("prefix")
    (True, True, False)
    """
    if position not in (None, "prefix", "suffix"):
        raise ValueError(f"position must be 'prefix', 'suffix' or None, not {position!r}")
    data, _ = _read("honorifics.json", _HonorificsFile)
    return tuple(row.text for row in data.honorifics if position in (None, row.position))
