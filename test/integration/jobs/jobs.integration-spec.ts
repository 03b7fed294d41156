import { freshDatabase, jobsInstance, until } from './jobs-helpers';

describe('JobsService (pg-boss on the application database)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.drop());

  it('writes a job only when the business transaction commits, and runs it once', async () => {
    const a = await jobsInstance(db.url);
    const seen: string[] = [];
    a.jobs.work<{ n: string }>('test-commit', ({ n }) => {
      seen.push(n);
      return Promise.resolve();
    });
    await a.start();
    try {
      await a.ds
        .transaction(async (tx) => {
          await a.jobs.enqueue('test-commit', { n: 'rolled-back' }, tx);
          throw new Error('business failure');
        })
        .catch(() => undefined);
      const id = await a.ds.transaction((tx) => a.jobs.enqueue('test-commit', { n: 'committed' }, tx));
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await until(
        () => seen,
        (s) => s.length >= 1,
      );
      await new Promise((r) => setTimeout(r, 1200)); // a second run would show up by now
      expect(seen).toEqual(['committed']);
      const [job] = await a.ds.query<{ state: string }[]>(`SELECT state FROM pgboss.job WHERE id = $1`, [id]);
      expect(job.state).toBe('completed');
    } finally {
      await a.stop();
    }
  });

  it('deduplicates by singletonKey and refuses an unknown queue or a call outside a transaction', async () => {
    const a = await jobsInstance(db.url);
    a.jobs.work('test-dedup', () => Promise.resolve());
    try {
      await a.start();
      const first = await a.ds.transaction((tx) =>
        a.jobs.enqueue('test-dedup', {}, tx, {
          singletonKey: 'k:1',
          startAfter: new Date(Date.now() + 60_000),
        }),
      );
      const second = await a.ds.transaction((tx) =>
        a.jobs.enqueue('test-dedup', {}, tx, { singletonKey: 'k:1' }),
      );
      expect(first).not.toBeNull();
      expect(second).toBeNull();
      await expect(a.ds.transaction((tx) => a.jobs.enqueue('nobody-handles-this', {}, tx))).rejects.toThrow(
        /no handler/,
      );
      await expect(a.jobs.enqueue('test-dedup', {}, a.ds.manager)).rejects.toThrow(
        /inside the business transaction/,
      );
    } finally {
      await a.stop();
    }
  });

  it('enqueues many jobs in one call inside the transaction: skips queued keys, writes none on rollback', async () => {
    const a = await jobsInstance(db.url);
    const seen: string[] = [];
    a.jobs.work<{ n: string }>('test-many', ({ n }) => {
      seen.push(n);
      return Promise.resolve();
    });
    try {
      await a.start();
      const job = (n: string) => ({ data: { n }, options: { singletonKey: `many:${n}` } });
      await a.ds
        .transaction(async (tx) => {
          await a.jobs.enqueueMany('test-many', [job('rolled-back')], tx);
          throw new Error('business failure');
        })
        .catch(() => undefined);
      await a.ds.transaction((tx) => a.jobs.enqueueMany('test-many', [job('a'), job('b')], tx));
      await a.ds.transaction((tx) => a.jobs.enqueueMany('test-many', [job('b'), job('c')], tx));
      await until(
        () => seen,
        (s) => s.length >= 3,
      );
      await new Promise((r) => setTimeout(r, 1200)); // a duplicate run would show up by now
      expect([...seen].sort()).toEqual(['a', 'b', 'c']);
      await expect(a.jobs.enqueueMany('test-many', [job('d')], a.ds.manager)).rejects.toThrow(
        /inside the business transaction/,
      );
      await expect(
        a.ds.transaction((tx) => a.jobs.enqueueMany('nobody-handles-this', [job('e')], tx)),
      ).rejects.toThrow(/no handler/);
    } finally {
      await a.stop();
    }
  });

  it('runs each of 40 jobs exactly once across two instances on one database', async () => {
    const runs = new Map<number, string[]>();
    const instances = await Promise.all([jobsInstance(db.url), jobsInstance(db.url)]);
    instances.forEach((inst, i) =>
      inst.jobs.work<{ n: number }>(
        'test-shared',
        async ({ n }) => {
          runs.set(n, [...(runs.get(n) ?? []), `instance-${i}`]);
          await new Promise((r) => setTimeout(r, 20));
        },
        { batchSize: 2 },
      ),
    );
    await Promise.all(instances.map((i) => i.start()));
    try {
      await instances[0].ds.transaction(async (tx) => {
        for (let n = 0; n < 40; n++) await instances[0].jobs.enqueue('test-shared', { n }, tx);
      });
      await until(
        () => runs.size,
        (s) => s === 40,
      );
      await new Promise((r) => setTimeout(r, 1200));
      expect([...runs.values()].every((r) => r.length === 1)).toBe(true);
      const by = new Set([...runs.values()].flat());
      expect(by.size).toBe(2); // both instances took part
    } finally {
      await Promise.all(instances.map((i) => i.stop()));
    }
  });

  it('retries a failing job up to its bound, then dead-letters it; retry runs it again', async () => {
    const a = await jobsInstance(db.url);
    let attempts = 0;
    let healed = false;
    a.jobs.work(
      'test-failing',
      () => {
        attempts++;
        if (!healed) return Promise.reject(new Error(`processor down (attempt ${attempts})`));
        return Promise.resolve();
      },
      { retryLimit: 2 },
    );
    await a.start();
    try {
      const id = (await a.ds.transaction((tx) => a.jobs.enqueue('test-failing', { order: 7 }, tx)))!;
      const page = await until(
        () => a.jobs.listFailed(10),
        (p) => p.edges.some((e) => e.node.id === id),
      );
      expect(attempts).toBe(3);
      expect(page.edges.find((e) => e.node.id === id)!.node).toMatchObject({
        name: 'test-failing',
        state: 'failed',
        data: { order: 7 },
        error: 'processor down (attempt 3)',
        attempts: 3,
      });
      healed = true;
      await a.jobs.retry(id);
      await until(
        async () =>
          (await a.ds.query<{ state: string }[]>(`SELECT state FROM pgboss.job WHERE id = $1`, [id]))[0]
            .state,
        (s) => s === 'completed',
      );
      expect(attempts).toBe(4);
      expect((await a.jobs.listFailed(10)).edges.some((e) => e.node.id === id)).toBe(false);
    } finally {
      await a.stop();
    }
  });

  it('drains on shutdown: stop waits for a running handler to finish', async () => {
    const a = await jobsInstance(db.url);
    let finished = false;
    let started = false;
    a.jobs.work('test-slow', async () => {
      started = true;
      await new Promise((r) => setTimeout(r, 1500));
      finished = true;
    });
    await a.start();
    const id = await a.ds.transaction((tx) => a.jobs.enqueue('test-slow', {}, tx));
    await until(
      () => started,
      (s) => s,
    );
    await a.jobs.beforeApplicationShutdown();
    expect(finished).toBe(true);
    const [job] = await a.ds.query<{ state: string }[]>(`SELECT state FROM pgboss.job WHERE id = $1`, [id]);
    expect(job.state).toBe('completed');
    await a.ds.destroy();
  });
});
