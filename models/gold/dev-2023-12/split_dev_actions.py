import re,sys
L=open('/work/shared/reports/actieplan-radicalisering-2017-12-tussentijdse-rapportage.txt',encoding='utf-8').read().split('\n')
idx=[(i,m.group(1),int(m.group(2))) for i,l in enumerate(L) for m in [re.match(r'^\s*Actie\s*(\d{1,2})\.(\d{1,2})\b',l)] if m]
out=[]
for k,(i,M,N) in enumerate(idx):
    j=idx[k+1][0] if k+1<len(idx) else len(L)
    aid=f"{M}.{N}"
    if N%2==0 or aid in ("8.1","9.1"): continue
    out.append((aid,L[i:j]))
for aid,t in out:
    print("=====",aid); print("\n".join(t))
