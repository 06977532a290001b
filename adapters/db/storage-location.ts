import { chmodSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/** Where the data lives: an embedded SQLite file or a PostgreSQL server (optionally one schema of it). */
export type StorageLocation =
  | { dialect: "sqlite"; file: string }
  | { dialect: "postgresql"; url: string; schema: string };

/** The SQL dialects the project ships migrations and a generated client for. */
export type Dialect = StorageLocation["dialect"];

/**
 * Chooses the storage from `DATABASE_URL`: `postgres://…` or `postgresql://…` selects PostgreSQL
 * (a `?schema=` parameter selects the schema, default `public`); `file:…` names a SQLite file;
 * no URL means `mm.db` in the data folder.
 */
export function storageLocation(databaseUrl: string | undefined, dataDir: string): StorageLocation {
  if (!databaseUrl) return { dialect: "sqlite", file: join(resolve(dataDir), "mm.db") };
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const parsed = new URL(databaseUrl);
    const schema = parsed.searchParams.get("schema") ?? "public";
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
      throw new Error(
        "DATABASE_URL: ?schema= must be a plain identifier (letters, digits and _, at most 63)",
      );
    }
    parsed.searchParams.delete("schema");
    return { dialect: "postgresql", url: parsed.toString(), schema };
  }
  if (databaseUrl.startsWith("file:")) return { dialect: "sqlite", file: resolve(databaseUrl.slice(5)) };
  throw new Error("DATABASE_URL must start with postgres://, postgresql:// or file:");
}

/** Describes a location without its credentials, for logs. */
export function describeStorage(location: StorageLocation): string {
  if (location.dialect === "sqlite") return `sqlite:${location.file}`;
  const u = new URL(location.url);
  return `postgresql://${u.hostname}:${u.port || 5432}${u.pathname} (schema ${location.schema})`;
}

/**
 * Makes the data folder readable by the service's user only: creates it (and any missing parent)
 * with mode 0700, sets 0700 on it, and 0600 on the regular files directly inside (the SQLite files,
 * key and secret files are created 0600/0700 by their writers).
 */
export function secureDataFolder(dataDir: string): void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isFile()) chmodSync(join(dir, entry.name), 0o600);
}

/** Sets mode 0600 on a SQLite database file and its `-wal` and `-shm` files, where they exist. */
export function restrictSqliteFiles(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`])
    if (existsSync(path)) chmodSync(path, 0o600);
}
