/**
 * Splits the source report into numbered sections and paragraphs, so every citation in the data
 * ("section effects, paragraph 3") can be checked against the text instead of trusted.
 */
import sectionsJson from '../input/report_sections.json' with { type: 'json' };

export interface SectionDef {
  id: string;
  startsWith: string;
  zh: string;
  en: string;
}

export const REPORT_SECTIONS = sectionsJson.sections as SectionDef[];
export const REPORT_META = sectionsJson.report;

/** A photo caption: the page layout drops it into the middle of a paragraph. */
const CAPTION = /摄$/;
/** A paragraph ends with closing punctuation; a line without it was cut by a page or column break. */
const PARAGRAPH_END = /[。！？!?”」）)：:]$/;

/** Paragraph texts per section id; paragraph n is at index n - 1. Headings and captions are not paragraphs. */
export function splitReport(text: string): Map<string, string[]> {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const result = new Map<string, string[]>();
  let current: string[] | null = null;
  let open = '';
  const flush = (): void => {
    if (current && open) current.push(open);
    open = '';
  };
  for (const line of lines) {
    const section = REPORT_SECTIONS.find((s) => line.startsWith(s.startsWith));
    if (section) {
      flush();
      current = [];
      result.set(section.id, current);
      if (section.startsWith.startsWith('#')) continue;
    }
    if (!current || line === '' || line.startsWith('#') || CAPTION.test(line)) continue;
    open += line;
    if (PARAGRAPH_END.test(line)) flush();
  }
  flush();
  return result;
}
