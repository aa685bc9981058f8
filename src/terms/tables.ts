/** Tables owned by the terms context: stored terms versions per provider. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the terms context
export interface TermsTables {}
