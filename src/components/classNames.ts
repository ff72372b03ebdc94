/** A component's own classes, then the app's `className`. */
export const classNames = (own: string, className: string | undefined): string =>
  className ? `${own} ${className}` : own;
