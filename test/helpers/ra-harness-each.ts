import { afterEach, beforeEach } from "vitest";
import type { TestDialect } from "./databases.ts";
import { createRaHarness, type RaHarness } from "./ra-harness.ts";

/**
 * A fresh RA harness (see `createRaHarness`) for every test of the calling `describe` block: a
 * `beforeEach` builds it on the dialect with the clock at `now`, an `afterEach` disposes it. The returned
 * object takes the new harness's fields before each test, so `h.ra`, `h.clock`, … read inside a test
 * (or in a later `beforeEach` of the block) are that test's own.
 */
export function raHarnessForEachTest(dialect: TestDialect, now?: string): RaHarness {
  const h = {} as RaHarness;
  beforeEach(async () => {
    Object.assign(h, await createRaHarness(dialect, now));
  });
  afterEach(async () => h.dispose?.());
  return h;
}
