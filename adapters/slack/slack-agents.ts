/** Who may run `/mm`: the Slack users of `SLACK_AGENTS`, with their role. */

/** A role on the console. */
export type AgentRole = "agent" | "supervisor";

/** The agents allowed on the console. */
export class SlackAgents {
  readonly #roles: ReadonlyMap<string, AgentRole>;

  constructor(list: readonly { id: string; role: AgentRole }[] = []) {
    this.#roles = new Map(list.map((a) => [a.id, a.role]));
  }

  /** The role of a Slack user id, or undefined for anyone not listed. */
  roleOf(userId: string | undefined): AgentRole | undefined {
    return userId ? this.#roles.get(userId) : undefined;
  }
}
