import { ProfessionsService } from '../../../src/modules/professions/professions.service';
import { createTestApp, registerUser, TestApp } from '../../setup/test-app';

describe('professions (SOC 2018)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('returns all 1,447 codes with their parents', async () => {
    const { token } = await registerUser(t, 'CONTRACTOR');
    const r = await t.gql<{ professions: { code: string; title: string; parentCode: string | null }[] }>(
      `{ professions { code title parentCode } }`,
      {},
      token,
    );
    const list = r.data.professions;
    expect(list).toHaveLength(1447);
    const byCode = new Map(list.map((p) => [p.code, p]));
    expect(byCode.get('43-4051')).toEqual({
      code: '43-4051',
      title: 'Customer Service Representatives',
      parentCode: '43-4050',
    });
    expect(byCode.get('43-4050')?.parentCode).toBe('43-4000');
    expect(byCode.get('43-4000')?.parentCode).toBe('43-0000');
    expect(byCode.get('43-0000')).toMatchObject({
      title: 'Office and Administrative Support Occupations',
      parentCode: null,
    });
    expect(list.filter((p) => p.parentCode === null)).toHaveLength(23); // the SOC major groups
  });

  it('answers "is occupation X inside group Y"', async () => {
    const service = t.app.get(ProfessionsService);
    expect(await service.isWithin('43-4051', '43-0000')).toBe(true);
    expect(await service.isWithin('43-4051', '43-4050')).toBe(true);
    expect(await service.isWithin('43-4051', '43-4051')).toBe(true);
    expect(await service.isWithin('43-4051', '15-0000')).toBe(false);
    expect(await service.lineage('15-1252')).toEqual(['15-1252', '15-1250', '15-1200', '15-0000']);
  });

  it('is not open to anonymous callers', async () => {
    const r = await t.gql(`{ professions { code } }`);
    expect(r.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
