/** Storage of applications (başvuru) and their orders. adapters/db implements it over Prisma. */
import type { NotificationLocale } from "../../notifications/notification-outbox.ts";
import type { ApplicationSource } from "../application-source.ts";
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
  /** Who submitted it, as the new-application budget counts it; cleared by the retention sweep after the budget's window. */
  source?: ApplicationSource;
  createdAt: Date;
}

/** An application as the new-application budget sees it. */
export interface RecentApplication {
  idempotencyKey: string;
  idNumber: string;
  source?: ApplicationSource;
}

/** Which recent applications to list: one subject's, or one client's (its conversation or its network). */
export type RecentApplicationFilter = { idNumber: string } | { source: ApplicationSource };

/** Storage port of applications. */
export interface ApplicationRepository {
  /** Inserts the application; when its idempotency key exists, returns the stored one instead (no second record). */
  insertOrGet(record: ApplicationRecord): Promise<{ record: ApplicationRecord; created: boolean }>;
  byOrderNo(orderNo: string): Promise<ApplicationRecord | undefined>;
  byId(id: string): Promise<ApplicationRecord | undefined>;
  /**
   * The applications created at or after `since` of one VKN/TCKN, or of one client (same
   * conversation or same network); the new-application budget (application-budget.ts) counts them.
   * Optional: without it nothing is limited.
   */
  recentApplications?(filter: RecentApplicationFilter, since: Date): Promise<RecentApplication[]>;
  /** The order numbers of one VKN/TCKN's applications, newest first, at most `limit`. */
  orderNumbersOf(idNumber: string, limit: number): Promise<string[]>;
  /** Moves the status only when it is currently one of `from`; returns false otherwise (lost a race, or wrong state). */
  transition(id: string, from: ApplicationStatus[], to: ApplicationStatus): Promise<boolean>;
}
