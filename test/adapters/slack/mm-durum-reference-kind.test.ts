/**
 * `/mm durum IP-7K2M9QXA` or `/mm durum T-ABCD2345` (a number from the channel, typed to the
 * command an agent uses most) was answered "… bir VKN/TCKN, seri numarası ya da sipariş numarası
 * değil", which leaves the agent to guess. Found exploring the console. It now names the kind and the
 * commands that take it (onayla/reddet, devral/bitir), with the usage line; nothing is looked up.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm durum with a request number or a hand-off ticket", () => {
  const s = slackConsoleStackForEachTest(sqlite);

  it.each([
    ["IP-7K2M9QXA", "/mm onayla IP-7K2M9QXA"],
    ["ip-7k2m9qxa.", "/mm reddet IP-7K2M9QXA"],
    ["T-ABCD2345", "/mm devral T-ABCD2345"],
    ["t-abcd2345", "/mm bitir T-ABCD2345"],
  ])("%s names the commands that take it", async (typed, command) => {
    const before = s.audit.length;
    const said = await s.agent.runCommand(`/mm durum ${typed}`, "U1");
    expect(said).toContain(command);
    expect(said).toContain("Kullanım: `/mm durum");
    expect(said).not.toContain("bir VKN/TCKN, seri numarası ya da sipariş numarası değil");
    expect(s.audit.slice(before).map((e) => e.action)).not.toContain("agent_status_lookup");
  });
});
