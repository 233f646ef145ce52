import { render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/studioDb'
import AuditSection from './AuditSection'

describe('the audit log on screen', () => {
  beforeEach(() => db.auditLog.clear())

  it('shows what was written where the horde escaped it, as text and never as HTML', async () => {
    await db.auditLog.add({
      at: Date.UTC(2026, 11, 7, 12),
      hordeUrl: 'h',
      // Names and answers as the horde sends them back: through its HTML sanitiser.
      actor: 'Mods &amp; Co#2',
      target: 'user &lt;script&gt;alert(1)&lt;/script&gt;#7',
      action: 'Flag',
      result: 'done',
      rc: null,
      detail: 'now flagged: &lt;b&gt;yes&lt;/b&gt;',
    })
    const { container } = render(<AuditSection />)
    expect(await screen.findByText('· user <script>alert(1)</script>#7')).toBeInTheDocument()
    expect(screen.getByText(/^Mods & Co#2 ·/)).toHaveTextContent('now flagged: <b>yes</b>')
    expect(container.querySelector('script, b')).toBeNull()
    expect(container).not.toHaveTextContent('&lt;')
  })
})
