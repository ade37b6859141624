"""motions: read Swedish municipal motions, answers and protocol extracts into records."""

__version__ = "0.1.0"
