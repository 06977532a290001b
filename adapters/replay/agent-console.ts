/**
 * The call-centre agent's side of a conversation, as replays drive it: the Slack console implements
 * it in the next wave (slash commands and thread replies); until then an in-process console does.
 */
export interface AgentConsole {
  /** Runs an agent command such as `/mm durum 3230512384`; returns the text the agent sees. */
  runCommand(text: string): Promise<string>;
  /** The agent writes into the hand-off thread of a conversation; the customer receives it. */
  reply(conversationId: string, text: string): Promise<void>;
}
