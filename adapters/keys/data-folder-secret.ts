import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A secret of the service (an HMAC key): the value set in the environment when there is one, else a
 * random 32-byte key kept hex-encoded in `<data>/secrets/<name>`. The file is made once (the folder
 * 0700, the file 0600, created exclusively so instances starting together keep the first one) and
 * read back on every later start; its mode is set to 0600 again each time.
 */
export function loadDataFolderSecret(options: {
  dataDir: string;
  /** The file name under `<data>/secrets/`, e.g. `otp.key`. */
  name: string;
  /** The value from the environment, which wins over the file when set and not empty. */
  fromEnv?: string | undefined;
}): Uint8Array {
  if (options.fromEnv) return new TextEncoder().encode(options.fromEnv);
  const folder = join(options.dataDir, "secrets");
  const file = join(folder, options.name);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      // another instance made it first: use that one
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  chmodSync(file, 0o600);
  return new Uint8Array(Buffer.from(readFileSync(file, "utf8").trim(), "hex"));
}
