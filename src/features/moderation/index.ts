// Moderation is a lazy page only (#/moderation/*); nothing here is needed by other features yet.
export type { Moderator } from './context'
