import { rmSync } from 'node:fs';
import type { EmbeddedDatabase } from '../../src/core/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__FAIRSAMPLE_DB__ as
    { db: EmbeddedDatabase; dir: string } | undefined;
  if (!state) return;
  await state.db.stop();
  rmSync(state.dir, { recursive: true, force: true });
}
