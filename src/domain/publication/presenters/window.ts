/**
 * Window presenter: the A4 print page a clerk hands over — the one-time notice (一次性告知单)
 * with every condition, material, time limit and fee, then the intake checklist (收件清单)
 * with tick boxes, forms and copies on its own page. For a bundle (一件事) the notice covers
 * every member in order and the checklist lists each material of the bundle once.
 */
import type { ElementContent } from 'hast';
import { h } from '../../../markdown/hast-builder';
import { runsText } from '../../../markdown/rich-text';
import { hastContext } from '../../../markdown/rich-text-to-hast';
import { toSafeDocument } from '../../../markdown/safe-html';
import type { BundlePublication, Line, MatterPublication } from '../types';
import { caption } from './captions';
import { bundleBodySections, bundleHeader, bundleIntakeChecklist, bundleSummarySection } from './html-bundle';
import { type HtmlContext, provenance } from './html-fields';
import { bodySections, guideHeader, summarySection } from './html-guide';
import { intakeChecklist } from './html-materials';
import { BUNDLE_WINDOW_CSS, WINDOW_CSS } from './page-styles';
import { type WindowPayload, envelopeOf, finishPayload } from './payloads';

/** What differs between the page of a matter and of a bundle. */
type Page = { name: Line; css: string; notice: ElementContent; checklist: ElementContent };

/** Project a matter or bundle Publication to the window channel. */
export function presentWindow(publication: MatterPublication | BundlePublication): WindowPayload {
  const ctx: HtmlContext = { locale: publication.locale, hast: hastContext(publication.locale) };
  const envelope = envelopeOf(publication);
  const page = publication.kind === 'matter' ? matterPage(publication, ctx) : bundlePage(publication, ctx);
  const title = `${runsText(page.name.runs, publication.locale)} · ${caption('oneTimeNotice', publication.locale)}`;
  const body = [page.notice, page.checklist, provenance(envelope.version, publication.contentHash, ctx)];
  const html = toSafeDocument({ lang: publication.locale, title, css: page.css, bodyClass: 'window-print' }, body);
  return finishPayload<WindowPayload>({ channel: 'window', ...envelope, pageSize: 'A4', html });
}

function noticeTitle(ctx: HtmlContext): ElementContent {
  return h('p', { className: ['notice-title'] }, caption('oneTimeNotice', ctx.locale));
}

function matterPage(p: MatterPublication, ctx: HtmlContext): Page {
  const notice = h('article', { className: ['notice'] },
    noticeTitle(ctx),
    guideHeader(p, ctx),
    h('p', { className: ['notice-intro'] }, caption('noticeIntro', ctx.locale)),
    summarySection(p, ctx),
    bodySections(p, ctx));
  return { name: p.title, css: WINDOW_CSS, notice, checklist: intakeChecklist(p, ctx) };
}

function bundlePage(p: BundlePublication, ctx: HtmlContext): Page {
  const notice = h('article', { className: ['notice', 'bundle-notice'] },
    noticeTitle(ctx),
    bundleHeader(p, ctx),
    h('p', { className: ['notice-intro'] }, caption('bundleNoticeIntro', ctx.locale)),
    bundleSummarySection(p, ctx),
    bundleBodySections(p, ctx));
  return { name: p.name, css: BUNDLE_WINDOW_CSS, notice, checklist: bundleIntakeChecklist(p, ctx) };
}
