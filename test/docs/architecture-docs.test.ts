import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

describe("docs/architecture.md", () => {
  const text = readFileSync("docs/architecture.md", "utf8");
  const rules = (require(resolve(".dependency-cruiser.cjs")) as { forbidden: { name: string }[] }).forbidden;

  it("names every dependency rule .dependency-cruiser.cjs enforces", () => {
    expect(rules.length).toBeGreaterThan(5);
    const missing = rules
      .map((rule) => rule.name)
      .filter(
        (name) =>
          !text.includes(`\`${name.replace(/^\w+-channel-is-a-leaf$/, "<channel>-channel-is-a-leaf")}\``),
      );
    expect(missing).toEqual([]);
  });

  it("names the seams where channels, agent consoles and key stores plug in", () => {
    for (const seam of [
      "ChannelAdapter",
      "OutboundRouter",
      "HandoffPort",
      "HandoffDesk",
      "AgentHandoffs",
      "KeyManager",
    ]) {
      expect(text).toContain(`\`${seam}\``);
    }
  });
});
