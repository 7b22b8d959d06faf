#!/usr/bin/env python3
# Scores the sources storyline names for the extraction benchmark's text
# dumps against the URLs of their pages (gold/*.jsonl): a source is right
# when it names the URL's site (its letters, public suffix aside), wrong
# otherwise; "none" when the article names no source. Run from the
# repository root:
#   python3 scripts/eval-sources.py BIN [DIR]   (DIR: ../shared/data/extraction)
import json, os, re, subprocess, sys, tempfile
from urllib.parse import urlparse

bin_ = sys.argv[1]
data = sys.argv[2] if len(sys.argv) > 2 else '../shared/data/extraction'
gold = {}
for name in ['aeb', 'htmldate', 'trafilatura']:
    for line in open(os.path.join(data, 'gold', name + '.jsonl')):
        r = json.loads(line)
        if r.get('url') and r.get('text'):
            gold[os.path.basename(r['text'])] = r['url']

SUFFIXES = {'com', 'net', 'org', 'de', 'co', 'uk', 'au', 'ca', 'in', 'io', 'info', 'news', 'us', 'eu',
            'fr', 'ch', 'at', 'be', 'nl', 'it', 'es'}

def label(host):
    parts = re.sub(r'^www\.', '', host.lower()).split('.')
    while len(parts) > 1 and parts[-1] in SUFFIXES:
        parts = parts[:-1]
    return parts[-1] if parts else host

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'sources.db')
    subprocess.run([bin_, 'ingest', '--quiet', '--db', db, os.path.join(data, 'text')], capture_output=True)
    out = subprocess.run([bin_, 'export', '--db', db, 'articles'], capture_output=True, text=True, check=True).stdout

n = right = wrong = none = 0
for line in out.splitlines():
    a = json.loads(line)
    page = a['id'].split('#')[0]
    if page not in gold:
        continue
    n += 1
    source = a['source']
    if not source:
        none += 1
        continue
    g = label(urlparse(gold[page]).hostname or '')
    mine = label(source) if '.' in source else source.lower().replace(' ', '')
    if mine == g or g.startswith(mine) or mine.startswith(g) or g in mine:
        right += 1
    else:
        wrong += 1
print(f'{n} text dump articles: source right {right}, wrong {wrong}, none {none}; '
      f'precision {right / max(1, right + wrong):.3f}')
