"""storyline: build an unfolding news story as data, every fact traced to its source sentence."""

__version__ = "0.1.0"
