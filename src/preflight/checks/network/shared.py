"""What the two network checks (`network`, `bandwidth`) say alike: the patient's advice
sentences both give, and their one step in the window. Written once here so the two checks'
descriptors cannot drift apart."""

from __future__ import annotations

from preflight.engine.findings import StepSpec
from preflight.i18n import tr_noop

ADVICE_VPN = tr_noop("If you're on a work network or VPN, try without it.")
ADVICE_RESTART = tr_noop("Restart your computer and router, then {check_again}.")
ADVICE_ROUTER = tr_noop("Move closer to your router, or connect with a network cable if you can.")
ADVICE_PAUSE = tr_noop("Pause other downloads or streaming (TV, games, backups) during the visit.")

# Both checks run in the background from Start and share the "Connection" step.
CONNECTION_STEP = StepSpec(
    key="connection",
    title=tr_noop("Connection"),
    intro=tr_noop("We are measuring your internet connection. This started when you pressed "
                  "Start."),
    guided=False,
)
