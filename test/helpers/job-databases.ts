import { afterAll, beforeAll, beforeEach } from "vitest";
import { type OpenDatabase, openDatabase } from "../../adapters/db/database.ts";
import { freshDatabase, type TestDialect } from "./databases.ts";

/** The storage two instances of the service share: `first` and `second` are connection pools on it. */
export interface TwoInstances {
  /** The fresh, migrated database (the first instance's pool). */
  first: Awaited<ReturnType<typeof freshDatabase>>;
  /** A second connection pool on the same storage, as a second instance of the service would have. */
  second: OpenDatabase;
}

/**
 * Sets up, for the calling `describe` block, a fresh migrated database of the dialect (`beforeAll`), a
 * second connection pool on the same storage, and empties the job table before each test; both pools
 * close and the database is dropped in `afterAll`. The returned object's fields are set once
 * `beforeAll` has run: read them inside the tests.
 */
export function twoInstancesOnOneDatabase(dialect: TestDialect): TwoInstances {
  const instances = {} as TwoInstances;
  beforeAll(async () => {
    instances.first = await freshDatabase(dialect);
    instances.second = await openDatabase(instances.first.location);
  });
  afterAll(async () => {
    await instances.second?.close();
    await instances.first?.dispose();
  });
  beforeEach(async () => {
    await instances.first.db.job.deleteMany({});
  });
  return instances;
}
