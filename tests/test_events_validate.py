"""``presslens events validate``: PETRARCH validation records through our coder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from presslens.commands.events import ValidationError, read_records, validate

# A validation file of our own in the PETRARCH unit-test layout.
RECORDS = """<Validation>
<Environment>
    <Verbfile>Mini.verbs.txt</Verbfile>
    <Actorfile>Mini.actors.txt</Actorfile>
</Environment>
<Sentences>
<Sentence date="20200101" id="MINI-1" category="VERB" sentence="true">
<EventCoding sourcecode="NRD" targetcode="SLD" eventcode="051"></EventCoding>
<Text>
Nordland praised Sudland on Monday.
</Text>
<Parse>(ROOT (S (NP (NNP Nordland))))</Parse>
</Sentence>
<Sentence date="20200101" id="MINI-2" category="VERB" sentence="true">
<EventCoding sourcecode="SLD" targetcode="NRD" eventcode="073"></EventCoding>
<Text>
Sudland sent medicine to Nordland.
</Text>
</Sentence>
<Sentence date="20200101" id="MINI-3" category="NONE" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>
Nordland slept.
</Text>
</Sentence>
<Sentence date="20200101" id="MINI-4" category="NONE" sentence="true">
<EventCoding sourcecode="NRD" targetcode="SLD" eventcode="111"></EventCoding>
<Text>
Nordland admired the view.
</Text>
</Sentence>
</Sentences>
</Validation>
"""
VERBS = """&AID
+MEDICINE

--- PRAISE [051] ---
PRAISE

--- SEND [---] ---
SEND {SENT}
- * &AID [073]
"""
ACTORS = "NORDLAND [NRD]\nSUDLAND [SLD]\n"


def write_suite(folder: Path) -> Path:
    (folder / "Mini.verbs.txt").write_text(VERBS, encoding="utf-8")
    (folder / "Mini.actors.txt").write_text(ACTORS, encoding="utf-8")
    path = folder / "mini.records.xml"
    path.write_text(RECORDS, encoding="utf-8")
    return path


def test_records_are_read(tmp_path):
    environment, records = read_records(write_suite(tmp_path))
    assert environment == {"Verbfile": "Mini.verbs.txt", "Actorfile": "Mini.actors.txt"}
    assert [r.id for r in records] == ["MINI-1", "MINI-2", "MINI-3", "MINI-4"]
    assert records[0].text == "Nordland praised Sudland on Monday."
    assert records[0].date == "2020-01-01"
    assert records[0].expected == {("NRD", "SLD", "051")}
    assert records[2].expected == set()


def test_validate_scores_each_record(tmp_path):
    report = validate(write_suite(tmp_path))
    assert [o.passed for o in report.outcomes] == [True, True, True, False]
    assert report.by_category() == {"NONE": (1, 2), "VERB": (2, 2)}


def test_missing_dictionary_is_reported(tmp_path):
    path = write_suite(tmp_path)
    (tmp_path / "Mini.actors.txt").unlink()
    with pytest.raises(ValidationError, match="Mini.actors.txt"):
        validate(path)


def test_cli_prints_failures_rates_and_the_last_line(tmp_path):
    path = write_suite(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "presslens.cli",
            "events",
            "validate",
            str(path),
            "--dictionaries",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 1
    assert lines[0].startswith("FAIL MINI-4 [NONE] Nordland admired the view.")
    assert "expected: NRD SLD 111" in result.stdout
    assert any(line.startswith("VERB") and "2/2" in line for line in lines)
    assert lines[-1] == "3 passed, 1 failed"


def test_petrarch_validation_suite_floor(shared_data):
    """Pinned floor on the open PETRARCH unit-test records (measured 90.0%)."""
    report = validate(shared_data / "petrarch" / "validation.records.xml")
    total = len(report.outcomes)
    assert total == 200
    assert report.passed / total >= 0.89
