/**
 * The tour panel's words in both languages. They are loaded with the tour (an on-demand chunk), not at start, so
 * they live beside strings.ts rather than in it; the tab's label and the loading texts stay there.
 */
import type { Lang } from './lang.ts';
import { wordsOf } from './words.ts';

const TOUR_STRINGS = {
  tourIntro: {
    zh: '跟着报道的顺序在地图上走一遍:会议、规划范围、已有成效、下一步,最后是同版的河津和垣曲。',
    en: 'Follow the report on the map in its own order: the meeting, the plan’s scope, results so far, next steps, then Hejin and Yuanqu from the same page.',
  },
  tourStepOf: { zh: '第 {n} 步,共 {count} 步', en: 'Step {n} of {count}' },
  tourSteps: { zh: '导览步骤', en: 'Tour steps' },
  tourGoTo: { zh: '第 {n} 步:{title}', en: 'Step {n}: {title}' },
  tourPrev: { zh: '上一步', en: 'Previous' },
  tourNext: { zh: '下一步', en: 'Next' },
  tourFinish: { zh: '完成导览', en: 'Finish' },
  tourLeave: { zh: '退出导览', en: 'Leave the tour' },
  tourKeys: {
    zh: '方向键 ← → 切换步骤,Esc 退出。每一步都有自己的链接,可用“分享”发送。',
    en: 'Arrow keys ← → move between steps, Esc leaves. Every step has a link of its own: Share sends it.',
  },
  tourSource: { zh: '出处', en: 'Source' },
  tourMarked: {
    zh: '图上标出(点开看数字和出处)',
    en: 'Marked on the map (open one for its figures and sources)',
  },
  tourMissing: { zh: '导览数据无效。', en: 'The tour’s data is not valid.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TourStringKey = keyof typeof TOUR_STRINGS;

/** A tour string with its `{name}` placeholders filled. */
export const tt = wordsOf(TOUR_STRINGS);
