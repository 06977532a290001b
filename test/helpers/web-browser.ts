import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium; the tests never download a browser. */
export const chromiumPath = process.env.MM_CHROMIUM ?? "/usr/bin/chromium";

/** Launches headless Chromium with a fresh profile (user-data-dir) and a phone-sized viewport; fails with a clear message when it is missing. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is required for the web chat end-to-end test and was not found at ${chromiumPath} (apt-get install chromium, or set MM_CHROMIUM)`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "mm-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    viewport: { width: 420, height: 860 },
    locale: "tr-TR",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
