import { CHINA_CALENDAR, calendarFrom, coversYear, isWorkingDay, localDay, workingDayDeadline } from './working-days';

const at = (iso: string) => new Date(iso);
const beijing = (iso: string) => workingDayDeadline(at(iso), 1).toISOString();

test('a flag raised on a working day is due at the end of the next working day, Beijing time', () => {
  // Tuesday 2026-03-10 15:00 in Beijing → Wednesday 23:59:59.999 in Beijing = 15:59:59.999Z.
  expect(beijing('2026-03-10T15:00:00+08:00')).toBe('2026-03-11T15:59:59.999Z');
});

test('a Friday flag is due on Monday, a Saturday flag too', () => {
  expect(beijing('2026-03-13T10:00:00+08:00')).toBe('2026-03-16T15:59:59.999Z');
  expect(beijing('2026-03-14T10:00:00+08:00')).toBe('2026-03-16T15:59:59.999Z');
});

test('the local day decides, not the UTC day: 07:00 in Beijing on Monday is still Monday', () => {
  expect(localDay(at('2026-03-15T23:30:00Z'), CHINA_CALENDAR)).toBe('2026-03-16');
  expect(beijing('2026-03-15T23:30:00Z')).toBe('2026-03-17T15:59:59.999Z');
});

test('public holidays are skipped and make-up Saturdays (调休上班) count', () => {
  // Flag on 2026-02-13 (Fri); 14 Feb is a make-up working Saturday.
  expect(beijing('2026-02-13T09:00:00+08:00')).toBe('2026-02-14T15:59:59.999Z');
  // Flag on 14 Feb: 15–23 Feb is the Spring Festival holiday; the 24th (Tue) is the next working day.
  expect(beijing('2026-02-14T09:00:00+08:00')).toBe('2026-02-24T15:59:59.999Z');
  // National Day 2026: 1–7 Oct off, Sat 10 Oct is a working day.
  expect(workingDayDeadline(at('2026-09-30T12:00:00+08:00'), 3).toISOString()).toBe('2026-10-10T15:59:59.999Z');
  expect(isWorkingDay('2026-10-05', CHINA_CALENDAR)).toBe(false);
  expect(isWorkingDay('2026-09-20', CHINA_CALENDAR)).toBe(true);
});

test('the calendar says which years it knows; other years fall back to Mon–Fri', () => {
  expect(coversYear(2026, CHINA_CALENDAR)).toBe(true);
  expect(coversYear(2031, CHINA_CALENDAR)).toBe(false);
  expect(isWorkingDay('2031-01-01', CHINA_CALENDAR)).toBe(true);
  const empty = calendarFrom({ timeZone: '+00:00', years: {} });
  expect(workingDayDeadline(at('2031-01-03T12:00:00Z'), 1, empty).toISOString()).toBe('2031-01-06T23:59:59.999Z');
});

test('counts below one are a programming error', () => {
  expect(() => workingDayDeadline(at('2026-03-10T00:00:00Z'), 0)).toThrow(RangeError);
});
