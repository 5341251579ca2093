"""Role candidates: the noun phrases of an incident's sentences, scored as MUC-4 role fillers by a linear model."""
from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import cast

from .detect import doc_memo, doc_text
from .lexicon import Trigger, lexicon
from .linear import LinearModel, Packaged
from .roles import LABELS as ROLE_LABELS

#: what the model chooses between: no role, or one of the tagger's role labels
LABELS = ("NONE",) + ROLE_LABELS

#: package-relative location of the weights (written by scripts/train_role_ranker.py)
MODEL_FILE = ("data", "models", "role_ranker.json")

#: a candidate becomes a filler when its best role is at least this probable. Under GTT's template F1 an added
#: filler pays as long as it is right about one time in five; on MUC-4 dev 0.2 / 0.3 / 0.4 gave template F1
#: 42.2 / 42.6 / 42.3 (the model was trained on train only; dev chose between the three)
THRESHOLD = 0.3

#: pronouns and wh-words head no filler: MUC-4 fills roles with the phrase that names the entity
_PRONOUN_TAGS = frozenset({"PRP", "WP", "WDT", "EX"})
#: a noun phrase's tail after one of these (a determiner, possessive or number) is not a phrase of its own
_NO_TAIL_AFTER = frozenset({"DT", "PRP$", "CD"})
#: features bucket counts and distances so that rare values share weights
_MAX_LEN, _MAX_COUNT, _MAX_TRIGGER_BUCKET, _TRIGGER_BUCKET = 6, 3, 4, 3

_MODEL = Packaged(MODEL_FILE, LABELS)

#: the [state_agents] words of this file (state_agents: soldiers, the army, the police doing the act)
WORDS_FILE = "types_words.toml"
#: a state force told doing the act is its perpetrator as surely as the model's best fillers: state_agents' fillers
#: are ranked with this probability, above every threshold, so that an overlapping candidate of the model gives way
STATE_AGENT_PROBABILITY = 1.0
#: the longest phrase of the word lists, in words ("national police", "army troops")
_STATE_PHRASE_WORDS = 2
#: determiners and numbers a force's phrase starts with that MUC-4's keys leave out ("the army", "six soldiers")
_LEADING_TAGS = frozenset({"DT", "PDT", "PRP$"})
#: the entity kinds of words that belong to a force's name before its body's word ("Honduran army", "Lima police")
_BODY_NAMES = frozenset({"NORP", "GPE", "ORG"})


def model_path() -> Path:
    return _MODEL.path()


def load() -> LinearModel | None:
    """The shipped model, loaded once; None when the package carries none."""
    return _MODEL.load()


def candidate_spans(doc, sentences: Sequence[tuple[int, int]]) -> list:
    """Token spans that may fill a role, in `sentences` (character ranges) of a parsed `doc`.

    Each noun chunk; its tails ("governor antonio roldan betancur" inside "department governor ..."), because MUC-4
    keys often name the entity without the title the text puts before it; the proper-name run inside a longer
    chunk; and "X of Y" ("members of the FMLN", "offices of the corporation")."""
    out = []
    chunks = _noun_chunks(doc)
    for k, chunk in enumerate(chunks):
        if not any(s <= chunk.start_char < e for s, e in sentences) or chunk.root.tag_ in _PRONOUN_TAGS:
            continue
        out.append(chunk)
        for j in range(chunk.start + 1, chunk.end):
            if not (doc[j].is_space or doc[j].is_punct or doc[j - 1].tag_ in _NO_TAIL_AFTER):
                out.append(doc[j : chunk.end])
        names = [t.i for t in chunk if t.pos_ == "PROPN"]
        if names and len(names) < len(chunk):
            last = first = names[-1]
            while first - 1 >= chunk.start and doc[first - 1].pos_ == "PROPN":
                first -= 1
            if first > chunk.start and last + 1 < chunk.end:
                out.append(doc[first : last + 1])
        if chunk.end < len(doc) and doc[chunk.end].lower_ == "of":
            following = next((c for c in chunks[k + 1 : k + 3] if c.start == chunk.end + 1), None)
            if following is not None:
                out.append(doc[chunk.start : following.end])
    return out


