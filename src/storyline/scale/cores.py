"""How many processes a run may use: the cores this process may run on, within the cgroup's CPU quota."""

from __future__ import annotations

import math
import os
from pathlib import Path

CPU_MAX = Path("/sys/fs/cgroup/cpu.max")
"""cgroup v2 CPU quota: "QUOTA PERIOD" in microseconds, or "max PERIOD" for none."""


def quota_cores(cpu_max: Path = CPU_MAX) -> int | None:
    """Whole cores the cgroup quota allows (rounded up, at least 1); None without a quota or a readable file."""
    try:
        quota, period = cpu_max.read_text(encoding="ascii").split()[:2]
    except (OSError, ValueError):
        return None
    if quota == "max":
        return None
    try:
        cores = int(quota) / int(period)
    except (ValueError, ZeroDivisionError):
        return None
    # A quota of 1.5 cores still runs two processes faster than one (each gets 0.75 of a core of work done).
    return max(1, math.ceil(cores)) if cores > 0 else None


def process_cores() -> int:
    """Cores this process may run on: os.process_cpu_count() (Python 3.13), else the affinity mask, else
    os.cpu_count()."""
    counter = getattr(os, "process_cpu_count", None)
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def available_cores(cpu_max: Path = CPU_MAX) -> int:
    """The default number of jobs: every core this process may use, limited by the cgroup CPU quota."""
    cores = process_cores()
    quota = quota_cores(cpu_max)
    return min(cores, quota) if quota else cores
