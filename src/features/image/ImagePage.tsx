import { RequestList } from '@/features/requests'

// Placeholder until the composer lands: the requests of this browser.
export default function ImagePage() {
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Create images</h1>
      <RequestList />
    </div>
  )
}
