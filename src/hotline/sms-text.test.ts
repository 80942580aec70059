import { SMS_MAX_CHARS, smsText } from './sms-text';

const LINK = 'https://www.gdzwfw.gov.cn/portal/v2/guide/1144190000719412703000107012000';
const chars = (text: string) => [...text].length;

test('a short plain answer goes whole, signed, with the guide link', () => {
  const sms = smsText({ locale: 'zh-CN', text: '到期换证20元，坏了换或丢了补40元，临时身份证10元；低保户到期换证免费。', link: LINK });
  expect(sms).toBe(`【东莞12345】到期换证20元，坏了换或丢了补40元，临时身份证10元；低保户到期换证免费。详见：${LINK}`);
  expect(chars(sms)).toBeLessThanOrEqual(SMS_MAX_CHARS);
});

test('a long answer is cut at a sentence end so the link still fits', () => {
  const text = '东莞户籍申请人20个工作日出证。非东莞户籍异地受理的40个工作日出证，均不含邮寄时间。可以在粤省事查询制证进度，选择邮寄的按收件地址寄送到家，窗口领取的凭短信通知到原受理窗口领取新证。';
  const sms = smsText({ locale: 'zh-CN', text, link: LINK });
  expect(chars(sms)).toBeLessThanOrEqual(SMS_MAX_CHARS);
  expect(sms.endsWith(LINK)).toBe(true);
  expect(sms).toContain('东莞户籍申请人20个工作日出证。');
  expect(sms).not.toContain('…');
});

test('without a sentence end in reach, the text is cut with an ellipsis', () => {
  const sms = smsText({ locale: 'zh-HK', text: '很'.repeat(300), link: null });
  expect(chars(sms)).toBe(SMS_MAX_CHARS);
  expect(sms.startsWith('【東莞12345】')).toBe(true);
  expect(sms.endsWith('…')).toBe(true);
});

test('English keeps its words apart from the signature and the link', () => {
  expect(smsText({ locale: 'en', text: 'Renewal costs CNY 20.', link: 'https://example.gov.cn/g/M01' }))
    .toBe('[Dongguan 12345] Renewal costs CNY 20. Details: https://example.gov.cn/g/M01');
});
