import { useMutation, useQueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import { showChange } from '@/api/heldChanges'
import { teamQueries, type TeamDetails } from '@/api/teams'
import { updateWorker, workerQueries, type WorkerChange, type WorkerDetails } from '@/api/workers'
import { applyChange } from './model/applyChange'

/** One change to one worker; each control has its own, so a refusal shows beside the control that asked. */
export function useWorkerChange(worker: WorkerDetails, done: (w: WorkerDetails) => string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: WorkerChange) => updateWorker(worker.id, change),
    onSuccess: (changed, change) => {
      const next = applyChange(worker, changed, change.team)
      queryClient.setQueriesData<WorkerDetails>(
        { queryKey: [...workerQueries.all(), 'detail', worker.id] },
        (old) => (old ? applyChange(old, changed, change.team) : old),
      )
      void queryClient.invalidateQueries({ queryKey: [...workerQueries.all(), 'list'] })
      if (change.team !== undefined) {
        // The horde serves a team from a 3 s cache: show the worker where the horde's answer put it.
        const member = {
          id: worker.id,
          name: next.name,
          type: worker.type ?? null,
          online: worker.online ?? null,
        }
        showChange(
          queryClient,
          [...teamQueries.all(), 'detail'],
          (data) => {
            const team = data as TeamDetails
            if (!team || typeof team !== 'object' || !('id' in team)) return data
            const others = (team.workers ?? []).filter((w) => w.id !== worker.id)
            return { ...team, workers: team.id === next.team?.id ? [...others, member] : others }
          },
          4_000,
        )
        void queryClient.invalidateQueries({ queryKey: [...teamQueries.all(), 'list'] })
      }
      toast.success(done(next), { id: `worker-change-${worker.id}` })
    },
  })
}
