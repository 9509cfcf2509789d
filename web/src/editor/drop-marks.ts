// Performance marks of the benchmark: 'drop' when a dragged lesson is let go (or moved by a
// key) and its edit applied, 'diagnostics-shown' once the diagnostics panel shows the
// report of that edit (after its render, before paint).
let pending = false;

export function markDrop(): void {
  pending = true;
  performance.mark('drop');
}

export function diagnosticsShown(): void {
  if (!pending) return;
  pending = false;
  performance.mark('diagnostics-shown');
}

/** The drop changed nothing (refused, or let go where it started): no report will follow. */
export function cancelDrop(): void {
  pending = false;
}
