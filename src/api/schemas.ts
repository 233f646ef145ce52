import { z } from 'zod/mini'

// Shared zod pieces. The horde omits fields freely (skip_none), so most fields are optional here.
export const num = z.number()
export const optionalNumber = z.nullish(z.number())
export const optionalBool = z.nullish(z.boolean())
export const optionalString = z.nullish(z.string())
/** A field the horde sends as a number or a string depending on the path (ids, some dates): kept as text. */
export const optionalText = z.nullish(
  z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v) => String(v)),
  ),
)

export const MessageReply = z.object({ message: z.string() })
