import { forwardRef, type HTMLAttributes } from 'react';
import { classNames } from './classNames';

export interface SkeletonProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  className?: string;
}

/**
 * A placeholder block with a shimmer (still when the user prefers reduced motion). Size it with a
 * class; `rum-skeleton-text` makes it exactly one line of text tall. Hidden from assistive technology:
 * the loading container says "Loading" once instead. It carries `rum-root`, so it is drawn in the
 * theme's colours even on its own.
 */
export const Skeleton = forwardRef<HTMLSpanElement, SkeletonProps>(function Skeleton({ className, ...rest }, ref) {
  return <span aria-hidden="true" {...rest} ref={ref} className={classNames('rum-root rum-skeleton', className)} />;
});
