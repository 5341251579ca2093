"""Parsing: load the spaCy pipeline once, re-case wire copy, and parse texts in batches into Docs."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Iterator, TypeVar

from .abbreviations import keep_after_titles
from .errors import ModelError
from .lexicon import lexicon
from .casing import case_mode
from .options import Options

T = TypeVar("T")

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*\n\s*|[\"“]\s*)([a-z])")


def _paragraph_breaks(doc):
    """A blank line ends a sentence: headlines and datelines carry no full stop, and the parser would join them."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


#: what the attribute ruler's token patterns test, and the column of doc.to_array each is read from
_RULE_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_EQ, _IN, _NOT_IN, _REGEX = range(4)
#: a test of one token: (column, kind, value): a hash (_EQ), a set of hashes (_IN, _NOT_IN) or a compiled pattern
_Check = tuple[int, int, Any]
#: token rows (tag, word, dependency, space) and words whose matches AttributeRules remembers: a news text repeats
#: most of its rows ("the" as a determiner), and a few tens of thousands cover the words of a long stream
ROW_MEMO_SIZE = 50_000


class AttributeRules:
    """spaCy's attribute ruler (POS and morphology from the tagger's tags and a few words) without its Matcher:
    the same patterns read from the ruler, tried only where a token's tag or word can match, and the same writes
    (spaCy's set_token_attrs) in the same order (later patterns win). The Matcher tried all 179 patterns of the
    English model on every token: a fifth of the parse (tests/test_parse.py compares every token's attributes)."""

    def __init__(self, ruler: Any) -> None:
        from spacy.strings import get_string_id

        self.attrs, self.indices = ruler.attrs, ruler.indices
        self.keyed: dict[tuple[int, int], list[tuple[int, tuple[_Check, ...]]]] = {}
        self.unkeyed: list[tuple[int, tuple[_Check, ...]]] = []
        #: two-token patterns, each with where its first token is looked up, or else its second (the offset of the
        #: token looked up: 0 or 1), or None: tried at every token
        self.pairs: list[tuple[int, tuple[_Check, ...], tuple[_Check, ...], list[tuple[int, int]] | None, int]] = []
        for number, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                specs = [self._checks(spec, get_string_id) for spec in pattern]
                if len(specs) == 2:
                    # ("y'all": the first token's word is a pattern, the second's a word, looked up instead)
                    first_keys, second_keys = self._keys(specs[0], (0, 1, 2)), self._keys(specs[1], (0, 1, 2))
                    keys, offset = (first_keys, 0) if first_keys or not second_keys else (second_keys, 1)
                    self.pairs.append((number, specs[0], specs[1], keys or None, offset))
                    continue
                if len(specs) != 1:
                    raise ValueError(f"attribute ruler pattern of {len(specs)} tokens")
                keys = self._keys(specs[0])
                for key in keys:
                    self.keyed.setdefault(key, []).append((number, specs[0]))
                if not keys:
                    self.unkeyed.append((number, specs[0]))
        #: what tokens were found to match, remembered across docs (bounded by ROW_MEMO_SIZE): the one-token
        #: patterns each row of _RULE_COLUMNS values matches, and each LOWER pattern's answer for a word
        self.matched: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.searched: dict[tuple[int, int], bool] = {}

    @staticmethod
    def _checks(spec: dict, string_id: Any) -> tuple[_Check, ...]:
        out: list[_Check] = []
        for name, value in spec.items():
            column = _RULE_COLUMNS.index(name)  # ValueError: a test this class does not know
            if isinstance(value, dict):
                ((op, arg),) = value.items()
                if op == "REGEX" and name == "LOWER":
                    out.append((column, _REGEX, re.compile(arg)))
                elif op in ("IN", "NOT_IN"):
                    out.append((column, _IN if op == "IN" else _NOT_IN, frozenset(string_id(a) for a in arg)))
                else:
                    raise ValueError(f"attribute ruler test {name} {op}")
            elif isinstance(value, bool):
                out.append((column, _EQ, int(value)))
            else:
                out.append((column, _EQ, string_id(value)))
        return tuple(out)

    @staticmethod
    def _keys(checks: tuple[_Check, ...], columns: tuple[int, ...] = (0, 1)) -> list[tuple[int, int]]:
        """Where a pattern's token is looked up: a tag or a word it must have (TAG and LOWER are columns 0, 1), or a
        dependency label (column 2) where `columns` names it."""
        for column in columns:
            for col, kind, value in checks:
                if col == column and kind == _EQ:
                    return [(column, value)]
        for column in (0, 1):
            for col, kind, value in checks:
                if col == column and kind == _IN:
                    return [(column, v) for v in value]
        return []

    @staticmethod
    def _holds(checks: tuple[_Check, ...], row: list[int], strings: Any,
               searched: dict[tuple[int, int], bool]) -> bool:
        """Whether a token (its row of _RULE_COLUMNS) passes every test; `searched` remembers each pattern's answer
        for each word (a doc says "the" many times)."""
        for column, kind, value in checks:
            got = row[column]
            if kind == _EQ:
                if got != value:
                    return False
            elif kind == _IN:
                if got not in value:
                    return False
            elif kind == _NOT_IN:
                if got in value:
                    return False
            else:
                found = searched.get((id(value), got))
                if found is None:
                    found = searched[(id(value), got)] = value.search(strings[got]) is not None
                if not found:
                    return False
        return True

    def __call__(self, doc: Any) -> Any:
        import numpy

        from spacy.tokens._retokenize import set_token_attrs

        array = doc.to_array(list(_RULE_COLUMNS))
        rows = array.tolist()
        strings, holds, keyed, unkeyed = doc.vocab.strings, self._holds, self.keyed, self.unkeyed
        searched, matched = self.searched, self.matched
        if len(searched) > ROW_MEMO_SIZE or len(matched) > ROW_MEMO_SIZE:
            searched.clear()
            matched.clear()
        hits: dict[int, set[int]] = {}
        for i, row in enumerate(rows):
            key = tuple(row)
            numbers = matched.get(key)
            if numbers is None:
                # a one-token pattern reads nothing but the token's row: the same row matches the same patterns
                numbers = matched[key] = tuple(
                    number for rule in (keyed.get((0, row[0]), ()), keyed.get((1, row[1]), ()), unkeyed)
                    for number, checks in rule if holds(checks, row, strings, searched))
            if numbers:
                hits.setdefault(i, set()).update(numbers)
        last = len(rows) - 1
        for number, first, second, keys, offset in self.pairs:
            # the tokens the first test can hold at, found where the looked-up token's value is (a token has one
            # value a column, so no token comes twice)
            starts: Iterable[int] = range(last) if keys is None else [
                i - offset for column, value in keys
                for i in numpy.flatnonzero(array[:, column] == numpy.uint64(value)).tolist() if 0 <= i - offset < last]
            for i in starts:
                if holds(first, rows[i], strings, searched) and holds(second, rows[i + 1], strings, searched):
                    hits.setdefault(i + 1 if self.indices[number] in (1, -1) else i, set()).add(number)
        for i, found in sorted(hits.items()):
            token = doc[i]
            for number in sorted(found):
                set_token_attrs(token, self.attrs[number])
        return doc


