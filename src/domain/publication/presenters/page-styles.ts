/**
 * The CSS of the full-page projections. Written here, never by editors; the pages are built
 * from sanitized bodies plus these sheets.
 */

/** A4 print page for service windows: the one-time notice, then the checklist on a new page. */
export const WINDOW_CSS = `
@page { size: A4; margin: 15mm 15mm 18mm; }
body { font-family: "Source Han Serif SC", "Noto Serif CJK SC", "Songti SC", SimSun, serif; font-size: 10.5pt; line-height: 1.5; color: #000; background: #fff; margin: 0; }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 15mm; } }
h1 { font-size: 18pt; text-align: center; margin: 0 0 2mm; }
.notice-title { text-align: center; font-size: 14pt; letter-spacing: 0.2em; margin: 0 0 1mm; }
.notice-intro { text-align: center; font-size: 9pt; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; border-bottom: 1px solid #000; margin: 4mm 0 2mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 2mm 0 1mm; break-after: avoid; }
dl.fields { display: grid; grid-template-columns: 9em 1fr; gap: 0.5mm 3mm; margin: 0 0 2mm; }
dt { font-weight: bold; }
dd { margin: 0; }
p { margin: 0 0 1mm; }
ol, ul { margin: 0 0 2mm; padding-left: 6mm; }
.material, .location, .steps > li, .fee-items > li, .faqs dd { break-inside: avoid; }
.plain { border-left: 2pt solid #000; padding-left: 3mm; margin: 2mm 0; }
.plain-caption { display: block; font-size: 9pt; }
.plain-note { font-style: italic; }
a { color: #000; text-decoration: underline; }
a.link-sample::after, a.link-blank::after, a.link-online::after, a.link-external::after { content: " (" attr(href) ")"; font-size: 8.5pt; word-break: break-all; }
.section-checklist { break-before: page; }
table.checklist { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.checklist th, table.checklist td { border: 0.75pt solid #000; padding: 1.5mm; vertical-align: top; text-align: left; }
table.checklist th:nth-child(1) { width: 10mm; }
table.checklist th:nth-child(2) { width: 45mm; }
table.checklist th:nth-child(3) { width: 20mm; }
table.checklist th:nth-child(4) { width: 24mm; }
table.checklist th:nth-child(5) { width: 30mm; }
table.checklist td span[data-element] { display: block; }
table.checklist a::after { content: none; }
td.tick { text-align: center; }
.box { display: inline-block; width: 4.5mm; height: 4.5mm; border: 0.75pt solid #000; }
.signatures { margin-top: 10mm; display: flex; gap: 2mm; align-items: flex-end; white-space: nowrap; }
.sign-line { display: inline-block; width: 35mm; border-bottom: 0.75pt solid #000; margin-right: 6mm; }
.provenance { margin-top: 6mm; font-size: 8pt; }
`;

/**
 * Large print, high contrast (适老化): 28px body text, yellow-on-black headings, underlined
 * links with 48px tap targets, a visible focus ring, plain-language boxes first.
 */
export const KIOSK_CSS = `
body { font-family: "Source Han Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 28px; line-height: 1.8; color: #000; background: #fff; margin: 0; padding: 24px 40px 64px; }
h1 { font-size: 44px; line-height: 1.3; margin: 0 0 16px; }
h2 { font-size: 36px; background: #000; color: #ffeb00; padding: 8px 20px; margin: 40px 0 16px; border-radius: 8px; }
h3 { font-size: 32px; margin: 24px 0 8px; }
p, li, dd { max-width: 36em; }
dl.fields dt { font-weight: 700; margin-top: 12px; }
dd { margin: 0 0 8px; }
li { margin-bottom: 20px; }
a { color: #0030b0; text-decoration: underline; text-decoration-thickness: 3px; text-underline-offset: 6px; display: inline-block; min-height: 48px; padding: 4px 0; }
:focus, a:focus { outline: 5px solid #d04000; outline-offset: 3px; }
.plain, .plain-summary { background: #fff6b0; border: 4px solid #000; border-radius: 12px; padding: 16px 24px; }
.section-summary .plain-summary { font-size: 32px; }
.plain-caption { display: block; font-size: 26px; }
.plain-note { font-weight: 700; }
dfn { font-style: normal; font-weight: 700; }
.provenance { margin-top: 48px; font-size: 20px; color: #222; }
@media (prefers-contrast: more) { body { background: #000; color: #fff; } a { color: #ffeb00; } .plain, .plain-summary { background: #000; border-color: #ffeb00; } }
`;

/**
 * The window page of a bundle: the same sheet, with the checklist's columns sized for who
 * provides each material and which services use it.
 */
export const BUNDLE_WINDOW_CSS = `${WINDOW_CSS}table.bundle-checklist th:nth-child(2) { width: 60mm; }
table.bundle-checklist th:nth-child(3) { width: 45mm; }
table.bundle-checklist th:nth-child(4) { width: auto; }
.members > li { break-inside: avoid; }
`;
