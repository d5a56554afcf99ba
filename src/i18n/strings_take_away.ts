/**
 * #15 take-away: the strings only the on-demand modules use (My county's card section, the saved image, the fact
 * sheet, the take-away buttons). They load with those modules, so the opening page does not carry them.
 */
import type { Lang } from './lang.ts';
import { wordsOf } from './words.ts';

const STRINGS = {
  saveImage: { zh: '保存图片', en: 'Save image' },
  factSheet: { zh: '资料页', en: 'Fact sheet' },
  imagePreparing: { zh: '正在生成……', en: 'Preparing…' },
  imageSaved: { zh: '图片已保存(PNG)', en: 'Image saved (PNG)' },
  imageFailed: { zh: '未能生成,请重试。', en: 'Could not be made; please try again.' },
  imageNoMap: {
    zh: '地图未能显示,无法保存图片。',
    en: 'The map is not shown, so there is no image to save.',
  },
  myCountyAirport: { zh: '最近机场(本图所载)', en: 'Nearest airport on this map' },
  myCountyCrossing: {
    zh: '最近黄河过河点(报道所提大桥)',
    en: 'Nearest Yellow River crossing the report names',
  },
  myCountyPort: { zh: '最近陆港口岸(本图所载)', en: 'Nearest port on this map' },
  myCountyProjects: {
    zh: '报道中位于本县或离本县最近的项目',
    en: 'The report’s projects in or nearest to this county',
  },
  myCountyInside: { zh: '在本县内', en: 'in this county' },
  myCountyAtSeat: { zh: '经过县城(不足1公里)', en: 'at the seat (under 1 km)' },
  myCountyNone: { zh: '无', en: 'none' },
  myCountyUnavailable: { zh: '周边数据无法读取。', en: 'The distances could not be loaded.' },
  factSheetPrint: { zh: '打印', en: 'Print' },
  factSheetView: { zh: '当前视图(未选中要素)', en: 'Current view (nothing selected)' },
  factSheetFigures: { zh: '数据', en: 'Figures' },
  factSheetNoFigures: {
    zh: '报道未给出所选对象的数字。',
    en: 'The report gives no figures for this selection.',
  },
  factSheetOwner: { zh: '对象', en: 'Of' },
  factSheetFigure: { zh: '指标', en: 'Figure' },
  factSheetValue: { zh: '数值', en: 'Value' },
  factSheetWhen: { zh: '时间', en: 'When' },
  factSheetSource: { zh: '出处或推算方法', en: 'Where stated, or how derived' },
  factSheetSources: { zh: '出处与链接', en: 'Sources and link' },
  factSheetReport: { zh: '报道:', en: 'Report: ' },
  factSheetCiteHow: {
    zh: '数字按报道的节与段引用;推算值注明算法。',
    en: 'Figures are cited by the report’s section and paragraph; derived values say how they were derived.',
  },
  factSheetQr: { zh: '本视图链接的二维码', en: 'QR code of the link to this view' },
  factSheetMapAlt: { zh: '当前视图的地图', en: 'Map of the current view' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TakeAwayKey = keyof typeof STRINGS;

export const tt = wordsOf(STRINGS);
