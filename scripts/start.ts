// `npm start`: build the app, then serve it beside a simulated horde on loopback, with a demo key ready.
import { spawn, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { SEEDED_KEYS } from '../horde-sim/src/seedKeys'

const host = process.env.HOST ?? '127.0.0.1'
const appPort = process.env.APP_PORT ?? '4173'
const simPort = process.env.SIM_PORT ?? '7001'
const site = '.run/site'

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

const children = [
  spawn('npx', ['tsx', 'horde-sim/main.ts', '--host', host, '--port', simPort], { stdio: 'inherit' }),
  spawn('node', ['scripts/serve-static.mjs', '--root', site, '--host', host, '--port', appPort], {
    stdio: 'inherit',
  }),
]
console.log(
  `\nHorde Studio: http://${host}:${appPort}/  (simulated horde at http://${host}:${simPort}/api)\n`,
)

const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of children) child.on('exit', (code) => code && stop())
