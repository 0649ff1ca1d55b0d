# The one splitting script every synthetic set's writer ran (unseen-2023-06, dev-2023-12, unseen-2024-06): prints the
# dev actions of the real report (odd numbers, not 8.1/9.1) so that a blind writer never sees a held-out action.
import re,sys
from pathlib import Path
# the real report's text, as the gold folder keeps it (byte-identical to the report in shared/)
L=(Path(__file__).parent/'report-2017-12.txt').read_text(encoding='utf-8').split('\n')
idx=[(i,m.group(1),int(m.group(2))) for i,l in enumerate(L) for m in [re.match(r'^\s*Actie\s*(\d{1,2})\.(\d{1,2})\b',l)] if m]
out=[]
for k,(i,M,N) in enumerate(idx):
    j=idx[k+1][0] if k+1<len(idx) else len(L)
    aid=f"{M}.{N}"
    if N%2==0 or aid in ("8.1","9.1"): continue
    out.append((aid,L[i:j]))
for aid,t in out:
    print("=====",aid); print("\n".join(t))
