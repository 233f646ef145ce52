import { SegmentedControl } from '@/ui/SegmentedControl'
import type { StatsPeriod } from '../model/statsShape'

const OPTIONS: { value: StatsPeriod; label: string }[] = [
  { value: 'day', label: 'Day' },
  { value: 'month', label: '30 days' },
  { value: 'total', label: 'All time' },
]

/** The period a per-model table counts over. */
export function PeriodTabs(props: { label: string; value: StatsPeriod; onChange: (p: StatsPeriod) => void }) {
  return <SegmentedControl size="sm" options={OPTIONS} {...props} />
}
