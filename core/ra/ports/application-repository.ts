/** Storage of applications (başvuru) and their orders. adapters/db implements it over Prisma. */
import type { NotificationLocale } from "../../notifications/notification-outbox.ts";
import type { HsmGroupFirm, Medium, PersonType } from "../registration-authority.ts";

/** The lifecycle of an order (R3). */
export type ApplicationStatus =
  | "awaiting_payment"
  | "paid"
  | "in_production"
  | "produced"
  | "shipped"
  | "delivered"
  | "completed"
  | "refunded";

/** One application with its order. */
export interface ApplicationRecord {
  id: string;
  orderNo: string;
  idempotencyKey: string;
  personType: PersonType;
  /** VKN (tüzel) or TCKN (gerçek). */
  idNumber: string;
  title: string;
  signerName: string;
  signerTckn: string;
  email: string;
  phone: string;
  medium: Medium;
  deliveryAddress?: string;
  hsmGroup?: HsmGroupFirm[];
  hsmAddress?: string;
  techName?: string;
  techPhone?: string;
  status: ApplicationStatus;
  amountKurus: number;
  renewalOf?: string;
  channel?: string;
  /** The language of the conversation it was made in; its notifications are written in it (absent: Turkish). */
  language?: NotificationLocale;
  createdAt: Date;
}

/** Storage port of applications. */
export interface ApplicationRepository {
  /** Inserts the application; when its idempotency key exists, returns the stored one instead (no second record). */
  insertOrGet(record: ApplicationRecord): Promise<{ record: ApplicationRecord; created: boolean }>;
  byOrderNo(orderNo: string): Promise<ApplicationRecord | undefined>;
  byId(id: string): Promise<ApplicationRecord | undefined>;
  /**
   * Idempotency keys of the applications of one VKN/TCKN created at or after `since` (the
   * new-application budget, application-budget.ts); optional: without it nothing is limited.
   */
  recentKeys?(idNumber: string, since: Date): Promise<string[]>;
  /** The order numbers of one VKN/TCKN's applications, newest first, at most `limit`. */
  orderNumbersOf(idNumber: string, limit: number): Promise<string[]>;
  /** Moves the status only when it is currently one of `from`; returns false otherwise (lost a race, or wrong state). */
  transition(id: string, from: ApplicationStatus[], to: ApplicationStatus): Promise<boolean>;
}
