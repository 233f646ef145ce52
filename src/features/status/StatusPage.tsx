import type { ReactNode } from 'react'
import { Card } from '@/ui/Card'
import { HistoryPanel } from './components/HistoryPanel'
import { ModelsTable } from './components/ModelsTable'
import { NewsList } from './components/NewsList'
import { PerformancePanel } from './components/PerformancePanel'
import { StatsPanel } from './components/StatsPanel'

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}

export default function StatusPage() {
  return (
    <div className="grid gap-8">
      <header>
        <h1 className="text-2xl font-semibold">Horde status</h1>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          How busy the horde is, which models it serves, what it made, and its news.
        </p>
      </header>
      <Section id="status-load" title="Load now">
        <PerformancePanel />
      </Section>
      <Section id="status-models" title="Models">
        <Card>
          <ModelsTable />
        </Card>
      </Section>
      <Section id="status-stats" title="Made by the horde">
        <StatsPanel />
      </Section>
      <Section id="status-history" title="Over time">
        <Card>
          <HistoryPanel />
        </Card>
      </Section>
      <Section id="status-news" title="News">
        <Card>
          <NewsList />
        </Card>
      </Section>
    </div>
  )
}
