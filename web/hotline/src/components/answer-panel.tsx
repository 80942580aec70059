/**
 * An opened result: the 口径 to read out, the 白话 version, who answers for it and which
 * version this is; then the matter's materials, fees, time limits, places and online guide,
 * and the bundle it belongs to. A records that the agent answered with it, C copies the
 * answer, S the SMS version (both count as answered), F opens 纠错.
 */
import { useStrings } from '../i18n';
import type { AnswerView } from '../types';
import { StatusBadge, VersionLine } from './badges';
import { Section } from './script-lines';

type Props = {
  view: AnswerView;
  copied: 'answer' | 'sms' | null;
  smsShown: boolean;
  answered: boolean;
  onAnswered: () => void;
  onCopy: () => void;
  onSms: () => void;
  onFlag: () => void;
  onClose: () => void;
};

function Banner({ view }: { view: AnswerView }) {
  const t = useStrings();
  const status = view.subject.status;
  if (status === 'inForce') return null;
  return <p class={`banner banner-${status}`} role="alert">{t.banner[status]}</p>;
}

function MatterDetails({ view }: { view: AnswerView }) {
  const t = useStrings();
  const matter = view.matter;
  if (!matter) return null;
  return (
    <section class="matter-details" aria-label={t.matterDetails}>
      <h2>
        {t.matterDetails}：{matter.title} <StatusBadge status={matter.status} />
        <small><VersionLine info={matter} /></small>
      </h2>
      {matter.onlineUrl && (
        <p class="online-link"><a href={matter.onlineUrl} target="_blank" rel="noopener noreferrer">{t.onlineGuide} ↗</a></p>
      )}
      {matter.sections.map((section) => <Section key={section.id} section={section} />)}
    </section>
  );
}

export function AnswerPanel({ view, copied, smsShown, answered, onAnswered, onCopy, onSms, onFlag, onClose }: Props) {
  const t = useStrings();
  const { subject } = view;
  const [main, ...rest] = view.sections;
  const isPoint = subject.type === 'knowledgePoint';
  return (
    <article class={`answer status-${subject.status}`} aria-labelledby="answer-title" tabIndex={-1} id="answer" data-code={subject.code}>
      <header>
        <p class="answer-kicker"><span class={`type type-${subject.type}`}>{t.types[subject.type]}</span> <StatusBadge status={subject.status} /> <span class="code">{subject.code}</span></p>
        <h2 id="answer-title">{subject.title}</h2>
        <p class="meta"><VersionLine info={subject} /></p>
        <Banner view={view} />
        <div class="actions">
          <button type="button" class="primary" onClick={onAnswered} data-action="answered" aria-pressed={answered}>{answered ? t.answeredDone : t.answered} <kbd>A</kbd></button>
          <button type="button" onClick={onCopy} data-action="copy">{copied === 'answer' ? t.copied : t.copyAnswer} <kbd>C</kbd></button>
          <button type="button" onClick={onSms} data-action="sms">{copied === 'sms' ? t.copied : t.sms} <kbd>S</kbd></button>
          <button type="button" class="flag" onClick={onFlag} data-action="flag">{t.flag} <kbd>F</kbd></button>
          <button type="button" class="ghost" onClick={onClose}>{t.back}</button>
        </div>
        {smsShown && (
          <p class="sms" data-testid="sms"><span class="sms-text">{view.sms}</span> <small>{t.smsChars([...view.sms].length)}</small></p>
        )}
      </header>
      {view.bundles.length > 0 && (
        <p class="bundles">{t.bundle}：{view.bundles.map((b) => <span key={b.code} class="chip" data-bundle={b.code}>{b.name}</span>)}</p>
      )}
      {main && <Section section={main} id={isPoint ? 'official-answer' : undefined} />}
      {isPoint && <MatterDetails view={view} />}
      {rest.map((section) => <Section key={section.id} section={section} />)}
    </article>
  );
}
