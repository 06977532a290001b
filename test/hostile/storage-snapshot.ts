/**
 * "Records changed", as the hostile suites count them: the row count of every model in the Prisma
 * schema, before and after, except the periodic sweeps the job runner schedules for itself.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../../adapters/db/database.ts";
import { projectRoot } from "../helpers/processes.ts";

/** Row counts by model name. */
export type StorageCounts = Record<string, number>;

/** Counts the rows of every model. */
export async function storageCounts(db: Db): Promise<StorageCounts> {
  const schema = readFileSync(join(projectRoot, "prisma/schema.prisma"), "utf8");
  const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
  const delegates = db as unknown as Record<string, { count(): Promise<number> } | undefined>;
  const out: StorageCounts = {};
  for (const model of models) {
    const delegate = delegates[model[0]!.toLowerCase() + model.slice(1)];
    if (delegate) out[model] = await delegate.count();
  }
  out.Job = await db.job.count({ where: { NOT: { kind: { endsWith: "_sweep" } } } });
  return out;
}

/**
 * Rows changed between two counts beyond the `allowed` growth per model (what the input was meant to
 * create: a conversation per chat opened, an update-log row per Telegram update). Lists each model
 * off by any amount, and the total of the differences.
 */
export function recordsChanged(
  before: StorageCounts,
  after: StorageCounts,
  allowed: Record<string, number> = {},
): { total: number; models: string[] } {
  let total = 0;
  const models: string[] = [];
  for (const [model, count] of Object.entries(after)) {
    const delta = count - (before[model] ?? 0) - (allowed[model] ?? 0);
    if (delta !== 0) {
      total += Math.abs(delta);
      models.push(`${model} ${before[model]} → ${count} (allowed +${allowed[model] ?? 0})`);
    }
  }
  return { total, models };
}
