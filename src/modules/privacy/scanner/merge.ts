import type { Candidate, PiiFinding, PiiType } from './types';

/** When spans of the same length compete, the more specific (checksummed, structured) type wins. */
const SPECIFICITY: Readonly<Record<PiiType, number>> = {
  IBAN: 10,
  CREDIT_CARD: 9,
  US_SSN: 8,
  EMAIL: 7,
  URL: 6,
  IP_ADDRESS: 5,
  DATE_OF_BIRTH: 4,
  PHONE: 3,
  STREET_ADDRESS: 2,
  PERSON_NAME: 1,
};

/** Past this many chained overlaps (only adversarial input gets there) a cluster is redacted whole. */
const MAX_CLUSTER = 64;

/**
 * Resolves overlapping candidates into sorted, disjoint findings. Candidates that overlap
 * (transitively) form a cluster; inside it the longest candidate wins (an e-mail beats the name
 * inside it, an address beats its postcode) and, at equal length, the more specific type. A
 * loser that sticks out of the winner widens it rather than leaving characters unredacted.
 */
export function mergeCandidates(candidates: Candidate[]): PiiFinding[] {
  const sorted = candidates.filter((c) => c.end > c.start).sort((x, y) => x.start - y.start || y.end - x.end);
  const out: PiiFinding[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const c of sorted) {
    if (cluster.length > 0 && c.start >= clusterEnd) {
      resolveCluster(cluster, out);
      cluster = [];
    }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length > 0) resolveCluster(cluster, out);
  return out;
}

function resolveCluster(cluster: Candidate[], out: PiiFinding[]): void {
  if (cluster.length === 1) {
    out.push({ type: cluster[0].type, start: cluster[0].start, end: cluster[0].end });
    return;
  }
  const ranked = [...cluster].sort(
    (x, y) =>
      y.end - y.start - (x.end - x.start) || SPECIFICITY[y.type] - SPECIFICITY[x.type] || x.start - y.start,
  );
  if (cluster.length > MAX_CLUSTER) {
    const start = cluster[0].start;
    const end = Math.max(...cluster.map((c) => c.end));
    out.push({ type: ranked[0].type, start, end });
    return;
  }
  const kept: PiiFinding[] = [];
  for (const c of ranked) {
    const overlapping = kept.filter((k) => k.start < c.end && c.start < k.end);
    if (overlapping.length === 0) {
      kept.push({ type: c.type, start: c.start, end: c.end });
    } else if (overlapping.length === 1) {
      const k = overlapping[0];
      k.start = Math.min(k.start, c.start);
      k.end = Math.max(k.end, c.end);
    }
  }
  kept.sort((x, y) => x.start - y.start);
  // Widening can make neighbours overlap: fold them, keeping the longer one's type.
  const merged: PiiFinding[] = [];
  for (const f of kept) {
    const prev = merged[merged.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end - f.start > prev.end - prev.start) prev.type = f.type;
      prev.end = Math.max(prev.end, f.end);
    } else {
      merged.push(f);
    }
  }
  out.push(...merged);
}
