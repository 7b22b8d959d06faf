#!/usr/bin/env python3
# Scores the sources storyline names for the extraction benchmark's text
# dumps against the URLs of their pages (gold/*.jsonl): a source is right
# when it names the URL's site (its letters, accents folded, match a label
# of the host or one holds the other: "Übermedien" names uebermedien.de,
# "Gormulus" gormulus.wordpress.com), wrong otherwise; "none" when the
# article names no source. A display name that does not spell its host
# ("Kabar tentang Dunia Islam" for kabarislamia.com) counts as wrong, so
# precision is a lower bound. Pages whose URL has no host are left out. Run from the
# repository root:
#   python3 scripts/eval-sources.py BIN [DIR]   (DIR: ../shared/data/extraction)
import json, os, subprocess, sys, tempfile, unicodedata
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
            'fr', 'ch', 'at', 'be', 'nl', 'it', 'es', 'edu', 'gov', 'bo', 'pe', 'py', 'ar', 'mx', 'br', 'fi'}
PLATFORMS = {'www', 'wordpress', 'blogspot', 'blog', 'feeds', 'web', 'm', 'amp'}

def squash(s):
    s = s.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isalnum() and c.isascii())

def host_labels(host):
    parts = host.lower().split('.')
    while len(parts) > 1 and parts[-1] in SUFFIXES:
        parts = parts[:-1]
    return [squash(p) for p in parts if p not in PLATFORMS]

def names_site(name, host):
    """A name names a host when its letters (accents folded, a domain's
    suffix aside) match one of the host's labels, or one holds the other."""
    if '.' in name and ' ' not in name:
        labels = host_labels(name)
        n = labels[-1] if labels else ''
    else:
        n = squash(name)
    if len(n) < 2:
        return False
    for h in host_labels(host):
        if n == h or (len(n) >= 4 and len(h) >= 4 and (n in h or h in n)):
            return True
    return False

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'sources.db')
    subprocess.run([bin_, 'ingest', '--quiet', '--db', db, os.path.join(data, 'text')], capture_output=True)
    out = subprocess.run([bin_, 'export', '--db', db, 'articles'], capture_output=True, text=True, check=True).stdout

n = right = wrong = none = 0
for line in out.splitlines():
    a = json.loads(line)
    page = a['id'].split('#')[0]
    if page not in gold or not urlparse(gold[page]).hostname:
        continue
    n += 1
    source = a['source']
    if not source:
        none += 1
        continue
    if names_site(source, urlparse(gold[page]).hostname):
        right += 1
    else:
        wrong += 1
print(f'{n} text dump articles: source right {right}, wrong {wrong}, none {none}; '
      f'precision {right / max(1, right + wrong):.3f}')
