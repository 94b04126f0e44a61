/**
 * `npm run import:csv <file>`: a spreadsheet saved as CSV (the columns of our events.csv, or of TimelineJS's
 * Google Sheet) → candidate events in our format on stdout, and what the event schema says of them on
 * stderr. See src/lib/export/import.ts.
 */
import { main } from '../src/lib/export/import-cli.ts';
import { fromCsv } from '../src/lib/export/import.ts';

main('import:csv', fromCsv);
