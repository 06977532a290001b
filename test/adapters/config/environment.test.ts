import { describe, expect, it } from "vitest";
import { ConfigurationError, readEnvironment } from "../../../adapters/config/environment.ts";

describe("configuration from the environment", () => {
  it("has sensible defaults on an empty environment", () => {
    const env = readEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.MM_DATA_DIR).toBe("./data");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.MM_TEST_MODE).toBe(false);
  });

  it.each([
    ["PORT", "seventy"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://x"],
    ["MM_CA_KEY", "/etc/key.pem"],
    ["SMTP_URL", "http://mail"],
    ["TELEGRAM_BOT_TOKEN", "not a token"],
    ["LOG_LEVEL", "loud"],
  ])("a bad %s stops with one line naming it", (variable, value) => {
    let error: unknown;
    try {
      readEnvironment({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).variable).toBe(variable);
    expect((error as Error).message).toMatch(new RegExp(`^configuration error: ${variable} `));
    expect((error as Error).message).not.toContain("\n");
  });

  it("never echoes a secret's value", () => {
    expect(() => readEnvironment({ SLACK_BOT_TOKEN: "secret-value" })).toThrow(/SLACK_BOT_TOKEN/);
    try {
      readEnvironment({ SLACK_BOT_TOKEN: "secret-value" });
    } catch (e) {
      expect((e as Error).message).not.toContain("secret-value");
    }
  });
});
