"""The resolve stage: story-level facts built from all article analyses (a pure function of them)."""
