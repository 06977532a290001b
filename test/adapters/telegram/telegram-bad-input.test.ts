import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EchoEngine } from "../../helpers/echo-engine.ts";
import {
  startTelegramHarness,
  TEST_BOT_TOKEN,
  type TelegramHarness,
} from "../../helpers/telegram-harness.ts";

let h: TelegramHarness;
const engine = new EchoEngine();
let nextUpdate = 10_000;

beforeAll(async () => {
  h = await startTelegramHarness({ engine, env: { MM_CHAT_MESSAGES_PER_MINUTE: "5" } });
});
afterAll(async () => {
  await h.close();
});

const person = (id: number) => ({ id, is_bot: false, first_name: "U" });
const privateChat = (id: number) => ({ id, type: "private", first_name: "U" });

/** Delivers one raw update and waits until the bot handled it; returns what the chat received. */
async function deliver(chatId: number, fields: Record<string, unknown>) {
  const before = h.fake.sent(chatId).length;
  const turns = engine.events.length;
  const id = nextUpdate++;
  await h.fake.deliver({ update_id: id, ...fields });
  await h.fake.handled(id);
  return {
    replies: h.fake
      .sent(chatId)
      .slice(before)
      .map((m) => m.text),
    turns: engine.events.length - turns,
  };
}

function message(chatId: number, extra: Record<string, unknown>, chat: object = privateChat(chatId)) {
  return { message: { message_id: nextUpdate, date: 1_700_000_000, chat, from: person(chatId), ...extra } };
}

