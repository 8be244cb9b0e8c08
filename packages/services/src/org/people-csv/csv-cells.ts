/**
 * Formula-injection protection (OWASP "CSV injection"): a spreadsheet runs a cell starting
 * with = + - @ tab or carriage return as a formula, so such cells leave with a ' in front.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function protectCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The reverse on import, so a file exported here comes back exactly as it was. */
export function unprotectCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
