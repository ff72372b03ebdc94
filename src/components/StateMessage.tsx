import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export interface StateMessageProps {
  icon: IconName;
  /** `empty` draws the icon quietly; `error` in the danger colour, like a failed request. */
  tone: 'empty' | 'error';
  /** The plain-language line, first. */
  title: string;
  /** The technical detail, second. */
  detail: string;
  /** `alert` when the state is news (a mistake the reader should hear at once). */
  role?: 'alert';
}

/** A state with nothing to show (no metadata, an id that cannot be asked for), laid out like `ErrorState`. */
export function StateMessage({ icon, tone, title, detail, role }: StateMessageProps): ReactNode {
  return (
    <div className="rum-error" data-state={tone}>
      <span className="rum-error-icon">
        <Icon name={icon} />
      </span>
      <div role={role} className="rum-error-text">
        <p className="rum-error-title">{title}</p>
        <p className="rum-error-message">{detail}</p>
      </div>
    </div>
  );
}