def _noun_chunks(doc) -> list:
    """The doc's noun chunks, listed once: every incident of an article ranks the chunks of its own sentences."""
    return doc_memo(doc, "noun_chunks", lambda: list(doc.noun_chunks))


def _lexicon_features(words: list[str], prefix: str) -> Iterable[str]:
    lex = lexicon()
    indexes = (("perp", lex.perpetrator_nouns), ("tgt", lex.targets), ("weap", lex.weapons), ("trig", lex.triggers))
    for i in range(len(words)):
        for name, index in indexes:
            if words[i] not in index:
                continue  # most words start no phrase: a set lookup before the longest match
            found = index.match_at(words, i)
            if found:
                yield f"{prefix}lex_{name}"
                klass = getattr(found[1], "klass", None)
                if klass:
                    yield f"{prefix}lex_{name}_{klass}"


def _trigger_offsets(sentence, cache: dict[int, list[int]] | None = None) -> list[int]:
    """Token offsets in `sentence` where an act word starts; `cache` (sentence start -> offsets) spares the
    sentence's other candidates the same lexicon scan."""
    if cache is not None and sentence.start in cache:
        return cache[sentence.start]
    words = [t.lower_ for t in sentence]
    triggers = lexicon().triggers
    found = [k for k in range(len(words)) if words[k] in triggers and triggers.match_at(words, k)]
    if cache is not None:
        cache[sentence.start] = found
    return found


def features(span, main_sentences: Sequence[tuple[int, int]], text_lower: str,
             trigger_cache: dict[int, list[int]] | None = None) -> dict[str, float]:
    """Binary features of one candidate: its words, its syntactic place, lexicon classes, nearby act words."""
    doc, root = span.doc, span.root
    words = [t.lower_ for t in span]
    f: dict[str, float] = {"bias": 1.0}

    def on(name: str) -> None:
        f[name] = 1.0

    on(f"h={root.lower_}")
    on(f"htag={root.tag_}")
    on(f"dep={root.dep_}")
    on(f"gov={root.head.lower_}")
    on(f"depgov={root.dep_}|{root.head.lower_}")
    if root.dep_ == "pobj":
        on(f"prep={root.head.lower_}")
        on(f"prepgov={root.head.lower_}|{root.head.head.lower_}")
    if root.dep_ == "conj":
        on(f"conjdep={root.head.dep_}")
        on(f"conjgov={root.head.head.lower_}")
    for w in words:
        on(f"w={w}")
    on(f"first={words[0]}")
    if all(t.pos_ in ("PROPN", "DET") for t in span):
        on("propn")
    on(f"len={min(len(span), _MAX_LEN)}")
    if any(t.like_num for t in span):
        on("num")
    if span.start > 0:
        on(f"L={doc[span.start - 1].lower_}")
    if span.end < len(doc):
        on(f"R={doc[span.end].lower_}")
    if "of" in words:
        on("of")
    for name in _lexicon_features(words, ""):
        on(name)
    for name in _lexicon_features([root.lower_], "h"):
        on(name)
    if any(s <= span.start_char < e for s, e in main_sentences):
        on("main")
    on(f"count={min(text_lower.count(span.text.lower()), _MAX_COUNT)}")
    sentence = span.sent
    triggers = _trigger_offsets(sentence, trigger_cache)
    if triggers:
        offset = span.start - sentence.start
        on(f"tdist={min(min(abs(offset - k) for k in triggers) // _TRIGGER_BUCKET, _MAX_TRIGGER_BUCKET)}")
        if any(k > span.end - sentence.start for k in triggers):
            on("trig_after")
    else:
        on("notrig")
    if lexicon().group_pattern_ci.search(span.text):
        on("group")
    return f


