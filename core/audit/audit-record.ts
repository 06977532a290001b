/** An entry as stored, with its place in the chain. */
export interface AuditRecord {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  details: string;
  prevHash: string;
  hash: string;
}
