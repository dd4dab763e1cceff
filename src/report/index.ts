// The report module: the formatter registry, the report builders and the JSON report's schema.
export { DEFAULT_FORMAT, FORMATS, loadFormat, type Format, type FormatName, type Formatter } from './registry.js';
export { wholeReport, type ReportContext, type StreamingFormatter } from './stream.js';
export { jsonReport } from './json.js';
export { JsonReportSchema, JSON_REPORT_VERSION, type JsonReport } from './json-schema.js';
export { sarifLog } from './sarif.js';
export { label, LABELS, type LabelId } from './labels.js';
