/**
 * `mm backup <folder>`: a backup of the embedded SQLite deployment taken while the service runs. The
 * database is copied page by page through SQLite's online backup API (a consistent snapshot; the
 * service keeps reading and writing meanwhile), then the software keys (`keys/`) and the data
 * folder's secrets (`secrets/`): the database first, so every key a copied record names was on disk
 * before the copy began. The folder made is itself a data folder: restoring is starting the service
 * on a copy of it (docs/operations.md).
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { Command } from "commander";
import { DomainError } from "../../../core/errors/domain-error.ts";
import { readEnvironment } from "../../config/environment.ts";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../db/database.ts";
import { storageLocation } from "../../db/storage-location.ts";
import { progress } from "./pki-context.ts";

/** The folders of a data folder that a restore needs besides the database. */
const FOLDERS = ["keys", "secrets"] as const;
/** Pages copied per step of the online backup (the service may write between two steps). */
const PAGES_PER_STEP = 256;

/** The `backup` command. */
export function backupCommand(): Command {
  return new Command("backup")
    .description(
      "back up the embedded SQLite deployment while the service runs: the database (online), keys/ and secrets/ into a new data folder",
    )
    .argument("<folder>", "a new or empty folder; it becomes a data folder to restore from")
    .action(async (folder: string) => {
      const env = readEnvironment();
      const location = storageLocation(env.DATABASE_URL, env.MM_DATA_DIR);
      if (location.dialect !== "sqlite")
        throw new DomainError(
          "bad_arguments",
          "mm backup copies the embedded SQLite database; on PostgreSQL use pg_dump (docs/operations.md)",
        );
      if (!existsSync(location.file))
        throw new DomainError("not_found", `no database at ${location.file}: nothing to back up`);
      const target = resolve(folder);
      if (existsSync(target) && readdirSync(target).length > 0)
        throw new DomainError("bad_arguments", `${target} is not empty: give a new or empty folder`);
      mkdirSync(target, { recursive: true, mode: 0o700 });
      chmodSync(target, 0o700);

      const copy = join(target, "mm.db");
      progress(`database ${location.file} → ${copy}`);
      // made 0600 before SQLite writes to it: its -wal and -shm files, while they exist, take its mode
      writeFileSync(copy, "", { mode: 0o600 });
      const pages = await copyDatabase(location.file, copy);
      const summary = checkCopy(copy);

      const dataDir = resolve(env.MM_DATA_DIR);
      const files: Record<string, number> = {};
      for (const name of FOLDERS) {
        const from = join(dataDir, name);
        if (!existsSync(from)) {
          progress(`${name}/: none in ${dataDir}`);
          continue;
        }
        cpSync(from, join(target, name), { recursive: true, preserveTimestamps: true });
        files[name] = restrict(join(target, name));
        progress(`${name}/: ${files[name]} files`);
      }
      restrict(target);
      console.log(
        [
          "backup",
          target,
          `${pages} pages`,
          `${summary.certificates} certificates`,
          `${summary.auditEntries} audit entries`,
          ...FOLDERS.map((name) => `${name}/ ${files[name] ?? 0} files`),
        ].join("\t"),
      );
    });
}

/** Copies the live database through the online backup API, printing its progress; resolves with its pages. */
async function copyDatabase(file: string, copy: string): Promise<number> {
  const source = new Database(file, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    let shown = -1;
    const { totalPages } = await source.backup(copy, {
      progress: ({ totalPages: total, remainingPages }) => {
        const done = total === 0 ? 100 : Math.floor(((total - remainingPages) * 100) / total);
        if (done !== shown) progress(`database: ${done}% (${total - remainingPages}/${total} pages)`);
        shown = done;
        return PAGES_PER_STEP;
      },
    });
    if (shown !== 100) progress(`database: 100% (${totalPages}/${totalPages} pages)`);
    return totalPages;
  } finally {
    source.close();
  }
}

/**
 * Checks the copy with SQLite's integrity check and counts what it holds. Opened read-write: the copy
 * is in WAL mode like its source, and only a writer closing last checkpoints and removes the `-wal`
 * and `-shm` files a reader leaves behind, so the folder holds the database as one file.
 */
function checkCopy(copy: string): { certificates: number; auditEntries: number } {
  const db = new Database(copy, { fileMustExist: true });
  try {
    const check = db.pragma("integrity_check", { simple: true });
    if (check !== "ok")
      throw new DomainError("internal", `the copy failed SQLite's integrity check: ${check}`);
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { certificates: count("Certificate"), auditEntries: count("AuditEntry") };
  } finally {
    db.close();
  }
}

/** Sets 0700 on the folders and 0600 on the files under `dir` (secrets and keys); returns the file count. */
function restrict(dir: string): number {
  chmodSync(dir, 0o700);
  let files = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files += restrict(path);
    else {
      chmodSync(path, 0o600);
      files++;
    }
  }
  return files;
}
