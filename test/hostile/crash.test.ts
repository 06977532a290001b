/**
 * Crash suite: the service (`npm start`, adapters/main.ts) as a real child process, killed with
 * SIGKILL in the middle of an application, a payment notice and the issuance that follows, then
 * restarted on the same data folder: nothing lost (the conversation resumes, the order, the payment
 * and the certificates are there), nothing twice (one application, one payment, one certificate of
 * each kind for the order), and the audit chain verifies. Kill delays come from a fixed seed.
 */

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase } from "../../adapters/db/database.ts";
import { storageLocation } from "../../adapters/db/storage-location.ts";
import { freePort, projectRoot, type RunningScript, runScript, watchProcess } from "../helpers/processes.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../helpers/smtp-receiver.ts";

const SECRET = "c".repeat(40);
const dir = mkdtempSync(join(tmpdir(), "mm-crash-"));
let port = 0;
let running: RunningScript | undefined;
afterAll(async () => {
  if (running) {
    running.child.kill("SIGKILL");
    await running.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = seeded(1616);
/** The chat of the first case; the later cases show it resumes after their crashes too. */
let chat: { sessionId: string; token: string } | undefined;
/** Recovery steps are taken over this long after a crash (the default is 2 minutes). */
const RECOVERY_LEASE_MS = "1000";

async function start(extraEnv: Record<string, string> = {}): Promise<string> {
  if (!port) port = await freePort();
  running = serviceProcess({
    PORT: String(port),
    HOST: "127.0.0.1",
    MM_DATA_DIR: dir,
    DATABASE_URL: "",
    MM_TEST_MODE: "1",
    MM_JOB_INTERVAL_MS: "100",
    MM_RECOVERY_LEASE_MS: RECOVERY_LEASE_MS,
    MM_PAYMENT_WEBHOOK_SECRET: SECRET,
    LOG_LEVEL: "info",
    TELEGRAM_BOT_TOKEN: "",
    SLACK_SIGNING_SECRET: "",
    SLACK_BOT_TOKEN: "",
    ...extraEnv,
  });
  await running.waitFor(/HTTP server listening/, 90_000);
  return `http://127.0.0.1:${port}`;
}

/**
 * `adapters/main.ts` in ONE node process (tsx as a loader), so SIGKILL hits the service itself: the
 * tsx command line would run it in a child of its own that a SIGKILL of the parent leaves running.
 */
function serviceProcess(
  env: Record<string, string>,
  script = "adapters/main.ts",
  args: string[] = [],
): RunningScript {
  return watchProcess(
    spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
}

/** The operator CLI (`mm …`) as one node process on the crash suite's data folder, killable like the service. */
function cli(args: string[]): RunningScript {
  return serviceProcess(
    {
      MM_DATA_DIR: dir,
      DATABASE_URL: "",
      MM_TEST_MODE: "1",
      MM_JOB_INTERVAL_MS: "0",
      MM_RECOVERY_LEASE_MS: RECOVERY_LEASE_MS,
      LOG_LEVEL: "silent",
      TELEGRAM_BOT_TOKEN: "",
      SLACK_SIGNING_SECRET: "",
      SLACK_BOT_TOKEN: "",
    },
    "adapters/cli/main.ts",
    args,
  );
}

/** `mm audit verify` on the data folder reports an intact chain. */
async function expectAuditChainIntact(): Promise<void> {
  const verify = runScript(
    "adapters/cli/main.ts",
    { MM_DATA_DIR: dir, DATABASE_URL: "", LOG_LEVEL: "silent" },
    ["audit", "verify"],
  );
  const code = await verify.exited;
  expect(`${verify.stdout()}${verify.stderr()}`).not.toMatch(/broken|mismatch|truncat/i);
  expect(code).toBe(0);
}

async function kill(): Promise<void> {
  running!.child.kill("SIGKILL");
  await running!.exited;
  running = undefined;
}

/** Reads storage while the service is down (or alongside it: SQLite WAL readers). */
async function withDb<T>(read: (db: OpenDatabase["db"]) => Promise<T>): Promise<T> {
  const open = await openDatabase(storageLocation(undefined, dir));
  try {
    return await read(open.db);
  } finally {
    await open.close();
  }
}

async function say(
  base: string,
  session: { sessionId: string; token: string },
  text: string,
): Promise<string> {
  const res = await fetch(`${base}/api/chat/sessions/${session.sessionId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ text }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: { text: string }[] }).messages.map((m) => m.text).join("\n");
}

/** Sends a request and kills the service `delayMs` later, whatever the request is doing then. */
async function killDuring(request: () => Promise<unknown>, delayMs: number): Promise<void> {
  const pending = request().catch(() => undefined);
  await new Promise((r) => setTimeout(r, delayMs));
  await kill();
  await pending;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A new web chat session. */
async function newChat(base: string): Promise<{ sessionId: string; token: string }> {
  const created = await fetch(`${base}/api/chat/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale: "tr" }),
  });
  return (await created.json()) as { sessionId: string; token: string };
}

/** The six-digit code of the first mail to `to` after the first `seen` mails (the dispatcher sends it). */
async function nextCode(smtp: SmtpReceiver, to: string, seen: number): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const mail = smtp.mails.slice(seen).find((m) => m.to.includes(to) && /\b\d{6}\b/.test(m.text));
    if (mail) return /\b(\d{6})\b/.exec(mail.text)![1]!;
    if (Date.now() > deadline) throw new Error(`no code mailed to ${to}`);
    await sleep(50);
  }
}

