import type { Db } from "../database.ts";
import { PrismaRecoveryLedger } from "../recovery-ledger.ts";
import { PrismaApplicationRepository } from "./prisma-application-repository.ts";
import { PrismaPaymentRepository } from "./prisma-payment-repository.ts";
import { PrismaProductionRepository } from "./prisma-production-repository.ts";
import { PrismaRevocationRequestRepository } from "./prisma-revocation-request-repository.ts";
import { PrismaSubscriberRepository } from "./prisma-subscriber-repository.ts";
import { PrismaVerificationRepository } from "./prisma-verification-repository.ts";

/** Every RA repository over one Prisma client, as `RaDeps` wants them. */
export function createPrismaRaRepositories(db: Db) {
  return {
    applications: new PrismaApplicationRepository(db),
    payments: new PrismaPaymentRepository(db),
    production: new PrismaProductionRepository(db),
    subscribers: new PrismaSubscriberRepository(db),
    verifications: new PrismaVerificationRepository(db),
    revocations: new PrismaRevocationRequestRepository(db),
    recovery: new PrismaRecoveryLedger(db),
  };
}
