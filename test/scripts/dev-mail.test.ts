/**
 * `npm run dev:mail`: without a mail server the outbox masks one-time codes (issue 16), so a
 * newcomer on the README's set-up could finish no code dialog (ops tester 20). The development
 * receiver prints each mail, the code included, for the developer who is the customer.
 */
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { freePort, runScript } from "../helpers/processes.ts";

describe("npm run dev:mail", () => {
  it("prints the recipient, the subject and the text (the code readable) of each mail it receives", async () => {
    const port = await freePort();
    const run = runScript("scripts/dev-mail.ts", {}, [String(port)]);
    try {
      await run.waitFor(new RegExp(`listening on smtp://127\\.0\\.0\\.1:${port}`), 60_000);
      const transport = nodemailer.createTransport({
        host: "127.0.0.1",
        port,
        secure: false,
        ignoreTLS: true,
      });
      await transport.sendMail({
        from: "noreply@localhost",
        to: "bilgi@ornek.com.tr",
        subject: "Doğrulama kodunuz",
        text: "Kimlik doğrulama kodunuz: 482913. Kod 5 dakika geçerlidir.",
      });
      await run.waitFor(/482913/, 10_000);
      const out = run.stdout();
      expect(out).toContain("to: bilgi@ornek.com.tr");
      expect(out).toContain("subject: Doğrulama kodunuz");
      expect(out).toContain("Kimlik doğrulama kodunuz: 482913. Kod 5 dakika geçerlidir.");
    } finally {
      run.child.kill("SIGINT");
    }
    expect(await run.exited).toBe(0);
  }, 90_000);

  it("refuses a port that is no port, in one line", async () => {
    const run = runScript("scripts/dev-mail.ts", {}, ["seventy"]);
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim()).toBe("dev:mail: the port must be a number from 1 to 65535, not seventy");
  }, 60_000);
});
