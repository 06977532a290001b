/**
 * Outside tester: `SLACK_BOT_TOKEN` without `SLACK_SIGNING_SECRET` started with no Slack console and
 * no word, `TELEGRAM_WEBHOOK_URL` without `TELEGRAM_BOT_TOKEN` was ignored silently, and a webhook
 * without its secret was refused only after migrations and the CA's start. The channels' variables
 * are now checked up front (adapters/config/channel-config.ts, called by adapters/main.ts):
 * development warns naming the missing variable, production refuses with one line naming it.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkChannelsAtStart } from "../../../adapters/config/channel-config.ts";
import { ConfigurationError, readEnvironment } from "../../../adapters/config/environment.ts";
import { freePort, runScript } from "../../helpers/processes.ts";

const token = "123456:ABC-def";
const slackToken = "xoxb-test-token";
const signing = "a-signing-secret";
const webhook = "https://mm.example.com.tr/telegram/webhook";
const env = (vars: Record<string, string>) => readEnvironment(vars);

describe("checkChannelsAtStart", () => {
  it("says nothing when every channel is configured whole or not at all", () => {
    expect(checkChannelsAtStart(env({}))).toEqual([]);
    expect(checkChannelsAtStart(env({ TELEGRAM_BOT_TOKEN: token }))).toEqual([]);
    expect(
      checkChannelsAtStart(
        env({
          TELEGRAM_BOT_TOKEN: token,
          TELEGRAM_WEBHOOK_URL: webhook,
          TELEGRAM_WEBHOOK_SECRET: "s3cret",
          SLACK_SIGNING_SECRET: signing,
          SLACK_BOT_TOKEN: slackToken,
          NODE_ENV: "production",
        }),
      ),
    ).toEqual([]);
  });

  it("in development warns once per half-configured channel, naming the missing variable and what is off", () => {
    expect(checkChannelsAtStart(env({ SLACK_BOT_TOKEN: slackToken }))).toEqual([
      "SLACK_SIGNING_SECRET is not set while SLACK_BOT_TOKEN is: the Slack console (POST /slack/events) is not started (set SLACK_SIGNING_SECRET too, or unset SLACK_BOT_TOKEN)",
    ]);
    expect(checkChannelsAtStart(env({ SLACK_SIGNING_SECRET: signing }))[0]).toMatch(
      /^SLACK_BOT_TOKEN is not set while SLACK_SIGNING_SECRET is: the Slack console/,
    );
    expect(checkChannelsAtStart(env({ TELEGRAM_WEBHOOK_URL: webhook, SLACK_BOT_TOKEN: slackToken }))).toEqual(
      [
        "TELEGRAM_BOT_TOKEN is not set while TELEGRAM_WEBHOOK_URL is: the Telegram channel is not started (set TELEGRAM_BOT_TOKEN too, or unset TELEGRAM_WEBHOOK_URL)",
        expect.stringMatching(/^SLACK_SIGNING_SECRET is not set/),
      ],
    );
    expect(checkChannelsAtStart(env({ TELEGRAM_WEBHOOK_SECRET: "s3cret" }))[0]).toMatch(
      /^TELEGRAM_BOT_TOKEN is not set while TELEGRAM_WEBHOOK_SECRET is/,
    );
  });

  it("warns of a webhook secret without its URL, and of the console's refinements without the console (session 20's leftover)", () => {
    expect(
      checkChannelsAtStart(env({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: "s3cret" })),
    ).toEqual([
      "TELEGRAM_WEBHOOK_URL is not set while TELEGRAM_WEBHOOK_SECRET is: the Telegram webhook (the bot long-polls) is not started (set TELEGRAM_WEBHOOK_URL too, or unset TELEGRAM_WEBHOOK_SECRET)",
    ]);
    expect(
      checkChannelsAtStart(env({ SLACK_AGENTS: "U1:agent,S1:supervisor", SLACK_SUPPORT_CHANNEL: "C0" })),
    ).toEqual([
      "SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are not set while SLACK_AGENTS and SLACK_SUPPORT_CHANNEL are: the Slack console (POST /slack/events) is not started (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN too, or unset SLACK_AGENTS and SLACK_SUPPORT_CHANNEL)",
    ]);
    expect(
      checkChannelsAtStart(env({ TELEGRAM_WEBHOOK_URL: webhook, TELEGRAM_WEBHOOK_SECRET: "s" }))[0],
    ).toMatch(/^TELEGRAM_BOT_TOKEN is not set while TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET are: /);
    let refused: unknown;
    try {
      checkChannelsAtStart(env({ NODE_ENV: "production", SLACK_AGENTS: "U1:agent" }));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect((refused as ConfigurationError).message).toBe(
      "configuration error: SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are not set while SLACK_AGENTS is: NODE_ENV=production does not start with the Slack console (POST /slack/events) off; set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN too, or unset SLACK_AGENTS",
    );
  });

  it("in production refuses with one line naming the missing variable, secrets never echoed", () => {
    const refusal = (vars: Record<string, string>) => {
      try {
        checkChannelsAtStart(env({ NODE_ENV: "production", ...vars }));
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError);
        return error as ConfigurationError;
      }
      throw new Error("not refused");
    };
    const slack = refusal({ SLACK_BOT_TOKEN: slackToken });
    expect(slack.variable).toBe("SLACK_SIGNING_SECRET");
    expect(slack.message).toMatch(
      /^configuration error: SLACK_SIGNING_SECRET is not set while SLACK_BOT_TOKEN is: /,
    );
    expect(slack.message).not.toContain(slackToken);
    expect(slack.message).not.toContain("\n");
    expect(refusal({ TELEGRAM_WEBHOOK_URL: webhook }).variable).toBe("TELEGRAM_BOT_TOKEN");
  });

  it("refuses a Telegram webhook without its secret in every mode", () => {
    for (const NODE_ENV of ["", "production"]) {
      expect(() =>
        checkChannelsAtStart(env({ NODE_ENV, TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: webhook })),
      ).toThrow(/^configuration error: TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_WEBHOOK_URL is set/);
    }
  });
});

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("npm start checks the channels before opening anything", () => {
  it.each<[string, Record<string, string>, RegExp]>([
    [
      "a Telegram webhook without its secret",
      { TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: webhook, TELEGRAM_WEBHOOK_SECRET: "" },
      /^configuration error: TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_WEBHOOK_URL is set/,
    ],
    [
      "production with SLACK_BOT_TOKEN alone",
      {
        NODE_ENV: "production",
        MM_PUBLIC_URL: "https://mm.example.com.tr",
        MM_KEY_PASSPHRASE: "a passphrase of the test",
        MM_AUDIT_KEY: "an audit key of the test, 32 characters or more",
        SLACK_BOT_TOKEN: slackToken,
        SLACK_SIGNING_SECRET: "",
      },
      /^configuration error: SLACK_SIGNING_SECRET is not set while SLACK_BOT_TOKEN is: NODE_ENV=production/,
    ],
  ])(
    "%s: one line naming the variable, exit 1, no data folder made",
    async (_name, vars, line) => {
      const base = mkdtempSync(join(tmpdir(), "mm-start-channels-"));
      dirs.push(base);
      const dataDir = join(base, "data");
      const run = runScript("adapters/main.ts", {
        MM_DATA_DIR: dataDir,
        DATABASE_URL: "",
        PORT: String(await freePort()),
        ...vars,
      });
      expect(await run.exited).toBe(1);
      const lines = run.stderr().trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      expect(existsSync(dataDir)).toBe(false);
    },
    120_000,
  );
});
