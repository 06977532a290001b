/**
 * The seed's links and call centre as configuration (`MM_LINK_*`, `MM_CALL_CENTRE`,
 * `MM_PAYMENT_URL_TEMPLATE`): the seed's values by default, bad values refused naming the variable,
 * and configured values reach the customer's answers through the composition root and the web chat.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError, readEnvironment } from "../../../adapters/config/environment.ts";
import { selfServiceLinksOf } from "../../../adapters/config/self-service-links.ts";
import { defaultSelfServiceLinks } from "../../../bot/self-service-links.ts";
import { startTestService } from "../../helpers/web-service.ts";

describe("self-service links in the configuration", () => {
  it("default to the seed's", () => {
    expect(selfServiceLinksOf(readEnvironment({}))).toEqual(defaultSelfServiceLinks);
  });

  it("take configured values", () => {
    const links = selfServiceLinksOf(
      readEnvironment({
        MM_LINK_PRICING_URL: "https://fiyat.example.com.tr/liste",
        MM_CALL_CENTRE: "+90 850 222 33 44",
        MM_PAYMENT_URL_TEMPLATE: "https://pos.example.com.tr/?o={orderNo}&t={amount}",
      }),
    );
    expect(links).toMatchObject({
      pricingUrl: "https://fiyat.example.com.tr/liste",
      callCentre: "+90 850 222 33 44",
      paymentUrlTemplate: "https://pos.example.com.tr/?o={orderNo}&t={amount}",
      onlineUrl: defaultSelfServiceLinks.onlineUrl,
    });
  });

  it.each([
    ["MM_LINK_ONLINE_URL", "onlineislemler"],
    ["MM_LINK_POS_URL", "ftp://pos.example.com.tr"],
    ["MM_LINK_PRICING_URL", "javascript:alert(1)"],
    ["MM_CALL_CENTRE", "call us"],
    ["MM_CA_EMAIL", "bilgi at kamusm"],
    ["MM_PAYMENT_URL_TEMPLATE", "https://pos.example.com.tr/pay"],
    ["MM_PAYMENT_URL_TEMPLATE", "https://pos.example.com.tr/?o={orderNo}&x={vkn}"],
  ])("refuse a bad %s (%s) naming the variable", (variable, value) => {
    expect(() => readEnvironment({ [variable]: value })).toThrow(ConfigurationError);
    expect(() => readEnvironment({ [variable]: value })).toThrow(
      new RegExp(`^configuration error: ${variable} `),
    );
  });
});

describe("configured links reach the customer (web chat over the composed service)", () => {
  let s: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    s = await startTestService({
      MM_LINK_PRICING_URL: "https://fiyat.example.com.tr/liste",
      MM_LINK_ONLINE_URL: "https://islem.example.com.tr",
      MM_CALL_CENTRE: "0850 222 33 44",
      MM_CA_EMAIL: "teslim@ca.example.com.tr",
    });
  });
  afterAll(async () => s?.close());

  async function ask(text: string): Promise<string> {
    const created = await fetch(`${s.baseUrl}/api/chat/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale: "tr" }),
    });
    const { sessionId, token } = (await created.json()) as { sessionId: string; token: string };
    const res = await fetch(`${s.baseUrl}/api/chat/sessions/${sessionId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    const { messages } = (await res.json()) as { messages: { text: string }[] };
    return messages.map((m) => m.text).join("\n");
  }

  it("R6.1: 'güncel fiyatlar' names the configured pricing page", async () => {
    const answer = await ask("güncel fiyatlar");
    expect(answer).toContain("https://fiyat.example.com.tr/liste");
    expect(answer).not.toContain(defaultSelfServiceLinks.pricingUrl);
  });

  it("R4.2: the PIN unlock names the configured online page", async () => {
    const answer = await ask("pinim bloke oldu");
    expect(answer).toContain("https://islem.example.com.tr");
    expect(answer).not.toContain(defaultSelfServiceLinks.onlineUrl);
  });

  it("R11: the contact answer names the configured call centre", async () => {
    const answer = await ask("çağrı merkezi numaranız nedir");
    expect(answer).toContain("0850 222 33 44");
    expect(answer).not.toContain("444 5 576");
  });

  it("R3.3.2: where a delivery petition goes names the configured CA address", async () => {
    const answer = await ask("teslim dilekçesini nereye gönderiyoruz");
    expect(answer).toContain("teslim@ca.example.com.tr");
    expect(answer).not.toContain("bilgi@kamusm.gov.tr");
  });
});
