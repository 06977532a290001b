/**
 * The real RegistrationAuthorityService over the in-memory repositories (memory-ra-repositories.ts,
 * proven equal to the Prisma ones by test/contracts/ra-repositories.contract.test.ts) and recording
 * outbox and job ports, for tests of what sits on the RA (the conversation engine). Certificates
 * come from a real issuance engine on a test CA over a fresh SQLite database, opened on the first
 * certificate call only (most dialog tests never need one).
 */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { PrismaCaRepository } from "../../adapters/db/pki-ca-repository.ts";
import { newRowId } from "../../adapters/db/row-id.ts";
import { defaultSelfServiceLinks } from "../../bot/self-service-links.ts";
import type { IssuanceEngine } from "../../core/pki/issuance-engine.ts";
import type {
  CertificateAuthorityPort,
  CertificateView,
  IssueForOrderRequest,
  RevokeRequest,
} from "../../core/ports/certificate-authority.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import type { ApplicationRecord } from "../../core/ra/ports/application-repository.ts";
import type { PriceList } from "../../core/ra/prices.ts";
import type { RaDeps } from "../../core/ra/ra-deps.ts";
import { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import { freshDatabase, testDialects } from "./databases.ts";
import { createMemoryRaRepositories } from "./memory-ra-repositories.ts";
import { RecordingJobQueue, RecordingOutbox } from "./recording-ports.ts";
import { createTestCa, issuingCaRecord, type TestCa, testEngine } from "./test-ca.ts";

/** The product's list prices (kuruş): 1.500,00 TL a card, 12.000,00 TL an HSM plus 3.000,00 TL on site. */
export const listPrices: PriceList = { card: 150_000, hsm: 1_200_000, hsmOnSiteFee: 300_000 };

let sharedCa: Promise<TestCa> | undefined;

/** One test CA per worker (its keys never change what a test sees); removed when the worker exits. */
function testCa(): Promise<TestCa> {
  if (!sharedCa) {
    sharedCa = createTestCa();
    void sharedCa.then((ca) => process.once("exit", () => rmSync(ca.dir, { recursive: true, force: true })));
  }
  return sharedCa;
}

/** The issuance engine over a fresh SQLite CA repository, opened on first use. */
class OnDemandCertificateAuthority implements CertificateAuthorityPort {
  #opened?: Promise<{ engine: IssuanceEngine; dispose(): Promise<void> }>;

  constructor(private readonly clock: Clock) {}

  /** The engine (opening the database and loading the issuing CA the first time). */
  engine(): Promise<IssuanceEngine> {
    this.#opened ??= (async () => {
      const ca = await testCa();
      const database = await freshDatabase(testDialects.find((d) => d.name === "sqlite")!);
      const repository = new PrismaCaRepository(database.db, database.dialect);
      await repository.saveCa(issuingCaRecord(ca));
      return { engine: testEngine(ca, repository, this.clock), dispose: () => database.dispose() };
    })();
    return this.#opened.then((o) => o.engine);
  }

  async issueForOrder(request: IssueForOrderRequest) {
    return (await this.engine()).issueForOrder(request);
  }
  async revoke(request: RevokeRequest) {
    return (await this.engine()).revoke(request);
  }
  async findBySerial(serial: string) {
    return (await this.engine()).findBySerial(serial);
  }
  async findByVkn(vkn: string) {
    return (await this.engine()).findByVkn(vkn);
  }
  async findExpiringBetween(from: Date, to: Date) {
    return (await this.engine()).findExpiringBetween(from, to);
  }

  async dispose(): Promise<void> {
    if (this.#opened) await (await this.#opened).dispose();
  }
}

/** A certificate holder as replays give it (`given.certificates`). */
export interface CertificateSeed {
  vkn: string;
  title: string;
  email: string;
  phone: string;
  medium?: "card" | "hsm";
  notBefore?: Date | string;
  status?: "valid" | "revoked" | "expired";
}

