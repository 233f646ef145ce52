export interface HordeSimOptions {
  /** Seed for every random choice (ids, seeds), so runs are repeatable. */
  seed?: number
  /** Start the built-in simulated workers (default true). */
  workers?: boolean
  /** 'fast' for tests, 'realistic' for the demo: how long simulated workers take per job. */
  speed?: 'fast' | 'realistic'
  /** Serve the `/__sim/` control surface (default true). */
  control?: boolean
  /** Apply the real server's rate limits (default true). */
  rateLimits?: boolean
  /** Serve cached answers as the real server does, on the sim's clock (default true; off for unit tests). */
  caches?: boolean
  /** Public base URL, used to build R2-style download URLs (e.g. http://127.0.0.1:7001). */
  publicUrl?: string
}
