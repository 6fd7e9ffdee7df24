import type { ReactNode } from 'react';
import { appName } from './messages';

interface PageTitleProps {
  children: string;
  /** Small text above the heading (GOV.UK "caption"), e.g. the section the page belongs to. */
  caption?: ReactNode;
}

/** The page's h1; also names the browser tab, so every page needs exactly one. */
export function PageTitle({ children, caption }: PageTitleProps) {
  const documentTitle = children === appName ? appName : `${children} — ${appName}`;
  return (
    <>
      {/* React 19 hoists <title> into <head> and keeps it in sync with the rendered page. */}
      <title>{documentTitle}</title>
      {caption ? <p className="caption">{caption}</p> : null}
      <h1 className="page-title" tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
