#!/usr/bin/env python3
"""What a generated `Deserialize` would save against serde's derive, in a crate's own compile.

Writes two scratch crates under DIR (default /tmp/deserialize-shapes) with the same N structs
of F fields each (a mix of required and optional strings, integers, booleans and string
arrays, renamed to camelCase as the generator renames them):
  derived/ - `#[derive(Serialize, Deserialize)]`, with the generator's serde attributes;
  lean/    - the same `Serialize` derive, and a `Deserialize` written as the generator could
             write it: one map visitor, keys read as borrowed text, unknown keys skipped, no
             sequence form, no byte or index field matching.
Then builds each `ROUNDS` times (dev, `CARGO_INCREMENTAL=0`, dependencies built first) under
`/usr/bin/time` and prints the crate's own rustc time and peak RSS.

Usage: python3 scripts/bench-deserialize-shapes.py [N] [F] [ROUNDS] [DIR]
"""
import os
import re
import subprocess
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 400
F = int(sys.argv[2]) if len(sys.argv) > 2 else 12
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 2
DIR = sys.argv[4] if len(sys.argv) > 4 else "/tmp/deserialize-shapes"

TYPES = ["String", "i64", "bool", "Vec<String>"]


def fields(i):
    out = []
    for j in range(F):
        ty = TYPES[(i + j) % len(TYPES)]
        required = j % 3 == 0
        out.append((f"field_{j}", f"field{j}Name", ty, required))
    return out


def derived(i):
    lines = ["#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]",
             f"pub struct S{i} {{"]
    for name, wire, ty, required in fields(i):
        if required:
            lines.append(f'    #[serde(rename = "{wire}")]')
            lines.append(f"    pub {name}: {ty},")
        else:
            lines.append(f'    #[serde(rename = "{wire}", default, skip_serializing_if = "::std::option::Option::is_none")]')
            lines.append(f"    pub {name}: ::std::option::Option<{ty}>,")
    lines.append("}")
    return "\n".join(lines)


def lean(i):
    fs = fields(i)
    lines = ["#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]", f"pub struct S{i} {{"]
    for name, wire, ty, required in fs:
        if required:
            lines.append(f'    #[serde(rename = "{wire}")]')
            lines.append(f"    pub {name}: {ty},")
        else:
            lines.append(f'    #[serde(rename = "{wire}", skip_serializing_if = "::std::option::Option::is_none")]')
            lines.append(f"    pub {name}: ::std::option::Option<{ty}>,")
    lines.append("}")
    lines.append(f"impl<'de> ::serde::Deserialize<'de> for S{i} {{")
    lines.append("    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {")
    lines.append("        struct V;")
    lines.append("        impl<'de> ::serde::de::Visitor<'de> for V {")
    lines.append(f"            type Value = S{i};")
    lines.append("            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {")
    lines.append(f'                f.write_str("an object S{i}")')
    lines.append("            }")
    lines.append("            fn visit_map<A: ::serde::de::MapAccess<'de>>(self, mut m: A) -> ::std::result::Result<Self::Value, A::Error> {")
    for name, wire, ty, required in fs:
        lines.append(f"                let mut {name}: ::std::option::Option<{ty}> = None;")
    lines.append("                while let Some(k) = m.next_key::<crate::Key<'de>>()? {")
    lines.append("                    match &*k.0 {")
    for name, wire, ty, required in fs:
        lines.append(f'                        "{wire}" => {name} = m.next_value()?,')
    lines.append("                        _ => { m.next_value::<::serde::de::IgnoredAny>()?; }")
    lines.append("                    }")
    lines.append("                }")
    lines.append(f"                Ok(S{i} {{")
    for name, wire, ty, required in fs:
        if required:
            lines.append(f'                    {name}: {name}.ok_or_else(|| ::serde::de::Error::missing_field("{wire}"))?,')
        else:
            lines.append(f"                    {name},")
    lines.append("                })")
    lines.append("            }")
    lines.append("        }")
    lines.append("        d.deserialize_map(V)")
    lines.append("    }")
    lines.append("}")
    return "\n".join(lines)


KEY = '''
/// An object's key, borrowed from the input when it has no escapes.
pub struct Key<'de>(pub ::std::borrow::Cow<'de, str>);
impl<'de> ::serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> ::std::result::Result<Key<'de>, E> {
                Ok(Key(::std::borrow::Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> ::std::result::Result<Key<'de>, E> {
                Ok(Key(::std::borrow::Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(V)
    }
}
'''


def write(kind, body):
    root = os.path.join(DIR, kind)
    os.makedirs(os.path.join(root, "src"), exist_ok=True)
    with open(os.path.join(root, "Cargo.toml"), "w") as f:
        f.write(f'[package]\nname = "shapes-{kind}"\nversion = "0.0.0"\nedition = "2021"\n\n'
                '[dependencies]\nserde = { version = "1", features = ["derive"] }\nserde_json = "1"\n\n'
                '[workspace]\n')
    with open(os.path.join(root, "src", "lib.rs"), "w") as f:
        f.write(body)
    return root


def build(root):
    env = dict(os.environ, CARGO_INCREMENTAL="0")
    subprocess.run(["cargo", "build", "-q"], cwd=root, env=env, check=True)
    subprocess.run(["touch", os.path.join(root, "src", "lib.rs")], check=True)
    r = subprocess.run(["/usr/bin/time", "-v", "cargo", "build", "-q"], cwd=root, env=env,
                       capture_output=True, text=True, check=True)
    wall = re.search(r"Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+(?:\.\d+)?)", r.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    secs = float(wall.group(2)) + 60 * float(wall.group(1) or 0)
    return secs, int(rss.group(1)) / 1024


def main():
    d = write("derived", "\n".join(derived(i) for i in range(N)) + "\n")
    l = write("lean", KEY + "\n".join(lean(i) for i in range(N)) + "\n")
    results = {"derived": [], "lean": []}
    for _ in range(ROUNDS):
        for kind, root in (("derived", d), ("lean", l)):
            results[kind].append(build(root))
    print(f"{N} structs of {F} fields, {ROUNDS} rounds, dev, CARGO_INCREMENTAL=0 (the crate's own rustc)")
    for kind, rs in results.items():
        print(f"  {kind}: " + ", ".join(f"{t:.2f} s / {m:.0f} MB" for t, m in rs))
    bt = min(t for t, _ in results["derived"])
    lt = min(t for t, _ in results["lean"])
    bm = min(m for _, m in results["derived"])
    lm = min(m for _, m in results["lean"])
    print(f"  lean / derived: time {lt / bt:.2f}, peak RSS {lm / bm:.2f} (best of each)")


if __name__ == "__main__":
    main()
