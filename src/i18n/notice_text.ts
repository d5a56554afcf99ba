/**
 * A notice's words, chosen when it is shown. Link problems are grouped: each kind of problem is named once with
 * how often it occurred, and at most a few kinds are listed, so a hostile link of thousands of parts still gives
 * one short notice.
 */
import type { NoticeMessage } from '../state/types.ts';
import type { Lang } from './lang.ts';
import { linkProblem } from './link_problems.ts';
import { t } from './strings.ts';

/** How many kinds of link problem a notice names before it only counts the rest. */
export const MAX_LISTED_PROBLEMS = 4;

/** Problem phrases in first-seen order, each with how often it occurred. */
export function groupProblems(problems: readonly string[]): { phrase: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([phrase, count]) => ({ phrase, count }));
}

function problemList(problems: readonly string[], lang: Lang): string {
  const groups = groupProblems(problems);
  const listed = groups.slice(0, MAX_LISTED_PROBLEMS).map(({ phrase, count }) => {
    const text = linkProblem(phrase, lang);
    return count > 1 ? `${text} (×${count})` : text;
  });
  const rest = groups.slice(MAX_LISTED_PROBLEMS).reduce((sum, g) => sum + g.count, 0);
  if (rest > 0) listed.push(t('moreProblems', lang, { n: rest }));
  return listed.join(lang === 'zh' ? ';' : '; ');
}

export function noticeText(message: NoticeMessage, lang: Lang): string {
  switch (message.key) {
    case 'linkRepaired':
      return `${t('linkRepaired', lang)} ${problemList(message.problems, lang)}`;
    case 'dataFailed':
      return `${t('dataFailed', lang)} ${message.file} (${message.error}). ${t('dataFailedRest', lang)}`;
    case 'dataSlow':
      return `${t('dataSlow', lang)} ${message.file}. ${t('dataSlowRest', lang)}`;
    default:
      return t(message.key, lang);
  }
}
