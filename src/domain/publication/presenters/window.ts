/**
 * Window presenter: the A4 print page a clerk hands over — the one-time notice (一次性告知单)
 * with every condition, material, time limit and fee, then the intake checklist (收件清单)
 * with tick boxes, forms and copies on its own page.
 */
import { h } from '../../../markdown/hast-builder';
import { hastContext } from '../../../markdown/rich-text-to-hast';
import { toSafeDocument } from '../../../markdown/safe-html';
import type { MatterPublication } from '../types';
import { caption } from './captions';
import { type HtmlContext, provenance } from './html-fields';
import { bodySections, guideHeader, summarySection } from './html-guide';
import { intakeChecklist } from './html-materials';
import { WINDOW_CSS } from './page-styles';
import { type WindowPayload, envelopeOf, finishPayload } from './payloads';
import { runsText } from '../../../markdown/rich-text';

/** Project a matter Publication to the window channel. */
export function presentWindow(publication: MatterPublication): WindowPayload {
  const ctx: HtmlContext = { locale: publication.locale, hast: hastContext(publication.locale) };
  const envelope = envelopeOf(publication);
  const title = `${runsText(publication.title.runs, publication.locale)} · ${caption('oneTimeNotice', publication.locale)}`;
  const body = [
    h('article', { className: ['notice'] },
      h('p', { className: ['notice-title'] }, caption('oneTimeNotice', ctx.locale)),
      guideHeader(publication, ctx),
      h('p', { className: ['notice-intro'] }, caption('noticeIntro', ctx.locale)),
      summarySection(publication, ctx),
      bodySections(publication, ctx)),
    intakeChecklist(publication, ctx),
    provenance(envelope.version, publication.contentHash, ctx),
  ];
  const html = toSafeDocument({ lang: publication.locale, title, css: WINDOW_CSS, bodyClass: 'window-print' }, body);
  return finishPayload<WindowPayload>({ channel: 'window', ...envelope, pageSize: 'A4', html });
}
