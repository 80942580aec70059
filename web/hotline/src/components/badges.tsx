/** Status badges and the version line every result and answer carries. */
import { formatDay, useStrings } from '../i18n';
import type { SearchStatus } from '../types';

export function StatusBadge({ status }: { status: SearchStatus }) {
  const t = useStrings();
  if (status === 'inForce') return null;
  return <span class={`badge badge-${status}`} data-status={status}>{t.status[status]}</span>;
}

export type VersionInfo = { version: number; contentHash: string | null; effectiveFrom: string | null; effectiveTo?: string | null };

/** 第1版 · 2026-01-01 起 · #130c0832 — what a call record cites. */
export function VersionLine({ info }: { info: VersionInfo }) {
  const t = useStrings();
  const short = info.contentHash?.slice(0, 8);
  return (
    <span class="version-line">
      <span class="version">{t.version(info.version)}</span>
      {info.effectiveFrom && <span class="dates"> · {t.from(formatDay(info.effectiveFrom))}{info.effectiveTo ? ` ${t.until(formatDay(info.effectiveTo))}` : ''}</span>}
      {short && <span class="hash" title={`${t.hash} ${info.contentHash}`} data-hash={info.contentHash}> · #{short}</span>}
    </span>
  );
}
