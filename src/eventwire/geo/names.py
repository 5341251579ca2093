"""Name keys: folding, transliteration-tolerant keys and skeletons that make one place's spellings meet, and
admin-area names without their affixes ('Muhafazat Kirkuk' -> 'Kirkuk')."""
from __future__ import annotations

import functools
import re
import unicodedata

from .files import _data_lines

#: skeleton-key candidates must be this similar (rapidfuzz ratio on exact keys) to count as the same name;
#: 80 accepts Idleb/Idlib, Tell Abiad/Tall Abyad and Quamishli/Qamishli but not Kirkuk/Karak
SKELETON_MIN_RATIO = 80.0


#: short names differ in fewer letters, so one changed letter is a bigger share: Comoe is not Coamo
SKELETON_MIN_RATIO_SHORT = 88.0


SHORT_KEY = 7


_FOLD = str.maketrans(
    {
        "ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "ı": "i", "ð": "d", "þ": "th", "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "", "'": "",
        "’": "", "‘": "", "`": "", "´": "", "ʹ": "", "′": "", "&": " and ",
    }
)


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


_DOUBLE = re.compile(r"([a-z])\1+")


#: Arabic (and Romance) articles glued to names: "al-Matar", "At Tarmiyah", "Salah ad Din", "Deir ez-Zor"
PARTICLES = frozenset(
    "al el ad ag ah aj ak an ar as ash at ath adh ay az ed er es et ez ul ud ur us il".split()
)


#: Romance linking words that writers drop or keep at will ("San Francisco de Campeche" = "San Francisco Campeche")
LINKERS = frozenset("de del da do das dos di du des".split())


_DROPPED = PARTICLES | LINKERS


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


#: the ASCII characters _FOLD rewrites: most names have none, and lower() alone is cheaper than a translate()
_FOLDS_ASCII = tuple(chr(c) for c in sorted(_FOLD) if c < 128)


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: diacritics and apostrophes (ʿayn, hamza) removed."""
    if text.isascii():
        for c in _FOLDS_ASCII:
            if c in text:
                return text.translate(_FOLD).lower()
        return text.lower()
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_FOLD)))
    return text.translate(_FOLD).lower()


def _token_key(tok: str) -> str:
    """Key of one token whose doubled letters were already collapsed (by the caller, once per name)."""
    if len(tok) > 3:
        # Transliterations differ mostly at the end: -iyah/-iya/-iyeh/-ieh/-ia, -ah/-a, -eh/-e.
        if tok[-1] == "h" and tok[-2] in "aeiou":
            tok = tok[:-1]
        tok = tok.replace("iy", "i")
        if tok[-1] == "e":
            tok = tok[:-2] + "ia" if tok.endswith("ie") else tok[:-1] + "a"
    return tok


@functools.lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """name_key of one word, with articles and linking words dropped to "" (for building keys of word runs)."""
    return _keys_of([t for t in _key_words(fold(word)) if t not in _DROPPED])


@functools.lru_cache(maxsize=1 << 17)
def name_key(text: str) -> str:
    """Exact-match key: folded, punctuation to spaces, articles dropped, doubled letters and endings unified."""
    tokens = _key_words(fold(text))
    if len(tokens) > 1:  # (a lone word is kept even if it is an article)
        tokens = [t for t in tokens if t not in _DROPPED] or tokens
    return _keys_of(tokens)


def spelled_alike(a: str, b: str) -> bool:
    """True when two names are spelled alike but for case, diacritics and punctuation: name_key also unifies doubled
    letters and endings (transliterations: Ninewa/Ninawa), which in English place names make other places ("Paterson",
    New Jersey and "Patterson", Louisiana share a key)."""
    return _spelling(a) == _spelling(b)


def _spelling(name: str) -> list[str]:
    """A name's folded words, articles and linking words dropped as name_key drops them ("The Dalles": dalles)."""
    tokens = _key_words(fold(name))
    return [t for t in tokens if t not in _DROPPED] or tokens


def _key_words(folded: str) -> list[str]:
    """The runs of a-z0-9 in a folded name."""
    # Most names are ASCII letters and spaces: str.split() gives the same words for much less than the regex.
    if folded.isascii() and folded.replace(" ", "").isalpha():
        return folded.split()
    return [t for t in _NON_ALNUM.split(folded) if t]


def _keys_of(tokens: list[str]) -> str:
    if not tokens:
        return ""
    joined = " ".join(tokens)
    # Doubled letters never span the separating space, so one regex pass collapses them in every token. Most names
    # have none: the search is cheaper than the substitution, whose group template runs Python code per match.
    if _DOUBLE.search(joined):
        joined = _DOUBLE.sub(r"\1", joined)
    if " " not in joined:  # one word, as most names are: no list to build
        return joined if len(joined) <= 3 else _token_key(joined)
    return " ".join([t if len(t) <= 3 else _token_key(t) for t in joined.split(" ")])


_SKELETON_DIGRAPHS = [("ph", "f"), ("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c")]


_SKELETON_LETTERS = str.maketrans({"q": "k", "c": "k", "v": "w", "z": "s", "j": "y", "x": "ks"})


_SKELETON_DROP = str.maketrans("", "", "aeiouyh")


def skeleton(key: str) -> str:
    """Loose key: consonant skeleton of an exact key, so Ninewa/Nineveh/Ninawa collide; verified by ratio."""
    out = []
    for tok in key.split():
        for a, b in _SKELETON_DIGRAPHS:
            if a in tok:
                tok = tok.replace(a, b)
        tok = tok.translate(_SKELETON_LETTERS)
        out.append(_DOUBLE.sub(r"\1", tok[:1] + tok[1:].translate(_SKELETON_DROP)))
    return " ".join(out)


def _affixes() -> tuple[list[str], list[str]]:
    prefixes: list[str] = []
    suffixes: list[str] = []
    for kind, words in _data_lines("admin_affixes.tsv"):
        (prefixes if kind == "prefix" else suffixes).append(words)
    by_len = lambda w: (-len(w), w)  # noqa: E731 - longest first so "Departamento de" beats "Departamento"
    return sorted(prefixes, key=by_len), sorted(suffixes, key=by_len)


_AFFIX_CACHE: tuple[list[str], list[str]] | None = None


@functools.lru_cache(maxsize=1 << 16)
def clean_admin_name(name: str) -> str:
    """'Muhafazat Kirkuk' -> 'Kirkuk', 'Salah ad Din Governorate' -> 'Salah ad Din' (rules in admin_affixes.tsv)."""
    global _AFFIX_CACHE
    if _AFFIX_CACHE is None:
        _AFFIX_CACHE = _affixes()
    prefixes, suffixes = _AFFIX_CACHE
    out = name.strip()
    low = out.lower()
    for p in prefixes:
        if low.startswith(p.lower() + " ") or (p.endswith(("-", "'")) and low.startswith(p.lower())):
            out = out[len(p):].lstrip(" -")
            break
    low = out.lower()
    for s in suffixes:
        if low.endswith(" " + s.lower()) and len(out) > len(s) + 2:
            out = out[: -len(s)].rstrip(" ,-")
            break
    return out or name.strip()


def _min_ratio(key: str) -> float:
    return SKELETON_MIN_RATIO_SHORT if len(key) < SHORT_KEY else SKELETON_MIN_RATIO
