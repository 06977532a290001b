/**
 * The console has two "talep no": a hand-off ticket (T-…, for devral/bitir) and a revocation request
 * (IP-…, for onayla/reddet), and the help and usage lines called both "talep no". An agent who typed
 * one for the other (`/mm devral IP-…`, `/mm onayla T-…`) or an order number got "bulunamadı", as if
 * it did not exist. Now the answer says which kind it is and which command takes it, and the help and
 * usage lines name each number's prefix; nothing is taken, approved or rejected.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import {
  paidCardOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm: a number of another kind than the command takes", () => {
  let s: SlackConsoleStack;
  let request: string;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = await paidCardOrder(s, "pos-wrong-kind");
    s.handoffs.handoffs.set("T-ABCD2345", {
      ticket: "T-ABCD2345",
      conversationId: "conv-kind",
      channel: "web",
      locale: "tr",
      status: "open",
      summary: "konu=menü",
    } as never);
    const serial = (await s.harness.ra.agents.certificatesOf({ agentId: "U1", subject: "3230512384" }))[0]!
      .serial;
    request = /IP-[A-Z2-9]{8}/.exec(await s.agent.runCommand(`/mm iptal ${serial} gib`))![0];
  });
  afterAll(async () => s?.dispose());

  it.each(["devral", "bitir", "DEVRAL"])(
    "%s with a revocation request number: use onayla/reddet",
    async (cmd) => {
      for (const typed of [request, request.toLowerCase(), request.replace("I", "İ")]) {
        const text = await s.agent.runCommand(`/mm ${cmd} ${typed}`, "U2");
        expect(text, typed).toContain("bir iptal talebi numarası (IP-…), temsilci talebi değil");
        expect(text, typed).toContain("/mm onayla");
        expect(text, typed).not.toContain("bulunamadı");
      }
      expect(s.handoffs.handoffs.get("T-ABCD2345")?.status).toBe("open");
    },
  );

  it.each(["onayla", "reddet", "Onayla"])(
    "%s with a hand-off ticket: use devral/bitir; the request stays pending",
    async (cmd) => {
      for (const typed of ["T-ABCD2345", "t-abcd2345"]) {
        const text = await s.agent.runCommand(`/mm ${cmd} ${typed}`, "U2");
        expect(text, typed).toContain("bir temsilci talebi numarası (T-…), iptal talebi değil");
        expect(text, typed).toContain("/mm devral");
      }
      expect(await s.agent.runCommand(`/mm durum 3230512384`)).toContain("geçerli");
    },
  );

  it("an order number to onayla or devral: use basvuru", async () => {
    for (const line of [`/mm onayla ${orderNo}`, `/mm devral ${orderNo}`])
      expect(await s.agent.runCommand(line, "U2"), line).toContain(`/mm basvuru ${orderNo}`);
  });

  it("an order number to iptal: use basvuru (never 'Geçersiz seri numarası'); nothing revoked", async () => {
    for (const line of [
      `/mm iptal ${orderNo} kayip`,
      `/mm iptal kayıp ${orderNo}`,
      `/mm iptal ${orderNo} gib`,
    ]) {
      const text = await s.agent.runCommand(line, "U2");
      expect(text, line).toContain(`/mm basvuru ${orderNo}`);
      expect(text, line).not.toContain("Geçersiz seri numarası");
    }
  });

  it("the help and the usage lines name each number's prefix", async () => {
    const help = await s.agent.runCommand("/mm yardım");
    expect(help).toContain("`/mm onayla <iptal talep no (IP-…)|VKN>`");
    expect(help).toContain("`/mm devral <temsilci talep no (T-…)>`");
    expect(await s.agent.runCommand("/mm devral")).toContain("(T-…)");
    expect(await s.agent.runCommand("/mm onayla")).toContain("(IP-…)");
  });

  it("the right numbers still work", async () => {
    expect(await s.agent.runCommand("/mm devral T-ABCD2345", "U2")).toContain(
      "T-ABCD2345 talebini devraldınız",
    );
    expect(await s.agent.runCommand(`/mm reddet ${request}`)).toContain("geri çekildi");
  });
});
