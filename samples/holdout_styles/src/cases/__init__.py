"""Case modules of held-out batch 6, in build order (see samples/src/make_batch.py)."""

CASES = ['lommeby', 'skarvik', 'tranholma', 'norrhalla', 'vindaker', 'krakmo', 'salgered', 'hjortsjo']