#: thinc's matrix products (the tok2vec's maxout layers, the tagger's output layer, the parser's and NER's precomputed
#: features) through NumPy's OpenBLAS instead of the BLIS that thinc ships: on this project's machines (AMD EPYC, AVX2,
#: one thread) BLIS multiplied 3,000 x 288 by 288 x 288 in 17.8 ms, OpenBLAS in 5.9, and the maxout layers were the
#: largest single cost of a coded article (18% of its CPU, docs/scale.md, session 27). The coded output of 60 MUC-4
#: texts and 100 GVA articles was the same with either (the products differ in the last bits; no tag, arc or entity
#: moved), and their coding took 15% less CPU. Held at encoder.BLAS_THREADS threads while multiplying, as the encoder is
NUMPY_GEMM = True


def _numpy_ops() -> Any:
    """thinc's CPU ops with gemm through NumPy (NUMPY_GEMM), one instance per process."""
    global _NUMPY_OPS
    if _NUMPY_OPS is None:
        from thinc.api import NumpyOps
        from threadpoolctl import ThreadpoolController

        from .encoder import BLAS_THREADS

        class _Ops(NumpyOps):
            """NumpyOps(use_blis=False) with OpenBLAS held at BLAS_THREADS threads in each product: left at a thread
            per core, OpenBLAS's threads spin waiting for work (encoder.BLAS_THREADS). A library already at
            BLAS_THREADS (a worker started with OMP_NUM_THREADS=1) is left alone, and one that is not is set and set
            back around the product: threadpoolctl's `limit` read every library's whole state on entry and set it
            all back on exit, ~0.1 ms a product, most of them small (the people NER's batches of a few sentences:
            2,743 products for 100 GVA articles; docs/scale.md, session 30)."""

            def __init__(self) -> None:
                super().__init__(use_blis=False)
                self.blas = ThreadpoolController().select(user_api="blas").lib_controllers

            def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
                held = [(lib, n) for lib in self.blas if (n := lib.num_threads) != BLAS_THREADS]
                for lib, _ in held:
                    lib.set_num_threads(BLAS_THREADS)
                try:
                    return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
                finally:
                    for lib, n in held:
                        lib.set_num_threads(n)

        _NUMPY_OPS = _Ops()
    return _NUMPY_OPS


