"""PETRARCH/TABARI dictionary readers and dictionary-coded actors (dated roles, agents)."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens.knowledge import petrarch
from presslens.options import Options
from presslens.pipeline import analyze_text

# Small dictionaries of our own in the PETRARCH formats.
ACTORS = """<!-- test actors -->
NORDLAND_ [NRD]
+NORDLANDIC
KARL BRANDT  [NRD]  # a person whose role changes
\t[NRDOPP < 20100101]
\t[NRDGOV 20100101 - 20151231]
\t[NRDELI > 20160101]
ARGENTIN [ARG]
"""
AGENTS = """!PERSON! = MAN, MEN, WOMAN, WOMEN
FOREIGN_MINISTER [~GOVFRM]
POLICE {} [~COP]
SPOKES!PERSON! [~GOV]
HUMAN_RIGHTS_GROUP [NGO~]
"""
VERBS = """&AIDWORDS
+MEDICINE
+FIELD HOSPITALS

--- SEND [---] ---
SEND {SENDS SENT SENDING}
- * &AIDWORDS [073]
- * TROOPS [1541]

--- PRAISE [051] ---
PRAISE
"""
DISCARDS = """+FOOTBALL MATCH
CHESS
"""


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "Test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "Test.agents.txt").write_text(AGENTS, encoding="utf-8")
    (tmp_path / "Test.verbs.txt").write_text(VERBS, encoding="utf-8")
    (tmp_path / "Test.discards.txt").write_text(DISCARDS, encoding="utf-8")
    (tmp_path / "README.txt").write_text("not a dictionary", encoding="utf-8")
    return tmp_path


def test_kinds_are_known_from_file_names():
    assert petrarch.kind_of(Path("CAMEO.2.0.txt")) == "verbs"
    assert petrarch.kind_of(Path("PETR.Validate.verbs.txt")) == "verbs"
    assert petrarch.kind_of(Path("Phoenix.Countries.actors.txt")) == "actors"
    assert petrarch.kind_of(Path("Phoenix.agents.txt")) == "agents"
    assert petrarch.kind_of(Path("Phoenix.discards.txt")) == "discards"
    assert petrarch.kind_of(Path("Phoenix.IssueCoding.txt")) == "issues"
    assert petrarch.kind_of(Path("README.txt")) is None


def test_reader_builds_every_index(folder):
    d = petrarch.load(folder)
    assert len(d.files) == 4
    entry = next(e for p, e in d.actors["KARL"] if p.words == ("KARL", "BRANDT"))
    assert entry.code_on("2005-06-01") == "NRDOPP"
    assert entry.code_on("2012-03-04") == "NRDGOV"
    assert entry.code_on("2020-01-01") == "NRDELI"
    nordland = [p for p, _ in d.actors["NORDLAND"]]
    assert nordland[0].stem is False  # trailing "_": whole word only
    assert next(p for p, _ in d.actors["ARGENTIN"]).stem is True
    # plurals are generated unless {} says there are none
    spokes = {p.words for p, _ in d.agents["SPOKESMAN"]} | {
        p.words for p, _ in d.agents["SPOKESMEN"]
    }
    assert ("SPOKESMAN",) in spokes and ("SPOKESMEN",) in spokes
    assert ("FOREIGN", "MINISTERS") in {p.words for p, _ in d.agents["FOREIGN"]}
    assert {p.words for p, _ in d.agents["POLICE"]} == {("POLICE",)}
    assert d.synset_phrases("&AIDWORDS") == [("MEDICINE",), ("FIELD", "HOSPITALS")]
    send = d.blocks["SEND"]
    assert [p.code for p in send.patterns] == ["073", "1541"]
    assert {f.head for f in d.verbs["SENT"]} == {"SENT"}
    assert d.discards_story == [("FOOTBALL", "MATCH")]
    assert d.discards_sentence == [("CHESS",)]


def test_loading_is_cached_per_folder(folder):
    assert petrarch.load(folder) is petrarch.load(folder)


def test_not_a_folder_is_an_error(tmp_path):
    with pytest.raises(petrarch.DictionaryError, match="not a folder"):
        petrarch.load(tmp_path / "missing")
    with pytest.raises(petrarch.DictionaryError, match="no PETRARCH dictionary files"):
        petrarch.load(tmp_path)


def test_dated_role_follows_the_published_date(folder):
    text = "Karl Brandt praised Argentina."
    layers = ("entities", "dates", "actors", "events")
    options = Options(layers=layers, dictionaries=folder)
    early = analyze_text(text, options, published="2008-05-05")
    later = analyze_text(text, options, published="2013-05-05")
    assert early.actors[0].code == "NRDOPP"
    assert later.actors[0].code == "NRDGOV"
    assert early.actors[1].code == "ARG"  # stem ARGENTIN matches Argentina
    assert [(e.source_code, e.target_code, e.code) for e in later.events] == [
        ("NRDGOV", "ARG", "051")
    ]


def test_agents_join_the_country_in_their_phrase(folder):
    text = "The Nordland foreign minister sent field hospitals to Argentina."
    options = Options(layers=("entities", "dates", "actors", "events"), dictionaries=folder)
    article = analyze_text(text, options, published="2020-01-01")
    assert [a.code for a in article.actors] == ["NRDGOVFRM", "ARG"]
    assert [(e.source_code, e.target_code, e.code) for e in article.events] == [
        ("NRDGOVFRM", "ARG", "073")
    ]


def test_story_discard_drops_every_event(folder):
    text = "Nordland praised Argentina after the football match."
    options = Options(layers=("entities", "dates", "actors", "events"), dictionaries=folder)
    assert analyze_text(text, options).events == []


def test_open_phoenix_dictionaries_load(shared_data):
    folder = shared_data / "petrarch" / "dictionaries"
    d = petrarch.load(folder)
    assert len(d.verbs) > 2000 and len(d.actors) > 10000 and len(d.agents) > 1000
    assert len(d.issues) > 1000
    # a few malformed dated codes in the Phoenix files are reported, not fatal
    assert all(":" in w for w in d.warnings)
