import { ibanValid, luhnValid, plausibleCardPrefix, ssnValid } from './checksums';

describe('checksums', () => {
  it('Luhn accepts valid card numbers and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('41111a1111111111')).toBe(false);
  });

  it('knows the issuer prefixes and lengths of real cards', () => {
    expect(plausibleCardPrefix('4111111111111111')).toBe(true);
    expect(plausibleCardPrefix('378282246310005')).toBe(true);
    expect(plausibleCardPrefix('5555555555554444')).toBe(true);
    expect(plausibleCardPrefix('1234567812345670')).toBe(false);
    expect(plausibleCardPrefix('37828224631000')).toBe(false);
  });

  it('mod-97 validates IBANs of several countries with their exact length', () => {
    for (const iban of [
      'GB82WEST12345698765432',
      'DE89370400440532013000',
      'FR1420041010050500013M02606',
      'NL91ABNA0417164300',
      'IE29AIBK93115212345678',
      'NO9386011117947',
      'GR1601101250000000012300695',
      'TR330006100519786457841326',
      'PT50000201231234567890154',
    ]) {
      expect(ibanValid(iban)).toBe(true);
    }
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
    expect(ibanValid('GB82WEST1234569876543')).toBe(false);
    expect(ibanValid('XX82WEST12345698765432')).toBe(false);
  });

  it('applies the SSA ranges to social security numbers', () => {
    expect(ssnValid('474', '27', '6439')).toBe(true);
    expect(ssnValid('000', '27', '6439')).toBe(false);
    expect(ssnValid('666', '27', '6439')).toBe(false);
    expect(ssnValid('912', '27', '6439')).toBe(false);
    expect(ssnValid('474', '00', '6439')).toBe(false);
    expect(ssnValid('474', '27', '0000')).toBe(false);
  });
});
