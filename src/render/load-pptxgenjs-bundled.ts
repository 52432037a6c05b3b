/**
 * load-pptxgenjs.ts as the bundle has it (scripts/bundle.mjs puts this file in its place): pptxgenjs
 * is compiled into the bundled script, so the V8 code cache covers it, and its `import JSZip from
 * 'jszip'` was resolved to part-collector.ts at build time. Outside the bundle this module would
 * give pptxgenjs with the real JSZip, so nothing else imports it.
 */
import * as pptxgenModule from 'pptxgenjs';

export function loadPptxgenjs(): unknown {
  return pptxgenModule;
}
