/** pg-boss's tables live in their own schema of the application's database. Kept free of imports:
 * the test setup installs this schema without loading the application. */
export const JOBS_SCHEMA = 'pgboss';
