import type { ReactNode } from 'react'
import { hordeRegisterUrl } from '@/api/connection'
import { useHordeUrl } from '@/features/settings'
import { ExternalLink } from '@/ui/ExternalLink'

/** "register on the horde", linked to the register page of the horde in use. */
export function RegisterLink({ children = 'register on the horde' }: { children?: ReactNode }) {
  const href = hordeRegisterUrl(useHordeUrl())
  return href ? <ExternalLink href={href}>{children}</ExternalLink> : <>{children}</>
}
