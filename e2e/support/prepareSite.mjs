// Lays out the built app as a self-hoster would: copied under sub-paths of a plain static server.
//   /studio/  config.json points at the e2e simulator
//   /fresh/   config.json points at a loopback port where nothing listens (an unreachable horde)
//   /shipped/ config.json as the build ships it: the build's default horde
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'

const site = 'e2e/.artifacts/site'
const simUrl = `http://127.0.0.1:${process.env.E2E_SIM_PORT ?? '7101'}/api`
rmSync(site, { recursive: true, force: true })
for (const [dir, hordeUrl] of [
  ['studio', simUrl],
  ['fresh', 'http://127.0.0.1:7199/api'],
]) {
  mkdirSync(`${site}/${dir}`, { recursive: true })
  cpSync('dist', `${site}/${dir}`, { recursive: true })
  writeFileSync(`${site}/${dir}/config.json`, JSON.stringify({ hordeUrl }))
}
cpSync('dist', `${site}/shipped`, { recursive: true })
