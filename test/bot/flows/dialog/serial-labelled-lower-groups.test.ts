/**
 * A labelled serial in colon, dash or dot groups with lower-case letter groups ("seri no:
 * 12:ab:34:cd:56:ef:78:90") was unreadable at the status question: a two-letter lower-case group
 * ended the serial. Joined by ":", "-" or "." it is a group of the serial; after a space a short word
 * ("… 97D3 de geçerli mi") still ends it.
 */
import { describe, expect, it } from "vitest";
import { labelledSerial } from "../../../../bot/flows/dialog/subject.ts";
import { setup } from "../../harness.ts";

describe("a labelled serial with lower-case hex groups", () => {
  it.each([
    "seri no: 12:ab:34:cd:56:ef:78:90",
    "Seri No 12-ab-34-cd-56-ef-78-90",
    "serial number: 12.ab.34.cd.56.ef.78.90",
    "seri: ab:12:cd:34:ef:56:78:90",
  ])("'%s' is read", (raw) => {
    expect(labelledSerial(raw)).toBeDefined();
  });

  it("a short word after a space still ends it", () => {
    expect(labelledSerial("seri no 195D 4C95 D752 97D3 de geçerli mi")).toBe(
      labelledSerial("seri no 195D4C95D75297D3"),
    );
  });

  it("at the status question it is looked up, not refused", async () => {
    const { chat } = await setup();
    await chat.say("sertifika durumu");
    const answer = await chat.say("seri no: 12:ab:34:cd:56:ef:78:90");
    expect(answer).not.toMatch(/okuyamadım/);
    expect(answer).toMatch(/bulunamadı/);
  });
});
