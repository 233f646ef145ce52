import { Card } from '@/ui/Card'
import { KudosBalance } from './components/KudosBalance'
import { Leaderboard } from './components/Leaderboard'
import { accountGate } from './components/AccountGate'
import { TransferForm } from './components/TransferForm'
import { TransferLog } from './components/TransferLog'
import { useAccount } from './useAccount'

export default function KudosPage() {
  const account = useAccount()
  const { active, owner } = account
  const blocked = accountGate(account, 'see and send your kudos')
  return (
    <div className="grid gap-6">
      <header>
        <h1 className="text-2xl font-semibold">Kudos</h1>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          Kudos set your place in the horde’s queues: requests spend them, workers earn them.
        </p>
      </header>
      {blocked ?? (
        <div className="grid gap-4 lg:grid-cols-2">
          {owner.data && active && (
            <>
              <Card aria-labelledby="balance">
                <h2 id="balance" className="sr-only">
                  Your kudos
                </h2>
                <KudosBalance user={owner.data} />
              </Card>
              <div className="grid content-start gap-4">
                <Card aria-labelledby="transfer">
                  <h2 id="transfer" className="mb-3 text-lg font-semibold">
                    Transfer kudos
                  </h2>
                  <TransferForm sender={owner.data} keyId={active.id} />
                </Card>
                <Card aria-labelledby="transfers">
                  <h2 id="transfers" className="mb-3 text-lg font-semibold">
                    Sent from this browser
                  </h2>
                  <TransferLog />
                </Card>
              </div>
            </>
          )}
        </div>
      )}
      <Card aria-labelledby="leaderboard">
        <h2 id="leaderboard" className="mb-3 text-lg font-semibold">
          Leaderboard
        </h2>
        <Leaderboard />
      </Card>
    </div>
  )
}
