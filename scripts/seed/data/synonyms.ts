/**
 * Search synonyms seeded from reference/domain-facts.md §6 (63 source rows). Direction:
 * a query variant expands to the canonical (official) term; answers never use the variants.
 * Rows whose canonical was "A / B" are split into one entry per official term. Variants
 * include pinyin initials, traditional characters, Cantonese and common ASR slips.
 */
import type { Synonym } from '../../../src/domain/guide';

export const synonyms: Synonym[] = [
  // ── 身份户籍 ────────────────────────────────────────────────────────────────────────────
  { canonical: '居民身份证', variants: ['身份证', '身分证', '身份證', 'sfz', '二代证', '二代身份证'], category: '身份户籍' },
  { canonical: '临时居民身份证', variants: ['临时身份证', '临时证', '臨時身份證', 'lssfz'], category: '身份户籍' },
  { canonical: '居民身份证丢失补领', variants: ['补身份证', '补办身份证', '重新办身份证', '補辦身份證', '身份证补办'], category: '身份户籍' },
  { canonical: '居民身份证有效期满换领', variants: ['换身份证', '身份证到期', '身份证过期', '換身份證', '身份证过咗期'], category: '身份户籍' },
  { canonical: '居民户口簿', variants: ['户口本', '户口簿', '戶口本', '戶口簿', 'hkb', '户口薄'], category: '身份户籍', note: '“户口薄”为常见错别字。' },
  { canonical: '出生登记', variants: ['上户口', '报户口', '入户', 'BB入户', '新生儿入户', '報戶口'], category: '身份户籍', note: '“入户”仅指新生儿入户时对应出生登记。' },
  { canonical: '户口迁移登记', variants: ['迁户口', '转户口', '户口迁移', '户口迁入', '户口迁出', '遷戶口'], category: '身份户籍' },
  { canonical: '死亡注销户口', variants: ['销户口', '注销户口', '去世销户', '銷戶口'], category: '身份户籍', note: '仅指因死亡注销。' },
  { canonical: '广东省居住证', variants: ['居住证', '暂住证', '居住證', 'jzz'], category: '身份户籍', note: '暂住证为旧称。' },
  { canonical: '出生医学证明', variants: ['出生证', '出生纸', '出世纸', 'csz', '出生證明', '出生证明'], category: '身份户籍', note: '出生纸、出世纸为粤语说法。' },
  { canonical: '生育登记', variants: ['准生证', '生育证', '生育服务证', '生育服务登记', '准生證'], category: '身份户籍' },
  { canonical: '居民死亡医学证明（推断）书', variants: ['死亡证', '死亡证明', '死亡證明', 'swzm'], category: '身份户籍' },
  { canonical: '火化证明', variants: ['火化证', '火化證'], category: '身份户籍' },
  { canonical: '新生儿', variants: ['BB', '啤啤', 'BB仔', 'BB女', '初生婴儿'], category: '身份户籍', note: '粤语口语。' },
  { canonical: '未成年人', variants: ['细路', '细路仔', '细蚊仔', '小朋友'], category: '身份户籍', note: '粤语口语。' },
  { canonical: '父亲', variants: ['老豆', '老窦', '阿爸'], category: '身份户籍', note: '粤语口语。' },
  { canonical: '母亲', variants: ['老母', '阿妈', '妈咪'], category: '身份户籍', note: '粤语口语。' },

  // ── 社会保险 ────────────────────────────────────────────────────────────────────────────
  { canonical: '社会保险', variants: ['社保', '社會保險', 'sb'], category: '社会保险' },
  { canonical: '社会保障卡', variants: ['社保卡', '社保咭', '设保卡', 'sbk', '社會保障卡'], category: '社会保险', note: '“咭”为粤语用字，“设保卡”为语音识别误写。' },
  { canonical: '基本医疗保险', variants: ['医保', '醫保', 'yb', '医疗保险'], category: '社会保险' },
  { canonical: '城乡居民基本医疗保险', variants: ['居民医保', '新农合', '小孩医保', '城乡医保', '居民醫保'], category: '社会保险', note: '新农合为旧称。' },
  { canonical: '城乡居民基本养老保险', variants: ['农保', '新农保', '居民养老', '城居保', '城乡养老', '農保'], category: '社会保险' },
  { canonical: '职工基本养老保险', variants: ['职工社保', '单位社保', '企业职工养老保险', '職工社保'], category: '社会保险' },
  { canonical: '基本养老保险关系转移接续', variants: ['社保转移', '转社保', '社保转移接续', '轉社保'], category: '社会保险' },
  { canonical: '基本养老金申领', variants: ['退休手续', '办退休', '领养老金', '辦退休'], category: '社会保险', note: '即退休待遇申领。' },
  { canonical: '退休一件事', variants: ['退休手续一次办', '办退休一条龙', '退休打包办'], category: '社会保险' },
  { canonical: '丧葬补助金', variants: ['丧葬费', '帛金', '喪葬費', '丧葬补贴'], category: '社会保险', note: '“帛金”为粤语误用，原指亲友送的奠仪。' },
  { canonical: '遗属抚恤金', variants: ['抚恤金', '遗属补助', '撫恤金'], category: '社会保险' },
  { canonical: '失业保险金', variants: ['失业金', '失業金', 'syj'], category: '社会保险' },
  { canonical: '生育津贴', variants: ['产假工资', '生育保险待遇', '生育金', '產假工資'], category: '社会保险', note: '属于生育保险待遇。' },
  { canonical: '个人参保证明', variants: ['参保证明', '社保证明', '社保清单', '社保明细', '參保證明'], category: '社会保险' },

  // ── 公积金房产 ──────────────────────────────────────────────────────────────────────────
  { canonical: '住房公积金', variants: ['公积金', '公積金', '公基金', 'gjj', '公鸡金'], category: '公积金房产', note: '“公基金”“公鸡金”为语音识别误写。' },
  { canonical: '住房公积金提取', variants: ['提公积金', '取公积金', '拿公积金出来', '公积金套现', '攞公积金'], category: '公积金房产', note: '“套现”为误用说法。' },
  { canonical: '租赁住房提取住房公积金', variants: ['租房提取', '交租提公积金', '租房提公积金', '租屋提公积金'], category: '公积金房产' },
  { canonical: '偿还购房贷款本息提取', variants: ['公积金冲还贷', '公积金还房贷', '冲还贷', '供楼提公积金'], category: '公积金房产' },
  { canonical: '住房公积金销户提取', variants: ['公积金销户', '离职提取', '离职提公积金', '公積金銷戶'], category: '公积金房产' },
  { canonical: '住房公积金个人住房贷款', variants: ['公积金贷款', '公积金买楼贷款', '公積金貸款'], category: '公积金房产' },
  { canonical: '不动产权证书', variants: ['房产证', '红本', '红簿仔', '屋契', 'bdc证', '房產證', '房本'], category: '公积金房产', note: '红簿仔、屋契为粤语说法。' },
  { canonical: '不动产转移登记', variants: ['过户', '房子过名', '房屋改名', '过名', '過戶'], category: '公积金房产' },
  { canonical: '不动产登记费', variants: ['登记费', '办证费', '登記費'], category: '公积金房产' },

  // ── 经营登记 ────────────────────────────────────────────────────────────────────────────
  { canonical: '营业执照', variants: ['执照', '牌照', '營業執照', 'yyzz'], category: '经营登记', note: '牌照为粤语说法。' },
  { canonical: '个体工商户', variants: ['个体户', '個體戶', '小店执照', 'gth'], category: '经营登记' },
  { canonical: '个体工商户设立登记', variants: ['开个体户', '办个体户执照', '個體戶登記', '个体户开业'], category: '经营登记' },
  { canonical: '个体工商户转型为企业', variants: ['个转企', '个体户转公司', '升级做公司', '個轉企'], category: '经营登记' },
  { canonical: '企业', variants: ['公司'], category: '经营登记', note: '口语“公司”即办事指南中的“企业”。' },
  { canonical: '企业设立登记', variants: ['开公司', '注册公司', '办公司', '企业开办', '開公司'], category: '经营登记' },
  { canonical: '统一社会信用代码', variants: ['税号', '信用代码', '执照号码', '社会信用代码'], category: '经营登记' },
  { canonical: '企业注销登记', variants: ['注销公司', '关公司', '註銷公司'], category: '经营登记' },
  { canonical: '食品经营许可证', variants: ['食品证', '食品经营证', '食品許可證'], category: '经营登记' },

  // ── 残疾福利 ────────────────────────────────────────────────────────────────────────────
  { canonical: '中华人民共和国残疾人证', variants: ['残疾证', '殘疾證', '残急证', 'cjz', '残疾人证'], category: '残疾福利', note: '“残急证”为常见错别字。' },
  { canonical: '残疾评定', variants: ['评残', '残疾鉴定', '評殘', '残疾等级评定'], category: '残疾福利' },
  { canonical: '困难残疾人生活补贴', variants: ['残疾人补贴', '两项补贴', '生活补贴', '困难残疾人补贴'], category: '残疾福利' },
  { canonical: '重度残疾人护理补贴', variants: ['残疾人补贴', '两项补贴', '护理补贴', '護理補貼'], category: '残疾福利' },
  { canonical: '最低生活保障', variants: ['低保', '低保户', '最低生活保障金'], category: '残疾福利' },

  // ── 办事用语 ────────────────────────────────────────────────────────────────────────────
  { canonical: '容缺受理', variants: ['材料不齐先收', '先收件后补', '缺材料能办吗', '容缺办理'], category: '办事用语' },
  { canonical: '证明事项告知承诺制', variants: ['写承诺书代替证明', '承诺代替证明', '告知承诺', '承诺制'], category: '办事用语' },
  { canonical: '一次性告知', variants: ['一次过讲清楚要啲咩', '一次说清', '一次讲清楚'], category: '办事用语' },
  { canonical: '“一件事”集成办理', variants: ['一次办完几件事', '打包办', '一条龙', '一件事'], category: '办事用语' },
  { canonical: '网上办理', variants: ['网上办', '手机办', '网办', '粤省事办', '網上辦'], category: '办事用语' },
  { canonical: '全程网办', variants: ['全程网上办', '一次都不用跑', '零跑动'], category: '办事用语' },
  { canonical: '到办事现场次数', variants: ['跑几趟', '要去几次', '跑几次', '行几多次'], category: '办事用语' },
  { canonical: '办结时限', variants: ['多久', '几耐', '几时有得拎', '要几天'], category: '办事用语', note: '几耐、几时有得拎为粤语。' },
  { canonical: '承诺办结时限', variants: ['承诺时限', '承诺几天', '最快几天'], category: '办事用语' },
  { canonical: '收费标准', variants: ['几多钱', '几钱', '多少钱', '收费多少'], category: '办事用语' },
  { canonical: '是否收费', variants: ['收不收钱', '要不要钱', '使唔使俾钱', '免费吗'], category: '办事用语' },
  { canonical: '办理地点', variants: ['边度办', '喺边度', '去哪办', '在哪办', '去哪里办', '在哪里办'], category: '办事用语' },
  { canonical: '申请材料', variants: ['资料', '材料清单', '要带什么', '带什么证件'], category: '办事用语', note: '来电多说“资料”，办事指南写“申请材料”。' },
  { canonical: '是否需要', variants: ['使唔使', '洗唔洗', '要不要'], category: '办事用语', note: '粤语“需不需要”，用于询问是否需要某材料；“洗唔洗”为谐音写法。' },
  { canonical: '丢失', variants: ['唔见咗', '跌咗', '冇咗', '遗失', '丢了', '弄丢', '不见了'], category: '办事用语', note: '指向补领、补发类业务。' },
  { canonical: '死亡', variants: ['过身', '走咗', '老咗', '过世', '去世'], category: '办事用语', note: '粤语委婉说法，指向个人身后一件事。' },
  { canonical: '政务服务中心', variants: ['大厅', '行政服务中心', '市民中心', '东莞市民服务中心', '办事大厅'], category: '办事用语', note: '东莞的市级政务服务中心为东莞市民服务中心。' },
  { canonical: '12345政务服务便民热线', variants: ['12345', '市长热线', '政府热线'], category: '办事用语' },
];
