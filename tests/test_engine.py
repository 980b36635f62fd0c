"""The check engine: result type, registry, runner (deadlines, cancellation, concurrency,
progress) and the report's overall verdict and exit code. Checks here are small test checks
(plain Python classes), since what is under test is the engine itself."""

from __future__ import annotations

import threading
import time

import pytest

from preflight.engine import Check, CheckContext, CheckResult, ExitCode, Status, overall_status
from preflight.engine.findings import Descriptor, FindingSpec
from preflight.engine.registry import Registry, UnknownCheckError
from preflight.engine.runner import Runner, plan_lanes


def make_check(check_id: str, resources=(), behaviour=None, deadline=5.0, title=None):
    """A check class whose run() calls `behaviour(ctx)` (default: pass at once)."""

    def run(self, ctx):
        if behaviour is not None:
            out = behaviour(ctx)
            if isinstance(out, CheckResult):
                return out
        return self.result([self.finding("ok")], value=1)

    descriptor = Descriptor(
        id=check_id,
        title=title or check_id.capitalize(),
        check=f"tests.test_engine:Check_{check_id}",
        findings=(FindingSpec("ok", Status.PASS, f"{check_id} is fine"),),
        resources=frozenset(resources),
        deadline_s=deadline,
    )
    return type(f"Check_{check_id}", (Check,), {"descriptor": descriptor, "run": run})


def registry_with(*classes) -> Registry:
    reg = Registry({})
    for cls in classes:
        reg.add(cls)
    return reg


# -- result type --------------------------------------------------------------------------


def test_result_is_immutable_and_serialisable():
    r = CheckResult("x", "warn", "Something", ["do this"], {"a_ms": 1.5, "nested": {"b": (1, 2)}})
    assert r.status is Status.WARN
    with pytest.raises(AttributeError):
        r.status = Status.PASS  # type: ignore[misc]
    with pytest.raises(TypeError):
        r.metrics["a_ms"] = 2  # type: ignore[index]
    d = r.with_duration(1.23456).to_dict()
    assert d == {
        "id": "x",
        "status": "warn",
        "summary": "Something",
        "advice": ["do this"],
        "metrics": {"a_ms": 1.5, "nested": {"b": [1, 2]}},
        "findings": [],
        "duration_s": 1.235,
    }
    assert CheckResult.from_dict(d).to_dict() == d


def test_findings_survive_the_round_trip_and_decide_the_result(config):
    from preflight.checks.system import DESCRIPTOR

    found = [
        DESCRIPTOR.finding("uptime_long", limits={"uptime_max_days": 7.0}, days=9),
        DESCRIPTOR.finding("battery_low", limits={"battery_low_percent": 20.0},
                           battery_percent=12),
    ]
    r = DESCRIPTOR.result(found, uptime_days=9.2).with_duration(1.0)
    assert r.status is Status.WARN  # the worst level among the findings
    assert r.summary == "Your computer is short of resources. A restart is recommended."
    assert r.advice[-1].startswith("Your battery is at 12%")
    # The restart advice names programs only when there are programs to name.
    assert not any("close these programs" in a for a in r.advice)
    back = CheckResult.from_dict(r.to_dict())
    assert back == r
    assert back.findings[0].limits == {"uptime_max_days": 7.0}
    with pytest.raises(KeyError):
        DESCRIPTOR.result([DESCRIPTOR.finding("no_such_finding")])


def test_result_rejects_bad_input():
    with pytest.raises(ValueError):
        CheckResult("x", "great", "?")
    with pytest.raises(TypeError):
        CheckResult("x", "pass", "ok", advice="not a list")


def test_nan_metrics_become_null():
    assert CheckResult("x", "pass", "ok", metrics={"v": float("nan")}).to_dict()["metrics"] == {
        "v": None
    }


# -- overall verdict and exit codes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("statuses", "cancelled", "overall"),
    [
        (["pass", "pass"], False, "pass"),
        (["pass", "skip"], False, "pass"),
        (["pass", "warn"], False, "warn"),
        (["warn", "fail"], False, "fail"),
        (["pass", "error"], False, "fail"),
        (["skip"], False, "warn"),  # nothing was checked: never "you're ready"
        ([], False, "warn"),
        (["pass"], True, "warn"),  # a cancelled run is never "pass"
    ],
)
def test_overall_status(statuses, cancelled, overall):
    results = [CheckResult(f"c{i}", s, "") for i, s in enumerate(statuses)]
    assert overall_status(results, cancelled) == overall


