/**
 * Outside tester: `mm backup` of the embedded SQLite database left `mm.db-shm` and `mm.db-wal` in the
 * backup folder, mode 0644, where docs/operations.md promises files of 0600. The copy is now made
 * 0600 before SQLite writes to it and closed by a writer, so no -wal/-shm stays behind, and every
 * file in the folder is 0600.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupCommand } from "../../../adapters/cli/commands/backup-command.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";
import { runInProcess } from "../../helpers/mm-cli.ts";

/** Every file under `dir`, with its mode bits. */
function modes(dir: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    found[path.slice(dir.length + 1)] = statSync(path).mode & 0o777;
  }
  return found;
}

describe("mm backup: file modes in the backup folder (outside tester)", () => {
  useEmptyDataFolder("mm-backup-modes-");

  it("leaves no -wal or -shm file, and every file is 0600 and every folder 0700", async () => {
    const dataDir = process.env.MM_DATA_DIR!;
    mkdirSync(join(dataDir, "secrets"), { recursive: true, mode: 0o700 });
    writeFileSync(join(dataDir, "secrets", "otp.key"), "a test key", { mode: 0o644 });
    // a live database in WAL mode, as the service keeps it, with the tables the backup counts
    const live = new Database(join(dataDir, "mm.db"));
    live.pragma("journal_mode = WAL");
    live.exec('CREATE TABLE "Certificate" (id INTEGER); CREATE TABLE "AuditEntry" (id INTEGER)');
    live.exec('INSERT INTO "Certificate" VALUES (1), (2); INSERT INTO "AuditEntry" VALUES (1)');
    try {
      const target = join(dataDir, "..", "backup");
      expect(await runInProcess(backupCommand(), target)).toBeUndefined();
      const found = modes(target);
      expect(Object.keys(found).sort()).toEqual(["mm.db", "secrets", "secrets/otp.key"]);
      for (const [name, mode] of Object.entries(found)) {
        const folder = statSync(join(target, name)).isDirectory();
        expect(mode & 0o077, `${name} ${mode.toString(8)}`).toBe(0);
        expect(mode, name).toBe(folder ? 0o700 : 0o600);
      }
      expect(statSync(target).mode & 0o777).toBe(0o700);
      const copy = new Database(join(target, "mm.db"), { readonly: true });
      expect(copy.prepare('SELECT count(*) AS n FROM "Certificate"').get()).toEqual({ n: 2 });
      copy.close();
    } finally {
      live.close();
    }
  });
});
