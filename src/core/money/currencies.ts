/**
 * ISO 4217 active currency codes with their minor-unit exponent (JPY 0, USD 2, KWD 3).
 * Funds and precious metals (XAU, XDR, …) are left out: nobody is paid in them.
 */
const ZERO = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR = 'CLF UYW';
const TWO =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS ' +
  'GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL ' +
  'MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK ' +
  'PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS ' +
  'TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';

const EXPONENTS = new Map<string, number>();
for (const [list, exp] of [
  [ZERO, 0],
  [TWO, 2],
  [THREE, 3],
  [FOUR, 4],
] as const)
  for (const code of list.split(' ')) EXPONENTS.set(code, exp);

export function isCurrency(code: string): boolean {
  return EXPONENTS.has(code);
}

/** Digits after the decimal point in the currency's major unit (JPY 0, USD 2, KWD 3). */
export function currencyExponent(code: string): number {
  const exp = EXPONENTS.get(code);
  if (exp === undefined) throw new Error(`not an ISO 4217 currency: ${code}`);
  return exp;
}

/** One major unit in minor units: 100 for USD, 1 for JPY. */
export function minorPerMajor(code: string): bigint {
  return 10n ** BigInt(currencyExponent(code));
}
