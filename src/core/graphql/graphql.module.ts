import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { SafeIntResolver } from 'graphql-scalars';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LIMIT_PREFIX, makeErrorFormatter } from './format-error';
import { queryCostRule } from './query-cost';

const MAX_TOKENS = 2000;
/**
 * The largest worst-case result an operation may ask for, in field values (see query-cost.ts):
 * a full page of 100 tasks with every field costs about 5 000; fifteen full pages of rate rows
 * (about 10 500) or fifteen copies of every rate table's rows do not pass.
 */
const MAX_QUERY_COST = 10_000;
/** Items assumed for a list without paging (rate tables, a task's purposes). */
const DEFAULT_LIST_SIZE = 10;

export const SafeInt = SafeIntResolver;

const logger = new Logger('GraphQL');

/**
 * Responses carry personal and money data: no cache may store them. Said here rather than by
 * Apollo's cache-control plugin (disabled below), which computed a policy for every resolved value
 * — an object and two closures per field, a few percent of a 20-task page — only to arrive at the
 * same `no-store`, since this API gives no cache hints.
 */
const noStore: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    });
  },
};

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const production = config.nodeEnv === 'production';
        const armor = new ApolloArmor({
          maxDepth: { n: 12, exposeLimits: false, errorMessage: `${LIMIT_PREFIX} it is nested too deep` },
          maxAliases: {
            n: 15,
            exposeLimits: false,
            errorMessage: `${LIMIT_PREFIX} it uses too many aliases`,
          },
          // Tokens are limited by graphql-js's own parser (parseOptions below): armor's token plugin
          // throws outside Apollo's parse step, which turns a refusal into an HTTP 500.
          maxTokens: { enabled: false },
          maxDirectives: {
            n: 20,
            exposeLimits: false,
            errorMessage: `${LIMIT_PREFIX} it uses too many directives`,
          },
          // Armor's cost ignores list sizes; queryCostRule (below) multiplies by them instead.
          costLimit: { enabled: false },
          blockFieldSuggestion: { enabled: production },
        }).protect();
        return {
          autoSchemaFile: config.schemaFile === false ? true : config.schemaFile,
          buildSchemaOptions: { addNewlineAtEnd: true }, // byte-identical to the committed schema.gql
          sortSchema: true,
          path: '/graphql',
          graphiql: !production,
          playground: false,
          introspection: !production,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          plugins: [ApolloServerPluginCacheControlDisabled(), noStore, ...armor.plugins],
          parseOptions: { maxTokens: MAX_TOKENS },
          validationRules: [
            ...armor.validationRules,
            queryCostRule({
              maxCost: MAX_QUERY_COST,
              defaultListSize: DEFAULT_LIST_SIZE,
              message: `${LIMIT_PREFIX} it would cost too much`,
            }),
          ],
          fieldResolverEnhancers: ['guards'],
          context: ({ request }: { request: unknown }) => ({ req: request }),
          formatError: makeErrorFormatter(
            (err, path) =>
              logger.error(
                { err, path: path?.join('.') },
                'unexpected error while resolving a GraphQL request',
              ),
            { hideSuggestions: production },
          ),
        };
      },
    }),
  ],
})
export class AppGraphQLModule {}
