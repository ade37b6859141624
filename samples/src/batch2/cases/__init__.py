"""Case modules of this batch, in build order (see samples/src/make_batch.py)."""

CASES = ['granberg', 'salvik', 'kvarnby', 'bjorkfors', 'ljungsater', 'mossala']
