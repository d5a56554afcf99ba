import os, time, sys
out = open(sys.argv[1], 'w')
hz = os.sysconf('SC_CLK_TCK')
def snap():
    res = {}
    for pid in os.listdir('/proc'):
        if not pid.isdigit(): continue
        try:
            cmd = open(f'/proc/{pid}/cmdline','rb').read()
        except Exception: continue
        if b'chromium' not in cmd: continue
        typ = b'gpu' if b'gpu-process' in cmd else (b'rend' if b'renderer' in cmd else b'other')
        try:
            for t in os.listdir(f'/proc/{pid}/task'):
                s = open(f'/proc/{pid}/task/{t}/stat').read()
                name = s[s.index('(')+1:s.rindex(')')]
                f = s[s.rindex(')')+2:].split()
                res[(pid,t)] = (typ.decode()+':'+name, int(f[11])+int(f[12]))
        except Exception: pass
    return res
prev = snap()
while True:
    time.sleep(0.01)
    cur = snap()
    now = time.time()*1000
    agg = {}
    for k,(n,v) in cur.items():
        d = v - prev.get(k,(n,v))[1]
        if d: agg[n] = agg.get(n,0) + d*1000/hz
    prev = cur
    out.write(f"{now:.0f} " + ' '.join(f"{k.replace(' ','_')}={v:.0f}" for k,v in agg.items()) + "\n"); out.flush()
