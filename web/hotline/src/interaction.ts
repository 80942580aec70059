/**
 * One caller's question, from the first keystroke in an empty box until the agent uses an
 * answer or ends without one. The searches typed on the way are reported with the last, so
 * the server can tell typing from outcomes (src/hotline/search-outcome.ts).
 */
import { api } from './api';

type EventName = 'opened' | 'used' | 'abandoned';

export class Interaction {
  private firstKeystrokeAt: number | null = null;
  private searchIds: string[] = [];
  private used = false;

  /** A key was typed: the first one starts the clock. */
  keystroke(now = performance.now()): void {
    if (this.firstKeystrokeAt === null) this.firstKeystrokeAt = now;
  }

  /** The server logged a search of this interaction. */
  searched(searchId: string): void {
    if (!this.searchIds.includes(searchId)) this.searchIds.push(searchId);
  }

  get lastSearchId(): string | undefined {
    return this.searchIds.at(-1);
  }

  opened(code: string, searchId = this.lastSearchId): void {
    if (!searchId) return;
    const ms = this.firstKeystrokeAt === null ? undefined : Math.round(performance.now() - this.firstKeystrokeAt);
    this.send('opened', searchId, { knowledgePointCode: code, msSinceFirstKeystroke: ms });
  }

  /** The agent used the answer (copied it or the SMS): the interaction is answered. */
  usedAnswer(code: string, searchId = this.lastSearchId): void {
    if (!searchId || this.used) return;
    this.used = true;
    this.send('used', searchId, { knowledgePointCode: code });
  }

  /** The agent ended without using an answer (cleared the box, next call, left the page). */
  end(keepalive = false): void {
    const searchId = this.lastSearchId;
    if (searchId && !this.used) this.send('abandoned', searchId, {}, keepalive);
    this.firstKeystrokeAt = null;
    this.searchIds = [];
    this.used = false;
  }

  /** After an answer was used, the next keystroke starts a new interaction. */
  get concluded(): boolean {
    return this.used;
  }

  private send(event: EventName, searchId: string, extra: Record<string, unknown>, keepalive = false): void {
    const body = { event, searchId, searchIds: [...this.searchIds], ...extra };
    api.post('/api/hotline/events', body, keepalive).catch((error: unknown) => {
      // A lost event only costs a measure; the agent's work goes on.
      console.warn('hotline event not recorded', event, error);
    });
  }
}
