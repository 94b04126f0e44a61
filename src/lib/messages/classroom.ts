/** The classroom strings of the interface; part of the one message module, `m.classroom` in `$lib/messages`. */
export const classroom = {};
