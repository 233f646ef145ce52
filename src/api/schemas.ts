import { z } from 'zod'

// Shared zod pieces. The horde omits fields freely (skip_none), so most fields are optional here.
export const num = z.number()
export const optionalNumber = z.number().nullish()
export const optionalBool = z.boolean().nullish()
export const optionalString = z.string().nullish()

export const MessageReply = z.object({ message: z.string() })
