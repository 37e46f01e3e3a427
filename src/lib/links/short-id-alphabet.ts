/**
 * The letters of short ids (`/p/<id>/`, src/lib/links/short-ids.ts): lower case without the
 * look-alikes 0/o, 1/l/i. Apart from the hashing so that browser code can check an id.
 */
export const SHORT_ID_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
