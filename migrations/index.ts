import { Foundation1764160000000 } from './1764160000000-foundation';
import { SeedSoc20181764160000001 } from './1764160000001-seed-soc2018';

/** Registered as classes (not globs) so the same list works under ts-jest and from dist. */
export const MIGRATIONS = [Foundation1764160000000, SeedSoc20181764160000001];
