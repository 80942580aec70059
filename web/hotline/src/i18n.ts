/**
 * The console's own words, in 简体 (zh-CN, the default) and 繁體 (zh-HK). Content is shown in
 * the locale chosen in the filters; this only changes the page's labels.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Milliseconds as people read them: 4.8, 37. */
function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : String(Math.round(ms));
}

const zhCN = {
  appTitle: '12345 热线知识库',
  appSubtitle: '同源 · 一个口径',
  signInTitle: '话务员登录',
  username: '用户名或邮箱',
  password: '密码',
  signIn: '登录',
  signingIn: '正在登录…',
  signInFailed: '用户名或密码不正确',
  signOut: '退出',
  noPermission: '当前账号没有使用热线知识库的权限，请联系热线办开通“话务员”角色。',
  searchPlaceholder: '输入来电人的问题，如“补办身份证要几多钱”（按 / 聚焦）',
  searchLabel: '检索',
  searching: '检索中…',
  resultsCount: (n: number, ms: number) => `${n} 条结果 · ${formatMs(ms)} 毫秒`,
  noResults: '没有找到答案。可换个说法，或记录为“未命中”。',
  noResultsLogged: '本次检索已记入未命中清单，编辑会据此补充知识点。',
  searchFailed: '检索失败，请稍后重试',
  filterDept: '部门',
  filterKind: '类型',
  filterLocale: '内容语言',
  all: '全部',
  locales: { 'zh-CN': '简体中文', 'zh-HK': '繁體中文（香港）', en: 'English' },
  uiLanguage: '界面',
  types: { knowledgePoint: '知识点', matter: '办事指南', bundle: '一件事' },
  status: { inForce: '现行有效', notYetInForce: '尚未生效', expired: '已失效', revoked: '已撤销' },
  banner: {
    notYetInForce: '本口径尚未生效，生效前请按现行口径答复。',
    expired: '本口径已失效，请勿作为现行口径答复。',
    revoked: '本内容已撤销，请勿答复，可转派工单。',
  },
  plain: '白话',
  official: '口径',
  question: '标准问',
  version: (v: number) => `第${v}版`,
  from: (d: string) => `${d} 起`,
  until: (d: string) => `至 ${d}`,
  hash: '内容指纹',
  matter: '事项',
  department: '部门',
  bundle: '所属一件事',
  onlineGuide: '网上办事指南',
  open: '打开',
  copyAnswer: '复制口径',
  copied: '已复制',
  sms: '短信版',
  copySms: '复制短信',
  smsChars: (n: number) => `${n} 字`,
  flag: '纠错',
  answered: '已按此口径答复',
  answeredDone: '已记为答复',
  close: '关闭',
  back: '返回检索 (Esc)',
  shortcuts: '快捷键：/ 检索 · ↑↓ 选择 · Enter 打开 · A 已答复 · C 复制 · S 短信 · F 纠错 · Esc 返回',
  nextCall: '下一通来电',
  matterDetails: '事项办理信息',
  details: '更多信息',
  feedbackTitle: '纠错：这条答案有什么问题？',
  categories: { wrong: '口径错误', outdated: '内容过时', unclear: '表述不清', missing: '内容缺失' },
  comment: '说明（必填）',
  commentPlaceholder: '哪里不对？现行规定是什么？',
  callerQuestion: '来电人的原话',
  submit: '提交',
  submitting: '正在提交…',
  feedbackSent: (owner: string, due: string) => `已转交 ${owner}，须于 ${due} 前答复。`,
  feedbackUnrouted: (due: string) => `已提交热线办分派，须于 ${due} 前答复。`,
  feedbackFailed: '提交失败：',
  report: '热线办报表',
  console: '返回检索',
  loading: '加载中…',
  lastDays: (d: number) => `近 ${d} 天`,
  seconds: (s: string) => `${s} 秒`,
  measures: {
    directAnswerRate: '直接答复率', calls: '次通话', zeroResultRate: '零结果率', searches: '次检索',
    medianMsToOpen: '首次按键到打开答案（中位数）', times: '次', openFeedback: '待处理纠错',
    overdueOf: (overdue: number, total: number) => `其中超期 ${overdue} · 共 ${total}`,
  },
  unansweredTitle: '未命中的问题（前 20）',
  unansweredColumns: ['问题', '次数', '零结果', '放弃', '最近一次'],
  flaggedTitle: '被纠错最多的知识点',
  flaggedColumns: ['知识点', '次数', '待处理', '错误 / 过时 / 不清 / 缺失'],
  openFeedbackTitle: '待处理纠错',
  openFeedbackColumns: ['截止', '内容', '问题', '负责人', '说明'],
  unrouted: '待分派',
};

export type Strings = typeof zhCN;

