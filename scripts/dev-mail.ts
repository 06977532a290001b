/**
 * `npm run dev:mail [port]`: a local SMTP receiver for development that prints every mail it gets
 * (recipient, subject, text) on stdout, so that a one-time code can be read while trying the chat.
 * The `.eml` outbox of the embedded default masks codes (codes are never kept in clear in a file),
 * so without a mail server no code dialog can be finished; start the service with
 * `SMTP_URL=smtp://127.0.0.1:2525` beside this. Loopback only, no TLS, no authentication: never a
 * production mail server.
 */
import { SMTPServer } from "smtp-server";
// the decoding the tests' SMTP receiver already does (headers, quoted-printable, base64)
import { parseMail } from "../test/helpers/smtp-receiver.ts";

const port = Number(process.argv[2] ?? process.env.MM_DEV_MAIL_PORT ?? 2525);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`dev:mail: the port must be a number from 1 to 65535, not ${process.argv[2]}\n`);
  process.exit(1);
}

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const { subject, text } = parseMail(Buffer.concat(chunks).toString("utf8"));
      const to = session.envelope.rcptTo.map((r) => r.address).join(", ");
      process.stdout.write(`--- mail ---\nto: ${to}\nsubject: ${subject}\n\n${text.trim()}\n`);
      callback();
    });
  },
});
server.on("error", (error) => {
  process.stderr.write(`dev:mail: ${error.message}\n`);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  process.stdout.write(
    `dev:mail: listening on smtp://127.0.0.1:${port} (start the service with SMTP_URL=smtp://127.0.0.1:${port})\n`,
  );
});
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
