"""Configuration: defaults, the three override layers, and every kind of bad file."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preflight.config import ConfigError, default_config_path, iter_keys, load_config


def write(tmp_path: Path, text: str | bytes, name: str = "org.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_the_first_organisations():
    cfg = load_config()
    assert cfg.organisation_name == "Dana-Farber Cancer Institute"
    assert cfg.hotline["phone"] == "800-745-9683"
    assert cfg.hotline["option"] == "select option 1"
    numbers = {n["phone"] for n in cfg.get("help.numbers")}
    assert numbers == {"617-582-9820", "617-632-3795"}
    assert "Massachusetts" in cfg.get("organisation.visit_eligibility_note")


def test_every_threshold_has_a_comment_citing_its_source():
    """Each numeric setting in the default profile is preceded by a comment line."""
    lines = default_config_path().read_text(encoding="utf-8").splitlines()
    uncommented = []
    for i, line in enumerate(lines):
        key, sep, value = line.partition("=")
        if not sep or line.startswith((" ", "#", "[")):
            continue
        value = value.strip()
        if value[:1].isdigit() or value[:1] == "-":
            # Look back over this group of settings to the nearest comment.
            j = i - 1
            while j >= 0 and lines[j].strip() and not lines[j].lstrip().startswith("#"):
                j -= 1
            if j < 0 or not lines[j].lstrip().startswith("#"):
                uncommented.append(key.strip())
    assert uncommented == []


def test_override_layers_apply_in_order(tmp_path, monkeypatch):
    user_file = Path(os.environ["XDG_CONFIG_HOME"]) / "preflight" / "config.toml"
    user_file.parent.mkdir(parents=True)
    user_file.write_text('[organisation]\nname = "User Clinic"\n[hotline]\nphone = "111"\n')
    assert load_config().organisation_name == "User Clinic"

    env_file = write(tmp_path, '[organisation]\nname = "Env Clinic"\n', "env.toml")
    monkeypatch.setenv("PREFLIGHT_CONFIG", str(env_file))
    cfg = load_config()
    assert cfg.organisation_name == "Env Clinic"
    assert cfg.hotline["phone"] == "111"  # from the user layer, not overridden since

    explicit = write(tmp_path, "[system]\nuptime_max_days = 3\n", "explicit.toml")
    cfg = load_config(explicit)
    assert cfg.organisation_name == "Env Clinic"
    assert cfg.get("system.uptime_max_days") == 3
    assert cfg.get("system.cpu_busy_percent") == 80.0  # untouched defaults stay
    assert cfg.sources[-1] == str(explicit)


def test_override_can_replace_lists(tmp_path):
    path = write(tmp_path, '[checklist]\nitems = ["Only one thing."]\n')
    assert load_config(path).get("checklist.items") == ["Only one thing."]


@pytest.mark.parametrize(
    ("text", "fragment", "line"),
    [
        ("[system]\nuptime_max_days = \n", "not valid TOML", 2),
        ('[organisation]\nname = "x"\nmotto = "y"\n', "organisation.motto: unknown setting", 3),
        ("[nosuchsection]\na = 1\n", "nosuchsection: unknown setting", 1),
        ('[system]\n\ncpu_busy_percent = "high"\n', "must be a number, not text", 3),
        (
            "[system]\ncpu_busy_percent = 150\n",
            "150 is out of range (must be at least 0 and at most 100)",
            2,
        ),
        ("[system]\ntop_processes = 2.5\n", "must be a whole number", 2),
        ("[system]\ncpu_sample_s = 0\n", "out of range (must be more than 0", 2),
        ("[microphone]\nwarn_rms_dbfs = 3\n", "out of range", 2),
        ("[camera]\nbad_frames_max_fraction = 1.5\n", "out of range", 2),
        ("[system]\nuptime_max_days = -1\n", "out of range (must be at least 0)", 2),
        ("[system]\nuptime_max_days = nan\n", "finite", 2),
        ("[network]\ndns_names = [1, 2]\n", "list of texts", 2),
        ('[help]\nnumbers = [{ label = "x" }]\n', "each item must be", 2),
        ("hotline = 5\n", "must be a table", 1),
        ("[bandwidth]\nspeedtest_server = true\n", "must be text in quotes, not true or false", 2),
    ],
)
def test_bad_files_are_refused_with_file_key_and_line(tmp_path, text, fragment, line):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert fragment in message
    assert message.startswith(f"Configuration file {path}, line {line}:")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "message_end", "line"),
    [
        # A section's name, written as a section: the American spelling, a capital, a slip.
        ('[organization]\nname = "x"\n', "; did you mean [organisation]?", 1),
        ('[Hotline]\nphone = "555"\n', "; did you mean [hotline]?", 1),
        ("[sytem]\nuptime_max_days = 3\n", "; did you mean [system]?", 1),
        # A key, written as a key, inside its section.
        ("[system]\nuptime_max_dys = 3\n", "; did you mean uptime_max_days?", 2),
        ('[organisation]\nnmae = "x"\n', "; did you mean name?", 2),
        ("[deadlines]\nsytem_s = 3.0\n", "; did you mean system_s?", 2),
    ],
)
def test_a_misspelt_name_gets_the_nearest_known_one(tmp_path, text, message_end, line):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(f"Configuration file {path}, line {line}: ")
    assert "unknown setting (known here: " in message
    assert message.endswith(message_end), message


def test_a_name_like_no_known_one_gets_no_guess(tmp_path):
    path = write(tmp_path, "[nosuchsection]\na = 1\n[system]\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "nosuchsection: unknown setting (known here: " in message
    assert "did you mean" not in message and message.endswith(")")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "does not exist"),
        (b"\xff\xfe[system]\n", "not UTF-8"),
    ],
)
def test_unreadable_files(tmp_path, content, fragment):
    path = tmp_path / "org.toml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ConfigError, match=fragment):
        load_config(path)


def test_directory_instead_of_file(tmp_path):
    with pytest.raises(ConfigError, match="folder"):
        load_config(tmp_path)


def test_with_overrides_validates_too():
    cfg = load_config()
    with pytest.raises(ConfigError, match="unknown setting"):
        cfg.with_overrides({"system": {"bogus": 1}})
    assert cfg.with_overrides({"system": {"uptime_max_days": 1}}).get("system.uptime_max_days") == 1


def test_schema_keys_are_documented_in_the_default_file():
    data = tomllib.loads(default_config_path().read_text(encoding="utf-8"))
    keys = list(iter_keys(data))
    assert "hotline.phone" in keys and "bandwidth.pass_download_mbps" in keys
    assert len(keys) > 60


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_fuzzed_config_never_raises_anything_but_config_error(tmp_path, text):
    path = tmp_path / "fuzz.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_config(path)
    except ConfigError as exc:
        assert str(exc).startswith("Configuration file")


# -- a registered check's own section (Descriptor.config_defaults) ------------------------------

LAMP_DEFAULTS = """
# Below this the picture is too dark to see a face (test threshold).
min_lux = 40.0
# A share of blown-out pixels above this warns.
blown_max_percent = 5.0
# How many frames to look at.
frames = 30
"""


def lamp_registry(defaults: str = LAMP_DEFAULTS, check_id: str = "lamp"):
    from preflight.engine.findings import Descriptor, FindingSpec
    from preflight.engine.registry import Registry
    from preflight.engine.result import Status

    registry = Registry({"system": "preflight.checks.system"})
    registry.add(
        Descriptor(
            id=check_id,
            title="Lamp",
            check="tests.test_config:LampCheck",
            findings=(FindingSpec("ok", Status.PASS, "The lamp is fine."),),
            deadline_s=12.0,
            config_defaults=defaults,
        )
    )
    return registry


def test_a_registered_check_brings_its_section_with_defaults():
    cfg = load_config(registry=lamp_registry())
    assert cfg.section("lamp") == {"min_lux": 40.0, "blown_max_percent": 5.0, "frames": 30}
    assert cfg.get("deadlines.lamp_s") == 12.0  # its deadline is a setting like the others'
    assert cfg.get("system.uptime_max_days") == 7.0  # the default profile is all still there
    assert "lamp" not in load_config().data  # only the registry that has the check


def test_a_registered_checks_section_is_overridden_and_validated(tmp_path):
    registry = lamp_registry()
    good = write(tmp_path, "[lamp]\nmin_lux = 25\n[deadlines]\nlamp_s = 3.5\n", "good.toml")
    cfg = load_config(good, registry=registry)
    assert cfg.get("lamp.min_lux") == 25
    assert cfg.get("lamp.frames") == 30  # untouched defaults stay
    assert cfg.get("deadlines.lamp_s") == 3.5
    assert cfg.with_overrides({"lamp": {"frames": 10}}).get("lamp.frames") == 10

    for text, fragment, line in [
        ('[lamp]\n\nmin_lux = "dim"\n', "lamp.min_lux: must be a number, not text in quotes", 3),
        ("[lamp]\nblown_max_percent = 120\n", "120 is out of range (must be at least 0 and at "
         "most 100)", 2),
        ("[lamp]\nframes = 2.5\n", "lamp.frames: must be a whole number", 2),
        ("[lamp]\nmin_lumens = 3\n", "lamp.min_lumens: unknown setting (known here: "
         "blown_max_percent, frames, min_lux)", 2),
        ("[deadlines]\nlamp_s = 0\n", "deadlines.lamp_s: 0 is out of range (must be more than 0",
         2),
    ]:
        path = write(tmp_path, text, "bad.toml")
        with pytest.raises(ConfigError) as info:
            load_config(path, registry=registry)
        message = str(info.value)
        assert message.startswith(f"Configuration file {path}, line {line}: "), message
        assert fragment in message
    # Without the check registered, its section is an unknown setting.
    with pytest.raises(ConfigError, match="lamp: unknown setting"):
        load_config(good)


def test_the_default_profiles_section_wins_over_a_descriptors_defaults():
    cfg = load_config(registry=lamp_registry("uptime_max_days = 1.0\n", check_id="system"))
    assert cfg.get("system.uptime_max_days") == 7.0


@pytest.mark.parametrize(
    ("defaults", "fragment"),
    [
        ("min_lux = \n", "line 1: not valid TOML"),
        ("# the share\nwarn_percent = 150.0\n", "line 2: warn_percent: 150.0 is out of range"),
        ("names = [1, 2]\n", "line 1: names: must be a list of texts"),
    ],
)
def test_a_descriptors_bad_defaults_are_named(defaults, fragment):
    with pytest.raises(ConfigError) as info:
        load_config(registry=lamp_registry(defaults))
    message = str(info.value)
    assert message.startswith("Configuration file <the lamp check's config_defaults>, ")
    assert fragment in message


def test_a_number_with_a_negative_default_may_be_negative(tmp_path):
    """No suffix implies a range for `utc_offset_hours`: its negative default says negatives
    mean something, so the default loads and an organisation may set another negative one.
    A default of 0 or more keeps the rule (uptime_max_days = -1 is refused, above)."""
    registry = lamp_registry("# The care team's offset from UTC.\nutc_offset_hours = -5.0\n")
    assert load_config(registry=registry).get("lamp.utc_offset_hours") == -5.0
    path = write(tmp_path, "[lamp]\nutc_offset_hours = -8\n")
    assert load_config(path, registry=registry).get("lamp.utc_offset_hours") == -8
    path = write(tmp_path, "[lamp]\nutc_offset_hours = -inf\n")
    with pytest.raises(ConfigError, match=r"line 2: lamp\.utc_offset_hours: must be a finite"):
        load_config(path, registry=registry)
