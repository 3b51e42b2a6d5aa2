"""Exact and near-duplicate detection: normalised hashes, then MinHash + LSH over word shingles.

No maintained MinHash library (datasketch and the like) is in this machine's wheel mirror, so this is
a small numpy implementation of the standard scheme (Broder's MinHash, banded LSH for candidate
pairs); candidates are confirmed with the exact Jaccard similarity of their shingle sets, so the
LSH only decides which pairs get compared, never the verdict.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
_MERSENNE = np.uint64((1 << 61) - 1)


def normalize_for_match(text: str) -> str:
    """Case-, accent-, punctuation- and whitespace-insensitive form for exact-duplicate hashing."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(_WORD.findall("".join(c for c in text if not unicodedata.combining(c))))


def exact_key(text: str) -> str:
    return hashlib.blake2b(normalize_for_match(text).encode(), digest_size=16).hexdigest()


def shingles(text: str, n: int = 5) -> set[int]:
    """Hashed word n-grams (fewer words than n: the whole text as one shingle)."""
    words = normalize_for_match(text).split()
    grams = [" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))]
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") for g in grams}


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the earliest item is the root


def minhash_signatures(sets: Sequence[set[int]], num_perm: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, int(_MERSENNE), size=num_perm, dtype=np.uint64)
    b = rng.integers(0, int(_MERSENNE), size=num_perm, dtype=np.uint64)
    sig = np.empty((len(sets), num_perm), dtype=np.uint64)
    for i, s in enumerate(sets):
        x = (np.fromiter(s, dtype=np.uint64, count=len(s)) & _MERSENNE)[:, None]
        # (a*x + b) mod p with wrap-around multiplication: a universal-enough hash family for MinHash.
        sig[i] = ((x * a + b) % _MERSENNE).min(axis=0)
    return sig


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / max(1, len(a | b))


def similar_pairs(
    texts: Sequence[str], threshold: float, *, num_perm: int = 128, bands: int = 32, shingle_size: int = 5, seed: int = 0
) -> list[tuple[int, int, float]]:
    """Pairs (i, j, jaccard) with i < j and Jaccard(shingles) >= threshold.

    With 32 bands of 4 rows, a pair at Jaccard 0.5 becomes a candidate with probability ~0.87 and at
    0.7 with ~1.0; pairs below the threshold are never reported (the check is exact).
    """
    if num_perm % bands:
        raise ValueError("num_perm must be a multiple of bands")
    sets = [shingles(t, shingle_size) for t in texts]
    if not sets:
        return []
    sig = minhash_signatures(sets, num_perm, seed)
    rows = num_perm // bands
    candidates: set[tuple[int, int]] = set()
    for band in range(bands):
        buckets: dict[bytes, list[int]] = defaultdict(list)
        block = np.ascontiguousarray(sig[:, band * rows : (band + 1) * rows])
        for i in range(len(sets)):
            buckets[block[i].tobytes()].append(i)
        for members in buckets.values():
            if len(members) > 1:
                for x in range(len(members)):
                    for y in range(x + 1, len(members)):
                        candidates.add((members[x], members[y]))
    out = []
    for i, j in sorted(candidates):
        sim = jaccard(sets[i], sets[j])
        if sim >= threshold:
            out.append((i, j, sim))
    return out
