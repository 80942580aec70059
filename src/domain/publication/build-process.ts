/**
 * Time limits, fees, steps and how a matter is handled (visits, online, booking, courier).
 */
import { isSafeUrl } from '../../markdown/safe-url';
import type { ProcessStep } from '../guide';
import { labelOf } from '../labels';
import { isNone } from '../lint/rules-channels';
import type { BuildState } from './build-state';
import { optionalPassage } from './build-state';
import { ids, sortedFees, sortedSteps } from './guide-fields';
import { compact, labelsLine, line, linkLine, optionalLine, runsLine } from './lines';
import { timeLimitEntry } from './shared-entries';
import type { FeeEntry, Line, MatterPublication, StepEntry } from './types';

type Sections = Pick<MatterPublication, 'timeLimits' | 'fees' | 'steps' | 'handling'>;

/** The process sections of a matter Publication. */
export function buildProcess(state: BuildState): Sections {
  const { matter } = state;
  return {
    timeLimits: {
      legal: timeLimitEntry('timeLimits.legal', matter.legalTimeLimit, state.locale),
      promised: timeLimitEntry('timeLimits.promised', matter.promisedTimeLimit, state.locale),
      specialProcedures: line('timeLimits.specialProcedures', orNone(matter.specialProcedures, state)),
    },
    fees: compact({
      isCharged: matter.isCharged,
      onlinePayment: matter.onlinePayment,
      charged: line('fees.charged', state.phrases.charged(matter.isCharged)),
      basis: optionalLine('fees.basis', matter.feeBasis),
      items: sortedFees(matter).map((item, i): FeeEntry => compact({
        amountYuan: item.amountYuan,
        name: line(ids.fee(i + 1, 'name'), item.name),
        standard: line(ids.fee(i + 1, 'standard'), item.standard),
        basis: optionalLine(ids.fee(i + 1, 'basis'), item.basis),
        reduction: item.reducible ? line(ids.fee(i + 1, 'reduction'), state.phrases.reduction(item.reductionBasis)) : undefined,
        remark: optionalLine(ids.fee(i + 1, 'remark'), item.remark),
      })),
      payment: line('fees.payment', state.phrases.payment(matter.onlinePayment)),
    }),
    steps: {
      offline: steps('offline', matter.offlineSteps, state),
      online: steps('online', matter.onlineSteps, state),
    },
    handling: handling(state),
  };
}

/** The value, or the locale's word for the "无" sentinel. */
function orNone(value: string, state: BuildState): string {
  return isNone(value) ? state.phrases.none : value;
}

function steps(flow: 'offline' | 'online', list: readonly ProcessStep[], state: BuildState): StepEntry[] {
  return sortedSteps(list).map((step, i) => compact({
    name: line(ids.step(flow, i + 1, 'name'), step.name),
    actor: optionalLine(ids.step(flow, i + 1, 'actor'), step.actor),
    timeLimit: optionalLine(ids.step(flow, i + 1, 'timeLimit'), step.timeLimit),
    note: optionalPassage(state, ids.step(flow, i + 1, 'note'), step.note),
  }));
}

function urlLine(id: string, url: string | undefined, text: string | undefined): Line | undefined {
  if (url === undefined || url.trim() === '' || !isSafeUrl(url)) return undefined;
  return linkLine(id, text ?? url, url, 'online');
}

function handling(state: BuildState): Sections['handling'] {
  const { matter, locale, phrases } = state;
  const depth = matter.isOnline && matter.onlineDepth ? labelOf('ONLINE_DEPTHS', matter.onlineDepth, locale) : undefined;
  return compact({
    onSiteVisits: matter.onSiteVisits,
    isOnline: matter.isOnline,
    modes: labelsLine('handling.modes', 'HANDLING_MODES', matter.handlingModes, locale, phrases.listSeparator),
    visits: line('handling.visits', phrases.visits(matter.onSiteVisits)),
    onSiteReason: line('handling.onSiteReason', orNone(matter.onSiteReason, state)),
    online: line('handling.online', phrases.online(matter.isOnline, depth)),
    onlineUrl: urlLine('handling.onlineUrl', matter.onlineUrl, undefined),
    mobileUrl: urlLine('handling.mobileUrl', matter.mobileUrl, undefined),
    booking: booking(state),
    courier: line('handling.courier', phrases.courier(matter.courier)),
  });
}

function booking(state: BuildState): Line | undefined {
  const { matter, phrases } = state;
  if (!matter.bookable) return undefined;
  const url = matter.bookingUrl;
  if (url === undefined || !isSafeUrl(url)) return line('handling.booking', phrases.booking);
  const separator = phrases.listSeparator === '、' ? '，' : ', ';
  return runsLine('handling.booking', [
    { type: 'text', value: `${phrases.booking}${separator}` },
    { type: 'link', text: phrases.bookingLink, href: url, kind: 'online' },
  ]);
}
