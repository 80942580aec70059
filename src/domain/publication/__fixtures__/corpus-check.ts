/**
 * Runs one arbitrary string through the whole pipeline as the 受理条件 of a valid matter and
 * returns what went wrong: a crash, unsafe HTML, or a channel whose words differ.
 */
import { isBlank } from '../../lint/rules-integrity';
import { buildPublication } from '../build-publication';
import { presentHotline } from '../presenters/hotline';
import { presentKiosk } from '../presenters/kiosk';
import { compareProjection } from '../presenters/projection-text';
import { presentWeb } from '../presenters/web';
import { presentWindow } from '../presenters/window';
import { auditHtml } from './html-audit';
import { fixtureContext, fixtureMatter } from './fixture-matter';

const context = fixtureContext();

export type CorpusOutcome = { published: boolean; problems: string[] };

/** The pipeline over `text`; problems is empty when everything held. */
export function checkGuideText(text: string): CorpusOutcome {
  const matter = { ...fixtureMatter(), acceptConditions: text };
  const result = buildPublication(matter, 'zh-CN', context);
  if (!result.ok) {
    // The only acceptable reasons to refuse: nothing to show, or a malformed directive.
    const unexpected = result.errors.filter((e) => !(e.ruleId === 'required-text' && isBlank(text)) && e.ruleId !== 'directive-syntax');
    return { published: false, problems: unexpected.map((e) => `blocked by ${e.ruleId}: ${e.reason}`) };
  }
  const problems: string[] = [];
  for (const payload of [presentWeb(result.publication), presentHotline(result.publication), presentWindow(result.publication), presentKiosk(result.publication)]) {
    if (payload.channel !== 'hotline') problems.push(...auditHtml(payload.html).map((p) => `${payload.channel}: ${p}`));
    for (const m of compareProjection(result.publication, payload)) {
      problems.push(`${payload.channel} ${m.element}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
    }
  }
  return { published: true, problems };
}
