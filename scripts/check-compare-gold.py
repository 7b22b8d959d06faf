#!/usr/bin/env python3
# Checks the comparison gold files (eval/testdata/compare-*.jsonl) against the
# bodies the engine exports, as eval compare maps them (eval/compare.go
# locate): a gold item's words, white space folded, must stand in the
# exported body of its article, and their first place there must be the
# item's own (locate takes the first), else the item labels another figure or
# quotation. Prints every item that fails and exits 1 when one does. Run from
# the repository root with a binary built from the tree:
#   python3 scripts/check-compare-gold.py BIN [SHARED]   (SHARED: ../shared)
import glob, json, os, re, subprocess, sys, tempfile

bin_ = sys.argv[1]
shared = sys.argv[2] if len(sys.argv) > 2 else '../shared'
golds = sorted(glob.glob('eval/testdata/compare-*.jsonl'))
sources = {'basil-dev': [g for g in golds if 'basil' in g], 'ecbplus-dev': [g for g in golds if 'ecbplus' in g]}


def fold(s):
    return ' '.join(s.split())


bad = 0
with tempfile.TemporaryDirectory() as tmp:
    for name, files in sources.items():
        texts, inp = {}, os.path.join(tmp, name + '.jsonl')
        with open(inp, 'w') as out:
            for line in open(os.path.join(shared, 'data', 'events', name + '.jsonl')):
                r = json.loads(line)
                texts[r['id']] = r['text']
                out.write(json.dumps({k: r.get(k) for k in ('id', 'title', 'text', 'date', 'source', 'url')}) + '\n')
        db = os.path.join(tmp, name + '.db')
        subprocess.run([bin_, 'ingest', '--quiet', '--db', db, inp], check=True)
        exported = subprocess.run([bin_, 'export', 'articles', '--db', db], check=True, capture_output=True, text=True).stdout
        bodies = {a['id']: a['body'] for a in map(json.loads, exported.splitlines())}
        for path in files:
            for n, line in enumerate(open(path), 1):
                it = json.loads(line)
                if it['kind'] == 'scope':
                    continue
                text, body = texts.get(it['article']), bodies.get(it['article'])
                if text is None or body is None:
                    print(f'{path}:{n}: no article {it["article"]}')
                    bad += 1
                    continue
                want = fold(text[it['start']:it['end']])
                # the item's place among the occurrences of its words in the text
                # is the place locate must find in the body: the first
                before = len(re.findall(re.escape(want), fold(text[:it['start']])))
                if body.find(want) < 0:
                    print(f'{path}:{n}: {want!r} not in the exported body')
                    bad += 1
                elif before > 0:
                    print(f'{path}:{n}: {want!r} stands earlier in the body: eval maps it there')
                    bad += 1
print(f'{bad} items fail')
sys.exit(1 if bad else 0)
