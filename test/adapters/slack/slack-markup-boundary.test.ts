import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";
import { slackMessageText } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("Slack markup at the console's boundary", () => {
  let s: SlackConsoleStack;
  let deskThread: string | undefined;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
  });
  afterAll(async () => s?.dispose());

  it("the customer's summary and messages are posted with &, < and > escaped: no ping, no disguised link (D8)", async () => {
    const markup = "<@S1> <!here> <https://evil.example/login|https://www.kamusm.gov.tr> & 3230512384";
    const view = {
      ticket: "T-MARKUP01",
      conversationId: "web-markup",
      channel: "web" as const,
      locale: "tr" as const,
      status: "open" as const,
      summary: `Müşteri yazdı: ${markup}`,
      openedAt: new Date(),
    };
    deskThread = (await s.console.desk.opened(view)).deskThread;
    const summary = slackMessageText(s.fake.calls.findLast((c) => c.method === "chat.postMessage")!.args);
    expect(summary).toContain("&lt;@S1&gt; &lt;!here&gt; &lt;https://evil.example/login|");
    expect(summary).toContain("&amp; 32******84");
    expect(summary).not.toMatch(/<@S1>|<!here>|<https:\/\/evil/);
    await s.console.desk.customerWrote({ ...view, deskThread }, markup);
    const message = s.fake.calls.findLast((c) => c.method === "chat.postMessage")!;
    expect(message.args.thread_ts).toBeDefined();
    expect(String(message.args.text)).toContain("Müşteri: &lt;@S1&gt; &lt;!here&gt;");
    expect(String(message.args.text)).not.toMatch(/<@S1>|<!here>|<https:\/\/evil/);
    // devral repeats the summary: escaped too
    s.handoffs.handoffs.set(view.ticket, { ...view, deskThread });
    const taken = await s.agent.runCommand(`/mm devral ${view.ticket}`);
    expect(taken).toContain("devraldınız");
    expect(taken).not.toMatch(/<@S1>|<!here>|<https:\/\/evil/);
  });

  it("a customer message with a lone UTF-16 surrogate is posted at once, the half character as U+FFFD", async () => {
    const view = {
      ticket: "T-SURR0001",
      conversationId: "web-surrogate",
      channel: "web" as const,
      locale: "tr" as const,
      status: "open" as const,
      summary: "Müşteri yazdı: kartım \ud800",
      openedAt: new Date(),
    };
    const started = Date.now();
    const opened = await s.console.desk.opened(view);
    await s.console.desk.customerWrote({ ...view, ...opened }, "kartım çalışmıyor \ud800");
    expect(Date.now() - started).toBeLessThan(2_000);
    const message = s.fake.calls.findLast((c) => c.method === "chat.postMessage")!;
    expect(String(message.args.text)).toContain("kartım çalışmıyor \uFFFD");
  });

  it("an agent's reply, as Slack's Events API encodes it, reaches the hand-off as plain text (D9; a colleague's mention as 'bir temsilci', console tester D7)", async () => {
    const before = s.handoffs.replies.length;
    await s.agent.reply("web-markup", "Ödeme &amp; fatura: <https://www.kamusm.gov.tr> ve <@U2|ayse> &lt;3");
    await new Promise((r) => setTimeout(r, 300));
    expect(s.handoffs.replies.slice(before)).toEqual([
      {
        ticket: "T-MARKUP01",
        agentId: "U1",
        text: "Ödeme & fatura: https://www.kamusm.gov.tr ve bir temsilci <3",
      },
    ]);
  });

  it("a slash command's encoded text is decoded before it is read (an auto-linked e-mail address)", async () => {
    const text = await s.agent.runCommand("/mm basvuru <mailto:bilgi@ornek.com.tr|bilgi@ornek.com.tr>");
    // no order number: unreadable (never "no such order"), the address masked
    expect(text).toContain("b***@ornek.com.tr bir sipariş numarası değil");
    expect(text).not.toContain("mailto");
    expect(text).not.toContain("bilgi@ornek.com.tr");
  });
});
