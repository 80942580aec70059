/**
 * Web presenter: a sanitized HTML fragment for portals. Terms show their plain note inline,
 * tied to the term with aria-describedby; sample and blank forms are ordinary links.
 */
import type { Element } from 'hast';
import { h } from '../../../markdown/hast-builder';
import { hastContext } from '../../../markdown/rich-text-to-hast';
import { toSafeHtml } from '../../../markdown/safe-html';
import type { KnowledgePointPublication, MatterPublication, Publication } from '../types';
import { caption } from './captions';
import { type HtmlContext, fields, lineList, lineNode, passageNode, provenance, section } from './html-fields';
import { bodySections, guideHeader, summarySection } from './html-guide';
import { type WebPayload, envelopeOf, finishPayload } from './payloads';

/** Project a Publication to the web channel. */
export function presentWeb(publication: Publication): WebPayload {
  const ctx: HtmlContext = { locale: publication.locale, hast: hastContext(publication.locale) };
  const envelope = envelopeOf(publication);
  const body = publication.kind === 'matter' ? matterArticle(publication, ctx) : pointArticle(publication, ctx);
  const article = h('article', { className: ['ty-guide', `ty-${publication.kind}`], lang: publication.locale },
    body, provenance(envelope.version, publication.contentHash, ctx));
  return finishPayload<WebPayload>({ channel: 'web', ...envelope, html: toSafeHtml([article]) });
}

function matterArticle(p: MatterPublication, ctx: HtmlContext): Element[] {
  return [guideHeader(p, ctx), summarySection(p, ctx), ...bodySections(p, ctx)];
}

/** A knowledge point as a page: question, official answer, plain answer, then the details. */
export function pointArticle(p: KnowledgePointPublication, ctx: HtmlContext): Element[] {
  return [
    h('header', { className: ['guide-header'] }, lineNode('h1', p.question, ctx)),
    section('answer', caption('answer', ctx.locale), passageNode(p.answer, ctx)),
    p.plainAnswer && section('plain-answer', caption('plainAnswer', ctx.locale), lineNode('p', p.plainAnswer, ctx, 'plain-summary')),
    section('details', caption('basics', ctx.locale),
      fields(ctx, [
        ['knowledgeKind', p.knowledgeKind], ['categoryPath', p.categoryPath], ['relatedMatter', p.matter?.title],
        ['department', p.department.name],
      ]),
      p.similarQuestions.length > 0 && [h('h3', {}, caption('similarQuestions', ctx.locale)), lineList(p.similarQuestions, ctx)],
      h('p', { className: ['effective'] }, `${caption('effective', ctx.locale)} ${p.effectiveFrom}${p.effectiveTo ? ` – ${p.effectiveTo}` : ''}`)),
  ].filter((node): node is Element => Boolean(node));
}