_NUMPY_OPS: Any = None


def numpy_gemm(nlp: Any) -> Any:
    """`nlp` with every component's model multiplying through NumPy (NUMPY_GEMM), where it runs on thinc's CPU ops
    (a pipeline moved to a GPU keeps its ops). Returns `nlp`."""
    if not NUMPY_GEMM:
        return nlp
    from thinc.api import NumpyOps

    ops = _numpy_ops()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
    return nlp


#: one Vocab per model for the parse and the people NER (session 27): the NER reads sentences of articles the parse
#: has just tokenised, and with a vocabulary of its own it made each of their words' lexemes again (5% of the NER's
#: CPU on the sentences of new articles, docs/scale.md); both pipelines are loaded from the same model, so their
#: lexemes are the same
_VOCABS: dict[str, Any] = {}


def _load_sharing_vocab(model: str, exclude: Iterable[str]) -> Any:
    """spaCy's pipeline `model` less `exclude`, on the vocabulary of the pipelines of `model` loaded before it
    (_VOCABS). The vocabulary is read from the model once: read again into the shared one (Vocab.from_disk), its
    table of lexemes would start afresh, and the first pipeline's tokenizer would keep lexemes the vocabulary no
    longer knows."""
    import spacy

    vocab = _VOCABS.get(model)
    if vocab is None:
        nlp = spacy.load(model, exclude=list(exclude))
        _VOCABS[model] = nlp.vocab
        return nlp
    return spacy.load(model, exclude=[*exclude, "vocab"], vocab=vocab)


def _rules_known(ruler: Any) -> bool:
    """Whether AttributeRules knows every test the ruler's patterns make (else spaCy's ruler stays)."""
    try:
        AttributeRules(ruler)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4)
def load_pipeline(model: str, exclude: tuple[str, ...] = ("senter",)):
    """The spaCy pipeline named `model`, loaded once per process, with paragraph breaks as sentence breaks, no
    sentence begun after a title written short ("Sgt.": abbreviations.keep_after_titles) and its
    attribute ruler's rules applied by AttributeRules."""
    try:
        from spacy.language import Language

        if not Language.has_factory("eventwire_paragraphs"):
            Language.component("eventwire_paragraphs", func=_paragraph_breaks)
        if not Language.has_factory("eventwire_abbreviations"):
            Language.component("eventwire_abbreviations", func=keep_after_titles)
        if not Language.has_factory("eventwire_attribute_rules"):
            Language.factory("eventwire_attribute_rules",
                             func=lambda nlp, name: AttributeRules(nlp.get_pipe("attribute_ruler")))
        nlp = _load_sharing_vocab(model, exclude)
        nlp.add_pipe("eventwire_paragraphs", before="parser")
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("eventwire_abbreviations", before="parser")
        if "attribute_ruler" in nlp.pipe_names and _rules_known(nlp.get_pipe("attribute_ruler")):
            nlp.add_pipe("eventwire_attribute_rules", after="attribute_ruler")
            nlp.remove_pipe("attribute_ruler")
        return numpy_gemm(nlp)
    except OSError as exc:
        raise ModelError(f"spaCy pipeline {model!r} is not installed ({exc}); run scripts/install.sh") from None


#: the spaCy components that tell people from places; only the entity recogniser runs, and only on the sentences
#: geocoded. The shared tok2vec is left out too: the small English model's NER embeds the text with its own tok2vec
#: layer, so the shared one's output is never read (the same entities, a third cheaper:
#: tests/test_parse.py::test_people_without_shared_tok2vec)
_NER_ONLY_EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
#: sentences whose people's names are remembered: an article's incidents are placed from sentences they share, and
#: the joined pieces of one act are placed again from the same ones; NER reads nothing but the sentence's own text
PEOPLE_CACHE_SIZE = 4096
#: words that make an ORG span a person with a title ("Superintendent Audley Peters", which the small model calls ORG)
PERSON_TITLES = frozenset(
    "superintendent sheriff chief officer detective sergeant sgt lieutenant lt captain capt deputy commissioner "
    "inspector constable president minister secretary senator governor mayor general colonel col major maj "
    "spokesman spokeswoman spokesperson director professor prof dr mr mrs ms judge attorney rep representative "
    "pastor reverend rev father bishop imam sheikh king prince queen ambassador".split()
)


