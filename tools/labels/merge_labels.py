#!/usr/bin/env python3
"""Turns a labeller's output (fields as quoted text) into the project's label file (ids and labels only).

Each string field (withdrawer, from, speaker, deadline_text) becomes [start, end]: Java String (UTF-16)
offsets of its first occurrence in the sentence, so that the project keeps no news text; the evaluation
reads the sentence from ../shared/data by its id and slices it.

usage: merge_labels.py CHUNK.jsonl LABELLER_OUT.jsonl PROJECT_LABELS.jsonl
"""
import json, sys

def utf16(s, i):
    return len(s[:i].encode("utf-16-le")) // 2

def main(chunk, out, dest):
    texts = [json.loads(l) for l in open(chunk, encoding="utf-8")]
    labels = [json.loads(l) for l in open(out, encoding="utf-8") if l.strip()]
    assert len(texts) == len(labels), (len(texts), len(labels))
    modes = {"reported", "planned", "refused", "demanded", "conditional"}
    with open(dest, "w", encoding="utf-8") as f:
        for t, l in zip(texts, labels):
            assert t["id"] == l["id"], (t["id"], l["id"])
            w = bool(l["withdrawal"]); m = l.get("withdrawal_mode")
            assert (m in modes) if w else m is None, (l["id"], w, m)
            row = {"id": l["id"], "withdrawal": w, "withdrawal_mode": m, "deadline": bool(l["deadline"]),
                   "unsure": bool(l.get("unsure", False))}
            for key in ("withdrawer", "from", "speaker", "deadline_text"):
                v = l.get(key)
                if v:
                    at = t["text"].find(v)
                    assert at >= 0, (l["id"], key, v)
                    row[key] = [utf16(t["text"], at), utf16(t["text"], at + len(v))]
                else:
                    row[key] = None
            q = l.get("quantity")
            row["quantity"] = int(q) if q is not None else None
            f.write(json.dumps(row) + "\n")

if __name__ == "__main__":
    main(*sys.argv[1:4])
