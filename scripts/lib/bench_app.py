#!/usr/bin/env python3
"""The desktop app's benchmark (run by scripts/bench-app.sh, inside its Xvfb and D-Bus).

For each subject — the floor (an empty Tauri window, WebKit's defaults), the same floor
drawn without GPU compositing as Polydesk draws on Linux, Polydesk on the 320-case demo
workspace and Polydesk on 100k generated cases — it starts a fresh process, times the wall
clock from spawn to the line the UI makes it print once its first screen is rendered,
waits idle, then sums the proportional set size (Pss, /proc/PID/smaps_rollup) of the
process and all its descendants (WebKitWebProcess, WebKitNetworkProcess, ...) — and its
anonymous part (Pss_Anon), which other processes on the machine cannot share — and ends it
with SIGTERM. Subjects take turns run by run, after one warm-up run each that is not
counted, so a busy moment on the machine hits them alike.
"""

import argparse
import datetime
import json
import os
import platform
import re
import selectors
import signal
import statistics
import subprocess
import threading
import time

START_GOAL = 1.2  # start time, as a multiple of the floor's
# The floor as Tauri ships it (WebKit's defaults), and the same empty window drawn the way
# Polydesk draws on Linux (without GPU compositing; see src-tauri/src/rendering.rs). Goals
# are against the first; the second shows what is left once the drawing mode is the same.
SAME_MODE = "floor_2d"
FLOORS = ("floor", SAME_MODE)
PSS_GOAL = 1.3  # memory, as a multiple of the floor's
READY = re.compile(r"^(?:polydesk|floor): ui-ready (\d+) ms")


def log(msg):
    # stdout: the D-Bus session's own chatter on stderr goes to a log file.
    print(f"bench-app: {msg}", flush=True)


# ---- processes ---------------------------------------------------------------------


def parent_map():
    """pid -> ppid for every process (field 4 of /proc/PID/stat, after the comm)."""
    parents = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="utf-8", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        parents[int(name)] = int(fields[1])
    return parents


def descendants(root):
    """root and every process below it."""
    children = {}
    for pid, ppid in parent_map().items():
        children.setdefault(ppid, []).append(pid)
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def comm(pid):
    try:
        with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as f:
            return f.read().strip()
    except OSError:
        return "?"


def pss_kb(pid):
    """(Pss, Pss_Anon) of one process in kB, or None when it is gone."""
    pss = anon = None
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith("Pss_Anon:"):
                    anon = int(line.split()[1])
    except OSError:
        return None
    return None if pss is None else (pss, anon or 0)


def tree_pss(root):
    """(total MB, anonymous MB, {comm: MB}) over root and its descendants."""
    by_comm, anon = {}, 0.0
    for pid in descendants(root):
        kb = pss_kb(pid)
        if kb is None:
            continue
        name = comm(pid)
        by_comm[name] = by_comm.get(name, 0.0) + kb[0] / 1024.0
        anon += kb[1] / 1024.0
    return sum(by_comm.values()), anon, by_comm


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


# ---- one run -----------------------------------------------------------------------


class Subject:
    def __init__(self, key, label, binary, env):
        self.key = key
        self.label = label
        self.binary = binary
        self.env = env
        self.start_ms = []
        self.ready_ms = []
        self.pss_mb = []
        self.anon_mb = []
        self.by_comm = []


def run_once(subject, idle_s, timeout_s, logfile):
    """Start, wait for the ready line, idle, measure, end.

    Returns (wall ms, own ms, PSS MB, anonymous PSS MB, PSS MB by process name)."""
    with open(logfile, "ab") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [subject.binary],
            env=subject.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            start_new_session=True,  # its own process group, ended by its id below
        )
    try:
        wall_ms, own_ms = wait_ready(proc, t0, timeout_s, logfile)
        # Keep draining stdout so the app never blocks on a full pipe while idle.
        threading.Thread(target=proc.stdout.read, daemon=True).start()
        time.sleep(idle_s)
        total, anon, by_comm = tree_pss(proc.pid)
        return wall_ms, own_ms, total, anon, by_comm
    finally:
        end(proc)


def wait_ready(proc, t0, timeout_s, logfile):
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    buf = b""
    deadline = t0 + timeout_s
    while True:
        left = deadline - time.perf_counter()
        if left <= 0 or not sel.select(left):
            raise RuntimeError(f"no ready line within {timeout_s} s (see {logfile})")
        chunk = os.read(proc.stdout.fileno(), 4096)
        if not chunk:
            raise RuntimeError(f"the app exited ({proc.wait()}) before its ready line (see {logfile})")
        buf += chunk
        for line in buf.decode("utf-8", "replace").splitlines():
            m = READY.match(line)
            if m:
                wall_ms = (time.perf_counter() - t0) * 1000.0
                sel.close()
                return wall_ms, float(m.group(1))


