import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

afterEach(() => cleanup())

// happy-dom lays nothing out, so recharts' ResponsiveContainer would measure 0 × 0 and draw nothing: every test's
// charts are drawn in a fixed box instead (test/fixedSizeCharts.tsx)
vi.mock('recharts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('recharts')>()
  const { FixedSizeContainer } = await import('./fixedSizeCharts')
  return { ...actual, ResponsiveContainer: FixedSizeContainer }
})
