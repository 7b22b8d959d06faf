#!/usr/bin/env python3
# Cross-validates one story-clusterer option over the events dev sets: BASIL
# folds by event, ECB+ by topic (sister events stay together), 5 folds. For
# each fold it picks the value with the best mean BCubed F1 on the other folds
# and scores it on the fold. Run from the repository root:
#   python3 scripts/cv-cluster-option.py BIN NAME v1 v2 ...
# e.g. python3 scripts/cv-cluster-option.py ./storyline FarPenalty 0 0.03 0.05
import json, subprocess, sys, hashlib, os, re, tempfile
bin_, name, vals = sys.argv[1], sys.argv[2], sys.argv[3:]
K = 5
sets = {}
for ds in ['basil', 'ecbplus']:
    recs = [json.loads(l) for l in open(f'../shared/data/events/{ds}-dev.jsonl')]
    unit = lambda r: r.get('topic') or r['cluster']
    sets[ds] = (recs, unit)
def fold(u): return int(hashlib.sha256(u.encode()).hexdigest(), 16) % K
def run(recs):
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
        for r in recs: f.write(json.dumps(r) + '\n')
    out = subprocess.run([bin_, 'eval', 'events', '--gold', f.name] + sum([['--try', f'{name}={v}'] for v in vals], []), capture_output=True, text=True).stdout
    os.unlink(f.name)
    return [float(x) for x in re.findall(r'BCubed\s+F1 ([0-9.]+)', out)]
cv = {ds: [] for ds in sets}
chosen = []
for k in range(K):
    tr = {ds: run([r for r in recs if fold(unit(r)) != k]) for ds, (recs, unit) in sets.items()}
    obj = [(tr['basil'][i] + tr['ecbplus'][i]) / 2 for i in range(len(vals))]
    best = max(range(len(vals)), key=lambda i: (obj[i], -i))
    chosen.append(vals[best])
    for ds, (recs, unit) in sets.items():
        te = run([r for r in recs if fold(unit(r)) == k])
        cv[ds].append(te[best])
    print(f'fold {k}: train objective {[round(x,3) for x in obj]} -> {vals[best]}; test', {ds: round(cv[ds][-1], 3) for ds in cv}, flush=True)
print('chosen per fold', chosen)
for ds in cv: print(ds, 'CV BCubed F1 (mean over folds)', round(sum(cv[ds]) / K, 3))
