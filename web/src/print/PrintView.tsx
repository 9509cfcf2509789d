// The printable week: one page per child (or per guardian, "what am I teaching when"), the
// week as a compact table of days with times and names. Shown as it is, or (printOnly)
// kept out of sight on screen and printed instead of the app: then it is drawn in a root of
// its own directly under <body>, so that print.css can hide everything else whatever the
// app's layout, and the browser's Print (window.print()) prints just the pages.
import { render, type JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Plan } from '@brightpath/core';

import { dayName } from '../editor/time-grid';
import { printPages } from './print-pages';
import './print.css';

export interface PrintViewProps {
  plan: Plan;
  by: 'child' | 'guardian';
  /** Not on screen; replaces the whole page when printing. */
  printOnly?: boolean;
}

export function PrintView(props: PrintViewProps): JSX.Element | null {
  const root = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!props.printOnly) return;
    const el = document.createElement('div');
    el.className = 'print-root';
    document.body.append(el);
    root.current = el;
    return () => {
      render(null, el);
      el.remove();
      root.current = null;
    };
  }, [props.printOnly]);
  useEffect(() => {
    if (props.printOnly && root.current) render(<PrintPages plan={props.plan} by={props.by} />, root.current);
  });
  return props.printOnly ? null : <PrintPages plan={props.plan} by={props.by} />;
}

function PrintPages(props: { plan: Plan; by: 'child' | 'guardian' }): JSX.Element {
  const pages = printPages(props.plan, props.by);
  const heading = props.plan.name ?? 'Our week';
  return (
    <div class="print-view" data-testid="print">
      {pages.map((page) => (
        <section key={page.id} class="print-page" data-testid="print-page" aria-label={page.title}>
          <h1>
            {page.title} <span class="plan-name">· {heading}</span>
          </h1>
          <table>
            <thead>
              <tr>
                {page.days.map(({ day }) => (
                  <th key={day} scope="col">
                    {dayName(day)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {page.days.map(({ day, entries }) => (
                  <td key={day}>
                    {entries.length === 0 ? (
                      <p class="free">No lessons</p>
                    ) : (
                      <ul>
                        {entries.map((e, i) => (
                          <li key={i}>
                            <span class="time">{e.time}</span> <span class="what">{e.what}</span>
                            {e.who && <span class="who"> · {e.who}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
