import { z } from 'zod/mini'

// Shared zod pieces. The horde omits fields freely (skip_none), so most fields are optional here.
export const num = z.number()
export const optionalNumber = z.nullish(z.number())
export const optionalBool = z.nullish(z.boolean())
export const optionalString = z.nullish(z.string())

export const MessageReply = z.object({ message: z.string() })
