import { randomUUID } from "node:crypto";
import { PrismaCaRepository } from "../../adapters/db/pki-ca-repository.ts";
import { createPrismaRaRepositories } from "../../adapters/db/ra/prisma-ra-repositories.ts";
import { defaultSelfServiceLinks } from "../../bot/self-service-links.ts";
import type { IssuanceEngine } from "../../core/pki/issuance-engine.ts";
import { FrozenClock } from "../../core/ports/clock.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import type { RaDeps } from "../../core/ra/ra-deps.ts";
import type { ApplicationInput } from "../../core/ra/registration-authority.ts";
import { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import { freshDatabase, type TestDialect } from "./databases.ts";
import { RecordingJobQueue, RecordingOutbox } from "./recording-ports.ts";
import { createTestCa, issuingCaRecord, type TestCa, testEngine } from "./test-ca.ts";

/** An RA over a fresh database of the dialect, a real issuance engine and recording outbound ports. */
export interface RaHarness {
  ra: RegistrationAuthorityService;
  deps: RaDeps;
  engine: IssuanceEngine;
  outbox: RecordingOutbox;
  jobs: RecordingJobQueue;
  clock: FrozenClock;
  database: Awaited<ReturnType<typeof freshDatabase>>;
  /** The test CA behind the engine (its keys, issuing certificate). */
  ca: TestCa;
  dispose(): Promise<void>;
}

/** Prices used by the tests (kuruş). */
export const testPrices = { card: 175_000, hsm: 350_000, hsmOnSiteFee: 250_000 };

/** Builds the harness; the clock starts on Wednesday 25 November 2026, 10:00 Istanbul. */
export async function createRaHarness(
  dialect: TestDialect,
  now = "2026-11-25T07:00:00Z",
): Promise<RaHarness> {
  const ca: TestCa = await createTestCa();
  const database = await freshDatabase(dialect);
  const clock = new FrozenClock(now);
  const repository = new PrismaCaRepository(database.db, database.dialect);
  await repository.saveCa(issuingCaRecord(ca));
  const engine = testEngine(ca, repository, clock);
  const outbox = new RecordingOutbox();
  const jobs = new RecordingJobQueue();
  const deps: RaDeps = {
    ...createPrismaRaRepositories(database.db),
    certificates: engine,
    outbox,
    jobs,
    clock,
    random: cryptoRandom,
    newId: randomUUID,
    config: {
      prices: testPrices,
      testMode: false,
      otpSecret: new Uint8Array(32).fill(7),
      paymentUrlTemplate: defaultSelfServiceLinks.paymentUrlTemplate,
      cardTokenUri: (orderNo) => `softkey:card-${orderNo}`,
    },
  };
  return {
    ra: new RegistrationAuthorityService(deps),
    deps,
    engine,
    outbox,
    jobs,
    clock,
    database,
    ca,
    dispose: async () => {
      await database.dispose();
      ca.dispose();
    },
  };
}

/** A complete, valid tüzel kişi card application. */
export function cardApplication(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    personType: "tuzel",
    idNumber: "3230512384",
    title: "Örnek Bilişim Anonim Şirketi",
    signerName: "Ayşe Yılmaz",
    signerTckn: "10000000146",
    email: "bilgi@ornek.com.tr",
    phone: "0532 123 45 67",
    medium: "card",
    deliveryAddress: "Atatürk Cad. No: 1 Çankaya Ankara",
    idempotencyKey: `test-${randomUUID()}`,
    channel: "web",
    ...overrides,
  };
}

/** A complete, valid group HSM application. */
export function hsmApplication(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return cardApplication({
    medium: "hsm",
    deliveryAddress: undefined,
    hsm: {
      group: [{ vkn: "4540536920", title: "Örnek Lojistik A.Ş.", barcode: "BRK-12345" }],
      address: "Organize Sanayi Bölgesi 3. Cad. No: 5 Kocaeli",
      techName: "Mehmet Demir",
      techPhone: "+90 533 765 43 21",
    },
    ...overrides,
  });
}

/**
 * R5.1: marks an applicant's contacts proven, as giving back the code sent to each at the
 * application does (core/ra/contact-proof-service.ts); identity codes go only to proven contacts.
 * Defaults: the contacts of {@link cardApplication}.
 */
export async function proveContacts(
  deps: RaDeps,
  contact: { idNumber: string; email: string; phone: string } = {
    idNumber: "3230512384",
    email: "bilgi@ornek.com.tr",
    phone: "+905321234567",
  },
): Promise<void> {
  const at = deps.clock.now();
  await deps.subscribers.markContactVerified(contact.idNumber, "email", contact.email, at);
  await deps.subscribers.markContactVerified(contact.idNumber, "phone", contact.phone, at);
}
