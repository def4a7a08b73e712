"""Near-duplicate detection: syndicated copies of one story are stored once, the others link to it.

A story syndicated to several sites (a wire story, a press release republished by a newsroom) has
an almost identical body under different URLs, with a changed intro line, byline or footer; its
exact content hash differs, so `content_hash` alone misses it. Each body gets a MinHash signature
over 5-word shingles; locality-sensitive hashing (16 bands of 4 values) finds candidate copies in
constant time per article, and a candidate whose estimated Jaccard similarity is at least
`THRESHOLD` is a near-duplicate.
"""

from __future__ import annotations

import base64

import numpy as np

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
THRESHOLD = 0.8

_rng = np.random.default_rng(0x9AC7)
_MUL = _rng.integers(1, 2**62, NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)   # odd: bijective mod 2^64
_ADD = _rng.integers(0, 2**62, NUM_PERM, dtype=np.uint64)
_SHIFT = np.uint64(29)
_MIX = np.uint64(0x9E3779B97F4A7C15)


_P = np.uint64(0x100000001B3)                   # odd: invertible modulo 2^64
_P_INV = np.uint64(pow(int(_P), -1, 2**64))
_NON_WORD_RANGES = ((0x2000, 0x206F), (0x00A0, 0x00BF), (0x3000, 0x303F), (0xFF00, 0xFF0F), (0x00D7, 0x00D7),
                    (0x00F7, 0x00F7))


def _word_hashes(text: str) -> np.ndarray:
    """A 64-bit hash per word (letters and digits, lower-cased), computed without a Python loop."""
    cps = np.frombuffer(text.lower().encode("utf-32-le"), dtype=np.uint32)
    if cps.size == 0:
        return np.zeros(0, dtype=np.uint64)
    word = ((cps >= 0x30) & (cps <= 0x39)) | ((cps >= 0x61) & (cps <= 0x7A)) | (cps == 0x5F) | (cps >= 0x80)
    for low, high in _NON_WORD_RANGES:
        word &= ~((cps >= low) & (cps <= high))
    edges = np.diff(np.concatenate(([False], word, [False])).astype(np.int8))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    if starts.size == 0:
        return np.zeros(0, dtype=np.uint64)
    # Polynomial hash of every word from prefix sums: h(s, e) = (S[e] - S[s]) * P^-s  (mod 2^64).
    n = cps.size
    powers = np.cumprod(np.concatenate(([np.uint64(1)], np.full(n - 1, _P, dtype=np.uint64))), dtype=np.uint64)
    inverse = np.cumprod(np.concatenate(([np.uint64(1)], np.full(n - 1, _P_INV, dtype=np.uint64))), dtype=np.uint64)
    prefix = np.concatenate(([np.uint64(0)], np.cumsum(cps.astype(np.uint64) * powers, dtype=np.uint64)))
    return (prefix[ends] - prefix[starts]) * inverse[starts]


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (NUM_PERM uint32 values) of a text, or None if it is too short to judge."""
    hashes = _word_hashes(text)
    n = hashes.size - SHINGLE_WORDS + 1
    if n < 8:
        return None
    shingles = np.zeros(n, dtype=np.uint64)
    for i in range(SHINGLE_WORDS):
        shingles = shingles * _MIX + hashes[i:i + n]
    shingles = np.unique(shingles)
    values = shingles[None, :] * _MUL[:, None] + _ADD[:, None]
    values ^= values >> _SHIFT
    return (values.min(axis=1) >> np.uint64(32)).astype(np.uint32)


def encode(sig: np.ndarray) -> str:
    return base64.b64encode(sig.astype("<u4").tobytes()).decode("ascii")


def decode(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


class NearDuplicateIndex:
    """Signatures of the articles kept so far; `find` returns the copy a new body duplicates."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._keys: list[str] = []
        self._sigs: list[np.ndarray] = []
        self._buckets: dict[tuple[int, bytes], list[int]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def _bands(self, sig: np.ndarray):
        for band in range(BANDS):
            yield band, sig[band * ROWS:(band + 1) * ROWS].tobytes()

    def add(self, key: str, sig: np.ndarray | None) -> None:
        if sig is None:
            return
        index = len(self._keys)
        self._keys.append(key)
        self._sigs.append(sig)
        for band in self._bands(sig):
            self._buckets.setdefault(band, []).append(index)

    def find(self, sig: np.ndarray | None) -> tuple[str, float] | None:
        """(key, similarity) of the most similar kept article at or above the threshold, or None."""
        if sig is None:
            return None
        candidates = set()
        for band in self._bands(sig):
            candidates.update(self._buckets.get(band, ()))
        best = None
        for index in candidates:
            score = similarity(sig, self._sigs[index])
            if score >= self.threshold and (best is None or score > best[1]):
                best = (self._keys[index], score)
        return best
