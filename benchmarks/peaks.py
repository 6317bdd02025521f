"""Resident sizes of this process from /proc, for the benchmarks that measure one step's peak at a time."""

from __future__ import annotations

from pathlib import Path


def status_mb(key: str) -> int:
    """A /proc/self/status figure in MB (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024
    return 0


def reset_peak() -> None:
    """Start the kernel's high-water mark (VmHWM) afresh at the resident size, so that it gives one step's peak."""
    Path("/proc/self/clear_refs").write_text("5")
