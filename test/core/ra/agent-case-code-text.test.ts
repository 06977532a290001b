/**
 * Outside console tester, round 22 (#2): the code an agent asks the caller to read out (`/mm kimlik`,
 * `/mm guncelle`) came in a message saying "Kamu SM staff will never ask you for this code": a
 * cautious caller refuses, or learns to read codes to anyone claiming to be staff. A code sent for a
 * call-centre case says it is for the call the customer made to 444 5 576, read to that agent only;
 * a code sent in the customer's own chat keeps "never ask".
 */
import type { i18n } from "i18next";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderNotification } from "../../../adapters/db/notification-outbox.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import type { OutgoingNotification } from "../../../core/notifications/notification-outbox.ts";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

const sqlite = testDialects.filter((d) => d.name === "sqlite");

describe.each(sqlite)("the text of a code an agent asks for, on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);
  let translator: i18n;
  beforeAll(async () => {
    translator = await createTranslator();
  });
  beforeEach(async () => {
    await issueCard(h, "pos-code-text");
    await proveContacts(h.deps);
  });
  const last = (to: string, template: string): OutgoingNotification => h.outbox.to(to, template).at(-1)!;
  const text = (n: OutgoingNotification, locale: "tr" | "en") => {
    const rendered = renderNotification(translator, { ...n, locale });
    return `${rendered.subject ?? ""}\n${rendered.body}`;
  };

  it("kimlik and guncelle: for the caller's own call to 444 5 576, in both languages and both channels", async () => {
    await h.ra.agents.startVerification({ agentId: "U1", subject: "3230512384" });
    for (const to of ["bilgi@ornek.com.tr", "+905321234567"]) {
      const code = last(to, "otp_code");
      expect(text(code, "tr")).toContain("444 5 576");
      expect(text(code, "tr")).not.toMatch(/hiçbir zaman sizden istemez/);
      expect(text(code, "en")).toContain("444 5 576");
      expect(text(code, "en")).not.toMatch(/never ask/);
    }
    await h.ra.agents.submitCode({
      agentId: "U1",
      subject: "3230512384",
      code: h.outbox.lastCode("bilgi@ornek.com.tr"),
    });
    await h.ra.agents.startContactUpdate({
      agentId: "U1",
      subject: "3230512384",
      kind: "email",
      newValue: "yeni@ornek.com.tr",
    });
    const update = last("yeni@ornek.com.tr", "contact_update_code");
    expect(text(update, "tr")).toContain("444 5 576");
    expect(text(update, "tr")).not.toMatch(/hiçbir zaman sizden istemez/);
    expect(text(update, "en")).not.toMatch(/never ask/);
  });

  it("a code sent in the customer's own chat still says staff never ask for it", async () => {
    await h.ra.startVerification({ conversationId: "web-1", subject: "3230512384" });
    const code = last("bilgi@ornek.com.tr", "otp_code");
    expect(text(code, "tr")).toMatch(/hiçbir zaman sizden istemez/);
    expect(text(code, "en")).toMatch(/never ask/);
  });
});