def end(proc):
    """SIGTERM the app; WebKit's processes leave with it. Whatever stays is killed."""
    tree = [p for p in descendants(proc.pid) if p != proc.pid]
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    deadline = time.time() + 5
    while time.time() < deadline and any(alive(p) for p in tree):
        time.sleep(0.05)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the group the app was started in, if any is left
    except (ProcessLookupError, PermissionError):
        pass
    if proc.stdout:
        proc.stdout.close()


# ---- the report --------------------------------------------------------------------


def hardware():
    cpu = platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_gib = float("nan")
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            mem_gib = int(f.readline().split()[1]) / 1024 / 1024
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores, {mem_gib:.0f} GiB, {platform.system().lower()}"


def command_out(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def r1(x):
    return round(x, 1)


def figures(subjects):
    floor = subjects["floor"]
    out = {}
    for key, s in subjects.items():
        out[f"app.start_ms_{key}"] = r1(statistics.median(s.start_ms))
        out[f"app.start_ms_min_{key}"] = r1(min(s.start_ms))
        out[f"app.start_ms_max_{key}"] = r1(max(s.start_ms))
        out[f"app.ready_ms_{key}"] = r1(statistics.median(s.ready_ms))
        out[f"app.pss_mb_{key}"] = r1(statistics.median(s.pss_mb))
        out[f"app.pss_mb_min_{key}"] = r1(min(s.pss_mb))
        out[f"app.pss_mb_max_{key}"] = r1(max(s.pss_mb))
        out[f"app.pss_anon_mb_{key}"] = r1(statistics.median(s.anon_mb))
    for key in subjects:
        if key in FLOORS:
            continue
        out[f"app.start_ratio_{key}"] = round(
            statistics.median(subjects[key].start_ms) / statistics.median(floor.start_ms), 3
        )
        out[f"app.pss_ratio_{key}"] = round(
            statistics.median(subjects[key].pss_mb) / statistics.median(floor.pss_mb), 3
        )
        out[f"app.pss_anon_ratio_{key}"] = round(
            statistics.median(subjects[key].anon_mb) / statistics.median(floor.anon_mb), 3
        )
        # Like for like: against the empty window drawn the way Polydesk draws on Linux.
        if SAME_MODE in subjects:
            same = subjects[SAME_MODE]
            out[f"app.start_ratio_{key}_same_mode"] = round(
                statistics.median(subjects[key].start_ms) / statistics.median(same.start_ms), 3
            )
            out[f"app.pss_ratio_{key}_same_mode"] = round(
                statistics.median(subjects[key].pss_mb) / statistics.median(same.pss_mb), 3
            )
    return out


def process_breakdown(s):
    """Median MB per process name over the runs."""
    names = sorted({n for run in s.by_comm for n in run})
    return {n: r1(statistics.median([run.get(n, 0.0) for run in s.by_comm])) for n in names}


def print_table(subjects, figs, meta):
    print(f"Polydesk desktop app ({meta['commit'] or 'unknown commit'}) — {meta['runs']} runs each,"
          f" idle {meta['idle_s']} s — {meta['hardware']}")
    print(f"{'subject':<26} {'start ms':>9} {'(min–max)':>13} {'× floor':>8} {'goal':>7} {'met':>4}"
          f" {'PSS MB':>8} {'× floor':>8} {'goal':>7} {'met':>4} {'anon MB':>8} {'× floor':>8}")
    for key, s in subjects.items():
        start = figs[f"app.start_ms_{key}"]
        spread = f"{figs[f'app.start_ms_min_{key}']:.0f}–{figs[f'app.start_ms_max_{key}']:.0f}"
        pss, anon = figs[f"app.pss_mb_{key}"], figs[f"app.pss_anon_mb_{key}"]
        if key in FLOORS:
            print(f"{s.label:<26} {start:>9.0f} {spread:>13} {'':>8} {'':>7} {'':>4} {pss:>8.1f}"
                  f" {'':>8} {'':>7} {'':>4} {anon:>8.1f}")
            continue
        sr, pr = figs[f"app.start_ratio_{key}"], figs[f"app.pss_ratio_{key}"]
        ar = figs[f"app.pss_anon_ratio_{key}"]
        print(f"{s.label:<26} {start:>9.0f} {spread:>13} {sr:>8.2f} {'<= ' + str(START_GOAL):>7}"
              f" {'yes' if sr <= START_GOAL else 'NO':>4} {pss:>8.1f} {pr:>8.2f}"
              f" {'<= ' + str(PSS_GOAL):>7} {'yes' if pr <= PSS_GOAL else 'NO':>4}"
              f" {anon:>8.1f} {ar:>8.2f}")
    print("PSS by process (median MB): " + "; ".join(
        f"{key}: " + ", ".join(f"{n} {mb:.1f}" for n, mb in meta["processes"][key].items())
        for key in subjects))
    if SAME_MODE in subjects:
        print(f"Against {subjects[SAME_MODE].label}: " + "; ".join(
            f"{key} start ×{figs[f'app.start_ratio_{key}_same_mode']:.2f},"
            f" PSS ×{figs[f'app.pss_ratio_{key}_same_mode']:.2f}"
            for key in subjects if key not in FLOORS))
    print("(anon: the anonymous part of PSS — heaps, JS, caches — which other processes on the"
          " machine cannot share, unlike library pages)")


def print_compare(figs, meta, path):
    with open(path, encoding="utf-8") as f:
        old = json.load(f)
    print(f"\nCompared with {path} ({old.get('date', '?')}, {old.get('hardware', '?')}):")
    if old.get("hardware") != meta["hardware"]:
        print("  note: measured on other hardware; compare the ratios, not the absolute figures")
    print(f"  {'figure':<26} {'before':>10} {'now':>10} {'change':>8}")
    for k, v in figs.items():
        if "_min_" in k or "_max_" in k:
            continue
        before = old.get(k)
        if not isinstance(before, (int, float)):
            print(f"  {k:<26} {'':>10} {v:>10.3f}")
            continue
        change = f"{(v - before) / before * 100:+.0f}%" if before else ""
        print(f"  {k:<26} {before:>10.3f} {v:>10.3f} {change:>8}")


# ---- main --------------------------------------------------------------------------


def seed(cli, data_dir, cases):
    args = [cli, "--data-dir", data_dir, "demo", "seed"]
    if cases is not None:
        args += ["--cases", str(cases)]
    t = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=clean_env())
    log(f"seeded {cases or 'the demo'} cases in {time.perf_counter() - t:.0f} s")