@pytest.mark.parametrize(
    ("behaviour_status", "code"),
    [(Status.PASS, ExitCode.OK), (Status.WARN, ExitCode.WARNINGS), (Status.FAIL, ExitCode.FAILED)],
)
def test_exit_codes(config, behaviour_status, code):
    cls = make_check("a", behaviour=lambda ctx: CheckResult("a", behaviour_status, "s"))
    report = Runner(config, registry=registry_with(cls)).run(["a"])
    assert report.exit_code == code
    assert report.needs_help == (behaviour_status is Status.FAIL)


def test_report_document_shape(config):
    reasons = ["Your computer has been on for 12 days."]
    cls = make_check(
        "a",
        behaviour=lambda ctx: CheckResult("a", "warn", "s", metrics={"restart_reasons": reasons}),
    )
    report = Runner(config, registry=registry_with(cls)).run(["a"])
    doc = report.to_dict()
    assert doc["schema"] == "preflight.report/2"
    assert doc["overall"] == "warn"
    assert doc["restart_recommended"] is True
    assert doc["restart_reasons"] == reasons  # a result without findings keeps its sentences
    assert doc["restart_findings"] == []
    assert doc["hotline"] == {
        "label": "Patient Gateway technical support",
        "phone": "800-745-9683",
        "option": "select option 1",
    }
    assert [c["id"] for c in doc["checks"]] == ["a"]
    assert doc["started_at"].endswith("+00:00")


# -- registry -----------------------------------------------------------------------------------


def test_registry_select_and_unknown_ids():
    reg = registry_with(make_check("a"), make_check("b"), make_check("c"))
    assert reg.select() == ["a", "b", "c"]
    assert reg.select(["c", "a"]) == ["a", "c"]  # presentation order, not argument order
    assert reg.select(None, ["b"]) == ["a", "c"]
    with pytest.raises(UnknownCheckError):
        reg.select(["nope"])
    with pytest.raises(UnknownCheckError):
        reg.select(None, ["nope"])


def test_registry_reports_missing_and_broken_modules_as_errors(config):
    # A missing module is a failure, never a check quietly left out (a frozen bundle that
    # lost a hidden import must say so).
    reg = Registry(
        {
            "system": "preflight.checks.system",
            "missing": "preflight.checks.not_built_yet",
            "broken": "preflight.engine.result",  # a module without a DESCRIPTOR
        }
    )
    assert reg.ids() == ["system", "missing", "broken"]
    report = Runner(config, registry=reg).run(["missing", "broken"])
    for result in report.results:
        assert result.status is Status.ERROR
        assert "could not start" in result.summary
        assert result.finding_ids == ("engine.not_loaded",)
    assert report.results[0].metrics["error_type"] == "ModuleNotFoundError"


def test_builtin_registry_has_system(config):
    from preflight.engine.registry import default_registry

    assert "system" in default_registry().ids()


# -- runner: errors, deadlines, cancellation ------------------------------------------------------


def test_exception_becomes_error_and_run_goes_on(config):
    def boom(ctx):
        raise RuntimeError("secret detail /home/alice")

    reg = registry_with(make_check("bad", behaviour=boom), make_check("good"))
    report = Runner(config, registry=reg).run(["bad", "good"])
    bad, good = report.results
    assert bad.status is Status.ERROR
    assert bad.summary == "Something went wrong while checking your bad."
    assert bad.advice and "support" in bad.advice[-1]
    assert bad.metrics == {"error_type": "RuntimeError"}  # no message: it may hold personal data
    assert good.status is Status.PASS
    assert report.overall == "fail"


def test_wrong_return_type_is_an_error(config):
    reg = registry_with(make_check("odd", behaviour=lambda ctx: CheckResult("other", "pass", "")))
    (result,) = Runner(config, registry=reg).run(["odd"]).results
    assert result.status is Status.ERROR


