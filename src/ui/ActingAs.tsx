import { useActiveKey, useMe } from '@/api/session'

/** Who pays for what this button sends: beside every button that spends. */
export function ActingAs() {
  const active = useActiveKey()
  const owner = useMe()
  return active ? (
    <>as {owner.data?.username ?? active.label}</>
  ) : (
    <a href="#/keys" className="underline">
      Choose a key
    </a>
  )
}