const zhHK: Strings = {
  ...zhCN,
  appTitle: '12345 熱線知識庫',
  appSubtitle: '同源 · 一個口徑',
  signInTitle: '話務員登入',
  username: '用戶名或電郵',
  password: '密碼',
  signIn: '登入',
  signingIn: '正在登入…',
  signInFailed: '用戶名或密碼不正確',
  signOut: '登出',
  noPermission: '目前帳號沒有使用熱線知識庫的權限，請聯絡熱線辦開通「話務員」角色。',
  searchPlaceholder: '輸入來電人的問題，如「補辦身份證要幾多錢」（按 / 聚焦）',
  searchLabel: '檢索',
  searching: '檢索中…',
  resultsCount: (n: number, ms: number) => `${n} 條結果 · ${formatMs(ms)} 毫秒`,
  noResults: '沒有找到答案。可換個說法，或記錄為「未命中」。',
  noResultsLogged: '本次檢索已記入未命中清單，編輯會據此補充知識點。',
  searchFailed: '檢索失敗，請稍後重試',
  filterDept: '部門',
  filterKind: '類型',
  filterLocale: '內容語言',
  all: '全部',
  uiLanguage: '介面',
  types: { knowledgePoint: '知識點', matter: '辦事指南', bundle: '一件事' },
  status: { inForce: '現行有效', notYetInForce: '尚未生效', expired: '已失效', revoked: '已撤銷' },
  banner: {
    notYetInForce: '本口徑尚未生效，生效前請按現行口徑答覆。',
    expired: '本口徑已失效，請勿作為現行口徑答覆。',
    revoked: '本內容已撤銷，請勿答覆，可轉派工單。',
  },
  plain: '白話',
  official: '口徑',
  question: '標準問',
  version: (v: number) => `第${v}版`,
  from: (d: string) => `${d} 起`,
  until: (d: string) => `至 ${d}`,
  hash: '內容指紋',
  matter: '事項',
  department: '部門',
  bundle: '所屬一件事',
  onlineGuide: '網上辦事指南',
  open: '打開',
  copyAnswer: '複製口徑',
  copied: '已複製',
  sms: '短訊版',
  copySms: '複製短訊',
  smsChars: (n: number) => `${n} 字`,
  flag: '糾錯',
  answered: '已按此口徑答覆',
  answeredDone: '已記為答覆',
  close: '關閉',
  back: '返回檢索 (Esc)',
  shortcuts: '快捷鍵：/ 檢索 · ↑↓ 選擇 · Enter 打開 · A 已答覆 · C 複製 · S 短訊 · F 糾錯 · Esc 返回',
  nextCall: '下一通來電',
  matterDetails: '事項辦理資訊',
  details: '更多資訊',
  feedbackTitle: '糾錯：這條答案有甚麼問題？',
  categories: { wrong: '口徑錯誤', outdated: '內容過時', unclear: '表述不清', missing: '內容缺失' },
  comment: '說明（必填）',
  commentPlaceholder: '哪裡不對？現行規定是甚麼？',
  callerQuestion: '來電人的原話',
  submit: '提交',
  submitting: '正在提交…',
  feedbackSent: (owner: string, due: string) => `已轉交 ${owner}，須於 ${due} 前答覆。`,
  feedbackUnrouted: (due: string) => `已提交熱線辦分派，須於 ${due} 前答覆。`,
  feedbackFailed: '提交失敗：',
  report: '熱線辦報表',
  console: '返回檢索',
  loading: '載入中…',
  lastDays: (d: number) => `近 ${d} 天`,
  seconds: (s: string) => `${s} 秒`,
  measures: {
    directAnswerRate: '直接答覆率', calls: '次通話', zeroResultRate: '零結果率', searches: '次檢索',
    medianMsToOpen: '首次按鍵到打開答案（中位數）', times: '次', openFeedback: '待處理糾錯',
    overdueOf: (overdue: number, total: number) => `其中超期 ${overdue} · 共 ${total}`,
  },
  unansweredTitle: '未命中的問題（前 20）',
  unansweredColumns: ['問題', '次數', '零結果', '放棄', '最近一次'],
  flaggedTitle: '被糾錯最多的知識點',
  flaggedColumns: ['知識點', '次數', '待處理', '錯誤 / 過時 / 不清 / 缺失'],
  openFeedbackTitle: '待處理糾錯',
  openFeedbackColumns: ['截止', '內容', '問題', '負責人', '說明'],
  unrouted: '待分派',
};

export type UiLanguage = 'zh-CN' | 'zh-HK';
export const STRINGS: Record<UiLanguage, Strings> = { 'zh-CN': zhCN, 'zh-HK': zhHK };

export const StringsContext = createContext<Strings>(zhCN);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

const UI_KEY = 'tongyuan.hotline.ui';

export function storedUiLanguage(): UiLanguage {
  return localStorage.getItem(UI_KEY) === 'zh-HK' ? 'zh-HK' : 'zh-CN';
}

export function storeUiLanguage(language: UiLanguage): void {
  localStorage.setItem(UI_KEY, language);
}

/** A date as the office writes it: 2026-01-01 (Beijing time). */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A deadline: 2026-03-11 23:59 (Beijing time). */
export function formatDeadline(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}
