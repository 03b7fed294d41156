import { readFileSync } from 'node:fs';
import { scanText } from './index';
import { PII_TYPES, type PiiFinding, type PiiScanResult, type PiiType } from './types';

/** One labelled sample of a fixture (`*.jsonl`, one JSON object a line). */
export interface CorpusSample {
  text: string;
  spans: PiiFinding[];
}

export interface TypeScore {
  planted: number;
  found: number;
  recall: number;
}

export interface Miss {
  sample: number;
  type: PiiType;
  text: string;
  coverage: number;
}

export interface FalsePositive {
  sample: number;
  type: PiiType;
  text: string;
}

export interface EvalReport {
  samples: number;
  planted: number;
  found: number;
  recall: number;
  findings: number;
  falsePositives: number;
  precision: number;
  typeAccuracy: number;
  perType: Record<PiiType, TypeScore>;
  misses: Miss[];
  falsePositiveList: FalsePositive[];
  mistyped: Miss[];
}

/** The quality gate of issue 4. */
export const TARGETS = { recall: 0.97, perTypeRecall: 0.9, precision: 0.95 } as const;

/** A planted span is found when findings cover at least this share of its characters. */
const COVERAGE_TO_COUNT = 0.9;

export function loadCorpus(path: string): CorpusSample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusSample);
}

export function evaluate(
  samples: readonly CorpusSample[],
  scan: (text: string) => PiiScanResult = scanText,
): EvalReport {
  const perType = Object.fromEntries(
    PII_TYPES.map((t) => [t, { planted: 0, found: 0, recall: 1 }]),
  ) as Record<PiiType, TypeScore>;
  const report: EvalReport = {
    samples: samples.length,
    planted: 0,
    found: 0,
    recall: 1,
    findings: 0,
    falsePositives: 0,
    precision: 1,
    typeAccuracy: 1,
    perType,
    misses: [],
    falsePositiveList: [],
    mistyped: [],
  };
  let typedRight = 0;
  samples.forEach((sample, index) => {
    const { findings } = scan(sample.text);
    report.findings += findings.length;
    for (const f of findings) {
      if (!sample.spans.some((s) => overlap(s, f) > 0)) {
        report.falsePositives++;
        report.falsePositiveList.push({
          sample: index,
          type: f.type,
          text: sample.text.slice(f.start, f.end),
        });
      }
    }
    for (const span of sample.spans) {
      const score = perType[span.type];
      score.planted++;
      report.planted++;
      const covered = findings.reduce((sum, f) => sum + overlap(span, f), 0);
      const coverage = covered / (span.end - span.start);
      const text = sample.text.slice(span.start, span.end);
      if (coverage < COVERAGE_TO_COUNT) {
        report.misses.push({ sample: index, type: span.type, text, coverage });
        continue;
      }
      score.found++;
      report.found++;
      const best = findings.reduce<PiiFinding | undefined>(
        (b, f) => (b === undefined || overlap(span, f) > overlap(span, b) ? f : b),
        undefined,
      );
      if (best?.type === span.type) typedRight++;
      else report.mistyped.push({ sample: index, type: span.type, text, coverage });
    }
  });
  for (const score of Object.values(perType))
    score.recall = score.planted === 0 ? 1 : score.found / score.planted;
  report.recall = report.planted === 0 ? 1 : report.found / report.planted;
  report.precision = report.findings === 0 ? 1 : (report.findings - report.falsePositives) / report.findings;
  report.typeAccuracy = report.found === 0 ? 1 : typedRight / report.found;
  return report;
}

/** The targets a report misses, in words; empty when the gate passes. */
export function missedTargets(report: EvalReport): string[] {
  const missed: string[] = [];
  if (report.recall < TARGETS.recall) missed.push(`recall ${report.recall.toFixed(3)} < ${TARGETS.recall}`);
  if (report.precision < TARGETS.precision) {
    missed.push(`precision ${report.precision.toFixed(3)} < ${TARGETS.precision}`);
  }
  for (const [type, score] of Object.entries(report.perType)) {
    if (score.planted > 0 && score.recall < TARGETS.perTypeRecall) {
      missed.push(`${type} recall ${score.recall.toFixed(3)} < ${TARGETS.perTypeRecall}`);
    }
  }
  return missed;
}

function overlap(a: PiiFinding, b: PiiFinding): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
