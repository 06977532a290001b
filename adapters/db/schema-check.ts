import Database from "better-sqlite3";
import pg from "pg";
import type { StorageLocation } from "./storage-location.ts";

/** The models and scalar fields a generated client expects, by model name. */
export type ExpectedColumns = Record<string, string[]>;

interface RuntimeDataModelLike {
  models: Record<
    string,
    { dbName: string | null; fields: { name: string; kind: string; dbName?: string | null }[] }
  >;
}

/** Reads the expected tables and columns from a generated Prisma client's runtime data model. */
export function expectedColumnsOf(client: object): ExpectedColumns {
  const model = (client as { _runtimeDataModel?: RuntimeDataModelLike })._runtimeDataModel;
  if (!model) throw new Error("the Prisma client exposes no runtime data model");
  const expected: ExpectedColumns = {};
  for (const [name, m] of Object.entries(model.models)) {
    expected[m.dbName ?? name] = m.fields
      .filter((f) => f.kind === "scalar" || f.kind === "enum")
      .map((f) => f.dbName ?? f.name);
  }
  return expected;
}

/**
 * Lists every `Table.column` the client expects that the migrated database lacks. An empty list
 * means the committed migrations cover the schema. Reads the catalogue with the raw driver so the
 * check does not depend on the client it checks.
 */
export async function missingColumns(
  location: StorageLocation,
  expected: ExpectedColumns,
): Promise<string[]> {
  const actual =
    location.dialect === "sqlite" ? sqliteColumns(location.file) : await postgresColumns(location);
  const missing: string[] = [];
  for (const [table, columns] of Object.entries(expected)) {
    const present = actual.get(table);
    for (const column of columns) if (!present?.has(column)) missing.push(`${table}.${column}`);
  }
  return missing;
}

function sqliteColumns(file: string): Map<string, Set<string>> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
      name: string;
    }[];
    return new Map(
      tables.map((t) => [
        t.name,
        new Set(
          (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t.name) as { name: string }[]).map(
            (c) => c.name,
          ),
        ),
      ]),
    );
  } finally {
    db.close();
  }
}

async function postgresColumns(location: Extract<StorageLocation, { dialect: "postgresql" }>) {
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1`,
      [location.schema],
    );
    const map = new Map<string, Set<string>>();
    for (const r of rows) {
      if (!map.has(r.table_name)) map.set(r.table_name, new Set());
      map.get(r.table_name)!.add(r.column_name);
    }
    return map;
  } finally {
    await client.end();
  }
}
