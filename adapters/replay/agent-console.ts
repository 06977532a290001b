/**
 * The call-centre agent's side of a conversation, as replays drive it: the Slack console
 * (adapters/replay/slack-agent-console.ts) plays it through signed requests to `POST /slack/events`.
 */
export interface AgentConsole {
  /** Runs an agent command such as `/mm durum 3230512384` as a Slack user (default U1); returns what Slack received. */
  runCommand(text: string, as?: string): Promise<string>;
  /** The agent writes into the hand-off thread of a conversation; the customer receives it. */
  reply(conversationId: string, text: string, as?: string): Promise<void>;
  /** Everything the Slack side received since the last command or call (for `slack:` on any turn). */
  takeSlack(): string;
  /**
   * The ticket of the conversation's latest hand-off as posted to the support channel (what an
   * agent reads in the summary), for `{{ticket}}` in `agent:` turns; undefined when none was posted.
   */
  latestTicket(conversationId: string): string | undefined;
}
