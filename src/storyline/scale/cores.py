"""How many processes a run may use: the cores this process may run on, within the cgroup's CPU quota."""

from __future__ import annotations

import math
import os
from pathlib import Path

CGROUP = Path("/sys/fs/cgroup")
"""Where the cgroup files are: cpu.max (cgroup v2: "QUOTA PERIOD" in microseconds, or "max PERIOD" for no
quota), else cpu/cpu.cfs_quota_us and cpu/cpu.cfs_period_us (cgroup v1: a quota of -1 for none)."""


def _read(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return []


def quota_cores(cgroup: Path = CGROUP) -> int | None:
    """Whole cores the cgroup CPU quota allows (rounded up, at least 1); None without a quota."""
    fields = _read(cgroup / "cpu.max")
    if not fields:
        fields = _read(cgroup / "cpu" / "cpu.cfs_quota_us") + _read(cgroup / "cpu" / "cpu.cfs_period_us")
    try:
        quota, period = int(fields[0]), int(fields[1])
    except (IndexError, ValueError):  # "max", or no readable file: no quota
        return None
    if quota <= 0 or period <= 0:
        return None
    # A quota of 1.5 cores still gets more done with two processes than with one.
    return max(1, math.ceil(quota / period))


def process_cores() -> int:
    """Cores this process may run on: os.process_cpu_count() (Python 3.13), else the affinity mask, else
    os.cpu_count()."""
    counter = getattr(os, "process_cpu_count", None)
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def available_cores(cgroup: Path = CGROUP) -> int:
    """The default number of jobs: every core this process may use, limited by the cgroup CPU quota."""
    cores = process_cores()
    quota = quota_cores(cgroup)
    return min(cores, quota) if quota else cores
