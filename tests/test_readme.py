"""The README documents what the code offers: every setting, both Quickstart commands."""

from __future__ import annotations

from bot.settings import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def test_every_setting_is_in_the_settings_table():
    for name in Settings.model_fields:
        assert f"| `NEWSDESK_{name.upper()}` |" in README, name


def test_quickstart_has_exactly_the_two_commands():
    quickstart = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    block = quickstart.split("```bash", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make run", "make test"]


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")
