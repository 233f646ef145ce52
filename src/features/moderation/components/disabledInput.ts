/** A field this role may not change looks it, not only behaves it. */
export const DISABLED =
  'disabled:cursor-not-allowed disabled:bg-zinc-100 disabled:text-zinc-500 dark:disabled:bg-zinc-800 dark:disabled:text-zinc-400'
