// The providers sit in the layout of the routes that show the library's components, not in the root
// layout: pages without them (sign-in here) then load none of the library's code.
import 'react-user-metadata/styles.css';
import type { ReactNode } from 'react';
import { Providers } from './Providers';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