def test_deadline_stops_a_check_that_ignores_cancellation(config):
    release = threading.Event()

    def stuck(ctx):
        release.wait(10)  # deliberately ignores ctx: like a hung driver call

    reg = registry_with(make_check("slow", behaviour=stuck, deadline=0.3), make_check("next"))
    t0 = time.monotonic()
    report = Runner(config, registry=reg).run(["slow", "next"])
    elapsed = time.monotonic() - t0
    release.set()
    slow, nxt = report.results
    assert slow.status is Status.ERROR
    assert "took too long" in slow.summary
    assert slow.metrics["deadline_s"] == 0.3
    assert nxt.status is Status.PASS
    assert elapsed < 5  # deadline 0.3 s + grace, far below the 10 s the check would take


def test_config_deadline_overrides_class_default(config):
    cfg = config.with_overrides({"deadlines": {"system_s": 0.5}})
    from preflight.checks.system import SystemCheck

    assert SystemCheck().deadline(cfg) == 0.5
    assert SystemCheck().deadline(config) == 6.0


def test_cooperative_check_sees_cancel_and_is_skipped(config):
    started = threading.Event()

    def waits(ctx):
        started.set()
        ctx.sleep(30)

    reg = registry_with(
        make_check("w", {"audio"}, behaviour=waits, deadline=60), make_check("later", {"audio"})
    )
    runner = Runner(config, registry=reg)
    box = []
    t = threading.Thread(target=lambda: box.append(runner.run(["w", "later"])))
    t.start()
    assert started.wait(5)
    t0 = time.monotonic()
    runner.cancel()
    t.join(5)
    assert not t.is_alive()
    assert time.monotonic() - t0 < 1.0  # the GUI promises cancel within 1 s
    report = box[0]
    assert [r.status for r in report.results] == [Status.SKIP, Status.SKIP]
    assert report.cancelled and report.exit_code == ExitCode.INTERRUPTED
    assert report.overall == "warn"


def test_checks_on_different_resources_overlap_and_shared_ones_do_not(config):
    spans: dict[str, tuple[float, float]] = {}

    def span(name):
        def behaviour(ctx):
            t0 = time.monotonic()
            ctx.sleep(0.3)
            spans[name] = (t0, time.monotonic())

        return behaviour

    reg = registry_with(
        make_check("cam", {"camera"}, span("cam")),
        make_check("mic", {"audio"}, span("mic")),
        make_check("spk", {"audio"}, span("spk")),
        make_check("net", {"network"}, span("net")),
    )
    Runner(config, registry=reg).run(["cam", "mic", "spk", "net"])

    def overlap(a, b):
        return spans[a][0] < spans[b][1] and spans[b][0] < spans[a][1]

    assert overlap("cam", "net") and overlap("cam", "mic")
    assert not overlap("mic", "spk")
    assert spans["mic"][1] <= spans["spk"][0]  # presentation order within a lane


def _preparing_check(check_id, prepare, run=None, resources=("network",)):
    """A check with a `prepare` step (Check.prepare) whose run() calls `run(self, ctx)`."""
    base = make_check(check_id, resources)

    def run_(self, ctx):
        return run(self, ctx) if run is not None else base.run(self, ctx)

    return type(f"Prep_{check_id}", (base,), {"prepare": prepare, "run": run_})


def test_a_lanes_later_check_prepares_while_the_first_runs(config):
    """Check.prepare starts with its lane, on its own thread, while the check before it runs;
    run() comes after that check, and finds what prepare left. prepare's context is its own:
    no results, its own cancel event, and nothing it says is shown."""
    times: dict[str, float] = {}
    events = []

    def first(ctx):
        times["first_start"] = time.monotonic()
        ctx.sleep(0.4)
        times["first_end"] = time.monotonic()

    def prepare(self, ctx):
        times["prepared"] = time.monotonic()
        ctx.progress(0.5, "not shown")
        self.ready = (ctx.results, ctx.cancel_event)

    def run(self, ctx):
        times["run"] = time.monotonic()
        results, cancel_event = self.ready
        assert results == {} and cancel_event is not ctx.cancel_event
        return self.result([self.finding("ok")], value=2)

    reg = registry_with(make_check("first", {"network"}, first),
                        _preparing_check("later", prepare, run))
    assert reg.get("later").prepares() and not reg.get("first").prepares()
    report = Runner(config, registry=reg, on_event=events.append).run(["first", "later"])
    assert [r.status for r in report.results] == [Status.PASS, Status.PASS]
    assert report.results[1].metrics["value"] == 2
    assert times["first_start"] - 0.2 < times["prepared"] < times["first_end"]
    assert times["run"] >= times["first_end"]
    assert [(e.kind, e.check_id) for e in events if e.check_id == "later"] == [
        ("started", "later"), ("finished", "later")]


