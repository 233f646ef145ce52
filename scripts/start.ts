// `npm start`: build the app, then serve it beside a simulated horde on loopback, with a demo key ready.
import { spawn, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { SEEDED_KEYS } from '../horde-sim/src/seedKeys'

const host = process.env.HOST ?? '127.0.0.1'
const appPort = process.env.APP_PORT ?? '4173'
const simPort = process.env.SIM_PORT ?? '7001'
const site = '.run/site'

/** Why the port cannot be listened on (taken, or not allowed), or null when it is free. */
function portProblem(port: string): Promise<string | null> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', (e: NodeJS.ErrnoException) =>
      resolve(e.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${e.code ?? e.message})`),
    )
    probe.listen(Number(port), host, () => probe.close(() => resolve(null)))
  })
}

for (const [port, what, variable] of [
  [simPort, 'the simulator', 'SIM_PORT'],
  [appPort, 'the app', 'APP_PORT'],
] as const) {
  const problem = await portProblem(port)
  if (problem) {
    console.error(
      `Port ${port} (${what}) on ${host} ${problem}: stop what uses it or set ${variable}=… to another port.`,
    )
    process.exit(1)
  }
}

const build = spawnSync('npx', ['vite', 'build', '--outDir', site, '--emptyOutDir', '--logLevel', 'warn'], {
  stdio: 'inherit',
})
if (build.status !== 0) process.exit(build.status ?? 1)

writeFileSync(
  `${site}/config.json`,
  JSON.stringify(
    {
      hordeUrl: `http://${host}:${simPort}/api`,
      demoKeys: [{ label: `${SEEDED_KEYS.artist.username} (demo)`, key: SEEDED_KEYS.artist.key }],
    },
    null,
    2,
  ),
)

// Detached: each server leads its own process group, so stopping takes npx's children with it.
const children = [
  spawn('npx', ['tsx', 'horde-sim/main.ts', '--host', host, '--port', simPort], {
    stdio: 'inherit',
    detached: true,
  }),
  spawn('node', ['scripts/serve-static.mjs', '--root', site, '--host', host, '--port', appPort], {
    stdio: 'inherit',
    detached: true,
  }),
]
console.log(
  `\nHorde Studio: http://${host}:${appPort}/  (simulated horde at http://${host}:${simPort}/api)\n`,
)

const stop = (code: number) => {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.exit(code)
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
// A server that dies on its own (a port taken since the check, a crash) ends `npm start` as a failure.
for (const child of children) child.on('exit', (code, signal) => (code || signal) && stop(code || 1))
