#!/usr/bin/env python3
"""Draws the sentences that were labelled by hand for withdrawal and deadline language.

Deterministic (fixed seed). Reads ../shared/data/ner_dev.jsonl (sentences) and articles.jsonl (bodies,
split into sentences here), leaves out every text already in alerts_dev.jsonl, and draws from three strata:

  keyword   sentences with a usual withdrawal or deadline word (withdraw, pull out, deadline, expire, ...)
  context   sentences about forces, diplomats, treaties or talks WITHOUT any usual keyword: where unusual
            wordings of a withdrawal hide (hand over a base, fly home, end a mission) and the hard negatives
  random    anything else, for the base rate

Writes chunk files of {"id","text"} for the labellers (outside the project: the texts stay in shared/).
An article sentence's id is "<article id>@<field>:<start>-<end>" in Java String (UTF-16) offsets.

usage: select_candidates.py SHARED_DATA_DIR OUT_DIR
"""
import json, random, re, sys, os

KEYWORD = re.compile(r"\b(withdr[ae]w\w*|pull(?:ed|ing|s)? (?:out|back)|pull-?out|pullback|drawdown|draw(?:s|n|ing)? down|"
                     r"retreat\w*|evacuat\w*|quit\w*|leav(?:e|es|ing)|left|exit\w*|recall\w*|redeploy\w*|repatriat\w*|"
                     r"bring\w* (?:\w+ )?home|reduc\w*|cut\w* (?:\w+ )?(?:troops|forces)|deadline\w*|ultimatum\w*|"
                     r"expir\w*|timetable\w*|timeline\w*|time ?frame|runs? out|within \w+ (?:days?|hours?|weeks?|months?|years?)|"
                     r"by (?:the end of|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b",
                     re.I)
CONTEXT = re.compile(r"\b(troops?|forces?|soldiers?|military|army|peacekeep\w*|mission|contingent|bases?|brigades?|"
                     r"battalions?|ambassadors?|envoys?|embassy|diplomats?|treaty|accord|agreement|talks|coalition|"
                     r"alliance|ceasefire|cease-fire|truce|occupation|militants?|rebels?|insurgents?|fighters?|"
                     r"home|hand(?:ed|ing|s)? over|handover|transition|end(?:ed|ing|s)? (?:its|their|the)|depart\w*|"
                     r"vacat\w*|abandon\w*|relocat\w*|demobili\w*|disengag\w*|until|before|no later|limit)\b", re.I)

def utf16(s, i):
    return len(s[:i].encode("utf-16-le")) // 2

SPLIT = re.compile(r"(?<=[.!?\"'\u201d)])\s+(?=[\"'\u201c(]?[A-Z0-9])|\n+")
ABBREV = re.compile(r"(?:\b(?:U\.S|U\.N|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Rep|Sen|Gov|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Inc|Corp|Co|Ltd|[A-Z])\.)$")

def sentences(text):
    start = 0
    for m in SPLIT.finditer(text):
        piece = text[start:m.start()]
        if "\n" not in m.group(0) and not re.search(r"[.!?][\"'\u201d)]?$", piece):
            continue
        if ABBREV.search(piece) and "\n" not in m.group(0):
            continue
        yield start, m.start()
        start = m.end()
    yield start, len(text)

def main(data, out):
    seen = {json.loads(l)["text"].strip() for l in open(os.path.join(data, "alerts_dev.jsonl"), encoding="utf-8")}
    pool = []  # (id, text, source)
    for line in open(os.path.join(data, "ner_dev.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        if r["text"].strip() not in seen:
            pool.append((r["id"], r["text"], "GMB"))
    for line in open(os.path.join(data, "articles.jsonl"), encoding="utf-8"):
        a = json.loads(line)
        src = "Reuters" if a["id"].startswith("reuters") else "ISAF"
        body = a.get("body") or ""
        for s, e in sentences(body):
            t = body[s:e]
            lead = len(t) - len(t.lstrip()); t2 = t.strip()
            if len(t2) < 40 or len(t2) > 600 or t2 in seen:
                continue
            s2 = s + lead
            pool.append((f"{a['id']}@body:{utf16(body, s2)}-{utf16(body, s2 + len(t2))}", t2, src))
    texts = set(); uniq = []
    for p in pool:
        if p[1] not in texts:
            texts.add(p[1]); uniq.append(p)
    rng = random.Random(20261208)
    rng.shuffle(uniq)
    kw = [p for p in uniq if KEYWORD.search(p[1])]
    ctx = [p for p in uniq if not KEYWORD.search(p[1]) and len(CONTEXT.findall(p[1])) >= 2]
    rest = [p for p in uniq if not KEYWORD.search(p[1]) and len(CONTEXT.findall(p[1])) < 2]
    # ISAF releases are many and alike: at most a fifth of each stratum
    def take(lst, n):
        isaf_cap = max(1, n // 5); got = []; isaf = 0
        for p in lst:
            if len(got) == n: break
            if p[2] == "ISAF":
                if isaf >= isaf_cap: continue
                isaf += 1
            got.append(p)
        for p in got: lst.remove(p)
        return got
    # 8 batches of 300: batches 1-7 are the 2,100 labelled for development, batch 8 the fresh held-out batch
    # the keyword stratum is smaller than 8 x 165: share it out evenly, fill up with context sentences
    n_kw = len(kw) // 8
    print(f"strata before drawing: keyword {len(kw)} context {len(ctx)} rest {len(rest)}")
    batches = []
    for b in range(8):
        got = take(kw, n_kw)
        batches.append(got + take(ctx, 270 - len(got)) + take(rest, 30))
    os.makedirs(out, exist_ok=True)
    for b, items in enumerate(batches, 1):
        rng.shuffle(items)
        with open(os.path.join(out, f"chunk-{b}.jsonl"), "w", encoding="utf-8") as f:
            for i, t, s in items:
                f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    print(f"pool {len(uniq)}: keyword {len(kw)} context {len(ctx)} rest {len(rest)} left after drawing")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
