import type { ReactNode } from 'react'

interface CardProps {
  title: ReactNode
  subtitle?: ReactNode
  actions?: ReactNode
  footer?: ReactNode
  flush?: boolean
  id?: string
  children: ReactNode
}

export function Card({ title, subtitle, actions, footer, flush = false, id, children }: CardProps) {
  return (
    <section className="card" id={id} aria-label={typeof title === 'string' ? title : undefined}>
      <div className="card-head">
        <div>
          <h2>{title}</h2>
          {subtitle && <p>{subtitle}</p>}
        </div>
        {actions && <div className="actions">{actions}</div>}
      </div>
      <div className={`card-body${flush ? ' flush' : ''}`}>{children}</div>
      {footer && <div className="card-foot">{footer}</div>}
    </section>
  )
}
