/**
 * `mm jobs run` produces the cards of paid orders (produce_card jobs), so it writes MM_PUBLIC_URL's
 * addresses into certificates just as `mm issue` and `npm start` do: with NODE_ENV=production and
 * MM_PUBLIC_URL unset it now refuses before anything is opened, as they do, instead of issuing with
 * http://localhost:<PORT>.
 */
import { existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { caCommand } from "../../../adapters/cli/commands/ca-commands.ts";
import { jobsCommand } from "../../../adapters/cli/commands/ra-commands.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";
import { runInProcess } from "../../helpers/mm-cli.ts";

const run = runInProcess;

const names = ["NODE_ENV", "MM_PUBLIC_URL", "MM_KEY_PASSPHRASE"] as const;
const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
afterEach(() => {
  for (const n of names) {
    if (saved[n] === undefined) delete process.env[n];
    else process.env[n] = saved[n];
  }
});

describe("mm jobs run and MM_PUBLIC_URL", () => {
  useEmptyDataFolder("mm-jobs-url-");

  it("in production without it refuses with one line naming MM_PUBLIC_URL: on empty storage (nothing opened) and beside a CA", async () => {
    process.env.NODE_ENV = "production";
    process.env.MM_KEY_PASSPHRASE = "bir üretim parolası 2026";
    delete process.env.MM_PUBLIC_URL;
    const refused = async () => {
      const error = await run(jobsCommand(), "run");
      expect(error).toMatchObject({ variable: "MM_PUBLIC_URL" });
      expect((error as Error).message).toMatch(
        /^configuration error: MM_PUBLIC_URL is not set: NODE_ENV=production never writes the default http:\/\/localhost:\d+ into certificates/,
      );
    };
    await refused();
    expect(existsSync(process.env.MM_DATA_DIR!)).toBe(false);
    // with a CA the run used to go on and produce paid cards with the localhost URLs
    expect(await run(caCommand(), "init")).toBeUndefined();
    await refused();
  }, 60_000);
});