def rank(doc, sentences: Sequence[tuple[int, int]], main_sentences: Sequence[tuple[int, int]],
         model: LinearModel | None = None) -> list[tuple[int, int, str, float]]:
    """(start_char, end_char, label, probability) of each candidate's most probable role, most probable first."""
    model = model or load()
    if model is None:
        return []
    text_lower = doc_memo(doc, "text_lower", lambda: doc_text(doc).lower())
    trigger_cache: dict[int, list[int]] = doc.user_data.setdefault("eventwire_trigger_offsets", {})
    # an article's incidents rank the candidates of the sentences they share, and joined pieces of one act are ranked
    # again: a candidate's best role is remembered on the doc, keyed by what its features read besides the doc
    # (the model, the span, whether it starts in a main sentence)
    remembered: dict[tuple, tuple[int, float]] = doc.user_data.setdefault("eventwire_role_ranks", {})
    out = []
    for span in candidate_spans(doc, sentences):
        main = any(s <= span.start_char < e for s, e in main_sentences)
        key = (model, span.start, span.end, main)
        ranked = remembered.get(key)
        if ranked is None:
            probs = model.probabilities(features(span, main_sentences, text_lower, trigger_cache))
            best = max(range(1, len(LABELS)), key=probs.__getitem__)
            ranked = remembered[key] = (best, probs[best])
        out.append((span.start_char, span.end_char, LABELS[ranked[0]], ranked[1]))
    out.extend(state_agents(doc, sentences))
    out.sort(key=lambda c: -c[3])
    return out


@lru_cache(maxsize=1)
def _state_words() -> dict[str, frozenset[str]]:
    table = tomllib.loads(resources.files("eventwire").joinpath("data", WORDS_FILE).read_text(encoding="utf-8"))
    return {name: frozenset(words) for name, words in table["state_agents"].items()}


def _force_kind(tokens) -> tuple[str, int] | None:
    """PERPIND or PERPORG for a phrase ending in a force's word (its last one or two words), and where, in
    `tokens`, the force's words start."""
    words = _state_words()
    for n in range(min(_STATE_PHRASE_WORDS, len(tokens)), 0, -1):
        tail = " ".join(t.lower_ for t in tokens[len(tokens) - n :])
        if tail in words["persons"]:
            return "PERPIND", len(tokens) - n
        if tail in words["bodies"]:
            return "PERPORG", len(tokens) - n
    return None


def _acts(root) -> bool:
    """`root` is the doer of an act of a MUC-4 kind done to someone or something: the subject of its verb with an
    object ("troops killed two farmers", "soldiers and police kidnapped a student"), or the agent after "by" of its
    passive ("was murdered by soldiers"). The act word is a strong one and no fight's ("clashed with the rebels" is
    combat, which MUC-4 does not code), told as done (no modal), and done to no rebels or criminals; a subject
    without an object is as often the victim ("two policemen died")."""
    lex = lexicon()
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ == "nsubj":
        verb, object_deps = root.head, ("dobj",)
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb, object_deps = root.head.head, ("nsubjpass",)
    else:
        return False
    objects = [c for c in verb.children if c.dep_ in object_deps]
    if verb.pos_ != "VERB" or not objects or any(c.tag_ == "MD" for c in verb.children):
        return False  # "the armed forces will be bombing": not done
    found = lex.triggers.match_at([verb.lower_], 0) if verb.lower_ in lex.triggers else None
    act = cast(Trigger, found[1]) if found else None  # lex.triggers holds Trigger values only
    if act is None or not (act.muc_type and act.strong and act.acled_event_type != "Battles"):
        return False
    for obj in objects:  # forces that kill rebels or kidnappers fight them: no act MUC-4 codes
        words = [t.lower_ for t in obj.subtree]
        if any(lex.perpetrator_nouns.match_at(words, i) for i in range(len(words))) \
                or lex.group_pattern_ci.search(" ".join(words)):
            return False
    return True


