/** Tables owned by the identity context: providers, customer companies, users, sessions, tokens. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the identity context
export interface IdentityTables {}
