import { passwordProblem } from './passwords';

describe('passwordProblem', () => {
  it.each(['correct-horse-battery', 'admin-password-123', 'x9!kLm2#pQ7z', 'my cat Ruby sleeps a lot'])(
    'accepts %j',
    (p) => {
      expect(passwordProblem(p)).toBeNull();
    },
  );

  it.each([
    ['twelve spaces', ' '.repeat(12)],
    ['tabs and spaces', ' \t \t \t \t \t \t'],
    ['one character', 'aaaaaaaaaaaa'],
    ['a short pattern', 'abcabcabcabc'],
    ['a common password', '123qweasdzxc'],
    ['a common password in another case', 'QAZWSXEDCRFV'],
    ['a common word with digits', 'password1234'],
    ['a common word with symbols and digits', '!!Password2024!!'],
    ['a common word twice', 'monkeymonkey'],
  ])('refuses %s', (_name, p) => {
    expect(passwordProblem(p)).not.toBeNull();
  });
});
