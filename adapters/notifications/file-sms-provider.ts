import { appendFileSync, chmodSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { JobLogger } from "../../core/jobs/job-logger.ts";
import type { SmsProvider } from "../../core/notifications/notification-sender.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { maskPhone } from "../../core/privacy/mask.ts";
import { maskOneTimeCodes } from "./mask-codes.ts";

/**
 * The embedded SMS provider until a real one is configured: appends each message as one JSON line
 * to `file` (`<MM_DATA_DIR>/outbox/sms.log`, mode 0600) with one-time codes masked; the log line
 * shows the number masked.
 */
export class FileSmsProvider implements SmsProvider {
  constructor(
    private readonly file: string,
    private readonly clock: Clock,
    private readonly logger: JobLogger,
  ) {}

  async sendSms(to: string, text: string): Promise<void> {
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    const line = { at: this.clock.now().toISOString(), to, text: maskOneTimeCodes(text) };
    appendFileSync(this.file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
    chmodSync(this.file, 0o600);
    this.logger.info({ to: maskPhone(to), file: this.file }, "SMS written to the outbox file");
  }
}