describe("Telegram channel, bad input", () => {
  const unsupported = "yalnızca yazılı mesajları okuyabiliyorum";
  it.each([
    ["a sticker", { sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1 } }],
    ["a photo", { photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] }],
    ["a document", { document: { file_id: "d", file_unique_id: "d", file_name: "x.pdf" } }],
    ["a voice message", { voice: { file_id: "v", file_unique_id: "v", duration: 3 } }],
  ])("answers %s shortly, without an engine turn", async (_name, extra) => {
    const chat = 6000 + nextUpdate;
    const got = await deliver(chat, message(chat, extra));
    expect(got.turns).toBe(0);
    expect(got.replies).toHaveLength(1);
    expect(got.replies[0]).toContain(unsupported);
  });

  it("takes a shared contact as its phone number typed", async () => {
    for (const [shared, typed] of [
      ["905321234567", "+905321234567"],
      ["+905321234567", "+905321234567"],
      ["05321234567", "05321234567"],
    ]) {
      const chat = 6000 + nextUpdate;
      const contact = { phone_number: shared, first_name: "U", user_id: chat };
      const got = await deliver(chat, message(chat, { contact }));
      expect(got).toEqual({ turns: 1, replies: [`echo: ${typed}`] });
    }
  });

  it.each([
    ["a photo", { photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] }],
    ["a document", { document: { file_id: "d", file_unique_id: "d", file_name: "levha.pdf" } }],
  ])("answers the caption of %s, saying the attachment was not read", async (_name, extra) => {
    const chat = 6000 + nextUpdate;
    const got = await deliver(chat, message(chat, { ...extra, caption: "vergi levhamız ekte" }));
    expect(got.turns).toBe(1);
    expect(got.replies).toEqual([expect.stringContaining("Eki açamıyorum"), "echo: vergi levhamız ekte"]);
  });

  it("answers an edited message shortly", async () => {
    const chat = 6100;
    const got = await deliver(chat, {
      edited_message: {
        message_id: 1,
        date: 1,
        edit_date: 2,
        chat: privateChat(chat),
        from: person(chat),
        text: "x",
      },
    });
    expect(got).toEqual({ turns: 0, replies: [expect.stringContaining("Düzenlenen mesajları")] });
  });

  it("ignores group and supergroup chatter, answers a command there with a pointer to a private chat", async () => {
    for (const type of ["group", "supergroup"]) {
      const chat = type === "group" ? -6200 : -1006200;
      const group = { id: chat, type, title: "Muhasebe" };
      expect(await deliver(chat, message(6201, { text: "merhaba" }, group))).toEqual({
        turns: 0,
        replies: [],
      });
      const got = await deliver(chat, message(6201, { text: "/start" }, group));
      expect(got.turns).toBe(0);
      expect(got.replies).toEqual([expect.stringContaining("yalnızca özel sohbette")]);
    }
  });

  it("ignores channel posts", async () => {
    const chat = -1006300;
    const post = {
      message_id: 1,
      date: 1,
      chat: { id: chat, type: "channel", title: "Duyuru" },
      text: "/start",
    };
    expect(await deliver(chat, { channel_post: post })).toEqual({ turns: 0, replies: [] });
    expect(await deliver(chat, { edited_channel_post: { ...post, edit_date: 2 } })).toEqual({
      turns: 0,
      replies: [],
    });
  });

  it("answers a 10 000-character text shortly, without an engine turn", async () => {
    const chat = 6400;
    const got = await deliver(chat, message(chat, { text: "a".repeat(10_000) }));
    expect(got).toEqual({ turns: 0, replies: [expect.stringContaining("çok uzun")] });
  });

  // hostile tester (second round): the cap counted UTF-16 code units, two an emoji, so 2 100 emoji
  // (4 200 units) were "too long"; a person counts characters (code points). Third round: Telegram's
  // 4 096 let through more than the engine reads (2 000 characters), which then read only a part;
  // a text over the engine's 2 000 is refused whole, naming the limit
  it("counts characters, not UTF-16 code units: 2 000 emoji are a turn, 2 001 too long", async () => {
    const emoji = (count: number) => "😀".repeat(count);
    const chat = 6401;
    for (const count of [1100, 2000]) {
      const got = await deliver(chat, message(chat, { text: emoji(count) }));
      expect(got.turns, `${count} emoji`).toBe(1);
      expect(got.replies.join("")).toBe(`echo: ${emoji(count)}`);
    }
    for (const text of [emoji(2001), emoji(4096), `${"ğ".repeat(2000)}!`]) {
      const over = await deliver(chat, message(chat, { text }));
      expect(over).toEqual({ turns: 0, replies: [expect.stringContaining("çok uzun")] });
      expect(over.replies[0]).toContain("2.000 karakter");
    }
  });

  it("names the limit in English to an English-speaking user", async () => {
    const chat = 6402;
    const update = message(chat, { text: "😀".repeat(3000) });
    (update.message.from as { language_code?: string }).language_code = "en";
    const got = await deliver(chat, update);
    expect(got).toEqual({ turns: 0, replies: [expect.stringContaining("at most 2,000 characters")] });
  });

  it("ignores updates of kinds it did not ask for and keeps serving", async () => {
    const chat = 6500;
    expect(await deliver(chat, { poll: { id: "1", question: "?", options: [] } })).toEqual({
      turns: 0,
      replies: [],
    });
    const got = await deliver(chat, message(chat, { text: "hâlâ burada mısın" }));
    expect(got).toEqual({ turns: 1, replies: ["echo: hâlâ burada mısın"] });
  });

  it("answers a flood in one chat politely once and keeps the other chats served", async () => {
    const chat = 6600;
    for (let i = 0; i < 5; i++) await h.fake.handled(await h.fake.sendText(TEST_BOT_TOKEN, chat, `m${i}`));
    const turns = engine.events.length;
    await h.fake.handled(await h.fake.sendText(TEST_BOT_TOKEN, chat, "fazla"));
    await h.fake.handled(await h.fake.sendText(TEST_BOT_TOKEN, chat, "daha fazla"));
    expect(engine.events.length).toBe(turns);
    const texts = h.fake.sent(chat).map((m) => m.text);
    expect(texts.filter((t) => t.includes("Çok hızlı")).length).toBe(1);
    const other = await deliver(6601, message(6601, { text: "ben başkayım" }));
    expect(other.turns).toBe(1);
  });
});
