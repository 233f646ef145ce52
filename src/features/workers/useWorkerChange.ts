import { useMutation, useQueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import { teamQueries } from '@/api/teams'
import { updateWorker, workerQueries, type WorkerChange, type WorkerDetails } from '@/api/workers'
import { useHordeUrl } from '@/features/settings'
import { applyChange } from './model/applyChange'

/** One change to one worker; each control has its own, so a refusal shows beside the control that asked. */
export function useWorkerChange(worker: WorkerDetails, done: (w: WorkerDetails) => string) {
  const queryClient = useQueryClient()
  const hordeUrl = useHordeUrl()
  return useMutation({
    mutationFn: (change: WorkerChange) => updateWorker(worker.id, change),
    onSuccess: (changed, change) => {
      const next = applyChange(worker, changed, change.team)
      queryClient.setQueriesData<WorkerDetails>(
        { queryKey: [...workerQueries.all(), 'detail', hordeUrl, worker.id] },
        (old) => (old ? applyChange(old, changed, change.team) : old),
      )
      void queryClient.invalidateQueries({ queryKey: [...workerQueries.all(), 'list'] })
      if (change.team !== undefined) void queryClient.invalidateQueries({ queryKey: teamQueries.all() })
      toast.success(done(next), { id: `worker-change-${worker.id}` })
    },
  })
}