def clean_env():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("POLYDESK_", "WEBKIT_", "LC_")) and k != "LANGUAGE"}
    env["LANG"] = "C.UTF-8"  # present on every Debian/Ubuntu; the UI falls back to English
    return env


def subject_env(tmp, key, data_dir=None):
    """Its own XDG directories (WebKit's caches, Tauri's webview data) under tmp."""
    env = clean_env()
    home = os.path.join(tmp, f"xdg-{key}")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state")):
        env[var] = os.path.join(home, sub)
        os.makedirs(env[var], exist_ok=True)
    env["POLYDESK_REPORT_READY"] = "1"
    if data_dir:
        env["POLYDESK_DATA_DIR"] = data_dir
    return env


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--app", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--tmp", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--idle", type=float, default=5.0)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--out")
    ap.add_argument("--compare")
    ap.add_argument("--commit", default="")
    a = ap.parse_args()
    if a.runs < 1 or a.cases < 1:
        ap.error("--runs and --cases must be 1 or more")

    big = f"{a.cases // 1000}k" if a.cases % 1000 == 0 else str(a.cases)
    demo_dir = os.path.join(a.tmp, "data-demo")
    big_dir = os.path.join(a.tmp, f"data-{big}")
    seed(a.cli, demo_dir, None)
    seed(a.cli, big_dir, a.cases)

    subjects = {
        "floor": Subject("floor", "floor (empty Tauri window)", a.floor, subject_env(a.tmp, "floor")),
        SAME_MODE: Subject(SAME_MODE, "floor, non-composited", a.floor,
                           dict(subject_env(a.tmp, SAME_MODE), WEBKIT_DISABLE_COMPOSITING_MODE="1")),
        "demo": Subject("demo", "Polydesk, demo (320)", a.app, subject_env(a.tmp, "demo", demo_dir)),
        big: Subject(big, f"Polydesk, {a.cases} cases", a.app, subject_env(a.tmp, big, big_dir)),
    }
    logs = os.path.join(a.tmp, "logs")
    os.makedirs(logs, exist_ok=True)

    for rnd in range(a.runs + 1):
        for key, s in subjects.items():
            wall, own, pss, anon, by_comm = run_once(s, a.idle, a.timeout,
                                                     os.path.join(logs, f"{key}.log"))
            what = "warm-up" if rnd == 0 else f"run {rnd}/{a.runs}"
            log(f"{key:<6} {what:<9} start {wall:6.0f} ms (own {own:.0f} ms)"
                f"  PSS {pss:6.1f} MB (anonymous {anon:.1f} MB)")
            if rnd == 0:
                continue
            s.start_ms.append(wall)
            s.ready_ms.append(own)
            s.pss_mb.append(pss)
            s.anon_mb.append(anon)
            s.by_comm.append(by_comm)

    figs = figures(subjects)
    meta = {
        "hardware": hardware(),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"),
        "commit": a.commit,
        "webkitgtk": command_out("pkg-config", "--modversion", "webkit2gtk-4.1"),
        "runs": a.runs,
        "idle_s": a.idle,
        "cases": a.cases,
        "goals": {"start_ratio": START_GOAL, "pss_ratio": PSS_GOAL},
        "processes": {k: process_breakdown(s) for k, s in subjects.items()},
    }
    print_table(subjects, figs, meta)
    if a.compare:
        print_compare(figs, meta, a.compare)
    if a.out:
        report = dict(figs)
        report.update(meta)
        with open(a.out, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2, ensure_ascii=False)
            f.write("\n")
        log(f"wrote {a.out}")


if __name__ == "__main__":
    main()
