import { readFileSync } from 'node:fs';
import { splitReport } from './report.ts';
const m = splitReport(readFileSync('../shared/source/000_b8e3aed06e31ffd7.txt','utf8'));
for (const [k,v] of m) { console.log('==',k); v.forEach((p,i)=>console.log(i+1, p.slice(0,40), '…', p.slice(-20))); }
