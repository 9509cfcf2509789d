// The printable week: one page per child (or per guardian, "what am I teaching when"), the
// week as a compact table of days with times and names. No toolbar: print.css hides the
// rest of the app when printing.
import type { JSX } from 'preact';
import type { Plan } from '@brightpath/core';

import { dayName } from '../editor/time-grid';
import { printPages } from './print-pages';
import './print.css';

export function PrintView(props: { plan: Plan; by: 'child' | 'guardian' }): JSX.Element {
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
