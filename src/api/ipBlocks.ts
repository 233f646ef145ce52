import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { MessageReply } from './schemas'

// /v2/operations (horde-api.md §17): moderators only. Only range (CIDR) timeouts can be listed; a single
// address's timeout can only be looked up.

export const IpTimeout = z.object({ ipaddr: z.string(), seconds: z.number() })
export type IpTimeout = z.infer<typeof IpTimeout>

export function getIpBlocks(keyId?: string, signal?: AbortSignal): Promise<IpTimeout[]> {
  return hordeFetch('/v2/operations/ipaddr', z.array(IpTimeout), { auth: 'required', keyId, signal })
}

/** The ranges holding this address, and its own timeout if it has one (`[]` when it is free). */
export function lookupIp(ipaddr: string, signal?: AbortSignal): Promise<IpTimeout[]> {
  return hordeFetch(`/v2/operations/ipaddr/${encodeURIComponent(ipaddr)}`, z.array(IpTimeout), {
    auth: 'required',
    signal,
  })
}

/** An address or a range (`a/b`) into timeout for 1..720 hours. */
export function blockIp(ipaddr: string, hours: number): Promise<{ message: string }> {
  return hordeFetch('/v2/operations/ipaddr', MessageReply, {
    method: 'POST',
    json: { ipaddr, hours },
    auth: 'required',
  })
}

export function unblockIp(ipaddr: string): Promise<{ message: string }> {
  return hordeFetch('/v2/operations/ipaddr', MessageReply, {
    method: 'DELETE',
    json: { ipaddr },
    auth: 'required',
  })
}

/** The worker's last address (an IPv6 worker's whole /64) into timeout for 1..30 days. */
export function blockWorkerIp(workerId: string, days: number): Promise<{ message: string }> {
  return hordeFetch(`/v2/operations/block_worker_ipaddr/${encodeURIComponent(workerId)}`, MessageReply, {
    method: 'PUT',
    json: { days },
    auth: 'required',
  })
}

export function unblockWorkerIp(workerId: string): Promise<{ message: string }> {
  return hordeFetch(`/v2/operations/block_worker_ipaddr/${encodeURIComponent(workerId)}`, MessageReply, {
    method: 'DELETE',
    auth: 'required',
  })
}

export const ipBlockQueries = {
  all: () => ['ipBlocks'] as const,
  list: (keyId: string) =>
    queryOptions({
      queryKey: [...ipBlockQueries.all(), keyId],
      queryFn: ({ signal }) => getIpBlocks(keyId, signal),
      staleTime: 0,
    }),
}
