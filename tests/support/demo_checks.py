"""Small check descriptors for the support-code tests: a check with one field of each kind
whose bucket edge is a key of its own config section, and a plug-in with findings only."""

from __future__ import annotations

from preflight.config import Config
from preflight.engine.findings import Buckets, Choice, Descriptor, FindingSpec, Flags
from preflight.engine.registry import BUILTIN_CHECKS, Registry
from preflight.engine.result import Status

DEMO = Descriptor(
    id="demo",
    title="Demo link",
    check="tests.support.demo_checks:DemoCheck",
    findings=(
        FindingSpec("ready", Status.PASS, "Your demo link is fast enough."),
        FindingSpec(
            "slow",
            Status.WARN,
            "Your demo link runs at {speed_mbps} Mbit/s, under {speed_warn_mbps}.",
            ("Move closer to the router.",),
            "The demo link is under {speed_warn_mbps} Mbit/s: ask the caller to move closer "
            "to the router.",
        ),
        FindingSpec(
            "down",
            Status.FAIL,
            "Your demo link is down.",
            helpdesk="The demo link is down: ask the caller to restart the router.",
        ),
        FindingSpec(
            "flaky",
            Status.WARN,
            "Your demo link drops out.",
            helpdesk="The demo link drops out now and then.",
        ),
        FindingSpec("quiet", Status.WARN, "Nothing to tell the agent about this one."),
    ),
    code_fields=(
        Flags("dropouts", ("flaky",)),
        Buckets("speed_mbps", "speed_mbps", "demo speed", "Mbit/s",
                (1.0, "speed_warn_mbps", 10.0)),
        Choice("mode", "mode", "how it was measured", ("wired", "wifi", "cell"),
               {"wifi": "over Wi-Fi"}),
    ),
    config_defaults="speed_warn_mbps = 3.0\n",
)

# The plug-in the bit budget must leave room for: one PASS and three non-PASS findings.
PLUGIN = Descriptor(
    id="plugin",
    title="Plug-in",
    check="tests.support.demo_checks:PluginCheck",
    findings=(
        FindingSpec("ok", Status.PASS, "Fine."),
        FindingSpec("meh", Status.WARN, "Meh.", helpdesk="The plug-in says meh."),
        FindingSpec("bad", Status.FAIL, "Bad.", helpdesk="The plug-in says bad."),
        FindingSpec("worse", Status.FAIL, "Worse.", helpdesk="The plug-in says worse."),
    ),
)


def demo_registry(*, builtin: tuple[str, ...] = ("system",)) -> Registry:
    """Some built-in checks (real descriptors), then the demo check."""
    registry = Registry({cid: BUILTIN_CHECKS[cid] for cid in builtin})
    registry.add(DEMO)
    return registry


def with_demo_section(config: Config, speed_warn_mbps: float = 3.0) -> Config:
    """`config` with the demo check's section (as its config_defaults would add it)."""
    return Config({**config.data, "demo": {"speed_warn_mbps": speed_warn_mbps}}, config.sources)
