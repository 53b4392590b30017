import type { ReactNode } from 'react'

export interface TooltipItem {
  name: string
  color: string
  value: ReactNode
  title?: string
}

/** The tooltip every chart shows: a title (the bucket, in UTC) and one row per series. */
export function TooltipBox({ title, items, note }: { title: ReactNode; items: TooltipItem[]; note?: ReactNode }) {
  return (
    <div className="tt">
      <div className="tt-title">{title}</div>
      {items.map((i) => (
        <div className="tt-row" key={i.name}>
          <span>
            <span className="sw" style={{ background: i.color }} />
            {i.name}
          </span>
          <span className="num" title={i.title}>
            {i.value}
          </span>
        </div>
      ))}
      {note && (
        <div className="faint" style={{ marginTop: 4 }}>
          {note}
        </div>
      )}
    </div>
  )
}
