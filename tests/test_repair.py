"""Tests of spun-text detection and repair (eventwire.repair) and the `eventwire repair` command."""
from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

import pytest

from eventwire.options import Options
from eventwire.repair import Repaired, detect, load_table, repair, unrepaired
from seedutil import need

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / ".." / "shared" / "seed" / "000_4c74c92a67e39f7d.txt"
RESTORED = REPO / ".." / "shared" / "seed" / "000_4c74c92a67e39f7d.restored.txt"
MUC_DEV = REPO / ".." / "shared" / "data" / "muc4" / "dev.json"
WIKI_DEV = REPO / ".." / "shared" / "data" / "wikievents" / "dev.jsonl"

#: the issue's bar for the seed: share of the words the careful reader changed that repair gets right
SEED_MIN_RESTORED = 0.90

OPTIONS = Options.load(use_env=False)

# A spun report written for these tests (not the seed): the spinner's usual forms in an attack story.
SPUN = (
    "Gunmen opened hearth on a automotive close to the capital final yr, police stated. "
    "Three troopers had been killed and the safety forces stated they have been looking for the attackers. "
    "Nobody instantly claimed duty for the assault, which was adopted by a blast from an explosive machine. "
    "The navy supply advised AFP that the gunmen used gentle weapons in entrance of the market."
)

# A genuine naval story: "navy" is the real navy here and must stay.
NAVAL = (
    "The navy said on Tuesday that two of its warships had intercepted a vessel carrying weapons off the coast "
    "of Yemen. A navy spokesman said the crew of the ship, a fishing boat, were detained and the arms were "
    "seized. Navy officers boarded the vessel at dawn, the statement said, and found rifles, ammunition and "
    "anti-tank missiles hidden under fish. The navy has stepped up patrols in the Gulf of Aden this year after a "
    "series of attacks on merchant shipping. \"Our sailors acted quickly and professionally,\" the navy's "
    "commander told reporters in the port city of Aden."
)

_PUNCT = ".,;:!?“”\"()"


def _words(text: str) -> list[str]:
    return [w.strip(_PUNCT) for w in text.split() if w.strip(_PUNCT)]


def seed_numbers(spun: str, restored: str, repaired: str) -> tuple[float, int, int, int]:
    """(share of differing words restored, differing words, shared words, shared words the repair broke).

    Words are compared with difflib over word tokens: the words of the restored file outside the equal blocks
    of (spun, restored) differ; a word counts as restored (or as kept) when it lies in an equal block of
    (repaired, restored)."""
    s, r, p = _words(spun), _words(restored), _words(repaired)
    differ, shared = set(), set()
    for op, _i1, _i2, j1, j2 in difflib.SequenceMatcher(None, s, r, autojunk=False).get_opcodes():
        (shared if op == "equal" else differ).update(range(j1, j2))
    ok = set()
    for op, _i1, _i2, j1, j2 in difflib.SequenceMatcher(None, p, r, autojunk=False).get_opcodes():
        if op == "equal":
            ok.update(range(j1, j2))
    return len(differ & ok) / len(differ), len(differ), len(shared), len(shared - ok)


# ------------------------------------------------------------------ seed


def _need_seed() -> None:
    need(SEED)
    need(RESTORED)


@pytest.mark.shared
def test_seed_repaired_matches_restored_file():
    _need_seed()
    spun = SEED.read_text(encoding="utf-8")
    restored = RESTORED.read_text(encoding="utf-8")
    result = repair(spun, OPTIONS)
    assert result.report.spun and result.report.score >= 0.9
    share, n_differ, n_shared, broken = seed_numbers(spun, restored, result.text)
    print(f"seed: restored {share:.1%} of {n_differ} differing words; broke {broken} of {n_shared} shared")
    assert share >= SEED_MIN_RESTORED
    assert broken == 0


@pytest.mark.shared
@pytest.mark.parametrize(
    "spun_phrase, plain",
    [
        ("machine gun hearth", "machine gun fire"),
        ("gentle weapons", "light weapons"),
        ("navy coalition", "military coalition"),
        ("navy supply", "military source"),
        ("troopers had been killed", "soldiers were killed"),
        ("final month", "last month"),
        ("final yr", "last year"),
        ("claimed duty", "claimed responsibility"),
        ("explosive machine", "explosive device"),
        ("automotive", "car"),
        ("stated", "said"),
        ("carried out an assault", "carried out an attack"),
        ("close to", "near"),
        ("assault within the Kirkuk", "attack in the Kirkuk"),
        ("{that a}", "that a"),
        ("cops", "police"),
        ("advised AFP", "told AFP"),
        ("in entrance of", "in front of"),
        ("nonetheless energetic", "still active"),
        ("international locations", "countries"),
        ("in opposition to", "against"),
        ("safety forces", "security forces"),
        ("in a press release", "in a statement"),
        ("gentle tempo", "steady pace"),
        ("fight function", "combat role"),
        ("is without doubt one of", "is one of"),
    ],
)
def test_seed_phrases_restored(spun_phrase, plain):
    _need_seed()
    repaired = repair(SEED.read_text(encoding="utf-8"), OPTIONS).text
    assert plain in repaired
    assert spun_phrase not in repaired


