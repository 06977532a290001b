/**
 * Console tester (session 26): a certificate serial whose digits hold a run that passes the VKN
 * checksum was echoed masked and cut ("67******52ea9c7f…"), so the agent could not read back the
 * serial typed. A serial (16+ hex digits, a letter among them) is echoed in its stored form; a VKN,
 * TCKN, phone or e-mail typed is still masked.
 */
import { describe, expect, it } from "vitest";
import { echoTyped } from "../../../adapters/slack/mm-format.ts";

describe("/mm echoes a typed serial whole", () => {
  it.each([
    ["7c4540536920e1f2a3b4c5d6e7f8a9b0", "7c4540536920e1f2a3b4c5d6e7f8a9b0"],
    ["0x7C4540536920E1F2A3B4C5D6E7F8A9B0", "7c4540536920e1f2a3b4c5d6e7f8a9b0"],
    ["7C:45:40:53:69:20:E1:F2", "7c4540536920e1f2"],
  ])("%j → %s", (typed, shown) => {
    expect(echoTyped(typed)).toBe(shown);
  });

  it.each(["4540536920", "10000000146", "05321234567", "ali@ornek.com", "4540536920abc"])(
    "%j is masked as before",
    (typed) => {
      expect(echoTyped(typed)).not.toContain(typed.slice(2, 8));
    },
  );
});