/** The real RA over memory, with what tests read from it. */
export interface MemoryRa {
  ra: RegistrationAuthorityService;
  deps: RaDeps;
  outbox: RecordingOutbox;
  jobs: RecordingJobQueue;
  certificates: OnDemandCertificateAuthority;
  /** Applications the RA stored, in order (a retried submission adds none). */
  submissions: ApplicationRecord[];
  /**
   * Registers a subscriber (proven contacts, as `mm` seeding and replays do) and issues a signing
   * and an encryption certificate for it through the engine; returns the signing one.
   */
  addCertificate(seed: CertificateSeed): Promise<CertificateView>;
  /** The last one-time code sent to a contact, if any. */
  lastCodeTo(to: string): string | undefined;
  /** Runs the recorded jobs due now (card production after a payment posts) through the RA's handlers. */
  runJobs(): Promise<void>;
  dispose(): Promise<void>;
}

/** Builds the RA over memory on `clock`. */
export function createMemoryRa(
  clock: Clock,
  options: { testMode?: boolean; prices?: PriceList } = {},
): MemoryRa {
  const repositories = createMemoryRaRepositories();
  const submissions: ApplicationRecord[] = [];
  const insertOrGet = repositories.applications.insertOrGet.bind(repositories.applications);
  repositories.applications.insertOrGet = async (record) => {
    const result = await insertOrGet(record);
    if (result.created) submissions.push(result.record);
    return result;
  };
  const outbox = new RecordingOutbox();
  const jobs = new RecordingJobQueue();
  const certificates = new OnDemandCertificateAuthority(clock);
  const deps: RaDeps = {
    ...repositories,
    certificates,
    outbox,
    jobs,
    clock,
    random: cryptoRandom,
    // time-ordered like the service's ids: "the newest challenge" must not depend on a random tie-break under the frozen clock
    newId: newRowId,
    config: {
      prices: options.prices ?? listPrices,
      testMode: options.testMode ?? false,
      otpSecret: new Uint8Array(32).fill(7),
      paymentUrlTemplate: defaultSelfServiceLinks.paymentUrlTemplate,
      cardTokenUri: (orderNo) => `softkey:card-${orderNo}`,
    },
  };
  const ra = new RegistrationAuthorityService(deps);
  let seeded = 0;
  const done = new Set<(typeof jobs.jobs)[number]>();
  return {
    ra,
    deps,
    outbox,
    jobs,
    certificates,
    submissions,
    async addCertificate(seed) {
      seeded += 1;
      await ra.registerSubscriber({
        idNumber: seed.vkn,
        title: seed.title,
        email: seed.email,
        phone: seed.phone,
      });
      const notBefore =
        seed.notBefore !== undefined
          ? new Date(seed.notBefore)
          : seed.status === "expired"
            ? new Date(clock.now().getTime() - 4 * 365 * 86_400_000)
            : undefined;
      const issued = await certificates.issueForOrder({
        orderId: `seed-${seeded}`,
        vkn: seed.vkn,
        title: seed.title,
        tokenUri: `softkey:seed-${seed.medium ?? "card"}-${seeded}-${randomUUID()}`,
        ...(notBefore ? { notBefore } : {}),
        actor: "test",
      });
      if (seed.status === "revoked")
        for (const cert of [issued.signing, issued.encryption])
          await certificates.revoke({ serial: cert.serial, reason: "unspecified", actor: "test" });
      return (await certificates.findBySerial(issued.signing.serial)) ?? issued.signing;
    },
    lastCodeTo(to) {
      const last = outbox.sent.filter((n) => n.to === to && n.params?.code).at(-1);
      return last ? String(last.params?.code) : undefined;
    },
    async runJobs() {
      const handlers = ra.jobHandlers();
      for (const job of jobs.jobs) {
        if (done.has(job) || (job.runAt && job.runAt.getTime() > clock.now().getTime())) continue;
        done.add(job);
        await handlers[job.kind]?.(job.payload ?? {});
      }
    },
    dispose: () => certificates.dispose(),
  };
}