@pytest.mark.shared
def test_seed_keeps_what_the_reader_kept():
    _need_seed()
    repaired = repair(SEED.read_text(encoding="utf-8"), OPTIONS).text
    # genuine uses of spinner-like words in the original article stay as they are
    for kept in ("cowardly terrorist assault", "within the shadow of its former self", "9 federal officers"):
        assert kept in repaired
    # ...while a surviving "military" in a spun article stood for "army" (the spinner made every military "navy")
    assert "remote army outpost" in repaired


def test_spun_text_repaired_with_case_preserved():
    result = repair(SPUN, OPTIONS)
    assert result.report.spun
    text = result.text
    for plain in ("opened fire", "a car near", "last year", "police said", "soldiers were killed",
                  "security forces said", "No one immediately claimed", "claimed responsibility", "the attack",
                  "followed by", "explosive device", "military source told AFP", "light weapons",
                  "in front of"):
        assert plain in text, plain
    assert "Nobody" not in text


# ------------------------------------------------------------------ offsets


def test_to_original_maps_repaired_spans_back():
    result = repair(SPUN, OPTIONS)
    assert result.text != result.original
    for sub in result.report.substitutions:
        start = result.to_repaired(sub.start, sub.end)
        assert result.text[start[0] : start[1]] == sub.original
        assert result.to_original(*start) == (sub.start, sub.end)
    # a span of untouched text after several repairs maps to the same words in the original
    word = "market"
    r_start = result.text.index(word)
    o_start, o_end = result.to_original(r_start, r_start + len(word))
    assert result.original[o_start:o_end] == word
    # a span covering a repaired phrase and its neighbours covers the spun phrase in the original
    r_start = result.text.index("opened fire on a car")
    o = result.to_original(r_start, r_start + len("opened fire on a car"))
    assert result.original[o[0] : o[1]] == "opened hearth on a automotive"


@pytest.mark.shared
def test_every_word_of_repaired_seed_maps_back():
    _need_seed()
    result = repair(SEED.read_text(encoding="utf-8"), OPTIONS)
    repaired_at = {result.to_repaired(s.start, s.end): s for s in result.report.substitutions}
    for m in re.finditer(r"\S+", result.text):
        o_start, o_end = result.to_original(m.start(), m.end())
        assert 0 <= o_start <= o_end <= len(result.original)
        touched = [span for span in repaired_at if span[0] < m.end() and m.start() < span[1]]
        if not touched:
            # words outside repairs are the very same characters in the original
            assert result.original[o_start:o_end] == m.group(0)
    for (r_start, r_end), sub in repaired_at.items():
        assert result.text[r_start:r_end] == sub.original
        assert result.to_original(r_start, r_end) == (sub.start, sub.end)


def test_unrepaired_is_identity():
    result = unrepaired(SPUN)
    assert isinstance(result, Repaired)
    assert result.text == result.original == SPUN
    assert result.report.score == 0.0 and not result.report.spun
    assert result.to_original(5, 10) == (5, 10)


# ------------------------------------------------------------------ no harm to genuine text


def test_genuine_naval_story_unchanged():
    result = repair(NAVAL, OPTIONS)
    assert result.report.spun is False
    assert result.text == NAVAL


def test_not_spun_text_is_left_alone_even_with_a_spinner_form():
    text = "Police stated that the assault on the convoy near the border killed four soldiers on Monday."
    result = repair(text, OPTIONS)
    assert result.report.spun is False
    assert result.text == text


def test_threshold_setting_decides():
    strict = Options.load(use_env=False, overrides={"repair": {"threshold": 1.01}})
    assert repair(SPUN, strict).text == SPUN
    assert detect(SPUN, strict).substitutions  # still reported: what would be repaired


@pytest.mark.shared
def test_genuine_dev_texts_mostly_untouched():
    need(MUC_DEV)
    need(WIKI_DEV)
    texts = [json.loads(line)["doctext"] for line in MUC_DEV.read_text(encoding="utf-8").splitlines()]
    texts += [json.loads(line)["text"] for line in WIKI_DEV.read_text(encoding="utf-8").splitlines()]
    flagged = 0
    for text in texts:
        result = repair(text, OPTIONS)
        flagged += result.report.spun
        changed = sum(len(s.spun.split()) for s in result.report.substitutions) if result.text != text else 0
        assert changed <= 0.01 * len(text.split()), text[:80]
    assert flagged <= 0.05 * len(texts)


