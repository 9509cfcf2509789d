// Why diagnostics JSON is pure ASCII (docs/diagnostics-json.md): what TextDecoder costs for
// an edit result, as UTF-8 with en dashes and as the same text with them escaped.
//
//   node bench/ascii_decode.mjs
const edit =
  '{"ok":true,"error":"","added":[{"code":"student-overlap","severity":"error","message":"Theo is in ' +
  "Theo's Spanish and Theo's PE (running) at the same time, Thursday 11:30–12:00.\"," +
  '"span":{"day":"thu","start":"11:30","end":"12:00"},"refs":{"lessons":["theo-spanish-wed","theo-pe-thu"],' +
  '"courses":["theo-spanish","theo-pe"],"students":["theo"]}}],"removed":[],"summary":{"errors":1,"warnings":3,"infos":51}}';
const decoder = new TextDecoder();
const encoder = new TextEncoder();
const N = 1_000_000;
for (const [label, text] of [
  ['UTF-8 (en dash as 3 bytes)', edit],
  ['ASCII (en dash as \\u2013)', edit.replaceAll('–', '\\u2013')],
]) {
  const bytes = encoder.encode(text);
  let sink = 0;
  for (let i = 0; i < N / 10; i++) sink += decoder.decode(bytes).length;  // warm-up
  const t0 = performance.now();
  for (let i = 0; i < N; i++) sink += decoder.decode(bytes).length;
  const us = ((performance.now() - t0) * 1000) / N;
  console.log(`${label.padEnd(28)} ${bytes.length} bytes  ${us.toFixed(3)} µs per decode  (${sink > 0 ? 'ok' : ''})`);
}
