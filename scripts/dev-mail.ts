/**
 * `npm run dev:mail [port]`: a local SMTP receiver for development that prints every mail it gets
 * (recipient, subject, text) on stdout, so that a one-time code can be read while trying the chat.
 * The `.eml` outbox of the embedded default masks codes (codes are never kept in clear in a file),
 * so without a mail server no code dialog can be finished; start the service with
 * `SMTP_URL=smtp://127.0.0.1:2525` beside this. Loopback only, no TLS, no authentication: never a
 * production mail server.
 */
import { SMTPServer } from "smtp-server";

const port = Number(process.argv[2] ?? process.env.MM_DEV_MAIL_PORT ?? 2525);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`dev:mail: the port must be a number from 1 to 65535, not ${process.argv[2]}\n`);
  process.exit(1);
}

/** The headers and the decoded text of a plain mail as nodemailer writes it. */
function describeMail(raw: string): string {
  const [head = "", ...body] = raw.split(/\r?\n\r?\n/);
  const header = (name: string) =>
    new RegExp(`^${name}: (.*)$`, "mi").exec(head.replace(/\r?\n[ \t]+/g, " "))?.[1] ?? "";
  const decodeWords = (value: string) =>
    value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuoted(text.replace(/_/g, " ")),
    );
  let text = body.join("\n\n");
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  if (encoding === "quoted-printable") text = decodeQuoted(text.replace(/=\r?\n/g, ""));
  else if (encoding === "base64") text = Buffer.from(text.replace(/\s+/g, ""), "base64").toString("utf8");
  return `to: ${header("To")}\nsubject: ${decodeWords(header("Subject"))}\n\n${text.trim()}\n`;
}

function decodeQuoted(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text[i] === "=" ? text.slice(i + 1, i + 3) : "";
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      process.stdout.write(`--- mail ---\n${describeMail(Buffer.concat(chunks).toString("utf8"))}`);
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
