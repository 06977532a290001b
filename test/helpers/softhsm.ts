/**
 * An isolated SoftHSM2 set-up per test file: a temporary folder with its own `softhsm2.conf` and
 * token directory, `SOFTHSM2_CONF` pointing at it (SoftHSM reads it at `C_Initialize`, so call
 * {@link createSoftHsm} before the module is initialised), and one token per "card". A missing
 * `softhsm2-util` fails loudly; it is never a silent skip.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The SoftHSM2 module installed by the Debian package `softhsm2`. */
export const softHsmModule = process.env.MM_PKCS11_MODULE ?? "/usr/lib/softhsm/libsofthsm2.so";

/** The user PIN and SO PIN every test token gets. */
export const testPins = { user: "123456", so: "12345678" } as const;

/** A SoftHSM2 environment of one test file. */
export interface SoftHsm {
  /** The temporary folder (config and tokens). */
  readonly dir: string;
  /** The token directory named in the generated config. */
  readonly tokenDir: string;
  /** The PKCS#11 module path. */
  readonly module: string;
  /** Creates (initialises) a token with the test PINs. */
  initToken(label: string, pins?: { user: string; so: string }): void;
  /** Removes a token's files (like pulling a card out); returns a function putting them back. */
  removeToken(label: string): () => void;
  /** Deletes the set-up and restores `SOFTHSM2_CONF`. */
  dispose(): void;
}

/** Fails with a clear message when a SoftHSM2 tool is not installed. */
export function requireTool(tool: string): void {
  const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" });
  if (found.status !== 0)
    throw new Error(
      `${tool} is not installed: install SoftHSM2 and OpenSC (apt-get install softhsm2 opensc) to run the PKCS#11 tests`,
    );
}

/** Creates the isolated set-up and sets `process.env.SOFTHSM2_CONF` to its config. */
export function createSoftHsm(): SoftHsm {
  requireTool("softhsm2-util");
  if (!existsSync(softHsmModule)) throw new Error(`the SoftHSM2 module ${softHsmModule} does not exist`);
  const dir = mkdtempSync(join(tmpdir(), "mm-softhsm-"));
  const tokenDir = join(dir, "tokens");
  mkdirSync(tokenDir);
  const conf = join(dir, "softhsm2.conf");
  writeFileSync(
    conf,
    `directories.tokendir = ${tokenDir}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`,
  );
  const previous = process.env.SOFTHSM2_CONF;
  process.env.SOFTHSM2_CONF = conf;
  const env = { ...process.env, SOFTHSM2_CONF: conf };

  const folders = new Map<string, string>();
  const tokenFolder = (label: string): string => {
    const folder = folders.get(label);
    if (!folder) throw new Error(`no SoftHSM token labelled ${label} was created by this set-up`);
    return folder;
  };

  return {
    dir,
    tokenDir,
    module: softHsmModule,
    initToken(label, pins = testPins) {
      const before = new Set(readdirSync(tokenDir));
      execFileSync(
        "softhsm2-util",
        ["--init-token", "--free", "--label", label, "--pin", pins.user, "--so-pin", pins.so],
        { env, stdio: "pipe" },
      );
      const created = readdirSync(tokenDir).find((entry) => !before.has(entry));
      if (created) folders.set(label, join(tokenDir, created));
    },
    removeToken(label) {
      const folder = tokenFolder(label);
      const backup = join(dir, `removed-${Date.now()}`);
      cpSync(folder, backup, { recursive: true });
      rmSync(folder, { recursive: true, force: true });
      return () => cpSync(backup, folder, { recursive: true });
    },
    dispose() {
      if (previous === undefined) delete process.env.SOFTHSM2_CONF;
      else process.env.SOFTHSM2_CONF = previous;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
