import Dexie, { type DBCore, type DBCoreCursor, type DBCoreTable, type Middleware } from 'dexie'
import { z } from 'zod/mini'

// What IndexedDB gives back was written by another version of the app, or by hand in the devtools: each
// table's records are checked against their schema as they are read. A record that no longer fits is not
// handed to the app; it is moved to the `setAside` table (kept, never deleted) and the user is told once.

export const SET_ASIDE_TABLE = 'setAside'

/** A record that did not fit its table's schema, as it was found. */
export interface SetAsideRecord {
  id?: number
  /** The table it came from. */
  table: string
  /** Its primary key there. */
  key: string | number
  value: unknown
  /** Why it did not fit: the first issue, with its path. */
  issue: string
  at: number
}

export type RecordSchemas = Partial<Record<string, z.ZodMiniType>>

/** The first issue of a failed parse, e.g. `payload.prompt: Invalid input: expected string`. */
export function issueOf(error: z.core.$ZodError, under: PropertyKey[] = []): string {
  const first = error.issues[0]
  if (!first) return 'does not match'
  const path = [...under, ...first.path]
  return path.length ? `${path.map(String).join('.')}: ${first.message}` : first.message
}

/** Null when `value` fits `schema`, else what is wrong (its path `under` a parent's). Never changes `value`. */
export function problemOf(schema: z.ZodMiniType, value: unknown, under?: PropertyKey[]): string | null {
  const parsed = z.safeParse(schema, value)
  return parsed.success ? null : issueOf(parsed.error, under)
}

/** Tells the user about records set aside; `table` names the table each came from. */
export type SetAsideReporter = (tables: string[]) => void

interface Quarantine {
  /** `stillBad` says whether the record as stored now is still unreadable (it may have been rewritten). */
  move(
    table: string,
    key: string | number,
    value: unknown,
    issue: string,
    stillBad?: (now: unknown) => boolean,
  ): void
}

function quarantineFor(db: () => Dexie, schemas: RecordSchemas, report: SetAsideReporter): Quarantine {
  /** Records already found this session (`table key`): each is moved and reported once. */
  const seen = new Set<string>()
  let waiting: string[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  // Several bad records found together make one message.
  const tell = (table: string) => {
    waiting.push(table)
    clearTimeout(timer)
    timer = setTimeout(() => {
      const tables = waiting
      waiting = []
      report(tables)
    }, 300)
  }
  const moveNow = async (
    table: string,
    key: string | number,
    value: unknown,
    issue: string,
    stillBad: (now: unknown) => boolean,
  ) => {
    const d = db()
    // A transaction on `setAside` reads records as they are (see `seesRawRecords`), so the record is checked again:
    // it may have been rewritten since.
    await d.transaction('rw', d.table(table), d.table(SET_ASIDE_TABLE), async () => {
      const now: unknown = await d.table(table).get(key)
      if (now === undefined || !stillBad(now)) return
      const record: SetAsideRecord = { table, key, value, issue, at: Date.now() }
      await d.table(SET_ASIDE_TABLE).add(record)
      await d.table(table).delete(key)
    })
  }
  return {
    move(table, key, value, issue, stillBad = (now) => problemOf(schemas[table]!, now) !== null) {
      const id = `${table} ${String(key)}`
      if (seen.has(id)) return
      seen.add(id)
      // Outside whatever transaction read it: that one may not cover `setAside`, or may be read-only.
      setTimeout(() => {
        void Dexie.ignoreTransaction(() => moveNow(table, key, value, issue, stillBad)).then(
          () => tell(table),
          () => tell(table),
        )
      }, 0)
    },
  }
}

/** True for a transaction that covers `setAside`: it sees every record as stored. */
function seesRawRecords(trans: unknown): boolean {
  const names = (trans as Partial<IDBTransaction> | null)?.objectStoreNames
  return !!names && typeof names.contains === 'function' && names.contains(SET_ASIDE_TABLE)
}

function checkedTable(down: DBCoreTable, schema: z.ZodMiniType, quarantine: Quarantine): DBCoreTable {
  const keyOf = down.schema.primaryKey.extractKey
  /** The value if it fits; else undefined, and the record goes aside. */
  const check = (value: unknown, key?: unknown): unknown => {
    if (value === undefined) return value
    const issue = problemOf(schema, value)
    if (issue === null) return value
    const k = key ?? keyOf?.(value)
    if (typeof k === 'string' || typeof k === 'number') quarantine.move(down.name, k, value, issue)
    return undefined
  }
  const wrapCursor = (cursor: DBCoreCursor): DBCoreCursor =>
    Object.create(cursor, {
      key: { get: () => cursor.key },
      primaryKey: { get: () => cursor.primaryKey },
      value: { get: () => cursor.value },
      start: {
        value: (onNext: () => void) =>
          cursor.start(() => {
            if (check(cursor.value, cursor.primaryKey) === undefined) cursor.continue()
            else onNext()
          }),
      },
    }) as DBCoreCursor
  return {
    ...down,
    get: async (req) => (seesRawRecords(req.trans) ? down.get(req) : check(await down.get(req), req.key)),
    getMany: async (req) => {
      const values = await down.getMany(req)
      return seesRawRecords(req.trans) ? values : values.map((v, i) => check(v, req.keys[i]))
    },
    query: async (req) => {
      const res = await down.query(req)
      if (!req.values || seesRawRecords(req.trans)) return res
      // Checked in place: most reads find every record fine and keep the array as it is.
      let bad = false
      for (const v of res.result) if (check(v) === undefined) bad = true
      return bad ? { ...res, result: res.result.filter((v) => problemOf(schema, v) === null) } : res
    },
    openCursor: async (req) => {
      const cursor = await down.openCursor(req)
      if (!cursor || !req.values || seesRawRecords(req.trans)) return cursor
      return wrapCursor(cursor)
    },
  }
}

/**
 * A Dexie middleware that checks the records of the tables in `schemas` as they are read. A record that
 * does not fit is left out of the answer (as if absent), moved to `setAside` and reported once.
 */
export function storedRecords(
  db: () => Dexie,
  schemas: RecordSchemas,
  report: SetAsideReporter,
): {
  middleware: Middleware<DBCore>
  /** Sets a record aside that fits its table but not what a feature keeps in it (a draft's data). */
  setAside(
    table: string,
    key: string | number,
    value: unknown,
    issue: string,
    stillBad: (now: unknown) => boolean,
  ): void
} {
  const quarantine = quarantineFor(db, schemas, report)
  return {
    middleware: {
      stack: 'dbcore',
      name: 'storedRecords',
      create: (down) => ({
        ...down,
        table: (name) => {
          const schema = schemas[name]
          const table = down.table(name)
          return schema ? checkedTable(table, schema, quarantine) : table
        },
      }),
    },
    setAside: (table, key, value, issue, stillBad) => quarantine.move(table, key, value, issue, stillBad),
  }
}
