import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { Principal, Role } from '../../core/auth/roles';
import { NotFoundError } from '../../core/errors/domain-error';
import { ConsentService } from '../consent/consent.module';
import { PseudonymsService } from '../contractors/contractors.module';
import { SCANNER_QUALITY_GATE, SCANNER_VERSION } from '../privacy/privacy.module';
import { ExportRow, SubmissionConsent } from '../submissions/submissions.module';
import { TaskEntity, TasksService } from '../tasks/tasks.module';
import { WithdrawalsService } from '../withdrawals/withdrawals.module';
import { renderDataCard } from './datacard';

/** Samples read from PostgreSQL per query: the most an export ever holds in memory. */
export const EXPORT_BATCH = 200;
/** Characters written to the reply at a time. */
const CHUNK_CHARS = 32 * 1024;

const taskNotFound = (id: string) => new NotFoundError('Task', id);

/**
 * A task's accepted, still-consented samples for its organisation: JSON Lines streamed in keyset
 * batches (each batch is read only when the client has taken the previous one), and its data card.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly tasks: TasksService,
    private readonly samples: SubmissionConsent,
    private readonly pseudonyms: PseudonymsService,
    private readonly consent: ConsentService,
    private readonly withdrawals: WithdrawalsService,
  ) {}

  /** Only the task's own organisation exports it (and admins); anyone else gets NOT_FOUND. */
  async ownTask(me: Principal, taskId: string): Promise<TaskEntity> {
    const task = await this.tasks.findVisibleOrThrow(me, taskId).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw taskNotFound(taskId);
      throw error;
    });
    if (me.role !== Role.ADMIN && task.organizationId !== me.organizationId) throw taskNotFound(taskId);
    return task;
  }

  jsonl(task: TaskEntity): Readable {
    const samples = this.samples;
    const line = (r: ExportRow) => this.line(r);
    async function* lines(): AsyncGenerator<string> {
      let after: { cursorAt: string; id: string } | undefined;
      for (;;) {
        const rows = await samples.exportBatch(task.id, EXPORT_BATCH, after);
        if (!rows.length) return;
        // Chunks of a few dozen lines: small strings die young in V8 (a whole batch joined would
        // be a large object, freed only by a full collection, and the heap would grow with it).
        let chunk = '';
        for (const row of rows) {
          chunk += line(row);
          if (chunk.length >= CHUNK_CHARS) {
            yield chunk;
            chunk = '';
          }
        }
        if (chunk) yield chunk;
        if (rows.length < EXPORT_BATCH) return;
        const last = rows[rows.length - 1];
        after = { cursorAt: last.cursorAt, id: last.id };
      }
    }
    // objectMode off with a small high-water mark: a slow client pauses the reads.
    return Readable.from(lines(), { objectMode: false, highWaterMark: 64 * 1024 });
  }

  /** The row's line, completed with the contributor's pseudonym (one per organisation). */
  private line(r: ExportRow): string {
    return `${r.json},"contributor":"${this.pseudonyms.of(r.organizationId, r.contractorId)}"}\n`;
  }

  async dataCard(task: TaskEntity): Promise<string> {
    const [stats, terms, withdrawnNotices] = await Promise.all([
      this.samples.stats(task.id),
      this.consent.listTerms(),
      this.withdrawals.countForTask(task.id),
    ]);
    return renderDataCard({
      task,
      stats,
      terms: terms.find((t) => t.version === task.consentTermsVersion) ?? null,
      withdrawnNotices,
      scanner: { version: SCANNER_VERSION, gate: SCANNER_QUALITY_GATE },
      generatedAt: new Date(),
    });
  }
}
