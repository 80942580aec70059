/**
 * Hostile editor input never survives into HTML output: neither through the Markdown pipeline
 * (even with lint relaxed so the guide still publishes) nor through a tampered Publication
 * handed straight to the presenters.
 */
import { auditHtml } from './__fixtures__/html-audit';
import { fixtureBundle } from './__fixtures__/fixture-bundle';
import { fixtureContext, fixtureMatter } from './__fixtures__/fixture-matter';
import { buildBundlePublication } from './build-bundle';
import { buildPublication } from './build-publication';
import { presentKiosk } from './presenters/kiosk';
import { presentWeb } from './presenters/web';
import { presentWindow } from './presenters/window';
import type { BundlePublication, MatterPublication } from './types';

const MARKDOWN_PAYLOADS = [
  '<script>alert(1)</script>',
  '前<script>alert(1)</script>后',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">点我</a>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<style>body{display:none}</style>',
  '<!-- <script>alert(1)</script> -->',
  '[点我](javascript:alert(1))',
  '[点我](JaVaScRiPt:alert(1))',
  '[点我](<java\tscript:alert(1)>)',
  '[点我](&#106;avascript:alert(1))',
  '[点我](javascript&colon;alert(1))',
  '[点我](vbscript:msgbox(1))',
  '[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[点我][x]\n\n[x]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1)) ![y](data:image/svg+xml,<svg onload=alert(1)>)',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '`<script>alert(1)</script>`',
  '    <script>alert(1)</script>',
  ':term[x]{plain="\\"><script>alert(1)</script>"}',
  ':term[<img src=x onerror=alert(1)>]{plain="y"}',
  ':term[x]{plain="y" onmouseover="alert(1)" style="color:red"}',
  ':term[x]{plain="y" #id .class}',
  ':sample[点]{material="javascript:alert(1)"}',
  ':blank[点]{material="\\"><svg onload=alert(1)>"}',
  ':location[点]{code="javascript:alert(1)"}',
  '::leaf[x]{onload="alert(1)"}',
  ':::container{onclick="alert(1)"}\n<script>alert(1)</script>\n:::',
];

// Lint would block most of these; relaxed here to prove the output is safe regardless.
const RELAXED = fixtureContext({
  lint: { rules: { 'directive-syntax': 'warning', 'dangling-reference': 'warning', 'safe-url': 'warning', 'required-text': 'off' } },
});

function publishWith(payload: string): MatterPublication {
  const matter = fixtureMatter();
  matter.acceptConditions = payload;
  matter.faqs[0] = { ...matter.faqs[0], answer: payload };
  matter.materials[0] = { ...matter.materials[0], fillingInstructions: payload };
  matter.plainSummary = payload;
  matter.materials[1] = { ...matter.materials[1], name: payload };
  const result = buildPublication(matter, 'zh-CN', RELAXED);
  if (!result.ok) throw new Error(`${payload}: ${result.errors.map((e) => e.reason).join('; ')}`);
  return result.publication;
}

describe('XSS corpus through the pipeline', () => {
  it.each(MARKDOWN_PAYLOADS)('%s', (payload) => {
    const publication = publishWith(payload);
    for (const html of [presentWeb(publication).html, presentWindow(publication).html, presentKiosk(publication).html]) {
      expect(auditHtml(html)).toEqual([]);
      expect(html).not.toMatch(/<(script|svg|img|iframe|object|math|form)\b/i);
    }
  });
});

function publishBundleWith(payload: string): BundlePublication {
  const bundle = fixtureBundle();
  bundle.summary = payload;
  bundle.conditions = payload;
  bundle.members[0] = { ...bundle.members[0], name: payload };
  bundle.materialPlan[0] = { ...bundle.materialPlan[0], name: payload, note: payload };
  const result = buildBundlePublication(bundle, 'zh-CN', RELAXED);
  if (!result.ok) throw new Error(`${payload}: ${result.errors.map((e) => e.reason).join('; ')}`);
  return result.publication;
}

describe('XSS corpus through the bundle pipeline', () => {
  it.each(MARKDOWN_PAYLOADS)('%s', (payload) => {
    const publication = publishBundleWith(payload);
    for (const html of [presentWeb(publication).html, presentWindow(publication).html, presentKiosk(publication).html]) {
      expect(auditHtml(html)).toEqual([]);
      expect(html).not.toMatch(/<(script|svg|img|iframe|object|math|form)\b/i);
    }
  });
});

describe('XSS in a tampered Publication', () => {
  const hostile = (): MatterPublication => {
    const publication = publishWith('正常文字');
    const copy = JSON.parse(JSON.stringify(publication)) as MatterPublication;
    copy.title.runs = [{ type: 'text', value: '<script>alert(1)</script>' }];
    copy.plainSummary.runs = [
      { type: 'link', text: 'js', href: 'javascript:alert(1)', kind: 'external' },
      { type: 'link', text: 'data', href: 'data:text/html,<script>alert(1)</script>', kind: 'sample' },
      { type: 'link', text: 'tab', href: 'java\tscript:alert(1)', kind: 'online' },
      { type: 'term', text: '"><img src=x onerror=alert(1)>', plain: '</span><script>alert(1)</script>' },
    ];
    return copy;
  };

  it.each([['web', presentWeb], ['window', presentWindow], ['kiosk', presentKiosk]] as const)('%s drops scripts and unsafe links', (_channel, present) => {
    const html = present(hostile()).html;
    expect(auditHtml(html)).toEqual([]);
    expect(html).not.toMatch(/href="(java|data)/i);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });
});
