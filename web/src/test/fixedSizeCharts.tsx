import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react'

/**
 * happy-dom lays nothing out, so recharts' ResponsiveContainer would measure 0 × 0 and draw
 * nothing. Tests swap it for a fixed 800 × 300 box (vi.mock('recharts', ...) in setup.ts).
 */
export function FixedSizeContainer({ children }: { children: ReactNode }) {
  return (
    <div style={{ width: 800, height: 300 }}>
      {isValidElement(children) ? cloneElement(children as ReactElement<{ width: number; height: number }>, { width: 800, height: 300 }) : children}
    </div>
  )
}
