/**
 * `npm run import:timelinejs <file>`: a TimelineJS 3 JSON file → candidate events in our format on stdout,
 * and what the event schema says of them on stderr. See src/lib/export/import.ts.
 */
import { main } from '../src/lib/export/import-cli.ts';
import { fromTimelineJs } from '../src/lib/export/import.ts';

main('import:timelinejs', fromTimelineJs);
