import { useLiveQuery } from 'dexie-react-hooks'
import { db, type KudosTransferRecord } from '@/lib/studioDb'

// The transfers sent from this browser. Each is written before it is sent: a tab closed mid-way leaves
// a "sending" record, which is shown as "no answer" so the user knows to check the balance.

export async function recordTransfer(
  t: Omit<KudosTransferRecord, 'id' | 'result' | 'message'>,
): Promise<number> {
  return (await db.kudosTransfers.add({ ...t, result: 'sending', message: null })) as number
}

export async function settleTransfer(
  id: number,
  result: Exclude<KudosTransferRecord['result'], 'sending'>,
  message: string | null = null,
): Promise<void> {
  await db.kudosTransfers.update(id, { result, message })
}

export function useTransferLog(limit = 50): KudosTransferRecord[] | undefined {
  return useLiveQuery(() => db.kudosTransfers.orderBy('at').reverse().limit(limit).toArray(), [limit])
}
