/**
 * Tester: README.md said lost/stolen revocation in the Slack console needs a second agent's approval;
 * the code (core/ra/revocation-service.ts) and interfaces.md §5: `kayip`/`calinti` need the caller
 * verified by the same agent and are revoked at once, only `gib`/`kotuye` wait for a second agent.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("the revocation rules in README.md", () => {
  const row = readFileSync("README.md", "utf8")
    .split("\n")
    .find((line) => line.startsWith("| revocation |"));

  it("has a revocation row", () => {
    expect(row).toBeDefined();
  });

  it("does not put lost or stolen cards through four eyes", () => {
    expect(row).not.toMatch(/lost or stolen[^;|]*four eyes/i);
  });

  it("names gib/kotuye as the reasons needing a second agent, kayip/calinti the verified caller", () => {
    expect(row).toMatch(/`gib`\/`kotuye`[^|;]*second agent/);
    expect(row).toMatch(/`kayip`\/`calinti`[^|;]*verified/);
  });
});
