import { serve } from '@hono/node-server'
import { parseArgs } from 'node:util'
import { createHordeSim } from './src'
import { ANONYMOUS_KEY, SEEDED_KEYS, SEEDED_SHARED_KEY } from './src/seedKeys'

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.SIM_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.SIM_PORT ?? '7001' },
    speed: { type: 'string', default: 'realistic' },
    seed: { type: 'string', default: '1' },
    'no-control': { type: 'boolean', default: false },
    'no-rate-limits': { type: 'boolean', default: false },
    'no-workers': { type: 'boolean', default: false },
  },
})

const port = Number(values.port)
const speed = values.speed === 'fast' ? 'fast' : 'realistic'
const publicUrl = `http://${values.host}:${port}`
const horde = createHordeSim({
  seed: Number(values.seed),
  speed,
  control: !values['no-control'],
  rateLimits: !values['no-rate-limits'],
  workers: !values['no-workers'],
  publicUrl,
})

const server = serve({ fetch: horde.app.fetch, hostname: values.host, port }, () => {
  const lines = [
    `horde-sim ${publicUrl}/api (speed ${speed})`,
    `  anonymous key  ${ANONYMOUS_KEY}`,
    ...Object.entries(SEEDED_KEYS).map(
      ([role, k]) => `  ${role.padEnd(14)} ${k.key}  ${k.username}#${k.userId}`,
    ),
    `  shared key     ${SEEDED_SHARED_KEY.id}  "${SEEDED_SHARED_KEY.name}"`,
  ]
  console.log(lines.join('\n'))
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    horde.stop()
    server.close()
    process.exit(0)
  })
}
