#!/usr/bin/env python3
"""Picks a small corpus from a libFuzzer merge control file (used by `scripts/fuzz.sh --cmin`).

`cargo fuzz cmin` keeps every input that adds a feature, smallest first, which for `generate`
is thousands of files. This greedy set cover keeps the named seeds (any file whose name is not
a 40-digit hex hash) and then, up to MAX_FILES files and BUDGET bytes, repeatedly takes the input
that adds the most not yet covered features per (its size + OVERHEAD bytes).

usage: select_corpus.py CONTROL_FILE MAX_FILES BUDGET OVERHEAD > selected-paths
"""
import os
import re
import sys


def main() -> None:
    control, max_files, budget, overhead = sys.argv[1], *map(int, sys.argv[2:5])
    lines = open(control).read().split("\n")
    count = int(lines[0])
    names = lines[2 : 2 + count]
    features = {}
    for line in lines[2 + count :]:
        parts = line.split()
        if parts and parts[0] == "FT":
            features[int(parts[1])] = set(map(int, parts[2:]))
    size = {i: os.path.getsize(names[i]) for i in features}
    hashed = re.compile(r"^[0-9a-f]{40}$")

    chosen = [i for i in features if not hashed.match(os.path.basename(names[i]))]
    covered = set().union(*(features[i] for i in chosen))
    used = sum(size[i] for i in chosen)
    left = set(features) - set(chosen)
    while len(chosen) < max_files:
        fits = [i for i in left if used + size[i] <= budget]
        if not fits:
            break
        best = max(fits, key=lambda i: (len(features[i] - covered) / (size[i] + overhead), -size[i]))
        if not features[best] - covered:
            break
        chosen.append(best)
        left.discard(best)
        covered |= features[best]
        used += size[best]

    everything = set().union(*features.values()) if features else set()
    print(
        f"selected {len(chosen)} of {len(features)} inputs, {used} bytes, "
        f"{len(covered)} of {len(everything)} features",
        file=sys.stderr,
    )
    print("\n".join(names[i] for i in chosen))


if __name__ == "__main__":
    main()
