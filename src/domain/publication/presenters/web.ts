/**
 * Web presenter: a sanitized HTML fragment for portals, for a matter, a bundle or a knowledge
 * point. Terms show their plain note inline, tied to the term with aria-describedby; sample and
 * blank forms are ordinary links.
 */
import type { Element } from 'hast';
import { h } from '../../../markdown/hast-builder';
import { hastContext } from '../../../markdown/rich-text-to-hast';
import { toSafeHtml } from '../../../markdown/safe-html';
import type { BundlePublication, KnowledgePointPublication, MatterPublication, Publication } from '../types';
import { caption } from './captions';
import { bundleBodySections, bundleHeader, bundleSummarySection } from './html-bundle';
import { type HtmlContext, fields, lineList, lineNode, passageNode, provenance, section } from './html-fields';
import { bodySections, guideHeader, summarySection } from './html-guide';
import { type WebPayload, envelopeOf, finishPayload } from './payloads';

/** Project a Publication to the web channel. */
export function presentWeb(publication: Publication): WebPayload {
  const ctx: HtmlContext = { locale: publication.locale, hast: hastContext(publication.locale) };
  const envelope = envelopeOf(publication);
  const body = articleBody(publication, ctx);
  const article = h('article', { className: ['ty-guide', `ty-${publication.kind}`], lang: publication.locale },
    body, provenance(envelope.version, publication.contentHash, ctx));
  return finishPayload<WebPayload>({ channel: 'web', ...envelope, html: toSafeHtml([article]) });
}

function articleBody(publication: Publication, ctx: HtmlContext): Element[] {
  if (publication.kind === 'matter') return matterArticle(publication, ctx);
  if (publication.kind === 'bundle') return bundleArticle(publication, ctx);
  return pointArticle(publication, ctx);
}

function matterArticle(p: MatterPublication, ctx: HtmlContext): Element[] {
  return [guideHeader(p, ctx), summarySection(p, ctx), ...bodySections(p, ctx)];
}

/** A bundle (一件事): what it covers, then conditions, members in order, one set of materials. */
function bundleArticle(p: BundlePublication, ctx: HtmlContext): Element[] {
  return [bundleHeader(p, ctx), bundleSummarySection(p, ctx), ...bundleBodySections(p, ctx)];
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
