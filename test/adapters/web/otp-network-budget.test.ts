import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidVkn } from "../../../core/identity/vkn.ts";
import { challengeLimits } from "../../../core/ra/code-budget.ts";
import { startTestService } from "../../helpers/web-service.ts";

/** `count` checksum-valid VKNs (each a different firm). */
function firms(count: number, prefix = "61"): string[] {
  const out: string[] = [];
  for (let n = 0; out.length < count; n++) {
    const head = `${prefix}${String(n).padStart(7, "0")}`;
    for (let d = 0; d <= 9; d++) if (isValidVkn(`${head}${d}`)) out.push(`${head}${d}`);
  }
  return out.slice(0, count);
}

/**
 * The one-time-code budget per client network over the real web API: the request IP (here behind a
 * trusted proxy, `MM_TRUST_PROXY=loopback`, so X-Forwarded-For stands for the client) reaches core
 * through the conversation, so fresh sessions do not reset it.
 */
describe("web chat: one-time codes per client network", () => {
  let s: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    s = await startTestService({ MM_TRUST_PROXY: "loopback" });
  });
  afterAll(async () => s?.close());

  async function askCode(ip: string, vkn: string): Promise<string> {
    const created = await fetch(`${s.baseUrl}/api/chat/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: JSON.stringify({ locale: "tr" }),
    });
    expect(created.status).toBe(201);
    const { sessionId, token } = (await created.json()) as { sessionId: string; token: string };
    const say = async (body: object) => {
      const res = await fetch(`${s.baseUrl}/api/chat/sessions/${sessionId}/messages`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${token}`,
          "x-forwarded-for": ip,
        },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { messages: { text: string }[] }).messages.map((m) => m.text).join("\n");
    };
    await say({ button: "i:contact_update" });
    return say({ text: vkn });
  }

  it(`after ${challengeLimits.perNetwork} codes from one IP across fresh sessions and firms, that IP is refused in Turkish; another IP is served`, async () => {
    const [registered, ...others] = firms(challengeLimits.perNetwork + 2);
    await s.service.ra.registerSubscriber({
      idNumber: registered!,
      title: "ÖRNEK A.Ş.",
      email: "bilgi@ornek.com.tr",
      phone: "+905321234567",
    });
    const vkns = [registered!, ...others];
    for (let i = 0; i < challengeLimits.perNetwork; i++) {
      const answer = await askCode("203.0.113.9", vkns[i]!);
      expect(answer).toContain("doğrulama kodu gönderdik");
    }
    const refused = await askCode("203.0.113.9", vkns[challengeLimits.perNetwork]!);
    expect(refused).toContain("çok fazla kod istendi");
    expect(refused).toContain("444 5 576");
    expect(refused).not.toContain("kodu gönderdik");
    // stored per network, so the refusal changed nothing
    const db = s.service.database.db;
    expect(await db.otpChallenge.count({ where: { network: "203.0.113.9/32" } })).toBe(
      challengeLimits.perNetwork,
    );
    const served = await askCode("198.51.100.4", vkns[challengeLimits.perNetwork + 1]!);
    expect(served).toContain("doğrulama kodu gönderdik");
    expect(await db.otpChallenge.count({ where: { network: "198.51.100.4/32" } })).toBe(1);
  }, 120_000);
});
