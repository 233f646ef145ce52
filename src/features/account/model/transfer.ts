import { userKind, type UserDetails } from '@/api/users'

// What the client can check before a kudos transfer is sent (horde-api.md §12.1, §12.5). The horde checks
// more (flags, suspicion, holds, the 60 s rule); its refusals are shown in words when they come.

export interface Recipient {
  name: string
  id: number
}

/** `name#id`, the way the horde writes usernames. Only the id is read by the horde; we check the name. */
export function parseRecipient(text: string): Recipient | null {
  const m = /^(.+)#(\d{1,10})$/.exec(text.trim())
  if (!m) return null
  const id = Number(m[2])
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) return null
  return { name: m[1]!.trim(), id }
}

/** The balance a user's kudos never go below: anonymous −50, pseudonymous 14, OAuth 25. */
export function kudosFloor(user: Pick<UserDetails, 'id' | 'pseudonymous'>): number {
  const kind = userKind(user)
  return kind === 'anonymous' ? -50 : kind === 'pseudonymous' ? 14 : 25
}

/** What can be given away: the balance above the floor (the horde also keeps back what is on hold). */
export function spendableKudos(user: Pick<UserDetails, 'id' | 'pseudonymous' | 'kudos'>): number {
  return Math.max(0, Math.floor(user.kudos - kudosFloor(user)))
}

export interface TransferErrors {
  recipient?: string
  amount?: string
}

export interface TransferDraft {
  recipient: string
  /** NaN when the field is empty. */
  amount: number
}

/** Checks what can be known without asking the horde; an empty object means it may be looked up. */
export function validateTransfer(
  draft: TransferDraft,
  sender: Pick<UserDetails, 'id' | 'pseudonymous' | 'kudos'>,
): TransferErrors {
  const errors: TransferErrors = {}
  const to = parseRecipient(draft.recipient)
  if (!draft.recipient.trim()) errors.recipient = 'Write who receives the kudos, as name#id (e.g. Artist#3).'
  else if (!to)
    errors.recipient = 'Write the recipient as name#id, e.g. Artist#3: the name, # and the number.'
  else if (to.id === 0) errors.recipient = 'Kudos cannot be sent to the anonymous user.'
  else if (to.id === sender.id) errors.recipient = 'This is you. Kudos can only be sent to someone else.'

  if (sender.id === 0) errors.amount = 'The anonymous user cannot send kudos. Use your own API key.'
  else if (Number.isNaN(draft.amount)) errors.amount = 'Write how many kudos to send.'
  else if (!Number.isInteger(draft.amount)) errors.amount = 'Kudos are sent in whole numbers.'
  else if (draft.amount <= 0) errors.amount = 'Send at least 1 kudos.'
  else if (draft.amount > spendableKudos(sender))
    errors.amount = `You can send at most ${spendableKudos(sender).toLocaleString('en-US')} kudos: your balance above the ${kudosFloor(sender)} kudos every account keeps.`
  return errors
}

/** What the public view of the recipient tells us before sending; null when it looks fine. */
export function recipientProblem(wanted: Recipient, found: UserDetails): string | null {
  const [alias] = found.username.split('#')
  if ((alias ?? '').trim().toLowerCase() !== wanted.name.toLowerCase())
    return `User #${found.id} is ${found.username}, not ${wanted.name}#${wanted.id}. Check the name.`
  if (found.deleted) return `${found.username} is being deleted and cannot receive kudos.`
  if (found.flagged) return `${found.username} is flagged and cannot receive kudos.`
  return null
}

export interface TransferPreview {
  amount: number
  sender: { username: string; before: number; after: number }
  recipient: { username: string; before: number; after: number }
}

export function previewTransfer(
  sender: Pick<UserDetails, 'username' | 'kudos'>,
  recipient: Pick<UserDetails, 'username' | 'kudos'>,
  amount: number,
): TransferPreview {
  return {
    amount,
    sender: { username: sender.username, before: sender.kudos, after: sender.kudos - amount },
    recipient: { username: recipient.username, before: recipient.kudos, after: recipient.kudos + amount },
  }
}
