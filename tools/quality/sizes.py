#!/usr/bin/env python3
"""Lists main Java source files over a line limit and methods (and constructors, lambdas' enclosing
methods) over a line limit, in the given module folders (default: processor, runtime, backends).

Usage: tools/quality/sizes.py [--file-lines 400] [--method-lines 60] [folder ...]
Run from the repository root. Exit status 0 always: the output is a list to look at, not a verdict.
A method's length is counted from its declaration line to its closing brace, blank lines and comments
included (what a reader scrolls through)."""
import argparse
import os
import re
import sys

DECL = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*"
                  r"(?:(?:public|protected|private|static|final|abstract|synchronized|native|default|strictfp)\s+)*"
                  r"(?:<[^>]+>\s+)?[\w.<>\[\],? ]+?\s+(\w+)\s*\([^;]*$")
CTOR = re.compile(r"^\s*(?:(?:public|protected|private)\s+)?([A-Z]\w*)\s*\([^;]*$")
TYPE_DECL = re.compile(r"\b(class|record|interface|enum)\b")
KEYWORDS = {"if", "for", "while", "switch", "catch", "return", "new", "else", "do", "try", "synchronized", "throw"}


def strip(line, in_comment):
    """The line without comments, string and char literals; and whether a block comment is still open."""
    out, i, n = [], 0, len(line)
    while i < n:
        if in_comment:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out), True
            i, in_comment = end + 2, False
        elif line.startswith("/*", i):
            in_comment, i = True, i + 2
        elif line.startswith("//", i):
            break
        elif line[i] in "\"'":
            q, i = line[i], i + 1
            while i < n and line[i] != q:
                i += 2 if line[i] == "\\" else 1
            i += 1
            out.append(q + q)
        else:
            out.append(line[i])
            i += 1
    return "".join(out), in_comment


def methods(lines):
    """(name, first line, length) of each method or constructor body."""
    found, in_comment, depth, pending, stack = [], False, 0, None, []
    for no, raw in enumerate(lines, 1):
        code, in_comment = strip(raw, in_comment)
        m = DECL.match(code) or CTOR.match(code)
        if (m and m.group(1) not in KEYWORDS and "=" not in code.split("(")[0]
                and not TYPE_DECL.search(code.split("(")[0])):
            pending = (m.group(1), no)
        for ch in code:
            if ch == "{":
                depth += 1
                if pending is not None:
                    stack.append((pending[0], pending[1], depth))
                    pending = None
            elif ch == "}":
                if stack and stack[-1][2] == depth:
                    name, start, _ = stack.pop()
                    found.append((name, start, no - start + 1))
                depth -= 1
        if pending is not None and code.rstrip().endswith(";"):
            pending = None
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file-lines", type=int, default=400)
    ap.add_argument("--method-lines", type=int, default=60)
    ap.add_argument("folders", nargs="*", default=["processor", "runtime", "backends"])
    a = ap.parse_args()
    files = []
    for folder in a.folders:
        for root, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if d not in ("target", "test", "resources")]
            if os.sep + "main" + os.sep not in root + os.sep and not root.endswith(os.sep + "main"):
                continue
            files += [os.path.join(root, f) for f in names if f.endswith(".java")]
    big_files, big_methods = [], []
    for path in sorted(files):
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        count = len(lines) - (1 if lines and lines[-1] == "" else 0)
        if count > a.file_lines:
            big_files.append((count, path))
        for name, start, length in methods(lines):
            if length > a.method_lines:
                big_methods.append((length, f"{path}:{start}", name))
    print(f"files over {a.file_lines} lines: {len(big_files)}")
    for count, path in sorted(big_files, reverse=True):
        print(f"  {count:5d}  {path}")
    print(f"methods over {a.method_lines} lines: {len(big_methods)}")
    for length, where, name in sorted(big_methods, reverse=True):
        print(f"  {length:5d}  {where}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