#: words that make a span NER calls a person an area's name ("Bassa LGA", "Kwal district")
_AREA_WORDS = frozenset("lga district county province region state governorate municipality village town city "
                        "township parish department prefecture".split())


@lru_cache(maxsize=2)
def _ner_pipeline(model: str):
    try:
        return numpy_gemm(_load_sharing_vocab(model, _NER_ONLY_EXCLUDE))
    except OSError as exc:
        raise ModelError(f"spaCy pipeline {model!r} is not installed ({exc}); run scripts/install.sh") from None


def people(text: str, regions: Iterable[tuple[int, int]], options: Options) -> list[tuple[int, int]]:
    """Character spans of people's names in the given regions of `text` (spaCy's NER: PERSON, and ORG spans that
    hold a title), so that a surname is never taken for a town ("Dylann Roof", "Rex Tillerson said")."""
    regions = sorted({(max(0, s), min(len(text), e)) for s, e in regions if e > s})
    model = options.parse.model
    known = {text[s:e]: _PEOPLE_CACHE.get((model, text[s:e])) for s, e in regions}
    missing = [region for region, spans in known.items() if spans is None]
    if missing:
        if len(_PEOPLE_CACHE) + len(missing) > PEOPLE_CACHE_SIZE:
            _PEOPLE_CACHE.clear()
        for region, doc in zip(missing, _ner_pipeline(model).pipe(missing)):
            known[region] = _PEOPLE_CACHE[(model, region)] = _people_in(doc)
    out: list[tuple[int, int]] = []
    for start, end in regions:
        out.extend((start + s, start + e) for s, e in known[text[start:end]] or ())
    return out


#: (model, sentence text) -> the character spans of people's names in it (people() remembers them)
_PEOPLE_CACHE: dict[tuple[str, str], tuple[tuple[int, int], ...]] = {}


def _people_in(doc) -> tuple[tuple[int, int], ...]:
    """The character spans of the people's names NER finds in `doc` (see people)."""
    out = []
    for ent in doc.ents:
        if any(t.lower_ in _AREA_WORDS for t in ent):
            continue
        if ent.label_ == "PERSON" or (ent.label_ == "ORG" and any(t.lower_.rstrip(".") in PERSON_TITLES
                                                                for t in ent)):
            out.append((ent.start_char, ent.end_char))
    return tuple(out)


def needs_recasing(text: str, options: Options) -> bool:
    """True for wire copy in ALL CAPS or all lower-case, which the statistical tagger reads badly."""
    return case_mode(text, options) != "mixed"


def _upper1(char: str) -> str:
    """Upper case of one character, or the character itself where that would be two ("ß" -> "SS")."""
    upper = char.upper()
    return upper if len(upper) == 1 else char


def lower_keeping_offsets(text: str) -> str:
    """`text` lower-cased, except the few characters whose lower case is two code points (U+0130), so every
    character offset into the result is an offset into `text`."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def recase(text: str) -> str:
    """Sentence case with known names capitalised; same length, so every offset stays valid."""
    lowered = lower_keeping_offsets(text)
    names = lexicon().proper_words
    chars = list(lowered)
    for match in _WORD.finditer(lowered):
        word = match.group(0)
        if word in names:
            for part in re.finditer(r"[a-z]+", word):
                if part.group(0) in names or word in names:
                    start = match.start() + part.start()
                    chars[start] = _upper1(chars[start])
        elif len(word) <= 5 and word in lexicon().acronyms:
            for i in range(match.start(), match.end()):
                chars[i] = _upper1(chars[i])
    for match in _SENTENCE_START.finditer(lowered):
        chars[match.start(2)] = _upper1(chars[match.start(2)])
    return "".join(chars)


def parse_many(items: Iterable[tuple[T, str]], options: Options) -> Iterator[tuple[T, "object"]]:
    """Parse each (context, text) pair and yield (context, Doc), in order, batching through nlp.pipe."""
    nlp = load_pipeline(options.parse.model, tuple(options.parse.exclude))
    limit = options.parse.max_chars

    def texts() -> Iterator[tuple[str, T]]:
        for context, text in items:
            text = text[:limit]
            yield (recase(text) if needs_recasing(text, options) else text), context

    for doc, context in nlp.pipe(texts(), as_tuples=True, batch_size=options.parse.batch_size):
        yield context, doc
