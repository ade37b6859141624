"""Case modules of held-out batch 5, in build order (see ../make_holdout_protocols.py)."""

CASES = ["ronnvik", "alsterbo", "halleby", "norrhamn"]
