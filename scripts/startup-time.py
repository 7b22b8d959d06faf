#!/usr/bin/env python3
# Start-up time of storyline commands: runs each command N times, interleaved
# (the machine is shared, so commands are compared under the same load), and
# prints wall min/p25/median and the median CPU time (user+sys) per command.
#   python3 scripts/startup-time.py 20 "/tmp/a-sl version" "/tmp/b-sl version" "/tmp/b-sl stories --db x.db"
# What runs at start: GODEBUG=inittrace=1 storyline version (DESIGN.md, "Dependencies and start-up").
import resource, subprocess, sys, time

n = int(sys.argv[1]); cmds = [c.split() for c in sys.argv[2:]]
res = {i: ([], []) for i in range(len(cmds))}
for k in range(n):
    for i, c in enumerate(cmds):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        w = (time.perf_counter() - t) * 1000
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = ((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)) * 1000
        res[i][0].append(w); res[i][1].append(cpu)
for i, c in enumerate(cmds):
    w, cp = sorted(res[i][0]), sorted(res[i][1])
    q = lambda a, p: a[int(p * (len(a) - 1))]
    print(f"{' '.join(c)[:60]:60s} wall min {w[0]:6.1f} p25 {q(w,.25):6.1f} med {q(w,.5):6.1f} | cpu med {q(cp,.5):6.1f} ms  (n={n})")
