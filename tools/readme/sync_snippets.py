#!/usr/bin/env python3
"""Copies the code of examples/ into README.md: each fenced block right after a line
<!-- snippet: FILE#TAG --> becomes the lines of FILE between tag::TAG[] and end::TAG[] (all of FILE
without a tag), marker lines left out, common indentation removed. ReadmeSnippetsTest checks the result.

    python3 tools/readme/sync_snippets.py          # from the repository root; rewrites README.md
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MARKER = re.compile(r"<!-- snippet: ([^#\s]*/[^#\s]*)(?:#([\w-]+))? -->")  # a file; bare names are not ours


def region(source, tag):
    kept, inside, found = [], tag is None, tag is None
    for line in source.split("\n"):
        if tag and "tag::%s[]" % tag in line:
            inside = found = True
            continue
        if tag and "end::%s[]" % tag in line:
            inside = False
            continue
        if inside and "tag::" not in line and "end::" not in line:
            kept.append(line.rstrip())
    if not found:
        sys.exit("no tag::%s[] in the file" % tag)
    while kept and not kept[-1]:
        kept.pop()
    indent = min((len(l) - len(l.lstrip()) for l in kept if l.strip()), default=0)
    return [l[indent:] if l.strip() else "" for l in kept]


def main():
    path = os.path.join(ROOT, "README.md")
    lines = open(path, encoding="utf-8").read().split("\n")
    out, i = [], 0
    while i < len(lines):
        out.append(lines[i])
        m = MARKER.search(lines[i])
        if m and i + 1 < len(lines) and lines[i + 1].startswith("```"):
            out.append(lines[i + 1])
            j = i + 2
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            with open(os.path.join(ROOT, m.group(1)), encoding="utf-8") as f:
                out.extend(region(f.read(), m.group(2)))
            i = j
            continue
        i += 1
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
