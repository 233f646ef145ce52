import type { APIRequestContext } from '@playwright/test'
import { SIM_ORIGIN } from '../fixtures'

export interface SimWorker {
  id: string
  name: string
  info: string | null
  maintenance: boolean
  maintenanceMsg: string
  teamId: string | null
  type: string
}

export interface SimTeam {
  id: string
  name: string
  info: string | null
  creatorId: number
}

/** The simulator's own record of workers and teams, to check the horde side of a journey. */
export async function simState(
  request: APIRequestContext,
): Promise<{ workers: SimWorker[]; teams: SimTeam[] }> {
  return (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()
}

export async function simWorker(request: APIRequestContext, id: string): Promise<SimWorker> {
  const worker = (await simState(request)).workers.find((w) => w.id === id)
  if (!worker) throw new Error(`no worker ${id} in the simulator`)
  return worker
}