def test_a_slow_or_failing_preparation_leaves_the_check_to_do_its_own_work(config):
    """run() waits for a prepare still going (its time counts as the check's), and runs
    without one that raised: a failed preparation is no failure of the check."""
    done = []

    def slow(self, ctx):
        ctx.sleep(0.6)
        done.append(time.monotonic())

    def broken(self, ctx):
        raise OSError("no route")

    def run(self, ctx):
        return self.result([self.finding("ok")], prepared=bool(done))

    reg = registry_with(make_check("first", {"network"}),
                        _preparing_check("slow", slow, run),
                        _preparing_check("broken", broken))
    t0 = time.monotonic()
    report = Runner(config, registry=reg).run(["first", "slow", "broken"])
    assert [r.status for r in report.results] == [Status.PASS] * 3
    assert report.results[1].metrics["prepared"] is True
    assert report.results[1].duration_s >= 0.4  # it waited for the preparation
    assert time.monotonic() - t0 < 3.0


def test_cancel_stops_a_preparation_and_its_check_is_not_started(config):
    preparing = threading.Event()
    stopped = threading.Event()

    def first(ctx):
        ctx.sleep(30)

    def prepare(self, ctx):
        preparing.set()
        if ctx.cancel_event.wait(30):
            stopped.set()

    reg = registry_with(make_check("first", {"network"}, first, deadline=60),
                        _preparing_check("later", prepare))
    runner = Runner(config, registry=reg)
    box = []
    t = threading.Thread(target=lambda: box.append(runner.run(["first", "later"])))
    t.start()
    assert preparing.wait(5)
    runner.cancel()
    t.join(5)
    assert stopped.wait(2) and not t.is_alive()
    assert [r.status for r in box[0].results] == [Status.SKIP, Status.SKIP]
    assert box[0].results[1].finding_ids == ("engine.not_started",)


def test_plan_lanes_merges_transitively():
    a = make_check("a", {"x"})()
    b = make_check("b", {"y"})()
    c = make_check("c", {"x", "y"})()
    d = make_check("d", {"z"})()
    lanes = plan_lanes([a, b, c, d])
    assert [[ch.id for ch in lane] for lane in lanes] == [["a", "b", "c"], ["d"]]


def test_progress_events_in_order_and_observer_errors_ignored(config):
    events = []

    def observer(event):
        events.append((event.kind, event.check_id, event.message))
        if event.kind == "progress":
            raise ValueError("observer bug")

    def talk(ctx: CheckContext):
        ctx.instruct("Please say: testing one, two, three")
        ctx.progress(0.5, "halfway")

    reg = registry_with(make_check("a", behaviour=talk))
    report = Runner(config, registry=reg, on_event=observer).run(["a"])
    assert report.results[0].status is Status.PASS
    assert [e[0] for e in events] == ["started", "instruction", "progress", "finished"]
    assert events[1][2] == "Please say: testing one, two, three"


def test_ask_is_none_unless_interactive(config):
    answers = []

    def asks(ctx):
        answers.append(ctx.ask("Did you hear it?"))

    reg = registry_with(make_check("a", behaviour=asks))
    Runner(config, registry=reg, ask=lambda q, t: True).run(["a"])
    Runner(config, registry=reg, interactive=True, ask=lambda q, t: True).run(["a"])
    Runner(config, registry=reg, interactive=True).run(["a"])
    assert answers == [None, True, None]


def test_run_again_after_cancel_with_new_runner(config):
    reg = registry_with(make_check("a"))
    first = Runner(config, registry=reg)
    first.cancel()
    assert first.run(["a"]).results[0].status is Status.SKIP
    assert Runner(config, registry=reg).run(["a"]).results[0].status is Status.PASS


def test_cooperative_check_past_its_deadline_is_an_error_not_a_skip(config):
    reg = registry_with(make_check("nap", behaviour=lambda ctx: ctx.sleep(30), deadline=0.2))
    (result,) = Runner(config, registry=reg).run(["nap"]).results
    assert result.status is Status.ERROR
    assert "took too long" in result.summary


# -- the deadline helper (engine.deadline) ---------------------------------------------------------


