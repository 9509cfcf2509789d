// Every diagnostic of the core, grouped by severity under words a parent uses. Choosing one
// highlights the lessons and lanes it refers to.
import type { JSX } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Diagnostic, Severity, ValidationReport } from '@brightpath/core';

import { diagnosticsShown } from './drop-marks';
import { severityHeading } from './problems';
import './diagnostics-panel.css';

const order: Severity[] = ['error', 'warning', 'info'];

export function DiagnosticsPanel(props: {
  report: ValidationReport;
  chosen: Diagnostic | undefined;
  onChoose(diagnostic: Diagnostic | undefined): void;
}): JSX.Element {
  const { report } = props;
  const [infoOpen, setInfoOpen] = useState(false);
  useLayoutEffect(() => diagnosticsShown(), [report]);
  const groups = order.map((severity) => ({ severity, items: report.diagnostics.filter((d) => d.severity === severity) }));
  return (
    <aside class="diagnostics" data-testid="diagnostics" aria-label="Problems in this week">
      {report.summary.errors + report.summary.warnings === 0 && <p class="all-good">No problems in this week.</p>}
      {groups.map(({ severity, items }) => {
        if (items.length === 0) return null;
        const list = (
          <ul role="list" aria-label={severityHeading[severity]}>
            {items.map((d, i) => (
              <li key={`${d.code}-${i}`} data-diagnostic-code={d.code} data-severity={d.severity}>
                <button
                  type="button"
                  aria-pressed={props.chosen === d}
                  onClick={() => props.onChoose(props.chosen === d ? undefined : d)}
                >
                  {d.message}
                  {d.omitted ? ` (and ${d.omitted} more like this)` : ''}
                </button>
              </li>
            ))}
          </ul>
        );
        const heading = `${severityHeading[severity]} (${items.length})`;
        // Information lines (hours per subject) are many and not problems: folded by default,
        // and drawn only when unfolded (a co-op has hundreds, each edit would redraw them).
        return severity === 'info' ? (
          <details key={severity} class="group info" open={infoOpen} onToggle={(e) => setInfoOpen((e.currentTarget as HTMLDetailsElement).open)}>
            <summary>{heading}</summary>
            {infoOpen && list}
          </details>
        ) : (
          <section key={severity} class={`group ${severity}`}>
            <h3>{heading}</h3>
            {list}
          </section>
        );
      })}
    </aside>
  );
}
