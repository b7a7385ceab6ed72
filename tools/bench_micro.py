"""Runs the Python micro-benchmarks (benchmarks/micro/*.py) on Taipan and on
CPython 3.14 in one run and prints the ratio for each.

Each benchmark is a whole script timed as a process (start-up included,
which is small next to each script's work); each interpreter runs it
RUNS times, alternating, and the medians are compared. A benchmark whose
output differs from CPython's (or that fails) is reported as such, with no
ratio. The last line times `-c pass` on both: start-up alone.

Runs on the reference interpreter only; tools/bench_micro.sh starts it.
usage: bench_micro.py TAIPAN [RUNS] [NAME...]
"""

import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MICRO = os.path.join(ROOT, "benchmarks", "micro")


def timed(argv):
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True)
    return time.perf_counter() - start, proc


def measure(taipan, argv_tail, runs):
    """Median wall times (cpython, taipan) and whether the outputs agree."""
    ref_times, our_times = [], []
    agree = True
    for _ in range(runs):
        t, ref = timed([sys.executable, *argv_tail])
        ref_times.append(t)
        t, ours = timed([taipan, *argv_tail])
        our_times.append(t)
        if ours.returncode != ref.returncode or ours.stdout != ref.stdout:
            agree = False
    return statistics.median(ref_times), statistics.median(our_times), agree


def main():
    taipan = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    names = sys.argv[3:] or sorted(f[:-3] for f in os.listdir(MICRO) if f.endswith(".py"))
    print(f"{'benchmark':<22}{'CPython 3.14':>14}{'Taipan':>12}{'ratio':>9}")
    for name in names:
        path = os.path.join(MICRO, name + ".py")
        ref, ours, agree = measure(taipan, [path], runs)
        if agree:
            verdict = f"{ref / ours:8.2f}x"
        else:
            verdict = "  output differs / fails"
        print(f"{name:<22}{ref:13.3f}s{ours:11.3f}s{verdict}")
    ref, ours, agree = measure(taipan, ["-c", "pass"], max(runs, 11))
    verdict = f"{ref / ours:8.2f}x" if agree else "  fails"
    print(f"{'-c pass (start-up)':<22}{ref:13.4f}s{ours:11.4f}s{verdict}")
    print("ratio = CPython time / Taipan time (above 1: Taipan is faster)")


main()
