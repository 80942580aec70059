/**
 * Terms the jargon lint looks for in the Markdown of high-frequency guides: each must carry a
 * plain-language note (`:term[…]{plain="…"}`) at least once per field. `suggestion` is the
 * plain wording the lint proposes when the note is missing.
 */
export const jargonTerms: { term: string; suggestion: string }[] = [
  { term: '居民户口簿', suggestion: '就是家里的户口本' },
  { term: '不动产权证书', suggestion: '就是常说的房产证，红本' },
  { term: '统一社会信用代码', suggestion: '营业执照上那串18位的号码，相当于店铺的身份证号' },
  { term: '经营范围', suggestion: '你打算做哪些生意，从规范表述里选' },
  { term: '标准地址', suggestion: '能在东莞地址库里查到的规范门牌地址' },
  { term: '容缺受理', suggestion: '先收件，缺的那份材料之后限期补交' },
  { term: '告知承诺', suggestion: '写一份承诺书代替开证明' },
  { term: '异地受理', suggestion: '户口不在东莞，也能在东莞申请' },
  { term: '出生医学证明', suggestion: '医院开的出生证' },
  { term: '全程网办', suggestion: '从申请到拿结果都在网上完成，不用跑窗口' },
  { term: '存量房', suggestion: '就是二手房' },
  { term: '网签备案', suggestion: '在住建部门系统里网上签合同并登记备案' },
  { term: '完税凭证', suggestion: '交完税后税务部门给的单据' },
  { term: '税费金同缴', suggestion: '税款和登记费在同一个窗口一次交清' },
  { term: '登簿', suggestion: '把新的产权人记进不动产登记簿，过户从这一刻生效' },
  { term: '封存', suggestion: '单位停止给你缴存，账户暂停使用' },
  { term: '销户提取', suggestion: '把账户里的钱全部取出并关闭账户' },
  { term: '受遗赠人', suggestion: '遗嘱里指定接收遗产的人' },
  { term: 'Ⅰ类银行结算账户', suggestion: '在银行柜台开的普通借记卡账户，不是电子账户' },
];
