import type { TaskConnection } from '../../tasks/tasks.module';

/**
 * A TaskConnection whose total is counted only if the client selects totalCount: the property
 * is a getter returning a promise, which GraphQL awaits like any field value.
 */
export type FeedConnection = Omit<TaskConnection, 'totalCount'> & { readonly totalCount: Promise<number> };
