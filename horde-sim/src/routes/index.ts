import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'
import { alchemyRoutes } from './alchemy'
import { documentsRoutes } from './documents'
import { filtersRoutes } from './filters'
import { imageRoutes } from './image'
import { kudosRoutes } from './kudos'
import { operationsRoutes } from './operations'
import { sharedKeysRoutes } from './sharedKeys'
import { statsRoutes } from './stats'
import { statusRoutes } from './status'
import { statusModelsRoutes } from './statusModels'
import { stylesRoutes } from './styles'
import { teamsRoutes } from './teams'
import { textRoutes } from './text'
import { usersRoutes } from './users'
import { workerMessagesRoutes } from './workerMessages'
import { workersRoutes } from './workers'

/** Every `/api/v2` route of the simulator, one module per area of the real API. */
export function apiRoutes(sim: Sim): Hono<SimEnv> {
  const api = new Hono<SimEnv>()
  for (const area of [
    statusRoutes,
    statusModelsRoutes,
    usersRoutes,
    sharedKeysRoutes,
    kudosRoutes,
    filtersRoutes,
    operationsRoutes,
    documentsRoutes,
    statsRoutes,
    workerMessagesRoutes,
    workersRoutes,
    teamsRoutes,
    imageRoutes,
    textRoutes,
    alchemyRoutes,
    stylesRoutes,
  ]) {
    api.route('/', area(sim))
  }
  return api
}
