import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../../core/auth/roles';
import { preparedQuery } from '../../core/database/prepared';
import { encodeCursor, parsePage } from '../../core/pagination/cursor';
import { PseudonymsService, QualificationsService } from '../contractors/contractors.module';
import { ProfessionsService } from '../professions/professions.module';
import { ModelReads, TaskColumnsRow, TaskEntity, TasksService } from '../tasks/tasks.module';
import { EligibilityModel } from './dto/eligibility.model';
import { FeedConnection } from './dto/feed.model';
import { ContractorMatchesModel } from './dto/contractor-matches.model';
import {
  contractorSource,
  EligibilityRule,
  eligibilityRules,
  eligiblePredicate,
  TASK_STATE_RULES,
  YEARS_IN_TASK_CODE,
} from './eligibility-rules';
import { FEED_COUNT_SQL, FEED_CURSOR_KEY, feedPageSql } from './feed-query';
import { reasonFor } from './reasons';

/** How many column lists (client selections) the feed prepares statements for. */
const FEED_COLUMN_LISTS = 16;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may work on what. Every answer — the feed, "why not", the claim's check and the
 * requester's sizing — is computed in SQL from the one rule set in eligibility-rules.ts.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TasksService,
    private readonly professions: ProfessionsService,
    private readonly qualifications: QualificationsService,
    private readonly pseudonyms: PseudonymsService,
  ) {}

  /** The rules this contractor fails on this task (empty: it may claim it now). */
  async failedRules(taskId: string, contractorId: string, tx?: EntityManager): Promise<EligibilityRule[]> {
    const rules = eligibilityRules('$2::uuid');
    const [row] = await (tx ?? this.db.manager).query<Record<string, boolean>[]>(
      `SELECT ${rules.map((r) => `${r.sql} AS "${r.rule}"`).join(',\n')}
       FROM tasks t CROSS JOIN ${contractorSource('$2::uuid')} c WHERE t.id = $1`,
      [taskId, contractorId],
    );
    // No row: the caller is no contractor; every rule about the contractor fails.
    return rules.filter((r) => !row?.[r.rule]).map((r) => r.rule);
  }

  /** taskEligibility: each failed rule as a code and a sentence. */
  async explain(me: Principal, taskId: string): Promise<EligibilityModel> {
    const task = await this.tasks.findVisibleOrThrow(me, taskId);
    const failed = await this.failedRules(task.id, me.userId);
    return { eligible: failed.length === 0, codes: failed, reasons: await this.sentences(task, me, failed) };
  }

  async sentences(task: TaskEntity, me: Principal, failed: EligibilityRule[]): Promise<string[]> {
    if (!failed.length) return [];
    const e = task.eligibility;
    const [profession, names, [profile]] = await Promise.all([
      this.professions.findOrThrow(task.professionCode),
      this.qualifications.namesOf(e.qualificationTypeIds ?? []),
      this.db.query<{ country_code: string }[]>(
        `SELECT country_code FROM contractor_profiles WHERE user_id = $1`,
        [me.userId],
      ),
    ]);
    const context = {
      status: task.status,
      professionCode: task.professionCode,
      professionTitle: profession.title,
      minYearsExperience: e.minYearsExperience,
      countries: e.countries,
      languages: e.languages,
      qualificationNames: (e.qualificationTypeIds ?? []).map((id) => names.get(id) ?? id),
      consentTermsVersion: task.consentTermsVersion,
      purposes: task.purposes,
      maxPerContractor: task.maxPerContractor,
      contractorCountry: profile?.country_code ?? null,
    };
    return failed.map((rule) => reasonFor(rule, context));
  }

  /**
   * eligibleTasks: open tasks this contractor can claim now, best effective hourly pay first,
   * then most slots left, then newest. One query returns the page's rows (see feedPageSql); the
   * total is counted, and the escrow and measured-pay reads are made, only when a client selects
   * fields that need them (`reads`).
   */
  async feed(
    me: Principal,
    args: { first?: number; after?: string },
    reads: ModelReads,
  ): Promise<FeedConnection> {
    const page = parsePage(args.first, args.after, (key, id) => FEED_CURSOR_KEY.test(key) && UUID.test(id));
    const params: unknown[] = [me.userId];
    if (page.after) {
      const [, hourly, slots, createdAt] = FEED_CURSOR_KEY.exec(page.after.sortKey)!;
      params.push(hourly, slots, createdAt, page.after.id);
    }
    const statement = this.feedStatement(!!page.after, page.first + 1, reads.fields);
    const rows = await preparedQuery<{ key: string } & TaskColumnsRow>(
      this.db.manager,
      statement.text,
      params,
    );
    const shown = rows.slice(0, page.first);
    const models = await this.tasks.modelsFromRows(shown, reads);
    const edges = shown.map((r, i) => ({ cursor: encodeCursor(r.key, r.id), node: models[i] }));
    const count = async () => {
      const [{ n }] = await this.db.query<{ n: number }[]>(FEED_COUNT_SQL, [me.userId]);
      return n;
    };
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
      // A getter: GraphQL reads it only when the client selects totalCount.
      get totalCount() {
        return count();
      },
    };
  }

  /**
   * The prepared statement of a feed page: its name and text (see feedPageSql), made once. The
   * page reads the task columns the selected fields need; clients choose selections and each
   * list makes statements on every pooled connection, so past FEED_COLUMN_LISTS lists a new
   * selection reads all columns. `fields` is a set selectedFields remembers for a parsed query,
   * so the list is looked up by that set.
   */
  private feedStatement(
    after: boolean,
    limit: number,
    fields?: ReadonlySet<string>,
  ): { name: string; text: string } {
    let columns = fields && this.feedColumnsBySelection.get(fields);
    if (!columns) {
      const list = this.tasks.columnsOf('f', fields);
      let n = this.feedColumnLists.get(list);
      if (n === undefined && this.feedColumnLists.size < FEED_COLUMN_LISTS)
        this.feedColumnLists.set(list, (n = this.feedColumnLists.size));
      columns =
        n === undefined ? { list: this.tasks.columnsOf('f'), name: 'all' } : { list, name: String(n) };
      if (fields) this.feedColumnsBySelection.set(fields, columns);
    }
    const name = `feed-page:${after ? 'after' : 'first'}:${limit}:${columns.name}`;
    let text = this.feedTexts.get(name);
    if (text === undefined) this.feedTexts.set(name, (text = feedPageSql(after, limit, columns.list)));
    return { name, text };
  }
  private readonly feedColumnLists = new Map<string, number>();
  private readonly feedColumnsBySelection = new WeakMap<
    ReadonlySet<string>,
    { list: string; name: string }
  >();
  /** By statement name: at most 2 × 100 page sizes × (FEED_COLUMN_LISTS + 1) lists. */
  private readonly feedTexts = new Map<string, string>();

  /**
   * matchContractors: how many contractors could claim the task if it were open, how many fail
   * each rule, and a sample of the eligible ones (most experienced first) under pseudonyms of
   * the task's organisation.
   */
  async sizing(me: Principal, taskId: string, first: number): Promise<ContractorMatchesModel> {
    const task = await this.tasks.findVisibleOrThrow(me, taskId);
    const rules = eligibilityRules('c.user_id').filter((r) => !TASK_STATE_RULES.has(r.rule));
    const from = `FROM tasks t CROSS JOIN ${contractorSource()} c WHERE t.id = $1`;
    const [counts] = await this.db.query<Record<string, number>[]>(
      `SELECT count(*) FILTER (WHERE ${eligiblePredicate('c.user_id', TASK_STATE_RULES)})::int AS eligible,
         ${rules.map((r) => `count(*) FILTER (WHERE NOT ${r.sql})::int AS "${r.rule}"`).join(',\n')}
       ${from}`,
      [task.id],
    );
    const sample = await this.db.query<
      { user_id: string; country_code: string; languages: string[]; years: number }[]
    >(
      `SELECT c.user_id, c.country_code, c.languages, ${YEARS_IN_TASK_CODE} AS years
       ${from} AND ${eligiblePredicate('c.user_id', TASK_STATE_RULES)}
       ORDER BY years DESC, c.user_id LIMIT $2`,
      [task.id, first],
    );
    return {
      taskId: task.id,
      eligibleCount: counts.eligible,
      failing: rules.map((r) => ({ rule: r.rule, count: counts[r.rule] })),
      sample: sample.map((s) => ({
        pseudonym: this.pseudonyms.of(task.organizationId, s.user_id),
        yearsExperience: s.years,
        countryCode: s.country_code,
        languages: s.languages,
      })),
    };
  }
}