describe("crash suite: SIGKILL at each step, then restart", () => {
  it("loses nothing and doubles nothing through application, payment and issuance", async () => {
    const figures = { kills: 0 };
    let base = await start();
    const created = await fetch(`${base}/api/chat/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale: "tr" }),
    });
    const session = (await created.json()) as { sessionId: string; token: string };
    chat = session;
    for (const text of [
      "Başvuru yapmak istiyorum",
      "tüzel",
      "3230512384",
      "Örnek Bilişim Anonim Şirketi",
      "Ayşe Yılmaz",
    ])
      await say(base, session, text);

    // killed in the middle of a turn, the conversation resumes at the question it had reached
    await killDuring(() => say(base, session, "10000000146"), Math.floor(random() * 20));
    figures.kills += 1;
    base = await start();
    let answer = await say(base, session, "10000000146");
    if (!/e-posta/i.test(answer)) answer = await say(base, session, "bilgi@ornek.com.tr");
    else await say(base, session, "bilgi@ornek.com.tr");
    for (const text of ["0532 123 45 67", "kart", "Atatürk Cad. No: 1 Çankaya Ankara"])
      await say(base, session, text);

    // killed while the application is being submitted: after the restart "evet" again gives one order
    await killDuring(() => say(base, session, "evet"), 5 + Math.floor(random() * 30));
    figures.kills += 1;
    base = await start();
    const retried = await say(base, session, "evet");
    const applications = await withDb((db) => db.application.findMany({ where: { vkn: "3230512384" } }));
    expect(applications.length).toBe(1);
    const { orderNo } = applications[0]!;
    expect(retried.length).toBeGreaterThan(0);

    // killed while the payment notice is recorded; the provider repeats it after the restart
    const notice = () =>
      fetch(`${base}/api/payments`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${SECRET}` },
        body: JSON.stringify({
          orderNo,
          channel: "sanalpos",
          providerRef: "pos-crash-1",
          amountKurus: 175_000,
        }),
      });
    await killDuring(notice, Math.floor(random() * 15));
    figures.kills += 1;
    base = await start();
    const repeated = await notice();
    expect(repeated.status).toBe(200);
    expect(await withDb((db) => db.payment.count())).toBe(1);

    // issuance runs as a job: killed at seeded moments while it may be running, restarted each time
    for (let i = 0; i < 3; i++) {
      await sleep(20 + Math.floor(random() * 400));
      await kill();
      figures.kills += 1;
      base = await start();
    }
    // the last run completes what was begun
    const deadline = Date.now() + 60_000;
    let status = "";
    while (Date.now() < deadline) {
      status = (await withDb((db) => db.application.findUnique({ where: { orderNo } })))?.status ?? "";
      if (!["awaiting_payment", "paid", "in_production"].includes(status)) break;
      await sleep(250);
    }
    expect(["produced", "shipped", "delivered", "completed"]).toContain(status);
    await sleep(500);
    const certificates = await withDb((db) =>
      db.certificate.findMany({
        where: { vkn: "3230512384" },
        select: { kind: true, state: true, orderId: true, serial: true },
      }),
    );
    const issued = certificates.filter((c) => c.state === "issued");
    const kinds = issued.map((c) => c.kind).sort();
    expect(new Set(kinds).size).toBe(kinds.length); // one certificate of each kind, never two
    expect(kinds).toContain("sign");
    // each issued certificate is in the audit chain exactly once, whatever step the kills cut off
    const issuanceAudit = await withDb((db) =>
      db.auditEntry.findMany({ where: { action: "certificate_issued" }, select: { subject: true } }),
    );
    for (const serial of issued.map((c) => c.serial))
      expect(
        issuanceAudit.filter((e) => e.subject === serial),
        serial,
      ).toHaveLength(1);
    expect(await withDb((db) => db.payment.count())).toBe(1);
    expect(await withDb((db) => db.application.count())).toBe(1);

    // the conversation resumes after all this
    expect((await say(base, session, "sipariş durumu")).length).toBeGreaterThan(0);
    await kill();

    await expectAuditChainIntact();
    console.log(
      `crash suite: ${figures.kills} SIGKILLs, 1 application, 1 payment, ${issued.length} certificates (${kinds.join(", ")}), audit chain intact`,
    );
  }, 600_000);

  it("completes a four-eyes revocation killed between its writes: both certificates revoked, audited and told once", async () => {
    // The first case left the service down and its order produced. Each round revokes one card pair
    // through `mm revocation approve` (a second agent approving U1's GİB request), killed with
    // SIGKILL as soon as storage shows the approval written, or the first certificate revoked (before
    // its audit entry, the sibling and the notice). The first round takes the order's pair, the
    // second one `mm issue --direct` makes; U1's pending request is written straight into storage
    // (a CLI run costs half a minute on a loaded machine; the approval is what is killed here).
    const vkn = "3230512384";
    const killPoints = ["request approved", "certificate revoked"] as const;
    const rounds: { sign: string; encr: string; requestId: string; killed: string }[] = [];
    const started = Date.now();
    const open = await openDatabase(storageLocation(undefined, dir));
    try {
      for (const [index, point] of killPoints.entries()) {
        if (index > 0) {
          const issue = cli(["issue", "--direct", "--vkn", vkn, "--title", "Örnek Bilişim Anonim Şirketi"]);
          expect(await issue.exited, issue.stderr()).toBe(0);
        }
        const pair = await open.db.certificate.findMany({
          where: { vkn, state: "issued", revokedAt: null },
          orderBy: { createdAt: "desc" },
          take: 2,
        });
        const sign = pair.find((c) => c.kind === "sign")!.serial;
        const encr = pair.find((c) => c.kind === "encr")!.serial;
        const requestId = `crash-request-${index}`;
        await open.db.revocationRequest.create({
          data: {
            id: requestId,
            serial: sign,
            reason: "gib",
            requestedBy: "U1",
            requestedAt: new Date(),
            status: "pending",
          },
        });
        const reached = {
          "request approved": async () =>
            (await open.db.revocationRequest.findUnique({ where: { id: requestId } }))?.status !== "pending",
          "certificate revoked": async () =>
            (await open.db.certificate.findUnique({ where: { serial: sign } }))?.revokedAt != null,
        }[point];
        const approve = cli(["revocation", "approve", "--id", requestId, "--agent", "U2"]);
        let killed = "after it finished";
        while (approve.child.exitCode === null) {
          if (await reached()) {
            approve.child.kill("SIGKILL");
            killed = point;
            break;
          }
          await sleep(1);
        }
        await approve.exited;
        rounds.push({ sign, encr, requestId, killed });
        console.log(
          `crash suite (revocation): round ${index + 1} killed at ${killed}, ${Math.round((Date.now() - started) / 1000)} s`,
        );
      }
    } finally {
      await open.close();
    }

    // the restarted service's recovery sweep completes every round once the lease has run out; an
    // approval killed before it was written never happened: the operator gives it again
    const base = await start();
    for (const round of rounds) {
      const status = await withDb(
        async (db) => (await db.revocationRequest.findUnique({ where: { id: round.requestId } }))?.status,
      );
      if (status !== "pending") continue;
      await sleep(Number(RECOVERY_LEASE_MS));
      const again = cli(["revocation", "approve", "--id", round.requestId, "--agent", "U2"]);
      expect(await again.exited, again.stderr()).toBe(0);
    }
    const deadline = Date.now() + 90_000;
    for (;;) {
      const [open, undone] = await withDb(async (db) => [
        await db.recoveryStep.count({ where: { closedAt: null } }),
        await db.revocationRequest.count({
          where: { id: { in: rounds.map((r) => r.requestId) }, status: { not: "done" } },
        }),
      ]);
      if (open === 0 && undone === 0) break;
      if (Date.now() > deadline)
        throw new Error(`not recovered: ${open} open steps, ${undone} requests not done`);
      await sleep(250);
    }
    const { certificates, audit, notices } = await withDb(async (db) => ({
      certificates: await db.certificate.findMany({
        where: { vkn },
        select: { serial: true, revokedAt: true },
      }),
      audit: await db.auditEntry.findMany({ select: { action: true, subject: true } }),
      notices: await db.notification.findMany({
        where: { uniqueKey: { startsWith: "certificate_revoked:" } },
      }),
    }));
    const count = (action: string, subject: string) =>
      audit.filter((e) => e.action === action && e.subject === subject).length;
    for (const round of rounds) {
      for (const serial of [round.sign, round.encr]) {
        expect(
          certificates.find((c) => c.serial === serial)?.revokedAt,
          `${round.killed}: ${serial}`,
        ).toBeTruthy();
        expect(count("certificate_revoked", serial), `${round.killed}: audit of ${serial}`).toBe(1);
      }
      expect(count("revocation_approved", round.sign), round.killed).toBe(1);
      expect(count("revocation_by_request", round.sign), round.killed).toBe(1);
      expect(notices.filter((n) => n.uniqueKey === `certificate_revoked:${round.sign}`)).toHaveLength(1);
    }

    // the conversation of the first case resumes
    expect((await say(base, chat!, "sipariş durumu")).length).toBeGreaterThan(0);
    await kill();
    await expectAuditChainIntact();
    console.log(
      `crash suite (revocation): ${rounds.length} approvals killed (${rounds.map((r) => r.killed).join(", ")}); after restart ${rounds.length * 2} certificates revoked, each audited once, ${rounds.length} notices`,
    );
  }, 900_000);

  it("completes a contact update killed between the update and the old contact's notice: told once, audited once", async () => {
    // codes reach the test by SMTP (the .eml sink masks them); the service from the last case is down
    const vkn = "3230512384";
    const smtp = await startSmtpReceiver();
    const withSmtp = { SMTP_URL: smtp.url, SMTP_FROM: "mm@example.test" };
    try {
      const registered = await withDb(
        async (db) => (await db.subscriber.findUnique({ where: { idNumber: vkn } }))!,
      );
      let email = registered.email;
      const proven = new Date();
      await withDb((db) =>
        db.contactVerification.upsert({
          where: { idNumber_kind_value: { idNumber: vkn, kind: "email", value: email } },
          create: { idNumber: vkn, kind: "email", value: email, verifiedAt: proven },
          update: {},
        }),
      );
      const killPoints = ["contact updated", "old contact told"] as const;
      const rounds: { old: string; next: string; killed: string }[] = [];
      let base = await start(withSmtp);
      for (const [i, point] of killPoints.entries()) {
        const next = `yeni${i}@ornek.com.tr`;
        const session = await newChat(base);
        await say(base, session, "e-posta adresimi güncellemek istiyorum");
        let seen = smtp.mails.length;
        await say(base, session, vkn);
        await say(base, session, await nextCode(smtp, email, seen));
        await say(base, session, "e-posta");
        seen = smtp.mails.length;
        await say(base, session, next);
        const code = await nextCode(smtp, next, seen);
        const open = await openDatabase(storageLocation(undefined, dir));
        let killed = "after it finished";
        try {
          const reached = {
            "contact updated": async () =>
              (await open.db.subscriber.findUnique({ where: { idNumber: vkn } }))?.email === next,
            "old contact told": async () =>
              (await open.db.notification.count({
                where: { recipient: email, uniqueKey: { startsWith: "contact_changed:" } },
              })) > 0,
          }[point];
          const confirm = say(base, session, code).catch(() => "");
          let done = false;
          void confirm.then(() => {
            done = true;
          });
          while (!done) {
            if (await reached()) {
              await kill();
              killed = point;
              break;
            }
            await sleep(1);
          }
          await confirm;
        } finally {
          await open.close();
        }
        rounds.push({ old: email, next, killed });
        console.log(`crash suite (contact update): round ${i + 1} killed at ${killed}`);
        if (killed !== "after it finished") base = await start(withSmtp);
        // the change is completed (by the sweep after a kill): the next round starts from the new address
        const deadline = Date.now() + 60_000;
        while ((await withDb((db) => db.recoveryStep.count({ where: { closedAt: null } }))) > 0) {
          if (Date.now() > deadline) throw new Error(`contact update not recovered (${point})`);
          await sleep(250);
        }
        email = next;
      }
      const { subscriber, notices, audited } = await withDb(async (db) => ({
        subscriber: await db.subscriber.findUnique({ where: { idNumber: vkn } }),
        notices: await db.notification.findMany({ where: { uniqueKey: { startsWith: "contact_changed:" } } }),
        audited: await db.auditEntry.count({ where: { action: "contact_updated" } }),
      }));
      expect(subscriber?.email).toBe(rounds.at(-1)!.next);
      for (const round of rounds)
        expect(
          notices.filter((n) => n.recipient === round.old),
          round.killed,
        ).toHaveLength(1);
      expect(notices).toHaveLength(rounds.length);
      expect(audited).toBe(rounds.length);
      // the conversation of the first case resumes
      expect((await say(base, chat!, "sipariş durumu")).length).toBeGreaterThan(0);
      await kill();
      await expectAuditChainIntact();
      console.log(
        `crash suite (contact update): ${rounds.length} confirmations killed (${rounds.map((r) => r.killed).join(", ")}); old contacts told ${notices.length} times, ${audited} audit entries`,
      );
    } finally {
      await smtp.close();
    }
  }, 900_000);
});
