/**
 * The figures tab's interface strings (#15 ledger). They live beside strings.ts rather than in it because only the
 * on-demand ledger chunk reads them, so the start-up JavaScript does not carry them.
 */
import type { Lang } from './lang.ts';
import { wordsOf } from './words.ts';

const LEDGER_STRINGS = {
  ledgerHeading: { zh: '报道中的全部数字', en: 'Every figure in the report' },
  ledgerIntro: {
    zh: '报道给出的 {stated} 个数字和由它们推算的 {derived} 个数字。点一行即在地图上选中它所属的要素;“引用”复制一条含本视图链接的引文。',
    en: 'The report’s {stated} figures and {derived} derived from them. Click a row to select its feature on the map; “Cite” copies a citation with the link to this view.',
  },
  ledgerScopeNote: {
    zh: '规划面积和县区数不出自报道,见“概览”;地图上量出的长度和距离见各要素的详情。',
    en: 'The plan’s area and unit count are not from the report (see Overview); lengths and distances measured on the map are on each feature’s card.',
  },
  ledgerFilter: { zh: '筛选', en: 'Filter' },
  ledgerControls: { zh: '筛选和排序', en: 'Filter and sort' },
  ledgerFilterPlaceholder: { zh: '如:机场、旅客、河津', en: 'e.g. airport, passengers, Hejin' },
  ledgerKind: { zh: '类别', en: 'Kind' },
  ledgerKindAll: { zh: '报道和推算', en: 'Stated and derived' },
  ledgerKindStated: { zh: '仅报道数据', en: 'Stated only' },
  ledgerKindDerived: { zh: '仅推算', en: 'Derived only' },
  ledgerSection: { zh: '报道部分', en: 'Report section' },
  ledgerSectionAll: { zh: '全部', en: 'All sections' },
  ledgerSort: { zh: '排序', en: 'Sort by' },
  ledgerSortReport: { zh: '报道顺序', en: 'Report order' },
  ledgerSortLabel: { zh: '名称', en: 'Name' },
  ledgerSortValue: { zh: '数值', en: 'Value' },
  ledgerSortAsOf: { zh: '时间', en: 'Date' },
  ledgerSortKind: { zh: '报道/推算', en: 'Stated or derived' },
  ledgerSortFeature: { zh: '所属要素', en: 'Feature' },
  ledgerDescending: { zh: '倒序', en: 'Reverse' },
  ledgerCount: { zh: '显示 {shown} / {total} 个数字', en: 'Showing {shown} of {total} figures' },
  ledgerNone: { zh: '没有符合条件的数字。', en: 'No figure matches.' },
  ledgerColFigure: { zh: '数字', en: 'Figure' },
  ledgerColValue: { zh: '数值', en: 'Value' },
  ledgerColActions: { zh: '引用', en: 'Cite' },
  ledgerNoFeature: { zh: '地图上无对应要素', en: 'no map feature' },
  ledgerFormula: { zh: '算法', en: 'How' },
  cite: { zh: '引用', en: 'Cite' },
  citeLabel: { zh: '复制引文:{label}', en: 'Copy a citation: {label}' },
  citeCopied: { zh: '引文已复制。', en: 'Citation copied.' },
  citeFailed: {
    zh: '无法自动复制,请从下框中选择并复制引文。',
    en: 'Could not copy automatically; select the citation below and copy it.',
  },
  citeText: { zh: '引文', en: 'Citation' },
  downloadHeading: { zh: '下载数据', en: 'Download data' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  downloadGeojson: { zh: '下载 GeoJSON', en: 'Download GeoJSON' },
  downloadNote: {
    zh: 'CSV:全部 {rows} 个数字,每行一个(UTF-8,Excel 可直接打开),不受筛选影响;GeoJSON:全部 {features} 个交通和项目要素,附数字与出处。',
    en: 'CSV: all {rows} figures, one a row (UTF-8, opens in Excel), whatever the filter shows; GeoJSON: all {features} transport and project features with their figures and provenance.',
  },
  ledgerMissing: {
    zh: '以下图层的数据文件无法加载,其数字不在表中,也不在下载中:{layers}。',
    en: 'These layers’ data files could not be loaded, so their figures are missing here and from the downloads: {layers}.',
  },
  ledgerSelectedOnly: {
    zh: '只看选中要素的数字:{name}',
    en: 'Only the figures of the selected feature: {name}',
  },
  ledgerSelectedNone: {
    zh: '只看选中要素的数字(先在地图上或表中选中一个要素)',
    en: 'Only the figures of the selected feature (select one on the map or in the table first)',
  },
  ledgerNoData: {
    zh: '正在加载数字表……若一直如此,说明数据文件无法加载(见提示)。',
    en: 'Loading the figures… If this stays, the data file could not be loaded (see the notice).',
  },
  listSeparator: { zh: '、', en: ', ' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LedgerStringKey = keyof typeof LEDGER_STRINGS;

export const lt = wordsOf(LEDGER_STRINGS);
