import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileEmailSender } from "../../../adapters/notifications/email-sender.ts";
import { FileSmsProvider } from "../../../adapters/notifications/file-sms-provider.ts";
import { maskOneTimeCodes } from "../../../adapters/notifications/mask-codes.ts";
import { silentJobLogger } from "../../../core/jobs/job-logger.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-sinks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("file sinks of the embedded default", () => {
  it("mask one-time codes and leave phone, order and serial numbers alone", () => {
    expect(maskOneTimeCodes("Kodunuz: 482913\nKod 5 dakika")).toBe("Kodunuz: ••••••\nKod 5 dakika");
    expect(maskOneTimeCodes("Sipariş MM-2026-000042, +905321234567, seri 3f9a01, 1234567")).toBe(
      "Sipariş MM-2026-000042, +905321234567, seri 3f9a01, 1234567",
    );
  });

  it("write the SMS log and .eml files without the code, readable by the owner only", async () => {
    const outboxDir = join(dir, "data", "outbox");
    const sms = new FileSmsProvider(
      join(outboxDir, "sms.log"),
      new FrozenClock("2026-11-25T07:00:00Z"),
      silentJobLogger,
    );
    await sms.sendSms("+905321234567", "Kimlik doğrulama kodunuz: 482913");
    const mail = new FileEmailSender(outboxDir, "noreply@localhost", silentJobLogger);
    await mail.sendEmail({
      id: "n1",
      to: "a@b.com.tr",
      subject: "Kod",
      text: "Kimlik doğrulama kodunuz: 771204",
    });
    const smsText = readFileSync(join(outboxDir, "sms.log"), "utf8");
    expect(smsText).toContain("••••••");
    expect(smsText).not.toContain("482913");
    const eml = readFileSync(join(outboxDir, "n1.eml"), "utf8");
    expect(eml).not.toContain("771204");
    expect(statSync(outboxDir).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(outboxDir)) expect(statSync(join(outboxDir, f)).mode & 0o777, f).toBe(0o600);
  });
});
