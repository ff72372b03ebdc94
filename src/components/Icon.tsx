import type { HTMLAttributes } from 'react';
import { classNames } from './classNames';

/** The icons the stylesheet draws (16×16 shapes, clip paths filled with the text colour). */
export type IconName =
  | 'alert'
  | 'warning'
  | 'check'
  | 'check-circle'
  | 'repository'
  | 'lock'
  | 'search'
  | 'expand'
  | 'collapse'
  | 'copy'
  | 'path'
  | 'eye'
  | 'eye-off'
  // Drawn by editor.css, for the editor's rows.
  | 'edit'
  | 'plus'
  | 'trash'
  | 'undo';

export interface IconProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  name: IconName;
}

/**
 * A decorative icon: hidden from assistive technology, so the text next to it carries the meaning.
 * Drawn by the stylesheet, so it adds no SVG markup to the page. No hooks: tree rows call it as a
 * function, not as an element (one component fewer to mount per row).
 */
export function Icon({ name, className, ...rest }: IconProps) {
  return <span aria-hidden="true" data-icon={name} {...rest} className={classNames('rum-icon', className)} />;
}
