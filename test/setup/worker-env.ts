// Every integration worker talks to the PostgreSQL that global-setup started.
if (!process.env.TEST_PG_SERVER_URL)
  throw new Error('TEST_PG_SERVER_URL is unset: run integration tests through jest');
process.env.NODE_ENV = 'test';
