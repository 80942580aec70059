/**
 * Working days (工作日) as Chinese offices count them: Monday to Friday, minus the public
 * holidays, plus the weekend days declared working days (调休上班). The calendar is data
 * (data/working-calendar.json); a year it does not cover falls back to plain Mon–Fri, and
 * `coversYear` lets the caller say so. Deadlines follow the 行政许可法 way of counting: the day
 * something arrives is not counted, the period ends at the end of the n-th working day.
 */
import calendarData from './data/working-calendar.json';

export type WorkingCalendar = {
  /** Offset of the offices' local time from UTC, in minutes (Beijing time: 480). */
  offsetMinutes: number;
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  years: ReadonlySet<number>;
};

type CalendarFile = { timeZone: string; years: Record<string, { holidays: string[]; workdays: string[] }> };

const DAY_MS = 86_400_000;

function offsetOf(timeZone: string): number {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(timeZone);
  if (!match) throw new RangeError(`Calendar time zone "${timeZone}" is not an offset like +08:00`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** A calendar from its data form (the JSON file, or a test's own). */
export function calendarFrom(file: CalendarFile): WorkingCalendar {
  const entries = Object.entries(file.years);
  return {
    offsetMinutes: offsetOf(file.timeZone),
    holidays: new Set(entries.flatMap(([, year]) => year.holidays)),
    workdays: new Set(entries.flatMap(([, year]) => year.workdays)),
    years: new Set(entries.map(([year]) => Number(year))),
  };
}

/** Mainland China's calendar, from data/working-calendar.json. */
export const CHINA_CALENDAR: WorkingCalendar = calendarFrom(calendarData);

/** The local calendar day (YYYY-MM-DD) an instant falls on. */
export function localDay(at: Date, calendar: WorkingCalendar): string {
  return new Date(at.getTime() + calendar.offsetMinutes * 60_000).toISOString().slice(0, 10);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** True when the calendar has the year's holiday notice. */
export function coversYear(year: number, calendar: WorkingCalendar): boolean {
  return calendar.years.has(year);
}

/** Whether a local day (YYYY-MM-DD) is a working day. */
export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The working days after the day of `at`, up to and including the n-th (n ≥ 1). */
export function workingDaysAfter(at: Date, count: number, calendar: WorkingCalendar): string[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a whole number ≥ 1, got ${count}`);
  const found: string[] = [];
  let day = localDay(at, calendar);
  while (found.length < count) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) found.push(day);
  }
  return found;
}

/**
 * The deadline `count` working days after `at`: the last millisecond of the n-th working day
 * after the day of `at`, local time. Flagged on Friday → due Monday 23:59:59.999.
 */
export function workingDayDeadline(at: Date, count: number, calendar: WorkingCalendar = CHINA_CALENDAR): Date {
  const last = workingDaysAfter(at, count, calendar).at(-1) as string;
  const endUtc = Date.parse(`${nextDay(last)}T00:00:00Z`) - calendar.offsetMinutes * 60_000;
  return new Date(endUtc - 1);
}
