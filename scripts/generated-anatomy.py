#!/usr/bin/env python3
"""What a generated file is made of, by kind of item: the bytes of token text each kind takes.

Usage: python3 scripts/generated-anatomy.py FILE
FILE is a build script's token text (for example target/debug/build/atlas-admin-api-*/out/atlas.rs,
written by `cargo build -p atlas-admin-api --features all`).

Each line is counted once, in the first class it matches: a doc attribute, a docs.rs feature
label, a serde attribute, a derive list, else the item it sits in (an `impl` by its trait, or
inherent; a struct, an enum, a function, a static or a module line).
"""
import re
import sys
from collections import Counter

IMPL = re.compile(r"^impl\b.*?(?:::\s*)?(\w+)\s*(?:<[^{]*>)?\s+for\s+")


def main(path):
    text = open(path, encoding="utf-8").read()
    total = len(text.encode())
    sizes, counts = Counter(), Counter()
    stack = []  # (kind, depth at which it ends)
    depth = 0
    for line in text.split("\n"):
        n = len(line.encode()) + 1
        s = line.lstrip()
        if s.startswith("# [doc =") or s.startswith("#[doc =") or s.startswith("//!") or s.startswith("///"):
            kind = "docs"
        elif "doc (cfg" in s or "doc(cfg" in s:
            kind = "docs.rs feature labels"
        elif s.startswith("# [serde") or s.startswith("#[serde"):
            kind = "serde attributes"
        elif s.startswith("# [derive") or s.startswith("#[derive"):
            kind = "derive lists"
            counts["derive lists"] += 1
        elif s.startswith("//"):
            kind = "comments"
        else:
            kind = None
        if kind is None:
            if stack:
                kind = stack[-1][0]
            else:
                m = IMPL.match(s)
                if m:
                    kind = f"impl {m.group(1)}"
                elif s.startswith("impl"):
                    kind = "inherent impls (constructors, setters, consts)"
                elif re.match(r"(pub(\s*\([^)]*\))?\s+)?struct\b", s):
                    kind = "struct definitions"
                elif re.match(r"(pub(\s*\([^)]*\))?\s+)?enum\b", s):
                    kind = "enum definitions"
                elif re.match(r"(pub(\s*\([^)]*\))?\s+)?(static|const)\b", s):
                    kind = "statics and consts"
                elif re.match(r"(pub(\s*\([^)]*\))?\s+)?(async\s+)?fn\b", s):
                    kind = "free functions"
                elif re.match(r"(pub(\s*\([^)]*\))?\s+)?(mod|use)\b", s):
                    kind = "modules and uses"
                else:
                    kind = "other"
                opens = line.count("{") - line.count("}")
                # A module's items are counted by their own kinds.
                if opens > 0 and kind != "modules and uses":
                    stack.append((kind, depth))
                    counts[kind] += 1
        sizes[kind] += n
        depth += line.count("{") - line.count("}")
        while stack and depth <= stack[-1][1]:
            stack.pop()
    print(f"{path}: {total:,} bytes of token text")
    print("| kind | bytes | share | items |")
    print("|---|---:|---:|---:|")
    for kind, b in sizes.most_common():
        print(f"| {kind} | {b:,} | {100 * b / total:.1f} % | {counts.get(kind, '')} |")


if __name__ == "__main__":
    main(sys.argv[1])
