import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DisabledTime } from './DisabledTime'

describe('DisabledTime: the disabled time uptime leaves out', () => {
  it('says nothing for a node that was never disabled', () => {
    const { container } = render(<DisabledTime seconds={0} since={null} />)
    expect(container.textContent).toBe('')
  })

  it('gives the finished total, and the open span while the node is still disabled', () => {
    const { unmount } = render(<DisabledTime seconds={6 * 3600} since={null} />)
    expect(screen.getByTestId('tee-disabled-time').textContent).toContain('disabled for 6 h in total')
    unmount()
    render(<DisabledTime seconds={2 * 86_400} since="2026-09-08T00:00:00.000Z" />)
    const text = screen.getByTestId('tee-disabled-time').textContent ?? ''
    expect(text).toContain('disabled for 2 d in total')
    expect(text).toContain('disabled since')
    expect(screen.getByRole('button', { name: 'What is disabled time?' })).toBeTruthy()
  })
})
