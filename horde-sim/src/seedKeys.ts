// The seeded identities of the simulator. Fixed so that e2e tests, `npm start` and the README can name them.
export const ANONYMOUS_KEY = '0000000000'

export const SEEDED_KEYS = {
  admin: { key: 'sim-admin-0000000001', userId: 1, username: 'db0' },
  moderator: { key: 'sim-moderator-000002', userId: 2, username: 'Moderator' },
  /** A user with kudos who owns the simulated workers: the demo key of `npm start`. */
  artist: { key: 'sim-artist-000000003', userId: 3, username: 'Artist' },
  /** A new pseudonymous user with no kudos. */
  newcomer: { key: 'sim-newcomer-0000004', userId: 4, username: 'Newcomer' },
  flagged: { key: 'sim-flagged-00000005', userId: 5, username: 'Flagged' },
} as const

/** A shared key owned by the artist: 500 kudos, expires 7 days after the sim starts, 30 steps max. */
export const SEEDED_SHARED_KEY = {
  id: '5a5a5a5a-0000-4000-8000-000000000001',
  name: 'Friend for a week',
  ownerId: 3,
  kudos: 500,
  maxImageSteps: 30,
} as const
