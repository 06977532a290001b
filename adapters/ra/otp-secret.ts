import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The HMAC key of one-time codes: `MM_OTP_SECRET` when set (required for several instances that do
 * not share a data folder), else a random key created once in `<data>/secrets/otp.key` (mode 0600).
 */
export function loadOtpSecret(dataDir: string, fromEnv?: string): Uint8Array {
  if (fromEnv) return new TextEncoder().encode(fromEnv);
  const file = join(dataDir, "secrets", "otp.key");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    chmodSync(file, 0o600);
  }
  return new Uint8Array(Buffer.from(readFileSync(file, "utf8").trim(), "hex"));
}
