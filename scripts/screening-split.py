#!/usr/bin/env python3
"""Writes the screening evaluation split into src/test/resources/screening/split/.

usage: scripts/screening-split.py [SHARED_SCREENING_DIR] [--seed N]
  SHARED_SCREENING_DIR holds hatecheck.jsonl and train/ (default ../shared/screening).

HateCheck is split by template: each case's text with its identity or slur replaced by a
placeholder is its template, and templates that are spelling variants or paraphrases of one
another (one's letters within a small edit distance of the other's, or one containing the
other) are joined into one group, so a perturbed or quoted copy of a template never lands in
the other part. Groups are shuffled with the seed and dealt alternately to `tune` (rules and
thresholds may be written against it) and `test` (never read while writing rules).

The public training data (train/*.jsonl) is split by row id with the salted SHA-256 the
learned tier's trainer uses (70 % train, 15 % validation, 15 % test); the ids of the test part,
per source, are written, never the texts (not every source's licence allows copying).

Pure Python 3 standard library; the same inputs and seed give the same bytes."""
import argparse, hashlib, json, os, random, re, sys
from difflib import SequenceMatcher

SALT = "hearth-screening-split-2026-12"
IDENTITIES = ["trans people", "trans person", "gay people", "gay person", "black people", "black person",
              "disabled people", "disabled person", "women", "woman", "muslims", "muslim", "immigrants",
              "immigrant", "trans", "gay", "black", "disabled"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def slurs(rows):
    """The slurs slur_h fills into 'That's only natural for a X like you.' and its siblings."""
    found = set()
    for r in rows:
        if r["functionality"] in ("slur_h", "slur_homonym_nh", "slur_reclaimed_nh"):
            for w in re.findall(r"[A-Za-z]+", r["text"]):
                found.add(w.lower())
    common = {}
    for r in rows:
        for w in set(re.findall(r"[a-z]+", r["text"].lower())):
            common[w] = common.get(w, 0) + 1
    # a slur occurs in few cases; function words occur everywhere
    return {w for w in found if common.get(w, 0) <= 60 and len(w) > 2}


def template(text, slur_words):
    t = text.lower()
    for ident in IDENTITIES:
        t = re.sub(r"(?<![a-z])" + re.escape(ident) + r"(?![a-z])", "<id>", t)
    t = re.sub(r"[a-z]+", lambda m: "<slur>" if m.group(0) in slur_words else m.group(0), t)
    return t


def letters(t):
    return re.sub(r"[^a-z<>]", "", t)


def group_templates(templates):
    parent = list(range(len(templates)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = [letters(t) for t in templates]
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            a, b = keys[i], keys[j]
            if not a or not b:
                continue
            short, long_ = (a, b) if len(a) <= len(b) else (b, a)
            joined = len(short) >= 12 and short in long_
            if not joined and abs(len(a) - len(b)) <= max(4, len(short) // 5):
                m = SequenceMatcher(None, a, b, autojunk=False)
                joined = m.quick_ratio() >= 0.85 and m.ratio() >= 0.85
            if joined:
                parent[find(i)] = find(j)
    return [find(i) for i in range(len(keys))]


def public_part(row_id):
    digest = hashlib.sha256((SALT + ":" + row_id).encode("utf-8")).digest()
    bucket = ((digest[0] << 8) | digest[1]) % 100
    return "train" if bucket < 70 else "validation" if bucket < 85 else "test"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("shared", nargs="?", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "screening"))
    p.add_argument("--seed", type=int, default=20261202)
    a = p.parse_args()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "screening", "split")
    os.makedirs(out, exist_ok=True)

    rows = load(os.path.join(a.shared, "hatecheck.jsonl"))
    slur_words = slurs(rows)
    templates = sorted({template(r["text"], slur_words) for r in rows})
    roots = group_templates(templates)
    group_of = {t: roots[i] for i, t in enumerate(templates)}
    groups = sorted(set(roots))
    rng = random.Random(a.seed)
    rng.shuffle(groups)
    names = {g: "t%03d" % n for n, g in enumerate(sorted(set(roots)))}
    part_of = {g: ("test" if n % 2 else "tune") for n, g in enumerate(groups)}
    parts = {"tune": [], "test": []}
    for r in rows:
        g = group_of[template(r["text"], slur_words)]
        row = dict(r)
        row["template_group"] = names[g]
        parts[part_of[g]].append(row)
    for name, part in parts.items():
        with open(os.path.join(out, "hatecheck-%s.jsonl" % name), "w", encoding="utf-8") as f:
            for row in part:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")

    train_dir = os.path.join(a.shared, "train")
    lines = []
    for name in sorted(os.listdir(train_dir)):
        if name.endswith(".jsonl"):
            for r in load(os.path.join(train_dir, name)):
                if public_part(str(r["id"])) == "test":
                    lines.append(str(r["id"]))
    with open(os.path.join(out, "public-test-ids.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    print("HateCheck: %d templates in %d groups; tune %d cases, test %d cases; public test ids: %d"
          % (len(templates), len(groups), len(parts["tune"]), len(parts["test"]), len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
