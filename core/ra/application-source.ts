/**
 * The client an application came from: its conversation and, when the channel knew it, its address
 * (stored as its network, core/ra/client-network.ts). The new-application budget (application-budget.ts) counts by it.
 */
export interface ApplicationSource {
  conversationId: string;
  network?: string;
}
