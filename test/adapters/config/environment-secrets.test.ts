import { describe, expect, it } from "vitest";
import { ConfigurationError, readEnvironment } from "../../../adapters/config/environment.ts";

function errorOf(env: NodeJS.ProcessEnv): ConfigurationError {
  try {
    readEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error("no configuration error");
}

describe("configuration errors never print URL credentials", () => {
  it("masks the userinfo of a bad DATABASE_URL", () => {
    const error = errorOf({ DATABASE_URL: "mysql://mm:Gizli-Parola-42@db.internal:3306/mm" });
    expect(error.variable).toBe("DATABASE_URL");
    expect(error.message).not.toContain("Gizli-Parola-42");
    expect(error.message).not.toContain("mm:");
    expect(error.message).toContain("mysql://***@db.internal:3306/mm");
  });

  it("masks the userinfo of a bad SMTP_URL", () => {
    const error = errorOf({ SMTP_URL: "http://apikey:SG.very-secret@smtp.example.com:587" });
    expect(error.variable).toBe("SMTP_URL");
    expect(error.message).not.toContain("very-secret");
    expect(error.message).toContain("http://***@smtp.example.com:587");
  });
});

describe("metrics settings", () => {
  it("reads MM_METRICS_PORT and MM_METRICS_TOKEN, refusing a short token without printing it", () => {
    const env = readEnvironment({ MM_METRICS_PORT: "9464", MM_METRICS_TOKEN: "t".repeat(24) });
    expect(env.MM_METRICS_PORT).toBe(9464);
    expect(env.MM_METRICS_TOKEN).toBe("t".repeat(24));
    expect(readEnvironment({}).MM_METRICS_PORT).toBeUndefined();
    const error = errorOf({ MM_METRICS_TOKEN: "short-tok" });
    expect(error.variable).toBe("MM_METRICS_TOKEN");
    expect(error.message).not.toContain("short-tok");
    expect(errorOf({ MM_METRICS_PORT: "http" }).variable).toBe("MM_METRICS_PORT");
  });
});
