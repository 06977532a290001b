import { describe, expect, it } from "vitest";
import { runScript } from "../helpers/processes.ts";

describe("secrets never reach the output", () => {
  it("a failed start on a database URL with a password prints and logs the URL without it", async () => {
    const run = runScript("adapters/main.ts", {
      PORT: "0",
      DATABASE_URL: "postgresql://mm_user:Gizli-Parola-77@127.0.0.1:1/mm?schema=x&connect_timeout=2",
      LOG_LEVEL: "debug",
    });
    expect(await run.exited).toBe(1);
    const output = `${run.stdout()}\n${run.stderr()}`;
    expect(output).toMatch(/start-up failed/);
    expect(output).not.toContain("Gizli-Parola-77");
    expect(output).not.toContain("mm_user:");
  }, 120_000);

  it("a configuration error names the variable without the URL's password", async () => {
    const run = runScript("adapters/main.ts", { SMTP_URL: "http://apikey:SG.s3cr3t-value@smtp.example.com" });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/^configuration error: SMTP_URL /);
    expect(`${run.stdout()}${run.stderr()}`).not.toContain("s3cr3t-value");
  }, 60_000);
});
