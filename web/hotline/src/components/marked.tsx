import type { Part } from '../marked-text';

/** Text with its matched terms in <mark>, rendered as text nodes. */
export function Marked({ parts }: { parts: readonly Part[] }) {
  return <>{parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}