def test_call_with_deadline_gives_the_value_or_the_exception():
    from preflight.engine.deadline import call_with_deadline

    task = call_with_deadline(lambda: 42, 5.0, name="answer")
    assert task.done and task.result() == 42 and task.error is None

    def boom():
        raise LookupError("from the call")

    task = call_with_deadline(boom, 5.0, name="boom")
    assert task.done
    with pytest.raises(LookupError, match="from the call"):
        task.result()


def test_a_call_past_its_deadline_is_abandoned_in_a_daemon_thread():
    from preflight.engine.deadline import DeadlineExceeded, call_with_deadline

    release = threading.Event()
    t0 = time.monotonic()
    task = call_with_deadline(lambda: release.wait(30), 0.2, name="stuck-driver")
    waited = time.monotonic() - t0
    try:
        assert not task.done
        assert 0.2 <= waited < 1.0
        with pytest.raises(DeadlineExceeded):
            task.result()
        (thread,) = [t for t in threading.enumerate() if t.name == "stuck-driver"]
        assert thread.daemon  # never holds the process open
    finally:
        release.set()
    assert task.wait(time.monotonic() + 5)
    assert task.result() is True


def test_a_wait_ends_soon_after_its_cancel_event():
    from preflight.engine import deadline

    cancel, release = threading.Event(), threading.Event()
    task = deadline.start(lambda: release.wait(30), name="cancellable")
    threading.Timer(0.2, cancel.set).start()
    t0 = time.monotonic()
    try:
        assert task.wait(cancel=cancel) is False  # no deadline: only the cancel ends the wait
        assert time.monotonic() - t0 < 0.2 + 0.5
    finally:
        release.set()


# -- presentation (engine.present): the words the CLI, the reports and the window share ---------


def test_status_words_are_the_windows():
    from preflight.engine.present import PENDING, RUNNING, status_word

    assert [status_word(s) for s in Status] == [
        "Ready", "Check this", "Problem", "Not checked", "Could not check",
    ]
    assert status_word("warn") == "Check this"
    assert (status_word(RUNNING), status_word(PENDING)) == ("Checking…", "Not started")
    assert status_word("mystery") == "mystery"


def test_check_titles_come_from_the_descriptors():
    from preflight.engine.present import check_title

    assert check_title("system") == "Computer"
    assert check_title("no_such_check") == "No such check"


def test_worst_status_prefers_an_error_to_a_failure():
    from preflight.engine.present import worst_status

    assert worst_status([Status.FAIL, Status.ERROR, Status.WARN]) is Status.ERROR
    assert worst_status([Status.ERROR, Status.FAIL]) is Status.ERROR
    assert worst_status([Status.SKIP, Status.PASS]) is Status.PASS
    assert worst_status([]) is Status.PASS


NOT_FINISHED = "Not every check finished: please check again"


@pytest.mark.parametrize(
    ("statuses", "kwargs", "expected"),
    [
        (["pass", "pass"], {}, ("pass", "You're ready for your visit", 0)),
        (["pass", "warn"], {}, ("warn", "Almost ready: 1 thing to fix", 1)),
        (["warn", "warn", "skip"], {}, ("warn", "Almost ready: 3 things to fix", 3)),
        (["pass", "skip"], {}, ("warn", NOT_FINISHED, 1)),  # a skipped check is not "ready"
        (["warn", "fail"], {}, ("fail", "Let's get you some help", 1)),
        (["pass", "error"], {}, ("fail", "Let's get you some help", 0)),
        ([], {}, ("warn", NOT_FINISHED, 0)),  # nothing was checked
        (["pass"], {"cancelled": True}, ("warn", NOT_FINISHED, 0)),
        (["pass"], {"expected": ["c0", "camera"]}, ("warn", NOT_FINISHED, 1)),
        (["warn"], {"expected": ["c0", "camera"]}, ("warn", "Almost ready: 2 things to fix", 2)),
        (
            ["pass"],
            {"expected": ["c0", "camera"], "running": ["camera"]},
            ("running", "Almost done: still checking…", 0),
        ),
    ],
)
def test_verdict(statuses, kwargs, expected):
    from preflight.engine.present import verdict

    results = [CheckResult(f"c{i}", s, "") for i, s in enumerate(statuses)]
    v = verdict(results, **kwargs)
    assert (v.status, v.sentence, v.count) == expected
    assert v.detail  # every state has its line of detail
