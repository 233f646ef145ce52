/** Hono variables set by the sim's middleware. */
export type SimEnv = { Variables: { ip: string } }
