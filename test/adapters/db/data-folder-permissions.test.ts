import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../adapters/db/database.ts";
import { secureDataFolder } from "../../../adapters/db/storage-location.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-perm-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the data folder", () => {
  it("is created 0700 with the SQLite files 0600", async () => {
    const dataDir = join(dir, "data");
    const database = await openDatabase({ dialect: "sqlite", file: join(dataDir, "mm.db") });
    try {
      await database.db.auditEntry.count();
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      for (const f of readdirSync(dataDir)) expect(statSync(join(dataDir, f)).mode & 0o777, f).toBe(0o600);
    } finally {
      await database.close();
    }
  });

  it("an existing, too open data folder is closed at start", () => {
    const dataDir = join(dir, "old");
    mkdirSync(dataDir, { mode: 0o755 });
    writeFileSync(join(dataDir, "mm.db"), "", { mode: 0o644 });
    secureDataFolder(dataDir);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, "mm.db")).mode & 0o777).toBe(0o600);
  });
});
