// The horde's limits on what an owner writes (horde/apis/models/v2.py ModifyWorkerInput, CreateTeamInput,
// ModifyTeamInput; the maintenance message column holds 300 characters and a longer one fails the request).
// Checked before sending; the horde stays the judge of names taken and words refused.

export const WORKER_NAME = { min: 5, max: 100 } as const
export const WORKER_INFO_MAX = 1000
export const MAINTENANCE_MSG_MAX = 300
export const TEAM_NAME = { min: 3, max: 100 } as const
export const TEAM_INFO = { min: 3, max: 1000 } as const

const count = (n: number) => `${n.toLocaleString('en')} characters`

export function workerNameProblem(name: string): string | null {
  const n = name.trim().length
  if (n === 0) return 'Write a name for the worker.'
  if (n < WORKER_NAME.min) return `A worker's name needs at least ${count(WORKER_NAME.min)}.`
  if (name.length > WORKER_NAME.max) return `A worker's name can have at most ${count(WORKER_NAME.max)}.`
  return null
}

export function workerInfoProblem(info: string): string | null {
  if (info.length > WORKER_INFO_MAX)
    return `The info can have at most ${count(WORKER_INFO_MAX)} (now ${info.length.toLocaleString('en')}).`
  return null
}

export function maintenanceMsgProblem(msg: string): string | null {
  if (msg.length > MAINTENANCE_MSG_MAX)
    return `The message can have at most ${count(MAINTENANCE_MSG_MAX)} (now ${msg.length.toLocaleString('en')}).`
  return null
}

export function teamNameProblem(name: string): string | null {
  const n = name.trim().length
  if (n === 0) return 'Write a name for the team.'
  if (n < TEAM_NAME.min) return `A team's name needs at least ${count(TEAM_NAME.min)}.`
  if (name.length > TEAM_NAME.max) return `A team's name can have at most ${count(TEAM_NAME.max)}.`
  return null
}

/** Info is optional, but when given the horde wants at least 3 characters. */
export function teamInfoProblem(info: string): string | null {
  if (info.length === 0) return null
  if (info.trim().length < TEAM_INFO.min) return `Team info needs at least ${count(TEAM_INFO.min)}, or none.`
  if (info.length > TEAM_INFO.max)
    return `Team info can have at most ${count(TEAM_INFO.max)} (now ${info.length.toLocaleString('en')}).`
  return null
}