# ------------------------------------------------------------------ casing


def test_all_caps_text():
    result = repair(SPUN.upper(), OPTIONS)
    assert result.report.spun
    assert "OPENED FIRE ON A CAR NEAR THE CAPITAL LAST YEAR, POLICE SAID" in result.text
    assert "NO ONE IMMEDIATELY CLAIMED" in result.text and "CLAIMED RESPONSIBILITY" in result.text
    assert result.text == result.text.upper()


def test_lower_case_text():
    result = repair(SPUN.lower(), OPTIONS)
    assert result.report.spun
    assert "opened fire on a car near the capital last year, police said" in result.text
    assert "no one immediately claimed" in result.text and "claimed responsibility" in result.text
    assert result.text == result.text.lower()


def test_detection_same_for_all_casings():
    scores = {detect(t, OPTIONS).score for t in (SPUN, SPUN.upper(), SPUN.lower())}
    assert min(scores) >= OPTIONS.repair.threshold


# ------------------------------------------------------------------ the table


def test_table_lines_are_well_formed():
    from importlib import resources

    raw = resources.files("eventwire").joinpath("data/spin_substitutions.tsv").read_text(encoding="utf-8")
    index = load_table(raw.splitlines())
    assert len(index) > 50
    for line in raw.splitlines():
        if line and not line.startswith("#") and not line.startswith("spun\t"):
            spun, original, _context, confidence, evidence = line.split("\t")
            assert spun == spun.lower() and 0 <= float(confidence) <= 1 and 0 <= float(evidence) <= 1


def test_table_rejects_unknown_condition():
    with pytest.raises(ValueError):
        load_table(["hearth\tfire\tnearby=weapons\t0.9\t0.8"])


def test_ambiguous_form_decided_by_context():
    text = SPUN + " The group has kept up its assaults at a gentle tempo, and its fight function is over."
    repaired = repair(text, OPTIONS).text
    assert "at a steady pace" in repaired
    assert "combat role" in repaired


@pytest.mark.parametrize("spun_phrase, plain", [
    ("the Farabundo Marti Political Unit Release Front", "the Farabundo Marti National Liberation Front"),
    ("members of the Superior Way", "members of the Shining Path"),
    ("the Medellin trust", "the Medellin cartel"),
    ("demise squads", "death squads"),
    ("two individuals had been changeable useless", "two people had been shot dead"),
    ("the blackwash of the choose", "the assassination of the judge"),
])
def test_thesaurus_swaps_of_names_and_violence_restored(spun_phrase, plain):
    # rows mined from thesaurus-spun copies of MUC-4 train: group names and acts spun word by word
    repaired = repair(SPUN + " Police said " + spun_phrase + " was behind it.", OPTIONS).text
    assert plain in repaired


def test_criticism_is_not_read_as_a_blast():
    text = SPUN + " The minister blasted them for the attack."
    assert "blamed them for" in repair(text, OPTIONS).text


# ------------------------------------------------------------------ CLI


@pytest.fixture()
def spun_file(tmp_path):
    path = tmp_path / "spun.txt"
    path.write_text(SPUN, encoding="utf-8")
    return path


def test_cli_repair_prints_text(spun_file):
    from typer.testing import CliRunner

    from eventwire.cli import app

    out = CliRunner().invoke(app, ["repair", str(spun_file)])
    assert out.exit_code == 0, out.output
    assert "opened fire on a car near the capital last year" in out.output.lower()


def test_cli_repair_diff(spun_file):
    from typer.testing import CliRunner

    from eventwire.cli import app

    out = CliRunner().invoke(app, ["repair", str(spun_file), "--diff"])
    assert out.exit_code == 0, out.output
    assert "spin score" in out.output
    assert re.search(r"^\d+-\d+\t'hearth' -> 'fire'|^\d+-\d+\t'opened hearth' -> 'opened fire'", out.output, re.M)


def test_cli_repair_missing_file(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    out = CliRunner().invoke(app, ["repair", str(tmp_path / "nope.txt")])
    assert out.exit_code == 2


def test_cli_repair_subprocess(spun_file):
    import subprocess

    # the installed console script, as a user runs it
    script = Path(sys.executable).with_name("eventwire")
    if not script.exists():
        pytest.skip(f"{script} not installed")
    proc = subprocess.run([str(script), "repair", str(spun_file), "--json"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["spun"] and report["substitutions"]
