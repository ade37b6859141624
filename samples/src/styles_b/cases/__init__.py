"""Case modules of the style-b batch, in build order (see samples/src/make_batch.py)."""

CASES = ['rosendala', 'skogslunda', 'tegelsta', 'tranvik', 'uddeberg', 'runnholm', 'sundvreta']
