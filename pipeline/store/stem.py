"""A small Swedish stemmer (the Snowball algorithm) for the SQLite full-text index.

Applied to the text when it is indexed and to the query when it is searched, so
"motionerna" meets "motion" and "besvarades" meets "besvarad". PostgreSQL's
`swedish` text search configuration uses the same Snowball algorithm, so both
stores agree. spaCy's lookup lemmatizer was the alternative; it needs 1 s to load
its tables and errs on compounds it does not list, while suffix stripping is
predictable and costs microseconds.
"""

from __future__ import annotations

import re
from functools import lru_cache

VOWELS = set("aeiouyäåö")
# Step 1 suffixes, longest first; "s" is handled apart (only after a valid s-ending).
STEP1 = sorted(
    """a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ar er
    heter or as arnas ernas ornas es ades andes ens arens hetens erns at andet het ast""".split(),
    key=len,
    reverse=True,
)
S_ENDING = set("bcdfghjklmnoprtvy")
STEP2 = ("dd", "gd", "nn", "dt", "gt", "kt", "tt")
STEP3 = (("fullt", "full"), ("löst", "lös"), ("lig", ""), ("els", ""), ("ig", ""))
# Words too common to narrow a search; PostgreSQL's swedish configuration drops them too.
STOPWORDS = frozenset(
    """och att i om på för som en ett det den de av till med är var har kan ska
    inte eller men så från vid under över efter samt också detta denna dessa""".split()
)
WORD = re.compile(r"\w+", re.UNICODE)  # a word, as the indexes and the marks count them


def _r1(word: str) -> int:
    for i in range(1, len(word)):
        if word[i] not in VOWELS and word[i - 1] in VOWELS:
            return max(i + 1, 3)
    return len(word)


@lru_cache(maxsize=65536)  # search marks stem every word of every hit shown
def stem(word: str) -> str:
    word = word.lower()
    if len(word) < 3 or not word.isalpha():
        return word
    r1 = _r1(word)
    for suffix in STEP1:
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            word = word[: -len(suffix)]
            break
    else:
        if word.endswith("s") and len(word) - 1 >= r1 and len(word) > 1 and word[-2] in S_ENDING:
            word = word[:-1]
    for suffix in STEP2:
        if word.endswith(suffix) and len(word) - 2 >= r1:
            word = word[:-1]
            break
    for suffix, repl in STEP3:
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            word = word[: -len(suffix)] + repl
            break
    return word


def tokens(text: str) -> list[str]:
    return [t for t in WORD.findall(text.lower()) if t not in STOPWORDS]


def stem_text(text: str) -> str:
    """The indexed form: stems separated by spaces."""
    return " ".join(stem(t) for t in tokens(text))


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression: every stem must occur (quoted, so no operator leaks)."""
    stems = [stem(t) for t in tokens(text)]
    return " ".join(f'"{s}"' for s in dict.fromkeys(stems)) or None
