// Parses an AsyncAPI document with @asyncapi/parser, as AsyncAPI's own CLI and generators do, resolving the
// schema files it refers to; fails on any error or warning. Information and hints (such as "a newer AsyncAPI
// version exists") are printed only: the document is 3.0 on purpose.
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';

const file = process.argv[2];
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
const names = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' };
let failures = 0;
for (const d of diagnostics) {
  if (d.severity <= DiagnosticSeverity.Warning) failures++;
  console.log(`${names[d.severity]} ${d.code} at ${d.path.join('.') || '(document)'}: ${d.message}`);
}
if (!document || failures > 0) {
  console.error(`${file}: ${failures} error(s) or warning(s)`);
  process.exit(1);
}
console.log(`${file}: valid AsyncAPI ${document.version()}, ${document.channels().length} channels, `
  + `${document.operations().length} operations, ${document.messages().length} messages`);
