import { loadDataFolderSecret } from "../keys/data-folder-secret.ts";

/**
 * The HMAC key of one-time codes: `MM_OTP_SECRET` when set (required for several instances that do
 * not share a data folder), else a random key created once in `<data>/secrets/otp.key` (mode 0600).
 */
export function loadOtpSecret(dataDir: string, fromEnv?: string): Uint8Array {
  return loadDataFolderSecret({ dataDir, name: "otp.key", fromEnv });
}