def state_agents(doc, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int, str, float]]:
    """(start_char, end_char, label, probability) of the state forces `sentences` tell doing an act of a MUC-4 kind:
    "the soldiers kidnapped", "killed by members of the armed forces" (PERPIND), "the army bombed" (PERPORG); with a
    force's people, the body that names them ("the Honduran army troops": also "Honduran army", PERPORG)."""
    out: list[tuple[int, int, str, float]] = []
    words = _state_words()
    chunks = _noun_chunks(doc)
    for k, chunk in enumerate(chunks):
        if not any(s <= chunk.start_char < e for s, e in sentences) or not _acts(chunk.root):
            continue
        tokens = [t for t in chunk if t.i <= chunk.root.i]
        while tokens and tokens[0].tag_ in _LEADING_TAGS:
            tokens = tokens[1:]
        if not tokens or lexicon().group_pattern_ci.search(chunk.text):
            continue  # "the Popular Armed Forces of Freedonia" would be a rebel group's name
        of_after = chunk.root.i + 1 < len(doc) and doc[chunk.root.i + 1].lower_ == "of"
        kind = None if of_after else _force_kind(tokens)
        if of_after and chunk.root.lower_ in words["members"] and chunk.end < len(doc) \
                and doc[chunk.end].lower_ == "of":
            following = next((c for c in chunks[k + 1 : k + 3] if c.start == chunk.end + 1), None)
            body = _force_kind(list(following)) if following is not None else None
            if following is not None and body is not None and not lexicon().group_pattern_ci.search(following.text):
                out.append((tokens[0].idx, following.end_char, "PERPIND", STATE_AGENT_PROBABILITY))
                start = next((t for t in following if t.tag_ not in _LEADING_TAGS), following[0])
                out.append((start.idx, following.end_char, body[0], STATE_AGENT_PROBABILITY))
            continue
        if kind is None:
            continue
        label, at = kind
        end = tokens[-1].idx + len(tokens[-1].text)
        out.append((tokens[0].idx, end, label, STATE_AGENT_PROBABILITY))
        if label == "PERPIND":
            body_at = next((i for i in range(at, len(tokens)) if tokens[i].lower_ in words["bodies"]), None)
            if body_at is None and at > 0 and _force_kind(tokens[:at]) is not None:
                body_at = at - 1
            if body_at is not None:
                first = body_at
                while first > 0 and (tokens[first - 1].pos_ == "PROPN" or tokens[first - 1].ent_type_ in _BODY_NAMES):
                    first -= 1  # "the Honduran army", not "the uniformed army"
                last = tokens[body_at]
                out.append((tokens[first].idx, last.idx + len(last.text), "PERPORG", STATE_AGENT_PROBABILITY))
    return out


def choose(ranked: Sequence[tuple[int, int, str, float]], taken: Sequence[tuple[int, int]] = (),
           threshold: float = THRESHOLD) -> list[tuple[int, int, str]]:
    """The candidates at or above `threshold` that overlap neither a better candidate nor a `taken` span. A state
    force told acting (state_agents, STATE_AGENT_PROBABILITY) is chosen unless a chosen filler of its role overlaps
    it: MUC-4's keys name the body within its people's phrase ("army" in "army troops")."""
    chosen: list[tuple[int, int, str]] = []
    blocked = list(taken)
    for start, end, label, prob in sorted(ranked, key=lambda c: -c[3]):
        if prob < threshold:
            break
        if prob >= STATE_AGENT_PROBABILITY:
            if any(start < c_end and c_start < end and c_label == label for c_start, c_end, c_label in chosen):
                continue
        elif any(start < b_end and b_start < end for b_start, b_end in blocked):
            continue
        chosen.append((start, end, label))
        blocked.append((start, end))
    return chosen
