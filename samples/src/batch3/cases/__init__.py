"""Case modules of this batch, in build order (see samples/src/make_batch.py)."""

CASES = ['hedsund', 'vastana', 'rodby', 'ekeryd', 'ulvsby', 'tjarnby']
