import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { JobLogger } from "../../core/jobs/job-logger.ts";
import { maskEmail } from "../../core/privacy/mask.ts";
import { maskOneTimeCodes } from "./mask-codes.ts";

/** One e-mail to send. */
export interface EmailMessage {
  /** Used to name the .eml file of the file sink. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail; throws when the mail server refused the message. */
export interface EmailSender {
  sendEmail(message: EmailMessage): Promise<void>;
}

/** Sends through an SMTP server given as `smtp://user:pass@host:port` or `smtps://…`. */
export class SmtpEmailSender implements EmailSender {
  readonly #transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.#transport = nodemailer.createTransport(smtpUrl);
  }

  async sendEmail(message: EmailMessage): Promise<void> {
    const info = await this.#transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
    const rejected = info.rejected ?? [];
    if (rejected.length > 0) throw new Error(`the mail server rejected ${rejected.length} recipient(s)`);
  }

  /** Closes pooled connections. */
  close(): void {
    this.#transport.close();
  }
}

/**
 * The embedded default when no SMTP server is configured: each mail is written as an RFC 5322 `.eml`
 * file under `dir` (`<MM_DATA_DIR>/outbox/`, mode 0600 in a 0700 folder) with one-time codes masked,
 * and a masked log line says so.
 */
export class FileEmailSender implements EmailSender {
  readonly #transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

  constructor(
    private readonly dir: string,
    private readonly from: string,
    private readonly logger: JobLogger,
  ) {}

  async sendEmail(message: EmailMessage): Promise<void> {
    const info = await this.#transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: maskOneTimeCodes(message.text),
    });
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const file = join(this.dir, `${message.id}.eml`);
    writeFileSync(file, info.message as Buffer, { mode: 0o600 });
    this.logger.info({ to: maskEmail(message.to), file }, "no SMTP_URL: e-mail written to the outbox folder");
  }
}
