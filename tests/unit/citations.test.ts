import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitReport } from '../../geodata/build/report.ts';
import featuresJson from '../../geodata/input/features.json' with { type: 'json' };
import scopeJson from '../../geodata/input/scope.json' with { type: 'json' };
import { SECTION_IDS } from '../../src/geo/schema.ts';
import { REPORT_PATH, REPORT_PRESENT } from './helpers.ts';

interface Cite {
  section: string;
  paragraph: number;
}

/** Every citation in the authored data, with the printed figure it must contain where there is one. */
function allCitations(): { where: string; cite: Cite; printed?: string }[] {
  const out: { where: string; cite: Cite; printed?: string }[] = [];
  const visit = (
    where: string,
    item: { cites?: Cite[]; figures?: { cite: Cite; printed: string; key: string }[] },
  ) => {
    for (const c of item.cites ?? []) out.push({ where, cite: c });
    for (const f of item.figures ?? [])
      out.push({ where: `${where}.${f.key}`, cite: f.cite, printed: f.printed });
  };
  for (const f of featuresJson.features as never[]) visit((f as { id: string }).id, f);
  for (const p of featuresJson.programmes as never[]) visit((p as { id: string }).id, p);
  for (const [unit, alias] of Object.entries(scopeJson.reportAliases)) {
    out.push({ where: `alias.${unit}`, cite: alias.cite as Cite, printed: alias.reportNameZh });
  }
  out.push({ where: 'plan.period', cite: scopeJson.plan.periodCite as Cite, printed: '2017年—2035年' });
  out.push({ where: 'plan.scope', cite: scopeJson.plan.scopeCite as Cite, printed: '庆阳市区' });
  return out;
}

describe.skipIf(!REPORT_PRESENT)('citations against the report (../shared/source)', () => {
  const paragraphs = REPORT_PRESENT
    ? splitReport(readFileSync(REPORT_PATH, 'utf8'))
    : new Map<string, string[]>();

  it('splits the report into its eight pieces', () => {
    expect([...paragraphs.keys()]).toEqual([...SECTION_IDS]);
  });

  it.each(allCitations().map((c) => [c.where, c] as const))(
    '%s cites an existing paragraph holding its figure',
    (_w, c) => {
      const text = paragraphs.get(c.cite.section)?.[c.cite.paragraph - 1];
      expect(text, `${c.cite.section} ¶${c.cite.paragraph} does not exist`).toBeDefined();
      if (c.printed) expect(text).toContain(c.printed);
    },
  );
});
