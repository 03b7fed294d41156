import { DataSource } from 'typeorm';
import { ClaimsService } from '../../../src/modules/claims/claims.module';
import { createTestApp, TestApp } from '../../setup/test-app';
import {
  CLAIM_TASK,
  eligibleContractors,
  expectBalanced,
  ok,
  RELEASE_CLAIM,
} from '../matching/matching-helpers';
import { escrowOf, fundedOpenTask, requester, transition } from '../tasks/tasks-helpers';

const HOUR = 3600_000;
const later = (ms: number) => new Date(Date.now() + ms);

describe('claims: release, expiry, pause, close', () => {
  let t: TestApp;
  let req: string;
  let cs: { id: string; token: string }[];
  let claims: ClaimsService;
  beforeAll(async () => {
    t = await createTestApp();
    req = await requester(t);
    cs = await eligibleContractors(t, 6);
    claims = t.app.get(ClaimsService);
  }, 60_000);
  afterAll(() => t.close());
  afterEach(() => expectBalanced(t));

  const claim = async (taskId: string, token: string) =>
    ok(await t.gql(CLAIM_TASK, { id: taskId }, token)).claimTask as {
      id: string;
      expiresAt: string;
      claimedAt: string;
    };
  const slotsOf = async (taskId: string) =>
    (await t.sql(`SELECT slots_remaining FROM tasks WHERE id = $1`, [taskId]))[0].slots_remaining as number;
  const statusOf = async (claimId: string) =>
    (await t.sql(`SELECT status FROM claims WHERE id = $1`, [claimId]))[0].status as string;

  it("expiresAt is the claim time plus the task's claim time limit", async () => {
    const task = await fundedOpenTask(t, req, { slots: 2, claimTimeLimitMinutes: 45 });
    const c = await claim(task.id, cs[0].token);
    expect(Date.parse(c.expiresAt) - Date.parse(c.claimedAt)).toBe(45 * 60_000);
  });

  it('releasing returns the slot and lets the contractor claim again; a second release is refused', async () => {
    const task = await fundedOpenTask(t, req, { slots: 1 });
    const c = await claim(task.id, cs[0].token);
    expect(await slotsOf(task.id)).toBe(0);
    const released = ok(await t.gql(RELEASE_CLAIM, { id: c.id }, cs[0].token)).releaseClaim;
    expect(released).toMatchObject({ status: 'RELEASED', task: { slotsRemaining: 1 } });
    const again = await t.gql(RELEASE_CLAIM, { id: c.id }, cs[0].token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLAIM_NOT_ACTIVE' });
    const other = await t.gql(RELEASE_CLAIM, { id: c.id }, cs[1].token);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    await claim(task.id, cs[0].token);
    expect(await slotsOf(task.id)).toBe(0);
  });

  it('expiry returns the slot, only once the deadline has passed, and only once', async () => {
    const task = await fundedOpenTask(t, req, { slots: 2, claimTimeLimitMinutes: 60 });
    const c = await claim(task.id, cs[0].token);
    expect(await claims.expireClaim(c.id, later(30 * 60_000))).toBe(false);
    expect(await statusOf(c.id)).toBe('ACTIVE');
    expect(await claims.expireDue(later(2 * HOUR))).toBeGreaterThanOrEqual(1);
    expect(await statusOf(c.id)).toBe('EXPIRED');
    expect(await slotsOf(task.id)).toBe(2);
    expect(await claims.expireClaim(c.id, later(2 * HOUR))).toBe(false);
    expect(await slotsOf(task.id)).toBe(2);
    const [counter] = await t.sql(`SELECT held FROM claim_counters WHERE task_id = $1`, [task.id]);
    expect(counter.held).toBe(0);
  });

  it('a release racing the expiry ends in exactly one state, and the slot comes back once', async () => {
    const task = await fundedOpenTask(t, req, { slots: 1 });
    for (let i = 0; i < 15; i++) {
      const c = await claim(task.id, cs[0].token);
      const [released, expired] = await Promise.all([
        t.gql(RELEASE_CLAIM, { id: c.id }, cs[0].token),
        claims.expireClaim(c.id, later(2 * HOUR)),
      ]);
      const status = await statusOf(c.id);
      expect(status === 'RELEASED' ? !released.errors && !expired : released.errors && expired).toBeTruthy();
      expect(['RELEASED', 'EXPIRED']).toContain(status);
      expect(await slotsOf(task.id)).toBe(1);
    }
  });

  it('pausing stops new claims; an ACTIVE claim keeps its slot and deadline', async () => {
    const task = await fundedOpenTask(t, req, { slots: 3 });
    const c = await claim(task.id, cs[0].token);
    ok(await t.gql(transition('pauseTask'), { id: task.id }, req));
    const refused = await t.gql(CLAIM_TASK, { id: task.id }, cs[1].token);
    expect(refused.errors?.[0].extensions.code).toMatch(/NOT_FOUND|CONFLICT/);
    const [row] = await t.sql<{ status: string; expires_at: Date }>(
      `SELECT status, expires_at FROM claims WHERE id = $1`,
      [c.id],
    );
    expect(row.status).toBe('ACTIVE');
    expect(row.expires_at.toISOString()).toBe(new Date(c.expiresAt).toISOString());
    expect(await slotsOf(task.id)).toBe(2);
    ok(await t.gql(transition('resumeTask'), { id: task.id }, req));
    await claim(task.id, cs[1].token);
    expect(await slotsOf(task.id)).toBe(1);
  });

  for (const action of ['closeTask', 'cancelTask'] as const)
    it(`${action} with 3 ACTIVE claims keeps exactly their price in escrow; each ending claim then returns its share`, async () => {
      const task = await fundedOpenTask(t, req, { slots: 5 });
      const cost = BigInt(task.requesterCost.amountMinor);
      const held = [];
      for (const c of cs.slice(0, 3)) held.push(await claim(task.id, c.token));
      expect(await escrowOf(t, task.id)).toBe(5n * cost);
      const closed = ok(await t.gql(transition(action), { id: task.id }, req))[action];
      expect(BigInt(closed.escrowBalance.amountMinor)).toBe(3n * cost);
      expect(await escrowOf(t, task.id)).toBe(3n * cost);
      const refunds = await t.sql<{ amount: string }>(
        `SELECT amount::bigint AS amount FROM escrow_refunds WHERE task_id = $1`,
        [task.id],
      );
      expect(refunds.map((r) => BigInt(r.amount))).toEqual([2n * cost]);

      expect(await claims.expireClaim(held[0].id, later(2 * HOUR))).toBe(true);
      expect(await escrowOf(t, task.id)).toBe(2n * cost);
      ok(await t.gql(RELEASE_CLAIM, { id: held[1].id }, cs[1].token));
      expect(await escrowOf(t, task.id)).toBe(1n * cost);
      const after = await t.sql<{ amount: string; status: string }>(
        `SELECT amount::bigint AS amount, status FROM escrow_refunds WHERE task_id = $1 ORDER BY created_at`,
        [task.id],
      );
      expect(after.map((r) => BigInt(r.amount))).toEqual([2n * cost, cost, cost]);
      expect(after.every((r) => r.status === 'SUCCEEDED')).toBe(true);
      // The third claim still holds its share until it is submitted, released or expires.
      expect(await statusOf(held[2].id)).toBe('ACTIVE');
    });
});

describe('markSubmitted (for the submissions module) racing the expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('ends in exactly one state; a claim past its deadline cannot be submitted', async () => {
    const req = await requester(t);
    const task = await fundedOpenTask(t, req, { slots: 11, maxPerContractor: 11 });
    const [c] = await eligibleContractors(t, 1);
    const claims = t.app.get(ClaimsService);
    const db = t.app.get(DataSource);
    for (let i = 0; i < 10; i++) {
      const claim = ok(await t.gql(CLAIM_TASK, { id: task.id }, c.token)).claimTask;
      const [submitted, expired] = await Promise.allSettled([
        db.transaction((tx) => claims.markSubmitted(claim.id, c.id, tx)),
        claims.expireClaim(claim.id, later(2 * HOUR)),
      ]);
      const [row] = await t.sql(`SELECT status FROM claims WHERE id = $1`, [claim.id]);
      if (row.status === 'SUBMITTED') {
        expect(submitted.status).toBe('fulfilled');
        expect(expired).toEqual({ status: 'fulfilled', value: false });
      } else {
        expect(row.status).toBe('EXPIRED');
        expect(submitted.status).toBe('rejected');
        expect(expired).toEqual({ status: 'fulfilled', value: true });
      }
    }
    const claim = ok(await t.gql(CLAIM_TASK, { id: task.id }, c.token)).claimTask;
    await t.sql(
      `UPDATE claims SET claimed_at = claimed_at - interval '2 hours', expires_at = expires_at - interval '2 hours' WHERE id = $1`,
      [claim.id],
    );
    await expect(db.transaction((tx) => claims.markSubmitted(claim.id, c.id, tx))).rejects.toMatchObject({
      reason: 'CLAIM_EXPIRED',
    });
  });
});
