import { join } from 'node:path';
import { evaluate, loadCorpus, missedTargets, TARGETS } from './evaluate';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'pii');

describe.each(['dev-corpus.jsonl', 'hard-corpus.jsonl'])('quality gate on %s', (fixture) => {
  const report = evaluate(loadCorpus(join(FIXTURES, fixture)));

  it('has labelled samples to score', () => {
    expect(report.samples).toBeGreaterThanOrEqual(80);
    expect(report.planted).toBeGreaterThan(0);
  });

  it(`meets recall >= ${TARGETS.recall} overall and >= ${TARGETS.perTypeRecall} per type`, () => {
    expect(report.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    for (const score of Object.values(report.perType)) {
      if (score.planted > 0) expect(score.recall).toBeGreaterThanOrEqual(TARGETS.perTypeRecall);
    }
  });

  it(`meets precision >= ${TARGETS.precision}`, () => {
    expect(report.precision).toBeGreaterThanOrEqual(TARGETS.precision);
  });

  it('reports no missed target', () => {
    expect(missedTargets(report)).toEqual([]);
  });
});

describe('evaluate scoring rules', () => {
  const sample = {
    text: 'Call Laura Doe at home.',
    spans: [{ type: 'PERSON_NAME' as const, start: 5, end: 14 }],
  };

  it('counts a span found at >= 90 % coverage and a finding on no span as a false positive', () => {
    const report = evaluate([sample], () => ({
      findings: [
        { type: 'PERSON_NAME', start: 5, end: 13 },
        { type: 'URL', start: 18, end: 22 },
      ],
      redacted: '',
    }));
    expect(report.found).toBe(0);
    expect(report.falsePositives).toBe(1);
    expect(report.precision).toBe(0.5);
  });

  it('scores type accuracy on found spans', () => {
    const report = evaluate([sample], () => ({
      findings: [{ type: 'EMAIL', start: 5, end: 14 }],
      redacted: '',
    }));
    expect(report.recall).toBe(1);
    expect(report.typeAccuracy).toBe(0);
  });
});
