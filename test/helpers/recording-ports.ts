import type { JobQueue, ScheduledJob } from "../../core/jobs/job-queue.ts";
import type {
  NotificationOutbox,
  OutgoingNotification,
} from "../../core/notifications/notification-outbox.ts";

/** An outbox that keeps what was enqueued, honouring unique keys, for RA tests that read the codes sent. */
export class RecordingOutbox implements NotificationOutbox {
  readonly sent: OutgoingNotification[] = [];
  /** Notifications written as withheld (never sent): the decoys of an unknown subject. */
  readonly withheld: OutgoingNotification[] = [];
  readonly #keys = new Set<string>();

  async enqueue(notification: OutgoingNotification): Promise<boolean> {
    if (notification.uniqueKey) {
      if (this.#keys.has(notification.uniqueKey)) return false;
      this.#keys.add(notification.uniqueKey);
    }
    if (notification.withheld) this.withheld.push(notification);
    else this.sent.push(notification);
    return true;
  }

  /** Notifications to one recipient with one template. */
  to(recipient: string, template?: string): OutgoingNotification[] {
    return this.sent.filter((n) => n.to === recipient && (!template || n.template === template));
  }

  /** The last code sent to a recipient. */
  lastCode(recipient: string): string {
    const last = this.sent.filter((n) => n.to === recipient && n.params?.code).at(-1);
    if (!last) throw new Error(`no code was sent to ${recipient}`);
    return String(last.params?.code);
  }
}

/** A job queue that keeps scheduled jobs, honouring unique keys; tests run them by hand. */
export class RecordingJobQueue implements JobQueue {
  readonly jobs: ScheduledJob[] = [];

  async schedule(job: ScheduledJob): Promise<boolean> {
    if (job.uniqueKey && this.jobs.some((j) => j.uniqueKey === job.uniqueKey)) return false;
    this.jobs.push(job);
    return true;
  }
}
