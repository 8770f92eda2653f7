#!/usr/bin/env python3
"""Sanity check for the holdout gold: every figure's text occurs verbatim in its file,
in order of appearance; titles occur in the file; enums and ids are valid."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
QUAL = {"exact", "approximately", "more_than", "at_least", "up_to", "less_than", "range", "vague"}
CAT = {"personnel", "units", "killed", "injured", "casualties", "equipment", "other"}
ids = {a["id"] for a in gold["articles"]}
files = {f[:-4] for f in os.listdir(D) if f.endswith(".txt")}
errors = []
if ids != files:
    errors.append(f"ids vs files differ: {sorted(ids ^ files)}")
nreq = nopt = 0
for a in gold["articles"]:
    src = open(os.path.join(D, a["id"] + ".txt"), encoding="utf-8").read()
    words = len(src.split())
    if not 150 <= words <= 600:
        errors.append(f"{a['id']}: {words} words")
    if a["title"] is not None and a["title"] not in src:
        errors.append(f"{a['id']}: title not in file")
    if a["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", a["date"]):
        errors.append(f"{a['id']}: bad date {a['date']}")
    if a["url"] is not None and a["url"] not in src:
        errors.append(f"{a['id']}: url not in file")
    if a["duplicate_of"] is not None and a["duplicate_of"] not in ids:
        errors.append(f"{a['id']}: duplicate_of unknown")
    pos = 0
    for f in a["figures"]:
        i = src.find(f["text"], pos)
        if i < 0:
            where = "anywhere" if f["text"] not in src else "after the previous figure"
            errors.append(f"{a['id']}: {f['text']!r} not found {where}")
            continue
        pos = i + len(f["text"])
        if f["qualifier"] not in QUAL or f["category"] not in CAT:
            errors.append(f"{a['id']}: bad enum in {f['text']!r}")
        if (f["value"] is None) != (f["qualifier"] == "vague"):
            errors.append(f"{a['id']}: value/vague mismatch in {f['text']!r}")
        if f["qualifier"] == "range" and not (f.get("low") is not None and f.get("high") is not None):
            errors.append(f"{a['id']}: range without bounds {f['text']!r}")
        if f["region"] is not None and f["region"] not in a["regions"]:
            errors.append(f"{a['id']}: figure region {f['region']} not in article regions")
        if f.get("optional"):
            nopt += 1
        else:
            nreq += 1
print(f"{len(gold['articles'])} articles, {nreq} required + {nopt} optional figures")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
