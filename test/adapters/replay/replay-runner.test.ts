import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runReplays } from "../../../adapters/replay/replay-runner.ts";
import { webDriver } from "../../../adapters/replay/web-driver.ts";
import { startFakeReplaySystem } from "../../helpers/web-replay-fake.ts";

function files(entries: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "mm-replay-"));
  for (const [name, text] of Object.entries(entries)) writeFileSync(join(dir, name), text);
  return dir;
}

const run = (dir: string, channel?: "web" | "telegram") =>
  runReplays([dir], { drivers: [webDriver], startSystem: startFakeReplaySystem, cwd: dir, channel });

const passing = `
title: Geçen senaryo
now: "2026-11-25T10:00:00+03:00"
given:
  certificates:
    - vkn: 3230512384
      title: "ÖRNEK BİLİŞİM A.Ş."
      email: bilgi@ornek.com.tr
      phone: "+905321234567"
turns:
  - user: "BASVURU"
    bot:
      - contains: "basvuru"
      - not_contains: "hata"
      - matches: "yank[ıi]:\\\\s+BAŞVURU"
  - press: "Başvuru"
    bot:
      - buttons: ["tüzel kişi"]
  - user: "kod"
    notified:
      - to: "bilgi@ornek.com.tr"
        contains: "dogrulama kodunuz"
  - user: "{{otp}}"
    bot:
      - contains: "doğrulandı"
  - agent: "/mm durum 3230512384"
    slack:
      - contains: "geçerli"
  - agent_reply: "Merhaba, yardımcı oluyorum"
    bot:
      - contains: "temsilcisi: merhaba"
  - user: "iptal et"
    certificate: { vkn: "3230512384", status: revoked, reason: kayip }
  - wait: "P1M"
    notified:
      - to: "+90 532 123 45 67"
        contains: "2026-12-25"
`;

describe("replay runner", () => {
  it("plays a replay on the web API with every kind of turn and assertion", async () => {
    const result = await run(files({ "ok.yaml": passing }));
    expect(result.failures).toEqual([]);
    expect(result).toMatchObject({ passed: 1, failed: 0 });
  });

  it("reports each failed assertion with file, channel, turn, expectation and what came", async () => {
    const failing = `
title: Kalan
channel: web
turns:
  - user: "merhaba"
    bot:
      - contains: "hoş geldiniz"
      - buttons: ["Menü"]
  - user: "kod"
    notified:
      - to: "baska@ornek.com.tr"
        contains: "kod"
    certificate: { serial: "ff", status: valid }
  - press: "Yok"
  - user: "never reached"
`;
    const result = await run(files({ "bad.yaml": failing }));
    expect(result).toMatchObject({ passed: 0, failed: 1 });
    expect(result.failures).toEqual([
      'bad.yaml [web] turn 1: bot expected to contain "hoş geldiniz", came "Yankı: merhaba"',
      'bad.yaml [web] turn 1: bot expected buttons ["Menü"], offered []',
      'bad.yaml [web] turn 2: expected a notification to baska@ornek.com.tr containing "kod", came bilgi@ornek.com.tr: "Doğrulama kodunuz: 482913"',
      "bad.yaml [web] turn 2: expected certificate serial ff valid, came no certificate",
      'bad.yaml [web] turn 3: expected a button "Yok", offered ["Başvuru"]',
    ]);
  });

  it("{{ticket}} in an agent turn is the conversation's latest hand-off as posted to Slack; without one the turn fails", async () => {
    const dir = files({
      "ticket.yaml": `
title: t
channel: web
turns:
  - user: "temsilci"
    slack:
      - contains: "Yeni temsilci talebi T-TEST2345"
  - agent: "/mm devral {{ticket}}"
    slack:
      - contains: "T-TEST2345 talebini devraldınız"
`,
      "none.yaml": `
title: n
channel: web
turns:
  - agent: "/mm devral {{ticket}}"
  - user: "never reached"
`,
    });
    const result = await run(dir);
    expect(result.failures).toEqual([
      "none.yaml [web] turn 1: {{ticket}} used but no hand-off of this conversation was posted to Slack",
    ]);
    expect(result).toMatchObject({ passed: 1, failed: 1 });
  });

  it("names the file and the bad key of an invalid replay", async () => {
    const dir = files({
      "a.yaml": "title: x\nturns:\n  - user: hi\n    bto:\n      - contains: x\n",
      "b.yaml": "title: x\nturns:\n  - say: hi\n",
      "c.yaml": "turns: [{ user: hi }]\n",
      "d.yaml": "title: x\nturns: [{ user: hi }]\n  bad: : yaml\n",
    });
    const result = await run(dir);
    expect(result).toMatchObject({ passed: 0, failed: 4 });
    expect(result.failures[0]).toBe('a.yaml: turns[0]: unknown key "bto"');
    expect(result.failures[1]).toMatch(
      /^b\.yaml: turns\[0\]: a turn needs exactly one of user, press.*got keys: say/,
    );
    expect(result.failures[2]).toMatch(/^c\.yaml: title: /);
    expect(result.failures[3]).toMatch(/^d\.yaml: not valid YAML/);
  });

  it("plays channel any on web only while Telegram has no driver, and fails a Telegram-only request", async () => {
    const dir = files({
      "ok.yaml": "title: x\nturns:\n  - user: hi\n    bot: [{ contains: 'yankı: hi' }]\n",
    });
    expect(await run(dir)).toMatchObject({ passed: 1, failed: 0 });
    const telegram = await run(dir, "telegram");
    expect(telegram).toMatchObject({ passed: 0, failed: 1 });
    expect(telegram.failures[0]).toBe("ok.yaml [telegram]: the telegram channel is not yet available");
  });
});
