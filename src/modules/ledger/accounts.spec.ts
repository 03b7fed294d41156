import { Accounts, isAccountName, mustStayNonNegative, parseAccount } from './accounts';

const ORG = '5b0e1a52-6a43-4c3e-9a57-0b6b2f0f7a11';
const TASK = '9d1c3c7e-2f7b-4b11-8d55-3b9ab6d0c2e4';
const USER = 'c0ffee00-0000-4000-8000-000000000001';

describe('ledger accounts', () => {
  it('builds the account names the ledger uses', () => {
    expect(Accounts.processorClearing).toBe('processor:clearing');
    expect(Accounts.platformRevenue).toBe('platform:revenue');
    expect(Accounts.taskEscrow(ORG, TASK)).toBe(`org:${ORG}:escrow:task:${TASK}`);
    expect(Accounts.orgEscrowPrefix(ORG)).toBe(`org:${ORG}:escrow:`);
    expect(Accounts.contractorPayable(USER)).toBe(`contractor:${USER}:payable`);
  });

  it('refuses ids that would change the shape of a name', () => {
    expect(() => Accounts.taskEscrow('a:b', TASK)).toThrow(/orgId/);
    expect(() => Accounts.contractorPayable('')).toThrow(/userId/);
    expect(() => Accounts.taskEscrow(ORG, 'x y')).toThrow(/taskId/);
  });

  it('parses what it builds, and nothing else', () => {
    expect(parseAccount(Accounts.processorClearing)).toEqual({ kind: 'PROCESSOR_CLEARING' });
    expect(parseAccount(Accounts.platformRevenue)).toEqual({ kind: 'PLATFORM_REVENUE' });
    expect(parseAccount(Accounts.taskEscrow(ORG, TASK))).toEqual({
      kind: 'TASK_ESCROW',
      orgId: ORG,
      taskId: TASK,
    });
    expect(parseAccount(Accounts.contractorPayable(USER))).toEqual({
      kind: 'CONTRACTOR_PAYABLE',
      userId: USER,
    });
    for (const other of [
      'processor:fees',
      'org:x:escrow',
      'contractor:u:paid',
      'Org:x:escrow:task:t',
      'nope',
      '',
    ])
      expect(parseAccount(other)).toBeNull();
  });

  it('knows well-formed names', () => {
    expect(isAccountName('processor:fees')).toBe(true);
    for (const bad of ['processor', 'processor:', ':x', 'a b:c', 'Upper:x', `a:${'x'.repeat(200)}`])
      expect(isAccountName(bad)).toBe(false);
  });

  it('marks escrow and payables as accounts that never go below zero', () => {
    expect(mustStayNonNegative(Accounts.taskEscrow(ORG, TASK))).toBe(true);
    expect(mustStayNonNegative(Accounts.contractorPayable(USER))).toBe(true);
    expect(mustStayNonNegative(Accounts.processorClearing)).toBe(false);
    expect(mustStayNonNegative(Accounts.platformRevenue)).toBe(false);
  });
});
