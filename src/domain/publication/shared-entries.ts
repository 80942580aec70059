/**
 * Entries the matter and bundle builders share: a time limit in words, a service location as
 * readers see it, and a web address that is a link when it is safe to follow.
 */
import { isSafeUrl } from '../../markdown/safe-url';
import type { ServiceLocation, TimeLimit } from '../guide';
import { VALUE_CODES } from '../value-codes';
import type { Locale } from '../value-sets';
import { ids } from './guide-fields';
import { compact, labelLine, line, linkLine, optionalLine } from './lines';
import { phrasesOf } from './phrases';
import type { Line, LocationEntry, TimeLimitEntry } from './types';

/** A time limit with its unit's storage code, spelled out in the locale ("5个工作日"). */
export function timeLimitEntry(id: string, limit: TimeLimit, locale: Locale): TimeLimitEntry {
  return compact({
    value: limit.value,
    unit: VALUE_CODES.timeUnit[limit.unit],
    text: line(id, phrasesOf(locale).timeLimit(limit.value, limit.unit)),
    note: optionalLine(`${id}Note`, limit.note),
  });
}

/** A service location with its kind, address, window, phone, hours and directions. */
export function locationEntry(location: ServiceLocation, locale: Locale): LocationEntry {
  const id = (field: string) => ids.location(location.code, field);
  return compact({
    code: location.code,
    latitude: location.latitude,
    longitude: location.longitude,
    kind: labelLine(id('kind'), 'LOCATION_KINDS', location.kind, locale),
    name: line(id('name'), location.name),
    town: line(id('town'), location.town),
    address: line(id('address'), location.address),
    windowNo: optionalLine(id('windowNo'), location.windowNo),
    phone: optionalLine(id('phone'), location.phone),
    hours: line(id('hours'), location.hours),
    trafficGuide: optionalLine(id('trafficGuide'), location.trafficGuide),
  });
}

/** A web address as a link, or as words when it is not safe to link. */
export function webLine(id: string, url: string | undefined): Line | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  return isSafeUrl(url) ? linkLine(id, url, url, 'external') : line(id, url);
}
