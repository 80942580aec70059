/**
 * How long agents wait: from the keystroke that produced a query to its results on screen
 * (debounce, request and rendering included). Kept on `window.__hotlineTimings` for tests and
 * for anyone checking in the browser's console.
 */
export type Timing = { query: string; keystrokeToResultsMs: number; requestMs: number; results: number };

declare global {
  interface Window {
    __hotlineTimings?: Timing[];
  }
}

export function recordTiming(timing: Timing): void {
  const list = (window.__hotlineTimings ??= []);
  list.push(timing);
  if (list.length > 200) list.shift();
}
