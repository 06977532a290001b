/**
 * `/mm basvuru` with something that is no order number looked it up anyway and answered "… numaralı
 * sipariş bulunamadı": a VKN (the agent had the caller's VKN, not the order number) read as if the
 * firm had no order, a word ("merhaba") or a number a few digits short as a missing order. And an
 * order number with its label or a `#` ("sipariş no: MM…", "#MM…", "order no MM…") was not found.
 * Now a VKN/TCKN is answered with where its orders are (`/mm durum <VKN>`), anything else that is no
 * order number as unreadable with the usage line, nothing looked up, and a labelled order number is
 * read as the number.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import {
  paidCardOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm basvuru with no order number", () => {
  let s: SlackConsoleStack;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = await paidCardOrder(s, "pos-basvuru-wrong");
  });
  afterAll(async () => s?.dispose());

  it("a VKN or TCKN: told to use durum for its orders, the number masked, never 'not found'", async () => {
    for (const typed of ["3230512384", "323 051 2384", "VKN: 3230512384", "10000000146"]) {
      const text = await s.agent.runCommand(`/mm basvuru ${typed}`);
      expect(text, typed).not.toContain("bulunamadı");
      expect(text, typed).toContain("sipariş numarası");
      expect(text, typed).toContain("/mm durum <VKN>");
      expect(text, typed).not.toMatch(/3230512384|10000000146/);
    }
    // the subcommand typed in capitals with its Turkish letters
    expect(await s.agent.runCommand("/mm BAŞVURU 3230512384")).toContain("/mm durum <VKN>");
  });

  it("a word, a short number, an e-mail or a phone: unreadable with the usage line, nothing looked up", async () => {
    for (const typed of [
      "merhaba",
      "MM12345",
      "4821093375",
      "bilgi@ornek.com.tr",
      "+905321234567",
      "ıptal",
    ]) {
      const text = await s.agent.runCommand(`/mm basvuru ${typed}`);
      expect(text, typed).not.toContain("numaralı sipariş bulunamadı");
      expect(text, typed).toContain("Kullanım: `/mm basvuru <sipariş no>`");
      expect(text, typed).not.toContain("bilgi@ornek.com.tr");
      expect(text, typed).not.toContain("5321234567");
    }
  });

  it("an order number with its label, a # or in groups is read as the number", async () => {
    const groups = `${orderNo.slice(0, 2)} ${orderNo.slice(2, 6)} ${orderNo.slice(6)}`;
    for (const typed of [
      `#${orderNo}`,
      `sipariş no: ${orderNo}`,
      `Sipariş No ${orderNo}`,
      `SİPARİŞ NUMARASI ${orderNo}`,
      `siparis ${orderNo.toLowerCase()}`,
      `order no. ${orderNo}`,
      `No: ${groups}`,
      `(${orderNo})`,
    ]) {
      const text = await s.agent.runCommand(`/mm basvuru ${typed}`);
      expect(text, typed).toContain(`*Sipariş ${orderNo}* — akıllı kart`);
    }
    const durum = await s.agent.runCommand(`/mm durum sipariş no: ${orderNo}`);
    expect(durum).toContain(`*Sipariş ${orderNo}*`);
  });

  it("an unknown order number is still 'not found', and two order numbers the usage", async () => {
    expect(await s.agent.runCommand("/mm basvuru MM0000000000")).toContain(
      "MM0000000000 numaralı sipariş bulunamadı",
    );
    expect(await s.agent.runCommand(`/mm basvuru ${orderNo} MM0000000000`)).toContain(
      "Kullanım: `/mm basvuru <sipariş no>`",
    );
  });
});
