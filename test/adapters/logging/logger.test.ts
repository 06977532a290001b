import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../../adapters/logging/logger.ts";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, logger: createLogger({ destination, level: "debug" }) };
}

describe("logging masks personal data", () => {
  it("masks TCKN, VKN, phone and e-mail wherever they appear", () => {
    const { lines, logger } = capture();
    logger.info(
      { vkn: "3230512384", contact: { email: "bilgi@ornek.com.tr", phone: "+905321234567" } },
      "applicant 17291716060 called from 0532 123 45 67 about bilgi@ornek.com.tr",
    );
    const out = lines.join("");
    for (const secret of [
      "3230512384",
      "17291716060",
      "bilgi@ornek",
      "5321234567",
      "532 123 45 67",
      "+905321234567",
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain("32******84");
    expect(out).toContain("17*******60");
    expect(out).toContain("b***@ornek.com.tr");
    expect(out).toContain("+90 5** *** ** 67");
    const parsed = JSON.parse(lines[0]!);
    expect(parsed.msg).toMatch(/^applicant /);
  });

  it("removes PIN and code fields by key and keeps other numbers", () => {
    const { lines, logger } = capture();
    logger.warn(
      { pin: "123456", login: { pin: "9999" }, code: "482913", port: 3000, count: 123456789012345 },
      "x",
    );
    const parsed = JSON.parse(lines[0]!);
    expect(parsed.pin).toBe("[redacted]");
    expect(parsed.login.pin).toBe("[redacted]");
    expect(parsed.code).toBe("[redacted]");
    expect(parsed.port).toBe(3000);
    expect(parsed.count).toBe(123456789012345);
    expect(typeof parsed.time).toBe("number");
  });

  it("keeps an error's code, which an operator needs, and still removes a one-time code", () => {
    const { lines, logger } = capture();
    const failure = Object.assign(new Error("listen EADDRINUSE"), { code: "EADDRINUSE" });
    logger.fatal({ code: "ca_missing", err: failure, login: { code: "482913" } }, "x");
    logger.warn({ code: 482913 }, "y");
    logger.warn({ code: "A482913" }, "z");
    const [fatal, digits, mixed] = lines.map((l) => JSON.parse(l));
    expect(fatal.code).toBe("ca_missing");
    expect(fatal.err.code).toBe("EADDRINUSE");
    expect(fatal.login.code).toBe("[redacted]");
    expect(digits.code).toBe("[redacted]");
    expect(mixed.code).toBe("[redacted]");
  });
});

describe("logging masks credentials and spelled-out numbers", () => {
  it("masks URL userinfo, grouped identity numbers and Turkish e-mail addresses, also in error messages", () => {
    const { lines, logger } = capture();
    logger.error(
      {
        err: new Error("connect failed: postgres://mm:Parola-99@db:5432/mm"),
        smtp: "smtps://u:p4ss@mail:465",
      },
      "VKN 323 051 2384, TCKN 10000-000-146, e-posta çağrı@örnek.com.tr",
    );
    const out = lines.join("");
    for (const secret of ["Parola-99", "p4ss", "323 051 2384", "10000-000-146", "çağrı@"])
      expect(out).not.toContain(secret);
    expect(out).toContain("postgres://***@db:5432/mm");
  });

  it("writes a 1 MB line of letters in well under a second", () => {
    const { lines, logger } = capture();
    const started = performance.now();
    logger.info({ blob: "a".repeat(1_000_000) }, "big");
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(lines.join("").length).toBeGreaterThan(1_000_000);
  });
});

describe("logging keeps the service's ids whole", () => {
  it("a notification id whose last group holds ten digits in a row stays whole in its id field (tester, session 16)", () => {
    const { lines, logger } = capture();
    const id = "01a22c03-bc6b-746a-b40b-1c5510396306";
    logger.info({ notificationId: id, jobId: "0195f3a2-1234-7abc-8def-905321234567" }, "notification sent");
    const parsed = JSON.parse(lines[0]!);
    expect(parsed.notificationId).toBe(id);
    expect(parsed.jobId).toBe("0195f3a2-1234-7abc-8def-905321234567");
  });

  it("still masks personal data beside an id field, and a UUID-shaped text outside one", () => {
    const { lines, logger } = capture();
    logger.info(
      {
        id: "01a22c03-bc6b-746a-b40b-1c5510396306",
        note: "aaaaaaaa-bbbb-cccc-dddd-a32305123840",
        vkn: "3230512384",
      },
      "called from 0532 123 45 67",
    );
    const out = lines.join("");
    expect(out).toContain("01a22c03-bc6b-746a-b40b-1c5510396306");
    for (const secret of ["3230512384", "532 123 45 67"]) expect(out).not.toContain(secret);
  });
});

describe("logging keeps certificate serials whole", () => {
  it("a serial field's hex value stays whole, digit runs and all (outside tester: the OCSP signer's serial was masked)", () => {
    const { lines, logger } = capture();
    const serial = "733d00123456711c2e88f1ab48419081";
    const other = "5a3230512384aa05321234567bc1";
    logger.info(
      {
        serial,
        replaces: other,
        serials: [serial, other],
        signerSerial: other,
        serialNumber: "4c17291716060ff",
        certificate: { serial: other },
      },
      "OCSP responder switched to a new signing certificate",
    );
    const parsed = JSON.parse(lines[0]!);
    expect(parsed.serial).toBe(serial);
    expect(parsed.replaces).toBe(other);
    expect(parsed.serials).toEqual([serial, other]);
    expect(parsed.signerSerial).toBe(other);
    expect(parsed.serialNumber).toBe("4c17291716060ff");
    expect(parsed.certificate.serial).toBe(other);
  });

  it("still masks TCKN, VKN, phone and e-mail beside a serial field, in the message and in other fields", () => {
    const { lines, logger } = capture();
    logger.info(
      {
        serial: "733d00123456711c2e88f1ab48419081",
        note: "5a3230512384aa",
        vkn: "3230512384",
        email: "bilgi@ornek.com.tr",
      },
      "serial 733d00123456711c2e88f1ab48419081 for TCKN 17291716060, call 0532 123 45 67",
    );
    const out = lines.join("");
    for (const secret of ["3230512384", "17291716060", "532 123 45 67", "bilgi@"])
      expect(out).not.toContain(secret);
    expect(JSON.parse(lines[0]!).serial).toBe("733d00123456711c2e88f1ab48419081");
  });

  it("a serial field that holds no hex serial (a typed VKN, a sentence) is masked as any other text", () => {
    const { lines, logger } = capture();
    logger.info(
      { serial: "VKN 3230512384", serialNumber: "17291716060 x", signerSerial: "3230512384" },
      "typed",
    );
    const out = lines.join("");
    for (const secret of ["3230512384", "17291716060"]) expect(out).not.toContain(secret);
  });
});

describe("logging keeps its own time whole", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a time in milliseconds that passes the Luhn check is no card number (CI: '\"time\":*********8')", () => {
    vi.useFakeTimers({ now: 1764585600018, toFake: ["Date"] });
    const { lines, logger } = capture();
    logger.info({ elapsedMs: 1764585600000 }, "started");
    const parsed = JSON.parse(lines[0]!);
    expect(parsed.time).toBe(1764585600018);
    expect(parsed.elapsedMs).toBe(1764585600000);
  });
});
